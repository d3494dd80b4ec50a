#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona: ИП Гарипов Р.Ф. «ОкнаСтрой» (Казань).

Writes registry.json, letters/NNN.eml, labels.json into the folder of this script.
Letters are sorted chronologically and numbered 001..NNN.
"""
import html
import json
import os
import random
from datetime import datetime, timedelta, timezone
from email import charset as cs
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
from email import encoders
from email.utils import format_datetime, formataddr
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(75012)
TZ = timezone(timedelta(hours=3))

DOMAIN = "oknastroy-kzn.ru"
RUSTAM = "rustam.garipov.okna@gmail.com"
GULNARA = "gulnara.buh@" + DOMAIN
INFO = "info@" + DOMAIN
GATE = "gsm-gate@" + DOMAIN
NEWS = "news@" + DOMAIN
DAEMON = "MAILER-DAEMON@" + DOMAIN
DISPATCH = "dispatch@zakazchik-omis.ru"

ILNUR = ("+7 917 254-11-83", "79172541183")
AIDAR = ("+7 927 440-33-17", "79274403317")

RSIG = ("-- \nРустам Гарипов\nИП Гарипов Р.Ф. «ОкнаСтрой»\n"
        "окна, остекление, двери — с 2009 года\n+7 917 263-40-18")
GSIG = ("С уважением,\nГарипова Гульнара Ринатовна\n"
        "бухгалтер ИП Гарипов Р.Ф. «ОкнаСтрой»\n"
        "420087, г. Казань, ул. Родины, д. 8, оф. 14\n"
        "тел. +7 (843) 250-17-44\n"
        "ИНН 165912345678, ОГРНИП 316169000012345")
TSIG = "--\nТимур Гарипов\nОкнаСтрой, 8-917-255-90-61"

REGISTRY = {
    "contractor": {
        "name": "ИП Гарипов Р.Ф. «ОкнаСтрой»",
        "emails": [RUSTAM, GULNARA, INFO, GATE, NEWS, DAEMON.lower()],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "75012", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-02T09:00:00+03:00",
         "comment": "МБОУ «Школа № 57»: 1 — каб. 214 (окно 1450×1700), 2 — каб. 216, 3 — окно 3 в рекреации 2 этажа"},
        {"number": "75048", "positions": ["1", "2"],
         "registered_at": "2026-11-02T10:30:00+03:00",
         "comment": "МАОУ «Гимназия № 122»: 1 — остекление спортзала, 2 — входная группа"},
        {"number": "75103", "positions": ["1"],
         "registered_at": "2026-11-03T08:45:00+03:00",
         "comment": "МБОУ «Школа № 18», ул. Волгоградская, 3: 1 — входная группа (дверь)"},
        {"number": "75177", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "Лицей № 131: 1 — каб. 305, 2 — каб. 306, 3 — каб. 307, 4 — учительская"},
        {"number": "75260", "positions": ["1", "2"],
         "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "МБОУ «Школа № 92»: 1 — окна столовой (стеклопакеты), 2 — дверь пищеблока"},
        {"number": "75334", "positions": ["1"],
         "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "МБОУ «Гимназия № 7»: 1 — витраж актового зала 3200×2800"},
        {"number": "75419", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "МБОУ «Школа № 141»: 1 — каб. 101, 2 — каб. 102, 3 — медкабинет"},
        {"number": "75588", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-10T09:15:00+03:00",
         "comment": "МБОУ «Школа № 39»: 1 — спортзал, 2 — раздевалки, 3 — дверь запасного выхода"},
        {"number": "75702", "positions": ["1"],
         "registered_at": "2026-11-11T10:00:00+03:00",
         "comment": "МБОУ «Школа № 175»: 1 — кабинет информатики (каб. 311)"},
        {"number": "75866", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "МБОУ «Школа № 45»: окна 1–4 в рекреации 3 этажа (позиция = номер окна)"},
        {"number": "76021", "positions": ["1", "2"],
         "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "МБОУ «Гимназия № 19»: 1 — библиотека, 2 — каб. 12"},
        {"number": "76340", "positions": ["1", "2"],
         "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "МБОУ «Школа № 110»: 1 — входная группа, 2 — тамбур запасного выхода"},
        {"number": "76905", "positions": ["1"],
         "registered_at": "2026-11-19T11:00:00+03:00",
         "comment": "Лицей № 83: 1 — окна учебных мастерских"},
    ],
}

# ----------------------------------------------------------------- helpers

def C(name, body_enc, hdr_enc="b"):
    c = cs.Charset(name)
    c.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}[body_enc]
    c.header_encoding = cs.QP if hdr_enc == "q" else cs.BASE64
    return c


def H(text, charset="utf-8", enc="b"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, C(charset, "7bit", enc))


def addr(name, email_addr, charset="utf-8", enc="b"):
    if name is None:
        return email_addr
    h = H(name, charset, enc)
    if isinstance(h, str):
        return formataddr((name, email_addr))
    return h.encode() + " <" + email_addr + ">"


def dt(s):
    """'11-05 07:52' -> aware datetime in Nov 2026"""
    md, hm = s.split()
    m, d = md.split("-")
    hh, mm = hm.split(":")
    return datetime(2026, int(m), int(d), int(hh), int(mm), rnd.randint(0, 59), tzinfo=TZ)


def rid(n, alphabet="abcdef0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def gmail_id():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    return "<CA" + rnd.choice("FGLMNOP") + rid(43, al) + "@mail.gmail.com>"


def outlook_id(d):
    return "<%s$%s$%s@%s>" % (rid(12), rid(8), rid(8), DOMAIN)


def bat_id(d):
    return "<%d.%s@%s>" % (rnd.randint(10**9, 2 * 10**9), d.strftime("%Y%m%d%H%M%S"), DOMAIN)


def gate_id(d):
    return "<gw400.%s.%d@%s>" % (d.strftime("%Y%m%d%H%M%S"), rnd.randint(1000, 9999), DOMAIN)


def disp_id():
    return "<%s.%s@mail.zakazchik-omis.ru>" % (rid(10), rid(6))


DISP_NAME = "Диспетчерская ОМИС"
TO_DISP_UTF = addr(DISP_NAME, DISPATCH)


def finalize(msg, headers):
    """put envelope headers first, MIME headers after them"""
    mime = list(msg._headers)
    msg._headers = []
    for k, v in headers:
        if v is not None:
            msg[k] = v
    for k, v in mime:
        msg._headers.append((k, v))
    return msg


RU_DOW = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]


def gattr(d, name, email_addr):
    """Gmail (ru) attribution line"""
    return "%s, %d %s %d г. в %s, %s <%s>:" % (
        RU_DOW[d.weekday()], d.day, RU_MON[d.month - 1], d.year, d.strftime("%H:%M"), name, email_addr)


def gquote(d, name, email_addr, text):
    lines = ["> " + l if l else ">" for l in text.strip("\n").split("\n")]
    return gattr(d, name, email_addr) + "\n\n" + "\n".join(lines) + "\n"


def to_html(plain):
    out = []
    lines = plain.split("\n")
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                block.append(lines[i][1:].lstrip(" "))
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>".join(html.escape(b) for b in block) + "</blockquote>")
            continue
        if l == "-- ":
            out.append('<span class="gmail_signature_prefix">-- </span><br>')
        elif l == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>" + html.escape(l) + "</div>")
        i += 1
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def gb():
    return "0000000000" + rid(16)


def gmail(date, subject, text, enc="b64", irt=None, cc=None, html_body=None):
    d = dt(date)
    alt = MIMEMultipart("alternative", boundary=gb())
    alt.attach(MIMEText(text, "plain", C("utf-8", enc)))
    alt.attach(MIMEText(html_body or to_html(text), "html", C("utf-8", enc)))
    del alt["MIME-Version"]
    alt._headers.insert(0, ("MIME-Version", "1.0"))
    hdr = [("MIME-Version", None), ("Date", format_datetime(d)),
           ("References", irt), ("In-Reply-To", irt), ("Message-ID", gmail_id()),
           ("Subject", H(subject)), ("From", addr("Рустам Гарипов", RUSTAM)),
           ("To", TO_DISP_UTF), ("Cc", cc)]
    return finalize(alt, hdr), d


def gateway(date, who, body):
    d = dt(date)
    m = MIMEText(body + "\n\n--\nSMS2Mail GW-400\n", "plain", "us-ascii")
    hdr = [("Date", format_datetime(d)), ("From", formataddr((who[0], GATE))),
           ("To", DISPATCH), ("Subject", "SMS +" + who[1]), ("Message-ID", gate_id(d)),
           ("X-Mailer", "SMS2Mail GW-400 v1.4.2"), ("X-GSM-Sender", "+" + who[1])]
    return finalize(m, hdr), d


def outlook(date, subject, text, enc="qp", irt=None, alt_html=True, prefix=None, extra=None):
    d = dt(date)
    c = C("windows-1251", enc)
    if alt_html:
        m = MIMEMultipart("alternative", boundary="----=_NextPart_000_%s_%s.%s" % (rid(4), rid(8), rid(8)))
        m.attach(MIMEText(text, "plain", c))
        paras = "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html.escape(l) if l else "&nbsp;")
                        for l in text.split("\n"))
        m.attach(MIMEText('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                          '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
                          '</head><body lang=RU><div class=WordSection1>\n' + paras +
                          '</div></body></html>\n', "html", c))
    else:
        m = MIMEText(text, "plain", c)
    subj = subject if prefix is None else prefix + subject
    hdr = [("From", addr("Гульнара Гарипова", GULNARA, "windows-1251", "q")),
           ("To", addr(DISP_NAME, DISPATCH, "windows-1251", "q")),
           ("Cc", RUSTAM), ("References", irt), ("In-Reply-To", irt),
           ("Subject", H(subj, "windows-1251", "q")), ("Date", format_datetime(d)),
           ("Message-ID", outlook_id(d)), ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQH" + rid(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop0123456789")),
           ("Content-Language", "ru")]
    if extra:
        hdr += extra
    return finalize(m, hdr), d


def thebat(date, subject, text, irt=None):
    d = dt(date)
    # KOI8-R has no №, dashes or guillemets: The Bat! user types plain substitutes
    tr = {"№": "N", "—": "-", "–": "-", "«": '"', "»": '"', "×": "x"}
    text = "".join(tr.get(ch, ch) for ch in text)
    subject = "".join(tr.get(ch, ch) for ch in subject)
    m = MIMEText(text, "plain", C("koi8-r", "8bit"))
    hdr = [("Date", format_datetime(d)), ("From", addr("Тимур Гарипов", INFO, "koi8-r")),
           ("Reply-To", INFO), ("Organization", H("ОкнаСтрой", "koi8-r")),
           ("X-Priority", "3 (Normal)"), ("Message-ID", bat_id(d)),
           ("To", addr(DISP_NAME, DISPATCH, "koi8-r")), ("In-Reply-To", irt),
           ("Subject", H(subject, "koi8-r")), ("X-Mailer", "The Bat! (v9.4.5) Professional")]
    return finalize(m, hdr), d


LETTERS = []


def add(pair, label):
    msg, d = pair
    LETTERS.append((d, msg, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


P, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ----------------------------------------------------------------- letters

# 75012 accepted — Gulnara, Outlook plain text, windows-1251 QP
G_75012_TEXT = """Добрый день!

Сообщаем, что заявка № 75012 (МБОУ «Школа № 57», замена оконных блоков в каб. 214, 216 и окна № 3 в рекреации 2 этажа) принята ИП Гарипов Р.Ф. в работу.
Работы выполняются в рамках договора подряда № 14/2026 от 12.01.2026.
Контактное лицо на объекте — Гарипов Рустам Фаридович, тел. +7 917 263-40-18.

""" + GSIG + "\n"
m1 = outlook("11-02 10:05", "Заявка № 75012 принята в работу", G_75012_TEXT, alt_html=False)
G_75012_DATE = m1[1]
add(m1, D("75012", [], P, "бухгалтер подтверждает принятие заявки; договор/телефон/ИНН — не номера заявок"))

# 75048 accepted — Rustam replies on top of dispatcher's letter
d_75048 = datetime(2026, 11, 2, 11, 2, tzinfo=TZ)
txt = """Исэнмесез! Добрый день!

Заявку посмотрел, спасибо, что вспомнили про нас. Берём, конечно, принимаем в работу. Гимназию 122 я хорошо знаю, мы им в позапрошлом году кабинет химии делали, там завхоз Фарид абый — золотой человек, всегда чаем напоит и ключи без разговоров даст.

Спортзал там высокий, окна под самым потолком, так что без лесов никак, леса возьмём у шурина. По входной группе надо будет ещё посмотреть, что там с порогом, в прошлый раз пол был кривой.

На этой неделе погода, говорят, ещё постоит, а потом обещают снег, так что постараемся побыстрее.

Сау булыгыз,
""" + RSIG + "\n\n" + gquote(d_75048, DISP_NAME, DISPATCH, """Добрый день, Рустам Фаридович!
Направляем новую заявку № 75048.
Объект: МАОУ «Гимназия № 122», ул. Адоратского, 21.
Позиция 1 — остекление спортзала (4 окна 2400×1800).
Позиция 2 — замена входной группы.
Просьба подтвердить принятие заявки ответным письмом.
--
Диспетчерская служба ОМИС""")
add(gmail("11-02 13:40", "Re: Новая заявка 75048 — Гимназия № 122, остекление спортзала и входная группа",
          txt, irt=disp_id()),
    D("75048", [], P, "«берём, принимаем в работу»; позиции названы только в цитате диспетчера"))

# 75103 accepted — Gulnara, Outlook multipart/alternative
G_75103_TEXT = """Здравствуйте.

Подтверждаем получение заявки № 75103 (МБОУ «Школа № 18», замена входной группы). Заявка принята, монтажники будут направлены после поступления дверного блока от поставщика (ориентировочно 10–12.11.2026).

""" + GSIG + "\n"
m3 = outlook("11-03 09:30", "Подтверждение заявки 75103", G_75103_TEXT)
G_75103_DATE = m3[1]
add(m3, D("75103", [], P, "заявка принята; дата поставки — план, не статус"))

# 75177 accepted — Rustam, "наряд"
txt = """Добрый день, уважаемая диспетчерская!

Получили ваш наряд 75177 по лицею № 131, взяли в работу. Утром заезжал туда с сыном, посмотрели все четыре места — 305, 306, 307 и учительскую. В 305-м и 306-м рамы совсем гнилые, деревянные ещё с советских времён, там под замену целиком, размер 1450×1700 оба. В 307-м можно было бы и один стеклопакет поменять, но директор просит тоже целиком, ладно, сделаем.

Учительская — там окно большое, трёхстворчатое, 2100×1500, заказываем у поставщика, он обещал за неделю, но вы же знаете этих поставщиков :)

Погода сегодня хорошая, солнце, +6, не ноябрь, а сказка.

С уважением,
Рустам Фаридович
""" + RSIG + "\n"
add(gmail("11-03 12:20", "лицей 131 — наряд 75177", txt, enc="qp"),
    D("75177", [], P, "«наряд … взяли в работу»; номера кабинетов и размеры — не номера заявок"))

# bulk newsletter
d = dt("11-03 17:00")
nl_plain = """ОкнаСтрой: утепляем окна к зиме!

Уважаемые клиенты и партнёры!
Зима близко — самое время проверить окна. Только до 30 ноября:
 • скидка 15% на замену уплотнителя;
 • москитные сетки — 2 по цене 1 (на весну);
 • регулировка фурнитуры — от 500 руб. за створку.

Оставить заявку: +7 (843) 250-17-44 или ответьте на это письмо.

Вы получили это письмо, потому что являетесь клиентом ИП Гарипов Р.Ф. «ОкнаСтрой».
Отписаться: https://oknastroy-kzn.ru/unsubscribe?id=d15f0a
"""
nl = MIMEMultipart("alternative", boundary="=_uni_" + rid(20))
nl.attach(MIMEText(nl_plain, "plain", C("utf-8", "b64")))
nl.attach(MIMEText("<html><body><h2>ОкнаСтрой: утепляем окна к зиме!</h2>"
                   "<p>Уважаемые клиенты и партнёры! Зима близко — самое время проверить окна.</p>"
                   "<ul><li>скидка 15% на замену уплотнителя;</li><li>москитные сетки — 2 по цене 1;</li>"
                   "<li>регулировка фурнитуры — от 500 руб. за створку.</li></ul>"
                   "<p>Оставить заявку: +7 (843) 250-17-44</p>"
                   '<p style="font-size:10px;color:#888">Вы получили это письмо, потому что являетесь клиентом '
                   'ИП Гарипов Р.Ф. «ОкнаСтрой». <a href="https://oknastroy-kzn.ru/unsubscribe?id=d15f0a">Отписаться</a></p>'
                   "</body></html>", "html", C("utf-8", "b64")))
add((finalize(nl, [("Date", format_datetime(d)), ("From", addr("ОкнаСтрой", NEWS)),
                   ("To", DISPATCH), ("Subject", H("ОкнаСтрой: утепляем окна к зиме — скидка 15% на уплотнитель")),
                   ("Message-ID", "<%s@unisender.%s>" % (rid(24), DOMAIN)),
                   ("List-Id", "<news.oknastroy-kzn.ru>"),
                   ("List-Unsubscribe", "<mailto:unsubscribe@oknastroy-kzn.ru?subject=unsubscribe>, "
                                        "<https://oknastroy-kzn.ru/unsubscribe?id=d15f0a>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk"), ("X-Mailer", "UniSender")]), d),
    I("рекламная рассылка компании (List-Unsubscribe, Precedence: bulk)"))

# plan — review
txt = """Добрый вечер!

Сегодня праздник, а мы всё равно на складе весь день — окна для 57-й школы наконец привезли, Тимур с утра разгружал, я проверял, всё по размерам, 1450×1700 и 1300×1500, слава Аллаху, ничего не перепутали.

По заявке 75012 завтра с утра выезжаем, часов в 7:30. Начнём с 214-го и 216-го, рекреацию — на следующую неделю, там надо с завхозом договориться, чтобы детей в коридоре не было.

Если что — звоните, телефон всегда со мной.

Рустам
""" + RSIG + "\n"
add(gmail("11-04 21:15", "Школа 57 — завтра выезжаем", txt),
    R("только план: «завтра с утра выезжаем»; ничего ещё не произошло"))

add(gateway("11-05 07:52", ILNUR, "75012 vyehali v shk 57 p1 p2, budem 8:30"),
    D("75012", ["1", "2"], V, "транслит: выехали, будем в 8:30; 57 — номер школы"))
add(gateway("11-05 08:41", ILNUR, "75012 P1 P2 NA MESTE. ZAVHOZ OTKRYL"),
    D("75012", ["1", "2"], M, "транслит капсом: на месте"))

# 75260 accepted — Timur, The Bat!, KOI8-R, bottom posting with initials quote
txt = """Здравствуйте, Диспетчерская.

Вы писали 5 ноября 2026 г., 10:12:

ДО> Добрый день.
ДО> Направляем заявку № 75260: МБОУ «Школа № 92», ул. Гагарина, 75.
ДО> Позиция 1 — замена стеклопакетов в столовой (6 шт.).
ДО> Позиция 2 — замена двери пищеблока.
ДО> Просим подтвердить.

Папа (Рустам Фаридович) на объекте, попросил ответить. Заявку приняли в работу. Замер столовой сделаем в пятницу, дверь в пищеблок ждём от поставщика.

""" + TSIG + "\n"
add(thebat("11-05 11:00", "Re: Заявка 75260 — школа № 92", txt, irt=disp_id()),
    D("75260", [], P, "сын отвечает под цитатой (префикс ДО>); номер только в теме Re: и в цитате; KOI8-R"))

# 75012 pos 2 done, PS correction about 214
txt = """Добрый вечер всем!

Докладываю по 57-й школе. Весь день там провели, завхоз Николай Петрович нас с утра встретил, ключи дал, даже помог старые рамы выносить, золотой человек, дай Аллах ему здоровья.

По первой и второй позиции (это 214-й и 216-й кабинеты) окна поставили, пену выдули, уплотнитель, ручки, всё как положено. В 216-м (вторая) и откосы успели — там всё, убрались и уехали около шести. Тимур молодец, он сейчас уже сам пену ровнее меня кладёт.

На улице весь день моросило, пока старые рамы вынимали, немного намочило подоконник, но вытерли, ничего страшного.

Рустам

П.С. в 214 ещё не закончили — откосы не успели, завтра доделаем, ребята с утра подъедут.
""" + RSIG + "\n\n" + gquote(G_75012_DATE, "Гульнара Гарипова", GULNARA, G_75012_TEXT)
add(gmail("11-05 19:30", "Re: Заявка № 75012 принята в работу", txt, cc=GULNARA, irt=outlook_id(None)),
    D("75012", ["2"], U, "поз. 2 (216) закончена, уехали; П.С. поправляет: 214 (поз. 1) не закончен — только план; тема Re: со старым статусом"))

# wrong thread: subject 75103, body 75177
txt = """Доброе утро!

Ой, это я не в ту ветку пишу, извините, Гульнара меня потом отругает. Это не про 18-ю школу, а про лицей 131 — наряд 75177.

Едем туда сейчас, Тимур за рулём, я с ноутбука пишу прямо в машине. Везём окна на 305 и 306 кабинеты — это позиции 1 и 2. Будем минут через 25, если на проспекте Победы опять не встанем.

Рустам
""" + RSIG + "\n\n" + gquote(G_75103_DATE, "Гульнара Гарипова", GULNARA, G_75103_TEXT)
add(gmail("11-06 08:20", "Re: Подтверждение заявки 75103", txt, irt=outlook_id(None)),
    D("75177", ["1", "2"], V, "не та ветка: тема про 75103, тело явно про 75177, поз. 1 и 2, едут"))

# 75334 accepted — reply under the quote
d_75334 = datetime(2026, 11, 6, 14, 2, tzinfo=TZ)
Q_75334 = """Рустам Фаридович, добрый день.
Заявка № 75334, МБОУ «Гимназия № 7», ул. Достоевского, 52.
Позиция 1 — замена витража в актовом зале (3200×2800).
Прошу подтвердить принятие."""
txt = gquote(d_75334, DISP_NAME, DISPATCH, Q_75334) + """
Добрый день! Подтверждаю, заявку приняли. Витраж большой, алюминиевый, заказал сегодня, делают две недели, раньше 18-го не успеем, уж извините.

Рустам
""" + RSIG + "\n"
IRT_75334 = disp_id()
add(gmail("11-06 14:35", "Re: Заявка 75334 (Гимназия № 7) — витраж актового зала", txt, irt=IRT_75334),
    D("75334", [], P, "ответ написан под цитатой; «подтверждаю, заявку приняли»"))

add(gateway("11-06 15:10", AIDAR, "75012 p1 (kab 214) otkosy dodelali, uehali v 15:05"),
    D("75012", ["1"], U, "доделали откосы в 214, уехали; 214 — кабинет, не заявка"))
add(gateway("11-06 17:45", ILNUR, "75177 p1 p2 gotovo, uehali iz liceya"),
    D("75177", ["1", "2"], U, "готово, уехали из лицея"))

# supplier delay — review
txt = """Исэнмесез, хөрмәтле диспетчеры!

Пишу с неприятной новостью. Поставщик из Набережных Челнов (ООО «ПрофильТорг») опять подвёл — профиль Rehau Blitz 60 на спортзал гимназии 122 (заявка 75048) обещали в четверг, потом в пятницу, сегодня говорят — в понедельник утром. Машина у них сломалась, КАМАЗ, номер даже назвали, Т 512 ОР 116, чтобы я им поверил :)

Так что раньше понедельника начать не получится. Леса я у шурина уже взял, стоят у нас во дворе, Гульнара ругается, что машину негде поставить.

Извините за задержку, мы не виноваты, но отвечаем, конечно, мы.

Рустам
""" + RSIG + "\n"
add(gmail("11-07 12:30", "Задержка по гимназии 122", txt, enc="qp"),
    R("задержка поставщика, перенос на понедельник — статуса нет"))

txt = """Хәерле иртә!

Выехали на 122-ю гимназию, спортзал. Тимур за рулём, я пишу с ноутбука. Профиль вчера вечером всё-таки привезли, ночью Тимур с другом собирали рамы, почти не спал. Будем минут через 40, на Горьковском шоссе пробка как всегда.

Рустам
""" + RSIG + "\n"
m16 = gmail("11-09 08:05", "75048 поз 1", txt)
D_16 = m16[1]
add(m16, D("75048", ["1"], V, "выехали на объект, будем через 40 минут; позиция в теме «поз 1»"))

add(gateway("11-09 10:15", AIDAR, "75048 p1 na meste, lesa stavim"),
    D("75048", ["1"], M, "на месте, ставят леса"))
add(gateway("11-10 07:45", ILNUR, "edem v 92 shk, 75260 p1 stolovaya"),
    D("75260", ["1"], V, "едем в 92-ю школу"))

# 75588 accepted — Gulnara, Outlook reply with header block
txt = """Добрый день.

Заявка № 75588 принята в работу. Договор подряда № 14/2026 от 12.01.2026, дополнительное соглашение № 7 будет направлено до 13.11.2026.
Реквизиты для документов без изменений: ИНН 165912345678, р/с 40802810962000012345 в ПАО «Сбербанк».

""" + GSIG + """

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 10 ноября 2026 г. 9:31
Кому: gulnara.buh@oknastroy-kzn.ru; rustam.garipov.okna@gmail.com
Тема: Заявка 75588 — МБОУ «Школа № 39»

Добрый день.
Направляем заявку № 75588: МБОУ «Школа № 39», ул. Восстания, 82.
Поз. 1 — остекление спортзала; поз. 2 — окна раздевалок; поз. 3 — дверь запасного выхода.
Просим подтвердить принятие.
"""
add(outlook("11-10 10:20", "Заявка 75588 — МБОУ «Школа № 39»", txt, prefix="RE: ", irt=disp_id()),
    D("75588", [], P, "принята; позиции только в цитате Outlook; ИНН, р/с, доп. соглашение — не номера заявок"))

txt = """Добрый день!

По обращению #75260, школа 92, столовая (п.1):
прибытие 8:10,
убытие 13:20.

Стеклопакеты в столовой заменили, 6 штук, формула 4-16-4, плюс уплотнитель поменяли по всему периметру (KBE, арт. 75236, если вдруг кому интересно — очень хороший, не дубеет на морозе). Повар тётя Роза угостила нас беляшами, так что работали с удовольствием.

Дверь в пищеблок (это вторая позиция) — ещё ждём от поставщика.

Рустам
""" + RSIG + "\n"
add(gmail("11-10 13:30", "обращение #75260 — столовая", txt),
    D("75260", ["1"], U, "прибытие и убытие — последнее событие убытие; арт. 75236 — артикул, не заявка; поз. 2 — ожидание"))

txt = """Доброе утро!

Вопрос по заявке 75588 (школа 39). Завхоз говорит, что в будни в спортзал нас не пустит — там физкультура с 8 до 17, а на субботу, 14.11, нужно разрешение от вас или от директора. Можете согласовать? Мы бы в субботу с 8 утра заехали и к вечеру спортзал закончили.

Заранее рәхмәт!
Рустам
""" + RSIG + "\n"
add(gmail("11-11 09:10", "Школа 39 — можно ли в субботу?", txt),
    R("вопрос о доступе в субботу, статуса нет"))

txt = """Исэнмесез!

175-я школа, кабинет информатики — заявку 75702 получили, принимаем. Сам я учился в этой школе, между прочим, ещё когда она была восьмилеткой, так что для меня это дело чести :) Кабинет на третьем этаже, 311-й, окна там выходят на север, зимой дует страшно, дети в куртках сидят, учительница жаловалась.

Замерим в пятницу.

Рустам
""" + RSIG + "\n"
add(gmail("11-11 11:20", "Заявка 75702 — 175-я школа", txt),
    D("75702", [], P, "«получили, принимаем»; 175 и 311 — школа и кабинет"))

txt = """Добрый вечер!

Спортзал в 122-й закончили! Все четыре окна стоят, защитные сетки от мячей обратно повесили, леса разобрали и увезли. Сдали завхозу Фариду абыю, он даже фотографировал для директора. С объекта уехали в 17:00.

Входную группу (вторая позиция) будем делать после 20-го — доводчики Dorma TS-77 поставщик обещает только к 19-му.

Рустам
""" + RSIG + "\n\n" + gquote(D_16 + timedelta(minutes=15), DISP_NAME, DISPATCH,
                               "Принято, Рустам Фаридович. Отметили: 75048 поз. 1 — подрядчик в пути.")
add(gmail("11-11 17:20", "Re: 75048 поз 1", txt, irt=disp_id()),
    D("75048", ["1"], U, "спортзал (поз. 1 из темы) закончили, уехали; в цитате старый статус «в пути»; поз. 2 — план"))

# calendar reply (machine)
d = dt("11-11 18:00")
cal_subj = "Принято: Приёмка работ по заявке 75012 (школа № 57) @ пт 13 нояб. 2026 10:00–11:00 (MSK) (dispatch@zakazchik-omis.ru)"
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
       "CALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
       "DTSTART:20261113T070000Z\r\nDTEND:20261113T080000Z\r\nDTSTAMP:20261111T150012Z\r\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "UID:7f3c1a9e2b@zakazchik-omis.ru\r\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Рустам Гарипов;X-NUM-GUESTS=0:mailto:rustam.garipov.okna@gmail.com\r\n"
       "SUMMARY:Приёмка работ по заявке 75012 (школа № 57)\r\n"
       "LOCATION:МБОУ «Школа № 57»\\, Казань\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cal_plain = ("Рустам Гарипов принял это приглашение.\n\n"
             "Приёмка работ по заявке 75012 (школа № 57)\n"
             "пятница, 13 ноября 2026 г.⋅10:00–11:00\nЧасовой пояс: Москва\n"
             "Место: МБОУ «Школа № 57», Казань\n\n"
             "Приглашение из Google Календаря: https://calendar.google.com/calendar/\n\n"
             "Вы получили это письмо, так как являетесь организатором мероприятия.\n")
mixed = MIMEMultipart("mixed", boundary=gb())
alt = MIMEMultipart("alternative", boundary=gb())
alt.attach(MIMEText(cal_plain, "plain", C("utf-8", "qp")))
alt.attach(MIMEText("<p>" + html.escape(cal_plain).replace("\n", "<br>") + "</p>", "html", C("utf-8", "qp")))
calpart = MIMEBase("text", "calendar", charset="UTF-8", method="REPLY")
calpart.set_payload(ics.encode("utf-8"))
encoders.encode_base64(calpart)
alt.attach(calpart)
del alt["MIME-Version"]
mixed.attach(alt)
att = MIMEBase("application", "ics", name="invite.ics")
att.set_payload(ics.encode("utf-8"))
encoders.encode_base64(att)
att.add_header("Content-Disposition", "attachment", filename="invite.ics")
mixed.attach(att)
add((finalize(mixed, [("MIME-Version", "1.0"), ("Date", format_datetime(d)), ("Message-ID", gmail_id()),
                      ("Subject", H(cal_subj)), ("From", addr("Рустам Гарипов", RUSTAM)),
                      ("To", DISPATCH), ("Reply-To", RUSTAM),
                      ("Sender", "Google Calendar <calendar-notification@google.com>")]), d),
    I("ответ календаря Google (METHOD:REPLY, PARTSTAT=ACCEPTED) — «Принято» не статус заявки"))
# note: Sender header is Google's but From is Rustam's address (as Gmail does)

add(gateway("11-12 08:30", AIDAR, "75012-3 na meste, rekreaciya 2 etazh okno 3"),
    D("75012", ["3"], M, "позиция после дефиса в номере, на месте"))

txt = """Добрый день!

Заявка № 75866 (МБОУ «Школа № 45», замена окон № 1–4 в рекреации 3 этажа) принята в работу.
Срок выполнения по договору — до 30.11.2026.

""" + GSIG + "\n"
add(outlook("11-12 09:40", "Заявка 75866 — принята", txt, enc="b64"),
    D("75866", [], P, "принята; windows-1251 base64"))

add(gateway("11-12 10:00", ILNUR, "75103 p1 na meste, menyaem dver"),
    D("75103", ["1"], M, "на месте, меняем дверь"))

txt = """Добрый день.

При замере кабинета информатики (заявка № 75702) выявлена необходимость замены подоконной доски и отлива. Направляем дополнительную смету № 88 от 12.11.2026 на сумму 4 500,00 руб. (НДС не облагается, ИП на УСН).
Просим согласовать; после согласования монтажники приступят к работе.

""" + GSIG + "\n"
add(outlook("11-12 12:15", "Доп. смета по заявке 75702", txt),
    R("доп. смета, просьба согласовать — денежный вопрос, статуса нет"))

txt = """Добрый день!

Окно 3 в рекреации второго этажа в 57-й поставили, 1300×1500, с микропроветриванием, как завхоз просил. Дети на перемене стояли смотрели, один мальчишка спросил, можно ли ему тоже пену подуть, Тимур ему дал баллон подержать :)

Убрали всё, уехали в 16:20. По 57-й школе, получается, всё.

Рустам
""" + RSIG + "\n"
add(gmail("11-12 16:40", "75012-3", txt, enc="qp"),
    D("75012", ["3"], U, "тема «75012-3»; поставили, уехали"))

txt = """Добрый вечер.

Школа № 18, ул. Волгоградская, 3 (75103) — входную группу поменяли. Дверь 2100×1000 с доводчиком, доводчик отрегулировали, чтобы малыши могли открыть, а то в первый раз так хлопала, что завхоз Петрович аж подпрыгнул. Петрович работу принял, расписался. Ушли с объекта в 17:30.

Поставщик, кстати, в этот раз не подвёл, дверь привезли день в день, надо же.

Рустам
""" + RSIG + "\n"
add(gmail("11-12 18:05", "Школа 18 — входная дверь", txt),
    D("75103", [], U, "номер в скобках после адреса; ушли с объекта; позиция не названа"))

add(gateway("11-13 08:00", AIDAR, "75419 p1 p2 vyezd 7:55, kab 101 102"),
    D("75419", ["1", "2"], V, "выезд в 7:55 (существительное); 101/102 — кабинеты"))

txt = """Доброе утро!

Забыл вчера написать: по 75103 поз. 2 — тамбурную дверь — тоже поменяли, завхоз попросил заодно, она там еле держалась. Заменили и уехали.

Рустам
""" + RSIG + "\n"
add(gmail("11-13 09:20", "Re: Подтверждение заявки 75103", txt, irt=outlook_id(None)),
    R("у заявки 75103 только позиция 1; позиции 2 нет в реестре"))

# bounce
d = dt("11-13 11:00")
orig = MIMEText("""Добрый день.
Просим сообщить ФИО монтажников и номер автомобиля для пропуска в МБОУ «Школа № 141» по заявке 75419.
Охрана школы пропускает только по списку.
--
Диспетчерская служба ОМИС
""", "plain", C("utf-8", "qp"))
finalize(orig, [("Date", format_datetime(d - timedelta(minutes=2))), ("From", TO_DISP_UTF),
                ("To", "montazh@" + DOMAIN), ("Subject", H("Заявка 75419: пропуск для монтажников")),
                ("Message-ID", disp_id())])
rep = MIMEMultipart("report", report_type="delivery-status", boundary="8C1F2E0A41.1794563940/mx." + DOMAIN)
rep.attach(MIMEText("""This is the mail system at host mx.oknastroy-kzn.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<montazh@oknastroy-kzn.ru>: unknown user: "montazh"
""", "plain", "us-ascii"))
ds = Message()
ds.set_type("message/delivery-status")
ds.set_payload([Message(), Message()])
ds.get_payload()[0]["Reporting-MTA"] = "dns; mx.oknastroy-kzn.ru"
ds.get_payload()[0]["X-Postfix-Queue-ID"] = "8C1F2E0A41"
ds.get_payload()[0]["Arrival-Date"] = format_datetime(d - timedelta(minutes=1))
ds.get_payload()[1]["Final-Recipient"] = "rfc822; montazh@oknastroy-kzn.ru"
ds.get_payload()[1]["Action"] = "failed"
ds.get_payload()[1]["Status"] = "5.1.1"
ds.get_payload()[1]["Diagnostic-Code"] = "X-Postfix; unknown user: \"montazh\""
rep.attach(ds)
rep.attach(MIMEMessage(orig))
add((finalize(rep, [("Date", format_datetime(d)), ("From", "MAILER-DAEMON@oknastroy-kzn.ru (Mail Delivery System)"),
                    ("Subject", "Undelivered Mail Returned to Sender"), ("To", DISPATCH),
                    ("Auto-Submitted", "auto-replied"),
                    ("Message-ID", "<20261113080012.8C1F2E0A41@mx.oknastroy-kzn.ru>")]), d),
    I("отказ доставки (Postfix bounce); номер заявки только в возвращённом письме диспетчера"))

d_75419 = datetime(2026, 11, 9, 8, 41, tzinfo=TZ)
txt = """Добрый вечер!

В 141-й школе сегодня управились: каб. 101 и 102 (поз. 1 и 2) — окна установленны, подоконники новые, мусор вывезли на свалку сами, чтобы школе не оставлять. Уехали в 17:40.

Медкабинет (третья позиция) — там медсестра до пятницы ставит прививки, сказали раньше понедельника не заходить.

Рустам
""" + RSIG + "\n\n" + gquote(d_75419, DISP_NAME, DISPATCH, """Добрый день.
Заявка № 75419, МБОУ «Школа № 141», ул. Кул Гали, 9.
Поз. 1 — каб. 101, поз. 2 — каб. 102, поз. 3 — медкабинет.
Замена окон, 5 шт.""")
add(gmail("11-13 18:10", "Re: Заявка 75419 — школа 141", txt, irt=disp_id()),
    D("75419", ["1", "2"], U, "поз. 1 и 2 установлены (с опечаткой), уехали; поз. 3 — не раньше понедельника"))

d_fw = datetime(2026, 11, 13, 10, 32, tzinfo=TZ)
txt = """Пересылаю от Ильнура, он сегодня в лицее 131 был, а я в 141-й, забыл сразу переслать. Извините, что поздно.

---------- Forwarded message ---------
От: +7 917 254-11-83 <gsm-gate@oknastroy-kzn.ru>
Date: %s, %d %s %d г. в %s
Subject: SMS +79172541183
To: <rustam.garipov.okna@gmail.com>


75177 p3 i p4 na meste, rabotaem

--
SMS2Mail GW-400

""" % (RU_DOW[d_fw.weekday()], d_fw.day, RU_MON[10], 2026, d_fw.strftime("%H:%M")) + RSIG + "\n"
add(gmail("11-13 19:00", "Fwd: SMS +79172541183", txt),
    D("75177", ["3", "4"], M, "пересланное сообщение монтажника — это и есть отчёт: поз. 3 и 4 на месте"))

add(gateway("11-14 08:30", AIDAR, "75588 p1 (sportzal) na meste, zavhoz pustil"),
    D("75588", ["1"], M, "суббота, спортзал, на месте"))

txt = """Добрый день!

По лицею 131, наряд 75177: 307-й кабинет (поз. 3) закончили полностью, там всё. А вот учительская (поз. 4) — ребята ещё там сидят, ждут стекло на третью створку, поставщик везёт, обещал к пяти.

Учительницы нас там уже второй день чаем поят, неудобно даже.

Рустам
""" + RSIG + "\n"
add(gmail("11-14 16:00", "Лицей 131 (75177)", txt),
    R("разные статусы по позициям: поз. 3 закончена, поз. 4 — бригада на месте"))

txt = """Добрый вечер!

Спортзал и раздевалки в 39-й сдeлали, всё! Спасибо, что согласовали субботу, без этого бы не успели. Завхоз Ильдар Маратович сам пришёл в выходной, открыл, весь день с нами был.

Уехали в 17:10. Запасный выход (3-я) — на следующей неделе, дверь ещё не привезли.

Рустам
""" + RSIG + "\n"
M_39 = gmail("11-14 17:30", "Школа 39 / 75588 (1,2)", txt)
ID_39 = M_39[0]["Message-ID"]
add(M_39, D("75588", ["1", "2"], U, "позиции в скобках в теме; «сдeлали» с латинской e; 3-я — план"))

txt = """Добрый день.

Заявку № 76021 получили, принята в работу.

""" + GSIG + """

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 16 ноября 2026 г. 9:12
Кому: gulnara.buh@oknastroy-kzn.ru
Копия: rustam.garipov.okna@gmail.com
Тема: Заявка № 76021 (Гимназия № 19)

Добрый день.
Заявка № 76021, МБОУ «Гимназия № 19». Поз. 1 — библиотека (4 окна), поз. 2 — каб. 12.
Срок — до 27.11.2026.
"""
add(outlook("11-16 10:00", "Заявка № 76021 (Гимназия № 19)", txt, prefix="RE: ", irt=disp_id()),
    D("76021", [], P, "принята; ответ над цитатой Outlook"))

add(gateway("11-16 12:30", ILNUR, "75177 p4 steklo vstavili, uchitelskaya gotova, uehali"),
    D("75177", ["4"], U, "учительская готова, уехали"))

txt = """Добрый вечер!

Коротко по двум объектам, чтобы два письма не писать:
— школа 141 (75419), медкабинет: Ильнур сегодня на месте, весь день там, к вечеру не успел, завтра доделает;
— гимназия 19 (76021): заявку приняли, завтра с утра начинаем библиотеку.

Снег сегодня первый пошёл, Тимур радуется как маленький.

Рустам
""" + RSIG + "\n"
add(gmail("11-16 19:00", "141-я и гимназия 19", txt),
    R("две разные заявки в одном письме (75419 и 76021)"))

# HTML-only from info@ (Roundcube)
d = dt("11-17 10:50")
hb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head>"
      "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
      "<p>Здравствуйте!</p>\n"
      "<p>Гимназия № 19, заявка <strong>76021</strong>: бригада на месте с 9:00, библиотека (позиция 1). "
      "Демонтаж старых рам идёт, библиотекарь попросила накрыть стеллажи плёнкой — накрыли.</p>\n"
      "<p>--<br />Тимур Гарипов<br />ОкнаСтрой, 8-917-255-90-61</p>\n</body></html>\n")
hm = MIMEText(hb, "html", C("utf-8", "qp"))
add((finalize(hm, [("Date", format_datetime(d)), ("From", addr("Тимур Гарипов", INFO)),
                   ("To", DISPATCH), ("Subject", H("Гимназия 19 — заявка 76021")),
                   ("Message-ID", "<%s@%s>" % (rid(32), DOMAIN)),
                   ("User-Agent", "Roundcube Webmail/1.6.6")]), d),
    D("76021", ["1"], M, "письмо только в HTML; бригада на месте, позиция 1"))

txt = """Добрый день.

Заявка № 76340 (МБОУ «Школа № 110», входная группа и тамбур запасного выхода) принята в работу.
Просим оформить пропуск на автомобиль ГАЗель К 457 ХМ 116.

""" + GSIG + "\n"
add(outlook("11-17 11:20", "Заявка 76340 — принята в работу", txt, enc="b64", alt_html=False),
    D("76340", [], P, "принята; госномер машины — не номер заявки"))

add(gateway("11-17 13:00", ILNUR, "75419 p3 medkab dodelali, uehali"),
    D("75419", ["3"], U, "медкабинет доделали, уехали"))

txt = """Добрый вечер!

Библиотеку в гимназии 19 сделали — все четыре окна, поз. 1 по заявке 76021. Книги не пострадали, библиотекарь Лилия Ахатовна проверила каждую полку :) Уехали в 17:10.

12-й кабинет (позиция 2) — в четверг, там контрольные до среды.

Рустам
""" + RSIG + "\n"
add(gmail("11-17 17:40", "76021 библиотека", txt),
    D("76021", ["1"], U, "поз. 1 сделали, уехали; поз. 2 — план; 12 — номер кабинета"))

txt = """Добрый вечер!

Витраж для гимназии 7 сегодня наконец забрали с завода. Завтра с утра выедем на гимназию, часов в 8, если ветер не поднимется — по прогнозу до 15 м/с обещают, а с такими стёклами на ветру шутки плохи. Если будет сильный ветер — перенесём на четверг, я напишу.

Рустам
""" + RSIG + "\n"
add(gmail("11-17 19:30", "Гимназия 7 — завтра", txt),
    R("план на завтра («выедем»), к тому же номера заявки нет"))

add(gateway("11-18 08:15", AIDAR, "75334 vyehli na gimnaziyu 7, veter normalno"),
    D("75334", [], V, "выехали (с опечаткой); 7 — номер гимназии"))

# Outlook out-of-office
d = dt("11-18 08:40")
ooo = MIMEText("""Здравствуйте!

18 и 19 ноября я на обучении, доступ к почте ограничен.
По срочным вопросам звоните Рустаму Фаридовичу: +7 917 263-40-18.

Гарипова Г.Р.
""", "plain", C("windows-1251", "qp"))
add((finalize(ooo, [("From", addr("Гульнара Гарипова", GULNARA, "windows-1251", "q")),
                    ("To", addr(DISP_NAME, DISPATCH, "windows-1251", "q")),
                    ("Subject", H("Автоматический ответ: Заявка 76340 — пропуск на объект", "windows-1251", "q")),
                    ("Date", format_datetime(d)), ("Message-ID", outlook_id(d)),
                    ("In-Reply-To", disp_id()), ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "Microsoft Outlook 16.0"),
                    ("Content-Language", "ru")]), d),
    I("автоответ Outlook «нахожусь на обучении»"))

txt = """Добрый день!

По заявке 76113 — окно в каб. 214 в 57-й школе ещё раз посмотрели, ручку поменяли, она заедала. Приехали, сделали, уехали.

Рустам
""" + RSIG + "\n"
add(gmail("11-18 10:30", "Заявка 76113 — школа 57", txt),
    R("номера 76113 нет в реестре (работа по 57-й школе идёт по 75012, но номер в письме другой)"))

txt = """Добрый день!

Мы на месте с девяти утра, ветер утих, слава Аллаху. Витраж 3200×2800 собираем прямо в актовом зале, по частям, целиком он бы в двери не прошёл. Завхоз Фанис абый нас чаем напоил и рассказал, что старый витраж ставили в 1987 году, он сам помогал, ещё пионером :)

Рустам
""" + RSIG + "\n\n" + gquote(d_75334, DISP_NAME, DISPATCH, Q_75334)
add(gmail("11-18 12:00", "Re: Заявка 75334 (Гимназия № 7) — витраж актового зала", txt, irt=IRT_75334),
    D("75334", [], M, "номер только в теме Re: старой переписки; «мы на месте с девяти утра»"))

# HTML table report
tbl_rows = [("1", "Столовая, окна", "10.11 8:10", "10.11 13:20", "6 стеклопакетов 4-16-4"),
            ("2", "Дверь пищеблока", "18.11 9:00", "18.11 15:30", "дверь 2000×900, доводчик")]
intro = ("Добрый день!\n\nГульнара попросила сделать табличкой, чтобы вам было удобнее. "
         "Дверь в пищеблок поставили сегодня — поставщик наконец-то привёз, всего-то на неделю позже обещанного.\n")
plain = intro + "\n" + "\n".join("Поз. %s | %s | прибыли %s | убыли %s | %s" % r for r in tbl_rows) + \
    "\n\nРустам\n" + RSIG + "\n"
rows = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:3px">%s</td>' % html.escape(c) for c in r)
               + "</tr>\n" for r in tbl_rows)
hbody = ('<div dir="ltr"><div>Добрый день!</div><div><br></div><div>' + html.escape(intro.split("\n\n", 1)[1].strip()) +
         '</div><div><br></div>\n<table style="border-collapse:collapse">\n<tr>' +
         "".join('<th style="border:1px solid #999;padding:3px">%s</th>' % h for h in
                 ["Поз.", "Объект", "Прибыли", "Убыли", "Примечание"]) +
         "</tr>\n" + rows + "</table><div><br></div><div>Рустам</div>" +
         '<span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">' +
         html.escape(RSIG[3:]).replace("\n", "<br>") + "</div></div>\n")
add(gmail("11-18 16:00", "Отчёт по заявке 75260 (школа 92)", plain, html_body=hbody),
    D("75260", ["1", "2"], U, "HTML-таблица, строка на позицию: обе позиции — убыли"))

add(gateway("11-19 09:00", ILNUR, "75702 p1 na meste s 8:40"),
    D("75702", ["1"], M, "на месте с 8:40"))

txt = """Исэнмесез!

Заявку № 76905 приняли, спасибо. Мастерские в 83-м лицее я знаю, там трудовик Валерий Иванович, мы с ним в прошлом году полдня спорили, какие ручки ставить :) Окна там большие, 1800×2000, пять штук, стеклопакеты закажем двухкамерные — там станки, шумно, пусть хоть с улицы тише будет.

Срок — ориентировочно 26-е.

Рустам
""" + RSIG + "\n"
add(gmail("11-19 12:10", "Лицей 83 — мастерские (заявка № 76905)", txt),
    D("76905", [], P, "заявку приняли; 83 — номер лицея"))

G_SMETA_DATE = datetime(2026, 11, 12, 12, 15, tzinfo=TZ)
txt = """Добрый день!

Пишу в эту ветку, потому что она первая в почте попалась, не ругайтесь :) Гимназия 19, заявка 76021 — 12-й кабинет (вторая позиция) сделали: два окна, подоконник, откосы. Учительница математики сказала, что впервые за десять лет в кабинете не дует. Уехали оттуда в 14:30.

Рустам
""" + RSIG + "\n\n" + gquote(G_SMETA_DATE, "Гульнара Гарипова", GULNARA,
                               "Добрый день.\n\nПри замере кабинета информатики (заявка № 75702) выявлена необходимость замены "
                               "подоконной доски и отлива. Направляем дополнительную смету № 88 от 12.11.2026 на сумму 4 500,00 руб.")
add(gmail("11-19 15:00", "Re: Доп. смета по заявке 75702", txt, irt=outlook_id(None)),
    D("76021", ["2"], U, "не та ветка: тема и цитата про 75702, тело явно про 76021, поз. 2 — уехали"))

add(gateway("11-19 16:20", ILNUR, "75702 gotovo, uehali"),
    D("75702", [], U, "готово, уехали; позиция не названа"))

txt = """Добрый вечер!

Витраж в актовом зале гимназии 7 пoставили, все стёкла целые, герметик сохнет, до понедельника зал просили не открывать. Уеxали в 17:20.

Ветер весь день был слабый, как по заказу, рәхмәт Аллаху.

Рустам
""" + RSIG + "\n"
add(gmail("11-19 17:45", "75334 — витраж готов", txt, enc="qp"),
    D("75334", [], U, "латинские o и x внутри русских слов; поставили, уехали"))

# Gulnara forwards installer SMS (Outlook FW)
txt = """Добрый день.
Пересылаю сообщение монтажника, Рустам Фаридович за рулём, попросил переслать.

Гарипова Г.Р.

От: +7 927 440-33-17 [mailto:gsm-gate@oknastroy-kzn.ru]
Отправлено: 20 ноября 2026 г. 7:52
Кому: gulnara.buh@oknastroy-kzn.ru
Тема: SMS +79274403317

75588-3 edem, dver zapasnogo vyhoda vezem

--
SMS2Mail GW-400
"""
add(outlook("11-20 08:00", "SMS +79274403317", txt, prefix="FW: "),
    D("75588", ["3"], V, "Outlook-пересылка SMS монтажника: едем, поз. 3 через дефис"))

txt = """Добрый день!

Запасный выход (поз3) — двери поставили, замок и антипаника работают, охранник проверил. Ушли с объекта в 15:00.

Рустам
""" + RSIG + "\n"
add(gmail("11-20 15:20", "Re: Школа 39 / 75588 (1,2)", txt, irt=ID_39),
    D("75588", ["3"], U, "тема Re: называет старые позиции (1,2), тело — поз3; следуем телу"))

add(gateway("11-20 16:10", ILNUR, "ustanovili 2 okna v shk 45 rekreaciya 3 et, uehali"),
    R("номера заявки нет (45 — номер школы, 3 — этаж)"))

txt = """Добрый вечер!

В 45-й школе сегодня поставили первые два окна в рекреации третьего этажа — позиции 1 и 2. Ильнур с Тимуром работали, я с утра был на запасном выходе в 39-й, потом к ним подъехал. Окна 1450×1700, как и везде, стандарт у них.

Всё убрали, уехали. Завтра, если Аллах даст, остальные два.

Рустам
""" + RSIG + "\n"
add(gmail("11-20 18:00", "Заявка 75866, поз. 1 и 2", txt),
    D("75866", ["1", "2"], U, "поставили, уехали; упоминание 39-й — без номера заявки и без статуса"))

txt = """Добрый вечер!

Суббота, а мы работаем, как пчёлы :) Сегодня в 45-й поставили 3-е и 4-е окна в рекреации (75866). Погода была мерзкая, мокрый снег, пока старые рамы вынимали, весь коридор забрызгали, уборщица тётя Галя нас чуть не убила, но потом сама же чаем напоила.

Рустам

П.С. поправлюсь: 4-е ещё не закончили — отлив не подошёл по размеру, в понедельник доделаем. Третье — всё, готово.
""" + RSIG + "\n"
add(gmail("11-21 18:20", "75866 — 3 и 4", txt),
    D("75866", ["3"], U, "П.С. поправляет: 4-е не закончено (план), 3-е готово"))

d_ack = datetime(2026, 11, 21, 9, 14, tzinfo=TZ)
txt = """Рәхмәт, получили! Всё верно.

Рустам
""" + RSIG + "\n\n" + gquote(d_ack, DISP_NAME, DISPATCH,
                               "Рустам Фаридович, по заявке 75866 отметили: поз. 1, 2 — подрядчик убыл.\nЖдём информацию по поз. 3 и 4.")
add(gmail("11-21 19:00", "Re: 75866 — отметка по позициям 1, 2", txt, irt=disp_id()),
    R("благодарность/подтверждение сообщения диспетчера; статус только в цитате"))

# low balance (machine)
d = dt("11-22 03:00")
lb = MIMEText("""GSM gateway GW-400 notification

SIM2 (+79274403317): balance 38.50 RUB is below threshold 50.00 RUB.
Last SMS forwarded: 21.11.2026 18:02.
Queue: 0 messages.

This is an automatic message. Do not reply.
""", "plain", "us-ascii")
add((finalize(lb, [("Date", format_datetime(d)), ("From", formataddr(("GW-400", GATE))),
                   ("To", DISPATCH + ", " + RUSTAM), ("Subject", "[GW-400] Low balance SIM2"),
                   ("Message-ID", gate_id(d)), ("Auto-Submitted", "auto-generated"),
                   ("Precedence", "bulk"), ("X-Mailer", "SMS2Mail GW-400 v1.4.2")]), d),
    I("автоматическое уведомление SMS-шлюза о балансе"))

add(gateway("11-23 09:10", AIDAR, "75048 p2 vyehali, vhodnaya gruppa"),
    D("75048", ["2"], V, "выехали"))

# forward as attachment (message/rfc822)
d = dt("11-23 11:00")
inner_d = datetime(2026, 11, 23, 10, 45, 12, tzinfo=TZ)
inner = MIMEText("75866 p4 otliv postavili, uehali\n\n--\nSMS2Mail GW-400\n", "plain", "us-ascii")
finalize(inner, [("Date", format_datetime(inner_d)), ("From", formataddr((ILNUR[0], GATE))),
                 ("To", RUSTAM), ("Subject", "SMS +" + ILNUR[1]), ("Message-ID", gate_id(inner_d)),
                 ("X-Mailer", "SMS2Mail GW-400 v1.4.2")])
fa = MIMEMultipart("mixed", boundary=gb())
ftxt = "Ильнур мне написал, пересылаю. По 45-й школе теперь всё, отлив подобрали.\n\n" + RSIG + "\n"
falt = MIMEMultipart("alternative", boundary=gb())
falt.attach(MIMEText(ftxt, "plain", C("utf-8", "b64")))
falt.attach(MIMEText(to_html(ftxt), "html", C("utf-8", "b64")))
del falt["MIME-Version"]
fa.attach(falt)
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="SMS +79172541183.eml")
fa.attach(att)
add((finalize(fa, [("MIME-Version", "1.0"), ("Date", format_datetime(d)), ("Message-ID", gmail_id()),
                   ("Subject", "Fwd: SMS +79172541183"), ("From", addr("Рустам Гарипов", RUSTAM)),
                   ("To", TO_DISP_UTF)]), d),
    D("75866", ["4"], U, "пересылка вложением (message/rfc822): поз. 4 — уехали"))

d_p2 = datetime(2026, 11, 23, 9, 20, tzinfo=TZ)
txt = """Добрый день!

Мы на месте с 9:50. Старую входную группу уже разобрали, коробка сгнила насквозь, как она вообще держалась — непонятно. Новую начинаем ставить, к вечеру, думаю, закончим. Фарид абый опять с нами, помогает, хотя ему уже за шестьдесят.

Рустам
""" + RSIG + "\n\n" + gquote(d_p2, DISP_NAME, DISPATCH, "Принято: 75048 поз. 2 — выехали.")
add(gmail("11-23 11:30", "Re: 75048 поз 2 — выехали", txt, irt=disp_id()),
    D("75048", ["2"], M, "тема Re: со старым статусом «выехали», тело — на месте"))

txt = """Добрый вечер!

ВСЁ, ЗАКОНЧИЛИ! Входная группа в 122-й гимназии стоит, двери 2100×1400, двустворчатые, доводчики Dorma TS-77 наконец приехали и стоят как надо. Прибыли утром в 9:50, закончили и уехали в 17:30.

Тимур сегодня первый раз сам доводчик регулировал, я только смотрел. Растёт парень.

Рустам
""" + RSIG + "\n"
add(gmail("11-23 19:40", "Гимназия 122 — входная группа (75048/2)", txt),
    D("75048", ["2"], U, "тема «75048/2»; прибыли и уехали — последнее событие убыл"))

txt = """Доброе утро! Вчера забыл ещё написать — в гимназии входную группу сдали, акт у директора подписали.

Рустам
""" + RSIG + "\n"
add(gmail("11-24 09:00", "Re: Школа 39 / 75588 (1,2)", txt, irt=ID_39),
    R("не та ветка, и тело неясно: тема про 75588 (школа 39), тело про «гимназию» без номера"))

txt = """Добрый день.

Направляем акт выполненных работ № 112 от 24.11.2026 и счёт на оплату № 118 от 24.11.2026 по заявке № 75012 (МБОУ «Школа № 57»). Сумма 186 400,00 руб., НДС не облагается.
Просим подписать акт и вернуть один экземпляр. Оригиналы передадим с Рустамом Фаридовичем.

""" + GSIG + "\n"
add(outlook("11-24 12:00", "Акт и счёт по заявке 75012", txt),
    R("документы (акт, счёт) — статуса нет"))

txt = """Добрый вечер!

Школа 110, входная группа (п.1) — поставили. С утра был гололёд, пока ехали, две аварии видели на Оренбургском тракте, слава Аллаху, доехали нормально. Работу закончили, уехали в пятом часу. Охранник Саша помог дверь занести, спасибо ему.

Тамбур запасного выхода (П2) — завтра.

Рустам
""" + RSIG + "\n"
add(gmail("11-24 17:10", "76340 п.1 — школа 110", txt),
    D("76340", ["1"], U, "п.1 поставили, уехали; П2 — план на завтра"))

# MDN read receipt
d = dt("11-24 17:30")
sent_d = datetime(2026, 11, 24, 16, 55, tzinfo=TZ)
mdn = MIMEMultipart("report", report_type="disposition-notification",
                    boundary="----=_NextPart_000_%s_%s.%s" % (rid(4), rid(8), rid(8)))
mdn.attach(MIMEText("""Ваше сообщение

  Кому: Гульнара Гарипова
  Тема: Заявка 76340 — пропуск на объект
  Отправлено: 24.11.2026 16:55

было прочитано 24.11.2026 17:30.
""", "plain", C("windows-1251", "qp")))
dn = MIMEBase("message", "disposition-notification")
dn.set_payload("Reporting-UA: OKNA-PC; Microsoft Outlook 16.0\n"
               "Final-Recipient: rfc822;gulnara.buh@oknastroy-kzn.ru\n"
               "Original-Message-ID: %s\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n" % disp_id())
mdn.attach(dn)
add((finalize(mdn, [("From", addr("Гульнара Гарипова", GULNARA, "windows-1251", "q")),
                    ("To", addr(DISP_NAME, DISPATCH, "windows-1251", "q")),
                    ("Subject", H("Прочитано: Заявка 76340 — пропуск на объект", "windows-1251", "q")),
                    ("Date", format_datetime(d)), ("Message-ID", outlook_id(d)),
                    ("X-Mailer", "Microsoft Outlook 16.0")]), d),
    I("уведомление о прочтении (MDN)"))

txt = """Доброе утро.

76340 — тамбур запасного выхода (П2): выезжаем с базы, будем к 9. Машина ГАЗель К 457 ХМ 116, пропуск заказан.

""" + TSIG + "\n"
M_T1 = thebat("11-25 08:20", "76340 тамбур", txt)
T1_DATE = M_T1[1]
add(M_T1, D("76340", ["2"], V, "«выезжаем с базы, будем к 9» — едут на объект; KOI8-R; госномер не заявка"))

txt = """Тамбур (П2) готов, дверь поставили, замок проверили вместе с охраной. Уехали в 15:40.
Тимур

-----Original Message-----
From: Тимур Гарипов <info@oknastroy-kzn.ru>
To: dispatch@zakazchik-omis.ru
Date: %s
Subject: 76340 тамбур

Доброе утро.

76340 — тамбур запасного выхода (П2): выезжаем с базы, будем к 9. Машина ГАЗель К 457 ХМ 116, пропуск заказан.
""" % T1_DATE.strftime("%d.%m.%Y %H:%M")
add(thebat("11-25 16:00", "Re: 76340 тамбур", txt, irt=M_T1[0]["Message-ID"]),
    D("76340", ["2"], U, "новый текст над «-----Original Message-----»: П2 готов, уехали; в цитате старое «выезжаем»"))

add(gateway("11-26 07:55", AIDAR, "76905 vyehali v licei 83, masterskie"),
    D("76905", [], V, "выехали в лицей 83"))

txt = """Добрый вечер!

Лицей 83, мастерские: окна поставили все пять, трудовик доволен, даже ручки не стал критиковать :) Выехали с объекта в 16:05, едем домой.

Рустам
""" + RSIG + "\n"
add(gmail("11-26 16:30", "76905 (1)", txt),
    D("76905", ["1"], U, "«выехали с объекта» — убыли (а не в пути); позиция в скобках в теме"))

txt = """Добрый день.

Направляем акт сверки взаимных расчётов за период 01.11.2026–27.11.2026 по договору подряда № 14/2026.
Акты выполненных работ по заявкам № 75048, 75177 и 76905 будут направлены до 30.11.2026.
Просим проверить и при отсутствии расхождений подписать.

""" + GSIG + "\n"
add(outlook("11-27 10:00", "Акт сверки за ноябрь 2026", txt),
    R("документы, несколько заявок, статуса нет"))

# ----------------------------------------------------------------- write

def main():
    LETTERS.sort(key=lambda x: x[0])
    ldir = os.path.join(OUT, "letters")
    os.makedirs(ldir, exist_ok=True)
    for f in os.listdir(ldir):
        if f.endswith(".eml"):
            os.remove(os.path.join(ldir, f))
    labels = {}
    for i, (d, msg, label) in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        for part in msg.walk():
            if part is not msg and "MIME-Version" in part:
                del part["MIME-Version"]
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
        with open(os.path.join(ldir, name), "wb") as fp:
            fp.write(buf.getvalue())
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fp:
        json.dump(REGISTRY, fp, ensure_ascii=False, indent=1)
    print(len(LETTERS), "letters")


if __name__ == "__main__":
    main()
