#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona BK: ООО «МедТехСервис» (Казань).

Writes registry.json, labels.json and letters/NNN.eml next to this script.
Only the Python standard library (email package) is used; random seed is fixed.
"""
import html
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone

from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

random.seed(20261153)
OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")


def dt(day, hh, mm, ss=None):
    if ss is None:
        ss = random.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


# --------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------
REGISTRY = {
    "contractor": {
        "name": "ООО «МедТехСервис»",
        "emails": [
            "e.zakirova@medtehservis.ru",
            "servis@medtehservis.ru",
            "d.khairullin@medtehservis.ru",
            "i.gafurov@medtehservis.ru",
            "ildar.gafurov83@mail.ru",
            "a.semenov@medtehservis.ru",
            "r.valiev@medtehservis.ru",
            "news@medtehservis.ru",
            "MAILER-DAEMON@medtehservis.ru",
            "g.minnullina@gkb16-kzn.ru",
            "l.safina@gkb7-kzn.ru",
        ],
        "domains": ["medtehservis.ru"],
    },
    "requests": [
        {"number": "53014", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "ГКБ №7, ул. Чуйкова, 54, ЦСО: 1 — паровой стерилизатор ГК-100-3 S/N 1047; "
                    "2 — Tuttnauer 3870 ELV S/N 3870-2019-0412; 3 — воздушный стерилизатор ГП-80 S/N 5512"},
        {"number": "53127", "positions": ["1", "2"],
         "registered_at": "2026-11-02T11:10:00+03:00",
         "comment": "РКБ, Оренбургский тракт, 138, отделение лучевой диагностики: "
                    "1 — Philips DigitalDiagnost C90 S/N 1000243; 2 — Siemens Mobilett Mira Max S/N 20517"},
        {"number": "53208", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-03T09:00:00+03:00",
         "comment": "ГКБ №16, ул. Гагарина, 121, КДЛ: 1 — Mindray BC-5150; 2 — Mindray BS-240; "
                    "3 — коагулометр Sysmex CA-600; 4 — анализатор мочи Dirui H-500"},
        {"number": "53342", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-04T10:20:00+03:00",
         "comment": "ГКБ №12, ул. Лечебная, 7, ОАР (срочная, праздничный день): ИВЛ 1 — Dräger Savina 300; "
                    "2 — Hamilton C1; 3 — Mindray SynoVent E5"},
        {"number": "53519", "positions": ["01", "02"],
         "registered_at": "2026-11-05T08:45:00+03:00",
         "comment": "ДРКБ, операционный блок: 01 — паровой стерилизатор Getinge HS6617; "
                    "02 — моюще-дезинфицирующая машина Getinge 46-5"},
        {"number": "53660", "positions": ["1"],
         "registered_at": "2026-11-06T13:00:00+03:00",
         "comment": "Поликлиника №21, ул. Фучика, 90, рентгенкабинет: 1 — флюорограф Проскан-2000 S/N 0891"},
        {"number": "53785", "positions": ["1", "2"],
         "registered_at": "2026-11-09T09:30:00+03:00",
         "comment": "ГКБ №7, КДЛ: 1 — Mindray BC-5150 S/N TN-2C034410; 2 — анализатор мочи Dirui H-500"},
        {"number": "54001", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-10T07:50:00+03:00",
         "comment": "РКБ, ОРИТ №2: 1 — Dräger Evita V500 S/N ASFH-0042; 2 — Dräger Evita V500 S/N ASFH-0043; "
                    "3 — Philips Trilogy Evo; 4 — Mindray SV300"},
        {"number": "54112", "positions": ["1", "2"],
         "registered_at": "2026-11-11T12:15:00+03:00",
         "comment": "ГКБ №16, ОРИТН (неонатальная реанимация): 1 — ИВЛ Fabian HFOi; 2 — ИВЛ SLE 5000"},
        {"number": "54230", "positions": ["1"],
         "registered_at": "2026-11-12T10:00:00+03:00",
         "comment": "ГКБ №12, рентгенотделение: 1 — С-дуга Ziehm Vision RFD"},
        {"number": "54407", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-16T08:10:00+03:00",
         "comment": "ГКБ №12, ЦСО: 1 — автоклав ГПД-560 №0318; 2 — автоклав ГПД-560 №0319; "
                    "3 — плазменный стерилизатор Sterrad 100NX"},
        {"number": "54590", "positions": ["1", "2"],
         "registered_at": "2026-11-17T09:40:00+03:00",
         "comment": "МКДЦ, ул. Карбышева, 12а, лаборатория: 1 — Sysmex XN-1000; 2 — Beckman Coulter AU480"},
        {"number": "54873", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-20T14:30:00+03:00",
         "comment": "ГКБ №7, ОРИТ: 1 — ИВЛ Mindray SynoVent E3; 2 — ИВЛ Dräger Savina 300; "
                    "3 — консоль медгазоснабжения, палата 4"},
    ],
}

# --------------------------------------------------------------------------
# People and their mail clients
# --------------------------------------------------------------------------
P = {
    "zak": ("Закирова Эльвира", "e.zakirova@medtehservis.ru", "outlook"),
    "serv": ("Сервисная служба МедТехСервис", "servis@medtehservis.ru", "outlook"),
    "khai": ("Хайруллин Динар", "d.khairullin@medtehservis.ru", "thebat"),
    "gaf": ("Гафуров Ильдар", "i.gafurov@medtehservis.ru", "thunderbird"),
    "gafm": ("Ильдар Гафуров", "ildar.gafurov83@mail.ru", "mailru"),
    "sem": ("Семёнов Алексей", "a.semenov@medtehservis.ru", "outlook_en"),
    "val": ("Ринат Валиев", "r.valiev@medtehservis.ru", "thunderbird"),
    "minn": ("Миннуллина Гульнара Рашидовна", "g.minnullina@gkb16-kzn.ru", "web"),
    "saf": ("Сафина Лилия Маратовна", "l.safina@gkb7-kzn.ru", "web"),
    "news": ("МедТехСервис", "news@medtehservis.ru", "bulk"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@medtehservis.ru", "mta"),
}

SIG_ZAK = """С уважением / Best regards,
Закирова Эльвира Ринатовна
Сервис-менеджер
ООО «МедТехСервис» | ИНН 1655412873 КПП 165501001
420061, г. Казань, ул. Николая Ершова, д. 57, оф. 214
+7 (843) 212-47-90 доб. 101 | моб. +7 (987) 290-15-63
www.medtehservis.ru"""

SIG_ZAK_SHORT = """Эльвира Закирова
Service manager | ООО «МедТехСервис»
+7 (843) 212-47-90 доб. 101"""

SIG_KHAI = """-- 
С уважением,
Хайруллин Динар Рустемович
сервисный инженер (стерилизационное и дезинфекционное оборудование)
ООО «МедТехСервис»
ИНН 1655412873 / КПП 165501001, ОГРН 1181690054321
420061, г. Казань, ул. Николая Ершова, д. 57, оф. 214
тел. +7 (843) 212-47-90 доб. 114, моб. +7 (917) 889-30-42"""

SIG_GAF = """--
Гафуров Ильдар Фаридович
инженер по лабораторному оборудованию
ООО «МедТехСервис» (ИНН 1655412873, КПП 165501001)
г. Казань, ул. Николая Ершова, 57, оф. 214
+7 (843) 212-47-90 доб. 117 | +7 (927) 415-06-88"""

SIG_MAILRU = "Отправлено из мобильной Почты Mail.ru"

SIG_SEM = """Best regards / С уважением,
Семёнов Алексей Викторович
Ведущий сервисный инженер (ИВЛ, анестезиология-реанимация)
ООО «МедТехСервис»
ИНН 1655412873  КПП 165501001
Р/с 40702810462000012345 в ПАО Сбербанк, БИК 049205603
тел. +7 (843) 212-47-90 доб. 112, моб. +7 (960) 037-22-19"""

SIG_VAL = """-- 
Валиев Ринат
сервисный инженер, рентгеновское оборудование
ООО «МедТехСервис», ИНН 1655412873, КПП 165501001
Лицензия Росздравнадзора № Л041-01184-16/00345678
+7 (843) 212-47-90 доб. 115, +7 (917) 262-48-15"""

SIG_DISP = """Диспетчерская служба ОМИС
тел. +7 (843) 200-11-22"""


# --------------------------------------------------------------------------
# Message-ID styles
# --------------------------------------------------------------------------
def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def msgid(client, when, email=None):
    if client == "outlook" or client == "outlook_en":
        return "<%s$%s$%s@medtehservis.ru>" % ("0000" + rhex(8), rhex(8), rhex(8))
    if client == "thebat":
        return "<%d.%s@medtehservis.ru>" % (random.randint(10 ** 8, 10 ** 9), when.strftime("%Y%m%d%H%M%S"))
    if client == "thunderbird":
        return "<%s@medtehservis.ru>" % uuid.UUID(int=random.getrandbits(128), version=4)
    if client == "mailru":
        return "<%d.%d@f%d.i.mail.ru>" % (int(when.timestamp()), random.randint(10 ** 8, 10 ** 9),
                                         random.randint(100, 999))
    if client == "web":
        return "<%s@%s>" % (rhex(24), email.split("@")[1])
    if client == "dispatch":
        return "<%s.%s@zakazchik-omis.ru>" % (rhex(16), when.strftime("%Y%m%d%H%M"))
    return "<%s@medtehservis.ru>" % rhex(20)


X_MAILER = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")],
    "outlook_en": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")],
    "thebat": [("X-Mailer", "The Bat! (v10.4.0.1) Professional")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird 115.16.0"), ("Content-Language", "ru")],
    "mailru": [("X-Mailer", "Mail.Ru Mail for Android 14.98.0"), ("X-Mailru-Msgtype", "text")],
    "web": [("X-Mailer", "Zimbra 8.8.15_GA (ZimbraWebClient - GC118 (Win)/8.8.15_GA)")],
}


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def textpart(text, subtype, charset, cte, flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"quoted-printable": QP, "base64": BASE64, "8bit": None}[cte]
    part = MIMEText(text, subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


OUTLOOK_HEAD = ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:", "From:", "Sent:", "To:", "Cc:", "Subject:")


def html_outlook(text, charset):
    out = []
    for line in text.split("\n"):
        style = ""
        esc = html.escape(line) if line.strip() else "&nbsp;"
        for lab in OUTLOOK_HEAD:
            if line.startswith(lab + " "):
                esc = "<b>%s</b>%s" % (html.escape(lab), html.escape(line[len(lab):]))
                if lab in ("От:", "From:"):
                    style = (' style="border:none;border-top:solid #E1E1E1 1.0pt;'
                             'padding:3.0pt 0cm 0cm 0cm"')
                break
        if line.startswith("-----Original Message-----"):
            style = ' style="border-top:solid #B5C4DF 1.0pt"'
        out.append("<p class=MsoNormal%s>%s<o:p></o:p></p>" % (style, esc))
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}--></style>"
            "</head>\n<body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n%s\n"
            "</div></body></html>\n" % (charset, "\n".join(out)))


def html_simple(text, quote_prefix=">"):
    """mail.ru / webmail style: <div> per line, '>' lines in blockquote."""
    out, inq = [], False
    for line in text.split("\n"):
        isq = line.startswith(quote_prefix)
        if isq and not inq:
            out.append('<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">')
            inq = True
        if not isq and inq:
            out.append("</blockquote>")
            inq = False
        if isq:
            line = line[len(quote_prefix):].lstrip(" ")
        out.append("<div>%s</div>" % (html.escape(line) if line.strip() else "&nbsp;"))
    if inq:
        out.append("</blockquote>")
    return "<HTML><BODY>%s</BODY></HTML>\n" % "".join(out)


def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def addr(name, email, charset):
    return formataddr((name, email), charset=charset)


LETTERS = []
MSGIDS = {}


def add(key, when, who, subject, label, text=None, html_body=None, fmt="plain", charset="utf-8",
        cte="quoted-printable", to=None, cc=(), reply_to_key=None, reply_to_ext=None,
        extra=(), rel=None, build=None):
    LETTERS.append(dict(key=key, when=when, who=who, subject=subject, label=label, text=text,
                        html=html_body, fmt=fmt, charset=charset, cte=cte, to=to, cc=cc,
                        reply_to_key=reply_to_key, reply_to_ext=reply_to_ext, extra=extra,
                        rel=rel, build=build))


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, SITE, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ==========================================================================
# 53014 — ГКБ №7 ЦСО (Хайруллин; Сафина — зав. ЦСО)
# ==========================================================================
add("z53014_acc", dt(2, 9, 12), "zak", "RE: Заявка № 53014 ГКБ №7 ЦСО — стерилизаторы",
    D("53014", [], ACC, "Outlook bottom-post under quoted dispatch request; 'взяли в работу', no positions named (quote lists them)"),
    fmt="alt", charset="windows-1251", rel="53014", reply_to_ext=dt(2, 8, 31),
    text="""

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: понедельник, 2 ноября 2026 г. 8:31
Кому: servis@medtehservis.ru
Тема: Заявка № 53014 ГКБ №7 ЦСО — стерилизаторы

Добрый день!

Направляем заявку № 53014 от 02.11.2026.
Объект: ГАУЗ «ГКБ №7», г. Казань, ул. Чуйкова, 54, ЦСО (2 этаж).
1. Паровой стерилизатор ГК-100-3, S/N 1047 — ошибка E-203, не набирает давление.
2. Стерилизатор Tuttnauer 3870 ELV, S/N 3870-2019-0412 — прерывает цикл.
3. Воздушный стерилизатор ГП-80, S/N 5512 — не греет.
Контактное лицо: Сафина Л.М., +7 (843) 221-36-04.
Просим подтвердить принятие заявки.

""" + SIG_DISP + """


Добрый день!

Заявку взяли в работу, engineer назначен — Хайруллин Динар. Он сам созвонится с Лилией Маратовной по времени.

""" + SIG_ZAK + "\n")

add("k53014_way", dt(3, 8, 5), "khai", "53014 поз 1,2 - выехал",
    D("53014", ["1", "2"], WAY, "'Выехал из офиса на ГКБ №7', positions п.1 и п.2; п.3 only a plan"),
    charset="windows-1251", cte="8bit", rel="53014",
    text="""Доброе утро.

Выехал из офиса на ГКБ №7 (Чуйкова, 54), ЦСО. Сегодня по п.1 и п.2 — ГК-100-3 и Tuttnauer.
Буду примерно к 08:50, машина Лада Ларгус А 537 КХ 116, пропуск заказан.
ГП-80 (п.3) сегодня не успею, по нему отдельно.

""" + SIG_KHAI + "\n")

add("k53014_rep1", dt(3, 11, 40), "khai", "Сервисный отчёт: 53014, поз. 1 (ГК-100-3)",
    D("53014", ["1"], LEFT, "structured service report, прибытие 08:50 / убытие 11:15 for position 1; act number 2611-034 is not a request"),
    charset="windows-1251", cte="quoted-printable", rel="53014",
    text="""СЕРВИСНЫЙ ОТЧЁТ

Заявка: № 53014, позиция 1
Заказчик: ГАУЗ «ГКБ №7», ЦСО, ул. Чуйкова, 54
Оборудование: стерилизатор паровой ГК-100-3, S/N 1047, 2014 г.в.
Заявленная неисправность: E-203 — не набирает давление в камере
Причина: износ уплотнителя двери, утечка пара
Выполнено: замена уплотнителя двери (арт. ГК100-3.017), проверка предохранительного клапана,
  тестовый цикл 132 °C / 20 мин — без ошибок, тест Бови-Дика — норма
Прибытие: 08:50
Убытие: 11:15
Акт выполненных работ: № 2611-034 от 03.11.2026, подписан ст. м/с ЦСО
Пломба на предохранительном клапане: № 004417

По Tuttnauer (п.2) напишу отдельным письмом.

""" + SIG_KHAI + "\n")

K53014_P2 = """Добрый день.

По заявке 53014, поз. 2 — Tuttnauer 3870 ELV, S/N 3870-2019-0412.
Диагностику сделал утром: ошибка E-21 «Low pressure», неисправен датчик давления (P/N CTP210055).
На складе нет, заказали у поставщика, срок 5-7 раб. дней (счёт поставщика № 5512/11 от 03.11).
Аппарат выведен из эксплуатации, табличка повешена. Как придёт датчик — согласую повторный выезд.
"""
add("k53014_parts", dt(3, 15, 20), "khai", "53014 п.2 Tuttnauer - нужна запчасть",
    R("position 2 waiting for a part (sensor ordered), re-visit only planned: no finished status"),
    charset="windows-1251", cte="8bit", rel="53014",
    text=K53014_P2 + "\n" + SIG_KHAI + "\n")

SAF_HTML = """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Добрый день!</div>
<div>Прошла уже неделя, Tuttnauer так и стоит, ГП-80 (поз.3) тоже никто не смотрел. ЦСО работает на одном автоклаве, операционные ругаются.</div>
<div>Просим сообщить конкретную дату приезда инженера.</div>
<div><br></div>
<div>Сафина Л.М.<br>зав. ЦСО ГАУЗ «ГКБ №7»<br>тел. 221-36-04</div>
<div><br></div>
<hr id="zwchr">
<div><b>От: </b>"Хайруллин Динар" &lt;d.khairullin@medtehservis.ru&gt;<br><b>Кому: </b>"Диспетчерская ОМИС" &lt;dispatch@zakazchik-omis.ru&gt;<br><b>Копия: </b>l.safina@gkb7-kzn.ru<br><b>Отправленные: </b>Вторник, 3 Ноябрь 2026 г 15:20:11<br><b>Тема: </b>53014 п.2 Tuttnauer - нужна запчасть</div>
<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s</blockquote>
</div></body></html>
""" % "<br>".join(html.escape(l) for l in K53014_P2.split("\n"))
add("s53014_complaint", dt(10, 11, 5), "saf", "Re: 53014 п.2 Tuttnauer - нужна запчасть",
    R("hospital head of ЦСО (customer side, in CC) replies all: complaint/question about date, reports nothing done"),
    html_body=SAF_HTML, fmt="html", charset="utf-8", cte="base64", rel="53014",
    to=[DISPATCH], cc=[("", "d.khairullin@medtehservis.ru"), ("", "servis@medtehservis.ru")],
    reply_to_key="k53014_parts")

add("k53014_p2done", dt(11, 10, 40), "khai", "Re: 53014 п.2 Tuttnauer - нужна запчасть",
    D("53014", ["2"], LEFT, "old subject says 'нужна запчасть' but body: sensor installed, three cycles OK, handed over (position 2 finished); ГП-80 only planned; quoted complaint ignored"),
    charset="windows-1251", cte="quoted-printable", rel="53014",
    cc=[("Сафина Лилия Маратовна", "l.safina@gkb7-kzn.ru")], reply_to_key="s53014_complaint",
    text="""Здравствуйте, Лилия Маратовна.

Вы писали 10 ноября 2026 г., 11:05:

СЛ> Добрый день!
СЛ> Прошла уже неделя, Tuttnauer так и стоит, ГП-80 (поз.3) тоже никто не
СЛ> смотрел. ЦСО работает на одном автоклаве, операционные ругаются.
СЛ> Просим сообщить конкретную дату приезда инженера.

Датчик пришёл вчера вечером. Сегодня с утра поставил, по Tuttnauer (поз. 2)
прогнал три полных цикла 134 °C — ошибок нет, аппарат передал старшей м/с,
в журнале расписался. Акт № 2611-071.
По ГП-80 приеду в пятницу, 13.11, с утра.

""" + SIG_KHAI + "\n")

add("k53014_p3site", dt(13, 9, 20), "khai", "ГКБ7 ЦСО 53014/3",
    D("53014", ["3"], SITE, "'На месте с 09:05', position after slash in subject and 'поз.3' in body"),
    charset="windows-1251", cte="8bit", rel="53014",
    text="""На месте с 09:05, ГП-80 (поз.3), начал диагностику. Похоже на ТЭН, посмотрю и отпишусь.

Хайруллин Д.
моб. +7 (917) 889-30-42
""")

# ==========================================================================
# 53127 — РКБ лучевая диагностика (Валиев)
# ==========================================================================
add("v53127_acc", dt(2, 11, 45), "val", "Re: Заявка № 53127 РКБ, лучевая диагностика",
    D("53127", [], ACC, "reply below '>' quote: 'Заявку принял'; departure tomorrow is only a plan"),
    charset="utf-8", cte="8bit", rel="53127", reply_to_ext=dt(2, 11, 12),
    text="""02.11.2026 11:12, Диспетчерская ОМИС пишет:
> Добрый день!
> Направляем заявку № 53127 от 02.11.2026.
> Объект: ГАУЗ «РКБ МЗ РТ», Оренбургский тракт, 138, корпус Б,
> отделение лучевой диагностики.
> 1. Рентгеновский аппарат Philips DigitalDiagnost C90, S/N 1000243 —
> ошибка детектора.
> 2. Передвижной аппарат Siemens Mobilett Mira Max, S/N 20517 — не
> заряжается.
> Просим подтвердить принятие.

Добрый день. Заявку принял, Philips и Mobilett посмотрю. Выезд планирую
завтра с утра, к 9.

""" + SIG_VAL + "\n")

add("v53127_way", dt(3, 8, 20), "val", "РКБ 53127 — в дороге",
    D("53127", [], WAY, "'Еду в РКБ ... буду минут через 40' = travelling now, no positions"),
    charset="utf-8", cte="base64", rel="53127",
    text="""Еду в РКБ, на Оренбургском тракте пробка, буду минут через 40.

Валиев
""")

V53127_TABLE = """<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body>
<p>Добрый день.</p>
<p>Сервисный отчёт по заявке <b>53127</b> (РКБ, отделение лучевой диагностики), 03.11.2026:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Оборудование</th><th>S/N</th><th>Прибытие</th><th>Убытие</th><th>Результат</th></tr>
<tr><td>1</td><td>Philips DigitalDiagnost C90</td><td>1000243</td><td>09:05</td><td>12:50</td>
<td>Ошибка 1043 (нет связи с детектором) — переобжат разъём кабеля детектора, калибровка gain/offset, тестовые снимки — норма. Сдано в работу.</td></tr>
<tr><td>2</td><td>Siemens Mobilett Mira Max</td><td>20517</td><td>—</td><td>—</td>
<td>Не осматривался: аппарат в реанимации на снимках, доступ согласован на 05.11</td></tr>
</table>
<p>Акт № 2611-041 по поз. 1 оставил у зав. отделением.</p>
<pre class="moz-signature" cols="72">%s</pre>
</body></html>
""" % html.escape(SIG_VAL)
add("v53127_table", dt(3, 13, 10), "val", "Отчёт по выезду РКБ — заявка 53127",
    D("53127", ["1"], LEFT, "HTML-only table, row 1 has arrival 09:05 and departure 12:50 (done); row 2 not inspected, moved to 05.11"),
    html_body=V53127_TABLE, fmt="html", charset="utf-8", cte="base64", rel="53127")

add("v53127_p2", dt(5, 14, 40), "val", "Re: 53127 (2)",
    D("53127", ["2"], LEFT, "'По второй позиции ... Уехал с РКБ в 14:20' (from the site)"),
    charset="utf-8", cte="quoted-printable", rel="53127", reply_to_key="v53127_table",
    text="""По второй позиции: Mobilett Mira Max — заменил аккумуляторный блок (P/N 10768433), зарядка идёт, тестовые экспозиции в норме. Уехал с РКБ в 14:20.
Акт 2611-052 подписан.

""" + SIG_VAL + "\n")

add("z53127_invoice", dt(6, 10, 15), "zak", "RE: 53127 — счёт и акт",
    R("manager's bottom-posted answer about invoice/contract (счёт № 1187, договор 45/2026-МТ): no status"),
    fmt="alt", charset="windows-1251", rel="53127", reply_to_ext=dt(6, 9, 40),
    text="""

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: пятница, 6 ноября 2026 г. 9:40
Кому: servis@medtehservis.ru
Тема: 53127 — счёт и акт

Коллеги, прошу направить счёт и акт по заявке 53127 для оплаты, бухгалтерия РКБ запрашивает.

""" + SIG_DISP + """


Добрый день!

Счёт № 1187 от 06.11.2026 на 48 600,00 руб. (в т.ч. НДС 20%) и акт № 2611-052 во вложении, оригиналы передадим курьером.
Оплата — по договору № 45/2026-МТ от 15.01.2026, в течение 10 банковских дней.

""" + SIG_ZAK + "\n")

add("z53127_thanks", dt(9, 9, 50), "zak", "RE: 53127 — оплата",
    R("manager thanks the dispatcher for the payment notice (п/п № 3341): acknowledgement only"),
    fmt="alt", charset="windows-1251", rel="53127", reply_to_ext=dt(9, 9, 21),
    text="""

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: понедельник, 9 ноября 2026 г. 9:21
Кому: Закирова Эльвира <e.zakirova@medtehservis.ru>
Тема: 53127 — оплата

Эльвира, оплата по счёту 1187 проведена п/п № 3341 от 09.11.2026.

""" + SIG_DISP + """


Спасибо, получили! Thank you.

""" + SIG_ZAK_SHORT + "\n")

# ==========================================================================
# 53208 — ГКБ №16 КДЛ (Гафуров; Миннуллина — зав. КДЛ)
# ==========================================================================
add("z53208_acc", dt(3, 9, 40), "zak", "RE: Заявка № 53208 ГКБ №16 КДЛ (4 поз.)",
    D("53208", [], ACC, "bottom-post 'Добрый день, принято'; 'engineer on site будет в четверг' is a plan, not an arrival"),
    fmt="alt", charset="windows-1251", rel="53208", reply_to_ext=dt(3, 9, 2),
    cc=[("Миннуллина Гульнара Рашидовна", "g.minnullina@gkb16-kzn.ru")],
    text="""

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: вторник, 3 ноября 2026 г. 9:02
Кому: servis@medtehservis.ru
Копия: g.minnullina@gkb16-kzn.ru
Тема: Заявка № 53208 ГКБ №16 КДЛ (4 поз.)

Добрый день!
Заявка № 53208, ГАУЗ «ГКБ №16», ул. Гагарина, 121, КДЛ:
1 — гематологический анализатор Mindray BC-5150 (ошибка E-203);
2 — биохимический анализатор Mindray BS-240;
3 — коагулометр Sysmex CA-600;
4 — анализатор мочи Dirui H-500.
Просим принять в работу.

""" + SIG_DISP + """


Добрый день, принято.
Engineer on site будет в четверг, 05.11 — Гафуров Ильдар (лабораторное оборудование). Гульнару Рашидовну оставила в копии.

""" + SIG_ZAK + "\n")

GAF_WAY_53208 = "Еду в 16ю по 53208, сначала BC-5150 и BS-240 (п1, п2). Минут 20"
add("gm53208_way", dt(5, 8, 15), "gafm", "53208 выехал",
    D("53208", ["1", "2"], WAY, "'Еду в 16ю ... Минут 20', п1 п2"),
    fmt="alt", charset="utf-8", cte="base64", rel="53208",
    text=GAF_WAY_53208 + "\n\n" + SIG_MAILRU + "\n")

add("gm53208_site", dt(5, 9, 2), "gafm", "Re: 53208 выехал",
    D("53208", ["1", "2"], SITE, "subject still says 'выехал', body 'На месте, в КДЛ. п1 п2'; quoted own earlier message ignored"),
    fmt="alt", charset="utf-8", cte="base64", rel="53208", reply_to_key="gm53208_way",
    text="""На месте, в КДЛ. п1 п2

""" + SIG_MAILRU + """

Четверг, 5 ноября 2026, 8:15 +03:00 от Ильдар Гафуров <ildar.gafurov83@mail.ru>:
>""" + GAF_WAY_53208 + """
>
>""" + SIG_MAILRU + "\n")

GAF_REP_53208 = """Добрый день!

СЕРВИСНЫЙ ОТЧЁТ № СО-2611-118 от 05.11.2026
Заказчик: ГАУЗ «ГКБ №16», КДЛ, ул. Гагарина, 121
Заявка: 53208

Поз. 1. Гематологический анализатор Mindray BC-5150, S/N TN-2B012345
  Ошибка: E-203 «WBC clog» (засор апертуры)
  Выполнено: чистка апертуры, промывка гидросистемы пробайтом, замена фильтра
  реагента, контроль Mindray B30 (3 уровня) — в пределах.
Поз. 2. Биохимический анализатор Mindray BS-240, S/N WV-1A998877
  Ошибка: «Lamp energy low»
  Выполнено: замена галогенной лампы 12V/20W (P/N 801-BA80-00198), фотометрическая
  проверка, калибровка ALT/AST/GLU — норма.

Время прибытия: 09:00
Время убытия: 16:10
Оборудование передано в работу, претензий нет.
Акт выполненных работ № 2611-047 подписан зав. КДЛ Миннуллиной Г.Р.

По поз. 3 и 4 (CA-600, Dirui) — завтра.
"""
add("g53208_rep", dt(5, 16, 30), "gaf", "Сервисный отчёт СО-2611-118 / ГКБ №16 КДЛ / заявка 53208",
    D("53208", ["1", "2"], LEFT, "structured report, прибытие 09:00 and убытие 16:10 for поз. 1 and 2; поз. 3,4 only planned"),
    charset="utf-8", cte="quoted-printable", rel="53208",
    cc=[("Миннуллина Гульнара Рашидовна", "g.minnullina@gkb16-kzn.ru")],
    text=GAF_REP_53208 + "\n" + SIG_GAF + "\n")

MINN_HTML = """<html><body><div style="font-family: Times New Roman; font-size: 12pt; color: #000000">
<div>Добрый вечер!</div>
<div>Спасибо Ильдару Фаридовичу, гематология и биохимия заработали.</div>
<div>Но коагулометр и мочевой анализатор (п.3, п.4) стоят с прошлой недели, пробы возим в РКБ. Прошу подтвердить, что завтра инженер будет точно, к 8:00.</div>
<div><br></div>
<div>Г.Р. Миннуллина<br>заведующая КДЛ ГАУЗ «ГКБ №16»<br>тел. (843) 278-91-05</div>
<div><br></div>
<hr id="zwchr">
<div><b>От: </b>"Гафуров Ильдар" &lt;i.gafurov@medtehservis.ru&gt;<br><b>Кому: </b>"Диспетчерская ОМИС" &lt;dispatch@zakazchik-omis.ru&gt;<br><b>Копия: </b>g.minnullina@gkb16-kzn.ru<br><b>Отправленные: </b>Четверг, 5 Ноябрь 2026 г 16:30<br><b>Тема: </b>Сервисный отчёт СО-2611-118 / ГКБ №16 КДЛ / заявка 53208</div>
<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s</blockquote>
</div></body></html>
""" % "<br>".join(html.escape(l) for l in GAF_REP_53208.split("\n"))
add("m53208_replyall", dt(5, 17, 5), "minn", "Re: Сервисный отчёт СО-2611-118 / ГКБ №16 КДЛ / заявка 53208",
    R("department head of the hospital (in CC) replies all: thanks + asks to confirm tomorrow; quoted report is history, she reports nothing"),
    html_body=MINN_HTML, fmt="html", charset="utf-8", cte="base64", rel="53208",
    to=[DISPATCH], cc=[("", "i.gafurov@medtehservis.ru"), ("", "servis@medtehservis.ru")],
    reply_to_key="g53208_rep")

add("g53208_way34", dt(6, 8, 10), "gaf", "Гагарина 121 (53208) п.3,4",
    D("53208", ["3", "4"], WAY, "number in brackets after the address; 'Выехал из офиса на Гагарина' = leaving FOR the site"),
    charset="utf-8", cte="8bit", rel="53208",
    cc=[("Миннуллина Гульнара Рашидовна", "g.minnullina@gkb16-kzn.ru")], reply_to_key="m53208_replyall",
    text="""Гульнара Рашидовна, доброе утро.
Выехал из офиса на Гагарина, по п.3 и п.4 — Sysmex CA-600 и Dirui H-500. К 8:30 буду.

""" + SIG_GAF + "\n")

add("g53208_p3", dt(6, 14, 10), "gaf", "Re: Гагарина 121 (53208) п.3,4",
    D("53208", ["3"], LEFT, "п.3 finished ('сделал ... Сдан', 'Уезжаю'); п.4 waits for a part — only a plan"),
    charset="utf-8", cte="quoted-printable", rel="53208", reply_to_key="g53208_way34",
    cc=[("Миннуллина Гульнара Рашидовна", "g.minnullina@gkb16-kzn.ru")],
    text="""Коагулометр CA-600 (п.3) сделал: замена шприцевого модуля реагентов, промывка, калибровка по PT/APTT, контроль — норма. Сдан в работу.

По Dirui H-500 (п.4): износ ролика подачи тест-полосок, ролик заказал, привезу на следующей неделе. Пока анализатор работает с ручной подачей.

Уезжаю, на сегодня всё.

""" + SIG_GAF + "\n")

add("z_two_requests", dt(10, 10, 30), "zak", "RE: Статус по заявкам 53208 и 53785",
    R("two different requests in one letter (53785 on site, 53208 п.4 waiting for a part)"),
    fmt="alt", charset="windows-1251", rel="53785", reply_to_ext=dt(10, 9, 55),
    text="""

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: вторник, 10 ноября 2026 г. 9:55
Кому: servis@medtehservis.ru
Тема: Статус по заявкам 53208 и 53785

Добрый день! Просьба сообщить статус по заявкам 53208 (поз. 4) и 53785.

""" + SIG_DISP + """


Добрый день!
Гафуров сейчас on site в ГКБ №7 по 53785. По 53208 поз. 4 ролик ждём к четвергу, после этого выезд.

""" + SIG_ZAK_SHORT + "\n")

add("gm53208_p4", dt(12, 15, 25), "gafm", "53208-4 готово",
    D("53208", ["4"], LEFT, "'53208-4' = request-position in subject; 'Ролик поставил ... Уехал из 16й'"),
    fmt="alt", charset="utf-8", cte="base64", rel="53208",
    text="""Ролик поставил, Dirui H-500 работает в автомате, 20 полосок прогнал — норм. Уехал из 16й. Акт 2611-088 у Миннуллиной.

""" + SIG_MAILRU + "\n")

# ==========================================================================
# 53342 — ГКБ №12 ОАР ИВЛ (Семёнов, Outlook EN)
# ==========================================================================
DISP_53342 = """From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 4, 2026 10:22 AM
To: servis@medtehservis.ru
Subject: СРОЧНО заявка № 53342 ГКБ №12 ОАР — ИВЛ

Добрый день! Срочная заявка № 53342, ГАУЗ «ГКБ №12», ул. Лечебная, 7, ОАР.
1 — ИВЛ Dräger Savina 300 (S/N ASBD-0117), ошибка датчика O2;
2 — ИВЛ Hamilton C1 (S/N 12873), Fan failure;
3 — ИВЛ Mindray SynoVent E5 (S/N FT-78101), утечка.
Отделение работает без резерва. Просим принять.

""" + SIG_DISP
add("s53342_acc", dt(4, 10, 55), "sem", "RE: СРОЧНО заявка № 53342 ГКБ №12 ОАР — ИВЛ",
    D("53342", [], ACC, "top-post 'заявку № 53342 взял в работу' above -----Original Message-----"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="53342", reply_to_ext=dt(4, 10, 22),
    text="""Добрый день, заявку № 53342 взял в работу.
Сегодня праздник, но по Savina выеду после обеда, по остальным двум уточню после диагностики.

""" + SIG_SEM + """

-----Original Message-----
""" + DISP_53342 + "\n")

SEM_WAY_53342 = """Выезжаю на Лечебную, 7 (ГКБ №12, ОАР) по обращению 53342, позиция 1 — ИВЛ Dräger Savina 300.
Ориентировочно 14:10. Моб. +7 960 037-22-19."""
add("s53342_way", dt(4, 13, 30), "sem", "Выезд по обращению 53342 — позиция 1",
    D("53342", ["1"], WAY, "'Выезжаю на Лечебную ... по обращению 53342, позиция 1'"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="53342",
    text=SEM_WAY_53342 + "\n\n" + SIG_SEM + "\n")

add("s53342_left1", dt(4, 17, 40), "sem", "RE: Выезд по обращению 53342 — позиция 1",
    D("53342", ["1"], LEFT, "request and position only in the Re: subject/quote; new text: прибыл 14:05 ... убыл 17:20 (latest event = убыл)"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="53342", reply_to_key="s53342_way",
    text="""Коллеги, по Savina 300 (S/N ASBD-0117) закончил.
Прибыл 14:05. Ошибка «O2 sensor failure» — заменён кислородный датчик (P/N 6850645), калибровка O2 21/100 %, self-test пройден, аппарат передан дежурному анестезиологу ОАР.
Убыл 17:20.
Акт № 2611-029.

""" + SIG_SEM + """

-----Original Message-----
From: Семёнов Алексей <a.semenov@medtehservis.ru>
Sent: Wednesday, November 4, 2026 1:30 PM
To: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Subject: Выезд по обращению 53342 — позиция 1

""" + SEM_WAY_53342 + "\n")

add("s53342_plan", dt(5, 16, 0), "sem", "53342 поз. 2, 3",
    R("plan only: 'сегодня не успеваем ... Выедем завтра к 9:00'"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="53342",
    text="""По Hamilton C1 и SynoVent E5 (поз. 2, 3) — сегодня не успеваем, фильтр вентилятора для Hamilton только привезли на склад. Выедем завтра к 9:00.

""" + SIG_SEM + "\n")

add("s53342_site", dt(6, 9, 30), "sem", "ПPИБЫЛ 53342 ПОЗ2 ПОЗ3",
    D("53342", ["2", "3"], SITE, "caps with Latin look-alike letters (P in ПPИБЫЛ, M/E/C/T in MECTE, O/A/P in OAP), ПОЗ2 ПОЗ3"),
    charset="utf-8", cte="quoted-printable", rel="53342",
    extra=[("X-Mailer", "Outlook for iOS")],
    text="""НА MECTE, OAP ГКБ №12, поз2 поз3. Семёнов

Получить Outlook для iOS
""")

add("z53342_fwd", dt(6, 16, 20), "zak", "FW: 53342 ГКБ12 Hamilton/SynoVent",
    D("53342", ["2", "3"], LEFT, "manager forwards the engineer's report (Outlook FW): поз. 2 and 3 done, 'Уехал из ГКБ №12 в 15:40'"),
    fmt="alt", charset="windows-1251", rel="53342",
    text="""Коллеги, пересылаю отчёт инженера по ГКБ №12 для диспетчерской.

""" + SIG_ZAK_SHORT + """

От: Семёнов Алексей <a.semenov@medtehservis.ru>
Отправлено: пятница, 6 ноября 2026 г. 15:58
Кому: Закирова Эльвира <e.zakirova@medtehservis.ru>
Тема: 53342 ГКБ12 Hamilton/SynoVent

Эльвира, по ГКБ №12 закончил.
Hamilton C1 (поз. 2, S/N 12873) — заменены фильтр вентилятора и HEPA, ошибка «Fan failure» снята, тест на тест-лёгком — ок.
SynoVent E5 (поз. 3, S/N FT-78101) — калибровка датчика потока, утечки нет.
Уехал из ГКБ №12 в 15:40. Акт 2611-058 подписан.

Семёнов А.В.
""")

# ==========================================================================
# 53519 — ДРКБ операционный блок, позиции 01/02 (Хайруллин)
# ==========================================================================
add("sv53519_acc", dt(5, 9, 20), "serv", "RE: Заявка 53519 ДРКБ операционный блок",
    D("53519", [], ACC, "shared service mailbox: 'зарегистрирована у нас и принята в работу'; internal ticket СЛ-2611-0412 is not a request number"),
    fmt="alt", charset="windows-1251", rel="53519", reply_to_ext=dt(5, 8, 47),
    text="""Добрый день!

Заявка № 53519 зарегистрирована у нас и принята в работу, ответственный — инженер Хайруллин Д.Р.
Внутренний номер обращения: СЛ-2611-0412.

Оператор сервисной службы
Ольга Никитина
ООО «МедТехСервис», ИНН 1655412873, КПП 165501001
+7 (843) 212-47-90

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: четверг, 5 ноября 2026 г. 8:47
Кому: servis@medtehservis.ru
Тема: Заявка 53519 ДРКБ операционный блок

Направляем заявку 53519, ДРКБ, операционный блок:
01 — стерилизатор Getinge HS6617, ошибка вакуума;
02 — моюще-дезинфицирующая машина Getinge 46-5, плановое ТО.

""" + SIG_DISP + "\n")

add("k53519_way", dt(6, 7, 55), "khai", "53519 (01) в пути",
    D("53519", ["01"], WAY, "position in brackets '(01)' and 'Еду в ДРКБ'"),
    charset="windows-1251", cte="8bit", rel="53519",
    text="""Еду в ДРКБ, операционный блок, по 01 (Getinge HS6617). Буду к 8:40.

Хайруллин
""")

add("k53519_site", dt(6, 11, 30), "khai", "53519 поз. 01",
    D("53519", ["01"], SITE, "'На месте с 08:40 ... работы ещё часа на два'; error 251 is not a number to use"),
    charset="windows-1251", cte="quoted-printable", rel="53519",
    text="""На месте с 08:40. Getinge HS6617, S/N 62110345: ошибка 251 (вакуум не достигнут), меняю вакуумный насос, работы ещё часа на два.

""" + SIG_KHAI + "\n")

add("k53519_badpos", dt(6, 13, 5), "khai", "53519 поз. 03",
    R("position 03 does not exist in request 53519 (only 01, 02)"),
    charset="windows-1251", cte="8bit", rel="53519",
    text="""Перешёл на поз. 03 — моечно-дезинфицирующая машина, начинаю ТО.

Хайруллин
""")

ACT_53519 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Tahoma;font-size:10pt">
<p>Добрый вечер.</p>
<p align="center"><b>АКТ ВЫПОЛНЕННЫХ РАБОТ № 2611-061 от 06.11.2026</b></p>
<p>Исполнитель: ООО «МедТехСервис», ИНН 1655412873, КПП 165501001, 420061, г. Казань, ул. Николая Ершова, д. 57, оф. 214<br>
Заказчик: ГАУЗ «ДРКБ МЗ РТ», операционный блок<br>
Основание: заявка № 53519, договор № 45/2026-МТ от 15.01.2026</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Поз.</th><th>Оборудование</th><th>S/N</th><th>Выполненные работы</th><th>Результат</th></tr>
<tr><td>01</td><td>Стерилизатор паровой Getinge HS6617</td><td>62110345</td><td>Замена вакуумного насоса, вакуум-тест, тест Бови-Дика</td><td>Исправен, сдан</td></tr>
<tr><td>02</td><td>Моюще-дезинфицирующая машина Getinge 46-5</td><td>4650778</td><td>Плановое ТО: замена фильтров, проверка дозаторов, тест термодезинфекции A0=3000</td><td>Исправна, сдана</td></tr>
</table>
<p>Работы выполнены в полном объёме. Время на объекте: 08:40–16:35. Претензий по объёму и качеству нет.</p>
<p>Исполнитель: инженер Хайруллин Д.Р. ________<br>Заказчик: ст. операционная м/с ________</p>
<p>--<br>С уважением,<br>Хайруллин Динар Рустемович<br>ООО «МедТехСервис»<br>ИНН 1655412873 / КПП 165501001<br>моб. +7 (917) 889-30-42</p>
</body></html>
"""
add("k53519_act", dt(6, 17, 0), "khai", "Акт выполненных работ № 2611-061 — ДРКБ, заявка 53519",
    D("53519", ["01", "02"], LEFT, "HTML-only act (windows-1251, base64): both positions done, time on site 08:40–16:35"),
    html_body=ACT_53519, fmt="html", charset="windows-1251", cte="base64", rel="53519")

# ==========================================================================
# 53660 — Поликлиника №21 флюорограф (Валиев)
# ==========================================================================
add("z53660_acc", dt(6, 13, 40), "zak", "RE: Заявка 53660 Поликлиника №21 флюорограф",
    D("53660", [], ACC, "bottom-post 'Принято, thanks'; visit on Monday is a plan"),
    fmt="alt", charset="windows-1251", rel="53660", reply_to_ext=dt(6, 13, 4),
    text="""

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: пятница, 6 ноября 2026 г. 13:04
Кому: servis@medtehservis.ru
Тема: Заявка 53660 Поликлиника №21 флюорограф

Заявка 53660. ГАУЗ «Городская поликлиника №21», ул. Фучика, 90, рентгенкабинет.
Флюорограф Проскан-2000, S/N 0891 — не включается.

""" + SIG_DISP + """


Принято, thanks.
Valiev will be on site в понедельник утром, сегодня он на другом объекте.

""" + SIG_ZAK_SHORT + "\n")

add("v53660_mdn", dt(9, 8, 12), "val", "Прочитано: Заявка 53660 — просьба сообщить время прибытия",
    I("read receipt (MDN, multipart/report disposition-notification)"),
    fmt="mdn", rel="53660")

add("v53660_notyet", dt(9, 8, 30), "val", "Re: Заявка 53660 — просьба сообщить время прибытия",
    R("negation: 'Ещё не выехал — жду пропуск'"),
    charset="utf-8", cte="8bit", rel="53660", reply_to_ext=dt(9, 8, 2),
    text="""09.11.2026 8:02, Диспетчерская ОМИС пишет:
> Ринат, доброе утро. Поликлиника №21 спрашивает, во сколько ждать
> инженера по заявке 53660.

Доброе утро. Ещё не выехал — жду пропуск на территорию, без него охрана
не пускает машину (В 902 ОК 716). Как оформят — сразу поеду и отпишусь.

""" + SIG_VAL + "\n")

add("v53660_fwd", dt(9, 12, 40), "val", "Fwd: Флюорограф Проскан-2000 — выполнено",
    D("53660", [], LEFT, "Thunderbird forward of the engineer's own message to the clinic: power unit replaced, 'С объекта уехал в 12:15'"),
    charset="utf-8", cte="base64", rel="53660",
    text="""Для диспетчерской, по заявке 53660.


-------- Пересылаемое сообщение --------
Тема: 	Флюорограф Проскан-2000 — выполнено
Дата: 	Mon, 9 Nov 2026 12:31:07 +0300
От: 	Ринат Валиев <r.valiev@medtehservis.ru>
Кому: 	Гарипова Алсу <rentgen@pol21-kzn.ru>



Алсу Ильдаровна, добрый день.

Проскан-2000, S/N 0891: неисправен блок питания 24 В, заменил. Проверил
экспозиции на фантоме — снимки в норме, доза в пределах паспортной.
Аппарат можно включать в работу.
С объекта уехал в 12:15.

""" + SIG_VAL + "\n")

# ==========================================================================
# 53785 — ГКБ №7 КДЛ (Гафуров)
# ==========================================================================
add("g53785_acc", dt(9, 10, 10), "gaf", "Re: Заявка № 53785 ГКБ №7 КДЛ",
    D("53785", [], ACC, "top-post 'Принял 53785'; visit tomorrow is a plan"),
    charset="utf-8", cte="quoted-printable", rel="53785", reply_to_ext=dt(9, 9, 33),
    text="""Добрый день. Принял 53785. Сегодня занят на другом объекте, буду у вас завтра с утра.

""" + SIG_GAF + """

09.11.2026 9:33, Диспетчерская ОМИС пишет:
> Заявка № 53785, ГАУЗ «ГКБ №7», КДЛ:
> 1. Mindray BC-5150, S/N TN-2C034410 — сбой подсчёта PLT.
> 2. Dirui H-500 — замятие тест-полосок.
> Просим подтвердить.
""")

add("gm53785_way", dt(10, 8, 30), "gafm", "53785",
    D("53785", [], WAY, "typo 'выехл на Чуйкова ... через 15 мин буду'"),
    fmt="alt", charset="utf-8", cte="base64", rel="53785",
    text="""выехл на Чуйкова, КДЛ 7й больницы. через 15 мин буду

""" + SIG_MAILRU + "\n")

add("g53785_mixed", dt(10, 11, 50), "gaf", "53785: промежуточно",
    R("different statuses for different positions: п.1 finished (engineer still there), п.2 work in progress on site"),
    charset="utf-8", cte="quoted-printable", rel="53785",
    text="""По BC-5150 (п.1, S/N TN-2C034410) закончил: замена пробоотборной иглы, калибровка PLT, контроль в норме. Сдал в работу.
По Dirui H-500 (п.2) ещё разбираюсь, на месте до вечера.

""" + SIG_GAF + "\n")

add("gm53785_fwd", dt(10, 16, 5), "gafm", "Fwd: 7я КДЛ",
    D("53785", [], LEFT, "mail.ru forward of his own message to the manager: 'по 53785 всё ... Уехал из ГКБ7 в 15:50'"),
    fmt="alt", charset="utf-8", cte="base64", rel="53785",
    text="""для диспетчерской


-------- Пересылаемое сообщение --------
Вторник, 10 ноября 2026, 15:58 +03:00 от Ильдар Гафуров <ildar.gafurov83@mail.ru>:

Эльвира, по 53785 всё. Dirui — почистил оптический блок и тракт подачи, откалибровал по контрольным полоскам, оба анализатора работают. Уехал из ГКБ7 в 15:50.

""" + SIG_MAILRU + "\n")

# ==========================================================================
# 54001 — РКБ ОРИТ №2 (Семёнов)
# ==========================================================================
add("z54001_acc", dt(10, 8, 20), "zak", "RE: #54001 РКБ ОРИТ №2 — ИВЛ (4 поз.)",
    D("54001", [], ACC, "bottom-post in English-Russian mix: 'Request accepted, engineer Семёнов'"),
    fmt="alt", charset="windows-1251", rel="54001", reply_to_ext=dt(10, 7, 52),
    text="""

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: вторник, 10 ноября 2026 г. 7:52
Кому: servis@medtehservis.ru
Тема: #54001 РКБ ОРИТ №2 — ИВЛ (4 поз.)

Заявка #54001, РКБ, ОРИТ №2: 1, 2 — Evita V500 (S/N ASFH-0042, ASFH-0043); 3 — Philips Trilogy Evo; 4 — Mindray SV300.
Плановое ТО + замечания персонала.

""" + SIG_DISP + """


Good morning!
Request accepted, engineer — Семёнов А.В. Сегодня будет в РКБ ориентировочно к 10:00.

""" + SIG_ZAK_SHORT + "\n")

add("s54001_site", dt(10, 10, 15), "sem", "54001 п.1, п.2",
    D("54001", ["1", "2"], SITE, "'Прибыл в ОРИТ №2 РКБ, приступил' to п.1 and п.2 (S/N are not positions)"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54001",
    text="""Прибыл в ОРИТ №2 РКБ, приступил к Evita V500 — п.1 (S/N ASFH-0042) и п.2 (S/N ASFH-0043).

""" + SIG_SEM + "\n")

SEM_54001_ROWS = [
    ("1", "Dräger Evita V500", "ASFH-0042", "Замена O2-сенсора, калибровка, self-test", "Выполнено, исправен"),
    ("2", "Dräger Evita V500", "ASFH-0043", "Замена мембраны клапана выдоха (P/N 8412034), self-test", "Выполнено, исправен"),
    ("3", "Philips Trilogy Evo", "TV0123456", "Не проводилось — аппарат на пациенте", "Перенос"),
    ("4", "Mindray SV300", "30-A12001", "Не проводилось — аппарат на пациенте", "Перенос"),
]
SEM_54001_TXT = "Сервисный отчёт, заявка #54001, РКБ ОРИТ №2, 10.11.2026\n\n" + "\n".join(
    "%s | %s | S/N %s | %s | %s" % r for r in SEM_54001_ROWS) + \
    "\n\nПрибытие 10:10, убытие 16:30.\nАкт № 2611-066 подписан ст. м/с ОРИТ №2."
SEM_54001_HTML = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Сервисный отчёт, заявка #54001, РКБ ОРИТ №2, 10.11.2026</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
<tr><td><b>Поз.</b></td><td><b>Аппарат</b></td><td><b>S/N</b></td><td><b>Работы</b></td><td><b>Статус</b></td></tr>
%s
</table>
<p class=MsoNormal>Прибытие 10:10, убытие 16:30.</p>
<p class=MsoNormal>Акт № 2611-066 подписан ст. м/с ОРИТ №2.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>%s</p>
</div></body></html>
""" % ("\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in r) for r in SEM_54001_ROWS),
       html.escape(SIG_SEM).replace("\n", "<br>"))
add("s54001_table", dt(10, 16, 45), "sem", "Сервисный отчёт: РКБ ОРИТ-2, #54001",
    D("54001", ["1", "2"], LEFT, "HTML table, rows 1 and 2 done with убытие 16:30; rows 3, 4 not done (перенос)"),
    text=SEM_54001_TXT + "\n\n" + SIG_SEM + "\n", html_body=SEM_54001_HTML,
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54001")

add("z54001_mdn", dt(11, 9, 5), "zak", "Прочитано: Заявка 54001 — поз. 3, 4 перенос согласован",
    I("Outlook read receipt (multipart/report, disposition-notification)"), fmt="mdn_outlook", rel="54001")

add("s54001_p34", dt(13, 13, 30), "sem", "RE: Сервисный отчёт: РКБ ОРИТ-2, #54001",
    D("54001", ["3", "4"], LEFT, "addendum: '3-й и 4-й ... сделал обе ... Закончил в 13:05, уехал'; quoted table is history"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54001", reply_to_key="s54001_table",
    text="""Дополнение к отчёту: 3-й и 4-й (Trilogy Evo, SV300) сегодня освободили — сделал обе.
Trilogy — замена фильтра воздухозаборника, проверка утечек контура; SV300 — калибровка датчиков потока.
Закончил в 13:05, уехал.

""" + SIG_SEM + """

-----Original Message-----
From: Семёнов Алексей <a.semenov@medtehservis.ru>
Sent: Tuesday, November 10, 2026 4:45 PM
To: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Subject: Сервисный отчёт: РКБ ОРИТ-2, #54001

""" + SEM_54001_TXT + "\n")

# ==========================================================================
# 54112 — ГКБ №16 ОРИТН (Семёнов)
# ==========================================================================
add("s54112_acc", dt(11, 12, 50), "sem", "RE: Заявка 54112 ГКБ №16 ОРИТН",
    D("54112", [], ACC, "'Подтверждаю получение заявки 54112' — acknowledgement of the request = accepted; arrival tomorrow is plan"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54112", reply_to_ext=dt(11, 12, 17),
    text="""Подтверждаю получение заявки 54112 (Fabian HFOi, SLE 5000), беру в работу. Приеду завтра к 9:00–9:30.

""" + SIG_SEM + """

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 11, 2026 12:17 PM
To: servis@medtehservis.ru
Subject: Заявка 54112 ГКБ №16 ОРИТН

Заявка 54112, ГКБ №16, ОРИТН: 1 — Fabian HFOi, тревога по давлению; 2 — SLE 5000, не калибруется датчик потока.

""" + SIG_DISP + "\n")

add("s54112_site", dt(12, 9, 30), "sem", "54112/1 прибытие",
    D("54112", ["1"], SITE, "noun form 'Прибытие ... 09:25', position '54112/1'"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54112",
    text="""Прибытие в ОРИТН ГКБ №16 — 09:25. Начинаю с Fabian HFOi (54112/1).

""" + SIG_SEM + "\n")

add("s54112_left", dt(12, 15, 0), "sem", "RE: 54112/1 прибытие",
    D("54112", ["1", "2"], LEFT, "subject still 'прибытие', body: both (1) and (2) done, 'выехал с объекта' (from the site)"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54112", reply_to_key="s54112_site",
    text="""Fabian HFOi (1) — заменён клапан выдоха, тест пройден.
SLE 5000 (2) — заменён датчик потока, калибровка.
Закончил в 14:45, выехал с объекта.

""" + SIG_SEM + """

-----Original Message-----
From: Семёнов Алексей <a.semenov@medtehservis.ru>
Sent: Thursday, November 12, 2026 9:30 AM
To: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Subject: 54112/1 прибытие

Прибытие в ОРИТН ГКБ №16 — 09:25. Начинаю с Fabian HFOi (54112/1).
""")

# ==========================================================================
# 54230 — ГКБ №12 С-дуга (Валиев)
# ==========================================================================
add("v54230_acc", dt(12, 10, 35), "val", "Re: Заявка 54230 ГКБ №12 — С-дуга Ziehm",
    D("54230", [], ACC, "'Принял.' under the '>' quote of the request; error 61.4 is not a number to use"),
    charset="utf-8", cte="8bit", rel="54230", reply_to_ext=dt(12, 10, 3),
    text="""12.11.2026 10:03, Диспетчерская ОМИС пишет:
> Заявка 54230, ГКБ №12, рентгенотделение: С-дуга Ziehm Vision RFD,
> ошибка 61.4, аппарат отключается через 10 минут работы.

Принял. Ziehm Vision RFD, ошибка 61.4 — перегрев генератора, похоже
вентилятор моноблока. Завтра утром.

""" + SIG_VAL + "\n")

V54230_WAY = "Выдвигаюсь на Лечебную по 54230, вентилятор взял со склада. Ориентировочно 08:45."
add("v54230_way", dt(13, 8, 10), "val", "54230 выдвигаюсь",
    D("54230", [], WAY, "'Выдвигаюсь на Лечебную' = on the way"),
    charset="utf-8", cte="base64", rel="54230", text=V54230_WAY + "\n\n" + SIG_VAL + "\n")

add("v54230_left", dt(13, 12, 5), "val", "Re: 54230 выдвигаюсь",
    D("54230", [], LEFT, "'Работы закончены, убываю'; quoted own 'выдвигаюсь' ignored"),
    charset="utf-8", cte="quoted-printable", rel="54230", reply_to_key="v54230_way",
    text="""13.11.2026 8:10, Ринат Валиев пишет:
> """ + V54230_WAY + """

Вентилятор генератора заменил, 30 мин рентгеноскопии в тестовом режиме —
ошибок нет, температура моноблока в норме. Работы закончены, убываю.
Акт № 2611-083 подписала зав. рентгенотделением.

""" + SIG_VAL + "\n")

add("v54230_ooo", dt(19, 9, 0), "val", "Автоответ: Re: Заявка 54230 — закрывающие документы",
    I("vacation auto-reply (Auto-Submitted: auto-replied)"), fmt="autoreply_val", rel="54230")

# ==========================================================================
# 54407 — ГКБ №12 ЦСО (Хайруллин)
# ==========================================================================
add("k54407_acc", dt(16, 8, 40), "khai", "Re: Заявка № 54407 ГКБ №12 ЦСО",
    D("54407", [], ACC, "The Bat! reply with 'ДО>' quote: 'По заявке 54407 — принято'"),
    charset="windows-1251", cte="8bit", rel="54407", reply_to_ext=dt(16, 8, 12),
    text="""Здравствуйте.

Вы писали 16 ноября 2026 г., 08:12:

ДО> Направляем заявку № 54407, ГАУЗ «ГКБ №12», ЦСО:
ДО> 1 — автоклав ГПД-560 №0318;
ДО> 2 — автоклав ГПД-560 №0319;
ДО> 3 — плазменный стерилизатор Sterrad 100NX.

По заявке 54407 — принято. Завтра с утра начну с ГПД-560.

""" + SIG_KHAI + "\n")

add("z54407_cal", dt(16, 11, 20), "zak", "Принято: Совещание: график ТО ЦСО ГКБ №12 (заявка 54407)",
    I("calendar meeting response (METHOD:REPLY) generated by Outlook"), fmt="calendar", rel="54407")

add("k54407_way", dt(17, 7, 50), "khai", "54407 П1 П2 — выезд",
    D("54407", ["1", "2"], WAY, "noun 'Выезд 07:45 на ГКБ №12'; ГПД-560 №0318/№0319 are serial numbers, not requests"),
    charset="windows-1251", cte="quoted-printable", rel="54407",
    text="""Выезд 07:45 на ГКБ №12 (Лечебная, 7), ЦСО.
Поз.1 и поз.2 — автоклавы ГПД-560 №0318 и №0319.

""" + SIG_KHAI + "\n")

add("k54407_site", dt(17, 9, 10), "khai", "Re: 54407 П1 П2 — выезд",
    D("54407", ["1", "2"], SITE, "'на мeсте' (Latin e) under old subject 'выезд'"),
    charset="windows-1251", cte="8bit", rel="54407", reply_to_key="k54407_way",
    text="""на мeсте с 8:35, 54407 П1 П2, разбираю оба.

Хайруллин
""")

add("k54407_p1", dt(17, 15, 30), "khai", "54407 — итог за день",
    D("54407", ["1"], LEFT, "'По П1 работы завершены ... сдал'; П2 waits for a heater (ждём поставку) — nothing done"),
    charset="windows-1251", cte="quoted-printable", rel="54407",
    text="""Добрый день.

По П1 (ГПД-560 №0318) работы завершены — заменил уплотнитель двери и манометр МП-100, тестовые циклы ок, сдал старшей м/с.
По П2 (№0319) сгорел ТЭН парогенератора, нужна замена, заказали, ждём поставку. Аппарат отключен.

""" + SIG_KHAI + "\n")

add("k54407_q", dt(18, 10, 0), "khai", "54407 поз.3 Sterrad — вопрос",
    R("question to the hospital about cassettes for поз.3, price talk; no status"),
    charset="windows-1251", cte="8bit", rel="54407",
    text="""Добрый день.
По Sterrad 100NX (поз. 3) вопрос к ЦСО: есть ли у них кассеты и индикаторы CycleSure? Без них тестовый цикл после ремонта не провести.
Если нет — могу привезти, но это отдельный счёт.

""" + SIG_KHAI + "\n")

add("k54407_act", dt(20, 16, 10), "khai", "Акт № 2611-112 — заявка 54407, поз. 2, 3",
    D("54407", ["2", "3"], LEFT, "plain-text act: поз. 2 and 3 done, 'Работы завершены 20.11.2026 в 15:50'; act 2611-112 is not a request"),
    charset="windows-1251", cte="quoted-printable", rel="54407",
    text="""АКТ ВЫПОЛНЕННЫХ РАБОТ № 2611-112 от 20.11.2026

Исполнитель: ООО «МедТехСервис», ИНН 1655412873, КПП 165501001
Заказчик: ГАУЗ «ГКБ №12», ЦСО, ул. Лечебная, 7
Основание: заявка № 54407, договор № 45/2026-МТ

Поз. 2. Автоклав ГПД-560, зав. №0319
  - замена ТЭНа парогенератора 9 кВт (арт. ТЭН-220-9), проверка КИП, 2 тестовых цикла 132 °C — норма
Поз. 3. Плазменный стерилизатор Sterrad 100NX, S/N 1001234
  - замена датчика вакуума, тестовый цикл с индикатором CycleSure — норма

Работы завершены 20.11.2026 в 15:50, оборудование передано зав. ЦСО.

Исполнитель: инженер Хайруллин Д.Р.

""" + SIG_KHAI + "\n")

add("k54407_ooo", dt(25, 10, 0), "khai", "Автоответ: Re: 54407 — гарантийный талон",
    I("The Bat! vacation auto-responder"), fmt="autoreply_khai", rel="54407")

# ==========================================================================
# 54590 — МКДЦ лаборатория (Гафуров)
# ==========================================================================
add("d54590_bounce", dt(17, 9, 41), "daemon", "Undelivered Mail Returned to Sender",
    I("delivery failure report (bounce) from the contractor's MTA"), fmt="bounce", rel="54590")

add("sv54590_ack", dt(17, 9, 42), "serv", "[МТС-2611-0533] Ваше обращение зарегистрировано: Заявка № 54590 МКДЦ лаборатория",
    I("helpdesk auto-acknowledgement (Auto-Submitted: auto-replied), not a person"), fmt="autoack", rel="54590")

add("z54590_acc", dt(17, 10, 5), "zak", "RE: Заявка № 54590 МКДЦ лаборатория",
    D("54590", [], ACC, "bottom-post 'OK, принято в работу'; visit tomorrow is a plan"),
    fmt="alt", charset="windows-1251", rel="54590", reply_to_ext=dt(17, 9, 41),
    text="""

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: вторник, 17 ноября 2026 г. 9:41
Кому: servis@medtehservis.ru; gafurov.i@medtehservis.ru
Тема: Заявка № 54590 МКДЦ лаборатория

Заявка № 54590, МКДЦ, ул. Карбышева, 12а, лаборатория:
1 — Sysmex XN-1000, ошибка аспирации;
2 — Beckman Coulter AU480, дрейф калибровки.

""" + SIG_DISP + """


OK, принято в работу.
Engineer — Гафуров, visit завтра утром. Старый адрес gafurov.i@ больше не работает, пишите на i.gafurov@medtehservis.ru.

""" + SIG_ZAK_SHORT + "\n")

add("gm54590_way", dt(18, 8, 45), "gafm", "наряд 54590",
    D("54590", [], WAY, "'По наряду 54590 буду через 20 минут' = on the way; car plate is not a number to use"),
    fmt="alt", charset="utf-8", cte="base64", rel="54590",
    text="""По наряду 54590 буду через 20 минут, Карбышева 12а. Пропуск на машину Р 415 ТМ 116 заказан?

""" + SIG_MAILRU + "\n")

add("gm_nonumber", dt(18, 9, 10), "gafm", "пропуск",
    R("no request number at all (arrived at the gate, asks for a pass)"),
    fmt="alt", charset="utf-8", cte="base64", rel="54590",
    text="""Стою у шлагбаума на Карбышева, пропуска на машину нет. Позвоните на пост охраны пожалуйста, +7 927 415-06-88

""" + SIG_MAILRU + "\n")

add("g54590_left", dt(18, 12, 30), "gaf", "Re: наряд 54590",
    D("54590", ["1", "2"], LEFT, "(1) and (2) done, 'Ушёл с МКДЦ в 12:10'"),
    charset="utf-8", cte="quoted-printable", rel="54590",
    text="""Sysmex XN-1000 (1): засор пробоотборника — замена иглы аспирации, контроль e-Check XN L1–L3 в норме.
AU480 (2): замена лампы фотометра и промывка кювет, калибровка по 12 тестам.
Ушёл с МКДЦ в 12:10, всё работает.

""" + SIG_GAF + "\n")

# ==========================================================================
# Номер не из реестра
# ==========================================================================
add("v_unknown", dt(18, 11, 0), "val", "Заявка 53216 РКБ",
    R("request number 53216 is not in the registry"),
    charset="utf-8", cte="8bit", rel=None,
    text="""Прибыл в РКБ по заявке 53216, Philips DigitalDiagnost — повторная ошибка детектора. Смотрю.

""" + SIG_VAL + "\n")

# ==========================================================================
# 54873 — ГКБ №7 ОРИТ (Семёнов)
# ==========================================================================
add("s54873_acc", dt(20, 15, 0), "sem", "RE: Заявка № 54873 ГКБ №7 ОРИТ",
    D("54873", [], ACC, "'Принято, 54873'"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54873", reply_to_ext=dt(20, 14, 33),
    text="""Принято, 54873. Выезд согласую с заведующим отделением.

""" + SIG_SEM + """

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Friday, November 20, 2026 2:33 PM
To: servis@medtehservis.ru
Subject: Заявка № 54873 ГКБ №7 ОРИТ

Заявка № 54873, ГКБ №7, ОРИТ: 1 — Mindray SynoVent E3; 2 — Dräger Savina 300; 3 — консоль медгазоснабжения, палата 4.

""" + SIG_DISP + "\n")

add("s54873_plan", dt(23, 10, 20), "sem", "54873 — по п.3 и план",
    R("refusal for п.3 (not our profile) and plan for п.1, п.2 ('выезд завтра')"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54873",
    text="""По п.3 (консоль медгазоснабжения, палата 4) — это не наш профиль, нужен специалист по медицинским газам, передайте, пожалуйста, другому подрядчику.
По п.1 и п.2 (SynoVent E3, Savina 300) выезд завтра, 24.11, к 9:00.

""" + SIG_SEM + "\n")

add("s54873_site", dt(24, 9, 10), "sem", "54873 (1, 2) на месте",
    D("54873", ["1", "2"], SITE, "'Прибыл в ОРИТ ГКБ №7 по 54873 (п.1, п.2) в 09:05'"),
    fmt="alt", charset="utf-8", cte="quoted-printable", rel="54873",
    text="""Прибыл в ОРИТ ГКБ №7 по 54873 (п.1, п.2) в 09:05.

""" + SIG_SEM + "\n")

add("z54873_left", dt(24, 15, 10), "zak", "RE: ОРИТ ГКБ7 — ИВЛ",
    D("54873", ["1", "2"], LEFT, "manager bottom-posts under hospital head's question: 'По заявке 54873: visit completed ... (п.1, п.2) ... engineer left the site at 14:20'"),
    fmt="alt", charset="windows-1251", rel="54873", reply_to_ext=dt(24, 14, 2),
    cc=[("Зарипов Айдар Ильдусович", "orit@gkb7-kzn.ru")],
    text="""

От: Зарипов Айдар Ильдусович <orit@gkb7-kzn.ru>
Отправлено: вторник, 24 ноября 2026 г. 14:02
Кому: servis@medtehservis.ru; dispatch@zakazchik-omis.ru
Тема: ОРИТ ГКБ7 — ИВЛ

Добрый день. Когда закончите с аппаратами? У нас поступления, нужны оба ИВЛ к вечеру.
Зарипов А.И., зав. ОРИТ

Айдар Ильдусович, добрый день!
По заявке 54873: visit completed, SynoVent E3 и Savina 300 (п.1, п.2) исправны и переданы в отделение, engineer left the site at 14:20.
Акт № 2611-127 направим вместе со счётом.

""" + SIG_ZAK + "\n")

# ==========================================================================
# Рассылка
# ==========================================================================
add("news", dt(26, 10, 0), "news", "МедТехСервис: скидка 15% на плановое ТО автоклавов до 31.12.2026",
    I("bulk newsletter (Precedence: bulk, List-Unsubscribe)"), fmt="newsletter", rel=None)


# ==========================================================================
# Building
# ==========================================================================
def base_headers(msg, L, charset):
    name, email, client = P[L["who"]]
    hcs = "windows-1251" if charset == "windows-1251" else "utf-8"
    msg["From"] = addr(name, email, hcs)
    to = L["to"] or [DISPATCH]
    msg["To"] = ", ".join(addr(n, e, hcs) if n else e for n, e in to)
    if L["cc"]:
        msg["Cc"] = ", ".join(addr(n, e, hcs) if n else e for n, e in L["cc"])
    msg["Subject"] = hdr(L["subject"], hcs)
    msg["Date"] = format_datetime(L["when"])
    msg["Message-ID"] = MSGIDS[L["key"]]
    parent = None
    if L["reply_to_key"]:
        parent = MSGIDS[L["reply_to_key"]]
    elif L["reply_to_ext"]:
        parent = msgid("dispatch", L["reply_to_ext"])
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in X_MAILER.get(client, []):
        if k not in [e[0] for e in L["extra"]]:
            msg[k] = v
    if client in ("outlook", "outlook_en"):
        msg["Thread-Index"] = "Ad" + "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                                             for _ in range(22)) + "=="
    for k, v in L["extra"]:
        msg[k] = v


def build_normal(L):
    name, email, client = P[L["who"]]
    cs, cte = L["charset"], L["cte"]
    flowed = client == "thunderbird"
    if L["fmt"] == "plain":
        msg = textpart(L["text"], "plain", cs, cte, flowed=flowed)
    elif L["fmt"] == "html":
        msg = textpart(L["html"], "html", cs, cte)
    else:  # alt
        h = L["html"]
        if h is None:
            if client in ("outlook", "outlook_en"):
                h = html_outlook(L["text"], cs)
            else:
                h = html_simple(L["text"])
        msg = MIMEMultipart("alternative", boundary="----=_NextPart_%s" % rhex(20))
        msg.attach(textpart(L["text"], "plain", cs, cte))
        msg.attach(textpart(h, "html", cs, cte))
    base_headers(msg, L, cs)
    return msg


def build_mdn(L):
    name, email, client = P[L["who"]]
    if L["fmt"] == "mdn":
        human = ("Это уведомление о прочтении для сообщения, отправленного вами 09.11.2026 8:02 "
                 "на адрес r.valiev@medtehservis.ru.\n\nПримечание: это уведомление означает лишь то, что "
                 "сообщение было показано на компьютере получателя. Нет никакой гарантии, что получатель "
                 "прочитал или понял содержание сообщения.\n")
        ua = "Reporting-UA: medtehservis.ru; Mozilla Thunderbird 115.16.0"
        orig_id = msgid("dispatch", dt(9, 8, 2))
        disp = "manual-action/MDN-sent-manually; displayed"
    else:
        human = ("Ваше сообщение\n\n  Кому: Закирова Эльвира\n  Тема: Заявка 54001 — поз. 3, 4 перенос согласован\n"
                 "  Отправлено: 11.11.2026 8:47\n\nбыло прочитано 11.11.2026 9:05.\n")
        ua = "Reporting-UA: medtehservis.ru; Microsoft Outlook 16.0"
        orig_id = msgid("dispatch", dt(11, 8, 47))
        disp = "manual-action/MDN-sent-automatically; displayed"
    msg = MIMEMultipart("report", report_type="disposition-notification")
    msg.attach(textpart(human, "plain", "utf-8", "quoted-printable"))
    dn = Message()
    dn["Content-Type"] = "message/disposition-notification"
    dn.set_payload("%s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n"
                   % (ua, email, orig_id, disp))
    msg.attach(dn)
    L["reply_to_ext_id"] = orig_id
    base_headers(msg, L, "utf-8")
    msg["In-Reply-To"] = orig_id
    msg["References"] = orig_id
    return msg


def build_autoreply(L):
    if L["fmt"] == "autoreply_val":
        body = ("Здравствуйте!\n\nЯ в отпуске с 19.11.2026 по 30.11.2026, почту не читаю.\n"
                "По вопросам рентгеновского оборудования обращайтесь к сервис-менеджеру Закировой Эльвире: "
                "e.zakirova@medtehservis.ru, +7 (843) 212-47-90 доб. 101.\n\nРинат Валиев\n")
        msg = textpart(body, "plain", "utf-8", "base64")
        extra = [("Auto-Submitted", "auto-replied (vacation)"), ("X-Autoreply", "yes"),
                 ("Precedence", "auto_reply")]
        cs = "utf-8"
    else:
        body = ("Здравствуйте!\n\nС 25.11.2026 по 06.12.2026 я в отпуске. По стерилизационному оборудованию "
                "обращайтесь, пожалуйста, в сервисную службу: servis@medtehservis.ru, +7 (843) 212-47-90.\n\n"
                "Это автоматический ответ, отвечать на него не нужно.\n--\nХайруллин Д.Р.\n")
        msg = textpart(body, "plain", "windows-1251", "8bit")
        extra = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
        cs = "windows-1251"
    base_headers(msg, L, cs)
    if L["fmt"] == "autoreply_val":
        del msg["User-Agent"]
        del msg["Content-Language"]
    for k, v in extra:
        msg[k] = v
    parent = msgid("dispatch", L["when"] - timedelta(minutes=1))
    del msg["In-Reply-To"]
    del msg["References"]
    msg["In-Reply-To"] = parent
    msg["References"] = parent
    return msg


def build_autoack(L):
    body = ("Здравствуйте!\n\nЭто автоматическое уведомление. Ваше письмо «Заявка № 54590 МКДЦ лаборатория» "
            "получено и зарегистрировано в службе поддержки ООО «МедТехСервис» под номером МТС-2611-0533.\n"
            "Специалист свяжется с вами в рабочее время (пн–пт 8:00–17:00).\n\n"
            "Пожалуйста, не отвечайте на это письмо.\n\n--\nHelpDesk МедТехСервис\n")
    h = "<html><body>%s</body></html>\n" % "".join("<p>%s</p>" % html.escape(x) for x in body.split("\n") if x)
    msg = MIMEMultipart("alternative")
    msg.attach(textpart(body, "plain", "utf-8", "base64"))
    msg.attach(textpart(h, "html", "utf-8", "base64"))
    base_headers(msg, L, "utf-8")
    for h in ("X-Mailer", "Thread-Index", "Content-Language"):
        del msg[h]
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["Precedence"] = "bulk"
    msg["X-Mailer"] = "OTRS Mail Service (6.0.34)"
    return msg


def build_bounce(L):
    orig_when = dt(17, 9, 41, 5)
    orig = MIMEText("Заявка № 54590, МКДЦ, ул. Карбышева, 12а, лаборатория:\n"
                    "1 — Sysmex XN-1000, ошибка аспирации;\n2 — Beckman Coulter AU480, дрейф калибровки.\n\n"
                    + SIG_DISP + "\n", "plain", "utf-8")
    orig["From"] = formataddr(DISPATCH, charset="utf-8")
    orig["To"] = "servis@medtehservis.ru, gafurov.i@medtehservis.ru"
    orig["Subject"] = Header("Заявка № 54590 МКДЦ лаборатория", "utf-8")
    orig["Date"] = format_datetime(orig_when)
    orig_id = msgid("dispatch", orig_when)
    orig["Message-ID"] = orig_id
    text = ("This is the mail system at host mx1.medtehservis.ru.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<gafurov.i@medtehservis.ru>: user unknown: 550 5.1.1 Recipient address rejected:\n"
            "    User unknown in virtual mailbox table\n")
    msg = MIMEMultipart("report", report_type="delivery-status",
                        boundary="%s.%d/mx1.medtehservis.ru" % (rhex(10).upper(), int(L["when"].timestamp())))
    p1 = MIMEText(text, "plain", "us-ascii")
    p1["Content-Description"] = "Notification"
    msg.attach(p1)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.medtehservis.ru"
    b1["X-Postfix-Queue-ID"] = rhex(10).upper()
    b1["X-Postfix-Sender"] = "rfc822; dispatch@zakazchik-omis.ru"
    b1["Arrival-Date"] = format_datetime(orig_when)
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; gafurov.i@medtehservis.ru"
    b2["Original-Recipient"] = "rfc822;gafurov.i@medtehservis.ru"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "X-Postfix; user unknown"
    ds.set_payload([b1, b2])
    msg.attach(ds)
    p3 = MIMEMessage(orig)
    p3["Content-Description"] = "Undelivered Message"
    msg.attach(p3)
    msg["From"] = "MAILER-DAEMON@medtehservis.ru (Mail Delivery System)"
    msg["To"] = DISPATCH[1]
    msg["Subject"] = L["subject"]
    msg["Date"] = format_datetime(L["when"])
    msg["Message-ID"] = MSGIDS[L["key"]]
    msg["Auto-Submitted"] = "auto-replied"
    return msg


def build_calendar(L):
    ics = "\r\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REPLY",
        "PRODID:Microsoft Exchange Server 2016",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:Russian Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Закирова Эльвира:mailto:e.zakirova@medtehservis.ru",
        "COMMENT;LANGUAGE=ru-RU:\\n",
        "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: график ТО ЦСО ГКБ №12 (заявка 54407)",
        "DTSTART;TZID=Russian Standard Time:20261118T100000",
        "DTEND;TZID=Russian Standard Time:20261118T110000",
        "UID:040000008200E00074C5B7101A82E00800000000" + rhex(16).upper(),
        "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru",
        "LOCATION;LANGUAGE=ru-RU:ГКБ №12, ул. Лечебная, 7, каб. 214",
        "DTSTAMP:20261116T082000Z",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR", ""])
    msg = MIMEMultipart("alternative")
    msg.attach(textpart("\n", "plain", "utf-8", "quoted-printable"))
    cal = textpart(ics, "calendar", "utf-8", "base64")
    cal.set_param("method", "REPLY")
    msg.attach(cal)
    base_headers(msg, L, "utf-8")
    msg["Content-class"] = "urn:content-classes:calendarmessage"
    return msg


def build_newsletter(L):
    text = ("МедТехСервис — новости сервиса, ноябрь 2026\n\n"
            "До 31.12.2026 — скидка 15% на плановое техническое обслуживание паровых стерилизаторов "
            "(ГК-100, ГПД-560, Tuttnauer, Getinge).\n"
            "Новое: авторизованный сервис анализаторов Mindray серии BC-5000 и BS-200.\n"
            "Вебинар «Валидация стерилизационных циклов» — 03.12.2026 в 11:00.\n\n"
            "Вы получили это письмо, так как подписаны на рассылку ООО «МедТехСервис».\n"
            "Отписаться: https://medtehservis.ru/unsubscribe?u=4471\n")
    h = ("<html><body><table width=\"600\" align=\"center\"><tr><td>"
         "<h2 style=\"color:#0a6ebd\">МедТехСервис — новости сервиса</h2>"
         "<p><b>До 31.12.2026 — скидка 15%</b> на плановое ТО паровых стерилизаторов (ГК-100, ГПД-560, Tuttnauer, Getinge).</p>"
         "<p>Новое: авторизованный сервис анализаторов Mindray серии BC-5000 и BS-200.</p>"
         "<p>Вебинар «Валидация стерилизационных циклов» — 03.12.2026 в 11:00. "
         "<a href=\"https://medtehservis.ru/webinar\">Записаться</a></p>"
         "<p style=\"font-size:9pt;color:#888\">Вы получили это письмо, так как подписаны на рассылку ООО «МедТехСервис». "
         "<a href=\"https://medtehservis.ru/unsubscribe?u=4471\">Отписаться</a></p>"
         "</td></tr></table></body></html>\n")
    msg = MIMEMultipart("alternative")
    msg.attach(textpart(text, "plain", "utf-8", "base64"))
    msg.attach(textpart(h, "html", "utf-8", "base64"))
    base_headers(msg, L, "utf-8")
    msg["Precedence"] = "bulk"
    msg["List-Id"] = "Novosti MedTehServis <news.medtehservis.ru>"
    msg["List-Unsubscribe"] = ("<mailto:unsubscribe@medtehservis.ru?subject=unsubscribe-4471>, "
                               "<https://medtehservis.ru/unsubscribe?u=4471>")
    msg["X-Mailer"] = "Sendsay Mailer"
    return msg


BUILDERS = {"plain": build_normal, "alt": build_normal, "html": build_normal,
            "mdn": build_mdn, "mdn_outlook": build_mdn,
            "autoreply_val": build_autoreply, "autoreply_khai": build_autoreply,
            "autoack": build_autoack, "bounce": build_bounce, "calendar": build_calendar,
            "newsletter": build_newsletter}


def main():
    LETTERS.sort(key=lambda L: L["when"])
    for L in LETTERS:
        MSGIDS[L["key"]] = msgid(P[L["who"]][2], L["when"], P[L["who"]][1])
    os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "letters")):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, "letters", f))
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        fname = "%03d.eml" % i
        msg = BUILDERS[L["fmt"]](L)
        for part in msg.walk():
            if part is not msg and "MIME-Version" in part:
                del part["MIME-Version"]
        with open(os.path.join(OUT, "letters", fname), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[fname] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print("written", len(LETTERS), "letters")


if __name__ == "__main__":
    main()
