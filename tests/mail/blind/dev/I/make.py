# -*- coding: utf-8 -*-
"""Generator of the test corpus for writer I (office manager of ООО «ДомСервис-Плюс»).

Run:  python3 make.py   -> writes letters/NNN.eml, labels.json, registry.json
"""
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
rnd = random.Random(12000)

# ---------------------------------------------------------------- people
CUST = ("Смирнова Ольга Викторовна", "dispatch@zakazchik-omis.ru")
SVETA = ("Кравцова Светлана", "s.kravtsova@domservis-plus.ru")
SVETA_HOME = ("Светлана Кравцова", "sv.kravtsova@mail.ru")
OFFICE = ("ООО ДомСервис-Плюс", "office@domservis-plus.ru")
BOSS = ("Петренко Игорь Васильевич", "i.petrenko@domservis-plus.ru")
NEWS = ("ДомСервис-Плюс", "news@domservis-plus.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@domservis-plus.ru")

CUST_SIG = ("С уважением,\nСмирнова О.В.\nдиспетчер АХО ООО «ОМИС-Эксплуатация»\n"
            "тел. +7 (495) 640-22-10, доб. 3")

SIG_FULL = """--
С уважением и наилучшими пожеланиями,
Кравцова Светлана Анатольевна
офис-менеджер ООО «ДомСервис-Плюс»
тел./факс: +7 (495) 532-18-47, доб. 101
моб.: +7 (916) 204-37-81
e-mail: s.kravtsova@domservis-plus.ru
143401, Московская обл., г. Красногорск, ул. Речная, д. 8, оф. 12
ИНН 5024187362 / КПП 502401001, ОГРН 1155024003817
р/с 40702810438000071256 в ПАО Сбербанк, к/с 30101810400000000225, БИК 044525225"""

SIG_MID = """С уважением,
Кравцова Светлана Анатольевна,
офис-менеджер ООО «ДомСервис-Плюс»
+7 (495) 532-18-47, +7 (916) 204-37-81"""

SIG_OFFICE = """С уважением,
Кравцова С.А., офис-менеджер
ООО «ДомСервис-Плюс»
ИНН 5024187362, КПП 502401001
Тел.: 8 (495) 532-18-47, 8-916-204-37-81"""

SIG_MOBILE = "--\nОтправлено из Почты Mail.ru для Android"

SIG_BOSS = """--
Петренко И.В.
директор ООО "ДомСервис-Плюс"
+7 (916) 500-12-41"""

WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MONTHS = ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]


def d(day, hh, mm, ss=None):
    if ss is None:
        ss = rnd.randint(2, 58)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


# ---------------------------------------------------------------- low-level MIME
def enc_hdr(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def enc_addr(p, charset):
    name, addr = p
    return formataddr((name, addr), charset=charset)


def leaf(ctype, charset, cte, text, extra=None):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    hdrs = [("Content-Type", '%s; charset="%s"' % (ctype, charset) if charset else ctype),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return hdrs, body


def raw_leaf(hdrs, body_bytes):
    return hdrs, body_bytes


def multipart(subtype, parts, extra_params=""):
    boundary = "----%s_%08X%08X" % (subtype.upper()[:3], rnd.getrandbits(32), rnd.getrandbits(32))
    chunks = [b"This is a multi-part message in MIME format.\n"] if subtype != "alternative" else []
    for h, b in parts:
        chunks.append(("--%s\n" % boundary).encode())
        for k, v in h:
            chunks.append(("%s: %s\n" % (k, v)).encode())
        chunks.append(b"\n")
        chunks.append(b if b.endswith(b"\n") else b + b"\n")
    chunks.append(("--%s--\n" % boundary).encode())
    hdrs = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_params))]
    return hdrs, b"".join(chunks)


def message(headers, part):
    h, body = part
    out = []
    for k, v in headers + [("MIME-Version", "1.0")] + h:
        out.append(("%s: %s\n" % (k, v)).encode("ascii"))
    out.append(b"\n")
    out.append(body)
    return b"".join(out)


# ---------------------------------------------------------------- message ids
def mid_mailru(dt):
    return "<%d.%d@f%d.i.mail.ru>" % (int(dt.timestamp()), rnd.randint(10**8, 10**9), rnd.randint(100, 499))


def mid_outlook(dt):
    return "<%012x$%08x$%08x@domservis-plus.ru>" % (rnd.getrandbits(48), rnd.getrandbits(32), rnd.getrandbits(32))


def mid_bat(dt):
    return "<%d.%s@domservis-plus.ru>" % (rnd.randint(10**8, 10**10), dt.strftime("%Y%m%d%H%M%S"))


def mid_cust(dt):
    return "<%s.%06d@zakazchik-omis.ru>" % (dt.strftime("%Y%m%d%H%M%S"), rnd.randint(0, 999999))


# ---------------------------------------------------------------- text helpers
def ru_quote_date(dt):
    return "%s, %d %s %d, %d:%02d +03:00" % (WEEKDAYS[dt.weekday()], dt.day, MONTHS[dt.month],
                                           dt.year, dt.hour, dt.minute)


def esc(s):
    return html.escape(s, quote=False)


def para_html(p, style=""):
    lines = "<br>".join(esc(x) for x in p.split("\n"))
    if style:
        return '<div style="%s">%s</div>' % (style, lines)
    return "<div>%s</div>" % lines


def plain_from(paras):
    return "\n\n".join(paras)


def gt(text, prefix=">"):
    return "\n".join(prefix + (" " + l if l else "") for l in text.split("\n"))


# ---------------------------------------------------------------- client flavours
def mailru_headers(dt, frm, subject, reply=None, cc=None):
    h = [("From", enc_addr(frm, "utf-8")),
         ("To", enc_addr(CUST, "utf-8")),
         ]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc_hdr(subject, "utf-8")),
          ("Date", format_datetime(dt)),
          ("Reply-To", enc_addr(frm, "utf-8")),
          ("X-Mailer", "Mail.Ru Mailer 1.0"),
          ("X-Priority", "3 (Normal)"),
          ("Message-ID", mid_mailru(dt))]
    if reply:
        h += [("In-Reply-To", reply), ("References", reply)]
    h += [("X-Mailru-Src", "webmail"),
          ("X-Originating-IP", "[95.165.%d.%d]" % (rnd.randint(1, 254), rnd.randint(1, 254)))]
    return h


BODY_STYLE = "font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #000000;"
SIG_STYLE = "font-family: Arial; font-size: 12px; color: #555555;"
QUOTE_STYLE = "border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;"


def mailru_bodies(paras, sig=SIG_FULL, quote=None, quote_below=False, table=None, table_after=1):
    """Return (plain, html). Persona writes UNDER the customer's quote (quote first)
    unless quote_below=True."""
    plain_parts, html_parts = [], []
    q_plain = q_html = None
    if quote:
        qhead = "%s от %s <%s>:" % (ru_quote_date(quote["date"]), quote["from"][0], quote["from"][1])
        q_plain = qhead + "\n>\n" + gt(quote["text"])
        q_html = ('<div class="mail-quote-collapse"><div>%s<br>&nbsp;<blockquote style="%s">'
                  '<div id="">%s</div></blockquote></div></div>' % (
                      esc(qhead), QUOTE_STYLE,
                      "".join(para_html(p) for p in quote["text"].split("\n\n"))))
    if quote and not quote_below:
        plain_parts.append(q_plain)
        html_parts.append(q_html)
        html_parts.append("<div>&nbsp;</div>")
    for i, p in enumerate(paras):
        plain_parts.append(p)
        html_parts.append(para_html(p, "margin-bottom: 8px;"))
        if table and i == table_after - 1:
            plain_parts.append(table_plain(table))
            html_parts.append(table_html(table))
    if sig:
        plain_parts.append(sig)
        html_parts.append('<div>&nbsp;</div><div data-signature-widget="container">'
                          '<div data-signature-widget="content">%s</div></div>'
                          % para_html(sig, SIG_STYLE))
    if quote and quote_below:
        plain_parts.append(q_plain)
        html_parts.append(q_html)
    plain = "\n\n".join(plain_parts) + "\n"
    htm = ('<HTML><BODY><div style="%s">%s</div></BODY></HTML>\n' % (BODY_STYLE, "".join(html_parts)))
    return plain, htm


def table_plain(t):
    head, rows = t
    lines = [" | ".join(head)]
    for r in rows:
        lines.append(" | ".join(r))
    return "\n".join(lines)


def table_html(t):
    head, rows = t
    th = "".join('<th style="border:1px solid #999999; padding:4px 8px; background-color:#dbe5f1; '
                 'font-weight:bold;">%s</th>' % esc(x) for x in head)
    trs = "".join("<tr>%s</tr>" % "".join(
        '<td style="border:1px solid #999999; padding:4px 8px;">%s</td>' % esc(x) for x in r) for r in rows)
    return ('<table cellpadding="0" cellspacing="0" style="border-collapse:collapse; '
            'font-family:Arial; font-size:13px; margin:10px 0;"><tbody><tr>%s</tr>%s</tbody></table>'
            % (th, trs))


def mk_mailru(dt, subject, paras, frm=SVETA, sig=SIG_FULL, quote=None, quote_below=False,
              table=None, table_after=1):
    plain, htm = mailru_bodies(paras, sig, quote, quote_below, table, table_after)
    reply = quote.get("mid") if quote else None
    part = multipart("alternative", [leaf("text/plain", "utf-8", "base64", plain),
                                     leaf("text/html", "utf-8", "base64", htm)])
    return message(mailru_headers(dt, frm, subject, reply), part)


def mk_html_only(dt, subject, paras, frm=SVETA, sig=SIG_FULL, quote=None, table=None, table_after=1):
    _, htm = mailru_bodies(paras, sig, quote, False, table, table_after)
    reply = quote.get("mid") if quote else None
    return message(mailru_headers(dt, frm, subject, reply),
                   leaf("text/html", "utf-8", "quoted-printable", htm))


def mk_mobile(dt, subject, text, frm=SVETA, quote=None):
    body = text + "\n\n" + SIG_MOBILE + "\n"
    reply = None
    if quote:
        body += "\n\n%s, %s <%s>:\n%s\n" % (ru_quote_date(quote["date"]), quote["from"][0],
                                           quote["from"][1], gt(quote["text"]))
        reply = quote.get("mid")
    h = mailru_headers(dt, frm, subject, reply)
    h = [x for x in h if x[0] not in ("X-Mailer", "X-Mailru-Src")]
    h.append(("X-Mailer", "Mail.Ru Mail for Android 14.62.0.60033"))
    return message(h, leaf("text/plain", "utf-8", "8bit", body))


def outlook_headers(dt, subject, frm=OFFICE, reply=None):
    h = [("From", enc_addr(frm, "windows-1251")),
         ("To", enc_addr(CUST, "windows-1251")),
         ("Subject", enc_hdr(subject, "windows-1251")),
         ("Date", format_datetime(dt)),
         ("Message-ID", mid_outlook(dt))]
    if reply:
        h += [("In-Reply-To", reply), ("References", reply)]
    h += [("X-Mailer", "Microsoft Outlook 14.0"),
          ("Thread-Index", base64.b64encode(rnd.randbytes(22)).decode()),
          ("Content-Language", "ru")]
    return h


def outlook_quote(q, style="ru"):
    if style == "ru":
        head = ("От: %s [mailto:%s] \nОтправлено: %d %s %d г. %d:%02d\nКому: %s\nТема: %s"
                % (q["from"][0], q["from"][1], q["date"].day, MONTHS[q["date"].month], q["date"].year,
                   q["date"].hour, q["date"].minute, q.get("to", "office@domservis-plus.ru"), q["subject"]))
        return head + "\n\n" + q["text"]
    head = ("-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s\nTo: %s\nSubject: %s"
            % (q["from"][0], q["from"][1], q["date"].strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "),
               q.get("to", "office@domservis-plus.ru"), q["subject"]))
    return head + "\n\n" + q["text"]


def mk_outlook(dt, subject, paras, sig=SIG_OFFICE, quote=None, qstyle="ru", html_too=False, frm=OFFICE):
    text = "\n\n".join(paras) + "\n\n" + sig + "\n"
    if quote:
        text += "\n" + outlook_quote(quote, qstyle) + "\n"
    hdrs = outlook_headers(dt, subject, frm, quote.get("mid") if quote else None)
    if not html_too:
        return message(hdrs, leaf("text/plain", "windows-1251", "quoted-printable", text))
    body_html = "".join('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,'
                        '&quot;sans-serif&quot;;color:#1F497D">%s</span></p>'
                        % "<br>".join(esc(x) for x in p.split("\n")) for p in paras + [sig])
    if quote:
        qt = outlook_quote(quote, qstyle)
        body_html += ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                      '%s</div>' % "".join('<p class="MsoNormal"><span style="font-size:10.0pt;'
                                           'font-family:&quot;Tahoma&quot;">%s</span></p>'
                                           % "<br>".join(esc(x) for x in p.split("\n"))
                                           for p in qt.split("\n\n")))
    htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
           'content="text/html; charset=windows-1251"></head><body lang=RU link=blue vlink=purple>'
           '<div class=WordSection1>%s</div></body></html>\n' % body_html)
    part = multipart("alternative", [leaf("text/plain", "windows-1251", "quoted-printable", text),
                                     leaf("text/html", "windows-1251", "quoted-printable", htm)])
    return message(hdrs, part)


def mk_bat(dt, subject, text, quote=None, below=False):
    """Director's The Bat!, KOI8-R 8bit, initials quoting."""
    body = "Здравствуйте, Ольга.\n\n"
    qtxt = ""
    if quote:
        qtxt = ("Вы писали %d %s %d г., %d:%02d:%02d:\n\n" % (
            quote["date"].day, MONTHS[quote["date"].month], quote["date"].year,
            quote["date"].hour, quote["date"].minute, quote["date"].second) + gt(quote["text"], "ОС>") + "\n\n")
    if below:
        body += qtxt + text + "\n\n" + SIG_BOSS + "\n"
    else:
        body += text + "\n\n" + SIG_BOSS + "\n\n" + qtxt
    h = [("Date", format_datetime(dt)),
         ("From", enc_addr(BOSS, "koi8-r")),
         ("X-Mailer", "The Bat! (v9.3.4) Professional"),
         ("Reply-To", enc_addr(BOSS, "koi8-r")),
         ("Organization", enc_hdr('ООО "ДомСервис-Плюс"', "koi8-r")),
         ("X-Priority", "3 (Normal)"),
         ("Message-ID", mid_bat(dt)),
         ("To", enc_addr(CUST, "koi8-r")),
         ("Subject", enc_hdr(subject, "koi8-r"))]
    if quote and quote.get("mid"):
        h += [("In-Reply-To", quote["mid"]), ("References", quote["mid"])]
    for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N")):
        body = body.replace(a, b)
    return message(h, leaf("text/plain", "koi8-r", "8bit", body))


def cq(dt, subject, text, sig=True):
    """customer's letter to be quoted"""
    return {"date": dt, "from": CUST, "subject": subject,
            "text": text + ("\n\n" + CUST_SIG if sig else ""), "mid": mid_cust(dt)}


# ================================================================ registry
REGISTRY = {
    "contractor": {
        "name": "ООО «ДомСервис-Плюс»",
        "emails": ["s.kravtsova@domservis-plus.ru", "office@domservis-plus.ru",
                   "i.petrenko@domservis-plus.ru", "news@domservis-plus.ru",
                   "MAILER-DAEMON@domservis-plus.ru", "sv.kravtsova@mail.ru"],
        "domains": ["domservis-plus.ru"],
    },
    "requests": [
        {"number": "12035", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Генеральная уборка после ремонта, БЦ «Северный», ул. Промышленная, 7: 1 — 1 этаж, 2 — 2 этаж, 3 — лестничные марши"},
        {"number": "12108", "positions": ["1"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "Замена смесителя и сифона, санузел 2 эт., ул. Гагарина, 24"},
        {"number": "12140", "positions": ["1", "2"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Мойка окон, ТЦ «Радуга», пр. Мира, 56: 1 — фасад, 2 — витражи атриума"},
        {"number": "12217", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T11:00:00+03:00",
         "comment": "Замена светильников, ул. Советская, 3: 1 — холл, 2 — коридор 1 эт., 3 — коридор 2 эт., 4 — переговорная"},
        {"number": "12305", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Ремонт входной группы, ул. Заводская, 12 корп. 2: 1 — дверь главного входа (доводчик), 2 — дверь запасного выхода"},
        {"number": "12356", "positions": ["1"], "registered_at": "2026-11-10T13:20:00+03:00",
         "comment": "Срочно: засор канализации, пищеблок, ул. Школьная, 9"},
        {"number": "12412", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T08:50:00+03:00",
         "comment": "Химчистка ковролина, ул. Ленина, 15: 1 — каб. 301, 2 — каб. 305, 3 — конференц-зал"},
        {"number": "12478", "positions": ["1", "2"], "registered_at": "2026-11-13T10:10:00+03:00",
         "comment": "Покраска стен, ул. Ленина, 15: 1 — коридор 3 эт., 2 — лестничная клетка"},
        {"number": "12530", "positions": ["1"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "Вывоз строительного мусора, БЦ «Северный», ул. Промышленная, 7"},
        {"number": "12604", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T08:00:00+03:00",
         "comment": "Сезонная уборка, пр. Мира, 56: 1 — парковка, 2 — прилегающая территория, 3 — кровля"},
        {"number": "12689", "positions": ["1", "2"], "registered_at": "2026-11-19T14:00:00+03:00",
         "comment": "Сантехника, ул. Гагарина, 24: 1 — протечка бачка, 2 — замена кран-буксы"},
        {"number": "12777", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Уборка после затопления, ул. Советская, 3: 1 — подвал, 2 — архив"},
        {"number": "12851", "positions": ["1"], "registered_at": "2026-11-25T10:00:00+03:00",
         "comment": "Замена замка и ремонт двери каб. 204, ул. Школьная, 9"},
    ],
}

LETTERS = []  # (datetime, bytes, label)


def add(dt, raw, label):
    LETTERS.append((dt, raw, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

exec(open(os.path.join(OUT, "letters_text.py"), encoding="utf-8").read())

# ================================================================ write
LETTERS.sort(key=lambda x: x[0])
os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
for f in os.listdir(os.path.join(OUT, "letters")):
    os.remove(os.path.join(OUT, "letters", f))
labels = {}
for i, (dt, raw, label) in enumerate(LETTERS, 1):
    name = "%03d.eml" % i
    with open(os.path.join(OUT, "letters", name), "wb") as fh:
        fh.write(raw)
    labels[name] = label
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
print(len(labels), "letters")
