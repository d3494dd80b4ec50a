#!/usr/bin/env python3
# Generator of test letters for persona: ООО «ГидроИзол-Сервис» (Воронеж)
# Standard library only. Run: python3 make.py  (writes letters/, labels.json, registry.json)
import os, json, base64, quopri, random, datetime as dt, html as htmlmod
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))

rnd = random.Random(960114)
TZ = dt.timezone(dt.timedelta(hours=3))


def D(day, h, m, s=None):
    if s is None:
        s = rnd.randint(0, 59)
    return dt.datetime(2026, 11, day, h, m, s, tzinfo=TZ)


# ---------------------------------------------------------------- people
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
PM = ("Кравцов Сергей Павлович", "s.kravtsov@gidroizol-vrn.ru")
PMG = ("Сергей Кравцов", "gidroizol.kravtsov@gmail.com")
MAM = ("Эльчин Мамедов", "mamedov.brigada@mail.ru")
SID = ("Игорь Сидоренко", "i.sidorenko@gidroizol-vrn.ru")
LEB = ("Лебедева Анна", "a.lebedeva@gidroizol-vrn.ru")
OFF = ("ООО ГидроИзол-Сервис", "office@gidroizol-vrn.ru")
NEWS = ("ГидроИзол-Сервис", "news@gidroizol-vrn.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@gidroizol-vrn.ru")

SIG = """С уважением,
Кравцов Сергей Павлович
руководитель проекта
ООО «ГидроИзол-Сервис»
394036, г. Воронеж, ул. Фридриха Энгельса, д. 52, оф. 304
тел. +7 (473) 228-41-96, моб. +7 (910) 731-05-48"""

SIG_INN = SIG + "\nИНН 3664218735 / КПП 366401001"

SIG_SHORT = """Кравцов С.П.
моб. +7 (910) 731-05-48"""

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
WDF = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]


def f_gmail(d):
    return f"{WD[d.weekday()]}, {d.day} нояб. 2026 г. в {d:%H:%M}"


def f_iphone(d):
    return f"{d.day} ноября 2026 г. в {d.hour}:{d:%M:%S} GMT+3"


def f_mailru(d):
    return f"{WDF[d.weekday()]}, {d.day} ноября 2026, {d.hour}:{d:%M} +03:00"


def f_en(d):
    h = d.hour % 12 or 12
    return f"{d:%A, %B %d, %Y} {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def f_ru_outlook(d):
    return f"{d.day} ноября 2026 г. {d.hour}:{d:%M}"


# ---------------------------------------------------------------- mime helpers
def textpart(body, subtype="plain", cs="utf-8", cte="base64", flowed=False):
    p = Message()
    ct = f'text/{subtype}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed; delsp=yes"
    p["Content-Type"] = ct
    raw = body.encode(cs)  # strict: fails loudly on unencodable chars
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def txt2html(t):
    lines = htmlmod.escape(t).split("\n")
    return "<br>\n".join(lines)


def msgid(style, d):
    h = lambda n: "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    H = lambda n: "".join(rnd.choice("0123456789ABCDEF") for _ in range(n))
    if style == "outlook":
        return f"<000{h(1)}01d{h(2)}{h(8)}${h(8)}${h(8)}@gidroizol-vrn.ru>"
    if style == "gmail":
        a = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(44))
        return f"<CAK{a}@mail.gmail.com>"
    if style == "mailru":
        return f"<{int(d.timestamp())}{rnd.randint(100000, 999999)}@f{rnd.randint(100, 799)}.i.mail.ru>"
    if style == "iphone":
        return f"<{H(8)}-{H(4)}-{H(4)}-{H(4)}-{H(12)}@gidroizol-vrn.ru>"
    if style == "thebat":
        return f"<{rnd.randint(100, 1999)}{rnd.randint(1000000, 9999999)}.{d:%Y%m%d%H%M%S}@gidroizol-vrn.ru>"
    return f"<{d:%Y%m%d%H%M%S}.{h(10)}@gidroizol-vrn.ru>"


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "thebat": ("X-Mailer", "The Bat! (v10.4.1) Professional"),
    "iphone": ("X-Mailer", "iPhone Mail (21G93)"),
    "mailru": ("X-Mailer", "Mail.Ru Mailer 1.0"),
    "gmail": None,
}

letters = []   # (filename, bytes)
labels = {}


def add(msg_bytes, label):
    n = f"{len(letters) + 1:03d}.eml"
    letters.append((n, msg_bytes))
    labels[n] = label


def send(frm, subject, d, style, cs="utf-8", text=None, html=None, cte=None,
         to=DISP, cc=None, in_reply_to=None, extra=(), flowed=False, label=None):
    if cte is None:
        cte = {"outlook": "quoted-printable", "thebat": "8bit", "iphone": "quoted-printable",
               "mailru": "base64", "gmail": "base64"}[style]
    if text is not None and html is not None:
        root = MIMEMultipart("alternative")
        root.attach(textpart(text, "plain", cs, cte, flowed))
        root.attach(textpart(html, "html", cs, cte))
        # drop MIME-Version added by MIMEMultipart, we add our own in order
        del root["MIME-Version"]
    elif html is not None:
        root = textpart(html, "html", cs, cte)
    else:
        root = textpart(text, "plain", cs, cte, flowed)
    hs = []
    mid = msgid(style, d)
    fromcs = "utf-8" if cs not in ("koi8-r", "windows-1251") else cs
    hs.append(("From", formataddr(frm, charset=fromcs)))
    hs.append(("To", formataddr(to, charset=fromcs) if isinstance(to, tuple) else to))
    if cc:
        hs.append(("Cc", ", ".join(formataddr(c, charset=fromcs) for c in cc)))
    hs.append(("Subject", Header(subject, fromcs) if not subject.isascii() else subject))
    hs.append(("Date", format_datetime(d)))
    hs.append(("Message-ID", mid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", in_reply_to))
    mh = MAILERS.get(style)
    if mh:
        hs.append(mh)
    for k, v in extra:
        hs.append((k, v))
    hs.append(("MIME-Version", "1.0"))
    for k, v in reversed(hs):
        root._headers.insert(0, (k, v))
    add(root.as_bytes(), label)


def L(expect, request=None, positions=None, status=None, note=""):
    d = {"expect": expect}
    if expect == "decided":
        d.update(request=request, positions=positions, status=status)
    d["note"] = note
    return d


PRIN, PUT, MES, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def disp_id():
    return f"<{rnd.randint(10**11, 10**12)}.{rnd.randint(1000, 9999)}@zakazchik-omis.ru>"


# ================================================================ LETTERS
# 1 -- 960114 accepted, Outlook cp1251 QP
d = D(2, 11, 2)
send(PM, "Заявка № 960114 – принята в работу", d, "outlook", "windows-1251", text=f"""Добрый день!

Заявка № 960114 (МКД ул. Ворошилова, д. 38, гидроизоляция подвала и приямка) принята в работу.
Работы будет выполнять субподрядная бригада ИП Мамедов Э.Р., бригадир – Мамедов Эльчин, тел. +7 (951) 563-18-07.
Материалы: Пенетрон, Пенекрит, Пенебар. Начало работ ориентировочно 03.11.2026.

{SIG}
""", label=L("decided", "960114", [], PRIN, "PM confirms the request is taken into work; start date is only a plan"))

# 2 -- 960287 accepted, The Bat! KOI8-R 8bit, reply with initials-quote
d = D(2, 16, 30)
send(LEB, "Re: Заявка 960287 СОШ N71", d, "thebat", "koi8-r", in_reply_to=disp_id(), text="""Здравствуйте, Наталья!

Заявку 960287 получили, зарегистрировали у себя под вх. N 412 от 02.11.2026
и передали в работу руководителю проекта Кравцову С.П. (моб. +7 910 731-05-48).

--
С уважением,
Лебедева Анна, офис-менеджер
ООО "ГидроИзол-Сервис"
тел. (473) 228-41-90

Вы писали 2 ноября 2026 г., 15:58:

НК> Добрый день! Направляем заявку 960287: МБОУ СОШ N 71, ул. Космонавтов, д. 9.
НК> Поз. 1 - узел ввода теплосети, поз. 2 - отмостка по фасаду.
НК> Просьба подтвердить получение.
НК> --
НК> Ковалева Н.В., диспетчер ОМИС
""", label=L("decided", "960287", [], PRIN, "office registered the request and passed it into work = accepted; KOI8-R; incoming No 412 is not a request number"))

# 3 -- 960114 pos1 on site, iPhone forward of Mamedov
d = D(3, 8, 47)
inner = D(3, 8, 31, 7)
send(PM, "Fwd: 960114 подвал 1 под", d, "iphone", "utf-8", text=f"""Подтверждаю, бригада на месте (поз. 1).

Отправлено с iPhone

Начало переадресованного сообщения:

> От: Эльчин Мамедов <mamedov.brigada@mail.ru>
> Дата: {f_iphone(inner)}
> Кому: Сергей Кравцов <s.kravtsov@gidroizol-vrn.ru>
> Тема: 960114 подвал 1 под
>
> Сергей Палыч на месте ворошилова 38 подвал 1 подьезд начинаем. пенетрон 12 мешков привезли
>
> Отправлено из Mail.ru для Android
""", label=L("decided", "960114", ["1"], MES, "iPhone forward, number only in subject; PM confirms crew on site, pos 1"))

# 4 -- 960455 accepted, Outlook reply to dispatch with Russian header block
d = D(3, 11, 30)
send(PM, "RE: Заявка 960455 - ул. Хользунова, д. 72", d, "outlook", "windows-1251", in_reply_to=disp_id(), text=f"""Наталья, добрый день.

Заявку приняли, спасибо. Выход бригады на объект планируем 05.11 с утра, начнём с подвала 1-го подъезда.
Прошу заранее предупредить УК (ООО «УК Северная», тел. 8 (473) 261-07-15) о доступе в подвалы.

{SIG}

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 3 ноября 2026 г. 10:12
Кому: Кравцов Сергей Павлович
Тема: Заявка 960455 - ул. Хользунова, д. 72

Добрый день!
Направляем заявку 960455: МКД ул. Хользунова, д. 72.
Поз. 1, 2, 3 – подвалы 1, 2, 3-го подъездов (протечки через стены), поз. 4 – отмостка по дворовому фасаду.
Просим подтвердить принятие.

Ковалёва Н.В.
""", label=L("decided", "960455", [], PRIN, "reply: 'заявку приняли'; start on 05.11 is a plan"))

# 5 -- 960287 review: question about heating shutdown
d = D(3, 12, 4)
send(PM, "Заявка 960287 — отключение теплоснабжения", d, "outlook", "windows-1251", text=f"""Добрый день.

По заявке 960287 (СОШ № 71, ул. Космонавтов, 9), поз. 1 – узел ввода теплосети: для вскрытия и гидроизоляции гильз ввода необходимо отключение теплоснабжения здания на 6–8 часов.
Просим согласовать с администрацией школы и теплоснабжающей организацией дату отключения. С нашей стороны возможны 09.11 или 10.11.
Также прошу уточнить, кто со стороны школы будет подписывать акт освидетельствования скрытых работ.

{SIG}
""", label=L("review", note="question/request for coordination, no status reported"))

# 6 -- 960114 pos2 on site, Outlook EN -----Original Message----- 'для сведения'
d = D(5, 9, 10)
inner = D(5, 9, 2)
send(PM, "FW: Re: 960114 поз.2 Ворошилова 38", d, "outlook", "windows-1251", text=f"""Для сведения.

{SIG_SHORT}

-----Original Message-----
From: Эльчин Мамедов [mailto:mamedov.brigada@mail.ru]
Sent: {f_en(inner)}
To: Кравцов Сергей Павлович
Subject: Re: 960114 поз.2 Ворошилова 38

доброе утро. мы на 2м подъезде с 8 утра, воду откачали насосом, сегодня расшивка швов
""", label=L("decided", "960114", ["2"], MES, "forward 'для сведения': the forwarded crew message reports being on site at pos 2"))

# 7 -- 960455 pos1 on site, Gmail forward, multipart
d = D(5, 9, 30)
inner = D(5, 9, 14)
t = f"""Подтверждаю, бригада на месте, 3 человека, начали с подвала 1-го подъезда.

---------- Forwarded message ---------
От: Эльчин Мамедов <mamedov.brigada@mail.ru>
Date: {f_gmail(inner)}
Subject: 960455
To: Сергей Кравцов <gidroizol.kravtsov@gmail.com>


на месте хол 72, п1
"""
send(PMG, "Fwd: 960455", d, "gmail", text=t, html=f'<div dir="ltr">{txt2html(t)}</div>',
     label=L("decided", "960455", ["1"], MES, "Gmail forward, PM confirms on site; п1"))

# 8 -- 960902 accepted
d = D(5, 10, 3)
send(PM, "Обращение 960902", d, "outlook", "windows-1251", text=f"""Добрый день!

Обращение № 960902 (МБОУ «Гимназия № 9», ул. Плехановская, д. 22) получили, приняли в работу.
Ответственный от ООО «ГидроИзол-Сервис» – Кравцов С.П., исполнитель – ИП Мамедов Э.Р. (договор субподряда № 7-СП/2026).

{SIG}
""", label=L("decided", "960902", [], PRIN, "'приняли в работу'; subcontract number is not a request"))

# 9 -- 961340 accepted with plan
d = D(6, 13, 0)
send(PM, "961340 Лизюкова 23", d, "outlook", "windows-1251", text=f"""Добрый день.

Заявку 961340 (ул. Генерала Лизюкова, д. 23, узел ввода) взяли в работу.
Выезд бригады планируем на понедельник, 09.11, к 8:30. Материал – Пенетрон, Гидротэкс-В.

{SIG_SHORT}
""", label=L("decided", "961340", [], PRIN, "taken into work; departure is only planned"))

# 10 -- 960114 pos2: PM corrects subcontractor (not finished, still on site)
d = D(6, 16, 40)
inner = D(6, 14, 18)
send(PM, "FW: 960114 2 подъезд", d, "outlook", "windows-1251", text=f"""Коллеги, добрый день.

Мамедов пишет, что закончили, но по второму подъезду (поз. 2) ещё работают: был на объекте в 15:00, не выполнено инъектирование шва примыкания у ввода, остаток около 14 кв.м.
Завершение по 2-му подъезду не подтверждаю – бригада на месте, ориентировочно закончат завтра.

{SIG_SHORT}

От: Эльчин Мамедов [mailto:mamedov.brigada@mail.ru]
Отправлено: {f_ru_outlook(inner)}
Кому: Кравцов Сергей Павлович <s.kravtsov@gidroizol-vrn.ru>
Тема: 960114 2 подъезд

ворошилова 2 подъезд закончили уходим
""", label=L("decided", "960114", ["2"], MES, "PM overrides the forwarded 'закончили': crew still on site at pos 2; not убыл"))

# 11 -- 960455 pos1,2 done, Mamedov direct with Latin look-alikes
d = D(6, 17, 10)
send(MAM, "960455 поз 1 и 2", d, "mailru", text="""хользунова 72 пoдвал 1 и 2 пoдъезд гoтово. 140 м2 пенетрон в 2 слоя.
в понедельник 3й

--
Мамедов Э.
""", label=L("decided", "960455", ["1", "2"], UB, "'готово' = finished; Latin 'o' inside words; 3rd entrance is a plan"))

# 12 -- 960902 pos1 on site, foreman Mail.ru-style forward
d = D(7, 8, 15)
inner = D(7, 8, 2)
t = f"""Подтверждаю, бригада на месте, приямок у пищеблока.
Сидоренко И., прораб

-------- Пересылаемое сообщение --------
От кого: Эльчин Мамедов <mamedov.brigada@mail.ru>
Кому: Игорь Сидоренко <i.sidorenko@gidroizol-vrn.ru>
Дата: {f_mailru(inner)}
Тема: Заявка 960902 (1)

гимназия плехановская приямок начинаем
-------- Конец пересылаемого сообщения --------
"""
send(SID, "Fwd: Заявка 960902 (1)", d, "mailru", text=t, html=f"<div>{txt2html(t)}</div>", cc=[PM],
     label=L("decided", "960902", ["1"], MES, "Mail.ru forward; position in brackets in subject; foreman confirms"))

# 13 -- 960114 pos2 done, Gmail forward
d = D(7, 15, 5)
inner = D(7, 14, 52)
t = f"""Подтверждаю, по 2-му подъезду (поз. 2) работы завершены, принял лично, шов доделан.

---------- Forwarded message ---------
От: Эльчин Мамедов <mamedov.brigada@mail.ru>
Date: {f_gmail(inner)}
Subject: 960114
To: <gidroizol.kravtsov@gmail.com>


второй подьезд закончили шов доделали уезжаем
"""
send(PMG, "Fwd: 960114", d, "gmail", text=t, html=f'<div dir="ltr">{txt2html(t)}</div>',
     label=L("decided", "960114", ["2"], UB, "forwarded: finished and leaving; PM confirms"))

# 14 -- 960902 review: position 3 does not exist
d = D(8, 16, 0)
send(MAM, "960902 п3", d, "mailru", text="""960902 п3 приямок сделали уехали 18 м2 гидротэкс в
""", label=L("review", note="request 960902 has only positions 1 and 2; 'п3' does not exist (subcontractor numbers by entrance)"))

# 15 -- 960455 pos3 on site: PM corrects wrong request number
d = D(9, 8, 20)
inner = D(9, 8, 6)
send(PM, "FW: 960545 3 подъезд", d, "outlook", "windows-1251", text=f"""Коллеги, Мамедов ошибся в номере заявки: правильный номер 960455 (ул. Хользунова, д. 72), а не 960545.
Подтверждаю: бригада на объекте с 8:00, подвал 3-го подъезда (поз. 3).

{SIG_SHORT}

-----Original Message-----
From: Эльчин Мамедов [mailto:mamedov.brigada@mail.ru]
Sent: {f_en(inner)}
To: Кравцов Сергей Павлович
Subject: 960545 3 подъезд

960545 3 подъезд на месте
""", label=L("decided", "960455", ["3"], MES, "PM explicitly corrects the subcontractor's wrong number 960545 -> 960455"))

# 16 -- 961340 review: PM says the crew has NOT left
d = D(9, 9, 40)
inner = D(9, 8, 31)
send(PM, "FW: лизюкова", d, "outlook", "windows-1251", text=f"""Добрый день.

Мамедов пишет, что выехали, но машина (Газель, г/н О 482 КМ 136) до сих пор на базе – не довезли Пенетрон.
Выезд по заявке 961340 переносится на завтра, 10.11, 8:00. Приношу извинения за задержку.

{SIG_SHORT}

-----Original Message-----
From: Эльчин Мамедов [mailto:mamedov.brigada@mail.ru]
Sent: {f_en(inner)}
To: Кравцов Сергей Павлович
Subject: лизюкова

выехали на лизюкова 23
""", label=L("review", note="PM contradicts the forwarded 'выехали': crew still at base, trip postponed"))

# 17 -- 961577 accepted, with INN/KPP and volumes
d = D(9, 12, 0)
send(PM, "Заявка №961577 (ул. Беговая, 112)", d, "outlook", "windows-1251", text=f"""Добрый день!

Подтверждаем получение заявки №961577. Заявка принята в работу.
Объёмы по дефектной ведомости: подвал 1-го подъезда – 96 кв.м, приямок – 11 кв.м, отмостка – 74 кв.м.
Материалы – Пенетрон, Гидротэкс-В.

{SIG_INN}
""", label=L("decided", "961577", [], PRIN, "accepted; INN/KPP/phones/volumes are distractors"))

# 18 -- 960287 pos1 on the way: nested forward two deep (Outlook > Mail.ru > Mamedov)
d = D(10, 8, 5)
mid1 = D(10, 7, 58)
inner = D(10, 7, 51)
send(PM, "FW: Fwd: 960287 узел ввода", d, "outlook", "windows-1251", text=f"""Коллеги, пересылаю. Бригада выехала на школу № 71 (поз. 1 – узел ввода), ориентировочно будут к 8:45.

{SIG_SHORT}

-----Original Message-----
From: Сидоренко Игорь [mailto:i.sidorenko@gidroizol-vrn.ru]
Sent: {f_en(mid1)}
To: Кравцов Сергей Павлович
Subject: Fwd: 960287 узел ввода

Сергей Павлович, Мамедов выехал, отключение теплосети школа подтвердила.

-------- Пересылаемое сообщение --------
От кого: Эльчин Мамедов <mamedov.brigada@mail.ru>
Кому: Игорь Сидоренко <i.sidorenko@gidroizol-vrn.ru>
Дата: {f_mailru(inner)}
Тема: 960287 узел ввода

выезжаем на космонавтов школа, будем минут через 40
-------- Конец пересылаемого сообщения --------
""", label=L("decided", "960287", ["1"], PUT, "nested forward two deep; crew travelling now"))

# 19 -- ignored: Outlook calendar acceptance
d = D(10, 9, 20)
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кравцов Сергей Павлович:mailto:s.kravtsov@gidroizol-vrn.ru
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART;TZID=Russian Standard Time:20261111T100000
DTEND;TZID=Russian Standard Time:20261111T110000
SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка скрытых работ — ул. Ворошилова, 38 (заявка 960114)
UID:040000008200E00074C5B7101A82E00800000000B1C6D1F3A6D2DC01000000000000000010000000
DTSTAMP:20261110T062000Z
LOCATION;LANGUAGE=ru-RU:ул. Ворошилова, 38, подвал 1-го подъезда
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
root = MIMEMultipart("alternative")
del root["MIME-Version"]
root.attach(textpart("Кравцов Сергей Павлович принял это приглашение.\n", "plain", "utf-8", "base64"))
cal = textpart(ics, "calendar", "utf-8", "base64")
cal.replace_header("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY')
root.attach(cal)
for k, v in reversed([("From", formataddr(PM, "utf-8")), ("To", formataddr(DISP, "utf-8")),
                      ("Subject", Header("Принято: Приёмка скрытых работ — ул. Ворошилова, 38 (заявка 960114)", "utf-8")),
                      ("Date", format_datetime(d)), ("Message-ID", msgid("outlook", d)),
                      ("Content-class", "urn:content-classes:calmessage"),
                      ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")]):
    root._headers.insert(0, (k, v))
add(root.as_bytes(), L("ignored", note="calendar meeting response (Accepted) generated by Outlook"))

# 20 -- 962018 accepted, office The Bat! KOI8-R QP
d = D(10, 15, 0)
send(OFF, "Ваше обращение N 962018", d, "thebat", "koi8-r", cte="quoted-printable", text="""Уважаемые коллеги!

Ваше обращение N 962018 (МБОУ СОШ N 58, ул. Матросова, д. 7) принято в работу 10.11.2026.
Ответственный исполнитель - руководитель проекта Кравцов С.П., моб. +7 (910) 731-05-48.
Начало работ - по согласованию с администрацией школы.

--
Офис ООО "ГидроИзол-Сервис"
тел. (473) 228-41-90
""", label=L("decided", "962018", [], PRIN, "accepted; KOI8-R quoted-printable, 'N' instead of №"))

# 21 -- 961340 departed, Gmail forward ('с лизюкова уехали')
d = D(10, 17, 0)
inner = D(10, 16, 41)
t = f"""Подтверждаю. Узел ввода на Лизюкова, 23 выполнен, бригада с объекта уехала.

---------- Forwarded message ---------
От: Эльчин Мамедов <mamedov.brigada@mail.ru>
Date: {f_gmail(inner)}
Subject: лизюкова
To: Сергей Кравцов <gidroizol.kravtsov@gmail.com>


с лизюкова уехали. узел ввода сделали, гильзу заделали пенетрон + гидротэкс, 3 м2
"""
send(PMG, "Fwd: 961340", d, "gmail", cte="quoted-printable", text=t, html=f'<div dir="ltr">{txt2html(t)}</div>',
     label=L("decided", "961340", [], UB, "single-position request; 'с лизюкова уехали' = left FROM the site"))

# 22 -- 960114 pos3 departed, reply under dispatch question (EN Outlook block)
d = D(10, 18, 0)
q = D(10, 15, 40)
send(PM, "RE: Заявка 960114 – статус поз. 3", d, "outlook", "windows-1251", in_reply_to=disp_id(), text=f"""Наталья Викторовна, добрый вечер.

Приямок у 3-го подъезда (поз. 3) закончили сегодня в 17:30, бригада убыла. Объём – 22 кв.м, Гидротэкс-В в два слоя.
Акт освидетельствования скрытых работ № 114/3 направим завтра.

{SIG}

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: {f_en(q)}
To: Кравцов Сергей Павлович
Subject: Заявка 960114 – статус поз. 3

Сергей Павлович, добрый день.
Прошу сообщить статус по приямку (поз. 3) по заявке 960114. По нашим данным бригада на объекте с 09.11.

Ковалёва Н.В., диспетчер ОМИС
""", label=L("decided", "960114", ["3"], UB, "reply: finished and left; act number 114/3 is not a request"))

# 23 -- 960455 pos3 departed; number only in the Re: subject / quoted header
d = D(10, 18, 30)
q = D(10, 16, 5)
send(PM, "RE: Заявка 960455 Хользунова 72", d, "outlook", "windows-1251", in_reply_to=disp_id(), text=f"""Добрый вечер.

Подвал 3-го подъезда (поз. 3) закончили, бригада уехала с объекта в 18:00.
По отмостке (поз. 4) – начнём после 14.11, ждём плюсовую температуру для бетонирования.

{SIG_SHORT}

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: {f_ru_outlook(q)}
Кому: Кравцов Сергей Павлович
Тема: Заявка 960455 Хользунова 72

Сергей Павлович, когда планируете закончить 3-й подъезд?
""", label=L("decided", "960455", ["3"], UB, "number only in Re: subject/quoted header; pos 3 left, pos 4 is a plan"))

# 24 -- 960902 pos2 on the way, iPhone short
d = D(11, 7, 40)
send(PM, "960902 п.2", d, "iphone", text="""Бригада выехала на Гимназию № 9 (Плехановская, 22), узел ввода водопровода – заявка №960902 п.2. Ориентировочное прибытие 8:20.

Отправлено с iPhone
""", label=L("decided", "960902", ["2"], PUT, "'выехала на гимназию' = on the way, ETA given"))

# 25 -- 961577 pos1 on site: PM corrects 'выезжаем' to already on site
d = D(11, 9, 5)
inner = D(11, 8, 12)
send(PM, "FW: 961577 беговая", d, "outlook", "windows-1251", text=f"""Поправка к письму Мамедова ниже: бригада не в пути, а уже на объекте с 8:40 – письмо ушло с задержкой (в подвале нет связи).
Начали с подвала 1-го подъезда, поз. 1.

{SIG_SHORT}

-----Original Message-----
From: Эльчин Мамедов [mailto:mamedov.brigada@mail.ru]
Sent: {f_en(inner)}
To: Кравцов Сергей Павлович
Subject: 961577 беговая

выезжаем на беговую 112, 4 человека
""", label=L("decided", "961577", ["1"], MES, "PM corrects forwarded 'выезжаем': crew already on site, pos 1"))

# 26 -- 960902 pos2 arrival+departure, HTML-only Outlook
d = D(11, 15, 0)
send(PM, "Заявка 960902 - узел ввода водопровода", d, "outlook", "windows-1251", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang="RU"><div class="WordSection1">
<p class="MsoNormal">Добрый день!</p>
<p class="MsoNormal">По заявке <b>960902</b>, поз. 2 (узел ввода водопровода, Гимназия № 9):</p>
<ul>
<li>прибытие бригады – 08:25;</li>
<li>завершение работ – 14:40, бригада убыла.</li>
</ul>
<p class="MsoNormal">Выполнено: гидроизоляция гильзы ввода диаметром 110 мм, Пенетрон + Пенебар, 4 кв.м.</p>
<p class="MsoNormal">С уважением,<br>Кравцов С.П.<br>+7 (910) 731-05-48</p>
</div></body></html>
""", label=L("decided", "960902", ["2"], UB, "HTML-only; arrival and departure both done, latest = убыл"))

# 27 -- 962233 accepted
d = D(12, 10, 0)
send(PM, "Заявка 962233 Ленинский пр-т 154 — принята", d, "outlook", "windows-1251", text=f"""Добрый день.

Заявка 962233 принята. Затопление подвала 4-го подъезда (жалобы жильцов кв. 61 и 64 на сырость), узел ввода – по результатам осмотра.
Завтра утром бригада выедет на объект.

{SIG}
""", label=L("decided", "962233", [], PRIN, "accepted; apartment numbers are distractors; tomorrow's trip is a plan"))

# 28 -- 960287 HTML table: pos1 done, pos2 not started
d = D(12, 17, 45)
t = f"""Добрый вечер.

Ход работ по заявке 960287 (МБОУ СОШ № 71) на 12.11:

Поз. 1 – Узел ввода теплосети – Пенетрон, Гидротэкс-В – работы завершены 12.11 в 16:50, бригада убыла.
Поз. 2 – Отмостка по фасаду – не начата, выход бригады 16.11.

{SIG_SHORT}
"""
h = """<html><body>
<p>Добрый вечер.</p>
<p>Ход работ по заявке <b>960287</b> (МБОУ СОШ № 71) на 12.11:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Поз.</th><th>Место</th><th>Материал</th><th>Состояние</th></tr>
<tr><td>1</td><td>Узел ввода теплосети</td><td>Пенетрон, Гидротэкс-В</td><td>работы завершены 12.11 в 16:50, бригада убыла</td></tr>
<tr><td>2</td><td>Отмостка по фасаду</td><td>—</td><td>не начата, выход бригады 16.11</td></tr>
</table>
<p>Кравцов С.П.<br>моб. +7 (910) 731-05-48</p>
</body></html>
"""
send(PM, "Заявка 960287 — ход работ на 12.11", d, "outlook", "windows-1251", text=t, html=h,
     label=L("decided", "960287", ["1"], UB, "table row per position: pos 1 done, pos 2 only planned"))

# 29 -- 962233 pos1 on the way, iPhone
d = D(13, 7, 30)
send(PM, "Ленинский 154", d, "iphone", text="""Бригада в пути на Ленинский пр-т, 154, будем около 8:15. Заявка 962233, п.1 (подвал 4-го подъезда).

Отправлено с iPhone
""", label=L("decided", "962233", ["1"], PUT, "'в пути, будем около 8:15'"))

# 30 -- 961577 pos2 on site: foreman maps subcontractor's 'п.3' to position 2
d = D(13, 9, 0)
inner = D(13, 8, 47)
t = f"""Коллеги, Мамедов пишет «п.3» – это он про приямок у 3-го подъезда. По заявке 961577 это позиция 2.
Бригада на месте, подтверждаю.

Сидоренко И., прораб ООО «ГидроИзол-Сервис»
+7 (920) 211-47-06

-------- Пересылаемое сообщение --------
От кого: Эльчин Мамедов <mamedov.brigada@mail.ru>
Кому: Игорь Сидоренко <i.sidorenko@gidroizol-vrn.ru>
Дата: {f_mailru(inner)}
Тема: беговая

беговая п.3 приямок на месте, воды по колено откачиваем
-------- Конец пересылаемого сообщения --------
"""
send(SID, "Fwd: 961577 беговая", d, "mailru", text=t, html=f"<div>{txt2html(t)}</div>", cc=[PM],
     label=L("decided", "961577", ["2"], MES, "foreman states the subcontractor's 'п.3' is request position 2"))

# 31 -- 962233 pos1 on site, Outlook forward, number in brackets after address
d = D(13, 10, 30)
inner = D(13, 8, 52)
send(PM, "FW: Ленинский 154 (962233)", d, "outlook", "windows-1251", text=f"""Подтверждаю, бригада на месте с 8:20, подвал 4-го подъезда (поз. 1).

{SIG_SHORT}

-----Original Message-----
From: Эльчин Мамедов [mailto:mamedov.brigada@mail.ru]
Sent: {f_en(inner)}
To: Кравцов Сергей Павлович
Subject: Ленинский 154 (962233)

ленинский подвал 4 подьезд на месте вода 15 см откачка. кв 61 стена мокрая тоже смотрим
""", label=L("decided", "962233", ["1"], MES, "number in brackets after address"))

# 32 -- 962760 accepted (registered this morning)
d = D(13, 13, 0)
send(PM, "962760", d, "outlook", "windows-1251", text="""Наталья Викторовна, 962760 – принято. Приямок на 9 Января посмотрим в понедельник.

Кравцов С.П.
""", label=L("decided", "962760", [], PRIN, "short 'принято'; inspection Monday is a plan"))

# 33 -- 962233 review: thanks for dispatcher's info
d = D(13, 15, 20)
q = D(13, 14, 48)
send(PM, "RE: Заявка 962233 — доступ в подвал", d, "outlook", "windows-1251", in_reply_to=disp_id(), text=f"""Наталья Викторовна, спасибо, контакты старшей по дому (кв. 64, Тамара Ивановна, +7 920 415-33-82) получили, передал бригаде.

{SIG_SHORT}

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: {f_en(q)}
To: Кравцов Сергей Павлович
Subject: Заявка 962233 — доступ в подвал

Сергей Павлович, ключи от техподполья 4-го подъезда у старшей по дому, кв. 64, Тамара Ивановна, +7 920 415-33-82.
""", label=L("review", note="acknowledgement of the dispatcher's own message; no status"))

# 34 -- ignored: bounce (Postfix DSN) of a dispatch message to a dead mailbox
d = D(14, 10, 2)
orig_d = D(14, 10, 1)
boundary = "BF3A12C0E7.1794643322/mx.gidroizol-vrn.ru"
orig_subj = Header("Заявка 961577 — уточнение по отмостке", "utf-8").encode()
orig_body = base64.encodebytes("Добрый день! По заявке 961577, поз. 3: уточните, пожалуйста, дату начала работ по отмостке.\nКовалёва Н.В.\n".encode("utf-8")).decode()
bounce = f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@gidroizol-vrn.ru>
To: dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Date: {format_datetime(d)}
Message-ID: <20261114070202.BF3A12C0E7@mx.gidroizol-vrn.ru>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{boundary}"
Content-Transfer-Encoding: 7bit

This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.gidroizol-vrn.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.orlov@gidroizol-vrn.ru>: host mx.gidroizol-vrn.ru[local] said: 550 5.1.1
    <m.orlov@gidroizol-vrn.ru>: Recipient address rejected: User unknown in
    virtual mailbox table

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.gidroizol-vrn.ru
X-Postfix-Queue-ID: BF3A12C0E7
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: {format_datetime(orig_d)}

Final-Recipient: rfc822; m.orlov@gidroizol-vrn.ru
Original-Recipient: rfc822;m.orlov@gidroizol-vrn.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <m.orlov@gidroizol-vrn.ru>: Recipient address
    rejected: User unknown in virtual mailbox table

--{boundary}
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: m.orlov@gidroizol-vrn.ru
Subject: {orig_subj}
Date: {format_datetime(orig_d)}
Message-ID: {disp_id()}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{orig_body}
--{boundary}--
"""
add(bounce.encode("ascii"), L("ignored", note="delivery failure report (bounce); the quoted original mentions 961577"))

# 35 -- 961577 pos2 done, Mamedov direct
d = D(14, 16, 30)
send(MAM, "961577 поз2", d, "mailru", text="""приямок готов. гидротэкс 2 слоя, бетон 2 м3 залили. уехали
""", label=L("decided", "961577", ["2"], UB, "number+position in subject only; 'готов... уехали'"))

# 36 -- 962233 pos1 done, Mamedov direct, 8bit UTF-8
d = D(14, 18, 10)
send(MAM, "962233/1", d, "mailru", cte="8bit", text="""подвал ленинский готов, инъектирование 23 шпура пенетрон инжект, стены 64 м2. ушли в 18:00
""", label=L("decided", "962233", ["1"], UB, "'962233/1' in subject; 'готов, ушли'; 8bit body"))

# 37 -- 961577 review: complaint, cannot start pos 3
d = D(15, 11, 0)
send(PM, "Заявка 961577 — отмостка, невозможность начала работ", d, "outlook", "windows-1251", text=f"""Добрый день.

По заявке 961577, поз. 3 (отмостка, ул. Беговая, 112): начать работы не можем – вдоль фасада стоят автомобили жильцов (в т.ч. г/н А 123 ВС 136 и Е 707 ОР 36), УК не вывезла строительный мусор после ремонта кровли.
Просим оказать содействие через УК «Жилсервис», диспетчер +7 (473) 239-55-10.

{SIG}
""", label=L("review", note="complaint: work cannot start; no status happened"))

# 38 -- 962018 pos1,2 on the way
d = D(16, 8, 0)
send(PM, "962018 выезд", d, "outlook", "windows-1251", text="""Доброе утро.

По заявке 962018 бригада выехала на объект (СОШ № 58, ул. Матросова, 7), поз. 1 и 2. Выезд с базы – 07:55, прибытие ориентировочно 8:40.
Пропуск на территорию школы согласован с завхозом (Пётр Алексеевич, +7 952 104-66-31).

Кравцов С.П.
""", label=L("decided", "962018", ["1", "2"], PUT, "'выехала на объект' = on the way"))

# 39 -- 960287 pos2 on site, Mail.ru forward 'для сведения'
d = D(16, 9, 0)
inner = D(16, 8, 44)
t = f"""Для сведения. Отмостка (поз. 2).

-------- Пересылаемое сообщение --------
От кого: Эльчин Мамедов <mamedov.brigada@mail.ru>
Кому: Игорь Сидоренко <i.sidorenko@gidroizol-vrn.ru>
Дата: {f_mailru(inner)}
Тема: отмостка 960287

отмостка школа 71 начали, демонтаж старого асфальта
-------- Конец пересылаемого сообщения --------


--
Игорь Сидоренко
Отправлено из Почты Mail
"""
send(SID, "Fwd: отмостка 960287", d, "mailru", text=t, html=f"<div>{txt2html(t)}</div>",
     label=L("decided", "960287", ["2"], MES, "forwarded 'начали' = on site; 'для сведения'"))

# 40 -- 963105 accepted, cp1251 base64
d = D(16, 11, 0)
send(PM, "Заявка 963105 принята", d, "outlook", "windows-1251", cte="base64", text=f"""Добрый день!

Заявку 963105 (б-р Победы, д. 17) приняли в работу.
По поз. 1 и 2 (подвалы 1-го и 2-го подъездов) выход бригады 18.11, по поз. 3 (узел ввода) – после завершения подвалов.

{SIG}
""", label=L("decided", "963105", [], PRIN, "accepted; schedule is a plan; base64 cp1251"))

# 41 -- review: no request number anywhere
d = D(16, 12, 30)
inner = D(16, 12, 11, 40)
send(PM, "Fwd: 9 января приямок", d, "iphone", text=f"""Для сведения.

Отправлено с iPhone

Начало переадресованного сообщения:

> От: Эльчин Мамедов <mamedov.brigada@mail.ru>
> Дата: {f_iphone(inner)}
> Кому: Сергей Кравцов <s.kravtsov@gidroizol-vrn.ru>
> Тема: 9 января приямок
>
> 9 января 241 приямок на месте, воду откачали
""", label=L("review", note="no request number at all (only the address)"))

# 42 -- 960455 pos4 on site, iPhone forward 'для сведения'
d = D(16, 14, 0)
inner = D(16, 13, 37, 12)
send(PM, "Fwd: 960455-4", d, "iphone", text=f"""Для сведения

Отправлено с iPhone

Начало переадресованного сообщения:

> От: Эльчин Мамедов <mamedov.brigada@mail.ru>
> Дата: {f_iphone(inner)}
> Кому: Сергей Кравцов <s.kravtsov@gidroizol-vrn.ru>
> Тема: 960455-4
>
> отмостка хол 72 начали, бетон заказали 4,5 м3 на 14:00
""", label=L("decided", "960455", ["4"], MES, "'960455-4' in subject; forwarded 'начали'"))

# 43 -- ignored: out-of-office auto-reply (KOI8-R)
d = D(17, 9, 0)
send(LEB, "Автоответ: Заявка 962760 - акт", d, "thebat", "koi8-r",
     extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
     in_reply_to=disp_id(), text="""Здравствуйте!

Я в отпуске с 16.11 по 27.11.2026.
По вопросам заявок обращайтесь к Кравцову Сергею Павловичу:
s.kravtsov@gidroizol-vrn.ru, +7 (910) 731-05-48.

Лебедева Анна
""", label=L("ignored", note="out-of-office auto-reply"))

# 44 -- 962233 review: plan for pos 2
d = D(17, 10, 0)
send(PM, "962233 п.2 узел ввода", d, "outlook", "windows-1251", text="""Добрый день.

По 962233 п.2 (узел ввода) выезд планируем на 19.11 к 8:30.
Просим обеспечить присутствие представителя УК и доступ в техподполье 4-го подъезда.

Кравцов С.П.
""", label=L("review", note="plan only ('выезд планируем на 19.11')"))

# 45 -- 962760 departed
d = D(17, 12, 30)
send(PM, "Заявка № 962760 — выполнено", d, "outlook", "windows-1251", text=f"""Добрый день.

По заявке № 962760 (ул. 9 Января, д. 241, приямок): работы выполнены, бригада убыла с объекта в 12:10.
Объём – 9 кв.м, материал Гидротэкс-В. Фото вышлю отдельным письмом.

{SIG}
""", label=L("decided", "962760", [], UB, "single position; 'работы выполнены, бригада убыла'"))

# 46 -- 960455 pos4 done
d = D(17, 14, 0)
send(PM, "960455 поз. 4 завершено", d, "outlook", "windows-1251", text="""Заявка 960455, позиция 4 (отмостка, 58 кв.м, бетон B15 + Гидротэкс-В) – работы завершены, бригада освободилась.

Кравцов С.П.
""", label=L("decided", "960455", ["4"], UB, "'работы завершены, бригада освободилась'"))

# 47 -- 963105 review: question about keys (Gmail forward)
d = D(17, 16, 0)
inner = D(17, 15, 22)
t = f"""Коллеги, подскажите, пожалуйста, у кого ключи от подвала 2-го подъезда (б-р Победы, 17, заявка 963105)? Бригада выходит 18.11 с утра.

---------- Forwarded message ---------
От: Эльчин Мамедов <mamedov.brigada@mail.ru>
Date: {f_gmail(inner)}
Subject: ключи б.победы
To: Сергей Кравцов <gidroizol.kravtsov@gmail.com>


ключ от подвала 2 подьезда нету, старшая по дому кв 7 не открывает, тел 8-903-650-11-29 не берет
"""
send(PMG, "Fwd: ключи б.победы", d, "gmail", text=t, html=f'<div dir="ltr">{txt2html(t)}</div>',
     label=L("review", note="question about keys; start is planned for tomorrow"))

# 48 -- ignored: read receipt (MDN)
d = D(17, 17, 30)
b = "----=_NextPart_000_01A4_01DB391F.6B3C2E10"
mdn_subj = Header("Прочитано: Заявка 962760 - акт", "windows-1251").encode()
mdn_text = base64.encodebytes(("Ваше сообщение\n\n  Кому: Кравцов Сергей Павлович\n  Тема: Заявка 962760 - акт\n"
                               "  Отправлено: 17.11.2026 8:58\n\nбыло прочитано 17.11.2026 17:30.\n").encode("windows-1251")).decode()
mdn = f"""From: {formataddr(PM, 'windows-1251')}
To: {formataddr(DISP, 'windows-1251')}
Subject: {mdn_subj}
Date: {format_datetime(d)}
Message-ID: {msgid('outlook', d)}
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="{b}"

This is a multi-part message in MIME format.

--{b}
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: base64

{mdn_text}
--{b}
Content-Type: message/disposition-notification

Reporting-UA: gidroizol-vrn.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;s.kravtsov@gidroizol-vrn.ru
Original-Message-ID: {disp_id()}
Disposition: manual-action/MDN-sent-manually; displayed

--{b}--
"""
add(mdn.encode("ascii"), L("ignored", note="read receipt (MDN)"))

# 49 -- 963105 pos1,2 on site, Outlook forward (confirm)
d = D(18, 9, 5)
inner = D(18, 8, 49)
send(PM, "FW: 963105 п1 п2", d, "outlook", "windows-1251", text=f"""Подтверждаю, бригада на месте. Ключи нашлись (у мастера УК), спасибо.

{SIG_SHORT}

-----Original Message-----
From: Эльчин Мамедов [mailto:mamedov.brigada@mail.ru]
Sent: {f_en(inner)}
To: Кравцов Сергей Павлович
Subject: 963105 п1 п2

бул победы 17 на месте, 1 и 2 подьезд, 5 чел
""", label=L("decided", "963105", ["1", "2"], MES, "forward with confirmation; positions in subject 'п1 п2'"))

# 50 -- 961577 pos3 on site, iPhone, position in brackets
d = D(18, 10, 0)
send(PM, "961577 (3)", d, "iphone", cc=[MAM], text="""961577 (3) – бригада на месте, отмостка. Машины жильцов убрали, спасибо за помощь. Объём 74 м².

Отправлено с iPhone
""", label=L("decided", "961577", ["3"], MES, "'961577 (3)' = request and position"))

# 51 -- 963649 accepted, multipart with plan table
d = D(18, 12, 0)
t = f"""Добрый день!

Заявка 963649 (МБОУ СОШ № 29, ул. Ломоносова, д. 104) принята в работу.

План работ:
1 – подвал, блок А – 19.11
2 – подвал, блок Б – 19.11
3 – приямок спортзала – 25.11
4 – отмостка – 25–26.11

{SIG}
"""
h = """<html><body>
<p>Добрый день!</p>
<p>Заявка <b>963649</b> (МБОУ СОШ № 29, ул. Ломоносова, д. 104) принята в работу.</p>
<p>План работ:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Поз.</th><th>Место</th><th>Дата (план)</th></tr>
<tr><td>1</td><td>подвал, блок А</td><td>19.11</td></tr>
<tr><td>2</td><td>подвал, блок Б</td><td>19.11</td></tr>
<tr><td>3</td><td>приямок спортзала</td><td>25.11</td></tr>
<tr><td>4</td><td>отмостка</td><td>25–26.11</td></tr>
</table>
<p>С уважением,<br>Кравцов Сергей Павлович<br>руководитель проекта<br>ООО «ГидроИзол-Сервис»<br>тел. +7 (473) 228-41-96, моб. +7 (910) 731-05-48</p>
</body></html>
"""
send(PM, "Заявка 963649 — принята, план работ", d, "outlook", "windows-1251", text=t, html=h,
     label=L("decided", "963649", [], PRIN, "accepted; the table is a plan, not statuses"))

# 52 -- 960287 pos2 done; Re: subject still names the old status
d = D(18, 16, 0)
q = D(16, 9, 40)
send(PM, "RE: 960287 отмостка — начали работы", d, "outlook", "windows-1251", in_reply_to=disp_id(), text=f"""Отмостку (поз. 2) закончили, 62 кв.м, бригада убыла в 15:30. Благоустройство восстановлено.

{SIG_SHORT}

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: {f_en(q)}
To: Кравцов Сергей Павлович
Subject: 960287 отмостка — начали работы

Принято, спасибо. Сообщите по завершении.
""", label=L("decided", "960287", ["2"], UB, "Re: subject says 'начали', body reports finished and left"))

# 53 -- review: two requests in one letter
d = D(19, 8, 40)
send(MAM, "школа 58 и ленинский", d, "mailru", text="""сегодня 2 бригады. 962018 школа 58 на месте, 962233 ленинский узел ввода тоже на месте
""", label=L("review", note="two different requests (962018 and 962233) in one letter"))

# 54 -- 962233 pos2 on site, Gmail forward 'для сведения'
d = D(19, 8, 50)
inner = D(19, 8, 37)
t = f"""Для сведения.

---------- Forwarded message ---------
От: Эльчин Мамедов <mamedov.brigada@mail.ru>
Date: {f_gmail(inner)}
Subject: 962233 поз 2
To: Сергей Кравцов <gidroizol.kravtsov@gmail.com>


ленинский 154 узел ввода приехали 8:35
"""
send(PMG, "Fwd: 962233 поз 2", d, "gmail", text=t, html=f'<div dir="ltr">{txt2html(t)}</div>',
     label=L("decided", "962233", ["2"], MES, "'приехали 8:35' = arrived; forward 'для сведения'"))

# 55 -- 963649 pos1,2 on site, iPhone forward with CAPS
d = D(19, 9, 0)
inner = D(19, 8, 41, 55)
send(PM, "Fwd: 963649 п1,п2", d, "iphone", text=f"""Подтверждаю, бригада на месте.

Отправлено с iPhone

Начало переадресованного сообщения:

> От: Эльчин Мамедов <mamedov.brigada@mail.ru>
> Дата: {f_iphone(inner)}
> Кому: Сергей Кравцов <s.kravtsov@gidroizol-vrn.ru>
> Тема: 963649 п1,п2
>
> ломоносова школа блок А и Б подвалы НА МЕСТЕ 5 человек
""", label=L("decided", "963649", ["1", "2"], MES, "positions 'п1,п2' in subject"))

# 56 -- 960287 review: contract / acts
d = D(19, 11, 0)
send(PM, "КС-2, КС-3 по заявке 960287", d, "outlook", "windows-1251", text=f"""Добрый день.

Направляем на подписание акт о приёмке выполненных работ КС-2 № 37 и справку КС-3 № 37 от 19.11.2026 по заявке 960287, договор подряда № 14-ГИ/2026 от 12.01.2026.
Сумма – 418 560,00 руб., в т.ч. НДС.
Оригиналы передадим курьером до 24.11.

{SIG_INN}
""", label=L("review", note="contract/act paperwork, no status"))

# 57 -- 961577 pos3 done: Mamedov reply above Mail.ru quote
d = D(19, 16, 0)
q = D(18, 10, 0)
send(MAM, "Re: 961577 (3)", d, "mailru", to=DISP, cc=[PM], in_reply_to=msgid("iphone", q), text=f"""отмостку закончили уехали, 74 м2 всё

{f_mailru(q)} от Кравцов Сергей Павлович <s.kravtsov@gidroizol-vrn.ru>:
> 961577 (3) – бригада на месте, отмостка. Машины жильцов убрали, спасибо за помощь. Объём 74 м².
>
> Отправлено с iPhone
""", label=L("decided", "961577", ["3"], UB, "new text reports done; quoted old message said on site"))

# 58 -- 962233 pos2 departed ('выехала с объекта')
d = D(19, 19, 0)
send(PM, "962233-2", d, "outlook", "windows-1251", text="""Добрый вечер.

Узел ввода (поз. 2) – выполнено. Гильзы вводов ХВС и канализации загерметизированы, Пенетрон + Пенебар.
Убытие бригады – 18:40, бригада выехала с объекта.

Кравцов С.П.
""", label=L("decided", "962233", ["2"], UB, "'962233-2' subject; 'выехала с объекта' = left FROM"))

# 59 -- ignored: newsletter / bulk
d = D(20, 10, 0)
t = """ГидроИзол-Сервис | Новости и предложения

Зимние цены на Пенетрон и Гидротэкс-В — до 30.11.2026!

• Пенетрон, 25 кг — 9 850 руб.
• Гидротэкс-В, 20 кг — 4 300 руб.
• Выезд инженера на обследование подвала — бесплатно при заказе от 50 м².

Звоните: +7 (473) 228-41-96

Вы получили это письмо, так как подписаны на рассылку ООО «ГидроИзол-Сервис».
Отписаться: https://gidroizol-vrn.ru/unsubscribe?id=5531
"""
h = """<html><body style="font-family:Arial">
<h2>Зимние цены на Пенетрон и Гидротэкс-В — до 30.11.2026!</h2>
<ul><li>Пенетрон, 25 кг — <b>9 850 руб.</b></li><li>Гидротэкс-В, 20 кг — <b>4 300 руб.</b></li>
<li>Выезд инженера на обследование подвала — бесплатно при заказе от 50 м².</li></ul>
<p>Звоните: +7 (473) 228-41-96</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, так как подписаны на рассылку ООО «ГидроИзол-Сервис».
<a href="https://gidroizol-vrn.ru/unsubscribe?id=5531">Отписаться</a></p>
</body></html>
"""
send(NEWS, "Зимние цены на Пенетрон и Гидротэкс-В — до 30.11", d, "other", text=t, html=h, cte="quoted-printable",
     extra=(("Precedence", "bulk"), ("List-Id", "<news.gidroizol-vrn.ru>"),
            ("List-Unsubscribe", "<mailto:unsubscribe@gidroizol-vrn.ru?subject=unsubscribe>, <https://gidroizol-vrn.ru/unsubscribe?id=5531>"),
            ("X-Mailer", "UniSender")),
     label=L("ignored", note="bulk newsletter (Precedence: bulk, List-Unsubscribe)"))

# 60 -- 963105 review: different statuses for different positions
d = D(20, 16, 40)
inner = D(20, 15, 58)
send(PM, "FW: 963105 б.победы", d, "outlook", "windows-1251", text=f"""Коллеги, Мамедов пишет что закончили, но по второму подъезду ещё работают – не закончена гидроизоляция приямка ввода в подвале.
1-й подъезд (поз. 1) принял, там всё закрыто, бригада оттуда ушла.

{SIG_SHORT}

-----Original Message-----
From: Эльчин Мамедов [mailto:mamedov.brigada@mail.ru]
Sent: {f_en(inner)}
To: Кравцов Сергей Павлович
Subject: 963105 б.победы

б.победы 17 всё закончили 1 и 2 подьезд
""", label=L("review", note="contradiction + different statuses: pos 1 left, pos 2 still on site"))

# 61 -- 962018 whole request done, multipart
d = D(20, 17, 30)
t = f"""Добрый вечер!

Работы по заявке 962018 завершены в полном объёме: подвал (тир) – 120 кв.м, отмостка – 85 кв.м.
Бригада ИП Мамедов убыла с объекта 20.11 в 17:00. Исполнительную документацию передадим до 25.11.

{SIG}
"""
send(PM, "Заявка 962018 — работы завершены", d, "outlook", "windows-1251", text=t,
     html=f"<html><body><p>{txt2html(t)}</p></body></html>",
     label=L("decided", "962018", [], UB, "whole request finished ('в полном объёме'), no position numbers named"))

# 62 -- 963105 pos1,2 departed
d = D(21, 15, 0)
send(PM, "963105 поз. 1, 2", d, "outlook", "windows-1251", text="""Добрый день.

По заявке 963105: подвалы 1-го и 2-го подъездов (поз. 1, 2) выполнены полностью, бригада сегодня в 14:30 уехала.
Узел ввода (поз. 3) – 24.11.

Кравцов С.П.
""", label=L("decided", "963105", ["1", "2"], UB, "pos 1,2 finished and left; pos 3 planned"))

# 63 -- ignored: Mamedov auto-reply (Sunday)
d = D(22, 11, 3)
send(MAM, "Автоответ: 963649 - доступ в спортзал", d, "mailru", in_reply_to=disp_id(),
     extra=(("Auto-Submitted", "auto-replied"), ("X-Mailru-Autoreply", "1")), text="""Здравствуйте. Сегодня выходной, письма читаю в понедельник.
Срочно звоните 8-951-563-18-07.
Мамедов
""", label=L("ignored", note="auto-reply"))

# 64 -- 964012 accepted, KOI8-R 8bit from office
d = D(23, 10, 0)
send(OFF, "Заявка 964012 - Кольцовская 35", d, "thebat", "koi8-r", text="""Добрый день!

Заявка 964012 (ул. Кольцовская, д. 35) принята, передана руководителю проекта Кравцову С.П.
Позиции: 1 - подвал 1-го подъезда, 2 - узел ввода.

--
Офис ООО "ГидроИзол-Сервис"
""", label=L("decided", "964012", [], PRIN, "accepted by office; listing positions is not a status per position"))

# 65 -- 963649 table: pos1,2 done, 3,4 not started
d = D(23, 17, 0)
t = f"""Добрый вечер.

Заявка 963649, состояние на 23.11:
поз. 1 (подвал, блок А, 96 м²) – выполнено, бригада убыла 23.11 в 16:30;
поз. 2 (подвал, блок Б, 88 м²) – выполнено, бригада убыла 23.11 в 16:30;
поз. 3 (приямок спортзала) – не начата, план 25.11;
поз. 4 (отмостка) – не начата, план 25–26.11.

Кравцов С.П.
"""
h = """<html><body>
<p>Добрый вечер.</p>
<p>Заявка 963649, состояние на 23.11:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>№ поз.</th><th>Место</th><th>Объём</th><th>Статус</th></tr>
<tr><td>1</td><td>подвал, блок А</td><td>96 м²</td><td>выполнено, бригада убыла 23.11 16:30</td></tr>
<tr><td>2</td><td>подвал, блок Б</td><td>88 м²</td><td>выполнено, бригада убыла 23.11 16:30</td></tr>
<tr><td>3</td><td>приямок спортзала</td><td>—</td><td>не начата, план 25.11</td></tr>
<tr><td>4</td><td>отмостка</td><td>—</td><td>не начата, план 25–26.11</td></tr>
</table>
<p>Кравцов С.П.</p>
</body></html>
"""
send(PMG, "Заявка 963649 — состояние на 23.11", d, "gmail", text=t, html=h,
     label=L("decided", "963649", ["1", "2"], UB, "HTML table: pos 1,2 done/left, pos 3,4 only planned"))

# 66 -- 963105 pos3 done, caps + Latin O
d = D(24, 16, 45)
send(MAM, "963105 п3", d, "mailru", text="""УЗЕЛ ВВОДА БУЛ ПОБЕДЫ ЗАКOНЧИЛИ, УЕХАЛИ
""", label=L("decided", "963105", ["3"], UB, "caps with Latin 'O' inside ЗАКOНЧИЛИ"))

# 67 -- review: request number not in registry (digit swap)
d = D(25, 10, 0)
send(MAM, "964102", d, "mailru", text="""964102 кольцовская выехали 4 человека
""", label=L("review", note="964102 is not in the registry (probably 964012, but a dispatcher cannot be sure)"))

# 68 -- 964012 pos1 on site
d = D(25, 11, 0)
send(PM, "Кольцовская 35 (964012)", d, "outlook", "windows-1251", text="""Добрый день.

Бригада прибыла на объект в 10:40, подвал 1-го подъезда (п.1).

Кравцов С.П.
моб. +7 (910) 731-05-48
""", label=L("decided", "964012", ["1"], MES, "'прибыла' = on site; number in brackets after address"))

# 69 -- review: two requests in one summary
d = D(26, 9, 0)
send(PM, "Сводка на 26.11", d, "outlook", "windows-1251", text="""Доброе утро.

Сводка по объектам на 26.11:
– 963649 (СОШ № 29) – бригада на месте, приямок спортзала (поз. 3);
– 964012 (Кольцовская, 35) – бригада на месте, узел ввода (поз. 2).

Кравцов С.П.
""", label=L("review", note="two different requests in one letter"))

# 70 -- 963649 pos3,4 done
d = D(26, 18, 0)
send(PM, "963649 — приямок и отмостка", d, "outlook", "windows-1251", text=f"""Добрый вечер.

По 963649 поз. 3 и 4 (приямок спортзала – 14 кв.м, отмостка – 112 кв.м) – работы завершены, бригада убыла в 17:20.
Объём по отмостке превысил смету (90 кв.м), допсоглашение направим отдельно.

{SIG}
""", label=L("decided", "963649", ["3", "4"], UB, "pos 3,4 finished and left; volume/contract remark is extra"))

# 71 -- 964012 pos1,2 done: nested forward two deep (Outlook RU > Gmail > Mamedov)
d = D(27, 16, 0)
mid1 = D(27, 15, 41)
inner = D(27, 15, 33)
send(PM, "FW: Fwd: 964012 п1 п2", d, "outlook", "windows-1251", text=f"""Для сведения. Подтверждаю, по обеим позициям работы закончены, объект сдан УК.

{SIG_SHORT}

От: Сергей Кравцов [mailto:gidroizol.kravtsov@gmail.com]
Отправлено: {f_ru_outlook(mid1)}
Кому: Кравцов Сергей Павлович <s.kravtsov@gidroizol-vrn.ru>
Тема: Fwd: 964012 п1 п2



---------- Forwarded message ---------
От: Эльчин Мамедов <mamedov.brigada@mail.ru>
Date: {f_gmail(inner)}
Subject: 964012 п1 п2
To: <gidroizol.kravtsov@gmail.com>


кольцовская подвал 1 подъезд сделали и узел ввода тоже, уехали
""", label=L("decided", "964012", ["1", "2"], UB, "nested forward two deep; both positions done"))

# ================================================================ write
for n, b in letters:
    with open(os.path.join(LET, n), "wb") as f:
        f.write(b)

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ООО «ГидроИзол-Сервис»",
        "emails": ["s.kravtsov@gidroizol-vrn.ru", "gidroizol.kravtsov@gmail.com", "mamedov.brigada@mail.ru",
                   "i.sidorenko@gidroizol-vrn.ru", "a.lebedeva@gidroizol-vrn.ru", "office@gidroizol-vrn.ru",
                   "news@gidroizol-vrn.ru", "MAILER-DAEMON@gidroizol-vrn.ru"],
        "domains": ["gidroizol-vrn.ru"],
    },
    "requests": [
        {"number": "960114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "МКД ул. Ворошилова, д. 38: 1 — подвал 1-го подъезда, 2 — подвал 2-го подъезда, 3 — приямок у 3-го подъезда"},
        {"number": "960287", "positions": ["1", "2"], "registered_at": "2026-11-02T14:40:00+03:00",
         "comment": "МБОУ СОШ № 71, ул. Космонавтов, д. 9: 1 — узел ввода теплосети, 2 — отмостка по фасаду"},
        {"number": "960455", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-03T10:05:00+03:00",
         "comment": "МКД ул. Хользунова, д. 72: 1, 2, 3 — подвалы 1-го, 2-го, 3-го подъездов, 4 — отмостка"},
        {"number": "960902", "positions": ["1", "2"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "МБОУ «Гимназия № 9», ул. Плехановская, д. 22: 1 — приямок у пищеблока, 2 — узел ввода водопровода"},
        {"number": "961340", "positions": ["1"], "registered_at": "2026-11-06T11:20:00+03:00",
         "comment": "МКД ул. Генерала Лизюкова, д. 23: 1 — узел ввода"},
        {"number": "961577", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "МКД ул. Беговая, д. 112: 1 — подвал 1-го подъезда, 2 — приямок у 3-го подъезда, 3 — отмостка"},
        {"number": "962018", "positions": ["1", "2"], "registered_at": "2026-11-10T13:45:00+03:00",
         "comment": "МБОУ СОШ № 58, ул. Матросова, д. 7: 1 — подвал (тир), 2 — отмостка"},
        {"number": "962233", "positions": ["1", "2"], "registered_at": "2026-11-12T08:50:00+03:00",
         "comment": "МКД Ленинский пр-т, д. 154: 1 — подвал 4-го подъезда, 2 — узел ввода"},
        {"number": "962760", "positions": ["1"], "registered_at": "2026-11-13T08:10:00+03:00",
         "comment": "МКД ул. 9 Января, д. 241: 1 — приямок"},
        {"number": "963105", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "МКД б-р Победы, д. 17: 1 — подвал 1-го подъезда, 2 — подвал 2-го подъезда, 3 — узел ввода"},
        {"number": "963649", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-18T10:00:00+03:00",
         "comment": "МБОУ СОШ № 29, ул. Ломоносова, д. 104: 1 — подвал блок А, 2 — подвал блок Б, 3 — приямок спортзала, 4 — отмостка"},
        {"number": "964012", "positions": ["1", "2"], "registered_at": "2026-11-23T08:40:00+03:00",
         "comment": "МКД ул. Кольцовская, д. 35: 1 — подвал 1-го подъезда, 2 — узел ввода"},
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(letters), Counter(v["expect"] for v in labels.values()))
