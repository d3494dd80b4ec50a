# -*- coding: utf-8 -*-
"""Generator of test letters for persona AG:
ГБУ «Жилищник района Северное Бутово» (housing maintenance contractor).
Run: python3 make.py  -> writes letters/NNN.eml, labels.json, registry.json
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(6039)
MSK = dt.timezone(dt.timedelta(hours=3))

DOMAIN = "zhilishnik-sbutovo.ru"
CUST = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

ODS = ("ОДС Северное Бутово", "ods@" + DOMAIN)                 # Roundcube webmail, UTF-8
ODSR = ("ОДС Северное Бутово (резерв)", "ods-rezerv@" + DOMAIN)  # The Bat! on the reserve PC, KOI8-R
DEP = ("Бондаренко Сергей Викторович", "bondarenko.sv@" + DOMAIN)  # Outlook, windows-1251
KUZ = ("Алексей Кузьмин", "kuzmin.aleksey77@mail.ru")            # сантехник, Mail.ru for Android
NUR = ("Фарход Нуриддинов", "farhod.nuriddinov@yandex.ru")       # сантехник, Яндекс Почта mobile
SAM = ("Самохин Дмитрий", "samokhin.da@" + DOMAIN)               # мастер участка, iPhone Mail
NEWS = ("ГБУ Жилищник района Северное Бутово", "news@" + DOMAIN)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOMAIN)
EXCH = ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + DOMAIN)

ALL_ADDRS = [ODS[1], ODSR[1], DEP[1], KUZ[1], NUR[1], SAM[1], NEWS[1], DAEMON[1], EXCH[1]]

ODS_SIG_K = ("--\nДежурный диспетчер ОДС\nГБУ «Жилищник района Северное Бутово»\n"
             "Клименко О.В.\nтел.: +7 (495) 711-23-40")
ODS_SIG_A = ("--\nДежурный диспетчер ОДС\nГБУ «Жилищник района Северное Бутово»\n"
             "Ахмедова Л.Р.\nтел.: +7 (495) 711-23-40")
ODSR_SIG = ("--\nОДС ГБУ «Жилищник района Северное Бутово»\n"
            "117623, г. Москва, ул. Грина, д. 18\nтел. +7 (495) 711-23-40, +7 (495) 711-23-41")
DEP_SIG = ("С уважением,\nЗаместитель директора\nГБУ «Жилищник района Северное Бутово»\n"
           "Бондаренко Сергей Викторович\nтел. +7 (495) 711-23-05, моб. +7 (916) 203-44-18")
IPHONE = "Отправлено с iPhone"
MAILRU = "--\nОтправлено из Mail.ru для Android"
YANDEX = "-- \nОтправлено из мобильной Яндекс Почты"

DOW = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
DOW_CAP = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MON_GEN = "ноября"


def d(day, hh, mm, ss=None):
    return dt.datetime(2026, 11, day, hh, mm, rnd.randint(3, 58) if ss is None else ss, tzinfo=MSK)


def outlook_date(t):
    return f"{DOW[t.weekday()]}, {t.day} {MON_GEN} {t.year} г. {t.hour}:{t.minute:02d}"


def mid(kind):
    h = "".join(rnd.choice("0123456789abcdef") for _ in range(32))
    if kind == "roundcube":
        return f"<{h}@{DOMAIN}>"
    if kind == "bat":
        return f"<{rnd.randint(100000000, 999999999)}.{rnd.randint(10000000, 99999999)}@{DOMAIN}>"
    if kind == "outlook":
        return f"<000{rnd.randint(1, 9)}01dc{h[:4]}${h[4:12]}${h[12:20]}@{DOMAIN}>"
    if kind == "mailru":
        return f"<{rnd.randint(1762000000, 1764999999)}.{rnd.randint(100000000, 999999999)}@f{rnd.randint(100, 599)}.i.mail.ru>"
    if kind == "yandex":
        return f"<{rnd.randint(10000000000000, 99999999999999)}@mail.yandex.ru>"
    if kind == "iphone":
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{DOMAIN}>"
    return f"<{h}@{DOMAIN}>"


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", **params):
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    for k, v in params.items():
        p.set_param(k.replace("_", "-"), v)
    if charset == "koi8-r":
        text = koi(text)
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:  # 8bit
        payload = raw.decode("ascii", "surrogateescape")
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(text, html, charset="utf-8", cte="quoted-printable"):
    m = MIMEMultipart("alternative")
    m.attach(part(text, "plain", charset, cte))
    m.attach(part(html, "html", charset, cte))
    return m


def to_html(text, font="Arial"):
    out = []
    for line in text.split("\n"):
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f"<div>{esc if esc else '<br>'}</div>")
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body style=\"font-family:{font}\">" + "\n".join(out) + "</body></html>")


def jpeg(name, size=2400):
    body = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    body += bytes(rnd.randint(0, 255) for _ in range(size)) + bytes([0xFF, 0xD9])
    p = MIMEBase("image", "jpeg", name=name)
    p.add_header("Content-Disposition", "attachment", filename=name)
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(body).decode("ascii"))
    return p


def koi(s):
    # KOI8-R has no typographic dashes/quotes/numero: The Bat! users type plain ones
    return s.translate(str.maketrans({"—": "-", "–": "-", "«": '"', "»": '"', "№": "N"}))


def enc_subj(s, charset):
    if charset == "koi8-r":
        s = koi(s)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


def finish(msg, frm, date, subject, kind, charset="utf-8", to=CUST, cc=None,
           in_reply_to=None, extra=None):
    if charset == "us-ascii":
        charset = "utf-8"
    # keep the MIME headers created by the part constructors, put them after the envelope headers
    saved = [(k, v) for k, v in msg.items() if k.lower() != "mime-version"]
    for k in set(k for k, _ in msg.items()):
        del msg[k]
    msg["From"] = formataddr(frm, charset=charset) if any(ord(c) > 127 for c in frm[0]) else formataddr(frm)
    msg["To"] = formataddr(to, charset=charset)
    if cc:
        msg["Cc"] = ", ".join(formataddr(c, charset=charset) for c in cc)
    msg["Subject"] = enc_subj(subject, charset)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid(kind)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["MIME-Version"] = "1.0"
    agents = {
        "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
        "bat": ("X-Mailer", "The Bat! (v10.3.3.3) Professional"),
        "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
        "mailru": ("X-Mailer", "Mail.Ru Mailer 1.0 Android"),
        "yandex": ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
        "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    }
    if kind in agents:
        msg[agents[kind][0]] = agents[kind][1]
    if kind == "outlook":
        msg["Thread-Index"] = base64.b64encode(bytes(rnd.randint(0, 255) for _ in range(22))).decode()
        msg["Content-Language"] = "ru"
    for k, v in (extra or []):
        msg[k] = v
    for k, v in saved:
        msg[k] = v
    # reorder so that the envelope headers come first (cosmetic)
    return msg


def cust_mid():
    return f"<{rnd.randint(10**11, 10**12)}.{rnd.randint(1000, 9999)}@zakazchik-omis.ru>"


LETTERS = []  # (date, msg, label)


def add(date, msg, label):
    LETTERS.append((date, msg, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

REGISTRY = {
    "contractor": {"name": "ГБУ «Жилищник района Северное Бутово»",
                   "emails": ALL_ADDRS, "domains": [DOMAIN]},
    "requests": [
        {"number": "39017", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ул. Грина, д. 7 — не работает освещение на лестничных клетках. Позиции = подъезды: 1 — под. 1, 2 — под. 2, 3 — под. 3, 4 — под. 4."},
        {"number": "39042", "positions": ["1"], "registered_at": "2026-11-03T07:50:00+03:00",
         "comment": "ул. Академика Глушко, д. 10, кв. 56 — течь стояка ГВС в санузле, залив кв. 52. Позиция 1 — кв. 56."},
        {"number": "39088", "positions": ["1", "2"], "registered_at": "2026-11-04T10:30:00+03:00",
         "comment": "бул. Дмитрия Донского, д. 11 — протечки с кровли. Позиция 1 — над кв. 141, позиция 2 — над кв. 144 (под. 4, 17 эт.)."},
        {"number": "39105", "positions": ["1", "2"], "registered_at": "2026-11-05T08:20:00+03:00",
         "comment": "Старобитцевская ул., д. 19, двор. Позиция 1 — детская площадка (ремонт качелей, горки), позиция 2 — контейнерная площадка (вывоз КГМ)."},
        {"number": "39163", "positions": ["1"], "registered_at": "2026-11-06T19:40:00+03:00",
         "comment": "ул. Грина, д. 3, под. 2 — засор канализационного стояка (кв. 29–41). Позиция 1 — стояк."},
        {"number": "39207", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "ул. Знаменские Садки, д. 1, корп. 1 — замена почтовых ящиков. Позиции = подъезды 1, 2, 3."},
        {"number": "39254", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:30:00+03:00",
         "comment": "Куликовская ул., д. 12 — замена запорной арматуры ХВС в квартирах. Позиция 1 — кв. 8, позиция 2 — кв. 73, позиция 3 — кв. 150."},
        {"number": "39311", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-11T09:40:00+03:00",
         "comment": "ул. Академика Глушко, д. 4 — ремонт входных дверей и доводчиков. Позиции = подъезды 1–4."},
        {"number": "39376", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T07:10:00+03:00",
         "comment": "бул. Дмитрия Донского, д. 5 — очистка козырьков от снега и наледи. Позиции = козырьки над входом в подъезды 1, 2, 3."},
        {"number": "39420", "positions": ["1"], "registered_at": "2026-11-17T11:05:00+03:00",
         "comment": "Старокачаловская ул., д. 3, кв. 212 — течь радиатора, замена. Позиция 1 — кв. 212."},
        {"number": "39485", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T08:05:00+03:00",
         "comment": "ул. Грина, д. 1 — засор стволов мусоропровода. Позиции = подъезды 1, 2, 3."},
        {"number": "39533", "positions": ["1", "2"], "registered_at": "2026-11-19T06:45:00+03:00",
         "comment": "Ратная ул., д. 8 — подтопление подвала, откачка воды. Позиция 1 — подвал под. 1–2, позиция 2 — подвал под. 3–4."},
        {"number": "39640", "positions": ["1"], "registered_at": "2026-11-23T09:20:00+03:00",
         "comment": "ул. Знаменские Садки, д. 3, кв. 17 — не греет радиатор, завоздушивание стояка отопления. Позиция 1 — кв. 17."},
    ],
}

exec(open(os.path.join(OUT, "letters_def.py"), encoding="utf-8").read())


def main():
    LETTERS.sort(key=lambda x: x[0])
    ldir = os.path.join(OUT, "letters")
    os.makedirs(ldir, exist_ok=True)
    for f in os.listdir(ldir):
        os.remove(os.path.join(ldir, f))
    labels = {}
    for i, (date, msg, label) in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(ldir, name), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    kinds = {}
    for l in labels.values():
        kinds[l["expect"]] = kinds.get(l["expect"], 0) + 1
    print(len(labels), kinds)


main()
