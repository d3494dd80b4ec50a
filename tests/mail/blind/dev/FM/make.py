#!/usr/bin/env python3
"""Generator for the FM corpus: ИП-электрик (Viber -> e-mail gateway) and his wife/bookkeeper.

Run:  python3 make.py   (writes letters/NNN.eml, labels.json, registry.json next to this file)
"""
import hashlib
import json
import os
from datetime import datetime, timedelta, timezone
from email import charset as ecs
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")

MSK = timezone(timedelta(hours=3))
UTC = timezone.utc

DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"
GW = "v79214450317@vbgw.ru"
GW_NAME = "Андрей Гребенкин (Viber)"
WIFE = "o.grebenkina@mail.ru"
WIFE_NAME = "Ольга Гребенкина"
YA = "grebenkin.electro@yandex.ru"
YA_NAME = "Андрей Гребенкин"
GW_DAEMON = "MAILER-DAEMON@vbgw.ru"
GW_NEWS = "news@vbgw.ru"
GW_NOREPLY = "noreply@vbgw.ru"

DISP_SIG = "--\nДиспетчерская служба ОМИС\nтел. +7 (812) 600-41-27, доб. 2"

REGISTRY = {
    "contractor": {
        "name": "ИП Гребенкин Андрей Викторович",
        "emails": [GW, WIFE, YA, GW_DAEMON, GW_NEWS, GW_NOREPLY],
        "domains": ["vbgw.ru"],
    },
    "requests": [
        {"number": "426118", "positions": ["1", "2"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "Склад, ул. Промышленная 14. п.1 – ЩР-1 (цех), замена автомата C25; п.2 – ЩР-2 (склад готовой продукции), срабатывает УЗО"},
        {"number": "426305", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:30:00+03:00",
         "comment": "БЦ «Меридиан», 2 этаж. 1 – каб. 204, нет питания на розетках; 2 – каб. 207, замена светильников; 3 – серверная, выделенная линия 16А"},
        {"number": "426744", "positions": ["1"], "registered_at": "2026-11-04T14:00:00+03:00",
         "comment": "ВРУ-0,4 кВ здания столовой, ул. Заводская 3: ревизия, протяжка контактов, тепловизионный контроль"},
        {"number": "427012", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:45:00+03:00",
         "comment": "Наружное освещение парковки: 1 – линия Л1, 2 – линия Л2, 3 – линия Л3, 4 – линия Л4 (не горят опоры)"},
        {"number": "427250", "positions": ["1", "2"], "registered_at": "2026-11-06T11:20:00+03:00",
         "comment": "Столовая: 1 – щиток кухни ЩК, выбивает автомат электроплиты; 2 – подключение вытяжки"},
        {"number": "427391", "positions": ["1"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Замена счётчика электроэнергии в ВРУ магазина, ул. Ленина 21"},
        {"number": "427508", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T13:15:00+03:00",
         "comment": "Административный корпус, замена автоматов освещения: 1 – ЩО-1 (1 этаж); 2 – ЩО-2 (2 этаж); 3 – ЩО-3 (3 этаж)"},
        {"number": "427663", "positions": ["01", "02"], "registered_at": "2026-11-12T10:00:00+03:00",
         "comment": "КНС-2: 01 – щит управления насосами; 02 – освещение помещения"},
        {"number": "427840", "positions": ["1"], "registered_at": "2026-11-13T15:40:00+03:00",
         "comment": "Фасадная подсветка главного входа не работает"},
        {"number": "428015", "positions": ["1", "2"], "registered_at": "2026-11-16T08:30:00+03:00",
         "comment": "ТЦ «Север»: 1 – ВРУ-1; 2 – ВРУ-2. Тепловизионный контроль и протяжка"},
        {"number": "428277", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T12:00:00+03:00",
         "comment": "Магазин, ул. Садовая 8: 1 – торговый зал (освещение); 2 – склад (розетки); 3 – вывеска"},
        {"number": "428490", "positions": ["1"], "registered_at": "2026-11-19T09:30:00+03:00",
         "comment": "Аварийное освещение лестничных клеток, корпус Б"},
        {"number": "428602", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "Гараж: 1 – ворота, питание привода 380В; 2 – освещение боксов"},
    ],
}

FOOTER = "--\nОтправлено через Viber Gateway, ответ не доставляется\nотправитель: +79214450317"

# a tiny but valid-looking JPEG blob for "фото" messages
JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
    "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b08000100010101"
    "1100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def msk(day, h, m, s=0):
    return datetime(2026, 11, day, h, m, s, tzinfo=MSK)


def mid(n, domain):
    h = hashlib.sha1(f"fm-{n}-{domain}".encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


def cs(name, body, header=None):
    c = ecs.Charset(name)
    c.body_encoding = body
    if header is not None:
        c.header_encoding = header
    return c


UTF8_B64 = cs("utf-8", ecs.BASE64, ecs.BASE64)
UTF8_QP = cs("utf-8", ecs.QP, ecs.BASE64)
CP1251_QP = cs("windows-1251", ecs.QP, ecs.BASE64)
KOI8_8BIT = cs("koi8-r", None, ecs.BASE64)
KOI8_B64 = cs("koi8-r", ecs.BASE64, ecs.BASE64)


def text(body, c, sub="plain"):
    return MIMEText(body, sub, c)


def headers(msg, n, dt, frm, to, subject, hcharset="utf-8", domain=None, extra=None):
    name, addr = frm
    msg["From"] = formataddr((name, addr), charset=hcharset) if name else addr
    tname, taddr = to
    msg["To"] = formataddr((tname, taddr), charset=hcharset) if tname else taddr
    msg["Subject"] = subject if subject.isascii() else Header(subject, hcharset)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = mid(n, domain or addr.split("@")[1])
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para_html(s):
    return "<br>\n".join(html_escape(x) for x in s.split("\n"))


# ---------------------------------------------------------------- senders

def gw_subject(dt, body):
    first = body.split("\n")[0]
    # the gateway was updated on 16.11: since then the subject no longer carries the text
    if dt >= msk(16, 0, 0):
        return "Новое сообщение Viber: Андрей Гребенкин"
    if len(first) > 60:
        first = first[:57] + "..."
    return "Viber: " + first


def gw_build(n, dt, body, photo=False, to=(None, DISPATCH)):
    plain = body + "\n\n" + FOOTER
    html = ("<html><body><div style=\"font-family:Arial;font-size:14px\">" + para_html(body) +
            "</div><hr><div style=\"color:#888;font-size:11px\">" + para_html(FOOTER[3:]) +
            "</div></body></html>")
    alt = MIMEMultipart("alternative")
    alt.attach(text(plain, UTF8_B64))
    alt.attach(text(html, UTF8_B64, "html"))
    if photo:
        msg = MIMEMultipart("mixed")
        msg.attach(alt)
        img = MIMEImage(JPEG, "jpeg")
        img.add_header("Content-Disposition", "attachment",
                       filename=f"IMG_{dt.astimezone(MSK):%Y%m%d_%H%M%S}.jpg")
        msg.attach(img)
    else:
        msg = alt
    return headers(msg, n, dt.astimezone(UTC), (GW_NAME, GW), to, gw_subject(dt, body),
                   extra={"X-Mailer": "vbgw-relay/2.4", "X-Viber-Sender": "+79214450317"})


def outlook(n, dt, subject, plain, html=None, attach=None):
    body_html = html or ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head>"
                         "<body lang=RU><div class=WordSection1><p class=MsoNormal>" + para_html(plain) +
                         "</p></div></body></html>")
    alt = MIMEMultipart("alternative")
    alt.attach(text(plain, CP1251_QP))
    alt.attach(text(body_html, CP1251_QP, "html"))
    if attach:
        msg = MIMEMultipart("mixed")
        msg.attach(alt)
        for a in attach:
            msg.attach(a)
    else:
        msg = alt
    return headers(msg, n, dt, (WIFE_NAME, WIFE), (DISPATCH_NAME, DISPATCH), subject, "windows-1251",
                   extra={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtY" + hashlib.md5(str(n).encode()).hexdigest()[:20],
                          "Content-Language": "ru"})


def koi_safe(s):
    # KOI8-R has no №, «», long dashes: on the old laptop she types N and plain quotes
    for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("—", "-"), ("–", "-")):
        s = s.replace(a, b)
    return s


def thebat(n, dt, subject, plain, attach=None, b64=False):
    subject, plain = koi_safe(subject), koi_safe(plain)
    c = KOI8_B64 if b64 else KOI8_8BIT
    if attach:
        msg = MIMEMultipart("mixed")
        msg.attach(text(plain, c))
        for a in attach:
            msg.attach(a)
    else:
        msg = text(plain, c)
    return headers(msg, n, dt, (WIFE_NAME, WIFE), (DISPATCH_NAME, DISPATCH), subject, "koi8-r",
                   extra={"X-Mailer": "The Bat! (v9.4.2) Home", "X-Priority": "3 (Normal)"})


def mailru(n, dt, subject, plain=None, html=None):
    if html and not plain:
        msg = text(html, UTF8_B64, "html")
    else:
        html = html or ("<HTML><BODY><div>" + para_html(plain) + "</div></BODY></HTML>")
        msg = MIMEMultipart("alternative")
        msg.attach(text(plain, UTF8_B64))
        msg.attach(text(html, UTF8_B64, "html"))
    return headers(msg, n, dt, (WIFE_NAME, WIFE), (None, DISPATCH), subject,
                   extra={"X-Mailer": "Mail.Ru Mailer 1.0", "X-Originating-IP": "[95.55.31.207]"})


def yandex(n, dt, subject, plain, extra=None):
    msg = text(plain, UTF8_QP)
    return headers(msg, n, dt, (YA_NAME, YA), (None, DISPATCH), subject, extra=extra)


# ---------------------------------------------------------------- letters

L = []  # (msg, label)


def add(msg, label):
    L.append((msg, label))


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


P, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

n = 0


def nx():
    global n
    n += 1
    return n


# ---- 426118 склад
add(gw_build(nx(), msk(2, 9, 40), "426118 принял завтра с 8"),
    D("426118", [], P, "принял; 'завтра с 8' is the plan for the visit"))
add(gw_build(nx(), msk(3, 8, 5), "еду на промышленную 14 по 426118"),
    D("426118", [], V, "еду = travelling now; 14 is the house number"))
add(gw_build(nx(), msk(3, 8, 52), "426118 на месте"),
    D("426118", [], M, "plain arrival"))

# ---- 426305 accepted by wife (Outlook, От:/Отправлено: block)
q = ("Добрый день!\nНаправляем заявку № 426305.\nОбъект: БЦ «Меридиан», 2 этаж.\n"
     "Поз. 1 – каб. 204, нет питания на розетках\nПоз. 2 – каб. 207, замена светильников\n"
     "Поз. 3 – серверная, выделенная линия 16А\nПросьба подтвердить принятие.\n" + DISP_SIG)
add(outlook(nx(), msk(3, 11, 5), "RE: Заявка № 426305 БЦ Меридиан",
            "Добрый день!\n\nЗаявку приняли, Андрей Викторович будет у вас 04.11 после 13:00.\n\n"
            "С уважением,\nОльга Гребенкина\nИП Гребенкин А.В.\nтел. 8-921-445-03-17\n\n"
            "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 3 ноября 2026 г. 10:32\n"
            "Кому: o.grebenkina@mail.ru\nТема: Заявка № 426305 БЦ Меридиан\n\n" + q),
    D("426305", [], P, "wife confirms acceptance above an Outlook header block; 04.11/13:00 is the plan"))

add(gw_build(nx(), msk(3, 12, 15), "426118 п1 + п2 -\nузо на щр2 40а 30ма менять надо завтра привезу"),
    D("426118", ["1"], U, "'+' = done for п1; п2 '-' not done, plan for tomorrow"))
add(gw_build(nx(), msk(4, 10, 40), "426118 п2 узо поменял 40а 30ма ++ уехал"),
    D("426118", ["2"], U, "п2 done, уехал"))
add(gw_build(nx(), msk(4, 13, 20), "в меридиан выехал 426305"),
    D("426305", [], V, "выехал В меридиан = leaving for the site"))
add(gw_build(nx(), msk(4, 14, 5), "426305 на мести"),
    D("426305", [], M, "typo 'на мести' = на месте"))
add(gw_build(nx(), msk(4, 16, 40), "426305 каб 204 + каб 207 +\nсерверная завтра"),
    D("426305", ["1", "2"], U, "rooms 204 and 207 are positions 1 and 2 by the request comment; серверная (п3) is only planned; 204/207 are room numbers, not positions"))

# ---- 426744 / 427012 accept, 426305 п3
add(gw_build(nx(), msk(5, 7, 50), "вру столовая 426744 принял буду в пт"),
    D("426744", [], P, "accepted; пт is a plan"))
add(gw_build(nx(), msk(5, 9, 20), "427012 парковка ПРИНЯЛ"),
    D("427012", [], P, "caps"))
add(gw_build(nx(), msk(5, 12, 10), "426305 п3 линию на серверную кинул авт c16 +\nуехал"),
    D("426305", ["3"], U, "п3 done, left; C16 is a breaker"))

# invoice (The Bat!, KOI8-R, pdf attached)
pdf = MIMEApplication(PDF, "pdf")
pdf.add_header("Content-Disposition", "attachment", filename="Schet_112_ot_05.11.2026.pdf")
add(thebat(nx(), msk(5, 15, 2), "Счёт № 112 по заявке 426118",
           "Здравствуйте.\n\nНаправляю счёт № 112 от 05.11.2026 и акт № 54 по заявке 426118 "
           "(склад, ул. Промышленная 14).\nСумма 7 850 руб., без НДС (УСН).\n"
           "ИП Гребенкин Андрей Викторович, ИНН 781401234567, р/с 40802810455070012345.\n"
           "Просим оплатить в течение 5 банковских дней.\n\n--\nС уважением,\nОльга Гребенкина\n"
           "бухгалтерия ИП Гребенкин А.В.", attach=[pdf]),
    R("invoice / money talk, reports no status"))

add(gw_build(nx(), msk(6, 8, 30), "426744 e\u0434у"),  # Latin 'e'
    D("426744", [], V, "'eду' written with Latin e"))
add(gw_build(nx(), msk(6, 9, 10), "426744 на объекте вру вскрыл тяну контакты"),
    D("426744", [], M, "on site, working"))
add(gw_build(nx(), msk(6, 11, 55), "426744 протяжка + тепловизор норм\nуехал"),
    D("426744", [], U, "done and left"))

# 427250 accepted from his Yandex phone app, reply above quote
add(yandex(nx(), msk(6, 12, 5), "Re: Заявка 427250 столовая",
           "принял\nзавтра не смогу в пн буду\n\n-- \nОтправлено из мобильной Яндекс Почты\n\n"
           "06.11.2026, 11:25, \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>:\n"
           "> Андрей Викторович, добрый день.\n> Заявка 427250, столовая.\n"
           "> 1 – щиток кухни ЩК, выбивает автомат электроплиты\n> 2 – подключение вытяжки\n"
           "> Статус: заявка отправлена\n> \n> " + DISP_SIG.replace("\n", "\n> ")),
    D("427250", [], P, "принял; quoted status is the dispatcher's"))
add(gw_build(nx(), msk(6, 12, 30), "427250 плита какой авт стоит c32? брать c40 или кабель смотреть сначала"),
    R("question about the breaker, no status"))

# 427391 accepted, The Bat! initials quoting, answer under the quote
add(thebat(nx(), msk(9, 10, 10), "Re: Заявка № 427391 замена счётчика",
           "Здравствуйте, Диспетчерская.\n\nВы писали 9 ноября 2026 г., 9:04:51:\n\n"
           "ДО> Добрый день.\nДО> Заявка № 427391: замена счётчика электроэнергии в ВРУ магазина,\n"
           "ДО> ул. Ленина 21. Прошу принять в работу.\n\n"
           "Заявку взяли в работу. Счётчик Меркурий 230 ART-01 PQRSIN заказан,\nАндрей установит 11.11 с утра.\n\n"
           "--\nС уважением,\nОльга Гребенкина\nбухгалтерия ИП Гребенкин А.В.", b64=True),
    D("427391", [], P, "'взяли в работу' under a The Bat! ДО> quote"))

add(gw_build(nx(), msk(9, 10, 0), "столовая 427250 еду"),
    D("427250", [], V, "еду"))
add(gw_build(nx(), msk(9, 10, 45), "427250 \u043d\u0061 \u043c\u0435\u0063\u0442\u0435"),  # Latin a and c
    D("427250", [], M, "'нa мecте' with Latin a and c"))
add(gw_build(nx(), msk(9, 13, 30), "427250 п1 авт плиты c40 кабель 5х6 +\nп2 вытяжку завтра"),
    D("427250", ["1"], U, "п1 done; п2 only planned"))
add(gw_build(nx(), msk(9, 16, 0), "427012 еще не выехал жду вышку"),
    R("negation: not yet left"))
add(gw_build(nx(), msk(10, 8, 15), "427012 выдвигаюсь вышка со мной"),
    D("427012", [], V, "выдвигаюсь = setting off now"))
add(gw_build(nx(), msk(10, 8, 55), "на парковке 427012"),
    D("427012", [], M, "at the car park = on site"))
add(gw_build(nx(), msk(10, 12, 40), "427012 л1 л2 +\nл3 л4 кабель пробит между опорами 7 и 9"),
    D("427012", ["1", "2"], U, "Л1/Л2 = positions 1/2 done; Л3/Л4 not done (fault found); 7 and 9 are pole numbers"))
add(gw_build(nx(), msk(10, 14, 0), "427508 принято"),
    D("427508", [], P, "accepted"))
add(gw_build(nx(), msk(10, 16, 30), "427250 вытяжка подключил ++"),
    D("427250", ["2"], U, "вытяжка = position 2 by comment; ++ done"))


# bounce from the gateway (dispatcher replied to a Viber letter)
def bounce(n_, dt):
    orig = MIMEText("Андрей, по Л3/Л4 когда будете? Нужна дата.\n\n" + DISP_SIG, "plain", UTF8_QP)
    orig["From"] = formataddr((DISPATCH_NAME, DISPATCH), charset="utf-8")
    orig["To"] = GW
    orig["Subject"] = Header("RE: Viber: 427012 л1 л2 +", "utf-8")
    orig["Date"] = format_datetime(msk(10, 18, 19))
    orig["Message-ID"] = "<a81c2e0f77@zakazchik-omis.ru>"
    msg = MIMEMultipart("report")
    msg.set_param("report-type", "delivery-status")
    msg.attach(MIMEText("This is the mail system at host mx.vbgw.ru.\n\n"
                        "I'm sorry to have to inform you that your message could not\n"
                        "be delivered to one or more recipients.\n\n"
                        "<v79214450317@vbgw.ru>: replies to Viber Gateway addresses are not delivered\n"
                        "(ответ не доставляется)\n", "plain", UTF8_QP))
    dsn = Message()
    dsn.set_type("message/delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx.vbgw.ru"
    b1["Arrival-Date"] = format_datetime(msk(10, 18, 19).astimezone(UTC))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; v79214450317@vbgw.ru"
    b2["Action"] = "failed"
    b2["Status"] = "5.7.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.7.1 gateway address is send-only"
    dsn.set_payload([b1, b2])
    del dsn["MIME-Version"]
    msg.attach(dsn)
    msg.attach(MIMEMessage(orig))
    return headers(msg, n_, dt.astimezone(UTC), ("Mail Delivery System", GW_DAEMON), (None, DISPATCH),
                   "Undelivered Mail Returned to Sender", extra={"Auto-Submitted": "auto-replied"})


add(bounce(nx(), msk(10, 18, 20)), I("delivery failure report from the gateway MTA; quoted original mentions 427012"))

# 427391 on the way: number only in the Re: subject (mail.ru app)
add(mailru(nx(), msk(11, 8, 10), "Re: Заявка 427391 — замена счётчика, ул. Ленина 21",
           "Добрый день, Андрей выехал к вам, будет минут через 40.\n\nОльга\n\n\n"
           "Среда, 11 ноября 2026, 8:02 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n"
           "> Ольга, добрый день. Подтвердите, пожалуйста, время выезда.\n> Статус в системе: заявка принята.\n"),
    D("427391", [], V, "number only in the Re: subject; выехал + 'будет через 40 минут'"))
add(gw_build(nx(), msk(11, 10, 50), "427391 счетчик поменял меркурий 230 зав 43872215\nпоказ старого 058412 пломба нужна уехал"),
    D("427391", [], U, "meter replaced, left; serial/reading numbers are not requests"))
add(gw_build(nx(), msk(11, 16, 0), "427508 завтра с утра буду"),
    R("plan only"))
add(gw_build(nx(), msk(12, 8, 30), "к 9 буду на 427508 пробки"),
    D("427508", [], V, "stuck in traffic, arriving by 9 = on the way"))
add(gw_build(nx(), msk(12, 9, 5), "427508 я тут"),
    D("427508", [], M, "'я тут' = on site"))
q = ("Добрый день.\nЗаявка 427663, КНС-2.\n01 – щит управления насосами (не запускается насос №2)\n"
     "02 – освещение помещения\nПросим принять в работу.\n" + DISP_SIG)
add(outlook(nx(), msk(12, 10, 40), "RE: Заявка 427663 КНС-2",
            "Добрый день!\nПринято, по наряду 427663 Андрей подъедет 13.11 с утра, к 8:30.\n\nОльга\n\n"
            "-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
            "Sent: Thursday, November 12, 2026 10:03 AM\nTo: o.grebenkina@mail.ru\nSubject: Заявка 427663 КНС-2\n\n" + q),
    D("427663", [], P, "'Принято' by wife, Original Message quote below; насос №2 in quote is not a position"))
add(gw_build(nx(), msk(12, 11, 40), "427508 що1 + що2 +\nщо3 меняю"),
    R("different statuses: ЩО-1/ЩО-2 done (убыл) while ЩО-3 is in progress (на месте)"))
add(gw_build(nx(), msk(12, 14, 10), "427508 п3 + уехал"),
    D("427508", ["3"], U, "п3 done, left"))
q = ("Уведомление системы: по заявке 427508 зафиксирован статус «подрядчик на месте» (12.11.2026 09:05).\n" + DISP_SIG)
add(outlook(nx(), msk(12, 14, 40), "RE: 427508: статус «подрядчик на месте»",
            "Добрый день. По 427508 работы завершены, Андрей уехал с объекта в 14:10. Акт подготовим.\n\nОльга\n\n"
            "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 12 ноября 2026 г. 9:06\n"
            "Кому: o.grebenkina@mail.ru\nТема: 427508: статус «подрядчик на месте»\n\n" + q),
    D("427508", [], U, "Re: subject names the old status; body reports departure, no position named"))

# HTML table summary for 427012
rows = [("1", "Л1", "выполнено 10.11"), ("2", "Л2", "выполнено 10.11"),
        ("3", "Л3", "выполнено 11.11, заменён кабель АВБбШв 4х16, 38 м"),
        ("4", "Л4", "выполнено 11.11")]
tbl = ("<html><body><p>Добрый день!</p><p>Отчёт по заявке № 427012 (освещение парковки):</p>"
       "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
       "<tr><th>Позиция</th><th>Линия</th><th>Состояние</th></tr>" +
       "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) +
       "</table><p>Андрей с объекта уехал, все опоры горят.</p><p>Ольга Гребенкина<br>ИП Гребенкин А.В.</p></body></html>")
plain = ("Добрый день!\n\nОтчёт по заявке № 427012 (освещение парковки):\n\n" +
         "\n".join(f"{a} | {b} | {c}" for a, b, c in rows) +
         "\n\nАндрей с объекта уехал, все опоры горят.\n\nОльга Гребенкина\nИП Гребенкин А.В.")
add(mailru(nx(), msk(12, 18, 0), "Отчёт по заявке 427012", plain, tbl),
    D("427012", ["1", "2", "3", "4"], U, "HTML table, every row done; 4х16/38 м are cable data"))

add(mailru(nx(), msk(12, 18, 40), "Re: Заявка 427391 — замена счётчика, ул. Ленина 21",
           "Добрый день.\nАкт № 57 от 11.11.2026 во вложении не поместился, пришлю отдельным письмом вместе с фото счётчика и пломбы.\n"
           "Пломбу энергосбыт обещал поставить в понедельник.\n\nОльга\n\n"
           "Четверг, 12 ноября 2026, 15:20 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n"
           "> Ольга, добрый день. Пришлите, пожалуйста, акт выполненных работ и фото установленного прибора учёта.\n"),
    R("paperwork (act, seal) about an already finished job; no new status"))

add(gw_build(nx(), msk(13, 8, 10), "кнс2 еду 427663"),
    D("427663", [], V, "КНС-2 is the site name, not a position"))
add(gw_build(nx(), msk(13, 9, 0), "на месте"),
    R("no request number at all"))
add(gw_build(nx(), msk(13, 12, 20), "427663 01 пускатель кмт 25а поменял насосы крутят +\n02 свет +\nуехал"),
    D("427663", ["01", "02"], U, "both positions done, left; 25А is a contactor rating"))
add(gw_build(nx(), msk(13, 16, 30), "#427840 подсветка принял"),
    D("427840", [], P, "number with #"))
add(gw_build(nx(), msk(13, 17, 5), "427012 л3 опять не горит кто щит наружки вырубил ?"),
    R("complaint/question, no status"))

# his Yandex out-of-office
add(yandex(nx(), msk(16, 8, 35), "Автоматический ответ: Заявка 428015 ТЦ Север",
           "Здравствуйте!\nЯ на объекте, почту читаю вечером.\nСрочно — Viber или телефон +7 921 445-03-17.\n\nАндрей Гребенкин, электромонтаж",
           extra={"Auto-Submitted": "auto-replied", "X-Yandex-Autoreply": "yes", "Precedence": "auto_reply"}),
    I("out-of-office auto-reply; 'на объекте' is canned text"))
add(mailru(nx(), msk(16, 9, 20), "Андрей заболел",
           "Добрый день.\n\nАндрей Викторович заболел, температура. До четверга (19.11) выезжать не сможет.\n"
           "По заявкам 427840 (подсветка фасада) и 428015 (ТЦ Север) выезд будет после 19.11, точнее сообщим.\n"
           "Извините за задержку.\n\nОльга Гребенкина\n8-921-445-03-17"),
    R("illness notice; two requests, only plans"))


def newsletter(n_, dt):
    html = ("<html><body><h2>Viber Gateway: новые тарифы с 01.12.2026</h2>"
            "<p>Уважаемый пользователь! С 1 декабря пакет «Мастер» (до 500 сообщений) стоит 149 руб./мес.</p>"
            "<p>Пересылка фото и голосовых — без изменений.</p>"
            "<p><a href=\"https://vbgw.ru/unsubscribe?u=79214450317\">Отписаться от рассылки</a></p></body></html>")
    msg = MIMEMultipart("alternative")
    msg.attach(text("Viber Gateway: новые тарифы с 01.12.2026\n\nС 1 декабря пакет «Мастер» (до 500 сообщений) стоит 149 руб./мес.\n"
                    "Отписаться: https://vbgw.ru/unsubscribe?u=79214450317", UTF8_B64))
    msg.attach(text(html, UTF8_B64, "html"))
    return headers(msg, n_, dt.astimezone(UTC), ("Viber Gateway", GW_NEWS), (None, DISPATCH),
                   "Новые тарифы Viber Gateway с 1 декабря",
                   extra={"Precedence": "bulk", "List-Id": "<news.vbgw.ru>",
                          "List-Unsubscribe": "<https://vbgw.ru/unsubscribe?u=79214450317>",
                          "Auto-Submitted": "auto-generated"})


add(newsletter(nx(), msk(17, 10, 0)), I("gateway's bulk newsletter"))

add(mailru(nx(), msk(18, 12, 40), "Заявка 428277",
           html=("<html><body><div>Добрый день!</div><div>&nbsp;</div>"
                 "<div>Заявку приняли: магазин, ул. Садовая 8 (428277).</div>"
                 "<div>Андрей будет 19.11 после 14:00, пропуск не нужен.</div><div>&nbsp;</div>"
                 "<div>--<br>Ольга Гребенкина</div></body></html>")),
    D("428277", [], P, "HTML-only; number in brackets after the address; 19.11/14:00 plan"))
add(gw_build(nx(), msk(19, 10, 0), "428490 аварийку принял"),
    D("428490", [], P, "accepted"))
add(gw_build(nx(), msk(19, 13, 30), "428277 садовая через 20 мин буду"),
    D("428277", [], V, "'через 20 мин буду' = on the way"))
add(gw_build(nx(), msk(19, 14, 0), "428277 на садовой"),
    D("428277", [], M, "at Садовая = on site"))
add(gw_build(nx(), msk(19, 17, 10), "428277 зал + склад +\nвывеска транс 12в сгорел завтра привезу"),
    D("428277", ["1", "2"], U, "зал/склад = positions 1/2 by comment; вывеска (3) planned"))
add(gw_build(nx(), msk(20, 10, 30), "428277-3 вывеска горит ++ уехал", photo=True),
    D("428277", ["3"], U, "position after a dash; photo attached"))
add(gw_build(nx(), msk(20, 10, 45), "с садовой на 428490 еду"),
    D("428490", [], V, "leaving FROM Садовая (other job's address) FOR 428490; only one number"))
add(yandex(nx(), msk(20, 11, 30), "Re: Заявка 428490 аварийное освещение",
           "20.11.2026, 11:18, \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>:\n"
           "> Андрей, подтвердите прибытие на корпус Б по заявке 428490\n> Охрана на посту №3\n\n"
           "на месте давно\n\n-- \nОтправлено из мобильной Яндекс Почты"),
    D("428490", [], M, "reply written under the quote"))
add(mailru(nx(), msk(20, 15, 0), "Fwd: Новое сообщение Viber: Андрей Гребенкин",
           "Андрей просил переслать, у него почему-то до вас не дошло.\n\n"
           "-------- Пересылаемое сообщение --------\n"
           "20.11.2026, 14:52, \"Андрей Гребенкин (Viber)\" <v79214450317@vbgw.ru>:\n\n"
           "428490 аварийка блоки 6 шт поменял все горят уехал\n\n" + FOOTER +
           "\n-------- Конец пересылаемого сообщения --------\n"),
    D("428490", [], U, "forwarded crew report counts"))
add(thebat(nx(), msk(20, 16, 5), "Оплата по счёту 112",
           "Здравствуйте.\n\nОплату по счёту № 112 (заявка 426118) получили, спасибо!\n"
           "Платёжное поручение № 4471 от 19.11.2026.\n\n--\nОльга Гребенкина"),
    R("thanks for payment, no status"))

# ---- after the illness
add(gw_build(nx(), msk(23, 7, 30), "428015 принял тепловизор возьму"),
    D("428015", [], P, "gateway now uses a generic subject; number only in body"))
add(gw_build(nx(), msk(23, 8, 40), "выехал на 427840"),
    D("427840", [], V, "выехал НА = leaving for the site"))


def fwd_attach(n_, dt):
    inner = gw_build(9000 + n_, msk(23, 11, 10), "с фасада уехал 427840 драйвер 150вт поменял горит",
                     to=(WIFE_NAME, WIFE))
    msg = MIMEMultipart("mixed")
    msg.attach(text("Здравствуйте.\n\nПересылаю сообщение Андрея по подсветке фасада.\n\n--\nОльга Гребенкина", KOI8_8BIT))
    part = MIMEMessage(inner)
    part.add_header("Content-Disposition", "attachment", filename="message.eml")
    msg.attach(part)
    return headers(msg, n_, dt, (WIFE_NAME, WIFE), (DISPATCH_NAME, DISPATCH),
                   "Fwd: Новое сообщение Viber: Андрей Гребенкин", "koi8-r",
                   extra={"X-Mailer": "The Bat! (v9.4.2) Home"})


add(fwd_attach(nx(), msk(23, 11, 35)),
    D("427840", [], U, "forwarded as message/rfc822 attachment; 'с фасада уехал' = left the site; 150вт is a driver rating"))
add(gw_build(nx(), msk(23, 12, 0), "428602 гараж принял"),
    D("428602", [], P, "accepted"))
add(gw_build(nx(), msk(24, 8, 0), "428105 вру1 на месте"),
    R("428105 is not in the registry (probably a typo for 428015)"))
add(gw_build(nx(), msk(24, 10, 30), "428015 вру1 + 428602 завтра с утра"),
    R("two different requests in one letter"))
add(gw_build(nx(), msk(24, 13, 45), "428015 вру2 + уехал"),
    D("428015", ["2"], U, "ВРУ-2 = position 2 by comment"))
add(mailru(nx(), msk(25, 7, 55), "428602 выезд",
           "Добрый день. Выезд на 428602 в 7:50, прибытие ориентировочно 8:40.\n"
           "Для пропуска: Газель, госномер К417ОР 178, водитель Гребенкин А.В.\n\nОльга"),
    D("428602", [], V, "выезд happened at 7:50; прибытие is only an estimate; car plate is not a number to use"))
add(gw_build(nx(), msk(25, 8, 45), "на месте 428602"),
    D("428602", [], M, "arrival"))
add(gw_build(nx(), msk(25, 13, 0), "428602 боксы свет + ворота - фазы нет с вру"),
    D("428602", ["2"], U, "боксы = position 2 done; ворота (1) not done"))


def mdn(n_, dt):
    msg = MIMEMultipart("report")
    msg.set_param("report-type", "disposition-notification")
    msg.attach(text("Ваше сообщение\n\n  Кому: o.grebenkina@mail.ru\n  Тема: Заявка 428602 гараж — уточнение по воротам\n"
                    "  Отправлено: 25.11.2026 12:58\n\nбыло прочитано 25.11.2026 13:05.", CP1251_QP))
    d = MIMEBase("message", "disposition-notification")
    d.set_payload("Reporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;o.grebenkina@mail.ru\r\n"
                  "Original-Message-ID: <c77e01@zakazchik-omis.ru>\r\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
    del d["MIME-Version"]
    msg.attach(d)
    return headers(msg, n_, dt, (WIFE_NAME, WIFE), (DISPATCH_NAME, DISPATCH),
                   "Прочитано: Заявка 428602 гараж — уточнение по воротам", "windows-1251",
                   extra={"X-Mailer": "Microsoft Outlook 16.0"})


add(mdn(nx(), msk(25, 13, 5)), I("read receipt (MDN)"))
add(gw_build(nx(), msk(26, 9, 0), "427663 03 +"),
    R("request 427663 has only positions 01 and 02"))
add(outlook(nx(), msk(26, 12, 0), "FW: Новое сообщение Viber: Андрей Гребенкин",
            "Пересылаю от Андрея.\nОльга\n\n-----Original Message-----\n"
            "From: Андрей Гребенкин (Viber) [mailto:v79214450317@vbgw.ru]\nSent: Thursday, November 26, 2026 11:41 AM\n"
            "To: o.grebenkina@mail.ru\nSubject: Новое сообщение Viber: Андрей Гребенкин\n\n"
            "428602 ворота + привод крутит ноль в вру отгорел перекинул уехал\n\n" + FOOTER),
    D("428602", ["1"], U, "Outlook forward; ворота = position 1 by comment"))


def calendar_reply(n_, dt):
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:o.grebenkina@mail.ru\r\n"
           "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nDTSTART:20261127T110000Z\r\nDTEND:20261127T113000Z\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3\r\nSUMMARY:Сверка взаиморасчётов ИП Гребенкин\r\n"
           "DTSTAMP:20261126T120500Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    msg = MIMEMultipart("alternative")
    msg.attach(text("Принято: Сверка взаиморасчётов ИП Гребенкин\n", CP1251_QP))
    cal = MIMEText(ics, "calendar", "utf-8")
    cal.set_param("method", "REPLY")
    msg.attach(cal)
    return headers(msg, n_, dt, (WIFE_NAME, WIFE), (DISPATCH_NAME, DISPATCH),
                   "Принято: Сверка взаиморасчётов ИП Гребенкин", "windows-1251",
                   extra={"X-Mailer": "Microsoft Outlook 16.0"})


add(calendar_reply(nx(), msk(26, 15, 5)), I("calendar meeting response generated by Outlook"))


def balance(n_, dt):
    msg = text("Здравствуйте!\n\nБаланс аккаунта +79214450317 в Viber Gateway: 47 руб.\n"
               "При нулевом балансе пересылка сообщений на e-mail будет приостановлена.\n"
               "Пополнить: https://vbgw.ru/pay\n\nЭто письмо отправлено автоматически, отвечать на него не нужно.",
               UTF8_B64)
    return headers(msg, n_, dt.astimezone(UTC), ("Viber Gateway", GW_NOREPLY), (None, DISPATCH),
                   "Низкий баланс аккаунта Viber Gateway",
                   extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})


add(balance(nx(), msk(27, 6, 0)), I("automatic balance notification from the gateway"))
add(gw_build(nx(), msk(27, 9, 50), "ок понял спс"),
    R("acknowledgement, no number"))
add(outlook(nx(), msk(27, 16, 20), "Оплата по заявке 427391",
            "Добрый день.\n\nПо заявке 427391 (замена счётчика, ул. Ленина 21) оплата до сих пор не поступила.\n"
            "Счёт № 115 от 12.11.2026 на 12 400 руб. Просим проверить и сообщить срок оплаты.\n\n"
            "С уважением,\nОльга Гребенкина\nИП Гребенкин А.В., ИНН 781401234567"),
    R("payment complaint, no status"))


def wife_ooo(n_, dt):
    msg = text("Здравствуйте!\nЯ в отъезде до 07.12.2026, почту не читаю.\n"
               "По вопросам выездов звоните Андрею: +7 921 445-03-17.\n\nОльга Гребенкина", UTF8_B64)
    return headers(msg, n_, dt, (WIFE_NAME, WIFE), (None, DISPATCH), "Автоответ: Акт сверки за ноябрь",
                   extra={"Auto-Submitted": "auto-replied", "X-Mailru-Autoreply": "1", "Precedence": "auto_reply"})


add(wife_ooo(nx(), msk(30, 10, 15)), I("wife's out-of-office auto-reply"))

# ---- a few more reports, written later in the month (extra 4-week follow-up jobs re-use the same numbers)
# (none: keep the timeline simple)


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    # files are numbered in date order
    order = sorted(L, key=lambda x: __import__("email.utils").utils.parsedate_to_datetime(x[0]["Date"]))
    labels = {}
    for i, (msg, lab) in enumerate(order, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
