# -*- coding: utf-8 -*-
"""Генератор тестовых писем: ООО «УралПереезд-Такелаж» (Екатеринбург, +0500).

Переезды офисов, архивов, такелаж тяжёлого оборудования между зданиями заказчика.
Письма пишут два диспетчера (Outlook, windows-1251, полу-шаблон с полями),
бригадиры (SMS через SMS-шлюз компании, UTF-8; один бригадир — The Bat!, KOI8-R),
менеджер (Thunderbird, UTF-8). Плюс машинная почта (автоответ, NDR, уведомление
о прочтении, рассылка, ответ на приглашение, отчёт шлюза о доставке).

Запуск: python3 make.py  -> letters/*.eml, labels.json, registry.json
"""
import base64
import hashlib
import json
import os
from datetime import datetime, timedelta, timezone

import email.charset as ec
from email import policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=5))
DOM = "uralpereezd.ru"
CUST = "dispatch@zakazchik-omis.ru"
CUST_NAME = "Диспетчерская служба ОМИС"

GON = ("Гончарова Светлана", "s.goncharova@" + DOM)
TIM = ("Тимофеева Ольга", "o.timofeeva@" + DOM)
DISP = ("Диспетчерская УралПереезд", "dispetcher@" + DOM)
SMS = ("SMS-шлюз УралПереезд", "sms@" + DOM)
SHA = ("Ринат Шайхутдинов", "r.shaikhutdinov@" + DOM)
BEL = ("Белоусов Алексей", "a.belousov@" + DOM)
NEWS = ("УралПереезд-Такелаж", "news@" + DOM)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOM)

KUZ = ("+7 912 245-67-89", "Кузнецов А.В.")
SHP = ("+7 922 108-33-41", "Шайхутдинов Р.Р.")
LOP = ("+7 950 637-12-05", "Лопатин С.Н.")

SIG_GON = """--
С уважением,
Светлана Гончарова
диспетчер ООО «УралПереезд-Такелаж»
тел. (343) 384-01-12, доб. 2; моб. +7 912 600-14-27
ИНН 6671098234 / КПП 667101001
620014, г. Екатеринбург, ул. Вайнера, 60, оф. 214"""

SIG_TIM = """С уважением, Тимофеева Ольга
диспетчер (2 смена)
ООО «УралПереезд-Такелаж»
+7 (343) 384-01-12 доб. 3 | dispetcher@uralpereezd.ru"""

SIG_TIM_EN = SIG_TIM

_counter = [0]


def dt(d, hm, s=0):
    """d='05.11', hm='08:04' -> aware datetime +0500."""
    day, mon = map(int, d.split("."))
    h, m = map(int, hm.split(":"))
    return datetime(2026, mon, day, h, m, s, tzinfo=TZ)


def msgid(tag, domain=DOM):
    _counter[0] += 1
    h = hashlib.md5(("%s-%d" % (tag, _counter[0])).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], domain)


def cs(name, body="qp", head="b"):
    c = ec.Charset(name)
    c.body_encoding = {"qp": ec.QP, "b64": ec.BASE64, "8bit": None}[body]
    c.header_encoding = {"q": ec.QP, "b": ec.BASE64}[head]
    return c


def text_part(body, charset, sub="plain"):
    return MIMEText(body, sub, charset)


def set_headers(msg, frm, date, subj, c, to=(CUST_NAME, CUST), cc=None,
                mid=None, irt=None, refs=None, extra=None):
    msg["From"] = formataddr(frm, charset=c)
    if to:
        msg["To"] = formataddr(to, charset=c) if isinstance(to, tuple) else to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subj, c) if any(ord(ch) > 127 for ch in subj) else subj
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid or msgid(subj + date.isoformat())
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = refs or irt
    for k, v in (extra or {}).items():
        msg[k] = v
    # put MIME headers after the address/subject block, as real clients do
    saved = [(k, v) for k, v in msg.items()
             if k.lower() in ("mime-version", "content-type", "content-transfer-encoding")]
    for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        del msg[k]
    msg["MIME-Version"] = "1.0"
    for k, v in saved:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg


def outlook_extra(date):
    ti = base64.b64encode(hashlib.sha1(date.isoformat().encode()).digest()[:22]).decode()
    return {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": ti,
            "Content-Language": "ru", "X-MS-Has-Attach": "",
            "X-MS-TNEF-Correlator": ""}


def html_wrap(inner):
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
            "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} "
            "table.t td{border:solid windowtext 1.0pt;padding:0cm 5.4pt;} --></style></head>"
            "<body lang=RU link=\"#0563C1\"><div class=WordSection1>" + inner +
            "</div></body></html>")


def outlook(frm, date, subj, body, html=None, html_only=False, bodyenc="qp",
            headenc="b", irt=None, to=(CUST_NAME, CUST), cc=None):
    c = cs("windows-1251", bodyenc, headenc)
    if html_only:
        msg = text_part(html_wrap(html), c, "html")
    elif html:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(body, c))
        msg.attach(text_part(html_wrap(html), c, "html"))
    else:
        msg = text_part(body, c)
    return set_headers(msg, frm, date, subj, c, to=to, cc=cc, irt=irt,
                       extra=outlook_extra(date))


def sms_body(phone, who, recv, text, sid):
    return ("Входящее SMS\n"
            "Отправитель: %s (%s)\n"
            "Принято шлюзом: %s +05:00\n"
            "------------------------------\n"
            "%s\n"
            "------------------------------\n"
            "ID: %s | Канал: MTS-EKB-2 | Частей: 1\n"
            "Ответить на SMS: reply+%s@sms.uralpereezd.ru\n"
            % (phone, who, recv.strftime("%d.%m.%Y %H:%M:%S"), text, sid,
               phone.replace(" ", "").replace("-", "").lstrip("+")))


def sms(date, foreman, text, to=CUST, cc="dispetcher@" + DOM, enc="8bit", sec=0):
    phone, who = foreman
    recv = date - timedelta(seconds=40 + sec)
    sid = recv.strftime("%Y%m%d-%H%M%S") + "-%04d" % (int(hashlib.md5(text.encode()).hexdigest()[:4], 16) % 10000)
    c = cs("utf-8", enc, "b")
    msg = text_part(sms_body(phone, who, recv, text, sid), c)
    subj = "SMS от %s" % phone.replace(" ", "").replace("-", "")
    return set_headers(msg, SMS, date, subj, c, to=to, cc=cc,
                       extra={"X-Mailer": "SMSGate 2.4.1 (uralpereezd)",
                              "X-SMS-Gateway-Id": sid,
                              "X-SMS-From": phone.replace(" ", "").replace("-", "")})


def sms_quoted_text(date, foreman, text):
    phone, who = foreman
    recv = date - timedelta(seconds=40)
    sid = recv.strftime("%Y%m%d-%H%M%S") + "-0%03d" % (len(text) * 7 % 1000)
    return sms_body(phone, who, recv, text, sid)


LETTERS = []  # (date, msg, label)


def add(msg, label):
    date = datetime.strptime(msg["Date"], "%a, %d %b %Y %H:%M:%S %z")
    LETTERS.append((date, msg, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


P, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 840112
d = dt("02.11", "11:05")
add(outlook(GON, d, "Заявка 840112 принята", """Добрый день!

Заявка: 840112
Объект: корп. А, ул. Малышева, 51 -> корп. Б, ул. Шейнкмана, 90
Статус: принята в работу
Время: 02.11.2026 11:00
Бригадир: Кузнецов А.В., тел. +7 912 245-67-89
Машина: ISUZU ELF М 482 КН 196 (на 05.11)
Комментарий: начало работ планируем 05.11 с 8:30 (архив), 06.11 - кабинеты 210-212, 07.11 - сборка. На машину нужен пропуск на въезд во двор корп. А.

""" + SIG_GON),
    D("840112", [], P, "templated acceptance; dates in Комментарий are plans only; no position named -> whole request"))

d = dt("05.11", "08:04")
add(sms(d, KUZ, "840112 выехали на малышева 51, будем 8:30. машина 482"),
    D("840112", [], V, "SMS via gateway: crew left for the site (на малышева = to the site); '482' is the truck plate"))

d = dt("05.11", "08:52")
q = sms_quoted_text(dt("05.11", "08:47"), KUZ, "840112 на месте. архив 104 начали упаковку, коробов не хватает, везем еще 40")
add(outlook(GON, d, "FW: SMS от +79122456789", """Пересылаю смс бригадира по архиву.
Коробки доп. (40 шт.) везём со своего склада, в стоимость не входят - по договору.

Светлана

-----Original Message-----
From: SMS-шлюз УралПереезд [mailto:sms@uralpereezd.ru]
Sent: Thursday, November 05, 2026 8:47 AM
To: dispetcher@uralpereezd.ru
Subject: SMS от +79122456789

""" + q),
    D("840112", ["1"], M, "forwarded foreman SMS: on site; 'архив 104' = поз. 1 per registry comment; 40 boxes is a count"))

d = dt("05.11", "13:20")
add(sms(d, KUZ, "840112 п1 архив 182 кор разгрузили на шейнкмана склад 1эт. по архиву все, едем обедать"),
    D("840112", ["1"], U, "п1 archive fully unloaded at destination, 'по архиву всё' -> position finished; 182 is box count"))

d = dt("06.11", "09:18")
add(outlook(GON, d, "Малышева, 51 (840112)", """Заявка:
Объект: каб. 210-212, 2 этаж корп. А
Статус:
Время: 9-10
Бригадир: Кузнецов А.В.
Машина: ISUZU ELF М 482 КН 196
Комментарий: бригада прибыла, начали разборку шкафов в 210 и 211. Оргтехнику пакуют ваши ИТ, мы ждём.

""" + SIG_GON),
    D("840112", ["2"], M, "number only in brackets after address in subject; Статус blank, status in Комментарий (бригада прибыла); каб. 210-212 = поз. 2"))

d = dt("06.11", "17:35")
t_plain = """Добрый вечер!
Сводка по заявке 840112 на 06.11:

поз. 1 | архив каб. 104 | выполнено 05.11 | 13:10
поз. 2 | каб. 210-212 | перевезено, поднято на 5 эт. корп. Б, бригада убыла | 16:50
поз. 3 | сборка мебели 5 эт. | запланировано | 07.11 с 9:00

Перевезено сегодня: 11 столов, 9 шкафов, 27 коробов, 14 м3. Машина М 482 КН 196, 2 рейса.

Светлана"""
t_html = """<p class=MsoNormal>Добрый вечер!</p><p class=MsoNormal>Сводка по заявке 840112 на 06.11:</p>
<table class=t border=1 cellspacing=0 cellpadding=0>
<tr><td><b>Поз.</b></td><td><b>Что</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>
<tr><td>1</td><td>архив каб. 104</td><td>выполнено 05.11</td><td>13:10</td></tr>
<tr><td>2</td><td>каб. 210-212</td><td>перевезено, поднято на 5 эт. корп. Б, бригада убыла</td><td>16:50</td></tr>
<tr><td>3</td><td>сборка мебели 5 эт.</td><td>запланировано</td><td>07.11 с 9:00</td></tr>
</table>
<p class=MsoNormal>Перевезено сегодня: 11 столов, 9 шкафов, 27 коробов, 14 м<sup>3</sup>. Машина М&nbsp;482&nbsp;КН&nbsp;196, 2 рейса.</p>
<p class=MsoNormal>Светлана</p>"""
add(outlook(GON, d, "840112 сводка 06.11", t_plain, html=t_html),
    D("840112", ["1", "2"], U, "multipart/alternative table, row per position: поз.1 done (repeat of 05.11), поз.2 crew left 16:50; поз.3 only planned -> excluded"))

d = dt("07.11", "09:12")
add(sms(d, KUZ, "840112 сборка 5 эт начали, нас 2 чел"),
    D("840112", ["3"], M, "сборка на 5 этаже = поз. 3 per registry; started = on site"))

d = dt("07.11", "18:05")
add(outlook(GON, d, "RE: 840112 сборка", """Добрый вечер!
Сборку закончили в 17:40: собрано 14 столов, 6 шкафов, 3 тумбы, упаковку вынесли (9 мешков). Бригада уехала.
Акт № 112/11 оставили у завхоза Петровой Н.И. на подпись.

Светлана

От: Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 7 ноября 2026 г. 15:31
Кому: Гончарова Светлана
Тема: 840112 сборка

Светлана, добрый день.
Подскажите, сегодня успеете закончить сборку на 5 этаже? В понедельник сотрудники выходят на новые места.

--
Диспетчерская служба ОМИС
тел. (343) 310-55-00""", irt="<20261107153102.4471@zakazchik-omis.ru>"),
    D("840112", ["3"], U, "reply on top of Outlook quote block; сборка finished, crew left; act 112/11 is not a request"))

# ---------------------------------------------------------------- 840127
d = dt("03.11", "15:20")
add(outlook(TIM, d, "RE: Заявка №840127 такелаж серверной", """Добрый день!
Заявку приняли. Такелажники (3 чел., бригадир Шайхутдинов Р.Р., +7 922 108-33-41) будут 04.11 к 19:00, после окончания рабочего дня.
Машина с гидробортом Hyundai HD78 А 917 ТО 96.
Просьба к 19:00 обесточить стойки и ИБП силами вашей ИТ-службы.

""" + SIG_TIM + """

From: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>
Sent: Tuesday, November 3, 2026 11:20 AM
To: dispetcher@uralpereezd.ru
Subject: Заявка №840127 такелаж серверной

Добрый день.
Направляем заявку №840127: перенос 2 стоек 42U из серверной 2 эт. в новую серверную 1 эт. (поз. 1) и ИБП APC Symmetra с батарейными шкафами (поз. 2). Работы только после 18:00.
""", irt="<20261103112011.0931@zakazchik-omis.ru>"),
    D("840127", [], P, "acceptance on top of quote; quoted customer request names positions but the reply accepts the whole request"))

d = dt("04.11", "18:42")
add(sms(d, SHP, "840127 пока не выехали, гидроборт на мойке. задержка 30-40 мин"),
    R("negation: not left yet, only a delay announced"))

d = dt("04.11", "19:24")
add(sms(d, SHP, "840127 выехали с базы через 20 мин будем у вас"),
    D("840127", [], V, "left the base (с базы), arriving in 20 min -> on the way"))

d = dt("04.11", "20:05")
add(outlook(TIM, d, "RE: 840127", """Прибытие бригады на 840127 - 19:50, серверная 2 эт.
Ждём отключения стоек вашими айтишниками, пока не отключили - не трогаем.

Ольга

-----Original Message-----
From: Тимофеева Ольга
Sent: Tuesday, November 3, 2026 3:20 PM
To: Диспетчерская служба ОМИС
Subject: RE: Заявка №840127 такелаж серверной

Заявку приняли. Такелажники (3 чел., бригадир Шайхутдинов Р.Р.) будут 04.11 к 19:00.
"""),
    D("840127", ["1"], M, "noun 'Прибытие' with time; серверная 2 эт. = поз. 1 (стойки) per registry; ИБП is in электрощитовая"))

d = dt("04.11", "23:58")
add(sms(d, SHP, "840127 п1 стойки 2шт перенесли в новую серверную 1эт, поставили. п2 ибп завтра вечером. уехали"),
    D("840127", ["1"], U, "п1 done and crew left; п2 only planned for tomorrow"))

d = dt("05.11", "21:40")
c = cs("koi8-r", "8bit", "b")
m = text_part("""Добрый вечер.

По заявке 840127 поз.2: ИБП APC Symmetra перемещён из электрощитовой в новую серверную 1 эт.
Вес по паспорту 480 кг + 2 батарейных шкафа по 210 кг, катили на тележках, по лестнице не несли.
Закончили в 21:15, бригада уехала. Подключение делают ваши.

--
Шайхутдинов Р.Р., бригадир такелажников
ООО "УралПереезд-Такелаж"
т. +7 922 108-33-41
""", c)
add(set_headers(m, SHA, d, "840127 ИБП", c,
                extra={"X-Mailer": "The Bat! (v9.4.5) Professional", "X-Priority": "3 (Normal)"}),
    D("840127", ["2"], U, "foreman via The Bat!, KOI8-R 8bit; поз.2 finished, crew left; 480/210 kg are weights"))

# ---------------------------------------------------------------- 840135
d = dt("05.11", "09:55")
add(outlook(GON, d, "840135 станок", """Добрый день!
Заявку 840135 взяли в работу.
Манипулятор КАМАЗ Х 741 ОР 66 (г/п 7 т, стрела 10 т*м) заказан на 06.11, бригадир Лопатин С.Н., +7 950 637-12-05.
Станок 16К20, по вашим данным 2,8 т - стропы и катки берём свои.

""" + SIG_GON, bodyenc="b64"),
    D("840135", [], P, "acceptance ('взяли в работу'); 16К20, Х 741 ОР 66, 7 т are model/plate/capacity"))

d = dt("05.11", "12:10")
add(outlook(GON, d, "840135 вопрос", """Коллеги, по станку 840135 уточните, пожалуйста:
1) станок закреплён анкерами к полу? Если да - кто демонтирует, ваши или наши (доп. работа)?
2) кто отключает от сети 380 В?
3) ворота мастерской корп. В (пр. Космонавтов, 18) - ширина проёма? Нам нужно не меньше 2,5 м.
Ответ нужен до 17:00, иначе манипулятор на завтра не подтвердим.

Светлана""", bodyenc="b64"),
    R("questions only, no status; list items 1)-3) are not positions"))

d = dt("06.11", "08:36")
add(sms(d, LOP, "840135 манипулятор выехал с базы на космонавтов, ориентир 9:10"),
    D("840135", [], V, "left the base for the site -> on the way (с базы = from base, not from site)"))

d = dt("06.11", "09:20")
add(outlook(GON, d, "840135 - прибыли", "840135 \u2014 бригада и манипулятор н\u0061 м\u0065\u0441т\u0065 с 9:05, готовим строповку.\n\nСветлана\n"),
    D("840135", [], M, "Latin look-alike letters a/e in 'на месте' (Cyrillic с kept, Latin a,e)"))

d = dt("06.11", "14:25")
add(outlook(GON, d, "840135 - выполнено", """Добрый день.
Станок 16К20 установлен на складе ул. Монтажников, 4, ворота 3, на место, которое показал ваш кладовщик.
Масса по весам манипулятора 2780 кг.
Бригада и манипулятор освободились в 14:05.

""" + SIG_GON),
    D("840135", ["1"], U, "single-position request; the letter names the станок = поз. 1; 'освободились' = left; 2780 кг weight, дом 4/ворота 3"))

# ---------------------------------------------------------------- 840149
d = dt("06.11", "15:40")
add(outlook(GON, d, "Заявка № 840149 - принята", None, html_only=True, html="""
<p class=MsoNormal>Добрый день!</p>
<p class=MsoNormal>Заявка № 840149 (переезд 3 этажа корп. А на 6 этаж корп. Б) <b>принята</b>.</p>
<p class=MsoNormal>План работ:</p>
<table class=t border=1 cellspacing=0 cellpadding=0>
<tr><td>09.11 (пн)</td><td>западное крыло, каб. 301-309</td><td>2 машины, 8 грузчиков</td></tr>
<tr><td>10.11 (вт)</td><td>восточное крыло, каб. 310-318 + переговорная 320</td><td>2 машины, 8 грузчиков</td></tr>
<tr><td>11.11 (ср)</td><td>вывоз списанной мебели на утилизацию</td><td>МАН 18 т</td></tr>
</table>
<p class=MsoNormal>Машины: Hyundai А 917 ТО 96, МАН Т 305 ЕУ 196. Ориентировочный объём 70-75 м<sup>3</sup>.</p>
<p class=MsoNormal>--<br>С уважением,<br>Светлана Гончарова<br>диспетчер ООО &laquo;УралПереезд-Такелаж&raquo;<br>тел. (343) 384-01-12, доб. 2</p>"""),
    D("840149", [], P, "HTML-only acceptance; the table is a plan, not position statuses"))

d = dt("06.11", "16:05")
add(outlook(TIM, d, "пропуска 840149", """Добрый день!
Для работ по 840149 с 09.11 по 11.11 нужны пропуска на 2 машины:
- Hyundai HD78 А 917 ТО 96
- МАН Т 305 ЕУ 196
и на 8 грузчиков (список во вложении пришлю отдельно).
Подскажите, кому отправлять список - вам или сразу в охрану корп. А (тел. 310-55-12)?

""" + SIG_TIM),
    R("question about passes, no status"))

d = dt("09.11", "07:48")
add(sms(d, KUZ, "840149 зап крыло выехали 2 машины + газель"),
    D("840149", ["1"], V, "'зап крыло' = западное крыло = поз. 1; выехали"))

d = dt("09.11", "08:40")
add(outlook(GON, d, "840149 поз. 1", """Заявка: 840149, поз. 1
Объект: корп. А, 3 эт., западное крыло (каб. 301-309)
Статус: прибытие на объект
Время: 08.25
Бригадир: Кузнецов А.В.
Машина: ISUZU ELF М 482 КН 196
Комментарий: 8 грузчиков, машины Hyundai А 917 ТО 96 и МАН Т 305 ЕУ 196.

""" + SIG_GON),
    D("840149", ["1"], M, "template, noun 'прибытие'; Машина field left over from the previous request (real trucks in comment)"))

d = dt("09.11", "19:12")
add(sms(d, KUZ, "840149 п1 каб 301-309 вывезли все, 3 рейса, 37м3, 212 кор. последний разгрузили на 6эт корп Б. уехали 19:00"),
    D("840149", ["1"], U, "п1 fully moved, crew left 19:00; 3 рейса/37 м3/212 кор are not numbers to take"))

d = dt("10.11", "12:30")
add(outlook(TIM, d, "840149 на 12:30", """Добрый день.
По 840149 на текущий момент:
поз. 2 (восточное крыло) - бригада на месте с 8:10, идёт погрузка, 2-й рейс;
поз. 3 (переговорная 320) - готово: стол разобрали, перевезли, собрали в каб. 614 корп. Б, бригада с поз. 3 ушла в 11:50.

Ольга"""),
    R("different statuses for different positions in one letter (поз.2 на месте, поз.3 убыл)"))

d = dt("10.11", "18:58")
add(sms(d, KUZ, "840149 восточное крыло закончили, уехали с объекта 18:40"),
    D("840149", ["2"], U, "восточное крыло = поз. 2; 'уехали с объекта' = left the site"))

d = dt("11.11", "10:15")
add(outlook(TIM, d, "RE: 840149 поз 3", """Подтверждаю: переговорная 320 выполнена вчера, бригада убыла в 11:50. Стол и 16 кресел стоят в каб. 614 корп. Б.

Ольга

From: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 11, 2026 9:40 AM
To: Тимофеева Ольга <o.timofeeva@uralpereezd.ru>
Subject: 840149 поз 3

Ольга, добрый день.
По поз. 3 (переговорная) у нас нет отметки о завершении - подтвердите, пожалуйста, что работы закончены.

From: Тимофеева Ольга <o.timofeeva@uralpereezd.ru>
Sent: Tuesday, November 10, 2026 12:30 PM
To: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>
Subject: 840149 на 12:30

По 840149 на текущий момент:
поз. 2 (восточное крыло) - бригада на месте с 8:10, идёт погрузка, 2-й рейс;
поз. 3 (переговорная 320) - готово, бригада с поз. 3 ушла в 11:50.
""", irt="<20261111094012.7723@zakazchik-omis.ru>"),
    D("840149", ["3"], U, "new text confirms поз.3 finished; quoted history (with поз.2 на месте) is ignored; English Outlook quote headers"))

d = dt("11.11", "15:40")
q = sms_quoted_text(dt("11.11", "15:31"), LOP, "840149 п4 утиль 2 машины вывезли на полигон широкая речка, выгрузили, талоны взяли. свободны")
add(outlook(GON, d, "FW: SMS от +79506371205", """Пересылаю отчёт бригадира по вывозу мебели. Талоны полигона (2 шт.) приложим к акту.

Светлана

От: SMS-шлюз УралПереезд [mailto:sms@uralpereezd.ru]
Отправлено: 11 ноября 2026 г. 15:31
Кому: dispetcher@uralpereezd.ru
Тема: SMS от +79506371205

""" + q),
    D("840149", ["4"], U, "forwarded SMS (Outlook От:/Отправлено: block): п4 утилизация done, 'свободны'"))

# ---------------------------------------------------------------- 840153
d = dt("09.11", "10:20")
add(outlook(GON, d, "Принята заявка 840153 (архив)", """Добрый день!

Заявка: 840153
Объект: архив подвал корп. А + каб. 015
Статус: принята
Время: 10:15
Бригадир: Шайхутдинов Р.Р.
Машина: уточним
Комментарий: подвал - ориентировочно 12.11, каб. 015 - 13.11. Коробов на 640 ед. архива - наши (короб архивный 320х250х500).

""" + SIG_GON, headenc="b"),
    D("840153", [], P, "templated acceptance; 640, 320х250х500 are counts/sizes"))

d = dt("12.11", "08:03")
add(sms(d, SHP, "840153 подвал на мсете, грузового лифта нет носим по лестнице 2 пролета"),
    D("840153", ["1"], M, "typo 'на мсете'; подвал = поз. 1"))

d = dt("12.11", "16:40")
c = cs("koi8-r", "8bit", "b")
m = text_part("""Здравствуйте.

ДС> Ринат, добрый день. Сколько ещё по подвалу? Склад спрашивает, до
ДС> скольки держать ворота открытыми.

Подвал закончили. 640 коробов, 4 рейса, всё на складе Монтажников 4,
ячейки А1-А16, опломбировано (пломба 0045127). Бригада свободна с 16:15.
Ворота можно закрывать.

--
Шайхутдинов Р.Р., бригадир
т. +7 922 108-33-41
""", c)
add(set_headers(m, SHA, d, "Re: 840153 подвал", c, irt="<20261112140055.1180@zakazchik-omis.ru>",
                extra={"X-Mailer": "The Bat! (v9.4.5) Professional"}),
    D("840153", ["1"], U, "The Bat! reply with initials-prefixed quote 'ДС>'; подвал = поз. 1 finished; seal/cell numbers are not requests"))

d = dt("13.11", "08:50")
add(outlook(TIM, d, "бригады на объектах 13.11", """Доброе утро.
Бригады на объектах:
840153 (каб. 015) - Кузнецов, с 8:30;
840171 (склад Монтажников, секция Б) - Лопатин, с 8:40.

Ольга"""),
    R("two different requests in one letter"))

d = dt("13.11", "15:05")
add(sms(d, KUZ, "840153 каб 015 12 шкафов вывезли на склад сдали под роспись, разгрузилсь, уехали"),
    D("840153", ["2"], U, "каб. 015 = поз. 2; typo 'разгрузилсь'; уехали"))

# ---------------------------------------------------------------- 840166
d = dt("10.11", "16:00")
add(outlook(TIM, d, "Заявка 840166 - принята", """Заявка 840166 - принята.
Сейф ~350 кг, каб. 407 -> каб. 512, лестница между 4 и 5 эт. - понадобится лебёдка и 4 такелажника.
Будем 11.11 в 18:30, после закрытия кассы.

""" + SIG_TIM, headenc="q"),
    D("840166", [], P, "acceptance; 350 kg, 407/512 rooms are not request numbers"))

d = dt("11.11", "18:36")
add(sms(d, SHP, "840166 на месте, заносим лебедку"),
    D("840166", [], M, "on site"))

d = dt("11.11", "20:12")
add(sms(d, SHP, "840166 поз2 сейф подняли в 512 уехали"),
    R("position 2 does not exist in 840166 (single-position request)"))

d = dt("12.11", "09:10")
c = cs("utf-8", "b64", "b")
m = text_part("""Доброе утро! По 840166: вчера в 20:05 сейф установлен в каб. 512, бригада уехала в 20:15. В смс бригадир ошибся - позиция одна.

Отправлено из Mail.ru для Android""", c)
add(set_headers(m, TIM, d, "840166", c),
    D("840166", [], U, "from phone, UTF-8 base64; corrects the foreman's wrong position; no position named"))

# ---------------------------------------------------------------- 840171
d = dt("11.11", "11:30")
add(outlook(GON, d, "RE: Заявка 840171 - демонтаж стеллажей и паллеты", """Добрый день!
Взяли в работу, выезд бригады 13.11 с утра. С вашей стороны нужен погрузчик для паллет.

Светлана

От: Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 11 ноября 2026 г. 9:14
Кому: dispetcher@uralpereezd.ru
Тема: Заявка 840171 - демонтаж стеллажей и паллеты

Добрый день.
Просим выполнить демонтаж стеллажей секции Б на складе ул. Монтажников, 4 и перевезти паллеты с оборудованием (24 шт.) в секцию Д.
""", irt="<20261111091402.3310@zakazchik-omis.ru>"),
    D("840171", [], P, "number only in the Re: subject/quoted subject; 'взяли в работу'"))

d = dt("13.11", "08:32")
add(sms(d, LOP, "840171 стеллажи секция б выдвинулись"),
    D("840171", ["1"], V, "стеллажи = поз. 1; 'выдвинулись' = set off"))

d = dt("13.11", "11:20")
add(outlook(GON, d, "840171 паллеты", """Заявка: 840153
Объект: склад ул. Монтажников, 4
Статус: на месте
Время: 11:05
Бригадир: Лопатин С.Н.
Машина: МАН Т 305 ЕУ 196
Комментарий: начали перевозку паллет, погрузчик ваш.

Светлана"""),
    R("subject says 840171, Заявка field says 840153 (stale field?) - two different request numbers"))

d = dt("13.11", "17:25")
t_plain = """Добрый вечер!
840171 - итог:
1 | стеллажи секции Б | демонтировано 48 секций, вывезено | бригада убыла 17:05
2 | паллеты 24 шт. | перевезены в секцию Д | убытие 16:30
Светлана"""
t_html = """<p class=MsoNormal>Добрый вечер!</p><p class=MsoNormal><b>840171 - итог:</b></p>
<table class=t border=1 cellspacing=0 cellpadding=0>
<tr><td>Поз.</td><td>Наименование</td><td>Выполнено</td><td>Статус</td></tr>
<tr><td>1</td><td>стеллажи секции Б</td><td>демонтировано 48 секций, вывезено</td><td>бригада убыла 17:05</td></tr>
<tr><td>2</td><td>паллеты 24 шт.</td><td>перевезены в секцию Д</td><td>убытие 16:30</td></tr>
</table><p class=MsoNormal>Светлана</p>"""
add(outlook(GON, d, "840171 итог", t_plain, html=t_html),
    D("840171", ["1", "2"], U, "table, both positions finished; 48 sections, 24 pallets are counts"))

# ---------------------------------------------------------------- 840188
d = dt("12.11", "12:00")
add(outlook(TIM, d, "Заявка 840188", """Заявка: 840188
Объект: корп. А 4 эт. -> корп. Б 2 эт. (ИТ-отдел)
Статус: принято
Время: 14.11 с 8:00 (выезд)
Бригадир: Лопатин С.Н.
Машина: Hyundai HD78 А 917 ТО 96

""" + SIG_TIM),
    D("840188", [], P, "templated; Статус принято; Время holds a planned date, not an event"))

d = dt("12.11", "14:10")
c = cs("utf-8", "qp", "b")
m = text_part("""Добрый день.

По заявке 840188: расстановка и сборка мебели в каб. 214 (поз. 3) не входит
в договор № 47-УП/2026 от 12.01.2026, это доп. работы. Направляю КП на
38 400 руб. (в т.ч. НДС). Прошу согласовать до пятницы, иначе поз. 3
перенесём на следующую неделю.

--
Алексей Белоусов
менеджер по работе с клиентами
ООО «УралПереезд-Такелаж»
+7 912 600-31-08
""", c)
add(set_headers(m, BEL, d, "840188 доп. работы КП", c,
                extra={"User-Agent": "Mozilla Thunderbird 128.4.0"}),
    R("price/contract talk, no status"))

d = dt("13.11", "18:10")
add(outlook(TIM, d, "840188 суббота", """Добрый вечер.
По 840188 подтверждаю: выезд завтра, 14.11, в 7:30 с базы (ул. Черняховского, 86), бригада Лопатина, 4 чел., Hyundai А 917 ТО 96.
Просьба, чтобы охрана корп. А открыла грузовой лифт к 8:00.

Ольга"""),
    R("plan only ('выезд завтра'), nothing has happened yet"))

d = dt("14.11", "07:41")
add(sms(d, LOP, "840188 поз 01 выехали с базы"),
    D("840188", ["1"], V, "position written '01' = поз. 1"))

d = dt("14.11", "08:22")
add(sms(d, LOP, "840188 на месте начали с 401"),
    D("840188", ["1"], M, "'начали с 401' - каб. 401 belongs to поз. 1 (каб. 401-403)"))

d = dt("14.11", "16:15")
add(outlook(TIM, d, "840188-1,2 выполнено", None, html_only=True, html="""
<p class=MsoNormal>Добрый день.</p>
<p class=MsoNormal>По 840188 п.1 и п.2 закончили: 18 ПК, 18 мониторов, 22 короба ЗИП (каб. 405) перевезены в корп. Б 2 эт. Бригада убыла в 15:50.</p>
<p class=MsoNormal>П.3 (сборка в 214) &mdash; понедельник, если согласуете КП.</p>
<p class=MsoNormal>Ольга</p>"""),
    D("840188", ["1", "2"], U, "HTML-only; п.1 and п.2 finished; п.3 only a plan"))

d = dt("16.11", "13:40")
add(sms(d, LOP, "840188-3 каб 214 собрали расставили 9 столов, уехали 13:35"),
    D("840188", ["3"], U, "position after a dash '840188-3'; finished and left"))

# ---------------------------------------------------------------- 840195
d = dt("16.11", "10:05")
add(outlook(GON, d, "840195 копи-центр", """Добрый день!
Заявку по копи-центру 840195 приняли, бригада Кузнецова, завтра 17.11 с 9:00.
Для МФУ Kyocera TASKalfa 6053ci нужен сервисный инженер вашего подрядчика для транспортной фиксации - иначе гарантия.

""" + SIG_GON),
    D("840195", [], P, "acceptance; 6053ci model number"))

d = dt("17.11", "09:35")
q = sms_quoted_text(dt("17.11", "09:28"), KUZ, "840195 мфу на месте 1 этаж, разбираем лотки")
add(outlook(GON, d, "FW: SMS от +79122456789", """Для информации.

От: SMS-шлюз УралПереезд [mailto:sms@uralpereezd.ru]
Отправлено: 17 ноября 2026 г. 9:28
Кому: dispetcher@uralpereezd.ru
Тема: SMS от +79122456789

""" + q),
    D("840195", ["1"], M, "forwarded SMS; МФУ = поз. 1"))

d = dt("17.11", "11:52")
add(sms(d, KUZ, "840195 п1 киосера установили в 108 корп Б. п2 плоттер ждем ключ от копицентра, стоим"),
    R("different statuses per position: п1 finished, п2 crew waiting on site"))

d = dt("17.11", "14:30")
add(outlook(GON, d, "840195 (2)", """Плоттер HP DesignJet T1700 перевезён и установлен в каб. 108 корп. Б. Бригада освободилась в 14:10.

Светлана""", bodyenc="b64"),
    D("840195", ["2"], U, "position in brackets in subject; плоттер = поз. 2; T1700 is a model"))

# ---------------------------------------------------------------- 840203
d = dt("17.11", "09:20")
add(outlook(TIM, d, "Заявка 840203", """Добрый день.

Заявка: 840203
Объект: склад ул. Фронтовых бригад, 18 -> склад ул. Монтажников, 4
Статус:
Время: 18.11, 7:30
Бригадир: Кузнецов А.В.
Машина: МАН 18 т Т 305 ЕУ 196, 3 рейса
Комментарий: заявку приняли, объём по описи ~60 м3.

""" + SIG_TIM),
    D("840203", [], P, "Статус blank, acceptance in Комментарий; Время is the plan"))

d = dt("18.11", "07:46")
add(sms(d, KUZ, "840203 выехали на фронтовых бригад 18"),
    D("840203", [], V, "'выехали на' + address = going to the site; 18 is house number"))

d = dt("18.11", "08:31")
add(sms(d, KUZ, "840203 na meste, gruzim reis 1"),
    D("840203", [], M, "SMS typed in translit: on site, loading trip 1"))

d = dt("18.11", "13:05")
add(outlook(GON, d, "840203 рейсы", """840203: рейс 2 из 3 разгружен на Монтажников, 4 (ворота 2), машина вернулась на Фронтовых бригад за третьим. Всего вывезено ~41 м3.

Светлана"""),
    D("840203", [], M, "work in progress (trip 2 of 3) - crew still working, not finished; 'разгружен' must not be read as departure"))

d = dt("18.11", "16:52")
add(sms(d, KUZ, "840203 3 рейс разгрузили 62м3 всё. уехали с монтажников"),
    D("840203", [], U, "last trip unloaded, left from the destination"))

# ---------------------------------------------------------------- 840214
d = dt("19.11", "13:30")
add(outlook(GON, d, "Заявка 840214 отдел кадров - принята", """Добрый день!
Заявка: 840214
Объект: корп. Б, 1 эт. (каб. 108-110, 111) и 2 эт. (каб. 205) -> корп. А, 2 эт.
Статус: принята в работу
Время: 13:25
Бригадир: Кузнецов А.В.
Машина: ISUZU ELF М 482 КН 196
Комментарий: выполняем 23-24.11. Для шкафов архива ОК (металл, ~90 кг) - тележки и ремни.

""" + SIG_GON, headenc="q", bodyenc="b64"),
    D("840214", [], P, "templated acceptance, Q-encoded subject, base64 body"))

d = dt("20.11", "10:05")
add(outlook(GON, d, "RE: пропуска 840214", """Спасибо, пропуска № 1187 и № 1188 на 23-24.11 получили.

Светлана

-----Original Message-----
From: Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Friday, November 20, 2026 9:41 AM
To: dispetcher@uralpereezd.ru
Subject: пропуска 840214

Пропуска на машину и бригаду оформлены, № 1187 и № 1188, получить на посту охраны корп. Б.
""", irt="<20261120094133.0021@zakazchik-omis.ru>"),
    R("acknowledgement of the customer's message, no status; pass numbers are not requests"))

d = dt("23.11", "08:12")
add(sms(d, KUZ, "840214 на месте 1 этаж 108"),
    D("840214", ["1"], M, "1 этаж каб. 108 = поз. 1"))

d = dt("23.11", "12:44")
add(sms(d, KUZ, "840214 П1 ГОТОВО 108-110 ВСЁ ПОДНЯЛИ НА 2 ЭТ КОРП А. УЕХАЛИ НА ОБЕД"),
    D("840214", ["1"], U, "caps; П1 done ('ГОТОВО'), crew left"))

d = dt("23.11", "17:02")
add(outlook(GON, d, "840214 поз 2", """По заявке 840214 п.2 (архив ОК, каб. 111): шкафы металлические 7 шт. по ~90 кг - спустили, перевезли, подняли на 2 этаж корп. А, каб. 217.
Завершение работ - 16:45, бригада уехала.
Завтра с 9:00 - п.3 (приёмная).

""" + SIG_GON),
    D("840214", ["2"], U, "noun 'Завершение работ' + 'уехала'; п.3 tomorrow is a plan"))

d = dt("24.11", "08:55")
add(sms(d, KUZ, "на месте приемная 205 начинаем"),
    R("no request number at all (room 205 alone is not enough)"))

d = dt("24.11", "11:35")
add(outlook(TIM, d, "RE: 840214 - бригада на месте (приемная)", """> Ольга, добрый день.
> Бригада в смс сообщила, что на месте в приёмной 205, номер заявки не
> указан. Это по 840214 поз. 3? Когда закончат?
>
> Диспетчерская служба ОМИС

Да, поз. 3. Закончили в 11:15, бригада уехала.

Ольга""", irt="<20261124093018.5562@zakazchik-omis.ru>"),
    D("840214", ["3"], U, "answer written under '>' quote; Re: subject names old status (на месте), body reports finished"))

# ---------------------------------------------------------------- 840230
d = dt("23.11", "10:30")
add(outlook(TIM, d, "840230", """Добрый день.
Приняли в работу 840230 (столовая корп. А): холодильная камера разборная и 2 холодильника.
Нужно, чтобы ваша столовая освободила камеру и отключила оборудование не позднее 24.11.

""" + SIG_TIM, bodyenc="b64"),
    D("840230", [], P, "acceptance 'приняли в работу'"))

d = dt("25.11", "11:00")
add(outlook(TIM, d, "840230 камера не освобождена", """Добрый день.
Прошу обратить внимание: камера до сих пор забита продуктами, холодильники не отключены от сети. Мы дважды звонили заведующей столовой (доб. 241), результата нет.
Бригаду держим в резерве, но без вашего решения работать нельзя. Если вопрос не будет решён до 26.11, будем вынуждены выставить простой по п. 4.3 договора № 47-УП/2026.

""" + SIG_TIM),
    R("complaint, no status reported"))

d = dt("25.11", "11:44")
c = cs("windows-1251", "qp", "b")
m = text_part("""Здравствуйте!
Я в отпуске с 24.11 по 06.12. По заявкам обращайтесь, пожалуйста, в диспетчерскую: dispetcher@uralpereezd.ru, тел. (343) 384-01-12.

Светлана Гончарова""", c)
add(set_headers(m, GON, d, "Автоматический ответ: RE: 840230 камера не освобождена", c,
                extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                       "X-MS-Exchange-Inbox-Rules-Loop": "s.goncharova@uralpereezd.ru",
                       "Content-Language": "ru"}),
    I("Outlook out-of-office auto-reply, even though the subject contains a request number"))

d = dt("26.11", "09:15")
q = sms_quoted_text(dt("26.11", "09:07"), LOP, "840230 подъехали к столовой, на месте. камеру освободили, начинаем разбирать")
c = cs("utf-8", "8bit", "b")
m = text_part("""Коллеги, добрый день.
Пересылаю отчёт бригадира - спасибо, что решили вопрос с камерой.

-------- Пересылаемое сообщение --------
Тема: 	SMS от +79506371205
Дата: 	Thu, 26 Nov 2026 09:07:41 +0500
От: 	SMS-шлюз УралПереезд <sms@uralpereezd.ru>
Кому: 	a.belousov@uralpereezd.ru

""" + q + """
--
Алексей Белоусов
ООО «УралПереезд-Такелаж»
""", c)
add(set_headers(m, BEL, d, "Fwd: SMS от +79506371205", c,
                extra={"User-Agent": "Mozilla Thunderbird 128.4.0"}),
    D("840230", [], M, "Thunderbird forward of foreman SMS; 'подъехали, на месте'; столовая = both positions, none named"))

d = dt("26.11", "15:20")
add(outlook(TIM, d, "840230 выполнено", """Заявка: 840230
Объект: столовая корп. А
Статус: выполнено
Время: 15.05
Бригадир: Лопатин С.Н.
Машина: МАН Т 305 ЕУ 196
Комментарий: камера разобрана (панели 28 шт.), поз. 1 и поз. 2 - холодильная камера и 2 холодильника Polair вывезены на склад Монтажников, 4. Бригада убыла.

""" + SIG_TIM),
    D("840230", ["1", "2"], U, "templated, 'выполнено' + 'бригада убыла'; both positions named"))

# ---------------------------------------------------------------- other review
d = dt("20.11", "14:20")
add(outlook(GON, d, "Заявка 840241", """Заявка: 840241
Объект: 3 этаж
Статус: прибыли
Время: 14:10
Бригадир: Лопатин С.Н.
Машина: Hyundai А 917 ТО 96

Светлана"""),
    R("request number 840241 is not in the registry"))

# ---------------------------------------------------------------- machine mail
# calendar response
d = dt("06.11", "17:10")
c = cs("windows-1251", "qp", "b")
m = MIMEMultipart("alternative")
m.attach(text_part("Гончарова Светлана принял(а) это приглашение.\n", c))
ical = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Гончарова Светлана:mailto:s.goncharova@uralpereezd.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: переезд 3 этажа (840149)
DTSTART;TZID=Ekaterinburg Standard Time:20261107T100000
DTEND;TZID=Ekaterinburg Standard Time:20261107T110000
UID:040000008200E00074C5B7101A82E00800000000A0C2E3F1B4B5DC010000000000000000
ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:корп. А, каб. 318
SEQUENCE:0
DTSTAMP:20261106T121000Z
END:VEVENT
END:VCALENDAR
"""
cal = MIMEText(ical, "calendar", "utf-8")
cal.set_param("method", "REPLY")
m.attach(cal)
add(set_headers(m, GON, d, "Принято: Совещание: переезд 3 этажа (840149)", c,
                extra={"X-Mailer": "Microsoft Outlook 16.0", "Content-Class": "urn:content-classes:calendarmessage"}),
    I("calendar meeting acceptance generated by Outlook"))

# read receipt
d = dt("12.11", "12:40")
c = cs("windows-1251", "qp", "b")
m = MIMEMultipart("report", report_type="disposition-notification")
m.attach(text_part("""Ваше сообщение

  Кому: dispetcher@uralpereezd.ru
  Тема: Заявка 840188 - переезд ИТ-отдела
  Отправлено: 12.11.2026 10:34

было прочитано 12.11.2026 12:40.""", c))
dn = Message()
dn["Content-Type"] = "message/disposition-notification"
dn.set_payload("Reporting-UA: uralpereezd.ru; Microsoft Outlook 16.0\n"
               "Final-Recipient: rfc822;o.timofeeva@uralpereezd.ru\n"
               "Original-Message-ID: <20261112103402.9921@zakazchik-omis.ru>\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n")
m.attach(dn)
add(set_headers(m, TIM, d, "Прочитано: Заявка 840188 - переезд ИТ-отдела", c,
                extra={"X-Mailer": "Microsoft Outlook 16.0"}),
    I("read receipt (MDN)"))

# newsletter
d = dt("16.11", "11:00")
c = cs("utf-8", "b64", "b")
m = text_part("""<html><body style="font-family:Arial"><h2>Переезд под ключ: скидка 10% в декабре</h2>
<p>Уважаемые партнёры! С 1 по 25 декабря 2026 г. при заказе переезда офиса от 30 м³ &mdash; скидка 10%, упаковочные материалы бесплатно.</p>
<p>Такелаж сейфов и станков до 5 т, хранение архивов на нашем складе от 15 руб./короб в месяц.</p>
<p>Звоните: (343) 384-01-12 | <a href="https://uralpereezd.ru/akcii">uralpereezd.ru/akcii</a></p>
<p style="font-size:10px;color:#888">Вы получили это письмо, так как являетесь клиентом ООО «УралПереезд-Такелаж».
<a href="https://uralpereezd.ru/unsub?u=dispatch%40zakazchik-omis.ru">Отписаться</a></p></body></html>""", c, "html")
add(set_headers(m, NEWS, d, "Переезд под ключ: скидка 10% в декабре", c,
                extra={"Precedence": "bulk", "List-Id": "<clients.uralpereezd.ru>",
                       "List-Unsubscribe": "<https://uralpereezd.ru/unsub?u=dispatch%40zakazchik-omis.ru>",
                       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                       "X-Mailer": "Unisender"}),
    I("bulk marketing newsletter from the contractor's domain"))

# gateway delivery report
d = dt("17.11", "20:01")
c = cs("utf-8", "8bit", "b")
m = text_part("""Отчёт о доставке SMS

Получатель: +79122456789 (Кузнецов А.В.)
Статус: ДОСТАВЛЕНО
Время доставки: 17.11.2026 20:00:57
Текст: Завтра 840203 выезд 7:30, пропуск на МАН Т305ЕУ заказан. Светлана
ID: 20261117-200049-0087

Это сообщение сформировано автоматически, не отвечайте на него.
""", c)
add(set_headers(m, SMS, d, "Отчёт о доставке SMS 20261117-200049-0087", c, to="dispetcher@uralpereezd.ru",
                cc=CUST, extra={"Auto-Submitted": "auto-generated", "X-Mailer": "SMSGate 2.4.1 (uralpereezd)"}),
    I("automatic delivery report of the SMS gateway (dispatcher's outgoing SMS); contains request number but no person reports anything"))

# bounce
d = dt("18.11", "06:50")
m = MIMEMultipart("report", report_type="delivery-status")
m.attach(MIMEText("""This is the mail system at host mx1.uralpereezd.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<brigada3@uralpereezd.ru>: host mx1.uralpereezd.ru[127.0.0.1] said: 550 5.1.1
    <brigada3@uralpereezd.ru>: Recipient address rejected: User unknown in
    virtual mailbox table
""", "plain", "us-ascii"))
ds = Message()
ds["Content-Type"] = "message/delivery-status"
b1 = Message()
b1["Reporting-MTA"] = "dns; mx1.uralpereezd.ru"
b1["Arrival-Date"] = "Wed, 18 Nov 2026 06:50:11 +0500 (YEKT)"
b2 = Message()
b2["Final-Recipient"] = "rfc822; brigada3@uralpereezd.ru"
b2["Action"] = "failed"
b2["Status"] = "5.1.1"
b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
ds.set_payload([b1, b2])
m.attach(ds)
orig_c = cs("utf-8", "b64", "b")
orig = MIMEText("Бригаде: по заявке 840203 пропуск на МАН Т 305 ЕУ 196 оформлен, пост № 2.\n\nДиспетчерская служба ОМИС", "plain", orig_c)
orig["From"] = formataddr((CUST_NAME, CUST), charset=orig_c)
orig["To"] = "brigada3@uralpereezd.ru"
orig["Subject"] = Header("840203 пропуск", orig_c).encode()
orig["Date"] = "Wed, 18 Nov 2026 06:50:09 +0500"
orig["Message-ID"] = "<20261118065009.4410@zakazchik-omis.ru>"
hdrs = Message()
hdrs["Content-Type"] = "text/rfc822-headers"
hdrs.set_payload("".join("%s: %s\n" % (k, v) for k, v in orig.items()))
m.attach(hdrs)
add(set_headers(m, DAEMON, d, "Undelivered Mail Returned to Sender", ec.Charset("us-ascii"),
                to=CUST, extra={"Auto-Submitted": "auto-replied"}),
    I("bounce (NDR) for the customer's message to a non-existent contractor address"))

# ---------------------------------------------------------------- write out


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (date, msg, label) in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        for part in msg.walk():
            if part is not msg:
                del part["MIME-Version"]
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n")))
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    registry = {
        "contractor": {
            "name": "ООО «УралПереезд-Такелаж»",
            "emails": [GON[1], TIM[1], DISP[1], SMS[1], SHA[1], BEL[1], NEWS[1], DAEMON[1]],
            "domains": [DOM],
        },
        "requests": [
            {"number": "840112", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:30:00+05:00",
             "comment": "Переезд бухгалтерии из корп. А (ул. Малышева, 51) в корп. Б (ул. Шейнкмана, 90). Поз. 1 — архив каб. 104 (~180 коробов); поз. 2 — кабинеты 210–212 (мебель, оргтехника); поз. 3 — сборка мебели на 5 этаже корп. Б."},
            {"number": "840127", "positions": ["1", "2"], "registered_at": "2026-11-03T11:15:00+05:00",
             "comment": "Такелаж, корп. А. Поз. 1 — 2 серверные стойки 42U из серверной 2 этажа в новую серверную 1 этажа; поз. 2 — ИБП APC Symmetra с батарейными шкафами (~480 кг) из электрощитовой 1 этажа в новую серверную. Работы после 18:00."},
            {"number": "840135", "positions": ["1"], "registered_at": "2026-11-05T08:40:00+05:00",
             "comment": "Поз. 1 — токарный станок 16К20 (~2,8 т) из мастерской корп. В (пр. Космонавтов, 18) на склад ул. Монтажников, 4. Манипулятор."},
            {"number": "840149", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:00:00+05:00",
             "comment": "Переезд 3 этажа корп. А на 6 этаж корп. Б. Поз. 1 — западное крыло (каб. 301–309); поз. 2 — восточное крыло (каб. 310–318); поз. 3 — переговорная 320; поз. 4 — вывоз списанной мебели с 3 этажа на утилизацию."},
            {"number": "840153", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+05:00",
             "comment": "Архив на склад ул. Монтажников, 4. Поз. 1 — архив в подвале корп. А (~640 коробов); поз. 2 — архив каб. 015 (12 шкафов)."},
            {"number": "840166", "positions": ["1"], "registered_at": "2026-11-10T14:20:00+05:00",
             "comment": "Поз. 1 — перемещение сейфа (~350 кг) из каб. 407 в каб. 512 (касса), корп. Б."},
            {"number": "840171", "positions": ["1", "2"], "registered_at": "2026-11-11T09:10:00+05:00",
             "comment": "Склад ул. Монтажников, 4. Поз. 1 — демонтаж и перевозка стеллажей секции Б; поз. 2 — паллеты с оборудованием, 24 шт., в секцию Д."},
            {"number": "840188", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T10:30:00+05:00",
             "comment": "Переезд ИТ-отдела корп. А 4 эт. → корп. Б 2 эт. Поз. 1 — каб. 401–403 (рабочие места, 18 ПК); поз. 2 — склад ЗИП каб. 405; поз. 3 — расстановка и сборка мебели в каб. 214 корп. Б."},
            {"number": "840195", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+05:00",
             "comment": "Копи-центр 1 этаж корп. А → каб. 108 корп. Б. Поз. 1 — МФУ Kyocera TASKalfa 6053ci; поз. 2 — плоттер HP DesignJet T1700."},
            {"number": "840203", "positions": ["1"], "registered_at": "2026-11-17T08:00:00+05:00",
             "comment": "Поз. 1 — перевозка инвентаря со склада ул. Фронтовых бригад, 18 на склад ул. Монтажников, 4 (3 рейса, ~60 м³)."},
            {"number": "840214", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T11:00:00+05:00",
             "comment": "Переезд отдела кадров корп. Б → корп. А, 2 этаж. Поз. 1 — 1 этаж, каб. 108–110; поз. 2 — архив отдела кадров каб. 111 (металлические шкафы); поз. 3 — приёмная каб. 205, 2 этаж."},
            {"number": "840230", "positions": ["1", "2"], "registered_at": "2026-11-23T09:45:00+05:00",
             "comment": "Столовая корп. А → склад ул. Монтажников, 4. Поз. 1 — разборная холодильная камера; поз. 2 — 2 промышленных холодильника."},
        ],
    }
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(registry, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(LETTERS), Counter(l["expect"] for _, _, l in LETTERS))


if __name__ == "__main__":
    main()
