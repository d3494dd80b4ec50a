#!/usr/bin/env python3
"""Generator for corpus C: contractor's dispatcher who mostly forwards crew messages.

Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
Every message is assembled by hand (bytes) so that each mail client's quirks
(charset, transfer encoding, forward markers) are under control; header encoding
uses email.header / email.charset from the standard library.
"""
import base64
import html
import json
import os
import quopri
import random
import urllib.parse
import uuid
from datetime import datetime, timedelta, timezone

from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(6000)

MSK = timezone(timedelta(hours=3))
CUST = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ---- contractor mailboxes -------------------------------------------------
DISP = ("Диспетчерская ТеплоСервис-Монтаж", "dispatcher@teplo-sm.ru")      # Thunderbird / Outlook
OLGA = ("Ольга Кравченко", "o.kravchenko@teplo-sm.ru")                    # Yandex 360 web / iPhone
GMAIL = ("Ольга Кравченко (ТеплоСервис-Монтаж)", "teplosm.dispatch@gmail.com")
MAILRU = ("Ольга Кравченко", "kravchenko.olga79@mail.ru")
NEWS = ("ТеплоСервис-Монтаж", "news@teplo-sm.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@teplo-sm.ru")

# ---- crews (appear only inside forwards) ----------------------------------
PETROV = ("Сергей Петров", "petrov@teplo-sm.ru")
GULYAEV = ("Гуляев Алексей", "gulyaev.a@teplo-sm.ru")
ZOTOV = ("Дмитрий Зотов", "zotov-d@yandex.ru")
RUSLAN = ("Руслан Хабибуллин", "ruslan.hab@mail.ru")
SAFIN = ("Ильдар Сафин", "safin.brigada3@teplo-sm.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «ТеплоСервис-Монтаж»",
        "emails": [DISP[1], OLGA[1], GMAIL[1], MAILRU[1], NEWS[1], DAEMON[1]],
        "domains": ["teplo-sm.ru"],
    },
    "requests": [
        {"number": "6014", "positions": ["1", "2"], "registered_at": "2026-11-09T09:10:00+03:00",
         "comment": "ИТП, ул. Заводская, 12: поз.1 циркуляционный насос ГВС, поз.2 теплообменник отопления"},
        {"number": "6027", "positions": ["1"], "registered_at": "2026-11-09T15:40:00+03:00",
         "comment": "Котельная, ул. Ключевая, 3: течь на подающем трубопроводе"},
        {"number": "6103", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:20:00+03:00",
         "comment": "ТЦ «Орбита», пр. Космонавтов, 18: поз.1 приточная установка (кровля), поз.2 вытяжка паркинга, поз.3 тепловая завеса главного входа"},
        {"number": "6158", "positions": ["1", "2"], "registered_at": "2026-11-11T10:05:00+03:00",
         "comment": "Школа №41, ул. Седова, 7: поз.1 замена радиаторов каб.204, поз.2 балансировка стояков"},
        {"number": "6219", "positions": ["1"], "registered_at": "2026-11-12T07:50:00+03:00",
         "comment": "БЦ, пр. Мира, 44: чиллер Carrier 30RB, авария"},
        {"number": "6302", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-12T13:30:00+03:00",
         "comment": "ЖК «Северный», ул. Полярная, 15: узлы учёта тепла, позиция = корпус 1–4"},
        {"number": "6345", "positions": ["1"], "registered_at": "2026-11-13T09:00:00+03:00",
         "comment": "Бассейн «Дельфин»: осушитель воздуха Dantherm CDP 165"},
        {"number": "6411", "positions": ["1", "2"], "registered_at": "2026-11-16T08:15:00+03:00",
         "comment": "Поликлиника №5, ул. Гагарина, 29: поз.1 котёл Buderus, поз.2 насосная группа отопления"},
        {"number": "6480", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T16:20:00+03:00",
         "comment": "Склад-терминал, Промзона, 4: тепловентиляторы, поз.1 склад А, поз.2 склад Б, поз.3 АБК"},
        {"number": "6533", "positions": ["1"], "registered_at": "2026-11-17T11:00:00+03:00",
         "comment": "Детский сад №112, ул. Белинского, 86: течь радиатора в группе"},
        {"number": "6617", "positions": ["1", "2"], "registered_at": "2026-11-18T09:30:00+03:00",
         "comment": "Адм. здание, ул. Луначарского, 81: поз.1 сплит-системы серверной, поз.2 наружный блок VRF"},
        {"number": "6702", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T14:10:00+03:00",
         "comment": "Гостиница «Уют», ул. Вокзальная, 2: поз.1 бойлер ГВС, поз.2 ИТП, поз.3 вентиляция кухни"},
        {"number": "6790", "positions": ["1"], "registered_at": "2026-11-23T06:40:00+03:00",
         "comment": "Спорткомплекс «Сокол»: аварийное отключение отопления"},
    ],
}

# ---- small helpers ----------------------------------------------------------
RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_DAYS_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def d(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=MSK)


def rfc_date(t):
    return format_datetime(t)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc(s, charset="utf-8", how="B"):
    if is_ascii(s):
        return s
    cs = Charset(charset)
    cs.header_encoding = BASE64 if how == "B" else QP
    return Header(s, cs, maxlinelen=76).encode()


def addr(p, charset="utf-8", how="B", quote_ascii=True):
    name, mail = p
    if not name:
        return mail
    if is_ascii(name):
        return f'"{name}" <{mail}>' if quote_ascii else f"{name} <{mail}>"
    return f"{enc(name, charset, how)} <{mail}>"


def body_bytes(text, charset, cte):
    if charset.lower() == "koi8-r":   # no dashes / guillemets in KOI8-R: what a KOI8 client would have typed
        text = text.replace("\u2014", "-").replace("\u2013", "-").replace("\u00ab", '"').replace("\u00bb", '"')
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(text, subtype="plain", charset="utf-8", cte="base64", ct_extra="", extra=()):
    h = f'Content-Type: text/{subtype}; charset="{charset}"{ct_extra}\n'
    h += f"Content-Transfer-Encoding: {cte}\n"
    for e in extra:
        h += e + "\n"
    return h.encode("ascii") + b"\n" + body_bytes(text, charset, cte)


def boundary(prefix):
    return prefix + uuid.UUID(int=rnd.getrandbits(128)).hex[:24]


def multipart(sub, parts, bnd=None, extra="", preamble=""):
    b = bnd or boundary("----=_Part_")
    out = f'Content-Type: multipart/{sub}; boundary="{b}"{extra}\n\n'.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"--{b}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{b}--\n".encode("ascii")
    return out


def rfc822_part(inner, filename):
    fn = "UTF-8''" + urllib.parse.quote(filename)
    h = (f'Content-Type: message/rfc822; name="{enc(filename)}"\n'
         f"Content-Disposition: attachment; filename*={fn}\n\n")
    return h.encode("ascii") + inner


def message(headers, entity):
    out = ""
    for k, v in headers:
        if v is None:
            continue
        assert is_ascii(v), (k, v)
        out += f"{k}: {v}\n"
    out += "MIME-Version: 1.0\n"
    return out.encode("ascii") + entity


# Message-ID styles per client ------------------------------------------------
def mid_tb():
    return f"<{uuid.UUID(int=rnd.getrandbits(128))}@teplo-sm.ru>"


def mid_gmail():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+"
    return "<CA" + "".join(rnd.choice(al) for _ in range(52)) + "@mail.gmail.com>"


def mid_outlook():
    h = lambda n: "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return f"<{h(6)}01dd{h(4)}${h(8)}${h(8)}$@teplo-sm.ru>"


def mid_yandex():
    return f"<{rnd.randint(10**15, 10**16 - 1)}@mail.yandex.ru>"


def mid_mailru(t):
    return f"<{int(t.timestamp())}.{rnd.randint(10**8, 10**9 - 1)}@f{rnd.randint(100, 799)}.i.mail.ru>"


def mid_apple():
    return f"<{str(uuid.UUID(int=rnd.getrandbits(128))).upper()}@teplo-sm.ru>"


def mid_cust():
    return f"<{uuid.UUID(int=rnd.getrandbits(128)).hex[:20]}@zakazchik-omis.ru>"


# date formats as shown inside forwards -----------------------------------------
def outlook_ru_date(t):
    return f"{RU_DAYS[t.weekday()]}, {t.day} {RU_MON_GEN[t.month - 1]} {t.year} г. {t.hour}:{t.minute:02d}"


def outlook_en_date(t):
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"{t.strftime('%A')}, {EN_MON[t.month - 1]} {t.day}, {t.year} {h12}:{t.minute:02d} {ampm}"


def gmail_en_date(t):
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"{t.strftime('%a')}, {t.strftime('%b')} {t.day}, {t.year} at {h12}:{t.minute:02d} {ampm}"


def gmail_ru_date(t):
    return f"{RU_DAYS_SHORT[t.weekday()]}, {t.day} {RU_MON_SHORT[t.month - 1]} {t.year} г. в {t.hour:02d}:{t.minute:02d}"


def yandex_date(t):
    return t.strftime("%d.%m.%Y, %H:%M")


def mailru_date(t):
    return f"{RU_DAYS[t.weekday()].capitalize()}, {t.day} {RU_MON_GEN[t.month - 1]} {t.year}, {t.hour}:{t.minute:02d} +03:00"


def apple_en_date(t):
    return f"{t.day} {EN_MON[t.month - 1]} {t.year} at {t.strftime('%H:%M:%S')} GMT+3"


def apple_ru_date(t):
    return f"{t.day} {RU_MON_GEN[t.month - 1]} {t.year} г. в {t.strftime('%H:%M:%S')} GMT+3"


def tb_quote_date(t):
    return t.strftime("%d.%m.%Y %H:%M")


def h(text):
    return "<br>\n".join(html.escape(line) for line in text.split("\n"))


def divs(text):
    return "\n".join(f"<div>{html.escape(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))


def gt(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def ptxt(p):
    return f"{p[0]} <{p[1]}>"


# ---- signatures -----------------------------------------------------------------
SIG_TB = "-- \nДиспетчерская ООО «ТеплоСервис-Монтаж»\nтел. +7 (495) 600-62-11\nИНН 7718604127 / КПП 771801001"
SIG_OUTLOOK = ("С уважением,\nКравченко Ольга Викторовна\nдиспетчер ООО «ТеплоСервис-Монтаж»\n"
               "тел.: +7 (495) 600-62-11, доб. 104\nмоб.: +7 (916) 600-41-73")
SIG_GMAIL = "--\nО. Кравченко, диспетчер «ТеплоСервис-Монтаж»\n+7 (916) 600-41-73"
SIG_YA = "-- \nОльга Кравченко\nТеплоСервис-Монтаж"
SIG_MAILRU = "--\nОльга Кравченко"

UA_TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"
XM_OUTLOOK = "Microsoft Outlook 16.0"


# ---- common header block -----------------------------------------------------
def std_headers(frm, date, subject, mid, charset="utf-8", how="B", extra=(), to=CUST, cc=None,
                from_charset=None, irt=None):
    hs = [
        ("From", addr(frm, from_charset or charset, how)),
        ("To", addr(to, charset, how)),
    ]
    if cc:
        hs.append(("Cc", cc))
    hs += [
        ("Subject", enc(subject, charset, how)),
        ("Date", rfc_date(date)),
        ("Message-ID", mid),
    ]
    if irt:
        hs += [("In-Reply-To", irt), ("References", irt)]
    hs += list(extra)
    return hs


# ============================================================================
#  Client renderers
# ============================================================================
def tb_fwd(date, subject, own, inner, locale="ru", charset="utf-8", cte="8bit", frm=DISP, sig=SIG_TB):
    """Thunderbird inline forward, plain text."""
    if locale == "ru":
        block = ("-------- Пересылаемое сообщение --------\n"
                 f"Тема: \t{inner['subject']}\nДата: \t{rfc_date(inner['date'])}\n"
                 f"От: \t{ptxt(inner['from'])}\nКому: \t{ptxt(inner['to'])}\n")
    else:
        block = ("-------- Forwarded Message --------\n"
                 f"Subject: \t{inner['subject']}\nDate: \t{rfc_date(inner['date'])}\n"
                 f"From: \t{ptxt(inner['from'])}\nTo: \t{ptxt(inner['to'])}\n")
    text = (own + "\n\n" if own else "") + "\n" + block + "\n\n\n" + inner["body"].rstrip("\n") + "\n"
    if sig:
        text += "\n" + sig + "\n"
    ent = leaf(text, "plain", charset, cte, "; format=flowed", extra=("Content-Language: ru",))
    hs = std_headers(frm, date, subject, mid_tb(), charset, "B" if charset != "windows-1251" else "Q",
                     extra=[("User-Agent", UA_TB)])
    return message(hs, ent)


def tb_own(date, subject, text, charset="utf-8", cte="8bit", frm=DISP, sig=SIG_TB, irt=None):
    t = text.rstrip("\n") + "\n" + ("\n" + sig + "\n" if sig else "")
    ent = leaf(t, "plain", charset, cte, "; format=flowed", extra=("Content-Language: ru",))
    return message(std_headers(frm, date, subject, mid_tb(), charset, extra=[("User-Agent", UA_TB)], irt=irt), ent)


def tb_attach(date, subject, own, inner_bytes, fname, frm=DISP, sig=SIG_TB):
    t = own + "\n\n" + sig + "\n"
    p1 = leaf(t, "plain", "utf-8", "8bit", "; format=flowed")
    ent = multipart("mixed", [p1, rfc822_part(inner_bytes, fname)], bnd=boundary("------------"),
                    preamble="This is a multi-part message in MIME format.")
    return message(std_headers(frm, date, subject, mid_tb(), extra=[("User-Agent", UA_TB)]), ent)


def gmail_fwd(date, subject, own, inner, locale="ru", frm=GMAIL, sig=SIG_GMAIL):
    if locale == "ru":
        hdr_lines = [f"От: {ptxt(inner['from'])}", f"Date: {gmail_ru_date(inner['date'])}",
                     f"Subject: {inner['subject']}", f"To: <{inner['to'][1]}>"]
        fromlbl = "От"
        datev = gmail_ru_date(inner['date'])
    else:
        hdr_lines = [f"From: {ptxt(inner['from'])}", f"Date: {gmail_en_date(inner['date'])}",
                     f"Subject: {inner['subject']}", f"To: <{inner['to'][1]}>"]
        fromlbl = "From"
        datev = gmail_en_date(inner['date'])
    plain = ((own + "\n\n") if own else "") + (sig + "\n\n" if sig else "") + \
        "---------- Forwarded message ---------\n" + "\n".join(hdr_lines) + "\n\n\n" + inner["body"].rstrip("\n") + "\n"
    html_t = ('<div dir="ltr">' + (f"<div>{h(own)}</div>" if own else "")
              + (f'<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">{h(sig.split(chr(10), 1)[1])}</div>' if sig else "")
              + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
              + f'{fromlbl}: <strong class="gmail_sendername" dir="auto">{html.escape(inner["from"][0])}</strong> <span dir="auto">&lt;{inner["from"][1]}&gt;</span><br>'
              + f"Date: {html.escape(datev)}<br>Subject: {html.escape(inner['subject'])}<br>To: &lt;{inner['to'][1]}&gt;<br></div><br><br>"
              + f'<div dir="ltr">{h(inner["body"].rstrip())}</div></div></div>\n')
    ent = multipart("alternative", [leaf(plain, "plain", "UTF-8", "base64"), leaf(html_t, "html", "UTF-8", "quoted-printable")],
                    bnd="0000000000" + uuid.UUID(int=rnd.getrandbits(128)).hex[:18])
    return message(std_headers(frm, date, subject, mid_gmail()), ent)


def gmail_own(date, subject, text, quote=None, frm=GMAIL, sig=SIG_GMAIL, irt=None):
    """quote = (customer tuple, datetime, text) shown as a Gmail reply quote."""
    plain = text.rstrip("\n") + "\n\n" + sig + "\n"
    html_t = f'<div dir="ltr"><div>{h(text.rstrip())}</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">{h(sig.split(chr(10), 1)[1])}</div></div>'
    if quote:
        who, qt, qtext = quote
        attr = f"{gmail_ru_date(qt)}, {who[0]} <{who[1]}>:"
        plain += "\n" + attr + "\n\n" + gt(qtext) + "\n"
        html_t += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
                   f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{h(qtext)}</blockquote></div>')
    html_t += "\n"
    ent = multipart("alternative", [leaf(plain, "plain", "UTF-8", "quoted-printable"), leaf(html_t, "html", "UTF-8", "quoted-printable")],
                    bnd="0000000000" + uuid.UUID(int=rnd.getrandbits(128)).hex[:18])
    return message(std_headers(frm, date, subject, mid_gmail(), irt=irt), ent)


OUTLOOK_CSS = ("<style><!--\n@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal "
               "{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
               "span.EmailStyle18 {mso-style-type:personal-reply;}\n--></style>")


def outlook_html(parts_html, charset):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
            f'<meta name=Generator content="Microsoft Word 15 (filtered medium)">{OUTLOOK_CSS}</head>'
            f'<body lang=RU link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>'
            f"{parts_html}</div></body></html>\n")


def mso(text):
    out = []
    for line in text.split("\n"):
        out.append(f"<p class=MsoNormal>{html.escape(line) if line else '&nbsp;'}<o:p></o:p></p>")
    return "\n".join(out)


def outlook_hdr(p, t, to, subject, locale="ru", style="modern"):
    if style == "original":
        return ("-----Original Message-----\n"
                f"From: {ptxt(p)}\nSent: {outlook_en_date(t)}\nTo: {ptxt(to)}\nSubject: {subject}\n")
    if locale == "ru":
        return (f"От: {ptxt(p)} \nОтправлено: {outlook_ru_date(t)}\nКому: {ptxt(to)}\nТема: {subject}\n")
    return (f"From: {ptxt(p)} \nSent: {outlook_en_date(t)}\nTo: {ptxt(to)}\nSubject: {subject}\n")


def outlook_hdr_html(p, t, to, subject, locale="ru"):
    if locale == "ru":
        lab = ("От", "Отправлено", "Кому", "Тема")
        dt = outlook_ru_date(t)
    else:
        lab = ("From", "Sent", "To", "Subject")
        dt = outlook_en_date(t)
    return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b>{lab[0]}:</b> {html.escape(ptxt(p))} <br><b>{lab[1]}:</b> {html.escape(dt)}<br>"
            f"<b>{lab[2]}:</b> {html.escape(ptxt(to))}<br><b>{lab[3]}:</b> {html.escape(subject)}<o:p></o:p></p></div></div>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")


def outlook_msg(date, subject, own, chain, charset="utf-8", cte="quoted-printable", frm=DISP, sig=SIG_OUTLOOK,
                locale="ru", own_html=None, irt=None, extra_hdr=()):
    """own text on top, then chain = list of (from, datetime, to, subject, body) in Outlook header blocks."""
    plain = own.rstrip("\n") + "\n\n" + (sig + "\n\n" if sig else "")
    hpart = (own_html if own_html is not None else mso(own.rstrip("\n"))) + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if sig:
        hpart += mso(sig) + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    for (p, t, to, subj, body) in chain:
        plain += " \n\n" + outlook_hdr(p, t, to, subj, locale) + "\n \n\n" + body.rstrip("\n") + "\n\n"
        hpart += outlook_hdr_html(p, t, to, subj, locale) + mso(body.rstrip("\n")) + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    html_t = outlook_html(hpart, charset)
    ent = multipart("alternative", [leaf(plain, "plain", charset, cte), leaf(html_t, "html", charset, cte)],
                    bnd="_000_" + uuid.UUID(int=rnd.getrandbits(128)).hex[:20] + "_")
    how = "Q" if charset == "windows-1251" else "B"
    hs = std_headers(frm, date, subject, mid_outlook(), charset, how, irt=irt,
                     extra=[("X-Mailer", XM_OUTLOOK), ("Thread-Index", base64.b64encode(rnd.randbytes(22)).decode()),
                            ("Content-Language", "ru")] + list(extra_hdr))
    return message(hs, ent)


def yandex_fwd(date, subject, own, inner, frm=OLGA, sig=SIG_YA):
    hdr = f'{yandex_date(inner["date"])}, "{inner["from"][0]}" <{inner["from"][1]}>:'
    plain = (own + "\n\n" if own else "") + "\n-------- Пересылаемое сообщение --------\n" + hdr + "\n" + \
        inner["body"].rstrip("\n") + "\n\n-------- Конец пересылаемого сообщения --------\n\n" + sig + "\n"
    html_t = ((divs(own) + "\n<div>&nbsp;</div>\n" if own else "<div>&nbsp;</div>\n")
              + "<div>-------- Пересылаемое сообщение --------</div>\n"
              + f"<div>{html.escape(hdr)}</div>\n" + divs(inner["body"].rstrip("\n"))
              + "\n<div>&nbsp;</div>\n<div>-------- Конец пересылаемого сообщения --------</div>\n<div>&nbsp;</div>\n"
              + divs(sig.replace("-- \n", "-- \n")) + "\n")
    ent = multipart("alternative", [leaf(plain, "plain", "utf-8", "base64"), leaf(html_t, "html", "utf-8", "base64")],
                    bnd="----==--bound." + str(rnd.randint(100000, 999999)) + ".myt5-" + uuid.UUID(int=rnd.getrandbits(128)).hex[:12] + ".qloud-c.yandex.net")
    return message(std_headers(frm, date, subject, mid_yandex(), extra=[("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]), ent)


def yandex_own(date, subject, text, html_only=False, html_body=None, frm=OLGA, sig=SIG_YA):
    hb = html_body if html_body is not None else divs(text.rstrip("\n"))
    html_t = "<div>" + hb + "</div>\n<div>&nbsp;</div>\n" + divs(sig) + "\n"
    if html_only:
        ent = leaf(html_t, "html", "utf-8", "base64")
    else:
        plain = text.rstrip("\n") + "\n\n" + sig + "\n"
        ent = multipart("alternative", [leaf(plain, "plain", "utf-8", "base64"), leaf(html_t, "html", "utf-8", "base64")],
                        bnd="----==--bound." + str(rnd.randint(100000, 999999)) + ".sas1-" + uuid.UUID(int=rnd.getrandbits(128)).hex[:12] + ".qloud-c.yandex.net")
    return message(std_headers(frm, date, subject, mid_yandex(), extra=[("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]), ent)


def mailru_fwd(date, subject, own, inner, frm=MAILRU, sig=SIG_MAILRU):
    blk = ("-------- Пересылаемое сообщение --------\n"
           f"От кого: {ptxt(inner['from'])}\nКому: {inner['to'][1]}\nДата: {mailru_date(inner['date'])}\nТема: {inner['subject']}\n")
    plain = own + "\n \n \n" + blk + " \n" + inner["body"].rstrip("\n") + "\n \n \n" + sig + "\n"
    html_t = (f"<HTML><BODY>{divs(own)}<div>&nbsp;</div><div>&nbsp;</div>"
              f"<div>{h(blk.rstrip())}</div>"
              f'<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
              f"{divs(inner['body'].rstrip())}</blockquote><div>&nbsp;</div>"
              f'<div data-signature-widget="container"><div data-signature-widget="content">{h(sig)}</div></div></BODY></HTML>\n')
    ent = multipart("alternative", [leaf(plain, "plain", "utf-8", "base64"), leaf(html_t, "html", "utf-8", "base64")],
                    bnd="--ALT--" + uuid.UUID(int=rnd.getrandbits(128)).hex[:24].upper() + str(int(date.timestamp())))
    return message(std_headers(frm, date, subject, mid_mailru(date), extra=[("X-Mailer", "Mail.Ru Mailer 1.0")]), ent)


def mailru_own(date, subject, text, frm=MAILRU, sig=SIG_MAILRU):
    plain = text.rstrip("\n") + "\n \n \n" + sig + "\n"
    html_t = f"<HTML><BODY>{divs(text.rstrip())}<div>&nbsp;</div><div>{h(sig)}</div></BODY></HTML>\n"
    ent = multipart("alternative", [leaf(plain, "plain", "utf-8", "base64"), leaf(html_t, "html", "utf-8", "base64")],
                    bnd="--ALT--" + uuid.UUID(int=rnd.getrandbits(128)).hex[:24].upper() + str(int(date.timestamp())))
    return message(std_headers(frm, date, subject, mid_mailru(date), extra=[("X-Mailer", "Mail.Ru Mailer 1.0")]), ent)


def apple_fwd(date, subject, own, inner, locale="en", frm=OLGA, with_html=True):
    if locale == "en":
        intro = "Begin forwarded message:"
        hl = [("From", ptxt(inner["from"])), ("Date", apple_en_date(inner["date"])),
              ("To", ptxt(inner["to"])), ("Subject", inner["subject"])]
    else:
        intro = "Начало переадресованного сообщения:"
        hl = [("От", ptxt(inner["from"])), ("Дата", apple_ru_date(inner["date"])),
              ("Кому", ptxt(inner["to"])), ("Тема", inner["subject"])]
    quoted = "\n".join(f"> {k}: {v}" for k, v in hl) + "\n> \n" + gt(inner["body"].rstrip("\n"))
    plain = (own + "\n\n" if own else "") + "Отправлено с iPhone\n\n" + intro + "\n\n" + quoted + "\n"
    hdrs = "".join(f"<b>{k}:</b> {html.escape(v)}<br>" for k, v in hl)
    html_t = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
              + (f'<div dir="ltr">{h(own)}</div>' if own else "")
              + '<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Отправлено с iPhone</div>'
              + f'<div dir="ltr"><br><blockquote type="cite">{intro}<br><br></blockquote></div>'
              + f'<blockquote type="cite"><div dir="ltr">{hdrs}<br></div></blockquote>'
              + f'<blockquote type="cite"><div dir="ltr">{h(inner["body"].rstrip())}</div></blockquote></div></body></html>\n')
    p_plain = leaf(plain, "plain", "utf-8", "quoted-printable")
    if with_html:
        ent = multipart("alternative", [p_plain, leaf(html_t, "html", "utf-8", "quoted-printable")],
                        bnd="Apple-Mail-" + str(uuid.UUID(int=rnd.getrandbits(128))).upper())
    else:
        ent = p_plain
    return message(std_headers(frm, date, subject, mid_apple(), extra=[("X-Mailer", "iPhone Mail (22B91)")]), ent)


def raw_inner(frm, to, date, subject, body, charset, cte, mailer=None, mid=None):
    hs = [("From", addr(frm, charset)), ("To", addr(to, charset)), ("Subject", enc(subject, charset)),
          ("Date", rfc_date(date)), ("Message-ID", mid or mid_tb())]
    if mailer:
        hs.append(("X-Mailer", mailer))
    return message(hs, leaf(body, "plain", charset, cte))


# ============================================================================
#  The letters
# ============================================================================
L = []   # list of (bytes, label)


def add(b, expect, request=None, positions=None, status=None, note=""):
    lab = {"expect": expect}
    if expect == "decided":
        lab.update({"request": request, "positions": positions, "status": status})
    lab["note"] = note
    L.append((b, lab))


def inner(frm, t, subject, body, to=DISP):
    return {"from": frm, "to": to, "date": d(t), "subject": subject, "body": body}


S_ACC, S_WAY, S_ON, S_OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# 001 --- 6014 accepted, Thunderbird RU forward, windows-1251 QP
add(tb_fwd(d("2026-11-09 09:52:40"), "Fwd: 6014 Заводская", "пересылаю",
           inner(PETROV, "2026-11-09 09:47:05", "6014 Заводская",
                 "Ольга Викторовна, 6014 по Заводской принял в работу.\nПосле обеда заедем, сначала на базу за насосом.\n\nПетров С."),
           locale="ru", charset="windows-1251", cte="quoted-printable"),
    "decided", "6014", [], S_ACC, "forwarded crew message: 'принял в работу'; no position named; plan for afternoon is not a status")

# 002 --- 6014 p1 on the way, Outlook FW cp1251
add(outlook_msg(d("2026-11-09 14:35:10"), "FW: 6014 поз.1", "FYI",
                [(PETROV, d("2026-11-09 14:31:00"), DISP, "6014 поз.1",
                  "Выехали на Заводскую 12 по насосу ГВС, минут через 20 будем на месте.")],
                charset="windows-1251", cte="quoted-printable"),
    "decided", "6014", ["1"], S_WAY, "Outlook forward; 'выехали... через 20 будем' = on the way; position in forwarded subject")

# 003 --- 6027 accepted, Yandex forward without own line
add(yandex_fwd(d("2026-11-09 16:20:33"), "Fwd: заявка 6027", "",
               inner(GULYAEV, "2026-11-09 16:12:00", "заявка 6027",
                     "Заявку 6027 (котельная, Ключевая 3) принял.\nЗотов сейчас на другом объекте, как освободится — отправлю, сообщу отдельно.\n\nА. Гуляев")),
    "decided", "6027", [], S_ACC, "Yandex forward; 'принял'; 'освободится' refers to another job of the master, not to this request")

# 004 --- 6014 p1: arrived and left, TB EN forward
add(tb_fwd(d("2026-11-09 17:05:12"), "Fwd: Re: 6014 поз.1", "Добрый вечер, по насосу ниже.",
           inner(PETROV, "2026-11-09 17:01:44", "Re: 6014 поз.1",
                 "Прибыли в 14:55. Насос Grundfos UPS 32-80 заклинило, поставили новый с базы, запустили, ГВС есть.\nС объекта убыли в 16:50.\n\nПетров"),
           locale="en"),
    "decided", "6014", ["1"], S_OFF, "several events in one forward (arrived 14:55, left 16:50): latest = убыл; 32-80 is a pump model")

# 005 --- 6027 on the way, own report Thunderbird
add(tb_own(d("2026-11-10 08:40:02"), "6027 выезд",
           "Добрый день.\nПо заявке №6027 бригада Зотова выехала в 08:30 на котельную, ул. Ключевая, 3.\nТелефон мастера: +7 916 604-18-27.\n\nКравченко О.В."),
    "decided", "6027", [], S_WAY, "own report; phone number is not a request number")

# 006 --- 6027 on site, Gmail RU forward; number only in her own line
add(gmail_fwd(d("2026-11-10 09:30:18"), "Fwd: Котельная Ключевая",
              "6027, см. ниже. Пишу с запасного ящика, рабочая почта с утра не отправляет.",
              inner(ZOTOV, "2026-11-10 09:24:00", "Котельная Ключевая",
                    "На месте. Течь на подаче под задвижкой Ду100, воду сбросили, разбираем.\n\n--\nОтправлено из мобильной Яндекс Почты",
                    to=GMAIL), locale="ru"),
    "decided", "6027", [], S_ON, "Gmail forward from the backup mailbox; request number only in the dispatcher's line above the forward")

# 007 --- review: crew question
add(yandex_fwd(d("2026-11-10 10:15:47"), "Fwd: Ключевая, вопрос по задвижке",
               "Коллеги, вопрос бригады по 6027, подскажите, пожалуйста.",
               inner(ZOTOV, "2026-11-10 10:09:00", "вопрос",
                     "Ольга, задвижку Ду100 на подаче надо менять целиком, сальник не спасёт.\nЗаказчик согласует замену за их счёт или ставим свою? Без ответа не начинаем.")),
    "review", note="forwarded crew question about replacement/payment; reports no status")

# 008 --- 6103 accepted, Outlook FW with nested original
add(outlook_msg(d("2026-11-10 11:15:26"), "FW: Заявка № 6103 ТЦ Орбита", "Добрый день, пересылаю подтверждение.",
                [(GULYAEV, d("2026-11-10 11:02:00"), DISP, "RE: Заявка № 6103 ТЦ Орбита",
                  "Ольга, 6103 берём. Фильтры G4 на вытяжку паркинга заказал, привезут завтра к обеду.\n\n-----\nГуляев А.Н.\nинженер\n8-916-117-40-22"),
                 (DISP, d("2026-11-10 08:41:00"), GULYAEV, "Заявка № 6103 ТЦ Орбита",
                  "Алексей, новая заявка от ОМИС: ТЦ Орбита, пр. Космонавтов 18, три позиции — приточка на кровле, вытяжка паркинга, завеса на входе. Посмотри.")],
                charset="windows-1251", cte="quoted-printable"),
    "decided", "6103", [], S_ACC, "forwarded engineer's reply '6103 берём'; the older message below is only the dispatcher's own assignment")

# 009 --- 6103 p1 on the way, Apple Mail EN forward
add(apple_fwd(d("2026-11-10 13:05:09"), "Fwd: 6103-1", "",
              inner(PETROV, "2026-11-10 12:58:31", "6103-1", "Едем на Орбиту, на кровлю к приточке. Минут 40 по пробкам.", to=OLGA),
              locale="en"),
    "decided", "6103", ["1"], S_WAY, "iPhone forward (> quoted, that is how iOS forwards); position after dash in subject")

# 010 --- 6027 finished, Gmail EN forward
add(gmail_fwd(d("2026-11-10 15:20:55"), "Fwd: 6027 завершение", "FYI",
              inner(ZOTOV, "2026-11-10 15:11:00", "6027 завершение",
                    "Задвижку поменяли на нашу (согласовано с вашим гл. инженером Фоминым по телефону), опрессовали 6 атм, течи нет.\nУехали с Ключевой в 15:05.\nАкт № 318 подпишут завтра.",
                    to=GMAIL), locale="en"),
    "decided", "6027", [], S_OFF, "'уехали с Ключевой' = left; act number 318 is not a request")

# 011 --- 6103 P1 done, Yandex own, HTML only
add(yandex_own(d("2026-11-10 18:10:40"), "6103 П1",
               "", html_only=True,
               html_body="<div>Добрый вечер!</div><div>&nbsp;</div><div>6103 <b>П1</b> — приточная установка на кровле: заменили приводной ремень SPA-1250, установка в работе.</div><div>Бригада уехала в 17:45.</div>"),
    "decided", "6103", ["1"], S_OFF, "HTML-only own report; 'П1' = position 1; SPA-1250 is a belt size")

# 012 --- 6158 accepted, Outlook own reply with customer's letter quoted below
add(outlook_msg(d("2026-11-11 10:30:14"), "RE: Заявка 6158 — школа №41",
                "Добрый день!\n\nЗаявку приняли, исполнитель — бригада Хабибуллина. Созвонятся с завхозом перед приездом.",
                [(CUST, d("2026-11-11 10:07:00"), DISP, "Заявка 6158 — школа №41",
                  "Добрый день.\nНаправляем заявку 6158: МБОУ СОШ №41, ул. Седова, 7.\nПоз. 1 — замена радиаторов в каб. 204 (3 шт.).\nПоз. 2 — балансировка стояков 2-го этажа.\nКонтакт: завхоз Ирина Павловна, 8-922-115-60-33.\n\nДиспетчер ОМИС")],
                charset="utf-8", cte="quoted-printable", irt=mid_cust()),
    "decided", "6158", [], S_ACC, "own reply 'заявку приняли'; quoted customer text lists positions but that is history")

# 013 --- 6158 p1 on site, Yandex forward; number only in own line
add(yandex_fwd(d("2026-11-11 14:10:05"), "Fwd: школа 41", "6158 п.1",
               inner(RUSLAN, "2026-11-11 14:06:00", "школа",
                     "заехали в школу на Седова в 14:05 каб 204 сливаем стояк начинаем\n\nРуслан\nОтправлено из Почты Mail")),
    "decided", "6158", ["1"], S_ON, "'заехали в школу ... начинаем' = on site; request/position only in the dispatcher's line")

# 014 --- 6158 p1 done, TB EN forward of crew reply that itself quotes an older message
add(tb_fwd(d("2026-11-11 16:50:37"), "Fwd: Re: 6158 п.1", "",
           inner(RUSLAN, "2026-11-11 16:44:10", "Re: 6158 п.1",
                 "Ольга, в 204 три радиатора поменяли (Rifar Base 500, 10 секц.), стояк заполнили, подтёков нет. Убыли в 16:40.\n\n11.11.2026 14:20, Диспетчерская пишет:\n> Руслан, по 6158 п.1 отпишись, как закончите. Завхоз просит до 17:00."),
           locale="en"),
    "decided", "6158", ["1"], S_OFF, "forward with no own line; crew reply 'убыли в 16:40'; its own quote is history")

# 015 --- review: two requests in one summary
add(outlook_msg(d("2026-11-11 17:30:00"), "Сводка по заявкам на 17:30",
                "Коллеги, добрый вечер.\n\n6158 п.1 (школа 41) — радиаторы заменены, бригада убыла 16:40.\n6103 — по п.2 и п.3 фильтры ещё не пришли, выезд завтра.",
                [], charset="utf-8", cte="base64"),
    "review", note="two different requests in one letter (6158 done, 6103 postponed)")

# 016 --- 6219 accepted, Gmail own
add(gmail_own(d("2026-11-12 08:15:31"), "6219 Мира 44",
              "Доброе утро.\nПо обращению 6219 (чиллер, пр. Мира 44) — приняли в работу, инженер Гуляев.\nВремя прибытия сообщу дополнительно."),
    "decided", "6219", [], S_ACC, "'приняли в работу'; arrival only promised")

# 017 --- 6103 p2 on the way, Outlook FW, empty own part
add(outlook_msg(d("2026-11-12 09:05:48"), "FW: 6103 поз2", "",
                [(PETROV, d("2026-11-12 09:01:00"), DISP, "6103 поз2",
                  "Фильтры получили, выезжаем с базы на Орбиту, паркинг, вытяжка.")],
                charset="utf-8", cte="quoted-printable", sig=None),
    "decided", "6103", ["2"], S_WAY, "'выезжаем с базы на Орбиту' = leaving base for the site; 'поз2'")

# 018 --- 6219 on site, Apple RU forward; number only in forwarded (old) subject
add(apple_fwd(d("2026-11-12 10:20:44"), "Fwd: чиллер Мира 44", "",
              inner(GULYAEV, "2026-11-12 10:14:02", "Re: 6219",
                    "На объекте с 10:10. Авария по высокому давлению, 2-й контур. Смотрю конденсатор.", to=OLGA),
              locale="ru", with_html=False),
    "decided", "6219", [], S_ON, "number appears only in the forwarded message's old subject 'Re: 6219'")

# 019 --- 6302 accepted, TB own reply under '>' quote
add(tb_own(d("2026-11-12 14:00:19"), "Re: Заявка 6302 ЖК Северный, узлы учета",
           "Добрый день.\nВзяли в работу. Начнём завтра с корпусов 1–2, ответственный Петров С.А.\n\n"
           "12.11.2026 13:34, Диспетчерская ОМИС пишет:\n"
           "> Добрый день.\n> Заявка 6302, ЖК «Северный», ул. Полярная 15, корп. 1–4.\n"
           "> Позиции 1–4 — узлы учёта тепла (по корпусам): проверка, снятие архивов,\n"
           "> замена вычислителя ВКТ-7 в корп. 2.\n> Прошу подтвердить принятие.", sig=None, irt=mid_cust()),
    "decided", "6302", [], S_ACC, "reply 'взяли в работу' above the quoted request; plan for tomorrow is not a status")

# 020 --- 6219 done, TB RU forward
add(tb_fwd(d("2026-11-12 16:30:03"), "Fwd: 6219 Мира", "пересылаю, по чиллеру всё",
           inner(GULYAEV, "2026-11-12 16:22:00", "6219 Мира",
                 "Чиллер Carrier 30RB запустил, причина — забит конденсатор (пух с лета), промыли.\nОтработал 40 мин без ошибок. Ушёл с объекта в 16:15.")),
    "decided", "6219", [], S_OFF, "'ушёл с объекта'; 30RB is a model")

# 021 --- review: forwarded plan for tomorrow
add(gmail_fwd(d("2026-11-12 17:40:26"), "Fwd: план на 13.11", "План на завтра, для информации.",
              inner(PETROV, "2026-11-12 17:31:00", "план на 13.11",
                    "Завтра 13.11:\n08:30 — выезд на Северный (6302), поз.1 и поз.2\nпосле обеда — Орбита 6103 поз.3, завеса\nВычислитель ВКТ-7 получил.",
                    to=GMAIL), locale="ru"),
    "review", note="forwarded plan for tomorrow; future only, and two requests")

# 022 --- 6103 p2 done, Yandex own HTML only
add(yandex_own(d("2026-11-12 18:00:51"), "6103-2 выполнено", "", html_only=True,
               html_body="<div>Вытяжная установка паркинга (поз. 2): фильтры G4 заменены, ремень подтянут, двигатель проверен.</div><div>Бригада освободилась в 17:50.</div>"),
    "decided", "6103", ["2"], S_OFF, "'бригада освободилась' = finished; HTML-only")

# 023 --- 6302 p1,p2 on the way, Outlook FW
add(outlook_msg(d("2026-11-13 08:50:12"), "FW: 6302 п.1, п.2", "см. ниже",
                [(PETROV, d("2026-11-13 08:41:00"), DISP, "6302 п.1, п.2", "6302 п.1, п.2 — выехали, будем к 9:20.")],
                charset="utf-8", cte="base64", locale="en"),
    "decided", "6302", ["1", "2"], S_WAY, "Outlook EN header block; two positions, same status")

# 024 --- 6302 p1,p2 on site, Outlook own HTML table cp1251
tbl_rows = [("6302", "1", "корп. 1, ИТП", "на месте", "09:25"), ("6302", "2", "корп. 2, ИТП", "на месте", "09:25")]
tbl_html = ("<p class=MsoNormal>Добрый день! Прибытие по заявке:<o:p></o:p></p>"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
            "<tr><td><b>Заявка</b></td><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>"
            + "".join(f"<tr>{''.join(f'<td>{html.escape(c)}</td>' for c in r)}</tr>" for r in tbl_rows) + "</table>")
tbl_plain = "Добрый день! Прибытие по заявке:\n\nЗаявка\tПоз.\tОбъект\tСтатус\tВремя\n" + "\n".join("\t".join(r) for r in tbl_rows)
add(outlook_msg(d("2026-11-13 09:40:37"), "6302 — прибытие", tbl_plain, [], charset="windows-1251",
                cte="quoted-printable", own_html=tbl_html),
    "decided", "6302", ["1", "2"], S_ON, "HTML table, one row per position, both 'на месте'")

# 025 --- review: position the request does not have
add(tb_own(d("2026-11-13 11:02:45"), "6345 поз.2",
           "По заявке 6345 позиция 2 — мастер выехал, будет около 12."),
    "review", note="6345 has only position 1; position 2 does not exist")

# 026 --- 6103 p3 on site, forwarded as attachment (inner KOI8-R from The Bat!)
inner026 = raw_inner(GULYAEV, DISP, d("2026-11-13 12:02:11"), "6103 поз 3",
                     "Ольга, мы на Орбите, главный вход, тепловая завеса.\nПриехали 11:40, завеса не греет — похоже ТЭН.\n\n--\nГуляев",
                     "koi8-r", "base64", mailer="The Bat! (v9.4.5) Home")
add(tb_attach(d("2026-11-13 12:15:20"), "Fwd: 6103 поз 3", "пересылаю", inner026, "6103 поз 3.eml"),
    "decided", "6103", ["3"], S_ON, "forward as attached message/rfc822 (KOI8-R inside); 'приехали 11:40'")

# 027 --- review: different statuses for different positions (table)
tbl2 = [("1", "корп. 1", "работы завершены, убыли", "14:10"), ("2", "корп. 2", "на месте, замена вычислителя", "до ~17:00")]
tbl2_html = ("<p class=MsoNormal>6302 — состояние на 14:30<o:p></o:p></p><table border=1 cellspacing=0 cellpadding=3>"
             "<tr><th>Поз.</th><th>Объект</th><th>Статус</th><th>Время</th></tr>"
             + "".join(f"<tr>{''.join(f'<td>{html.escape(c)}</td>' for c in r)}</tr>" for r in tbl2) + "</table>")
tbl2_plain = "6302 — состояние на 14:30\n\nПоз.\tОбъект\tСтатус\tВремя\n" + "\n".join("\t".join(r) for r in tbl2)
add(outlook_msg(d("2026-11-13 14:30:08"), "6302 статус", tbl2_plain, [], charset="utf-8", cte="quoted-printable",
                own_html=tbl2_html),
    "review", note="different statuses for different positions in one letter (p1 left, p2 on site)")

# 028 --- 6345 on the way, TB RU forward
add(tb_fwd(d("2026-11-13 15:00:42"), "Fwd: Дельфин", "по 6345",
           inner(GULYAEV, "2026-11-13 14:52:00", "Дельфин",
                 "Выехал в бассейн Дельфин по осушителю, стою в пробке на Объездной, буду ~15:40.")),
    "decided", "6345", [], S_WAY, "'выехал ... буду ~15:40'; number only in own line")

# 029 --- 6103 p3 done, Apple EN, Latin look-alike letters inside Cyrillic words
add(apple_fwd(d("2026-11-13 16:20:15"), "Fwd: 6103 поз 3", "",
              inner(GULYAEV, "2026-11-13 16:09:40", "6103 поз 3",
                    "Зaвесу пoчинили, ТЭН зaменён, прoверили нa всех режимaх. Убыли в 16:05.", to=OLGA), locale="en"),
    "decided", "6103", ["3"], S_OFF, "Latin a/o inside Cyrillic words; 'убыли в 16:05'")

# 030 --- 6302 p2 done; Outlook FW whose subject still says 'на месте'; seal number
add(outlook_msg(d("2026-11-13 17:10:29"), "FW: RE: 6302 поз.2 на месте", "FYI",
                [(PETROV, d("2026-11-13 17:02:00"), DISP, "RE: 6302 поз.2 на месте",
                  "Поз.2 — закончили. Вычислитель ВКТ-7 заменён, настроен, архив снят.\nУзел опломбирован, пломба № 6103427. Уехали 16:55."),
                 (DISP, d("2026-11-13 16:30:00"), PETROV, "6302 поз.2 на месте", "Сергей, как там по второму корпусу? Заказчик спрашивает.")],
                charset="utf-8", cte="quoted-printable"),
    "decided", "6302", ["2"], S_OFF, "old subject says 'на месте', body reports finished; seal number 6103427 is not a request")

# 031 --- 6345 arrived + left, Yandex forward
add(yandex_fwd(d("2026-11-13 18:30:58"), "Fwd: Re: Дельфин", "6345 — итог",
               inner(GULYAEV, "2026-11-13 18:21:00", "Re: Дельфин",
                     "Прибыл 15:45. Dantherm CDP 165 — утечка фреона на капилляре, запаял, заправил R407C 1,2 кг. Осушитель работает.\nУбыл 18:10.")),
    "decided", "6345", [], S_OFF, "arrival and departure in one message: latest = убыл")

# 032 --- 6302 p3,p4 on site, Mail.ru forward (Saturday)
add(mailru_fwd(d("2026-11-14 10:00:22"), "Fwd: 6302", "Добрый день, суббота, пишу с личной почты. Пересылаю от бригады.",
               inner(PETROV, "2026-11-14 09:52:00", "6302", "6302 п3 п4 на месте с 9:40, корпуса 3 и 4, снимаем архивы.", to=MAILRU)),
    "decided", "6302", ["3", "4"], S_ON, "Mail.ru forward; 'п3 п4 на месте'")

# 033 --- 6302 p3,p4 done, Mail.ru own
add(mailru_own(d("2026-11-14 13:20:47"), "6302 поз. 3 и 4",
               "Поз. 3 и 4 закончили, ребята уехали в 13:05."),
    "decided", "6302", ["3", "4"], S_OFF, "own short report from personal mail.ru")

# 034 --- ignored: auto-reply
ar_text = ("Здравствуйте!\n\nЭто автоматический ответ. Диспетчерская работает пн–пт с 8:00 до 19:00.\n"
           "Ваше письмо будет обработано в понедельник.\nАварийный телефон: +7 (495) 600-62-11.\n\n"
           "Диспетчерская ООО «ТеплоСервис-Монтаж»")
add(message(std_headers(DISP, d("2026-11-15 11:02:06"), "Автоответ: Заявка 6302 — акт и архивы", mid_outlook(),
                        irt=mid_cust(), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                               ("X-Autoreply", "yes"), ("X-Mailer", XM_OUTLOOK)]),
            leaf(ar_text, "plain", "utf-8", "base64")),
    "ignored", note="out-of-office auto-reply")

# 035 --- 6411 accepted, Outlook own reply
add(outlook_msg(d("2026-11-16 08:45:33"), "RE: Заявка 6411 поликлиника №5", "Приняли в работу.\n\nОльга",
                [(CUST, d("2026-11-16 08:17:00"), DISP, "Заявка 6411 поликлиника №5",
                  "Заявка 6411, ГП №5, ул. Гагарина, 29.\nПоз.1 — котёл Buderus Logano, не держит температуру.\nПоз.2 — насосная группа отопления, шум.\nДиспетчер ОМИС")],
                charset="utf-8", cte="quoted-printable", sig=None, irt=mid_cust()),
    "decided", "6411", [], S_ACC, "reply 'приняли в работу' to the new request")

# 036 --- review: crew question about keys
add(tb_fwd(d("2026-11-16 09:30:11"), "Fwd: 6411 ключи",
           "Коллеги, подскажите, пожалуйста, кто может открыть котельную? Бригада не поедет, пока не ясно с ключами.",
           inner(PETROV, "2026-11-16 09:24:00", "6411 ключи",
                 "Ольга, по поликлинике 6411 — у кого ключи от котельной? Охрана по телефону говорит, что не знает. Дайте контакт завхоза.")),
    "review", note="forwarded crew question; crew has not left yet")

# 037 --- 6411 p1 on site, Gmail EN forward; number in own line
add(gmail_fwd(d("2026-11-16 10:40:50"), "Fwd: Гагарина", "6411 поз.1",
              inner(PETROV, "2026-11-16 10:31:00", "Гагарина",
                    "Котельную открыли, мы внутри с 10:25. Buderus Logano SK745, ошибка 6A — горелка не зажигается. Смотрим.",
                    to=GMAIL), locale="en"),
    "decided", "6411", ["1"], S_ON, "'мы внутри с 10:25'; SK745 / 6A are model / error code")

# 038 --- 6411 p1 done, Outlook FW
add(outlook_msg(d("2026-11-16 14:20:04"), "FW: 6411 п.1", "",
                [(PETROV, d("2026-11-16 14:12:00"), DISP, "6411 п.1",
                  "По котлу закончили: электрод розжига заменили, горелку настроили по газоанализатору. Уехали 14:05.\nНасосную смотрим завтра с утра.")],
                charset="windows-1251", cte="quoted-printable", sig=None),
    "decided", "6411", ["1"], S_OFF, "position 1 finished; tomorrow's plan for the pump room is not a status")

# 039 --- 6480 accepted, TB own, phone and car plate
add(tb_own(d("2026-11-16 17:00:27"), "Наряд 6480 — принят",
           "Добрый вечер.\nЗаявка 6480 (склад-терминал, Промзона, 4) принята.\nОтветственный — мастер Зотов Д., тел. 8 (916) 648-03-15.\n"
           "Просим заказать пропуск на а/м ГАЗель А 614 ВК 777."),
    "decided", "6480", [], S_ACC, "own report; phone and plate contain digit groups that are not requests")

# 040 --- 6411 p2 on the way, Apple EN forward; '6411/2'
add(apple_fwd(d("2026-11-17 08:10:38"), "Fwd: 6411/2", "",
              inner(PETROV, "2026-11-17 08:02:00", "6411/2", "Выдвигаемся на Гагарина 29 по насосной.", to=OLGA), locale="en"),
    "decided", "6411", ["2"], S_WAY, "'выдвигаемся' = on the way; position after slash")

# 041 --- 6480 p1 on the way; number only in subject
add(yandex_fwd(d("2026-11-17 09:00:09"), "Fwd: Re: 6480 склад А поз.1", "",
               inner(ZOTOV, "2026-11-17 08:55:00", "Re: 6480 склад А поз.1", "Выехали, через полчаса будем.")),
    "decided", "6480", ["1"], S_WAY, "number and position only in the (old) subject; body 'выехали'")

# 042 --- 6411 p2 on site; reply whose subject names the old status
cq = mid_cust()
add(outlook_msg(d("2026-11-17 09:10:51"), "RE: 6411 поз.2 в пути — подтвердите прибытие", "Бригада на месте с 08:55.",
                [(CUST, d("2026-11-17 09:05:00"), DISP, "6411 поз.2 в пути — подтвердите прибытие",
                  "Ольга, добрый день. Получили, что бригада выехала. Подтвердите, пожалуйста, прибытие — завхоз ждёт у насосной.")],
                charset="utf-8", cte="base64", irt=cq),
    "decided", "6411", ["2"], S_ON, "Re: subject says 'в пути', the new text says on site")

# 043 --- 6480 p1: left base, arrived; TB EN forward
add(tb_fwd(d("2026-11-17 09:50:14"), "Fwd: склад А", "по наряду 6480, поз.1",
           inner(ZOTOV, "2026-11-17 09:46:00", "склад А",
                 "Выехали 9:00, на складе А с 9:40. Тепловентиляторы Volcano VR2 — 4 шт., начинаем обслуживание."),
           locale="en"),
    "decided", "6480", ["1"], S_ON, "two events (left base 9:00, on site 9:40): latest = на месте")

# 044 --- 6533 accepted, Gmail reply to customer's letter
add(gmail_own(d("2026-11-17 11:25:02"), "Re: Заявка 6533 д/с 112",
              "Добрый день! Принято, бригада Хабибуллина, выезд в течение часа.",
              quote=(CUST, d("2026-11-17 11:04:00"),
                     "Заявка 6533. МАДОУ д/с №112, ул. Белинского 86, гр. «Солнышко» — течь радиатора. Срочно."),
              irt=mid_cust()),
    "decided", "6533", [], S_ACC, "'Принято' in reply to the request; departure only promised")

# 045 --- 6533 on the way, Apple RU; number only in forwarded old subject
add(apple_fwd(d("2026-11-17 12:40:30"), "Fwd: садик 112", "",
              inner(RUSLAN, "2026-11-17 12:36:00", "Re: Заявка 6533", "Едем, будем минут через 15.", to=OLGA), locale="ru"),
    "decided", "6533", [], S_WAY, "number only in forwarded subject 'Re: Заявка 6533'; 'будем через 15' = on the way")

# 046 --- review: number not in registry (typo)
add(yandex_own(d("2026-11-17 13:00:16"), "6553 на месте", "Бригада на месте, течь локализовали."),
    "review", note="6553 is not in the registry (probably a typo of 6533, but cannot be recorded)")

# 047 --- 6411 p2 done, Outlook forward as attachment; inner cp1251 base64
inner047 = raw_inner(PETROV, DISP, d("2026-11-17 13:31:00"), "6411 насосная",
                     "Ольга Викторовна, по второй позиции (насосная группа) — заменили обратный клапан Ду50, насосы Wilo TOP-S 40/10 работают без шума.\r\nРаботы завершены, бригада убыла 13:25.\r\n\r\nПетров С.А.",
                     "windows-1251", "base64", mailer="Microsoft Outlook 16.0", mid=mid_outlook())
p_own = leaf("Пересылаю отчёт бригады.\n\n" + SIG_OUTLOOK + "\n", "plain", "utf-8", "quoted-printable")
add(message(std_headers(DISP, d("2026-11-17 13:40:41"), "FW: 6411 насосная", mid_outlook(),
                        extra=[("X-Mailer", XM_OUTLOOK), ("Content-Language", "ru")]),
            multipart("mixed", [p_own, rfc822_part(inner047, "6411 насосная.eml")],
                      bnd="_004_" + uuid.UUID(int=rnd.getrandbits(128)).hex[:20] + "_")),
    "decided", "6411", ["2"], S_OFF, "attached message (cp1251); 'по второй позиции ... бригада убыла'")

# 048 --- review: negation
add(outlook_msg(d("2026-11-17 14:00:35"), "RE: 6480 поз.2 — когда выезд?",
                "Ещё не выехали, ждём машину с другого объекта. Сообщу, как только поедут.",
                [(CUST, d("2026-11-17 13:51:00"), DISP, "6480 поз.2 — когда выезд?", "Ольга, по складу Б когда ждать бригаду?")],
                charset="utf-8", cte="quoted-printable", irt=mid_cust()),
    "review", note="negation 'ещё не выехали'; nothing happened yet")

# 049 --- 6480 p2 on the way, Gmail EN forward, caps
add(gmail_fwd(d("2026-11-17 15:20:17"), "Fwd: 6480 п.2", "",
              inner(ZOTOV, "2026-11-17 15:14:00", "6480 п.2", "ВЫЕХАЛИ НА СКЛАД Б", to=GMAIL), locale="en"),
    "decided", "6480", ["2"], S_WAY, "caps 'ВЫЕХАЛИ НА СКЛАД Б'")

# 050 --- 6533 done, Yandex own
add(yandex_own(d("2026-11-17 15:30:46"), "Заявка 6533 — выполнено",
               "Д/с 112 (заявка 6533): радиатор в группе «Солнышко» заменён, течи нет, всё работает.\nБригада уехала в 15:10."),
    "decided", "6533", [], S_OFF, "result + 'бригада уехала'; number in brackets after the address")

# 051 --- 6480 p1 done (left FOR another position), TB RU forward cp1251 8bit
add(tb_fwd(d("2026-11-17 16:00:58"), "Fwd: 6480 склад А", "",
           inner(ZOTOV, "2026-11-17 15:05:00", "6480 склад А",
                 "Склад А, поз.1 — все 4 Volcano обслужены, готово. Уехали на склад Б к ребятам."),
           charset="windows-1251", cte="8bit"),
    "decided", "6480", ["1"], S_OFF, "'готово', left position 1 (travelling to another position of the same request)")

# 052 --- 6480 p2 done, Outlook FW; number in forwarded subject
add(outlook_msg(d("2026-11-17 18:05:13"), "FW: RE: 6480 поз.2", "",
                [(ZOTOV, d("2026-11-17 17:58:00"), DISP, "RE: 6480 поз.2", "Склад Б — всё, закончили 17:50, уехали.")],
                charset="utf-8", cte="quoted-printable", sig=None),
    "decided", "6480", ["2"], S_OFF, "'закончили, уехали'")

# 053 --- 6480 p3 on site, Gmail own, '#'
add(gmail_own(d("2026-11-18 09:20:40"), "#6480 — третья позиция",
              "По третьей позиции (АБК) бригада на месте с 09:05."),
    "decided", "6480", ["3"], S_ON, "'по третьей позиции' in words; '#6480'")

# 054 --- 6617 accepted, Outlook own reply, caps
add(outlook_msg(d("2026-11-18 09:55:21"), "RE: Заявка 6617", "ПРИНЯТА. Исполнитель — инженер Гуляев А.Н.",
                [(CUST, d("2026-11-18 09:33:00"), DISP, "Заявка 6617",
                  "Заявка 6617, ул. Луначарского, 81.\n1 — сплит-системы в серверной (2 шт.), не охлаждают.\n2 — наружный блок VRF, авария.\nПрошу принять.")],
                charset="windows-1251", cte="quoted-printable", irt=mid_cust()),
    "decided", "6617", [], S_ACC, "caps 'ПРИНЯТА' in reply")

# 055 --- 6617 p1 on the way, Yandex forward, '6617 (1)'
add(yandex_fwd(d("2026-11-18 11:00:39"), "Fwd: 6617 (1)", "",
               inner(GULYAEV, "2026-11-18 10:56:00", "6617 (1)", "Выезжаю на Луначарского 81, серверная.")),
    "decided", "6617", ["1"], S_WAY, "'выезжаю' = leaving now; position in brackets in subject")

# 056 --- 6617 p1 on site; KOI8-R Thunderbird; subject names the old status
add(tb_fwd(d("2026-11-18 11:50:07"), "Fwd: Re: 6617 (1) в пути", "уже на месте",
           inner(GULYAEV, "2026-11-18 11:43:00", "Re: 6617 (1) в пути",
                 "На месте, серверная 3 этаж. Daikin FTXB35C — один не холодит, второй в норме. Проверяю давление."),
           charset="koi8-r", cte="8bit"),
    "decided", "6617", ["1"], S_ON, "subject still 'в пути', body 'на месте'; KOI8-R")

# 057 --- 6480 p3 done: 'выехали с объекта'
add(apple_fwd(d("2026-11-18 12:30:55"), "Fwd: 6480 АБК", "",
              inner(ZOTOV, "2026-11-18 12:19:00", "6480 АБК", "по 3-й позиции (АБК) закончили, выехали с объекта в 12:15.", to=OLGA),
              locale="en"),
    "decided", "6480", ["3"], S_OFF, "'выехали С объекта' = left, not on the way; '3-й позиции'")

# 058 --- review: price talk
add(outlook_msg(d("2026-11-18 13:00:44"), "FW: 6617 поз.2 VRF — компрессор",
                "Коллеги, просим согласовать. Пересылаю заключение инженера.",
                [(GULYAEV, d("2026-11-18 12:48:00"), DISP, "6617 поз.2 VRF",
                  "Поз.2 — наружный блок VRF Daikin RXYQ10T: компрессор в КЗ на корпус, нужна замена.\nСтоимость с работой 184 000 руб. с НДС, срок поставки 5–7 раб. дней. Без согласования не заказываем.")],
                charset="utf-8", cte="quoted-printable"),
    "review", note="price / approval request; no status reported")

# 059 --- 6617 p1 done; crew message quotes an older note mentioning 6411
add(gmail_fwd(d("2026-11-18 15:40:12"), "Fwd: серверная", "по 6617 п.1",
              inner(GULYAEV, "2026-11-18 15:33:00", "серверная",
                    "Серверную закончил: утечка на вальцовке, перевальцевал, дозаправил R32. Оба сплита держат 19°. Ушёл в 15:30.\n\n"
                    "18.11.2026, 12:05, Ольга Кравченко:\n> Лёша, после Луначарского заедь на Гагарина 29 (6411), там опять шумит насос.",
                    to=GMAIL), locale="ru"),
    "decided", "6617", ["1"], S_OFF,
    "'закончил... ушёл'; request/position in own line; 6411 appears only inside the crew's quoted history")

# 060 --- ignored: read receipt (MDN)
mdn_h = "Ваше сообщение\n\n  Кому: dispatcher@teplo-sm.ru\n  Тема: 6617 поз.2 — согласование стоимости\n  Отправлено: 18.11.2026 15:48\n\nбыло прочитано 18.11.2026 16:00."
mdn_status = ("Reporting-UA: teplo-sm.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;dispatcher@teplo-sm.ru\n"
              f"Original-Message-ID: {mid_cust()}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
ent = multipart("report", [leaf(mdn_h, "plain", "utf-8", "quoted-printable"),
                           b"Content-Type: message/disposition-notification\n\n" + mdn_status.encode()],
                extra='; report-type="disposition-notification"')
add(message(std_headers(DISP, d("2026-11-18 16:00:03"), "Прочитано: 6617 поз.2 — согласование стоимости", mid_outlook(),
                        extra=[("X-Mailer", XM_OUTLOOK)]), ent),
    "ignored", note="read receipt (MDN)")

# 061 --- 6702 accepted, TB reply
add(tb_own(d("2026-11-19 14:40:31"), "Re: Заявка № 6702 гостиница «Уют»",
           "Принята в работу. Ответственный — Сафин И.Р.\n\n19.11.2026 14:12, Диспетчерская ОМИС пишет:\n"
           "> Заявка № 6702, гостиница «Уют», ул. Вокзальная, 2.\n> 1 — бойлер ГВС 500 л, не греет.\n"
           "> 2 — ИТП, течь на теплообменнике.\n> 3 — вентиляция кухни ресторана, шум.", irt=mid_cust()),
    "decided", "6702", [], S_ACC, "'принята в работу' above quoted request")

# 062 --- ignored: bounce
orig_hdrs = ("Return-Path: <dispatch@zakazchik-omis.ru>\nFrom: " + addr(CUST) + "\nTo: ushakov@teplo-sm.ru\n"
             "Subject: " + enc("Заявка 6702 — доступ на кухню") + "\nDate: " + rfc_date(d("2026-11-19 15:04:40")) +
             "\nMessage-ID: " + mid_cust() + "\n")
bounce_txt = ("This is the mail system at host mail.teplo-sm.ru.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
              "                   The mail system\n\n<ushakov@teplo-sm.ru>: user unknown in local recipient table\n")
dsn = ("Reporting-MTA: dns; mail.teplo-sm.ru\nX-Postfix-Queue-ID: 4Rk2Yq0ZJzz9vBx\nArrival-Date: " + rfc_date(d("2026-11-19 15:04:44")) +
       "\n\nFinal-Recipient: rfc822; ushakov@teplo-sm.ru\nOriginal-Recipient: rfc822;ushakov@teplo-sm.ru\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: x-unix; user unknown\n")
ent = multipart("report", [leaf(bounce_txt, "plain", "us-ascii", "7bit", extra=("Content-Description: Notification",)),
                           b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn.encode(),
                           b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig_hdrs.encode()],
                extra='; report-type=delivery-status')
add(message([("From", "MAILER-DAEMON@teplo-sm.ru (Mail Delivery System)"), ("To", CUST[1]),
             ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfc_date(d("2026-11-19 15:04:45"))),
             ("Message-ID", "<20261119120445.4Rk2Yq0ZJzz9vBx@mail.teplo-sm.ru>"), ("Auto-Submitted", "auto-replied")], ent),
    "ignored", note="bounce (delivery failure) of the customer's letter; request number only in returned headers")

# 063 --- 6702 p2 on the way, Outlook FW, noun 'выезд', number in brackets after address
add(outlook_msg(d("2026-11-20 08:30:02"), "FW: ИТП Вокзальная", "",
                [(SAFIN, d("2026-11-20 08:24:00"), DISP, "ИТП Вокзальная",
                  "Вокзальная 2 (6702), поз.2 ИТП — выезд 08:20.")],
                charset="utf-8", cte="quoted-printable"),
    "decided", "6702", ["2"], S_WAY, "noun 'выезд' with time; number in brackets after the address")

# 064 --- review: acknowledgement of the customer's letter
add(gmail_own(d("2026-11-20 10:00:36"), "Re: 6617 поз.2 — согласование стоимости",
              "Ваше письмо получила, спасибо. Передам руководству, ответим до конца дня.",
              quote=(CUST, d("2026-11-20 09:41:00"),
                     "Ольга, стоимость 184 000 руб. согласовать не можем, просим КП с альтернативным компрессором."),
              irt=mid_cust()),
    "review", note="acknowledgement of the customer's letter; price talk; no status")

# 065 --- ignored: calendar response
ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Диспетчерская ТеплоСервис-Монтаж:mailto:dispatcher@teplo-sm.ru\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Планёрка ОМИС с подрядчиками\nDTSTART:20261127T080000Z\nDTEND:20261127T090000Z\n"
       "UID:040000008200E00074C5B7101A82E00800000000E0F2A1B3C4D5DA01\nSEQUENCE:0\nDTSTAMP:20261120T080011Z\nEND:VEVENT\nEND:VCALENDAR\n")
ent = multipart("alternative", [leaf("", "plain", "utf-8", "base64"),
                                leaf(ics, "calendar", "utf-8", "base64", ct_extra="; method=REPLY")])
add(message(std_headers(DISP, d("2026-11-20 11:00:11"), "Принято: Планёрка ОМИС с подрядчиками (пятница 11:00)", mid_outlook(),
                        extra=[("X-Mailer", XM_OUTLOOK), ("Content-Class", "urn:content-classes:calendarmessage")]), ent),
    "ignored", note="calendar meeting response generated by Outlook ('Принято:' is about the meeting)")

# 066 --- 6702 p1+p2 done, Apple RU forward
add(apple_fwd(d("2026-11-20 13:30:25"), "Fwd: Уют", "6702",
              inner(SAFIN, "2026-11-20 13:22:00", "Уют",
                    "Поз.1 бойлер и поз.2 ИТП — работы завершены.\nБойлер: заменили ТЭН и термостат; ИТП: теплообменник перебрали, прокладки новые.\nУбыли 13:15.",
                    to=OLGA), locale="ru"),
    "decided", "6702", ["1", "2"], S_OFF, "two positions, same status")

# 067 --- review: promise for Monday
add(yandex_own(d("2026-11-20 15:00:40"), "6702 п.3",
               "По вентиляции кухни выедут в понедельник с утра, ремень на вентилятор под заказ."),
    "review", note="plan / promise for Monday; nothing happened yet")

# 068 --- 6790 accepted + on the way (latest = в пути), Gmail own early morning
add(gmail_own(d("2026-11-23 07:05:18"), "6790 спорткомплекс",
              "Заявку 6790 приняли, бригада Петрова уже выехала, будут через 30–40 минут."),
    "decided", "6790", [], S_WAY, "accepted and already travelling: latest = в пути")

# 069 --- 6790 done, Gmail reply to her own previous letter (quoted)
add(gmail_own(d("2026-11-23 10:40:52"), "Re: 6790 спорткомплекс",
              "ОТОПЛЕНИЕ ДАЛИ. Причина — кто-то закрыл задвижку на обратке в ИТП.\nБригада прибыла в 07:35, снялась с объекта в 10:30.",
              quote=(GMAIL, d("2026-11-23 07:05:00"),
                     "Заявку 6790 приняли, бригада Петрова уже выехала, будут через 30–40 минут.")),
    "decided", "6790", [], S_OFF, "arrived 07:35 and 'снялась с объекта' 10:30: latest = убыл; quote is history")

# 070 --- 6702 p3 arrived + left, Outlook FW, noun forms
add(outlook_msg(d("2026-11-23 15:00:29"), "FW: 6702 п.3 вентиляция кухни", "",
                [(SAFIN, d("2026-11-23 14:56:00"), DISP, "6702 п.3 вентиляция кухни",
                  "П.3: прибытие 09:40, замена ремня и подшипников вентилятора, чистка зонта.\nУбытие 14:50. Шума нет.")],
                charset="windows-1251", cte="quoted-printable"),
    "decided", "6702", ["3"], S_OFF, "nouns 'прибытие'/'убытие' with times: latest = убыл")

# 071 --- review: no request number anywhere
add(yandex_fwd(d("2026-11-23 16:00:03"), "Fwd: Луначарского", "",
               inner(GULYAEV, "2026-11-23 15:51:00", "Луначарского", "Ольга, на Луначарского закончил, уехал. Компрессор поставили.")),
    "review", note="no request number anywhere (address only)")

# 072 --- ignored: vacation auto-reply (Yandex)
add(message(std_headers(OLGA, d("2026-11-24 09:00:14"), "Re: 6617 поз.2 — КП", mid_yandex(), irt=mid_cust(),
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "yes")]),
            leaf("Добрый день!\nЯ в отпуске с 24.11 по 30.11. По заявкам пишите на dispatcher@teplo-sm.ru или звоните +7 (495) 600-62-11.\n\nОльга Кравченко",
                 "plain", "utf-8", "base64")),
    "ignored", note="vacation auto-reply (Auto-Submitted), although the subject carries a request number")

# 073 --- ignored: bulk newsletter
news_html = ("<html><body><table width=600><tr><td><h2>ТеплоСервис-Монтаж: новости ноября</h2>"
             "<p>Отопительный сезон в разгаре! Наши бригады выезжают на аварийные заявки в течение 30 минут, "
             "в ноябре выполнено 412 заявок.</p><p>Новое: сервисные договоры на ИТП от 9 900 руб./мес.</p>"
             "<p><a href=\"https://teplo-sm.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\">Отписаться от рассылки</a></p>"
             "</td></tr></table></body></html>\n")
news_plain = ("ТеплоСервис-Монтаж: новости ноября\n\nОтопительный сезон в разгаре! Наши бригады выезжают на аварийные заявки "
              "в течение 30 минут, в ноябре выполнено 412 заявок.\nНовое: сервисные договоры на ИТП от 9 900 руб./мес.\n\n"
              "Отписаться: https://teplo-sm.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\n")
add(message(std_headers(NEWS, d("2026-11-24 10:00:00"), "Новости ТеплоСервис-Монтаж: ноябрь 2026",
                        "<news-2026-11.dispatch.zakazchik-omis.ru@teplo-sm.ru>",
                        extra=[("Precedence", "bulk"), ("List-Id", "<news.teplo-sm.ru>"),
                               ("List-Unsubscribe", "<https://teplo-sm.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
                               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Unisender")]),
            multipart("alternative", [leaf(news_plain, "plain", "utf-8", "base64"), leaf(news_html, "html", "utf-8", "base64")])),
    "ignored", note="bulk newsletter (Precedence: bulk, List-Unsubscribe)")


# ============================================================================
def main():
    labels = {}
    for i, (b, lab) in enumerate(L, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(LET, name), "wb") as f:
            f.write(b)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
        json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))


if __name__ == "__main__":
    main()
