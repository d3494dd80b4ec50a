#!/usr/bin/env python3
"""Generator of test letters for contractor persona ООО «СнегоСтоп» (Екатеринбург, UTC+5).

Writes registry.json, letters/NNN.eml and labels.json next to this script.
Raw messages are assembled by hand (bytes), header words are RFC 2047-encoded with
email.header.Header, bodies are encoded per the client that "sent" them:
  * Рашид    - Gmail for Android: multipart/alternative, UTF-8, quoted-printable
  * Светлана - Thunderbird: text/plain windows-1251 format=flowed 8bit (HTML table once)
  * Мальцев  - phone mail app: multipart/mixed, caption text/plain UTF-8 base64 + JPEGs
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
import random
import textwrap
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(9060100)

TZ = datetime.timezone(datetime.timedelta(hours=5))
DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"

RASHID = ("Рашид Гайнуллин", "rashid.gaynullin86@gmail.com")
SVETA = ("Светлана Корнеева", "s.korneeva@snegostop.ru")
OT = ("Мальцев Игорь", "ot@snegostop.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@snegostop.ru")
NEWS = ("СнегоСтоп", "news@snegostop.ru")

TB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"

SVETA_SIG = (
    "-- \n"
    "С уважением,\n"
    "Светлана Корнеева\n"
    "офис-менеджер ООО «СнегоСтоп»\n"
    "тел. +7 (343) 287-41-09, моб. +7 912 604-18-77\n"
    "ИНН 6679123456 / КПП 667901001"
)

DISP_SIG = "\n--\nДиспетчер ОМИС Лыкова О.В.\nтел. 8 (343) 310-55-20"

# ---------------------------------------------------------------- registry
REQUESTS = [
    ("60114", ["1", "2", "3", "4"], (3, 8, 20),
     "ул. Малышева, 73: очистка кровли от снега и наледи, сбивание сосулек над подъездами 1–4 (позиция = подъезд)"),
    ("60187", ["1", "2", "3", "4"], (5, 7, 50),
     "ул. Шейнкмана, 45: поз. 1–3 кровля над подъездами 1–3, поз. 4 подсыпка тротуаров вдоль дома"),
    ("60452", ["1", "2"], (6, 10, 0),
     "ул. Белинского, 156: очистка козырьков над входами подъездов 1 и 2"),
    ("60903", ["1", "2", "3"], (9, 8, 0),
     "ул. Бебеля, 138: кровля секций А, Б, В = поз. 1, 2, 3"),
    ("61240", ["1", "2", "3", "4"], (10, 8, 30),
     "ул. Ясная, 22: кровля и сосульки над подъездами 1–4 (позиция = подъезд)"),
    ("61377", ["1", "2", "3"], (11, 9, 0),
     "ул. Сулимова, 31: поз. 1, 2 кровля секций 1 и 2; поз. 3 подсыпка пешеходных дорожек"),
    ("61502", ["1"], (12, 10, 0),
     "пр. Космонавтов, 52: вся кровля, одна позиция"),
    ("61688", ["1", "2", "3"], (16, 8, 0),
     "ул. Восточная, 84: кровля над подъездами 1–3"),
    ("61925", ["1", "2", "3", "4"], (17, 9, 0),
     "ул. Крауля, 44: поз. 1–3 кровля над подъездами 1–3, поз. 4 подсыпка тротуаров"),
    ("62140", ["1", "2"], (19, 10, 0),
     "ул. Викулова, 33: сосульки над подъездами 1 и 2 (в доме 3 подъезда, третий в заявку не входит)"),
    ("62318", ["1", "2", "3"], (20, 8, 0),
     "ул. Академика Бардина, 25: кровля над подъездами 1–3"),
    ("62705", ["1", "2"], (23, 9, 30),
     "ул. Ленина, 69: поз. 1 козырёк над входом, поз. 2 кровля"),
    ("62861", ["1", "2", "3", "4"], (25, 8, 0),
     "ул. Уральская, 60: кровля над подъездами 1–4"),
]


def dt(day, hh, mm, ss=None):
    if ss is None:
        ss = random.randint(0, 59)
    return datetime.datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


REG_AT = {n: dt(d, h, m, 0) for n, _, (d, h, m), _ in REQUESTS}

# ---------------------------------------------------------------- MIME helpers


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name="Subject").encode(maxlinelen=76)


def addr(pair, charset="utf-8"):
    name, email = pair
    return f"{hdr(name, charset)} <{email}>"


def encode_body(data, cte):
    if cte in ("8bit", "7bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype, data, cte, headers=None):
        self.ctype = ctype
        self.data = data
        self.cte = cte
        self.headers = headers or []

    def render(self):
        h = [("Content-Type", self.ctype)] + list(self.headers)
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        return h, encode_body(self.data, self.cte or "7bit")


class Multi:
    def __init__(self, subtype, parts, extra="", boundary=None):
        self.subtype = subtype
        self.parts = parts
        self.extra = extra
        self.boundary = boundary

    def render(self):
        b = self.boundary or ("------------" + hashlib.md5(os.urandom(8)).hexdigest()[:24])
        h = [("Content-Type", f'multipart/{self.subtype}; {self.extra}boundary="{b}"')]
        chunks = []
        if self.subtype != "alternative":
            chunks.append(b"This is a multi-part message in MIME format.\n")
        for p in self.parts:
            ph, pb = p.render() if isinstance(p, Leaf) else p.render()
            chunks.append(b"--" + b.encode() + b"\n")
            for k, v in ph:
                chunks.append(f"{k}: {v}\n".encode("ascii"))
            chunks.append(b"\n")
            chunks.append(pb)
            chunks.append(b"\n")
        chunks.append(b"--" + b.encode() + b"--\n")
        return h, b"".join(chunks)


def message(headers, body):
    bh, bb = body.render()
    out = []
    for k, v in headers + [("MIME-Version", "1.0")] + bh:
        out.append(f"{k}: {v}\n".encode("ascii"))
    out.append(b"\n")
    out.append(bb)
    return b"".join(out)


def flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


RU_WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = {11: "нояб."}


def gmail_quote_head(when, who):
    return f"{RU_WD[when.weekday()]}, {when.day} {RU_MON[when.month]} {when.year} г., {when:%H:%M} {who[0]} <{who[1]}>:"


def tb_quote_head(when, name):
    return f"{when:%d.%m.%Y %H:%M}, {name} пишет:"


def quote(text):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l) if l else ">" for l in text.split("\n"))


def gmail_id():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    return "<CAL" + "".join(random.choice(alphabet) for _ in range(48)) + "@mail.gmail.com>"


def tb_id():
    h = hashlib.md5(os.urandom(16)).hexdigest()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@snegostop.ru>"


def disp_id():
    return "<" + hashlib.sha1(os.urandom(8)).hexdigest()[:20].upper() + "@zakazchik-omis.ru>"


# tiny but well-formed JPEG (1x1), padded with a COM segment so attachments look like files
JPEG_CORE = bytes.fromhex(
    "FFD8FFE000104A46494600010101004800480000FFDB004300030202020202030202020303030304060404040404080606"
    "050609080A0A090809090A0C0F0C0A0B0E0B09090D110D0E0F101011100A0C12131210130F101010FFC9000B0800010001"
    "01011100FFCC000600101005FFDA0008010100003F00D2CF20FFD9")


def jpeg(seed):
    rnd = random.Random(seed)
    pad = bytes(rnd.randrange(256) for _ in range(rnd.randint(1800, 3200)))
    com = b"\xff\xfe" + (len(pad) + 2).to_bytes(2, "big") + pad
    return JPEG_CORE[:2] + com + JPEG_CORE[2:]


# ---------------------------------------------------------------- senders
LETTERS = []  # dicts: when, raw, label, key


def add(key, when, raw, label):
    LETTERS.append({"key": key, "when": when, "raw": raw, "label": label})


MSGIDS = {}


def gmail_html(text, quote_head=None, quoted=None, under=False):
    def block(t):
        lines = t.split("\n")
        return "<div dir=\"auto\">" + "<br>".join(html.escape(l) for l in lines) + "</div>"
    own = block(text)
    if not quoted:
        return f"{own}\n"
    q = ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + html.escape(quote_head) +
         "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" +
         "<br>".join(html.escape(l) for l in quoted.split("\n")) + "</blockquote></div>")
    if under:
        return f"<div dir=\"auto\">{q}</div>{own}\n"
    return f"{own}<br>{q}\n"


def rashid(key, when, subject, text, label, reply_to=None, quote_from=None, quote_when=None,
           quoted=None, under=False, cc=None):
    """Gmail for Android. reply_to: Message-ID string being answered."""
    mid = gmail_id()
    MSGIDS[key] = mid
    plain = text
    qhead = None
    if quoted:
        qhead = gmail_quote_head(quote_when, quote_from)
        qblock = qhead + "\n\n" + quote(quoted)
        plain = (qblock + "\n\n" + text) if under else (text + "\n\n" + qblock)
    body = Multi("alternative", boundary="0000000000" + hashlib.md5(os.urandom(8)).hexdigest()[:16], parts=[
        Leaf('text/plain; charset="UTF-8"', plain.encode("utf-8"), "quoted-printable"),
        Leaf('text/html; charset="UTF-8"', gmail_html(text, qhead, quoted, under).encode("utf-8"), "quoted-printable"),
    ])
    headers = [("Date", format_datetime(when)), ("Message-ID", mid)]
    if reply_to:
        headers += [("In-Reply-To", reply_to), ("References", reply_to)]
    headers += [("Subject", hdr(subject)), ("From", addr(RASHID)), ("To", f"{hdr(DISPATCH_NAME)} <{DISPATCH}>")]
    if cc:
        headers.append(("Cc", cc))
    add(key, when, message(headers, body), label)


def sveta(key, when, subject, text, label, reply_to=None, quoted=None, quote_when=None,
          quote_name=DISPATCH_NAME, sig=True, cc=None, attachments=None, html_body=None):
    """Thunderbird, windows-1251, reply above the quote."""
    mid = tb_id()
    MSGIDS[key] = mid
    full = text
    if sig:
        full += "\n\n" + SVETA_SIG
    if quoted:
        full += "\n\n" + tb_quote_head(quote_when, quote_name) + "\n" + quote(quoted)
    headers = [("Message-ID", mid), ("Date", format_datetime(when)),
               ("User-Agent", TB_UA), ("Subject", hdr(subject)), ("Content-Language", "ru"),
               ("To", f"{hdr(DISPATCH_NAME)} <{DISPATCH}>")]
    if cc:
        headers.append(("Cc", cc))
    if reply_to:
        headers.append(("References", reply_to))
    headers.append(("From", addr(SVETA)))
    if reply_to:
        headers.append(("In-Reply-To", reply_to))
    headers.append(("Organization", hdr("ООО «СнегоСтоп»")))
    if html_body is not None:
        body = Leaf("text/html; charset=windows-1251", html_body.encode("cp1251"), "8bit")
    else:
        body = Leaf("text/plain; charset=windows-1251; format=flowed", flowed(full).encode("cp1251"), "8bit")
    if attachments:
        parts = [body]
        for fname_ascii, fname_rfc2231, ctype, data in attachments:
            parts.append(Leaf(f'{ctype}; name="{fname_ascii}"', data, "base64",
                              [("Content-Disposition", f"attachment; filename*=UTF-8''{fname_rfc2231}")]))
        body = Multi("mixed", parts)
    add(key, when, message(headers, body), label)


def safety(key, when, subject, caption, label, n_photos=2):
    """Инженер по ОТ: фото с подписью в одну строку (мобильное приложение почты)."""
    mid = "<" + str(random.randint(10**9, 10**10)) + "1764" + str(random.randint(100, 999)) + "@mail.yandex.ru>"
    MSGIDS[key] = mid
    parts = [Leaf("text/plain; charset=utf-8", (caption + "\n").encode("utf-8"), "base64")]
    for i in range(n_photos):
        shot = when - datetime.timedelta(minutes=random.randint(2, 25), seconds=random.randint(0, 59))
        name = f"IMG_{shot:%Y%m%d_%H%M%S}.jpg"
        parts.append(Leaf(f'image/jpeg; name="{name}"', jpeg(key + str(i)), "base64",
                          [("Content-Disposition", f'attachment; filename="{name}"')]))
    headers = [("From", addr(OT)), ("To", DISPATCH), ("Subject", hdr(subject) if subject else ""),
               ("Date", format_datetime(when)), ("Message-Id", mid),
               ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    add(key, when, message(headers, Multi("mixed", parts)), label)


def D(req, positions, status, note):
    return {"expect": "decided", "request": req, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ======================================================================= 60114 Малышева 73
q = dt(3, 8, 24)
sveta("60114-acc", dt(3, 10, 5), "Re: Заявка № 60114 — Малышева 73, сосульки",
      "Добрый день, Ольга Викторовна!\n\n"
      "Заявку приняли в работу. Бригада мастера Гайнуллина Р.Р. выйдет на объект 04.11.2026 с 9:00, "
      "автовышка АГП-18, госномер К 417 ОР 196. Просим предупредить жильцов, чтобы убрали машины от подъездов.",
      D("60114", [], ACC, "Thunderbird reply above quote; 'заявку приняли в работу'; number only in subject/quote; date/plate numbers are noise"),
      reply_to=disp_id(), quote_when=q,
      quoted="Добрый день.\nНаправляем заявку № 60114 на очистку кровли от снега и наледи и сбивание сосулек над входами, "
             "ул. Малышева, 73, подъезды 1–4.\nСрок выполнения — до 05.11.2026.\nПросим подтвердить принятие.\n" + DISP_SIG)

rashid("60114-way", dt(4, 8, 41), "60114 малышева",
       "Едем на малышева 73 будем минут через 20 вышка за нами идет",
       D("60114", [], WAY, "voice input, 'едем... будем через 20 минут' = on the way; 73 is the house number"))

rashid("60114-on", dt(4, 9, 12), "",
       "Заявка 60114 на месте начали с первого подъезда огородили лентой",
       D("60114", ["1"], ON, "empty subject; on site, started with the first entrance (position 1)"))

safety("60114-photo4", dt(4, 15, 2), "60114", "Малышева 73, 4 под-д чисто, ушли",
       D("60114", ["4"], OFF, "safety officer photo; caption: entrance 4 clean, left"), n_photos=3)

rashid("60114-day", dt(4, 15, 21), "малышева 73 итог",
       "По 60114 первый и второй подъезд сделали в 11 40 третий в 13 10 четвертый закончили в 14 55 "
       "ленту сняли уехали с малышева в 15 10 кровля чистая сосулек сбили целую машину",
       D("60114", ["1", "2", "3", "4"], OFF, "several events of the day in one letter; latest: all four done, 'уехали с малышева' (from) = left"))

# ======================================================================= 60187 Шейнкмана 45
sveta("60187-acc", dt(5, 9, 30), "Заявка 60187 — принята",
      "Добрый день!\n\n"
      "Сообщаем, что заявка 60187 (ул. Шейнкмана, 45) принята в работу.\n"
      "Очистка кровли над подъездами 1–3 — 06.11.2026, подсыпка тротуаров (поз. 4) — в тот же день или 07.11, "
      "в зависимости от поставки песчано-соляной смеси.\n\n"
      "Старший на объекте — мастер Гайнуллин Рашид, +7 902 871-33-05.",
      D("60187", [], ACC, "formal acceptance; dates and phone are noise; plan for position 4 does not change the whole-request acceptance"),
      cc=addr(RASHID))

rashid("60187-way", dt(6, 8, 15), "Re: Заявка 60187 — принята",
       "выехали в 8 10 к 8 40 будем на шейнкмана",
       D("60187", [], WAY, "reply-all to Svetlana's acceptance; number only in Re: subject and quote; subject names old status, body says on the way"),
       reply_to=None, quote_from=SVETA, quote_when=dt(5, 9, 30, 0),
       quoted="Добрый день!\n\nСообщаем, что заявка 60187 (ул. Шейнкмана, 45) принята в работу.\n"
              "Очистка кровли над подъездами 1–3 — 06.11.2026, подсыпка тротуаров (поз. 4) — в тот же день или 07.11, "
              "в зависимости от поставки песчано-соляной смеси.\n\nСтарший на объекте — мастер Гайнуллин Рашид, +7 902 871-33-05.\n\n"
              "-- \nС уважением,\nСветлана Корнеева",
       cc=addr(SVETA))
LETTERS[-1]["fix_reply"] = "60187-acc"

rashid("60187-roof", dt(6, 13, 50), "60187 кровля",
       "Шейнкмана 45 кровлю над первым вторым и третьим подъездом закончили снег скинули сосульки сбили вывезли "
       "а подсыпку сделаем завтра с утра смесь не привезли",
       D("60187", ["1", "2", "3"], OFF, "roof over entrances 1-3 done; sanding (pos 4) only planned for tomorrow"))

sveta("60187-sms", dt(7, 11, 40), "60187 подсыпка",
      "Добрый день!\n\nПересылаю СМС мастера Гайнуллина Р., получено 07.11 в 11:32:\n\n"
      "«60187 п4 пoдсыпали вдоль всего дома, уехали. Рашид»\n\n"
      "(позиция 4 — подсыпка тротуаров)",
      D("60187", ["4"], OFF, "forwarded SMS pasted in; п4 sanded and left; Latin 'o' inside 'пoдсыпали'"))

# ======================================================================= 60452 Белинского 156
rashid("60452-access", dt(6, 16, 5), "белинского 156",
       "Заявка 60452 козырьки на белинского на них выход только из окон второго этажа с лестницы не достать "
       "вышку не поставить там деревья кто нам откроет квартиры или договоритесь с жильцами пожалуйста",
       R("access to the canopies: asks the customer to arrange access through flats; no status"))

sveta("60452-thanks", dt(7, 9, 15), "Re: Белинского 156, доступ на козырьки (60452)",
      "Ольга Викторовна, спасибо, информацию получили, передали мастеру.",
      R("acknowledgement of the dispatcher's message about access; quoted text is old; nothing reported"),
      reply_to=disp_id(), quote_when=dt(6, 17, 40),
      quoted="По заявке 60452: доступ на козырьки через кв. 4 (1 подъезд) и кв. 37 (2 подъезд), жильцы предупреждены, "
             "будут дома 07.11 с 10:00.\nКонтакт старшей по дому — Нина Павловна, 8 922 140-27-63.\n" + DISP_SIG)

rashid("60452-on", dt(7, 10, 25), "60452",
       "на месте на белинского через четвертую квартиру пустили начинаем с козырька над первым подъездом",
       D("60452", ["1"], ON, "on site, starting canopy over entrance 1; 'четвертую квартиру' is a flat, not a position"))

safety("60452-photo", dt(7, 12, 10), "Белинского 156 (60452)",
       "Козырьки 1 и 2 под-д очищены, сосульки сбиты, ограждение сняли",
       D("60452", ["1", "2"], OFF, "number in brackets after the address; both canopies cleaned, fence removed = finished"))

# ======================================================================= 60903 Бебеля 138
sveta("60903-acc", dt(9, 10, 20), "Бебеля 138 — заявка № 60903",
      "Добрый день!\n\n"
      "Заявка № 60903 (ул. Бебеля, 138, кровля секций А, Б, В — поз. 1, 2, 3) принята к исполнению. "
      "Выход бригады — 10.11.2026 с 8:00.\n\n"
      "Напоминаем: по договору № 14/26-ЗС от 01.10.2026 (п. 3.2) работы на высоте выполняются при скорости ветра не более 10 м/с.",
      D("60903", [], ACC, "accepted; contract number/clause/wind speed are noise; positions listed only as scope"))

rashid("60903-way", dt(10, 7, 55), "наряд 60903",
       "Бебеля 138 выдвигаемся с базы с уралмаша через полчаса будем",
       D("60903", [], WAY, "'выдвигаемся с базы' = leaving the base towards the site, on the way"))

rashid("60903-mixed", dt(10, 10, 40), "60903",
       "на месте с 8 30 секция а первая готова в 10 20 сейчас на второй секции б работаем",
       R("different statuses in one letter: section 1 finished, section 2 in progress (on site)"))

safety("60903-photo3", dt(10, 14, 10), "60903",
       "Бебеля 138 секция В (3-я) очищена",
       D("60903", ["3"], OFF, "photo caption: section В = 3-я position cleaned"), n_photos=1)

rashid("60903-done", dt(10, 14, 40), "60903 все",
       "все три секции сделали а б и в уехали с бебеля в 14 30 дальше на ясную смотреть",
       D("60903", [], OFF, "all three sections done, left from Бебеля; 'на ясную смотреть' is no report about another request"))

# ======================================================================= 61240 Ясная 22
sveta("61240-acc", dt(10, 11, 0), "Заявка 61240 (Ясная, 22)",
      "Добрый день!\n\n"
      "Заявку 61240 получили, приняли в работу. Выезд планируем на 11.11.2026 с 8:30, если позволит погода: "
      "по прогнозу Гидрометцентра на 11.11 снегопад и порывы ветра до 15 м/с.",
      D("61240", [], ACC, "accepted; the departure is only planned and weather-dependent"))

rashid("61240-wind", dt(11, 7, 30), "61240",
       "по ясной 22 сегодня не едем ветер сильный на крышу людей не пущу перенос на завтра",
       R("weather cancellation for today, postponed; nothing happened"))

sveta("61240-storm", dt(11, 8, 10), "Перенос работ по заявке № 61240",
      "Уважаемые коллеги!\n\n"
      "В связи со штормовым предупреждением МЧС по Свердловской области (порывы ветра до 17 м/с) работы на кровле "
      "по заявке № 61240, ул. Ясная, 22, переносятся на 12.11.2026.\n\nПриносим извинения за неудобства.",
      R("formal postponement because of storm warning; no status"))

rashid("61240-way", dt(12, 8, 5), "ясная",
       "Заявка 61 240 выехали с базы на ясную будем в 8 40",
       D("61240", [], WAY, "voice input split the number as '61 240'; left base for the site = on the way"))

rashid("61240-12", dt(12, 11, 45), "61240 ясная 22",
       "подъезд номер один и подъезд номер два сделали сейчас обед потом третий и четвертый",
       D("61240", ["1", "2"], OFF, "entrances 1 and 2 done; 3 and 4 only planned after lunch"))

safety("61240-photo3", dt(12, 15, 30), "61240-3", "3 пoд-д чиcто, ушли",
       D("61240", ["3"], OFF, "position after dash in subject; caption with Latin o/c look-alikes: entrance 3 clean, left"))

rashid("61240-dark", dt(12, 16, 20), "61240",
       "четвертый подъезд не успели стемнело фонарей нет доделаем завтра в 9 утра",
       R("negation + plan: entrance 4 not done, will finish tomorrow"))

rashid("61240-typo", dt(13, 9, 40), "61204",
       "61204 четвертый подъезд закончили в 9 35 уезжаем",
       R("number 61204 is not in the registry (typo of 61240)"))

sveta("61240-fix", dt(13, 10, 15), "Уточнение по заявке 61240",
      "Ольга Викторовна, добрый день!\n\n"
      "В сообщении мастера в 09:40 опечатка в номере: правильно 61240 (не 61204). "
      "По подъезду 4 работы выполнены, бригада убыла с объекта в 9:35.",
      D("61240", ["4"], OFF, "office corrects the foreman's typo; entrance 4 done, crew left 9:35; 61204 is named only as the wrong number"))

sveta("61240-act", dt(13, 17, 0), "Акт и счёт по заявке 61240",
      "Добрый день!\n\n"
      "Направляем акт выполненных работ № 118 от 13.11.2026 и счёт № 245 на сумму 38 400,00 руб. (без НДС) "
      "по заявке 61240, ул. Ясная, 22.\nПросим подписать и вернуть скан.",
      R("documents/price talk: act and invoice, no status"),
      attachments=[("Akt_118.pdf", "%D0%90%D0%BA%D1%82_118_%D0%BE%D1%82_13.11.2026.pdf", "application/pdf",
                    b"%PDF-1.4\n% akt 118\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")])

# ======================================================================= 61377 Сулимова 31
sveta("61377-acc", dt(11, 14, 30), "Re: Заявка 61377 Сулимова 31 кровля+подсыпка",
      "Добрый день!\n\nПринято в работу. Мастер с бригадой будут на объекте 13.11 после обеда.",
      D("61377", [], ACC, "'Принято в работу' above the quote; number only in Re: subject and quoted text"),
      reply_to=disp_id(), quote_when=dt(11, 9, 5),
      quoted="Заявка 61377, ул. Сулимова, 31.\n1, 2 — очистка кровли секций 1 и 2 от снега и наледи, сосульки;\n"
             "3 — подсыпка пешеходных дорожек ПСС.\nПрошу подтвердить.\n" + DISP_SIG)

rashid("61377-way", dt(13, 13, 10), "61377",
       "выехали на сулимова будем минут через 25",
       D("61377", [], WAY, "on the way, arriving in 25 minutes"))

rashid("61377-key", dt(13, 13, 40), "сулимова 31 61377 ключ",
       "Где взять ключ от выхода на кровлю по сулимова 31 в управляшке сказали у старшего по дому а он трубку не берет "
       "8 912 203 44 19 подскажите",
       R("question about roof access (key); phone number is noise; no status stated"))

rashid("61377-on", dt(13, 14, 20), "61377",
       "ключ привезли поднялись на кровлю работаем",
       D("61377", [], ON, "climbed the roof, working = on site"))

rashid("61377-roof", dt(13, 17, 30), "61377 кровля готово",
       "Сулимова кровля первая и вторая секция все чисто сосульки сбиты подсыпку по третьей позиции завтра утром привезут песок",
       D("61377", ["1", "2"], OFF, "roof sections 1 and 2 done; sanding (3rd position) only planned"))

safety("61377-photo3", dt(14, 10, 40), "61377 п.3", "Сулимова 31 — дорожки посыпаны ПСС",
       D("61377", ["3"], OFF, "subject 'п.3'; caption: footpaths sanded = done"))

# ======================================================================= 61502 Космонавтов 52
sveta("61502-acc", dt(12, 12, 0), "Космонавтов 52 (61502) - принято",
      "Добрый день.\n\nЗаявка 61502 принята, выезд 14.11.2026 (суббота) в первой половине дня.",
      D("61502", [], ACC, "accepted; number in brackets after the address"))

rashid("61502-nonum", dt(14, 8, 20), "",
       "Космонавтов пятьдесят два на месте начинаем",
       R("no request number at all (only the address, house number in words)"))

rashid("61502-words", dt(14, 8, 32), "космонавтов",
       "забыл номер это заявка шестьдесят одна тысяча пятьсот два на месте с 8 15",
       D("61502", [], ON, "request number dictated in words: шестьдесят одна тысяча пятьсот два = 61502; on site since 8:15"))

rashid("61502-off", dt(14, 12, 0), "61502",
       "сосульки сбили кровлю почистили уехали с космонавтов в 11 50",
       D("61502", [], OFF, "'уехали с космонавтов' = left the site"))

# ======================================================================= 61688 Восточная 84
sveta("61688-acc", dt(16, 9, 45), "Заявка №61688 — подтверждение",
      "Добрый день!\n\nПодтверждаем принятие заявки №61688 (ул. Восточная, 84, подъезды 1–3). "
      "Бригада выйдет 17.11 в 8:00.",
      D("61688", [], ACC, "acceptance confirmed; '№61688' without a space"))

rashid("61688-not", dt(17, 8, 0), "61688",
       "Восточная 84 еще не выехали вышка не заводится ждем вторую машину с базы",
       R("negation: not yet left, waiting for a machine"))

rashid("61688-way", dt(17, 9, 30), "61688 выехали",
       "выехали на восточную 84 вышку завели",
       D("61688", [], WAY, "left for the site"))

rashid("61688-on", dt(17, 10, 5), "Re: 61688 выехали",
       "на месте разгружаемся",
       D("61688", [], ON, "Re: subject names old status 'выехали', body reports arrival; quote is the dispatcher's ack"),
       reply_to=disp_id(), quote_from=(DISPATCH_NAME, DISPATCH), quote_when=dt(17, 9, 34),
       quoted="Принято. По прибытии сообщите.\n\nДиспетчер ОМИС")

sveta("61688-table", dt(17, 13, 10), "Заявка 61688 — отчёт",
      "", D("61688", ["1", "2", "3"], OFF, "HTML-only letter with a table row per position, all done; crew left 13:05"),
      html_body="""<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=windows-1251">
  </head>
  <body>
    <p>Добрый день!</p>
    <p>Отчёт по заявке № 61688 (ул. Восточная, 84) на 13:10 17.11.2026:</p>
    <table border="1" cellpadding="3" cellspacing="0" width="90%">
      <tbody>
        <tr>
          <td><b>Поз.</b></td>
          <td><b>Место</b></td>
          <td><b>Работы</b></td>
          <td><b>Статус</b></td>
        </tr>
        <tr>
          <td>1</td>
          <td>кровля над подъездом 1</td>
          <td>сброс снега, сбивание сосулек</td>
          <td>выполнено, 11:40</td>
        </tr>
        <tr>
          <td>2</td>
          <td>кровля над подъездом 2</td>
          <td>сброс снега, сбивание сосулек</td>
          <td>выполнено, 12:25</td>
        </tr>
        <tr>
          <td>3</td>
          <td>кровля над подъездом 3</td>
          <td>сброс снега, наледь с карниза</td>
          <td>выполнено, 12:55</td>
        </tr>
      </tbody>
    </table>
    <p>Бригада убыла с объекта в 13:05. Снег с придомовой территории вывезен (2 рейса, КамАЗ Н 552 ТК 96).</p>
    <div class="moz-signature">-- <br>
      С уважением,<br>
      Светлана Корнеева<br>
      офис-менеджер ООО «СнегоСтоп»<br>
      тел. +7 (343) 287-41-09</div>
  </body>
</html>
""")

# ======================================================================= 61925 Крауля 44
sveta("61925-acc", dt(17, 10, 30), "Обращение 61925",
      "Добрый день!\n\n"
      "Обращение № 61925 (ул. Крауля, 44) принято. Кровля над подъездами 1–3 — 18.11, подсыпка тротуаров (поз. 4) — 19.11.",
      D("61925", [], ACC, "'Обращение № ... принято'"))

rashid("61925-day", dt(18, 13, 40), "61925 крауля",
       "доброе утро выехали в 7 40\n"
       "на месте в 8 05\n"
       "первый подъезд готов в 10 00\n"
       "второй в 11 30\n"
       "третий в 13 15 все уходим\n"
       "подсыпка завтра",
       D("61925", ["1", "2", "3"], OFF, "events appended through the day; latest: entrances 1-3 done and leaving; sanding (4) tomorrow"))

rashid("61925-ice", dt(19, 9, 10), "61925 подсыпка",
       "машина с песком встала на объездной гололед жуткий подсыпку раньше обеда не сделаем",
       R("weather delay: sanding will be late; nothing happened"))

safety("61925-photo4", dt(19, 15, 10), "Наряд 61925 поз 4",
       "ПОДСЫПКА ТРОТУАРОВ КРАУЛЯ 44 ВЫПОЛНЕНА",
       D("61925", ["4"], OFF, "'Наряд ... поз 4' in subject; caps caption: sanding done"))

# ======================================================================= 62140 Викулова 33
sveta("62140-acc", dt(19, 11, 20), "Re: FW: Викулова 33 сосульки",
      "Добрый день!\n\nПриняли в работу, выезд завтра, 20.11, с 9:00.",
      D("62140", [], ACC, "accepted; number only in the quoted dispatcher text, which itself quotes an Outlook '-----Original Message-----'"),
      reply_to=disp_id(), quote_when=dt(19, 10, 12),
      quoted="Светлана, добрый день. Зарегистрировали заявку 62140, возьмите в работу, пожалуйста.\n" + DISP_SIG + "\n\n"
             "-----Original Message-----\n"
             "From: Шарипов Д.А. <d.sharipov@uk-vikulova.ru>\n"
             "Sent: Thursday, November 19, 2026 9:48 AM\n"
             "To: dispatch@zakazchik-omis.ru\n"
             "Subject: Викулова 33 сосульки\n\n"
             "Над 1 и 2 подъездом висят сосульки почти метровые, жильцы звонят. Старшая по дому 8 950 632-11-08.")

rashid("62140-way", dt(20, 8, 35), "62140",
       "Викулова 33 выехали минут 15 и там",
       D("62140", [], WAY, "left, will be there in 15 minutes"))

sveta("62140-sms", dt(20, 9, 10), "62140 — прибытие",
      "Пересылаю СМС от мастера (пришло в 09:02):\n\n"
      "Викулова 33 на месте 8.50 заявка 62140 ставим ограждение",
      D("62140", [], ON, "forwarded SMS: on site since 8:50"), sig=False)

rashid("62140-pos3", dt(20, 11, 30), "62140",
       "третий подъезд сделали",
       R("position 3 does not exist in request 62140 (positions 1 and 2 only)"))

rashid("62140-under", dt(20, 12, 40), "Re: 62140 когда закончите?",
       "все уже оба подъезда сделали уехали в 12 20",
       D("62140", [], OFF, "answer typed UNDER the quote; both entrances done, left 12:20 = whole request"),
       reply_to=disp_id(), quote_from=(DISPATCH_NAME, DISPATCH), quote_when=dt(20, 12, 31),
       quoted="Рашид, по 62140 когда закончите? Жильцы спрашивают, машины отогнали.\n\nДиспетчер ОМИС",
       under=True)

# ======================================================================= 62318 Бардина 25
sveta("62318-acc", dt(20, 9, 0), "Заявка № 62318 (Академика Бардина, 25)",
      "Добрый день!\n\n"
      "Заявка № 62318 принята в работу согласно договору № 27/2026-З от 01.10.2026. "
      "Работы — 21.11.2026 (суббота), начало в 8:30.",
      D("62318", [], ACC, "accepted; contract number 27/2026-З is noise"))

sveta("62318-sms", dt(21, 8, 5), "Бардина 25",
      "Доброе утро!\n\nСМС от мастера:\n\n«Выезд на Бардина 25 в 7.50, 62318»",
      D("62318", [], WAY, "forwarded SMS, noun 'Выезд ... в 7.50' = on the way"))

safety("62318-photo2", dt(21, 10, 25), "62318 поз2",
       "Бардина 25, 2 подъезд — кровля чистая, сосульки сбиты",
       D("62318", ["2"], OFF, "subject 'поз2'; entrance 2 roof clean = done"))

rashid("62318-2", dt(21, 10, 30), "62318",
       "второй подъезд кровля готова дальше первый и третий",
       D("62318", ["2"], OFF, "entrance 2 done; 1 and 3 next (plan)"))

rashid("62318-13", dt(21, 13, 55), "62318",
       "первый и третий все уезжаем на базу",
       D("62318", ["1", "3"], OFF, "1st and 3rd done, leaving to the base"))

sveta("62318-summary", dt(21, 18, 0), "Сводка за 21.11",
      "Ольга Викторовна, добрый вечер!\n\n"
      "По заявке 62318 (Бардина, 25) работы завершены полностью, бригада убыла в 13:55.\n"
      "По заявке 62140 (Викулова, 33) ждём от вас подписанный акт № 131.",
      R("two different requests in one letter"))

sveta("62318-antenna", dt(23, 10, 20), "62318 — антенна, кв. 51",
      "Добрый день!\n\n"
      "Нам передали, что жильцы кв. 51 дома 25 по ул. Академика Бардина жалуются на повреждённую телевизионную антенну "
      "после наших работ по заявке 62318. Просим учесть, что антенна была повреждена до начала работ — "
      "у нашего инженера по ОТ есть фото от 21.11 в 8:40. Готовы выехать на совместный осмотр.",
      R("complaint/dispute about damage; offer of joint inspection; no status"))

# ======================================================================= 62705 Ленина 69
sveta("62705-acc", dt(23, 11, 0), "Re: Ленина 69 — козырёк и кровля",
      "Добрый день!\n\nЗаявку № 62705 приняли, выход 24.11 с 10:00. Козырёк над входом (поз. 1) и кровля (поз. 2).",
      D("62705", [], ACC, "accepted; the quote contains an Outlook От:/Отправлено:/Кому:/Тема: block"),
      reply_to=disp_id(), quote_when=dt(23, 9, 41),
      quoted="Светлана, добрый день. Регистрируем заявку 62705 по письму ниже.\n\n"
             "От: Инженер УК Центр <eng@uk-centr.ru>\n"
             "Отправлено: 23 ноября 2026 г. 9:12\n"
             "Кому: dispatch@zakazchik-omis.ru\n"
             "Тема: Ленина 69 — козырёк и кровля\n\n"
             "На козырьке над входом в магазин (Ленина, 69) наледь, с кровли свисают сосульки. Прошу организовать очистку.\n" + DISP_SIG)

rashid("62705-way", dt(24, 9, 40), "62705",
       "едем на ленина 69 по пробкам минут 30",
       D("62705", [], WAY, "travelling now, ~30 minutes"))

rashid("62705-access", dt(24, 10, 20), "62705 ленина",
       "Ленина 69 выход на чердак через 4 подъезд какой там код на двери и у кого ключ от люка",
       R("question about roof access (door code, hatch key); '4 подъезд' is the way in, not a position"))

safety("62705-photo", dt(24, 13, 30), "", "козырёк чисто",
       R("photo with caption but no request number anywhere"), n_photos=2)

LETTERS_FWD_TIME = dt(24, 15, 48)
sveta("62705-fwd", dt(24, 16, 5), "Fwd: 62705",
      "Ольга Викторовна, пересылаю отчёт мастера.\n\n\n"
      "-------- Пересылаемое сообщение --------\n"
      "Тема: \t62705\n"
      f"Дата: \t{format_datetime(LETTERS_FWD_TIME)}\n"
      "От: \tРашид Гайнуллин <rashid.gaynullin86@gmail.com>\n"
      "Кому: \tСветлана Корнеева <s.korneeva@snegostop.ru>\n\n\n\n"
      "п1 козырек п2 кровля все сделали уехали с ленина в 15 40",
      D("62705", ["1", "2"], OFF, "Thunderbird inline forward of the foreman's mail: п1 and п2 done, left"))

# ======================================================================= 62861 Уральская 60
sveta("62861-acc", dt(25, 9, 20), "62861 Уральская 60",
      "Добрый день!\n\nЗаявка 62861 принята. Работы планируем на 26.11, если не будет метели.",
      D("62861", [], ACC, "bare number in subject; accepted, plan is weather-dependent"))

rashid("62861-blizzard", dt(26, 7, 15), "62861",
       "метель отбой на сегодня на уральскую не едем",
       R("weather cancellation for today"))

rashid("62861-way", dt(27, 8, 40), "62861",
       "едем на уральскую",
       D("62861", [], WAY, "travelling now"))

rashid("62861-on", dt(27, 9, 35), "62861",
       "на месте с 9 20 начали первый и второй подъезд сразу две бригады",
       D("62861", ["1", "2"], ON, "on site, working entrances 1 and 2"))

safety("62861-photo", dt(27, 12, 5), "62861 (1,2)", "1-2 под-ды чисто",
       D("62861", ["1", "2"], OFF, "positions in brackets in subject; caption: entrances 1-2 clean"))

rashid("62861-off", dt(27, 15, 10), "62861",
       "третий четвертый закончили все уехали с уральской",
       D("62861", ["3", "4"], OFF, "3rd and 4th finished, all left"))

# ======================================================================= machine mail


def autoreply(key, when, subj, in_reply_to, note):
    text = ("Здравствуйте!\n\nЯ в отпуске с 28.11.2026 по 11.12.2026 включительно, почту не читаю.\n"
            "По заявкам обращайтесь к мастеру Гайнуллину Рашиду, +7 902 871-33-05,\n"
            "по документам — в бухгалтерию, buh@snegostop.ru.\n\nСветлана Корнеева\nООО «СнегоСтоп»\n")
    headers = [("Date", format_datetime(when)), ("From", addr(SVETA)), ("To", DISPATCH),
               ("Subject", hdr("Автоответ: " + subj)), ("Message-ID", tb_id()),
               ("In-Reply-To", in_reply_to), ("References", in_reply_to),
               ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]
    add(key, when, message(headers, Leaf("text/plain; charset=utf-8", text.encode("utf-8"), "8bit")), I(note))


autoreply("auto-1", dt(28, 9, 5), "Re: 62861 Уральская 60 — акт", disp_id(),
          "vacation auto-reply (Auto-Submitted) to a dispatcher letter about 62861")
autoreply("auto-2", dt(30, 8, 41), "Заявка 62940 Токарей 40 — сосульки", disp_id(),
          "vacation auto-reply; 62940 in subject is the dispatcher's new request, not in registry")

# bounce: dispatcher wrote to the foreman's old corporate address
orig_id = disp_id()
orig = ("Date: Mon, 16 Nov 2026 06:58:30 +0300\n"
        "From: " + hdr(DISPATCH_NAME) + " <" + DISPATCH + ">\n"
        "To: r.gaynullin@snegostop.ru\n"
        "Subject: " + hdr("Заявка 61688 Восточная 84") + "\n"
        "Message-ID: " + orig_id + "\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Рашид, добрый день. Заявка 61688, Восточная 84, подъезды 1-3. Когда выезд?\n").encode("utf-8")
bounce = Multi("report", [
    Leaf("text/plain; charset=us-ascii",
         b"This is the mail system at host mx1.snegostop.ru.\n\n"
         b"I'm sorry to have to inform you that your message could not\n"
         b"be delivered to one or more recipients. It's attached below.\n\n"
         b"                   The mail system\n\n"
         b"<r.gaynullin@snegostop.ru>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1\n"
         b"    <r.gaynullin@snegostop.ru>: Recipient address rejected: User unknown in\n"
         b"    virtual mailbox table (in reply to RCPT TO command)\n", "7bit",
         [("Content-Description", "Notification")]),
    Leaf("message/delivery-status",
         b"Reporting-MTA: dns; mx1.snegostop.ru\nX-Postfix-Queue-ID: 4Zk8pQ1xY2z9t\n"
         b"Arrival-Date: Mon, 16 Nov 2026 08:58:41 +0500 (+05)\n\n"
         b"Final-Recipient: rfc822; r.gaynullin@snegostop.ru\nAction: failed\nStatus: 5.1.1\n"
         b"Diagnostic-Code: smtp; 550 5.1.1 <r.gaynullin@snegostop.ru>: Recipient address\n"
         b"    rejected: User unknown in virtual mailbox table\n", None,
         [("Content-Description", "Delivery report")]),
    Leaf("message/rfc822", orig, "8bit", [("Content-Description", "Undelivered Message")]),
], extra='report-type=delivery-status; ')
add("bounce", dt(16, 8, 58, 43),
    message([("Date", format_datetime(dt(16, 8, 58, 43))), ("From", "MAILER-DAEMON@snegostop.ru (Mail Delivery System)"),
             ("Subject", "Undelivered Mail Returned to Sender"), ("To", DISPATCH),
             ("Auto-Submitted", "auto-replied"), ("Message-Id", "<20261116035843.4Zk8pQ1xY2z9t@mx1.snegostop.ru>")], bounce),
    I("delivery failure report (Postfix bounce) for the dispatcher's own letter about 61688"))

# read receipt from Thunderbird
mdn_when = dt(20, 8, 12)
orig_mdn = disp_id()
mdn = Multi("report", [
    Leaf("text/plain; charset=UTF-8",
         ("Это уведомление о прочтении для сообщения, которое вы отправили Светлана Корнеева <s.korneeva@snegostop.ru>.\n\n"
          "Примечание: Это уведомление о прочтении означает только то, что сообщение было отображено на компьютере получателя. "
          "Нет гарантии, что получатель прочёл или понял содержимое сообщения.\n").encode("utf-8"), "8bit"),
    Leaf("message/disposition-notification; name=MDNPart2.txt",
         ("Reporting-UA: snegostop.ru; " + TB_UA + "\n"
          "Final-Recipient: rfc822;s.korneeva@snegostop.ru\n"
          "Original-Message-ID: " + orig_mdn + "\n"
          "Disposition: manual-action/MDN-sent-manually; displayed\n").encode("ascii"), "7bit",
         [("Content-Disposition", "inline")]),
    Leaf("text/rfc822-headers; name=MDNPart3.txt",
         ("Date: Fri, 20 Nov 2026 06:05:10 +0300\nFrom: " + hdr(DISPATCH_NAME) + " <" + DISPATCH + ">\n"
          "To: s.korneeva@snegostop.ru\nSubject: " + hdr("Заявка 62318 Бардина 25") + "\nMessage-ID: " + orig_mdn + "\n").encode("ascii"),
         "7bit", [("Content-Disposition", "inline")]),
], extra='report-type=disposition-notification; ')
add("mdn", mdn_when,
    message([("Message-ID", tb_id()), ("Date", format_datetime(mdn_when)), ("User-Agent", TB_UA),
             ("Subject", hdr("Уведомление о прочтении (отображено) - Заявка 62318 Бардина 25")),
             ("From", addr(SVETA)), ("To", DISPATCH)], mdn),
    I("Thunderbird read receipt (MDN) for the dispatcher's letter about 62318"))

# bulk newsletter in KOI8-R
news_when = dt(10, 12, 0)
news_txt = ("Уважаемые партнеры!\n\n"
            "ООО \"СнегоСтоп\" предлагает абонентское обслуживание кровель на сезон 2026/27:\n"
            "- очистка кровли от снега и наледи - от 18 руб./м2;\n"
            "- сбивание сосулек с автовышки - от 2 500 руб./час;\n"
            "- подсыпка тротуаров ПСС - от 6 руб./м2.\n\n"
            "При заключении договора до 30.11.2026 - скидка 10%.\n"
            "Звоните: +7 (343) 287-41-00, snegostop.ru\n\n"
            "Вы получили это письмо, так как являетесь клиентом ООО \"СнегоСтоп\".\n"
            "Отписаться: https://snegostop.ru/unsubscribe?id=83412\n")
news_html = "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in news_txt.split("\n") if l) + "</body></html>\n"
news = Multi("alternative", [
    Leaf("text/plain; charset=koi8-r", news_txt.encode("koi8_r"), "quoted-printable"),
    Leaf("text/html; charset=koi8-r", news_html.encode("koi8_r"), "quoted-printable"),
])
add("news", news_when,
    message([("Date", format_datetime(news_when)), ("From", addr(NEWS, "koi8-r")), ("To", DISPATCH),
             ("Subject", Header("Зимнее предложение: абонентское обслуживание кровель", "koi8-r").encode()),
             ("Message-ID", "<news-2026-11-10." + str(random.randint(10000, 99999)) + "@snegostop.ru>"),
             ("Precedence", "bulk"), ("List-Id", "<clients.snegostop.ru>"),
             ("List-Unsubscribe", "<https://snegostop.ru/unsubscribe?id=83412>, <mailto:unsubscribe@snegostop.ru>"),
             ("X-Mailer", "UniSender")], news),
    I("bulk newsletter (Precedence: bulk, List-Unsubscribe), KOI8-R; prices and dates only"))

# calendar reply (Lightning)
cal_when = dt(25, 14, 2)
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
       "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E00800000000C0D1@zakazchik-omis.ru\r\n"
       "DTSTART;TZID=Asia/Yekaterinburg:20261127T110000\r\nDTEND;TZID=Asia/Yekaterinburg:20261127T120000\r\n"
       "SUMMARY:Совещание по зимнему содержанию\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Светлана Корнеева:mailto:s.korneeva@snegostop.ru\r\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "DTSTAMP:20261125T090200Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")
cal = Multi("mixed", [
    Multi("alternative", [
        Leaf("text/plain; charset=UTF-8",
             "Светлана Корнеева <s.korneeva@snegostop.ru> принял(а) ваше приглашение на событие:\n\n"
             "Совещание по зимнему содержанию\nПт, 27 нояб. 2026, 11:00 – 12:00 (Asia/Yekaterinburg)\n".encode("utf-8"), "8bit"),
        Leaf("text/calendar; charset=UTF-8; method=REPLY", ics, "8bit"),
    ]),
    Leaf('application/ics; name="invite.ics"', ics, "base64", [("Content-Disposition", 'attachment; filename="invite.ics"')]),
])
add("cal", cal_when,
    message([("Message-ID", tb_id()), ("Date", format_datetime(cal_when)), ("User-Agent", TB_UA),
             ("Subject", hdr("Принято: Совещание по зимнему содержанию")), ("From", addr(SVETA)), ("To", DISPATCH)], cal),
    I("calendar meeting response (METHOD:REPLY) generated by Thunderbird/Lightning"))

# ======================================================================= output


def main():
    # patch In-Reply-To of the reply-all that answers an earlier generated letter
    for L in LETTERS:
        ref = L.get("fix_reply")
        if ref:
            mid = MSGIDS[ref].encode()
            L["raw"] = L["raw"].replace(b"Date:", b"In-Reply-To: " + mid + b"\nReferences: " + mid + b"\nDate:", 1)
    LETTERS.sort(key=lambda L: L["when"])
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(L["raw"])
        labels[name] = L["label"]
    reg = {
        "contractor": {
            "name": "ООО «СнегоСтоп»",
            "emails": [RASHID[1], SVETA[1], OT[1], DAEMON[1], NEWS[1]],
            "domains": ["snegostop.ru"],
        },
        "requests": [
            {"number": n, "positions": p, "registered_at": REG_AT[n].isoformat(), "comment": c}
            for n, p, _, c in REQUESTS
        ],
    }
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(LETTERS), "letters")


if __name__ == "__main__":
    main()
