#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «ЧистоГрад Сервис» (cleaning & landscaping),
crew leaders from Central Asia + Russian supervisor and office dispatcher."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime, make_msgid

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

MSK = timezone(timedelta(hours=3))
TAS = timezone(timedelta(hours=5))  # Dilshod's phone is still on Tashkent time

DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ---------------------------------------------------------------- senders
S = {
    "RUS": dict(name="Рустам Юлдашев", addr="rustam.yuldashev88@mail.ru", cs="utf-8", cte="b64",
                sig="\n\n--\nОтправлено из мобильной Почты Mail.ru", mailer="Mail.ru Mobile Android",
                tz=MSK, alt=False, domain="mail.ru"),
    "FAR": dict(name="Бригада 2 (Назаров Ф.)", addr="brigada2@chistograd-servise.ru", cs="utf-8", cte="qp",
                sig="", mailer="K-9 Mail for Android", tz=MSK, alt=True, domain="chistograd-servise.ru"),
    "DIL": dict(name="Dilshod Karimov", addr="dilshod.k1991@gmail.com", cs="utf-8", cte="b64",
                sig="", mailer=None, tz=TAS, alt=True, domain="mail.gmail.com"),
    "SUH": dict(name="Сухроб Рахимов", addr="suhrob.rahimov@bk.ru", cs="utf-8", cte="qp",
                sig="\n\nОтправлено с iPhone", mailer="iPhone Mail (20H240)", tz=MSK, alt=False, domain="bk.ru"),
    "KOV": dict(name="Ковалёва Ольга Сергеевна", addr="o.kovaleva@chistograd-servise.ru", cs="windows-1251",
                cte="qp",
                sig="\n\nС уважением,\nКовалёва Ольга Сергеевна\nмастер участка ООО «ЧистоГрад Сервис»\n"
                    "тел. +7 (495) 644-51-20, моб. +7 916 230-44-51\nИНН 7724450129 / КПП 772401001",
                mailer="Microsoft Outlook 16.0", tz=MSK, alt=True, domain="chistograd-servise.ru"),
    "MAR": dict(name="ЧистоГрад Сервис - Марина", addr="info@chistograd-servise.ru", cs="koi8-r", cte="8bit",
                sig="\n\n-- \nС уважением, Марина Белова\nдиспетчер ООО \"ЧистоГрад Сервис\"\n+7 (495) 644-51-22",
                mailer="The Bat! (v9.4.5) Professional", tz=MSK, alt=False, domain="chistograd-servise.ru"),
}
EXTRA_ADDR = ["news@chistograd-servise.ru", "MAILER-DAEMON@chistograd-servise.ru"]

ENC = {"b64": BASE64, "qp": QP, "8bit": None}


def koi_safe(t):
    for a, b in (("«", '"'), ("»", '"'), ("№", "N "), ("—", "-"), ("–", "-"), ("…", "...")):
        t = t.replace(a, b)
    return t


def charset(cs, cte):
    c = Charset(cs)
    c.body_encoding = ENC[cte]
    c.header_encoding = BASE64 if cs != "koi8-r" else QP
    return c


def text_part(body, cs, cte, sub="plain"):
    if cs == "koi8-r":
        body = koi_safe(body)
    body.encode(cs)  # fail loudly on unencodable chars
    return MIMEText(body, sub, charset(cs, cte))


def to_html(body):
    esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = esc.split("\n")
    out = []
    for ln in lines:
        out.append("<div>%s</div>" % (ln if ln.strip() else "<br>"))
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + \
        "\n".join(out) + "</body></html>"


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if cs == "koi8-r":
            s = koi_safe(s)
        return Header(s, cs)


LETTERS = []
LABELS = {}


def when(d, hm):
    day = int(d)
    h, m = map(int, hm.split(":"))
    return datetime(2026, 11, day, h, m, tzinfo=MSK)


def L(day, hm, who, subject, body, label, html=None, html_only=False, sig=True, extra=None, cc=None,
      reply_to_id=None, cs=None, cte=None, alt=None):
    LETTERS.append(dict(dt=when(day, hm), who=who, subject=subject, body=body, label=label, html=html,
                        html_only=html_only, sig=sig, extra=extra or {}, cc=cc, reply_to_id=reply_to_id,
                        cs=cs, cte=cte, alt=alt))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def build_normal(x):
    s = S[x["who"]]
    cs = x["cs"] or s["cs"]
    cte = x["cte"] or s["cte"]
    body = x["body"] + (s["sig"] if x["sig"] else "")
    alt = s["alt"] if x["alt"] is None else x["alt"]
    if x["html_only"]:
        msg = text_part(x["html"], cs, cte, "html")
    elif x["html"] is not None or alt:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(body, cs, cte))
        h = x["html"] if x["html"] is not None else to_html(body)
        if cs != "utf-8":
            h = h.replace("charset=utf-8", "charset=" + cs)
        msg.attach(text_part(h, cs, cte, "html"))
    else:
        msg = text_part(body, cs, cte)
    msg["From"] = formataddr((koi_safe(s["name"]) if cs == "koi8-r" else s["name"], s["addr"]), charset=cs)
    msg["To"] = formataddr(DISP, charset=cs) if cs != "koi8-r" else DISP[1]
    if x["cc"]:
        msg["Cc"] = x["cc"]
    msg["Subject"] = hdr(x["subject"], cs)
    tz = s["tz"]
    msg["Date"] = format_datetime(x["dt"].astimezone(tz))
    msg["Message-ID"] = make_msgid(idstring="fx%d" % len(LETTERS), domain=s["domain"])
    if x["reply_to_id"]:
        msg["In-Reply-To"] = x["reply_to_id"]
        msg["References"] = x["reply_to_id"]
    if s["mailer"]:
        msg["X-Mailer"] = s["mailer"]
    for k, v in x["extra"].items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


SPECIAL = {}


def special(day, hm, label):
    def deco(fn):
        LETTERS.append(dict(dt=when(day, hm), special=fn, label=label))
        return fn
    return deco


def dmid(n):
    return "<%s.disp@zakazchik-omis.ru>" % n


# ======================================================================
#                             L E T T E R S
# ======================================================================

# ---------------- 445012  листва, корп. А (1), корп. Б (2), парковка (3)
L(2, "09:05", "RUS", "заявка 445012",
  "Здраствуйте\nзаяфка 445012 принял. бригада 4 человек, завтра 7:00 начинаем корпус А\nРустам",
  D("445012", [], ACC, "«заяфка принял»: accepted, plan for tomorrow does not matter"))

L(2, "09:40", "KOV", "RE: Заявка № 445012 от 02.11.2026 — уборка листвы",
  "Добрый день!\n\nПодтверждаем принятие заявки № 445012 в работу (договор № 17/26-У от 12.01.2026). "
  "Бригадир — Юлдашев Рустам, тел. +7 977 418-30-62.\n\n"
  "-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
  "Sent: Monday, November 2, 2026 8:31 AM\nTo: info@chistograd-servise.ru\n"
  "Subject: Заявка № 445012 от 02.11.2026 — уборка листвы\n\n"
  "Просим выполнить уборку листвы: 1 — территория корпуса А, 2 — корпус Б, 3 — гостевая парковка.",
  D("445012", [], ACC, "supervisor confirms acceptance; contract number and phone are not request numbers"),
  reply_to_id=dmid("445012a"))

L(3, "06:48", "RUS", "445012",
  "dobroe utro. my vyehal 445012 budem 20 minut", D("445012", [], WAY, "Latin keyboard: выехали, будем через 20 минут"),
  sig=False)

L(3, "07:15", "RUS", "Re: заявка 445012",
  "приехал мы, пазиция 1 корпус А начинали листя собирать\n\n"
  "Понедельник, 2 ноября 2026, 9:05 +03:00 от Рустам Юлдашев <rustam.yuldashev88@mail.ru>:\n"
  ">Здраствуйте\n>заяфка 445012 принял. бригада 4 человек, завтра 7:00 начинаем корпус А\n>Рустам",
  D("445012", ["1"], ON, "number only in Re: subject/quote; arrived at position 1"))

L(3, "15:32", "KOV", "FW: 445012 корпус А Б",
  "Коллеги, добрый день.\nПересылаю отчёт бригадира. Гостевую парковку (поз. 3) доделают завтра утром.\n\n"
  "От: Рустам Юлдашев [mailto:rustam.yuldashev88@mail.ru]\nОтправлено: 3 ноября 2026 г. 15:14\n"
  "Кому: Ковалёва Ольга Сергеевна\nТема: 445012 корпус А Б\n\n"
  "Ольга Сергеевна 445012 поз 1 корпус А поз 2 корпус Б листя убрал вса, мешки 46 шт оставил у контейнер. "
  "мы уехал 15:10. парковка завтра",
  D("445012", ["1", "2"], LEFT, "forwarded crew report: positions 1 and 2 done, left at 15:10; pos 3 only planned"))

L(4, "08:20", "RUS", "445012-3",
  "парковка начал мы тут. машина много стоит, убирать вокруг",
  D("445012", ["3"], ON, "subject 445012-3 = position 3; «начал мы тут» = on site"))

L(4, "11:02", "RUS", "zayavka 445013",
  "zayavka 445013 gotovo vse, parkovka chisto",
  R("number 445013 not in registry (probably typo of 445012) — dispatcher cannot be sure"), sig=False)

L(4, "13:05", "RUS", "Re: 445012-3",
  "445012 parkovka gotovo, vse ubrali. ketdik 13:00\n\n"
  "Среда, 4 ноября 2026, 8:20 +03:00 от Рустам Юлдашев:\n>парковка начал мы тут. машина много стоит, убирать вокруг",
  D("445012", ["3"], LEFT, "parking (pos 3, also in subject 445012-3) ready, «ketdik» (Uzbek: we left)"),
  sig=False)

# ---------------- 445037 вывоз листвы, сквер: сев. часть (1), юж. часть (2)
L(3, "10:02", "FAR", "Принял 445037",
  "Добрый день. заявка 445037 принили работу, вывоз листва сквер. в четверг делаем.\nФаррух тел 8-917-555-23-41",
  D("445037", [], ACC, "«принили работу» = accepted"))

L(5, "07:40", "FAR", "выезд 445037",
  "Выезд на 445037 сквер у проходной. КамАЗ гос номер А445ВС750 едет за нами\nФаррух",
  D("445037", [], WAY, "«выезд на …» = leaving for the site; car plate contains 445"))

L(5, "08:05", "MAR", "Re: Заявка 445037",
  "Здравствуйте, Дарья.\n\nВы писали 5 ноября 2026 г., 8:01:\n\n"
  "ОД> Марина, доброе утро. Бригада по 445037 приехала? Охрана спрашивает.\n\n"
  "Бригада Назарова Ф. прибыла на объект по заявке 445037 (сквер у проходной) в 07:58, "
  "начали погрузку листвы. Самосвал на месте.",
  D("445037", [], ON, "office dispatcher, KOI8-R: прибыла в 07:58"))

L(5, "12:50", "FAR", "445037",
  "", D("445037", ["1", "2"], LEFT, "HTML-only: both parts of the square cleared, left at 12:30"),
  html_only=True,
  html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
       "<div>заявка <b>445037</b></div><div>поз 1 северная часть - вывезли</div>"
       "<div>поз 2 южная часть - вывезли</div><div>листва на полигон 2 машина. мы уехали со сквера 12:30</div>"
       "<div><br></div><div>Фаррух</div></body></html>")

# ---------------- 445101 мойка витражей входной группы (1)
L(5, "10:40", "SUH", "445101 ok",
  "Салом. заявку 445101 взяли работа, витражи мойка. завтра утро будем\nСухроб",
  D("445101", [], ACC, "«взяли работа» = accepted"))

L(6, "09:10", "SUH", "Re: 445101",
  "мы на объект уже. альпинист не надо, стремянка хватит\n\n"
  "> 5 нояб. 2026 г., в 10:40, Сухроб Рахимов <suhrob.rahimov@bk.ru> написал(а):\n>\n"
  "> Салом. заявку 445101 взяли работа, витражи мойка. завтра утро будем\n> Сухроб",
  D("445101", [], ON, "«мы на объект уже»; number from subject/quote"), sig=False)

L(6, "14:00", "SUH", "445101 поз 3",
  "по 445101 3-ю позицию тоже помыли, уезжаем",
  R("request 445101 has only position 1 — position 3 does not exist"))

L(6, "16:20", "KOV", "Заявка № 445101 — выполнено",
  "Добрый день!\n\nПо заявке № 445101 работы выполнены в полном объёме, бригада покинула объект в 15:45. "
  "Акт № 1187 от 06.11.2026 направим отдельным письмом.",
  D("445101", [], LEFT, "supervisor: бригада покинула объект; act number is not a request"))

# ---------------- 445118 мойка фасадного остекления, секции 1-4
L(6, "08:50", "KOV", "Заявка 445118 принята",
  "Добрый день!\n\nЗаявку № 445118 приняли в работу. Мойка будет выполняться двумя звеньями, "
  "ответственный — Назаров Ф., тел. +7 917 555-23-41. Начало работ — понедельник, 09.11.",
  D("445118", [], ACC, "accepted; start date is a plan"))

L(9, "07:30", "FAR", "445118 поз1 поз2",
  "445118 поз1 поз2 едем, 15 минут\nФаррух",
  D("445118", ["1", "2"], WAY, "«едем, 15 минут»"))

L(9, "08:10", "FAR", "445118 (1,2)",
  "на месте 445118 (1) (2) начали мыть, вода есть",
  D("445118", ["1", "2"], ON, "positions in brackets"))

L(9, "17:40", "FAR", "445118",
  "445118 1 и 2 позиция сделали, 3 сейчас мы работаем, завтра 4",
  R("different statuses: 1,2 finished, 3 in progress (on site)"))

L(10, "08:00", "FAR", "445118-3 445118-4",
  "445118-3 445118-4 приехал, люлька ставим",
  D("445118", ["3", "4"], ON, "positions after dash; «приехал»"))

L(10, "12:15", "FAR", "Re: 445118-3 445118-4",
  "445118 поз 3 поз 4 готово, стекла чистый. мы уехали 12:05\nФаррух\n\n"
  "10.11.2026 8:00, brigada2@chistograd-servise.ru пишет:\n> 445118-3 445118-4 приехал, люлька ставим",
  D("445118", ["3", "4"], LEFT, "готово, уехали 12:05"))

# ---------------- 445205 обрезка деревьев: Садовая 14 (1), Садовая 16 (2)
L(9, "12:30", "DIL", "445205",
  "Zdrastvuyte. 445205 obrezka derevya prinyal. Dilshod",
  D("445205", [], ACC, "Latin keyboard: prinyal"))

L(10, "08:00", "DIL", "vopros 445205",
  "zayavka 445205 vyshka nuzhno? kakoy vysota derevya? i gde klyuch ot vorot brat. Dilshod +998 90 123 45 67",
  R("only questions, no status"))

L(11, "07:55", "DIL", "445205 p1",
  "вышка едет мы тоже едем 445205 П1 улица Садовая 14",
  D("445205", ["1"], WAY, "«мы тоже едем»; street number 14 is not a position"))

L(11, "09:20", "DIL", "ul. Sadovaya 14 (445205)",
  "P1 prishli. rabotaem, vyshka stoit",
  D("445205", ["1"], ON, "number in brackets after the address in the subject"))

L(11, "12:00", "MAR", "FW: 445205 п.2",
  "Пересылаю сообщение бригадира Каримова по заявке 445205.\n\n"
  "-------- Пересылаемое сообщение --------\nОт: Dilshod Karimov <dilshod.k1991@gmail.com>\n"
  "Кому: info@chistograd-servise.ru\nДата: 11.11.2026 11:52\nТема: 445205 п.2\n\n"
  "445205 п.2 тоже начали пилить, Садовая 16, вышка перегнал\n"
  "-------- Конец пересылаемого сообщения --------",
  D("445205", ["2"], ON, "forwarded crew message: started at position 2"))

L(11, "16:00", "DIL", "Re: 445205 p1",
  "445205 P1 P2 vse srezali, vetki vyvezli, my uehali. ishni tugatdik\n\n"
  "On Wed, 11 Nov 2026 at 09:55, Dilshod Karimov <dilshod.k1991@gmail.com> wrote:\n"
  "> вышка едет мы тоже едем 445205 П1 улица Садовая 14\n",
  D("445205", ["1", "2"], LEFT, "уехали; Uzbek «ishni tugatdik» = finished the job"))

# ---------------- 445240 уборка после ремонта (1)
L(10, "15:00", "KOV", "Re: Заявка 445240 уборка после ремонта",
  "Коллеги, добрый день!\n\nЗаявку 445240 получили, берём в работу. Бригада выйдет завтра к 9:00, "
  "пропуск на Рахимова С. прошу заказать.\n\n"
  "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 10 ноября 2026 г. 14:21\n"
  "Кому: Ковалёва Ольга Сергеевна\nТема: Заявка 445240 уборка после ремонта\n\n"
  "Уборка офиса после ремонта, 3 этаж, каб. 301–312.",
  D("445240", [], ACC, "«берём в работу»; request for a pass is secondary"), reply_to_id=dmid("445240a"))

L(11, "08:45", "SUH", "445240",
  "445240 едим уже, 10 минут будем", D("445240", [], WAY, "«едим уже, 10 минут будем» = on the way"))

L(11, "09:05", "SUH", "445240 на месте",
  "мы на месте, охрана пустил. Омадем 5 нафар", D("445240", [], ON, "Tajik «омадем» = we came"))

L(11, "19:30", "SUH", "Re: Заявка 445240 уборка после ремонта",
  "офис 3 этаж убрали вса, мусор строительный 12 мешок вынесли. корҳо тамом шуд. уходим, ключ охрана отдал\n\n"
  "-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
  "Sent: Tuesday, November 10, 2026 2:21 PM\nSubject: Заявка 445240 уборка после ремонта\n\n"
  "Уборка офиса после ремонта, 3 этаж, каб. 301–312.",
  D("445240", [], LEFT, "done, leaving, key returned; Tajik «корҳо тамом шуд» = work finished"))

# ---------------- 445333 укрытие кустарников: (1) аллея, (2) клумба у входа, (3) розарий
L(11, "09:40", "RUS", "ok 445333",
  "ok 445333 prinyal, lutrasil kupim", D("445333", [], ACC, "Latin: prinyal"), sig=False)


@special(11, "09:20", I("read receipt (MDN) from Outlook"))
def read_receipt():
    s = S["KOV"]
    msg = MIMEMultipart("report", report_type="disposition-notification")
    t = ("Ваше сообщение\n\n  Кому: Ковалёва Ольга Сергеевна\n  Тема: Заявка 445333 укрытие кустарников\n"
         "  Отправлено: 11.11.2026 9:02\n\nбыло прочитано 11.11.2026 9:20.")
    msg.attach(text_part(t, "windows-1251", "qp"))
    mdn = MIMEBase("message", "disposition-notification")
    mdn.set_payload("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.kovaleva@chistograd-servise.ru\n"
                    "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % dmid("445333a"))
    msg.attach(mdn)
    msg["From"] = formataddr((s["name"], s["addr"]), charset="windows-1251")
    msg["To"] = formataddr(DISP, charset="windows-1251")
    msg["Subject"] = Header("Прочитано: Заявка 445333 укрытие кустарников", "windows-1251")
    msg["Date"] = format_datetime(when(11, "09:20"))
    msg["Message-ID"] = make_msgid(idstring="mdn", domain="chistograd-servise.ru")
    msg["X-Mailer"] = s["mailer"]
    return msg


L(13, "08:05", "RUS", "445333 П.1 П.2",
  "445333 П.1 П.2 приехал мы. лутрасил 3 рулон привезли, шпагат есть",
  D("445333", ["1", "2"], ON, "«приехал мы»; 3 rolls is not a position"))

L(13, "10:30", "RUS", "кустарник",
  "мы приехал Ленина 5 кустарник укрываем. лапник где брать?",
  R("no request number at all (and a question)"))

L(13, "14:10", "RUS", "Re: Заявка 445333 укрытие кустарников",
  "Пятница, 13 ноября 2026, 12:02 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n"
  ">Рустам, добрый день. По 3-й позиции (розарий) когда будете?\n"
  ">Орлова Дарья, тел. 8 (495) 700-12-34 доб. 118\n\n"
  "3 позиция тоже приехал, розы укрываем сейчас",
  D("445333", ["3"], ON, "reply written under the quote; answer: arrived at position 3"),
  reply_to_id=dmid("445333b"))

L(13, "17:20", "KOV", "FW: 445333",
  "Добрый вечер.\nПересылаю сообщение бригадира: по 445333 все работы закончены, замечаний нет.\n\n"
  "От: Рустам Юлдашев [mailto:rustam.yuldashev88@mail.ru]\nОтправлено: 13 ноября 2026 г. 17:04\n"
  "Кому: Ковалёва Ольга Сергеевна\nТема: 445333\n\n"
  "445333 вса пазиция укрыли, бригада уехали. tayyor",
  D("445333", [], LEFT, "forward: all work finished, crew left; no specific position named → whole request"))

# ---------------- 445407 противогололёдная обработка: тротуар 1, тротуар 2
L(16, "06:55", "FAR", "#445407",
  "445407 принято, реагент есть 300 кг. выходим скоро",
  D("445407", [], ACC, "«принято»; «выходим скоро» is only a plan"))

L(16, "07:20", "FAR", "ВЫЕХАЛИ 445407",
  "ВЫЕХАЛИ НА ОБЪЕКТ ТРОТУАР 1 И 2", D("445407", ["1", "2"], WAY, "caps, «выехали на объект»"))

# Latin look-alike letters inside Cyrillic words: a, e, o
L(16, "07:50", "FAR", "445407 нa мeстe",
  "445407 мы нa мeстe, пoсыпаем", D("445407", [], ON, "Latin a/e/o inside «на месте»"))

L(16, "10:30", "FAR", "445407 убытие",
  "445407 обработка тротуар закончил 10:20, реагент 280 кг ушло. убытие 10:25",
  D("445407", [], LEFT, "noun «убытие» with time"))


@special(15, "12:00", I("bulk newsletter of the contractor's marketing department"))
def newsletter():
    html = ("<html><body><h2>Зимнее содержание территорий 2026/2027</h2>"
            "<p>Уважаемые партнёры! ООО «ЧистоГрад Сервис» предлагает пакет «Зима без забот»: "
            "уборка снега, вывоз, противогололёдная обработка. Скидка 10% при заключении договора до 30.11.2026.</p>"
            "<p>Звоните: +7 (495) 644-51-22</p><p><a href=\"https://chistograd-servise.ru/unsub?id=445\">"
            "Отписаться от рассылки</a></p></body></html>")
    plain = ("Зимнее содержание территорий 2026/2027\n\nУважаемые партнёры! ООО «ЧистоГрад Сервис» предлагает пакет "
             "«Зима без забот»: уборка снега, вывоз, противогололёдная обработка. Скидка 10% при заключении "
             "договора до 30.11.2026.\n\nОтписаться: https://chistograd-servise.ru/unsub?id=445")
    msg = MIMEMultipart("alternative")
    msg.attach(text_part(plain, "utf-8", "b64"))
    msg.attach(text_part(html, "utf-8", "b64", "html"))
    msg["From"] = formataddr(("ЧистоГрад Сервис", "news@chistograd-servise.ru"), charset="utf-8")
    msg["To"] = "dispatch@zakazchik-omis.ru"
    msg["Subject"] = Header("Зима без забот: скидка 10% на уборку снега", "utf-8")
    msg["Date"] = format_datetime(when(15, "12:00"))
    msg["Message-ID"] = make_msgid(idstring="news", domain="chistograd-servise.ru")
    msg["Precedence"] = "bulk"
    msg["List-Unsubscribe"] = "<https://chistograd-servise.ru/unsub?id=445>, <mailto:unsub@chistograd-servise.ru>"
    msg["List-Id"] = "Новости ЧистоГрад <news.chistograd-servise.ru>"
    msg["X-Mailer"] = "Sendsay"
    return msg


# ---------------- 445512 генеральная уборка: поз.1 = склад №2, поз.2 = склад №3
L(17, "11:00", "SUH", "445512",
  "445512 принили, склад 2 и 3 генералка. Сухроб",
  D("445512", [], ACC, "«принили»; склад numbers are not positions"))

L(17, "16:00", "SUH", "445512 завтра",
  "445512 завтра 8:00 выезжаем, 6 человек. пропуск нужно на машина Газель О 712 КМ 77",
  R("only a plan («завтра выезжаем») and a request for a pass"))

L(17, "18:10", "SUH", "Re: пропуск 445512",
  "спасибо пропуск получили. Рахмат\n\n"
  "> 17 нояб. 2026 г., в 17:30, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n>\n"
  "> Пропуска на 18.11 оформлены, машина О712КМ77 допущена.",
  R("thanks/acknowledgement of dispatcher's message, no status"))

L(18, "07:35", "SUH", "Re: 445512",
  "мы поз.1 (склад №2) приехал, начинаем\n\n"
  "От: Диспетчерская ОМИС\nОтправлено: 17 ноября 2026 г. 17:30\nКому: Сухроб Рахимов\nТема: 445512\n\n"
  "Пропуска на 18.11 оформлены, машина О712КМ77 допущена.",
  D("445512", ["1"], ON, "position 1 = склад №2; the 2 is a warehouse number"))

L(18, "12:00", "SUH", "445512 поз2",
  "поз2 склад 3 тоже начали, 3 человек туда перешел",
  D("445512", ["2"], ON, "started at position 2"))

L(18, "15:10", "SUH", "акт",
  "445512 и 445240 акт подписать надо, работа закончил. кому принести?",
  R("two different requests in one letter (and a question about acts)"))

L(18, "18:50", "SUH", "445512 готово",
  "445512 поз 1 и поз 2 все убрал, полы мыли. уехали 18:40",
  D("445512", ["1", "2"], LEFT, "уехали 18:40"))

# ---------------- 445618 уборка снега КПП (1)
L(19, "06:05", "RUS", "445618",
  "445618 prinyal, traktor zavodim", D("445618", [], ACC, "accepted; warming up tractor is not travel yet"),
  sig=False)

L(19, "06:30", "RUS", "Выезд 445618",
  "Выезд 06:25 445618 КПП трактор МТЗ-82 и 3 человек лопата",
  D("445618", [], WAY, "noun «выезд» with time; tractor model is not a number"))


@special(19, "06:31", I("auto-acknowledgement from the contractor's helpdesk robot"))
def helpdesk_autoreply():
    t = ("Здравствуйте!\n\nВаше письмо получено и зарегистрировано под номером 20261119-0042.\n"
         "Это автоматическое уведомление, отвечать на него не нужно.\n\nСлужба поддержки ООО \"ЧистоГрад Сервис\"")
    msg = text_part(t, "koi8-r", "8bit")
    msg["From"] = formataddr(("ChistoGrad Helpdesk", "info@chistograd-servise.ru"))
    msg["To"] = "dispatch@zakazchik-omis.ru"
    msg["Subject"] = Header("[Автоответ] Re: Заявка 445618 уборка снега КПП", "koi8-r")
    msg["Date"] = format_datetime(when(19, "06:31"))
    msg["Message-ID"] = make_msgid(idstring="hd", domain="chistograd-servise.ru")
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Autoreply"] = "yes"
    msg["In-Reply-To"] = dmid("445618b")
    return msg


L(19, "09:45", "RUS", "445618 уехал",
  "445618 приехал 6:50, снег убрал КПП 9:30 закончил уехал. вывоз не надо, кучи у забор",
  D("445618", [], LEFT, "arrival and departure both reported: latest = убыл"))

# ---------------- 445777 вывоз снега: площадки 1, 2, 3
L(20, "07:30", "KOV", "Заявка 445777 — принята",
  "Добрый день!\n\nЗаявка 445777 принята. Техника: фронтальный погрузчик SDLG L956F + 2 самосвала. "
  "Бригадир — Каримов Д.",
  D("445777", [], ACC, "accepted; loader model is not a number"))

L(20, "09:00", "DIL", "445777",
  "445777 eshe ne vyehali, samosval slomalsya, zhdem drugoy",
  R("negation: not yet departed"))

L(20, "10:40", "DIL", "445777 pl 1",
  "445777 ploshadka 1 edem, 20 min", D("445777", ["1"], WAY, "«edem, 20 min»"))

L(20, "11:15", "DIL", "Re: 445777 pl 1",
  "445777 1 площадка пришли, грузим\n\n"
  "пт, 20 нояб. 2026 г. в 12:40, Dilshod Karimov <dilshod.k1991@gmail.com>:\n>\n"
  "> 445777 ploshadka 1 edem, 20 min\n>",
  D("445777", ["1"], ON, "«пришли, грузим»"))

L(20, "15:00", "DIL", "445777",
  "445777 пл.1 вывезли вса уехали, пл.2 сейчас грузим",
  R("different statuses: pl.1 left, pl.2 on site"))


@special(21, "06:10", I("delivery failure report (bounce) from the contractor's mail server"))
def bounce():
    msg = MIMEMultipart("report", report_type="delivery-status")
    t = ("This is the mail system at host mx.chistograd-servise.ru.\n\n"
         "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
         "<brigada1@chistograd-servise.ru>: user unknown; mailbox disabled\n")
    msg.attach(MIMEText(t, "plain", "us-ascii"))
    from email import message_from_string
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([message_from_string("Reporting-MTA: dns; mx.chistograd-servise.ru\n"
                                        "Arrival-Date: Sat, 21 Nov 2026 06:09:42 +0300\n\n"),
                    message_from_string("Final-Recipient: rfc822; brigada1@chistograd-servise.ru\n"
                                        "Original-Recipient: rfc822;brigada1@chistograd-servise.ru\n"
                                        "Action: failed\nStatus: 5.1.1\n"
                                        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
    msg.attach(ds)
    orig = MIMEBase("text", "rfc822-headers")
    orig.set_payload("From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n"
                     "To: brigada1@chistograd-servise.ru\n"
                     "Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDQ0NTc3NyDigJQg0L/Qu9C+0YnQsNC00LrQsCAzINCy0YvQtdGF0LDQu9C4?=\n"
                     "Date: Sat, 21 Nov 2026 06:09:41 +0300\n")
    msg.attach(orig)
    msg["From"] = "Mail Delivery System <MAILER-DAEMON@chistograd-servise.ru>"
    msg["To"] = "dispatch@zakazchik-omis.ru"
    msg["Subject"] = "Undelivered Mail Returned to Sender"
    msg["Date"] = format_datetime(when(21, "06:10"))
    msg["Message-ID"] = make_msgid(idstring="bounce", domain="mx.chistograd-servise.ru")
    msg["Auto-Submitted"] = "auto-replied"
    return msg


L(21, "07:30", "DIL", "445777 пл 2 3",
  "445777 пл 2 3 yana keldik, погрузчик тут", D("445777", ["2", "3"], ON, "Uzbek «yana keldik» = came again"))

L(21, "13:40", "KOV", "Отчёт по заявке 445777",
  "", D("445777", ["2", "3"], LEFT, "HTML table: positions 2 and 3 finished with departure times"),
  html=("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
        "<p>Добрый день!</p><p>Отчёт по заявке № 445777 (вывоз снега) за 21.11.2026:</p>"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr><th>Позиция</th><th>Объект</th><th>Рейсов</th><th>Статус</th></tr>"
        "<tr><td>2</td><td>Площадка у склада ГСМ</td><td>8</td><td>вывоз завершён, бригада убыла 13:10</td></tr>"
        "<tr><td>3</td><td>Парковка АБК</td><td>6</td><td>вывоз завершён, бригада убыла 13:25</td></tr>"
        "</table><p>С уважением,<br>Ковалёва О.С.<br>ИНН 7724450129 / КПП 772401001</p></body></html>"),
  sig=False)
# plain part for the table letter
LETTERS[-1]["body"] = ("Добрый день!\n\nОтчёт по заявке № 445777 (вывоз снега) за 21.11.2026:\n\n"
                       "Позиция | Объект | Рейсов | Статус\n"
                       "2 | Площадка у склада ГСМ | 8 | вывоз завершён, бригада убыла 13:10\n"
                       "3 | Парковка АБК | 6 | вывоз завершён, бригада убыла 13:25\n\n"
                       "С уважением,\nКовалёва О.С.\nИНН 7724450129 / КПП 772401001")


@special(22, "09:12", I("calendar meeting response generated by Outlook"))
def calendar_reply():
    s = S["KOV"]
    msg = MIMEMultipart("alternative")
    msg.attach(text_part("Ковалёва Ольга Сергеевна принимает это приглашение.", "windows-1251", "qp"))
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:o.kovaleva@chistograd-servise.ru\r\n"
           "SUMMARY:Планёрка по зимнему содержанию (заявки 445777\\, 445890)\r\n"
           "DTSTART:20261124T100000\r\nDTEND:20261124T110000\r\nUID:040000008200E00074C5B7101A82E008-445\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = MIMEText(ics, "calendar", "utf-8")
    cal.set_param("method", "REPLY")
    msg.attach(cal)
    msg["From"] = formataddr((s["name"], s["addr"]), charset="windows-1251")
    msg["To"] = formataddr(DISP, charset="windows-1251")
    msg["Subject"] = Header("Принято: Планёрка по зимнему содержанию (заявки 445777, 445890)", "windows-1251")
    msg["Date"] = format_datetime(when(22, "09:12"))
    msg["Message-ID"] = make_msgid(idstring="cal", domain="chistograd-servise.ru")
    msg["X-Mailer"] = s["mailer"]
    return msg


# ---------------- 445890 очистка кровли: корпус 1 (1), корпус 2 (2)
L(23, "10:10", "KOV", "RE: Заявка 445890 очистка кровли",
  "Добрый день!\n\nПринимаем заявку 445890 в работу. Работы на высоте выполняет бригада Каримова Д., "
  "все с допуском (удостоверения № 0318, 0319, 0322).\n\n"
  "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 23 ноября 2026 г. 9:31\n"
  "Кому: Ковалёва Ольга Сергеевна\nТема: Заявка 445890 очистка кровли\n\n"
  "Просим очистить кровлю корпусов 1 и 2 от снега и наледи, сбить сосульки над входами.",
  D("445890", [], ACC, "«принимаем в работу»; certificate numbers are not requests"), reply_to_id=dmid("445890a"))

L(23, "11:30", "KOV", "445890 — смета",
  "Коллеги,\n\nпо 445890: площадь кровли обоих корпусов 1 200 кв. м, стоимость очистки составит 96 000 руб. "
  "без НДС. Прошу согласовать смету до 16:00, без согласования бригаду не направим.",
  R("price/estimate talk, no status"))

L(24, "08:00", "DIL", "445890",
  "445890 krovlya 1 i 2 vyehali s bazy", D("445890", ["1", "2"], WAY, "«выехали с базы» = left the base → on the way"))

L(24, "08:40", "DIL", "Re: 445890",
  "445890 на крыша мы. пояс страховка есть, ограждение внизу поставили",
  D("445890", [], ON, "«на крыша мы» = on site"))

L(24, "16:30", "DIL", "445890 gotovo",
  "krovlya 445890 ochistili, sosulki sbili, ushli 16:15. Dilshod",
  D("445890", [], LEFT, "ушли 16:15"))

# ---------------- 445931 химчистка ковролина (1)
L(24, "12:40", "FAR", "№445931",
  "445931 химчистка ковролин заявка принята, Керхер Puzzi 10/1 возьмем. завтра 9 будем",
  D("445931", [], ACC, "«заявка принята»; machine model not a number"))

L(25, "08:30", "FAR", "445931 выехал",
  "445931 выехал с базы, Керхер с собой, 40 минут",
  D("445931", [], WAY, "«выехал с базы» = leaving from the base, travelling"))

L(25, "09:15", "FAR", "445931",
  "445931 prishli 3 etazh ofis 305", D("445931", [], ON, "Latin: prishli; office 305 is not a position"),
  alt=False)

L(25, "15:20", "FAR", "Re: Заявка 445931 химчистка",
  "ковролин почистил, сушка 4 час. бригада освободилась\nФаррух\n\n"
  "25.11.2026 9:15, brigada2@chistograd-servise.ru пишет:\n> 445931 prishli 3 etazh ofis 305",
  D("445931", [], LEFT, "result + «бригада освободилась»; number in subject and quote"))

# ---------------- out of office + complaint
@special(12, "10:05", I("out-of-office auto-reply"))
def ooo():
    s = S["KOV"]
    t = ("Здравствуйте!\n\n12.11.2026 я на обучении и не имею доступа к почте. По срочным вопросам "
         "обращайтесь к диспетчеру Марине Беловой: info@chistograd-servise.ru, +7 (495) 644-51-22.\n\n"
         "Ковалёва О.С.")
    msg = text_part(t, "windows-1251", "qp")
    msg["From"] = formataddr((s["name"], s["addr"]), charset="windows-1251")
    msg["To"] = formataddr(DISP, charset="windows-1251")
    msg["Subject"] = Header("Автоматический ответ: Re: Заявка 445118 мойка остекления", "windows-1251")
    msg["Date"] = format_datetime(when(12, "10:05"))
    msg["Message-ID"] = make_msgid(idstring="ooo", domain="chistograd-servise.ru")
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Mailer"] = s["mailer"]
    return msg


L(26, "10:00", "RUS", "деньги",
  "Ольга Сергеевна копия диспетчер. денги за октябр когда будет? бригада ждет, 3 человек домой ехать Самарканд",
  R("payment complaint, no request number, no status"), cc="o.kovaleva@chistograd-servise.ru")

# ======================================================================
REGISTRY = {
    "contractor": {
        "name": "ООО «ЧистоГрад Сервис»",
        "emails": sorted({v["addr"] for v in S.values()} | set(EXTRA_ADDR)),
        "domains": ["chistograd-servise.ru"],
    },
    "requests": [
        {"number": "445012", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "Уборка листвы: 1 — территория корпуса А, 2 — корпус Б, 3 — гостевая парковка"},
        {"number": "445037", "positions": ["1", "2"], "registered_at": "2026-11-03T09:10:00+03:00",
         "comment": "Вывоз листвы и смёта, сквер у проходной: 1 — северная часть, 2 — южная часть"},
        {"number": "445101", "positions": ["1"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Мойка витражей входной группы АБК"},
        {"number": "445118", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T08:15:00+03:00",
         "comment": "Мойка фасадного остекления, секции 1–4"},
        {"number": "445205", "positions": ["1", "2"], "registered_at": "2026-11-09T11:40:00+03:00",
         "comment": "Обрезка сухих ветвей: 1 — ул. Садовая, 14; 2 — ул. Садовая, 16"},
        {"number": "445240", "positions": ["1"], "registered_at": "2026-11-10T14:20:00+03:00",
         "comment": "Уборка офиса после ремонта, 3 этаж"},
        {"number": "445333", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "Укрытие кустарников на зиму: 1 — аллея, 2 — клумба у входа, 3 — розарий"},
        {"number": "445407", "positions": ["1", "2"], "registered_at": "2026-11-16T06:40:00+03:00",
         "comment": "Противогололёдная обработка тротуаров 1 и 2"},
        {"number": "445512", "positions": ["1", "2"], "registered_at": "2026-11-17T10:30:00+03:00",
         "comment": "Генеральная уборка: 1 — склад №2, 2 — склад №3"},
        {"number": "445618", "positions": ["1"], "registered_at": "2026-11-19T05:50:00+03:00",
         "comment": "Уборка снега с территории КПП"},
        {"number": "445777", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T07:00:00+03:00",
         "comment": "Вывоз снега: 1 — площадка у ворот, 2 — у склада ГСМ, 3 — парковка АБК"},
        {"number": "445890", "positions": ["1", "2"], "registered_at": "2026-11-23T09:30:00+03:00",
         "comment": "Очистка кровли от снега и наледи: 1 — корпус 1, 2 — корпус 2"},
        {"number": "445931", "positions": ["1"], "registered_at": "2026-11-24T12:00:00+03:00",
         "comment": "Химчистка ковролина, офис 3 этаж"},
    ],
}


def main():
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    items = sorted(LETTERS, key=lambda x: x["dt"])
    labels = {}
    for i, x in enumerate(items, 1):
        msg = x["special"]() if "special" in x else build_normal(x)
        dom = msg["Message-ID"].rsplit("@", 1)[1].strip(" >\n")
        del msg["Message-ID"]
        msg["Message-ID"] = "<%s.%03d.%08x@%s>" % (x["dt"].strftime("%Y%m%d%H%M%S"), i,
                                                   (i * 2654435761) & 0xFFFFFFFF, dom)
        name = "%03d.eml" % i
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[name] = x["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))


if __name__ == "__main__":
    main()
