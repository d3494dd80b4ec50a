#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «ЛифтСервисГрупп» (lift maintenance).
Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json."""
import json, os, random, datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email.generator import BytesGenerator
from email import message_from_string, policy

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(360)
MSK = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ---------------- people ----------------
SMIRNOV = ("Алексей Смирнов", "lsg.smirnov@yandex.ru")
KOVAL = ("Дмитрий Ковальчук", "d.kovalchuk@yandex.ru")
RYABOV = ("Игорь Рябов", "ryabov.lift@yandex.ru")
GAYN = ("Ильдар Гайнуллин", "i.gaynullin@yandex.ru")
DISP = ("Диспетчерская ЛифтСервисГрупп", "dispatcher@lsg-lift.ru")
ORLOV = ("Орлов Виктор Петрович", "glavinzh@lsg-lift.ru")
EGOROVA = ("Марина Егорова", "egorova.lsg@gmail.com")
NEWS = ("ЛифтСервисГрупп", "news@lsg-lift.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@lsg-lift.ru")

SIG_Y = "\n\n-- \nОтправлено из мобильной Яндекс Почты"

REGISTRY = {
    "contractor": {
        "name": "ООО «ЛифтСервисГрупп»",
        "emails": [SMIRNOV[1], KOVAL[1], RYABOV[1], GAYN[1], DISP[1], EGOROVA[1], ORLOV[1], NEWS[1], DAEMON[1]],
        "domains": ["lsg-lift.ru"],
    },
    "requests": [
        {"number": "360114", "positions": ["1", "2"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "ул. Профсоюзная, д. 56. Застревание, не закрываются двери. 1 — пасс. лифт п.1 (рег. № 48213); 2 — пасс. лифт п.2 (рег. № 48214)"},
        {"number": "360237", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T09:15:00+03:00",
         "comment": "Варшавское ш., д. 118, корп. 2. Периодическое ТО. 1 — пасс. лифт п.1; 2 — грузовой лифт п.1; 3 — пасс. лифт п.3"},
        {"number": "360509", "positions": ["1"], "registered_at": "2026-11-05T14:02:00+03:00",
         "comment": "Складской комплекс, ул. Подольских Курсантов, д. 3, стр. 2. 1 — грузовой лифт (рег. № 71120), стоит на 2 эт."},
        {"number": "360882", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:30:00+03:00",
         "comment": "БЦ, Ленинский пр-т, д. 90. Ежегодное техническое освидетельствование. 1 — пасс. лифт №1 (холл А); 2 — пасс. лифт №2 (холл А); 3 — пасс. лифт №3 (холл Б); 4 — грузовой лифт (рампа)"},
        {"number": "361046", "positions": ["1"], "registered_at": "2026-11-09T07:55:00+03:00",
         "comment": "ул. Кировоградская, д. 14. Застревание пассажира. 1 — пасс. лифт п.4 (рег. № 30561)"},
        {"number": "361273", "positions": ["1", "2"], "registered_at": "2026-11-10T11:20:00+03:00",
         "comment": "ул. Чертановская, д. 48, корп. 1. Шум при движении, замена роликов. 1 — пасс. лифт 2-го подъезда; 2 — грузопасс. лифт 2-го подъезда"},
        {"number": "361530", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T08:10:00+03:00",
         "comment": "Севастопольский пр-т, д. 28. Не работают кнопки вызова. 1 — лифт п.1; 2 — лифт п.2; 3 — лифт п.3"},
        {"number": "361788", "positions": ["1"], "registered_at": "2026-11-13T16:45:00+03:00",
         "comment": "Поликлиника, ул. Газопровод, д. 9. 1 — больничный лифт (рег. № 55902), не закрываются двери"},
        {"number": "362015", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "Балаклавский пр-т, д. 5. Залит приямок. 1 — пасс. лифт п.1; 2 — пасс. лифт п.2"},
        {"number": "362344", "positions": ["1"], "registered_at": "2026-11-18T13:30:00+03:00",
         "comment": "ул. Днепропетровская, д. 25, столовая. 1 — грузовой лифт кухни"},
        {"number": "362601", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-20T08:25:00+03:00",
         "comment": "ЖК, Варшавское ш., д. 141. Вандализм, разбиты кнопки приказа. 1 — лифт п.1; 2 — лифт п.2; 3 — лифт п.3; 4 — лифт п.4"},
        {"number": "362958", "positions": ["1", "2"], "registered_at": "2026-11-23T10:05:00+03:00",
         "comment": "ул. Азовская, д. 11. 1 — пасс. лифт; 2 — грузовой лифт"},
    ],
}

LETTERS = []   # (filename, bytes)
LABELS = {}


def dt(day, hh, mm):
    return datetime.datetime(2026, 11, day, hh, mm, random.randint(0, 59), tzinfo=MSK)


def addr(person, cs="utf-8"):
    return formataddr(person, charset=cs)


def subj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject")


def tpart(text, subtype="plain", charset="utf-8", cte="b64"):
    cs = Charset(charset)
    cs.header_encoding = BASE64
    cs.body_encoding = {"b64": BASE64, "qp": QP, "8bit": None}[cte]
    if charset == "utf-8" and cte == "8bit":
        cs.body_encoding = None
    p = MIMEText(text, subtype, cs)
    if cte == "8bit":
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
    return p


def y_html(text):
    """Yandex mobile HTML body: one <div> per line."""
    lines = text.split("\n")
    out = []
    for ln in lines:
        if ln.startswith(">"):
            out.append("<blockquote>%s</blockquote>" % ln.lstrip("> ").replace("<", "&lt;").replace(">", "&gt;"))
        elif ln.strip() == "":
            out.append("<div>&nbsp;</div>")
        else:
            out.append("<div>%s</div>" % ln.replace("<", "&lt;").replace(">", "&gt;"))
    return "<div>" + "\n".join(out) + "</div>"


def finish(msg, person, date, subject, cs="utf-8", to=DISPATCH, mid_domain="mail.yandex.ru", extra=None):
    msg["From"] = addr(person, cs)
    msg["To"] = addr(to, cs)
    msg["Subject"] = subj(subject, cs)
    msg["Date"] = format_datetime(date)
    if mid_domain == "mail.yandex.ru":
        msg["Message-ID"] = "<%d%06d@%s>" % (int(date.timestamp()), random.randint(0, 999999), random.choice(
            ["myt5-8a1b2c3d4e5f.qloud-c.yandex.net", "sas1-1f2e3d4c5b6a.qloud-c.yandex.net", "vla3-0a9b8c7d6e5f.qloud-c.yandex.net"]))
    else:
        msg["Message-ID"] = make_msgid(domain=mid_domain)
    msg["MIME-Version"] = "1.0"
    for k, v in (extra or []):
        msg[k] = v
    return msg


def save(msg, label):
    n = "%03d.eml" % (len(LETTERS) + 1)
    import io
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(msg)
    LETTERS.append((n, buf.getvalue()))
    LABELS[n] = label


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


# ------------- mobile Yandex letter helpers -------------
def ymob(person, date, subject, text, label, kind="plain", sig=True, extra_hdr=None):
    """kind: plain (text/plain b64), html (text/html only), alt (multipart/alternative)"""
    body = text + (SIG_Y if sig else "")
    if kind == "plain":
        msg = tpart(body, "plain", "utf-8", "b64")
    elif kind == "html":
        msg = tpart(y_html(body), "html", "utf-8", "b64")
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(tpart(body, "plain", "utf-8", random.choice(["b64", "qp"])))
        msg.attach(tpart(y_html(body), "html", "utf-8", "b64"))
    extra = [("X-Mailer", "Yandex Mail for iOS")] + (extra_hdr or [])
    finish(msg, person, date, subject, extra=extra)
    save(msg, label)


def yquote(date_str, who, text):
    """Yandex-style quote block."""
    q = "\n".join("> " + l if l else ">" for l in text.split("\n"))
    return "\n\n%s, \"%s\" <%s>:\n%s" % (date_str, who[0], who[1], q)


DISP_REQ = lambda n, adr, what: ("Добрый день!\nПросим принять в работу заявку № %s.\nАдрес: %s.\n%s\n"
                                 "Просим сообщить о выезде и прибытии бригады.\n\nС уважением,\nДиспетчерская служба ОМИС\n"
                                 "тел. +7 (495) 640-12-12" % (n, adr, what))


# ---------- 1C template (windows-1251 HTML table) ----------
def onec_table(date, subject, intro, rows, outro, label, cte="b64"):
    tr = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
            "<body style=\"font-family:Arial;font-size:10pt\">\n<p>%s</p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
            "<tr><th>№ п/п</th><th>Оборудование</th><th>Состояние</th><th>Время</th></tr>\n%s\n</table>\n"
            "<p>%s</p>\n<p style=\"color:#808080\">Сообщение сформировано автоматически программой "
            "«1С:Предприятие 8.3 (Сервисное обслуживание)». Исполнитель: диспетчер Полякова Н.А.</p>"
            "</body></html>" % (intro, tr, outro))
    msg = tpart(html, "html", "windows-1251", cte)
    finish(msg, DISP, date, subject, cs="windows-1251", mid_domain="lsg-lift.ru",
           extra=[("X-Mailer", "1C:Enterprise 8.3")])
    save(msg, label)


def onec_plain(date, subject, text, label, cte="qp"):
    msg = tpart(text, "plain", "windows-1251", cte)
    finish(msg, DISP, date, subject, cs="windows-1251", mid_domain="lsg-lift.ru",
           extra=[("X-Mailer", "1C:Enterprise 8.3")])
    save(msg, label)


def thebat(date, subject, text, label, to=DISPATCH):
    text = text.replace("№", "N").replace("—", "-")
    subject = subject.replace("№", "N")
    msg = tpart(text, "plain", "koi8-r", "8bit")
    finish(msg, ORLOV, date, subject, cs="koi8-r", to=to, mid_domain="lsg-lift.ru",
           extra=[("X-Mailer", "The Bat! (v10.4.0.3) Professional")])
    save(msg, label)


def outlook(person, date, subject, text, label, charset="utf-8", cte="qp", html=True):
    msg = MIMEMultipart("alternative")
    msg.attach(tpart(text, "plain", charset, cte))
    if html:
        h = "<html><body><div class=WordSection1>" + "".join(
            "<p class=MsoNormal>%s</p>" % (l.replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;")
            for l in text.split("\n")) + "</div></body></html>"
        msg.attach(tpart(h, "html", charset, cte))
    finish(msg, person, date, subject, cs=charset, mid_domain="lsg-lift.ru",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtX%06dQk" % random.randint(0, 999999))])
    save(msg, label)


S, P_, V, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ======================= 360114 Профсоюзная 56 =======================
ymob(SMIRNOV, dt(2, 8, 52), "360114 принял", "", D("360114", [], S, "subject only: accepted"), sig=True)

ymob(SMIRNOV, dt(2, 9, 31), "Re: Заявка № 360114 Профсоюзная 56",
     "Выехал на Профсоюзную, буду минут через 40" +
     yquote("02.11.2026, 08:41", DISPATCH, DISP_REQ("360114", "ул. Профсоюзная, д. 56",
            "Застревание в лифте п.2, не закрываются двери кабины. Лифт п.1 — проверить.")),
     D("360114", [], P_, "выехал, будем через 40 мин = on the way; quoted request text ignored"), kind="html")

ymob(SMIRNOV, dt(2, 10, 20), "360114 п.2 на месте", "", D("360114", ["2"], V, "subject only: position п.2 on site"))

ymob(SMIRNOV, dt(2, 11, 5), "360114-2",
     "Освободили пассажира в 10:58, кабина стояла между 6 и 7 эт. Лифт остановлен, двери кабины не закрываются, разбираюсь",
     D("360114", ["2"], V, "released passenger, lift still stopped, engineer working = on site; position after dash"))

ymob(SMIRNOV, dt(2, 13, 40), "Re: 360114-2",
     "п.2 запущен в 13:35, заменил ремень привода дверей, в работе.\nп.1 проверил, замечаний нет.\nУбыл" +
     yquote("02.11.2026, 11:05", SMIRNOV, "Освободили пассажира в 10:58, кабина стояла между 6 и 7 эт. Лифт остановлен, двери кабины не закрываются, разбираюсь"),
     D("360114", ["1", "2"], U, "both lifts done, Убыл; quoted own earlier on-site text ignored"), kind="alt")

# ======================= 360237 Варшавское 118 к2 ТО =======================
onec_table(dt(3, 9, 40), "Уведомление о принятии заявки № 360237 в работу",
           "Уважаемые коллеги!<br>ООО «ЛифтСервисГрупп» (ИНН 7726543210, КПП 772601001) уведомляет, что заявка № 360237 "
           "от 03.11.2026 по адресу: Варшавское ш., д. 118, корп. 2 принята в работу в рамках договора № ТО-114/2025 от 29.12.2025.",
           [("1", "Пасс. лифт п.1 (рег. № 40117)", "Принята", "09:38"),
            ("2", "Грузовой лифт п.1 (рег. № 40118)", "Принята", "09:38"),
            ("3", "Пасс. лифт п.3 (рег. № 40121)", "Принята", "09:38")],
           "Выполнение ТО запланировано на 04.11.2026.<br>Диспетчерская: +7 (495) 988-40-40 (круглосуточно).",
           D("360237", ["1", "2", "3"], S, "1C template, table rows for all 3 positions: accepted; plan for 04.11 is not a status"))

ymob(KOVAL, dt(4, 8, 15), "Варшавка 118 к2 (360237) выезжаем", "",
     D("360237", [], P_, "number in brackets after address; выезжаем = travelling now"))

ymob(KOVAL, dt(4, 9, 2), "360237 поз1", "на объекте, начали ТО с пассажирского 1 подъезда",
     D("360237", ["1"], V, "поз1 in subject; на объекте"))

ymob(KOVAL, dt(4, 11, 30), "360237",
     "по 360237: П1 закончили, в работе.\nгрузовой (П2) остановлен до замены каната ограничителя скорости, канат будет в четверг, тогда и доделаем",
     D("360237", ["1"], U, "П1 finished; П2 stopped waiting for rope = plan, not done"), kind="html")

ymob(KOVAL, dt(4, 15, 10), "Re: Варшавка 118 к2 (360237) выезжаем",
     "3-й готово, ТО провели, в журнал записал. Уехали",
     D("360237", ["3"], U, "Re: subject names old status выезжаем; body: position 3 done, left"))

ymob(KOVAL, dt(6, 10, 45), "360237 грузовой",
     "канат ОС привезли только сегодня. Заменили, испытания провели, грузовой запущен в 10:40, работает",
     D("360237", ["2"], U, "грузовой = position 2 per request comment; launched, working"))

# ======================= 360509 склад, грузовой =======================
ymob(RYABOV, dt(5, 14, 20), "Заявка 360509 принята", "", D("360509", [], S, "subject only"), sig=False)

ymob(RYABOV, dt(5, 15, 5), "еду на склад Подольских курсантов, 360509", "",
     D("360509", [], P_, "еду = on the way; house number 3 not a position"))

ymob(RYABOV, dt(5, 16, 10), "360509",
     "На месте. Кабина на 2 эт., тяговый канат поврежден (обрыв прядей), лифт остановлен до замены каната. "
     "Заказали канат 10,5 мм ГОСТ 2688-80, поставка 3 дня. Рег. № 71120 — табличку повесил",
     D("360509", [], V, "on site; lift stopped until rope replaced (not done); rope size, GOST, reg number are not request numbers"))

onec_plain(dt(6, 9, 0), "Информация по заявке № 360509",
           "Добрый день!\n\nИнформируем, что грузовой лифт (рег. № 71120) по адресу ул. Подольских Курсантов, д. 3, стр. 2 "
           "остановлен в ожидании поставки тягового каната. Ориентировочный срок восстановления работы лифта — 09.11.2026.\n"
           "Счет на канат № 2026-1187 от 05.11.2026 будет выставлен отдельно.\n\n"
           "С уважением,\nдиспетчер ООО «ЛифтСервисГрупп»\nПолякова Наталья\n+7 (495) 988-40-40\n",
           R("information only: lift stopped waiting for parts, expected date = plan; no new status"))

ymob(RYABOV, dt(9, 12, 30), "Re: Информация по заявке № 360509",
     "канат поменяли, испытания провели, лифт запущен. ухожу с объекта" +
     yquote("06.11.2026, 09:00", DISP, "Добрый день!\n\nИнформируем, что грузовой лифт (рег. № 71120) ... остановлен в ожидании поставки тягового каната. "
            "Ориентировочный срок восстановления работы лифта — 09.11.2026."),
     D("360509", [], U, "reply to dispatcher letter: rope replaced, lift launched, leaving the site"))

# ======================= 360882 Ленинский 90 освидетельствование =======================
thebat(dt(6, 11, 0), "Заявка № 360882 - освидетельствование",
       "Здравствуйте.\n\nЗаявку № 360882 на техническое освидетельствование лифтов БЦ (Ленинский пр-т, 90) приняли.\n"
       "Выход бригады и эксперта ООО \"ИЦ Лифттест\" планируем на 10.11.2026 с 9:00.\n"
       "Просим обеспечить доступ в машинные помещения и на рампу.\n\n"
       "-- \nС уважением,\nОрлов В.П., главный инженер\nООО \"ЛифтСервисГрупп\"\nтел. +7 (495) 988-40-41, моб. +7 916 204-11-90\n",
       D("360882", [], S, "KOI8-R The Bat!: accepted; visit on 10.11 is only a plan"))

ymob(GAYN, dt(10, 8, 20), "Re: Заявка N 360882 - освидетельствование",
     "Выехали с экспертом, будем к 9" +
     yquote("06.11.2026, 11:00", ORLOV, "Здравствуйте.\n\nЗаявку N 360882 на техническое освидетельствование лифтов БЦ (Ленинский пр-т, 90) приняли.\n"
            "Выход бригады и эксперта ООО \"ИЦ Лифттест\" планируем на 10.11.2026 с 9:00."),
     D("360882", [], P_, "number only in quoted Re: subject; выехали = on the way"))

ymob(GAYN, dt(10, 9, 5), "360882 (1)", "на месте, начали с 1го",
     D("360882", ["1"], V, "position in brackets in subject"))

onec_table(dt(10, 12, 40), "Отчет о ходе работ по заявке № 360882",
           "Отчет о ходе выполнения работ по заявке № 360882 (Ленинский пр-т, д. 90). Эксперт: Белов С.А., удостоверение № 77-0412.",
           [("1", "Пасс. лифт №1 (холл А)", "Работы завершены, лифт в работе", "12:10"),
            ("2", "Пасс. лифт №2 (холл А)", "Работы завершены, лифт в работе", "12:35"),
            ("3", "Пасс. лифт №3 (холл Б)", "Перенесено на 11.11.2026", "—"),
            ("4", "Грузовой лифт (рампа)", "Перенесено на 11.11.2026", "—")],
           "Акты освидетельствования будут направлены после завершения работ по всем позициям.",
           D("360882", ["1", "2"], U, "HTML table: rows 1,2 finished, rows 3,4 only postponed (plan)"), cte="qp")

ymob(GAYN, dt(11, 9, 10), "360882 п3 п4 на месте", "", D("360882", ["3", "4"], V, "subject only"), kind="html")

ymob(GAYN, dt(11, 14, 0), "Re: 360882 (1)",
     "освидетельствование 3го и грузового прошли, эксперт подписал. Закончили, уезжаем с объекта. Акт № 882/11 пришлем завтра",
     D("360882", ["3", "4"], U, "old subject names (1); body: 3rd and грузовой (=4) done, leaving FROM the site; act number is not request"))

# ======================= 361046 Кировоградская 14 застревание =======================
ymob(SMIRNOV, dt(9, 8, 1), "361046", "принял, выезжаю", D("361046", [], P_, "accepted and departing: latest = on the way"))

ymob(SMIRNOV, dt(9, 8, 34), "361046",
     "Кировоградская 14, лифт п.4 — освободили пассажира в 08:31, застрял между 5 и 6 эт. Смотрю причину",
     D("361046", ["1"], V, "lift п.4 = position 1 per comment (request has only position 1); passenger released, still working"))

ymob(SMIRNOV, dt(9, 9, 20), "Re: 361046",
     "лифт в работе. Причина — датчик точной остановки, заменил" +
     yquote("09.11.2026, 08:34", SMIRNOV, "Кировоградская 14, лифт п.4 — освободили пассажира в 08:31, застрял между 5 и 6 эт. Смотрю причину"),
     D("361046", [], U, "лифт в работе after repair = finished"))

# ======================= 361273 Чертановская 48 к1 =======================
onec_plain(dt(10, 11, 45), "Заявка № 361273 принята к исполнению",
           "Заявка № 361273 от 10.11.2026 принята к исполнению.\n\n"
           "Адрес: ул. Чертановская, д. 48, корп. 1, подъезд 2.\n"
           "Ответственный: Рябов И.С., тел. 8-916-555-12-34.\n\n"
           "ООО «ЛифтСервисГрупп», ИНН 7726543210\nДиспетчерская служба, тел. +7 (495) 988-40-40\n",
           D("361273", [], S, "1C plain template windows-1251 QP"))

ymob(RYABOV, dt(11, 8, 30), "Чертановская 48 к1 (361273) - выехал", "", D("361273", [], P_, "number in brackets after address"))

ymob(RYABOV, dt(11, 9, 15), "361273", "на месте, 2й подъезд",
     D("361273", [], V, "2й подъезд is the entrance (both lifts are in it), not a position"))

ymob(RYABOV, dt(11, 13, 50), "361273 пасс.",
     "пассажирский 2-го подъезда — ролики заменили, шум ушел, в работе.\nгрузопассажирский — ролики не подошли, делаем завтра",
     D("361273", ["1"], U, "пасс. лифт = position 1 done; грузопасс. = plan for tomorrow"), kind="alt")

ymob(RYABOV, dt(12, 10, 0), "Re: 361273 пасс.", "выезжаю на грузопассажирский, ролики забрал со склада",
     D("361273", ["2"], P_, "грузопасс. = position 2; выезжаю = on the way"))

ymob(RYABOV, dt(12, 12, 20), "361273-2 готово", "", D("361273", ["2"], U, "готово = finished"))

# ======================= 361530 Севастопольский 28 =======================
ymob(KOVAL, dt(12, 8, 22), "Принято 361530", "", D("361530", [], S, "subject only"), sig=False)

ymob(KOVAL, dt(12, 9, 10), "ЗАЯВКА 361530 ВЫЕХАЛИ", "", D("361530", [], P_, "caps"))

ymob(KOVAL, dt(12, 9, 50), "361530", "на мeсте, смотрим п.1 и п.2",
     D("361530", ["1", "2"], V, "Latin 'e' inside мeсте; positions п.1 п.2"))

ymob(KOVAL, dt(12, 12, 15), "361530",
     "п.1 — починили, в работе.\nп.2 — еще ковыряемся, плата вызова сгорела",
     R("different statuses for different positions: п.1 finished, п.2 still on site"), kind="html")

ymob(KOVAL, dt(12, 15, 40), "361530 п2 п3",
     "п.2 запущен. п.3 — кнопки вызова заменили на 1, 4 и 9 эт., в работе. уехал",
     D("361530", ["2", "3"], U, "both named positions finished; floor numbers are not positions"))

# ======================= 361788 поликлиника =======================
ymob(GAYN, dt(13, 17, 5), "361788 взял", "", D("361788", [], S, "взял = took into work"))

ymob(GAYN, dt(13, 17, 40), "обращение 361788",
     "Газопровод 9 поликлиника — в пути, пробки, минут 50", D("361788", [], P_, "в пути"))

ymob(GAYN, dt(13, 18, 45), "361788 прибытие",
     "Прибытие 18:40. Больничный лифт (рег. № 55902) стоит на 1 эт., двери открыты, кабина пустая",
     D("361788", [], V, "noun прибытие with time; reg number not a request"), kind="html")

ymob(GAYN, dt(13, 21, 10), "361788",
     "Лифт остановлен до замены блока управления приводом дверей, запчасть будет в понедельник. Убыл 21:05",
     R("crew left but lift is stopped waiting for a part: work not finished, cannot record убыл (finished)"))

ymob(GAYN, dt(16, 9, 30), "Re: 361788",
     "блок привода дверей поставили, лифт в работе с 9:25" +
     yquote("13.11.2026, 21:10", GAYN, "Лифт остановлен до замены блока управления приводом дверей, запчасть будет в понедельник. Убыл 21:05"),
     D("361788", [], U, "part installed, lift working = finished; quoted old text ignored"))

# ======================= 362015 Балаклавский 5 =======================
fwd = ("Пересылаю сообщение инженера.\n\nПолякова Н.А.\nдиспетчер ООО «ЛифтСервисГрупп»\n\n"
       "От: Алексей Смирнов <lsg.smirnov@yandex.ru>\nОтправлено: 16 ноября 2026 г. 9:14\n"
       "Кому: dispatcher@lsg-lift.ru\nТема: 362015\n\n362015 принял, в 10 выезжаю на Балаклавский\n\n"
       "-- \nОтправлено из мобильной Яндекс Почты\n")
outlook(DISP, dt(16, 9, 20), "FW: 362015", fwd,
        D("362015", [], S, "Outlook-style forward of engineer's message: accepted; departure at 10 is a plan"),
        charset="windows-1251", cte="qp")

ymob(SMIRNOV, dt(16, 10, 50), "Балаклавский 5 — на месте (362015)", "", D("362015", [], V, "number in brackets after address"))

ymob(SMIRNOV, dt(16, 12, 30), "по 362015",
     "лифт п.2 проверили, в работе.\nпо п.1 приямок залит водой по колено, остановлен до откачки. Откачку делает УК, вернемся после",
     D("362015", ["2"], U, "п.2 finished; п.1 stopped, will come back = plan"))

yfwd_body = ("Перешлю вам, от Смирнова.\n\n"
             "-------- Пересылаемое сообщение --------\n18.11.2026, 10:44, \"Алексей Смирнов\" <lsg.smirnov@yandex.ru>:\n\n"
             "362015 п1 воду откачали, просушили, проверил цепи безопасности. Лифт запущен 10:40, в работе.\n\n"
             "-- \nОтправлено из мобильной Яндекс Почты\n-------- Конец пересылаемого сообщения --------\n\n"
             "--\nНаталья Полякова\nдиспетчер ЛСГ")
m = MIMEMultipart("alternative")
m.attach(tpart(yfwd_body, "plain", "utf-8", "qp"))
m.attach(tpart(y_html(yfwd_body), "html", "utf-8", "b64"))
finish(m, DISP, dt(18, 11, 0), "Fwd: 362015 п1", mid_domain="lsg-lift.ru", extra=[("X-Mailer", "Yandex Mail")])
save(m, D("362015", ["1"], U, "Yandex forward of engineer's report: п1 launched, in work"))

# ======================= 362344 Днепропетровская 25 =======================
ymob(RYABOV, dt(18, 13, 45), "362344 принял в работу", "", D("362344", [], S, "subject only"))

ymob(RYABOV, dt(18, 15, 0), "Re: 362344 принял в работу",
     "еще не выехал, задерживаюсь на Кировоградской, буду к 16",
     R("negation: not yet departed; arrival time is a promise"))

ymob(RYABOV, dt(18, 15, 25), "362344", "выехал с Кировоградской на Днепропетровскую",
     D("362344", [], P_, "leaving FROM another site FOR this site = on the way"))

ymob(RYABOV, dt(18, 16, 10), "362344 на месте с 16:05", "", D("362344", [], V, "subject only"))

ymob(RYABOV, dt(18, 18, 30), "362344", "ПЛАТА УПРАВЛЕНИЯ ЗАМЕНЕНА (УЛ-2М), ЛИФТ ЗАПУЩЕН, В РАБОТЕ",
     D("362344", [], U, "caps; result = finished; board model not a number of request"))

# ======================= 362601 Варшавское 141 =======================
onec_table(dt(20, 8, 40), "Заявка № 362601 принята",
           "Заявка № 362601 от 20.11.2026 (Варшавское ш., д. 141) принята. Ответственный — Ковальчук Д.В., тел. +7 925 318-77-06.",
           [("1", "Лифт п.1", "Принята", "08:38"), ("2", "Лифт п.2", "Принята", "08:38"),
            ("3", "Лифт п.3", "Принята", "08:38"), ("4", "Лифт п.4", "Принята", "08:38")],
           "Договор № ТО-207/2026 от 15.01.2026.",
           D("362601", ["1", "2", "3", "4"], S, "1C table, all 4 rows accepted"))

ymob(KOVAL, dt(20, 9, 30), "362601", "едем, 4 подъезда, будем ~10:15",
     D("362601", [], P_, "едем = travelling; '4 подъезда' is a count, not position 4"))

ymob(KOVAL, dt(20, 10, 20), "362601 п.1 п.2 на месте", "", D("362601", ["1", "2"], V, "subject only"), kind="html")

ymob(KOVAL, dt(20, 13, 0), "Re: 362601",
     "лифты 1-го и 2-го подъездов — кнопки приказа поменяли, запущены, в работе. 3 и 4 завтра, нет панелей" +
     yquote("20.11.2026, 08:40", DISP, "Заявка № 362601 от 20.11.2026 (Варшавское ш., д. 141) принята."),
     D("362601", ["1", "2"], U, "lifts of entrances 1 and 2 = positions 1, 2 done; 3 and 4 tomorrow = plan"))

ymob(GAYN, dt(21, 10, 10), "362601 (3)", "в пути на 3й и 4й",
     D("362601", ["3", "4"], P_, "subject (3) but body names 3rd and 4th"))

ymob(GAYN, dt(21, 12, 50), "362601 п3, п4", "зaкoнчили, оба в рaботе",
     D("362601", ["3", "4"], U, "Latin look-alike letters in закончили/работе"))

# ======================= 362958 Азовская 11 =======================
q0 = DISP_REQ("362958", "ул. Азовская, д. 11", "Грузовой лифт стоит на 3 эт., пассажирский — проверить.")
ymob(SMIRNOV, dt(23, 10, 20), "Re: Заявка № 362958 Азовская 11",
     "Принял" + yquote("23.11.2026, 10:07", DISPATCH, q0), D("362958", [], S, "Принял above quote"))

ymob(SMIRNOV, dt(23, 11, 0), "Re: Re: Заявка № 362958 Азовская 11",
     "выехал" + yquote("23.11.2026, 10:20", SMIRNOV, "Принял"), D("362958", [], P_, "one word"))

ymob(SMIRNOV, dt(23, 11, 35), "Re: Заявка № 362958 Азовская 11",
     "на Азовской. грузовой стоит на 3 эт, пассажирский в норме",
     D("362958", [], V, "на Азовской = at the site; number only in Re: subject"), kind="html")

ymob(SMIRNOV, dt(23, 16, 20), "362958",
     "пасс. проверил, отрегулировал двери шахты на 5 эт., в работе.\nгрузовой остановлен до замены каната, канат заказан",
     D("362958", ["1"], U, "пасс. = position 1 finished; грузовой stopped waiting for rope = not done"))

ymob(SMIRNOV, dt(24, 17, 0), "362958 грузовой", "канат привезут завтра утром, выедем к 9",
     R("plan only: will go tomorrow"))

ymob(SMIRNOV, dt(25, 14, 0), "362958 грузовой запущен", "канат заменили",
     D("362958", ["2"], U, "грузовой = position 2 launched"))

# ======================= other review =======================
q = ("Добрый день! Просим до 20.11 предоставить акт выполненных работ по заявке 360114 и фото "
     "замененного ремня.\nДиспетчерская ОМИС")
ymob(SMIRNOV, dt(17, 10, 5), "Re: 360114 акт", "Спасибо, принял к сведению" + yquote("17.11.2026, 09:50", DISPATCH, q),
     R("acknowledgement of the dispatcher's own message; no status"))

ymob(RYABOV, dt(19, 9, 40), "361999 на месте", "", R("number 361999 is not in the registry"))

ymob(KOVAL, dt(20, 10, 5), "на месте", "Варшавка, на месте, начинаем",
     R("no request number; two registry requests on Варшавское ш."))

thebat(dt(12, 16, 30), "Re: Заявка № 360882 - освидетельствование",
       "Здравствуйте.\n\nПо заявке № 360882: стоимость полного технического освидетельствования 4 лифтов составила "
       "86 400,00 руб., в т.ч. НДС. Счет № 1127 от 12.11.2026 и акт направим почтой. Просим подтвердить реквизиты "
       "для оплаты по договору № ТО-114/2025.\n\n"
       "-- \nС уважением,\nОрлов В.П., главный инженер\nООО \"ЛифтСервисГрупп\"\nтел. +7 (495) 988-40-41\n",
       R("price/invoice talk, no status"))

ymob(GAYN, dt(19, 18, 10), "361046 и 362344", "оба закрыли, лифты в работе, акты у меня",
     R("two different requests in one letter"))

ymob(RYABOV, dt(6, 8, 50), "360509 п.3 на месте", "", R("request 360509 has only position 1; п.3 does not exist"))

ymob(RYABOV, dt(11, 10, 30), "361273 ключи",
     "на грузопассажирский нужен доступ в машинное помещение, у кого ключи? телефон коменданта не отвечает 8 (499) 613-20-11",
     R("question, no status"))

# ======================= ignored =======================
ar = MIMEMultipart("alternative")
t = ("Здравствуйте!\n\nЯ в отпуске до 30.11.2026. По заявкам обращайтесь в диспетчерскую ЛифтСервисГрупп: "
     "+7 (495) 988-40-40, dispatcher@lsg-lift.ru.\n\nДмитрий Ковальчук")
ar.attach(tpart(t, "plain", "utf-8", "b64"))
ar.attach(tpart(y_html(t), "html", "utf-8", "b64"))
finish(ar, KOVAL, dt(26, 11, 12), "Автоматический ответ: Re: 362601",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "yes"), ("In-Reply-To", "<20261126111100.4471@zakazchik-omis.ru>")])
save(ar, I("out-of-office auto-reply"))

# bounce
b = MIMEMultipart("report", report_type="delivery-status")
b.attach(tpart("This is the mail system at host mx.lsg-lift.ru.\n\nI'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients.\n\n<kozlov@lsg-lift.ru>: mailbox unavailable, user unknown\n", "plain", "us-ascii", "8bit"))
ds = MIMEBase("message", "delivery-status")
from email.message import Message as _M
_b1 = _M(); _b1["Reporting-MTA"] = "dns; mx.lsg-lift.ru"; _b1["Arrival-Date"] = "Mon, 23 Nov 2026 10:06:12 +0300"
_b2 = _M(); _b2["Final-Recipient"] = "rfc822; kozlov@lsg-lift.ru"; _b2["Action"] = "failed"; _b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <kozlov@lsg-lift.ru>: Recipient address rejected: User unknown"
ds.set_payload([_b1, _b2])
b.attach(ds)
orig = tpart(q0, "plain", "utf-8", "b64")
orig["From"] = addr(DISPATCH)
orig["To"] = "kozlov@lsg-lift.ru"
orig["Subject"] = subj("Заявка № 362958 Азовская 11")
orig["Date"] = "Mon, 23 Nov 2026 10:06:05 +0300"
orig["Message-ID"] = "<20261123100605.7731@zakazchik-omis.ru>"
b.attach(MIMEMessage(orig))
finish(b, DAEMON, dt(23, 10, 6), "Undelivered Mail Returned to Sender", mid_domain="mx.lsg-lift.ru",
       extra=[("Auto-Submitted", "auto-replied")])
save(b, I("bounce (delivery status notification) of dispatcher's own letter; original request text inside"))

# read receipt
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(tpart("Ваше письмо «Заявка № 362958 Азовская 11» было прочитано 23.11.2026 в 10:15.", "plain", "utf-8", "b64"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: Yandex Mail\nFinal-Recipient: rfc822; lsg.smirnov@yandex.ru\n"
                "Original-Message-ID: <20261123100605.7730@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
finish(rr, SMIRNOV, dt(23, 10, 15), "Прочитано: Заявка № 362958 Азовская 11")
save(rr, I("read receipt (MDN)"))

# newsletter
nl = MIMEMultipart("alternative")
txt = ("ЛифтСервисГрупп — новости ноября\n\n"
       "• С 01.03.2027 вступают в силу изменения в ТР ТС 011/2011: что нужно знать владельцу лифта.\n"
       "• Выполнено 3 412 заявок, среднее время прибытия аварийной бригады — 27 минут.\n"
       "• Скидка 10% на модернизацию лифтов до 31.12.2026.\n\n"
       "Отписаться от рассылки: https://lsg-lift.ru/unsubscribe?u=8812")
nl.attach(tpart(txt, "plain", "utf-8", "qp"))
nl.attach(tpart("<html><body><h2>ЛифтСервисГрупп — новости ноября</h2>" + "".join("<p>%s</p>" % l for l in txt.split("\n") if l) + "</body></html>", "html", "utf-8", "qp"))
finish(nl, NEWS, dt(27, 12, 0), "Новости ЛифтСервисГрупп: итоги ноября", mid_domain="mailer.lsg-lift.ru",
       extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://lsg-lift.ru/unsubscribe?u=8812>"),
              ("List-Id", "ЛСГ новости <news.lsg-lift.ru>")])
save(nl, I("company newsletter, bulk mail"))

# calendar reply
cal = MIMEMultipart("alternative")
cal.attach(tpart("Полякова Наталья приняла приглашение: Совещание по заявкам ноября, 24.11.2026 11:00–12:00", "plain", "utf-8", "b64"))
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Yandex LLC//Yandex Calendar//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
       "BEGIN:VEVENT\r\nUID:omis-meeting-20261124@zakazchik-omis.ru\r\nDTSTART:20261124T080000Z\r\nDTEND:20261124T090000Z\r\n"
       "SUMMARY:Совещание по заявкам ноября\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Полякова Наталья:mailto:dispatcher@lsg-lift.ru\r\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cp = tpart(ics, "calendar", "utf-8", "b64")
cp.set_param("method", "REPLY")
cal.attach(cp)
finish(cal, DISP, dt(20, 15, 2), "Принято: Совещание по заявкам ноября", mid_domain="calendar.yandex.ru")
save(cal, I("calendar meeting response generated by mail client"))

# helpdesk auto-acknowledgement
ack = tpart("Ваше обращение зарегистрировано в системе ЛифтСервисГрупп под номером 4471.\n"
            "Это письмо сформировано автоматически, отвечать на него не нужно.\n", "plain", "windows-1251", "qp")
finish(ack, DISP, dt(26, 11, 11), "[ЛСГ] Обращение 4471 зарегистрировано", cs="windows-1251", mid_domain="lsg-lift.ru",
       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
save(ack, I("automatic acknowledgement by contractor's helpdesk"))

# ======================= a few more decided in other styles =======================
# message/rfc822 forward of Gaynullin's report about 361788 arrival? Use 360114 already done -> use 362958 (bottom-posted)
inner = tpart("362601 п.3 и п.4 — выехал, минут 20" + SIG_Y, "plain", "utf-8", "b64")
inner["From"] = addr(GAYN)
inner["To"] = addr(DISP)
inner["Subject"] = subj("362601")
inner["Date"] = "Sat, 21 Nov 2026 09:58:40 +0300"
inner["Message-ID"] = "<1795240720123456@vla3-0a9b8c7d6e5f.qloud-c.yandex.net>"
fw = MIMEMultipart("mixed")
fw.attach(tpart("Пересылаю от Гайнуллина, по Варшавке 141.\n\nН. Полякова", "plain", "utf-8", "qp"))
fw.attach(MIMEMessage(inner))
finish(fw, DISP, dt(21, 10, 2), "Fwd: 362601", mid_domain="lsg-lift.ru", extra=[("X-Mailer", "Yandex Mail")])
save(fw, D("362601", ["3", "4"], P_, "forward as attached message/rfc822; forwarded report = on the way for 3 and 4"))

# reply written under the quote (bottom-posting), initials quote
bp = ("ДС> Просим сообщить, когда будет бригада по заявке 361530, п.3 не работает вызов\n"
      "ДС> с 1 этажа.\n\nпо п.3 приступил в 14:05, меняем кнопки вызова" + SIG_Y)
ymob(KOVAL, dt(12, 14, 10), "Re: 361530 п.3", bp[:-len(SIG_Y)],
     D("361530", ["3"], V, "initials-prefixed quote above, new text below: on site for п.3"))

# -----Original Message----- from Outlook, chief engineer from office
om = ("Добрый день.\nПо 361046 лифт п.4 в работе с 09:20, бригада убыла. Датчик ДТО заменен (арт. ДТО-2.1-01).\n\n"
      "Орлов В.П.\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
      "Sent: Monday, November 09, 2026 10:02 AM\nTo: glavinzh@lsg-lift.ru\nSubject: 361046 статус?\n\n"
      "Прошу сообщить статус по заявке 361046, бригада выехала?\n")
outlook(ORLOV, dt(9, 10, 15), "RE: 361046 статус?", om,
        D("361046", ["1"], U, "-----Original Message----- quote asks if crew left; new text: lift п.4 (=pos 1) in work, crew left"),
        charset="windows-1251", cte="qp")

# KOI8-R with typos from chief engineer about 362015 arrival (forwarded via Thunderbird)
tb = ("\n\n===8<==============Original message text===============\n"
      "Tue, 17 Nov 2026 08:55:12 +0300, Алексей Смирнов <lsg.smirnov@yandex.ru> wrote:\n\n"
      "по п1 — откачку УК сделала, выхжу на балаклавский\n\n-- \nОтправлено из мобильной Яндекс Почты\n"
      "===8<===========End of original message text===========\n")
thebat(dt(17, 9, 5), "Fwd: 362015 п1", "Пересылаю для сведения." + tb,
       D("362015", ["1"], P_, "The Bat! forward (Original message text markers) in KOI8-R; typo выхжу = выхожу = on the way"))

# Gmail-style forward? engineer forwarding colleague; HTML-only nouns with times
gm = ("<div dir=\"ltr\">fyi</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>"
      "От: <b>Ильдар Гайнуллин</b> &lt;i.gaynullin@yandex.ru&gt;<br>Date: пн, 10 нояб. 2026 г. в 12:58<br>Subject: 360882<br>"
      "To: &lt;egorova.lsg@gmail.com&gt;<br></div><br><div>Ленинский 90: выезд 08:20, прибытие 08:57, убытие 12:50 "
      "(по лифтам №1 и №2 холл А). Завтра 3 и грузовой.</div></div>")
g = MIMEMultipart("alternative")
g.attach(tpart("fyi\n\n---------- Forwarded message ---------\nОт: Ильдар Гайнуллин <i.gaynullin@yandex.ru>\n"
               "Date: пн, 10 нояб. 2026 г. в 12:58\nSubject: 360882\nTo: <egorova.lsg@gmail.com>\n\n"
               "Ленинский 90: выезд 08:20, прибытие 08:57, убытие 12:50 (по лифтам №1 и №2 холл А). Завтра 3 и грузовой.\n",
               "plain", "utf-8", "qp"))
g.attach(tpart(gm, "html", "utf-8", "qp"))
finish(g, EGOROVA, dt(10, 13, 10), "Fwd: 360882", mid_domain="mail.gmail.com")
save(g, D("360882", ["1", "2"], U, "forwarded report with nouns выезд/прибытие/убытие: latest = убытие for lifts №1, №2 (positions 1,2); 3 and грузовой tomorrow = plan"))

# ---------------- write out in chronological order ----------------
# sort by Date header to give natural numbering
import email
from email.utils import parsedate_to_datetime
items = []
for n, raw in LETTERS:
    m = email.message_from_bytes(raw)
    items.append((parsedate_to_datetime(m["Date"]), n, raw))
items.sort(key=lambda x: x[0])
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
labels = {}
for i, (d, n, raw) in enumerate(items, 1):
    nn = "%03d.eml" % i
    with open(os.path.join(LET, nn), "wb") as fh:
        fh.write(raw)
    labels[nn] = LABELS[n]
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
print(len(labels), "letters")
