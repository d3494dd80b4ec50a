# -*- coding: utf-8 -*-
"""Small hand-rolled MIME writer, so that charset / transfer encoding / structure
are exactly what the persona's mail clients would produce."""
import base64, quopri, random, html
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

TZ = timezone(timedelta(hours=5))          # Екатеринбург, UTC+5
RND = random.Random(920)

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
V = ("Колесников Виктор Сергеевич", "kolesnikov.vs@ptz-ekb.ru")
OFFICE = ("Мальцева Людмила Андреевна", "office@ptz-ekb.ru")
LOZHKIN = ("Ложкин Дмитрий", "lozhkin@ptz-ekb.ru")
SHARIPOV = ("Шарипов Ринат", "sharipov@ptz-ekb.ru")
NEWS = ("ПожТехЗащита — новости", "news@ptz-ekb.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@mx.ptz-ekb.ru")

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")]
K9 = [("User-Agent", "K-9 Mail for Android")]
BAT = [("X-Mailer", "The Bat! (v9.4.5) Professional")]


def dt(day, hh, mm, ss=None):
    if ss is None:
        ss = RND.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


def boundary():
    return "----=_NextPart_%03d_%04X_%08X.%08X" % (
        RND.randint(0, 255), RND.randint(0, 0xFFFF), RND.getrandbits(32), RND.getrandbits(32))


def msgid(domain="ptz-ekb.ru"):
    return "<%012x$%08x$%08x@%s>" % (RND.getrandbits(48), RND.getrandbits(32), RND.getrandbits(32), domain)


def enc_body(text, cs, cte):
    data = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def leaf(ctype, text, cs, cte, params=""):
    head = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, params, cte)
    body = enc_body(text, cs, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + body


def raw_leaf(headers, body_bytes):
    head = "".join("%s: %s\n" % h for h in headers) + "\n"
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return head.encode("ascii") + body_bytes


def multi(subtype, parts, params=""):
    b = boundary()
    out = ('Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (subtype, params, b)).encode()
    out += b"This is a multipart message in MIME format.\n\n"
    for p in parts:
        out += ("--%s\n" % b).encode() + p + b"\n"
    out += ("--%s--\n" % b).encode()
    return out


def pdf_part(fname, cs="windows-1251"):
    fake = ("%PDF-1.4\n% scan\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            "2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").encode()
    ename = Header(fname, cs).encode()
    head = [("Content-Type", 'application/pdf;\n\tname="%s"' % ename),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", 'attachment;\n\tfilename="%s"' % ename)]
    return raw_leaf(head, base64.encodebytes(fake))


def text2html(text, cs):
    paras = []
    for line in text.split("\n"):
        if line.strip():
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % html.escape(line))
        else:
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang=RU link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n'
            % (cs, "\n".join(paras)))


def message(frm, subject, date, body, cs="utf-8", to=DISPATCH, cc=None, extra=(),
            in_reply_to=None, mid=None, hdr_cs=None):
    hdr_cs = hdr_cs or cs
    h = []
    h.append(("From", formataddr(frm, charset=hdr_cs)))
    h.append(("To", formataddr(to, charset=hdr_cs)))
    if cc:
        h.append(("Cc", formataddr(cc, charset=hdr_cs)))
    if subject.isascii():
        h.append(("Subject", subject))
    else:
        h.append(("Subject", Header(subject, hdr_cs, header_name="Subject").encode()))
    h.append(("Date", format_datetime(date)))
    h.append(("Message-ID", mid or msgid()))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", in_reply_to))
    for e in extra:
        h.append(e)
    h.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % x for x in h)
    data = head.encode("ascii") + body
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def lat(s):
    """Replace some Cyrillic letters by Latin look-alikes (phone keyboard mix-up)."""
    m = {"р": "p", "а": "a", "е": "e", "о": "o", "с": "c", "у": "y", "х": "x", "Н": "H", "В": "B"}
    out = []
    for i, ch in enumerate(s):
        out.append(m[ch] if ch in m and i % 3 != 1 else ch)
    return "".join(out)
