#!/usr/bin/env python3
"""Generator of the DF test-letter corpus (АО «ФМ-Регион», Нижний Новгород).

Run:  python3 make.py        -> writes letters/NNN.eml, labels.json, registry.json
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from email import charset as cs
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
TZ = dt.timezone(dt.timedelta(hours=3))
DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "АО «ФМ-Регион»",
        "emails": [
            "sd@fm-region.ru", "noreply@fm-region.ru", "news@fm-region.ru",
            "MAILER-DAEMON@fm-region.ru", "postmaster@fm-region.ru",
            "a.smirnov@fm-region.ru", "m.guseva@fm-region.ru", "d.ryabov@fm-region.ru",
            "i.kolesnikov@fm-region.ru", "p.tarasov@fm-region.ru", "v.lapshin@fm-region.ru",
            "o.zaytseva@fm-region.ru", "a.belov@fm-region.ru", "r.shestakov@fm-region.ru",
            "g.nosov@fm-region.ru", "e.kuzmin@fm-region.ru",
        ],
        "domains": ["fm-region.ru"],
    },
    "requests": [
        {"number": "1120417", "positions": ["1", "2"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "Электрика, БЦ «Ильинский», ул. Ильинская, 12: п.1 ВРУ-1 (щитовая), п.2 освещение подземного паркинга. SD-0048213"},
        {"number": "1121086", "positions": ["1"], "registered_at": "2026-11-03T10:15:00+03:00",
         "comment": "Вентиляция, склад, Московское шоссе, 52: приточная установка ПВ-2. SD-0048377"},
        {"number": "1121532", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "ТО сплит-систем, БЦ «Волжский», ул. Родионова, 165 к.13: п.1 2 этаж, п.2 3 этаж, п.3 4 этаж, п.4 5 этаж. SD-0048590"},
        {"number": "1122208", "positions": ["1", "2"], "registered_at": "2026-11-06T13:20:00+03:00",
         "comment": "Сантехника, протечка, ул. Максима Горького, 117: п.1 подвал (стояк ХВС), п.2 с/у 3 этажа. SD-0048702"},
        {"number": "1122975", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "ТО ДГУ, производственный корпус, ул. Бетанкура, 3: п.1 ДГУ-1, п.2 ДГУ-2, п.3 АВР. SD-0048855"},
        {"number": "1123340", "positions": ["1"], "registered_at": "2026-11-10T14:05:00+03:00",
         "comment": "Секционные ворота рампы, склад, ул. Ларина, 7. SD-0048931"},
        {"number": "1124019", "positions": ["01", "02", "03"], "registered_at": "2026-11-11T09:10:00+03:00",
         "comment": "Наружное освещение, промплощадка ул. Коминтерна, 39: опоры 01 (КПП), 02 (парковка), 03 (склад). SD-0049015"},
        {"number": "1124663", "positions": ["1", "2"], "registered_at": "2026-11-12T07:45:00+03:00",
         "comment": "Кровля, наледь/водостоки, ТЦ на пр. Ленина, 22: п.1 корпус А, п.2 корпус Б. SD-0049077"},
        {"number": "1125190", "positions": ["1"], "registered_at": "2026-11-16T11:00:00+03:00",
         "comment": "АПС, ложные срабатывания, офис ул. Белинского, 61. SD-0049210"},
        {"number": "1126008", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T16:30:00+03:00",
         "comment": "Освещение фасада гостиницы, ул. Рождественская, 24: п.1 северный фасад, п.2 южный фасад, п.3 вывеска. SD-0049388"},
        {"number": "1126741", "positions": ["1", "2"], "registered_at": "2026-11-19T07:20:00+03:00",
         "comment": "Отопление, ул. Варварская, 32: п.1 ИТП корп.1, п.2 ИТП корп.2. SD-0049502"},
        {"number": "1127355", "positions": ["1"], "registered_at": "2026-11-19T15:00:00+03:00",
         "comment": "Замена светильников, офис ул. Костина, 2, 5 этаж. SD-0049666"},
        {"number": "1128102", "positions": ["1", "2", "3"], "registered_at": "2026-11-24T09:00:00+03:00",
         "comment": "Холодильное оборудование ресторана, ул. Большая Покровская, 15: п.1 камера НТ, п.2 камера СТ, п.3 льдогенератор. SD-0049781"},
    ],
}

# ---------------------------------------------------------------- people
ENG = {
    "smirnov": ("Смирнов Алексей Викторович", "a.smirnov@fm-region.ru", "ведущий инженер-электрик", "+7 (910) 382-44-17"),
    "ryabov": ("Рябов Денис Сергеевич", "d.ryabov@fm-region.ru", "инженер ОВиК", "+7 (920) 015-63-08"),
    "kolesnikov": ("Колесников Игорь Петрович", "i.kolesnikov@fm-region.ru", "мастер сантехнического участка", "+7 (904) 791-20-55"),
    "tarasov": ("Тарасов Павел Николаевич", "p.tarasov@fm-region.ru", "инженер слаботочных систем", "+7 (952) 461-08-33"),
    "guseva": ("Гусева Марина Александровна", "m.guseva@fm-region.ru", "координатор по договору ОМИС", "+7 (831) 413-27-05"),
    "lapshin": ("Лапшин Виктор", "v.lapshin@fm-region.ru", "техник по воротам и дверям", "+7 (987) 540-11-62"),
    "zaytseva": ("Зайцева Ольга", "o.zaytseva@fm-region.ru", "диспетчер службы эксплуатации", "+7 (831) 413-27-00"),
    "belov": ("Белов Артём Игоревич", "a.belov@fm-region.ru", "инженер-энергетик", "+7 (915) 933-70-14"),
    "shestakov": ("Шестаков Роман", "r.shestakov@fm-region.ru", "мастер участка высотных работ", "+7 (908) 166-02-49"),
    "nosov": ("Носов Глеб Андреевич", "g.nosov@fm-region.ru", "инженер-теплотехник", "+7 (930) 702-18-86"),
    "kuzmin": ("Кузьмин Евгений", "e.kuzmin@fm-region.ru", "инженер по холодильному оборудованию", "+7 (962) 509-33-71"),
}

FOOTER_COMPANY = ("АО «ФМ-Регион», ИНН 5262318845, КПП 526201001\n"
                  "603005, г. Нижний Новгород, ул. Алексеевская, д. 10/16\n"
                  "Круглосуточная диспетчерская: +7 (831) 413-27-00")


# ---------------------------------------------------------------- helpers
def d(day, hh, mm, ss=0):
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


def enc_header(text, charset="utf-8", q=False):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    c = cs.Charset(charset)
    c.header_encoding = cs.QP if q else cs.BASE64
    return Header(text, c).encode()


def addr(name, email, charset="utf-8"):
    return formataddr((name, email), charset=charset)


def text_part(body, subtype="plain", charset="utf-8", cte="base64"):
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    m["Content-Transfer-Encoding"] = cte
    raw = body.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = "@@RAW8BIT@@"
        m._raw8 = raw  # substituted at serialisation time
    else:
        payload = body
    m.set_payload(payload)
    return m


def multipart(subtype, parts, **params):
    m = Message()
    boundary = "----=_Part_" + hashlib.md5(repr([p.as_string() for p in parts]).encode()).hexdigest()[:20]
    extra = "".join(f'; {k.replace("_", "-")}="{v}"' for k, v in params.items())
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    m.set_payload(list(parts))
    return m


def dsn_part(text):
    from email import message_from_string
    p = Message()
    p["Content-Type"] = "message/delivery-status"
    p.set_payload([message_from_string(b + "\n") for b in text.strip("\n").split("\n\n")])
    return p


def msgid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:8].upper()}.{h[8:16]}@{domain}>"


def outlook_msgid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}${h[12:20]}${h[20:28]}@fm-region.ru>"


def finalize(body_msg, headers):
    """headers: list of (name, value) put on top of body_msg (keeps body's Content-* headers)."""
    top = Message()
    for k, v in headers:
        top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in body_msg.items():
        top[k] = v
    top.set_payload(body_msg.get_payload())
    if hasattr(body_msg, "_raw8"):
        top._raw8 = body_msg._raw8
    return top


def serialise(m):
    s = m.as_string()
    b = s.encode("ascii")
    raw = getattr(m, "_raw8", None)
    if raw is not None:
        b = b.replace(b"@@RAW8BIT@@", raw)
    return b


# ---------------------------------------------------------------- builders
def sd_letter(key, when, eng, ticket, subject, text, status="В работе", prio="Высокий", cat="Электрика",
              obj=None, custno=None, history=None, html=False, cte="base64", reply=True):
    name, email_, title, phone = ENG[eng]
    short = name.split()[0] + " " + name.split()[1]
    lines = [f"Обращение SD-00{ticket}",
             f"Статус обращения: {status}",
             f"Приоритет: {prio}",
             f"Категория: {cat}"]
    if custno:
        lines.append(f"Номер заявки заказчика: {custno}")
    if obj:
        lines.append(f"Объект: {obj}")
    lines.append(f"Исполнитель: {name}")
    head = "\n".join(lines)
    sig = f"С уважением,\n{name}\n{title}\nАО «ФМ-Регион» | Служба эксплуатации\nмоб. {phone}"
    foot = ("Сообщение отправлено из системы Service Desk АО «ФМ-Регион».\n"
            f"Чтобы ответить, не меняйте тему письма и сохраните метку [##{ticket}##].\n"
            + FOOTER_COMPANY)
    parts = [head, "-" * 46, text.strip(), "", sig, "-" * 46]
    if history:
        parts.append("История обращения:")
        parts.append(history.strip())
        parts.append("-" * 46)
    parts.append(foot)
    plain = "\n".join(parts) + "\n"
    if html:
        def esc(s):
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        rows = "".join(f"<tr><td style=\"color:#666\">{esc(l.split(':', 1)[0])}:</td><td><b>{esc(l.split(':', 1)[1].strip())}</b></td></tr>"
                       if ":" in l else f"<tr><td colspan=2><b>{esc(l)}</b></td></tr>" for l in lines)
        body_html = "<br>\n".join(esc(x) for x in text.strip().split("\n"))
        hist_html = ""
        if history:
            hist_html = ("<div style=\"color:#888;border-top:1px solid #ccc;margin-top:10px\"><b>История обращения:</b><br>"
                         + "<br>\n".join(esc(x) for x in history.strip().split("\n")) + "</div>")
        h = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             f"<body style=\"font-family:Arial;font-size:10pt\">\n"
             f"<table style=\"background:#f2f5f9;border:1px solid #c9d3e0\" cellpadding=3>{rows}</table>\n"
             f"<div style=\"margin:12px 0\">{body_html}</div>\n"
             f"<div>{'<br>'.join(esc(x) for x in sig.split(chr(10)))}</div>\n{hist_html}\n"
             f"<div style=\"color:#999;font-size:8pt;margin-top:14px\">{'<br>'.join(esc(x) for x in foot.split(chr(10)))}</div>"
             f"</body></html>\n")
        if html == "only":
            body = text_part(h, "html", "utf-8", cte)
        else:
            body = multipart("alternative", [text_part(plain, "plain", "utf-8", cte), text_part(h, "html", "utf-8", cte)])
    else:
        body = text_part(plain, "plain", "utf-8", cte)
    hdrs = [("From", addr(f"{short} (ФМ-Регион Service Desk)", "sd@fm-region.ru")),
            ("Reply-To", "sd@fm-region.ru"),
            ("To", addr(DISPATCH_NAME, DISPATCH)),
            ("Subject", enc_header(subject)),
            ("Date", format_datetime(when)),
            ("Message-ID", msgid(key, "sd.fm-region.ru")),
            ("X-Mailer", "FM-Region ServiceDesk 11.4"),
            ("X-SD-Ticket", f"SD-00{ticket}")]
    if reply:
        hdrs.append(("In-Reply-To", msgid("disp-" + str(ticket), "zakazchik-omis.ru")))
    return finalize(body, hdrs)


def outlook_letter(key, when, eng, subject, text, charset="windows-1251", cte="quoted-printable",
                   html=None, to=None, cc=None, extra=None, mailer="Microsoft Outlook 16.0", sig=True,
                   in_reply=None, q_subject=False):
    name, email_, title, phone = ENG[eng]
    body_text = text.rstrip() + "\n"
    if sig is True:
        body_text = text.rstrip("\n")
        # put signature before quoted block if a marker is present
        s = f"\n\n--\n{name}\n{title}\nАО «ФМ-Регион»\nтел. {phone}\n"
        if "@@SIG@@" in body_text:
            body_text = body_text.replace("@@SIG@@", s.strip("\n"))
        else:
            body_text += s
    elif isinstance(sig, str):
        body_text = text.replace("@@SIG@@", sig)
    if html is not None:
        body = multipart("alternative", [text_part(body_text, "plain", charset, cte), text_part(html, "html", charset, cte)])
    else:
        body = text_part(body_text, "plain", charset, cte)
    hdrs = [("From", addr(name, email_, charset)),
            ("To", to or addr(DISPATCH_NAME, DISPATCH, charset))]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", enc_header(subject, charset, q=q_subject)),
             ("Date", format_datetime(when)),
             ("Message-ID", outlook_msgid(key))]
    if in_reply:
        hdrs.append(("In-Reply-To", in_reply))
        hdrs.append(("References", in_reply))
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    for k, v in (extra or []):
        hdrs.append((k, v))
    return finalize(body, hdrs)


def disp_id(seed):
    return msgid("disp-" + seed, "zakazchik-omis.ru")


LETTERS = []  # (when, key, message, label)


def add(when, key, m, expect, request=None, positions=None, status=None, note=""):
    lab = {"expect": expect}
    if expect == "decided":
        lab.update({"request": request, "positions": positions, "status": status})
    lab["note"] = note
    LETTERS.append((when, key, m, lab))


def ack(key, when, ticket, subj, custno, prio="Высокий", cat="Электрика"):
    text = (f"Здравствуйте!\n\n"
            f"Ваше обращение зарегистрировано в системе Service Desk АО «ФМ-Регион».\n\n"
            f"Номер обращения: SD-00{ticket}\n"
            f"Тема: {subj}\n"
            f"Статус: Новое\n"
            f"Приоритет: {prio}\n"
            f"Категория: {cat}\n\n"
            f"Обращение принято к рассмотрению, ответственный исполнитель будет назначен в ближайшее время.\n"
            f"Для переписки по обращению отвечайте на это письмо, не меняя тему: метка [##{ticket}##] обязательна.\n\n"
            f"Это письмо сформировано автоматически, отвечать на него не нужно.\n\n{FOOTER_COMPANY}\n")
    body = text_part(text, "plain", "utf-8", "base64")
    hdrs = [("From", addr("Service Desk ФМ-Регион", "sd@fm-region.ru")),
            ("To", addr(DISPATCH_NAME, DISPATCH)),
            ("Subject", enc_header(f"[##{ticket}##] Обращение зарегистрировано: {subj}")),
            ("Date", format_datetime(when)),
            ("Message-ID", msgid(key, "sd.fm-region.ru")),
            ("In-Reply-To", disp_id(custno)),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("Precedence", "auto_reply"),
            ("X-Mailer", "FM-Region ServiceDesk 11.4"),
            ("X-SD-Ticket", f"SD-00{ticket}")]
    return finalize(body, hdrs)


# ====================================================================== LETTERS
# ---------------------------------------------------------------- newsletter
news_html = """<html><body style="font-family:Arial">
<h2 style="color:#1b4f8a">АО «ФМ-Регион» — информационная рассылка</h2>
<p>Уважаемые партнёры!</p>
<p>Напоминаем, что 4 ноября 2026 г. (День народного единства) — нерабочий праздничный день.
Офис не работает, круглосуточная диспетчерская служба и дежурные бригады работают в обычном режиме:
+7 (831) 413-27-00, sd@fm-region.ru.</p>
<p>Плановые работы, назначенные на 04.11, будут выполнены 05.11 — ответственные инженеры свяжутся с вами дополнительно.</p>
<p style="font-size:8pt;color:#888">Вы получили это письмо, так как являетесь заказчиком АО «ФМ-Регион».
<a href="https://fm-region.ru/unsubscribe?id=omis-7731">Отписаться от рассылки</a></p>
</body></html>
"""
news_plain = ("АО «ФМ-Регион» — информационная рассылка\n\nУважаемые партнёры!\n\n"
              "Напоминаем, что 4 ноября 2026 г. (День народного единства) — нерабочий праздничный день.\n"
              "Офис не работает, круглосуточная диспетчерская служба и дежурные бригады работают в обычном режиме:\n"
              "+7 (831) 413-27-00, sd@fm-region.ru.\n\n"
              "Плановые работы, назначенные на 04.11, будут выполнены 05.11.\n\n"
              "Отписаться: https://fm-region.ru/unsubscribe?id=omis-7731\n")
m = finalize(multipart("alternative", [text_part(news_plain, "plain", "utf-8", "quoted-printable"),
                                        text_part(news_html, "html", "utf-8", "quoted-printable")]),
             [("From", addr("АО «ФМ-Регион»", "news@fm-region.ru")),
              ("To", addr(DISPATCH_NAME, DISPATCH)),
              ("Subject", enc_header("График работы в праздничный день 4 ноября")),
              ("Date", format_datetime(d(2, 7, 30))),
              ("Message-ID", msgid("news-1102", "mail.fm-region.ru")),
              ("Precedence", "bulk"),
              ("List-Id", "<partners.fm-region.ru>"),
              ("List-Unsubscribe", "<https://fm-region.ru/unsubscribe?id=omis-7731>, <mailto:unsubscribe@fm-region.ru>"),
              ("X-Mailer", "UniSender")])
add(d(2, 7, 30), "news", m, "ignored", note="bulk newsletter (Precedence: bulk, List-Unsubscribe)")

# ---------------------------------------------------------------- 1120417  SD 48213
T = 48213
SUBJ = "Заявка 1120417 — ВРУ-1 / освещение паркинга"
OBJ = "БЦ «Ильинский», ул. Ильинская, 12"
add(d(2, 8, 52), "a-ack", ack("a-ack", d(2, 8, 52), T, SUBJ, "1120417"), "ignored",
    note="SD auto-acknowledgement 'Обращение зарегистрировано' (Auto-Submitted: auto-generated); 'принято к рассмотрению' is machine text")

add(d(2, 9, 20), "a2", sd_letter("a2", d(2, 9, 20), "smirnov", T, f"Re: [##{T}##] {SUBJ}",
    "Добрый день.\nЗаявку взяли в работу. Ответственный — Смирнов А.В., моб. +7 (910) 382-44-17.\n"
    "По ВРУ-1 электрик будет сегодня до обеда, освещение паркинга — после.",
    status="Назначено", obj=OBJ),
    "decided", "1120417", [], "заявка принята", "accepted into work; rest are plans")

add(d(2, 10, 48), "a3", sd_letter("a3", d(2, 10, 48), "smirnov", T, f"[##{T}##] {SUBJ}",
    "По п.1 (ВРУ-1) электрик Лаптев К. выехал, ориентировочно будет к 11:30.\nМашина — Лада Ларгус Н 507 ОР 152.",
    status="В работе", obj=OBJ),
    "decided", "1120417", ["1"], "подрядчик в пути", "'по п.1 ... выехал'; car plate is not a number of interest")

body = """На месте, в щитовой -1 этажа. Подгорел автомат ABB S203 C32 на 4-й линии, меняем, нагрузку временно перекинули на резерв.
@@SIG@@
"""
add(d(2, 11, 41), "a4", outlook_letter("a4", d(2, 11, 41), "smirnov", "1120417 поз 1", body),
    "decided", "1120417", ["1"], "подрядчик на месте", "subject '1120417 поз 1', body 'на месте'")

add(d(2, 14, 15), "a5", sd_letter("a5", d(2, 14, 15), "smirnov", T, f"[##{T}##] Re: {SUBJ}",
    "По ВРУ закончили в 14:05 — автомат заменили, протяжку контактов сделали.\n"
    "Электрик перешёл на парковку (поз. 2), начал осмотр светильников.",
    status="В работе", obj=OBJ),
    "review", note="different statuses for different positions: п.1 finished (убыл), п.2 on site")

add(d(2, 16, 35), "a6", sd_letter("a6", d(2, 16, 35), "smirnov", T, f"[##{T}##] Re: {SUBJ}",
    "Обе позиции выполнены.\n"
    "1) ВРУ-1 — заменён автомат, контакты протянуты, замеры сопротивления изоляции в норме.\n"
    "2) Паркинг — заменено 14 светильников ДПО-40, восстановлена линия ЩО-2.\n"
    "Бригада убыла в 16:20. Акт пришлём завтра.",
    status="В работе", obj=OBJ,
    history="02.11.2026 14:15 — Смирнов А.В.: По ВРУ закончили в 14:05 ... Электрик перешёл на парковку (поз. 2)\n"
            "02.11.2026 10:48 — Смирнов А.В.: По п.1 (ВРУ-1) электрик Лаптев К. выехал, ориентировочно будет к 11:30.\n"
            "02.11.2026 09:20 — Смирнов А.В.: Заявку взяли в работу.\n"
            "02.11.2026 08:52 — Система: Обращение зарегистрировано."),
    "decided", "1120417", ["1", "2"], "подрядчик убыл",
    "both positions done, 'бригада убыла'; system header still says 'В работе'; history block is quoted")

survey_txt = (f"Здравствуйте!\n\nОбращение SD-00{T} (заявка заказчика 1120417, {OBJ}) выполнено.\n"
              "Пожалуйста, оцените качество работы наших специалистов — это займёт не более минуты:\n"
              f"https://fm-region.ru/survey?t=SD-00{T}&k=6f2a91\n\n"
              "Спасибо, что вы с нами!\nАО «ФМ-Регион»\n\nПисьмо отправлено автоматически, не отвечайте на него.\n")
survey_html = (f"<html><body style=\"font-family:Arial\"><p>Здравствуйте!</p><p>Обращение <b>SD-00{T}</b> "
               f"(заявка заказчика 1120417, {OBJ}) выполнено.</p><p>Оцените, пожалуйста, качество работы:</p>"
               + "".join(f"<a href=\"https://fm-region.ru/survey?t=SD-00{T}&amp;k=6f2a91&amp;r={i}\" "
                         f"style=\"padding:6px 10px;background:#1b4f8a;color:#fff;margin:2px\">{i}</a>" for i in range(1, 6))
               + "<p style=\"color:#999;font-size:8pt\">Письмо отправлено автоматически, не отвечайте на него.</p></body></html>\n")
m = finalize(multipart("alternative", [text_part(survey_txt, "plain", "utf-8", "base64"),
                                        text_part(survey_html, "html", "utf-8", "base64")]),
             [("From", addr("ФМ-Регион — оценка качества", "noreply@fm-region.ru")),
              ("To", addr(DISPATCH_NAME, DISPATCH)),
              ("Subject", enc_header(f"Оцените выполнение обращения SD-00{T} (заявка 1120417)")),
              ("Date", format_datetime(d(3, 9, 0))),
              ("Message-ID", msgid("survey-48213", "mail.fm-region.ru")),
              ("Auto-Submitted", "auto-generated"),
              ("Precedence", "bulk"),
              ("List-Unsubscribe", "<https://fm-region.ru/survey/unsubscribe?id=omis-7731>")])
add(d(3, 9, 0), "a-survey", m, "ignored", note="automatic satisfaction survey invitation (bulk, auto-generated)")

# ---------------------------------------------------------------- 1121086  SD 48377
T = 48377
SUBJ = "Заявка № 1121086 - не работает ПВ-2"
OBJ = "Склад, Московское шоссе, 52"
add(d(3, 10, 21), "b-ack", ack("b-ack", d(3, 10, 21), T, SUBJ, "1121086", cat="Вентиляция"), "ignored",
    note="SD auto-acknowledgement")

body = """Полина, добрый день.

Заявку № 1121086 принял. Выезд планируем завтра с утра, список на пропуск пришлю отдельно.
@@SIG@@

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 3 ноября 2026 г. 10:12
Кому: Рябов Денис Сергеевич <d.ryabov@fm-region.ru>
Тема: Заявка № 1121086 - не работает ПВ-2

Денис Сергеевич, добрый день!
На складе (Московское ш., 52) не запускается приточная установка ПВ-2, авария по термоконтакту двигателя.
Прошу принять заявку и сообщить время выезда.

Иванова Полина
диспетчер ОМИС
"""
add(d(3, 11, 5), "b2", outlook_letter("b2", d(3, 11, 5), "ryabov", "RE: " + SUBJ, body, in_reply=disp_id("1121086")),
    "decided", "1121086", [], "заявка принята", "'Заявку принял'; trip is a plan; Outlook quote below")

add(d(4, 8, 10), "b4", sd_letter("b4", d(4, 8, 10), "ryabov", T, f"[##{T}##] {SUBJ}",
    "Выезжаем на Московское ш., 52, будем минут через 40.", status="Назначено", cat="Вентиляция", obj=OBJ),
    "decided", "1121086", [], "подрядчик в пути", "'выезжаем, будем через 40 минут' = on the way")

add(d(4, 9, 12), "b5", sd_letter("b5", d(4, 9, 12), "ryabov", T, f"Re: [##{T}##] {SUBJ}",
    "Прибытие на объект — 09:05.\nПриступили к диагностике ПВ-2, термоконтакт двигателя сработал, проверяем ремень и подшипники.",
    status="В работе", cat="Вентиляция", obj=OBJ, html=True, cte="quoted-printable"),
    "decided", "1121086", [], "подрядчик на месте", "noun form 'Прибытие на объект — 09:05'; multipart/alternative")

body = """Прибытие 09:05.
Ремень привода вентилятора (SPA 1250) заменён, натяжение отрегулировано, подшипники в норме. Установка запущена, работает в автомате, ток двигателя 6,8 А.
Убытие 12:40.
@@SIG@@
"""
add(d(4, 12, 55), "b6", outlook_letter("b6", d(4, 12, 55), "ryabov", "1121086 (1)", body, cte="base64"),
    "decided", "1121086", ["1"], "подрядчик убыл", "noun forms: Прибытие 09:05 and Убытие 12:40 both reported; latest = убыл")

body = """1121086 поз.2 — ПВ-3 на том же складе: выехали, будем к 14:00.
@@SIG@@
"""
add(d(5, 13, 10), "n5", outlook_letter("n5", d(5, 13, 10), "ryabov", "1121086 поз.2", body),
    "review", note="request 1121086 has only position 1; position 2 does not exist")

# ---------------------------------------------------------------- 1121532  SD 48590
T = 48590
OBJ = "БЦ «Волжский», ул. Родионова, 165, корп. 13"
add(d(5, 9, 40), "c1", sd_letter("c1", d(5, 9, 40), "ryabov", T, f"[##{T}##] ТО сплит-систем, БЦ Волжский",
    "Принято. ТО сплит-систем по четырём этажам проведём 06–09.11, график согласую с администратором здания.",
    status="Назначено", prio="Средний", cat="Кондиционирование", obj=OBJ, custno="1121532"),
    "decided", "1121532", [], "заявка принята", "request number only in the system field 'Номер заявки заказчика'")

ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Рябов Денис Сергеевич:mailto:d.ryabov@fm-region.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Обход БЦ «Волжский» по заявке 1121532
DTSTART;TZID=Russian Standard Time:20261106T100000
DTEND;TZID=Russian Standard Time:20261106T110000
UID:040000008200E00074C5B7101A82E00800000000F0A3C1D7B06BDD01000000000000000010000000
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:ул. Родионова, 165, корп. 13
SEQUENCE:0
DTSTAMP:20261105T090000Z
END:VEVENT
END:VCALENDAR
"""
cal = multipart("alternative", [text_part("\n", "plain", "utf-8", "base64"),
                                text_part(ics, "calendar", "utf-8", "base64")])
cal.get_payload()[1].replace_header("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY')
m = finalize(cal, [("From", addr("Рябов Денис Сергеевич", "d.ryabov@fm-region.ru")),
                   ("To", addr(DISPATCH_NAME, DISPATCH)),
                   ("Subject", enc_header("Принято: Обход БЦ «Волжский» по заявке 1121532")),
                   ("Date", format_datetime(d(5, 12, 0))),
                   ("Message-ID", outlook_msgid("c-cal")),
                   ("Content-Class", "urn:content-classes:calendarmessage"),
                   ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAADwo8HXsGvdAQ=="),
                   ("X-Mailer", "Microsoft Outlook 16.0")])
add(d(5, 12, 0), "c-cal", m, "ignored", note="calendar meeting response generated by Outlook ('Принято:' = meeting accepted)")


def summary_html(title, intro, rows, outro, greet="Добрый вечер"):
    th = "".join(f"<th style=\"border:1px solid #999;background:#dde5f0;padding:4px\">{h}</th>"
                 for h in ["Поз.", "Этаж / участок", "Объём", "Статус", "Время"])
    tr = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:4px\">{c}</td>" for c in r) + "</tr>\n" for r in rows)
    h = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         f"<body style=\"font-family:Calibri,Arial;font-size:11pt\">\n<p>{greet}, коллеги!</p>\n<p>{intro}</p>\n"
         f"<p><b>{title}</b></p>\n<table style=\"border-collapse:collapse\">\n<tr>{th}</tr>\n{tr}</table>\n"
         f"<p>{outro}</p>\n<p>--<br>Гусева Марина Александровна<br>координатор по договору ОМИС<br>АО «ФМ-Регион»<br>"
         f"+7 (831) 413-27-05</p>\n</body></html>\n")
    p = (f"{greet}, коллеги!\n\n{intro}\n\n{title}\n\n"
         + "\n".join(" | ".join(r) for r in rows)
         + f"\n\n{outro}\n\n--\nГусева Марина Александровна\nкоординатор по договору ОМИС\nАО «ФМ-Регион»\n+7 (831) 413-27-05\n")
    return p, h


p, h = summary_html("Сводка по заявке 1121532 (БЦ «Волжский») за 06.11.2026",
                    "Направляю сводку по ТО кондиционеров за сегодня.",
                    [["1", "2 этаж", "11 блоков", "Выполнено, бригада убыла", "17:40"],
                     ["2", "3 этаж", "9 блоков", "Выполнено, бригада убыла", "17:40"],
                     ["3", "4 этаж", "12 блоков", "Запланировано", "07.11"],
                     ["4", "5 этаж", "8 блоков", "Запланировано", "08.11"]],
                    "Замечаний от администратора нет.")
m = outlook_letter("c3", d(6, 18, 30), "guseva", "Сводка 06.11 — заявка 1121532, ТО кондиционеров", p,
                   charset="utf-8", cte="quoted-printable", html=h, sig=False)
add(d(6, 18, 30), "c3", m, "decided", "1121532", ["1", "2"], "подрядчик убыл",
    "daily HTML summary: rows 1 and 2 done/убыла, rows 3 and 4 only planned")

body = """1121532 п.3 — выехали на Родионова, на месте будем около 9:30. Сегодня 4 этаж.
@@SIG@@
"""
add(d(7, 8, 50), "c4", outlook_letter("c4", d(7, 8, 50), "ryabov", "1121532 п.3", body),
    "decided", "1121532", ["3"], "подрядчик в пути", "'п.3 — выехали'")

# NDR from Exchange for a dispatcher message to a misspelled address
ndr_text = """Не удалось доставить сообщение следующим получателям или группам:

d.riabov@fm-region.ru
Адрес электронной почты, который вы ввели, не найден. Проверьте адрес электронной почты получателя и повторите попытку отправки сообщения.

Диагностические сведения для администраторов:

Создающий сервер: MX01.fm-region.local

d.riabov@fm-region.ru
Удаленный сервер возвратил "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
"""
dsn = dsn_part("Reporting-MTA: dns; MX01.fm-region.local\n\nFinal-recipient: RFC822; d.riabov@fm-region.ru\n"
                "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n")
orig = Message()
orig["Content-Type"] = "text/rfc822-headers"
orig.set_payload("From: " + addr(DISPATCH_NAME, DISPATCH) + "\n"
                 "To: d.riabov@fm-region.ru\n"
                 "Subject: " + enc_header("RE: 1121532 п.3") + "\n"
                 "Date: Sat, 07 Nov 2026 10:01:44 +0300\n"
                 f"Message-ID: {disp_id('1121532-p3')}\n")
rep = multipart("report", [text_part(ndr_text, "plain", "utf-8", "base64"), dsn, orig], report_type="delivery-status")
m = finalize(rep, [("From", addr("Microsoft Outlook", "postmaster@fm-region.ru")),
                   ("To", DISPATCH),
                   ("Subject", enc_header("Недоставлено: RE: 1121532 п.3")),
                   ("Date", format_datetime(d(7, 10, 2))),
                   ("Message-ID", msgid("c-ndr", "MX01.fm-region.local")),
                   ("Auto-Submitted", "auto-replied"),
                   ("X-MS-Exchange-Message-Is-Ndr", "")])
add(d(7, 10, 2), "c-ndr", m, "ignored", note="Exchange non-delivery report (bounce)")

add(d(7, 9, 41), "c5", sd_letter("c5", d(7, 9, 41), "ryabov", T, f"[##{T}##] Re: ТО сплит-систем, БЦ Волжский — 1121532",
    "Поз. 3 (4 этаж) — бригада на объекте, приступили к чистке внутренних блоков.",
    status="Приостановлено", prio="Средний", cat="Кондиционирование", obj=OBJ, custno="1121532"),
    "decided", "1121532", ["3"], "подрядчик на месте", "system status 'Приостановлено' disagrees; engineer says on site")

p, h = summary_html("Промежуточная сводка по заявке 1121532 на 16:30 08.11.2026",
                    "По ТО кондиционеров в БЦ «Волжский» текущее состояние на 16:30:",
                    [["1", "2 этаж", "11 блоков", "Выполнено 06.11", "—"],
                     ["2", "3 этаж", "9 блоков", "Выполнено 06.11", "—"],
                     ["3", "4 этаж", "12 блоков", "Выполнено, убыли", "15:50"],
                     ["4", "5 этаж", "8 блоков", "Бригада на объекте, в работе", "с 16:00"]],
                    "Итоговую сводку пришлю по завершении.", greet="Добрый день")
m = outlook_letter("c6", d(8, 16, 35), "guseva", "Сводка 08.11 — заявка 1121532", p,
                   charset="utf-8", cte="base64", html=h, sig=False)
add(d(8, 16, 35), "c6", m, "review",
    note="summary table with different statuses for different positions (п.3 убыли, п.4 на объекте)")

p, h = summary_html("Итоговая сводка по заявке 1121532 (БЦ «Волжский»)",
                    "ТО по заявке 1121532 завершено полностью, акты переданы администратору здания.",
                    [["1", "2 этаж", "11 блоков", "Выполнено", "06.11 17:40"],
                     ["2", "3 этаж", "9 блоков", "Выполнено", "06.11 17:40"],
                     ["3", "4 этаж", "12 блоков", "Выполнено", "08.11 15:50"],
                     ["4", "5 этаж", "8 блоков", "Выполнено, бригада убыла", "09.11 17:55"]],
                    "Спасибо за содействие!")
ho = text_part(h, "html", "utf-8", "quoted-printable")
m = finalize(ho, [("From", addr(ENG["guseva"][0], ENG["guseva"][1])),
                  ("To", addr(DISPATCH_NAME, DISPATCH)),
                  ("Subject", enc_header("Итог: заявка 1121532 — ТО кондиционеров выполнено")),
                  ("Date", format_datetime(d(9, 18, 10))),
                  ("Message-ID", outlook_msgid("c7")),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
add(d(9, 18, 10), "c7", m, "decided", "1121532", ["1", "2", "3", "4"], "подрядчик убыл",
    "HTML-only final summary: all four rows 'Выполнено', crew left")

# ---------------------------------------------------------------- 1122208  SD 48702
T = 48702
SUBJ = "Протечка, заявка №1122208"
OBJ = "ул. Максима Горького, 117"
add(d(6, 13, 50), "d1", sd_letter("d1", d(6, 13, 50), "kolesnikov", T, f"Re: [##{T}##] {SUBJ}",
    "Сантехник выехал, ориентировочно в 14:30 будет на Горького.", status="Выполнено", prio="Критический",
    cat="Сантехника", obj=OBJ),
    "decided", "1122208", [], "подрядчик в пути",
    "system header says 'Выполнено' (wrong/stale); engineer: 'сантехник выехал'")

body = """Мы на месте. Течь на стояке ХВС, стояк перекрыли, воду откачиваем.
@@SIG@@

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Friday, November 6, 2026 2:20 PM
To: Колесников Игорь Петрович <i.kolesnikov@fm-region.ru>
Subject: Протечка, заявка №1122208

Игорь Петрович, добрый день! Когда будете? Вода уже в коридоре.
"""
add(d(6, 14, 41), "d2", outlook_letter("d2", d(6, 14, 41), "kolesnikov", "RE: " + SUBJ, body, in_reply=disp_id("1122208-when")),
    "decided", "1122208", [], "подрядчик на месте", "number only in the Re: subject; 'Мы на месте'")

add(d(6, 17, 20), "d3", sd_letter("d3", d(6, 17, 20), "kolesnikov", T, f"[##{T}##] {SUBJ}",
    "По поз.2 (с/у 3 этажа) сегодня не успеваем, к ней ещё не приступали. Завтра с 9:00.",
    status="В работе", prio="Критический", cat="Сантехника", obj=OBJ),
    "review", note="negation + plan for position 2, nothing reported as done")

body = """Устранено по обеим позициям:
п1 — в подвале заменён участок стояка ХВС 1,5 м (PP-R 32), течи нет;
п2 — в с/у 3 этажа заменили гибкую подводку и кран-буксу на умывальнике.
Уехали в 12:15.
@@SIG@@

От: Колесников Игорь Петрович <i.kolesnikov@fm-region.ru>
Отправлено: 6 ноября 2026 г. 14:41
Кому: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Тема: RE: Протечка, заявка №1122208

Мы на месте. Течь на стояке ХВС, стояк перекрыли, воду откачиваем.
"""
add(d(7, 12, 30), "d4", outlook_letter("d4", d(7, 12, 30), "kolesnikov", "1122208 п1, п2 - выполнено", body),
    "decided", "1122208", ["1", "2"], "подрядчик убыл", "both positions done, 'уехали'; quoted old 'на месте' ignored")

ooo = """Здравствуйте!

Я в отпуске с 23.11.2026 по 30.11.2026, доступ к почте ограничен.
По срочным вопросам обращайтесь в диспетчерскую службу: sd@fm-region.ru, +7 (831) 413-27-00.

Колесников И.П.
"""
m = outlook_letter("d-ooo", d(24, 10, 5), "kolesnikov", "Автоматический ответ: RE: 1122208 акт", ooo, sig=False,
                   cte="base64", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                        ("X-MS-Exchange-Inbox-Rules-Loop", "i.kolesnikov@fm-region.ru")])
add(d(24, 10, 5), "d-ooo", m, "ignored", note="out-of-office auto-reply (Auto-Submitted: auto-replied)")

# ---------------------------------------------------------------- 1122975  SD 48855
T = 48855
OBJ = "Производственный корпус, ул. Бетанкура, 3"
add(d(9, 9, 10), "e1", sd_letter("e1", d(9, 9, 10), "belov", T, f"[##{T}##] ТО ДГУ, Бетанкура 3",
    "Заявка 1122975 принята в работу. ТО ДГУ проведём завтра, 10.11, с 10:00 — просим обеспечить допуск в генераторную.",
    status="Открыто", prio="Средний", cat="Энергетика", obj=OBJ, custno="1122975"),
    "decided", "1122975", [], "заявка принята", "'принята в работу'; visit is planned")

add(d(10, 9, 5), "e2", sd_letter("e2", d(10, 9, 5), "belov", T, f"[##{T}##] ТО ДГУ — заявка 1122975",
    "Выдвинулись на ТО по позициям 1, 2, 3 (ДГУ-1, ДГУ-2, АВР), прибытие ориентировочно 10:00.",
    status="В работе", prio="Средний", cat="Энергетика", obj=OBJ, custno="1122975"),
    "decided", "1122975", ["1", "2", "3"], "подрядчик в пути", "'выдвинулись' for positions 1, 2, 3")

body = """ДГУ-2 (поз.2) — на месте, меняем масло и фильтры (Fleetguard LF9009, FF5052), наработка 1 843 м/ч.
@@SIG@@
"""
add(d(10, 11, 20), "e3", outlook_letter("e3", d(10, 11, 20), "belov", "1122975/2", body, charset="utf-8", cte="quoted-printable"),
    "decided", "1122975", ["2"], "подрядчик на месте", "subject '1122975/2', 'на месте'; part numbers are not requests")

add(d(10, 16, 45), "e4", sd_letter("e4", d(10, 16, 45), "belov", T, f"Re: [##{T}##] ТО ДГУ — заявка 1122975",
    "По п.1 и п.2 ТО выполнено, акт № 1147/26 подписан главным энергетиком.\n"
    "По АВР (п.3) нужен плановый останов, согласуем отдельно.\nС объекта уехали в 16:30.",
    status="В работе", prio="Средний", cat="Энергетика", obj=OBJ, custno="1122975"),
    "decided", "1122975", ["1", "2"], "подрядчик убыл", "п.1, п.2 done, п.3 only a plan; act number is not a request")

body = """Добрый день.

По заявке 1122975, п.3 (АВР): требуется замена контактора Schneider Electric LC1D115 (подгорели главные контакты).
Стоимость работ и материалов — 48 600 руб., в т.ч. НДС. КП во вложении, счёт № 1122 от 11.11.2026.
Прошу согласовать, после согласования согласуем дату останова.
@@SIG@@
"""
add(d(11, 10, 20), "e5", outlook_letter("e5", d(11, 10, 20), "belov", "КП по заявке 1122975 п.3", body, charset="utf-8", cte="base64"),
    "review", note="price/commercial proposal, asks for approval, no status")

# ---------------------------------------------------------------- 1123340  SD 48931
T = 48931
OBJ = "Склад, ул. Ларина, 7"
rr_text = ("Сообщение\n\n    Кому: Лапшин Виктор\n    Тема: Заявка 1123340 — ворота рампа\n    Отправлено: 10.11.2026 14:20\n\n"
           "было прочитано 10.11.2026 15:02.\n")
mdn = Message()
mdn["Content-Type"] = "message/disposition-notification"
mdn.set_payload("Reporting-UA: fm-region.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;v.lapshin@fm-region.ru\n"
                f"Original-Message-ID: {disp_id('1123340')}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rep = multipart("report", [text_part(rr_text, "plain", "windows-1251", "quoted-printable"), mdn],
                report_type="disposition-notification")
m = finalize(rep, [("From", addr("Лапшин Виктор", "v.lapshin@fm-region.ru", "windows-1251")),
                   ("To", addr(DISPATCH_NAME, DISPATCH, "windows-1251")),
                   ("Subject", enc_header("Прочитано: Заявка 1123340 — ворота рампа", "windows-1251")),
                   ("Date", format_datetime(d(10, 15, 2))),
                   ("Message-ID", outlook_msgid("f-rr")),
                   ("X-Mailer", "Microsoft Outlook 16.0")])
add(d(10, 15, 2), "f-rr", m, "ignored", note="read receipt (disposition-notification)")

add(d(10, 15, 48), "f1", sd_letter("f1", d(10, 15, 48), "lapshin", T, f"[##{T}##] Заявка 1123340 – ворота",
    "Техник прибыл на объект в 15:40.\nВорота №3 (рампа) — обрыв торсионного троса, пружины целы. Приступаю к замене троса.",
    status="Назначено", prio="Высокий", cat="Ворота и двери", obj=OBJ, html="only", cte="base64"),
    "decided", "1123340", [], "подрядчик на месте", "HTML-only; 'прибыл на объект'; 'Ворота №3' is not a position")

body = """Пересылаю отчёт техника по воротам.

-------- Пересылаемое сообщение --------
10.11.2026, 18:12, "Лапшин Виктор" <v.lapshin@fm-region.ru>:
Тема: Ворота рампа, заявка 1123340

Трос заменён (Ø 4 мм, 2 шт.), пружины отрегулированы, концевики настроены, ворота работают в штатном режиме.
Объект покинул в 18:05.
-------- Конец пересылаемого сообщения --------

@@SIG@@
"""
add(d(10, 18, 30), "f2", outlook_letter("f2", d(10, 18, 30), "guseva", "Fwd: Ворота рампа, заявка 1123340", body,
                                        charset="utf-8", cte="quoted-printable", mailer="Yandex Mail"),
    "decided", "1123340", [], "подрядчик убыл", "coordinator forwards technician's report: 'объект покинул в 18:05'")

# ---------------------------------------------------------------- 1124019  SD 49015
T = 49015
OBJ = "Промплощадка, ул. Коминтерна, 39"
add(d(11, 10, 2), "g1", sd_letter("g1", d(11, 10, 2), "smirnov", T, f"Re: [##{T}##] 1124019 наружное освещение",
    "Приняли. Автовышку заказали на завтра, 12.11.", status="Назначено", prio="Средний", obj=OBJ),
    "decided", "1124019", [], "заявка принята", "'Приняли'")

add(d(12, 8, 35), "g2", sd_letter("g2", d(12, 8, 35), "smirnov", T, f"Re: [##{T}##] 1124019 наружное освещение",
    "Выехали на объект с автовышкой (АГП-18, гос. номер М 238 ТХ 152), будем около 9:15.",
    status="В работе", prio="Средний", obj=OBJ, html=True),
    "decided", "1124019", [], "подрядчик в пути", "'выехали на объект'")

body = "на мecте, работаем на опоре 02 у парковки\n@@SIG@@\n"   # 'мecте' has Latin c, e
add(d(12, 9, 40), "g3", outlook_letter("g3", d(12, 9, 40), "smirnov", "1124019-02", body),
    "decided", "1124019", ["02"], "подрядчик на месте", "subject '1124019-02'; 'на мecте' with Latin c/e")

add(d(12, 15, 10), "g4", sd_letter("g4", d(12, 15, 10), "smirnov", T, f"[##{T}##] 1124019 наружное освещение",
    "Позиции 01 и 02 — готово, лампы ДНаТ 250 и ИЗУ заменены, светят.\n"
    "По 03 нужен кабель ВВГнг 3х2,5 — приедем в пятницу.",
    status="В работе", prio="Средний", obj=OBJ),
    "decided", "1124019", ["01", "02"], "подрядчик убыл", "01 and 02 done ('готово'), 03 only planned")

body = """Пересылаю от Смирнова по 3-й опоре.
Гусева М.

________________________________
От: Смирнов Алексей Викторович <a.smirnov@fm-region.ru>
Отправлено: 13 ноября 2026 г. 14:22
Кому: Гусева Марина Александровна <m.guseva@fm-region.ru>
Тема: 1124019 наружное освещение

По 3-й позиции кабель проложили (32 м в гофре), светильник горит. Уехали.
"""
add(d(13, 14, 30), "g5", outlook_letter("g5", d(13, 14, 30), "guseva", "FW: 1124019 наружное освещение", body, sig=False),
    "decided", "1124019", ["03"], "подрядчик убыл", "Outlook forward of engineer's report: '3-й позиции ... уехали'")

# ---------------------------------------------------------------- 1124663  SD 49077
T = 49077
OBJ = "ТЦ, пр. Ленина, 22, корпуса А и Б"
add(d(12, 8, 20), "h1", sd_letter("h1", d(12, 8, 20), "shestakov", T, f"Re: [##{T}##] 1124663 кровля",
    "Заявку приняли, бригада промальпа 3 человека, сегодня начнём с корпуса А.",
    status="Назначено", cat="Кровля", obj=OBJ),
    "decided", "1124663", [], "заявка принята", "'Заявку приняли'")

add(d(12, 8, 45), "h2", sd_letter("h2", d(12, 8, 45), "shestakov", T, f"Re: [##{T}##] 1124663 кровля",
    "Сообщите, пожалуйста, кто встретит на объекте и где взять ключи от выхода на кровлю корп. Б?",
    status="Назначено", cat="Кровля", obj=OBJ),
    "review", note="question only")

body = "Бpигада высотников выеxала на корпус А (поз. 1).\n@@SIG@@\n"  # Latin p, x
add(d(12, 9, 30), "h3", outlook_letter("h3", d(12, 9, 30), "shestakov", "1124663 кровля поз.1", body),
    "decided", "1124663", ["1"], "подрядчик в пути", "Latin look-alikes 'Бpигада', 'выеxала'")

body = """П1 НА МЕСТЕ, ПРИСТУПИЛИ

Отправлено из мобильной Почты

> Бpигада высотников выеxала на корпус А (поз. 1).
"""
add(d(12, 10, 25), "h4", outlook_letter("h4", d(12, 10, 25), "shestakov", "RE: 1124663 П1 выехали", body, sig=False,
                                        mailer="Microsoft Outlook for Android"),
    "decided", "1124663", ["1"], "подрядчик на месте", "caps; Re: subject names old status 'выехали', body reports arrival")

body = """Поз.1 – отработали: наледь и сосульки сбиты, водосточные воронки прочищены (6 шт), ограждение снято.
Ушли с объекта в 15:30.
@@SIG@@

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Thursday, November 12, 2026 3:05 PM
To: Шестаков Роман
Subject: 1124663 кровля

Роман, просьба сообщить, когда выедете на корпус Б (поз.2).
"""
add(d(12, 15, 50), "h5", outlook_letter("h5", d(12, 15, 50), "shestakov", "RE: 1124663 кровля", body),
    "decided", "1124663", ["1"], "подрядчик убыл", "'Поз.1 – отработали ... ушли с объекта'; quoted question about поз.2")

add(d(12, 17, 5), "h6", sd_letter("h6", d(12, 17, 5), "shestakov", T, f"Re: [##{T}##] 1124663 кровля",
    "Выезд на поз. 2 (корп. Б) — завтра в 8:00, ключи заберём у охраны.",
    status="В работе", cat="Кровля", obj=OBJ),
    "review", note="plan only ('выезд завтра в 8:00')")

add(d(13, 13, 25), "h7", sd_letter("h7", d(13, 13, 25), "shestakov", T, f"Re: [##{T}##] 1124663 кровля",
    "По второй позиции (корп. Б) закончили в 13:10, бригада освободилась.", status="В работе", cat="Кровля", obj=OBJ),
    "decided", "1124663", ["2"], "подрядчик убыл", "'по второй позиции ... бригада освободилась'")

# ---------------------------------------------------------------- 1125190  SD 49210
T = 49210
OBJ = "Офис, ул. Белинского, 61"
add(d(16, 11, 7), "i-ack", ack("i-ack", d(16, 11, 7), T, "Заявка 1125190 АПС — ложные срабатывания", "1125190",
                                 prio="Критический", cat="АПС"), "ignored", note="SD auto-acknowledgement")

body = """Добрый день!

Заявку 1125190 получили, передали в работу инженеру по АПС Тарасову П.Н., тел. +7 (952) 461-08-33.
@@SIG@@
"""
add(d(16, 11, 30), "i2", outlook_letter("i2", d(16, 11, 30), "zaytseva", "RE: Заявка 1125190 АПС — ложные срабатывания", body),
    "decided", "1125190", [], "заявка принята", "FM-side dispatcher: request received and passed to engineer")


def thebat(key, when, subject, text, cte="8bit", in_reply=None):
    name, email_, _, _ = ENG["tarasov"]
    body = text_part(text, "plain", "koi8-r", cte)
    hdrs = [("From", addr("Тарасов Павел", email_, "koi8-r")),
            ("To", addr("Диспетчерская ОМИС", DISPATCH, "koi8-r")),
            ("Subject", enc_header(subject, "koi8-r")),
            ("Date", format_datetime(when)),
            ("Message-ID", f"<{hashlib.md5(key.encode()).hexdigest()[:10]}.{when:%Y%m%d%H%M%S}@fm-region.ru>"),
            ("X-Mailer", "The Bat! (v10.4.0) Professional")]
    if in_reply:
        hdrs += [("In-Reply-To", in_reply), ("References", in_reply)]
    return finalize(body, hdrs)


add(d(16, 12, 10), "i3", thebat("i3", d(16, 12, 10), "1125190 АПС",
    "Еду на объект по 1125190, буду минут через 20-25.\n\n--\nТарасов П.Н.\n"),
    "decided", "1125190", [], "подрядчик в пути", "KOI8-R 8bit; 'еду на объект'")

add(d(16, 12, 52), "i4", thebat("i4", d(16, 12, 52), "Re: 1125190 АПС",
    "Здравствуйте, Полина.\n\nВы писали 16 ноября 2026 г., 12:31:\n\n"
    "ИП> Павел Николаевич, вы уже выехали? Охрана спрашивает.\n\n"
    "На объекте. Прибор Болид С2000-М, шлейф 4 - неисправен ИП 212-45, меняю.\n\n--\nТарасов П.Н.\n",
    cte="quoted-printable", in_reply=disp_id("1125190-q")),
    "decided", "1125190", [], "подрядчик на месте", "'ИП>' initials quote is the dispatcher's question; new text 'На объекте'")

add(d(16, 15, 5), "i5", sd_letter("i5", d(16, 15, 5), "tarasov", T, f"Re: [##{T}##] Заявка 1125190 АПС — ложные срабатывания",
    "Работы по заявке завершены. Заменено 2 извещателя ИП 212-45, шлейф 4 восстановлен, ложных срабатываний нет.\n"
    "Пломба на приборе № 0458812 восстановлена, запись в журнале сделана. Убыл в 14:50.",
    status="В работе", prio="Критический", cat="АПС", obj=OBJ,
    history="16.11.2026 11:30 — Зайцева О.: передано инженеру Тарасову П.Н.\n16.11.2026 11:07 — Система: Обращение зарегистрировано."),
    "decided", "1125190", [], "подрядчик убыл", "system status still 'В работе'; engineer 'убыл в 14:50'; seal number not a request")

# ---------------------------------------------------------------- 1126008  SD 49388
T = 49388
OBJ = "Гостиница, ул. Рождественская, 24"
add(d(17, 17, 10), "j1", sd_letter("j1", d(17, 17, 10), "smirnov", T, f"Re: [##{T}##] 1126008 освещение фасада",
    "Принято в работу, исполнитель Смирнов А.В. Выезд — завтра после 15:00 (для проверки нужна темнота).",
    status="Назначено", prio="Средний", obj=OBJ),
    "decided", "1126008", [], "заявка принята", "'Принято в работу'")

body = "выехли, будем к 17:00\n@@SIG@@\n"
add(d(18, 16, 40), "j3", outlook_letter("j3", d(18, 16, 40), "smirnov", "1126008 поз.1, поз.3", body),
    "decided", "1126008", ["1", "3"], "подрядчик в пути", "typo 'выехли'; positions in subject")

body = """Пересылаю от Смирнова.

Отправлено с iPhone

Начало переадресованного сообщения:

> От: Смирнов Алексей <a.smirnov@fm-region.ru>
> Дата: 18 ноября 2026 г. в 17:05:12 GMT+3
> Кому: Гусева Марина <m.guseva@fm-region.ru>
> Тема: 1126008
>
> Прибыли на фасад, поз.1 и 3, монтируем новые прожекторы
"""
add(d(18, 17, 20), "j4", outlook_letter("j4", d(18, 17, 20), "guseva", "Fwd: 1126008", body, charset="utf-8",
                                        cte="quoted-printable", sig=False, mailer="iPhone Mail (22B83)"),
    "decided", "1126008", ["1", "3"], "подрядчик на месте", "iPhone forward of the engineer's 'Прибыли ... поз.1 и 3'")

bounce_txt = """This is the mail system at host mx.fm-region.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<a.smrnov@fm-region.ru>: unknown user: "a.smrnov"
"""
dsn = dsn_part("Reporting-MTA: dns; mx.fm-region.ru\nX-Postfix-Queue-ID: 4Kq2Zt1JbXz9vD\n"
                "Arrival-Date: Wed, 18 Nov 2026 18:00:51 +0300 (MSK)\n\n"
                "Final-Recipient: rfc822; a.smrnov@fm-region.ru\nOriginal-Recipient: rfc822;a.smrnov@fm-region.ru\n"
                "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: \"a.smrnov\"\n")
inner = text_part("Алексей Викторович, по п.3 (вывеска) — нужно подключение через реле времени, "
                  "включение 16:30, отключение 01:00.\n\nИванова П., диспетчер ОМИС\n", "plain", "utf-8", "base64")
inner = finalize(inner, [("From", addr(DISPATCH_NAME, DISPATCH)), ("To", "a.smrnov@fm-region.ru"),
                         ("Subject", enc_header("Заявка 1126008 — уточнение по вывеске")),
                         ("Date", "Wed, 18 Nov 2026 18:00:49 +0300"),
                         ("Message-ID", disp_id("1126008-sign"))])
att = Message()
att["Content-Type"] = "message/rfc822"
att["Content-Description"] = "Undelivered Message"
att.set_payload([inner])
rep = multipart("report", [text_part(bounce_txt, "plain", "us-ascii", "7bit"), dsn, att], report_type="delivery-status")
m = finalize(rep, [("From", "MAILER-DAEMON@fm-region.ru (Mail Delivery System)"),
                   ("To", DISPATCH),
                   ("Subject", "Undelivered Mail Returned to Sender"),
                   ("Date", format_datetime(d(18, 18, 1))),
                   ("Message-ID", "<20261118150101.4Kq2Zt1JbXz9vD@mx.fm-region.ru>"),
                   ("Auto-Submitted", "auto-replied")])
add(d(18, 18, 1), "j-bounce", m, "ignored", note="Postfix bounce; returned message mentions request 1126008")

body = """> Алексей, прошу сообщить по всем трём позициям до конца дня.
> Иванова П., диспетчер ОМИС

Все три позиции выполнены: прожекторы на северном и южном фасаде заменены (8 шт. LED 150 Вт), вывеска подключена через реле времени.
Бригада уехала в 20:40.
@@SIG@@
"""
add(d(18, 21, 10), "j6", outlook_letter("j6", d(18, 21, 10), "smirnov", "Re: 1126008 фасад", body, in_reply=disp_id("1126008-all")),
    "decided", "1126008", ["1", "2", "3"], "подрядчик убыл", "reply written under the quote; all three positions done")

# ---------------------------------------------------------------- 1126741  SD 49502
T = 49502
OBJ = "ул. Варварская, 32, корп. 1 и 2"
add(d(19, 7, 55), "k1", sd_letter("k1", d(19, 7, 55), "nosov", T, f"[##{T}##] ИТП — заявка 1126741",
    "Выехали к ИТП корпуса 2 (поз. 2), там падение давления, будем в 8:30.",
    status="В работе", prio="Критический", cat="Отопление", obj=OBJ, html=True),
    "decided", "1126741", ["2"], "подрядчик в пути", "'выехали к ИТП' = towards the site")

add(d(19, 13, 45), "k2", sd_letter("k2", d(19, 13, 45), "nosov", T, f"Re: [##{T}##] ИТП — заявка 1126741",
    "Поз. 2: с ИТП корп. 2 выехали в 13:30. Подпитка восстановлена, давление в системе 4,2 кгс/см², температура подачи 68 °С.",
    status="В работе", prio="Критический", cat="Отопление", obj=OBJ),
    "decided", "1126741", ["2"], "подрядчик убыл", "'выехали С ИТП' = left the site (preposition)")

body = """Коллеги, добрый день.

Работы по заявке 1126741 ведём, но напоминаю: по акту № 1126 от 05.11.2026 оплата до сих пор не поступила (договор № 45-ФМ/2026, п. 5.3 — 10 банковских дней).
Прошу ускорить, иначе будем вынуждены ограничиться только аварийными выездами.
@@SIG@@
"""
add(d(19, 16, 0), "k3", outlook_letter("k3", d(19, 16, 0), "guseva", "Re: [##49502##] ИТП 1126741 — оплата", body),
    "review", note="payment/contract complaint, no status report")

body = """Доброе утро.

По 1126741 поз.1 и по 1127355 — бригады на месте, работают.
@@SIG@@
"""
add(d(20, 10, 40), "k4", outlook_letter("k4", d(20, 10, 40), "zaytseva", "1126741 / 1127355", body),
    "review", note="two different requests in one letter")

add(d(20, 10, 48), "k5", sd_letter("k5", d(20, 10, 48), "nosov", T, f"[##{T}##] ИТП — заявка 1126741",
    "Наряд 1126741, ИТП корп.1 (П1) — на месте с 10:20, промываем фильтр-грязевик Ду80.",
    status="В работе", prio="Высокий", cat="Отопление", obj=OBJ, cte="quoted-printable"),
    "decided", "1126741", ["1"], "подрядчик на месте", "'П1 — на месте с 10:20'")

add(d(20, 14, 10), "k6", sd_letter("k6", d(20, 14, 10), "nosov", T, f"[##{T}##] 1126741 (1)",
    "П1 готово. Грязевик промыт, регулятор Danfoss AVTB настроен на 65 °С, параметры в норме. Уехали.",
    status="В работе", prio="Высокий", cat="Отопление", obj=OBJ,
    history="20.11.2026 10:48 — Носов Г.А.: ИТП корп.1 (П1) — на месте с 10:20\n"
            "19.11.2026 13:45 — Носов Г.А.: Поз. 2: с ИТП корп. 2 выехали в 13:30"),
    "decided", "1126741", ["1"], "подрядчик убыл", "'П1 готово ... Уехали'; history block quoted")

# ---------------------------------------------------------------- 1127355  SD 49666
T = 49666
body = """Принято, выполним завтра, 20.11, с 9:00.
@@SIG@@

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 19 ноября 2026 г. 15:05
Кому: Смирнов Алексей Викторович <a.smirnov@fm-region.ru>
Тема: Заявка 1127355 замена светильников

Алексей Викторович, на 5 этаже (ул. Костина, 2) не горит 22 панели, прошу принять заявку.
"""
add(d(19, 15, 40), "l1", outlook_letter("l1", d(19, 15, 40), "smirnov", "RE: Заявка 1127355 замена светильников", body,
                                        in_reply=disp_id("1127355"), q_subject=True),
    "decided", "1127355", [], "заявка принята", "'Принято' + plan")

add(d(20, 17, 25), "l2", sd_letter("l2", d(20, 17, 25), "smirnov", T, f"Re: [##{T}##] Заявка 1127355 замена светильников",
    "Работы по заявке #1127355 выполнены. Заменено 22 светодиодные панели 595×595 36 Вт (арт. 1125507), старые вывезены.\n"
    "Мастер ушёл в 17:10.",
    status="Выполнено", prio="Низкий", obj="Офис, ул. Костина, 2, 5 этаж"),
    "decided", "1127355", [], "подрядчик убыл", "'выполнена ... мастер ушёл'; article number 1125507 is not a request")

# ---------------------------------------------------------------- 1128102  SD 49781
T = 49781
OBJ = "Ресторан, ул. Большая Покровская, 15"
add(d(24, 9, 5), "m-ack", ack("m-ack", d(24, 9, 5), T, "Заявка 1128102 — холодильное оборудование", "1128102",
                               cat="Холодильное оборудование"), "ignored", note="SD auto-acknowledgement")

add(d(24, 9, 30), "m2", sd_letter("m2", d(24, 9, 30), "kuzmin", T, f"Re: [##{T}##] Заявка 1128102 — холодильное оборудование",
    "Заявку принял. Сегодня до обеда буду.", status="Назначено", cat="Холодильное оборудование", obj=OBJ),
    "decided", "1128102", [], "заявка принята", "'Заявку принял'")

inner = text_part("Выехали на Б. Покровскую, 15 (1128102), будем в 10:40.\n\nКузьмин Е.\n", "plain", "utf-8", "base64")
inner = finalize(inner, [("From", addr("Кузьмин Евгений", "e.kuzmin@fm-region.ru")),
                         ("To", addr("Гусева Марина Александровна", "m.guseva@fm-region.ru")),
                         ("Subject", enc_header("выезд")),
                         ("Date", format_datetime(d(24, 10, 1))),
                         ("Message-ID", outlook_msgid("m3-inner"))])
att = Message()
att["Content-Type"] = 'message/rfc822; name="выезд.eml"'
att["Content-Disposition"] = 'attachment; filename="=?utf-8?b?0LLRi9C10LfQtC5lbWw=?="'
att.set_payload([inner])
note = text_part("Пересылаю сообщение бригады (во вложении).\n\nГусева М.А.\nкоординатор по договору ОМИС\n", "plain", "utf-8", "base64")
m = finalize(multipart("mixed", [note, att]),
             [("From", addr(ENG["guseva"][0], ENG["guseva"][1])),
              ("To", addr(DISPATCH_NAME, DISPATCH)),
              ("Subject", enc_header("FW: выезд")),
              ("Date", format_datetime(d(24, 10, 5))),
              ("Message-ID", outlook_msgid("m3")),
              ("X-Mailer", "Microsoft Outlook 16.0")])
add(d(24, 10, 5), "m3", m, "decided", "1128102", [], "подрядчик в пути",
    "forward as attached message/rfc822; number in brackets after the address")

body = "на месте, камеры НТ и СТ, утечка фреона R404A, ищем место.\n@@SIG@@\n"
add(d(24, 10, 55), "m4", outlook_letter("m4", d(24, 10, 55), "kuzmin", "1128102 п.1 и п.2", body, charset="utf-8", cte="base64"),
    "decided", "1128102", ["1", "2"], "подрядчик на месте", "positions in subject")

add(d(24, 12, 10), "m5", sd_letter("m5", d(24, 12, 10), "kuzmin", T, f"[##{T}##] Заявка 1128102 — холодильное оборудование",
    "Уточните, когда можно отключить льдогенератор (п.3)? Кухня работает, шеф не даёт.",
    status="В работе", cat="Холодильное оборудование", obj=OBJ),
    "review", note="question only")

p, h = summary_html("Сводка по заявке 1128102 (ресторан, Б. Покровская, 15) за 24.11.2026",
                    "Направляю сводку по холодильному оборудованию.",
                    [["1", "Камера НТ", "утечка R404A, пайка, дозаправка 2,4 кг", "Выполнено, убыли", "18:20"],
                     ["2", "Камера СТ", "замена ТРВ Danfoss TE2", "Выполнено, убыли", "18:20"],
                     ["3", "Льдогенератор", "—", "Перенесено на 26.11 (по согласованию с шеф-поваром)", "26.11"]],
                    "По п.3 выезд 26.11 в первой половине дня.")
m = outlook_letter("m6", d(24, 19, 0), "guseva", "Сводка 24.11 — заявка 1128102", p, charset="windows-1251",
                   cte="quoted-printable", html=h.replace("charset=utf-8", "charset=windows-1251"), sig=False)
add(d(24, 19, 0), "m6", m, "decided", "1128102", ["1", "2"], "подрядчик убыл",
    "summary (windows-1251 HTML): 1 and 2 done, 3 postponed")

add(d(26, 13, 5), "m7", sd_letter("m7", d(26, 13, 5), "kuzmin", T, f"[##{T}##] Льдогенератор, Б. Покровская",
    "По заявке 1128102, п.3: льдогенератор Scotsman AC 86 — промыт, заменён датчик уровня воды, запущен, лёд идёт.\n"
    "Покинули объект в 12:40.",
    status="Ожидает ответа заказчика", cat="Холодильное оборудование", obj=OBJ),
    "decided", "1128102", ["3"], "подрядчик убыл", "request number only in the engineer's text; 'покинули объект'")

body = """Спасибо, ваше письмо получили, информацию передали бригаде. Акт подготовим.
@@SIG@@

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 27 ноября 2026 г. 14:40
Кому: Зайцева Ольга <o.zaytseva@fm-region.ru>
Тема: Заявка 1128102 — акт

Ольга, прошу прислать акт по 1128102 п.1, 2, 3. Работы приняты шеф-поваром.
"""
add(d(27, 15, 0), "n4", outlook_letter("n4", d(27, 15, 0), "zaytseva", "RE: Заявка 1128102 — акт", body),
    "review", note="acknowledgement of the dispatcher's own message, no status")

# ---------------------------------------------------------------- stray letters
add(d(25, 10, 30), "n2", sd_letter("n2", d(25, 10, 30), "smirnov", 49840, "[##49840##] Заявка 1126800 — освещение холла",
    "Бригада на месте, приступили к замене светильников в холле 1 этажа.",
    status="В работе", prio="Средний", obj="ул. Рождественская, 24", custno="1126800"),
    "review", note="request number 1126800 is not in the registry")

add(d(27, 11, 0), "n3", sd_letter("n3", d(27, 11, 0), "ryabov", 49900, "[##49900##] Re: Обращение SD-0049900",
    "Бригада прибыла на объект, приступили к диагностике чиллера.",
    status="В работе", prio="Высокий", cat="Кондиционирование", obj="ул. Ванеева, 34"),
    "review", note="only the contractor's own ticket SD-0049900; no customer request number")

# ================================================================= write
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
LETTERS.sort(key=lambda x: x[0])
labels = {}
for i, (when, key, m, lab) in enumerate(LETTERS, 1):
    fn = f"{i:03d}.eml"
    with open(os.path.join(LET, fn), "wb") as fh:
        fh.write(serialise(m))
    labels[fn] = lab
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
