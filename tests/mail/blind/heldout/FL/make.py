#!/usr/bin/env python3
"""Generator of test letters: office-furniture delivery & assembly contractor
ООО «МебельМонтаж Сервис» (mms-office.ru) -> dispatch@zakazchik-omis.ru.

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Only the standard `email` package is used to build the messages.
"""
import hashlib
import json
import os
import textwrap
from datetime import datetime, timedelta, timezone

import email.charset as ecs
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
from email import message_from_string
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
MSK = timezone(timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «МебельМонтаж Сервис»",
        "emails": [
            "logistika@mms-office.ru",
            "a.sokolov@mms-office.ru",
            "wa-bridge@mms-office.ru",
            "news@mms-office.ru",
            "postmaster@mms-office.ru",
            "kuzmin.sborka@gmail.com",
            "a.tereshenko.mebel@gmail.com",
            "valera.mebelshik@mail.ru",
            "rustam.dostavka77@yandex.ru",
        ],
        "domains": ["mms-office.ru"],
    },
    "requests": [
        {"number": "423118", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "БЦ «Северная башня», ул. Тестовская 10, 3 этаж. Доставка и сборка столов Bench "
                    "(заказ фабрики № Ф-77812). Поз.1 — каб. 305 (12 рабочих мест); поз.2 — каб. 307 "
                    "(8 мест); поз.3 — переговорная 3 этажа (стол переговоров + 10 кресел)."},
        {"number": "423240", "positions": ["1", "2"],
         "registered_at": "2026-11-03T14:00:00+03:00",
         "comment": "Склад-офис Подольск, ул. Правды 24. Поз.1 — 1 этаж, зона ресепшн (стойка ресепшн "
                    "арт. RS-1800); поз.2 — 2 этаж, open space (столы 24 шт.)."},
        {"number": "423377", "positions": ["1"],
         "registered_at": "2026-11-04T10:00:00+03:00",
         "comment": "Офис ул. Новослободская 23, 5 этаж, каб. 512. Шкафы архивные ША-2000 — 6 шт., "
                    "доставка и сборка."},
        {"number": "423501", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-06T11:00:00+03:00",
         "comment": "Головной офис, Пресненская наб. 12. Переезд отдела продаж. Поз.1 — 7 этаж (сборка "
                    "новой мебели); поз.2 — 8 этаж; поз.3 — 9 этаж; поз.4 — вывоз старой мебели с 7 этажа."},
        {"number": "423655", "positions": ["1", "2"],
         "registered_at": "2026-11-06T16:30:00+03:00",
         "comment": "Филиал Химки, Ленинградское ш. 1. Кресла руководителя (заказ фабрики № 45129). "
                    "Поз.1 — каб. 201 (6 кресел); поз.2 — каб. 210 (4 кресла)."},
        {"number": "423790", "positions": ["1"],
         "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Учебный центр, ул. Бауманская 7, конференц-зал. Сборка 40 столов-парт."},
        {"number": "424012", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-10T13:00:00+03:00",
         "comment": "БЦ «Орион», Варшавское ш. 35. Перегородки и тумбы. Поз.1 — каб. 101; поз.2 — "
                    "каб. 102; поз.3 — каб. 103."},
        {"number": "424236", "positions": ["1", "2"],
         "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "Склад ответственного хранения, г. Люберцы, Октябрьский пр-т 403. Поз.1 — кабинет "
                    "начальника склада (стол руководителя); поз.2 — раздевалка (шкафы-локеры 10 шт.)."},
        {"number": "424480", "positions": ["1", "2"],
         "registered_at": "2026-11-13T10:00:00+03:00",
         "comment": "Офис г. Мытищи, ул. Ленина 5 (заказ фабрики № Ф-78230). Поз.1 — 2 этаж, "
                    "бухгалтерия; поз.2 — 3 этаж, кабинет директора."},
        {"number": "424777", "positions": ["1"],
         "registered_at": "2026-11-14T15:00:00+03:00",
         "comment": "БЦ «Северная башня», ул. Тестовская 10. Замена повреждённой столешницы в "
                    "переговорной 4-го этажа."},
        {"number": "425003", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-17T09:30:00+03:00",
         "comment": "Административное здание, ул. Профсоюзная 56. Поз.1 — 1 этаж; поз.2 — 2 этаж; "
                    "поз.3 — подвал (архив, стеллажи)."},
        {"number": "425310", "positions": ["1", "2"],
         "registered_at": "2026-11-18T10:00:00+03:00",
         "comment": "Офис ул. Садовническая 82, стр. 2. Поз.1 — каб. 41; поз.2 — каб. 43. Столы и "
                    "тумбы."},
    ],
}

# ---------------------------------------------------------------- senders
SENDERS = {
    "olga": ("Ольга Гаврилова", "logistika@mms-office.ru"),
    "sokolov": ("Андрей Соколов", "a.sokolov@mms-office.ru"),
    "kuzmin": ("Дмитрий Кузьмин", "kuzmin.sborka@gmail.com"),
    "tersh": ("Алексей Терещенко", "a.tereshenko.mebel@gmail.com"),
    "valera": ("Валерий Петрович", "valera.mebelshik@mail.ru"),
    "rustam": ("Рустам Назаров", "rustam.dostavka77@yandex.ru"),
    "wa": ("WhatsApp | МебельМонтаж", "wa-bridge@mms-office.ru"),
    "news": ("МебельМонтаж Сервис", "news@mms-office.ru"),
    "postmaster": ("Mail Delivery System", "postmaster@mms-office.ru"),
}

SIG_OLGA = """
--
С уважением,
Ольга Гаврилова
логист-координатор
ООО «МебельМонтаж Сервис»
тел. +7 (495) 215-43-87, доб. 112
mms-office.ru"""

SIG_SOK = """
С уважением,
Андрей Соколов
Руководитель проектов
ООО «МебельМонтаж Сервис»
ИНН 7724381190 / КПП 772401001
моб. +7 916 402-18-55"""

SIG_VAL = """
--
Валерий Петрович
8-903-771-20-45"""

SIG_RUS = """
--
Отправлено из мобильной Яндекс Почты"""


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)


def cset(name, body):
    c = Charset(name)
    c.header_encoding = BASE64
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[body]
    return c


def text_part(text, subtype="plain", charset="utf-8", cte="b64"):
    if charset == "koi8-r":  # what The Bat! would have typed: no typographic dashes/quotes in KOI8-R
        for a, b in (("—", "-"), ("«", '"'), ("»", '"'), ("№", "N"), ("…", "...")):
            text = text.replace(a, b)
    text.encode(charset)  # fail loudly on anything the declared charset cannot hold
    return MIMEText(text, subtype, _charset=cset(charset, cte))


def html_of(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in para.split("\n")]
        out.append("<p>" + "<br>".join(lines) + "</p>")
    return "\n".join(out)


def mid(n, kind, domain):
    h = hashlib.sha1(f"fl-{n}-{kind}".encode()).hexdigest()
    if kind == "gmail":
        return f"<CAJ{h[:10]}+{h[10:30]}@mail.gmail.com>"
    if kind == "yandex":
        return f"<{int(h[:8], 16)}{n}@mail.yandex.ru>"
    if kind == "mailru":
        return f"<{h[:16]}.{n}@mail.ru>"
    if kind == "outlook":
        return f"<{h[:8].upper()}{h[8:16].upper()}$0{n}@mms-office.ru>"
    return f"<bx.{h[:20]}.{n}@{domain}>"


STYLE = {  # sender -> (charset, cte, layout, msgid kind, mailer)
    "olga": ("utf-8", "qp", "alt", "bitrix", "Bitrix24 Mail"),
    "sokolov": ("windows-1251", "qp", "plain", "outlook", "Microsoft Outlook 16.0"),
    "kuzmin": ("utf-8", "b64", "alt", "gmail", None),
    "tersh": ("utf-8", "b64", "plain", "gmail", None),
    "valera": ("koi8-r", "8bit", "plain", "mailru", "The Bat! (v9.4.3) Professional"),
    "rustam": ("utf-8", "8bit", "plain", "yandex", None),
    "wa": ("utf-8", "qp", "plain", "bitrix", "wa2mail bridge 2.3"),
    "news": ("utf-8", "b64", "html", "bitrix", "Bitrix24 Sender"),
    "postmaster": ("us-ascii", "8bit", "plain", "bitrix", None),
}

LETTERS = []


def L(date, who, subject, body, label, **kw):
    LETTERS.append(dict(date=date, who=who, subject=subject, body=body, label=label, **kw))


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


P, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
d = textwrap.dedent

# =============================================================== 423118
L("2026-11-02 11:40", "olga", "Заявка №423118 — принята в работу", d("""\
    Добрый день!

    Заявку №423118 (БЦ «Северная башня», Тестовская 10) получили, приняли в работу.
    Поставка по заказу фабрики № Ф-77812, плановая дата доставки и сборки — 05.11.2026, бригада Д. Кузьмина (3 чел.).
    Просьба заказать пропуск на машину: Газель Next, гос. номер Х417КМ750.
    """) + SIG_OLGA, D("423118", [], P, "accepted, whole request; plate and factory order are noise"))

L("2026-11-05 08:10", "kuzmin", "423118 выехали", d("""\
    Доброе утро. Машина загружена, выехали со склада в Подольске на Тестовскую, по навигатору будем к 10:00.
    Пропуск на Х417КМ750 заказан?
    """), D("423118", [], V, "left the warehouse for the site = on the way; question is secondary"))

L("2026-11-05 10:25", "kuzmin", "Re: 423118 выехали", d("""\
    Приехали, охрана пропустила, заносим на 3 этаж. Грузовой лифт работает.

    чт, 5 нояб. 2026 г. в 08:10, Дмитрий Кузьмин <kuzmin.sborka@gmail.com>:
    > Доброе утро. Машина загружена, выехали со склада в Подольске на Тестовскую, по навигатору будем к 10:00.
    > Пропуск на Х417КМ750 заказан?
    """), D("423118", [], M, "arrived; '3 этаж' is the floor of the whole job (all rooms are on 3rd floor), not position 3; stale Re subject"),
  reply=True)

L("2026-11-05 15:50", "tersh", "305", d("""\
    423118 кабинет 305 столы собрали 12 мест, упаковку вывезли. 307 и переговорку завтра с утра
    """), D("423118", ["1"], U, "room 305 = pos 1 per comment, finished; 307/meeting room only planned"))

L("2026-11-06 09:05", "wa", "WhatsApp: Дмитрий Кузьмин (Бригада 2)", d("""\
    Сообщение из группы «МебельМонтаж — объекты»

    [06.11.2026, 09:04] Дмитрий Кузьмин: 423118 на Тестовской с 8:50, начали 307-й, 8 мест

    —
    Пересылка WhatsApp → e-mail. Не отвечайте на это письмо, пишите на logistika@mms-office.ru
    """), D("423118", ["2"], M, "WhatsApp relay of the foreman's human report; room 307 = pos 2; on site"))

L("2026-11-06 17:30", "olga", "423118 — завершение работ", d("""\
    Добрый вечер!

    По заявке 423118 сегодня закончили вторую и третью позиции (каб. 307 и переговорная 3 этажа). Бригада в 17:05 уехала с объекта, упаковку и мусор вывезли.
    Акт выполненных работ №118/11 и УПД подготовим до понедельника.
    """) + SIG_OLGA, D("423118", ["2", "3"], U, "positions 2 and 3 finished, crew left; act number is noise"))

L("2026-11-09 11:00", "sokolov", "Счёт по заявке 423118", d("""\
    Добрый день.

    Направляю счёт №2231 от 09.11.2026 на сумму 184 500,00 руб. (в т.ч. НДС 20%) за доставку и сборку по заявке 423118.
    Оригиналы акта №118/11 и УПД отправим курьером. Просьба подтвердить получение.
    """) + SIG_SOK, R("invoice/paperwork only, no status"))

# =============================================================== 423240
L("2026-11-03 16:20", "sokolov", "RE: Заявка 423240 — Подольск, ресепшн и open space", d("""\
    Добрый день, Марина.

    Заявку принимаем в работу. Стойка ресепшн RS-1800 есть на складе, столы (24 шт.) ждём с фабрики по заказу №45101 — ориентировочно до 10.11.
    """) + SIG_SOK + d("""


    От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
    Отправлено: 3 ноября 2026 г. 14:05
    Кому: Андрей Соколов <a.sokolov@mms-office.ru>
    Тема: Заявка 423240 — Подольск, ресепшн и open space

    Добрый день!
    Направляем заявку 423240, склад-офис Подольск, ул. Правды 24.
    Поз.1 — ресепшн, 1 этаж; поз.2 — open space, 2 этаж.
    Просим подтвердить принятие.
    """), D("423240", [], P, "accepted; Outlook quote below holds the dispatcher's request"), reply=True)

L("2026-11-09 12:00", "sokolov", "423240 — столы пришли", d("""\
    Марина, добрый день.

    Фабрика доставила к нам на склад столы по заказу №45101 (24 шт., арт. СТ-1400-Б), приёмку сделали, брака нет.
    Дату выезда к вам согласуем с Ольгой, предварительно 10.11.
    """) + SIG_SOK, R("'доставили на склад' = goods arrived at OUR warehouse; no crew status; date is a plan"))

L("2026-11-10 07:45", "kuzmin", "Подольск", d("""\
    Добрый день. По 423240 едем, стойка и столы одной машиной, будем к 9:30.
    """), D("423240", [], V, "travelling now"))

L("2026-11-10 09:50", "kuzmin", "423240 поз1", d("""\
    ресепшн заносим, начали сборку стойки
    """), D("423240", ["1"], M, "position in subject 'поз1', work in progress"))

L("2026-11-10 13:10", "tersh", "Re: 423240 поз1", d("""\
    стойку сабрали, подсветку подключили, всё работает. П1 готово

    вт, 10 нояб. 2026 г., 09:50 Дмитрий Кузьмин <kuzmin.sborka@gmail.com>:

    > ресепшн заносим, начали сборку стойки
    """), D("423240", ["1"], U, "result 'собрали, всё работает' = position finished; quote says on site"), reply=True)

L("2026-11-10 18:40", "olga", "Fwd: 423240 2 этаж", d("""\
    Марина, добрый вечер. Пересылаю сообщение бригадира из WhatsApp, это по заявке 423240:

    «2 этаж закончили, 24 стола стоят, кабель-каналы закрыли, упаковку вывезли. Уехали в 18:20»
    — Д. Кузьмин, 18:22
    """) + SIG_OLGA, D("423240", ["2"], U, "forwarded crew report; 2 этаж = pos 2"))

# =============================================================== 423377
L("2026-11-04 12:00", "olga", "Re: Заявка 423377 — шкафы архивные, Новослободская 23", d("""\
    Приняли, ставим на четверг 12.11, с утра.

    Ольга

    04.11.2026 10:02, Диспетчерская ОМИС пишет:
    > Добрый день!
    > Направляем заявку 423377: доставка и сборка архивных шкафов ША-2000, 6 шт., каб. 512 (5 этаж).
    > Просим принять в работу и сообщить дату.
    """), D("423377", [], P, "short 'Приняли' on top of quoted request"), layout="plain", reply=True)

L("2026-11-12 07:30", "valera", "423377 выезд", d("""\
    Доброе утро.
    Выехал на Новослободскую по заявке 423377, шкафы в машине, к 8:30 буду.
    """) + SIG_VAL, D("423377", [], V, "KOI8-R; on the way"))

L("2026-11-12 08:55", "valera", "Re: 423377 выезд", d("""\
    Стою на разгрузке, ждём лифт уже 20 минут — грузовой занят, УК говорит до 9:30.
    Шкафы пока внизу, на первом этаже. Кому звонить в управляющую компанию?
    """) + SIG_VAL + d("""

    > Доброе утро.
    > Выехал на Новослободскую по заявке 423377, шкафы в машине, к 8:30 буду.
    """), D("423377", [], M, "crew is at the building unloading, waiting for the lift = on site; question secondary"),
  cte="qp", reply=True)

L("2026-11-12 13:20", "sokolov", "FW: 423377", d("""\
    Марина, пересылаю от сборщика.

    -----Original Message-----
    From: Валерий Петрович <valera.mebelshik@mail.ru>
    Sent: Thursday, November 12, 2026 1:05 PM
    To: a.sokolov@mms-office.ru
    Subject: 423377

    Андрей, шкафы 6 шт собраны, выставлены по уровню, ключи (12 шт) отдал секретарю под роспись. Я уехал.
    """) + SIG_SOK, D("423377", [], U, "Outlook forward of assembler's report: done, left"))

# =============================================================== 423501
L("2026-11-06 15:00", "sokolov", "RE: Заявка 423501 переезд отдела продаж", d("""\
    Добрый день.

    Заявку 423501 взяли. Предварительный график:
    7 этаж — 13.11
    8 этаж — 14.11
    9 этаж — 16.11
    вывоз старой мебели — 13.11, параллельно с 7 этажом.

    Для осмотра объекта в понедельник, 09.11, в 11:00 — приглашение получил, буду.
    """) + SIG_SOK, D("423501", [], P, "accepted with a schedule (plans per floor are not statuses)"), layout="alt", reply=True)

L("2026-11-06 16:00", "sokolov", "Принято: Осмотр объекта по заявке 423501 (Пресненская наб. 12)", None,
  I("calendar meeting response generated by Outlook; 'Принято' is not an acceptance of the request"),
  kind="calendar")

L("2026-11-12 16:00", "olga", "Re: Пропуска Пресненская 12 / 423501", d("""\
    Марина, спасибо, пропуска на 13.11 получили, список бригады сверили — всё совпадает.
    """) + SIG_OLGA, R("thanks for dispatcher's message, no status"))

L("2026-11-13 07:32", "wa", "WhatsApp: Дмитрий Кузьмин (Бригада 2)", d("""\
    Сообщение из группы «МебельМонтаж — объекты»

    [13.11.2026, 07:31] Дмитрий Кузьмин: 423501 выехали на Пресненскую, две машины, в 8:30 будем

    —
    Пересылка WhatsApp → e-mail. Не отвечайте на это письмо, пишите на logistika@mms-office.ru
    """), D("423501", [], V, "relay of foreman: left for the site"))

L("2026-11-13 08:50", "kuzmin", "СРОЧНО 423501 охрана", d("""\
    Стоим на Пресненской наб. 12 у шлагбаума, охрана не пускает — говорят, нас нет в списках, пропуска на другую дату.
    Разберитесь пожалуйста, машины стоят, простой.
    """), R("complaint: security won't let the crew in; work not started; needs action, not a status record"))

L("2026-11-13 09:40", "kuzmin", "Re: СРОЧНО 423501 охрана", d("""\
    Пустили, спасибо. Заносим на 7 этаж.

    пт, 13 нояб. 2026 г. в 08:50, Дмитрий Кузьмин <kuzmin.sborka@gmail.com>:
    > Стоим на Пресненской наб. 12 у шлагбаума, охрана не пускает — говорят, нас нет в списках, пропуска на другую дату.
    > Разберитесь пожалуйста, машины стоят, простой.
    """), D("423501", ["1"], M, "let in, carrying to 7th floor = pos 1; quote is the old complaint"), reply=True)

L("2026-11-13 18:00", "olga", "Статус по заявке 423501 на 13.11", None,
  D("423501", ["1", "4"], U, "HTML-only table, both rows finished"), kind="html_table")

L("2026-11-13 18:30", "olga", "Итоги дня 13.11", d("""\
    Марина, итоги за сегодня:

    424012 — п.2, п.3 закрыли, бригада уехала.
    423501 — 7 этаж и вывоз старой мебели закрыли. Завтра 8 этаж.
    """) + SIG_OLGA, R("two different requests in one letter"))

L("2026-11-14 08:15", "tersh", "423501", "8 этаж н\u0061ч\u0061ли, нас 4 человека\n",
  D("423501", ["2"], M, "Latin 'a' inside 'начали'; 8 этаж = pos 2"))

L("2026-11-14 19:30", "tersh", "Re: 423501", d("""\
    8 этаж всё собрали уехали

    сб, 14 нояб. 2026 г., 08:15 Алексей Терещенко <a.tereshenko.mebel@gmail.com>:

    > 8 этаж н\u0061ч\u0061ли, нас 4 человека
    """), D("423501", ["2"], U, "8th floor done, left"), reply=True)

L("2026-11-16 07:40", "kuzmin", "423501 9 этаж", d("""\
    Выезжаем к вам на 9-й этаж, будем к 9.
    """), D("423501", ["3"], V, "leaving now for the site; 9 этаж = pos 3 (floor number != position number)"))

L("2026-11-16 16:10", "kuzmin", "Re: 423501 9 этаж", d("""\
    9-й закончили, уезжаем. По 8-му привезём 2 тумбы в среду, фабрика допоставит.

    пн, 16 нояб. 2026 г. в 07:40, Дмитрий Кузьмин <kuzmin.sborka@gmail.com>:
    > Выезжаем к вам на 9-й этаж, будем к 9.
    """), D("423501", ["3"], U, "9th floor finished; 8th floor is only a plan"), reply=True)

# =============================================================== 423655
L("2026-11-06 17:45", "olga", "Заявка 423655 — принята", d("""\
    Добрый вечер!

    Заявка 423655 принята. Кресла по заказу фабрики №45129 (арт. KR-Boss-07, 10 шт.) ожидаем 11.11, доставим в Химки в тот же день.
    """) + SIG_OLGA, D("423655", [], P, "accepted; factory order and article are noise"))

L("2026-11-11 10:30", "olga", "423655 перенос доставки", d("""\
    Марина, добрый день.

    По 423655: фабрика сдвинула отгрузку по заказу №45129 на 17.11. Доставку и сборку переносим на 17.11, с утра. Извините за задержку.
    """) + SIG_OLGA, R("postponement, plan only"))

L("2026-11-17 08:40", "rustam", "423655", d("""\
    Едем в Химки, кресла 10 шт в машине. Будем минут через 40.
    """) + SIG_RUS, D("423655", [], V, "travelling now"))

L("2026-11-17 10:00", "rustam", "Re: 423655", d("""\
    Выгрузились, несём в 201 и 210.

    17.11.2026, 08:40, "Рустам Назаров" <rustam.dostavka77@yandex.ru>:
    > Едем в Химки, кресла 10 шт в машине. Будем минут через 40.
    """) + SIG_RUS, D("423655", ["1", "2"], M, "unloaded at site, rooms 201/210 = pos 1/2"), reply=True)

L("2026-11-17 12:35", "rustam", "Fwd: Химки кресла", d("""\
    Для диспетчера по 423655.

    -------- Пересылаемое сообщение --------
    17.11.2026, 12:24, "Дмитрий Кузьмин" <kuzmin.sborka@gmail.com>:

    Рустам, в 201 кресла 6 шт собраны, в 210 — 4 шт собраны, упаковку закинули тебе в машину. Мы уехали.

    -------- Конец пересылаемого сообщения --------
    """) + SIG_RUS, D("423655", ["1", "2"], U, "Yandex-style forward of the foreman's report: both rooms done, left"))

# =============================================================== 423790
L("2026-11-09 10:00", "sokolov", "Заявка № 423790 — принята", d("""\
    Добрый день.

    Принимаем в работу заявку № 423790 (учебный центр, Бауманская 7, 40 столов-парт).
    Выезд — 11.11, ориентировочно к 9:00.
    """) + SIG_SOK, D("423790", [], P, "accepted"))

L("2026-11-11 08:20", "kuzmin", "Бауманская 7 (423790)", d("""\
    Едем, на Садовом пробка, будем минут через 40.
    """), D("423790", [], V, "number in brackets after address; on the way"))

L("2026-11-11 09:20", "sokolov", "RE: парты", d("""\
    Марина, прибытие бригады — 09:05, начали распаковку в конференц-зале.
    """) + SIG_SOK + d("""


    От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
    Отправлено: 10 ноября 2026 г. 17:40
    Кому: Андрей Соколов <a.sokolov@mms-office.ru>
    Тема: Заявка 423790 — время прибытия

    Андрей, добрый вечер. Подскажите, во сколько завтра будет бригада на Бауманской?
    """), D("423790", [], M, "number only in quoted Outlook header 'Тема:'; noun 'прибытие' with time"), reply=True)

L("2026-11-11 14:00", "tersh", "423790", "П\u0041РТЫ СОБР\u0041ЛИ 40 ШТ, ВСЁ ГОТОВО, ЗАВХОЗ ПРИНЯЛ\n",
  D("423790", [], U, "caps with Latin A inside Cyrillic words; result = finished"))

# =============================================================== 424012
L("2026-11-10 15:40", "olga", "Обращение #424012", d("""\
    Добрый день!

    Обращение #424012 принято, бригада будет в четверг 12.11 с 9:00. Перегородки и тумбы на складе, всё в комплекте.
    """) + SIG_OLGA, D("424012", [], P, "accepted"))

L("2026-11-12 08:20", "kuzmin", "424012-1", "выехали, начнём со 101-го\n",
  D("424012", ["1"], V, "position after dash in subject; 101 = pos 1"))

L("2026-11-12 09:30", "kuzmin", "424012 (1)", "на объекте, Варшавка 35, 101 каб. начали\n",
  D("424012", ["1"], M, "position in brackets; address number 35 is noise"))

L("2026-11-12 15:00", "tersh", "424012", "101 закончили. в 102 сейчас ставим перегородки, 103 завтра\n",
  R("different statuses for different positions (pos1 finished, pos2 on site)"))

L("2026-11-13 16:00", "valera", "Заявка 424012", d("""\
    Добрый день.
    По заявке 424012 п.2 и п.3 работы завершены, тумбы на колёсах расставлены, претензий у арендатора нет. Уехали в 15:40.
    """) + SIG_VAL, D("424012", ["2", "3"], U, "KOI8-R; п.2 и п.3 finished"), cte="qp")

L("2026-11-13 16:20", "tersh", "424021", "424021 - 103 каб. готово фото скинул в вотсап\n",
  R("number 424021 is not in the registry (probably a typo of 424012, but cannot be confirmed)"))

# =============================================================== 424236
L("2026-11-12 11:00", "olga", "По заявке #424236", d("""\
    Добрый день!

    По заявке #424236 подтверждаем — взяли в работу. Выезд в понедельник 16.11, локеры (10 шт.) и стол руководителя СР-1600 отгрузим одной машиной.
    """) + SIG_OLGA, D("424236", [], P, "accepted"))

L("2026-11-16 07:50", "rustam", "424236", d("""\
    Машина загружена: локеры 10 шт., стол руководителя СР-1600, кресло. Ждём второго сборщика.
    """) + SIG_RUS, R("truck loaded, still waiting at our warehouse: not yet on the way"))

L("2026-11-16 08:05", "rustam", "Re: 424236", d("""\
    Выехали на Люберцы.

    16.11.2026, 07:50, "Рустам Назаров" <rustam.dostavka77@yandex.ru>:
    > Машина загружена: локеры 10 шт., стол руководителя СР-1600, кресло. Ждём второго сборщика.
    """) + SIG_RUS, D("424236", [], V, "left for the site"), reply=True)

L("2026-11-16 09:20", "rustam", "424236 прибыли", d("""\
    Приехали на склад в Люберцах, разгружаемся.
    """) + SIG_RUS, D("424236", [], M, "the site itself is a warehouse (per comment): arrived = on site"))

L("2026-11-16 11:45", "kuzmin", "424236 итог", d("""\
    поз2 локеры собраны 10 шт, ключи у кладовщика.
    поз1 — стол не подошёл по размеру проёма, приедем повторно когда фабрика заменит.
    """), D("424236", ["2"], U, "pos 2 finished; pos 1 not done, only a plan"))

L("2026-11-19 10:00", "kuzmin", "424236 поз.1 вопрос", d("""\
    Какой размер стола в итоге нужен — 1600 или 1400? Фабрика ждёт ответ до пятницы.
    """), R("question only"))

# =============================================================== 424480
L("2026-11-13 12:30", "sokolov", "Заявка 424480 — принята", d("""\
    Добрый день.

    Заявка 424480 принята в работу. Заказ фабрики №Ф-78230, отгрузка с фабрики 16.11, монтаж 17.11.
    """) + SIG_SOK, D("424480", [], P, "accepted"))

L("2026-11-13 14:00", "sokolov", "Прочитано: Заявка 424480 — контакты на объекте", None,
  I("read receipt (MDN)"), kind="mdn")

L("2026-11-17 08:45", "olga", "424480", d("""\
    Марина, доброе утро.

    По Мытищам ещё не выехали — ждём вторую машину, задерживается на погрузке. Как выедут — напишу.
    """) + SIG_OLGA, R("negation: not yet left"))

L("2026-11-17 09:40", "kuzmin", "424480 выехали", "выехали, в 10:30 будем в Мытищах\n",
  D("424480", [], V, "on the way"))

L("2026-11-17 10:50", "kuzmin", "424480", d("""\
    Занесли на 3 этаж, начинаем с кабинета директора. Бухгалтерия после обеда.
    """), D("424480", ["2"], M, "3 этаж / кабинет директора = pos 2 (there is no pos 3); бухгалтерия planned"))

L("2026-11-17 17:10", "olga", "Fwd: Мытищи", d("""\
    Марина, пересылаю отчёт сборщика по 424480.

    ---------- Forwarded message ---------
    От: Алексей Терещенко <a.tereshenko.mebel@gmail.com>
    Date: вт, 17 нояб. 2026 г. в 16:58
    Subject: Мытищи
    To: <logistika@mms-office.ru>

    бухгалтерия 2 этаж готово, директор 3 этаж тоже. уехали
    """) + SIG_OLGA, D("424480", ["1", "2"], U, "forwarded report: both positions done"))

# =============================================================== 424777
L("2026-11-16 09:30", "olga", "Re: Заявка 424777", d("""\
    Принято. Столешницу 1800×900, дуб сонома, заказали на фабрике (заказ №45377), срок 5 рабочих дней. Замену сделаем сразу после поступления.

    > Добрый день! Заявка 424777: замена повреждённой столешницы в переговорной 4 этажа, Тестовская 10.
    > Просим принять и сообщить сроки.
    """) + SIG_OLGA, D("424777", [], P, "accepted; 1800x900 and order number are noise"), reply=True)

L("2026-11-18 10:12", "postmaster", "Undelivered Mail Returned to Sender", None,
  I("bounce (delivery status notification)"), kind="bounce")

L("2026-11-23 08:30", "valera", "наряд 424777", d("""\
    По наряду 424777 выезжаю на Тестовскую, столешница в машине.
    """) + SIG_VAL, D("424777", [], V, "'выезжаю на' = on the way"))

L("2026-11-23 11:10", "valera", "Re: наряд 424777", d("""\
    Столешницу заменил, старую забрал. Бригада освободилась.
    """) + SIG_VAL + d("""

    > По наряду 424777 выезжаю на Тестовскую, столешница в машине.
    """), D("424777", [], U, "result + 'бригада освободилась'"), reply=True)

# =============================================================== 425003
L("2026-11-17 11:00", "olga", "Заявка 425003", None,
  D("425003", [], P, "HTML-only acceptance"), kind="html_accept")

L("2026-11-18 08:10", "kuzmin", "выехали", "Выехали, будем в 10. Бригада 3 человека.\n",
  R("no request number at all"))

L("2026-11-19 08:00", "wa", "WhatsApp: Дмитрий Кузьмин (Бригада 2)", d("""\
    Сообщение из группы «МебельМонтаж — объекты»

    [19.11.2026, 07:58] Дмитрий Кузьмин: 425003 едем, 2 машины, в 9 будем на Профсоюзной

    —
    Пересылка WhatsApp → e-mail. Не отвечайте на это письмо, пишите на logistika@mms-office.ru
    """), D("425003", [], V, "relay: on the way; address number 56 not present"))

L("2026-11-19 09:15", "kuzmin", "425003", "Прибыли, разгружаемся. Начнём с подвала.\n",
  D("425003", [], M, "arrived, whole request; подвал only as a plan of where to start"))

L("2026-11-19 13:00", "tersh", "425003 подвал", "подвал архив стелажи собрали 1 этаж тоже готов\n",
  D("425003", ["1", "3"], U, "подвал = pos 3, 1 этаж = pos 1, both done"))

L("2026-11-19 18:00", "olga", "425003 поз.2", d("""\
    Марина, по 2 этажу: ждём лифт — грузовой отключили на ТО до завтра. Перенесли на 20.11, 10:00.
    """) + SIG_OLGA, R("waiting for lift, postponed: plan only"))

L("2026-11-20 15:00", "kuzmin", "Re: 425003 поз.2", d("""\
    2 этаж сдали, уехали.

    чт, 19 нояб. 2026 г. в 18:00, Ольга Гаврилова <logistika@mms-office.ru>:
    > Марина, по 2 этажу: ждём лифт — грузовой отключили на ТО до завтра. Перенесли на 20.11, 10:00.
    """), D("425003", ["2"], U, "2nd floor handed over, left; quote is the plan"), reply=True)

# =============================================================== 425310
L("2026-11-18 12:00", "sokolov", "Заявка 425310", d("""\
    Добрый день.

    Заявку 425310 принимаем. Доставка и сборка — вторник 24.11, с 9:00. Контакт на объекте прошу прислать.
    """) + SIG_SOK, D("425310", [], P, "accepted; INN/KPP/phone in signature are noise"))

L("2026-11-20 09:15", "sokolov", "Автоматический ответ: Заявка 425310 — контакт на объекте", d("""\
    Добрый день!
    Я в командировке до 23.11 включительно, доступ к почте ограничен.
    По срочным вопросам: Ольга Гаврилова, logistika@mms-office.ru, +7 (495) 215-43-87 доб. 112.
    """), I("Outlook out-of-office auto-reply"), kind="ooo_outlook")

L("2026-11-24 08:40", "rustam", "425310", d("""\
    Выехали со склада на Садовническую, через час будем.
    """) + SIG_RUS, D("425310", [], V, "left FROM the warehouse TO the site = on the way"))

L("2026-11-24 09:02", "olga", "Автоответ: Re: 425310", d("""\
    Здравствуйте!
    Я в отпуске с 24.11 по 04.12. Ваше письмо получено, но будет прочитано после возвращения.
    По заявкам в работе: Андрей Соколов, a.sokolov@mms-office.ru.
    """), I("Bitrix24 out-of-office auto-reply"), kind="ooo_bitrix")

L("2026-11-24 10:05", "rustam", "Re: 425310", d("""\
    На объекте, каб. 41 и 43 открыли, заносим.

    24.11.2026, 08:40, "Рустам Назаров" <rustam.dostavka77@yandex.ru>:
    > Выехали со склада на Садовническую, через час будем.
    """) + SIG_RUS, D("425310", ["1", "2"], M, "on site; rooms 41/43 = pos 1/2"), reply=True)

L("2026-11-24 12:30", "rustam", "425310 готово", d("""\
    П1, П2 — готово. Выехали с объекта в 12:10, едем на следующий адрес.
    """) + SIG_RUS, D("425310", ["1", "2"], U, "left FROM the site = departed; 'едем на следующий адрес' is another job"))

# =============================================================== bulk
L("2026-11-25 11:00", "news", "Скидка 15% на сборку мебели до конца декабря", None,
  I("marketing mailing list"), kind="news")


# ---------------------------------------------------------------- builders
def build(n, spec):
    who = spec["who"]
    charset, cte, layout, mkind, mailer = STYLE[who]
    cte = spec.get("cte", cte)
    layout = spec.get("layout", layout)
    kind = spec.get("kind", "normal")
    date = dt(spec["date"])
    body = spec["body"]

    if kind == "calendar":
        msg = MIMEMultipart("alternative")
        msg.attach(text_part("Андрей Соколов принял это приглашение.\n", "plain", "utf-8", "qp"))
        ics = d("""\
            BEGIN:VCALENDAR
            METHOD:REPLY
            PRODID:Microsoft Exchange Server 2016
            VERSION:2.0
            BEGIN:VEVENT
            ATTENDEE;PARTSTAT=ACCEPTED;CN=Андрей Соколов:mailto:a.sokolov@mms-office.ru
            ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
            SUMMARY;LANGUAGE=ru-RU:Принято: Осмотр объекта по заявке 423501 (Пресненская наб. 12)
            DTSTART;TZID=Russian Standard Time:20261109T110000
            DTEND;TZID=Russian Standard Time:20261109T120000
            UID:040000008200E00074C5B7101A82E008000000000D2B1F3C9A4BDC01
            DTSTAMP:20261106T130000Z
            END:VEVENT
            END:VCALENDAR
            """).replace("\n", "\r\n")
        cal = text_part(ics, "calendar", "utf-8", "b64")
        cal.set_param("method", "REPLY")
        msg.attach(cal)
        charset = "utf-8"
    elif kind == "mdn":
        msg = MIMEMultipart("report", report_type="disposition-notification")
        msg.attach(text_part(d("""\
            Ваше сообщение

              Кому: Андрей Соколов
              Тема: Заявка 424480 — контакты на объекте
              Отправлено: 13.11.2026 13:20

            было прочитано 13.11.2026 14:00.
            """), "plain", "windows-1251", "qp"))
        mdn = MIMEBase("message", "disposition-notification")
        mdn.set_payload(d("""\
            Reporting-UA: Microsoft Outlook 16.0
            Final-Recipient: rfc822;a.sokolov@mms-office.ru
            Original-Message-ID: <f31c0a77d2@zakazchik-omis.ru>
            Disposition: manual-action/MDN-sent-manually; displayed
            """))
        msg.attach(mdn)
        charset = "windows-1251"
    elif kind == "bounce":
        msg = MIMEMultipart("report", report_type="delivery-status")
        msg.attach(text_part(d("""\
            This is the mail system at host mx1.mms-office.ru.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <i.volkov@mms-office.ru>: host mx1.mms-office.ru[local] said: 550 5.1.1
                User unknown in virtual mailbox table
            """), "plain", "us-ascii", "8bit"))
        ds = MIMEBase("message", "delivery-status")
        ds.set_payload([
            message_from_string("Reporting-MTA: dns; mx1.mms-office.ru\nArrival-Date: Wed, 18 Nov 2026 10:12:03 +0300\n"),
            message_from_string("Final-Recipient: rfc822; i.volkov@mms-office.ru\nAction: failed\n"
                                "Status: 5.1.1\nDiagnostic-Code: x-unix; user unknown\n"),
        ])
        msg.attach(ds)
        orig = MIMEText(d("""\
            Добрый день!
            Уточните, пожалуйста, срок поставки столешницы по заявке 424777.
            Диспетчерская ОМИС, тел. +7 (495) 640-11-20
            """), "plain", "utf-8")
        orig["From"] = formataddr(DISPATCH, charset="utf-8")
        orig["To"] = "i.volkov@mms-office.ru"
        orig["Subject"] = Header("Заявка 424777 — уточнение по столешнице", "utf-8").encode()
        orig["Date"] = "Wed, 18 Nov 2026 10:11:58 +0300"
        orig["Message-ID"] = "<9ad1e0c4.424777@zakazchik-omis.ru>"
        msg.attach(MIMEMessage(orig))
        charset = "us-ascii"
    elif kind == "html_table":
        html = d("""\
            <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
            <p>Марина, добрый вечер!</p>
            <p>Статус работ по заявке <b>423501</b> (Пресненская наб. 12) на 13.11.2026:</p>
            <table border="1" cellpadding="4" cellspacing="0">
            <tr><th>Поз.</th><th>Участок</th><th>Что сделано</th><th>Время</th></tr>
            <tr><td>1</td><td>7 этаж</td><td>мебель собрана, бригада уехала с объекта</td><td>17:20</td></tr>
            <tr><td>4</td><td>вывоз старой мебели с 7 этажа</td><td>вывезено полностью (2 рейса, 18 м³)</td><td>16:45</td></tr>
            </table>
            <p>8 этаж — завтра, 14.11, с 8:00.</p>
            <p>--<br>С уважением,<br>Ольга Гаврилова<br>логист-координатор<br>ООО «МебельМонтаж Сервис»<br>тел. +7 (495) 215-43-87, доб. 112</p>
            </body></html>
            """)
        msg = text_part(html, "html", "utf-8", "b64")
    elif kind == "html_accept":
        html = d("""\
            <html><body>
            <div>Добрый день!</div>
            <div><br></div>
            <div>Заявка <b>425003</b> (Профсоюзная 56) принята в работу.</div>
            <div>Монтаж планируем на 19.11: 1 этаж, 2 этаж, архив в подвале. Стеллажи СТА-2000 — 14 шт.</div>
            <div><br></div>
            <div>--<br>Ольга Гаврилова, логист-координатор<br>ООО «МебельМонтаж Сервис»<br>+7 (495) 215-43-87 доб. 112</div>
            </body></html>
            """)
        msg = text_part(html, "html", "utf-8", "qp")
    elif kind == "news":
        html = d("""\
            <html><body>
            <h2>Скидка 15% на сборку офисной мебели</h2>
            <p>Уважаемые клиенты! До 31.12.2026 при заказе сборки от 20 рабочих мест — скидка 15%.
            Вывоз упаковки и старой мебели — бесплатно.</p>
            <p>Оставить заявку: +7 (495) 215-43-87 или на сайте mms-office.ru</p>
            <p style="font-size:11px;color:#888">Вы получили это письмо, так как являетесь клиентом ООО «МебельМонтаж Сервис».
            <a href="https://mms-office.ru/unsubscribe?u=7731">Отписаться от рассылки</a></p>
            </body></html>
            """)
        msg = text_part(html, "html", "utf-8", "b64")
    elif kind in ("ooo_outlook", "ooo_bitrix"):
        msg = text_part(body, "plain", charset, cte)
    else:
        if layout == "alt":
            msg = MIMEMultipart("alternative")
            msg.attach(text_part(body, "plain", charset, cte))
            if who == "kuzmin":
                h = '<div dir="ltr">' + html_of(body).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>"
            else:
                h = "<html><body>" + html_of(body) + "</body></html>"
            msg.attach(text_part(h, "html", charset, "b64"))
        else:
            msg = text_part(body, "plain", charset, cte)

    hcs = "utf-8" if charset in ("us-ascii",) else charset
    msg["From"] = formataddr(SENDERS[who], charset=hcs)
    msg["To"] = formataddr(DISPATCH, charset=hcs)
    if who in ("tersh", "kuzmin") and kind == "normal" and spec["date"] > "2026-11-05":
        msg["Cc"] = formataddr(SENDERS["olga"], charset="utf-8")
    msg["Subject"] = Header(spec["subject"], hcs, header_name="Subject") if hcs != "us-ascii" else spec["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid(n, mkind, "mms-office.ru")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if mailer:
        msg["X-Mailer"] = mailer
    if spec.get("reply"):
        msg["In-Reply-To"] = f"<prev.{n}@zakazchik-omis.ru>"
    if kind in ("ooo_outlook", "ooo_bitrix"):
        msg["Auto-Submitted"] = "auto-replied"
        if kind == "ooo_outlook":
            msg["X-Auto-Response-Suppress"] = "All"
        else:
            msg["X-Autoreply"] = "yes"
            msg["Precedence"] = "auto_reply"
    if kind == "mdn":
        pass
    if kind == "bounce":
        msg["Auto-Submitted"] = "auto-replied"
    if kind == "news":
        msg["Precedence"] = "bulk"
        msg["List-Unsubscribe"] = "<https://mms-office.ru/unsubscribe?u=7731>, <mailto:unsubscribe@mms-office.ru>"
        msg["List-Id"] = "Новости МебельМонтаж <news.mms-office.ru>"
    if kind == "calendar":
        msg["Content-Class"] = "urn:content-classes:calendarmessage"
    return msg


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    letters = sorted(LETTERS, key=lambda s: s["date"])
    labels = {}
    for i, spec in enumerate(letters, 1):
        name = f"{i:03d}.eml"
        msg = build(i, spec)
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[name] = spec["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(letters), "letters")


if __name__ == "__main__":
    main()
