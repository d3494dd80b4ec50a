#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona BL: ИП Турсунов «РазметкаСтрой» (Москва).

Writes registry.json, labels.json and letters/NNN.eml next to this script.
Deterministic: fixed random seed, explicit dates.
"""
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime, formataddr

rng = random.Random(56011)
random.seed(56011)  # the email package uses the global random for boundaries

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, "letters")
MSK = timezone(timedelta(hours=3))

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DOMAIN = "razmetka-stroy.ru"

# --------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------
REQ = {
    "56014": dict(reg=(11, 2, 9, 0), obj="Бизнес-парк «Складочный», ул. Складочная, д. 1, стр. 5",
                  work="разметка наземной парковки",
                  pos=[("1", "сектор А, 48 машиномест"), ("2", "сектор Б, 36 машиномест"),
                       ("3", "пешеходный переход (1.14.1) у въезда")], due="до 06.11.2026"),
    "56027": dict(reg=(11, 3, 10, 30), obj="Склад, ул. Подольских Курсантов, д. 15Б",
                  work="покраска бордюров (бело-чёрная)",
                  pos=[("1", "бордюр вдоль внутреннего проезда, ок. 210 п.м."),
                       ("2", "бордюры у КПП, ок. 40 п.м.")], due="до 10.11.2026"),
    "56103": dict(reg=(11, 5, 8, 15), obj="Въезд КПП-2, Варшавское ш., д. 118, корп. 1",
                  work="ямочный ремонт асфальтобетонного покрытия",
                  pos=[("1", "въезд КПП-2, ок. 5 м2")], due="до 13.11.2026"),
    "56118": dict(reg=(11, 6, 11, 0), obj="Производственная база, 2-й Кожуховский пр-д, д. 29",
                  work="разметка пешеходных переходов 1.14.1",
                  pos=[("1", "переход у корпуса 2"), ("2", "переход у столовой"),
                       ("3", "переход у проходной")], due="до 13.11.2026"),
    "56240": dict(reg=(11, 9, 9, 40), obj="ТЦ, Каширское ш., д. 61",
                  work="разметка мест для инвалидов (1.24.3, 1.1)",
                  pos=[("1", "северная парковка, 4 места"), ("2", "южная парковка, 2 места")],
                  due="до 16.11.2026"),
    "56255": dict(reg=(11, 10, 14, 0), obj="Логистический комплекс, пос. Белые Столбы, ул. Складская, вл. 3",
                  work="разметка стоянки грузовых ТС",
                  pos=[("1", "ряд 1, места 1–20"), ("2", "ряд 2, места 21–40"),
                       ("3", "ряд 3, места 41–60"), ("4", "зона ожидания у весовой")],
                  due="до 20.11.2026"),
    "56309": dict(reg=(11, 12, 8, 30), obj="Склад, ул. Подольских Курсантов, д. 15Б",
                  work="стоп-линии 1.12 и стрелки 1.18",
                  pos=[("1", "выезд со склада на проезд")], due="до 20.11.2026"),
    "56412": dict(reg=(11, 13, 10, 0), obj="БЦ «Новоданиловский», Новоданиловская наб., д. 8",
                  work="покраска бордюров и разметка гостевой парковки",
                  pos=[("1", "бордюры у центрального входа"), ("2", "бордюры вдоль парковки"),
                       ("3", "разметка гостевой парковки, 12 мест")], due="до 27.11.2026"),
    "56477": dict(reg=(11, 16, 9, 0), obj="Производственная база, 2-й Кожуховский пр-д, д. 29",
                  work="ремонт асфальта картами",
                  pos=[("1", "карта у ворот № 1, ок. 12 м2"), ("2", "карта у склада ГСМ, ок. 8 м2")],
                  due="до 27.11.2026"),
    "56530": dict(reg=(11, 17, 12, 0), obj="Логистический комплекс, пос. Белые Столбы, ул. Складская, вл. 3",
                  work="разметка разворотной площадки",
                  pos=[("1", "разворотная площадка у ворот № 2")], due="до 24.11.2026"),
    "56618": dict(reg=(11, 19, 10, 20), obj="ТЦ, Каширское ш., д. 61",
                  work="разметка пожарного проезда (жёлтая линия, надписи)",
                  pos=[("1", "проезд вдоль фасада"), ("2", "проезд с тыльной стороны")],
                  due="до 27.11.2026"),
    "56702": dict(reg=(11, 20, 9, 0), obj="Бизнес-парк «Складочный», ул. Складочная, д. 1, стр. 5",
                  work="покраска искусственных неровностей (ИДН)",
                  pos=[("1", "ИДН у въезда"), ("2", "ИДН у корпуса 3"), ("3", "ИДН у корпуса 5")],
                  due="до 30.11.2026"),
    "56815": dict(reg=(11, 23, 11, 0), obj="БЦ «Новоданиловский», подземный паркинг",
                  work="обновление разметки подземного паркинга",
                  pos=[("1", "уровень -1"), ("2", "уровень -2")], due="до 30.11.2026"),
}


def reg_dt(num):
    mo, d, h, mi = REQ[num]["reg"]
    return datetime(2026, mo, d, h, mi, tzinfo=MSK)


# --------------------------------------------------------------------------
# People (who writes, with which client)
# --------------------------------------------------------------------------
P = {
    "owner_ios": dict(name="Бахтиёр Турсунов", addr="b.tursunov@razmetka-stroy.ru", cs="utf-8",
                      cte="quoted-printable", hdr=[("X-Mailer", "iPhone Mail (22B91)")]),
    "owner_bat": dict(name="Турсунов Бахтиёр", addr="b.tursunov@razmetka-stroy.ru", cs="windows-1251",
                      cte="8bit", hdr=[("X-Mailer", "The Bat! (v10.4.2) Professional")]),
    "farhod": dict(name="Фарход", addr="farhod1987@mail.ru", cs="utf-8", cte="base64",
                   hdr=[("X-Mailer", "Mail.Ru Mailer 1.0")]),
    "ulugbek": dict(name="Ulugbek Karimov", addr="ulugbek.razmetka@gmail.com", cs="utf-8",
                    cte="quoted-printable", hdr=[]),
    "rustam": dict(name="Рустам Назаров", addr="rustam@razmetka-stroy.ru", cs="koi8-r", cte="8bit",
                   hdr=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) "
                                       "Gecko/20100101 Thunderbird/115.16.0")]),
    "office": dict(name="Ольга Ким", addr="office@razmetka-stroy.ru", cs="windows-1251",
                   cte="quoted-printable", hdr=[("X-Mailer", "Microsoft Outlook 16.0"),
                                               ("Thread-Index", None)]),
    "office_web": dict(name="Ольга Ким", addr="office@razmetka-stroy.ru", cs="utf-8", cte="base64",
                       hdr=[("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]),
}

OFFICE_SIG = """С уважением,
Ольга Ким
офис-менеджер
ИП Турсунов Б.Р. «РазметкаСтрой»
ИНН 772345678901
тел. +7 (495) 741-22-68, доб. 2
117405, г. Москва, ул. Кирпичные Выемки, д. 2, корп. 1, оф. 14"""

BAT_SIG = """-- 
С уважением,
 Турсунов Б.Р.                     mailto:b.tursunov@razmetka-stroy.ru
 ИП Турсунов «РазметкаСтрой», тел. +7 916 203-45-17"""

MAILRU_SIG = "\n--\nОтправлено из Почты Mail.ru для Android"

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
       "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
       "Р": "P", "С": "C", "Т": "T", "Х": "X"}


def lat(s, p=0.25):
    """Latin look-alike letters inside Cyrillic words (keyboard not switched)."""
    return "".join(LAT[c] if c in LAT and rng.random() < p else c for c in s)


def hexid(n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def msgid(domain):
    return "<%s.%s@%s>" % (hexid(12), hexid(8), domain)


DISP_IDS = {}


def disp_id(key):
    if key not in DISP_IDS:
        DISP_IDS[key] = "<%s-%s@zakazchik-omis.ru>" % (key.replace(" ", ""), hexid(10))
    return DISP_IDS[key]


def dt(d, h, mi, s=None):
    if s is None:
        s = rng.randint(0, 59)
    return datetime(2026, 11, d, h, mi, s, tzinfo=MSK)


def disp_subject(num):
    r = REQ[num]
    return "Заявка № %s %s" % (num, r["work"].split(" (")[0])


def disp_text(num, greet="Добрый день!"):
    r = REQ[num]
    lines = [greet, "", "Направляем заявку № %s." % num, "Объект: %s" % r["obj"],
             "Вид работ: %s" % r["work"], "Позиции:"]
    for p, d in r["pos"]:
        lines.append("%s. %s" % (p, d))
    lines += ["Срок выполнения: %s." % r["due"],
              "Просим подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады.",
              "", "--", "Анна Власова, диспетчер ОМИС", "тел. +7 (495) 980-11-40 доб. 214"]
    return "\n".join(lines)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def encode_payload(b, cte):
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "7bit":
        return b.decode("ascii")
    return b.decode("ascii", "surrogateescape")


def koi_safe(text):
    # the old Thunderbird set to KOI8-R: characters outside the table are replaced like a user would type them
    for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("–", "-"), ("—", "-"), ("°", " град.")):
        text = text.replace(a, b)
    return text


def tpart(text, sub="plain", cs="utf-8", cte="base64", extra_ct=""):
    if cs == "koi8-r":
        text = koi_safe(text)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (sub, cs, extra_ct)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(encode_payload(text.encode(cs), cte))
    return m


def boundary(style):
    if style == "outlook":
        return "----=_NextPart_000_%04X_%08X.%08X" % (rng.randint(0, 0xFFFF), rng.getrandbits(32),
                                                       rng.getrandbits(32))
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s" % (hexid(8).upper(), hexid(4).upper(), hexid(12).upper())
    if style == "gmail":
        return "000000000000%s" % hexid(16)
    if style == "mailru":
        return "--ALT--%s%s" % (hexid(8).upper(), rng.randint(1000000000, 1999999999))
    return "------------%s" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(24))


def multipart(sub, parts, style="tb", extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"%s' % (sub, boundary(style), extra)
    for p in parts:
        m.attach(p)
    return m


def text_to_html(text, font="Calibri", size="11pt"):
    body = "<br>\n".join(html.escape(l) for l in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head>'
            '<body><div style="font-family:%s;font-size:%s">%s</div></body></html>' % (font, size, body))


def html_part(h, cs, cte):
    return tpart(h.replace("%CS%", cs), "html", cs, cte)


def alt(text, cs, cte, h=None, style="tb"):
    if h is None:
        h = text_to_html(text)
    return multipart("alternative", [tpart(text, "plain", cs, cte), html_part(h, cs, cte)], style)


def fake_jpeg(seed_len=600):
    data = bytes(rng.getrandbits(8) for _ in range(seed_len))
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + data + b"\xff\xd9")


def attachment(data, ctype, filename, cs="utf-8"):
    m = Message()
    maintype, subtype = ctype.split("/")
    try:
        filename.encode("ascii")
        fn = '"%s"' % filename
    except UnicodeEncodeError:
        fn = '"%s"' % Header(filename, cs).encode()
    m["Content-Type"] = "%s; name=%s" % (ctype, fn)
    m["Content-Disposition"] = "attachment; filename=%s" % fn
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def photo(name):
    return attachment(fake_jpeg(rng.randint(400, 900)), "image/jpeg", name)


def enc_header(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if cs == "koi8-r":
            s = koi_safe(s)
        if cs == "windows-1251":  # Outlook-style Q-encoded subject
            c = Charset(cs)
            c.header_encoding = QP
            return Header(s, c, header_name="Subject")
        return Header(s, cs, header_name="Subject")


LETTERS_OUT = []  # (date, message, label)
USED_FROM = set()


def letter(who, date, subject, body, label, reply_to=None, refs=None, to=DISPATCH, cc=None,
           extra=None, subj_cs=None, frm=None):
    """body: a Message (part) that becomes the message body."""
    if isinstance(who, str):
        prof = P[who]
        name, addr, cs = prof["name"], prof["addr"], prof["cs"]
        hdrs = prof["hdr"]
    else:
        name, addr, cs, hdrs = who
    if frm:
        name, addr = frm
    scs = subj_cs or cs
    msg = body
    # headers first-to-last: rebuild ordering by creating a new message and moving payload
    top = Message()
    top["Return-Path"] = "<%s>" % addr
    top["From"] = formataddr((name, addr), charset=scs) if name else addr
    top["To"] = formataddr(to, charset=scs if scs != "us-ascii" else "utf-8")
    if cc:
        top["Cc"] = cc
    top["Subject"] = enc_header(subject, scs)
    top["Date"] = format_datetime(date)
    top["Message-ID"] = msgid(addr.split("@")[1] if "@" in addr else DOMAIN)
    if reply_to:
        top["In-Reply-To"] = reply_to
        top["References"] = refs or reply_to
    for k, v in hdrs:
        if k == "Thread-Index":
            v = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()
        top[k] = v
    for k, v in (extra or []):
        top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in msg.items():
        top[k] = v
    top._payload = msg._payload
    LETTERS_OUT.append((date, top, label))
    USED_FROM.add(addr)
    return top


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

RU_MON = "нояб."
RU_WD_SHORT = {0: "пн", 1: "вт", 2: "ср", 3: "чт", 4: "пт", 5: "сб", 6: "вс"}
RU_WD_LONG = {0: "Понедельник", 1: "Вторник", 2: "Среда", 3: "Четверг", 4: "Пятница", 5: "Суббота",
              6: "Воскресенье"}


def ios_quote_hdr(d, who="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"):
    return "%d нояб. 2026 г., в %02d:%02d, %s написал(а):" % (d.day, d.hour, d.minute, who)


def gmail_quote_hdr(d, who="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"):
    return "%s, %d нояб. 2026 г. в %02d:%02d, %s:" % (RU_WD_SHORT[d.weekday()], d.day, d.hour, d.minute, who)


def mailru_quote_hdr(d, who="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"):
    return "%s, %d ноября 2026, %d:%02d +03:00 от %s:" % (RU_WD_LONG[d.weekday()], d.day, d.hour, d.minute, who)


def tb_quote_hdr(d, who="Диспетчерская ОМИС"):
    return "%02d.11.2026 %d:%02d, %s пишет:" % (d.day, d.hour, d.minute, who)


def outlook_block(d, frm, to, subject, en=False):
    if en:
        return ("-----Original Message-----\nFrom: %s\nSent: %s, November %d, 2026 %d:%02d %s\nTo: %s\n"
                "Subject: %s\n" % (frm, d.strftime("%A"), d.day, (d.hour - 1) % 12 + 1, d.minute,
                                   "AM" if d.hour < 12 else "PM", to, subject))
    return ("________________________________\nОт: %s\nОтправлено: %d ноября 2026 г. %d:%02d\nКому: %s\n"
            "Тема: %s\n" % (frm, d.day, d.hour, d.minute, to, subject))


DISP_FULL = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"


def outlook_html(new_text, quoted_text=None):
    parts = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
             '<meta http-equiv="Content-Type" content="text/html; charset=%CS%">'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
             '<body lang="RU" link="#0563C1"><div class="WordSection1">']
    for l in new_text.split("\n"):
        parts.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) or "&nbsp;"))
    if quoted_text:
        parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        for l in quoted_text.split("\n"):
            parts.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) or "&nbsp;"))
        parts.append("</div>")
    parts.append("</div></body></html>")
    return "\n".join(parts)


def gmail_html(new_text, qhdr=None, quoted=None):
    h = '<div dir="ltr">%s</div>' % "<br>".join(html.escape(l) for l in new_text.split("\n"))
    if qhdr:
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
              % (html.escape(qhdr), "<br>".join(html.escape(l) for l in quoted.split("\n"))))
    return h


def mailru_html(new_text, qhdr=None, quoted=None):
    h = "<HTML><BODY><div>%s</div>" % "<br>".join(html.escape(l) for l in new_text.split("\n"))
    if qhdr:
        h += ('<div><br>%s<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
              '<div>%s</div></blockquote></div>' % (html.escape(qhdr),
                                                     "<br>".join(html.escape(l) for l in quoted.split("\n"))))
    return h + "</BODY></HTML>"


# ==========================================================================
# LETTERS
# ==========================================================================

# ---- 56014: parking lot, Skladochnaya ------------------------------------
d = dt(2, 9, 47)
t = ("Здраствуйте Анна\n"
     "Заявка принял. Завтра утро бригада Фарход поедет, краска есть трафарет есть.\n"
     "Турсунов\n\nОтправлено с iPhone\n\n" + ios_quote_hdr(reg_dt("56014")) + "\n\n" + q(disp_text("56014")))
letter("owner_ios", d, "Re: " + disp_subject("56014") + ", Складочная 1 стр.5",
       tpart(t, cs="utf-8", cte="quoted-printable"),
       D("56014", [], ACC, "owner accepts; number only in Re: subject and quote; 'завтра поедет' is a plan"),
       reply_to=disp_id("56014"))

d = dt(3, 7, 52)
t = "Доброе утро. мы выехать Складочная, 40 минут будем. Сегодня поз 1 и поз 2 делать" + MAILRU_SIG
letter("farhod", d, "56014", tpart(t, cte="base64"),
       D("56014", ["1", "2"], WAY, "'выехать ... 40 минут будем' = travelling now; positions 1 and 2 named"))

d = dt(3, 8, 41)
prev = "Доброе утро. мы выехать Складочная, 40 минут будем. Сегодня поз 1 и поз 2 делать"
t = "priehali obekt. poz 1 i 2 nachinaem, staraya razmetka snachala zatiraem\nFarhod"
letter("farhod", d, "Re: 56014",
       multipart("alternative", [
           tpart(t + "\n\n" + mailru_quote_hdr(dt(3, 7, 52, 0), "Фарход <farhod1987@mail.ru>") + "\n" + q(prev, ">"),
                 cte="base64"),
           tpart(mailru_html(t, mailru_quote_hdr(dt(3, 7, 52, 0), "Фарход <farhod1987@mail.ru>"), prev), "html",
                 "utf-8", "base64")], "mailru"),
       D("56014", ["1", "2"], ON, "latin transliteration 'priehali obekt', positions 1 and 2; quoted own earlier 'выехать'"))

# ---- 56027: kerbs ----------------------------------------------------------
d = dt(3, 11, 15)
new = ("Добрый день, Анна!\n\n"
       "Заявка № 56027 принята в работу. Покраску бордюров планируем на четверг 05.11 при условии сухой погоды "
       "(при дожде и температуре ниже +5 °С краска не ложится). Ответственный – бригадир Рустам Назаров, "
       "тел. 8 (926) 514-07-39.\n\n" + OFFICE_SIG)
qb = outlook_block(reg_dt("56027"), DISP_FULL, "office@razmetka-stroy.ru", disp_subject("56027"))
letter("office", d, "RE: " + disp_subject("56027"),
       multipart("alternative", [tpart(new + "\n\n" + qb + "\n" + disp_text("56027"), "plain", "windows-1251",
                                       "quoted-printable"),
                                 html_part(outlook_html(new, qb + "\n" + disp_text("56027")), "windows-1251",
                                           "quoted-printable")], "outlook"),
       D("56027", [], ACC, "office (proper Russian) accepts; Outlook quote block below; 05.11 is a plan date"),
       reply_to=disp_id("56027"))

d = dt(3, 16, 20)
t = lat("Сектор А пазиция 1 закончить, разметка 48 мест гатово. поз 2 завтра делать, краска белый не хватил, "
        "Бахтиёр ака привезёт. фото щас отправлю", 0.2)
letter("farhod", d, "56014 поз 1", tpart(mailru_html(t), "html", "utf-8", "base64"),
       D("56014", ["1"], LEFT, "HTML-only; position 1 finished ('закончить, гатово'), position 2 only planned for tomorrow"))

d = dt(5, 7, 30)
t = ("Доброе утро.\nСегодня дождь с ночи, бордюр мокрый, краска не ложица. Не выезжаем. "
     "Перенос на пятница 6-го если сухо будет.\nРустам")
letter("rustam", d, "заявка 56 027 бордюр", tpart(t, cs="koi8-r", cte="8bit", extra_ct="; format=flowed"),
       R("weather delay: 'не выезжаем', only a new plan; no status"))

# ---- 56103: pothole repair -----------------------------------------------
d = dt(5, 9, 2)
t = ("Здравствуйте, Диспетчерская ОМИС.\n\nВы писали 5 ноября 2026 г., 8:15:\n\n" + q(disp_text("56103"), "ДО> ") +
     "\n\nЗаявка принимаем. Асфальт горячий завод АБЗ-1 дает только с утра, заказ сделал на 12.11 четверг. "
     "Бригада Рустама будет делать.\n\n" + BAT_SIG)
letter("owner_bat", d, "Re: " + disp_subject("56103") + ", КПП-2", tpart(t, cs="windows-1251", cte="8bit"),
       D("56103", [], ACC, "The Bat! reply under 'ДО>' quote; 'принимаем'; 12.11 is a plan"),
       reply_to=disp_id("56103"))

d = dt(5, 9, 12)
orig = ("Ольга опа здраствуйте. Складочная сектор Б и зебра сделали все, уехали. "
        "Диспетчер отправте пожалуйста я адрес не знаю")
new = ("Анна, доброе утро!\n\nПересылаю сообщение бригадира Фархода по заявке 56014 (вчера был праздник, "
       "в офисе никого не было). Позиции 2 (сектор Б) и 3 (пешеходный переход у въезда) выполнены 04.11, "
       "бригада уехала с объекта около 17:00. Фото во вложении.\n\n" + OFFICE_SIG)
qb = outlook_block(dt(4, 17, 10, 0), "Фарход <farhod1987@mail.ru>", "office@razmetka-stroy.ru", "56014")
letter("office", d, "FW: 56014",
       multipart("mixed", [
           multipart("alternative", [tpart(new + "\n\n" + qb + "\n" + orig, "plain", "windows-1251", "quoted-printable"),
                                     html_part(outlook_html(new, qb + "\n" + orig), "windows-1251",
                                               "quoted-printable")], "outlook"),
           photo("IMG_20261104_163522.jpg"), photo("IMG_20261104_164010.jpg")], "outlook"),
       D("56014", ["2", "3"], LEFT, "office forward of crew message: positions 2 and 3 done, crew left"))

d = dt(6, 8, 10)
t = "Выехали Подольских Курсантов бордюр красить. 9:00 будем. Сухо, +6."
letter("rustam", d, "56-027", tpart(t, cs="koi8-r", cte="8bit"),
       D("56027", [], WAY, "number with dash in subject; 'выехали ... 9:00 будем'"))

# ---- 56118: crossings -----------------------------------------------------
d = dt(6, 11, 40)
new = "Zdravstvuyte. Zayavka prinyal, perehody 3 shtuki. Vyhodim ponedelnik 9 noyabrya.\nUlugbek, brigadir\n+7 977 318-62-04"
qh = gmail_quote_hdr(reg_dt("56118"))
letter("ulugbek", d, "Re: " + disp_subject("56118"),
       multipart("alternative", [tpart(new + "\n\n" + qh + "\n\n" + q(disp_text("56118")), "plain", "utf-8",
                                       "quoted-printable"),
                                 tpart(gmail_html(new, qh, disp_text("56118")), "html", "utf-8", "quoted-printable")],
                 "gmail"),
       D("56118", [], ACC, "transliterated 'Zayavka prinyal'; going on Monday is a plan"),
       reply_to=disp_id("56118"))

d = dt(6, 13, 55)
t = "бордюр вдоль проезд (поз.1) покрасили 210 метр. Сейчас КПП делаем (поз 2), часа 2 ещё."
letter("rustam", d, "Re: 56-027", tpart(t, cs="koi8-r", cte="8bit"),
       R("different statuses in one letter: position 1 finished, position 2 in progress (on site)"))

d = dt(6, 17, 5)
t = ("Бордюры все покрасили, черный-белый, два слоя. Убрали за собой, уехали 16:50.\n"
     "Фото прикрепил 2 шт.\n\n--\nРустам Назаров, бригадир\n8 (926) 514-07-39")
letter("rustam", d, "56027 готово",
       multipart("mixed", [tpart(t, cs="koi8-r", cte="quoted-printable"), photo("DSC_0412.jpg"),
                           photo("DSC_0415.jpg")]),
       D("56027", [], LEFT, "all kerbs done, 'уехали 16:50'; photos attached"))

d = dt(9, 8, 5)
t = "Едим на переход номер 1 (корпус 2). МКАД пробка стоим, будем 9:30 примерно"
letter("ulugbek", d, "56118 (1)",
       multipart("alternative", [tpart(t, "plain", "utf-8", "base64"),
                                 tpart(gmail_html(t), "html", "utf-8", "base64")], "gmail"),
       D("56118", ["1"], WAY, "position in brackets in subject; stuck in traffic, 'будем 9:30' = on the way"))

d = dt(9, 9, 50)
t = "na meste, perehod 1. grunt delaem, potom kraska"
prev = "Едим на переход номер 1 (корпус 2). МКАД пробка стоим, будем 9:30 примерно"
qh = gmail_quote_hdr(dt(9, 8, 5, 0), "Ulugbek Karimov <ulugbek.razmetka@gmail.com>")
letter("ulugbek", d, "Re: 56118 (1)",
       multipart("alternative", [tpart(t + "\n\n" + qh + "\n\n" + q(prev), "plain", "utf-8", "quoted-printable"),
                                 tpart(gmail_html(t, qh, prev), "html", "utf-8", "quoted-printable")], "gmail"),
       D("56118", ["1"], ON, "'na meste, perehod 1'; quoted own earlier 'едим'"))

# ---- 56240: disabled parking ----------------------------------------------
d = dt(9, 10, 5)
t = ("Добрый день принято. Краска белый и желтый есть, трафарет знак инвалид есть. Когда выходить скажу отдельна.\n"
     "Бахтиёр 8-916-203-45-17\n\nОтправлено с iPhone\n\n" + ios_quote_hdr(reg_dt("56240")) + "\n\n" +
     q(disp_text("56240")))
letter("owner_ios", d, "Re: " + disp_subject("56240") + ", Каширское ш. 61", tpart(t, cte="quoted-printable"),
       D("56240", [], ACC, "'принято'; number only in Re: subject"), reply_to=disp_id("56240"))

d = dt(9, 16, 30)
t = "perehod №1 gotovo. 2 i 3 zavtra esli dojd ne budet. Foto v prilojenii"
letter("ulugbek", d, "56118",
       multipart("mixed", [multipart("alternative", [tpart(t, "plain", "utf-8", "quoted-printable"),
                                                     tpart(gmail_html(t), "html", "utf-8", "quoted-printable")], "gmail"),
                           photo("IMG-20261109-WA0007.jpg")], "gmail"),
       D("56118", ["1"], LEFT, "'perehod №1 gotovo' (№1 is the crossing = position 1, not a request); 2 and 3 only planned"))

d = dt(10, 7, 30)
t = "Сегодня дожд и +2 градус, краска нельзя ложить. Переход 2 и 3 переносим завтра, утром напишу"
letter("ulugbek", d, "56118 perenos",
       multipart("alternative", [tpart(t, "plain", "utf-8", "base64"),
                                 tpart(gmail_html(t), "html", "utf-8", "base64")], "gmail"),
       R("weather: positions 2 and 3 postponed; plan only"))

d = dt(10, 11, 20)
t = ("Анна здраствуйте. По заявка 56240 вопрос: мест инвалид сколько надо делать? в заявке северная 4 место, "
     "южная 2, а охрана ТЦ говорит всего 8 надо. Как правильно? Ответ дайте пожалуста, бригада пятница-суббота "
     "хотим выйти.\n\nОтправлено с iPhone")
letter("owner_ios", d, "вопрос 56240", tpart(t, cte="quoted-printable"),
       R("question about the scope; nothing reported"))

# ---- 56255: truck parking --------------------------------------------------
d = dt(10, 14, 40)
new = ("Добрый день!\n\nЗаявка № 56255 принята, спасибо. Выход бригады планируем на понедельник 16.11, "
       "работы займут 2–3 дня (4 позиции).\nПо договору № 27/26-Р от 12.01.2026 на этот объект нужна "
       "предоплата 30 %, счёт № 318 от 10.11.2026 во вложении.\n\n" + OFFICE_SIG)
qb = outlook_block(reg_dt("56255"), DISP_FULL, "office@razmetka-stroy.ru", disp_subject("56255"))
letter("office", d, "RE: " + disp_subject("56255"),
       multipart("mixed", [
           multipart("alternative", [tpart(new + "\n\n" + qb + "\n" + disp_text("56255"), "plain", "windows-1251",
                                           "quoted-printable"),
                                     html_part(outlook_html(new, qb + "\n" + disp_text("56255")), "windows-1251",
                                               "quoted-printable")], "outlook"),
           attachment(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf",
                      "Счет_318_от_10.11.2026.pdf", "windows-1251")], "outlook"),
       D("56255", [], ACC, "accepted; invoice/contract numbers are noise; 16.11 is a plan"),
       reply_to=disp_id("56255"))

d = dt(11, 9, 30)
orig = "Olga, my uje tam, 2 i 3 perehod delaem. dispetcheru skajite"
new = ("Добрый день!\n\nПересылаю сообщение бригадира Улугбека по заявке № 56118: бригада прибыла на объект в 9:00, "
       "работают по переходам 2 и 3 (у столовой и у проходной).\n\nОльга")
qb = outlook_block(dt(11, 9, 5, 0), "Ulugbek Karimov <ulugbek.razmetka@gmail.com>", "office@razmetka-stroy.ru",
                   "56118 perehod 2,3", en=True)
letter("office", d, "FW: 56118 perehod 2,3",
       multipart("alternative", [tpart(new + "\n\n" + qb + "\n" + orig, "plain", "windows-1251", "quoted-printable"),
                                 html_part(outlook_html(new, qb + "\n" + orig), "windows-1251", "quoted-printable")],
                 "outlook"),
       D("56118", ["2", "3"], ON, "forward with -----Original Message-----; crew on site at crossings 2 and 3"))

d = dt(11, 15, 40)
t = "Все переходы закончил, зебра 3 штук готово. Мы уезжаем, мусор забрали."
letter("ulugbek", d, "Re: 56118",
       multipart("alternative", [tpart(t, "plain", "utf-8", "base64"),
                                 tpart(gmail_html(t), "html", "utf-8", "base64")], "gmail"),
       D("56118", [], LEFT, "all crossings finished, crew leaving; no position numbers = whole request"))

# ---- 56103 execution ---------------------------------------------------------
d = dt(12, 7, 40)
t = ("Едем Варшавское ш. 118 к1 (56103), КПП-2 ямочный ремонт. Асфальт горячий в машине, самосвал гос номер "
     "К 417 ОР 799, пропуск надо на него. Будем 8:30.")
letter("rustam", d, "КПП-2 ямочный (56103)", tpart(t, cs="koi8-r", cte="8bit"),
       D("56103", [], WAY, "request number in brackets after the address; car plate and house numbers are noise"))

d = dt(12, 9, 0)
t = "ok prinyato. sdelaem na sleduyushey nedele, tochno skaju"
qh = gmail_quote_hdr(reg_dt("56309"))
letter("ulugbek", d, "Re: " + disp_subject("56309") + ", выезд со склада",
       multipart("alternative", [tpart(t + "\n\n" + qh + "\n\n" + q(disp_text("56309")), "plain", "utf-8",
                                       "quoted-printable"),
                                 tpart(gmail_html(t, qh, disp_text("56309")), "html", "utf-8", "quoted-printable")],
                 "gmail"),
       D("56309", [], ACC, "'ok prinyato'; number only in Re: subject / quote"), reply_to=disp_id("56309"))

d = dt(12, 12, 30)
t = lat("Ямы заделали все, 6 шт, примерно 4,5 м2. Каток прошел, края битумом. Мы уехали, машина пошла на завод.", 0.15)
letter("rustam", d, "Re: КПП-2 ямочный (56103)",
       tpart(t + "\n\n" + tb_quote_hdr(dt(12, 7, 40, 0), "Рустам Назаров") + "\n" +
             q("Едем Варшавское ш. 118 к1 (56103), КПП-2 ямочный ремонт. Асфальт горячий в машине, самосвал гос "
               "номер К 417 ОР 799, пропуск надо на него. Будем 8:30.", ">"), cs="koi8-r", cte="8bit"),
       D("56103", [], LEFT, "number only in the Re: subject (and quoted own message); 'заделали ... уехали'; latin look-alikes"))

d = dt(12, 17, 45)
t = ("Здраствуйте. Завтра 13.11 выходим на 56240 Каширка. Пропуск на машина надо, Газель А 512 КМ 750, водитель "
     "Шерзод. Охрана без пропуск не пускает. Закажите пожалуйста" + MAILRU_SIG)
letter("farhod", d, "56240 пропуск", tpart(t, cte="base64"),
       R("plan for tomorrow + request for a pass; no status"))

# ---- 56412: business centre ---------------------------------------------------
d = dt(13, 10, 35)
t = ("Здравствуйте, Диспетчерская ОМИС.\n\nВы писали 13 ноября 2026 г., 10:00:\n\n" + q(disp_text("56412"), "ДО> ") +
     "\n\nЗаявку 56412 берем в работу.\nВопрос: бордюр какой цвет красить - бело-черный или желтый? В заявке не "
     "написано. Позиция 3 разметка - холодный пластик или краска АК-511?\n\n" + BAT_SIG)
letter("owner_bat", d, "Re: " + disp_subject("56412") + ", БЦ Новоданиловский", tpart(t, cs="windows-1251", cte="8bit"),
       D("56412", [], ACC, "'берем в работу' = accepted; the questions about paint do not cancel it"),
       reply_to=disp_id("56412"))

d = dt(13, 14, 10)
t = ("Здравствуйте, Анна.\n\nВы писали 13 ноября 2026 г., 13:52:\n\n"
     "ДО> Бахтиёр, добрый день. Бордюры бело-черные, разметка краской АК-511, пластик не нужен.\n"
     "ДО> Выход бригады согласуйте с администратором БЦ, тел. 8-495-668-20-10.\n\n"
     "Спасибо, понял. Все сделаем.\n\n" + BAT_SIG)
letter("owner_bat", d, "Re[2]: " + disp_subject("56412") + ", БЦ Новоданиловский", tpart(t, cs="windows-1251", cte="8bit"),
       R("thanks for the dispatcher's answer about paint; nothing reported"), reply_to=disp_id("56412-answer"),
       refs=disp_id("56412") + " " + disp_id("56412-answer"))

# ---- 56240 execution ---------------------------------------------------------
d = dt(14, 9, 10)
t = "Каширское шоссе 61. Прибытие 9:05. бригада уже там стоим, северный парковка начали. пропуск дали спасибо" + MAILRU_SIG
letter("farhod", d, "56240 (1)", tpart(t, cte="base64"),
       D("56240", ["1"], ON, "'Прибытие 9:05', 'уже там стоим'; position in brackets in subject"))

d = dt(14, 14, 0)
t = lat("ВСЕ ГОТОВО. северный и южный парковка, 6 место инвалид, знак нарисовали. уехали.", 0.3) + \
    " foto v WhatsApp Anna opa otpravil" + MAILRU_SIG
prev = "Каширское шоссе 61. Прибытие 9:05. бригада уже там стоим, северный парковка начали. пропуск дали спасибо"
letter("farhod", d, "Re: 56240 (1)",
       tpart(t + "\n\n" + mailru_quote_hdr(dt(14, 9, 10, 0), "Фарход <farhod1987@mail.ru>") + "\n" + q(prev, ">"),
             cte="base64"),
       D("56240", [], LEFT, "caps 'ВСЕ ГОТОВО', both parkings done and left; old '(1)' in Re: subject does not limit it"))

# ---- 56255 execution -------------------------------------------------------------
d = dt(16, 7, 15)
t = "Выезд 7:10 со склада на Белые Столбы, 2 машины, 6 человек, разметочная машина на трале. Будем примерно 8:40."
letter("rustam", d, "56255 выезд", tpart(t, cs="koi8-r", cte="8bit"),
       D("56255", [], WAY, "'выезд со склада на ...' = leaving base for the site"))

d = dt(16, 9, 20)
new = ("Добрый день!\n\nПодтверждаем получение заявки № 56477, приняли в работу. Сроки по асфальту сообщим "
       "дополнительно – уточняем у завода.\n\n" + OFFICE_SIG)
qb = outlook_block(reg_dt("56477"), DISP_FULL, "office@razmetka-stroy.ru; rustam@razmetka-stroy.ru",
                   disp_subject("56477"))
letter("office", d, "RE: " + disp_subject("56477"),
       multipart("alternative", [tpart(new + "\n\n" + qb + "\n" + disp_text("56477"), "plain", "windows-1251",
                                       "quoted-printable"),
                                 html_part(outlook_html(new, qb + "\n" + disp_text("56477")), "windows-1251",
                                           "quoted-printable")], "outlook"),
       D("56477", [], ACC, "office confirms 'приняли в работу'"), reply_to=disp_id("56477"))

d = dt(16, 9, 30)
t = ("На месте с 8:50. Начали с первый ряд поз 1 места 1-20, разметочная машина работает.\n\n" +
     tb_quote_hdr(dt(16, 7, 15, 0), "Рустам Назаров") + "\n" +
     q("Выезд 7:10 со склада на Белые Столбы, 2 машины, 6 человек, разметочная машина на трале. Будем примерно 8:40.",
       ">"))
letter("rustam", d, "Re: 56255 выезд", tpart(t, cs="koi8-r", cte="8bit"),
       D("56255", ["1"], ON, "'На месте с 8:50', position 1; Re: subject still says 'выезд'"))

# read receipt (Thunderbird MDN) -------------------------------------------------
d = dt(16, 9, 35)
mdn_text = ("Это уведомление о прочтении для сообщения, которое вы отправили rustam@razmetka-stroy.ru.\n\n"
            "Примечание: Уведомление о прочтении только подтверждает, что сообщение было отображено на компьютере "
            "получателя. Нет никакой гарантии, что получатель прочитал или понял содержимое сообщения.")
mdn = Message()
mdn["Content-Type"] = "message/disposition-notification; name=\"MDNPart2.txt\""
mdn["Content-Disposition"] = "inline"
mdn.set_payload("Reporting-UA: razmetka-stroy.ru; Thunderbird 115.16.0\n"
                "Final-Recipient: rfc822;rustam@razmetka-stroy.ru\n"
                "Original-Message-ID: %s\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n" % disp_id("56477"))
letter("rustam", d, "Уведомление о прочтении (отображено) - " + disp_subject("56477"),
       multipart("report", [tpart(mdn_text, "plain", "koi8-r", "8bit"), mdn], "tb",
                 '; report-type="disposition-notification"'),
       I("read receipt (MDN) for the dispatcher's request 56477"), subj_cs="utf-8")

d = dt(17, 8, 50)
t = ("Анна доброе утро. 56477 асфальт завод АБЗ закрыт до понедельник, профилактика. Ремонт сделаем 23-24 ноября. "
     "Извините\n\nОтправлено с iPhone")
letter("owner_ios", d, "56477", tpart(t, cte="quoted-printable"),
       R("delay and plan (23-24 ноября); nothing happened"))

d = dt(17, 13, 0)
t = "Prinyali 56530. Zavtra posle stop-liniy tuda poedem."
qh = gmail_quote_hdr(reg_dt("56530"))
letter("ulugbek", d, "Re: " + disp_subject("56530"),
       multipart("alternative", [tpart(t + "\n\n" + qh + "\n\n" + q(disp_text("56530")), "plain", "utf-8",
                                       "quoted-printable"),
                                 tpart(gmail_html(t, qh, disp_text("56530")), "html", "utf-8", "quoted-printable")],
                 "gmail"),
       D("56530", [], ACC, "'Prinyali 56530'; going tomorrow is a plan"),
       reply_to=disp_id("56530"))

d = dt(17, 18, 0)
rows = [("1", "ряд 1, места 1–20", "выполнено", "16.11, 15:30"),
        ("2", "ряд 2, места 21–40", "выполнено", "17.11, 11:40"),
        ("3", "ряд 3, места 41–60", "выполнено, бригада убыла", "17.11, 16:55"),
        ("4", "зона ожидания у весовой", "не выполнено – закончилась жёлтая краска, перенос на 19.11", "–")]
plain = ("Добрый вечер!\n\nОтчёт по заявке № 56255 (стоянка грузовых ТС, Белые Столбы) за 16–17.11:\n\n" +
         "\n".join("Поз. %s – %s – %s (%s)" % r for r in rows) + "\n\n" + OFFICE_SIG)
th = "".join('<td style="border:1px solid #999;padding:3px 6px">%s</td>' % x
             for x in ("Поз.", "Участок", "Статус", "Время"))
tr = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:3px 6px">%s</td>' % html.escape(x)
                                      for x in r) for r in rows)
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body lang="RU">'
     '<p class="MsoNormal">Добрый вечер!</p><p class="MsoNormal">Отчёт по заявке № 56255 (стоянка грузовых ТС, '
     'Белые Столбы) за 16–17.11:</p><table style="border-collapse:collapse"><tr style="background:#DDEBF7">' + th +
     "</tr>" + tr + "</table><p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">" +
     "<br>".join(html.escape(l) for l in OFFICE_SIG.split("\n")) + "</p></body></html>")
letter("office", d, "Отчёт по заявке 56255 за 16-17.11",
       multipart("alternative", [tpart(plain, "plain", "windows-1251", "quoted-printable"),
                                 html_part(h, "windows-1251", "quoted-printable")], "outlook"),
       D("56255", ["1", "2", "3"], LEFT, "HTML table, a row per position: 1-3 done, 4 postponed (plan)"))

# ---- 56309 / 56530 -------------------------------------------------------------
d = dt(18, 7, 55)
t = "vyehali, cherez 30 min budem"
prev = "ok prinyato. sdelaem na sleduyushey nedele, tochno skaju"
qh = gmail_quote_hdr(dt(12, 9, 0, 0), "Ulugbek Karimov <ulugbek.razmetka@gmail.com>")
letter("ulugbek", d, "Re: " + disp_subject("56309") + ", выезд со склада",
       multipart("alternative", [tpart(t + "\n\n" + qh + "\n\n" + q(prev), "plain", "utf-8", "quoted-printable"),
                                 tpart(gmail_html(t, qh, prev), "html", "utf-8", "quoted-printable")], "gmail"),
       D("56309", [], WAY, "number only in the old Re: subject; 'vyehali, cherez 30 min budem'"),
       reply_to=disp_id("56309"))

d = dt(18, 10, 10)
t = "Стоп-линия 2 шт и стрелки 4 шт нанесли, высохло. Бригада освободилась, едем на следующий объект."
letter("ulugbek", d, "56309",
       multipart("alternative", [tpart(t, "plain", "utf-8", "base64"),
                                 tpart(gmail_html(t), "html", "utf-8", "base64")], "gmail"),
       D("56309", [], LEFT, "result wording 'нанесли ... бригада освободилась'; 'едем на следующий объект' is another site"))

d = dt(18, 11, 30)
t = "Razvorotnaya ploshadka. Na meste, nachali razmetku 11:25"
letter("ulugbek", d, "56530",
       multipart("alternative", [tpart(t, "plain", "utf-8", "7bit"),
                                 tpart(gmail_html(t), "html", "utf-8", "7bit")], "gmail"),
       D("56530", [], ON, "'Na meste, nachali'"))

d = dt(18, 12, 0)
t = "56309 п.2 стрелка тоже готово сделали\n\nОтправлено с iPhone"
letter("owner_ios", d, "56309 п.2", tpart(t, cte="quoted-printable"),
       R("request 56309 has only position 1; position 2 does not exist"))

d = dt(19, 7, 40)
t = "56 225 выезжаем на весовая, желтый краска привезли"
letter("rustam", d, "56 225", tpart(t, cs="koi8-r", cte="8bit"),
       R("56225 is not in the registry (probably 56255 mistyped) - cannot record"))

d = dt(19, 9, 5)
orig = "razvorot gotovo vse. vyehali s obekta 14:20. Olga dispetcheru pereshli pojaluysta"
new = ("Анна, доброе утро!\n\nПересылаю от Улугбека вчерашнее: разворотная площадка по заявке 56530 выполнена "
       "полностью, бригада выехала с объекта в 14:20.\n\n-- \nОльга Ким, РазметкаСтрой\n+7 (495) 741-22-68")
fw = ("-------- Пересылаемое сообщение --------\n18.11.2026, 14:25, \"Ulugbek Karimov\" <ulugbek.razmetka@gmail.com>:\n"
      "\n" + orig + "\n-------- Конец пересылаемого сообщения --------")
h = ("<div>%s</div><div>&nbsp;</div><div>-------- Пересылаемое сообщение --------</div>"
     "<div>18.11.2026, 14:25, &quot;Ulugbek Karimov&quot; &lt;ulugbek.razmetka@gmail.com&gt;:</div><div>&nbsp;</div>"
     "<div>%s</div><div>-------- Конец пересылаемого сообщения --------</div>"
     % ("<br>".join(html.escape(l) for l in new.split("\n")), html.escape(orig)))
letter("office_web", d, "Fwd: 56530", tpart(h, "html", "utf-8", "base64"),
       D("56530", [], LEFT, "HTML-only Yandex forward; 'выехала с объекта' (from the site) = left"))

d = dt(19, 11, 0)
t = ("Здраствуйте. 56618 принимаем. Желтый краска АК-511 есть, надпись «ПОЖАРНЫЙ ПРОЕЗД» трафарет заказал. "
     "Выход понедельник 23.\n\nОтправлено с iPhone\n\n" + ios_quote_hdr(reg_dt("56618")) + "\n\n" +
     q(disp_text("56618")))
letter("owner_ios", d, "Re: " + disp_subject("56618") + ", ТЦ Каширское", tpart(t, cte="quoted-printable"),
       D("56618", [], ACC, "'принимаем'; paint model and date are noise/plan"), reply_to=disp_id("56618"))

# bounce -----------------------------------------------------------------------
d = dt(19, 11, 22)
bt = ("This is the mail system at host mx.razmetka-stroy.ru.\n\nI'm sorry to have to inform you that your message "
      "could not\nbe delivered to one or more recipients. It's attached below.\n\n"
      "                   The mail system\n\n<farhod@razmetka-stroy.ru>: host mx.razmetka-stroy.ru[local] said:\n"
      "    550 5.1.1 <farhod@razmetka-stroy.ru>: Recipient address rejected: User\n    unknown in virtual mailbox table")
b1 = Message()
b1["Reporting-MTA"] = "dns; mx.razmetka-stroy.ru"
b1["X-Postfix-Queue-ID"] = "4Lk9Yq3ZtWz9sX"
b1["Arrival-Date"] = format_datetime(dt(19, 11, 21, 58))
b2 = Message()
b2["Final-Recipient"] = "rfc822; farhod@razmetka-stroy.ru"
b2["Action"] = "failed"
b2["Status"] = "5.1.1"
b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <farhod@razmetka-stroy.ru>: Recipient address rejected: User unknown"
ds = Message()
ds["Content-Type"] = "message/delivery-status"
ds["Content-Description"] = "Delivery report"
ds.set_payload([b1, b2])
oh = Message()
oh["Content-Type"] = "text/rfc822-headers"
oh["Content-Description"] = "Undelivered Message Headers"
oh.set_payload("From: =?utf-8?b?%s?= <dispatch@zakazchik-omis.ru>\nTo: farhod@razmetka-stroy.ru\n"
               "Subject: =?utf-8?b?%s?=\nDate: %s\nMessage-ID: %s\n"
               % (base64.b64encode("Диспетчерская ОМИС".encode()).decode(),
                  base64.b64encode((disp_subject("56618") + " - пропуск").encode()).decode(),
                  format_datetime(dt(19, 11, 21, 50)), disp_id("56618-pass")))
letter(("Mail Delivery System", "MAILER-DAEMON@razmetka-stroy.ru", "us-ascii", []), d,
       "Undelivered Mail Returned to Sender",
       multipart("report", [tpart(bt, "plain", "us-ascii", "7bit"), ds, oh], "tb", '; report-type=delivery-status'),
       I("bounce: dispatcher's letter about 56618 to a non-existent address"),
       extra=[("Auto-Submitted", "auto-replied")])

d = dt(19, 16, 20)
t = "весовая зона ожидания сделали желтый, всё. уехали 16:10\nРустам"
letter("rustam", d, "56255-4", tpart(t, cs="koi8-r", cte="8bit"),
       D("56255", ["4"], LEFT, "position after a dash in the subject; done and left"))

# ---- 56412 execution -----------------------------------------------------------------
d = dt(20, 8, 20)
t = ("мы приехать бизнес центр набережная, охрана говорит машина где ставить не знает. кто отвечает? телефон дайте"
     + MAILRU_SIG)
letter("farhod", d, "объект", tpart(t, cte="base64"),
       R("no request number at all (only 'бизнес центр набережная'); also a question"))

d = dt(20, 9, 0)
t = lat("приехали, п1 бордюр центральный вход начинать. администратор пустил, машина во двор поставили", 0.2)
letter("farhod", d, "56 412", tpart(t + MAILRU_SIG, cte="base64"),
       D("56412", ["1"], ON, "number with a space; 'приехали, п1 ... начинать'"))

d = dt(20, 9, 40)
new = ("Добрый день!\n\nПриняли, выход бригады на покраску ИДН планируем на 25.11 (среда). По ИДН у въезда "
       "посмотрим на месте – покрытие, похоже, разрушено.\n\n" + OFFICE_SIG)
dq = disp_text("56702")
qb = outlook_block(reg_dt("56702"), DISP_FULL, "office@razmetka-stroy.ru", "Складочная, ИДН")
letter("office", d, "RE: Складочная, ИДН",
       multipart("alternative", [tpart(new + "\n\n" + qb + "\n" + dq, "plain", "windows-1251", "quoted-printable"),
                                 html_part(outlook_html(new, qb + "\n" + dq), "windows-1251", "quoted-printable")],
                 "outlook"),
       D("56702", [], ACC, "request number only in the quoted dispatcher text of the Outlook reply; 'Приняли'"),
       reply_to=disp_id("56702"))

d = dt(20, 11, 0)
t = ("Анна здраствуйте. По 56255 акт выполненых работ № 44 от 19.11 и счет № 331 на 186 400 руб отправил "
     "бухгалтерия. Предоплата 30% пришла, спасибо. Остаток когда будет? Договор 27/26-Р\n\nОтправлено с iPhone")
letter("owner_ios", d, "56255 оплата", tpart(t, cte="quoted-printable"),
       R("money talk: act/invoice/payment question"))

d = dt(20, 12, 0)
bulk_html = ("<html><body style=\"font-family:Arial\"><h2>Зимнее предложение от «РазметкаСтрой»</h2>"
             "<p>Скидка 10% на разметку подземных паркингов до 31 декабря 2026 года!</p>"
             "<p>Холодный пластик, термопластик, краска АК-511. Выезд замерщика бесплатно.</p>"
             "<p>Звоните: +7 (495) 741-22-68</p><p style=\"font-size:10px;color:#888\">Вы получили это письмо, "
             "потому что являетесь клиентом ИП Турсунов Б.Р. "
             "<a href=\"https://razmetka-stroy.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\">Отписаться</a></p>"
             "</body></html>")
letter(("РазметкаСтрой", "news@razmetka-stroy.ru", "utf-8", [("X-Mailer", "Sendsay")]), d,
       "РазметкаСтрой: скидка 10% на разметку паркингов до конца года",
       tpart(bulk_html, "html", "utf-8", "base64"),
       I("marketing newsletter (bulk)"),
       extra=[("Precedence", "bulk"), ("List-Id", "<news.razmetka-stroy.ru>"),
              ("List-Unsubscribe", "<https://razmetka-stroy.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

d = dt(20, 17, 30)
orig = "Ольга опа. п1 п2 бордур покрасить все, мы уехать 16 40. п3 холодно потом"
new = ("Анна, добрый вечер.\n\nПереписала сообщение Фархода, он пишет с телефона:\nпо заявке № 56412 бордюры у "
       "центрального входа (позиция 1) и вдоль парковки (позиция 2) покрашены, бригада уехала с объекта в 16:40. "
       "Разметку гостевой парковки (позиция 3) сделают, когда будет не ниже +5 °C, ориентировочно 26.11.\n\nОльга")
qb = outlook_block(dt(20, 16, 45, 0), "Фарход <farhod1987@mail.ru>", "Ольга Ким", "56412")
letter("office", d, "FW: 56412",
       multipart("alternative", [tpart(new + "\n\n" + qb + "\n" + orig, "plain", "windows-1251", "quoted-printable"),
                                 html_part(outlook_html(new, qb + "\n" + orig), "windows-1251", "quoted-printable")],
                 "outlook"),
       D("56412", ["1", "2"], LEFT, "office rewrites the crew lead's message: positions 1 and 2 done, crew left; 3 is a plan"))

# office out-of-office ------------------------------------------------------------
d = dt(21, 10, 2)
t = ("Здравствуйте!\n\nЯ нахожусь вне офиса до понедельника 23.11.2026 и отвечу на ваше письмо после возвращения.\n"
     "По срочным вопросам: Бахтиёр Турсунов, +7 916 203-45-17.\n\nОльга Ким")
letter("office", d, "Автоматический ответ: RE: Складочная, ИДН (заявка 56702)",
       tpart(t, "plain", "windows-1251", "quoted-printable"),
       I("Outlook out-of-office auto-reply; contains a request number in subject"),
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
       reply_to=disp_id("56702-q"))

# ---- 23 November: two crews -------------------------------------------------------
d = dt(23, 7, 45)
t = "Поехали на 56477 Кожуховский, поз.1 (карта у ворот). Асфальт забрали с завода 7:20. Каток своим ходом едет."
letter("rustam", d, "поехали на 56477", tpart(t, cs="koi8-r", cte="8bit"),
       D("56477", ["1"], WAY, "'поехали на 56477' = towards the site; 'ворот № 1' not used, 'поз.1' is"))

d = dt(23, 8, 10)
t = "Пожарный проезд щас едем, 20 минут. 3 человек" + MAILRU_SIG
letter("farhod", d, "56618", tpart(t, cte="base64"),
       D("56618", [], WAY, "'щас едем, 20 минут'"))

d = dt(23, 8, 30)
t = ("Анна доброе утро. Сегодня 2 бригады: Рустам на 56477 выехал, Фарход 56618 уже подъезжает. "
     "Вечером отчет сделаем\n\nОтправлено с iPhone")
letter("owner_ios", d, "сегодня", tpart(t, cte="quoted-printable"),
       R("two different requests (56477 and 56618) in one letter"))

d = dt(23, 8, 40)
t = lat("MЫ ПРИЕХАТЬ ОБЪЕКТ. п1 и п2 работаем, жёлтый линия", 0.3)
prev = "Пожарный проезд щас едем, 20 минут. 3 человек"
letter("farhod", d, "Re: 56618",
       tpart(t + "\n\n" + mailru_quote_hdr(dt(23, 8, 10, 0), "Фарход <farhod1987@mail.ru>") + "\n" + q(prev, ">") +
             MAILRU_SIG, cte="base64"),
       D("56618", ["1", "2"], ON, "caps with Latin look-alikes 'MЫ ПРИЕХАТЬ ОБЪЕКТ'; п1 and п2"))

d = dt(23, 11, 30)
t = ("Здравствуйте. 56815 принял. Паркинг теплый, +12, можно работать. Выход 26.11 после Кожуховский.\nРустам\n\n" +
     tb_quote_hdr(reg_dt("56815")) + "\n" + q(disp_text("56815"), ">"))
letter("rustam", d, "Re: " + disp_subject("56815"), tpart(t, cs="koi8-r", cte="quoted-printable"),
       D("56815", [], ACC, "'56815 принял'; '-1/-2' levels in quote are noise"), reply_to=disp_id("56815"))

d = dt(23, 13, 10)
t = "п1 фасад готово, п2 тыльный сторона еще красим, 2 часа" + MAILRU_SIG
letter("farhod", d, "56618 п1", tpart(t, cte="base64"),
       R("different statuses: position 1 finished, position 2 still being painted (on site)"))

d = dt(23, 15, 20)
t = ("56477 пoз 1 у вopoт зaкoнчили, кaтoк пpoшел. Пoз 2 у склaдa ГCM зaвтpa утpoм, acфaльт зaкaзaл\n\n" +
     tb_quote_hdr(dt(23, 7, 45, 0), "Рустам Назаров") + "\n" +
     q("Поехали на 56477 Кожуховский, поз.1 (карта у ворот). Асфальт забрали с завода 7:20. Каток своим ходом едет.",
       ">"))
letter("rustam", d, "Re: поехали на 56477", tpart(t, cs="koi8-r", cte="8bit"),
       D("56477", ["1"], LEFT, "many Latin look-alike letters; position 1 finished, position 2 planned for tomorrow"))

d = dt(23, 16, 0)
t = "56620 работа закончить пожарный проезд, бригада уехать\n\nОтправлено с iPhone"
letter("owner_ios", d, "56620", tpart(t, cte="quoted-printable"),
       R("56620 is not in the registry (probably 56618) - cannot record"))

d = dt(23, 17, 30)
t = "п2 тоже закончить. уехали 16:10. фото" + MAILRU_SIG
prev = "п1 фасад готово, п2 тыльный сторона еще красим, 2 часа"
letter("farhod", d, "Re: 56618 п1",
       multipart("mixed", [tpart(t + "\n\n" + mailru_quote_hdr(dt(23, 13, 10, 0), "Фарход <farhod1987@mail.ru>") +
                                 "\n" + q(prev, ">"), cte="base64"),
                           photo("IMG_20261123_161204.jpg")], "mailru"),
       D("56618", ["2"], LEFT, "body names п2 finished and left; old 'п1' in Re: subject is quoted history"))

# office forwards Rustam's letter as an attachment --------------------------------
inner = Message()
inner["From"] = formataddr(("Рустам Назаров", "rustam@razmetka-stroy.ru"), charset="koi8-r")
inner["To"] = formataddr(("Ольга Ким", "office@razmetka-stroy.ru"), charset="koi8-r")
inner["Subject"] = enc_header("56477 поз 2", "koi8-r")
inner["Date"] = format_datetime(dt(24, 12, 20, 11))
inner["Message-ID"] = msgid("razmetka-stroy.ru")
inner["MIME-Version"] = "1.0"
inner["Content-Type"] = 'text/plain; charset="koi8-r"'
inner["Content-Transfer-Encoding"] = "8bit"
inner.set_payload(encode_payload(
    "Ольга, диспетчеру передай. 56477 поз2 склад ГСМ асфальт положили 8 м2, каток прошел, уехали 12:15. "
    "Заявка вся готово.\nРустам".encode("koi8-r"), "8bit"))
fwd = Message()
fwd["Content-Type"] = 'message/rfc822; name="=?windows-1251?B?%s?="' % base64.b64encode(
    "56477 поз 2.eml".encode("windows-1251")).decode()
fwd["Content-Disposition"] = 'attachment; filename="=?windows-1251?B?%s?="' % base64.b64encode(
    "56477 поз 2.eml".encode("windows-1251")).decode()
fwd.set_payload([inner])
d = dt(24, 12, 40)
new = ("Анна, добрый день!\n\nПересылаю письмо Рустама по заявке 56477 (во вложении): по второй позиции "
       "(склад ГСМ) асфальт уложен, бригада уехала в 12:15.\n\nОльга")
letter("office", d, "Fw: 56477 поз 2",
       multipart("mixed", [multipart("alternative", [tpart(new, "plain", "windows-1251", "quoted-printable"),
                                                     html_part(outlook_html(new), "windows-1251", "quoted-printable")],
                                     "outlook"), fwd], "outlook"),
       D("56477", ["2"], LEFT, "forward as message/rfc822 attachment (koi8-r inside); 'по второй позиции', crew left"))

# calendar reply ---------------------------------------------------------------------
d = dt(24, 9, 0)
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Ким:mailto:office@razmetka-stroy.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Обследование ИДН\\, заявка 56702\r\n"
       "DTSTART;TZID=Russian Standard Time:20261124T140000\r\nDTEND;TZID=Russian Standard Time:20261124T150000\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000%s\r\nDTSTAMP:20261124T060000Z\r\nSEQUENCE:0\r\n"
       "LOCATION;LANGUAGE=ru-RU:Складочная 1 стр. 5\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % hexid(16).upper())
letter("office", d, "Принято: Обследование ИДН, заявка 56702",
       multipart("alternative", [tpart("", "plain", "utf-8", "base64"),
                                 tpart(ics, "calendar", "utf-8", "base64", '; method=REPLY')], "outlook"),
       I("calendar meeting response generated by Outlook"), subj_cs="utf-8",
       extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA=")])

# ---- 56702 ---------------------------------------------------------------------------
d = dt(25, 8, 0)
t = "edem Skladochnaya IDN 2 i 3, cherez 40 min budem"
letter("ulugbek", d, "56702 (2,3)",
       multipart("alternative", [tpart(t, "plain", "utf-8", "7bit"),
                                 tpart(gmail_html(t), "html", "utf-8", "7bit")], "gmail"),
       D("56702", ["2", "3"], WAY, "positions in brackets in subject '(2,3)'; 'edem ... cherez 40 min'"))

d = dt(25, 13, 50)
t = ("ИДН у корп 3 и у корп 5 (поз 2, 3) покрасили желтый-черный, уехали. ИДН 1 у въезда асфальт разбит, "
     "красить нельзя, сначала ремонт нада. Бахтиёр ака позвонит")
prev = "edem Skladochnaya IDN 2 i 3, cherez 40 min budem"
qh = gmail_quote_hdr(dt(25, 8, 0, 0), "Ulugbek Karimov <ulugbek.razmetka@gmail.com>")
letter("ulugbek", d, "Re: 56702 (2,3)",
       multipart("alternative", [tpart(t + "\n\n" + qh + "\n\n" + q(prev), "plain", "utf-8", "base64"),
                                 tpart(gmail_html(t, qh, prev), "html", "utf-8", "base64")], "gmail"),
       D("56702", ["2", "3"], LEFT, "positions 2,3 painted and left; position 1 not done (no status); 'корп 3/5' are buildings"))

d = dt(25, 14, 30)
t = ("Здравствуйте!\nЭто автоматический ответ. Я на объекте, почту читаю вечером.\n"
     "Срочно — звоните +7 901 775-31-48.\nФарход")
letter("farhod", d, "Автоответ: Re: 56618 п1", tpart(t, cte="base64"),
       I("Mail.ru auto-responder ('я на объекте' is canned text)"),
       extra=[("Auto-Submitted", "auto-replied"), ("X-Mailru-Autoreply", "1")], reply_to=disp_id("56618-photo"))

d = dt(26, 8, 15)
t = "Еще не выехали, газель сломался (стартер). Ремонт час-два, будем после обед.\nРустам"
letter("rustam", d, "56815", tpart(t, cs="koi8-r", cte="8bit"),
       R("negation: 'еще не выехали', only a plan for the afternoon"))

d = dt(26, 8, 30)
t = ("Анна здраствуйте. ИДН поз 1 у въезда асфальт разбит 2 места, сначала ремонт надо потом покраска. "
     "Смета 18 500 руб отдельно, по 56702. Согласуете? Тогда сделаем вместе.\n\nОтправлено с iPhone")
letter("owner_ios", d, "56702 поз 1 смета", tpart(t, cte="quoted-printable"),
       R("price/estimate question for position 1; nothing reported"))

d = dt(26, 14, 5)
t = ("Приехали паркинг, уровень -1 (поз.1) начали. Потом -2.\n\n" + tb_quote_hdr(dt(26, 8, 15, 0), "Рустам Назаров") +
     "\n" + q("Еще не выехали, газель сломался (стартер). Ремонт час-два, будем после обед.\nРустам", ">"))
letter("rustam", d, "Re: 56815", tpart(t, cs="koi8-r", cte="8bit"),
       D("56815", ["1"], ON, "'Приехали ... (поз.1) начали'; quoted negation is history; '-1' is the level"))

d = dt(26, 15, 10)
t = lat("сегодня +6, п3 гостевой парковка разметку сделали, 12 мест. мы уехали 15 00.", 0.15) + " foto potom"
letter("farhod", d, "56412 п3", tpart(mailru_html(t), "html", "utf-8", "base64"),
       D("56412", ["3"], LEFT, "HTML-only; position 3 done, time written '15 00'"))

d = dt(27, 15, 0)
new = ("Добрый день!\n\nСообщаем по заявке № 56815 (подземный паркинг БЦ «Новоданиловский»):\n"
       "– позиция 1 (уровень -1): прибытие 26.11 в 13:50, завершение 26.11 в 21:30;\n"
       "– позиция 2 (уровень -2): завершение работ 27.11 в 14:10.\n"
       "Бригада убыла с объекта в 14:30. Акт КС-2 направим после подписания у администратора БЦ.\n\n" + OFFICE_SIG)
letter("office", d, "Заявка 56815 – завершение работ",
       multipart("alternative", [tpart(new, "plain", "windows-1251", "quoted-printable"),
                                 html_part(outlook_html(new), "windows-1251", "quoted-printable")], "outlook"),
       D("56815", ["1", "2"], LEFT, "nouns with times (прибытие/завершение/убыла); latest event for both positions is departure"))

d = dt(24, 10, 15)
t = ("Здравствуйте, Анна.\n\nПо 56815 паркинг вопрос по краска. Пол бетон с пропиткой, старый разметка "
     "эпоксидный был, АК-511 на нем держаться плохо будет, через месяц машины сотрут. Предлагаю эпоксидная "
     "ЭП-5155, дороже примерно на 12%. Цвет белый и желтый как старый оставляем?\nОтвет дайте до среды, "
     "краска заказать надо.\n\n" + BAT_SIG)
letter("owner_bat", d, "56815 краска вопрос", tpart(t, cs="windows-1251", cte="8bit"),
       R("question about paint type/colour and price; nothing reported"))

# ==========================================================================
# Output
# ==========================================================================

def main():
    os.makedirs(LETTERS, exist_ok=True)
    for f in os.listdir(LETTERS):
        if f.endswith(".eml"):
            os.remove(os.path.join(LETTERS, f))
    LETTERS_OUT.sort(key=lambda x: x[0])
    labels = {}
    pol = compat32.clone(linesep="\r\n")
    for i, (date, msg, label) in enumerate(LETTERS_OUT, 1):
        name = "%03d.eml" % i
        with open(os.path.join(LETTERS, name), "wb") as fp:
            BytesGenerator(fp, mangle_from_=False, policy=pol).flatten(msg)
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    reg = {"contractor": {"name": "ИП Турсунов Бахтиёр Рахимович («РазметкаСтрой»)",
                          "emails": sorted(USED_FROM), "domains": [DOMAIN]},
           "requests": [{"number": n, "positions": [p for p, _ in r["pos"]],
                         "registered_at": reg_dt(n).isoformat(),
                         "comment": "%s; %s; позиции: %s" % (r["work"], r["obj"],
                                                              "; ".join("%s – %s" % x for x in r["pos"]))}
                        for n, r in REQ.items()]}
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fp:
        json.dump(reg, fp, ensure_ascii=False, indent=1)
    print("letters:", len(LETTERS_OUT))


if __name__ == "__main__":
    main()
