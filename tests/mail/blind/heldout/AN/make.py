#!/usr/bin/env python3
"""Generator of test letters for persona AN: ТОО «Сервис-Қызмет» (Петропавловск, +0500).

Writes registry.json, letters/NNN.eml, labels.json next to this script.
Raw MIME is assembled by hand so that charsets / transfer encodings look like
the real mail clients of each writer (Outlook, The Bat!, iPhone, Mail.ru, Gmail).
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUTL = os.path.join(HERE, "letters")
os.makedirs(OUTL, exist_ok=True)
rnd = random.Random(48017)

TZ = dt.timezone(dt.timedelta(hours=5))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

AIG = ("Айгерим Сапарова", "a.saparova@servis-kyzmet.kz")       # office manager, Outlook
OFFICE = ("ТОО Сервис-Кызмет", "office@servis-kyzmet.kz")
DIR = ("Ахметов Серик", "s.akhmetov@servis-kyzmet.kz")           # director, The Bat!
ERL = ("Ерлан Касымов", "e.kasymov@servis-kyzmet.kz")           # technician, iPhone
VIK = ("Виктор Шевченко", "v.shevchenko@servis-kyzmet.kz")      # electrician, Samsung
DAN = ("Данияр", "daniyar.petro@mail.ru")                       # technician, Mail.ru app
BAU = ("Бауыржан Нургалиев", "b.nurgaliev86@gmail.com")         # technician, Gmail app
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@servis-kyzmet.kz")
NEWS = ("Сервис-Қызмет", "news@servis-kyzmet.kz")

AIG_SIG_UTF = """Құрметпен,
Айгерим Сапарова
офис-менеджер ТОО «Сервис-Қызмет»
г. Петропавловск, ул. Букетова, 31А, оф. 4
тел. +7 (7152) 46-18-03, моб. +7 708 911 23 56"""

AIG_SIG_1251 = """С уважением,
Айгерим Сапарова
офис-менеджер ТОО «Сервис-Кызмет»
г. Петропавловск, ул. Букетова, 31А, оф. 4
тел. +7 (7152) 46-18-03"""

DIR_SIG = """--
With best regards / С уважением,
Ахметов Серик Нурланович
Director / Директор ТОО "Сервис-Кызмет"
БИН 150840012345
+7 701 220 57 14"""

# ---------------------------------------------------------------- helpers

def d(day, hh, mm, ss=None):
    if ss is None:
        ss = rnd.randint(0, 59)
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


def fmt_date(t):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[t.weekday()], t.day, mons[t.month - 1], t.year, t.hour, t.minute, t.second,
        sign, mins // 60, mins % 60)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encode s as a sequence of encoded-words (folded)."""
    if is_ascii(s):
        return s
    words = []
    chunk = ""
    limit = 45  # bytes of raw text per word
    for ch in s:
        if len((chunk + ch).encode(cs)) > limit:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(cs)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif (c.isalnum() and byte < 128) or c in "!*+-/":
                    q += c
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\r\n ".join(out)


def addr(pair, cs="utf-8", enc="B"):
    name, a = pair
    if not name:
        return a
    if is_ascii(name):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (ew(name, cs, enc), a)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_body(text_or_bytes, cs, cte):
    if isinstance(text_or_bytes, str):
        raw = crlf(text_or_bytes).encode(cs)
    else:
        raw = text_or_bytes
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii").replace("\n", "\r\n").encode("ascii")
    if cte == "quoted-printable":
        q = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        return q.replace(b"\n", b"\r\n")
    if cte in ("8bit", "7bit"):
        return raw
    raise ValueError(cte)


def part(ctype, body, cs=None, cte="base64", extra=None):
    """Return bytes of a MIME part (headers + body)."""
    h = []
    if cs:
        h.append("Content-Type: %s; charset=\"%s\"" % (ctype, cs))
    else:
        h.append("Content-Type: %s" % ctype)
    if cte:
        h.append("Content-Transfer-Encoding: %s" % cte)
    for k, v in (extra or []):
        h.append("%s: %s" % (k, v))
    if cte:
        b = enc_body(body, cs or "utf-8", cte)
    else:
        b = body if isinstance(body, bytes) else crlf(body).encode("utf-8")
    return ("\r\n".join(h) + "\r\n\r\n").encode("ascii") + b


def new_boundary(prefix="----=_NextPart_"):
    return prefix + "%012x" % rnd.getrandbits(48) + "." + "%08X" % rnd.getrandbits(32)


def multipart(subtype, parts, boundary=None, params=""):
    boundary = boundary or new_boundary()
    head = ('Content-Type: multipart/%s;\r\n\tboundary="%s"%s\r\n\r\n'
            % (subtype, boundary, params)).encode("ascii")
    body = b"This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts:
        body += ("--%s\r\n" % boundary).encode("ascii") + p + b"\r\n\r\n"
    body += ("--%s--\r\n" % boundary).encode("ascii")
    return head + body


def text_to_html(text, outlook=False, font="Calibri"):
    lines = text.split("\n")
    if outlook:
        ps = []
        for ln in lines:
            if ln.strip() == "":
                ps.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            else:
                ps.append("<p class=MsoNormal>%s<o:p></o:p></p>" % html.escape(ln))
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
                "<head><meta http-equiv=Content-Type content=\"text/html; charset=%%CS%%\">"
                "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"%s\",sans-serif;}</style>"
                "</head><body lang=RU link=\"#0563C1\"><div class=WordSection1>\n%s\n</div></body></html>"
                % (font, "\n".join(ps)))
    body = "<br>\n".join(html.escape(ln) for ln in lines)
    return "<html><body><div dir=\"ltr\">%s</div></body></html>" % body


def mid_for(frm, t):
    a = frm[1]
    dom = a.split("@")[1]
    if dom == "gmail.com":
        s = base64.b64encode(rnd.randbytes(27)).decode().replace("/", "_").replace("+", "-")
        return "<CAF%s@mail.gmail.com>" % s[:40]
    if dom == "mail.ru":
        return "<%d.%d@f%d.i.mail.ru>" % (int(t.timestamp()), rnd.randint(10**8, 10**9), rnd.randint(100, 999))
    if a == DIR[1]:
        return "<%d.%s@servis-kyzmet.kz>" % (rnd.randint(10**8, 10**9), t.strftime("%Y%m%d%H%M%S"))
    if a in (ERL[1],):
        u = "%08X-%04X-%04X-%04X-%012X" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(16),
                                            rnd.getrandbits(16), rnd.getrandbits(48))
        return "<%s@servis-kyzmet.kz>" % u
    if a in (AIG[1], OFFICE[1]):
        return "<00%x01dd%x$%08x$%08x$@servis-kyzmet.kz>" % (rnd.getrandbits(12), rnd.getrandbits(16),
                                                              rnd.getrandbits(32), rnd.getrandbits(32))
    return "<%016x.%d@%s>" % (rnd.getrandbits(64), int(t.timestamp()), dom)


def dispatch_mid():
    return "<%s.%d@zakazchik-omis.ru>" % ("%016x" % rnd.getrandbits(64), rnd.randint(1000, 9999))


MAILERS = {
    AIG[1]: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None)],
    OFFICE[1]: [("X-Mailer", "Microsoft Outlook 16.0")],
    DIR[1]: [("X-Mailer", "The Bat! (v10.4.5) Professional")],
    ERL[1]: [("X-Mailer", "iPhone Mail (21G93)")],
    VIK[1]: [("X-Mailer", "Samsung Mobile Mail")],
    DAN[1]: [("X-Mailer", "Mail.ru Mobile Android/15.12.0")],
    BAU[1]: [],
}


def build(L):
    """L: letter dict -> bytes"""
    frm = L["from"]
    t = L["date"]
    cs_h = L.get("hcs", "utf-8")
    henc = L.get("henc", "B")
    hdrs = []
    hdrs.append("Return-Path: <%s>" % ("" if frm == DAEMON else frm[1]))
    hdrs.append("Received: from %s ([10.15.%d.%d]) by mx.zakazchik-omis.ru with ESMTPS id %s for <%s>; %s"
                % (frm[1].split("@")[1], rnd.randint(1, 254), rnd.randint(1, 254),
                   "%010X" % rnd.getrandbits(40), DISPATCH[1], fmt_date(t + dt.timedelta(seconds=3))))
    hdrs.append("From: %s" % addr(frm, cs_h, henc))
    hdrs.append("To: %s" % addr(L.get("to", DISPATCH), cs_h, henc))
    if L.get("cc"):
        hdrs.append("Cc: %s" % ", ".join(addr(x, cs_h, henc) for x in L["cc"]))
    hdrs.append("Subject: %s" % ew(L["subject"], cs_h, henc) if L["subject"] else "Subject: ")
    hdrs.append("Date: %s" % fmt_date(t))
    hdrs.append("Message-ID: %s" % mid_for(frm, t))
    if L.get("reply_to_mid"):
        hdrs.append("In-Reply-To: %s" % L["reply_to_mid"])
        hdrs.append("References: %s" % L["reply_to_mid"])
    for k, v in MAILERS.get(frm[1], []):
        if k == "Thread-Index":
            v = base64.b64encode(rnd.randbytes(22)).decode()
        hdrs.append("%s: %s" % (k, v))
    for k, v in L.get("headers", []):
        hdrs.append("%s: %s" % (k, v))
    hdrs.append("MIME-Version: 1.0")
    head = ("\r\n".join(hdrs) + "\r\n").encode("ascii")

    kind = L["kind"]
    cs = L.get("cs", "utf-8")
    cte = L.get("cte", "base64")
    if kind == "plain":
        body = part("text/plain", L["text"], cs, cte)
    elif kind == "html":
        h = L["html"].replace("%CS%", cs)
        body = part("text/html", h, cs, cte)
    elif kind == "alt":
        h = L.get("html") or text_to_html(L["text"], outlook=L.get("outlook", False))
        h = h.replace("%CS%", cs)
        body = multipart("alternative", [part("text/plain", L["text"], cs, cte),
                                         part("text/html", h, cs, cte)])
    elif kind == "raw":
        body = L["raw"]()
    else:
        raise ValueError(kind)
    return head + body


# ---------------------------------------------------------------- registry

REGISTRY = {
    "contractor": {
        "name": "ТОО «Сервис-Қызмет»",
        "emails": [AIG[1], OFFICE[1], DIR[1], ERL[1], VIK[1], DAN[1], BAU[1], DAEMON[1], NEWS[1]],
        "domains": ["servis-kyzmet.kz"],
    },
    "requests": [
        {"number": "48017", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ТО приточно-вытяжной вентиляции, склад ул. Жамбыла 112: 1 — ПВ-1, 2 — ПВ-2, 3 — вытяжка ВД-3"},
        {"number": "48052", "positions": ["1"], "registered_at": "2026-11-03T08:40:00+03:00",
         "comment": "Течь стояка ХВС, офис ул. Конституции Казахстана 20, 2 этаж"},
        {"number": "48103", "positions": ["1", "2"], "registered_at": "2026-11-04T10:00:00+03:00",
         "comment": "Магазин ул. Абая 54: 1 — ВРУ склада (греется автомат), 2 — освещение торгового зала"},
        {"number": "48160", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T07:30:00+03:00",
         "comment": "Сервис сплит-систем, офис ул. Мира 7: позиции 1–4 = этажи 1–4"},
        {"number": "48214", "positions": ["1"], "registered_at": "2026-11-06T12:10:00+03:00",
         "comment": "Откатные ворота КПП не закрываются, база ул. Промышленная 3"},
        {"number": "48277", "positions": ["1", "2"], "registered_at": "2026-11-09T06:50:00+03:00",
         "comment": "Очистка кровли от снега: 1 — склад №1, 2 — склад №2 (ул. Жамбыла 112)"},
        {"number": "48305", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:00:00+03:00",
         "comment": "ИТП офиса ул. Мира 7: 1 — циркуляционный насос, 2 — теплообменник, 3 — КИП"},
        {"number": "48391", "positions": ["1"], "registered_at": "2026-11-11T09:30:00+03:00",
         "comment": "Освещение парковки ТРЦ, не горят 6 опор"},
        {"number": "48446", "positions": ["1", "2"], "registered_at": "2026-11-12T11:00:00+03:00",
         "comment": "Доводчики дверей офиса ул. Конституции Казахстана 20: 1 — главный вход, 2 — запасной выход"},
        {"number": "48520", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T07:00:00+03:00",
         "comment": "АВАРИЯ затопление подвала склада ул. Жамбыла 112: 1 — откачка воды, 2 — ремонт трубы, 3 — проверка электрики подвала"},
        {"number": "48618", "positions": ["1"], "registered_at": "2026-11-18T10:20:00+03:00",
         "comment": "Плановое ТО ДГУ Cummins C110 D5, база ул. Промышленная 3"},
        {"number": "48733", "positions": ["1", "2"], "registered_at": "2026-11-20T08:15:00+03:00",
         "comment": "Водонагреватели базы: 1 — столовая, 2 — душевые"},
        {"number": "48855", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Плановый осмотр магазинов: 1 — ул. Букетова, 2 — ул. Абая, 3 — ТРЦ, 4 — ул. Интернациональная"},
    ],
}

# ---------------------------------------------------------------- letters

LETTERS = []


def add(label, **kw):
    kw["label"] = label
    LETTERS.append(kw)


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ======================= 48017 вентиляция склад Жамбыла
add(dec("48017", [], ACC, "office manager: request accepted; departure only planned for tomorrow"),
    date=d(2, 11, 42), **{"from": AIG}, subject="Заявка № 48017 – принята в работу",
    kind="alt", outlook=True, cs="utf-8", cte="quoted-printable", henc="Q",
    text="""Сәлеметсіз бе!

Сообщаем, что заявка № 48017 (ТО приточно-вытяжной вентиляции, склад ул. Жамбыла, 112) принята в работу.
Выезд бригады планируем на 03.11.2026, ориентировочно в 09:00 по местному времени. Ответственный — мастер Касымов Ерлан, тел. +7 705 318 44 27.

""" + AIG_SIG_UTF)

add(dec("48017", [], WAY, "number in brackets after the address in subject; 'выехали, будем через 20 минут'"),
    date=d(3, 8, 31), **{"from": ERL}, subject="склад Жамбыла 112 (48017)",
    kind="plain", cte="quoted-printable",
    text="""Выехали, будем минут через 20

Отправлено с iPhone""")

add(rev("no request number at all; crew stuck at the gate, asks to call security (complaint/request for help)"),
    date=d(3, 8, 52), **{"from": ERL}, subject="охрана",
    kind="plain", cte="quoted-printable",
    text="""Мы у ворот склада на жамбыла, охрана не пускает говорят нас нет в списке. Позвоните им пожалуйста срочно

Отправлено с iPhone""")

add(dec("48017", [], ON, "reply to own letter, number only in Re: subject; 'на мести' typo = on site"),
    date=d(3, 9, 20), **{"from": ERL}, subject="Re: склад Жамбыла 112 (48017)",
    kind="plain", cte="quoted-printable",
    text="""Пустили. На мести, начинаем

Отправлено с iPhone

> 3 нояб. 2026 г., в 08:31, Ерлан Касымов <e.kasymov@servis-kyzmet.kz> написал(а):
> 
> Выехали, будем минут через 20
> 
> Отправлено с iPhone""")

add(dec("48017", ["1", "2"], LEFT, "п1 п2 done and crew left; П3 only planned for tomorrow (part number A-1250 is not a request)"),
    date=d(3, 13, 5), **{"from": ERL}, subject="48017",
    kind="plain", cte="quoted-printable",
    text="""п1 п2 готово, фильтра G4 поменяли ремни натянули. П3 завтра, на ВД-3 ремня нет, размер A-1250 заказали
уехали

Отправлено с iPhone""")

add(dec("48017", ["3"], LEFT, "Outlook forward (cp1251) of technician's report: position 3 done, left 16:50"),
    date=d(4, 17, 20), **{"from": AIG}, subject="FW: вд3", hcs="windows-1251", henc="B",
    kind="alt", outlook=True, cs="windows-1251", cte="quoted-printable",
    text="""Добрый день, Ольга!

Пересылаю отчет мастера по заявке 48017, позиция 3 (вытяжка ВД-3). Акт выполненных работ подготовим и направим вместе с остальными.

""" + AIG_SIG_1251 + """

От: Ерлан Касымов <e.kasymov@servis-kyzmet.kz>
Отправлено: 4 ноября 2026 г. 16:55
Кому: office@servis-kyzmet.kz
Тема: вд3

Ремень привезли, поставил на ВД-3, натянул, запустил. Вибрации нет, ток 4,2А в норме. Уехал 16:50

Отправлено с iPhone""")

# ======================= 48052 течь Конституции 20
add(dec("48052", [], WAY, "accepted + 'едем, через пол часа будем' -> latest is on the way"),
    date=d(3, 11, 5), **{"from": DAN}, subject="48052 течь Конституции 20",
    kind="alt", cs="utf-8", cte="base64",
    text="""Здраствуйте. Заявку принял, едем с сантехником, через пол часа будем на месте

--
Отправлено из мобильной Почты Mail.ru""")

add(dec("48052", [], ON, "mail.ru reply, number only in Re: subject; quoted text is the older 'едем'"),
    date=d(3, 11, 44), **{"from": DAN}, subject="Re: 48052 течь Конституции 20",
    kind="alt", cs="utf-8", cte="base64",
    text="""на месте, стояк перекрыли. труба лопнула на отводе, меняем кусок

--
Отправлено из мобильной Почты Mail.ru

>Вторник, 3 ноября 2026, 11:05 +05:00 от Данияр <daniyar.petro@mail.ru>:
> 
>Здраствуйте. Заявку принял, едем с сантехником, через пол часа будем на месте
> 
>--
>Отправлено из мобильной Почты Mail.ru""")

M_48052_Q = dispatch_mid()
add(dec("48052", [], LEFT, "reply to dispatcher's question with Outlook header block; leak fixed, crew left 14:50 (act No 112/11 is not a request)"),
    date=d(3, 15, 20), **{"from": AIG}, subject="RE: Заявка 48052 - сроки устранения",
    reply_to_mid=M_48052_Q, kind="alt", outlook=True, cs="utf-8", cte="quoted-printable",
    text="""Добрый день, Ольга!

Течь устранена: заменён участок трубы ПП 32 мм (1,2 м) на отводе, стояк ХВС запущен в 14:35, протечек нет. Бригада уехала с объекта в 14:50.
Акт выполненных работ № 112/11 направим завтра.

Рахмет!

""" + AIG_SIG_UTF + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 3 ноября 2026 г. 14:40
Кому: office@servis-kyzmet.kz
Тема: Заявка 48052 - сроки устранения

Добрый день!
Просим сообщить сроки устранения течи по заявке 48052, арендатор 2 этажа жалуется.

Диспетчер О. Кузнецова
Филиал ООО «ОМИС», г. Петропавловск""")

# ======================= 48103 электрика Абая 54
add(dec("48103", [], ACC, "director, The Bat! KOI8-R, 'обращение номер 48103 было принято к исполнению'; quote (ОК>) is dispatcher's"),
    date=d(4, 12, 35), **{"from": DIR}, subject="Re: Заявка 48103 электрика", hcs="koi8-r", henc="B",
    reply_to_mid=dispatch_mid(), kind="plain", cs="koi8-r", cte="8bit",
    text="""Здравствуйте, Ольга.

Вы писали 4 ноября 2026 г., 12:02:

ОК> Направляем заявку N 48103. Объект: магазин, ул. Абая 54.
ОК> Поз. 1 - ВРУ склада, поз. 2 - освещение торгового зала.

Настоящим доводим до Вашего сведения, что Ваше обращение номер 48103 было
принято к исполнению нашей организацией. Бригада электриков будет направлена
на место объекта в завтрашнее утро, time approximately 9:00.

Please do not hesitate to contact me in case of questions.

""" + DIR_SIG)

add(dec("48103", [], WAY, "'выехал на Абая, буду к 9:10'"),
    date=d(5, 8, 40), **{"from": VIK}, subject="48103 выехал",
    kind="plain", cs="utf-8", cte="base64",
    text="""Доброе утро. выехал на Абая, буду к 9:10



Отправлено с моего Galaxy""")

add(rev("mixed statuses: position 1 finished, position 2 still being worked on site"),
    date=d(5, 11, 55), **{"from": VIK}, subject="48103 ВРУ",
    kind="plain", cs="utf-8", cte="base64",
    text="""п.1 ВРУ - протянул контакты, автомат ВА47-100 80А заменил, греться перестало. Поз 1 закончил.
Сейчас по залу (поз.2) работаю, драйвера менять на 14 светильниках



Отправлено с моего Galaxy""")

M_48103_Q = dispatch_mid()
add(dec("48103", ["2"], LEFT, "Re: subject still says 'выехал', body: position 2 finished, left 16:05"),
    date=d(5, 16, 12), **{"from": VIK}, subject="Re: 48103 выехал", reply_to_mid=M_48103_Q,
    kind="plain", cs="utf-8", cte="base64",
    text="""По 2 позиции закончил, все 14 светильников горят. Уехал 16:05



Отправлено с моего Galaxy


-------- Исходное сообщение --------
От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Дата: 05.11.2026 14:20 (GMT+05:00)
Кому: v.shevchenko@servis-kyzmet.kz
Тема: Re: 48103 выехал

Виктор, подскажите, во сколько ориентировочно закончите по залу? Магазин просит до 18:00.""")

# ======================= 48160 кондиционеры Мира 7
D1_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Сәлеметсіз бе!</p>
<p>Заявка №48160 (сервисное обслуживание сплит-систем, офис ул. Мира, 7) принята в работу.</p>
<p>Предварительный график выполнения:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Поз.</th><th>Этаж</th><th>Кол-во блоков</th><th>Дата</th></tr>
<tr><td>1</td><td>1 этаж</td><td>6</td><td>06.11.2026</td></tr>
<tr><td>2</td><td>2 этаж</td><td>8</td><td>06.11.2026</td></tr>
<tr><td>3</td><td>3 этаж</td><td>8</td><td>07.11.2026</td></tr>
<tr><td>4</td><td>4 этаж</td><td>5</td><td>07.11.2026</td></tr>
</table>
<p>Просим предупредить арендаторов о доступе в кабинеты.</p>
<p>Рахмет!</p>
<p style="color:#595959">Құрметпен,<br>Айгерим Сапарова<br>офис-менеджер ТОО «Сервис-Қызмет»<br>тел. +7 (7152) 46-18-03</p>
</body></html>"""
add(dec("48160", [], ACC, "HTML-only letter: accepted; table is only a schedule (plan)"),
    date=d(5, 10, 5), **{"from": AIG}, subject="Заявка №48160 — принята, график работ",
    kind="html", cs="utf-8", cte="base64", html=D1_HTML)

M_48160_OK = dispatch_mid()
add(rev("thanks/acknowledgement of dispatcher's message; no status"),
    date=d(5, 15, 2), **{"from": AIG}, subject="RE: Заявка №48160 — принята, график работ",
    reply_to_mid=M_48160_OK, kind="alt", outlook=True, cs="utf-8", cte="quoted-printable",
    text="""Ольга, рахмет! Письмо получили, с графиком всё понятно, коменданту передали.

Айгерим

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 5 ноября 2026 г. 14:47
Кому: Айгерим Сапарова <a.saparova@servis-kyzmet.kz>
Тема: RE: Заявка №48160 — принята, график работ

Айгерим, добрый день. График по 48160 согласован, арендаторов предупредим. 3 этаж 07.11 доступ с 10:00.""")

add(dec("48160", [], ON, "noun form 'Прибытие на объект 09:00, работаем'"),
    date=d(6, 9, 4), **{"from": BAU}, subject="48160",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""Заявка 48160. Прибытие на объект 09:00, работаем""")

D3_TEXT = """Добрый вечер!

Итоги работ по заявке 48160 за 06.11.2026:

Поз. 1 | 1 этаж | выполнено, бригада убыла 13:10 | чистка, дозаправка не требуется
Поз. 2 | 2 этаж | выполнено, бригада убыла 17:40 | замена дренажной помпы Sauermann Si-30
Поз. 3 | 3 этаж | перенос на 07.11 | —
Поз. 4 | 4 этаж | перенос на 07.11 | —

""" + AIG_SIG_UTF
D3_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Добрый вечер!</p>
<p>Итоги работ по заявке 48160 за 06.11.2026:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#E2EFDA"><th>Поз.</th><th>Этаж</th><th>Статус</th><th>Примечание</th></tr>
<tr><td>1</td><td>1 этаж</td><td>выполнено, бригада убыла 13:10</td><td>чистка, дозаправка не требуется</td></tr>
<tr><td>2</td><td>2 этаж</td><td>выполнено, бригада убыла 17:40</td><td>замена дренажной помпы Sauermann Si-30</td></tr>
<tr><td>3</td><td>3 этаж</td><td>перенос на 07.11</td><td>—</td></tr>
<tr><td>4</td><td>4 этаж</td><td>перенос на 07.11</td><td>—</td></tr>
</table>
<p style="color:#595959">Құрметпен,<br>Айгерим Сапарова<br>офис-менеджер ТОО «Сервис-Қызмет»<br>тел. +7 (7152) 46-18-03</p>
</body></html>"""
add(dec("48160", ["1", "2"], LEFT, "table row per position: 1 and 2 done/left, 3 and 4 postponed"),
    date=d(6, 18, 5), **{"from": AIG}, subject="Заявка 48160 - итоги 06.11",
    kind="alt", cs="utf-8", cte="base64", text=D3_TEXT, html=D3_HTML)

add(dec("48160", ["3", "4"], WAY, "'выехали ... по 3-й и 4-й позиции, в пробке, минут 15'"),
    date=d(7, 8, 50), **{"from": BAU}, subject="48160 поз 3,4",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""выехали на мира по 3-й и 4-й позиции, в пробке на Жамбыла стоим, минут 15""")

add(dec("48160", ["3", "4"], LEFT, "gmail reply; quote holds the older 'выехали'; new text: 3 и 4 сделали, уехали"),
    date=d(7, 13, 35), **{"from": BAU}, subject="Re: 48160 поз 3,4",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""все, 3 и 4 сделали. на 4 этаже фреон дозаправили R410A 1,2 кг. уехали

сб, 7 нояб. 2026 г. в 08:50, Бауыржан Нургалиев <b.nurgaliev86@gmail.com>:

> выехали на мира по 3-й и 4-й позиции, в пробке на Жамбыла стоим, минут 15
>""")

# ======================= 48214 ворота КПП
add(dec("48214", [], ACC, "'Принял'; work itself only tomorrow"),
    date=d(6, 14, 40), **{"from": ERL}, subject="ворота КПП 48214",
    kind="plain", cte="quoted-printable",
    text="""Принял. Сегодня не успеем, бригада на другом объекте, завтра с утра

Отправлено с iPhone""")

add(dec("48214", [], ON, "reply, number in Re: subject; 'на месте по воротам'"),
    date=d(7, 9, 10), **{"from": ERL}, subject="Re: ворота КПП 48214",
    kind="plain", cte="quoted-printable",
    text="""на месте по воротам. концевик сгорел похоже

Отправлено с iPhone""")

add(dec("48214", [], LEFT, "repaired, 'Убыл 10:20' (CAME BX-74 is a model)"),
    date=d(7, 10, 30), **{"from": ERL}, subject="48214",
    kind="plain", cte="quoted-printable",
    text="""Ворота отремонтированы, концевой выключатель заменил, привод CAME BX-74 отрегулировал. Закрываются норм. Убыл 10:20

Отправлено с iPhone""")

# ======================= 48277 снег с кровли
add(dec("48277", [], ACC, "director EN-RU mix: 'Обращение № 48277 ... принято в работу'; arrival only promised"),
    date=d(9, 9, 10), **{"from": DIR}, subject="Re: Обращение 48277 / снег кровля",
    reply_to_mid=dispatch_mid(), kind="plain", cs="utf-8", cte="base64",
    text="""Dear colleagues, доброе утро.

We have received your request. Обращение № 48277 по очистке кровли складов от
снега принято в работу нами. Бригада в составе 4 человек with safety equipment
будет прибыть на место объекта до 11:00 времени местного.

""" + DIR_SIG)

add(dec("48277", [], ON, "'Прибытие бригады 10:40', climbers going up"),
    date=d(9, 10, 50), **{"from": DAN}, subject="48277",
    kind="alt", cs="utf-8", cte="base64",
    text="""Прибытие бригады 10:40. Высотники поднимаются, начинаем

--
Отправлено из мобильной Почты Mail.ru""")

add(dec("48277", ["1"], LEFT, "position only after dash in subject (48277-1); second warehouse planned for tomorrow"),
    date=d(9, 16, 5), **{"from": DAN}, subject="48277-1",
    kind="alt", cs="utf-8", cte="base64",
    text="""Крыша чистая, снег вывезли 2 камаза. Второй склад завтра с утра, темнеет уже

--
Отправлено из мобильной Почты Mail.ru""")

add(dec("48277", ["2"], ON, "position in brackets in subject 48277 (2); 'На месте, начали'"),
    date=d(10, 8, 35), **{"from": DAN}, subject="48277 (2)",
    kind="alt", cs="utf-8", cte="base64",
    text="""На месте, начали

--
Отправлено из мобильной Почты Mail.ru""")


def f5_raw():
    txt = """Добрый день!

Информируем, что по заявке № 48277 по второй позиции (склад № 2) очистка кровли от снега выполнена 10.11.2026, бригада покинула объект в 15:40. Снег вывезен, наледь на козырьках сбита.
Фотоотчет во вложении.

""" + AIG_SIG_1251
    jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rnd.randbytes(900) + b"\xff\xd9"
    alt = multipart("alternative", [part("text/plain", txt, "windows-1251", "quoted-printable"),
                                    part("text/html", text_to_html(txt, outlook=True).replace("%CS%", "windows-1251"),
                                         "windows-1251", "quoted-printable")])
    att = part('image/jpeg; name="sklad2_krovlya.jpg"', jpg, None, "base64",
               [("Content-Disposition", 'attachment; filename="sklad2_krovlya.jpg"')])
    return multipart("mixed", [alt, att])


add(dec("48277", ["2"], LEFT, "cp1251 Outlook with photo: 'по второй позиции ... выполнена, бригада покинула объект в 15:40'"),
    date=d(10, 16, 0), **{"from": AIG}, subject="Заявка № 48277 - выполнена", hcs="windows-1251", henc="Q",
    kind="raw", raw=f5_raw)

# ======================= 48305 ИТП
add(rev("question about access; 'получили' is only receipt, no status reported"),
    date=d(10, 10, 25), **{"from": AIG}, subject="Заявка 48305 ИТП — вопрос по доступу",
    kind="alt", outlook=True, cs="utf-8", cte="quoted-printable",
    text="""Сәлеметсіз бе, Ольга!

Заявку 48305 по ИТП получили, рахмет. Подскажите, пожалуйста, доступ в тепловой пункт — ключи у охраны или у коменданта? И кто со стороны объекта подпишет акт?

""" + AIG_SIG_UTF)

add(dec("48305", [], ACC, "reply under '>' quote of dispatcher's answer: 'принимаем в работу'"),
    date=d(10, 11, 15), **{"from": AIG}, subject="Re: Заявка 48305 ИТП — вопрос по доступу",
    reply_to_mid=dispatch_mid(), kind="plain", cs="utf-8", cte="quoted-printable",
    text="""Рахмет, Ольга, всё понятно. Заявку 48305 принимаем в работу, мастер Шевченко В. выедет после обеда.

Айгерим

> Айгерим, добрый день. Ключи у охраны на КПП, акт подпишет комендант Сидоренко А.П., тел. 8 (7152) 50-11-29.
> Диспетчер О. Кузнецова""")

add(dec("48305", [], WAY, "'наряд 48305 еду, минут 20'"),
    date=d(10, 14, 5), **{"from": VIK}, subject="ИТП 48305",
    kind="plain", cs="utf-8", cte="base64",
    text="""наряд 48305 еду, минут 20



Отправлено с моего Galaxy""")

add(dec("48305", [], ON, "number only in Re: subject; 'Я на месте в ИТП'"),
    date=d(10, 14, 32), **{"from": VIK}, subject="Re: ИТП 48305",
    kind="plain", cs="utf-8", cte="base64",
    text="""Я на месте в ИТП. насос гудит, смотрю



Отправлено с моего Galaxy""")

add(dec("48305", ["1", "3"], LEFT, "поз 1 and КИП (3) done, left 18:00; поз 2 only planned for tomorrow"),
    date=d(10, 18, 10), **{"from": VIK}, subject="48305 итог",
    kind="plain", cs="utf-8", cte="base64",
    text="""поз 1 - насос Grundfos UPS 32-80 заменён на резервный, запущен, давление 4,2 бар.
поз 2 теплообменник - забит, промывка нужна, это завтра.
КИП (3) - манометры проверил, 2 шт поменял.
уехал в 18:00



Отправлено с моего Galaxy""")

add(dec("48305", ["2"], WAY, "'п2' in subject, 'выехал на промывку'"),
    date=d(11, 9, 5), **{"from": VIK}, subject="48305 п2",
    kind="plain", cs="utf-8", cte="base64",
    text="""выехал на промывку, бустер с собой



Отправлено с моего Galaxy""")

add(dec("48305", ["2"], LEFT, "director MT style: 'Завершение работ — 16:00, бригада убыла с места объекта' for position 2"),
    date=d(11, 16, 30), **{"from": DIR}, subject="Request 48305 - position 2 / завершение",
    kind="plain", cs="utf-8", cte="base64",
    text="""Уважаемая Ольга,

Please be informed that промывка теплообменника на позиции 2 по заявке 48305
была завершена бригадой нашей. Завершение работ — 16:00 времени местного,
бригада убыла с места объекта. Параметры теплоносителя в норме находятся.

""" + DIR_SIG)

# ======================= 48391 освещение парковки


def bounce_raw():
    orig_mid = dispatch_mid()
    txt = """This is the mail system at host mx.servis-kyzmet.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<zakaz@servis-kyzmet.kz>: host mx.servis-kyzmet.kz[local] said: 550 5.1.1
    <zakaz@servis-kyzmet.kz>: Recipient address rejected: User unknown in
    virtual mailbox table
"""
    ds = """Reporting-MTA: dns; mx.servis-kyzmet.kz
X-Postfix-Queue-ID: 4Tq9X21bKvz3wZ
Arrival-Date: Wed, 11 Nov 2026 11:31:47 +0500 (+05)

Final-Recipient: rfc822; zakaz@servis-kyzmet.kz
Original-Recipient: rfc822;zakaz@servis-kyzmet.kz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <zakaz@servis-kyzmet.kz>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    hdrs = """Return-Path: <dispatch@zakazchik-omis.ru>
From: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: zakaz@servis-kyzmet.kz
Subject: %s
Date: Wed, 11 Nov 2026 09:31:40 +0300
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % (ew("Заявка 48391 освещение парковки ТРЦ"), orig_mid)
    return multipart("report", [
        part("text/plain", txt, "us-ascii", "7bit", [("Content-Description", "Notification")]),
        part("message/delivery-status", ds, None, None, [("Content-Description", "Delivery report")]),
        part("text/rfc822-headers", hdrs, None, None, [("Content-Description", "Undelivered Message Headers")]),
    ], boundary="4Tq9X21bKvz3wZ.1794378707/mx.servis-kyzmet.kz",
        params='; report-type=delivery-status')


add(ign("bounce from contractor's MAILER-DAEMON (dispatcher wrote to a non-existent address); names 48391 only in returned headers"),
    date=d(11, 11, 31, 48), **{"from": DAEMON}, subject="Undelivered Mail Returned to Sender",
    headers=[("Auto-Submitted", "auto-replied")], kind="raw", raw=bounce_raw)

add(dec("48391", [], ACC, "'принял', lift available only tomorrow"),
    date=d(11, 12, 0), **{"from": BAU}, subject="48391 парковка",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""Добрый день, принял. Автовышка свободна только завтра, завтра с утра сделаем""")

add(dec("48391", [], WAY, "'Выехали с базы на парковку' = leaving the base for the site"),
    date=d(12, 9, 30), **{"from": BAU}, subject="48391",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""Выехали с базы на парковку, с автовышкой""")

add(dec("48391", [], LEFT, "'Выехали с парковки' = left the site; all 6 poles lit"),
    date=d(12, 13, 15), **{"from": BAU}, subject="Re: 48391",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""Выехали с парковки. Все 6 опор горят: 4 лампы ДРЛ-250 заменили на LED 100W, 2 фотореле ФР-601 поменяли

чт, 12 нояб. 2026 г. в 09:30, Бауыржан Нургалиев <b.nurgaliev86@gmail.com>:

> Выехали с базы на парковку, с автовышкой
>""")

# ======================= 48446 доводчики
add(dec("48446", [], ACC, "cp1251 base64; 'Заявка 48446 принята' (phone number is not a request)"),
    date=d(12, 13, 40), **{"from": AIG}, subject="Заявка 48446 доводчики", hcs="windows-1251", henc="B",
    kind="alt", outlook=True, cs="windows-1251", cte="base64",
    text="""Добрый день!

Заявка 48446 принята. Ответственный мастер Касымов Е., тел. +7 705 318 44 27. Выезд 13.11 с утра.

""" + AIG_SIG_1251)

add(rev("two different requests in one letter (48391 done, 48446 accepted)"),
    date=d(12, 18, 30), **{"from": DIR}, subject="Итоги дня 12.11 / 48391, 48446", hcs="koi8-r", henc="B",
    kind="plain", cs="koi8-r", cte="8bit",
    text="""Уважаемая Ольга, добрый вечер.

Доводим до Вашего сведения работы дня сегодняшнего:
- по заявке 48391 освещение парковки выполнено, the brigade убыла с места объекта;
- по заявке 48446 доводчики принята, выезд будет осуществлен 13.11 утром.

""" + DIR_SIG)

add(dec("48446", ["2"], LEFT, "'поз2' done (DORMA TS-68 is a model); поз1 only planned after lunch"),
    date=d(13, 10, 5), **{"from": ERL}, subject="48446",
    kind="plain", cte="quoted-printable",
    text="""поз2 запасной выход — доводчик DORMA TS-68 поменял, отрегулировал. Главный вход (поз1) нужен помощнее, дверь тяжелая, привезу после обеда

Отправлено с iPhone""")

add(rev("position 3 does not exist in 48446 (only 1 and 2)"),
    date=d(13, 10, 22), **{"from": ERL}, subject="48446 п.3",
    kind="plain", cte="quoted-printable",
    text="""48446 п.3 тамбур — доводчик подтянул, масло не течет, работает

Отправлено с iPhone""")

add(dec("48446", ["1"], LEFT, "'П1 доводчик поставил ... Всё, уехал'"),
    date=d(13, 15, 20), **{"from": ERL}, subject="48446",
    kind="plain", cte="quoted-printable",
    text="""П1 доводчик Geze TS 4000 поставил, дверь закрывается плавно. Всё, уехал

Отправлено с iPhone""")

# ======================= 48520 авария подвал
M_48520 = None
add(dec("48520", [], WAY, "director KOI8-R: accepted and crew 'уже выехала на место объекта', arrival in 25 min"),
    date=d(16, 9, 12), **{"from": DIR}, subject="48520 АВАРИЯ подвал", hcs="koi8-r", henc="B",
    kind="plain", cs="koi8-r", cte="8bit",
    text="""Коллеги, заявка 48520 принята срочно.
Аварийная бригада уже выехала на место объекта, прибытие ожидается через 25
минут. Старший - Данияр, тел. +7 777 604 12 90.

""" + DIR_SIG)

add(dec("48520", [], ON, "'на месте', pumping starts"),
    date=d(16, 9, 41), **{"from": DAN}, subject="48520",
    kind="alt", cs="utf-8", cte="base64",
    text="""на месте. воды в подвале по щиколотку, ставим насос

--
Отправлено из мобильной Почты Mail.ru""")

add(dec("48520", ["1"], LEFT, "поз1 (subject) pumping finished 12:00; pipe welding only planned, position not named"),
    date=d(16, 12, 5), **{"from": DAN}, subject="48520 поз1",
    kind="alt", cs="utf-8", cte="base64",
    text="""откачку закончили 12:00, насос убрали. трубу сейчас будем варить

--
Отправлено из мобильной Почты Mail.ru""")

add(dec("48520", ["3"], ON, "reply to director's letter (number in Re: subject); п.3 electrician arrived"),
    date=d(16, 12, 30), **{"from": VIK}, subject="Re: 48520 АВАРИЯ подвал",
    kind="plain", cs="utf-8", cte="base64",
    text="""По п.3 (электрика в подвале) - подъехал, я на месте. Щит сухой, проверяю изоляцию



Отправлено с моего Galaxy""")

add(dec("48520", ["3"], LEFT, "'п3' in subject; insulation ok, 'освободился, еду на базу'"),
    date=d(16, 14, 10), **{"from": VIK}, subject="48520 п3",
    kind="plain", cs="utf-8", cte="base64",
    text="""Мегаомметром прозвонил, изоляция в норме 500 МОм, щит подключил обратно. Освободился, еду на базу



Отправлено с моего Galaxy""")

add(dec("48520", ["2"], LEFT, "mail.ru forward of welder's message: pipe welded, 'уехали с подвала'; position 2 named in forwarding note"),
    date=d(16, 16, 50), **{"from": DAN}, subject="Fwd: труба",
    kind="alt", cs="utf-8", cte="base64",
    text="""Пересылаю от сварщика по 48520, поз 2


-------- Пересылаемое сообщение --------
От кого: Ринат <rinat.svarka@mail.ru>
Кому: daniyar.petro@mail.ru
Дата: Понедельник, 16 ноября 2026, 16:44 +05:00
Тема: труба

трубу сварил, опресовал 6 атм держит. уехали с подвала

----------------------------------------------------------------------

--
Отправлено из мобильной Почты Mail.ru""")

add(rev("complaint about waiting for security; no status reported"),
    date=d(17, 9, 30), **{"from": OFFICE}, subject="Доступ на склад Жамбыла 112",
    kind="alt", outlook=True, cs="utf-8", cte="quoted-printable",
    text="""Сәлеметсіз бе, Ольга!

Вынуждены обратиться: вчера по аварийной заявке 48520 наши сотрудники снова ждали охрану на КПП склада около 40 минут, при том что список мы направляли заранее. Это уже третий случай за месяц. Просим решить вопрос с охранным предприятием, иначе мы не можем гарантировать сроки прибытия по аварийным вызовам.

""" + AIG_SIG_UTF)

add(ign("out-of-office auto-reply from director (Auto-Submitted), subject names 48520"),
    date=d(17, 10, 2), **{"from": DIR}, subject="Автоответ: Re: 48520 АВАРИЯ подвал",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
    kind="plain", cs="utf-8", cte="base64",
    text="""Здравствуйте!

Я нахожусь в командировке до 20.11.2026 включительно, доступ к почте ограничен.
По срочным вопросам: офис +7 (7152) 46-18-03, office@servis-kyzmet.kz.

I am out of office until 20.11.2026. For urgent matters please contact office@servis-kyzmet.kz.

Ахметов С.Н.""")

# ======================= 48618 ДГУ
add(rev("number 48630 is not in the registry"),
    date=d(18, 8, 50), **{"from": DAN}, subject="48630",
    kind="alt", cs="utf-8", cte="base64",
    text="""Бригада прибыла, приступаем

--
Отправлено из мобильной Почты Mail.ru""")

add(dec("48618", [], ACC, "accepted; serial number 74120036 and date are not requests; work only agreed for 19.11"),
    date=d(18, 12, 50), **{"from": AIG}, subject="Заявка № 48618 – ТО ДГУ",
    kind="alt", outlook=True, cs="utf-8", cte="base64",
    text="""Сәлеметсіз бе!

Заявку № 48618 на плановое ТО ДГУ (Cummins C110 D5, зав. № 74120036) принимаем в работу. Выполнение согласовали с инженером объекта на 19.11.2026, с 09:00.

""" + AIG_SIG_UTF)

add(rev("negation: 'Еще не выехали', car won't start"),
    date=d(19, 8, 40), **{"from": VIK}, subject="48618",
    kind="plain", cs="utf-8", cte="base64",
    text="""Еще не выехали, машина не заводится, -31 на улице. Греем, как заведемся напишу



Отправлено с моего Galaxy""")

add(dec("48618", [], WAY, "reply; new text 'еду на ДГУ' (car plate 347 ABF 15 is not a request); quoted negation is old"),
    date=d(19, 9, 25), **{"from": VIK}, subject="Re: 48618",
    kind="plain", cs="utf-8", cte="base64",
    text="""Завелись, еду на ДГУ. Газель 347 ABF 15 если охрана спросит



Отправлено с моего Galaxy


-------- Исходное сообщение --------
От: Виктор Шевченко <v.shevchenko@servis-kyzmet.kz>
Дата: 19.11.2026 08:40 (GMT+05:00)
Кому: dispatch@zakazchik-omis.ru
Тема: 48618

Еще не выехали, машина не заводится, -31 на улице. Греем, как заведемся напишу""")

add(dec("48618", [], ON, "'#48618' subject, caps 'ПPИБЫЛ' with Latin P"),
    date=d(19, 10, 2), **{"from": VIK}, subject="#48618",
    kind="plain", cs="utf-8", cte="base64",
    text="""ПPИБЫЛ



Отправлено с моего Galaxy""")

add(dec("48618", [], LEFT, "TO done, 'Убыл'; seal number 0481735 and hours 1284 are not requests"),
    date=d(19, 14, 20), **{"from": VIK}, subject="48618 ТО ДГУ выполнено",
    kind="plain", cs="utf-8", cte="base64",
    text="""ТО ДГУ выполнено: масло 15W-40 15 л, фильтры масл/топл/возд заменены, прогон под нагрузкой 30 мин, моточасы 1284.
Пломба на топл. баке снята, установлена новая № 0481735.
Убыл.



Отправлено с моего Galaxy""")

# ======================= newsletter


NEWS_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="10"><tr><td style="background:#0b5394;color:#fff">
<h2>Сервис-Қызмет: готовим здания к зиме</h2></td></tr>
<tr><td>
<p>Уважаемые партнёры!</p>
<p>До 30 ноября действует специальное предложение на комплексную подготовку объектов к отопительному сезону:
промывка теплообменников ИТП, ревизия запорной арматуры, очистка кровель и водостоков.</p>
<p>Скидка <b>10%</b> при заказе от 3 объектов. Подробности по тел. +7 (7152) 46-18-03.</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, так как являетесь клиентом ТОО «Сервис-Қызмет».
<a href="https://servis-kyzmet.kz/unsubscribe?u=dispatch%40zakazchik-omis.ru">Отписаться от рассылки</a></p>
</td></tr></table></body></html>"""
add(ign("bulk marketing newsletter (List-Unsubscribe, Precedence: bulk)"),
    date=d(20, 10, 0, 0), **{"from": NEWS}, subject="Готовим здания к зиме: скидка 10% до 30 ноября",
    headers=[("List-Unsubscribe", "<https://servis-kyzmet.kz/unsubscribe?u=dispatch%40zakazchik-omis.ru>, <mailto:unsubscribe@servis-kyzmet.kz>"),
             ("List-Id", "Klienty Servis-Kyzmet <clients.servis-kyzmet.kz>"),
             ("Precedence", "bulk"), ("X-Mailer", "Sendsay Mailer")],
    kind="html", cs="utf-8", cte="base64", html=NEWS_HTML)

# ======================= 48733 водонагреватели
add(dec("48733", [], ACC, "typo 'прнял' = принял"),
    date=d(20, 10, 40), **{"from": ERL}, subject="48733",
    kind="plain", cte="quoted-printable",
    text="""прнял

Отправлено с iPhone""")

add(dec("48733", [], WAY, "noun form 'Выезд на 48733 в 11:25' sent at 11:30"),
    date=d(20, 11, 30), **{"from": ERL}, subject="водонагреватели",
    kind="plain", cte="quoted-printable",
    text="""Выезд на 48733 в 11:25

Отправлено с iPhone""")

add(dec("48733", [], ON, "Latin look-alike 'e' in 'на мeстe'; number in body"),
    date=d(20, 11, 58), **{"from": ERL}, subject="Re: водонагреватели",
    kind="plain", cte="quoted-printable",
    text="""48733 на мeстe

Отправлено с iPhone""")

add(dec("48733", ["1"], LEFT, "столовая (поз1) done; душевые (поз 2) needs replacement/approval — nothing done"),
    date=d(20, 14, 10), **{"from": ERL}, subject="48733",
    kind="plain", cte="quoted-printable",
    text="""столовая (поз1) тэн заменил 3 кВт, греет. душевые (поз 2) — бойлер Ariston 100 л, течет бак, под замену, надо согласовывать. Сегодня по душевым все

Отправлено с iPhone""")

add(rev("price/approval talk for 48733 position 2 (148 500 тенге), no status"),
    date=d(23, 9, 40), **{"from": DIR}, subject="48733 position 2 / boiler replacement cost",
    kind="plain", cs="utf-8", cte="base64",
    text="""Уважаемая Ольга, доброе утро.

Regarding request 48733 позиция 2 (душевые): the tank of water heater is leaking,
ремонту не подлежит. Необходима замена the boiler на аналогичный Ariston ABS PRO
R 100 V. Стоимость с учетом монтажа составит 148 500 (сто сорок восемь тысяч
пятьсот) тенге с НДС. Коммерческое предложение № КП-311 прилагается.

Please confirm the approval, after this the brigade will go to place of object.

""" + DIR_SIG)

add(rev("plan: boiler will be delivered tomorrow, 'выедем сразу'"),
    date=d(24, 17, 30), **{"from": ERL}, subject="48733 п2",
    kind="plain", cte="quoted-printable",
    text="""бойлер привезут завтра к 10, выедем сразу как заберем со склада

Отправлено с iPhone""")

M_48733_OK = dispatch_mid()
add(dec("48733", ["2"], LEFT, "reply above -----Original Message----- (approval); 'по позиции 2 установлен ... бригада уехала'"),
    date=d(25, 13, 10), **{"from": AIG}, subject="RE: 48733 position 2 / boiler replacement cost",
    reply_to_mid=M_48733_OK, kind="alt", outlook=True, cs="utf-8", cte="quoted-printable",
    text="""Ольга, добрый день!

Рахмет за согласование. Бойлер по позиции 2 (душевые) установлен сегодня, запущен в 12:30, бригада уехала. Акт и счет направим до конца недели.

Айгерим

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Tuesday, November 24, 2026 9:12 AM
To: Ахметов Серик <s.akhmetov@servis-kyzmet.kz>
Cc: office@servis-kyzmet.kz
Subject: RE: 48733 position 2 / boiler replacement cost

Серик Нурланович, добрый день. Стоимость 148 500 тг согласована, прошу выполнить замену.
О. Кузнецова""")

# ======================= 48855 осмотр магазинов
M_48855 = dispatch_mid()


def mdn_raw():
    txt = """Ваше сообщение

  Кому: Айгерим Сапарова
  Тема: Заявка 48855 плановый осмотр магазинов
  Отправлено: 23.11.2026 11:02

было прочитано 23.11.2026 11:05."""
    mdn = """Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;a.saparova@servis-kyzmet.kz
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % M_48855
    return multipart("report", [part("text/plain", txt, "utf-8", "base64"),
                                part("message/disposition-notification", mdn, None, "7bit")],
                     params="; report-type=disposition-notification")


add(ign("read receipt (MDN) generated by Outlook"),
    date=d(23, 11, 5), **{"from": AIG}, subject="Прочитано: Заявка 48855 плановый осмотр магазинов",
    kind="raw", raw=mdn_raw)

add(dec("48855", [], ACC, "number only in quoted old subject (RE:) and Outlook quote; new text 'Принято'"),
    date=d(23, 11, 20), **{"from": AIG}, subject="RE: Заявка 48855 плановый осмотр магазинов",
    reply_to_mid=M_48855, kind="alt", outlook=True, cs="utf-8", cte="quoted-printable",
    text="""Сәлеметсіз бе!

Принято, рахмет. Начнём завтра с Букетова, дальше по списку.

""" + AIG_SIG_UTF + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 23 ноября 2026 г. 11:02
Кому: Айгерим Сапарова <a.saparova@servis-kyzmet.kz>
Тема: Заявка 48855 плановый осмотр магазинов

Добрый день. Направляем заявку 48855 на плановый осмотр магазинов: 1 — Букетова 45, 2 — Абая 54, 3 — ТРЦ «Пирамида», 4 — Интернациональная 12. Прошу подтвердить.""")

add(dec("48855", ["1"], ON, "'48855 поз 1' in subject; 'на месте'"),
    date=d(24, 9, 15), **{"from": BAU}, subject="48855 поз 1",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""на Букетова на месте""")

add(rev("mixed statuses: П1 done (left), crew now driving to Абая (П2) = on the way"),
    date=d(24, 11, 5), **{"from": BAU}, subject="48855",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""П1 осмотр сделали, замечаний нет. Едем на Абая (П2)""")

add(dec("48855", ["2"], LEFT, "'По второй позиции (Абая) готово'; 3-я only later"),
    date=d(24, 14, 30), **{"from": BAU}, subject="Re: 48855",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""По второй позиции (Абая) готово, акт осмотра подписал управляющий. 3-я (ТРЦ) после обеда

вт, 24 нояб. 2026 г. в 11:05, Бауыржан Нургалиев <b.nurgaliev86@gmail.com>:

> П1 осмотр сделали, замечаний нет. Едем на Абая (П2)
>""")

add(dec("48855", ["3"], LEFT, "'48855 3-я' subject; finished 16:30, left"),
    date=d(24, 16, 40), **{"from": BAU}, subject="48855 3-я",
    kind="alt", cs="utf-8", cte="quoted-printable",
    text="""ТРЦ закончили в 16:30, уехали. По кровле над фудкортом замечание, фото скину отдельно""")


def fwd_att_raw():
    inner_t = d(25, 9, 55)
    inner_text = """48855 4 поз Интернациональная: прибыли 09:05, осмотр закончили 09:50, все ок. уехали"""
    inner = ("From: %s\r\nTo: a.saparova@servis-kyzmet.kz\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n"
             % (addr(BAU), ew("Интернациональная"), fmt_date(inner_t), mid_for(BAU, inner_t))).encode("ascii")
    inner += multipart("alternative", [part("text/plain", inner_text, "utf-8", "base64"),
                                       part("text/html", text_to_html(inner_text), "utf-8", "base64")],
                       boundary="000000000000" + "%012x" % rnd.getrandbits(48))
    txt = """Добрый день!

Во вложении отчет мастера по 4-й позиции заявки 48855 (ул. Интернациональная).

Айгерим Сапарова
ТОО «Сервис-Кызмет»"""
    alt = multipart("alternative", [part("text/plain", txt, "windows-1251", "quoted-printable"),
                                    part("text/html", text_to_html(txt, outlook=True).replace("%CS%", "windows-1251"),
                                         "windows-1251", "quoted-printable")])
    att = part("message/rfc822", inner, None, None,
               [("Content-Disposition", 'attachment; filename="=?utf-8?B?0JjQvdGC0LXRgNC90LDRhtC40L7QvdCw0LvRjNC90LDRjw==?=.eml"')])
    return multipart("mixed", [alt, att])


add(dec("48855", ["4"], LEFT, "forward as attachment (message/rfc822): position 4 arrived 09:05 and left after 09:50 -> latest is left"),
    date=d(25, 10, 30), **{"from": AIG}, subject="FW: Интернациональная", hcs="windows-1251", henc="Q",
    kind="raw", raw=fwd_att_raw)


def cal_raw():
    txt = "Айгерим Сапарова приняла это приглашение."
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Айгерим Сапарова:mailto:a.saparova@servis-kyzmet.kz
COMMENT;LANGUAGE=ru-RU:\\n
SUMMARY;LANGUAGE=ru-RU:Принято: Сверка актов за ноябрь (в т.ч. 48733)
DTSTART:20261127T050000Z
DTEND:20261127T060000Z
UID:040000008200E00074C5B7101A82E0080000000070A3C1F2B45DDD01000000000000000010000000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T110012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:Teams
END:VEVENT
END:VCALENDAR
"""
    return multipart("alternative", [
        part("text/plain", txt, "utf-8", "base64"),
        part('text/calendar; method=REPLY', ics, "utf-8", "base64"),
    ])


add(ign("calendar meeting response (METHOD:REPLY) generated by Outlook"),
    date=d(25, 16, 0, 12), **{"from": AIG}, subject="Принято: Сверка актов за ноябрь (в т.ч. 48733)",
    kind="raw", raw=cal_raw)

add(ign("out-of-office auto-reply from office manager; subject names 48855"),
    date=d(26, 9, 3), **{"from": AIG}, subject="Автоматический ответ: Заявка 48855 — акты",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "a.saparova@servis-kyzmet.kz")],
    kind="alt", outlook=True, cs="utf-8", cte="base64",
    text="""Сәлеметсіз бе!

Я в отпуске с 26.11 по 04.12.2026. По вопросам заявок обращайтесь, пожалуйста, по адресу office@servis-kyzmet.kz или к директору Ахметову С.Н., s.akhmetov@servis-kyzmet.kz.

Рахмет!""")

add(rev("invoice/contract talk covering several requests; no status"),
    date=d(27, 10, 0), **{"from": DIR}, subject="Счет на оплату N 214 от 27.11.2026", hcs="koi8-r", henc="B",
    kind="plain", cs="koi8-r", cte="8bit",
    text="""Уважаемые коллеги,

Направляем Вам счет на оплату N 214 от 27.11.2026 за выполненные в ноябре работы
по договору N ПТР-17/2026 от 15.01.2026 (заявки 48017, 48052, 48103, 48160).
Сумма к оплате составляет 1 284 600 тенге, в т.ч. НДС 12%.
Оригиналы документов will be sent by courier service до 01.12.

Просим подтвердить получение.

""" + DIR_SIG)

# ---------------------------------------------------------------- write


def main():
    for f in os.listdir(OUTL):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUTL, f))
    LETTERS.sort(key=lambda L: L["date"])
    labels = {}
    reg = {r["number"]: r for r in REGISTRY["requests"]}
    for i, L in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        data = build(L)
        with open(os.path.join(OUTL, name), "wb") as fh:
            fh.write(data)
        lab = L["label"]
        if lab["expect"] == "decided":
            r = reg[lab["request"]]
            assert all(p in r["positions"] for p in lab["positions"]), (name, lab)
            reg_t = dt.datetime.fromisoformat(r["registered_at"])
            assert L["date"] > reg_t, (name, "before registration")
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(v["expect"] for v in labels.values())
    print(len(labels), dict(c))


if __name__ == "__main__":
    main()
