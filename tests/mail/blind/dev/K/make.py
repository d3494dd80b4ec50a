#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters, persona K: ООО «ГазТехОбслуживание» (Тверская обл.)."""
import base64, quopri, json, random, os, datetime as dt
from email.header import Header
from email.utils import formataddr

random.seed(41000)
OUT = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=3))

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
PALYCH = ("Рябов Виктор Павлович", "vp.ryabov57@yandex.ru")
DENIS = ("Денис Кузнецов", "d.kuznetsov@gto-tver.ru")
DENIS_G = ("Денис Кузнецов", "kuznetsov.den98@gmail.com")
ZUEVA = ("Зуева Ольга Николаевна", "zueva@gto-tver.ru")
BUH = ("Бухгалтерия ГазТехОбслуживание", "buh@gto-tver.ru")
DIRECTOR = ("Шевченко Андрей Игоревич", "director@gto-tver.ru")
INFO = ("ГазТехОбслуживание", "info@gto-tver.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@gto-tver.ru")

LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
       "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
       "Р": "P", "С": "C", "Т": "T", "Х": "X"}

def lat(s, letters):
    """replace the given Cyrillic letters by Latin look-alikes"""
    return "".join(LAT[c] if c in letters and c in LAT else c for c in s)

# ---------------------------------------------------------------- MIME helpers
def enc_body(text, charset, cte):
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b

def leaf(ctype, text, charset="utf-8", cte="base64", extra=None):
    return {"leaf": True, "ctype": ctype, "charset": charset, "cte": cte,
            "body": enc_body(text, charset, cte), "extra": extra or []}

def raw_leaf(ctype_line, body_bytes, cte=None, extra=None):
    return {"leaf": True, "ctype_line": ctype_line, "cte": cte, "body": body_bytes,
            "extra": extra or []}

def multi(sub, parts, params=""):
    bnd = "----=_Part_%d_%d" % (random.randint(10**5, 10**6), random.randint(10**8, 10**9))
    if sub == "alternative" and random.random() < 0.5:
        bnd = "=_%032x" % random.getrandbits(128)
    return {"leaf": False, "sub": sub, "parts": parts, "bnd": bnd, "params": params}

def render_part(p):
    out = b""
    if p["leaf"]:
        if "ctype_line" in p:
            out += ("Content-Type: %s\n" % p["ctype_line"]).encode()
        else:
            out += ('Content-Type: %s; charset="%s"\n' % (p["ctype"], p["charset"])).encode()
        if p.get("cte"):
            out += ("Content-Transfer-Encoding: %s\n" % p["cte"]).encode()
        for h in p["extra"]:
            out += (h + "\n").encode()
        body = p["body"]
        if not body.endswith(b"\n"):
            body += b"\n"
        return out + b"\n" + body
    out += ('Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (p["sub"], p["params"], p["bnd"])).encode()
    out += b"This is a multi-part message in MIME format.\n\n"
    for c in p["parts"]:
        out += ("--%s\n" % p["bnd"]).encode() + render_part(c) + b"\n"
    out += ("--%s--\n" % p["bnd"]).encode()
    return out

def h_text(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)

def h_addr(pair, charset="utf-8"):
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)

def date_hdr(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S +0300")

def render(headers, part):
    out = b""
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n"
    out += render_part(part)
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

# ---------------------------------------------------------------- Russian dates for quote headers
MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"]
WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]

def T(day, hh, mm, ss=None):
    return dt.datetime(2026, 11, day, hh, mm, ss if ss is not None else random.randint(0, 59), tzinfo=TZ)

def yandex_qhdr(d, who):
    return '%s, %s, "%s" <%s>:' % (d.strftime("%d.%m.%Y"), d.strftime("%H:%M"), who[0], who[1])

def gmail_qhdr(d, who):
    return "%s, %d нояб. %d г. в %s, %s <%s>:" % (WD_SHORT[d.weekday()], d.day, d.year, d.strftime("%H:%M"), who[0], who[1])

def k9_qhdr(d, who):
    return "%d %s %d г. %s GMT+03:00, %s <%s> пишет:" % (d.day, MON_GEN[d.month-1], d.year, d.strftime("%H:%M:%S"), who[0], who[1])

def outlook_date(d):
    return "%s, %d %s %d г. %d:%s" % (WD_FULL[d.weekday()], d.day, MON_GEN[d.month-1], d.year, d.hour, d.strftime("%M"))

def qlines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ---------------------------------------------------------------- ids
def mid_yandex():
    return "<%d@mail.yandex.ru>" % random.randint(10**15, 10**16 - 1)

def mid_k9():
    return "<%s@email.android.com>" % "".join(random.choice("0123456789ABCDEF") for _ in range(32))

def mid_gmail():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    return "<CAF%s@mail.gmail.com>" % "".join(random.choice(al) for _ in range(46))

def mid_outlook():
    return "<%012x$%08x$%08x@gto-tver.ru>" % (random.getrandbits(48), random.getrandbits(32), random.getrandbits(32))

def mid_thebat(d):
    return "<%d.%s@gto-tver.ru>" % (random.randint(10**8, 2 * 10**9), d.strftime("%Y%m%d%H%M%S"))

def mid_disp(req, n=1):
    return "<%s.%d.%06d@zakazchik-omis.ru>" % (req, n, random.randint(0, 999999))

# ---------------------------------------------------------------- the customer's side (for quotes)
DISP_SUBJ = {
    "41037": "Заявка № 41037 — пос. Эммаус, котельная ул. Школьная 5",
    "41112": "Заявка № 41112 Конаково СОШ 3 ГРПШ",
    "41203": "Заявка №41203 Детский сад «Солнышко» г. Кимры",
    "41258": "Заявка № 41258 ГБУЗ «Торжокская ЦРБ», поликлиника, котельная",
    "41306": "Заявка № 41306 ДК Редкино САКЗ",
    "41377": "Заявка № 41377 столовая АО «Вышневолоцкий МДК»",
    "41420": "АВАРИЯ! Заявка № 41420 запах газа котельная Лихославль",
    "41489": "Заявка № 41489 Бежецк замена клапана-отсекателя",
    "41515": "Заявка № 41515 Ржев СОШ № 5 пусконаладка",
    "41602": "Заявка № 41602 Осташков счётчик газа",
    "41674": "Заявка № 41674 ФАП д. Медное",
    "41738": "Заявка № 41738 Бассейн «Дельфин» горелки",
    "41809": "Заявка № 41809 Старица, администрация, газопровод-ввод",
}
DSIG = "\n\nДиспетчерская служба ОМИС\nтел. +7 (4822) 55-01-17"
DISP_TEXT = {
    "41037": "Добрый день!\nНаправляем заявку № 41037.\nОбъект: пос. Эммаус, ул. Школьная, д. 5, котельная.\n1. Котёл Buderus Logano SK745 № 1 — не запускается, ошибка 4A.\n2. Котёл № 2 — плановое ТО.\n3. ГРПШ-13-2НУ1 — проверка настройки ПЗК/ПСК.\nСрок выполнения: 03.11.2026." + DSIG,
    "41112": "Добрый день!\nЗаявка № 41112.\nОбъект: г. Конаково, ул. Васильковского, д. 7, МБОУ СОШ № 3.\n1. ГРПШ-07-2У1 — внеплановый осмотр (жалоба на запах газа у забора).\nКонтакт: завхоз Петрова Т.А., 8-903-631-22-40." + DSIG,
    "41203": "Направляем заявку №41203.\nОбъект: г. Кимры, ул. Кириллова, д. 3, МДОУ детский сад «Солнышко», котельная.\n1 — котёл Baxi Slim 1.490 — срабатывает датчик тяги.\n2 — дымоход: проверка тяги, прочистка.\nКонтакт: завхоз Иванова Н.С., 8-920-155-03-71." + DSIG,
    "41258": "Добрый день.\nЗаявка № 41258.\nГБУЗ «Торжокская ЦРБ», поликлиника, г. Торжок, ул. Дзержинского, д. 41, котельная.\nПозиции 1–4 — котлы Viessmann Vitocrossal 300 № 1–4: сезонное ТО, настройка горения.\nСрок: до 13.11.2026." + DSIG,
    "41306": "Заявка № 41306.\nДК пос. Редкино, ул. Правды, д. 10, котельная.\n1 — сигнализаторы загазованности СЗ-1 (2 шт.), СЗ-2 — замена/поверка.\n2 — клапан КЗЭУГ-50 — проверка срабатывания от САКЗ." + DSIG,
    "41377": "Заявка № 41377.\nАО «Вышневолоцкий МДК», столовая, г. Вышний Волочёк, ул. Московская, д. 58.\n1 — плита газовая ПГ-4 № 1 (не горят 2 конфорки).\n2 — плита ПГ-4 № 2 — ТО.\n3 — котёл пищеварочный КПГ-100 — проверка автоматики безопасности." + DSIG,
    "41420": "АВАРИЯ!\nЗаявка № 41420.\nг. Лихославль, ул. Комсомольская, д. 22, котельная.\n1 — сильный запах газа в котельной, оператор вывела людей, котлы остановлены.\nОператор Смирнова Г.В., 8-930-172-46-05.\nПрибытие — немедленно." + DSIG,
    "41489": "Заявка № 41489.\nг. Бежецк, ул. Краснослободская, д. 6, котельная.\n1 — клапан-отсекатель КЗГЭМ-У DN50 на вводе № 1 — замена.\n2 — клапан-отсекатель КЗГЭМ-У DN50 на вводе № 2 — замена.\nКлапаны — материал подрядчика." + DSIG,
    "41515": "Заявка № 41515.\nг. Ржев, ул. Ленина, д. 20, МОУ СОШ № 5, котельная.\n1, 2, 3 — котлы RSA-250 № 1, 2, 3 — пусконаладка после капремонта, режимные карты." + DSIG,
    "41602": "Заявка № 41602.\nг. Осташков, ул. Евстафьева, д. 12, котельная.\n1 — счётчик газа RVG G65 — снятие на поверку, установка вставки." + DSIG,
    "41674": "Заявка № 41674.\nФАП д. Медное, ул. Центральная, д. 2.\n1 — котёл настенный Navien Deluxe 24K — ТО.\n2 — водонагреватель газовый Neva 4511 — ТО." + DSIG,
    "41738": "Заявка № 41738.\nг. Тверь, бассейн «Дельфин», ул. Орджоникидзе, д. 31, котельная.\n1 — горелка Weishaupt WM-G10 котла № 1 — настройка.\n2 — горелка котла № 2 — ошибка, не запускается.\n3 — автоматика котельной — обновление ПО." + DSIG,
    "41809": "Заявка № 41809.\nг. Старица, администрация района.\n1 — газопровод-ввод, ул. Советская, д. 9 (здание администрации) — осмотр, окраска.\n2 — газопровод-ввод, ул. Ленина, д. 14 (гараж администрации) — осмотр." + DSIG,
}
REG_AT = {
    "41037": T(2, 9, 15, 0), "41112": T(3, 11, 40, 0), "41203": T(5, 8, 30, 0),
    "41258": T(6, 10, 0, 0), "41306": T(9, 13, 20, 0), "41377": T(10, 9, 5, 0),
    "41420": T(12, 6, 50, 0), "41489": T(13, 10, 30, 0), "41515": T(16, 8, 0, 0),
    "41602": T(18, 14, 10, 0), "41674": T(20, 9, 0, 0), "41738": T(23, 10, 45, 0),
    "41809": T(25, 8, 20, 0),
}
POSITIONS = {"41037": ["1", "2", "3"], "41112": ["1"], "41203": ["1", "2"],
             "41258": ["1", "2", "3", "4"], "41306": ["1", "2"], "41377": ["1", "2", "3"],
             "41420": ["1"], "41489": ["1", "2"], "41515": ["1", "2", "3"], "41602": ["1"],
             "41674": ["1", "2"], "41738": ["1", "2", "3"], "41809": ["1", "2"]}
DISP_MID = {r: mid_disp(r) for r in DISP_SUBJ}

# ---------------------------------------------------------------- signatures
SIG_ZUEVA = """С уважением,
Зуева Ольга Николаевна
главный бухгалтер
ООО «ГазТехОбслуживание»
ИНН 6950187342 / КПП 695001001
ОГРН 1146952012385
р/с 40702810763000004127 в Тверском отделении № 8607 ПАО Сбербанк
к/с 30101810700000000679, БИК 042809679
Юр. адрес: 170100, г. Тверь, ул. Вагжанова, д. 14, оф. 305
тел./факс +7 (4822) 41-20-38, доб. 2
Договор ТО № 14/ТО-2026 от 12.01.2026

Информация в этом письме предназначена только для указанного адресата. Если вы получили его по ошибке, сообщите отправителю и удалите письмо."""

SIG_BUH = """--
С уважением, Зуева О.Н.
бухгалтерия ООО «ГазТехОбслуживание»
ИНН/КПП 6950187342/695001001
р/с 40702810763000004127, ПАО Сбербанк, БИК 042809679
170100, г. Тверь, ул. Вагжанова, 14, оф. 305
(4822) 41-20-38 доб. 2, buh@gto-tver.ru"""

SIG_PALYCH = "ГЛ МЕХАНИК ООО ГАЗТЕХОБСЛУЖИВАНИЕ РЯБОВ В П\nТЕЛ 8 910 534 18 07"
K9_SIG = "\n\n--\nОтправлено с моего Android-устройства с помощью K-9 Mail. Простите за краткость."

# ---------------------------------------------------------------- client builders
def yandex_body(text, charset="utf-8", html_only=False, quote=None, bottom=False, fwd=None):
    """Yandex web interface. quote=(date, who, text)  fwd=(date, who, subj, text)"""
    plain = text
    html = "".join("<div>%s</div>" % (esc(l) if l else "&nbsp;") for l in text.split("\n"))
    if quote:
        qd, qwho, qtext = quote
        qh = yandex_qhdr(qd, qwho)
        qplain = qh + "\n" + qlines(qtext)
        qhtml = "<div>%s</div><blockquote>%s</blockquote>" % (
            esc(qh), "".join("<div>%s</div>" % (esc(l) if l else "&nbsp;") for l in qtext.split("\n")))
        if bottom:
            plain = qplain + "\n\n" + text
            html = qhtml + "<div>&nbsp;</div>" + html
        else:
            plain = text + "\n\n" + qplain
            html = html + "<div>&nbsp;</div>" + qhtml
    if fwd:
        fd, fwho, fsubj, ftext = fwd
        block = ("-------- Пересылаемое сообщение --------\n%s\nТема: %s\n\n%s\n"
                 "-------- Конец пересылаемого сообщения --------") % (yandex_qhdr(fd, fwho), fsubj, ftext)
        plain = text + "\n\n" + block
        html = html + "<div>&nbsp;</div>" + "".join("<div>%s</div>" % (esc(l) if l else "&nbsp;") for l in block.split("\n"))
    html = "<div>" + html + "</div>"
    if html_only:
        return leaf("text/html", html, charset, "base64")
    return multi("alternative", [leaf("text/plain", plain, charset, "base64"),
                                 leaf("text/html", html, charset, "base64")])

def k9_body(text, quote=None):
    body = text + K9_SIG
    if quote:
        qd, qwho, qtext = quote
        body += "\n\n" + k9_qhdr(qd, qwho) + "\n" + qlines(qtext)
    return leaf("text/plain", body, "utf-8", "quoted-printable")

def gmail_body(text, quote=None):
    plain = text
    html = "<div dir=\"auto\">%s</div>" % "<br>".join(esc(l) for l in text.split("\n"))
    if quote:
        qd, qwho, qtext = quote
        qh = gmail_qhdr(qd, qwho)
        plain += "\n\n" + qh + "\n\n" + qlines(qtext)
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>'
                 % (esc(qh), "<br>".join(esc(l) for l in qtext.split("\n"))))
    return multi("alternative", [leaf("text/plain", plain, "utf-8", "base64"),
                                 leaf("text/html", html, "utf-8", "base64")])

def outlook_block_plain(d, who, to, subj):
    return "От: %s <%s>\nОтправлено: %s\nКому: %s\nТема: %s" % (who[0], who[1], outlook_date(d), to, subj)

def outlook_body(text, block=None, block_text=None, html_override=None, charset="windows-1251"):
    """Outlook 16, Russian UI, HTML format. block = Outlook header block for the quoted/forwarded message"""
    plain = text
    paras = "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;") for l in text.split("\n"))
    if html_override:
        paras = html_override
    if block:
        plain += "\n\n" + block + "\n\n" + block_text
        bl = block.split("\n")
        bhtml = "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>" + \
            "".join("<p class=MsoNormal><b>%s</b>%s<o:p></o:p></p>\n" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) for l in bl) + "</div>\n"
        bhtml += "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;") for l in block_text.split("\n"))
        paras += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + bhtml
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n%s</div></body></html>'
            % (charset, paras))
    return multi("alternative", [leaf("text/plain", plain, charset, "quoted-printable"),
                                 leaf("text/html", html, charset, "quoted-printable")])

def koi_safe(text):
    """what a KOI8-R client does to characters KOI8-R lacks"""
    for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N")):
        text = text.replace(a, b)
    return text

def thebat_body(text, cte="8bit"):
    return leaf("text/plain", koi_safe(text), "koi8-r", cte)

# ---------------------------------------------------------------- header sets
def headers(kind, d, frm, subj, to=None, cc=None, irt=None, refs=None, mid=None, extra=None, charset="utf-8"):
    to = to or [DISPATCH]
    hs = []
    if kind == "yandex":
        mid = mid or mid_yandex()
        hs += [("X-Yandex-Received", "%d" % random.randint(10**9, 10**10))]
    elif kind == "k9":
        mid = mid or mid_k9()
    elif kind == "gmail":
        mid = mid or mid_gmail()
    elif kind == "outlook":
        mid = mid or mid_outlook()
    elif kind == "thebat":
        mid = mid or mid_thebat(d)
    if charset == "koi8-r":
        subj = koi_safe(subj)
    hs += [("From", h_addr(frm, charset)),
           ("To", ", ".join(h_addr(t, charset) if t[0] else t[1] for t in to))]
    if cc:
        hs.append(("Cc", ", ".join(h_addr(t, charset) if t[0] else t[1] for t in cc)))
    hs += [("Subject", h_text(subj, charset)), ("Date", date_hdr(d)), ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", refs or irt))
    if kind == "yandex":
        hs.append(("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"))
    elif kind == "k9":
        hs.append(("User-Agent", "K-9 Mail for Android"))
    elif kind == "outlook":
        hs += [("X-Mailer", "Microsoft Outlook 16.0"),
               ("Thread-Index", base64.b64encode(os.urandom(22)).decode()),
               ("Content-Language", "ru")]
    elif kind == "thebat":
        hs += [("X-Mailer", "The Bat! (v10.4.6) Professional"), ("Reply-To", h_addr(BUH, charset)),
               ("X-Priority", "3 (Normal)")]
    for e in (extra or []):
        hs.append(e)
    return hs

LETTERS = []

def add(d, hs, part, label):
    LETTERS.append((d, hs, part, label))

def D(req, status, positions, note):
    return {"expect": "decided", "request": req, "positions": positions, "status": status, "note": note}

def R(note):
    return {"expect": "review", "note": note}

def I(note):
    return {"expect": "ignored", "note": note}

ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# =========================================================================== 41037 Эммаус
d = T(2, 9, 41)
add(d, headers("yandex", d, PALYCH, "Re: " + DISP_SUBJ["41037"], irt=DISP_MID["41037"]),
    yandex_body("ОПЯТЬ ЗАЯВКУ ПРИСЛАЛИ БЕЗ ТЕЛЕФОНА ОТВЕТСТВЕННОГО КТО НАМ В ЭММАУСЕ КОТЕЛЬНУЮ ОТКРОЕТ В ПРОШЛЫЙ РАЗ ЧАС У ВОРОТ ПРОСТОЯЛИ\nПРОШУ ПИСАТЬ ТЕЛЕФОН В ЗАЯВКЕ СКОЛЬКО МОЖНО\n\nРЯБОВ",
                quote=(REG_AT["41037"], DISPATCH, DISP_TEXT["41037"])),
    R("complaint about missing phone + question; nothing reported (request text only in quote)"))

d = T(2, 10, 5)
add(d, headers("yandex", d, PALYCH, "41037"),
    yandex_body("ЗАЯВКУ 41037 ПРИНЯЛ В РАБОТУ ПОЕДЕТ КУЗНЕЦОВ С НАПАРНИКОМ ПОСЛЕ ОБЕДА\nТЕЛ ДЕНИСА 8 915 730 41 12\n\n" + SIG_PALYCH, html_only=True),
    D("41037", ACC, [], "accepted; plan to go after lunch is extra; phone 8 915 730 41 12 is not a request"))

d = T(2, 13, 38)
add(d, headers("k9", d, DENIS, "заявка 41037"),
    k9_body("Добрый день выехали в эммаус по заявке 4 1 0 3 7 будем минут через 40 точка"),
    D("41037", WAY, [], "voice: number split as 4 1 0 3 7, 'точка' left as a word; travelling now"))

d = T(2, 14, 31)
add(d, headers("k9", d, DENIS, "эммаус 41037"),
    k9_body("на месте позиции один и два котлы смотрим на первом ошибка 4а горелка не стартует запятая по второму то делаем"),
    D("41037", ON, ["1", "2"], "voice: positions spelled 'один и два'; 'ошибка 4а' is an error code"))

d = T(2, 17, 12)
add(d, headers("yandex", d, PALYCH, "41037 П1 П2", charset="windows-1251"),
    yandex_body("41037 П1 П2 ГОТОВО НА ПЕРВОМ КОТЛЕ ЗАМЕНИЛИ ЭЛЕКТРОД РОЗЖИГА ОШИБКА 4A УШЛА НА ВТОРОМ ТО СДЕЛАЛИ ОБА КОТЛА В РАБОТЕ РЕБЯТА УЕХАЛИ\nГРПШ П3 ЗАВТРА С УТРА\n\nРЯБОВ",
                charset="windows-1251"),
    D("41037", OFF, ["1", "2"], "П1 П2 done and crew left; П3 only planned for tomorrow"))

d = T(3, 12, 58)
fw_d = T(3, 12, 41)
den_txt = "ольга николаевна перешлите пожалуйста диспетчерам у меня их адрес не сохранился в телефоне заявка 41037 третья позиция грпш настройку проверили пзк и пск отрегулировали все закончили уехали в 12 30"
add(d, headers("outlook", d, ZUEVA, "FW: грпш эммаус", charset="windows-1251"),
    outlook_body("Добрый день!\nПересылаю сообщение нашего механика по заявке № 41037, у него в телефоне не сохранился ваш адрес.\n\n" + SIG_ZUEVA,
                 block=outlook_block_plain(fw_d, DENIS, "zueva@gto-tver.ru", "грпш эммаус"),
                 block_text=den_txt + K9_SIG),
    D("41037", OFF, ["3"], "Outlook forward (От:/Отправлено:) of the mechanic's voice message: 3rd position finished, left 12:30; INN/KPP/bank details in signature"))

# =========================================================================== 41112 Конаково
d = T(3, 12, 5)
m_f = mid_yandex()
f_text = "ПРИНЯТО ПОЕДЕТ КУЗНЕЦОВ ИЗ ЭММАУСА КАК ЗАКОНЧИТ"
add(d, headers("yandex", d, PALYCH, "Re: " + DISP_SUBJ["41112"], irt=DISP_MID["41112"], mid=m_f),
    yandex_body(f_text, quote=(REG_AT["41112"], DISPATCH, DISP_TEXT["41112"])),
    D("41112", ACC, [], "number only in Re: subject and quote; 'ПРИНЯТО'"))

d = T(3, 13, 10)
add(d, headers("gmail", d, DENIS_G, "41112 конаково"),
    gmail_body("из эммауса выехал в конаково по заявке 41112 на гэ эр пэ школа номер три будем около 14:30"),
    D("41112", WAY, [], "left FROM Эммаус (other request) TO Конаково: on the way for 41112; 'гэ эр пэ' = ГРП"))

d = T(3, 16, 52)
add(d, headers("yandex", d, PALYCH, "Re: Re: " + DISP_SUBJ["41112"], irt=m_f, refs=DISP_MID["41112"] + " " + m_f),
    yandex_body("41112 ПОЗ 1 ОСМОТР ГРПШ ЗАКОНЧИЛИ ЗАМЕЧАНИЙ НЕТ ФИЛЬТР ПРОДУЛИ НА ВЫХОДЕ 2,0 КПА " + lat("БРИГАДА УБЫЛА", "РА") + " 16 30",
                quote=(T(3, 12, 5, 0), PALYCH, f_text + "\n\n" + yandex_qhdr(REG_AT["41112"], DISPATCH) + "\n" + qlines(DISP_TEXT["41112"]))),
    D("41112", OFF, ["1"], "'БPИГAДA УБЫЛA' with Latin P/A look-alikes; quote holds the old 'ПРИНЯТО'"))

d = T(4, 10, 0)
add(d, headers("outlook", d, DIRECTOR, "Автоматический ответ: Сводка по открытым заявкам ГазТехОбслуживание на 04.11.2026",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], charset="windows-1251"),
    outlook_body("Здравствуйте!\nС 02.11.2026 по 13.11.2026 нахожусь в командировке, доступ к почте ограничен.\nПо оперативным вопросам: главный механик Рябов В.П., 8-910-534-18-07.\nПо финансовым вопросам: бухгалтерия, buh@gto-tver.ru, (4822) 41-20-38 доб. 2.\n\nШевченко А.И., директор ООО «ГазТехОбслуживание»"),
    I("out-of-office auto-reply (Auto-Submitted: auto-replied) from the director"))

# =========================================================================== 41203 Кимры
d = T(5, 8, 52)
add(d, headers("k9", d, DENIS, "Re: " + DISP_SUBJ["41203"], irt=DISP_MID["41203"]),
    k9_body("Здравствуйте заявку 41 203 приняли сегодня поедем", quote=(REG_AT["41203"], DISPATCH, DISP_TEXT["41203"])),
    D("41203", ACC, [], "number split '41 203' by voice input; acceptance"))

d = T(5, 10, 24)
add(d, headers("k9", d, DENIS, "кимры"),
    k9_body("четыре один два ноль три выехали в кимры запятая будем через час примерно"),
    D("41203", WAY, [], "number dictated digit by digit as words; 'запятая' left in"))

d = T(5, 11, 40)
add(d, headers("yandex", d, PALYCH, "Re: " + DISP_SUBJ["41203"], irt=DISP_MID["41203"]),
    yandex_body("КИМРЫ САДИК НА МЕСТЕ ЗАВХОЗ ВСТРЕТИЛА РАБОТАЮТ", html_only=True,
                quote=(REG_AT["41203"], DISPATCH, DISP_TEXT["41203"])),
    D("41203", ON, [], "number only in Re: subject/quote; HTML-only"))

d = T(5, 14, 5)
add(d, headers("gmail", d, DENIS_G, "41203"),
    gmail_body("по первой позиции котел бакси поменяли датчик тяге все работает точка по второй дымоход завтра нужна лестница высокая"),
    D("41203", OFF, ["1"], "pos 1 done ('поменяли... все работает'), pos 2 only planned"))

d = T(6, 9, 47)
add(d, headers("k9", d, DENIS, "41 230"),
    k9_body("заявка 41 230 мы на месте дымоход смотрим ждем завхоза с ключом от чердака"),
    R("41230 is not in the registry (probably 41203 misdictated) — cannot be recorded with confidence"))

d = T(6, 13, 20)
add(d, headers("yandex", d, PALYCH, "41203 ПОЗ 2", charset="windows-1251"),
    yandex_body("41203 ПОЗ 2 ДЫМОХОД ПРОЧИСТИЛИ ТЯГА В НОРМЕ АКТ ЗАВХОЗУ ОТДАЛИ УБЫЛИ", charset="windows-1251"),
    D("41203", OFF, ["2"], "windows-1251; 'УБЫЛИ'"))

# =========================================================================== 41258 Торжок
d = T(6, 10, 38)
m_p = mid_outlook()
add(d, headers("outlook", d, ZUEVA, "RE: " + DISP_SUBJ["41258"], cc=[PALYCH], irt=DISP_MID["41258"], mid=m_p, charset="windows-1251"),
    outlook_body("Добрый день!\nЗаявка № 41258 принята в работу. Ответственный — главный механик Рябов Виктор Павлович, тел. 8-910-534-18-07.\nВыезд бригады планируется на понедельник 09.11.2026.\nРаботы выполняются в рамках договора № 14/ТО-2026 от 12.01.2026 (приложение № 2, п. 4).\n\n" + SIG_ZUEVA,
                 block=outlook_block_plain(REG_AT["41258"], DISPATCH, "zueva@gto-tver.ru; vp.ryabov57@yandex.ru", DISP_SUBJ["41258"]),
                 block_text=DISP_TEXT["41258"]),
    D("41258", ACC, [], "accepted by accountant; 'п. 4' is a contract clause, not position 4; 'д. 41' in quote"))

d = T(6, 11, 2)
add(d, headers("yandex", d, PALYCH, "41258 ТОРЖОК ВОПРОС"),
    yandex_body("ПО ТОРЖКУ 41258 КТО ОТКРОЕТ КОТЕЛЬНУЮ В ПОНЕДЕЛЬНИК ДАЙТЕ ТЕЛЕФОН ЗАВХОЗА ИЛИ ОПЕРАТОРА\nИ НУЖЕН ПРОПУСК НА ТЕРРИТОРИЮ НА ГАЗЕЛЬ Н 482 ОТ 69 ВОДИТЕЛЬ СОКОЛОВ\n\n" + SIG_PALYCH),
    R("questions (who opens, pass for car Н482ОТ69); no status"))

d = T(9, 9, 8)
add(d, headers("yandex", d, PALYCH, "ТОРЖОК 41258"),
    yandex_body("БРИГАДА НА МЕСТЕ С 9 00 ЧЕТЫРЕ ЧЕЛОВЕКА ОПЕРАТОР ПУСТИЛ"),
    D("41258", ON, [], "crew on site since 9:00; 'ЧЕТЫРЕ ЧЕЛОВЕКА' is headcount, not positions"))

d = T(9, 16, 5)
rows = [("1", "Котёл Viessmann Vitocrossal 300 № 1", "работы выполнены, бригада убыла", "15:20"),
        ("2", "Котёл Viessmann Vitocrossal 300 № 2", "работы выполнены, бригада убыла", "15:20"),
        ("3", "Котёл Viessmann Vitocrossal 300 № 3", "перенос на 10.11.2026", "—"),
        ("4", "Котёл Viessmann Vitocrossal 300 № 4", "перенос на 10.11.2026", "—")]
intro = "Добрый день!\nСводка по заявке № 41258 (Торжок, поликлиника) на 16:00 09.11.2026, со слов главного механика Рябова В.П.:"
ptable = "\n".join("%s\t%s\t%s\t%s" % r for r in [("Позиция", "Оборудование", "Статус", "Время")] + rows)
outro = "Счёт на материалы выставим после завершения всех позиций."
tbl = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">'
       "<tr><td><b>Позиция</b></td><td><b>Оборудование</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>"
       + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(esc(x) for x in r) for r in rows) + "</table>")
html = "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % esc(l) for l in intro.split("\n")) + tbl + \
       "<p class=MsoNormal>%s</p>" % esc(outro) + "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;") for l in ("\n" + SIG_ZUEVA).split("\n"))
add(d, headers("outlook", d, ZUEVA, "Заявка № 41258 – сводка на 09.11.2026", cc=[PALYCH], charset="windows-1251"),
    outlook_body(intro + "\n\n" + ptable + "\n\n" + outro + "\n\n" + SIG_ZUEVA, html_override=html),
    D("41258", OFF, ["1", "2"], "HTML table, one row per position: 1 and 2 finished/left, 3 and 4 only postponed"))

d = T(10, 12, 30)
add(d, headers("k9", d, DENIS, "41258 торжок"),
    k9_body("по торжку 41258 по третьей позиции закончили а на четвертой еще работаем горелку разобрали Саня на месте остался"),
    R("different statuses: pos 3 finished, pos 4 still on site"))

d = T(10, 16, 45)
add(d, headers("yandex", d, PALYCH, "41258"),
    yandex_body("41258 ПО 3-Й И 4-Й ПОЗИЦИИ ЗАКОНЧИЛИ ВСЕ 4 КОТЛА В РАБОТЕ ИЗ ТОРЖКА УЕХАЛИ В 16 20\n\nРЯБОВ"),
    D("41258", OFF, ["3", "4"], "'3-Й И 4-Й ПОЗИЦИИ'; 'ИЗ ТОРЖКА УЕХАЛИ' = left the site"))

# =========================================================================== 41306 Редкино
d = T(9, 13, 55)
add(d, headers("yandex", d, PALYCH, "Re: " + DISP_SUBJ["41306"], irt=DISP_MID["41306"]),
    yandex_body("ПРИНЯЛИ ПОСМОТРИМ В СРЕДУ СИГНАЛИЗАТОРЫ СЗ-1 И СЗ-2 ВЕЗЕМ С СОБОЙ", quote=(REG_AT["41306"], DISPATCH, DISP_TEXT["41306"])),
    D("41306", ACC, [], "accepted; visit on Wednesday is a plan; СЗ-1/СЗ-2 are device models"))

d = T(11, 10, 7)
m_z = mid_k9()
z_text = "Доброе утро на месте в дк редкино по сакс меняем сигнализатор сз 1 запятая старый не калибруется"
add(d, headers("k9", d, DENIS, "41306 (1)", mid=m_z),
    k9_body(z_text),
    D("41306", ON, ["1"], "position in brackets in subject; 'сакс' = САКЗ (voice)"))

d = T(13, 12, 10)
add(d, headers("k9", d, DENIS, "Re: 41306 (1)", irt=m_z),
    k9_body("по второй позиции клапан кзэу проверили сработку от сигнализатора все в норме убили с объекта в 11 50",
            quote=(T(11, 10, 7, 0), DENIS, z_text + K9_SIG)),
    D("41306", OFF, ["2"], "voice slip 'убили' = убыли; body names position 2 although the Re: subject says (1)"))

d = T(13, 17, 50)
add(d, headers("yandex", d, PALYCH, "ЗА НЕДЕЛЮ"),
    yandex_body("ЗА НЕДЕЛЮ ПО 41306 И 41377 ВСЕ РАБОТЫ ЗАКОНЧЕНЫ ОБЪЕКТЫ СДАНЫ АКТЫ ПРИВЕЗУ В ПОНЕДЕЛЬНИК\n\n" + SIG_PALYCH),
    R("two different requests in one letter"))

# =========================================================================== 41377 Вышний Волочёк
d = T(10, 9, 40)
disp_377_mid = DISP_MID["41377"]
rr_body = ("Ваше сообщение\n\n    Кому: Зуева Ольга Николаевна\n    Тема: %s\n    Отправлено: 10.11.2026 9:05\n\nбыло прочитано 10.11.2026 9:40." % DISP_SUBJ["41377"])
mdn = ("Reporting-UA: zueva-pc.gto-tver.local; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;zueva@gto-tver.ru\n"
       "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % disp_377_mid)
add(d, headers("outlook", d, ZUEVA, "Прочитано: " + DISP_SUBJ["41377"], charset="windows-1251"),
    multi("report", [leaf("text/plain", rr_body, "windows-1251", "quoted-printable"),
                     raw_leaf("message/disposition-notification", mdn.encode(), "7bit")],
          params=" report-type=disposition-notification;"),
    I("read receipt (MDN) from Outlook"))

d = T(10, 9, 48)
add(d, headers("outlook", d, ZUEVA, "Заявка № 41377 — принята к исполнению", charset="windows-1251"),
    outlook_body("Добрый день.\nСообщаем, что заявка № 41377 (столовая, г. Вышний Волочёк, ул. Московская, д. 58) принята ООО «ГазТехОбслуживание» к исполнению.\nОснование: договор № 14/ТО-2026 от 12.01.2026, дополнительное соглашение № 3 от 01.10.2026.\nВыезд — 11.11.2026.\n\n" + SIG_ZUEVA),
    D("41377", ACC, [], "formal acceptance; many non-request numbers (contract, agreement, house 58)"))

d = T(11, 11, 15)
m_aa = mid_yandex()
aa_text = "НА МЕСТЕ ПЛИТЫ П1 П2 СМОТРИМ СТОЛОВАЯ РАБОТАЕТ ГАЗ ПЕРЕКРЫВАТЬ ДАЮТ ТОЛЬКО ПОСЛЕ ОБЕДА"
add(d, headers("yandex", d, PALYCH, "41377 П1 П2 ВОЛОЧЕК", mid=m_aa),
    yandex_body(aa_text, html_only=True),
    D("41377", ON, ["1", "2"], "HTML-only; positions П1 П2"))

d = T(11, 15, 20)
disp_ack = "Принято. По завершении работ прошу сообщить.\n\nКоротаева Е.К.\nДиспетчерская служба ОМИС"
disp_ack_mid = mid_disp("41377", 2)
add(d, headers("yandex", d, PALYCH, "Re: 41377 П1 П2 ВОЛОЧЕК", irt=disp_ack_mid, refs=m_aa + " " + disp_ack_mid),
    yandex_body("ПЛИТЫ ОБЕ ГОТОВЫ НА ПЕРВОЙ ПОМЕНЯЛИ ТЕРМОПАРУ И КРАН НА ВТОРОЙ ЧИСТКА ГОРЕЛОК\nКОТЕЛ ПИЩЕВАРОЧНЫЙ ЗАВТРА С УТРА",
                quote=(T(11, 11, 32, 0), DISPATCH, disp_ack + "\n\n" + yandex_qhdr(T(11, 11, 15, 0), PALYCH) + "\n" + qlines(aa_text))),
    D("41377", OFF, ["1", "2"], "'ПЛИТЫ ОБЕ ГОТОВЫ' (plates = positions 1,2 per subject); boiler (pos 3) planned; quote has old НА МЕСТЕ"))

d = T(12, 13, 30)
bat_fwd = ("Добрый день!\nПересылаю по просьбе Виктора Павловича, заявка 41377.\n\n"
           "===8<==============Текст исходного сообщения===============\n"
           "От: Рябов Виктор Павлович <vp.ryabov57@yandex.ru>\nКому: buh@gto-tver.ru\nДата: 12.11.2026 13:12\nТема: 41377 П3\n\n"
           "ОЛЯ ПЕРЕШЛИ ДИСПЕТЧЕРАМ И ВЫСТАВЛЯЙ СЧЕТ ПО 41377\n41377 П3 КОТЕЛ ПИЩЕВАРОЧНЫЙ КПГ-100 СДЕЛАЛИ АВТОМАТИКУ БЕЗОПАСНОСТИ ПРОВЕРИЛИ ЗАПАЛЬНИК ПОЧИСТИЛИ РЕБЯТА ИЗ ВОЛОЧКА УЕХАЛИ\n"
           "===8<===========Конец текста исходного сообщения===========\n\n" + SIG_BUH)
add(d, headers("thebat", d, BUH, "Fwd: 41377 П3", charset="koi8-r"),
    thebat_body(bat_fwd, "8bit"),
    D("41377", OFF, ["3"], "The Bat! forward, KOI8-R 8bit: forwarded report says П3 done, crew left; invoice request is side talk"))

# =========================================================================== 41420 авария Лихославль
d = T(12, 6, 58)
add(d, headers("yandex", d, PALYCH, "Re: " + DISP_SUBJ["41420"], irt=DISP_MID["41420"]),
    yandex_body("ПРИНЯЛ АВАРИЙКУ СОБИРАЮ БРИГАДУ", quote=(REG_AT["41420"], DISPATCH, DISP_TEXT["41420"])),
    D("41420", ACC, [], "emergency accepted; number in Re: subject and quote"))

d = T(12, 7, 16)
add(d, headers("yandex", d, PALYCH, "41420", charset="windows-1251"),
    yandex_body("41420 ЕЩЕ НЕ ВЫЕХАЛИ ГАЗЕЛЬ НЕ ЗАВЕЛАСЬ ПОЕДЕТ ДЕНИС НА СВОЕЙ МАШИНЕ МИНУТ ЧЕРЕЗ 20\nОПЕРАТОРУ СКАЖИТЕ ЧТОБЫ КРАН НА ВВОДЕ ЗАКРЫЛА И СВЕТ НЕ ВКЛЮЧАЛА", charset="windows-1251"),
    R("negation 'ЕЩЕ НЕ ВЫЕХАЛИ' + plan; nothing happened yet"))

d = T(12, 7, 44)
m_ae = mid_k9()
ae_text = "выехали на аварию 4 1 4 2 0 лихославль выезд в 7:40 будем минут через 50 у Палыча газель не завелась едем на моей"
add(d, headers("k9", d, DENIS, "41420 выехали", mid=m_ae),
    k9_body(ae_text),
    D("41420", WAY, [], "number as separate digits; 'выезд в 7:40'"))

d = T(12, 8, 39)
disp_ae = "Денис, принято. Оператор на месте, кран на вводе закрыт. Смирнова Г.В. 8-930-172-46-05."
disp_ae_mid = mid_disp("41420", 2)
add(d, headers("k9", d, DENIS, "Re: 41420 выехали", irt=disp_ae_mid, refs=m_ae + " " + disp_ae_mid),
    k9_body("на месте запах есть у фланца перед счетчиком перекрыли кран на вводе котельная стоит",
            quote=(T(12, 7, 51, 0), DISPATCH, disp_ae + "\n\n" + k9_qhdr(T(12, 7, 44, 0), DENIS) + "\n" + qlines(ae_text))),
    D("41420", ON, [], "Re: subject still says 'выехали', body reports arrival"))

d = T(12, 12, 25)
add(d, headers("yandex", d, PALYCH, "41420 ЛИХОСЛАВЛЬ"),
    yandex_body("АВАРИЯ 41420 УТЕЧКУ УСТРАНИЛИ ПРОКЛАДКУ НА ФЛАНЦЕ ПЕРЕД СЧЕТЧИКОМ ПОМЕНЯЛИ ОПРЕССОВКУ СДЕЛАЛИ ГАЗ ПУСТИЛИ КОТЛЫ В РАБОТЕ\nБРИГАДА ОСВОБОДИЛАСЬ ЕДУТ НА БАЗУ", html_only=True),
    D("41420", OFF, [], "'БРИГАДА ОСВОБОДИЛАСЬ ЕДУТ НА БАЗУ' = left the site (going to base, not to site)"))

# =========================================================================== bulk 1
d = T(13, 9, 30)
news1 = ("Уважаемые партнёры!\n\nДо 30 ноября 2026 года действует скидка 10% на сезонное техническое обслуживание газовых котлов "
         "мощностью до 100 кВт и проверку сигнализаторов загазованности.\n\n• ТО настенного котла — от 4 500 руб.\n"
         "• ТО напольного котла — от 7 800 руб.\n• Поверка счётчиков газа G4–G65 — под ключ\n\n"
         "Заявки: +7 (4822) 41-20-38, info@gto-tver.ru\n\nООО «ГазТехОбслуживание», 170100, г. Тверь, ул. Вагжанова, 14\n"
         "Вы получили это письмо, так как являетесь клиентом ООО «ГазТехОбслуживание». Отписаться: https://gto-tver.ru/unsubscribe?u=41377af02")
news1_html = "<html><body style=\"font-family:Arial\"><h2>Сезонное ТО газовых котлов — скидка 10%</h2>" + \
    "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in news1.split("\n\n")) + "</body></html>"
add(d, headers("outlook", d, INFO, "Сезонное ТО газовых котлов: скидка 10% до 30 ноября", mid="<u-%d.%d@unisender.gto-tver.ru>" % (random.randint(10**6, 10**7), random.randint(10**6, 10**7)),
               extra=[("List-Unsubscribe", "<https://gto-tver.ru/unsubscribe?u=41377af02>, <mailto:unsubscribe@gto-tver.ru?subject=unsubscribe>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                      ("List-Id", "<clients.gto-tver.ru>")]),
    multi("alternative", [leaf("text/plain", news1, "utf-8", "quoted-printable"), leaf("text/html", news1_html, "utf-8", "base64")]),
    I("marketing newsletter (Precedence: bulk, List-Unsubscribe)"))

# =========================================================================== 41489 Бежецк
d = T(13, 11, 5)
add(d, headers("k9", d, DENIS, "41 489"),
    k9_body("по заявке 41 489 в понедельник с утра выедем клапан со склада забрали прокладок нет купим по дороге"),
    R("plan only ('в понедельник выедем'), no acceptance/travel reported"))

d = T(16, 7, 58)
add(d, headers("gmail", d, DENIS_G, "Re: " + DISP_SUBJ["41489"], irt=DISP_MID["41489"]),
    gmail_body("выехали в бежецк будем к десяти", quote=(REG_AT["41489"], DISPATCH, DISP_TEXT["41489"])),
    D("41489", WAY, [], "Gmail reply, number in Re: subject/quote"))

d = T(16, 10, 12)
add(d, headers("yandex", d, PALYCH, "БЕЖЕЦК 41489"),
    yandex_body("РЕБЯТА НА МЕСТЕ ЗВОНИЛИ КЛАПАН ОТСЕКАТЕЛЬ КЗГЭМ-У ДУ50 СНИМАЮТ", html_only=True),
    D("41489", ON, [], "HTML-only; chief relays crew call; DN50 is a size"))

d = T(16, 15, 30)
aq_den = ("ольга николаевна для диспетчеров заявка 41489 позиция 1 клапан кзгэм у ду 50 поменяли проверили на герметичность все норм "
          "а по второй позиции прокладки нет паронит на 50 надо купить и счет на клапан выставьте")
aq = ("Добрый день!\nПересылаю информацию от механика Кузнецова Д. по заявке 41489 (Бежецк). Коротко: по п.1 клапан заменён, по п.2 ждём прокладку.\n\n"
      + SIG_ZUEVA + "\n\n-----Исходное сообщение-----\nОт: Денис Кузнецов [mailto:d.kuznetsov@gto-tver.ru]\n"
      "Отправлено: 16 ноября 2026 г. 15:12\nКому: zueva@gto-tver.ru\nТема: бежецк\n\n" + aq_den + K9_SIG)
add(d, headers("outlook", d, ZUEVA, "FW: бежецк", charset="windows-1251"),
    leaf("text/plain", aq, "windows-1251", "quoted-printable"),
    D("41489", OFF, ["1"], "plain-text Outlook forward '-----Исходное сообщение-----'; п.1 replaced (done), п.2 waits for gasket"))

d = T(19, 12, 40)
add(d, headers("k9", d, DENIS, "41489 поз2"),
    k9_body("прокладку привезли клапан на втором вводе поставили опрессовали все работает уезжаем с объекта"),
    D("41489", OFF, ["2"], "'поз2' in subject; done, leaving the site now"))

# =========================================================================== 41515 Ржев
d = T(16, 8, 35)
add(d, headers("yandex", d, PALYCH, "41515"),
    yandex_body("41515 ПРИНЯЛ ПУСКОНАЛАДКУ ДЕЛАЕМ ЗАВТРА 17.11 ГАЗ ПУСТЬ ГОРГАЗ ДАСТ С 8 00"),
    D("41515", ACC, [], "accepted; date 17.11 and time are not request numbers"))

d = T(16, 14, 20)
ap = ("Добрый день!\nПо заявке № 41515: пусконаладочные работы не входят в перечень работ по договору № 14/ТО-2026 от 12.01.2026 (приложение № 1).\n"
      "Просим согласовать дополнительное соглашение № 5, стоимость работ 48 600,00 руб., в т.ч. НДС 20% — 8 100,00 руб.\n"
      "Проект ДС направим отдельным письмом. Без подписанного ДС закрыть акт по заявке не сможем.\n\n" + SIG_ZUEVA +
      "\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nSent: Monday, November 16, 2026 8:00 AM\n"
      "To: vp.ryabov57@yandex.ru; zueva@gto-tver.ru\nSubject: " + DISP_SUBJ["41515"] + "\n\n" + DISP_TEXT["41515"])
add(d, headers("outlook", d, ZUEVA, "RE: " + DISP_SUBJ["41515"], irt=DISP_MID["41515"], charset="windows-1251"),
    leaf("text/plain", ap, "windows-1251", "quoted-printable"),
    R("price/contract talk (additional agreement, 48 600 руб.), no status"))

d = T(17, 9, 0)
ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Зуева Ольга Николаевна:mailto:zueva@gto-tver.ru\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Сверка взаиморасчётов по договору 14/ТО-2026\n"
       "DTSTART;TZID=Russian Standard Time:20261119T110000\nDTEND;TZID=Russian Standard Time:20261119T120000\n"
       "UID:040000008200E00074C5B7101A82E00800000000%016X\nDTSTAMP:20261117T060000Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n" % random.getrandbits(64))
add(d, headers("outlook", d, ZUEVA, "Принято: Сверка взаиморасчётов по договору 14/ТО-2026", charset="windows-1251",
               extra=[("Content-Class", "urn:content-classes:calendarmessage")]),
    multi("alternative", [leaf("text/plain", "", "windows-1251", "quoted-printable"),
                          leaf("text/calendar", ics, "utf-8", "base64", extra=[])]),
    I("Outlook calendar meeting response (METHOD:REPLY, accepted)"))
# fix content-type of calendar part to carry method=REPLY
LETTERS[-1][2]["parts"][1]["ctype_line"] = 'text/calendar; charset="utf-8"; method=REPLY'

d = T(17, 9, 22)
add(d, headers("k9", d, DENIS, "#41515 ржев"),
    k9_body(lat("на месте", "асе") + " в ржеве котельная школы газ дали начинаем пусконаладку"),
    D("41515", ON, [], "'нa мecтe' with Latin a/c/e look-alikes; '#' in subject"))

d = T(17, 17, 5)
add(d, headers("k9", d, DENIS, "41515"),
    k9_body("по первой и второй позиции котлы запустили режимную карту сделали уезжаем на базу третий завтра газовики кран не открыли"),
    D("41515", OFF, ["1", "2"], "positions 1 and 2 done; 3rd only tomorrow"))

d = T(18, 14, 30)
disp_q = "Виктор Павлович, добрый день!\nПрошу сообщить по 3-му котлу по заявке 41515, когда будет запуск?\n\nКоротаева Е.К."
disp_q_mid = mid_disp("41515", 3)
add(d, headers("yandex", d, PALYCH, "Re: " + DISP_SUBJ["41515"], irt=disp_q_mid),
    yandex_body("41515 П3 ПРИБЫЛИ 8 30 УБЫЛИ 14 10 КОТЕЛ 3 В РАБОТЕ РЕЖИМКА ЕСТЬ", quote=(T(18, 12, 2, 0), DISPATCH, disp_q), bottom=True),
    D("41515", OFF, ["3"], "answer written UNDER the quote; arrival and departure both done -> latest = убыл"))

# =========================================================================== 41602 Осташков
d = T(18, 14, 33)
add(d, headers("k9", d, DENIS, "Re: " + DISP_SUBJ["41602"], irt=DISP_MID["41602"]),
    k9_body("заявку четыре один шесть ноль два приняли счетчик заберем на поверку в пятницу", quote=(REG_AT["41602"], DISPATCH, DISP_TEXT["41602"])),
    D("41602", ACC, [], "number dictated as words; pickup on Friday is a plan"))

d = T(19, 8, 20)
clar = "Уточнение по заявке № 41602: вход в котельную со двора, ключ у дежурного администратора Лебедевой О.П., 8-910-840-61-02." + DSIG
clar_mid = mid_disp("41602", 2)
bounce_txt = ("This is the mail system at host mail.gto-tver.ru.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n<mehanik@gto-tver.ru>: host mail.gto-tver.ru[private/dovecot-lmtp] said: 552\n"
              "    5.2.2 <mehanik@gto-tver.ru> Quota exceeded (mailbox for user is full) (in\n    reply to end of DATA command)\n")
dsn = ("Reporting-MTA: dns; mail.gto-tver.ru\nX-Postfix-Queue-ID: 4Ht7Kq2Zb1z41602\nX-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru\n"
       "Arrival-Date: Thu, 19 Nov 2026 08:19:51 +0300 (MSK)\n\nFinal-Recipient: rfc822; mehanik@gto-tver.ru\nOriginal-Recipient: rfc822;mehanik@gto-tver.ru\n"
       "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 <mehanik@gto-tver.ru> Quota exceeded (mailbox\n    for user is full)\n")
orig = render([("From", h_addr(DISPATCH)), ("To", "mehanik@gto-tver.ru, vp.ryabov57@yandex.ru"),
               ("Subject", h_text(DISP_SUBJ["41602"] + " — уточнение адреса")), ("Date", date_hdr(T(19, 8, 19, 50))),
               ("Message-ID", clar_mid)], leaf("text/plain", clar, "utf-8", "base64")).replace(b"\r\n", b"\n")
add(d, headers("outlook", d, DAEMON, "Undelivered Mail Returned to Sender", mid="<20261119052001.8C3A1E0041@mail.gto-tver.ru>",
               extra=[("Auto-Submitted", "auto-replied")]),
    multi("report", [raw_leaf("text/plain; charset=us-ascii", bounce_txt.encode(), "7bit", extra=["Content-Description: Notification"]),
                     raw_leaf("message/delivery-status", dsn.encode(), None, extra=["Content-Description: Delivery report"]),
                     raw_leaf("message/rfc822", orig, "8bit", extra=["Content-Description: Undelivered Message"])],
          params=" report-type=delivery-status;"),
    I("Postfix bounce: mailbox over quota; original dispatch letter about 41602 attached"))
# the bounce is a plain Postfix message, not Outlook: drop Outlook-specific headers
LETTERS[-1] = (LETTERS[-1][0], [h for h in LETTERS[-1][1] if h[0] not in ("X-Mailer", "Thread-Index", "Content-Language")], LETTERS[-1][2], LETTERS[-1][3])

d = T(19, 9, 10)
add(d, headers("yandex", d, PALYCH, "Re: " + DISP_SUBJ["41602"] + " — уточнение адреса", irt=clar_mid),
    yandex_body("СПАСИБО ПОЛУЧИЛ", quote=(T(19, 8, 19, 50), DISPATCH, clar)),
    R("acknowledgement of dispatcher's own message, no status"))

d = T(20, 11, 5)
add(d, headers("gmail", d, DENIS_G, "41602 осташков"),
    gmail_body("на месте счетчик rvg g 65 заводской номер 0 2 4 5 7 8 1 3 сняли пломба 004 5871 ставим вставку потом повезем в цсм"),
    D("41602", ON, [], "serial and seal numbers are not requests; still working (ставим вставку)"))

d = T(20, 15, 2)
pal_txt = "ОЛЯ ПЕРЕШЛИ В ДИСПЕТЧЕРСКУЮ И ЗАКРЫВАЙ АКТ\n41602 СЧЕТЧИК СНЯЛИ ОТВЕЗЛИ В ЦСМ НА ПОВЕРКУ ВСТАВКУ ПОСТАВИЛИ ГАЗ ПУЩЕН РЕБЯТА УЕХАЛИ С ОСТАШКОВА В 13 40"
add(d, headers("outlook", d, ZUEVA, "FW: 41602 ОСТАШКОВ", charset="windows-1251"),
    outlook_body("Добрый день!\nПересылаю от Рябова В.П. Завершение работ по заявке № 41602 — 13:40.\n\n" + SIG_ZUEVA,
                 block=outlook_block_plain(T(20, 14, 51, 0), PALYCH, "zueva@gto-tver.ru", "41602 ОСТАШКОВ"), block_text=pal_txt),
    D("41602", OFF, [], "Outlook forward of chief's caps message: crew left Осташков 13:40"))

# =========================================================================== 41674 ФАП Медное
d = T(20, 9, 34)
add(d, headers("yandex", d, PALYCH, "НАРЯД 41674", charset="windows-1251"),
    yandex_body("ПРИНЯЛ 41674 ФАП МЕДНОЕ ПОЕДЕМ В ПОНЕДЕЛЬНИК С УТРА КОТЕЛ И КОЛОНКА", charset="windows-1251"),
    D("41674", ACC, [], "'НАРЯД 41674' in subject; acceptance, plan for Monday"))

d = T(23, 8, 17)
add(d, headers("k9", d, DENIS, "41674"),
    k9_body("едем в медное в фап будем через полчаса"),
    D("41674", WAY, [], "number only in subject; 'едем ... будем через полчаса'"))

d = T(23, 9, 2)
add(d, headers("k9", d, DENIS, ""),
    k9_body("приехали в фап медное фельдшер открыла начинаем с котла"),
    R("no request number anywhere (empty subject)"))

d = T(23, 12, 44)
add(d, headers("yandex", d, PALYCH, "41674 ГОТОВО"),
    yandex_body("41674 П1 КОТЕЛ НАВЕСНОЙ ПОЧИСТИЛИ ТЕПЛООБМЕННИК П2 КОЛОНКУ ТОЖЕ СДЕЛАЛИ РЕБЯТА ВЫЕХАЛИ С ФАПА В 12 20\n\n" + SIG_PALYCH),
    D("41674", OFF, ["1", "2"], "'ВЫЕХАЛИ С ФАПА' = left FROM the site"))

# =========================================================================== 41738 бассейн Тверь
d = T(23, 11, 28)
add(d, headers("outlook", d, ZUEVA, "RE: " + DISP_SUBJ["41738"], irt=DISP_MID["41738"], charset="windows-1251"),
    outlook_body("Добрый день!\nОбращение № 41738 принято, передано главному механику. Выезд — 24.11.2026 с 9:00.\n"
                 "Обращаем внимание: сервопривода Siemens SQN31.401A2700 для горелки котла № 2 на складе нет, стоимость и сроки сообщим дополнительно.\n\n" + SIG_ZUEVA,
                 block=outlook_block_plain(REG_AT["41738"], DISPATCH, "zueva@gto-tver.ru; vp.ryabov57@yandex.ru", DISP_SUBJ["41738"]),
                 block_text=DISP_TEXT["41738"]),
    D("41738", ACC, [], "'Обращение № 41738 принято' for the whole request; SQN model and 'котла № 2' are side info"))

d = T(24, 9, 12)
add(d, headers("k9", d, DENIS, "41738-2"),
    k9_body("на месте горелка второго котла вайсхаупт вл 5 смотрим ошибку сервопривод похоже"),
    D("41738", ON, ["2"], "position after a dash in subject"))

d = T(24, 13, 50)
bi_q1 = "Просим сообщить стоимость сервопривода по заявке 41738 и сроки поставки."
bi_q2 = "Также прошу подтвердить, входит ли замена в абонентское обслуживание."
bi = ("Здравствуйте, Елена Константиновна!\n\n24.11.2026 12:31, Вы писали:\n\nЕК> " + bi_q1 + "\n\n"
      "Сервопривод Siemens SQN31.401A2700 — 38 450,00 руб. с НДС, срок поставки 5-7 рабочих дней после оплаты.\n"
      "Счёт № 512 от 24.11.2026 направим после согласования.\n\nЕК> " + bi_q2 + "\n\n"
      "Не входит, оплачивается отдельно согласно п. 5.3 договора № 14/ТО-2026.\n\n" + SIG_BUH)
add(d, headers("thebat", d, BUH, "Re: Заявка № 41738 — стоимость сервопривода", irt=mid_disp("41738", 2), charset="koi8-r"),
    thebat_body(bi, "quoted-printable"),
    R("price talk answered under 'ЕК>' initials quotes; no status"))

d = T(24, 16, 5)
add(d, headers("yandex", d, PALYCH, "41738 ГОРЕЛКА 2"),
    yandex_body("ГОРЕЛКУ 2 ОТРЕГУЛИРОВАЛИ СЕРВОПРИВОД ПОСТАВИЛИ ВРЕМЕННО СВОЙ ИЗ ЗАПАСА ПО ДЫМОВЫМ ГАЗАМ СО 12 PPM\nУЕХАЛИ ИЗ БАССЕЙНА\n\nРЯБОВ"),
    D("41738", OFF, ["2"], "burner 2 = position 2 (subject 'ГОРЕЛКА 2'); 'УЕХАЛИ ИЗ БАССЕЙНА'"))

d = T(24, 9, 31)
news2 = ("Новости ООО «ГазТехОбслуживание» — ноябрь 2026\n\n1. Напоминаем о требованиях Правил пользования газом (ПП РФ № 1091 от 29.05.2023): "
         "ТО ВДГО и ВКГО — не реже 1 раза в год.\n2. С 01.12.2026 меняется телефон аварийной службы: +7 (4822) 41-20-40.\n"
         "3. Открыт приём заявок на поверку счётчиков газа на I квартал 2027 г.\n\nС уважением, ООО «ГазТехОбслуживание»\n"
         "Чтобы отписаться от рассылки, перейдите по ссылке: https://gto-tver.ru/unsubscribe?u=d1spatch")
news2_html = "<html><body><table width=600><tr><td>" + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in news2.split("\n\n")) + "</td></tr></table></body></html>"
add(d, headers("outlook", d, INFO, "Новости ГазТехОбслуживания — ноябрь 2026", mid="<u-%d.%d@unisender.gto-tver.ru>" % (random.randint(10**6, 10**7), random.randint(10**6, 10**7)),
               extra=[("List-Unsubscribe", "<https://gto-tver.ru/unsubscribe?u=d1spatch>"), ("Precedence", "bulk"), ("List-Id", "<clients.gto-tver.ru>")]),
    leaf("text/html", news2_html, "utf-8", "base64"),
    I("newsletter digest (Precedence: bulk), HTML only"))

d = T(25, 8, 40)
add(d, headers("gmail", d, DENIS_G, "41738"),
    gmail_body("по 41738 первая и третья позиция сейчас едем будем минут через 20 точка"),
    D("41738", WAY, ["1", "3"], "on the way now for positions 1 and 3"))

d = T(25, 15, 30)
add(d, headers("k9", d, DENIS, "41738 1 и 3 готово"),
    k9_body("позиции 1 и 3 сделали горелку первого котла настроили автоматику перепрошили все в работе уехали"),
    D("41738", OFF, ["1", "3"], "positions 1 and 3 done, left"))

# =========================================================================== 41809 Старица
d = T(26, 7, 30)
add(d, headers("k9", d, DENIS, "старица"),
    k9_body("выехали в старицу по 41809 будем в 9 15"),
    D("41809", WAY, [], "'выехали в' = travelling to the site; 9 15 is a time"))

d = T(26, 9, 20)
add(d, headers("yandex", d, PALYCH, "СТАРИЦА СОВЕТСКАЯ 9 (41809)"),
    yandex_body("НА МЕСТЕ П1 ВВОД В АДМИНИСТРАЦИЮ ЗАВХОЗ ВСТРЕТИЛ"),
    D("41809", ON, ["1"], "number in brackets after the address (house 9 is not a position)"))

d = T(26, 10, 40)
add(d, headers("k9", d, DENIS, "41809"),
    k9_body("по заявке 41809 на месте позиция 3 шурф откопали изоляцию смотрим"),
    R("position 3 does not exist in 41809 (only 1, 2)"))

d = T(26, 13, 15)
add(d, headers("k9", d, DENIS, "41809 старица"),
    k9_body("по первой позиции закончили уехали с советской на второй на ленина сейчас на месте начинаем"),
    R("different statuses: pos 1 left, pos 2 on site"))

d = T(26, 15, 10)
add(d, headers("yandex", d, PALYCH, "Fwd: старица"),
    yandex_body("ПЕРЕСЫЛАЮ ОТ ДЕНИСА", fwd=(T(26, 14, 38, 0), DENIS, "старица",
                "41809 позиции 1 и 2 все сделали вводы осмотрели изоляцию подкрасили с гаража уехали в 14:30" + K9_SIG)),
    D("41809", OFF, ["1", "2"], "Yandex forward of the mechanic's message: both positions done, left"))

d = T(27, 9, 0)
add(d, headers("yandex", d, PALYCH, "Автоответ: Заявка № 41809 — прошу направить акт",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "yes")]),
    yandex_body("Я В ОТПУСКЕ С 27.11 ПО 11.12 ПО ВСЕМ ВОПРОСАМ ЗВОНИТЕ КУЗНЕЦОВУ ДЕНИСУ 8 915 730 41 12 ИЛИ В ОФИС (4822) 41-20-38"),
    I("Yandex vacation auto-reply (Auto-Submitted: auto-replied)"))

# mailing-list letters are sent by UniSender, not by Outlook
for i, (d_, hs_, part_, lab_) in enumerate(LETTERS):
    if any(h[0] == "Precedence" and h[1] == "bulk" for h in hs_):
        hs_ = [h for h in hs_ if h[0] not in ("X-Mailer", "Thread-Index", "Content-Language")] + [("X-Mailer", "UniSender Mailer 2.4")]
        LETTERS[i] = (d_, hs_, part_, lab_)

# ---------------------------------------------------------------- write
LETTERS.sort(key=lambda x: x[0])
os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
for f in os.listdir(os.path.join(OUT, "letters")):
    os.remove(os.path.join(OUT, "letters", f))
labels = {}
for i, (d, hs, part, label) in enumerate(LETTERS, 1):
    name = "%03d.eml" % i
    with open(os.path.join(OUT, "letters", name), "wb") as fh:
        fh.write(render(hs, part))
    labels[name] = label
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

COMMENTS = {
    "41037": "пос. Эммаус, ул. Школьная 5, котельная: 1 — котёл Buderus №1 (ошибка 4A), 2 — котёл №2 ТО, 3 — ГРПШ-13-2НУ1",
    "41112": "г. Конаково, СОШ №3: 1 — ГРПШ-07-2У1 внеплановый осмотр",
    "41203": "г. Кимры, д/с «Солнышко»: 1 — котёл Baxi Slim, 2 — дымоход",
    "41258": "г. Торжок, поликлиника ЦРБ: 1–4 — котлы Viessmann Vitocrossal №1–4, сезонное ТО",
    "41306": "пос. Редкино, ДК: 1 — сигнализаторы загазованности СЗ-1/СЗ-2, 2 — клапан КЗЭУГ-50",
    "41377": "г. Вышний Волочёк, столовая: 1 — плита ПГ-4 №1, 2 — плита ПГ-4 №2, 3 — котёл пищеварочный КПГ-100",
    "41420": "АВАРИЯ г. Лихославль, котельная: 1 — запах газа",
    "41489": "г. Бежецк, котельная: 1 — клапан-отсекатель ввод №1, 2 — клапан-отсекатель ввод №2",
    "41515": "г. Ржев, СОШ №5: 1–3 — котлы RSA-250 №1–3, пусконаладка",
    "41602": "г. Осташков, котельная: 1 — счётчик газа RVG G65 на поверку",
    "41674": "д. Медное, ФАП: 1 — котёл Navien, 2 — газовая колонка Neva",
    "41738": "г. Тверь, бассейн «Дельфин»: 1 — горелка котла №1, 2 — горелка котла №2, 3 — автоматика",
    "41809": "г. Старица: 1 — газопровод-ввод ул. Советская 9, 2 — газопровод-ввод ул. Ленина 14 (гараж)",
}
reg = {"contractor": {"name": "ООО «ГазТехОбслуживание»",
                      "emails": [PALYCH[1], DENIS[1], DENIS_G[1], ZUEVA[1], BUH[1], DIRECTOR[1], INFO[1], DAEMON[1]],
                      "domains": ["gto-tver.ru"]},
       "requests": [{"number": r, "positions": POSITIONS[r], "registered_at": REG_AT[r].isoformat(), "comment": COMMENTS[r]}
                    for r in sorted(POSITIONS)]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(reg, fh, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
