# -*- coding: utf-8 -*-
"""Generator for persona DH: ООО «Сигнал-Безопасность» (Томск, +0700).
Run: python3 make.py  -> letters/NNN.eml, labels.json, registry.json"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import (Leaf, Multi, message, hdr, addr, dt, wrap72, quote, table,
                 mid, format_datetime, MSK, TSK)

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

DOMAIN = "signal-bez.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

IGOR = ("Игорь Рябов", "dispetcher@" + DOMAIN)
KUZ = ("Алексей Кузнецов", "a.kuznetsov@" + DOMAIN)
SHAR = ("Денис Шарипов", "d.sharipov@" + DOMAIN)
NIK = ("Евгений Никитин", "e.nikitin@" + DOMAIN)
VOLK = ("Марина Волкова", "m.volkova@" + DOMAIN)
LEB = ("Лебедев Виктор Андреевич", "v.lebedev@" + DOMAIN)
NEWS = ("Сигнал-Безопасность", "news@" + DOMAIN)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOMAIN)

LETTERS = []   # (fname, bytes)
LABELS = {}

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «Сигнал-Безопасность»",
        "emails": [IGOR[1], KUZ[1], SHAR[1], NIK[1], VOLK[1], LEB[1], NEWS[1], DAEMON[1]],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "116042", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ТЦ «Лагуна», пр. Ленина, 217: 1 — ППКП С2000-М 1 эт., 2 — дымовые извещатели 2 эт. (фудкорт), 3 — СОУЭ восточное крыло"},
        {"number": "116187", "positions": ["1", "2"], "registered_at": "2026-11-03T11:40:00+03:00",
         "comment": "Склад ООО «ТомскАгро», ул. Мичурина, 47, стр. 3: 1 — турникет КПП, 2 — контроллер СКУД"},
        {"number": "116350", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:20:00+03:00",
         "comment": "БЦ «Кедр», ул. Нахимова, 8: видеонаблюдение, камеры 1–4 (1, 4 — парковка; 2, 3 — 3 этаж)"},
        {"number": "116509", "positions": ["1"], "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "Школа-интернат, Иркутский тракт, 86: ложные срабатывания АПС в спортзале"},
        {"number": "116733", "positions": ["1", "2"], "registered_at": "2026-11-09T07:30:00+03:00",
         "comment": "Поликлиника, ул. Красноармейская, 114: 1 — домофон/СКУД входа, 2 — пожарный извещатель в регистратуре"},
        {"number": "116918", "positions": ["1"], "registered_at": "2026-11-10T10:00:00+03:00",
         "comment": "Аптечный склад, Кольцевой проезд, 25: замена АКБ в ИБП"},
        {"number": "117105", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "ЖК «Северный парк», ул. Ивановского, 20: видеодомофоны подъездов 1–3"},
        {"number": "117264", "positions": ["1", "2"], "registered_at": "2026-11-13T12:30:00+03:00",
         "comment": "Котельная, ул. Больничная, 6: 1 — АПС, 2 — охранная сигнализация периметра"},
        {"number": "117480", "positions": ["1"], "registered_at": "2026-11-16T08:45:00+03:00",
         "comment": "Серверная филиала, пр. Фрунзе, 90: проверка АУГПТ (газовое пожаротушение)"},
        {"number": "117702", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T10:10:00+03:00",
         "comment": "Ресторан, ул. Карла Маркса, 23: 1 — АПС зал, 2 — АПС кухня, 3 — видеонаблюдение"},
        {"number": "117955", "positions": ["1", "2"], "registered_at": "2026-11-20T09:30:00+03:00",
         "comment": "Гараж, ул. Пушкина, 63: 1 — шлагбаум/СКУД въезда, 2 — камера въезда"},
        {"number": "118230", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T08:00:00+03:00",
         "comment": "Учебный корпус, ул. Белинского, 53: АПС, позиции = этажи 1–4"},
        {"number": "118411", "positions": ["1"], "registered_at": "2026-11-24T13:00:00+03:00",
         "comment": "Магазин, ул. Учебная, 42: тревожная кнопка (КТС)"},
    ],
}

n_counter = [0]


def emit(raw, label):
    n_counter[0] += 1
    fname = "%03d.eml" % n_counter[0]
    LETTERS.append((fname, raw))
    LABELS[fname] = label
    return fname


def D(status_req, positions, status, note):
    return {"expect": "decided", "request": status_req, "positions": positions,
            "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


def cust_mid(seed):
    return mid("cust" + seed, "zakazchik-omis.ru", "hex")


# ------------------------------------------------------------ persona voices
IGOR_SIG = """-- 
Игорь Рябов
ночной диспетчер, ООО "Сигнал-Безопасность"
+7 (3822) 90-41-17 доб. 2, Томск"""


def igor(date, subject, body, label, charset="koi8-r", cte="8bit", irt=None,
         to=DISPATCH, sig=True):
    d = dt(date)
    text = wrap72(body.strip("\n")) + "\n"
    if sig:
        text += "\n" + IGOR_SIG + "\n"
    for l in text.split("\n"):
        assert len(l) <= 72 or l.startswith("----- "), (date, l)
    h = [("Date", format_datetime(d)),
         ("From", addr(IGOR[0], IGOR[1], charset)),
         ("To", addr(to[0], to[1], charset)),
         ("Subject", hdr(subject, charset)),
         ("Message-ID", mid("igor" + date, "nb-ryabov.signal-bez.ru"))]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    part = Leaf("text/plain", text, charset, cte,
                extra_headers=[("Content-Disposition", "inline")])
    raw = message(h, part)
    raw = raw.replace(b"\nContent-Disposition: inline\n",
                      b"\nContent-Disposition: inline\nUser-Agent: NeoMutt/20240425\n", 1)
    return emit(raw, label)


def kuz(date, subject, body, label, irt=None, quoted=None):
    """iPhone Mail: text/plain utf-8 quoted-printable"""
    d = dt(date)
    text = body.strip("\n") + "\n\nОтправлено с iPhone\n"
    if quoted:
        text += "\n" + quoted + "\n"
    top = [("From", addr(KUZ[0], KUZ[1])),
           ("Date", format_datetime(d)),
           ("Subject", hdr(subject, "utf-8")),
           ("Message-Id", mid("kuz" + date, DOMAIN, "iphone")),
           ("To", addr(*DISPATCH)),
           ("X-Mailer", "iPhone Mail (22B83)")]
    if irt:
        top += [("In-Reply-To", irt), ("References", irt)]
    part = Leaf("text/plain", text, "utf-8", "quoted-printable")
    raw = message(top, part).replace(b"MIME-Version: 1.0\n", b"Mime-Version: 1.0 (1.0)\n")
    return emit(raw, label)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shar(date, subject, body, label, irt=None, quoted=None):
    """Mail.ru mobile for Android: multipart/alternative, base64 utf-8"""
    d = dt(date)
    sig = "--\nОтправлено из мобильной Почты Mail.ru"
    text = body.strip("\n") + "\n\n" + sig + "\n"
    hbody = "<div>" + "<br>".join(html_escape(x) for x in body.strip("\n").split("\n")) + "</div>"
    hbody += "<div>&nbsp;</div><div data-signature-widget=\"container\"><div data-signature-widget=\"content\"><div>--<br>Отправлено из мобильной Почты Mail.ru</div></div></div>"
    if quoted:
        qhead, qtext = quoted
        text += "\n" + qhead + "\n" + "\n".join("> " + x if x else ">" for x in qtext.split("\n")) + "\n"
        hbody += "<div>&nbsp;</div><div>" + html_escape(qhead) + "<blockquote style=\"border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;\">" + "<br>".join(html_escape(x) for x in qtext.split("\n")) + "</blockquote></div>"
    html = "<HTML><BODY>" + hbody + "</BODY></HTML>\n"
    top = [("From", addr(SHAR[0], SHAR[1])),
           ("To", addr(*DISPATCH)),
           ("Subject", hdr(subject, "utf-8")),
           ("Date", format_datetime(d)),
           ("Message-ID", "<%s@f%s.mail.ru>" % (mid("shar" + date, "x", "hex")[1:17], date[8:10])),
           ("X-Mailer", "Mail.Ru Mailer 1.0"),
           ("X-Originating-IP", "[85.26.233.14]")]
    if irt:
        top += [("In-Reply-To", irt), ("References", irt)]
    b = "--ALT--" + mid("b" + date, "x", "hex")[1:21]
    part = Multi("alternative", [Leaf("text/plain", text, "utf-8", "base64"),
                                 Leaf("text/html", html, "utf-8", "base64")], b)
    return emit(message(top, part), label)


def nik(date, subject, body, label, irt=None, quoted=None):
    """Yandex Mail mobile: text/html only, base64"""
    d = dt(date)
    paras = body.strip("\n").split("\n")
    html = "<div>" + "</div><div>".join(html_escape(p) if p else "&nbsp;" for p in paras) + "</div>"
    html += "<div>&nbsp;</div><div>-- <br />Отправлено из мобильного приложения Яндекс Почты</div>"
    if quoted:
        qhead, qtext = quoted
        html += "<div>&nbsp;</div><div>" + html_escape(qhead) + "</div><blockquote>" + "".join("<div>%s</div>" % (html_escape(x) or "&nbsp;") for x in qtext.split("\n")) + "</blockquote>"
    html = "<div>" + html + "</div>\n"
    top = [("From", addr(NIK[0], NIK[1])),
           ("To", addr(*DISPATCH)),
           ("Subject", hdr(subject, "utf-8")),
           ("Date", format_datetime(d)),
           ("Message-Id", mid("nik" + date, "x", "yandex"))]
    if irt:
        top += [("In-Reply-To", irt), ("References", irt)]
    part = Leaf("text/html", html, "utf-8", "base64")
    return emit(message(top, part), label)


VOLK_SIG = """-- 
Марина Волкова
дневной диспетчер ООО «Сигнал-Безопасность»
+7 (3822) 90-41-17, доб. 1"""


def volk(date, subject, body, label, irt=None, quoted=None, sig=True):
    """Thunderbird: text/plain utf-8 format=flowed 8bit"""
    d = dt(date)
    text = body.strip("\n") + "\n"
    if sig:
        text += "\n" + VOLK_SIG + "\n"
    if quoted:
        qhead, qtext = quoted
        text += "\n" + qhead + "\n" + "\n".join("> " + x if x else ">" for x in qtext.split("\n")) + "\n"
    top = [("Message-ID", mid("volk" + date, DOMAIN, "tb")),
           ("Date", format_datetime(d)),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ru"),
           ("To", addr(*DISPATCH)),
           ("From", addr(VOLK[0], VOLK[1])),
           ("Subject", hdr(subject, "utf-8"))]
    if irt:
        top += [("In-Reply-To", irt), ("References", irt)]
    part = Leaf("text/plain", text, "UTF-8", "8bit", params="format=flowed")
    return emit(message(top, part), label)


LEB_SIG = """С уважением,
Лебедев Виктор Андреевич
Технический директор
ООО «Сигнал-Безопасность»
634050, г. Томск, ул. Советская, 84, оф. 3
ИНН 7017412853 / КПП 701701001
тел. +7 (3822) 90-41-17, моб. +7 913 820-55-31"""


def leb_html(text, extra_html=None, at=1):
    out = []
    for para in text.split("\n\n"):
        lines = [html_escape(l) for l in para.split("\n")]
        out.append("<p class=MsoNormal>" + "<o:p></o:p><br>".join(lines) + "<o:p></o:p></p>")
    if extra_html:
        out.insert(at, extra_html)
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>"
            "</head><body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n"
            + "\n".join(out) + "\n</div></body></html>\n")


def leb(date, subject, body, label, irt=None, outlook_quote=None, html_only=False,
        extra_html=None, to=DISPATCH, extra_top=None, html_body=None):
    """Outlook 2016: multipart/alternative, windows-1251 QP"""
    d = dt(date)
    text = body.strip("\n") + "\n\n" + LEB_SIG + "\n"
    if outlook_quote:
        text += "\n" + outlook_quote.strip("\n") + "\n"
    top = [("From", addr(LEB[0], LEB[1], "windows-1251")),
           ("To", addr(to[0], to[1], "windows-1251")),
           ("Subject", hdr(subject, "windows-1251")),
           ("Date", format_datetime(d)),
           ("Message-ID", mid("leb" + date, DOMAIN, "outlook")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdtKq" + mid("ti" + date, "x", "hex")[1:17] + "=="),
           ("Content-Language", "ru")]
    if irt:
        top += [("In-Reply-To", irt), ("References", irt)]
    if extra_top:
        top += extra_top
    if html_body is not None:
        htext = html_body.strip("\n") + "\n\n" + LEB_SIG + "\n"
        if outlook_quote:
            htext += "\n" + outlook_quote.strip("\n") + "\n"
        html = leb_html(htext, extra_html, at=2)
    else:
        html = leb_html(text, extra_html)
    if html_only:
        part = Leaf("text/html", html, "windows-1251", "quoted-printable")
    else:
        b = "----=_NextPart_000_00%s" % mid("lb" + date, "x", "hex")[1:25]
        part = Multi("alternative", [Leaf("text/plain", text, "windows-1251", "quoted-printable"),
                                     Leaf("text/html", html, "windows-1251", "quoted-printable")], b)
    return emit(message(top, part), label)


def outlook_q(frm, sent, to, subj, text):
    return ("От: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s" % (frm, sent, to, subj, text.strip("\n")))


def attrib_mutt(wd, date_s, who="Диспетчерская ОМИС"):
    return "~В %s, %s, %s написал(а):" % (wd, date_s, who)


# ===================================================================== LETTERS
# ---- 116042 ТЦ Лагуна
leb("2026-11-02 13:48:21", "RE: Заявка 116042 ТЦ Лагуна, АПС", """
Добрый день.

Настоящим ООО «Сигнал-Безопасность» подтверждает принятие заявки № 116042 (ТЦ «Лагуна», пр. Ленина, 217) в работу.
Выезд бригады на объект запланирован на 03.11.2026 с 09:00 (время местное). Ответственный — ведущий инженер Кузнецов А. С., тел. +7 913 824-16-53.
Работы выполняются в рамках договора на техническое обслуживание № 47-ТО/2026 от 12.01.2026.
""", D("116042", [], "заявка принята", "formal acceptance by the technical director; crew departure is only planned for 03.11; Outlook quote holds the customer's original with positions 1-3"),
    irt=cust_mid("116042"),
    outlook_quote=outlook_q("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", "2 ноября 2026 г. 13:16",
                            "Сигнал-Безопасность <office@signal-bez.ru>; Лебедев Виктор Андреевич <v.lebedev@signal-bez.ru>",
                            "Заявка 116042 ТЦ Лагуна, АПС", """
Добрый день!
Направляем заявку № 116042. Объект: ТЦ «Лагуна», пр. Ленина, 217.
Позиции:
1 — ППКП С2000-М, 1 этаж, неисправность линии ДПЛС
2 — извещатели 2 этаж (зона фудкорта), ложные срабатывания
3 — СОУЭ, нет оповещения в восточном крыле
Просим подтвердить принятие.

Диспетчерская служба ОМИС
"""))

kuz_116042_1 = "2026-11-03 09:05:40"
kuz(kuz_116042_1, "116042", "Выехали на Лагуну, минут через 20 будем",
    D("116042", [], "подрядчик в пути", "«выехали … через 20 будем» — crew travelling now; number only in subject"))

kuz("2026-11-03 09:31:02", "Re: 116042",
    "Мы на объекте, охрана пустила через служебный вход",
    D("116042", [], "подрядчик на месте", "«мы на объекте»; the quoted own letter «выехали» is history; number only in Re: subject"),
    irt=mid("kuz" + kuz_116042_1, DOMAIN, "iphone"),
    quoted="> 3 нояб. 2026 г., в 09:05, Алексей Кузнецов <a.kuznetsov@signal-bez.ru> написал(а):\n>\n"
           "> Выехали на Лагуну, минут через 20 будем\n>\n> Отправлено с iPhone")

volk("2026-11-03 16:05:33", "Re: Заявка 116187 — СКУД, склад ТомскАгро", """
Добрый день!

Заявку приняли, инженер Шарипов Денис подъедет завтра к 9 утра.
Просьба предупредить охрану склада, машина Лада Ларгус К 417 ОР 70.
""", D("116187", [], "заявка принята", "«заявку приняли»; number only in subject/quote; car plate and times are not request data"),
    irt=cust_mid("116187"),
    quoted=("03.11.2026 15:44, Диспетчерская ОМИС пишет:", """Добрый день.
Заявка № 116187, склад ООО «ТомскАгро», ул. Мичурина, 47, стр. 3.
1 — турникет на КПП не открывается по картам
2 — контроллер СКУД, потеря связи с сервером
Просим принять в работу."""))

igor("2026-11-03 23:52:10", "Сводка ночной смены 03.11 - 116042", """
Добрый вечер.

Сводка по ТЦ "Лагуна" (заявка 116042) за вечер. Бригада Кузнецова задержалась на объекте до закрытия ТЦ, фудкорт без людей проще тестировать.

""" + table([
    ("19:40", "116042", "1", "заменён модуль С2000-КДЛ, ДПЛС в норме"),
    ("22:30", "116042", "1", "убыли, ППКП в дежурном режиме"),
    ("21:15", "116042", "2", "почищены 6 дымовых ИП 212-141, тест ок"),
    ("22:45", "116042", "2", "убыли"),
    ("--:--", "116042", "3", "СОУЭ не успели, перенос на 04.11 утро"),
]) + """

По поз. 3 днём поедет Шарипов, он отпишется сам. Если в ТЦ к утру будут сработки на 2 этаже -- звоните на пульт +7 (3822) 90-41-17, доб. 2.
""", D("116042", ["1", "2"], "подрядчик убыл", "ASCII table, one request: pos 1 and 2 left (22:30/22:45); pos 3 only postponed (plan) -> done positions only"))

shar("2026-11-04 08:32:15", "Склад ТомскАгро", "Доброе утро, выехал на Мичурина 47 стр 3, турникет. Буду к 9.",
     R("no request number at all (only address and object name); a dispatcher would have to guess 116187"))

shar_116187_q = ("Вторник, 3 ноября 2026, 15:44 +07:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:",
                 "Добрый день.\nЗаявка № 116187, склад ООО «ТомскАгро», ул. Мичурина, 47, стр. 3.\n"
                 "1 — турникет на КПП не открывается по картам\n2 — контроллер СКУД, потеря связи с сервером\n"
                 "Просим принять в работу.")
shar("2026-11-04 09:10:48", "Re: Заявка 116187 — СКУД, склад ТомскАгро", "На месте по п.1, турникет на КПП. Смотрю считыватель",
     D("116187", ["1"], "подрядчик на месте", "«на месте по п.1»; number in Re: subject; quoted customer text lists both positions"),
     irt=cust_mid("116187"), quoted=shar_116187_q)

shar("2026-11-04 13:05:02", "116187-1, 116187-2",
     "116187-1 турникет: заменил плату считывателя, по картам проходит.\n"
     "116187-2 контроллер С2000-2 перепрошил, связь с сервером есть.\nЗакончил, уезжаю.",
     D("116187", ["1", "2"], "подрядчик убыл", "both positions finished, «закончил, уезжаю»; positions as dash suffixes"))

shar("2026-11-04 18:20:30", "Лагуна 116042 поз.3",
     "СОУЭ восточное крыло - оборвана линия за подвесным потолком, восстановил, оповещение проверили вместе с администрацией ТЦ. Выехали с объекта в 18:05.",
     D("116042", ["3"], "подрядчик убыл", "«выехали с объекта» = left FROM the site"))

# ---- 116350 БЦ Кедр
emit(message([
    ("From", addr(KUZ[0], KUZ[1])),
    ("To", addr(*DISPATCH)),
    ("Subject", hdr("Автоответ: Заявка 116350 — видеонаблюдение БЦ Кедр", "utf-8")),
    ("Date", format_datetime(dt("2026-11-05 12:50:03"))),
    ("Message-ID", mid("kuzauto1", DOMAIN, "hex")),
    ("In-Reply-To", cust_mid("116350")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"),
    ("Precedence", "auto_reply"),
], Leaf("text/plain", "Здравствуйте!\n\nЯ в отпуске с 05.11 по 09.11 включительно, почту не читаю.\n"
        "По срочным вопросам: диспетчер +7 (3822) 90-41-17, dispetcher@signal-bez.ru.\n\n"
        "Алексей Кузнецов\n", "utf-8", "quoted-printable")),
    I("vacation auto-reply (Auto-Submitted: auto-replied), subject carries 116350"))

volk("2026-11-05 13:30:12", "Re: Заявка 116350 — видеонаблюдение БЦ Кедр", """
Добрый день, заявка №116350 принята в работу.
Камеры посмотрим завтра с утра, нужен будет доступ в серверную 3 этажа и на парковку.
""", D("116350", [], "заявка принята", "acceptance; next-day visit is only a plan"),
    irt=cust_mid("116350"),
    quoted=("05.11.2026 12:20, Диспетчерская ОМИС пишет:", """Добрый день.
Заявка 116350, БЦ «Кедр», ул. Нахимова, 8. Не пишут камеры:
1 — парковка, въезд
2, 3 — 3 этаж, коридор и ресепшен
4 — парковка, выезд
С уважением, диспетчерская ОМИС"""))

igor("2026-11-06 02:10:44", "Re: Выезд по 116350?", "\n".join([
    attrib_mutt("чт", "05 ноя 2026 в 18:37"),
    quote("Добрый вечер. Подскажите, когда будет выезд по заявке 116350? Арендатор 3 этажа жалуется, что камеры 2 и 3 не пишут с обеда."),
    "",
    "Доброй ночи.",
    "",
    "Выезд по 116350 утром: Шарипов будет на Нахимова, 8 к 10:00 по Томску (06:00 МСК). Ночью не поедем -- серверная БЦ закрыта, ключи только у управляющей, до неё не дозвониться.",
]), R("only a plan («будет к 10:00», «ночью не поедем»); no status happened; number only in quote/subject"),
    charset="utf-8", cte="quoted-printable", irt=cust_mid("116350q"))

shar("2026-11-06 10:15:26", "116350 (2,3)", "На месте. Камеры DS-2CD2143G2-I на 3 эт. без питания, смотрю коммутатор",
     D("116350", ["2", "3"], "подрядчик на месте", "positions in brackets in subject; camera model is not a number to use"))

shar("2026-11-06 15:40:09", "Re: 116350 (2,3)",
     "Поз 2 и 3 сделали — сгорел PoE-коммутатор, поставили новый TP-Link TL-SG1008P, обе камеры пишут.\n"
     "Поз 1 и 4 завтра, нужен доступ на парковку",
     D("116350", ["2", "3"], "подрядчик убыл", "pos 2,3 done («сделали»), pos 1,4 only planned -> done positions"))

igor("2026-11-06 22:40:05", "Re: Заявка 116509 - ложные срабатывания АПС, школа-интернат", "\n".join([
    attrib_mutt("пт", "06 ноя 2026 в 14:02"),
    quote("Добрый день. Направляем заявку 116509: школа-интернат, Иркутский тракт, 86. Ложные срабатывания АПС в спортзале (3 раза за неделю). Просим принять."),
    "",
    "Добрый вечер.",
    "",
    "Заявку 116509 принял в работу, передал дежурному инженеру Шарипову. Ночью выезжать смысла нет -- в интернате дети спят, сирену гонять не будем. Утром он поедет первым делом.",
]), D("116509", [], "заявка принята", "night dispatcher accepts; departure only planned for the morning"),
    irt=cust_mid("116509"))

shar("2026-11-07 08:50:37", "116509", "Еду в интернат на Иркутский тракт, буду минут через 40",
     D("116509", [], "подрядчик в пути", "«еду … буду через 40 минут» = travelling now"))

shar("2026-11-07 11:30:51", "Re: 116509",
     "Сработки были от двух ИП 212-141 в спортзале над баскетбольным щитом — запылены, у одного битый светодиод. Заменил оба, шлейф КДЛ проверил, на пульте норма. Уехал.",
     D("116509", [], "подрядчик убыл", "work done, «уехал»; IP 212-141 is a detector model"))

leb("2026-11-07 17:30:14", "Заявка № 116350 — завершение работ", """
Уважаемые коллеги!

Сообщаем, что по заявке № 116350 (БЦ «Кедр», ул. Нахимова, 8) работы по позициям 1 и 4 выполнены 07.11.2026: камеры Hikvision DS-2CD2143G2-IS на парковке перенастроены, на камере поз. 4 заменён блок питания 12 В 2 А. Бригада убыла с объекта в 16:50.

Таким образом, работы по заявке выполнены в полном объёме. Акт выполненных работ № 2611-07 от 07.11.2026 и счёт № 4812 будут направлены с оригиналами документов.
""", D("116350", ["1", "4"], "подрядчик убыл", "formal letter: positions 1 and 4 done, crew left 16:50; act/invoice numbers are noise"))

igor("2026-11-08 03:05:19", "Сводка ночной смены 07-08.11", """
Доброй ночи.

За смену по вашим объектам:

""" + table([
    ("23:40", "116509", "1", "пульт: ПОЖАР, спортзал, звонок дежурному"),
    ("23:55", "116509", "1", "дежурный интерната: ложная, сброшено"),
    ("01:20", "116350", "4", "арендатор: камера парковки мигает"),
    ("02:10", "116350", "4", "перезагружена удалённо, картинка есть"),
]) + """

По 116509 похоже не все извещатели в спортзале поменяли, днём надо ехать ещё раз -- решайте с Лебедевым, это уже будет повторный выезд.
""", R("shift table covering two requests (116509 and 116350); no crew movement anyway"))

leb("2026-11-09 10:00:42", "RE: Заявка 116509 — повторные сработки", """
Добрый день.

Повторное срабатывание 07.11.2026 в 23:40 зафиксировано нашим пультом. Выезд по заявке № 116509 был выполнен 07.11.2026, заменены два извещателя ИП 212-141.
Согласно п. 4.3 договора № 47-ТО/2026 повторный выезд в течение 14 дней после выполнения работ выполняется без оплаты только в случае гарантийного дефекта; при иной причине (запыление, ремонт в помещении) стоимость выезда составляет 2 400 руб. без НДС.
Просим согласовать повторный выезд, после согласования направим инженера.
""", R("price/contract talk and a plan awaiting approval; the earlier visit mentioned is old news already reported"),
    irt=cust_mid("116509c"),
    outlook_quote=outlook_q("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", "9 ноября 2026 г. 9:21",
                            "Лебедев Виктор Андреевич <v.lebedev@signal-bez.ru>", "Заявка 116509 — повторные сработки", """
Виктор Андреевич, добрый день.
По 116509 в ночь на воскресенье снова сработка в спортзале. Работы не выполнены? Просим разобраться."""))

# ---- 116733 поликлиника
volk("2026-11-09 11:55:03", "Re: Заявка 116733 — поликлиника Красноармейская", "Принято в работу.\nМарина",
     D("116733", [], "заявка принята", "short «принято в работу»; number only in subject"),
     irt=cust_mid("116733"), sig=False,
     quoted=("09.11.2026 11:31, Диспетчерская ОМИС пишет:", """Заявка 116733, поликлиника, ул. Красноармейская, 114.
1 — домофон на входе, замок не отпускает
2 — извещатель в регистратуре, периодические сработки"""))

nik_116733 = "2026-11-09 13:20:11"
nik(nik_116733, "116733 п1", "Выехал на Красноармейскую 114 (116733), п1 — домофон на входе.",
    D("116733", ["1"], "подрядчик в пути", "«выехал на …» = leaving for the site; number in brackets after address"))

nik("2026-11-09 14:05:57", "Re: 116733 п1", "Прибыл в 14:00, работаю.",
    D("116733", ["1"], "подрядчик на месте", "«прибыл»; request/position only in Re: subject; quote is own earlier «выехал»"),
    irt=mid("nik" + nik_116733, "x", "yandex"),
    quoted=("09.11.2026, 13:20, \"Евгений Никитин\" <e.nikitin@signal-bez.ru>:", "Выехал на Красноармейскую 114 (116733), п1 — домофон на входе."))

igor_116733 = "2026-11-09 23:15:31"
igor(igor_116733, "Сводка ночной смены 09.11 - 116733", """
Добрый вечер.

По поликлинике на Красноармейской (116733):

""" + table([
    ("16:30", "116733", "1", "замок и блок вызова заменены, убыли"),
    ("22:20", "116733", "2", "пульт: сработка ИП в регистратуре"),
    ("22:50", "116733", "2", "Никитин прибыл на объект"),
]) + """

По поз. 2 Никитин на месте, отпишусь когда уедет.
""", R("different statuses for different positions: pos 1 left, pos 2 on site"))

igor("2026-11-10 01:40:08", "Re: Сводка ночной смены 09.11 - 116733", "\n".join([
    attrib_mutt("пн", "09 ноя 2026 в 23:15", "Игорь Рябов"),
    quote("По поликлинике на Красноармейской (116733):"),
    ">",
    "\n".join("> " + l for l in table([
        ("16:30", "116733", "1", "замок и блок вызова заменены, убыли"),
        ("22:20", "116733", "2", "пульт: сработка ИП в регистратуре"),
        ("22:50", "116733", "2", "Никитин прибыл на объект"),
    ]).split("\n")),
    ">",
    "> По поз. 2 Никитин на месте, отпишусь когда уедет.",
    "",
    "Дополнение по второй позиции: ИП 212-141 в регистратуре заменён, за час сработок больше не было. Никитин уехал с объекта в 01:25.",
]), D("116733", ["2"], "подрядчик убыл", "new text under own quoted table: «по второй позиции … уехал с объекта»; quoted table is history"),
    charset="utf-8", irt=mid("igor" + igor_116733, "nb-ryabov.signal-bez.ru"))

# ---- 116918 аптечный склад
leb("2026-11-10 14:30:26", "Заявка 116918 — принята", """
Добрый день!

Заявка №116918 (аптечный склад, Кольцевой проезд, 25) принята в работу.
Для замены АКБ в ИБП Eaton 9SX 3000i требуются 6 шт. АКБ 12 В 9 Ач (CSB HR1234W), наличие на складе подтверждено. Выезд — 11.11.2026 в первой половине дня.
""", D("116918", [], "заявка принята", "HTML-only Outlook letter in windows-1251; acceptance, visit planned"), html_only=True)

leb_read_mid = cust_mid("116918t")
emit(message([
    ("From", addr(LEB[0], LEB[1], "windows-1251")),
    ("To", addr(*DISPATCH)),
    ("Subject", hdr("Прочитано: Заявка 116918 — уточнение времени выезда", "windows-1251")),
    ("Date", format_datetime(dt("2026-11-11 09:00:51"))),
    ("Message-ID", mid("lebmdn", DOMAIN, "outlook")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], Multi("report", [
    Leaf("text/plain", "Ваше сообщение\n\n  Кому: Лебедев Виктор Андреевич\n  Тема: Заявка 116918 — уточнение времени выезда\n"
         "  Отправлено: 10.11.2026 18:12\n\nбыло прочитано 11.11.2026 9:00.\n", "windows-1251", "quoted-printable"),
    Leaf("message/disposition-notification", None, None, "7bit", raw=(
        "Reporting-UA: mail.signal-bez.ru; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;v.lebedev@signal-bez.ru\n"
        "Original-Message-ID: %s\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n" % leb_read_mid).encode()),
], "----=_NextPart_MDN_0001", params="report-type=disposition-notification")),
    I("read receipt (MDN), generated by the mail client"))

kuz_116918 = "2026-11-11 10:20:14"
kuz(kuz_116918, "116918", "Ребята выехали на Кольцевой 25 с аккумуляторами, я с ними",
    D("116918", [], "подрядчик в пути", "«выехали на …» = on the way"))

kuz("2026-11-11 13:10:33", "Re: 116918", "АКБ поменяли, ИБП под нагрузкой, тест батарей прошёл. Освободились",
    D("116918", [], "подрядчик убыл", "result + «освободились» = work finished, crew free"),
    irt=mid("kuz" + kuz_116918, DOMAIN, "iphone"))

shar("2026-11-11 15:00:02", "116905", "116905 — на месте, опять спортзал",
     R("116905 is not in the registry (probably a typo for 116509, but a dispatcher cannot record it with confidence)"))

# ---- 117105 ЖК Северный парк
volk("2026-11-12 13:40:45", "Re: Заявка 117105 — видеодомофоны ЖК «Северный парк»", """
Добрый день!
Заявка 117105 принята. Выезд сегодня вечером — жильцы днём на работе, в квартиры не попасть.
""", D("117105", [], "заявка принята", "acceptance; evening departure is a plan"), irt=cust_mid("117105"))

igor_117105 = "2026-11-12 22:05:17"
igor(igor_117105, "117105 - Северный парк, подъезд 1", """
Добрый вечер.

По заявке N 117105 (ЖК "Северный парк", Ивановского, 20):

""" + table([
    ("21:10", "117105", "1", "бригада Никитина выехала с базы"),
    ("21:45", "117105", "1", "прибытие, подъезд 1, вызывная панель"),
]) + """

Работают, по окончании отпишусь.
""", D("117105", ["1"], "подрядчик на месте", "one-position table: left the base 21:10, arrived 21:45 -> latest is on site"))

igor("2026-11-13 00:30:52", "Re: 117105 - Северный парк, подъезд 1", "\n".join([
    attrib_mutt("чт", "12 ноя 2026 в 18:31"),
    quote("Игорь, добрый вечер. По 117105 жильцы подъездов 2 и 3 тоже звонят, панели не отвечают. Когда сможете?"),
    "",
    "По поз. 1: вызывная панель Hikvision DS-KV6113 зависала, перезапустили по питанию и обновили прошивку, абонентские DS-KH6320 отвечают. Бригада убыла в 00:10.",
    "",
    "По поз. 2 и 3 выезд днём, ночью людей будить не будем.",
]), D("117105", ["1"], "подрядчик убыл", "pos 1 done and crew left 00:10; pos 2 and 3 only planned"),
    irt=cust_mid("117105q"))

nik("2026-11-13 11:00:29", "117105 поз 2,3", "на месте, подъезды 2 и 3",
    D("117105", ["2", "3"], "подрядчик на месте", "short phone letter, positions in subject"))

volk("2026-11-13 15:20:40", "Fwd: 117105 поз 2,3 готово", """
Пересылаю отчёт Евгения, он отправил только мне.

-------- Пересланное сообщение --------
Тема: 	117105 поз 2,3 готово
Дата: 	Fri, 13 Nov 2026 15:02:41 +0700
От: 	Евгений Никитин <e.nikitin@signal-bez.ru>
Кому: 	Марина Волкова <m.volkova@signal-bez.ru>

Марин, по 117105 подъезды 2 и 3 всё, панели работают, на 3-м поменял блок питания. Уехал.
""", D("117105", ["2", "3"], "подрядчик убыл", "Thunderbird inline forward of the engineer's report: positions 2,3 done, «уехал»"))

# ---- 117264 котельная
ical = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Лебедев Виктор Андреевич:mailto:v.lebedev@signal-bez.ru
COMMENT;LANGUAGE=ru-RU:\\n
SUMMARY;LANGUAGE=ru-RU:Принято: Обследование котельной (заявка 117264)
DTSTART;TZID=Russian Standard Time:20261116T100000
DTEND;TZID=Russian Standard Time:20261116T110000
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5D901000000000000000010000000117264
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:Томск, ул. Больничная, 6
SEQUENCE:0
DTSTAMP:20261113T100012Z
END:VEVENT
END:VCALENDAR
"""
emit(message([
    ("From", addr(LEB[0], LEB[1], "windows-1251")),
    ("To", addr(*DISPATCH)),
    ("Subject", hdr("Принято: Обследование котельной (заявка 117264)", "windows-1251")),
    ("Date", format_datetime(dt("2026-11-13 17:00:12"))),
    ("Message-ID", mid("lebcal", DOMAIN, "outlook")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Topic", hdr("Обследование котельной (заявка 117264)", "windows-1251")),
], Multi("alternative", [
    Leaf("text/plain", "\n", "utf-8", "base64"),
    Leaf("text/calendar", ical, "utf-8", "base64", params="method=REPLY"),
], "_000_calreply117264_")),
    I("calendar meeting response generated by Outlook (METHOD:REPLY)"))

igor("2026-11-14 03:20:46", "Re: Заявка 117264 - котельная, Больничная 6", "\n".join([
    attrib_mutt("пт", "13 ноя 2026 в 12:33"),
    quote("Добрый день. Заявка 117264, котельная, ул. Больничная, 6. 1 - АПС (неисправность прибора), 2 - охранная сигнализация периметра. Территория режимная, пропуск заказываем заранее."),
    "",
    "Доброй ночи. Заявку 117264 приняли в работу. В понедельник с утра туда поедет Шарипов, пропуск на территорию нужен на машину Лада Ларгус К 417 ОР 70 и на двоих: Шарипов Д. Р., Кузнецов А. С.",
]), D("117264", [], "заявка принята", "acceptance at night; Monday trip is a plan; car plate is noise"),
    irt=cust_mid("117264"))

bounce_orig = ("From: %s\nTo: d.sarypov@signal-bez.ru\nSubject: %s\n"
               "Date: Sat, 14 Nov 2026 05:00:03 +0300\nMessage-ID: %s\nMIME-Version: 1.0\n"
               "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n") % (
    addr(*DISPATCH), hdr("Заявка 117264 — пропуск оформлен", "utf-8"), cust_mid("117264p"))
import base64 as _b64
bounce_orig += _b64.encodebytes("Денис, пропуск на котельную по заявке 117264 оформлен на понедельник с 08:00.\n".encode()).decode()
emit(message([
    ("Date", format_datetime(dt("2026-11-14 09:00:05"))),
    ("From", "MAILER-DAEMON@signal-bez.ru (Mail Delivery System)"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("To", "dispatch@zakazchik-omis.ru"),
    ("Auto-Submitted", "auto-replied"),
    ("Message-Id", "<20261114020005.3F1A2C0D41@mx.signal-bez.ru>"),
], Multi("report", [
    Leaf("text/plain", None, None, None, raw=(
        "This is the mail system at host mx.signal-bez.ru.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        "<d.sarypov@signal-bez.ru>: unknown user: \"d.sarypov\"\n").encode(),
         extra_headers=[("Content-Description", "Notification")]),
    Leaf("message/delivery-status", None, None, None, raw=(
        "Reporting-MTA: dns; mx.signal-bez.ru\n"
        "X-Postfix-Queue-ID: 3F1A2C0D41\n"
        "Arrival-Date: Sat, 14 Nov 2026 09:00:04 +0700 (+07)\n\n"
        "Final-Recipient: rfc822; d.sarypov@signal-bez.ru\n"
        "Original-Recipient: rfc822;d.sarypov@signal-bez.ru\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: X-Postfix; unknown user: \"d.sarypov\"\n").encode(),
         extra_headers=[("Content-Description", "Delivery report")]),
    Leaf("message/rfc822", None, None, None, raw=bounce_orig.encode(),
         extra_headers=[("Content-Description", "Undelivered Message")]),
], "3F1A2C0D41.1763085605/mx.signal-bez.ru", params="report-type=delivery-status")),
    I("Postfix bounce (unknown user) of the customer's own message about 117264"))

shar("2026-11-16 08:40:13", "117264 п.1, п.2", "Выдвигаемся на котельную, Больничная 6. Минут 25",
     D("117264", ["1", "2"], "подрядчик в пути", "«выдвигаемся … минут 25» = on the way, both positions in subject"))

shar("2026-11-16 09:30:58", "117264 нa мeсте", "НА МЕСТЕ, пропуск забрали на проходной",
     D("117264", [], "подрядчик на месте", "caps body; subject has Latin a/e inside «на месте»; no position named"))

volk("2026-11-16 13:00:21", "Re: Заявка 117480 — АУГПТ серверная", """
Добрый день.

117480 взяли в работу.
Подскажите, кто на объекте отвечает за допуск в серверную? Нужны ФИО и телефон, без этого охрана филиала инженера не пустит.
""", D("117480", [], "заявка принята", "acceptance reported («взяли в работу») plus a question about access"),
    irt=cust_mid("117480"),
    quoted=("16.11.2026 12:47, Диспетчерская ОМИС пишет:", """Заявка 117480. Серверная филиала, пр. Фрунзе, 90.
Плановая проверка установки газового пожаротушения."""))

leb("2026-11-16 16:45:37", "Заявка № 117264 — информация о выполнении", """
Уважаемые коллеги!

По заявке № 117264 (котельная, ул. Больничная, 6) сообщаем следующее.

По позиции 1 (АПС котельной) выполнена замена прибора Сигнал-20П SMD на ППКУП Болид С2000-М исп.02 с блоком С2000-КДЛ; подключены 12 адресных извещателей ДИП-34А-03. Работы по позиции 1 завершены в 15:30, система сдана дежурному персоналу котельной.

По позиции 2 (охранная сигнализация периметра) требуется замена 4 извещателей С2000-ИК исп.03. Поставка ожидается 19.11.2026, выполнение работ — ориентировочно 20.11.2026.
""", D("117264", ["1"], "подрядчик убыл", "pos 1 finished; pos 2 only planned after delivery -> done positions only"))

igor("2026-11-17 02:00:33", "Re: 117480 - выехали?", "\n".join([
    attrib_mutt("пн", "16 ноя 2026 в 21:48"),
    quote("Добрый вечер. По 117480 бригада выехала? Филиал спрашивает, ждать ли сегодня."),
    "",
    "Нет, по 117480 ещё никто не выезжал -- ждём допуск от службы безопасности филиала. Марина днём запрашивала, ответа пока нет. Как только будет допуск -- поедем, скорее всего завтра с утра.",
]), R("negation («ещё никто не выезжал») and a plan; nothing happened"),
    irt=cust_mid("117480q"))

nik_117480 = "2026-11-17 10:30:40"
nik(nik_117480, "117480", "Наряд 117480 — в дороге, на Фрунзе пробка, будем к 11",
    D("117480", [], "подрядчик в пути", "«в дороге, будем к 11» = on the way; «наряд» used for the request"))

nik("2026-11-17 11:10:07", "Re: 117480", "Прибыли, пр. Фрунзе 90. Ждём сопровождающего в серверную.",
    D("117480", [], "подрядчик на месте", "«прибыли»; house number 90 is address"),
    irt=mid("nik" + nik_117480, "x", "yandex"))

leb("2026-11-17 15:00:50", "FW: 117480 проверка АУГПТ", """
Коллеги, добрый день.

Пересылаю отчёт инженера по заявке 117480. Акт № 1711-03 направим почтой вместе с протоколом проверки.
""", D("117480", [], "подрядчик убыл", "Outlook forward: the forwarded engineer's report says they left the site at 14:35"),
    outlook_quote=outlook_q("Никитин Евгений <e.nikitin@signal-bez.ru>", "17 ноября 2026 г. 14:41",
                            "Лебедев Виктор Андреевич <v.lebedev@signal-bez.ru>", "117480 проверка АУГПТ", """
Виктор Андреевич, АУГПТ в серверной проверили: модули МГП-65 (2 шт.) по массе в норме, прибор С2000-АСПТ в дежурном режиме, ручной пуск и блокировка при открытой двери проверены, табло «Газ уходи» работает.
Уехали с объекта в 14:35.
Никитин"""))

# ---- 117702 ресторан
tbl_html = """<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>
<tr><td><b>Поз.</b></td><td><b>Оборудование</b></td><td><b>Статус</b></td><td><b>План выезда</b></td></tr>
<tr><td>1</td><td>АПС, обеденный зал</td><td>Принята в работу</td><td>19.11.2026 09:30</td></tr>
<tr><td>2</td><td>АПС, кухня</td><td>Принята в работу</td><td>19.11.2026 09:30</td></tr>
<tr><td>3</td><td>Видеонаблюдение, регистратор DS-7608NI, 4 камеры</td><td>Принята в работу</td><td>19.11.2026 после АПС</td></tr>
</table>"""
leb("2026-11-18 14:40:03", "Заявка 117702 — принятие в работу", """
Добрый день!

По заявке 117702 (ресторан, ул. Карла Маркса, 23) статус по позициям:

Поз. 1 — АПС, обеденный зал: принята в работу, выезд 19.11.2026 09:30
Поз. 2 — АПС, кухня: принята в работу, выезд 19.11.2026 09:30
Поз. 3 — видеонаблюдение: принята в работу, выезд 19.11.2026 после АПС

Ответственный — Кузнецов А. С.
""", D("117702", ["1", "2", "3"], "заявка принята", "HTML table with a row per position, all «принята в работу»; plain part lists the same"),
    extra_html=tbl_html, html_body="""
Добрый день!

По заявке 117702 (ресторан, ул. Карла Маркса, 23) статус по позициям:

Ответственный — Кузнецов А. С.
""")

kuz("2026-11-19 09:15:27", "117702", "Выехли на Карла Маркса 23",
    D("117702", [], "подрядчик в пути", "typo «выехли»; leaving for the site"))

kuz_117702 = "2026-11-19 09:50:04"
kuz(kuz_117702, "117702 (1) (2)", "На месте, смотрим зал и кухню",
    D("117702", ["1", "2"], "подрядчик на месте", "positions as separate brackets in subject"))

kuz("2026-11-19 13:30:55", "Re: 117702 (1) (2)",
    "Зал (п.1) закончили, извещатели почистили. На кухне (п.2) ещё возимся, тепловые ИП менять надо, Шарипов везёт",
    R("different statuses for different positions: p.1 finished, p.2 still on site"),
    irt=mid("kuz" + kuz_117702, DOMAIN, "iphone"))

igor("2026-11-19 23:40:11", "Сводка 19.11 - ресторан, 117702", """
Добрый вечер.

Итог по ресторану на Карла Маркса (117702), день и вечер:

""" + table([
    ("13:20", "117702", "1", "зал: ИП почищены, тест ок, убыли"),
    ("16:05", "117702", "2", "кухня: 3 тепловых ИП 101-1А, убыли"),
    ("21:30", "117702", "3", "Кузнецов прибыл после закрытия зала"),
    ("23:20", "117702", "3", "DS-7608NI: заменён HDD 4 ТБ, убыл"),
]) + """

Все три позиции закрыты. Регистратор пишет, архив с 23:15.
""", D("117702", ["1", "2", "3"], "подрядчик убыл", "table for one request: every position ends with «убыли/убыл»"))

leb("2026-11-20 10:00:18", "RE: 117702 — замечание по видеоархиву", """
Добрый день.

Благодарим за обратную связь. Замечание по глубине архива (поз. 3) приняли: после замены диска регистратор DS-7608NI пишет с 19.11 23:15, поэтому записи за предыдущие сутки отсутствуют — восстановить их, к сожалению, невозможно.
Настройки записи по детектору движения проверим удалённо, при необходимости направим инженера.
""", R("thanks + answer to a complaint; remote check is only a plan; no crew status"),
    irt=cust_mid("117702c"),
    outlook_quote=outlook_q("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", "20 ноября 2026 г. 8:52",
                            "Лебедев Виктор Андреевич <v.lebedev@signal-bez.ru>", "117702 — замечание по видеоархиву", """
Добрый день. Ресторан сообщает, что архив камер за 18.11 отсутствует. Просим пояснить."""))

# ---- 117955 гараж
volk("2026-11-20 13:50:44", "Re: Новая заявка 117955 — гараж, ул. Пушкина 63", "Принято.",
     D("117955", [], "заявка принята", "one word «принято»; number only in Re: subject"),
     irt=cust_mid("117955"), sig=False,
     quoted=("20.11.2026 13:31, Диспетчерская ОМИС пишет:", """Новая заявка 117955. Гараж, ул. Пушкина, 63.
1 — шлагбаум не закрывается, считыватель не реагирует
2 — камера въезда: нет изображения ночью"""))

igor("2026-11-20 22:30:26", "Fwd: 117264 п2 периметр", """
Пересылаю, Денис днём отправил только в нашу общую, до вас не дошло.

~----- Forwarded message from Денис Шарипов <d.sharipov@signal-bez.ru> -----
~
~Date: Fri, 20 Nov 2026 14:08:12 +0700
~From: Денис Шарипов <d.sharipov@signal-bez.ru>
~To: dispetcher@signal-bez.ru
~Subject: 117264 п2 периметр
~
~Извещатели С2000-ИК поставили все 4, периметр взяли на охрану,
~пульт видит. Уехали в 14:00.
~
~--
~Отправлено из мобильной Почты Mail.ru
~
~----- End forwarded message -----
""", D("117264", ["2"], "подрядчик убыл", "mutt forward of the engineer's report: p2 done, «уехали в 14:00»"))

igor("2026-11-21 01:15:39", "Сводка ночной смены 20-21.11", """
Доброй ночи.

""" + table([
    ("22:40", "117955", "1", "охрана гаража: шлагбаум не закрывается"),
    ("23:10", "117955", "1", "Никитин выехал"),
    ("23:35", "117955", "1", "на месте, закрыт вручную, ремонт утром"),
    ("00:40", "117702", "3", "пульт: нет видео кам.2, восстановилось"),
]) + """

По гаражу днём Никитин доделает, по ресторану пока наблюдаем.
""", R("shift table covering two requests (117955 and 117702)"))

nik("2026-11-21 10:20:16", "117955-2", "Камеру въезда перенастроил (сбилась ИК-подсветка и угол), картинка есть, архив пишется. Готово.",
    D("117955", ["2"], "подрядчик убыл", "position after a dash in subject; «готово»"))

nik_117955 = "2026-11-21 11:00:50"
nik(nik_117955, "117955-1", "Шлагбаум: нa мeсте, представитель с ключом от привода подошёл, приступил",
    D("117955", ["1"], "подрядчик на месте", "«на месте, приступил»; «на месте» typed with Latin a and e"))

nik("2026-11-21 16:30:02", "Re: 117955-1", "Шлагбаум CAME GARD отрегулировал, концевики заменил, считыватель Matrix-II работает. Закончил, уехал.",
    D("117955", ["1"], "подрядчик убыл", "«закончил, уехал»; position only in Re: subject"),
    irt=mid("nik" + nik_117955, "x", "yandex"))

emit(message([
    ("From", addr(NEWS[0], NEWS[1])),
    ("To", addr(*DISPATCH)),
    ("Subject", hdr("Сигнал-Безопасность: новинки Болид и скидки на ТО в декабре", "utf-8")),
    ("Date", format_datetime(dt("2026-11-22 11:00:00"))),
    ("Message-ID", mid("news2211", "mailer.signal-bez.ru", "hex")),
    ("List-Unsubscribe", "<https://signal-bez.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>, <mailto:unsubscribe@signal-bez.ru>"),
    ("List-Id", "Novosti Signal-Bezopasnost <news.signal-bez.ru>"),
    ("Precedence", "bulk"),
    ("X-Mailer", "Sendsay"),
], Multi("alternative", [
    Leaf("text/plain", """Новости ООО «Сигнал-Безопасность» — ноябрь 2026

• Новый прибор Болид С2000-М исп.02 — теперь на складе в Томске.
• Камеры Hikvision DS-2CD2143G2-IS со скидкой 12% до 31.12.2026.
• Заключите договор ТО до 15.12 — выезд по заявке в течение 2 часов.

Спасибо, что вы с нами! Более 1 160 объектов на обслуживании.

Отписаться: https://signal-bez.ru/unsubscribe
""", "utf-8", "base64"),
    Leaf("text/html", """<html><body style="font-family:Arial"><h2>Новости ООО «Сигнал-Безопасность»</h2>
<ul><li>Новый прибор <b>Болид С2000-М исп.02</b> — теперь на складе в Томске.</li>
<li>Камеры Hikvision DS-2CD2143G2-IS со скидкой 12% до 31.12.2026.</li>
<li>Заключите договор ТО до 15.12 — выезд по заявке в течение 2 часов.</li></ul>
<p>Более 1&nbsp;160 объектов на обслуживании.</p>
<p style="font-size:10px"><a href="https://signal-bez.ru/unsubscribe">Отписаться от рассылки</a></p></body></html>
""", "utf-8", "base64"),
], "nws_2211_b1")),
    I("marketing newsletter (List-Unsubscribe, Precedence: bulk)"))

# ---- 118230 учебный корпус
emit(message([
    ("From", addr(LEB[0], LEB[1], "windows-1251")),
    ("To", addr(*DISPATCH)),
    ("Subject", hdr("Автоматический ответ: Заявка 118230 — АПС учебный корпус", "windows-1251")),
    ("Date", format_datetime(dt("2026-11-23 12:20:09"))),
    ("Message-ID", mid("lebauto", DOMAIN, "outlook")),
    ("In-Reply-To", cust_mid("118230")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "v.lebedev@signal-bez.ru"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], Leaf("text/plain", "Добрый день!\r\n\r\nЯ нахожусь в командировке до 25.11.2026 включительно. "
        "По вопросам исполнения заявок обращайтесь к диспетчеру: +7 (3822) 90-41-17, dispetcher@signal-bez.ru.\r\n\r\n"
        "С уважением,\r\nЛебедев В. А.\r\n", "windows-1251", "quoted-printable")),
    I("Outlook out-of-office auto-reply"))

volk("2026-11-23 12:40:31", "118230", "118230 приняли, сегодня вечером поедет бригада Шарипова.\nМарина",
     D("118230", [], "заявка принята", "«приняли»; evening visit is a plan"), sig=False)

igor("2026-11-23 23:10:03", "Re: Заявка 118230 - АПС, учебный корпус Белинского 53", "\n".join([
    attrib_mutt("пн", "23 ноя 2026 в 09:12", "Диспетчер"),
    quote("Добрый день. По заявке 118230 просим начать с поз. 1 и 2 (1 и 2 этажи), там идут занятия, а сигнализация в неисправности."),
    "",
    "Бригада Шарипова выехала на Белинского, 53 в 22:55 по поз. 1, 2 (1-й и 2-й этажи), будут минут через двадцать. Вахтёр предупреждён, тел. вахты 8 (3822) 53-17-40.",
]), D("118230", ["1", "2"], "подрядчик в пути", "crew left for the site 22:55, arriving in ~20 min; positions 1,2"),
    irt=cust_mid("118230p"))

igor("2026-11-24 00:50:22", "118230 - Белинского 53, поз. 1-2", """
Сводка по учебному корпусу (#118230):

""" + table([
    ("23:18", "118230", "1", "прибытие"),
    ("23:18", "118230", "2", "прибытие"),
    ("00:35", "118230", "1", "1 эт.: заменены 2 ДИП-34А, убытие"),
    ("00:40", "118230", "2", "2 эт.: КЗ шлейфа устранено, убытие"),
]) + """

Поз. 3 и 4 -- днём, Шарипов в курсе.
""", D("118230", ["1", "2"], "подрядчик убыл", "arrival then departure for both positions -> latest: left; pos 3,4 only planned"))

shar("2026-11-24 09:50:40", "118230 поз.5", "Выехали, 5 этаж",
     R("request 118230 has no position 5"))

shar_118230 = "2026-11-24 10:30:18"
shar(shar_118230, "118230 П3 П4", "на месте",
     D("118230", ["3", "4"], "подрядчик на месте", "positions as П3 П4 in subject"))

shar("2026-11-24 15:00:44", "Re: 118230 П3 П4", "По 3-й готово. По 4-й не хватило ДИП-34А, завтра довезём и доделаем",
     D("118230", ["3"], "подрядчик убыл", "3rd finished; 4th postponed (plan) -> done positions"),
     irt="<%s@f24.mail.ru>" % mid("shar" + shar_118230, "x", "hex")[1:17])

# ---- 118411 магазин
volk("2026-11-24 17:25:00", "Re: Заявка 118411 — тревожная кнопка, магазин Учебная 42", "Заявка №118411 принята.",
     D("118411", [], "заявка принята", "plain acceptance"), irt=cust_mid("118411"))

igor_118411 = "2026-11-24 23:55:47"
igor(igor_118411, "#118411 Учебная 42, КТС", """
Бригада выехала, будут минут через 15. Со стороны магазина на связи сторож, тел. 8-913-105-22-84.
""", D("118411", [], "подрядчик в пути", "«выехала, будут через 15 минут»; phone number is noise"))

igor("2026-11-25 00:30:14", "Re: #118411 Учебная 42, КТС", "\n".join([
    attrib_mutt("вт", "24 ноя 2026 в 23:55", "Игорь Рябов"),
    quote("Бригада выехала, будут минут через 15. Со стороны магазина на связи сторож, тел. 8-913-105-22-84."),
    "",
    "Прибыли в 00:20. Магазин закрыт, ждём сторожа с ключами.",
]), D("118411", [], "подрядчик на месте", "new text under the quote: «прибыли»; quoted own «выехала» is history"),
    charset="utf-8", irt=mid("igor" + igor_118411, "nb-ryabov.signal-bez.ru"))

nik("2026-11-25 10:40:33", "КТС Учебная 42 (118411)", "Кнопку КТС заменил на ИО 101-7, прохождение тревоги на пульт проверили с дежурным, корпус опломбирован, пломба № 0458817. Уехал.",
    D("118411", [], "подрядчик убыл", "number in brackets after address; seal number 0458817 is noise; «уехал»"))

shar("2026-11-25 13:30:29", "118230 П4", "ДИП-34А поставили, 4 этаж на охране. Всё, уехали",
     D("118230", ["4"], "подрядчик убыл", "«всё, уехали»"))

igor("2026-11-26 03:10:56", "Вопрос по 118230 - ИПР на 1 этаже", """
Доброй ночи.

По 118230: после работ на 1 этаже завхоз корпуса просил перенести ручной извещатель ИПР-513-10 ближе к выходу (сейчас за гардеробом, метров 6 от двери). Это делать в рамках заявки или оформлять отдельную? Без вашего согласования не трогаем.
""", R("question about scope, nothing reported"), charset="utf-8", cte="quoted-printable")

leb("2026-11-26 11:00:08", "Сводка по заявкам за ноябрь 2026", """
Добрый день.

Направляем сводку по заявкам, выполненным в ноябре 2026 г. по договору № 47-ТО/2026:

116042 — ТЦ «Лагуна» — выполнена 04.11, акт № 2611-01
116187 — склад «ТомскАгро» — выполнена 04.11, акт № 2611-02
116350 — БЦ «Кедр» — выполнена 07.11, акт № 2611-07
117264 — котельная, Больничная, 6 — выполнена 20.11, акт № 2611-15
117702 — ресторан, Карла Маркса, 23 — выполнена 19.11, акт № 2611-17

Просим подтвердить закрытие заявок и подписать акты. Оригиналы будут переданы курьером 30.11.2026.
""", R("monthly summary covering several requests; also paperwork talk"))

igor("2026-11-27 01:05:12", "Re: 117955 - шлагбаум, замечаний нет", "\n".join([
    attrib_mutt("чт", "26 ноя 2026 в 16:40"),
    quote("Игорь, добрый вечер. Гараж подтвердил: шлагбаум работает, камера пишет, замечаний нет. Заявку 117955 закрываем, спасибо."),
    "",
    "Спасибо, принял. Никитину передам.",
]), R("acknowledgement/thanks for the dispatcher's own message, no new status"),
    irt=cust_mid("117955z"))

emit(message([
    ("From", addr(NIK[0], NIK[1])),
    ("To", addr(*DISPATCH)),
    ("Subject", hdr("Автоответ: Заявка 118411 — акт на подпись", "utf-8")),
    ("Date", format_datetime(dt("2026-11-27 09:00:40"))),
    ("Message-Id", mid("nikauto", "x", "yandex")),
    ("In-Reply-To", cust_mid("118411a")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Yandex-Autoreply", "yes"),
], Leaf("text/plain", "Здравствуйте! Я в отпуске до 07.12.2026. По заявкам пишите на dispetcher@signal-bez.ru.\nЕвгений Никитин\n",
        "utf-8", "base64")),
    I("vacation auto-reply from the engineer"))


# ============================================================ write & verify
def main():
    import email
    from email import policy
    from datetime import datetime
    reg = {r["number"]: r for r in REGISTRY["requests"]}
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    mids = set()
    for fname, raw in LETTERS:
        with open(os.path.join(LET, fname), "wb") as fh:
            fh.write(raw)
        m = email.message_from_bytes(raw, policy=policy.default)
        assert m["Message-ID"] not in mids, fname
        mids.add(m["Message-ID"])
        for p in m.walk():
            if p.get_content_maintype() == "text":
                p.get_content()
        lab = LABELS[fname]
        d = m["Date"].datetime
        assert d.year == 2026 and d.month == 11, fname
        if lab["expect"] == "decided":
            r = reg[lab["request"]]
            assert set(lab["positions"]) <= set(r["positions"]), fname
            assert d > datetime.fromisoformat(r["registered_at"]), fname
        frm = m["From"].addresses[0].addr_spec
        assert frm.lower().endswith("@" + DOMAIN), fname
        assert frm in REGISTRY["contractor"]["emails"], (fname, frm)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(l["expect"] for l in LABELS.values())
    s = Counter(l.get("status") for l in LABELS.values() if l["expect"] == "decided")
    print(len(LETTERS), dict(c), dict(s))


if __name__ == "__main__":
    main()
