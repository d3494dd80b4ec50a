#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: persona = young dispatcher Alina of
ООО «МастерПлюс Сервис» (Екатеринбург, +0500) plus senior engineer Зуев С.П.
Writes OUT/letters/NNN.eml, OUT/registry.json, OUT/labels.json."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

EKB = timezone(timedelta(hours=5))
MSK = timezone(timedelta(hours=3))

DISPATCH = ("Диспетчерская ОМиС", "dispatch@zakazchik-omis.ru")
ALINA = ("Алина Ковалёва", "a.kovaleva@masterplus-remont.ru")
ALINA_M = ("Алина", "kovaleva.alina97@mail.ru")
DISP = ("Диспетчер МастерПлюс", "disp@masterplus-remont.ru")
ZUEV = ("Зуев Сергей Петрович", "zuev.sp@masterplus-remont.ru")
BRIG = ("Бригада 2 МастерПлюс", "brigada2@masterplus-remont.ru")
INFO = ("МастерПлюс Сервис", "info@masterplus-remont.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@masterplus-remont.ru")

ZUEV_SIG = """--
С уважением,
Зуев Сергей Петрович
ведущий инженер ООО «МастерПлюс Сервис»
ИНН 6670420318 / КПП 667001001
тел. +7 (343) 287-42-05, моб. +7 912 421-05-77"""

ALINA_IPHONE = "\n\nОтправлено с iPhone"
ALINA_MAILRU = "\n\n--\nОтправлено из Почты Mail.ru"

# ---------------------------------------------------------------- registry
REG = [
    ("420318", ["1", "2"], (2, 8, 40),
     "ТЦ «Радуга», ул. Ленина 45. П1 — щитовая 1 эт., замена автомата ВА47-29; "
     "П2 — санузел 2 эт., течь под раковиной."),
    ("420415", ["1"], (3, 11, 0),
     "Склад ООО «Вектор», ул. Промышленная 8, стр. 2. 1 — замена смесителя в бытовке."),
    ("420527", ["1", "2", "3"], (5, 9, 0),
     "БЦ «Север», пр. Мира 12. 1 — освещение подземной парковки; 2 — розетки 3 эт. "
     "(оф. 305–310); 3 — ВРУ, протяжка контактов (нужно отключение)."),
    ("420602", ["1"], (7, 19, 30),
     "Кафе «Пельменная №1», ул. Малышева 73. 1 — засор канализации на кухне (аварийная)."),
    ("420744", ["1", "2"], (9, 10, 0),
     "Магазин «Фикс», ул. Восточная 21. 1 — входная дверь, замена доводчика; "
     "2 — не горит подсветка вывески (нужна автовышка)."),
    ("420890", ["1", "2", "3", "4"], (10, 12, 0),
     "Общежитие, ул. Студенческая 15. Замена кранов в душевых: 1 — 1 этаж, 2 — 2 этаж, "
     "3 — 3 этаж, 4 — 4 этаж."),
    ("421033", ["1"], (13, 7, 50),
     "МБДОУ детский сад № 420, ул. Бебеля 140. 1 — бойлер ГВС не греет."),
    ("421156", ["01", "02"], (16, 10, 0),
     "Отделение банка, ул. 8 Марта 190. 01 — электропитание кондиционера серверной; "
     "02 — розеточная группа кассового узла."),
    ("421209", ["1", "2"], (18, 9, 0),
     "ЖК «Олимп», ул. Шейнкмана 111, подъезд 3. 1 — освещение лестничных клеток; "
     "2 — замена почтовых ящиков (24 шт.)."),
    ("421470", ["1"], (20, 14, 0),
     "Аптека, ул. Луначарского 182. 1 — протечка стояка ХВС (аварийная)."),
    ("421688", ["1", "2", "3"], (23, 9, 0),
     "Поликлиника, ул. Бардина 4. 1 — каб. 214, розетки; 2 — туалет 1 эт., бачок; "
     "3 — регистратура, замена светильника."),
    ("422015", ["1"], (25, 10, 0),
     "Офис ООО «Гранд», ул. Мамина-Сибиряка 101, оф. 4. 1 — замена дверного замка."),
    ("422340", ["1", "2"], (26, 8, 0),
     "Промбаза, Сибирский тракт 12 км. 1 — ремонт электропривода ворот; "
     "2 — освещение проходной."),
]
REG_AT = {}
for num, pos, (d, h, m), com in REG:
    REG_AT[num] = datetime(2026, 11, d, h, m, tzinfo=EKB)


def T(d, h, m, s=0):
    return datetime(2026, 11, d, h, m, s, tzinfo=EKB)


# ---------------------------------------------------------------- builders
_msgid_counter = [0]


def msgid(dom="masterplus-remont.ru"):
    _msgid_counter[0] += 1
    return "<%d.%04d.fh%s@%s>" % (20261100 + _msgid_counter[0], 4200 + _msgid_counter[0],
                                 "x" * (_msgid_counter[0] % 3), dom)


def koi(s, charset):
    if charset.lower() == "koi8-r":
        for a, b in (("—", "-"), ("–", "-"), ("«", '"'), ("»", '"'), ("№", "N")):
            s = s.replace(a, b)
    return s


def tpart(body, subtype="plain", charset="utf-8", cte="b64"):
    body = koi(body, charset)
    if cte == "8bit":
        p = Message()
        p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
        p["Content-Transfer-Encoding"] = "8bit" if any(ord(c) > 127 for c in body) else "7bit"
        p.set_payload(body.encode(charset).decode("ascii", "surrogateescape"))
        return p
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:  # 8bit
        cs.body_encoding = None
    return MIMEText(body, subtype, cs)


def headers(msg, frm, subj, date, charset="utf-8", to=DISPATCH, mid=None,
            reply=None, extra=None):
    if subj is not None:
        subj = koi(subj, charset)
    msg["From"] = formataddr(frm, charset=charset)
    msg["To"] = formataddr(to, charset=charset)
    if subj is not None:
        try:
            subj.encode("ascii")
            msg["Subject"] = subj
        except UnicodeEncodeError:
            msg["Subject"] = Header(subj, charset)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid or msgid()
    if reply:
        msg["In-Reply-To"] = reply
        msg["References"] = reply
    msg["MIME-Version"] = "1.0"
    for k, v in (extra or []):
        msg[k] = v
    return msg


def plain(frm, subj, date, body, charset="utf-8", cte="b64", **kw):
    p = tpart(body, "plain", charset, cte)
    # move headers to top: build an empty Message and copy
    m = Message()
    headers(m, frm, subj, date, charset, **kw)
    for k, v in p.items():
        if k.lower() != "mime-version":
            m[k] = v
    m.set_payload(p._payload)
    return m


def _html(frm, subj, date, html, charset, cte, **kw):
    p = tpart(html, "html", charset, cte)
    m = Message()
    headers(m, frm, subj, date, charset, **kw)
    for k, v in p.items():
        if k.lower() != "mime-version":
            m[k] = v
    m.set_payload(p._payload)
    return m


def alternative(frm, subj, date, text, html, charset="utf-8", cte="b64", **kw):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    headers(m, frm, subj, date, charset, **kw)
    m.attach(tpart(text, "plain", charset, cte))
    m.attach(tpart(html, "html", charset, cte))
    return m


LETTERS = []  # (msg, label)


def add(msg, expect, request=None, positions=None, status=None, note=""):
    lab = {"expect": expect}
    if expect == "decided":
        lab.update({"request": request, "positions": positions, "status": status})
    lab["note"] = note
    LETTERS.append((msg, lab))
    return msg["Message-ID"]


PR = "заявка принята"
VP = "подрядчик в пути"
NM = "подрядчик на месте"
UB = "подрядчик убыл"

# ================================================================ 420318
add(plain(ALINA, "заявка 420318", T(2, 9, 5),
          "приняли 👌 щас распределю кто поедет" + ALINA_IPHONE, cte="8bit"),
    "decided", "420318", [], PR, "«приняли» — accepted, whole request")

add(plain(ALINA, "420381", T(2, 10, 12), "выехали 🚗" + ALINA_IPHONE, cte="8bit"),
    "review", note="typo: 420381 is not in the registry (corrected in the next letter)")

add(plain(ALINA, "ой", T(2, 10, 15),
          "ой, это по 420318 было, не по 420381 🙈🙈" + ALINA_IPHONE, cte="8bit"),
    "review", note="retraction referring to the previous letter; two numbers, no status of its own")

add(plain(ALINA, "420318", T(2, 10, 17),
          "короче по 420318 выехали, П1 и П2 обе, электрик + сантехник вместе на одной машине"
          + ALINA_IPHONE, cte="8bit"),
    "decided", "420318", ["1", "2"], VP, "restated correctly: on the way, both positions named")

add(plain(ALINA, "420318", T(2, 10, 58), "на месте уже" + ALINA_IPHONE, cte="8bit"),
    "decided", "420318", [], NM, "number only in subject, no position")

add(plain(ALINA, "420318", T(2, 12, 31),
          "420318 п1 всё ✅ автомат поменяли, свет есть, электрик уехал" + ALINA_IPHONE),
    "decided", "420318", ["1"], UB, "position 1 finished, electrician left")

add(plain(ALINA, "420318-2", T(2, 15, 22), "всё, ушёл 👋 течи нет" + ALINA_IPHONE, cte="8bit"),
    "decided", "420318", ["2"], UB, "position after a dash in subject; left, leak fixed")

# ================================================================ 420415
q_415 = """

От: Диспетчерская ОМиС <dispatch@zakazchik-omis.ru>
Отправлено: 3 ноября 2026 г. 9:02
Кому: disp@masterplus-remont.ru
Тема: Заявка №420415

Добрый день!
Направляем заявку №420415: склад ООО «Вектор», ул. Промышленная 8, стр. 2,
замена смесителя в бытовке. Контакт на объекте: кладовщик Олег, +7 902 875-11-40.
Просьба подтвердить принятие.

--
Диспетчерская ОМиС"""
mid_415 = add(plain(DISP, "RE: Заявка №420415", T(3, 11, 20),
                    "Добрый день, приняли, спс 🙂" + q_415, cte="qp"),
              "decided", "420415", [], PR, "reply above Outlook header block; «приняли»")

q_415b = """

От: Диспетчерская ОМиС <dispatch@zakazchik-omis.ru>
Отправлено: 4 ноября 2026 г. 11:58
Кому: Алина Ковалёва <a.kovaleva@masterplus-remont.ru>
Тема: Заявка №420415 — пропуск

Алина, добрый день. Во сколько будете? На складе охрана, нужно заранее заказать
пропуск на машину — сообщите марку и госномер."""
mid_415b = add(plain(ALINA, "RE: Заявка №420415 — пропуск", T(4, 14, 5),
                     "минут через 40 будут\nГазель белая А420ВС 196, водитель Рустам "
                     "+7 912 604-18-33" + q_415b, cte="qp"),
               "decided", "420415", [], VP,
               "«будут через 40 минут» = on the way; car plate А420ВС is not a number; request only in quoted subject")

add(plain(ALINA, "RE: RE: Заявка №420415 — пропуск", T(4, 16, 31),
          "смеситель поменяли, норм всё 👍 уехали уже\n\n" +
          "> минут через 40 будут\n> Газель белая А420ВС 196", cte="8bit", reply=mid_415b),
    "decided", "420415", [], UB, "result + left; quote with old status ignored")

# ================================================================ 420527
add(plain(ZUEV, "Заявка 420527", T(5, 9, 41),
          "Добрый день.\n\nЗаявку 420527 (БЦ «Север», пр. Мира 12) приняли в работу.\n"
          "По позициям 1 и 2 выезд завтра, 06.11, с 9:00. По позиции 3 (ВРУ) требуется "
          "отключение — просим согласовать с эксплуатацией БЦ дату и время.\n\n" + ZUEV_SIG,
          charset="windows-1251", cte="qp",
          extra=[("X-Mailer", "The Bat! (v10.1.2) Professional")]),
    "decided", "420527", [], PR, "accepted; the rest is plans; INN in signature contains 420318 digits")

add(plain(ALINA_M, "420527", T(6, 8, 35), "420527 выехали на П1 и П2 🚐" + ALINA_MAILRU),
    "decided", "420527", ["1", "2"], VP, "")

add(plain(ALINA_M, "420527", T(6, 8, 37),
          "ой не, П2 не поехали 🙈 только П1 щас едет, П2 после обеда" + ALINA_MAILRU),
    "decided", "420527", ["1"], VP,
    "self-correction: only position 1 is on the way, position 2 is a plan")

add(plain(ALINA_M, "420527", T(6, 13, 10), "📍 420527"),
    "review", note="emoji + number only")

add(plain(ALINA_M, "420527", T(6, 13, 12),
          "ну то есть по второй позиции на месте уже, 3 эт 😅" + ALINA_MAILRU),
    "decided", "420527", ["2"], NM, "explains previous emoji: position 2 on site")

z_text = ("Добрый вечер.\n\nОтчёт по заявке 420527 за 06.11.2026:\n"
          "П1 (освещение паркинга) — завершено 12:40, заменено 14 светильников LED ДСП-40, бригада убыла.\n"
          "П2 (розетки 3 эт.) — завершено 17:30, бригада убыла.\n"
          "П3 (ВРУ) — ожидает согласования отключения.\n\n" + ZUEV_SIG)
z_html = """<html><body><p>Добрый вечер.</p>
<p>Отчёт по заявке <b>420527</b> за 06.11.2026:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Объект</th><th>Статус</th><th>Время</th><th>Примечание</th></tr>
<tr><td>1</td><td>Освещение паркинга</td><td>Работы завершены, бригада убыла</td><td>12:40</td><td>Заменено 14 светильников LED ДСП-40</td></tr>
<tr><td>2</td><td>Розетки 3 эт., оф. 305–310</td><td>Работы завершены, бригада убыла</td><td>17:30</td><td>—</td></tr>
<tr><td>3</td><td>ВРУ</td><td>Ожидает отключения</td><td>—</td><td>Ждём согласования от эксплуатации</td></tr>
</table>
<p>--<br>С уважением,<br>Зуев Сергей Петрович<br>ведущий инженер ООО «МастерПлюс Сервис»<br>
ИНН 6670420318 / КПП 667001001<br>тел. +7 (343) 287-42-05</p></body></html>"""
add(alternative(ZUEV, "Заявка 420527 — отчёт за 06.11", T(6, 17, 48), z_text, z_html,
                charset="windows-1251", cte="b64",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    "decided", "420527", ["1", "2"], UB, "HTML table: 1 and 2 finished, 3 waiting (plan)")

q_527 = """

Вторник, 10 ноября 2026, 10:05 +03:00 от Диспетчерская ОМиС <dispatch@zakazchik-omis.ru>:
>Алина, добрый день.
>По заявке 420527 отключение ВРУ согласовано на 11.11 с 07:00 до 11:00.
>Ответственный от БЦ — Гусев А.В., +7 343 310-44-27."""
add(plain(ALINA_M, "Re: Заявка 420527 отключение", T(10, 12, 6),
          "ок спс, передала ребятам 👌" + ALINA_MAILRU + q_527),
    "review", note="acknowledgement of customer's message, no status")

add(plain(ALINA_M, "420527 п3", T(11, 6, 40),
          "выезжаем на ВРУ, 420527 п3 ⚡" + ALINA_MAILRU),
    "decided", "420527", ["3"], VP, "«выезжаем» at 06:40 = travelling now")

fwd_527 = """пересылаю от бригадира 👇


-------- Пересылаемое сообщение --------
11.11.2026, 09:52, "Бригада 2 МастерПлюс" <brigada2@masterplus-remont.ru>:

Алина, по Миру 12 ВРУ П3 протянули все контакты, отключение сняли, напряжение
подали в 9:40, всё в норме. Пломбу на эл.счётчике № 0421556 не трогали. Уехали.
Гусев расписался в наряде.
-------- Конец пересылаемого сообщения --------""" + ALINA_MAILRU
add(plain(ALINA_M, "Fwd: 420527 ВРУ", T(11, 9, 56), fwd_527),
    "decided", "420527", ["3"], UB, "forwarded crew report: position 3 finished, left; seal number is a distractor")

# ================================================================ 420602
add(plain(ALINA, "420602", T(7, 19, 46),
          "приняли 420602, аварийку уже отправила, едут 🚨" + ALINA_IPHONE),
    "decided", "420602", [], VP, "accepted and already on the way: latest = в пути")

q_602 = """

> 7 нояб. 2026 г., в 18:10, Диспетчерская ОМиС <dispatch@zakazchik-omis.ru> написал(а):
>
> Ждём, кафе закрывается в 23:00, вход со двора."""
mid_602 = add(plain(ALINA, "Re: 420602", T(7, 20, 25),
                    "ул. Малышева 73 (420602) — на месте, со двора зашли" + ALINA_IPHONE + q_602,
                    cte="8bit"),
              "decided", "420602", [], NM, "number in brackets after address")

q_602b = """

> 7 нояб. 2026 г., в 19:08, Диспетчерская ОМиС <dispatch@zakazchik-omis.ru> написал(а):
>
> Сколько ещё по времени? У них завтра банкет, нервничают.
>
>> 7 нояб. 2026 г., в 20:25, Алина Ковалёва <a.kovaleva@masterplus-remont.ru> написал(а):
>>
>> ул. Малышева 73 (420602) — на месте, со двора зашли"""
add(plain(ALINA, "Re: Re: 420602", T(7, 21, 12), "щас спрошу у них 🙏" + ALINA_IPHONE + q_602b,
          cte="8bit", reply=mid_602),
    "review", note="answer to a question, only promises to ask; on-site is in the quote")

add(plain(ALINA, "Re: Re: 420602", T(7, 21, 53),
          "пробили!! всё уходит норм, уехали 🎉🎉" + ALINA_IPHONE, cte="8bit"),
    "decided", "420602", [], UB, "done, left")

add(plain(ALINA, "420602 документы", T(9, 10, 2),
          "по 420602 акт выполненных работ № 1187 от 07.11 и счёт № 4212 скину сегодня до вечера 📄"
          + ALINA_IPHONE),
    "review", note="paperwork only; act/invoice numbers are distractors")

# ================================================================ 420744
add(plain(ZUEV, "Заявка № 420744", T(9, 10, 32),
          "Добрый день.\nЗаявка № 420744 принята.\nПо позиции 2 (вывеска) необходима автовышка, "
          "выезд по ней будет согласован отдельно.\n\n" + ZUEV_SIG,
          charset="windows-1251", cte="b64",
          extra=[("X-Mailer", "The Bat! (v10.1.2) Professional")]),
    "decided", "420744", [], PR, "")

add(plain(ALINA_M, "420744", T(10, 9, 15), "✅ 420744"),
    "review", note="emoji + number only")

add(plain(ALINA_M, "420744", T(10, 9, 16),
          "это я про то что доводчик поставили, п1 😅 дверь норм закрывается" + ALINA_MAILRU),
    "decided", "420744", ["1"], UB, "result for position 1 (door closer installed)")

add(plain(ALINA_M, "420744 (2)", T(11, 15, 30),
          "вышка заказана на пятницу 13.11 с 8:00, АГП-22 госномер Е744КМ 96\n"
          "вышка у нас отдельно оплачивается, 4500 за смену, согласуете? 🙏" + ALINA_MAILRU),
    "review", note="plan + price question")

add(plain(ALINA_M, "420744 (2)", T(13, 8, 10),
          "вышка едет, наши тоже выдвинулись 🚚" + ALINA_MAILRU),
    "decided", "420744", ["2"], VP, "position in brackets in subject")

add(plain(ALINA_M, "Re: 420744 (2)", T(13, 11, 40), "вывеска горит 💡💡 уехали" + ALINA_MAILRU),
    "decided", "420744", ["2"], UB, "")

# ================================================================ 420890

cal = MIMEMultipart("alternative")
del cal["MIME-Version"]
headers(cal, ZUEV, "Принято: Совещание по графику работ 420890", T(11, 9, 3),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")])
cal.attach(tpart("Зуев Сергей Петрович принял это приглашение.", "plain", "utf-8", "qp"))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\n"
       "VERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Зуев Сергей Петрович:mailto:zuev.sp@masterplus-remont.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по графику работ 420890\r\n"
       "DTSTART:20261111T100000Z\r\nDTEND:20261111T103000Z\r\n"
       "UID:040000008200E00074C5B7101A82E0080000000010fh420890\r\n"
       "DTSTAMP:20261111T040300Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cp = tpart(ics, "calendar", "utf-8", "b64")
cp.set_param("method", "REPLY")
cal.attach(cp)
add(cal, "ignored", note="calendar meeting response generated by Outlook")

mid_890 = add(plain(ALINA, "420890 выехали", T(12, 8, 31),
                    "Выехали на 420890, поз 1 и поз 2 сегодня" + ALINA_IPHONE),
              "decided", "420890", ["1", "2"], VP, "")

q_890 = """

ДЗ> Ждём, комендант предупреждена, ключи на вахте.
ДЗ> Дарья Зайцева, диспетчерская ОМиС"""
mid_890b = add(plain(ALINA, "Re: Re: 420890 выехали", T(12, 9, 12),
                     "поз1,поз2 на месте 👷‍♂️ ключи взяли" + q_890, cte="8bit", reply=mid_890),
               "decided", "420890", ["1", "2"], NM,
               "Re: subject names old status, body reports arrival; initials-prefixed quote")

add(plain(ALINA, "420890", T(12, 14, 2), "1й этаж готов 👍" + ALINA_IPHONE, cte="8bit"),
    "decided", "420890", ["1"], UB, "floor 1 = position 1 per request comment")

# bounce of customer's message to a non-existent contractor mailbox
bounce = MIMEMultipart("report", report_type="delivery-status")
del bounce["MIME-Version"]
headers(bounce, DAEMON, "Undelivered Mail Returned to Sender", T(12, 16, 50),
        extra=[("Auto-Submitted", "auto-replied")])
bounce.attach(tpart(
    "This is the mail system at host mx1.masterplus-remont.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n"
    "<brigada3@masterplus-remont.ru>: host mx1.masterplus-remont.ru said:\n"
    "    550 5.1.1 User unknown", "plain", "us-ascii", "8bit"))
ds = MIMEBase("message", "delivery-status")
_b1 = Message()
_b1["Reporting-MTA"] = "dns; mx1.masterplus-remont.ru"
_b1["Arrival-Date"] = format_datetime(T(12, 16, 48))
_b2 = Message()
_b2["Final-Recipient"] = "rfc822; brigada3@masterplus-remont.ru"
_b2["Action"] = "failed"
_b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
ds.set_payload([_b1, _b2])
bounce.attach(ds)
orig = plain(DISPATCH, "Re: 420890 поз1,поз2", T(12, 16, 48),
             "Спасибо! Подтвердите, пожалуйста, завтрашний выезд на 3 и 4 этажи.\n\n"
             "> 1й этаж готов 👍", to=("", "brigada3@masterplus-remont.ru"),
             mid="<a7c1.420890@zakazchik-omis.ru>")
bounce.attach(MIMEMessage(orig))
add(bounce, "ignored", note="delivery failure report (bounce)")

add(plain(ALINA, "420890 п3 п4", T(13, 8, 5),
          "сегодня по 420890 3 и 4 не успеваем 😞 кран-буксы не пришли, перенос на пн 16.11"
          + ALINA_IPHONE),
    "review", note="postponement, no status")

add(plain(ZUEV, "Заявка 420890 — позиции 3, 4", T(16, 9, 1),
          "Добрый день.\n\nПо заявке 420890: прибытие бригады на объект — 08:50, работы по "
          "позициям 3 и 4 начаты. Кран-буксы получены (накладная № 42-1877 от 14.11).\n\n"
          + ZUEV_SIG, charset="koi8-r", cte="qp",
          extra=[("X-Mailer", "Sylpheed 3.7.0")]),
    "decided", "420890", ["3", "4"], NM, "noun form «прибытие»; KOI8-R")

add(plain(ALINA, "420890", T(16, 15, 33),
          "420890 п.3 п.4 закрыли 🔥 всё, ребята свободны" + ALINA_IPHONE),
    "decided", "420890", ["3", "4"], UB, "")

# ================================================================ 421033
add(plain(ALINA, "421033", T(13, 8, 15), "взяли 421033, садик 🧸" + ALINA_IPHONE, cte="8bit"),
    "decided", "421033", [], PR, "")

add(plain(ALINA, "421033", T(13, 8, 18),
          "ой не, не взяли пока 🙈 Сергей Петрович ещё смотрит, отпишусь" + ALINA_IPHONE,
          cte="8bit"),
    "review", note="retracts previous acceptance; negation")

add(plain(ZUEV, "Заявка 421033 — бойлер", T(13, 9, 32),
          "Добрый день.\n\nЗаявку 421033 (д/с № 420, ул. Бебеля 140) принимаем.\n"
          "Бойлер Thermex ER 300V, по описанию требуется замена ТЭНа 2,5 кВт (арт. 2-0412), "
          "в наличии на складе. Выезд сегодня до обеда.\n\n" + ZUEV_SIG,
          charset="windows-1251", cte="qp",
          extra=[("X-Mailer", "The Bat! (v10.1.2) Professional")]),
    "decided", "421033", [], PR, "kindergarten № 420 and article 2-0412 are distractors")

add(plain(ALINA, "в пути, 421033", T(13, 11, 5), "🚗💨" + ALINA_IPHONE, cte="8bit"),
    "decided", "421033", [], VP, "status and number in subject")

rr = MIMEMultipart("report", report_type="disposition-notification")
del rr["MIME-Version"]
headers(rr, ZUEV, "Прочитано: Заявка 421033 — бойлер", T(13, 11, 40),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")])
rr.attach(tpart("Ваше сообщение\n\n  Кому: zuev.sp@masterplus-remont.ru\n"
                "  Тема: Заявка 421033 — бойлер\n  Отправлено: 13.11.2026 9:35\n\n"
                "было прочитано 13.11.2026 11:40.", "plain", "utf-8", "b64"))
dn = MIMEBase("message", "disposition-notification")
dn.set_payload("Reporting-UA: MPS-PC07; Microsoft Outlook 16.0\n"
               "Final-Recipient: rfc822;zuev.sp@masterplus-remont.ru\n"
               "Original-Message-ID: <b19.421033@zakazchik-omis.ru>\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(dn)
add(rr, "ignored", note="read receipt")

add(plain(ALINA, "Re: в пути, 421033", T(13, 14, 20),
          "ТЭН поменяли, греет 🔥 ребята освободились" + ALINA_IPHONE),
    "decided", "421033", [], UB, "result; Re: subject names old status")

# ================================================================ 421156
add(plain(ALINA, "#421156", T(16, 10, 21), "421156 принято 👌" + ALINA_IPHONE, cte="8bit"),
    "decided", "421156", [], PR, "")

add(plain(ALINA, "421156-01", T(17, 9, 0), "едем" + ALINA_IPHONE, cte="8bit"),
    "decided", "421156", ["01"], VP, "position after dash in subject")

add(_html(ALINA, "421156", T(17, 10, 10),
          '<html><head><meta charset="utf-8"></head><body>'
          '<div dir="auto">на месте 👷 п01, п02</div><div dir="auto"><br></div>'
          '<div dir="auto">Отправлено с iPhone</div></body></html>', "utf-8", "qp"),
    "decided", "421156", ["01", "02"], NM, "HTML-only")

add(plain(ALINA, "421156", T(17, 12, 3),
          "по 02 всё, касса работает. по 01 нужен автомат на 32А, поедет на склад за ним"
          + ALINA_IPHONE),
    "decided", "421156", ["02"], UB, "02 done; 01 only a plan")

add(plain(ALINA, "421156 (01)", T(17, 15, 34), "01 готово ✔️ уехал" + ALINA_IPHONE, cte="8bit"),
    "decided", "421156", ["01"], UB, "")

# ================================================================ 421209
q_209 = """

ср, 18 нояб. 2026 г. в 07:05, Диспетчерская ОМиС <dispatch@zakazchik-omis.ru>:

> Добрый день.
> Новая заявка 421209: ЖК «Олимп», ул. Шейнкмана 111, подъезд 3.
> 1 — освещение лестничных клеток, 2 — замена почтовых ящиков (24 шт).
> Когда сможете?"""
add(alternative(ALINA, "Re: Новая заявка 421209 ЖК Олимп", T(18, 9, 30),
                "получили, спасибо 🙏 взяли в работу" + q_209,
                '<div dir="ltr">получили, спасибо 🙏 взяли в работу</div><br>'
                '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">ср, 18 нояб. 2026 г. '
                'в 07:05, Диспетчерская ОМиС &lt;dispatch@zakazchik-omis.ru&gt;:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                'padding-left:1ex">Добрый день.<br>Новая заявка 421209: ЖК «Олимп», ул. Шейнкмана 111, '
                'подъезд 3.<br>1 — освещение лестничных клеток, 2 — замена почтовых ящиков (24 шт).'
                '<br>Когда сможете?</blockquote></div>', cte="qp"),
    "decided", "421209", [], PR, "«взяли в работу» = accepted")

add(plain(ALINA, "Re: Новая заявка 421209 ЖК Олимп", T(18, 9, 32),
          "ой, на \"когда\" забыла ответить 😅 завтра с утра постараемся, ящики ещё забрать надо"
          + ALINA_IPHONE),
    "review", note="plan only (answer to customer's question)")

add(plain(ALINA, "421209", T(19, 9, 31), "Прибытие на объект 09:25 (421209)" + ALINA_IPHONE,
          cte="8bit"),
    "decided", "421209", [], NM, "noun form")

add(plain(ZUEV, "Заявка 421209 — итоги 19.11", T(19, 13, 5),
          "Добрый день.\n\nПо заявке 421209:\n"
          "п.1 — заменено 9 светильников НПП-1301, работы завершены.\n"
          "п.2 — почтовые ящики смонтированы частично (12 из 24), остальные завтра, "
          "ждём вторую партию.\n\n" + ZUEV_SIG,
          charset="windows-1251", cte="b64",
          extra=[("X-Mailer", "The Bat! (v10.1.2) Professional")]),
    "decided", "421209", ["1"], UB, "п.1 finished; п.2 continues tomorrow (plan)")

add(plain(ALINA, "421209 п2", T(20, 9, 2), "421209 п2 на мсете снова" + ALINA_IPHONE, cte="8bit"),
    "decided", "421209", ["2"], NM, "typo «мсете»")

# ================================================================ 421470
add(plain(ALINA, "наряд 421470", T(20, 14, 11), "взяли в работу 421470 💧 аварийка" + ALINA_IPHONE),
    "decided", "421470", [], PR, "")

oof = plain(ZUEV, "Автоматический ответ: наряд 421470", T(20, 14, 12),
            "Здравствуйте!\n\nЯ в отпуске с 20.11.2026 по 23.11.2026 включительно.\n"
            "По текущим заявкам обращайтесь к диспетчеру Алине Ковалёвой: "
            "a.kovaleva@masterplus-remont.ru, +7 912 604-18-30.\n\nЗуев С.П.",
            charset="windows-1251", cte="qp",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                   ("X-Mailer", "Microsoft Outlook 16.0")])
add(oof, "ignored", note="out-of-office auto-reply")

add(plain(ALINA, "421470", T(20, 14, 50), "BЫEXAЛИ 421470" + ALINA_IPHONE, cte="8bit"),
    "decided", "421470", [], VP, "caps with Latin look-alike letters B, E, X, A")

q_470 = """

> 20 нояб. 2026 г., в 12:58, Диспетчерская ОМиС <dispatch@zakazchik-omis.ru> написал(а):
>
> Вы уже выехали? В аптеке воды по щиколотку, провизор в панике."""
add(plain(ALINA, "Re: наряд 421470", T(20, 15, 4),
          "да, подъезжают уже, минут 10 🙏" + ALINA_IPHONE + q_470, cte="8bit"),
    "decided", "421470", [], VP, "reply to customer's question; still travelling")

add(plain(ALINA, "421470", T(20, 17, 31),
          "выехали с объекта в 17:20, стояк перекрыли и заменили участок трубы 1,5 м, сухо 👌"
          + ALINA_IPHONE),
    "decided", "421470", [], UB, "«выехали С объекта» = left the site")

add(plain(ALINA, "итог дня", T(20, 18, 5),
          "итог дня: 421209 закрыли, 421470 стояк сделали ✌️ всем спс, я домой" + ALINA_IPHONE,
          cte="8bit"),
    "review", note="two requests in one letter")

# ================================================================ 421688
add(plain(ZUEV, "Заявка 421688", T(24, 8, 5),
          "Добрый день.\n\nВернулся из отпуска. Заявку 421688 (поликлиника, ул. Бардина 4) "
          "принимаем в работу, выезд бригады сегодня утром по всем трём позициям.\n\n" + ZUEV_SIG,
          charset="windows-1251", cte="qp",
          extra=[("X-Mailer", "The Bat! (v10.1.2) Professional")]),
    "decided", "421688", [], PR, "accepted; departure is a plan")

add(plain(ALINA, "421688", T(24, 8, 34), "421688 выезд 8:30 п1 п2 п3 🚐" + ALINA_IPHONE,
          cte="8bit"),
    "decided", "421688", ["1", "2", "3"], VP, "noun «выезд» with past time")

add(plain(ZUEV, "RE: 421688", T(24, 11, 2),
          "Добрый день.\n\nПо заявке 421688 на 11:00:\n"
          "п.1 (каб. 214) и п.3 (регистратура) — выполнено, проверено с завхозом.\n"
          "п.2 (туалет 1 эт.) — бригада на месте, ждём арматуру для бачка Alcaplast A2000, "
          "привезут к 13:00.\n\n" + ZUEV_SIG + "\n\n-----Original Message-----\n"
          "From: Алина Ковалёва [mailto:a.kovaleva@masterplus-remont.ru]\n"
          "Sent: Tuesday, November 24, 2026 8:34 AM\nTo: dispatch@zakazchik-omis.ru\n"
          "Subject: 421688\n\n421688 выезд 8:30 п1 п2 п3",
          charset="windows-1251", cte="b64",
          extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    "review", note="different statuses for different positions: 1,3 finished, 2 on site")

# ================================================================ 422015
add(plain(ALINA_M, "422015", T(25, 10, 16), "принято 422015 🔑" + ALINA_MAILRU, cte="8bit"),
    "decided", "422015", [], PR, "")

add(plain(ALINA_M, "422015", T(25, 11, 20), "422015 п2 — на месте" + ALINA_MAILRU, cte="8bit"),
    "review", note="request 422015 has no position 2")

add(plain(ALINA_M, "422015", T(25, 11, 22),
          "ой не п2 а п1 конечно, там одна позиция 🤦‍♀️ на месте он" + ALINA_MAILRU, cte="8bit"),
    "decided", "422015", ["1"], NM, "self-correction, restates on-site for position 1")

add(plain(ALINA_M, "422015 😡", T(25, 12, 5),
          "нам так и не открыли офис, мастер 40 минут простоял у двери, звонил на +7 343 222-40-15 "
          "никто не берёт. уехал, замок не меняли. кто оплатит ложный выезд??" + ALINA_MAILRU),
    "review", note="complaint: left without doing the work, not a finished position")

# ================================================================ 422340
add(plain(ALINA, "422340", T(26, 8, 21), "422340 ок, берём 👍" + ALINA_IPHONE, cte="8bit"),
    "decided", "422340", [], PR, "")

# bulk newsletter
nl_html = ("<html><body><h2>Ноябрьская акция МастерПлюс!</h2>"
           "<p>Скидка 15% на электромонтажные работы до 30.11.2026. Выезд мастера в течение "
           "2 часов, бригада на месте — без переплат!</p>"
           "<p>Звоните: +7 (343) 287-42-00</p>"
           "<p style='font-size:10px'>Вы получили это письмо, так как являетесь клиентом "
           "ООО «МастерПлюс Сервис». <a href='https://masterplus-remont.ru/unsub?u=420890'>"
           "Отписаться</a></p></body></html>")
nl = alternative(INFO, "Ноябрьская акция: −15% на электромонтаж ⚡", T(26, 11, 0),
                 "Ноябрьская акция МастерПлюс!\n\nСкидка 15% на электромонтажные работы до "
                 "30.11.2026. Выезд мастера в течение 2 часов, бригада на месте — без переплат!\n"
                 "Звоните: +7 (343) 287-42-00\n\nОтписаться: https://masterplus-remont.ru/unsub?u=420890",
                 nl_html, cte="b64",
                 extra=[("Precedence", "bulk"),
                        ("List-Unsubscribe", "<https://masterplus-remont.ru/unsub?u=420890>"),
                        ("List-Id", "MasterPlus news <news.masterplus-remont.ru>"),
                        ("X-Mailer", "Sendsay")])
add(nl, "ignored", note="bulk mailing/newsletter")

add(plain(ALINA, "422340", T(27, 9, 10),
          "по 422340 ещё не выехали 😬 машина в сервисе, к обеду обещают" + ALINA_IPHONE),
    "review", note="negation + plan")

# helpdesk auto-acknowledgement
ack = plain(DISP, "[Тикет #7741] Re: 422340", T(27, 9, 40),
            "Здравствуйте!\n\nВаше обращение зарегистрировано под номером 7741.\n"
            "Ответ будет направлен в рабочее время (пн–пт 8:00–18:00).\n\n"
            "Это письмо сформировано автоматически, отвечать на него не нужно.",
            cte="qp", extra=[("Auto-Submitted", "auto-replied"),
                             ("X-Auto-Response-Suppress", "All")])
add(ack, "ignored", note="helpdesk auto-acknowledgement")

add(plain(ALINA, "422340", T(27, 13, 2),
          "по 422340 выехали наконец 😅 на ворота (П1)" + ALINA_IPHONE, cte="8bit"),
    "decided", "422340", ["1"], VP, "")

# forward as attachment (message/rfc822) from the brigade mailbox
inner = plain(BRIG, "422340/1", T(27, 14, 8),
              "На промбазе, 14:05, ворота смотрим. Привод CAME BX-78, похоже плата.",
              cte="8bit")
fw = MIMEMultipart("mixed")
del fw["MIME-Version"]
headers(fw, ALINA, "Fwd: 422340/1", T(27, 14, 12))
fw.attach(tpart("вот от бригады 👇" + ALINA_IPHONE, "plain", "utf-8", "8bit"))
fw.attach(MIMEMessage(inner))
add(fw, "decided", "422340", ["1"], NM, "forwarded as attachment: crew on site at position 1")

add(plain(ZUEV, "Заявка 422340 — поз. 1", T(27, 17, 40),
          "Добрый вечер.\n\nЗаявка 422340, позиция 1 (электропривод ворот): заменена плата "
          "управления ZBX-7 привода CAME BX-78, ворота работают в штатном режиме. "
          "Завершение работ — 17:15, бригада убыла с объекта.\n"
          "По позиции 2 выезд 30.11.\n\n" + ZUEV_SIG,
          charset="koi8-r", cte="b64", extra=[("X-Mailer", "Sylpheed 3.7.0")]),
    "decided", "422340", ["1"], UB, "noun «завершение», «убыла»; position 2 is a plan")


# ================================================================ write
def main():
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    labels = {}
    for i, (msg, lab) in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[name] = lab
    registry = {
        "contractor": {
            "name": "ООО «МастерПлюс Сервис»",
            "emails": [ALINA[1], ALINA_M[1], DISP[1], ZUEV[1], BRIG[1], INFO[1], DAEMON[1]],
            "domains": ["masterplus-remont.ru"],
        },
        "requests": [
            {"number": n, "positions": p,
             "registered_at": REG_AT[n].astimezone(MSK).isoformat(), "comment": c}
            for n, p, _, c in REG
        ],
    }
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(registry, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
