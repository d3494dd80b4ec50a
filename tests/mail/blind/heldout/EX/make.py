#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: dispatcher of an emergency plumbing service (ООО «АкваСпас»).

Run:  python3 make.py   -> writes letters/NNN.eml, labels.json, registry.json
"""
import base64
import email.message
import datetime as dt
import json
import os
import quopri
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
os.makedirs(LET, exist_ok=True)

MSK = dt.timezone(dt.timedelta(hours=3))
TO = "dispatch@zakazchik-omis.ru"
TO_FULL = "Диспетчерская заказчика <dispatch@zakazchik-omis.ru>"

# ---------------------------------------------------------------- senders
D1 = ("Жукова Ольга", "avarsantex.disp@rambler.ru")          # Rambler
D2 = ("Диспетчерская АкваСпас", "aquaspas.disp@mail.ru")      # Mail.ru
PETROV = ("Петров Андрей", "a.petrov@aquaspas-msk.ru")
GUS = ("Гусейнов Рамиль", "guseinov.r@aquaspas-msk.ru")
KRAV = ("Сан Саныч Кравчук", "kravchuk.sanych@mail.ru")
SEM = ("Семёнов Д.", "semenov-brigada4@rambler.ru")
LUKIN = ("Лукин Игорь", "lukin.i@aquaspas-msk.ru")
NEWS = ("АкваСпас", "news@aquaspas-msk.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@aquaspas-msk.ru")

SIG1 = ("\n--\nЖукова О.В., диспетчер АСС «АкваСпас» (круглосуточно)\n"
        "т. 8 (495) 744-18-32, моб. 8-926-377-41-09\n")
SIG2 = ("\n\nДиспетчерская служба ООО «АкваСпас»\nИНН 7724376115 / КПП 772401001\n"
        "тел. +7 (495) 744-18-32\n")
SIG_MAILRU_MOB = "\n\n--\nОтправлено из Почты Mail.ru для Android\n"

REGISTRY = {
    "contractor": {
        "name": "ООО «АкваСпас» (аварийно-сантехническая служба)",
        "emails": [D1[1], D2[1], PETROV[1], GUS[1], KRAV[1], SEM[1], LUKIN[1]],
        "domains": ["aquaspas-msk.ru"],
    },
    "requests": [
        {"number": "375118", "positions": ["1", "2"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "ул. Профсоюзная, 12: 1 — стояк ХВС под. 2; 2 — ИТП в подвале, течь задвижки"},
        {"number": "375406", "positions": ["1"], "registered_at": "2026-11-03T19:10:00+03:00",
         "comment": "Ленинский пр., 41, кв. 87 — затопление, течь с потолка"},
        {"number": "375977", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T07:45:00+03:00",
         "comment": "ГБОУ Школа № 1284, ул. Вавилова, 58: 1 — санузлы 2 эт.; 2 — пищеблок; 3 — бойлерная"},
        {"number": "376024", "positions": ["1"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "ул. Гарибальди, 23 — засор канализационного выпуска"},
        {"number": "376251", "positions": ["1", "2"], "registered_at": "2026-11-09T09:20:00+03:00",
         "comment": "ТЦ «Калужский»: 1 — насосная ХВС; 2 — туалеты фудкорта"},
        {"number": "376588", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-11T08:00:00+03:00",
         "comment": "ГП № 22, ул. Кравченко, 14: 1 — стояк ГВС корп. 1; 2 — подвал корп. 2; "
                    "3 — смеситель в процедурной; 4 — канализационный выпуск"},
        {"number": "376902", "positions": ["1"], "registered_at": "2026-11-12T22:40:00+03:00",
         "comment": "ул. Вавилова, 9, кв. 14 — прорыв трубы отопления"},
        {"number": "377135", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "БЦ «Нагорный», Нагорная ул., 5: 1 — бойлер; 2 — унитаз 3 эт."},
        {"number": "377460", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T07:30:00+03:00",
         "comment": "ул. Шверника, 11: 1 — стояк канализации под. 1; 2 — стояк канализации под. 3; "
                    "3 — задвижка в подвале"},
        {"number": "377703", "positions": ["1"], "registered_at": "2026-11-20T11:15:00+03:00",
         "comment": "Детский сад № 2195 — засор канализации на пищеблоке"},
        {"number": "377851", "positions": ["1", "2"], "registered_at": "2026-11-23T08:10:00+03:00",
         "comment": "Склад, Бутово, Старобитцевская ул., 17: 1 — повысительный насос; 2 — душевые"},
        {"number": "377318", "positions": ["1"], "registered_at": "2026-11-25T16:00:00+03:00",
         "comment": "ул. Академика Анохина, 38, кв. 203 — затопление соседей"},
    ],
}

# ---------------------------------------------------------------- helpers
WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WD2 = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]


def D(day, hh, mm, ss=0):
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


def cs(charset, body_enc):
    c = Charset(charset)
    c.body_encoding = body_enc
    c.header_encoding = BASE64 if body_enc == BASE64 else QP
    return c


def hdr(text, charset="utf-8", enc="B"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        if charset == "koi8-r":
            text = text.translate(KOI_FIX)
        c = Charset(charset)
        c.header_encoding = BASE64 if enc == "B" else QP
        return Header(text, c, maxlinelen=76, header_name="Subject")


def addr(person, charset="utf-8"):
    name, a = person
    return formataddr((name, a), charset=charset)


KOI_FIX = str.maketrans({"«": '"', "»": '"', "—": "-", "–": "-", "№": "N"})


def textpart(text, subtype="plain", charset="utf-8", cte="base64"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    if charset == "koi8-r":  # KOI8-R has no guillemets, dashes or numero sign
        text = text.translate(KOI_FIX)
    raw = text.encode(charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "8bit":
        p.set_payload(raw.decode(charset))  # serialized below with as_bytes
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p


def html_from_text(text):
    import html
    lines = html.escape(text).split("\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div>" + "</div><div>".join(l if l else "<br>" for l in lines) + "</div></body></html>")


N = [0]
LABELS = {}


def finish(msg, sender, subject, date, label, charset="utf-8", enc="B", mailer=None, extra=None,
           to=TO_FULL, msgid_dom=None):
    N[0] += 1
    fn = "%03d.eml" % N[0]
    msg["From"] = addr(sender, charset)
    msg["To"] = hdr(to, charset, enc) if "<" not in to else formataddr(
        (to.split(" <")[0], to.split("<")[1].rstrip(">")), charset=charset)
    msg["Subject"] = hdr(subject, charset, enc)
    msg["Date"] = format_datetime(date)
    dom = msgid_dom or sender[1].split("@")[1]
    msg["Message-ID"] = "<%s.%04d.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), 3700 + N[0] * 7,
                                              "asp%02d" % N[0], dom)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(msg.as_bytes())
    LABELS[fn] = label
    return fn


def plain(sender, subject, date, body, label, charset="utf-8", cte="base64", enc="B", mailer=None,
          extra=None):
    m = textpart(body, "plain", charset, cte)
    return finish(m, sender, subject, date, label, charset, enc, mailer, extra)


def html_only(sender, subject, date, html_body, label, charset="utf-8", cte="base64", enc="B",
              mailer=None, extra=None):
    m = textpart(html_body, "html", charset, cte)
    return finish(m, sender, subject, date, label, charset, enc, mailer, extra)


def alt(sender, subject, date, text, html_body, label, charset="utf-8", cte="base64", enc="B",
        mailer=None, extra=None):
    m = MIMEMultipart("alternative")
    m.attach(textpart(text, "plain", charset, cte))
    m.attach(textpart(html_body, "html", charset, cte))
    return finish(m, sender, subject, date, label, charset, enc, mailer, extra)


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
RAMBLER = "Rambler Mail 2.0"
MAILRU = "Mail.Ru Mailer 1.0"
BAT = "The Bat! (v9.4.5) Professional"
OUTLOOK = "Microsoft Outlook 16.0"


def ru_date(d):
    return "%d %s %d г. %d:%02d" % (d.day, MON[d.month - 1], d.year, d.hour, d.minute)


def mailru_fwd_head(sender, d, subj, to_name="Диспетчерская АкваСпас", to_addr=D2[1]):
    return ("-------- Пересылаемое сообщение --------\n"
            "От кого: %s <%s>\nКому: %s <%s>\nДата: %s, %d %s %d, %d:%02d +03:00\nТема: %s\n\n"
            % (sender[0], sender[1], to_name, to_addr, WD2[d.weekday()], d.day, MON[d.month - 1], d.year,
               d.hour, d.minute, subj))


# ====================================================================
# 375118 — Профсоюзная 12 (reg 02.11 08:30)
# ====================================================================
plain(D1, "заявка 375118 принята", D(2, 8, 52),
      "Добрый день.\nЗаявку 375118 приняли, назначила бр. Петрова, выезд в течение часа.\n" + SIG1,
      dec("375118", [], ACC, "accepted; 'выезд в течение часа' is only a plan"),
      charset="koi8-r", cte="base64", mailer=RAMBLER)

plain(D1, "Re: заявка 375118 принята", D(2, 9, 20),
      "Передаю от бригады:\n\n[09:14] Петров: выехал на Профсоюзную 12, буду минут через 25\n" + SIG1 +
      "\n\n02.11.2026 8:52, Жукова Ольга пишет:\n> Добрый день.\n> Заявку 375118 приняли, назначила бр. Петрова,"
      " выезд в течение часа.\n",
      dec("375118", [], WAY, "pasted SMS 'выехал на ...' — on the way; quote below is old"),
      mailer=RAMBLER, cte="quoted-printable")

plain(D2, "375118 поз.1", D(2, 10, 8),
      "10:02 — Петров: на месте, под. 2, перекрываем ст. ХВС\n" + SIG2,
      dec("375118", ["1"], ON, "WhatsApp paste, position in subject"),
      mailer=MAILRU)

plain(D1, "375118 (1) и (2)", D(2, 13, 40),
      "Наталья Сергеевна, добрый день, по Профсоюзной обе позиции закрыли.\n\n"
      "[12:15] Петров: стояк заменили участок 1,5 м, воду дали, под. 2 всё ок\n"
      "[13:31] Петров: в ИТП задвижку Ду50 перебрали, течи нет. Уехали с объекта\n" + SIG1,
      dec("375118", ["1", "2"], OFF, "two pasted messages, the latest: left the site after both positions"),
      charset="koi8-r", cte="quoted-printable", enc="Q", mailer=RAMBLER)

# ====================================================================
# 375406 — Ленинский 41 кв 87 (reg 03.11 19:10)
# ====================================================================
html_only(D2, "Обращение №375406", D(3, 19, 25),
          "<html><body><div>Добрый вечер!</div><div><br></div>"
          "<div>Принято в работу обращение <b>№375406</b> (Ленинский пр-т 41, кв.87).</div>"
          "<div>Бригада №2, старший Гусейнов Р.</div><div><br></div>"
          "<div>--<br>Диспетчерская служба ООО «АкваСпас»<br>тел. +7 (495) 744-18-32</div></body></html>",
          dec("375406", [], ACC, "HTML-only, accepted into work"), mailer=MAILRU)

plain(D2, "Ленинский 41 кв 87 (375406)", D(3, 19, 31),
      "бр.2 выдвинулась, будут через 40 мин, на Ленинском пробки" + SIG_MAILRU_MOB,
      dec("375406", [], WAY, "number in brackets after address; 'выдвинулась, будут через 40 мин'"),
      mailer=MAILRU)

plain(D2, "375406 п.2", D(3, 20, 55),
      "Передаю от бригады:\n20:48 Гусейнов: поднялись в кв. 91 сверху, по п.2 там течь под ванной, "
      "мы на месте, перекрыли\n" + SIG2,
      rev("request 375406 has only position 1; letter reports position 2"), mailer=MAILRU)

plain(D2, "375406", D(3, 22, 10),
      "375406 — бригада освободилась в 22:05, течь устранили (гибкая подводка в кв. 91), в кв.87 "
      "сухо. Акт жилец подписал.\n" + SIG2,
      dec("375406", [], OFF, "'бригада освободилась' = left, no position named"),
      mailer=MAILRU)

# ====================================================================
# 375977 — школа 1284 (reg 05.11 07:45)
# ====================================================================
plain(D1, "Заявка 375977 — школа 1284", D(5, 8, 5),
      "Доброе утро.\nЗаявка 375977 принята, бр. Кравчука отправим после 9:00, "
      "сейчас он на другом адресе заканчивает.\n" + SIG1.replace("\n--\n", "\n-- \n"),
      dec("375977", [], ACC, "accepted; departure is only planned"),
      charset="windows-1251", cte="quoted-printable", enc="Q", mailer=BAT)

d = D(5, 9, 4)
plain(D1, "Fwd: школа", D(5, 9, 12),
      "Передаю от бригады, по заявке 375977\n\n" +
      mailru_fwd_head(KRAV, d, "школа", "Жукова Ольга", D1[1]) +
      "Ольга, выехали в школу 1284 на Вавилова, все три точки посмотрим. Едем на газели Р 375 КМ 750, "
      "пропуск на машину нужен\n\n--\nОтправлено из Почты Mail.ru для Android\n"
      "-------- Конец пересылаемого сообщения --------\n" + SIG1,
      dec("375977", [], WAY, "forwarded crew letter: 'выехали в школу'; car plate is not a number; no positions"),
      mailer=RAMBLER)

plain(D1, "375977", D(5, 10, 1),
      "По 375977:\n[09:48] Кравчук: на месте, начали с санузлов 2 эт. (п.1)\n"
      "[09:55] Кравчук: Семёнов по бойлерной (п.3) ещё едет, стоит на Ленинском\n" + SIG1,
      rev("different statuses for different positions: п.1 on site, п.3 still on the way"),
      mailer=RAMBLER, cte="quoted-printable")

plain(D1, "375977-1", D(5, 12, 40),
      "Кравчук: санузлы 2 эт готово, смывные бачки поменяли (4 шт), по п.1 закончили\n" + SIG1,
      dec("375977", ["1"], OFF, "position after dash in subject; finished = left"),
      charset="windows-1251", cte="base64", mailer=BAT)

tbl = """<html><head><meta charset="utf-8"></head><body>
<p>Добрый день! Сводка по заявке 375977 (школа 1284) на 15:20:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Объект</th><th>Статус</th><th>Время</th></tr>
<tr><td>1</td><td>санузлы 2 эт.</td><td>работы выполнены, бригада убыла</td><td>12:35</td></tr>
<tr><td>2</td><td>пищеблок</td><td>работы выполнены, бригада убыла</td><td>15:10</td></tr>
<tr><td>3</td><td>бойлерная</td><td>перенос на 06.11 (нет прокладки на фланец)</td><td>—</td></tr>
</table>
<p>Диспетчер О. Жукова</p></body></html>"""
alt(D2, "Сводка 375977", D(5, 15, 30),
    "Добрый день! Сводка по заявке 375977 (школа 1284) на 15:20:\n"
    "1 | санузлы 2 эт. | работы выполнены, бригада убыла | 12:35\n"
    "2 | пищеблок | работы выполнены, бригада убыла | 15:10\n"
    "3 | бойлерная | перенос на 06.11 (нет прокладки на фланец) | —\n\nДиспетчер О. Жукова\n",
    tbl, dec("375977", ["1", "2"], OFF, "HTML table: pos 1 and 2 done, pos 3 only postponed"),
    mailer=MAILRU)

plain(KRAV, "школа 1284 п3", D(6, 11, 20),
      "Бойлерная п.3 — приехали, работаем. заявка 375977\nКравчук" + SIG_MAILRU_MOB,
      dec("375977", ["3"], ON, "crew leader writes from his own address"), mailer=MAILRU)

d = D(6, 13, 52)
plain(D1, "Fwd: 375977 поз3", D(6, 14, 5),
      "\n\n---------- Forwarded message ---------\nОт: Сан Саныч Кравчук <kravchuk.sanych@mail.ru>\n"
      "Date: пт, 6 нояб. 2026 г. в 13:52\nSubject: 375977 поз3\nTo: <avarsantex.disp@rambler.ru>\n\n"
      "убыли из бойлерной 13:50, бойлер Drazice OKC 200 запущен, прокладку поменяли\n",
      dec("375977", ["3"], OFF, "forward with no own text; 'убыли из бойлерной'; model number not a request"),
      mailer=RAMBLER)

# ====================================================================
# 376024 — Гарибальди 23 (reg 06.11 10:00)
# ====================================================================
plain(D2, "Re: 376024", D(6, 10, 40),
      "По 376024 уточните пожалуйста — подвал открыт? кто встретит? Старший по дому "
      "(8-903-376-02-44) трубку не берет.\n" + SIG2 +
      "\n\nПятница, 6 ноября 2026, 10:12 +03:00 от Диспетчерская АкваСпас <aquaspas.disp@mail.ru>:\n"
      "> Приняли 376024, засор на Гарибальди. Свободная бригада будет после обеда, раньше никак.\n",
      rev("question only; phone number resembles a request number"), mailer=MAILRU)

plain(D2, "Гарибальди", D(6, 14, 25),
      "Передаю от бригады: «едем на гарибальди, минут 20». Это по заявке 376024.\n" + SIG2,
      dec("376024", [], WAY, "'едем на ... минут 20' = on the way"), mailer=MAILRU)

plain(D1, "Гарибальди 23 (376024)", D(6, 16, 50),
      "засор пробили тросом 25 м, канализация уходит. бр. Лукина уехала в 16:40.\nОльга" + SIG1,
      dec("376024", [], OFF, "crew left"), charset="koi8-r", cte="base64", mailer=RAMBLER)

# ====================================================================
# 376251 — ТЦ Калужский (reg 09.11 09:20)
# ====================================================================
plain(D1, "Re: Заявка №376251 в работе", D(9, 10, 20),
      "[10:05] Петров: в пути на ТЦ, через полчаса\n" + SIG1 +
      "\n\n09.11.2026 9:35, Жукова Ольга пишет:\n> Добрый день! Заявку приняли, направляем бр. 1 (Петров).\n",
      dec("376251", [], WAY, "number only in subject"), mailer=RAMBLER, cte="quoted-printable")

plain(D1, "376251 охрана!!!", D(9, 11, 25),
      "Ваш охранник на ТЦ опять не пустил бригаду по 376251, стоят у служебного входа уже 40 минут!!! "
      "Прошу разобраться и впредь заранее подавать списки. Время простоя выставим в акт.\n" + SIG1,
      rev("complaint, no status reported"), mailer=RAMBLER)

plain(D1, "Re: 376251 бригада в пути", D(9, 11, 45),
      "Уже на месте с 11:40, начали с насосной (поз.1)\n" + SIG1 +
      "\n\n> [10:05] Петров: в пути на ТЦ, через полчаса\n",
      dec("376251", ["1"], ON, "Re: subject names old status, body reports arrival"), mailer=RAMBLER)

plain(D1, "376251 насосная", D(9, 15, 10),
      "376251 п.1 насосная: заменили торцевое уплотнение на насосе Grundfos CR 10-06, "
      "убыли в 15:00. По п.2 (фудкорт) завтра с утра, ТЦ сказал после 9 не раньше.\n" + SIG1,
      dec("376251", ["1"], OFF, "п.1 done; п.2 only planned"), charset="windows-1251", cte="quoted-printable",
      enc="Q", mailer=BAT)

plain(D2, "376251 (2)", D(10, 12, 15),
      "Всё, работа по (2) завершена, бригада убыла 12:05. Акт № 11-0417 передали администратору ТЦ.\n" + SIG2,
      dec("376251", ["2"], OFF, "act number is not a request number"), mailer=MAILRU, cte="quoted-printable")

# ====================================================================
# 376588 — поликлиника (reg 11.11 08:00)
# ====================================================================
plain(D1, "ГП 22 - заявка 376588", D(11, 8, 20),
      "Добрый день, заявку 376588 приняли к исполнению, бригады распределила (Гусейнов и Кравчук).\n" + SIG1,
      dec("376588", [], ACC, "accepted, no positions named"), charset="windows-1251", cte="base64",
      mailer=BAT)

plain(D1, "376588 п1", D(11, 9, 5),
      "Передаю:\n[08:41] Гусейнов: выехали в поликлинику\n"
      "[08:58] Гусейнов: на месте, п.1 (корп.1 стояк ГВС), завхоз встретил\n" + SIG1,
      dec("376588", ["1"], ON, "two messages, latest is arrival"), mailer=RAMBLER)

plain(D2, "376588 поз.2 и поз.4", D(11, 9, 40),
      "по наряду 376588 поз.2 и поз.4 — бр.3 Кравчук выехал на объект, ориентировочно 10:20\n" + SIG2,
      dec("376588", ["2", "4"], WAY, "'выехал на объект' = on the way"), mailer=MAILRU)

plain(D2, "Re: 376588 поз.2 и поз.4", D(11, 10, 30),
      "[10:22] Кравчук: на месте, подвал корп.2 (п.2). Выпуск (п.4) после обеда посмотрим\n" + SIG2,
      dec("376588", ["2"], ON, "п.2 on site; п.4 only planned"), mailer=MAILRU, cte="quoted-printable")

fwd = ("\n\n-----Original Message-----\nОт: Гусейнов Рамиль [mailto:guseinov.r@aquaspas-msk.ru]\n"
       "Отправлено: 11 ноября 2026 г. 13:02\nКому: avarsantex.disp@rambler.ru\nТема: 376588 п1\n\n"
       "Ольга, по первой позиции закончили, стояк ГВС заменён (труба PP-R 32, 6 м), убыли.\n"
       "Гусейнов Р.Ф., мастер бригады №2\nтел. 8-915-046-37-60\n")
plain(D1, "FW: 376588 п1", D(11, 13, 15), fwd,
      dec("376588", ["1"], OFF, "Outlook-style forwarded crew report"),
      charset="windows-1251", cte="quoted-printable", enc="Q", mailer=BAT)

tbl = """<html><body><div>Добрый вечер. По заявке 376588 на 17:00:</div><br>
<table style="border-collapse:collapse" border="1">
<tr><td><b>Позиция</b></td><td><b>Что</b></td><td><b>Убытие</b></td></tr>
<tr><td>2</td><td>подвал корп.2, замена сгона</td><td>16:10</td></tr>
<tr><td>4</td><td>канализационный выпуск, прочистка</td><td>16:55</td></tr>
</table><br><div>Диспетчерская АкваСпас</div></body></html>"""
alt(D2, "376588 итог", D(11, 17, 5),
    "Добрый вечер. По заявке 376588 на 17:00:\nПозиция | Что | Убытие\n2 | подвал корп.2, замена сгона | 16:10\n"
    "4 | канализационный выпуск, прочистка | 16:55\n\nДиспетчерская АкваСпас\n",
    tbl, dec("376588", ["2", "4"], OFF, "table of departures"), mailer=MAILRU)

# ====================================================================
# 376902 — Вавилова 9 кв 14 (reg 12.11 22:40)
# ====================================================================
plain(D1, "376902", D(12, 22, 48),
      "376902 принято. Семёнов уже выехал, дежурная машина.\nО." + SIG1,
      dec("376902", [], WAY, "accepted and already departed: latest is on the way"), mailer=RAMBLER)

plain(SEM, "заявка 376902", D(12, 23, 30),
      "на месте. перекрыли стояк отопления, кв 14. вода по 3 этажам, в 10 кв тоже натекло\nСеменов",
      dec("376902", [], ON, "crew leader from own Rambler address"), charset="koi8-r", cte="base64",
      mailer=RAMBLER)

plain(D1, "Re: 376902", D(13, 1, 15),
      "Семёнов отзвонился: хомут поставили, стояк запустили, уехал в 01:05. Утром надо будет менять "
      "участок трубы — это отдельной заявкой оформите?\n" + SIG1,
      dec("376902", [], OFF, "left; the question is extra"), mailer=RAMBLER, cte="quoted-printable")

plain(D1, "Re: акт по 376902", D(13, 10, 0),
      "Добрый день! Спасибо за информацию, приняла. Акт подготовим.\n" + SIG1 +
      "\n\n13.11.2026 9:41, dispatch@zakazchik-omis.ru пишет:\n"
      "> Добрый день. Просьба по 376902 прислать акт выполненных работ и фото.\n"
      "> Диспетчерская ОМИС\n",
      rev("acknowledgement of customer's own message, no status"), mailer=RAMBLER)

plain(D2, "заявка 376700 на месте", D(14, 9, 20),
      "Заявка 376700 — бр. Лукина на месте с 9:10, Миклухо-Маклая 36.\n" + SIG2,
      rev("number 376700 is not in the registry"), mailer=MAILRU)

# ====================================================================
# 377135 — БЦ Нагорный (reg 16.11 09:00)
# ====================================================================
plain(PETROV, "Автоответ: Заявка 377135", D(16, 9, 20),
      "Здравствуйте!\nЯ в отпуске до 23.11.2026. По срочным вопросам обращайтесь в диспетчерскую "
      "8 (495) 744-18-32 или aquaspas.disp@mail.ru.\n\nПетров А.",
      ign("out-of-office auto-reply"), charset="windows-1251", cte="quoted-printable", enc="Q",
      mailer=OUTLOOK,
      extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "In-Reply-To": "<omis-377135-1@zakazchik-omis.ru>"})

txt = ("Передаю от бригады:\n10:31 — Гусейнов: выезжаем на Нагорную\n"
       "10:47 — Гусейнов: пробка на Варшавке, будем минут через 15\n" + SIG2)
alt(D2, "377135 выезд", D(16, 10, 50), txt, html_from_text(txt),
    dec("377135", [], WAY, "both messages mean on the way"), mailer=MAILRU)

plain(D2, "Re: Заявка 377135 — бойлер", D(16, 11, 20),
      "на месте, П1" + SIG_MAILRU_MOB,
      dec("377135", ["1"], ON, "number only in Re: subject, 'П1'"), mailer=MAILRU)

plain(D2, "377135 согласование", D(16, 14, 0),
      "По 377135 п.1 — бойлер Thermex ER 80V, под замену ТЭН 2 кВт, стоимость 4 850 руб + работа 3 200 руб. "
      "Согласуйте пожалуйста, без согласования не ставим. Счёт 377/11 выставим после.\n" + SIG2,
      rev("price/approval request, no status"), mailer=MAILRU)

plain(D2, "377135 п.2", D(16, 16, 30),
      "377135 п.2 унитаз 3 эт — сделали, уехали. По п.1 ждём согласования.\n" + SIG2,
      dec("377135", ["2"], OFF, "п.2 done; п.1 waits"), mailer=MAILRU, cte="quoted-printable")

# bounce
bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(textpart(
    "This is the mail system at host mx1.aquaspas-msk.ru.\n\nI'm sorry to have to inform you that your message "
    "could not be delivered to one or more recipients.\n\n<petrov.a@aquaspas-msk.ru>: user unknown\n",
    "plain", "us-ascii", "quoted-printable"))
ds = MIMEBase("message", "delivery-status")
_b1 = email.message.Message()
_b1["Reporting-MTA"] = "dns; mx1.aquaspas-msk.ru"
_b1["Arrival-Date"] = format_datetime(D(17, 8, 59, 40))
_b2 = email.message.Message()
_b2["Final-Recipient"] = "rfc822; petrov.a@aquaspas-msk.ru"
_b2["Action"] = "failed"
_b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <petrov.a@aquaspas-msk.ru>: Recipient address rejected: User unknown"
ds.set_payload([_b1, _b2])
bounce.attach(ds)
orig = textpart("Добрый день. По заявке 377135 просьба подтвердить выезд бригады.\nДиспетчерская ОМИС\n",
                "plain", "utf-8", "base64")
orig["From"] = TO
orig["To"] = "petrov.a@aquaspas-msk.ru"
orig["Subject"] = hdr("Заявка 377135 — подтвердите выезд")
orig["Date"] = format_datetime(D(17, 8, 59))
orig["Message-ID"] = "<omis-377135-3@zakazchik-omis.ru>"
bounce.attach(MIMEMessage(orig, "rfc822"))
finish(bounce, DAEMON, "Undelivered Mail Returned to Sender", D(17, 9, 0),
       ign("delivery failure report (bounce)"), extra={"Auto-Submitted": "auto-replied"})

# read receipt
mdn = MIMEMultipart("report", report_type="disposition-notification")
mdn.attach(textpart("Ваше сообщение\n\n  Тема: Согласование 377135\n  Отправлено: 17.11.2026 10:12\n\n"
                    "было прочитано 17.11.2026 10:40.\n", "plain", "utf-8", "base64"))
dn = MIMEBase("message", "disposition-notification")
dn.set_payload("Reporting-UA: Mail.Ru Mailer\nOriginal-Recipient: rfc822;aquaspas.disp@mail.ru\n"
               "Final-Recipient: rfc822;aquaspas.disp@mail.ru\n"
               "Original-Message-ID: <omis-377135-4@zakazchik-omis.ru>\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n")
mdn.attach(dn)
finish(mdn, D2, "Прочитано: Согласование 377135", D(17, 10, 40), ign("read receipt (MDN)"), mailer=MAILRU)

# ====================================================================
# 377460 — Шверника 11 (reg 18.11 07:30)
# ====================================================================
plain(D1, "Шверника 11", D(18, 7, 50),
      "Приняла заявку 377460, Шверника 11. Поедет бр.4 Семёнов.\n" + SIG1,
      dec("377460", [], ACC, "accepted"), charset="koi8-r", cte="base64", mailer=RAMBLER)

plain(D1, "377460 поз1 поз2", D(18, 8, 30),
      "[08:12] Семёнов: выехал на Шверника, сначала 1-й под потом 3-й\n" + SIG1,
      dec("377460", ["1", "2"], WAY, "positions in subject; 'выехал на' = on the way"), mailer=RAMBLER)

plain(D1, "от бригад", D(18, 9, 20),
      "Передаю от бригад:\n[09:05] Семёнов: Шверника на месте (377460)\n"
      "[09:11] Лукин: по 377135 подъехал, бойлер смотрю\n" + SIG1,
      rev("two different requests in one letter"), mailer=RAMBLER, cte="quoted-printable")

d = D(18, 12, 31)
plain(D2, "Fwd: 377460", D(18, 12, 45),
      "Начало переадресованного сообщения:\n\n"
      "От: Семёнов Д. <semenov-brigada4@rambler.ru>\nТема: 377460\nДата: 18 ноября 2026 г. в 12:31:07 GMT+3\n"
      "Кому: aquaspas.disp@mail.ru\n\n"
      "п.1 – стояк канализации под.1 прочистили, тройник 110 заменили, по п.1 закончили. "
      "п.2 начнём после обеда\n\nОтправлено с iPhone\n",
      dec("377460", ["1"], OFF, "forwarded crew letter: п.1 finished, п.2 only planned"), mailer=MAILRU)

plain(D2, "377460-2", D(18, 17, 20),
      "377460-2 ГОТОВО, БРИГАДА УБЫЛА 17:10\n" + SIG2,
      dec("377460", ["2"], OFF, "caps"), mailer=MAILRU)

plain(D2, "Шверника подвал", D(19, 9, 40),
      "Передаю: Семёнов в подвале на Шверника, на месте с 9:30, задвижку Ду100 будут менять, "
      "нужна отключка на час\n" + SIG2,
      rev("no request number at all (only the address)"), mailer=MAILRU)

plain(D1, "По заявке 377460 позиция 3", D(19, 13, 30),
      "Добрый день!\nПо заявке 377460 позиция 3 (подвал, задвижка) — работы завершены в 13:10, "
      "бригада выехала с объекта. Пломба на задвижке № 0037751.\n" + SIG1,
      dec("377460", ["3"], OFF, "'выехала с объекта' = left; seal number is not a request"),
      charset="windows-1251", cte="quoted-printable", enc="Q", mailer=BAT)

# ====================================================================
# 377703 — детский сад 2195 (reg 20.11 11:15)
# ====================================================================
html_only(D2, "Заявка 377703", D(20, 11, 30),
          "<html><body><p>Заявка <b>377703</b> принята в работу.</p>"
          "<p style=\"color:#888\">Диспетчерская служба ООО «АкваСпас»<br>ИНН 7724376115</p></body></html>",
          dec("377703", [], ACC, "HTML-only accepted"), mailer=MAILRU, cte="quoted-printable")

plain(D2, "377703", D(20, 12, 10),
      "[11:58] Лукин: выехал к садику, 2195\n" + SIG2,
      dec("377703", [], WAY, "'выехал к' = on the way; kindergarten number is not a request"), mailer=MAILRU)

plain(D2, "Re: 377703", D(20, 12, 50),
      "Извините, Лукин ещё не доехал — колесо пробил на МКАД, ждём вторую машину. Как будет на месте — "
      "напишу.\n" + SIG2,
      rev("negation / delay, no new status"), mailer=MAILRU)

plain(D2, "377703 - на месте", D(20, 14, 15),
      "377703 - бригада нa мeстe с 14:05, пищеблок" + SIG_MAILRU_MOB,
      dec("377703", [], ON, "Latin look-alike letters in 'нa мeстe'"), mailer=MAILRU)

plain(D1, "Re: 377703 - на месте", D(20, 15, 40),
      "Засор устранили (жир в выпуске от моек), Лукин уехал.\n" + SIG1 +
      "\n\n20.11.2026 14:15, Диспетчерская АкваСпас пишет:\n> 377703 - бригада на месте с 14:05, пищеблок\n",
      dec("377703", [], OFF, "new text: left; quote says on site"), mailer=RAMBLER)

# ====================================================================
# 377851 — склад Бутово (reg 23.11 08:10)
# ====================================================================
plain(D1, "склад Бутово 377851", D(23, 9, 45),
      "Передаю от бригады:\n[09:02] Петров: выехал\n[09:40] Петров: на месте, склад, начинаю с насоса (п.1)\n" + SIG1,
      dec("377851", ["1"], ON, "latest of two messages"), mailer=RAMBLER)

plain(D1, "бригады", D(23, 10, 30),
      "[10:12] Петров: 377851 насос разобрал, ждём запчасть, везут со склада\n"
      "[10:20] Кравчук: по 376700 выехал на Миклухо-Маклая\n" + SIG1,
      rev("two different requests (one of them not in the registry) in one letter"), mailer=RAMBLER)

plain(D1, "377851 поз.1", D(23, 16, 10),
      "377851 поз.1: запчасть (торцевое уплотнение, арт. 96455088) привезли, насос собрали, запустили, давление 4,2. "
      "Бр. убыла 16:00. Поз.2 — завтра 24.11.\n" + SIG1,
      dec("377851", ["1"], OFF, "pos 1 done, pos 2 planned; part number and date are not requests"),
      charset="koi8-r", cte="base64", mailer=RAMBLER)

plain(D2, "377851 поз.1 и поз.2", D(24, 13, 0),
      "377851: поз.2 закончили, душевые сдали. Поз.1 — насос опять подтекает, Петров вернулся, сейчас на месте.\n" + SIG2,
      rev("different statuses for different positions: поз.2 left, поз.1 on site"), mailer=MAILRU)

# ====================================================================
# 377318 — Анохина 38 кв 203 (reg 25.11 16:00)
# ====================================================================
plain(D2, "Анохина 38 (377318)", D(25, 16, 20),
      "Кравчук будет через 30 минут, кв. 203. Пусть жильцы воду перекроют пока.\n" + SIG2,
      dec("377318", [], WAY, "'будет через 30 минут' = on the way"), mailer=MAILRU)

inner = textpart("Прибыли на адрес, кв 203, в 16:55. Хозяев нет, ждём УК с ключами от щитка\nКравчук",
                 "plain", "utf-8", "base64")
inner["From"] = addr(KRAV)
inner["To"] = D2[1]
inner["Subject"] = hdr("Анохина")
inner["Date"] = format_datetime(D(25, 16, 56))
inner["Message-ID"] = "<20261125165600.kr@mail.ru>"
m = MIMEMultipart("mixed")
m.attach(textpart("Пересылаю от Кравчука, заявка 377318\n" + SIG2, "plain", "utf-8", "base64"))
m.attach(MIMEMessage(inner, "rfc822"))
finish(m, D2, "Fwd: Анохина", D(25, 17, 0),
       dec("377318", [], ON, "forward as attached message/rfc822: arrived"), mailer=MAILRU)

plain(D1, "377318 убытие", D(25, 19, 30),
      "377318: убытие 19:20. Течь на разводке ГВС в кв.203 устранена, соседей снизу (кв.199) осмотрели, "
      "акт составили.\n" + SIG1,
      dec("377318", [], OFF, "noun 'убытие' with time"), mailer=RAMBLER)

# ====================================================================
# other machine mail
# ====================================================================
nl_html = ("<html><body><h2>АкваСпас: скидка 15% на промывку систем отопления</h2>"
           "<p>Уважаемые партнёры! До 30 ноября действует скидка на гидропневматическую промывку. "
           "Заявки принимаем по тел. 8 (495) 744-18-32.</p>"
           "<p><a href=\"https://aquaspas-msk.ru/unsubscribe?id=376115\">Отписаться от рассылки</a></p></body></html>")
alt(NEWS, "Скидка 15% на промывку систем отопления до 30.11", D(19, 12, 0),
    "АкваСпас: скидка 15% на промывку систем отопления\nУважаемые партнёры! До 30 ноября действует скидка. "
    "Заявки принимаем по тел. 8 (495) 744-18-32.\nОтписаться: https://aquaspas-msk.ru/unsubscribe?id=376115\n",
    nl_html, ign("bulk mailing / newsletter"),
    extra={"Precedence": "bulk", "List-Unsubscribe": "<https://aquaspas-msk.ru/unsubscribe?id=376115>",
           "List-Id": "AquaSpas partners <partners.aquaspas-msk.ru>"})

ical = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
        "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Гусейнов Рамиль:mailto:guseinov.r@aquaspas-msk.ru\r\n"
        "SUMMARY;LANGUAGE=ru-RU:Принято: Выездное совещание по заявке 376588\r\n"
        "DTSTART;TZID=Russian Standard Time:20261113T110000\r\nDTEND;TZID=Russian Standard Time:20261113T120000\r\n"
        "UID:040000008200E00074C5B7101A82E0080000000070F2A1C9\r\nORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n"
        "DTSTAMP:20261112T093000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
m = MIMEMultipart("alternative")
m.attach(textpart("", "plain", "utf-8", "base64"))
cal = textpart(ical, "calendar", "utf-8", "base64")
cal.set_param("method", "REPLY")
m.attach(cal)
finish(m, GUS, "Принято: Выездное совещание по заявке 376588", D(12, 12, 30),
       ign("calendar meeting response generated by Outlook"), mailer=OUTLOOK,
       extra={"Thread-Topic": "Выездное совещание по заявке 376588"})

plain(D1, "Автоматический ответ: 376902 акт", D(14, 10, 5),
      "Это автоматический ответ.\nВаше письмо получено диспетчерской АСС «АкваСпас». "
      "Диспетчерская работает круглосуточно, в выходные ответ может задержаться.\n"
      "Срочные вызовы — только по телефону 8 (495) 744-18-32.\n",
      ign("auto-acknowledgement sent by the mailbox"),
      mailer=RAMBLER, extra={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

# ====================================================================
# extra human letters, mixed styles
# ====================================================================
plain(KRAV, "Re: 375977 подтвердите выезд", D(5, 9, 20),
      "ДС> Просим подтвердить выезд бригады по заявке 375977.\n"
      "ДС> Диспетчерская ОМИС\n\n"
      "Подтверждаю, едем, будем к 9:45. Кравчук\n" + SIG_MAILRU_MOB,
      dec("375977", [], WAY, "reply written under initials-style quote; 'едем, будем к 9:45'"), mailer=MAILRU)

plain(GUS, "RE: 376588 корп.2", D(11, 10, 45),
      "По п.1 ещё работаем, мы на месте. Про корп.2 это к Кравчуку.\n\nГусейнов\n\n"
      "-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\nSent: Wednesday, November 11, 2026 10:35 AM\n"
      "To: guseinov.r@aquaspas-msk.ru\nSubject: 376588 корп.2\n\nПо 376588 п.2 — кто на месте? Завхоз спрашивает.\n",
      dec("376588", ["1"], ON, "own text names п.1 on site; the quoted question is about п.2"),
      charset="windows-1251", cte="quoted-printable", enc="Q", mailer=OUTLOOK)

plain(D2, "#375406 выезд", D(3, 19, 40),
      "Уточняю по #375406: выезд бр.2 в 19:28 от метро Профсоюзная, ориентировочное прибытие 20:10\n" + SIG2,
      dec("375406", [], WAY, "noun 'выезд' with time; metro name is not a request"), mailer=MAILRU)

plain(D2, "Re: 376024 - когда?", D(6, 13, 10),
      "Добрый день, бригада освободится с другого адреса и поедет к вам, ориентировочно в 14:00. "
      "Пока не выехали.\n" + SIG2 +
      "\n\n> Когда будет бригада по 376024? Жильцы жалуются на запах.\n",
      rev("plan and negation ('пока не выехали'), no status"), mailer=MAILRU)

plain(D1, "376251 П2 выезд", D(10, 8, 55),
      "Петров выехал на ТЦ Калужский по 376251 (П2, туалеты фудкорта).\n" + SIG1,
      dec("376251", ["2"], WAY, "on the way for П2"), mailer=RAMBLER)

plain(LUKIN, "Re: 377460 п3", D(19, 9, 55),
      "Это Лукин. По 377460 п.3 подъехал в помощь Семёнову, мы на месте оба.\n\n"
      "От: Диспетчерская АкваСпас <aquaspas.disp@mail.ru>\nОтправлено: 19 ноября 2026 г. 9:45\n"
      "Кому: lukin.i@aquaspas-msk.ru\nТема: 377460 п3\n\nИгорь, подъедь на Шверника в подвал, помоги Семёнову.\n",
      dec("377460", ["3"], ON, "crew leader own address, Outlook header block quote below"),
      charset="windows-1251", cte="base64", mailer=OUTLOOK)

plain(D2, "377703 прибытие", D(20, 14, 20),
      "ПРИБЫТИЕ: 14:05\nзаявка №377703, д/с 2195, бр. Лукин\n" + SIG2,
      dec("377703", [], ON, "noun 'прибытие' with time"), mailer=MAILRU)

plain(D1, "обращение 377851 п.2 выполнено", D(24, 11, 50),
      "обращение 377851, п.2 (душевые): смесители заменили 3 шт, всё работает. бр. уехала в 11:40.\n" + SIG1,
      dec("377851", ["2"], OFF, "results + left"), charset="koi8-r", cte="base64", mailer=RAMBLER)

plain(D2, "Re: 377318 - принято", D(25, 16, 12),
      "выехалт на анохина, кравчук" + SIG_MAILRU_MOB +
      "\n\nСреда, 25 ноября 2026, 16:05 +03:00 от Диспетчерская АкваСпас <aquaspas.disp@mail.ru>:\n"
      "> 377318 — принято, ищу свободную бригаду\n",
      dec("377318", [], WAY, "typo 'выехалт на' = on the way, number in Re: subject"), mailer=MAILRU)

plain(D1, "375977 по второй позиции", D(5, 11, 30),
      "По второй позиции (пищеблок) — Кравчук пришёл, работает с 11:20. Заявка 375977.\n" + SIG1,
      dec("375977", ["2"], ON, "'по второй позиции', 'пришёл, работает'"), mailer=RAMBLER)

plain(D2, "377135 3-й этаж", D(16, 15, 0),
      "377135: пока ждём согласования по бойлеру, Гусейнов занялся 2-й поз (унитаз 3-й эт.), на месте, "
      "меняет арматуру бачка.\n" + SIG2,
      dec("377135", ["2"], ON, "'2-я поз'; '3-й эт.' is a floor, not a position"), mailer=MAILRU)

plain(D2, "376902 вопрос", D(13, 9, 0),
      "Добрый день. По 376902 на Вавилова: участок трубы менять будем? Если да — с вас отключение стояка "
      "и доступ в кв. 10 и 18. Ждём ответа.\n" + SIG2,
      rev("question/plan only"), mailer=MAILRU)


# ---------------------------------------------------------------- outputs
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print("letters:", N[0])
