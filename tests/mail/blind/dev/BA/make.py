#!/usr/bin/env python3
"""Generator for the «МастерДверь» (ИП Арутюнян, Сочи) test letters.

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Messages are assembled by hand (headers + MIME parts) so that every
client's habits (charset, transfer encoding, quoting style) are kept;
they are then checked with Python's email package.
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
import uuid
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(79079)
TZ = dt.timezone(dt.timedelta(hours=3))

DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"

ASHOT_OFF = ("Ашот Арутюнян", "ashot@masterdver-sochi.ru")
ASHOT_MOB = ("Ашот", "ashot.masterdver@mail.ru")
GOR_IPAD = ("Гор Арутюнян", "gor.arut@gmail.com")
GOR_OFF = ("Гор Арутюнян", "gor@masterdver-sochi.ru")
LYKOV = ("Лыков Сергей Викторович", "lykov.sv@chernomor-hotels.ru")
NEWS = ("МастерДверь Сочи", "news@masterdver-sochi.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@masterdver-sochi.ru")

MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.",
             "сент.", "окт.", "нояб.", "дек."]
MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
           "августа", "сентября", "октября", "ноября", "декабря"]
WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
WD_FULL = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница",
           "Суббота", "Воскресенье"]


def D(day, hh, mm, ss=None):
    return dt.datetime(2026, 11, day, hh, mm, rnd.randint(0, 59) if ss is None else ss, tzinfo=TZ)


# ---------------------------------------------------------------- encoders
def hdr(s, charset="utf-8", q=False):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    cs.header_encoding = QP if q else BASE64
    return Header(s, cs, maxlinelen=76).encode()


def addr(pair, charset="utf-8"):
    name, a = pair
    if not name:
        return a
    cs = Charset(charset)
    cs.header_encoding = BASE64
    return formataddr((name, a), cs)


def part_text(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra_ct=""):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    h = [f'Content-Type: text/{subtype}; charset="{charset}"{extra_ct}',
         f"Content-Transfer-Encoding: {cte}"]
    return (h, body)


def part_raw(headers, body):
    return (headers, body if isinstance(body, bytes) else body.encode("utf-8"))


def multipart(subtype, parts, extra_ct=""):
    b = "----=_NextPart_" + uuid.UUID(int=rnd.getrandbits(128)).hex[:24]
    out = [b"This is a multi-part message in MIME format.\n"]
    for h, body in parts:
        out.append(b"\n--" + b.encode() + b"\n")
        out.append(("\n".join(h) + "\n\n").encode("utf-8"))
        out.append(body if body.endswith(b"\n") else body + b"\n")
    out.append(b"\n--" + b.encode() + b"--\n")
    return ([f'Content-Type: multipart/{subtype};{extra_ct}\n\tboundary="{b}"'], b"".join(out))


def message(frm, subject, date, body_part, to=DISPATCH, charset="utf-8", q=False,
            msgid=None, extra=None, to_name=None, cc=None):
    h = []
    h.append("From: " + addr(frm, charset))
    if to_name:
        h.append("To: " + addr((to_name, to), charset))
    else:
        h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + hdr(subject, charset, q))
    h.append("Date: " + format_datetime(date))
    h.append("Message-ID: " + msgid)
    h.append("MIME-Version: 1.0")
    for k, v in (extra or []):
        h.append(f"{k}: {v}")
    ph, pb = body_part
    h.extend(ph)
    raw = ("\n".join(h) + "\n\n").encode("utf-8") + pb
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------- message ids
def mid(kind, date):
    ts = int(date.timestamp())
    if kind == "outlook":
        return "<%06x01dc%04x$%08x$%08x$@masterdver-sochi.ru>" % (
            rnd.getrandbits(24), rnd.getrandbits(16), rnd.getrandbits(32), rnd.getrandbits(32))
    if kind == "thebat":
        return "<%d.%s@masterdver-sochi.ru>" % (rnd.randint(10**8, 2 * 10**9), date.strftime("%Y%m%d%H%M%S"))
    if kind == "mailru":
        return "<%d.%d@f%d.i.mail.ru>" % (ts, rnd.randint(10**8, 10**9), rnd.randint(100, 999))
    if kind == "ios":
        return "<%s@gmail.com>" % str(uuid.UUID(int=rnd.getrandbits(128))).upper()
    if kind == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        return "<CA%s@mail.gmail.com>" % "".join(rnd.choice(alphabet) for _ in range(52))
    if kind == "tb":
        return "<%s@masterdver-sochi.ru>" % uuid.UUID(int=rnd.getrandbits(128))
    if kind == "exch":
        return "<%s@EXCH01.chernomor-hotels.local>" % uuid.UUID(int=rnd.getrandbits(128)).hex.upper()
    if kind == "daemon":
        return "<%s.%d@mx1.masterdver-sochi.ru>" % (date.strftime("%Y%m%d%H%M%S"), rnd.randint(1000, 9999))
    if kind == "bulk":
        return "<%d.%d@unisender.masterdver-sochi.ru>" % (ts, rnd.randint(10**5, 10**6))
    if kind == "omis":
        return "<omis.%d.%d@zakazchik-omis.ru>" % (ts, rnd.randint(1000, 9999))
    raise ValueError(kind)


# ---------------------------------------------------------- quote helpers
def gt(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def ios_attr(d, who):
    return f"{d.day} {MON_SHORT[d.month-1]} {d.year} г., в {d:%H:%M}, {who[0]} <{who[1]}> написал(а):"


def gmail_attr(d, who):
    return f"{WD_SHORT[d.weekday()]}, {d.day} {MON_SHORT[d.month-1]} {d.year} г. в {d:%H:%M}, {who[0]} <{who[1]}>:"


def mailru_attr(d, who):
    return f"{WD_FULL[d.weekday()]}, {d.day} {MON_GEN[d.month-1]} {d.year}, {d:%H:%M} +03:00 от {who[0]} <{who[1]}>:"


def ru_date(d):
    return f"{d.day} {MON_GEN[d.month-1]} {d.year} г. {d:%H:%M}"


def outlook_block(frm, d, to, subject):
    return (f"От: {frm[0]} [mailto:{frm[1]}]\nОтправлено: {ru_date(d)}\n"
            f"Кому: {to}\nТема: {subject}\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def simple_html(text):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n<body>\n" + "\n".join(paras) + "\n</body></html>"


# ---------------------------------------------------------- signatures
SIG_ASHOT = ("--\nАшот Арутюнян\nИП Арутюнян А.Г. «МастерДверь»\n"
             "замки, доводчики, противопожарные двери\nг. Сочи, ул. Гагарина, 41, оф. 3\n+7 (918) 405-22-17")
SIG_MOB = "\n\nОтправлено из мобильной Почты Mail.ru"
SIG_IPAD = "\n\nОтправлено с iPad"
SIG_GOR = "--\nГор Арутюнян, МастерДверь\n+7 988 231-45-07"
SIG_LYKOV = ("С уважением,\nЛыков Сергей Викторович\nГлавный инженер\nУК «Черноморские отели»\n"
             "тел. +7 (862) 296-40-11, доб. 105")

# ---------------------------------------------------------- client builders


def c_outlook_ashot(subject, date, text, html=None, cte="quoted-printable", charset="windows-1251",
                    extra=None, q=True):
    tp = part_text(text, charset=charset, cte=cte)
    if html:
        body = multipart("alternative", [tp, part_text(html, "html", charset, cte)])
    else:
        body = tp
    ex = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")] + (extra or [])
    return message(ASHOT_OFF, subject, date, body, charset=charset, q=q, msgid=mid("outlook", date), extra=ex)


def c_thebat(subject, date, text, cte="8bit", charset="koi8-r", extra=None):
    body = part_text(text, charset=charset, cte=cte)
    ex = [("X-Mailer", "The Bat! (v10.4.1) Professional"), ("X-Priority", "3 (Normal)")] + (extra or [])
    return message(ASHOT_OFF, subject, date, body, charset=charset, msgid=mid("thebat", date), extra=ex)


def c_mailru(subject, date, text, html=False, extra=None):
    if "\x00QUOTE\x00" in text:
        own, quote = text.split("\x00QUOTE\x00", 1)
        text = own.rstrip("\n") + SIG_MOB + "\n\n\n" + quote
    else:
        text = text + SIG_MOB
    tp = part_text(text, charset="utf-8", cte="base64")
    if html:
        body = multipart("alternative", [tp, part_text(simple_html(text), "html", "utf-8", "base64")])
    else:
        body = tp
    ex = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Priority", "3 (Normal)")] + (extra or [])
    return message(ASHOT_MOB, subject, date, body, msgid=mid("mailru", date), extra=ex)


def c_ipad(subject, date, text, frm=GOR_IPAD, extra=None, sig=True):
    if sig:
        # iOS puts the signature above the quote
        if "\n\n\x00QUOTE\x00" in text:
            own, quote = text.split("\n\n\x00QUOTE\x00", 1)
            text = own + SIG_IPAD + "\n\n" + quote
        else:
            text = text + SIG_IPAD
    body = part_text(text, charset="utf-8", cte="quoted-printable")
    ex = [("X-Mailer", "iPad Mail (22B91)")] + (extra or [])
    return message(frm, subject, date, body, msgid=mid("ios", date), extra=ex)


def c_gmail(subject, date, text, html, extra=None, frm=GOR_IPAD):
    body = multipart("alternative", [part_text(text, charset="UTF-8", cte="quoted-printable"),
                                     part_text(html, "html", "UTF-8", "quoted-printable")])
    return message(frm, subject, date, body, msgid=mid("gmail", date), extra=extra)


def c_tb(subject, date, text=None, html=None, extra=None, frm=GOR_OFF, cte="8bit"):
    if html is not None and text is None:
        body = part_text(html, "html", "UTF-8", "base64")
    else:
        body = part_text(text, charset="UTF-8", cte=cte, extra_ct="; format=flowed")
    ex = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ru")] + (extra or [])
    return message(frm, subject, date, body, msgid=mid("tb", date), extra=ex)


def c_lykov(subject, date, text, html=None, charset="utf-8", cte="quoted-printable", extra=None):
    if html is None:
        html = simple_html(text)
    if charset != "utf-8":
        html = html.replace("charset=utf-8", "charset=" + charset)
    body = multipart("alternative", [part_text(text, charset=charset, cte=cte),
                                     part_text(html, "html", charset, cte)])
    ex = [("Thread-Index", base64.b64encode(rnd.randbytes(22)).decode()),
          ("Content-Language", "ru-RU"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")] + (extra or [])
    return message(LYKOV, subject, date, body, charset=charset, msgid=mid("exch", date), extra=ex,
                   to_name=DISPATCH_NAME)


LETTERS = []


def add(key, raw, label):
    LETTERS.append((key, raw, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ========================================================== 79014 Морская звезда
d = D(2, 10, 2)
add("A1", c_outlook_ashot(
    "Заявка 79014 - Морская звезда", d,
    "Барев дзез!\n\nЗаявку 79014 приняли, всё сделаем! Завтра утром мастера будут у вас, "
    "замок, доводчик и противопожарку посмотрим.\n\n" + SIG_ASHOT),
    dec("79014", [], ACC, "приняли заявку; 'завтра будут' is only a plan"))

d_a2 = D(3, 8, 42)
A2_TEXT = "Добрый день. Выехали на Курортный 75, по позициям 1 и 2. Минут через 40 будем."
add("A2", c_ipad("79014 поз 1,2", d_a2, A2_TEXT),
    dec("79014", ["1", "2"], WAY, "выехали на объект, позиции 1 и 2; Курортный 75 is an address"))

d = D(3, 13, 55)
fw = D(3, 13, 31)
txt = ("Добрый день!\n\nПересылаю отчёт подрядчика по нашей заявке. Работы по входной группе и чёрной "
       "лестнице принял, замечаний нет.\n\n" + SIG_LYKOV + "\n\n" +
       outlook_block(ASHOT_OFF, fw, "Лыков Сергей Викторович", "79014 п.1, п.2 выполнено") +
       "\nСергей Викторович добрый день!\nПо 79014: п.1 замок электромеханический на главном входе "
       "заменили (Abloy EA 317, старый забрали), п.2 доводчик на чёрной лестнице отрегулировали, "
       "масло не течёт!\nВсё, уехали в 13:20.\nАшот\n")
add("A3", c_lykov("FW: 79014 п.1, п.2 выполнено", d, txt),
    dec("79014", ["1", "2"], OFF, "hotel chief engineer forwards Ashot's report: п.1, п.2 done, уехали 13:20"))

d = D(5, 10, 17)
txt = ("По противопожарной двери (3-я позиция) мастер на месте, петли меняем, часа два."
       "\n\n\x00QUOTE\x00" + ios_attr(d_a2, GOR_IPAD) + "\n\n" + gt(A2_TEXT + SIG_IPAD))
add("A4", c_ipad("Re: 79014 поз 1,2", d, txt, extra=[("In-Reply-To", mid("ios", d_a2))]),
    dec("79014", ["3"], ON, "nephew answers in old thread (subject поз 1,2); new text: 3-я позиция, мастер на месте; quote is old 'выехали'"))

d = D(5, 14, 48)
add("A5", c_mailru("79014-3", d,
    "Готово!! Дверь EI60 на 2 этаже закрывается как надо, петли новые, уплотнитель тоже. Мастер уехал.\nАшот"),
    dec("79014", ["3"], OFF, "request-position in subject as 79014-3; готово, мастер уехал"))

d = D(6, 11, 20)
add("A6", c_thebat("Акт по 79014", d,
    "Здравствуйте!\n\nАкт N112 от 05.11.2026 по 79014 лежит у вас на ресепшн, бухгалтерия гостиницы "
    "не подписывает уже второй день!! Скажите им пожалуйста, без акта счёт не проведут.\n"
    "Сергею Викторовичу тоже написал.\n\nАшот"),
    rev("paperwork complaint about an act; no status reported"))

# ========================================================== 79027 Горный воздух
d_b0 = D(3, 11, 34)
B0 = ("Направляем заявку №79027.\nСанаторий «Горный воздух», корпус 2, ул. Виноградная, 22.\n"
      "Поз.1 - доводчик входной двери корпуса.\nПоз.2 - замок служебного входа.\n"
      "Контакт: завхоз Ирина Павловна, +7 (862) 262-18-40.\n\nДиспетчерская ОМИС")
d = D(3, 12, 5)
txt = ("Принято!! Заявка №79027 в работе, завтра с утра.\n\nАшот, МастерДверь\n\n"
       "-----Original Message-----\n" + outlook_block((DISPATCH_NAME, DISPATCH), d_b0,
                                                      "ashot@masterdver-sochi.ru", "Заявка №79027 (Горный воздух, корп. 2)") +
       "\n" + B0)
add("B1", c_outlook_ashot("RE: Заявка №79027 (Горный воздух, корп. 2)", d, txt, cte="base64", q=False),
    dec("79027", [], ACC, "принято, в работе; quoted dispatcher text lists positions but Ashot's new text names none"))

d_b2 = D(4, 7, 55)
B2 = ("Доброе утро!\n\nКому звонить насчёт пропуска на территорию санатория (заявка 79027)? В прошлый раз "
      "охрана час не пускала!! Машина Ларгус белый А 417 МК 193, мастер Гор Арутюнян.\n\nАшот")
add("B2", c_thebat("пропуск Горный воздух", d_b2, B2, cte="quoted-printable"),
    rev("question about a pass; nothing happened yet"))

d = D(4, 8, 50)
txt = ("Пропуск сделали, спасибо! Едем по 79027, будем к 9:15."
       "\n\n\x00QUOTE\x00" + ios_attr(d_b2, ASHOT_OFF) + "\n\n" + gt(B2))
add("B3", c_ipad("Re: пропуск Горный воздух", d, txt),
    dec("79027", [], WAY, "едем, будем к 9:15 = on the way; car plate in quote is not a number to use"))

d = D(4, 9, 24)
add("B4", c_ipad("Горный воздух 79027", d, "Прибыли 9:20, работаем."),
    dec("79027", [], ON, "прибыли, работаем"))

d_b5 = D(4, 15, 40)
B5 = ("Барев!\n\nПо заявке 79027:\nп.1 - доводчик Dorma TS-83 поставили новый, работает мягко, всё лав!\n"
      "п.2 - замок служебного входа, личинка нестандарт, заказали. Приедем в пятницу 06.11.\n\nАшот")
add("B5", c_outlook_ashot("79027 итог дня", d_b5, B5 + "\n\n" + SIG_ASHOT,
                          html=simple_html(B5 + "\n\n" + SIG_ASHOT).replace("utf-8", "windows-1251")),
    dec("79027", ["1"], OFF, "п.1 done (поставили, работает); п.2 only planned for Friday"))

d = D(6, 12, 30)
txt = ("Личинку поставили, по второй позиции всё, уехали. Ключи 3 шт отдали на пост охраны."
       "\n\n\x00QUOTE\x00" + ios_attr(d_b5, ASHOT_OFF) + "\n\n" + gt(B5))
add("B6", c_ipad("Re: 79027 итог дня", d, txt),
    dec("79027", ["2"], OFF, "по второй позиции всё, уехали; quote talks about п.1"))

# ========================================================== 79105 Ривьера-Парк
d_c0 = D(5, 8, 10)
C0 = ("Добрый день.\nНаправляем заявку 79105: гостиница «Ривьера-Парк», ул. Приморская, 3.\n"
      "Поз. 1 - не работает замок номера 214 (карточный).\n\nДиспетчерская ОМИС\ndispatch@zakazchik-omis.ru")
d = D(5, 8, 35)
txt = "Принял, замок номер 214, сегодня после обеда сделаем.\n\n" + SIG_GOR + "\n\n" + gmail_attr(d_c0, (DISPATCH_NAME, DISPATCH)) + "\n\n" + gt(C0)
html = ("<div dir=\"ltr\">Принял, замок номер 214, сегодня после обеда сделаем.<br><br>--<br>Гор Арутюнян, МастерДверь<br>"
        "+7 988 231-45-07</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" +
        esc(gmail_attr(d_c0, (DISPATCH_NAME, DISPATCH))) + "<br></div><blockquote class=\"gmail_quote\" "
        "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" +
        esc(C0).replace("\n", "<br>") + "</blockquote></div>")
add("C1", c_gmail("Re: Новая заявка 79105", d, txt, html),
    dec("79105", [], ACC, "принял; 214 is a room number, not a position"))

d = D(5, 15, 25)
add("C2", c_mailru("Ривьера-Парк", d,
    "Ривьера-Парк (79105), номер 214 - замок поменяли, карты перепрограммировали, ключи отдали "
    "администратору Наталье! Мы уехали!\nАшот", html=True),
    dec("79105", [], OFF, "number in brackets after the site name; замок поменяли, уехали"))

d = D(9, 10, 45)
add("C3", c_outlook_ashot("Счёт 79105", d,
    "Добрый день!\n\nПо 79105 счёт №318 от 06.11.2026 на 7 400 руб. отправил на почту бухгалтерии, "
    "оплатите пожалуйста!\nРеквизиты: ИП Арутюнян А.Г., ИНН 231905547712, р/с 40802810530000012345.\n\n" + SIG_ASHOT),
    rev("invoice/payment talk only"))

# ========================================================== 79133 Адлер-Курорт
d = D(6, 11, 4)
add("D1", c_mailru("79133", d, "В работе!! Четыре двери посмотрим в понедельник, с утра.\nАшот"),
    dec("79133", [], ACC, "bare number in subject; 'в работе' = accepted; Monday is a plan"))

d_d2 = D(9, 8, 12)
D2 = ("Доброе утро!\nБригада выехала в Адлер, ул. Ленина 219, корпус Б. Сегодня позиции 1 и 2 "
      "(двери 1 и 2 этажа). Гор и Вачик, будут около 9:30.\n\nАшот")
add("D2", c_thebat("Адлер-Курорт 79133 выезд", d_d2, D2),
    dec("79133", ["1", "2"], WAY, "бригада выехала в Адлер (to the site), позиции 1 и 2"))

d = D(9, 9, 37)
txt = ("Мы на месте, разгружаемся."
       "\n\n\x00QUOTE\x00" + ios_attr(d_d2, ASHOT_OFF) + "\n\n" + gt(D2))
add("D3", c_ipad("Re: Адлер-Курорт 79133 выезд", d, txt),
    dec("79133", [], ON, "new text names no position; quote (old) mentions позиции 1 и 2"))

d = D(9, 14, 30)
html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>\n"
        "<p>Добрый день!<br>По заявке 79133 (Адлер-Курорт, корпус Б) на сегодня:</p>\n"
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
        "<tr><th>Поз.</th><th>Дверь</th><th>Что сделали</th><th>Время</th></tr>\n"
        "<tr><td>1</td><td>ДПМ-01/60, 1 этаж</td><td>петли, доводчик. Выполнено, убыли</td><td>12:40</td></tr>\n"
        "<tr><td>2</td><td>ДПМ-01/60, 2 этаж</td><td>замок, уплотнитель. Выполнено, убыли</td><td>14:10</td></tr>\n"
        "<tr><td>3</td><td>3 этаж</td><td>план 10.11</td><td>&nbsp;</td></tr>\n"
        "<tr><td>4</td><td>4 этаж</td><td>план 10.11</td><td>&nbsp;</td></tr>\n"
        "</table>\n<p>-- <br>Гор Арутюнян, МастерДверь<br>+7 988 231-45-07</p>\n</body></html>")
add("D4", c_tb("79133 - отчёт по позициям", d, html=html),
    dec("79133", ["1", "2"], OFF, "HTML-only table: rows 1,2 выполнено/убыли; 3,4 only planned"))

d = D(10, 16, 5)
txt = ("Четвертая дверь (поз.4) готова, доводчик и замок антипаника поставили, уехали. Третью завтра доделаем, там коробку повело."
       "\n\n\x00QUOTE\x00" + ios_attr(d_d2, ASHOT_OFF) + "\n\n" + gt(D2))
add("D5", c_ipad("Re: Адлер-Курорт 79133 выезд", d, txt),
    dec("79133", ["4"], OFF, "old 'выезд' thread; new text: 4-я дверь готова, уехали; 3-я only planned"))

d = D(11, 10, 12)
add("D6", c_mailru("79133 (3)", d, "На месте с 10:05! Коробку будем править!!\nАшот"),
    dec("79133", ["3"], ON, "position in brackets in subject; на месте с 10:05"))

d = D(11, 17, 20)
add("D7", c_ipad("79133", d,
    "По 3-й двери закончили. По 4-й охрана попросила еще раз посмотреть, ребята сейчас там, на месте."),
    rev("different statuses for different positions: 3 finished, 4 crew on site"))

# ========================================================== 79240 Кудепста-Бриз
d_e0 = D(9, 13, 5)
E0 = ("Наряд 79240. Пансионат «Кудепста-Бриз», ул. Искры, 66/5.\n1) замок калитки со стороны пляжа;\n"
      "2) доводчик двери столовой.\nДиспетчерская ОМИС")
d = D(9, 14, 12)
add("E1", c_mailru("Re: Наряд 79240", d,
    "Принял наряд, спасибо джан! Сделаем.\nАшот\x00QUOTE\x00" + mailru_attr(d_e0, (DISPATCH_NAME, DISPATCH)) + "\n" + gt(E0, ">")),
    dec("79240", [], ACC, "принял наряд; quote is the dispatcher's order"))

d = D(10, 9, 5)
txt = ("Это по Кудепсте, заявка 79240 - едем на 2-ю позицию (доводчик в столовой), минут 40."
       "\n\n\x00QUOTE\x00" + ios_attr(d_c0, (DISPATCH_NAME, DISPATCH)) + "\n\n" + gt(C0))
add("E2", c_ipad("Re: Новая заявка 79105", d, txt),
    dec("79240", ["2"], WAY, "nephew replied in the stale 79105 thread; body explicitly says заявка 79240, 2-я позиция, едем"))

d = D(10, 9, 52)
add("E3", c_outlook_ashot("Кудепста-Бриз прибытие", d,
    "Прибытие 09:50, ул. Искры 66/5 (79240/2). Мастер Гор.\n\n" + SIG_ASHOT, cte="base64"),
    dec("79240", ["2"], ON, "noun 'прибытие' with time; 79240/2 = request/position; 66/5 is an address"))

d = D(10, 13, 10)
add("E4", c_tb("79240 п.3", d,
    "По 79240 п.3 - доводчик на двери в бассейн тоже поменяли, там течь была. Уехали.\n\n" + SIG_GOR),
    rev("position 3 does not exist in request 79240"))

d = D(12, 15, 30)
add("E5", c_thebat("Кудепста 79240 закрыта", d,
    "Барев!\n\nПо 1-й и 2-й позиции всё закончили, бригада освободилась в 15:00. Калитка закрывается, "
    "доводчик в столовой новый.\nШноракалутюн за терпение!\n\nАшот", cte="quoted-printable"),
    dec("79240", ["1", "2"], OFF, "бригада освободилась = left; 'закрыта' in subject"))

# ========================================================== 79318 Ласточка
d = D(10, 9, 40)
add("F1", c_mailru("Re: Заявка 79318", d, "Ок, берём!! Только сначала замер надо сделать.\nАшот"),
    dec("79318", [], ACC, "берём = accepted"))

d = D(11, 11, 0)
add("F2", c_outlook_ashot("Ласточка размер двери", d,
    "Добрый день!\n\nПо 79318 - подскажите, у вас есть паспорт на дверь кухни? Какой размер проёма, "
    "2100х900 или 2050х850? Если нет, завтра приедем мерить сами.\n\n" + SIG_ASHOT),
    rev("question about door size; visit only planned"))

d = D(12, 9, 15)
add("F3", c_mailru("Едем на Ласточку!!", d, "79318 - выехали, через полчасика будем!!"),
    dec("79318", [], WAY, "выехали, будем через полчаса"))

d = D(12, 16, 40)
txt = ("Добрый день!\n\nДверь EI-60 на кухне поставили, пломба № 004512, акт № 56 подписал су-шеф. "
       "Работы завершены, мы уехали в 16:30.\n\n" + SIG_GOR)
add("F4", c_gmail("Ласточка, ул. Войкова 12 (79318)", d, txt, simple_html(txt).replace("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n<body>\n", "<div dir=\"ltr\">").replace("\n</body></html>", "</div>")),
    dec("79318", [], OFF, "number in brackets after address; seal/act numbers are not requests"))

# ========================================================== 79402 Зелёная роща (positions 01..03)
d = D(11, 9, 5)
add("G1", c_thebat("Зеленая роща 79402", d,
    "Заявка 79402 - приняли! Все три позиции видим, завтра начнём.\n\nАшот\n+7 (918) 405-22-17"),
    dec("79402", [], ACC, "приняли; 'все три позиции' names no specific one"))

d_g2 = D(12, 8, 20)
G2 = "Выехали на поз.2, Курортный 120."
add("G2", c_ipad("79402 поз2", d_g2, G2),
    dec("79402", ["02"], WAY, "поз.2 = registry position '02'"))

d = D(12, 9, 10)
txt = ("На месте по второй и третьей, третья рядом оказалась."
       "\n\n\x00QUOTE\x00" + ios_attr(d_g2, GOR_IPAD) + "\n\n" + gt(G2 + SIG_IPAD))
add("G3", c_ipad("Re: 79402 поз2", d, txt),
    dec("79402", ["02", "03"], ON, "по второй и третьей = 02, 03; subject names old position 2"))

d = D(12, 12, 0)
add("RJ", c_mailru("мы приехали", d, "Барев! Мы уже на месте, работаем!! Если что звоните.\nАшот"),
    rev("no request number at all"))

d = D(13, 8, 10)
add("RK", c_outlook_ashot("выезды 13.11", d,
    "Доброе утро!\n\nСегодня Гор едет на Бархатный сезон (79455), Вачик на Зелёную рощу (79402). "
    "Обе бригады выехали!\n\n" + SIG_ASHOT),
    rev("two different requests in one letter"))

d = D(13, 11, 0)
add("G4", c_mailru("79402-01", d, "По первой позиции готово! Замок в медблоке работает, Вачик оттуда уехал.\nАшот"),
    dec("79402", ["01"], OFF, "79402-01 in subject, по первой позиции готово, уехал"))

d = D(13, 17, 45)
add("G5", c_outlook_ashot("ЗАЯВКА 79402", d,
    "ВСЁ ЗАКОНЧИЛИ ПО ВСЕМ ПОЗИЦИЯМ, УEXAЛИ!!!\nАШОТ", q=False),
    dec("79402", [], OFF, "caps; Latin E/X/A inside УEXAЛИ; all positions = whole request"))

# ========================================================== 79455 Бархатный сезон
d = D(12, 11, 20)
fw = D(12, 11, 2)
txt = ("Пересылаю ответ подрядчика для учёта.\nЛыков С.В.\n\n-----Original Message-----\n"
       "From: Ашот Арутюнян <ashot@masterdver-sochi.ru>\n"
       f"Sent: Thursday, November 12, 2026 11:02 AM\n"
       "To: Лыков Сергей Викторович <lykov.sv@chernomor-hotels.ru>\nSubject: Re: Заявка 79455\n\n"
       "Сергей Викторович, заявку 79455 приняли!! Завтра с утра будем у вас на Черноморской.\nАшот\n")
add("H1", c_lykov("FW: Re: Заявка 79455", d, txt),
    dec("79455", [], ACC, "engineer forwards Ashot's acceptance ('-----Original Message-----')"))

d = D(13, 8, 30)
add("H2", c_ipad("#79455 п1 п2", d, "В пути на Черноморскую 8, п1 и п2."),
    dec("79455", ["1", "2"], WAY, "в пути, п1 и п2; 8 is house number"))

d = D(13, 15, 45)
inner_d = D(13, 15, 24)
inner = c_ipad("79455 п.1, п.2", inner_d,
               "Сергей Викторович, по поз.1 и поз.2 работы выполнили, уехали в 15:20. "
               "Доводчики GEZE TS 2000 на 2 и 3 этаже отрегулированы.\nГор", extra=[])
inner = inner.replace(b"To: dispatch@zakazchik-omis.ru", b"To: lykov.sv@chernomor-hotels.ru")
outer_text = part_text("Коллеги, добрый день.\nОтчёт подрядчика по заявке во вложении.\n\n" + SIG_LYKOV)
att = part_raw(["Content-Type: message/rfc822; name=\"79455_p1_p2.eml\"",
                "Content-Disposition: attachment; filename=\"79455_p1_p2.eml\""], inner)
body = multipart("mixed", [outer_text, att])
add("H3", message(LYKOV, "FW: 79455 п.1, п.2", d, body, msgid=mid("exch", d), to_name=DISPATCH_NAME,
                  extra=[("Content-Language", "ru-RU"), ("X-MS-Has-Attach", "yes")]),
    dec("79455", ["1", "2"], OFF, "forward as attached message/rfc822: поз.1 и поз.2 выполнили, уехали"))

d = D(13, 18, 40)
ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
       "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Лыков Сергей Викторович:mailto:lykov.sv@chernomor-hotels.ru\n"
       "COMMENT;LANGUAGE=ru-RU:\\n\nSUMMARY;LANGUAGE=ru-RU:Принято: Приёмка работ 79455 поз.3\n"
       "DTSTART;TZID=Russian Standard Time:20261116T140000\nDTEND;TZID=Russian Standard Time:20261116T150000\n"
       "UID:040000008200E00074C5B7101A82E008000000001C3F2A9B5E6ADC01000000000000000010000000F2B8E1C7A4D3\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\nLOCATION;LANGUAGE=ru-RU:Бархатный сезон, ул. Черноморская 8\n"
       "SEQUENCE:0\nDTSTAMP:20261113T154000Z\nEND:VEVENT\nEND:VCALENDAR\n")
body = multipart("alternative", [part_text("\n", charset="utf-8", cte="base64"),
                                 part_text(ics, "calendar", "utf-8", "base64", extra_ct="; method=REPLY")])
add("H4", message(LYKOV, "Принято: Приёмка работ 79455 поз.3", d, body, msgid=mid("exch", d),
                  to_name=DISPATCH_NAME, extra=[("Content-Language", "ru-RU")]),
    ign("calendar meeting response (METHOD:REPLY) generated by Outlook"))

d = D(16, 10, 5)
# Latin look-alikes inside Cyrillic words: o a c e
add("H5", c_ipad("79455 поз 3", d, "Пoзиция 3 - мы нa мecтe, нaчинaем."),
    dec("79455", ["3"], ON, "Latin o/a/c/e inside 'Пoзиция', 'нa мecтe'"))

d = D(16, 13, 30)
fw = D(16, 13, 12)
txt = ("Пересылаю. Работы по 3-й позиции принял.\n\n" + SIG_LYKOV + "\n\n" +
       outlook_block(GOR_IPAD, fw, "Лыков Сергей Викторович", "79455 позиция 3") +
       "\nПо позиции 3 работы завершены, замок на запасном выходе заменили, мы уехали.\n\nОтправлено с iPad\n")
add("H6", c_lykov("Пересылка: 79455 позиция 3", d, txt, charset="windows-1251"),
    dec("79455", ["3"], OFF, "windows-1251 forward; работы завершены, уехали"))

# ========================================================== 79561 Металлург
d_j0 = D(16, 9, 4)
J0 = ("Заявка 79561 зарегистрирована.\nСанаторий «Металлург», ул. Орджоникидзе, 27.\n"
      "Поз.1 - замок двери прачечной; поз.2 - доводчик, вход в бассейн.\nДиспетчерская ОМИС")
d = D(16, 9, 6)
orig = message((DISPATCH_NAME, DISPATCH), "Заявка 79561 зарегистрирована", d_j0, part_text(J0),
               to="a.arutyunyan@masterdver-sochi.ru", msgid=mid("omis", d_j0))
human = ("This is the mail system at host mx1.masterdver-sochi.ru.\n\nI'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients. It's attached below.\n\n"
         "<a.arutyunyan@masterdver-sochi.ru>: host mx1.masterdver-sochi.ru[local] said:\n"
         "    550 5.1.1 <a.arutyunyan@masterdver-sochi.ru>: Recipient address rejected: User unknown in local recipient table\n")
dsn = ("Reporting-MTA: dns; mx1.masterdver-sochi.ru\nX-Postfix-Queue-ID: 4XkT2m0Q7Fz9vK\n"
       "Arrival-Date: " + format_datetime(d_j0) + "\n\nFinal-Recipient: rfc822; a.arutyunyan@masterdver-sochi.ru\n"
       "Original-Recipient: rfc822;a.arutyunyan@masterdver-sochi.ru\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n")
body = multipart("report", [
    part_raw(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], human),
    part_raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn),
    part_raw(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig)],
    extra_ct=" report-type=delivery-status;")
add("J0", message(DAEMON, "Undelivered Mail Returned to Sender", d, body, msgid=mid("daemon", d),
                  extra=[("Auto-Submitted", "auto-replied")]),
    ign("bounce (DSN) of the dispatcher's own message"))

d = D(16, 10, 30)
txt = ("Принято джан! Металлург знаем, там в прошлом году двери делали.\nАшот\x00QUOTE\x00" +
       mailru_attr(D(16, 10, 12), (DISPATCH_NAME, DISPATCH)) + "\n" + gt(J0, ">"))
add("J1", c_mailru("Re: Заявка 79561 зарегистрирована", d, txt, html=True),
    dec("79561", [], ACC, "принято; dispatcher's text quoted"))

d_j2 = D(17, 9, 40)
J2 = ("Извините, ещё не выехали! Ларгус сломался (А 417 МК 193), ждём вторую машину, в 11 напишу.\n\nАшот")
add("J2", c_thebat("79561 задержка", d_j2, J2),
    rev("negation: ещё не выехали; car plate number"))

d_j2r = D(17, 10, 2)
d = D(17, 11, 5)
txt = ("Здравствуйте, Диспетчерская.\n\nВы писали 17 ноября 2026 г., 10:02:11:\n\n" +
       gt("Хорошо, ждём. Когда выедете - напишите.\n\n-----\nДиспетчерская ОМИС", "ДО> ") +
       "\n\n\n\nВсё, выехали на Металлург! Будем к 12.\n\n--\nС уважением,\n Ашот                          mailto:ashot@masterdver-sochi.ru")
add("J3", c_thebat("Re: 79561 задержка", d, txt),
    dec("79561", [], WAY, "The Bat! initials-prefixed quote (ДО>), reply written under it; выехали НА объект"))

d = D(17, 12, 10)
add("J4", c_ipad("Металлург", d, "Прибыли на Орджоникидзе 27, санаторий Металлург, заявка 79561."),
    dec("79561", [], ON, "прибыли; 27 is a house number"))

d_j5 = D(17, 17, 30)
J5 = ("п.1 закончили (замок в прачечной), уехали.\nп.2 - ждём доводчик с базы, приедем в понедельник 23.11.\n\n" + SIG_GOR)
add("J5", c_tb("79561 п.1 готово", d_j5, J5, cte="quoted-printable"),
    dec("79561", ["1"], OFF, "п.1 done; п.2 only a plan"))

d = D(23, 14, 0)
txt = ("Доводчик на 2-й позиции поставили сегодня, всё работает, выехали с объекта в 13:40."
       "\n\n\x00QUOTE\x00" + ios_attr(d_j5, GOR_OFF) + "\n\n" + gt(J5))
add("J6", c_ipad("Re: 79561 п.1 готово", d, txt),
    dec("79561", ["2"], OFF, "выехали С объекта = left; subject names old п.1"))

# ========================================================== 79607 Хоста-Плаза
d = D(17, 11, 30)
add("K1", c_mailru("Re: Заявка 79607", d, "Принял!! Завтра Гор поедет, я в Ереван улетаю на три дня))\nАшот"),
    dec("79607", [], ACC, "принял"))

d = D(17, 11, 48)
orig_sub = "Заявка 79607 - уточнение адреса"
human = ("Ваше сообщение\n\n  Кому: ashot@masterdver-sochi.ru\n  Тема: " + orig_sub +
         "\n  Отправлено: 17.11.2026 11:40\n\nбыло прочитано 17.11.2026 11:48.\n")
mdn = ("Reporting-UA: masterdver-sochi.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;ashot@masterdver-sochi.ru\n"
       "Original-Message-ID: " + mid("omis", d) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
body = multipart("report", [part_text(human, charset="utf-8", cte="base64"),
                            part_raw(["Content-Type: message/disposition-notification"], mdn)],
                 extra_ct=" report-type=disposition-notification;")
add("KR", message(ASHOT_OFF, "Прочитано: " + orig_sub, d, body, msgid=mid("outlook", d),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    ign("read receipt (MDN) from Outlook"))

d_k2 = D(18, 9, 10)
K2 = "По 79607 буду через 20 минут, стою в пробке на Курортном."
add("K2", c_ipad("Хоста-Плаза 79607", d_k2, K2),
    dec("79607", [], WAY, "будет через 20 минут = on the way"))

d = D(18, 9, 12)
body = part_text("Здравствуйте!\n\nЯ в командировке с 18 по 21 ноября, почту читаю редко.\n"
                 "По заявкам звоните Гору: +7 988 231-45-07.\n\nАшот Арутюнян, МастерДверь\n", cte="base64")
add("KA", message(ASHOT_OFF, "Автоответ: " + orig_sub, d, body, msgid=mid("thebat", d),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),
    ign("out-of-office auto-reply"))

d = D(18, 10, 5)
vd = D(18, 9, 58)
fwd_hdr = ("---------- Forwarded message ---------\nОт: Вачик Мкртчян <vachik.master@mail.ru>\n"
           f"Date: {WD_SHORT[vd.weekday()]}, {vd.day} {MON_SHORT[vd.month-1]} {vd.year} г. в {vd:%H:%M}\n"
           "Subject: хоста\nTo: Гор <gor.arut@gmail.com>\n\n")
vtext = "Гор я на Хоста Плаза на месте, серверная открыта, начинаю. замок Cisa 11610 как ты говорил"
txt = "Пересылаю, Вачик на месте по Хосте, заявка 79607.\n\n" + fwd_hdr + vtext + "\n"
html = ("<div dir=\"ltr\">Пересылаю, Вачик на месте по Хосте, заявка 79607.<br><br><div class=\"gmail_quote\">"
        "<div dir=\"ltr\" class=\"gmail_attr\">" + esc(fwd_hdr).replace("\n", "<br>") + "</div>" + esc(vtext) + "</div></div>")
add("K3", c_gmail("Fwd: хоста", d, txt, html),
    dec("79607", [], ON, "Gmail forward of worker's message: на месте; Cisa 11610 is a lock model"))

d = D(18, 12, 50)
txt = ("Готово! Замок на серверной заменили. Уехали."
       "\n\n\x00QUOTE\x00" + ios_attr(d_k2, GOR_IPAD) + "\n\n" + gt(K2 + SIG_IPAD))
add("K4", c_ipad("Re: Хоста-Плаза 79607", d, txt),
    dec("79607", [], OFF, "number only in Re: subject (and quote); готово, уехали"))

# ========================================================== 79733 Южное взморье
d_l0 = D(19, 8, 10)
d = D(19, 8, 45)
txt = ("Добрый день, обращение приняли. Дядя в командировке до 21-го, по заявкам пока я."
       "\n\n\x00QUOTE\x00" + ios_attr(d_l0, (DISPATCH_NAME, DISPATCH)) + "\n\n" +
       gt("Обращение 79733. Санаторий «Южное взморье», Адлер, ул. Просвещения, 150.\nПоз.1-3: противопожарные двери "
          "корпуса 3 (петли, доводчики).\nДиспетчерская ОМИС"))
add("L1", c_ipad("Re: Обращение 79733", d, txt),
    dec("79733", [], ACC, "обращение приняли"))

d = D(19, 10, 20)
add("L2", c_tb("79733 стоимость", d,
    "Добрый день.\nПодскажите, замена петель на противопожарных дверях по 79733 идёт по договору №14/26 "
    "или отдельным счётом? По прайсу 2 300 р за петлю, на три двери 12 петель.\nБез ответа начать не можем.\n\n" + SIG_GOR),
    rev("price/contract question; explicitly not started"))

d_l3 = D(20, 8, 30)
L3 = "Выезд на Просвещения 150 по 79733, позиция 1. 08:30."
add("L3", c_ipad("Южное взморье - выезд (1)", d_l3, L3),
    dec("79733", ["1"], WAY, "noun 'выезд' (to the site) with time; (1) in subject = position"))

d = D(20, 9, 40)
txt = ("79733 - на месте, по П1 и П2 работаем."
       "\n\n\x00QUOTE\x00" + ios_attr(d_l3, GOR_IPAD) + "\n\n" + gt(L3 + SIG_IPAD))
add("L4", c_ipad("Re: Южное взморье - выезд (1)", d, txt),
    dec("79733", ["1", "2"], ON, "П1 и П2; old 'выезд' subject"))

# ========================================================== 79880 Светлана-Марина
d_m0 = D(23, 10, 5)
M0 = ("Направляем заявку 79880.\nАпарт-отель «Светлана-Марина», ул. Парковая, 2.\n"
      "Поз.1 - доводчик главного входа.\nПоз.2 - противопожарная дверь паркинга, не закрывается.\n\nДиспетчерская ОМИС")
d = D(23, 10, 40)
txt = ("Барев дзез! Получили, берём в работу, спасибо!\nАшот\n\n" +
       outlook_block((DISPATCH_NAME, DISPATCH), d_m0, "ashot@masterdver-sochi.ru", "Заявка 79880") + "\n" + M0)
add("M1", c_outlook_ashot("RE: Заявка 79880", d, txt),
    dec("79880", [], ACC, "берём в работу; Outlook header block quote"))

d = D(23, 16, 0)
tbl_rows = [("1", "дверь ДПМ, корпус 3, 1 этаж", "завершено", "12:10"),
            ("2", "дверь ДПМ, корпус 3, 2 этаж", "завершено", "14:35"),
            ("3", "дверь ДПМ, корпус 3, 3 этаж", "завершено", "15:40")]
text = ("Добрый день!\n\nПо обращению 79733 (Южное взморье), сегодня 23.11:\n\n" +
        "\n".join(f"Поз. {a} | {b} | {c}, уехали {t}" for a, b, c, t in tbl_rows) +
        "\n\nПетли и доводчики заменены, двери закрываются с притвором.\n\n" + SIG_ASHOT)
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body lang=RU>"
        "<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>По обращению 79733 (Южное взморье), сегодня 23.11:</p>"
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr><td><b>Поз.</b></td><td><b>Дверь</b></td>"
        "<td><b>Статус</b></td><td><b>Убытие</b></td></tr>" +
        "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{t}</td></tr>" for a, b, c, t in tbl_rows) +
        "</table><p class=MsoNormal>Петли и доводчики заменены, двери закрываются с притвором.</p>"
        "<p class=MsoNormal>" + esc(SIG_ASHOT).replace("\n", "<br>") + "</p></body></html>")
add("L5", c_outlook_ashot("Южное взморье 79733 - итог", d, text, html=html),
    dec("79733", ["1", "2", "3"], OFF, "multipart HTML table, one row per position, all завершено/убытие"))

d_m2q = D(24, 8, 40)
d = D(24, 9, 0)
txt = ("Шноракалутюн, телефон администратора получил! Ашот\x00QUOTE\x00" +
       mailru_attr(d_m2q, (DISPATCH_NAME, DISPATCH)) + "\n" +
       gt("По заявке 79880: контакт администратора - Елена, +7 (862) 244-90-17, она встретит на ресепшн.\nДиспетчерская ОМИС", ">"))
add("M2", c_mailru("Re: 79880 - контакт администратора", d, txt),
    rev("thanks/acknowledgement of the dispatcher's message; no status"))

d = D(24, 11, 15)
add("M3", c_tb("79880 поз.2", d, "Мастер на обьекте по поз.2, Парковая 2.\n\n" + SIG_GOR),
    dec("79880", ["2"], ON, "typo обьекте; Парковая 2 is the address"))

d = D(24, 14, 50)
txt = ("Это по Светлане-Марине, 79880: вторую позицию закончили, ушли в 14:40."
       "\n\n\x00QUOTE\x00" + ios_attr(d_l3, GOR_IPAD) + "\n\n" + gt(L3 + SIG_IPAD))
add("M4", c_ipad("Re: Южное взморье - выезд (1)", d, txt),
    dec("79880", ["2"], OFF, "stale 79733 thread subject with '(1)'; body names 79880 and 2nd position, ушли"))

d = D(25, 13, 5)
add("M5", c_mailru("79880", d, "79880, п.1: прибыли 10:10, доводчик поменяли, закончили и уехали 12:40!\nАшот"),
    dec("79880", ["1"], OFF, "two events in one letter; latest done = уехали"))

# ========================================================== 79912 Имеретинский берег
d = D(24, 9, 40)
fw = D(24, 9, 31)
txt = ("Добрый день.\nПодрядчик заявку принял, пересылаю.\n\n" + SIG_LYKOV + "\n\n" +
       outlook_block(ASHOT_MOB, fw, "Лыков Сергей Викторович", "Re: Имеретинский берег, 4 двери") +
       "\nПриняли 79912! Сергей Викторович, всё сделаем как в прошлый раз!\nАшот\n\nОтправлено из мобильной Почты Mail.ru\n")
add("N1", c_lykov("ПЕР: Re: Имеретинский берег, 4 двери", d, txt),
    dec("79912", [], ACC, "engineer forward: приняли 79912"))

d = D(25, 8, 5)
fw = D(25, 7, 48)
txt = ("Коллеги, к сведению: подрядчик переносит выезд.\n\n" + SIG_LYKOV + "\n\n" +
       outlook_block(ASHOT_MOB, fw, "Лыков Сергей Викторович", "79912") +
       "\nСергей Викторович, сегодня не успеваем, ребята на Парковой до вечера. Выедем завтра к 8 утра, позиции 1 и 2. "
       "Подготовьте доступ на техэтаж пожалуйста!\nАшот\n")
add("N2", c_lykov("ПЕР: 79912", d, txt),
    rev("forwarded message is only a plan (выедем завтра)"))

d = D(26, 8, 10)
add("N3", c_thebat("79912 поз 1 и 2 - выехали", d, "Выехали на Имеретинку, поз 1 и 2. Будем к девяти.\n\nАшот"),
    dec("79912", ["1", "2"], WAY, "выехали на объект, поз 1 и 2"))

d = D(26, 11, 30)
add("N4", c_ipad("79912", d,
    "Поз 1 закончили, уехали на склад за уплотнителем. Поз 2 - Вачик на месте, работает."),
    rev("different statuses for different positions: 1 left, 2 on site"))

d = D(26, 15, 20)
fw = D(26, 15, 3)
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=RU>"
        "<div class=WordSection1><p class=MsoNormal>Добрый день!<o:p></o:p></p>"
        "<p class=MsoNormal>Пересылаю отчёт. Двери 1 и 2 осмотрел лично, закрываются.<o:p></o:p></p>"
        "<p class=MsoNormal>" + esc(SIG_LYKOV).replace("\n", "<br>") + "<o:p></o:p></p>"
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        "<p class=MsoNormal><b>От:</b> Ашот Арутюнян &lt;ashot@masterdver-sochi.ru&gt;<br>"
        f"<b>Отправлено:</b> {ru_date(fw)}<br><b>Кому:</b> Лыков Сергей Викторович &lt;lykov.sv@chernomor-hotels.ru&gt;<br>"
        "<b>Тема:</b> Имеретинский берег 79912</p></div>"
        "<p class=MsoNormal>Сергей Викторович!<br>По 1-й и 2-й двери всё, убытие 15:00. Доводчики Dorma TS-83, "
        "замки Гардиан 10.01. Завтра 3 и 4!<br>Ашот</p></div></body></html>")
txt = ("Добрый день!\n\nПересылаю отчёт. Двери 1 и 2 осмотрел лично, закрываются.\n\n" + SIG_LYKOV + "\n\n" +
       outlook_block(ASHOT_OFF, fw, "Лыков Сергей Викторович <lykov.sv@chernomor-hotels.ru>", "Имеретинский берег 79912") +
       "\nСергей Викторович!\nПо 1-й и 2-й двери всё, убытие 15:00. Доводчики Dorma TS-83, замки Гардиан 10.01. "
       "Завтра 3 и 4!\nАшот\n")
add("N5", c_lykov("ПЕР: Имеретинский берег 79912", d, txt, html=html, cte="base64"),
    dec("79912", ["1", "2"], OFF, "forwarded report: по 1-й и 2-й всё, убытие 15:00; 3 и 4 only planned"))

d = D(27, 9, 0)
d_n3 = D(26, 8, 10, 0)
txt = ("Сегодня 3 и 4 позиции, уже на месте с 8:50."
       "\n\n\x00QUOTE\x00" + ios_attr(d_n3, ASHOT_OFF) + "\n\n" + gt("Выехали на Имеретинку, поз 1 и 2. Будем к девяти.\n\nАшот"))
add("N7", c_ipad("Re: 79912 поз 1 и 2 - выехали", d, txt),
    dec("79912", ["3", "4"], ON, "old subject says 1 и 2 выехали; new text: 3 и 4 на месте"))

d = D(27, 9, 14)
add("RI", c_mailru("79921 на месте!!", d, "Ребята на месте, начинают третью и четвертую!\nАшот"),
    rev("79921 is not in the registry (digits transposed); dispatcher cannot record"))

d = D(27, 9, 30)
body = part_text("Здравствуйте!\n\nЯ нахожусь вне офиса до 30.11.2026 включительно. По срочным вопросам "
                 "обращайтесь к дежурному инженеру: +7 (862) 296-40-10.\n\nЛыков С.В.\n", cte="base64")
add("N6", message(LYKOV, "Автоматический ответ: 79912 - приёмка работ по поз. 3, 4", d, body, msgid=mid("exch", d),
                  to_name=DISPATCH_NAME,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "lykov.sv@chernomor-hotels.ru"), ("Content-Language", "ru-RU")]),
    ign("Exchange out-of-office auto-reply"))

d = D(27, 16, 10)
add("N8", c_mailru("Имеретинский берег", d,
    "По заявке 79912 позиции 3, 4 - завершение работ 16:00! Противопожарные двери закрываются, доводчики "
    "отрегулированы. Апрес ребятам!\nАшот", html=True),
    dec("79912", ["3", "4"], OFF, "noun 'завершение работ' with time"))

# ========================================================== newsletter
d = D(20, 12, 0)
ntext = ("МастерДверь Сочи - ноябрьская акция!\n\nДоводчики Dorma TS-77 и GEZE TS 2000 со скидкой 15% до 30.11.2026.\n"
         "Выезд мастера по Сочи и Адлеру за 30 минут!\nЗамена замков, ремонт противопожарных дверей EI-60.\n\n"
         "Звоните: +7 (862) 255-17-17\n\nВы получили это письмо, потому что подписаны на рассылку МастерДверь. "
         "Отписаться: https://masterdver-sochi.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\n")
nhtml = ("<html><body style=\"font-family:Arial\"><h2>МастерДверь Сочи - ноябрьская акция!</h2>"
         "<p>Доводчики <b>Dorma TS-77</b> и <b>GEZE TS 2000</b> со скидкой <b>15%</b> до 30.11.2026.</p>"
         "<p>Выезд мастера по Сочи и Адлеру за 30 минут!<br>Замена замков, ремонт противопожарных дверей EI-60.</p>"
         "<p>Звоните: +7 (862) 255-17-17</p><p style=\"font-size:10px;color:#888\">Вы получили это письмо, потому что "
         "подписаны на рассылку МастерДверь. <a href=\"https://masterdver-sochi.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\">"
         "Отписаться</a></p></body></html>")
body = multipart("alternative", [part_text(ntext, cte="base64"), part_text(nhtml, "html", cte="base64")])
add("NW", message(NEWS, "Скидка 15% на доводчики до конца ноября!", d, body, msgid=mid("bulk", d),
                  extra=[("Precedence", "bulk"), ("List-Id", "MasterDver news <news.masterdver-sochi.ru>"),
                         ("List-Unsubscribe", "<mailto:unsubscribe@masterdver-sochi.ru>, "
                          "<https://masterdver-sochi.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
                         ("X-Mailer", "UniSender")]),
    ign("bulk newsletter / advertising"))

# ---------------------------------------------------------------- output

import email
from email import policy


def date_of(raw):
    m = email.message_from_bytes(raw, policy=policy.default)
    return m["Date"].datetime


LETTERS.sort(key=lambda x: date_of(x[1]))
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
labels = {}
keymap = {}
for i, (key, raw, lab) in enumerate(LETTERS, 1):
    name = f"{i:03d}.eml"
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(raw)
    labels[name] = lab
    keymap[name] = key
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ИП Арутюнян А.Г. «МастерДверь»",
        "emails": ["ashot@masterdver-sochi.ru", "ashot.masterdver@mail.ru", "gor@masterdver-sochi.ru",
                   "gor.arut@gmail.com", "lykov.sv@chernomor-hotels.ru", "news@masterdver-sochi.ru",
                   "MAILER-DAEMON@masterdver-sochi.ru"],
        "domains": ["masterdver-sochi.ru"]},
    "requests": [
        {"number": "79014", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "Отель «Морская звезда» (УК «Черноморские отели»), Курортный пр-т 75: 1 - электромеханический замок главного входа, 2 - доводчик чёрной лестницы, 3 - противопожарная дверь EI60, 2 этаж"},
        {"number": "79027", "positions": ["1", "2"], "registered_at": "2026-11-03T11:30:00+03:00",
         "comment": "Санаторий «Горный воздух», корпус 2, ул. Виноградная 22: 1 - доводчик входной двери, 2 - замок служебного входа"},
        {"number": "79105", "positions": ["1"], "registered_at": "2026-11-05T08:00:00+03:00",
         "comment": "Гостиница «Ривьера-Парк», ул. Приморская 3: 1 - карточный замок номера 214"},
        {"number": "79133", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "Санаторий «Адлер-Курорт», корпус Б, ул. Ленина 219: поз. 1-4 - противопожарные двери 1-4 этажей (дверь N = поз. N)"},
        {"number": "79240", "positions": ["1", "2"], "registered_at": "2026-11-09T13:00:00+03:00",
         "comment": "Пансионат «Кудепста-Бриз», ул. Искры 66/5: 1 - замок пляжной калитки, 2 - доводчик столовой"},
        {"number": "79318", "positions": ["1"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "Отель «Ласточка», ул. Войкова 12: 1 - противопожарная дверь кухни (замена)"},
        {"number": "79402", "positions": ["01", "02", "03"], "registered_at": "2026-11-11T08:30:00+03:00",
         "comment": "Санаторий «Зелёная роща», Курортный пр-т 120: 01 - замок медблока, 02 - доводчик корпуса 2, 03 - доводчик корпуса 3"},
        {"number": "79455", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T10:00:00+03:00",
         "comment": "Отель «Бархатный сезон» (УК «Черноморские отели»), ул. Черноморская 8: 1,2 - доводчики 2 и 3 этажа, 3 - замок запасного выхода"},
        {"number": "79561", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "Санаторий «Металлург», ул. Орджоникидзе 27: 1 - замок прачечной, 2 - доводчик входа в бассейн"},
        {"number": "79607", "positions": ["1"], "registered_at": "2026-11-17T11:00:00+03:00",
         "comment": "Гостиница «Хоста-Плаза», ул. Платановая 9: 1 - замок серверной"},
        {"number": "79733", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T08:00:00+03:00",
         "comment": "Санаторий «Южное взморье», Адлер, ул. Просвещения 150: противопожарные двери корпуса 3, 1-3 этаж"},
        {"number": "79880", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "Апарт-отель «Светлана-Марина», ул. Парковая 2: 1 - доводчик главного входа, 2 - противопожарная дверь паркинга"},
        {"number": "79912", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-24T09:00:00+03:00",
         "comment": "Отель «Имеретинский берег» (УК «Черноморские отели»), ул. Морская 1: поз. 1-4 - противопожарные двери техэтажа N1-N4 (дверь N = поз. N)"},
    ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
