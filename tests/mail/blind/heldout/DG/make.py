#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DG: ООО «ГорноТехСервис» (Сочи, Красная Поляна).

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Run:  python3 make.py   (from any directory)
"""
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
from email.utils import format_datetime, formataddr
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(20261102)
TZ = timezone(timedelta(hours=3))

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DOMAIN = "gornotehservis.ru"

# ---- people -------------------------------------------------------------
KRAVETS = ("Ольга Кравец", "o.kravets@gornotehservis.ru")          # office, Outlook 1251
SEMENOV = ("Семёнов Виктор Андреевич", "v.semenov@gornotehservis.ru")  # chief mechanic
TKACH = ("Андрей Ткаченко", "tkachenko.gts@icloud.com")               # mechanic, iPhone
ARSHBA = ("Роман Аршба", "r.arshba@gornotehservis.ru")                # snowmaking, iPhone
BZHANIA = ("Мурат Бжания", "bzhania.promalp@gmail.com")               # rope access, Android Gmail
GORA2 = ("Гора-2", "gora2.gts@gmail.com")                             # crew phone, Android Gmail
LAZBA = ("Лазба Астамур", "a.lazba@gornotehservis.ru")               # engineer PTO, Thunderbird
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@gornotehservis.ru")
NEWS = ("ГорноТехСервис — новости", "news@gornotehservis.ru")
METEO = ("Метеопост ГТС", "meteo@gornotehservis.ru")

ALL_SENDERS = [KRAVETS, SEMENOV, TKACH, ARSHBA, BZHANIA, GORA2, LAZBA, DAEMON, NEWS, METEO]

MON_GEN = ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
           "августа", "сентября", "октября", "ноября", "декабря"]
WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def dt(day, hh, mm, ss=None):
    if ss is None:
        ss = rnd.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


# ---- message ids --------------------------------------------------------
def mid_iphone(domain):
    return "<%s@%s>" % (str(uuid.UUID(int=rnd.getrandbits(128))).upper(), domain)


def mid_gmail():
    alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    return "<CA%s@mail.gmail.com>" % "".join(rnd.choice(alph) for _ in range(44))


def mid_outlook():
    h = lambda n: "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return "<%s$%s$%s$@%s>" % ("0" * 4 + h(8) + h(8), h(8), h(8), DOMAIN)


def mid_bat(d):
    return "<%d.%s@%s>" % (rnd.randint(10 ** 9, 2 * 10 ** 9), d.strftime("%Y%m%d%H%M%S"), DOMAIN)


def mid_tb():
    return "<%s@%s>" % (str(uuid.UUID(int=rnd.getrandbits(128))), DOMAIN)


def mid_disp():
    return "<omis.%d.%d@zakazchik-omis.ru>" % (rnd.randint(10 ** 6, 10 ** 7), rnd.randint(100, 999))


def mid_machine(domain="gornotehservis.ru"):
    return "<%s.%d@%s>" % ("".join(rnd.choice("0123456789ABCDEF") for _ in range(12)),
                           rnd.randint(1000, 9999), domain)


# ---- quote helpers --------------------------------------------------------
def q_lines(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def quote_iphone(d, who, text):
    head = "%d %s %d г., в %s, %s <%s> написал(а):" % (
        d.day, "нояб.", d.year, d.strftime("%H:%M"), who[0], who[1])
    return "\n\n> " + head + "\n> \n" + q_lines(text)


def quote_gmail(d, who, text):
    head = "%s, %d нояб. %d г. в %s, %s <%s>:" % (
        WD_SHORT[d.weekday()], d.day, d.year, d.strftime("%H:%M"), who[0], who[1])
    return "\n\n" + head + "\n\n" + q_lines(text)


def quote_outlook(d, frm, to, subj, text):
    return ("\n\nОт: %s <%s>\nОтправлено: %s, %d %s %d г. %d:%02d\nКому: %s <%s>\nТема: %s\n\n%s"
            % (frm[0], frm[1], WD_FULL[d.weekday()], d.day, MON_GEN[d.month], d.year,
               d.hour, d.minute, to[0], to[1], subj, text))


def quote_original(d, frm, to, subj, text):
    return ("\n\n-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s, %d %s %d г. %d:%02d\n"
            "To: %s\nSubject: %s\n\n%s"
            % (frm[0], frm[1], WD_FULL[d.weekday()], d.day, MON_GEN[d.month], d.year,
               d.hour, d.minute, to[1], subj, text))


def quote_bat(d, initials, text):
    return ("\n\nВы писали %d %s %d г., %s:\n\n" % (d.day, MON_GEN[d.month], d.year, d.strftime("%H:%M"))
            + q_lines(text, initials + "> "))


# ---- MIME parts -----------------------------------------------------------
def text_part(text, subtype, charset, enc):
    """enc: 'qp', 'b64', '8bit'"""
    cs = Charset(charset)
    cs.header_encoding = BASE64
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    return MIMEText(text, subtype, cs)


def hdr(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject")


def addr(who, charset):
    name, a = who
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


def html_from_text(text, outlook=True):
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = []
    for line in esc.split("\n"):
        if outlook:
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (line if line else "&nbsp;"))
        else:
            paras.append((line if line else "") + "<br>")
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
                '<body lang=RU link="#0563C1"><div class=WordSection1>\n'
                + "\n".join(paras) + "\n</div></body></html>\n")
    return '<div dir="ltr">' + "\n".join(paras) + "</div>\n"


# ---- client styles ---------------------------------------------------------
LETTERS = []   # (msg, label)


def base_headers(msg, who, d, subject, charset, mid, to=DISPATCH, reply_to_mid=None, cc=None):
    msg["From"] = addr(who, charset)
    msg["To"] = addr(to, charset)
    if cc:
        msg["Cc"] = addr(cc, charset)
    msg["Subject"] = hdr(subject, charset)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = mid
    if reply_to_mid:
        msg["In-Reply-To"] = reply_to_mid
        msg["References"] = reply_to_mid
    msg["MIME-Version"] = "1.0"


def iphone(who, d, subject, body, quote="", reply=False, sig=True):
    text = body + ("\n\nОтправлено с iPhone" if sig else "") + quote
    m = text_part(text, "plain", "utf-8", "qp")
    del m["MIME-Version"]
    dom = who[1].split("@")[1]
    base_headers(m, who, d, subject, "utf-8", mid_iphone(dom), reply_to_mid=mid_disp() if reply else None)
    m["X-Mailer"] = "iPhone Mail (22B91)"
    return m


def gmail(who, d, subject, body, quote="", reply=False):
    text = body + quote
    alt = MIMEMultipart("alternative")
    del alt["MIME-Version"]
    alt.attach(text_part(text, "plain", "utf-8", "b64"))
    html = html_from_text(body, outlook=False)
    if quote:
        html += '<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' \
                + html_from_text(quote.strip("\n"), outlook=False) + "</blockquote></div>\n"
    alt.attach(text_part(html, "html", "utf-8", "b64"))
    base_headers(alt, who, d, subject, "utf-8", mid_gmail(), reply_to_mid=mid_disp() if reply else None)
    return alt


def outlook(who, d, subject, body, quote="", reply=False, html_only=False, html_body=None,
            enc="qp", cc=None):
    text = body + quote
    html = html_body if html_body is not None else html_from_text(text)
    if html_only:
        m = text_part(html, "html", "windows-1251", enc)
        del m["MIME-Version"]
    else:
        m = MIMEMultipart("alternative")
        del m["MIME-Version"]
        m.attach(text_part(text, "plain", "windows-1251", enc))
        m.attach(text_part(html, "html", "windows-1251", enc))
    base_headers(m, who, d, subject, "windows-1251", mid_outlook(),
                 reply_to_mid=mid_disp() if reply else None, cc=cc)
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Thread-Index"] = "AdxP" + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(28)) + "=="
    m["Content-Language"] = "ru"
    return m


def thebat(who, d, subject, body, quote="", reply=False, cc=None):
    tr = {"—": "-", "–": "-", "«": '"', "»": '"', "№": "N", "−": "-"}
    text = "".join(tr.get(ch, ch) for ch in body + quote)
    m = text_part(text, "plain", "koi8-r", "8bit")
    del m["MIME-Version"]
    subject = "".join(tr.get(ch, ch) for ch in subject)
    base_headers(m, who, d, subject, "koi8-r", mid_bat(d), reply_to_mid=mid_disp() if reply else None, cc=cc)
    m["X-Mailer"] = "The Bat! (v10.4.0.3) Professional"
    m["Organization"] = hdr('ООО "ГорноТехСервис"', "koi8-r")
    return m


def thunderbird(who, d, subject, body):
    m = text_part(body, "plain", "utf-8", "8bit")
    del m["MIME-Version"]
    m.set_param("format", "flowed")
    base_headers(m, who, d, subject, "utf-8", mid_tb())
    m["User-Agent"] = "Mozilla Thunderbird 128.4.2esr"
    m["Content-Language"] = "ru"
    return m


def add(msg, label):
    LETTERS.append((msg, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

SIG_OFFICE = ("\n\nС уважением,\nОльга Кравец\nофис-менеджер ООО «ГорноТехСервис»\n"
              "354392, г. Сочи, с. Эстосадок, ул. Эстонская, 41, оф. 3\n"
              "тел. +7 (862) 243-17-00, доб. 105\nИНН 2317081442 / КПП 231701001")
SIG_SEM = ("\n\n--\nСемёнов В.А.\nглавный механик ООО «ГорноТехСервис»\nмоб. +7 (988) 236-41-19")

# =========================================================================
#  REQUEST 113042 — ГКД «К-3»: 1 ст. А (нижняя), 2 ст. Б (верхняя, отм. 2200), 3 опора №14
# =========================================================================
d0 = dt(2, 9, 20)
add(outlook(KRAVETS, dt(2, 10, 48), "RE: Заявка 113042 — ГКД К-3, осмотр балансиров",
            "Добрый день!\n\nЗаявка 113042 принята в работу. Ответственный — гл. механик Семёнов В.А., "
            "тел. +7 (988) 236-41-19.\nБригада выйдет по погоде, о выезде сообщим отдельно." + SIG_OFFICE,
            quote=quote_outlook(d0, DISPATCH, KRAVETS, "Заявка 113042 — ГКД К-3, осмотр балансиров",
                                "Коллеги, добрый день.\nНаправляем заявку 113042 на осмотр балансиров ГКД «К-3».\n"
                                "Позиции: 1 — станция А (нижняя), 2 — станция Б (верхняя), 3 — опора №14.\n"
                                "Просим подтвердить принятие.\n\nДиспетчерская ОМИС, тел. 8 (862) 259-40-40"),
            reply=True),
    D("113042", [], ACC, "office accepts the request; positions only in the quoted dispatcher letter"))

add(iphone(TKACH, dt(3, 7, 18), "113042 поз 1",
           "Выехали с базы на ст.А, минут через 40 будем\nТкаченко"),
    D("113042", ["1"], WAY, "'выехали с базы на ст.А, будем через 40 мин' = on the way"))

add(iphone(TKACH, dt(3, 8, 2), "Re: 113042 поз 1",
           "На месте, ст А. −9, ветра нет",
           quote=quote_iphone(dt(3, 7, 25), DISPATCH, "Принято. По прибытии сообщите."), reply=True),
    D("113042", ["1"], ON, "short 'на месте' under Re: subject with number and position"))

add(gmail(GORA2, dt(3, 9, 47), "113042-2",
          "База, я Гора-2. На верхней станции Б, отм. 2200. Приступили.\nРуслан"),
    D("113042", ["2"], ON, "radio-style; position after dash in subject; 2200 is altitude"))

add(iphone(TKACH, dt(3, 17, 25), "113042 п1 готово",
           "Ролики балансира 4 шт заменили, обкатали, всё крутится. Убыли со ст.А в 17:10"),
    D("113042", ["1"], OFF, "result + 'убыли со ст.А' (from the site)"))

add(outlook(SEMENOV, dt(4, 20, 41), "Итоги дня 04.11 по заявке 113042",
            "Добрый вечер.\n\nКоротко по 113042 за сегодня:\n"
            "07:50 — бригада Ардзинбы поднялась на ст. Б (поз. 2) первым служебным рейсом;\n"
            "08:15–15:20 — замена роликов на балансирах №3 и №4 выходной ветви, регулировка прижима;\n"
            "15:40 — работы на станции Б закончены, бригада спустилась на базу.\n\n"
            "По опоре №14 (поз. 3) сегодня не поднимались — на гребне ветер до 20 м/с, промальпов не выпустил. "
            "Перенесли на завтра, выход в 8:30, если дадут окно.\n"
            "По ст. А замечаний нет (закрыли вчера)." + SIG_SEM),
    D("113042", ["2"], OFF, "evening summary: pos 2 finished and crew came down; pos 3 only a plan; pos 1 mentioned as closed yesterday (already reported)"))

add(gmail(BZHANIA, dt(5, 10, 31), "Опора 14",
          "113042 поз.3 поднялись на опору №14, ветер 12 м/с, работаем. -11"),
    D("113042", ["3"], ON, "'поднялись на опору №14' = on site; №14, 12, -11 are not request numbers"))

add(gmail(BZHANIA, dt(5, 16, 55), "Re: Опора 14",
          "Закончили на 14й (п.3), спустились все, ушли на базу. 113042",
          quote=quote_gmail(dt(5, 10, 40), DISPATCH, "Принято, поз. 3 — на месте. Берегите себя, ветер усиливается."),
          reply=True),
    D("113042", ["3"], OFF, "done and left (п.3 = опора 14); the quoted 'на месте' is history"))

# =========================================================================
#  REQUEST 113150 — снегогенераторы, трасса «Пихтовая»: 1 пикет 2+350, 2 пикет 2+800, 3 пикет 3+150, 4 насосная НС-2
# =========================================================================
html_b1 = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
           '<body lang=RU><div class=WordSection1>'
           '<p class=MsoNormal>Добрый день!</p>'
           '<p class=MsoNormal>Заявку <b>№113150</b> (снегогенераторы, трасса «Пихтовая») приняли. '
           'Исполнитель — участок оснежения, бригадир Аршба Р.Г., моб. +7 (918) 405-22-63.</p>'
           '<p class=MsoNormal>Начало работ — 06.11, как только ратрак освободится.</p>'
           '<p class=MsoNormal>&nbsp;</p>'
           '<p class=MsoNormal>С уважением,<br>Ольга Кравец<br>офис-менеджер ООО «ГорноТехСервис»<br>'
           'тел. +7 (862) 243-17-00, доб. 105</p></div></body></html>')
add(outlook(KRAVETS, dt(5, 9, 12), "Заявка №113150 - принята", "", html_only=True, html_body=html_b1),
    D("113150", [], ACC, "HTML-only Outlook windows-1251; acceptance; start date is a plan but acceptance happened"))

add(iphone(ARSHBA, dt(6, 7, 41), "Пихтовая",
           "Выдвигаемся по 113150, на ратраке, к 8:30 будем на трассе"),
    D("113150", [], WAY, "'выдвигаемся ... будем к 8:30' = on the way; no position named"))

tbl_rows = [("1", "пикет 2+350, TF10 №7", "на месте", "08:35"),
            ("2", "пикет 2+800, TF10 №9", "на месте", "09:20"),
            ("3", "пикет 3+150, TF10 №12", "на месте", "10:05")]
html_b3 = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
           '<body lang=RU><div class=WordSection1><p class=MsoNormal>Добрый день.</p>'
           '<p class=MsoNormal>Сводка по заявке 113150 на 11:00 (со слов бригадира Аршбы):</p>'
           '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">'
           '<tr><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>'
           + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in tbl_rows)
           + '</table><p class=MsoNormal>Температура на трассе -7, снег идёт.</p>'
           '<p class=MsoNormal>С уважением,<br>Ольга Кравец</p></div></body></html>')
txt_b3 = ("Добрый день.\n\nСводка по заявке 113150 на 11:00 (со слов бригадира Аршбы):\n\n"
          "Поз.\tОбъект\tСтатус\tВремя\n"
          + "".join("%s\t%s\t%s\t%s\n" % r for r in tbl_rows)
          + "\nТемпература на трассе -7, снег идёт.\n\nС уважением,\nОльга Кравец")
add(outlook(KRAVETS, dt(6, 11, 14), "Сводка 113150 на 11:00", txt_b3, html_body=html_b3),
    D("113150", ["1", "2", "3"], ON, "HTML table, one row per position, all 'на месте'; TF10 №7/9/12 are cannon numbers"))

add(iphone(ARSHBA, dt(6, 14, 20), "113150 (4)",
           "Насосная НС-2 — пришли, смотрим задвижку Ду150"),
    D("113150", ["4"], ON, "position in brackets in subject; 'пришли' = arrived; Ду150 not a number of interest"))

add(thebat(SEMENOV, dt(6, 21, 5), "113150 итог 06.11",
           "Коллеги, добрый вечер.\n\nПо 113150 за день:\n"
           "- 08:35 бригада Аршбы на пикете 2+350 (п.1), заменили форсуночное кольцо, к 11:40 пушка дала снег;\n"
           "- п.2 (2+800) — чистка фильтра, замена датчика давления, закончили в 13:10;\n"
           "- п.3 (3+150) — к 15:00 всё, пушка переведена в авто;\n"
           "- с пикетов ушли в 15:30, ратрак забрал людей.\n\n"
           "Насосная (п.4) — задвижку не доделали, нет уплотнения, завтра привезут со склада в Адлере.\n\n"
           "Семёнов", cc=KRAVETS),
    D("113150", ["1", "2", "3"], OFF, "KOI8-R evening summary; p.1-3 finished and crew left; p.4 not finished (plan only)"))

add(iphone(ARSHBA, dt(7, 13, 46), "Re: 113150 (4)",
           "Уплотнение поставили, насос запустили, давление держит 38 атм. Уехали с насосной",
           quote=quote_iphone(dt(6, 14, 31), DISPATCH, "Роман, принято. Поз. 4 — на месте."), reply=True),
    D("113150", ["4"], OFF, "result + 'уехали с насосной'; quoted 'на месте' is history"))

# =========================================================================
#  REQUEST 113388 — ратрак PB600 гар. №3, течь гидравлики: 1
# =========================================================================
add(iphone(TKACH, dt(6, 14, 22), "ПРИНЯЛИ 113388",
           "ПРИНЯЛИ. ПОСЛЕ ОБЕДА ГЛЯНЕМ ЕСЛИ УСПЕЕМ", sig=False),
    D("113388", [], ACC, "caps; acceptance done, the rest is a plan"))

add(iphone(TKACH, dt(7, 8, 50), "Re: Заявка 113388 ратрак PB600",
           "Едем в гараж ратраков на отм 960, минут 20",
           quote=quote_iphone(dt(7, 8, 31), DISPATCH,
                              "Андрей, доброе утро. Когда будете по 113388? Водитель ждёт с 8:00."), reply=True),
    D("113388", [], WAY, "'едем, минут 20' = on the way; 960 is altitude, PB600 is model"))

add(iphone(TKACH, dt(7, 9, 14), "113388",
           "Пpибыли нa место, PB600 гар.№3 на яме"),
    D("113388", [], ON, "Latin 'p' and 'a' inside Cyrillic words; гар.№3 is garage number"))

add(iphone(TKACH, dt(7, 15, 2), "#113388 готово",
           "РВД заменили (арт. 4-609-0123, 2 шт), течи нет, долили 18 л масла. Ушли из гаража в 14:50"),
    D("113388", [], OFF, "result + left the garage; part number and litres are not request numbers"))

# =========================================================================
#  REQUEST 113701 — Gazex: 1 GZ-5 отм. 2300, 2 склад газовых ёмкостей отм. 2150
# =========================================================================
add(outlook(SEMENOV, dt(7, 12, 10), "RE: 113701 Газекс",
            "Добрый день.\n\nПо 113701 п.2 — кто у вас оформляет наряд-допуск на газоопасные работы? "
            "Без него на склад ёмкостей не пойдём. Подскажите контакт в СЛБ." + SIG_SEM,
            quote=quote_outlook(dt(7, 10, 5), DISPATCH, SEMENOV, "113701 Газекс",
                                "Направляем заявку 113701: 1 — эксплодер GZ-5 (отм. 2300), 2 — склад газовых ёмкостей (отм. 2150)."),
            reply=True),
    R("question about permit, no status reported"))

add(gmail(BZHANIA, dt(8, 6, 45), "113701",
          "Ещё не выехали, подъём закрыт по ветру, 22 м/с наверху. Ждём окно"),
    R("negation: not yet departed, weather hold"))

add(gmail(BZHANIA, dt(8, 19, 30), "Re: 113701",
          "Завтра выйдем в 7:00 если откроют подъём. По 113701 п1",
          quote=quote_gmail(dt(8, 18, 2), DISPATCH, "Мурат, какие планы на завтра по Газексу?"), reply=True),
    R("plan for tomorrow, nothing happened yet"))

add(gmail(BZHANIA, dt(9, 7, 12), "113701 п1",
          "Вышли. На снегоходе до опоры 21, дальше пешком по гребню"),
    D("113701", ["1"], WAY, "'вышли ... дальше пешком' = travelling; опора 21 is not a position"))

add(gmail(BZHANIA, dt(9, 10, 22), "Re: 113701 п1",
          "На GZ-5. отм 2300, -14, ветер 8. Работаем",
          quote=quote_gmail(dt(9, 7, 20), DISPATCH, "Принято. Мурат, как дойдёте до GZ-5 — отпишитесь."),
          reply=True),
    D("113701", ["1"], ON, "on site at GZ-5; numbers are altitude/temperature/wind"))

add(thebat(SEMENOV, dt(9, 21, 16), "Re: Газекс 113701 — итог",
           "Здравствуйте.\n\nПо заявке 113701 (Gazex, GZ-5), п.1:\n"
           "07:00 выход с нижней станции\n"
           "10:15 прибытие на точку\n"
           "10:30–14:20 замена обратного клапана, проверка поджига, 3 пробных подрыва по согласованию с СЛБ\n"
           "14:50 убытие, в 16:40 все внизу, без замечаний.\n\n"
           "По п.2 (склад) ждём наряд-допуск.\n\n--\nСемёнов",
           quote=quote_bat(dt(9, 18, 40), "ДО", "Виктор Андреевич, добрый вечер.\nПо 113701 прошу итог за день.\n\nДиспетчерская ОМИС"),
           reply=True),
    D("113701", ["1"], OFF, "KOI8-R, The Bat! initials quote; timeline ends with 'убытие 14:50'; p.2 only waiting"))

add(gmail(GORA2, dt(12, 9, 40), "113701 п2",
          "Склад ёмкостей — на месте. Наряд-допуск № 47/11 у нас, СЛБ в курсе"),
    D("113701", ["2"], ON, "on site; 'наряд-допуск № 47/11' is a permit number, not a request"))

add(gmail(GORA2, dt(12, 15, 31), "Re: 113701 п2",
          "Закончили. Ёмкости опрессовали, пломбы 0045871, 0045872 навесили. Ушли со склада",
          quote=quote_gmail(dt(12, 9, 48), DISPATCH, "Принято, 113701 п2 — на месте."), reply=True),
    D("113701", ["2"], OFF, "finished and left; seal numbers are not request numbers"))

# =========================================================================
#  REQUEST 114015 — приют «Кавказский» (отм. 1600): 1 котельная, 2 отопление 2-го этажа
# =========================================================================
add(outlook(KRAVETS, dt(9, 11, 30), "RE: Заявка 114015 приют Кавказский",
            "Добрый день.\n\nЗаявку № 114015 приняли в работу, выезд планируем на завтра, 8:00." + SIG_OFFICE,
            quote=quote_outlook(dt(9, 9, 4), DISPATCH, KRAVETS, "Заявка 114015 приют Кавказский",
                                "Прошу принять: приют «Кавказский», отм. 1600. 1 — котельная, 2 — отопление 2-го этажа."),
            reply=True, enc="b64"),
    D("114015", [], ACC, "accepted (done); departure is only planned; windows-1251 base64"))

add(iphone(TKACH, dt(10, 7, 56), "114015",
           "Выехали на Кавказский, поз 1 и 2"),
    D("114015", ["1", "2"], WAY, "'выехали на' = left for the site"))

add(iphone(TKACH, dt(10, 9, 21), "Re: Заявка 114015 поз 2",
           "На месте",
           quote=quote_iphone(dt(10, 8, 3), DISPATCH,
                              "Андрей, по второй позиции (2-й этаж) сообщите отдельно, когда приступите."),
           reply=True),
    D("114015", ["2"], ON, "request and position only in the Re: subject; body 'На месте'"))

add(iphone(TKACH, dt(10, 16, 41), "ул. Лучистая, 5, приют Кавказский (114015) п1",
           "Котёл запустили, теплоноситель 70°, давление 1,5. Собрались и уехали с Кавказского"),
    D("114015", ["1"], OFF, "request number in brackets after an address; house number 5 is not a position; 'уехали с' = left"))

add(outlook(KRAVETS, dt(11, 12, 10), "FW: Кавказский",
            "Добрый день, пересылаю из чата бригады (Андрей не может отправить почту, нет сети).\n\n"
            "[11.11.2026 11:52] Андрей Ткаченко: 114015 п2 второй этаж — радиаторы продули, все греют. Закончили, спускаемся\n"
            "[11.11.2026 11:53] Руслан Гора-2: ок\n" + SIG_OFFICE),
    D("114015", ["2"], OFF, "office forwards group-chat message: 2nd floor (pos 2) finished, descending"))

# =========================================================================
#  REQUEST 114220 — КД «Д-2»: 1 приводная станция, 2 опоры 1–8, 3 натяжная станция
# =========================================================================
ar = outlook(LAZBA, dt(10, 8, 4), "Автоответ: Заявка 114220 — КД Д-2",
             "Здравствуйте!\n\nЯ в отпуске до 16.11.2026 включительно. По срочным вопросам обращайтесь к "
             "главному механику Семёнову В.А., +7 (988) 236-41-19, или в офис: +7 (862) 243-17-00.\n\n"
             "Лазба А., инженер ПТО")
ar["Auto-Submitted"] = "auto-replied"
ar["X-Auto-Response-Suppress"] = "All"
ar["In-Reply-To"] = mid_disp()
add(ar, I("out-of-office auto-reply (mentions request number in subject only)"))

add(outlook(KRAVETS, dt(10, 10, 30), "RE: Заявка 114220 — КД Д-2",
            "Добрый день.\n\nНаряд 114220 принят к исполнению. Работы начнём 11.11 с приводной станции, "
            "остановку дороги согласовали с начальником КД." + SIG_OFFICE,
            quote=quote_original(dt(10, 8, 2), DISPATCH, KRAVETS, "Заявка 114220 — КД Д-2",
                                 "Направляем заявку 114220, КД «Д-2»: 1 — приводная станция, 2 — опоры 1–8, 3 — натяжная станция."),
            reply=True),
    D("114220", [], ACC, "'наряд ... принят к исполнению'; start is a plan"))

add(outlook(KRAVETS, dt(11, 9, 5), "RE: Уведомление: остановка КД Д-2 12.11",
            "Спасибо, приняли к сведению. Бригаде передала." + SIG_OFFICE,
            quote=quote_outlook(dt(11, 8, 40), DISPATCH, KRAVETS, "Уведомление: остановка КД Д-2 12.11",
                                "Уведомляем: 12.11 с 9:00 до 12:00 КД «Д-2» остановлена для пассажиров в связи с работами по заявке 114220."),
            reply=True),
    R("thanks/acknowledgement of the dispatcher's own notice, no status"))

add(gmail(GORA2, dt(11, 7, 36), "114220",
          "по 114220 выезжаем на приводную, поз1"),
    D("114220", ["1"], WAY, "'выезжаем на приводную' = on the way now"))

add(gmail(GORA2, dt(11, 8, 21), "Re: 114220",
          "114220: П1 на месте, П3 — Ткаченко выехал на натяжную",
          quote=quote_gmail(dt(11, 7, 40), DISPATCH, "Принято."), reply=True),
    R("different statuses for different positions (П1 on site, П3 on the way)"))

add(gmail(BZHANIA, dt(11, 13, 2), "114220 поз.2",
          "Промальпы на опорах 3-5, ветер 9 м/с, работаем"),
    D("114220", ["2"], ON, "position 2 in subject; 'опорах 3-5' are tower numbers, not positions"))

add(thebat(SEMENOV, dt(12, 20, 52), "Итоги 12.11",
           "Коллеги, добрый вечер. Итоги дня:\n\n"
           "1) КД Д-2 (114220): натяжная станция — замена шкива, закончили 16:20, бригада спустилась. "
           "Опоры — промальпы ещё работают, завтра добьём 6–8.\n"
           "2) Ратрак PB600 №2 (114507): приехали в 14:10, осмотрели фрезу, подшипник в заказе.\n\n"
           "Завтра с 8:00 продолжаем.\n\n--\nСемёнов"),
    R("evening summary covering two different requests"))

add(outlook(KRAVETS, dt(13, 17, 30), "RE: Д-2 (114220) срок",
            "Коллеги, по наряду 114220 работы закончены полностью, дорога обкатана под нагрузкой. "
            "Завершение работ 16:45, бригада освободилась, журнал подписан у начальника КД." + SIG_OFFICE,
            quote=quote_original(dt(13, 12, 2), DISPATCH, KRAVETS, "Д-2 (114220) срок",
                                 "Просим сообщить ожидаемый срок завершения работ по КД «Д-2»."),
            reply=True),
    D("114220", [], OFF, "whole request finished, 'бригада освободилась'; -----Original Message----- quote"))

# =========================================================================
#  REQUEST 114507 — ратрак PB600 №2: 1 фреза, 2 отвал
# =========================================================================
bounce = MIMEMultipart("report", report_type="delivery-status")
del bounce["MIME-Version"]
base_headers(bounce, DAEMON, dt(12, 11, 6), "Undelivered Mail Returned to Sender", "utf-8",
             mid_machine("mx.gornotehservis.ru"))
bounce["Auto-Submitted"] = "auto-replied"
bounce.attach(MIMEText(
    "This is the mail system at host mx.gornotehservis.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
    "<s.gubaz@gornotehservis.ru>: user unknown (account disabled)\n", "plain", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
from email import message_from_string as _mfs
ds.set_payload([_mfs("Reporting-MTA: dns; mx.gornotehservis.ru\nArrival-Date: Thu, 12 Nov 2026 11:06:02 +0300\n\n"),
                _mfs("Final-Recipient: rfc822; s.gubaz@gornotehservis.ru\nAction: failed\nStatus: 5.1.1\n"
                     "Diagnostic-Code: smtp; 550 5.1.1 <s.gubaz@gornotehservis.ru>: Recipient address rejected\n\n")])
bounce.attach(ds)
orig_h = MIMEBase("text", "rfc822-headers")
orig_h.set_payload("From: %s\nTo: s.gubaz@gornotehservis.ru\nSubject: %s\nDate: Thu, 12 Nov 2026 11:05:58 +0300\n"
                   "Message-ID: %s\n" % (addr(DISPATCH, "utf-8"), hdr("Заявка 114507 — ратрак PB600 №2, принять в работу", "utf-8").encode(), mid_disp()))
bounce.attach(orig_h)
add(bounce, I("delivery failure report (bounce) of a dispatcher letter about 114507"))

add(gmail(GORA2, dt(12, 11, 50), "114507",
          "Взяли в работу. Завтра с утра посмотрим фрезу, PB600 №2 пусть стоит в гараже"),
    D("114507", [], ACC, "'взяли в работу' = accepted; rest is a plan"))

add(iphone(TKACH, dt(13, 11, 35), "Re: статус?",
           "Приехали в 11:20, фрезу сняли, меняем подшипник",
           quote=quote_iphone(dt(13, 11, 2), DISPATCH,
                              "Андрей Николаевич, сообщите статус по заявке 114507, позиция 1 (фреза)."),
           reply=True),
    D("114507", ["1"], ON, "request and position only in the quoted dispatcher question this replies to"))

add(iphone(TKACH, dt(14, 12, 31), "114507 п1",
           "Фреза на месте, обкатали, ратрак отдали водителю. Убыли"),
    D("114507", ["1"], OFF, "'фреза на месте' means the cutter is installed, not crew status; 'Убыли'"))

add(iphone(TKACH, dt(14, 14, 10), "114507 (2)",
           "по второй позиции — отвал переварили, уехали"),
    D("114507", ["2"], OFF, "'по второй позиции', result, 'уехали'"))

# =========================================================================
#  REQUEST 114733 — снегогенераторы «Черничная»: 01, 02, 03
# =========================================================================
fwd_h1 = ("\n\n---------- Forwarded message ---------\nОт: Роман Аршба <r.arshba@gornotehservis.ru>\n"
          "Date: пт, 13 нояб. 2026 г. в 08:58\nSubject: Черничная\nTo: Гора-2 <gora2.gts@gmail.com>\n\n"
          "поз 01 и 02 — прибыли, пушки обесточены, начинаем. 114733\n")
add(gmail(GORA2, dt(13, 9, 6), "Fwd: Черничная", "Переслал диспетчеру, у Романа почта не уходит", quote=fwd_h1),
    D("114733", ["01", "02"], ON, "Gmail forward of snowmaking foreman's message: positions 01 and 02 arrived"))

add(iphone(ARSHBA, dt(13, 13, 42), "114733 поз 03 в пути",
           "Выезд 13:40, на ратраке"),
    D("114733", ["03"], WAY, "noun 'выезд 13:40' + subject"))

add(iphone(ARSHBA, dt(13, 15, 10), "Re: 114733 поз 03 в пути",
           "Уже давно на месте, работаем",
           quote=quote_iphone(dt(13, 13, 50), DISPATCH, "Принято, ждём прибытия."), reply=True),
    D("114733", ["03"], ON, "Re: subject names old status, body reports arrival"))

add(iphone(ARSHBA, dt(14, 18, 20), "Черничная",
           "По заявке 114733 всё сделали, на базе. Три пушки в автомате"),
    D("114733", [], OFF, "whole request done, crew back at base"))

# =========================================================================
#  REQUEST 114960 — авария привода ГКД, станция Б: 1
# =========================================================================
add(gmail(GORA2, dt(16, 7, 5), "114960",
          "114960 едем. Канатка стоит, поднимаемся на снегоходе по 2+100, будем минут через 30-40"),
    D("114960", [], WAY, "travelling now; cable car stopped; 2+100 is a picket"))

add(outlook(KRAVETS, dt(16, 7, 54), "RE: 114960 авария привода",
            "Передаю сообщение по рации (записала дословно):\n\n"
            "«База, я Гора-1, на станции Б, к приводу подошли, 07:48»\n\nОльга",
            quote=quote_outlook(dt(16, 6, 52), DISPATCH, KRAVETS, "114960 авария привода",
                                "СРОЧНО. Авария привода ГКД, станция Б. Заявка 114960. Просим выслать бригаду."), reply=True),
    D("114960", [], ON, "office relays the crew's radio message: on site at station B"))

add(outlook(SEMENOV, dt(16, 12, 31), "114960 — запустили",
            "114960: редуктор в норме, датчик скорости заменили (Sick DFS60B-S4PA10000), "
            "дорогу запустили в 12:05, пассажиров пошли возить с 12:20. Бригада убыла со станции Б." + SIG_SEM),
    D("114960", [], OFF, "result + 'бригада убыла'; encoder part number is not a request"))

rr = MIMEMultipart("report", report_type="disposition-notification")
del rr["MIME-Version"]
base_headers(rr, KRAVETS, dt(16, 12, 40), "Прочитано: Акт по заявке 114960 на подпись", "windows-1251", mid_outlook())
rr.attach(text_part("Ваше сообщение\n\n  Кому: Ольга Кравец\n  Тема: Акт по заявке 114960 на подпись\n"
                    "  Отправлено: 16.11.2026 12:35\n\nбыло прочитано 16.11.2026 12:40.", "plain", "windows-1251", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: gornotehservis.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.kravets@gornotehservis.ru\n"
                "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % mid_disp())
rr.attach(mdn)
add(rr, I("read receipt"))

# =========================================================================
#  REQUEST 115118 — приют «Высокогорный» (отм. 2200): 1 котёл, 2 теплотрасса, 3 бойлер
# =========================================================================
add(outlook(SEMENOV, dt(18, 10, 15), "Заявка 115118 Высокогорный",
            "Добрый день.\nПо заявке 115118 принято, завтра первым рейсом отправляю Ткаченко с помощником. "
            "Если подъём закроют — сообщу." + SIG_SEM),
    D("115118", [], ACC, "'по заявке ... принято'; dispatch of crew is a plan"))

add(iphone(TKACH, dt(19, 10, 40), "115118 п.3",
           "Бойлер, на месет с 10:30. -6 на приюте"),
    D("115118", ["3"], ON, "typo 'месет'; on site since 10:30"))

add(gmail(GORA2, dt(19, 11, 5), "115118 поз. 5",
          "115118 поз. 5 выехали"),
    R("position 5 does not exist in request 115118"))

add(iphone(TKACH, dt(19, 18, 12), "115118",
           "115118: по 1-й закончили, по 2-й завтра"),
    D("115118", ["1"], OFF, "partial: 1st done, 2nd only planned"))

add(thunderbird(LAZBA, dt(20, 16, 5), "Fwd: 115118 теплотрасса",
                "Добрый день, пересылаю отчёт Андрея.\n\n-- \nЛазба А., инженер ПТО\n\n\n"
                "-------- Перенаправленное сообщение --------\n"
                "Тема: \t115118 теплотрасса\nДата: \tFri, 20 Nov 2026 15:48:11 +0300\n"
                "От: \tАндрей Ткаченко <tkachenko.gts@icloud.com>\nКому: \tЛазба Астамур <a.lazba@gornotehservis.ru>\n\n\n"
                "115118 теплотрасса п2: прибыли в 9:15, в 15:30 закончили, уходим вниз\n\nОтправлено с iPhone\n"),
    D("115118", ["2"], OFF, "Thunderbird forward; arrival and finish both done -> latest: left"))

add(iphone(TKACH, dt(21, 13, 31), "115118/3",
           "Бойлер — ТЭН поменяли, греет. Ушёл с приюта в 13:20"),
    D("115118", ["3"], OFF, "request/position as '115118/3'; left the hut"))

# =========================================================================
#  REQUEST 115302 — КД «Д-5»: 1 опора №7, 2 опора №9
# =========================================================================
add(gmail(BZHANIA, dt(20, 8, 41), "Re: Заявка 115302 — КД Д-5, опоры 7 и 9",
          "Приняли",
          quote=quote_gmail(dt(20, 8, 12), DISPATCH,
                            "Мурат, направляем заявку 115302: поз. 1 — опора №7, поз. 2 — опора №9. Подтвердите принятие."),
          reply=True),
    D("115302", [], ACC, "one word 'Приняли'; number only in Re: subject"))

add(gmail(BZHANIA, dt(21, 9, 10), "115302 п1",
          "На опоре 7, работаем. Ветер 6, -8"),
    D("115302", ["1"], ON, "on tower 7 = position 1"))

add(gmail(BZHANIA, dt(21, 12, 40), "Re: 115302 п1",
          "Ушли с опоры 7, там всё",
          quote=quote_gmail(dt(21, 9, 15), DISPATCH, "Принято, поз. 1 на месте."), reply=True),
    D("115302", ["1"], OFF, "'ушли с опоры' = left from the site"))

add(gmail(BZHANIA, dt(21, 12, 46), "115302 поз2",
          "Выехали на 9-ю опору"),
    D("115302", ["2"], WAY, "'выехали на' = heading to the site"))

html_k5 = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
           '<body lang=RU><div class=WordSection1>'
           '<p class=MsoNormal>Поз. 2 — прибытие 13:20, промальпы на 9-й опоре.</p>'
           '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>--<br>Семёнов В.А.<br>главный механик</p>'
           '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
           '<p class=MsoNormal><b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>'
           '<b>Отправлено:</b> суббота, 21 ноября 2026 г. 12:50<br><b>Кому:</b> Семёнов Виктор Андреевич<br>'
           '<b>Тема:</b> 115302</p></div>'
           '<p class=MsoNormal>Виктор Андреевич, по 115302 поз. 2 бригада выехала, сообщите о прибытии.</p>'
           '</div></body></html>')
add(outlook(SEMENOV, dt(21, 13, 32), "RE: 115302", "", html_only=True, html_body=html_k5, reply=True),
    D("115302", ["2"], ON, "HTML-only; noun 'прибытие 13:20'; quoted dispatcher text says 'выехала'"))

ar2 = outlook(KRAVETS, dt(22, 10, 3), "Автоответ: 115302 — пропуска",
              "Меня нет в офисе 21–22 ноября. По срочным вопросам звоните главному механику Семёнову В.А. "
              "+7 (988) 236-41-19.\n\nОльга Кравец")
ar2["Auto-Submitted"] = "auto-replied"
ar2["X-Auto-Response-Suppress"] = "All"
add(ar2, I("Outlook out-of-office auto-reply"))

add(outlook(SEMENOV, dt(22, 9, 58), "115302 — пропуск на нижнюю станцию",
            "Коллеги, добрый день.\n\nОпять охрана на нижней станции Д-5 не пропустила нашу Ниву К 418 ТМ 123, "
            "простояли 50 минут, пока звонили вашему дежурному. Прошу решить вопрос с пропусками, иначе сроки по "
            "115302 не гарантируем." + SIG_SEM),
    R("complaint about access, no status; car plate is not a request number"))

add(iphone(ARSHBA, dt(22, 15, 20), "Fwd: 115302 поз 2",
           "Мурат вам отправить не смог, пересылаю",
           quote="\n\nНачало переадресованного сообщения:\n\n"
                 "От: Мурат Бжания <bzhania.promalp@gmail.com>\n"
                 "Дата: 22 ноября 2026 г. в 15:04:11 GMT+3\n"
                 "Кому: Роман Аршба <r.arshba@gornotehservis.ru>\n"
                 "Тема: 115302 поз 2\n\n"
                 "Готово, спустились с 9-й, инструмент собрали\n"),
    D("115302", ["2"], OFF, "iPhone forward of the rope-access foreman's report: done, came down"))

# =========================================================================
#  REQUEST 115477 — гондольная кабина №27: 1
# =========================================================================
add(gmail(GORA2, dt(23, 10, 26), "обращение 115477",
          "По обращению 115477 — ок, приняли. Кабину 27 завтра снимут с линии в депо"),
    D("115477", [], ACC, "'приняли'; cabin removal is a plan"))

add(iphone(TKACH, dt(24, 8, 31), "115477",
           "На месте, кабина №27 в депо ст.А"),
    D("115477", [], ON, "on site; №27 is cabin number"))

cal = MIMEMultipart("alternative")
del cal["MIME-Version"]
base_headers(cal, KRAVETS, dt(24, 9, 2), "Принято: Приёмка кабины №27 по заявке 115477", "windows-1251", mid_outlook())
cal.attach(text_part("\n", "plain", "windows-1251", "qp"))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Кравец:mailto:o.kravets@gornotehservis.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка кабины №27 по заявке 115477\r\n"
       "DTSTART:20261125T110000Z\r\nDTEND:20261125T120000Z\r\nUID:040000008200E00074C5B7101A82E00800000000A1B2C3D4\r\n"
       "DTSTAMP:20261124T060200Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
calp = text_part(ics, "calendar", "utf-8", "b64")
calp.set_param("method", "REPLY")
cal.attach(calp)
cal["X-Mailer"] = "Microsoft Outlook 16.0"
add(cal, I("calendar meeting response generated by Outlook"))

add(outlook(KRAVETS, dt(25, 11, 40), "115477 — документы",
            "Добрый день.\n\nПо 115477 счёт № 2611-045 на 48 300,00 руб. (без НДС) направим после подписания "
            "акта КС-2 № 118 от 25.11.2026. Просим подсказать, кто у вас подписывает со стороны службы КД." + SIG_OFFICE),
    R("price/documents talk and a question, no status"))

add(iphone(TKACH, dt(25, 16, 12), "Кабина 27",
           "Кабину 27 выпустили на линию, мы убыли. 115477"),
    D("115477", [], OFF, "'мы убыли'; number at end of body"))

# =========================================================================
#  Letters without a usable request / machine mail
# =========================================================================
add(gmail(GORA2, dt(17, 8, 14), "Заявка 114250",
          "Заявка 114250 — выехали, будем на станции через час"),
    R("request 114250 is not in the registry"))

add(gmail(GORA2, dt(26, 9, 3), "Гора-2",
          "База, я Гора-2, на верхней станции. Начинаем"),
    R("radio-style report without any request number"))

news_html = ('<html><body><h2>Дайджест «ГорноТехСервис» — неделя 46</h2>'
             '<p>За неделю выполнено 14 заявок, оснежено 3 трассы. С 28.11 — старт сезона!</p>'
             '<p>Прогноз на выходные: −10…−14, ветер до 15 м/с.</p>'
             '<p style="font-size:10px">Вы получили это письмо, так как подписаны на рассылку. '
             '<a href="https://gornotehservis.ru/unsubscribe?u=dispatch">Отписаться</a></p></body></html>')
nl = MIMEMultipart("alternative")
del nl["MIME-Version"]
base_headers(nl, NEWS, dt(16, 10, 0, 0), "Дайджест «ГорноТехСервис»: неделя 46", "utf-8", mid_machine())
nl.attach(text_part("Дайджест «ГорноТехСервис» — неделя 46\n\nЗа неделю выполнено 14 заявок, оснежено 3 трассы. "
                    "С 28.11 — старт сезона!\nПрогноз на выходные: −10…−14, ветер до 15 м/с.\n\n"
                    "Отписаться: https://gornotehservis.ru/unsubscribe?u=dispatch", "plain", "utf-8", "b64"))
nl.attach(text_part(news_html, "html", "utf-8", "b64"))
nl["List-Id"] = "<clients.lists.gornotehservis.ru>"
nl["List-Unsubscribe"] = "<https://gornotehservis.ru/unsubscribe?u=dispatch>, <mailto:unsubscribe@gornotehservis.ru>"
nl["Precedence"] = "bulk"
add(nl, I("mailing list digest"))

mt = text_part("АВТОМАТИЧЕСКОЕ СООБЩЕНИЕ. НЕ ОТВЕЧАЙТЕ НА НЕГО.\n\n"
               "Метеопост: отм. 2200 (верхняя станция ГКД К-3)\nВремя: 21.11.2026 06:40\n"
               "Ветер средний 17 м/с, порыв 24 м/с (порог 20 м/с)\nТемпература −16 °C\n"
               "Рекомендация: приостановить работы на высоте.\n", "plain", "utf-8", "qp")
del mt["MIME-Version"]
base_headers(mt, METEO, dt(21, 6, 41), "[METEO-2200] Превышение порога: порыв 24 м/с", "utf-8", mid_machine())
mt["Auto-Submitted"] = "auto-generated"
mt["X-Mailer"] = "MeteoLink 3.2"
add(mt, I("automatic weather-station alert"))

# =========================================================================
#  write out
# =========================================================================
from email.utils import parsedate_to_datetime
LETTERS.sort(key=lambda x: parsedate_to_datetime(x[0]["Date"]))
labels = {}
for i, (msg, lab) in enumerate(LETTERS, 1):
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    # cosmetic: put MIME headers after the envelope-ish ones, like real clients do
    mimeh = [h for h in msg._headers if h[0].lower() in ("content-type", "content-transfer-encoding")]
    msg._headers = [h for h in msg._headers if h not in mimeh] + mimeh
    name = "%03d.eml" % i
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    with open(os.path.join(LET, name), "wb") as f:
        f.write(buf.getvalue())
    labels[name] = lab

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ООО «ГорноТехСервис»",
        "emails": [w[1] for w in ALL_SENDERS],
        "domains": ["gornotehservis.ru"],
    },
    "requests": [
        {"number": "113042", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ГКД «К-3», осмотр и замена роликов балансиров: 1 — станция А (нижняя), 2 — станция Б (верхняя, отм. 2200), 3 — опора №14"},
        {"number": "113150", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Снегогенераторы TF10, трасса «Пихтовая»: 1 — пикет 2+350, 2 — пикет 2+800, 3 — пикет 3+150, 4 — насосная станция НС-2"},
        {"number": "113388", "positions": ["1"], "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "Ратрак PB600, гараж №3 (отм. 960): течь гидравлики"},
        {"number": "113701", "positions": ["1", "2"], "registered_at": "2026-11-07T10:00:00+03:00",
         "comment": "Противолавинная система Gazex: 1 — эксплодер GZ-5 (отм. 2300), 2 — склад газовых ёмкостей (отм. 2150)"},
        {"number": "114015", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Приют «Кавказский» (отм. 1600), отопление: 1 — котельная, 2 — отопление 2-го этажа"},
        {"number": "114220", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:00:00+03:00",
         "comment": "Кресельная КД «Д-2»: 1 — приводная станция, 2 — опоры 1–8, 3 — натяжная станция"},
        {"number": "114507", "positions": ["1", "2"], "registered_at": "2026-11-12T11:00:00+03:00",
         "comment": "Ратрак PB600 №2: 1 — фреза, 2 — отвал"},
        {"number": "114733", "positions": ["01", "02", "03"], "registered_at": "2026-11-13T07:30:00+03:00",
         "comment": "Снегогенераторы, трасса «Черничная»: 01, 02, 03 — пушки по пикетам"},
        {"number": "114960", "positions": ["1"], "registered_at": "2026-11-16T06:50:00+03:00",
         "comment": "АВАРИЙНАЯ: остановка ГКД «К-3», привод станции Б"},
        {"number": "115118", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T09:40:00+03:00",
         "comment": "Приют «Высокогорный» (отм. 2200): 1 — котёл, 2 — теплотрасса, 3 — бойлер ГВС"},
        {"number": "115302", "positions": ["1", "2"], "registered_at": "2026-11-20T08:10:00+03:00",
         "comment": "Кресельная КД «Д-5»: 1 — опора №7, 2 — опора №9 (промальп)"},
        {"number": "115477", "positions": ["1"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "ГКД «К-3», кабина №27: ремонт подвески и дверного привода"},
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
