#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «ВодоСток» (Челябинск, +0500).

Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
Standard library only.  Run:  python3 make.py
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
rnd = random.Random(974)

TZ5 = dt.timezone(dt.timedelta(hours=5))
TZ3 = dt.timezone(dt.timedelta(hours=3))

DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"
OFFICE = "office@vodostok74.ru"
OFFICE_NAME = "Ганиева Ольга"
GATE = "sms-gate@vodostok74.ru"
GATE_NAME = "SMS-шлюз ВодоСток"
KUZ = "kuzmin.sa74@mail.ru"
KUZ_NAME = "Сергей Кузьмин"
NEWS = "news@vodostok74.ru"
DAEMON = "MAILER-DAEMON@vodostok74.ru"

# crews' phones
RAH = "+79026113490"   # Рахимов, КО-560 Т 412 КМ 174 (каналопромывочная)
SHA = "+79123009871"   # Шапошников, илосос КО-507 А 907 ОР 174
GAR = "+79088141275"   # Гарипов, КамАЗ КО-514 Е 972 СН 174

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «ВодоСток»",
        "emails": [OFFICE, GATE, KUZ, NEWS, DAEMON],
        "domains": ["vodostok74.ru"],
    },
    "requests": [
        {"number": "970412", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Промывка ливнёвой канализации, ул. Братьев Кашириных, 95: 1 – ЛК-1 (у въезда), 2 – ЛК-2, 3 – ЛК-3 (за котельной)"},
        {"number": "970958", "positions": ["1"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "Откачка ила из дождеприёмного колодца ДК-3, промзона Северо-Восток"},
        {"number": "971207", "positions": ["1", "2"], "registered_at": "2026-11-05T08:05:00+03:00",
         "comment": "Гидродинамическая прочистка коллектора Ду 400, ул. Доватора: 1 – участок КК-12…КК-14, 2 – участок КК-14…КК-17"},
        {"number": "971630", "positions": ["1"], "registered_at": "2026-11-06T14:20:00+03:00",
         "comment": "Засор, колодец у д. 15 по ул. Молодогвардейцев"},
        {"number": "972045", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T08:00:00+03:00",
         "comment": "Очистка ливнёвок на территории склада, Копейское ш., 38: дождеприёмники 1–4"},
        {"number": "972318", "positions": ["1", "2"], "registered_at": "2026-11-10T11:30:00+03:00",
         "comment": "ТЦ, ул. Кирова: 1 – выпуск Ду 150, 2 – колодец КК-3"},
        {"number": "972777", "positions": ["1"], "registered_at": "2026-11-11T06:50:00+03:00",
         "comment": "Аварийная откачка, затопление подвала, пр. Победы, 160"},
        {"number": "973150", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T09:00:00+03:00",
         "comment": "Телеинспекция и прочистка коллектора, ул. Энгельса: 1 – участок КК-19…КК-20, 2 – участок КК-20…КК-21, 3 – колодец КК-21"},
        {"number": "973604", "positions": ["1", "2"], "registered_at": "2026-11-16T10:10:00+03:00",
         "comment": "Очистка ДК-1 (поз. 1) и ДК-2 (поз. 2) на парковке, ул. Труда, 203"},
        {"number": "974012", "positions": ["1"], "registered_at": "2026-11-18T08:30:00+03:00",
         "comment": "Прочистка ливнёвки у КПП-2"},
        {"number": "974489", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T13:00:00+03:00",
         "comment": "Колодцы на территории котельной, ул. Героев Танкограда: 1 – К-1, 2 – К-2, 3 – К-3 (у склада угля)"},
        {"number": "974901", "positions": ["1", "2"], "registered_at": "2026-11-23T09:40:00+03:00",
         "comment": "Откачка ила, очистные сооружения ливневого стока: 1 – ДК-3, 2 – ДК-4"},
    ],
}
REG_AT = {r["number"]: dt.datetime.fromisoformat(r["registered_at"]) for r in REGISTRY["requests"]}

# ---------------------------------------------------------------- helpers
WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]


def T(s, tz=TZ5):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def outlook_when(d):
    d = d.astimezone(TZ5)
    return f"{WD[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} г. {d.hour}:{d.minute:02d}"


def mailru_when(d):
    d = d.astimezone(TZ5)
    return f"{WD[d.weekday()].capitalize()}, {d.day} {MON[d.month-1]} {d.year}, {d.hour}:{d.minute:02d} +05:00"


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs):
    return formataddr((name, email), charset=cs)


def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "8bit" or cte == "7bit":
        return raw
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    raise ValueError(cte)


def leaf(ctype, text, cs, cte, extra=""):
    h = f"Content-Type: {ctype}; charset=\"{cs}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return h.encode("ascii") + encode_body(text, cs, cte)


def multipart(sub, parts, extra=""):
    b = "----=_NextPart_" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(24))
    out = f"Content-Type: multipart/{sub};\n\tboundary=\"{b}\"{extra}\n\n".encode("ascii")
    out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{b}--\n".encode("ascii")
    return out


def text_to_html(text, font="Calibri"):
    """Very small plain->HTML: '>' lines go to blockquote."""
    out, inq = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        if q:
            line = line[1:].lstrip(" ")
        out.append((html.escape(line) if line.strip() else "&nbsp;") + "<br>")
    if inq:
        out.append("</blockquote>")
    return "\n".join(out)


def outlook_html(text, cs="windows-1251"):
    body = []
    for para in text.split("\n"):
        body.append(f"<p class=MsoNormal>{html.escape(para) if para.strip() else '<o:p>&nbsp;</o:p>'}</p>")
    return (f"<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            f"xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            f"<head><meta http-equiv=Content-Type content=\"text/html; charset={cs}\">"
            f"<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            f"<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}} --></style>"
            f"</head><body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n"
            + "\n".join(body) + "\n</div></body></html>\n")


LETTERS = []   # (date, bytes, label)
_mid = [0]


def msgid(kind, d):
    _mid[0] += 1
    if kind == "gate":
        return f"<{d.strftime('%Y%m%d%H%M%S')}.{rnd.randint(1000, 99999)}@sms-gate.vodostok74.ru>"
    if kind == "outlook":
        return "<" + "".join(rnd.choice("0123456789abcdef") for _ in range(12)) + "01dc" + \
            f"{rnd.randint(0x1000, 0xffff):04x}$" + "".join(rnd.choice("0123456789abcdef") for _ in range(8)) + \
            "$" + "".join(rnd.choice("0123456789abcdef") for _ in range(8)) + "@vodostok74.ru>"
    if kind == "mailru":
        return f"<{int(d.timestamp())}.{rnd.randint(100000000, 999999999)}@f{rnd.randint(100, 799)}.i.mail.ru>"
    return f"<{d.strftime('%Y%m%d%H%M%S')}.{_mid[0]:04d}.{kind}@vodostok74.ru>"


def emit(d, headers, body, label, req=None):
    """headers: list of (name, value) already encoded; body: bytes incl. content headers."""
    lines = [f"{k}: {v}" for k, v in headers]
    raw = ("\n".join(lines) + "\n").encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if req:
        assert d > REG_AT[req], (req, d)
    if label.get("expect") == "decided":
        assert label["request"] in REG_AT
        rq = [r for r in REGISTRY["requests"] if r["number"] == label["request"]][0]
        for p in label["positions"]:
            assert p in rq["positions"], (label, p)
    LETTERS.append((d, raw, label))


def base_headers(d, frm, to, subj, cs, kind, extra=()):
    h = [("Return-Path", "<" + frm.split("<")[-1].strip(">") + ">")] if False else []
    h += [("From", frm), ("To", to), ("Subject", hdr(subj, cs)),
          ("Date", format_datetime(d)), ("Message-ID", msgid(kind, d)), ("MIME-Version", "1.0")]
    h += list(extra)
    return h


# ---------------------------------------------------------------- persona clients
GATE_FOOT = "\n\n--\nОтправитель: {phone}\nПринято: {when}\nМодем: GSM1 (МТС), шлюз ВодоСток\n"


def sms(when, phone, text, label, req=None, cte="8bit"):
    d = T(when)
    got = (d - dt.timedelta(seconds=rnd.randint(5, 50))).strftime("%d.%m.%Y %H:%M:%S")
    body = text + GATE_FOOT.format(phone=phone, when=got)
    h = base_headers(d, addr(GATE_NAME, GATE, "koi8-r"), addr(DISPATCH_NAME, DISPATCH, "koi8-r") + ", " + OFFICE,
                     f"SMS от {phone}", "koi8-r", "gate",
                     [("X-Mailer", "smsgate-mailer 2.3 (gammu-smsd 1.42)"), ("X-SMS-Sender", phone)])
    emit(d, h, leaf("text/plain", body, "koi8-r", cte), label, req)


def gate_auto(when, subj, text, label):
    d = T(when)
    h = base_headers(d, addr(GATE_NAME, GATE, "koi8-r"), addr(DISPATCH_NAME, DISPATCH, "koi8-r") + ", " + OFFICE,
                     subj, "koi8-r", "gate",
                     [("X-Mailer", "smsgate-mailer 2.3 (gammu-smsd 1.42)"), ("Auto-Submitted", "auto-generated")])
    emit(d, h, leaf("text/plain", text, "koi8-r", "8bit"), label)


OFFICE_SIG = """
С уважением,
Ольга Ганиева
секретарь ООО «ВодоСток»
454080, г. Челябинск, ул. Энтузиастов, д. 26, оф. 3
тел./факс (351) 225-40-17, моб. +7 908 046-33-12
ИНН 7453301174 / КПП 745301001"""


def outlook_quote(frm, sent, to, subj, text):
    return (f"\n\nОт: {frm}\nОтправлено: {outlook_when(sent)}\nКому: {to}\nТема: {subj}\n\n{text}")


def office(when, subj, text, label, req=None, mode="alt", cte="quoted-printable", to=None, extra=()):
    d = T(when)
    cs = "windows-1251"
    h = base_headers(d, addr(OFFICE_NAME, OFFICE, cs), to or addr(DISPATCH_NAME, DISPATCH, cs), subj, cs, "outlook",
                     [("X-Mailer", "Microsoft Outlook 16.0"),
                      ("Thread-Index", base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()),
                      ("Content-Language", "ru")] + list(extra))
    if mode == "plain":
        body = leaf("text/plain", text, cs, cte)
    elif mode == "html":
        body = leaf("text/html", outlook_html(text), cs, cte)
    else:
        body = multipart("alternative", [leaf("text/plain", text, cs, cte),
                                         leaf("text/html", outlook_html(text), cs, cte)])
    emit(d, h, body, label, req)


KUZ_SIG = "\n--\nКузьмин С.А.\nмастер участка ООО «ВодоСток»\n+7 951 778-54-12"


def mailru_quote(frm, sent, text):
    q = "\n".join(">" + (l if l else "") for l in text.split("\n"))
    return f"\n \n \n>{mailru_when(sent)} от {frm}:\n>\n{q}"


def kuz(when, subj, text, label, req=None, html_body=None, to=None, extra=()):
    d = T(when)
    cs = "utf-8"
    h = base_headers(d, addr(KUZ_NAME, KUZ, cs), to or addr(DISPATCH_NAME, DISPATCH, cs), subj, cs, "mailru",
                     [("X-Mailer", "Mail.Ru Mailer 1.0"),
                      ("X-Originating-IP", f"[85.{rnd.randint(1, 254)}.{rnd.randint(1, 254)}.{rnd.randint(1, 254)}]"),
                      ("X-Priority", "3 (Normal)")] + list(extra))
    hb = html_body or ("<HTML><BODY>" + text_to_html(text) + "</BODY></HTML>")
    body = multipart("alternative", [leaf("text/plain", text, cs, "base64"),
                                     leaf("text/html", hb, cs, "base64")])
    emit(d, h, body, label, req)


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


A, P, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
DSP_SIG = "\n\nДиспетчер Петрова Н.В.\nДиспетчерская служба ОМИС\nтел. +7 (495) 540-17-22"
DSP = f"{DISPATCH_NAME} <{DISPATCH}>"

# ================================================================= LETTERS
# ---------------- 970412: ливнёвка Бр. Кашириных 95 (reg 02.11 09:15 MSK = 11:15 YEKT)
s970412 = "Заявка № 970412 – промывка ливнёвки, ул. Бр. Кашириных, 95"
q970412 = ("Добрый день!\n\nНаправляем заявку № 970412.\nОбъект: ул. Братьев Кашириных, 95.\n"
           "Работы: промывка ливнёвой канализации.\nПозиции:\n1 – ЛК-1 (у въезда)\n2 – ЛК-2\n3 – ЛК-3 (за котельной)\n\n"
           "Просим подтвердить приём заявки." + DSP_SIG)
office("2026-11-02 11:52", "RE: " + s970412,
       "Добрый день, Наталья Викторовна!\n\nЗаявка № 970412 принята в работу. Выезд бригады запланирован на "
       "03.11.2026 с 09:00, каналопромывочная машина КО-560 (гос. № Т 412 КМ 174). Ответственный – мастер участка "
       "Кузьмин Сергей Анатольевич, тел. +7 951 778-54-12.\n" + OFFICE_SIG
       + outlook_quote(DSP, T("2026-11-02 09:15", TZ3), OFFICE, s970412, q970412),
       D("970412", [], A, "formal acceptance by the office; quoted request lists positions but the reply names none"),
       "970412")
sms("2026-11-03 08:47", RAH, "970412 vyezzh. na Br.Kashirinyh 95, prib. 9:20. KO-560 T412KM174",
    D("970412", [], P, "translit 'vyezzh. na' = leaving for the site, ETA 9:20; plate is not a number of a request"),
    "970412")
sms("2026-11-03 09:31", RAH, "По 970412 прибылм, разворачиваем рукава",
    D("970412", [], M, "typo 'прибылм' = прибыли; on site, whole request"), "970412")
sms("2026-11-03 15:12", RAH, "(1/2) 970412 поз.1 и 2 завершены, выкачано прибл 4 м3 ила, глуб. кол. 2,",
    D("970412", ["1", "2"], U, "first SMS fragment: positions 1 and 2 finished; depth cut in the middle"), "970412")
sms("2026-11-03 15:13", RAH, "(2/2) 8 м. Поз.3 завтра: в колодце лёд, нужен прогрев. Рахимов",
    R("second fragment of a split SMS: no request number, only a plan for position 3"), "970412")

# ---------------- 970958: ДК-3 (reg 03.11 10:40 MSK = 12:40 YEKT)
office("2026-11-03 13:05", "Принята заявка 970958 (ДК-3, промзона Северо-Восток)",
       "Здравствуйте.\n\nСообщаем, что заявка 970958 на откачку ила из дождеприёмного колодца ДК-3 принята. "
       "Илосос КО-507 (А 907 ОР 174) будет направлен 04.11 с утра, ориентировочный объём до 10 м3.\n"
       "Несмотря на праздничный день, бригада работает по графику.\n" + OFFICE_SIG,
       D("970958", [], A, "acceptance; ДК-3 is a well name, 10 м3 a volume"), "970958", mode="plain", cte="base64")
sms("2026-11-04 07:55", SHA, "Выезжаем на ДК-3 по заявке 970958, илосос А907ОР. Будем ~8:30",
    D("970958", [], P, "выезжаем на = on the way"), "970958")
sms("2026-11-04 08:40", SHA, "На ДК-3 на месте. Ил под самую крышку, прибл 9 м3, глубина 3 м",
    R("on site, but no request number at all (only the well ДК-3)"))
sms("2026-11-04 11:10", SHA, "970958 откачали 9,5 м3, зав. работы, выезж. на слив в Шершни",
    D("970958", [], U, "'зав. работы' = завершили; 'выезж. на слив' = leaving the site for the disposal point"),
    "970958")

q970412b = "Сергей Анатольевич, добрый день.\nПо заявке 970412 осталась позиция 3 (ЛК-3). Когда планируете?" + DSP_SIG
kuz("2026-11-04 15:40", "Re: " + s970412,
    "Наталья Викторовна, добрый день.\n\nТретью позицию (ЛК-3) сегодня отогрели паром и промыли, бригада уехала "
    "в 15:20. Акт пришлёт Ольга Ганиева.\n" + KUZ_SIG
    + mailru_quote(DSP, T("2026-11-04 10:02", TZ3), q970412b),
    D("970412", ["3"], U, "foreman: third position done, crew left 15:20"), "970412")

# ---------------- 971207: коллектор Ду 400 Доватора (reg 05.11 08:05 MSK = 10:05 YEKT)
office("2026-11-05 10:31", "Заявка № 971207 – принята к исполнению",
       "Уважаемые коллеги!\n\nЗаявка № 971207 (гидродинамическая прочистка участков коллектора Ду 400 по "
       "ул. Доватора, КК-12 – КК-17) принята к исполнению.\nРаботы будут выполнены 06.11.2026 машиной КО-560.\n"
       "Для работы на проезжей части просим обеспечить присутствие представителя УК.\n" + OFFICE_SIG,
       D("971207", [], A, "HTML-only Outlook letter; Ду 400 and КК-12…17 are not request numbers"),
       "971207", mode="html")
sms("2026-11-06 08:20", RAH, "971207-1 na meste KK-12, gotovim promyvku Du400",
    D("971207", ["1"], M, "position after a dash; translit 'na meste'"), "971207")
sms("2026-11-06 13:45", RAH, "971207 поз1 промыли, переезжаем на поз2 КК-14",
    R("different statuses for different positions: pos 1 finished, crew moving to pos 2"), "971207")

# ---------------- 971630: колодец у д. 15 (reg 06.11 14:20 MSK = 16:20 YEKT)
s971630 = "Заявка 971630 — засор, колодец у д. 15 по ул. Молодогвардейцев"
q971630 = ("Срочно! Засор, колодец у д. 15 по ул. Молодогвардейцев, вода во дворе.\n"
           "Заявка 971630. Просим направить бригаду сегодня." + DSP_SIG)
office("2026-11-06 16:48", "RE: " + s971630,
       "Принято. Бригада будет направлена сегодня, ориентировочно до 19:00. О выезде сообщим.\n" + OFFICE_SIG
       + outlook_quote(DSP, T("2026-11-06 14:20", TZ3), OFFICE, s971630, q971630),
       D("971630", [], A, "'Принято' + plan to send a crew = accepted; д. 15 is a house number"), "971630")
sms("2026-11-06 17:25", RAH, "971207 poz.2 gotovo, vyehali s KK-17 v 17:20. Promyto ~6 m3 ila. Luk na KK-16 razbit!",
    D("971207", ["2"], U, "'vyehali s KK-17' = left FROM the site; gotovo"), "971207")
sms("2026-11-06 18:05", RAH, "971630 edem na Molodogvardeycev 15, budem cherez 20 min",
    D("971630", [], P, "'edem... budem cherez 20 min' = travelling now"), "971630")
kuz("2026-11-06 21:14", "Re: " + s971630,
    "Засор пробили в 20:40, колодец чистый, вода ушла. Машина вернулась на базу.\n"
    "Причина — тряпки и жир, рекомендую УК повесить объявление для жильцов.\n" + KUZ_SIG
    + mailru_quote(DSP, T("2026-11-06 14:20", TZ3), q971630),
    D("971630", [], U, "number only in the Re: subject / quote; work finished, truck back at base"), "971630")
office("2026-11-07 10:20", "Заявка 971630 — дополнительный объём",
       "Добрый день.\n\nПо заявке 971630 при прочистке колодца у д. 15 фактически вывезено 7 м3 вместо "
       "согласованных 3 м3. Согласно договору № 47-ВС/2026 от 12.01.2026 стоимость сверхнормативного объёма — "
       "1 850 руб./м3 без НДС.\nПросим согласовать доп. объём 4 м3, иначе не сможем закрыть акт.\n" + OFFICE_SIG,
       R("price/contract talk about extra volume, no new status"), "971630")

# ---------------- 972045: склад Копейское ш. 38 (reg 09.11 08:00 MSK = 10:00 YEKT)
office("2026-11-09 10:25", "Заявка № 972045 принята",
       "Добрый день!\n\nООО «ВодоСток» сообщает, что заявка № 972045 (очистка ливнёвок на территории склада, "
       "Копейское ш., 38) принята в работу по договору № 47-ВС/2026.\n"
       "Выезд бригады 10.11.2026 в 8:00, илосос КО-507.\nПросим предупредить охрану склада.\n" + OFFICE_SIG,
       D("972045", [], A, "formal acceptance; contract number 47-ВС/2026 and date are decoys"), "972045")
gate_auto("2026-11-09 10:26", "Отчёт о доставке SMS на " + SHA,
          "Отчёт о доставке\n\nСтатус: ДОСТАВЛЕНО\nПолучатель: " + SHA + "\nОтправлено: 09.11.2026 10:25:40\n"
          "Доставлено: 09.11.2026 10:26:02\nТекст: Заявка 972045 принята, склад Копейское ш. 38, выезд 10.11 в 8:00. "
          "Ганиева\n\nСообщение сформировано автоматически, отвечать на него не нужно.\n",
          I("gateway delivery report (automatic), even though the delivered text names a request"))
sms("2026-11-10 07:48", SHA, "Выехали на склад Копейское ш. 38 (972045), илосос А907ОР",
    D("972045", [], P, "number in brackets after the address"), "972045")
sms("2026-11-10 08:35", SHA, "972045 прибыли на склад, охрана пропустила, начинаем",
    D("972045", [], M, "arrived, whole request"), "972045")

# ---------------- 972318: ТЦ Кирова (reg 10.11 11:30 MSK = 13:30 YEKT)
q972318 = ("Добрый день. Заявка во вложении: ТЦ на ул. Кирова, поз. 1 — выпуск Ду 150 (забит), поз. 2 — колодец КК-3.\n"
           "Прошу подтвердить." + DSP_SIG)
office("2026-11-10 14:02", "RE: 972318",
       "Добрый день. Принято в работу, выезд 11.11 утром.\n" + OFFICE_SIG
       + outlook_quote(DSP, T("2026-11-10 11:30", TZ3), OFFICE, "972318", q972318),
       D("972318", [], A, "bare number in the Re: subject; 'Принято в работу'"), "972318")
sms("2026-11-10 16:50", SHA, "(1/2) Заявка 972045 Копейское ш. 38: дождеприёмники поз. 1, 2, 3 все ",
    R("first fragment of split SMS: names request and positions, but the verb is in the second fragment"), "972045")
sms("2026-11-10 16:51", SHA, "(2/2) прочищены, откачано прибл 7 м3 ила. Поз.4 завтра - заставлен фурами",
    R("second fragment: status without a request number"), "972045")
q972045 = "Ольга, спасибо. Просьба по окончании сообщить объём вывезенного ила." + DSP_SIG
kuz("2026-11-10 18:20", "Re[2]: Заявка № 972045 принята",
    "Добрый вечер.\nПозиции 1–3 сделаны, бригада с объекта уехала в 16:40, вывезли около 7 м3. "
    "Четвёртый дождеприёмник — завтра, если охрана уберёт фуры с площадки.\n" + KUZ_SIG
    + mailru_quote(DSP, T("2026-11-09 08:40", TZ3), q972045),
    D("972045", ["1", "2", "3"], U,
      "subject still says 'принята', body: positions 1–3 done and crew left; position 4 only planned"), "972045")
sms("2026-11-11 07:30", RAH, "Zayavka 972381 vyehali, KO-560",
    R("number 972381 is not in the registry (probably a typo of 972318) — cannot record"))
sms("2026-11-11 08:15", RAH, "972318 poz 2 na meste, KK-3 TC Kirova",
    D("972318", ["2"], M, "translit, position 2 on site"), "972318")

# ---------------- 972777: аварийная пр. Победы 160 (reg 11.11 06:50 MSK = 08:50 YEKT)
s972777 = "АВАРИЙНАЯ! Заявка 972777 – затопление подвала, пр. Победы, 160"
q972777 = ("Аварийная заявка 972777. Затопление подвала жилого дома, пр. Победы, 160, подъезд 2.\n"
           "Нужна откачка как можно быстрее." + DSP_SIG)
office("2026-11-11 09:05", "RE: " + s972777,
       "Заявку 972777 приняли. Аварийная бригада (КамАЗ КО-514, Е 972 СН 174, водитель Гарипов, "
       "+7 908 814-12-75) уже выехала, будут ориентировочно к 10:00.\n" + OFFICE_SIG
       + outlook_quote(DSP, T("2026-11-11 06:50", TZ3), OFFICE, s972777, q972777),
       D("972777", [], P, "accepted AND crew already left for the site: latest event is 'в пути'; plate Е 972 СН is a decoy"),
       "972777")
sms("2026-11-11 09:10", SHA, "972045 п.4 на месте, фуры убрали",
    D("972045", ["4"], M, "'п.4' = position 4"), "972045")
kuz("2026-11-11 09:20", "972777 вопрос",
    "Коллеги, по 972777 на пр. Победы 160: какая примерно глубина воды в подвале и есть ли там электричество? "
    "Если подвал обесточен — берём погружной насос.\nИ кто откроет подвал — УК или ваш представитель?\n"
    "Мой тел. +7 951 778-54-12\n" + KUZ_SIG,
    R("questions only, no status"), "972777")
sms("2026-11-11 10:05", GAR, "Пр.Победы 160 на месте, воды в подвале прибл 40 см. Откачиваем. 972777",
    D("972777", [], M, "number at the end of the SMS; 160 is a house number"), "972777")
sms("2026-11-11 10:50", RAH, "972318 (2) КК-3 пpочистили, ила 1,5 м3",
    D("972318", ["2"], U, "position in brackets; Latin 'p' inside 'пpочистили'; cleaning finished"), "972318")
office("2026-11-11 12:40", "FW: SMS от " + SHA,
       "Наталья Викторовна, пересылаю СМС бригады по складу на Копейском.\n" + OFFICE_SIG +
       "\n\n-----Original Message-----\nFrom: SMS-шлюз ВодоСток [mailto:sms-gate@vodostok74.ru] \n"
       "Sent: Wednesday, November 11, 2026 12:31 PM\nTo: office@vodostok74.ru\nSubject: SMS от " + SHA + "\n\n"
       "972045 поз 4 готово, уехали. Ила 2 м3\n\n--\nОтправитель: " + SHA + "\nПринято: 11.11.2026 12:30:48\n",
       D("972045", ["4"], U, "forwarded crew SMS (Original Message): position 4 done, left"), "972045")
kuz("2026-11-11 14:30", "972318 - выполнено",
    "По 972318 обе позиции выполнены: КК-3 (поз. 2) закончили ещё утром, выпуск Ду 150 (поз. 1) — в 14:00, "
    "бригада с объекта убыла в 14:10.\nЗамечание: выпуск забит строительным мусором, рекомендуем арендаторам "
    "не сливать раствор в ливнёвку.\n" + KUZ_SIG,
    D("972318", ["1", "2"], U, "both positions finished, crew left 14:10; Ду 150 is a diameter"), "972318")
sms("2026-11-11 14:50", GAR, "972777 откачку закончили в 14:30, всего 18 м3. Причина засор выпуска Ду 100. Уехали",
    D("972777", [], U, "finished and left"), "972777")

# meeting response (Outlook calendar)
d = T("2026-11-12 09:00")
cal = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ганиева Ольга:mailto:office@vodostok74.ru\n"
       "COMMENT;LANGUAGE=ru-RU:\nSUMMARY;LANGUAGE=ru-RU:Принято: Совещание: акт и доп. объём по заявке 972045\n"
       "DTSTART;TZID=Ekaterinburg Standard Time:20261113T110000\nDTEND;TZID=Ekaterinburg Standard Time:20261113T113000\n"
       "UID:040000008200E00074C5B7101A82E00800000000B0C4A1D2F44ADD01000000000000000010000000\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\n"
       "DTSTAMP:20261112T040000Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
emit(d, base_headers(d, addr(OFFICE_NAME, OFFICE, "windows-1251"), addr(DISPATCH_NAME, DISPATCH, "windows-1251"),
                     "Принято: Совещание: акт и доп. объём по заявке 972045", "windows-1251", "outlook",
                     [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru"),
                      ("Thread-Topic", hdr("Совещание: акт и доп. объём по заявке 972045", "windows-1251"))]),
     multipart("alternative", [leaf("text/plain", "\n", "windows-1251", "quoted-printable"),
                               leaf("text/calendar", cal, "utf-8", "base64", "; method=REPLY")]),
     I("Outlook calendar meeting response ('Принято:' is the client's prefix, not an acceptance of a request)"))

# ---------------- 973150: Энгельса (reg 13.11 09:00 MSK = 11:00 YEKT)
s973150 = "Заявка № 973150 – телеинспекция и прочистка коллектора, ул. Энгельса"
q973150 = ("Добрый день!\nЗаявка № 973150. Телеинспекция и прочистка коллектора по ул. Энгельса.\n"
           "1 – участок КК-19…КК-20\n2 – участок КК-20…КК-21\n3 – колодец КК-21\nСрок — до 18.11." + DSP_SIG)
d = T("2026-11-13 11:05")
emit(d, base_headers(d, addr(KUZ_NAME, KUZ, "utf-8"), addr(DISPATCH_NAME, DISPATCH, "utf-8"),
                     "Автоответ: " + s973150, "utf-8", "mailru",
                     [("Auto-Submitted", "auto-replied"), ("X-Mailer", "Mail.Ru Autoresponder"),
                      ("In-Reply-To", "<20261113090412.77410@zakazchik-omis.ru>")]),
     leaf("text/plain", "Здравствуйте!\n\nЯ в отпуске с 12 по 15 ноября, почту не читаю.\nПо срочным вопросам звоните "
          "в офис ООО «ВодоСток» (351) 225-40-17 или бригадиру Шапошникову +7 912 300-98-71.\n\nКузьмин С.А.\n",
          "utf-8", "base64"),
     I("Mail.ru vacation auto-reply"))
office("2026-11-13 11:20", "RE: " + s973150,
       "Принято.\n" + OFFICE_SIG + outlook_quote(DSP, T("2026-11-13 09:00", TZ3), OFFICE, s973150, q973150),
       D("973150", [], A, "one-word acceptance; positions appear only in the quote"), "973150")
sms("2026-11-14 08:00", RAH, "973150 П1 выезж., прибл через 40 мин",
    D("973150", ["1"], P, "'П1', 'выезж.' + ETA"), "973150")
sms("2026-11-14 08:58", RAH, "973150 P1 pribytie 8:55, kameru opuskaem v KK-19",
    D("973150", ["1"], M, "noun 'pribytie' with time; KK-19 is a well"), "973150")
sms("2026-11-14 12:30", RAH, "973150 poz 2,3 ne vyehali - KO-560 slomalas na P1, nasos VD. Zhdem evakuator. Rahimov",
    R("negation: 'не выехали, машина сломалась' — nothing to record"), "973150")
office("2026-11-14 15:00", "FW: 973150 поз.1 – SMS бригады",
       "Пересылаю сообщение водителя.\n" + OFFICE_SIG +
       "\n\nОт: SMS-шлюз ВодоСток <sms-gate@vodostok74.ru> \nОтправлено: суббота, 14 ноября 2026 г. 14:52\n"
       "Кому: office@vodostok74.ru\nТема: SMS от " + RAH + "\n\n"
       "973150 poz.1 zakonchili do polomki, teleinspekciya na fleshke, uehali na buksire\n\n--\n"
       "Отправитель: " + RAH + "\nПринято: 14.11.2026 14:51:37\n",
       D("973150", ["1"], U, "Outlook forward of a crew SMS: position 1 finished, crew left (on tow)"), "973150")

# ---------------- 973604: парковка Труда 203 (reg 16.11 10:10 MSK = 12:10 YEKT)
office("2026-11-16 12:40", "Заявка 973604 – принята",
       "Добрый день!\n\nЗаявка 973604 (очистка ДК-1 и ДК-2 на парковке, ул. Труда, 203) принята.\n"
       "Планируемая дата работ — 17.11.2026.\n" + OFFICE_SIG,
       D("973604", [], A, "acceptance"), "973604")
kuz("2026-11-16 19:00", "973604 завтра",
    "Наталья Викторовна, добрый вечер.\nЗавтра с 7:00 выезжаем на 973604 (Труда, 203). Просьба освободить "
    "парковку у ДК-1 и ДК-2, иначе илосос не подъедет.\n" + KUZ_SIG,
    R("plan for tomorrow + request to the customer, no status yet"), "973604")
sms("2026-11-17 07:10", SHA, "973604 выезд 7:05, КО-507 А907ОР",
    D("973604", [], P, "noun 'выезд' with time = on the way"), "973604")
sms("2026-11-17 07:55", SHA, "973604 poz 3 na meste",
    R("request 973604 has no position 3"), "973604")
q973150b = "Сергей Анатольевич, когда планируете позиции 2 и 3 по заявке 973150? Срок до 18.11." + DSP_SIG
kuz("2026-11-17 08:15", "Re[2]: " + s973150,
    "Машину отремонтировали (заменили насос ВД). Бригада Рахимова выехала на вторую и третью позиции, будут к 9:00.\n"
    + KUZ_SIG + mailru_quote(DSP, T("2026-11-16 15:30", TZ3), q973150b),
    D("973150", ["2", "3"], P, "number only in the quoted subject/quote; crew left for positions 2 and 3"), "973150")
sms("2026-11-17 09:05", RAH, "973150 поз.2-3 на месте",
    D("973150", ["2", "3"], M, "'поз.2-3' = positions 2 and 3"), "973150")
tbl_html = ("<HTML><BODY><div>Добрый день.</div><div>Отчёт по заявке 973604 (ул. Труда, 203):</div><br>"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
            "<tr><th>Поз.</th><th>Колодец</th><th>Результат</th><th>Убытие</th><th>Ил, м3</th></tr>"
            "<tr><td>1</td><td>ДК-1</td><td>очищен, бригада убыла</td><td>12:50</td><td>3,5</td></tr>"
            "<tr><td>2</td><td>ДК-2</td><td>очищен, бригада убыла</td><td>12:50</td><td>2</td></tr>"
            "</table><br><div>Глубина обоих ДК ~2,4 м, решётки целые.</div>"
            "<div>--<br>Кузьмин С.А.<br>мастер участка ООО «ВодоСток»<br>+7 951 778-54-12</div></BODY></HTML>")
kuz("2026-11-17 13:20", "Отчёт по заявке 973604",
    "Добрый день.\nОтчёт по заявке 973604 (ул. Труда, 203):\n\nПоз. Колодец Результат Убытие Ил, м3\n"
    "1 ДК-1 очищен, бригада убыла 12:50 3,5\n2 ДК-2 очищен, бригада убыла 12:50 2\n\n"
    "Глубина обоих ДК ~2,4 м, решётки целые.\n" + KUZ_SIG,
    D("973604", ["1", "2"], U, "HTML table, one row per position, both finished and left"), "973604",
    html_body=tbl_html)
sms("2026-11-17 16:40", RAH, "973150 все позиции выполнены, убыли. КК-21 глуб. 4,2 м, ила прибл 5 м3",
    D("973150", [], U, "'все позиции' = whole request finished"), "973150")

# ---------------- 974012: КПП-2 (reg 18.11 08:30 MSK = 10:30 YEKT)
s974012 = "Заявка № 974012 – прочистка ливнёвки у КПП-2"
d = T("2026-11-18 10:45")
mdn_text = ("Ваше сообщение\n\n  Кому: Ганиева Ольга\n  Тема: " + s974012 + "\n  Отправлено: 18.11.2026 10:31\n\n"
            "было прочитано 18.11.2026 10:45.\n")
mdn = ("Reporting-UA: vodostok74.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;office@vodostok74.ru\n"
       "Original-Message-ID: <20261118083102.55120@zakazchik-omis.ru>\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
emit(d, base_headers(d, addr(OFFICE_NAME, OFFICE, "windows-1251"), addr(DISPATCH_NAME, DISPATCH, "windows-1251"),
                     "Прочитано: " + s974012, "windows-1251", "outlook", [("X-Mailer", "Microsoft Outlook 16.0")]),
     multipart("report", [leaf("text/plain", mdn_text, "windows-1251", "quoted-printable"),
                          b"Content-Type: message/disposition-notification\n\n" + mdn.encode("ascii")],
               "; report-type=disposition-notification"),
     I("Outlook read receipt (MDN)"))
q974012 = "Добрый день. Заявка № 974012: прочистка ливнёвки у КПП-2, вода стоит на въезде." + DSP_SIG
office("2026-11-18 11:10", "RE: " + s974012,
       "Добрый день!\n\nВаша заявка № 974012 принята, в нашей системе зарегистрирована как наряд-заказ № 2026/1187. "
       "Бригада будет после обеда.\n" + OFFICE_SIG
       + outlook_quote(DSP, T("2026-11-18 08:31", TZ3), OFFICE, s974012, q974012),
       D("974012", [], A, "accepted; наряд-заказ 2026/1187 is the contractor's internal number, not a request"),
       "974012")
sms("2026-11-18 13:30", GAR, "974012 u KPP-2 pribyli",
    D("974012", [], M, "translit 'pribyli'; KPP-2 is a gate, not a position"), "974012")
fwd = ("Для сведения.\n\n\n-------- Пересылаемое сообщение --------\n"
       "От кого: SMS-шлюз ВодоСток <sms-gate@vodostok74.ru>\nКому: kuzmin.sa74@mail.ru\n"
       "Дата: Среда, 18 ноября 2026, 15:10 +05:00\nТема: SMS от " + GAR + "\n\n"
       "974012 готово, убытие 15:05. Ливнёвка у КПП-2 пробита, 1,5 м3 ила\n\n--\nОтправитель: " + GAR +
       "\nПринято: 18.11.2026 15:09:51\n\n----------------------------------------\n" + KUZ_SIG)
kuz("2026-11-18 15:22", "Fwd: SMS от " + GAR, fwd,
    D("974012", [], U, "Mail.ru forward of crew SMS: 'готово, убытие 15:05'"), "974012")
q973604 = "Сергей Анатольевич, акт по заявке 973604 подписан, скан во вложении." + DSP_SIG
kuz("2026-11-18 17:30", "Re: Заявка № 973604 – акт",
    "Спасибо, подписанный акт получили.\n" + KUZ_SIG + mailru_quote(DSP, T("2026-11-18 14:55", TZ3), q973604),
    R("thanks/acknowledgement of the dispatcher's own message"), "973604")

# bounce from the contractor's own server (dispatch wrote to an old address)
d = T("2026-11-19 09:40")
bounce_txt = ("This is the mail system at host mx.vodostok74.ru.\n\nI'm sorry to have to inform you that your message "
              "could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              "                   The mail system\n\n<master@vodostok74.ru>: host mx.vodostok74.ru[local] said: "
              "550 5.1.1\n    <master@vodostok74.ru>: Recipient address rejected: User unknown in virtual mailbox "
              "table\n")
dsn = ("Reporting-MTA: dns; mx.vodostok74.ru\nX-Postfix-Queue-ID: 4Rk2Jp0Xq1z9vBt\nArrival-Date: Thu, 19 Nov 2026 "
       "09:40:11 +0500 (YEKT)\n\nFinal-Recipient: rfc822; master@vodostok74.ru\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: smtp; 550 5.1.1 <master@vodostok74.ru>: Recipient address rejected\n")
orig = ("From: " + addr(DISPATCH_NAME, DISPATCH, "utf-8") + "\nTo: master@vodostok74.ru\nSubject: "
        + hdr("Заявка № 974012 – просьба прислать фото после прочистки", "utf-8")
        + "\nDate: Thu, 19 Nov 2026 07:40:05 +0300\nMessage-ID: <20261119074005.11873@zakazchik-omis.ru>\n")
emit(d, [("From", "MAILER-DAEMON@vodostok74.ru (Mail Delivery System)"), ("To", DISPATCH),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Date", format_datetime(d)),
         ("Message-ID", msgid("bounce", d)), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
     multipart("report", [b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
                          + bounce_txt.encode("ascii"),
                          b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
                          + dsn.encode("ascii"),
                          b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
                          + orig.encode("ascii")],
               "; report-type=delivery-status"),
     I("bounce (Postfix DSN); the returned headers mention request 974012"))
office("2026-11-19 10:15", "Акт по заявке 974012",
       "Добрый день.\n\nПо заявке 974012 ваш представитель на КПП-2 отказался подписать акт выполненных работ "
       "№ 1186 от 18.11.2026, причину не объяснил. Счёт № 2026-0412 на сумму 14 200 руб. выставлен.\n"
       "Просим разобраться и подписать акт.\n" + OFFICE_SIG,
       R("complaint about an unsigned act, no status report"), "974012", mode="plain")

# ---------------- 974489: котельная (reg 20.11 13:00 MSK = 15:00 YEKT)
s974489 = "Заявка № 974489 – колодцы на территории котельной, ул. Героев Танкограда"
q974489 = ("Заявка № 974489.\nКотельная, ул. Героев Танкограда.\nПоз. 1 – К-1, поз. 2 – К-2, поз. 3 – К-3 у склада угля.\n"
           "Колодцы заилены, вода не уходит." + DSP_SIG)
office("2026-11-20 15:30", "RE: " + s974489,
       "Добрый день!\nЗаявка принята. Выезд 21.11 (суббота) с утра, машина КО-560, старший — Рахимов, +7 902 611-34-90.\n" + OFFICE_SIG
       + outlook_quote(DSP, T("2026-11-20 13:00", TZ3), OFFICE, s974489, q974489),
       D("974489", [], A, "accepted, no position named; phone and КО-560 are decoys"), "974489")
sms("2026-11-21 08:05", RAH, "974489 P1 P2 vyehali",
    D("974489", ["1", "2"], P, "'vyehali' without a preposition = set off to the site"), "974489")
sms("2026-11-21 08:50", RAH, "974489 P1,P2 na meste, Geroev Tankograda, kotelnaya",
    D("974489", ["1", "2"], M, "on site for P1,P2"), "974489")
sms("2026-11-21 12:00", RAH, "974489 пп.1,2 сделаны, уехали. 3-й колодец завален плитами, нужен кран",
    D("974489", ["1", "2"], U, "positions 1,2 finished and left; 3rd well blocked, nothing reported for it"), "974489")
kuz("2026-11-21 14:00", "974489 поз.3 – кран",
    "По третьей позиции 974489: люк завален ж/б плитами, без крана не открыть.\nКто убирает — вы или котельная? "
    "Как освободят — сразу выедем.\n" + KUZ_SIG,
    R("question about who removes the slabs + promise; no status"), "974489")

# ---------------- 974901: очистные (reg 23.11 09:40 MSK = 11:40 YEKT)
office("2026-11-23 12:10", "Заявки 974901 и 974489",
       "Добрый день!\n\nЗаявку 974901 (откачка ила ДК-3, ДК-4) приняли, выезд 24.11.\n"
       "По заявке 974489 поз. 3: плиты с люка котельная убрала, бригада будет там 24.11 утром.\n" + OFFICE_SIG,
       R("two different requests in one letter"), "974901")
office("2026-11-23 12:30", "Заявка № 974901 принята",
       "Наталья Викторовна, направляем отдельным письмом, как просили:\n\nзаявка № 974901 принята в работу. "
       "Выезд 24.11.2026 с 7:30, илосос КО-507 (гос. № А 907 ОР 174).\n" + OFFICE_SIG,
       D("974901", [], A, "separate acceptance letter"), "974901", cte="base64")
gate_auto("2026-11-23 18:00", "Баланс менее 100 руб.",
          "Внимание!\nБаланс SIM-карты модема GSM1 (+79000413377): 87,40 руб.\nБаланс менее 100 руб. "
          "Пополните счёт, чтобы не прерывать приём SMS.\n\n-- smsgate-mailer, автоматическое уведомление\n",
          I("gateway low-balance notice (automatic)"))
sms("2026-11-24 07:40", SHA, "974901 выезж. на очистные, КО-507 А907ОР",
    D("974901", [], P, "'выезж. на очистные' = leaving FOR the site"), "974901")
sms("2026-11-24 08:30", SHA, "974901 na meste, ochistnye",
    D("974901", [], M, "translit on site"), "974901")
sms("2026-11-24 10:20", RAH, "974489 поз3 на месте, плиты убраны",
    D("974489", ["3"], M, "'поз3' on site"), "974489")
sms("2026-11-24 12:40", SHA, "974901 поз.1 (ДК-3) откачан, 11 м3 ила, глуб. 3,6 м. Поз.2 (ДК-4) после слива, часа через 3",
    D("974901", ["1"], U, "position 1 finished; position 2 only planned after the disposal trip"), "974901")
sms("2026-11-24 13:10", RAH, "974489-3 ЗAВEPШEHO, УБЫЛИ",
    D("974489", ["3"], U, "caps with Latin A/E/P/H look-alikes; position after a dash"), "974489")
kuz("2026-11-24 16:05", "974901-2",
    "ДК-4 откачали в 15:40, машина ушла на слив. Итого по заявке 19 м3 ила.\n" + KUZ_SIG,
    D("974901", ["2"], U, "position from subject '974901-2'; ДК-4 done, truck left for disposal"), "974901")

# newsletter
d = T("2026-11-27 10:00")
news_html = ("<html><body style=\"font-family:Arial\"><h2>Подготовьте ливнёвку к зиме!</h2>"
             "<p>ООО «ВодоСток» — промывка ливневой и хозбытовой канализации, откачка ила, телеинспекция труб "
             "Ду 100 – Ду 1200.</p><p><b>Скидка 10%</b> на промывку дождеприёмников при заказе до 15.12.2026.</p>"
             "<p>Звоните: (351) 225-40-17, +7 908 046-33-12</p>"
             "<p style=\"font-size:10px;color:#888\">Вы получили это письмо, так как являетесь клиентом ООО «ВодоСток». "
             "<a href=\"https://vodostok74.ru/unsubscribe?u=9f3a\">Отписаться</a></p></body></html>")
emit(d, base_headers(d, addr("ВодоСток — новости", NEWS, "utf-8"), DISPATCH, "Подготовьте ливнёвку к зиме: скидка 10%",
                     "utf-8", "news",
                     [("Precedence", "bulk"), ("List-Id", "<clients.vodostok74.ru>"),
                      ("List-Unsubscribe", "<https://vodostok74.ru/unsubscribe?u=9f3a>, <mailto:unsubscribe@vodostok74.ru>"),
                      ("X-Mailer", "Sendsay")]),
     leaf("text/html", news_html, "utf-8", "quoted-printable"),
     I("bulk marketing mail with List-Unsubscribe"))

# ================================================================= write
if os.path.isdir(LET):
    shutil.rmtree(LET)
os.makedirs(LET)
LETTERS.sort(key=lambda x: x[0])
labels = {}
for i, (d, raw, lab) in enumerate(LETTERS, 1):
    name = f"{i:03d}.eml"
    with open(os.path.join(LET, name), "wb") as f:
        f.write(raw)
    labels[name] = lab
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
