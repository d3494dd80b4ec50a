#!/usr/bin/env python3
"""Generator of test letters for persona DV: ООО «Охранные системы Севера» (Сыктывкар).

Standard library only. Run:  python3 make.py   (writes registry.json, labels.json, letters/*.eml)
"""
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
TZ = timezone(timedelta(hours=3))
rnd = random.Random(20261102)

DOMAIN = "oss-sever.ru"
G = ("Кузьмин Геннадий Петрович", "kuzmin@oss-sever.ru")
GM = ("Геннадий Кузьмин", "gp.kuzmin@mail.ru")
A = ("Алина Носова", "nosova@oss-sever.ru")
O = ("Ладанова Ольга Викторовна", "office@oss-sever.ru")
DIR = ("Черных Игорь Анатольевич", "director@oss-sever.ru")
NEWS = ("Охранные системы Севера", "news@oss-sever.ru")
MD = ("Mail Delivery System", "MAILER-DAEMON@oss-sever.ru")
DISP = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «Охранные системы Севера»",
        "emails": [G[1], GM[1], A[1], O[1], DIR[1], NEWS[1], MD[1]],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "221047", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "ТЦ «Аврора», ул. Коммунистическая, 48: замена дымовых извещателей ИП 212-45, поз. 1-3 = этажи 1-3"},
        {"number": "223512", "positions": ["1", "2"], "registered_at": "2026-11-03T10:05:00+03:00",
         "comment": "Склад, Ухтинское ш., 12: поз. 1 ППК «Сигнал-20П» неисправность, поз. 2 шлейфы ОС"},
        {"number": "224880", "positions": ["1"], "registered_at": "2026-11-04T14:20:00+03:00",
         "comment": "Офис, ул. Ленина, 45: не работает кнопка тревожной сигнализации (КТС)"},
        {"number": "225106", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "Адм. здание, Октябрьский пр-т, 131: ТО АУПС, поз. 1-4 = этажи 1-4"},
        {"number": "226033", "positions": ["01", "02"], "registered_at": "2026-11-09T07:50:00+03:00",
         "comment": "Котельная, пгт Краснозатонский: поз. 01 ППК АПС, поз. 02 шлейфы АПС"},
        {"number": "220419", "positions": ["1", "2"], "registered_at": "2026-11-10T11:30:00+03:00",
         "comment": "Эжва, ул. Мира, 9: поз. 1 СКУД (контроллер), поз. 2 охранная сигнализация 2 этаж"},
        {"number": "227741", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T08:15:00+03:00",
         "comment": "Поликлиника, ул. Кирова: поз. 1 КТС регистратура, поз. 2 домофон, поз. 3 ОПС"},
        {"number": "228205", "positions": ["1"], "registered_at": "2026-11-16T13:00:00+03:00",
         "comment": "Гаражный бокс, ул. Колхозная: ложные срабатывания охранной сигнализации"},
        {"number": "229310", "positions": ["1", "2"], "registered_at": "2026-11-17T09:40:00+03:00",
         "comment": "Детский сад, ул. Морозова: поз. 1 прибор АПС, поз. 2 щит АПС в щитовой"},
        {"number": "222666", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T10:10:00+03:00",
         "comment": "Склад ГСМ: охрана периметра, поз. 1 северный участок, поз. 2 восточный, поз. 3 КПП"},
        {"number": "226950", "positions": ["1"], "registered_at": "2026-11-23T08:30:00+03:00",
         "comment": "Магазин, ул. Первомайская, 62: охранная сигнализация не становится под охрану"},
        {"number": "221803", "positions": ["1", "2"], "registered_at": "2026-11-24T12:00:00+03:00",
         "comment": "Библиотека (ЦБС), ул. Бабушкина, 3: СОУЭ, поз. 1 речевое оповещение, поз. 2 табло «Выход»"},
    ],
}

# --------------------------------------------------------------------------- helpers


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_header(s, cs="utf-8", mode="B"):
    if is_ascii(s):
        return s
    c = Charset(cs)
    c.header_encoding = BASE64 if mode == "B" else QP
    return Header(s, c).encode(linesep="\n")


def addr(person, cs="utf-8", mode="B"):
    name, a = person
    return "%s <%s>" % (enc_header(name, cs, mode), a)


def leaf(text, subtype="plain", cs="utf-8", cte="base64", params=""):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte in ("8bit", "7bit"):
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    else:
        raise ValueError(cte)
    hdrs = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, cs, params)),
            ("Content-Transfer-Encoding", cte)]
    return (hdrs, body)


def raw_entity(ctype, body_bytes, extra=None):
    hdrs = [("Content-Type", ctype)] + (extra or [])
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return (hdrs, body_bytes)


def serialize(ent):
    hdrs, body = ent
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode("ascii")
    return head + b"\n" + body


def boundary():
    return "----=_NextPart_%03d_%04X_%08X.%08X" % (rnd.randint(0, 999), rnd.randint(0, 0xFFFF),
                                                   rnd.getrandbits(32), rnd.getrandbits(32))


def multipart(subtype, parts, params=""):
    b = boundary()
    body = b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += b"--" + b.encode() + b"\n" + serialize(p) + b"\n"
    body += b"--" + b.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, b))], body)


def txt2html(text, cs, font="Calibri"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p class=MsoNormal>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>\n'
            '</head><body lang=RU link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n%s\n</div>\n</body></html>\n'
            % (cs, font, "\n".join(out)))


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)


def msgid(client, d):
    ts = int(d.timestamp())
    if client.startswith("thebat"):
        return "<%d.%s@oss-sever.ru>" % (rnd.randint(10**9, 2 * 10**9), d.strftime("%Y%m%d%H%M%S"))
    if client == "outlook":
        return "<%012x$%08x$%08x@oss-sever.ru>" % (rnd.getrandbits(44), rnd.getrandbits(32), rnd.getrandbits(32))
    if client == "mailru":
        return "<%d.%d@f%d.i.mail.ru>" % (ts, rnd.randint(10**8, 10**9 - 1), rnd.randint(100, 599))
    if client == "iphone":
        h = "%032X" % rnd.getrandbits(128)
        return "<%s-%s-%s-%s-%s@oss-sever.ru>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if client == "thunderbird":
        h = "%032x" % rnd.getrandbits(128)
        return "<%s-%s-%s-%s-%s@oss-sever.ru>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if client == "webmail":
        return "<%d%06d@webmail.oss-sever.ru>" % (ts, rnd.randint(0, 999999))
    return "<%d.%x@mx.oss-sever.ru>" % (ts, rnd.getrandbits(40))


def disp_id(n):
    return "<omis.%d.%d@zakazchik-omis.ru>" % (n, rnd.randint(100000, 999999))


CLIENT_HDRS = {
    "thebat_1251": [("X-Mailer", "The Bat! (v10.4.5) Professional")],
    "thebat_koi": [("X-Mailer", "The Bat! (v10.4.5) Professional")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")],
    "mailru": [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Mras", "Ok")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "system": [],
}

LETTERS = []


def letter(key, date, frm, subject, ent, label, client, to=DISP, cc=None, hcs="utf-8", hmode="B",
           extra=None, reply_to_id=None):
    LETTERS.append(dict(key=key, date=dt(date), frm=frm, subject=subject, ent=ent, label=label,
                        client=client, to=to, cc=cc, hcs=hcs, hmode=hmode, extra=extra or [],
                        reply_to_id=reply_to_id))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def IGN(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, SITE, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# Gennady's sign-offs vary a little
SIG_G = "КУЗЬМИН"
SIG_G2 = "СТ МОНТАЖНИК КУЗЬМИН ГП\nООО ОХРАННЫЕ СИСТЕМЫ СЕВЕРА"
MAILRU_SIG = "\n\n--\nОтправлено из мобильной Почты Mail.ru"
SIG_A = ("\n\n--\nАлина Носова\nинженер ПТО\nООО «Охранные системы Севера»\n+7 (8212) 24-55-13")
SIG_O = ("\n\nС уважением,\nЛаданова Ольга Викторовна\nофис-менеджер\nООО «Охранные системы Севера»\n"
         "тел. +7 (8212) 24-55-10")
SIG_O_FULL = SIG_O + ("\nИНН 1101487263 / КПП 110101001\n"
                      "167000, г. Сыктывкар, ул. Интернациональная, д. 157, оф. 4")
IPHONE = "\n\nОтправлено с iPhone"


def outlook_alt(text, cs="windows-1251", html_body=None):
    h = html_body if html_body is not None else txt2html(text, cs)
    return multipart("alternative", [leaf(text, "plain", cs, "quoted-printable"),
                                     leaf(h, "html", cs, "quoted-printable")])


# =========================================================================== letters
# ---- 221047  ТЦ «Аврора»
letter("a01", "2026-11-02 09:12:41", G, "ЗАЯВ 221047",
       leaf("ДОКЛАДЫВАЮ\nЗАЯВ 221047 ТЦ АВРОРА ПРИНЯЛ ТЧК БРИГАДА КУЗЬМИН ЗПТ ЛЫЮРОВ ТЧК\n"
            "ИЗВЕЩАТЕЛИ ИП 212-45 ПОЛУЧАЕМ НА СКЛАДЕ 40 ШТ ТЧК\nКОНЕЦ СВЯЗИ\n" + SIG_G,
            "plain", "windows-1251", "quoted-printable"),
       D("221047", [], ACC, "telegram style: ЗАЯВ ... ПРИНЯЛ; ИП 212-45 is a detector model"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

letter("a02", "2026-11-02 09:55:03", G, "221047 ПОЗ 1",
       leaf("УБЫЛ НА ОБЪЕКТ 0950 ТЧК НАЧИНАЕМ С ПОЗ 1 ТЧК СВЯЗЬ ПО ТЕЛ 89128654017\n" + SIG_G,
            "plain", "koi8-r", "base64"),
       D("221047", ["1"], WAY, "military «УБЫЛ НА ОБЪЕКТ» = left FOR the site -> on the way; position from subject/body"),
       "thebat_koi", hcs="koi8-r", hmode="B")

letter("a03", "2026-11-02 10:31:17", G, "Re: 221047 ПОЗ 1",
       leaf("ПРИБ 10-25 ТЧК ПРИСТУПИЛ ТЧК ПОЗ 1 ПЕРВЫЙ ЭТАЖ\n\n"
            "Вы писали 2 ноября 2026 г., 10:02:11:\n\n"
            "ДС> Геннадий Петрович, принято, ждём доклад о прибытии.\n"
            "ДС> --\nДС> Диспетчер Смирнова Д.С.\n", "plain", "windows-1251", "quoted-printable"),
       D("221047", ["1"], SITE, "ПРИБ 10-25 = arrived; quote with The Bat! initials prefix ДС>"),
       "thebat_1251", hcs="windows-1251", hmode="Q", reply_to_id=disp_id(1))

letter("a04", "2026-11-02 15:48:55", A, "Аврора, заявка 221047 — 1 этаж готов",
       multipart("alternative", [
           leaf("Добрый день!\n\nПо заявке 221047 первый этаж (позиция 1) закончили 😊 Поменяли все извещатели, "
                "14 штук, шлейф в норме, прибор без неисправностей. Ребята уехали с объекта в 15:30.\n"
                "Завтра с утра начнём второй этаж." + SIG_A, "plain", "utf-8", "quoted-printable",
                "; format=flowed"),
           leaf("<html><body><p>Добрый день!</p><p>По заявке 221047 первый этаж (позиция 1) закончили &#128522; "
                "Поменяли все извещатели, 14 штук, шлейф в норме, прибор без неисправностей. Ребята уехали с "
                "объекта в 15:30.<br>Завтра с утра начнём второй этаж.</p><div>--<br>Алина Носова<br>инженер ПТО<br>"
                "ООО «Охранные системы Севера»<br>+7 (8212) 24-55-13</div></body></html>",
                "html", "utf-8", "quoted-printable")]),
       D("221047", ["1"], LEFT, "pos 1 finished and crew left; pos 2 only planned for tomorrow"),
       "thunderbird")

letter("a05", "2026-11-03 08:21:40", A, "Аврора 221047",
       leaf("Доброе утро! Ребята выехали на Аврору, сегодня вторая позиция 🙂" + IPHONE,
            "plain", "utf-8", "quoted-printable"),
       D("221047", ["2"], WAY, "выехали на объект = on the way; position 2 named"),
       "iphone")

letter("a06", "2026-11-03 08:50:12", G, "221047-2",
       leaf("ПОЗ 2 HA MECTE C 0840 ТЧК ЛЫЮРОВ СО МНОЙ\n" + SIG_G, "plain", "windows-1251", "base64"),
       D("221047", ["2"], SITE, "«HA MECTE C» typed with Latin H,A,M,E,C,T; position in subject after dash"),
       "thebat_1251", hcs="windows-1251", hmode="B")

FW1 = ("Добрый вечер.\n\nПересылаю доклад Геннадия Петровича по ТЦ «Аврора», у него сегодня не уходит почта "
       "на ваш адрес." + SIG_O + "\n\n"
       "От: Кузьмин Геннадий Петрович <kuzmin@oss-sever.ru>\n"
       "Отправлено: 3 ноября 2026 г. 16:52\n"
       "Кому: office@oss-sever.ru\n"
       "Тема: 221047 ПОЗ 2 3\n\n"
       "ПОЗ 2 ЗПТ ПОЗ 3 ЗАКОНЧИЛ ТЧК ВСЕГО ЗАМЕНЕНО 26 ИЗВЕЩАТЕЛЕЙ ТЧК УБЫЛ С ОБЪЕКТА 16-45 ТЧК "
       "АКТ 118 ПЕРЕДАМ В ОФИС\nКУЗЬМИН\n")
letter("a07", "2026-11-03 17:05:33", O, "FW: 221047 ПОЗ 2 3", outlook_alt(FW1),
       D("221047", ["2", "3"], LEFT, "Outlook forward of installer's report: УБЫЛ С ОБЪЕКТА (left FROM site); АКТ 118 not a request"),
       "outlook", hcs="windows-1251", hmode="B")

# ---- 223512  склад Ухтинское ш.
letter("b01", "2026-11-03 10:40:09", GM, "223512",
       leaf("ЗАЯВ 223512 СКЛАД УХТИНСКОЕ Ш 12 ПРИНЯТА ТЧК ВЫЕЗД ПОСЛЕ АВРОРЫ ТЧК" + MAILRU_SIG,
            "plain", "utf-8", "base64"),
       D("223512", [], ACC, "accepted; departure only planned"),
       "mailru")

letter("b02", "2026-11-04 08:52:30", A, "склад на Ухтинском",
       leaf("Доброе утро! Ребята выехали из офиса на склад на Ухтинском (223512), будут минут через 25 👍",
            "plain", "utf-8", "base64"),
       D("223512", [], WAY, "выехали ИЗ офиса НА склад = travelling now; number in brackets after address"),
       "thunderbird")

letter("b03", "2026-11-04 09:20:47", G, "ОБЪЕКТ СКЛАД 223512",
       leaf("ПРИБЫЛИ 0915 ТЧК ППК СИГНАЛ-20П ВЫДАЕТ НЕИСПРАВНОСТЬ ПИТАНИЯ ТЧК РАЗБИРАЕМСЯ\n" + SIG_G,
            "plain", "koi8-r", "8bit"),
       D("223512", [], SITE, "ПРИБЫЛИ 0915; Сигнал-20П is equipment model; KOI8-R 8bit"),
       "thebat_koi", hcs="koi8-r", hmode="B")

B04_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div>Добрый день! По складу на Ухтинском всё сделали 🙂</div><br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Поз.</th><th>Оборудование</th><th>Что сделали</th></tr>
<tr><td>1</td><td>ППК «Сигнал-20П»</td><td>заменили блок питания РИП-12 исп.01, прибор на связи с пультом</td></tr>
<tr><td>2</td><td>шлейфы ШС1–ШС4</td><td>прозвонили, ШС3 перетянули, сопротивление в норме</td></tr>
</table><br>
<div>Ребята уехали со склада в 14:50.</div>
<div>Алина</div><br>
<div>04.11.2026, 12:03, "Диспетчерская служба ОМИС" &lt;dispatch@zakazchik-omis.ru&gt;:</div>
<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">
<div>Алина, добрый день. Прошу сообщить статус работ по заявке 223512.<br>Диспетчер Смирнова Д.С.</div>
</blockquote></body></html>
"""
letter("b04", "2026-11-04 15:10:02", A, "Re: 223512", leaf(B04_HTML, "html", "utf-8", "base64"),
       D("223512", ["1", "2"], LEFT, "HTML-only, table row per position, both done, crew left the site"),
       "webmail", reply_to_id=disp_id(2))

# ---- 224880  КТС Ленина 45
letter("c01", "2026-11-04 14:40:26", G, "ЗАЯВ 224880",
       leaf("ЗАЯВ 224880 КТС ЛЕНИНА 45 ТЧК СЕГОДНЯ НЕ УСПЕВАЕМ ТЧК ВЫЕЗД ЗАВТРА 0830\n" + SIG_G,
            "plain", "windows-1251", "quoted-printable"),
       R("only a plan: «выезд завтра», nothing has happened yet"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

letter("c02", "2026-11-05 08:55:44", G, "224880 КТС",
       leaf("УБЫЛ НА ЛЕНИНА 45 ТЧК БУДУ 0920\n", "plain", "koi8-r", "base64"),
       D("224880", [], WAY, "УБЫЛ НА <адрес> = left for the site, «буду 0920»; 45 is house number"),
       "thebat_koi", hcs="koi8-r", hmode="B")

letter("c03", "2026-11-05 09:30:05", G, "224880 ПОЗ 2",
       leaf("ПОЗ 2 ПРИБ 0925 ТЧК\n" + SIG_G, "plain", "koi8-r", "base64"),
       R("request 224880 has only position 1; position 2 does not exist"),
       "thebat_koi", hcs="koi8-r", hmode="B")

letter("c04", "2026-11-05 10:05:51", A, "Ленина 45",
       leaf("Кнопку на Ленина 45 (224880) починили ✅ Там в радиобрелоке сел элемент питания CR2032, "
            "поменяли, проверили с пультом — сигнал проходит. Геннадий Петрович уже уехал оттуда на Октябрьский."
            + IPHONE, "plain", "utf-8", "quoted-printable"),
       D("224880", [], LEFT, "result (починили) + уехал оттуда; number in brackets after address; CR2032 part"),
       "iphone")

# ---- 225106  АУПС Октябрьский 131
letter("d01", "2026-11-05 11:30:18", O, "Заявка № 225106 — подтверждение",
       outlook_alt("Уважаемые коллеги!\n\nПодтверждаем получение заявки № 225106 от 05.11.2026 на техническое "
                   "обслуживание АУПС (Октябрьский пр-т, 131). Заявка принята в работу, выполнение планируется "
                   "06.11–09.11.2026 в рамках договора № 14/26-ТО от 12.01.2026.\n\nОтветственный исполнитель: "
                   "Кузьмин Геннадий Петрович, тел. 8-912-865-40-17." + SIG_O_FULL),
       D("225106", [], ACC, "formal acceptance; contract no., INN/KPP, phone, dates are distractors"),
       "outlook", hcs="windows-1251", hmode="B")

letter("d02", "2026-11-06 08:40:37", G, "225106 ЭТАЖ 1",
       leaf("ПОЗ1 ПРИБЫЛ 0830 ТЧК ЭТАЖ 1 ТЧК\n", "plain", "windows-1251", "quoted-printable"),
       D("225106", ["1"], SITE, "ПОЗ1 glued; ПРИБЫЛ 0830"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

letter("d03", "2026-11-06 12:20:14", G, "Re: 225106 ЭТАЖ 1",
       leaf("ПОЗ 1 ЗАКОНЧИЛ 1205 ТЧК НА ПОЗ 2 ПРИСТУПИЛ 1215 ТЧК\n" + SIG_G, "plain", "windows-1251",
            "quoted-printable"),
       R("different statuses for different positions: pos 1 finished, pos 2 on site"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

letter("d04", "2026-11-06 17:30:00", A, "225106 — итоги дня",
       leaf("Добрый вечер!\nПо 225106 сегодня полностью сделали вторую позицию (2-й этаж), ребята ушли из "
            "здания в 17:10 🙂\n3-й и 4-й этажи — в понедельник.\nАлина", "plain", "utf-8", "base64"),
       D("225106", ["2"], LEFT, "«по второй позиции» done, left building; floors 3-4 only planned"),
       "thunderbird")

letter("d05", "2026-11-09 09:00:22", A, "Октябрьский 131 — на месте",
       leaf("Доброе утро!\nРебята по 225106 на месте с 8:45, сегодня делают 3-й и 4-й этаж (поз. 3 и 4) 👷‍♂️",
            "plain", "utf-8", "quoted-printable"),
       D("225106", ["3", "4"], SITE, "на месте с 8:45; поз. 3 и 4"),
       "iphone")

D06_TEXT = ("Добрый день!\n\nСообщаем о выполнении работ по заявке 225106 (Октябрьский пр-т, 131):\n\n"
            "Поз. 3 — 3 этаж — 08:45–13:20 — замена 2 шт. ИП 212-45\n"
            "Поз. 4 — 4 этаж — 13:30–16:00 — без замечаний\n\n"
            "Работы по позициям 3 и 4 завершены, бригада убыла с объекта в 16:05." + SIG_O)
D06_HTML = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head>"
            "<body lang=RU><div class=WordSection1><p class=MsoNormal>Добрый день!</p>"
            "<p class=MsoNormal>Сообщаем о выполнении работ по заявке 225106 (Октябрьский пр-т, 131):</p>"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
            "<tr><td><b>Поз.</b></td><td><b>Этаж</b></td><td><b>Начало</b></td><td><b>Окончание</b></td>"
            "<td><b>Примечание</b></td></tr>"
            "<tr><td>3</td><td>3</td><td>08:45</td><td>13:20</td><td>замена 2 шт. ИП 212-45</td></tr>"
            "<tr><td>4</td><td>4</td><td>13:30</td><td>16:00</td><td>без замечаний</td></tr></table>"
            "<p class=MsoNormal>Работы по позициям 3 и 4 завершены, бригада убыла с объекта в 16:05.</p>"
            "<p class=MsoNormal>С уважением,<br>Ладанова Ольга Викторовна<br>офис-менеджер<br>"
            "ООО «Охранные системы Севера»<br>тел. +7 (8212) 24-55-10</p></div></body></html>")
letter("d06", "2026-11-09 16:15:49", O, "Выполнение работ по заявке 225106",
       outlook_alt(D06_TEXT, html_body=D06_HTML),
       D("225106", ["3", "4"], LEFT, "Outlook HTML table row per position; бригада убыла с объекта"),
       "outlook", hcs="windows-1251", hmode="Q")

# ---- 226033  котельная Краснозатонский
letter("e01", "2026-11-09 08:05:10", G, "226033 КОТЕЛЬНАЯ",
       leaf("НАРЯД 226033 ПРИНЯЛ ТЧК ЕДУ В КРАСНОЗАТОНСКИЙ ЗПТ БУДУ 0850 ТЧК\n" + SIG_G,
            "plain", "windows-1251", "8bit"),
       D("226033", [], WAY, "accepted and already driving (ЕДУ, БУДУ 0850): latest = on the way; word НАРЯД"),
       "thebat_1251", hcs="windows-1251", hmode="B")

letter("e02", "2026-11-09 09:40:31", G, "Re: Заявка 226033 котельная пгт Краснозатонский",
       leaf("ПРИБ 0855 ТЧК РАБОТАЮ\n\nВы писали 9 ноября 2026 г., 08:12:40:\n\n"
            "ДС> Геннадий Петрович, доброе утро.\n"
            "ДС> Ключи от котельной у оператора смены, тел. 8 (8212) 31-04-77.\n"
            "ДС> Диспетчер Смирнова Д.С.\n", "plain", "windows-1251", "quoted-printable"),
       D("226033", [], SITE, "number only in the Re: subject of dispatcher's letter; quoted phone is a distractor"),
       "thebat_1251", hcs="windows-1251", hmode="Q", reply_to_id=disp_id(3))

letter("e03", "2026-11-09 14:30:08", G, "226033 ПОЗ 01",
       leaf("ПОЗ 01 ГОТОВО ТЧК ППК ПЕРЕПРОГРАММИРОВАН ТЧК ПОЗ 02 ШЛЕЙФЫ ЗАКОНЧУ К 1700\n",
            "plain", "koi8-r", "quoted-printable"),
       D("226033", ["01"], LEFT, "pos 01 done (ГОТОВО); pos 02 only promised"),
       "thebat_koi", hcs="koi8-r", hmode="Q")

letter("e04", "2026-11-09 17:20:45", G, "226033 ПОЗ 02",
       leaf("ПОЗ 02 ВЫПОЛНЕНО ТЧК УБЫЛ В ГОРОД 17-10 ТЧК КОНЕЦ СВЯЗИ\n", "plain", "koi8-r", "quoted-printable"),
       D("226033", ["02"], LEFT, "УБЫЛ В ГОРОД = left the site back to town (not travelling to site)"),
       "thebat_koi", hcs="koi8-r", hmode="Q")

# ---- 220419  Эжва, СКУД
F01 = ("Добрый день.\n\nЗаявку № 220419 (Эжва, ул. Мира, 9) приняли, исполнитель — Носова А.С. Выезд согласован "
       "с арендатором на 11.11.\n\nС уважением,\nЛаданова О.В.\n\n"
       "От: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>\n"
       "Отправлено: 10 ноября 2026 г. 11:34\n"
       "Кому: office@oss-sever.ru\n"
       "Тема: Заявка 220419 Эжва\n\n"
       "Направляем заявку 220419: Эжва, ул. Мира, 9. Поз. 1 — СКУД (контроллер не читает карты), поз. 2 — "
       "охранная сигнализация 2 этаж. Прошу подтвердить принятие.\n")
letter("f01", "2026-11-10 11:50:03", O, "RE: Заявка 220419 Эжва", outlook_alt(F01),
       D("220419", [], ACC, "accepted, reply on top of Outlook header block; visit date is only a plan"),
       "outlook", hcs="windows-1251", hmode="B", reply_to_id=disp_id(4))

letter("f02", "2026-11-10 13:00:41", A, "220419 доступ к серверной",
       leaf("Добрый день!\nПо 220419 подскажите, пожалуйста, кто нам даст доступ к серверной, где стоит "
            "контроллер СКУД? Нужен контакт админа арендатора 🙏\nАлина", "plain", "utf-8", "base64"),
       R("question only, no status"),
       "thunderbird")

letter("f03", "2026-11-11 09:02:15", O, "Заявка 220419",
       leaf("Доброе утро.\nНосова А.С. выехала на объект по заявке 220419 (Эжва), ориентировочное время "
            "прибытия 09:25." + SIG_O, "plain", "windows-1251", "quoted-printable"),
       D("220419", [], WAY, "office reports the engineer has left for the site"),
       "outlook", hcs="windows-1251", hmode="Q")

letter("f04", "2026-11-11 09:25:56", A, "220419",
       leaf("Мы в Эжве на Мира 9, начали с СКУД (п.1) 👍" + IPHONE, "plain", "utf-8", "quoted-printable"),
       D("220419", ["1"], SITE, "«мы в Эжве ... начали» = on site; п.1"),
       "iphone")

letter("f05", "2026-11-11 16:40:27", A, "Re: 220419",
       leaf("Всё, закончили оба пункта:\nп.1 — контроллер СКУД перепрошили, карты читает;\n"
            "п.2 — датчики движения на 2 этаже заменили (Астра-512, 3 шт.).\nУехали в 16:20 🚗\n\n"
            "11.11.2026 09:40, Диспетчерская служба ОМИС пишет:\n> Алина, принято. Сообщите по окончании.\n"
            "> Диспетчер Смирнова Д.С.\n", "plain", "utf-8", "8bit", "; format=flowed"),
       D("220419", ["1", "2"], LEFT, "both points done, уехали; Астра-512 is a detector model"),
       "thunderbird", reply_to_id=disp_id(5))

# ---- 223153 (not in registry)
letter("g01", "2026-11-11 11:35:02", G, "223153",
       leaf("ЗАЯВ 223153 ПОЗ 1 УБЫЛ 1130 ТЧК ДАТЧИК ЗАМЕНЕН\n" + SIG_G, "plain", "windows-1251", "quoted-printable"),
       R("request number 223153 is not in the registry (223512 is already closed)"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

# ---- 227741  поликлиника
letter("h01", "2026-11-12 08:30:39", G, "ЗАЯВ 227741 ПОЛИКЛИНИКА",
       leaf("НАРЯД 227741 ПРИНЯЛ ТЧК 3 ПОЗ КТС ДОМОФОН ОПС ТЧК ВЫЕЗЖАЕМ В 0950\n" + SIG_G2,
            "plain", "windows-1251", "quoted-printable"),
       D("227741", [], ACC, "accepted; departure only planned; «3 ПОЗ» is a count, not a position"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

letter("h02", "2026-11-12 10:15:20", G, "227741 (1)",
       leaf("ПРИБ НА ОБЪЕКТ 1010 ТЧК КТС В РЕГИСТРАТУРЕ ТЧК\n", "plain", "windows-1251", "quoted-printable"),
       D("227741", ["1"], SITE, "position in brackets in subject; ПРИБ НА ОБЪЕКТ = arrived"),
       "thebat_1251", hcs="windows-1251", hmode="B")

letter("h03", "2026-11-12 12:00:03", A, "Поликлиника 227741, домофон",
       leaf("Добрый день! По поликлинике (227741): на домофон (позиция 2) ребята приехалт в 11:50, смотрят "
            "блок вызова 🔧", "plain", "utf-8", "base64"),
       D("227741", ["2"], SITE, "typo «приехалт»; позиция 2"),
       "thunderbird")

H04 = ("Пересылаю.\n\nЛаданова О.В.\n\n-----Original Message-----\n"
       "From: Кузьмин Геннадий Петрович [mailto:kuzmin@oss-sever.ru]\n"
       "Sent: Thursday, November 12, 2026 4:38 PM\nTo: office@oss-sever.ru\nSubject: 227741 П1 П2\n\n"
       "227741 П1 П2 ЗАВЕРШЕНО ТЧК УБЫЛИ 1630 ТЧК П3 ОПС ЗАВТРА С УТРА\nКУЗЬМИН\n")
letter("h04", "2026-11-12 16:45:11", O, "Fw: 227741 П1 П2",
       leaf(H04, "plain", "windows-1251", "base64"),
       D("227741", ["1", "2"], LEFT, "forward with -----Original Message-----; П1 П2 done, П3 tomorrow (plan)"),
       "outlook", hcs="windows-1251", hmode="B")

letter("h05", "2026-11-13 08:15:28", G, "227741 П3 В ПУТИ",
       leaf("ВЫЕХАЛ НА П3 ТЧК БУДУ ЧЕРЕЗ 20 МИН\n", "plain", "windows-1251", "quoted-printable"),
       D("227741", ["3"], WAY, "выехал, буду через 20 мин"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

letter("h06", "2026-11-13 11:10:50", G, "Re: 227741 П3 В ПУТИ",
       leaf("П3 ОПС ВОССТАНОВЛЕНА ТЧК ПРИБ 0835 УБЫЛ 1100 ТЧК АКТ ПОДПИСАН ЗАВХОЗОМ ТЧК КОНЕЦ СВЯЗИ\n\n"
            "Вы писали 13 ноября 2026 г., 08:20:02:\n\nДС> Принято, ждём.\n",
            "plain", "windows-1251", "quoted-printable"),
       D("227741", ["3"], LEFT, "arrival and departure both done -> latest; Re: subject still says В ПУТИ"),
       "thebat_1251", hcs="windows-1251", hmode="Q", reply_to_id=disp_id(6))

H07 = ("Коллеги, спасибо за оперативную обратную связь по 227741. Акты выполненных работ (КС-2 № 341, 342) "
       "направим почтой до 20.11." + SIG_O + "\n\n"
       "From: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>\nSent: Friday, November 13, 2026 11:25 AM\n"
       "To: kuzmin@oss-sever.ru; office@oss-sever.ru\nSubject: RE: 227741 П3 В ПУТИ\n\n"
       "Заявка 227741 закрыта по всем позициям. Спасибо.\n")
letter("h07", "2026-11-13 14:02:36", O, "RE: 227741 П3 В ПУТИ", outlook_alt(H07),
       R("thanks for dispatcher's message + paperwork; status words only in quoted text/subject"),
       "outlook", hcs="windows-1251", hmode="B", reply_to_id=disp_id(7))

# ---- 228205  гараж Колхозная
letter("i01", "2026-11-16 13:40:05", A, "Заявка 228205 ✌️",
       leaf("Приняли заявку 228205 (гараж на Колхозной) ✌️ Геннадий Петрович поедет после обеда, часа в 2.\nАлина",
            "plain", "utf-8", "base64"),
       D("228205", [], ACC, "приняли; trip only planned"),
       "thunderbird")

letter("i02", "2026-11-16 14:35:42", G, "Re: Заявка 228205",
       leaf("ВЫДВИГАЮСЬ НА КОЛХОЗНУЮ ТЧК\n\nВы писали 16 ноября 2026 г., 13:40:05:\n\n"
            "АН> Приняли заявку 228205 (гараж на Колхозной) Геннадий Петрович поедет\n"
            "АН> после обеда, часа в 2.\n", "plain", "koi8-r", "base64"),
       D("228205", [], WAY, "ВЫДВИГАЮСЬ = setting off now; quoted text (initials prefix АН>) ignored"),
       "thebat_koi", hcs="koi8-r", hmode="B", cc=A)

letter("i03", "2026-11-16 15:00:19", G, "ДОКЛАД",
       leaf("ДОКЛАДЫВАЮ ПРИБЫЛ 1455 ТЧК ПРИСТУПИЛ ТЧК КОНЕЦ СВЯЗИ\n", "plain", "koi8-r", "base64"),
       R("no request number at all"),
       "thebat_koi", hcs="koi8-r", hmode="B")

letter("i04", "2026-11-16 15:05:58", G, "228205",
       leaf("НАХОЖУСЬ НА ОБЪЕКТЕ 228205 С 1455 ТЧК ПРЕДЫДУЩЕЕ БЕЗ НОМЕРА ТОЖЕ ПО НЕМУ\n", "plain", "koi8-r", "base64"),
       D("228205", [], SITE, "НАХОЖУСЬ НА ОБЪЕКТЕ"),
       "thebat_koi", hcs="koi8-r", hmode="B")

letter("i05", "2026-11-16 17:50:33", G, "228205 УБЫТИЕ",
       leaf("УБЫТИЕ 17-45 ТЧК ИЗВЕЩАТЕЛЬ ИО 102-20 НА ВОРОТАХ ЗАМЕНЕН ТЧК ПЛОМБА ПЦН 0045812 ТЧК "
            "ОБЪЕКТ СДАН ПОД ОХРАНУ\n" + SIG_G2, "plain", "windows-1251", "quoted-printable"),
       D("228205", [], LEFT, "noun УБЫТИЕ with time; seal no. 0045812 and ИО 102-20 model are distractors"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

# ---- 229310  детсад
letter("j01", "2026-11-17 10:00:44", A, "#229310 детсад",
       leaf("Доброе утро! Заявку #229310 по садику взяли в работу 👌 выезд согласуем с заведующей\nАлина",
            "plain", "utf-8", "quoted-printable"),
       D("229310", [], ACC, "взяли в работу; # before number"),
       "thunderbird")

letter("j02", "2026-11-18 09:05:13", A, "229310",
       leaf("Едем на садик, будем минут через 15 🚐" + IPHONE, "plain", "utf-8", "base64"),
       D("229310", [], WAY, "едем, будем через 15 минут = on the way; number only in subject"),
       "iphone")

letter("j03", "2026-11-18 09:30:27", G, "ДЕТСАД 229310",
       leaf("ДОКЛАДЫВАЮ ТЧК ОБЪЕКТ ДЕТСАД ПРИБЫТИЕ 0925 ТЧК С НОСОВОЙ ТЧК\n" + SIG_G,
            "plain", "windows-1251", "quoted-printable"),
       D("229310", [], SITE, "noun ПРИБЫТИЕ 0925"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

letter("j04", "2026-11-18 12:40:09", G, "229310 ПОЗ 1",
       leaf("ПОЗ 1 ГОТОВО ТЧК ЗАМЕНЕН ПРИБОР ГРАНИТ-8 ТЧК ЩИТ ПОЗ 2 ЖДЕМ КЛЮЧИ\n",
            "plain", "windows-1251", "quoted-printable"),
       D("229310", ["1"], LEFT, "pos 1 ГОТОВО; pos 2 waiting for keys (nothing reported)"),
       "thebat_1251", hcs="windows-1251", hmode="Q", cc=A)

letter("j05", "2026-11-18 16:10:51", A, "Re: 229310 ПОЗ 1",
       leaf("по 229310 п.2 тоже сделали, ключи нашлись 😅 уехали с садика в 16:00\n\n"
            "18.11.2026 12:40, Кузьмин Геннадий Петрович пишет:\n"
            "> ПОЗ 1 ГОТОВО ТЧК ЗАМЕНЕН ПРИБОР ГРАНИТ-8 ТЧК ЩИТ ПОЗ 2 ЖДЕМ КЛЮЧИ\n",
            "plain", "utf-8", "quoted-printable"),
       D("229310", ["2"], LEFT, "new text: п.2 done, left; Re: subject names ПОЗ 1 of the old letter"),
       "thunderbird")

# ---- 222666  склад ГСМ
letter("k01", "2026-11-19 10:50:30", O, "Заявка 222666 — принята",
       leaf("Добрый день!\nЗаявка 222666 (склад ГСМ, охрана периметра) принята. Ответственный — Кузьмин Г.П., "
            "тел. 8-912-865-40-17.\nДля въезда на территорию просим оформить пропуск на а/м УАЗ, госномер О 482 КУ 11."
            + SIG_O, "plain", "windows-1251", "quoted-printable"),
       D("222666", [], ACC, "formal acceptance; car plate and phone are distractors"),
       "outlook", hcs="windows-1251", hmode="Q")

letter("k02", "2026-11-19 16:30:12", A, "222666 пропуск!!",
       leaf("Добрый день! По 222666 до сих пор не заказан пропуск на нашу машину (О 482 КУ 11), третий раз "
            "просим 😤 завтра утром ребята опять будут стоять на КПП\nАлина", "plain", "utf-8", "base64"),
       R("complaint about a pass, no status"),
       "thunderbird")

letter("k03", "2026-11-19 17:12:40", G, "Re: 222666 ПРОПУСК",
       leaf("ВАС ПОНЯЛ ТЧК ПРИНЯЛ К СВЕДЕНИЮ ТЧК\n\nВы писали 19 ноября 2026 г., 17:01:55:\n\n"
            "ДС> Пропуск на а/м О 482 КУ 11 заказан на 20.11, выдадут на КПП.\n",
            "plain", "windows-1251", "quoted-printable"),
       R("acknowledgement of dispatcher's message about the pass; «принял к сведению» is not acceptance"),
       "thebat_1251", hcs="windows-1251", hmode="Q", reply_to_id=disp_id(8))

letter("k04", "2026-11-20 08:20:05", G, "222666",
       leaf("YБЫЛ НА OБЪЕКТ 0815 ТЧК\n", "plain", "windows-1251", "base64"),
       D("222666", [], WAY, "Latin Y and O inside «УБЫЛ НА ОБЪЕКТ» = left for the site"),
       "thebat_1251", hcs="windows-1251", hmode="B")

letter("k05", "2026-11-20 09:10:48", G, "Re: 222666",
       leaf("ПРИБ 0900 ТЧК ПРОПУСК НА КПП НАКОНЕЦ ВЫДАЛИ ТЧК\n", "plain", "windows-1251", "base64"),
       D("222666", [], SITE, "ПРИБ 0900"),
       "thebat_1251", hcs="windows-1251", hmode="B")

letter("k06", "2026-11-20 10:31:26", G, "222666 ПОЗ 2",
       leaf("222666 ПОЗ 2 ЗАКОНЧИМ К 1600 ТЧК КАБЕЛЬ ЗАВЕЗУТ К ОБЕДУ\n", "plain", "windows-1251", "quoted-printable"),
       R("promise/plan only: «закончим к 1600»"),
       "thebat_1251", hcs="windows-1251", hmode="Q", cc=A)

letter("k07", "2026-11-20 13:15:00", G, "222666 ПОЗ 1",
       leaf("ПОЗ 1 ПЕРИМЕТР СЕВЕР ВЫПОЛНЕН ТЧК ЛУЧЕВОЙ ИЗВЕЩАТЕЛЬ СПЭИ-2 НАСТРОЕН\n",
            "plain", "windows-1251", "quoted-printable"),
       D("222666", ["1"], LEFT, "pos 1 work completed (ВЫПОЛНЕН); СПЭИ-2 is a model"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

letter("k08", "2026-11-20 17:00:34", A, "Re: 222666 ПОЗ 2",
       leaf("Вторая и третья позиции готовы, все уехали со склада в 16:45 🙌\n\n"
            "20.11.2026 10:31, Кузьмин Геннадий Петрович пишет:\n"
            "> 222666 ПОЗ 2 ЗАКОНЧИМ К 1600 ТЧК КАБЕЛЬ ЗАВЕЗУТ К ОБЕДУ\n", "plain", "utf-8", "quoted-printable"),
       D("222666", ["2", "3"], LEFT, "body names 2nd and 3rd positions, subject only 2; quote is old plan"),
       "thunderbird")

# ---- director: price talk on 225106
letter("l01", "2026-11-20 11:00:17", DIR, "Счёт № 512 — доп. работы по заявке 225106",
       outlook_alt("Добрый день!\n\nПо заявке 225106 (Октябрьский пр-т, 131) при ТО выявлена необходимость замены "
                   "6 извещателей ИП 212-45 сверх регламента. Направляем счёт № 512 от 20.11.2026 на сумму "
                   "14 820,00 руб. (в т.ч. НДС 20%) и просим согласовать дополнительные работы по договору "
                   "№ 14/26-ТО.\n\nС уважением,\nЧерных Игорь Анатольевич\nгенеральный директор\n"
                   "ООО «Охранные системы Севера»\nтел. +7 (8212) 24-55-00"),
       R("price/contract talk, no status"),
       "outlook", hcs="windows-1251", hmode="B")

# ---- 226950  магазин Первомайская
letter("m01", "2026-11-23 08:40:29", A, "Заявка №226950 — принята",
       leaf("Доброе утро! Приняли, Геннадий Петрович поедет к 10 на Первомайскую 🙂\nАлина",
            "plain", "utf-8", "base64"),
       D("226950", [], ACC, "number with № glued in subject; body «приняли»"),
       "thunderbird")

letter("m02", "2026-11-23 10:20:55", GM, "МАГАЗИН",
       leaf("НА МЕСТЕ ТЧК МАГАЗИН ПЕРВОМАЙСКАЯ 62 (226950) ТЧК" + MAILRU_SIG, "plain", "utf-8", "base64"),
       D("226950", [], SITE, "number in brackets after address; 62 is house number"),
       "mailru")

letter("m03", "2026-11-23 11:00:02", A, "по объектам",
       leaf("Добрый день! Ребята на месте по 226950, а по 228205 датчик на воротах опять глючит 😕 "
            "можно её переоткрыть или надо новую заявку?\nАлина", "plain", "utf-8", "base64"),
       R("two different requests in one letter + question"),
       "thunderbird")

M04 = ("Пересылаю от Геннадия Петровича, он мне написал, а вам забыл 🙈\n\n"
       "---------- Forwarded message ---------\n"
       "От: Геннадий Кузьмин <gp.kuzmin@mail.ru>\n"
       "Date: пн, 23 нояб. 2026 г. в 12:58\nSubject: 226950\n"
       "To: Алина Носова <nosova@oss-sever.ru>\n\n\n"
       "ОХРАННАЯ СИГН ВОССТАНОВЛЕНА ТЧК ОБЪЕКТ СДАН ПОД ОХРАНУ ПЦН 1245 ТЧК УБЫЛ 1250\n\n"
       "--\nОтправлено из мобильной Почты Mail.ru\n")
M04_HTML = ("<div dir=\"ltr\">Пересылаю от Геннадия Петровича, он мне написал, а вам забыл 🙈<br><br>"
            "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>"
            "От: <strong class=\"gmail_sendername\">Геннадий Кузьмин</strong> <span>&lt;gp.kuzmin@mail.ru&gt;</span><br>"
            "Date: пн, 23 нояб. 2026 г. в 12:58<br>Subject: 226950<br>To: Алина Носова &lt;nosova@oss-sever.ru&gt;<br>"
            "</div><br><br>ОХРАННАЯ СИГН ВОССТАНОВЛЕНА ТЧК ОБЪЕКТ СДАН ПОД ОХРАНУ ПЦН 1245 ТЧК УБЫЛ 1250<br><br>"
            "--<br>Отправлено из мобильной Почты Mail.ru</div></div>\n")
letter("m04", "2026-11-23 13:05:37", A, "Fwd: 226950",
       multipart("alternative", [leaf(M04, "plain", "utf-8", "base64"), leaf(M04_HTML, "html", "utf-8", "base64")]),
       D("226950", [], LEFT, "Gmail-style forward of installer's report: restored, УБЫЛ 1250"),
       "webmail")

# ---- 221803  библиотека СОУЭ
letter("n01", "2026-11-24 12:30:24", O, "Обращение № 221803 — принято в работу",
       outlook_alt("Добрый день!\n\nОбращение № 221803 (ЦБС, ул. Бабушкина, 3 — СОУЭ) принято в работу. Выезд "
                   "бригады — 25.11.2026 с 09:00." + SIG_O_FULL),
       D("221803", [], ACC, "word «обращение»; accepted"),
       "outlook", hcs="windows-1251", hmode="Q")

letter("n02", "2026-11-25 08:20:50", G, "221803",
       leaf("221803 ЕЩЕ НЕ ВЫЕХАЛ ТЧК МАШИНА НЕ ЗАВОДИТСЯ МОРОЗ МИНУС 31 ТЧК ГРЕЕМ\n" + SIG_G,
            "plain", "koi8-r", "8bit"),
       R("negation: not yet left"),
       "thebat_koi", hcs="koi8-r", hmode="B")

letter("n03", "2026-11-25 08:50:14", G, "Re: 221803",
       leaf("ЗАВЕЛИСЬ ТЧК СЛЕДУЮ НА ОБЪЕКТ 221803 ТЧК ПРИБЫТИЕ ОРИЕНТИРОВОЧНО 0930\n", "plain", "koi8-r", "8bit"),
       D("221803", [], WAY, "СЛЕДУЮ НА ОБЪЕКТ = travelling; arrival only estimated"),
       "thebat_koi", hcs="koi8-r", hmode="B")

letter("n04", "2026-11-25 09:35:31", G, "221803-1 ПРИБ 0930",
       leaf("ПPИБ 09-30 ТЧК СОУЭ РЕЧЕВОЕ ОПОВЕЩЕНИЕ ТЧК РУПОРА НА 1 ЭТАЖЕ\n", "plain", "windows-1251",
            "quoted-printable"),
       D("221803", ["1"], SITE, "position after dash in subject; Latin P in ПPИБ; «1 ЭТАЖЕ» is floor not position"),
       "thebat_1251", hcs="windows-1251", hmode="Q")

# forwarded as attachment (message/rfc822)
INNER = ("From: " + addr(G, "windows-1251", "B") + "\n"
         "To: office@oss-sever.ru\n"
         "Subject: " + enc_header("221803 П1 П2", "windows-1251", "Q") + "\n"
         "Date: Wed, 25 Nov 2026 13:52:08 +0300\n"
         "Message-ID: <1523877410.20261125135208@oss-sever.ru>\n"
         "X-Mailer: The Bat! (v10.4.5) Professional\n"
         "MIME-Version: 1.0\n")
_inner_ent = leaf("221803 П1 П2 ВЫПОЛНЕНО ТЧК УБЫЛ С ОБЪЕКТА 1350 ТЧК КОНЕЦ СВЯЗИ\n" + SIG_G,
                  "plain", "windows-1251", "quoted-printable")
INNER_BYTES = INNER.encode("ascii") + serialize(_inner_ent)
letter("n05", "2026-11-25 14:10:46", O, "FW: 221803 П1 П2",
       multipart("mixed", [
           leaf("Добрый день!\n\nНаправляю доклад монтажника по обращению 221803 (во вложении)." + SIG_O,
                "plain", "windows-1251", "quoted-printable"),
           raw_entity("message/rfc822", INNER_BYTES, [("Content-Disposition", 'attachment; filename="221803.eml"')]),
       ]),
       D("221803", ["1", "2"], LEFT, "forward as message/rfc822 attachment; forwarded report: П1 П2 done, left site"),
       "outlook", hcs="windows-1251", hmode="B")

# =========================================================================== machine mail
ORIG_BOUNCE = ("From: " + addr(DISP) + "\nTo: lyurov@oss-sever.ru\n"
               "Subject: " + enc_header("Заявка 220419 — уточнение") + "\n"
               "Date: Tue, 10 Nov 2026 12:09:51 +0300\nMessage-ID: <omis.9931.551204@zakazchik-omis.ru>\n"
               "MIME-Version: 1.0\n").encode("ascii") + serialize(
    leaf("Сергей, добрый день. Подтвердите, пожалуйста, выезд по заявке 220419 на 11.11.\n"
         "Диспетчер Смирнова Д.С.\n", "plain", "utf-8", "base64"))
BOUNCE = multipart("report", [
    leaf("This is the mail system at host mx.oss-sever.ru.\n\nI'm sorry to have to inform you that your message "
         "could not\nbe delivered to one or more recipients. It's attached below.\n\n"
         "For further assistance, please send mail to postmaster.\n\n"
         "                   The mail system\n\n<lyurov@oss-sever.ru>: user unknown in virtual mailbox table\n",
         "plain", "us-ascii", "7bit"),
    raw_entity("message/delivery-status",
               b"Reporting-MTA: dns; mx.oss-sever.ru\nX-Postfix-Queue-ID: 4Tq8Xk1Z3pz9sWn\n"
               b"Arrival-Date: Tue, 10 Nov 2026 12:09:53 +0300 (MSK)\n\n"
               b"Final-Recipient: rfc822; lyurov@oss-sever.ru\nOriginal-Recipient: rfc822;lyurov@oss-sever.ru\n"
               b"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; user unknown in virtual mailbox table\n"),
    raw_entity("message/rfc822", ORIG_BOUNCE),
], ' report-type=delivery-status;')
letter("x01", "2026-11-10 12:09:54", MD, "Undelivered Mail Returned to Sender", BOUNCE,
       IGN("bounce (Postfix DSN) for dispatcher's letter to a non-existent mailbox; 220419 only in returned original"),
       "system", extra=[("Auto-Submitted", "auto-replied")])

RR = multipart("report", [
    leaf("Ваше сообщение\n\n  Кому: office@oss-sever.ru\n  Тема: Заявка 227741\n  Отправлено: 12.11.2026 8:16\n\n"
         "было прочитано 12.11.2026 8:49.\n", "plain", "windows-1251", "quoted-printable"),
    raw_entity("message/disposition-notification",
               b"Reporting-UA: oss-sever.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;office@oss-sever.ru\n"
               b"Original-Message-ID: <omis.9940.118822@zakazchik-omis.ru>\n"
               b"Disposition: manual-action/MDN-sent-manually; displayed\n"),
], ' report-type=disposition-notification;')
letter("x02", "2026-11-12 08:49:30", O, "Прочитано: Заявка 227741", RR,
       IGN("read receipt (MDN) generated by Outlook"),
       "outlook", hcs="windows-1251", hmode="B")

letter("x03", "2026-11-13 09:00:06", A, "Автоответ: Re: Поликлиника 227741, домофон",
       leaf("Здравствуйте!\n\nЯ в отпуске с 13.11 по 15.11 включительно, доступ к почте ограничен.\n"
            "По срочным вопросам: office@oss-sever.ru, +7 (8212) 24-55-10.\n\nАлина Носова",
            "plain", "utf-8", "base64"),
       IGN("out-of-office auto-reply"),
       "system", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

NEWS_HTML = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
             "<h2>Зимнее обслуживание пожарной сигнализации — скидка 15%</h2>"
             "<p>Уважаемые партнёры! До 31.12.2026 при заключении договора на ТО АПС и СОУЭ — скидка 15%. "
             "Проверка извещателей, замена аккумуляторов, акт для МЧС.</p>"
             "<p>Звоните: +7 (8212) 24-55-10, пишите: office@oss-sever.ru</p>"
             "<p style=\"font-size:10px;color:#888\">Вы получили это письмо, так как являетесь клиентом "
             "ООО «Охранные системы Севера». <a href=\"https://oss-sever.ru/unsubscribe?u=8812\">Отписаться</a></p>"
             "</body></html>")
letter("x04", "2026-11-17 11:00:00", NEWS, "Зимнее ТО пожарной сигнализации со скидкой 15%",
       multipart("alternative", [
           leaf("Зимнее обслуживание пожарной сигнализации — скидка 15%\n\nУважаемые партнёры! До 31.12.2026 при "
                "заключении договора на ТО АПС и СОУЭ — скидка 15%.\nЗвоните: +7 (8212) 24-55-10\n\n"
                "Отписаться: https://oss-sever.ru/unsubscribe?u=8812", "plain", "utf-8", "base64"),
           leaf(NEWS_HTML, "html", "utf-8", "base64")]),
       IGN("marketing bulk mail (Precedence: bulk, List-Unsubscribe)"),
       "system", extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://oss-sever.ru/unsubscribe?u=8812>"),
                        ("List-Id", "<news.oss-sever.ru>")])

ICS = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ладанова Ольга Викторовна:mailto:office@oss-sever.ru\n"
       "ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru\n"
       "DTSTART;TZID=Russian Standard Time:20261124T100000\nDTEND;TZID=Russian Standard Time:20261124T110000\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по графику ТО на декабрь\n"
       "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6D901000000000000000010000000\n"
       "DTSTAMP:20261119T090000Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
letter("x05", "2026-11-19 12:00:41", O, "Принято: Совещание по графику ТО на декабрь",
       multipart("alternative", [
           leaf("", "plain", "utf-8", "base64"),
           leaf(ICS, "calendar", "utf-8", "base64", "; method=REPLY")]),
       IGN("calendar meeting response generated by Outlook"),
       "outlook", hcs="windows-1251", hmode="B", extra=[("Content-Class", "urn:content-classes:calendarmessage")])

letter("x06", "2026-11-24 12:05:02", O, "Автоматическое уведомление: Заявка 221803",
       leaf("Здравствуйте!\n\nВаше письмо получено и зарегистрировано. Ответ будет направлен в течение рабочего дня.\n"
            "Режим работы офиса: пн–пт 9:00–18:00.\n\nЭто письмо сформировано автоматически, отвечать на него не нужно.",
            "plain", "windows-1251", "base64"),
       IGN("automatic receipt acknowledgement from the office mailbox"),
       "system", hcs="windows-1251", hmode="B",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

letter("x07", "2026-11-26 09:00:12", G, "Автоматический ответ: Re: 221803",
       leaf("В ОТПУСКЕ ДО 07.12 ТЧК ПО ВСЕМ ВОПРОСАМ НОСОВА АЛИНА nosova@oss-sever.ru ТЧК\n",
            "plain", "windows-1251", "quoted-printable"),
       IGN("out-of-office auto-reply (written by Gennady in his style, but sent by the autoresponder)"),
       "thebat_1251", hcs="windows-1251", hmode="Q",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])


# =========================================================================== write
def build(L):
    d = L["date"]
    hdrs = []
    hdrs.append(("Return-Path", "<%s>" % (L["frm"][1] if L["key"] != "x01" else "")))
    hdrs.append(("Received", "from %s ([10.12.0.%d])\n\tby mx.oss-sever.ru (Postfix) with ESMTPSA id %X\n\t"
                 "for <%s>; %s" % ("mail.oss-sever.ru" if L["client"] != "mailru" else "f%d.i.mail.ru" % rnd.randint(100, 500),
                                   rnd.randint(2, 250), rnd.getrandbits(40), L["to"][1],
                                   format_datetime(d - timedelta(seconds=2)))))
    hdrs.append(("From", addr(L["frm"], L["hcs"], L["hmode"])))
    hdrs.append(("To", addr(L["to"], L["hcs"], L["hmode"])))
    if L["cc"]:
        hdrs.append(("Cc", addr(L["cc"], L["hcs"], L["hmode"])))
    hdrs.append(("Subject", enc_header(L["subject"], L["hcs"], L["hmode"])))
    hdrs.append(("Date", format_datetime(d)))
    hdrs.append(("Message-ID", msgid(L["client"], d)))
    if L["reply_to_id"]:
        hdrs.append(("In-Reply-To", L["reply_to_id"]))
        hdrs.append(("References", L["reply_to_id"]))
    hdrs += CLIENT_HDRS[L["client"]]
    hdrs += L["extra"]
    if L["client"] == "outlook":
        hdrs.append(("Thread-Index", base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()))
    hdrs.append(("MIME-Version", "1.0"))
    eh, body = L["ent"]
    return serialize((hdrs + eh, body))


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    keys = [L["key"] for L in LETTERS]
    assert len(keys) == len(set(keys))
    labels = {}
    for i, L in enumerate(sorted(LETTERS, key=lambda x: x["date"]), 1):
        name = "%03d.eml" % i
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(build(L))
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=2)
    print("written", len(labels), "letters")


if __name__ == "__main__":
    main()
