#!/usr/bin/env python3
# Generator of test letters: ООО «ЭкоВывоз» (вывоз ТКО/КГМ), drivers via fleet app + office.
import json, os, random, base64
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email import message_from_string
from email.generator import BytesGenerator
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(399)
MSK = timezone(timedelta(hours=3))
DISPATCH = "dispatch@zakazchik-omis.ru"
DISP_NAME = "Диспетчерская служба ОМИС"

FLEET = ("ЭкоВывоз.Рейс", "fleet@ecovyvoz.ru")
LOGIST = ("Светлана Коваленко", "logist.ecovyvoz@mail.ru")
MELN = ("Мельников Олег Викторович", "o.melnikov@ecovyvoz.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@ecovyvoz.ru")
NEWS = ("ЭкоВывоз — новости", "news@ecovyvoz.ru")

DRIVERS = {
    "gus": ("Гусейнов Р.А.", "А123ВС 750", "14"),
    "tka": ("Ткаченко В.П.", "М456ОР 50", "7"),
    "sad": ("Садыков И.Ф.", "Е789КХ 750", "3"),
    "bel": ("Белов Д.С.", "К302МН 77", "21"),
}

REQUESTS = [
    ("399104", ["1", "2", "3"], "2026-11-02T08:15:00+03:00", "Вывоз КГМ: 1 — КП у д. 5 по ул. Лесная, 2 — КП у школы № 12, 3 — КП у д. 17 корп. 2"),
    ("399218", ["1", "2"], "2026-11-03T09:40:00+03:00", "Вывоз ТКО сверх графика: 1 — КП у д. 3 по ул. Заводская, 2 — КП у поликлиники"),
    ("399377", ["1"], "2026-11-04T10:05:00+03:00", "Вывоз строительного мусора после ремонта подъезда: 1 — КП у д. 9 по пр. Мира"),
    ("399560", ["1", "2", "3", "4"], "2026-11-05T08:00:00+03:00", "Осенняя уборка, листва и ветки: 1 — КП у д. 2, 2 — КП у д. 6, 3 — КП у детсада, 4 — КП у гаражей"),
    ("399702", ["1", "2"], "2026-11-06T11:20:00+03:00", "Замена контейнеров 0,75 м3: 1 — КП у д. 14 по ул. Садовая, 2 — КП у магазина «Пятёрочка»"),
    ("400015", ["1"], "2026-11-09T08:30:00+03:00", "Бункер 8 м3 под КГМ: 1 — КП у д. 21 по ул. Строителей"),
    ("400131", ["1", "2", "3"], "2026-11-10T09:00:00+03:00", "Вывоз КГМ: 1 — КП у д. 1, 2 — КП у школы № 4, 3 — КП у д. 11"),
    ("400288", ["1", "2"], "2026-11-11T08:45:00+03:00", "Навал у КП после выселения: 1 — КП у д. 7 по ул. Новая, 2 — КП у д. 9 по ул. Новая"),
    ("400466", ["1"], "2026-11-12T10:30:00+03:00", "Вывоз старой мебели из МОП: 1 — КП у д. 33 по ул. Гагарина"),
    ("400790", ["1", "2", "3"], "2026-11-13T08:10:00+03:00", "Вывоз КГМ по графику: 1 — КП у д. 5, 2 — КП у школы, 3 — КП у котельной"),
    ("401052", ["1", "2"], "2026-11-16T09:15:00+03:00", "Мойка и дезинфекция контейнеров: 1 — КП у д. 40, 2 — КП у д. 44"),
    ("401333", ["1", "2", "3", "4"], "2026-11-17T08:00:00+03:00", "Вывоз КГМ, 4 площадки: 1 — КП у д. 2 по ул. Парковая, 2 — КП у д. 8, 3 — КП у школы № 7, 4 — КП у почты"),
    ("401870", ["1"], "2026-11-19T10:00:00+03:00", "Установка бункера 27 м3 на время ремонта кровли: 1 — КП у д. 15 по ул. Октябрьская"),
]

LETTERS = []  # (date, builder-kwargs, label)

def D(day, hh, mm, ss=None):
    return datetime(2026, 11, day, hh, mm, ss if ss is not None else random.randint(0, 59), tzinfo=MSK)

def cs(name, cte):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return c

def text_part(txt, sub="plain", charset="utf-8", cte="b64"):
    m = MIMEText("", sub)
    del m["Content-Type"]; del m["Content-Transfer-Encoding"]; del m["MIME-Version"]
    m.set_type("text/" + sub)
    if charset == "koi8-r":
        txt = txt.replace("—", "-").replace("«", '"').replace("»", '"').replace("№", "N").replace("ё", "е")
    m.set_payload(txt, cs(charset, cte))
    return m

def msgid(kind, d):
    r = random.randint(10**8, 10**9)
    if kind == "fleet":
        return "<rejs.%s.%d@ecovyvoz.ru>" % (d.strftime("%Y%m%d%H%M%S"), r)
    if kind == "mailru":
        return "<%d.%d@f%d.i.mail.ru>" % (int(d.timestamp()), r, random.randint(100, 499))
    if kind == "outlook":
        return "<00%x$%x$%x@ecovyvoz.ru>" % (random.getrandbits(40), random.getrandbits(32), random.getrandbits(32))
    return "<%s.%d@%s>" % (d.strftime("%Y%m%d%H%M%S"), r, kind)

def hdr(msg, frm, subject, d, kind, charset="utf-8", to=DISPATCH, extra=None):
    msg["From"] = formataddr(frm, charset="utf-8")
    msg["To"] = to if "<" in to else formataddr((DISP_NAME, to), charset="utf-8")
    msg["Subject"] = Header(subject, charset) if any(ord(c) > 127 for c in subject) else subject
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = msgid(kind, d)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if kind == "mailru" and "X-Mailer" not in (extra or {}):
        msg["X-Mailer"] = "Mail.Ru Mailer 1.0"
    if kind == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = base64.b64encode(os.urandom(22)).decode()
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg

def add(d, msg, label):
    LETTERS.append((d, msg, label))

def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}

def rev(note):
    return {"expect": "review", "note": note}

def ign(note):
    return {"expect": "ignored", "note": note}

A = "заявка принята"; P = "подрядчик в пути"; M = "подрядчик на месте"; U = "подрядчик убыл"

# ---------------- fleet app ----------------
def fleet(day, hh, mm, drv, text, label, charset="utf-8", cte="qp", photo=False):
    d = D(day, hh, mm)
    name, plate, route = DRIVERS[drv]
    body = ("Водитель: %s\nТС: %s\nМаршрут № %s\nВремя: %s\n"
            "--------------------------------\n%s\n--------------------------------\n"
            "Отправлено из приложения «ЭкоВывоз.Рейс» v2.8.1\n"
            "Ответ на это письмо водителю не доставляется.\n") % (name, plate, route, d.strftime("%d.%m.%Y %H:%M"), text)
    if charset == "koi8-r":
        body = body.replace("v2.8.1", "v1.9 (шлюз SMS)").replace("«", '"').replace("»", '"').replace("№", "N").replace("—", "-")
    subj = "Сообщение водителя | Маршрут № %s | %s" % (route, plate)
    if charset == "koi8-r":
        subj = subj.replace("№", "N")
    if photo:
        m = MIMEMultipart("mixed")
        m.attach(text_part(body, "plain", charset, cte))
        img = MIMEImage(b"\xff\xd8\xff\xe0" + os.urandom(300) + b"\xff\xd9", "jpeg")
        img.add_header("Content-Disposition", "attachment", filename="IMG_%s.jpg" % d.strftime("%Y%m%d_%H%M%S"))
        m.attach(img)
    else:
        m = text_part(body, "plain", charset, cte)
    hdr(m, FLEET, subj, d, "fleet", charset=charset, extra={"X-Fleet-Route": route, "X-Fleet-Vehicle": base64.b64encode(plate.encode()).decode()})
    add(d, m, label)
    return body, d

SIG_L = "\n\nС уважением,\nСветлана Коваленко\nлогист ООО «ЭкоВывоз»\nт. +7 (916) 555-21-40"
SIG_L_MOB = "\n\n--\nОтправлено из Почты Mail.ru для Android"
SIG_M = ("\n\nС уважением,\nМельников Олег Викторович\nНачальник участка КГМ\nООО «ЭкоВывоз»\n"
         "ИНН 5024187350 / КПП 502401001\nтел. +7 (495) 640-18-27, доб. 112")

def ru_weekday(d):
    return ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"][d.weekday()]
MONTH = "ноября"

def mailru_quote(qd, qfrom, qtext):
    head = "%s, %d %s 2026, %d:%02d +03:00 от %s:\n" % (ru_weekday(qd), qd.day, MONTH, qd.hour, qd.minute, qfrom)
    return head + "\n".join(">" + l if l else ">" for l in qtext.split("\n"))

def logist(day, hh, mm, subject, text, label, html=None, html_only=False, extra=None, attach=None):
    d = D(day, hh, mm)
    if html_only:
        m = text_part(html, "html", "utf-8", "b64")
    elif html is not None or attach:
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(text, "plain", "utf-8", "b64"))
        if html is not None:
            alt.attach(text_part(html, "html", "utf-8", "b64"))
        if attach:
            m = MIMEMultipart("mixed"); m.attach(alt)
            for a in attach:
                m.attach(a)
        else:
            m = alt
    else:
        m = text_part(text, "plain", "utf-8", "b64")
    hdr(m, LOGIST, subject, d, "mailru", extra=extra)
    add(d, m, label)
    return d

def meln(day, hh, mm, subject, text, label, html=True, cte="qp", extra=None, attach=None, charset="windows-1251", kind="outlook"):
    d = D(day, hh, mm)
    if html:
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(text, "plain", "windows-1251", cte))
        h = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=RU><div class=WordSection1>" + \
            "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (l if l else "&nbsp;") for l in text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")) + "</div></body></html>"
        alt.attach(text_part(h, "html", "windows-1251", cte))
        m = alt
    else:
        m = text_part(text, "plain", charset, cte)
    if attach:
        mm_ = MIMEMultipart("mixed"); mm_.attach(m)
        for a in attach:
            mm_.attach(a)
        m = mm_
    hdr(m, MELN, subject, d, kind, charset=charset, extra=extra)
    add(d, m, label)
    return d

def outlook_block(frm, sent, to, subj):
    return "\n\nОт: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n" % (frm, sent, to, subj)

DISP = "Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>"
def disp_req(num, comment):
    return ("Добрый день!\nНаправляем заявку № %s.\n%s\nПросим подтвердить принятие и сообщать о выезде, прибытии и убытии по каждой позиции.\n\n"
            "Диспетчер Лаврова И.С.\nДиспетчерская служба ОМИС\n8 (495) 111-40-40") % (num, comment)

RQ = {r[0]: r for r in REQUESTS}
def regd(num):
    return datetime.fromisoformat(RQ[num][2])

# ======================= LETTERS =======================
# --- 399104 ---
logist(2, 9, 5, "Re: Заявка № 399104 вывоз КГМ",
       "Добрый день!\nЗаявку взяли в работу, машина ставится на завтра с утра, маршрут 14, водитель Гусейнов." + SIG_L +
       "\n\n" + mailru_quote(regd("399104"), DISP, disp_req("399104", RQ["399104"][3])),
       dec("399104", [], A, "logistician confirms taking the request into work; quoted dispatcher request below"))
fleet(3, 7, 48, "gus", "заявка 399104 еду на п.1 Лесная 5, минут 15", dec("399104", ["1"], P, "driver travelling to position 1, ETA 15 min"))
fleet(3, 8, 10, "gus", "399104 п1 на месте. навал кубов 12 диван шкаф 2 матраса, грузим", dec("399104", ["1"], M, "on site at p1, loading"), photo=True)
fleet(3, 8, 57, "gus", "399104 п1 погрузил, КП чистый", dec("399104", ["1"], U, "loaded, site clean -> left/finished p1"))
fleet(3, 9, 31, "gus", "по 399104 у школы 12 стою грузимся", dec("399104", ["2"], M, "position named only by site: 'КП у школы № 12' is position 2 in the request comment"))
fleet(3, 10, 58, "gus", "Прибыл 10:10 убыл 10:55. 399104 п.3 д.17 к2, 6 куб", dec("399104", ["3"], U, "two events in one message; latest done is departure"))
tbl = ("<html><body><p>Добрый день!</p><p>Отчёт по заявке 399104 на 12:00 03.11.2026:</p>"
       "<table border=1 cellpadding=4 style='border-collapse:collapse'><tr><th>Позиция</th><th>КП</th><th>Статус</th><th>Объём, м3</th><th>Талон полигона</th></tr>"
       "<tr><td>1</td><td>ул. Лесная, д. 5</td><td>вывезено</td><td>12</td><td>0458812</td></tr>"
       "<tr><td>2</td><td>школа № 12</td><td>вывезено</td><td>9</td><td>0458812</td></tr>"
       "<tr><td>3</td><td>д. 17 корп. 2</td><td>вывезено</td><td>6</td><td>0458830</td></tr></table>"
       "<p>Итого 27 м3, 2 рейса, полигон «Лесной», ТС А123ВС 750.</p><p>С уважением,<br>Светлана Коваленко<br>логист ООО «ЭкоВывоз»<br>т. +7 (916) 555-21-40</p></body></html>")
logist(3, 12, 20, "Отчёт 399104",
       "Добрый день!\nОтчёт по заявке 399104 на 12:00 03.11.2026:\nПозиция\tКП\tСтатус\tОбъём, м3\tТалон\n1\tул. Лесная, д. 5\tвывезено\t12\t0458812\n"
       "2\tшкола № 12\tвывезено\t9\t0458812\n3\tд. 17 корп. 2\tвывезено\t6\t0458830\nИтого 27 м3, 2 рейса." + SIG_L,
       dec("399104", ["1", "2", "3"], U, "table: all three positions 'вывезено'"), html=tbl)

# --- 399218 ---
q = disp_req("399218", RQ["399218"][3])
logist(3, 10, 31, "Re: 399218", "Принято.\nСветлана" + SIG_L_MOB + "\n\n" + mailru_quote(regd("399218"), DISP, q),
       dec("399218", [], A, "short 'Принято' in reply to the request"))
fleet(4, 6, 52, "tka", "Выехал по заявке 399218, сначала 1-я Заводская", dec("399218", ["1"], P, "left base, heading to position 1 first"))
fleet(4, 7, 26, "tka", "399218-1 ОТГРУЗИЛИ 6 КОНТ. 1,1 М3, ОТЪЕЗЖАЮ", dec("399218", ["1"], U, "caps; loaded and leaving p1"))
fleet(4, 8, 41, "tka", "по 399218 п2 поликлиника - подъезд к контейнерам заставлен, жду хозяев машин, стою тут", dec("399218", ["2"], M, "crew is at p2 and waiting on site"))
logist(4, 11, 5, "Re: 399218 п.2",
       "Добрый день.\nПо второй позиции вывезли в 10:40, машина ушла на полигон «Лесной».\nТалон № 0459117, вес нетто 2 840 кг." + SIG_L,
       dec("399218", ["2"], U, "'ушла на полигон' = left the site; ticket/weight numbers are distractors"))

# --- 399377 ---
sent = regd("399377")
meln(4, 10, 52, "RE: Обращение 399377 строительный мусор",
     "Добрый день!\nПринято в работу. Вывоз бункером 8 м3, заберём в пятницу 06.11 после обеда." + SIG_M +
     outlook_block("Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru]", "4 ноября 2026 г. 10:05", "Мельников Олег Викторович", "Обращение 399377 строительный мусор") +
     disp_req("399377", RQ["399377"][3]),
     dec("399377", [], A, "Outlook reply, cp1251; 'Принято в работу'; date in text is a plan for the pickup"))
fleet(6, 13, 12, "bel", "Прибыл на адрес по обращению 399377 (пр. Мира 9), грузим мешки, тонн 5", dec("399377", [], M, "arrived, loading; single-position request, no position named"))
fleet(6, 14, 36, "bel", "399377 забрал, уехал на полигон. весы брутто 21380 тара 14960", dec("399377", [], U, "'уехал на полигон' = left from site; weighbridge numbers are not request numbers"))

# --- 399560 ---
logist(5, 8, 41, "Re: Заявка 399560",
       "Взяли. Листву вывезем сегодня-завтра, пойдут 2 машины." + SIG_L_MOB + "\n\n" + mailru_quote(regd("399560"), DISP, disp_req("399560", RQ["399560"][3])),
       dec("399560", [], A, "'Взяли' = accepted"))
fleet(5, 13, 3, "sad", "399560 на П1, П2 рядом. Начал грузить, мешков с листвой штук 40", dec("399560", ["1", "2"], M, "KOI8-R old gateway; on site at P1 and P2 (adjacent)"), charset="koi8-r", cte="8bit")
fleet(5, 15, 22, "sad", "399560 п1,п2 закончил. мешков 43, ветки увязал. уехал", dec("399560", ["1", "2"], U, "KOI8-R; finished p1,p2 and left"), charset="koi8-r", cte="b64")
logist(5, 16, 2, "399560 поз 3",
       "Добрый вечер!\nПо 399560: п.3 (детсад) закончили, уехали в 15:50. П.4 у гаражей переносим на завтра, там машины стоят вплотную к площадке." + SIG_L,
       dec("399560", ["3"], U, "p3 done; p4 only a plan for tomorrow -> label the done one"))
fleet(6, 9, 17, "sad", "399560 поз.4 гаражи - уехали с площадки, чисто", dec("399560", ["4"], U, "'уехали с площадки' = left FROM the site"), charset="koi8-r", cte="qp")

# --- 399702 ---
logist(6, 12, 3, "399702 контейнеры",
       "Добрый день!\nПо заявке 399702: контейнеров 0,75 м3 на базе сейчас только 4 шт., а по заявке нужно 6 (3+3). Можно на одну площадку поставить 1,1 м3? Подскажите, пожалуйста, как согласовать с УК." + SIG_L,
       rev("question about container sizes, no status"))
q1 = D(6, 14, 50)
logist(6, 15, 33, "Re: Re: 399702 контейнеры",
       "Хорошо, поняли. Тогда делаем всё на 0,75, недостающие привезём с базы на Промзоне. Заявку приняли, замена в понедельник 09.11." + SIG_L + "\n\n" +
       mailru_quote(q1, DISP, "Светлана, добрый день. Ставьте только 0,75 м3, 1,1 УК не согласует.\nЛаврова И.С."),
       dec("399702", [], A, "after the question the logistician confirms the request is accepted; plan date is extra"))
fleet(9, 7, 55, "tka", "Еду на Садовую 14 с контейнерами, 399702 поз 1. Буду 8:20", dec("399702", ["1"], P, "travelling to p1 now"))
fleet(9, 9, 12, "tka", "399702/1 старые сняли, новые 3 шт поставил. ПЕРЕЕЗЖАЮ на Пятерочку", rev("p1 finished but p2 'переезжаю' = travelling: different statuses for different positions"))
fwd_body, fwd_d = ("Водитель: Ткаченко В.П.\nТС: М456ОР 50\nМаршрут № 7\nВремя: 09.11.2026 11:18\n--------------------------------\n"
                   "399702 п2 готово, 3 новых стоят, старые забрал на базу\n--------------------------------\nОтправлено из приложения «ЭкоВывоз.Рейс» v2.8.1", D(9, 11, 18))
img = MIMEImage(b"\xff\xd8\xff\xe0" + os.urandom(400) + b"\xff\xd9", "jpeg")
img.add_header("Content-Disposition", "attachment", filename="photo_2026-11-09_11-17.jpg")
logist(9, 11, 46, "Fwd: Сообщение водителя | Маршрут № 7 | М456ОР 50",
       "Пересылаю фотоотчёт водителя по второй площадке.\n\n-------- Пересылаемое сообщение --------\n"
       "Понедельник, 9 ноября 2026, 11:18 +03:00 от ЭкоВывоз.Рейс <fleet@ecovyvoz.ru>:\n\n" + fwd_body + SIG_L,
       dec("399702", ["2"], U, "Mail.ru forward of driver report: p2 done"), attach=[img])

# --- 400015 ---
meln(9, 9, 12, "RE: 400015 бункер",
     "Добрый день.\nПринято. Бункер 8 м3 выставим 10.11 до 10:00.\nРаботаем по договору № 47/2026-КГМ от 15.01.2026." + SIG_M +
     outlook_block("Диспетчерская служба ОМИС", "9 ноября 2026 г. 8:30", "o.melnikov@ecovyvoz.ru", "400015 бункер") + disp_req("400015", RQ["400015"][3]),
     dec("400015", [], A, "accepted; contract number and dates are distractors"))
fleet(10, 7, 32, "bel", "по 400015 ещё не выехал, стою в очереди на заправке. К 10:30 буду", rev("negation 'ещё не выехал' + promise"))
fleet(10, 9, 6, "bel", "400015 выехал с базы, Строителей 21, навигатор 25 мин", dec("400015", [], P, "left the base for the site ('с базы')"))
fleet(10, 10, 2, "bel", "на месте по 400015, ставлю бункер", dec("400015", [], M, "on site"))
logist(12, 16, 41, "400015 вывоз бункера",
       "Добрый день!\nБункер по 400015 забрали полный, 7,5 т, выгрузили на полигоне, талон 0461290. Площадку за собой подмели." + SIG_L,
       dec("400015", [], U, "bunker taken away full, site cleaned -> finished"))

# --- 400131 ---
logist(10, 9, 22, "Re: Заявка №400131 КГМ", "Принята, маршрут 3, завтра с 7:00.\nС.К." + "\n\n" + mailru_quote(regd("400131"), DISP, disp_req("400131", RQ["400131"][3])),
       dec("400131", [], A, "'Принята'; маршрут 3 is a route number, not a position"))
fleet(11, 7, 11, "sad", "400131 в пути на п1", dec("400131", ["1"], P, "KOI8-R base64"), charset="koi8-r", cte="b64")
fleet(11, 8, 1, "sad", "400113 п1 на месте", rev("typo: 400113 is not in the registry (probably 400131, but a dispatcher cannot be sure)"), charset="koi8-r", cte="8bit")
fleet(11, 9, 33, "sad", "400131 п.1 и п.3 вывез, 2 раза ходил, 18 куб", dec("400131", ["1", "3"], U, "p1 and p3 removed"), charset="koi8-r", cte="b64")
logist(11, 12, 4, "Закрываем",
       "Добрый день.\nЗакрываем 400131 (п.2 у школы) и доделали 399560 п.4 — там ещё мешки остались, забрали." + SIG_L,
       rev("two different requests in one letter"))
q2 = D(10, 9, 22)
logist(11, 17, 12, "Re: Заявка №400131 КГМ",
       mailru_quote(q2, "Светлана Коваленко <logist.ecovyvoz@mail.ru>", "Принята, маршрут 3, завтра с 7:00.\nС.К.") +
       "\n\nп2 у школы 4 — убыли в 16:50, КП чистый." + SIG_L_MOB,
       dec("400131", ["2"], U, "bottom-posted reply: quote says 'Принята', new text below reports departure from p2"))

# --- 400288 ---
meln(11, 9, 33, "RE: 400288 навал",
     "Добрый день!\nЗаявку 400288 получили, приняли. Навал большой, пойдут 2 машины, Гусейнов и Ткаченко." + SIG_M,
     dec("400288", [], A, "accepted"), cte="b64")
fleet(12, 7, 42, "gus", "400288 еду. п1 Новая 7", dec("400288", ["1"], P, "travelling to p1"))
fleet(12, 8, 6, "gus", "400288 п1 нa мeстe", dec("400288", ["1"], M, "Latin a/e inside 'на месте'"))
fleet(12, 10, 52, "gus", "400288 п1 п2 всё, навал убрали, 22 м3 ушло в 2 рейса. Талон 0460915 и 0460933", dec("400288", ["1", "2"], U, "'всё, убрали' = finished both; ticket numbers are distractors"))
logist(12, 12, 33, "Re: 400288",
       "Добрый день.\nХотим обратить внимание: на Новой, 7 через час после нас навал появился снова. Это уже не КГМ, а строительный мусор от ремонта кв. 45, такое мы вывозим по отдельному тарифу (1 850 руб./м3). Просим решить вопрос с УК, повторно бесплатно не поедем." + SIG_L,
       rev("complaint and price talk, no new status"))

# --- 400466 ---
logist(12, 10, 57, "Re: Заявка 400466 вывоз мебели", "Ок, приняли, мебель заберём в пятницу." + SIG_L_MOB + "\n\n" + mailru_quote(regd("400466"), DISP, disp_req("400466", RQ["400466"][3])),
       dec("400466", [], A, "accepted; pickup date is a plan"))
fleet(13, 8, 22, "tka", "400466 п3 на месте", rev("request 400466 has only position 1; position 3 does not exist"))
fleet(13, 9, 43, "tka", "400466 - Гагарина 33, мебель из подъезда вынесли и загрузили: 2 шкафа, стенка, 3 кресла. Убываю", dec("400466", [], U, "'Убываю' after loading is done"))

# --- 400790 ---
logist(13, 8, 32, "Заявка 400790",
       None, dec("400790", [], A, "HTML-only letter"),
       html_only=True,
       html="<html><body><div>Добрый день!</div><div><b>Заявка 400790 принята в работу.</b> Вывоз в субботу 14.11, маршрут № 14.</div><div>&nbsp;</div><div>С уважением,<br>Светлана Коваленко<br>логист ООО «ЭкоВывоз»</div></body></html>")
fleet(14, 7, 31, "gus", "Выдвигаюсь по 400790 на П1", dec("400790", ["1"], P, "'выдвигаюсь на П1' = on the way"))
fleet(14, 7, 59, "gus", "400790 (1) прибыл", dec("400790", ["1"], M, "position in brackets"))
fleet(14, 8, 42, "gus", "400790 П1 готово. П2 школа - позвоню охране, поеду после 9", dec("400790", ["1"], U, "p1 finished; p2 only a plan"))
logist(14, 9, 11, "400790 школа пропуск",
       "Коллеги, доброе утро.\nПо 400790 п.2 (школа): охрана не пускает машину на территорию без письма от УК. Можете прислать пропуск на ТС А123ВС 750, водитель Гусейнов Рустам? Телефон водителя +7 (926) 401-88-12." + SIG_L,
       rev("asks for a pass; no status reported (phone contains 401-88 as a distractor)"))
fleet(14, 10, 26, "gus", "400790 поз2 заехал на территорию школы, грузимся", dec("400790", ["2"], M, "on site at p2"))
fleet(14, 11, 41, "gus", "по 400790 п2 закончил в 11:30, еду выгружаться на полигон Дмитровский", dec("400790", ["2"], U, "'еду на полигон' means leaving FROM the site, not travelling to it"))
logist(14, 12, 20, "Re: 400790", "Добрый день, по третьей позиции бригада освободилась в 12:15, КП у котельной убран." + SIG_L_MOB,
       dec("400790", ["3"], U, "'бригада освободилась' = finished"))
q3 = D(13, 8, 10)
logist(16, 9, 5, "Re: Вывоз КГМ по графику (заявка 400790)",
       "Добрый день!\nВсе три КП вывезены ещё в субботу, фото у водителя, могу прислать." + SIG_L + "\n\n" +
       mailru_quote(q3, DISP, "Добрый день!\nНаправляем заявку на вывоз КГМ по графику.\n1 — КП у д. 5, 2 — КП у школы, 3 — КП у котельной.\nЛаврова И.С."),
       dec("400790", [], U, "request number only in the quoted old subject; body says all sites done"))

# --- 401052 ---
meln(16, 10, 1, "RE: 401052 мойка контейнеров",
     "Принимаем.\nМойка мобильной установкой (КО-829 на шасси ГАЗ), плановая дата 18.11." + SIG_M +
     "\n\n-----Original Message-----\nFrom: Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru]\nSent: Monday, November 16, 2026 9:15 AM\nTo: o.melnikov@ecovyvoz.ru\nSubject: 401052 мойка контейнеров\n\n" +
     disp_req("401052", RQ["401052"][3]),
     dec("401052", [], A, "accepted; equipment model is a distractor; -----Original Message----- quote"))
logist(17, 17, 4, "401052 завтра",
       "Добрый вечер!\nПо 401052 выезд завтра в 7:00, мойщик Белов, машина К302МН 77. Просьба предупредить дворников, чтобы открыли площадки." + SIG_L,
       rev("plan for tomorrow, nothing happened yet"))
fleet(18, 7, 46, "bel", "401052 поз.1 моем. 8 контейнеров", dec("401052", ["1"], M, "work in progress at p1"))
fleet(18, 10, 33, "bel", "401052 обе площадки помыли, продезинфицировали, 16 шт. Свернулся, уехал", dec("401052", [], U, "'обе площадки' = whole request finished"))

# --- 401333 ---
logist(17, 8, 36, "Re: Заявка 401333", "Добрый день! Заявка в работе, завтра начинаем, маршрут 3 и 21." + SIG_L + "\n\n" + mailru_quote(regd("401333"), DISP, disp_req("401333", RQ["401333"][3])),
       dec("401333", [], A, "'Заявка в работе' = accepted; route numbers are not positions"))
fleet(18, 7, 21, "sad", "401333 на п.01 выехал", dec("401333", ["1"], P, "position written as 01"), charset="koi8-r", cte="qp")
fleet(18, 8, 16, "sad", "401333 П1 прибыл, куча веток и 2 холодильника", dec("401333", ["1"], M, "arrived at P1"), charset="koi8-r", cte="8bit")
fw = ("-----Original Message-----\nFrom: ЭкоВывоз.Рейс [mailto:fleet@ecovyvoz.ru]\nSent: Wednesday, November 18, 2026 10:04 AM\nTo: o.melnikov@ecovyvoz.ru\n"
      "Subject: Сообщение водителя | Маршрут N 3 | Е789КХ 750\n\nВодитель: Садыков И.Ф.\nТС: Е789КХ 750\nМаршрут N 3\nВремя: 18.11.2026 10:04\n"
      "--------------------------------\n401333 п1 п2 вывез, холодильники отдельно на переработку\n--------------------------------")
meln(18, 10, 20, "FW: Сообщение водителя | Маршрут N 3 | Е789КХ 750",
     "Пересылаю для сведения, по Парковой." + SIG_M + "\n\n" + fw,
     dec("401333", ["1", "2"], U, "Outlook forward of driver message: p1,p2 removed"))
fleet(18, 13, 2, "sad", "401333 п3 школа - всё, уехал. на п4 почта уже стою, грузим", rev("p3 finished, p4 on site: different statuses for different positions"), charset="koi8-r", cte="b64")
logist(18, 15, 12, "Заявка № 401333 — позиция 4",
       "Добрый день!\nПо заявке № 401333 позиция 4 (почта) — вывоз завершён в 14:50.\nИтого по заявке 41 м3, 3 рейса, талоны 0463301, 0463318, 0463342." + SIG_L,
       dec("401333", ["4"], U, "'вывоз завершён' for position 4"))

# --- 401870 ---
logist(19, 10, 22, "Re: 401870", "Приняли 401870, бункер 27 м3 поставим 20.11 утром." + SIG_L_MOB + "\n\n" + mailru_quote(regd("401870"), DISP, disp_req("401870", RQ["401870"][3])),
       dec("401870", [], A, "accepted"))
fleet(20, 8, 1, "bel", "401870 везу бункер 27 на Октябрьскую 15, пробка на Ленинградке, минут 40", dec("401870", [], P, "travelling with the bunker"))
fleet(20, 8, 52, "bel", "401870 на адресе", dec("401870", [], M, "'на адресе' = on site"))
q4 = D(20, 9, 12)
logist(20, 9, 40, "Re: 401870 пропуск",
       "Спасибо, пропуск получили, передала водителю." + SIG_L_MOB + "\n\n" +
       mailru_quote(q4, DISP, "Светлана, направляем пропуск на ТС К302МН 77 по заявке 401870, действителен до 30.11.\nЛаврова И.С."),
       rev("thanks for dispatcher's pass; nothing reported"))
fleet(20, 10, 15, "bel", "бункер по 401870 установил, акт у прораба подписан, УБЫЛ", dec("401870", [], U, "request is bunker installation; installed and left"))

# --- extra variety ---
# The Bat!-style initials quoting, number in brackets after address
meln(5, 17, 40, "Re[2]: Листва",
     "Здравствуйте, Ирина.\n\nДС> Просим сообщить по КП у детсада и у гаражей, когда будет вывоз.\nДС> Лаврова И.С.\n\n"
     "Детсад (399560) — убыли в 15:50, сообщение логиста вам уходило. По гаражам — завтра первым рейсом." + SIG_M,
     dec("399560", ["3"], U, "initials-prefixed quote; number in brackets after the site; detsad = position 3 per comment, garages only planned"), html=False, cte="8bit", charset="koi8-r", kind="ecovyvoz.ru", extra={"X-Mailer": "The Bat! (v10.4.1) Professional"})
# Gmail-style forward of driver message from the logist (Thunderbird marker)
logist(13, 10, 5, "Fwd: Гагарина 33",
       "\n\n-------- Перенаправленное сообщение --------\nТема: \tСообщение водителя | Маршрут № 7 | М456ОР 50\nДата: \tFri, 13 Nov 2026 09:43:12 +0300\nОт: \tЭкоВывоз.Рейс <fleet@ecovyvoz.ru>\n"
       "Кому: \tlogist.ecovyvoz@mail.ru\n\nВодитель: Ткаченко В.П.\nТС: М456ОР 50\nМаршрут № 7\nВремя: 13.11.2026 09:43\n--------------------------------\n"
       "400466 - Гагарина 33, мебель из подъезда вынесли и загрузили: 2 шкафа, стенка, 3 кресла. Убываю\n--------------------------------",
       dec("400466", [], U, "forward with empty own text (Thunderbird marker) of the driver's departure message"),
       extra={"X-Mailer": "Mozilla Thunderbird 128.4.0", "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"})
# no request number at all
fleet(16, 8, 14, "tka", "на месте, грузимся. площадка вся в пакетах", rev("no request number; only route/plate in the generated header"))
# logist summary for 399218 with subject form 399218-2 but body says nothing new -> review? keep decided variants below
logist(4, 9, 15, "399218-2 поликлиника",
       "Добрый день.\nВодитель на месте у поликлиники уже полчаса, подъезд заставлен машинами. Мы ждём, но если через час не освободят — уедем без погрузки, простой оплачивается отдельно." + SIG_L,
       dec("399218", ["2"], M, "number and position only in the subject '399218-2'; crew is on site waiting (price remark is secondary)"))
# 6031 (2) style subject, nouns with times
logist(12, 11, 2, "400288 (2)",
       "Прибытие 09:20, убытие 10:45. Навал вывезен полностью, 2 рейса." + SIG_L_MOB,
       dec("400288", ["2"], U, "position in brackets in the subject; noun list; latest event is departure"))
# 'поз' subject, typo heavy driver text
fleet(18, 9, 40, "sad", "401333 п2 выехл, буду минут чере 20", dec("401333", ["2"], P, "typos 'выехл', 'чере'; travelling to p2"), charset="koi8-r", cte="qp")
# price/contract talk
meln(23, 11, 15, "Акт и счёт за ноябрь",
     "Добрый день!\nНаправляю счёт № 1187 от 20.11.2026 и акт № 0912 за вывоз КГМ в ноябре, сверх графика — 11 заявок, 214 м3. Просим подписать и вернуть один экземпляр. Реквизиты без изменений: ИНН 5024187350, КПП 502401001, р/с 40702810400000012345." + SIG_M,
     rev("invoice/act paperwork, no status"))
# Gmail-style message/rfc822 attached forward
inner = text_part("Водитель: Белов Д.С.\nТС: К302МН 77\nМаршрут № 21\nВремя: 18.11.2026 07:46\n--------------------------------\n401052 поз.2 прибыл, д.44, начинаю мойку\n--------------------------------\n", "plain", "utf-8", "qp")
hdr(inner, FLEET, "Сообщение водителя | Маршрут № 21 | К302МН 77", D(18, 7, 46), "fleet", to="o.melnikov@ecovyvoz.ru")
meln(18, 8, 5, "FW: Сообщение водителя | Маршрут № 21 | К302МН 77", "Для сведения, мойка по 44-му дому идёт." + SIG_M,
     dec("401052", ["2"], M, "forward as attached message/rfc822: driver arrived at p2, washing in progress"), html=False, cte="qp", attach=[MIMEMessage(inner)])

# --- ignored ---
d = D(23, 9, 0)
m = text_part("Здравствуйте!\nЯ в отпуске с 23.11 по 30.11.2026. По вопросам вывоза КГМ и бункеров обращайтесь к Мельникову Олегу, o.melnikov@ecovyvoz.ru, +7 (495) 640-18-27 доб. 112.\n\nЭто автоматический ответ.", "plain", "utf-8", "b64")
hdr(m, LOGIST, "Автоответ: Re: Заявка 401333", d, "mailru", extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})
add(d, m, ign("out-of-office auto-reply (names a request number in the subject)"))

d = D(19, 10, 1)
rep = MIMEMultipart("report", report_type="delivery-status")
rep.attach(text_part("This is the mail system at host mx1.ecovyvoz.ru.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<a.ivanov@ecovyvoz.ru>: user unknown (mailbox disabled)\n", "plain", "us-ascii", "8bit"))
ds = MIMEBase("message", "delivery-status")
ds.set_payload([message_from_string("Reporting-MTA: dns; mx1.ecovyvoz.ru\nArrival-Date: Thu, 19 Nov 2026 10:00:58 +0300\n\n"),
                message_from_string("Final-Recipient: rfc822; a.ivanov@ecovyvoz.ru\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox disabled\n\n")])
rep.attach(ds)
orig = text_part(disp_req("401870", RQ["401870"][3]), "plain", "utf-8", "b64")
orig["From"] = formataddr((DISP_NAME, DISPATCH), charset="utf-8"); orig["To"] = "a.ivanov@ecovyvoz.ru"
orig["Subject"] = Header("Заявка № 401870", "utf-8"); orig["Date"] = format_datetime(D(19, 10, 0)); orig["Message-ID"] = "<req401870.1@zakazchik-omis.ru>"
rep.attach(MIMEMessage(orig))
hdr(rep, DAEMON, "Undelivered Mail Returned to Sender", d, "mx1.ecovyvoz.ru", extra={"Auto-Submitted": "auto-replied"})
add(d, rep, ign("bounce for dispatcher's own request letter sent to a disabled mailbox"))

d = D(19, 10, 14)
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(text_part("Ваше сообщение \"Заявка № 401870\" было прочитано 19.11.2026 10:14.", "plain", "utf-8", "b64"))
dn = MIMEBase("message", "disposition-notification")
dn.set_payload("Reporting-UA: mail.ru\nFinal-Recipient: rfc822; logist.ecovyvoz@mail.ru\nOriginal-Message-ID: <req401870.2@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(dn)
hdr(rr, LOGIST, "Прочитано: Заявка № 401870", d, "mailru")
add(d, rr, ign("read receipt (MDN)"))

d = D(25, 10, 0)
nl = text_part("<html><body><h2>ЭкоВывоз: новости ноября</h2><p>С 1 декабря 2026 г. меняются тарифы на вывоз КГМ: 1 м3 — 1 650 руб., бункер 8 м3 — 9 900 руб., бункер 27 м3 — 24 500 руб.</p>"
               "<p>Зимний график вывоза, новые мойки контейнеров и многое другое — на нашем сайте.</p><p><a href='https://ecovyvoz.ru/unsubscribe?u=88421'>Отписаться от рассылки</a></p></body></html>", "html", "utf-8", "qp")
hdr(nl, NEWS, "ЭкоВывоз: тарифы на вывоз КГМ с 1 декабря", d, "news.ecovyvoz.ru",
    extra={"Precedence": "bulk", "List-Unsubscribe": "<https://ecovyvoz.ru/unsubscribe?u=88421>", "List-Id": "ЭкоВывоз новости <news.ecovyvoz.ru>"})
add(d, nl, ign("company newsletter, bulk"))

d = D(24, 14, 3)
cal = MIMEMultipart("alternative")
cal.attach(text_part("Мельников Олег Викторович принял это приглашение.\n", "plain", "windows-1251", "qp"))
ical = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Мельников Олег Викторович:mailto:o.melnikov@ecovyvoz.ru\r\n"
        "SUMMARY:Принято: Совещание по зимнему графику вывоза\r\nDTSTART:20261126T110000Z\r\nDTEND:20261126T120000Z\r\n"
        "UID:040000008200E00074C5B7101A82E008000000001\r\nDTSTAMP:20261124T110300Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cp = text_part(ical, "calendar", "utf-8", "b64"); cp.set_param("method", "REPLY")
cal.attach(cp)
hdr(cal, MELN, "Принято: Совещание по зимнему графику вывоза", d, "outlook", charset="windows-1251")
add(d, cal, ign("calendar meeting response generated by Outlook"))

d = D(16, 14, 22)
al = text_part("Автоматическое уведомление системы мониторинга.\nТС: М456ОР 50 (Маршрут № 7)\nСобытие: простой с работающим двигателем 47 мин\nКоординаты: 55.9123, 37.4012\nВремя: 16.11.2026 14:21\n\nНе отвечайте на это письмо.", "plain", "utf-8", "qp")
hdr(al, FLEET, "Уведомление: простой ТС М456ОР 50", d, "fleet", extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
add(d, al, ign("telematics alert generated by the fleet system, not a person"))

# ======================= write =======================
LETTERS.sort(key=lambda x: x[0])
labels = {}
for i, (d, m, lab) in enumerate(LETTERS, 1):
    fn = "%03d.eml" % i
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(m)
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(buf.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    labels[fn] = lab

reg = {"contractor": {"name": "ООО «ЭкоВывоз»",
                      "emails": ["fleet@ecovyvoz.ru", "logist.ecovyvoz@mail.ru", "o.melnikov@ecovyvoz.ru", "news@ecovyvoz.ru", "MAILER-DAEMON@ecovyvoz.ru"],
                      "domains": ["ecovyvoz.ru"]},
       "requests": [{"number": n, "positions": p, "registered_at": r, "comment": c} for n, p, r, c in REQUESTS]}
json.dump(reg, open(os.path.join(OUT, "registry.json"), "w"), ensure_ascii=False, indent=1)
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
print(len(labels), "letters")
