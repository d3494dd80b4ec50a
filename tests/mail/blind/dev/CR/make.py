#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «ЗарядкаСервис» (Казань).

Standard library only. Run:  python3 make.py
Writes letters/NNN.eml, labels.json, registry.json next to this script.
"""
import json
import zlib
import os
import shutil
from datetime import datetime, timezone, timedelta
from email.charset import Charset, BASE64, QP, SHORTEST
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import message_from_string
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=3))

DISPATCH = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")

S = {
    "ilnur": ("Ильнур Закиров", "ilnur.zakirov@zaryadka-service.ru"),
    "ilnur_mail": ("Ильнур", "zakirov.ilnur@mail.ru"),
    "timur": ("Тимур Хасанов", "t.khasanov@zaryadka-service.ru"),
    "aidar": ("Aidar Valiev", "a.valiev@zaryadka-service.ru"),
    "ruslan": ("Руслан Габдуллин", "r.gabdullin@zaryadka-service.ru"),
    "dina": ("Дина Сафина", "office@zaryadka-service.ru"),
    "bot": ("ZS-Tickets", "noreply@zaryadka-service.ru"),
    "news": ("ЗарядкаСервис", "news@zaryadka-service.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@mx.zaryadka-service.ru"),
}

UA = {
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "mailru": ("X-Mailer", "Mail.Ru Mailer 1.0"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "android": ("X-Mailer", "K-9 Mail for Android"),
    "gmailapp": ("X-Mailer", "Gmail for Android"),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «ЗарядкаСервис»",
        "emails": [S[k][1] for k in S],
        "domains": ["zaryadka-service.ru", "mx.zaryadka-service.ru"],
    },
    "requests": [
        {"number": "945112", "positions": ["1", "2"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "ЭЗС-1, ЭЗС-2, пр. Победы 141, парковка ТЦ «Мега»: не стартует зарядка через CCS2"},
        {"number": "945387", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T08:00:00+03:00",
         "comment": "станции 1–3, ул. Ямашева 97: плановое ТО + прошивка"},
        {"number": "945764", "positions": ["1"], "registered_at": "2026-11-04T14:25:00+03:00",
         "comment": "ЭЗС-1, ул. Баумана 44: ошибка E-401"},
        {"number": "946112", "positions": ["1", "2"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "ЭЗС-1, ЭЗС-2, парковка «Казань Арена»: обновление прошивки до v2.3.11"},
        {"number": "946540", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T08:30:00+03:00",
         "comment": "доки электросамокатов №1–4, ст. метро «Козья слобода»: не фиксируют самокаты"},
        {"number": "946901", "positions": ["1"], "registered_at": "2026-11-09T11:40:00+03:00",
         "comment": "док №1, Кремлёвская набережная: не фиксирует самокаты"},
        {"number": "947033", "positions": ["1", "2"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "станции 1 и 2, ул. Чистопольская 20: не работает CHAdeMO"},
        {"number": "947258", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T08:15:00+03:00",
         "comment": "ЭЗС-1..3, Деревня Универсиады: замена кабелей Type 2"},
        {"number": "947710", "positions": ["1"], "registered_at": "2026-11-12T13:00:00+03:00",
         "comment": "быстрая станция 150 кВт, ул. Горьковское шоссе (Горки): силовой модуль"},
        {"number": "948025", "positions": ["1", "2"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "доки №1, №2, парк им. Горького"},
        {"number": "948466", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T10:30:00+03:00",
         "comment": "ЭЗС-1..3, аэропорт Казань, парковка P2"},
        {"number": "949130", "positions": ["1"], "registered_at": "2026-11-19T09:20:00+03:00",
         "comment": "ЭЗС-1, ул. Кремлёвская (у КФУ): повреждение корпуса после ДТП"},
        {"number": "949502", "positions": ["1", "2"], "registered_at": "2026-11-23T08:40:00+03:00",
         "comment": "доки №1–2, ул. Петербургская 52"},
    ],
}

# ---------------------------------------------------------------- helpers

def cs(name, body=BASE64, header=BASE64):
    c = Charset(name)
    c.body_encoding = body
    c.header_encoding = header
    return c


KOI_FIX = {"№": "N", "«": '"', "»": '"', "—": "-", "–": "-", "\u00a0": " "}


def fit(s, charset):
    """What a client would actually be able to put into this charset (KOI8-R has no №, «», dashes)."""
    if s and charset.lower() == "koi8-r":
        for a, b in KOI_FIX.items():
            s = s.replace(a, b)
    return s


def text(body, charset="utf-8", cte="base64", subtype="plain"):
    body = fit(body, charset)
    enc = {"base64": BASE64, "qp": QP, "8bit": None}[cte]
    return MIMEText(body, subtype, cs(charset, enc))


def quote(body, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in body.split("\n"))


def tb_intro(dt, who):
    return f"{dt}, {who} пишет:"


def outlook_block(frm, sent, to, subject, body):
    return (f"От: {frm}\nОтправлено: {sent}\nКому: {to}\nТема: {subject}\n\n{body}")


DISP_SIG = "--\nОльга Смирнова\nдиспетчер ОМИС\n+7 (843) 200-15-15"

letters = []


DEFAULT_CTE = {"iphone": "qp", "android": "8bit", "mailru": "base64", "outlook": "qp",
               "thunderbird": "8bit", "gmailapp": "base64", None: "base64"}
DEFAULT_HENC = {"iphone": QP, "android": BASE64, "mailru": BASE64}


def L(date, who, subject, body=None, label=None, *, charset="utf-8", cte=None,
      hcharset=None, henc=None, html=None, alt=False, ua=None, extra=(),
      reply_to_disp=None, msg=None, to=None):
    """Register one letter. body: text/plain; html: text/html (html-only if body None)."""
    cte = cte or DEFAULT_CTE[ua]
    henc = henc or DEFAULT_HENC.get(ua, BASE64)
    letters.append(dict(date=date, who=who, subject=subject, body=body, label=label,
                        charset=charset, cte=cte, hcharset=hcharset or charset, henc=henc,
                        html=html, alt=alt, ua=ua, extra=list(extra),
                        reply_to_disp=reply_to_disp, msg=msg, to=to))


def dec(req, pos, status, note):
    assert status in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


# ================================================================ letters
# ---- 945112: ЭЗС-1, ЭЗС-2 ТЦ «Мега»
ORIG_945112 = ("Добрый день.\n\nНаправляем заявку № 945112.\nАдрес: пр. Победы, 141, парковка ТЦ «Мега».\n"
               "Позиции: 1 — ЭЗС-1, 2 — ЭЗС-2.\nНеисправность: не начинается зарядка через разъём CCS2.\n"
               "Прошу подтвердить принятие заявки.\n\n" + DISP_SIG)
L("2026-11-02 09:32", "dina", "RE: Заявка 945112 — ЭЗС-1, ЭЗС-2, ТЦ Мега",
  "Добрый день!\n\nЗаявку приняли, бригада подъедет сегодня после обеда 🙂\n\n"
  "Дина Сафина\nофис-менеджер ООО «ЗарядкаСервис»\n+7 (843) 212-45-67\n\n"
  + outlook_block("Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>",
                  "2 ноября 2026 г. 9:10", "office@zaryadka-service.ru",
                  "Заявка 945112 — ЭЗС-1, ЭЗС-2, ТЦ Мега", ORIG_945112),
  dec("945112", [], "заявка принята", "office confirms acceptance; 'после обеда' is only the plan for travel"),
  cte="qp", ua="outlook", reply_to_disp="945112")

L("2026-11-02 13:05", "ilnur", "945112",
  "выдвигаемся на мегу 🚐\nETA 25 мин\n\nИльнур",
  dec("945112", [], "подрядчик в пути", "'выдвигаемся', ETA: crew is travelling, no position named"),
  cte="8bit", ua="android")

L("2026-11-02 13:41", "ilnur", "Re: 945112",
  "на точке 👍\nсмотрим\n\n> выдвигаемся на мегу 🚐\n> ETA 25 мин",
  dec("945112", [], "подрядчик на месте", "'на точке' = on site; quoted own older message ignored"),
  ua="android")

L("2026-11-02 16:20", "ilnur", "945112 по ЭЗС",
  "ЭЗС-1 done ✅\nзаряжает, проверили на машине клиента, держит 48 кВт\n\n"
  "ЭЗС-2 — плата управления сдохла, заказали, приедем как привезут\nмы уехали\n\nИльнур\n+7 917 394-20-11",
  dec("945112", ["1"], "подрядчик убыл", "ЭЗС-1 finished and crew left; ЭЗС-2 only a plan"),
  ua="android")

L("2026-11-04 10:10", "bot", "[ZS-Tickets] Заявка 945112: статус изменён на «В работе»",
  "Это автоматическое уведомление системы ZS-Tickets.\n\n"
  "Заявка: 945112\nОбъект: ТЦ «Мега», ЭЗС-2\nСтатус: В работе → Ожидание запчасти\nОтветственный: Закиров И.\n\n"
  "Не отвечайте на это письмо.",
  ign("ticket-bot notification, Auto-Submitted: auto-generated"),
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
         ("Precedence", "bulk")])

L("2026-11-04 11:55", "timur", "Re: Заявка 945112 — ЭЗС-1, ЭЗС-2, ТЦ Мега",
  "плату привезли поставили эзс два заряжает всё пашет уехали с меги в одиннадцать сорок\n\n"
  "Отправлено с iPhone",
  dec("945112", ["2"], "подрядчик убыл", "voice-to-text; 'эзс два' = position 2; 'уехали с меги' = left"),
  ua="iphone", reply_to_disp="945112")

# ---- 945387: станции 1–3 Ямашева, ТО
L("2026-11-03 08:40", "ruslan", "Заявка 945387 принята",
  "Добрый день.\n\nЗаявку № 945387 (плановое ТО станций 1–3, ул. Ямашева, 97) приняли в работу.\n"
  "Выезд бригады планируем на 05.11.2026.\nОтветственный — Хасанов Тимур, тел. +7 (987) 296-14-38.\n\n"
  "-- \nС уважением,\nРуслан Габдуллин\nруководитель сервисной группы\nООО «ЗарядкаСервис»\n"
  "+7 (843) 212-45-60",
  dec("945387", [], "заявка принята", "team lead formally accepts; KOI8-R"),
  charset="koi8-r", cte="qp", ua="thunderbird")

L("2026-11-05 08:50", "aidar", "945387 ТО",
  "morning 🙂\non the way на Ямашева, ETA 20 min\nпо плану ст.1 → ст.2 → ст.3",
  dec("945387", [], "подрядчик в пути", "'on the way', ETA; order of stations is only a plan"),
  ua="iphone")

L("2026-11-05 09:15", "aidar", "Re: 945387 ТО",
  "on site ✅ начинаем ТО\n\n-- \nAidar",
  dec("945387", [], "подрядчик на месте", "'on site'"),
  ua="iphone")

TABLE_945387 = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>ТО по заявке 945387, Ямашева 97 — промежуточный итог:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Станция / SN</th><th>Работы</th><th>Статус</th><th>Время</th></tr>
<tr><td>1</td><td>Станция 1, SN ZS22-2104-00311</td><td>ТО, прошивка v2.3.11</td><td>выполнено ✅</td><td>11:40</td></tr>
<tr><td>2</td><td>Станция 2, SN ZS22-2104-00312</td><td>ТО, замена фильтра</td><td>выполнено ✅</td><td>12:20</td></tr>
<tr><td>3</td><td>Станция 3, SN ZS22-2104-00313</td><td>—</td><td>не начато, заставлена машинами</td><td>завтра ~09:30</td></tr>
</table>
<p>сворачиваемся, 3-ю завтра с утра</p>
<p>Aidar</p>
</body></html>"""
L("2026-11-05 12:30", "aidar", "945387 статус по станциям",
  "ТО по заявке 945387, Ямашева 97 — промежуточный итог:\n\n"
  "1 | Станция 1, SN ZS22-2104-00311 | ТО, прошивка v2.3.11 | выполнено ✅ | 11:40\n"
  "2 | Станция 2, SN ZS22-2104-00312 | ТО, замена фильтра | выполнено ✅ | 12:20\n"
  "3 | Станция 3, SN ZS22-2104-00313 | — | не начато, заставлена машинами | завтра ~09:30\n\n"
  "сворачиваемся, 3-ю завтра с утра\n\nAidar",
  dec("945387", ["1", "2"], "подрядчик убыл", "table: st.1, st.2 done and crew packs up; st.3 planned for tomorrow"),
  html=TABLE_945387, alt=True, cte="qp", ua="iphone")

L("2026-11-06 09:40", "timur", "Ямашева",
  "девятьсот сорок пять триста восемьдесят семь третья станция на месте доступ есть начинаем\n\n"
  "Отправлено с iPhone",
  dec("945387", ["3"], "подрядчик на месте", "voice-to-text, number and position spelled as words"),
  ua="iphone")

FWD_945387 = ("945387 по 3-й закрыли прошивку v2.3.11 залили E-401 больше не выскакивает "
              "уехали\n\nОтправлено с iPhone")
L("2026-11-06 11:20", "ruslan", "Fwd: Ямашева",
  "Добрый день.\nПересылаю отчёт бригады по третьей станции.\n\n-- \nРуслан Габдуллин\n"
  "ООО «ЗарядкаСервис»\n\n\n-------- Пересланное сообщение --------\n"
  "Тема: \tЯмашева\nДата: \tFri, 6 Nov 2026 11:02:37 +0300\n"
  "От: \tТимур Хасанов <t.khasanov@zaryadka-service.ru>\n"
  "Кому: \tРуслан Габдуллин <r.gabdullin@zaryadka-service.ru>\n\n" + FWD_945387,
  dec("945387", ["3"], "подрядчик убыл", "Thunderbird inline forward of crew report: 3-я станция закрыли, уехали"),
  charset="windows-1251", cte="qp", ua="thunderbird")

# ---- 945764: ЭЗС Баумана E-401
ORIG_945764 = ("Заявка 945764. ЭЗС-1, ул. Баумана, 44 — ошибка E-401, зарядка прерывается.\n"
               "Прошу принять в работу.\n\n" + DISP_SIG)
L("2026-11-04 14:50", "ilnur_mail", "Баумана",
  "заявка 945764 приняли 👌\nсегодня не успеем, завтра с утра\n\n--\nОтправлено из мобильной Почты Mail.ru",
  dec("945764", [], "заявка принята", "'приняли' done; visit is a plan for tomorrow"),
  ua="mailru")

L("2026-11-05 08:05", "ilnur_mail", "Re: Заявка 945764 ЭЗС Баумана 44 — E-401",
  "выехали 🚗 будем минут через 15\n\n\n"
  "Среда, 4 ноября 2026, 14:25 +03:00 от Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>:\n"
  + quote(ORIG_945764) + "\n\n--\nОтправлено из мобильной Почты Mail.ru",
  dec("945764", [], "подрядчик в пути", "number only in Re: subject / quote; 'выехали, будем через 15'"),
  ua="mailru", reply_to_disp="945764")

L("2026-11-05 10:45", "ilnur_mail", "945764",
  "на Баумана всё 🙌\nE-401 был из-за датчика изоляции, поменяли\nпломба счётчика № 0931775 на месте, не трогали\n"
  "заряжает норм ⚡\nбригада освободилась, yехaли\n\n--\nОтправлено из мобильной Почты Mail.ru",
  dec("945764", [], "подрядчик убыл", "work done, 'бригада освободилась, уехали' (Latin y/a inside word); 'пломба на месте' is not a status; seal number is not a request"),
  ua="mailru")

# ---- 946112: Казань Арена прошивка
L("2026-11-05 10:30", "timur", "заявка",
  "заявка девятьсот сорок шесть сто двенадцать приняли в работу выезд завтра утром\n\nОтправлено с iPhone",
  dec("946112", [], "заявка принята", "voice-to-text number; accepted, travel only planned"),
  ua="iphone")

L("2026-11-06 08:20", "timur", "арена",
  "выдвигаемся на казань арену по заявке девятьсот сорок шесть сто двенадцать будем минут через сорок\n\n"
  "Отправлено с iPhone",
  dec("946112", [], "подрядчик в пути", "voice-to-text; 'выдвигаемся, будем через 40 минут'"),
  ua="iphone")

L("2026-11-06 09:10", "ilnur", "946121",
  "на арене ✅ на месте\nобе эзс видим, начинаем",
  rev("946121 is not in the registry (probably a typo of 946112, but a dispatcher cannot be sure)"),
  cte="8bit", ua="android")

L("2026-11-06 12:00", "aidar", "Re: 946112 прошивка",
  "ЭЗС-1 flashed to v2.3.11, reboot ok, тестовая сессия на CCS2 прошла\nЭЗС-2 done too ✅\n"
  "all good, leaving 👋\n\n-- \nAidar",
  dec("946112", ["1", "2"], "подрядчик убыл", "both ЭЗС done, 'leaving'"),
  ua="iphone")

# ---- 946540: доки Козья слобода
L("2026-11-06 09:00", "dina", "Заявка № 946540 — доки 1–4, Козья слобода",
  "Добрый день!\n\nЗаявка № 946540 принята в работу. Срок выполнения — до 10.11.2026 включительно.\n\n"
  "Дина Сафина\nООО «ЗарядкаСервис»\nИНН 1657239841\n+7 (843) 212-45-67",
  dec("946540", [], "заявка принята", "office accepts; INN and deadline date are not request numbers"),
  cte="qp", ua="outlook")

L("2026-11-07 10:15", "ilnur", "946540 вопрос",
  "по 946540 вопрос 🙋‍♂️\nдоки у какого выхода метро, 1 или 2?\nи кто даст ключ от шкафа учёта?\n"
  "телефон диспетчера не отвечает 😕",
  rev("only questions, no status"),
  ua="android")

L("2026-11-07 14:30", "ilnur", "по наряду 946540",
  "док №1 и док №2 закрыли ✅\nфиксаторы заменили, самокаты цепляются\nуехали, 3 и 4 в понедельник",
  dec("946540", ["1", "2"], "подрядчик убыл", "docks 1 and 2 finished and left; 3, 4 only planned"),
  ua="android")

L("2026-11-09 09:05", "aidar", "946540 (3,4)",
  "docks 3,4 — on site 📍",
  dec("946540", ["3", "4"], "подрядчик на месте", "positions in brackets in subject; 'on site'"),
  ua="iphone")

L("2026-11-09 11:50", "aidar", "Re: 946540 (3,4)",
  "док №3 готов, всё пашет 👍\nпо доку №4 не хватает контроллера, завтра привезём\nна сегодня всё, уехали\n\n"
  "> docks 3,4 — on site 📍",
  dec("946540", ["3"], "подрядчик убыл", "dock 3 done and left; dock 4 unfinished (plan)"),
  ua="iphone")

FWD_946540 = ("док номер четыре на козьей слободе контроллер поставили всё работает заявка девятьсот сорок "
              "шесть пятьсот сорок уезжаем\n\nОтправлено с iPhone")
L("2026-11-10 10:40", "ruslan", "Fwd: док 4",
  "\n\n---------- Forwarded message ---------\nОт: Тимур Хасанов <t.khasanov@zaryadka-service.ru>\n"
  "Date: вт, 10 нояб. 2026 г. в 10:31\nSubject: док 4\nTo: Руслан Габдуллин <r.gabdullin@zaryadka-service.ru>\n\n"
  + FWD_946540 + "\n",
  dec("946540", ["4"], "подрядчик убыл", "lead forwards (Gmail-style, no own text) crew voice message: dock 4 done, leaving"),
  ua="gmailapp")

L("2026-11-10 11:30", "ilnur", "946540 док 6",
  "по 946540 ещё док №6 рядом тоже не держал\nфиксатор поменяли ✅ уехали",
  rev("request 946540 has docks 1–4 only; dock №6 is not a position of this request"),
  ua="android")

# ---- 946901: док Кремлёвская набережная
ORIG_946901 = ("Добрый день. Заявка 946901: док №1, Кремлёвская набережная — не фиксирует самокаты.\n\n"
               + DISP_SIG)
L("2026-11-09 12:10", "ruslan", "Re: Заявка 946901",
  "Принято. Бригаду направим сегодня во второй половине дня.\n\n-- \nРуслан Габдуллин\nООО «ЗарядкаСервис»\n\n"
  + tb_intro("09.11.2026 11:40", "Диспетчерская служба ОМИС") + "\n" + quote(ORIG_946901),
  dec("946901", [], "заявка принята", "'Принято' to the request; top-post over quote; KOI8-R base64"),
  charset="koi8-r", cte="base64", ua="thunderbird", reply_to_disp="946901")

L("2026-11-09 15:30", "ilnur", "док набережная",
  "мы на набережной 🛴\nдок не фиксирует — это который у вас в заявке? тут их два рядом стоят 🤔",
  rev("no request number; asks which dock"),
  ua="android")

DISP_ANS = "Ильнур, это заявка 946901, док №1 — левый от спуска к воде.\n-- \nОльга, диспетчер ОМИС"
L("2026-11-09 16:05", "ilnur", "Re: док набережная",
  "Пн, 9 нояб. 2026 г., 15:41 Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>:\n"
  + quote(DISP_ANS) + "\n\nпонял, левый\nсделали, фиксатор заменили, 5 самокатов проверили — норм\nуехали 🛴",
  dec("946901", [], "подрядчик убыл", "reply written under the quote; request number only in the dispatcher's quoted answer"),
  ua="android")

# ---- 947033: Чистопольская CHAdeMO
L("2026-11-10 09:20", "aidar", "947033",
  "accepted 👍 едем после обеда",
  dec("947033", [], "заявка принята", "'accepted'; travel is a plan"),
  ua="iphone")

ORIG_947033 = ("Заявка #947033, ул. Чистопольская, 20: станции 1 и 2, не работает CHAdeMO.\n"
               "Когда будете?\n\n" + DISP_SIG)
L("2026-11-10 13:40", "aidar", "RE: #947033",
  "leaving for Чистопольская now, ETA 20 min 🚗\n\n-----Original Message-----\n"
  "From: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>\nSent: Tuesday, November 10, 2026 1:12 PM\n"
  "To: a.valiev@zaryadka-service.ru\nSubject: #947033\n\n" + ORIG_947033,
  dec("947033", [], "подрядчик в пути", "'leaving for' the site = travelling; '#' number; Original Message quote"),
  ua="outlook", reply_to_disp="947033")

L("2026-11-10 14:05", "aidar", "947033",
  "нa мecтe 📍",
  dec("947033", [], "подрядчик на месте", "Latin look-alike letters a/c/e inside 'на месте'"),
  ua="iphone")

L("2026-11-10 17:10", "aidar", "947033 ст.1 ст.2",
  "станция 1 — коннектор CHAdeMO заменили, Nissan Leaf (О777ОО116) заряжает норм ✅\n"
  "станция 2 — разъём в порядке, проблема в силовом модуле, модуль под заказ (арт. PM-50-CHD-02)\n"
  "сворачиваемся\n\n-- \nAidar",
  dec("947033", ["1"], "подрядчик убыл", "st.1 repaired and crew leaves; st.2 only diagnosis; plate and part number are noise"),
  ua="iphone")

L("2026-11-12 15:20", "timur", "947033",
  "по 947033 вторая станция пока не доехали модуль не пришёл с поставщика как придёт сразу выедем\n\n"
  "Отправлено с iPhone",
  rev("negation 'пока не доехали' + plan; nothing happened"),
  ua="iphone")

L("2026-11-13 09:30", "timur", "947033 поз2",
  "выехали с базы на чистопольскую модуль везём\n\nОтправлено с iPhone",
  dec("947033", ["2"], "подрядчик в пути", "'выехали с базы' = left the base for the site; position in subject 'поз2'"),
  ua="iphone")

FWD_947033 = "модуль поставили вторая станция заряжает ушли с точки в двенадцать ноль пять\n\nОтправлено с iPhone"
L("2026-11-13 12:15", "ruslan", "Fwd: 947033 поз2",
  "Коллеги, добрый день.\nПересылаю сообщение бригады по позиции 2. Акт № 318 направим до конца недели.\n\n"
  "-- \nРуслан Габдуллин\nООО «ЗарядкаСервис»\n\n-------- Пересланное сообщение --------\n"
  "Тема: \t947033 поз2\nДата: \tFri, 13 Nov 2026 12:07:10 +0300\n"
  "От: \tТимур Хасанов <t.khasanov@zaryadka-service.ru>\nКому: \tr.gabdullin@zaryadka-service.ru\n\n" + FWD_947033,
  dec("947033", ["2"], "подрядчик убыл", "forwarded crew report: 'ушли с точки'; act number is noise"),
  charset="windows-1251", cte="qp", ua="thunderbird")

# ---- 947258: Деревня Универсиады, кабели Type 2
ORIG_947258 = ("Добрый день!\nЗаявка 947258 — Деревня Универсиады, ЭЗС-1, ЭЗС-2, ЭЗС-3: замена кабелей Type 2 "
               "(износ оболочки).\n\n" + DISP_SIG)
L("2026-11-11 08:45", "ruslan", "Re: Заявка 947258 замена кабелей Type 2",
  "Добрый день, принято.\nКабели Type 2 (32 А, 5 м, 3 шт.) есть на складе. Выход бригады — 12.11 с 10:00.\n\n"
  "-- \nРуслан Габдуллин\nруководитель сервисной группы\nООО «ЗарядкаСервис»\n\n"
  + tb_intro("11.11.2026 08:15", "Диспетчерская служба ОМИС") + "\n" + quote(ORIG_947258),
  dec("947258", [], "заявка принята", "accepted; windows-1251 base64"),
  charset="windows-1251", cte="base64", ua="thunderbird", reply_to_disp="947258")

L("2026-11-11 08:47", "ruslan", "Прочитано: Заявка 947258 замена кабелей Type 2", None,
  ign("read receipt (MDN)"), msg="mdn")

L("2026-11-12 09:35", "ilnur", "947258 выехали",
  "выдвинулись на деревню универсиады 🚐\nкабели с собой",
  dec("947258", [], "подрядчик в пути", "'выдвинулись'"),
  ua="android")

L("2026-11-12 10:20", "ilnur", "Re: 947258 выехали",
  "на месте 📍",
  dec("947258", [], "подрядчик на месте", "body newer than old status in Re: subject"),
  ua="android")

L("2026-11-12 13:50", "ilnur", "Re: 947258 выехали",
  "ЭЗС-1 ✅ кабель поменяли\nЭЗС-2 ✅\nЭЗС-3 — крепление корпуса сорвано, нужен кронштейн, завтра-послезавтра\n"
  "уехали с точки",
  dec("947258", ["1", "2"], "подрядчик убыл", "ЭЗС-1 and ЭЗС-2 done, 'уехали с точки'; ЭЗС-3 plan; subject's old status ignored"),
  ua="android")

L("2026-11-13 10:02", "ruslan", "Принято: Созвон по 947258 — кронштейн ЭЗС-3", None,
  ign("calendar meeting response generated by the mail client"), msg="ical")

L("2026-11-16 11:30", "timur", "Деревня Универсиады",
  "по заявке девятьсот сорок семь двести пятьдесят восемь эзс три кронштейн поставили кабель тайп два поменяли "
  "работает уехали\n\nОтправлено с iPhone",
  dec("947258", ["3"], "подрядчик убыл", "voice-to-text; ЭЗС-3 done, left"),
  ua="iphone")

# ---- 947710: Горки 150 кВт
L("2026-11-12 13:30", "ruslan", "Автоответ: Заявка 947710 станция 150 кВт Горки",
  "Добрый день!\n\nЯ в отпуске до 13.11.2026 включительно. По срочным вопросам обращайтесь к "
  "Закирову Ильнуру, +7 917 394-20-11.\n\nРуслан Габдуллин",
  ign("out-of-office auto-reply"),
  charset="koi8-r", cte="base64",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

L("2026-11-12 14:00", "ilnur", "обращение 947710",
  "взяли ✔️\nтам 150 кВт, нужен допуск по электробезопасности IV гр — у Айдара есть, поедет он",
  dec("947710", [], "заявка принята", "'взяли' = accepted; who will go is a plan"),
  ua="android")

L("2026-11-13 08:10", "aidar", "947710",
  "завтра выедем, сегодня ливень, на высоте не работаем 🌧",
  rev("plan only: 'завтра выедем'"),
  ua="iphone")

L("2026-11-14 08:30", "aidar", "947710 Горки",
  "on the road 🚗 ETA 30 min",
  dec("947710", [], "подрядчик в пути", "'on the road', ETA"),
  ua="iphone")

L("2026-11-14 12:40", "aidar", "947710 отчёт",
  "Горки, станция 150 кВт:\n"
  "Прибытие — 09:05\n"
  "силовой модуль 3 из 6 в ошибке E-212, заменили (SN ZS150-2211-00871)\n"
  "прошивка v2.3.11 → v2.4.0\n"
  "тест 142 кВт на Tesla Model 3 ✅\n"
  "Убытие — 12:20\n\n-- \nAidar",
  dec("947710", [], "подрядчик убыл", "arrival and departure both reported; latest = убыл"),
  ua="iphone")

# ---- 948025: доки парк Горького
L("2026-11-16 08:30", "dina", "Заявка 948025 — доки, парк Горького", None,
  dec("948025", [], "заявка принята", "HTML-only Outlook letter: accepted"),
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Добрый день!</p>
<p>Заявка <b>948025</b> принята в работу.<br>Исполнитель — Валиев Айдар, +7&nbsp;(917)&nbsp;255-30-19.<br>
Плановая дата выезда — 17.11.2026.</p>
<p>С уважением,<br>Дина Сафина<br>ООО «ЗарядкаСервис»</p>
</div></body></html>""", cte="qp", ua="outlook")

L("2026-11-17 10:00", "aidar", "948025-1",
  "on site 📍",
  dec("948025", ["1"], "подрядчик на месте", "position after a dash in the subject"),
  ua="iphone")

L("2026-11-17 11:05", "ilnur", "948466 и 948025",
  "видим обе 👀\nпо аэропорту завтра с утра\nпо парку Айдар уже на месте",
  rev("two different requests in one letter"),
  ua="android")

L("2026-11-17 12:30", "aidar", "Re: 948025-1",
  "док 1 done ✅\nдок 2 done ✅\nвсё пашет, уехали\n\n> on site 📍",
  dec("948025", ["1", "2"], "подрядчик убыл", "both docks done, left"),
  ua="iphone")

# ---- 948466: аэропорт P2
L("2026-11-17 11:30", "ruslan", "Заявка 948466: принята",
  "Добрый день.\n\nЗаявка 948466 (ЭЗС-1..3, аэропорт, парковка P2) принята.\n"
  "Выезд — 18.11.2026. Прошу заказать пропуск на автомобиль Е512КМ716.\n\n"
  "-- \nС уважением,\nРуслан Габдуллин\nООО «ЗарядкаСервис»\nИНН 1657239841 / КПП 165701001\n"
  "420107, г. Казань, ул. Спартаковская, 2",
  dec("948466", [], "заявка принята", "accepted; INN/KPP, postcode, car plate are noise; KOI8-R"),
  charset="koi8-r", cte="qp", ua="thunderbird")

L("2026-11-18 09:00", "ilnur", "948466 (П1, П2)",
  "выехали в аэропорт ✈️ ETA 35 мин\nмашина Е512КМ716",
  dec("948466", ["1", "2"], "подрядчик в пути", "positions П1, П2 in subject brackets; 'выехали в аэропорт'"),
  ua="android")

L("2026-11-18 09:50", "ilnur", "Re: 948466 (П1, П2)",
  "мы у шлагбаума P2, охрана говорит пропуска на Е512КМ716 нет 😤\n"
  "кто может позвонить на КПП? +7 843 267-88-01",
  rev("complaint + question, they are not let in; nothing to record"),
  ua="android")

L("2026-11-18 10:20", "ruslan", "Re: Заявка 948466 — пропуск на P2",
  "Спасибо, пропуск получили, вопрос снят.\n\n-- \nРуслан Габдуллин\n\n"
  + tb_intro("18.11.2026 10:05", "Диспетчерская служба ОМИС") + "\n"
  + quote("Руслан, пропуск на Е512КМ716 оформлен, КПП предупреждён.\n\n" + DISP_SIG),
  rev("thanks/acknowledgement of the dispatcher's message"),
  charset="windows-1251", cte="qp", ua="thunderbird")

L("2026-11-18 10:30", "ilnur", "Re: 948466 (П1, П2)",
  "ПУСТИЛИ 🙏\nНА МЕСТЕ, П1 П2",
  dec("948466", ["1", "2"], "подрядчик на месте", "caps; on site at П1, П2"),
  ua="android")

L("2026-11-18 14:10", "ilnur", "948466 п.1",
  "п.1 закрыли, всё пашет ⚡\nп.2 — пистолет CCS2 треснул, ждём новый, Type 2 на ней работает\nуехали",
  dec("948466", ["1"], "подрядчик убыл", "п.1 finished, left; п.2 waits for a part"),
  ua="android")

L("2026-11-19 10:30", "aidar", "948466 п2 п3", None,
  rev("different statuses for different positions: п.2 finished, п.3 on site"),
  html="""<html><body>
<p>948466 аэропорт:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>п.2</b></td><td>пистолет CCS2 заменили, заряжает</td><td>done ✅ 10:15</td></tr>
<tr><td><b>п.3</b></td><td>on site, начинаем диагностику</td><td>10:25</td></tr>
</table>
<p>Aidar</p></body></html>""", cte="base64", ua="iphone")

L("2026-11-19 16:00", "aidar", "Re: 948466 п2 п3",
  "п3 done, leaving 👋",
  dec("948466", ["3"], "подрядчик убыл", "'done, leaving' for п3"),
  ua="iphone")

L("2026-11-19 18:00", "bot", "[ZS-Tickets] Сводка за 19.11.2026: открытых заявок — 2",
  "Ежедневная сводка ZS-Tickets\n\n"
  "948466 — аэропорт P2 — подрядчик на месте (п.3)\n949130 — Кремлёвская — принята\n\n"
  "Рассылка формируется автоматически. Отписаться: https://tickets.zaryadka-service.ru/unsubscribe",
  ign("bot daily digest, Precedence: bulk"),
  extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
         ("List-Id", "<digest.tickets.zaryadka-service.ru>")])

# ---- 949130: Кремлёвская, корпус
L("2026-11-19 09:45", "timur", "кремлёвская",
  "заявка девятьсот сорок девять сто тридцать принял выезжаем через час\n\nОтправлено с iPhone",
  dec("949130", [], "заявка принята", "voice-to-text; accepted, leaving only in an hour (plan)"),
  ua="iphone")

L("2026-11-19 11:05", "timur", "Re: кремлёвская",
  "девятьсот сорок девять сто тридцать на кремлёвской на месте корпус помят сильно похоже машиной въехали\n\n"
  "Отправлено с iPhone",
  dec("949130", [], "подрядчик на месте", "voice-to-text; 'на месте'"),
  ua="iphone")

L("2026-11-19 12:00", "ruslan", "Заявка 949130 — стоимость работ",
  "Добрый день.\n\nПо заявке 949130: повреждение корпуса ЭЗС-1 получено в результате ДТП, случай не гарантийный.\n"
  "Стоимость замены передней панели — 48 600 руб. с НДС, согласно п. 4.2 договора № 17/2026-ТО.\n"
  "Прошу согласовать, после согласования бригада выполнит замену.\n\n"
  "-- \nС уважением,\nРуслан Габдуллин\nООО «ЗарядкаСервис»",
  rev("price/contract talk, asks approval; no status"),
  charset="windows-1251", cte="base64", ua="thunderbird")

L("2026-11-21 15:00", "ruslan", "Fwd: Кремлёвская панель",
  "Добрый день.\nОтчёт бригады по заявке 949130 — во вложении.\n\n-- \nРуслан Габдуллин\nООО «ЗарядкаСервис»",
  dec("949130", [], "подрядчик убыл", "forward as message/rfc822 attachment: panel replaced, left"),
  charset="koi8-r", cte="qp", ua="thunderbird", msg="fwd_attach")

# ---- 949502: доки Петербургская
L("2026-11-23 09:00", "aidar", "949502",
  "👍 взяли",
  dec("949502", [], "заявка принята", "'взяли'"),
  ua="iphone")

L("2026-11-23 10:00", "aidar", "",
  "на точке 👍",
  rev("no subject, no request number"),
  ua="iphone")

L("2026-11-23 12:00", "news", "Дайджест ЗарядкаСервис: ноябрь 2026",
  None, ign("company newsletter, Precedence: bulk, List-Unsubscribe"),
  html="""<html><body>
<h2>ЗарядкаСервис — итоги ноября ⚡</h2>
<p>37 станций обслужено, 112 доков для самокатов проверено, среднее время прибытия — 41 мин.</p>
<p>Новое: выезжаем на CCS2 150 кВт с запасными модулями на борту.</p>
<p><a href="https://zaryadka-service.ru/unsubscribe?u=dispatch">Отписаться от рассылки</a></p>
</body></html>""", cte="base64",
  extra=[("Precedence", "bulk"), ("List-Id", "ZS news <news.zaryadka-service.ru>"),
         ("List-Unsubscribe", "<https://zaryadka-service.ru/unsubscribe?u=dispatch>")])

L("2026-11-24 08:15", "ilnur_mail", "949502 доки",
  "949502 док 1 и док 2 — выехл 🛴 (буквально на самокате 😂)\nETA 10 min\n\n--\nОтправлено из мобильной Почты Mail.ru",
  dec("949502", ["1", "2"], "подрядчик в пути", "typo 'выехл', ETA"),
  ua="mailru")

L("2026-11-24 08:29", "ilnur", "Петербургская, 52 (949502)",
  "на месте, начали",
  dec("949502", [], "подрядчик на месте", "number in brackets after the address"),
  cte="8bit", ua="android")

L("2026-11-24 08:31", "daemon", "Undelivered Mail Returned to Sender", None,
  ign("delivery failure report (bounce)"), msg="bounce")

ORIG_949502 = ("Ильнур, по заявке 949502: ключ от шкафа доков у охраны ТЦ, спросите Рустама.\n\n" + DISP_SIG)
L("2026-11-24 10:40", "ilnur", "Re: Заявка 949502 доки Петербургская",
  "док 1 готов, всё цепляется\nдок 2 тоже\nотъехали от точки ✌️\n\n"
  "24.11.2026 8:40, Диспетчерская служба ОМИС пишет:\n" + quote(ORIG_949502, "ДО> "),
  dec("949502", ["1", "2"], "подрядчик убыл", "'отъехали от точки' = left; initials-prefixed quote"),
  ua="android", reply_to_disp="949502")


# ================================================================ build

def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def build(i, d):
    who = S[d["who"]]
    date = dt(d["date"])
    hcs = cs(d["hcharset"], header=d["henc"])
    kind = d["msg"]

    if kind == "mdn":
        m = MIMEMultipart("report", report_type="disposition-notification")
        m.attach(text("Это уведомление о прочтении сообщения, отправленного вам 11.11.2026 08:15.\n\n"
                      "Примечание: Уведомление о прочтении означает только то, что сообщение было показано "
                      "на экране получателя. Это не гарантирует, что получатель прочитал или понял "
                      "содержимое сообщения.", "utf-8", "base64"))
        p = MIMEBase("message", "disposition-notification")
        p.set_payload("Reporting-UA: Thunderbird/128.4.2\n"
                      "Original-Recipient: rfc822;r.gabdullin@zaryadka-service.ru\n"
                      "Final-Recipient: rfc822;r.gabdullin@zaryadka-service.ru\n"
                      "Original-Message-ID: <req-947258.1@zakazchik-omis.ru>\n"
                      "Disposition: manual-action/MDN-sent-manually; displayed\n")
        m.attach(p)
        h = MIMEBase("text", "rfc822-headers")
        h.set_payload("From: =?UTF-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8=?= <dispatch@zakazchik-omis.ru>\n"
                      "To: r.gabdullin@zaryadka-service.ru\nMessage-ID: <req-947258.1@zakazchik-omis.ru>\n"
                      "Disposition-Notification-To: dispatch@zakazchik-omis.ru\n")
        m.attach(h)
        m["User-Agent"] = UA["thunderbird"][1]
        m["In-Reply-To"] = "<req-947258.1@zakazchik-omis.ru>"
    elif kind == "ical":
        m = MIMEMultipart("alternative")
        m.attach(text("Руслан Габдуллин принял(а) приглашение: Созвон по 947258 — кронштейн ЭЗС-3\n"
                      "Когда: 13.11.2026 14:00–14:30 (Europe/Moscow)", "utf-8", "qp"))
        ical = ("BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\n"
                "METHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:c7f1e2a4-947258-omis@zakazchik-omis.ru\r\n"
                "DTSTAMP:20261113T070200Z\r\nDTSTART:20261113T110000Z\r\nDTEND:20261113T113000Z\r\n"
                "SUMMARY:Созвон по 947258 — кронштейн ЭЗС-3\r\n"
                "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n"
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=Руслан Габдуллин:mailto:r.gabdullin@zaryadka-service.ru\r\n"
                "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        c = MIMEText(ical, "calendar", cs("utf-8", BASE64))
        c.set_param("method", "REPLY")
        m.attach(c)
        m["User-Agent"] = UA["thunderbird"][1]
    elif kind == "bounce":
        m = MIMEMultipart("report", report_type="delivery-status")
        m.attach(text("This is the mail system at host mx.zaryadka-service.ru.\n\n"
                      "I'm sorry to have to inform you that your message could not\nbe delivered to one or more "
                      "recipients. It's attached below.\n\n"
                      "<i.zakirov@zaryadka-service.ru>: host mx.zaryadka-service.ru said: 550 5.1.1\n"
                      "    <i.zakirov@zaryadka-service.ru>: Recipient address rejected: User unknown\n",
                      "us-ascii", "8bit"))
        p = MIMEBase("message", "delivery-status")
        p.set_payload([message_from_string("Reporting-MTA: dns; mx.zaryadka-service.ru\n"
                                           "Arrival-Date: Tue, 24 Nov 2026 08:31:02 +0300 (MSK)\n"),
                       message_from_string("Final-Recipient: rfc822; i.zakirov@zaryadka-service.ru\n"
                                           "Action: failed\nStatus: 5.1.1\n"
                                           "Diagnostic-Code: smtp; 550 5.1.1 <i.zakirov@zaryadka-service.ru>: "
                                           "User unknown\n")])
        m.attach(p)
        h = MIMEBase("text", "rfc822-headers")
        h.set_payload("From: dispatch@zakazchik-omis.ru\nTo: i.zakirov@zaryadka-service.ru\n"
                      "Subject: =?UTF-8?B?0JfQsNGP0LLQutCwIDk0OTUwMiDigJQg0YPRgtC+0YfQvdC10L3QuNC1?=\n"
                      "Message-ID: <req-949502.2@zakazchik-omis.ru>\n")
        m.attach(h)
        m["Auto-Submitted"] = "auto-replied"
    elif kind == "fwd_attach":
        inner = MIMEText("панель поменяли станция заряжает уехали с кремлёвской в четырнадцать двадцать\n\n"
                         "Отправлено с iPhone", "plain", cs("utf-8", QP))
        inner["From"] = formataddr(S["timur"], charset="utf-8")
        inner["To"] = formataddr(S["ruslan"], charset="utf-8")
        inner["Subject"] = Header("Кремлёвская панель", cs("utf-8", header=BASE64))
        inner["Date"] = format_datetime(dt("2026-11-21 14:24"))
        inner["Message-ID"] = "<A7C2-1121-1424@zaryadka-service.ru>"
        inner["X-Mailer"] = UA["iphone"][1]
        m = MIMEMultipart("mixed")
        m.attach(text(d["body"], d["charset"], d["cte"]))
        att = MIMEMessage(inner)
        att.add_header("Content-Disposition", "attachment", filename="Кремлёвская панель.eml")
        m.attach(att)
    elif d["body"] is not None and d["html"] is not None:
        m = MIMEMultipart("alternative")
        m.attach(text(d["body"], d["charset"], d["cte"]))
        m.attach(text(d["html"], d["charset"], d["cte"], "html"))
    elif d["html"] is not None:
        m = text(d["html"], d["charset"], d["cte"], "html")
    else:
        m = text(d["body"], d["charset"], d["cte"])

    m["From"] = formataddr(who, charset=hcs)
    m["To"] = formataddr(DISPATCH, charset=hcs) if i % 3 else DISPATCH[1]
    if not d["subject"]:
        m["Subject"] = ""
    else:
        try:
            d["subject"].encode("ascii")
            m["Subject"] = d["subject"]
        except UnicodeEncodeError:
            m["Subject"] = Header(fit(d["subject"], d["hcharset"]), hcs)
    m["Date"] = format_datetime(date)
    dom = who[1].split("@")[1]
    m["Message-ID"] = f"<{date.strftime('%Y%m%d%H%M')}.{i:03d}.{zlib.crc32(d['subject'].encode()) % 99991:05d}@{dom}>"
    if d["reply_to_disp"]:
        ref = f"<req-{d['reply_to_disp']}.1@zakazchik-omis.ru>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    if d["ua"]:
        k, v = UA[d["ua"]]
        m[k] = v
    for k, v in d["extra"]:
        m[k] = v
    # put the envelope-ish headers first, MIME headers last, as clients do
    first = ["From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References"]
    hdrs = m._headers
    mime = [h for h in hdrs if h[0].lower() in ("content-type", "content-transfer-encoding", "mime-version")]
    top = sorted([h for h in hdrs if h[0] in first], key=lambda h: first.index(h[0]))
    rest = [h for h in hdrs if h not in mime and h not in top]
    m._headers = top + rest + [("MIME-Version", "1.0")] + [h for h in mime if h[0].lower() != "mime-version"]
    return m


def main():
    if os.path.isdir(LETTERS):
        shutil.rmtree(LETTERS)
    os.makedirs(LETTERS)
    items = sorted(letters, key=lambda d: d["date"])
    labels = {}
    for i, d in enumerate(items, 1):
        name = f"{i:03d}.eml"
        m = build(i, d)
        with open(os.path.join(LETTERS, name), "wb") as f:
            BytesGenerator(f, mangle_from_=False).flatten(m)
        labels[name] = d["label"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as f:
        json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(items), Counter(l["expect"] for l in labels.values()))


if __name__ == "__main__":
    main()
