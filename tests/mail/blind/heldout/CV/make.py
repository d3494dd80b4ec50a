#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «Сцена-Свет» (Санкт-Петербург).

Standard library only.  Run:  python3 make.py
Writes letters/NNN.eml, labels.json, registry.json next to this script.
"""
import base64
import io
import json
import os
import quopri
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS_DIR = os.path.join(HERE, "letters")
MSK = timezone(timedelta(hours=3))

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
CHIEF = ("Аркадий Львович Шуйский", "a.shuisky@scena-svet.ru")
ENG = ("Денис Котов", "d.kotov@scena-svet.ru")
ENG_GMAIL = ("Денис Котов", "denis.kotov.light@gmail.com")
OFFICE = ("Марина Ершова", "office@scena-svet.ru")
BRIG = ("Гусев В.П.", "brigada@scena-svet.ru")
NEWS = ("Сцена-Свет", "news@scena-svet.ru")
DAEMON = ("Mail Delivery System", "mailer-daemon@scena-svet.ru")

THEBAT = "The Bat! (v9.3.4) Professional"
IPHONE = "iPhone Mail (20H240)"
OUTLOOK = "Microsoft Outlook 16.0"
THUNDER = "Mozilla Thunderbird 115.4.1"

# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------

def _ew1(s, cs, enc):
    b = s.encode(cs)
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii"))
    out = []
    for x in b:
        c = chr(x)
        if x < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif x == 32:
            out.append("_")
        else:
            out.append("=%02X" % x)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encode a phrase; keeps an ASCII 'Re: '/'Fwd: ' prefix."""
    if all(ord(c) < 128 for c in s):
        return s
    prefix = ""
    for p in ("Re: ", "RE: ", "Fwd: ", "FW: ", "Fw: "):
        if s.startswith(p):
            prefix, s = p, s[len(p):]
            break
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew1(cur + ch, cs, enc)) > 60:
            words.append(_ew1(cur, cs, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, cs, enc))
    return prefix + " ".join(words)


def addr(person, cs="utf-8", enc="B"):
    name, mail = person
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, mail)
    return "%s <%s>" % (ew(name, cs, enc), mail)


def tpart(text, sub="plain", cs="utf-8", cte="quoted-printable", ct_extra=""):
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (sub, cs, ct_extra)
    m["Content-Transfer-Encoding"] = cte
    b = text.encode(cs)
    if cte == "base64":
        p = base64.encodebytes(b).decode("ascii")
    elif cte == "quoted-printable":
        p = quopri.encodestring(b).decode("ascii")
    elif cte == "8bit":
        p = b.decode("ascii", "surrogateescape")
    else:
        p = text
    m.set_payload(p)
    return m


_bcount = [0]


def multi(sub, parts, extra=""):
    _bcount[0] += 1
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="----=_Part_%04d_SS%06d"%s' % (
        sub, _bcount[0], 731000 + _bcount[0] * 37, extra)
    m.preamble = "This is a multi-part message in MIME format."
    for p in parts:
        m.attach(p)
    return m


def tiny_png(rgb=(200, 30, 40)):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def img_part(cid, name="logo.png"):
    m = Message()
    m["Content-Type"] = 'image/png; name="%s"' % name
    m["Content-Transfer-Encoding"] = "base64"
    m["Content-ID"] = "<%s>" % cid
    m["Content-Disposition"] = 'inline; filename="%s"' % name
    m.set_payload(base64.encodebytes(tiny_png()).decode("ascii"))
    return m


def rfc822_part(inner):
    m = Message()
    m["Content-Type"] = "message/rfc822"
    m["Content-Disposition"] = "attachment"
    m.attach(inner)
    return m


def dt(day, hh, mm, ss=0):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


def build(frm, subject, when, body, to=DISPATCH, cc=None, mailer=None,
          scs="utf-8", senc="B", extra=(), msgid=None, irt=None):
    m = Message()
    m["From"] = addr(frm, scs, senc)
    m["To"] = addr(to, scs, senc)
    if cc:
        m["Cc"] = ", ".join(addr(c, scs, senc) for c in cc)
    m["Subject"] = ew(subject, scs, senc)
    m["Date"] = format_datetime(when)
    dom = frm[1].split("@")[1]
    m["Message-ID"] = msgid or "<%s.%s@%s>" % (
        when.strftime("%Y%m%d%H%M%S"), zlib.crc32((subject + frm[1] + when.isoformat()).encode()) % 10**8,
        "mail.gmail.com" if dom == "gmail.com" else dom)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m.set_payload(body._payload)
    m.preamble = body.preamble
    return m


def disp_id(n):
    return "<disp.2026.%05d@zakazchik-omis.ru>" % n


# --------------------------------------------------------------------------
# signatures / html helpers
# --------------------------------------------------------------------------

SIG_CHIEF = """--\u0020
С уважением и поклоном,
Аркадий Львович Шуйский
главный техник ООО «Сцена-Свет»
+7 (812) 407-21-65, моб. +7 911 725-30-48
«Театр начинается с вешалки, а мы — с рубильника»"""

SIG_OFFICE = """С уважением,
Марина Ершова
офис-менеджер ООО «Сцена-Свет»
ИНН 7816593012 / КПП 781601001
192102, Санкт-Петербург, ул. Салова, д. 45, лит. Б
тел. +7 (812) 407-21-60"""

SIG_OFFICE_HTML = """<p style="color:#555;font-size:9pt">С уважением,<br>
<b>Марина Ершова</b><br>офис-менеджер ООО «Сцена-Свет»<br>
ИНН 7816593012 / КПП 781601001<br>192102, Санкт-Петербург, ул. Салова, д. 45, лит. Б<br>
тел. +7 (812) 407-21-60</p>
<p><img src="cid:%s" width="120" height="40" alt="Сцена-Свет — свет, звук и механика сцены. Да будет свет!"></p>"""


def html_doc(inner):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + inner + "\n</body></html>\n")


def p2html(text):
    out = []
    for para in text.strip().split("\n\n"):
        out.append("<p>" + para.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def office_alt(text, cs="utf-8", cte="quoted-printable", with_image=True, cid=None, html_body=None):
    """Outlook-like multipart/alternative (+related image signature)."""
    cid = cid or "image001.png@01DB4C1A.5E3F2B70"
    plain = text.rstrip() + "\n\n" + SIG_OFFICE + "\n"
    inner = html_body if html_body is not None else p2html(text)
    html = html_doc(inner + "\n" + (SIG_OFFICE_HTML % cid if with_image else p2html(SIG_OFFICE)))
    if cs != "utf-8":
        html = html.replace("charset=utf-8", "charset=" + cs)
    alt = multi("alternative", [tpart(plain, "plain", cs, cte), tpart(html, "html", cs, cte)])
    if with_image:
        return multi("related", [alt, img_part(cid, "image001.png")], '; type="multipart/alternative"')
    return alt


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------
L = []  # (datetime, Message, label)


def add(msg, when, label):
    L.append((when, msg, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


A, B, C, D = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ============================ 965114 ДК «Невский» ============================
w = dt(2, 10, 2, 11)
m_965114a = "<000a01db2c1f$5e3f2b70$1abe8250$@scena-svet.ru>"
txt = """Добрый день, Ольга Петровна!

Подтверждаем получение заявки № 965114 от 02.11.2026 (ДК «Невский», большой зал на 640 мест, ул. Ткачей, д. 9).
Заявка принята в работу. Ответственный — главный техник Шуйский Аркадий Львович, моб. +7 911 725-30-48.

Вечером в ДК спектакль (начало в 19:00), штанкеты постараемся сделать до него."""
add(build(OFFICE, "Заявка № 965114 принята в работу", w, office_alt(txt), mailer=OUTLOOK,
          msgid=m_965114a, extra=[("Thread-Index", "AdtMHF4/K3AavoJQ")]),
    w, dec("965114", [], A, "office confirms acceptance; HTML signature with image alt; INN/KPP/postcode are not numbers of requests; 19:00 is a show time"))

w = dt(2, 13, 40, 5)
body = """Ольга Петровна, добрый день!

Карета подана! Выдвигаемся на Ткачей всей труппой: ваш покорный слуга, Денис (свет) и два монтировщика. Если Володарский мост нас не предаст, к 15:00 будем у служебного входа.

Спектакль в 19:00 помним, чтим, успеем.

""" + SIG_CHIEF + """

Вы писали 2 ноября 2026 г., 10:02:11:

МЕ> Добрый день, Ольга Петровна!
МЕ> Подтверждаем получение заявки № 965114 от 02.11.2026 (ДК «Невский», большой зал на 640 мест, ул. Ткачей, д. 9).
МЕ> Заявка принята в работу. Ответственный — главный техник Шуйский Аркадий Львович, моб. +7 911 725-30-48.
"""
add(build(CHIEF, "Re: Заявка № 965114 принята в работу", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          cc=[OFFICE], mailer=THEBAT, scs="windows-1251", senc="B", irt=m_965114a),
    w, dec("965114", [], B, "«Карета подана! Выдвигаемся… к 15:00 будем» = on the way; Re: subject still says принята; The Bat initials quote"))

w = dt(2, 15, 7, 40)
m_965114c = "<7C1E0F3A-2B4D-4E8F-9A61-0D2C5B7E8F11@scena-svet.ru>"
body = """На месте!! Пульт ETC Ion в рубке не бутится, висит на логотипе. Копаем
Я на связи +7 921 318-44-07

Денис
Отправлено с iPhone
"""
add(build(ENG, "965114 п1", w, tpart(body), mailer=IPHONE, msgid=m_965114c),
    w, dec("965114", ["1"], C, "bare number + «п1» in subject, «На месте!!»; phone is not a number of request"))

w = dt(2, 19, 55, 30)
body = """Ольга Петровна, добрый вечер!

Занавес! По штанкетам (позиция 2) работы окончены, публика может аплодировать :)
Лебёдку седьмого штанкета перебрали, тросы заменили, концевики выставили — ездит, как по маслу. Монтировщики покинули ДК в 18:35, за двадцать пять минут до третьего звонка. Всё по Станиславскому: верю.

По третьей позиции (занавес — в прямом, бархатном смысле) ткань ещё в пошиве, вернёмся в четверг. По пульту Денис отпишется отдельно.

""" + SIG_CHIEF + "\n"
add(build(CHIEF, "Невский 965114-2 штанкеты", w, tpart(body, cs="windows-1251", cte="8bit"),
          mailer=THEBAT, scs="windows-1251", senc="Q"),
    w, dec("965114", ["2"], D, "«Занавес!» is a metaphor: position 2 works finished, crew left 18:35; position 3 only planned for Thursday; pos 1 not reported"))

w = dt(2, 23, 12, 9)
body = """Ion ожил!!! Поменяли SSD, show file подтянули с флешки, DMX universe 1 бегает, патч 1-512 на месте, dimmer-ы откликаются. Спектакль прошёл без сбоев, досидели до поклонов на всякий случай)) Всё, уехали, спать

Денис
Отправлено с iPhone

> 2 нояб. 2026 г., в 15:07, Денис Котов <d.kotov@scena-svet.ru> написал(а):
>
> На месте!! Пульт ETC Ion в рубке не бутится, висит на логотипе. Копаем
> Я на связи +7 921 318-44-07
"""
add(build(ENG, "Re: 965114 п1", w, tpart(body, cte="base64"), mailer=IPHONE, irt=m_965114c),
    w, dec("965114", ["1"], D, "console repaired, «уехали»; «патч на месте» is not a status; quoted old «На месте» ignored"))

w = dt(5, 18, 5, 44)
body = """Здравствуйте, Ольга Петровна.

Вы писали 5 ноября 2026 г., 11:47:30:

ОП> Аркадий Львович, добрый день! По занавесу какие сроки? ДК спрашивает, у них 7-го детский спектакль.

Отвечаю по существу, хотя хочется в стихах. Бархат вернулся из пошивочного цеха: подшили, повесили на родной штанкет, тяговый трос заменили (диаметр 6 мм, два конца по 14 м). Занавес раздвигается и смыкается без единого скрипа — детский спектакль 7-го откроется как положено.
Мы откланялись в 17:40, ключ от сцены сдали вахтёру под роспись.

--\u0020
Искренне Ваш,
А. Л. Шуйский
"""
add(build(CHIEF, "Re: 965114 поз 3", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="B", irt=disp_id(1207)),
    w, dec("965114", ["3"], D, "number and position only in the Re: subject; reply written under the quote; «откланялись в 17:40» = left"))

# ============================ 965387 Школа № 214 ============================
w = dt(3, 11, 15, 20)
body = """Уважаемая Ольга Петровна!

Сообщаем, что заявка № 965387 (ГБОУ СОШ № 214, актовый зал на 280 мест, ул. Бабушкина, д. 123) принята ООО «Сцена-Свет» к исполнению.
Выезд бригады планируется 05.11.2026 с 10:00 (04.11 — праздничный день, школа закрыта).

""" + SIG_OFFICE + "\n"
add(build(OFFICE, "Заявка 965387 — подтверждение", w, tpart(body, cs="windows-1251", cte="base64"),
          mailer=OUTLOOK, scs="windows-1251", senc="B"),
    w, dec("965387", [], A, "formal acceptance; planned departure date is a plan only; school number 214 and house 123 are not requests"))

w = dt(5, 9, 20, 3)
body = """Выежаем на школу 214! Будем минут через 40, везём 2 dimmer pack и коробку ламп

Денис
Отправлено с iPhone
"""
add(build(ENG, "965387", w, tpart(body), mailer=IPHONE),
    w, dec("965387", [], B, "bare number in subject; «Выежаем (typo)… будем минут через 40» = on the way"))

w = dt(5, 10, 35, 51)
body = """Здравствуйте, Ольга Петровна.

Вы писали 5 ноября 2026 г., 8:58:02:

ОП> Аркадий Львович, доброе утро. Школа № 214 просит сообщить, когда бригада будет на месте:
ОП> охрана пускает только по списку. Завхоз Нина Ивановна, +7 (812) 368-55-14.

Докладываю: мы у врат храма искусства — точнее, у дверей актового зала. Охрана сверила паспорта со списком с пристрастием, достойным Мариинки, но пропустила всех четверых. Нина Ивановна выдала ключ от радиорубки. Приступаем.

--\u0020
А. Л. Шуйский
"""
add(build(CHIEF, "Re: Заявка 965387 — школа 214, доступ", w, tpart(body, cs="windows-1251", cte="8bit"),
          mailer=THEBAT, scs="windows-1251", senc="Q", irt=disp_id(1188)),
    w, dec("965387", [], C, "«мы у врат храма искусства… Приступаем» = on site; reply under quote; quoted question «когда будет на месте» is not the report"))

w = dt(5, 13, 50, 17)
body = """П1 готово!!! все 12 PAR LED светят, dimmer поменяли. По звуку (п2) ещё сидим — микшер Yamaha MG16 хрипит на 3-м и 4-м канале, ищем

Денис
Отправлено с iPhone
"""
add(build(ENG, "965387 п1 п2", w, tpart(body, cte="base64"), mailer=IPHONE),
    w, rev("different statuses for different positions: п1 done (убыл), п2 still working (на месте)"))

w = dt(5, 16, 40, 2)
body = """Ольга Петровна,

финальный поклон по заявке 965387. Звук в зале есть, и какой: Yamaha перестала хрипеть, как только мы сменили ей два разъёма и одно мнение о себе. Прожекторы светят все двенадцать.
Откланялись в 16:20, Нина Ивановна лично проводила нас до турникета — кажется, впервые без подозрения.

Акт выполненных работ № 2211 пришлём с Мариной завтра.

""" + SIG_CHIEF + "\n"
add(build(CHIEF, "Школа № 214 (заявка 965387): финал", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="B"),
    w, dec("965387", [], D, "whole request finished, «Откланялись в 16:20»; act number 2211 is not a request"))

# ============================ 965902 ДК «Кировец» ============================
w = dt(4, 8, 52, 10)
body = """Милостивые государи и государыни диспетчерской службы!

Сим уведомляем, что заявка за нумером 965902 (ДК «Кировец», пульт ETC Ion Xe 20, инв. № 0001374) принята нами к исполнению со всем почтением и без промедления. Праздничный концерт в 19:00 — дело святое, сорвать его не позволим.

Засим откланиваюсь — покамест лишь эпистолярно ;-)

А. Л. Шуйский
"""
add(build(CHIEF, "965902 Кировец — приняли", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="Q"),
    w, dec("965902", [], A, "mock-formal acceptance; «откланиваюсь эпистолярно» is a joke, not departure; inventory number is not a request"))

w = dt(4, 9, 30, 55)
body = """Летим в Кировец!!! Будем к 10:15. Везу запасной Ion Xe 20 на всякий случай

Денис
Отправлено с iPhone
"""
add(build(ENG, "Кировец 965902", w, tpart(body), mailer=IPHONE),
    w, dec("965902", [], B, "«Летим… будем к 10:15» = on the way"))

w = dt(4, 10, 25, 12)
body = """на месте! в рубке, смотрим

Денис
Отправлено с iPhone
"""
add(build(ENG, "965902-3", w, tpart(body), mailer=IPHONE),
    w, rev("subject 965902-3 names position 3, request 965902 has only position 1"))

w = dt(4, 16, 58, 40)
body = """Заявка 965902: Ion Xe 20 перепрошили на v3.2.1, show file восстановили, backup на USB оставили главному осветителю (Сергей, +7 931 220-18-56). Уехали в 16:50!
Концерт в 19:00 — будет!!

--
Денис Котов
инженер по свету, Сцена-Свет
"""
html = "<div dir=\"ltr\">" + p2html(body).replace("<p>", "<div>").replace("</p>", "</div><br>") + "</div>\n"
add(build(ENG_GMAIL, "Кировец закрыли", w,
          multi("alternative", [tpart(body, cte="base64"), tpart(html, "html", cte="base64")])),
    w, dec("965902", [], D, "from personal gmail; «Уехали в 16:50»; firmware version/time/phone are not requests"))

# ============================ 966045 КДЦ «Охта» ============================
w = dt(5, 11, 20, 33)
txt = """Добрый день!

Заявка № 966045 (КДЦ «Охта», ул. Стахановцев, д. 14) принята в работу.
Дату осмотра сцены подтвердим по Вашему приглашению в календаре."""
add(build(OFFICE, "Заявка 966045 (КДЦ «Охта») — принята", w, office_alt(txt, cid="image001.png@01DB4D02.1A2B3C40"),
          mailer=OUTLOOK),
    w, dec("966045", [], A, "acceptance, Outlook multipart/related with signature image"))

w = dt(5, 16, 0, 8)
body = """Ольга Петровна,

«Весь мир — театр, и люди в нём — актёры». А штанкеты в КДЦ «Охта», судя по описанию в заявке 966045, — хор стариков из «Бориса Годунова»: скрипят, стонут и норовят уйти со сцены раньше времени.
Говорят, у них в малом зале водится привидение — бывший звукорежиссёр, который так и не дождался нового пульта. Обещаю вести себя с ним вежливо :)

Честь имею,
А. Л. Шуйский
"""
add(build(CHIEF, "Охта, 966045 — лирическое отступление", w, tpart(body, cs="windows-1251", cte="base64"),
          mailer=THEBAT, scs="windows-1251", senc="B"),
    w, rev("joke about the request, no status reported"))

w = dt(6, 9, 10, 0)
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Russian Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Марина Ершова:mailto:office@scena-svet.ru
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Осмотр сцены КДЦ «Охта» (заявка 966045)
DTSTART;TZID=Russian Standard Time:20261106T110000
DTEND;TZID=Russian Standard Time:20261106T120000
UID:040000008200E00074C5B7101A82E00800000000A0F3B9C2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261106T061000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:КДЦ «Охта», ул. Стахановцев, 14
END:VEVENT
END:VCALENDAR
"""
cal = multi("alternative", [tpart("\n", cte="base64"),
                            tpart(ics, "calendar", cte="base64", ct_extra="; method=REPLY")])
add(build(OFFICE, "Принято: Осмотр сцены КДЦ «Охта» (заявка 966045)", w, cal, mailer=OUTLOOK,
          extra=[("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
                 ("Thread-Topic", ew("Осмотр сцены КДЦ «Охта» (заявка 966045)"))]),
    w, ign("calendar meeting response generated by Outlook («Принято:» is the meeting, not the request)"))

w = dt(9, 8, 40, 21)
body = """Едем на Охту по 966045!! навигатор говорит 35 мин. Везу ноут с Eos и DMX-сплиттер на 8 выходов

Денис
Отправлено с iPhone
"""
add(build(ENG, "Охта!!", w, tpart(body), mailer=IPHONE),
    w, dec("966045", [], B, "«Едем… 35 мин» = on the way"))

w = dt(9, 9, 30, 2)
body = """НА МЕСТЕ С 9.20 ВСЕ ЧЕТВЕРО.
ГУСЕВ
"""
add(build(BRIG, "966045 НА МЕСТЕ", w, tpart(body, cs="koi8-r", cte="8bit"), scs="koi8-r", senc="B",
          mailer="Microsoft Outlook Express 6.00.2900.5931"),
    w, dec("966045", [], C, "brigadier, caps, KOI8-R"))

w = dt(9, 17, 20, 45)
txt = """Ольга Петровна, добрый вечер!

Итоги дня по заявке № 966045 (КДЦ «Охта»):

Поз. | Объект                        | Состояние
1    | Пульт                         | работы продолжатся 10.11 с 10:00
2    | Штанкеты (8 шт.)              | работы завершены, бригада убыла в 16:45
3    | Занавес                       | 10.11, ждём ролики
4    | Звук в малом зале (120 мест)  | работы завершены, бригада убыла в 16:45"""
rows = [("1", "Пульт", "работы продолжатся 10.11 с 10:00"),
        ("2", "Штанкеты (8 шт.)", "<b>работы завершены, бригада убыла в 16:45</b>"),
        ("3", "Занавес", "10.11, ждём ролики"),
        ("4", "Звук в малом зале (120 мест)", "<b>работы завершены, бригада убыла в 16:45</b>")]
tbl = ("<p>Ольга Петровна, добрый вечер!</p>\n<p>Итоги дня по заявке № 966045 (КДЦ «Охта»):</p>\n"
       "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
       "<tr style=\"background:#ddd\"><th>Поз.</th><th>Объект</th><th>Состояние</th></tr>\n"
       + "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "\n</table>")
add(build(OFFICE, "КДЦ «Охта», заявка 966045: итоги дня 09.11", w,
          office_alt(txt, cte="base64", cid="image001.png@01DB50A1.77C0E210", html_body=tbl), mailer=OUTLOOK),
    w, dec("966045", ["2", "4"], D, "HTML table, one row per position: 2 and 4 finished, 1 and 3 only planned; 120 мест is a seat count"))

w = dt(10, 16, 0, 14)
txt = """Ольга Петровна, пересылаю сообщение бригадира по Охте.

________________________________
От: Гусев В.П. <brigada@scena-svet.ru>
Отправлено: 10 ноября 2026 г. 15:52
Кому: office@scena-svet.ru
Тема: 966045 ПОЗ 1 И 3

ПОЗ 1 ПУЛЬТ И ПОЗ 3 ЗАНАВЕС СДЕЛАЛИ. УБЫЛИ 15.40. РОЛИКИ НА ЗАНАВЕС ПОМЕНЯЛИ 36 ШТ.
ГУСЕВ"""
add(build(OFFICE, "FW: 966045 ПОЗ 1 И 3", w, office_alt(txt, cs="windows-1251", cte="base64", with_image=False),
          mailer=OUTLOOK, scs="windows-1251", senc="B"),
    w, dec("966045", ["1", "3"], D, "Outlook forward of the brigadier's report: positions 1 and 3 done, «УБЫЛИ 15.40»"))

# ============================ 966410 Школа № 77 ============================
w = dt(6, 10, 5, 38)
txt = """Ольга Петровна, добрый день!

Заявку получили, приняли в работу. Выезд согласуем со школой: до 15:00 в актовом зале репетиция к утреннику, заходить будем после.

--
Марина Ершова, тел. +7 (812) 407-21-60

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 6 ноября 2026 г. 9:02
Кому: office@scena-svet.ru
Тема: Заявка 966410 — Школа № 77, занавес актового зала

Добрый день! Направляем заявку № 966410: ГБОУ школа № 77, пр. Ветеранов, д. 54, актовый зал — не закрывается занавес, оборван трос. Контакт: завхоз Ирина Павловна, +7 (812) 750-33-91.
--
Смирнова О. П., диспетчер"""
plain = txt + "\n"
html = html_doc(p2html(txt.split("От: Диспетчерская")[0]) +
                "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0\">"
                + p2html("От: Диспетчерская" + txt.split("От: Диспетчерская")[1]) + "</div>")
html = html.replace("charset=utf-8", "charset=windows-1251")
add(build(OFFICE, "RE: Заявка 966410 — Школа № 77, занавес актового зала", w,
          multi("alternative", [tpart(plain, cs="windows-1251"), tpart(html, "html", cs="windows-1251")]),
          mailer=OUTLOOK, scs="windows-1251", senc="B", irt=disp_id(1221)),
    w, dec("966410", [], A, "new text has no number: it is in the RE: subject and the Outlook quoted block; «приняли в работу»"))

w = dt(6, 16, 30, 0)
body = """Заскочили в 77-ю по 966410 — на месте, смотрим лебёдку занавеса! А по 965902 в Кировце забыли кабель DMX 5-pin, заберу завтра

Денис
Отправлено с iPhone
"""
add(build(ENG, "школа 77 + Кировец", w, tpart(body, cte="base64"), mailer=IPHONE),
    w, rev("two different requests (966410 and 965902) in one letter"))

w = dt(7, 10, 2, 0)
body = """Здравствуйте!

Я в отъезде до понедельника, 9 ноября, почту читаю с перерывами.
По срочным вопросам: офис ООО «Сцена-Свет», +7 (812) 407-21-60, office@scena-svet.ru.

Это письмо отправлено автоматически.
А. Л. Шуйский
"""
add(build(CHIEF, "Автоответ: Заявка 966410 — время работ", w, tpart(body, cs="windows-1251", cte="8bit"),
          mailer=THEBAT, scs="windows-1251", senc="B", irt=disp_id(1240),
          extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),
    w, ign("out-of-office auto-reply"))

w = dt(9, 18, 40, 19)
body = """Ольга Петровна, добрый вечер!

Занавес! — на сей раз в самом буквальном смысле. Трос заменили целиком, блоки смазали, лебёдку отрегулировали: полотно раздвигается и закрывается, не цепляясь ни за кулисы, ни за совесть. Ирина Павловна опробовала лично, трижды — и аплодировала.
Уехали в 18:15, после второй смены.

--\u0020
А. Л. Шуйский

Вы писали 9 ноября 2026 г., 12:31:05:

ОП> Аркадий Львович, как там школа 77? Завхоз звонит, спрашивает про занавес.
"""
add(build(CHIEF, "Re: Заявка 966410 — Школа № 77, занавес актового зала", w,
          tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="B", irt=disp_id(1261)),
    w, dec("966410", [], D, "number only in the Re: subject; curtain repaired, «Уехали в 18:15»"))

# ============================ 966733 ДК «Московский» ============================
w = dt(9, 10, 30, 9)
m_966733a = "<000b01db5201$aa10c2f0$fe3148d0$@scena-svet.ru>"
txt = """Добрый день!

Наряд-заказ по заявке № 966733 (ДК «Московский», Московский пр., д. 152) оформлен, заявка принята в работу.
Выезд бригады — 10.11 с утра, старший — Шуйский А. Л."""
add(build(OFFICE, "Заявка 966733: принята", w,
          office_alt(txt, cs="windows-1251", cte="quoted-printable", with_image=False),
          mailer=OUTLOOK, scs="windows-1251", senc="Q", msgid=m_966733a),
    w, dec("966733", [], A, "acceptance; departure tomorrow is a plan"))

w = dt(9, 11, 5, 0)
mdn_text = """Ваше сообщение

  Кому: a.shuisky@scena-svet.ru
  Тема: Заявка 966733 — ДК «Московский»
  Отправлено: 09.11.2026 10:12

было прочитано 09.11.2026 11:05.
"""
mdn = Message()
mdn["Content-Type"] = "message/disposition-notification"
mdn.set_payload("Reporting-UA: The Bat!; v9.3.4\nFinal-Recipient: rfc822; a.shuisky@scena-svet.ru\n"
                "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % disp_id(1258))
rep = multi("report", [tpart(mdn_text, cs="windows-1251", cte="quoted-printable"), mdn],
            '; report-type=disposition-notification')
add(build(CHIEF, "Прочитано: Заявка 966733 — ДК «Московский»", w, rep, mailer=THEBAT,
          scs="windows-1251", senc="B", irt=disp_id(1258)),
    w, ign("read receipt (MDN)"))

w = dt(9, 20, 15, 33)
body = """Ольга Петровна, вопрос по 966733!
Какие DMX адреса ставить новым Robe Robin 600? В старом патче у них 101, 117, 133, 149 (16 ch mode), но главный осветитель ДК хочет по новой схеме с 201. Кто решает — вы или они?? Завтра надо знать до 10:00

Денис
Отправлено с iPhone
"""
add(build(ENG, "966733 вопрос по DMX", w, tpart(body), mailer=IPHONE),
    w, rev("question about DMX addresses, no status"))

w = dt(10, 8, 15, 2)
body = """Ольга Петровна, доброе утро!

Выехали на объект — ДК «Московский», Московский пр., 152, по наряду 966733. Везём два Robe Robin 600 LEDWash на подмену и диммерный модуль. Газель В 456 ОР 178, за рулём Гусев, я — штурманом. По навигатору 35 минут, по опыту — как повезёт с Московскими воротами.

А. Л. Ш.
"""
add(build(CHIEF, "ДК «Московский» — наряд 966733", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="Q"),
    w, dec("966733", [], B, "«Выехали на объект» (leaving FOR the site); car plate and house 152 are not requests"))

w = dt(10, 9, 5, 47)
body = "Бригадa нa месте! Главный осветитель встретил, идём в рубку\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "966733", w, tpart(body), mailer=IPHONE),
    w, dec("966733", [], C, "Latin 'a' look-alikes inside «Бригадa нa месте»"))

w = dt(10, 14, 40, 2)
m_966733f = "<3F0A9C55-77E1-4B1D-8C2A-5519E0D4A6B3@scena-svet.ru>"
body_f = """Поз.2 — dimmer rack ETC Sensor3, 48 каналов: поменяли 2 модуля D20, всё щёлкает как надо!! Поз. 2 готово, уехали с объекта в 14:30.
По поз.1 (Robe) завтра — ждём лампы и ваш ответ про адреса"""
add(build(ENG, "966733 поз.2 готово", w, tpart(body_f + "\n\nДенис\nОтправлено с iPhone\n", cte="base64"),
          mailer=IPHONE, msgid=m_966733f),
    w, dec("966733", ["2"], D, "pos 2 done, «уехали с объекта»; pos 1 only planned for tomorrow; 48 channels / D20 are not numbers of requests"))

w = dt(11, 17, 10, 26)
body = """Ольга Петровна, добрый вечер!

Доделали первую позицию — прожекторы Robe. Оба Robin 600 LEDWash (инв. № 969120 и 969121 по описи ДК) вернулись в строй, адреса оставили старые — 101, 117, 133, 149, режим 16 каналов, как решил главный осветитель. Прогнали сцену из «Щелкунчика» — метель на заднике кружится как надо.
Выехали с объекта в 16:55.

А. Л. Ш.

Вы писали 10 ноября 2026 г., 14:40:02:

""" + quote(body_f, "ДК> ") + "\n"
add(build(CHIEF, "Re: 966733 поз.2 готово", w, tpart(body, cs="windows-1251", cte="8bit"),
          mailer=THEBAT, scs="windows-1251", senc="B", irt=m_966733f),
    w, dec("966733", ["1"], D, "«первую позицию… Выехали с объекта в 16:55» (leaving FROM); inventory numbers 969120/969121 look like requests but are not; Re: subject names pos 2, body pos 1; quote prefix ДК> = Денис Котов"))

# ============================ 967058 Гимназия № 30 ============================
w = dt(10, 12, 40, 0)
txt = """Добрый день!

Заявка № 967058 (ГБОУ гимназия № 30, актовый зал на 350 мест, 8-я линия В.О., д. 29) принята в работу — по договору № 14/2026 от 12.01.2026."""
add(build(OFFICE, "Заявка 967058 принята", w, office_alt(txt, cte="base64", cid="image001.png@01DB5290.0C11D7E0"),
          mailer=OUTLOOK),
    w, dec("967058", [], A, "acceptance; contract number and dates are not requests"))

w = dt(10, 15, 0, 31)
body = """Ольга Петровна,

по заявке 967058 — пульт в гимназии № 30 (Chamsys MQ40N) требует замены платы питания. Деталь по прайсу поставщика — 38 400 руб., это сверх договора № 14/2026. Без Вашего согласования, увы, не имеем права даже смотреть на неё с вожделением.
Прошу согласовать или дать иное режиссёрское решение.

""" + SIG_CHIEF + "\n"
add(build(CHIEF, "967058 — смета на пульт", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="B"),
    w, rev("price / approval talk, no status"))

w = dt(11, 9, 10, 4)
body = "Едем по 3-й позиции (звук)! Будем в 9:40, гимназия 30\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "967058 — 3-я", w, tpart(body), mailer=IPHONE),
    w, dec("967058", ["3"], B, "«Едем по 3-й позиции… будем в 9:40»"))

w = dt(11, 9, 50, 40)
m_967058d = "<B81E2A70-0D6F-4E0B-9F9A-77C3D2E1A004@scena-svet.ru>"
body_d = "НА МЕСТЕ!!! Зал 350 мест, проверяем 4 радиомикрофона Shure и колонки"
add(build(ENG, "967058 (3)", w, tpart(body_d + "\n\nДенис\nОтправлено с iPhone\n"), mailer=IPHONE, msgid=m_967058d),
    w, dec("967058", ["3"], C, "position in brackets in subject; caps НА МЕСТЕ; 350 seats"))

w = dt(11, 13, 25, 9)
body = """Звук есть!!! Усилитель Crown XLS 1502 — поменяли предохранитель и разъём speakON, всё ок. Уехали 13:15

Денис
Отправлено с iPhone

> 11 нояб. 2026 г., в 09:50, Денис Котов <d.kotov@scena-svet.ru> написал(а):
>
> """ + body_d + "\n"
add(build(ENG, "Re: 967058 (3)", w, tpart(body, cte="base64"), mailer=IPHONE, irt=m_967058d),
    w, dec("967058", ["3"], D, "number+position only in Re: subject; «Уехали 13:15»; amplifier model number is not a request"))

w = dt(13, 17, 30, 12)
body = """Ольга Петровна, добрый вечер!

По первой и второй позициям гимназии № 30 (заявка 967058) работы завершены: плату питания Chamsys поменяли — спасибо за согласование! — а прожекторы, все 16 PAR и два профильных, отфокусированы и светят. Бригада выехала с объекта в 17:05.

Завтра в гимназии концерт в 12:00 — можем спать спокойно.

А. Л. Ш.
"""
add(build(CHIEF, "Гимназия № 30 (967058) — п.1 и п.2", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="Q"),
    w, dec("967058", ["1", "2"], D, "«По первой и второй позициям… работы завершены… выехали с объекта»"))

# ============================ 967291 ДК «Красногвардейский» ============================
w = dt(11, 10, 0, 15)
body = "Заявку 967291 приняли! Красногвардейский наш)) Аркадий Львович в курсе, выезд завтра утром\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "967291", w, tpart(body), mailer=IPHONE),
    w, dec("967291", [], A, "«Заявку приняли!»; departure tomorrow is a plan"))

w = dt(12, 9, 0, 27)
body = """Ольга Петровна, доброе утро!

Карета подана! Отбываем в ДК «Красногвардейский» — я, Денис и ящик с паяльником. Будем к десяти, если Заневский проспект сегодня в добром расположении духа.

А. Л. Ш.
"""
add(build(CHIEF, "ДК «Красногвардейский», Заневский пр., 18 (967291)", w,
          tpart(body, cs="windows-1251", cte="quoted-printable"), mailer=THEBAT, scs="windows-1251", senc="B"),
    w, dec("967291", [], B, "«Отбываем в ДК… будем к десяти» = on the way (not убыл); number in brackets after address"))

w = dt(12, 10, 15, 3)
body = """Ольга Петровна,

мы уже любуемся фойе: мрамор, люстра на сорок рожков, бюст Маяковского смотрит с укоризной. Дежурный администратор ведёт нас в малый зал — начинаем со звука.

А. Л. Ш.

Вы писали 12 ноября 2026 г., 9:47:51:

ОП> Аркадий Львович, добрый день. Подтвердите, пожалуйста, прибытие, администратор ДК ждёт с 9:30.
"""
add(build(CHIEF, "Re: 967291", w, tpart(body, cs="windows-1251", cte="8bit"), mailer=THEBAT,
          scs="windows-1251", senc="B", irt=disp_id(1302)),
    w, dec("967291", [], C, "«мы уже любуемся фойе» = on site; number only in Re: subject"))

w = dt(12, 13, 0, 50)
txt = """Ольга Петровна, добрый день!

По заявке № 967291 позиция 2 (пульт): выезд бригады завтра, 13.11, к 10:00. Сегодня в зале спектакль в 19:00, монтаж пульта до него не успеваем."""
add(build(OFFICE, "967291 — позиция 2, перенос", w, office_alt(txt, cid="image001.png@01DB5380.11AA44D0"),
          mailer=OUTLOOK),
    w, rev("plan only (выезд завтра), nothing happened yet"))

w = dt(12, 16, 45, 30)
body = "Малый зал зазвучал!!! П1 done, микшер Soundcraft Si Expression, 16 каналов, всё чисто. yехали в 16:30\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "967291 П1", w, tpart(body), mailer=IPHONE),
    w, dec("967291", ["1"], D, "«П1 done… yехали в 16:30» with Latin y"))

w = dt(13, 9, 58, 0)
body = "Мы в ДК, где ключ от рубки?? вахта не знает, администратор трубку не берёт (+7 812 409-15-33)\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "ключи!!", w, tpart(body), mailer=IPHONE),
    w, rev("no request number at all; question about keys"))

w = dt(13, 15, 20, 41)
body = """Поз2 — пульт ожил!! ETC Element 2, DMX 512 каналов, сбросили и залили show file, ни одного глюка. Всё, уехали в 15:05

Денис
Отправлено с iPhone

> 13 нояб. 2026 г., в 10:02, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
>
> Денис, по П2 вы в пути? Администратор спрашивает.
"""
add(build(ENG, "Re: 967291 в пути", w, tpart(body, cte="base64"), mailer=IPHONE, irt=disp_id(1311)),
    w, dec("967291", ["2"], D, "Re: subject says «в пути», body reports pos 2 done and left"))

# ============================ 967846 КЦ «Купчино» ============================
w = dt(12, 14, 20, 0)
m_967846a = "<000c01db5392$0f3e1a90$2dba4fb0$@scena-svet.ru>"
body_a = """Уважаемая Ольга Петровна!

Ваше обращение № 967846 (КЦ «Купчино», ул. Будапештская, д. 92, штанкеты основной сцены) зарегистрировано и принято в работу.
Ориентировочный выезд — 13.11.2026."""
add(build(OFFICE, "Обращение № 967846 — КЦ «Купчино»", w, tpart(body_a + "\n\n" + SIG_OFFICE + "\n"),
          mailer=OUTLOOK, msgid=m_967846a),
    w, dec("967846", [], A, "«обращение № … принято в работу»"))

w = dt(13, 9, 50, 18)
body = """Ольга Петровна,

каюсь: ещё не доехали — и сегодня, увы, не доедем. Газель встала на Витебском проспекте с пробитым колесом, а запаска, как выяснилось, играет в другом спектакле. Переносим на завтра, 14-е, к 9:30 — с КЦ договорюсь сам.

А. Л. Ш.

Вы писали 13 ноября 2026 г., 9:41:07:

ОП> Аркадий Львович, где бригада по 967846? КЦ ждёт с 9:00.
"""
add(build(CHIEF, "Re: Где бригада по 967846?", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="B", irt=disp_id(1309)),
    w, rev("«ещё не доехали… сегодня не доедем», postponed to tomorrow: negation + plan"))

w = dt(14, 9, 5, 0)
body = "967846 — в пути! ETA 9:40, колесо новое)))\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "Купчино 967846", w, tpart(body), mailer=IPHONE),
    w, dec("967846", [], B, "«в пути! ETA 9:40»"))

w = dt(14, 9, 45, 12)
body = "ПРИБЫЛИ 9.42.\nГУСЕВ\n8-921-940-17-22\n"
add(build(BRIG, "КУПЧИНО 967846", w, tpart(body, cs="koi8-r", cte="8bit"), scs="koi8-r", senc="B",
          mailer="Microsoft Outlook Express 6.00.2900.5931"),
    w, dec("967846", [], C, "«ПРИБЫЛИ 9.42»; phone in signature"))

w = dt(14, 10, 30, 0)
body = """Здравствуйте!

Офис ООО «Сцена-Свет» не работает в выходные дни. Ваше письмо будет рассмотрено в понедельник, 16 ноября.
По срочным вопросам звоните главному технику: +7 911 725-30-48.
"""
add(build(OFFICE, "Автоматический ответ: 967846 — бригада на месте?", w, tpart(body, cte="base64"),
          mailer=OUTLOOK, irt=disp_id(1320),
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    w, ign("out-of-office auto-reply from Outlook; subject repeats the dispatcher's question"))

w = dt(14, 15, 30, 6)
body = """Ольга Петровна, добрый день!

Свет дали — зал сияет; штанкеты ездят плавно, как лебеди в третьем акте, все шесть, включая тот, что висел с перекосом, кажется, со времён «Оттепели». Откланялись в 15:10.

Засим — до следующей заявки :)
А. Л. Ш.

Вы писали 12 ноября 2026 г., 14:20:00:

""" + quote(body_a, "МЕ> ") + "\n"
add(build(CHIEF, "Re: Обращение № 967846 — КЦ «Купчино»", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="Q", irt=m_967846a),
    w, dec("967846", [], D, "«Свет дали — зал сияет… Откланялись в 15:10»; quoted acceptance is history"))

# ============================ 968120 Школа № 555 ============================
w = dt(13, 11, 0, 44)
txt = """Добрый день!

Заявка № 968120 (ГБОУ СОШ № 555, актовый зал, ул. Белградская, д. 26, корп. 6) принята в работу. Работы — 16.11 (понедельник), по согласованию со школой с 9:00."""
add(build(OFFICE, "Заявка 968120 — принята в работу", w,
          office_alt(txt, cs="windows-1251", cte="base64", cid="image001.png@01DB5455.3CD0A8F0"),
          mailer=OUTLOOK, scs="windows-1251", senc="B"),
    w, dec("968120", [], A, "acceptance, windows-1251 base64 multipart"))

w = dt(16, 9, 30, 10)
body = "968210 на месте! школа 555, актовый зал\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "968210", w, tpart(body), mailer=IPHONE),
    w, rev("number 968210 is not in the registry (probably a typo for 968120, but not certain)"))

w = dt(16, 9, 42, 30)
body = """Ольга Петровна, пересылаю от бригадира — Денис в номере заявки ошибся.

-------- Пересланное сообщение --------
Тема: 	968120 НА МЕСТЕ
Дата: 	Mon, 16 Nov 2026 09:35:12 +0300
От: 	Гусев В.П. <brigada@scena-svet.ru>
Кому: 	office@scena-svet.ru

ШКОЛА 555 968120 НА МЕСТЕ С 9.15
ГУСЕВ

--
Марина Ершова
ООО «Сцена-Свет», +7 (812) 407-21-60
"""
add(build(OFFICE, "Fwd: 968120 НА МЕСТЕ", w, tpart(body, cte="8bit", ct_extra="; format=flowed"), mailer=THUNDER),
    w, dec("968120", [], C, "Thunderbird forward of the brigadier's arrival report"))

w = dt(16, 13, 10, 55)
m_968120d = "<1471283955.20261116131055@scena-svet.ru>"
body_d = """Ольга Петровна,

по заявке 968120, школа № 555: прожекторы (п. 1) — работы завершены, бригада освободилась в 13:00. Заменили два диммерных блока и шесть ламп GY9.5 (650 Вт), сцена снова в свету, как отличница на линейке.
Звук (п. 2) — завтра после уроков, к 15:00: раньше в зал не пускают, там контрольная у одиннадцатых."""
add(build(CHIEF, "968120 — п. 1 готово, п. 2 завтра", w,
          tpart(body_d + "\n\nА. Л. Ш.\n", cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="B", msgid=m_968120d),
    w, dec("968120", ["1"], D, "п.1 finished («бригада освободилась в 13:00»), п.2 only planned"))

w = dt(16, 14, 0, 7)
orig = Message()
orig["From"] = addr(DISPATCH)
orig["To"] = "d.kotov.old@scena-svet.ru"
orig["Subject"] = ew("968120 — звук, позиция 2")
orig["Date"] = format_datetime(dt(16, 13, 59, 58))
orig["Message-ID"] = disp_id(1333)
orig["MIME-Version"] = "1.0"
orig["Content-Type"] = 'text/plain; charset="utf-8"'
orig["Content-Transfer-Encoding"] = "base64"
orig.set_payload(base64.encodebytes(
    "Денис, добрый день! По заявке 968120 п.2: бригада убыла с объекта или ещё на месте?\nСмирнова О. П., диспетчер\n".encode()).decode())
bounce_txt = """This is the mail system at host mx1.scena-svet.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<d.kotov.old@scena-svet.ru>: host mx1.scena-svet.ru[127.0.0.1] said: 550 5.1.1
    <d.kotov.old@scena-svet.ru>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
ds1 = Message()
ds1["Reporting-MTA"] = "dns; mx1.scena-svet.ru"
ds1["X-Postfix-Queue-ID"] = "4Qx7Kd1Z3Tz9v"
ds1["Arrival-Date"] = "Mon, 16 Nov 2026 13:59:59 +0300 (MSK)"
ds2 = Message()
ds2["Final-Recipient"] = "rfc822; d.kotov.old@scena-svet.ru"
ds2["Action"] = "failed"
ds2["Status"] = "5.1.1"
ds2["Diagnostic-Code"] = "smtp; 550 5.1.1 <d.kotov.old@scena-svet.ru>: Recipient address rejected"
dsn = Message()
dsn["Content-Type"] = "message/delivery-status"
dsn.set_payload([ds1, ds2])
r822 = Message()
r822["Content-Type"] = "message/rfc822"
r822.attach(orig)
ndr = multi("report", [tpart(bounce_txt, cs="us-ascii", cte="7bit"), dsn, r822], "; report-type=delivery-status")
add(build(DAEMON, "Undelivered Mail Returned to Sender", w, ndr,
          extra=[("Auto-Submitted", "auto-replied")]),
    w, ign("delivery failure report (bounce) of the dispatcher's own message"))

w = dt(17, 16, 40, 33)
body = """п2 — готово! звук в актовом зале есть, радиосистема Sennheiser ew 100 G4 перешита на 626-668 МГц, колонки поют. Уехали 16:30

Денис

пн, 16 нояб. 2026 г. в 13:10, Аркадий Шуйский <a.shuisky@scena-svet.ru>:

""" + quote(body_d) + "\n"
html = ("<div dir=\"ltr\">" + p2html(body.split("пн, 16 нояб.")[0]) + "</div><br><div class=\"gmail_quote\">"
        "<div dir=\"ltr\" class=\"gmail_attr\">пн, 16 нояб. 2026 г. в 13:10, Аркадий Шуйский &lt;a.shuisky@scena-svet.ru&gt;:<br></div>"
        "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
        + p2html(body_d) + "</blockquote></div>\n")
add(build(ENG_GMAIL, "Re: 968120 — п. 1 готово, п. 2 завтра", w,
          multi("alternative", [tpart(body, cte="base64"), tpart(html, "html", cte="base64")]),
          cc=[CHIEF], irt=m_968120d),
    w, dec("968120", ["2"], D, "gmail reply: п2 done «Уехали 16:30»; quoted chief's letter is history; frequency range is not a request"))

# ============================ 968504 ДК «Приморский» ============================
w = dt(16, 9, 20, 2)
txt = """Добрый день, Ольга Петровна!

Заявка № 968504 (ДК «Приморский», Савушкина ул., д. 8, сцена большого зала на 520 мест) получена и принята в работу. Старший на объекте — Шуйский А. Л."""
add(build(OFFICE, "Заявка 968504 — ДК «Приморский»: принята", w, office_alt(txt, cid="image001.png@01DB5622.9E8D77A0"),
          mailer=OUTLOOK),
    w, dec("968504", [], A, "acceptance; 520 seats"))

w = dt(16, 11, 0, 40)
body = """Ольга Петровна, благодарю за схему проезда к ДК «Приморский» и телефон завхоза (+7 812 246-03-17). Всё получили, карту повесили в Газели рядом с образком святого Генезия — покровителя актёров.

А. Л. Ш.

Вы писали 16 ноября 2026 г., 10:44:12:

ОП> Аркадий Львович, по 968504 высылаю схему проезда: въезд со двора, ворота с Савушкина, 8.
ОП> Завхоз — Геннадий Борисович, +7 812 246-03-17.
"""
add(build(CHIEF, "Re: 968504 — схема проезда", w, tpart(body, cs="windows-1251", cte="8bit"), mailer=THEBAT,
          scs="windows-1251", senc="Q", irt=disp_id(1329)),
    w, rev("thanks for the dispatcher's own message, no status"))

w = dt(17, 8, 30, 11)
body = "#968504 выдвигаемся в Приморский!! будем через 30 минут\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "#968504", w, tpart(body), mailer=IPHONE),
    w, dec("968504", [], B, "«#968504 выдвигаемся… будем через 30 минут»"))

w = dt(17, 9, 20, 5)
body = """Ольга Петровна, пересылаю от Палыча, у меня рабочая почта на телефоне легла

---------- Forwarded message ---------
От: Гусев В.П. <brigada@scena-svet.ru>
Date: вт, 17 нояб. 2026 г. в 09:14
Subject: ПРИМОРСКИЙ 968504
To: Денис Котов <denis.kotov.light@gmail.com>


НА ОБЪЕКТЕ С 9.10.
ГУСЕВ
"""
html = ("<div dir=\"ltr\"><div>Ольга Петровна, пересылаю от Палыча, у меня рабочая почта на телефоне легла</div><br>"
        "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>"
        "От: <b class=\"gmail_sendername\">Гусев В.П.</b> <span>&lt;brigada@scena-svet.ru&gt;</span><br>"
        "Date: вт, 17 нояб. 2026 г. в 09:14<br>Subject: ПРИМОРСКИЙ 968504<br>"
        "To: Денис Котов &lt;denis.kotov.light@gmail.com&gt;<br></div><br><br>"
        "<div>НА ОБЪЕКТЕ С 9.10.<br>ГУСЕВ</div></div></div>\n")
add(build(ENG_GMAIL, "Fwd: ПРИМОРСКИЙ 968504", w,
          multi("alternative", [tpart(body, cte="quoted-printable"), tpart(html, "html", cte="quoted-printable")])),
    w, dec("968504", [], C, "Gmail forward of the brigadier's «НА ОБЪЕКТЕ С 9.10»"))

w = dt(17, 18, 10, 0)
rows = [("1", "Пульт", "Завершено, бригада убыла в 17:50"),
        ("2", "Штанкеты", "Завершено, бригада убыла в 17:50"),
        ("3", "Прожекторы", "Перенос на 19.11 — ждём лампы HPL 750 Вт")]
inner = ("<p>Ольга Петровна, добрый вечер!</p><p>Отчёт за 17.11 по заявке № 968504 (ДК «Приморский»):</p>"
         "<table border=\"1\" cellpadding=\"5\" cellspacing=\"0\"><thead><tr><th>№ поз.</th><th>Наименование</th>"
         "<th>Статус</th></tr></thead><tbody>\n"
         + "\n".join("<tr><td align=\"center\">%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
         + "\n</tbody></table>\n" + SIG_OFFICE_HTML % "image001.png@01DB56E4.5AB0C3D0")
html_only = multi("related", [tpart(html_doc(inner), "html", cte="base64"),
                              img_part("image001.png@01DB56E4.5AB0C3D0", "image001.png")], '; type="text/html"')
add(build(OFFICE, "968504: отчёт за 17.11", w, html_only, mailer=OUTLOOK),
    w, dec("968504", ["1", "2"], D, "HTML-only letter, table: rows 1 and 2 finished, row 3 postponed (plan)"))

w = dt(19, 15, 20, 36)
inner_msg = Message()
inner_msg["From"] = addr(ENG)
inner_msg["To"] = addr(OFFICE)
inner_msg["Subject"] = ew("968504 поз.3")
inner_msg["Date"] = format_datetime(dt(19, 15, 3, 17))
inner_msg["Message-ID"] = "<5D2E81B0-4C3A-4F7E-B1D9-0E6A2C9F3B88@scena-svet.ru>"
inner_msg["X-Mailer"] = IPHONE
inner_msg["MIME-Version"] = "1.0"
ip = tpart("Прожекторы (поз.3) — лампы HPL 750W вставили, все 24 fixture светят, фокус выставили. Уехали 15:00!\n\nДенис\nОтправлено с iPhone\n")
inner_msg["Content-Type"] = ip["Content-Type"]
inner_msg["Content-Transfer-Encoding"] = ip["Content-Transfer-Encoding"]
inner_msg.set_payload(ip.get_payload())
outer = multi("mixed", [tpart("Ольга Петровна, пересылаю отчёт Дениса по Приморскому (во вложении).\n\n" + SIG_OFFICE + "\n",
                              cte="quoted-printable"), rfc822_part(inner_msg)])
add(build(OFFICE, "Fwd: 968504 поз.3", w, outer, mailer=OUTLOOK),
    w, dec("968504", ["3"], D, "forward as attachment (message/rfc822): pos 3 done, «Уехали 15:00»; 24 fixtures/750W are not requests"))

# ============================ 969013 Лицей № 101 ============================
w = dt(17, 12, 0, 3)
m_969013a = "<000d01db5678$c1a2e3f0$44e6abd0$@scena-svet.ru>"
txt = """Добрый день!

Заявка № 969013 (ГБОУ лицей № 101, актовый зал на 240 мест, ул. Жака Дюкло, д. 67) принята в работу. Выезд — по согласованию с лицеем."""
add(build(OFFICE, "Заявка 969013 принята в работу", w,
          office_alt(txt, cs="windows-1251", cte="quoted-printable", with_image=False),
          mailer=OUTLOOK, scs="windows-1251", senc="B", msgid=m_969013a),
    w, dec("969013", [], A, "acceptance"))

w = dt(18, 10, 0, 22)
body = """Ольга Петровна,

позвольте мне на минуту сойти со сцены и поговорить как старый ворчун. По заявке 969013 нам третий раз переносят окно для работ: сначала был утренник, потом хор, теперь — «пробный экзамен в актовом зале». Мы не Гамлет, чтобы бесконечно решать «быть или не быть», но лицею, видимо, тоже некогда.
Прошу повлиять, иначе рискуем встретить Новый год в фойе с паяльником.

""" + SIG_CHIEF + "\n"
add(build(CHIEF, "969013 — о переносах", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="B"),
    w, rev("complaint about postponements, no status"))

w = dt(19, 8, 10, 40)
body = """Ольга Петровна, доброе утро!

Карета — в нашем случае Газель — подана, едем в лицей. К 9:00 будем у служебного входа, охрана предупреждена.

А. Л. Ш.

Вы писали 17 ноября 2026 г., 12:00:03:

МЕ> Добрый день!
МЕ> Заявка принята в работу. Выезд — по согласованию с лицеем.
"""
add(build(CHIEF, "Re: Заявка 969013 принята в работу", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="Q", irt=m_969013a),
    w, dec("969013", [], B, "number only in Re: subject which still says «принята»; «едем… к 9:00 будем»"))

w = dt(19, 9, 5, 58)
body = """Ольга Петровна, пересылаю Денисов рапорт — сам я ещё паркуюсь.

=== Пересылаемое сообщение ===
От: Денис Котов <d.kotov@scena-svet.ru>
Кому: Аркадий Львович Шуйский <a.shuisky@scena-svet.ru>
Дата: 19 ноября 2026 г., 9:01:44
Тема: 969013 на месте

969013 — на месте! Лицей 101, зал на 240 мест, звуковой пульт в будке. Начинаем

Денис
Отправлено с iPhone

=== Конец пересылаемого сообщения ===
"""
add(build(CHIEF, "Fwd: 969013 на месте", w, tpart(body, cs="windows-1251", cte="8bit"), mailer=THEBAT,
          scs="windows-1251", senc="B"),
    w, dec("969013", [], C, "The Bat forward of the engineer's arrival report"))

w = dt(19, 14, 30, 14)
body = """Ольга Петровна,

занавес! работы окончены, публика может аплодировать. В лицее № 101 звук в актовом зале снова есть — усилитель ожил после замены конденсаторов, а занавес (его мы тоже чинили, безо всяких метафор) ходит по тросу без рывков.
Откланялись в 14:10; завхоз Татьяна Сергеевна напоила нас чаем — в театре это называется бенефисом.

А. Л. Ш.
"""
html = html_doc("<div style=\"font-family:Georgia,serif\">" + p2html(body) + "</div>"
                "<p><img src=\"cid:mask@scena-svet.ru\" alt=\"маски комедии и трагедии\"></p>").replace(
    "charset=utf-8", "charset=windows-1251")
add(build(CHIEF, "Лицей № 101 — заявка 969013", w,
          multi("related", [multi("alternative", [tpart(body, cs="windows-1251", cte="base64"),
                                                  tpart(html, "html", cs="windows-1251", cte="base64")]),
                            img_part("mask@scena-svet.ru", "mask.png")], '; type="multipart/alternative"'),
          mailer=THEBAT, scs="windows-1251", senc="B"),
    w, dec("969013", [], D, "«занавес! работы окончены… Откланялись в 14:10» — whole request (no position numbers)"))

# ============================ 969377 ДК «Лесной» ============================
w = dt(19, 9, 20, 0)
body = """ПРИНЯЛИ. ЗАВТРА С УТРА.
ГУСЕВ

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Thursday, November 19, 2026 8:55 AM
To: brigada@scena-svet.ru
Subject: Заявка 969377 ДК Лесной

Направляем заявку N 969377: ДК "Лесной", пр. Тореза, д. 35. Позиция 1 - прожекторы, позиция 2 - пульт. Контакт: +7 (812) 552-61-80.
Смирнова О. П.
"""
add(build(BRIG, "RE: Заявка 969377 ДК Лесной", w, tpart(body, cs="koi8-r", cte="quoted-printable"),
          scs="koi8-r", senc="B", mailer="Microsoft Outlook Express 6.00.2900.5931", irt=disp_id(1347)),
    w, dec("969377", [], A, "«ПРИНЯЛИ»; quoted -----Original Message----- lists positions but the new text names none"))

w = dt(20, 8, 20, 30)
body = "Выехали в ДК «Лесной»! будем через 30 минут, фикстуры Robe везём с собой\n\nДенис\nОтправлено с iPhone\n"
add(build(ENG, "ДК Лесной 969377", w, tpart(body), mailer=IPHONE),
    w, dec("969377", [], B, "«Выехали в ДК… будем через 30 минут» = on the way"))

w = dt(20, 9, 0, 41)
body = "969377 ПРИБЫТИЕ 8.55\nГУСЕВ\n"
add(build(BRIG, "969377", w, tpart(body, cs="koi8-r", cte="base64"), scs="koi8-r", senc="B",
          mailer="Microsoft Outlook Express 6.00.2900.5931"),
    w, dec("969377", [], C, "noun «ПРИБЫТИЕ 8.55»"))

w = dt(20, 15, 0, 9)
body = """Ольга Петровна,

промежуточный антракт по 969377. Прожекторы (п. 1) вспыхнули и сияют — Денис свернул кабели и в 14:30 уехал на другой объект. Я же остаюсь на сцене в компании пульта (п. 2): ETC Ion с характером, упрямится, как примадонна перед премьерой.

А. Л. Ш.
"""
add(build(CHIEF, "969377 — антракт", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="B"),
    w, rev("different statuses for different positions: п.1 done/left, п.2 still on site"))

w = dt(20, 18, 30, 52)
body = """Ольга Петровна, добрый вечер!

Примадонна сдалась: пульт (поз. 2) работает, патч на два юниверса (1024 канала) восстановлен, консоль ETC Ion обновлена до 3.2.4. Занавес! Работы окончены, публика может аплодировать — а я наконец могу откланяться, что и сделал в 18:10.

""" + SIG_CHIEF + "\n"
add(build(CHIEF, "Re: 969377 — антракт", w, tpart(body, cs="windows-1251", cte="quoted-printable"),
          mailer=THEBAT, scs="windows-1251", senc="Q"),
    w, dec("969377", ["2"], D, "pos 2 done, «откланяться, что и сделал в 18:10»; 1024 channels / version are not requests"))

# ============================ bulk mail ============================
w = dt(16, 12, 0, 0)
txt = """Сцена-Свет: новости ноября

Друзья! В ноябре мы закрыли более 300 заявок в домах культуры и школах Петербурга.
Новинка проката: пульты ETC Ion Xe 20 и приборы Robe T1 Profile — от 4 500 руб./сутки.
Скидка 10% на профилактику сценической механики до 25 декабря.

Отписаться от рассылки: https://scena-svet.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru
"""
html = html_doc("<h2>Сцена-Свет: новости ноября</h2>" + p2html(txt.split("\n", 2)[2]) +
                "<p><img src=\"https://scena-svet.ru/img/news-nov.png\" alt=\"Пульт ETC Ion Xe 20 в прокате\"></p>")
add(build(NEWS, "Сцена-Свет: новости ноября и скидки на профилактику", w,
          multi("alternative", [tpart(txt), tpart(html, "html")]),
          extra=[("Precedence", "bulk"), ("List-Id", "<news.scena-svet.ru>"),
                 ("List-Unsubscribe", "<mailto:unsubscribe@scena-svet.ru?subject=unsubscribe>, "
                                      "<https://scena-svet.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
                 ("X-Mailer", "Sendsay")]),
    w, ign("newsletter / bulk mailing"))


# --------------------------------------------------------------------------
REGISTRY = {
    "contractor": {
        "name": "ООО «Сцена-Свет»",
        "emails": ["a.shuisky@scena-svet.ru", "d.kotov@scena-svet.ru", "office@scena-svet.ru",
                   "brigada@scena-svet.ru", "news@scena-svet.ru", "mailer-daemon@scena-svet.ru",
                   "denis.kotov.light@gmail.com"],
        "domains": ["scena-svet.ru"],
    },
    "requests": [
        {"number": "965114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ДК «Невский», большой зал 640 мест: 1 пульт ETC Ion, 2 штанкеты, 3 занавес"},
        {"number": "965387", "positions": ["1", "2"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "ГБОУ СОШ № 214, актовый зал 280 мест: 1 прожекторы, 2 звук"},
        {"number": "965902", "positions": ["1"], "registered_at": "2026-11-04T08:30:00+03:00",
         "comment": "ДК «Кировец»: 1 пульт ETC Ion Xe 20"},
        {"number": "966045", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T11:00:00+03:00",
         "comment": "КДЦ «Охта»: 1 пульт, 2 штанкеты, 3 занавес, 4 звук в малом зале"},
        {"number": "966410", "positions": ["1"], "registered_at": "2026-11-06T09:00:00+03:00",
         "comment": "ГБОУ школа № 77: 1 занавес актового зала"},
        {"number": "966733", "positions": ["1", "2"], "registered_at": "2026-11-09T10:00:00+03:00",
         "comment": "ДК «Московский»: 1 прожекторы Robe, 2 диммерные стойки"},
        {"number": "967058", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T12:20:00+03:00",
         "comment": "ГБОУ гимназия № 30, актовый зал 350 мест: 1 пульт, 2 прожекторы, 3 звук"},
        {"number": "967291", "positions": ["1", "2"], "registered_at": "2026-11-11T09:45:00+03:00",
         "comment": "ДК «Красногвардейский»: 1 звук в малом зале, 2 пульт"},
        {"number": "967846", "positions": ["1"], "registered_at": "2026-11-12T14:00:00+03:00",
         "comment": "КЦ «Купчино»: 1 штанкеты основной сцены"},
        {"number": "968120", "positions": ["1", "2"], "registered_at": "2026-11-13T10:10:00+03:00",
         "comment": "ГБОУ СОШ № 555, актовый зал: 1 прожекторы, 2 звук"},
        {"number": "968504", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "ДК «Приморский», большой зал 520 мест: 1 пульт, 2 штанкеты, 3 прожекторы"},
        {"number": "969013", "positions": ["1", "2"], "registered_at": "2026-11-17T11:30:00+03:00",
         "comment": "ГБОУ лицей № 101, актовый зал 240 мест: 1 звук, 2 занавес"},
        {"number": "969377", "positions": ["1", "2"], "registered_at": "2026-11-19T08:50:00+03:00",
         "comment": "ДК «Лесной»: 1 прожекторы, 2 пульт ETC Ion"},
    ],
}


def main():
    os.makedirs(LETTERS_DIR, exist_ok=True)
    for f in os.listdir(LETTERS_DIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(LETTERS_DIR, f))
    L.sort(key=lambda t: t[0])
    labels = {}
    pol = compat32.clone(linesep="\r\n")
    seen_ids = set()
    for i, (when, msg, label) in enumerate(L, 1):
        name = "%03d.eml" % i
        mid = msg["Message-ID"]
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
        with open(os.path.join(LETTERS_DIR, name), "wb") as fh:
            fh.write(buf.getvalue())
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
