# -*- coding: utf-8 -*-
"""Generator of test letters: МБУ «Зеленстрой», участок Вахитовского района (Казань).

Writes registry.json, labels.json and letters/NNN.eml next to this script.
Raw MIME is assembled by hand (with stdlib helpers for RFC 2047 / QP / base64)
so that each sender's mail client can be imitated: iPhone Mail, Mail.ru app,
Outlook 2016 (windows-1251), The Bat! (KOI8-R, 8bit), Yandex web.
"""
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, "letters")
os.makedirs(LETTERS, exist_ok=True)
rnd = random.Random(880)
TZ = timezone(timedelta(hours=3))

DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"
DOMAIN = "zelenstroy-kzn.ru"

ILDAR = "ildar.garipov@zelenstroy-kzn.ru"          # бригадир, iPhone / иногда офисный Outlook
ILDAR_MR = "garipov.ildar79@mail.ru"               # бригадир, личная почта, приложение Mail.ru
GULNARA = "g.khasanova@zelenstroy-kzn.ru"          # делопроизводитель, Outlook 2016, windows-1251
RUSTEM = "r.shakirov@zelenstroy-kzn.ru"            # машинист, The Bat! на ПК в гараже, KOI8-R
ALSU = "alsu.shakirova86@yandex.ru"                # почта жены машиниста, Яндекс
NEWS = "news@zelenstroy-kzn.ru"                    # рассылка учреждения
DAEMON = "MAILER-DAEMON@zelenstroy-kzn.ru"         # почтовый сервер учреждения

NAMES = {
    ILDAR: "Гарипов Ильдар Фаритович",
    ILDAR_MR: "Ильдар Гарипов",
    GULNARA: "Хасанова Гульнара Рашитовна",
    RUSTEM: "Шакиров Рустем",
    ALSU: "Алсу Шакирова",
    NEWS: "МБУ «Зеленстрой» г. Казани",
    DAEMON: "Mail Delivery System",
}

SIG_G = ("С уважением,\n"
         "Хасанова Гульнара Рашитовна\n"
         "делопроизводитель\n"
         "МБУ «Зеленстрой» г. Казани, участок Вахитовского района\n"
         "тел. +7 (843) 292-41-07")
SIG_G_FULL = SIG_G + ("\nИНН 1655123487 / КПП 165501001\n"
                      "420111, г. Казань, ул. Профсоюзная, д. 17в")
IPHONE = "\n\nОтправлено с iPhone"
MAILRU = "\n\n--\nОтправлено из мобильной Почты Mail.ru"

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "МБУ «Зеленстрой» г. Казани (участок Вахитовского района)",
        "emails": [ILDAR, ILDAR_MR, GULNARA, RUSTEM, ALSU, NEWS, DAEMON],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "880112", "positions": ["1"], "registered_at": "2026-11-02T08:00:00+03:00",
         "comment": "Уборка листвы, Лядской сад (1 — территория сада)"},
        {"number": "880127", "positions": ["1", "2"], "registered_at": "2026-11-03T09:15:00+03:00",
         "comment": "Валка/кронирование аварийных деревьев, ул. Карла Маркса: 1 — тополь у д. 42, 2 — липа у д. 58 (охранная зона ВЛ)"},
        {"number": "880203", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Удаление сухостоя, ЦПКиО им. Горького: 1 — аллея у главного входа, 2 — участок у пруда, 3 — детская площадка, 4 — аллея вдоль ул. Н. Ершова"},
        {"number": "880245", "positions": ["1", "2", "3"], "registered_at": "2026-11-06T08:30:00+03:00",
         "comment": "Подготовка к зиме (укрытие), сквер у театра им. Г. Камала: 1 — партер у входа, 2 — клумбы вдоль набережной, 3 — газон у парковки"},
        {"number": "880318", "positions": ["1", "2"], "registered_at": "2026-11-09T11:00:00+03:00",
         "comment": "Обрезка кустарника (живая изгородь), бульвар по ул. Островского: 1 — участок до ул. Тихомирнова, 2 — участок после ул. Тихомирнова"},
        {"number": "880356", "positions": ["1"], "registered_at": "2026-11-11T14:20:00+03:00",
         "comment": "Аварийная: дерево упало на провода, ул. Пушкина, 12"},
        {"number": "880402", "positions": ["1", "2"], "registered_at": "2026-11-12T08:00:00+03:00",
         "comment": "Вывоз порубочных остатков: 1 — Лядской сад, 2 — ЦПКиО им. Горького"},
        {"number": "880467", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T07:30:00+03:00",
         "comment": "Снегоочистка, парк «Чёрное озеро»: 1 — центральная аллея, 2 — аллея у катка, 3 — участок у памятника"},
        {"number": "880519", "positions": ["1", "2"], "registered_at": "2026-11-17T06:00:00+03:00",
         "comment": "Снегоочистка, Кремлёвская набережная: 1 — пешеходная набережная, 2 — лестничные спуски"},
        {"number": "880588", "positions": ["1", "2"], "registered_at": "2026-11-18T05:30:00+03:00",
         "comment": "Посыпка ПГМ, ул. Баумана: 1 — от ул. Кремлёвской до ул. Профсоюзной, 2 — от ул. Профсоюзной до ул. Пушкина"},
        {"number": "880631", "positions": ["1", "2"], "registered_at": "2026-11-20T06:00:00+03:00",
         "comment": "Вывоз снега, сквер им. Г. Тукая: 1 — площадка у памятника, 2 — пешеходная зона к подземному переходу"},
        {"number": "880704", "positions": ["1", "2", "3"], "registered_at": "2026-11-24T06:00:00+03:00",
         "comment": "Очистка от снега, парк Тысячелетия: 1 — центральная аллея, 2 — аллея вдоль Казанки, 3 — площадка у «Чаши»"},
    ],
}

# ---------------------------------------------------------------- MIME helpers


def enc_body(text, charset, cte):
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(charset))
    b = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


class Leaf:
    def __init__(self, ctype, text=None, charset="utf-8", cte="base64", params="", headers=(), raw=None):
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.params, self.headers, self.raw = params, list(headers), raw

    def render(self):
        h = []
        if self.raw is not None:
            h.append(f"Content-Type: {self.ctype}{self.params}")
            if self.cte:
                h.append(f"Content-Transfer-Encoding: {self.cte}")
            h += self.headers
            return ("\n".join(h) + "\n\n").encode("ascii") + self.raw
        h.append(f"Content-Type: {self.ctype}; charset=\"{self.charset}\"{self.params}")
        h.append(f"Content-Transfer-Encoding: {self.cte}")
        h += self.headers
        body = enc_body(self.text, self.charset, self.cte)
        if not body.endswith(b"\n"):
            body += b"\n"
        return ("\n".join(h) + "\n\n").encode("ascii") + body


class Multi:
    def __init__(self, subtype, parts, params="", headers=()):
        self.subtype, self.parts, self.params, self.headers = subtype, parts, params, list(headers)
        self.boundary = "----=_Part_%d_%d.%d" % (rnd.randint(1000, 99999), rnd.randint(10**8, 10**9), rnd.randint(10**12, 10**13))

    def render(self):
        h = [f"Content-Type: multipart/{self.subtype};{self.params}\n\tboundary=\"{self.boundary}\""] + self.headers
        out = ("\n".join(h) + "\n\n").encode("ascii")
        for p in self.parts:
            out += f"--{self.boundary}\n".encode("ascii") + p.render() + b"\n"
        out += f"--{self.boundary}--\n".encode("ascii")
        return out


def hdr(s, cs="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name=name).encode()


def addr(email, cs="utf-8", name=None):
    name = NAMES.get(email) if name is None else name
    return formataddr((name, email), charset=cs) if name else email


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ, second=rnd.randint(0, 59))


def to_html_paras(text, style="outlook"):
    out = []
    for line in text.split("\n"):
        e = html.escape(line) if line else "&nbsp;"
        if style == "outlook":
            out.append(f"<p class=MsoNormal>{e}<o:p></o:p></p>")
        else:
            out.append(f"<div>{e}</div>")
    return "\n".join(out)


def outlook_html(text, charset="windows-1251", extra=""):
    return (f"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            f"<meta http-equiv=Content-Type content=\"text/html; charset={charset}\">\n"
            f"<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
            f"<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}}</style>\n"
            f"</head>\n<body lang=RU link=\"#0563C1\" vlink=\"#954F72\">\n<div class=WordSection1>\n"
            f"{extra}{to_html_paras(text)}\n</div>\n</body>\n</html>\n")


def yandex_html(text):
    return "<div>" + "</div>\n<div>".join(html.escape(l) if l else "&nbsp;" for l in text.split("\n")) + "</div>\n"


def mailru_html(text):
    body = "<br>".join(html.escape(l) for l in text.split("\n"))
    return f"<HTML><BODY><div>{body}</div></BODY></HTML>\n"


# ---------------------------------------------------------------- client styles


def msgid(style, when):
    ts = when.strftime("%Y%m%d%H%M%S")
    if style == "iphone":
        u = "%08X-%04X-%04X-%04X-%012X" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(48))
        return f"<{u}@zelenstroy-kzn.ru>"
    if style == "outlook":
        return "<%012x$%08x$%08x@zelenstroy-kzn.ru>" % (rnd.getrandbits(48), rnd.getrandbits(32), rnd.getrandbits(32))
    if style == "mailru":
        return "<%d.%d@f%d.i.mail.ru>" % (int(when.timestamp()), rnd.getrandbits(30), rnd.randint(100, 999))
    if style == "thebat":
        return "<%d.%s@zelenstroy-kzn.ru>" % (rnd.randint(10**8, 10**9), ts)
    if style == "yandex":
        return "<%d%d@mail.yandex.ru>" % (rnd.randint(100000, 999999), int(when.timestamp()))
    return "<%s.%x@%s>" % (ts, rnd.getrandbits(40), style)


def dispatch_id(tag):
    return "<%s.%x@zakazchik-omis.ru>" % (tag, rnd.getrandbits(36))


LABELS = {}
SEEN_IDS = set()
COUNTER = [0]


def emit(frm, when, subject, root, label, style, cs="utf-8", extra=(), reply_to_id=None, to=None):
    COUNTER[0] += 1
    fname = "%03d.eml" % COUNTER[0]
    mid = msgid(style, when)
    assert mid not in SEEN_IDS
    SEEN_IDS.add(mid)
    hs = []
    if style == "outlook":
        hs += [f"From: {addr(frm, cs)}",
               f"To: {to or addr(DISPATCH, cs, DISPATCH_NAME)}",
               f"Subject: {hdr(subject, cs)}",
               f"Date: {format_datetime(when)}",
               f"Message-ID: {mid}"]
        if reply_to_id:
            hs += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
        hs += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
               "Thread-Index: AdlP" + base64.b64encode(rnd.randbytes(15)).decode(),
               "Content-Language: ru"]
    elif style == "iphone":
        hs += [f"From: {addr(frm, cs)}",
               "Content-Type: PLACEHOLDER",
               "Mime-Version: 1.0 (1.0)",
               f"Subject: {hdr(subject, cs)}",
               f"Date: {format_datetime(when)}",
               f"Message-Id: {mid}"]
        if reply_to_id:
            hs += [f"References: {reply_to_id}", f"In-Reply-To: {reply_to_id}"]
        hs += [f"To: {to or addr(DISPATCH, cs, DISPATCH_NAME)}", "X-Mailer: iPhone Mail (22B91)"]
    elif style == "thebat":
        hs += [f"Date: {format_datetime(when)}",
               f"From: {addr(frm, cs)}",
               "X-Mailer: The Bat! (v9.4.3) Professional",
               "Reply-To: " + addr(frm, cs),
               "X-Priority: 3 (Normal)",
               f"Message-ID: {mid}",
               f"To: {to or addr(DISPATCH, cs, DISPATCH_NAME)}"]
        if reply_to_id:
            hs += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
        hs += [f"Subject: {hdr(subject, cs)}", "MIME-Version: 1.0"]
    elif style == "mailru":
        hs += [f"From: {addr(frm, cs)}",
               f"To: {to or addr(DISPATCH, cs, DISPATCH_NAME)}",
               f"Subject: {hdr(subject, cs)}",
               "MIME-Version: 1.0",
               "X-Mailer: Mail.Ru Mailer 1.0",
               "X-Originating-IP: [176.59.%d.%d]" % (rnd.randint(1, 250), rnd.randint(1, 250)),
               f"Date: {format_datetime(when)}"]
        if reply_to_id:
            hs += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
        hs += ["Reply-To: " + addr(frm, cs), f"Message-ID: {mid}", "X-Mras: Ok"]
    elif style == "yandex":
        hs += [f"From: {addr(frm, cs)}",
               f"To: {to or DISPATCH}",
               f"Subject: {hdr(subject, cs)}",
               "MIME-Version: 1.0",
               "X-Mailer: Yamail [ http://yandex.ru ] 5.0",
               f"Date: {format_datetime(when)}",
               f"Message-Id: {mid}"]
        if reply_to_id:
            hs += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
    else:  # machines
        hs += [f"From: {addr(frm, cs)}",
               f"To: {to or DISPATCH}",
               f"Subject: {hdr(subject, cs)}",
               f"Date: {format_datetime(when)}",
               f"Message-ID: {mid}",
               "MIME-Version: 1.0"]
    hs += list(extra)
    head = "\n".join(hs)
    body = root.render()
    # the root part's own headers go into the message header block
    bh, _, bb = body.partition(b"\n\n")
    if "Content-Type: PLACEHOLDER" in head:
        head = head.replace("Content-Type: PLACEHOLDER\n", "")
    raw = head.encode("ascii") + b"\n" + bh + b"\n\n" + bb
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(LETTERS, fname), "wb") as f:
        f.write(raw)
    LABELS[fname] = label
    return mid


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def IGN(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


# per-sender senders -------------------------------------------------------

def gulnara(when, subject, text, label, html_body=None, reply_to_id=None, extra=()):
    cs = "windows-1251"
    root = Multi("alternative", [
        Leaf("text/plain", text, cs, "quoted-printable"),
        Leaf("text/html", html_body or outlook_html(text), cs, "quoted-printable"),
    ])
    return emit(GULNARA, dt(when), subject, root, label, "outlook", cs, reply_to_id=reply_to_id, extra=extra)


def ildar(when, subject, text, label, reply_to_id=None, cte="quoted-printable"):
    root = Leaf("text/plain", text, "utf-8", cte)
    return emit(ILDAR, dt(when), subject, root, label, "iphone", reply_to_id=reply_to_id)


def ildar_office(when, subject, text, label, reply_to_id=None):
    """Ильдар из офиса, Outlook в английской локали, но письма всё равно в 1251."""
    cs = "windows-1251"
    root = Multi("alternative", [
        Leaf("text/plain", text, cs, "quoted-printable"),
        Leaf("text/html", outlook_html(text), cs, "quoted-printable"),
    ])
    return emit(ILDAR, dt(when), subject, root, label, "outlook", cs, reply_to_id=reply_to_id)


def ildar_mr(when, subject, text, label, reply_to_id=None):
    root = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", mailru_html(text), "utf-8", "base64"),
    ])
    return emit(ILDAR_MR, dt(when), subject, root, label, "mailru", reply_to_id=reply_to_id)


def rustem(when, subject, text, label, reply_to_id=None):
    cs = "koi8-r"
    root = Leaf("text/plain", text, cs, "8bit")
    return emit(RUSTEM, dt(when), subject, root, label, "thebat", cs, reply_to_id=reply_to_id)


def alsu(when, subject, text, label, html_only=False, cte="base64"):
    if html_only:
        root = Leaf("text/html", "<html><body>" + yandex_html(text) + "</body></html>\n", "utf-8", cte)
    else:
        root = Multi("alternative", [
            Leaf("text/plain", text, "utf-8", cte),
            Leaf("text/html", "<div>" + yandex_html(text) + "</div>\n", "utf-8", cte),
        ])
    return emit(ALSU, dt(when), subject, root, label, "yandex")


def outlook_quote(frm_name, frm_mail, sent, to, subject, body, eng=False):
    if eng:
        return (f"\n\n-----Original Message-----\nFrom: {frm_name} <{frm_mail}>\nSent: {sent}\n"
                f"To: {to}\nSubject: {subject}\n\n{body}")
    return (f"\n\nОт: {frm_name} [mailto:{frm_mail}]\nОтправлено: {sent}\nКому: {to}\n"
            f"Тема: {subject}\n\n{body}")


def iphone_quote(when_txt, who, body):
    q = "\n".join("> " + l if l else ">" for l in body.split("\n"))
    return f"\n\n> {when_txt}, {who} написал(а):\n>\n{q}"


# ================================================================ LETTERS
# --- 880112 Лядской сад, листва ---------------------------------------------
gulnara("2026-11-02 09:05", "Заявка № 880112 принята в работу",
        "Добрый день!\n\nСообщаем, что заявка № 880112 от 02.11.2026 (уборка листвы, Лядской сад) принята в работу.\n"
        "Ответственный за выполнение — бригадир Гарипов Ильдар Фаритович, тел. 8-917-264-18-53.\n\n" + SIG_G,
        D("880112", [], PR, "formal acceptance from the office; phone number is a distractor"))

ildar("2026-11-02 13:40", "лядский сад",
      "добрый день бригада наместе в лядском саду начали сгребать листву по заявке восемьсот восемьдесят тысяч сто двенадцать точка ильдар" + IPHONE,
      D("880112", [], NM, "speech-to-text: number spelled in words, 'наместе' glued, 'точка' written out"))

d_880127 = dispatch_id("880127")
gulnara("2026-11-03 10:20", "RE: Заявка 880127 — валка аварийных деревьев, ул. Карла Маркса",
        "Добрый день.\nЗаявку приняли. Выезд бригады с автовышкой планируем 04.11 к 9:00, по позиции 2 требуется отключение ВЛ — уточним отдельно.\n\n"
        + SIG_G + outlook_quote(DISPATCH_NAME, DISPATCH, "3 ноября 2026 г. 9:17", "Хасанова Гульнара Рашитовна <g.khasanova@zelenstroy-kzn.ru>",
                                "Заявка 880127 — валка аварийных деревьев, ул. Карла Маркса",
                                "Добрый день!\nНаправляем заявку № 880127.\nПоз. 1 — тополь у д. 42, аварийный наклон.\nПоз. 2 — липа у д. 58, сухие ветви над проводами.\nПросим подтвердить принятие.\n\nДиспетчерская ОМИС\nтел. 8 (843) 231-00-15"),
        D("880127", [], PR, "accepted; departure is only planned; Outlook quote block below is the dispatcher's own request"),
        reply_to_id=d_880127)

ildar("2026-11-03 16:50", "880112 готово",
      "880112 все готово листву собрали четырнадцать мешков вывезли бригада уехала с лядского сада" + IPHONE,
      D("880112", [], UB, "result + 'бригада уехала'"))

# --- 880127 Карла Маркса ---------------------------------------------------
ildar("2026-11-04 08:55", "880127",
      "выехали на карла маркса с автовышкой в 880 ос 116 будем минут через пятнадцать" + IPHONE,
      D("880127", [], VP, "bare number in subject; car plate 'в 880 ос 116' is not a request number"))

ildar_mr("2026-11-04 09:30", "880127 (1)",
         "На месте у дома 42, тополь. Огородили тротуар лентой, начинаем" + MAILRU,
         D("880127", ["1"], NM, "position in brackets in subject; '42' is a house number"))

d_q1 = dispatch_id("q880127")
ildar_mr("2026-11-04 14:10", "Re: 880127 (1)",
         "тополь спилили чурки вывезли уехали" + MAILRU +
         "\n\n\nСреда, 4 ноября 2026, 12:02 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n>\n"
         ">Ильдар Фаритович, по 1-й позиции как дела? Во сколько освободитесь?\n>\n>--\n>Диспетчерская ОМИС",
         D("880127", ["1"], UB, "reply; number+position only in Re: subject; quote is dispatcher's question"),
         reply_to_id=d_q1)

gulnara("2026-11-04 15:00", "Заявка 880127, поз. 2 — отключение ВЛ",
        "Добрый день.\n\nПо заявке № 880127 позиция 2 (липа у д. 58 по ул. Карла Маркса): крона в охранной зоне ВЛ-0,4 кВ, "
        "работы возможны только после отключения линии. Заявку на отключение в сетевую компанию подали (вх. № 3317 от 04.11.2026), "
        "ориентировочно отключат 06.11 с 10:00 до 14:00.\nПросим учесть перенос срока по данной позиции.\n\n" + SIG_G,
        R("only a plan / postponement for position 2, nothing happened yet"))

# --- 880203 парк Горького, сухостой -------------------------------------------
gulnara("2026-11-05 11:30", "Заявка № 880203 — принята",
        "Добрый день!\n\nЗаявка № 880203 (удаление сухостоя, ЦПКиО им. Горького, 4 позиции) принята к исполнению. "
        "Начало работ — 06.11.2026 с 8:00.\n\n" + SIG_G,
        D("880203", [], PR, "acceptance; start date is a plan"))

rustem("2026-11-06 07:45", "Заявка 880203 парк Горького",
       "Здравствуйте.\n\nВыезд 07:40 на тракторе МТЗ-82.1 с прицепом 2ПТС-4 в парк Горького под вывоз веток, заявка 880203.\n\n"
       "--\nШакиров Рустем, машинист\nтел. 8 960 041-77-25",
       D("880203", [], VP, "noun 'Выезд' with time; KOI8-R; tractor model numbers are distractors"))

ildar("2026-11-06 08:20", "880203 П1",
      "на месте парк горького аллея у главного входа П1 начали пилить сухие клены две пилы хускварна 372 и штиль 250" + IPHONE,
      D("880203", ["1"], NM, "'П1'; chainsaw models 372/250 are not positions"))

gulnara("2026-11-06 09:10", "Заявка № 880245 принята",
        "Добрый день!\n\nЗаявка № 880245 (подготовка к зиме, сквер у театра им. Г. Камала: партер, клумбы вдоль набережной, газон у парковки) принята.\n"
        "Исполнитель — бригада Гарипова И.Ф.\n\n" + SIG_G_FULL,
        D("880245", [], PR, "acceptance; INN/KPP/postcode in signature are distractors"))

ildar("2026-11-06 10:05", "карла маркса липа",
      "по заявке 880127 вторая позиция энергетики линию отключили мы наместе у дома пятьдесят восемь начинаем липу запятая вышка подъехала" + IPHONE,
      D("880127", ["2"], NM, "'вторая позиция' in words; house number in words"))

d_q2 = dispatch_id("q880127-2")
ildar_office("2026-11-06 13:50", "RE: заявка 880127 поз.2",
             "липу убрали, ветки вывезли, бригада освободилась. энергетикам сообщили, можно включать.\nГарипов"
             + outlook_quote(DISPATCH_NAME, DISPATCH, "Friday, November 6, 2026 12:40 PM", "ildar.garipov@zelenstroy-kzn.ru",
                             "заявка 880127 поз.2",
                             "Ильдар Фаритович, сетевики спрашивают, когда закончите по 2-й позиции. Отключение до 14:00.", eng=True),
             D("880127", ["2"], UB, "'бригада освободилась'; position only in Re subject; -----Original Message----- quote"),
             reply_to_id=d_q2)

TBL_CSS = "border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt"
TD = "style=\"border:solid windowtext 1.0pt;padding:2pt 5pt\""


def table_html(intro, head, rows, outro):
    h = "<tr>" + "".join(f"<td {TD}><b>{html.escape(c)}</b></td>" for c in head) + "</tr>\n"
    for r in rows:
        h += "<tr>" + "".join(f"<td {TD}>{html.escape(c)}</td>" for c in r) + "</tr>\n"
    t = f"<table style=\"{TBL_CSS}\" cellspacing=0 cellpadding=0>\n{h}</table>\n"
    return outlook_html(outro, extra=to_html_paras(intro) + "\n" + t)


def table_text(intro, head, rows, outro):
    lines = [intro, "", "\t".join(head)] + ["\t".join(r) for r in rows] + ["", outro]
    return "\n".join(lines)


intro = "Добрый день!\n\nОтчёт по заявке № 880203 (ЦПКиО им. Горького) за 06.11.2026:"
head = ["Поз.", "Участок", "Состояние", "Время"]
rows = [["1", "Аллея у главного входа", "Работы выполнены, бригада убыла", "15:40"],
        ["2", "Участок у пруда", "Работы выполнены, бригада убыла", "15:40"],
        ["3", "Детская площадка", "Перенесено на 10.11", "—"],
        ["4", "Аллея вдоль ул. Н. Ершова", "Перенесено на 10.11", "—"]]
gulnara("2026-11-06 16:30", "Заявка 880203 — отчёт за 06.11",
        table_text(intro, head, rows, SIG_G),
        D("880203", ["1", "2"], UB, "HTML table, one row per position; 3 and 4 only postponed (plan)"),
        html_body=table_html(intro, head, rows, SIG_G))

# --- 880245 театр Камала ---------------------------------------------------
ildar("2026-11-09 08:10", "театр камала",
      "по обращению 880245 мы на месте у театра камала начали с клумб вдоль набережной это вторая позиция лапник привезли" + IPHONE,
      D("880245", ["2"], NM, "'обращение'; position named as 'вторая позиция'"))

d_880318 = dispatch_id("880318")
gulnara("2026-11-09 12:00", "RE: Заявка 880318 — обрезка кустарника, бульвар Островского",
        "Добрый день, подтверждаем: заявка 880318 принята, бригада выйдет 11.11 (10.11 занята в парке Горького).\n\n" + SIG_G
        + outlook_quote(DISPATCH_NAME, DISPATCH, "9 ноября 2026 г. 11:05", "Хасанова Гульнара Рашитовна <g.khasanova@zelenstroy-kzn.ru>",
                        "Заявка 880318 — обрезка кустарника, бульвар Островского",
                        "Добрый день.\nНаправляем заявку 880318: формовочная обрезка живой изгороди по бульвару ул. Островского.\n"
                        "Поз. 1 — от ул. Спартаковской до ул. Тихомирнова.\nПоз. 2 — от ул. Тихомирнова до ул. Ахтямова.\nПросим подтвердить принятие.\n\nДиспетчерская ОМИС"),
        D("880318", [], PR, "confirmation of acceptance; outlook quote holds the dispatcher's request"),
        reply_to_id=d_880318)

ildar("2026-11-09 17:20", "880245 камала",
      "театр камала п1 и п3 укрыли все сделали уехали п2 клумбы завтра доделаем лапника не хватило" + IPHONE,
      D("880245", ["1", "3"], UB, "p1 and p3 done and left; p2 only planned for tomorrow"))

ildar("2026-11-10 08:30", "горького 880203",
      "по горького третья и четвертая позиция выезд сегодня после обеда с утра на камала заканчиваем" + IPHONE,
      R("plan only: departure for positions 3/4 'после обеда'"))

ildar("2026-11-10 10:40", "880245-2",
      "готово клумбы все закрыли лапником уехали" + IPHONE,
      D("880245", ["2"], UB, "position after a dash in subject"))

alsu("2026-11-10 13:15", "Горький парк",
     "Здравствуйте это Рустем Шакиров тракторист Зеленстроя, пишу с почты жены, мой телефон сел.\n"
     "По заявке 880203 я на месте, детская площадка и аллея вдоль Ершова (3 и 4 позиция), грузим ветки.\n"
     "Мой номер 8 960 041-77-25",
     D("880203", ["3", "4"], NM, "operator writes from his wife's Yandex address; HTML-only"), html_only=True)

ildar("2026-11-10 17:45", "Fwd: горький",
      "880203 по горькому от рустема" + IPHONE +
      "\n\nНачало переадресованного сообщения:\n\n"
      "От: Алсу Шакирова <alsu.shakirova86@yandex.ru>\nДата: 10 ноября 2026 г. в 17:32:10 GMT+3\n"
      "Кому: ildar.garipov@zelenstroy-kzn.ru\nТема: горький\n\n"
      "Ильдар абый, 3 и 4 позицию закончили все ветки вывез трактор ушёл на базу. Рустем",
      D("880203", ["3", "4"], UB, "iPhone forward of the operator's message: the forwarded report counts"))

# --- 880318 Островского ----------------------------------------------------
ildar("2026-11-11 08:15", "ОСТРОВСКОГО",
      "ВЫЕХАЛИ НА ОСТРОВСКОГО КУСТЫ РЕЗАТЬ ПО ЗАЯВКЕ 880318 ДВЕ ГАЗЕЛИ" + IPHONE,
      D("880318", [], VP, "caps"))

d_q3 = dispatch_id("q880318")
ildar("2026-11-11 09:00", "Re: Заявка 880318 — обрезка кустарника, бульвар Островского",
      "на бульваре начали с первого участка" + IPHONE +
      iphone_quote("11 нояб. 2026 г., в 8:20", "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>",
                   "Ильдар Фаритович, сообщите, пожалуйста, когда начнёте работы на месте.\n\nДиспетчерская ОМИС"),
      D("880318", ["1"], NM, "number only in the Re: subject; 'начали с первого участка' = on site, position 1"),
      reply_to_id=d_q3)

# --- 880356 Пушкина 12 -----------------------------------------------------
ildar("2026-11-11 14:35", "Пушкина 12 (880356)",
      "ВЫЕХАЛИ ПУШКИНА 12 ДЕРЕВО НА ПРОВОДАХ БУДЕМ ЧЕРЕЗ 10 МИН" + IPHONE,
      D("880356", [], VP, "number in brackets after address; '12' is the house number"))

d_q4 = dispatch_id("q880356")
ildar("2026-11-11 15:05", "Re: Пушкина 12 (880356)",
      "прибытие пятнадцать ноль две на месте ждем энергетиков без отключения не полезем" + IPHONE +
      iphone_quote("11 нояб. 2026 г., в 14:41", "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>",
                   "Принято, сетевую компанию известили."),
      D("880356", [], NM, "'прибытие' with time in words"), reply_to_id=d_q4)

gulnara("2026-11-11 15:20", "Заявка 880356 — контакт РЭС",
        "Добрый день.\n\nПрошу сообщить телефон дежурного диспетчера Казанских электрических сетей для согласования отключения "
        "по адресу ул. Пушкина, 12 (заявка 880356). Бригадир на связи: 8-917-264-18-53.\n\n" + SIG_G,
        R("a question to the dispatcher, no status"))

gulnara("2026-11-11 17:00", "FW: островского",
        "Пересылаю сообщение бригадира.\n\n" + SIG_G +
        "\n\nОт: Гарипов Ильдар Фаритович <ildar.garipov@zelenstroy-kzn.ru>\nОтправлено: 11 ноября 2026 г. 16:48\n"
        "Кому: Хасанова Гульнара Рашитовна <g.khasanova@zelenstroy-kzn.ru>\nТема: островского\n\n"
        "гуля отправь диспетчерам 880318 первый участок обрезали ветки убрали уехали второй участок завтра\n\nОтправлено с iPhone",
        D("880318", ["1"], UB, "Outlook forward of the brigade leader's message; pos 2 is only planned"))

d_q5 = dispatch_id("q880356b")
ildar("2026-11-11 18:10", "Re: Re: Пушкина 12 (880356)",
      "дерево распилили провода целы уехали с пушкина в восемнадцать ноль ноль запятая энергетики включили" + IPHONE +
      "\n\n> 11 нояб. 2026 г., в 15:10, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n>\n> Ок, ждём.\n>\n"
      ">> 11 нояб. 2026 г., в 15:05, Гарипов Ильдар Фаритович <ildar.garipov@zelenstroy-kzn.ru> написал(а):\n>>\n"
      ">> прибытие пятнадцать ноль две на месте ждем энергетиков без отключения не полезем",
      D("880356", [], UB, "quoted history says 'на месте'; the new text says they left"), reply_to_id=d_q5)

# --- 880402 вывоз порубочных -----------------------------------------------
gulnara("2026-11-12 09:00", "Заявка 880402 принята",
        "Добрый день!\n\nЗаявка 880402 (вывоз порубочных остатков: поз.1 — Лядской сад, поз.2 — ЦПКиО им. Горького) принята.\n"
        "Вывоз 12–13.11, трактор МТЗ-82.1, машинист Шакиров Р.\n\n" + SIG_G,
        D("880402", [], PR, "acceptance; positions listed only as description"))

rustem("2026-11-12 10:30", "880402 поз. 1",
       "Здравствуйте.\n\nВыехал из Лядского сада гружёный, везу на полигон в Самосырово. Заявка 880402 поз. 1 - всё вывез.\n\n--\nШакиров Р.",
       D("880402", ["1"], UB, "'выехал ИЗ сада' = left the site (not travelling to it)"))

rustem("2026-11-12 13:20", "880402/2",
       "Выехал в парк Горького за ветками, через 20 минут буду.\n\n--\nШакиров Р.",
       D("880402", ["2"], VP, "'выехал В парк' = on the way; position after slash in subject"))

ildar("2026-11-12 15:00", "880318 поз2",
      "второй участок на месте начали резать живую изгородь" + IPHONE,
      D("880318", ["2"], NM, "'поз2' in subject"))

alsu("2026-11-12 16:45", "Горького ветки",
     "Это Рустем. Парк Горького всё вывез, последний рейс ушёл в 16:30, с парка уехал. Заявка 880402 позиция 2.",
     D("880402", ["2"], UB, "wife's address again; text+html"))

ildar("2026-11-12 17:30", "880318 п.2",
      "островского п.2 кусты подрезаны мусор убрали уехали" + IPHONE,
      D("880318", ["2"], UB, "'п.2'"))

gulnara("2026-11-13 09:00", "Автоответ: Заявка 880402 — вопрос по полигону",
        "Здравствуйте!\n\n13.11.2026 меня не будет на рабочем месте. По срочным вопросам обращайтесь к мастеру участка "
        "Нуриеву Фариду Фаритовичу, тел. +7 (843) 292-41-09.\n\nХасанова Г.Р.",
        IGN("Outlook out-of-office auto-reply"),
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: g.khasanova@zelenstroy-kzn.ru"),
        reply_to_id=dispatch_id("q880402"))

# --- 880467 Чёрное озеро ---------------------------------------------------
ildar("2026-11-16 07:50", "черное озеро",
      "заявку восемь восемь ноль четыре шесть семь приняли запятая трактор заправляем выезд в восемь тридцать точка лопаты взяли" + IPHONE,
      D("880467", [], PR, "number dictated digit by digit; departure is only planned"))

alsu("2026-11-16 08:55", "880467 поз 1",
     "Трактор на месте, центральная аллея Черного озера, чистим. Рустем (пишу с жениной почты)",
     D("880467", ["1"], NM, "wife's address"), cte="quoted-printable")

intro = "Добрый день!\n\nСостояние по заявке № 880467 (парк «Чёрное озеро») на 10:00:"
rows = [["1", "Центральная аллея", "Бригада на месте, идёт очистка", "с 08:55"],
        ["2", "Аллея у катка", "Очистка завершена, бригада ушла", "09:50"],
        ["3", "Участок у памятника", "Выезд после 13:00", "—"]]
gulnara("2026-11-16 10:00", "Заявка 880467 — состояние на 10:00",
        table_text(intro, head, rows, SIG_G),
        R("mixed statuses in one letter: pos1 on site, pos2 left, pos3 planned"),
        html_body=table_html(intro, head, rows, SIG_G))

ildar("2026-11-16 11:30", "880467",
      "880467 на центральной аллее и у катка почистили уходим на третью к памятнику" + IPHONE,
      R("mixed: positions 1,2 finished, crew moving to position 3 (on the way)"))

gulnara("2026-11-16 14:20", "Заявка № 880467, п. 3",
        "Добрый день.\n\nПо заявке № 880467 п. 3 (участок у памятника) работы завершены, техника и бригада убыли в 14:05.\n\n" + SIG_G,
        D("880467", ["3"], UB, "formal single-request report"))

# --- 880519 Кремлёвская набережная -------------------------------------------
ildar("2026-11-17 06:30", "880519",
      "пpинял 880519 набережная выезд как трактор прогреется" + IPHONE,
      D("880519", [], PR, "Latin 'p' inside 'пpинял'; departure is conditional/future"))

d_q6 = dispatch_id("q880519")
ildar("2026-11-17 07:10", "Re: 880519",
      "еще не выехали трактор не завелся на морозе ждем аккумулятор с базы" + IPHONE +
      iphone_quote("17 нояб. 2026 г., в 7:02", "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>",
                   "Ильдар, когда будете на набережной? Пешеходы жалуются."),
      R("negation: not yet departed"), reply_to_id=d_q6)

ildar("2026-11-17 08:05", "880519 выехали",
      "выехали наконец на кремлевскую набережную минут двадцать и будем" + IPHONE,
      D("880519", [], VP, "travelling now"))

d_q7 = dispatch_id("q880519b")
ildar("2026-11-17 08:40", "Re: 880519 выехали",
      "Бригада нa мeсте, начали со спусков (поз. 2)" + IPHONE +
      iphone_quote("17 нояб. 2026 г., в 8:06", "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", "Принято."),
      D("880519", ["2"], NM, "Re: subject still says 'выехали' but body says on site; Latin a/e look-alikes in 'нa мeсте'"),
      reply_to_id=d_q7)

ildar("2026-11-17 12:00", "880519",
      "ВСЁ ЗАКОНЧИЛИ НАБЕРЕЖНАЯ И СПУСКИ ЧИСТЫЕ УБЫЛИ" + IPHONE,
      D("880519", [], UB, "caps; whole request (both parts described, no position numbers)"))

d_q8 = dispatch_id("880519-utochn")
gulnara("2026-11-17 12:30", "RE: Уточнение к заявке 880519",
        "Спасибо, информацию получили, бригадиру передали.\n\n" + SIG_G
        + outlook_quote(DISPATCH_NAME, DISPATCH, "17 ноября 2026 г. 12:15", "Хасанова Гульнара Рашитовна <g.khasanova@zelenstroy-kzn.ru>",
                        "Уточнение к заявке 880519",
                        "Добрый день. На следующей неделе дополнительно потребуется очистка спуска у моста Миллениум, "
                        "отдельная заявка будет направлена.\n\nДиспетчерская ОМИС"),
        R("acknowledgement of the dispatcher's message, no status"), reply_to_id=d_q8)

# --- 880588 Баумана ПГМ ----------------------------------------------------
rustem("2026-11-18 05:50", "880588 Баумана ПГМ",
       "Здравствуйте.\n\nВыехал на Баумана посыпать, участок 1 (от Кремлёвской до Профсоюзной). Пескоразбрасыватель КО-829Д на базе ГАЗ. Заявка 880588.\n\n--\nШакиров Р.",
       D("880588", ["1"], VP, "'выехал НА Баумана' = on the way; machine model is a distractor"))

d_q9 = dispatch_id("q880588")
rustem("2026-11-18 07:40", "Re: 880588 Баумана ПГМ",
       "Здравствуйте, Диспетчерская.\n\nВы писали 18 ноября 2026 г., 6:02:\n\n"
       "ДО> Принято. По окончании сообщите, пожалуйста, расход ПГМ.\n"
       "ДО> --\nДО> Диспетчерская ОМИС\n\n"
       "1-й и 2-й участки посыпал, ушло 3,5 т ПГМ. Поехал на базу.\n\n"
       "--\nС уважением,\n Рустем                          mailto:r.shakirov@zelenstroy-kzn.ru",
       D("880588", ["1", "2"], UB, "The Bat! bottom-posting under initials-prefixed quote 'ДО>'; 'поехал на базу' = left the site"),
       reply_to_id=d_q9)

rustem("2026-11-19 07:00", "пескоразбрасыватель",
       "Здравствуйте.\n\nПо Баумана (880588) сегодня посыпать не смогу - на КО-829Д порвалась цепь транспортёра, нужна цепь "
       "кат. N 829.05.02.100. Кто заказывает, мы или вы? Машина стоит на базе.\n\n--\nШакиров Р.",
       R("breakdown complaint + question; part number is a distractor; nothing happened on site"))

news_text = ("Зеленстрой: новости недели № 46\n\n"
             "— За неделю бригады учреждения убрали 1 240 куб. м снега и выполнили 37 заявок.\n"
             "— С 23.11 начинается приём заявок на новогоднее оформление скверов.\n"
             "— Поздравляем бригадира участка Вахитовского района И.Ф. Гарипова с 20-летием работы!\n\n"
             "Вы получили это письмо, потому что подписаны на рассылку МБУ «Зеленстрой». Отписаться: news@zelenstroy-kzn.ru")
root = Multi("alternative", [
    Leaf("text/plain", news_text, "utf-8", "quoted-printable"),
    Leaf("text/html", "<html><body style=\"font-family:Arial\"><h2>Зеленстрой: новости недели № 46</h2>" + yandex_html(news_text.split("\n\n", 1)[1]) + "</body></html>\n", "utf-8", "quoted-printable"),
])
emit(NEWS, dt("2026-11-19 10:00"), "Зеленстрой: новости недели № 46", root, IGN("bulk newsletter (Precedence: bulk, List-Unsubscribe)"), "news.zelenstroy-kzn.ru",
     extra=("Precedence: bulk", "List-Id: Novosti Zelenstroy <news.zelenstroy-kzn.ru>",
            "List-Unsubscribe: <mailto:unsubscribe@zelenstroy-kzn.ru?subject=unsubscribe>",
            "X-Mailer: UniSender"))

# --- 880631 сквер Тукая ----------------------------------------------------
gulnara("2026-11-20 06:20", "Заявка #880631 — принята",
        "Добрый день!\n\nЗаявка #880631 (вывоз снега, сквер им. Г. Тукая) принята.\n"
        "Техника: погрузчик Амкодор 332С4, самосвал КАМАЗ-65115 г/н О 880 КТ 116.\nОтветственный — Гарипов И.Ф.\n\n" + SIG_G,
        D("880631", [], PR, "'#880631'; plate 'О 880 КТ 116' and models are distractors"))

rustem("2026-11-20 07:05", "наряд 880631",
       "КАМАЗ и погрузчик выехали на сквер Тукая, наряд 880631. Будем к 7:30.\n\n--\nШакиров Р.",
       D("880631", [], VP, "'наряд'"))

d_q10 = dispatch_id("q880631")
ildar("2026-11-20 07:40", "Re: наряд 880631",
      "да на месте грузим первый камаз" + IPHONE +
      iphone_quote("20 нояб. 2026 г., в 7:32", "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>",
                   "Ильдар, техника по Тукая уже на месте?"),
      D("880631", [], NM, "short answer to the dispatcher's question; number only in Re: subject; 'первый камаз' is a truck, not position 1"), reply_to_id=d_q10)

ildar("2026-11-20 11:00", "880631-2",
      "закончили вторую позицию пешеходка к переходу чистая вывезли три машины" + IPHONE,
      D("880631", ["2"], UB, "'закончили вторую позицию'"))

inner = ("From: =?utf-8?b?" + base64.b64encode("Гарипов Ильдар Фаритович".encode()).decode() + "?= <ildar.garipov@zelenstroy-kzn.ru>\n"
         "Content-Type: text/plain;\n\tcharset=utf-8\n"
         "Content-Transfer-Encoding: base64\n"
         "Mime-Version: 1.0 (1.0)\n"
         "Subject: =?utf-8?b?" + base64.b64encode("тукая".encode()).decode() + "?=\n"
         "Date: Fri, 20 Nov 2026 15:12:40 +0300\n"
         "Message-Id: <5B1E0C2A-77D4-4F0E-9A61-3C2B8D7E0F11@zelenstroy-kzn.ru>\n"
         "To: =?utf-8?b?" + base64.b64encode("Хасанова Гульнара Рашитовна".encode()).decode() + "?= <g.khasanova@zelenstroy-kzn.ru>\n"
         "X-Mailer: iPhone Mail (22B91)\n\n").encode("ascii") + base64.encodebytes(
    "гуля по тукая первая позиция вывезли двенадцать рейсов уехали в пятнадцать десять передай диспетчерам\n\nОтправлено с iPhone".replace("\n", "\r\n").encode())
fw_text = "Добрый день, пересылаю сообщение бригадира по заявке 880631.\n\n" + SIG_G
root = Multi("mixed", [
    Multi("alternative", [Leaf("text/plain", fw_text, "windows-1251", "quoted-printable"),
                          Leaf("text/html", outlook_html(fw_text), "windows-1251", "quoted-printable")]),
    Leaf("message/rfc822", raw=inner, cte="7bit", headers=["Content-Disposition: attachment; filename=\"tukaya.eml\""]),
])
emit(GULNARA, dt("2026-11-20 15:30"), "FW: тукая", root,
     D("880631", ["1"], UB, "forward as message/rfc822 attachment; the attached message reports pos 1 done and left"),
     "outlook", "windows-1251")

# read receipt from mail.ru
mdn_text = ("Ваше сообщение\n\n   Кому: garipov.ildar79@mail.ru\n   Тема: Уточнение по заявке 880631\n   Отправлено: 20.11.2026 16:05\n\n"
            "было прочитано 21.11.2026 10:00.")
orig = dispatch_id("utochn880631")
root = Multi("report", [
    Leaf("text/plain", mdn_text, "utf-8", "base64"),
    Leaf("message/disposition-notification",
         raw=("Reporting-UA: e.mail.ru; Mail.Ru\nOriginal-Recipient: rfc822;garipov.ildar79@mail.ru\n"
              "Final-Recipient: rfc822;garipov.ildar79@mail.ru\nOriginal-Message-ID: " + orig + "\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n").encode("ascii"), cte="7bit"),
], params=" report-type=disposition-notification;")
emit(ILDAR_MR, dt("2026-11-21 10:00"), "Прочитано: Уточнение по заявке 880631", root,
     IGN("read receipt (disposition-notification)"), "mailru", extra=(f"In-Reply-To: {orig}",))

# weekly summary
intro = "Добрый день!\n\nНаправляем сводку по заявкам участка Вахитовского района за период 16.11.2026 – 22.11.2026:"
head2 = ["№ заявки", "Объект", "Состояние", "Дата"]
rows2 = [["880467", "Парк «Чёрное озеро», снегоочистка", "Выполнена, бригада убыла", "16.11"],
         ["880519", "Кремлёвская набережная, снегоочистка", "Выполнена, бригада убыла", "17.11"],
         ["880588", "ул. Баумана, посыпка ПГМ", "Выполнена", "18.11"],
         ["880631", "Сквер им. Г. Тукая, вывоз снега", "Выполнена, вывезено 15 рейсов", "20.11"]]
gulnara("2026-11-23 09:00", "Сводка по заявкам за 16.11–22.11",
        table_text(intro, head2, rows2, "Акты выполненных работ № 412–415 будут направлены до 27.11.\n\n" + SIG_G),
        R("weekly summary covering four different requests"),
        html_body=table_html(intro, head2, rows2, "Акты выполненных работ № 412–415 будут направлены до 27.11.\n\n" + SIG_G))

# calendar response
ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Хасанова Гульнара Рашитовна:mailto:g.khasanova@zelenstroy-kzn.ru\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по зимнему содержанию объектов\n"
       "DTSTART;TZID=Russian Standard Time:20261124T100000\nDTEND;TZID=Russian Standard Time:20261124T110000\n"
       "UID:040000008200E00074C5B7101A82E008000000003C9B1F7E4F2BDD01000000000000000010000000\n"
       "SEQUENCE:0\nDTSTAMP:20261123T063012Z\nEND:VEVENT\nEND:VCALENDAR\n")
root = Multi("alternative", [
    Leaf("text/plain", "", "windows-1251", "quoted-printable"),
    Leaf("text/calendar", ics, "utf-8", "base64", params="; method=REPLY"),
])
emit(GULNARA, dt("2026-11-23 09:30"), "Принято: Совещание по зимнему содержанию объектов", root,
     IGN("calendar meeting response generated by Outlook"), "outlook", "windows-1251",
     extra=("Content-class: urn:content-classes:calendarmessage",))

# --- 880704 парк Тысячелетия -----------------------------------------------
ildar_mr("2026-11-24 06:40", "тысячелетия",
         "8 8 0 7 0 4 приняли выезжаем в семь на парк тысячелетия" + MAILRU,
         D("880704", [], PR, "number dictated as separate digits; 'выезжаем в семь' is a plan"))

ildar("2026-11-24 07:20", "880704 вопрос",
      "с какой аллеи начинать центральная или вдоль казанки там каток заливают трактор не пройдет может сначала чашу" + IPHONE,
      R("question, no status"))

alsu("2026-11-24 07:55", "880704 (2)",
     "Трактор на аллее вдоль Казанки, чистим. Рустем",
     D("880704", ["2"], NM, "HTML-only from wife's address; position in brackets in subject"), html_only=True, cte="quoted-printable")

ildar_mr("2026-11-24 12:10", "Fwd: тысячелетия",
         "пересылаю от рустема по 880704\n\n\n-------- Пересылаемое сообщение --------\n"
         "24.11.2026, 12:02, Алсу Шакирова <alsu.shakirova86@yandex.ru>:\n\n"
         "Ильдар абый первую и вторую аллею почистил уехал на базу заправиться. Рустем\n\n"
         "-------- Конец пересылаемого сообщения --------" + MAILRU,
         D("880704", ["1", "2"], UB, "Mail.ru-style forward of the operator's message"))

alsu("2026-11-24 13:00", "парк",
     "Мы на месте у чаши, чистим площадку. Рустем",
     R("no request number anywhere"))

gulnara("2026-11-24 16:00", "880704 (3)",
        "Добрый день!\n\nЗаявка 880704, поз. 3 (площадка у «Чаши»).\nУбытие бригады — 15:45, работы завершены.\n\n" + SIG_G,
        D("880704", ["3"], UB, "noun 'Убытие' with time"))

# --- review tail ------------------------------------------------------------
ildar("2026-11-25 08:00", "880690",
      "880690 на месте сквер у тюза чистим дорожки" + IPHONE,
      R("request number 880690 is not in the registry"))

ildar("2026-11-25 10:00", "880356 поз 2",
      "пушкина 12 вторая позиция на месте еще одна береза наклонилась над дорогой" + IPHONE,
      R("request 880356 has no position 2"))

gulnara("2026-11-25 12:00", "Заявка 880203 — доп. объём",
        "Добрый день.\n\nПо заявке 880203 направляем смету на дополнительный объём: корчевание 6 пней после удаления сухостоя. "
        "Сумма 48 600,00 руб., в т.ч. НДС 20%. Основание — договор № 14-ЗС/2026 от 12.01.2026.\nПросим согласовать.\n\n" + SIG_G_FULL,
        R("price/contract talk"))

ildar("2026-11-25 14:00", "черное озеро и набережная",
      "по 880467 и 880519 снег опять выпал почистили оба объекта уехали" + IPHONE,
      R("two different requests in one letter"))

# bounce
orig_msg = ("From: =?utf-8?b?" + base64.b64encode(DISPATCH_NAME.encode()).decode() + "?= <dispatch@zakazchik-omis.ru>\n"
            "To: ildar.g@zelenstroy-kzn.ru\n"
            "Subject: =?utf-8?b?" + base64.b64encode("Заявка 880704 — акт выполненных работ".encode()).decode() + "?=\n"
            "Date: Thu, 26 Nov 2026 08:29:51 +0300\n"
            "Message-ID: " + dispatch_id("akt880704") + "\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n").encode("ascii") + \
    base64.encodebytes("Ильдар Фаритович, по заявке 880704 пришлите, пожалуйста, подписанный акт.\r\nДиспетчерская ОМИС".encode())
bounce_text = ("This is the mail system at host mx1.zelenstroy-kzn.ru.\n\n"
               "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
               "                   The mail system\n\n<ildar.g@zelenstroy-kzn.ru>: host mx1.zelenstroy-kzn.ru[local] said:\n"
               "    550 5.1.1 <ildar.g@zelenstroy-kzn.ru>: Recipient address rejected: User unknown\n")
dsn = ("Reporting-MTA: dns; mx1.zelenstroy-kzn.ru\nArrival-Date: Thu, 26 Nov 2026 08:29:53 +0300\n\n"
       "Final-Recipient: rfc822; ildar.g@zelenstroy-kzn.ru\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n")
root = Multi("report", [
    Leaf("text/plain", bounce_text, "us-ascii", "7bit", headers=["Content-Description: Notification"]),
    Leaf("message/delivery-status", raw=dsn.encode("ascii"), cte=None, headers=["Content-Description: Delivery report"]),
    Leaf("message/rfc822", raw=orig_msg, cte=None, headers=["Content-Description: Undelivered Message"]),
], params=" report-type=delivery-status;")
emit(DAEMON, dt("2026-11-26 08:30"), "Undelivered Mail Returned to Sender", root,
     IGN("delivery failure report (bounce); the request number is only in the returned original"), "mx1.zelenstroy-kzn.ru",
     extra=("Auto-Submitted: auto-replied",))

gulnara("2026-11-27 09:00", "Автоответ: RE: Сводка по заявкам за 16.11–22.11",
        "Добрый день!\n\nЯ нахожусь в отпуске с 27.11.2026 по 11.12.2026. Сводки и документы по заявкам участка Вахитовского района "
        "в этот период направляет мастер участка Нуриев Ф.Ф. (f.nuriev@zelenstroy-kzn.ru, +7 (843) 292-41-09).\n\nХасанова Г.Р.",
        IGN("Outlook out-of-office auto-reply"),
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),
        reply_to_id=dispatch_id("svodka-re"))

# ---------------------------------------------------------------- outputs
with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(LABELS), Counter(v["expect"] for v in LABELS.values()))
