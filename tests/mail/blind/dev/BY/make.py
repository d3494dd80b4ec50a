#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona BY:
ООО «СпортДворСервис» (Подольск) — ремонт детских/спортивных площадок и уличных тренажёров.
Бригадир Бахтиёр Юсупов (Android Gmail, иногда общий ящик info@ через The Bat! на офисном ПК),
офис-менеджер Ирина Сергеевна Ковалёва (Outlook 2016, windows-1251/utf-8).

Run:  python3 make.py   -> letters/NNN.eml, labels.json, registry.json
"""
import json
import os
import random
import html
from datetime import datetime, timedelta, timezone

import email.charset as ec
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.mime.application import MIMEApplication
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS_DIR = os.path.join(HERE, "letters")
RND = random.Random(410233)
MSK = timezone(timedelta(hours=3))

# ---------------------------------------------------------------- people
BAH_NAME = "Бахтиёр Юсупов"
BAH = "bahtiyor.yusupov87@gmail.com"
INFO = "info@sportdvor-servis.ru"
IRINA_NAME = "Ковалёва Ирина Сергеевна"
IRINA = "i.kovaleva@sportdvor-servis.ru"
NEWS = "news@sportdvor-servis.ru"
DAEMON = "MAILER-DAEMON@sportdvor-servis.ru"
OLD_BAH = "yusupov@sportdvor-servis.ru"   # старый, удалённый ящик (для bounce)
DISP_NAME = "Диспетчерская ОМИС"
DISP = "dispatch@zakazchik-omis.ru"

IRINA_SIG = (
    "С уважением,\n"
    "Ковалёва Ирина Сергеевна\n"
    "офис-менеджер ООО «СпортДворСервис»\n"
    "142100, Московская обл., г. Подольск, ул. Комсомольская, д. 1, оф. 14\n"
    "тел. +7 (4967) 63-40-18, моб. +7 926 117-52-09\n"
    "ИНН 5036171234 / КПП 503601001"
)
THEBAT_SIG = (
    "--\n"
    "С уважением,\n"
    " ООО \"СпортДворСервис\"                  mailto:info@sportdvor-servis.ru\n"
    " тел. +7 (4967) 63-40-18"
)

REGISTRY = {
    "contractor": {
        "name": "ООО «СпортДворСервис»",
        "emails": [BAH, INFO, IRINA, NEWS, DAEMON],
        "domains": ["sportdvor-servis.ru"],
    },
    "requests": [
        {"number": "410233", "positions": ["1", "2"],
         "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ул. Кирова: поз. 1 — детская площадка у д. 12 (замена подвеса качелей); "
                    "поз. 2 — детская площадка у д. 14 (ремонт ската горки)"},
        {"number": "410241", "positions": ["1"],
         "registered_at": "2026-11-02T11:40:00+03:00",
         "comment": "поз. 1 — корт МБОУ СОШ № 5 (школы №5), ул. Советская, д. 20: ремонт ограждения"},
        {"number": "410258", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-03T08:30:00+03:00",
         "comment": "поз. 1 — воркаут-площадка в парке им. Талалихина; поз. 2 — уличные тренажёры у д. 7 "
                    "по ул. Парковой; поз. 3 — уличные тренажёры у д. 9 по ул. Парковой"},
        {"number": "410266", "positions": ["1", "2"],
         "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "мкр. Кузнечики, ул. Генерала Смирнова, д. 4: поз. 1 — ворота мини-футбольной площадки; "
                    "поз. 2 — баскетбольная стойка (замена щита)"},
        {"number": "410271", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-06T09:00:00+03:00",
         "comment": "детские площадки по ул. Юбилейной: поз. 1 — у д. 30, поз. 2 — у д. 32, "
                    "поз. 3 — у д. 34, поз. 4 — у д. 36 (песочницы, резиновое покрытие)"},
        {"number": "410289", "positions": ["1"],
         "registered_at": "2026-11-09T08:45:00+03:00",
         "comment": "поз. 1 — спортплощадка МАОУ «Гимназия № 7»: перекладина турника, брусья"},
        {"number": "410302", "positions": ["1", "2"],
         "registered_at": "2026-11-10T13:20:00+03:00",
         "comment": "Климовск, ул. Заводская: поз. 1 — площадка у д. 3 (карусель); "
                    "поз. 2 — площадка у д. 5 (качалка-балансир)"},
        {"number": "410315", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-12T09:30:00+03:00",
         "comment": "спортплощадка ул. Ленинградская, д. 9: поз. 1 — хоккейная коробка (борта); "
                    "поз. 2 — уличные тренажёры; поз. 3 — лавки трибуны"},
        {"number": "410327", "positions": ["1", "2"],
         "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "Октябрьский проспект: поз. 1 — площадка у д. 15 (игровой комплекс); "
                    "поз. 2 — площадка у д. 17 (качели-гнездо)"},
        {"number": "410340", "positions": ["1"],
         "registered_at": "2026-11-17T10:10:00+03:00",
         "comment": "поз. 1 — корт МБОУ СОШ № 24 (школы №24), ул. Академика Доллежаля, д. 4: сетка, покрытие"},
        {"number": "410356", "positions": ["1", "2"],
         "registered_at": "2026-11-19T09:00:00+03:00",
         "comment": "ул. 43-й Армии: поз. 1 — площадка у д. 2; поз. 2 — площадка у д. 6 "
                    "(демонтаж аварийного оборудования, подготовка к зиме)"},
        {"number": "410368", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-23T08:30:00+03:00",
         "comment": "Революционный проспект: поз. 1 — скейт-площадка (рампа); поз. 2 — воркаут-площадка; "
                    "поз. 3 — детская площадка у д. 52"},
    ],
}

# ------------------------------------------------------ dispatcher texts (quoted)
DQ = {
    "410233": "Добрый день!\nНаправляем заявку № 410233.\nПоз. 1 — детская площадка у д. 12 по ул. Кирова: "
              "замена подвеса качелей.\nПоз. 2 — детская площадка у д. 14 по ул. Кирова: ремонт ската горки.\n"
              "Просим подтвердить принятие и сообщать о выезде, прибытии и убытии бригады.\n\n"
              "Диспетчер Панова Е.А.\nДиспетчерская служба ОМИС",
    "410241": "Добрый день!\nНаправляем заявку № 410241: корт МБОУ СОШ № 5 (ул. Советская, д. 20) — "
              "ремонт ограждения, поз. 1.\nПросим подтвердить.\n\nДиспетчер Панова Е.А.\nДиспетчерская служба ОМИС",
    "410241b": "Принято. Охрана школы предупреждена, пропуск на Газель К 417 ОР 750 оформлен.\nПанова",
    "410266": "Добрый день.\nНаправляем заявку № 410266, мкр. Кузнечики, ул. Генерала Смирнова, д. 4.\n"
              "Поз. 1 — ворота мини-футбольного поля (сварка рамы, сетка).\n"
              "Поз. 2 — баскетбольная стойка (замена щита).\nДиспетчер Панова Е.А.",
    "410271": "Направляем заявку № 410271 от 06.11.2026.\nДетские площадки по ул. Юбилейной:\n"
              "1. у д. 30 — ремонт песочницы;\n2. у д. 32 — ремонт песочницы, подклейка покрытия;\n"
              "3. у д. 34 — замена резинового покрытия (12 кв. м);\n4. у д. 36 — замена резинового покрытия (8 кв. м).\n"
              "Срок выполнения — до 20.11.2026.\n\nДиспетчер Лапин С.В.\nДиспетчерская служба ОМИС\nтел. +7 (4967) 52-00-71",
    "410289": "Заявка № 410289. Спортплощадка МАОУ «Гимназия № 7»: замена перекладины турника, ремонт брусьев.\n"
              "Прошу подтвердить получение.\nДиспетчер Панова Е.А.",
    "410302": "Заявка № 410302, г.о. Подольск, мкр. Климовск, ул. Заводская.\nПоз. 1 — д. 3, карусель (люфт, скрип).\n"
              "Поз. 2 — д. 5, качалка-балансир (трещина балки).\nДиспетчер Лапин С.В.",
    "410315q": "Ирина Сергеевна, добрый день.\nПо заявке 410315 поз. 3 — просьба проверить на месте количество лавок "
               "под замену и сообщить до начала работ.\nЛапин С.В.\nДиспетчерская служба ОМИС",
    "410327": "Направляем заявку № 410327: Октябрьский пр-т, поз. 1 — д. 15 (игровой комплекс, замена ступеней), "
              "поз. 2 — д. 17 (качели-гнездо, замена подвеса).\nДиспетчер Панова Е.А.",
    "410340": "Направляем заявку № 410340: корт МБОУ СОШ № 24 (ул. Академика Доллежаля, д. 4) — замена сетки, "
              "ремонт покрытия. Поз. 1.\nДиспетчер Панова Е.А.",
    "410356": "Заявка № 410356. Площадки у д. 2 (поз. 1) и д. 6 (поз. 2) по ул. 43-й Армии — демонтаж аварийного "
              "оборудования, подготовка к зиме.\nДиспетчер Лапин С.В.",
    "410368": "Заявка № 410368, Революционный проспект: поз. 1 — скейт-площадка (рампа), поз. 2 — воркаут, "
              "поз. 3 — детская площадка у д. 52.\nПросим принять в работу.\nДиспетчер Панова Е.А.",
    "photo": "Бахтиёр, добрый вечер.\nПросьба по каждой позиции присылать фото до и после работ, "
             "иначе заказчик не подпишет акт.\nПанова Е.А.",
    "410368akt": "Бахтиёр, по заявке 410368 нужен ваш подписанный акт до 30.11.\nПанова Е.А.",
}

# ---------------------------------------------------------------- helpers
RU_WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MON_G = {11: "нояб."}


def dt(day, hh, mm, ss=None):
    if ss is None:
        ss = RND.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


def hexid(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RND.choice(abc) for _ in range(n))


def gmail_msgid():
    return "<CAF%s=%s@mail.gmail.com>" % (alnum(17), alnum(22))


def outlook_msgid(dom="sportdvor-servis.ru"):
    return "<%s$%s$%s$@%s>" % ("0000" + hexid(8), hexid(8), hexid(8), dom)


def thebat_msgid(d):
    return "<%s.%s@sportdvor-servis.ru>" % (RND.randint(100000000, 1999999999), d.strftime("%Y%m%d%H%M%S"))


def disp_msgid():
    return "<%s.%s@mail.zakazchik-omis.ru>" % (hexid(16), hexid(8))


def gmail_attr(d, name, addr):
    return "%s, %d %s %d г. в %s, %s <%s>:" % (RU_WD[d.weekday()], d.day, RU_MON_G[d.month], d.year,
                                                 d.strftime("%H:%M"), name, addr)


def outlook_block(frm, d, to, subj):
    return ("От: %s\nОтправлено: %s, %d ноября %d г. %s\nКому: %s\nТема: %s" %
            (frm, RU_WD_FULL[d.weekday()], d.day, d.year, d.strftime("%H:%M"), to, subj))


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def textpart(text, subtype="plain", charset="utf-8", cte="base64"):
    cs = ec.Charset(charset)
    if cte == "base64":
        cs.body_encoding = ec.BASE64
    elif cte == "qp":
        cs.body_encoding = ec.QP
    else:                       # 7bit / 8bit, decided by content
        cs.body_encoding = None
    return MIMEText(text, subtype, cs)


def esc(t):
    return html.escape(t).replace("\n", "<br>\n")


def set_common(msg, frm, to, subject, d, msgid, charset="utf-8", in_reply_to=None, cc=None):
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    try:
        subject.encode("ascii")
        msg["Subject"] = subject
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, charset)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to


def addr(name, a, charset="utf-8"):
    return formataddr((name, a), charset=charset)


DISP_ADDR = addr(DISP_NAME, DISP)


# ------------------------------------------------------------ client builders
def gmail(d, subject, text, quote=None, qhdr=None, bottom=False, cte=None, reply=False,
          frm=None, extra_headers=None):
    """Android Gmail: multipart/alternative, UTF-8, base64 or QP (7bit if ASCII)."""
    frm = frm or addr(BAH_NAME, BAH)
    plain = text
    html_body = '<div dir="auto">%s</div>' % esc(text)
    if quote:
        qhdr = qhdr or gmail_attr(d - timedelta(hours=1), DISP_NAME, DISP)
        qplain = qhdr + "\n\n" + quote_gt(quote) + "\n"
        qhtml = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                 'padding-left:1ex">%s</blockquote></div>' % (html.escape(qhdr), esc(quote)))
        if bottom:
            plain = qplain + "\n" + text + "\n"
            html_body = qhtml + '<div dir="auto"><br></div>' + html_body
        else:
            plain = text + "\n\n" + qplain
            html_body = html_body + qhtml
    full = plain + ("\n" if not plain.endswith("\n") else "")
    if cte is None:
        try:
            full.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = RND.choice(["base64", "qp"])
    msg = MIMEMultipart("alternative", boundary="0000000000" + hexid(16))
    msg.attach(textpart(full, "plain", "utf-8", cte))
    msg.attach(textpart(html_body + "\n", "html", "utf-8", cte if cte != "7bit" else "qp"))
    set_common(msg, frm, DISP, subject, d, gmail_msgid(),
               in_reply_to=disp_msgid() if reply else None)
    if extra_headers:
        for k, v in extra_headers:
            msg[k] = v
    return msg


def outlook(d, subject, text, html_body=None, charset="windows-1251", cte="qp", quote_block=None,
            quote_text=None, original_style=False, html_only=False, reply=False, frm=None, attachments=None):
    """Outlook 2016 (Ирина): multipart/alternative, windows-1251 or utf-8."""
    frm = frm or addr("Ирина Ковалёва", IRINA, charset)
    plain = text
    if quote_block:
        if original_style:
            plain = text + "\n\n-----Original Message-----\n" + quote_block + "\n\n" + quote_text + "\n"
        else:
            plain = text + "\n\n" + quote_block + "\n\n" + quote_text + "\n"
    if html_body is None:
        paras = "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html.escape(l) if l else "&nbsp;")
                        for l in plain.split("\n"))
        html_body = paras
    html_doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head>'
                '<meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
                '<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n%s</div></body></html>\n'
                % (charset, html_body))
    if html_only:
        body = textpart(html_doc, "html", charset, cte)
    else:
        body = MIMEMultipart("alternative", boundary="----=_NextPart_001_%s_%s.%s" % (
            hexid(4).upper(), hexid(8).upper(), hexid(8).upper()))
        body.attach(textpart(plain + "\n", "plain", charset, cte))
        body.attach(textpart(html_doc, "html", charset, cte))
    if attachments:
        msg = MIMEMultipart("mixed", boundary="----=_NextPart_000_%s_%s.%s" % (
            hexid(4).upper(), hexid(8).upper(), hexid(8).upper()))
        msg.attach(body)
        for a in attachments:
            msg.attach(a)
    else:
        msg = body
    set_common(msg, frm, addr(DISP_NAME, DISP, charset), subject, d, outlook_msgid(), charset,
               in_reply_to=disp_msgid() if reply else None)
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = "AQH" + alnum(29) + "=="
    msg["Content-Language"] = "ru"
    return msg


def koi(t):
    # KOI8-R has no №, dashes or guillemets: The Bat! substitutes them
    for a, b in (("№", "N"), ("—", "-"), ("–", "-"), ("«", '"'), ("»", '"')):
        t = t.replace(a, b)
    return t


def thebat(d, subject, text, quote=None, qdate=None, charset="koi8-r", cte="8bit", reply=False):
    """The Bat! on the office PC (общий ящик info@), KOI8-R, 8bit, 'ДС>' quoting."""
    subject, text = koi(subject), koi(text)
    quote = koi(quote) if quote else quote
    body = "Здравствуйте, Диспетчерская служба.\n\n" + text + "\n\n"
    if quote:
        body += "Вы писали %d ноября 2026 г., %s:\n\n%s\n\n" % (qdate.day, qdate.strftime("%H:%M"),
                                                              quote_gt(quote, "ДС> "))
    body += THEBAT_SIG + "\n"
    msg = textpart(body, "plain", charset, None if cte == "8bit" else cte)
    set_common(msg, addr("СпортДворСервис", INFO, charset), DISP, subject, d, thebat_msgid(d), charset,
               in_reply_to=disp_msgid() if reply else None)
    msg["X-Mailer"] = "The Bat! (v9.4.5) Professional"
    msg["Reply-To"] = INFO
    msg["X-Priority"] = "3 (Normal)"
    return msg


# ---------------------------------------------------------------- letters
L = []   # (datetime, msg, label)


def add(d, msg, label):
    L.append((d, msg, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, ROAD, SITE, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ======================= 410233 — ул. Кирова
d = dt(2, 10, 2)
add(d, gmail(d, "Re: Заявка № 410233 ул. Кирова",
             "Здраствуйте принял заявка. завтра утром выехать Кирова качели и горка\nБахтиёр",
             quote=DQ["410233"], qhdr=gmail_attr(dt(2, 9, 20), DISP_NAME, DISP), reply=True),
    dec("410233", [], ACC, "«принял заявка»; «завтра выехать» — only a plan; number in Re: subject"))

d = dt(3, 8, 47)
add(d, gmail(d, "410233", "vyehali na 410233 kirova 12 kacheli"),
    dec("410233", ["1"], ROAD, "Latin keyboard: «выехали на ... Кирова 12» = on the way; Кирова 12 is поз. 1"))

d = dt(3, 9, 21)
add(d, gmail(d, "Re: Заявка № 410233 ул. Кирова",
             "мы приехал площадка Кирова 12 начинать работа подвес менять",
             quote=DQ["410233"], qhdr=gmail_attr(dt(2, 9, 20), DISP_NAME, DISP), reply=True),
    dec("410233", ["1"], SITE, "number only in the Re: subject; «приехал Кирова 12» = поз. 1 on site; "
                               "quoted dispatcher text mentions поз. 2 but is history"))

d = dt(3, 12, 31)
add(d, gmail(d, "410323",
             "410323 качели подвес поменял 2 шт цепь новый. закончил работа Кирова 12 уехали на 14 дом"),
    rev("request number 410323 is not in the registry (digits swapped; office corrects it in the next letter)"))

d = dt(3, 13, 5)
add(d, outlook(d, "Исправление номера заявки: 410233 (ранее ошибочно 410323)",
               "Добрый день!\n\nБригадир Юсупов Б. в письме в 12:31 ошибся в номере заявки: указан № 410323, "
               "правильный номер — 410233.\nПо первой позиции (детская площадка у д. 12 по ул. Кирова) работы "
               "выполнены: заменены подвесы качелей, бригада убыла с объекта в 12:25.\n"
               "Приносим извинения за путаницу.\n\n" + IRINA_SIG, charset="windows-1251", cte="qp"),
    dec("410233", ["1"], LEFT, "office correction of the wrong number; reports поз. 1 finished, crew left at 12:25"))

d = dt(3, 13, 42)
add(d, gmail(d, "410233-2", "на месте горка Кирова 14 скат трещина менять будем"),
    dec("410233", ["2"], SITE, "position after dash in subject; Кирова 14 = поз. 2; on site"))

d = dt(3, 16, 58)
q = gmail_attr(dt(3, 13, 42), BAH_NAME, BAH) + "\n\n" + quote_gt("на месте горка Кирова 14 скат трещина менять будем")
add(d, gmail(d, "Re: 410233-2",
             "410233 поз2 скат поставил новый болты М10 затянул все нормально. уехали с Кирова 14\n\n" + q),
    dec("410233", ["2"], LEFT, "«уехали с Кирова 14» = left FROM the site; М10 is a bolt size; quote is his own earlier letter"))

d = dt(5, 7, 55)
add(d, gmail(d, "Re: Фото по заявке 410233", "ha понял фото буду присылать rahmat",
             quote=DQ["photo"], qhdr=gmail_attr(dt(3, 18, 10), "Панова Елена", DISP), reply=True),
    rev("acknowledgement of the dispatcher's request for photos (ha/rahmat), no status"))

# ======================= 410241 — корт школы №5
d = dt(2, 12, 15)
ob = outlook_block("Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]", dt(2, 11, 42),
                   "Ирина Ковалёва <i.kovaleva@sportdvor-servis.ru>", "Заявка № 410241 — корт школы № 5")
add(d, outlook(d, "RE: Заявка № 410241 — корт школы № 5",
               "Добрый день, Елена Александровна!\n\nЗаявку № 410241 (корт МБОУ СОШ № 5) приняли в работу. "
               "Выезд бригады ориентировочно 05.11, после праздника.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="base64", quote_block=ob, quote_text=DQ["410241"], reply=True),
    dec("410241", [], ACC, "accepted; «выезд ориентировочно 05.11» is a plan; Outlook header-block quote below"))

d = dt(5, 8, 10)
add(d, thebat(d, "410241 корт школа 5", "корт школа №5 (410241) бригада выехали сварка взяли с собой"),
    dec("410241", [], ROAD, "number in brackets after the address; «бригада выехали» = on the way; KOI8-R 8bit"))

d = dt(5, 8, 57)
add(d, gmail(d, "Re: 410241 корт школа 5", "ha мы на месте уже ограждение смотрим 3 секция менять",
             quote=DQ["410241b"], qhdr=gmail_attr(dt(5, 8, 20), "Панова Елена", DISP), reply=True),
    dec("410241", [], SITE, "ha = да, on site; «3 секция» is a fence section, car plate only in the quote"))

d = dt(5, 14, 33)
add(d, gmail(d, "Re: Re: 410241 корт школа 5",
             "закончил работа корт школа 5. сетка 3 секция сварил, новый столб 1 шт поставил. уехал"),
    dec("410241", [], LEFT, "work finished, left; «3 секция», «1 шт» are not positions"))

d = dt(6, 10, 20)
pdf = MIMEApplication(b"%PDF-1.4\n% fake scan of act 118\n%%EOF\n", "pdf")
pdf.add_header("Content-Disposition", "attachment", filename=("windows-1251", "", "Акт_118_от_05.11.2026.pdf"))
add(d, outlook(d, "Акт и счёт по заявке 410241",
               "Добрый день!\n\nНаправляем акт выполненных работ № 118 от 05.11.2026 и счёт на оплату № 241 "
               "от 06.11.2026 по заявке 410241 (корт школы № 5) на сумму 48 600,00 руб., НДС не облагается.\n"
               "Просим подписать акт и вернуть скан, оригиналы передадим курьером.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="qp", attachments=[pdf]),
    rev("documents/payment talk (act № 118, invoice № 241), no status report"))

# ======================= 410258 — парк Талалихина / Парковая
d = dt(3, 9, 5)
add(d, outlook(d, "Заявка 410258 — принята",
               "Здравствуйте!\n\nЗаявку 410258 (воркаут в парке Талалихина, уличные тренажёры у д. 7 и д. 9 "
               "по ул. Парковой) получили и взяли в работу. Ответственный — бригадир Юсупов Бахтиёр, "
               "моб. +7 916 482-17-35.\nСроки — 6–9 ноября, точнее сообщим дополнительно.\n\n" + IRINA_SIG,
               charset="utf-8", cte="qp"),
    dec("410258", [], ACC, "accepted into work; phone number is not a request number"))

d = dt(6, 8, 28)
add(d, gmail(d, "#410258 парк", "сейчас выехать парк Талалихина воркаут поз 1"),
    dec("410258", ["1"], ROAD, "«сейчас выехать» (infinitive) = we are leaving now → on the way; поз 1"))

d = dt(6, 9, 16)
# Latin look-alikes: e (U+0065) and a (U+0061) inside Cyrillic words
add(d, gmail(d, "410258 (1)", "на мeсте пaрк турник шатается будем варить"),
    dec("410258", ["1"], SITE, "position in brackets in subject; Latin 'e'/'a' inside «на месте», «парк»"))

d = dt(6, 15, 44)
fw = outlook_block("Бахтиёр Юсупов <bahtiyor.yusupov87@gmail.com>", dt(6, 15, 22),
                   "Ирина Ковалёва <i.kovaleva@sportdvor-servis.ru>", "410258 (1)")
add(d, outlook(d, "FW: 410258 (1)",
               "Коллеги, добрый день.\nПересылаю сообщение бригадира по заявке 410258.\n\n"
               "С уважением, Ковалёва И.С.",
               charset="windows-1251", cte="qp", quote_block=fw,
               quote_text="Ирина Сергеевна воркаут парк закончили турник приварили, покраска весна потому что "
                          "холодно. уехали 15:20"),
    dec("410258", ["1"], LEFT, "Outlook forward of the foreman's report: поз. 1 finished, left 15:20; painting in spring is a plan"))

d = dt(9, 8, 5)
add(d, gmail(d, "410258 поз 2,3", "Парковая 7 и 9 тренажеры сейчас ехать"),
    dec("410258", ["2", "3"], ROAD, "«сейчас ехать» = travelling now; Парковая 7 и 9 = поз. 2 и 3 (also in subject)"))

d = dt(9, 13, 12)
add(d, gmail(d, "410258", "Парковая 7 закончил уехали на 9 дом там сейчас работаем"),
    rev("different statuses for different positions: поз. 2 finished/left, поз. 3 on site"))

d = dt(9, 16, 47)
add(d, gmail(d, "410258 п3", "410258 п3 готово уехал. эллипс тренажер ручка поменял"),
    dec("410258", ["3"], LEFT, "«п3 готово уехал»"))

# ======================= 410266 — Кузнечики
d = dt(5, 10, 42)
add(d, thebat(d, "Re: Заявка № 410266 мкр. Кузнечики",
              "принял заявка ворота футбол и стойка баскетбол. Юсупов",
              quote=DQ["410266"], qdate=dt(5, 10, 5), reply=True),
    dec("410266", [], ACC, "accepted; The Bat! 'ДС>' quote of the dispatcher's request"))

d = dt(10, 17, 20)
add(d, gmail(d, "410266 Кузнечики",
             "Здраствуйте. 410266 завтра выехать не можем сварочный аппарат сломал ремонт. четверг поедем"),
    rev("negation + plan: «завтра выехать не можем», «четверг поедем»"))

d = dt(12, 8, 5)
add(d, gmail(d, "410266 Кузнечики", "Кузнечики Генерала Смирнова 4 выехали 2 машины 410266"),
    dec("410266", [], ROAD, "«выехали» = on the way; «2 машины» = two vehicles, not position 2; Смирнова 4 is the address of both positions"))

d = dt(12, 14, 20)
add(d, outlook(d, "Заявка № 410266: ворота — выполнено",
               "Добрый день!\n\nПо заявке № 410266, позиция 1 (ворота мини-футбольного поля, ул. Генерала "
               "Смирнова, д. 4): работы выполнены, бригада убыла в 14:05.\n"
               "По второй позиции (баскетбольная стойка) работы продолжим 13.11 с утра.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="base64"),
    dec("410266", ["1"], LEFT, "поз. 1 done and left; поз. 2 only planned"))

d = dt(13, 8, 40)
add(d, gmail(d, "410266 поз 3", "410266 поз 3 баскетбол стойка приехали щит менять"),
    rev("position 3 does not exist in 410266 (only 1, 2); description suggests поз. 2 — conflict, not recordable"))

d = dt(13, 11, 34)
add(d, gmail(d, "410266/2", "stoyka basketbol shit pomenyal gotovo uehali 410266/2"),
    dec("410266", ["2"], LEFT, "transliterated: щит поменял, готово, уехали; 410266/2 = поз. 2"))

# ======================= 410271 — ул. Юбилейная
d = dt(6, 9, 40)
ob = ("From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nSent: Friday, November 06, 2026 9:05 AM\n"
      "To: Ирина Ковалёва\nSubject: Заявка № 410271 от 06.11.2026")
add(d, outlook(d, "RE: Заявка № 410271 от 06.11.2026",
               "Добрый день!\nПринято в работу.\n\n" + IRINA_SIG,
               charset="utf-8", cte="base64", quote_block=ob, quote_text=DQ["410271"], original_style=True,
               reply=True),
    dec("410271", [], ACC, "«Принято в работу»; number only in RE: subject and the -----Original Message----- quote"))

d = dt(10, 8, 20)
add(d, gmail(d, "Юбилейная", "Юбилейная 30 (410271) и 32 дом выехали"),
    dec("410271", ["1", "2"], ROAD, "number in brackets after the address; д. 30 и 32 = поз. 1 и 2"))

d = dt(10, 9, 50)
table = (
    '<p class=MsoNormal>Добрый день!<o:p></o:p></p>\n'
    '<p class=MsoNormal>Статус работ по заявке № 410271 на 10.11.2026, 09:45:<o:p></o:p></p>\n'
    '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
    '<tr><td><b>№ поз.</b></td><td><b>Адрес</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>\n'
    '<tr><td>1</td><td>ул. Юбилейная, д. 30</td><td>бригада на месте</td><td>09:30</td></tr>\n'
    '<tr><td>2</td><td>ул. Юбилейная, д. 32</td><td>бригада на месте</td><td>09:35</td></tr>\n'
    '<tr><td>3</td><td>ул. Юбилейная, д. 34</td><td>выезд запланирован на 12.11</td><td>—</td></tr>\n'
    '<tr><td>4</td><td>ул. Юбилейная, д. 36</td><td>выезд запланирован на 12.11</td><td>—</td></tr>\n'
    '</table>\n<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n'
    + "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % html.escape(l) for l in IRINA_SIG.split("\n"))
)
add(d, outlook(d, "Заявка 410271 — статус на 10.11, 09:45", "", html_body=table, charset="windows-1251",
               cte="qp", html_only=True),
    dec("410271", ["1", "2"], SITE, "HTML-only table, one row per position: 1 and 2 on site, 3 and 4 only planned"))

d = dt(10, 16, 33)
add(d, gmail(d, "Re: Юбилейная",
             "410271 п1 п2 закончил. песочница доска новый, покрытие клей сохнуть. уехали",
             quote="Юбилейная 30 (410271) и 32 дом выехали",
             qhdr=gmail_attr(dt(10, 8, 20), BAH_NAME, BAH)),
    dec("410271", ["1", "2"], LEFT, "п1 п2 finished, left"))

d = dt(11, 18, 10)
add(d, gmail(d, "410271 вопрос",
             "Здраствуйте. завтра 34 дом Юбилейная там всегда машина стоит на площадка где покрытие. можно "
             "позвонить управляющий компания чтоб убрали? серый солярис А123ВС190"),
    rev("question/request for help, plan for tomorrow; car plate is not a request number"))

d = dt(12, 8, 55)
add(d, thebat(d, "Заявка 410271 поз.3, поз.4",
              "Заявка 410271 поз.3 и поз.4 бригада на месте с 8:40. машина убрали rahmat"),
    dec("410271", ["3", "4"], SITE, "поз.3 и поз.4 on site since 8:40; thanks is incidental"))

d = dt(12, 17, 7)
add(d, gmail(d, "410271 34 36", "все готово 34 и 36 дом. уехали домой"),
    dec("410271", ["3", "4"], LEFT, "д. 34 и 36 = поз. 3 и 4, done, left"))

# ======================= 410289 — гимназия №7
d = dt(9, 9, 2)
rr = MIMEMultipart("report", report_type="disposition-notification",
                   boundary="----=_NextPart_000_" + hexid(4).upper() + "_01DB" + hexid(4).upper())
rr.attach(textpart("Ваше сообщение\n\n  Кому: Ирина Ковалёва\n  Тема: Заявка № 410289 гимназия № 7\n"
                   "  Отправлено: 09.11.2026 8:50\n\nбыло прочитано 09.11.2026 9:02.\n",
                   "plain", "windows-1251", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: sportdvor-servis.ru; Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822;i.kovaleva@sportdvor-servis.ru\n"
                "Original-Message-ID: " + disp_msgid() + "\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
set_common(rr, addr("Ирина Ковалёва", IRINA, "windows-1251"), DISP_ADDR,
           "Прочитано: Заявка № 410289 гимназия № 7", d, outlook_msgid(), "windows-1251")
rr["X-Mailer"] = "Microsoft Outlook 16.0"
add(d, rr, ign("Outlook read receipt (disposition-notification)"))

d = dt(9, 9, 30)
add(d, gmail(d, "Re: Заявка № 410289 гимназия № 7", "ha принял 410289",
             quote=DQ["410289"], qhdr=gmail_attr(dt(9, 8, 50), DISP_NAME, DISP), reply=True),
    dec("410289", [], ACC, "«ha принял» = да, принял"))

d = dt(11, 8, 38)
add(d, gmail(d, "410289", "гимназия 7 едем будем минут 20"),
    dec("410289", [], ROAD, "«едем, будем минут через 20» = on the way"))

d = dt(11, 11, 58)
add(d, gmail(d, "Re: 410289",
             "гимназия 7 брусья перекладина поменял закончил. охранник журнал расписался. выехали обратно база"),
    dec("410289", [], LEFT, "finished; «выехали обратно база» = left the site for the base (not «в пути» to the site)"))

# ======================= 410302 — Климовск
d = dt(10, 14, 0)
add(d, outlook(d, "Заявка 410302 (Климовск) — принята в работу",
               "Добрый день!\n\nЗаявка 410302 принята. Работы в Климовске (ул. Заводская, д. 3 и д. 5) "
               "планируем на 16–17 ноября, о выезде бригада сообщит отдельно.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="qp"),
    dec("410302", [], ACC, "accepted; dates are a plan"))

d = dt(16, 7, 58)
add(d, gmail(d, "Klimovsk vyehali 410302", "vyehali Klimovsk Zavodskaya 410302"),
    dec("410302", [], ROAD, "transliterated «выехали Климовск Заводская», both addresses of the request → whole request"))

d = dt(16, 9, 6)
add(d, gmail(d, "Re: Klimovsk vyehali 410302", "приехали Заводская 3 карусель П1",
             quote="vyehali Klimovsk Zavodskaya 410302", qhdr=gmail_attr(dt(16, 7, 58), BAH_NAME, BAH)),
    dec("410302", ["1"], SITE, "Re: subject names the old status (выехали); body says arrived at П1 (Заводская 3)"))

d = dt(16, 11, 40)
add(d, gmail(d, "410302 карусель подшипник",
             "карусель подшипник 6206-2RS разбит нет у нас надо заказать 3 дня придет. потом доделать"),
    rev("problem report + plan (bearing 6206-2RS on order), no status change reported"))

d = dt(17, 10, 20)
fw = outlook_block("Бахтиёр Юсупов <bahtiyor.yusupov87@gmail.com>", dt(16, 16, 10),
                   "Ирина Ковалёва <i.kovaleva@sportdvor-servis.ru>", "Заводская 5")
add(d, outlook(d, "FW: Заводская 5 — заявка 410302",
               "Добрый день!\nПересылаю информацию от бригадира по заявке 410302, вторая позиция "
               "(ул. Заводская, д. 5). По первой позиции ожидаем подшипник.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="base64", quote_block=fw,
               quote_text="Заводская 5 качалка балансир поменял все уехал"),
    dec("410302", ["2"], LEFT, "forward: поз. 2 balancer replaced, crew left; поз. 1 still waiting (no status)"))

d = dt(19, 13, 15)
add(d, gmail(d, "410302 П1", "410302 П1 подшипник пришел поставил карусель крутится нормально. закончил. уехали с Климовск"),
    dec("410302", ["1"], LEFT, "П1 finished, left"))

# ======================= 410315 — Ленинградская 9
d = dt(12, 10, 2)
add(d, thebat(d, "заявка 410315", "заявка 410315 принял в работу коробка Ленинградская. Юсупов"),
    dec("410315", [], ACC, "accepted into work"))

d = dt(13, 11, 10)
ooo = textpart("Здравствуйте!\n\nЯ нахожусь вне офиса 13.11.2026 и не имею доступа к почте.\n"
               "По срочным вопросам обращайтесь к бригадиру Юсупову Бахтиёру, +7 916 482-17-35, "
               "или по телефону офиса +7 (4967) 63-40-18.\n\nС уважением,\nКовалёва И.С.\n",
               "plain", "windows-1251", "qp")
set_common(ooo, addr("Ирина Ковалёва", IRINA, "windows-1251"), DISP_ADDR,
           "Автоответ: Заявка № 410315 — уточнение по лавкам", d, outlook_msgid(), "windows-1251",
           in_reply_to=disp_msgid())
ooo["Auto-Submitted"] = "auto-replied"
ooo["X-Auto-Response-Suppress"] = "All"
ooo["X-Mailer"] = "Microsoft Outlook 16.0"
add(d, ooo, ign("Outlook out-of-office auto-reply"))

d = dt(16, 10, 30)
ob = outlook_block("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", dt(13, 11, 9),
                   "Ирина Ковалёва <i.kovaleva@sportdvor-servis.ru>", "Заявка № 410315 — уточнение по лавкам")
add(d, outlook(d, "RE: Заявка № 410315 — уточнение по лавкам",
               "Добрый день, Сергей Викторович!\n\nПо заявке 410315 п.3 (лавки трибуны): в заявке указано "
               "6 посадочных мест, фактически на трибуне 8 лавок, повреждены 7.\nПодскажите, менять все 7 "
               "или только 6 по заявке? Стоимость увеличится на 9 800 руб.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="qp", quote_block=ob, quote_text=DQ["410315q"], reply=True),
    rev("question about scope and price for п.3, no status"))

d = dt(18, 8, 31)
add(d, gmail(d, "410315-1", "выехал коробка Ленинградская 9 борта"),
    dec("410315", ["1"], ROAD, "position after dash in subject; «выехал» = on the way; «9» is the house number"))

d = dt(18, 9, 22)
add(d, gmail(d, "Re: 410315-1", "НА МЕСТЕ КОРОБКА 410315 П1 ПРИБЫЛИ 9:15"),
    dec("410315", ["1"], SITE, "caps; arrived 9:15"))

d = dt(18, 17, 12)
add(d, outlook(d, "Заявка № 410315 — позиция 1",
               "Заявка № 410315.\nПозиция 1 — ремонт бортов хоккейной коробки (ул. Ленинградская, д. 9): "
               "завершение работ 18.11 в 16:50, бригада убыла.\nПозиции 2, 3 — выезд 19.11.\n\n" + IRINA_SIG,
               charset="utf-8", cte="base64"),
    dec("410315", ["1"], LEFT, "noun «завершение работ» + «бригада убыла» for поз. 1; 2 and 3 only planned"))

d = dt(19, 15, 34)
add(d, gmail(d, "410315 поз2 поз3", "410315 поз2 поз3 тренажер и лавки 7 шт все сделал бригада освободилась"),
    dec("410315", ["2", "3"], LEFT, "«все сделал, бригада освободилась» = finished; «7 шт» is a quantity"))

# ======================= calendar response (ignored)
d = dt(16, 10, 5)
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
       "BEGIN:VTIMEZONE\r\nTZID:Russian Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
       "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
       "BEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ковалёва Ирина Сергеевна:mailto:i.kovaleva@sportdvor-servis.ru\r\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "DTSTART;TZID=Russian Standard Time:20261119T110000\r\n"
       "DTEND;TZID=Russian Standard Time:20261119T120000\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка работ по заявке 410271 (ул. Юбилейная)\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000" + hexid(24).upper() + "\r\n"
       "SEQUENCE:0\r\nDTSTAMP:20261116T070500Z\r\n"
       "LOCATION;LANGUAGE=ru-RU:ул. Юбилейная\\, д. 30\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cal = MIMEMultipart("alternative", boundary="_000_" + hexid(20).upper() + "_")
cal.attach(textpart("\n", "plain", "utf-8", "qp"))
cp = textpart(ics, "calendar", "utf-8", "base64")
cp.set_param("method", "REPLY")
cal.attach(cp)
set_common(cal, addr("Ирина Ковалёва", IRINA), DISP_ADDR,
           "Принято: Приёмка работ по заявке 410271 (ул. Юбилейная)", d, outlook_msgid())
cal["Content-class"] = "urn:content-classes:calendarmessage"
cal["X-Mailer"] = "Microsoft Outlook 16.0"
add(d, cal, ign("Outlook meeting response (Принято), text/calendar METHOD:REPLY"))

# ======================= newsletter (ignored)
d = dt(18, 10, 0)
nl_html = ('<html><body style="font-family:Arial"><h2>Зимнее обслуживание детских и спортивных площадок</h2>'
           '<p>Уважаемые партнёры!</p><p>До 30.11.2026 действует скидка 15% на укладку резинового покрытия '
           'и консервацию уличных тренажёров на зимний период.</p>'
           '<p>Выезд специалиста для осмотра — бесплатно. Звоните: +7 (4967) 63-40-18.</p>'
           '<p>В 2026 году мы выполнили более 400 заявок по Подольску и Климовску.</p>'
           '<p style="font-size:11px;color:#888">Вы получили это письмо, так как являетесь клиентом '
           'ООО «СпортДворСервис». <a href="https://sportdvor-servis.ru/unsubscribe?u=7731">Отписаться</a></p>'
           '</body></html>\n')
nl = MIMEMultipart("alternative", boundary="=_mailout_" + hexid(12))
nl.attach(textpart("Зимнее обслуживание детских и спортивных площадок\n\nДо 30.11.2026 скидка 15% на "
                   "укладку резинового покрытия и консервацию уличных тренажёров.\nТел. +7 (4967) 63-40-18\n"
                   "Отписаться: https://sportdvor-servis.ru/unsubscribe?u=7731\n", "plain", "utf-8", "qp"))
nl.attach(textpart(nl_html, "html", "utf-8", "qp"))
set_common(nl, addr("СпортДворСервис", NEWS), DISP, "Скидка 15% на зимнее обслуживание площадок до 30 ноября",
           d, "<%s@mailout.sportdvor-servis.ru>" % hexid(24))
nl["Precedence"] = "bulk"
nl["List-Id"] = "<clients.sportdvor-servis.ru>"
nl["List-Unsubscribe"] = "<https://sportdvor-servis.ru/unsubscribe?u=7731>, <mailto:unsubscribe@sportdvor-servis.ru>"
nl["X-Mailer"] = "mailout/3.2"
add(d, nl, ign("bulk mailing-list advertisement (Precedence: bulk, List-Unsubscribe)"))

# ======================= 410327 — Октябрьский пр-т
d = dt(16, 8, 40)
add(d, outlook(d, "Заявка 410327 Октябрьский пр-т",
               "Здравствуйте!\n\nПо обращению № 410327 (Октябрьский проспект, площадки у д. 15 и д. 17) "
               "сообщаем: заявка принята, исполнитель — бригада Юсупова Б., выезд 20.11.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="qp"),
    dec("410327", [], ACC, "«по обращению № ... заявка принята»; выезд 20.11 is a plan"))

d = dt(20, 8, 12)
add(d, gmail(d, "Re: Заявка 410327 Октябрьский пр-т", "наряд 410327 Октябрский 15 и 17 сейчас выехать",
             quote="Здравствуйте!\n\nПо обращению № 410327 (Октябрьский проспект, площадки у д. 15 и д. 17) "
                   "сообщаем: заявка принята, исполнитель — бригада Юсупова Б., выезд 20.11.",
             qhdr=gmail_attr(dt(16, 8, 40), "Ирина Ковалёва", IRINA)),
    dec("410327", ["1", "2"], ROAD, "«наряд 410327», «сейчас выехать» = leaving now; д. 15 и 17 = поз. 1 и 2"))

d = dt(20, 12, 30)
add(d, gmail(d, "410327 410340", "410327 закончил 15 дом. 410340 корт 24 школа завтра не успеем понедельник"),
    rev("two different requests in one letter (410327 done at д. 15; 410340 postponed)"))

d = dt(20, 17, 31)
add(d, gmail(d, "410327 p2", "410327 p2 gnezdo kacheli verevka pomenyal gotovo uehali domoy"),
    dec("410327", ["2"], LEFT, "transliterated: гнездо качели верёвку поменял, готово, уехали домой"))

# ======================= 410340 — корт школы №24
d = dt(17, 11, 2)
add(d, gmail(d, "Re: Заявка № 410340 — корт школы № 24", "принял. Бахтиёр",
             quote=DQ["410340"], qhdr=gmail_attr(dt(17, 10, 15), DISP_NAME, DISP), bottom=True, reply=True),
    dec("410340", [], ACC, "reply written under the quote: «принял»"))

d = dt(23, 8, 15)
add(d, thebat(d, "корт школа 24 бригада выехали 410340", "корт школа 24 бригада выехали 410340 сетка взяли"),
    dec("410340", [], ROAD, "«бригада выехали» = on the way; «школа 24» is the school number"))

d = dt(23, 9, 3)
add(d, gmail(d, "Re: корт школа 24 бригада выехали 410340", "на месте корт 24 школа Доллежаля"),
    dec("410340", [], SITE, "Re: subject still says «выехали», body reports on site"))

d = dt(23, 16, 5)
add(d, gmail(d, "410340 корт",
             "корт 24 сетка натянул новый, стойка сетка тоже. закончил 410340. разметка весной надо краска холодно"),
    dec("410340", [], LEFT, "«закончил» = finished; marking in spring is a plan"))

# ======================= 410356 — ул. 43-й Армии
d = dt(19, 9, 32)
add(d, gmail(d, "Re: Заявка № 410356 ул. 43-й Армии", "410356 ok prinyal",
             quote=DQ["410356"], qhdr=gmail_attr(dt(19, 9, 5), DISP_NAME, DISP), reply=True),
    dec("410356", [], ACC, "transliterated «ок, принял»"))

d = dt(24, 7, 51)
add(d, gmail(d, "Re: 410356", "yo'q еще не выехать ждем машина 30 минут",
             quote="Бахтиёр, доброе утро. Вы выехали на 43-й Армии? Охрана УК ждёт с 8:00.\nПанова Е.А.",
             qhdr=gmail_attr(dt(24, 7, 40), "Панова Елена", DISP), reply=True),
    rev("negation: yo'q (нет), not left yet, waiting for the vehicle; number only in Re: subject"))

d = dt(24, 8, 0)
bounce = MIMEMultipart("report", report_type="delivery-status",
                       boundary="8C1F21A0C4.1795496400/mx.sportdvor-servis.ru")
bounce.attach(MIMEText(
    "This is the mail system at host mx.sportdvor-servis.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
    "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached "
    "returned message.\n\n                   The mail system\n\n"
    "<yusupov@sportdvor-servis.ru>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1\n"
    "    <yusupov@sportdvor-servis.ru>: Recipient address rejected: User unknown in\n"
    "    virtual mailbox table (in reply to RCPT TO command)\n", "plain", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
ds.set_payload([__import__("email").message_from_string(b + "\n") for b in ("Reporting-MTA: dns; mx.sportdvor-servis.ru\nX-Postfix-Queue-ID: 8C1F21A0C4\n"
               "Arrival-Date: Tue, 24 Nov 2026 07:59:58 +0300 (MSK)\n\n"
               "Final-Recipient: rfc822; yusupov@sportdvor-servis.ru\nOriginal-Recipient: rfc822;yusupov@sportdvor-servis.ru\n"
               "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <yusupov@sportdvor-servis.ru>:\n"
               "    Recipient address rejected: User unknown in virtual mailbox table\n").split("\n\n")])
bounce.attach(ds)
hdrs = MIMEBase("text", "rfc822-headers")
hdrs.set_payload("From: =?UTF-8?B?" + __import__("base64").b64encode("Диспетчерская ОМИС".encode()).decode() +
                 "?= <dispatch@zakazchik-omis.ru>\nTo: yusupov@sportdvor-servis.ru\n"
                 "Subject: =?UTF-8?B?" + __import__("base64").b64encode(
                     "Заявка № 410356 ул. 43-й Армии — пропуск".encode()).decode() + "?=\n"
                 "Date: Tue, 24 Nov 2026 07:59:52 +0300\nMessage-ID: " + disp_msgid() + "\n")
bounce.attach(hdrs)
set_common(bounce, "MAILER-DAEMON@sportdvor-servis.ru (Mail Delivery System)", DISP,
           "Undelivered Mail Returned to Sender", d, "<20261124050000.8C1F21A0C5@mx.sportdvor-servis.ru>")
bounce["Auto-Submitted"] = "auto-replied"
add(d, bounce, ign("delivery failure report (bounce) from the contractor's mail server"))

d = dt(24, 8, 24)
add(d, gmail(d, "Re: 410356", "43 армии 2 и 6 дом выехали",
             quote="yo'q еще не выехать ждем машина 30 минут", qhdr=gmail_attr(dt(24, 7, 51), BAH_NAME, BAH)),
    dec("410356", ["1", "2"], ROAD, "number only in the Re: subject/own quote; д. 2 и 6 = поз. 1 и 2; «43» is the street name"))

d = dt(24, 9, 14)
# Latin 'p' in «пpиехали», Latin 'a' at end of «площадкa»
add(d, gmail(d, "43 армии д2", "пpиехали на площадкa 43 Армии д2 410356 демонтаж начинать"),
    dec("410356", ["1"], SITE, "Latin look-alike letters; «43 Армии д2» = поз. 1 (д. 2)"))

d = dt(24, 15, 52)
inner = gmail(dt(24, 15, 38), "43 армии", "43 армии 2 дом и 6 дом демонтаж сделал закончил уехали 15:30",
              cte="base64")
del inner["To"]
inner["To"] = addr("Ирина Ковалёва", IRINA)
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="43 армии.eml")
add(d, outlook(d, "FW: 410356 43 армии",
               "Добрый день!\nВо вложении сообщение бригадира по заявке 410356.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="qp", attachments=[att]),
    dec("410356", ["1", "2"], LEFT, "forward as attachment (message/rfc822): both sites (д. 2, д. 6) done, left 15:30"))

# ======================= 410368 — Революционный пр-т
d = dt(23, 9, 12)
ob = outlook_block("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", dt(23, 8, 35),
                   "info@sportdvor-servis.ru", "Заявка № 410368 Революционный пр-т")
add(d, outlook(d, "RE: Заявка № 410368 Революционный пр-т",
               "Добрый день!\n\nЗаявку № 410368 принимаем. Выезд бригады — 25.11.\n\n" + IRINA_SIG,
               charset="windows-1251", cte="base64", quote_block=ob, quote_text=DQ["410368"], reply=True),
    dec("410368", [], ACC, "accepted; departure date is a plan"))

d = dt(25, 8, 2)
add(d, gmail(d, "410368 п1 скейт", "Революционный скейт площадка выехали 410368 п1"),
    dec("410368", ["1"], ROAD, "«выехали», п1"))

d = dt(25, 8, 41)
add(d, gmail(d, "410368 (1)", "410368 (1) на месте рампа лист фанера 18мм менять"),
    dec("410368", ["1"], SITE, "on site; 18мм is plywood thickness"))

d = dt(25, 12, 20)
add(d, gmail(d, "410368", "скейт рампа готово уехал на воркаут 410368"),
    rev("different statuses for different positions: поз. 1 finished, crew heading to поз. 2 (воркаут)"))

d = dt(25, 12, 48)
add(d, outlook(d, "Заявка 410368 — 1-я позиция",
               "Добрый день!\n\nУточняю по заявке 410368: по 1-й позиции (скейт-площадка) работы завершены, "
               "бригада убыла в 12:10.\n\n" + IRINA_SIG, charset="utf-8", cte="qp"),
    dec("410368", ["1"], LEFT, "«по 1-й позиции ... бригада убыла в 12:10»"))

d = dt(26, 8, 10)
add(d, gmail(d, "выехали", "выехали на площадка будем 15 минут"),
    rev("no request number at all (no quote, no subject number)"))

d = dt(26, 16, 20)
add(d, gmail(d, "410368 поз 2 3", "410368 поз 2 поз 3 воркаут и детская 52 дом закончил всё. rahmat"),
    dec("410368", ["2", "3"], LEFT, "поз 2 и 3 finished; «52 дом» is the address of поз. 3"))

d = dt(27, 9, 15)
add(d, gmail(d, "Re: Заявка № 410368 — акт",
             "Здраствуйте я отпуск Узбекистан до 14.12. по заявка звонить Ирина Сергеевна +7 (4967) 63-40-18",
             extra_headers=[("Auto-Submitted", "auto-replied")]),
    ign("Gmail vacation responder (Auto-Submitted: auto-replied)"))


# ---------------------------------------------------------------- output
def strip_sub_mime_version(m, root=True):
    """MIMEText adds MIME-Version to every part; real clients put it only on the top message."""
    if not root and "MIME-Version" in m:
        del m["MIME-Version"]
    if m.is_multipart():
        for p in m.get_payload():
            if m.get_content_type() == "message/rfc822":
                strip_sub_mime_version(p, True)
            elif hasattr(p, "get_payload"):
                strip_sub_mime_version(p, False)


def main():
    os.makedirs(LETTERS_DIR, exist_ok=True)
    for f in os.listdir(LETTERS_DIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(LETTERS_DIR, f))
    L.sort(key=lambda x: x[0])
    for _, m, _ in L:
        strip_sub_mime_version(m)
    labels = {}
    pol = policy.compat32.clone(linesep="\r\n")
    for i, (d, msg, lab) in enumerate(L, 1):
        name = "%03d.eml" % i
        with open(os.path.join(LETTERS_DIR, name), "wb") as fh:
            BytesGenerator(fh, policy=pol, mangle_from_=False).flatten(msg)
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    c = {}
    for v in labels.values():
        c[v["expect"]] = c.get(v["expect"], 0) + 1
    print(len(labels), c)


if __name__ == "__main__":
    main()
