#!/usr/bin/env python3
"""Generator of test letters for persona: IT / network service contractor
(ООО «НетСервис Интеграция»). Writes letters/NNN.eml, labels.json, registry.json."""
import json
import os
from datetime import datetime, timezone, timedelta

from email import charset as _cs
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.message import Message
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

MSK = timezone(timedelta(hours=3))
DISPATCH = formataddr(("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru"), "utf-8")

P = {
    "sid": ("Марина Сидорова", "m.sidorova@netserv-int.ru"),
    "kuz": ("Кузнецов Алексей", "a.kuznetsov@netserv-int.ru"),
    "orl": ("Дмитрий Орлов", "d.orlov@netserv-int.ru"),
    "orlp": ("Dmitry Orlov", "orlov.dm@mail.ru"),
    "bel": ("Игорь Белов", "i.belov@netserv-int.ru"),
    "hd": ("Service Desk NetServ", "helpdesk@netserv-int.ru"),
    "auto": ("NetServ ServiceDesk", "noreply@sd.netserv-int.ru"),
    "news": ("НетСервис Интеграция", "news@netserv-int.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@mx1.netserv-int.ru"),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «НетСервис Интеграция»",
        "emails": sorted({v[1] for v in P.values()}),
        "domains": ["netserv-int.ru", "sd.netserv-int.ru", "mx1.netserv-int.ru"],
    },
    "requests": [
        {"number": "21034", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Замена NVR видеонаблюдения: 1 — склад, 2 — офис"},
        {"number": "21107", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "Замена коммутаторов доступа в серверной, стойки R1/R2/R3"},
        {"number": "21158", "positions": ["1"], "registered_at": "2026-11-03T14:20:00+03:00",
         "comment": "Замена АКБ ИБП APC Smart-UPS 3000, филиал Химки"},
        {"number": "21203", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:40:00+03:00",
         "comment": "Монтаж точек доступа Wi-Fi, этажи 1–4"},
        {"number": "21266", "positions": ["1"], "registered_at": "2026-11-06T11:05:00+03:00",
         "comment": "Замена диска в RAID-массиве сервера"},
        {"number": "21312", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Плановое ТО ИБП: 1 — ул. Промышленная 14, 2 — Ленинградское ш. 39с2"},
        {"number": "21390", "positions": ["1"], "registered_at": "2026-11-10T16:30:00+03:00",
         "comment": "Не работает IP-камера на КПП"},
        {"number": "21455", "positions": ["01", "02", "03"], "registered_at": "2026-11-11T10:10:00+03:00",
         "comment": "СКС: перекоммутация патч-панелей PP-A/PP-B/PP-C, шкаф R4"},
        {"number": "21518", "positions": ["1"], "registered_at": "2026-11-12T07:50:00+03:00",
         "comment": "Сервер HPE не загружается"},
        {"number": "21604", "positions": ["1", "2"], "registered_at": "2026-11-16T12:00:00+03:00",
         "comment": "Филиал: 1 — замена маршрутизатора, 2 — резервный канал LTE"},
        {"number": "21677", "positions": ["1"], "registered_at": "2026-11-17T09:30:00+03:00",
         "comment": "ИБП в серверной подаёт звуковой сигнал"},
        {"number": "21741", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T08:00:00+03:00",
         "comment": "Видеонаблюдение: обслуживание 3 регистраторов (корпуса А, Б, В)"},
        {"number": "21820", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "Перенос стойки R5: 1 — демонтаж в серв. 204, 2 — монтаж в серв. 311"},
    ],
}

SIG_SID = """--
С уважением,
Марина Сидорова
Координатор сервисной службы
ООО «НетСервис Интеграция»
ИНН 7727654321 / КПП 772701001
тел. +7 (495) 617-23-40 доб. 214
helpdesk@netserv-int.ru"""

SIG_KUZ = """--
Алексей Кузнецов | Network Engineer
NetServ Integration
+7 916 204-18-77"""

SIG_ORL = """--
Орлов Д.
инженер ВО / электропитание
моб. 8-903-771-45-09"""

SIG_BEL = """--
Белов Игорь, инженер СВН
ООО "НетСервис Интеграция"
т. +7 925 330 12 86"""

LETTERS = []
LABELS = {}
_counter = [0]


def dt(d, hh, mm):
    return datetime(2026, 11, d, hh, mm, 0, tzinfo=MSK)


def set_common(msg, who, subject, date, subj_charset="utf-8", to=DISPATCH, extra=None, mid_domain=None):
    name, addr = P[who] if who in P else who
    msg["From"] = formataddr((name, addr), subj_charset if subj_charset else "utf-8") if name else addr
    msg["To"] = to
    try:
        subject.encode("ascii")
        msg["Subject"] = subject
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, subj_charset)
    msg["Date"] = format_datetime(date)
    _counter[0] += 1
    dom = mid_domain or addr.split("@")[1]
    msg["Message-ID"] = "<%s.%04d.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), _counter[0] * 37 + 1100,
                                             who if isinstance(who, str) else "x", dom)
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def text_part(body, charset="utf-8", cte=None, subtype="plain"):
    cs = _cs.Charset(charset)
    if cte == "qp":
        cs.body_encoding = _cs.QP
    elif cte == "b64":
        cs.body_encoding = _cs.BASE64
    elif cte == "8bit":
        cs.body_encoding = None
    return MIMEText(body, subtype, cs)


def add(label, msg):
    n = len(LETTERS) + 1
    fn = "%03d.eml" % n
    LETTERS.append((fn, msg))
    LABELS[fn] = label
    return fn


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


def plain(who, subject, body, date, label, charset="utf-8", cte=None, extra=None, subtype="plain"):
    m = text_part(body, charset, cte, subtype)
    set_common(m, who, subject, date, charset, extra=extra)
    return add(label, m)


def alt(who, subject, text, html, date, label, charset="utf-8", cte=None, extra=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, charset, cte))
    m.attach(text_part(html, charset, cte, "html"))
    set_common(m, who, subject, date, charset, extra=extra)
    return add(label, m)


def html_doc(inner):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + inner + "</body></html>")


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.splitlines())


# ---------------------------------------------------------------- 21034 NVR
plain("sid", "Заявка 21034 — принята в работу",
      """Добрый день!

Заявку 21034 (замена видеорегистраторов, склад + офис) приняли в работу.
У нас она заведена как INC0048812 — если будете звонить на линию, называйте
любой из номеров. Исполнитель — Белов И., дату выезда согласует с вами напрямую.

""" + SIG_SID, dt(2, 10, 2),
      D("21034", [], "заявка принята", "accepted in work; INC0048812 is contractor's internal ticket"))

plain("bel", "21034-1 выезд",
      """Выехал на склад, буду ориентировочно к 9:40.
Новый регистратор Hikvision DS-7716NI-K4 (SN DS-7716NI-K41620230917CCRRJ55) везу с собой.
Просьба предупредить охрану на воротах №3.

""" + SIG_BEL, dt(3, 8, 47),
      D("21034", ["1"], "подрядчик в пути", "position after dash in subject; 'выехал на склад' = on the way; gate No.3 not a position"))

q = """Выехал на склад, буду ориентировочно к 9:40.
Новый регистратор Hikvision DS-7716NI-K4 (SN DS-7716NI-K41620230917CCRRJ55) везу с собой.
Просьба предупредить охрану на воротах №3."""
plain("bel", "Re: 21034-1 выезд",
      """На месте, начинаю демонтаж старого NVR. Охрана пропустила, спасибо.

03.11.2026 8:47, Игорь Белов пишет:
""" + quote(q) + "\n", dt(3, 10, 5),
      D("21034", ["1"], "подрядчик на месте", "Re: subject still says 'выезд', body says on site; quote ignored"))

plain("bel", "21034 склад",
      """Коллеги, по складу (поз.1) всё: новый рег смонтирован в шкаф, 16 каналов поднялись,
архив пишется на 2 HDD по 6 ТБ, глубина около 30 суток. IP регистратора 10.30.1.10,
учётку admin передал вашему Сергею под роспись. Уехал.

В офис (поз.2) завтра с утра, ориентировочно к 9:30.

""" + SIG_BEL, dt(3, 13, 20),
      D("21034", ["1"], "подрядчик убыл", "pos 1 finished and left; pos 2 only planned"))

plain("bel", "Итог по заявке 21034", html_doc(
    "<p>Добрый день!</p><p>Итог по заявке <b>№21034</b>:</p>"
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
    "<tr><th>Поз.</th><th>Объект</th><th>Работы</th><th>Статус</th></tr>"
    "<tr><td>1</td><td>Склад, ул. Складская 8</td><td>Замена NVR DS-7716NI-K4, 16 кан.</td><td>Выполнено, убыл 03.11 13:15</td></tr>"
    "<tr><td>2</td><td>Офис, 2 эт., серверная 206</td><td>Замена NVR DS-7608NI-K2, 8 кан.</td><td>Выполнено, убыл 04.11 11:40</td></tr>"
    "</table><p>Акты направим отдельным письмом.</p>"
    "<p>--<br>Белов Игорь, инженер СВН<br>ООО \"НетСервис Интеграция\"</p>"), dt(4, 11, 52),
      D("21034", ["1", "2"], "подрядчик убыл", "HTML-only table, both rows done/left"), subtype="html")

# ---------------------------------------------------------------- 21107 switches
auto_ack = """Здравствуйте!

Ваше письмо получено и зарегистрировано в системе NetServ ServiceDesk.
Номер обращения: SD-4567
Тема: Заявка 21107 замена коммутаторов
Приоритет: P3 (Normal)

Это автоматическое сообщение, отвечать на него не нужно.
Отслеживать обращение можно в личном кабинете https://sd.netserv-int.ru/portal
"""
plain("auto", "[SD-4567] Обращение зарегистрировано", auto_ack, dt(3, 10, 3),
      I("helpdesk auto-acknowledgement of customer's e-mail (Auto-Submitted)"),
      extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

plain("hd", "[SD-4567] Статус обращения изменён: Назначено",
      """Статус обращения SD-4567 изменён.
Было: Новое
Стало: Назначено
Исполнитель: Кузнецов А.
-----------------------------------------------
Комментарий сотрудника (Сидорова М.):
Коллеги, добрый день. Ваш наряд 21107 приняли, ведёт Кузнецов, он с вами свяжется
для согласования времени доступа в серверную.
-----------------------------------------------
NetServ ServiceDesk | https://sd.netserv-int.ru
""", dt(3, 10, 41),
      D("21107", [], "заявка принята", "helpdesk notification with human comment: наряд accepted"))

plain("kuz", "21107 поз 1-3",
      """Доброе утро. Выехал на объект по 21107 (позиции 1-3), на месте буду около 9.
Везу 3x Cisco C9200-48P, консольник и патч-корды.

""" + SIG_KUZ, dt(4, 8, 5),
      D("21107", ["1", "2", "3"], "подрядчик в пути", "range of positions 1-3; 'выехал на объект' = travelling"))

plain("kuz", "Re: Заявка 21107",
      """Онсайт, в серверной. Доступ дали, начинаю со стойки R1.

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 4, 2026 8:31 AM
To: a.kuznetsov@netserv-int.ru
Subject: Заявка 21107

Алексей, добрый день. Пропуск на вас заказан, серверная 2 этаж, ключ у дежурного.
""", dt(4, 9, 12),
      D("21107", [], "подрядчик на месте", "'онсайт' jargon = on site; stoyka R1 is a rack, not a position number"))

plain("kuz", "21107 промежуточно",
      """Свитч в R1 (поз. 1) заменили: C9200-48P SN FOC2412X0AB, конфиг задеплоили из бэкапа,
аплинк Te1/1/1 поднялся, VLAN 10/20/110 ходят. По R2 и R3 продолжаю, там пока
старые 2960X в работе.

""" + SIG_KUZ, dt(4, 11, 30),
      R("mixed: pos 1 finished, pos 2/3 still being worked on (on site) — different statuses in one letter"))

plain("kuz", "Re: 21107 поз 1-3",
      """Всё, по 21107 все три свитча в работе, линки зелёные, в Zabbix алертов нет,
старые 2960X сложил в коробки у вас в серверной (SN FOC1834Z1PQ, FOC1834Z1QR, FOC1901X0AA).
Выехал с объекта в 15:30.

""" + SIG_KUZ + """

________________________________
От: Кузнецов Алексей <a.kuznetsov@netserv-int.ru>
Отправлено: 4 ноября 2026 г. 8:05
Кому: Диспетчерская ОМИС
Тема: 21107 поз 1-3

Доброе утро. Выехал на объект по 21107 (позиции 1-3), на месте буду около 9.
""", dt(4, 15, 45),
      D("21107", [], "подрядчик убыл", "'выехал С объекта' = left; quoted 'выехал на объект' is history"))

# ---------------------------------------------------------------- 21158 UPS batteries
plain("orl", "21158",
      """Принял 21158. АКБ CSB HR1234W 8 шт. на складе есть, выезд завтра с утра.""",
      dt(3, 15, 0), D("21158", [], "заявка принята", "accepted; departure only planned"))

plain("orl", "Заявка 21158 в пути",
      """Еду на 21158, на МКАД пробка в районе Ленинградки, буду минут через 40.
Д.О.""", dt(4, 9, 30),
      D("21158", [], "подрядчик в пути", "windows-1251 base64"), charset="windows-1251", cte="b64")

plain("orl", "Заявка 21158 - выполнено",
      """Заявка 21158: батареи заменены (8 x HR1234W), ИБП прошёл самотест, нагрузка 38%,
runtime 24 мин. Старые АКБ забрал на утилизацию. Акт N 1187 подписан у завхоза,
фото шильдика во вложении не прикрепилось, пришлю позже.

""" + SIG_ORL, dt(4, 12, 55),
      D("21158", [], "подрядчик убыл", "result reported, act number 1187 is not a request; KOI8-R"),
      charset="koi8-r", cte="8bit")

# ---------------------------------------------------------------- 21203 Wi-Fi
plain("sid", "Обращение #21203",
      """Добрый день!

Обращение 21203 принято, в нашей системе — #45812. Монтаж точек доступа планируем
на 6–7 ноября, инженер Кузнецов А.

""" + SIG_SID, dt(5, 9, 10),
      D("21203", [], "заявка принята", "accepted; #45812 is contractor's internal number"))

plain("orl", "вопрос по 21203",
      """Коллеги, по 21203 — на 4-м этаже потолок армстронг на высоте 3,5 м.
Стремянка у вас есть или свою брать? И можно ли использовать существующий кабель
от порта 4/0/17 на патч-панели или тянуть новый?""", dt(5, 16, 20),
      R("questions only, no status"))

plain("kuz", "21203 (1)",
      """Выдвигаюсь к вам, в районе 10 буду. Беру 2 точки Ubiquiti U6-Pro и PoE-инжектор
на всякий.""", dt(6, 8, 30),
      D("21203", ["1"], "подрядчик в пути", "position in brackets in subject; 'выдвигаюсь' = on the way"))

plain("kuz", "RE: 21203 (1)",
      """П1 и П2 готовы: точки повешены, адопт в контроллере прошёл, IP 10.20.1.31 и 10.20.1.32,
SSID Corp и Guest видно, скорость на клиенте ~600 Мбит/с. П3, П4 — завтра.

""" + SIG_KUZ, dt(6, 12, 40),
      D("21203", ["1", "2"], "подрядчик убыл", "П1/П2 done ('готовы'), П3/П4 planned"))

plain("hd", "[#45812] Статус обращения изменён: Инженер на объекте",
      """Статус обращения #45812 изменён: В работе -> Инженер на объекте
Внешний номер заказчика: 21203

Комментарий (Кузнецов А.):
на месте, поз. 3 и 4, с 3-го этажа начинаю

--
NetServ ServiceDesk. Ответы на это письмо попадают в обращение.
""", dt(7, 10, 5),
      D("21203", ["3", "4"], "подрядчик на месте", "status notification with engineer's comment naming positions 3 and 4"))

plain("kuz", "RE: [#45812] Статус обращения изменён: Инженер на объекте",
      """Закончил по 3 и 4 позиции, уехал. Итого по заявке 21203 смонтировано 8 точек
(по 2 на этаж), все в контроллере UniFi, карта покрытия во вложении завтра.

От: NetServ ServiceDesk [mailto:helpdesk@netserv-int.ru]
Отправлено: 7 ноября 2026 г. 10:05
Кому: dispatch@zakazchik-omis.ru
Тема: [#45812] Статус обращения изменён: Инженер на объекте

Статус обращения #45812 изменён: В работе -> Инженер на объекте
Внешний номер заказчика: 21203
""", dt(7, 14, 20),
      D("21203", ["3", "4"], "подрядчик убыл", "Re: subject with old status; body says finished and left"))

# ---------------------------------------------------------------- 21266 RAID disk
alt("hd", "Заявка № 21266 принята",
    """Добрый день!

Заявка № 21266 принята. Диск HGST 1.2TB SAS 10K (P/N 0B28384) заказан у дистрибьютора,
о дате выезда сообщим дополнительно.

Service Desk NetServ
+7 (495) 617-23-40""",
    html_doc("<p>Добрый день!</p><p>Заявка <b>№&nbsp;21266</b> принята. Диск HGST 1.2TB SAS 10K "
             "(P/N 0B28384) заказан у дистрибьютора, о дате выезда сообщим дополнительно.</p>"
             "<p>Service Desk NetServ<br>+7 (495) 617-23-40</p>"),
    dt(6, 11, 40), D("21266", [], "заявка принята", "multipart/alternative acceptance"), cte="qp")

plain("sid", "21266 — статус",
      """Добрый день!

По 21266 пока не выехали — диск у поставщика, ETA 10.11. Как придёт, сразу отпишемся
и согласуем окно.

""" + SIG_SID, dt(8, 15, 12),
      R("negation: not yet left, waiting for part"))

plain("orl", "21266 прибыл",
      """Прибыл в 12:50. Диск в bay 3 поменял, ребилд пошёл (Smart Array P408i-a),
сейчас 12%. Дождусь окончания ребилда, потом отпишусь.""", dt(10, 13, 10),
      D("21266", [], "подрядчик на месте", "arrived, work in progress"))

plain("orl", "Re: 21266 прибыл",
      """Ребилд завершился, логический диск Optimal, алерты в iLO (10.0.5.45) сброшены.
Убыл в 17:20.

> Прибыл в 12:50. Диск в bay 3 поменял, ребилд пошёл (Smart Array P408i-a),
> сейчас 12%. Дождусь окончания ребилда, потом отпишусь.
""", dt(10, 17, 35),
      D("21266", [], "подрядчик убыл", "Re: subject says 'прибыл', body says left"))

# ---------------------------------------------------------------- 21312 UPS maintenance
plain("sid", "Подтверждение заявки 21312",
      """Добрый день!

Подтверждаем получение заявки 21312 (ТО ИБП, 2 объекта). Взяли в работу,
внутренний номер INC0051207. Выезд инженера — 10.11.

""" + SIG_SID, dt(9, 10, 0),
      D("21312", [], "заявка принята", "windows-1251 base64; INC is internal"), charset="windows-1251", cte="b64")

plain("orlp", "21312 поз. 1",
      """Это Орлов, пишу с личной, корп. почта на телефоне не синхронится.
Выехал на Промышленную, 14 (21312), поз. 1, буду к 8:40.

Отправлено из мобильной Почты Mail.ru""", dt(10, 7, 55),
      D("21312", ["1"], "подрядчик в пути", "personal mailbox; request number in brackets after address; 14 is house number"))

plain("orlp", "Re: 21312 поз. 1", "на месте\n\nОтправлено из мобильной Почты Mail.ru", dt(10, 8, 46),
      D("21312", ["1"], "подрядчик на месте", "number and position only in subject"))

plain("orl", "21312 п.1 готово",
      """ТО по п.1 (Промышленная 14) выполнено: Eaton 9SX 6000i SN GA24K0123, замер АКБ в норме,
прошивка NMC обновлена до 2.1.4, вентиляторы продули. Уехал.
На вторую площадку поеду после обеда.

""" + SIG_ORL, dt(10, 12, 10),
      D("21312", ["1"], "подрядчик убыл", "п.1 done and left; п.2 only planned"))

plain("orl", "21312 поз.2 прибытие",
      """Прибытие на 2-й объект (Ленинградское ш., 39с2) — 14:25. Приступил.""", dt(10, 14, 30),
      D("21312", ["2"], "подрядчик на месте", "noun 'прибытие' with time; 39с2 is address"))

plain("orl", "Заявка 21312 пoз. 2", html_doc(
    "<div>Заявка 21312 пoз. 2 &mdash; ТO завершенo, убыл 16:50.</div>"
    "<div>Протокол ТО пришлю в понедельник.</div><div><br></div><div>Орлов Д.</div>"), dt(10, 17, 5),
      D("21312", ["2"], "подрядчик убыл", "HTML-only; Latin 'o' inside Cyrillic words"), subtype="html")

plain("orl", "Re: пропуск 21312",
      """Спасибо за оперативное согласование доступа по 21312! Охрана уже в курсе была,
прошли без задержек.

> Пропуск на Орлова Д. на 10.11 заказан, въезд через КПП-2.
""", dt(10, 17, 20),
      R("thanks only, no status"))

# ---------------------------------------------------------------- 21390 camera KPP
plain("bel", "Обращение 21390 – камера КПП",
      """21390 принял, завтра с утра посмотрю.
Удалённо: камера 10.30.5.17 в пинг не отвечает, на коммутаторе PoE порт Fa0/7 — no link,
MAC 00:1B:44:11:3A:B7 в таблице не светится. Скорее всего, кабель или сама камера.

""" + SIG_BEL, dt(10, 17, 0),
      D("21390", [], "заявка принята", "accepted; port/IP/MAC are not request numbers"))

plain("bel", "КПП",
      """Обращение 21390 — на объекте с 9:15, смотрю камеру.""", dt(11, 9, 20),
      D("21390", [], "подрядчик на месте", "on site"))

plain("bel", "Re: КПП",
      """Камеру поменял (Dahua IPC-HFW2431S-S-S2, старая выгорела по PoE), картинка в регистратор
идёт, канал D7. Снялся, еду на базу.

От: Игорь Белов <i.belov@netserv-int.ru>
Отправлено: 11 ноября 2026 г. 9:20
Кому: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Тема: Обращение 21390 – камера КПП

Обращение 21390 — на объекте с 9:15, смотрю камеру.
""", dt(11, 10, 40),
      D("21390", [], "подрядчик убыл", "number only in quoted Outlook block/old subject; 'снялся' = left"))

plain("kuz", "21390 поз. 2",
      """На месте по 21390 поз. 2, вторая камера на въезде.""", dt(11, 11, 5),
      R("21390 has only position 1; position 2 does not exist"))

# ---------------------------------------------------------------- 21455 SKS (positions 01/02/03)
plain("sid", "Заявка 21455",
      """Добрый день!
Заявка 21455 принята, исполнитель — Кузнецов А., ориентировочно 13.11.
Просим заранее обеспечить доступ в шкаф R4.

""" + SIG_SID, dt(11, 11, 0),
      D("21455", [], "заявка принята", "accepted"))

plain("kuz", "21455 поз 01-03 выезд",
      """Еду. Патч-корды cat6 1 м — 48 шт, 2 м — 24 шт, стяжки, маркер. Около 9 буду.""", dt(13, 8, 20),
      D("21455", ["01", "02", "03"], "подрядчик в пути", "positions 01-03 range in subject"))

plain("kuz", "Re: 21455 поз 01-03 выезд",
      """Прибыл на объект по 21455, пропуск оформили, шкаф R4 открыли.""", dt(13, 9, 5),
      D("21455", [], "подрядчик на месте", "arrival for the request, no position named in body"))

plain("kuz", "21455 промежуточный",
      """поз.01 и поз.02 — перекоммутировано, порты 1–48 на PP-A и PP-B промаркированы,
всё прозвонил Fluke-ом, линки 1G. 03 — после обеда, сейчас обед.""", dt(13, 13, 30),
      D("21455", ["01", "02"], "подрядчик убыл", "01 and 02 finished; 03 later"))

plain("kuz", "Re: 21455 промежуточный",
      """Закончил с 3-й, всё. Бригада освободилась, уехали.

> поз.01 и поз.02 — перекоммутировано, порты 1–48 на PP-A и PP-B промаркированы,
> всё прозвонил Fluke-ом, линки 1G. 03 — после обеда, сейчас обед.
""", dt(13, 18, 10),
      D("21455", ["03"], "подрядчик убыл", "'3-й' = registry position '03'"))

# ---------------------------------------------------------------- 21518 server
plain("hd", "[INC0052931] Статус обращения изменён: В работе",
      """Статус обращения INC0052931 изменён: Назначено -> В работе
Внешний номер: 21518
Приоритет: P1 (Critical)

Комментарий инженера:
Орлов выезжает на объект по заявке 21518, ETA 9:30. Запасная планка памяти и блок
питания 800W (P/N 865414-B21) с собой.

--
NetServ ServiceDesk
""", dt(12, 8, 5),
      D("21518", [], "подрядчик в пути", "notification with human comment: 'выезжает', ETA"))

plain("auto", "[INC0052931] Напоминание SLA",
      """Внимание! До нарушения SLA по обращению INC0052931 (P1) осталось 2 ч 00 мин.
Ответственный: Орлов Д.
Внешний номер: 21518

Это письмо сформировано автоматически. Не отвечайте на него.
""", dt(12, 9, 50),
      I("automatic SLA reminder, no human report"),
      extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

plain("orl", "21518 onsite",
      """На месте. Сервер HPE DL380 Gen10 SN CZJ9470ABC висит на POST:
'Memory initialization error', слот 12 процессора 2. Меняю планку.""", dt(12, 9, 52),
      D("21518", [], "подрядчик на месте", "on site"))

plain("orl", "RE: [INC0052931] 21518",
      """Плашку DIMM в слоте 12 заменили (P/N P06033-B21, 32GB), сервер поднялся,
ESXi 8.0U2 загрузился, ВМки стартовали, мониторинг зелёный. Закрываем, я уехал.""",
      dt(12, 12, 15),
      D("21518", [], "подрядчик убыл", "part replaced, everything works, left"))

plain("sid", "Акт и счёт по заявке 21518",
      """Добрый день!

Во вложении акт № 1203 от 12.11.2026 по заявке 21518 и счёт № 3342 на 18 400,00 руб.
(в т.ч. НДС 20%) по договору № 47/2026-ИТ. Просим подписать и вернуть скан.

""" + SIG_SID, dt(13, 10, 30),
      R("paperwork: act/invoice, no status"))

# ---------------------------------------------------------------- 21604 router + LTE
alt("sid", "21604 — в работу взяли",
    """Коллеги, 21604 — в работу взяли, выезд завтра, 17.11, инженер Кузнецов.

""" + SIG_SID,
    html_doc("<p>Коллеги, <b>21604</b> &mdash; в работу взяли, выезд завтра, 17.11, инженер Кузнецов.</p>"
             "<p>--<br>С уважением,<br>Марина Сидорова<br>ИНН 7727654321 / КПП 772701001</p>"),
    dt(16, 12, 30), D("21604", [], "заявка принята", "accepted; departure planned"))

plain("kuz", "21604 выезд",
      """Выехал на филиал по 21604, поз. 1 и 2. ETA 10:30. MikroTik CCR2004-1G-12S+2XS
и LTE-модем везу.""", dt(17, 9, 0),
      D("21604", ["1", "2"], "подрядчик в пути", "'выехал на филиал' = on the way"))

plain("kuz", "Re: 21604 выезд",
      """на мести

Отправлено с iPhone""", dt(17, 10, 41),
      D("21604", [], "подрядчик на месте", "typo 'на мести'; number only in subject"))

plain("kuz", "21604 промежуточно",
      """Роутер CCR2004 (поз. 1) настроили, BGP с провайдером поднялся, VPN до ЦО работает.
По резервному каналу (поз. 2) — у провайдера не активирован порт, висим на линии,
я пока на месте жду.""", dt(17, 13, 0),
      R("mixed: pos 1 done, pos 2 still on site waiting — different statuses"))

plain("sid", "Re: 21604 — инженер не попал на объект",
      """Коллеги, добрый вечер.

Сегодня в 8:40 по 21604 ваш охранник на филиале не пустил нашего инженера без
письма на бумаге — потеряли почти час. Прошу разобраться, чтобы ситуация не повторялась.

""" + SIG_SID, dt(17, 18, 30),
      R("complaint, no new status"))

plain("kuz", "RE: 21604 п.2",
      """По 21604 п.2: провайдер порт активировал, резервный LTE поднят, failover проверили
(отключали основной линк — переключение за 3 сек, ping до 10.0.0.1 потерял 2 пакета).
Уехал с филиала.

ДС> Алексей, прошу сообщить статус по 21604 п.2, когда будет резервный канал?
ДС> Диспетчер Смирнова
""", dt(18, 11, 20),
      D("21604", ["2"], "подрядчик убыл", "initials-prefixed quote of dispatcher; 'уехал с филиала'"))

# read receipt (MDN)
m = MIMEMultipart("report", report_type="disposition-notification")
m.attach(text_part("""Сообщение

    Кому: a.kuznetsov@netserv-int.ru
    Тема: 21604 — подпишите акт
    Отправлено: 18.11.2026 14:02

было прочитано 18.11.2026 14:10.""", "utf-8"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("""Reporting-UA: a.kuznetsov@netserv-int.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;a.kuznetsov@netserv-int.ru
Original-Message-ID: <7f3a21b9c0@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
m.attach(mdn)
set_common(m, "kuz", "Прочитано: 21604 — подпишите акт", dt(18, 14, 10))
add(I("read receipt (MDN)"), m)

# ---------------------------------------------------------------- 21677 UPS beeping
plain("orl", "21677 принято",
      """Принято. ИБП пищит — скорее всего провалил тест батарей. Удалённо глянул по SNMP
(10.1.0.250): Replace Battery, дата установки АКБ 03/2022. Выезд сегодня после 14:00,
RBC152 есть на складе.""", dt(17, 9, 45),
      D("21677", [], "заявка принята", "accepted; departure planned for later"))

plain("orl", "21677",
      """21677: в дороге, будем в 14:40""", dt(17, 14, 10),
      D("21677", [], "подрядчик в пути", "KOI8-R quoted-printable"), charset="koi8-r", cte="qp")

plain("sid", "Fwd: 21677",
      """Коллеги, пересылаю отчёт инженера, у него не уходит почта на внешние адреса.

---------- Forwarded message ---------
От: Дмитрий Орлов <d.orlov@netserv-int.ru>
Date: вт, 17 нояб. 2026 г. в 15:38
Subject: 21677
To: Марина Сидорова <m.sidorova@netserv-int.ru>

Марин, перешли заказчику пж:
ИБП APC SRT3000RMXLI — АКБ заменены (RBC152), ошибка сброшена, тест пройден.
Уехали в 15:35.

""" + SIG_SID, dt(17, 15, 50),
      D("21677", [], "подрядчик убыл", "Gmail-style forward: forwarded report counts"))

# ---------------------------------------------------------------- 21741 CCTV 3 NVRs
plain("sid", "Заявка 21741 / SD-4602",
      """Добрый день!

Заявка 21741 зарегистрирована у нас как SD-4602, принята в работу.
Выезд по корпусу А — 19.11, по Б и В — 20.11.

""" + SIG_SID, dt(18, 8, 30),
      D("21741", [], "заявка принята", "accepted; SD-4602 internal"))

plain("bel", "21741/1", "еду на корпус А, минут 25", dt(19, 8, 10),
      D("21741", ["1"], "подрядчик в пути", "position after slash in subject"))

plain("bel", "Re: 21741/1",
      """Игорь Белов писал(а) 19.11.2026 в 8:10:
> еду на корпус А, минут 25

На объекте, регистратор корпуса А вижу, начинаю.
""", dt(19, 8, 58),
      D("21741", ["1"], "подрядчик на месте", "reply written under the quote"))

plain("bel", "21741 поз. 1 закрыта",
      """Регистратор на поз. 1 — прошивка обновлена до V4.74.105, HDD 4TB WD Purple (WD43PURZ)
заменён, архив пишется. С корпуса А ушёл. Поз. 2 и 3 — в пятницу, как договаривались.""",
      dt(19, 11, 30),
      D("21741", ["1"], "подрядчик убыл", "pos 1 done and left; 2 and 3 planned"))

plain("bel", "21741 корпуса Б, В", html_doc(
    "<p>Доброе утро!</p><p>По заявке 21741 на сегодня:</p>"
    "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
    "<tr><td><b>Позиция</b></td><td><b>Корпус</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>"
    "<tr><td>2</td><td>Б</td><td>На месте</td><td>09:00</td></tr>"
    "<tr><td>3</td><td>В</td><td>На месте</td><td>09:00</td></tr>"
    "</table><p>Работаем вдвоём с Орловым.</p>"), dt(20, 9, 15),
      D("21741", ["2", "3"], "подрядчик на месте", "HTML table, both rows on site"), subtype="html")

plain("bel", "Re: 21741 корпуса Б, В",
      """21741 — все регистраторы в строю, по всем корпусам закончили, убыл.
IP: А 10.30.2.10, Б 10.30.3.10, В 10.30.4.10, пароли в KeePass у Сергея.""", dt(20, 15, 40),
      D("21741", [], "подрядчик убыл", "whole request finished"))

plain("bel", "Автоматический ответ: RE: 21741 — фото регистраторов",
      """Здравствуйте!
Я в отпуске с 23.11 по 30.11. По срочным вопросам — helpdesk@netserv-int.ru
или +7 (495) 617-23-40.
Игорь Белов""", dt(23, 9, 2),
      I("out-of-office auto-reply"),
      extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

# ---------------------------------------------------------------- 21820 rack move
plain("sid", "21820 принимаем",
      """Добрый день!

Принимаем 21820. Перенос стойки R5 из серверной 204 в 311 — нужно окно простоя
минимум 4 часа, согласуйте, пожалуйста, дату.

""" + SIG_SID, dt(23, 10, 30),
      D("21820", [], "заявка принята", "accepted; 204/311 are room numbers"))

plain("kuz", "21820 окно работ",
      """Коллеги, по 21820: когда можно погасить стойку R5? Предлагаем 28.11 (сб) с 20:00,
в работе будет 3 человека. Подтвердите, пожалуйста, и пропуск на машину А417МР 799.""",
      dt(24, 11, 15), R("proposal/question about work window"))

# calendar reply
m = MIMEMultipart("alternative")
m.attach(text_part("Кузнецов Алексей принял это приглашение.\n\nПеренос стойки R5 (21820)\nсб 28.11.2026 20:00-02:00", "utf-8"))
cal = MIMEText("""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кузнецов Алексей:mailto:a.kuznetsov@netserv-int.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Перенос стойки R5 (21820)
DTSTART:20261128T170000Z
DTEND:20261128T230000Z
UID:040000008200E00074C5B7101A82E0080000000021820
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
DTSTAMP:20261125T090100Z
END:VEVENT
END:VCALENDAR
""", "calendar", "utf-8")
cal.set_param("method", "REPLY")
m.attach(cal)
set_common(m, "kuz", "Принято: Перенос стойки R5 (21820)", dt(25, 12, 1))
add(I("calendar meeting response generated by mail client"), m)

plain("kuz", "Заявка 21820",
      """Бригада выдвинулась по заявке 21820, 3 человека, Газель А417МР 799.
Будем в 19:55.""", dt(28, 19, 20),
      D("21820", [], "подрядчик в пути", "'выдвинулась', ETA; car plate not a number to use"))

plain("kuz", "Re: Заявка 21820", "НА МЕСТЕ, НАЧИНАЕМ ГАСИТЬ ОБОРУДОВАНИЕ", dt(28, 20, 5),
      D("21820", [], "подрядчик на месте", "caps, number only in subject"))

plain("kuz", "Re: Заявка 21820",
      """поз.1 (демонтаж R5 в 204) и поз.2 (монтаж в 311) — выполнено. Все 14 юнитов
подняты, ядро свитч заребутили, линк поднялся, сервисы проверили с вашим админом.
Убыли в 2:15.

""" + SIG_KUZ, dt(29, 2, 30),
      D("21820", ["1", "2"], "подрядчик убыл", "both positions done and left at night"))

# ---------------------------------------------------------------- misc review / ignored
plain("bel", "выезд",
      """Добрый день, выехал к вам по камере на парковке, буду через час.""", dt(24, 9, 40),
      R("no request number"))

plain("orl", "Заявка 21399 выполнена",
      """Заявка 21399 выполнена, ИБП в щитовой 1-го этажа обслужен, уехал.""", dt(24, 16, 0),
      R("21399 is not in the registry"))

plain("sid", "Выезды на 04.11",
      """Коллеги, информируем: по 21158 и 21107 инженеры выехали, ориентировочное прибытие
в течение часа.

""" + SIG_SID, dt(4, 8, 15),
      R("two different requests in one letter"))

# bounce
m = MIMEMultipart("report", report_type="delivery-status")
m.attach(text_part("""This is the mail system at host mx1.netserv-int.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<s.petrov@netserv-int.ru>: host mail.netserv-int.ru[10.8.0.12] said: 550 5.1.1
    <s.petrov@netserv-int.ru>: Recipient address rejected: User unknown in
    local recipient table
""", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
_b1 = Message(); _b1["Reporting-MTA"] = "dns; mx1.netserv-int.ru"
_b1["Arrival-Date"] = "Thu, 19 Nov 2026 10:14:02 +0300"
_b2 = Message(); _b2["Final-Recipient"] = "rfc822; s.petrov@netserv-int.ru"
_b2["Action"] = "failed"; _b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
ds.set_payload([_b1, _b2])
m.attach(ds)
orig = MIMEText("Сергей, добрый день. По заявке 21741 прошу уточнить время выезда.", "plain", "utf-8")
orig["From"] = DISPATCH
orig["To"] = "s.petrov@netserv-int.ru"
orig["Subject"] = Header("21741 время выезда", "utf-8")
orig["Date"] = format_datetime(dt(19, 10, 14))
orig["Message-ID"] = "<a19c77e2.21741@zakazchik-omis.ru>"
m.attach(MIMEMessage(orig))
set_common(m, "daemon", "Undelivered Mail Returned to Sender", dt(19, 10, 14),
           extra={"Auto-Submitted": "auto-replied"})
add(I("bounce (delivery-status) of dispatcher's own message"), m)

# newsletter
alt("news", "Ноябрьский дайджест NetServ: скидка 15% на ТО ИБП",
    """Уважаемые клиенты!

В ноябре — скидка 15% на плановое ТО ИБП и замену АКБ при заказе до 30.11.2026.
Новое: мониторинг СВН 24/7, облачный архив видео.

Отписаться: https://netserv-int.ru/unsubscribe?c=OMIS""",
    html_doc("<h2>Ноябрьский дайджест NetServ</h2><p>Скидка <b>15%</b> на плановое ТО ИБП и замену АКБ "
             "при заказе до 30.11.2026.</p><p>Новое: мониторинг СВН 24/7, облачный архив видео.</p>"
             "<p><a href=\"https://netserv-int.ru/unsubscribe?c=OMIS\">Отписаться</a></p>"),
    dt(20, 11, 0), I("marketing bulk mail"),
    extra={"List-Unsubscribe": "<https://netserv-int.ru/unsubscribe?c=OMIS>", "Precedence": "bulk",
           "List-Id": "NetServ clients <clients.netserv-int.ru>"})

# survey (auto)
plain("auto", "[INC0048812] Оцените качество обслуживания",
      """Здравствуйте!

Пожалуйста, оцените работу инженера по обращению INC0048812 (ваш номер 21034)
по шкале от 1 до 5: https://sd.netserv-int.ru/survey/48812

Письмо сформировано автоматически, отвечать на него не нужно.
""", dt(5, 9, 0), I("automatic satisfaction survey"),
      extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

# ---------------------------------------------------------------- more decided variety
# forward as attached message (message/rfc822) — Belov's crew report for 21390? use 21034 pos2 arrival
inner = MIMEText("""Прибыл в офис, поз. 2 по 21034, серверная 206. Приступаю к замене регистратора.""",
                 "plain", "utf-8")
inner["From"] = formataddr(P["bel"], "utf-8")
inner["To"] = formataddr(P["sid"], "utf-8")
inner["Subject"] = Header("21034 поз.2", "utf-8")
inner["Date"] = format_datetime(dt(4, 9, 31))
inner["Message-ID"] = "<inner.21034.2@netserv-int.ru>"
m = MIMEMultipart("mixed")
m.attach(text_part("Пересылаю сообщение инженера, см. вложение.\n\n" + SIG_SID))
m.attach(MIMEMessage(inner))
set_common(m, "sid", "FW: 21034 поз.2", dt(4, 9, 40))
add(D("21034", ["2"], "подрядчик на месте", "forward as attached message/rfc822; forwarded report counts"), m)

# Thunderbird-style forward, 21158-like not; use 21266 arrival? Already. Use 21203 pos2?
plain("sid", "Fwd: обращение 21266",
      """

-------- Пересылаемое сообщение --------
Тема: 	обращение 21266
Дата: 	Tue, 10 Nov 2026 12:20:11 +0300
От: 	Дмитрий Орлов <d.orlov@netserv-int.ru>
Кому: 	helpdesk@netserv-int.ru

Выехал на 21266, диск забрал у поставщика, буду к 12:50.
""", dt(10, 12, 24),
      D("21266", [], "подрядчик в пути", "Thunderbird forward with empty own text; forwarded message reports on the way"))

# Yandex-style forward, windows-1251
plain("sid", "Fwd: Наряд 21107 поз.2 и 3",
      """Добрый день, пересылаю.

-------- Начало переадресованного сообщения --------
04.11.2026, 14:55, "Кузнецов Алексей" <a.kuznetsov@netserv-int.ru>:

Марина, по R2 и R3 (поз.2, поз.3) свитчи заменены, порты Gi1/0/1-48 перекоммутированы
по схеме, STP сошёлся, кабели прибрал. По позициям 2 и 3 работы закончены.
-------- Конец переадресованного сообщения --------
""", dt(4, 15, 2),
      D("21107", ["2", "3"], "подрядчик убыл", "Yandex-style forward, windows-1251 QP; pos 2 and 3 work finished"),
      charset="windows-1251", cte="qp")

# helpdesk status change with human comment, arrival noun
plain("hd", "[INC0051207] Статус обращения изменён",
      """Статус обращения INC0051207 изменён: В работе -> Выполнено (частично)
Внешний номер заказчика: 21312

----
Комментарий (Орлов Д.):
выезд 07:55 / прибытие 08:45 / убытие 12:05 — по поз. 1 всё
----
""", dt(10, 12, 8),
      D("21312", ["1"], "подрядчик убыл", "several events with times; latest done is убытие"))

# ASCII translit mail from phone
plain("orlp", "21677 na meste", "Na meste, ups pischit, smotryu. Orlov", dt(17, 14, 38),
      D("21677", [], "подрядчик на месте", "transliterated Latin text from personal phone mail"))

# request number with «обращение №» and position word «по второй позиции»
plain("kuz", "обращение № 21203",
      """По второй позиции (2 этаж) вернулся — клиент жаловался, что точка 10.20.1.32 не видна
с ноутов бухгалтерии. Перевесил на канал 36, всё ок, уехал.""", dt(9, 16, 40),
      D("21203", ["2"], "подрядчик убыл", "'по второй позиции'; repeat visit finished, left"))

# acceptance with Latin lookalikes in 'принята'
plain("hd", "Зaявкa 21741 пpинятa",
      """Зaявкa 21741 пpинятa в рaбoту. Cпacибo.
Service Desk NetServ""", dt(18, 8, 20),
      D("21741", [], "заявка принята", "Latin look-alike letters in subject/body"))

# review: plan only
plain("kuz", "21820 выезд завтра",
      """По 21820 — выедем завтра в 19:00, как согласовали. Пропуск на Газель А417МР 799 нужен.""",
      dt(27, 17, 30), R("plan only: 'выедем завтра'"))

# decided: number with № in body, subject unrelated; position 'поз2'
plain("bel", "Фото",
      """По №21741 поз2 — прилагаю фото шкафа после работ, забыл вчера. Уехали в 15:30 вчера
же, всё работает.""", dt(21, 10, 10),
      D("21741", ["2"], "подрядчик убыл", "'поз2' glued; departure already happened"))

# decided: bare number in subject with position in brackets, nominal style
plain("orl", "21158 (1) убытие", "Убытие 12:40. АКБ заменены, акт 1187.", dt(4, 12, 50),
      D("21158", ["1"], "подрядчик убыл", "subject '21158 (1)'; noun 'убытие'"))

# decided: on way, 'будем через 30 минут' for 21455? Use 21390 extra? Use 21518? keep 21741 pos 2,3 travel
plain("orl", "21741 Б/В",
      """Едем с Игорем на корпуса Б и В по 21741 (поз. 2, 3), будем через 30 минут.""", dt(20, 8, 28),
      D("21741", ["2", "3"], "подрядчик в пути", "'будем через 30 минут' = on the way"))

# review: question about acceptance, no status
plain("sid", "Re: 21455 доступ",
      """Подскажите, кто у вас ответственный за шкаф R4 и можно ли работать после 18:00?

> Заявка 21455 принята, исполнитель — Кузнецов А., ориентировочно 13.11.
""", dt(12, 10, 0),
      R("question; 'принята' only in quoted text"))


# ---------------------------------------------------------------- write out
for fn, msg in LETTERS:
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(msg.as_bytes())
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
