#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters from ООО «СетьСтрой-Интеграция» (IT / low-voltage contractor, Moscow).

Run:  python3 make.py      -> writes registry.json, labels.json, letters/NNN.eml
Only the standard library `email` package is used to build messages.
"""
import hashlib
import html
import json
import os
from datetime import datetime, timedelta, timezone

from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
MSK = timezone(timedelta(hours=3))
POLICY = compat32.clone(linesep="\r\n")


def at(day, hh, mm, ss=0):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


# --------------------------------------------------------------------------- people
P = {
    "art": ("Артём Гусейнов", "a.guseynov@setstroy-int.ru"),
    "kir": ("Кирилл Лобанов", "k.lobanov@setstroy-int.ru"),
    "kirg": ("Кирилл Лобанов", "kirill.lobanov.ssi@gmail.com"),
    "den": ("Ракитин Денис", "d.rakitin@setstroy-int.ru"),
    "pav": ("Сомов Павел", "p.somov@setstroy-int.ru"),
    "olg": ("Ольга Тихонова", "o.tikhonova@setstroy-int.ru"),
    "vik": ("Пахомов Виктор", "v.pakhomov@setstroy-int.ru"),
    "hd": ("Service Desk СетьСтрой", "servicedesk@sd.setstroy-int.ru"),
    "news": ("СетьСтрой-Интеграция", "news@setstroy-int.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@mail.setstroy-int.ru"),
}
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

SIG_ART = "--\nАртём Гусейнов\nинженер СКС/СКУД | ООО «СетьСтрой-Интеграция»\nмоб. +7 916 204-73-18"
SIG_KIR = "--\nКирилл Лобанов\nведущий инженер | СетьСтрой-Интеграция\n+7 (925) 118-40-62"
SIG_DEN = ("С уважением,\nДенис Ракитин\nинженер отдела слаботочных систем\nООО «СетьСтрой-Интеграция»\n"
           "ИНН 7722841093 / КПП 772201001\nт. +7 (495) 640-18-22 доб. 214")
SIG_PAV = ("-- \nПавел Сомов\nруководитель проектов\nООО «СетьСтрой-Интеграция»\n"
           "109052, г. Москва, ул. Нижегородская, д. 32, стр. 15, оф. 408\n"
           "+7 (495) 640-18-22 доб. 201 | моб. +7 (903) 771-25-90")
SIG_OLG = "--\nОльга Тихонова\nкоординатор сервисной службы\nООО «СетьСтрой-Интеграция»\n+7 (495) 640-18-25 (сервис-деск, 24/7)"
SIG_VIK = "-- \nПахомов В.Н., ст. монтажник\nт. 8-916-330-57-41"
SIG_DISP = "--\nПолякова Ирина\nДиспетчерская служба ОМИС\n+7 (495) 988-12-40"

HD_FOOTER_HTML = (
    '<hr style="border:none;border-top:1px solid #ccc">'
    '<p style="font-size:11px;color:#888">Это сообщение сформировано автоматически системой Service Desk '
    'ООО «СетьСтрой-Интеграция». Пожалуйста, не отвечайте на него — ответ не будет обработан.<br>'
    'Портал самообслуживания: <a href="https://sd.setstroy-int.ru">sd.setstroy-int.ru</a> · '
    'Линия поддержки: +7 (495) 640-18-25 (24/7) · ИНН 7722841093</p>')
HD_FOOTER_TXT = (
    "----\nЭто сообщение сформировано автоматически системой Service Desk ООО «СетьСтрой-Интеграция».\n"
    "Пожалуйста, не отвечайте на него. Портал: https://sd.setstroy-int.ru  Тел.: +7 (495) 640-18-25")


# --------------------------------------------------------------------------- builders
KOI_FIX = {"—": "-", "–": "-", "«": '"', "»": '"', "№": "N", "…": "...", "•": "*"}


def part(body, subtype="plain", charset="utf-8", cte="qp"):
    if charset == "koi8-r":  # old KOI8 client: typographic characters are not in the charset
        for a, b in KOI_FIX.items():
            body = body.replace(a, b)
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return MIMEText(body, subtype, cs)


def alt(plain, html_body, charset="utf-8", cte_plain="qp", cte_html="qp"):
    m = MIMEMultipart("alternative")
    m.attach(part(plain, "plain", charset, cte_plain))
    m.attach(part(html_body, "html", charset, cte_html))
    return m


def txt2html(s):
    return "<br>\n".join(html.escape(x) for x in s.split("\n"))


def quote(s, prefix="> "):
    return "\n".join((prefix + x).rstrip() if x else prefix.rstrip() for x in s.split("\n"))


def msgid(n, style):
    h = hashlib.sha1(("setstroy-bt-%d-%s" % (n, style)).encode()).hexdigest()
    if style == "gmail":
        return "<CAJ%s+%s@mail.gmail.com>" % (h[:14].upper(), h[14:30])
    if style == "outlook":
        return "<%s$%s@setstroy-int.ru>" % (h[:12].upper(), h[12:24].upper())
    if style == "hd":
        return "<sd.%s.%s@sd.setstroy-int.ru>" % (h[:10], h[10:18])
    if style == "bat":
        return "<%s.%s@setstroy-int.ru>" % (h[:8], h[8:16])
    if style == "iphone":
        return "<%s-%s-%s@setstroy-int.ru>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    return "<%s@setstroy-int.ru>" % h[:24]


CLIENT = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")],
    "tb": [("User-Agent", "Mozilla Thunderbird 128.4.2")],
    "bat": [("X-Mailer", "The Bat! (v10.4.5) Professional")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "hd": [("X-Mailer", "SetStroy ServiceDesk 4.2"), ("Auto-Submitted", "auto-generated")],
    "web": [("X-Mailer", "Roundcube Webmail/1.6.9")],
}

LETTERS = []  # (datetime, Message, label)


def add(when, who, subject, body, label, *, charset="utf-8", client="web", to=DISP, cc=None,
        irt=None, extra=None):
    m = body
    if charset == "koi8-r":
        for a, b in KOI_FIX.items():
            subject = subject.replace(a, b)
    # move MIME headers below the envelope-ish headers for a natural look
    saved = [(k, v) for k, v in m.items()]
    for k, _ in saved:
        del m[k]
    name, addr = P[who]
    try:
        name.encode("ascii")
        m["From"] = formataddr((name, addr))
    except UnicodeEncodeError:
        m["From"] = formataddr((name, addr), charset)
    m["To"] = formataddr(to, charset)
    if cc:
        m["Cc"] = ", ".join(formataddr(c, charset) for c in cc)
    try:
        subject.encode("ascii")
        m["Subject"] = subject
    except UnicodeEncodeError:
        if client == "iphone":  # Apple Mail encodes subjects with Q-encoding
            qcs = Charset(charset)
            qcs.header_encoding = QP
            m["Subject"] = Header(subject, qcs)
        else:
            m["Subject"] = Header(subject, charset)
    m["Date"] = format_datetime(when)
    n = len(LETTERS) + 1
    style = {"outlook": "outlook", "gmail": "gmail", "hd": "hd", "bat": "bat", "iphone": "iphone"}.get(client, "x")
    m["Message-ID"] = msgid(n, style)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in CLIENT.get(client, []):
        m[k] = v
    for k, v in (extra or []):
        m[k] = v
    if "MIME-Version" not in [k for k, _ in saved]:
        m["MIME-Version"] = "1.0"
    for k, v in saved:
        m[k] = v
    LETTERS.append((when, m, label))


def D(req, positions, status, note):
    return {"expect": "decided", "request": req, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ONS, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def dmid(tag):
    return "<%s@zakazchik-omis.ru>" % hashlib.md5(tag.encode()).hexdigest()[:20]


def hd_status_html(ticket, req, obj, cat, old, new, engineer, changed, comment=None):
    rows = [("Номер обращения", ticket), ("Заявка заказчика", req), ("Заказчик", "ОМИС, диспетчерская служба"),
            ("Объект", obj), ("Категория", cat), ("Статус", "%s → %s" % (old, new)),
            ("Ответственный инженер", engineer), ("Дата изменения", changed)]
    if comment:
        rows.append(("Комментарий", comment))
    tr = "\n".join('<tr><td style="padding:4px 10px;background:#f3f5f8;color:#555">%s</td>'
                   '<td style="padding:4px 10px"><b>%s</b></td></tr>' % (html.escape(a), html.escape(b))
                   for a, b in rows)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">'
            '<div style="background:#0b4f8a;color:#fff;padding:8px 12px;font-size:15px">СетьСтрой-Интеграция · Service Desk</div>'
            '<p>Здравствуйте!</p><p>Статус обращения изменён: <b>%s → %s</b></p>'
            '<table style="border-collapse:collapse;border:1px solid #dde">%s</table>%s</body></html>'
            % (html.escape(old), html.escape(new), tr, HD_FOOTER_HTML))


def hd_status_txt(ticket, req, obj, old, new, engineer, changed, comment=None):
    s = ("Здравствуйте!\n\nСтатус обращения изменён: %s → %s\n\nНомер обращения: %s\nЗаявка заказчика: %s\n"
         "Объект: %s\nОтветственный инженер: %s\nДата изменения: %s\n" % (old, new, ticket, req, obj, engineer, changed))
    if comment:
        s += "Комментарий: %s\n" % comment
    return s + "\n" + HD_FOOTER_TXT


def gmail_reply(attr, quoted, reply, sig=None):
    """Gmail bottom-posted reply: attribution + quote first, new text below."""
    plain = attr + "\n\n" + quote(quoted) + "\n\n" + reply + ("\n\n" + sig if sig else "") + "\n"
    h = ('<div dir="ltr"><br></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div><div dir="ltr">%s</div>%s'
         % (html.escape(attr), txt2html(quoted), txt2html(reply),
            ('<br><div class="gmail_signature">%s</div>' % txt2html(sig)) if sig else ""))
    return alt(plain, '<div dir="ltr">' + h + "</div>", "utf-8", "b64", "qp")


def lat(s):
    """Replace some Cyrillic letters with Latin look-alikes (mixed-keyboard typing)."""
    return s.replace("о", "o").replace("р", "p").replace("с", "c")


# =========================================================================== 73014
add(at(2, 10, 2), "hd", "[INC-0048213] Статус обращения изменён: Назначено → В работе",
    part(hd_status_html("INC-0048213", "73014", "БЦ «Ломоносов», Ленинский пр-т, д. 97, стр. 2",
                        "СКУД / турникеты", "Назначено", "В работе", "Гусейнов Артём", "02.11.2026 10:01"),
         "html", "utf-8", "qp"),
    D("73014", [], ACC, "helpdesk templated status for customer request 73014: taken into work"),
    client="hd")

add(at(3, 8, 47), "art", "Re: Заявка 73014 СКУД Ломоносов",
    part("Ирина, доброе утро.\n\nВыехали на Ленинский 97, работаем по турникетам 1–3 (все три позиции).\n"
         "ETA 40 min, на КПП предупредите плиз, чтобы не мурыжили.\n\n" + SIG_ART + "\n\n"
         "02.11.2026 16:20, Диспетчерская ОМИС пишет:\n" +
         quote("Артём, добрый день.\nПо 73014 просьба сообщить время выезда. Турникеты в лобби, 3 шт.,\n"
               "пропуск на Гусейнова заказан на 03.11.\n\n" + SIG_DISP) + "\n", "plain", "utf-8", "qp"),
    D("73014", ["1", "2", "3"], WAY, "выехали, ETA 40 min; turnstiles 1-3 = positions 1,2,3"),
    client="tb", irt=dmid("73014-q1"))

add(at(3, 9, 31), "art", "Ленинский пр-т 97 стр.2 (73014)",
    part("On site. Охрана пустила без вопросов, шкаф СКУД в лобби открыли, начинаем диагностику.\nА.", "plain", "utf-8", "8bit"),
    D("73014", [], ONS, "on site; request number in brackets after the address; no position named"),
    client="iphone")

add(at(3, 13, 20), "art", "73014 промежуточно",
    part("По 73014:\n\n"
         "п.1 и п.2 — считыватели заменили (оба были мёртвые, пробит RS-485), проходы работают, карты читаются.\n"
         "п.3 — сгорела плата контроллера турникета, на складе нет, привезут в четверг. Турникет 3 пока\n"
         "зафиксирован в открытом положении, охрана в курсе.\n\n"
         "С объекта ушли, по п.3 вернёмся отдельно.\n\n" + SIG_ART, "plain", "utf-8", "qp"),
    D("73014", ["1", "2"], LEFT, "positions 1 and 2 finished; position 3 only planned"),
    client="tb")

add(at(5, 15, 10), "den", "RE: 73014 турникет 3",
    part("Ирина, добрый день.\n\n"
         "Плату контроллера PERCo CT/L04 поставили (S/N 0419-22871), турникет №3 прошёл проверку — проход по картам\n"
         "в обе стороны, аварийная разблокировка от кнопки охраны работает. Ушли с объекта в 14:50.\n\n"
         + SIG_DEN + "\n\n"
         "-----Original Message-----\n"
         "From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
         "Sent: Wednesday, November 4, 2026 5:02 PM\n"
         "To: Ракитин Денис <d.rakitin@setstroy-int.ru>\n"
         "Subject: RE: 73014 турникет 3\n\n"
         "Денис, добрый вечер.\nАртём писал, что по 3-му турникету ждёте плату. Когда планируете выезд?\n"
         "Охрана просит предупредить за час.\n\n" + SIG_DISP + "\n", "plain", "windows-1251", "b64"),
    D("73014", ["3"], LEFT, "turnstile 3 repaired, ушли с объекта 14:50; quoted question below is old"),
    charset="windows-1251", client="outlook", irt=dmid("73014-q3"))

# =========================================================================== 73027
add(at(3, 11, 40), "olg", "Заявка №73027 — принята в работу",
    part("Добрый день, Ирина!\n\n"
         "Заявку №73027 (видеонаблюдение, склад «Подольск-Логистик») приняли в работу. Ответственный — Ракитин Денис,\n"
         "выезжать, скорее всего, будет бригада Пахомова. Дату выезда согласуем, как только склад подтвердит\n"
         "пропуск на машину.\n\n" + SIG_OLG + "\n", "plain", "utf-8", "b64"),
    D("73027", [], ACC, "accepted, plan for trip is not a status"),
    client="web")

add(at(5, 7, 55), "vik", "73027 Подольск",
    part("Ирина, доброе утро.\n\n"
         "Едем на склад в Подольск (Симферопольское ш., 2-й км, стр. 7), будем ориентировочно к 9:30.\n"
         "Машина Лада Ларгус А417КМ750, нас двое — Пахомов и Ершов.\n\n" + SIG_VIK + "\n", "plain", "koi8-r", "8bit"),
    D("73027", [], WAY, "едем, будем к 9:30; car plate and '2-й км' are not positions"),
    charset="koi8-r", client="bat")

add(at(5, 16, 40), "vik", "Re: 73027 Подольск",
    part("Здравствуйте, Ирина.\n\nПо 73027 закончили.\n"
         "гр.1 (периметр) - 6 камер Hikvision DS-2CD2143G2-IS перевесили на новые кронштейны, юстировка,\n"
         "все 6 в онлайне на NVR (10.40.1.20).\n"
         "гр.2 (рампа) - 4 камеры, заменили 2 блока питания 12В, картинка есть, ночной режим проверили.\n"
         "Убыли в 16:20.\n\n" + SIG_VIK + "\n", "plain", "koi8-r", "8bit"),
    D("73027", ["1", "2"], LEFT, "camera groups 1 and 2 done, убыли 16:20"),
    charset="koi8-r", client="bat")

# =========================================================================== 73041
add(at(5, 12, 15), "pav", "Re: Заявка 73041 — СКС, Б. Татарская",
    part("Ирина, добрый день, ответы ниже по тексту.\n\n"
         "05.11.2026 10:48, Диспетчерская ОМИС пишет:\n"
         "> Павел, добрый день!\n"
         "> Направили вам заявку 73041: СКС на 3 и 4 этажах, ул. Большая Татарская, д. 35, стр. 4.\n"
         "> Поз. 1 — 3 этаж, 24 линии; поз. 2 — 4 этаж, 16 линий.\n"
         "> Прошу подтвердить получение.\n\n"
         "Получили, взяли в работу. Ответственный инженер — Лобанов Кирилл.\n\n"
         "> Когда сможете начать?\n\n"
         "Ориентируемся на пятницу, 6-е, с 8 утра. Сначала 3 этаж, 4-й — в понедельник.\n\n"
         "> Нужен ли пропуск на машину и материалы?\n\n"
         "Да: Газель, Х512ОР77, водитель Мамедов Р. Кабель и патч-панели привезём сами.\n\n"
         + quote(SIG_DISP) + "\n\n" + SIG_PAV + "\n", "plain", "utf-8", "qp"),
    D("73041", [], ACC, "PM inline reply: 'получили, взяли в работу'; dates are plans"),
    client="tb", irt=dmid("73041-new"))

add(at(6, 8, 20), "kir", "73041 поз.1 — выехали",
    part("Бригада выдвинулась на Б. Татарскую, по 73041 поз.1 (3 этаж). Будем ~9:00, нас трое + газель с кабелем.\nК.",
         "plain", "utf-8", "qp"),
    D("73041", ["1"], WAY, "выдвинулась, будем ~9:00"),
    client="web")

add(at(6, 9, 12), "art", "Re: 73041 поз.1 — выехали",
    part("Татарская — on site с 9:05. Кросс на 3-м вскрыли, начинаем трассу по коридору.\nА.Г.", "plain", "utf-8", "8bit"),
    D("73041", ["1"], ONS, "Re: subject names old status (выехали) and the position; body says on site"),
    client="iphone", irt=msgid(len(LETTERS), "x"))

add(at(6, 18, 5), "kir", "73041-1",
    part("Ирина, по 3 этажу всё:\n"
         " — проложили 24 линии cat.6 U/UTP, патч-панель 24p в шкафу ШТ-3.1;\n"
         " — протестировали Fluke DSX-5000, все линии прошли, отчёт пришлю pdf-кой в понедельник;\n"
         " — мусор вынесли, потолок закрыли.\n"
         "Ушли с объекта 17:50. 4-й этаж (поз.2) — в понедельник, как договаривались.\n\n" + SIG_KIR,
         "plain", "utf-8", "qp"),
    D("73041", ["1"], LEFT, "subject 73041-1; position 2 only planned"),
    client="web")

bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(part(
    "This is the mail system at host mail.setstroy-int.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    "For further assistance, please send mail to postmaster.\n\n"
    "                   The mail system\n\n"
    "<s.ivlev@setstroy-int.ru>: unknown user: \"s.ivlev\"\n", "plain", "us-ascii", "8bit"))
_ds = MIMEBase("message", "delivery-status")
_b1 = Message()
_b1["Reporting-MTA"] = "dns; mail.setstroy-int.ru"
_b1["X-Postfix-Queue-ID"] = "4Q7kLm2Zx9z1xQ"
_b1["Arrival-Date"] = "Mon,  9 Nov 2026 09:40:12 +0300 (MSK)"
_b2 = Message()
_b2["Final-Recipient"] = "rfc822; s.ivlev@setstroy-int.ru"
_b2["Action"] = "failed"
_b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "X-Postfix; unknown user: \"s.ivlev\""
_ds.set_payload([_b1, _b2])
bounce.attach(_ds)
_rh = MIMEBase("text", "rfc822-headers")
_rh.set_payload("From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\r\n"
                "To: s.ivlev@setstroy-int.ru\r\n"
                "Subject: =?utf-8?b?NzMwNDEg0L/QvtC3LjIg4oCUINC60YLQviDQstGL0LXQt9C20LDQtdGCPw==?=\r\n"
                "Date: Mon, 9 Nov 2026 09:39:58 +0300\r\n"
                "Message-ID: " + dmid("73041-ivlev") + "\r\n")
bounce.attach(_rh)
add(at(9, 9, 40, 12), "daemon", "Undelivered Mail Returned to Sender", bounce,
    I("bounce (delivery status notification) for a dispatcher's mail about 73041"),
    client="x", extra=[("Auto-Submitted", "auto-replied")])

add(at(9, 10, 5), "den", "RE: 73041 поз2",
    part("Прибыли на обьект в 9:55, 4 этаж, работаем. Ключ от кроссовой дали, администратор на месте.\n\n"
         + SIG_DEN + "\n\n"
         "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
         "Отправлено: 9 ноября 2026 г. 8:31\n"
         "Кому: Ракитин Денис <d.rakitin@setstroy-int.ru>\n"
         "Копия: Сомов Павел <p.somov@setstroy-int.ru>\n"
         "Тема: 73041 поз2\n\n"
         "Денис, доброе утро.\nПодтвердите, пожалуйста, выезд по позиции 2 (4 этаж) — Кирилл сегодня на другом объекте.\n\n"
         "Полякова Ирина\nДиспетчерская служба ОМИС\n", "plain", "windows-1251", "qp"),
    D("73041", ["2"], ONS, "прибыли на объект 9:55; number and position only in RE: subject; quoted Outlook block is old"),
    charset="windows-1251", client="outlook", irt=dmid("73041-p2"))

_p = ("Ирина, добрый вечер.\n\n"
      "Завершение работ по поз. 2 заявки 73041 — 17:10. 16 линий на 4 этаже проложены и промаркированы,\n"
      "кросс подписан. Акт № СИ-1109/2 оставили у администратора офиса (Смирнова Е.).\n"
      "Бригада с объекта уехала.\n\n" + SIG_DEN + "\n")
add(at(9, 17, 30), "den", "Завершение работ — 73041, поз. 2",
    alt(_p, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">%s</div></body></html>' % txt2html(_p),
        "windows-1251", "qp", "qp"),
    D("73041", ["2"], LEFT, "noun form 'Завершение работ ... 17:10', бригада уехала; act number is not a request"),
    charset="windows-1251", client="outlook")

# =========================================================================== 73058
_mail = ("Здравствуйте!\n\nПо вашему обращению #48377 назначен инженер.\n\n"
         "Заявка заказчика: 73058\nОбъект: ТЦ «Орбита», Каширское ш., д. 61\n"
         "Инженер: Лобанов Кирилл, +7 (925) 118-40-62\nСтатус: Назначено → В работе\n\n" + HD_FOOTER_TXT + "\n")
add(at(6, 9, 50), "hd", "[#48377] Инженер назначен — заявка 73058",
    alt(_mail, hd_status_html("#48377", "73058", "ТЦ «Орбита», Каширское ш., д. 61", "Wi-Fi", "Назначено",
                              "В работе", "Лобанов Кирилл", "06.11.2026 09:49"), "utf-8", "qp", "b64"),
    D("73058", [], ACC, "helpdesk 'Инженер назначен' for customer request 73058; #48377 is helpdesk ticket"),
    client="hd")

add(at(6, 11, 0), "hd", "Оцените работу по обращению INC-0048213",
    part('<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:13px">'
         '<p>Здравствуйте!</p><p>Недавно наши инженеры выполняли работы по вашему обращению <b>INC-0048213</b>.'
         ' Пожалуйста, уделите минуту и оцените качество обслуживания — это помогает нам становиться лучше.</p>'
         '<p style="font-size:22px">'
         '<a href="https://sd.setstroy-int.ru/survey/48213?r=1">1</a> '
         '<a href="https://sd.setstroy-int.ru/survey/48213?r=2">2</a> '
         '<a href="https://sd.setstroy-int.ru/survey/48213?r=3">3</a> '
         '<a href="https://sd.setstroy-int.ru/survey/48213?r=4">4</a> '
         '<a href="https://sd.setstroy-int.ru/survey/48213?r=5">5</a></p>'
         '<p>Опрос займёт не более 30 секунд.</p>' + HD_FOOTER_HTML + '</body></html>', "html", "utf-8", "b64"),
    I("automatic satisfaction survey from the helpdesk, no report"),
    client="hd", extra=[("Precedence", "bulk")])

add(at(10, 8, 10), "olg", "Автоматический ответ: Заявка 73058 — когда будет бригада?",
    part("Здравствуйте!\n\n10 ноября я на обучении, на письма отвечу 11.11.\n"
         "По срочным вопросам: Сомов Павел, +7 (903) 771-25-90, p.somov@setstroy-int.ru.\n"
         "Заявки круглосуточно принимает сервис-деск: +7 (495) 640-18-25.\n\nОльга Тихонова\n", "plain", "utf-8", "qp"),
    I("out-of-office auto-reply"),
    client="outlook", irt=dmid("73058-when"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add(at(10, 9, 25), "kirg", "Re: Заявка 73058 — когда будет бригада?",
    gmail_reply("вт, 10 нояб. 2026 г. в 08:05, Диспетчер <dispatch@zakazchik-omis.ru>:",
                "Кирилл, доброе утро!\nПо 73058 (Wi-Fi, ТЦ «Орбита») — когда ждать бригаду? ТЦ открывается в 10:00,\n"
                "администрация просит закончить с потолками в торговом зале до открытия.\n\n" + SIG_DISP,
                "Доброе. Мы уже в ТЦ с 8:40, поз. 1 (1 этаж, у эскалаторов) — потолок вскрыли, тянем линию от кросса.\n"
                "До открытия зал освободим.", "Кирилл"),
    D("73058", ["1"], ONS, "gmail bottom-post under the dispatcher's question: already in the mall at position 1"),
    client="gmail", irt=dmid("73058-when"))

add(at(10, 14, 0), "kir", "73058 — точки 1 и 2 готовы",
    part("Ирина, апдейт по 73058:\n\n"
         "AP на поз. 1 и поз. 2 смонтированы (Ubiquiti U6-Pro, MAC 74:ac:b9:3e:10:4f и 74:ac:b9:3e:11:02),\n"
         "запитаны по PoE от свитча в кроссовой 1 эт., порты Gi1/0/11 и Gi1/0/12, VLAN 120 (гости) / 121 (сотрудники).\n"
         "Контроллер видит, SSID ORBITA-Guest поднят, клиенты цепляются.\n\n"
         "Точки 3 и 4 — завтра, нужен подъёмник, на 2 этаже атриум 7 метров.\n"
         "С объекта ушли в 13:45.\n\n" + SIG_KIR, "plain", "utf-8", "qp"),
    D("73058", ["1", "2"], LEFT, "points 1,2 done and left; 3,4 planned for tomorrow"),
    client="web")

add(at(11, 12, 50), "kir", "73058 точки 3/4",
    part("Поз. 3 — готово, точка висит, линк 1G, в контроллере.\n"
         "Сейчас на 4-й, подъёмник приехал только в 12, работаем.\nК.", "plain", "utf-8", "8bit"),
    R("different statuses for different positions: 3 finished, 4 crew on site"),
    client="web")

add(at(11, 14, 10), "art", "73058 поз. 5",
    part("Ирина, по просьбе администрации ТЦ поставили ещё одну точку — в фудкорте, 3 этаж.\n"
         "Пишу как поз. 5 по 73058. Смонтирована, в контроллере, MAC 74:ac:b9:3e:14:c8, порт Gi1/0/15.\n"
         "Допник оформим через Павла.\n\n" + SIG_ART, "plain", "utf-8", "qp"),
    R("position 5 does not exist in request 73058 (only 1-4)"),
    client="tb")

add(at(11, 16, 45), "pav", "Re: 73058 — статус по точке 4",
    part("Ирина, добрый день.\n\n"
         "11.11.2026 15:30, Диспетчерская ОМИС пишет:\n"
         "> Павел, добрый день.\n"
         "> Кирилл писал, что по 73058 на 4-й точке работают с обеда. Есть результат?\n\n"
         "Есть: точка 4 смонтирована, линк поднят, клиенты подключаются. Бригада уехала из ТЦ в 16:30.\n\n"
         "> И вопрос по подъёмнику — аренда за ваш счёт или выставите нам?\n\n"
         "Это не в рамках заявки — обсудим с вашим договорным отделом, пришлю КП.\n\n"
         "> Ещё Артём упоминал какую-то пятую точку. Её в заявке нет.\n\n"
         "Знаю, это инициатива администрации ТЦ. Оформим отдельной заявкой, если согласуете.\n\n"
         "> " + SIG_DISP.replace("\n", "\n> ") + "\n\n" + SIG_PAV + "\n", "plain", "utf-8", "qp"),
    D("73058", ["4"], LEFT, "PM inline answer: point 4 done, бригада уехала 16:30; price talk is secondary"),
    client="tb", irt=dmid("73058-p4"))

# =========================================================================== 73066
add(at(9, 12, 40), "pav", "Заявка 73066 — замена коммутатора ядра",
    part("Ирина, добрый день.\n\n"
         "Заявку 73066 получили, в работу взяли. Коммутатор Cisco C9300-24T-E на нашем складе есть (S/N FOC2548X1AB),\n"
         "конфиг подготовим по текущему бэкапу. Работы только в технологическое окно — предлагаем 10.11 с 22:00 до 02:00,\n"
         "подтвердите, пожалуйста, с ИТ-службой объекта.\n\n" + SIG_PAV + "\n", "plain", "windows-1251", "b64"),
    D("73066", [], ACC, "accepted; proposed window is a plan"),
    charset="windows-1251", client="outlook")

add(at(9, 15, 0), "den", "73066 — вопросы по доступу",
    part("Ирина, по 73066 пара вопросов перед выездом:\n"
         "1) кто ночью даст доступ в серверную на Новослободской (ключ/карта)?\n"
         "2) окно 22:00–02:00 согласовано с их ИТ? Нужно, чтобы кто-то с их стороны был на связи — будем гасить ядро,\n"
         "   ляжет всё, включая телефонию.\n"
         "3) пароль от консоли старого свитча у них или у нас в базе (наш тикет #48391)?\n\n"
         "Спасибо.\n\n" + SIG_DEN + "\n", "plain", "windows-1251", "qp"),
    R("questions only, no status"),
    charset="windows-1251", client="outlook")

add(at(10, 10, 0), "den", "RE: 73066 окно работ",
    part("Ирина, спасибо, подтверждение окна 10.11 22:00–02:00 получили, с Игорем из их ИТ созвонились.\n"
         "Ключ от серверной заберём у охраны на посту №2.\n\n" + SIG_DEN + "\n\n"
         "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
         "Отправлено: 10 ноября 2026 г. 9:41\n"
         "Кому: Ракитин Денис <d.rakitin@setstroy-int.ru>\n"
         "Тема: RE: 73066 — вопросы по доступу\n\n"
         "Денис, окно согласовано: 10.11 с 22:00 до 02:00. Ключ — у охраны, пост №2. Дежурный ИТ — Игорь, +7 916 555-20-14.\n",
         "plain", "windows-1251", "b64"),
    R("thanks / acknowledgement of the dispatcher's own message, no status"),
    charset="windows-1251", client="outlook", irt=dmid("73066-window"))

add(at(10, 21, 40), "den", "73066 выезд",
    part("Выезд на Новослободскую 21:40, будем к 22:00 к началу окна. Ракитин + Лобанов.\n\nОтправлено с iPhone",
         "plain", "utf-8", "qp"),
    D("73066", [], WAY, "noun 'Выезд на ... 21:40', будем к 22:00"),
    client="iphone")

add(at(11, 8, 10), "pav", "FW: 73066 готово",
    part("Ирина, доброе утро. Для информации — ночью замену сделали, отчёт Дениса ниже.\n\nПавел\n\n"
         "От: Ракитин Денис <d.rakitin@setstroy-int.ru>\n"
         "Отправлено: 11 ноября 2026 г. 2:35\n"
         "Кому: Сомов Павел <p.somov@setstroy-int.ru>\n"
         "Тема: 73066 готово\n\n"
         "Паша, по 73066 поз. 1 всё: старый 3750 снят, C9300 стоит, конфиг залит, аплинки Te1/1/1 и Te1/1/2 в up,\n"
         "VLAN 10/20/110 ходят, телефония зарегистрировалась (проверили 5 аппаратов). Старый свитч забрали на склад.\n"
         "Убыли 02:20.\nД.\n", "plain", "windows-1251", "qp"),
    D("73066", ["1"], LEFT, "forwarded crew report (Outlook FW header block): убыли 02:20"),
    charset="windows-1251", client="outlook")

# =========================================================================== 73079
add(at(10, 11, 20), "hd", "Обращение INC-0048402: статус изменён (заявка 73079)",
    part(hd_status_html("INC-0048402", "73079", "ЖК «Северный парк», подземный паркинг", "Видеонаблюдение",
                        "Новое", "Назначено", "Гусейнов Артём", "10.11.2026 11:19",
                        "Принято в работу, выезд согласуем с УК."), "html", "utf-8", "qp"),
    D("73079", [], ACC, "helpdesk: Новое → Назначено, 'принято в работу'"),
    client="hd")

add(at(12, 8, 30), "kir", "73079 паркинг — едем",
    part("Ирина, доброе.\n\n"
         "С 7 утра сидели в серверной на Нагатинской (другой объект, там лёг регистратор), там закончили.\n"
         "Сейчас выдвигаемся к вам на паркинг «Северный парк» по 73079, ETA 40 min. Артём подъедет туда сам.\n\nК.",
         "plain", "utf-8", "qp"),
    D("73079", [], WAY, "finished at ANOTHER site's server room, now heading to 73079, ETA 40 min"),
    client="web")

add(at(12, 9, 20), "art", "73079 (1)",
    part("На месте, уровень -1. Щит видеонаблюдения открыли, начинаем с камер у въезда.\n\n" + SIG_ART, "plain", "utf-8", "8bit"),
    D("73079", ["1"], ONS, "position in brackets in the subject"),
    client="tb")

add(at(12, 15, 50), "olg", "Сводка по объектам на 15:30",
    part("Коллеги, коротко по нашим работам на сегодня:\n\n"
         "• 73079 (паркинг «Северный парк») — уровни -1 и -2 в работе, Гусейнов и Лобанов на месте;\n"
         "• 73102 (СКУД, Шаболовка) — ждём поставку контроллеров Sigur, выезд ориентировочно в понедельник;\n"
         "• 73115 (Wi-Fi переговорная) — разбираемся удалённо.\n\n"
         "Если нужны детали — звоните.\n\n" + SIG_OLG + "\n", "plain", "utf-8", "b64"),
    R("summary covering several different requests in one letter"),
    client="web")

add(at(12, 17, 10), "art", "Re: 73079 (1)",
    part("гр.1 и гр.2 сдали — 14 камер в NVR, линки подняты, запись идёт, охрана паркинга картинку видит.\n"
         "Свалили с объекта в 17:00. Гр.3 (уровень -3) завтра с утра, там надо перетянуть 2 линии.\n\n" + SIG_ART,
         "plain", "utf-8", "qp"),
    D("73079", ["1", "2"], LEFT, "groups 1 and 2 done, 'свалили с объекта'; group 3 planned"),
    client="tb")

add(at(13, 13, 5), "kirg", "Re: 73079 поз. 3",
    gmail_reply("пт, 13 нояб. 2026 г. в 09:02, Диспетчер <dispatch@zakazchik-omis.ru>:",
                "Кирилл, по 73079 поз. 3 какой статус?\nЖильцы жалуются, на -3 нет картинки с вечера четверга.\n\n" + SIG_DISP,
                "По 3-й (уровень -3): перетянули 2 линии, все 5 камер в онлайне, картинку охране показали.\nУехали в 12:40."),
    D("73079", ["3"], LEFT, "gmail bottom-post: 'по 3-й ... уехали в 12:40'"),
    client="gmail", irt=dmid("73079-p3"))

# =========================================================================== 73102
add(at(11, 10, 0), "pav", "RE: Новая заявка 73102 — СКУД Шаболовка",
    part("Ирина, добрый день.\n\nПринято. 73102 берём в работу. Контроллеры Sigur E500 заказаны, поставка 2–3 рабочих дня,\n"
         "после поступления согласуем выезд. Счёт на материалы по договору № СИ-2026/114 выставим отдельно.\n\n"
         + SIG_PAV + "\n", "plain", "windows-1251", "qp"),
    D("73102", [], ACC, "'Принято ... берём в работу'; contract number is not a request"),
    charset="windows-1251", client="outlook", irt=dmid("73102-new"))

_mdn = MIMEMultipart("report", report_type="disposition-notification")
_mdn.attach(part("Ваше сообщение\n\n  Кому: Ракитин Денис\n  Тема: 73102 позиция 1 — доступ на объект\n"
                 "  Отправлено: 13.11.2026 15:12\n\nбыло прочитано 13.11.2026 16:00.\n", "plain", "utf-8", "qp"))
_d = MIMEBase("message", "disposition-notification")
_d.set_payload("Reporting-UA: Microsoft Outlook 16.0\r\n"
               "Final-Recipient: rfc822;d.rakitin@setstroy-int.ru\r\n"
               "Original-Message-ID: " + dmid("73102-access") + "\r\n"
               "Disposition: manual-action/MDN-sent-automatically; displayed\r\n")
_mdn.attach(_d)
add(at(13, 16, 0), "den", "Прочитано: 73102 позиция 1 — доступ на объект", _mdn,
    I("read receipt (MDN)"), charset="utf-8", client="outlook")

add(at(16, 9, 5), "den", "73102 Шаболовка — выехали",
    part("Доброе утро.\n\nПо наряду 73102 выехали на Шаболовку, будем в 9:45. Работаем по обеим дверям\n"
         "(поз. 1 — вход с ул. Шаболовка, поз. 2 — дверь во двор). Контроллеры получили.\n\n" + SIG_DEN + "\n",
         "plain", "windows-1251", "qp"),
    D("73102", ["1", "2"], WAY, "'по наряду' ... выехали, будем в 9:45; both positions named"),
    charset="windows-1251", client="outlook")

add(at(16, 12, 30), "den", "RE: 73102 Шаболовка — выехали",
    part("По П1 контроллер поставили, прописали в Sigur, дверь работает.\n"
         "По П2 сейчас тянем кабель до считывателя во дворе, часа на 3–4.\n\n" + SIG_DEN + "\n",
         "plain", "windows-1251", "b64"),
    R("different statuses for different positions: П1 done, П2 crew still working on site"),
    charset="windows-1251", client="outlook")

add(at(16, 17, 45), "den", "RE: 73102 П2",
    part("П1 был готов ещё в обед. П2 тоже закончили: считыватель во дворе подключён, дверь открывается по карте,\n"
         "события в журнале Sigur пишутся. Собрались и уехали в 17:30.\n\n" + SIG_DEN + "\n",
         "plain", "windows-1251", "qp"),
    D("73102", ["1", "2"], LEFT, "both П1 and П2 finished, уехали 17:30; number only in subject"),
    charset="windows-1251", client="outlook")

# =========================================================================== 73115
add(at(12, 14, 30), "olg", "Re: Заявка 73115 Wi-Fi переговорная",
    part("Ирина, добрый день!\n\nЗаявку #73115 в работу приняли. Инженер Гусейнов сначала попробует решить удалённо\n"
         "через контроллер — если не получится, согласуем выезд.\n\n" + SIG_OLG + "\n", "plain", "utf-8", "b64"),
    D("73115", [], ACC, "accepted"),
    client="web", irt=dmid("73115-new"))

add(at(13, 11, 20), "art", "73115 — решено удалённо",
    part("Ирина, добрый день.\n\n"
         "По 73115: точку в переговорной (AP-CONF-01, MAC 3c:84:6a:1f:22:9e, 10.10.120.31) перезагрузили удалённо\n"
         "через контроллер и откатили прошивку на 6.5.28 — после апдейта она уходила в бутлуп.\n"
         "Клиенты подключаются, спидтест 280/260. Выезд не понадобился, тикет #48502 закрыли.\n\n" + SIG_ART,
         "plain", "utf-8", "qp"),
    D("73115", [], LEFT, "remote fix, nobody travelled, work finished and ticket closed: recorded as final status"),
    client="tb")

# =========================================================================== 73133
_cal = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
        "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Сомов Павел:mailto:p.somov@setstroy-int.ru\r\n"
        "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
        "SUMMARY;LANGUAGE=ru-RU:Принято: Созвон по заявке 73133 — перенос шкафов\r\n"
        "DTSTART;TZID=Russian Standard Time:20261113T113000\r\nDTEND;TZID=Russian Standard Time:20261113T120000\r\n"
        "UID:040000008200E00074C5B7101A82E0080000000073133ABCDEF\r\nDTSTAMP:20261113T072000Z\r\n"
        "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
_c = MIMEMultipart("alternative")
_c.attach(part("Сомов Павел принял это приглашение.\n", "plain", "utf-8", "qp"))
_cp = part(_cal, "calendar", "utf-8", "b64")
_cp.set_param("method", "REPLY")
_c.attach(_cp)
add(at(13, 10, 20), "pav", "Принято: Созвон по заявке 73133 — перенос шкафов", _c,
    I("calendar meeting response generated by the mail client"), client="outlook")

add(at(13, 12, 0), "pav", "RE: Заявка 73133 — перенос шкафов",
    part("Ирина, по итогам созвона: заявку 73133 взяли в работу.\n"
         "Перенос 4 шкафов (ШТ-1…ШТ-4) делаем 17–18 ноября, по 2 шкафа в день, простой сети на каждый шкаф — до 2 часов.\n\n"
         + SIG_PAV + "\n", "plain", "windows-1251", "qp"),
    D("73133", [], ACC, "взяли в работу; dates are plans"),
    charset="windows-1251", client="outlook")

add(at(17, 10, 15), "kir", "Кожевническая, 73133",
    part("Ирина, доброе утро.\n\nС утра были в серверной на Дубининской (не ваш объект) — забрали оттуда 42U стойку под ШТ-2.\n"
         "Сейчас на месте, Кожевническая, по 73133 начали с ШТ-1 и ШТ-2 (поз. 1, 2): гасим коммутацию, снимаем оборудование.\n\n"
         + SIG_KIR, "plain", "utf-8", "qp"),
    D("73133", ["1", "2"], ONS, "first at ANOTHER site's server room, now on site for positions 1,2"),
    client="web")

_rows = [("1", "ШТ-1", "перенесён, коммутация восстановлена, линки up", "готово"),
         ("2", "ШТ-2", "смонтирован в новую стойку 42U, 24 порта перекоммутированы", "готово"),
         ("3", "ШТ-3", "—", "18.11"),
         ("4", "ШТ-4", "—", "18.11")]
_tbl = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td><b>%s</b></td></tr>" % r for r in _rows)
add(at(17, 19, 30), "kir", "73133 — итоги дня",
    part('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px"><p>Ирина, итоги по 73133 на сегодня:</p>'
         '<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">'
         '<tr style="background:#e8eef5"><th>Поз.</th><th>Шкаф</th><th>Что сделано</th><th>Статус</th></tr>\n'
         + _tbl + '</table><p>Бригада убыла в 19:10. Завтра с 9:00 — ШТ-3 и ШТ-4.</p>'
         '<p>--<br>Кирилл Лобанов<br>ведущий инженер | СетьСтрой-Интеграция</p></body></html>', "html", "utf-8", "qp"),
    D("73133", ["1", "2"], LEFT, "HTML table: rows 1,2 done, 3,4 planned; бригада убыла 19:10"),
    client="web")

add(at(18, 8, 40), "vik", "Re: 73133 поз 3,4",
    part("Здравствуйте, Ирина.\n\nВы писали 17 ноября 2026 г., 20:05:\n\n"
         "ИП> Виктор Николаевич, добрый вечер. Завтра по 73133 остаются шкафы 3 и 4.\n"
         "ИП> Во сколько будете? Охрана на Кожевнической с 8:00.\n\n"
         "Выехали на Кожевническую, шкафы 3 и 4. Будем в 9:10-9:20.\n\n" + SIG_VIK + "\n", "plain", "koi8-r", "8bit"),
    D("73133", ["3", "4"], WAY, "The Bat! reply under 'ИП>' quote: выехали на ..."),
    charset="koi8-r", client="bat", irt=dmid("73133-34"))

add(at(18, 15, 20), "olg", "Fwd: 73133 шкафы 3,4",
    part("Ирина, пересылаю отчёт бригады по 73133.\n\n"
         "-------- Пересылаемое сообщение --------\n"
         "18.11.2026, 15:02, \"Пахомов Виктор\" <v.pakhomov@setstroy-int.ru>:\n\n"
         "Оля, по 73133: ШТ-3 и ШТ-4 перенесены, коммутация восстановлена, 48 портов прозвонили, WAN поднялся.\n"
         "Уехали в 15:00. Акт подписал завхоз.\nПахомов\n\n"
         "-------- Конец пересылаемого сообщения --------\n\n" + SIG_OLG + "\n", "plain", "utf-8", "b64"),
    D("73133", ["3", "4"], LEFT, "forwarded crew report: cabinets 3 and 4 moved, уехали 15:00"),
    client="web")

# =========================================================================== 73150
add(at(16, 10, 10), "hd", "Service Desk: Инженер назначен [INC-0048655]",
    part(hd_status_txt("INC-0048655", "73150", "офис, Профсоюзная ул., д. 65", "Новое", "Инженер назначен",
                       "Гусейнов Артём", "16.11.2026 10:09", "Заявка принята, уточняем наличие камер на складе."),
         "plain", "utf-8", "qp"),
    D("73150", [], ACC, "helpdesk plain-text notification: engineer assigned, 'заявка принята'"),
    client="hd")

add(at(16, 13, 0), "pav", "73150 — стоимость камер",
    part("Ирина, добрый день.\n\n"
         "По 73150: камеры Hikvision DS-2CD2387G2-LU из спецификации подорожали — с 16 900 до 19 200 руб./шт.,\n"
         "по двум позициям итого 38 400 руб. с НДС. Нужно доп. соглашение к договору № СИ-2026/114,\n"
         "либо согласуйте замену на DS-2CD2383G2-IU (в наличии, 15 700 руб./шт.). Без решения не выезжаем.\n\n"
         + SIG_PAV + "\n", "plain", "windows-1251", "b64"),
    R("price / contract talk, no status"),
    charset="windows-1251", client="outlook")

add(at(17, 9, 0), "art", "73150 когда",
    part("Ирина, бригада сейчас в серверной другого заказчика на Рязанке (авария, упал стек).\n"
         "К вам по 73150 выедем после обеда, ориентировочно в 14:00. Камеры DS-2CD2383G2-IU забрали со склада, как согласовали.\n\n"
         + SIG_ART, "plain", "utf-8", "qp"),
    R("crew is at ANOTHER customer's server room; trip to 73150 is only planned"),
    client="tb")

add(at(17, 14, 5), "art", "#73150 выезд",
    part("Выдвинулись на Профсоюзную 65, ETA 30 мин. Камеры с собой.\nА.", "plain", "utf-8", "8bit"),
    D("73150", [], WAY, "'#73150' in subject; выдвинулись, ETA 30 мин"),
    client="iphone")

add(at(17, 17, 30), "art", "Re: #73150 выезд",
    part("Обе камеры заменили (п.1 — главный вход, п.2 — вход со двора), добавили в NVR, IP 10.20.30.41 и .42,\n"
         "старые забрали. Ушли с объекта 17:20.\n\n" + SIG_ART, "plain", "utf-8", "qp"),
    D("73150", ["1", "2"], LEFT, "Re: subject names old status (выезд); body: both replaced, ушли 17:20"),
    client="tb")

# =========================================================================== 73168
add(at(17, 11, 45), "kir", "Re: Заявка 73168 — СКС 5 этаж",
    part("Получил, 73168 беру. Выезд согласую, как только УК выдаст пропуск.\nК.\n\n"
         "17.11.2026 11:05, Диспетчерская ОМИС пишет:\n"
         + quote("Кирилл, добрый день. Новая заявка 73168 — СКС, БЦ «Ломоносов», 5 этаж, кабинеты 512, 514, 517.\n"
                 "Пропуск на бригаду заказываем через УК, сообщите ФИО.") + "\n", "plain", "utf-8", "qp"),
    D("73168", [], ACC, "'беру' = accepted; cabinet numbers in quote are not positions"),
    client="web", irt=dmid("73168-new"))

add(at(18, 9, 30), "kir", "73168",
    part("Ирина, по 73168 ещё не выехали — УК БЦ «Ломоносов» до сих пор не выдала пропуск на Лобанова и Кузнецова.\n"
         "Как только дадут — сразу едем, от нас 25 минут.\nК.", "plain", "utf-8", "qp"),
    R("negation: ещё не выехали, only a plan"),
    client="web")

add(at(18, 10, 40), "kir", "Re: 73168",
    part("Пропуск дали, спасибо. Выехали из офиса на Нижегородской, едем на Ленинский по 73168, будем минут через 25.\nК.",
         "plain", "utf-8", "qp"),
    D("73168", [], WAY, "выехали ИЗ офиса, едем НА объект: on the way"),
    client="web")

add(at(18, 11, 10), "kirg", "73168",
    alt("На мсете, 5 эт., каб. 512 — поз.1, начинаем. Связь плохая, если что — звоните на +7 925 118-40-62\n",
        '<div dir="ltr">На мсете, 5 эт., каб. 512 — поз.1, начинаем. Связь плохая, если что — звоните на +7 925 118-40-62</div>\n',
        "utf-8", "qp", "qp"),
    D("73168", ["1"], ONS, "typo 'на мсете'; каб. 512 and phone are not request numbers"),
    client="gmail")

add(at(18, 18, 20), "kir", "Re: 73168",
    part("Итог по 73168:\n"
         "поз. 1 — каб. 512, 6 розеток RJ45;\n"
         "поз. 2 — каб. 514, 4 розетки;\n"
         "поз. 3 — каб. 517, 8 розеток.\n"
         "Все линии протестированы, в патч-панели ШТ-5.2 порты 1–18, подписаны. Ушли в 18:05.\n\n" + SIG_KIR,
         "plain", "utf-8", "qp"),
    D("73168", ["1", "2", "3"], LEFT, "all three positions listed and done, ушли 18:05"),
    client="web")

add(at(19, 9, 0), "pav", "Пропуска на БЦ «Ломоносов»",
    part("Ирина, добрый день.\n\n"
         "Вчера по 73168 наша бригада полтора часа не могла попасть на объект: сначала УК не выдала пропуск,\n"
         "потом охрана на КПП не пускала машину с кабелем, хотя заявка на въезд была подана 17.11.\n"
         "Это уже второй раз — в начале месяца по 73014 было то же самое.\n"
         "Просим решить вопрос с УК, иначе простой бригады будем вынуждены выставлять отдельно.\n\n"
         + SIG_PAV + "\n", "plain", "utf-8", "qp"),
    R("complaint mentioning two requests, no new status"),
    client="tb")

# =========================================================================== 73187
add(at(19, 8, 30), "olg", "Заявка 73187 — приняли",
    part("Здравствуйте, Ирина.\n\nЗаявку 73187 (турникет на проходной, Химки, ул. Заводская, д. 4) приняли, выезд сегодня,\n"
         "бригада Пахомова.\n\n" + SIG_OLG + "\n", "plain", "utf-8", "qp"),
    D("73187", [], ACC, "accepted; trip 'сегодня' is a plan"),
    client="web")

add(at(19, 10, 10), "hd", "[INC-0048790] Статус обращения изменён: В работе → Инженер выехал",
    alt(hd_status_txt("INC-0048790", "73187", "завод, г. Химки, ул. Заводская, д. 4", "В работе", "Инженер выехал",
                      "Пахомов Виктор", "19.11.2026 10:08", "Ожидаемое время прибытия: 11:00"),
        hd_status_html("INC-0048790", "73187", "завод, г. Химки, ул. Заводская, д. 4", "СКУД / турникеты",
                       "В работе", "Инженер выехал", "Пахомов Виктор", "19.11.2026 10:08",
                       "Ожидаемое время прибытия: 11:00"), "utf-8", "b64", "qp"),
    D("73187", [], WAY, "helpdesk status: Инженер выехал, ETA 11:00"),
    client="hd")

add(at(19, 11, 5), "vik", "Re: 73187 турникет — выезд",
    part("НА МЕСТЕ С 10:55. ТУРНИКЕТ ЗАБЛОКИРОВАН, СМОТРИМ ПЛАТУ.\nПАХОМОВ\n", "plain", "koi8-r", "b64"),
    D("73187", [], ONS, "all caps 'НА МЕСТЕ'; Re: subject names old status"),
    charset="koi8-r", client="bat")

add(at(19, 14, 40), "vik", lat("73187 готово"),
    part(lat("По 73187: турникет починили — заменили блок питания и сбросили контроллер, проход по картам есть.\n")
         + "Пломбу на корпус повесили новую, № 0451128.\n"
         + lat("Выехали с объекта в 14:30.\n") + "Пахомов\n", "plain", "koi8-r", "8bit"),
    D("73187", [], LEFT, "Latin look-alike letters; 'выехали С объекта' = left; seal number is not a request"),
    charset="koi8-r", client="bat")

# =========================================================================== 73310 (not in registry)
add(at(20, 9, 0), "art", "73310 on site",
    part("На месте по заявке 73310, Дмитровское ш., 100, серверная 2 этажа. Начинаем.\nА.", "plain", "utf-8", "8bit"),
    R("request number 73310 is not in the registry"),
    client="iphone")

# =========================================================================== 73204
add(at(20, 10, 40), "hd", "[INC-0048812] Статус обращения изменён: Назначено → В работе",
    alt(hd_status_txt("INC-0048812", "73204", "офис продаж, Варшавское ш., д. 118", "Назначено", "В работе",
                      "Ракитин Денис", "20.11.2026 10:39"),
        hd_status_html("INC-0048812", "73204", "офис продаж, Варшавское ш., д. 118", "Видеонаблюдение",
                       "Назначено", "В работе", "Ракитин Денис", "20.11.2026 10:39"), "utf-8", "qp", "qp"),
    D("73204", [], ACC, "helpdesk: В работе"),
    client="hd")

add(at(20, 11, 30), "den", "73204 регистратор",
    part("Ирина, по 73204 поз. 1: регистратор (Hikvision DS-7716NI-K4, 10.50.2.10) перезагрузили удалённо,\n"
         "поднялся, архив пишется. Пока наблюдаем — если до 15:00 не отвалится, выезжать по нему не будем.\n"
         "По поз. 2 (камеры в зале) отпишусь отдельно.\n\n" + SIG_DEN + "\n", "plain", "windows-1251", "qp"),
    R("remote reboot, still under observation: nothing finished, no crew status"),
    charset="windows-1251", client="outlook")

add(at(20, 15, 10), "den", "RE: 73204 регистратор",
    part("NVR после удалённого ребута стабилен уже 4 часа, архив пишется, все 16 каналов в онлайне.\n"
         "Поз. 1 закрываем без выезда. По камерам в зале (поз. 2) выезд нужен, согласуем на понедельник.\n\n"
         + SIG_DEN + "\n", "plain", "windows-1251", "b64"),
    D("73204", ["1"], LEFT, "remote fix confirmed, position 1 closed without a visit; position 2 only planned"),
    charset="windows-1251", client="outlook")

_news = ('<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;background:#f4f6f9">'
         '<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">'
         '<h2 style="color:#0b4f8a">СетьСтрой-Интеграция: новости ноября</h2>'
         '<p>• Новое в каталоге: IP-камеры 8 Мп с ИИ-аналитикой — скидка 12% до 30.11.2026.</p>'
         '<p>• Вебинар «СКУД на базе Sigur: типовые ошибки монтажа» — 26 ноября в 11:00.</p>'
         '<p>• С 1 декабря сервис-деск работает по новому номеру: +7 (495) 640-18-25.</p>'
         '<p style="font-size:11px;color:#888">Вы получили это письмо, так как являетесь клиентом ООО «СетьСтрой-Интеграция». '
         '<a href="https://setstroy-int.ru/unsubscribe?u=omis">Отписаться от рассылки</a></p>'
         '</td></tr></table></body></html>')
add(at(20, 12, 0), "news", "Новости СетьСтрой-Интеграция: ноябрь 2026",
    alt("СетьСтрой-Интеграция: новости ноября\n\n- IP-камеры 8 Мп с ИИ-аналитикой, скидка 12% до 30.11.2026\n"
        "- Вебинар «СКУД на базе Sigur» 26 ноября в 11:00\n\nОтписаться: https://setstroy-int.ru/unsubscribe?u=omis\n",
        _news, "utf-8", "qp", "b64"),
    I("marketing newsletter (bulk mail)"),
    client="x", extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://setstroy-int.ru/unsubscribe?u=omis>"),
                       ("List-Id", "Новости клиентам <clients.setstroy-int.ru>")])

add(at(23, 10, 40), "kirg", "Re: 73204 камеры в зале",
    gmail_reply("пн, 23 нояб. 2026 г. в 10:12, Диспетчер <dispatch@zakazchik-omis.ru>:",
                "Кирилл, добрый день.\nПо 73204 камеры в зале (поз. 2) так и не работают, а в пятницу Денис писал,\n"
                "что выезд в понедельник. Когда будете?\n\n" + SIG_DISP,
                "Добрый. Едем по второй позиции, ETA 40 min."),
    D("73204", ["2"], WAY, "gmail bottom-post: 'едем по второй позиции, ETA 40 min'"),
    client="gmail", irt=dmid("73204-p2"))

add(at(23, 13, 15), "kir", "Re: Заявка 73204",
    part("Камеры зала (поз. 2): сгорел PoE-инжектор на 4 камеры, заменили, все 4 в онлайне на регистраторе,\n"
         "картинку проверили вместе с администратором. Всё, уехали.\n\n" + SIG_KIR, "plain", "utf-8", "qp"),
    D("73204", ["2"], LEFT, "'всё, уехали'"),
    client="web")

# =========================================================================== 73226
add(at(23, 9, 20), "pav", "Re: Заявка 73226 — Wi-Fi склад Подольск",
    part("23.11.2026 09:02, Диспетчерская ОМИС пишет:\n"
         "> Павел, доброе утро.\n"
         "> Новая заявка 73226: Wi-Fi на складе «Подольск-Логистик».\n"
         "Видим, взяли в работу.\n"
         "> Поз. 1 — рампа, поз. 2 — офис склада, поз. 3 — зона хранения (стеллажи 12 м).\n"
         "Для зоны хранения нужна точка с направленной антенной, привезём свою.\n"
         "> Когда сможете?\n"
         "Завтра, 24-го, с утра, бригада Пахомова.\n"
         "> Пропуск на склад оформляем на кого?\n"
         "Пахомов В.Н., Ершов А.С., машина А417КМ750.\n\n" + SIG_PAV + "\n", "plain", "utf-8", "qp"),
    D("73226", [], ACC, "PM inline answers between quoted lines: 'взяли в работу'"),
    client="tb", irt=dmid("73226-new"))

add(at(24, 7, 50), "vik", "73226 Подольск",
    part("Выехали в Подольск по 73226. Будем около 9.\n" + SIG_VIK + "\n", "plain", "koi8-r", "8bit"),
    D("73226", [], WAY, "выехали в Подольск"),
    charset="koi8-r", client="bat")

add(at(24, 9, 10), "art", "Подольск Wi-Fi",
    part("Мы на складе, начинаем с рампы. Подъёмник для стеллажей у склада свой, договорились.\nА.", "plain", "utf-8", "8bit"),
    R("no request number at all"),
    client="iphone")

add(at(24, 16, 30), "olg", "Fwd: 73226 (1,2,3)",
    part("Ирина, пересылаю отчёт Артёма по Подольску.\n\n"
         "-------- Перенаправленное сообщение --------\n"
         "Тема: \t73226 (1,2,3)\n"
         "Дата: \tTue, 24 Nov 2026 16:18:40 +0300\n"
         "От: \tАртём Гусейнов <a.guseynov@setstroy-int.ru>\n"
         "Кому: \tОльга Тихонова <o.tikhonova@setstroy-int.ru>\n\n"
         "Все три AP подняты (рампа, офис, зона хранения), VLAN 230, контроллер видит, покрытие прошли с Ekahau — дыр нет.\n"
         "Убытие 16:15.\n\n" + SIG_ART + "\n\n" + SIG_OLG + "\n", "plain", "utf-8", "qp"),
    D("73226", ["1", "2", "3"], LEFT, "Thunderbird forward; positions in brackets in forwarded subject; 'Убытие 16:15'"),
    client="tb")

# =========================================================================== pure helpdesk notifications
add(at(14, 10, 0), "hd", "Плановые работы на портале Service Desk 15.11.2026",
    part('<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:13px">'
         '<p>Уважаемые клиенты!</p><p>15.11.2026 с 01:00 до 05:00 (МСК) портал sd.setstroy-int.ru будет недоступен '
         'в связи с обновлением. Приём обращений по телефону +7 (495) 640-18-25 продолжится в штатном режиме.</p>'
         + HD_FOOTER_HTML + '</body></html>', "html", "utf-8", "qp"),
    I("automatic helpdesk maintenance notice"),
    client="hd", extra=[("Precedence", "bulk")])

_dig = [("INC-0048391", "73066", "Замена коммутатора ядра", "Закрыто"),
        ("INC-0048377", "73058", "Wi-Fi ТЦ «Орбита»", "Закрыто"),
        ("INC-0048402", "73079", "Видеонаблюдение паркинга", "Закрыто"),
        ("INC-0048502", "73115", "Wi-Fi переговорная", "Закрыто"),
        ("INC-0048511", "73102", "СКУД Шаболовка", "В работе"),
        ("INC-0048530", "73133", "Перенос шкафов", "В работе")]
add(at(16, 7, 0), "hd", "Еженедельная сводка по обращениям ОМИС (09.11–15.11)",
    part('<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:13px">'
         '<p>Еженедельная сводка по обращениям клиента <b>ОМИС</b> за период 09.11.2026–15.11.2026.</p>'
         '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Обращение</th><th>Заявка клиента</th>'
         '<th>Тема</th><th>Статус</th></tr>'
         + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in _dig)
         + '</table><p>Среднее время реакции: 38 мин. SLA соблюдён по 6 из 6 обращений.</p>'
         + HD_FOOTER_HTML + '</body></html>', "html", "utf-8", "b64"),
    I("automatic weekly digest of the helpdesk covering many requests"),
    client="hd", extra=[("Precedence", "bulk")])


# =========================================================================== output
REGISTRY = {
    "contractor": {
        "name": "ООО «СетьСтрой-Интеграция»",
        "emails": sorted({a for _, a in P.values()}),
        "domains": ["setstroy-int.ru", "sd.setstroy-int.ru", "mail.setstroy-int.ru"],
    },
    "requests": [
        {"number": "73014", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "СКУД, БЦ «Ломоносов», Ленинский пр-т, 97 стр. 2: турникеты в лобби №1–3 (поз. 1, 2, 3)"},
        {"number": "73027", "positions": ["1", "2"], "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "Видеонаблюдение, склад «Подольск-Логистик»: поз. 1 — камеры периметра, поз. 2 — камеры рампы"},
        {"number": "73041", "positions": ["1", "2"], "registered_at": "2026-11-05T10:30:00+03:00",
         "comment": "СКС, офис ул. Большая Татарская, 35 стр. 4: поз. 1 — 3 этаж (24 линии), поз. 2 — 4 этаж (16 линий)"},
        {"number": "73058", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T09:00:00+03:00",
         "comment": "Wi-Fi, ТЦ «Орбита», Каширское ш., 61: точки доступа поз. 1–4"},
        {"number": "73066", "positions": ["1"], "registered_at": "2026-11-09T12:00:00+03:00",
         "comment": "Замена коммутатора ядра в серверной, ул. Новослободская, 23"},
        {"number": "73079", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T10:00:00+03:00",
         "comment": "Видеонаблюдение паркинга ЖК «Северный парк»: поз. 1/2/3 — уровни -1/-2/-3"},
        {"number": "73102", "positions": ["1", "2"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "СКУД, офис ул. Шаболовка, 31Б: поз. 1 — главный вход, поз. 2 — дверь во двор"},
        {"number": "73115", "positions": ["1"], "registered_at": "2026-11-12T14:00:00+03:00",
         "comment": "Wi-Fi в переговорной, офис ул. Новослободская, 23 (точка AP-CONF-01)"},
        {"number": "73133", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-13T10:00:00+03:00",
         "comment": "Перенос телекоммуникационных шкафов ШТ-1…ШТ-4, ул. Кожевническая, 14"},
        {"number": "73150", "positions": ["1", "2"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "Замена IP-камер, офис Профсоюзная ул., 65: поз. 1 — главный вход, поз. 2 — вход со двора"},
        {"number": "73168", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T11:00:00+03:00",
         "comment": "СКС, БЦ «Ломоносов», 5 этаж: поз. 1 — каб. 512, поз. 2 — каб. 514, поз. 3 — каб. 517"},
        {"number": "73187", "positions": ["1"], "registered_at": "2026-11-19T08:00:00+03:00",
         "comment": "Турникет на проходной завода, г. Химки, ул. Заводская, 4"},
        {"number": "73204", "positions": ["1", "2"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "Видеонаблюдение офиса продаж, Варшавское ш., 118: поз. 1 — регистратор, поз. 2 — камеры торгового зала"},
        {"number": "73226", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Wi-Fi, склад «Подольск-Логистик»: поз. 1 — рампа, поз. 2 — офис склада, поз. 3 — зона хранения"},
    ],
}


def main():
    d = os.path.join(OUT, "letters")
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith(".eml"):
            os.remove(os.path.join(d, f))
    labels = {}
    for i, (when, m, label) in enumerate(sorted(LETTERS, key=lambda x: x[0]), 1):
        name = "%03d.eml" % i
        with open(os.path.join(d, name), "wb") as fh:
            fh.write(m.as_bytes(policy=POLICY))
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print("letters:", len(labels))


if __name__ == "__main__":
    main()
