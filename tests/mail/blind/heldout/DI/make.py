# -*- coding: utf-8 -*-
"""Generator of test letters for persona DI:
МУП «Теплоэнерго», аварийно-диспетчерская служба (Якутск, +0900).
Writes registry.json, letters/NNN.eml, labels.json into the folder of this script."""
import hashlib
import html as H
import json
import os
import random
from datetime import datetime, timedelta, timezone

from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(9000)

YKT = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская служба ОМИС"

# ---------------------------------------------------------------- people
ADS = ("Диспетчер АДС МУП Теплоэнерго", "ads@teploenergo-ykt.ru")
ENG = ("Гаврильев Николай Петрович", "gavrilev.np@teploenergo-ykt.ru")
BR1 = ("Айсен Сивцев", "brigada1.teploenergo@gmail.com")
BR4 = ("Василий Петров", "brigada4.teploenergo@gmail.com")
BR2 = ("Михаил Егоров", "avar.brig2@yandex.ru")
KOTY = ("Котельная Южная", "kot.yuzhnaya@teploenergo-ykt.ru")
KOTT = ("Котельная Табага", "kot.tabaga@teploenergo-ykt.ru")
NEWS = ("МУП Теплоэнерго - Вестник", "news@teploenergo-ykt.ru")
ASU = ("АСУ ТП Теплоэнерго", "asutp@teploenergo-ykt.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@teploenergo-ykt.ru")

ENG_SIGN = """--
С уважением,
Гаврильев Николай Петрович
инженер смены аварийно-диспетчерской службы
МУП «Теплоэнерго», г. Якутск
тел. +7 (4112) 42-15-61, моб. +7 914 300-12-45
ИНН 1435028712 КПП 143501001"""

ADS_SIGN = """Дежурный диспетчер АДС Слепцова Л.И.
тел. (4112) 42-15-60"""

REGISTRY = {
    "contractor": {
        "name": "МУП «Теплоэнерго» (аварийно-диспетчерская служба), г. Якутск",
        "emails": [ADS[1], ENG[1], BR1[1], BR4[1], BR2[1], KOTY[1], KOTT[1],
                   NEWS[1], ASU[1], DAEMON[1]],
        "domains": ["teploenergo-ykt.ru"],
    },
    "requests": [
        {"number": "120114", "positions": ["1", "2"], "registered_at": "2026-11-03T01:40:00+03:00",
         "comment": "ул. Кирова: 1 — ТК-14, 2 — ТК-15; парение из камер, утечка на подающем Ду 200"},
        {"number": "120327", "positions": ["1", "2", "3"], "registered_at": "2026-11-04T03:15:00+03:00",
         "comment": "Школа №5, котельная: 1 — сетевой насос К 100-65-200 №2 (вибрация), 2 — задвижка на обратке Ду 150 (течь), 3 — дымосос"},
        {"number": "120458", "positions": ["1"], "registered_at": "2026-11-05T22:30:00+03:00",
         "comment": "Поликлиника №2, ул. Лермонтова, 31: перемерзание ввода отопления Ду 100"},
        {"number": "120611", "positions": ["1", "2"], "registered_at": "2026-11-07T02:00:00+03:00",
         "comment": "ЦТП-7 (насосная): 1 — сетевой насос, 2 — подпиточный насос, течь сальников"},
        {"number": "120790", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T00:20:00+03:00",
         "comment": "Магистраль Ду 200 по ул. Ойунского: 1 — ТК-21, 2 — ТК-22, 3 — ТК-23, 4 — ТК-24; затопление камер, парение"},
        {"number": "120935", "positions": ["1"], "registered_at": "2026-11-10T04:05:00+03:00",
         "comment": "Детский сад «Кэскил»: отогрев системы отопления после остановки"},
        {"number": "121102", "positions": ["1", "2"], "registered_at": "2026-11-12T01:30:00+03:00",
         "comment": "Котельная «Южная»: 1 — котёл №2 КВр-1,16 (останов), 2 — питательный насос"},
        {"number": "121248", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T23:50:00+03:00",
         "comment": "Школа №26, тепловой узел: 1 — элеватор, 2 — задвижка Ду 80, 3 — грязевик"},
        {"number": "121390", "positions": ["1"], "registered_at": "2026-11-15T03:30:00+03:00",
         "comment": "Котельная с. Табага (отопление школы): замерзание линии подпитки"},
        {"number": "121560", "positions": ["1"], "registered_at": "2026-11-16T02:45:00+03:00",
         "comment": "Городская больница №3, ул. Стадухина: порыв на вводе Ду 150"},
        {"number": "121777", "positions": ["1", "2"], "registered_at": "2026-11-18T05:10:00+03:00",
         "comment": "ул. Дзержинского: 1 — ТК-31, 2 — ТК-32; затопление камер, подтопление подвала школы №33"},
        {"number": "122013", "positions": ["1"], "registered_at": "2026-11-20T00:00:00+03:00",
         "comment": "Насосная станция НС-3: отказ насоса К 100-65-200 №1, резервный в работе"},
        {"number": "122191", "positions": ["1", "2"], "registered_at": "2026-11-21T23:00:00+03:00",
         "comment": "Школа №31: 1 — ввод Ду 125 в ТК-40, 2 — калориферы спортзала"},
        {"number": "122340", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T02:20:00+03:00",
         "comment": "Детская поликлиника №1, ИТП: 1 — теплообменник ГВС, 2 — циркуляционный насос, 3 — регулятор температуры"},
    ],
}

# ---------------------------------------------------------------- helpers
RU_WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON_SHORT = {11: "нояб."}
RU_MON_GEN = {11: "ноября"}
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ykt(d, hm):
    h, m = hm.split(":")
    return datetime(2026, 11, d, int(h), int(m), random.randint(3, 57), tzinfo=YKT)


def msgid(kind, dt, seed):
    h = hashlib.sha1((seed + dt.isoformat()).encode()).hexdigest()
    if kind == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (h[:10].upper(), h[10:34])
    if kind in ("yandex", "yandex_mobile"):
        return "<%d%s@mail.yandex.ru>" % (int(dt.timestamp()) % 10**8, h[:6])
    if kind == "outlook":
        return "<000001db%s$%s$%s@teploenergo-ykt.ru>" % (h[:4], h[4:12], h[12:20])
    if kind == "thebat":
        return "<%s.%s@teploenergo-ykt.ru>" % (int(h[:8], 16) % 10**10, dt.strftime("%Y%m%d%H%M%S"))
    return "<%s.%s@teploenergo-ykt.ru>" % (h[:16], dt.strftime("%Y%m%d%H%M%S"))


def cs(name, enc):
    c = Charset(name)
    c.header_encoding = BASE64
    c.body_encoding = {"b64": BASE64, "qp": QP, "8bit": None}[enc]
    return c


def text_to_html(text, style="gmail"):
    out = []
    quote = []

    def flush():
        if quote:
            inner = "<br>\n".join(H.escape(q) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip())
            continue
        flush()
        if style == "gmail":
            out.append('<div dir="auto">%s</div>' % (H.escape(line) or "<br>"))
        elif style == "outlook":
            out.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (H.escape(line) or "&nbsp;"))
        else:
            out.append('<div>%s</div>' % (H.escape(line) or "&nbsp;"))
    flush()
    body = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
                '<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n%s\n</div></body></html>' % body)
    if style == "yandex":
        return "<div>%s</div>" % body
    return body


LETTERS = []
LABELS = {}


def add(kind, frm, dt, subject, text=None, label=None, html=None, reply_to=None,
        enc=None, html_only=False, extra=None, raw_builder=None):
    """kind: gmail | yandex | yandex_mobile | outlook | thebat | machine"""
    if raw_builder is not None:
        msg = raw_builder()
    else:
        if kind == "gmail":
            charset, e = "utf-8", enc or "b64"
        elif kind in ("yandex", "yandex_mobile"):
            charset, e = "utf-8", enc or "b64"
        elif kind == "outlook":
            charset, e = "windows-1251", enc or "qp"
        elif kind == "thebat":
            charset, e = "koi8-r", enc or "8bit"
        else:
            charset, e = "utf-8", enc or "qp"
        c = cs(charset, e)
        style = {"gmail": "gmail", "outlook": "outlook", "yandex": "yandex",
                 "yandex_mobile": "yandex"}.get(kind)
        if kind == "thebat":
            msg = MIMEText(text, "plain", c)
        elif html_only:
            msg = MIMEText(html, "html", c)
        else:
            msg = MIMEMultipart("alternative")
            msg.attach(MIMEText(text, "plain", c))
            msg.attach(MIMEText(html if html else text_to_html(text, style), "html", c))
        hcs = charset
        msg["From"] = formataddr(frm, charset=hcs)
        msg["To"] = DISPATCH if kind != "outlook" else formataddr((DISPATCH_NAME, DISPATCH), charset=hcs)
        msg["Subject"] = Header(subject, hcs) if any(ord(ch) > 127 for ch in subject) else subject
        msg["Date"] = format_datetime(dt)
        msg["Message-ID"] = msgid(kind, dt, subject + frm[1])
        if reply_to:
            msg["In-Reply-To"] = reply_to
            msg["References"] = reply_to
        msg["MIME-Version"] = "1.0"
        if kind == "outlook":
            msg["X-Mailer"] = "Microsoft Outlook 16.0"
            msg["Thread-Index"] = "AdrS" + hashlib.md5(subject.encode()).hexdigest()[:20]
            msg["Content-Language"] = "ru"
        elif kind == "yandex":
            msg["X-Mailer"] = "Yamail [ http://yandex.ru ] 5.0"
        elif kind == "yandex_mobile":
            msg["X-Mailer"] = "Yandex Mail for Android"
        elif kind == "thebat":
            msg["X-Mailer"] = "The Bat! (v9.4.5) Professional"
            msg["Organization"] = Header("МУП Теплоэнерго", "koi8-r")
    for k, v in (extra or {}).items():
        msg[k] = v
    LETTERS.append((dt, msg, label))


def L(expect, request=None, positions=None, status=None, note=""):
    d = {"expect": expect}
    if expect == "decided":
        d.update({"request": request, "positions": positions, "status": status})
    d["note"] = note
    return d


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def gmail_attr(dt, name, addr):
    d = dt.astimezone(YKT)
    return "%s, %d %s %d г. в %s, %s <%s>:" % (RU_WD[d.weekday()], d.day, RU_MON_SHORT[d.month],
                                              d.year, d.strftime("%H:%M"), name, addr)


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


# ================================================================ LETTERS
# ---------------- 120114  (reg 03.11 07:40 YKT) ----------------
t = ykt(3, "07:52")
add("yandex", ADS, t, "Заявка № 120114 — принята", """Доброе утро!

Заявку № 120114 (ул. Кирова, ТК-14 / ТК-15, парение) приняли в работу.
Бригада №1, старший Сивцев А.Н., тел. +7 914 271-08-33.

%s""" % ADS_SIGN, L("decided", "120114", [], ACC, "dispatcher: accepted into work, no positions named"))
acc120114 = t

t = ykt(3, "08:09")
add("gmail", BR1, t, "120114", "выехали с базы на кирова тк14 тк15 . уаз р417км14 будем мин 20",
    L("decided", "120114", [], WAY, "left the base for the site, both chambers = whole request; car plate is not a number"))

t = ykt(3, "08:36")
add("gmail", BR1, t, "Re: Заявка № 120114 — принята", """на мсете, обе камеры парят ставим откачку

%s
%s""" % (gmail_attr(acc120114, ADS[0], ADS[1]), quote("""Доброе утро!

Заявку № 120114 (ул. Кирова, ТК-14 / ТК-15, парение) приняли в работу.
Бригада №1, старший Сивцев А.Н., тел. +7 914 271-08-33.""")),
    L("decided", "120114", [], ON, "typo 'на мсете'; Re: subject names old status, body reports arrival"))

t = ykt(3, "20:15")
add("outlook", ENG, t, "Заявка 120114 - отчёт за смену 03.11", """Уважаемые коллеги!

Сообщаю по заявке 120114 (ул. Кирова, тепловые камеры ТК-14, ТК-15), время якутское:

07:52 – заявка принята АДС;
08:09 – выезд бригады №1 (УАЗ Р 417 КМ 14);
08:33 – прибытие на место, камеры затоплены, сильное парение;
08:40–11:30 – откачка ТК-14 и ТК-15 илососом КО-510;
поз. 1 (ТК-14): на подающем трубопроводе Ду 200 обнаружен свищ, 12:10–15:40 наложен хомут, заварка. Давление в подаче 6,2 кгс/см2, в обратке 3,4 кгс/см2;
поз. 2 (ТК-15): течь сальника задвижки Ду 200, сальник перебит в 16:30;
17:05 – работы по обеим позициям завершены, бригада убыла с объекта.

Температура наружного воздуха –41 °С.

%s""" % ENG_SIGN, L("decided", "120114", ["1", "2"], LEFT, "evening report, many timed events; latest = crew left after finishing both positions"))

# ---------------- 120327 (reg 04.11 09:15 YKT) ----------------
cust327 = datetime(2026, 11, 4, 3, 16, 0, tzinfo=MSK)
t = ykt(4, "09:31")
add("yandex", ADS, t, "Re: Обращение 120327 школа №5", """Обращение №120327 по котельной школы №5 принято, исполнитель — бригада №4 (Петров В.В.).
Выезд после освобождения с другого объекта, ориентировочно к 11 ч. по местному.

%s

04.11.2026, 09:16, "%s" <%s>:
> Прошу принять обращение 120327, школа №5, котельная.
> 1 – насос К 100-65-200 №2, сильная вибрация;
> 2 – задвижка Ду 150 на обратке, течь;
> 3 – дымосос не запускается.
> Контакт: завхоз школы.""" % (ADS_SIGN, DISPATCH_NAME, DISPATCH),
    L("decided", "120327", [], ACC, "accepted; departure is only planned; quoted customer text lists positions but sender names none"))

t = ykt(4, "10:58")
add("gmail", BR4, t, "120327 поз 1,2", "Едем на школу 5 по 1 и 2 позиции. 3 (дымосос) потом, электрика нет",
    L("decided", "120327", ["1", "2"], WAY, "on the way for 1 and 2; 3 only planned"))

t = ykt(4, "11:37")
add("gmail", BR4, t, "120327-1,2", "нa мeсте п1 п2",
    L("decided", "120327", ["1", "2"], ON, "Latin a/e inside 'на месте'"))

t = ykt(4, "15:24")
add("gmail", BR4, t, "Re: 120327-1,2", """п.1 насос К 100-65-200 №2 подшипники 6309 поменяли, запустили, 4,2 кгс на выходе.
п.2 задвижку Ду 150 на обратке — сальник перебили, не течёт.
С котельной уехали""",
    L("decided", "120327", ["1", "2"], LEFT, "both done, left the boiler house; pump model/bearing numbers are not request numbers"))

t = ykt(4, "15:41")
add("gmail", BR4, t, "120327 п3", "по 3 позиции дымосос завтра с утра, нужен электрик с допуском, сегодня никак",
    L("review", note="only a plan for position 3"))

zavhoz = ykt(4, "15:50")
t = ykt(4, "16:02")
add("gmail", BR4, t, "Re: 120327 контакт завхоза", """%s
%s

Спасибо, номер завхоза записал""" % (gmail_attr(zavhoz, DISPATCH_NAME, DISPATCH), quote("""Василий Васильевич, добрый день.
По заявке 120327 на завтра: завхоз школы №5 Николаева Т.С., +7 914 225-67-01, будет с 8:00.""")),
    L("review", note="thanks for the dispatcher's info, written under the quote; reports nothing"))

t = ykt(5, "09:12")
add("gmail", BR4, t, "120327 п3", "На месте с электриком, п3 дымосос. -44 на улице",
    L("decided", "120327", ["3"], ON, "arrived for position 3"))

q = datetime(2026, 11, 5, 6, 30, 0, tzinfo=MSK)
t = ykt(5, "13:06")
add("gmail", BR4, t, "Re: Заявка 120327 позиция 3 - статус?", """Дымосос запустили, двигатель поставили перемотанный. Убыли в 12:50

%s
%s""" % (gmail_attr(q, DISPATCH_NAME, DISPATCH), quote("""Добрый день! Подскажите, пожалуйста, статус по позиции 3 заявки 120327.
Диспетчерская служба ОМИС""")),
    L("decided", "120327", ["3"], LEFT, "request and position only in the Re: subject; body: done and left"))

# ---------------- 120458 (reg 06.11 04:30 YKT) ----------------
t = ykt(6, "04:51")
add("yandex", ADS, t, "СМС бригады 2 по заявке 120458", """Пересылаю СМС старшего бригады №2 Егорова М.С. (+7 924 166-30-72), получено в 04:47:

«Заявка 120458 приняли, выехали на лермонтова пол-ка 2 ввод Ду100»

%s""" % ADS_SIGN,
    L("decided", "120458", [], WAY, "dispatcher forwards the crew's SMS: accepted and already left -> on the way"))

t = ykt(6, "05:27")
add("yandex_mobile", BR2, t, "Лермонтова 31 (120458)", """прибыли 05:20. ввод промерз метра 3 от стены, отогреваем паром от ППУА, подвал открыл сторож

--
Отправлено из мобильной Яндекс Почты""",
    L("decided", "120458", [], ON, "number in brackets after address"))

t = ykt(6, "09:40")
add("yandex_mobile", BR2, t, "120458 п2", """п2 на месте, вскрыли лоток у поликлиники, греем

--
Отправлено из мобильной Яндекс Почты""",
    L("review", note="request 120458 has only position 1; position 2 does not exist"))

t = ykt(6, "19:45")
add("outlook", ENG, t, "Отчёт по заявке 120458 (поликлиника №2)", """Добрый вечер.

По заявке 120458, поликлиника №2, ул. Лермонтова, 31, перемерзание ввода отопления Ду 100 (время местное):
04:47 – выезд бригады №2;
05:20 – прибытие;
05:30–11:20 – отогрев ввода паром от ППУА-1600/100 (г/н К 902 ЕС 14);
11:25 – циркуляция восстановлена, t подачи 71 °С, t обратки 48 °С;
11:50 – бригада №2 убыла с объекта.

Рекомендуем утеплить ввод до конца отопительного сезона.

%s""" % ENG_SIGN,
    L("decided", "120458", [], LEFT, "shift report with timeline; latest = crew left"), enc="qp")

# ---------------- 120611 (reg 07.11 08:00 YKT) ----------------
t = ykt(7, "08:22")
add("outlook", ENG, t, "RE: Заявка 120611 ЦТП-7", """Заявку 120611 приняли. Ответственный – мастер Федоров И.К., тел. +7 914 227-45-19.
Бригада №1 выедет после пересменки.

Гаврильев Н.П.

-----Original Message-----
From: %s <%s>
Sent: Saturday, November 7, 2026 8:01 AM
To: %s
Subject: Заявка 120611 ЦТП-7

Добрый день. Прошу принять заявку 120611, ЦТП-7: поз.1 – сетевой насос, поз.2 – подпиточный насос, течь сальников.
Диспетчерская служба ОМИС""" % (DISPATCH_NAME, DISPATCH, ENG[1]),
    L("decided", "120611", [], ACC, "accepted; quoted original lists positions, reply names none"))

t = ykt(7, "09:03")
add("gmail", BR1, t, "120611-2", "выдвигаемся на цтп7 по п2 подпиточный",
    L("decided", "120611", ["2"], WAY, "'выдвигаемся' = moving out now; position after dash in subject"))

t = ykt(7, "12:31")
add("gmail", BR1, t, "120611", "п2 подпиточный сальники набили течи нет, готово. перешли на п1 сетевой, разбираем",
    L("review", note="different statuses: position 2 finished, position 1 on site"))

t = ykt(7, "16:12")
add("gmail", BR1, t, "120611 п1", "сетевой п1 торцевое уплотнение заменили, запустили, давление 6,0 норм. убытие с ЦТП-7 16:05",
    L("decided", "120611", ["1"], LEFT, "noun 'убытие' with time"))

t = ykt(8, "02:15")
add("gmail", BR1, t, "кирова", "на кирова у тк14 опять парит, выехали смотреть. сивцев",
    L("review", note="no request number at all (the earlier 120114 is closed)"))

# ---------------- 120790 (reg 09.11 06:20 YKT) ----------------
t = ykt(9, "06:34")
add("yandex", ADS, t, "наряд 120790", """Наряд 120790 (Ойунского, ТК-21…ТК-24) принят.
Выделяем бригады №2 и №4, экскаватор ЭО-2626 г/н 14 ТВ 3318.

%s""" % ADS_SIGN,
    L("decided", "120790", [], ACC, "'наряд' accepted; TK numbers/car plate are noise"))

t = ykt(9, "07:12")
add("yandex", ADS, t, "Fwd: бр.2 120790", """

-------- Пересылаемое сообщение --------
09.11.2026, 07:10, "Михаил Егоров" <avar.brig2@yandex.ru>:

бр2 выехали на ойунского, поз 1 и 2 (тк21 тк22)

--
Отправлено из мобильной Яндекс Почты
-------- Конец пересылаемого сообщения --------""",
    L("decided", "120790", ["1", "2"], WAY, "forward without own text; the forwarded crew message reports departure"))

t = ykt(9, "07:28")
add("gmail", BR4, t, "120790 поз3 поз4", "едем на 3 и 4 будем минут через 40 гололед на вилюйском",
    L("decided", "120790", ["3", "4"], WAY, "'будем через 40 минут' = on the way"))

t = ykt(9, "07:55")
add("yandex_mobile", BR2, t, "Re: 120790", "на месте 1,2 в 07:50",
    L("decided", "120790", ["1", "2"], ON, "bare number in Re: subject"))

t = ykt(9, "08:21")
add("gmail", BR4, t, "120790 (3,4)", "Приехали. ТК-23 залита под крышку, ТК-24 сухая, пар идет из лючка",
    L("decided", "120790", ["3", "4"], ON, "positions in brackets in subject"))

TABLE_MID = [("1", "ТК-21", "работы завершены, бригада №2 убыла", "12:40"),
             ("2", "ТК-22", "в работе, замена участка Ду 200", "—"),
             ("3", "ТК-23", "в работе, откачка", "—"),
             ("4", "ТК-24", "завершено, бригада №4 перешла на ТК-23", "11:15")]


def outlook_table(intro, rows, outro, head=("Поз.", "Объект", "Состояние", "Время (местное)")):
    tr = "".join("<tr>%s</tr>" % "".join(
        '<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class=MsoNormal>%s</p></td>' % H.escape(c)
        for c in r) for r in [head] + rows)
    htmlb = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
             '<body lang=RU><div class=WordSection1>%s'
             '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">%s</table>'
             '%s</div></body></html>') % (
        "".join("<p class=MsoNormal>%s</p>" % (H.escape(x) or "&nbsp;") for x in intro.split("\n")), tr,
        "".join("<p class=MsoNormal>%s</p>" % (H.escape(x) or "&nbsp;") for x in outro.split("\n")))
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in [head] + rows) + "\n\n" + outro
    return plain, htmlb


t = ykt(9, "13:02")
p, hb = outlook_table("Промежуточное состояние по заявке 120790 на 13:00 (местное), 07:00 мск:", TABLE_MID,
                      "Следующая информация вечером.\n\n" + ENG_SIGN)
add("outlook", ENG, t, "Промежуточный статус по 120790", p,
    L("review", note="HTML table with different statuses per position (1,4 done; 2,3 on site)"), html=hb)

TABLE_END = [("1", "ТК-21, ул. Ойунского, 11", "прибытие 07:50, завершено, убыли", "12:40"),
             ("2", "ТК-22, ул. Ойунского, 15", "прибытие 07:50, заменено 3 м трубы Ду 200, убыли", "19:05"),
             ("3", "ТК-23, ул. Ойунского, 19", "прибытие 08:15, откачка, хомут, убыли", "20:30"),
             ("4", "ТК-24, ул. Ойунского, 23", "прибытие 08:15, течи нет, убыли", "11:15")]
t = ykt(9, "21:10")
p, hb = outlook_table("Добрый вечер.\nЗаявка 120790 выполнена полностью, все бригады убыли с объектов:", TABLE_END,
                      "Задвижки в ТК-22 опломбированы, пломбы № 0458712, 0458713.\n\n" + ENG_SIGN)
add("outlook", ENG, t, "Заявка 120790 - закрытие", p,
    L("decided", "120790", ["1", "2", "3", "4"], LEFT, "HTML table, a row per position, all left; seal numbers and house numbers are noise"), html=hb)

t = ykt(10, "10:40")
add("outlook", ENG, t, "Замечание по заявке 120790", """Коллеги, добрый день.

В заявке 120790 адрес ТК-24 был указан неверно (Ойунского, 9 вместо Ойунского, 23), бригада №4 потратила около 40 минут на поиск камеры при –43 °С.
Просим впредь сверять адреса камер с паспортом тепловой сети.

%s""" % ENG_SIGN, L("review", note="complaint about an old request, no new status"))

# ---------------- 120935 (reg 10.11 10:05 YKT) ----------------
t = ykt(10, "10:26")
add("gmail", BR1, t, "120935 Кэскил", "по 120935 выедем после обеда, сейчас на тк у рынка заняты",
    L("review", note="plan only: will leave after lunch"))

t = ykt(10, "13:47")
add("gmail", BR1, t, "120935", "Выехали в Кэскил 13:45",
    L("decided", "120935", [], WAY, "'выехали в' = left for the site"))

t = ykt(10, "18:58")
add("gmail", BR1, t, "Кэскил 120935 готово", "выехали из кэскила 18:40 батареи горячие по всем группам, заведующая подписала акт №77 . тел завед 8 914 223 11 90",
    L("decided", "120935", [], LEFT, "'выехали из' = left the site; act number and phone are noise"))

# ---------------- 121102 (reg 12.11 07:30 YKT) ----------------
t = ykt(12, "07:42")
add("yandex", ADS, t, "121102", """121102 — приняли, передали на котельную «Южная» и бригаде №4.

Слепцова""", L("decided", "121102", [], ACC, "bare number subject, accepted"))

t = ykt(12, "07:58")
add("gmail", BR4, t, "вопрос по 121102", "по заявке 121102 питательный насос какой марки стоит? брать с собой ЦНСГ 38-176 или там другой? кто знает скиньте",
    L("review", note="question only"))

t = ykt(12, "08:24")
add("thebat", KOTY, t, "Заявка 121102 поз.1 котел N2", """Здравствуйте.

Сообщаем: бригада КИПиА прибыла на котельную в 08:15, приступили к осмотру котла N2 (КВр-1,16), поз.1 по заявке 121102.

Оператор котельной "Южная" Винокурова С.А.
тел. 8 (4112) 40-73-18""",
    L("decided", "121102", ["1"], ON, "KOI8-R 8bit from boiler house; arrival for position 1"))

q = datetime(2026, 11, 12, 6, 55, 0, tzinfo=MSK)
t = ykt(12, "19:33")
add("outlook", ENG, t, "RE: 121102 статус?", """Добрый вечер.
По 121102:
поз.1 – котёл №2 растоплен в 15:10, вышел на режим, t воды на выходе 85 °С;
поз.2 – питательный насос отремонтирован (замена рабочего колеса), запущен в 16:40.
Бригады убыли с котельной в 17:05 (11:05 мск).

Гаврильев

-----Original Message-----
From: %s <%s>
Sent: Thursday, November 12, 2026 12:55 PM
To: %s
Subject: 121102 статус?

Коллеги, добрый день, какой статус по 121102? Поз.2 на месте?""" % (DISPATCH_NAME, DISPATCH, ENG[1]),
    L("decided", "121102", ["1", "2"], LEFT, "reply above -----Original Message-----; quoted question ignored"))

# ---------------- 121248 (reg 14.11 05:50 YKT) ----------------
t = ykt(14, "06:04")
add("yandex_mobile", BR2, t, "121248", "#121248 принял в работу. Егоров",
    L("decided", "121248", [], ACC, "number with #"))

t = ykt(14, "06:21")
add("yandex_mobile", BR2, t, "121248 школа 26", """Выехали на школу 26 (121248), Чернышевского. УАЗ В 118 ХН 14

--
Отправлено из мобильной Яндекс Почты""",
    L("decided", "121248", [], WAY, "departure; car plate noise"))

t = ykt(14, "10:30")
add("outlook", ENG, t, "121248 согласование доп. работ", """Добрый день.

Прошу согласовать замену элеватора №3 на новый (поз.1 заявки 121248). Стоимость по смете 48 600 руб. с НДС, договор № 112-ТЭ/26 от 15.01.2026.
Без согласования выполним только замену сопла.

%s""" % ENG_SIGN, L("review", note="price/contract talk, no status"))

t = ykt(14, "12:48")
add("yandex_mobile", BR2, t, "121248 п1 п3", """п1 элеватор сопло поменяли, п3 грязевик почистили. п2 задвижку ду80 завтра, на складе нет. С объекта уехали""",
    L("decided", "121248", ["1", "3"], LEFT, "1 and 3 done and left; position 2 only planned"))

t = ykt(15, "10:22")
add("yandex_mobile", BR2, t, "121248 поз.2", """задвижку Ду 80 поменяли (30с41нж), течи нет, ушли с объекта 10:15

--
Отправлено из мобильной Яндекс Почты""",
    L("decided", "121248", ["2"], LEFT, "valve part number is noise"))

# ---------------- 121390 (reg 15.11 09:30 YKT) ----------------
t = ykt(15, "09:44")
add("yandex", ADS, t, "Табага 121390 - СМС бр.1", """СМС от Сивцева в 09:41:
«121390 приняли, едем в табагу, 30 км, будем к 10:30»

%s""" % ADS_SIGN, L("decided", "121390", [], WAY, "forwarded SMS: accepted and travelling"))

orig = ykt(15, "10:36")
t = ykt(15, "10:49")
add("gmail", BR1, t, "Fwd: 121390", """

---------- Forwarded message ---------
От: Айсен Сивцев <%s>
Date: %s, 15 нояб. 2026 г. в 10:36
Subject: 121390
To: <%s>


прибытие 10:35 по местному (04:35 мск). котельная табага, подпитка перемерзла на входе""" % (BR1[1], RU_WD[orig.weekday()], ADS[1]),
    L("decided", "121390", [], ON, "Gmail forward of the crew's own message; noun 'прибытие', both local and Moscow time"))

q = ykt(15, "16:02")
t = ykt(15, "17:20")
add("thebat", KOTT, t, "Re: Табага 121390", """Здравствуйте, Диспетчерская.

Вы писали 15 ноября 2026 г., 16:02:

ДС> Прошу сообщить, закончены ли работы по 121390 в Табаге.

Линию подпитки отогрели, подпитка идет, давление в системе 2,8 кгс.
Аварийная бригада уехала в город в 16:50.

--
С уважением, оператор котельной с. Табага Ноговицына Е.П.""",
    L("decided", "121390", [], LEFT, "The Bat! initials-prefixed quote, answer under it"), enc="qp")

# ---------------- 121560 (reg 16.11 08:45 YKT) ----------------
t = ykt(16, "08:58")
add("yandex", ADS, t, "Обращение 121560 принято", """Обращение 121560 (ГБ №3, ул. Стадухина, порыв на вводе Ду 150) принято в работу.
Бригада №2 заканчивает на другом объекте, о выезде сообщим.

%s""" % ADS_SIGN, L("decided", "121560", [], ACC, "accepted, departure not yet"))
acc121560 = t


def bounce():
    dt = ykt(16, "09:03")
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(MIMEText("""This is the mail system at host mx.teploenergo-ykt.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<brigada2@teploenergo-ykt.ru>: host mx.teploenergo-ykt.ru[local] said:
    550 5.1.1 <brigada2@teploenergo-ykt.ru>: Recipient address rejected:
    User unknown in virtual mailbox table
""", "plain", "us-ascii"))
    ds = MIMEBase("message", "delivery-status")
    import email as _e
    ds.set_payload([_e.message_from_string("Reporting-MTA: dns; mx.teploenergo-ykt.ru\nArrival-Date: Mon, 16 Nov 2026 09:02:51 +0900\n\n"),
                    _e.message_from_string("Final-Recipient: rfc822; brigada2@teploenergo-ykt.ru\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
    m.attach(ds)
    orig = MIMEText("Уточните, пожалуйста, время прибытия бригады по обращению 121560.\nДиспетчерская служба ОМИС", "plain", "utf-8")
    orig["From"] = formataddr((DISPATCH_NAME, DISPATCH), charset="utf-8")
    orig["To"] = "brigada2@teploenergo-ykt.ru"
    orig["Subject"] = Header("Re: Обращение 121560 принято", "utf-8")
    orig["Date"] = "Mon, 16 Nov 2026 03:02:49 +0300"
    rfc = MIMEBase("message", "rfc822")
    rfc.set_payload([orig])
    m.attach(rfc)
    m["From"] = formataddr(DAEMON)
    m["To"] = DISPATCH
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = "<20261116000303.4F1A2C0E91@mx.teploenergo-ykt.ru>"
    m["Auto-Submitted"] = "auto-replied"
    return m


add("machine", DAEMON, ykt(16, "09:03"), None, label=L("ignored", note="bounce (delivery failure report) containing request number"),
    raw_builder=bounce)

t = ykt(16, "09:38")
add("yandex_mobile", BR2, t, "121560", "еду на стадухина больница 3 №121560",
    L("decided", "121560", [], WAY, "'еду' = travelling now"))

t = ykt(16, "10:14")
add("yandex_mobile", BR2, t, "Re: Обращение 121560 принято", """НА МЕСТЕ. грунт мерзлый, вызвали экскаватор

16.11.2026, 08:58, "Диспетчер АДС МУП Теплоэнерго" <ads@teploenergo-ykt.ru>:
> Обращение 121560 (ГБ №3, ул. Стадухина, порыв на вводе Ду 150) принято в работу.
> Бригада №2 заканчивает на другом объекте, о выезде сообщим.""",
    L("decided", "121560", [], ON, "caps; Re: subject names older status 'принято'"))

t = ykt(16, "22:40")
add("outlook", ENG, t, "Обращение 121560 ГБ №3 – итог", """Добрый вечер, коллеги.

Обращение 121560, городская больница №3, ул. Стадухина, порыв на вводе Ду 150. Время якутское (в скобках московское):

09:35 (03:35) – выезд бригады №2;
10:05 (04:05) – прибытие, грунт мёрзлый, вызван экскаватор;
11:20–13:40 – разработка грунта с отогревом;
14:30 (08:30) – обнаружен порыв на подающем трубопроводе Ду 150;
14:30–17:50 – замена участка трубы 2,5 м (труба 159х6);
18:15 (12:15) – подача тепла в больницу восстановлена, давление 5,9 / 3,6 кгс/см2;
19:00 (13:00) – бригада убыла, котлован ограждён, засыпка завтра.

%s""" % ENG_SIGN, L("decided", "121560", [], LEFT, "long timeline; latest event crew left; backfill only planned"))

# ---------------- 121777 (reg 18.11 11:10 YKT) ----------------
t = ykt(18, "11:24")
add("gmail", BR4, t, "121777", "принял 121777, выедем после обеда",
    L("decided", "121777", [], ACC, "accepted; departure only planned"))

t = ykt(18, "12:30")
add("outlook", ENG, t, "Сводка АДС 18.11 на 12:30", """Коллеги, кратко по состоянию на 12:30 (06:30 мск):

121560 – котлован засыпан, ограждение снято, бригада №2 убыла в 11:40;
121777 – принята бригадой №4, выезд после обеда.

%s""" % ENG_SIGN, L("review", note="two different requests in one letter"))

t = ykt(18, "13:20")
add("gmail", BR4, t, "121777 В ПУТИ", "ВЫЕХAЛИ",
    L("decided", "121777", [], WAY, "caps with Latin A inside"))

t = ykt(18, "14:06")
add("gmail", BR4, t, "Re: 121777 В ПУТИ", "тк31 поз1 на месте. тк32 пока не смотрели",
    L("decided", "121777", ["1"], ON, "subject old status; position 1 on site, position 2 nothing"))

t = ykt(18, "15:41")
add("gmail", BR4, t, "121777 (2)", "вскрыли ТК-32, откачиваем, тоже тут",
    L("decided", "121777", ["2"], ON, "position in brackets in subject; 'тоже тут' = on site"))

t = ykt(18, "16:10")
add("yandex_mobile", BR2, t, "заявка 121999", """заявка 121999 на месте ждем газосварщика

--
Отправлено из мобильной Яндекс Почты""",
    L("review", note="number 121999 is not in the registry"))

crew_fw = ykt(18, "20:52")
t = ykt(18, "21:05")
add("outlook", ENG, t, "FW: 121777", """Пересылаю отчёт бригады №4 по 121777.

Гаврильев Н.П.

От: Василий Петров <%s>
Отправлено: 18 ноября 2026 г. 20:52
Кому: %s
Тема: 121777

закончили в 20:30, уехали. подвал школы 33 сухой, насос забрали""" % (BR4[1], ENG[1]),
    L("decided", "121777", [], LEFT, "Outlook forward with От:/Отправлено: block; the forwarded report counts"))


# ---------------- machine mail in between ----------------
def newsletter():
    dt = ykt(19, "09:00")
    htmlb = """<html><body style="font-family:Arial">
<h2>Вестник МУП «Теплоэнерго» — ноябрь 2026</h2>
<p>Отопительный сезон 2026/27: за октябрь аварийно-диспетчерская служба выполнила 412 выездов, средний срок устранения порыва — 6,5 ч.</p>
<p>В ноябре введены в работу две новые передвижные паровые установки ППУА-1600/100.</p>
<p>Поздравляем с юбилеем слесаря АВР Аммосова П.П.!</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, так как подписаны на рассылку МУП «Теплоэнерго». <a href="https://teploenergo-ykt.ru/unsubscribe?u=ZGlzcGF0Y2g">Отписаться</a></p>
</body></html>"""
    m = MIMEMultipart("alternative")
    m.attach(MIMEText("Вестник МУП «Теплоэнерго» — ноябрь 2026\n\nЗа октябрь АДС выполнила 412 выездов, средний срок устранения порыва — 6,5 ч.\nВ ноябре введены в работу две ППУА-1600/100.\n\nОтписаться: https://teploenergo-ykt.ru/unsubscribe?u=ZGlzcGF0Y2g", "plain", cs("utf-8", "qp")))
    m.attach(MIMEText(htmlb, "html", cs("utf-8", "qp")))
    m["From"] = formataddr(NEWS, charset="utf-8")
    m["To"] = DISPATCH
    m["Subject"] = Header("Вестник МУП «Теплоэнерго» — ноябрь 2026", "utf-8")
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = "<news-2026-11.%s@teploenergo-ykt.ru>" % dt.strftime("%Y%m%d%H%M%S")
    m["Precedence"] = "bulk"
    m["List-Id"] = "<vestnik.teploenergo-ykt.ru>"
    m["List-Unsubscribe"] = "<https://teploenergo-ykt.ru/unsubscribe?u=ZGlzcGF0Y2g>, <mailto:unsubscribe@teploenergo-ykt.ru>"
    m["MIME-Version"] = "1.0"
    return m


add("machine", NEWS, ykt(19, "09:00"), None, label=L("ignored", note="bulk newsletter of the contractor"), raw_builder=newsletter)

# ---------------- 122013 (reg 20.11 06:00 YKT) ----------------


def read_receipt():
    dt = ykt(20, "06:18")
    m = MIMEMultipart("report", report_type="disposition-notification")
    c = cs("windows-1251", "qp")
    m.attach(MIMEText("""Ваше сообщение

  Кому: Гаврильев Николай Петрович
  Тема: Заявка 122013 НС-3
  Отправлено: 20.11.2026 6:01

было прочитано 20.11.2026 6:18.""", "plain", c))
    mdn = MIMEBase("message", "disposition-notification")
    mdn.set_payload("""Reporting-UA: teploenergo-ykt.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;gavrilev.np@teploenergo-ykt.ru
Original-Message-ID: <A1B2C3D4E5F6@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
    m.attach(mdn)
    m["From"] = formataddr(ENG, charset="windows-1251")
    m["To"] = formataddr((DISPATCH_NAME, DISPATCH), charset="windows-1251")
    m["Subject"] = Header("Прочитано: Заявка 122013 НС-3", "windows-1251")
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = msgid("outlook", dt, "rr122013")
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["MIME-Version"] = "1.0"
    return m


add("machine", ENG, ykt(20, "06:18"), None, label=L("ignored", note="Outlook read receipt"), raw_builder=read_receipt)

t = ykt(20, "06:40")
add("outlook", ENG, t, "RE: Заявка 122013 НС-3", """Заявка 122013 принята в работу. Выезд бригады №1 запланирован на 07:30 (01:30 мск).
Резервный насос №2 в работе, давление на выходе НС-3 5,8 кгс/см2.

Гаврильев Н.П.

От: %s <%s>
Отправлено: 20 ноября 2026 г. 6:01
Кому: Гаврильев Николай Петрович <%s>
Тема: Заявка 122013 НС-3

Прошу принять заявку 122013: НС-3, отказ насоса К 100-65-200 №1.""" % (DISPATCH_NAME, DISPATCH, ENG[1]),
    L("decided", "122013", [], ACC, "accepted; departure planned; Outlook От:/Отправлено: quote"))

t = ykt(20, "07:36")
add("gmail", BR1, t, "122013", "выезд 07:35 на НС-3 камаз А562ОР14",
    L("decided", "122013", [], WAY, "noun 'выезд' with time"))

t = ykt(20, "14:52")
add("gmail", BR1, t, "122013 готово", "насос к100-65-200 №1 поменяли на новый со склада зав.№ 11473, обкатали 40 мин норм. бригада освободилась едем на базу",
    L("decided", "122013", [], LEFT, "result + 'бригада освободилась'; serial number noise"))


def ooo():
    dt = ykt(22, "05:03")
    c = cs("windows-1251", "qp")
    text = """Здравствуйте!

Я нахожусь на межвахтовом отдыхе до 23.11.2026.
По оперативным вопросам обращайтесь к дежурному диспетчеру АДС: ads@teploenergo-ykt.ru, тел. (4112) 42-15-60.

Гаврильев Н.П."""
    m = MIMEMultipart("alternative")
    m.attach(MIMEText(text, "plain", c))
    m.attach(MIMEText(text_to_html(text, "outlook"), "html", c))
    m["From"] = formataddr(ENG, charset="windows-1251")
    m["To"] = formataddr((DISPATCH_NAME, DISPATCH), charset="windows-1251")
    m["Subject"] = Header("Автоматический ответ: Заявка 122191 школа №31", "windows-1251")
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = msgid("outlook", dt, "ooo122191")
    m["Auto-Submitted"] = "auto-replied"
    m["X-Auto-Response-Suppress"] = "All"
    m["X-MS-Exchange-Inbox-Rules-Loop"] = ENG[1]
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["MIME-Version"] = "1.0"
    return m


add("machine", ENG, ykt(22, "05:03"), None, label=L("ignored", note="Outlook out-of-office auto-reply"), raw_builder=ooo)

# ---------------- 122191 (reg 22.11 05:00 YKT) ----------------
t = ykt(22, "05:20")
add("yandex_mobile", BR2, t, "школа 31 / 122191", """выехали на 31 школу по 122191, поз 1 ввод в ТК-40

--
Отправлено из мобильной Яндекс Почты""",
    L("decided", "122191", ["1"], WAY, "departure for position 1"))

t = ykt(22, "18:40")
add("outlook", ENG, t, "Заявка 122191 (школа №31) — выполнено", """Добрый вечер.

По заявке 122191, школа №31:
поз.1 (ввод Ду 125 в ТК-40): прибытие 05:58, отогрев ввода паром, в 12:40 циркуляция восстановлена;
поз.2 (калориферы спортзала): прибытие 13:10, продувка и отогрев калориферов КСк 3-10, в 16:30 запуск приточной установки.
Завершение работ 17:00, бригада №2 убыла с объекта в 17:15 (11:15 мск).

%s""" % ENG_SIGN, L("decided", "122191", ["1", "2"], LEFT, "several events per position; latest = crew left after both"))

# ---------------- 122340 (reg 23.11 08:20 YKT) ----------------
t = ykt(23, "08:33")
add("yandex", ADS, t, "Заявка №122340", None,
    L("decided", "122340", [], ACC, "HTML-only letter"), html_only=True,
    html="""<div>Добрый день!</div><div>&nbsp;</div><div><b>Заявка №122340</b> (детская поликлиника №1, ИТП) <b>принята</b>.</div><div>Исполнители: бригада №4 и специалист КИПиА, о выезде сообщим.</div><div>&nbsp;</div><div>-- </div><div>Дежурный диспетчер АДС Слепцова Л.И.<br>тел. (4112) 42-15-60</div>""")


def yandex_autoreply():
    dt = ykt(23, "08:41")
    text = """Здравствуйте! Я в отпуске до 01.12.2026, почту не читаю. По срочным вопросам звоните дежурному диспетчеру АДС (4112) 42-15-60.
Егоров М.С."""
    m = MIMEText(text, "plain", cs("utf-8", "b64"))
    m["From"] = formataddr(BR2, charset="utf-8")
    m["To"] = DISPATCH
    m["Subject"] = Header("Автоответ: Re: Заявка №122340", "utf-8")
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = msgid("yandex", dt, "autoreply122340")
    m["Auto-Submitted"] = "auto-replied"
    m["X-Yandex-Autoreply"] = "yes"
    m["MIME-Version"] = "1.0"
    return m


add("machine", BR2, ykt(23, "08:41"), None, label=L("ignored", note="Yandex vacation auto-reply"), raw_builder=yandex_autoreply)

t = ykt(23, "09:12")
add("yandex", ADS, t, "СМС бр.4 / 122340", """Получено СМС от бригады №4 в 09:08:
«122340 по 1 и 2 выехали, 3 потом с кипом»

%s""" % ADS_SIGN, L("decided", "122340", ["1", "2"], WAY, "forwarded SMS; position 3 only planned"))

t = ykt(23, "09:47")
add("gmail", BR4, t, "122340 П1 П2", "прибыли в дет поликлинику, итп в подвале, П1 П2",
    L("decided", "122340", ["1", "2"], ON, "positions as П1 П2"))

t = ykt(23, "11:15")
add("outlook", ENG, t, "122340 п.3", """По заявке 122340 п.3 (регулятор температуры) специалист КИПиА ещё не выехал – ждём машину с НС-3. Сообщим дополнительно.

Гаврильев Н.П., инженер смены АДС""",
    L("review", note="negation: not yet left"))

t = ykt(23, "14:03")
add("gmail", BR4, t, "Re: 122340 П1 П2", """П1 теплообменник промыли, П2 циркуляционный Grundfos UPS 32-80 заменили. Работы закончены, уезжаем

%s
%s""" % (gmail_attr(ykt(23, "09:47"), BR4[0], BR4[1]), quote("прибыли в дет поликлинику, итп в подвале, П1 П2")),
    L("decided", "122340", ["1", "2"], LEFT, "work finished and leaving; quote of own earlier 'прибыли' ignored"))

t = ykt(23, "16:31")
add("gmail", BR1, t, "122340 поз 3", "едем на поз 3 дет поликлиника будем через 15 мин",
    L("decided", "122340", ["3"], WAY, "'будем через 15 мин' = on the way"))


def calendar_reply():
    dt = ykt(24, "09:05")
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Гаврильев Николай Петрович:mailto:gavrilev.np@teploenergo-ykt.ru
ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART:20261125T070000Z
DTEND:20261125T080000Z
SUMMARY;LANGUAGE=ru-RU:Принято: Селектор ОЗП 2026/27 — взаимодействие АДС и диспетчерской
UID:040000008200E00074C5B7101A82E0080000000090A1C1D7AD5ADB01000000000000000010000000
SEQUENCE:0
DTSTAMP:20261124T000500Z
END:VEVENT
END:VCALENDAR
"""
    m = MIMEMultipart("alternative")
    m.attach(MIMEText("", "plain", cs("windows-1251", "qp")))
    cal = MIMEText(ics, "calendar", cs("utf-8", "b64"))
    cal.set_param("method", "REPLY")
    m.attach(cal)
    m["From"] = formataddr(ENG, charset="windows-1251")
    m["To"] = formataddr((DISPATCH_NAME, DISPATCH), charset="windows-1251")
    m["Subject"] = Header("Принято: Селектор ОЗП 2026/27 — взаимодействие АДС и диспетчерской", "windows-1251")
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = msgid("outlook", dt, "cal")
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["MIME-Version"] = "1.0"
    return m


add("machine", ENG, ykt(24, "09:05"), None, label=L("ignored", note="calendar meeting response generated by Outlook"), raw_builder=calendar_reply)

t = ykt(24, "11:02")
add("outlook", ENG, t, "Заявка 122340, позиция 3 — выполнено", """Добрый день.

По заявке 122340 (детская поликлиника №1, ИТП), позиция 3 – регулятор температуры Danfoss ECL Comfort 310:
специалист КИПиА прибыл 23.11 в 16:45, заменён датчик наружной температуры ESMT, регулятор перенастроен по графику 95/70.
Специалист убыл с объекта 23.11 в 19:20 по местному (13:20 мск).

%s""" % ENG_SIGN, L("decided", "122340", ["3"], LEFT, "next-day report; local and Moscow time; model numbers noise"))


def scada():
    dt = ykt(25, "03:17")
    text = """[АСУ ТП] АВАРИЯ  25.11.2026 03:16:42 (UTC+9)
Объект: НС-3
Событие: останов насоса Н1 (К 100-65-200), защита по току
P вых = 2,1 кгс/см2 (уставка 4,5)
T нар. возд. = -47 C

Сообщение сформировано автоматически, отвечать на него не нужно."""
    m = MIMEText(text, "plain", cs("utf-8", "qp"))
    m["From"] = formataddr(ASU, charset="utf-8")
    m["To"] = DISPATCH
    m["Subject"] = Header("[АСУ ТП] АВАРИЯ НС-3: останов Н1", "utf-8")
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = "<scada.%s.ns3@teploenergo-ykt.ru>" % dt.strftime("%Y%m%d%H%M%S")
    m["Auto-Submitted"] = "auto-generated"
    m["X-Mailer"] = "SCADA Notifier 3.2"
    m["MIME-Version"] = "1.0"
    return m


add("machine", ASU, ykt(25, "03:17"), None, label=L("ignored", note="automatic SCADA alarm, not a person's report"), raw_builder=scada)

# ================================================================ WRITE
LETTERS.sort(key=lambda x: x[0])
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
labels = {}
for i, (dt, msg, label) in enumerate(LETTERS, 1):
    name = "%03d.eml" % i
    # tidy top-level headers: envelope headers first, one MIME-Version, MIME headers last
    items = list(msg.items())
    for k in set(k for k, _ in items):
        del msg[k]
    mime = [(k, v) for k, v in items if k.lower().startswith("content-")]
    rest = [(k, v) for k, v in items if not k.lower().startswith("content-") and k.lower() != "mime-version"]
    for k, v in rest + [("MIME-Version", "1.0")] + mime:
        msg[k] = v
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            part.get_payload(0)["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(msg)
    data = buf.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(data)
    labels[name] = label

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
