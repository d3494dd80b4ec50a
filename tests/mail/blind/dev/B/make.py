# -*- coding: utf-8 -*-
"""Generator of the test corpus for persona B:
dispatch office of ООО «ТехЭксплуатация-Сервис» (Outlook / corporate webmail, formal style).
Run: python3 make.py  -> writes registry.json, labels.json, letters/NNN.eml
"""
import base64
import datetime
import email.utils
import html
import json
import os
import quopri
import random

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
random.seed(20261102)

MSK = datetime.timezone(datetime.timedelta(hours=3))
DOMAIN = "tes-service.ru"
CUST = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
SMIRNOVA = ("Смирнова Ольга Сергеевна", "o.smirnova@zakazchik-omis.ru")
GOLUBEV = ("Голубев Артём", "a.golubev@zakazchik-omis.ru")

P = {
    "kuz": ("Кузнецова Анна Викторовна", "a.kuznetsova@tes-service.ru"),
    "mor": ("Морозов Владимир Петрович", "v.morozov@tes-service.ru"),
    "sav": ("Савельева Екатерина", "e.savelyeva@tes-service.ru"),
    "disp": ("Диспетчерская служба ООО «ТехЭксплуатация-Сервис»", "dispatch@tes-service.ru"),
    "pet": ("Петров Игорь Николаевич", "i.petrov@tes-service.ru"),
    "sid": ("Сидоренко Алексей", "a.sidorenko@tes-service.ru"),
    "kra": ("Кравец Денис", "d.kravets@tes-service.ru"),
    "tikh": ("Тихонов Павел", "p.tikhonov@tes-service.ru"),
    "exch": ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tes-service.ru"),
    "news": ("ООО «ТехЭксплуатация-Сервис»", "news@tes-service.ru"),
}

REQUESTS = [
    ("31204", ["1", "2", "3"], (2, 9, 10), "ТО приточно-вытяжных установок Systemair, БЦ «Озерковский», корп. 1, 2, 3"),
    ("31217", ["1"], (3, 10, 0), "Замена циркуляционного насоса ГВС, ИТП, ул. Новослободская, д. 23, стр. 1"),
    ("31255", ["1", "2"], (4, 14, 10), "Сплит-системы Daikin: 1 — серверная (не охлаждает), 2 — переговорная (течь), Дербеневская наб., д. 7"),
    ("32008", ["1", "2", "3", "4"], (5, 11, 30), "Плановое ТО ВРУ-1 и щитов ЩР-2..ЩР-4, складской комплекс, г. Подольск"),
    ("32041", ["1"], (6, 22, 40), "АВАРИЯ: течь в тепловом узле, ТЦ «Люблино»"),
    ("32110", ["1", "2"], (9, 9, 30), "АПС: ложные срабатывания, 1 — 3 этаж, 2 — 5 этаж (арендатор)"),
    ("33576", ["1", "2", "3"], (10, 10, 15), "Секционные ворота рамп № 1, 2, 3, склад, г. Химки"),
    ("34019", ["1"], (12, 9, 35), "Котёл Buderus GB162-45, ошибка 6A, офис г. Реутов"),
    ("34422", ["1", "2"], (13, 12, 0), "Замена светильников, паркинг: 1 — уровень -1, 2 — уровень -2"),
    ("35107", ["1", "2", "3"], (16, 9, 0), "ТО ИТП: 1 — Профсоюзная 56, 2 — Обручева 30, 3 — Ленинский пр-т 113"),
    ("36630", ["1"], (18, 10, 0), "ДГУ FG Wilson P110-3: ТО-2 и пробный пуск под нагрузкой"),
    ("37005", ["1", "2"], (19, 10, 30), "Дренажные насосы паркинга: 1 — приямок ДП-1, 2 — приямок ДП-2"),
    ("38412", ["1", "2", "3", "4"], (20, 11, 0), "Консервация чиллеров на зимний период: 1, 2 — Carrier 30RB-262; 3, 4 — York YLAA0180"),
]
REQ = {r[0]: r for r in REQUESTS}

MONTH_GEN = "ноября"
WD_RU = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]


def when(d, h, m, s=None):
    if s is None:
        s = random.randint(3, 58)
    return datetime.datetime(2026, 11, d, h, m, s, tzinfo=MSK)


def sent_ru(d, h, m, weekday=False):
    w = datetime.date(2026, 11, d).weekday()
    pre = WD_RU[w] + ", " if weekday else ""
    return f"{pre}{d} {MONTH_GEN} 2026 г. {h}:{m:02d}"


# ---------------------------------------------------------------- signatures
SIG = {
    "kuz": """С уважением,
Кузнецова Анна Викторовна
диспетчер службы эксплуатации
ООО «ТехЭксплуатация-Сервис»
тел.: +7 (495) 640-18-27, доб. 214 | моб.: +7 (916) 305-42-18
e-mail: a.kuznetsova@tes-service.ru
115280, г. Москва, ул. Ленинская Слобода, д. 19, стр. 4, офис 312
ИНН 7725381946 / КПП 772501001 | ОГРН 1177746520318
Договор № 45/2026-ТО от 09.01.2026""",
    "kuz_short": """С уважением,
Кузнецова А.В.
ООО «ТехЭксплуатация-Сервис»
+7 (495) 640-18-27, доб. 214""",
    "mor": """С уважением,
Морозов Владимир Петрович
начальник участка эксплуатации инженерных систем
ООО «ТехЭксплуатация-Сервис»
Тел.: +7 (495) 640-18-27, доб. 201
Моб.: +7 (903) 771-06-45
115280, г. Москва, ул. Ленинская Слобода, д. 19, стр. 4
ИНН 7725381946, КПП 772501001, ОГРН 1177746520318
Выписка из реестра членов СРО № 0817-2026 от 14.01.2026
Договор № 45/2026-ТО от 09.01.2026""",
    "disp": """Диспетчерская служба
ООО «ТехЭксплуатация-Сервис»
Круглосуточно: +7 (495) 640-18-20
dispatch@tes-service.ru | www.tes-service.ru
ИНН 7725381946 / КПП 772501001
Договор № 45/2026-ТО""",
    "sav": """С уважением,
Савельева Екатерина
диспетчер ООО «ТехЭксплуатация-Сервис»
+7 (495) 640-18-27 доб. 217
ИНН 7725381946 КПП 772501001""",
    "smir": """С уважением,
Смирнова Ольга Сергеевна
диспетчер ОМИС
тел. +7 (495) 988-31-07""",
    "gol": """Голубев А.
инженер ОМИС, +7 (985) 220-14-66""",
}
DISCLAIMER = ("Настоящее сообщение и приложения к нему предназначены исключительно для указанного "
              "адресата и могут содержать конфиденциальную информацию. Если Вы получили это сообщение "
              "по ошибке, просим уведомить отправителя и удалить его.")

# ---------------------------------------------------------------- encoders
KOI_FIX = {"«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "×": "x"}


def fix_for(charset, text):
    if charset.lower() == "koi8-r":
        for a, b in KOI_FIX.items():
            text = text.replace(a, b)
    if charset.lower() in ("koi8-r", "windows-1251"):
        text = text.replace("×", "х")
    return text


def _q(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif x == 32:
            out.append("_")
        else:
            out.append("=%02X" % x)
    return "".join(out)


def mime_word(s, charset="utf-8", enc="B", fold=True):
    if all(ord(c) < 128 for c in s):
        return s
    s = fix_for(charset, s)
    if not fold:  # one encoded-word (display names: keep phrase parsers happy)
        b = s.encode(charset)
        body = base64.b64encode(b).decode() if enc == "B" else _q(b)
        return f"=?{charset}?{enc}?{body}?="

    def enc_len(t):
        b = t.encode(charset)
        return len(base64.b64encode(b)) if enc == "B" else len(_q(b))

    chunks, cur = [], ""
    for c in s:
        if cur and enc_len(cur + c) > 48:
            chunks.append(cur)
            cur = c
        else:
            cur += c
    if cur:
        chunks.append(cur)
    words = []
    for ch in chunks:
        b = ch.encode(charset)
        body = base64.b64encode(b).decode() if enc == "B" else _q(b)
        words.append(f"=?{charset}?{enc}?{body}?=")
    return "\n ".join(words)


def addr(person, charset="utf-8", enc="B"):
    name, a = person
    return f"{mime_word(name, charset, enc, fold=False)} <{a}>"


def encode_body(text, charset, cte, errors="strict"):
    b = text.encode(charset, errors)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b  # 8bit


def leaf(ctype, text, charset, cte, extra_params="", errors="strict"):
    text = fix_for(charset, text)
    hdr = (f'Content-Type: {ctype}; charset="{charset}"{extra_params}\n'
           f"Content-Transfer-Encoding: {cte}\n")
    return hdr.encode("ascii"), encode_body(text, charset, cte, errors)


def multipart(subtype, parts, extra=""):
    boundary = "----=_NextPart_%03d_%04X_%08X.%08X" % (
        random.randint(0, 999), random.randint(0, 0xFFFF), random.getrandbits(32), random.getrandbits(32))
    hdr = f'Content-Type: multipart/{subtype};{extra}\n\tboundary="{boundary}"\n'.encode("ascii")
    body = b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\n" + ph + b"\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return hdr, body


def attachment(filename, data, ctype="application/pdf", charset="windows-1251"):
    fn = mime_word(filename, charset, "B").replace("\n ", "")
    hdr = (f'Content-Type: {ctype};\n\tname="{fn}"\n'
           f"Content-Transfer-Encoding: base64\n"
           f'Content-Disposition: attachment;\n\tfilename="{fn}"\n').encode("ascii")
    return hdr, base64.encodebytes(data)


FAKE_PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
            b"/Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def outlook_msgid():
    return "<%012x$%08x$%08x@%s>" % (random.getrandbits(48), random.getrandbits(32), random.getrandbits(32), DOMAIN)


def web_msgid():
    return "<%032x@%s>" % (random.getrandbits(128), DOMAIN)


def ios_msgid():
    box = "DB9PR07MB%04d" % random.randint(1000, 9999)
    return "<%s%016X@%s.eurprd07.prod.outlook.com>" % (box, random.getrandbits(64), box)


def thread_index():
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(22))).decode()


# ---------------------------------------------------------------- block rendering
def esc(t):
    return html.escape(t, quote=False)


def render_plain(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "t":
            rows = [b[1]] + b[2]
            out.append("\n".join("\t".join(r) for r in rows))
        elif k == "sig":
            out.append(SIG[b[1]])
        elif k == "disc":
            out.append(DISCLAIMER)
        elif k == "oq":
            m = b[1]
            h = [f"От: {m['frm']}", f"Отправлено: {m['sent']}", f"Кому: {m['to']}"]
            if m.get("cc"):
                h.append(f"Копия: {m['cc']}")
            h.append(f"Тема: {m['subj']}")
            out.append("\n" + "\n".join(h) + "\n\n" + render_plain(b[2]))
        elif k == "wq":
            inner = render_plain(b[2])
            out.append(b[1] + "\n" + "\n".join(("> " + l) if l else ">" for l in inner.split("\n")))
        elif k == "fwd":
            m = b[1]
            h = ["-------- Исходное сообщение --------", f"Тема: {m['subj']}", f"Дата: {m['date']}",
                 f"От: {m['frm']}", f"Кому: {m['to']}"]
            out.append("\n".join(h) + "\n\n" + render_plain(b[2]))
    return "\n\n".join(out) + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang=RU link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>"""


def ol_p(text, style=None):
    inner = "<br>\n".join(esc(l) for l in text.split("\n"))
    if style:
        inner = f"<span style='{style}'>{inner}</span>"
    return f"<p class=MsoNormal>{inner}<o:p></o:p></p>\n"


OL_GAP = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"


def ol_table(header, rows):
    td = "style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'"
    s = "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
    s += "<tr>" + "".join(f"<td valign=top {td}><p class=MsoNormal><b>{esc(c)}</b><o:p></o:p></p></td>" for c in header) + "</tr>\n"
    for r in rows:
        s += "<tr>" + "".join(f"<td valign=top {td}><p class=MsoNormal>{esc(c)}<o:p></o:p></p></td>" for c in r) + "</tr>\n"
    return s + "</table>\n"


def render_outlook(blocks, top=True):
    s = ""
    for b in blocks:
        k = b[0]
        if k == "p":
            s += ol_p(b[1]) + OL_GAP
        elif k == "t":
            s += ol_table(b[1], b[2]) + OL_GAP
        elif k == "sig":
            lines = SIG[b[1]].split("\n")
            s += ol_p(lines[0])
            s += ol_p(lines[1], "font-size:10.0pt;color:#1F3864;font-weight:bold")
            s += ol_p("\n".join(lines[2:]), "font-size:9.0pt;color:#595959")
            s += OL_GAP
        elif k == "disc":
            s += ol_p(DISCLAIMER, "font-size:7.5pt;color:#A6A6A6") + OL_GAP
        elif k == "oq":
            m = b[1]
            h = (f"<b>От:</b> {esc(m['frm'])} <br><b>Отправлено:</b> {esc(m['sent'])}<br>"
                 f"<b>Кому:</b> {esc(m['to'])}<br>")
            if m.get("cc"):
                h += f"<b>Копия:</b> {esc(m['cc'])}<br>"
            h += f"<b>Тема:</b> {esc(m['subj'])}"
            s += ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                  f"<p class=MsoNormal>{h}<o:p></o:p></p></div></div>\n" + OL_GAP + render_outlook(b[2], False))
        elif k == "wq":
            s += ol_p(b[1]) + "<blockquote style='border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt'>\n" + render_outlook(b[2], False) + "</blockquote>\n"
    return s


def outlook_html(blocks, charset):
    return OUTLOOK_HEAD % charset + "\n" + render_outlook(blocks) + "</div></body></html>\n"


def render_web(blocks):
    s = ""
    for b in blocks:
        k = b[0]
        if k == "p":
            s += "<p>" + "<br />\n".join(esc(l) for l in b[1].split("\n")) + "</p>\n"
        elif k == "t":
            s += '<table style="border-collapse: collapse;" border="1" cellpadding="4">\n<tbody>\n'
            s += "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in b[1]) + "</tr>\n"
            for r in b[2]:
                s += "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n"
            s += "</tbody>\n</table>\n"
        elif k == "sig":
            s += ('<div id="signature">-- <br />' + "<br />\n".join(esc(l) for l in SIG[b[1]].split("\n"))
                  + "</div>\n")
        elif k == "disc":
            s += f'<p style="font-size: 7pt; color: #999;">{esc(DISCLAIMER)}</p>\n'
        elif k == "wq":
            s += (f"<p>{esc(b[1])}</p>\n"
                  '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
                  + render_web(b[2]) + "</blockquote>\n")
        elif k == "fwd":
            m = b[1]
            s += ('<p>-------- Исходное сообщение --------</p>\n<table border="0" cellpadding="0" cellspacing="0">'
                  f"<tbody><tr><th align=\"right\">Тема:</th><td>{esc(m['subj'])}</td></tr>"
                  f"<tr><th align=\"right\">Дата:</th><td>{esc(m['date'])}</td></tr>"
                  f"<tr><th align=\"right\">От:</th><td>{esc(m['frm'])}</td></tr>"
                  f"<tr><th align=\"right\">Кому:</th><td>{esc(m['to'])}</td></tr></tbody></table>\n"
                  + render_web(b[2]))
        elif k == "oq":
            s += render_web([("wq", "", b[2])])
    return s


def web_html(blocks, charset):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}" /></head>'
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            + render_web(blocks) + "</body></html>\n")


# ---------------------------------------------------------------- message assembly
LETTERS = []  # dicts


def L(**kw):
    LETTERS.append(kw)


def build(l):
    frm = P[l["frm"]]
    cs = l.get("charset", "utf-8")
    scs = l.get("subj_cs", cs)
    senc = l.get("subj_enc", "B")
    client = l.get("client", "outlook")
    cte = l.get("cte", "quoted-printable")
    hdrs = []
    hdrs.append(("From", addr(frm, scs, senc)))
    to = l.get("to", CUST)
    hdrs.append(("To", addr(to, scs, senc) if isinstance(to, tuple) else to))
    if l.get("cc"):
        hdrs.append(("Cc", ", ".join(addr(c, scs, senc) for c in l["cc"])))
    hdrs.append(("Subject", mime_word(l["subject"], scs, senc)))
    hdrs.append(("Date", email.utils.format_datetime(l["date"])))
    if client == "outlook":
        mid = outlook_msgid()
    elif client == "ios":
        mid = ios_msgid()
    else:
        mid = web_msgid()
    l["msgid"] = mid
    hdrs.append(("Message-ID", mid))
    if l.get("reply"):
        rid = "<%s.%x@zakazchik-omis.ru>" % (l["date"].strftime("%Y%m%d"), random.getrandbits(40))
        hdrs.append(("In-Reply-To", rid))
        hdrs.append(("References", rid))
    hdrs.append(("MIME-Version", "1.0"))
    if client == "outlook":
        hdrs.append(("X-Mailer", "Microsoft Outlook 16.0"))
        hdrs.append(("Thread-Index", thread_index()))
        hdrs.append(("Content-Language", "ru"))
    elif client == "web":
        hdrs.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        hdrs.append(("X-Sender", frm[1]))
        hdrs.append(("Organization", mime_word("ООО «ТехЭксплуатация-Сервис»", scs, senc)))
    elif client == "bat":
        hdrs.append(("X-Mailer", "The Bat! (v10.5.3) Professional"))
        hdrs.append(("Organization", mime_word("ООО «ТехЭксплуатация-Сервис»", scs, senc)))
    elif client == "ios":
        hdrs.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
    for k, v in l.get("extra", []):
        hdrs.append((k, v))

    fmt = l.get("fmt", "alt")
    if fmt == "raw":
        ph, pb = l["raw_part"]
    elif fmt == "plain":
        ph, pb = leaf("text/plain", l["text"], cs, cte, l.get("plain_params", ""))
    else:
        blocks = l["blocks"]
        if client == "web":
            hb = web_html(blocks, cs)
        else:
            hb = outlook_html(blocks, cs)
        if fmt == "html":
            ph, pb = leaf("text/html", hb, cs, cte, errors="xmlcharrefreplace")
        else:
            p1 = leaf("text/plain", render_plain(blocks), cs, cte)
            p2 = leaf("text/html", hb, cs, cte, errors="xmlcharrefreplace")
            ph, pb = multipart("alternative", [p1, p2])
        if l.get("attach"):
            ph, pb = multipart("mixed", [(ph, pb)] + [attachment(fn, FAKE_PDF) for fn in l["attach"]])
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    return head + ph + b"\n" + pb


def OQ(frm, d, h, m, to, subj, blocks, cc=None, weekday=False):
    return ("oq", {"frm": frm, "sent": sent_ru(d, h, m, weekday), "to": to, "subj": subj, "cc": cc}, blocks)


def fa(p):
    return f"{p[0]} <{p[1]}>"


SMIR_S = fa(SMIRNOVA)
CUST_S = fa(CUST)

# ============================================================================
#                                   LETTERS
# ============================================================================

# ---------------------------------------------------------------- 31204
L(key="31204-acc", frm="kuz", date=when(2, 11, 25), subject="Заявка № 31204 — принята в работу",
  charset="windows-1251", cte="quoted-printable", to=CUST,
  blocks=[("p", "Добрый день, Ольга Сергеевна!"),
          ("p", "Настоящим сообщаем, что заявка № 31204 (техническое обслуживание приточно-вытяжных установок, "
                "БЦ «Озерковский», Озерковская наб., д. 50) принята ООО «ТехЭксплуатация-Сервис» в работу."),
          ("p", "Выезд бригады запланирован на 03.11.2026, ориентировочное время прибытия на объект — 09:00–09:30. "
                "Ответственный исполнитель — мастер участка Петров Игорь Николаевич, моб. +7 (926) 118-40-73."),
          ("p", "Просим обеспечить доступ в венткамеры на кровле."),
          ("sig", "kuz"), ("disc",)],
  label=dict(expect="decided", request="31204", positions=[], status="заявка принята",
             note="formal acceptance; planned departure for tomorrow is only a plan"))

L(key="31204-go", frm="disp", date=when(3, 8, 21), subject="Выезд бригады — заявка 31204",
  charset="utf-8", cte="base64",
  blocks=[("p", "Добрый день!"),
          ("p", "Информируем Вас о выезде бригады по заявке № 31204 в 08:10."),
          ("p", "Состав бригады: Петров И.Н. (мастер участка), Лаптев С.А., Горбунов Д.В.\n"
                "Автомобиль: ГАЗель Next, гос. номер Х 418 ОК 799.\n"
                "Ориентировочное время прибытия — 09:15."),
          ("sig", "disp")],
  label=dict(expect="decided", request="31204", positions=[], status="подрядчик в пути",
             note="noun form «выезд бригады в 08:10», car plate and phone are distractors"))

L(key="31204-12", frm="kuz", date=when(3, 13, 22), subject="Заявка № 31204 — завершение работ по поз. 1, 2",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Настоящим сообщаем о завершении работ по позициям 1 и 2 заявки № 31204. "
                "Сведения о выполненных работах приведены в таблице:"),
          ("t", ["№ поз.", "Оборудование", "Время прибытия", "Время убытия", "Выполненные работы"],
           [["1", "ПВУ Systemair Topvex TR09 EL, корп. 1", "09:14", "11:40",
             "Замена фильтров G4/F7, чистка рекуператора, проверка автоматики"],
            ["2", "ПВУ Systemair Topvex TR09 EL, корп. 2", "11:55", "13:05",
             "Замена фильтров, подтяжка клеммных соединений, замена ремня SPA 1250"]]),
          ("p", "Работы по позиции 3 будут выполнены сегодня во второй половине дня. "
                "Акты № 1187 и № 1188 направим после подписания."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="31204", positions=["1", "2"], status="подрядчик убыл",
             note="HTML table, arrival and departure both filled for 1 and 2; position 3 only planned"))

L(key="31204-3", frm="kuz", date=when(3, 16, 41), reply=True,
  subject="RE: Заявка № 31204 — завершение работ по поз. 1, 2",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Ольга Сергеевна, добрый день."),
          ("p", "По 3-й позиции (ПВУ корп. 3) работы завершены в 16:20, бригада покинула объект. "
                "Щит управления ПВУ опломбирован, пломба № 0452817. Акт выполненных работ направим завтра до 12:00."),
          ("sig", "kuz_short"),
          OQ(SMIR_S, 3, 14, 2, fa(P["kuz"]), "RE: Заявка № 31204 — завершение работ по поз. 1, 2",
             [("p", "Анна Викторовна, добрый день!\nСпасибо. Подскажите, когда будет закрыта позиция 3?"),
              ("sig", "smir"),
              OQ(fa(P["kuz"]), 3, 13, 22, CUST_S, "Заявка № 31204 — завершение работ по поз. 1, 2",
                 [("p", "Добрый день!"),
                  ("p", "Настоящим сообщаем о завершении работ по позициям 1 и 2 заявки № 31204.")])])],
  label=dict(expect="decided", request="31204", positions=["3"], status="подрядчик убыл",
             note="reply above Outlook header block; subject names positions 1, 2 but new text reports 3-я; seal number distractor"))

L(key="31204-thx", frm="kuz", date=when(6, 10, 20), reply=True, subject="RE: Акты по заявке 31204",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Ольга Сергеевна, благодарим за информацию."),
          ("p", "Подписанные акты № 1187–1189 по заявке № 31204 получили, оригиналы передадим с курьером на следующей неделе."),
          ("sig", "kuz_short"),
          OQ(SMIR_S, 6, 9, 48, fa(P["kuz"]), "Акты по заявке 31204",
             [("p", "Добрый день! Акты по заявке 31204 подписаны, сканы во вложении."), ("sig", "smir")])],
  label=dict(expect="review", note="thanks for the customer's message about signed acts; no status reported"))

# ---------------------------------------------------------------- 31217
L(key="31217-acc", frm="mor", date=when(3, 12, 14), reply=True,
  subject="RE: Заявка 31217 — замена циркуляционного насоса ИТП",
  charset="windows-1251", cte="base64",
  blocks=[("p", "Добрый день."),
          ("p", "Заявку приняли. Насос Grundfos MAGNA3 32-120 F (арт. 97924259) есть на складе, выезд бригады "
                "согласуем с Вашим инженером дополнительно — ориентировочно 05.11."),
          ("sig", "mor"),
          OQ(CUST_S, 3, 10, 5, fa(P["disp"]), "Заявка 31217 — замена циркуляционного насоса ИТП",
             [("p", "Добрый день!"),
              ("p", "Направляем заявку № 31217: ИТП по адресу ул. Новослободская, д. 23, стр. 1 — шум и вибрация "
                    "циркуляционного насоса ГВС Wilo TOP-S 30/10, требуется замена. Прошу принять в работу и сообщить сроки."),
              ("sig", "smir")])],
  label=dict(expect="decided", request="31217", positions=[], status="заявка принята",
             note="«Заявку приняли» above quoted request; article number distractor"))

L(key="31217-go", frm="pet", date=when(5, 8, 7), subject="31217 выезд", fmt="plain", client="ios",
  charset="utf-8", cte="8bit",
  text="Выехали на Новослободскую 23 по заявке 31217, будем минут через 40.\n\nПетров И.Н.\n\n"
       "Получить Outlook для iOS<https://aka.ms/o0ukef>\n",
  label=dict(expect="decided", request="31217", positions=[], status="подрядчик в пути",
             note="foreman from phone, house number 23 is an address"))

L(key="31217-done", frm="kuz", date=when(5, 13, 48), subject="Заявка № 31217 — работы выполнены, акт № 2271",
  charset="windows-1251", cte="quoted-printable", attach=["Акт_2271_от_05.11.2026.pdf"],
  extra=[("X-MS-Has-Attach", "yes")],
  blocks=[("p", "Добрый день!"),
          ("p", "Информируем Вас о завершении работ по заявке № 31217 (ИТП, ул. Новослободская, д. 23, стр. 1)."),
          ("p", "Выполнено: демонтаж циркуляционного насоса Wilo TOP-S 30/10, монтаж насоса Grundfos MAGNA3 32-120 F, "
                "заводской № 10234871, пусконаладка. Система ГВС запущена, параметры в норме (давление 4,2 бар, t = 61 °C).\n"
                "Прибытие бригады: 08:50.\nУбытие бригады: 13:25."),
          ("p", "Акт выполненных работ № 2271 от 05.11.2026 и счёт № 30517 от 05.11.2026 во вложении. "
                "Просим подписать акт и вернуть скан-копию."),
          ("sig", "kuz"), ("disc",)],
  label=dict(expect="decided", request="31217", positions=[], status="подрядчик убыл",
             note="arrival and departure both reported, latest is убытие; invoice № 30517 is a 5-digit distractor"))

# ---------------------------------------------------------------- 31255
L(key="31255-acc", frm="sav", date=when(4, 15, 3), reply=True, client="web", fmt="html",
  subject="Re: [31255] Не охлаждает сплит-система", charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Ваша заявка принята к исполнению, наряд оформлен на бригаду климатического участка. "
                "Выезд — 05.11 с утра, точное время сообщим."),
          ("sig", "sav"),
          ("wq", "Диспетчерская ОМИС писал 2026-11-04 14:18:",
           [("p", "Добрый день. Заявка [31255]: Дербеневская наб., д. 7, стр. 2.\n"
                  "Поз. 1 — серверная, 3 этаж, сплит Daikin FTXM35R не охлаждает, ошибка U4.\n"
                  "Поз. 2 — переговорная, 2 этаж, из внутреннего блока течёт вода.\nПросим принять."),
            ("p", "Смирнова О.С.")])],
  label=dict(expect="decided", request="31255", positions=[], status="заявка принята",
             note="HTML-only webmail, number in brackets in subject; quoted request lists positions but reply names none"))

L(key="31255-1on", frm="pet", date=when(5, 10, 46), subject="31255 поз 1", fmt="plain", client="ios",
  charset="utf-8", cte="quoted-printable",
  text="Бригада на объекте (Дербеневская наб. 7 стр 2, серверная) с 10:40, начали диагностику Daikin FTXM35R, "
       "ошибка U4 подтверждается.\n\n--\nПетров И.Н., мастер участка\n+7 926 118-40-73\n",
  label=dict(expect="decided", request="31255", positions=["1"], status="подрядчик на месте",
             note="position in subject «поз 1»"))

L(key="31255-1done", frm="sav", date=when(5, 14, 2), client="web", fmt="html", subject="31255 — П1 выполнено",
  charset="utf-8", cte="base64",
  blocks=[("p", "Добрый день."),
          ("p", "По П1 (серверная): заменена плата управления наружного блока Daikin RXM35R (запчасть 5017945), "
                "ошибка U4 устранена, кондиционер вышел на режим. Бригада освободилась в 13:50."),
          ("p", "По П2 (переговорная) выезд завтра утром."),
          ("sig", "sav")],
  label=dict(expect="decided", request="31255", positions=["1"], status="подрядчик убыл",
             note="«П1», «бригада освободилась»; П2 only planned"))

L(key="31255-2on", frm="sav", date=when(6, 9, 41), client="web", fmt="html", reply=True,
  subject="Re: 31255 — П1 выполнено", charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Доброе утро.\nСегодня по второй позиции: мастер на месте с 09:30, проводит диагностику дренажа."),
          ("sig", "sav"),
          ("wq", "Савельева Екатерина писал 2026-11-05 14:02:",
           [("p", "По П1 (серверная): заменена плата управления наружного блока Daikin RXM35R (запчасть 5017945), "
                  "ошибка U4 устранена, кондиционер вышел на режим. Бригада освободилась в 13:50."),
            ("p", "По П2 (переговорная) выезд завтра утром.")])],
  label=dict(expect="decided", request="31255", positions=["2"], status="подрядчик на месте",
             note="Re: subject names П1 and quote reports П1 done; new text: «по второй позиции» on site"))

L(key="31255-2done", frm="kuz", date=when(6, 12, 10), subject="Заявка 31255 п.2 завершение",
  charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Завершение работ по п.2 заявки 31255 — 12:05.\nУстранена течь дренажа: прочищен дренажный трап, "
                "заменена дренажная помпа Sauermann Si-30, сплит-система в работе. Мастер убыл с объекта."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="31255", positions=["2"], status="подрядчик убыл",
             note="noun «завершение работ по п.2»"))

# ---------------------------------------------------------------- 32008
L(key="32008-acc", frm="mor", date=when(5, 16, 10), subject="Заявка № 32008 — подтверждение принятия",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Уважаемые коллеги!"),
          ("p", "Настоящим подтверждаем принятие заявки № 32008 (плановое ТО ВРУ и щитов распределительных, "
                "складской комплекс, г. Подольск, ул. Комсомольская, д. 1) в работу."),
          ("p", "Проведение ТО запланировано на 10.11.2026 с 09:00. Для допуска на территорию просим оформить пропуск "
                "на автомобиль Ford Transit, г/н В 702 ТУ 750, и двух электромонтёров: Ершов К.В., Тихонов П.С. "
                "(группа по электробезопасности IV)."),
          ("sig", "mor"), ("disc",)],
  label=dict(expect="decided", request="32008", positions=[], status="заявка принята",
             note="acceptance with a pass request; plate and dates are distractors"))

L(key="32008-go", frm="disp", date=when(10, 7, 42), subject="Заявка 32008: выезд бригады",
  cc=[P["pet"]], charset="utf-8", cte="base64",
  blocks=[("p", "Доброе утро!"),
          ("p", "Информируем: бригада в составе 2 человек выехала из офиса в 07:30 на складской комплекс в Подольске. "
                "Ориентировочное прибытие — 09:00."),
          ("sig", "disp")],
  label=dict(expect="decided", request="32008", positions=[], status="подрядчик в пути",
             note="«выехала из офиса ... на складской комплекс» = leaving for the site"))

L(key="32008-on", frm="pet", date=when(10, 9, 11), subject="RE: Заявка 32008: выезд бригады", fmt="plain",
  client="ios", charset="utf-8", cte="8bit", reply=True,
  text="Прибыли на обьект в 09:05, пропуск получили, начинаем.\n\nПетров И.Н.\n\n"
       "________________________________\n"
       "От: Диспетчерская служба ООО «ТехЭксплуатация-Сервис» <dispatch@tes-service.ru>\n"
       "Отправлено: Tuesday, November 10, 2026 7:42:13 AM\n"
       "Кому: dispatch@zakazchik-omis.ru <dispatch@zakazchik-omis.ru>\n"
       "Копия: Петров Игорь Николаевич <i.petrov@tes-service.ru>\n"
       "Тема: Заявка 32008: выезд бригады\n\n"
       "Доброе утро!\n\nИнформируем: бригада в составе 2 человек выехала из офиса в 07:30 на складской комплекс "
       "в Подольске. Ориентировочное прибытие — 09:00.\n",
  label=dict(expect="decided", request="32008", positions=[], status="подрядчик на месте",
             note="typo «обьект»; quoted dispatcher letter says «выехала», new text says arrived"))

L(key="32008-mixed", frm="kuz", date=when(10, 13, 35), subject="Заявка № 32008 — промежуточный отчёт",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Направляем промежуточный отчёт по заявке № 32008 по состоянию на 13:30:"),
          ("t", ["№ поз.", "Щит", "Время прибытия", "Время убытия", "Статус"],
           [["1", "ВРУ-1 (ABB ArTu)", "09:05", "10:50", "ТО выполнено"],
            ["2", "ЩР-2", "10:55", "12:20", "ТО выполнено"],
            ["3", "ЩР-3", "12:30", "—", "в работе"],
            ["4", "ЩР-4", "—", "—", "не начато"]]),
          ("p", "Окончание работ ориентировочно в 17:00."),
          ("sig", "kuz")],
  label=dict(expect="review", note="table with different statuses per position: 1,2 finished, 3 on site, 4 not started"))

L(key="32008-done", frm="kuz", date=when(10, 17, 44), subject="Заявка № 32008 — работы завершены",
  charset="windows-1251", cte="quoted-printable",
  attach=["Акт_2304.pdf", "Протоколы_измерений_32008.pdf"], extra=[("X-MS-Has-Attach", "yes")],
  blocks=[("p", "Добрый день!"),
          ("p", "Информируем Вас о завершении работ по заявке № 32008 в полном объёме. Убытие бригады с объекта — 17:20."),
          ("p", "Выполнены: протяжка контактных соединений, тепловизионный контроль, замеры сопротивления изоляции "
                "(мегаомметр Fluke 1507, зав. № 48120377). Замечаний нет. Протоколы и акт № 2304 прилагаем, "
                "счёт № 30642 будет выставлен по итогам месяца."),
          ("sig", "kuz"), ("disc",)],
  label=dict(expect="decided", request="32008", positions=[], status="подрядчик убыл",
             note="whole request finished; invoice 30642 and serial numbers are distractors"))

L(key="32008-close", frm="mor", date=when(12, 9, 0), subject="Заявка № 32008 — закрытие",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день."),
          ("p", "Просим подтвердить закрытие заявки № 32008 в Вашей системе и подписание акта № 2304. "
                "При наличии замечаний прошу сообщить до 13.11.2026."),
          ("sig", "mor")],
  label=dict(expect="review", note="request to confirm closure / act signing; no new status"))

# ---------------------------------------------------------------- 32041
L(key="32041-go", frm="disp", date=when(6, 22, 58), subject="АВАРИЙНАЯ: заявка 32041 — выезд",
  charset="utf-8", cte="quoted-printable", extra=[("Importance", "high"), ("X-Priority", "1")],
  blocks=[("p", "Добрый вечер."),
          ("p", "По аварийной заявке № 32041 (ТЦ «Люблино», тепловой узел, течь) дежурная бригада выехала в 22:55. "
                "Расчётное время прибытия — 23:40.\nМастер: Петров И.Н., +7 (926) 118-40-73."),
          ("sig", "disp")],
  label=dict(expect="decided", request="32041", positions=[], status="подрядчик в пути",
             note="night emergency dispatch"))

L(key="32041-on", frm="pet", date=when(7, 0, 12), subject="32041", fmt="plain", client="ios",
  charset="utf-8", cte="8bit",
  text="Бригада нa мeсте с 23:50. Перекрыли ввод, локализуем течь, ждите отчёт.\n\nПетров\n",
  label=dict(expect="decided", request="32041", positions=[], status="подрядчик на месте",
             note="Latin look-alike letters inside «нa мeсте»; bare number as subject"))

L(key="32041-fw", frm="disp", date=when(7, 3, 31), subject="FW: 32041", charset="utf-8", cte="base64",
  blocks=[("p", "Пересылаем отчёт мастера по аварийной заявке № 32041."),
          ("sig", "disp"),
          OQ(fa(P["pet"]), 7, 3, 12, fa(P["disp"]), "32041",
             [("p", "Течь устранена. Заменён участок трубы Ду50 (~0,8 м) и кран шаровой Ballorex Dn50 "
                    "(арт. 8V17.050). Давление держит 6 бар, подача восстановлена в 02:50. Уехали с объекта в 03:05."),
              ("p", "Петров")])],
  label=dict(expect="decided", request="32041", positions=[], status="подрядчик убыл",
             note="Outlook FW: the forwarded foreman's message reports departure «уехали с объекта»"))

# ---------------------------------------------------------------- 32110
L(key="32110-acc", frm="sav", date=when(9, 11, 5), subject="Заявка 32110 принята", fmt="plain", client="web",
  charset="koi8-r", cte="quoted-printable", subj_enc="Q",
  text="Добрый день!\n\nЗаявка № 32110 (АПС, ложные срабатывания, 3 и 5 этажи) принята в работу. "
       "Инженер-наладчик систем безопасности будет назначен сегодня, о выезде сообщим дополнительно.\n\n"
       + SIG["sav"].replace("С уважением", "--\nС уважением") + "\n",
  label=dict(expect="decided", request="32110", positions=[], status="заявка принята",
             note="KOI8-R plain text from webmail; floors 3 and 5 are not position numbers"))

L(key="32110-access", frm="mor", date=when(10, 9, 52), subject="Заявка 32110 — допуск на 5 этаж",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день."),
          ("p", "По заявке № 32110, позиция 2 (5 этаж): по информации службы охраны, помещения арендатора без его "
                "согласования не открываются. Просим сообщить, кто со стороны арендатора может обеспечить доступ, "
                "и контактный телефон ответственного лица."),
          ("p", "Также прошу уточнить, требуется ли оформление наряда-допуска на работы в серверной арендатора."),
          ("sig", "mor")],
  label=dict(expect="review", note="question about access; nothing reported"))

L(key="32110-1on", frm="kra", date=when(10, 15, 10), subject="32110 / 3 этаж", fmt="plain", client="ios",
  charset="utf-8", cte="8bit",
  text="Добрый день. Я на объекте с 15:05, 3 этаж (поз. 1 по заявке 32110). Приступаю к проверке шлейфа.\n\n"
       "Кравец Д.А.\nинженер СБ\n",
  label=dict(expect="decided", request="32110", positions=["1"], status="подрядчик на месте",
             note="engineer writes in first person; floor number 3 vs position 1"))

L(key="32110-1done", frm="kuz", date=when(10, 18, 2), subject="Заявка № 32110 — п.1 выполнено",
  charset="windows-1251", cte="base64",
  blocks=[("p", "Добрый вечер!"),
          ("p", "Настоящим сообщаем, что по п.1 заявки № 32110 (3 этаж) работы завершены: заменены 2 дымовых пожарных "
                "извещателя ИП 212-64 (адреса 1.14, 1.17), шлейф ШС-3 проверен, ложных срабатываний нет. "
                "Инженер убыл с объекта в 17:45."),
          ("p", "По п.2 ожидаем информацию о допуске."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="32110", positions=["1"], status="подрядчик убыл",
             note="«п.1», detector model numbers as distractors"))

L(key="32110-thx", frm="mor", date=when(11, 10, 5), reply=True, subject="RE: Заявка 32110 — допуск на 5 этаж",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Ольга Сергеевна, благодарим за информацию."),
          ("p", "Выезд по позиции 2 планируем на 12.11.2026, 10:00, инженер Кравец Д.А., паспорт будет при себе."),
          ("sig", "mor"),
          OQ(SMIR_S, 10, 19, 20, fa(P["mor"]), "RE: Заявка 32110 — допуск на 5 этаж",
             [("p", "Владимир Петрович, добрый вечер. Доступ на 5 этаж согласован с арендатором (ООО «Вектор-Логистик»), "
                    "контакт: Никитин Павел, +7 (903) 712-55-40, с 09:00 до 18:00."),
              ("sig", "smir"),
              OQ(fa(P["mor"]), 10, 9, 52, CUST_S, "Заявка 32110 — допуск на 5 этаж",
                 [("p", "По заявке № 32110, позиция 2 (5 этаж): по информации службы охраны, помещения арендатора без его "
                        "согласования не открываются.")])])],
  label=dict(expect="review", note="thanks + plan for tomorrow; no status happened"))

L(key="32110-2on", frm="kra", date=when(12, 10, 18), reply=True, subject="RE: Заявка 32110 — допуск на 5 этаж",
  charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Прибыл, нахожусь на 5 этаже, работы по позиции № 2 начаты. Никитин П. встретил."),
          ("p", "Кравец Д.А.\nинженер СБ ООО «ТехЭксплуатация-Сервис»\n+7 (977) 455-90-12"),
          OQ(fa(P["mor"]), 11, 10, 5, SMIR_S, "RE: Заявка 32110 — допуск на 5 этаж",
             [("p", "Ольга Сергеевна, благодарим за информацию."),
              ("p", "Выезд по позиции 2 планируем на 12.11.2026, 10:00, инженер Кравец Д.А., паспорт будет при себе.")],
             cc=fa(P["kra"]))],
  label=dict(expect="decided", request="32110", positions=["2"], status="подрядчик на месте",
             note="reply-all above the plan letter; «позиции № 2»"))

L(key="32110-2done", frm="kuz", date=when(12, 13, 4), subject="Заявка 32110 (2) — завершение",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Информируем о завершении работ по позиции 2 заявки № 32110. Причина ложных срабатываний — запылённость "
                "извещателей после ремонтных работ арендатора. Выполнена чистка 11 извещателей, 4 шт. ИП 212-64 заменены, "
                "журнал событий прибора Рубеж-2ОП3 очищен.\nИнженер покинул объект в 12:50."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="32110", positions=["2"], status="подрядчик убыл",
             note="position in brackets in subject «32110 (2)»"))

# ---------------------------------------------------------------- 33576
L(key="33576-acc", frm="sav", date=when(10, 14, 6), client="web", fmt="html", subject="Заявка 33576 принята",
  charset="utf-8", cte="base64",
  blocks=[("p", "Добрый день!\nЗаявка № 33576 (секционные ворота рамп, склад г. Химки, Ленинградское ш., вл. 21) "
                "принята, выезд согласуем на 11.11."),
          ("sig", "sav")],
  label=dict(expect="decided", request="33576", positions=[], status="заявка принята", note="short webmail HTML"))

L(key="33576-go", frm="disp", date=when(11, 8, 31), subject="Выезд бригады по заявке № 33576",
  charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Доброе утро!"),
          ("p", "Выезд бригады в 08:15. Автомобиль Ford Transit, г/н В 702 ТУ 750. Прибытие на объект "
                "(г. Химки, Ленинградское ш., вл. 21) ориентировочно к 09:30."),
          ("p", "Состав: Орлов М.С., Юсупов Р.Р. Запасные части: пружины торсионные 50х5,5х750 — 2 комплекта, "
                "ролики Hormann — 8 шт."),
          ("sig", "disp")],
  label=dict(expect="decided", request="33576", positions=[], status="подрядчик в пути",
             note="noun «выезд бригады в 08:15», plate and spring sizes as distractors"))

L(key="33576-1", frm="kuz", date=when(11, 12, 8), subject="Заявка № 33576 — позиция 1",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "По позиции 1 (ворота рампы № 1, DoorHan ISD01 3000х3000) работы завершены в 11:50: заменены торсионные "
                "пружины и 4 ролика, выполнена регулировка, ворота в рабочем состоянии."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="33576", positions=["1"], status="подрядчик убыл",
             note="work on position 1 finished"))

L(key="33576-kp", frm="mor", date=when(12, 11, 30), subject="Коммерческое предложение — заявка 33576, рампа 3",
  charset="windows-1251", cte="base64", attach=["КП_ТЭС_1124-26.pdf"],
  blocks=[("p", "Добрый день."),
          ("p", "В дополнение к работам по заявке № 33576 направляем коммерческое предложение на замену полотна ворот "
                "рампы № 3 (Hormann SPU F42, 3500х3500): стоимость 384 600,00 руб., в т.ч. НДС 20 %. "
                "Срок поставки — 4 недели с момента оплаты. Прошу рассмотреть и согласовать."),
          ("sig", "mor"), ("disc",)],
  label=dict(expect="review", note="price/commercial proposal; no status"))

L(key="33576-23", frm="kuz", date=when(11, 16, 45), subject="33576 (2, 3) — завершение работ",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Настоящим сообщаем о завершении работ по позициям 2 и 3 заявки № 33576:"),
          ("t", ["Поз.", "Ворота", "Прибытие", "Убытие", "Работы"],
           [["2", "рампа № 2, DoorHan ISD01", "12:00", "14:10", "замена троса, регулировка концевых выключателей"],
            ["3", "рампа № 3, Hormann SPU F42", "14:15", "16:30", "замена привода SupraMatic, арт. 4511584"]]),
          ("p", "Бригада убыла с объекта. Акт № 2318 направим завтра."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="33576", positions=["2", "3"], status="подрядчик убыл",
             note="subject «33576 (2, 3)», table with both times"))

# ---------------------------------------------------------------- 34019
L(key="34019-acc", frm="mor", date=when(12, 10, 15), reply=True,
  subject="RE: Заявка 34019 — котёл Buderus, ошибка 6A", charset="windows-1251", cte="base64",
  blocks=[("p", "Добрый день.\nПринято, сервисный инженер будет направлен сегодня после 14:00."),
          ("sig", "mor"),
          OQ(fa(GOLUBEV), 12, 9, 40, fa(P["disp"]), "Заявка 34019 — котёл Buderus, ошибка 6A",
             [("p", "Добрый день!\nЗаявка № 34019. Офис, г. Реутов, Носовихинское ш., д. 12. Котёл Buderus Logamax plus "
                    "GB162-45 уходит в ошибку 6A (нет пламени), в офисе +14. Просим срочно."),
              ("sig", "gol")], cc=CUST_S, weekday=True)],
  label=dict(expect="decided", request="34019", positions=[], status="заявка принята",
             note="«Принято» above Outlook quote; planned dispatch is only a plan"))

L(key="34019-go", frm="sid", date=when(12, 14, 6), subject="34019", fmt="plain", client="ios",
  charset="utf-8", cte="8bit",
  text="Добрый день. Выехал к вам в Реутов, буду через 30-40 минут.\n\n"
       "Сидоренко А.П., сервисный инженер\n+7 915 402-77-31\n",
  label=dict(expect="decided", request="34019", positions=[], status="подрядчик в пути",
             note="engineer in first person, bare number subject"))

L(key="34019-keys", frm="kuz", date=when(12, 14, 25), subject="Заявка 34019 — доступ в котельную",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Просим подтвердить, что ключи от котельной будут переданы на пост охраны № 2, и сообщить телефон "
                "сотрудника эксплуатации, который сможет встретить нашего инженера. Заранее спасибо."),
          ("sig", "kuz")],
  label=dict(expect="review", note="access question / request to confirm; no status"))

L(key="34019-done", frm="kuz", date=when(12, 17, 35), subject="Заявка № 34019 — неисправность устранена",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый вечер!"),
          ("p", "Информируем Вас о завершении работ по заявке № 34019. Неисправность котла Buderus Logamax plus GB162-45 "
                "(ошибка 6A) устранена: заменён электрод ионизации (арт. 7 746 900 173), выполнена чистка теплообменника "
                "и сифона. Котёл работает в штатном режиме.\nИнженер убыл с объекта в 17:10."),
          ("sig", "kuz"), ("disc",)],
  label=dict(expect="decided", request="34019", positions=[], status="подрядчик убыл", note="result + departure"))

# ---------------------------------------------------------------- no number
L(key="nonum", frm="kuz", date=when(13, 15, 40), subject="Отчёт о выполнении работ",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Информируем, что бригада убыла с объекта в 15:20, работы выполнены в полном объёме. "
                "Акт направим дополнительно."),
          ("sig", "kuz")],
  label=dict(expect="review", note="departure reported but no request number anywhere"))

# ---------------------------------------------------------------- 34422
L(key="34422-acc", frm="mor", date=when(13, 16, 5), subject="Заявка № 34422 — замена светильников",
  charset="windows-1251", cte="base64",
  blocks=[("p", "Добрый день."),
          ("p", "Заявку № 34422 берём в работу. Светильники LED ДСП 36 Вт IP65 (Ардатов, арт. 1334236005) в количестве "
                "96 шт. заказаны, поставка 15.11. Работы начнём 16.11.2026."),
          ("sig", "mor")],
  label=dict(expect="decided", request="34422", positions=[], status="заявка принята",
             note="«берём в работу»; quantities and article numbers as distractors"))

L(key="34422-1go", frm="disp", date=when(16, 8, 42), subject="34422 — выезд на паркинг",
  charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Доброе утро."),
          ("p", "Бригада электромонтажников направляется на объект по позиции 1 (паркинг, уровень -1), "
                "прибытие около 09:20. Автомобиль: Lada Largus, г/н О 512 ВЕ 777."),
          ("sig", "disp")],
  label=dict(expect="decided", request="34422", positions=["1"], status="подрядчик в пути",
             note="«направляется на объект»; level -1 is not a position number"))

L(key="34422-1done", frm="kuz", date=when(16, 16, 20), subject="Заявка № 34422, поз. 1 — работы выполнены",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "По поз. 1 заявки № 34422 (паркинг, уровень -1) заменено 48 светильников, демонтированные светильники "
                "ЛСП 2х36 (48 шт.) складированы в помещении -1.07.\nЗавершение работ — 16:05, бригада убыла."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="34422", positions=["1"], status="подрядчик убыл", note="«поз. 1»"))

L(key="34422-2on", frm="pet", date=when(17, 10, 52), subject="34422-2", fmt="plain", client="ios",
  charset="utf-8", cte="8bit",
  text="На месте с 10:45, уровень -2, начали демонтаж старых.\n\nПетров И.Н.\n",
  label=dict(expect="decided", request="34422", positions=["2"], status="подрядчик на месте",
             note="position after a dash in subject «34422-2»"))

L(key="34422-2done", frm="pet", date=when(17, 16, 7), subject="RE: 34422-2", fmt="plain", client="ios",
  charset="utf-8", cte="quoted-printable", reply=True,
  text="Готово, все 48 шт. висят и горят. Бригада освободилась, уезжаем.\n\nПетров И.Н.\n\n"
       "________________________________\n"
       "От: Петров Игорь Николаевич <i.petrov@tes-service.ru>\n"
       "Отправлено: Tuesday, November 17, 2026 10:52:30 AM\n"
       "Кому: dispatch@zakazchik-omis.ru <dispatch@zakazchik-omis.ru>\n"
       "Тема: 34422-2\n\n"
       "На месте с 10:45, уровень -2, начали демонтаж старых.\n",
  label=dict(expect="decided", request="34422", positions=["2"], status="подрядчик убыл",
             note="«Готово ... бригада освободилась»; quoted own arrival message below"))

# ---------------------------------------------------------------- 35107
L(key="35107-acc", frm="mor", date=when(16, 12, 10), subject="Обращение № 35107 — ТО ИТП",
  charset="koi8-r", cte="quoted-printable", subj_enc="B",
  blocks=[("p", "Добрый день."),
          ("p", "Информируем Вас о том, что обращение № 35107 зарегистрировано в нашей системе под внутренним номером "
                "Н-2026/1184 и принято в работу. График выездов по адресам направим отдельным письмом."),
          ("sig", "mor")],
  label=dict(expect="decided", request="35107", positions=[], status="заявка принята",
             note="KOI8-R Outlook letter, «обращение», internal number distractor"))

L(key="35107-1go", frm="disp", date=when(17, 8, 12), subject="35107 поз. 1 — выезд", charset="utf-8", cte="base64",
  blocks=[("p", "Выезд бригады в 08:00 на адрес: ул. Профсоюзная, д. 56 (поз. 1 по заявке № 35107). "
                "Прибытие ориентировочно 08:50."),
          ("sig", "disp")],
  label=dict(expect="decided", request="35107", positions=["1"], status="подрядчик в пути",
             note="house number 56 is an address"))

L(key="two-req", frm="kuz", date=when(17, 18, 10), subject="Отчёт за 17.11.2026",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый вечер!"),
          ("p", "Направляем сводный отчёт о работах за 17.11.2026:"),
          ("t", ["Заявка", "Поз.", "Адрес", "Прибытие", "Убытие"],
           [["35107", "1", "ул. Профсоюзная, д. 56", "08:55", "15:30"],
            ["34422", "2", "Паркинг, уровень -2", "10:45", "16:00"]]),
          ("sig", "kuz")],
  label=dict(expect="review", note="two different requests in one letter"))

L(key="35107-2on", frm="pet", date=when(18, 9, 24), subject="Re: 35107 поз 2 - когда?", fmt="plain", client="bat",
  charset="windows-1251", cte="8bit", reply=True,
  text="Здравствуйте, Ольга.\n\nВы писали 18 ноября 2026 г., 8:55:\n\n"
       "СО> Игорь Николаевич, доброе утро. По заявке 35107 поз. 2 (Обручева) бригада сегодня будет?\n"
       "СО> Смирнова О.С.\n\n"
       "Прибытие бригады на объект ул. Обручева, д. 30 (35107/2) - 09:20, работаем.\n\n"
       "-- \nС уважением,\n Петров Игорь                          mailto:i.petrov@tes-service.ru\n",
  label=dict(expect="decided", request="35107", positions=["2"], status="подрядчик на месте",
             note="The Bat! with initials-prefixed quote «СО>»; number/position in brackets after address"))

L(key="35170", frm="disp", date=when(18, 10, 5), subject="Заявка 35170 — прибытие", charset="utf-8",
  cte="quoted-printable",
  blocks=[("p", "Информируем о прибытии бригады на объект по заявке № 35170 в 09:55 "
                "(ул. Кржижановского, д. 14, корп. 3)."),
          ("sig", "disp")],
  label=dict(expect="review", note="request number 35170 is not in the registry"))

L(key="35107-23", frm="kuz", date=when(18, 16, 30), subject="Заявка № 35107 — поз. 2 и поз. 3 выполнены",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Настоящим сообщаем о завершении работ по поз. 2 (ул. Обручева, д. 30) и поз. 3 (Ленинский пр-т, д. 113) "
                "заявки № 35107. Выполнено ТО ИТП: промывка пластинчатых теплообменников Ридан НН№14, проверка "
                "регуляторов Danfoss ECL Comfort 310, замена манометров.\nБригада убыла с последнего объекта в 16:10."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="35107", positions=["2", "3"], status="подрядчик убыл",
             note="two positions, same status; model numbers as distractors"))

# ---------------------------------------------------------------- 36630
L(key="36630-conf", frm="mor", date=when(18, 15, 5), subject="Заявка № 36630 — согласование пробного пуска ДГУ",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день."),
          ("p", "Просим подтвердить возможность проведения ТО-2 и пробного пуска ДГУ FG Wilson P110-3 с подключением "
                "нагрузки 20.11.2026 с 10:00 до 12:00. На время переключения АВР потребуется кратковременное (до 30 секунд) "
                "отключение потребителей 1-й категории надёжности."),
          ("p", "Ответ просим направить до 19.11.2026 12:00."),
          ("sig", "mor")],
  label=dict(expect="review", note="request to confirm a time slot; no status"))

L(key="36630-on", frm="disp", date=when(20, 9, 41), subject="Заявка № 36630 — прибытие бригады",
  charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Информируем о прибытии бригады на объект в 09:35 для проведения ТО-2 ДГУ FG Wilson P110-3 "
                "(зав. № FGWPEP11VBCA01452). Ответственный — Тихонов П.С., тел. +7 (925) 630-14-92."),
          ("sig", "disp")],
  label=dict(expect="decided", request="36630", positions=[], status="подрядчик на месте",
             note="noun «прибытие бригады»"))

L(key="36630-fwd", frm="sav", date=when(20, 13, 15), client="web", fmt="html", subject="Fwd: 36630 ДГУ — готово",
  charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Добрый день, пересылаю сообщение от бригады."),
          ("sig", "sav"),
          ("fwd", {"subj": "36630 ДГУ — готово", "date": "2026-11-20 12:58", "frm": fa(P["tikh"]),
                   "to": "dispatch@tes-service.ru"},
           [("p", "ТО-2 выполнено: замена масла (Shell Rimula R4 X 15W-40, 11 л), фильтров масляного FG Wilson 901-253 "
                  "и топливного 901-249, воздушного 906-195. Пробный пуск под нагрузкой 35 кВт — 20 мин, АВР отработал "
                  "штатно. С объекта уехали в 12:50.")])],
  label=dict(expect="decided", request="36630", positions=[], status="подрядчик убыл",
             note="Roundcube forward of the crew message; forwarded report counts"))

# ---------------------------------------------------------------- 37005
L(key="37005-acc", frm="sav", date=when(19, 12, 5), client="web", fmt="html", subject="Заявка 37005",
  charset="utf-8", cte="base64",
  blocks=[("p", "Добрый день!\nзаявка 37005 принята в рабоут, выезд бригады на завтра, время уточним."),
          ("sig", "sav")],
  label=dict(expect="decided", request="37005", positions=[], status="заявка принята",
             note="typo «рабоут»; departure tomorrow is a plan"))

L(key="37005-not", frm="sav", date=when(20, 11, 30), client="web", fmt="html", reply=True,
  subject="Re: Заявка 37005 — уточнение времени", charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Добрый день.\nБригада по заявке 37005 ещё не выехала — задерживается на аварийном объекте. "
                "Выезд ориентировочно после 14:00, сообщим дополнительно."),
          ("sig", "sav"),
          ("wq", "Диспетчерская ОМИС писал 2026-11-20 10:47:",
           [("p", "Когда будет бригада по заявке 37005? Паркинг подтапливает.")])],
  label=dict(expect="review", note="negation «ещё не выехала» + plan"))

L(key="37005-go", frm="mor", date=when(20, 14, 20), subject="RE: Заявка 37005 — уточнение времени", fmt="plain",
  charset="utf-8", cte="quoted-printable", reply=True, cc=[P["sav"]],
  text="Выехали, будем через 30 минут.\n\nМорозов В.П.\n+7 (903) 771-06-45\n\n"
       "-----Original Message-----\n"
       "From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
       "Sent: Friday, November 20, 2026 1:58 PM\n"
       "To: Савельева Екатерина <e.savelyeva@tes-service.ru>\n"
       "Cc: Морозов Владимир Петрович <v.morozov@tes-service.ru>\n"
       "Subject: Re: Заявка 37005 — уточнение времени\n\n"
       "Екатерина, добрый день. Вода уже на уровне приямка, просим ускорить.\n\n"
       "> Бригада по заявке 37005 ещё не выехала — задерживается на аварийном объекте.\n",
  label=dict(expect="decided", request="37005", positions=[], status="подрядчик в пути",
             note="«будем через 30 минут»; number only in the Re: subject and quote; quoted negation is history"))

L(key="37005-1", frm="kuz", date=when(20, 17, 35), subject="Заявка № 37005 — поз. 1 выполнена",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый вечер!"),
          ("p", "По первой позиции (дренажный приямок ДП-1, паркинг -1) насос Grundfos Unilift AP50B.50.11.3 "
                "(арт. 96004599) заменён, поплавковый выключатель отрегулирован, приямок откачан. Завершение работ — 17:20."),
          ("p", "По второй позиции работы продолжим завтра с утра."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="37005", positions=["1"], status="подрядчик убыл",
             note="«по первой позиции», result + «завершение работ»; position 2 only planned"))

L(key="37005-2go", frm="sav", date=when(21, 9, 55), client="web", fmt="html", reply=True,
  subject="Re: Заявка № 37005 — поз. 1 выполнена", charset="utf-8", cte="quoted-printable",
  blocks=[("wq", "Диспетчерская ОМИС писал 2026-11-21 09:31:",
           [("p", "Спасибо. А по поз2 когда?"),
            ("wq", "Кузнецова Анна Викторовна писал 2026-11-20 17:35:",
             [("p", "По первой позиции (дренажный приямок ДП-1, паркинг -1) насос Grundfos Unilift AP50B.50.11.3 "
                    "заменён. Завершение работ — 17:20.")])]),
          ("p", "Бригада отправилась на объект по поз2 в 09:50, будут примерно в 10:30."),
          ("sig", "sav")],
  label=dict(expect="decided", request="37005", positions=["2"], status="подрядчик в пути",
             note="answer written under the quote; «поз2»"))

L(key="37005-2done", frm="pet", date=when(21, 12, 41), subject="37005 поз.2", fmt="plain", client="ios",
  charset="utf-8", cte="8bit",
  text="Наряд 37005, поз.2 сделали — насос Unilift AP35B.50.08.A1V заменён, обратный клапан новый. "
       "Бригада выехала с объекта в 12:30.\n\nПетров И.Н.\n",
  label=dict(expect="decided", request="37005", positions=["2"], status="подрядчик убыл",
             note="«выехала С объекта» = left; «наряд»"))

# ---------------------------------------------------------------- 38412
L(key="38412-acc", frm="mor", date=when(20, 16, 10), subject="Заявка № 38412 — консервация чиллеров",
  charset="windows-1251", cte="base64",
  blocks=[("p", "Уважаемые коллеги!"),
          ("p", "Настоящим сообщаем, что заявка № 38412 принята к исполнению. Работы по консервации чиллеров на зимний "
                "период будут проведены 23–24.11.2026 в соответствии с регламентом (Приложение № 3 к Договору № 45/2026-ТО)."),
          ("sig", "mor"), ("disc",)],
  label=dict(expect="decided", request="38412", positions=[], status="заявка принята",
             note="formal acceptance; contract/appendix numbers as distractors"))

L(key="38412-go", frm="disp", date=when(23, 8, 48), subject="#38412 выезд", charset="utf-8", cte="quoted-printable",
  blocks=[("p", "Доброе утро!"),
          ("p", "По заявке #38412 бригада холодильщиков (3 чел.) в пути, прибытие на объект (ул. Верхняя Красносельская, "
                "д. 3А, кровля) ориентировочно в 09:30. Автомобиль Hyundai H350, г/н Е 227 КХ 797."),
          ("sig", "disp")],
  label=dict(expect="decided", request="38412", positions=[], status="подрядчик в пути", note="«#38412», «в пути»"))

L(key="38412-p5", frm="kuz", date=when(23, 12, 40), subject="Заявка № 38412 — позиция 5",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "По позиции 5 заявки № 38412 (чиллер Carrier 30RB-262, контур 2) работы по консервации завершены, "
                "гидравлический контур дренирован, установлены заглушки."),
          ("sig", "kuz")],
  label=dict(expect="review", note="request 38412 has positions 1-4 only; position 5 does not exist"))

L(key="38412-12", frm="kuz", date=when(23, 16, 50), subject="Заявка № 38412 — отчёт за 23.11",
  charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый день!"),
          ("p", "Информируем Вас о ходе работ по заявке № 38412:"),
          ("t", ["№ поз.", "Оборудование", "Время прибытия", "Время убытия", "Пломба №"],
           [["1", "Чиллер Carrier 30RB-262 № 1", "09:35", "12:50", "0452903"],
            ["2", "Чиллер Carrier 30RB-262 № 2", "13:00", "16:30", "0452904"]]),
          ("p", "Выполнено: слив теплоносителя, продувка теплообменников, отключение и опломбирование вводных автоматов. "
                "Работы по позициям 3 и 4 — 24.11.2026."),
          ("sig", "kuz")],
  label=dict(expect="decided", request="38412", positions=["1", "2"], status="подрядчик убыл",
             note="table with arrival/departure; seal numbers; 3 and 4 only planned"))

L(key="38412-34on", frm="pet", date=when(24, 10, 38), subject="38412 поз. 3, 4 — бригада на месте", fmt="plain",
  client="ios", charset="utf-8", cte="8bit",
  text="Бригада на объекте с 10:30, работаем по поз. 3 и 4 (чиллеры York YLAA0180).\n\nПетров И.Н.\n",
  label=dict(expect="decided", request="38412", positions=["3", "4"], status="подрядчик на месте",
             note="two positions on site"))

L(key="38412-34done", frm="kuz", date=when(24, 17, 2), reply=True,
  subject="RE: 38412 поз. 3, 4 — бригада на месте", charset="windows-1251", cte="quoted-printable",
  blocks=[("p", "Добрый вечер!"),
          ("p", "Сообщаем о завершении работ по позициям 3 и 4 заявки № 38412. Вводные автоматы отключены и опломбированы, "
                "пломбы № 0452905, 0452906. Убытие бригады — 16:45."),
          ("sig", "kuz"),
          OQ(fa(P["pet"]), 24, 10, 38, CUST_S, "38412 поз. 3, 4 — бригада на месте",
             [("p", "Бригада на объекте с 10:30, работаем по поз. 3 и 4 (чиллеры York YLAA0180).")])],
  label=dict(expect="decided", request="38412", positions=["3", "4"], status="подрядчик убыл",
             note="Re: subject still says «на месте», body reports departure"))


# ============================================================================
#                     machine-generated (ignored)
# ============================================================================
def ooo_outlook():
    d = when(23, 9, 14)
    blocks = [("p", "Добрый день!"),
              ("p", "Я нахожусь в командировке с 23.11.2026 по 27.11.2026 с ограниченным доступом к почте.\n"
                    "По вопросам выполнения заявок просьба обращаться в диспетчерскую службу: dispatch@tes-service.ru, "
                    "тел. +7 (495) 640-18-20 (круглосуточно)."),
              ("sig", "mor")]
    L(key="ooo-mor", frm="mor", date=d, subject="Автоматический ответ: RE: Заявка № 38412 — консервация чиллеров",
      charset="utf-8", cte="base64", reply=True,
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "v.morozov@tes-service.ru")],
      blocks=blocks,
      label=dict(expect="ignored", note="Outlook out-of-office auto-reply; subject contains a request number"))


ooo_outlook()

L(key="ooo-sav", frm="sav", date=when(14, 10, 2), client="web", fmt="plain",
  subject="Автоответ: Re: Заявка 33576 принята", charset="utf-8", cte="quoted-printable", reply=True,
  extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
  text="Здравствуйте!\n\nЯ отсутствую 14.11 и 15.11 и отвечу на Ваше письмо по возвращении.\n"
       "Срочные вопросы: dispatch@tes-service.ru, +7 (495) 640-18-20.\n\nСавельева Екатерина\n",
  label=dict(expect="ignored", note="webmail vacation auto-reply (sieve)"))


def mdn_outlook():
    d = when(20, 11, 2)
    orig_subj = "Заявка 37005 — уточнение времени"
    text = ("Ваше сообщение\n\n    Кому: Кузнецова Анна Викторовна\n    Тема: " + orig_subj +
            "\n    Отправлено: 20.11.2026 10:47\n\nбыло прочитано 20.11.2026 11:02.\n")
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    mdn = ("Reporting-UA: mail.tes-service.ru; Microsoft Exchange Server 2016\n"
           "Final-Recipient: rfc822;a.kuznetsova@tes-service.ru\n"
           "Original-Message-ID: <20261120.3fa91c02de@zakazchik-omis.ru>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    p2 = (b"Content-Type: message/disposition-notification\n", mdn.encode("ascii"))
    ph, pb = multipart("report", [p1, p2], " report-type=disposition-notification;")
    L(key="mdn-kuz", frm="kuz", date=d, subject="Прочитано: " + orig_subj, fmt="raw", raw_part=(ph, pb),
      charset="utf-8", extra=[("Thread-Topic", mime_word(orig_subj))],
      label=dict(expect="ignored", note="Outlook read receipt (disposition-notification)"))


mdn_outlook()


def mdn_web():
    d = when(12, 16, 30)
    orig_subj = "Заявка 34019 — ключи от котельной"
    text = ("Это уведомление о прочтении сообщения, отправленного на адрес dispatch@tes-service.ru.\n\n"
            "Сообщение: " + orig_subj + "\nПолучено: Чт, 12 ноя 2026 14:51\n"
            "Прочитано: Чт, 12 ноя 2026 16:30\n\nПримечание: уведомление подтверждает лишь то, что сообщение "
            "было показано на экране получателя.\n")
    p1 = leaf("text/plain", text, "utf-8", "base64")
    mdn = ("Reporting-UA: Roundcube Webmail (Version 1.6.9)\n"
           "Final-Recipient: rfc822; dispatch@tes-service.ru\n"
           "Original-Message-ID: <20261112.77ab30e1c4@zakazchik-omis.ru>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    p2 = (b"Content-Type: message/disposition-notification\n", mdn.encode("ascii"))
    ph, pb = multipart("report", [p1, p2], " report-type=disposition-notification;")
    L(key="mdn-disp", frm="disp", date=d, subject="Прочитано: " + orig_subj, fmt="raw", raw_part=(ph, pb),
      client="web", charset="utf-8",
      label=dict(expect="ignored", note="webmail read receipt"))


mdn_web()


def ics(partstat, summary, cn, mail, dtstart, dtend, stamp, uid):
    return ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
            "BEGIN:VTIMEZONE\nTZID:Russian Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T000000\n"
            "TZOFFSETFROM:+0300\nTZOFFSETTO:+0300\nEND:STANDARD\nEND:VTIMEZONE\n"
            "BEGIN:VEVENT\n"
            f"ATTENDEE;PARTSTAT={partstat};CN={cn}:mailto:{mail}\n"
            "COMMENT;LANGUAGE=ru-RU:\\n\n"
            f"SUMMARY;LANGUAGE=ru-RU:{summary}\n"
            f"DTSTART;TZID=Russian Standard Time:{dtstart}\n"
            f"DTEND;TZID=Russian Standard Time:{dtend}\n"
            f"UID:{uid}\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:{stamp}\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\n"
            "SEQUENCE:0\nLOCATION;LANGUAGE=ru-RU:\nEND:VEVENT\nEND:VCALENDAR\n")


def cal_reply(key, who, d, prefix, partstat, title, dtstart, dtend, note, text=""):
    uid = "040000008200E00074C5B7101A82E00800000000%032X" % random.getrandbits(128)
    summ = f"{prefix}: {title}"
    cal = ics(partstat, summ, P[who][0], P[who][1], dtstart, dtend, d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ"), uid)
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    p2 = leaf("text/calendar", cal, "utf-8", "base64", extra_params="; method=REPLY")
    ph, pb = multipart("alternative", [p1, p2])
    L(key=key, frm=who, date=d, subject=summ, fmt="raw", raw_part=(ph, pb), charset="utf-8",
      extra=[("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", mime_word(title))],
      label=dict(expect="ignored", note=note))


cal_reply("cal-acc", "mor", when(19, 9, 12), "Принято", "ACCEPTED", "Пробный пуск ДГУ — заявка 36630",
          "20261120T100000", "20261120T120000",
          "Outlook meeting acceptance; «Принято» + number in subject but generated by the client")
cal_reply("cal-tent", "kuz", when(25, 11, 40), "Под вопросом", "TENTATIVE",
          "Совещание: итоги ТО за ноябрь, Договор № 45/2026-ТО", "20261127T140000", "20261127T150000",
          "Outlook tentative meeting response", text="Постараюсь быть, возможно подключусь по ВКС.\n")


def ndr():
    d = when(22, 14, 3)
    orig_subj = "Заявка № 38412 — график работ"
    text = ("Не удалось доставить сообщение следующим получателям или группам:\n\n"
            "n.orlov@tes-service.ru\nАдрес электронной почты, который вы ввели, не найден. Проверьте адрес электронной "
            "почты получателя и попытайтесь отправить сообщение повторно. Если проблема не исчезнет, обратитесь в службу "
            "поддержки.\n\n\nДиагностическая информация для администраторов:\n\nСервер создания: MX01.tes-service.ru\n\n"
            "n.orlov@tes-service.ru\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
            "found by SMTP address lookup'\n")
    p1 = leaf("text/plain", text, "utf-8", "base64")
    ds = ("Reporting-MTA: dns;MX01.tes-service.ru\nReceived-From-MTA: dns;mail.zakazchik-omis.ru\n"
          "Arrival-Date: Sun, 22 Nov 2026 11:03:10 +0000\n\n"
          "Final-Recipient: rfc822;n.orlov@tes-service.ru\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    p2 = (b"Content-Type: message/delivery-status\n", ds.encode("ascii"))
    rh = ("From: " + addr(CUST) + "\nTo: n.orlov@tes-service.ru\nSubject: " + mime_word(orig_subj) +
          "\nDate: Sun, 22 Nov 2026 14:03:05 +0300\nMessage-ID: <20261122.5d1e07aa92@zakazchik-omis.ru>\n")
    p3 = (b"Content-Type: text/rfc822-headers\n", rh.encode("ascii"))
    ph, pb = multipart("report", [p1, p2, p3], " report-type=delivery-status;")
    L(key="ndr", frm="exch", date=d, subject="Недоставляемое: " + orig_subj, fmt="raw", raw_part=(ph, pb),
      charset="utf-8", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
      label=dict(expect="ignored", note="Exchange non-delivery report (bounce)"))


ndr()

L(key="news", frm="news", date=when(25, 10, 0), client="web", fmt="html", to="undisclosed-recipients:;",
  subject="Подготовка инженерных систем к зиме: памятка для клиентов ООО «ТехЭксплуатация-Сервис»",
  charset="utf-8", cte="base64",
  extra=[("Precedence", "bulk"), ("List-Id", "<clients.tes-service.ru>"),
         ("List-Unsubscribe", "<mailto:unsubscribe@tes-service.ru?subject=unsubscribe>, "
                              "<https://tes-service.ru/unsubscribe?u=8f41c2>"),
         ("X-Mailer-Campaign", "2026-11-winter")],
  blocks=[("p", "Уважаемые партнёры!"),
          ("p", "Напоминаем о мерах по подготовке инженерных систем зданий к зимнему периоду: консервация чиллеров и "
                "градирен, проверка электрообогрева кровель и водостоков, ТО ДГУ и ИБП, проверка работы ИТП при "
                "понижении температуры наружного воздуха."),
          ("p", "С 01.12.2026 аварийная служба работает по новому многоканальному номеру +7 (495) 640-18-00. "
                "Бригады выезжают круглосуточно, время прибытия по Москве — не более 2 часов."),
          ("p", "Вы получили это письмо, так как являетесь клиентом ООО «ТехЭксплуатация-Сервис». "
                "Отписаться от рассылки: https://tes-service.ru/unsubscribe")],
  label=dict(expect="ignored", note="bulk newsletter with List-Unsubscribe / Precedence: bulk"))


# ============================================================================
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda l: l["date"])
    labels = {}
    emails = set()
    reg_at = {n: datetime.datetime(2026, 11, d, h, m, tzinfo=MSK) for n, _, (d, h, m), _ in REQUESTS}
    for i, l in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        data = build(l)
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(data)
        emails.add(P[l["frm"]][1])
        lab = dict(l["label"])
        if lab["expect"] == "decided":
            r = REQ[lab["request"]]
            assert l["date"] > reg_at[lab["request"]], (name, l["key"])
            for p in lab["positions"]:
                assert p in r[1], (name, p)
        lab = {k: lab[k] for k in ("expect", "request", "positions", "status", "note") if k in lab}
        labels[name] = lab
        l["file"] = name
    reg = {"contractor": {"name": "ООО «ТехЭксплуатация-Сервис»",
                          "emails": sorted(emails), "domains": [DOMAIN]},
           "requests": [{"number": n, "positions": pos,
                         "registered_at": datetime.datetime(2026, 11, d, h, m, tzinfo=MSK).isoformat(),
                         "comment": c} for n, pos, (d, h, m), c in REQUESTS]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
    from collections import Counter
    print(len(LETTERS), Counter(v["expect"] for v in labels.values()))
    for l in LETTERS:
        print(l["file"], l["key"], l["label"]["expect"], l["label"].get("status", ""), l["label"].get("positions", ""))


if __name__ == "__main__":
    main()
