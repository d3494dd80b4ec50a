#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona: ИП Захарченко «ЗелёныйГород» (Волгоград).

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Raw messages are assembled by hand (to control charsets / transfer encodings
the way each mail client does it) and then checked with the email package.
"""
import base64
import datetime as dtm
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import random
import uuid
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

rnd = random.Random(66014)
TZ = dtm.timezone(dtm.timedelta(hours=3))


def D(day, hh, mm, ss=None):
    return dtm.datetime(2026, 11, day, hh, mm, rnd.randint(0, 59) if ss is None else ss, tzinfo=TZ)


DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
RUSLAN = ("Руслан Захарченко", "ruslan.zgorod@yandex.ru")
ARTEM = ("Артём Захарченко", "artem@zelgorod34.ru")
BUH = ("Бухгалтерия ЗелёныйГород", "buh@zelgorod34.ru")
NEWS = ("ЗелёныйГород", "news@zelgorod34.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@zelgorod34.ru")

YA_SIG = "\n\n--\nОтправлено из мобильной Яндекс Почты"

ARTEM_SIG = """--
С уважением,
Артём Захарченко
ИП Захарченко Р.В. «ЗелёныйГород»
ИНН 344407312588, ОГРНИП 318344300066121
г. Волгоград, ул. Хиросимы, 14, оф. 3
тел. +7 (8442) 50-66-14, моб. +7 961 068-22-40"""

ARTEM_SIG_KOI = """--
С уважением,
Артём Захарченко
ИП Захарченко Р.В. "ЗелёныйГород"
ИНН 344407312588
г. Волгоград, ул. Хиросимы, 14, оф. 3
тел. +7 (8442) 50-66-14"""

BUH_SIG = """С уважением,
Гусева Ольга Николаевна
бухгалтер ИП Захарченко Р.В. «ЗелёныйГород»
тел. +7 (8442) 50-66-15"""


# ---------------------------------------------------------------- helpers
def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def enc_addr(who, charset="utf-8", quote_plain=False):
    name, addr = who
    return f"{enc_hdr(name, charset)} <{addr}>"


def body_bytes(text, charset, cte):
    b = text.encode(charset)
    if cte in ("8bit", "7bit"):
        return b if b.endswith(b"\n") else b + b"\n"
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        q = quopri.encodestring(b)
        return q if q.endswith(b"\n") else q + b"\n"
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, params=""):
    h = f"Content-Type: {ctype}; charset={charset}{params}\nContent-Transfer-Encoding: {cte}\n\n"
    return h.encode("ascii") + body_bytes(text, charset, cte)


def binleaf(ctype, data, filename, disp="attachment"):
    fn = enc_hdr(filename)
    h = (f'Content-Type: {ctype}; name="{fn}"\nContent-Disposition: {disp}; filename="{fn}"\n'
         f"Content-Transfer-Encoding: base64\n\n")
    return h.encode("ascii") + base64.encodebytes(data)


def boundary(style="tb"):
    if style == "ya":
        return f"----==--bound.{rnd.randint(100000, 999999)}.sas{rnd.randint(1, 9)}-{uuid.UUID(int=rnd.getrandbits(128)).hex[:12]}.qloud-c.yandex.net"
    if style == "ol":
        return f"----=_NextPart_000_{rnd.randint(0, 0xFFFF):04X}_01DB{rnd.randint(0, 0xFFFF):04X}.{rnd.randint(0, 0xFFFFFFFF):08X}"
    return "------------" + "".join(rnd.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))


def multipart(subtype, parts, style="tb", params="", preamble=True):
    b = boundary(style)
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"{params}\n\n'.encode("ascii")
    if preamble:
        out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"--{b}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{b}--\n".encode("ascii")
    return out


def rfc822part(msg_bytes, ctype="message/rfc822", name=None):
    h = f"Content-Type: {ctype}"
    if name:
        h += f'; name="{enc_hdr(name)}"\nContent-Disposition: attachment; filename="{enc_hdr(name)}"'
    h += "\n\n"
    return h.encode("ascii") + msg_bytes


def assemble(headers, body):
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    return ("\n".join(lines) + "\n").encode("ascii") + body


def text2html_ya(text):
    """Yandex-ish html: a div per line, '>' lines into blockquotes."""
    out = []
    depth = 0
    for line in text.split("\n"):
        d = 0
        s = line
        while s.startswith(">"):
            d += 1
            s = s[1:].lstrip(" ") if s[1:2] in (" ", ">", "") else s[1:]
        while depth < d:
            out.append('<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(f"<div>{html.escape(s) if s.strip() else '&nbsp;'}</div>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    return "<div>" + "\n".join(out) + "</div>\n"


def ya_mid(dt):
    return f"<{rnd.randint(1000000, 9999999)}{int(dt.timestamp())}@mail.yandex.ru>"


def tb_mid():
    return f"<{uuid.UUID(int=rnd.getrandbits(128))}@zelgorod34.ru>"


def ol_mid():
    return f"<00{rnd.randint(0, 0xFFFFFF):06x}$1{rnd.randint(0, 0xFFFFFFF):07x}$db{rnd.randint(0, 0xFFFFFF):06x}$@zelgorod34.ru>"


def disp_mid(tag):
    h = hashlib.md5(tag.encode()).hexdigest()
    return f"<{h[:8]}.{h[8:16]}@zakazchik-omis.ru>"


def reply_hdrs(reply_to):
    if not reply_to:
        return []
    return [("In-Reply-To", reply_to), ("References", reply_to)]


# ---------------------------------------------------------------- clients
def yandex(dt, subject, text, *, mode="alt", cte="base64", sig=True, reply_to=None,
           to=DISPATCH, cc=None, frm=RUSLAN):
    # Yandex mobile puts its signature under the new text, above the quoted history
    import re
    m = re.search(r"\n\n\d\d\.\d\d\.\d{4}, \d\d:\d\d, \"", text)
    if m and sig:
        full = text[:m.start()] + YA_SIG + text[m.start():]
    else:
        full = text + (YA_SIG if sig else "")
    hdrs = [("From", enc_addr(frm)), ("To", enc_addr(to))]
    if cc:
        hdrs.append(("Cc", enc_addr(cc)))
    hdrs += [("Subject", enc_hdr(subject) if subject else ""),
             ("MIME-Version", "1.0"),
             ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
             ("Date", format_datetime(dt)),
             ("Message-Id", ya_mid(dt))] + reply_hdrs(reply_to)
    if mode == "html":
        body = leaf("text/html", text2html_ya(full), "utf-8", cte)
    else:
        body = multipart("alternative", [leaf("text/plain", full, "utf-8", cte),
                                         leaf("text/html", text2html_ya(full), "utf-8", cte)],
                         style="ya", preamble=False)
    return assemble(hdrs, body)


def tb_headers(dt, subject, charset="UTF-8", to=DISPATCH, cc=None, frm=ARTEM, reply_to=None):
    cs = "utf-8" if charset.upper() == "UTF-8" else charset.lower()
    hdrs = [("Message-ID", tb_mid()), ("Date", format_datetime(dt)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ru")]
    hdrs += [("To", enc_addr(to, cs))]
    if cc:
        hdrs.append(("Cc", enc_addr(cc, cs)))
    hdrs += [("From", enc_addr(frm, cs)), ("Subject", enc_hdr(subject, cs))]
    hdrs += reply_hdrs(reply_to)
    return hdrs


def thunderbird(dt, subject, text, *, charset="UTF-8", reply_to=None, cc=None, to=DISPATCH,
                attachments=None, html_body=None):
    hdrs = tb_headers(dt, subject, charset, to=to, cc=cc, reply_to=reply_to)
    cs = "utf-8" if charset.upper() == "UTF-8" else charset.lower()
    if html_body:
        main = multipart("alternative", [
            leaf("text/plain", text, charset, "8bit", "; format=flowed"),
            leaf("text/html", html_body, charset, "8bit")], preamble=False)
    else:
        main = leaf("text/plain", text, charset, "8bit", "; format=flowed")
    if attachments:
        parts = [main] + [binleaf(ct, data, fn) for ct, data, fn in attachments]
        body = multipart("mixed", parts)
    else:
        body = main
    return assemble(hdrs, body)


def outlook(dt, subject, text, *, html_body=None, reply_to=None, to=DISPATCH, attachments=None,
            frm=BUH):
    hdrs = [("From", enc_addr(frm, "windows-1251")), ("To", enc_addr(to, "windows-1251")),
            ("Subject", enc_hdr(subject, "windows-1251")), ("Date", format_datetime(dt)),
            ("Message-ID", ol_mid())] + reply_hdrs(reply_to) + [
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", base64.b64encode(rnd.randbytes(22)).decode()),
            ("Content-Language", "ru")]
    if html_body is None:
        paras = "".join(
            f"<p class=MsoNormal>{html.escape(l) if l.strip() else '&nbsp;'}<o:p></o:p></p>\n"
            for l in text.split("\n"))
        html_body = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                     "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
                     "</head><body lang=RU link=\"#0563C1\"><div class=WordSection1>\n"
                     + paras + "</div></body></html>")
    alt = multipart("alternative", [leaf("text/plain", text, "\"windows-1251\"", "quoted-printable"),
                                    leaf("text/html", html_body, "\"windows-1251\"", "quoted-printable")],
                    style="ol", preamble=False)
    if attachments:
        parts = [alt] + [binleaf(ct, data, fn) for ct, data, fn in attachments]
        body = multipart("mixed", parts, style="ol")
    else:
        body = alt
    return assemble(hdrs, body)


# leaf() uses charset for both header param and python codec; handle quoted charset name
_orig_body_bytes = body_bytes


def body_bytes(text, charset, cte):  # noqa: F811
    return _orig_body_bytes(text, charset.strip('"'), cte)


def ya_quote(dt, who, text, depth=1):
    p = ">" * depth + " "
    head = f'{dt.strftime("%d.%m.%Y, %H:%M")}, "{who[0]}" <{who[1]}>:'
    lines = [head] + [(p + l).rstrip() if l else p.rstrip() for l in text.split("\n")]
    return "\n".join(lines)


def tb_quote(dt, who_name, text):
    head = f'{dt.strftime("%d.%m.%Y %H:%M")}, {who_name} пишет:'
    return "\n".join([head] + [("> " + l).rstrip() if l else ">" for l in text.split("\n")])


def jpeg(n=1800):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rnd.randbytes(n) + b"\xff\xd9"


def pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + f"% {title}\n".encode("ascii", "replace") + rnd.randbytes(600) + b"\n%%EOF\n")


# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ИП Захарченко Руслан Викторович («ЗелёныйГород»)",
        "emails": ["ruslan.zgorod@yandex.ru", "artem@zelgorod34.ru", "buh@zelgorod34.ru",
                   "news@zelgorod34.ru", "MAILER-DAEMON@zelgorod34.ru"],
        "domains": ["zelgorod34.ru"],
    },
    "requests": [
        {"number": "66014", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "Спил аварийных деревьев, ул. Двинская, 12: 1 — тополь у 1-го подъезда, 2 — клён у 3-го подъезда, 3 — вяз у детской площадки"},
        {"number": "66027", "positions": ["1", "2"], "registered_at": "2026-11-03T09:10:00+03:00",
         "comment": "Кронирование тополей, пр. Ленина, 45: 1 — 6 тополей вдоль проспекта, 2 — 4 тополя во дворе"},
        {"number": "66031", "positions": ["1"], "registered_at": "2026-11-03T14:20:00+03:00",
         "comment": "Вывоз порубочных остатков после ветровала, ул. Землячки, 30"},
        {"number": "66105", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:15:00+03:00",
         "comment": "Последний осенний покос газонов, ул. Хорошева: 1 — у д. 8, 2 — у д. 10, 3 — у д. 12, 4 — сквер"},
        {"number": "66118", "positions": ["1", "2"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "Спил сухостоя, ул. Кастерина, 5: 1 — 2 сухих клёна у дома, 2 — сухая берёза у трансформаторной"},
        {"number": "66240", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "Кронирование лип, ул. Рокоссовского, 50: 1 — вдоль фасада, 2 — у парковки, 3 — у школьного забора"},
        {"number": "66302", "positions": ["1"], "registered_at": "2026-11-10T11:45:00+03:00",
         "comment": "Удаление пней (пнедробилка), ул. Ангарская, 17"},
        {"number": "66347", "positions": ["1"], "registered_at": "2026-11-12T06:50:00+03:00",
         "comment": "АВАРИЙНАЯ: тополь упал на гаражи, ул. Тулака, 3"},
        {"number": "66410", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-13T09:00:00+03:00",
         "comment": "Уборка листвы и вывоз, дворы ул. Маршала Жукова: 1 — д. 100, 2 — д. 102, 3 — д. 104, 4 — д. 106"},
        {"number": "66455", "positions": ["1", "2"], "registered_at": "2026-11-16T08:20:00+03:00",
         "comment": "Кронирование лип, ул. Мира, 11: 1 — липа у арки, 2 — липа у детской площадки"},
        {"number": "66512", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T10:30:00+03:00",
         "comment": "Санитарная обрезка кустарника, ул. Баррикадная, 7: 1 — сирень у подъездов, 2 — живая изгородь вдоль тротуара, 3 — кусты у контейнерной площадки"},
        {"number": "66587", "positions": ["1", "2"], "registered_at": "2026-11-20T08:05:00+03:00",
         "comment": "Аварийный вяз, ул. Елисеева, 9: 1 — спил, 2 — вывоз порубочных остатков"},
        {"number": "66623", "positions": ["1"], "registered_at": "2026-11-23T07:30:00+03:00",
         "comment": "СРОЧНО: дерево навалилось на провода, ул. Ополченская, 20"},
    ],
}

LETTERS = []  # (dt, bytes, label)


def add(dt, raw, label):
    LETTERS.append((dt, raw, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, SITE, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ================================================================ 66014 Двинская 12
t = D(2, 9, 55)
add(t, thunderbird(t, "Заявка № 66014 – принята в работу", f"""Добрый день.

ИП Захарченко Р.В. («ЗелёныйГород») сообщает, что заявка № 66014
от 02.11.2026 (спил аварийных деревьев, ул. Двинская, д. 12) нами
принята в работу.
Выезд бригады планируем на 03.11.2026 с утра, если не будет дождя.
Просим предупредить жителей, чтобы убрали автомобили от 1-го и 3-го
подъездов.

Бригадир: Захарченко Руслан, тел. +7 927 511-40-14

{ARTEM_SIG}
"""), dec("66014", [], ACC, "formal acceptance; planned visit tomorrow is only a plan; 1-го/3-го подъездов are entrances, not positions; phone 50-66-14 in signature"))

t = D(2, 16, 22)
add(t, yandex(t, "66014 вяз", "а кто качели снимет под вязом на площадке? вяз (3 поз) без демонтажа качелей не свалим они прям под ним. мы их не трогаем если что"),
    rev("question about swings under the elm (pos 3); no status reported"))

t = D(3, 7, 48)
add(t, yandex(t, "66014", "выехли на двинскую 12 будем минут через 40 🚛🌳", cte="quoted-printable"),
    dec("66014", [], WAY, "typo 'выехли' = выехали, heading TO Двинская; ETA 40 min"))

t0 = D(3, 7, 52)
t = D(3, 8, 37)
add(t, yandex(t, "Re: 66014", "на месте огораживаем лентой. машины у подъездов так и стоят 😡 эвакуатор будет?\n\n"
              + ya_quote(t0, DISPATCH, "Принято. Жителей предупредили через УК.\n\n"
                         "03.11.2026, 07:48, \"Руслан Захарченко\" <ruslan.zgorod@yandex.ru>:\n> выехли на двинскую 12 будем минут через 40 🚛🌳"),
              reply_to=disp_mid("66014-a")),
    dec("66014", [], SITE, "on site; extra question about tow truck does not cancel the report; quoted 'выехли' is history"))

t = D(3, 12, 41)
add(t, yandex(t, "66014-1", "1 поз готово тополь спилили распустили на чурки"),
    dec("66014", ["1"], LEFT, "position in subject after dash and in body; work on pos 1 finished (готово)"))

t = D(3, 16, 58)
add(t, yandex(t, "Re: 66014-1", "ПО 66014 2 И 3 ПОЗ ДОДЕЛАЛИ ВСЁ ВЫВЕЗЛИ УЕХАЛИ С ДВИНСКОЙ\n\n"
              + ya_quote(D(3, 12, 50, 0), DISPATCH, "Принято, спасибо.\n\n03.11.2026, 12:41, \"Руслан Захарченко\" <ruslan.zgorod@yandex.ru>:\n> 1 поз готово тополь спилили распустили на чурки"),
              sig=False, reply_to=disp_mid("66014-b")),
    dec("66014", ["2", "3"], LEFT, "caps; subject '-1' is old, body reports pos 2 and 3 done and crew left FROM Двинская"))

# ================================================================ 66027 Ленина 45
t = D(3, 11, 25)
q = tb_quote(D(3, 9, 14, 0), "Диспетчерская ОМИС", """Добрый день.
Направляем заявку N 66027: кронирование тополей во дворе пр. Ленина, 45
(поз. 1 - 6 тополей вдоль проспекта, поз. 2 - 4 тополя во дворе).
Прошу подтвердить принятие и сообщить сроки.
--
Диспетчерская ОМИС, тел. 8 (8442) 38-10-00""")
add(t, thunderbird(t, "Re: Заявка 66027 кронирование тополей пр. Ленина 45", f"""Добрый день, заявку приняли.
Автовышку АГП-22 заказали на 05.11, в этот день и начнём.

{ARTEM_SIG_KOI}

{q}
""", charset="KOI8-R", reply_to=disp_mid("66027")),
    dec("66027", [], ACC, "KOI8-R; acceptance on top of quoted request; АГП-22 and dates are not request numbers"))

t = D(5, 7, 35)
add(t, yandex(t, "ленина 45 (66027)", "выдвигаемся с базы на ленина 45 вышка едет за нами"),
    dec("66027", [], WAY, "number in brackets after address; moving from base to the site"))

t = D(5, 8, 31)
add(t, yandex(t, "Re: ленина 45 (66027)", "мы HA MECTE, вышку ставим\n\n"
              + ya_quote(D(5, 7, 40, 0), DISPATCH, "Добро, ждём."), reply_to=disp_mid("66027-b")),
    dec("66027", [], SITE, "'HA MECTE' written with Latin H, A, M, E, C, T"))

t = D(6, 15, 20)
b04 = """Добрый день.

По заявке 66027 сообщаем: работы по позиции 1 (6 тополей вдоль
проспекта) завершены сегодня в 15:00, порубочные остатки вывезены.
Позицию 2 (двор) сделаем в понедельник 09.11 – автовышка на завтра
занята на другом объекте."""
add(t, thunderbird(t, "Заявка 66027 — позиция 1 выполнена", b04 + "\n\n" + ARTEM_SIG + "\n", cc=RUSLAN),
    dec("66027", ["1"], LEFT, "pos 1 finished; pos 2 only planned for 09.11"))

t = D(9, 14, 12)
add(t, yandex(t, "Re: Заявка 66027 — позиция 1 выполнена",
              "по второй позиции тоже закончили во дворе прибрали за собой уезжаем\n\n"
              + ya_quote(D(6, 15, 20, 0), ARTEM, b04), reply_to=tb_mid()),
    dec("66027", ["2"], LEFT, "subject names pos 1 (old); body: second position finished, leaving"))

# ================================================================ 66031 Землячки 30
t = D(4, 7, 42)
add(t, yandex(t, "Землячки 30 / 66031",
              "камаз с манипулятором вышел на землячки 30 по заявке 66 031 вывоз веток. номер А 661 ВО 134 если на шлагбауме спросят",
              cte="quoted-printable"),
    dec("66031", [], WAY, "number split by space '66 031'; truck left for the site; car plate 661 is not a number"))

t = D(4, 11, 52)
add(t, yandex(t, "Re: Землячки 30 / 66031", "всё вывезли площадка чистая 2 рейса по 9 куб\n\n"
              + ya_quote(D(4, 7, 50, 0), DISPATCH, "Принято. Охрану предупредили."), reply_to=disp_mid("66031")),
    dec("66031", [], LEFT, "result: everything hauled away, site clean"))

# ================================================================ 66105 Хорошева
t = D(5, 9, 31)
txt = """Добрый день!

Заявка 66105 на покос газонов (ул. Хорошева) принята.
Покос выполним 06–07.11 при условии отсутствия осадков.
Просим обеспечить, чтобы на газонах у домов 8, 10, 12 не было
припаркованных автомобилей.

""" + ARTEM_SIG
htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>"
       "<p>Добрый день!</p><p>Заявка <b>66105</b> на покос газонов (ул. Хорошева) <b>принята</b>.<br>"
       "Покос выполним 06–07.11 при условии отсутствия осадков.<br>Просим обеспечить, чтобы на газонах у домов 8, 10, 12 "
       "не было припаркованных автомобилей.</p><div class=\"moz-signature\">" + html.escape(ARTEM_SIG).replace("\n", "<br>")
       + "</div></body></html>")
add(t, thunderbird(t, "Принятие заявки 66105 (покос, ул. Хорошева)", txt, html_body=htm),
    dec("66105", [], ACC, "Thunderbird HTML+plain; acceptance; house numbers 8/10/12 are not positions"))

t = D(5, 16, 5)
add(t, yandex(t, "66105", "по 66105 когда можно заезжать? у 10 дома на газоне машины стоят косить невозможно. позвоните жильцам пожалуйста или в управляйку"),
    rev("question/complaint about parked cars, nothing reported"))

t = D(6, 8, 22)
add(t, yandex(t, "66105 поз 1 и 2", "на хорошева прехали косим у 8 и 10 дома", mode="html"),
    dec("66105", ["1", "2"], SITE, "HTML-only; positions in subject; arrived and mowing"))

t = D(6, 13, 5)
add(t, yandex(t, "66105 (1,2,3)", "1 2 3 скошено, трава и листва в мешках мешки забрали, поехали на обед. сквер завтра"),
    dec("66105", ["1", "2", "3"], LEFT, "positions in brackets; 1-3 done and crew left; сквер (pos 4) only planned"))

t = D(7, 10, 47)
add(t, outlook(t, "66105 сквер (поз. 4)", f"""Добрый день!

Руслан попросил написать, у него сел телефон: по заявке 66105 позиция 4 (сквер) покошена, бригада уехала в 10:30.

{BUH_SIG}
"""), dec("66105", ["4"], LEFT, "accountant relays the crew chief's report; Outlook windows-1251 QP"))

# ================================================================ 66118 Кастерина 5
t = D(6, 11, 5)
q118 = """Добрый день.
Направляем заявку 66118: спил сухостоя по адресу ул. Кастерина, 5
(1 - два сухих клёна у дома, 2 - сухая берёза у ТП-1187).
Прошу подтвердить."""
add(t, thunderbird(t, "Re: Заявка 66118 спил сухостоя", f"""Добрый день.
Заявку 66118 приняли к исполнению, спил сухостоя выполним
в понедельник 09.11.

{ARTEM_SIG_KOI}

{tb_quote(D(6, 10, 3, 0), "Диспетчерская ОМИС", q118)}
""", charset="KOI8-R", reply_to=disp_mid("66118")),
    dec("66118", [], ACC, "KOI8-R; acceptance; ТП-1187 is a transformer substation number"))

t = D(9, 8, 5)
add(t, yandex(t, "Re: Заявка 66118 спил сухостоя", "выехали будем в 8 40\n\n"
              + ya_quote(D(6, 10, 3, 0), DISPATCH, q118), reply_to=disp_mid("66118")),
    dec("66118", [], WAY, "number only in the Re: subject (and quote); 'будем в 8 40' = on the way"))

t = D(9, 11, 33)
add(t, yandex(t, "Fwd: кастерина", """по 66118 вот саня пишет

-------- Пересылаемое сообщение --------
09.11.2026, 11:20, "Саня" <sanya.pila34@yandex.ru>:

Руслан сухостой на кастерина весь спилили, мс 661 сдохла допиливали второй пилой. уехали на рокоссовского

-------- Конец пересылаемого сообщения --------"""),
    dec("66118", [], LEFT, "Yandex forward of the second crew's message: all deadwood cut, left (for another site); МС 661 is a chainsaw model"))

# ================================================================ 66240 Рокоссовского 50
t = D(9, 9, 22)
q240 = """Добрый день.
Направляем заявку 66240 – кронирование лип, ул. Рокоссовского, 50.
Позиции: 1 – вдоль фасада, 2 – у парковки, 3 – у школьного забора.
Прошу подтвердить принятие."""
add(t, thunderbird(t, "Re: Заявка 66240 — кронирование лип, ул. Рокоссовского, 50",
                   tb_quote(D(9, 8, 34, 0), "Диспетчерская ОМИС", q240)
                   + "\n\nДобрый день. Подтверждаем, заявка 66240 принята.\nВыезд планируем на 11.11.\n\nАртём\n",
                   reply_to=disp_mid("66240")),
    dec("66240", [], ACC, "reply written UNDER the quote (bottom-posting)"))

t = D(10, 17, 35)
add(t, yandex(t, "66240", "66240 завтра с утра выезжаем вышку дали 👌"),
    rev("plan for tomorrow, nothing happened yet"))

t = D(11, 7, 55)
add(t, yandex(t, "рокоссовского", "6 6 2 4 0 едем, пробка на 3-й продольной минут 20 ещё"),
    dec("66240", [], WAY, "number as spaced digits; '3-й продольной' is a road (Третья Продольная), not a position"))

t = D(11, 9, 7)
add(t, yandex(t, "Re: рокоссовского", "на рокоссовского 50 на месте по п1 начали\n\n"
              + ya_quote(D(11, 8, 0, 0), DISPATCH, "Поняла, ждём по 66240.\n\n11.11.2026, 07:55, \"Руслан Захарченко\" <ruslan.zgorod@yandex.ru>:\n> 6 6 2 4 0 едем, пробка на 3-й продольной минут 20 ещё"),
              reply_to=disp_mid("66240-b")),
    dec("66240", ["1"], SITE, "request number only in the quoted dispatcher reply and via the address; on site, started on П1"))

t = D(11, 15, 44)
add(t, thunderbird(t, "Fwd: 66240", """Пересылаю сообщение бригадира.

-------- Пересланное сообщение --------
Тема: 	66240
Дата: 	Wed, 11 Nov 2026 15:31:02 +0300
От: 	Руслан Захарченко <ruslan.zgorod@yandex.ru>
Кому: 	Артём Захарченко <artem@zelgorod34.ru>



66240 п1 п2 готово уехали. 3 поз завтра доделаем

--
Отправлено из мобильной Яндекс Почты
"""), dec("66240", ["1", "2"], LEFT, "Thunderbird inline forward; pos 1,2 done and left; pos 3 planned tomorrow"))

t = D(12, 12, 30)
add(t, yandex(t, "66240 3", "третью докронировали ветки вывезли ✔", cte="quoted-printable"),
    dec("66240", ["3"], LEFT, "'третью' = position 3, work finished"))

# ================================================================ 66302 Ангарская 17
t = D(10, 13, 10)
q302 = """Направляем заявку 66302: удаление пней (пнедробилкой) во дворе
ул. Ангарская, 17 (4 пня после спила 2025 г.)."""
add(t, thunderbird(t, "Re: Заявка 66302 удаление пней", f"""Заявку 66302 приняли в работу. Пнедробилка будет 13.11, раньше никак –
она на другом объекте.

Артём Захарченко
+7 961 068-22-40

{tb_quote(D(10, 11, 50, 0), "Диспетчерская ОМИС", q302)}
""", reply_to=disp_mid("66302")), dec("66302", [], ACC, "acceptance; '4 пня' and 2025 in quote are not positions"))

t = D(13, 9, 42)
add(t, yandex(t, "Re: Заявка 66302 удаление пней", "наряд 66302 дробилка на ангарской начали фрезеровать пни\n\n"
              + ya_quote(D(10, 11, 50, 0), DISPATCH, q302), reply_to=disp_mid("66302")),
    dec("66302", [], SITE, "'наряд 66302'; grinder on site, work started"))

t = D(13, 14, 18)
add(t, yandex(t, "66302 поз 3", "66302 поз 3 готово пни убрали уехали"),
    rev("request 66302 has only position 1; position 3 does not exist"))

t = D(13, 15, 5)
add(t, thunderbird(t, "Re: 66302 поз 3", """Уточнение: по заявке 66302 позиция одна (п. 1), бригадир ошибся
в номере позиции. Пни по позиции 1 удалены полностью, убытие бригады
в 14:10.

Артём

""" + tb_quote(D(13, 14, 18, 0), "Руслан Захарченко", "66302 поз 3 готово пни убрали уехали"), reply_to=ya_mid(D(13, 14, 18, 0))),
    dec("66302", ["1"], LEFT, "correction of the previous letter: п.1 finished, 'убытие бригады в 14:10'; quoted 'поз 3' is history"))

t = D(16, 10, 2)
add(t, yandex(t, "ангарская 17", "жильцы с ангарской звонят ругаются что не все пни убрали. там 2 пня у гаражей не наши их в заявке не было пусть новую заявку делают"),
    rev("complaint about residents, no request number, no status"))

# ================================================================ 66347 Тулака 3 (аварийная)
t = D(12, 7, 4)
add(t, yandex(t, "66347", "ПРИНЯЛИ 66347 ВЫЕЗЖАЕМ", sig=False),
    dec("66347", [], WAY, "caps; accepted and leaving now – latest is 'в пути'"))

t = D(12, 7, 41)
add(t, yandex(t, "Re: 66347", "НА ТУЛАКА НА МЕСТЕ. тополь лёг на гаражи 14 и 15 крыши помяты фото скину\n\n"
              + ya_quote(D(12, 7, 10, 0), DISPATCH, "Принято. Владельцам гаражей позвонили."), reply_to=disp_mid("66347")),
    dec("66347", [], SITE, "on site; garages 14 and 15 are not positions"))

t = D(12, 11, 20)
add(t, thunderbird(t, "Аварийная заявка 66347 — выполнено", f"""Добрый день.

По аварийному обращению № 66347 (ул. Тулака, 3): тополь (диаметр
ствола ок. 70 см) распилен и снят с гаражей № 14 и № 15, древесина
вывезена. Завершение работ – 11:05, бригада с объекта убыла.
Фото во вложении.

{ARTEM_SIG}
""", attachments=[("image/jpeg", jpeg(), "IMG_20261112_105812.jpg"), ("image/jpeg", jpeg(), "IMG_20261112_105840.jpg")]),
    dec("66347", [], LEFT, "'обращение №'; completion noun + 'убыла'; photos attached"))

t = D(13, 10, 5)
add(t, outlook(t, "Акт по аварийной заявке 66347", f"""Добрый день!

Направляем акт выполненных работ № 118 от 13.11.2026 и счёт на оплату № 412 по аварийной заявке 66347 (ул. Тулака, 3).
Сумма 38 600 руб., НДС не облагается (УСН).
Просим подписать акт и вернуть нам один экземпляр.

{BUH_SIG}
""", attachments=[("application/pdf", pdf("akt 118"), "Акт №118 от 13.11.2026.pdf"),
                  ("application/pdf", pdf("schet 412"), "Счет №412 от 13.11.2026.pdf")]),
    rev("accountant: act and invoice paperwork, no crew status reported"))

# ================================================================ 66410 Жукова
t = D(13, 9, 6)
orig = assemble([
    ("Message-ID", disp_mid("66410")), ("Date", format_datetime(D(13, 9, 5, 30))),
    ("From", enc_addr(DISPATCH)), ("To", "info@zelgorod34.ru, artem@zelgorod34.ru"),
    ("Subject", enc_hdr("Заявка 66410 — уборка листвы, ул. Маршала Жукова, 100–106")), ("MIME-Version", "1.0")],
    leaf("text/plain", "Добрый день.\nНаправляем заявку 66410: уборка листвы и вывоз, ул. Маршала Жукова, д. 100, 102, 104, 106 (позиции 1–4).\nПрошу подтвердить принятие.\n--\nДиспетчерская ОМИС", "utf-8", "base64"))
dsn = """Reporting-MTA: dns; mx.zelgorod34.ru
X-Postfix-Queue-ID: 4Yb7Kq2hVxz1xsW
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: Fri, 13 Nov 2026 09:05:31 +0300 (MSK)

Final-Recipient: rfc822; info@zelgorod34.ru
Original-Recipient: rfc822;info@zelgorod34.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "info"
"""
bounce_txt = """This is the mail system at host mx.zelgorod34.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@zelgorod34.ru>: unknown user: "info"
"""
body = multipart("report", [
    b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + bounce_txt.encode(),
    b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn.encode(),
    b"Content-Description: Undelivered Message\n" + rfc822part(orig)],
    params='; report-type=delivery-status', preamble=True)
add(t, assemble([("Date", format_datetime(t)), ("From", "MAILER-DAEMON@zelgorod34.ru (Mail Delivery System)"),
                 ("Subject", "Undelivered Mail Returned to Sender"), ("To", "dispatch@zakazchik-omis.ru"),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                 ("Message-Id", "<20261113060607.8F3C21C0A2B@mx.zelgorod34.ru>")], body),
    ign("Postfix bounce for dispatcher's mail to old info@ address; the returned message names 66410"))

t = D(13, 10, 30)
add(t, thunderbird(t, "Заявка 66410 принята", f"""Добрый день!

Заявку 66410 (уборка листвы, ул. Маршала Жукова, 100-106) получили,
приняли в работу. Начнём в понедельник 16.11 двумя бригадами.
Ящика info@ у нас больше нет, пишите, пожалуйста, на artem@ или
ruslan.zgorod@yandex.ru.

{ARTEM_SIG_KOI}
""", charset="KOI8-R"), dec("66410", [], ACC, "KOI8-R; acceptance; start planned 16.11"))

t = D(16, 7, 58)
add(t, yandex(t, "жукова 100-106 (66410)", "выехали 2 бригады на жукова, будем к 8 30"),
    dec("66410", [], WAY, "number in brackets after address; 100-106 are house numbers"))

t = D(16, 12, 47)
add(t, yandex(t, "66410", "66410 п1 закончили, на п2 сейчас грузим листву"),
    rev("different statuses for different positions: п1 finished (убыл), п2 in progress (на месте)"))

t = D(16, 17, 12)
rows = [("1", "ул. Маршала Жукова, 100", "выполнено, бригада убыла в 12:30", "14 мешков"),
        ("2", "ул. Маршала Жукова, 102", "выполнено, бригада убыла в 16:40", "11 мешков"),
        ("3", "ул. Маршала Жукова, 104", "перенесено на 17.11", "—"),
        ("4", "ул. Маршала Жукова, 106", "перенесено на 17.11", "—")]
tbl = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>\n" for a, b, c, d in rows)
htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>"
       "<p>Добрый день.</p><p>Итоги работ по заявке 66410 за 16.11.2026:</p>"
       "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Поз.</th><th>Адрес</th><th>Состояние</th><th>Вывезено</th></tr>\n"
       + tbl + "</table><p>Вывоз листвы – КамАЗ А 661 ВО 134, полигон «Северный».</p><div class=\"moz-signature\">"
       + html.escape(ARTEM_SIG).replace("\n", "<br>") + "</div></body></html>")
plain = ("Добрый день.\n\nИтоги работ по заявке 66410 за 16.11.2026:\n\n"
         + "\n".join(f"{a} | {b} | {c} | {d}" for a, b, c, d in rows)
         + "\n\nВывоз листвы – КамАЗ А 661 ВО 134, полигон «Северный».\n\n" + ARTEM_SIG)
add(t, thunderbird(t, "Заявка 66410 — итоги за 16.11", plain, html_body=htm, cc=RUSLAN),
    dec("66410", ["1", "2"], LEFT, "HTML table, one row per position: 1 and 2 done (убыла), 3 and 4 postponed"))

t = D(17, 15, 32)
add(t, yandex(t, "Re: Заявка 66410 — итоги за 16.11", "3 и 4 (104 106) доделали листву вывезли бригада освободилась 💪\n\n"
              + ya_quote(D(16, 17, 12, 0), ARTEM, "\n".join(plain.split("\n")[:8])), reply_to=tb_mid()),
    dec("66410", ["3", "4"], LEFT, "positions 3 and 4 finished, 'бригада освободилась'; quoted table is history"))

t = D(17, 9, 10)
add(t, yandex(t, "", "на месте 👍"),
    rev("no subject, no request number: cannot tell which request"))

# ================================================================ 66455 Мира 11
t = D(16, 9, 40)
add(t, thunderbird(t, "Re: Заявка 66455", """Принято в работу, срок исполнения – до 20.11.2026.

Артём

""" + tb_quote(D(16, 8, 25, 0), "Диспетчерская ОМИС", "Добрый день.\nЗаявка 66455: кронирование лип, ул. Мира, 11 (1 – у арки, 2 – у детской площадки).\nСрок – до 20.11."),
    reply_to=disp_mid("66455")), dec("66455", [], ACC, "'Принято в работу' on top of quoted request"))

t = D(18, 11, 2)
add(t, thunderbird(t, "Заявка 66455 — перенос выезда", f"""Уважаемые коллеги!

По заявке 66455 бригада пока не выезжала: автовышка АГП-22
(гос. № В 455 КЕ 34) в ремонте, течь гидравлики. Выезд ориентировочно
19.11 утром. Приносим извинения за задержку.

{ARTEM_SIG}
"""), rev("negation: crew has NOT left yet; plan for 19.11; plate В 455 КЕ 34"))

t = D(19, 8, 32)
add(t, yandex(t, "66455", "едем на мира 11 будем через полчаса"),
    dec("66455", [], WAY, "'будем через полчаса' = on the way; 'мира 11' is the address"))

t = D(19, 10, 5)
add(t, yandex(t, "мира / баррикадная", "66455 на месте работаем, на 66512 вторая бригада выехала"),
    rev("two different requests in one letter"))

t = D(19, 13, 20)
add(t, yandex(t, "мира 11 - 66455 (1,2)", "ОБЕ ЛИПЫ ОБРЕЗАЛИ ВЕТКИ ЗАГРУЗИЛИ УЕХАЛИ 👍"),
    dec("66455", ["1", "2"], LEFT, "positions (1,2) in subject; caps: both limes done, left"))

t = D(20, 9, 15)
add(t, thunderbird(t, "Re: Заявка 66455 закрыта", """Благодарим, информацию приняли. Акт направит бухгалтер.

Артём

""" + tb_quote(D(19, 17, 40, 0), "Диспетчерская ОМИС", "Заявка 66455 закрыта, замечаний по кронированию нет.\n\nРЗ> ОБЕ ЛИПЫ ОБРЕЗАЛИ ВЕТКИ ЗАГРУЗИЛИ УЕХАЛИ 👍"),
    reply_to=disp_mid("66455-close")),
    rev("acknowledgement of dispatcher's closing message ('информацию приняли'); quoted 'РЗ>' report is history"))

# ================================================================ 66512 Баррикадная 7
t = D(18, 10, 52)
mdn_txt = """Это уведомление о прочтении для сообщения, которое вы отправили на адрес artem@zelgorod34.ru.

Примечание: Это уведомление о прочтении означает только то, что сообщение было отображено на компьютере получателя. Нет гарантии, что получатель прочитал или понял содержимое сообщения.
"""
omid = disp_mid("66512")
body = multipart("report", [
    leaf("text/plain", mdn_txt, "UTF-8", "8bit"),
    ("Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\n\n"
     f"Reporting-UA: zelgorod34.ru; Mozilla Thunderbird\nFinal-Recipient: rfc822;artem@zelgorod34.ru\n"
     f"Original-Message-ID: {omid}\nDisposition: manual-action/MDN-sent-manually; displayed\n").encode(),
    ("Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Disposition: inline\n\n"
     f"Message-ID: {omid}\nDate: Wed, 18 Nov 2026 10:34:12 +0300\nFrom: {enc_addr(DISPATCH)}\n"
     f"To: artem@zelgorod34.ru\nSubject: {enc_hdr('Заявка 66512 — обрезка кустарника, ул. Баррикадная, 7')}\n").encode()],
    params='; report-type=disposition-notification')
add(t, assemble([("Message-ID", tb_mid()), ("Date", format_datetime(t)), ("MIME-Version", "1.0"),
                 ("User-Agent", "Mozilla Thunderbird"), ("From", enc_addr(ARTEM)), ("To", enc_addr(DISPATCH)),
                 ("Subject", enc_hdr("Уведомление о прочтении (показано) - Заявка 66512 — обрезка кустарника, ул. Баррикадная, 7"))],
                body), ign("Thunderbird read receipt (MDN)"))

t = D(18, 14, 2)
add(t, thunderbird(t, "Заявка N 66512", f"""Добрый день.

Заявку N 66512 (обрезка кустарника, ул. Баррикадная, 7) берём
в работу, выполним 19-20.11.

{ARTEM_SIG_KOI}
""", charset="KOI8-R"), dec("66512", [], ACC, "KOI8-R; 'берём в работу' = accepted"))

t = D(19, 11, 0)
add(t, yandex(t, "Баррикадная 7", "по заявке 66512 на баррикадной на месте стрижём живую изгородь (П2)"),
    dec("66512", ["2"], SITE, "on site at П2"))

t = D(19, 16, 42)
add(t, yandex(t, "Re: Баррикадная 7", "66512 П2 П3 всё уехали\n\n"
              + ya_quote(D(19, 11, 5, 0), DISPATCH, "Принято."), reply_to=disp_mid("66512-b")),
    dec("66512", ["2", "3"], LEFT, "П2 П3 finished, left"))

t = D(20, 8, 10)
add(t, yandex(t, "Re: Пропуск во двор, ул. Баррикадная, 7", "спасибо ключ от шлагбаума у охраны забрал\n\n"
              + ya_quote(D(19, 18, 2, 0), DISPATCH, "Руслан, добрый вечер. Ключ от шлагбаума на завтра оставили на посту охраны (заявка 66512)."),
              reply_to=disp_mid("66512-key")),
    rev("thanks for dispatcher's message about a key; no status"))

t = D(20, 11, 20)
add(t, outlook(t, "ПЕРЕСЛ: 66512 п1", f"""Добрый день.
Пересылаю сообщение бригадира, он по ошибке отправил на бухгалтерию.

{BUH_SIG}

От: Руслан Захарченко <ruslan.zgorod@yandex.ru>
Отправлено: 20 ноября 2026 г. 10:41
Кому: buh@zelgorod34.ru
Тема: 66512 п1

на баррикадной п1 кусты обрезали уехали в 10 30

--
Отправлено из мобильной Яндекс Почты
"""), dec("66512", ["1"], LEFT, "Outlook forward with От:/Отправлено:/Кому:/Тема: block; forwarded report counts"))

# ================================================================ 66587 Елисеева 9
t = D(20, 8, 40)
ics = """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
CREATED:20261120T053512Z
LAST-MODIFIED:20261120T054001Z
DTSTAMP:20261120T054001Z
UID:8c1f3b4e-66587-osmotr@zakazchik-omis.ru
SUMMARY:Комиссионный осмотр дерева\\, ул. Елисеева\\, 9 (заявка 66587)
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
ATTENDEE;RSVP=TRUE;CN=Артём Захарченко;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:artem@zelgorod34.ru
DTSTART;TZID=Europe/Volgograd:20261120T110000
DTEND;TZID=Europe/Volgograd:20261120T120000
LOCATION:ул. Елисеева\\, 9
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
body = multipart("mixed", [
    multipart("alternative", [
        leaf("text/plain", "Артём Захарченко <artem@zelgorod34.ru> принял ваше приглашение.\n", "UTF-8", "8bit"),
        leaf("text/calendar", ics, "UTF-8", "8bit", "; method=REPLY")], preamble=False),
    binleaf("application/ics", ics.encode("utf-8"), "invite.ics")])
add(t, assemble(tb_headers(t, "Принято: Комиссионный осмотр дерева, ул. Елисеева, 9 (заявка 66587) @ Пт 20 ноя 2026 11:00 - 12:00 (MSK)"), body),
    ign("calendar meeting response generated by Thunderbird"))

t = D(20, 13, 0)
add(t, thunderbird(t, "Заявка 66587 — принята", f"""Добрый день.

Заявка 66587 принята. По итогам сегодняшнего осмотра:
поз. 1 – спил аварийного вяза, поз. 2 – вывоз порубочных остатков.
Спил планируем на 24.11, вывоз – следом.

{ARTEM_SIG}
"""), dec("66587", [], ACC, "acceptance; positions only described with plans"))

t = D(24, 8, 12)
add(t, yandex(t, "елисеева 9", "выехали спилвать на елисеева 66587, заправимся и туда ⛽"),
    dec("66587", [], WAY, "left base heading TO Елисеева (stopping for fuel)"))

t = D(24, 10, 50)
add(t, yandex(t, "66587-1", "вяз спилили ствол распустили, уехали с елисеева. вывоз (2) позже как согласуете"),
    dec("66587", ["1"], LEFT, "pos 1 done and left FROM the site; pos 2 only planned"))

t = D(24, 15, 5)
add(t, thunderbird(t, "66587 — доп. объём вывоза", f"""Добрый день.

По заявке 66587 после спила объём порубочных остатков составил
ок. 14 м³ вместо 6 м³ по дефектной ведомости. Просим согласовать
дополнительный рейс (стоимость 1 рейса КамАЗ 10 м³ – 4 500 руб.).
Без согласования вывезем только сметный объём.

С 25.11 по 06.12 я в отпуске, по заявкам – Руслан, +7 927 511-40-14.

{ARTEM_SIG}
"""), rev("price/volume approval request, no status"))

t = D(25, 9, 0)
add(t, assemble([("Date", format_datetime(t)), ("From", enc_addr(ARTEM)), ("To", "dispatch@zakazchik-omis.ru"),
                 ("Subject", enc_hdr("Автоответ: Re: 66587 — доп. объём вывоза")),
                 ("Message-ID", "<dovecot-sieve-1795590000-66587-0@mx.zelgorod34.ru>"),
                 ("In-Reply-To", disp_mid("66587-price")), ("References", disp_mid("66587-price")),
                 ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
                 ("X-Sieve", "Pigeonhole Sieve 0.5.21"), ("MIME-Version", "1.0")],
                leaf("text/plain", """Здравствуйте!

Я в отпуске с 25.11 по 06.12.2026, почту читаю редко.
По заявкам и выездам бригад обращайтесь к бригадиру Руслану:
+7 927 511-40-14, ruslan.zgorod@yandex.ru.
По актам и счетам – бухгалтерия: buh@zelgorod34.ru.

Артём Захарченко
""", "utf-8", "quoted-printable")),
    ign("vacation auto-reply (Auto-Submitted), subject contains the request number"))

t = D(26, 9, 12)
add(t, yandex(t, "66587 поз2", "вывоз по 66587: приехали грузимся, 2 рейса будет"),
    dec("66587", ["2"], SITE, "'поз2' in subject; arrived and loading"))

t = D(26, 12, 30)
inner = yandex(D(26, 12, 18, 0), "66587 вывоз", "всё вывезли по 2 поз 2 рейса 16 куб уехали с елисеева", to=ARTEM)
add(t, (lambda: assemble(
    [("From", enc_addr(BUH, "windows-1251")), ("To", enc_addr(DISPATCH, "windows-1251")),
     ("Subject", enc_hdr("FW: 66587 вывоз", "windows-1251")), ("Date", format_datetime(t)),
     ("Message-ID", ol_mid()), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
     ("Content-Language", "ru")],
    multipart("mixed", [
        leaf("text/plain", "Добрый день.\nПересылаю письмо Руслана, оно пришло Артёму, а он в отпуске.\n\n" + BUH_SIG + "\n",
             "\"windows-1251\"", "quoted-printable"),
        rfc822part(inner, name="66587 вывоз.eml")], style="ol")))(),
    dec("66587", ["2"], LEFT, "forwarded as attachment (message/rfc822): pos 2 hauled away, left FROM Елисеева"))

# ================================================================ 66623 Ополченская 20
q623 = """СРОЧНО! Заявка 66623: на ул. Ополченская, 20 дерево навалилось на провода
(воздушная линия 0,4 кВ). Прошу выехать немедленно.
Диспетчерская ОМИС, 8 (8442) 38-10-00"""
t = D(23, 7, 52)
add(t, yandex(t, "Re: СРОЧНО заявка 66623 дерево на проводах", "BЫEXAЛИ\n\n" + ya_quote(D(23, 7, 33, 0), DISPATCH, q623),
              sig=False, reply_to=disp_mid("66623")),
    dec("66623", [], WAY, "'BЫEXAЛИ' with Latin B, E, X, A; number only in Re: subject and quote"))

t = D(23, 8, 35)
add(t, yandex(t, "Re: СРОЧНО заявка 66623 дерево на проводах", "на месте ждём энергетиков без отключения не полезем\n\n"
              + ya_quote(D(23, 7, 33, 0), DISPATCH, q623), mode="html", reply_to=disp_mid("66623")),
    dec("66623", [], SITE, "HTML-only; on site waiting for power cut-off"))

t = D(23, 11, 40)
add(t, yandex(t, "66632", "66632 готово сняли с проводов уехали"),
    rev("number 66632 is not in the registry (typo of 66623 – a dispatcher cannot be sure)"))

t = D(23, 12, 10)
add(t, thunderbird(t, "Заявка 66623 — выполнено", f"""Добрый день.

По заявке 66623 (ул. Ополченская, 20):
прибытие бригады – 08:30;
снятие дерева с проводов после отключения линии – 11:30;
убытие бригады – 11:50.
Руслан в предыдущем письме ошибся в номере заявки (написал 66632).
Диспетчер ЛЭС Волгоградэнерго: 8 (8442) 96-62-30.

{ARTEM_SIG}
"""), dec("66623", [], LEFT, "several events with times, latest = убытие; mentions 66632 only as a typo correction"))

# ================================================================ misc
t = D(25, 10, 0)
nl_html = """<html><body style="font-family:Arial">
<h2 style="color:#2e7d32">ЗелёныйГород — зимняя обрезка деревьев</h2>
<p>Уважаемые партнёры!</p>
<p>С 1 декабря по 28 февраля — формовочная и санитарная обрезка деревьев со скидкой 10%.
Спил аварийных деревьев любой сложности, корчевание пней, вывоз и измельчение порубочных остатков.</p>
<p>В 2026 году мы выполнили более 660 заявок для управляющих компаний и ТСЖ Волгограда.</p>
<p>Тел. +7 (8442) 50-66-14 · zelgorod34.ru</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, так как являетесь нашим партнёром.
<a href="https://zelgorod34.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru">Отписаться от рассылки</a></p>
</body></html>"""
nl_txt = ("ЗелёныйГород — зимняя обрезка деревьев\n\nУважаемые партнёры!\n\nС 1 декабря по 28 февраля — формовочная и санитарная "
          "обрезка деревьев со скидкой 10%.\nВ 2026 году мы выполнили более 660 заявок.\n\nТел. +7 (8442) 50-66-14\n"
          "Отписаться: https://zelgorod34.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\n")
add(t, assemble([("From", enc_addr(NEWS)), ("To", "dispatch@zakazchik-omis.ru"),
                 ("Subject", enc_hdr("Зимняя обрезка деревьев со скидкой 10% 🌳")),
                 ("Date", format_datetime(t)), ("Message-ID", f"<nl.{rnd.getrandbits(48):x}.2026-11@zelgorod34.ru>"),
                 ("MIME-Version", "1.0"), ("Precedence", "bulk"),
                 ("List-Id", "ZelGorod partners <partners.zelgorod34.ru>"),
                 ("List-Unsubscribe", "<https://zelgorod34.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>, <mailto:news@zelgorod34.ru?subject=unsubscribe>"),
                 ("X-Mailer", "SendPulse")],
                multipart("alternative", [leaf("text/plain", nl_txt, "utf-8", "quoted-printable"),
                                          leaf("text/html", nl_html, "utf-8", "base64")], preamble=False)),
    ign("bulk newsletter (Precedence: bulk, List-Unsubscribe)"))

t = D(27, 9, 14)
rr_txt = """Ваше сообщение

  Кому: buh@zelgorod34.ru
  Тема: Акт сверки и акты выполненных работ за ноябрь
  Отправлено: 26.11.2026 17:02

было прочитано 27.11.2026 9:14.
"""
body = multipart("report", [
    multipart("alternative", [leaf("text/plain", rr_txt, "\"windows-1251\"", "quoted-printable")], style="ol", preamble=False),
    b"Content-Type: message/disposition-notification\n\nReporting-UA: zelgorod34.ru; Microsoft Outlook 16.0\n"
    b"Final-Recipient: rfc822;buh@zelgorod34.ru\nOriginal-Message-ID: " + disp_mid("akt-sverki").encode()
    + b"\nDisposition: manual-action/MDN-sent-automatically; displayed\n"],
    style="ol", params='; report-type=disposition-notification')
add(t, assemble([("From", enc_addr(BUH, "windows-1251")), ("To", enc_addr(DISPATCH, "windows-1251")),
                 ("Subject", enc_hdr("Прочитано: Акт сверки и акты выполненных работ за ноябрь", "windows-1251")),
                 ("Date", format_datetime(t)), ("Message-ID", ol_mid()), ("MIME-Version", "1.0"),
                 ("X-Mailer", "Microsoft Outlook 16.0")], body),
    ign("Outlook read receipt"))

t = D(27, 11, 5)
add(t, outlook(t, "RE: Акт сверки и акты выполненных работ за ноябрь", f"""Добрый день!

Акт сверки подписали, скан во вложении. По заявкам 66014, 66027, 66105 и 66118 акты выполненных работ подписаны, по 66240 и 66302 ждём ваш экземпляр.
Просим оплатить счета № 398, 401 и 405 по договору № 0129300000126000066 от 15.01.2026.
Наши реквизиты без изменений: ИНН 344407312588, р/с 40802810711000006614 в Волгоградском отделении № 8621 ПАО Сбербанк.

{BUH_SIG}

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Thursday, November 26, 2026 5:02 PM
To: buh@zelgorod34.ru
Subject: Акт сверки и акты выполненных работ за ноябрь

Добрый день. Направляем акт сверки за октябрь–ноябрь и подписанные акты. Просим проверить.
""", reply_to=disp_mid("akt-sverki"), attachments=[("application/pdf", pdf("akt sverki"), "Акт сверки 01.10-25.11.2026.pdf")]),
    rev("accounting: acts and invoices for several requests, no crew status"))

# ================================================================ write out
LETTERS.sort(key=lambda x: x[0])
labels = {}
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
for i, (dt, raw, label) in enumerate(LETTERS, 1):
    name = f"{i:03d}.eml"
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(raw)
    labels[name] = label
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
