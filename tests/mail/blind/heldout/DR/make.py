#!/usr/bin/env python3
"""Generator of test letters for persona DR: ООО «ГенСтройКомплекс» (Иркутск, +0800).

General contractor: three subcontractors (electricians ПрофЭлектроМонтаж pem38.ru,
plumbers БайкалТеплоСантех btsantech.ru, roofers ИП Шестаков krovlya-irk.ru) report to
project manager Олег Кузнецов (genstroyk.ru), who forwards their reports to the customer's
dispatch mailbox, often as a forward of a forward. Only python3 standard library.
Run:  python3 make.py   (writes registry.json, labels.json, letters/*.eml next to itself)
"""
import base64
import json
import os
import quopri
import hashlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
from html import escape

OUT = os.path.dirname(os.path.abspath(__file__))
IRK = timezone(timedelta(hours=8))
MSK = timezone(timedelta(hours=3))

DISPATCH = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")
OLEG = ("Кузнецов Олег", "o.kuznetsov@genstroyk.ru")
OLEG_Y = ("Олег Кузнецов", "kuznetsov.oleg.irk@yandex.ru")
OFFICE = ("Полякова Анна", "office@genstroyk.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@genstroyk.ru")
PEM = ("Сафонова Наталья", "dispetcher@pem38.ru")
PEM_NEWS = ("ПрофЭлектроМонтаж", "news@pem38.ru")
LYTKIN = ("Сергей Лыткин", "lytkin.sergey@gmail.com")
BTS = ("БайкалТеплоСантех — диспетчерская", "zayavki@btsantech.ru")
GONCH = ("Виталий Гончаров", "goncharov@btsantech.ru")
SHEST = ("Андрей Шестаков", "shestakov@krovlya-irk.ru")


def A(p):
    return f"{p[0]} <{p[1]}>"


REGISTRY = {
    "contractor": {
        "name": "ООО «ГенСтройКомплекс»",
        "emails": [OLEG[1], OLEG_Y[1], OFFICE[1], DAEMON[1], PEM[1], PEM_NEWS[1], LYTKIN[1],
                   BTS[1], GONCH[1], SHEST[1]],
        "domains": ["genstroyk.ru", "pem38.ru", "btsantech.ru", "krovlya-irk.ru"],
    },
    "requests": [
        {"number": "184052", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:30:00+03:00",
         "comment": "БЦ «Ангара», ул. Карла Маркса, 40: замена светильников. 1 — коридор 2 эт., 2 — лестничная клетка «Б», 3 — ревизия ВРУ-0,4 кВ. Субподряд: ПрофЭлектроМонтаж, наряд-заказ ЭМ-0457"},
        {"number": "184119", "positions": ["1", "2"], "registered_at": "2026-11-05T02:50:00+03:00",
         "comment": "Склад, ул. Трактовая, 18: течь стояка ХВС. 1 — стояк ХВС в санузле, 2 — запорная арматура на вводе. Субподряд: БайкалТеплоСантех, ТТ-2211"},
        {"number": "184230", "positions": ["1", "2"], "registered_at": "2026-11-06T04:15:00+03:00",
         "comment": "АБК, ул. Байкальская, 253: протечка кровли. 1 — кровля над АБК (оси 3-4), 2 — водосточная воронка. Субподряд: ИП Шестаков, К-118"},
        {"number": "185006", "positions": ["01", "02", "03", "04"], "registered_at": "2026-11-09T02:40:00+03:00",
         "comment": "БЦ «Ангара»: аварийное освещение, позиции 01–04 = этажи 1–4. ПрофЭлектроМонтаж, ЭМ-0481"},
        {"number": "185133", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T03:05:00+03:00",
         "comment": "Магазин, мкр. Юбилейный, 19/1: 1 — смесители в санузлах, 2 — водонагреватель 80 л, 3 — сифоны. БайкалТеплоСантех, ТТ-2240"},
        {"number": "185377", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T01:20:00+03:00",
         "comment": "Очистка кровель от снега и наледи: 1 — АБК Байкальская 253, 2 — склад Трактовая 18, 3 — гараж Рабочего Штаба 6. ИП Шестаков, К-124"},
        {"number": "186020", "positions": ["1"], "registered_at": "2026-11-16T02:10:00+03:00",
         "comment": "Гараж, ул. Рабочего Штаба, 6: ремонт щита ЩР-3. ПрофЭлектроМонтаж, ЭМ-0502"},
        {"number": "186144", "positions": ["1"], "registered_at": "2026-11-17T03:30:00+03:00",
         "comment": "АБК, ул. Байкальская, 253: засор канализации. БайкалТеплоСантех, ТТ-2268"},
        {"number": "186291", "positions": ["1", "2"], "registered_at": "2026-11-18T02:00:00+03:00",
         "comment": "Склад, ул. Трактовая, 18: подключение тепловых завес КЭВ-12П. 1 — ворота №1, 2 — ворота №2. ПрофЭлектроМонтаж, ЭМ-0511"},
        {"number": "187005", "positions": ["1", "2"], "registered_at": "2026-11-19T03:00:00+03:00",
         "comment": "БЦ «Ангара»: ремонт примыканий кровли. 1 — парапет, 2 — вентшахта. ИП Шестаков, К-131"},
        {"number": "187412", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T01:45:00+03:00",
         "comment": "АБК, ул. Байкальская, 253, ИТП: 1 — теплообменник, 2 — циркуляционный насос, 3 — запорная арматура, 4 — манометры. БайкалТеплоСантех, ТТ-2301"},
        {"number": "188060", "positions": ["1", "2", "3"], "registered_at": "2026-11-25T01:00:00+03:00",
         "comment": "Уличное освещение: 1 — фасад БЦ «Ангара», 2 — парковка склада Трактовая 18, 3 — территория гаража Рабочего Штаба 6. ПрофЭлектроМонтаж, ЭМ-0533"},
    ],
}

# ---------------------------------------------------------------- date helpers
MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"]
MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
             "нояб.", "дек."]
WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def T(day, hh, mm, ss=0):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=IRK)


def d_outlook(dt, weekday=True):
    s = f"{dt.day} {MON_GEN[dt.month-1]} {dt.year} г. {dt.hour}:{dt.minute:02d}"
    return f"{WD_FULL[dt.weekday()]}, {s}" if weekday else s


def d_gmail(dt):
    return f"{WD_SHORT[dt.weekday()]}, {dt.day} {MON_SHORT[dt.month-1]} {dt.year} г. в {dt.hour:02d}:{dt.minute:02d}"


def d_mailru(dt):
    return f"{WD_FULL[dt.weekday()].capitalize()}, {dt.day} {MON_GEN[dt.month-1]} {dt.year}, {dt.hour}:{dt.minute:02d} +08:00"


def d_num(dt):
    return dt.strftime("%d.%m.%Y %H:%M")


def d_rfc(dt):
    return format_datetime(dt)


# ---------------------------------------------------------------- quote / forward helpers
def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def outlook_block(frm, dt, to, subj, cc=None, style="ru"):
    if style == "orig":
        h = f"-----Original Message-----\nFrom: {frm}\nSent: {d_outlook(dt)}\nTo: {to}\n"
        if cc:
            h += f"Cc: {cc}\n"
        return h + f"Subject: {subj}\n"
    h = f"________________________________\nОт: {frm}\nОтправлено: {d_outlook(dt)}\nКому: {to}\n"
    if cc:
        h += f"Копия: {cc}\n"
    return h + f"Тема: {subj}\n"


def tb_fwd(subj, dt, frm, to):
    return (f"-------- Перенаправленное сообщение --------\nТема: \t{subj}\nДата: \t{d_rfc(dt)}\n"
            f"От: \t{frm}\nКому: \t{to}\n")


def gmail_fwd(frm, dt, subj, to):
    return f"---------- Forwarded message ---------\nОт: {frm}\nDate: {d_gmail(dt)}\nSubject: {subj}\nTo: {to}\n"


def yandex_fwd(dt, who, body):
    return (f"-------- Пересылаемое сообщение --------\n{dt.strftime('%d.%m.%Y, %H:%M')}, "
            f"\"{who[0]}\" <{who[1]}>:\n\n{body.strip()}\n\n-------- Конец пересылаемого сообщения --------")


def mailru_fwd(frm, to, dt, subj):
    return (f"-------- Пересылаемое сообщение --------\nОт кого: {frm}\nКому: {to}\n"
            f"Дата: {d_mailru(dt)}\nТема: {subj}\n")


# ---------------------------------------------------------------- signatures
SIG_OLEG = """-- 
С уважением,
Олег Кузнецов
руководитель проекта
ООО «ГенСтройКомплекс»
тел. +7 (3952) 79-44-18, моб. +7 914 927-35-61
664007, г. Иркутск, ул. Декабрьских Событий, 55, оф. 310"""
SIG_OLEG_SHORT = "--\nО. Кузнецов, ГенСтройКомплекс\n+7 914 927-35-61"
SIG_YMOB = "--\nОтправлено из мобильной Яндекс Почты"
SIG_PEM = """С уважением,
Сафонова Наталья, диспетчер
ООО «ПрофЭлектроМонтаж»
ИНН 3812154470 / КПП 381201001
тел. (3952) 50-17-22, доб. 104"""
SIG_LYT = "Лыткин С.\nпрораб ПЭМ\n8-902-567-19-34"
SIG_BTS = """--
Мельникова Ирина
диспетчер ООО «БайкалТеплоСантех»
8 (3952) 66-03-15 | zayavki@btsantech.ru
Аварийная служба круглосуточно: 8-914-880-22-11"""
SIG_GON = "Гончаров В.А., мастер\nБайкалТеплоСантех\n+7 950 118-46-27"
SIG_SHEST = """--
Шестаков Андрей
ИП Шестаков А.В. / «Кровля-Иркутск»
+7 902 514-08-93"""

# ---------------------------------------------------------------- MIME builder
_seq = [0]


def boundary():
    _seq[0] += 1
    return "----=_Part_%d_%s" % (_seq[0], hashlib.md5(str(_seq[0]).encode()).hexdigest()[:16])


def enc_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)  # strict: must be encodable
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw  # 8bit / 7bit


def leaf(ctype, text, charset="utf-8", cte="base64", params=""):
    h = f"Content-Type: {ctype}; charset=\"{charset}\"{params}\nContent-Transfer-Encoding: {cte}\n\n".encode()
    b = enc_body(text, charset, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return h + b


def multipart(subtype, parts, params=""):
    bd = boundary()
    out = f"Content-Type: multipart/{subtype}; boundary=\"{bd}\"{params}\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{bd}\n".encode() + p + b"\n"
    out += f"--{bd}--\n".encode()
    return out


def to_html(text, font="Arial"):
    lines = text.strip("\n").split("\n")
    out, inq = [], False
    for l in lines:
        isq = l.startswith(">")
        if isq and not inq:
            out.append('<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">')
            inq = True
        if not isq and inq:
            out.append("</blockquote>")
            inq = False
        l2 = l.lstrip(">").lstrip() if isq else l
        out.append(f"<div>{escape(l2) if l2 else '<br>'}</div>")
    if inq:
        out.append("</blockquote>")
    return (f"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body style=\"font-family:{font},sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</body></html>\n")


def hdr_text(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name="Subject").encode()


def addr(p, charset):
    return formataddr(p, charset=charset)


def build(L):
    cs = L.get("hcharset", "utf-8")
    H = []
    H.append(("Return-Path", f"<{L['frm'][1]}>"))
    H.append(("From", addr(L["frm"], cs)))
    H.append(("To", ", ".join(addr(x, cs) for x in L.get("to", [DISPATCH]))))
    if L.get("cc"):
        H.append(("Cc", ", ".join(addr(x, cs) for x in L["cc"])))
    H.append(("Subject", hdr_text(L["subj"], cs)))
    H.append(("Date", format_datetime(L["dt"])))
    H.append(("Message-ID", L["mid"]))
    if L.get("irt"):
        H.append(("In-Reply-To", L["irt"]))
        H.append(("References", L["irt"]))
    for k, v in L.get("xh", []):
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in H).encode("ascii")
    return head + L["body"]


# ---------------------------------------------------------------- client profiles
def mid(kind, dt, n):
    h = hashlib.sha1(f"{kind}{dt.isoformat()}{n}".encode()).hexdigest().upper()
    ts = int(dt.timestamp())
    if kind == "outlook":
        return f"<{h[:8]}{h[8:16]}.{h[16:24]}@EXCH01.genstroyk.local>"
    if kind == "tb":
        return f"<{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}-{h[16:20].lower()}-{h[20:32].lower()}@pem38.ru>"
    if kind == "gmail":
        return f"<CAK{h[:10]}{h[10:30].lower()}+{h[30:36]}@mail.gmail.com>"
    if kind == "yandex":
        return f"<{ts % 1000000}{int(h[:6], 16)}@mail.yandex.ru>"
    if kind == "mailru":
        return f"<{ts}.{int(h[:8], 16)}@f{int(h[8:10], 16)}.i.mail.ru>"
    if kind == "bat":
        return f"<{int(h[:6], 16)}.{ts}@krovlya-irk.ru>"
    return f"<{h[:24].lower()}@{kind}>"


def dmid(dt):  # message-id of a letter the dispatch sent earlier
    return f"<{dt.astimezone(MSK).strftime('%Y%m%d%H%M%S')}.{hashlib.md5(dt.isoformat().encode()).hexdigest()[:6].upper()}@zakazchik-omis.ru>"


XH = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")],
    "tb": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
           ("Content-Language", "ru")],
    "gmail": [],
    "yandex": [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")],
    "ymob": [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("X-Yandex-Mobile", "Android")],
    "mailru": [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[95.188.71.40]")],
    "bat": [("X-Mailer", "The Bat! (v10.4.5) Professional")],
}

LETTERS = []


def add(key, dt, frm, subj, body, label, client, to=None, cc=None, irt=None, hcs="utf-8", extra=()):
    LETTERS.append(dict(key=key, dt=dt, frm=frm, subj=subj, body=body, label=label,
                        mid=mid(client if client != "ymob" else "yandex", dt, key),
                        xh=list(XH.get(client, [])) + list(extra), to=to or [DISPATCH], cc=cc, irt=irt,
                        hcharset=hcs))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ================================================================== 184052
d_req = T(2, 14, 35)
add("a", T(2, 15, 41), OLEG, "RE: Заявка № 184052 замена светильников, БЦ «Ангара»",
    leaf("text/plain", f"""Добрый день.

Заявку 184052 приняли в работу. Исполнитель — наш субподрядчик ООО «ПрофЭлектроМонтаж», у них она заведена как наряд-заказ ЭМ-0457. Дату выезда сообщу дополнительно, ориентировочно завтра.

{SIG_OLEG}

{outlook_block(A(DISPATCH), d_req, A(OLEG), "Заявка № 184052 замена светильников, БЦ «Ангара»", style="orig")}
Добрый день!
Направляем заявку № 184052 от 02.11.2026.
Объект: БЦ «Ангара», г. Иркутск, ул. Карла Маркса, 40.
Позиции:
1 — замена светильников, коридор 2 этажа (14 шт.);
2 — замена светильников, лестничная клетка «Б»;
3 — ревизия ВРУ-0,4 кВ (подвал).
Просим подтвердить принятие.

Диспетчерская служба
""", "windows-1251", "quoted-printable"),
    D("184052", [], PR, "Олег: «приняли в работу»; позиции названы только в цитате заявки -> вся заявка"),
    "outlook", irt=dmid(d_req), hcs="windows-1251")

lyt_b = T(3, 8, 20)
pem_b = T(3, 8, 31)
add("b", T(3, 8, 44), OLEG, "FW: Fwd: ЭМ-0457 выезд",
    leaf("text/plain", f"""Для сведения.
Это по вашей заявке 184052, электрики в дороге. Просьба предупредить охрану БЦ, машина Газель О 582 ТР 38.

{SIG_OLEG_SHORT}

{outlook_block(A(PEM), pem_b, A(OLEG), "Fwd: ЭМ-0457 выезд")}
Олег Викторович, доброе утро.
Пересылаю от прораба, по вашему объекту на Карла Маркса.

{SIG_PEM}

{tb_fwd("ЭМ-0457 выезд", lyt_b, A(LYTKIN), PEM[1])}


Наташа, мы выехали на Маркса 40 (БЦ Ангара), будем к 9:15 примерно. Со мной Бережной и Юсупов, надо чтоб охрана пропустила газель.
Светильники взял все 14 + 9 на лестницу

{SIG_LYT}
""", "windows-1251", "quoted-printable"),
    D("184052", [], VP, "forward of forward: прораб -> офис ПЭМ (Thunderbird) -> Олег (Outlook); прораб «выехали, будем к 9:15»; ЭМ-0457 — внутренний номер субподрядчика"),
    "outlook", hcs="windows-1251")

add("c", T(3, 18, 10), PEM, "184052 поз 1 — выполнено",
    leaf("text/plain", f"""Здравствуйте.

По заявке 184052 (наш наряд-заказ ЭМ-0457), позиция 1: в коридоре 2 этажа заменено 14 светильников Ledel L-office 36W 4000K, демонтированные сданы завхозу под роспись. Бригада с объекта уехала в 17:45.

Позиции 2 и 3 — завтра с утра, сегодня лестница «Б» закрыта на покраску.

{SIG_PEM}
""", "utf-8", "8bit"),
    D("184052", ["1"], UB, "офис электриков пишет напрямую; поз.1 закончена, бригада уехала; 2 и 3 только план"),
    "tb", cc=[OLEG])

add("d", T(4, 10, 5), OLEG_Y, "184052 п.2",
    multipart("alternative", [
        leaf("text/plain", f"Электрики на лестнице Б с 9:30, работают.\n\n{SIG_YMOB}\n"),
        leaf("text/html", to_html(f"Электрики на лестнице Б с 9:30, работают.\n\n{SIG_YMOB}")),
    ]),
    D("184052", ["2"], NM, "номер и позиция только в теме «184052 п.2»; «на лестнице с 9:30, работают»"),
    "ymob")

lyt_e = T(4, 17, 2)
pem_e = T(4, 17, 15)
add("e", T(4, 17, 35), OLEG, "FW: Fwd: Re: ЭМ-0457",
    leaf("text/plain", f"""Пересылаю.
Итого по 184052 позиции 2 и 3 выполнены, бригада убыла. Исполнительную и акт КС-2 направлю отдельным письмом.

{SIG_OLEG}

{outlook_block(A(PEM), pem_e, A(OLEG), "Fwd: Re: ЭМ-0457")}
Пересылаю. Наряд ЭМ-0457 у себя закрываем.

{SIG_PEM}

{tb_fwd("Re: ЭМ-0457", lyt_e, A(LYTKIN), A(PEM))}


лестница Б готово 9 светильников. ВРУ осмотрели, протянули контакты на вводе, тепловизором прошлись - горячих точек нет, max 41 град.
Уехали в 16:50. Акт у завхоза подпишем завтра

{SIG_LYT}
""", "windows-1251", "quoted-printable"),
    D("184052", ["2", "3"], UB, "forward of forward; Олег сводит: поз. 2 и 3 выполнены, бригада убыла"),
    "outlook", hcs="windows-1251")

d_f = T(6, 9, 40)
add("f", T(6, 11, 20), OLEG, "RE: 184052 акт выполненных работ",
    leaf("text/plain", f"""Коллеги, добрый день.

Замечание принято. Исправленный акт № 112 от 06.11.2026 и счёт-фактуру на 86 340,00 руб. отправили Почтой России, трек 66400712345678, сканы продублирую сегодня. Оплата по договору № 47/26-ПД — в течение 10 банковских дней с даты подписания.

{SIG_OLEG}

{outlook_block(A(DISPATCH), d_f, A(OLEG), "184052 акт выполненных работ")}
Олег Викторович, добрый день.
В акте по заявке 184052 неверно указан адрес объекта (ул. Карла Маркса, 14 вместо 40). Просим переоформить.
""", "windows-1251", "quoted-printable"),
    R("акт/счёт/договор, статуса нет"),
    "outlook", irt=dmid(d_f), hcs="windows-1251")

# ================================================================== 184119
add("g", T(5, 8, 20), BTS, "Заявка 184119 принята (ТТ-2211)",
    multipart("alternative", [
        leaf("text/plain", f"""Добрый день!

Ваша заявка № 184119 (течь стояка ХВС, склад на ул. Трактовая, 18) принята в работу, у нас зарегистрирована под номером ТТ-2211.
Ответственный мастер — Гончаров Виталий, +7 950 118-46-27.
Генподрядчик ООО «ГенСтройКомплекс» в копии.

{SIG_BTS}
"""),
        leaf("text/html", to_html(f"""Добрый день!

Ваша заявка № 184119 (течь стояка ХВС, склад на ул. Трактовая, 18) принята в работу, у нас зарегистрирована под номером ТТ-2211.
Ответственный мастер — Гончаров Виталий, +7 950 118-46-27.
Генподрядчик ООО «ГенСтройКомплекс» в копии.

{SIG_BTS}""", "Verdana")),
    ]),
    D("184119", [], PR, "сантехники пишут напрямую заказчику; ТТ-2211 — их внутренний номер"),
    "mailru", cc=[OLEG])

gon_h = T(5, 9, 12)
add("h", T(5, 9, 40), OLEG, "FW: выезд ТТ-2211",
    leaf("text/plain", f"""см. ниже
Это по вашей 184119, мастер едет.

{SIG_OLEG_SHORT}

{outlook_block(A(GONCH), gon_h, A(OLEG), "выезд ТТ-2211", cc=BTS[1])}
Выехал на Трактовую 18. Буду в районе 10:00-10:15, пусть кладовщик встретит у ворот №2.

{SIG_GON}
""", "windows-1251", "quoted-printable"),
    D("184119", [], VP, "пересылка письма мастера «выехал, буду 10:00-10:15»; номер заявки только в строке Олега"),
    "outlook", hcs="windows-1251")

add("i", T(5, 11, 5), OLEG, "184119 (поз. 1) — мастер на месте",
    leaf("text/plain", f"""Добрый день.

Сантехник на складе ул. Трактовая, 18 (184119) с 10:20. Стояк ХВС (поз. 1) перекрыли, течь на резьбовом соединении у тройника, готовят замену участка трубы. Воды на складе не будет ориентировочно до 15:00.

{SIG_OLEG}
""", "windows-1251", "quoted-printable"),
    D("184119", ["1"], NM, "номер в скобках после адреса; «с 10:20» на месте, поз. 1"),
    "outlook", hcs="windows-1251")

d_j = T(5, 13, 5)
gon_j_text = f"""Здравствуйте. Закончили в 14:50.
Поз.1 — вырезали участок стояка, поставили PPR 32 мм (1,5 м) с переходами на металл.
Поз.2 — заменили кран шаровой Ду32 на вводе, старый не держал.
Воду дали, течи нет, кладовщику показал. Я уехал.

{SIG_GON}


{d_mailru(d_j)} от {A(DISPATCH)}:
> Виталий, добрый день.
> Подскажите, когда планируете закончить по 184119? Склад просит воду к 16:00.
"""
add("j", T(5, 15, 30), GONCH, "Re: 184119 сроки?",
    multipart("alternative", [leaf("text/plain", gon_j_text), leaf("text/html", to_html(gon_j_text, "Verdana"))]),
    D("184119", ["1", "2"], UB, "мастер напрямую, ответ над цитатой; обе позиции сделаны, «я уехал»"),
    "mailru", irt=dmid(d_j), cc=[OLEG])

add("k", T(6, 10, 0), OLEG, "184119 — счёт",
    leaf("text/plain", f"""Добрый день.

Подскажите, на кого выставлять счёт по заявке 184119 — на иркутский филиал или на головную организацию? Сумма по смете 18 400,00 руб., счёт № 2211-С от 06.11.2026 готов, жду только реквизиты.

{SIG_OLEG}
""", "windows-1251", "quoted-printable"),
    R("вопрос о реквизитах для счёта, статуса нет"),
    "outlook", hcs="windows-1251")

# ================================================================== 184230
sh_l = T(6, 10, 22)
add("l", T(6, 10, 40), OLEG, "FW: Байкальская 253 кровля",
    leaf("text/plain", f"""Пересылаю ответ кровельщиков по заявке 184230. Приняли, выезд завтра утром.

{SIG_OLEG_SHORT}

{outlook_block(A(SHEST), sh_l, A(OLEG), "Re: Байкальская 253 кровля")}
Олег, привет. Заявку по Байкальской взяли, у меня она как К-118. Сегодня не поедем — ветер до 15 м/с, на кровлю не полезу. Завтра с утра. Унифлекс есть, воронку надо будет брать.

{SIG_SHEST}
""", "windows-1251", "quoted-printable"),
    D("184230", [], PR, "пересылка кровельщика: «заявку взяли», выезд только планируется"),
    "outlook", hcs="windows-1251")

sh_m = T(7, 9, 2)
add("m", T(7, 9, 25), OLEG_Y, "Fwd: Байкальская выезд",
    multipart("alternative", [
        leaf("text/plain", f"""Для сведения. Но по факту они ещё не выехали — звонил Шестакову в 9:15, ждут машину с рулонами с базы на Сергеева. Как тронутся — отпишусь.
184230

{yandex_fwd(sh_m, SHEST, "Выехали на Байкальскую, будем через полчаса.")}
"""),
        leaf("text/html", to_html(f"""Для сведения. Но по факту они ещё не выехали — звонил Шестакову в 9:15, ждут машину с рулонами с базы на Сергеева. Как тронутся — отпишусь.
184230

{yandex_fwd(sh_m, SHEST, "Выехали на Байкальскую, будем через полчаса.")}""")),
    ]),
    R("Олег пересылает «выехали», но сам опровергает: «по факту ещё не выехали»"),
    "yandex")

add("n", T(7, 11, 40), SHEST, "184230 поз 1",
    leaf("text/plain", f"""Добрый день. Бригада на Байкальской 253, 3 человека, поднялись на кровлю над АБК, вскрываем старый ковёр по оси 3-4.
Шестаков

{SIG_YMOB}
""", "utf-8", "base64"),
    D("184230", ["1"], NM, "кровельщик напрямую; номер и позиция в теме «184230 поз 1»"),
    "ymob", cc=[OLEG])

sh_o = T(7, 17, 40)
txt_o = f"""см. ниже
184230 поз.1 сделана

{yandex_fwd(sh_o, SHEST, '''Олег, по АБК закончили. Наплавили 2 слоя Унифлекс ЭПП, примерно 12 м2, примыкание к парапету промазали мастикой.
Воронку не успели — нет подходящей, закажу HL62, поставим в понедельник.
Бригада уехала.

Отправлено из мобильной Яндекс Почты''')}
"""
add("o", T(7, 18, 5), OLEG_Y, "Fwd: АБК кровля",
    multipart("alternative", [leaf("text/plain", txt_o), leaf("text/html", to_html(txt_o))]),
    D("184230", ["1"], UB, "суббота, Олег с личного ящика; кровля над АБК готова, бригада уехала; воронка — план"),
    "yandex")

d_p = T(9, 9, 0)
txt_p = f"""Добрый день.
По поз. 2 (воронка) — поменяли сегодня. Старую чугунную срезали, поставили HL62.1, обогрев не ставили. Пролили водой — уходит нормально. С объекта уехали в 14:30.

{SIG_SHEST}

{d_num(d_p).replace(' ', ', ')}, "{DISPATCH[0]}" <{DISPATCH[1]}>:
> Андрей, добрый день. Когда планируете замену воронки по 184230?
"""
add("p", T(9, 15, 10), SHEST, "Re: 184230 воронка",
    multipart("alternative", [leaf("text/plain", txt_p), leaf("text/html", to_html(txt_p))]),
    D("184230", ["2"], UB, "ответ на вопрос диспетчера, номер в теме Re:; поз. 2 заменена, уехали"),
    "yandex", irt=dmid(d_p), cc=[OLEG])

# ================================================================== 185006
rows_q = [("01", "1 этаж", "ПрофЭлектроМонтаж (ЭМ-0481)", "принята в работу"),
          ("02", "2 этаж", "ПрофЭлектроМонтаж (ЭМ-0481)", "принята в работу"),
          ("03", "3 этаж", "ПрофЭлектроМонтаж (ЭМ-0481)", "принята в работу"),
          ("04", "4 этаж", "ПрофЭлектроМонтаж (ЭМ-0481)", "принята в работу")]


def outlook_table_letter(intro, head, rows, outro, quote_txt=""):
    tr = "".join("<tr>" + "".join(f"<td style='border:1px solid #999;padding:2px 6px'>{escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    th = "<tr>" + "".join(f"<th style='border:1px solid #999;padding:2px 6px;background:#DCE6F1'>{escape(c)}</th>" for c in head) + "</tr>\n"
    sig_html = "<br>".join(escape(x) for x in SIG_OLEG.split("\n"))
    qh = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0'>" +
          "<br>".join(escape(x) for x in quote_txt.strip().split("\n")) + "</div>") if quote_txt else ""
    html = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head>"
            f"<body lang=RU><div class=WordSection1><p class=MsoNormal>{escape(intro)}</p>"
            f"<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n{th}{tr}</table>"
            f"<p class=MsoNormal>{escape(outro)}</p><p class=MsoNormal>{sig_html}</p>{qh}</div></body></html>\n")
    plain_rows = "\n".join("\t".join(r) for r in [head] + rows)
    plain = f"{intro}\n\n{plain_rows}\n\n{outro}\n\n{SIG_OLEG}\n" + (f"\n{quote_txt}" if quote_txt else "")
    return multipart("alternative", [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                                     leaf("text/html", html, "utf-8", "quoted-printable")])


d_q = T(9, 7, 52)
add("q", T(9, 9, 10), OLEG, "RE: Заявка 185006 — аварийное освещение, БЦ «Ангара» эт. 1–4",
    outlook_table_letter("Добрый день. Заявка принята, распределение по позициям:",
                         ("Поз.", "Место", "Исполнитель", "Статус"), rows_q,
                         "Выезд планируем на завтра, 10.11, с 9:00.",
                         outlook_block(A(DISPATCH), d_q, A(OLEG), "Заявка 185006 — аварийное освещение, БЦ «Ангара» эт. 1–4") +
                         "\nНаправляем заявку 185006: замена блоков аварийного освещения, этажи 1–4 (позиции 01–04).\nДиспетчерская служба"),
    D("185006", ["01", "02", "03", "04"], PR, "HTML-таблица, все четыре позиции «принята в работу»"),
    "outlook", irt=dmid(d_q))

pem_r = T(10, 8, 21)
add("r", T(10, 8, 35), OLEG, "FW: ЭМ-0481 / 185006 выезд",
    leaf("text/plain", f"""Пересылаю. 185006, поз. 01, 02.

{SIG_OLEG_SHORT}

{outlook_block(A(PEM), pem_r, A(OLEG), "ЭМ-0481 / 185006 выезд")}
Олег Викторович, бригада Лыткина выехала на Карла Маркса 40 по наряду ЭМ-0481 (ваша заявка 185006), сегодня делают 1 и 2 этажи. Будут к 9:00.

{SIG_PEM}
""", "windows-1251", "quoted-printable"),
    D("185006", ["01", "02"], VP, "пересылка офиса ПЭМ: бригада выехала; позиции «01, 02» в строке Олега"),
    "outlook", hcs="windows-1251")

add("s", T(10, 13, 5), LYTKIN, "185006-02",
    multipart("alternative", [
        leaf("text/plain", f"""Добрый день. По 01 (1 этаж) закончили, поменяли 6 блоков аварийного освещения, проверили на автономку — держат. Сейчас работаем на 2 этаже (02).

{SIG_LYT}
"""),
        leaf("text/html", to_html(f"""Добрый день. По 01 (1 этаж) закончили, поменяли 6 блоков аварийного освещения, проверили на автономку — держат. Сейчас работаем на 2 этаже (02).

{SIG_LYT}""")),
    ]),
    R("разные статусы по позициям: 01 закончена (убыл?), на 02 сейчас работают (на месте)"),
    "gmail", cc=[OLEG])

add("t", T(10, 18, 5), OLEG, "185006 — итоги дня",
    leaf("text/plain", f"""Добрый вечер.

По заявке 185006: позиции 01 и 02 выполнены, электрики с объекта убыли в 17:40. Позиции 03, 04 — завтра с 9:00.

{SIG_OLEG}
""", "windows-1251", "quoted-printable"),
    D("185006", ["01", "02"], UB, "01 и 02 выполнены, убыли в 17:40; 03/04 — план"),
    "outlook", hcs="windows-1251")

d_u = T(11, 9, 30)
add("u", T(11, 9, 50), OLEG, "RE: 185006 (3,4) выезд?",
    leaf("text/plain", f"""Уже на месте, с 9:35 работают на 3 и 4 этажах.

{SIG_OLEG_SHORT}

{outlook_block(A(DISPATCH), d_u, A(OLEG), "185006 (3,4) выезд?")}
Олег Викторович, подтвердите, пожалуйста, выезд на 3 и 4 этаж по 185006.
""", "windows-1251", "quoted-printable"),
    D("185006", ["03", "04"], NM, "тема Re: спрашивает про выезд, ответ сообщает более поздний статус — на месте; этажи 3 и 4 = поз. 03, 04"),
    "outlook", irt=dmid(d_u), hcs="windows-1251")

add("v", T(11, 16, 40), PEM, "Наряд-заказ ЭМ-0481 выполнен (заявка 185006)",
    leaf("text/plain", f"""Добрый день!

Сообщаем, что работы по наряд-заказу ЭМ-0481 (ваша заявка № 185006, аварийное освещение, ул. Карла Маркса, 40) выполнены в полном объёме. Бригада убыла с объекта в 16:10.
Всего заменено 22 блока БАП (Navigator NEF-08), проведены испытания на время автономной работы — 1 ч.
Акт № 0481/А и протокол испытаний передадим через ООО «ГенСтройКомплекс».

{SIG_PEM}
""", "windows-1251", "quoted-printable"),
    D("185006", [], UB, "офис электриков напрямую: выполнено в полном объёме, бригада убыла — вся заявка"),
    "tb", cc=[OLEG], hcs="windows-1251")

# ================================================================== 185133
d_w = T(10, 8, 12)
add("w", T(10, 9, 30), OLEG, "RE: Заявка 185133 — замена смесителей и водонагревателя, мкр. Юбилейный, 19/1",
    leaf("text/plain", f"""Принято, передали сантехникам (БайкалТеплоСантех). Ориентировочно завтра.

{SIG_OLEG_SHORT}

{outlook_block(A(DISPATCH), d_w, A(OLEG), "Заявка 185133 — замена смесителей и водонагревателя, мкр. Юбилейный, 19/1")}
Добрый день.
Заявка 185133, магазин, мкр. Юбилейный, 19/1.
1. Замена смесителей в санузлах (2 шт.).
2. Замена водонагревателя 80 л.
3. Замена сифонов.
Прошу подтвердить.
""", "windows-1251", "quoted-printable"),
    D("185133", [], PR, "«Принято, передали»; номер только в теме Re: и цитате"),
    "outlook", irt=dmid(d_w), hcs="windows-1251")

gon_x = T(11, 8, 31)
bts_x = T(11, 8, 40)
add("x", T(11, 8, 55), OLEG, "FW: Fwd: ТТ-2240",
    leaf("text/plain", f"""Для сведения. Сантехник по 185133 в пути.

{SIG_OLEG_SHORT}

{outlook_block(A(BTS), bts_x, A(OLEG), "Fwd: ТТ-2240")}
Олег Викторович, добрый день, пересылаем информацию от мастера.

{SIG_BTS}


{mailru_fwd(A(GONCH), BTS[1], gon_x, "ТТ-2240")}

Ира, выехал на Юбилейный 19/1, по дороге заскочу на склад на Сергеева, заберу Термекс ER 80 V, к 10 буду на месте.
--
Гончаров В.А.
""", "windows-1251", "quoted-printable"),
    D("185133", [], VP, "forward of forward: мастер -> диспетчер сантехников (Mail.ru) -> Олег (Outlook); «выехал», заезжает по пути на склад"),
    "outlook", hcs="windows-1251")

add("y", T(11, 11, 15), OLEG, "185133 — прибытие",
    leaf("text/plain", f"""Прибытие мастера на объект (Юбилейный, 19/1) — 10:05. Работы ведутся.

{SIG_OLEG_SHORT}
""", "windows-1251", "quoted-printable"),
    D("185133", [], NM, "существительное «прибытие» со временем"),
    "outlook", hcs="windows-1251")

d_z = T(11, 8, 10)
txt_z = f"""Поз. 1 и 2 сделаны: смесители в санузлах заменены (2 шт., Iddis Vane), водонагреватель повешен и подключен, греет.
Сифоны (поз. 3) не подошли по диаметру — докупим, приедем отдельно.
С объекта уехал в 18:50.

{SIG_GON}


{d_mailru(d_z)} от {A(DISPATCH)}:
> Подтвердите время выезда по 185133.
"""
add("z", T(11, 19, 20), GONCH, "Re: 185133 выезд",
    multipart("alternative", [leaf("text/plain", txt_z), leaf("text/html", to_html(txt_z, "Verdana"))]),
    D("185133", ["1", "2"], UB, "тема Re: про выезд, тело — поз. 1 и 2 сделаны, уехал; поз. 3 — план"),
    "mailru", irt=dmid(d_z), cc=[OLEG])

bts_aa = T(13, 12, 48)
add("aa", T(13, 13, 5), OLEG, "FW: ТТ-2240 сифоны",
    leaf("text/plain", f"""Пересылаю, 185133 поз. 3 закрыта.

{SIG_OLEG_SHORT}

{outlook_block(A(BTS), bts_aa, A(OLEG), "ТТ-2240 сифоны")}
Олег Викторович, по ТТ-2240 сифоны заменили (3 шт., McAlpine), мастер уехал в 12:30, к магазину претензий нет.

{SIG_BTS}
""", "windows-1251", "quoted-printable"),
    D("185133", ["3"], UB, "пересылка: сифоны заменены, мастер уехал; поз. 3 в строке Олега"),
    "outlook", hcs="windows-1251")

# ================================================================== 185377
sh_bb = T(12, 7, 52)
add("bb", T(12, 8, 10), OLEG, "FW: снег К-124",
    leaf("text/plain", f"""Пересылаю. По 185377 — принято кровельщиками.

{SIG_OLEG_SHORT}

{outlook_block(A(SHEST), sh_bb, A(OLEG), "снег К-124")}
Олег, снег взяли, у меня К-124. Три адреса — начнём с Байкальской, потом Трактовая и гараж. Сегодня после обеда выедем.

{SIG_SHEST}
""", "windows-1251", "quoted-printable"),
    D("185377", [], PR, "пересылка: «снег взяли», выезд — план"),
    "outlook", hcs="windows-1251")

add("cc", T(12, 13, 20), SHEST, "185377",
    leaf("text/plain", f"""185377 ПОЗ 1 ВЫЕХАЛИ НА БАЙКАЛЬСКУЮ. ЧЕРЕЗ 20 МИН БУДЕМ

{SIG_YMOB}
""", "utf-8", "base64"),
    D("185377", ["1"], VP, "капсом, с телефона; «выехали, через 20 мин будем»"),
    "ymob", cc=[OLEG])

add("dd", T(12, 17, 0), OLEG, "185377 позиция 1 — завершено",
    leaf("text/plain", f"""Коллеги, добрый вечер.

По первой позиции (АБК, ул. Байкальская, 253) снег и наледь с кровли сброшены, сосульки по периметру сбиты, на время работ зону ограждали лентой. Бригада свернулась и уехала в 16:35. Остальные адреса — завтра.

{SIG_OLEG}
""", "windows-1251", "quoted-printable"),
    D("185377", ["1"], UB, "«по первой позиции», «свернулась и уехала»"),
    "outlook", hcs="windows-1251")

sh_ee = T(13, 8, 50)
add("ee", T(13, 9, 5), OLEG, "FW: 185377 поз.3",
    leaf("text/plain", f"""Пересылаю. Поправка: склад на Трактовой — это позиция 2, у Шестакова опечатка. Гараж (поз. 3) они делают после обеда.

{SIG_OLEG_SHORT}

{outlook_block(A(SHEST), sh_ee, A(OLEG), "185377 поз.3")}
В пути на Трактовую, поз.3. Минут 25.

{SIG_SHEST}
""", "windows-1251", "quoted-printable"),
    D("185377", ["2"], VP, "кровельщик пишет «поз.3», Олег поправляет: Трактовая — поз. 2; гараж (3) — план"),
    "outlook", hcs="windows-1251")

add("ff", T(13, 11, 30), SHEST, "185377 гараж — кто откроет выход на кровлю?",
    multipart("alternative", [
        leaf("text/plain", f"""Добрый день.
Подскажите, кто на Рабочего Штаба, 6 откроет выход на кровлю гаража? Телефон коменданта, который дали (8 3952 48-12-07), не отвечает. Планируем подъехать к 14:00.

{SIG_SHEST}
"""),
        leaf("text/html", to_html(f"""Добрый день.
Подскажите, кто на Рабочего Штаба, 6 откроет выход на кровлю гаража? Телефон коменданта, который дали (8 3952 48-12-07), не отвечает. Планируем подъехать к 14:00.

{SIG_SHEST}""")),
    ]),
    R("вопрос про доступ и план на 14:00, статуса нет"),
    "yandex", cc=[OLEG])

add("gg", T(13, 17, 10), OLEG, "185377 — п.2, п.3",
    outlook_table_letter("Добрый вечер. По 185377 закончили оставшиеся адреса:",
                         ("Поз.", "Адрес", "Результат"),
                         [("2", "склад, ул. Трактовая, 18", "очищено, убыли 12:40"),
                          ("3", "гараж, ул. Рабочего Штаба, 6", "очищено, убыли 16:45")],
                         "Вывоз снега с территории в заявку не входил."),
    D("185377", ["2", "3"], UB, "таблица: обе позиции очищены, бригада убыла"),
    "outlook")

# ================================================================== 186020
d_hh = T(16, 7, 20)
add("hh", T(16, 8, 30), PEM, "Re: Заявка 186020 ЩР-3 гараж",
    leaf("text/plain", f"""Добрый день.
Заявка 186020 принята, наряд-заказ ЭМ-0502. Выезд бригады планируем к 11:00.

Сафонова Н., диспетчер ПЭМ, (3952) 50-17-22

16.11.2026 07:20, Диспетчерская служба ОМИС пишет:
> Направляем заявку N 186020. Гараж, ул. Рабочего Штаба, 6.
> Щит ЩР-3: выбивает автомат, запах гари.
> Позиция 1 - ремонт ЩР-3.
""", "koi8-r", "8bit"),
    D("186020", [], PR, "KOI8-R; «принята», выезд — план"),
    "tb", irt=dmid(d_hh), cc=[OLEG], hcs="koi8-r")

add("ii", T(16, 10, 55), OLEG_Y, "186020",
    leaf("text/plain", f"""элеткрики выдвинулись на Рабочего Штаба, будут в течение часа

{SIG_YMOB}
""", "utf-8", "base64"),
    D("186020", [], VP, "опечатка «элеткрики»; «выдвинулись, будут в течение часа»"),
    "ymob")

lyt_jj = T(16, 12, 11)
txt_jj = f"""Пересылаю. По 186020 на месте.

{yandex_fwd(lyt_jj, LYTKIN, '''на месте в гараже. щит ЩР-3 обесточили, автомат С25 оплавлен, меняем. шину N тоже надо перетягивать''')}
"""
add("jj", T(16, 12, 20), OLEG_Y, "Fwd: гараж ЩР-3",
    multipart("alternative", [leaf("text/plain", txt_jj), leaf("text/html", to_html(txt_jj))]),
    D("186020", [], NM, "Yandex-пересылка прораба «на месте в гараже»"),
    "yandex")

add("kk", T(16, 15, 45), OLEG, "186020 выполнено",
    leaf("text/plain", f"""Добрый день.

По заявке 186020: автомат ВА47-29 С25 заменён, нулевая шина перетянута, щит под напряжением, нагрузка в норме. Электрики уехали в 15:20. Оплавленный автомат передали механику гаража.

{SIG_OLEG}
""", "windows-1251", "quoted-printable"),
    D("186020", [], UB, "результат + «электрики уехали»; модель автомата — не номер заявки"),
    "outlook", hcs="windows-1251")

# ================================================================== 186144
d_ll = T(17, 8, 40)
add("ll", T(17, 9, 5), OLEG, "RE: Заявка 186144 засор канализации АБК",
    leaf("text/plain", f"""Заявку 186144 взяли. Сантехника направим после обеда, сейчас он на другом объекте.

{SIG_OLEG_SHORT}

{outlook_block(A(DISPATCH), d_ll, A(OLEG), "Заявка 186144 засор канализации АБК")}
Заявка 186144. АБК, ул. Байкальская, 253, 1 этаж — засор канализации, вода стоит в трапах.
""", "windows-1251", "quoted-printable"),
    D("186144", [], PR, "«взяли», выезд после обеда — план"),
    "outlook", irt=dmid(d_ll), hcs="windows-1251")

add("mm", T(17, 12, 40), OLEG_Y, "186144 поз. 2",
    leaf("text/plain", f"""186144 поз. 2 — сантехник выехал

{SIG_YMOB}
""", "utf-8", "base64"),
    R("у заявки 186144 только одна позиция, «поз. 2» нет в реестре"),
    "ymob")

gon_nn = T(17, 14, 5)
bts_nn = T(17, 14, 12)
add("nn", T(17, 14, 30), OLEG, "FW: Fwd: ТТ-2268",
    leaf("text/plain", f"""см. ниже. 186144, мастер на месте.

{SIG_OLEG_SHORT}

{outlook_block(A(BTS), bts_nn, A(OLEG), "Fwd: ТТ-2268")}
Пересылаю.

{SIG_BTS}


{mailru_fwd(A(GONCH), BTS[1], gon_nn, "ТТ-2268")}

на байкальской, пробиваю засор тросом, колодец во дворе полный. часа 1,5 минимум
""", "windows-1251", "quoted-printable"),
    D("186144", [], NM, "forward of forward: мастер -> диспетчер сантехников -> Олег; «на байкальской, пробиваю засор»"),
    "outlook", hcs="windows-1251")

add("oo", T(17, 15, 10), OFFICE, "Сводка по объектам на 17.11.2026 (15:00)",
    leaf("text/plain", f"""Добрый день.

Сводка ГенСтройКомплекс по вашим заявкам на 15:00:
186144 — сантехник на месте (Байкальская, 253), работы идут;
186020 — выполнена 16.11, ожидаем подписанный акт.

Полякова Анна
офис-менеджер ООО «ГенСтройКомплекс»
+7 (3952) 79-44-18
""", "windows-1251", "quoted-printable"),
    R("две разные заявки в одном письме"),
    "outlook", hcs="windows-1251")

add("pp", T(17, 16, 10), BTS, "186144 засор устранён",
    leaf("text/html", """<HTML><BODY><div>Добрый день!</div><div>&nbsp;</div>
<div>По вашей заявке <b>186144</b> (наш номер ТТ-2268) засор канализации в АБК на ул. Байкальская, 253 устранён, система пролита, трапы уходят.</div>
<div>Мастер убыл с объекта в 15:55.</div>
<div>Пломбу на ревизии (№ 183906) восстановили.</div>
<div>&nbsp;</div>
<div>--<br>Мельникова Ирина<br>диспетчер ООО «БайкалТеплоСантех»<br>8 (3952) 66-03-15</div></BODY></HTML>
""", "utf-8", "base64"),
    D("186144", [], UB, "HTML-only; «мастер убыл»; пломба № 183906 — не номер заявки"),
    "mailru", cc=[OLEG])

# ignored: helpdesk auto-reply of the plumbers
add("qq", T(17, 16, 35), BTS, "[ТТ-2275] Обращение зарегистрировано: Re: 186144 засор устранён",
    leaf("text/plain", """Здравствуйте!

Ваше письмо «Re: 186144 засор устранён» получено и зарегистрировано в системе обращений ООО «БайкалТеплоСантех» под номером ТТ-2275.
Срок рассмотрения — 1 рабочий день.

Это письмо сформировано автоматически, отвечать на него не нужно.
Аварийная служба: 8-914-880-22-11
""", "utf-8", "base64"),
    I("автоответ helpdesk-системы субподрядчика"),
    "helpdesk.btsantech.ru", irt=dmid(T(17, 16, 30)),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

# ================================================================== 186291
d_rr = T(18, 7, 12)
rr_mid = dmid(d_rr)
rr_subj = "Заявка 186291 — подключение тепловых завес, склад Трактовая 18"
add("rr", T(18, 8, 5), OLEG, "Прочитано: " + rr_subj,
    multipart("report", [
        leaf("text/plain", f"""Ваше сообщение

  Кому: Кузнецов Олег
  Тема: {rr_subj}
  Отправлено: 18.11.2026 7:12

было прочитано 18.11.2026 8:05.
""", "utf-8", "quoted-printable"),
        f"""Content-Type: message/disposition-notification

Reporting-UA: EXCH01.genstroyk.local; Microsoft Exchange Server 2016
Final-Recipient: rfc822;o.kuznetsov@genstroyk.ru
Original-Message-ID: {rr_mid}
Disposition: manual-action/MDN-sent-manually; displayed
""".encode(),
    ], params="; report-type=disposition-notification"),
    I("уведомление о прочтении (MDN)"),
    "outlook", irt=rr_mid)

add("ss", T(18, 10, 0), OLEG, "RE: " + rr_subj,
    leaf("text/plain", f"""Добрый день.
Приняли в работу, исполнитель ПрофЭлектроМонтаж (ЭМ-0511). Кабель ВВГнг-LS 3х4 закупаем, выезд скорее всего завтра.

{SIG_OLEG_SHORT}

{outlook_block(A(DISPATCH), d_rr, A(OLEG), rr_subj)}
Заявка 186291. Склад, ул. Трактовая, 18.
1 — подключение тепловой завесы КЭВ-12П на воротах №1;
2 — то же, ворота №2.
""", "windows-1251", "quoted-printable"),
    D("186291", [], PR, "«приняли в работу», выезд — план"),
    "outlook", irt=rr_mid, hcs="windows-1251")

add("tt", T(18, 11, 0), OLEG, "186402 выезд",
    leaf("text/plain", f"""По заявке 186402 электрики выехали на объект.

{SIG_OLEG_SHORT}
""", "windows-1251", "quoted-printable"),
    R("номер 186402 отсутствует в реестре"),
    "outlook", hcs="windows-1251")

lyt_uu = T(19, 8, 5)
pem_uu = T(19, 8, 15)
inner_uu = f"""Олег Викторович, пересылаю.

{SIG_PEM}

{tb_fwd("ЭМ-0511 Трактовая", lyt_uu, A(LYTKIN), PEM[1])}


Выезжаем с базы на Трактовую, завесы КЭВ-12П, кабель взяли 60 м. Будем около 9.

{SIG_LYT}"""
txt_uu = f"""Пересылаю. 186291 — в пути.

{yandex_fwd(pem_uu, PEM, inner_uu)}
"""
add("uu", T(19, 8, 40), OLEG_Y, "Fwd: Fwd: ЭМ-0511 Трактовая",
    multipart("alternative", [leaf("text/plain", txt_uu), leaf("text/html", to_html(txt_uu))]),
    D("186291", [], VP, "пересылка пересылки: прораб -> Thunderbird офиса -> Yandex Олега; «выезжаем с базы на Трактовую»"),
    "yandex")

add("vv", T(19, 10, 30), OLEG, "186291 — перенос",
    leaf("text/plain", f"""Коллеги, по 186291 отбой на сегодня. Электрики до склада не доехали: на Объездной встала машина (Газель О 582 ТР 38), вернулись на базу. Выезд переносим на завтра, 20.11, к 9:00.

{SIG_OLEG}
""", "windows-1251", "quoted-printable"),
    R("не доехали, вернулись, перенос на завтра — нового статуса нет"),
    "outlook", hcs="windows-1251")

# Latin look-alikes: 'a' and 'e' in «нa местe», 'o' in «нaчaли прокладку»
add("ww", T(20, 9, 30), LYTKIN, "186291",
    multipart("alternative", [
        leaf("text/plain", f"186291 поз.1 и 2 — нa местe с 9:10, нaчaли прoкладку кабеля.\n\n{SIG_LYT}\n"),
        leaf("text/html", to_html(f"186291 поз.1 и 2 — нa местe с 9:10, нaчaли прoкладку кабеля.\n\n{SIG_LYT}")),
    ]),
    D("186291", ["1", "2"], NM, "латинские a/e/o внутри кириллических слов «нa местe»"),
    "gmail", cc=[OLEG])

pem_xx = T(20, 9, 38)
add("xx", T(20, 9, 45), OLEG, "FW: ЭМ-0511",
    leaf("text/plain", f"""Для сведения.

{outlook_block(A(PEM), pem_xx, A(OLEG), "ЭМ-0511")}
Олег Викторович, по наряду ЭМ-0511 бригада на объекте, начали.

{SIG_PEM}
""", "windows-1251", "quoted-printable"),
    R("только внутренний номер субподрядчика ЭМ-0511, номера заявки заказчика нет"),
    "outlook", hcs="windows-1251")

add("yy", T(20, 16, 5), OLEG, "186291 завесы",
    leaf("text/plain", f"""Добрый день.

186291: обе завесы (п.1 — ворота №1, п.2 — ворота №2) подключены, опробованы на всех режимах. Бригада освободилась в 15:40.

{SIG_OLEG}
""", "windows-1251", "quoted-printable"),
    D("186291", ["1", "2"], UB, "«бригада освободилась» = убыли; номера ворот совпадают с позициями"),
    "outlook", hcs="windows-1251")

# ================================================================== 187005
d_zz = T(19, 8, 12)
add("zz", T(19, 10, 30), SHEST, "Re: Заявка 187005 - примыкания кровли, БЦ Ангара",
    leaf("text/plain", f"""Здравствуйте, Диспетчерская.

Заявку 187005 приняли в работу, у нас К-131. Работать будем после согласования выхода на кровлю с охраной БЦ, нужен пропуск на 3 человек и машину (Hyundai Porter, А 703 ОЕ 138).

Вы писали 19 ноября 2026 г., 8:12:

ДС> Направляем заявку № 187005 от 19.11.2026.
ДС> Объект: БЦ «Ангара», ул. Карла Маркса, 40.
ДС> 1 - ремонт примыкания кровли к парапету;
ДС> 2 - ремонт примыкания к вентшахте.



-- 
С уважением,
 Шестаков                          mailto:shestakov@krovlya-irk.ru
""", "windows-1251", "quoted-printable"),
    D("187005", [], PR, "The Bat!, цитата с инициалами «ДС>»; принята, работы после согласования"),
    "bat", irt=dmid(d_zz), cc=[OLEG], hcs="windows-1251")

d_ab = T(20, 13, 40)
txt_ab = f"""Спасибо, пропуск получили. Тогда выходим в понедельник, 23.11, с 9 утра.

{SIG_SHEST}

{d_num(d_ab).replace(' ', ', ')}, "{DISPATCH[0]}" <{DISPATCH[1]}>:
> Андрей, пропуск на 23.11 по 187005 оформлен, машина А703ОЕ138 внесена в список охраны.
"""
add("ab", T(20, 14, 10), SHEST, "Re: 187005 пропуск на выход на кровлю",
    multipart("alternative", [leaf("text/plain", txt_ab), leaf("text/html", to_html(txt_ab))]),
    R("благодарность за пропуск + план на понедельник"),
    "yandex", irt=dmid(d_ab))

d_ac = T(21, 8, 55)
add("ac", T(21, 8, 56), OLEG, "Автоматический ответ: Заявка 187005 — акт допуска на кровлю",
    leaf("text/plain", """Добрый день!

Я в командировке до 22.11.2026 включительно, доступ к почте ограничен. По срочным вопросам по объектам обращайтесь по тел. +7 (3952) 79-44-18 или на office@genstroyk.ru.

Олег Кузнецов
""", "utf-8", "quoted-printable"),
    I("автоответ Outlook «вне офиса»"),
    "outlook", irt=dmid(d_ac),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", OLEG[1])])

sh_ad = T(23, 9, 5)
add("ad", T(23, 9, 20), OLEG, "FW: Маркса 40 кровля",
    leaf("text/plain", f"""Пересылаю, по 187005.

{SIG_OLEG_SHORT}

{outlook_block(A(SHEST), sh_ad, A(OLEG), "Маркса 40 кровля")}
Мы на месте, К. Маркса 40, поднимаемся на кровлю, охрана пропустила.
""", "windows-1251", "quoted-printable"),
    D("187005", [], NM, "пересылка кровельщика «мы на месте»"),
    "outlook", hcs="windows-1251")

add("ae", T(24, 17, 20), SHEST, "187005 п1",
    leaf("text/plain", f"""187005 п1 парапет готов. старое примыкание сняли, завели техноэласт на парапет 300 мм, сверху фартук из оцинковки. уехали. по вентшахте завтра

{SIG_YMOB}
""", "utf-8", "base64"),
    D("187005", ["1"], UB, "«п1 парапет готов ... уехали»; вентшахта — план"),
    "ymob", cc=[OLEG])

d_af = T(25, 11, 0)
add("af", T(25, 15, 0), OLEG, "RE: 187005 вентшахта",
    leaf("text/plain", f"""Вентшахта (поз. 2) закончена, кровельщики уехали около 14:30. Фото до/после пришлю вечером.

{SIG_OLEG_SHORT}

{outlook_block(A(DISPATCH), d_af, A(OLEG), "187005 вентшахта")}
Олег Викторович, когда ждать завершения по вентшахте?
""", "windows-1251", "quoted-printable"),
    D("187005", ["2"], UB, "поз. 2 закончена, уехали"),
    "outlook", irt=dmid(d_af), hcs="windows-1251")

# ================================================================== 187412
add("ag", T(23, 8, 30), BTS, "Заявка № 187412 — принята",
    leaf("text/plain", f"""Добрый день!

Заявка № 187412 (ИТП, АБК ул. Байкальская, 253) принята в работу, наш номер ТТ-2301.
Выезд бригады — завтра, 24.11, к 9:00. Насос Grundfos UPS 32-80 180 есть на складе.

{SIG_BTS}
""", "utf-8", "base64"),
    D("187412", [], PR, "base64; «принята в работу», выезд — план; UPS 32-80 180 — модель насоса"),
    "mailru", cc=[OLEG])

add("ah", T(24, 8, 50), OLEG_Y, "187412",
    leaf("text/plain", f"""187412 — выезд сантехников в 8:40, ориентировочно к 9:30 на Байкальской.

{SIG_YMOB}
""", "utf-8", "base64"),
    D("187412", [], VP, "«выезд в 8:40», прибытие ещё впереди"),
    "ymob")

add("ai", T(24, 12, 10), OLEG, "187412 ИТП — промежуточно",
    outlook_table_letter("Добрый день. По 187412 на 12:00:",
                         ("Поз.", "Оборудование", "Состояние"),
                         [("1", "теплообменник Ридан НН№14", "выполнено (промывка)"),
                          ("2", "насос Grundfos UPS 32-80", "выполнено (замена)"),
                          ("3", "запорная арматура", "в работе"),
                          ("4", "манометры", "не начато")],
                         "Бригада на объекте, до конца дня должны закончить."),
    R("таблица с разными статусами по позициям (1-2 выполнено, 3 в работе, 4 не начато)"),
    "outlook")

add("ak", T(24, 9, 40), OLEG, "Принято: Совещание по зимнему содержанию кровель",
    multipart("alternative", [
        leaf("text/plain", "", "utf-8", "7bit"),
        leaf("text/calendar", """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кузнецов Олег:mailto:o.kuznetsov@genstroyk.ru
ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART:20261126T020000Z
DTEND:20261126T030000Z
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по зимнему содержанию кровель
UID:040000008200E00074C5B7101A82E00800000000C0A7B5D2E17FDC01000000000000000010000000
SEQUENCE:0
DTSTAMP:20261124T014000Z
END:VEVENT
END:VCALENDAR
""", "utf-8", "base64", params="; method=REPLY"),
    ]),
    I("ответ на приглашение в календаре, сформирован клиентом"),
    "outlook")

add("aj", T(24, 17, 30), OLEG, "187412 ИТП — выполнено",
    outlook_table_letter("Добрый вечер. По заявке 187412 итог:",
                         ("Поз.", "Оборудование", "Состояние"),
                         [("1", "теплообменник Ридан НН№14", "выполнено"),
                          ("2", "насос Grundfos UPS 32-80", "выполнено"),
                          ("3", "запорная арматура (Ду50, 4 шт.)", "выполнено"),
                          ("4", "манометры (6 шт.)", "выполнено, 16:50")],
                         "Убытие бригады — 17:05. Опрессовка 10 кгс/см2, падения давления нет."),
    D("187412", ["1", "2", "3", "4"], UB, "таблица, все четыре позиции выполнены, «убытие бригады 17:05»"),
    "outlook")

# ================================================================== 188060
d_al = T(25, 7, 30)
txt_al = f"""Добрый день.
Принята, наряд-заказ ЭМ-0533. Автовышку заказали на 26.11.

{SIG_PEM}

25.11.2026 07:30, Диспетчерская служба ОМИС пишет:
> Заявка 188060. Замена ламп уличного освещения:
> 1 — фасад БЦ «Ангара»;
> 2 — парковка склада, ул. Трактовая, 18;
> 3 — территория гаража, ул. Рабочего Штаба, 6.
"""
add("al", T(25, 9, 0), PEM, "Re: Заявка 188060 уличное освещение",
    leaf("text/plain", txt_al, "utf-8", "quoted-printable"),
    D("188060", [], PR, "номер только в теме Re: и в цитате; «Принята»"),
    "tb", irt=dmid(d_al), cc=[OLEG])

bounced = dmid(T(25, 10, 14))
add("am", T(25, 10, 15), DAEMON, "Undelivered Mail Returned to Sender",
    multipart("report", [
        leaf("text/plain", """This is the mail system at host mx.genstroyk.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<o.kuznecov@genstroyk.ru>: host mx.genstroyk.ru[127.0.0.1] said: 550 5.1.1
    <o.kuznecov@genstroyk.ru>: Recipient address rejected: User unknown in
    virtual mailbox table
""", "us-ascii", "7bit"),
        f"""Content-Type: message/delivery-status

Reporting-MTA: dns; mx.genstroyk.ru
X-Postfix-Queue-ID: 4RzK7Q1xYbz9tVk
Arrival-Date: Wed, 25 Nov 2026 10:14:58 +0800 (+08)

Final-Recipient: rfc822; o.kuznecov@genstroyk.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <o.kuznecov@genstroyk.ru>: Recipient address
    rejected: User unknown in virtual mailbox table
""".encode(),
        ("Content-Type: text/rfc822-headers\n\n"
         "From: dispatch@zakazchik-omis.ru\nTo: o.kuznecov@genstroyk.ru\n"
         f"Subject: {Header('Заявка 188060 — уточнение по опорам', 'utf-8').encode()}\n"
         f"Date: {format_datetime(T(25, 10, 14).astimezone(MSK))}\nMessage-ID: {bounced}\n").encode(),
    ], params="; report-type=delivery-status"),
    I("bounce: недоставка письма диспетчера на ошибочный адрес"),
    "mx.genstroyk.ru", extra=[("Auto-Submitted", "auto-replied")])

pem_an = T(26, 9, 30)
add("an", T(26, 10, 10), OLEG, "FW: ЭМ-0533 выезд",
    leaf("text/plain", f"""Пересылаю с опозданием — они уже на месте с 9:50, автовышка стоит у главного входа. 188060.

{SIG_OLEG_SHORT}

{outlook_block(A(PEM), pem_an, A(OLEG), "ЭМ-0533 выезд")}
Олег Викторович, бригада выехала на фасад БЦ «Ангара» (поз. 1), ЭМ-0533.

{SIG_PEM}
""", "windows-1251", "quoted-printable"),
    D("188060", ["1"], NM, "пересылка «выехали (поз. 1)», Олег уточняет более поздний факт: уже на месте с 9:50"),
    "outlook", hcs="windows-1251")

news_txt = """ПрофЭлектроМонтаж — новости и акции

Декабрьская акция: светодиодное освещение со скидкой 15%
При заказе замены уличных и офисных светильников до 31.12.2026 — скидка 15% на монтаж и бесплатный светотехнический расчёт.

Также в декабре:
— тепловизионное обследование щитов — от 3 500 руб.;
— испытания и замеры электроустановок (лаборатория, свидетельство № 0127-2024).

Звоните: (3952) 50-17-22, pem38.ru

Вы получили это письмо, так как являетесь клиентом ООО «ПрофЭлектроМонтаж». Отписаться: https://pem38.ru/unsubscribe?u=8f41c2
"""
add("ao", T(26, 11, 0), PEM_NEWS, "Декабрьская акция: светодиодное освещение со скидкой 15%",
    multipart("alternative", [leaf("text/plain", news_txt, "utf-8", "quoted-printable"),
                              leaf("text/html", to_html(news_txt, "Tahoma"), "utf-8", "quoted-printable")]),
    I("рассылка субподрядчика (List-Unsubscribe, Precedence: bulk)"),
    "mailer.pem38.ru",
    extra=[("Precedence", "bulk"), ("List-Id", "PEM news <news.pem38.ru>"),
           ("List-Unsubscribe", "<mailto:unsubscribe@pem38.ru?subject=unsub-8f41c2>, <https://pem38.ru/unsubscribe?u=8f41c2>"),
           ("X-Mailer", "UniSender")])

lyt_ap = T(26, 15, 6)
txt_ap = f"""Добрый день, пересылаю по просьбе Кузнецова О.В. Это по 188060, поз. 1.

{gmail_fwd(A(LYTKIN), lyt_ap, "фасад Ангара ЭМ-0533", PEM[1])}
Фасад — все 8 опор, лампы ДНаТ 250 поменяли на светодиодные 100 Вт (Feron SP2930). Проверили по фотореле, включаются. Свернулись в 15:00, вышку отпустили.

{SIG_LYT}
"""
add("ap", T(26, 15, 20), LYTKIN, "Fwd: фасад Ангара ЭМ-0533",
    multipart("alternative", [leaf("text/plain", txt_ap), leaf("text/html", to_html(txt_ap))]),
    D("188060", ["1"], UB, "прораб пересылает (Gmail) своё письмо офису; «свернулись в 15:00»; поз. 1 в его строке"),
    "gmail", cc=[OLEG])

add("aq", T(26, 16, 0), SHEST, "Коммерческое предложение: зимнее содержание кровель 2026/27",
    multipart("alternative", [
        leaf("text/plain", f"""Добрый день.

Предлагаем заключить договор на зимнее содержание кровель ваших объектов в Иркутске на сезон 2026/27 — как по заявке 185377, только по графику, без отдельных заявок.

Расценки:
— очистка кровли от снега — 85 руб./м2;
— сбивание сосулек и наледи — 450 руб./п.м;
— дежурный выезд после снегопада — 6 500 руб.

Готовы обсудить на совещании 26.11.

{SIG_SHEST}
"""),
        leaf("text/html", to_html(f"""Добрый день.

Предлагаем заключить договор на зимнее содержание кровель ваших объектов в Иркутске на сезон 2026/27 — как по заявке 185377, только по графику, без отдельных заявок.

Расценки:
— очистка кровли от снега — 85 руб./м2;
— сбивание сосулек и наледи — 450 руб./п.м;
— дежурный выезд после снегопада — 6 500 руб.

Готовы обсудить на совещании 26.11.

{SIG_SHEST}""")),
    ]),
    R("коммерческое предложение, цены; 185377 упомянута как пример"),
    "yandex", cc=[OLEG])

add("ar", T(27, 9, 0), OLEG, "188060 (2)",
    leaf("text/plain", f"""Бригада убыла с базы (ул. Сергеева, 3/5) на парковку склада на Трактовой, автовышка идёт следом.

{SIG_OLEG_SHORT}
""", "windows-1251", "quoted-printable"),
    D("188060", ["2"], VP, "«убыла С БАЗЫ НА парковку» — едут на объект, т.е. в пути; позиция в скобках в теме"),
    "outlook", hcs="windows-1251")

add("as", T(27, 11, 30), OLEG, "188060 п.3 — суббота?",
    leaf("text/plain", f"""Коллеги, добрый день.

По 188060 п.3 (территория гаража) — можно ли выйти в субботу, 28.11? Нужно, чтобы охрана пустила автовышку (гос. номер Е 219 НА 38). Подтвердите, пожалуйста.

{SIG_OLEG}
""", "windows-1251", "quoted-printable"),
    R("вопрос о допуске в субботу, статуса нет"),
    "outlook", hcs="windows-1251")

lyt_at = T(27, 16, 5)
pem_at = T(27, 16, 18)
add("at", T(27, 16, 40), OLEG, "FW: Fwd: Трактовая парковка",
    leaf("text/plain", f"""Для сведения: 188060, позиция 2 закрыта.

{SIG_OLEG_SHORT}

{outlook_block(A(PEM), pem_at, A(OLEG), "Fwd: Трактовая парковка", style="orig")}

Пересылаю, ЭМ-0533 поз.2.

{SIG_PEM}

{tb_fwd("Трактовая парковка", lyt_at, A(LYTKIN), PEM[1])}


Трактовая парковка готово, 6 светильников, все горят. Уехали с объекта в 16:00.

{SIG_LYT}
""", "windows-1251", "quoted-printable"),
    D("188060", ["2"], UB, "forward of forward, Outlook «-----Original Message-----»; «уехали с объекта»"),
    "outlook", hcs="windows-1251")

add("au", T(28, 10, 20), OLEG_Y, "188060 п.3",
    leaf("text/plain", f"""электрики на месте, территория гаража, вышку пустили. Спасибо охране

{SIG_YMOB}
""", "utf-8", "base64"),
    D("188060", ["3"], NM, "номер и позиция в теме «188060 п.3»; «на месте»"),
    "ymob")


# ================================================================== write out
def main():
    let_dir = os.path.join(OUT, "letters")
    os.makedirs(let_dir, exist_ok=True)
    for f in os.listdir(let_dir):
        if f.endswith(".eml"):
            os.remove(os.path.join(let_dir, f))
    LETTERS.sort(key=lambda L: L["dt"])
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(let_dir, name), "wb") as fh:
            fh.write(build(L))
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(LETTERS), "letters written")


if __name__ == "__main__":
    main()
