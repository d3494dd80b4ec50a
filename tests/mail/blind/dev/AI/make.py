#!/usr/bin/env python3
"""Generator of test letters for persona AI: ООО «Щит-Безопасность» (Тула).

Writers: installer Артём Колосов (Gmail on Android), manager Наталья Гусева
(Outlook 2016 at the office, Яндекс Почта on the phone), client-side guards
whose messages the manager forwards. Plus a few machine-made letters.
"""
import json
import os
import random
import base64
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(43017)
TZ = timezone(timedelta(hours=3))

DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"
ART = "kolosov.artyom98@gmail.com"
ART_NAME = "Артём Колосов"
NAT = "n.guseva@shchit-tula.ru"
NAT_NAME = "Гусева Наталья"

WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
WD_LONG = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]

SIGN = """--
С уважением,
Гусева Наталья Викторовна
менеджер по работе с клиентами
ООО «Щит-Безопасность»
г. Тула, ул. Демонстрации, 12, оф. 4
тел. +7 (4872) 52-18-40, моб. +7 910 943-27-15"""


def dt(d, h, m, s=None):
    return datetime(2026, 11, d, h, m, rnd.randint(0, 59) if s is None else s, tzinfo=TZ)


def cs(name, body):
    c = Charset(name)
    c.body_encoding = body
    c.header_encoding = BASE64
    return c


UTF8_B64 = cs("utf-8", BASE64)
UTF8_QP = cs("utf-8", QP)
CP_QP = cs("windows-1251", QP)
KOI_B64 = cs("koi8-r", BASE64)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76)


def addr(name, a, charset="utf-8"):
    return formataddr((name, a), charset=charset)


def gmail_id():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "<CA" + "".join(rnd.choice(al) for _ in range(44)) + "@mail.gmail.com>"


def outlook_id():
    h = lambda n: "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return f"<{h(6)}01dc{h(4)}${h(8)}${h(8)}$@shchit-tula.ru>"


def omis_id():
    h = lambda n: "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return f"<{h(8)}-{h(4)}-{h(4)}-{h(12)}@zakazchik-omis.ru>"


def boundary_gmail():
    return "000000000000" + "".join(rnd.choice("0123456789abcdef") for _ in range(12))


def boundary_outlook():
    h = lambda n: "".join(rnd.choice("0123456789ABCDEF") for _ in range(n))
    return f"----=_NextPart_000_{h(4)}_01DC{h(4)}.{h(8)}"


def text_part(text, charset, subtype="plain"):
    p = Message()
    p["Content-Type"] = f"text/{subtype}"
    p.set_payload(text, charset)
    del p["MIME-Version"]
    return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail_quote_hdr(when, name, a):
    return (f"{WD_SHORT[when.weekday()]}, {when.day} нояб. 2026 г. в "
            f"{when.hour:02d}:{when.minute:02d}, {name} <{a}>:")


# ---------------------------------------------------------------- builders

def gmail(when, subject, body, quote=None, reply_to_id=None, cc=None, to=None):
    """Gmail for Android: multipart/alternative, plain base64 + html qp.
    quote = (when, name, addr, text) -> Gmail style quote below the answer."""
    msg = Message()
    msg["MIME-Version"] = "1.0"
    if reply_to_id:
        msg["References"] = reply_to_id
        msg["In-Reply-To"] = reply_to_id
    msg["From"] = addr(ART_NAME, ART)
    msg["Date"] = format_datetime(when)
    mid = gmail_id()
    msg["Message-ID"] = mid
    msg["Subject"] = hdr(subject)
    msg["To"] = to or addr(DISPATCH_NAME, DISPATCH)
    if cc:
        msg["Cc"] = cc
    b = boundary_gmail()
    msg["Content-Type"] = f'multipart/alternative; boundary="{b}"'
    plain = body.rstrip("\n") + "\n"
    html = '<div dir="auto">' + "<br>".join(esc(l) for l in body.rstrip("\n").split("\n")) + "</div>"
    if quote:
        qw, qn, qa, qt = quote
        qh = gmail_quote_hdr(qw, qn, qa)
        plain += "\n" + qh + "\n\n" + "\n".join(("> " + l) if l else ">" for l in qt.rstrip("\n").split("\n")) + "\n"
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(qh) +
                 '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
                 "<br>".join(esc(l) for l in qt.rstrip("\n").split("\n")) + "</blockquote></div>")
    html += "\n"
    p1 = text_part(plain, UTF8_B64)
    p1.replace_header("Content-Type", 'text/plain; charset="UTF-8"')
    p2 = text_part(html, UTF8_QP, "html")
    p2.replace_header("Content-Type", 'text/html; charset="UTF-8"')
    msg.set_payload([p1, p2])
    return msg, mid


def outlook_quote(when, frm, to, subject, text):
    return (f"От: {frm}\nОтправлено: {WD_LONG[when.weekday()]}, {when.day} ноября 2026 г. "
            f"{when.hour}:{when.minute:02d}\nКому: {to}\nТема: {subject}\n\n{text.rstrip()}\n")


def to_outlook_html(text):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append('<p class=MsoNormal>' + (esc(l) if l.strip() else "&nbsp;") + '<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n' +
            "\n".join(out) + "\n</div></body></html>\n")


def outlook_headers(msg, when, subject, reply_to_id=None, to=None, cc=None):
    msg["From"] = addr(NAT_NAME, NAT, "windows-1251")
    msg["To"] = to or addr(DISPATCH_NAME, DISPATCH, "windows-1251")
    if cc:
        msg["Cc"] = cc
    if reply_to_id:
        msg["References"] = reply_to_id
        msg["In-Reply-To"] = reply_to_id
    msg["Subject"] = hdr(subject, "windows-1251")
    msg["Date"] = format_datetime(when)
    mid = outlook_id()
    msg["Message-ID"] = mid
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = base64.b64encode(bytes(rnd.randrange(256) for _ in range(22))).decode()
    msg["Content-Language"] = "ru"
    return mid


def outlook(when, subject, body, quote=None, reply_to_id=None, html_only_html=None, attach=None):
    """Outlook 2016, windows-1251 quoted-printable. quote = dict for outlook_quote."""
    msg = Message()
    mid = outlook_headers(msg, when, subject, reply_to_id)
    text = body.rstrip("\n") + "\n"
    if quote:
        text += "\n" + outlook_quote(**quote)
    if html_only_html is not None:
        msg["Content-Type"] = "text/html"
        msg.set_payload(html_only_html, CP_QP)
        msg.replace_header("Content-Type", 'text/html; charset="windows-1251"')
        return msg, mid
    b = boundary_outlook()
    alt = Message()
    alt["Content-Type"] = f'multipart/alternative; boundary="{b}"'
    p1 = text_part(text, CP_QP)
    p1.replace_header("Content-Type", 'text/plain; charset="windows-1251"')
    p2 = text_part(to_outlook_html(text), CP_QP, "html")
    p2.replace_header("Content-Type", 'text/html; charset="windows-1251"')
    alt.set_payload([p1, p2])
    if not attach:
        msg["Content-Type"] = alt["Content-Type"]
        msg.set_payload([p1, p2])
        return msg, mid
    b2 = boundary_outlook()
    msg["Content-Type"] = f'multipart/mixed; boundary="{b2}"'
    msg.set_payload([alt] + attach)
    return msg, mid


def write(msg, path):
    data = msg.as_bytes() if isinstance(msg, Message) else msg
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- registry

REQUESTS = [
    ("43017", ["1", "2", "3"], (2, 9, 15),
     "Склад, г. Тула, ул. Марата, 100 — монтаж видеонаблюдения. Позиции: 1 — камера 1 (въездные ворота); 2 — камера 2 (рампа); 3 — камера 3 (торец склада, периметр)."),
    ("43052", ["1", "2"], (3, 10, 40),
     "Жилой дом, ул. Болдина, 98 — замена вызывных панелей домофона. 1 — домофон подъезда 1; 2 — домофон подъезда 2."),
    ("43108", ["1", "2"], (5, 8, 0),
     "Производственная площадка, Новомосковское ш., 12 — ремонт турникетов. 1 — турникет КПП-1; 2 — турникет КПП-2."),
    ("43140", ["1"], (5, 11, 0),
     "Офис, пр. Ленина, 85, серверная (3 эт.) — замена видеорегистратора. 1 — видеорегистратор в серверной."),
    ("43177", ["1", "2", "3", "4"], (6, 9, 0),
     "Парковка ТЦ, ул. Пузакова — монтаж камер наружного наблюдения. 1 — камера 5 (въезд); 2 — камера 6 (ряд А); 3 — камера 7 (ряд Б); 4 — камера 8 (выезд)."),
    ("43215", ["1", "2"], (9, 10, 20),
     "Офис, ул. Советская, 47 — СКУД, замена считывателей. 1 — считыватель двери бухгалтерии (2 эт.); 2 — считыватель двери серверной (3 эт.)."),
    ("43266", ["1", "2", "3"], (10, 8, 45),
     "Жилой дом, ул. Макаренко, 7 — ремонт домофонов. 1 — домофон подъезда 1; 2 — домофон подъезда 2; 3 — домофон подъезда 3."),
    ("43309", ["1", "2"], (11, 13, 10),
     "База, Алексинское ш., 5, въезд на территорию. 1 — шлагбаум; 2 — камера распознавания номеров."),
    ("43381", ["1"], (12, 9, 30),
     "Территория учреждения, ул. Оборонная, калитка со стороны улицы. 1 — вызывная панель калитки."),
    ("43420", ["1", "2", "3"], (16, 10, 0),
     "Магазин, ул. Ложевая — видеонаблюдение. 1 — торговый зал; 2 — склад магазина; 3 — кассовая зона."),
    ("43577", ["1", "2"], (17, 8, 15),
     "Склад ГСМ, проходная. 1 — турникет КПП-1; 2 — электромагнитный замок двери КПП."),
    ("43633", ["1", "2", "3"], (19, 9, 0),
     "Общежитие, ул. Галкина — видеодомофон. 1 — домофон подъезда 1; 2 — домофон подъезда 2; 3 — камера над входом."),
    ("43702", ["1", "2"], (23, 11, 0),
     "Котельная, ул. Кирова — видеонаблюдение. 1 — камера 1 (котельный зал); 2 — камера 2 (вход)."),
]

letters = []  # (when, builder-callable -> msg, label)


def L(when, build, label):
    letters.append((when, build, label))


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
ids = {}

# ================================================================ 43017
w = dt(2, 10, 2)
L(w, lambda w=w: outlook(
    w, "RE: Заявка 43017 — видеонаблюдение, склад ул. Марата",
    "Добрый день!\n\nЗаявку приняли в работу. Монтаж камер планируем на вторник 03.11, монтажник Колосов Артём, "
    "тел. +7 953 184-62-07.\nКамеры Hikvision DS-2CD2143G2-IS, 3 шт., в наличии на складе.\n\n" + SIGN,
    quote=dict(when=dt(2, 9, 21), frm="Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]",
               to="Гусева Наталья <n.guseva@shchit-tula.ru>",
               subject="Заявка 43017 — видеонаблюдение, склад ул. Марата",
               text="Добрый день.\nНаправляем заявку 43017: монтаж видеонаблюдения, склад, ул. Марата, 100.\n"
                    "Позиции: 1 — камера 1 (въездные ворота), 2 — камера 2 (рампа), 3 — камера 3 (торец склада).\n"
                    "Просим подтвердить принятие.\n\nДиспетчер Миронова Е."),
    reply_to_id=omis_id()),
  D("43017", [], PR, "manager accepts the request; the planned date is only a plan"))

w = dt(3, 8, 47)
def b(w=w):
    m, i = gmail(w, "43017", "Добрый день. выехал на склад на Марата, буду к половине десятого")
    ids["a2"] = (i, w, "Добрый день. выехал на склад на Марата, буду к половине десятого")
    return m, i
L(w, b, D("43017", [], VP, "'выехал на склад' = on the way to the site"))

w = dt(3, 9, 41)
def b(w=w):
    m, i = gmail(w, "43017 на месте", "на месте, пропуск на охране забрал")
    ids["a3"] = (i, w, "на месте, пропуск на охране забрал")
    return m, i
L(w, b, D("43017", [], NM, "on site, no position named"))

w = dt(3, 11, 30)
L(w, lambda w=w: outlook(
    w, "RE: Новая заявка 43052 — замена вызывных панелей, ул. Болдина, 98",
    "Добрый день, принято.\nДату выезда согласуем с УК «Заречье» (тел. 8 (4872) 31-07-55) и сообщим дополнительно.\n\n"
    "Гусева Н.\nООО «Щит-Безопасность»\n+7 (4872) 52-18-40",
    quote=dict(when=dt(3, 10, 46), frm="Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]",
               to="Гусева Наталья <n.guseva@shchit-tula.ru>",
               subject="Новая заявка 43052 — замена вызывных панелей, ул. Болдина, 98",
               text="Наталья Викторовна, добрый день.\nНаправляем заявку 43052: замена вызывных панелей в подъездах 1 и 2.\n"
                    "Прошу принять в работу и сообщить дату выезда."),
    reply_to_id=omis_id()),
  D("43052", [], PR, "'принято' in reply to the new request = request accepted; phone of УК is noise"))

w = dt(3, 15, 20)
def b(w=w):
    i0, w0, t0 = ids["a3"]
    return gmail(w, "Re: 43017 на месте",
                 "камеры 1 и 2 повесили, в рег завёл, картинка есть. 3ю в четверг, кабеля не хватило метров 15",
                 quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43017", ["1", "2"], UB, "cameras 1,2 done; 3 only planned; Re: subject with old status is overridden"))

# ================================================================ 43108 / 43140 / 43017 finish (Thu 05.11)
w = dt(5, 9, 5)
def b(w=w):
    m, i = gmail(w, "43017 п.3", "снова на марата, кабель привез. начинаю 3-ю")
    ids["a6"] = (i, w, "снова на марата, кабель привез. начинаю 3-ю")
    return m, i
L(w, b, D("43017", ["3"], NM, "back on site for position 3"))

w = dt(5, 9, 10)
L(w, lambda w=w: outlook(
    w, "Заявка № 43108 — принята",
    "Добрый день!\n\nЗаявка № 43108 (ремонт турникетов КПП-1, КПП-2, Новомосковское ш., 12) принята в работу.\n"
    "Просим заказать разовый пропуск на автомобиль Lada Largus, гос. номер Т 418 ОР 71, водитель Колосов А.С.\n"
    "Выезд — пятница 06.11 с утра.\n\n" + SIGN),
  D("43108", [], PR, "accepted; КПП-1/КПП-2 only describe the request, car plate is noise"))

w = dt(5, 11, 25)
L(w, lambda w=w: outlook(
    w, "43140 / замена видеорегистратора",
    "Добрый день.\nПринимаем. Регистратор Hikvision DS-7616NI-K2/2P есть в наличии, на объект выедем в понедельник 9.11, "
    "время с администратором согласовано.\n\nГусева Н.\n+7 910 943-27-15"),
  D("43140", [], PR, "'Принимаем' = accepted; model number and date are noise"))

w = dt(5, 12, 40)
def b(w=w):
    i0, w0, t0 = ids["a6"]
    return gmail(w, "Re: 43017 п.3", "3я готова, всё пишет. с марата уехал",
                 quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43017", ["3"], UB, "'с марата уехал' = left FROM the site"))

w = dt(5, 15, 10)
def b(w=w):
    t = ("Болдина 98, 1 подъезд — панель поменял на Vizit БВД-343, трубки звонят, ключи старые работают.\n"
         "2й подъезд в субботу, в квартирах днём никого нет")
    m, i = gmail(w, "43052 (1)", t)
    ids["a10"] = (i, w, t)
    return m, i
L(w, b, D("43052", ["1"], UB, "entrance 1 done; entrance 2 only planned for Saturday"))

w = dt(5, 17, 31)
L(w, lambda w=w: gmail(
    w, "Re: 43108 пропуск", "ок спасибо",
    quote=(dt(5, 16, 50), DISPATCH_NAME, DISPATCH,
           "Артём, добрый день.\nПропуск на а/м Т418ОР71 на 06.11 заказан, на КПП-1 назвать фамилию.\n\nДиспетчер Миронова Е."),
    reply_to_id=omis_id()),
  R("only thanks for the dispatcher's message about the pass; no status"))

w = dt(5, 18, 10)
L(w, lambda w=w: outlook(
    w, "43017 итоги",
    "Добрый вечер!\n\nПо заявке 43017 (склад, ул. Марата, 100) работы завершены:\n"
    "1. Камера 1 (въездные ворота) — смонтирована 03.11, подключена к регистратору.\n"
    "2. Камера 2 (рампа) — смонтирована 03.11, подключена.\n"
    "3. Камера 3 (торец склада) — смонтирована сегодня, 05.11, монтажник убыл с объекта в 12:35.\n\n"
    "Акт № 412 от 05.11.2026 передадим вместе с оригиналами счёта.\n\n" + SIGN),
  D("43017", ["1", "2", "3"], UB, "end-of-day numbered summary: all three positions finished; act number is noise"))

# ================================================================ Fri 06.11
w = dt(6, 8, 20)
L(w, lambda w=w: gmail(w, "43108", "выезжаю на новомосковское, турники. минут 35"),
  D("43108", [], VP, "'выезжаю на ...' = travelling now"))

w = dt(6, 9, 20)
L(w, lambda w=w: outlook(
    w, "FW: подрядчик",
    "Добрый день.\nПересылаю сообщение охраны по заявке 43108 — наш монтажник на объекте.\n\nГусева Н.",
    quote=dict(when=dt(6, 9, 2), frm="Пост охраны КПП <kpp.novomosk12@mail.ru>",
               to="Гусева Наталья <n.guseva@shchit-tula.ru>", subject="подрядчик",
               text="Наталья Викторовна, доброе утро.\nВаш сотрудник прибыл на проходную в 08:55, 1 чел., а/м Лада Ларгус Т418ОР71. "
                    "Пропуск выдан, допущен на территорию, сопровождает начальник смены.\n\nОхранник Зуев С.А., ЧОП «Бастион»")),
  D("43108", [], NM, "manager forwards the guard's report: arrived 08:55 (forwarded report counts)"))

w = dt(6, 10, 5)
L(w, lambda w=w: outlook(
    w, "RE: Заявка 43177",
    "Добрый день!\n\nНаряд 43177 приняли. Монтаж четырёх камер на парковке ТЦ (камеры 5–8) планируем на 10–11 ноября, "
    "автовышку закажем сами.\n\n" + SIGN,
    quote=dict(when=dt(6, 9, 8), frm="Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]",
               to="Гусева Наталья <n.guseva@shchit-tula.ru>", subject="Заявка 43177",
               text="Добрый день. Заявка 43177 — монтаж камер 5, 6, 7, 8 на парковке ТЦ, ул. Пузакова. Просим принять."),
    reply_to_id=omis_id()),
  D("43177", [], PR, "'Наряд 43177 приняли'; camera numbers 5-8 describe the whole request"))

w = dt(6, 13, 30)
L(w, lambda w=w: gmail(w, "43108",
                       "по КПП-1 всё, турникет крутится, планка стояла криво.\nКПП-2 ещё ковыряю, плата управления сгорела, меняю"),
  R("different statuses: КПП-1 finished, КПП-2 still being worked on (on site)"))

w = dt(6, 16, 45)
L(w, lambda w=w: gmail(w, "43108-2", "КПП-2 готов, плату поменял, карты проходят. выехал с завода в 16:40"),
  D("43108", ["2"], UB, "'выехал С завода' = left the site; position after dash in subject"))

w = dt(6, 18, 32)
L(w, lambda w=w: outlook(
    w, "Итоги дня 06.11",
    "Добрый вечер! Итоги дня:\n\n"
    "1. Заявка 43108 — турникеты КПП-1 и КПП-2 отремонтированы, на КПП-2 заменена плата управления PERCo. Монтажник убыл в 16:40.\n"
    "2. Заявка 43052 — подъезд 2 переносим на субботу 07.11, жильцов днём нет.\n"
    "3. Заявка 43177 — монтаж камер 10–11.11, вышка заказана.\n\n" + SIGN),
  R("summary covers three different requests"))

# ================================================================ Sat 07.11
w = dt(7, 11, 50)
def b(w=w):
    i0, w0, t0 = ids["a10"]
    return gmail(w, "Re: 43052 (1)", "по второму подъезду всё, панель стоит, ключи жильцам прописал",
                 quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43052", ["2"], UB, "body reports the 2nd entrance done; the (1) in the Re: subject and the quote are old"))

w = dt(7, 12, 41)
L(w, lambda w=w: gmail(w, "43052", "в 3м подъезде тоже панель поменял, УК попросила, она там еле живая была"),
  R("position 3 does not exist in 43052 (only entrances 1 and 2)"))

# ================================================================ Mon 09.11
w = dt(9, 10, 5)
def b(w=w):
    m, i = gmail(w, "43140 в пути", "в пути на Ленина 85, буду минут через 20")
    ids["a21"] = (i, w, "в пути на Ленина 85, буду минут через 20")
    return m, i
L(w, b, D("43140", [], VP, "on the way; house number 85 is an address"))

w = dt(9, 12, 30)
def b(w=w):
    i0, w0, t0 = ids["a21"]
    return gmail(w, "Re: 43140 в пути", "регистратор поменял, архив со старого слил на диск, всё пишет. уехал с ленина",
                 quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43140", [], UB, "Re: subject says 'в пути' but body: done and left"))

w = dt(9, 13, 2)
L(w, lambda w=w: gmail(
    w, "Re: Fwd: Заявка 43215 СКУД Советская 47", "принял, завтра постараюсь",
    cc=addr(NAT_NAME, NAT),
    quote=(dt(9, 10, 48), NAT_NAME, NAT,
           "Артём, возьми, пожалуйста. Ответь диспетчерам, что принял.\n\n"
           "-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSent: Monday, November 9, 2026 10:31 AM\n"
           "To: Гусева Наталья <n.guseva@shchit-tula.ru>\nSubject: Заявка 43215 СКУД Советская 47\n\n"
           "Добрый день. Заявка 43215: замена считывателей на дверях бухгалтерии (2 эт.) и серверной (3 эт.). Прошу принять."),
    reply_to_id=outlook_id()),
  D("43215", [], PR, "installer answers the forwarded request 'принял'; 'завтра постараюсь' is only a plan"))

# ================================================================ Tue 10.11
w = dt(10, 8, 30)
L(w, lambda w=w: gmail(w, "парковка 43177", "едем на пузакова с Серёгой, вышка подъедет к 10"),
  D("43177", [], VP, "'едем на пузакова' = on the way"))

w = dt(10, 9, 30)
L(w, lambda w=w: outlook(
    w, "RE: Заявка №43266 от 10.11.2026",
    "Добрый день, заявку приняли.\nВыезд в пятницу 13.11, нужен доступ в слаботочные щитки на этажах — просьба предупредить УК.\n\n" + SIGN,
    quote=dict(when=dt(10, 8, 52), frm="Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]",
               to="Гусева Наталья <n.guseva@shchit-tula.ru>", subject="Заявка №43266 от 10.11.2026",
               text="Добрый день. Ремонт домофонов, ул. Макаренко, 7, подъезды 1, 2, 3. Прошу принять в работу."),
    reply_to_id=omis_id()),
  D("43266", [], PR, "accepted; the date in the subject is noise"))

w = dt(10, 17, 10)
L(w, lambda w=w: gmail(w, "43177", "камеры 5 и 6 повесили, подключены. 7 и 8 завтра, вышку отпустили"),
  D("43177", ["1", "2"], UB, "registry comment: camera 5 = pos 1, camera 6 = pos 2; cameras 7/8 only planned"))

w = dt(10, 19, 2)
L(w, lambda w=w: gmail(w, "43215", "по 43215 завтра не успеваю, весь день на парковке. будем в четверг с утра"),
  R("only a plan / postponement, no status"))

# ================================================================ Wed 11.11
w = dt(11, 9, 0)
L(w, lambda w=w: gmail(w, "Наряд 43177", "НА MЕСТЕ, вышка тут"),
  D("43177", [], NM, "caps, Latin M inside 'МЕСТЕ'; on site, no position named"))

w = dt(11, 14, 0)
L(w, lambda w=w: outlook(
    w, "43309 — принимаем",
    "Добрый день.\n\nЗаявку 43309 принимаем. Шлагбаум DoorHan Barrier PRO 4000 смонтируем на следующей неделе, "
    "камера распознавания номеров под заказ, срок поставки 5–7 рабочих дней.\n\n" + SIGN),
  D("43309", [], PR, "accepted; model numbers and delivery terms are noise"))

TABLE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang=RU style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Добрый вечер!</p>
<p>Итог по наряду 43177 (парковка ТЦ, ул. Пузакова) на 11.11.2026:</p>
<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">
<tr><th>Поз.</th><th>Оборудование</th><th>Выполнено</th><th>Дата</th></tr>
<tr><td>1</td><td>Камера 5 (въезд)</td><td>смонтирована, подключена</td><td>10.11</td></tr>
<tr><td>2</td><td>Камера 6 (ряд А)</td><td>смонтирована, подключена</td><td>10.11</td></tr>
<tr><td>3</td><td>Камера 7 (ряд Б)</td><td>смонтирована, подключена</td><td>11.11</td></tr>
<tr><td>4</td><td>Камера 8 (выезд)</td><td>смонтирована, подключена</td><td>11.11</td></tr>
</table>
<p>Работы по заявке завершены, монтажники убыли с объекта в 17:55, вышка отпущена.</p>
<p>--<br>Гусева Наталья<br>ООО &laquo;Щит-Безопасность&raquo;<br>+7 (4872) 52-18-40</p>
</body></html>
"""
w = dt(11, 18, 40)
L(w, lambda w=w: outlook(w, "43177 — итог", "", html_only_html=TABLE),
  D("43177", ["1", "2", "3", "4"], UB, "HTML-only table, a row per position, all finished; crew left 17:55"))

# ================================================================ Thu 12.11
w = dt(12, 8, 40)
def b(w=w):
    m, i = gmail(w, "43215", "выезжаю с базы на советскую 47, к 9 буду")
    ids["a31"] = (i, w, "выезжаю с базы на советскую 47, к 9 буду")
    return m, i
L(w, b, D("43215", [], VP, "leaving FROM the base TO the site = on the way"))

w = dt(12, 10, 0)
L(w, lambda w=w: outlook(
    w, "Заявка # 43381 принята",
    "Добрый день.\nЗаявка # 43381 (вызывная панель калитки, ул. Оборонная) принята, монтажник подъедет сегодня после обеда.\n\nГусева Н."),
  D("43381", [], PR, "accepted"))

w = dt(12, 10, 30)
def b(w=w):
    i0, w0, t0 = ids["a31"]
    t = "дверь бухгалтерии — считыватель заменил, карты читает, в базу вбил.\nсерверная — админ на обеде, ключ у него, сделаю как вернётся"
    m, i = gmail(w, "Re: 43215", t, quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
    ids["a33"] = (i, w, t)
    return m, i
L(w, b, D("43215", ["1"], UB, "accounting door (pos 1) done; server room (pos 2) only planned"))

w = dt(12, 12, 15)
def b(w=w):
    i0, w0, t0 = ids["a33"]
    return gmail(w, "Re: 43215", "серверная тоже готово, Matrix-II поставил. уехал",
                 quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43215", ["2"], UB, "server room = pos 2 per comment; done and left"))

w = dt(12, 12, 52)
L(w, lambda w=w: gmail(w, "маршрут",
                       "с советской еду на оборонную по 43381, по дороге заскочу на алексинское по 43309 глянуть где ставить стойку шлагбаума"),
  R("two different requests in one letter"))

w = dt(12, 13, 35)
L(w, lambda w=w: gmail(w, "калитка", "на месте, жду завхоза с ключом от щитовой"),
  R("no request number anywhere"))

w = dt(12, 13, 50)
L(w, lambda w=w: gmail(
    w, "Re: Заявка 43381 — калитка", "да, уже тут минут 20, завхоз подошёл",
    quote=(dt(12, 13, 44), DISPATCH_NAME, DISPATCH,
           "Артём, добрый день. Вы уже на объекте? Завхоз спрашивает.\n\nДиспетчер Миронова Е."),
    reply_to_id=omis_id()),
  D("43381", [], NM, "answer 'да, уже тут' to 'вы на объекте?'; number only in the Re: subject"))

w = dt(12, 15, 50)
L(w, lambda w=w: gmail(w, "43381 готово",
                       "пАнель поменял, вызов проходит на пост охраны, замок открывается с трубки. всё. уехал"),
  D("43381", [], UB, "finished and left"))

# ================================================================ Fri 13.11
w = dt(13, 9, 20)
L(w, lambda w=w: gmail(w, "Макаренко 7 (43266)", "приехал, жду представителя УК с ключами от щитков"),
  D("43266", [], NM, "number in brackets after the address; arrived"))

w = dt(13, 11, 0)
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
def b(w=w):
    att = Message()
    att["Content-Type"] = "application/pdf"
    att.add_header("Content-Disposition", "attachment", filename=("windows-1251", "", "Смета_117_доп_43309.pdf"))
    att["Content-Transfer-Encoding"] = "base64"
    att.set_payload(base64.encodebytes(PDF).decode())
    return outlook(
        w, "43309 — доп. смета",
        "Добрый день!\n\nПо заявке 43309: поставщик поднял цену на камеру распознавания номеров (Hikvision iDS-TCM403-GIR), "
        "стоимость выросла на 18 400 руб. с НДС.\nПрошу согласовать дополнительную смету № 117 от 13.11.2026 (во вложении) — "
        "без согласования заказ камеры не разместим.\nРеквизиты для счёта прежние: ИНН 7106512390, КПП 710601001.\n\n" + SIGN,
        attach=[att])
L(w, b, R("price / additional estimate talk, no status"))

w = dt(13, 12, 3)
L(w, lambda w=w: gmail(w, "43266",
                       "1й и 2й подъезд сделал, блоки вызова новые. на 3м сейчас, тут ещё линия в обрыве, ищу"),
  R("different statuses: entrances 1,2 finished, entrance 3 in progress (on site)"))

w = dt(13, 14, 30)
L(w, lambda w=w: gmail(w, "43266 п3", "3 подъезд готов, обрыв нашёл на 4 этаже. с макаренко уехал"),
  D("43266", ["3"], UB, "entrance 3 finished, left; '4 этаже' is a floor"))

w = dt(13, 16, 0)
def b(w=w):
    bd = boundary_outlook()
    subj = Header("Прочитано: Заявка 43266 — акт выполненных работ", "windows-1251").encode()
    frm = addr(NAT_NAME, NAT, "windows-1251")
    to = addr(DISPATCH_NAME, DISPATCH, "windows-1251")
    mid = outlook_id()
    orig = omis_id()
    txt = ("Ваше сообщение\n\n  Кому: Гусева Наталья\n  Тема: Заявка 43266 — акт выполненных работ\n"
           "  Отправлено: 13.11.2026 15:12\n\nбыло прочитано 13.11.2026 16:00.\n")
    qp = Message()
    qp.set_payload(txt, CP_QP)
    body_txt = qp.get_payload()
    raw = (f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {format_datetime(w)}\nMessage-ID: {mid}\n"
           f"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"{bd}\"\n"
           f"X-Mailer: Microsoft Outlook 16.0\nContent-Language: ru\n\n"
           f"This is a multipart message in MIME format.\n\n--{bd}\n"
           f"Content-Type: text/plain; charset=\"windows-1251\"\nContent-Transfer-Encoding: quoted-printable\n\n{body_txt}\n"
           f"--{bd}\nContent-Type: message/disposition-notification\n\n"
           f"Reporting-UA: mail.shchit-tula.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{NAT}\n"
           f"Original-Message-ID: {orig}\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--{bd}--\n")
    return raw.replace("\n", "\r\n").encode("ascii"), mid
L(w, b, I("read receipt (disposition notification) generated by Outlook"))

# ================================================================ Mon 16.11
w = dt(16, 10, 0)
def b(w=w):
    m, i = gmail(w, "43309 поз1", "на алексинском, шлагбаум, нa месте")
    ids["a44"] = (i, w, "на алексинском, шлагбаум, нa месте")
    return m, i
L(w, b, D("43309", ["1"], NM, "'поз1' in subject; Latin 'a' in 'нa'"))

w = dt(16, 11, 15)
L(w, lambda w=w: outlook(
    w, "RE: обращение 43420 — видеонаблюдение, магазин Ложевая",
    "Добрый день!\n\nОбращение 43420 приняли в работу, выезд завтра 17.11 с 9:00. Камеры и регистратор со склада.\n\n" + SIGN,
    quote=dict(when=dt(16, 10, 14), frm="Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]",
               to="Гусева Наталья <n.guseva@shchit-tula.ru>",
               subject="обращение 43420 — видеонаблюдение, магазин Ложевая",
               text="Добрый день. Видеонаблюдение в магазине: торговый зал, склад, кассовая зона. Прошу принять."),
    reply_to_id=omis_id()),
  D("43420", [], PR, "accepted ('обращение ... приняли')"))

w = dt(16, 13, 20)
def b(w=w):
    i0, w0, t0 = ids["a44"]
    return gmail(w, "Re: 43309 поз1",
                 "шлагбаум поставил, настроил, пульты прописал 12 шт. по 1-й всё, уехал. камеру ставим когда привезут",
                 quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43309", ["1"], UB, "position 1 finished, left; camera (pos 2) only a plan; '12 шт.' is a quantity"))

# ================================================================ Tue 17.11
w = dt(17, 8, 55)
def b(w=w):
    m, i = gmail(w, "43402", "выехал")
    ids["a47"] = (i, w, "выехал")
    return m, i
L(w, b, R("43402 is not in the registry (typo)"))

w = dt(17, 9, 2)
def b(w=w):
    i0, w0, t0 = ids["a47"]
    return gmail(w, "Re: 43402", "ой, 43420 конечно. еду нa ложевую", quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43420", [], VP, "body corrects the number to 43420; on the way (Latin 'a' in 'нa')"))

w = dt(17, 9, 40)
L(w, lambda w=w: outlook(
    w, "43577 принята",
    "Добрый день.\n\nЗаявка 43577 (склад ГСМ: турникет КПП-1 и электромагнитный замок двери КПП) принята.\n"
    "Выезд — 19.11, ориентировочно к 10:00. Замок ML-295K заказан, будет к среде.\n\n" + SIGN),
  D("43577", [], PR, "accepted; positions listed only to describe the request"))

w = dt(17, 14, 0)
def b(w=w):
    t = "по торговому залу и кассе всё, камеры висят, пишут.\nсклад завтра, там фуру разгружают"
    m, i = gmail(w, "43420", t)
    ids["a50"] = (i, w, t)
    return m, i
L(w, b, D("43420", ["1", "3"], UB, "торговый зал = 1, касса = 3 done; склад (2) only planned"))

# ================================================================ Wed 18.11
w = dt(18, 11, 10)
def b(w=w):
    i0, w0, t0 = ids["a50"]
    return gmail(w, "Re: 43420", "П2 (склад) сделал, всё. уехал", quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43420", ["2"], UB, "'П2' = position 2, finished"))

w = dt(18, 13, 5)
def b(w=w):
    bd = boundary_outlook()
    subj = Header("Принято: Созвон по заявке 43108 — гарантия на плату КПП-2", "windows-1251").encode()
    frm = addr(NAT_NAME, NAT, "windows-1251")
    to = addr(DISPATCH_NAME, DISPATCH, "windows-1251")
    mid = outlook_id()
    ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
           "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Гусева Наталья:mailto:n.guseva@shchit-tula.ru\n"
           "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\n"
           "SUMMARY;LANGUAGE=ru-RU:Принято: Созвон по заявке 43108 — гарантия на плату КПП-2\n"
           "DTSTART;TZID=Russian Standard Time:20261119T100000\nDTEND;TZID=Russian Standard Time:20261119T103000\n"
           "UID:040000008200E00074C5B7101A82E00800000000" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(32)) + "\n"
           "DTSTAMP:20261118T100500Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    b64 = base64.encodebytes(ics.encode("utf-8")).decode()
    raw = (f"From: {frm}\nTo: {to}\nSubject: {subj}\nThread-Topic: {subj}\nDate: {format_datetime(w)}\nMessage-ID: {mid}\n"
           f"Content-Class: urn:content-classes:calendarmessage\nMIME-Version: 1.0\nX-Mailer: Microsoft Outlook 16.0\n"
           f"Content-Type: multipart/alternative;\n\tboundary=\"{bd}\"\n\n--{bd}\n"
           f"Content-Type: text/plain; charset=\"windows-1251\"\nContent-Transfer-Encoding: 7bit\n\n\n"
           f"--{bd}\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\nContent-Transfer-Encoding: base64\n\n{b64}\n--{bd}--\n")
    return raw.replace("\n", "\r\n").encode("ascii"), mid
L(w, b, I("calendar meeting response (accepted) generated by Outlook"))

w = dt(18, 15, 0)
L(w, lambda w=w: outlook(
    w, "магазин Ложевая — жалоба охраны",
    "Добрый день.\nОхранник магазина написал мне в ватсап по 43420, пересылаю как есть:\n\n"
    "«Наталья, здравствуйте. После монтажа камер на складе осталась стружка и обрезки кабеля, коробки от камер не вывезли. "
    "Директор недоволен, прошу принять меры. Охранник Ляхов, смена с 08:00»\n\n"
    "Разберёмся, завтра отправим человека прибрать. Приносим извинения.\n\nГусева Н."),
  R("forwarded complaint about cleanliness; no status"))

# ================================================================ Thu 19.11
w = dt(19, 8, 50)
def b(w=w):
    t = "по 43577 ещё не выехали, замок со склада не отдают, жду кладовщика"
    m, i = gmail(w, "43577", t)
    ids["a54"] = (i, w, t)
    return m, i
L(w, b, R("negation: not yet left"))

w = dt(19, 9, 45)
L(w, lambda w=w: outlook(
    w, "RE: Заявка 43633 общежитие",
    "Добрый день, принято в работу. Выезд — понедельник 23.11.\n\nГусева Н.\n+7 (4872) 52-18-40",
    quote=dict(when=dt(19, 9, 7), frm="Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]",
               to="Гусева Наталья <n.guseva@shchit-tula.ru>", subject="Заявка 43633 общежитие",
               text="Добрый день. Общежитие на ул. Галкина: домофоны подъездов 1 и 2, камера над входом. Прошу принять."),
    reply_to_id=omis_id()),
  D("43633", [], PR, "accepted"))

w = dt(19, 10, 45)
def b(w=w):
    i0, w0, t0 = ids["a54"]
    return gmail(w, "Re: 43577", "всё, замок забрал, еду на ГСМ", quote=(w0, ART_NAME, ART, t0), reply_to_id=i0)
L(w, b, D("43577", [], VP, "now on the way; the quoted 'ещё не выехали' is old history"))

YAFWD = """<div>43577 — охрана склада подтверждает, что наш монтажник на месте.</div><div>&nbsp;</div><div>--&nbsp;</div><div>Отправлено из мобильной Яндекс Почты</div><div>&nbsp;</div><div>-------- Пересылаемое сообщение --------</div><div>19.11.2026, 11:42, "Охрана склада ГСМ" &lt;ohrana.gsm71@mail.ru&gt;:</div><blockquote><div>Наталья Викторовна, в 11:40 прибыл монтажник Колосов А.С. (ООО «Щит-Безопасность»), пропуск разовый № 0587, допущен к работам на КПП.</div><div>&nbsp;</div><div>Старший смены Быков</div></blockquote><div>-------- Конец пересылаемого сообщения --------</div>
"""
w = dt(19, 12, 5)
def b(w=w):
    msg = Message()
    msg["MIME-Version"] = "1.0"
    msg["From"] = addr(NAT_NAME, NAT)
    msg["To"] = DISPATCH
    msg["Subject"] = hdr("Fwd: монтажник прибыл")
    msg["Date"] = format_datetime(w)
    mid = "<" + str(rnd.randint(10**6, 10**7)) + "1763543105@mail.shchit-tula.ru>"
    msg["Message-ID"] = mid
    msg["X-Mailer"] = "Yamail [ http://yandex.ru ] 5.0"
    msg["Content-Type"] = "text/html"
    msg.set_payload(YAFWD, UTF8_B64)
    msg.replace_header("Content-Type", "text/html; charset=utf-8")
    return msg, mid
L(w, b, D("43577", [], NM, "HTML-only Yandex forward of the guard's report: arrived 11:40; pass number is noise"))

w = dt(19, 15, 30)
L(w, lambda w=w: gmail(w, "43577 готово",
                       "замок на дверь КПП повесил, ML-295K. с турникетом КПП-1 разобрался — был сбит концевик. обе позиции сделаны, уехал в 15:20"),
  D("43577", ["1", "2"], UB, "both positions (турникет КПП-1, замок) finished, left"))

w = dt(19, 16, 4)
def b(w=w):
    bd = "A1F2C3D4E5.1763557444/mail.shchit-tula.ru"
    mid = "<20261119130404.A1F2C3D4E5@mail.shchit-tula.ru>"
    osubj = Header("Заявка 43633 — уточнение", "utf-8").encode()
    raw = (f"Return-Path: <>\nDate: {format_datetime(w)}\nFrom: MAILER-DAEMON@shchit-tula.ru (Mail Delivery System)\n"
           f"Subject: Undelivered Mail Returned to Sender\nTo: {DISPATCH}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{bd}\"\nMessage-ID: {mid}\n\n"
           f"This is a MIME-encapsulated message.\n\n--{bd}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
           f"This is the mail system at host mail.shchit-tula.ru.\n\nI'm sorry to have to inform you that your message could not\n"
           f"be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           f"                   The mail system\n\n<a.kolosov@shchit-tula.ru>: unknown user: \"a.kolosov\"\n\n"
           f"--{bd}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
           f"Reporting-MTA: dns; mail.shchit-tula.ru\nX-Postfix-Queue-ID: A1F2C3D4E5\nArrival-Date: {format_datetime(w - timedelta(seconds=3))}\n\n"
           f"Final-Recipient: rfc822; a.kolosov@shchit-tula.ru\nOriginal-Recipient: rfc822;a.kolosov@shchit-tula.ru\n"
           f"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: \"a.kolosov\"\n\n"
           f"--{bd}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
           f"From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <{DISPATCH}>\nTo: a.kolosov@shchit-tula.ru\n"
           f"Subject: {osubj}\nDate: {format_datetime(w - timedelta(seconds=5))}\nMessage-ID: {omis_id()}\n\n--{bd}--\n")
    return raw.replace("\n", "\r\n").encode("ascii"), mid
L(w, b, I("delivery failure report (bounce) from the contractor's mail server"))

# ================================================================ Fri 20.11
w = dt(20, 10, 10)
L(w, lambda w=w: gmail(w, "43309 (2)", "приехал ставить камеру распознавания, камеру привезли"),
  D("43309", ["2"], NM, "position in brackets in subject; arrived"))

w = dt(20, 16, 10)
def b(w=w):
    inner = Message()
    inner["From"] = addr("Пост 2 охрана базы", "post2.baza.alex@mail.ru", "koi8-r")
    inner["To"] = addr(NAT_NAME, NAT, "koi8-r")
    inner["Subject"] = Header("монтажник убыл", "koi8-r")
    inner["Date"] = format_datetime(dt(20, 15, 41))
    inner["Message-ID"] = "<1728394817.20261120154100@mail.ru>"
    inner["X-Mailer"] = "The Bat! (v3.99.3) Professional"
    inner["MIME-Version"] = "1.0"
    inner["Content-Type"] = "text/plain"
    inner.set_payload("Здравствуйте, Наталья Викторовна.\n\nДовожу до сведения: монтажник ООО \"Щит-Безопасность\" закончил работы "
                      "по камере на въезде, в 15:35 убыл с территории. Номера машин камера читает, проверили на а/м охраны.\n\n"
                      "Охранник Пахомов В.И., пост N2\n", KOI_B64)
    inner.replace_header("Content-Type", "text/plain; charset=koi8-r")
    att = Message()
    att["Content-Type"] = "message/rfc822"
    att["Content-Disposition"] = "attachment"
    att.set_payload([inner])
    note = ("Добрый день.\nПересылаю сообщение охраны базы по заявке 43309 (камера распознавания номеров), письмо во вложении.\n\n"
            "Гусева Н.\nООО «Щит-Безопасность»")
    msg = Message()
    mid = outlook_headers(msg, w, "FW: монтажник убыл")
    bd = boundary_outlook()
    msg["Content-Type"] = f'multipart/mixed; boundary="{bd}"'
    p = text_part(note + "\n", CP_QP)
    p.replace_header("Content-Type", 'text/plain; charset="windows-1251"')
    msg.set_payload([p, att])
    return msg, mid
L(w, b, D("43309", ["2"], UB, "forwarded guard report (attached message, KOI8-R): camera work finished, left 15:35"))

# ================================================================ Mon 23.11
w = dt(23, 9, 10)
L(w, lambda w=w: gmail(w, "#43633", "выехол в общагу на галкина, к 10 будем"),
  D("43633", [], VP, "typo 'выехол'; on the way"))

w = dt(23, 12, 20)
L(w, lambda w=w: outlook(
    w, "Заявка 43702 котельная — принята",
    "Добрый день.\n\nЗаявку 43702 (котельная, ул. Кирова, камеры 1 и 2) приняли в работу. Дату выезда согласуем с оператором котельной.\n"
    "24–25.11 меня не будет в офисе, по срочным вопросам — Колосов Артём, +7 953 184-62-07.\n\n" + SIGN),
  D("43702", [], PR, "accepted; cameras listed only as the request's description"))

w = dt(23, 15, 0)
L(w, lambda w=w: gmail(w, "43633",
                       "домофон 1го подъезда и камеру над входом сделал.\nво 2м нет питания в щитке, электрик общаги будет завтра"),
  D("43633", ["1", "3"], UB, "pos 1 (entrance 1) and pos 3 (camera over entrance) done; entrance 2 waits"))

# ================================================================ Tue 24.11
w = dt(24, 10, 0)
def b(w=w):
    msg = Message()
    msg["From"] = addr(NAT_NAME, NAT, "windows-1251")
    msg["To"] = addr(DISPATCH_NAME, DISPATCH, "windows-1251")
    msg["Subject"] = hdr("Автоответ: Заявка 43633 — подъезд 2", "windows-1251")
    msg["Date"] = format_datetime(w)
    mid = outlook_id()
    msg["Message-ID"] = mid
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "text/plain"
    msg.set_payload("Здравствуйте!\n\nЯ нахожусь вне офиса 24.11–25.11 и отвечу на ваше письмо 26.11.\n"
                    "По срочным вопросам: +7 (4872) 52-18-40 или Колосов Артём, +7 953 184-62-07.\n\n"
                    "Гусева Наталья, ООО «Щит-Безопасность»\n", CP_QP)
    msg.replace_header("Content-Type", 'text/plain; charset="windows-1251"')
    return msg, mid
L(w, b, I("Outlook out-of-office auto-reply"))

w = dt(24, 12, 30)
L(w, lambda w=w: gmail(w, "43633-2", "по 2 позиции всё — щиток запитали, домофон работает, ключи прописал"),
  D("43633", ["2"], UB, "'по 2 позиции всё' = position 2 finished"))

NEWS_HTML = """<html><body style="font-family:Arial,sans-serif">
<h2>Ноябрьские скидки от «Щит-Безопасность»</h2>
<p>Уважаемые партнёры! До 30.11.2026 действует скидка до 15% на IP-камеры Hikvision и вызывные панели Vizit.</p>
<ul><li>IP-камера DS-2CD1043G2-LIU — от 6 490 ₽</li><li>Монтаж одной камеры — от 2 900 ₽</li><li>Замена вызывной панели БВД-343 — от 4 300 ₽</li></ul>
<p>Заявки принимаем по тел. +7 (4872) 52-18-40 и на сайте shchit-tula.ru.</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, потому что являетесь клиентом ООО «Щит-Безопасность».
<a href="https://shchit-tula.ru/unsubscribe?u=8f31c2">Отписаться от рассылки</a></p>
</body></html>
"""
NEWS_TXT = ("Ноябрьские скидки от «Щит-Безопасность»\n\nДо 30.11.2026 скидка до 15% на IP-камеры Hikvision и вызывные панели Vizit.\n"
            "- IP-камера DS-2CD1043G2-LIU — от 6 490 ₽\n- Монтаж одной камеры — от 2 900 ₽\n- Замена вызывной панели БВД-343 — от 4 300 ₽\n\n"
            "Отписаться: https://shchit-tula.ru/unsubscribe?u=8f31c2\n")
w = dt(24, 14, 0)
def b(w=w):
    msg = Message()
    msg["From"] = addr("Щит-Безопасность", "news@shchit-tula.ru")
    msg["To"] = DISPATCH
    msg["Subject"] = hdr("Ноябрьские скидки: IP-камеры и домофоны до −15%")
    msg["Date"] = format_datetime(w)
    mid = "<news.20261124.8f31c2." + str(rnd.randint(1000, 9999)) + "@shchit-tula.ru>"
    msg["Message-ID"] = mid
    msg["List-Id"] = "<news.shchit-tula.ru>"
    msg["List-Unsubscribe"] = "<mailto:unsubscribe@shchit-tula.ru?subject=unsubscribe>, <https://shchit-tula.ru/unsubscribe?u=8f31c2>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Precedence"] = "bulk"
    msg["MIME-Version"] = "1.0"
    bd = "=_news_" + "".join(rnd.choice("0123456789abcdef") for _ in range(16))
    msg["Content-Type"] = f'multipart/alternative; boundary="{bd}"'
    p1 = text_part(NEWS_TXT, UTF8_QP)
    p1.replace_header("Content-Type", "text/plain; charset=utf-8")
    p2 = text_part(NEWS_HTML, UTF8_QP, "html")
    p2.replace_header("Content-Type", "text/html; charset=utf-8")
    msg.set_payload([p1, p2])
    return msg, mid
L(w, b, I("bulk newsletter (List-Unsubscribe, Precedence: bulk)"))

# ================================================================ Wed 25.11
w = dt(25, 16, 0)
L(w, lambda w=w: gmail(w, "43702",
                       "по 43702 вопрос: камеру 2 на какую высоту вешать, там над входом козырёк метра 3? "
                       "и кто нам котельную откроет в четверг, есть телефон оператора?"),
  R("questions only"))

w = dt(25, 16, 40)
def b(w=w):
    msg = Message()
    msg["From"] = addr("ООО «Щит-Безопасность»", "info@shchit-tula.ru")
    msg["To"] = DISPATCH
    msg["Subject"] = hdr("Ваше обращение получено [#2611-0348]")
    msg["Date"] = format_datetime(w)
    mid = "<autoreply.2611-0348@shchit-tula.ru>"
    msg["Message-ID"] = mid
    msg["In-Reply-To"] = omis_id()
    msg["Auto-Submitted"] = "auto-replied"
    msg["Precedence"] = "auto_reply"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "text/plain"
    msg.set_payload("Здравствуйте!\n\nВаше письмо «Заявка 43702 — телефон оператора котельной» получено и зарегистрировано "
                    "под номером 2611-0348.\nМенеджер ответит в рабочее время: пн–пт 9:00–18:00.\n\n"
                    "Это письмо сформировано автоматически, отвечать на него не нужно.\n", UTF8_B64)
    msg.replace_header("Content-Type", "text/plain; charset=utf-8")
    return msg, mid
L(w, b, I("automatic acknowledgement from the info@ mailbox"))

# ================================================================ Thu 26.11
w = dt(26, 9, 15)
L(w, lambda w=w: gmail(w, "котельная 43702", "прибытие 9:10, камеры 1 и 2. оператор пустил, начинаем"),
  D("43702", ["1", "2"], NM, "noun 'прибытие 9:10': on site for cameras 1 and 2"))

w = dt(26, 18, 5)
L(w, lambda w=w: outlook(
    w, "Итоги дня 26.11 — 43702",
    "Добрый вечер!\n\nИтоги дня по заявке 43702 (котельная, ул. Кирова):\n"
    "1. Камера 1 (котельный зал) — установлена, настроена, запись идёт.\n"
    "2. Камера 2 (вход) — установлена на высоте 3 м, подключена к регистратору.\n\n"
    "Монтажник убыл с объекта в 16:20. Акт направим завтра.\n\n" + SIGN),
  D("43702", ["1", "2"], UB, "numbered end-of-day summary for one request; both finished, left 16:20"))

# ---------------------------------------------------------------- write out
letters.sort(key=lambda x: x[0])
labels = {}
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
for n, (w, build, label) in enumerate(letters, 1):
    name = f"{n:03d}.eml"
    msg, _ = build()
    write(msg, os.path.join(LET, name))
    labels[name] = label

reg = {
    "contractor": {
        "name": "ООО «Щит-Безопасность»",
        "emails": [ART, NAT, "info@shchit-tula.ru", "news@shchit-tula.ru", "MAILER-DAEMON@shchit-tula.ru"],
        "domains": ["shchit-tula.ru"],
    },
    "requests": [
        {"number": n, "positions": p,
         "registered_at": datetime(2026, 11, d, h, m, tzinfo=TZ).isoformat(), "comment": c}
        for n, p, (d, h, m), c in REQUESTS
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
