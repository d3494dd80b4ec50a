#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: АО «Интерком-Сервис» (Нижний Новгород), СКУД / домофоны / турникеты / шлагбаумы.

Writes registry.json, labels.json and letters/NNN.eml next to this script.
Messages are assembled byte by byte (headers + MIME parts) so that every
charset / transfer encoding is exactly what the sending client would use:
  * service desk ticket system  - UTF-8, quoted-printable, Date in UTC
  * dispatcher Оксана (Outlook 2016) - windows-1251, QP / base64, HTML
  * technicians (Outlook for Android) - UTF-8 base64
  * chief engineer (The Bat!) - KOI8-R 8bit / QP
"""
import base64
import hashlib
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUTL = os.path.join(HERE, "letters")
random.seed(9090)

MSK = timezone(timedelta(hours=3))
UTC = timezone.utc

DOM = "intercom-servis-nn.ru"
DISP_NAME, DISP = "Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru"

PEOPLE = {
    "sd": ("Служба сервиса АО «Интерком-Сервис»", "servicedesk@" + DOM),
    "ok": ("Лебедева Оксана", "o.lebedeva@" + DOM),
    "kuz": ("Кузнецов Сергей Андреевич", "s.kuznetsov@" + DOM),
    "bel": ("Белов Алексей", "a.belov@" + DOM),
    "gus": ("Гусев Дмитрий", "d.gusev@" + DOM),
    "mor": ("Морозов Виктор Павлович", "morozov@" + DOM),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@" + DOM),
    "postmaster": ("Mail Delivery System", "postmaster@" + DOM),
    "news": ("Интерком-Сервис", "news@" + DOM),
}

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
def msk(d, h, m, s=0):
    return datetime(2026, 11, d, h, m, s, tzinfo=MSK)


REGISTRY = [
    ("87114", ["1", "2", "3"], msk(2, 8, 40),
     "Учебный корпус №2, ул. Академическая, 14, главный вход: 1 – турникет 1, 2 – турникет 2, 3 – турникет 3 (PERCo). Турникеты не читают карты после обновления ПО."),
    ("87230", ["1", "2", "3", "4"], msk(3, 9, 15),
     "Домофоны общежитий: 1 – домофон общежития №1, 2 – домофон общежития №2, 3 – домофон общежития №3, 4 – домофон общежития №4. Нет вызова/слышимости, жалобы студентов."),
    ("87342", ["1", "2"], msk(5, 8, 50),
     "Шлагбаумы кампуса: 1 – шлагбаум главного въезда, 2 – шлагбаум хозяйственного въезда. Главный не опускается до конца, хозяйственный самопроизвольно поднимается."),
    ("87519", ["1"], msk(6, 14, 20),
     "Спорткомплекс, калитка со стороны стадиона (1): не закрывается, сломан доводчик."),
    ("88006", ["1", "2"], msk(9, 8, 5),
     "Учебный корпус №6, СКУД: 1 – вход 1 (главный), 2 – вход 2 (со двора). С утра оба входа не пускают по картам."),
    ("88147", ["1", "2"], msk(10, 10, 30),
     "Домофон общежития №3 (пр. Гагарина, 101, корп. 3): 1 – вход 1, 2 – вход 2 (со двора). Вход 2 не работает, на входе 1 плохая слышимость."),
    ("88263", ["1", "2", "3", "4"], msk(11, 13, 0),
     "Спорткомплекс, турникеты 1–4 (PERCo): заедание планки, карты не читаются."),
    ("88410", ["1"], msk(12, 9, 0),
     "Библиотека (корпус 5), контроллер СКУД главного входа (1): никого не пускает."),
    ("88795", ["1", "2", "3"], msk(16, 8, 30),
     "Ректорат, ул. Академическая, 1: 1 – вход 1 (парадный, видеодомофон), 2 – вход 2 (служебный), 3 – вход 3 (со двора)."),
    ("89021", ["1"], msk(17, 15, 45),
     "Шлагбаум у общежития №5 (1): не поднимается, повреждена стрела."),
    ("89350", ["1", "2", "3"], msk(18, 8, 20),
     "Учебный корпус №4, главный вход: 1 – турникет 1, 2 – турникет 2, 3 – калитка. Турникеты пропускают по одной карте дважды, калитка не фиксируется."),
    ("89688", ["1", "2", "3"], msk(20, 10, 10),
     "Общежитие №2, СКУД: 1 – вход 1, 2 – вход 2, 3 – вход 3. После загрузки нового списка студентов часть карт не проходит."),
    ("89904", ["1", "2"], msk(23, 9, 30),
     "Домофон общежития №6: 1 – вход 1, 2 – вход 2. Не открывается дверь с абонентских трубок."),
]

# --------------------------------------------------------------------------
# low level MIME helpers
# --------------------------------------------------------------------------
WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]

LAT = dict(zip("аеорсхукАВЕКМНОРСТХ", "aeopcxykABEKMHOPCTX"))


def lat(s, step=2, start=0):
    """Replace every `step`-th replaceable Cyrillic letter with its Latin look-alike."""
    out, n = [], start
    for ch in s:
        if ch in LAT:
            out.append(LAT[ch] if n % step == 0 else ch)
            n += 1
        else:
            out.append(ch)
    return "".join(out)


def L(text):
    """Apply lat() to fragments written as ⟨...⟩."""
    res, i = [], 0
    while True:
        a = text.find("⟨", i)
        if a < 0:
            res.append(text[i:])
            break
        b = text.find("⟩", a)
        res.append(text[i:a])
        res.append(lat(text[a + 1:b]))
        i = b + 1
    return "".join(res)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(linesep="\n")


def addr(key_or_pair, cs="utf-8"):
    if isinstance(key_or_pair, str):
        name, email = PEOPLE[key_or_pair]
    else:
        name, email = key_or_pair
    return formataddr((name, email), charset=cs)


DISP_ADDR = formataddr((DISP_NAME, DISP), charset="utf-8")


def enc_body(text, charset, cte):
    b = text.encode(charset) if isinstance(text, str) else text
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b if b.endswith(b"\n") else b + b"\n"


def part(ctype, text, charset=None, cte="base64", extra=()):
    h = [f'Content-Type: {ctype}' + (f'; charset="{charset}"' if charset else "")]
    h += list(extra)
    h.append(f"Content-Transfer-Encoding: {cte}")
    return ("\n".join(h) + "\n\n").encode("ascii") + enc_body(text, charset or "ascii", cte)


def boundary(tag):
    return "----=_Part_" + hashlib.md5(tag.encode()).hexdigest()[:20]


def multipart(subtype, parts, tag, params=""):
    bnd = boundary(tag + subtype)
    out = f'Content-Type: multipart/{subtype};{params} boundary="{bnd}"\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{bnd}\n".encode() + p + b"\n"
    out += f"--{bnd}--\n".encode()
    return out


MIDS = set()


def mid(dt, style, who=""):
    seed = f"{dt.isoformat()}{style}{who}{random.random()}"
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "android":
        v = f"<DU0P190MB{h[:4].upper()}{h[4:12].upper()}{h[12:20].upper()}@DU0P190MB{h[20:24].upper()}.EURP190.PROD.OUTLOOK.COM>"
    elif style == "bat":
        v = f"<{int(h[:8], 16) % 10**10}.{dt.strftime('%Y%m%d%H%M%S')}@{DOM}>"
    elif style == "outlook":
        v = f"<00{h[:4]}01d{h[4:8]}${h[8:16]}${h[16:24]}@{DOM}>"
    elif style == "sd":
        v = f"<sd.{h[:16]}.{dt.strftime('%Y%m%d%H%M%S')}@servicedesk.{DOM}>"
    elif style == "disp":
        v = f"<{h[:24]}@zakazchik-omis.ru>"
    else:
        v = f"<{h[:20]}.{style}@{DOM}>"
    assert v not in MIDS
    MIDS.add(v)
    return v


def received(dt):
    t = format_datetime(dt + timedelta(seconds=random.randint(2, 40)))
    qid = hashlib.md5(t.encode()).hexdigest()[:10].upper()
    return (f"Received: from mx.{DOM} (mx.{DOM} [185.12.64.18])\n"
            f"\tby mx.zakazchik-omis.ru (Postfix) with ESMTPS id 4X{qid}\n"
            f"\tfor <{DISP}>; {t}")


def message(headers, body):
    head = "\n".join(f"{k}: {v}" for k, v in headers)
    return head.encode("ascii") + b"\n" + body


def ru_date(dt, weekday=True, comma=False):
    s = f"{dt.day} {MON[dt.month - 1]} {dt.year} г.{',' if comma else ''} {dt.hour}:{dt.minute:02d}"
    return (WD[dt.weekday()] + ", " + s) if weekday else s


def ol_block(frm, dt, to, subject, body, cc=None):
    """Quoted Outlook header block (mobile / desktop)."""
    lines = ["________________________________", f"От: {frm}", f"Отправлено: {ru_date(dt)}", f"Кому: {to}"]
    if cc:
        lines.append(f"Копия: {cc}")
    lines.append(f"Тема: {subject}")
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def html_of(text, font="Calibri", size="11pt"):
    import html as H
    paras = text.strip("\n").split("\n\n")
    ps = "".join("<p class=MsoNormal>" + "<br>\n".join(H.escape(x) for x in p.split("\n")) + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            f'<style>p.MsoNormal{{margin:0cm;font-size:{size};font-family:"{font}",sans-serif}}</style></head>'
            f'<body lang=RU link="#0563C1"><div class=WordSection1>\n{ps}</div></body></html>\n')


# --------------------------------------------------------------------------
# senders
# --------------------------------------------------------------------------
LETTERS = []


def add(dt, raw, label, req=None):
    LETTERS.append({"dt": dt, "raw": raw, "label": label, "req": req})


SD_FOOT = ("---\n"
           "Сообщение сформировано системой сервисного обслуживания АО «Интерком-Сервис».\n"
           "Служба сервиса: +7 (831) 411-20-30 (доб. 2), servicedesk@intercom-servis-nn.ru\n"
           "При ответе сохраняйте номер обращения в теме письма.\n")


def sd_text(ticket, req_ref, obj, status, who, comment, changed):
    return (f"Уважаемые коллеги!\n\n"
            f"Информируем об изменении состояния обращения.\n\n"
            f"Обращение:     {ticket}\n"
            f"Ваша заявка:   {req_ref}\n"
            f"Объект:        {obj}\n"
            f"Статус:        {status}\n"
            f"Исполнитель:   {who}\n"
            f"Комментарий:   {comment}\n\n"
            f"Дата изменения: {changed.astimezone(MSK).strftime('%d.%m.%Y %H:%M')}\n\n" + SD_FOOT)


def sd(dt_msk, subject, text, label, req, html=None):
    dt = dt_msk.astimezone(UTC)       # the ticket server runs in UTC
    hs = [("Return-Path", f"<servicedesk@{DOM}>"), ("Received", received(dt)[10:]),
          ("From", addr("sd")), ("To", DISP_ADDR), ("Reply-To", f"servicedesk@{DOM}"),
          ("Subject", hdr(subject)), ("Date", format_datetime(dt)), ("Message-ID", mid(dt, "sd")),
          ("X-Mailer", "IS-ServiceDesk 4.2.7"), ("MIME-Version", "1.0")]
    if html is None:
        body = part("text/plain", text, "utf-8", "quoted-printable")
    else:
        body = multipart("alternative", [part("text/plain", text, "utf-8", "quoted-printable"),
                                         part("text/html", html, "utf-8", "quoted-printable")], subject)
    add(dt, message(hs, body), label, req)


ANDROID = "Отправлено из Outlook для Android"


def tech(who, dt, subject, text, label, req, html=False, reply_to_mid=None, cc_sd=False):
    hs = [("Received", received(dt)[10:]), ("From", addr(who)), ("To", DISP_ADDR)]
    if cc_sd:
        hs.append(("CC", f"servicedesk@{DOM}"))
    hs += [("Subject", hdr(subject)), ("Date", format_datetime(dt)), ("Message-ID", mid(dt, "android", who))]
    if reply_to_mid:
        hs += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    hs += [("Accept-Language", "ru-RU, en-US"), ("Content-Language", "ru-RU"), ("MIME-Version", "1.0")]
    if html:
        import html as H
        hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
              + "".join(f'<div dir="auto">{H.escape(x) or "<br>"}</div>' for x in text.split("\n")) + "</body></html>\n")
        body = multipart("alternative", [part("text/plain", text, "utf-8", "base64"),
                                         part("text/html", hb, "utf-8", "base64")], subject + who)
    else:
        body = part("text/plain", text, "utf-8", "base64")
    add(dt, message(hs, body), label, req)


OK_SIG = ("С уважением,\n"
          "Лебедева Оксана\n"
          "диспетчер службы сервиса\n"
          "АО «Интерком-Сервис»\n"
          "603001, г. Нижний Новгород, ул. Ванеева, д. 34, оф. 12\n"
          "тел. +7 (831) 411-20-30 доб. 2\n"
          "ИНН 5262087519 / КПП 526201001")


def oksana(dt, subject, text, label, req, html_only=False, extra_headers=(), reply_to_mid=None):
    cs = "windows-1251"
    hs = [("Received", received(dt)[10:]), ("From", addr("ok", cs)), ("To", formataddr((DISP_NAME, DISP), charset=cs)),
          ("CC", f"servicedesk@{DOM}"),
          ("Subject", hdr(subject, cs)), ("Date", format_datetime(dt)), ("Message-ID", mid(dt, "outlook", "ok"))]
    if reply_to_mid:
        hs += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    hs += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", base64.b64encode(hashlib.md5(subject.encode()).digest()).decode()),
           ("Content-Language", "ru")] + list(extra_headers)
    if html_only:
        body = part("text/html", html_of(text), cs, "base64")
    else:
        body = multipart("alternative", [part("text/plain", text, cs, "quoted-printable"),
                                         part("text/html", html_of(text), cs, "quoted-printable")], subject)
    add(dt, message(hs, body), label, req)


MOR_SIG = ("-- \n"
           "С уважением,\n"
           "Морозов Виктор Павлович\n"
           "главный инженер АО \"Интерком-Сервис\"\n"
           "тел. +7 (831) 411-20-30 доб. 105, моб. +7 920 015-87-40\n"
           "mailto:morozov@intercom-servis-nn.ru")


def bat_headers(dt, subject, to=None, reply_to_mid=None):
    hs = [("Received", received(dt)[10:]), ("Date", format_datetime(dt)), ("From", addr("mor", "koi8-r")),
          ("Reply-To", addr("mor", "koi8-r")), ("X-Priority", "3 (Normal)"),
          ("Message-ID", mid(dt, "bat", "mor")), ("To", to or formataddr((DISP_NAME, DISP), charset="koi8-r"))]
    if reply_to_mid:
        hs += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    hs += [("Subject", hdr(subject, "koi8-r")), ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("MIME-Version", "1.0")]
    return hs


def moroz(dt, subject, text, label, req, cte="8bit", reply_to_mid=None, attach=None):
    hs = bat_headers(dt, subject, reply_to_mid=reply_to_mid)
    text = text.rstrip("\n") + "\n\n" + MOR_SIG + "\n"
    if attach:
        fname, data, ctype = attach
        att = part(f'{ctype}; name="{hdr(fname, "koi8-r")}"', data, None, "base64",
                   extra=[f'Content-Disposition: attachment; filename="{hdr(fname, "koi8-r")}"'])
        body = multipart("mixed", [part("text/plain", text, "koi8-r", cte), att], subject)
    else:
        body = part("text/plain", text, "koi8-r", cte)
    add(dt, message(hs, body), label, req)


def dmid(tag):
    """Message-ID of a (not included) letter from the customer's dispatch."""
    return mid(msk(1, 0, 0), "disp", tag)


D = lambda **kw: dict(expect="decided", **kw)
R = lambda note: dict(expect="review", note=note)
I = lambda note: dict(expect="ignored", note=note)

KUZ_TO = "Кузнецов Сергей Андреевич <s.kuznetsov@intercom-servis-nn.ru>"
BEL_TO = "Белов Алексей <a.belov@intercom-servis-nn.ru>"
GUS_TO = "Гусев Дмитрий <d.gusev@intercom-servis-nn.ru>"
DISP_FROM = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"
DISP_SIG = "--\nДиспетчерская ОМИС\nтел. 8 (831) 462-00-15"

# ==========================================================================
# 87114 — турникеты корпуса 2
# ==========================================================================
sd(msk(2, 9, 12), "[Т-4471] Заявка ИС-87114 — принята в работу",
   sd_text("Т-4471", "ИС-87114", "Учебный корпус №2, ул. Академическая, 14 — главный вход, турникеты PERCo",
           "Принято в работу", "Кузнецов С.А. (моб. +7 910 387-14-22)",
           "Заявка получена, передана выездному специалисту. Ориентировочное время выезда — до 12:00.",
           msk(2, 9, 11)),
   D(request="87114", positions=[], status="заявка принята",
     note="ticket notification, Статус: Принято в работу; object named without position numbers"), "87114")

tech("kuz", msk(2, 11, 5), "RE: Заявка 87114 турникеты корп.2",
     ANDROID + "\n" + ol_block(DISP_FROM, msk(2, 10, 52), "Кузнецов Сергей Андреевич",
                               "Заявка 87114 турникеты корп.2",
                               "Сергей Андреевич, добрый день! На главном входе корпуса 2 очередь, студенты "
                               "проходят через калитку вручную, охрана переписывает. Подскажите, когда ждать?\n\n" + DISP_SIG,
                               cc="servicedesk@intercom-servis-nn.ru")
     + "\nУже еду, на Гагарина пробка, минут 25-30\n",
     D(request="87114", positions=[], status="подрядчик в пути",
       note="bottom-posted under Outlook header block (signature sits above the quote); 'уже еду, минут 25-30' = on the way"),
     "87114", reply_to_mid=dmid("87114a"), cc_sd=True)

moroz(msk(2, 18, 40), "Заявка 87114, корпус 2 - итоги за 02.11", """\
Здравствуйте, коллеги.

По заявке 87114 (учебный корпус N2, главный вход), наше обращение Т-4471.

Хронология за 02.11.2026:
 10:55 - Кузнецов С.А. выехал с базы (ул. Ванеева).
 11:30 - прибыл на объект, пропуск на КПП оформили за 10 минут.
 11:45-12:40 - диагностика. На турникетах 1 и 3 после обновления ПО
   Sigur (версия 1.3.12) у контроллеров слетела конфигурация
   считывателей. Конфигурацию перезалили, проверили проход по картам
   студентов и сотрудников в обе стороны - работают штатно.
 12:40-13:50 - турникет 2: считыватель PERCo-IR08 не видит карты,
   питание в норме, неисправен сам считыватель. Подменного на машине
   не оказалось. Турникет 2 оставлен в режиме "открыто по кнопке с
   поста охраны", охрана предупреждена.
 14:05 - Кузнецов с объекта убыл.

Итог: турникеты 1 и 3 работают, по ним работы закончены.
Турникет 2 - считыватель со склада привезем завтра (03.11) до обеда.
""", D(request="87114", positions=["1", "3"], status="подрядчик убыл",
       note="KOI8-R day summary: 1 and 3 finished, crew left 14:05; turnstile 2 only planned for tomorrow"), "87114")

tech("kuz", msk(3, 10, 40), "87114 турникет 2",
     L("⟨На месте⟩, корп 2. Меняю ⟨считыватель⟩ на 2-м турникете, минут 40\n\n") + ANDROID + "\n",
     D(request="87114", positions=["2"], status="подрядчик на месте",
       note="Latin look-alikes in 'на месте'/'считыватель'; position in subject and '2-м турникете'"), "87114")

sd(msk(3, 12, 15), "[Т-4471] Заявка ИС-87114 — изменение статуса",
   sd_text("Т-4471", "ИС-87114", "Учебный корпус №2 — турникет 2", "На объекте", "Кузнецов С.А.",
           "Турникет 2: заменён считыватель (PERCo-IR08, зав. № 0412-8815), проход проверен совместно с "
           "охраной. Специалист убыл с объекта в 12:05. Обращение будет закрыто после подписания акта.",
           msk(3, 12, 14)),
   D(request="87114", positions=["2"], status="подрядчик убыл",
     note="status field lags ('На объекте'); the comment says the specialist left at 12:05"), "87114")

# ==========================================================================
# 87230 — домофоны общежитий 1-4
# ==========================================================================
OK_87230 = """\
Добрый день!

Ваша заявка № 87230 на ремонт домофонов общежитий №1–4 принята, в нашей системе ей присвоен номер Т-4502.
Ответственный исполнитель — Белов Алексей Николаевич, тел. +7 930 712-45-08.
Обход общежитий планируем на 05.11 (04.11 — праздничный день), начнём с общежития №1 с 9:00.

Просьба предупредить комендантов.

""" + OK_SIG
oksana(msk(3, 9, 50), "Заявка № 87230 (домофоны общежитий) — принята", OK_87230,
       D(request="87230", positions=[], status="заявка принята",
         note="windows-1251 Outlook; INN 5262087519 in signature contains 87519 but is not a request; plan for 05.11 is extra"),
       "87230")

tech("bel", msk(5, 9, 20), "RE: Заявка № 87230 (домофоны общежитий) — принята",
     L("Общежитие №1 — ⟨на месте⟩ с 9.10, комендант открыла щитовую. Начинаю с блока вызова.\n\n") + ANDROID + "\n\n"
     + ol_block("Лебедева Оксана <o.lebedeva@intercom-servis-nn.ru>", msk(3, 9, 50),
                "dispatch@zakazchik-omis.ru", "Заявка № 87230 (домофоны общежитий) — принята",
                OK_87230.split("Просьба")[0], cc="Белов Алексей <a.belov@intercom-servis-nn.ru>"),
     D(request="87230", positions=["1"], status="подрядчик на месте",
       note="subject still says 'принята' (old status); body: общежитие №1 on site"), "87230", html=True)

tech("bel", msk(5, 13, 40), "87230",
     "Общ.1 и общ.2 — готово, вызывные панели и трубки работают. Сейчас еду в третье.\n\n" + ANDROID + "\n",
     R("different statuses for different positions: 1,2 finished, 3 on the way"), "87230")

moroz(msk(5, 17, 55), "87230/ИС домофоны общежитий - отчет за 05.11", """\
Добрый вечер.

Отчет по заявке 87230/ИС (домофоны общежитий), исполнитель Белов А.Н.

Общежитие N1 (ул. Студенческая, 5):
  прибытие 09:10, убытие 11:05. Заменен блок питания БПД-18/12 в щитке
  1 этажа, подтянуты клеммы на коммутаторе КМ100-7.1. Вызов на все
  этажи проходит.

Общежитие N2 (ул. Студенческая, 7):
  прибытие 11:25, убытие 13:30. Вандальная панель Vizit БВД-343 -
  треснуло стекло камеры, поставили защитное стекло из ЗИП. Работает.

Общежитие N3 (пр. Гагарина, 101, корп. 3):
  прибытие 14:00, убытие 16:40. Панель BEWARD DKS15122 не включалась,
  заменили на исправную из подменного фонда, настроили вызов по
  комнатам 1-250.

Общежитие N4 - не успели: комендант до 16:00, а к 16:40 здание уже
закрыли для посторонних. Перенесли на пятницу 06.11, с утра.

Итого: общежития 1, 2, 3 - работы выполнены, техник убыл.
Общежитие 4 - завтра.
""", D(request="87230", positions=["1", "2", "3"], status="подрядчик убыл",
       note="day summary with arrival/departure times per dormitory; №4 postponed (plan only)"), "87230")

sd(msk(6, 11, 35), "[Т-4502] ИС-87230: выполнено (общежитие №4)",
   sd_text("Т-4502", "ИС-87230", "Общежитие №4, ул. Студенческая, 11 — домофон", "Выполнено", "Белов А.Н.",
           "Домофон общежития №4: заменена абонентская трубка Цифрал КЛ-2 в комнате 412, прозвонена линия "
           "на 3 этаже, вызов с панели проходит на все комнаты. Работы завершены в 11:20, специалист покинул объект.",
           msk(6, 11, 34)),
   D(request="87230", positions=["4"], status="подрядчик убыл", note="общежитие №4 = position 4; room 412 is not a position"),
   "87230")

# ==========================================================================
# 87342 — шлагбаумы
# ==========================================================================
moroz(msk(5, 10, 30), "Пропуска на въезд - заявка 87342 (шлагбаумы)", """\
Здравствуйте.

Для выполнения работ по заявке 87342 (шлагбаум главного въезда и
шлагбаум хозяйственного въезда) прошу оформить разовые пропуска:

 1. Гусев Дмитрий Владимирович, паспорт 22 19 548713
 2. Белов Алексей Николаевич,   паспорт 22 15 603118

Автомобиль: ГАЗель Next, белый, г/н М 418 КТ 152 - нужен въезд на
территорию (везем привод и стрелу 4 м, без машины никак).

Работы планируем на понедельник 09.11 с 08:30, ориентировочно на весь
день. Шлагбаум главного въезда на время работ будет поднят, просьба
предупредить охрану.

Если пропуска заказываются через ваше бюро пропусков напрямую -
подскажите телефон.
""", R("pass request for technicians and car; work only planned"), "87342")

oksana(msk(9, 8, 20), "87342 — бригада выехала", """\
Доброе утро!

По заявке 87342 бригада (Гусев Д.В., Белов А.Н.) выехала на шлагбаумы, автомобиль ГАЗель г/н М 418 КТ 152. Ориентировочное прибытие — 9:00.

Пропуска, как мы поняли, заказаны на КПП №1.

""" + OK_SIG, D(request="87342", positions=[], status="подрядчик в пути",
                 note="HTML-only windows-1251 base64; 'бригада выехала на шлагбаумы' = travelling; car plate/КПП №1 are not positions"),
       "87342", html_only=True)

tech("gus", msk(9, 9, 5), "87342-1",
     "Заехали, шлагбаум главного въезда, стрелу сняли, работаем. Движение через главный пока вручную, охрана в курсе\n\n"
     + ANDROID + "\n",
     D(request="87342", positions=["1"], status="подрядчик на месте", note="position after dash in subject; 'заехали... работаем'"),
     "87342")

HT_87342 = """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Уважаемые коллеги!</p>
<p>Информируем об изменении состояния обращения <b>Т-4519</b> (ваша заявка <b>ИС-87342</b>).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef7"><th>Поз.</th><th>Оборудование</th><th>Статус</th><th>Комментарий</th></tr>
<tr><td>1</td><td>Шлагбаум главного въезда (CAME GARD 4000)</td><td>Выполнено</td><td>Заменён привод, установлена новая стрела 4 м, настроены концевики</td></tr>
<tr><td>2</td><td>Шлагбаум хозяйственного въезда (DoorHan Barrier PRO 4000)</td><td>Выполнено</td><td>Отрегулирована балансировочная пружина, смазка, проверка фотоэлементов</td></tr>
</table>
<p>Исполнитель: Гусев Д.В., Белов А.Н.<br>
Комментарий: Бригада убыла с объекта в 15:10. Акт выполненных работ № 2207 от 09.11.2026 направим почтой.</p>
<p style="color:#777;font-size:11px">Сообщение сформировано системой сервисного обслуживания АО «Интерком-Сервис».<br>
Служба сервиса: +7 (831) 411-20-30 (доб. 2)</p>
</body></html>
"""
TX_87342 = """\
Уважаемые коллеги!

Информируем об изменении состояния обращения Т-4519 (ваша заявка ИС-87342).

Поз. | Оборудование                                            | Статус     | Комментарий
1    | Шлагбаум главного въезда (CAME GARD 4000)               | Выполнено  | Заменён привод, установлена новая стрела 4 м, настроены концевики
2    | Шлагбаум хозяйственного въезда (DoorHan Barrier PRO 4000)| Выполнено  | Отрегулирована балансировочная пружина, смазка, проверка фотоэлементов

Исполнитель: Гусев Д.В., Белов А.Н.
Комментарий: Бригада убыла с объекта в 15:10. Акт выполненных работ № 2207 от 09.11.2026 направим почтой.

""" + SD_FOOT
sd(msk(9, 15, 30), "[Т-4519] ИС-87342 — работы выполнены", TX_87342,
   D(request="87342", positions=["1", "2"], status="подрядчик убыл", note="HTML table with one row per position; crew left 15:10"),
   "87342", html=HT_87342)

# ==========================================================================
# 87519 — калитка спорткомплекса
# ==========================================================================
sd(msk(6, 14, 55), "[Т-4511] Новое обращение по заявке 87519/ИС",
   sd_text("Т-4511", "87519/ИС", "Спорткомплекс — калитка со стороны стадиона", "Принято в работу", "Гусев Д.В.",
           "Калитка не закрывается, по описанию — доводчик. Выезд в понедельник или вторник, время согласуем по телефону.",
           msk(6, 14, 54)),
   D(request="87519", positions=[], status="заявка принята", note="number written 87519/ИС; visit only planned"), "87519")

G_87519 = "Доводчик на калитке поменял (DORMA TS-77), замок проверил, закрывается нормально. Уехал"
tech("gus", msk(10, 10, 40), "87519 калитка 2", G_87519 + "\n\n" + ANDROID + "\n",
     R("request 87519 has only position 1 (one gate); 'калитка 2' is a position the request does not have"), "87519")

oksana(msk(10, 11, 10), "FW: 87519 калитка 2", """\
Коллеги, добрый день.

Техник ошибся в теме — по заявке 87519 калитка одна (спорткомплекс, со стороны стадиона), второй нет. Пересылаю его сообщение: работы по калитке завершены, техник уехал.

""" + OK_SIG + """

-----Original Message-----
From: Гусев Дмитрий <d.gusev@intercom-servis-nn.ru>
Sent: Tuesday, November 10, 2026 10:40 AM
To: dispatch@zakazchik-omis.ru
Cc: servicedesk@intercom-servis-nn.ru
Subject: 87519 калитка 2

""" + G_87519 + "\n\n" + ANDROID + "\n",
       D(request="87519", positions=[], status="подрядчик убыл",
         note="forward with correction: the only gate of 87519 is done, technician left; no valid position number named"),
       "87519")

# ==========================================================================
# 88006 — СКУД корпус 6
# ==========================================================================
sd(msk(9, 8, 40), "[Т-4521] ИС-88006: принято в работу",
   sd_text("Т-4521", "ИС-88006", "Учебный корпус №6 — СКУД (Sigur)", "Принято в работу", "Кузнецов С.А.",
           "Подключились к серверу СКУД удалённо: контроллеры корпуса 6 не в сети с 06:47. Похоже на сетевое "
           "оборудование или питание, удалённо не решается — нужен выезд, специалист назначен.",
           msk(9, 8, 39)),
   D(request="88006", positions=[], status="заявка принята", note="accepted; remote diagnosis only, visit still to come"), "88006")

tech("kuz", msk(9, 10, 5), "88006 корп 6",
     L("⟨Выехал⟩ в 6-й корпус, к 10.40 буду.\nПусть охрана пока пропускает по журналу\n\n") + ANDROID + "\n",
     D(request="88006", positions=[], status="подрядчик в пути", note="'выехал в корпус, к 10.40 буду' = on the way; Latin letters in 'Выехал'"),
     "88006")

tech("kuz", msk(9, 13, 30), "RE: Заявка 88006 СКУД корпус 6",
     "Оба входа работают. На входе 1 сгорел БП контроллера, поставил новый, на входе 2 был выбит автомат в щитке "
     "+ заменил патч-корд до коммутатора. С объекта уехал 13.20\n\n" + ANDROID + "\n\n"
     + ol_block(DISP_FROM, msk(9, 12, 58), "Кузнецов Сергей Андреевич", "Заявка 88006 СКУД корпус 6",
                "Сергей Андреевич, что по корпусу 6? Охрана спрашивает, когда заработают оба входа.\n\n" + DISP_SIG),
     D(request="88006", positions=["1", "2"], status="подрядчик убыл",
       note="request number only in the Re: subject / quoted header; body names вход 1 and вход 2, left 13.20"),
     "88006", reply_to_mid=dmid("88006"))

moroz(msk(10, 9, 15), "Re: Заявка 88006 - подтверждение", """\
Здравствуйте, Диспетчерская.

Вы писали 10 ноября 2026 г., 8:47:

ДО> Виктор Павлович, доброе утро.
ДО> Прошу подтвердить, что работы по заявке 88006 (СКУД корпус 6)
ДО> завершены, и прислать акт.

Подтверждаю. Вход 1 и вход 2 корпуса 6 работают с 13:20 09.11,
Кузнецов С.А. с объекта убыл около 13:20. Замечаний от охраны не было.
Заменены: блок питания СКАТ-1200Д (вход 1), патч-корд 3 м (вход 2).
Акт N 2209 от 09.11.2026 подписан комендантом корпуса, скан пришлю
сегодня.
""", D(request="88006", positions=["1", "2"], status="подрядчик убыл",
       note="The Bat! reply written under 'ДО>' quote; confirms both entrances done and technician left"),
      "88006", reply_to_mid=dmid("88006b"))

# ==========================================================================
# 88147 — домофон общежития №3
# ==========================================================================
tech("bel", msk(10, 11, 0), "RE: Заявка 88147 домофон общежития №3",
     "Принял в работу. Сегодня после 14, сейчас на другом объекте\n\n" + ANDROID + "\n\n"
     + ol_block(DISP_FROM, msk(10, 10, 36), "Белов Алексей; servicedesk@intercom-servis-nn.ru",
                "Заявка 88147 домофон общежития №3",
                "Алексей, добрый день. В общежитии №3 снова не работает домофон на входе 2 (со двора), на входе 1 "
                "жалобы на плохую слышимость. Заявка 88147 в системе.\n\n" + DISP_SIG),
     D(request="88147", positions=[], status="заявка принята", note="'Принял в работу'; visit only planned"),
     "88147", reply_to_mid=dmid("88147"))

tech("bel", msk(10, 14, 10), "88147 (2)",
     L("общ 3, ⟨вход 2 — на месте⟩. Панель мёртвая, по ходу вода\n\n") + ANDROID + "\n",
     D(request="88147", positions=["2"], status="подрядчик на месте", note="position in brackets in subject; Latin look-alikes"),
     "88147")

sd(msk(10, 16, 45), "[Т-4525] ИС-88147: изменение статуса",
   sd_text("Т-4525", "ИС-88147", "Общежитие №3, пр. Гагарина, 101, корп. 3 — домофон", "Специалист выехал", "Белов А.Н.",
           "Вход 2: блок вызова BEWARD DKS15122 залит водой (разбит козырёк), заменён на новый, козырёк поставлен "
           "временный. Вход 1: подстроена громкость на блоке вызова, слышимость в норме. Специалист закончил работы "
           "и уехал в 16:30.", msk(10, 16, 44)),
   D(request="88147", positions=["1", "2"], status="подрядчик убыл",
     note="status field lags ('Специалист выехал'); comment: both entrances done, left 16:30"), "88147")

# Belov's out-of-office reply (Exchange style)
dt = msk(12, 8, 3)
hs = [("Received", received(dt)[10:]), ("From", addr("bel")), ("To", DISP_ADDR),
      ("Subject", hdr("Автоматический ответ: Заявка 88147 — прошу акт")), ("Date", format_datetime(dt)),
      ("Message-ID", mid(dt, "android", "bel-oof")), ("In-Reply-To", dmid("88147oof")),
      ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
      ("X-MS-Exchange-Inbox-Rules-Loop", f"a.belov@{DOM}"), ("Content-Language", "ru-RU"), ("MIME-Version", "1.0")]
add(dt, message(hs, part("text/plain",
                          "Здравствуйте!\n\nЯ в отпуске с 12.11 по 20.11, почту не читаю. По текущим заявкам обращайтесь "
                          "в службу сервиса: servicedesk@intercom-servis-nn.ru, +7 (831) 411-20-30 доб. 2.\n\nБелов А.\n",
                          "utf-8", "base64")),
    I("out-of-office auto-reply (Auto-Submitted: auto-replied)"), "88147")

# ==========================================================================
# 88263 — турникеты спорткомплекса 1-4
# ==========================================================================
sd(msk(11, 13, 30), "[Т-4530] ИС-88263 — принято",
   sd_text("Т-4530", "ИС-88263", "Спорткомплекс — турникеты PERCo TTR-04 (4 шт.)", "Принято в работу", "Гусев Д.В.",
           "По описанию — заедание планки и не читаются карты. Выезд согласуем после оформления пропусков в спорткомплекс.",
           msk(11, 13, 29)),
   D(request="88263", positions=[], status="заявка принята", note="accepted; '4 шт.' is a count, not a position"), "88263")

oksana(msk(11, 15, 20), "Пропуска в спорткомплекс — заявка 88263", """\
Добрый день!

У наших техников Гусева Д.В. и Кузнецова С.А. пропуска в спорткомплекс (№ 0314 и № 0317) были действительны до 31.10.2026. Охрана спорткомплекса без действующего пропуска не пускает даже по заявке.

Подскажите, пожалуйста, продлят ли пропуска до конца года и кто их выдаёт — ваше бюро пропусков или администрация спорткомплекса? Как только пропуска будут, выедем по заявке 88263.

""" + OK_SIG, R("question about expired passes; visit only promised"), "88263")

oksana(msk(12, 16, 5), "RE: Пропуска в спорткомплекс — заявка 88263", """\
Спасибо! Пропуска забрали в бюро пропусков, действуют до 31.12.2026. Выезд по турникетам — завтра утром, время сообщим.

""" + OK_SIG + """

Диспетчерская ОМИС писал(а) 12.11.2026 14:10:
> Оксана, добрый день.
> Пропуска Гусева и Кузнецова продлены до 31.12, можно забрать
> в бюро пропусков (корп. 1, каб. 104) с 14:00.
> --
> Диспетчерская ОМИС
""", R("thanks for passes + plan for tomorrow; no status"), "88263", reply_to_mid=dmid("88263pass"))

tech("gus", msk(13, 9, 10), "Спорткомплекс 88263 — турникеты 3, 4",
     L("Пропустили без вопросов. ⟨На месте⟩, начал с Т3 и Т4, там карты не читает\n\n") + ANDROID + "\n",
     D(request="88263", positions=["3", "4"], status="подрядчик на месте", note="'Т3 и Т4' = turnstiles 3 and 4"), "88263")

moroz(msk(13, 17, 25), "Наряд 88263 - спорткомплекс, итог дня", """\
Добрый вечер.

Наряд по вашей заявке 88263, турникеты спорткомплекса. Работал
Гусев Д.В.

09:05 прибыл, прошел по новому пропуску без задержек.
09:10-11:20 турникеты 3 и 4: вышли из строя платы считывателей
  (пробой по питанию, видимо после скачка напряжения). Заменили обе
  платы на CT/L04.2 из ЗИП, проверили на картах - работают.
11:20-12:15 турникет 1: заедала преграждающая планка, разобрали,
  почистили, смазали, отрегулировали. Работает.
12:15-12:55 турникет 2: механизм поворота планки изношен, люфт, при
  проходе блокируется. Ремонту на месте не подлежит, механизм
  заказан у PERCo (ориентир - 3-5 рабочих дней). Турникет 2
  переведен в режим свободного прохода, пост охраны предупрежден.
13:05 убыл.

По 1, 3, 4 - закрыто. По 2 - сообщим, как придет механизм.
""", D(request="88263", positions=["1", "3", "4"], status="подрядчик убыл",
       note="day summary; 1,3,4 finished and crew left 13:05; turnstile 2 waits for a part"), "88263", cte="quoted-printable")

sd(msk(16, 10, 0), "[Т-4530] ИС-88263: статус изменён — приостановлено",
   sd_text("Т-4530", "ИС-88263", "Спорткомплекс — турникет 2", "Приостановлено (ожидание запчастей)", "Гусев Д.В.",
           "Ожидаем механизм поворота планки от PERCo, поставщик обещает отгрузку 17.11. Выезд после поступления.",
           msk(16, 9, 59)),
   R("suspended, waiting for parts: no contractor status"), "88263")

tech("gus", msk(17, 16, 20), "RE: 88263 турникет 2 когда?",
     ANDROID + "\n" + ol_block(DISP_FROM, msk(17, 16, 2), "Гусев Дмитрий", "88263 турникет 2 когда?",
                               "Дмитрий, добрый день. Спорткомплекс спрашивает по турникету 2 — вы сегодня выехали?\n\n" + DISP_SIG)
     + "\nНет, ещё не выезжали. Механизм пришёл на склад только к вечеру, завтра с утра у меня шлагбаум в общаге 5, "
       "потом могу. Скорее всего в четверг\n",
     R("negation ('ещё не выезжали') and plan; bottom-posted"), "88263", reply_to_mid=dmid("88263when"))

sd(msk(19, 10, 0), "[Т-4530] ИС-88263: выезд специалиста",
   sd_text("Т-4530", "ИС-88263", "Спорткомплекс — турникет 2", "Выезд специалиста", "Гусев Д.В.",
           "Механизм поворота получен. Специалист выехал на турникет 2, ориентировочное прибытие 10:40.",
           msk(19, 9, 58)),
   D(request="88263", positions=["2"], status="подрядчик в пути", note="Статус: Выезд специалиста, comment confirms departure for the site"),
   "88263")

tech("gus", msk(19, 12, 30), "88263 Т2 готов",
     "Т2 в спорткомплексе готов — механизм поменял, проход в обе стороны ок, планка не клинит. Охране сказал вернуть "
     "нормальный режим. С объекта уехал, по нашему Т-4530 можно закрывать\n\n" + ANDROID + "\n",
     D(request="88263", positions=["2"], status="подрядчик убыл", note="Т2 = turnstile 2; Т-4530 is the contractor's internal ticket"),
     "88263")

# ==========================================================================
# 88410 — контроллер СКУД библиотеки
# ==========================================================================
tech("kuz", msk(12, 9, 40), "RE: Заявка 88410 — библиотека, контроллер СКУД",
     ANDROID + "\n" + ol_block(DISP_FROM, msk(12, 9, 21), "Кузнецов Сергей Андреевич; servicedesk@intercom-servis-nn.ru",
                               "Заявка 88410 — библиотека, контроллер СКУД",
                               "Добрый день. В библиотеке (корп. 5, вход с ул. Лобачевского) контроллер СКУД не пускает "
                               "никого, даже сотрудников. Заявка 88410.\n\n" + DISP_SIG)
     + "\nПринял. Попробую сначала по сети зайти, если не получится — выеду\n",
     D(request="88410", positions=[], status="заявка принята", note="bottom-posted 'Принял'; visit conditional"),
     "88410", reply_to_mid=dmid("88410"))

sd(msk(12, 11, 15), "[Т-4533] ИС-88410: выполнено удалённо",
   sd_text("Т-4533", "ИС-88410", "Библиотека (корпус 5) — контроллер СКУД", "Выполнено (удалённо)", "Кузнецов С.А.",
           "Подключились к контроллеру Z-5R Net 8000 по сети, контроллер перезагружен, база ключей перезалита с "
           "сервера. Проход проверен по телефону с постом охраны библиотеки — карты сотрудников и читателей проходят. "
           "Выезд на объект не потребовался.", msk(12, 11, 14)),
   R("remote fix over the network, nobody travelled/arrived/left: unclear how to map to on-site statuses"), "88410")

# Oksana's read receipt
dt = msk(12, 11, 40)
orig_mid = dmid("88410confirm")
mdn_txt = ("Ваше сообщение\n\n"
           "  Кому: Лебедева Оксана\n"
           "  Тема: Заявка 88410 — подтвердите, пожалуйста, выполнение\n"
           "  Отправлено: 12 ноября 2026 г. 11:22:05 (UTC+03:00) Волгоград, Москва, Санкт-Петербург\n\n"
           "было прочитано 12 ноября 2026 г. 11:40:12 (UTC+03:00) Волгоград, Москва, Санкт-Петербург.\n")
mdn = ("Reporting-UA: " + DOM + "; Microsoft Outlook 16.0\n"
       f"Final-Recipient: rfc822;o.lebedeva@{DOM}\n"
       f"Original-Message-ID: {orig_mid}\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
hs = [("Received", received(dt)[10:]), ("From", addr("ok", "windows-1251")), ("To", formataddr((DISP_NAME, DISP), charset="windows-1251")),
      ("Subject", hdr("Прочитано: Заявка 88410 — подтвердите, пожалуйста, выполнение", "windows-1251")),
      ("Date", format_datetime(dt)), ("Message-ID", mid(dt, "outlook", "ok-mdn")), ("In-Reply-To", orig_mid),
      ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")]
add(dt, message(hs, multipart("report", [part("text/plain", mdn_txt, "windows-1251", "quoted-printable"),
                                          part("message/disposition-notification", mdn, None, "7bit")],
                              "mdn88410", " report-type=disposition-notification;")),
    I("read receipt (disposition notification)"), "88410")

tech("kuz", msk(16, 9, 35), "88410 библиотека — опять",
     "Контроллер в библиотеке опять завис, по сети не отвечает вообще. Еду туда, минут через 40 буду\n\n" + ANDROID + "\n",
     D(request="88410", positions=[], status="подрядчик в пути", note="'еду туда, минут через 40 буду'"), "88410", html=True)

tech("kuz", msk(16, 10, 20), "RE: 88410 библиотека — опять",
     L("⟨Я на месте⟩, в серверной библиотеки\n\n") + ANDROID + "\n\n"
     + ol_block(DISP_FROM, msk(16, 9, 48), "Кузнецов Сергей Андреевич", "RE: 88410 библиотека — опять",
                "Ок, ждём. Охрана на входе предупреждена.\n\n" + DISP_SIG),
     D(request="88410", positions=[], status="подрядчик на месте", note="short top-posted reply"), "88410",
     reply_to_mid=dmid("88410again"))

moroz(msk(16, 18, 10), "Заявка 88410 - библиотека, итог", """\
Здравствуйте.

По заявке 88410 (библиотека, корпус 5, контроллер СКУД) - итог дня.

12.11 неисправность была устранена удаленно (перезагрузка, перезаливка
базы ключей), но сегодня утром контроллер снова перестал отвечать.
Значит, дело было не в базе.

16.11:
 09:35 Кузнецов С.А. выехал
 10:15 на объекте
 10:15-11:30 диагностика: контроллер Z-5R Net 8000 (зав. N 88 014 72) -
   деградация флеш-памяти, теряет конфигурацию при пропадании питания.
 11:30-12:20 заменен контроллер на новый, конфигурация и ключи
   восстановлены, проверен проход в обе стороны, кнопка выхода,
   аварийная разблокировка по сигналу пожарной сигнализации.
 12:30 техник убыл.

Старый контроллер забрали для сдачи по гарантии. Гарантийный талон
приложу к акту.
""", D(request="88410", positions=[], status="подрядчик убыл",
       note="day summary; latest event: technician left 12:30; serial 88 014 72 is not a request"), "88410")

# ==========================================================================
# 88795 — ректорат
# ==========================================================================
OK_88795 = """\
Добрый день!

Заявка 88795/ИС (ректорат, домофония и СКУД входов 1–3) принята в работу, наш внутренний номер Т-4588. Исполнитель — Кузнецов С.А., постоянный пропуск в ректорат у него есть.

Выезд планируем на завтра, 17.11, к 9:30.

""" + OK_SIG
oksana(msk(16, 9, 0), "Заявка 88795/ИС принята в работу (Т-4588)", OK_88795,
       D(request="88795", positions=[], status="заявка принята", note="'входов 1–3' describes the request, no per-position status"),
       "88795")

# bounce: Belov's mailbox is full (he is on leave)
dt = msk(16, 12, 0)
orig = message([("From", DISP_ADDR), ("To", BEL_TO.replace("Белов Алексей ", "")),
                ("Subject", hdr("Заявка 88795 — ректорат, кто выезжает?")),
                ("Date", format_datetime(msk(16, 11, 59, 41))), ("Message-ID", dmid("88795belov")),
                ("MIME-Version", "1.0")],
               part("text/plain", "Алексей, добрый день. По заявке 88795 (ректорат) — кто от вас выезжает завтра? "
                                  "Нужно сообщить охране.\n\n" + DISP_SIG + "\n", "utf-8", "base64"))
dsn_txt = f"""This is the mail system at host mx.{DOM}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<a.belov@{DOM}>: host dovecot.{DOM}[private/dovecot-lmtp] said:
    552 5.2.2 <a.belov@{DOM}> Quota exceeded (mailbox for user is full)
    (in reply to end of DATA command)
"""
dsn = f"""Reporting-MTA: dns; mx.{DOM}
X-Postfix-Queue-ID: 4F2A81C0B12
X-Postfix-Sender: rfc822; {DISP}
Arrival-Date: {format_datetime(msk(16, 11, 59, 44))}

Final-Recipient: rfc822; a.belov@{DOM}
Original-Recipient: rfc822;a.belov@{DOM}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <a.belov@{DOM}> Quota exceeded (mailbox for
    user is full)
"""
hs = [("Received", received(dt)[10:]), ("From", f"MAILER-DAEMON@{DOM} (Mail Delivery System)"), ("To", DISP),
      ("Subject", "Undelivered Mail Returned to Sender"), ("Date", format_datetime(dt)),
      ("Message-ID", mid(dt, "bounce1")), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
add(dt, message(hs, multipart("report", [part("text/plain", dsn_txt, "us-ascii", "7bit",
                                              extra=["Content-Description: Notification"]),
                                         part("message/delivery-status", dsn, None, "7bit",
                                              extra=["Content-Description: Delivery report"]),
                                         part("message/rfc822", orig, None, "7bit",
                                              extra=["Content-Description: Undelivered Message"])],
                              "bounce88795", " report-type=delivery-status;")),
    I("Postfix bounce (mailbox full); the returned message is the dispatcher's own question"), "88795")

tech("kuz", msk(17, 9, 35), "RE: Заявка 88795/ИС принята в работу (Т-4588)",
     "Ректорат, вход 1 — на месте с 9.30. Видеодомофон не включается, смотрю питание\n\n" + ANDROID + "\n\n"
     + ol_block("Лебедева Оксана <o.lebedeva@intercom-servis-nn.ru>", msk(16, 9, 0), "dispatch@zakazchik-omis.ru",
                "Заявка 88795/ИС принята в работу (Т-4588)", OK_88795.split("Выезд")[0]),
     D(request="88795", positions=["1"], status="подрядчик на месте",
       note="Re: subject names the old status 'принята'; body reports arrival at вход 1"), "88795")

tech("kuz", msk(17, 14, 0), "88795 вход 1 / вход 3",
     L("По входу 1 закончил — монитор Commax CDV-70 заменил, вызов и открывание работают. Перешёл на вход 3, ⟨на месте⟩, "
       "там магнитный замок\n\n") + ANDROID + "\n",
     R("different statuses for different positions: вход 1 finished, вход 3 on site"), "88795")

moroz(msk(17, 18, 20), "88795/ИС ректорат - отчет за 17.11", """\
Добрый вечер.

Заявка 88795/ИС (ректорат, ул. Академическая, 1), исполнитель
Кузнецов С.А.

17.11.2026:
  09:30 прибытие.
  Вход 1 (парадный, видеодомофон): 09:30-13:40. Неисправен монитор
    Commax CDV-70 на посту, заменен. Попутно заменен блок питания
    вызывной панели. Вызов, видео, открывание - в норме.
  Вход 3 (со двора): 13:50-15:20. Электромагнитный замок ML-300 держал
    дверь с усилием ~50 кг вместо 300, заменен на новый.
  Вход 2 (служебный): осмотрен, считыватель и замок исправны,
    почищены контакты, замечаний нет.
  15:45 убытие.

Все три входа работают, по заявке все.
""", D(request="88795", positions=["1", "2", "3"], status="подрядчик убыл",
       note="day summary for all three entrances, departure 15:45; ML-300/300 кг are not numbers of interest"), "88795")

# ==========================================================================
# 89021 — шлагбаум общежития №5
# ==========================================================================
sd(msk(17, 16, 10), "[Т-4597] ИС-89021: принято в работу",
   sd_text("Т-4597", "ИС-89021", "Общежитие №5 — шлагбаум въезда", "Принято в работу", "Гусев Д.В.",
           "Шлагбаум не поднимается, по словам охраны повреждена стрела. Выезд завтра утром.", msk(17, 16, 9)),
   D(request="89021", positions=[], status="заявка принята", note="общежитие №5 is the site, not a position"), "89021")

tech("gus", msk(18, 8, 30), "89021",
     L("⟨Выезжаю на⟩ шлагбаум к общаге 5, буду около 9\n\n") + ANDROID + "\n",
     D(request="89021", positions=[], status="подрядчик в пути", note="'выезжаю на шлагбаум' = leaving FOR the site"), "89021")

tech("gus", msk(18, 9, 40), "RE: 89021",
     "На месте с 9.05. Стрела сломана пополам — кто-то въехал, крепление погнуто. Привод CAME GARD целый. "
     "Стрелу 4 м везти со склада, сегодня не успеваю\n\n" + ANDROID + "\n\n"
     + ol_block(DISP_FROM, msk(18, 9, 31), "Гусев Дмитрий", "RE: 89021",
                "Дмитрий, подтвердите прибытие, пожалуйста.\n\n" + DISP_SIG),
     D(request="89021", positions=[], status="подрядчик на месте", note="on site since 9.05; repair needs a part later"),
     "89021", reply_to_mid=dmid("89021arr"))

# bounce: dispatcher mistyped Gusev's address
dt = msk(18, 10, 5)
dsn_txt = f"""This is the mail system at host mx.{DOM}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<d.gysev@{DOM}>: host mx.{DOM}[private/dovecot-lmtp] said: 550 5.1.1
    <d.gysev@{DOM}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""
dsn = f"""Reporting-MTA: dns; mx.{DOM}
X-Postfix-Queue-ID: 7B31C1C0A44
X-Postfix-Sender: rfc822; {DISP}
Arrival-Date: {format_datetime(msk(18, 10, 4, 50))}

Final-Recipient: rfc822; d.gysev@{DOM}
Original-Recipient: rfc822;d.gysev@{DOM}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <d.gysev@{DOM}>: Recipient address rejected:
    User unknown in virtual mailbox table
"""
ohdr = (f"Return-Path: <{DISP}>\nFrom: {DISP_ADDR}\nTo: d.gysev@{DOM}\n"
        f"Subject: {hdr('Заявка 89021 — фото стрелы и время завершения')}\n"
        f"Date: {format_datetime(msk(18, 10, 4, 47))}\nMessage-ID: {dmid('89021photo')}\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n")
hs = [("Received", received(dt)[10:]), ("From", f"MAILER-DAEMON@{DOM} (Mail Delivery System)"), ("To", DISP),
      ("Subject", "Undelivered Mail Returned to Sender"), ("Date", format_datetime(dt)),
      ("Message-ID", mid(dt, "bounce2")), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
add(dt, message(hs, multipart("report", [part("text/plain", dsn_txt, "us-ascii", "7bit"),
                                         part("message/delivery-status", dsn, None, "7bit"),
                                         part("text/rfc822-headers", ohdr, None, "7bit")],
                              "bounce89021", " report-type=delivery-status;")),
    I("bounce: user unknown (dispatcher's typo d.gysev)"), "89021")

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
moroz(msk(18, 11, 30), "89021 - стрела шлагбаума, не гарантийный случай", """\
Здравствуйте.

По заявке 89021 (шлагбаум у общежития N5). Техник зафиксировал
механическое повреждение стрелы: наезд транспортного средства.
Это не гарантийный случай и не входит в абонентское обслуживание по
договору N ТО-114/2026 от 12.01.2026.

Стоимость:
  стрела алюминиевая CAME G04000, 4 м  - 14 200 руб.
  крепление стрелы G04001               -  2 650 руб.
  работы по замене                      -  3 500 руб.
  итого                                 - 20 350 руб. с НДС

Счет N 1187 от 18.11.2026 во вложении, фото пришлю отдельным письмом.
Просим согласовать, после согласования установим в течение одного
рабочего дня.
""", R("price / invoice talk, asks for approval; no status"), "89021",
      attach=("Счет_1187_от_18.11.2026.pdf", PDF, "application/pdf"))

tech("gus", msk(20, 11, 50), "89021 шлагбаум общ 5 — ГОТОВО",
     "Стрелу поставил новую, крепление тоже, концевики выставил. Шлагбаум открывается с пульта и с кнопки охраны. "
     "С объекта выехал в 11.40\n\n" + ANDROID + "\n",
     D(request="89021", positions=[], status="подрядчик убыл", note="'с объекта выехал' = left FROM the site; caps in subject"),
     "89021")

# ==========================================================================
# 89350 — корпус 4: турникет 1, турникет 2, калитка
# ==========================================================================
sd(msk(18, 8, 50), "[Т-4601] ИС-89350: принято в работу",
   sd_text("Т-4601", "ИС-89350", "Учебный корпус №4, ул. Академическая, 20 — главный вход (турникеты, калитка)",
           "Принято в работу", "Кузнецов С.А.",
           "Турникеты пропускают по одной карте дважды, калитка не фиксируется. Выезд сегодня после обеда.",
           msk(18, 8, 49)),
   D(request="89350", positions=[], status="заявка принята", note="accepted; no position numbers"), "89350")

tech("kuz", msk(18, 13, 0), "#89350 корп 4",
     "Еду в корпус 4, минут 30\n\n" + ANDROID + "\n",
     D(request="89350", positions=[], status="подрядчик в пути", note="'#89350' in subject; 'еду, минут 30'"), "89350")

tech("kuz", msk(18, 13, 40), "RE: #89350 корп 4",
     ANDROID + "\n" + ol_block(DISP_FROM, msk(18, 13, 33), "Кузнецов Сергей Андреевич", "RE: #89350 корп 4",
                               "Сергей, охрана корп.4 ждёт, к турникетам 1 и 2 очередь — вы где?\n\n" + DISP_SIG)
     + L("\nЗдесь уже, ⟨на месте⟩, начал с турникетов 1 и 2\n"),
     D(request="89350", positions=["1", "2"], status="подрядчик на месте", note="bottom-posted answer under the quoted question"),
     "89350", reply_to_mid=dmid("89350where"))

moroz(msk(18, 18, 30), "корп.4 - итоги дня", """\
Добрый вечер.

Учебный корпус N4, ул. Академическая, 20 (89350). Сегодня работал
Кузнецов С.А.

Прибыл 13:35. Турникеты 1 и 2 (PERCo TTD-03.1): в контроллере был
отключен режим antipassback после сбоя питания, поэтому одна карта
проходила два раза подряд. Включили, прописали заново зоны, проверили -
работают как положено. С объекта уехал в 16:10.

Калитка (поз. 3) - нужен новый электромеханический замок Shelby 452,
на складе нет, забираем у поставщика завтра утром. Выезд на калитку
19.11 до обеда.
""", D(request="89350", positions=["1", "2"], status="подрядчик убыл",
       note="number only in brackets after the address; 1,2 done and left 16:10; калитка (3) planned"), "89350")

oksana(msk(19, 9, 10), "89350/ИС — калитка корп. 4, выезд", """\
Доброе утро!

Кузнецов С.А. забрал замок у поставщика и выехал в корпус 4 на калитку (заявка 89350/ИС, позиция 3). Ориентировочно будет к 9:45.

""" + OK_SIG, D(request="89350", positions=["3"], status="подрядчик в пути", note="'позиция 3' spelled out"), "89350")

sd(msk(19, 12, 40), "[Т-4601] ИС-89350: выполнено",
   sd_text("Т-4601", "ИС-89350", "Учебный корпус №4 — калитка (поз. 3)", "Выполнено", "Кузнецов С.А.",
           "Замок Shelby 452 установлен, фиксация и открывание с кнопки охраны проверены. Специалист убыл 12:25.",
           msk(19, 12, 39)),
   D(request="89350", positions=["3"], status="подрядчик убыл", note="'калитка (поз. 3)'; Shelby 452 is a model"), "89350")

moroz(msk(19, 18, 5), "Итоги 19.11 - корп.4 и спорткомплекс", """\
Добрый вечер, коллеги.

Кратко по сегодняшнему дню.

1) Заявка 89350, корпус N4, калитка. Кузнецов С.А. прибыл 09:50,
   замок Shelby 452 поменяли, калитка фиксируется. Уехал 12:25.

2) Заявка 88263, спорткомплекс, турникет 2. Гусев Д.В. на объекте
   с 10:40 до 12:20, механизм поворота планки заменен, турникет
   переведен в штатный режим.

Акты по обеим заявкам подпишем у комендантов завтра.
""", R("two different requests (89350 and 88263) in one letter"), "89350")

# ==========================================================================
# 89688 — СКУД общежития №2
# ==========================================================================
sd(msk(20, 10, 25), "[Т-4612] ИС-89688: принято в работу",
   sd_text("Т-4612", "ИС-89688", "Общежитие №2, ул. Студенческая, 7 — СКУД", "Принято в работу", "Кузнецов С.А.",
           "После загрузки нового списка студентов часть карт не проходит на входах. Сначала проверим права доступа удалённо.",
           msk(20, 10, 24)),
   D(request="89688", positions=[], status="заявка принята", note="accepted"), "89688")

tech("kuz", msk(20, 12, 0), "89688 вход 2",
     "Вход 2 сделал удалённо через Sigur — при импорте у группы «Студенты 1 курс» слетел уровень доступа на вход 2. "
     "Вернул, охрана подтвердила что карты проходят. Выезжать туда не нужно.\n"
     "По входам 1 и 3 по сети не видно считыватели, туда в понедельник\n\n" + ANDROID + "\n",
     R("remote fix of вход 2 without a trip (mapping unclear) + plan for 1 and 3"), "89688")

# calendar reply from Oksana's Outlook
dt = msk(20, 14, 0)
cal = f"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Russian Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Лебедева Оксана:mailto:o.lebedeva@{DOM}
ORGANIZER;CN=Диспетчерская ОМИС:mailto:{DISP}
SUMMARY;LANGUAGE=ru-RU:Принято: Доступ в общежитие №2 — входы 1 и 3 (заявка 89688)
DTSTART;TZID=Russian Standard Time:20261123T090000
DTEND;TZID=Russian Standard Time:20261123T130000
UID:040000008200E00074C5B7101A82E00800000000F0A1C2D3E4B5DA0100000000000000001000000089688AB12CD34EF56789
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:Общежитие №2\\, ул. Студенческая\\, 7
END:VEVENT
END:VCALENDAR
"""
hs = [("Received", received(dt)[10:]), ("From", addr("ok", "windows-1251")), ("To", formataddr((DISP_NAME, DISP), charset="windows-1251")),
      ("Subject", hdr("Принято: Доступ в общежитие №2 — входы 1 и 3 (заявка 89688)", "windows-1251")),
      ("Date", format_datetime(dt)), ("Message-ID", mid(dt, "outlook", "ok-cal")),
      ("Content-Class", "urn:content-classes:calendarmessage"), ("X-Mailer", "Microsoft Outlook 16.0"),
      ("MIME-Version", "1.0")]
add(dt, message(hs, multipart("alternative", [part("text/plain", "\n", "windows-1251", "quoted-printable"),
                                              part("text/calendar", cal.replace("\n", "\r\n"), "utf-8", "base64",
                                                   extra=[]).replace(b'charset="utf-8"', b'charset="utf-8"; method=REPLY')],
                              "cal89688")),
    I("calendar meeting response (Принято:) generated by Outlook"), "89688")

tech("gus", msk(23, 9, 0), "89688 общ 2",
     "Выехал на общагу 2, входы 1 и 3. Минут 30-40, на Московском шоссе ремонт\n\n" + ANDROID + "\n",
     D(request="89688", positions=["1", "3"], status="подрядчик в пути", note="'выехал на общагу' = travelling to the site"),
     "89688")

tech("gus", msk(23, 9, 45), "общежитие",
     L("⟨На месте⟩, жду коменданта с ключом от щитовой. Никто трубку не берёт, можете ей набрать?\n\n") + ANDROID + "\n",
     R("no request number anywhere (dormitory not even numbered); question to the dispatcher"), "89688")

moroz(msk(23, 17, 40), "Заявка 89688 - общежитие N2, 23.11", """\
Добрый вечер.

Заявка 89688, общежитие N2 (ул. Студенческая, 7). 23.11.2026.

Гусев Д.В.:
  выезд с базы 09:00, на объекте 09:40 (еще 25 минут ждали коменданта
  с ключом от щитовой - просьба на будущее предупреждать).
  Вход 1: считыватель Matrix-II EH не в сети, оборван провод RS-485
    в кабель-канале (кабель-канал сорван при уборке). Линию
    восстановили.
  Вход 3: неисправен считыватель, заменен на новый Matrix-II EH.
  Оба входа проверены картами из нового списка студентов.
  Убыл 12:15.

Заявку 89688 можно закрывать.
""", D(request="89688", positions=["1", "3"], status="подрядчик убыл",
       note="day summary; latest event departure 12:15; RS-485 is not a number of interest"), "89688")

# ==========================================================================
# 89904 — домофон общежития №6
# ==========================================================================
sd(msk(23, 9, 55), "[Т-4620] ИС-89904: принято в работу",
   sd_text("Т-4620", "ИС-89904", "Общежитие №6 — домофон", "Принято в работу", "Кузнецов С.А.",
           "Не открывается дверь с абонентских трубок на обоих входах. Выезд 24.11 утром.", msk(23, 9, 54)),
   D(request="89904", positions=[], status="заявка принята", note="accepted; 'обоих входах' describes the fault"), "89904")

tech("kuz", msk(24, 9, 20), "89940",
     "По заявке 89940 выехал, общ 6. Буду минут через 40\n\n" + ANDROID + "\n",
     R("request number 89940 is not in the registry (probably a typo for 89904, but cannot be recorded)"), "89904")

tech("kuz", msk(24, 10, 15), "89904 поз 1",
     "наместе, вход 1. трубки не открывают — скорее всего коммутатор\n\n" + ANDROID + "\n",
     D(request="89904", positions=["1"], status="подрядчик на месте", note="typo 'наместе'; 'поз 1' in subject"), "89904")

dt = msk(24, 11, 30)
fwd = """\
Здравствуйте.

Пересылаю сообщение Кузнецова по общежитию N6 - он у вас на объекте,
перешел на второй вход.

===8<==============Текст исходного сообщения===============
От: Кузнецов Сергей <s.kuznetsov@intercom-servis-nn.ru>
Кому: Морозов Виктор Павлович <morozov@intercom-servis-nn.ru>
Дата: 24.11.2026 11:22
Тема: 89904 вход 2

Я на входе 2, тут тот же коммутатор КМ-100, меняю

Отправлено из Outlook для Android
===8<===========Конец исходного сообщения===========
"""
moroz(dt, "Fwd: 89904 вход 2", fwd,
      D(request="89904", positions=["2"], status="подрядчик на месте",
        note="The Bat! forward (===8<===); the forwarded technician's message is the report"), "89904")

tech("kuz", msk(24, 13, 50), "RE: 89904 поз 1",
     "Вход 1 и 2 — готово, коммутаторы заменены (оба КМ-100 сгорели), с трубок открывает. С объекта выехал 13.40\n\n"
     + ANDROID + "\n\n"
     + ol_block(DISP_FROM, msk(24, 10, 31), "Кузнецов Сергей Андреевич", "RE: 89904 поз 1",
                "Сергей, по входу 2 тоже посмотрите, пожалуйста, там с утра то же самое.\n\n" + DISP_SIG),
     D(request="89904", positions=["1", "2"], status="подрядчик убыл", note="'с объекта выехал' = left; subject still 'поз 1'"),
     "89904", reply_to_mid=dmid("89904b"))

# Exim-style bounce: dispatcher wrote to a non-existent act@ address
dt = msk(24, 15, 2)
orig_txt = (f"Return-path: <{DISP}>\nReceived: from mx.zakazchik-omis.ru ([91.203.44.10])\n"
            f"\tby mx.{DOM} with esmtps (Exim 4.97)\n\tid 1vKx2P-0003Zt-1Q\n\tfor act@{DOM}; {format_datetime(msk(24, 15, 1, 55))}\n"
            f"From: {DISP_ADDR}\nTo: act@{DOM}\nSubject: {hdr('Акты по заявкам 89904 и 89688')}\n"
            f"Date: {format_datetime(msk(24, 15, 1, 52))}\nMessage-ID: {dmid('acts')}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            "Добрый день. Прошу прислать подписанные акты по заявкам 89904 и 89688.\n"
            "Работы по 89904 завершены сегодня, по 89688 — 23.11.\n\n" + DISP_SIG + "\n")
exim = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  act@{DOM}
    No Such User Here

------ This is a copy of the message, including all the headers. ------

""" + orig_txt
hs = [("Received", received(dt)[10:]), ("X-Failed-Recipients", f"act@{DOM}"), ("Auto-Submitted", "auto-replied"),
      ("From", f"Mail Delivery System <postmaster@{DOM}>"), ("To", DISP),
      ("Subject", "Mail delivery failed: returning message to sender"), ("Message-ID", mid(dt, "exim")),
      ("Date", format_datetime(dt)), ("MIME-Version", "1.0")]
add(dt, message(hs, part("text/plain", exim, "utf-8", "8bit")),
    I("Exim bounce; the copied original is the dispatcher's own letter"), "89904")

# ==========================================================================
# bulk / auto replies
# ==========================================================================
dt = msk(25, 10, 0)
news_txt = """\
Интерком-Сервис: новости ноября

Уважаемые партнёры!

• В продаже новые вызывные панели BEWARD DKS20210 с распознаванием лиц — для общежитий и кампусов.
• Скидка 15% на годовое техобслуживание турникетов PERCo при заключении договора до 15.12.2026.
• В ноябре наша служба сервиса закрыла 312 заявок, среднее время прибытия специалиста — 1 ч 12 мин.
• График работы в праздники: 31.12–08.01 — дежурная бригада, тел. +7 (831) 411-20-30.

Отписаться от рассылки: https://intercom-servis-nn.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru
"""
news_html = """<html><body style="font-family:Arial;font-size:14px;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h2 style="color:#1b4f8a">Интерком-Сервис: новости ноября</h2>
<p>Уважаемые партнёры!</p>
<ul>
<li>В продаже новые вызывные панели <b>BEWARD DKS20210</b> с распознаванием лиц — для общежитий и кампусов.</li>
<li>Скидка <b>15%</b> на годовое техобслуживание турникетов PERCo при заключении договора до 15.12.2026.</li>
<li>В ноябре наша служба сервиса закрыла 312 заявок, среднее время прибытия специалиста — 1 ч 12 мин.</li>
<li>График работы в праздники: 31.12–08.01 — дежурная бригада, тел. +7 (831) 411-20-30.</li>
</ul>
<p style="font-size:11px;color:#888"><a href="https://intercom-servis-nn.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru">Отписаться от рассылки</a></p>
</td></tr></table></body></html>
"""
hs = [("Received", received(dt)[10:]), ("From", addr("news")), ("To", DISP),
      ("Subject", hdr("Новости Интерком-Сервис: новые панели BEWARD и скидки на ТО турникетов")),
      ("Date", format_datetime(dt)), ("Message-ID", mid(dt, "news")),
      ("List-Id", "Intercom-Servis news <news.intercom-servis-nn.ru>"),
      ("List-Unsubscribe", f"<mailto:unsubscribe@{DOM}?subject=unsubscribe>, <https://intercom-servis-nn.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
      ("X-Mailer", "Sendsay"), ("MIME-Version", "1.0")]
add(dt, message(hs, multipart("alternative", [part("text/plain", news_txt, "utf-8", "quoted-printable"),
                                              part("text/html", news_html, "utf-8", "quoted-printable")], "news")),
    I("newsletter (List-Unsubscribe, Precedence: bulk)"), None)

dt = msk(26, 9, 10)
hs = bat_headers(dt, "Автоответ: Re: Акт по заявке 89904", reply_to_mid=dmid("act89904"))
hs.insert(5, ("Auto-Submitted", "auto-replied"))
add(dt, message(hs, part("text/plain",
                          "Здравствуйте!\n\nЯ в командировке до 30.11.2026, почту читаю нерегулярно.\n"
                          "По срочным вопросам: служба сервиса +7 (831) 411-20-30 доб. 2,\n"
                          "servicedesk@intercom-servis-nn.ru.\n\nМорозов В.П.\n\n"
                          "(это сообщение отправлено автоматически)\n", "koi8-r", "8bit")),
    I("The Bat! auto-responder, business trip"), "89904")


# ==========================================================================
# write out
# ==========================================================================
def main():
    LETTERS.sort(key=lambda x: x["dt"])
    for f in os.listdir(OUTL):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUTL, f))
    labels = {}
    meta = {}
    for i, l in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        raw = l["raw"].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUTL, name), "wb") as fh:
            fh.write(raw)
        labels[name] = l["label"]
        meta[name] = l["req"]
    emails = sorted({v[1] for v in PEOPLE.values()})
    reg = {"contractor": {"name": "АО «Интерком-Сервис»", "emails": emails, "domains": [DOM]},
           "requests": [{"number": n, "positions": p, "registered_at": t.isoformat(), "comment": c}
                        for n, p, t, c in REGISTRY]}
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
    print(len(LETTERS), "letters")


if __name__ == "__main__":
    main()
