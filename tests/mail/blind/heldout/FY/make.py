#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «ТатЖилРемСтрой», Kazan (roofs, yards, playgrounds, entrances).
Run: python3 make.py  -> letters/NNN.eml, labels.json, registry.json
"""
import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime, make_msgid
from email.generator import BytesGenerator
from email.policy import compat32
import io
from email import message_from_string

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))

MSK = timezone(timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ---------------------------------------------------------------- people
GALIEV = ("Галиев Рустем", "r.galiev@tjrs-kzn.ru")              # прораб, кровли
ILNUR = ("Ильнур Хайруллин", "ilnur.h@tjrs-kzn.ru")             # бригадир, дворы/площадки
ILNUR_MAIL = ("Ильнур", "ilnur.khayrullin@mail.ru")             # он же с личной почты
AIGUL = ("Сабирова Айгуль", "dispetcher@tjrs-kzn.ru")           # диспетчер офиса
MARAT = ("Зиннатуллин М.Р.", "m.zinnatullin@tjrs-kzn.ru")       # мастер по подъездам (The Bat!, KOI8-R)
GULNARA = ("Нуриева Гульнара", "g.nurieva@tjrs-kzn.ru")         # офис-менеджер, Outlook, cp1251
ALMAZ = ("Алмаз Шакиров", "almaz.sh@tjrs-kzn.ru")               # электрик/бригадир, с телефона
DIRECTOR = ("Мухаметшин Фарид Рашитович", "director@tjrs-kzn.ru")
CITY = ("ООО ТатЖилРемСтрой (СЭД)", "tjrs.podryad@tatar.ru")    # ящик в городской системе
NEWS = ("ТатЖилРемСтрой", "news@tjrs-kzn.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@tjrs-kzn.ru")

EMAILS = [GALIEV[1], ILNUR[1], ILNUR_MAIL[1], AIGUL[1], MARAT[1], GULNARA[1], ALMAZ[1],
          DIRECTOR[1], CITY[1], NEWS[1], DAEMON[1]]

SIG_AIGUL = """--
Сабирова Айгуль / Сабирова Айгөл
диспетчер / диспетчер
ООО «ТатЖилРемСтрой» / «ТатТоракРемТөзү» ҖЧҖ
420021, г. Казань, ул. Габдуллы Тукая, 115 / Казан ш., Габдулла Тукай ур., 115
тел./факс +7 (843) 236-41-18"""

SIG_GALIEV = """--
С уважением / Хөрмәт белән,
Галиев Рустем Ильдарович
прораб кровельного участка / түбә участогы прорабы
ООО «ТатЖилРемСтрой»
+7 917 284-55-03"""

SIG_MARAT_KOI = """--
Зиннатуллин Марат Рифович
мастер участка ремонта подъездов
ООО "ТатЖилРемСтрой"
т. 8-927-431-07-62"""

SIG_GULNARA_1251 = """С уважением,
Нуриева Гульнара
офис-менеджер ООО «ТатЖилРемСтрой»
г. Казань, ул. Г.Тукая, 115, оф. 4
тел. (843) 236-41-18, доб. 102"""

SIG_CITY = """-- 
Документ сформирован в системе электронного документооборота.
ООО «ТатЖилРемСтрой», ИНН 1655412387, КПП 165501001
Договор подряда № 46/2026-КР от 12.01.2026"""

# ---------------------------------------------------------------- registry
REG = [
    ("446012", ["1", "2"], "2026-11-02T08:30:00+03:00",
     "Кровля ж/д ул. Габдуллы Тукая, 91: 1 – протечка над кв. 45 (5 под.), 2 – водосточная труба, дворовый фасад"),
    ("446027", ["1", "2", "3"], "2026-11-03T10:00:00+03:00",
     "Детская площадка ул. Чистопольская, 61: 1 – качели, 2 – горка, 3 – песочница"),
    ("446105", ["1", "2", "3", "4"], "2026-11-04T09:00:00+03:00",
     "Ремонт подъездов ул. Декабристов, 180: позиции 1–4 = подъезды 1–4 (покраска, почтовые ящики)"),
    ("446118", ["1"], "2026-11-05T13:00:00+03:00",
     "Двор ул. Фатыха Амирхана, 15: ямочный ремонт асфальта у 2 подъезда"),
    ("446230", ["1", "2"], "2026-11-06T08:00:00+03:00",
     "Кровля ул. Хади Такташа, 35: 1 – очистка от снега и наледи, 2 – ремонт парапета"),
    ("446302", ["1", "2"], "2026-11-08T10:00:00+03:00",
     "Детская площадка ул. Юлиуса Фучика, 90: 1 – ограждение, 2 – резиновое покрытие"),
    ("446344", ["1"], "2026-11-09T09:00:00+03:00",
     "Подъезд ул. Сары Садыковой, 12, под. 3: замена входной металлической двери"),
    ("446409", ["1", "2", "3"], "2026-11-10T08:00:00+03:00",
     "Двор ул. Гаврилова, 22: 1 – обрезка деревьев, 2 – бордюр, 3 – установка скамеек"),
    ("446517", ["1", "2"], "2026-11-12T08:00:00+03:00",
     "Кровля ул. Кул Гали, 27: 1 – покрытие над 3 под., 2 – вентшахта"),
    ("446623", ["1", "2", "3"], "2026-11-13T09:00:00+03:00",
     "Детская площадка ул. Шамиля Усманова, 20: 1 – МАФ, 2 – покрытие, 3 – ограждение"),
    ("446781", ["1", "2"], "2026-11-14T10:00:00+03:00",
     "Подъезд пр. Ямашева, 46: 1 – ступени крыльца, 2 – освещение тамбура"),
    ("446905", ["1"], "2026-11-17T08:00:00+03:00",
     "Двор ул. Габдуллы Тукая, 61: замена дождеприёмной решётки"),
]

# ---------------------------------------------------------------- mime helpers
def textpart(text, subtype="plain", cs="utf-8", cte="8bit"):
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, cs)
    m["Content-Transfer-Encoding"] = cte
    raw = text.replace("\n", "\r\n").encode(cs)
    if cte == "8bit":
        m.set_payload(raw.decode("ascii", "surrogateescape"))
    elif cte == "base64":
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        raise ValueError(cte)
    return m


def hdr(s, cs, q=False):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        c = Charset(cs)
        c.header_encoding = QP if q else BASE64
        return Header(s, c, header_name="Subject")


def addr(p, cs):
    name, a = p
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


LETTERS = []


def add(date, frm, subj, label, text=None, html=None, cs="utf-8", cte="8bit",
        kind="plain", extra=None, to=DISPATCH, reply=False, build=None):
    LETTERS.append(dict(date=date, frm=frm, subj=subj, label=label, text=text, html=html,
                        cs=cs, cte=cte, kind=kind, extra=extra or {}, to=to, reply=reply,
                        build=build))


def d(day, hh, mm):
    return datetime(2026, 11, day, hh, mm, tzinfo=MSK)


def render(L):
    cs = L["cs"]
    if L["build"]:
        msg = L["build"](L)
    elif L["kind"] == "plain":
        msg = textpart(L["text"], "plain", cs, L["cte"])
    elif L["kind"] == "html":
        msg = textpart(L["html"], "html", cs, L["cte"])
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(textpart(L["text"], "plain", cs, L["cte"]))
        msg.attach(textpart(L["html"], "html", cs, L["cte"]))
    dom = L["frm"][1].split("@")[1]
    msg["Message-ID"] = make_msgid(domain=dom)
    msg["Date"] = format_datetime(L["date"])
    msg["From"] = addr(L["frm"], cs)
    msg["To"] = addr(L["to"], cs)
    msg["Subject"] = hdr(L["subj"], cs, q=(L["cte"] == "quoted-printable"))
    mailer = {MARAT[1]: "The Bat! (v9.4.2) Professional", GULNARA[1]: "Microsoft Outlook 16.0",
              GALIEV[1]: "Mozilla Thunderbird 115.4", CITY[1]: "SED-RT Mailer 3.2"}.get(L["frm"][1])
    if mailer and not L["build"]:
        msg["X-Mailer"] = mailer
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if L["reply"]:
        ref = "<%s.%s@zakazchik-omis.ru>" % (L["date"].strftime("%Y%m%d"), int(hashlib.md5(L["subj"].encode()).hexdigest()[:8], 16))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in L["extra"].items():
        msg[k] = v
    # Put Message-ID etc. first for readability: rebuild header order
    heads = msg._headers
    top = [h for h in heads if h[0] in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version",
                                        "In-Reply-To", "References")]
    rest = [h for h in heads if h not in top]
    msg._headers = top + rest
    buf = io.BytesIO()
    BytesGenerator(buf, policy=compat32.clone(linesep="\r\n"), mangle_from_=False).flatten(msg)
    return buf.getvalue()


# ================================================================= LETTERS
# ---------------- 446012  кровля Тукая 91
add(d(2, 9, 14), GALIEV, "Re: Заявка 446012 — кровля, ул. Габдуллы Тукая, 91",
    dict(expect="decided", request="446012", positions=[], status="заявка принята",
         note="приняли в работу, позиции не названы"),
    text="""Исәнмесез!
Заявку приняли в работу, завтра с утра будем смотреть кровлю над 5-м подъездом.
Кв. 45 предупредите пожалуйста, чтобы были дома — нужно глянуть потолок.

""" + SIG_GALIEV + """

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Monday, November 2, 2026 8:31 AM
To: r.galiev@tjrs-kzn.ru
Subject: Заявка 446012 — кровля, ул. Габдуллы Тукая, 91

Направляем заявку 446012. Статус: заявка отправлена.
Поз. 1 — протечка кровли над кв. 45.
Поз. 2 — водосточная труба, дворовый фасад.
""", reply=True)

add(d(3, 8, 2), GALIEV, "446012 выезд",
    dict(expect="decided", request="446012", positions=[], status="подрядчик в пути",
         note="выехали на объект; позиции не названы"),
    text="""Выехали на Тукая 91, будем минут через 20-25. Нас трое, машина УАЗ Х 318 КМ 116.
Р.Галиев""")

add(d(3, 8, 51), GALIEV, "446012 п.1",
    dict(expect="decided", request="446012", positions=["1"], status="подрядчик на месте",
         note="п.1 на месте, работают"),
    text="""по 446012 п.1 на месте, поднялись на кровлю. Вскрываем старый рубероид над 5 под.
Отпишусь как закончим.

Отправлено с iPhone""", cte="quoted-printable")

add(d(3, 15, 37), GALIEV, "Re: 446012 п.1",
    dict(expect="decided", request="446012", positions=["1"], status="подрядчик убыл",
         note="по 1-й закончили и ушли; по 2-й только план на завтра"),
    text="""По первой позиции закончили: наплавили 2 слоя Техноэласта, примыкание к вентшахте переделали, пролили водой — не течёт. С кровли ушли, территорию убрали.
Водосток (поз. 2) завтра, ждём кронштейны KR-125 со склада на Восстания.

Рустем

> по 446012 п.1 на месте, поднялись на кровлю.
""", reply=True)

add(d(4, 14, 12), GALIEV, "446012-2",
    dict(expect="decided", request="446012", positions=["2"], status="подрядчик убыл",
         note="номер-позиция через дефис в теме; трубу повесили = работа выполнена"),
    text="""Трубу повесили, 4 звена по 3 м + колено, кронштейны новые. Всё, с Тукая 91 уехали.
Рәхмәт диспетчеру за ключи от подвала.

""" + SIG_GALIEV, cte="base64")

# ---------------- 446027  площадка Чистопольская 61
add(d(3, 11, 42), CITY, "Уведомление о принятии заявки № 446027 к исполнению",
    dict(expect="decided", request="446027", positions=[], status="заявка принята",
         note="официальное уведомление из СЭД: принята к исполнению; договор, ИНН – не номера заявки"),
    text="""Уважаемые коллеги!

Настоящим ООО «ТатЖилРемСтрой» (ИНН 1655412387) уведомляет о принятии к исполнению заявки № 446027 от 03.11.2026 на выполнение работ по ремонту элементов детской игровой площадки по адресу: г. Казань, ул. Чистопольская, д. 61.

Работы выполняются в рамках договора подряда № 46/2026-КР от 12.01.2026. Ответственное лицо: бригадир Хайруллин И.Ф., тел. +7 (987) 296-14-30.

Плановый срок выполнения работ — до 10.11.2026.

Исх. № 1187/11 от 03.11.2026

""" + SIG_CITY, cs="windows-1251", cte="base64")

add(d(5, 8, 19), ILNUR, "Чистопольская 61 / 446027",
    dict(expect="decided", request="446027", positions=[], status="подрядчик в пути",
         note="выдвигаемся, будем через 40 минут = в пути"),
    text="""Исәнмесез!
Выдвигаемся на Чистопольскую 61 по заявке 446027, будем минут через 40, пробка на Амирхана.
Сварщик с нами.

Ильнур""", cte="quoted-printable")

add(d(5, 9, 12), ILNUR, "446027 — на месте",
    dict(expect="decided", request="446027", positions=["1", "2"], status="подрядчик на месте",
         note="HTML-таблица: поз.1 и 2 на месте, поз.3 только план"),
    kind="alt", cte="quoted-printable",
    text="""Заявка 446027, ул. Чистопольская 61

Поз. | Объект    | Статус
1    | Качели    | на месте с 9:05
2    | Горка     | на месте с 9:05
3    | Песочница | завтра, ждём песок

Ильнур Хайруллин, бригадир""",
    html="""<html><body>
<p>Заявка 446027, ул. Чистопольская 61</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Объект</th><th>Статус</th></tr>
<tr><td>1</td><td>Качели</td><td>на месте с 9:05</td></tr>
<tr><td>2</td><td>Горка</td><td>на месте с 9:05</td></tr>
<tr><td>3</td><td>Песочница</td><td>завтра, ждём песок</td></tr>
</table>
<p>Ильнур Хайруллин, бригадир</p>
</body></html>""")

add(d(5, 16, 3), ILNUR, "Re: 446027 — на месте",
    dict(expect="decided", request="446027", positions=["1", "2"], status="подрядчик убыл",
         note="по п1 и п2 закончили, уехали; тема Re: со старым статусом"),
    text="""По п1 и п2 всё. Качели: подвес заменили (2 шт, цепь оцинк.), горку проварили и покрасили. Всё работает, детям можно. Уехали с объекта в 15:50.

Ильнур""", reply=True)

add(d(6, 8, 40), ILNUR, "446027 поз 3: выехали",
    dict(expect="decided", request="446027", positions=["3"], status="подрядчик в пути",
         note="выехали по поз 3"),
    text="""Песок загрузили (3 т, КамАЗ В 204 ТО 716), выехали на Чистопольскую. По поз 3.""")

add(d(6, 13, 5), ILNUR, "Re: 446027 поз 3: выехали",
    dict(expect="decided", request="446027", positions=["3"], status="подрядчик убыл",
         note="тема со старым статусом «выехали», тело – песочница готова, уехали"),
    text="""Песочница готова: борта поменяли, песок засыпали. Бригада освободилась, едем на базу.

-- 
Ильнур

06.11.2026 8:40, Ильнур Хайруллин пишет:
> Песок загрузили (3 т, КамАЗ В 204 ТО 716), выехали на Чистопольскую. По поз 3.
""", reply=True)

# ---------------- 446105  подъезды Декабристов 180 (Марат, KOI8-R)
add(d(4, 10, 33), MARAT, "Наряд 446105",
    dict(expect="decided", request="446105", positions=[], status="заявка принята",
         note="наряд принят"),
    text="""Добрый день.
Наряд 446105 (Декабристов 180) принят. Начнем с 1-го подъезда, краска и шпатлевка есть.

""" + SIG_MARAT_KOI, cs="koi8-r", cte="8bit")

add(d(5, 7, 41), MARAT, "выезд",
    dict(expect="decided", request="446105", positions=[], status="подрядчик в пути",
         note="номер в скобках после адреса; выехал на объект"),
    text="""Выехал с базы на Декабристов 180 (446105), со мной 2 маляра.
М.Зиннатуллин""", cs="koi8-r", cte="8bit")

add(d(5, 8, 34), MARAT, "446105 п.1, п.2",
    dict(expect="decided", request="446105", positions=["1", "2"], status="подрядчик на месте",
         note="подъезды 1 и 2 – на месте"),
    text="""Подъезды 1 и 2 - на месте, начали шпатлевать стены 1-го этажа.
Почтовые ящики (поз.2) привезут к обеду, ящики ПЯ-5 секционные 2 комплекта.

""" + SIG_MARAT_KOI, cs="koi8-r", cte="8bit")

add(d(5, 17, 6), MARAT, "Re: 446105 п.1, п.2",
    dict(expect="review", note="разные статусы для разных позиций: п.1 закончен (убыл), во 2-м ещё работают"),
    text="""1-й подъезд закончили полностью, убрались. Во 2-м еще работаем, краска сохнет, до 19 ч будем там.

""" + SIG_MARAT_KOI, cs="koi8-r", cte="8bit", reply=True)


def fwd_outlook_1251(L):
    return textpart(L["text"], "plain", "windows-1251", "quoted-printable")


add(d(6, 12, 2), GULNARA, "FW: Декабристов 180",
    dict(expect="decided", request="446105", positions=["2"], status="подрядчик убыл",
         note="пересылка: мастер сообщает, что подъезд 2 (поз.2) готов, ушли"),
    text="""Добрый день! Пересылаю сообщение мастера, у него не работает почта на телефоне.

""" + SIG_GULNARA_1251 + """

От: Зиннатуллин Марат [mailto:m.zinnatullin@tjrs-kzn.ru]
Отправлено: 6 ноября 2026 г. 11:48
Кому: Нуриева Гульнара
Тема: Декабристов 180

Гуля перешли в ОМИС: по 446105 подъезд 2 готов, ящики повесили, ключи отдали старшей по дому (кв. 28). Ушли в 11:40.
""", cs="windows-1251", build=fwd_outlook_1251)

add(d(7, 9, 3), MARAT, "446105 (3,4)",
    dict(expect="decided", request="446105", positions=["3", "4"], status="подрядчик на месте",
         note="позиции в скобках в теме; зашли в 3 и 4 подъезды"),
    text="""Зашли в 3-й и 4-й подъезды, работаем. Грунтовка Ceresit CT 17, 2 канистры.
Марат""", cs="koi8-r", cte="8bit")

add(d(7, 17, 31), MARAT, "446105 завершение 3,4",
    dict(expect="decided", request="446105", positions=["3", "4"], status="подрядчик убыл",
         note="убытие 17:20, работы по 3 и 4 завершены"),
    kind="alt", cs="koi8-r", cte="quoted-printable",
    text="""Заявка 446105, ул. Декабристов, 180.
Убытие 17:20. Работы по 3-му и 4-му подъездам завершены, мусор вывезен.

""" + SIG_MARAT_KOI,
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body><p>Заявка 446105, ул. Декабристов, 180.<br>
<b>Убытие 17:20.</b> Работы по 3-му и 4-му подъездам завершены, мусор вывезен.</p>
<p>--<br>Зиннатуллин Марат Рифович<br>мастер участка ремонта подъездов<br>т. 8-927-431-07-62</p>
</body></html>""")


def calendar_reply(L):
    m = MIMEMultipart("alternative")
    m.attach(textpart("Нуриева Гульнара приняла это приглашение.\n", "plain", "utf-8", "base64"))
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Нуриева Гульнара:mailto:g.nurieva@tjrs-kzn.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка работ по заявке 446105 (Декабристов 180)
DTSTART;TZID=Russian Standard Time:20261110T100000
DTEND;TZID=Russian Standard Time:20261110T110000
UID:040000008200E00074C5B7101A82E00800000000C0A1F2B3D45EDB01000000000000000010000000
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:ул. Декабристов, 180
SEQUENCE:0
DTSTAMP:20261108T073000Z
END:VEVENT
END:VCALENDAR
"""
    p = textpart(ics, "calendar", "utf-8", "base64")
    p.set_param("method", "REPLY")
    m.attach(p)
    return m


add(d(8, 10, 30), GULNARA, "Принято: Приёмка работ по заявке 446105 (Декабристов 180)",
    dict(expect="ignored", note="ответ на приглашение в календарь, сгенерирован почтовым клиентом"),
    build=calendar_reply, extra={"X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAA==",
                                 "Thread-Topic": "Приёмка работ по заявке 446105"})

# ---------------- 446118  двор Амирхана 15
add(d(5, 13, 44), ILNUR_MAIL, "Re: Заявка 446118 Ф.Амирхана 15",
    dict(expect="decided", request="446118", positions=[], status="заявка принята",
         note="«әйе, приняли» – подтверждение принятия"),
    text="""Әйе, приняли. Асфальт заказал на завтра на 8 утра.

Четверг, 5 ноября 2026, 13:01 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Ильнур, добрый день.
> Прошу подтвердить принятие заявки 446118 — ямочный ремонт во дворе
> ул. Фатыха Амирхана, 15 (у 2 подъезда). Площадь ~12 м2.
""", cte="base64", reply=True)

add(d(6, 8, 29), ILNUR_MAIL, "446118 поз 2",
    dict(expect="review", note="в заявке 446118 только позиция 1, позиции 2 нет"),
    text="""446118 поз 2 на месте, начинаем фрезеровать.""")

add(d(6, 8, 47), ILNUR_MAIL, "Re: 446118 поз 2",
    dict(expect="decided", request="446118", positions=["1"], status="подрядчик на месте",
         note="исправление: не поз.2 а поз.1, на месте с 8:20"),
    text="""Извиняюсь, ошибся. Не поз. 2, а поз. 1 — она там одна. Бригада на месте с 8:20.

> 446118 поз 2 на месте, начинаем фрезеровать.
""", reply=True)

add(d(6, 15, 4), ILNUR, "446118 — завершено",
    dict(expect="decided", request="446118", positions=[], status="подрядчик убыл",
         note="завершено, каток уехал, мы тоже"),
    text="""Ямку закрыли, уложили 12,5 м2 горячей смеси, укатали. Каток уехал, мы тоже. Двор открыт для машин.

Ильнур Хайруллин
бригадир участка благоустройства / төзекләндерү участогы бригадиры
ООО «ТатЖилРемСтрой»""", cte="quoted-printable")

# ---------------- 446230  кровля Такташа 35
add(d(6, 8, 46), GALIEV, "RE: Заявка 446230 - кровля Х.Такташа 35",
    dict(expect="decided", request="446230", positions=[], status="заявка принята",
         note="«Принял», ответ над цитатой Outlook"),
    text="""Принял.

""" + SIG_GALIEV + """

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 6 ноября 2026 г. 8:05
Кому: Галиев Рустем
Тема: Заявка 446230 - кровля Х.Такташа 35

Рустем Ильдарович, добрый день.
Направляем заявку 446230: 1 – очистка кровли от снега и наледи, 2 – ремонт парапета.
Жильцы жалуются на сосульки над входом в аптеку.
""", reply=True)

add(d(6, 16, 10), GALIEV, "446230",
    dict(expect="review", note="только план: выедем завтра с утра"),
    text="""По Такташа 35 сегодня не успеваем, бригада на Тукая. Выедем завтра с утра, к 8 будем. Аптеку предупредите, чтобы вход огородили.

Рустем""")

add(d(7, 7, 31), GALIEV, "446230 п1 п2 выезд",
    dict(expect="decided", request="446230", positions=["1", "2"], status="подрядчик в пути",
         note="выезжаем на Такташа; госномер не номер заявки"),
    text="""Выезжаем на Такташа 35 по 446230, п1 и п2. ГАЗель А 567 ВО 116, 4 человека + альпинист.""")

add(d(7, 8, 19), GALIEV, "Re: 446230 п1 п2 выезд",
    dict(expect="decided", request="446230", positions=["1", "2"], status="подрядчик на месте",
         note="«пpибыли» с латинской p; прибытие 08:15"),
    # 'р' в "пpибыли" и 'о' в "пoз." – латинские
    text="""Пpибыли 08:15, пoз. 1,2. Огородили тротуар лентой, поднимаемся.""", reply=True)

add(d(7, 12, 4), ALMAZ, "Такташа 35 (446230) поз 1",
    dict(expect="decided", request="446230", positions=["1"], status="подрядчик убыл",
         note="снег сбросили, с кровли ушли по поз 1"),
    text="""Снег и наледь сбросили, сосульки сбили, внизу убрали. С кровли по поз 1 ушли, парапет Рустем доделывает завтра.

Алмаз
Отправлено из Почты Mail.ru для Android""")

add(d(8, 16, 45), GALIEV, "446230 (2)",
    dict(expect="decided", request="446230", positions=["2"], status="подрядчик убыл",
         note="парапет доделали, уехали с объекта"),
    text="""Парапет доделали — заменили 6 м оцинкованного фартука, герметик Penosil. Бригада уехала с объекта в 16:40.

""" + SIG_GALIEV, cte="base64")

# ---------------- 446302  площадка Фучика 90
add(d(8, 11, 2), CITY, "Заявка № 446302: принята к исполнению",
    dict(expect="decided", request="446302", positions=[], status="заявка принята",
         note="HTML-уведомление из СЭД"),
    kind="html", cs="windows-1251", cte="base64",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Times New Roman">
<p>В адрес: МКУ «ОМИС», диспетчерская служба</p>
<p>Исх. № 1214/11 от 08.11.2026</p>
<p>ООО «ТатЖилРемСтрой» сообщает, что заявка № <b>446302</b> (ремонт детской игровой площадки,
ул. Юлиуса Фучика, д. 90) <b>принята к исполнению</b>.</p>
<p>Срок выполнения — до 20.11.2026. Основание: договор подряда № 46/2026-КР от 12.01.2026.</p>
<p>Ответственный: бригадир Хайруллин Ильнур Фаридович.</p>
<hr><p style="font-size:8pt">Документ сформирован в системе электронного документооборота.<br>
ИНН 1655412387 / КПП 165501001</p>
</body></html>""")

add(d(9, 8, 1), ILNUR, "Фучика",
    dict(expect="decided", request="446302", positions=[], status="подрядчик в пути",
         note="едем, будем через полчаса = в пути"),
    text="""Едем на Фучика 90 (446302), будем через полчаса. Секции ограждения везём с собой.""")

add(d(9, 8, 42), ILNUR, "446302 поз1",
    dict(expect="decided", request="446302", positions=["1"], status="подрядчик на месте",
         note="поз1 на месте"),
    text="""Поз1 — на месте, ставим ограждение. Бетон на стойки замешиваем на месте.""")

add(d(9, 17, 12), ILNUR, "Re: 446302 поз1",
    dict(expect="decided", request="446302", positions=["1"], status="подрядчик убыл",
         note="смонтировано, уехали"),
    text="""Ограждение смонтировано, 24 секции + калитка. Уехали.
Рәхмәт!

Ильнур""", cte="quoted-printable", reply=True)

add(d(10, 10, 15), DIRECTOR, "О сроках по заявке 446302",
    dict(expect="review", note="жалоба/просьба продлить срок: материал не привезли, статуса нет"),
    text="""Уважаемые коллеги!

По заявке 446302 (ул. Ю.Фучика, 90) поставщик ООО «Резина-Казань» сорвал поставку резиновой крошки (счёт № 2291 от 02.11.2026 оплачен). Работы по поз. 2 (покрытие) приостановлены не по нашей вине.
Просим продлить срок выполнения до 25.11.2026. Письмо с обоснованием направим официально.

С уважением,
Мухаметшин Ф.Р., директор ООО «ТатЖилРемСтрой»
тел. (843) 236-41-10""")

add(d(12, 15, 41), ILNUR, "446302 п.2 покрытие",
    dict(expect="decided", request="446302", positions=["2"], status="подрядчик убыл",
         note="приехали 9:00 и уехали 15:30 – последний событие убыл"),
    text="""Крошку привезли вчера вечером. Сегодня приехали на Фучика в 9:00, покрытие по п.2 залили (86 м2, толщина 10 мм), в 15:30 уехали. По ней сутки не ходить — повесили ленту.

Ильнур""")

# ---------------- 446344  дверь Сары Садыковой 12
add(d(9, 10, 2), MARAT, "обращение 446344",
    dict(expect="decided", request="446344", positions=[], status="заявка принята",
         note="обращение принял"),
    text="""Обращение 446344 принял. Дверь заказана на заводе, как привезут сообщу.
М.З.""", cs="koi8-r", cte="8bit")

add(d(10, 9, 5), MARAT, "Re: 446344 когда выезд?",
    dict(expect="review", note="отрицание: ещё не выехали, только ориентировочный план"),
    text="""Еще не выехали, ждем дверь с завода. Ориентировочно в среду, 11-го.

> Марат Рифович, когда будет выезд по 446344? Жильцы звонят.
""", cs="koi8-r", cte="8bit", reply=True)

add(d(11, 9, 33), MARAT, "446344 дверь",
    dict(expect="decided", request="446344", positions=[], status="подрядчик в пути",
         note="дверь забрали, везём на объект = в пути"),
    text="""Дверь забрали со склада, везем на Садыковой 12. Через час будем.""", cs="koi8-r", cte="8bit")

add(d(11, 14, 21), MARAT, "Re: 446344 дверь",
    dict(expect="decided", request="446344", positions=[], status="подрядчик убыл",
         note="приехали 10:20 и уехали 14:05 – последнее событие убыл"),
    text="""Приехали 10:20, старую дверь демонтировали, новую поставили (Стройметалл ДМ-2100, 960х2050), доводчик DORMA TS-68 отрегулировали, домофон подключили. Уехали в 14:05.
Ключи 6 шт. переданы старшей по подъезду, кв. 57.

""" + SIG_MARAT_KOI, cs="koi8-r", cte="8bit", reply=True)


def read_receipt(L):
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(textpart("""Это уведомление о прочтении сообщения, отправленного вами:

Тема: Заявка 446344 — замена двери, ул. Сары Садыковой, 12
Отправлено: 09.11.2026 9:04

было прочитано 09.11.2026 9:58.
""", "plain", "utf-8", "base64"))
    p = Message()
    p["Content-Type"] = "message/disposition-notification"
    p.set_payload("""Reporting-UA: tjrs-kzn.ru; The Bat! 9.4
Final-Recipient: rfc822;m.zinnatullin@tjrs-kzn.ru
Original-Message-ID: <20261109090412.4412@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
    m.attach(p)
    return m


add(d(9, 9, 58), MARAT, "Прочитано: Заявка 446344 — замена двери, ул. Сары Садыковой, 12",
    dict(expect="ignored", note="уведомление о прочтении (MDN)"),
    build=read_receipt)


def bounce(L):
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(textpart("""This is the mail system at host mx1.tjrs-kzn.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<a.shakirov@tjrs-kzn.ru>: host mx1.tjrs-kzn.ru[local] said: 550 5.1.1
    <a.shakirov@tjrs-kzn.ru>: Recipient address rejected: User unknown
""", "plain", "us-ascii", "8bit"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_string("""Reporting-MTA: dns; mx1.tjrs-kzn.ru
Arrival-Date: Tue, 10 Nov 2026 09:12:40 +0300
"""), message_from_string("""Final-Recipient: rfc822; a.shakirov@tjrs-kzn.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""")])
    m.attach(ds)
    orig = Message()
    orig["Content-Type"] = "text/rfc822-headers"
    orig.set_payload("""From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: a.shakirov@tjrs-kzn.ru
Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDQ0NjM0NCDigJQg0L/RgNC+0YjRgyDQv9C+0LTRgtCy0LXRgNC00LjRgtGMINCy0YvQtdC30LQ=?=
Date: Tue, 10 Nov 2026 09:12:38 +0300
Message-ID: <20261110091238.7781@zakazchik-omis.ru>
""")
    m.attach(orig)
    return m


add(d(10, 9, 12), DAEMON, "Undelivered Mail Returned to Sender",
    dict(expect="ignored", note="отчёт о недоставке (bounce)"),
    build=bounce, extra={"Auto-Submitted": "auto-replied"})

# ---------------- 446409  двор Гаврилова 22
add(d(10, 9, 11), AIGUL, "Заявка 446409 — принята / Гаврилова 22",
    dict(expect="decided", request="446409", positions=[], status="заявка принята",
         note="диспетчер подрядчика: заявка принята, двуязычная подпись"),
    text="""Исәнмесез!
Заявка № 446409 (ул. Гаврилова, 22, благоустройство двора) принята, передана бригаде Хайруллина И.
Скамейки (поз. 3) будут со склада не раньше 12.11.

""" + SIG_AIGUL, cte="base64")

add(d(11, 7, 52), AIGUL, "446409 выезд бригады",
    dict(expect="decided", request="446409", positions=["1", "2"], status="подрядчик в пути",
         note="«выехала на Гаврилова» = в пути, поз 1 и 2"),
    text="""Бригада Хайруллина выехала на Гаврилова 22, поз. 1 и 2. Автовышка ВС-22 с ними.

""" + SIG_AIGUL)

add(d(11, 8, 36), ILNUR, "Re: 446409 выезд бригады",
    dict(expect="decided", request="446409", positions=["1", "2"], status="подрядчик на месте",
         note="ответ под цитатой: на объекте"),
    text="""Айгуль Сабирова пишет:
> Бригада Хайруллина выехала на Гаврилова 22, поз. 1 и 2. Автовышка ВС-22 с ними.

На объекте, по обеим позициям. Вышку поставили у 4 подъезда.
Ильнур
""", reply=True)

add(d(11, 13, 2), ILNUR, "446409",
    dict(expect="review", note="разные статусы по позициям: п.1 готово (убыл), п.2 ещё делают (на месте)"),
    text="""Деревья обрезали, ветки вывезли — п.1 готово, вышка уехала. Бордюр (п.2) ещё делаем, до вечера.""")

add(d(11, 17, 9), ILNUR, "Re: 446409",
    dict(expect="decided", request="446409", positions=["2"], status="подрядчик убыл",
         note="бордюр (п.2) готов, уехали"),
    text="""Бордюр готов, 18 пог. м БР 100.30.15. Уехали с Гаврилова в 17:00.

> Деревья обрезали, ветки вывезли — п.1 готово, вышка уехала. Бордюр (п.2) ещё делаем, до вечера.
""", reply=True)

add(d(12, 10, 3), ILNUR, "446409 п.3",
    dict(expect="decided", request="446409", positions=["3"], status="подрядчик на месте",
         note="скамейки привезли, монтируем = на месте"),
    text="""446409 п.3 — скамейки привезли, монтируем. 4 шт., анкера М12.""")

add(d(12, 15, 31), AIGUL, "446409 / п.3 — завершение",
    dict(expect="decided", request="446409", positions=["3"], status="подрядчик убыл",
         note="HTML: завершение работ по п.3 в 15:20"),
    kind="html", cte="base64",
    html="""<html><body>
<p>Добрый день!</p>
<p>По заявке <b>446409</b> (ул. Гаврилова, 22): <b>завершение работ по п.3 — 12.11 в 15:20</b>, скамейки установлены, бригада с объекта уехала.</p>
<p>--<br>Сабирова Айгуль / Сабирова Айгөл<br>диспетчер / диспетчер<br>
ООО «ТатЖилРемСтрой» / «ТатТоракРемТөзү» ҖЧҖ<br>тел./факс +7 (843) 236-41-18</p>
</body></html>""")

# ---------------- 446517  кровля Кул Гали 27
add(d(12, 8, 31), GALIEV, "446517",
    dict(expect="decided", request="446517", positions=[], status="заявка принята",
         note="приняли"),
    text="""446517 — приняли, рәхмәт. Завтра посмотрим.
Р.""")

add(d(13, 8, 9), GALIEV, "Re: Заявка № 446517 — кровля, ул. Кул Гали, 27",
    dict(expect="decided", request="446517", positions=[], status="подрядчик в пути",
         note="номер только в теме Re:; выехали, будем к 9"),
    text="""Выехали, будем к 9.""", reply=True)

add(d(13, 8, 56), GALIEV, "Re: Заявка № 446517 — кровля, ул. Кул Гали, 27",
    dict(expect="decided", request="446517", positions=[], status="подрядчик на месте",
         note="номер только в теме Re:; «На месте», ниже цитата старого сообщения"),
    text="""На месте.

Галиев Рустем
+7 917 284-55-03

13.11.2026, 08:09, "Галиев Рустем" <r.galiev@tjrs-kzn.ru>:
> Выехали, будем к 9.
""", reply=True)

add(d(13, 10, 2), GALIEV, "446517 ключи от чердака",
    dict(expect="review", note="вопрос: у кого ключи, статуса нет"),
    text="""Для поз.2 нужен доступ на чердак через 1-й подъезд, замок висит новый. У кого ключи? Телефон старшей по дому +7 917 902-33-18 не отвечает.
Подскажите, пожалуйста.

""" + SIG_GALIEV)

add(d(13, 16, 4), GALIEV, "446517 П1",
    dict(expect="decided", request="446517", positions=["1"], status="подрядчик убыл",
         note="П1 выполнено, ушли; П2 после ключей"),
    text="""П1: покрытие над 3 под. переложили, 40 м2, ушли с кровли в 15:45. По вентшахте (П2) — после получения ключей.""",
    cte="quoted-printable")


def gmail_fwd(L):
    return textpart(L["text"], "plain", "utf-8", "quoted-printable")


add(d(14, 13, 2), AIGUL, "Fwd: Кул Гали",
    dict(expect="decided", request="446517", positions=["2"], status="подрядчик убыл",
         note="пересланное сообщение прораба: поз.2 закрыта, уехали"),
    text="""Пересылаю от прораба.

""" + SIG_AIGUL + """

---------- Forwarded message ---------
От: Галиев Рустем <r.galiev@tjrs-kzn.ru>
Date: сб, 14 нояб. 2026 г. в 12:51
Subject: Кул Гали
To: <dispetcher@tjrs-kzn.ru>


Айгуль, отправь в ОМИС: 446517 вентшахту отремонтировали (кладка 0,6 м3, зонт новый), поз.2 закрыта, уехали.
""", build=gmail_fwd)

add(d(16, 9, 0), GALIEV, "Автоматический ответ: Заявка № 446517 — акт",
    dict(expect="ignored", note="автоответ «в отпуске»"),
    text="""Здравствуйте!
Я в отпуске с 16.11.2026 по 30.11.2026. По кровельным работам обращайтесь к Шакирову Алмазу, almaz.sh@tjrs-kzn.ru, +7 927 415-88-20.

Исәнмесез! 30.11.2026 кадәр ялда.""",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, reply=True)

add(d(17, 11, 20), DIRECTOR, "Акт и счёт по заявке 446517",
    dict(expect="review", note="документы/оплата: акт КС-2 и счёт, статуса нет"),
    text="""Добрый день.
По заявке 446517 (кровля, ул. Кул Гали, 27) направляем акт КС-2 № 318 от 14.11.2026 и счёт № 318 на сумму 184 560,00 руб. (в т.ч. НДС 20%). Оригиналы передадим нарочным.
Прошу подписать и вернуть один экземпляр.

Мухаметшин Ф.Р.
директор / директор
ООО «ТатЖилРемСтрой» / «ТатТоракРемТөзү» ҖЧҖ""")

# ---------------- 446623  площадка Шамиля Усманова 20
add(d(13, 10, 22), CITY, "Уведомление о принятии заявки № 446623",
    dict(expect="decided", request="446623", positions=[], status="заявка принята",
         note="официальное уведомление: принята к исполнению"),
    kind="alt", cs="windows-1251", cte="base64",
    text="""Уважаемые коллеги!

Сообщаем, что заявка № 446623 от 13.11.2026 (ремонт детской игровой площадки, г. Казань, ул. Шамиля Усманова, д. 20) принята ООО «ТатЖилРемСтрой» к исполнению.
Начало работ запланировано на 16.11.2026 при условии благоприятных погодных условий.

Исх. № 1252/11 от 13.11.2026

""" + SIG_CITY,
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p>Уважаемые коллеги!</p>
<p>Сообщаем, что заявка № 446623 от 13.11.2026 (ремонт детской игровой площадки, г. Казань, ул. Шамиля Усманова, д. 20) <b>принята</b> ООО «ТатЖилРемСтрой» к исполнению.</p>
<p>Начало работ запланировано на 16.11.2026 при условии благоприятных погодных условий.</p>
<p>Исх. № 1252/11 от 13.11.2026</p>
<p style="font-size:8pt">Документ сформирован в системе электронного документооборота.<br>ООО «ТатЖилРемСтрой», ИНН 1655412387, КПП 165501001<br>Договор подряда № 46/2026-КР от 12.01.2026</p>
</body></html>""")

add(d(16, 8, 1), ILNUR, "446623 п.1-3 в пути",
    dict(expect="decided", request="446623", positions=["1", "2", "3"], status="подрядчик в пути",
         note="диапазон п.1-3 = позиции 1,2,3"),
    text="""Добрый. 446623 п.1-3 — в пути, Усманова 20, минут 15.""")

add(d(16, 8, 46), ILNUR, "Усманова 20",
    dict(expect="decided", request="446623", positions=[], status="подрядчик на месте",
         note="бригада прибыла на площадку; позиции не названы"),
    text="""Бригада прибыла на площадку по Ш.Усманова 20, заявка 446623. Начинаем с демонтажа старого МАФ.

Ильнур Хайруллин, бригадир / бригадир
ООО «ТатЖилРемСтрой» / «ТатТоракРемТөзү» ҖЧҖ
+7 (987) 296-14-30""", cte="base64")

add(d(16, 16, 21), ILNUR, "446623 итог за день",
    dict(expect="decided", request="446623", positions=["1", "2", "3"], status="подрядчик убыл",
         note="HTML-таблица, все три позиции выполнены, убыли 16:10"),
    kind="alt", cte="base64",
    text="""Заявка 446623, Ш.Усманова 20
1 — МАФ (домик) — установлен — убыли 16:10
2 — покрытие — заменено 24 м2 — убыли 16:10
3 — ограждение — покрашено — убыли 16:10
Ильнур""",
    html="""<html><body><p>Заявка 446623, Ш.Усманова 20</p>
<table border="1" style="border-collapse:collapse">
<tr><td><b>П</b></td><td><b>Что</b></td><td><b>Сделано</b></td><td><b>Убытие</b></td></tr>
<tr><td>1</td><td>МАФ (домик)</td><td>установлен</td><td>16:10</td></tr>
<tr><td>2</td><td>покрытие</td><td>заменено 24 м2</td><td>16:10</td></tr>
<tr><td>3</td><td>ограждение</td><td>покрашено</td><td>16:10</td></tr>
</table><p>Ильнур</p></body></html>""")

# ---------------- 446781  подъезд Ямашева 46
add(d(14, 11, 3), MARAT, "Ямашева 46 - 446781",
    dict(expect="decided", request="446781", positions=[], status="заявка принята",
         note="«в работу взял»"),
    text="""В работу взял. Крыльцо будем делать после того как электрик закончит с тамбуром.
М.Зиннатуллин""", cs="koi8-r", cte="8bit")

add(d(16, 8, 58), ALMAZ, "446781 поз.2 электрик",
    dict(expect="decided", request="446781", positions=["2"], status="подрядчик в пути",
         note="электрик выехал на Ямашева = в пути"),
    text="""Электрик (я) выехал на Ямашева 46 по поз.2. Светильники взял.

Алмаз
Отправлено с iPhone""")

add(d(16, 9, 41), ALMAZ, "446781 поз2",
    dict(expect="decided", request="446781", positions=["2"], status="подрядчик на месте",
         note="голая тема «446781 поз2», на месте"),
    text="""на месте""")

add(d(16, 11, 2), ALMAZ, "Re: 446781 поз2",
    dict(expect="decided", request="446781", positions=["2"], status="подрядчик убыл",
         note="результат: заменили, всё горит, электрик освободился"),
    text="""Светильники в тамбуре заменили (LED ДБО-12Вт, 2 шт), датчик движения поставил. Всё горит. Освободился, еду на Тукая.

> на месте""", reply=True)

add(d(16, 12, 30), AIGUL, "бригады сегодня",
    dict(expect="review", note="две разные заявки в одном письме (446623 и 446781)"),
    text="""Добрый день! Сводка на 12:30:
— Ш.Усманова 20 (446623) — бригада Хайруллина на месте;
— Ямашева 46 (446781) — электрик закончил, поехал дальше.

""" + SIG_AIGUL)

add(d(17, 8, 32), MARAT, "446781 крыльцо",
    dict(expect="decided", request="446781", positions=["1"], status="подрядчик на месте",
         note="крыльцо = поз.1; бетонщики на месте"),
    text="""По 446781 поз.1 (крыльцо): бетонщики на месте, разбираем старые ступени.""",
    cs="koi8-r", cte="8bit")

add(d(18, 15, 4), MARAT, "446781 П1",
    dict(expect="decided", request="446781", positions=["1"], status="подрядчик убыл",
         note="капслок: крыльцо готово, убыли"),
    text="""КРЫЛЬЦО ГОТОВО, УБЫЛИ. СТУПЕНИ 4 ШТ ЗАЛИТЫ, ПОРУЧЕНЬ ПОСТАВИЛИ. ПО ЗАСТЫВШЕМУ БЕТОНУ ХОДИТЬ ПОСЛЕ 19.11.""",
    cs="koi8-r", cte="8bit")

add(d(19, 9, 15), DIRECTOR, "Re: 446781 акт",
    dict(expect="review", note="вопрос о подписании акта, статуса нет"),
    text="""Подскажите, по 446781 акт приёмки кто будет подписывать со стороны ОМИС — куратор участка или сразу начальник? И в каком количестве экземпляров?

Ф.Р. Мухаметшин""", reply=True)

# ---------------- 446905  двор Тукая 61
add(d(17, 8, 41), ILNUR_MAIL, "Re: Заявка 446905 Тукая 61 решетка",
    dict(expect="decided", request="446905", positions=[], status="заявка принята",
         note="взяли в работу"),
    text="""Исәнмесез. Взяли в работу, решётку ДН-300 уже получили на складе.

> Прошу принять в работу заявку 446905: замена дождеприёмной решётки, ул. Габдуллы Тукая, 61.
""", reply=True)

add(d(18, 9, 31), ILNUR, "446905",
    dict(expect="decided", request="446905", positions=[], status="подрядчик на месте",
         note="выехали в 9, на месте с 9:25 – последнее событие на месте"),
    text="""Выехали в 9, на месте с 9:25. Решётку вскрываем, колодец забит листвой.""")

add(d(18, 12, 3), ILNUR, "Re: 446905",
    dict(expect="decided", request="446905", positions=[], status="подрядчик убыл",
         note="закрыли, вода уходит – работа завершена"),
    text="""446905 закрыли: решётку (арт. ДН-300 С250) поменяли, колодец прочистили, вода уходит. С Тукая уехали.

Рәхмәт, Ильнур""", cte="quoted-printable", reply=True)

# ---------------- прочие review / ignored
add(d(6, 9, 40), ILNUR_MAIL, "446120 поз 1",
    dict(expect="review", note="номер 446120 отсутствует в реестре"),
    text="""446120 поз 1 — выехали, будем к 10.""")

add(d(18, 14, 20), ALMAZ, "Тукая",
    dict(expect="review", note="нет номера заявки; на Тукая две заявки (446012, 446905)"),
    text="""Исәнмесез, мы на Тукая, начали. Фото вечером скину.

Алмаз""")

add(d(10, 16, 5), ILNUR, "Re: Напоминание о сроке по 446302",
    dict(expect="review", note="благодарность/подтверждение получения письма диспетчера, статуса нет"),
    text="""Рәхмәт, письмо получили, приняли к сведению. По срокам директор писал отдельно.

Ильнур

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Tuesday, November 10, 2026 3:12 PM
Subject: Напоминание о сроке по 446302

Напоминаем, что срок выполнения заявки 446302 — 20.11.2026.
""", reply=True)

add(d(13, 12, 0), GULNARA, "Заявки 446517 и 446409 – график",
    dict(expect="review", note="план работ на следующую неделю + две заявки; статуса нет"),
    text="""Добрый день!
Сообщаем график на следующую неделю: в понедельник 16.11 бригады будут заняты на Усманова, поэтому гарантийный осмотр по 446409 и 446517 переносим на 19.11.
Исэнмесез, если есть возражения — напишите.

""" + SIG_GULNARA_1251, cs="windows-1251", cte="quoted-printable")

add(d(12, 7, 0), ILNUR, "Автоответ: 446409 п.3",
    dict(expect="ignored", note="автоответ: бригадир на объекте, без доступа к почте"),
    text="""Исәнмесез! Это автоматический ответ.
12.11.2026 я на объекте без доступа к почте. Срочные вопросы — диспетчеру по тел. +7 (843) 236-41-18.""",
    extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
    reply=True)

add(d(20, 10, 0), NEWS, "ТатЖилРемСтрой: итоги сезона благоустройства 2026",
    dict(expect="ignored", note="рассылка (bulk, List-Unsubscribe)"),
    kind="alt", cte="base64",
    text="""Уважаемые партнёры! / Хөрмәтле партнерлар!

В сезоне 2026 мы выполнили 1 284 заявки: отремонтировано 96 кровель, 212 подъездов и 57 детских площадок в Казани.
С 1 декабря работаем в зимнем режиме: уборка снега с кровель — круглосуточно, тел. 236-41-18.

Отписаться от рассылки: https://tjrs-kzn.ru/unsubscribe?id=20837""",
    html="""<html><body><h2>Итоги сезона 2026 / 2026 сезон нәтиҗәләре</h2>
<p>Уважаемые партнёры! В сезоне 2026 мы выполнили <b>1 284 заявки</b>: 96 кровель, 212 подъездов и 57 детских площадок.</p>
<p>С 1 декабря — зимний режим, уборка снега с кровель круглосуточно, тел. 236-41-18.</p>
<p><a href="https://tjrs-kzn.ru/unsubscribe?id=20837">Отписаться</a></p></body></html>""",
    extra={"Precedence": "bulk", "List-Unsubscribe": "<https://tjrs-kzn.ru/unsubscribe?id=20837>",
           "List-Id": "partners.tjrs-kzn.ru", "X-Mailer": "UniSender"})

# ================================================================= write
LETTERS.sort(key=lambda x: x["date"])
labels = {}
for i, L in enumerate(LETTERS, 1):
    fn = "%03d.eml" % i
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(render(L))
    labels[fn] = L["label"]

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

registry = {
    "contractor": {"name": "ООО «ТатЖилРемСтрой»", "emails": EMAILS, "domains": ["tjrs-kzn.ru"]},
    "requests": [{"number": n, "positions": p, "registered_at": r, "comment": c} for n, p, r, c in REG],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
