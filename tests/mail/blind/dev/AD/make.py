#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for persona AD: ИП Белоусова (клининг, Нижний Новгород).

Writes registry.json, labels.json and letters/NNN.eml into the folder of this script.
Messages are serialised by hand so that charset / transfer-encoding are exactly
what each sender's mail client would produce.
"""
import base64
import datetime as _dt
import hashlib
import html
import json
import os
import quopri
import uuid
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

TZ = _dt.timezone(_dt.timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

NAT = ("Наталья Белоусова", "natalia@belousova-clean.ru")
NAT_MAILRU = ("Наталья Белоусова", "belousova.nn@mail.ru")
KIR = ("Кирилл Соколов", "kirill.sokolov@belousova-clean.ru")
OFFICE = ("ИП Белоусова - офис", "office@belousova-clean.ru")
NEWS = ("Клининг Белоусовой", "news@belousova-clean.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@belousova-clean.ru")

KIR_SIG = """--
С уважением,
Кирилл Соколов
менеджер по работе с клиентами
ИП Белоусова Н.В., ИНН 526210347781
г. Нижний Новгород, ул. Львовская, 2В, оф. 14
тел. +7 (831) 413-27-90, моб. +7 920 031-58-44"""

DISP_SIG = """С уважением,
Михайлова Ольга
Диспетчерская служба ООО «ОМИС»
тел. +7 (831) 215-40-40"""


# ---------------------------------------------------------------- helpers
def D(day, hm):
    h, m = map(int, hm.split(":"))
    return _dt.datetime(2026, 11, day, h, m, (day * 7 + h * 3 + m) % 60, tzinfo=TZ)


def rfcdate(d):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d +0300" % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second)


def hdr(s, cs="utf-8", enc=None):
    """RFC 2047 encode if needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        h = Header(s, cs, maxlinelen=76)
        return h.encode()


def addr(pair, cs="utf-8"):
    name, a = pair
    return "%s <%s>" % (hdr(name, cs), a)


def seed(*xs):
    return hashlib.sha1("|".join(map(str, xs)).encode()).hexdigest()


def mid(kind, fn):
    s = seed(kind, fn)
    if kind == "iphone":
        return "<%s@belousova-clean.ru>" % str(uuid.UUID(s[:32])).upper()
    if kind == "outlook":
        return "<00%s$%s$%s$@belousova-clean.ru>" % (s[:10], s[10:18], s[18:26])
    if kind == "mailru":
        return "<%d.%s@f%d.i.mail.ru>" % (int(s[:8], 16), s[8:20], 300 + int(s[20:22], 16) % 200)
    if kind == "thebat":
        return "<%d.%d@belousova-clean.ru>" % (int(s[:7], 16), int(s[7:12], 16))
    return "<%s.%s@belousova-clean.ru>" % (kind, s[:20])


def encode_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw  # 8bit / 7bit


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def bytes(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s\n" % (k, v)).encode("ascii"))
        out.append(b"\n")
        if self.children:
            if self.body:
                out.append(self.body)
            for c in self.children:
                out.append(("\n--%s\n" % self.boundary).encode())
                out.append(c.bytes())
            out.append(("\n--%s--\n" % self.boundary).encode())
        else:
            out.append(self.body)
        return b"".join(out)


def textpart(text, cs="utf-8", cte="quoted-printable", sub="plain", extra=()):
    ct = "text/%s; charset=%s" % (sub, cs if sub != "plain" or cs != "utf-8" else "utf-8")
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra),
                encode_body(text, cs, cte))


def bnd(fn, n=""):
    return "----=_Part_%s%s" % (seed("b", fn, n)[:16], n)


def text2html_outlook(text, cs):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            paras.append("<p class=MsoNormal>%s<o:p></o:p></p>" % html.escape(line))
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head>\n"
            "<body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n%s\n"
            "</div></body></html>\n" % (cs, "\n".join(paras)))


def text2html_simple(text):
    lines = []
    for line in text.split("\n"):
        if line.startswith(">"):
            lines.append("<div style=\"color:#777\">%s</div>" % html.escape(line))
        else:
            lines.append("<div>%s</div>" % (html.escape(line) if line else "&nbsp;"))
    return "<HTML><BODY>%s</BODY></HTML>\n" % "\n".join(lines)


FAKE_JPEG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
             + hashlib.sha256(b"photo").digest() * 48 + b"\xff\xd9")


def top_headers(frm, d, subj, msgid, cs="utf-8", to=DISPATCH, extra=(), irt=None, refs=None):
    h = [("From", addr(frm, cs)),
         ("To", addr(to, cs)),
         ("Subject", hdr(subj, cs)),
         ("Date", rfcdate(d)),
         ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    return h


def dmid(req, n=1):
    return "<omis.%s.%d@zakazchik-omis.ru>" % (req, n)


# ------------------------------------------------------------ client styles
def iphone(fn, d, subj, body, frm=NAT, irt=None, attach=None, sig=True):
    if sig:
        body = body.rstrip("\n") + "\n\nОтправлено с iPhone\n" if "Отправлено с iPhone" not in body else body
    h = top_headers(frm, d, subj, mid("iphone", fn), irt=irt,
                    extra=[("X-Mailer", "iPhone Mail (22B91)")])
    tp = textpart(body, "utf-8", "quoted-printable")
    if not attach:
        return Part(h + tp.headers, tp.body).bytes()
    b = "Apple-Mail-%s" % seed(fn)[:8].upper()
    img = Part([("Content-Type", "image/jpeg; name=%s" % attach),
                ("Content-Disposition", "inline; filename=%s" % attach),
                ("Content-Transfer-Encoding", "base64")], base64.encodebytes(FAKE_JPEG))
    h.append(("Content-Type", "multipart/mixed; boundary=\"%s\"" % b))
    return Part(h, b"", [tp, img], b).bytes()


def outlook(fn, d, subj, body, frm=KIR, irt=None, html_body=None, html_only=False, cs="windows-1251",
            extra=()):
    ex = [("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", base64.b64encode(bytes.fromhex(seed("ti", fn)[:32])).decode()),
          ("Content-Language", "ru")] + list(extra)
    h = top_headers(frm, d, subj, mid("outlook", fn), cs=cs, irt=irt, extra=ex)
    hb = html_body or text2html_outlook(body, cs)
    if html_only:
        tp = textpart(hb, cs, "quoted-printable", "html")
        return Part(h + tp.headers, tp.body).bytes()
    b = bnd(fn)
    h.append(("Content-Type", "multipart/alternative; boundary=\"%s\"" % b))
    return Part(h, b"", [textpart(body, cs, "quoted-printable"),
                         textpart(hb, cs, "quoted-printable", "html")], b).bytes()


def thebat(fn, d, subj, body, frm=OFFICE, irt=None, cte="8bit"):
    h = top_headers(frm, d, subj, mid("thebat", fn), cs="koi8-r", irt=irt,
                    extra=[("X-Mailer", "The Bat! (v10.4.0.5) Professional"),
                           ("Reply-To", addr(frm, "koi8-r")),
                           ("X-Priority", "3 (Normal)")])
    tp = textpart(body, "koi8-r", cte)
    return Part(h + tp.headers, tp.body).bytes()


def mailru(fn, d, subj, body, frm=NAT_MAILRU, irt=None):
    h = top_headers(frm, d, subj, mid("mailru", fn), irt=irt,
                    extra=[("X-Mailer", "Mail.Ru Mailer 1.0"),
                           ("X-Originating-IP", "[95.37.%d.%d]" % (int(seed(fn)[:2], 16), int(seed(fn)[2:4], 16))),
                           ("X-Mailru-Src", "web")])
    b = bnd(fn)
    h.append(("Content-Type", "multipart/alternative; boundary=\"%s\"" % b))
    return Part(h, b"", [textpart(body, "utf-8", "base64"),
                         textpart(text2html_simple(body), "utf-8", "base64", "html")], b).bytes()


# ------------------------------------------------------------- the letters
L = []  # (fn, bytes, label)


def add(raw, label):
    fn = "%03d.eml" % (len(L) + 1)
    L.append((fn, raw, label))


def nxt():
    return "%03d.eml" % (len(L) + 1)


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------- 28114 : accept (reply on top of iPhone quote)
add(iphone(nxt(), D(2, "09:47"),
           "Re: Заявка № 28114 — генеральная уборка после ремонта, ул. Рождественская, 24",
           """Ольга, добрый день!!!

Заявочку получили, берём конечно 😊 Я уже девочкам позвонила, Лена со своей бригадой завтра с утра будет, часам к восьми. Там после ремонта наверное пылищи... возьмём побольше салфеточек и строительный пылесос 😅

Наталья

Отправлено с iPhone

> 2 нояб. 2026 г., в 09:10, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
> 
> Добрый день!
> Направляем заявку № 28114 на генеральную уборку после ремонта.
> Адрес: г. Нижний Новгород, ул. Рождественская, 24, БЦ «Волжский».
> Позиции:
> 1 — 2 этаж (офисы 201–214)
> 2 — 3 этаж (офисы 301–312)
> 3 — лестничные марши и холл 1 этажа
> Просим подтвердить принятие.
> 
> """ + "\n> ".join(DISP_SIG.split("\n")) + "\n", irt=dmid(28114), sig=False),
    dec("28114", [], ACC, "«Заявочку получили, берём» – acceptance of whole request; plan for tomorrow is extra; positions only in quote"))

# ---------- 28114 : on the way (WhatsApp paste forwarded by Kirill)
add(outlook(nxt(), D(3, "08:05"), "FW: 28114 выезд",
            """Ольга, доброе утро.
Пересылаю сообщение бригадира по заявке 28114.

[07:41, 03.11.2026] Лена Бригадир: Выехали на Рождественскую, 4 человека, будем минут через 20
[07:42, 03.11.2026] Лена Бригадир: пылесос взяли, стремянку тоже

""" + KIR_SIG),
    dec("28114", [], WAY, "forwarded WhatsApp: crew left for the site, ETA 20 min"))

# ---------- 28114 : on site
add(iphone(nxt(), D(3, "08:41"), "28114 Рождественская",
           """Ольга, девочки уже на месте!!! 😊 Охрана пропустила быстренько, спасибо что предупредили их заранее. Лена говорит пыли там правда ОЧЕНЬ много, но справимся!!!

Наталья"""),
    dec("28114", [], ON, "girls on site; no position named"))

# ---------- 28131 : accept, Kirill inline answers
add(outlook(nxt(), D(3, "13:02"), "RE: Заявка № 28131 — мойка витрин, ул. Большая Покровская, 82",
            """Ольга, добрый день.
Ответы ниже.

> Просим подтвердить принятие заявки и сообщить дату выполнения.
Заявку принимаем. Выполним 05.11, с 7:00 до открытия ТЦ (10:00).

> Контактное лицо на объекте — Андрей Петрович, +7 910 384-22-17.
Принято, бригадир позвонит ему 04.11 вечером.

> Мойка с двух сторон?
Да, снаружи и внутри, как в заявке.

""" + KIR_SIG + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 3 ноября 2026 г. 11:40
Кому: Кирилл Соколов <kirill.sokolov@belousova-clean.ru>
Тема: Заявка № 28131 — мойка витрин, ул. Большая Покровская, 82

Добрый день.
Заявка № 28131: мойка остекления входной группы и витрин (1 позиция), ТЦ, ул. Большая Покровская, 82.
Просим подтвердить принятие заявки и сообщить дату выполнения.
Контактное лицо на объекте — Андрей Петрович, +7 910 384-22-17.
Мойка с двух сторон?

""" + DISP_SIG, irt=dmid(28131)),
    dec("28131", [], ACC, "inline answer under quoted line: «Заявку принимаем»; date 05.11 is a plan"))

# ---------- 28114 pos 1 done (office PC, The Bat!, KOI8-R)
add(thebat(nxt(), D(3, "18:20"), "28114 поз. 1",
           """Здравствуйте, Ольга.

Заявка 28114, поз. 1 (2 этаж) - уборка завершена в 17:50, бригада с этажа ушла, на сегодня закончили.
Поз. 2 и 3 - продолжим 04.11 с 8:00.

--
С уважением,
Кирилл Соколов
ИП Белоусова Н.В., ул. Львовская, 2В, оф. 14
"""),
    dec("28114", ["1"], OFF, "pos 1 finished 17:50; pos 2,3 only planned for tomorrow; '2 этаж' is a floor"))

# ---------- 28114 pos 2 on site (WhatsApp in iPhone letter)
add(iphone(nxt(), D(4, "08:20"), "Fwd: 28114",
           """Доброе утро!!! По 28114 по второй позиции девочки на месте, начали третий этаж 😊 Пересылаю от Лены:

[08:03, 04.11.2026] Лена Бригадир: Мы на Рождественской, поднимаемся на 3й этаж
[08:04, 04.11.2026] Лена Бригадир: охранник новый, паспорта переписал

С праздником вас, кстати!!! 🇷🇺

Наталья"""),
    dec("28114", ["2"], ON, "«по второй позиции девочки на месте»; 3й этаж = floor, not position"))

# ---------- 28114 pos 3 on site (The Bat!)
add(thebat(nxt(), D(4, "10:30"), "28114 (3)",
           """Ольга, добрый день.

28114 (3) - вторая половина бригады приступила к лестничным маршам и холлу, на объекте с 10:10.

Кирилл
"""),
    dec("28114", ["3"], ON, "position in brackets after number; on site since 10:10"))

# ---------- 28114 pos 2,3 done (mail.ru, chatty, quote of dispatcher)
add(mailru(nxt(), D(4, "14:05"),
           "Re: Заявка № 28114 — генеральная уборка после ремонта, ул. Рождественская, 24",
           """Ольга, здравствуйте!

Простите что вчера вечером пропала, у младшего температура поднялась, полночи не спали 🙈 Сейчас уже всё хорошо, тьфу-тьфу.

По 28114 — 2-я и 3-я позиции (третий этаж и лестницы с холлом) закончили, всё блестит 😊 Девочки молодцы, даже плитку в холле от затирки отмыли, хотя это вроде не по заявке было. Уехали минут 15 назад. Акт Кирилл подготовит.

Обнимаю, Наталья


>Вторник, 3 ноября 2026, 18:32 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
>
>Наталья, добрый вечер. Получили от Кирилла по поз. 1, спасибо. Ждём информацию по 2 и 3.
>
>""" + "\n>".join(DISP_SIG.split("\n")) + "\n", irt=dmid(28114, 3)),
    dec("28114", ["2", "3"], OFF, "2-я и 3-я позиции закончили, уехали; quoted 'поз. 1' is old"))

# ---------- 28131 on the way (caps)
add(iphone(nxt(), D(5, "06:50"), "28131",
           """ВЫЕЗЖАЕМ на Покровку!!! 🚗 Ира с девочками будут к семи, стремянки и телескопические швабры взяли.
Андрею Петровичу Кирилл вчера звонил, всё в силе 👍

Н."""),
    dec("28131", [], WAY, "«ВЫЕЗЖАЕМ», будут к семи = on the way now; number only as bare subject"))

# ---------- 28207 question -> review
add(iphone(nxt(), D(5, "09:05"), "Re: Заявка № 28207 — уборка после затопления, ул. Белинского, 61",
           """Ольга, доброе утро! А там вода уже откачана?? Девочкам в резиновых сапогах ехать или как 🙈 И вход в подвал со двора или через первый этаж? Напишите пожалуйста, от этого зависит кого отправлять.

Наталья

Отправлено с iPhone

> 5 нояб. 2026 г., в 08:30, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
> 
> Добрый день.
> Направляем заявку № 28207: уборка после затопления, ул. Белинского, 61.
> 1 — подвал
> 2 — технические помещения 1 этажа
> Просим подтвердить принятие.
""", irt=dmid(28207), sig=False),
    rev("only questions about water and entrance; no acceptance or other status"))

# ---------- 28131 done (WhatsApp forward)
add(iphone(nxt(), D(5, "10:15"), "Fwd: Покровка 28131",
           """Пересылаю от Иришки 😊 по 28131 всё сделали!!! Витрины как хрусталь ✨

[06:58, 05.11.2026] Ира: На месте, охранник открыл служебный вход
[07:05, 05.11.2026] Ира: Андрей Петрович тут, показал где воду набрать
[09:47, 05.11.2026] Ира: Всё, витрины помыли снаружи и внутри, уезжаем
[09:48, 05.11.2026] Ира: <Медиафайл опущен>"""),
    dec("28131", [], OFF, "forwarded chat: arrival 06:58 then «помыли, уезжаем» 09:47 – latest event is departure"))

# ---------- 28207 accepted (Kirill, Outlook block quote)
add(outlook(nxt(), D(5, "11:30"), "RE: Заявка № 28207 — уборка после затопления, ул. Белинского, 61",
            """Ольга, добрый день.
Спасибо за ответ по воде и входу.
Заявку 28207 приняли в работу. Бригада 2 человека + водосос Karcher NT 70/2 и тепловая пушка. Выезд сегодня в 13:00.

""" + KIR_SIG + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 5 ноября 2026 г. 10:02
Кому: Наталья Белоусова <natalia@belousova-clean.ru>; Кирилл Соколов <kirill.sokolov@belousova-clean.ru>
Тема: RE: Заявка № 28207 — уборка после затопления, ул. Белинского, 61

Наталья, вода откачана управляющей компанией, на полу остатки грязи и ила. Вход со двора, ключи у дворника (Фарид, +7 952 447-10-93).

""" + DISP_SIG, irt=dmid(28207, 2)),
    dec("28207", [], ACC, "«приняли в работу»; departure at 13:00 is a plan; NT 70/2 is a vacuum model"))

# ---------- 28207 on the way
add(outlook(nxt(), D(5, "13:10"), "FW: 28207",
            """Бригада выехала, переписка ниже.

[13:02, 05.11.2026] Галина: выдвигаемся на Белинского, в машине 2 чел + оборудование
[13:03, 05.11.2026] Кирилл: Фарид предупреждён, ключи у него

Кирилл"""),
    dec("28207", [], WAY, "«Бригада выехала», «выдвигаемся на Белинского»"))

# ---------- 28207 pos 1 done
add(iphone(nxt(), D(5, "17:45"), "Белинского 28207",
           """Ольга, по подвалу (поз.1) закнчили!!! 😮‍💨 Ила было по щиколотку, девочки три раза воду меняли. Пушку хотели оставить сушить, но Фарид сказал без присмотра нельзя, забрали с собой. Техпомещения завтра с утра доделаем, сегодня у них сил уже нет, уехали.

Наталья"""),
    dec("28207", ["1"], OFF, "pos 1 finished (typo 'закнчили'), crew left; pos 2 tomorrow = plan"))

# ---------- 28207 pos 2 on site (The Bat!, ОМ> quote, subject names old status)
add(thebat(nxt(), D(6, "08:40"), "Re: 28207 выезд бригады",
           """Здравствуйте, Ольга.

Поз. 02 (техпомещения 1 этажа) - бригада на объекте с 08:30, приступили.

Вы писали 5 ноября 2026 г., 18:12:

ОМ> Кирилл, добрый вечер.
ОМ> Подтвердите, пожалуйста, выезд бригады завтра на поз. 2 по заявке 28207.

--
С уважением,
Кирилл
""", irt=dmid(28207, 4)),
    dec("28207", ["2"], ON, "subject Re: ... выезд is old; new text: поз. 02 on site since 08:30; number only in subject/quote"))

# ---------- 28215 accept (Outlook cp1251)
add(outlook(nxt(), D(6, "10:40"), "RE: Заявка № 28215 — химчистка ковровых покрытий, пр. Гагарина, 29",
            """Добрый день, Ольга.

Заявку № 28215 принимаем. Химчистку ковролина планируем на выходные, 07–08.11, чтобы не мешать сотрудникам. Оборудование: экстрактор Karcher Puzzi 30/4, насадка для ковролина 4.130-006, сушка 4–6 часов.
Прошу согласовать доступ в здание в субботу и воскресенье с 8:00.

""" + KIR_SIG + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 6 ноября 2026 г. 10:00
Кому: Кирилл Соколов <kirill.sokolov@belousova-clean.ru>
Тема: Заявка № 28215 — химчистка ковровых покрытий, пр. Гагарина, 29

Позиции: 1 — каб. 101–105; 2 — каб. 201–208; 3 — переговорная; 4 — ресепшн.
""" + DISP_SIG, irt=dmid(28215)),
    dec("28215", [], ACC, "«Заявку № 28215 принимаем»; dates and part numbers are noise"))

# ---------- 28207-2 done: Outlook forward of brigadier's e-mail
add(outlook(nxt(), D(6, "11:20"), "FW: Белинского",
            """Ольга, 28207-2 — работы выполнены, бригада убыла в 11:05. Акт подпишем в понедельник с управляющей.

""" + KIR_SIG + """

От: Галина Ершова <g.ershova@belousova-clean.ru>
Отправлено: 6 ноября 2026 г. 11:07
Кому: Кирилл Соколов <kirill.sokolov@belousova-clean.ru>
Тема: Белинского

Кирилл, техпомещения домыли, всё сухое, уехали. Ключи отдала Фариду. Щиток в коридоре не трогали, пломба 0412873 целая."""),
    dec("28207", ["2"], OFF, "number-dash-position; forwarded brigadier mail confirms; seal number is noise"))

# ---------- 28215 on site (Saturday)
add(iphone(nxt(), D(7, "08:55"), "Гагарина ковры 28215",
           """Доброе утречко!!! ☀️ Девочки уже на месте на Гагарина, экстрактор занесли, начинают. Охранник в субботу оказывается один на всё здание, ключи долго искал, но нашёл 😅

Наталья"""),
    dec("28215", [], ON, "on site, no position named"))

# ---------- 28215 pos 1,2 done: HTML-only table
_tbl = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Ольга, добрый день.</p>
<p class=MsoNormal>Сводка по заявке 28215 (пр. Гагарина, 29) на 07.11:</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">
<tr><td><b>Поз.</b></td><td><b>Помещения</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>
<tr><td>1</td><td>каб. 101–105</td><td>выполнено</td><td>12:40</td></tr>
<tr><td>2</td><td>каб. 201–208</td><td>выполнено</td><td>16:10</td></tr>
</table>
<p class=MsoNormal>Поз. 3 и 4 (переговорная, ресепшн) — 08.11 с 8:00.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>--<br>Кирилл Соколов<br>менеджер по работе с клиентами<br>ИП Белоусова Н.В.<br>тел. +7 (831) 413-27-90</p>
</div></body></html>
"""
add(outlook(nxt(), D(7, "16:30"), "Сводка по заявке 28215 на 07.11", "", html_body=_tbl, html_only=True),
    dec("28215", ["1", "2"], OFF, "HTML-only table: rows 1 and 2 'выполнено'; 3,4 planned for 08.11; room numbers are noise"))

# ---------- 28215 pos 3,4 done with photo
add(iphone(nxt(), D(8, "13:15"), "28215 всё!!!",
           """Ольга, переговорка и ресепшн тоже готовы!!! 3 и 4 позиция — всё, ковры сохнут, девочки поехали домой отдыхать, воскресенье же 😅 Простите что в выходной пишу, но вы же просили сразу сообщать. Фоточку прикладываю 📸

Наталья""", attach="IMG_4471.jpeg"),
    dec("28215", ["3", "4"], OFF, "positions 3 and 4 done, girls went home"))

# ---------- 28240 accept
add(iphone(nxt(), D(9, "14:50"), "Re: Заявка № 28240 уборка после корпоратива, ул. Максима Горького, 117",
           """Ой, корпоративчик 😄 Берём!!! Заявка 28240 принята, девочки будут в 22:00 как просили, раньше зал всё равно не освободят. Поедет Оля Смирнова со своими, они у меня самые шустрые по ночам 🦉

Наталья

Отправлено с iPhone

> 9 нояб. 2026 г., в 14:20, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
> 
> Наталья, добрый день. Заявка № 28240: уборка конференц-зала после мероприятия, ул. Максима Горького, 117. Начало не ранее 22:00.
""", irt=dmid(28240), sig=False),
    dec("28240", [], ACC, "«Заявка 28240 принята»"))

# ---------- 28240 on the way
add(iphone(nxt(), D(9, "21:35"), "Fwd: 28240",
           """Девочки в дороге!!!

[21:31, 09.11.2026] Оля Смирнова: Наталья Викторовна, мы выехали на Горького, пробки у Сенной, минут 15-20
[21:32, 09.11.2026] Наталья Белоусова: 👍 напиши как будете"""),
    dec("28240", [], WAY, "«выехали на Горького», ETA 15–20 min"))

# ---------- 28240 done (# in subject, after midnight)
add(iphone(nxt(), D(10, "01:40"), "#28240 готово",
           """Всё!!! Девочки закончили в 01:15, зал чистый, бутылки вынесли (32 пакета!!! 😱), посуду сдали администратору Вадиму под роспись. Разъехались по домам на такси. Я спать 😴

Наталья"""),
    dec("28240", [], OFF, "finished 01:15 and went home"))

# ---------- 28263 accept (The Bat!, bottom-posted under quote)
add(thebat(nxt(), D(10, "10:20"), "Re: Заявка N 28263 мойка фасадного остекления, ул. Нестерова, 9",
           """Здравствуйте, Ольга.

Вы писали 10 ноября 2026 г., 9:00:

ОМ> Направляем заявку N 28263: мойка фасадного остекления, ул. Нестерова, 9.
ОМ> 1 - фасад со стороны улицы, 2 - дворовый фасад.
ОМ> Просим подтвердить и сообщить сроки.

Заявка 28263 принята. Работы выполняют промышленные альпинисты (2 чел., допуски есть, копии вышлю). Нужен доступ на кровлю. Начало - 11.11 при отсутствии осадков и ветре не более 10 м/с.

--
С уважением,
Кирилл
""", irt=dmid(28263)),
    dec("28263", [], ACC, "reply written under the quote: «Заявка 28263 принята»; positions only in quote"))

# ---------- complaint about payment -> review
add(mailru(nxt(), D(10, "11:45"), "оплата по Рождественской",
           """Ольга, добрый день! Извините что беспокою, я понимаю что это наверное не к вам, а в бухгалтерию, но может подскажете!!!

По 28114 акт № 1103 от 04.11 подписан, счёт № 2841 выставлен, а оплаты до сих пор нет 😔 У меня девочкам зарплату в пятницу платить... По договору № 17/2026-К оплата в течение 5 банковских дней. Может где-то затерялся?

Наталья Белоусова
ИП Белоусова Н.В.
+7 910 797-12-05"""),
    rev("payment complaint about an already finished request; no status reported"))

# ---------- 28263 on the way (car plate)
add(iphone(nxt(), D(11, "08:10"), "Нестерова 9 — альпинисты",
           """Ольга, доброе утро!!! Ребята альпинисты выехали к вам на Нестерова по 28263, газель белая, номер В 726 ОР 152, водитель Сергей. Пропустите пожалуйста во двор 🙏 Погода вроде хорошая, ветра нет!

Наталья"""),
    dec("28263", [], WAY, "«выехали к вам на Нестерова»; car plate is noise"))

# ---------- 28263 on site (inline)
add(outlook(nxt(), D(11, "09:05"), "RE: Заявка № 28263 мойка фасадного остекления, ул. Нестерова, 9",
            """Ольга, добрый день.

> Сообщите, пожалуйста, о прибытии бригады.
Прибыли в 08:50, поднимаются на кровлю, крепят снаряжение.

> Пропуск на машину оформлен, номер сообщите охране на въезде.
Сообщили, спасибо.

Кирилл Соколов""", irt=dmid(28263, 2)),
    dec("28263", [], ON, "inline answer: «Прибыли в 08:50»"))

# ---------- 28263 pos 1 done
add(iphone(nxt(), D(11, "15:40"), "28263",
           """Уличный фасад (позиция 1) — готово!!! Стёкла сияют ✨✨ А дворовый не успели, ветер к обеду поднялся до 12 метров, ребята по технике безопасности спустились и уехали. Завтра с утра продолжат, если погода даст 🙏

Н."""),
    dec("28263", ["1"], OFF, "pos 1 done, crew left; pos 2 not done (plan)"))

# ---------- bounce
_orig_hdrs = ("Return-Path: <dispatch@zakazchik-omis.ru>\n"
              "From: " + addr(DISPATCH) + "\n"
              "To: marina.k@belousova-clean.ru\n"
              "Subject: " + hdr("Заявка № 28263: поз. 2 — просьба подтвердить выезд") + "\n"
              "Date: Thu, 12 Nov 2026 08:01:44 +0300\n"
              "Message-ID: <omis.28263.5@zakazchik-omis.ru>\n")
_fn = nxt()
_b = bnd(_fn)
_h = [("From", "%s <%s>" % DAEMON), ("To", addr(DISPATCH)),
      ("Subject", "Undelivered Mail Returned to Sender"),
      ("Date", rfcdate(D(12, "08:02"))), ("Message-ID", "<20261112050206.7C1F53E0A1@mx.belousova-clean.ru>"),
      ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
      ("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"%s\"" % _b)]
_p1 = Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
           b"""This is the mail system at host mx.belousova-clean.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<marina.k@belousova-clean.ru>: unknown user: "marina.k"
""")
_p2 = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
           b"""Reporting-MTA: dns; mx.belousova-clean.ru
X-Postfix-Queue-ID: 7C1F53E0A1
Arrival-Date: Thu, 12 Nov 2026 08:01:46 +0300

Final-Recipient: rfc822; marina.k@belousova-clean.ru
Original-Recipient: rfc822;marina.k@belousova-clean.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "marina.k"
""")
_p3 = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
           _orig_hdrs.encode("ascii"))
add(Part(_h, b"This is a MIME-encapsulated message.\n", [_p1, _p2, _p3], _b).bytes(),
    ign("postfix bounce from contractor's MX; request number only in returned headers"))

# ---------- read receipt
_fn = nxt()
_b = bnd(_fn)
_h = top_headers(KIR, D(12, "09:25"), "Прочитано: Заявка № 28301 — дезинфекция складов, Московское шоссе, 52",
                 mid("outlook", _fn), cs="windows-1251",
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")])
_h.append(("Content-Type", "multipart/report; report-type=disposition-notification; boundary=\"%s\"" % _b))
_r1 = textpart("""Ваше сообщение

  Кому: Кирилл Соколов
  Тема: Заявка № 28301 — дезинфекция складов, Московское шоссе, 52
  Отправлено: 12 ноября 2026 г. 8:45

было прочитано 12 ноября 2026 г. 9:25.
""", "windows-1251", "quoted-printable")
_r2 = Part([("Content-Type", "message/disposition-notification")],
           b"""Reporting-UA: belousova-clean.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;kirill.sokolov@belousova-clean.ru
Original-Message-ID: <omis.28301.1@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
add(Part(_h, b"", [_r1, _r2], _b).bytes(), ign("Outlook read receipt (MDN)"))

# ---------- 28301 plan -> review
add(outlook(nxt(), D(12, "09:40"), "RE: Заявка № 28301 — дезинфекция складов, Московское шоссе, 52",
            """Ольга, добрый день.
По 28301: сегодня свободной бригады с генератором холодного тумана нет, выедем завтра к 8:00. Если устраивает — подтвердите, пожалуйста.

Кирилл

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 12 ноября 2026 г. 8:45
Кому: Кирилл Соколов <kirill.sokolov@belousova-clean.ru>
Тема: Заявка № 28301 — дезинфекция складов, Московское шоссе, 52

Позиции: 1 — склад А; 2 — склад Б; 3 — бытовые помещения.
Желательно сегодня.
""" + DISP_SIG, irt=dmid(28301)),
    rev("«выедем завтра к 8:00» is only a plan, asks customer to confirm; no acceptance stated"))

# ---------- 28263 (2) done
add(outlook(nxt(), D(12, "14:00"), "28263 (2)",
            """Ольга, добрый день.
По наряду 28263, поз. 2 — дворовый фасад домыли, бригада освободилась в 13:45. Копии допусков альпинистов приложу к акту.

""" + KIR_SIG),
    dec("28263", ["2"], OFF, "«по наряду», «бригада освободилась» = finished and left"))

# ---------- 28301 on the way
add(iphone(nxt(), D(13, "07:35"), "Fwd: 28301 Московское ш.",
           """Ольга, доброе!!! Ребята поехали 🚐 по 28301

[07:20, 13.11.2026] Дима: едем на Московское шоссе 52, генератор взяли, химию тоже
[07:21, 13.11.2026] Дима: будем к 8"""),
    dec("28301", [], WAY, "crew travelling, ETA 8:00"))

# ---------- 28301 on site (inline, Re: bare number)
add(outlook(nxt(), D(13, "08:20"), "RE: 28301",
            """> Кирилл, бригада на месте? Кладовщик ждёт у ворот склада А.
На месте с 08:05, кладовщик их встретил.

Кирилл""", irt=dmid(28301, 3)),
    dec("28301", [], ON, "inline answer «На месте с 08:05»; склад А mentioned only in the customer's quoted question"))

# ---------- 28301 pos 1,2 done
add(outlook(nxt(), D(13, "12:10"), "28301 поз.1, поз.2",
            """Ольга, добрый день.
28301 поз.1 и поз.2 (склады А и Б) — обработка завершена в 11:50, проветривание 2 часа, сотрудников не пускать до 14:00.
Бытовки (поз.3) — после обеда, ждём коменданта с ключами.

""" + KIR_SIG),
    dec("28301", ["1", "2"], OFF, "pos 1,2 work completed; pos 3 only planned"))

# ---------- 28318 accept: number only in subject
add(iphone(nxt(), D(13, "12:25"), "Re: Заявка № 28318 — чистка жалюзи и штор, ул. Ильинская, 50",
           """Приняли!!! Жалюзи это наше любимое 😂 (нет) Завтра с утра девочки будут, Кирилл время скинет.

Наталья

Отправлено с iPhone

> 13 нояб. 2026 г., в 12:00, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
> 
> Направляем заявку № 28318: чистка вертикальных жалюзи (14 окон) и штор в переговорной, ул. Ильинская, 50. Одна позиция.
""", irt=dmid(28318), sig=False),
    dec("28318", [], ACC, "«Приняли!!!», request number only in Re: subject and quote"))

# ---------- 28301 pos 3 done (iPhone forward of brigadier e-mail)
add(iphone(nxt(), D(13, "15:30"), "Fwd: Московское 52 бытовки",
           """Бытовочки тоже обработали!!! П3 по 28301 — всё, ребята уехали 👍

Наталья

Отправлено с iPhone

Начало переадресованного сообщения:

> От: Дмитрий Гусев <d.gusev@belousova-clean.ru>
> Дата: 13 ноября 2026 г. в 15:18:04 GMT+3
> Кому: Наталья Белоусова <natalia@belousova-clean.ru>
> Тема: Московское 52 бытовки
> 
> Наталья Викторовна, бытовки обработали, комендант принял, подписал. Уехали на базу, генератор ставлю на зарядку.
""", sig=False),
    dec("28301", ["3"], OFF, "П3 done; forwarded brigadier mail confirms departure"))

# ---------- wrong number (transposed) -> review
add(iphone(nxt(), D(14, "08:45"), "Ильинская",
           """Ольга, доброе утро!!! По заявке 28381 девочки выехали, будут минут через 20 😊

Наталья"""),
    rev("number 28381 is not in the registry (probably transposed 28318, but cannot be recorded with confidence)"))

# ---------- nonexistent position -> review
add(outlook(nxt(), D(14, "10:05"), "28318 поз.2",
            """Ольга, добрый день.
Заявка 28318, позиция 2 (шторы в переговорной) — бригада на месте, снимают шторы для обработки паром.

Кирилл"""),
    rev("request 28318 has only position 1; position 2 does not exist"))

# ---------- 28318 done
add(iphone(nxt(), D(14, "12:50"), "Ильинская 50 — готово",
           """Жалюзи сняли, отмыли, повесили обратно, шторы отпарили — всё!!! Уехали ❤️ по Ильинской 28318. Ольга, утром я номер перепутала, простите, глаза не проснулись 🙈

Наталья"""),
    dec("28318", [], OFF, "everything done, left"))

# ---------- thanks / acknowledgement -> review
add(outlook(nxt(), D(16, "09:00"), "RE: Изменение порядка оформления пропусков с 16.11",
            """Ольга, добрый день.
Спасибо, информацию получили. Списки бригад с паспортными данными будем направлять за сутки до выезда, как указано в письме. Сегодня доведём до всех бригадиров.

""" + KIR_SIG + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 13 ноября 2026 г. 17:20
Кому: Кирилл Соколов <kirill.sokolov@belousova-clean.ru>; Наталья Белоусова <natalia@belousova-clean.ru>
Тема: Изменение порядка оформления пропусков с 16.11

Коллеги, с 16.11 списки персонала подрядчиков на объекты направляются не позднее чем за 24 часа до выезда.
""" + DISP_SIG),
    rev("acknowledgement of the dispatcher's own notice; no request, no status"))

# ---------- 28355 accept (The Bat!)
add(thebat(nxt(), D(16, "10:15"), "Re: Заявка N 28355 - уборка подъездов после ремонта, ул. Ванеева, 110",
           """Здравствуйте, Ольга.

Подтверждаю принятие заявки 28355 (Ванеева, 110). Работы - 17.11 с 8:30, бригада Светланы Ковалёвой, 3 человека. Список на пропуск направлю сегодня до 12:00 по новому порядку.

Вы писали 16 ноября 2026 г., 9:30:

ОМ> Направляем заявку N 28355: уборка подъездов после ремонта, ул. Ванеева, 110.
ОМ> 1 - подъезд 1, 2 - подъезд 2.

--
С уважением,
Кирилл
""", irt=dmid(28355), cte="quoted-printable"),
    dec("28355", [], ACC, "«Подтверждаю принятие заявки 28355»; house number 110 is noise"))

# ---------- 28355 on site (WhatsApp)
add(outlook(nxt(), D(17, "08:40"), "FW: 28355 Ванеева",
            """Ольга, доброе утро. Бригада на объекте, из чата:

[08:12, 17.11.2026] Света: выехали
[08:37, 17.11.2026] Света: на Ванеева, заходим, старшая по дому открыла
[08:37, 17.11.2026] Света: тут мешки строительные по всем этажам

Кирилл"""),
    dec("28355", [], ON, "on site since 08:37 (latest event)"))

# ---------- price talk -> review
add(outlook(nxt(), D(17, "11:00"), "RE: Заявка № 28372 — химчистка мягкой мебели, ул. Краснозвёздная, 7",
            """Ольга, добрый день.
По заявке 28372 нужно согласование до начала работ:
— в кабинетах руководства 6 кресел из натуральной кожи, по договору № 17/2026-К кожа идёт по отдельному прайсу — 1 200 руб./шт.;
— диваны в холле (3 шт.) — по базовой цене.
Итого доп. смета 7 200 руб. Прошу согласовать, после этого назначим дату.

""" + KIR_SIG, irt=dmid(28372)),
    rev("price / extra estimate discussion, no acceptance yet"))

# ---------- 28355 pos 1 done
add(iphone(nxt(), D(17, "13:30"), "Ванеева 110",
           """28355 — первый подъезд (позиция 1) отмыли!!! Там строители такое оставили, ужас 😱 Девочки три мешка засохшей шпаклёвки вынесли и краску с перил оттирали. Сейчас перекусят и во второй подъезд.

Наталья"""),
    dec("28355", ["1"], OFF, "pos 1 finished; second entrance only next"))

# ---------- two requests -> review
add(iphone(nxt(), D(17, "15:00"), "Кирилл на объекте",
           """Ольга, Кирюша сейчас на объекте, поэтому отвечу я 😊 По Ванеева (28355) девочки во втором подъезде, домывают перила, часа через два закончат. А по 28372 смету он вам утром отправлял, посмотрите пожалуйста, а то у нас на четверг бригада под вас держится!!!

Наталья"""),
    rev("two different requests (28355 and 28372) in one letter"))

# ---------- 28355 pos 2 done (number in brackets after address)
add(outlook(nxt(), D(17, "18:05"), "Ванеева 110 (28355) п.2",
            """Ванеева 110 (28355) п.2 — убытие 17:50. Мусор вынесен в контейнер УК.

Кирилл Соколов"""),
    dec("28355", ["2"], OFF, "number in brackets after address; «убытие 17:50»"))

# ---------- 28372 accept after estimate approval
add(outlook(nxt(), D(18, "09:20"), "RE: Заявка № 28372 — химчистка мягкой мебели, ул. Краснозвёздная, 7",
            """Ольга, добрый день.
Согласование доп. сметы получили, спасибо. Заявку 28372 берём в работу, выезд 19.11 в 8:00, бригада Елены Дроновой.

Кирилл

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 17 ноября 2026 г. 17:45
Кому: Кирилл Соколов <kirill.sokolov@belousova-clean.ru>
Тема: RE: Заявка № 28372 — химчистка мягкой мебели, ул. Краснозвёздная, 7

Кирилл, доп. смету на 7 200 руб. согласовали.
""" + DISP_SIG, irt=dmid(28372, 2)),
    dec("28372", [], ACC, "«берём в работу» after estimate approval; departure 19.11 is a plan"))

# ---------- calendar response
_fn = nxt()
_b = bnd(_fn)
_h = top_headers(KIR, D(18, "12:00"), "Принято: Сверка объёмов работ за ноябрь", mid("outlook", _fn),
                 cs="windows-1251",
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage"),
                        ("Content-Language", "ru")])
_h.append(("Content-Type", "multipart/alternative; boundary=\"%s\"" % _b))
_ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кирилл Соколов:mailto:kirill.sokolov@belousova-clean.ru
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART;TZID=Russian Standard Time:20261125T110000
DTEND;TZID=Russian Standard Time:20261125T120000
SUMMARY;LANGUAGE=ru-RU:Принято: Сверка объёмов работ за ноябрь
UID:040000008200E00074C5B7101A82E008000000003A1C2B5F9E55DB010000000000000000100000007B
DTSTAMP:20261118T090000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
add(Part(_h, b"", [textpart("", "windows-1251", "quoted-printable"),
                   textpart(_ics, "utf-8", "base64", "calendar; method=REPLY")], _b).bytes(),
    ign("Outlook calendar meeting response (accepted invitation)"))

# ---------- question 28406 -> review
add(outlook(nxt(), D(19, "08:40"), "RE: Заявка № 28406 — уборка чердака и кровли, ул. Костина, 3",
            """Ольга, добрый день.
Перед тем как ставить бригаду, уточните, пожалуйста:
1) нужен ли пропуск на машину во двор на Костина, 3?
2) у кого ключи от чердака и выхода на кровлю?
3) мусор вывозим мы или будет контейнер УК?

""" + KIR_SIG, irt=dmid(28406)),
    rev("questions only; list numbers 1) 2) 3) are not positions"))

# ---------- 28372 on site
add(outlook(nxt(), D(19, "08:50"), "FW: 28372 Краснозвёздная",
            """Пересылаю из чата бригады.

[08:05, 19.11.2026] Лена: едем на Краснозвёздную
[08:42, 19.11.2026] Лена: мы на месте, охрана пустила, начинаем с холла

Кирилл"""),
    dec("28372", [], ON, "latest chat line: on site 08:42"))

# ---------- 28406 accept
add(iphone(nxt(), D(19, "10:00"), "Re: Заявка № 28406 — уборка чердака и кровли, ул. Костина, 3",
           """Ольга, Кирилл сказал вы ответили — ключи у старшей по дому, контейнер будет, всё выяснили!!! Берём 28406 конечно 😊 Мальчиков отправлю завтра с утра, там же тяжести таскать, девочкам нельзя.

Наталья""", irt=dmid(28406, 2)),
    dec("28406", [], ACC, "«Берём 28406»; tomorrow's departure is a plan"))

# ---------- different statuses -> review (1 of 2)
add(mailru(nxt(), D(19, "14:20"), "Краснозвёздная 7",
           """Ольга, добрый день!!! Диванчики в холле как новенькие 😍 По 28372 поз.1 готово, девочки перешли в кабинеты. Кресла кожаные ещё обрабатывают, там кондиционер для кожи долго впитывается, часа три ещё минимум.

Наталья"""),
    rev("different statuses for different positions: pos 1 finished, pos 2 still in progress (on site)"))

# ---------- 28372 pos 2 done
add(outlook(nxt(), D(19, "17:10"), "28372 поз2",
            """Ольга, добрый вечер.
Обращение 28372, поз. 2 (кабинеты руководства) — завершение работ 17:00, бригада выехала с объекта. Кресла не использовать до утра.

""" + KIR_SIG),
    dec("28372", ["2"], OFF, "«выехала с объекта» = left the site; поз2 in subject"))

# ---------- negation -> review
add(iphone(nxt(), D(20, "07:55"), "Костина 28406 😔",
           """Ольга, простите пожалуйста!!! Мальчики ещё не выехали, газель не завелась на морозе, минус 14 у нас ночью было 🥶 Прикуривают сейчас. Как заведут — сразу напишу. Извините 🙏

Наталья"""),
    rev("negation: «ещё не выехали»"))

# ---------- no number -> review
add(iphone(nxt(), D(20, "09:10"), "Fwd: Дима",
           """Ура, завелись!!! 🎉

[08:58, 20.11.2026] Дима: завелись, едем
[08:59, 20.11.2026] Дима: минут 30-40, на Окском съезде стоим"""),
    rev("crew on the way, but no request number or address anywhere in the letter"))

# ---------- 28406 P1, P2 on site
add(outlook(nxt(), D(20, "10:30"), "Заявка 28406 прибытие",
            """Ольга, добрый день.
Заявка 28406. Прибытие на объект 09:40. П1, П2 — в работе (чердак, кровля), мусор спускаем в контейнер УК.

""" + KIR_SIG),
    dec("28406", ["1", "2"], ON, "arrival 09:40, П1 and П2 in progress"))

# ---------- 28406 P1, P2 done (reply to Kirill's letter; old status in subject)
add(iphone(nxt(), D(20, "16:00"), "Re: Заявка 28406 прибытие",
           """Чердак и кровлю почистили!!! 14 мешков мусора, голуби там жили целым колхозом 🐦🐦🐦 П1 и П2 всё, мальчики уехали греться. Техэтаж завтра.

Наталья

Отправлено с iPhone

> 20 нояб. 2026 г., в 10:30, Кирилл Соколов <kirill.sokolov@belousova-clean.ru> написал(а):
> 
> Ольга, добрый день.
> Заявка 28406. Прибытие на объект 09:40. П1, П2 — в работе (чердак, кровля), мусор спускаем в контейнер УК.
""", sig=False),
    dec("28406", ["1", "2"], OFF, "subject 'прибытие' is old; new text: П1 и П2 done, left; pos 3 tomorrow"))

# ---------- out of office
_fn = nxt()
add(outlook(_fn, D(21, "09:15"), "Автоматический ответ: Заявка № 28406 — поз. 3, просьба сообщить время",
            """Здравствуйте!
Я в отпуске до 22.11 включительно, почту не читаю.
По срочным вопросам — Наталья Белоусова, natalia@belousova-clean.ru, +7 910 797-12-05.

Кирилл Соколов""", irt=dmid(28406, 4),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    ign("Outlook out-of-office auto-reply"))

# ---------- 28406 pos 3 done
add(iphone(nxt(), D(21, "12:00"), "Re: Заявка № 28406 — поз. 3, просьба сообщить время",
           """Ольга, добрый день!!! Техэтаж (3) — закончили, уехали в 11:40 😊 Кирилл на выходных отдыхает, пишите мне по всем вопросам!!!

Наталья

Отправлено с iPhone

> 21 нояб. 2026 г., в 09:14, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
> 
> Кирилл, добрый день. По заявке 28406 поз. 3 — сообщите, пожалуйста, время прибытия.
""", irt=dmid(28406, 4), sig=False),
    dec("28406", ["3"], OFF, "техэтаж (3) finished, left 11:40"))

# ---------- newsletter
_fn = nxt()
_b = bnd(_fn)
_h = top_headers(NEWS, D(22, "10:00"), "Скидка 15% на мойку окон до конца декабря ✨", "<nl.2611.%s@belousova-clean.ru>" % seed(_fn)[:12],
                 extra=[("Precedence", "bulk"),
                        ("List-Id", "Klining Belousovoy news <news.belousova-clean.ru>"),
                        ("List-Unsubscribe", "<https://belousova-clean.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
                        ("X-Mailer", "SendPulse")])
_h.append(("Content-Type", "multipart/alternative; boundary=\"%s\"" % _b))
_nt = """Здравствуйте!

Зима близко, а окна после осени грязные? ❄️
До 31 декабря — скидка 15% на мойку окон и витрин для постоянных клиентов.
Промышленные альпинисты, гипоаллергенные средства, работаем в выходные.

Заказать: +7 (831) 413-27-90 или belousova-clean.ru

Вы получили это письмо, потому что являетесь клиентом ИП Белоусова Н.В.
Отписаться: https://belousova-clean.ru/unsubscribe
"""
_nh = """<html><body style="font-family:Arial"><h2 style="color:#1a8fd3">Скидка 15% на мойку окон ❄️</h2>
<p>До 31 декабря — скидка 15% на мойку окон и витрин для постоянных клиентов.</p>
<p><a href="https://belousova-clean.ru/akcii">Подробнее</a></p>
<p style="font-size:10px;color:#999">Вы получили это письмо, потому что являетесь клиентом ИП Белоусова Н.В.
<a href="https://belousova-clean.ru/unsubscribe">Отписаться</a></p></body></html>
"""
add(Part(_h, b"", [textpart(_nt, "utf-8", "base64"), textpart(_nh, "utf-8", "base64", "html")], _b).bytes(),
    ign("marketing newsletter (Precedence: bulk, List-Unsubscribe)"))

# ---------- 28450 accept (-----Original Message-----)
add(outlook(nxt(), D(23, "09:40"), "RE: Заявка № 28450 — послестроительная уборка, ул. Родионова, 165",
            """Принято в работу. Выезд 24.11 утром, 3 человека.

Кирилл Соколов

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Monday, November 23, 2026 9:00 AM
To: Кирилл Соколов <kirill.sokolov@belousova-clean.ru>
Subject: Заявка № 28450 — послестроительная уборка, ул. Родионова, 165

Добрый день.
Направляем заявку № 28450: послестроительная уборка помещения аптеки (86 кв. м), ул. Родионова, 165. Открытие аптеки 27.11.
""" + DISP_SIG, irt=dmid(28450)),
    dec("28450", [], ACC, "«Принято в работу»; number only in subject and quoted original"))

# ---------- 28450 on the way
add(iphone(nxt(), D(24, "07:45"), "28450 выезд",
           """Выезжаем на Родионова!!! 🚗 3 девочки + я сама поеду посмотрю, давно на объектах не была 😊 Будем в районе 8:15.

Наталья"""),
    dec("28450", [], WAY, "«Выезжаем», ETA 8:15"))

# ---------- 28450 on site (inline; Latin look-alikes in «Бригадa нa»)
add(outlook(nxt(), D(24, "08:30"), "RE: 28450 выезд",
            """Ольга, ответы в строках.

> Во сколько будете на объекте? Прораб уходит в 9. — Бригадa нa объекте с 08:15, прораба застали, ключи получили.
> Нужно ли отключать сигнализацию? — Прораб отключил.

Кирилл""", irt=dmid(28450, 3)),
    dec("28450", [], ON, "Kirill's answer written on the quoted '>' line after a dash: on site since 08:15 (Latin 'a' inside Бригадa/нa); subject 'выезд' is old"))

# ---------- 28450 done (long chatty mail.ru)
add(mailru(nxt(), D(24, "17:30"), "аптека на Родионова (28450)",
           """Ольга, добрый вечер!!!

Простите что так поздно пишу, день сумасшедший 🙈 Сама сегодня съездила на объект, вспомнила молодость — и швабру в руки взяла 😂 Аптеку отмыли: витрины, полы, плитку от затирки, потолочные светильники, даже вентрешётки. Строители там, конечно... ну вы сами видели. Девочки уехали в 16:40, я с ними. Провизор (Марина Сергеевна) приняла, сказала что открываются 27-го.

Фото скину Кириллу, он приложит к акту.

Обнимаю всех ваших девочек в диспетчерской!!! ❤️
Наталья"""),
    dec("28450", [], OFF, "number in brackets in subject; work finished, left 16:40"))

# ---------- office autoresponder (The Bat!)
_fn = nxt()
_raw = thebat(_fn, D(25, "11:01"), "Re: Заявка N 28477 - мытье окон, детский сад, ул. Бекетова, 38",
              """Здравствуйте!

Спасибо за обращение. Ваше письмо получено и зарегистрировано под номером 4521.
Менеджер свяжется с Вами в течение рабочего дня.

Это письмо сформировано автоматически, отвечать на него не нужно.

ИП Белоусова Н.В., клининговые услуги
+7 (831) 413-27-90
""", irt=dmid(28477))
_raw = _raw.replace(b"X-Priority: 3 (Normal)\n", b"X-Priority: 3 (Normal)\nAuto-Submitted: auto-replied\nX-Autoreply: yes\n")
add(_raw, ign("automatic acknowledgement from office@ mailbox (Auto-Submitted), its own ticket number 4521"))

# ---------- 28477 accept
add(iphone(nxt(), D(25, "11:30"), "Re: Заявка № 28477 — мытьё окон, детский сад, ул. Бекетова, 38",
           """Детский садик!!! 🥰 Конечно берём, заявка № 28477 принята. Девочки у меня все мамы, аккуратненько всё сделают, средства возьмём гипоаллергенные 👍 Завтра с утра приедем, с заведующей Кирилл созвонится.

Наталья

Отправлено с iPhone

> 25 нояб. 2026 г., в 11:00, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
> 
> Направляем заявку № 28477: мытьё окон, детский сад, ул. Бекетова, 38. 1 — корпус 1, 2 — корпус 2.
""", irt=dmid(28477), sig=False),
    dec("28477", [], ACC, "«заявка № 28477 принята»"))

# ---------- 28477 on the way (leaving FROM base TO site)
add(outlook(nxt(), D(26, "08:00"), "28477 выезд",
            """Ольга, доброе утро.
28477 — бригада выехала с базы (ул. Львовская, 2В) на Бекетова, 38. Ориентировочно 08:40.

""" + KIR_SIG),
    dec("28477", [], WAY, "left FROM the base TO the site = on the way"))

# ---------- different statuses -> review (2 of 2)
add(outlook(nxt(), D(26, "12:00"), "28477 к.1",
            """Ольга, добрый день.
28477 к.1 — окна вымыты, бригада перешла на корпус 2, работают.

Кирилл"""),
    rev("different statuses: корпус 1 (pos 1) finished, корпус 2 (pos 2) in progress"))

# ---------- 28477 both done with photo
add(iphone(nxt(), D(26, "16:30"), "садик 28477 ❤️",
           """Садик весь блестит!!! ✨ По 28477 корпус 1 и корпус 2 — всё, девочки уехали в 16:10. Малыши нам рисунок подарили, я чуть не расплакалась 😭❤️ Спасибо вам за такой объект!!!

Наталья""", attach="IMG_4630.jpeg"),
    dec("28477", ["1", "2"], OFF, "корпус 1 и корпус 2 (= positions 1 and 2) done, left 16:10"))


# ------------------------------------------------------------------ write out
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
labels = {}
for fn, raw, lab in L:
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(LET, fn), "wb") as fh:
        fh.write(raw)
    labels[fn] = lab

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

REG = {
    "contractor": {
        "name": "ИП Белоусова Наталья Викторовна (клининговые услуги)",
        "emails": ["natalia@belousova-clean.ru", "kirill.sokolov@belousova-clean.ru",
                   "office@belousova-clean.ru", "news@belousova-clean.ru",
                   "MAILER-DAEMON@belousova-clean.ru", "belousova.nn@mail.ru"],
        "domains": ["belousova-clean.ru"],
    },
    "requests": [
        {"number": "28114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "Генеральная уборка после ремонта, БЦ «Волжский», ул. Рождественская, 24: 1 — 2 этаж, 2 — 3 этаж, 3 — лестничные марши и холл"},
        {"number": "28131", "positions": ["1"], "registered_at": "2026-11-03T11:40:00+03:00",
         "comment": "Мойка остекления входной группы и витрин, ТЦ, ул. Большая Покровская, 82"},
        {"number": "28207", "positions": ["1", "2"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Уборка после затопления, ул. Белинского, 61: 1 — подвал, 2 — техпомещения 1 этажа"},
        {"number": "28215", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "Химчистка ковровых покрытий, пр. Гагарина, 29: 1 — каб. 101–105, 2 — каб. 201–208, 3 — переговорная, 4 — ресепшн"},
        {"number": "28240", "positions": ["1"], "registered_at": "2026-11-09T14:20:00+03:00",
         "comment": "Уборка конференц-зала после мероприятия, ул. Максима Горького, 117"},
        {"number": "28263", "positions": ["1", "2"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "Мойка фасадного остекления (промальп), ул. Нестерова, 9: 1 — уличный фасад, 2 — дворовый фасад"},
        {"number": "28301", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T08:45:00+03:00",
         "comment": "Дезинфекция складов, Московское шоссе, 52: 1 — склад А, 2 — склад Б, 3 — бытовые помещения"},
        {"number": "28318", "positions": ["1"], "registered_at": "2026-11-13T12:00:00+03:00",
         "comment": "Чистка жалюзи и штор, офис, ул. Ильинская, 50"},
        {"number": "28355", "positions": ["1", "2"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "Уборка подъездов после ремонта, ул. Ванеева, 110: 1 — подъезд 1, 2 — подъезд 2"},
        {"number": "28372", "positions": ["1", "2"], "registered_at": "2026-11-17T10:15:00+03:00",
         "comment": "Химчистка мягкой мебели, ул. Краснозвёздная, 7: 1 — диваны в холле, 2 — кабинеты руководства"},
        {"number": "28406", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T08:00:00+03:00",
         "comment": "Уборка чердака и кровли от мусора, ул. Костина, 3: 1 — чердак, 2 — кровля, 3 — техэтаж"},
        {"number": "28450", "positions": ["1"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Послестроительная уборка помещения аптеки, ул. Родионова, 165"},
        {"number": "28477", "positions": ["1", "2"], "registered_at": "2026-11-25T11:00:00+03:00",
         "comment": "Мытьё окон, детский сад, ул. Бекетова, 38: 1 — корпус 1, 2 — корпус 2"},
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REG, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(L), Counter(v["expect"] for v in labels.values()))
