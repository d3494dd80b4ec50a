#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DK:
ООО «Интернэшнл Фасилити Сервисиз» (Moscow branch of an international FM company).
Run:  python3 make.py   (writes letters/, labels.json, registry.json next to this file)
"""
import json
import os
import random
import html as htmlmod
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.message import Message
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))

MSK = timezone(timedelta(hours=3))
rnd = random.Random(20261102)

DOMAIN = "ifs-moscow.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

P = {
    "james": ("Mitchell James", "j.mitchell@ifs-moscow.ru"),
    "james_gmail": ("James Mitchell", "james.mitchell.msk@gmail.com"),
    "olga": ("Смирнова Ольга | IFS Help-Desk", "helpdesk@ifs-moscow.ru"),
    "olga_personal": ("Смирнова Ольга", "o.smirnova@ifs-moscow.ru"),
    "petrov": ("Петров Алексей", "a.petrov@ifs-moscow.ru"),
    "kuznetsov": ("Кузнецов Дмитрий", "d.kuznetsov@ifs-moscow.ru"),
    "ruslan": ("Руслан Хабибуллин", "r.khabibullin@ifs-moscow.ru"),
    "sokolov": ("Соколов Геннадий Ильич", "g.sokolov@ifs-moscow.ru"),
    "news": ("IFS Russia", "news@ifs-moscow.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@ifs-moscow.ru"),
}

SIG_JAMES = """James Mitchell
Site Supervisor | International Facility Services LLC
ООО «Интернэшнл Фасилити Сервисиз», Moscow branch
M: +7 916 204-71-38 | j.mitchell@ifs-moscow.ru"""

SIG_OLGA = """С уважением / Best regards,
Ольга Смирнова | Olga Smirnova
Координатор службы поддержки | Help-Desk Coordinator
ООО «Интернэшнл Фасилити Сервисиз»
ИНН 7705123456 / КПП 770501001
Тел.: +7 (495) 980-12-34, доб. 210 | helpdesk@ifs-moscow.ru"""

SIG_PETROV = """--
С уважением,
Алексей Петров
ведущий инженер
ООО «Интернэшнл Фасилити Сервисиз»
моб. +7 925 118-40-62"""

SIG_SOKOLOV = """-- 
Г.И. Соколов
инженер-теплотехник
ООО "Интернэшнл Фасилити Сервисиз"
тел. 8(495)980-12-34 доб.245"""

REGISTRY = {
    "contractor": {
        "name": "ООО «Интернэшнл Фасилити Сервисиз»",
        "emails": sorted({a for _, a in P.values()}),
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "125014", "positions": ["1", "2"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "ГБОУ Школа № 1234, ул. Профсоюзная, 45: поз.1 — приточная вентиляция спортзала, поз.2 — вытяжка пищеблока"},
        {"number": "125087", "positions": ["1"], "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "БЦ «Северное сияние», ул. Лесная, 9 — пассажирский лифт № 3 (KONE MonoSpace 500), остановка между этажами"},
        {"number": "125230", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T08:00:00+03:00",
         "comment": "Офисы арендатора, обслуживание сплит-систем: поз.1 — Тверская ул., 12 стр.1; поз.2 — Новый Арбат, 21; поз.3 — Ленинградский пр-т, 39 стр.80"},
        {"number": "125411", "positions": ["1", "2"], "registered_at": "2026-11-05T14:00:00+03:00",
         "comment": "ГБДОУ Детский сад № 2417, ул. Вавилова, 66: поз.1 — водосточная система, поз.2 — кровля над пищеблоком"},
        {"number": "125602", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T09:30:00+03:00",
         "comment": "Логистический комплекс «Домодедово-Карго», склад 3: секционные ворота доков 1–4 (Hörmann SPU F42), поз. = номер дока"},
        {"number": "125777", "positions": ["1"], "registered_at": "2026-11-07T07:50:00+03:00",
         "comment": "АВАРИЯ: ТЦ «Калужский», ул. Профсоюзная, 61 — протечка кровли над торговым залом 2 этажа"},
        {"number": "126008", "positions": ["1", "2"], "registered_at": "2026-11-10T10:00:00+03:00",
         "comment": "ЖК «Мосфильмовский», ул. Мосфильмовская, 70: поз.1 — ИТП корп. 3, поз.2 — ИТП корп. 4 (низкая температура ГВС)"},
        {"number": "126150", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T13:00:00+03:00",
         "comment": "ТРЦ «Варшавский», Варшавское ш., 87Б, освещение паркинга: поз.1 — уровень −1, поз.2 — уровень −2, поз.3 — наружная парковка"},
        {"number": "126333", "positions": ["1"], "registered_at": "2026-11-16T08:20:00+03:00",
         "comment": "ЦОД, ул. Бутлерова, 7 — ДГУ FG Wilson P500-3 не запускается в автоматическом режиме"},
        {"number": "126519", "positions": ["1", "2"], "registered_at": "2026-11-18T11:30:00+03:00",
         "comment": "БЦ «Ориент», Ленинский пр-т, 113/1: поз.1 — санузел 3 этажа (засор), поз.2 — санузел 5 этажа (течь смесителя)"},
        {"number": "126904", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T09:00:00+03:00",
         "comment": "ГБОУ Школа № 587, ул. Гарибальди, 15, АПС: поз.1 — корпус А, поз.2 — корпус Б, поз.3 — спортивный блок"},
        {"number": "127245", "positions": ["1", "2"], "registered_at": "2026-11-23T15:00:00+03:00",
         "comment": "Аптека в ТЦ, ул. Миклухо-Маклая, 18 — автоматические раздвижные двери GEZE: поз.1 — вход А, поз.2 — вход Б"},
    ],
}

# ---------------------------------------------------------------- helpers

def dt(day, hh, mm, ss=None):
    if ss is None:
        ss = rnd.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


def mid(kind):
    if kind == "outlook":
        h = "".join(rnd.choice("0123456789abcdef") for _ in range(32))
        return "<%s@EXCH-MSK01.ifs-moscow.ru>" % h
    if kind == "iphone":
        u = "".join(rnd.choice("0123456789ABCDEF") for _ in range(32))
        u = "%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
        return "<%s@ifs-moscow.ru>" % u
    if kind == "gmail":
        s = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(44))
        return "<CAJ%s@mail.gmail.com>" % s
    if kind == "disp":
        h = "".join(rnd.choice("0123456789abcdef") for _ in range(24))
        return "<%s@zakazchik-omis.ru>" % h
    h = "".join(rnd.choice("0123456789abcdef") for _ in range(8))
    return "<%s.%d@ifs-moscow.ru>" % (h, rnd.randint(100000, 999999))


def cs(name, body=BASE64, header=BASE64):
    c = Charset(name)
    c.body_encoding = body
    c.header_encoding = header
    return c


class Pre:
    """A header value that is already RFC 2047-encoded and folded (written as is)."""
    def __init__(self, v):
        self.v = v

    def encode(self, linesep="\n", maxlinelen=None, **kw):
        return self.v.replace("\n", linesep)

    def __str__(self):
        return self.v


def _ew(text, charset, q):
    b = text.encode(charset)
    if q:
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "=?%s?Q?%s?=" % (charset, "".join(out))
    import base64
    return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())


def ew(text, charset="utf-8", q=False, maxlen=75):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in text:
        if cur and len(_ew(cur + ch, charset, q)) > maxlen:
            words.append(_ew(cur, charset, q))
            cur = ch
        else:
            cur += ch
    words.append(_ew(cur, charset, q))
    return "\n ".join(words)


def enc_header(text, charset="utf-8", q=False):
    return Pre(ew(text, charset, q))


def addr(who, charset="utf-8", q=False):
    name, a = P[who] if isinstance(who, str) else who
    return Pre("%s <%s>" % (ew(name, charset, False, 200), a))


def outlook_html(text, charset="utf-8", lang="RU"):
    """Render plain text the way Outlook would produce HTML (roughly)."""
    lines = text.split("\n")
    out = []
    in_quote = False
    for ln in lines:
        if not in_quote and (ln.startswith("От:") or ln.startswith("From:") or ln.startswith("-----Original Message")
                             or ln.startswith("________________________________")):
            out.append("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
            in_quote = True
        if ln.strip() == "":
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            e = htmlmod.escape(ln)
            if in_quote and ":" in ln and ln.split(":")[0] in ("От", "From", "Отправлено", "Sent", "Кому", "To", "Копия", "Cc", "Тема", "Subject"):
                k, v = e.split(":", 1)
                e = "<b>%s:</b>%s" % (k, v)
            out.append("<p class=MsoNormal><span lang=%s>%s<o:p></o:p></span></p>" % (lang, e))
    if in_quote:
        out.append("</div></div>")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head>"
            "<meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}--></style>"
            "</head><body lang=RU link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            "<div class=WordSection1>\n%s\n</div></body></html>" % (charset, "\n".join(out)))


def iphone_html(text):
    parts = []
    for ln in text.split("\n"):
        parts.append("<div>%s</div>" % (htmlmod.escape(ln) if ln else "<br>"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"auto\">%s</body></html>" % "".join(parts))


def common_headers(m, sender, date, subject, kind, charset="utf-8", q_subject=False, to=None, cc=None,
                   in_reply_to=None, msgid=None):
    m["From"] = addr(sender, charset, q_subject)
    m["To"] = to or addr(DISPATCH, charset, q_subject)
    if cc:
        m["Cc"] = cc
    m["Subject"] = enc_header(subject, charset, q_subject)
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or mid(kind)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"


LETTERS = []   # (date, key, Message, label)


def add(key, date, msg, label):
    LETTERS.append((date, key, msg, label))


def human(key, date, sender, subject, text, label, client="outlook", charset="utf-8", html=None,
          html_only=False, cte=None, cc=None, reply=False, attachments=None, lang="RU"):
    """A letter written by a person."""
    if client == "outlook":
        body_enc = cte or BASE64
        kind = "outlook"
        q_subj = False
    elif client in ("iphone", "gmail"):
        body_enc = cte or QP
        kind = "iphone" if client == "iphone" else "gmail"
        q_subj = True
    elif client == "thunderbird":
        body_enc = cte if cte is not None else None   # 8bit
        kind = "tb"
        q_subj = False
    else:
        raise ValueError(client)
    bcs = cs(charset, body_enc, BASE64)
    plain = MIMEText(text, "plain", bcs) if text is not None else None
    if client == "thunderbird":
        plain.set_param("format", "flowed")
    if html_only:
        body = MIMEText(html, "html", cs(charset, body_enc, BASE64))
    elif client == "thunderbird":
        body = plain
    else:
        if html is None:
            html = outlook_html(text, charset, lang) if client == "outlook" else iphone_html(text)
        alt = MIMEMultipart("alternative")
        alt.attach(plain)
        alt.attach(MIMEText(html, "html", cs(charset, body_enc, BASE64)))
        body = alt
    if attachments:
        mixed = MIMEMultipart("mixed")
        mixed.attach(body)
        for fname, ctype, data in attachments:
            maintype, subtype = ctype.split("/")
            part = MIMEBase(maintype, subtype, name=fname)
            part.set_payload(data)
            encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=fname)
            mixed.attach(part)
        m = mixed
    else:
        m = body
        if "MIME-Version" in m:
            del m["MIME-Version"]
    irt = mid("disp") if reply else None
    common_headers(m, sender, date, subject, kind, charset, q_subj, cc=cc, in_reply_to=irt)
    if client == "outlook":
        m["Thread-Topic"] = enc_header(subject.replace("RE: ", "").replace("FW: ", ""), charset)
        m["Thread-Index"] = "AdtR" + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(24)) + "=="
        m["Content-Language"] = "ru-RU" if lang == "RU" else "en-US"
        m["X-MS-Has-Attach"] = "yes" if attachments else ""
        m["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "iphone":
        m["X-Mailer"] = "iPhone Mail (22B91)"
    elif client == "gmail":
        m["X-Mailer"] = "iPhone Mail (22B91)"
    elif client == "thunderbird":
        m["User-Agent"] = "Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"
    add(key, date, m, label)


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ================================================================ 125014
human("A1", dt(2, 9, 15), "olga", "RE: Заявка №125014 — школа 1234, вентиляция / Request accepted",
"""Добрый день, Елена!

Заявка №125014 (ГБОУ Школа № 1234, ул. Профсоюзная, 45) принята в работу. Ответственный — James Mitchell, супервайзер объекта, моб. +7 916 204-71-38.

---

Good morning Elena,

Request #125014 (School No. 1234, 45 Profsoyuznaya St.) has been accepted. Responsible: James Mitchell, site supervisor.

""" + SIG_OLGA + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 2 ноября 2026 г. 8:41
Кому: helpdesk@ifs-moscow.ru
Тема: Заявка №125014 — школа 1234, вентиляция

Коллеги, добрый день.
Прошу принять в работу заявку №125014. Позиции: 1 — приточная установка спортзала, 2 — вытяжка пищеблока.
Контакт на объекте: завхоз Татьяна Ивановна, +7 499 128-33-10.
Диспетчер Воронцова Е.В.""",
D("125014", [], ACC, "bilingual acceptance from help-desk; positions only in quoted request"), reply=True)

human("A2", dt(2, 10, 5), "james", "125014 школа 1234",
"""Crew is on the way to школа 1234, ETA 15 min.
James

Sent from my iPhone""",
D("125014", [], WAY, "ETA 15 min = on the way; 1234 is the school number, not a request"), client="iphone")

human("A3", dt(2, 10, 27), "james", "125014 pos 1",
"""Team is on site at школа 1234, started on приточка in спортзал.
J.

Sent from my iPhone""",
D("125014", ["1"], ON, "position in subject 'pos 1'"), client="iphone")

human("A4", dt(2, 15, 10), "kuznetsov", "125014 п.1 закрыли",
"""Елена, добрый день.
По 125014 поз.1 закончили — двигатель приточки заменили, ремень натянули, запустили, работает. Бригада с объекта уехала в 14:50.
По второй позиции (вытяжка пищеблока) — завтра с утра, нужен доступ в щитовую, ключ у завхоза.

Д. Кузнецов, бригадир
8-903-771-25-09""",
D("125014", ["1"], LEFT, "pos 1 finished, pos 2 only planned for tomorrow"), charset="windows-1251", cte=QP)

human("A5", dt(3, 15, 52), "james", "125014-2 completed",
"""Hi Elena,

125014-2 (вытяжка пищеблока) – job completed at 3:45 PM, crew left the building. Fan motor bearings replaced, tested OK together with the завхоз.
Акт will follow from help-desk.

Thanks,
""" + SIG_JAMES,
D("125014", ["2"], LEFT, "position after dash in '125014-2', English time format"), lang="EN")

# ================================================================ 125087
human("B1", dt(3, 11, 40), "petrov", "RE: Обращение №125087 — лифт Лесная 9",
"""Елена, добрый день!

Обращение №125087 ассайнули на меня, берём в работу. Лифт № 3 (KONE MonoSpace 500) — по описанию похоже на датчик точной остановки, уточню.

""" + SIG_PETROV + """

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Tuesday, November 3, 2026 11:02 AM
To: helpdesk@ifs-moscow.ru
Subject: Обращение №125087 — лифт Лесная 9

Добрый день. БЦ «Северное сияние», ул. Лесная, 9, лифт № 3 остановился между 5 и 6 этажом, пассажиров нет. Прошу принять обращение.""",
D("125087", [], ACC, "'ассайнули, берём в работу' = accepted; 3 and 9 are lift/house numbers"), reply=True)

human("B2", dt(3, 17, 30), "james", "RE: Обращение №125087 — лифт Лесная 9",
"""Elena,

Quick update on 125087: remote диагностика with KONE support done – we need a new door operator board, parts on order (KM606810G02). We will go tomorrow once the part is in our склад, or 11/05 latest.
Will confirm ETA.

""" + SIG_JAMES,
R("plan only: parts on order, 'we will go tomorrow'"), lang="EN", reply=True)

# B3: Russian out-of-office (Exchange)
def ooo(key, date, sender, subject, text, label, lang="RU"):
    m = MIMEMultipart("alternative")
    m.attach(MIMEText(text, "plain", cs("utf-8", BASE64)))
    m.attach(MIMEText(outlook_html(text, "utf-8", lang), "html", cs("utf-8", BASE64)))
    common_headers(m, sender, date, subject, "outlook", in_reply_to=mid("disp"))
    m["Auto-Submitted"] = "auto-replied"
    m["X-Auto-Response-Suppress"] = "All"
    m["X-MS-Exchange-Inbox-Rules-Loop"] = P[sender][1]
    m["Content-Language"] = "ru-RU" if lang == "RU" else "en-US"
    m["X-Mailer"] = "Microsoft Exchange Server 2019"
    add(key, date, m, label)

ooo("B3", dt(4, 9, 2), "petrov", "Автоматический ответ: Обращение №125087 — когда выезд?",
"""Добрый день!

4 ноября — нерабочий праздничный день, я вернусь в офис 05.11.2026.
По срочным заявкам обращайтесь в службу поддержки: helpdesk@ifs-moscow.ru, +7 (495) 980-12-34 (круглосуточно).

Алексей Петров""",
I("Russian out-of-office auto-reply (Auto-Submitted: auto-replied)"))

human("B4", dt(5, 8, 50), "petrov", "125087 выезд",
"""Выехали на Лесную, 9 по заявке 125087, плату забрали со склада. Машина Ларгус А 123 ВС 777, водитель Сергей. Будем к 9:30.
Петров

Отправлено с iPhone""",
D("125087", [], WAY, "'выехали на Лесную' = left for the site; car plate is not a number to use"), client="iphone")

human("B5", dt(5, 13, 20), "james", "RE: 125087 выехали на Лесную",
"""Elena, hi –

125087 (1): board replaced, lift № 3 back in service since 13:05, tested 10 trips all floors. Crew left.

Best,
James

> 5 нояб. 2026 г., в 08:50, Петров Алексей <a.petrov@ifs-moscow.ru> написал(а):
>
> Выехали на Лесную, 9 по заявке 125087, плату забрали со склада. Машина Ларгус А 123 ВС 777, водитель Сергей. Будем к 9:30.
> Петров""",
D("125087", ["1"], LEFT, "Re: subject keeps old status 'выехали', body: repaired, crew left"), lang="EN")

human("B6", dt(5, 14, 10), "ruslan", "125087 поз.2",
"""Добрый день, по заявке 125087 поз.2 — тоже готово, кабину № 2 посмотрели заодно, замечаний нет.
Руслан

Отправлено с iPhone""",
R("request 125087 has only position 1; 'поз.2' does not exist"), client="iphone")

# ================================================================ 125230
TABLE_CSS = "border-collapse:collapse;border:1px solid #999;font-family:Calibri,sans-serif;font-size:11pt"


def table_html(intro, rows, header, outro, quoted_html=""):
    tr = "".join("<tr>%s</tr>" % "".join("<td style='border:1px solid #999;padding:3px 8px'>%s</td>" % htmlmod.escape(c) for c in r) for r in rows)
    th = "<tr>%s</tr>" % "".join("<th style='border:1px solid #999;padding:3px 8px;background:#DDEBF7'>%s</th>" % htmlmod.escape(c) for c in header)
    return ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head><body lang=RU>"
            "<div class=WordSection1>%s<table style='%s'>%s%s</table>%s%s</div></body></html>"
            % (intro, TABLE_CSS, th, tr, outro, quoted_html))


def p(*lines):
    return "".join("<p class=MsoNormal>%s</p>" % (htmlmod.escape(l) if l else "&nbsp;") for l in lines)


def plain_table(rows):
    return "\n".join(" | ".join(r) for r in rows)


rows = [["1", "Тверская ул., 12 стр. 1", "Принята", "Accepted"],
        ["2", "Новый Арбат, 21", "Принята", "Accepted"],
        ["3", "Ленинградский пр-т, 39 стр. 80", "Принята", "Accepted"]]
hdr = ["Поз. / Item", "Адрес / Address", "Статус", "Status"]
intro = p("Елена, добрый день!", "", "Заявка 125230 (обслуживание сплит-систем) принята в работу по всем позициям:", "")
outro = p("", "Dear Elena, request 125230 (split AC maintenance) is accepted for all items, see the table above.", "", *SIG_OLGA.split("\n"))
txt = ("Елена, добрый день!\n\nЗаявка 125230 (обслуживание сплит-систем) принята в работу по всем позициям:\n\n"
       + plain_table([hdr] + rows) + "\n\nDear Elena, request 125230 (split AC maintenance) is accepted for all items, see the table above.\n\n" + SIG_OLGA)
human("C1", dt(5, 9, 30), "olga", "Заявка 125230 принята / Request 125230 accepted", txt,
      D("125230", ["1", "2", "3"], ACC, "HTML table, one row per position, all accepted"),
      html=table_html(intro, rows, hdr, outro))

human("C2", dt(6, 10, 42), "ruslan", "Тверская 12 (125230)",
"""Поз. 1 — на месте с 10:40, приступили к чистке внутренних блоков. Арендатор на месте, доступ есть.

Руслан Хабибуллин
Отправлено с iPhone""",
D("125230", ["1"], ON, "request number in brackets after the address"), client="iphone")

human("C3", dt(6, 11, 15), "james", "125230 п.2",
"""Second crew en route to Новый Арбат 21, ETA 30 min.
J.

Sent from my iPhone""",
D("125230", ["2"], WAY, "en route, ETA; position in subject 'п.2'"), client="iphone")

c4html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head><body>"
          "<p>Elena,</p><p>Status on <b>125230</b> as of 2:30 PM:</p><ul>"
          "<li>Pos 1 (Тверская) – completed 14:10, crew moving to Арбат to help</li>"
          "<li>Pos 2 (Новый Арбат) – on site since 11:50, refilling freon R410A, 2 units</li>"
          "<li>Pos 3 (Ленинградский) – Monday</li></ul>"
          "<p>James Mitchell<br>Site Supervisor | International Facility Services LLC<br>M: +7 916 204-71-38</p>"
          "</body></html>")
human("C4", dt(6, 14, 31), "james", "Status 125230", None,
      R("different statuses for different positions in one letter (pos 1 done, pos 2 on site)"),
      html=c4html, html_only=True, lang="EN")

human("C5", dt(6, 17, 5), "ruslan", "Re: 125230 п.2",
"""По 125230 поз 1 и 2 всё, уехали. По 3-й (Ленинградский) выезд в понедельник с утра, арендатор раньше не пускает.
Руслан

Отправлено с iPhone

> 6 нояб. 2026 г., в 11:15, Mitchell James <j.mitchell@ifs-moscow.ru> написал(а):
>
> Second crew en route to Новый Арбат 21, ETA 30 min.
> J.""",
D("125230", ["1", "2"], LEFT, "pos 1 and 2 done and left, pos 3 only planned; quote says en route"), client="iphone")

human("C6", dt(9, 10, 15), "petrov", "Заявка 125230, 3-я позиция",
"""Елена, доброе утро.

Заявка 125230, 3-я позиция — прибыли на Ленинградский пр-т, 39 стр. 80 в 10:05, приступили к обслуживанию. Всего 6 сплит-систем (Daikin FTXM35), по времени — до обеда.

""" + SIG_PETROV,
D("125230", ["3"], ON, "'3-я позиция', прибыли"))


def read_receipt(key, date, sender, orig_subject, orig_date_str, label):
    m = MIMEMultipart("report", report_type="disposition-notification")
    txt = ("Ваше сообщение\n\n    Кому: %s\n    Тема: %s\n    Отправлено: %s\n\nбыло прочитано %s."
           % (P[sender][0], orig_subject, orig_date_str, date.strftime("%d.%m.%Y %H:%M")))
    m.attach(MIMEText(txt, "plain", cs("utf-8", BASE64)))
    mdn = Message()
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload("Reporting-UA: EXCH-MSK01.ifs-moscow.ru; Microsoft Outlook 16.0\r\n"
                    "Final-Recipient: rfc822;%s\r\n"
                    "Original-Message-ID: %s\r\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed\r\n" % (P[sender][1], mid("disp")))
    m.attach(mdn)
    common_headers(m, sender, date, "Прочитано: " + orig_subject, "outlook")
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    add(key, date, m, label)


read_receipt("C7", dt(9, 10, 20), "petrov", "Заявка 125230 поз.3 — контакт арендатора",
             "09.11.2026 9:58", I("read receipt (MDN) for dispatcher's message"))

human("C8", dt(9, 15, 45), "petrov", "RE: Заявка 125230, 3-я позиция",
"""Работы по третьей позиции завершены, все 6 блоков в работе, давление и токи в норме. Бригада освободилась, уехали в 15:30.
Отчёт с фото пришлю завтра.

Алексей

От: Петров Алексей <a.petrov@ifs-moscow.ru>
Отправлено: 9 ноября 2026 г. 10:15
Кому: dispatch@zakazchik-omis.ru
Тема: Заявка 125230, 3-я позиция

Елена, доброе утро.

Заявка 125230, 3-я позиция — прибыли на Ленинградский пр-т, 39 стр. 80 в 10:05, приступили к обслуживанию.""",
D("125230", ["3"], LEFT, "new text: 'по третьей позиции завершены, уехали'; quote says прибыли"))

pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
human("C9", dt(12, 11, 0), "olga", "Акт и счёт по заявке 125230 / Acceptance certificate and invoice",
"""Елена, добрый день!

Направляем акт выполненных работ № А-2026/1187 от 11.11.2026 и счёт № 8841 по договору № 45/ФМ-2026 от 15.01.2026 по заявке 125230 (обслуживание сплит-систем, 3 адреса).
Сумма: 126 480,00 руб., в т.ч. НДС 20%. Просим подписать акт и вернуть скан, оригиналы отправим курьером.

---

Dear Elena,

Please find attached the acceptance certificate No. A-2026/1187 and invoice No. 8841 under contract 45/FM-2026 for request 125230. Amount: RUB 126,480.00 incl. VAT.

""" + SIG_OLGA,
R("paperwork: act and invoice, contract talk; no status report"),
attachments=[("Акт_А-2026-1187.pdf", "application/pdf", pdf), ("Счет_8841.pdf", "application/pdf", pdf)])

# ================================================================ 125411
human("D1", dt(5, 14, 45), "olga", "Request #125411 accepted / Заявка №125411 принята",
"""Dear Elena,

Request #125411 (Kindergarten No. 2417, 66 Vavilova St.) has been received and accepted. The crew will be scheduled for tomorrow morning.

---

Елена, добрый день!

Заявка №125411 (д/с № 2417, ул. Вавилова, 66) получена и принята в работу. Выезд бригады планируем на завтра утром.

""" + SIG_OLGA,
D("125411", [], ACC, "English first, Russian below; accepted, departure only planned"), lang="EN")

human("D2", dt(6, 8, 10), "kuznetsov", "125411 выезжаем",
"""Доброе утро. По заявке 125411 выезжаем сейчас, будем на Вавилова через 40 минут.
Пропуск на машину заказали? Газель Х 456 ОР 799.

Кузнецов""",
D("125411", [], WAY, "'выезжаем сейчас, будем через 40 минут' = on the way (question about pass is secondary)"),
charset="windows-1251", cte=QP)

human("D3", dt(6, 9, 0), "james", "RE: 125411 выезжаем",
"""We are on site. Охранник has the list now, thanks. For access to the roof call me +7 916 204-71-38.

James""",
D("125411", [], ON, "Re: subject says 'выезжаем', body says on site"), lang="EN")

human("D4", dt(6, 9, 40), "kuznetsov", "RE: 125411 - пропуск",
"""Елена, спасибо, пропуск получили, всё ок.
Д.К.

ЕВ> Дмитрий, пропуск на Газель Х 456 ОР 799 заказан, охрана на въезде предупреждена.
ЕВ> Воронцова Е.В., диспетчер""",
R("thanks for the dispatcher's pass; nothing new reported"), charset="windows-1251", cte=BASE64, reply=True)

human("D5", dt(6, 16, 20), "james", "125411 – pos 1 & 2 completed",
"""Elena,

125411: водостоки (pos 1) cleaned and 2 sections replaced; roof over пищеблок (pos 2) – membrane patched, approx. 4 sq m. Job completed, crew left at 4:05 PM.
Photos to follow tomorrow.

""" + SIG_JAMES,
D("125411", ["1", "2"], LEFT, "both positions named, job completed, crew left"), lang="EN")

# ================================================================ 125602
human("E1", dt(6, 10, 5), "petrov", "RE: Тикет 125602 — ворота доков, Домодедово",
"""Елена, добрый день.

Тикет 125602 взяли в работу, ответственный — Кузнецов Д. Выезд согласуем с логистами склада, у них отгрузки до пятницы.

""" + SIG_PETROV,
D("125602", [], ACC, "'тикет взяли в работу' = accepted; visit only to be agreed"), reply=True)

human("E2", dt(9, 7, 30), "james", "125602 Domodedovo",
"""Morning Elena,
crew departed for Домодедово warehouse (склад 3), all 4 docks, ETA ~1h – traffic on М4.
James

Sent from my iPhone""",
D("125602", [], WAY, "'departed for' the warehouse = on the way; 'all 4 docks' = whole request"), client="iphone")

human("E3", dt(9, 8, 45), "kuznetsov", "наряд 125602 п.1, п.2",
"""На месте, склад 3. Начали с доков п.1 и п.2, логисты их освободили. На п.1 лопнули торсионные пружины, меняем.

Кузнецов
8-903-771-25-09""",
D("125602", ["1", "2"], ON, "'наряд' in subject, п.1 п.2 on site"), charset="windows-1251", cte=QP)

human("E4", dt(9, 16, 30), "kuznetsov", "RE: наряд 125602 п.1, п.2",
"""По наряду 125602: поз.1 и поз.2 отремонтированы, ворота ходят, бригада уехала в 16:15.
По поз.3 и 4 нужны панели (арт. 3162-220-01, 2 шт.) и ролики — запчасти на заказ, срок 5–7 дней.

Д. Кузнецов, бригадир""",
D("125602", ["1", "2"], LEFT, "1 and 2 done and left; 3-4 parts on order (plan); article number is a distractor"),
charset="windows-1251", cte=QP)


def bounce(key, date, label):
    m = MIMEMultipart("report", report_type="delivery-status")
    txt = ("This is the mail system at host mx1.ifs-moscow.ru.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\n"
           "delete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           "<v.orlov@ifs-moscow.ru>: user unknown: 550 5.1.1 <v.orlov@ifs-moscow.ru>:\n"
           "    Recipient address rejected: User unknown in virtual mailbox table\n")
    t = MIMEText(txt, "plain", "us-ascii")
    t.set_param("description", "Notification", header="Content-Description")
    m.attach(t)
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.ifs-moscow.ru"
    b1["X-Postfix-Queue-ID"] = "4QK7T51x2Zz9vKp"
    b1["Arrival-Date"] = "Tue, 10 Nov 2026 08:59:51 +0300 (MSK)"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; v.orlov@ifs-moscow.ru"
    b2["Original-Recipient"] = "rfc822;v.orlov@ifs-moscow.ru"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "X-Postfix; User unknown in virtual mailbox table"
    ds.set_payload([b1, b2])
    m.attach(ds)
    hdrs = Message()
    hdrs["Content-Type"] = "text/rfc822-headers"
    hdrs["Content-Description"] = "Undelivered Message Headers"
    hdrs.set_payload("From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n"
                     "To: v.orlov@ifs-moscow.ru\n"
                     "Subject: =?utf-8?b?" + __import__("base64").b64encode("RE: 125602 доступ на склад, пропуска".encode()).decode() + "?=\n"
                     "Date: Tue, 10 Nov 2026 08:59:47 +0300\n"
                     "Message-ID: " + mid("disp") + "\n")
    m.attach(hdrs)
    m["From"] = "Mail Delivery System <MAILER-DAEMON@ifs-moscow.ru>"
    m["To"] = "dispatch@zakazchik-omis.ru"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<20261110055951.4QK7T51x2Zz9vKp@mx1.ifs-moscow.ru>"
    m["Auto-Submitted"] = "auto-replied"
    add(key, date, m, label)


bounce("E5", dt(10, 8, 59, 52), I("delivery failure report (bounce) from MAILER-DAEMON, mentions 125602 only in returned headers"))

human("E6", dt(16, 9, 10), "james", "RE: 125602 — запчасти",
"""Elena,

Parts arrived on Friday. 125602 pos 3-4 – we are on site now, dock 3 first.

James

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Friday, November 13, 2026 4:12 PM
To: Mitchell James <j.mitchell@ifs-moscow.ru>
Cc: helpdesk@ifs-moscow.ru
Subject: 125602 — запчасти

James, добрый день. Когда планируете закрыть позиции 3 и 4? Склад просит до 20.11.
Воронцова Е.В.""",
D("125602", ["3", "4"], ON, "'pos 3-4 – we are on site now'; quoted dispatcher question ignored"), lang="EN", reply=True)

human("E7", dt(16, 17, 40), "james", "Fwd: 125602 поз 3,4",
"""Elena, FYI below from Дмитрий – 125602 closed from our side.
J.

Sent from my iPhone

Begin forwarded message:

From: Кузнецов Дмитрий <d.kuznetsov@ifs-moscow.ru>
Date: 16 November 2026 at 17:31:12 GMT+3
To: Mitchell James <j.mitchell@ifs-moscow.ru>
Subject: 125602 поз 3,4

Джеймс, закончили 3 и 4 ворота, панели поставили, ролики заменили, всё отрегулировано. Убыли в 17:20.
Пломба на щите управления № 0458812.
Кузнецов
""",
D("125602", ["3", "4"], LEFT, "iPhone forward of the crew report: 3 and 4 finished, убыли 17:20; seal number is a distractor"), client="iphone")

# ================================================================ 125777
human("F1", dt(7, 8, 5), "olga", "RE: АВАРИЯ 125777 протечка кровли ТЦ Калужский",
"""Елена, заявка 125777 принята, аварийная бригада формируется, сообщим о выезде.
Request 125777 accepted, emergency crew is being arranged, will confirm departure.

""" + SIG_OLGA + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 7 ноября 2026 г. 7:52
Кому: helpdesk@ifs-moscow.ru
Тема: АВАРИЯ 125777 протечка кровли ТЦ Калужский

Срочно! ТЦ «Калужский», Профсоюзная, 61 — течёт кровля над торговым залом 2 этажа. Охрана: +7 495 330-19-77.""",
D("125777", [], ACC, "accepted; crew only being arranged"), reply=True)

human("F2", dt(7, 8, 20), "ruslan", "125777",
"""Выезжаем с базы на Профсоюзную 61, заявка 125777. Нас двое, с собой мастика и плёнка.
Руслан

Отправлено с iPhone""",
D("125777", [], WAY, "'выезжаем с базы на ...' = leaving the base for the site"), client="iphone")

human("F3", dt(7, 8, 35), "james", "Re: АВАРИЯ 125777 протечка кровли ТЦ Калужский",
"""Elena, who is the contact person at Калужский for 125777? Security usually asks for the name of the инженер ТЦ. Pls send phone.
James

Sent from my iPhone""",
R("question about contact person; no status"), client="iphone")

human("F4", dt(7, 9, 53), "ruslan", "Re: 125777",
"""прибытие 09:52, поднимаемся на кровлю с инженером ТЦ

Отправлено с iPhone

> 7 нояб. 2026 г., в 08:20, Руслан Хабибуллин <r.khabibullin@ifs-moscow.ru> написал(а):
>
> Выезжаем с базы на Профсоюзную 61, заявка 125777. Нас двое, с собой мастика и плёнка.""",
D("125777", [], ON, "noun 'прибытие 09:52'; quote says выезжаем"), client="iphone")

human("F5", dt(7, 13, 25), "ruslan", "125777 убытие",
"""Течь устранена, примыкание к вентшахте промазали, в торговом зале сухо. Убытие 13:15.
Руслан

Отправлено с iPhone""",
D("125777", [], LEFT, "number only in subject; 'течь устранена, убытие 13:15'"), client="iphone")

# ================================================================ 126008 (KOI8-R Thunderbird, bottom posting)
human("G1", dt(10, 10, 40), "sokolov", "Re: Заявка 126008 ИТП Мосфильмовская",
"""Елена Викторовна, добрый день.

10.11.2026 10:03, Диспетчерская ОМИС пишет:
> Прошу принять заявку 126008. Поз.1 - ИТП корп. 3, поз.2 - ИТП корп. 4.
> Жалобы жильцов на температуру ГВС.

Заявку 126008 принял. Выезд планируем на завтра к 9:00, начнём с корпуса 3.

""" + SIG_SOKOLOV,
D("126008", [], ACC, "bottom-posted reply in KOI8-R: accepted, visit planned; positions only in quote"),
client="thunderbird", charset="koi8-r", reply=True)

human("G2", dt(11, 9, 25), "sokolov", "126008 поз.1",
"""На месте с 9:20, корп. 3.
Давление в подаче 6,2 кгс/см2, в обратке 4,1, ГВС 48 градусов. Смотрим регулятор.

""" + SIG_SOKOLOV,
D("126008", ["1"], ON, "KOI8-R; on site, position in subject"), client="thunderbird", charset="koi8-r")

human("G3", dt(11, 14, 50), "sokolov", "Re: 126008 поз.1",
"""11.11.2026 9:25, Соколов Геннадий Ильич пишет:
> На месте с 9:20, корп. 3.
> Давление в подаче 6,2 кгс/см2, в обратке 4,1, ГВС 48 градусов. Смотрим регулятор.

По первой позиции закончили: заменили клапан регулятора ГВС (Danfoss AVTB 20), на выходе 60 град.
Перешли на корпус 4 (поз.2), приступили, там теплообменник забит.

""" + SIG_SOKOLOV,
R("different statuses for positions: pos 1 finished, pos 2 on site"), client="thunderbird", charset="koi8-r")

human("G4", dt(12, 12, 30), "james", "126008 pos 1/2 – completed",
"""Elena,

126008 pos 1/2 – completed, crew left site at 12:15. Теплообменник on корп. 4 flushed, ГВС 60°C in both buildings. Пломба on the счётчик not touched (№ 0045871).
Report from Геннадий Ильич to follow.

""" + SIG_JAMES,
D("126008", ["1", "2"], LEFT, "'pos 1/2 – completed, crew left'"), lang="EN")

# ================================================================ 126150
human("H1", dt(12, 13, 30), "olga", "WO 126150 assigned / Заявка 126150 принята",
"""Hi Elena,

WO 126150 (parking lighting, 87B Varshavskoye Hwy) is assigned to Alexey Petrov's team. Planned start: tomorrow 09:00.

---

Елена, добрый день!

Заявку 126150 (освещение паркинга, Варшавское ш., 87Б) ассайнули на бригаду Алексея Петрова. Начало работ — завтра с 9:00.

""" + SIG_OLGA,
D("126150", [], ACC, "WO assigned / ассайнули = accepted"), lang="EN")

human("H2", dt(13, 8, 40), "james", "126150",
"""ETA 15 min – Варшавка, parking. Alexey's team with me.
J.

Sent from my iPhone""",
D("126150", [], WAY, "'ETA 15 min' = on the way"), client="iphone")

human("H3", dt(13, 12, 10), "petrov", "126150 П1 ГОТОВО",
"""126150 П1 ГОТОВО, ВСЕ 48 СВЕТИЛЬНИКОВ НА -1 ГОРЯТ. ДРАЙВЕРА ЗАМЕНИЛИ 7 ШТ.
ПЕТРОВ

Отправлено с iPhone""",
D("126150", ["1"], LEFT, "caps; 'П1 ГОТОВО' = position 1 finished"), client="iphone")

human("H4", dt(13, 12, 40), "petrov", "126150 (2)",
"""Приступили на минус втором уровне, на месте. Там хуже — кабельная линия на участке С, ищем обрыв.
Алексей

Отправлено с iPhone""",
D("126150", ["2"], ON, "position in brackets in the subject"), client="iphone")

human("H5", dt(13, 17, 30), "james", "Daily summary 11/13",
"""Elena,

Summary for today:
- 126150 – level -2 still in progress, cable fault found, team stays till 7 PM
- 125602 – parts for pos 3/4 arrived, we will go on Monday

Have a good evening,
James""",
R("two different requests in one letter"), lang="EN")

human("H6", dt(14, 11, 0), "petrov", "Re: 126150 (2)",
"""Елена, добрый день.
По заявке 126150 по второй позиции работы з\u0061вершены, кабель перепроложили, свет на -2 есть. Б\u0070игада \u0079была в 10:40.

""" + SIG_PETROV,
D("126150", ["2"], LEFT, "Latin look-alike letters in 'зaвершены', 'Бpигада', 'yбыла'; 'по второй позиции'"))

human("H7", dt(16, 16, 0), "ruslan", "WO 126150 п.3",
"""WO закрыт по 3-й позиции, наружка горит, таймер перенастроили на 16:30. Уехали.
Руслан

Отправлено с iPhone""",
D("126150", ["3"], LEFT, "'WO закрыт', уехали"), client="iphone")

# ================================================================ 126333
human("I1", dt(16, 9, 0), "james", "RE: 126333 ДГУ Бутлерова 7",
"""Elena,

126333 accepted, engineer assigned – Алексей Петров. FG Wilson P500-3 – we will check the ATS and controller first.

""" + SIG_JAMES,
D("126333", [], ACC, "accepted; generator model is a distractor"), lang="EN", reply=True)

human("I2", dt(16, 16, 10), "james", "RE: 126333 ДГУ Бутлерова 7",
"""Elena,

Remote check done with the ЦОД engineer – it's the controller (DeepSea DSE7320). Parts on order, P/N 10000-16432, expected tomorrow AM. We will go tomorrow after lunch, will confirm ETA.

""" + SIG_JAMES,
R("plan only: parts on order, will go tomorrow"), lang="EN", reply=True)

ooo("I3", dt(17, 8, 5), "james", "Automatic reply: 126333 — когда выезд?",
"""Thank you for your message.

I am on site visits on 11/17/2026 with limited access to e-mail. For urgent matters please contact our help-desk: helpdesk@ifs-moscow.ru, +7 (495) 980-12-34.

Best regards,
James Mitchell""",
I("English out-of-office auto-reply"), lang="EN")

human("I4", dt(18, 8, 30), "petrov", "126333 выезд",
"""Выехали на Бутлерова, 7 (ЦОД). Контроллер DSE7320 забрали, будем около 9:15.
Петров

Отправлено с iPhone""",
D("126333", [], WAY, "'выехали на Бутлерова' = left for site"), client="iphone")

human("I5", dt(18, 16, 55), "petrov", "RE: 126333 выезд",
"""Елена, добрый вечер.

Контроллер заменили, ДГУ прогнали под нагрузкой 40 мин, АВР отрабатывает. Выехали с объекта в 16:40.

Алексей

От: Петров Алексей <a.petrov@ifs-moscow.ru>
Отправлено: 18 ноября 2026 г. 8:30
Кому: dispatch@zakazchik-omis.ru
Тема: 126333 выезд

Выехали на Бутлерова, 7 (ЦОД). Контроллер DSE7320 забрали, будем около 9:15.""",
D("126333", [], LEFT, "'выехали с объекта' = left the site; quote 'выехали на' is old"))

# ================================================================ 126519
human("J1", dt(18, 12, 0), "olga", "Обращение 126519 принято / Ticket 126519 accepted",
"""Елена, добрый день!
Обращение 126519 (БЦ «Ориент», Ленинский пр-т, 113/1) принято, бригада будет завтра до обеда.

Hi Elena,
Ticket 126519 (Orient BC, 113/1 Leninsky Ave.) is accepted, crew will come tomorrow before noon.

""" + SIG_OLGA,
D("126519", [], ACC, "bilingual acceptance; address 113/1 is a distractor"))

human("J2", dt(19, 10, 15), "james_gmail", "126519 поз2",
"""Team on site, Ленинский 113/1, 5th floor. Corporate mail on my phone is down, writing from personal.
James

Sent from my iPhone""",
D("126519", ["2"], ON, "from James' personal gmail (listed); 'поз2' in subject"), client="gmail")

human("J3", dt(19, 13, 0), "james", "FW: 126519 поз.2",
"""FYI.

________________________________
From: Хабибуллин Руслан <r.khabibullin@ifs-moscow.ru>
Sent: Thursday, November 19, 2026 12:48 PM
To: Mitchell James <j.mitchell@ifs-moscow.ru>
Subject: 126519 поз.2

Джеймс, на 5 этаже смеситель заменили (Grohe Eurosmart 32467002), всё работает, не течёт. Ушли в 12:45.
На 3-й этаж (засор) нужна машина с тросом, сегодня не успеем.""",
D("126519", ["2"], LEFT, "forwarded crew report: mixer replaced, left 12:45; 3rd floor only a plan"), lang="EN")

human("J4", dt(19, 15, 30), "ruslan", "126519 доп. работы",
"""Елена, добрый день.
По 126519 на 3 этаже засор в стояке, не в сифоне — нужна прочистка стояка и замена участка трубы ПВХ 110 мм, 1,5 м.
Доп. смета: 18 400 руб. с НДС. Согласуете?

Руслан Хабибуллин
+7 977 301-55-18""",
R("price talk, asks approval of extra estimate"), client="iphone")

human("J5", dt(20, 11, 45), "james", "RE: Заявка 126519 поз. 1",
"""Done, crew left 11:30. Стояк cleaned, pipe section replaced as per смета.
J.

From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Friday, November 20, 2026 8:14 AM
To: Mitchell James <j.mitchell@ifs-moscow.ru>
Subject: Заявка 126519 поз. 1

Доп. смета 18 400 руб. согласована, прошу выполнить сегодня.
Воронцова Е.В.""",
D("126519", ["1"], LEFT, "request and position only in the Re: subject; body 'Done, crew left'"), lang="EN", reply=True)

# ================================================================ 126904
human("K1", dt(20, 9, 40), "petrov", "RE: 126904 АПС школа 587",
"""Елена, добрый день.

126904 ассайнули, принято. По доступу в школу — нужно согласование с директором, завтра суббота. Предлагаю понедельник 23.11 с 10:00, три бригады.

""" + SIG_PETROV,
D("126904", [], ACC, "ассайнули, принято; proposal of date is secondary"), reply=True)


def calendar_reply(key, date, sender, subject, label):
    m = MIMEMultipart("alternative")
    m.attach(MIMEText("", "plain", cs("utf-8", BASE64)))
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Mitchell James:mailto:j.mitchell@ifs-moscow.ru\r\n"
           "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по заявке 126904 — доступ в школу\r\n"
           "DTSTART;TZID=Russian Standard Time:20261120T150000\r\nDTEND;TZID=Russian Standard Time:20261120T153000\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000B0C1F2E3A4C7DC01000000000000000010000000\r\n"
           "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
           "LOCATION;LANGUAGE=ru-RU:Microsoft Teams\r\nSEQUENCE:0\r\nDTSTAMP:20261120T090000Z\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = MIMEText(ics, "calendar", cs("utf-8", BASE64))
    cal.set_param("method", "REPLY")
    m.attach(cal)
    common_headers(m, sender, date, subject, "outlook")
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Content-Class"] = "urn:content-classes:calendarmessage"
    add(key, date, m, label)


calendar_reply("K2", dt(20, 12, 0), "james", "Принято: Совещание по заявке 126904 — доступ в школу",
               I("calendar meeting response generated by Outlook"))

rows3 = [["1", "Корпус А", "На месте / On site", "10:05"],
         ["2", "Корпус Б", "На месте / On site", "10:05"],
         ["3", "Спортблок", "На месте / On site", "10:05"]]
hdr3 = ["Поз.", "Объект / Building", "Статус / Status", "Время / Time"]
intro3 = p("Елена, добрый день!", "", "Статус по заявке 126904 (АПС, школа № 587) на 10:20:", "")
outro3 = p("", "Dear Elena, status of WO 126904 as of 10:20 AM is in the table above – all three crews are on site.", "", *SIG_OLGA.split("\n"))
txt3 = ("Елена, добрый день!\n\nСтатус по заявке 126904 (АПС, школа № 587) на 10:20:\n\n" + plain_table([hdr3] + rows3)
        + "\n\nDear Elena, status of WO 126904 as of 10:20 AM is in the table above – all three crews are on site.\n\n" + SIG_OLGA)
human("K3", dt(23, 10, 20), "olga", "Статус по заявке 126904 / Status update WO 126904", txt3,
      D("126904", ["1", "2", "3"], ON, "HTML table: all three positions on site"),
      html=table_html(intro3, rows3, hdr3, outro3))

rows4 = [["1", "Корпус А", "Работы завершены, бригада убыла / Completed, crew left", "16:40"],
         ["2", "Корпус Б", "Работы завершены, бригада убыла / Completed, crew left", "16:55"],
         ["3", "Спортблок", "Перенос на 24.11 (нет доступа в щитовую) / Rescheduled to 11/24", "—"]]
intro4 = p("Елена, добрый вечер!", "", "Обновление по заявке 126904 на 17:10:", "")
outro4 = p("", "Update on WO 126904: items 1 and 2 completed, item 3 rescheduled to tomorrow (no access to the switch room).", "", *SIG_OLGA.split("\n"))
quoted4 = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
           + p("От: Смирнова Ольга | IFS Help-Desk <helpdesk@ifs-moscow.ru>", "Отправлено: 23 ноября 2026 г. 10:20",
               "Кому: dispatch@zakazchik-omis.ru", "Тема: Статус по заявке 126904 / Status update WO 126904", "")
           + "<table style='%s'>%s</table></div>" % (TABLE_CSS, "".join(
               "<tr>%s</tr>" % "".join("<td style='border:1px solid #999;padding:3px 8px'>%s</td>" % htmlmod.escape(c) for c in r)
               for r in [hdr3] + rows3)))
txt4 = ("Елена, добрый вечер!\n\nОбновление по заявке 126904 на 17:10:\n\n" + plain_table([hdr3] + rows4)
        + "\n\nUpdate on WO 126904: items 1 and 2 completed, item 3 rescheduled to tomorrow (no access to the switch room).\n\n" + SIG_OLGA
        + "\n\nОт: Смирнова Ольга | IFS Help-Desk <helpdesk@ifs-moscow.ru>\nОтправлено: 23 ноября 2026 г. 10:20\nКому: dispatch@zakazchik-omis.ru\n"
          "Тема: Статус по заявке 126904 / Status update WO 126904\n\n" + plain_table([hdr3] + rows3))
human("K4", dt(23, 17, 10), "olga", "RE: Статус по заявке 126904 / Status update WO 126904", txt4,
      D("126904", ["1", "2"], LEFT, "table: 1 and 2 completed/left, 3 rescheduled (plan); quoted older table says on site"),
      html=table_html(intro4, rows4, hdr3, outro4, quoted4))

human("K5", dt(24, 15, 50), "james", "126904 pos 3 – completed",
"""Elena,

11/24/2026 3:45 PM – 126904 pos 3 (спортблок) completed, 14 detectors replaced (ИП 212-141), панель С2000М reset, no faults. Crew left.

""" + SIG_JAMES,
D("126904", ["3"], LEFT, "US date/time format; detector model ИП 212-141 is a distractor"), lang="EN")

# ================================================================ 127245
human("L1", dt(23, 15, 40), "james", "Re: 127245",
"""Accepted, will send crew tomorrow AM. Please make sure аптека opens the back door for us.
James

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Monday, November 23, 2026 3:02 PM
To: Mitchell James <j.mitchell@ifs-moscow.ru>
Subject: 127245

James, добрый день. Новая заявка: аптека, Миклухо-Маклая, 18, не открываются автоматические двери на обоих входах (поз.1 — вход А, поз.2 — вход Б).""",
D("127245", [], ACC, "number only in subject 'Re: 127245'; Accepted; positions only in quote"), lang="EN", reply=True)

human("L2", dt(24, 8, 30), "ruslan", "127245",
"""Елена, доброе утро. По 127245 ещё не выехали, ждём ключи от щитовой у администратора ТЦ, обещали к 10.
Руслан

Отправлено с iPhone""",
R("negation: 'ещё не выехали', waiting for keys"), client="iphone")

human("L3", dt(24, 10, 50), "james", "Re: 127245",
"""On our way to Миклухо-Маклая 18, keys received. ETA 20 min.
J.

Sent from my iPhone

> On 24 Nov 2026, at 08:30, Руслан Хабибуллин <r.khabibullin@ifs-moscow.ru> wrote:
>
> Елена, доброе утро. По 127245 ещё не выехали, ждём ключи от щитовой у администратора ТЦ, обещали к 10.""",
D("127245", [], WAY, "'On our way ... ETA 20 min'; quoted 'ещё не выехали' is old"), client="iphone")

human("L4", dt(24, 11, 20), "ruslan", "127245-1 на месте",
"""На месет, вход А. Привод GEZE Slimdrive SL, на контроллере ошибка 07.

Отправлено с iPhone""",
D("127245", ["1"], ON, "typo 'месет'; '07' is an error code, not a position"), client="iphone")

human("L5", dt(24, 12, 45), "ruslan", "Re: 127245-1 на месте",
"""127245-1 и -2 закончили, датчики движения перенастроили, на входе Б заменили ремень. Бригада уехала в 12:30.

Отправлено с iPhone""",
D("127245", ["1", "2"], LEFT, "'127245-1 и -2 закончили', уехали"), client="iphone")

# ================================================================ misc
human("M1", dt(19, 10, 0), "kuznetsov", "Заявка 126090",
"""Заявка 126090 — на месте, ул. Обручева, 30. Начали.

Кузнецов""",
R("126090 is not in the registry"), charset="windows-1251", cte=QP)

human("M2", dt(25, 17, 20), "james", "Update",
"""Crew left the building, all done. Will send photos tomorrow.
J.

Sent from my iPhone""",
R("no request number at all"), client="iphone")

# newsletter
nl_txt = """IFS Russia — дайджест для клиентов | Client digest, November 2026

Уважаемые клиенты!
В октябре наша московская команда закрыла 1 250 заявок, среднее время прибытия аварийной бригады — 47 минут.
С 01.12.2026 начинает работу новая горячая линия: 8-800-555-35-35.

Dear clients,
In October our Moscow team closed 1,250 work orders, average emergency response time 47 minutes.

Отписаться / Unsubscribe: https://news.ifs-moscow.ru/unsubscribe?id=125230-77
"""
nl = MIMEMultipart("alternative")
nl.attach(MIMEText(nl_txt, "plain", cs("utf-8", QP)))
nl.attach(MIMEText("<html><body><h2>IFS Russia — дайджест для клиентов</h2>"
                   + "".join("<p>%s</p>" % htmlmod.escape(l) for l in nl_txt.split("\n") if l)
                   + "</body></html>", "html", cs("utf-8", QP)))
common_headers(nl, "news", dt(20, 10, 0), "IFS Russia: дайджест для клиентов — ноябрь 2026 / Client digest", "other")
nl["Precedence"] = "bulk"
nl["List-Id"] = "IFS Russia client news <clients.news.ifs-moscow.ru>"
nl["List-Unsubscribe"] = "<https://news.ifs-moscow.ru/unsubscribe?id=125230-77>, <mailto:unsubscribe@ifs-moscow.ru>"
nl["X-Mailer"] = "Sendsay"
add("M3", dt(20, 10, 0), nl, I("bulk newsletter (Precedence: bulk, List-Unsubscribe); 125230 only in an unsubscribe id"))

ooo("M4", dt(26, 9, 0), "olga_personal", "Автоматический ответ: RE: 127245 — акт",
"""Здравствуйте!
Я в отпуске с 26.11.2026 по 30.11.2026. По всем вопросам, пожалуйста, пишите на helpdesk@ifs-moscow.ru или звоните +7 (495) 980-12-34.

Hello,
I am on leave from 11/26/2026 till 11/30/2026. Please contact helpdesk@ifs-moscow.ru or call +7 (495) 980-12-34.

Ольга Смирнова""",
I("bilingual out-of-office auto-reply"))

# ---------------------------------------------------------------- write
LETTERS.sort(key=lambda x: x[0])
labels = {}
seen_ids = set()
for i, (date, key, msg, label) in enumerate(LETTERS, 1):
    name = "%03d.eml" % i
    assert msg["Message-ID"] not in seen_ids
    seen_ids.add(msg["Message-ID"])
    data = msg.as_bytes()
    with open(os.path.join(LET, name), "wb") as f:
        f.write(data)
    lab = dict(label)
    lab["note"] = "[%s] %s" % (key, lab["note"])
    labels[name] = lab

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)

from collections import Counter
c = Counter(l["expect"] for l in labels.values())
print(len(labels), dict(c))
