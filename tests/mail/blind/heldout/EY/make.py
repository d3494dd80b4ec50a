#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona: service department of a federal HVAC company
(ООО «АэроКлимат Сервис»). Writes letters/NNN.eml, registry.json, labels.json."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

DOM = "aeroklimat-service.ru"
DISPATCH = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")
TZ = {3: timezone(timedelta(hours=3)), 5: timezone(timedelta(hours=5)), 7: timezone(timedelta(hours=7))}

P = {
    "sd": ("Сервисная служба АэроКлимат", "servicedesk@" + DOM),
    "sdu": ("АэроКлимат ServiceDesk (Урал-Сибирь)", "sd-ural@" + DOM),
    "morozov": ("Морозов Алексей Викторович", "a.morozov@" + DOM),
    "osipov": ("Осипов Павел", "p.osipov@" + DOM),
    "belov": ("Роман Белов", "r.belov@" + DOM),
    "gaifullin": ("Гайфуллин Ильдар Ринатович", "i.gaifullin@" + DOM),
    "kuznetsov": ("Кузнецов Дмитрий Сергеевич", "d.kuznetsov@" + DOM),
    "timofeev": ("Тимофеев Виктор", "v.timofeev@" + DOM),
    "lebedeva": ("Лебедева Светлана Игоревна", "s.lebedeva@" + DOM),
    "sokolov": ("Соколов Никита", "n.sokolov@" + DOM),
    "zuev": ("Зуев Константин", "k.zuev@" + DOM),
    "rakhimova": ("Рахимова Эльвира", "e.rakhimova@" + DOM),
    "news": ("АэроКлимат Сервис — новости", "news@" + DOM),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@" + DOM),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «АэроКлимат Сервис»",
        "emails": sorted({v[1] for v in P.values()}),
        "domains": [DOM],
    },
    "requests": [
        {"number": "378114", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ЦОД «Северный», Москва, ул. Складочная, 3 стр. 2, машзал 1. Поз.1 — прецизионный кондиционер 1, поз.2 — прецизионный кондиционер 2 (Stulz CyberAir). Авария по высокому давлению."},
        {"number": "378236", "positions": ["1", "2"], "registered_at": "2026-11-03T08:40:00+03:00",
         "comment": "Склад Подольск, ул. Лобачёва, 13. Поз.1 — чиллер 1, поз.2 — чиллер 2 (Carrier 30RB). Низкая холодопроизводительность."},
        {"number": "378502", "positions": ["1"], "registered_at": "2026-11-04T13:00:00+03:00",
         "comment": "ТЦ Химки, Ленинградское ш., 1. Поз.1 — крышный кондиционер (руфтоп) Lennox над фуд-кортом, ошибка, не охлаждает."},
        {"number": "378777", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T10:20:00+03:00",
         "comment": "Екатеринбург, ул. Малышева, 5, ТРЦ. Поз.1 — ККБ 1, поз.2 — ККБ 2, поз.3 — ККБ 3 (компрессорно-конденсаторные блоки приточных установок)."},
        {"number": "379041", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T07:55:00+03:00",
         "comment": "Санкт-Петербург, Лиговский пр., 50, корп. 3, серверная. Поз.1–4 — прецизионные кондиционеры 1–4, сезонное ТО."},
        {"number": "379318", "positions": ["1"], "registered_at": "2026-11-10T11:30:00+03:00",
         "comment": "Казань, ул. Петербургская, 52, бизнес-центр. Поз.1 — чиллер 1 (York YLAA), авария по низкому давлению."},
        {"number": "379560", "positions": ["1", "2"], "registered_at": "2026-11-11T06:00:00+03:00",
         "comment": "Новосибирск, Красный пр-т, 77. Поз.1 — ККБ приточной системы П1, поз.2 — кондиционер 2 (серверная)."},
        {"number": "379903", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T09:00:00+03:00",
         "comment": "Москва, офис, Пресненская наб., 12, 41 эт. Поз.1 — кондиционер 1, поз.2 — кондиционер 2, поз.3 — кондиционер 3 (канальные). Не охлаждают."},
        {"number": "380125", "positions": ["1"], "registered_at": "2026-11-16T08:10:00+03:00",
         "comment": "ЦОД «Северный», Москва, ул. Складочная, 3 стр. 2. Поз.1 — чиллер 1 (Carrier 30XA), плановое ТО."},
        {"number": "380448", "positions": ["1", "2"], "registered_at": "2026-11-18T10:00:00+03:00",
         "comment": "ТЦ Химки, Ленинградское ш., 1. Поз.1 — крышный кондиционер RTU-3, поз.2 — крышный кондиционер RTU-4."},
        {"number": "380690", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T09:30:00+03:00",
         "comment": "Склад Подольск, ул. Лобачёва, 13. Поз.1 — ККБ, поз.2 — чиллер 2, поз.3 — насосная станция контура холодоснабжения."},
        {"number": "380912", "positions": ["1"], "registered_at": "2026-11-23T12:00:00+03:00",
         "comment": "Санкт-Петербург, Лиговский пр., 50, корп. 3, серверная 3 эт. Поз.1 — кондиционер 2 серверной (Liebert PDX), течь конденсата."},
    ],
}

LABELS = {}
N = [0]

DISCLAIMER = """\
------------------------------------------------------------------
ООО «АэроКлимат Сервис» | ИНН 7728451190 | КПП 772801001 | ОГРН 1187746512345
Юр. адрес: 117342, г. Москва, ул. Профсоюзная, д. 65, корп. 1, офис 402
Круглосуточная линия сервиса: 8-800-555-37-80

КОНФИДЕНЦИАЛЬНОСТЬ. Настоящее сообщение, включая все вложения, предназначено
исключительно для указанного(ых) адресата(ов) и может содержать информацию
конфиденциального характера, в том числе коммерческую тайну ООО «АэроКлимат
Сервис». Если вы получили это сообщение по ошибке, пожалуйста, незамедлительно
уведомите отправителя и удалите сообщение. Любое несанкционированное
использование, копирование, распространение или раскрытие информации запрещено.
Сообщение не является офертой, акцептом или иным юридически значимым
заявлением, если иное прямо не предусмотрено договором (договор сервисного
обслуживания № СО-112/2025 от 14.01.2025). Компания не несёт ответственности
за ущерб, причинённый вирусами, передаваемыми с данным сообщением.

This e-mail and any attachments are confidential and intended solely for the
addressee. If you are not the intended recipient, please notify the sender and
delete this message. AeroKlimat Service LLC accepts no liability for any
damage caused by any virus transmitted by this e-mail.
------------------------------------------------------------------"""

DISCLAIMER_HTML = ("<div style='font-size:8pt;color:#888;border-top:1px solid #ccc;margin-top:18px;padding-top:6px'>"
                   + DISCLAIMER.replace("-" * 66, "").strip().replace("\n\n", "<br><br>").replace("\n", " ")
                   + "</div>")


def cs(charset, enc):
    c = Charset(charset)
    c.body_encoding = QP if enc == "qp" else BASE64
    return c


def text_part(text, sub="plain", charset="utf-8", enc="qp"):
    if charset == "koi8-r":  # The Bat! user types plain ASCII punctuation
        for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N")):
            text = text.replace(a, b)
    return MIMEText(text, sub, cs(charset, enc))


def hdr_addr(name, a, charset="utf-8", hname="From"):
    h = Header(name, charset, header_name=hname)
    h.append("<%s>" % a, "us-ascii")
    return h


def addr(key, charset="utf-8"):
    name, a = P[key]
    return hdr_addr(name, a, charset)


def dt(d, h, m, tz=3):
    return datetime(2026, 11, d, h, m, tz=TZ[tz]) if False else datetime(2026, 11, d, h, m, tzinfo=TZ[tz])


def emit(msg, frm, subject, when, label, charset="utf-8", to=DISPATCH, extra=None, reply_to_id=None):
    N[0] += 1
    name = "%03d.eml" % N[0]
    msg["From"] = addr(frm, charset)
    msg["To"] = hdr_addr(to[0], to[1], charset, "To") if to[0] else to[1]
    try:
        subject.encode("ascii")
        msg["Subject"] = subject
    except UnicodeEncodeError:
        if charset == "koi8-r":
            subject = subject.replace("—", "-")
        msg["Subject"] = Header(subject, charset, header_name="Subject")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = "<%s.%d.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), N[0], frm, DOM)
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    with open(os.path.join(LET, name), "wb") as f:
        f.write(msg.as_bytes())
    LABELS[name] = label
    return name


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


# ---------------------------------------------------------------- templates
def sd_text(ticket, changed, obj, equip, serial, req, engineer, status, comment, req_field=True):
    lines = [
        "Обращение %s" % ticket,
        "Дата изменения: %s (МСК)" % changed,
        "=" * 60,
        "Заказчик: ООО «ОМИС» (ИНН 7714356120)",
        "Объект: %s" % obj,
        "Оборудование: %s" % equip,
        "Серийный номер: %s" % serial,
    ]
    if req_field:
        lines.append("Ваш номер заявки: %s" % req)
    else:
        lines.append("Ваш номер заявки: —")
    lines += [
        "Ответственный инженер: %s" % engineer,
        "Статус в нашей системе: %s" % status,
        "=" * 60,
        "",
        "Комментарий инженера:",
        comment,
        "",
        "Для ответа используйте кнопку «Ответить», не меняя тему письма.",
        "Номер обращения в нашей системе: %s." % ticket,
        "",
        DISCLAIMER,
    ]
    return "\n".join(lines)


def sd_html(ticket, changed, obj, equip, serial, req, engineer, status, comment, table=None):
    rows = [("Объект", obj), ("Оборудование", equip), ("Серийный номер", serial),
            ("Ваш номер заявки", req), ("Ответственный инженер", engineer),
            ("Статус в нашей системе", "<b>%s</b>" % status)]
    h = ["<html><head><meta charset='utf-8'><style>td{font-family:Arial;font-size:10pt;padding:3px 8px}"
         "th{background:#0a4d8c;color:#fff;font-family:Arial;font-size:10pt;padding:3px 8px}</style></head><body>",
         "<div style='background:#0a4d8c;color:#fff;padding:8px;font-family:Arial'><b>АэроКлимат Сервис</b> · Service Desk</div>",
         "<h3 style='font-family:Arial'>Обращение %s</h3>" % ticket,
         "<p style='font-family:Arial;font-size:9pt;color:#666'>Дата изменения: %s (МСК)</p>" % changed,
         "<table border='0' cellspacing='0'>"]
    for k, v in rows:
        h.append("<tr><td style='color:#666'>%s:</td><td>%s</td></tr>" % (k, v))
    h.append("</table>")
    if table:
        h.append("<p style='font-family:Arial'><b>Состояние по оборудованию:</b></p>")
        h.append("<table border='1' cellspacing='0' style='border-collapse:collapse'><tr>"
                 + "".join("<th>%s</th>" % c for c in table[0]) + "</tr>")
        for r in table[1:]:
            h.append("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>")
        h.append("</table>")
    h.append("<p style='font-family:Arial'><b>Комментарий инженера:</b><br>%s</p>" % comment.replace("\n", "<br>"))
    h.append("<p style='font-family:Arial;font-size:9pt'>Для ответа используйте кнопку «Ответить», не меняя тему письма.</p>")
    h.append(DISCLAIMER_HTML)
    h.append("</body></html>")
    return "\n".join(h)


def inc_text(inc, prio, cat, site, unit, sn, req, eng, status, comment):
    return "\n".join([
        "АэроКлимат Сервис | ServiceDesk | Филиал Урал-Сибирь",
        "",
        "Инцидент: %s   Приоритет: %s   Категория: %s" % (inc, prio, cat),
        "Объект: %s" % site,
        "Оборудование: %s" % unit,
        "Серийный номер: %s" % sn,
        "Номер заявки заказчика: %s" % req,
        "Инженер: %s" % eng,
        "Статус в нашей системе: %s" % status,
        "",
        "--- Комментарий ---",
        comment,
        "--- конец комментария ---",
        "",
        "Письмо сформировано автоматически системой ServiceDesk по действию инженера.",
        "",
        DISCLAIMER,
    ])


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def outlook_hdr(frm, sent, to, subj, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subj


def outlook_hdr_ru(frm, sent, to, subj):
    return "От: %s\nОтправлено: %s\nКому: %s\nТема: %s\n" % (frm, sent, to, subj)


def alt(text, html, charset="utf-8", enc="qp"):
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "plain", charset, enc))
    m.attach(text_part(html, "html", charset, enc))
    return m


def simple_html(text):
    body = "<br>\n".join(text.split("\n"))
    return ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'></head>"
            "<body><div style='font-family:Calibri,sans-serif;font-size:11pt'>%s</div></body></html>" % body)


SIG_MOROZOV = "\n--\nС уважением,\nМорозов Алексей\nВедущий инженер сервисной службы\nООО «АэроКлимат Сервис»\nмоб. +7 (916) 378-11-40"
SIG_OSIPOV = "\nОсипов П.\nсервисный инженер, АэроКлимат Сервис\n+7 (903) 512-80-66"
SIG_GAIF = "\n\nС уважением,\nГайфуллин И.Р.\nинженер, обособленное подразделение г. Казань\nООО «АэроКлимат Сервис»"
SIG_KUZ = "\n\nКузнецов Д.С.\nСервисный инженер | Филиал «Урал»\nт. +7 (343) 380-69-12"
SIG_TIM = "\n\n---\nТимофеев В.\nАэроКлимат Сервис, Новосибирск\n+7 (383) 379-56-00"
SIG_LEB = "\n\nС уважением,\nСветлана Лебедева\nКоординатор сервисных работ, Северо-Западный филиал\nООО «АэроКлимат Сервис»\nтел. +7 (812) 309-41-05"

# ---------------------------------------------------------------- 378114
OBJ_SEV = "ЦОД «Северный», г. Москва, ул. Складочная, д. 3, стр. 2"
ENG_MOR = "Морозов А.В., +7 (495) 780-12-34 доб. 318"
t001 = sd_text("SD-2026-118834", "02.11.2026 09:47", OBJ_SEV,
               "Прецизионные кондиционеры 1, 2 (Stulz CyberAir 3PRO ASD 1050A)",
               "1180-3377-21 / 1180-3377-22", "378114", ENG_MOR, "В работе",
               "Обращение принято в работу, назначен инженер Морозов А.В. Запрошены логи аварий "
               "с контроллеров C7000 у дежурной смены ЦОД.")
m = alt(t001, sd_html("SD-2026-118834", "02.11.2026 09:47", OBJ_SEV,
                      "Прецизионные кондиционеры 1, 2 (Stulz CyberAir 3PRO ASD 1050A)",
                      "1180-3377-21 / 1180-3377-22", "378114", ENG_MOR, "В работе",
                      "Обращение принято в работу, назначен инженер Морозов А.В. Запрошены логи аварий "
                      "с контроллеров C7000 у дежурной смены ЦОД."))
id001 = "<sd118834.1@%s>" % DOM
emit(m, "sd", "Обращение SD-2026-118834: принято в работу", dt(2, 9, 48),
     D("378114", ["1", "2"], "заявка принята", "SD template, comment: принято в работу; Оборудование names units 1,2"),
     extra={"X-Mailer": "AeroKlimat ServiceDesk 4.2"})

body = ("Коллеги, добрый день.\nВыезжаю на Складочную, буду ориентировочно к 11:30. Пропуск на машину "
        "А 378 ТМ 777 прошу заказать, если ещё не заказан.\n" + SIG_MOROZOV + "\n\n"
        + outlook_hdr_ru("Сервисная служба АэроКлимат <servicedesk@aeroklimat-service.ru>",
                         "2 ноября 2026 г. 9:48", "dispatch@zakazchik-omis.ru",
                         "Обращение SD-2026-118834: принято в работу") + "\n" + t001)
m = text_part(body, "plain", "windows-1251", "qp")
emit(m, "morozov", "RE: Обращение SD-2026-118834: принято в работу", dt(2, 10, 5),
     D("378114", [], "подрядчик в пути", "Outlook reply on top: выезжаю, буду к 11:30; quoted template is old; car plate A 378 TM is not a number"),
     charset="windows-1251", reply_to_id=id001)

c = "Инженер прибыл на объект в 11:35, допущен в машзал 1, приступил к диагностике кондиционеров 1 и 2."
m = text_part(sd_html("SD-2026-118834", "02.11.2026 11:40", OBJ_SEV,
                      "Прецизионные кондиционеры 1, 2 (Stulz CyberAir 3PRO ASD 1050A)",
                      "1180-3377-21 / 1180-3377-22", "378114", ENG_MOR, "В работе", c), "html", "utf-8", "b64")
emit(m, "sd", "Обращение SD-2026-118834: инженер на объекте", dt(2, 11, 41),
     D("378114", ["1", "2"], "подрядчик на месте", "HTML-only SD template: инженер прибыл 11:35, diagnosing units 1 and 2"))

c = ("По кондиционеру 1: заменён датчик высокого давления (арт. 0150-0457), авария сброшена, агрегат в работе, "
     "давление конденсации 17,8 бар.\nПо кондиционеру 2: подтверждён межвитковый пробой компрессора ZR72KCE-TFD, "
     "требуется замена. Компрессор заказан, ориентировочная поставка 5–6 рабочих дней, повторный выезд после поставки.\n"
     "Инженер убыл с объекта в 16:05.")
t = sd_text("SD-2026-118834", "02.11.2026 16:18", OBJ_SEV,
            "Прецизионные кондиционеры 1, 2 (Stulz CyberAir 3PRO ASD 1050A)",
            "1180-3377-21 / 1180-3377-22", "378114", ENG_MOR, "В работе (ожидание запчастей)", c)
emit(text_part(t, "plain", "utf-8", "qp"), "sd", "Обращение SD-2026-118834: ожидание запчастей", dt(2, 16, 20),
     D("378114", ["1"], "подрядчик убыл", "unit 1 repaired and engineer left; unit 2 waits for compressor (plan) -> only pos 1"))

body = ("Добрый день!\n\nПо заявке 378114 компрессор для кондиционера 2 пришёл на наш склад. "
        "Выезд на замену планируем на понедельник, 09.11, с 9:00. Просим заранее оформить допуск "
        "на огневые работы (пайка) в машзале 1.\n" + SIG_MOROZOV)
emit(text_part(body, "plain", "windows-1251", "b64"), "morozov", "378114 — компрессор получен, согласование выезда",
     dt(6, 10, 2), R("plan only: выезд планируем 09.11; asks for permit"), charset="windows-1251")

body = ("Компрессор на кондиционере 2 заменили, вакуумировали, заправили. Холод есть, авария не повторяется. "
        "С объекта уехал в 14:10, акт оставил дежурному инженеру ЦОД.\n\nМорозов\n\n"
        "Отправлено с мобильного Outlook")
emit(text_part(body, "plain", "utf-8", "b64"), "morozov", "RE: 378114 (2)", dt(9, 14, 30),
     D("378114", ["2"], "подрядчик убыл", "position in brackets in subject and 'кондиционер 2' in body; уехал"))

# ---------------------------------------------------------------- 378236
OBJ_POD = "Склад «Подольск-Южный», г. Подольск, ул. Лобачёва, д. 13"
t007 = sd_text("SD-2026-119020", "03.11.2026 09:01", OBJ_POD,
               "Чиллеры воздушного охлаждения Carrier 30RB-262 (2 шт.)", "4215Q60871 / 4215Q60874",
               "378236", "Осипов П.А., +7 (903) 512-80-66", "В работе",
               "Принято. Бригада будет сформирована к обеду, выезд на объект планируем после 13:00.")
emit(text_part(t007, "plain", "utf-8", "qp"), "sd", "Обращение SD-2026-119020 — принято", dt(3, 9, 2),
     D("378236", [], "заявка принята", "принято; выезд after 13:00 is only a plan; equipment field says '2 шт.' without naming positions"))

body = "378236 - выехали на Подольск, навигатор показывает 50 мин.\n" + SIG_OSIPOV
emit(text_part(body, "plain", "windows-1251", "qp"), "osipov", "378236 выезд", dt(3, 13, 20),
     D("378236", [], "подрядчик в пути", "bare number in subject and body, выехали"), charset="windows-1251")

body = ("Прибыли 14:15. Пропуск оформили, идём на кровлю к чиллерам.\n" + SIG_OSIPOV + "\n\n"
        "> 378236 - выехали на Подольск, навигатор показывает 50 мин.")
emit(text_part(body, "plain", "windows-1251", "qp"), "osipov", "Re: 378236 выезд", dt(3, 14, 25),
     D("378236", [], "подрядчик на месте", "Re: subject names old status (выезд), body reports arrival"),
     charset="windows-1251")

tbl = [["Поз.", "Оборудование", "Статус", "Выполненные работы"],
       ["1", "Чиллер 1 (30RB-262, s/n 4215Q60871)", "Выполнено", "Поиск и устранение утечки на контуре B, дозаправка R410A 6,2 кг"],
       ["2", "Чиллер 2 (30RB-262, s/n 4215Q60874)", "Выполнено", "Осмотр, проверка параметров, замечаний нет"]]
c = "Работы по обоим чиллерам завершены, бригада убыла с объекта в 18:10. Акт выполненных работ № АВР-2026-11-0412 направим отдельно."
h = sd_html("SD-2026-119020", "03.11.2026 18:35", OBJ_POD, "Чиллеры Carrier 30RB-262 (2 шт.)",
            "4215Q60871 / 4215Q60874", "378236", "Осипов П.А.", "Выполнено", c, table=tbl)
ttxt = sd_text("SD-2026-119020", "03.11.2026 18:35", OBJ_POD, "Чиллеры Carrier 30RB-262 (2 шт.)",
               "4215Q60871 / 4215Q60874", "378236", "Осипов П.А.", "Выполнено",
               c + "\nЧиллер 1 — выполнено (устранение утечки, дозаправка 6,2 кг).\nЧиллер 2 — выполнено (осмотр).")
emit(alt(ttxt, h, "utf-8", "b64"), "sd", "Обращение SD-2026-119020 — выполнено", dt(3, 18, 40),
     D("378236", ["1", "2"], "подрядчик убыл", "HTML table per position, both done, бригада убыла 18:10"))

# ---------------------------------------------------------------- 378502
orig_502 = ("Добрый день!\nПрошу принять заявку 378502: ТЦ Химки, Ленинградское ш., 1, крышный кондиционер над "
            "фуд-кортом не охлаждает, на пульте ошибка.\n\nКравец Ольга\nДиспетчерская служба ООО «ОМИС»\n+7 (495) 640-22-10")
body = ("Здравствуйте!\n\nЯ нахожусь в отпуске с 02.11.2026 по 15.11.2026 без доступа к почте.\n"
        "По вопросам сервиса обращайтесь на servicedesk@aeroklimat-service.ru или по телефону 8-800-555-37-80.\n\n"
        "Рахимова Эльвира, менеджер по работе с ключевыми клиентами")
m = text_part(body, "plain", "utf-8", "qp")
emit(m, "rakhimova", "Автоматический ответ: Заявка 378502", dt(4, 13, 1),
     I("out-of-office auto-reply"),
     extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"})

body = ("Добрый день!\nЗаявку 378502 взяли в работу. Инженер Белов Р. будет у вас завтра с утра, "
        "ориентировочно к 10:00.\n\nС уважением,\nсервисная служба\nООО «АэроКлимат Сервис»")
emit(text_part(body, "plain", "koi8-r", "b64"), "belov", "Re: Заявка 378502", dt(4, 14, 10),
     D("378502", [], "заявка принята", "KOI8-R; взяли в работу, visit tomorrow is a plan"), charset="koi8-r")

body = ("Выехал, буду к 10, на Ленинградке стоим.\nР.Б.\n\n"
        "04.11.2026 13:00, Диспетчерская служба ОМИС пишет:\n" + quote(orig_502))
emit(text_part(body, "plain", "koi8-r", "qp"), "belov", "Re: Заявка 378502 - крышный кондиционер ТЦ Химки",
     dt(5, 8, 50), D("378502", [], "подрядчик в пути", "number only in Re: subject/quote; выехал"), charset="koi8-r")

c = ("Инженер на объекте с 10:05 (ТЦ Химки, Ленинградское ш., 1 (378502)). Крышный кондиционер Lennox LGH120H4, "
     "на контроллере Prodigy код ошибки E-203 (срабатывание датчика потока воздуха). Ведётся диагностика.")
emit(text_part(sd_text("SD-2026-119377", "05.11.2026 10:11", "ТЦ Химки, Ленинградское ш., 1, кровля",
                       "Крышный кондиционер Lennox LGH120H4 (позиция 1)", "5612K10338", "378502",
                       "Белов Р.О.", "В работе", c), "plain", "utf-8", "qp"),
     "sd", "Обращение SD-2026-119377: инженер на объекте", dt(5, 10, 12),
     D("378502", ["1"], "подрядчик на месте", "SD template; equipment field says позиция 1; number also in brackets after address"))

c = ("Заменён приводной ремень вентилятора (арт. 38L93), отрегулировано натяжение, очищен датчик потока. "
     "Кондиционер запущен, параметры в норме: подача 13,2 °C. Инженер покинул объект в 15:20.")
emit(alt(sd_text("SD-2026-119377", "05.11.2026 15:28", "ТЦ Химки, Ленинградское ш., 1, кровля",
                 "Крышный кондиционер Lennox LGH120H4 (позиция 1)", "5612K10338", "378502", "Белов Р.О.",
                 "Выполнено", c),
         sd_html("SD-2026-119377", "05.11.2026 15:28", "ТЦ Химки, Ленинградское ш., 1, кровля",
                 "Крышный кондиционер Lennox LGH120H4 (позиция 1)", "5612K10338", "378502", "Белов Р.О.",
                 "Выполнено", c), "utf-8", "qp"),
     "sd", "Обращение SD-2026-119377: выполнено", dt(5, 15, 30),
     D("378502", ["1"], "подрядчик убыл", "work done, инженер покинул объект"))

m = MIMEMultipart("report", report_type="disposition-notification")
m.attach(text_part("Ваше сообщение\n\n  Кому: r.belov@aeroklimat-service.ru\n  Тема: Заявка 378502\n"
                   "  Отправлено: 04.11.2026 13:00\n\nбыло прочитано 05.11.2026 15:31.", "plain", "koi8-r", "b64"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: r.belov@aeroklimat-service.ru; The Bat! 10.4\n"
                "Final-Recipient: rfc822;r.belov@aeroklimat-service.ru\n"
                "Original-Message-ID: <omis.378502.1@zakazchik-omis.ru>\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n")
m.attach(mdn)
emit(m, "belov", "Прочитано: Заявка 378502", dt(5, 15, 31), I("read receipt (MDN)"), charset="koi8-r")

# ---------------------------------------------------------------- 378777 (Ekaterinburg, +0500)
OBJ_EKB = "ТРЦ, г. Екатеринбург, ул. Малышева, д. 5, кровля, венткамера 2"
t = inc_text("INC0045521", "P2", "Холодоснабжение / ККБ", OBJ_EKB,
             "ККБ 1, ККБ 2, ККБ 3 (Daikin ERQ250AW1)", "J003781 / J003782 / J003790", "378777",
             "Кузнецов Д.С.", "Назначено", "Инцидент принят филиалом «Урал», инженер Кузнецов Д.С. назначен.")
emit(text_part(t, "plain", "utf-8", "b64"), "sdu", "[INC0045521] Назначен инженер", dt(5, 12, 55, 5),
     D("378777", ["1", "2", "3"], "заявка принята", "INC template: принят, инженер назначен; equipment lists ККБ 1-3"))

body = "ВЫЕХАЛ НА ОБЪЕКТ МАЛЫШЕВА 5, ККБ 1-3. БУДУ В ТЕЧЕНИЕ ЧАСА" + SIG_KUZ
emit(text_part(body, "plain", "windows-1251", "qp"), "kuznetsov", "378777", dt(5, 13, 40, 5),
     D("378777", ["1", "2", "3"], "подрядчик в пути", "caps, bare number in subject, range ККБ 1-3; address number 5 is not a position"),
     charset="windows-1251")

body = ("Нa мeстe с 14:35, пoднимaюсь нa крoвлю.\n" + SIG_KUZ + "\n\n"
        + outlook_hdr_ru("Кузнецов Дмитрий Сергеевич", "5 ноября 2026 г. 13:40", "dispatch@zakazchik-omis.ru", "378777")
        + "\nВЫЕХАЛ НА ОБЪЕКТ МАЛЫШЕВА 5, ККБ 1-3. БУДУ В ТЕЧЕНИЕ ЧАСА")
emit(text_part(body, "plain", "utf-8", "qp"), "kuznetsov", "RE: 378777", dt(5, 14, 40, 5),
     D("378777", [], "подрядчик на месте", "Latin look-alike letters (a, e, o) in 'На месте'; quoted old message ignored"))

c = ("ККБ 1 — заменён реле контроля фаз, компрессор запущен, работает.\nККБ 3 — чистка конденсатора, "
     "дозаправка R410A 1,8 кг, работает.\nККБ 2 — неисправна плата инвертора (P/N 5008873), заказана, "
     "счёт № 4471 от 06.11.2026. Повторный выезд после поставки.\nИнженер убыл с объекта 10:40.")
emit(text_part(inc_text("INC0045521", "P2", "Холодоснабжение / ККБ", OBJ_EKB,
                        "ККБ 1, ККБ 2, ККБ 3 (Daikin ERQ250AW1)", "J003781 / J003782 / J003790", "378777",
                        "Кузнецов Д.С.", "Ожидание запчастей", c), "plain", "utf-8", "qp"),
     "sdu", "[INC0045521] Ожидание запчастей", dt(6, 11, 0, 5),
     D("378777", ["1", "3"], "подрядчик убыл", "ККБ 1 and 3 done, engineer left; ККБ 2 waits for part"))

body = ("Добрый день.\nПлату поставили, ККБ-2 запустили, отработал час без ошибок. С объекта уехал в 16:50.\n"
        + SIG_KUZ + "\n\n-----Original Message-----\nFrom: AeroKlimat ServiceDesk <sd-ural@aeroklimat-service.ru>\n"
        "Sent: Friday, November 6, 2026 11:00 AM\nTo: dispatch@zakazchik-omis.ru\nSubject: [INC0045521] Ожидание запчастей\n\n"
        "ККБ 2 — неисправна плата инвертора (P/N 5008873), заказана ...")
emit(text_part(body, "plain", "windows-1251", "b64"), "kuznetsov", "RE: [INC0045521] / 378777-2",
     dt(12, 17, 10, 5), D("378777", ["2"], "подрядчик убыл", "subject 378777-2, body ККБ-2, уехал"),
     charset="windows-1251")

# ---------------------------------------------------------------- 379041 (SPb)
OBJ_LIG = "БЦ, г. Санкт-Петербург, Лиговский пр., д. 50, корп. 3, серверная"
h = sd_html("SD-2026-120781", "09.11.2026 08:28", OBJ_LIG,
            "Прецизионные кондиционеры (4 шт.) Uniflair TDAR1021A", "см. акт ТО 2025", "379041",
            "Северо-Западный филиал, бригада № 7", "Принято",
            "Заявка на сезонное ТО принята, бригада № 7 выйдет на объект сегодня.")
emit(text_part(h, "html", "utf-8", "qp"), "sd", "Обращение SD-2026-120781 — принято", dt(9, 8, 30),
     D("379041", [], "заявка принята", "HTML-only template: принята; no positions named"))

fwd = ("Светлана Игоревна, выехали с базы на Лиговский по 379041, будем минут через 40.\nБригадир Шамсутдинов")
body = ("Коллеги, пересылаю сообщение бригады.\n" + SIG_LEB + "\n\n"
        "-------- Пересылаемое сообщение --------\nТема: 379041\nДата: Mon, 9 Nov 2026 09:04:12 +0300\n"
        "От: Бригада 7 <brigada7.spb@aeroklimat-service.ru>\nКому: Лебедева Светлана <s.lebedeva@aeroklimat-service.ru>\n\n"
        + fwd + "\n")
emit(text_part(body, "plain", "utf-8", "qp"), "lebedeva", "Fwd: 379041", dt(9, 9, 10),
     D("379041", [], "подрядчик в пути", "Thunderbird-style forward of crew message: выехали с базы на объект"))

body = ("Добрый день!\nБригада на объекте (Лиговский пр., 50, корп. 3) с 10:02, работы по заявке 379041 начаты.\n" + SIG_LEB)
m = alt(body, simple_html(body), "windows-1251", "b64")
emit(m, "lebedeva", "Заявка № 379041 — прибытие бригады", dt(9, 10, 5),
     D("379041", [], "подрядчик на месте", "multipart/alternative cp1251 base64; house number 50 not a request"),
     charset="windows-1251")

c = ("П1, П2 — выполнено: чистка теплообменников, замена фильтров G4 (4 шт.), проверка дренажа.\n"
     "П3, П4 — работы продолжаются, бригада на объекте.")
emit(text_part(sd_text("SD-2026-120781", "09.11.2026 13:38", OBJ_LIG,
                       "Прецизионные кондиционеры (4 шт.) Uniflair TDAR1021A", "—", "379041",
                       "бригада № 7", "В работе", c), "plain", "utf-8", "qp"),
     "sd", "Обращение SD-2026-120781 — промежуточный отчёт", dt(9, 13, 40),
     R("different statuses for different positions: П1,П2 done vs П3,П4 still on site"))

body = ("Закончили по 379041, с объекта ушли в 17:40. Все четыре кондиционера в работе, акт ТО № 1187 подписан "
        "у инженера службы эксплуатации.\n\nШамсутдинов Р., бригада 7\n(отправлено через С. Лебедеву)\n\n"
        "________________________________\nОт: Сервисная служба АэроКлимат\nОтправлено: 9 ноября 2026 г. 13:40\n"
        "Кому: dispatch@zakazchik-omis.ru\nТема: Обращение SD-2026-120781 — промежуточный отчёт\n\n"
        "П1, П2 — выполнено ...\nП3, П4 — работы продолжаются, бригада на объекте.")
emit(text_part(body, "plain", "windows-1251", "qp"), "lebedeva", "RE: Обращение SD-2026-120781 — промежуточный отчёт",
     dt(9, 17, 55), D("379041", [], "подрядчик убыл", "all done, ушли с объекта; act number 1187 not a request"),
     charset="windows-1251")

# ---------------------------------------------------------------- 379318 (Kazan)
OBJ_KZN = "БЦ, г. Казань, ул. Петербургская, д. 52"
c = ("Добрый день! По вашей заявке 379318 обращение зарегистрировано и принято в работу. "
     "Инженер Гайфуллин И.Р. свяжется с дежурной службой объекта.")
t = sd_text("SD-2026-121457", "10.11.2026 11:56", OBJ_KZN, "Чиллер 1 York YLAA0300SE", "2JJM017843",
            "", "Гайфуллин И.Р.", "В работе", c, req_field=False)
emit(text_part(t, "plain", "utf-8", "b64"), "sd", "Обращение SD-2026-121457", dt(10, 11, 58),
     D("379318", ["1"], "заявка принята", "customer number only in comment ('по вашей заявке'); field empty; Чиллер 1"))

body = ("Выезжаю к вам на чиллер, буду минут через 30. Мой телефон +7 917 379-31-80, наберите охрану, "
        "чтобы пустили на парковку.\n" + SIG_GAIF)
emit(text_part(body, "plain", "windows-1251", "qp"), "gaifullin", "Re: 379318 чиллер", dt(10, 12, 30),
     D("379318", [], "подрядчик в пути", "number in subject; phone 379-31-80 looks like request digits"),
     charset="windows-1251")

m = MIMEMultipart("report", report_type="delivery-status")
m.attach(text_part("This is the mail system at host mx1.aeroklimat-service.ru.\n\n"
                   "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<i.gaifulin@aeroklimat-service.ru>: host mail.aeroklimat-service.ru said:\n"
                   "    550 5.1.1 User unknown (in reply to RCPT TO command)\n", "plain", "us-ascii", "qp"))
ds = MIMEBase("message", "delivery-status")
from email import message_from_string
ds.set_payload([message_from_string("Reporting-MTA: dns; mx1.aeroklimat-service.ru\n"),
                message_from_string("Final-Recipient: rfc822; i.gaifulin@aeroklimat-service.ru\n"
                                    "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")])
m.attach(ds)
orig = MIMEBase("text", "rfc822-headers")
orig.set_payload("From: dispatch@zakazchik-omis.ru\nTo: i.gaifulin@aeroklimat-service.ru\n"
                 "Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDM3OTMxOA==?=\nDate: Tue, 10 Nov 2026 12:28:40 +0300\n")
m.attach(orig)
emit(m, "daemon", "Undelivered Mail Returned to Sender", dt(10, 12, 31), I("bounce (delivery status notification)"),
     extra={"Auto-Submitted": "auto-replied"})

body = ("Добрый день.\n\nПрибытие на объект — 13:20.\nУбытие — 14:55.\n\nЧиллер 1: сброс аварии по низкому давлению, "
        "проверка и настройка ТРВ контура 2, перегрев выставлен 6 К. Чиллер в работе.\n" + SIG_GAIF + "\n\n"
        + outlook_hdr("Гайфуллин Ильдар Ринатович", "Tuesday, November 10, 2026 12:30 PM", "dispatch@zakazchik-omis.ru",
                      "Re: 379318 чиллер")
        + "\nВыезжаю к вам на чиллер, буду минут через 30.")
emit(text_part(body, "plain", "windows-1251", "qp"), "gaifullin", "RE: Re: 379318 чиллер", dt(10, 15, 0),
     D("379318", ["1"], "подрядчик убыл", "nouns прибытие/убытие with times; latest = убыл; Чиллер 1"),
     charset="windows-1251")

body = ("Спасибо, ваше письмо с подписанным актом получили, передали в бухгалтерию.\n" + SIG_GAIF + "\n\n"
        "ОК> Ильдар Ринатович, добрый день! Акт по заявке 379318 подписали, скан во вложении.\n"
        "ОК> Кравец О., диспетчерская ОМИС")
emit(text_part(body, "plain", "windows-1251", "qp"), "gaifullin", "RE: Акт по заявке 379318", dt(11, 9, 20),
     R("thanks / acknowledgement of dispatcher's own message, initials-prefixed quote"), charset="windows-1251")

# ---------------------------------------------------------------- 379560 (Novosibirsk, +0700)
OBJ_NSK = "г. Новосибирск, Красный пр-т, д. 77, БЦ"
t = inc_text("INC0045803", "P3", "Кондиционирование", OBJ_NSK, "ККБ П1 (Hisense), кондиционер 2 серверной",
             "—", "379560", "Тимофеев В.А.", "Принято", "Принято филиалом «Сибирь». Инженер Тимофеев В.А.")
emit(text_part(t, "plain", "utf-8", "qp"), "sdu", "[INC0045803] Принято", dt(11, 13, 20, 7),
     D("379560", ["1", "2"], "заявка принята", "INC template, +0700; equipment field names both units: ККБ (поз.1) and кондиционер 2 (поз.2)"))

body = ("Добрый день, выезд к вам по заявке 379560 запланирован на завтра на 9:00, сегодня бригада занята на аварии.\n" + SIG_TIM)
emit(text_part(body, "plain", "utf-8", "b64"), "timofeev", "RE: заявка 379560", dt(11, 15, 5, 7),
     R("plan only: выезд запланирован на завтра"))

body = "Выехали, будем 9:30." + SIG_TIM
emit(text_part(body, "plain", "utf-8", "qp"), "timofeev", "379560 поз 2", dt(12, 8, 40, 7),
     D("379560", ["2"], "подрядчик в пути", "subject '379560 поз 2'"))

body = "на месте\n" + SIG_TIM + "\n\n> Выехали, будем 9:30."
emit(text_part(body, "plain", "utf-8", "qp"), "timofeev", "Re: 379560 поз 2", dt(12, 9, 35, 7),
     D("379560", ["2"], "подрядчик на месте", "Re: subject keeps position; body 'на месте'"))

c = ("Кондиционер 2 (серверная): заменён мотор вентилятора наружного блока (YDK-53-6), агрегат работает, "
     "в серверной 22 °C.\nККБ П1: работы не выполнялись, требуется согласование стоимости, будет отдельный выезд.\n"
     "Инженер убыл 13:45.")
emit(text_part(inc_text("INC0045803", "P3", "Кондиционирование", OBJ_NSK,
                        "ККБ П1 (Hisense), кондиционер 2 серверной", "—", "379560", "Тимофеев В.А.", "В работе", c),
               "plain", "utf-8", "qp"), "sdu", "[INC0045803] Отчёт инженера", dt(12, 14, 0, 7),
     D("379560", ["2"], "подрядчик убыл", "кондиционер 2 done, engineer left; ККБ nothing done; 'П1' here is a ventilation system name"))

body = ("Уважаемые коллеги!\n\nПо заявке 379560, позиция 1 (ККБ приточной системы П1): требуется замена компрессора "
        "Copeland ZP154KCE. Направляем коммерческое предложение № КП-2026-1178 на сумму 148 600,00 руб. с НДС. "
        "Просим согласовать, после чего выезд в течение 3 рабочих дней.\n" + SIG_TIM)
emit(text_part(body, "plain", "utf-8", "b64"), "timofeev", "КП-2026-1178 по заявке 379560 на согласование",
     dt(13, 10, 15, 7), R("price / commercial proposal, no status"))

# ---------------------------------------------------------------- 379903 (Moscow office)
OBJ_PRS = "Офис, г. Москва, Пресненская наб., д. 12, 41 этаж"
t = sd_text("SD-2026-122006", "13.11.2026 09:38", OBJ_PRS, "Канальные кондиционеры (3 шт.) Daikin FDA125A",
            "E004118 / E004119 / E004127", "379903", "Осипов П.А.", "В работе",
            "Принято в работу. Плановый выезд 14.11 с 10:00, ответственный — Осипов П.А.")
emit(alt(t, sd_html("SD-2026-122006", "13.11.2026 09:38", OBJ_PRS, "Канальные кондиционеры (3 шт.) Daikin FDA125A",
                    "E004118 / E004119 / E004127", "379903", "Осипов П.А.", "В работе",
                    "Принято в работу. Плановый выезд 14.11 с 10:00, ответственный — Осипов П.А."), "utf-8", "b64"),
     "sd", "Обращение SD-2026-122006 — принято", dt(13, 9, 40),
     D("379903", [], "заявка принята", "принято; visit 14.11 is a plan"))

m = MIMEMultipart("alternative")
m.attach(text_part("Осипов Павел принял это приглашение.\n\nВыезд на объект по заявке 379903 (Пресненская наб., 12)\n"
                   "Когда: 14 ноября 2026 г. 10:00–13:00 (UTC+03:00) Москва", "plain", "utf-8", "qp"))
cal = MIMEText("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
               "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Осипов Павел:mailto:p.osipov@aeroklimat-service.ru\r\n"
               "SUMMARY:Выезд на объект по заявке 379903\r\nDTSTART;TZID=Russian Standard Time:20261114T100000\r\n"
               "DTEND;TZID=Russian Standard Time:20261114T130000\r\nUID:040000008200E00074C5B7101A82E0080000000030F1\r\n"
               "END:VEVENT\r\nEND:VCALENDAR\r\n", "calendar", cs("utf-8", "b64"))
cal.set_param("method", "REPLY")
m.attach(cal)
emit(m, "osipov", "Принято: Выезд на объект по заявке 379903", dt(13, 10, 2),
     I("calendar meeting response generated by mail client"))

body = "Выхали к вам по 379903, нас двое (Осипов, Ларин). Будем к 10 как договаривались.\n" + SIG_OSIPOV
emit(text_part(body, "plain", "windows-1251", "qp"), "osipov", "379903", dt(14, 9, 15),
     D("379903", [], "подрядчик в пути", "typo 'Выхали' (выехали)"), charset="windows-1251")

tbl = [["Поз.", "Оборудование", "Статус"], ["1", "Кондиционер 1 (E004118)", "Инженер на объекте"],
       ["2", "Кондиционер 2 (E004119)", "Инженер на объекте"], ["3", "Кондиционер 3 (E004127)", "Инженер на объекте"]]
h = sd_html("SD-2026-122006", "14.11.2026 10:18", OBJ_PRS, "Канальные кондиционеры (3 шт.) Daikin FDA125A",
            "E004118 / E004119 / E004127", "379903", "Осипов П.А.", "В работе",
            "Инженеры прибыли в 10:10, поднялись на 41 этаж.", table=tbl)
emit(text_part(h, "html", "utf-8", "qp"), "sd", "Обращение SD-2026-122006 — на объекте", dt(14, 10, 20),
     D("379903", ["1", "2", "3"], "подрядчик на месте", "HTML-only table row per position, all on site"))

body = ("По третьей позиции закончили: почистили дренажный насос, кондиционер 3 работает.\nПо первой и второй "
        "ждём доступ в помещения 4112 и 4115, ключи у арендатора, обещали к 14:00.\n" + SIG_OSIPOV)
emit(text_part(body, "plain", "windows-1251", "b64"), "osipov", "RE: Обращение SD-2026-122006 — на объекте",
     dt(14, 13, 0), D("379903", ["3"], "подрядчик убыл", "по третьей позиции закончили; others waiting (nothing/plan); room numbers not positions"),
     charset="windows-1251")

body = ("п.1 и п.2 выполнены (промывка дренажа, замена датчика температуры на кондиционере 2), "
        "все три блока в работе. Уехали в 16:30.\n" + SIG_OSIPOV + "\n\n"
        "-----Original Message-----\nFrom: Осипов Павел <p.osipov@aeroklimat-service.ru>\nSent: Saturday, November 14, 2026 1:00 PM\n"
        "To: dispatch@zakazchik-omis.ru\nSubject: RE: Обращение SD-2026-122006 — на объекте\n\n"
        "По третьей позиции закончили ...")
emit(text_part(body, "plain", "windows-1251", "qp"), "osipov", "RE: Обращение SD-2026-122006 (заявка 379903)",
     dt(14, 16, 40), D("379903", ["1", "2"], "подрядчик убыл", "п.1 и п.2 выполнены, уехали"),
     charset="windows-1251")

# ---------------------------------------------------------------- 380125 (TO chiller)
t = sd_text("SD-2026-123901", "16.11.2026 08:37", OBJ_SEV, "Чиллер 1 Carrier 30XA-752 (позиция 1)",
            "S/N 1803790412", "380125", "Соколов Н.И.", "Принято",
            "Заявка на плановое ТО чиллера принята. Время выезда сообщим дополнительно.")
emit(text_part(t, "plain", "utf-8", "qp"), "sd", "Обращение SD-2026-123901 — принято", dt(16, 8, 40),
     D("380125", ["1"], "заявка принята", "serial 1803790412 contains digits; equipment field names чиллер 1 / позиция 1"))

body = ("Добрый день.\n\nЯ в отпуске до 23.11.2026. Срочные вопросы — servicedesk@aeroklimat-service.ru, "
        "8-800-555-37-80.\n\nМорозов А.В.")
emit(text_part(body, "plain", "windows-1251", "qp"), "morozov", "Автоматический ответ: RE: Заявка 380125", dt(16, 9, 30),
     I("out-of-office auto-reply"), charset="windows-1251",
     extra={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "a.morozov@aeroklimat-service.ru"})

body = ("Коллеги, по 380125 ещё не выехали — ждём подтверждения допуска от службы безопасности ЦОД "
        "(список на Соколова Н.И. отправляли вчера). Как только пропуск будет готов — выезжаем.\n\n"
        "Сервисная служба АэроКлимат")
emit(text_part(body, "plain", "utf-8", "qp"), "sd", "380125 — ожидание допуска", dt(16, 9, 50),
     R("negation: ещё не выехали, waiting for access"))

c = "Допуск получен. Инженер Соколов Н.И. направлен на объект, в пути, ориентировочное прибытие 11:00."
emit(text_part(sd_text("SD-2026-123901", "16.11.2026 10:12", OBJ_SEV, "Чиллер 1 Carrier 30XA-752 (позиция 1)",
                       "S/N 1803790412", "380125", "Соколов Н.И.", "В работе", c), "plain", "utf-8", "b64"),
     "sd", "Обращение SD-2026-123901 — инженер в пути", dt(16, 10, 15),
     D("380125", ["1"], "подрядчик в пути", "в пути, прибытие ~11:00"))

body = ("На месте, жду сопровождающего у КПП.\n\n> Допуск получен. Инженер Соколов Н.И. направлен на объект\n"
        "\nОтправлено с iPhone")
emit(text_part(body, "plain", "utf-8", "b64"), "sokolov", "Re: Обращение SD-2026-123901 (заявка 380125)",
     dt(16, 11, 5), D("380125", [], "подрядчик на месте", "iPhone short reply; at checkpoint = arrived"))

c = ("ТО чиллера выполнено в полном объёме по регламенту ТО-2: замена фильтров-осушителей (2 шт.), "
     "проверка затяжки клемм, анализ масла, запись параметров. Замечаний нет. Инженер убыл с объекта в 15:05.")
emit(alt(sd_text("SD-2026-123901", "16.11.2026 15:18", OBJ_SEV, "Чиллер 1 Carrier 30XA-752 (позиция 1)",
                 "S/N 1803790412", "380125", "Соколов Н.И.", "Выполнено", c),
         sd_html("SD-2026-123901", "16.11.2026 15:18", OBJ_SEV, "Чиллер 1 Carrier 30XA-752 (позиция 1)",
                 "S/N 1803790412", "380125", "Соколов Н.И.", "Выполнено", c), "utf-8", "qp"),
     "sd", "Обращение SD-2026-123901 — выполнено", dt(16, 15, 20),
     D("380125", ["1"], "подрядчик убыл", "ТО выполнено, инженер убыл"))

# ---------------------------------------------------------------- 380448 (Khimki RTU-3/RTU-4)
t = sd_text("SD-2026-124550", "18.11.2026 10:22", "ТЦ Химки, Ленинградское ш., 1, кровля",
            "Крышные кондиционеры Lennox (2 шт.)", "5612K10341 / 5612K10342", "380448", "Белов Р.О.",
            "Принято", "Принято, инженер Белов Р.О.")
emit(text_part(t, "plain", "utf-8", "qp"), "sd", "Обращение SD-2026-124550 — принято", dt(18, 10, 25),
     D("380448", [], "заявка принята", "принято"))

body = "Убываю на объект в Химки по заявке 380448, буду около 13.\nБелов"
emit(text_part(body, "plain", "koi8-r", "qp"), "belov", "380448", dt(18, 12, 0),
     D("380448", [], "подрядчик в пути", "'убываю НА объект' = leaving for the site = on the way"), charset="koi8-r")

body = "Я на объекте, доступ на кровлю дали.\nБелов\n\n>Убываю на объект в Химки по заявке 380448, буду около 13."
emit(text_part(body, "plain", "koi8-r", "b64"), "belov", "Re: 380448", dt(18, 13, 10),
     D("380448", [], "подрядчик на месте", "на объекте"), charset="koi8-r")

body = ("RTU-4 починил: заменено реле высокого давления (Danfoss KP5, 060-117366), запустил, дует холодным. "
        "RTU-3 сегодня не успел — посмотрю в четверг. Уехал.\nБелов")
emit(text_part(body, "plain", "koi8-r", "qp"), "belov", "Re: 380448", dt(18, 17, 45),
     D("380448", ["2"], "подрядчик убыл", "RTU-4 = поз.2 per registry comment; RTU-3 planned"), charset="koi8-r")

c = "RTU-3: выполнено. Очищен конденсатор, заменён датчик температуры наружного воздуха. Агрегат в работе. Инженер убыл в 15:40."
emit(text_part(sd_html("SD-2026-124550", "19.11.2026 15:55", "ТЦ Химки, Ленинградское ш., 1, кровля",
                       "Крышный кондиционер RTU-3 Lennox", "5612K10341", "380448", "Белов Р.О.", "Выполнено", c),
               "html", "utf-8", "b64"),
     "sd", "Обращение SD-2026-124550 — RTU-3 выполнено", dt(19, 16, 0),
     D("380448", ["1"], "подрядчик убыл", "RTU-3 = поз.1 per registry comment"))

# ---------------------------------------------------------------- 380690 (Podolsk)
tbl = [["Поз.", "Оборудование", "Статус"], ["1", "ККБ Hisense AVW-96", "Принято"],
       ["2", "Чиллер 2 Carrier 30RB-262", "Принято"], ["3", "Насосная станция Grundfos Hydro MPC-E 3", "Принято"]]
h = sd_html("SD-2026-125310", "20.11.2026 09:58", OBJ_POD, "ККБ, чиллер 2, насосная станция",
            "—", "380690", "Осипов П.А.", "Принято", "Заявка принята в работу.", table=tbl)
emit(alt("Обращение SD-2026-125310\nВаш номер заявки: 380690\nСтатус в нашей системе: Принято\n"
         "Поз. 1 ККБ — принято; поз. 2 чиллер 2 — принято; поз. 3 насосная станция — принято.\n\n" + DISCLAIMER,
         h, "utf-8", "qp"), "sd", "Обращение SD-2026-125310 — принято", dt(20, 10, 0),
     D("380690", ["1", "2", "3"], "заявка принята", "table row per position, all принято"))

body = ("Добрый день! Сегодня одной бригадой едем по двум заявкам: 380690 (Подольск) и 380448 (Химки, RTU-3 "
        "повторно, проверка). Выехали в 10:20, сначала Подольск.\n" + SIG_OSIPOV)
emit(text_part(body, "plain", "windows-1251", "qp"), "osipov", "выезд 20.11", dt(20, 10, 30),
     R("two different requests in one letter"), charset="windows-1251")

body = ("Прибыли на склад (Подольск, ул. Лобачёва, 13) в 12:05, начинаем с насосной.\n" + SIG_OSIPOV)
emit(text_part(body, "plain", "windows-1251", "b64"), "osipov", "Re: Обращение SD-2026-125310 [380690]", dt(20, 12, 15),
     D("380690", [], "подрядчик на месте", "number in brackets in subject; прибыли; насосная mentioned as a plan"),
     charset="windows-1251")

body = ("Насосная — готово, заменили торцевое уплотнение на насосе №2 станции.\nЧиллер 2 — ещё работаем, ищем утечку.\n"
        "ККБ — завтра с утра.\n" + SIG_OSIPOV)
emit(text_part(body, "plain", "windows-1251", "qp"), "osipov", "Re: Обращение SD-2026-125310 [380690]", dt(20, 16, 30),
     R("different statuses per position: pump station done, chiller 2 still on site, ККБ planned; 'насос №2' is not position 2"),
     charset="windows-1251")

body = ("ККБ и чиллер 2 — работы завершены (на ККБ замена контактора, на чиллере 2 устранена утечка "
        "на вентиле Шредера, дозаправка 2,4 кг). Бригада убыла в 10:45.\n" + SIG_OSIPOV)
emit(alt(body, simple_html(body), "windows-1251", "qp"), "osipov", "380690 — завершение работ", dt(21, 11, 0),
     D("380690", ["1", "2"], "подрядчик убыл", "ККБ = поз.1, чиллер 2 = поз.2 per registry; убыла"),
     charset="windows-1251")

# ---------------------------------------------------------------- 380912 (SPb, pos 1 = кондиционер 2)
t = sd_text("SD-2026-126104", "23.11.2026 12:37", OBJ_LIG.replace("серверная", "серверная 3 эт."),
            "Прецизионный кондиционер Emerson Liebert PDX", "2209A0153", "380912",
            "Зуев К.А.", "Принято", "Принято в работу, инженер Зуев К.А.")
emit(text_part(t, "plain", "utf-8", "qp"), "sd", "Обращение SD-2026-126104 — принято", dt(23, 12, 40),
     D("380912", [], "заявка принята", "принято"))

fwd_t = "Выехал на Лиговский по течи конденсата, буду в 14:30.\nЗуев"
body = ("Пересылаю.\nС. Лебедева\n\n-----Original Message-----\nFrom: Зуев Константин <k.zuev@aeroklimat-service.ru>\n"
        "Sent: Monday, November 23, 2026 1:52 PM\nTo: Лебедева Светлана <s.lebedeva@aeroklimat-service.ru>\n"
        "Subject: 380912\n\n" + fwd_t)
emit(text_part(body, "plain", "windows-1251", "qp"), "lebedeva", "FW: 380912", dt(23, 14, 0),
     D("380912", [], "подрядчик в пути", "Outlook FW: of engineer's message, выехал на объект"), charset="windows-1251")

body = ("23.11.2026 14:05, dispatch@zakazchik-omis.ru пишет:\n> Константин, добрый день!\n"
        "> Прошу подтвердить выезд по заявке 380912.\n> Кравец О.\n\n"
        "На месте с 14:35, течь из поддона, разбираюсь.\nЗуев")
emit(text_part(body, "plain", "utf-8", "qp"), "zuev", "Re: заявка 380912", dt(23, 14, 40),
     D("380912", [], "подрядчик на месте", "reply written under the quote; only the text below the quote counts"))

body = ("Кондиционер 2 запущен: прочищен дренаж, заменён поплавковый датчик. Течи нет. Уехали в 18:10.\nЗуев")
emit(text_part(body, "plain", "utf-8", "b64"), "zuev", "380912 выполнено", dt(23, 18, 30),
     D("380912", ["1"], "подрядчик убыл", "'кондиционер 2' is the unit of position 1 per registry comment (only position)"))

# ---------------------------------------------------------------- misc review / ignored
body = ("Добрый день!\nИнженер прибыл на объект по заявке 379099, ждёт представителя эксплуатации у входа.\n" + SIG_OSIPOV)
emit(text_part(body, "plain", "windows-1251", "qp"), "osipov", "заявка 379099", dt(17, 11, 20),
     R("request number 379099 is not in the registry"), charset="windows-1251")

body = ("Добрый день.\nИнженер на месте, ждём вашего представителя с ключами от венткамеры. Телефон инженера "
        "+7 (926) 380-44-81.\n\nСервисная служба АэроКлимат")
emit(text_part(body, "plain", "utf-8", "qp"), "sd", "Инженер на объекте", dt(19, 9, 10),
     R("no request number at all; phone digits are not a request"))

body = "378502 поз. 3 — выехали, будем через час.\nБелов"
emit(text_part(body, "plain", "koi8-r", "qp"), "belov", "378502 поз. 3", dt(6, 9, 5),
     R("position 3 does not exist in request 378502"), charset="koi8-r")

body = ("Уважаемые коллеги!\n\nПо заявке 378114 (ЦОД «Северный») акт выполненных работ № АВР-2026-11-0398 от 09.11.2026 "
        "до сих пор не подписан, хотя работы завершены две недели назад. Просим подписать акт и вернуть скан, "
        "в противном случае будем вынуждены приостановить плановое ТО по договору СО-112/2025.\n\n"
        "Рахимова Эльвира\nменеджер по работе с ключевыми клиентами\nООО «АэроКлимат Сервис»")
emit(text_part(body, "plain", "utf-8", "b64"), "rakhimova", "Неподписанный акт по заявке 378114", dt(24, 11, 0),
     R("complaint about unsigned act, no status"))

h = ("<html><body style='font-family:Arial'><h2>Вебинар: подготовка чиллеров к зимнему сезону</h2>"
     "<p>Уважаемые партнёры! 26 ноября 2026 г. в 11:00 (МСК) приглашаем на бесплатный вебинар по консервации "
     "чиллеров и ККБ. Регистрация по ссылке.</p><p>Акция: ТО-2 чиллеров со скидкой 15% до 31.12.2026.</p>"
     "<p style='font-size:8pt'>Вы получили это письмо, так как являетесь клиентом ООО «АэроКлимат Сервис». "
     "Отписаться: https://aeroklimat-service.ru/unsubscribe</p></body></html>")
emit(text_part(h, "html", "utf-8", "b64"), "news", "Вебинар 26.11: подготовка чиллеров к зиме", dt(20, 7, 0),
     I("bulk newsletter"), to=("", "dispatch@zakazchik-omis.ru"),
     extra={"Precedence": "bulk", "List-Unsubscribe": "<https://aeroklimat-service.ru/unsubscribe>",
            "List-Id": "news.aeroklimat-service.ru"})

body = ("Здравствуйте. Я нахожусь вне офиса до 09.11.2026 (выездные работы, связь ограничена). "
        "По срочным вопросам: sd-ural@aeroklimat-service.ru.\nКузнецов Д.С.")
emit(text_part(body, "plain", "windows-1251", "b64"), "kuznetsov", "Автоответ: Заявка 378777 — уточнение", dt(7, 9, 15, 5),
     I("out-of-office auto-reply"), charset="windows-1251",
     extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

# extra decided letters for variety ------------------------------------------------
body = ("Коллеги, добрый день!\n\nПо заявке № 379318 дополнительно: сегодня повторно заехал проверить чиллер 1 после "
        "вчерашней настройки — работает стабильно, аварий за ночь нет. Приехал в 9:10, уехал в 9:50.\n" + SIG_GAIF)
emit(text_part(body, "plain", "windows-1251", "b64"), "gaifullin", "Заявка № 379318 — контроль", dt(11, 10, 5),
     D("379318", ["1"], "подрядчик убыл", "control visit: arrived and left; latest event = убыл"), charset="windows-1251")

body = ("ДОБРЫЙ ДЕНЬ. ПО 378777 ПОЗ.2 — ПЛАТА ПРИШЛА, ВЫЕЗЖАЮ СЕЙЧАС, БУДУ ЧЕРЕЗ 40 МИНУТ.\n" + SIG_KUZ)
emit(text_part(body, "plain", "windows-1251", "qp"), "kuznetsov", "378777 поз.2", dt(12, 14, 20, 5),
     D("378777", ["2"], "подрядчик в пути", "caps; 'будем через 40 минут' = on the way"), charset="windows-1251")

body = ("<html><body><p>Добрый день!</p><p>Сообщаю, что по заявке <b>#380690</b> бригада выехала с базы в 07:30, "
        "едем на Подольск доделывать ККБ и чиллер 2.</p><p>Осипов П.</p></body></html>")
emit(text_part(body, "html", "utf-8", "qp"), "osipov", "#380690 выезд бригады", dt(21, 7, 40),
     D("380690", ["1", "2"], "подрядчик в пути", "HTML-only; выехала С базы (towards site); names ККБ (поз.1) and чиллер 2 (поз.2)"))

body = ("Добрый день!\n\nЗаявка 379041: бригада №7 ещё раз заезжала проверить дренаж кондиционера 3 "
        "по просьбе службы эксплуатации — подтёков нет, всё сухо. Работы завершены, бригада освободилась в 11:30.\n" + SIG_LEB)
emit(text_part(body, "plain", "utf-8", "qp"), "lebedeva", "Заявка 379041 — кондиционер 3", dt(10, 11, 45),
     D("379041", ["3"], "подрядчик убыл", "result form: бригада освободилась; кондиционер 3 = поз.3"))

# ----------------------------------------------------------------------------------
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=2)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=2)
print("letters:", N[0])
