#!/usr/bin/env python3
"""Generator of test letters: persona = HVAC/ventilation service company ООО «КлиматДрайв Сервис».
Run: python3 make.py  (writes letters/, labels.json, registry.json into this folder)."""
import json, os, hashlib, datetime as dt
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import format_datetime, formataddr
from email import policy
import email

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))

MSK = dt.timezone(dt.timedelta(hours=3))
DISPATCH = "Диспетчерская <dispatch@zakazchik-omis.ru>"
DISP_ADDR = "dispatch@zakazchik-omis.ru"

ARTEM = ("Артём Ковалёв", "a.kovalev@klimat-drive.ru")
SERVICE = ("КлиматДрайв Сервис", "service@klimat-drive.ru")
KOSTYA = ("Kostya Kholodov", "kostya.holod2000@gmail.com")
DIMA = ("Dmitry Smirnov", "montazh2@klimat-drive.ru")
NEWS = ("КлиматДрайв", "news@klimat-drive.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@klimat-drive.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «КлиматДрайв Сервис»",
        "emails": [ARTEM[1], SERVICE[1], KOSTYA[1], DIMA[1], NEWS[1], DAEMON[1]],
        "domains": ["klimat-drive.ru"],
    },
    "requests": [
        {"number": "19012", "positions": ["1", "2"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "ТЦ «Орбита», ул. Профсоюзная 12: кассетные кондиционеры 2 эт. (1), 3 эт. (2)"},
        {"number": "19027", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "Склад Подольск: приточная вентиляция, ПВ-1, ПВ-2, вытяжка В-3"},
        {"number": "19035", "positions": ["1"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "Офисный центр: чиллер Carrier 30RB-0802"},
        {"number": "19048", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "Офис на Таганке: сплит-системы в 4 кабинетах"},
        {"number": "19053", "positions": ["1", "2"], "registered_at": "2026-11-09T11:00:00+03:00",
         "comment": "Ресторан: вытяжная вентиляция кухни (1), приток зала (2)"},
        {"number": "19066", "positions": ["1"], "registered_at": "2026-11-11T16:00:00+03:00",
         "comment": "Серверная: прецизионный кондиционер"},
        {"number": "19071", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T10:00:00+03:00",
         "comment": "БЦ «Меридиан»: приточные установки ПВУ-1..3, замена фильтров"},
        {"number": "19084", "positions": ["1", "2"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "Магазин: тепловые завесы вход (1), склад (2)"},
        {"number": "19090", "positions": ["1"], "registered_at": "2026-11-17T09:00:00+03:00",
         "comment": "Кафе: настенная сплит-система"},
        {"number": "19105", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-18T12:00:00+03:00",
         "comment": "Гипермаркет: крышные кондиционеры (руфтопы) 1-4"},
        {"number": "19117", "positions": ["1", "2"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "Поликлиника: вентиляция процедурной (1), рентген-кабинета (2)"},
        {"number": "19123", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Школа №1204: вентиляция столовой (1), спортзала (2), актового зала (3)"},
    ],
}

LETTERS = []  # (datetime, builder, label)


def d(day, hh, mm):
    return dt.datetime(2026, 11, day, hh, mm, tzinfo=MSK)


def add(when, build, label):
    LETTERS.append((when, build, label))


def L(status=None, request=None, positions=(), expect="decided", note=""):
    if expect != "decided":
        return {"expect": expect, "note": note}
    return {"expect": "decided", "request": request, "positions": list(positions),
            "status": status, "note": note}


def heads(m, who, when, subject, extra=None, to=DISPATCH, compat=False, subj_charset=None):
    m["From"] = formataddr(who) if not compat else formataddr((str(Header(who[0], "utf-8")), who[1]))
    m["To"] = to if not compat else "=?utf-8?b?" + __import__("base64").b64encode("Диспетчерская".encode()).decode() + "?= <" + DISP_ADDR + ">"
    if subj_charset:
        m["Subject"] = Header(subject, subj_charset)
    else:
        m["Subject"] = subject if not compat else Header(subject, "utf-8")
    m["Date"] = format_datetime(when)
    for k, v in (extra or {}).items():
        m[k] = v


def plain(who, subject, body, charset="utf-8", cte=None, extra=None):
    def b(when):
        m = EmailMessage()
        heads(m, who, when, subject, extra)
        m.set_content(body, charset=charset, cte=cte)
        return m
    return b


def legacy_plain(who, subject, body, charset, cte_qp=False, extra=None):
    """Old-style client (e.g. The Bat!/Outlook Express) with 8-bit national charset subject."""
    def b(when):
        m = MIMEText("", "plain", None)
        del m["Content-Transfer-Encoding"]
        cs = email.charset.Charset(charset)
        if cte_qp:
            cs.body_encoding = email.charset.QP
        m.set_payload(body, cs)
        heads(m, who, when, subject, extra, compat=True, subj_charset=charset)
        m.replace_header("From", formataddr((str(Header(who[0], charset)), who[1])))
        return m
    return b


def html_only(who, subject, html, charset="utf-8", extra=None):
    def b(when):
        m = EmailMessage()
        heads(m, who, when, subject, extra)
        m.set_content(html, subtype="html", charset=charset)
        return m
    return b


def alt(who, subject, text, html, charset="utf-8", extra=None):
    def b(when):
        m = EmailMessage()
        heads(m, who, when, subject, extra)
        m.set_content(text, charset=charset)
        m.add_alternative(html, subtype="html", charset=charset)
        return m
    return b


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text):
    return "<div dir=\"ltr\">" + "<br>".join(esc(x) for x in text.split("\n")) + "</div>"


RU_DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]


def gmail_attr(when, name, addr):
    return f"{RU_DAYS[when.weekday()]}, {when.day} {RU_MON[when.month-1]} {when.year} г. в {when:%H:%M}, {name} <{addr}>:"


def quote(text, prefix="> "):
    return "\n".join((prefix + x) if x else prefix.rstrip() for x in text.split("\n"))


def gmail_reply(who, subject, new, qwhen, qname, qaddr, qtext, extra=None):
    """Gmail style reply: new text on top, attribution line, > quote. multipart/alternative."""
    attr = gmail_attr(qwhen, qname, qaddr)
    text = new + "\n\n" + attr + "\n\n" + quote(qtext) + "\n"
    html = (to_html(new) + "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + esc(attr) +
            "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" +
            to_html(qtext) + "</blockquote></div>")
    return alt(who, subject, text, html, extra=extra)


# ---------------------------------------------------------------- letters
A, S, K, D = ARTEM, SERVICE, KOSTYA, DIMA
DISP_NAME = "Диспетчерская"

# ===== 19012 ТЦ Орбита, positions 1,2 (registered 02.11 08:30)
add(d(2, 9, 41), plain(A, "Заявка 19012 — приняли!",
    "Добрый день!\n\nЗаявку 19012 по ТЦ «Орбита» приняли 👍 Ребята выдвинутся после обеда, "
    "как освободятся на Варшавке.\n\nАртём\nКлиматДрайв Сервис\n+7 (925) 410-33-17"),
    L("заявка принята", "19012", [], note="accepted; travel only planned"))

add(d(2, 13, 6), plain(K, "19012",
    "vyehali na orbitu, budem cherez 40 min\n\n--\nKostya"),
    L("подрядчик в пути", "19012", [], note="Latin translit 'vyehali', will arrive in 40 min; no position"))

add(d(2, 13, 52), plain(K, "19012-1", "na meste", extra={"X-Mailer": "Gmail Mobile"}),
    L("подрядчик на месте", "19012", ["1"], note="position after dash in subject, translit body"))

add(d(2, 16, 22), gmail_reply(A, "Re: 19012-1",
    "По 19012 п.1 всё огонь, работает 🔥 парни уехали. По второй позиции завтра с утра будем.",
    d(2, 13, 52), "Kostya Kholodov", KOSTYA[1], "na meste"),
    L("подрядчик убыл", "19012", ["1"], note="pos 1 done and left; pos 2 only a plan; quote is old 'na meste'"))

add(d(3, 11, 34), alt(A, "19012 поз 2",
    "19012 поз 2 — закончили, убыли в 11:20. Кассетник на 3 этаже чистый, дренаж пробили ✅",
    "<p>19012 поз 2 — <b>закончили, убыли в 11:20</b>. Кассетник на 3 этаже чистый, дренаж пробили ✅</p>"),
    L("подрядчик убыл", "19012", ["2"], note="finished and left pos 2"))

# ===== 19027 склад, positions 1,2,3 (registered 03.11 10:00)
add(d(3, 10, 47), html_only(A, "Приняли заявку №19027",
    "<html><body><p>Коллеги, привет!</p><p>Приняли заявку <b>№19027</b> в работу! 💪 "
    "Склад в Подольске, выезд согласуем отдельно.</p><p>--<br>Артём Ковалёв, сервис-менеджер<br>"
    "ООО «КлиматДрайв Сервис», ИНН 7724318850, КПП 772401001</p></body></html>"),
    L("заявка принята", "19027", [], note="HTML only; INN/KPP distractors"))

add(d(4, 8, 12), gmail_reply(A, "Re: Приняли заявку №19027",
    "Ребята выдвинулись на склад, позиции 1 и 2 🚐 Третью позже.",
    d(3, 10, 47), "Артём Ковалёв", ARTEM[1], "Коллеги, привет!\nПриняли заявку №19027 в работу! 💪"),
    L("подрядчик в пути", "19027", ["1", "2"], note="Re: subject says accepted, body reports travel for 1,2"))

add(d(4, 9, 33), plain(A, "Fwd: 19027",
    "Пересылаю из телеги 👇\n\n"
    "Дмитрий Смирнов, [04.11.2026 9:27]\nПарни на точке по 19027 (П1, П2), кладовщик встретил\n\n"
    "Дмитрий Смирнов, [04.11.2026 9:28]\nфото щитов скину позже\n"),
    L("подрядчик на месте", "19027", ["1", "2"], note="Telegram messages pasted; on site P1 P2"))

add(d(4, 15, 2), html_only(A, "19027 — итог дня",
    "<html><body><p>Итог по заявке 19027:</p>"
    "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
    "<tr><th>Поз.</th><th>Оборудование</th><th>Статус</th></tr>"
    "<tr><td>1</td><td>ПВ-1 (Systemair)</td><td>работы выполнены, убыли 14:40</td></tr>"
    "<tr><td>2</td><td>ПВ-2 (Systemair)</td><td>работы выполнены, убыли 14:40</td></tr>"
    "<tr><td>3</td><td>В-3</td><td>не выезжали, ждём пропуск</td></tr>"
    "</table><p>Артём</p></body></html>"),
    L("подрядчик убыл", "19027", ["1", "2"], note="HTML table: 1,2 left; 3 nothing yet"))

add(d(5, 10, 5), plain(A, "19027 поз 3 пропуск",
    "Привет! По 19027 поз 3 — когда вам удобно? Там на вытяжку нужен пропуск на кровлю, "
    "кто его оформляет? Можем в пятницу или в понедельник 🙂"),
    L(expect="review", note="question about access / plan, no status"))

add(d(6, 10, 16), legacy_plain(D, "19027 (3)",
    "Прибыли на объект в 10:05, поднимаемся на кровлю к В-3.\nСмирнов Д.\n", "windows-1251"),
    L("подрядчик на месте", "19027", ["3"], note="windows-1251, position in brackets in subject"))

add(d(6, 12, 44), gmail_reply(A, "Re: 19027 (3)",
    "готово, освободились ✅ ремень на вытяжке поменяли",
    d(6, 10, 16), "Dmitry Smirnov", DIMA[1], "Прибыли на объект в 10:05, поднимаемся на кровлю к В-3.\nСмирнов Д."),
    L("подрядчик убыл", "19027", ["3"], note="'освободились' = left; number only in Re: subject"))

# ===== 19035 чиллер, position 1 (registered 05.11 09:00)
add(d(5, 9, 22), plain(A, "Заявка 19035 чиллер",
    "Взяли 19035 в работу. Модель Carrier 30RB-0802, по описанию похоже на реле протока, "
    "запчасть 00PSG000467 заказали у поставщика. Выезд согласуем, как придёт.\n\nАртём"),
    L("заявка принята", "19035", [], note="accepted; model and part numbers are distractors"))

add(d(9, 17, 40), plain(A, "Re: Заявка 19035 чиллер",
    "По 19035 запчасть ещё не пришла 😞 выехать пока не можем, обещают в среду. Как будет — сразу сообщу."),
    L(expect="review", note="negation: not yet travelled"))

add(d(10, 7, 57), plain(K, "zayavka 19035",
    "vyehali k chilleru, probki na MKAD, budem k 8:40"),
    L("подрядчик в пути", "19035", [], note="translit on the way"))

add(d(10, 8, 42), legacy_plain(D, "Наряд 19035",
    "Наряд 19035: прибытие 08:35. Тел. на объекте 8-916-203-77-41.\n", "koi8-r"),
    L("подрядчик на месте", "19035", [], note="KOI8-R, noun 'прибытие', phone distractor"))

add(d(10, 13, 11), plain(A, "19035 — готово!",
    "Чиллер запустили, всё огонь, работает 🔥🔥 Ребята свернулись и уехали.\n"
    "Акт №А-1147 от 10.11.2026 пришлём завтра, счёт 2611/35 — следом.\n\nАртём",
    cte="quoted-printable"),
    L("подрядчик убыл", "19035", [], note="result + left; act/invoice numbers distractors; QP"))

add(d(11, 9, 15), gmail_reply(A, "Re: 19035 — готово!",
    "Спасибо, получили ваше подтверждение по 19035! 🙏",
    d(11, 8, 50), DISP_NAME, DISP_ADDR, "Артём, добрый день. Работы по 19035 зафиксировали, акт ждём.\nДиспетчерская"),
    L(expect="review", note="thanks for dispatcher's message, no status"))

# ===== 19048 офис, positions 1-4 (registered 06.11 14:00)
add(d(6, 15, 31), plain(S, "Обращение #19048",
    "Обращение #19048 — в работе у нас, принято ✌️\nСервисная служба КлиматДрайв"),
    L("заявка принята", "19048", [], note="'#19048', accepted"))

add(d(9, 9, 2), plain(A, "19048 выезд",
    "19048: п.1, п.2 — бригада выехала. Бригадир Сергей, тел. +7 916 555-19-48, если что звоните ему напрямую."),
    L("подрядчик в пути", "19048", ["1", "2"], note="п.1 п.2 on the way; phone with 19-48 distractor"))

add(d(9, 9, 51), plain(K, "19048 p1 p2", "19048 p1 p2 na meste 👍"),
    L("подрядчик на месте", "19048", ["1", "2"], note="translit on site"))

add(d(9, 12, 33), plain(A, "RE: 19048 п.1, п.2",
    "По первой и второй позиции закончили, уехали. Фреон дозаправили, утечки нет.\n\n"
    "Артём Ковалёв\n\n"
    "От: Диспетчерская [mailto:dispatch@zakazchik-omis.ru]\n"
    "Отправлено: 9 ноября 2026 г. 10:20\n"
    "Кому: Артём Ковалёв\n"
    "Тема: 19048 п.1, п.2\n\n"
    "Артём, когда ориентировочно закончите по 1 и 2? Арендатор спрашивает.\n", charset="windows-1251"),
    L("подрядчик убыл", "19048", ["1", "2"], note="Outlook header block quote below; 'по первой и второй' left"))

add(d(10, 10, 34), plain(A, "19048 поз 3, 4",
    "по 3-й парни на месте, 4-я — выезжаем после обеда, там кабинет до 14 занят"),
    L("подрядчик на месте", "19048", ["3"], note="3 on site; 4 only a plan"))

add(d(10, 16, 3), plain(A, "19048 п3 и п4",
    "Всё, п3 и п4 готово, ребята уехали 😎 Кабинеты сдали офис-менеджеру."),
    L("подрядчик убыл", "19048", ["3", "4"], note="done and left 3,4"))

# ===== 19053 ресторан, positions 1,2 (registered 09.11 11:00)
add(d(9, 11, 46), alt(A, "Заявка 19053",
    "Заявку 19053 приняли, ставим на завтра на утро 👌",
    "<div>Заявку <b>19053</b> приняли, ставим на завтра на утро 👌</div>"),
    L("заявка принята", "19053", [], note="accepted, plan for tomorrow"))

add(d(10, 8, 21), plain(A, "Едем",
    "Едем на Профсоюзную 65 к1 (19053), будем минут через 20 🚗"),
    L("подрядчик в пути", "19053", [], note="number in brackets after address; address numbers distractors"))

add(d(10, 8, 47), plain(K, "19053",
    "poz.1 na meste, poz.2 - rebyata eshe v puti, vtoraya mashina"),
    L(expect="review", note="different statuses for different positions (1 on site, 2 on the way)"))

add(d(10, 14, 17), gmail_reply(A, "Re: 19053",
    "всё, по 1 и 2 позиции закончили, уехали. Жироуловитель почистили, вентилятор крутится как надо",
    d(10, 8, 47), "Kostya Kholodov", KOSTYA[1], "poz.1 na meste, poz.2 - rebyata eshe v puti, vtoraya mashina"),
    L("подрядчик убыл", "19053", ["1", "2"], note="new text: both positions left; quote is old mixed"))

# ===== 19066 серверная, position 1 (registered 11.11 16:00)
add(d(11, 16, 33), gmail_reply(A, "Re: Заявка 19066",
    "Приняли в работу 👍 Завтра с утра будем.",
    d(11, 16, 5), DISP_NAME, DISP_ADDR, "Добрый день! Направляем заявку 19066, серверная, прецизионный кондиционер, авария по высокому давлению.\nДиспетчерская"),
    L("заявка принята", "19066", [], note="number only in Re: subject and quoted text"))

add(d(12, 8, 6), plain(A, "19066",
    "[12.11.2026 8:01] Дима Техник: выехал на серверную\n[12.11.2026 8:02] Дима Техник: ключи от серверной у охраны?"),
    L("подрядчик в пути", "19066", [], note="Telegram paste without comment"))

add(d(12, 9, 12), plain(D, "Re: 19066", "na meste, smotrim kondicioner. Stulz CCD 251"),
    L("подрядчик на месте", "19066", [], note="translit on site; model distractor"))

add(d(12, 11, 40), plain(A, "19066 компрессор",
    "По 19066 — компрессор под замену, стоимость 84 500 руб. с работой. Согласуете? "
    "Договор 47/2026-ТО, доп. соглашение нужно?"),
    L(expect="review", note="price talk, no status"))

add(d(14, 11, 3), plain(A, "19066 — сделано",
    "Компрессор поменяли, всё работает, температура в серверной 22°C. Уехали в 10:50."),
    L("подрядчик убыл", "19066", [], note="left at 10:50"))

# ===== 19071 БЦ Меридиан, positions 1,2,3 (registered 12.11 10:00)
add(d(12, 10, 31), legacy_plain(S, "Заявка № 19071",
    "Заявка № 19071 принята в работу.\nОснование: договор 47/2026-ТО от 15.01.2026.\n\nСервисная служба ООО «КлиматДрайв Сервис»\n",
    "windows-1251", cte_qp=True),
    L("заявка принята", "19071", [], note="windows-1251 QP, contract number distractor"))

add(d(13, 7, 42), plain(K, "19071 п.1-3", "ВЫЕХАЛИ на меридиан, п.1-3 всё за раз сделаем"),
    L("подрядчик в пути", "19071", ["1", "2", "3"], note="range п.1-3, caps"))

add(d(13, 8, 33), plain(A, "по 19071",
    "Прибылu на 19071, ребята на мeсте, ищут инженера здания"),
    L("подрядчик на месте", "19071", [], note="Latin look-alikes u/e inside Cyrillic words"))

add(d(13, 17, 2), plain(A, "19071 итог",
    "19071 — по П1 и П2 работы завершены, убыли. П3 — фильтров не хватило, завтра докупим 🙄"),
    L("подрядчик убыл", "19071", ["1", "2"], note="P1 P2 left; P3 plan"))

add(d(14, 18, 10), plain(A, "19071 п3 план",
    "Выезжаем завтра в 9 по 19071 п3, фильтры G4 592x592 купили."),
    L(expect="review", note="plan for tomorrow only"))

add(d(15, 12, 22), plain(D, "19071 (3)",
    "Фильтры поставили, закончили в 12:10, уехали. Старые вывезли.", charset="koi8-r"),
    L("подрядчик убыл", "19071", ["3"], note="KOI8-R body, position in brackets"))

# ===== 19084 магазин, positions 1,2 (registered 16.11 08:00)
add(d(16, 8, 51), gmail_reply(A, "Re: заявка 19084 завесы",
    "Принято, берём в работу! Ребята будут до обеда.",
    d(16, 8, 12), "Диспетчер", DISP_ADDR, "Добрый день. Тепловые завесы не греют, магазин на Ленинском 37. Заявка 19084, позиции 1 и 2.\n--\nДиспетчерская"),
    L("заявка принята", "19084", [], note="Gmail reply with thread, accepted"))

add(d(16, 10, 2), plain(A, "Re: Re: заявка 19084 завесы", "парни выехали к вам 🚐"),
    L("подрядчик в пути", "19084", [], note="'выехали к вам' = on the way"))

add(d(16, 10, 44), plain(K, "Re: Re: заявка 19084 завесы", "Ребята нa месте!! 👷"),
    L("подрядчик на месте", "19084", [], note="Latin a in 'на'"))


def fwd_outlook_19084(when):
    m = EmailMessage()
    heads(m, A, when, "FW: 19084")
    m.set_content(
        "Пересылаю отчёт парней\n\n"
        "-----Original Message-----\n"
        "From: Dmitry Smirnov <montazh2@klimat-drive.ru>\n"
        "Sent: Monday, November 16, 2026 2:35 PM\n"
        "To: a.kovalev@klimat-drive.ru\n"
        "Subject: 19084\n\n"
        "19084 поз 1 и поз 2: завесы отремонтированы (ТЭНы заменили), выехали с объекта в 14:30.\n")
    return m


add(d(16, 15, 1), fwd_outlook_19084,
  L("подрядчик убыл", "19084", ["1", "2"], note="forwarded report; 'выехали с объекта' = left"))

# ===== 19090 кафе, position 1 (registered 17.11 09:00)
add(d(17, 9, 32), plain(A, "Заявка 19090", "Заявка 19090 — принята ✅", cte="base64"),
    L("заявка принята", "19090", [], note="base64 utf-8"))

add(d(17, 15, 20), plain(A, "19090",
    "Ребят, по 19090 ещё не выехали — машина в сервисе, извиняемся 🙏 Завтра первым делом."),
    L(expect="review", note="negation, apology, plan"))

add(d(18, 9, 4), plain(K, "19090", "uzhe vyehali na obekt, 15 min"),
    L("подрядчик в пути", "19090", [], note="translit on the way"))

add(d(18, 11, 31), plain(A, "Re: 19090", "всё сделали, укатили 😎 кондей в кафе холодит"),
    L("подрядчик убыл", "19090", [], note="slang 'укатили'"))

# ===== 19105 гипермаркет, positions 1-4 (registered 18.11 12:00)
add(d(18, 12, 22), html_only(S, "Заявка 19105 — подтверждение",
    "<html><body><p>Добрый день!</p><p>Подтверждаем приём заявки 19105:</p>"
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
    "<tr><th>№ поз.</th><th>Руфтоп</th><th>Статус</th></tr>"
    "<tr><td>1</td><td>Lennox KCA 120</td><td>Принята</td></tr>"
    "<tr><td>2</td><td>Lennox KCA 120</td><td>Принята</td></tr>"
    "<tr><td>3</td><td>Lennox KCA 150</td><td>Принята</td></tr>"
    "<tr><td>4</td><td>Lennox KCA 150</td><td>Принята</td></tr></table>"
    "<p>Сервисная служба КлиматДрайв</p></body></html>", charset="windows-1251"),
    L("заявка принята", "19105", ["1", "2", "3", "4"], note="HTML table, all 4 positions accepted, cp1251"))

add(d(19, 7, 31), plain(K, "19105 poz 1,2", "19105 poz 1,2 vyehali"),
    L("подрядчик в пути", "19105", ["1", "2"], note="translit"))

add(d(19, 8, 34), plain(A, "19105 П1 П2", "19105 П1 П2 — на тoчке 👌"),
    L("подрядчик на месте", "19105", ["1", "2"], note="'на точке' with Latin o"))

add(d(19, 10, 12), plain(A, "19105 поз 5", "19105 поз 5 — на месте, это который у рампы"),
    L(expect="review", note="position 5 does not exist in request 19105"))

add(d(19, 13, 5), gmail_reply(A, "Re: 19105 poz 1,2",
    "по 1 и 2 отстрелялись, уехали 💪",
    d(19, 7, 31), "Kostya Kholodov", KOSTYA[1], "19105 poz 1,2 vyehali"),
    L("подрядчик убыл", "19105", ["1", "2"], note="slang done and left; quote says vyehali"))

add(d(20, 8, 3), legacy_plain(D, "По заявке 19105",
    "По заявке 19105 позиции 3, 4 - бригада выдвинулась, едем с базы.\n", "koi8-r"),
    L("подрядчик в пути", "19105", ["3", "4"], note="KOI8-R, выдвинулась"))

add(d(20, 9, 17), plain(K, "19105 (3,4)", "pribyli"),
    L("подрядчик на месте", "19105", ["3", "4"], note="positions in brackets in subject, translit"))

add(d(20, 16, 46), plain(A, "19105 — 3-я и 4-я",
    "3-я и 4-я готовы, всё огонь, работает! Бригада освободилась в 16:30. "
    "Машина А123ВС 777, если охране нужно отметить выезд."),
    L("подрядчик убыл", "19105", ["3", "4"], note="'бригада освободилась', car plate distractor"))

# ===== 19117 поликлиника, positions 1,2 (registered 20.11 10:00)
add(d(20, 10, 42), legacy_plain(A, "RE: Новая заявка 19117",
    "Принято в работу.\n\nАртём Ковалёв\n\n"
    "From: Диспетчерская <dispatch@zakazchik-omis.ru>\n"
    "Sent: Friday, November 20, 2026 10:05 AM\n"
    "To: a.kovalev@klimat-drive.ru\n"
    "Subject: Новая заявка 19117\n\n"
    "Артём, добрый день! Новая заявка 19117, поликлиника, поз. 1 и 2. Прошу подтвердить.\n",
    "windows-1251"),
    L("заявка принята", "19117", [], note="Outlook reply cp1251, 'Принято в работу'"))

add(d(23, 8, 12), plain(K, "19117-2", "19117-2 v puti"),
    L("подрядчик в пути", "19117", ["2"], note="translit"))

add(d(23, 9, 3), plain(K, "19117-2", "na meste. plomba 0045123 snyata, v zhurnal zapisali"),
    L("подрядчик на месте", "19117", ["2"], note="seal number distractor"))

add(d(23, 12, 35), plain(A, "19117-2 готово",
    "19117-2 закончили, уехали 👍 Поз 1 — по графику в пятницу, процедурная до четверга занята."),
    L("подрядчик убыл", "19117", ["2"], note="pos 2 left, pos 1 plan"))

add(d(27, 8, 4), plain(A, "на 19117 п.1", "на 19117 п.1 выехали, будем в 8:40"),
    L("подрядчик в пути", "19117", ["1"], note="on the way"))

add(d(27, 12, 2), gmail_reply(K, "Re: на 19117 п.1", "ZAKONCHILI, UEHALI",
    d(27, 8, 4), "Артём Ковалёв", ARTEM[1], "на 19117 п.1 выехали, будем в 8:40"),
    L("подрядчик убыл", "19117", ["1"], note="caps translit, number in Re: subject"))

# ===== 19123 школа, positions 1,2,3 (registered 23.11 09:00)
add(d(23, 9, 33), plain(S, "Обращение 19123", "Обращение 19123 (школа 1204) принято, планируем на завтра."),
    L("заявка принята", "19123", [], note="school number 1204 distractor"))

add(d(24, 8, 2), plain(A, "19123", "выдвинулись на 19123 по позициям 1,3 🚐"),
    L("подрядчик в пути", "19123", ["1", "3"], note="on the way 1,3"))

add(d(24, 10, 21), plain(D, "19123 p1 i p3", "19123 п1 и п3 на месте, завхоз открыл"),
    L("подрядчик на месте", "19123", ["1", "3"], note="on site 1,3"))

add(d(24, 10, 40), plain(A, "19123 и 19117",
    "По 19123 и 19117 ребята на месте, вторая бригада доехала 👍"),
    L(expect="review", note="two different requests in one letter"))

add(d(24, 15, 3), gmail_reply(A, "Re: 19123",
    "1-я готова, уехали оттуда; на 3-й ещё на месте, актовый зал долго",
    d(24, 8, 2), "Артём Ковалёв", ARTEM[1], "выдвинулись на 19123 по позициям 1,3 🚐"),
    L(expect="review", note="different statuses for different positions (1 left, 3 on site)"))

add(d(24, 17, 31), plain(A, "19123 поз.3", "19123 поз.3 — закончили, убыли 17:20. Шумоглушитель поправили."),
    L("подрядчик убыл", "19123", ["3"], note="left"))

add(d(25, 14, 0), plain(A, "19123 п.2",
    "19123 п.2: выезд 09:10, прибытие 09:45, убытие 13:20. Вентилятор спортзала перебрали, подшипники новые (6204-2RS)."),
    L("подрядчик убыл", "19123", ["2"], note="several events, latest = departure; bearing number distractor"))

# ===== other review
add(d(25, 16, 10), plain(A, "Вентиляция школа", "парни на месте, всё ок 👍"),
    L(expect="review", note="no request number at all"))

add(d(26, 9, 5), plain(K, "zayavka 19130", "po zayavke 19130 vyehali"),
    L(expect="review", note="request 19130 not in registry"))

add(d(26, 11, 20), plain(A, "Акт по 19035",
    "Коллеги, акт А-1147 по 19035 до сих пор не подписан, бухгалтерия уже ругается 😤 Можно ускорить?"),
    L(expect="review", note="complaint about paperwork, no status"))

# ===== ignored (machine-generated)
add(d(24, 11, 2), plain(A, "Автоответ: Re: 19123",
    "Добрый день! Сегодня до 14:00 я на обучении, почту не читаю. По заявкам пишите на service@klimat-drive.ru "
    "или звоните +7 (925) 410-33-17.\nАртём",
    extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),
    L(expect="ignored", note="out-of-office auto-reply"))

add(d(28, 10, 0), plain(K, "Re: 19117 p.1",
    "Привет! Я в отпуске, вернусь 7 декабря. По срочным — Артём, a.kovalev@klimat-drive.ru",
    extra={"Auto-Submitted": "auto-replied"}),
    L(expect="ignored", note="Gmail vacation responder"))


def bounce(when):
    m = MIMEMultipart("report", report_type="delivery-status")
    heads(m, DAEMON, when, "Undelivered Mail Returned to Sender", compat=True)
    m.replace_header("From", formataddr(DAEMON))
    m.replace_header("Subject", "Undelivered Mail Returned to Sender")
    m.attach(MIMEText("This is the mail system at host mx.klimat-drive.ru.\n\n"
                      "I'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients.\n\n"
                      "<i.petrov@klimat-drive.ru>: host mx.klimat-drive.ru said: 550 5.1.1 User unknown\n", "plain", "us-ascii"))
    ds = MIMEBase("message", "delivery-status")
    b1 = email.message.Message(); b1["Reporting-MTA"] = "dns; mx.klimat-drive.ru"
    b2 = email.message.Message(); b2["Final-Recipient"] = "rfc822; i.petrov@klimat-drive.ru"
    b2["Action"] = "failed"; b2["Status"] = "5.1.1"; b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = EmailMessage()
    orig["From"] = DISPATCH
    orig["To"] = "i.petrov@klimat-drive.ru"
    orig["Subject"] = "Заявка 19123 — школа"
    orig["Date"] = format_datetime(when - dt.timedelta(minutes=1))
    orig["Message-ID"] = "<disp-19123-2@zakazchik-omis.ru>"
    orig.set_content("Добрый день! Заявка 19123, школа 1204, позиции 1-3. Прошу принять в работу.\n")
    m.attach(MIMEMessage(orig))
    return m


add(d(23, 9, 12), bounce, L(expect="ignored", note="bounce (delivery failure)"))


def mdn(when):
    m = MIMEMultipart("report", report_type="disposition-notification")
    heads(m, A, when, "Прочитано: Заявка 19123 — школа", compat=True)
    m.attach(MIMEText("Ваше сообщение\n\n  Кому: Артём Ковалёв\n  Тема: Заявка 19123 — школа\n\n"
                      "было прочитано 23.11.2026 9:20.", "plain", "utf-8"))
    n = MIMEBase("message", "disposition-notification")
    n.set_payload("Reporting-UA: a.kovalev-pc; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;a.kovalev@klimat-drive.ru\n"
                  "Original-Message-ID: <disp-19123-1@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(n)
    return m


add(d(23, 9, 20), mdn, L(expect="ignored", note="read receipt"))


def news(when):
    m = EmailMessage()
    heads(m, NEWS, when, "🔥 Чёрная пятница: −20% на ТО кондиционеров и чистку вентиляции!",
          extra={"Precedence": "bulk", "List-Unsubscribe": "<https://klimat-drive.ru/unsubscribe?u=8812>",
                 "List-Id": "КлиматДрайв новости <news.klimat-drive.ru>"})
    txt = ("Только до 30 ноября: скидка 20% на сезонное ТО сплит-систем и чистку вентиляции.\n"
           "Звоните +7 (495) 120-19-05.\nОтписаться: https://klimat-drive.ru/unsubscribe")
    m.set_content(txt)
    m.add_alternative("<html><body><h2>Чёрная пятница в КлиматДрайв!</h2><p>" + esc(txt).replace("\n", "<br>") + "</p></body></html>", subtype="html")
    return m


add(d(25, 7, 0), news, L(expect="ignored", note="bulk newsletter"))


def cal_reply(when):
    m = EmailMessage()
    heads(m, A, when, "Принято: Совещание по руфтопам 19105")
    m.set_content("Артём Ковалёв принял это приглашение.")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Артём Ковалёв:mailto:a.kovalev@klimat-drive.ru\r\n"
           "ORGANIZER;CN=Диспетчерская:mailto:dispatch@zakazchik-omis.ru\r\n"
           "DTSTART:20261121T080000Z\r\nDTEND:20261121T090000Z\r\nSUMMARY:Совещание по руфтопам 19105\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000C0D1\r\nSEQUENCE:0\r\nDTSTAMP:20261119T110000Z\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    m.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    return m


add(d(19, 14, 0), cal_reply, L(expect="ignored", note="calendar meeting response"))

# ===== more decided, varied forwards / formats


def fwd_attach(when):
    """Thunderbird-style forward as attached message/rfc822."""
    m = EmailMessage()
    heads(m, A, when, "Fwd: отчёт бригады 19053")
    m.set_content("Переслал отчёт бригады, см. вложение.\n")
    inner = EmailMessage()
    inner["From"] = formataddr(DIMA)
    inner["To"] = ARTEM[1]
    inner["Subject"] = "19053"
    inner["Date"] = format_datetime(when - dt.timedelta(minutes=7))
    inner["Message-ID"] = "<inner-19053-kitchen@klimat-drive.ru>"
    inner.set_content("По 19053 вторая машина тоже доехала, обе бригады на объекте, разбираем зонт на кухне.\n")
    m.add_attachment(inner)
    return m


# 19053 arrival forward — after the mixed letter (08:47)
add(d(10, 9, 12), fwd_attach,
    L("подрядчик на месте", "19053", [], note="forward as attached message/rfc822; forwarded report counts"))


def fwd_gmail_19066(when):
    m = EmailMessage()
    heads(m, A, when, "Fwd: 19066")
    body = ("\n\n---------- Forwarded message ---------\n"
            "От: Dmitry Smirnov <montazh2@klimat-drive.ru>\n"
            "Date: чт, 12 нояб. 2026 г. в 17:50\n"
            "Subject: 19066\n"
            "To: Артём Ковалёв <a.kovalev@klimat-drive.ru>\n\n\n"
            "Компрессор привезли, завтра меняем. Сегодня с объекта уехали в 17:45, кондиционер на байпасе.\n")
    m.set_content(body)
    m.add_alternative(to_html(body), subtype="html")
    return m


add(d(12, 18, 5), fwd_gmail_19066,
    L("подрядчик убыл", "19066", [], note="Gmail forward with no own text; crew left the site for the day"))


add(d(3, 9, 5), plain(A, "19012 вторая",
    "Доброе утро! Ребята нa месте по 19012, вторая позиция, с 8:50. В ТЦ пустили через загрузку."),
    L("подрядчик на месте", "19012", ["2"], note="'вторая позиция', Latin a in 'на'"))

add(d(5, 17, 5), plain(A, "Re: 19027 поз 3 пропуск",
    "Ну что там с пропуском? 🙂", extra={"In-Reply-To": "<disp-19027-x@zakazchik-omis.ru>"}),
    L(expect="review", note="question only"))


def apple_fwd(when):
    m = EmailMessage()
    heads(m, A, when, "Fwd: 19048")
    m.set_content("Вот от парней\n\nНачало переадресованного письма:\n\n"
                  "От: Kostya Kholodov <kostya.holod2000@gmail.com>\n"
                  "Тема: 19048\n"
                  "Дата: 10 ноября 2026 г. в 13:48:12 GMT+3\n"
                  "Кому: Артём Ковалёв <a.kovalev@klimat-drive.ru>\n\n"
                  "19048 поз4 — выехали к вам, минут 15\n\n"
                  "Отправлено с iPhone\n")
    return m


add(d(10, 13, 52), apple_fwd,
    L("подрядчик в пути", "19048", ["4"], note="Apple Mail forward; 'поз4' on the way"))

add(d(20, 11, 0), plain(A, "19105 — вопрос по доступу",
    "Привет! По 19105 на 3 и 4 руфтоп завтра нужен допуск на кровлю, наряд-допуск №НД-88 у кого подписывать?"),
    L(expect="review", note="question; 'наряд-допуск' number distractor"))

add(d(26, 14, 30), plain(S, "График ТО декабрь",
    "Добрый день! Направляем график планового ТО на декабрь по договору 47/2026-ТО. Прошу согласовать."),
    L(expect="review", note="contract/planning talk, no request, no status"))


# ---------------------------------------------------------------- write
LETTERS.sort(key=lambda x: x[0])
labels = {}
reg = {r["number"]: r for r in REGISTRY["requests"]}
for i, (when, build, label) in enumerate(LETTERS, 1):
    name = f"{i:03d}.eml"
    m = build(when)
    h = hashlib.sha1(f"{i}-{when.isoformat()}".encode()).hexdigest()[:16]
    frm = email.utils.parseaddr(str(m["From"]))[1]
    dom = "mail.gmail.com" if frm.endswith("gmail.com") else "klimat-drive.ru"
    if "Message-ID" in m:
        del m["Message-ID"]
    m["Message-ID"] = f"<{h}.{i:03d}@{dom}>"
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    data = m.as_bytes(policy=policy.SMTP) if isinstance(m, EmailMessage) else m.as_bytes()
    with open(os.path.join(LET, name), "wb") as f:
        f.write(data)
    labels[name] = label

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(labels), "letters")
