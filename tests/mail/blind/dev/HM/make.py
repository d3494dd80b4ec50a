#!/usr/bin/env python3
"""Generator for the HM corpus: dispatcher of a gas-boiler service firm
(ООО «КотлоСервис-Иртыш», Omsk, +0600) who pastes CRM status lines into e-mails."""
import json, os, hashlib
from datetime import datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
DOM = "kotloservis-irtysh.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
PEOPLE = {
    "n": ("Наталья Голубева", "n.golubeva@" + DOM),
    "d": ("Диспетчерская КотлоСервис-Иртыш", "dispetcher@" + DOM),
    "k": ("Сергей Кожин", "s.kozhin@" + DOM),
    "v": ("Тимур Валиев", "t.valiev@" + DOM),
    "mx": ("Mail Delivery System", "mailer-daemon@" + DOM),
    "news": ("КотлоСервис-Иртыш", "news@" + DOM),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «КотлоСервис-Иртыш»",
        "emails": [p[1] for p in PEOPLE.values()],
        "domains": [DOM],
    },
    "requests": [
        {"number": "486017", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ТО настенных котлов, ул. Масленникова, 62: поз.1 кв.5, поз.2 кв.18, поз.3 кв.31"},
        {"number": "486104", "positions": ["1"], "registered_at": "2026-11-02T11:40:00+03:00",
         "comment": "Котёл Buderus Logamax U072-24K, котельная ТСЖ «Рассвет», ул. Перелёта, 9"},
        {"number": "486152", "positions": ["1", "2"], "registered_at": "2026-11-03T07:30:00+03:00",
         "comment": "Ремонт котлов, ул. 5-я Кордная, 31: поз.1 кв.7 (Navien), поз.2 кв.9"},
        {"number": "486239", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Котельная школы №17, ул. Нефтезаводская, 34: котлы 1–4 (поз.1–4), сезонное ТО"},
        {"number": "486311", "positions": ["1"], "registered_at": "2026-11-06T09:20:00+03:00",
         "comment": "Protherm Пантера 25KTV, кв.44, Иртышская наб., 20"},
        {"number": "486378", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "ул. Богдана Хмельницкого, 154: поз.1 кв.3, поз.2 кв.27 (Ariston)"},
        {"number": "486402", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T10:00:00+03:00",
         "comment": "ул. Ленина, 18: поз.1 кв.2, поз.2 кв.11, поз.3 кв.56"},
        {"number": "486555", "positions": ["1"], "registered_at": "2026-11-12T08:00:00+03:00",
         "comment": "Vaillant turboTEC, кв.61, ошибка F28, замена платы"},
        {"number": "486630", "positions": ["1", "2"], "registered_at": "2026-11-16T07:30:00+03:00",
         "comment": "ул. Лукашевича, 14/2: поз.1 кв.12, поз.2 кв.40"},
        {"number": "486719", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T06:45:00+03:00",
         "comment": "Котельная ТЦ «Флагман»: котлы 1–3"},
        {"number": "486804", "positions": ["1"], "registered_at": "2026-11-20T09:00:00+03:00",
         "comment": "Bosch Gaz 6000 W, кв.8, ул. Декабристов, 45А"},
        {"number": "486946", "positions": ["1", "2"], "registered_at": "2026-11-23T07:20:00+03:00",
         "comment": "ул. Фрунзе, 80: поз.1 кв.7, поз.2 кв.19"},
    ],
}

SIG_FULL = """--
С уважением,
Голубева Наталья Сергеевна
диспетчер ООО «КотлоСервис-Иртыш»
644043, г. Омск, ул. 10 лет Октября, 195
тел. +7 (3812) 48-61-20, доб. 2
ИНН 5504123987 / КПП 550401001"""

A = "заявка принята"
W = "подрядчик в пути"
S = "подрядчик на месте"
L = "подрядчик убыл"

letters = []


def add(date, frm, subj, body=None, html=None, cs="utf-8", cte="qp", label=None, kind=None,
        extra=None, reply=False, special=None):
    letters.append(dict(date=date, frm=frm, subj=subj, body=body, html=html, cs=cs, cte=cte,
                        label=label, kind=kind, extra=extra or {}, reply=reply, special=special))


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


# ---------------------------------------------------------------- 486017
add("2026-11-02 12:48", "n", "Заявка 486017 — принята", f"""Добрый день!

Статус заявки: Принята в работу

Заявку №486017 (ТО котлов, ул. Масленникова, 62: кв. 5, кв. 18, кв. 31) взяли, исполнитель — Кожин Сергей. Выезд завтра с утра, с жильцами созвонимся сами.

{SIG_FULL}
""", label=D("486017", [], A, "CRM line + comment: taken into work; tomorrow's trip is only a plan"))

add("2026-11-03 08:47", "n", "486017 поз 1", """Этап: Мастер выехал

Сергей выехал к вам на кв. 5 (позиция 1), минут через 20 будет.
Н.Г.
""", cte="8bit", label=D("486017", ["1"], W, "master left for pos 1, arriving in 20 min"))

add("2026-11-03 09:41", "n", "Re: 486017 поз 1", """В CRM до сих пор висит «Этап: Мастер выехал» — это она у нас тормозит, не смотрите. Сергей на кв. 5 с 9:10, уже снял кожух, чистит теплообменник.

Наталья

03.11.2026 8:47, Наталья Голубева пишет:
> Этап: Мастер выехал
>
> Сергей выехал к вам на кв. 5 (позиция 1), минут через 20 будет.
> Н.Г.
""", reply=True, label=D("486017", ["1"], S, "CRM line lags; her own comment: on site since 9:10; quote is old"))

add("2026-11-03 12:15", "n", "486017-1", """Кв. 5 (П1) — готово. Котёл запущен, давление 1,4 бар, утечек нет, акт жилец подписал. Мастер уехал на обед, дальше по графику.

Голубева
""", cte="b64", label=D("486017", ["1"], L, "P1 done, master left"))

add("2026-11-03 13:05", "k", "Автоответ: Заявка 486017 - доступ в кв. 18", """Здравствуйте!
Я на выезде и не могу ответить на письмо. По всем вопросам — диспетчер, тел. +7 (3812) 48-61-20.
Кожин С.
""", extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
    label=I("out-of-office auto-reply from the master's mailbox"))

add("2026-11-03 16:30", "n", "486017 (2)", """Сергей после обеда едет на кв. 18 — будет минут через 15, он уже в машине.
Наталья
""", cte="8bit", label=D("486017", ["2"], W, "position in brackets in subject; crew travelling now"))

add("2026-11-03 18:40", "n", "Re: 486017 (2)", """По кв. 18 (поз. 2): пришёл в 16:50, закончил в 18:20. Заменили датчик тяги (арт. 0020039187), котёл работает.
Статус в CRM: Выполняется — обновлю завтра утром, сейчас не даёт сохранить.

Н. Голубева
""", reply=True, label=D("486017", ["2"], L, "arrival and finish both reported -> latest: left; CRM line lags"))

add("2026-11-04 16:45", "n", "486017 поз.3 выполнено", """Добрый вечер.

Поз. 2 — Статус заявки: Закрыта
— извините, не ту строчку скопировала, по второй я вчера писала. Вот по третьей:
Поз. 3 — Этап: Работы завершены

Кв. 31 сделали, Сергей уехал с адреса в 16:30.
Н.Г.
""", cte="b64", label=D("486017", ["3"], L, "wrong CRM line for pos 2 pasted and retracted; pos 3 finished"))

add("2026-11-05 09:10", "n", "Заявка 486017 закрыта", """Доброе утро!

Заявка переведена в статус "Закрыта".

Все три квартиры сделаны, акты передадим с курьером (акт № 1123 от 04.11.2026).

Голубева Наталья
""", html="""<html><body><p>Доброе утро!</p>
<p><b>Заявка переведена в статус "Закрыта".</b></p>
<p>Все три квартиры сделаны, акты передадим с курьером (акт № 1123 от 04.11.2026).</p>
<p>Голубева Наталья</p></body></html>""", kind="alt",
    label=D("486017", [], L, "whole request closed, all work done; act number is not a request"))

# ---------------------------------------------------------------- 486104
add("2026-11-02 15:22", "n", "Обращение 486104 / Buderus", html="""<html><body>
<p>Добрый день.</p>
<p>По обращению <b>486104</b> (котёл Buderus Logamax U072-24K, зав. № 7736900152, котельная ТСЖ «Рассвет», ул. Перелёта, 9) — в работу приняли.</p>
<p>Из CRM: <i>Этап: Назначен исполнитель (Валиев Т.)</i></p>
<p>Н. Голубева<br>КотлоСервис-Иртыш</p>
</body></html>""", kind="html", cte="b64",
    label=D("486104", [], A, "HTML-only; accepted, executor assigned; serial number is not a request"))

add("2026-11-03 14:20", "n", "RE: Обращение 486104 / Buderus", """Тимур поехал на Перелёта, 9 — Газель Т 486 ОР 55, выехал в 14:10. Ключ от котельной пусть председатель держит при себе, он его встретит.
Из CRM: Этап: Мастер выехал

Голубева Н.

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Monday, November 02, 2026 4:01 PM
To: n.golubeva@kotloservis-irtysh.ru
Subject: RE: Обращение 486104 / Buderus

Наталья, добрый день. Ключ от котельной у председателя ТСЖ, тел. 8-950-331-74-08. Сообщите, когда мастер выедет.
""", cs="windows-1251", cte="8bit", reply=True,
    label=D("486104", [], W, "master left for the site; car plate contains 486 but is not a request"))

add("2026-11-03 15:10", "n", "486104 прибытие", """Прибытие мастера на объект — 14:52 (ул. Перелёта, 9, котельная ТСЖ). Ключ у председателя взял.
Н. Голубева
""", label=D("486104", [], S, "noun form: прибытие with time"))

add("2026-11-03 17:50", "n", "486104 итог", html="""<html><body>
<p>Добрый вечер, по обращению 486104 итог:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Оборудование</th><th>Этап (CRM)</th><th>Комментарий</th></tr>
<tr><td>1</td><td>Buderus Logamax U072-24K</td><td>Работы завершены</td><td>17:30, мастер уехал, акт № 1119</td></tr>
</table>
<p>Наталья</p>
</body></html>""", kind="html", cs="windows-1251", cte="qp",
    label=D("486104", ["1"], L, "HTML table, one row, work finished and master left"))

add("2026-11-14 11:30", "n", "486104 поз. 2", """По 486104 поз. 2 — мастер выехал, будет в течение часа. Председатель звонил, там опять давление падает.

Н.Г.
""", label=R("request 486104 has only position 1; position 2 does not exist"))

# ---------------------------------------------------------------- 486152
add("2026-11-03 10:52", "n", "Заявка 486152 принята в работу", """Здравствуйте!

Статус заявки: Принята

По заявке 486152 (кв. 7 и кв. 9, ул. 5-я Кордная, 31) исполнитель Валиев Тимур, тел. 8-913-640-22-17. Поедет не раньше завтрашнего утра, сегодня он на Перелёта.

Голубева Н.С.
""", cs="windows-1251", cte="qp", label=D("486152", [], A, "accepted; phone number not a request"))

add("2026-11-04 09:05", "n", "486152 п.1", """Тимур на кв. 7 (п.1), начал в 8:50. Котёл Navien Deluxe 24K, ошибка 02 — смотрит, похоже датчик протока.
Голубева
""", cs="koi8-r", cte="8bit", label=D("486152", ["1"], S, "KOI8-R; on site at p.1; model number not a request"))

add("2026-11-04 11:30", "n", "486152 кв. 9 - не пускают", """Добрый день.
Жильцы кв. 9 второй раз не открывают, телефон 8-904-588-12-90 не отвечает. Пожалуйста, свяжитесь с ними со своей стороны, иначе не сможем выполнить.

Голубева Н.
""", label=R("complaint about access, no status reported"))

add("2026-11-04 15:30", "n", "Fwd: Кордная", """Пересылаю сообщение Тимура по заявке 486152 — это поз. 1 и поз. 2.

Наталья

-------- Пересылаемое сообщение --------
04.11.2026, 15:12, "Тимур Валиев" <t.valiev@kotloservis-irtysh.ru>:

Наталья, кв.7 и кв.9 закончил, жильцы 9й всё-таки открыли. Оба котла работают, уезжаю на базу.

-- 
Отправлено из мобильной Яндекс Почты
-------- Конец пересылаемого сообщения --------
""", label=D("486152", ["1", "2"], L, "forwarded crew report: both positions finished, master left"))

# ---------------------------------------------------------------- 486239
add("2026-11-05 12:05", "n", "RE: Заявка 486239 — котельная школы №17, котлы 1-4", """Добрый день!

Приняли, Кожин и Валиев поедут вдвоём, начнут завтра.
В CRM: Статус заявки: Принята в работу

С уважением, Наталья

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 5 ноября 2026 г. 8:35
Кому: n.golubeva@kotloservis-irtysh.ru
Тема: Заявка 486239 — котельная школы №17, котлы 1-4

Прошу принять заявку: сезонное ТО четырёх котлов в котельной школы №17, ул. Нефтезаводская, 34. Доступ через завхоза, тел. 8-923-677-01-45.
""", reply=True, label=D("486239", [], A, "number only in the quoted/old subject; body: accepted"))

add("2026-11-06 08:20", "n", "486239", """Выехали на котельную школы (Нефтезаводская, 34), вдвоём, будут к 8:45.
Этап: Мастер выехал
""", cte="8bit", label=D("486239", [], W, "bare number in subject; crew on the way"))

add("2026-11-06 09:15", "n", "Re: 486239", """Бригада нa месте с 8:50, завхоз встретил, котельную открыли.
Статус заявки: Выполняется

Н.Г.
""", reply=True, label=D("486239", [], S, "Latin 'a' inside 'нa'; crew on site"))

add("2026-11-06 15:30", "n", "486239 по котлам", """Промежуточно по школе:
котлы 1 и 2 — готово, ребята сейчас на третьем, четвёртый ещё не трогали.
Наталья
""", label=R("different statuses for different positions (1,2 done, 3 on site)"))

add("2026-11-06 18:05", "n", "486239 — котёл №3", """По 3-му котлу закончили в 17:40, горелку отрегулировали, CO в норме.
4-й завтра с утра, ждём прокладку (арт. 87186445640), привезут к 8:00.

Голубева Наталья, КотлоСервис-Иртыш
тел. +7 (3812) 48-61-20
""", cs="windows-1251", cte="b64",
    label=D("486239", ["3"], L, "boiler 3 finished; boiler 4 only planned for tomorrow"))

add("2026-11-07 10:20", "n", "486239 поз.4 - сдали", """Четвёртый котёл сделали, прокладку поставили, котельную сдали завхозу в 10:05, ребята уехали.

Этап: Мастер выехал   <- это CRM не обновилась, не обращайте внимания

Н.
""", label=D("486239", ["4"], L, "CRM line lags (says выехал); comment: pos 4 finished and crew left"))

add("2026-11-25 16:30", "n", "Счёт по заявке 486239", """Добрый день!

По заявке 486239 (школа №17) направляем счёт № 2231 от 25.11.2026 на сумму 48 600,00 руб. и акт выполненных работ. Просьба оплатить в течение 5 банковских дней согласно договору № 17/26-ТО.
Оригиналы передадим курьером.

""" + SIG_FULL + "\n", label=R("invoice/payment talk, no status"))

# ---------------------------------------------------------------- 486311
add("2026-11-06 12:40", "n", "Заявка 486311 пpинята", """Заявка 486311 (котёл Protherm Пантера 25KTV, кв. 44, Иртышская наб., 20) пpинята, выезд согласуем с жильцом, скорее всего завтра.
Голубева
""", cte="8bit", label=D("486311", [], A, "Latin 'p' in 'пpинята'; accepted"))

add("2026-11-07 11:00", "d", "486311", """Сергей выехал к жильцу на Иртышскую наб., ориентировочно 11:40.
Этап: Мастер выехал

Диспетчерская КотлоСервис-Иртыш, Наталья
""", cs="windows-1251", cte="qp", label=D("486311", [], W, "shared mailbox; master on the way"))

add("2026-11-07 14:10", "n", "Re: 486311", """Сергей уехал с Иртышской в 13:55, котёл запустили, давление держит. В CRM пока «Выполняется», закрою вечером.

Н.Г.

>Сергей выехал к жильцу на Иртышскую наб., ориентировочно 11:40.
>Этап: Мастер выехал
""", reply=True, label=D("486311", [], L, "'уехал с' = left from the site; CRM lags; quote is old"))

# ---------------------------------------------------------------- 486378
add("2026-11-09 12:50", "n", "[486378] принята", """Статус заявки: Принята в работу

Богдана Хмельницкого, 154, обе квартиры — мастер Валиев, завтра с утра.
Наталья
""", cte="b64", label=D("486378", [], A, "number in square brackets in subject; accepted"))

add("2026-11-10 09:30", "n", "486378 п1 BЫEXAЛ", """Тимур выехал на кв. 3 (п1), будет в течение получаса.
""", cte="8bit", label=D("486378", ["1"], W, "caps with Latin B/E/X/A in subject; en route to p1"))

add("2026-11-10 14:00", "n", "486378 поз2", """Поз2 (кв. 27): мастер на месте с 13:40, котёл Ariston Clas One 24, течь по вторичному теплообменнику, будет менять.

Голубева
""", cte="8bit", label=D("486378", ["2"], S, "on site at pos 2; model not a request"))

add("2026-11-11 10:30", "n", "486378 / 486402", """Коротко по двум заявкам:
486378 — Тимур с утра опять на кв. 27, доделывает.
486402 — Сергей выехал на Ленина, 18.
Н.Г.
""", label=R("two different requests in one letter"))

add("2026-11-11 16:50", "n", "Заявка 486378 — выполнена", """П.1 и п.2 — завершение работ 16:40, обе квартиры сданы, мастер убыл.
Статус заявки: Выполняется (закрою в CRM после подписания актов).

Голубева Н.С.
""", cs="windows-1251", cte="qp", label=D("486378", ["1", "2"], L, "both positions finished; CRM line lags"))

# ---------------------------------------------------------------- 486402
add("2026-11-10 13:40", "n", "Re: Новая заявка 486402 (Ленина, 18)", """10.11.2026 13:05, Диспетчерская ОМИС пишет:
> Добрый день! Прошу принять в работу заявку 486402: ул. Ленина, 18,
> кв. 2, кв. 11, кв. 56 — плановое ТО газовых котлов.
> Диспетчер ОМИС

Приняли, Сергей Кожин поедет завтра с утра.
Статус заявки: Принята в работу

Наталья
""", reply=True, label=D("486402", [], A, "reply written under the quote; accepted"))

add("2026-11-11 12:10", "n", "486402 - Ленина 18", body="""Добрый день!
Поз. 1, кв. 2 — Мастер на объекте — Сергей с 11:40
Поз. 2, кв. 11 — Мастер на объекте — Тимур с 11:55
Поз. 3, кв. 56 — — после 15:00
Наталья
""", html="""<html><body>
<p>Добрый день!</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Поз.</th><th>Квартира</th><th>Этап (CRM)</th><th>Комментарий</th></tr>
<tr><td>1</td><td>кв. 2</td><td>Мастер на объекте</td><td>Сергей с 11:40</td></tr>
<tr><td>2</td><td>кв. 11</td><td>Мастер на объекте</td><td>Тимур с 11:55</td></tr>
<tr><td>3</td><td>кв. 56</td><td>&mdash;</td><td>после 15:00</td></tr>
</table>
<p>Наталья</p>
</body></html>""", kind="alt", cs="windows-1251", cte="qp",
    label=D("486402", ["1", "2"], S, "table: rows 1 and 2 on site, row 3 only planned"))

add("2026-11-11 17:30", "n", "486402 поз 3", """В CRM заявка уже переведена в статус "Закрыта" — это Сергей с телефона раньше времени нажал. По факту он ещё на кв. 56 (3-я позиция), меняет трёхходовой клапан, часа на полтора. Как уедет — напишу.

Голубева
""", label=D("486402", ["3"], S, "CRM says closed but her comment: crew still on site at pos 3"))

add("2026-11-12 09:10", "n", "486402 закрыта", """Доброе утро!
Заявка 486402 полностью выполнена, Сергей вчера в 19:05 уехал, все квартиры сданы.
Теперь и по факту: Заявка переведена в статус "Закрыта".
Н.Г.
""", cte="b64", label=D("486402", [], L, "whole request done, crew left"))

# ---------------------------------------------------------------- 486555
add("2026-11-12 11:30", "n", "486555", """По 486555: сегодня свободных мастеров нет, выедем завтра к 9:00. Плату управления (0020202601) везём с собой, на складе есть.
Наталья
""", cte="8bit", label=R("plan only: 'выедем завтра'"))

add("2026-11-12 12:05", "mx", "Undelivered Mail Returned to Sender", special="bounce",
    label=I("delivery failure report (bounce)"))

add("2026-11-12 16:00", "n", "Re: 486555", """Статус заявки: Принята в работу
Исполнитель — Валиев. Завтра к 9:00, как писала.

Голубева
""", reply=True, label=D("486555", [], A, "CRM line: accepted; time is a plan, status accepted is done"))

add("2026-11-13 08:40", "n", "Re: 486555", """Выехали, Тимур будет около 9:10. Плату везёт.
""", reply=True, label=D("486555", [], W, "left for site, travelling now"))

add("2026-11-13 09:25", "n", "Re: 486555 выехали", """На месте, 9:15, жилец дома.
Статус заявки: Выполняется
""", reply=True, label=D("486555", [], S, "old status in Re: subject; body says on site"))

add("2026-11-13 12:30", "n", "Re: Re: 486555 выехали", """Плату заменили, котёл работает, ошибка F28 ушла. Тимур освободился, поехал на следующий адрес.

Голубева Наталья
""", html="""<html><body><p>Плату заменили, котёл работает, ошибка F28 ушла. Тимур освободился, поехал на следующий адрес.</p><p>Голубева Наталья</p></body></html>""",
    kind="alt", reply=True, label=D("486555", [], L, "result: part replaced, works, master free and gone"))

add("2026-11-13 13:00", "n", "Прочитано: Заявка 486555 — акт", special="mdn",
    label=I("read receipt (MDN)"))

# ---------------------------------------------------------------- review / ignored misc
add("2026-11-13 15:00", "n", "Заявка 486290 выполнена", """Добрый день, заявка 486290 выполнена, мастер уехал в 14:40.
Голубева
""", label=R("486290 is not in the registry"))

add("2026-11-14 10:00", "n", "Re: График на следующую неделю", """Спасибо, получили, передала мастерам.

Наталья

ДО> Коллеги, направляем график плановых работ на 16–20.11. Просим подтвердить
ДО> получение.
ДО> Диспетчерская ОМИС
""", reply=True, label=R("acknowledgement of dispatcher's message, no request, no status"))

add("2026-11-14 12:00", "n", "Принято: Совещание с подрядчиками по отопительному сезону", special="cal",
    label=I("calendar meeting response generated by mail client"))

add("2026-11-18 15:00", "n", "мастер на месте", """Добрый день, мастер на месте, приступил.
Наталья
""", label=R("no request number at all"))

add("2026-11-20 10:00", "news", "Подготовьте котёл к морозам — скидка 15% на ТО до 30.11", special="news",
    label=I("bulk newsletter from the contractor's marketing list"))

# ---------------------------------------------------------------- 486630
add("2026-11-16 11:05", "n", "ул. Лукашевича, 14/2 (486630)", """Добрый день!

Статус заявки: Принята в работу
Кв. 12 и кв. 40 — мастер Кожин, день выезда согласуем с жильцами.

Голубева Н.
""", label=D("486630", [], A, "number in brackets after address in subject; accepted"))

add("2026-11-16 13:20", "n", "Лукашевича 14/2 (486630) — код домофона?", """Подскажите, пожалуйста, код домофона на Лукашевича, 14/2? Жильцы кв. 12 трубку не берут.
Наталья
""", label=R("question, no status"))

add("2026-11-17 09:40", "n", "Re: 486630", """Ещё не выехали — Газель (Т 486 ОР 55) на шиномонтаже, как заберём, сразу поедем. Ориентировочно к 11.

Н.Г.

ДО> Когда будет мастер на Лукашевича?
""", reply=True, label=R("negation: not yet left; only a plan"))

add("2026-11-17 10:50", "n", "486630 в пути", """Сергей выехал на Лукашевича, будет минут через 30-40.
Голубева
""", cs="koi8-r", cte="b64", label=D("486630", [], W, "KOI8-R base64; on the way"))

add("2026-11-17 11:35", "n", "486630 (1)", """П1 (кв. 12) — мастер на месте с 11:30.
П2 после обеда, жилец кв. 40 будет дома только с 14.
""", cte="8bit", label=D("486630", ["1"], S, "P1 on site, P2 only planned"))

add("2026-11-17 17:20", "n", "486630 П1, П2 — готово", """П1 и П2 — готово: кв. 12 в 13:10, кв. 40 в 16:55. Сергей уехал.
Заявка переведена в статус "Закрыта".

""" + SIG_FULL + "\n", label=D("486630", ["1", "2"], L, "both positions done, request closed"))

# ---------------------------------------------------------------- 486719
add("2026-11-18 10:15", "n", "Наряд 486719", """Добрый день.
Наряд 486719 в работе, бригада Кожина. Котельная ТЦ «Флагман», три котла.
Этап: Назначен исполнитель
Н. Голубева
""", cs="windows-1251", cte="8bit", label=D("486719", [], A, "'наряд'; in work = accepted"))

add("2026-11-19 09:30", "n", "По 486719", """По 486719: на позиции 1 бригада на месте с 9:05, на вторую Тимур выехал, будет к 10.
Наталья
""", label=R("different statuses for different positions (1 on site, 2 en route)"))

add("2026-11-19 10:20", "n", "486719 - 2-я позиция", """2-я позиция – прибыли, 10:12.
""", cte="8bit", label=D("486719", ["2"], S, "arrived at position 2"))

add("2026-11-19 13:00", "n", "Re: 486719", """Заявка переведена в статус "Закрыта"
— стоп, это я зря вставила, целиком заявка ещё не закрыта. Закрыта только первая позиция: по котлу №1 работы завершены в 12:40, Сергей пошёл обедать.
По второй напишу отдельно.

Голубева
""", reply=True, label=D("486719", ["1"], L, "whole-request CRM line retracted; only position 1 finished"))

add("2026-11-19 17:10", "n", "Fwd: флагман 3", """Пересылаю от Сергея по 486719, поз. 3.

---------- Forwarded message ---------
От: Сергей Кожин <s.kozhin@kotloservis-irtysh.ru>
Date: чт, 19 нояб. 2026 г. в 16:58
Subject: флагман 3
To: Наталья Голубева <n.golubeva@kotloservis-irtysh.ru>


Наташ, по 3му котлу: прибыли 14:10, убыли 16:50. котёл в работе, давление 1.2. пломбу на счётчике не трогали (№ 04862117)
""", cte="b64", label=D("486719", ["3"], L, "forwarded crew report, arrival and departure -> latest: left; seal number not a request"))

add("2026-11-20 09:00", "n", "486719 ПОЗ.2", """ПОЗ.2 ВЫПОЛНЕНО, ТИМУР УЕХАЛ ВЧЕРА В 18:30, ЗАБЫЛА НАПИСАТЬ. ИЗВИНИТЕ.
Н.Г.
""", cs="windows-1251", cte="qp", label=D("486719", ["2"], L, "caps; pos 2 finished and left"))

# ---------------------------------------------------------------- 486804
add("2026-11-20 12:40", "n", "По заявке 486804", """По заявке 486804 — принято, мастер Валиев. Котёл Bosch Gaz 6000 W, кв. 8, ул. Декабристов, 45А.
Выезд завтра утром.
Наталья
""", cte="b64", label=D("486804", [], A, "accepted; address 45А not a request"))

add("2026-11-21 08:15", "n", "486804", """будем через 40 минут, Тимур уже едет
""", cte="8bit", label=D("486804", [], W, "'будем через 40 минут' = on the way"))

add("2026-11-21 09:05", "n", "Re: 486804", """мастер прибыл на обьект, начинет диагностику

> будем через 40 минут, Тимур уже едет
""", reply=True, label=D("486804", [], S, "typos; arrived"))

add("2026-11-21 13:45", "n", "Re: 486804", """Статус заявки: Выполняется
Этап: Мастер выехал

Это CRM опять отстаёт на полдня. На самом деле Тимур всё сделал и уехал с Декабристов в 12:20, котёл греет.

Голубева Н.
""", reply=True, label=D("486804", [], L, "pasted CRM lines lag; her comment: done and left"))

# ---------------------------------------------------------------- 486946
add("2026-11-23 11:00", "n", "Заявка №486946 взята в работу", """Добрый день!
Статус заявки: Принята в работу. Исполнитель — Кожин, выезд завтра.
Голубева Н.С.
""", cs="windows-1251", cte="qp", label=D("486946", [], A, "accepted"))

add("2026-11-24 08:30", "n", "486946 поз.1", """Выехали к вам на поз. 1 (кв. 7, Фрунзе, 80), ориентировочно 9:00.
Наталья
""", label=D("486946", ["1"], W, "left for pos 1"))

add("2026-11-24 09:00", "v", "Автоматический ответ: Заявка 486946", """Добрый день!
Я в отпуске с 23.11.2026 по 30.11.2026. По срочным вопросам обращайтесь к диспетчеру: dispetcher@kotloservis-irtysh.ru, тел. +7 (3812) 48-61-20.
Валиев Тимур
""", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    label=I("out-of-office auto-reply"))

add("2026-11-24 17:40", "n", "Re: 486946 поз.1", """Убытие с объекта 17:20 по поз. 1 (кв. 7). Акт № 1187 от 24.11.2026 подписан.
По второй — завтра.

Голубева
""", reply=True, cs="windows-1251", cte="b64",
    label=D("486946", ["1"], L, "noun 'убытие' for pos 1; pos 2 only planned"))

add("2026-11-25 12:00", "n", "486946 статус", """CRM показывает по 486946: Заявка переведена в статус "Закрыта", но Сергей мне по кв. 19 (поз. 2) ничего не подтвердил, трубку не берёт. Не закрывайте пока у себя, уточню и отпишусь.
Наталья
""", label=R("CRM line contradicted by her own doubt; nothing confirmed"))

add("2026-11-25 15:10", "n", "Re: 486946 статус", """Дозвонилась. По поз. 2 (кв. 19): Сергей прибыл в 13:30, в 14:50 убыл, всё сделано, давление в норме.

Н.Г.

> CRM показывает по 486946: Заявка переведена в статус "Закрыта", но Сергей мне по кв. 19 (поз. 2) ничего не подтвердил
""", reply=True, label=D("486946", ["2"], L, "arrival and departure -> latest: left"))


# ================================================================ builders
def charset(cs, cte):
    c = Charset(cs)
    c.body_encoding = {"b64": BASE64, "qp": QP, "8bit": None}[cte]
    c.header_encoding = BASE64
    return c


def text_part(text, sub, cs, cte):
    if cs == "koi8-r":  # old client: no typographic characters in KOI8-R
        for a, b in (("—", "-"), ("–", "-"), ("«", '"'), ("»", '"'), ("№", "N")):
            text = text.replace(a, b)
    return MIMEText(text, sub, charset(cs, cte))


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs if cs != "koi8-r" else "koi8-r").encode()


def bounce(L):
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(text_part("""This is the mail system at host mx1.kotloservis-irtysh.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kozhin@kotloservis-irtysh.ru>: host mx1.kotloservis-irtysh.ru[local]
    said: 550 5.1.1 <kozhin@kotloservis-irtysh.ru>: Recipient address rejected:
    User unknown in virtual mailbox table
""", "plain", "us-ascii", "8bit"))
    from email.message import Message
    ds = MIMEBase("message", "delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.kotloservis-irtysh.ru"
    b1["Arrival-Date"] = "Thu, 12 Nov 2026 12:05:01 +0600"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; kozhin@kotloservis-irtysh.ru"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "x-unix; User unknown"
    ds.attach(b1)
    ds.attach(b2)
    m.attach(ds)
    orig = text_part("""Сергей, добрый день. По заявке 486555 код подъезда 61К2480, жилец будет дома после 9.
Диспетчерская ОМИС
""", "plain", "utf-8", "qp")
    orig["From"] = formataddr(DISPATCH, "utf-8")
    orig["To"] = "kozhin@kotloservis-irtysh.ru"
    orig["Subject"] = hdr("Заявка 486555 — код подъезда", "utf-8")
    orig["Date"] = "Thu, 12 Nov 2026 09:04:40 +0300"
    orig["Message-ID"] = "<omis-20261112090440.7713@zakazchik-omis.ru>"
    m.attach(MIMEMessage(orig))
    m["Auto-Submitted"] = "auto-replied"
    m["To"] = DISPATCH[1]
    return m


def mdn(L):
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(text_part("""Это уведомление о прочтении сообщения, отправленного вами по адресу n.golubeva@kotloservis-irtysh.ru.

Примечание. Уведомление о прочтении означает только то, что сообщение было открыто на компьютере получателя.
""", "plain", "utf-8", "qp"))
    dn = MIMEBase("message", "disposition-notification")
    dn.set_payload("""Reporting-UA: Mozilla Thunderbird
Final-Recipient: rfc822;n.golubeva@kotloservis-irtysh.ru
Original-Message-ID: <omis-20261113124510.8120@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
    m.attach(dn)
    return m


def cal(L):
    m = MIMEMultipart("alternative")
    m.attach(text_part("Голубева Наталья приняла приглашение на это собрание.\n", "plain", "utf-8", "b64"))
    ics = """BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Голубева Наталья:mailto:n.golubeva@kotloservis-irtysh.ru
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART;TZID=Russian Standard Time:20261119T100000
DTEND;TZID=Russian Standard Time:20261119T110000
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание с подрядчиками по отопительному сезону
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5
SEQUENCE:0
DTSTAMP:20261114T060000Z
END:VEVENT
END:VCALENDAR
"""
    c = text_part(ics, "calendar", "utf-8", "b64")
    c.set_param("method", "REPLY")
    m.attach(c)
    m["Content-Class"] = "urn:content-classes:calendarmessage"
    return m


def news(L):
    m = MIMEMultipart("alternative")
    txt = """КотлоСервис-Иртыш — сезонное предложение

Морозы близко! Закажите техническое обслуживание газового котла до 30.11.2026 и получите скидку 15%.
Запись: +7 (3812) 48-61-20 или на сайте kotloservis-irtysh.ru

Вы получили это письмо, потому что подписаны на новости компании. Отписаться: https://kotloservis-irtysh.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru
"""
    html = """<html><body style="font-family:Arial">
<h2>Морозы близко!</h2>
<p>Закажите техническое обслуживание газового котла до <b>30.11.2026</b> и получите скидку <b>15%</b>.</p>
<p>Запись: +7 (3812) 48-61-20</p>
<p style="font-size:10px;color:#888">Вы получили это письмо, потому что подписаны на новости компании.
<a href="https://kotloservis-irtysh.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru">Отписаться</a></p>
</body></html>"""
    m.attach(text_part(txt, "plain", "utf-8", "qp"))
    m.attach(text_part(html, "html", "utf-8", "qp"))
    m["Precedence"] = "bulk"
    m["List-Unsubscribe"] = "<https://kotloservis-irtysh.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"
    m["List-Id"] = "<news.kotloservis-irtysh.ru>"
    return m


MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.9", "The Bat! (v10.4.2) Professional"]


def build(i, L):
    sp = L["special"]
    if sp:
        m = {"bounce": bounce, "mdn": mdn, "cal": cal, "news": news}[sp](L)
    elif L["kind"] == "html":
        m = text_part(L["html"], "html", L["cs"], L["cte"])
    elif L["kind"] == "alt":
        m = MIMEMultipart("alternative")
        m.attach(text_part(L["body"], "plain", L["cs"], L["cte"]))
        m.attach(text_part(L["html"], "html", L["cs"], L["cte"]))
    else:
        m = text_part(L["body"], "plain", L["cs"], L["cte"])
    dt = datetime.strptime(L["date"] + " +0600", "%Y-%m-%d %H:%M %z")
    name, addr = PEOPLE[L["frm"]]
    hcs = L["cs"] if L["cs"] != "us-ascii" else "utf-8"
    m["From"] = formataddr((name, addr), hcs)
    if "To" not in m:
        m["To"] = formataddr(DISPATCH, hcs)
    m["Subject"] = hdr(L["subj"], hcs)
    m["Date"] = format_datetime(dt)
    h = hashlib.md5(f"{i}{L['date']}{L['subj']}".encode()).hexdigest()[:12]
    m["Message-ID"] = f"<{dt:%Y%m%d%H%M%S}.{h}@{DOM}>"
    if L["reply"]:
        ref = f"<omis-{dt:%Y%m%d}.{h[:6]}@zakazchik-omis.ru>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    if not sp or sp == "cal":
        m["X-Mailer"] = MAILERS[i % 3] if L["cs"] != "koi8-r" else MAILERS[2]
    for k, v in L["extra"].items():
        m[k] = v
    return m


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    order = sorted(letters, key=lambda x: x["date"])
    labels = {}
    for i, L in enumerate(order, 1):
        fn = f"{i:03d}.eml"
        with open(os.path.join(LET, fn), "wb") as fh:
            fh.write(build(i, L).as_bytes())
        labels[fn] = L["label"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    c = {}
    for v in labels.values():
        c[v["expect"]] = c.get(v["expect"], 0) + 1
    print(len(labels), c)


if __name__ == "__main__":
    main()
