# -*- coding: utf-8 -*-
"""Generator of test letters for persona: ИП Кондратьев В.П., Тверь (handyman).

Run:  python3 make.py      -> writes registry.json, labels.json, letters/NNN.eml
Only the standard library `email` package is used to build messages.
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
import shutil
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
TZ = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = "dispatch@zakazchik-omis.ru"

VP = ("Кондратьев В.П.", "kondratiev.vp@mail.ru")
VP2 = ("Валерий Кондратьев", "kondratiev.vp@mail.ru")
VP0 = ("", "kondratiev.vp@mail.ru")
GM = ("Галина Кондратьева", "g.kondratieva@mail.ru")
AR = ("Артём Кондратьев", "artem.kondr2008@gmail.com")

# ---------------------------------------------------------------- registry
REQUESTS = [
    ("310017", ["1", "2"], "11-02 08:00",
     "ЦБС, библиотека им. Горького: п.1 замена замка входной двери, п.2 регулировка окон читального зала"),
    ("310032", ["1", "2", "3"], "11-03 10:00",
     "Администрация Заволжского района: п.1 дверь каб.12, п.2 дверь каб.14, п.3 доводчик входной двери"),
    ("310058", ["1"], "11-05 11:30",
     "Детская библиотека №5: крепление стеллажей абонемента к стене"),
    ("310104", ["1", "2", "3", "4"], "11-06 08:40",
     "МФЦ (Московский р-н): регулировка/ремонт окон ПВХ, каб.101, 104, 108, 110"),
    ("310146", ["1", "2"], "11-09 09:00",
     "Отдел ЗАГС: п.1 замена замка двери архива, п.2 ремонт дверцы шкафа"),
    ("310233", ["1", "2", "3"], "11-10 13:20",
     "Библиотека-филиал №12: п.1 входная дверь, п.2 окно, п.3 полки абонемента"),
    ("310271", ["1"], "11-12 10:10",
     "Управление образования: замена замка каб.21"),
    ("310305", ["1", "2"], "11-13 09:30",
     "Городской архив: п.1 дверь хранилища, п.2 стеллаж читального зала (режимный объект, пропуск)"),
    ("310388", ["1", "2", "3", "4"], "11-16 08:30",
     "Библиотека №31 (пос. Химинститута): п.1 дверь абонемента, п.2 замок служебного входа, п.3 шкафы, п.4 полки"),
    ("310412", ["1", "2"], "11-18 14:00",
     "Комитет по делам культуры: п.1 дверь каб. председателя, п.2 сборка шкафа для документов"),
    ("310517", ["1", "2", "3"], "11-20 09:00",
     "Центральная городская библиотека им. Герцена: п.1 двери, п.2 жалюзи, п.3 столы читального зала"),
    ("310640", ["1"], "11-23 11:00",
     "Управа Пролетарского района: замок каб. главы, ручка входной двери"),
    ("310763", ["1", "2"], "11-25 10:30",
     "ТО соцзащиты: п.1 двери и замки кабинетов, п.2 сборка мебели в кабинете приёма"),
]


def D(s):
    """'11-03 08:55' -> aware datetime in Nov 2026, +0300."""
    md, hm = s.split()
    m, d = md.split("-")
    h, mi = hm.split(":")
    return datetime.datetime(2026, int(m), int(d), int(h), int(mi), 0, tzinfo=TZ)


# ---------------------------------------------------------------- quotes
Q1032_OE = """
----- Original Message ----- 
From: "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>
To: <kondratiev.vp@mail.ru>
Sent: Friday, March 14, 2025 9:41 AM
Subject: Fw: заявка 1032


> Валерий Петрович, добрый день.
> Пересылаем заявку 1032 (Библиотека №3, ул. Коминтерна, 67 - не закрывается
> дверь в абонемент). Просьба подтвердить принятие заявки и сообщить дату
> выезда.
>
> Диспетчерская служба ОМИС
> Соколова Наталья Андреевна
> тел. (4822) 35-00-12
"""

Q1032_RU = """
----- Исходное сообщение ----- 
От: "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>
Кому: <kondratiev.vp@mail.ru>
Отправлено: 14 марта 2025 г. 9:41
Тема: Fw: заявка 1032

> Валерий Петрович, добрый день.
> Пересылаем заявку 1032 (Библиотека №3, ул. Коминтерна, 67 - не закрывается
> дверь в абонемент). Просьба подтвердить принятие заявки и сообщить дату
> выезда.
"""

Q1032_DEEP = """
----- Original Message ----- 
From: "Кондратьев В.П." <kondratiev.vp@mail.ru>
To: "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>
Sent: Monday, March 17, 2025 4:12 PM
Subject: Re: Re: Fw: заявка 1032


> 1032 вып. уб. 16.00 дверь закрывается
> Кондратьев
>
>> Валерий Петрович, подтвердите, пожалуйста, выезд по заявке 1032.
>> Диспетчер Соколова Н.А.
"""


def oe_quote(frm_name, frm_addr, when, subj, lines, to="kondratiev.vp@mail.ru"):
    body = "\n".join(("> " + l) if l else ">" for l in lines.strip("\n").split("\n"))
    return ("\n----- Original Message ----- \nFrom: \"%s\" <%s>\nTo: <%s>\nSent: %s\nSubject: %s\n\n\n%s\n"
            % (frm_name, frm_addr, to, when, subj, body))


# ---------------------------------------------------------------- builders
_counter = [0]


def mid(client, date):
    _counter[0] += 1
    h = hashlib.md5(("%d-%s-%s" % (_counter[0], client, date.isoformat())).encode()).hexdigest()
    if client in ("oe", "oe-koi"):
        return "<%s01dd%s$%s$6401a8c0@KONDRATIEV>" % (h[:4], h[4:8], h[8:16])
    if client == "mailru":
        return "<%d.%s@f%d.i.mail.ru>" % (int(date.timestamp()), h[:9], 300 + int(h[9:11], 16))
    if client == "gmail":
        return "<CAK%s%s@mail.gmail.com>" % (h[:20], base64.b32encode(bytes.fromhex(h[20:30])).decode()[:12].lower())
    if client == "bat":
        return "<%s.%s@mail.ru>" % (h[:6].upper(), h[6:14])
    if client == "outlook":
        return "<%s@DESKTOP-ARTEM>" % h.upper()[:28]
    return "<%s@mail.ru>" % h


def boundary(client, date):
    h = hashlib.md5(("b%d%s%s" % (_counter[0], client, date.isoformat())).encode()).hexdigest()
    if client.startswith("oe") or client == "bat":
        return "----=_NextPart_000_%s_01DD%s.%s" % (h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    if client == "mailru":
        return "--ALT--%s%d" % (h[:8], int(date.timestamp()))
    if client == "gmail":
        return "000000000000%s" % h[:12]
    return "_000_%s_" % h[:20].upper()


def encode_body(raw: bytes, cte: str) -> str:
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_part(text, subtype, cs, cte):
    """cs: real python codec name + how to declare it.
    'windows-1251' / 'koi8-r' / 'utf-8' -> correct;
    'utf8_as_1251' -> UTF-8 bytes declared windows-1251;
    'utf8_nocs' -> UTF-8 bytes, no charset parameter."""
    p = Message()
    if cs == "utf8_as_1251":
        raw, decl = text.encode("utf-8"), "windows-1251"
    elif cs == "utf8_nocs":
        raw, decl = text.encode("utf-8"), None
    else:
        if cs == "koi8-r":
            text = text.replace("№", "N")  # no such sign in KOI8-R; the old client writes N
        raw, decl = text.encode(cs), cs
    raw = raw.replace(b"\n", b"\r\n") if cte != "8bit" else raw
    if decl:
        p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, decl)
    else:
        p["Content-Type"] = "text/%s" % subtype
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(encode_body(raw, cte))
    return p


def oe_html(text, cs):
    decl = {"utf8_as_1251": "windows-1251", "utf8_nocs": "windows-1251"}.get(cs, cs)
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">', "<HTML><HEAD>",
           '<META http-equiv=Content-Type content="text/html; charset=%s">' % decl,
           '<META content="MSHTML 6.00.2900.6058" name=GENERATOR>', "<STYLE></STYLE>",
           "</HEAD>", "<BODY bgColor=#ffffff>"]
    inq = False
    for line in text.split("\n"):
        if line.startswith("----- ") and not inq:
            out.append('<BLOCKQUOTE dir=ltr style="PADDING-RIGHT: 0px; PADDING-LEFT: 5px; MARGIN-LEFT: 5px; '
                       'BORDER-LEFT: #000000 2px solid; MARGIN-RIGHT: 0px">')
            inq = True
        if inq and line.startswith(">"):
            line = line.lstrip("> ")
        if line.strip():
            out.append("<DIV><FONT face=Arial size=2>%s</FONT></DIV>" % html.escape(line))
        else:
            out.append("<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>")
    if inq:
        out.append("</BLOCKQUOTE>")
    out.append("</BODY></HTML>")
    return "\n".join(out)


def simple_html(text):
    parts = []
    for line in text.split("\n"):
        parts.append("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>"))
    return "<html><body>%s</body></html>" % "".join(parts)


CLIENT_HEADERS = {
    "oe": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "oe-koi": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
               ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1106"),
               ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1106")],
    "mailru": [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[95.31.17.204]")],
    "gmail": [],
    "bat": [("X-Mailer", "The Bat! (v4.0.24) Home")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
}

LETTERS = []


def letter(date, frm, subj, text, label, client="oe", cs="windows-1251", cte="8bit",
           alt=False, html_only=None, to=DISPATCH, irt=None, hcs=None, extra=()):
    LETTERS.append(dict(date=D(date), frm=frm, subj=subj, text=text, label=label, client=client,
                        cs=cs, cte=cte, alt=alt, html_only=html_only, to=to, irt=irt, hcs=hcs,
                        extra=extra))


def hdr_charset(L):
    if L["hcs"]:
        return L["hcs"]
    if L["cs"] in ("windows-1251", "koi8-r", "utf-8"):
        return L["cs"]
    return "utf-8" if L["client"] in ("gmail", "mailru") else "windows-1251"


def build(L):
    hcs = hdr_charset(L)
    if hcs == "koi8-r":
        L = dict(L, subj=L["subj"].replace("№", "N"))
    if L["html_only"] is not None:
        msg = text_part(L["html_only"], "html", L["cs"], L["cte"])
    elif L["alt"]:
        msg = MIMEMultipart("alternative", boundary=boundary(L["client"], L["date"]))
        del msg["MIME-Version"]
        msg.preamble = "This is a multi-part message in MIME format."
        msg.attach(text_part(L["text"], "plain", L["cs"], L["cte"]))
        if L["client"].startswith("oe"):
            h = oe_html(L["text"], L["cs"])
            msg.attach(text_part(h, "html", L["cs"], "quoted-printable"))
        else:
            msg.attach(text_part(simple_html(L["text"]), "html", L["cs"], L["cte"]))
    else:
        msg = text_part(L["text"], "plain", L["cs"], L["cte"])
    top = Message()
    name, addr = L["frm"]
    top["From"] = formataddr((name, addr), charset=hcs) if name else addr
    top["To"] = L["to"]
    top["Subject"] = Header(L["subj"], hcs) if any(ord(c) > 127 for c in L["subj"]) else L["subj"]
    top["Date"] = format_datetime(L["date"])
    top["Message-ID"] = mid(L["client"], L["date"])
    if L["irt"]:
        top["In-Reply-To"] = L["irt"]
        top["References"] = L["irt"]
    top["MIME-Version"] = "1.0"
    for k, v in list(msg.items()):
        top[k] = v
    top.set_payload(msg._payload)
    if msg.preamble:
        top.preamble = msg.preamble
    for k, v in CLIENT_HEADERS[L["client"]]:
        top[k] = v
    for k, v in L["extra"]:
        top[k] = v
    return top


def write(msg, path):
    with open(path, "wb") as f:
        BytesGenerator(f, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(msg)


# ---------------------------------------------------------------- special letters
def mdn(date, subj, orig_mid, cs="windows-1251"):
    """Outlook Express read receipt."""
    m = MIMEMultipart("report", boundary=boundary("oe", D(date)), report_type="disposition-notification")
    del m["MIME-Version"]
    when = format_datetime(D(date))
    t = ("Это уведомление о прочтении сообщения, отправленного на адрес kondratiev.vp@mail.ru.\n\n"
         "Примечание. Это уведомление о прочтении означает только, что сообщение было отображено "
         "на компьютере получателя. Нет гарантии, что получатель прочел или понял содержимое сообщения.\n")
    m.attach(text_part(t, "plain", cs, "quoted-printable"))
    dn = Message()
    dn["Content-Type"] = "message/disposition-notification"
    dn.set_payload("Reporting-UA: KONDRATIEV; Microsoft Outlook Express 6.00.2900.5931\r\n"
                   "Final-Recipient: rfc822;kondratiev.vp@mail.ru\r\n"
                   "Original-Message-ID: %s\r\n"
                   "Disposition: manual-action/MDN-sent-manually; displayed\r\n" % orig_mid)
    m.attach(dn)
    top = Message()
    top["From"] = formataddr(VP, charset=cs)
    top["To"] = formataddr(("Диспетчерская ОМИС", DISPATCH), charset=cs)
    top["Subject"] = Header(subj.replace("№", "N") if cs == "koi8-r" else subj, cs)
    top["Date"] = when
    top["Message-ID"] = mid("oe", D(date))
    top["MIME-Version"] = "1.0"
    top["Content-Type"] = m["Content-Type"]
    top.set_payload(m._payload)
    top.preamble = "This is a multi-part message in MIME format."
    for k, v in CLIENT_HEADERS["oe"]:
        top[k] = v
    return top


def autoreply(date, subj, text):
    m = text_part(text, "plain", "utf-8", "base64")
    top = Message()
    top["From"] = formataddr(VP, charset="utf-8")
    top["To"] = DISPATCH
    top["Subject"] = Header(subj, "utf-8")
    top["Date"] = format_datetime(D(date))
    top["Message-ID"] = mid("mailru", D(date))
    top["Auto-Submitted"] = "auto-replied"
    top["X-Autoreply"] = "yes"
    top["Precedence"] = "auto_reply"
    top["MIME-Version"] = "1.0"
    for k, v in m.items():
        top[k] = v
    top.set_payload(m._payload)
    top["X-Mailer"] = "Mail.Ru Autoresponder"
    return top


def calendar_reply(date):
    text = "Кондратьев В.П. принял это приглашение.\n"
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=kondratiev.vp@mail.ru:mailto:kondratiev.vp@mail.ru\r\n"
           "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
           "DTSTART:20261127T110000Z\r\nDTEND:20261127T120000Z\r\n"
           "SUMMARY;LANGUAGE=ru-RU:Принято: Сверка актов выполненных работ за ноябрь\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000C0F1A2B3D44ADD01000000000000000010000000\r\n"
           "SEQUENCE:0\r\nDTSTAMP:20261124T070300Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    m = MIMEMultipart("alternative", boundary=boundary("outlook", D(date)))
    del m["MIME-Version"]
    m.attach(text_part(text, "plain", "utf-8", "quoted-printable"))
    c = text_part(ics, "calendar", "utf-8", "base64")
    c.set_param("method", "REPLY")
    m.attach(c)
    top = Message()
    top["From"] = formataddr(VP, charset="utf-8")
    top["To"] = formataddr(("Диспетчерская ОМИС", DISPATCH), charset="utf-8")
    top["Subject"] = Header("Принято: Сверка актов выполненных работ за ноябрь", "utf-8")
    top["Date"] = format_datetime(D(date))
    top["Message-ID"] = mid("outlook", D(date))
    top["MIME-Version"] = "1.0"
    top["Content-Type"] = m["Content-Type"]
    top.set_payload(m._payload)
    top["X-Mailer"] = "Microsoft Outlook 16.0"
    top["Content-Class"] = "urn:content-classes:calendarmessage"
    return top


SPECIAL = []  # (date, builder-callable, label)


# ================================================================ LETTERS
# ---- 310017 библиотека им. Горького ------------------------------------
SPECIAL.append(("11-02 08:01", lambda: autoreply(
    "11-02 08:01", "Автоответ: Заявка № 310017 от 02.11.2026 (библиотека им. Горького)",
    "Здравствуйте!\n\nЯ в отъезде до 1 ноября, на письма отвечу по возвращении.\n"
    "По срочным вопросам звоните 8-920-154-37-08.\n\nКондратьев В.П.\n\n"
    "--\nЭто письмо отправлено автоматически, отвечать на него не нужно.\n"),
    {"expect": "ignored", "note": "mail.ru autoresponder (Auto-Submitted: auto-replied), left on by mistake"}))

letter("11-02 10:42", VP, "Re: Re: Re: Fw: заявка 1032",
       "Здравствуйте. Заявку 310017 на Горького получил, принял, замок и окна посмотрю завтра с утра, "
       "сегодня целый день занят. Автоответ забыл снять извиняюсь, приехал от дочери ещё в пятницу.\n\n"
       "Кондратьев Валерий Петрович 8 920 154 37 08\n" + Q1032_OE,
       {"expect": "decided", "request": "310017", "positions": [], "status": "заявка принята",
        "note": "accepts 310017; quoted old 1032 thread is history"})

letter("11-03 08:55", VP, "Re: Re: Re: Fw: заявка 1032",
       "еду на Горького по 3 10 17 буду минут через 20 пробка на Староволжском мосту\n"
       "Кондратьев В.П. т.89201543708\n",
       {"expect": "decided", "request": "310017", "positions": [], "status": "подрядчик в пути",
        "note": "'3 10 17' = 310017 written with spaces; travelling now"},
       client="oe-koi", cs="koi8-r")

letter("11-03 09:24", VP, "Re: Re: Re: Fw: заявка 1032",
       "пр. 9.15 библ. им. Горького (310017) начинаю\n\nКондратьев\n",
       {"expect": "decided", "request": "310017", "positions": [], "status": "подрядчик на месте",
        "note": "'пр.' = прибыл (persona shorthand)"}, cte="quoted-printable")

letter("11-03 12:51", VP, "Re: Re: Re: Fw: заявка 1032",
       "310017 п.1 зам. замка вып. Поставил врезной Apecs 1023/60 (старый Меттэм заклинило, сердечник не "
       "выбить пришлось сверлить), ключи 5 шт отдал заведующей Ларисе Ивановне под роспись.\n"
       "Замок покупал сам в Леруа, чек № 0457 от 03.11.26 на 2 318 руб, чек сохраню приложу к акту. По окнам "
       "читального зала (п.2) завтра нужен уплотнитель сегодня куплю.\n"
       "Кондратьев Валерий Петрович тел 8-920-154-37-08\n" + Q1032_OE,
       {"expect": "decided", "request": "310017", "positions": ["1"], "status": "подрядчик убыл",
        "note": "'зам. замка вып.' pos 1 finished; pos 2 only planned for tomorrow; receipt/model numbers are noise"},
       alt=True, cte="quoted-printable")

letter("11-04 08:58", VP, "Re: Re: Re: Fw: заявка 1032",
       "Горького опять 310017 (2) пр. 8.50 окна\nВ.П.\n",
       {"expect": "decided", "request": "310017", "positions": ["2"], "status": "подрядчик на месте",
        "note": "position 2 in brackets after the number; пр. = arrived"})

letter("11-04 15:41", VP, "Re: Re: Re: Fw: заявка 1032",
       "Добрый день\n310.017 поз 2 окна в читальном зале отрегулировал все 4, уплотнитель поменял на двух, петли "
       "смазал дуть должно меньше. Уб. 15.30\nуплотнитель чек 11873 , 640р\nВ.П. Кондратьев\n",
       {"expect": "decided", "request": "310017", "positions": ["2"], "status": "подрядчик убыл",
        "note": "'310.017' = 310017; уб. = убыл; receipt number is noise"})

# ---- 310032 администрация Заволжского р-на ----------------------------
letter("11-03 16:12", GM, "заявка от Кондратьева",
       "Здравствуйте!\nВалерий Петрович просил передать, что заявку 310032 (администрация Заволжского района, "
       "двери) он взял, приедет в четверг с утра. У него на телефоне деньги кончились, поэтому пишу я.\n\n"
       "Галина Михайловна Кондратьева\n8-904-351-22-09\n",
       {"expect": "decided", "request": "310032", "positions": [], "status": "заявка принята",
        "note": "wife writes on his behalf: request taken; visit planned"},
       client="mailru", cs="utf-8", cte="base64", alt=True)

letter("11-05 08:31", VP, "Re: Re: Re: Fw: заявка 1032",
       "Выехал в администрацию Заволжского р-на по заявке 310 032, к 9 буду\nКондратьев\n",
       {"expect": "decided", "request": "310032", "positions": [], "status": "подрядчик в пути",
        "note": "выехал в (to) the site = on the way"},
       client="oe-koi", cs="koi8-r")

letter("11-05 13:06", VP, "Re: Re: Re: Fw: заявка 1032",
       "310032\nпоз 1 и поз 2 (каб 12 и каб 14) двери отрегулировал, на 14-м личинку поменял (цилиндр 60 мм, свой, "
       "450 р), петли смазал, всё закрывается.\nпоз 3 доводчик на входной - нужен новый, старый Dorma TS-68 течёт "
       "масло, заказал привезут в понедельник тогда и поставлю.\nуехал 12.50\nКондратьев В.П.\n",
       {"expect": "decided", "request": "310032", "positions": ["1", "2"], "status": "подрядчик убыл",
        "note": "pos 1,2 done and left; pos 3 only a plan; cabinet numbers 12/14 are not positions"},
       alt=True, cte="quoted-printable")

letter("11-09 10:05", VP, "310032-3",
       "пр. на Заволжскую администрацию, доводчик привёз ставлю\nКондратьев В.П. 89201543708\n",
       {"expect": "decided", "request": "310032", "positions": ["3"], "status": "подрядчик на месте",
        "note": "position only in subject after a dash"},
       client="oe-koi", cs="koi8-r")

letter("11-09 12:47", VP, "Re: Re: Re: Fw: заявка 1032",
       "по 3-й позиции 310032 доводчик на входную\nдверь в администрации поставил, усилие отрегулировал, дверь "
       "закрывается\nмягко. Доводчик Geze TS 1500 , чек № 00318 от\n07.11 4 150 руб.\n"
       "И ещё прошу узнать насчёт оплаты по акту № 47 от 15.10 (двери в библиотеке на Коминтерна), до сих пор "
       "не пришло, уже месяц прошёл.\n"
       "Кондратьев Валерий Петрович\nИП Кондратьев В.П. ИНН 691400537218\n",
       {"expect": "decided", "request": "310032", "positions": ["3"], "status": "подрядчик убыл",
        "note": "pos 3 installed = finished; payment question about an old act is extra, not another request"})

# ---- 310058 детская библиотека №5 --------------------------------------
letter("11-05 14:02", VP, "Re: Re: Re: Fw: заявка 1032",
       "По детской библиотеке N5 (заявка 310058) принял, стеллажи закреплю завтра утром заеду. Анкера нужны "
       "10х100 штук 12, возьму свои.\nКондратьев Валерий Петрович\n",
       {"expect": "decided", "request": "310058", "positions": [], "status": "заявка принята",
        "note": "принял; N5 is the library number"},
       client="oe-koi", cs="koi8-r", cte="quoted-printable")

letter("11-06 09:41", VP, "Re: Заявка № 310058 от 05.11.2026",
       "на месте с 9.30\nВ.П.\n" + oe_quote(
           "Диспетчерская ОМИС", DISPATCH, "Thursday, November 05, 2026 11:34 AM", "Заявка № 310058 от 05.11.2026",
           "Валерий Петрович, добрый день!\nНаправляем заявку № 310058: Детская библиотека № 5, пр-т Победы, 39.\n"
           "Стеллажи в абонементе шатаются, нужно закрепить к стене. Срок до 10.11.\n\n"
           "Диспетчерская служба ОМИС\nтел. (4822) 35-00-12"),
       {"expect": "decided", "request": "310058", "positions": [], "status": "подрядчик на месте",
        "note": "number only in the Re: subject of the dispatcher's letter; body 'на месте'"})

letter("11-06 13:33", VP, "Re: Re: Re: Fw: заявка 1032",
       "детская библиотека (310058) стеллажи закрепил к стене, 6 секций, на уголки и анкера. Анкера и уголки "
       "свои, чек ОБИ № 2261 от 05.11 на 387 руб. пр. 9.30 уб. 13.20. Всё, работу сдал заведующей.\n"
       "Кондратьев Валерий Петрович\n" + Q1032_RU,
       {"expect": "decided", "request": "310058", "positions": [], "status": "подрядчик убыл",
        "note": "arrival and departure both reported; latest = убыл"})

# ---- 310104 МФЦ ---------------------------------------------------------
letter("11-06 11:03", VP, "Re: Re: Re: Fw: заявка 1032",
       "Здравствуйте, по МФЦ 310104 (окна 4 кабинета) взял в работу. Сделаю на той неделе скорее во вторник "
       "10-го. Там вроде охрана строгая, узнаю.\nКондратьев В.П. 8 920 154-37-08\n",
       {"expect": "decided", "request": "310104", "positions": [], "status": "заявка принята",
        "note": "взял в работу"}, alt=True, cte="quoted-printable")

letter("11-09 08:52", VP, "Re: Re: Re: Fw: заявка 1032",
       "Здравствуйте. Прошу заказать пропуск в МФЦ на Московской на вторник 10.11 на меня Кондратьев Валерий "
       "Петрович паспорт 28 05 413927 и машину ВАЗ 2104 Е 317 КМ 69 , говорят без пропуска охрана не пустит. "
       "Это по окнам.\nКондратьев\n",
       {"expect": "review", "note": "access pass request; no request number in text (only old 1032 subject), no status"})

letter("11-10 08:21", VP, "Re: Re: Re: Fw: заявка 1032",
       "Еду в МФЦ на Московскую, заявка 310104. Пропуск так и не пришёл, попробую так\nКондратьев В.П.\n",
       {"expect": "decided", "request": "310104", "positions": [], "status": "подрядчик в пути",
        "note": "UTF-8 body mislabelled windows-1251 (grandson's laptop); еду = on the way"},
       client="bat", cs="utf8_as_1251")

letter("11-10 09:07", VP, "Re: Re: Re: Fw: заявка 1032",
       "пр. по заявке 310107 в 9.00 пустили без пропуска\nКондратьев\n",
       {"expect": "review", "note": "310107 is not in the registry (probably a typo for 310104, but not certain)"})

letter("11-10 16:34", AR, "МФЦ 310104 отчёт", None,
       {"expect": "decided", "request": "310104", "positions": ["1", "2", "3"], "status": "подрядчик убыл",
        "note": "grandson's HTML table: pos 1-3 done, pos 4 not done; left 16:05; cabinet numbers are not positions"},
       client="gmail", cs="utf-8", cte="quoted-printable", html_only=(
           "<div dir=\"ltr\"><p>Здравствуйте! Пишу по просьбе дедушки (Кондратьев Валерий Петрович), он продиктовал:</p>"
           "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
           "<tr><th>Позиция</th><th>Кабинет</th><th>Что сделано</th><th>Состояние</th></tr>"
           "<tr><td>1</td><td>каб. 101</td><td>регулировка створок, замена ручки</td><td>выполнено</td></tr>"
           "<tr><td>2</td><td>каб. 104</td><td>регулировка, смазка фурнитуры</td><td>выполнено</td></tr>"
           "<tr><td>3</td><td>каб. 108</td><td>замена уплотнителя</td><td>выполнено</td></tr>"
           "<tr><td>4</td><td>каб. 110</td><td>сломан поворотно-откидной механизм, нужна фурнитура</td>"
           "<td>не выполнено, заказали</td></tr></table>"
           "<p>Из МФЦ уехал в 16:05.</p><p>--<br>Артём</p></div>"))

letter("11-11 18:10", VP, "Re: Re: Re: Fw: заявка 1032",
       "для МФЦ 310104 купил фурнитуру на окно в 110 каб поворотно-откидной механизм Roto NT 3 480 р чек № 7740 "
       "от 11.11.2026 . Это дороже чем договаривались в смете, прошу включить в акт полностью, я не миллионер "
       "свои докладывать\nКондратьев Валерий Петрович\n",
       {"expect": "review", "note": "materials bought / price talk, no status"},
       client="oe-koi", cs="koi8-r")

letter("11-12 14:31", VP, "Re: Re: Re: Fw: заявка 1032",
       "МФЦ поз 4 (каб 110) механизм поменял окно открывается и откидывается нормально. 310104 закрыл "
       "полностью. уб 14.10\nКондратьев В.П.\n",
       {"expect": "decided", "request": "310104", "positions": ["4"], "status": "подрядчик убыл",
        "note": "UTF-8 body with no charset declared; pos 4 done, left"},
       client="bat", cs="utf8_nocs")

# ---- 310146 ЗАГС --------------------------------------------------------
Q146 = ("\nВы писали 9 ноября 2026 г., 9:12:\n\n"
        "НС> Валерий Петрович, направляем заявку № 310146. Отдел ЗАГС, ул. Трёхсвятская, 6.\n"
        "НС> Поз. 1 - замена замка двери архива, поз. 2 - ремонт дверцы шкафа (сорвана петля).\n"
        "НС> Просим подтвердить принятие.\n\n")
letter("11-09 12:02", VP2, "Re: Заявка № 310146 (ЗАГС)",
       "Здравствуйте, Диспетчерская.\n\nПринял. Замок на архив ЗАГСа и шкаф. Буду в среду 11.11 с утра, в "
       "ЗАГСе сказали раньше 10 не приходить.\n" + Q146 + "-- \nС уважением,\n Кондратьев В.П.\n",
       {"expect": "decided", "request": "310146", "positions": [], "status": "заявка принята",
        "note": "The Bat initials quote (НС>); positions only in the quote, he names none"},
       client="bat", cs="windows-1251", cte="quoted-printable")

letter("11-11 08:05", VP, "Re: Re: Re: Fw: заявка 1032",
       "По ЗАГСу 310146 выеду к 10, раньше не пускают, регистрация у них. Кондратьев\n",
       {"expect": "review", "note": "plan only ('выеду к 10'), nothing has happened yet"})

letter("11-11 10:14", VP, "Re: 310146",
       "пр. 10.05 в ЗАГС\nВ.П.\n",
       {"expect": "decided", "request": "310146", "positions": [], "status": "подрядчик на месте",
        "note": "bare number in subject"}, cte="quoted-printable")

letter("11-11 15:22", VP, "Re: Re: Re: Fw: заявка 1032",
       "ЗАГС 310146\n(1) замок на двери архива поменял, поставил Гардиан 10.01 , ключи 3 шт у начальника отдела\n"
       "(2) шкаф - петли на дверце поменял 2 шт, дверца висит ровно\nвсё вып., уб. в 15.00\n"
       "материалы: замок чек 5521 1870р, петли чек 5522 236р\n"
       "Кондратьев Валерий Петрович т. 8 920 154 37 08\n",
       {"expect": "decided", "request": "310146", "positions": ["1", "2"], "status": "подрядчик убыл",
        "note": "(1),(2) positions done; 'Гардиан 10.01' is a lock model; receipts are noise"},
       alt=True, cte="quoted-printable")

letter("11-11 15:40", VP, "Re: Re: Re: Fw: заявка 1032",
       "забыл написать, в ЗАГСе 310146 поз 3 ещё дверь в туалет замок заедал, сделал заодно, "
       "включите пожалуйста в акт\nКондратьев\n",
       {"expect": "review", "note": "position 3 does not exist in 310146 (extra work)"},
       client="oe-koi", cs="koi8-r")

# ---- 310233 библиотека-филиал №12 + 310271 упр. образования -------------
letter("11-10 15:02", VP, "Re: Re: Re: Fw: заявка 1032",
       "310233 12-я библиотека\nпринял. дверь окно полки. как с МФЦ освобожусь займусь\n\nКондратьев\n",
       {"expect": "decided", "request": "310233", "positions": [], "status": "заявка принята",
        "note": "'12-я библиотека' is branch №12, not a position"},
       client="oe-koi", cs="koi8-r")

letter("11-12 17:03", VP, "Re: Re: Re: Fw: заявка 1032",
       "Здравствуйте, по 310271 (управление образования) принял, буду в пятницу после обеда. По 310233 тоже в "
       "пятницу с утра, с 12-й библиотеки начну.\nКондратьев\n" + Q1032_DEEP,
       {"expect": "review", "note": "two different requests in one letter (310271 accepted, 310233 plan)"},
       client="oe-koi", cs="koi8-r")

letter("11-13 08:12", VP, "Re: Re: Re: Fw: заявка 1032",
       "Выезжаю на 310233 в 12-ю библиотеку, к 8.40 буду\n",
       {"expect": "decided", "request": "310233", "positions": [], "status": "подрядчик в пути",
        "note": "выезжаю на объект + ETA = on the way"})

letter("11-13 13:52", VP, "Re: Re: Re: Fw: заявка 1032",
       "310233 П1 дверь входную отрегулировал, замок смазал, П3 полки в абонементе перевесил на новые "
       "кронштейны (8 шт, чек 3390 на 520 р). П1 и П3 вып.\n"
       "П2 окно - там стекло треснуто во внутренней раме надо стекольщика, привезу во вторник со "
       "стекольщиком.\nУехал в 13.40\nКондратьев В.П. 8-920-154-37-08\n",
       {"expect": "decided", "request": "310233", "positions": ["1", "3"], "status": "подрядчик убыл",
        "note": "П1,П3 done and left; П2 postponed (plan only)"},
       client="oe-koi", cs="koi8-r", cte="quoted-printable")

letter("11-13 15:09", VP, "Re: Re: Re: Fw: заявка 1032",
       "ПPИБЫЛ B УПPABЛEHИE OБPAЗOBAHИЯ 310271 15.05\nKOНДPATЬEB\n",
       {"expect": "decided", "request": "310271", "positions": [], "status": "подрядчик на месте",
        "note": "caps with Latin look-alike letters (P,B,A,E,H,O,K,T); прибыл"})

letter("11-13 16:44", VP, "310271",
       "управление образования зам. замка в каб. 21 вып., ключи 3 шт отдал секретарю Марине. уб. 16.35\n"
       "Кондратьев Валерий Петрович\n",
       {"expect": "decided", "request": "310271", "positions": [], "status": "подрядчик убыл",
        "note": "каб. 21 is a room, not a position; вып./уб."})

letter("11-14 11:20", VP, "Fw: 310271",
       "пересылаю, Наталья Андреевна звонила что не получили\nКондратьев\n\n"
       "----- Original Message ----- \nFrom: \"Кондратьев В.П.\" <kondratiev.vp@mail.ru>\n"
       "To: <dispatch@zakazchik-omis.ru>\nSent: Friday, November 13, 2026 4:44 PM\nSubject: 310271\n\n\n"
       "управление образования зам. замка в каб. 21 вып., ключи 3 шт отдал секретарю Марине. уб. 16.35\n"
       "Кондратьев Валерий Петрович\n",
       {"expect": "decided", "request": "310271", "positions": [], "status": "подрядчик убыл",
        "note": "OE forward of his own earlier report; the forwarded report counts"},
       alt=True, cte="quoted-printable")

# ---- 310305 архив ------------------------------------------------------
letter("11-13 11:04", VP, "Re: Заявка № 310305 Архив",
       "Заявку 310305 по архиву принял. Прошу оформить пропуск на понедельник 16.11 там режимный объект, меня "
       "в прошлый раз час не пускали. Паспорт 28 05 413927.\nКондратьев Валерий Петрович\n" + oe_quote(
           "Диспетчерская ОМИС", DISPATCH, "Friday, November 13, 2026 9:36 AM", "Заявка № 310305 Архив",
           "Валерий Петрович, заявка № 310305, городской архив, ул. Новоторжская, 21.\n"
           "1. Дверь хранилища - плохо закрывается.\n2. Стеллаж в читальном зале - перекос.\n"
           "Вход по пропускам."),
       {"expect": "decided", "request": "310305", "positions": [], "status": "заявка принята",
        "note": "accepted; pass request alongside does not cancel the acceptance"})

letter("11-13 17:25", GM, "Re: Заявка № 310305 Архив - пропуск",
       "Спасибо большое, пропуск в архив на понедельник получили, Валерий Петрович будет к 9 часам.\n"
       "Галина Михайловна\n\n\n13.11.2026, 16:58, \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>:\n"
       "> Валерий Петрович, пропуск в архив на 16.11 заказан, фамилия в списке на КПП.\n",
       {"expect": "review", "note": "thanks for the dispatcher's message + plan; no status"},
       client="mailru", cs="utf-8", cte="base64", alt=True)

letter("11-16 08:41", VP, "Re: Re: Re: Fw: заявка 1032",
       "Еду в архив 310305, по пропуску.\nКондратьев\n",
       {"expect": "decided", "request": "310305", "positions": [], "status": "подрядчик в пути",
        "note": "UTF-8 body mislabelled windows-1251"},
       client="bat", cs="utf8_as_1251", cte="quoted-printable")

letter("11-16 09:22", VP, "Re: Re: Re: Fw: заявка 1032",
       "стою на проходной архива (310305), в списке меня нет, не пускают. Позвоните им пожалуйста "
       "8 (4822) 34-12-05. Кондратьев\n",
       {"expect": "review", "note": "at the gate but not admitted; a dispatcher would not record 'на месте' with confidence"},
       client="oe-koi", cs="koi8-r")

letter("11-16 11:31", VP, "Re: Re: Заявка № 310305 Архив",
       "\n----- Original Message ----- \nFrom: \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>\n"
       "To: <kondratiev.vp@mail.ru>\nSent: Monday, November 16, 2026 9:40 AM\nSubject: Re: Заявка № 310305 Архив\n\n\n"
       "> Валерий Петрович, позвонили на КПП, пропуск передан, проходите.\n> Соколова\n\n"
       "пустили наконец. пр. 11.20, поз 1 дверь хранилища, начал\nК.\n",
       {"expect": "decided", "request": "310305", "positions": ["1"], "status": "подрядчик на месте",
        "note": "reply written under the quote; arrived, working on pos 1"})

letter("11-16 16:08", VP, "Re: Re: Re: Fw: заявка 1032",
       "Архив 310305 поз.1 и поз.2 вып.\n1 - дверь хранилища петли отрегулировал, замок смазал, пломбу "
       "(№ 0048817) снимал при работе, новую опечатали архивисты\n2 - стеллаж металлический в читальном зале "
       "выровнял и закрепил\nуб. 15.45\nКондратьев В.П.\n",
       {"expect": "decided", "request": "310305", "positions": ["1", "2"], "status": "подрядчик убыл",
        "note": "both positions done; seal number is noise"}, alt=True, cte="quoted-printable")

# ---- 310388 библиотека №31 ---------------------------------------------
letter("11-16 19:04", GM, "Кондратьев В.П. - библиотека 31",
       "Добрый вечер. Валерий Петрович просил передать, что заявку 310388 на библиотеку № 31 (Химинститут) он "
       "принял, приедет в среду 18-го. Сам написать не может, устал, спит уже.\nГалина Михайловна\n",
       {"expect": "decided", "request": "310388", "positions": [], "status": "заявка принята",
        "note": "wife on his behalf; «№ 31» is the library"},
       client="mailru", cs="utf-8", cte="base64", alt=True)

SPECIAL.append(("11-16 20:06", lambda: mdn(
    "11-16 20:06", "Прочитано: Заявка № 310388 Библиотека 31", "<20261116083012.4C1A2@zakazchik-omis.ru>"),
    {"expect": "ignored", "note": "Outlook Express read receipt (disposition-notification)"}))

letter("11-18 08:11", VP, "Re: Re: Re: Fw: заявка 1032",
       "Выехал на Химинститут в 31-ю библиотеку, 310388\n",
       {"expect": "decided", "request": "310388", "positions": [], "status": "подрядчик в пути",
        "note": "выехал на (for) the site; '31-ю библиотеку' is not a position"},
       client="oe-koi", cs="koi8-r")

letter("11-18 08:57", VP, "310388 пр",
       "8.50\nКондратьев\n",
       {"expect": "decided", "request": "310388", "positions": [], "status": "подрядчик на месте",
        "note": "status shorthand 'пр' in subject, only time in body"})

letter("11-18 13:02", VP, "Re: Re: Re: Fw: заявка 1032",
       "310388 поз1 (дверь в абонемент) поз2 (замок на служебном входе) сделал. Поз3 и поз4 шкафы и полки "
       "завтра, сегодня не успею надо саморезы докупить.\nуехал 12.40\n",
       {"expect": "decided", "request": "310388", "positions": ["1", "2"], "status": "подрядчик убыл",
        "note": "UTF-8 body without charset; pos 1,2 done; 3,4 plan"},
       client="bat", cs="utf8_nocs")

letter("11-19 12:22", VP, "Re: Re: Re: Fw: заявка 1032",
       "31-я библиотека 310388 поз 3 и 4 закончил уб. 12.10. Теперь еду в комитет по культуре 310412\n"
       "Кондратьев\n",
       {"expect": "review", "note": "two different requests in one letter (310388 done, 310412 on the way)"},
       client="oe-koi", cs="koi8-r")

# ---- 310412 комитет по культуре ----------------------------------------
letter("11-18 16:33", VP, "Re: Заявка № 310412 Комитет по культуре",
       "Принял, завтра после обеда подъеду\nКондратьев\n" + oe_quote(
           "Диспетчерская ОМИС", DISPATCH, "Wednesday, November 18, 2026 2:05 PM",
           "Заявка № 310412 Комитет по культуре",
           "Валерий Петрович, направляем заявку № 310412.\nКомитет по делам культуры, ул. Советская, 34, 3 этаж.\n"
           "1 - дверь кабинета председателя (провисла)\n2 - собрать шкаф для документов\n"
           "Диспетчерская служба ОМИС"),
       {"expect": "decided", "request": "310412", "positions": [], "status": "заявка принята",
        "note": "number in dispatcher's subject; 'принял'"}, alt=True, cte="quoted-printable")

letter("11-19 13:08", VP, "Re: Re: Re: Fw: заявка 1032",
       "пр. в комитет по культуре, Советская 34 (310412) в 13.05\n",
       {"expect": "decided", "request": "310412", "positions": [], "status": "подрядчик на месте",
        "note": "number in brackets after the address"})

letter("11-19 17:31", GM, "Fwd: 310412",
       "Здравствуйте, Валерий Петрович отправил это мне вместо вас, пересылаю.\nГалина\n\n\n"
       "-------- Пересылаемое сообщение --------\n19.11.2026, 17:02, \"Кондратьев В.П.\" <kondratiev.vp@mail.ru>:\n\n"
       "310412 поз.1 дверь в кабинет председателя сделал петли новые 3 шт уехал\n\n"
       "-------- Конец пересылаемого сообщения --------\n",
       {"expect": "decided", "request": "310412", "positions": ["1"], "status": "подрядчик убыл",
        "note": "wife forwards his report (mail.ru forward); forwarded report counts"},
       client="mailru", cs="utf-8", cte="base64", alt=True)

letter("11-20 14:42", VP, "Re: Re: Заявка № 310412 принята",
       "по комитету культуры 310412 п.2 - шкаф для документов собрал и поставил, дверцы отрегулировал. "
       "пр. 13.00 уб. 14.30\nКондратьев В.П.\n",
       {"expect": "decided", "request": "310412", "positions": ["2"], "status": "подрядчик убыл",
        "note": "subject still says 'принята' but body reports departure"},
       client="oe-koi", cs="koi8-r", cte="quoted-printable")

# ---- 310517 библиотека им. Герцена -------------------------------------
letter("11-20 11:05", VP, "Re: Re: Re: Fw: заявка 1032",
       "Центральная им. Герцена, 310 517 - берусь. поз 1 двери, поз 2 жалюзи, поз 3 столы в читальном. "
       "Буду в понедельник\nКондратьев Валерий Петрович\n",
       {"expect": "decided", "request": "310517", "positions": [], "status": "заявка принята",
        "note": "'берусь' = accepts the whole request; positions merely listed, not reported"},
       alt=True, cte="quoted-printable")

SPECIAL.append(("11-20 15:10", lambda: mdn(
    "11-20 15:10", "Прочитано: Заявка № 310517 Библиотека им. Герцена",
    "<20261120090244.7D33F@zakazchik-omis.ru>", cs="koi8-r"),
    {"expect": "ignored", "note": "read receipt (KOI8-R)"}))

SPECIAL.append(("11-21 23:47", None, {"expect": "ignored", "note": "bulk spam sent from his hacked mailbox"}))

letter("11-22 10:15", VP, "Re: Re: Re: Fw: заявка 1032",
       "Здравствуйте. Вчера ночью с моей почты ушла какая то реклама, это не я, почту взломали. Внук пароль "
       "поменял. Извините\nКондратьев Валерий Петрович\n",
       {"expect": "review", "note": "apology about spam, no request, no status"},
       client="oe-koi", cs="koi8-r")

letter("11-23 09:11", VP, "Re: Re: Re: Fw: заявка 1032",
       "HA MECTE 310517 П2 ЖAЛЮЗИ\n",
       {"expect": "decided", "request": "310517", "positions": ["2"], "status": "подрядчик на месте",
        "note": "caps with Latin H,A,M,E,C,T; П2 = position 2"})

letter("11-23 15:33", VP, "Re: Re: Re: Fw: заявка 1032",
       "310517 п2 готово (жалюзи в читальном зале повесил 5 окон, кронштейны свои). п1 и п3 завтра. "
       "уб. 15.20\nКондратьев\n" + Q1032_OE,
       {"expect": "decided", "request": "310517", "positions": ["2"], "status": "подрядчик убыл",
        "note": "п2 готово; п1,п3 plan"}, alt=True, cte="quoted-printable")

SPECIAL.append(("11-24 10:03", lambda: calendar_reply("11-24 10:03"),
                {"expect": "ignored", "note": "Outlook calendar meeting response (accepted), generated by client"}))

letter("11-24 09:02", VP, "Re: 310517 - будете сегодня?",
       "пр. 8.55, работаю по п.1 и п.3\nК.\n" + oe_quote(
           "Диспетчерская ОМИС", DISPATCH, "Tuesday, November 24, 2026 8:31 AM", "310517 - будете сегодня?",
           "Валерий Петрович, библиотека Герцена спрашивает, будете ли сегодня по 310517?"),
       {"expect": "decided", "request": "310517", "positions": ["1", "3"], "status": "подрядчик на месте",
        "note": "number in subject of the reply; arrived, working on п.1 and п.3"})

letter("11-24 13:36", VP, "Re: Re: Re: Fw: заявка 1032",
       "по 310517 п.1 двери сделал, с п.1 всё. п.3 столы ещё на месте работаю\n",
       {"expect": "review", "note": "different statuses for different positions (п.1 done, п.3 on site)"},
       client="oe-koi", cs="koi8-r")

letter("11-24 17:06", VP, "Re: Re: Re: Fw: заявка 1032",
       "столы в читальном зале починил 7 шт, ножки подклеил и стяжки поставил.\nВсё по 310517 закончено, "
       "уб. 16.50\nКондратьев Валерий Петрович тел 8 920 154 37 08\n",
       {"expect": "decided", "request": "310517", "positions": [], "status": "подрядчик убыл",
        "note": "whole request finished; no position numbers named"})

# ---- 310640 управа Пролетарского р-на ----------------------------------
letter("11-23 13:04", VP, "Re: Re: Re: Fw: заявка 1032",
       "управа Пролетарского района 310640 взял. В среду.\nКондратьев\n",
       {"expect": "decided", "request": "310640", "positions": [], "status": "заявка принята",
        "note": "UTF-8 body mislabelled windows-1251; взял"},
       client="bat", cs="utf8_as_1251")

letter("11-25 08:22", VP, "Re: Re: Re: Fw: заявка 1032",
       "Выезд на 310640 (управа, Пролетарский р-н) в 8.20 из дома\n",
       {"expect": "decided", "request": "310640", "positions": [], "status": "подрядчик в пути",
        "note": "noun 'Выезд на' with time; leaving home for the site"},
       client="oe-koi", cs="koi8-r")

letter("11-25 12:03", VP, "Re: Re: Re: Fw: заявка 1032",
       "управа (310640) вып. замок в кабинет главы поменял, ручку на входной поменял.\n"
       "уехал с управы 11.50\nКондратьев В.П.\n",
       {"expect": "decided", "request": "310640", "positions": [], "status": "подрядчик убыл",
        "note": "уехал с (from) the site"}, alt=True, cte="quoted-printable")

# ---- 310763 ТО соцзащиты -----------------------------------------------
letter("11-26 08:16", AR, "от Кондратьева В.П.",
       "Здравствуйте.\nДед поехал в соцзащиту по заявке 310763, будет около 9, просил написать.\n"
       "Артём (внук)\n",
       {"expect": "decided", "request": "310763", "positions": [], "status": "подрядчик в пути",
        "note": "grandson writes: grandfather is on the way now"},
       client="gmail", cs="utf-8", cte="quoted-printable", alt=True)

letter("11-26 13:12", VP, "Re: Re: Re: Fw: заявка 1032",
       "310763 поз 1\nприбытие 9.00 убытие 13.00\nдвери в кабинетах 3 шт отрегулировал, замок на одной поменял\n"
       "Кондратьев\n",
       {"expect": "decided", "request": "310763", "positions": ["1"], "status": "подрядчик убыл",
        "note": "arrival and departure nouns; latest = убыл"})

letter("11-27 08:42", VP, "Re: Re: Re: Fw: заявка 1032",
       "по 310763 поз 2 ещё не выехал машина не заводится аккумулятор сел. Как заведу поеду\nКондратьев\n",
       {"expect": "review", "note": "negation: not yet left"},
       client="oe-koi", cs="koi8-r")

letter("11-27 10:14", GM, "Re: заявка от Кондратьева",
       "Валерий Петрович просил передать: машину завели, он уже едет в соцзащиту по второй позиции (310763), "
       "будет минут через 30.\nГалина Михайловна\n8-904-351-22-09\n",
       {"expect": "decided", "request": "310763", "positions": ["2"], "status": "подрядчик в пути",
        "note": "wife: he is driving now, 'по второй позиции'"},
       client="mailru", cs="utf-8", cte="base64", alt=True)

letter("11-27 13:41", VP, "310763-2",
       "вып. уб. 13.30 стол и шкаф в кабинете приёма собрал\nКондратьев В.П.\n",
       {"expect": "decided", "request": "310763", "positions": ["2"], "status": "подрядчик убыл",
        "note": "request and position in subject as NNN-2"})

letter("11-27 16:05", VP, "Re: Re: Re: Fw: заявка 1032",
       "Здравствуйте. Опять про деньги. По 310032 и 310058 акты № 52 и № 53 от 09.11 подписаны, а оплаты нет. "
       "Материалы я покупал на свои, чеки все сдал. Реквизиты те же, ИП Кондратьев В.П. ИНН 691400537218 р/с "
       "40802810463000012345 в Тверском отделении Сбербанка. Прошу разобраться, иначе брать заявки не смогу.\n"
       "Кондратьев Валерий Петрович 8 920 154 37 08\n",
       {"expect": "review", "note": "payment complaint about two requests; no status"},
       alt=True, cte="quoted-printable")

letter("11-17 08:47", VP, "Re: Re: Re: Fw: заявка 1032",
       "пр. на место работаю со стекольщиком\nКондратьев\n",
       {"expect": "review", "note": "no request number (only the old 1032 subject, not in registry)"},
       client="oe-koi", cs="koi8-r")

letter("11-17 12:41", VP, "Re: Re: Re: Fw: заявка 1032",
       "По 12-й библиотеке 310233 по второй позиции: стекло во внутренней раме поменяли (стекольщик Сергей со "
       "мной), 4 мм, 62х118 см, окно закрывается. Теперь по этой заявке всё. уб. 12.30\n"
       "Кондратьев Валерий Петрович\n",
       {"expect": "decided", "request": "310233", "positions": ["2"], "status": "подрядчик убыл",
        "note": "'по второй позиции' done; glass sizes are noise"}, cte="quoted-printable")

SPECIAL.append(("11-30 09:12", lambda: autoreply(
    "11-30 09:12", "Автоответ: Re: Сверка актов за ноябрь",
    "Здравствуйте!\n\nЯ на больничном до 7 декабря. Письма читаю не каждый день.\n"
    "Срочно - звоните жене 8-904-351-22-09.\n\nКондратьев В.П.\n"),
    {"expect": "ignored", "note": "mail.ru autoresponder (sick leave)"}))

# a few extra plain reports ------------------------------------------------
letter("11-10 09:35", VP, "Re: Re: Re: Fw: заявка 1032",
       "Извиняюсь номер не тот написал. МФЦ это 310104 . На месте с 9.00, работаю в 101 кабинете\n"
       "Кондратьев В.П.\n",
       {"expect": "decided", "request": "310104", "positions": [], "status": "подрядчик на месте",
        "note": "corrects his earlier typo; on site; '101 кабинет' is a room, not a position"},
       client="oe-koi", cs="koi8-r")

letter("11-26 16:40", VP, "Re: Re: Re: Fw: заявка 1032",
       "Наталья Андреевна, спасибо что напомнили про акты, завтра привезу подписанные.\n"
       "Кондратьев\n" + Q1032_OE,
       {"expect": "review", "note": "acknowledgement of the dispatcher's message, no request, no status"},
       client="oe-koi", cs="koi8-r")


# ---------------------------------------------------------------- spam
def spam():
    h = ("<html><body style=\"font-family:Arial\"><h2 style=\"color:#c00\">ЗАРАБОТОК ОТ 150 000 РУБ В НЕДЕЛЮ!</h2>"
         "<p>Уникальная система инвестиций. Без вложений, без опыта.</p>"
         "<p><a href=\"http://invest-bonus-24.top/r?id=88213\">Перейти и получить бонус</a></p>"
         "<p style=\"font-size:9px\">Вы получили это письмо, так как подписаны на рассылку. "
         "<a href=\"http://invest-bonus-24.top/unsub\">Отписаться</a></p></body></html>")
    m = text_part(h, "html", "utf-8", "base64")
    top = Message()
    top["From"] = formataddr(("Инвест Бонус", "kondratiev.vp@mail.ru"), charset="utf-8")
    top["To"] = "undisclosed-recipients:;"
    top["Subject"] = Header("ВЫ ВЫИГРАЛИ! Заработок от 150 000 руб в неделю", "utf-8")
    top["Date"] = format_datetime(D("11-21 23:47"))
    top["Message-ID"] = "<%s@bulk-mx7.invest-bonus-24.top>" % hashlib.md5(b"spam").hexdigest()
    top["Precedence"] = "bulk"
    top["List-Unsubscribe"] = "<http://invest-bonus-24.top/unsub>"
    top["X-Mailer"] = "PHPMailer 5.2.9"
    top["MIME-Version"] = "1.0"
    for k, v in m.items():
        top[k] = v
    top.set_payload(m._payload)
    return top


# ---------------------------------------------------------------- main
def main():
    if os.path.isdir(LET):
        shutil.rmtree(LET)
    os.makedirs(LET)
    items = []
    for L in LETTERS:
        items.append((L["date"], "L", L))
    for date, fn, label in SPECIAL:
        items.append((D(date), "S", (fn or spam, label)))
    items.sort(key=lambda x: x[0])
    labels = {}
    for i, (date, kind, obj) in enumerate(items, 1):
        name = "%03d.eml" % i
        if kind == "L":
            msg, label = build(obj), obj["label"]
        else:
            fn, label = obj
            msg = fn()
        write(msg, os.path.join(LET, name))
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    reg = {"contractor": {"name": "ИП Кондратьев Валерий Петрович",
                          "emails": ["kondratiev.vp@mail.ru", "g.kondratieva@mail.ru", "artem.kondr2008@gmail.com"],
                          "domains": []},
           "requests": [{"number": n, "positions": p,
                         "registered_at": D(r).isoformat(), "comment": c} for n, p, r, c in REQUESTS]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
    print("letters:", len(labels))


if __name__ == "__main__":
    main()
