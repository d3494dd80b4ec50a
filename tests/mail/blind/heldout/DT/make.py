#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DT:
ИП Бондаренко В.Н. «КрымТеплоМонтаж», Симферополь (+0300).
Standard library only.  Run:  python3 make.py   (writes into the folder of this script)
"""
import base64
import datetime as dt
import email
import email.charset
import email.header
import email.policy
import json
import os
import quopri
import random
import html

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(20261102)
TZ = dt.timezone(dt.timedelta(hours=3))

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
PEOPLE = {
    "V": ("Виктор Бондаренко", "bondarenko.ktm@yandex.ru"),
    "T": ("Тарас Мельничук", "taras.ktm82@yandex.ru"),
    "O": ("Оксана Литвиненко", "buh@ktm-krym.ru"),
    "INFO": ("КрымТеплоМонтаж", "info@ktm-krym.ru"),
    "DAEMON": ("Mail Delivery System", "MAILER-DAEMON@ktm-krym.ru"),
}

# ---------------------------------------------------------------- registry
REQ = [
    ("203417", ["1", "2", "3"], "2026-11-02T09:15:00+03:00",
     "МБОУ «СОШ № 12», ул. Лермонтова, 5: 1 — котёл № 2, 2 — циркуляционный насос, 3 — ИТП (промывка теплообменника)"),
    ("204082", ["1", "2"], "2026-11-03T11:40:00+03:00",
     "ГБУЗ РК «Поликлиника № 3», ул. Залесская, 44: 1 — замена радиаторов 2 этаж, 2 — стояк ГВС в подвале"),
    ("200915", ["1"], "2026-11-05T08:30:00+03:00",
     "Амбулатория с. Мирное: 1 — газовый котёл Baxi не запускается"),
    ("205560", ["1", "2", "3", "4"], "2026-11-06T10:00:00+03:00",
     "МБОУ «Гимназия № 9»: 1 — узел учёта тепла корп. А, 2 — стояк отопления спортзал, 3 — радиаторы каб. химии 214, 4 — кран шаровой Ду50 в подвале"),
    ("206231", ["1", "2"], "2026-11-09T13:20:00+03:00",
     "Амбулатория с. Перово, ул. Школьная, 3: 1 — отопление процедурной, 2 — ХВС низкий напор"),
    ("201778", ["1"], "2026-11-10T09:00:00+03:00",
     "МБОУ «СОШ № 40»: 1 — бойлер пищеблока, не греет"),
    ("207004", ["1", "2", "3"], "2026-11-11T14:00:00+03:00",
     "Стоматологическая поликлиника № 2: 1 — котёл, обслуживание, 2 — радиаторы рентген-кабинета, 3 — смеситель в стерилизационной"),
    ("202349", ["1", "2"], "2026-11-13T10:10:00+03:00",
     "Школа-интернат, пгт Гвардейское: 1 — отопление спальный корпус, 2 — трубопровод в подвале"),
    ("208112", ["1", "2", "3"], "2026-11-16T09:00:00+03:00",
     "Белогорская ЦРБ: 1 — пищеблок, ГВС, 2 — циркуляционный насос котельной, 3 — прачечная, подводка"),
    ("209450", ["1"], "2026-11-17T11:00:00+03:00",
     "МБОУ «СОШ № 7»: 1 — засор канализации в столовой"),
    ("203906", ["1", "2"], "2026-11-19T08:40:00+03:00",
     "Женская консультация, ул. Гоголя: 1 — кран на стояке, 2 — подводка к умывальнику смотровой"),
    ("200482", ["1", "2", "3"], "2026-11-23T10:00:00+03:00",
     "МБОУ «СОШ № 24», спортзал: 1 — трубопровод ГВС душевых, 2 — трубопровод ХВС душевых, 3 — смесители в душевых"),
]
REGTIME = {n: dt.datetime.fromisoformat(t) for n, _, t, _ in REQ}

S = {  # subjects of the dispatcher's original mails
    "203417": "Заявка № 203417 от 02.11.2026 — МБОУ «СОШ № 12», котельная",
    "204082": "Заявка № 204082 от 03.11.2026 — ГБУЗ РК «Поликлиника № 3», отопление и ГВС",
    "200915": "Заявка № 200915 от 05.11.2026 — Амбулатория с. Мирное, котёл",
    "205560": "Заявка № 205560 от 06.11.2026 — МБОУ «Гимназия № 9»",
    "206231": "Заявка № 206231 от 09.11.2026 — Амбулатория с. Перово",
    "201778": "Заявка № 201778 от 10.11.2026 — МБОУ «СОШ № 40», бойлер пищеблока",
    "207004": "Заявка № 207004 от 11.11.2026 — Стоматологическая поликлиника № 2",
    "202349": "Заявка № 202349 от 13.11.2026 — Школа-интернат, пгт Гвардейское",
    "208112": "Заявка № 208112 от 16.11.2026 — Белогорская ЦРБ, пищеблок и прачечная",
    "209450": "Заявка № 209450 от 17.11.2026 — МБОУ «СОШ № 7», столовая, канализация",
    "203906": "Заявка № 203906 от 19.11.2026 — Женская консультация, ул. Гоголя",
    "200482": "Заявка № 200482 от 23.11.2026 — МБОУ «СОШ № 24», душевые спортзала",
}


def disp_mid(req):
    return "<omis.%s.%d@zakazchik-omis.ru>" % (req, rnd.randint(10000, 99999))


# ---------------------------------------------------------------- helpers
WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]


def D(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ, second=rnd.randint(0, 59))


def yx_qhead(when, name, addr):
    d = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return '%s, "%s" <%s>:' % (d.strftime("%d.%m.%Y, %H:%M"), name, addr)


def ol_sent(when):
    d = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return "%s, %d %s %d г. %d:%02d" % (WD[d.weekday()], d.day, MON[d.month - 1], d.year, d.hour, d.minute)


def ol_block(name, addr, when, to, subj):
    return ("От: %s <%s>\nОтправлено: %s\nКому: %s\nТема: %s\n"
            % (name, addr, ol_sent(when), to, subj))


def eh(s, charset="utf-8", enc="B"):
    """RFC 2047 encode a header value when it is not pure ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.BASE64 if enc == "B" else email.charset.QP
    return email.header.Header(s, cs, header_name="Subject").encode(linesep="\n")


def addr(name, a, charset="utf-8", enc="B", quote=False):
    if quote:
        return '"%s" <%s>' % (eh(name, charset, enc), a)
    return "%s <%s>" % (eh(name, charset, enc), a)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes


def leaf(text, subtype="plain", charset="utf-8", cte="base64", extra=None):
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    h = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
         ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return Part(h, body)


def bnd(style):
    if style == "ol":
        return "----=_NextPart_%03X_%04X_%08X.%08X" % (0, rnd.randint(0, 0xFFFF),
                                                     rnd.randint(0, 2**32 - 1), rnd.randint(0, 2**32 - 1))
    return "----==--bound.%d.sas%d-%s.yandex.net" % (rnd.randint(100000, 999999), rnd.randint(1, 9),
                                                     "%010x" % rnd.getrandbits(40))


def multi(subtype, parts, style="yx", params=""):
    b = bnd(style)
    out = []
    if style == "ol":
        out.append(b"This is a multi-part message in MIME format.\n\n")
    for p in parts:
        out.append(b"--" + b.encode() + b"\n")
        out.append(ser(p))
        out.append(b"\n")
    out.append(b"--" + b.encode() + b"--\n")
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, params))],
                b"".join(out))


def ser(p):
    h = "".join("%s: %s\n" % (k, v) for k, v in p.headers)
    return h.encode("ascii") + b"\n" + p.body


def yx_html(text):
    """Roughly what Yandex mail puts into the html alternative."""
    out = []
    inq = False
    for line in text.split("\n"):
        if line.startswith(">"):
            if not inq:
                out.append("<blockquote>")
                inq = True
            out.append("<div>%s</div>" % (html.escape(line.lstrip("> ").rstrip()) or "&nbsp;"))
            continue
        if inq:
            out.append("</blockquote>")
            inq = False
        out.append("<div>%s</div>" % (html.escape(line) or "&nbsp;"))
    if inq:
        out.append("</blockquote>")
    return "<div>" + "".join(out) + "</div>\n"


OL_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
           'table.t {border-collapse:collapse;} td {border:solid windowtext 1.0pt;padding:0cm 5.4pt;}\n'
           '--></style></head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n')
OL_TAIL = "</div></body></html>\n"


def ol_html(text, charset, table_html=""):
    """Outlook-like html: paragraphs; an optional table goes where the line '[[TABLE]]' is."""
    out = [OL_HEAD % charset]
    for line in text.split("\n"):
        if line == "[[TABLE]]":
            out.append(table_html)
            continue
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (html.escape(line) if line else "&nbsp;"))
    out.append(OL_TAIL)
    return "".join(out)


def ol_table(head, rows):
    h = "<table class=t border=1 cellspacing=0 cellpadding=0>\n<tr>" + "".join(
        "<td><p class=MsoNormal><b>%s</b><o:p></o:p></p></td>" % html.escape(c) for c in head) + "</tr>\n"
    for r in rows:
        h += "<tr>" + "".join("<td><p class=MsoNormal>%s<o:p></o:p></p></td>" % html.escape(c) for c in r) + "</tr>\n"
    return h + "</table>\n"


def table_text(head, rows):
    lines = ["\t".join(head)]
    for r in rows:
        lines.append("\t".join(r))
    return "\n".join(lines)


def yx_mid(d):
    return "<%d%d@mail-sas%d-%02d.sas.yandex.net>" % (rnd.randint(100000, 999999), int(d.timestamp()),
                                                     rnd.randint(1, 3), rnd.randint(1, 60))


def ol_mid():
    return "<%012x$%08x$%08x$@ktm-krym.ru>" % (rnd.getrandbits(48), rnd.getrandbits(32), rnd.getrandbits(32))


def thread_index():
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()


LETTERS = []  # (datetime, bytes, label)
YX_SIG = "\n\nОтправлено из мобильной Яндекс Почты"


def yandex(who, when, subject, text, label, fmt="alt", cte="base64", sig=True, to_name=True,
           reply=None, extra=None):
    """A letter from Виктор or Тарас, Yandex mail for Android."""
    name, a = PEOPLE[who]
    d = D(when)
    if sig:
        # signature goes before any quoted history (Yandex puts it after the new text)
        if "\n\n[[Q]]" in text:
            text = text.replace("\n\n[[Q]]", YX_SIG + "\n\n\n")
        else:
            text = text + YX_SIG
    else:
        text = text.replace("\n\n[[Q]]", "\n\n\n")
    if fmt == "alt":
        body = multi("alternative", [leaf(text, "plain", "utf-8", cte), leaf(yx_html(text), "html", "utf-8", cte)])
    elif fmt == "html":
        body = leaf(yx_html(text), "html", "utf-8", cte)
    else:
        body = leaf(text, "plain", "utf-8", cte)
    h = [("Return-Path", "<%s>" % a),
         ("X-Yandex-Spam", "1"),
         ("From", addr(name, a)),
         ("To", addr(*DISPATCH) if to_name else DISPATCH[1]),
         ("Subject", eh(subject)),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
         ("Date", email.utils.format_datetime(d)),
         ("Message-Id", yx_mid(d))]
    if reply:
        h += [("In-Reply-To", reply), ("References", reply)]
    if extra:
        h += extra
    data = ser(Part(h + body.headers, body.body))
    LETTERS.append((d, data, label))


def outlook(when, subject, text, label, fmt="alt", charset="windows-1251", cte="quoted-printable",
            table=None, reply=None, extra=None, body_part=None, subj_enc="B", who="O"):
    name, a = PEOPLE[who]
    d = D(when)
    if body_part is not None:
        body = body_part
    else:
        thtml = ol_table(*table) if table else ""
        ttext = text.replace("[[TABLE]]", table_text(*table)) if table else text
        if fmt == "alt":
            body = multi("alternative", [leaf(ttext, "plain", charset, cte),
                                         leaf(ol_html(text, charset, thtml), "html", charset, cte)], style="ol")
        elif fmt == "html":
            body = leaf(ol_html(text, charset, thtml), "html", charset, cte)
        else:
            body = leaf(ttext, "plain", charset, cte)
    h = [("From", addr(name, a, charset, subj_enc, quote=True)),
         ("To", addr(*DISPATCH, charset=charset, enc=subj_enc, quote=True)),
         ("Subject", eh(subject, charset, subj_enc)),
         ("Date", email.utils.format_datetime(d)),
         ("Message-ID", ol_mid())]
    if reply:
        h += [("In-Reply-To", reply), ("References", reply)]
    h += [("MIME-Version", "1.0"),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", thread_index()),
          ("Content-Language", "ru")]
    if extra:
        h += extra
    data = ser(Part(h + body.headers, body.body))
    LETTERS.append((d, data, label))


def L(expect, request=None, positions=None, status=None, note=""):
    if expect == "decided":
        return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}
    return {"expect": expect, "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

O_SIG = ("С уважением,\nОксана Литвиненко\nбухгалтер ИП Бондаренко В.Н. «КрымТеплоМонтаж»\n"
         "г. Симферополь, ул. Киевская, 115, оф. 12\nтел. +7 (3652) 60-14-27, моб. +7 978 441-08-35")
O_SIG_KOI = ("С уважением,\nОксана Литвиненко\nбухгалтер ИП Бондаренко В.Н. \"КрымТеплоМонтаж\"\n"
             "г. Симферополь, ул. Киевская, 115, оф. 12\nтел. +7 (3652) 60-14-27")
V_SIG = "--\nВиктор Бондаренко\nИП Бондаренко «КрымТеплоМонтаж»\n+7 978 004-51-19"
DQ = lambda when: yx_qhead(when, "Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
TQ = lambda when: yx_qhead(when, "Тарас Мельничук", "taras.ktm82@yandex.ru")


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# =================================================================== 203417
yandex("V", "2026-11-02 10:02", "Re: " + S["203417"],
       "Добрый день. Заявку прийняли, 203417 в работе. Тарас с хлопцамы будет завтра з утра, "
       "котёл и насос посмотрим на месте.\n\n[[Q]]" + DQ("2026-11-02 09:16") + "\n" + q(
           "Добрый день!\nНаправляем заявку № 203417.\nОбъект: МБОУ «СОШ № 12», г. Симферополь, ул. Лермонтова, 5, котельная.\n"
           "Поз. 1 — котёл № 2 не выходит на режим\nПоз. 2 — циркуляционный насос, шум, течь по сальнику\n"
           "Поз. 3 — ИТП, промывка теплообменника\nКонтакт: завхоз Петренко Л.И., +7 978 731-22-40\n--\nДиспетчерская ОМИС"),
       L("decided", "203417", [], ACC, "accepted ('прийняли ... в работе'); tomorrow's visit is only a plan; quote is the dispatcher's request"),
       reply=disp_mid("203417"))

yandex("T", "2026-11-03 08:10", "203417 поз 1 2",
       "выехали на 12 школу по 1 и 2 позиции, будем минут через 40",
       L("decided", "203417", ["1", "2"], WAY, "'выехали ... будем через 40 мин' = on the way, positions 1 and 2"),
       fmt="plain", cte="8bit", to_name=False)

yandex("T", "2026-11-03 09:05", "Re: 203417 поз 1 2",
       "на мecтe с 8:55 , котёл розбираем\n\n[[Q]]" + TQ("2026-11-03 08:10") + "\n" + q(
           "выехали на 12 школу по 1 и 2 позиции, будем минут через 40"),
       L("decided", "203417", ["1", "2"], ON, "on site since 8:55 (Latin look-alikes in 'на месте'); positions from subject; quote is old 'в пути'"),
       to_name=False)

yandex("T", "2026-11-03 15:40", "203417",
       "Насос поменяли (поз 2) — был Grundfos UPS 32-80 180, поставили такой же, сальник не течёт, шума нема. Работает.\n"
       "По котлу (поз 1) ждём теплообменник арт. 0020025300, поставщик обещал в четверг. "
       "Котёл пока отключили, школа на первом котле.\nТарас",
       L("decided", "203417", ["2"], OFF, "pos 2 finished ('поменяли ... работает'); pos 1 waits for a part = plan only; model and article numbers are not requests"),
       cte="quoted-printable")

yandex("V", "2026-11-05 14:40", "Fwd: Re: 203417",
       "Пересылаю от Тараса, по школе 12 котёл зробили.\n\n"
       "-------- Пересылаемое сообщение --------\n" + TQ("2026-11-05 14:25") + "\n\n"
       "Витя, по 12 школе поз.1 — теплообменник поставили, котёл запустили, на режим выходит, 75 градусов держит. "
       "Всё, з обєкта уихали в 14:20.\n\n-------- Конец пересылаемого сообщения --------\n\n" + V_SIG,
       L("decided", "203417", ["1"], OFF, "forwarded crew message: pos 1 done, left the site at 14:20"),
       sig=False)

yandex("T", "2026-11-06 12:20", "203417-3",
       "ИТП теплообменник промыли, давление подача/обратка 6,2 / 4,0. Всё зробили, убыли 12:10",
       L("decided", "203417", ["3"], OFF, "position after dash in subject; 'убыли 12:10'; pressures are not numbers of interest"))

yandex("T", "2026-11-06 12:26", "203471",
       "203471 убыли, всё зробили, акт завхоз подписала",
       L("review", note="203471 is not in the registry (probably a typo of 203417) — dispatcher cannot record it"),
       fmt="plain", cte="8bit", to_name=False)

# =================================================================== 204082
outlook("2026-11-03 12:30", "RE: " + S["204082"],
        "Добрый день!\n\nСообщаем, что заявка № 204082 принята в работу. Выезд бригады планируем на 04.11.2026 с утра, "
        "ответственный — мастер Мельничук Тарас, тел. +7 978 215-60-83.\n\n" + O_SIG +
        "\nИНН 910200734518, ОГРНИП 315910200012345\n\n" +
        ol_block("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru", "2026-11-03 11:41", "buh@ktm-krym.ru", S["204082"]) +
        "\nДобрый день! Направляем заявку. Объект: ул. Залесская, 44.\nПоз. 1 — замена радиаторов, 2 этаж (6 шт.)\n"
        "Поз. 2 — стояк ГВС в подвале, течь\nПросьба подтвердить принятие.",
        L("decided", "204082", [], ACC, "formal acceptance; planned departure date, INN/OGRNIP and phone are distractors; Outlook quote block below"),
        reply=disp_mid("204082"))

yandex("T", "2026-11-04 08:20", "Поликлиника Залесская 44 (204082)",
       "выехалы, будем через пол часа. праздник не праздник, а хлопцы работают)",
       L("decided", "204082", [], WAY, "number in brackets after the address; 'выехалы, будем через пол часа'"))

yandex("T", "2026-11-04 09:10", "Re: Поликлиника Залесская 44 (204082)",
       "204082 поз 3 на месте, смотрим",
       L("review", note="request 204082 has only positions 1 and 2; position 3 does not exist"),
       fmt="plain", cte="8bit")

yandex("V", "2026-11-04 16:50", "204082",
       "Добрый вечер. По 204082 по второй позиции стояк ГВС в подвале поменяли на полипропилен, течи нет, хлопцы убыли. "
       "Радиаторы (первая позиция) доробим в понеділок, батареи ещё не привезли.\n\n" + V_SIG,
       L("decided", "204082", ["2"], OFF, "pos 2 done and crew left; pos 1 only planned for Monday"),
       sig=False)

yandex("T", "2026-11-09 09:00", "204082 П1",
       "приехали на Залесскую, П1, начинаем радиаторы",
       L("decided", "204082", ["1"], ON, "'П1' = position 1; arrived"))

yandex("T", "2026-11-09 17:05", "Re: 204082 П1",
       "П1 закончили. Все 6 радиаторов поставили, опрессовали 6 атм, норм. Уехали.\n\n[[Q]]" +
       TQ("2026-11-09 09:00") + "\n" + q("приехали на Залесскую, П1, начинаем радиаторы"),
       L("decided", "204082", ["1"], OFF, "finished and left; quoted text is the morning arrival"),
       cte="quoted-printable")

# =================================================================== 200915
yandex("V", "2026-11-05 09:10", "Обращение 200915",
       "Обращение 200915 по амбулатории Мирное взяли в работу. Тарас поидет после обеда, трохи раньше не получится.",
       L("decided", "200915", [], ACC, "'обращение ... взяли в работу'"))

yandex("T", "2026-11-05 13:00", "200915",
       "ВЫЕХАЛИ НА МИРНОЕ ПО 200915. ТАРАС",
       L("decided", "200915", [], WAY, "caps; leaving for the site"), fmt="html", sig=False)

yandex("T", "2026-11-05 13:45", "Re: 200915",
       "нa мecтe. котёл Baxi Eco Four 24 ошибка E133, смотрим",
       L("decided", "200915", [], ON, "Latin a/c/e inside 'на месте'; boiler model and error code are not numbers of interest"),
       fmt="plain", cte="8bit")

yandex("T", "2026-11-05 18:20", "Re: " + S["200915"],
       "Котёл запустили, всё работает, газовики пломбу не трогали (пломба № 0417723 на месте). Поехали домой.",
       L("decided", "200915", [], OFF, "number only in the Re: subject; result + 'поехали домой'; seal number and 'на месте' about the seal are traps"),
       reply=disp_mid("200915"))

# =================================================================== 205560
T205560 = (["Поз.", "Наименование работ", "Статус", "Плановый выезд"],
           [["1", "Узел учёта тепла, корпус А", "принята в работу", "09.11.2026"],
            ["2", "Стояк отопления, спортзал", "принята в работу", "09.11.2026"],
            ["3", "Радиаторы, каб. химии (каб. 214)", "принята в работу", "10.11.2026"],
            ["4", "Кран шаровой Ду50, подвал", "принята в работу", "10.11.2026"]])
outlook("2026-11-06 10:45", "Заявка 205560 — принята в работу",
        "Добрый день!\n\nПо заявке № 205560 (МБОУ «Гимназия № 9») сообщаем:\n[[TABLE]]\n\n" + O_SIG,
        L("decided", "205560", ["1", "2", "3", "4"], ACC, "HTML-only letter, table row per position, all four accepted"),
        fmt="html", table=T205560)

yandex("T", "2026-11-09 07:50", "гимназия 9",
       "заявка 205560, та выехали уже на 1 и 2 позицию, в 8:30 будем. кто там на вахте, скажите шоб пропустили машину А 482 КМ 82",
       L("decided", "205560", ["1", "2"], WAY, "'выехали ... на 1 и 2 позицию'; car plate is not a number of interest"))

yandex("T", "2026-11-09 08:50", "Re: гимназия 9",
       "205560 (1) (2) на місці з 8:40",
       L("decided", "205560", ["1", "2"], ON, "Ukrainian 'на місці' = on site, positions in brackets"),
       fmt="plain", cte="8bit")

T205560b = (["Поз.", "Наименование", "Состояние на 09.11.2026"],
            [["1", "Узел учёта тепла, корпус А", "работы выполнены, бригада убыла в 16:10"],
             ["2", "Стояк отопления, спортзал", "работы выполнены, бригада убыла в 16:10"],
             ["3", "Радиаторы, каб. 214", "выезд запланирован на 10.11"],
             ["4", "Кран шаровой Ду50", "выезд запланирован на 10.11"]])
outlook("2026-11-09 17:40", "205560 — итог за 09.11",
        "Добрый вечер!\n\nИнформация по заявке № 205560 на 09.11.2026:\n[[TABLE]]\n\n" + O_SIG,
        L("decided", "205560", ["1", "2"], OFF, "table: rows 1 and 2 finished and crew left; rows 3-4 only planned"),
        fmt="alt", table=T205560b)

yandex("T", "2026-11-10 08:15", "205560 поз3 поз4",
       "выехали, заезжаем на склад за краном и на гимназию",
       L("decided", "205560", ["3", "4"], WAY, "'поз3 поз4' in subject; left, going via the warehouse to the site"),
       cte="quoted-printable")

yandex("T", "2026-11-10 09:30", "Re: 205560 поз3 поз4",
       "поз3 на месте, хлопцы начали радиаторы в 214. поз4 ще в дорозі, Сашко с краном застрял на складе",
       L("review", note="different statuses for different positions: pos 3 on site, pos 4 still on the way"),
       fmt="plain", cte="8bit")

yandex("T", "2026-11-10 14:00", "205560",
       "3-ю и 4-ю зробили. Радиаторы в химии поставили, кран Ду50 в подвале поменяли. Убыли в 13:50.",
       L("decided", "205560", ["3", "4"], OFF, "'3-ю и 4-ю зробили ... Убыли'"))

# =================================================================== 206231
yandex("V", "2026-11-09 14:05", "Re: " + S["206231"],
       DQ("2026-11-09 13:21") + "\n" + q(
           "Добрый день!\nНаправляем заявку № 206231, амбулатория с. Перово, ул. Школьная, 3.\n"
           "Поз. 1 — отопление, не греют радиаторы в процедурной\nПоз. 2 — холодное водоснабжение, низкий напор\n"
           "Прошу подтвердить принятие.") +
       "\n\nПрийняли. Зараз хлопцы на гимназии, как освободятся — будем.",
       L("decided", "206231", [], ACC, "reply written under the quote: 'Прийняли'"),
       reply=disp_mid("206231"))

yandex("V", "2026-11-10 10:20", "Перово",
       "Доброго дня. По Перово (206231) поидем тильки в среду, Тарас зараз на 205560 до вечера. Звиняйте.",
       L("review", note="only a plan for 206231 (Wednesday); also mentions another request 205560"),
       fmt="plain", cte="8bit")

yandex("T", "2026-11-11 08:40", "Re: Заявка 206231",
       "едем в Перово, минут 25 будем",
       L("decided", "206231", [], WAY, "'едем ..., минут 25 будем' = travelling now"))

yandex("T", "2026-11-11 09:20", "Re: " + S["206231"],
       "приихалы, завхоз открыла, начинаем",
       L("decided", "206231", [], ON, "number only in the Re: subject; 'приихалы' = arrived"),
       reply=disp_mid("206231"))

yandex("T", "2026-11-11 15:10", "Re: Re: " + S["206231"],
       "по 1 всё, отопление запустили, в процедурной тепло. по 2 (вода) трохи осталось, насос повышения давления завтра привезём и доробим",
       L("decided", "206231", ["1"], OFF, "pos 1 finished; pos 2 only planned for tomorrow"),
       fmt="plain", cte="quoted-printable")

yandex("T", "2026-11-12 12:30", "206231 п.2",
       "п.2 готово, насос поставили, напор нормальный. уехали",
       L("decided", "206231", ["2"], OFF, "'п.2 готово ... уехали'"))

# =================================================================== 201778
outlook("2026-11-10 09:40", "RE: " + S["201778"].replace("№ ", "").replace("«", '"').replace("»", '"').replace(" — ", " - "),
        "Добрый день!\n\nЗаявку 201778 получили, принята в работу. Выезд мастера - 12.11.2026 к 8:00.\n\n" + O_SIG_KOI +
        "\n\n" + ol_block("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru", "2026-11-10 09:01", "buh@ktm-krym.ru",
                          'Заявка 201778 от 10.11.2026 - МБОУ "СОШ 40", бойлер пищеблока') +
        "\nДобрый день! Бойлер в пищеблоке не греет воду, поз. 1. Прошу принять.",
        L("decided", "201778", [], ACC, "KOI8-R plain text; 'принята в работу'; visit date is only a plan"),
        fmt="plain", charset="koi8-r", cte="quoted-printable", reply=disp_mid("201778"))

yandex("T", "2026-11-12 08:05", "Школа 40 бойлер",
       "201778 выезд 08:00, будем к 8:40",
       L("decided", "201778", [], WAY, "noun 'выезд' with time, arrival expected = on the way"))

yandex("T", "2026-11-12 10:05", "школа",
       "Мы на школе, а завхоза нема, хто откроет подвал? Тарас",
       L("review", note="no request number, only a question"), fmt="plain", cte="8bit", sig=False)

yandex("T", "2026-11-12 13:15", "Re: Школа 40 бойлер",
       "201778: прибыли 8:45, убыли 13:05. ТЭН на бойлере Термекс 200 л заменили, греет.",
       L("decided", "201778", [], OFF, "arrival and departure both reported: latest event = left"))

# =================================================================== 207004
yandex("V", "2026-11-11 14:30", "#207004",
       "#207004 принял, завтра-послезавтра поидем",
       L("decided", "207004", [], ACC, "'#207004 принял'"), fmt="plain", cte="8bit")

outlook("2026-11-12 10:15", "RE: " + S["207004"],
        "Добрый день!\n\nУточните, пожалуйста, по заявке № 207004: в позиции 2 указан рентген-кабинет — "
        "нужен ли для бригады разовый пропуск и кто будет сопровождать? Просим сообщить контактное лицо и телефон.\n\n" + O_SIG,
        L("review", note="question about access, no status reported"), reply=disp_mid("207004"), subj_enc="Q")

yandex("T", "2026-11-13 08:30", "207004",
       "выехали на стоматологию, поз 1, 2, 3",
       L("decided", "207004", ["1", "2", "3"], WAY, "left for the site, positions 1,2,3"))

yandex("T", "2026-11-13 09:10", "Re: 207004",
       "на объекте с 9:05",
       L("decided", "207004", [], ON, "on site, no positions named in the new text"), fmt="html")

yandex("T", "2026-11-13 16:00", "207004 итог",
       "207004\nпозиция 1 — котёл почистили, горелку отрегулировали, готово\n"
       "позиция 2 — радиаторы в рентген-кабинете развоздушили, греют, готово\n"
       "позиция 3 — смеситель не подошёл по резьбе, Оксана закажет, приедем в четверг\n"
       "с 1 и 2 убыли",
       L("decided", "207004", ["1", "2"], OFF, "positions 1 and 2 done and left; position 3 only planned"),
       cte="quoted-printable")

yandex("T", "2026-11-19 15:20", "207004 3-я",
       "3-й закончили, смеситель Grohe поставили, не капае. уехали в 15:10",
       L("decided", "207004", ["3"], OFF, "'3-й закончили ... уехали'"))

# =================================================================== 202349
outlook("2026-11-13 10:40", "RE: " + S["202349"],
        "Добрый день.\n\nЗаявку приняли в работу. Бригада выедет в понедельник, 16.11.\n\n" + O_SIG + "\n\n" +
        ol_block("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru", "2026-11-13 10:11", "buh@ktm-krym.ru", S["202349"]) +
        "\nДобрый день! Направляем заявку.\nПоз. 1 — отопление, спальный корпус, холодные радиаторы\n"
        "Поз. 2 — трубопровод в подвале, свищ\nКонтакт: завхоз Кравец А.П. +7 978 559-11-02",
        L("decided", "202349", [], ACC, "number only in the RE: subject and quote; 'приняли в работу'"),
        reply=disp_mid("202349"))

yandex("T", "2026-11-16 07:40", "интернат 202349",
       "хлопцы поихали в Гвардейское, я пидъеду позже, к обеду",
       L("decided", "202349", [], WAY, "crew has set off ('хлопцы поихали')"), fmt="plain", cte="8bit")

yandex("T", "2026-11-16 10:30", "Re: интернат 202349",
       "202349 п1 на месте, п2 тоже ж, я тоже тут уже",
       L("decided", "202349", ["1", "2"], ON, "'п1 на месте, п2 тоже ж'"))

yandex("T", "2026-11-16 16:30", "202349",
       "по 202349 первую закончили, убыли. вторую не начинали — в подвал нет доступа, завхоз с ключами будет завтра",
       L("decided", "202349", ["1"], OFF, "first position done and left; second not started (nothing to record)"),
       cte="quoted-printable")

yandex("V", "2026-11-17 12:10", "интернат Гвардейское — простой",
       "Шановни, по интернату 202349 завхоз опять не пустил хлопцив в подвал, простояли час з 9 до 10. "
       "Хто нам оплатит простой? Давайте решать, бо так работать невозможно.\n\n" + V_SIG,
       L("review", note="complaint about idle time, no status"), sig=False)

# forwarded as attachment (message/rfc822) by Оксана
_inner_d = D("2026-11-18 11:40")
_inner = ser(Part([("From", addr(*PEOPLE["T"])), ("To", addr(*PEOPLE["O"])),
                   ("Subject", eh("202349-2")), ("Date", email.utils.format_datetime(_inner_d)),
                   ("Message-Id", yx_mid(_inner_d)), ("MIME-Version", "1.0")] +
                  leaf("202349-2 зробили, в подвале трубу поменяли, свищ убрали. убыли 11:30\n\n"
                       "Оксана перешли диспетчерам" + YX_SIG).headers,
                  leaf("202349-2 зробили, в подвале трубу поменяли, свищ убрали. убыли 11:30\n\n"
                       "Оксана перешли диспетчерам" + YX_SIG).body))
_fwd_text = "Добрый день!\n\nПересылаю сообщение мастера по заявке 202349.\n\n" + O_SIG
_att = Part([("Content-Type", 'message/rfc822; name="202349-2.eml"'),
             ("Content-Disposition", 'attachment; filename="202349-2.eml"')], _inner)
_alt = multi("alternative", [leaf(_fwd_text, "plain", "windows-1251", "quoted-printable"),
                             leaf(ol_html(_fwd_text, "windows-1251"), "html", "windows-1251", "quoted-printable")],
             style="ol")
outlook("2026-11-18 12:00", "FW: 202349-2", None,
        L("decided", "202349", ["2"], OFF, "forward as .eml attachment: crew reports pos 2 done, left 11:30"),
        body_part=multi("mixed", [_alt, _att], style="ol"))

# =================================================================== 208112
yandex("V", "2026-11-16 09:45", "Re: " + S["208112"],
       "208112 приняли. В Белогорск завтра з утра, на 1 и 3 позиции, 2-я — насос надо заказывать.\n\n[[Q]]" +
       DQ("2026-11-16 09:01") + "\n" + q(
           "Направляем заявку № 208112, ГБУЗ РК «Белогорская ЦРБ», г. Белогорск, ул. Луначарского, 15.\n"
           "Поз. 1 — пищеблок, нет ГВС\nПоз. 2 — циркуляционный насос котельной, замена\nПоз. 3 — прачечная, подводка к машине"),
       L("decided", "208112", [], ACC, "accepted; the rest is plans"), reply=disp_mid("208112"))

yandex("T", "2026-11-17 06:50", "208112 Белогорск",
       "выехали с базы в Белогорск, 208112. к 8:15 будем",
       L("decided", "208112", [], WAY, "'выехали с базы в Белогорск' = leaving FROM base TO site: on the way"),
       fmt="plain", cte="8bit")

yandex("T", "2026-11-17 08:25", "Re: 208112 Белогорск",
       "208112 на месте, позиции 1 и 3",
       L("decided", "208112", ["1", "3"], ON, "on site for positions 1 and 3"))

yandex("T", "2026-11-17 17:20", "208112",
       "выехали с объекта в 17:10. по 1 и 3 все, пищеблок и прачечная работают",
       L("decided", "208112", ["1", "3"], OFF, "'выехали с объекта' = left the site; positions 1 and 3 finished"),
       cte="quoted-printable")

outlook("2026-11-18 10:00", "Заявка № 208112, поз. 2 — продление срока",
        "Добрый день!\n\nПросим продлить срок выполнения по заявке № 208112, поз. 2 до 25.11.2026: "
        "циркуляционный насос Wilo Stratos 40/1-8 ожидается от поставщика 24.11 (счёт поставщика № 5521 от 17.11.2026).\n\n" + O_SIG,
        L("review", note="request to extend the deadline, no status"))

outlook("2026-11-25 16:10", "FW: 208112 (2)",
        "Добрый день!\n\nПересылаю сообщение мастера, у него с телефона письма к вам не уходят.\n\n" + O_SIG + "\n\n" +
        ol_block("Тарас Мельничук", "taras.ktm82@yandex.ru", "2026-11-25 15:52", "buh@ktm-krym.ru", "208112 (2)") +
        "\n208112 (2) насос Wilo поставили, запустили, всё работает, хлопцы уехали. Оксана, перешли диспетчерам\n\n"
        "Отправлено из мобильной Яндекс Почты",
        L("decided", "208112", ["2"], OFF, "Outlook inline forward of the crew's message: pos 2 pump installed, works, crew left"))

# =================================================================== 209450
yandex("V", "2026-11-17 11:30", "наряд 209450",
       "наряд 209450 взяли, хлопцы закончат в Белогорске и завтра з утра будем",
       L("decided", "209450", [], ACC, "'наряд ... взяли' = accepted; tomorrow is a plan"), fmt="plain", cte="8bit")

yandex("T", "2026-11-18 09:10", "Re: наряд 209450",
       "зараз будем, минут 15, в пробке на Москольце",
       L("decided", "209450", [], WAY, "'зараз будем, минут 15' = on the way"))

yandex("T", "2026-11-18 12:40", "209450 столовая",
       "засор пробили, трап в мойке прочистили, вода уходит. хлопцы освободились",
       L("decided", "209450", [], OFF, "result + 'хлопцы освободились' = finished"), fmt="html")

yandex("V", "2026-11-18 13:00", "по школам",
       "Доброго дня. По 209450 и 201778 всё сделано, хлопцы уехали, акты Оксана подготовит.\n\n" + V_SIG,
       L("review", note="two different requests in one letter"), sig=False)

# =================================================================== 203906
outlook("2026-11-19 09:30", "RE: " + S["203906"],
        "Добрый день!\n\nЗаявка № 203906 принята. Счёт № 2031 от 19.11.2026 на предоплату материалов направим отдельным письмом "
        "(договор № 47/2026 от 12.01.2026).\n\n" + O_SIG,
        L("decided", "203906", [], ACC, "accepted; invoice/contract numbers and dates are distractors"),
        reply=disp_mid("203906"))

yandex("V", "2026-11-19 17:45", "Re: Заявка № 203906 — срочно",
       "Дякую, понял, учтём. Завтра с утра первым делом туда.\n\n[[Q]]" + DQ("2026-11-19 16:30") + "\n" + q(
           "Виктор Николаевич, по заявке № 203906 главврач просит приехать завтра до обеда, приём с 13:00."),
       L("review", note="acknowledgement of the dispatcher's message + plan, no status"))

yandex("T", "2026-11-20 08:50", "203906",
       "203906 ще не выехали, машина не заводится, ждём Сашка с аккумулятором",
       L("review", note="negation: not yet left"), fmt="plain", cte="8bit")

yandex("T", "2026-11-20 10:40", "Re: 203906",
       "все таки выехали, через 20 мин будем\n\n[[Q]]" + TQ("2026-11-20 08:50") + "\n" + q(
           "203906 ще не выехали, машина не заводится, ждём Сашка с аккумулятором"),
       L("decided", "203906", [], WAY, "new text: left, 20 minutes away; the quoted negation is old"))

yandex("T", "2026-11-20 11:05", "203906 ПРИБЫЛИ",
       "ПРИБЫЛИ НА ГОГОЛЯ",
       L("decided", "203906", [], ON, "caps 'ПРИБЫЛИ'"), fmt="plain", cte="8bit", sig=False)

yandex("T", "2026-11-20 15:30", "203906",
       "п.1 — кран на стояке заменили\nп.2 — подводку к умывальнику в смотровой поменяли\nвсё, yбыли",
       L("decided", "203906", ["1", "2"], OFF, "both positions done, 'yбыли' with Latin y"))

# =================================================================== 200482
yandex("V", "2026-11-23 10:20", "Re: " + S["200482"],
       "200482 ок, принято. Труба на душевые есть не вся, 3-ю позицию начнём завтра, по 1-2 посмотрим",
       L("decided", "200482", [], ACC, "'ок, принято'; positions mentioned only in plans"),
       fmt="plain", cte="8bit", reply=disp_mid("200482"))

yandex("T", "2026-11-23 16:00", "200482",
       "по 200482 завтра с утра выезжаем на 3-ю",
       L("review", note="plan for tomorrow only"), fmt="plain", cte="8bit")

yandex("T", "2026-11-24 08:00", "200482 (3)",
       "в дорозі, на 24 школу",
       L("decided", "200482", ["3"], WAY, "position in brackets in subject; 'в дорозі' = on the way"))

yandex("T", "2026-11-24 08:45", "Re: 200482 (3)",
       TQ("2026-11-24 08:00") + "\n" + q("в дорозі, на 24 школу") + "\n\nуже на месте, завхоз открыла спортзал",
       L("decided", "200482", ["3"], ON, "reply written under the quote: on site"), sig=False)

yandex("T", "2026-11-24 15:35", "200482 поз.3",
       "3 позиция — завершение работ 15:30, смесители в душевых поменяли, хлопцы свободны",
       L("decided", "200482", ["3"], OFF, "noun 'завершение работ' with time"))

yandex("T", "2026-11-25 09:00", "200482 1-2",
       "по 1-2 ще не начинали, трубу ППР 32 обещали тильки завтра",
       L("review", note="negation + plan, nothing happened"), fmt="plain", cte="8bit")

yandex("T", "2026-11-26 09:30", "200482 п1 п2",
       "прехали, п1 и п2, начинаем",
       L("decided", "200482", ["1", "2"], ON, "typo 'прехали' = arrived"))

yandex("T", "2026-11-26 17:00", "Re: 200482 п1 п2",
       "по 1 и 2 всё, трубы ГВС и ХВС в душевых поменяли, убили в 16:50",
       L("decided", "200482", ["1", "2"], OFF, "typo 'убили' for 'убыли'; work done"), cte="quoted-printable")

# =================================================================== other reviews
outlook("2026-11-26 11:00", "Акт № 118 и счёт № 2047 по заявке № 205560",
        "Добрый день!\n\nНаправляем акт выполненных работ № 118 от 26.11.2026 и счёт № 2047 на сумму 48 600,00 руб. "
        "по заявке № 205560 (МБОУ «Гимназия № 9», ИНН 9102045678, КПП 910201001).\n"
        "Просим подписать акт и вернуть один экземпляр. Оригиналы передадим с мастером.\n\n" + O_SIG,
        L("review", note="paperwork: act and invoice, no status report"))

outlook("2026-11-24 14:10", "RE: График плановых осмотров котельных на декабрь",
        "Спасибо, информацию получили. График на декабрь пришлём до 01.12.2026.\n\n" + O_SIG_KOI +
        "\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
        "Sent: Tuesday, November 24, 2026 1:52 PM\nTo: buh@ktm-krym.ru\n"
        "Subject: График плановых осмотров котельных на декабрь\n\n"
        "Коллеги, просим до 01.12 прислать график осмотров по школам 12, 40 и 24.",
        L("review", note="thanks/acknowledgement of dispatcher's message, no request number or status"),
        fmt="plain", charset="koi8-r", cte="quoted-printable")

# =================================================================== ignored (machines)
# Outlook out-of-office from Оксана
outlook("2026-11-20 09:02", "Автоответ: Заявка № 203906 — срочно",
        "Здравствуйте!\n\nЯ отсутствую в офисе с 20.11.2026 по 22.11.2026. По срочным вопросам по заявкам обращайтесь "
        "к Виктору Николаевичу Бондаренко: +7 978 004-51-19.\n\nОксана Литвиненко",
        L("ignored", note="Outlook out-of-office auto-reply"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# Yandex autoresponder from Виктор
yandex("V", "2026-11-27 08:15", "Re: " + S["200482"],
       "Здравствуйте! Я в отъезде до 30.11.2026, связь ограничена. По заявкам звоните мастеру Тарасу "
       "+7 978 215-60-83 или в офис +7 (3652) 60-14-27.\nЭто письмо отправлено автоматически.",
       L("ignored", note="Yandex auto-reply (Auto-Submitted: auto-replied)"), fmt="plain", cte="base64", sig=False,
       extra=[("Auto-Submitted", "auto-replied")])

# bounce
_bd = D("2026-11-17 11:05")
_orig_hdr = ("Return-Path: <dispatch@zakazchik-omis.ru>\nFrom: " + addr(*DISPATCH) + "\nTo: oksana.l@ktm-krym.ru\n"
             "Subject: " + eh(S["209450"]) + "\nDate: Tue, 17 Nov 2026 11:04:12 +0300\n"
             "Message-ID: <omis.209450.33871@zakazchik-omis.ru>\nMIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=\"utf-8\"\n")
_dsn_text = ("This is the mail system at host mx1.ktm-krym.ru.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "                   The mail system\n\n<oksana.l@ktm-krym.ru>: host mx1.ktm-krym.ru[local] said: 550 5.1.1\n"
             "    <oksana.l@ktm-krym.ru>: Recipient address rejected: User unknown in local\n    recipient table\n")
_dsn_status = ("Reporting-MTA: dns; mx1.ktm-krym.ru\nX-Postfix-Queue-ID: 4Rk7Qm2Jx1z9tCV\n"
               "Arrival-Date: Tue, 17 Nov 2026 11:04:13 +0300 (MSK)\n\n"
               "Final-Recipient: rfc822; oksana.l@ktm-krym.ru\nOriginal-Recipient: rfc822;oksana.l@ktm-krym.ru\n"
               "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <oksana.l@ktm-krym.ru>: Recipient address\n"
               "    rejected: User unknown in local recipient table\n")
_rep = multi("report", [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                             _dsn_text.encode()),
                        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                             _dsn_status.encode()),
                        Part([("Content-Description", "Undelivered Message Headers"),
                              ("Content-Type", "text/rfc822-headers")], _orig_hdr.encode())],
             params="; report-type=delivery-status")
LETTERS.append((_bd, ser(Part([("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"),
                               ("From", "Mail Delivery System <MAILER-DAEMON@ktm-krym.ru>"),
                               ("To", "dispatch@zakazchik-omis.ru"),
                               ("Subject", "Undelivered Mail Returned to Sender"),
                               ("Date", email.utils.format_datetime(_bd)),
                               ("Message-Id", "<20261117080513.4Rk7Qm2Jx1z9tCV@mx1.ktm-krym.ru>"),
                               ("MIME-Version", "1.0")] + _rep.headers, _rep.body)),
                L("ignored", note="bounce (delivery failure); the original dispatcher message about 209450 is only in the attached headers")))

# read receipt from Оксана's Outlook
_rr_text = ("Ваше сообщение\n\n  Кому: buh@ktm-krym.ru\n  Тема: " + S["203906"] +
            "\n  Отправлено: четверг, 19 ноября 2026 г. 8:41\n\nбыло прочитано четверг, 19 ноября 2026 г. 9:24.\n")
_rr_mdn = ("Reporting-UA: PC-BUH; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;buh@ktm-krym.ru\n"
           "Original-Message-ID: <omis.203906.51234@zakazchik-omis.ru>\n"
           "Disposition: manual-action/MDN-sent-automatically; displayed\n")
_rr = multi("report", [leaf(_rr_text, "plain", "windows-1251", "quoted-printable"),
                       Part([("Content-Type", "message/disposition-notification")], _rr_mdn.encode())],
            style="ol", params="; report-type=disposition-notification")
outlook("2026-11-19 09:24", "Прочитано: " + S["203906"], None,
        L("ignored", note="Outlook read receipt"), body_part=_rr)

# calendar response
_ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Оксана Литвиненко:mailto:buh@ktm-krym.ru\n"
        "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: акты по заявкам 205560\\, 207004\n"
        "DTSTART;TZID=Russian Standard Time:20261127T100000\nDTEND;TZID=Russian Standard Time:20261127T110000\n"
        "UID:040000008200E00074C5B7101A82E00800000000C0A1D2B3E4F5DA01000000000000000010000000\n"
        "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\nLOCATION;LANGUAGE=ru-RU:ОМИС\\, каб. 3\n"
        "DTSTAMP:20261124T071500Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
_icsp = leaf(_ics, "calendar", "utf-8", "base64")
_icsp.headers[0] = ("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY')
_calparts = multi("alternative", [leaf("\n", "plain", "windows-1251", "quoted-printable"), _icsp], style="ol")
outlook("2026-11-24 10:15", "Принято: Совещание: акты по заявкам 205560, 207004", None,
        L("ignored", note="calendar meeting response generated by Outlook"), body_part=_calparts,
        extra=[("Content-Class", "urn:content-classes:calendarmessage")])

# bulk newsletter
_nl = ("КрымТеплоМонтаж — подготовка котельных к зиме\n\n"
       "Уважаемые партнёры!\n\nДо 15 декабря действует скидка 10% на сервисное обслуживание газовых котлов и ИТП "
       "для школ, детских садов и медицинских учреждений. Более 200 объектов в Крыму уже обслужено.\n\n"
       "Оставьте заявку по телефону +7 978 004-51-19 или на сайте ktm-krym.ru.\n\n"
       "Вы получили это письмо, потому что подписаны на рассылку КрымТеплоМонтаж. Отписаться: https://ktm-krym.ru/unsub?u=8812")
_nl_html = ("<html><body><table width=600 align=center><tr><td><h2>КрымТеплоМонтаж — подготовка котельных к зиме</h2>"
            "<p>Уважаемые партнёры!</p><p>До 15 декабря действует <b>скидка 10%</b> на сервисное обслуживание газовых "
            "котлов и ИТП для школ, детских садов и медицинских учреждений. Более 200 объектов в Крыму уже обслужено.</p>"
            "<p>Оставьте заявку по телефону +7 978 004-51-19 или на сайте ktm-krym.ru.</p>"
            "<p style='font-size:10px;color:#888'>Вы получили это письмо, потому что подписаны на рассылку. "
            "<a href='https://ktm-krym.ru/unsub?u=8812'>Отписаться</a></p></td></tr></table></body></html>\n")
_nlp = multi("alternative", [leaf(_nl, "plain", "utf-8", "quoted-printable"),
                             leaf(_nl_html, "html", "utf-8", "quoted-printable")])
_nd = D("2026-11-16 11:00")
LETTERS.append((_nd, ser(Part([("From", addr(*PEOPLE["INFO"])), ("To", "dispatch@zakazchik-omis.ru"),
                               ("Subject", eh("Подготовка котельных к зиме: скидка 10% на сервисное обслуживание")),
                               ("Date", email.utils.format_datetime(_nd)),
                               ("Message-ID", "<nl.20261116.8812.%d@send.ktm-krym.ru>" % rnd.randint(1000, 9999)),
                               ("MIME-Version", "1.0"), ("Precedence", "bulk"),
                               ("List-Id", "<news.ktm-krym.ru>"),
                               ("List-Unsubscribe", "<https://ktm-krym.ru/unsub?u=8812>, <mailto:unsub@ktm-krym.ru?subject=unsubscribe>"),
                               ("X-Mailer", "UniSender")] + _nlp.headers, _nlp.body)),
                L("ignored", note="bulk newsletter (Precedence: bulk, List-Unsubscribe)")))

# =================================================================== write
LETTERS.sort(key=lambda x: x[0])
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
labels = {}
for i, (d, data, lab) in enumerate(LETTERS, 1):
    fn = "%03d.eml" % i
    with open(os.path.join(LET, fn), "wb") as fh:
        fh.write(data)
    labels[fn] = lab

registry = {
    "contractor": {"name": "ИП Бондаренко В.Н. «КрымТеплоМонтаж»",
                   "emails": [PEOPLE[k][1] for k in ("V", "T", "O", "INFO", "DAEMON")],
                   "domains": ["ktm-krym.ru"]},
    "requests": [{"number": n, "positions": p, "registered_at": t, "comment": c} for n, p, t, c in REQ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
print("written", len(labels), "letters")
