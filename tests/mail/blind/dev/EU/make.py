#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona: ООО «Чистый Дом Плюс» (клининг).

Galina Ivanovna (supervisor) writes from Mail.ru web (UTF-8, base64, multipart/alternative,
sometimes HTML only).  Her son Alexey writes from Outlook (windows-1251, quoted-printable).
The old office computer runs The Bat! (KOI8-R).  Brigadier Svetlana writes from the Mail.ru
mobile app.  Run:  python3 make.py   (writes letters/*.eml, labels.json, registry.json)
"""
import json
import os
import random
import html as htmlmod
from datetime import datetime, timedelta, timezone
from email import charset as cs_mod
from email.charset import Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
import io

random.seed(366)
OUT = os.path.dirname(os.path.abspath(__file__))
MSK = timezone(timedelta(hours=3))

DISPATCH = "dispatch@zakazchik-omis.ru"
DISP_NAME = "Диспетчерская ОМИС"
GALINA = ("Галина Ивановна", "galina.petrova58@mail.ru")
SVETA = ("Светлана Морозова", "sveta.morozova87@mail.ru")
ALEXEY = ("Петров Алексей", "a.petrov@chistydom-plus.ru")
OFFICE = ('ООО "Чистый Дом Плюс"', "office@chistydom-plus.ru")
NEWS = ("Чистый Дом Плюс", "news@chistydom-plus.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@chistydom-plus.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «Чистый Дом Плюс»",
        "emails": [GALINA[1], SVETA[1], ALEXEY[1], OFFICE[1], NEWS[1], DAEMON[1].lower()],
        "domains": ["chistydom-plus.ru"],
    },
    "requests": [
        {"number": "366214", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "Уборка после ремонта, БЦ «Северный», ул. Складочная, 3 стр. 1: поз.1 — 3 этаж, поз.2 — 4 этаж, поз.3 — холл 1 этажа"},
        {"number": "366580", "positions": ["1", "2"], "registered_at": "2026-11-02T14:10:00+03:00",
         "comment": "Мойка окон, ул. Промышленная, 12: поз.1 — корпус А, поз.2 — корпус Б"},
        {"number": "366905", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-03T09:00:00+03:00",
         "comment": "Чистка ковровых покрытий: поз.1 — конференц-зал 2 эт., поз.2 — переговорная «Байкал», поз.3 — переговорная «Ладога», поз.4 — приёмная"},
        {"number": "367105", "positions": ["1"], "registered_at": "2026-11-04T10:20:00+03:00",
         "comment": "Мойка фасадного остекления, здание 2 (вход с ул. Лесной)"},
        {"number": "367340", "positions": ["1", "2"], "registered_at": "2026-11-05T11:00:00+03:00",
         "comment": "Уборка склада после ремонта: поз.1 — зал хранения №1, поз.2 — зал хранения №2"},
        {"number": "367512", "positions": ["1"], "registered_at": "2026-11-09T09:15:00+03:00",
         "comment": "Химчистка ковров, офис 2 этажа, корпус 3"},
        {"number": "367777", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:00:00+03:00",
         "comment": "Генеральная уборка: поз.1 — здание 1 (АБК), поз.2 — здание 2 (столовая), поз.3 — здание 3 (КПП)"},
        {"number": "368014", "positions": ["1", "2"], "registered_at": "2026-11-11T13:30:00+03:00",
         "comment": "Мойка окон после ремонта: поз.1 — 5 этаж, поз.2 — 6 этаж"},
        {"number": "368155", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:40:00+03:00",
         "comment": "Уборка после ремонта: поз.1 — главный холл, поз.2 — лестничные марши, поз.3 — лифтовой холл"},
        {"number": "368420", "positions": ["1"], "registered_at": "2026-11-16T10:00:00+03:00",
         "comment": "Чистка ковров в актовом зале"},
        {"number": "368603", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-17T08:45:00+03:00",
         "comment": "Мойка окон, корпуса 1–4: поз.1 — корпус 1, поз.2 — корпус 2, поз.3 — корпус 3, поз.4 — корпус 4"},
        {"number": "368871", "positions": ["1", "2"], "registered_at": "2026-11-19T12:00:00+03:00",
         "comment": "Уборка после ремонта: поз.1 — 2 этаж, поз.2 — 3 этаж"},
    ],
}

GAL_SIG = ("--\nС уважением,Галина Ивановна Петрова\nстарший супервайзер ООО «Чистый Дом Плюс»\n"
           "моб. 8-916-366-21-40")
AL_SIG = ("С уважением,\nПетров Алексей Сергеевич\nменеджер ООО «Чистый Дом Плюс»\n"
          "тел. +7 (495) 367-10-05\nИНН 7728036690 / КПП 772801001")
OFF_SIG = "--\nС уважением,\nофис ООО \"Чистый Дом Плюс\"\nтел. +7 (495) 367-10-05"
DISP_SIG = "--\nДиспетчерская служба ОМИС\nСоколова Марина Викторовна\n+7 (495) 555-30-12"

RU_WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RU_MON = {11: "ноября"}

LETTERS = []  # (datetime, Message, label)
_mid = [0]


def dt(d, hh, mm, ss=None):
    return datetime(2026, 11, d, hh, mm, ss if ss is not None else random.randint(0, 59), tzinfo=MSK)


def enc_addr(pair, charset="utf-8"):
    return formataddr(pair, charset=charset)


def set_common(msg, when, frm, subject, charset, mid, to=(DISP_NAME, DISPATCH), irt=None):
    msg["From"] = enc_addr(frm, charset)
    msg["To"] = enc_addr(to, charset)
    msg["Subject"] = Header(subject, charset, header_name="Subject").encode()
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = irt


def cset(name, enc):
    c = Charset(name)
    c.body_encoding = enc
    c.header_encoding = cs_mod.BASE64
    return c


def text_part(text, charset, enc, subtype="plain"):
    return MIMEText(text, subtype, cset(charset, enc))


def mailru_mid(when):
    _mid[0] += 1
    return "<%d.%d@f%d.i.mail.ru>" % (int(when.timestamp()), random.randint(10 ** 8, 10 ** 9), 100 + _mid[0] * 7 % 900)


def outlook_mid():
    _mid[0] += 1
    return "<%012x$%08x$%08x$@chistydom-plus.ru>" % (random.getrandbits(48), random.getrandbits(32), random.getrandbits(32))


def bat_mid(when):
    _mid[0] += 1
    return "<%d.%s@chistydom-plus.ru>" % (random.randint(10 ** 8, 10 ** 9), when.strftime("%Y%m%d%H%M%S"))


def disp_irt(num, k=1):
    return "<disp-%s-%d@zakazchik-omis.ru>" % (num, k)


def ru_date(when):
    return "%s, %d %s %d, %d:%02d +03:00" % (RU_WD[when.weekday()], when.day, RU_MON[when.month], when.year, when.hour, when.minute)


def h(s):
    return htmlmod.escape(s)


def lines_html(text):
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (h(ln) if ln.strip() else "&nbsp;"))
    return "\n".join(out)


# ---------------------------------------------------------------- Mail.ru (Galina, Sveta)
def mailru(when, subject, body, label, quote=None, html_only=False, frm=GALINA, irt=None,
           sig=True, extra_html=None, mobile=False, extra_plain=""):
    """quote = (who, when, text)  -> Mail.ru style: header line and '>' lines (top posting)."""
    full = body + ("\n\n" + GAL_SIG if sig and frm == GALINA else "")
    if mobile:
        full = body + "\n--\nОтправлено из мобильной Почты Mail.ru"
    plain = full
    hbody = lines_html(full)
    if extra_html:
        hbody = hbody.replace("<div>@@TABLE@@</div>", extra_html)
        plain = plain.replace("@@TABLE@@", extra_plain)
    if quote:
        who, qwhen, qtext = quote
        qhdr = "%s от %s:" % (ru_date(qwhen), who)
        plain += "\n\n\n" + qhdr + "\n \n" + "\n".join(">" + l for l in qtext.split("\n"))
        hbody += ("\n<div>&nbsp;</div><div>&nbsp;</div><div>%s</div>\n<blockquote style=\"border-left:1px solid #0857A6;"
                  "margin:10px;padding:0 0 0 10px;\">\n<div id=\"\">%s</div></blockquote>" % (h(qhdr), lines_html(qtext)))
    html_doc = "<HTML><BODY>%s</BODY></HTML>" % hbody
    if html_only:
        msg = text_part(html_doc, "utf-8", cs_mod.BASE64, "html")
    elif mobile:
        msg = text_part(plain, "utf-8", cs_mod.QP)
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(plain, "utf-8", cs_mod.BASE64))
        msg.attach(text_part(html_doc, "utf-8", cs_mod.BASE64, "html"))
    set_common(msg, when, frm, subject, "utf-8", mailru_mid(when), irt=irt)
    msg["X-Mailer"] = "Mail.Ru Mailer 1.0" if not mobile else "Mail.Ru Mobile Mail 14.63"
    msg["X-Originating-IP"] = "[95.31.%d.%d]" % (random.randint(1, 254), random.randint(1, 254))
    msg["Reply-To"] = enc_addr(frm)
    add(when, msg, label)
    return msg


# ---------------------------------------------------------------- Outlook (Alexey)
def outlook(when, subject, body, label, quote=None, orig_style=False, irt=None, html_table=None,
            plain_table=None, frm=ALEXEY, to=(DISP_NAME, DISPATCH), sig=True):
    """quote = (from, sent_when, to, subject, text) -> Outlook header block under the reply."""
    full = body + ("\n\n" + AL_SIG if sig else "")
    plain = full
    if plain_table:
        plain = plain.replace("@@TABLE@@", plain_table)
    hb = lines_html(full)
    if html_table:
        hb = hb.replace("<div>@@TABLE@@</div>", html_table)
    if quote:
        qf, qwhen, qto, qsubj, qtext = quote
        sent = "%d %s %d г. %d:%02d" % (qwhen.day, RU_MON[qwhen.month], qwhen.year, qwhen.hour, qwhen.minute)
        if orig_style:
            block = ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" %
                     (qf, qwhen.strftime("%A, %B %d, %Y %I:%M %p"), qto, qsubj, qtext))
        else:
            block = "От: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s" % (qf, sent, qto, qsubj, qtext)
        plain += "\n\n" + block
        hb += ("\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
               "<p class=MsoNormal>%s</p></div>" % "<br>\n".join(h(l) for l in block.split("\n")))
    html_doc = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
                "content=\"text/html; charset=windows-1251\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
                "</head><body lang=RU link=\"#0563C1\"><div class=WordSection1>\n%s\n</div></body></html>" % hb)
    msg = MIMEMultipart("alternative")
    msg.attach(text_part(plain, "windows-1251", cs_mod.QP))
    msg.attach(text_part(html_doc, "windows-1251", cs_mod.QP, "html"))
    set_common(msg, when, frm, subject, "windows-1251", outlook_mid(), to=to, irt=irt)
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = "AdxV%08XwQ+%06X==" % (random.getrandbits(32), random.getrandbits(24))
    msg["Content-Language"] = "ru"
    add(when, msg, label)
    return msg


# ---------------------------------------------------------------- The Bat! (office, KOI8-R)
def thebat(when, subject, body, label, quote=None, irt=None):
    """quote = (intro line, text) : written under the quote with 'МС>' initials prefixes."""
    text = "Здравствуйте, Марина Викторовна.\n\n"
    if quote:
        intro, qtext = quote
        text += intro + "\n\n" + "\n".join("МС> " + l for l in qtext.split("\n")) + "\n\n"
    text += body + "\n\n" + OFF_SIG + "\n"
    for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("—", "-"), ("–", "-")):
        text = text.replace(a, b)
        subject = subject.replace(a, b)
    msg = text_part(text, "koi8-r", cs_mod.QP)
    set_common(msg, when, OFFICE, subject, "koi8-r", bat_mid(when), irt=irt)
    msg["X-Mailer"] = "The Bat! (v9.4.3) Professional"
    msg["Organization"] = "Chistyj Dom Plus"
    add(when, msg, label)
    return msg


def add(when, msg, label):
    LETTERS.append((when, msg, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def disp_req_text(num, extra):
    return "Добрый день!\nНаправляем заявку № %s.\n%s\nПросьба подтвердить принятие в работу.\n\n%s" % (num, extra, DISP_SIG)


DISP_FROM = "%s <%s>" % (DISP_NAME, DISPATCH)
DISP_FROM_OL = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"

# =================================================================== 366214
S1 = "Заявка № 366214 — уборка после ремонта, БЦ «Северный»"
Q1 = disp_req_text("366214", "Уборка после ремонта, ул. Складочная, 3 стр. 1.\nПоз.1 — 3 этаж\nПоз.2 — 4 этаж\nПоз.3 — холл 1 этажа")
mailru(dt(2, 10, 5), "Re: " + S1,
       "Марина Викторовна, добрый день!!!\n"
       "Заявочку получили,спасибо большое)) Берём в работу,всё как положено. На Складочной мы уже убирались в прошлом году,"
       "помню там грузовой лифт маленький,так что девочки пойдут с вёдрами по лестнице наверное...\n"
       "Завтра с утра поставлю Танечку,Людмилу и Оксану,они у меня самые опытные по после-ремонта.\n"
       "Если что звоните мне на мобильный,я всегда на связи!",
       D("366214", [], ACC, "Re: on the request: 'Берём в работу'; request number in the subject and quote"),
       quote=(DISP_FROM, dt(2, 8, 35), Q1), irt=disp_irt("366214"))

mailru(dt(3, 8, 20), "Re: Re: " + S1,
       "Марина Викторовна, доброе утро!\n"
       "Девочки мои выехали уже,едут на Складочную на нашей газельке (номер Е 214 ОР 77,скажите охране пожалуйста чтобы "
       "пустили во двор). Будут минут через 40,пробки сегодня ужас какие...\n"
       "Спасибо!",
       D("366214", [], WAY, "'выехали, будут минут через 40'; car plate 214 is not a position"),
       irt=disp_irt("366214", 2))

outlook(dt(3, 9, 5), "Заявка 366214 - прибытие бригады",
        "Добрый день.\n\nСообщаем, что бригада ООО «Чистый Дом Плюс» (3 чел.) прибыла на объект по заявке № 366214 в 08:55.",
        D("366214", [], ON, "formal arrival note from the son's Outlook; phone/INN in signature"))

mailru(dt(3, 18, 40), "366214 3 этаж",
       "Марина Викторовна,добрый вечер!\n"
       "Докладываю))) Третий этаж (это позиция 1) закончили полностью,девочки ушли в 18:20. Там было очень много строительной "
       "пыли,Танечка два раза полы перемывала,а плинтуса это вообще отдельная песня... Но сделали,красота!!!\n"
       "4-й этаж и холл завтра с утра,не успели сегодня,уж извините.\n\n"
       "P.S. У Вас на 3 этаже в туалете кран подтекает,скажите кому нибудь)))",
       D("366214", ["1"], OFF, "pos 1 (3rd floor) finished, girls left 18:20; 4th floor and hall only planned"))

mailru(dt(4, 17, 10), "Re: 366214 3 этаж",
       "Марина Викторовна,ну вот и всё!!!\n"
       "Поз.2 (четвёртый этаж) и поз.3 холл первого этажа закончили сегодня в 16:45,девочки собрали весь мусор в мешки,"
       "вынесли к контейнеру,всё помыли. Можете идти принимать работу))) Акт № 45 Алёша завтра пришлёт на подпись.\n"
       "Устали мои девочки конечно,но довольные.\nСпасибо Вам за терпение!!!",
       D("366214", ["2", "3"], OFF, "pos 2 and 3 finished; act number 45 is a distractor; HTML-only"),
       quote=(DISP_FROM, dt(3, 19, 2), "Галина Ивановна, спасибо, отметила. Ждём завершения по 4 этажу и холлу.\n\n" + DISP_SIG),
       html_only=True)

outlook(dt(5, 11, 20), "Счет на оплату № 1187 от 05.11.2026 (заявка 366214)",
        "Марина Викторовна, добрый день.\n\nНаправляем счёт № 1187 от 05.11.2026 и акт выполненных работ № 45 по заявке 366214 "
        "на сумму 48 600,00 руб. (НДС не облагается). Просим подписать акт и вернуть скан-копию, оригиналы передадим курьером.",
        R("invoice/act for a finished request: money talk, no status"))

# =================================================================== 366580
S2 = "Заявка № 366580 — мойка окон, ул. Промышленная, 12"
Q2 = disp_req_text("366580", "Мойка окон, ул. Промышленная, 12.\nПоз.1 — корпус А\nПоз.2 — корпус Б")
thebat(dt(2, 16, 0), "Re: " + S2,
       "Заявка 366580 принята в работу. Мойку окон планируем начать 04.11 с корпуса А.",
       D("366580", [], ACC, "The Bat!, KOI8-R, answer written under the initials-prefixed quote"),
       quote=("Вы писали 2 ноября 2026 г., 14:15:", Q2), irt=disp_irt("366580"))

mailru(dt(4, 7, 50), "366580-1",
       "Марина Викторовна доброе утро!!\n"
       "Светочка с Ирой уже в дороге на Промышленную,12,едут на корпус А. К 8:30 будут на месте,как договаривались)) "
       "Стремянки и всю химию взяли,я сама проверила...",
       D("366580", ["1"], WAY, "position after a dash in subject, 'уже в дороге' on corpus A; house number 12 is address"))

mailru(dt(4, 8, 41), "366580 корпус А",
       "Здравствуйте. Мы на месте, корпус А, приступили к мойке окон.\nСветлана",
       D("366580", ["1"], ON, "brigadier from phone; corpus A = pos 1 per request comment"),
       frm=SVETA, mobile=True, sig=False)

mailru(dt(4, 16, 40), "Fwd: корп А",
       "Марина Викторовна,пересылаю Вам от Светы,она мне написала а Вам забыла)))\n\n\n"
       "-------- Пересылаемое сообщение --------\n"
       "От кого: Светлана Морозова <sveta.morozova87@mail.ru>\n"
       "Кому: Галина Ивановна <galina.petrova58@mail.ru>\n"
       "Дата: Среда, 4 ноября 2026, 16:22 +03:00\n"
       "Тема: корп А\n\n"
       "Галина Ивановна, по 366580 корпус А всё, закончили в 16:10, уходим. Б завтра с утра.\n--\nСветлана\n"
       "-------- Конец пересылаемого сообщения --------",
       D("366580", ["1"], OFF, "Mail.ru forward of the brigadier's report: corpus A finished, B only planned"), sig=False)

mailru(dt(5, 7, 45), "Re: 366580-1",
       "Марина Викторовна,доброе утро!\n"
       "Подскажите пожалуйста,а на корпус Б пропуск на девочек заказан? Вчера на корпусе А охранник долго паспорта "
       "переписывал,минут 20 стояли... Сегодня хотим к 9 подъехать,Света,Ира и ещё Наташа новенькая будет с ними.\n"
       "Если не заказан,можно я Вам фамилии скину?",
       R("question about a pass plus a plan for today; nothing reported"))

mailru(dt(5, 18, 20), "Re: Re: 366580-1",
       "Марина Викторовна!!!\n"
       "Корпус Б (поз.2) сегодня закончили,все окна блестят))) Девочки ушли в 17:55. Пропуск кстати был,спасибо Вам огромное!\n"
       "Наташа новенькая молодец,хорошо справилась,оставлю её в этой бригаде.",
       D("366580", ["2"], OFF, "corpus B pos 2 finished; subject still carries '-1' from the old thread"))

outlook(dt(6, 10, 30), "Заявка 366580 поз. 3",
        "Марина Викторовна, добрый день.\n\nПо заявке 366580, поз. 3 работы выполнены, бригада убыла с объекта 06.11.2026 в 10:10.\nПросим отметить.",
        R("request 366580 has only positions 1 and 2; position 3 does not exist"))

# =================================================================== 366905
S3 = "Заявка № 366905 — чистка ковровых покрытий"
Q3 = disp_req_text("366905", "Чистка ковровых покрытий:\n1. Конференц-зал 2 эт.\n2. Переговорная «Байкал»\n3. Переговорная «Ладога»\n4. Приёмная")
outlook(dt(3, 11, 30), "RE: " + S3,
        "Марина Викторовна, добрый день!\n\nПодтверждаем принятие заявки в работу. Чистку планируем провести 06–07.11.2026, "
        "оборудование — экстрактор Karcher Puzzi 10/1.",
        D("366905", [], ACC, "Outlook reply with От:/Отправлено: block; model Puzzi 10/1 is a distractor"),
        quote=(DISP_FROM_OL, dt(3, 9, 6), ALEXEY[1], S3, Q3), irt=disp_irt("366905"))

mailru(dt(6, 8, 40), "ковры 366905",
       "Марина Викторовна,здравствуйте!\n"
       "Люда и Оксана выехали к Вам на ковры,везут Керхер (он тяжеленный,40 кг,поэтому на машине). Минут через 30-40 будут,"
       "если на Варшавке не встанут)))",
       D("366905", [], WAY, "'выехали к Вам', ETA 30-40 min"))

mailru(dt(6, 9, 58), "Re: ковры 366905",
       "Приехали девочки!!! В 9:50 были на месте,уже разложились,начинают. Охрана у Вас очень вежливая,передайте им "
       "спасибо)))\nГ.И.",
       D("366905", [], ON, "arrival 9:50, HTML-only"), html_only=True, sig=False)

TBL3_HTML = ("<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>"
             "<tr><td><b>Поз.</b></td><td><b>Помещение</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>"
             "<tr><td>1</td><td>Конференц-зал, 2 эт.</td><td>Выполнено</td><td>13:40</td></tr>"
             "<tr><td>2</td><td>Переговорная «Байкал»</td><td>Выполнено</td><td>14:05</td></tr>"
             "<tr><td>3</td><td>Переговорная «Ладога»</td><td>Запланировано на 07.11</td><td>—</td></tr>"
             "<tr><td>4</td><td>Приёмная</td><td>Запланировано на 07.11</td><td>—</td></tr></table>")
TBL3_PLAIN = ("Поз. | Помещение | Статус | Время\n1 | Конференц-зал, 2 эт. | Выполнено | 13:40\n"
              "2 | Переговорная «Байкал» | Выполнено | 14:05\n3 | Переговорная «Ладога» | Запланировано на 07.11 | —\n"
              "4 | Приёмная | Запланировано на 07.11 | —")
outlook(dt(6, 14, 20), "Заявка 366905 — промежуточный отчет",
        "Марина Викторовна, добрый день.\n\nПо заявке 366905 на 14:20 состояние следующее:\n@@TABLE@@\n\n"
        "Бригада с объекта убыла, завтра продолжим с 09:00.",
        D("366905", ["1", "2"], OFF, "HTML table: rows 1,2 done, rows 3,4 only planned"),
        html_table=TBL3_HTML, plain_table=TBL3_PLAIN)

mailru(dt(7, 16, 5), "Re: Заявка 366905 — промежуточный отчет",
       "Марина Викторовна,добрый вечер!\n"
       "Сегодня девочки дочистили переговорную «Ладога» и приёмную,закончили в 15:30 и уехали. Ковёр в приёмной был конечно "
       "страшный,кофе наверное не один раз проливали... но Оксанка его отчистила,почти как новый!!! Пусть сохнет часа 3-4,"
       "не ходите по нему пожалуйста)))",
       D("366905", ["3", "4"], OFF, "positions named by room names from the comment: Ладога=3, приёмная=4"))

# =================================================================== 367105
thebat(dt(4, 12, 0), "Заявка N 367105",
       "Заявку N 367105 (мойка фасадного остекления, здание 2) приняли. Работы выполняем с привлечением промышленных "
       "альпинистов, допуск к работам на высоте у сотрудников есть (удостоверения N 0366/26, 0367/26).",
       D("367105", [], ACC, "KOI8-R; certificate numbers are distractors"))

mailru(dt(9, 7, 30), "Лесная 367105",
       "Марина Викторовна,доброе утро!\n"
       "Ребята-альпинисты (это не мои девочки,это наши мальчики)))) выехали на Лесную в 7:15,будут к восьми. Везут верёвки,"
       "люльку не надо. Погода вроде хорошая,ветра нет,слава богу...",
       D("367105", [], WAY, "crew left for the site at 7:15, arriving by eight"))

mailru(dt(9, 9, 0), "альпинисты 367150",
       "Марина Викторовна,по 367150 ребята на месте,начали сверху,с 5 этажа. Ой пока писала,позвонил Дима,говорит "
       "вода холодная совсем,попросят у вашего завхоза горячей.",
       R("number 367150 is not in the registry (probably a typo for 367105, but not certain)"))

outlook(dt(9, 17, 45), "RE: Заявка 367105 — выезд бригады",
        "Марина Викторовна, добрый вечер.\n\nРаботы по мойке фасада здания 2 завершены, бригада покинула объект в 17:30. "
        "Замечаний со стороны охраны нет.",
        D("367105", [], OFF, "Re: subject names the old status (выезд), body reports departure"),
        quote=(DISP_FROM_OL, dt(9, 7, 12), ALEXEY[1], "Заявка 367105 — выезд бригады",
               "Алексей Сергеевич, подтвердите, пожалуйста, выезд бригады по заявке 367105.\n\n" + DISP_SIG))

# read receipt
rr = MIMEMultipart("report")
rr.set_param("report-type", "disposition-notification")
rr.attach(text_part("Ваше сообщение\n\n  Кому: Петров Алексей\n  Тема: Заявка 367105 — акт\n  Отправлено: 10.11.2026 8:40\n\n"
                    "было прочитано 10.11.2026 9:02.", "windows-1251", cs_mod.QP))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;a.petrov@chistydom-plus.ru\r\n"
                "Original-Message-ID: <disp-367105-3@zakazchik-omis.ru>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
rr.attach(mdn)
set_common(rr, dt(10, 9, 2), ALEXEY, "Прочитано: Заявка 367105 — акт", "windows-1251", outlook_mid())
rr["X-Mailer"] = "Microsoft Outlook 16.0"
add(dt(10, 9, 2), rr, I("Outlook read receipt (disposition-notification)"))

# =================================================================== 367340
mailru(dt(5, 12, 30), "Re: Новая заявка №367340 — уборка склада после ремонта",
       "Марина Викторовна,здравствуйте!\n"
       "Получила,спасибо! Берём,конечно берём))) Склады мы любим,там хоть места много,не то что в офисах между столами "
       "ползать...\nТолько скажите,там электричество есть? Поломоечную машину хотим взять.",
       D("367340", [], ACC, "acceptance; request number only in the quoted old subject"),
       quote=(DISP_FROM, dt(5, 11, 3), "Добрый день!\nНаправляем новую заявку на уборку склада после ремонта (зал хранения №1 и "
              "зал хранения №2). Адрес — см. карточку.\n\n" + DISP_SIG), irt=disp_irt("367340"))

E2TXT = ("Марина Викторовна,простите пожалуйста!!! Мы ещё не выехали,газелька наша не завелась,Коля (водитель) с ней "
         "возится уже час... Как только заведётся сразу поедем,я Вам напишу. Думаю после обеда.\n"
         "Галина Ивановна,расстроенная((((")
mailru(dt(6, 10, 10), "Re: 367340", E2TXT, R("negation: 'ещё не выехали', departure only planned"), sig=False)

mailru(dt(6, 13, 15), "Re: Re: 367340",
       "Ура!!! Завелась!!! Выехали в 13:05,Коля говорит через час будем)))",
       D("367340", [], WAY, "left at 13:05; the quoted 'ещё не выехали' is old text"),
       quote=(GALINA[0] + " <" + GALINA[1] + ">", dt(6, 10, 10), E2TXT), sig=False)

mailru(dt(6, 14, 30), "Re: Re: Re: 367340",
       "Всё,на месте,в 14:20 заехали на территорию. Девочки переодеваются и начинают.\nГ.И.",
       D("367340", [], ON, "on site 14:20"), sig=False)

mailru(dt(7, 19, 0), "367340 зал 1",
       "Марина Викторовна,добрый вечер!\n"
       "По складу:зал хранения №1 (поз.1) закончили,девочки вышли в 18:40. Поломойку гоняли три раза,цементная пыль "
       "въелась ужасно... Стеллажи протёрли все,окна под потолком тоже (еле достали)))\n"
       "Завтра воскресенье,но девочки согласились выйти,сделают второй зал.",
       D("367340", ["1"], OFF, "hall 1 = pos 1 finished; hall 2 planned for tomorrow"))

mailru(dt(8, 20, 10), "Re: 367340 зал 1",
       "Марина Викторовна!!! Второй зал тоже готов!!! Закончили в 19:30,уехали. Так что склад можно принимать)))\n"
       "Девочкам я завтра выходной дала,заслужили.",
       D("367340", ["2"], OFF, "second hall (pos 2) done; subject still says 'зал 1'; HTML-only"), html_only=True)

# =================================================================== 367512
S6 = "Заявка № 367512 — химчистка ковров, корпус 3"
outlook(dt(9, 10, 0), "RE: " + S6,
        "Добрый день.\n\nЗаявка принята в работу. Выезд бригады запланирован на 11.11.2026, 09:00.",
        D("367512", [], ACC, "accepted; departure only planned"),
        quote=(DISP_FROM_OL, dt(9, 9, 20), ALEXEY[1], S6,
               disp_req_text("367512", "Химчистка ковров, офис 2 этажа, корпус 3.")), irt=disp_irt("367512"))

mailru(dt(11, 8, 50), "#367512 ковры",
       "Марина Викторовна,доброе утро!\nЛюда с Оксаной подъезжают уже к корпусу 3,будут минут через 15))) "
       "Люда сегодня с температурой немножко,но говорит что нормально,таблетку выпила...",
       D("367512", [], WAY, "'подъезжают, будут минут через 15'; корпус 3 is an address, not a position"))

mailru(dt(11, 13, 10), "Fwd: ковры готово",
       "Марина Викторовна,вот Оксаночка пишет,ковры закончили!\n\n"
       "-------- Пересылаемое сообщение --------\n"
       "12:58, 11 ноября 2026 г., Оксана <oksana.lebedeva.1990@bk.ru>:\n\n"
       "Галина Ивановна, ковры в офисе на 2 этаже почистили, всё почти сухое, мы уехали. Заявка 367512.\n\n"
       "-------- Конец пересылаемого сообщения --------",
       D("367512", [], OFF, "forwarded crew report: cleaned and left"))

mailru(dt(12, 11, 0), "367512 охрана",
       "Марина Викторовна,здравствуйте.\n"
       "Я не жалуюсь,просто чтобы Вы знали... Вчера на корпусе 3 охранник девочек не хотел выпускать с Керхером,говорил что "
       "это ваше имущество,а это наш аппарат!!! Полчаса Оксана ему доказывала,чек показывала. Люда расплакалась даже. "
       "Можно как то с ними поговорить чтобы такого не было больше?",
       R("complaint about the guard, nothing new reported"))

# =================================================================== 367777
S7 = "Заявка 367777 генеральная уборка"
mailru(dt(10, 9, 30), "Re: " + S7,
       "Марина Викторовна,доброе утро!\n"
       "Получили заявку,принимаем!!! Номер какой красивый,три семёрки,к удаче))) Генуборку на трёх зданиях сделаем,"
       "только начнём наверное с четверга,в среду все девочки заняты.",
       D("367777", [], ACC, "accepted; start only planned"),
       quote=(DISP_FROM, dt(10, 8, 4), disp_req_text("367777", "Генеральная уборка:\nздание 1 (АБК)\nздание 2 (столовая)\nздание 3 (КПП)")),
       irt=disp_irt("367777"))

# bounce
orig = MIMEText("Марина Викторовна, добрый день.\n\nЗаявку 367777 приняли, генеральную уборку начнём 12.11.\n\n" + AL_SIG,
                "plain", cset("windows-1251", cs_mod.QP))
set_common(orig, dt(10, 9, 38), ALEXEY, "Заявка 367777", "windows-1251", outlook_mid(),
           to=(DISP_NAME, "dispatch@zakazchik-omsk.ru"))
bn = MIMEMultipart("report")
bn.set_param("report-type", "delivery-status")
bn.attach(MIMEText("This is the mail system at host mx1.chistydom-plus.ru.\n\n"
                   "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<dispatch@zakazchik-omsk.ru>: Host or domain name not found. Name service error\n"
                   "    for name=zakazchik-omsk.ru type=A: Host not found\n", "plain", "us-ascii"))
ds = Message()
ds["Content-Type"] = "message/delivery-status"
b1 = Message(); b1["Reporting-MTA"] = "dns; mx1.chistydom-plus.ru"; b1["Arrival-Date"] = format_datetime(dt(10, 9, 38, 20))
b2 = Message(); b2["Final-Recipient"] = "rfc822; dispatch@zakazchik-omsk.ru"; b2["Action"] = "failed"; b2["Status"] = "5.4.4"
b2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found"
ds.set_payload([b1, b2])
bn.attach(ds)
bn.attach(MIMEMessage(orig))
bn["From"] = "%s <%s>" % DAEMON
bn["To"] = ALEXEY[1]
bn["Subject"] = "Undelivered Mail Returned to Sender"
bn["Date"] = format_datetime(dt(10, 9, 38, 41))
bn["Message-ID"] = "<20261110063841.5A1C2E0366@mx1.chistydom-plus.ru>"
bn["Auto-Submitted"] = "auto-replied"
add(dt(10, 9, 38, 41), bn, I("bounce (delivery status notification) from the company mail server"))

outlook(dt(12, 7, 40), "Заявка 367777 (здание 1) - выезд",
        "Доброе утро.\n\nБригада выехала на объект по заявке № 367777, здание 1 (АБК), поз. 1. Ориентировочное время прибытия — 08:20.",
        D("367777", ["1"], WAY, "crew left for building 1 (pos 1)"))

mailru(dt(12, 8, 30), "367777 (1)",
       "Марина Викторовна,девочки на месте,в АБК,с 8:25. Начали с коридоров,там больше всего грязи.\n"
       "Кстати,у вас там на проходной новый охранник,очень приятный молодой человек)))",
       D("367777", ["1"], ON, "position in brackets in subject; АБК = building 1"))

mailru(dt(12, 15, 0), "367777",
       "Марина Викторовна!\n"
       "АБК (здание 1) домыли в 14:30!!! Девочки сразу перешли в столовую (здание 2),уже там моют,повара ругаются что "
       "мешаем))) Думаю к вечеру и столовую сделаем,а КПП завтра.",
       R("different statuses for different positions: pos 1 finished, pos 2 on site"))

cal = MIMEMultipart("alternative")
cal.attach(text_part("Петров Алексей принял приглашение на встречу.\n\nСовещание по итогам генеральной уборки (заявка 367777)\n"
                     "Когда: 16 ноября 2026 г. 11:00-12:00 (UTC+03:00) Москва\nГде: Переговорная 2", "windows-1251", cs_mod.QP))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Петров Алексей:mailto:a.petrov@chistydom-plus.ru\r\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "SUMMARY:Принято: Совещание по итогам генеральной уборки (заявка 367777)\r\n"
       "DTSTART;TZID=Russian Standard Time:20261116T110000\r\nDTEND;TZID=Russian Standard Time:20261116T120000\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000366777\r\nDTSTAMP:20261113T070000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
calp = MIMEText(ics, "calendar", "utf-8")
calp.set_param("method", "REPLY")
cal.attach(calp)
set_common(cal, dt(13, 10, 0), ALEXEY, "Принято: Совещание по итогам генеральной уборки (заявка 367777)", "windows-1251", outlook_mid())
cal["X-Mailer"] = "Microsoft Outlook 16.0"
add(dt(13, 10, 0), cal, I("calendar meeting response generated by Outlook"))

mailru(dt(13, 17, 30), "Re: 367777",
       "Марина Викторовна,добрый вечер!!!\n"
       "И столовую,и КПП закончили!!! Поз.2 и поз.3,значит. Девочки уехали в 17:00,все живые,только Таня ноготь сломала)))\n"
       "Завтра отдыхаем,а в понедельник на окна,как договорились.",
       D("367777", ["2", "3"], OFF, "pos 2 and 3 (столовая, КПП) finished"))

# =================================================================== 368014
thebat(dt(11, 14, 0), "Re: Заявка № 368014",
       "Принято. Мойку окон на 5 и 6 этажах выполним, сроки согласуем дополнительно с Галиной Ивановной.",
       D("368014", [], ACC, "KOI8-R, written under the quote"),
       quote=("Вы писали 11 ноября 2026 г., 13:34:",
              "Добрый день!\nНаправляем заявку № 368014 — мойка окон после ремонта, 5 и 6 этажи.\nПросьба подтвердить.\n" + DISP_SIG),
       irt=disp_irt("368014"))

mailru(dt(13, 12, 0), "368014 когда",
       "Марина Викторовна,здравствуйте!\n"
       "По окнам на 5 и 6 этаже: выедем в понедельник 16-го к 8 утра,раньше никак,все девочки на генуборке. Хорошо?\n"
       "Если очень срочно,могу Свету одну отправить в субботу,но одна она долго будет...",
       R("only a plan ('выедем в понедельник') and a question"))

ar = MIMEText("Здравствуйте!\n\nЯ до 15 ноября на даче,интернет там плохой.\nПо срочным вопросам звоните Алексею "
              "+7 (495) 367-10-05.\n\nГалина Ивановна\n\n(Это письмо отправлено автоматически)", "plain", cset("utf-8", cs_mod.BASE64))
set_common(ar, dt(14, 9, 12), GALINA, "Автоответ: Re: 368014 когда", "utf-8", mailru_mid(dt(14, 9, 12)), irt="<disp-368014-2@zakazchik-omis.ru>")
ar["Auto-Submitted"] = "auto-replied"
ar["X-Mailer"] = "Mail.Ru Autoresponder"
add(dt(14, 9, 12), ar, I("Mail.ru vacation auto-reply"))

mailru(dt(16, 7, 55), "Re: 368014 когда",
       "МАРИНА ВИКТОРОВНА ДОБРОЕ УТРО!!! выeхали,будем через полчаса) Света,Ира и Наташа. "
       "Простите что капсом,очки дома забыла,ничего не вижу)))",
       D("368014", [], WAY, "caps, Latin 'e' inside 'выeхали', 'будем через полчаса'"), sig=False)

mailru(dt(16, 17, 20), "368014 поз 1",
       "Марина Викторовна,добрый вечер!\n"
       "5 этаж помыли (поз.1),девочки закончили в 17:00 и поехали по домам. Окна после ремонта были все в краске,скребками "
       "оттирали,еле-еле... 6-й завтра,с утра пораньше.",
       D("368014", ["1"], OFF, "5th floor (pos 1) finished; 6th planned"))

mailru(dt(17, 18, 30), "Re: 368014 поз 1",
       "Марина Викторовна!\nШестой этаж (п.2) — готово!!! Окна чистые,девочки уехали в 18:10.\n"
       "Ира там стремянку забыла у вас в коридоре,синюю,пусть постоит пожалуйста,заберём на неделе)))",
       D("368014", ["2"], OFF, "'п.2 готово, уехали'; subject still says поз 1"))

# =================================================================== 368155
S9 = "Заявка № 368155 — уборка после ремонта (холл, лестницы)"
outlook(dt(12, 10, 30), "RE: " + S9,
        "Добрый день.\n\nЗаявку приняли, в работу поставим на 17.11.",
        D("368155", [], ACC, "Outlook reply with -----Original Message----- block"),
        quote=(DISP_FROM_OL, dt(12, 9, 44), ALEXEY[1], S9,
               disp_req_text("368155", "Поз.1 — главный холл\nПоз.2 — лестничные марши\nПоз.3 — лифтовой холл")),
        orig_style=True, irt=disp_irt("368155"))

mailru(dt(13, 9, 15), "Re: 368155",
       "Марина Викторовна,спасибо Вам большое что предупредили про лифт,что он до 20-го не работает!!! Значит будем всё "
       "ручками носить)))\nЯ девочкам скажу,чтобы брали поменьше вёдер.",
       R("thanks/acknowledgement of the dispatcher's message, nothing reported"),
       quote=(DISP_FROM, dt(12, 16, 40), "Галина Ивановна, добрый день. Учтите, пожалуйста: грузовой лифт по заявке 368155 не "
              "работает до 20.11.\n\n" + DISP_SIG))

mailru(dt(17, 8, 10), "едем",
       "Марина Викторовна,доброе утро!\nБригада в дороге на Новослободскую,20 (368155),но на Ленинградке пробка жуткая,опоздаем минут на 20,простите "
       "пожалуйста!!!",
       D("368155", [], WAY, "'бригада в дороге', number in brackets after the address, house 20 is not a position"))

outlook(dt(17, 9, 20), "Прибытие бригады",
        "Марина Викторовна, добрый день.\n\nПо обращению № 368155: прибытие бригады на объект — 09:15.",
        D("368155", [], ON, "noun form 'прибытие' with time; number only in body after 'обращению №'"))

G5TXT = ("Марина Викторовна,добрый вечер!\nп.1 и п.2 закончили (холл и лестницы),девочки ушли в 16:45. Лифтовой холл "
         "завтра,там ещё электрики работают,мешать не хотим.")
mailru(dt(17, 17, 0), "368155", G5TXT,
       D("368155", ["1", "2"], OFF, "п.1 and п.2 finished, pos 3 planned"))

mailru(dt(18, 12, 30), "Re: 368155",
       "Лифтовой холл — готово! Девочки уехали в 12:10)))\nВсё,Марина Викторовна,по этой заявке больше ничего не осталось!",
       D("368155", ["3"], OFF, "lift hall = pos 3 done; quoted older text mentions п.1/п.2"),
       quote=(DISP_FROM, dt(17, 17, 30), "Галина Ивановна, спасибо. Жду по лифтовому холлу.\n\n" + DISP_SIG +
              "\n\n17.11.2026, 17:00, Галина Ивановна:\n" + G5TXT))

# =================================================================== 368420
outlook(dt(16, 11, 0), "Заявка № 368420 принята в работу",
        "Марина Викторовна, добрый день.\n\nСообщаем, что заявка № 368420 (чистка ковров в актовом зале) принята в работу.",
        D("368420", [], ACC, "RFC 2047 windows-1251 subject"))

mailru(dt(18, 9, 40), "Re: 368420 перенос",
       "Да,поняла Вас,Марина Викторовна! Перенесём на четверг,ничего страшного))) У вас же там сегодня собрание в актовом "
       "зале,конечно не будем мешать.",
       R("acknowledgement of the dispatcher's rescheduling; plan only"),
       quote=(DISP_FROM, dt(18, 9, 10), "Галина Ивановна, по 368420: сегодня зал занят, перенесите, пожалуйста, на четверг.\n\n" + DISP_SIG))

mailru(dt(19, 10, 30), "девочки",
       "Марина Викторовна,доброе утро!\n"
       "Сегодня у меня всё кувырком)))\nДевочки на 368420 приехали в актовый зал,уже пылесосят перед химчисткой. А на 368603 "
       "завтра поедем на корпуса,как договаривались,Света старшая будет.\nИ ещё,Алёша спрашивал про акты за октябрь,когда "
       "можно подъехать?",
       R("two different requests in one letter (368420 on site, 368603 plan) plus a question"))

mailru(dt(19, 16, 0), "актовый зал 368420",
       "Марина Викторовна!\nКовры в актовом зале гoтовы,девочки закончили и ушли в 15:40. Окна мы открыли проветрить,"
       "закройте пожалуйста вечером,а то холодно.",
       D("368420", [], OFF, "finished and left 15:40; Latin o in 'гoтовы'"))

# =================================================================== 368603
mailru(dt(17, 10, 0), "Re: 368603 мойка окон корпуса 1-4",
       "Принято!!! Марина Викторовна,четыре корпуса это много,сделаем за два захода:1 и 2 в пятницу,3 и 4 в понедельник. "
       "Девочек у меня хватит)))",
       D("368603", [], ACC, "'Принято' with number only in the subject"),
       quote=(DISP_FROM, dt(17, 8, 50), disp_req_text("368603", "Мойка окон, корпуса 1–4 (по позиции на корпус).")),
       irt=disp_irt("368603"))

mailru(dt(20, 8, 0), "368603 корпуса 1 и 2",
       "Доброе утро,Марина Викторовна!\nДевочки поехали на корпус 1 и корпус 2,Света старшая,с ней Ира,Наташа и Таня. "
       "Через полчасика будут.",
       D("368603", ["1", "2"], WAY, "on the way to corpus 1 and 2 (positions 1,2 per comment)"))

mailru(dt(20, 9, 0), "368603 поз1,2",
       "Галина Ивановна просила написать вам. На месте, поз1 и поз2, начали.\nСветлана",
       D("368603", ["1", "2"], ON, "'поз1 и поз2' without space, on site"), frm=SVETA, mobile=True, sig=False)

TBL11 = ("<table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse;font-family:Arial\">"
         "<tr style=\"background:#eee\"><th>Корпус</th><th>Что сделано</th></tr>"
         "<tr><td>Корпус 1</td><td>Выполнено,девочки ушли в 17:20</td></tr>"
         "<tr><td>Корпус 2</td><td>Выполнено,ушли в 17:40</td></tr>"
         "<tr><td>Корпус 3</td><td>в понедельник 23.11</td></tr>"
         "<tr><td>Корпус 4</td><td>в понедельник 23.11</td></tr></table>")
mailru(dt(20, 18, 0), "Re: 368603 корпуса 1 и 2",
       "Марина Викторовна,добрый вечер!\nСделала Вам табличку как Алёша научил)))\n@@TABLE@@\nОкна на корпусе 2 были "
       "очень грязные,со стороны дороги особенно.",
       D("368603", ["1", "2"], OFF, "HTML table: corpus 1 and 2 done, 3 and 4 planned"), extra_html=TBL11,
       extra_plain="Корпус\tЧто сделано\nКорпус 1\tВыполнено,девочки ушли в 17:20\nКорпус 2\tВыполнено,ушли в 17:40\n"
                   "Корпус 3\tв понедельник 23.11\nКорпус 4\tв понедельник 23.11")

mailru(dt(23, 16, 0), "368603",
       "Марина Викторовна,здравствуйте!\nКорпус 3 закончили в 15:30,а на 4-м девочки ещё моют,там окна высокие,"
       "лестницу пришлось у завхоза просить. Часам к семи наверное закончат.",
       R("different statuses for different positions: pos 3 finished, pos 4 still on site"))

outlook(dt(23, 19, 0), "Заявка 368603 поз. 4 — завершение работ",
        "Марина Викторовна, добрый вечер.\n\nПо заявке 368603 поз. 4 работы завершены, бригада убыла в 18:40.",
        D("368603", ["4"], OFF, "'завершение работ', убыла 18:40"))

# =================================================================== 368871
mailru(dt(19, 13, 0), "Re: Заявка 368871",
       "Марина Викторовна,здравствуйте!\nАлёша переслал мне вашу заявку на 2 и 3 этаж,всё поняла,принимаем в работу. "
       "Начнём в понедельник,23-го.",
       D("368871", [], ACC, "accepted, start planned"),
       quote=(DISP_FROM, dt(19, 12, 5), disp_req_text("368871", "Уборка после ремонта: поз.1 — 2 этаж, поз.2 — 3 этаж.")),
       irt=disp_irt("368871"))

outlook(dt(23, 8, 40), "FW: 368871 2 этаж",
        "Марина Викторовна, пересылаю сообщение бригадира.",
        D("368871", ["1"], ON, "Outlook FW of the brigadier's message: on the 2nd floor (pos 1), started"),
        quote=("Светлана Морозова <sveta.morozova87@mail.ru>", dt(23, 8, 31), ALEXEY[1], "368871 2 этаж",
               "На 2 этаже, приступили.\nСветлана\n--\nОтправлено из мобильной Почты Mail.ru"))

inner = MIMEText("2 этаж закончили, уходим. Завтра 3 этаж.\nСветлана\n--\nОтправлено из мобильной Почты Mail.ru",
                 "plain", cset("utf-8", cs_mod.QP))
set_common(inner, dt(23, 16, 48), SVETA, "368871", "utf-8", mailru_mid(dt(23, 16, 48)), to=("Петров Алексей", ALEXEY[1]))
fw = MIMEMultipart("mixed")
fw.attach(text_part("Пересылаю.\n\n" + AL_SIG, "windows-1251", cs_mod.QP))
fw.attach(MIMEMessage(inner))
set_common(fw, dt(23, 17, 0), ALEXEY, "FW: 368871", "windows-1251", outlook_mid())
fw["X-Mailer"] = "Microsoft Outlook 16.0"
add(dt(23, 17, 0), fw, D("368871", ["1"], OFF, "forward as attachment (message/rfc822): 2nd floor finished, leaving"))

mailru(dt(24, 19, 0), "368871 третий этаж",
       "Марина Викторовна,добрый вечер!!!\nТретий этаж закончили!!! Девочки уехали в 18:30,мусор весь вывезли,"
       "Коля два рейса сделал на газельке.\nВот и ноябрь почти закончился,а работы всё больше и больше)))",
       D("368871", ["2"], OFF, "3rd floor = pos 2 finished"))

outlook(dt(25, 9, 0), "Автоматический ответ: Акт по заявке 368871",
        "Здравствуйте!\n\nЯ нахожусь в отпуске до 30.11.2026. По срочным вопросам обращайтесь к Петровой Галине Ивановне, "
        "8-916-366-21-40.",
        I("Outlook out-of-office auto-reply"), sig=False)
LETTERS[-1][1]["Auto-Submitted"] = "auto-replied"
LETTERS[-1][1]["X-Auto-Response-Suppress"] = "All"

# =================================================================== misc
outlook(dt(24, 11, 15), "Дополнительное соглашение № 3 к договору № 14/2026-К",
        "Марина Викторовна, добрый день.\n\nНаправляем на согласование проект дополнительного соглашения № 3 к договору "
        "№ 14/2026-К от 12.01.2026 (изменение расценок на мойку окон с 01.12.2026). Просим рассмотреть и сообщить замечания.",
        R("contract talk, no request, no status"))

mailru(dt(25, 9, 50), "девочки выехали",
       "Марина Викторовна,здравствуйте!\nДевочки уже выехали,будут к 10,как Вы просили. Света за старшую.\n"
       "Погода сегодня ужасная,снег с дождём,надеюсь доедут без приключений...",
       R("no request number at all"))

nl = MIMEMultipart("alternative")
nl.attach(text_part("Чистый Дом Плюс — ноябрьские акции!\n\nСкидка 20% на химчистку ковров и мягкой мебели до 30 ноября.\n"
                    "Мойка окон после зимы — предзаказ со скидкой 10%.\n\nОтписаться: https://chistydom-plus.ru/unsubscribe?u=366",
                    "utf-8", cs_mod.BASE64))
nl.attach(text_part("<html><body><h2>Ноябрьские акции</h2><p>Скидка <b>20%</b> на химчистку ковров и мягкой мебели до 30 ноября.</p>"
                    "<p>Мойка окон — предзаказ со скидкой 10%.</p><p><a href=\"https://chistydom-plus.ru/unsubscribe?u=366\">"
                    "Отписаться от рассылки</a></p></body></html>", "utf-8", cs_mod.BASE64, "html"))
set_common(nl, dt(20, 12, 0, 0), NEWS, "Скидка 20% на химчистку ковров до конца ноября!", "utf-8",
           "<news.202611201200.366@chistydom-plus.ru>", to=("Клиенты", "dispatch@zakazchik-omis.ru"))
nl["List-Unsubscribe"] = "<https://chistydom-plus.ru/unsubscribe?u=366>, <mailto:unsubscribe@chistydom-plus.ru>"
nl["List-Id"] = "Chistyj Dom Plus news <news.chistydom-plus.ru>"
nl["Precedence"] = "bulk"
nl["X-Mailer"] = "UniSender"
add(dt(20, 12, 0, 0), nl, I("company newsletter / bulk mail"))


# ---------------------------------------------------------------- write
def main():
    ldir = os.path.join(OUT, "letters")
    os.makedirs(ldir, exist_ok=True)
    for f in os.listdir(ldir):
        if f.endswith(".eml"):
            os.remove(os.path.join(ldir, f))
    labels = {}
    for i, (when, msg, label) in enumerate(sorted(LETTERS, key=lambda x: x[0]), 1):
        name = "%03d.eml" % i
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False).flatten(msg)
        data = buf.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(ldir, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print("letters:", len(labels))


if __name__ == "__main__":
    main()
