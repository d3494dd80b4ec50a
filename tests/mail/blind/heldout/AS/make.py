#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona АО «ЭнергоРезерв» (Новосибирск, +0700).

Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
Raw messages are assembled by hand (headers + encoded bodies) so that charsets and
transfer encodings are exactly what the persona's mail clients would produce.
"""
import base64
import datetime
import json
import os
import quopri
import random

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
TZ = datetime.timezone(datetime.timedelta(hours=7))
rnd = random.Random(9700)

DOMAIN = "energorezerv-nsk.ru"
DISPATCH = "dispatch@zakazchik-omis.ru"

# --------------------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "АО «ЭнергоРезерв»",
        "emails": [
            "sorokin.vp@energorezerv-nsk.ru",
            "lavrentyeva.ns@energorezerv-nsk.ru",
            "dezhurnyi@energorezerv-nsk.ru",
            "kovalev.d@energorezerv-nsk.ru",
            "gusmanov.r@energorezerv-nsk.ru",
            "pyatkov.e@energorezerv-nsk.ru",
            "shtykov1987@mail.ru",
            "servicedesk@energorezerv-nsk.ru",
            "news@energorezerv-nsk.ru",
            "MAILER-DAEMON@energorezerv-nsk.ru",
        ],
        "domains": ["energorezerv-nsk.ru"],
    },
    "requests": [
        {"number": "97014", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+07:00",
         "comment": "ГБУЗ НСО «ГКБ № 1», ул. Залесского, 6. Плановое ТО: 1 – ДГУ-1, 2 – ДГУ-2"},
        {"number": "97052", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T14:40:00+07:00",
         "comment": "ГБУЗ НСО «ГНОКБ», ул. Немировича-Данченко, 130. 1 – ИБП серверной корп. 1, 2 – ИБП операционного блока, 3 – ИБП реанимации"},
        {"number": "97108", "positions": ["1"], "registered_at": "2026-11-05T22:10:00+07:00",
         "comment": "ООО «СибДата», серверная. 1 – ИБП Eaton 93PM в байпасе (аварийная)"},
        {"number": "97233", "positions": ["1", "2"], "registered_at": "2026-11-06T01:30:00+07:00",
         "comment": "ГБУЗ НСО «НКПЦ» (перинатальный центр). 1 – ДГУ не запускается, 2 – АВР"},
        {"number": "97240", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-07T10:00:00+07:00",
         "comment": "ГБУЗ НСО «ДГКБ № 3». 1 – ДГУ корп. А, 2 – ДГУ корп. Б, 3 – ИБП лаборатории, 4 – АВР ГРЩ"},
        {"number": "97315", "positions": ["1", "2"], "registered_at": "2026-11-09T11:20:00+07:00",
         "comment": "АО «Сибирский расчётный центр», ул. Кирова, 48, серверная. 1 – ИБП № 1 замена АКБ, 2 – ИБП № 2 замена АКБ (ночью)"},
        {"number": "97401", "positions": ["1"], "registered_at": "2026-11-10T08:05:00+07:00",
         "comment": "ГБУЗ НСО «ГВВ № 2», ул. Демьяна Бедного, 71. 1 – ДГУ, авария по температуре ОЖ"},
        {"number": "97477", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T16:00:00+07:00",
         "comment": "МКУ «ЦИТ», Красный проспект, 50, серверная. 1, 2, 3 – ИБП после скачка напряжения"},
        {"number": "97530", "positions": ["1", "2"], "registered_at": "2026-11-12T09:30:00+07:00",
         "comment": "ГБУЗ НСО «Городская поликлиника № 7». 1 – ДГУ, 2 – щит АВР"},
        {"number": "97612", "positions": ["1", "2", "3"], "registered_at": "2026-11-14T13:00:00+07:00",
         "comment": "ГБУЗ НСО «НООД» (онкодиспансер). 1 – ДГУ № 1, 2 – ДГУ № 2, 3 – топливная система"},
        {"number": "97708", "positions": ["1", "2"], "registered_at": "2026-11-17T20:45:00+07:00",
         "comment": "ЦОД «Сибирь-Телеком». 1 – силовой модуль ИБП, 2 – батарейный шкаф"},
        {"number": "97855", "positions": ["1"], "registered_at": "2026-11-19T03:10:00+07:00",
         "comment": "ГБУЗ НСО «Родильный дом № 6». 1 – ИБП, авария ночью"},
        {"number": "97903", "positions": ["1", "2"], "registered_at": "2026-11-21T07:40:00+07:00",
         "comment": "ГБУЗ НСО «ГКБ № 11». 1 – передвижной ДГУ, 2 – кабельное подключение к ВРУ-2"},
    ],
}

# --------------------------------------------------------------------------- encoders

def _chunks(s, cs, limit, cost):
    """split s into chunks whose encoded size <= limit, breaking after spaces where possible,
    so that the space stays inside an encoded word (decoders differ on inter-word whitespace)."""
    import re
    toks = re.findall(r"\S+\s*|\s+", s)
    out, cur = [], ""
    for tok in toks:
        if cost(cur + tok) <= limit:
            cur += tok
            continue
        if cur:
            out.append(cur)
            cur = ""
        for ch in tok:  # long token: split by characters
            if cost(cur + ch) > limit:
                out.append(cur)
                cur = ""
            cur += ch
    if cur:
        out.append(cur)
    return out


def b_words(s, cs):
    parts = _chunks(s, cs, 45, lambda x: len(x.encode(cs)))
    return "\r\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in parts)


def _q(ch, cs):
    if ch == " ":
        return "_"
    if ch.isascii() and (ch.isalnum() or ch in ".-!*+/,:"):
        return ch
    return "".join("=%02X" % b for b in ch.encode(cs))


def q_words(s, cs):
    lim = 70 - len(cs) - 7
    parts = _chunks(s, cs, lim, lambda x: sum(len(_q(c, cs)) for c in x))
    return "\r\n ".join("=?%s?Q?%s?=" % (cs, "".join(_q(c, cs) for c in w)) for w in parts)


def hdr(s, cs="utf-8", mode="B"):
    if s.isascii():
        return s
    return b_words(s, cs) if mode == "B" else q_words(s, cs)


def addr(name, email, cs="utf-8", mode="B"):
    if not name:
        return email
    if name.isascii():
        return '"%s" <%s>' % (name, email)
    # display names go into ONE encoded word: decoders disagree about whitespace between
    # adjacent encoded words inside a phrase
    return "=?%s?B?%s?= <%s>" % (cs, base64.b64encode(name.encode(cs)).decode(), email)


def rfcdate(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:%02d +0700" % (days[dt.weekday()], dt.day, mons[dt.month - 1],
                                                      dt.year, dt.hour, dt.minute, dt.second)


def dt(d, h, m, s=None):
    return datetime.datetime(2026, 11, d, h, m, rnd.randint(0, 59) if s is None else s, tzinfo=TZ)


# --------------------------------------------------------------------------- MIME tree

def leaf(text, subtype="plain", cs="utf-8", cte="base64", params="", extra=None):
    return {"k": "leaf", "text": text, "sub": subtype, "cs": cs, "cte": cte, "params": params,
            "extra": extra or []}


def multi(sub, parts, params=""):
    return {"k": "multi", "sub": sub, "parts": parts, "params": params}


def raw(ctype, body, cte=None, extra=None):
    return {"k": "raw", "ctype": ctype, "body": body, "cte": cte, "extra": extra or []}


def boundary():
    return "----=_NextPart_%03d_%04X_%08X.%08X" % (rnd.randint(0, 999), rnd.randint(0, 65535),
                                                  rnd.getrandbits(32), rnd.getrandbits(32))


def ser(node):
    """returns (list of header lines, body bytes)"""
    if node["k"] == "leaf":
        text = node["text"]
        cs, cte = node["cs"], node["cte"]
        hs = ['Content-Type: text/%s; charset="%s"%s' % (node["sub"], cs, node["params"]),
              "Content-Transfer-Encoding: %s" % cte] + node["extra"]
        if cte == "base64":
            b = base64.encodebytes(text.replace("\n", "\r\n").encode(cs)).replace(b"\n", b"\r\n")
        elif cte == "quoted-printable":
            b = quopri.encodestring(text.encode(cs)).replace(b"\n", b"\r\n")
            if not b.endswith(b"\r\n"):
                b += b"\r\n"
        else:  # 8bit / 7bit
            b = text.replace("\n", "\r\n").encode(cs)
            if not b.endswith(b"\r\n"):
                b += b"\r\n"
        return hs, b
    if node["k"] == "raw":
        hs = ["Content-Type: %s" % node["ctype"]]
        if node["cte"]:
            hs.append("Content-Transfer-Encoding: %s" % node["cte"])
        hs += node["extra"]
        body = node["body"]
        if isinstance(body, str):
            body = body.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        return hs, body
    bd = boundary()
    hs = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (node["sub"], node["params"], bd)]
    out = b"This is a multi-part message in MIME format.\r\n\r\n"
    for p in node["parts"]:
        phs, pb = ser(p)
        out += b"--" + bd.encode() + b"\r\n" + "\r\n".join(phs).encode("ascii") + b"\r\n\r\n" + pb + b"\r\n"
    out += b"--" + bd.encode() + b"--\r\n"
    return hs, out


def message(headers, node):
    hs, body = ser(node)
    allh = [h for h in headers if h] + ["MIME-Version: 1.0"] + hs
    return "\r\n".join(allh).encode("ascii") + b"\r\n\r\n" + body


# --------------------------------------------------------------------------- helpers for styles

def html_outlook(text, extra_html=""):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ps = []
    for line in text.split("\n"):
        if line.strip():
            ps.append('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(line))
        else:
            ps.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n"
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>\n"
            "</head>\n<body lang=RU link=\"#0563C1\">\n<div class=WordSection1>\n"
            + "\n".join(ps) + extra_html + "\n</div>\n</body>\n</html>\n")


def html_simple(text, cs="utf-8"):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "<br>\n".join(esc(l) for l in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            "<body><div>%s</div></body></html>\n" % (cs, body))


RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_CAP = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def outlook_ru_block(frm, when, to, subj, cc=None):
    s = "От: %s\nОтправлено: %s, %d ноября 2026 г. %d:%02d\nКому: %s\n" % (
        frm, RU_WD[when.weekday()], when.day, when.hour, when.minute, to)
    if cc:
        s += "Копия: %s\n" % cc
    return s + "Тема: %s\n" % subj


def outlook_en_block(frm, when, to, subj):
    h = when.hour % 12 or 12
    ap = "AM" if when.hour < 12 else "PM"
    return ("-----Original Message-----\nFrom: %s\nSent: %s, November %02d, 2026 %d:%02d %s\nTo: %s\nSubject: %s\n"
            % (frm, EN_WD[when.weekday()], when.day, h, when.minute, ap, to, subj))


def gt(text, prefix=">"):
    return "\n".join((prefix + " " + l) if l else prefix for l in text.split("\n"))


def msgid(style, when):
    if style == "outlook":
        return "<%012x$%08x$%08x$@%s>" % (rnd.getrandbits(48), rnd.getrandbits(32), rnd.getrandbits(32), DOMAIN)
    if style == "bat":
        return "<%d.%s@%s>" % (rnd.randint(10 ** 9, 2 * 10 ** 9), when.strftime("%Y%m%d%H%M%S"), DOMAIN)
    if style == "mailru":
        return "<%d.%d@f%d.i.mail.ru>" % (int(when.timestamp()), rnd.randint(10 ** 8, 10 ** 9), rnd.randint(100, 999))
    if style == "iphone":
        return "<%08X-%04X-%04X-%04X-%012X@%s>" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(16),
                                                  rnd.getrandbits(16), rnd.getrandbits(48), DOMAIN)
    if style == "disp":
        return "<%s.%06d@zakazchik-omis.ru>" % (when.strftime("%Y%m%d%H%M%S"), rnd.randint(0, 999999))
    return "<%s.%x@%s>" % (when.strftime("%Y%m%d%H%M%S"), rnd.getrandbits(40), DOMAIN)


# --------------------------------------------------------------------------- senders
S = {
    "sorokin": dict(name="Сорокин Виктор Павлович", email="sorokin.vp@" + DOMAIN, cs="windows-1251",
                    style="outlook", mailer="Microsoft Outlook 16.0"),
    "lavr": dict(name="Лаврентьева Наталья Сергеевна", email="lavrentyeva.ns@" + DOMAIN, cs="windows-1251",
                 style="outlook", mailer="Microsoft Outlook 16.0"),
    "dezh": dict(name="Дежурная смена ЭнергоРезерв", email="dezhurnyi@" + DOMAIN, cs="koi8-r",
                 style="bat", mailer="The Bat! (v10.4.3) Professional"),
    "kovalev": dict(name="Денис Ковалёв", email="kovalev.d@" + DOMAIN, cs="utf-8", style="samsung",
                    mailer=None),
    "gusmanov": dict(name="Гусманов Ринат", email="gusmanov.r@" + DOMAIN, cs="utf-8", style="iphone",
                     mailer="iPhone Mail (21H16)"),
    "shtykov": dict(name="Алексей Штыков", email="shtykov1987@mail.ru", cs="utf-8", style="mailru",
                    mailer=None),
}

SOR_SIG = "\n--\nСорокин В.П., нач. дневной смены\nАО «ЭнергоРезерв», моб. +7 913 905-97-24\n"
LAVR_SIG = ("\nС уважением,\nЛаврентьева Наталья Сергеевна\nзаместитель директора по сервису\nАО «ЭнергоРезерв»\n"
            "630099, г. Новосибирск, ул. Каменская, д. 32, оф. 415\nтел. +7 (383) 347-97-10\n"
            "ИНН 5406979012 / КПП 540601001\n")
DEZH_SIG = '\n--\nДежурная смена АО "ЭнергоРезерв"\nтел. +7 (383) 347-97-00 (круглосуточно)\n'
GALAXY = "\n\n\nОтправлено с моего Galaxy\n"
IPHONE = "\n\nОтправлено с iPhone\n"
MAILRU = "\n\n--\nОтправлено из мобильной Почты Mail.ru\n"

DISP_NAME = "Диспетчерская ОМИС"
DISP_RU = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"

LETTERS = []


def add(label, when, who, subject, node, irt=False, extra=None, to=None, subj_mode="B", frm=None,
        style=None, cc=None):
    LETTERS.append(dict(label=label, when=when, who=who, subject=subject, node=node, irt=irt,
                        extra=extra or [], to=to, subj_mode=subj_mode, frm=frm, style=style, cc=cc))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


# ---- node builders per client
def sor_plain(text, cte="quoted-printable"):
    return leaf(text, cs="windows-1251", cte=cte)


def lavr_alt(text, extra_html=""):
    return multi("alternative", [leaf(text, cs="windows-1251", cte="quoted-printable"),
                                 leaf(html_outlook(text, extra_html), "html", "windows-1251", "quoted-printable")])


def kov(text):
    return multi("alternative", [leaf(text, cs="utf-8", cte="base64"),
                                 leaf(html_simple(text), "html", "utf-8", "base64")])


def gus(text):
    return leaf(text, cs="utf-8", cte="quoted-printable")


def sht(text):
    return multi("alternative", [leaf(text, cs="utf-8", cte="base64"),
                                 leaf(html_simple(text), "html", "utf-8", "base64")])


# =========================================================================== letters
# ---------------- 97014 ГКБ № 1
t = dt(2, 10, 2)
add(D("97014", [], ACC, "formal acceptance of the request, contract п. 3.1; date of works is a plan"),
    t, "lavr", "Заявка № 97014 – подтверждение принятия",
    lavr_alt("Уважаемые коллеги!\n\n"
             "Подтверждаем принятие заявки № 97014 от 02.11.2026 (плановое техническое обслуживание "
             "дизель-генераторных установок, ГБУЗ НСО «ГКБ № 1», ул. Залесского, 6) к исполнению в соответствии "
             "с п. 3.1 Договора № 47-ТО/2026 от 15.01.2026 г.\n\n"
             "Выполнение работ планируется 04.11.2026 с 06:00 по местному времени, по согласованию с главным "
             "инженером учреждения Рябцевым О.И. Состав бригады и данные автотранспорта для оформления пропуска "
             "направим дополнительно.\n" + LAVR_SIG), irt=True)

add(D("97014", ["1", "2"], ON, "telegraph: 05:40 прибыли, positions in subject and body"),
    dt(4, 5, 41), "sorokin", "97014 поз.1, поз.2",
    sor_plain("05:40 прибыли. Залесского 6, ГКБ-1.\nПоз.1, поз.2 – ТО ДГУ. Допуск у дежурного энергетика получен.\n"
              "Сорокин\n" + SOR_SIG))

add(R("different statuses for different positions: П1 work finished, П2 still in progress (on site)"),
    dt(4, 9, 12), "sorokin", "97014",
    sor_plain("П1 – ТО выполнено. 09:05 пробный пуск под нагрузкой 30 мин, параметры в норме.\n"
              "П2 – в работе, замена фильтров.\nСорокин\n" + SOR_SIG))

q = dt(4, 10, 58)
add(D("97014", [], LEFT, "11:35 убыли, no position named (quoted dispatcher question mentions позиция 2 – quote ignored)"),
    dt(4, 11, 40), "sorokin", "RE: 97014 статус",
    sor_plain("11:35 убыли. ТО выполнено в полном объёме, замечаний нет. Акт 1104/1 подписан гл. энергетиком.\n"
              "Сорокин\n" + SOR_SIG + "\n" +
              outlook_en_block("Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]", q,
                               "Сорокин Виктор Павлович", "97014 статус") +
              "\nВиктор Павлович, добрый день. По 97014 позиция 2 когда закончите? ГКБ спрашивает, держать ли "
              "энергетика на объекте.\nМальцева О.А.\n"), irt=True)

q = dt(6, 9, 47)
add(R("deputy director forwards the hospital chief engineer's complaint (error after ТО) and promises a warranty visit: complaint + plan, no status"),
    dt(6, 10, 34), "lavr", "FW: Замечания по ТО ДГУ, заявка 97014",
    lavr_alt("Коллеги, добрый день.\n\n"
             "Пересылаю для сведения письмо главного инженера ГКБ № 1. Согласно п. 7.3 Договора № 47-ТО/2026 "
             "гарантийный выезд будет организован в течение 24 часов после согласования времени с учреждением. "
             "О выезде сообщим дополнительно.\n" + LAVR_SIG + "\n" +
             outlook_ru_block("Рябцев Олег Игоревич <ryabtsev@gkb1-nsk.ru>", q,
                              "Лаврентьева Наталья Сергеевна <lavrentyeva.ns@energorezerv-nsk.ru>",
                              "Замечания по ТО ДГУ, заявка 97014") +
             "\nНаталья Сергеевна, добрый день.\n\n"
             "После проведённого 04.11 ТО на ДГУ-2 при еженедельном тестовом пуске 05.11 появилась ошибка "
             "низкого давления масла, установка остановилась через 3 минуты. ДГУ-1 работает нормально. "
             "Прошу направить специалиста, до устранения считаю работы по заявке не завершёнными.\n\n"
             "Главный инженер ГБУЗ НСО «ГКБ № 1»\nО.И. Рябцев\nтел. +7 (383) 315-97-01\n"))

# ---------------- 97052 ГНОКБ
q = dt(3, 14, 41)
add(D("97052", [], ACC, "«Принята», plan of departure; positions listed only in the quoted dispatcher letter"),
    dt(3, 15, 5), "sorokin", "RE: Заявка 97052 ИБП ГНОКБ",
    sor_plain("Принята. Выезд 04.11 08:00. Бригада Пятков Е., Ерёмин С.\nСорокин\n" + SOR_SIG + "\n" +
              outlook_ru_block(DISP_RU, q, "Сорокин Виктор Павлович <sorokin.vp@energorezerv-nsk.ru>",
                               "Заявка 97052 ИБП ГНОКБ") +
              "\nДобрый день!\nНаправляем заявку № 97052, ГБУЗ НСО «ГНОКБ», ул. Немировича-Данченко, 130.\n"
              "Поз. 1 – ИБП серверной, корпус 1\nПоз. 2 – ИБП операционного блока\nПоз. 3 – ИБП отделения реанимации\n"
              "Просим подтвердить принятие и сообщить дату выезда.\n\nДиспетчер Мальцева О.А.\n"
              "ООО «ОМИС», диспетчерская служба\n"), irt=True)

add(D("97052", [], WAY, "number in brackets after the address; 07:55 crew left the base; car plate is not a number to use"),
    dt(4, 7, 58), "sorokin", "Немировича-Данченко 130 (97052)",
    sor_plain("07:55 бригада Пяткова выехала с базы. Газель А 512 КМ 154. Ориент. прибытие 08:40.\nСорокин\n" + SOR_SIG))

add(D("97052", [], ON, "08:45 на месте"),
    dt(4, 8, 52), "sorokin", "RE: Немировича-Данченко 130 (97052)",
    sor_plain("08:45 на месте. Ждут допуск в серверную.\nСорокин\n" + SOR_SIG, cte="base64"))

add(D("97052", ["1", "2"], LEFT, "П1 and П2 готово, crew left 13:20; П3 postponed (plan only)"),
    dt(4, 13, 25), "sorokin", "97052 итог за день",
    sor_plain("П1 (серверная корп. 1) – готово 11:10.\nП2 (операционный блок) – готово 13:15.\n"
              "П3 (реанимация) – не выполнялось, доступа нет (карантин в отделении). Перенос, дату согласуем "
              "с гл. инженером.\n13:20 бригада Пяткова убыла.\nСорокин\n" + SOR_SIG))

add(D("97052", ["3"], ON, "voice: number spelled out in words, «третья позиция», «при были» = прибыли"),
    dt(7, 1, 44), "kovalev", "реанимация ибп",
    kov("по заявке девяносто семь ноль пятьдесят два третья позиция при были в реанимацию в час сорок "
        "работаем батареи привезли с собой" + GALAXY))

add(D("97052", ["3"], LEFT, "voice: позиция три закончили, уехали с объекта в 04:10"),
    dt(7, 4, 16), "kovalev", "Re: реанимация ибп",
    kov("заявка 97052 позиция три закончили батареи заменили 32 штуки ибп работает от сети и от батарей "
        "тест прошел уехали с объекта в четыре десять" + GALAXY))

# ---------------- 97108 СибДата
add(D("97108", [], WAY, "voice: «обращение», принял + уже выехал, будет через 25 минут: travelling now"),
    dt(5, 22, 31), "kovalev", "обращение 97108",
    kov("обращение 97108 сиб дата принял уже выехал с базы буду минут через двадцать пять пропуск на охране "
        "на фамилию ковалев" + GALAXY))

add(D("97108", ["1"], ON, "subject 97108-1 (position after dash); на месте 23:15; model 93PM and error code are not numbers to use"),
    dt(5, 23, 20), "kovalev", "97108-1",
    kov("на месте двадцать три пятнадцать и бэ пэ итон 93 пэ эм в байпасе кот ошибки 1 0 7 смотрю плату "
        "драйвера" + GALAXY))

q_prev = ("на месте двадцать три пятнадцать и бэ пэ итон 93 пэ эм в байпасе кот ошибки 1 0 7 смотрю плату драйвера")
add(D("97108", ["1"], LEFT, "ремонт закончен, уехал с объекта 01:50; Samsung «Исходное сообщение» quote holds the old arrival"),
    dt(6, 2, 5), "kovalev", "Re: 97108-1",
    kov("ремонт закончен заменил плату драйвера инвертора и бэ пэ в нормальном режиме нагрузка на инверторе "
        "тесть прошел уехал с объекта в один пятьдесят" + GALAXY +
        "\n-------- Исходное сообщение --------\nОт: Денис Ковалёв <kovalev.d@energorezerv-nsk.ru>\n"
        "Дата: 05.11.2026 23:20 (GMT+07:00)\nКому: dispatch@zakazchik-omis.ru\nТема: 97108-1\n\n" + q_prev + "\n"))

add(R("position 2 does not exist in request 97108 (only position 1)"),
    dt(7, 14, 12), "sorokin", "97108 поз.2",
    sor_plain("14:10 прибыли, СибДата. Замена вентиляторов ИБП по итогам ночного выезда.\nСорокин\n" + SOR_SIG))

# ---------------- 97233 перинатальный центр
DEZH_97233 = ("Здравствуйте.\n\nЗаявка N 97233 (НКПЦ, ДГУ не запускается) принята дежурной сменой в 01:50.\n"
              "Бригада: Гусманов Р.Р., Штыков А.В. Выезд планируем в 02:10, о выезде сообщим.\n")
add(D("97233", [], ACC, "The Bat!, KOI8-R 8bit: принята; выезд is a plan; «ДО>» quote carries positions"),
    dt(6, 1, 52), "dezh", "Заявка N 97233 принята",
    leaf(DEZH_97233 + DEZH_SIG + "\nВы писали 6 ноября 2026 г., 1:44:07:\n\n" +
         gt("Срочная заявка 97233. ГБУЗ НСО \"НКПЦ\", ДГУ не запускается при\n"
            "тестовом пуске, объект на сети, резерва нет.\nПоз. 1 - ДГУ, поз. 2 - АВР.\nДиспетчер Никифорова Т.", "ДО>") + "\n",
         cs="koi8-r", cte="8bit"), irt=True, cc="shtykov1987@mail.ru, gusmanov.r@energorezerv-nsk.ru")

add(D("97233", [], WAY, "voice from mail.ru: выехали, будем через 35 минут"),
    dt(6, 2, 14), "shtykov", "97233",
    sht("выехали на перинатальный центр будем минут через тридцать пять с нами гусманов" + MAILRU))

add(D("97233", [], ON, "number only in the Re: subject; old subject says «принята», body «при были в 2 50»; mail.ru quote below"),
    dt(6, 2, 55), "shtykov", "Re: Заявка N 97233 принята",
    sht("при были в 2 50 ищем дежурного электрика ключи от дизельной у него" + MAILRU + "\n\n"
        ">Пятница, 6 ноября 2026, 1:52 +07:00 от Дежурная смена <dezhurnyi@energorezerv-nsk.ru>:\n>\n" +
        "\n".join(">" + l for l in DEZH_97233.split("\n"))), irt=True)

add(D("97233", [], LEFT, "voice: «бригада освободилась в 6 10 едем на базу»; both ДГУ and АВР done, no position numbers"),
    dt(6, 6, 20), "gusmanov", "97233 перинатальный дгу",
    gus("по 97233 дэгэу запустили причина стартерная акб села в ноль и реле стартера подгорело заменили оба "
        "авр прогнали переключение сеть дгу сеть штатно бригада освободилась в 6 10 едем на базу" + IPHONE))

# ---------------- 97240 ДГКБ № 3
add(D("97240", [], ACC, "formal: принята к исполнению; п. 5.4, phone 905-97-24 are not request numbers"),
    dt(7, 11, 2), "lavr", "Заявка № 97240 (ДГКБ № 3) – принята к исполнению",
    lavr_alt("Уважаемые коллеги!\n\n"
             "Сообщаем, что заявка № 97240 от 07.11.2026 на техническое обслуживание систем резервного "
             "электроснабжения ГБУЗ НСО «ДГКБ № 3» принята АО «ЭнергоРезерв» к исполнению.\n\n"
             "Срок выполнения работ – в соответствии с п. 5.4 Договора № 47-ТО/2026 от 15.01.2026 г. (не более 10 "
             "рабочих дней с даты принятия заявки). Ответственный за выполнение – начальник дневной смены "
             "Сорокин Виктор Павлович, моб. +7 (913) 905-97-24.\n" + LAVR_SIG))

add(D("97240", ["1", "2"], WAY, "subject «97240 (1,2)»; 07:05 выехали"),
    dt(9, 7, 10), "sorokin", "97240 (1,2)",
    sor_plain("07:05 выехали. УАЗ Е 214 ОР 154. Сорокин, Пятков.\n" + SOR_SIG))

add(D("97240", ["1", "2"], ON, "Re of «97240 (1,2)»: 07:45 на месте"),
    dt(9, 7, 52), "sorokin", "RE: 97240 (1,2)",
    sor_plain("07:45 на месте. Корп. А, корп. Б.\nСорокин\n" + SOR_SIG))

TABLE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang=RU>
<p class=MsoNormal>97240, ДГКБ № 3. Итог за 09.11:</p>
<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">
<tr><td><b>Поз.</b></td><td><b>Оборудование</b></td><td><b>Результат</b></td><td><b>Время</b></td></tr>
<tr><td>1</td><td>ДГУ корп. А (АД-200С-Т400)</td><td>ТО выполнено, замечаний нет</td><td>12:40</td></tr>
<tr><td>2</td><td>ДГУ корп. Б (АД-250С-Т400)</td><td>ТО выполнено, заменён ремень генератора</td><td>15:10</td></tr>
<tr><td>3</td><td>ИБП лаборатории</td><td>не выполнялось, перенос на 11.11</td><td>&ndash;</td></tr>
<tr><td>4</td><td>АВР ГРЩ</td><td>не выполнялось, перенос на 11.11</td><td>&ndash;</td></tr>
</table>
<p class=MsoNormal>15:25 убыли.</p>
<p class=MsoNormal>Сорокин</p>
<p class=MsoNormal>--<br>Сорокин В.П., нач. дневной смены<br>АО «ЭнергоРезерв», моб. +7 913 905-97-24</p>
</body></html>
"""
add(D("97240", ["1", "2"], LEFT, "HTML-only table, a row per position: 1 and 2 done, crew left 15:25; 3 and 4 postponed (plan)"),
    dt(9, 15, 31), "sorokin", "97240 – статус по позициям",
    leaf(TABLE, "html", "windows-1251", "quoted-printable"))

add(D("97240", ["3", "4"], ON, "Outlook mobile forward of the crew member's message: на месте 08:20, П3 и П4"),
    dt(11, 8, 26), "sorokin", "FW: 97240 п3 п4",
    leaf("Для учёта.\nСорокин\n\nПолучить Outlook для Android\n________________________________\n"
         "From: Пятков Евгений <pyatkov.e@energorezerv-nsk.ru>\n"
         "Sent: Wednesday, November 11, 2026 8:21:14 AM\n"
         "To: Сорокин Виктор Павлович <sorokin.vp@energorezerv-nsk.ru>\nSubject: 97240 п3 п4\n\n"
         "На месте 08:20, ДГКБ-3. Начали П3 (ИБП лаборатории) и П4 (АВР ГРЩ).\nПятков\n", cs="utf-8", cte="base64"),
    style="mobile")

add(D("97240", ["3", "4"], LEFT, "П3 и П4 завершено, 12:20 убыли (several events, latest counts)"),
    dt(11, 12, 26), "sorokin", "97240 п3 п4 – завершено",
    sor_plain("П3 – 10:30 завершено, АКБ ИБП лаборатории заменены.\n"
              "П4 – 12:15 завершено, АВР проверен, время переключения 0,8 с.\n12:20 убыли.\nСорокин\n" + SOR_SIG))

# ---------------- 97315 Сибирский расчётный центр
q = dt(9, 11, 23)
add(D("97315", [], ACC, "«Принята», works planned for 10.11; quoted -----Original Message----- lists positions"),
    dt(9, 12, 4), "sorokin", "RE: Заявка 97315 замена АКБ СРЦ",
    sor_plain("Принята. Исп. ночная смена: Ковалёв Д., Гусманов Р. Работы 10.11 с 21:00 – по требованию "
              "заказчика, в нерабочее время (отключение нагрузки).\nСорокин\n" + SOR_SIG + "\n" +
              outlook_en_block("Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]", q,
                               "Сорокин Виктор Павлович", "Заявка 97315 замена АКБ СРЦ") +
              "\nДобрый день. Заявка 97315, АО «Сибирский расчётный центр», ул. Кирова, 48, серверная.\n"
              "1 – ИБП № 1 (APC Galaxy VS 40 кВА), замена АКБ\n2 – ИБП № 2 (APC Galaxy VS 40 кВА), замена АКБ\n"
              "Работы только в ночное время.\nМальцева О.А.\n"), irt=True)

add(D("97315", [], WAY, "voice: едем на Кирова 48 (address number is not a request)"),
    dt(10, 21, 6), "kovalev", "97315",
    kov("заявка 97315 едем на кирова сорок восемь расчетный центр замена батарей и бэ пэ будем в двадцать один "
        "тридцать гусманов со мной" + GALAXY))

add(D("97315", [], ON, "voice: на месте, старт работ 21:35"),
    dt(10, 21, 41), "kovalev", "Re: 97315",
    kov("на месте старт работ в 21 35 отключение нагрузки согласовали с айтишниками ждем перевода на байпас" + GALAXY))

P1_TXT = ("позиция один и бэ пэ номер один батареи заменили сорок штук леоч дэ жэ дабл ю 12 9 тест разряда в норме "
          "по второму начнем после двух ночи по согласованию с их дежурным")
add(D("97315", ["1"], LEFT, "position 1 work finished; position 2 only planned (после двух ночи) – decided with the done position"),
    dt(11, 1, 31), "kovalev", "Re: 97315", kov(P1_TXT + GALAXY))

add(D("97315", ["2"], LEFT, "«по второй позиции закончили… уехали»; quoted earlier message about позиция один is history"),
    dt(11, 4, 42), "kovalev", "Re: 97315",
    kov("по второй позиции закончили в 4 30 все в норме старые акб загрузили вывезли уехали" + GALAXY +
        "\n-------- Исходное сообщение --------\nОт: Денис Ковалёв <kovalev.d@energorezerv-nsk.ru>\n"
        "Дата: 11.11.2026 01:31 (GMT+07:00)\nКому: dispatch@zakazchik-omis.ru\nТема: Re: 97315\n\n" + P1_TXT + "\n"))

# ---------------- 97401 Госпиталь ветеранов
add(I("helpdesk auto-acknowledgement (Auto-Submitted: auto-generated), its own ticket number"),
    dt(10, 8, 31), None, "[ER-2026-11873] Заявка 97401 ДГУ госпиталь",
    leaf("Уважаемый клиент!\n\nВаше обращение зарегистрировано в системе сервисной поддержки АО «ЭнергоРезерв».\n"
         "Номер обращения: ER-2026-11873\nТема: Заявка 97401 ДГУ госпиталь\nСтатус: Новое\n\n"
         "Ответственный специалист свяжется с вами в ближайшее время.\n"
         "Это письмо сформировано автоматически, отвечать на него не нужно.\n\n"
         "Служба сервисной поддержки АО «ЭнергоРезерв»\nhttps://energorezerv-nsk.ru/support\n",
         cs="utf-8", cte="quoted-printable"),
    frm=addr("Сервис ЭнергоРезерв", "servicedesk@" + DOMAIN),
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: bulk",
           "X-Mailer: ER ServiceDesk 3.2"], style="plain")

q = dt(10, 8, 7)
add(D("97401", [], ACC, "«Принято в работу», departure is a plan"),
    dt(10, 9, 10), "sorokin", "RE: Заявка 97401 ДГУ госпиталь",
    sor_plain("Принято в работу. Выезд сегодня после обеда, ориент. 13:00.\nСорокин\n" + SOR_SIG + "\n" +
              outlook_ru_block(DISP_RU, q, "Сорокин Виктор Павлович <sorokin.vp@energorezerv-nsk.ru>",
                               "Заявка 97401 ДГУ госпиталь", cc="servicedesk@energorezerv-nsk.ru") +
              "\nДобрый день. Заявка 97401: ГБУЗ НСО «ГВВ № 2», ул. Демьяна Бедного, 71.\n"
              "Поз. 1 – ДГУ, при тестовом пуске уходит в аварию по температуре ОЖ.\nМальцева О.А.\n"), irt=True)

CAL = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Лаврентьева Наталья Сергеевна:mailto:lavrentyeva.ns@energorezerv-nsk.ru
COMMENT;LANGUAGE=ru-RU:\\n
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: замечания по ТО ДГУ ГКБ № 1 (заявка 97014)
DTSTART:20261112T030000Z
DTEND:20261112T040000Z
UID:040000008200E00074C5B7101A82E0080000000070D9A1C3E07ADC01000000000000000010000000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T030512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:ул. Каменская, 32, оф. 415
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
END:VEVENT
END:VCALENDAR
"""
add(I("calendar meeting response (Outlook «Принято:», text/calendar METHOD:REPLY)"),
    dt(10, 10, 5), "lavr", "Принято: Совещание: замечания по ТО ДГУ ГКБ № 1 (заявка 97014)",
    multi("alternative", [leaf("\n", cs="windows-1251", cte="quoted-printable"),
                          leaf(CAL, "calendar", "utf-8", "base64", params="; method=REPLY")]),
    extra=["Content-Class: urn:content-classes:calendarmessage", "X-MS-Has-Attach: ",
           "X-MS-TNEF-Correlator: "])

add(D("97401", [], WAY, "noun «выезд» with time 13:15 to the hospital address"),
    dt(10, 13, 18), "sorokin", "97401",
    sor_plain("13:15 выезд на Демьяна Бедного, 71. Сорокин, Пятков.\n" + SOR_SIG))

add(D("97401", [], ON, "noun «прибытие» 13:55"),
    dt(10, 13, 58), "sorokin", "RE: 97401",
    sor_plain("13:55 прибытие. ДГУ в аварии по температуре ОЖ, низкий уровень.\nСорокин\n" + SOR_SIG))

add(D("97401", [], LEFT, "«17:00 убытие»; recommendation of further work (ТНВД) does not change it"),
    dt(10, 17, 4), "sorokin", "RE: 97401",
    sor_plain("Работы выполнены: течь патрубка устранена, ОЖ долита, пуск под нагрузку 40 мин – норма. 17:00 убытие.\n"
              "Выявлено: износ ТНВД, требуется замена. КП направит Лаврентьева Н.С.\nСорокин\n" + SOR_SIG))

add(R("commercial offer / price and contract talk (п. 6.2, КП-318/26), no status"),
    dt(12, 14, 35), "lavr", "КП на замену ТНВД по заявке № 97401",
    lavr_alt("Уважаемые коллеги!\n\n"
             "По результатам выезда 10.11.2026 по заявке № 97401 (ГБУЗ НСО «ГВВ № 2») выявлен износ топливного "
             "насоса высокого давления ДГУ. Направляем коммерческое предложение № КП-318/26 на замену ТНВД: "
             "стоимость работ и материалов – 184 500,00 руб., в т.ч. НДС 20 %.\n\n"
             "В соответствии с п. 6.2 Договора № 47-ТО/2026 работы, не входящие в регламент ТО, выполняются после "
             "подписания дополнительного соглашения. Просим рассмотреть предложение и сообщить решение. Срок "
             "поставки ТНВД – до 12 рабочих дней.\n" + LAVR_SIG))

# ---------------- 97477 МКУ ЦИТ
add(D("97477", [], ACC, "The Bat! KOI8-R QP, answer written UNDER the «МО>» quote: «Принята»; departure time is a plan; number from subject/quote"),
    dt(11, 17, 5), "dezh", "Re: Заявка 97477 ЦИТ серверная",
    leaf("Здравствуйте, Ольга.\n\nВы писали 11 ноября 2026 г., 16:02:11:\n\n" +
         gt("Добрый день. Заявка 97477, МКУ \"ЦИТ\", Красный проспект, 50, серверная\n"
            "3 этаж. ИБП 1, 2, 3 - после скачка напряжения два ИБП на батареях,\n"
            "третий в аварии. Просьба отреагировать сегодня.\nМальцева О.А.", "МО>") +
         "\n\nПринята. Выезд бригады ориентировочно в 19:00 - машина сейчас на другом объекте.\n" + DEZH_SIG,
         cs="koi8-r", cte="quoted-printable"), irt=True, subj_mode="Q")

add(R("negation: «ещё не выехали», only a planned departure"),
    dt(11, 18, 10), "dezh", "Re[2]: Заявка 97477 ЦИТ серверная",
    leaf("Здравствуйте, Ольга.\n\nНет, ещё не выехали - машина задерживается на предыдущем объекте. Выезд "
         "ориентировочно 19:30, как выедут - сообщим.\n" + DEZH_SIG + "\nВы писали 11 ноября 2026 г., 18:03:40:\n\n" +
         gt("Бригада уже в пути по 97477? Заказчик спрашивает, ждать ли на проходной.", "МО>") + "\n",
         cs="koi8-r", cte="8bit"), irt=True)

M39 = "выехали на красный проспект пятьдесят по заявке 97477 будем минут через двадцать"
add(D("97477", [], WAY, "voice: выехали, будем через 20 минут"),
    dt(11, 19, 36), "shtykov", "97477", sht(M39 + MAILRU))

add(D("97477", [], ON, "voice: на месте в 19:55; quoted own previous message below"),
    dt(11, 20, 1), "shtykov", "Re: 97477",
    sht("на месте в 19 55 серверная на третьем этаже и бэ пэ осматриваем" + MAILRU + "\n\n"
        ">Среда, 11 ноября 2026, 19:36 +07:00 от Алексей Штыков <shtykov1987@mail.ru>:\n>\n>" + M39 + "\n"))

add(D("97477", ["1", "2"], LEFT, "positions 1 and 2 done and crew left; position 3 needs a part (plan only)"),
    dt(11, 23, 52), "shtykov", "Re: 97477",
    sht("по позициям один и два все сделали силовые модули заменили а по третьей нужен контроллер будем "
        "заказывать уехали в 23 40" + MAILRU))

add(R("two different requests in one letter (97477 п.3 and 97612); departure reported for a combined route"),
    dt(18, 8, 4), "sorokin", "Выезд 18.11",
    sor_plain("08:00 выехали.\n97477 п.3 – Красный пр., 50, установка контроллера.\n"
              "Затем 97612 – гарантийный осмотр ДГУ, по письму гл. инженера.\nСорокин\n" + SOR_SIG))

add(R("request number 97447 is not in the registry (probably a typo of 97477) – cannot record"),
    dt(18, 8, 37), "sorokin", "97447 п.3",
    sor_plain("08:35 на месте. Контроллер привезли, приступаем.\nСорокин\n" + SOR_SIG))

inner_when = dt(18, 11, 33)
inner = message([
    "From: " + addr("Кузьмин Андрей Викторович", "kuzmin.av@cit-nsk.ru", "windows-1251"),
    "To: " + addr("Лаврентьева Наталья Сергеевна", "lavrentyeva.ns@" + DOMAIN, "windows-1251"),
    "Subject: " + hdr("Заявка 97477 – работы по ИБП № 3 выполнены", "windows-1251"),
    "Date: " + rfcdate(inner_when),
    "Message-ID: <%x.%d@cit-nsk.ru>" % (rnd.getrandbits(40), rnd.randint(1000, 9999)),
    "X-Mailer: Microsoft Outlook 16.0",
], leaf("Наталья Сергеевна, добрый день.\n\n"
        "Сообщаю, что 18.11.2026 специалисты АО «ЭнергоРезерв» установили новый контроллер на ИБП № 3 "
        "(позиция 3 по заявке 97477). Проведены тесты переключения на батареи и обратно, ИБП в работе, "
        "нагрузка на инверторе. Бригада убыла в 11:20.\n\n"
        "Начальник отдела ИТ-инфраструктуры\nМКУ «ЦИТ»\nА.В. Кузьмин\nтел. +7 (383) 227-49-77\n",
        cs="windows-1251", cte="quoted-printable"))
add(D("97477", ["3"], LEFT, "forward as attached message/rfc822: customer's IT head confirms position 3 done, crew left 11:20"),
    dt(18, 11, 52), "lavr", "FW: Заявка 97477 – работы по ИБП № 3 выполнены",
    multi("mixed", [lavr_alt("Коллеги, добрый день.\n\nНаправляю подтверждение МКУ «ЦИТ» о завершении работ по "
                             "позиции 3 заявки № 97477 (письмо во вложении).\n" + LAVR_SIG),
                    raw('message/rfc822; name="FW_97477.eml"', inner,
                        extra=['Content-Disposition: attachment; filename="FW_97477.eml"'])]))

# ---------------- 97530 Поликлиника № 7
add(R("question: asks for the contact person and access time, reports nothing"),
    dt(12, 9, 50), "sorokin", "97530 – контакт?",
    sor_plain("Прошу сообщить контакт ответственного лица Поликлиники № 7 и время доступа в щитовую. Без допуска "
              "по 97530 не начнём.\nСорокин\n" + SOR_SIG))

q = dt(12, 10, 41)
add(D("97530", [], ACC, "number only in the Re: subject; «взяли в работу» = accepted (thanks is secondary)"),
    dt(12, 11, 3), "sorokin", "RE: 97530 – контакт?",
    sor_plain("Контакт получили, спасибо. Заявку взяли в работу, дату выезда сообщу.\nСорокин\n" + SOR_SIG + "\n" +
              outlook_ru_block(DISP_RU, q, "Сорокин Виктор Павлович <sorokin.vp@energorezerv-nsk.ru>",
                               "RE: 97530 – контакт?") +
              "\nВиктор Павлович, ответственный – зам. главврача по АХЧ Белоусов Игорь Николаевич, "
              "тел. +7 913 700-97-53, доступ в щитовую ежедневно с 08:00 до 17:00.\nМальцева О.А.\n"),
    irt=True)

add(I("out-of-office auto-reply of the deputy director"),
    dt(13, 8, 12), "lavr", "Автоматический ответ: 97530 выезд",
    leaf("Добрый день!\n\n13 ноября 2026 г. я нахожусь на выездном совещании, доступ к почте ограничен. "
         "Отвечу 14 ноября.\nПо срочным вопросам выполнения заявок обращайтесь к начальнику дневной смены "
         "Сорокину Виктору Павловичу, моб. +7 (913) 905-97-24, или в дежурную смену: +7 (383) 347-97-00.\n\n"
         "С уважением, Н.С. Лаврентьева\n", cs="windows-1251", cte="quoted-printable"),
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: lavrentyeva.ns@energorezerv-nsk.ru"], irt=True)

add(R("plan only: departure tomorrow 14.11 08:30"),
    dt(13, 15, 40), "sorokin", "97530 выезд",
    sor_plain("Выезд по 97530 – завтра, 14.11, 08:30. Бригада Гусманов Р., Пятков Е. Белоусова предупредили.\n"
              "Сорокин\n" + SOR_SIG))

add(D("97530", ["1", "2"], WAY, "subject «В пути на 97530», voice body names позиции один и два"),
    dt(14, 8, 36), "gusmanov", "В пути на 97530",
    gus("в пути на поликлинику номер семь позиции один и два будем около девяти десяти" + IPHONE))

add(D("97530", [], ON, "Re: subject still says «В пути», body reports arrival 09:12"),
    dt(14, 9, 14), "gusmanov", "Re: В пути на 97530",
    gus("на месте 9 12 белоусов встретил идем в щитовую" + IPHONE))

add(D("97530", [], LEFT, "«бригада с объекта выехала» = left FROM the site; part number LC1D40 ignored"),
    dt(14, 12, 31), "gusmanov", "Re: В пути на 97530",
    gus("неисправность устранили контакт ор км2 в щите заменили шнайдер эл си 1 д 40 проверили переключение "
        "бригада с объекта выехала в 12 25" + IPHONE))

# ---------------- 97612 Онкодиспансер
add(D("97612", [], ACC, "formal notification of acceptance per п. 3.2; works date is a plan"),
    dt(14, 13, 44), "lavr", "Заявка № 97612 – принята",
    lavr_alt("Уважаемые коллеги!\n\n"
             "В соответствии с п. 3.2 Договора № 47-ТО/2026 от 15.01.2026 г. уведомляем о принятии заявки № 97612 "
             "(ГБУЗ НСО «НООД», техническое обслуживание ДГУ и топливной системы) к исполнению.\n\n"
             "Выполнение работ планируется на 16.11.2026 при условии согласования окна отключения (см. отдельное "
             "письмо).\n" + LAVR_SIG))

W51 = ("Уважаемые коллеги!\n\n"
       "В соответствии с п. 4.5 Договора № 47-ТО/2026 работы по позиции 3 заявки № 97612 (топливная система) "
       "требуют вывода ДГУ из автоматического режима. Просим согласовать с ГБУЗ НСО «НООД» окно 16.11.2026 с "
       "06:00 до 12:00 и подтвердить допуск бригады (3 чел., автомобиль Газель К 970 ХА 154).\n")
add(R("request to agree a work window and access: plan/question, no status"),
    dt(15, 10, 20), "lavr", "Заявка № 97612 – согласование окна работ", lavr_alt(W51 + LAVR_SIG),
    cc="sorokin.vp@energorezerv-nsk.ru")

add(R("no request number at all (voice, night call «в больницу»)"),
    dt(16, 3, 7), "shtykov", "ночной выезд",
    sht("приехали на вызов в больницу дгу не стартует на панели кот ошибки низкий заряд смотрим отпишусь позже" + MAILRU))

add(D("97612", ["1", "2", "3"], ON, "two events (выехали 05:20, прибылм [typo] 05:55) – latest is arrival; «Поз.1-3» range"),
    dt(16, 6, 1), "sorokin", "97612 онкодиспансер",
    sor_plain("05:20 выехали с базы.\n05:55 прибылм. Поз.1-3. Допуск оформлен.\nСорокин\n" + SOR_SIG))

q = dt(15, 10, 20)
add(D("97612", ["3"], LEFT, "«По 3-й – 08:40 завершено» under Re: of the window-agreement subject; quoted letter is history"),
    dt(16, 8, 47), "sorokin", "RE: Заявка № 97612 – согласование окна работ",
    sor_plain("По 3-й – 08:40 завершено. Топливная система промыта, фильтры FF5052 и FS1280 заменены, утечек нет.\n"
              "Сорокин\n" + SOR_SIG + "\n" +
              outlook_ru_block("Лаврентьева Наталья Сергеевна <lavrentyeva.ns@energorezerv-nsk.ru>", q, DISP_RU,
                               "Заявка № 97612 – согласование окна работ",
                               cc="Сорокин Виктор Павлович <sorokin.vp@energorezerv-nsk.ru>") + "\n" + W51),
    irt=True)

q = dt(16, 11, 18)
add(D("97612", ["1", "2"], LEFT, "deputy director forwards the hospital chief engineer's confirmation: ДГУ 1 and 2 done, crew left 11:05"),
    dt(16, 11, 42), "lavr", "FW: НООД – работы ЭнергоРезерв по ДГУ 16.11",
    lavr_alt("Коллеги, добрый день.\n\n"
             "Направляю для учёта подтверждение главного инженера ГБУЗ НСО «НООД» по заявке № 97612, поз. 1 и 2. "
             "Акт выполненных работ № 212/26 от 16.11.2026 будет передан с оригиналами документов.\n" + LAVR_SIG +
             "\n" + outlook_ru_block("Зубарев Константин Андреевич <zubarev@onco-nsk.ru>", q,
                                     "Лаврентьева Наталья Сергеевна <lavrentyeva.ns@energorezerv-nsk.ru>",
                                     "НООД – работы ЭнергоРезерв по ДГУ 16.11") +
             "\nНаталья Сергеевна, добрый день.\n"
             "Сообщаю, что бригада АО «ЭнергоРезерв» завершила ТО ДГУ № 1 и ДГУ № 2 и убыла с объекта в 11:05. "
             "Установки переведены в автоматический режим, замечаний нет.\n\nГлавный инженер\nК.А. Зубарев\n"))

# ---------------- 97708 ЦОД Сибирь-Телеком
add(D("97708", [], ACC, "voice: принял в работу, выезжаю через 15 минут (departure still a plan)"),
    dt(17, 21, 1), "kovalev", "97708",
    kov("заявка 97708 принял в работу выезжаю через пятнадцать минут жду водителя" + GALAXY))

add(D("97708", [], WAY, "«выехал с базы на ЦОД» – leaving FOR the site"),
    dt(17, 21, 21), "kovalev", "Re: 97708",
    kov("выехал с базы на цод сибирь телеком ориентировочно к 22 00" + GALAXY))

add(D("97708", [], ON, "на месте с 21:55"),
    dt(17, 21, 59), "kovalev", "Re: 97708",
    kov("на месте с 21 55 модуль и бэ пэ в аварии смотрю" + GALAXY))

orig_when = dt(17, 22, 25)
orig = message([
    "From: " + addr(DISP_NAME, DISPATCH),
    "To: kovalyov.d@energorezerv-nsk.ru",
    "Subject: Re: 97708",
    "Date: " + rfcdate(orig_when),
    "Message-ID: " + msgid("disp", orig_when),
], leaf("Денис, по 97708 позиция 2 – батарейный шкаф тоже посмотрите, заказчик просит.\nМальцева О.А.\n",
        cs="utf-8", cte="base64"))
DSN = """Reporting-MTA: dns; mx1.energorezerv-nsk.ru
X-Postfix-Queue-ID: 4GkT2b0sXKz1xq
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: %s

Final-Recipient: rfc822; kovalyov.d@energorezerv-nsk.ru
Original-Recipient: rfc822;kovalyov.d@energorezerv-nsk.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown
""" % rfcdate(orig_when)
add(I("delivery failure report (bounce) for a dispatcher message to a mistyped address"),
    dt(17, 22, 26), None, "Undelivered Mail Returned to Sender",
    multi("report", [
        leaf("This is the mail system at host mx1.energorezerv-nsk.ru.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached "
             "returned message.\n\n                   The mail system\n\n"
             "<kovalyov.d@energorezerv-nsk.ru>: unknown user: \"kovalyov.d\"\n", cs="us-ascii", cte="7bit",
             extra=["Content-Description: Notification"]),
        raw("message/delivery-status", DSN, extra=["Content-Description: Delivery report"]),
        raw("message/rfc822", orig, extra=["Content-Description: Undelivered Message"]),
    ], params=" report-type=delivery-status;"),
    frm='"Mail Delivery System" <MAILER-DAEMON@energorezerv-nsk.ru>',
    extra=["Auto-Submitted: auto-replied"], style="plain")

add(D("97708", ["1", "2"], LEFT, "«по первой позиции… по второй… уехал в 1:35»"),
    dt(18, 1, 42), "kovalev", "Re: 97708",
    kov("по первой позиции силовой модуль заменил на резервный по второй батарейный шкаф проверил напряжение на "
        "банках в норме все работает уехал в час тридцать пять" + GALAXY))

# ---------------- 97855 Роддом № 6
add(D("97855", [], ACC, "The Bat! KOI8-R base64: «Принята заявка 97855»"),
    dt(19, 3, 26), "dezh", "Заявка 97855 - принята",
    leaf("Принята заявка 97855 (Роддом N 6, ИБП). Дежурный инженер Гусманов Р.Р., выезд в течение 15 минут.\n" +
         DEZH_SIG, cs="koi8-r", cte="base64"), irt=True)

add(D("97855", [], WAY, "voice: number spelled digit by digit in words («девять семь восемь пять пять»), в пути"),
    dt(19, 3, 41), "gusmanov", "роддом 6",
    gus("в пути на роддом номер шесть заявка девять семь восемь пять пять будем минут через тридцать" + IPHONE))

add(D("97855", [], ON, "«#97855» in subject, caps-lock ПРИБЫЛИ 04:15"),
    dt(19, 4, 19), "gusmanov", "#97855",
    gus("ПРИБЫЛИ 04:15. ИБП НА БАТАРЕЯХ, АВТОНОМИИ МИНУТ 20. ПОДКЛЮЧАЕМ ПЕРЕДВИЖНОЙ ДГУ" + IPHONE))

add(D("97855", ["1"], LEFT, "subject «97855 поз1»; voice «у были с объекта» = убыли"),
    dt(19, 7, 6), "gusmanov", "97855 поз1",
    gus("и бэ пэ восстановлен плата за ряда заменена нагрузка на инверторе в 7 00 у были с объекта передвижной "
        "дгу забрали" + IPHONE))

# ---------------- newsletter
NEWS = ("Зима близко: проверьте резервное питание до морозов\n\n"
        "Уважаемые партнёры!\n\n"
        "В ноябре–декабре нагрузка на сети растёт, а вместе с ней – число аварийных пусков ДГУ. "
        "Напоминаем, что входит в сезонное ТО:\n"
        "- проверка подогревателя охлаждающей жидкости;\n- замена стартерных АКБ старше 3 лет;\n"
        "- переход на зимнее топливо ДТ-З-32;\n- тестовый пуск под нагрузкой не менее 30 минут.\n\n"
        "За 2026 год наши бригады выполнили 9 740 выездов, из них 1 215 – ночью.\n"
        "До 30.11.2026 скидка 10 % на АКБ Leoch и CSB при заказе ТО.\n\n"
        "Звоните: +7 (383) 347-97-00\n\n"
        "Вы получили это письмо, потому что подписаны на новости АО «ЭнергоРезерв». Отписаться: "
        "https://energorezerv-nsk.ru/unsubscribe?u=omis-dispatch\n")
add(I("company newsletter (bulk mail with List-Unsubscribe)"),
    dt(20, 10, 0, 0), None, "Зима близко: проверьте резервное питание до морозов",
    multi("alternative", [leaf(NEWS, cs="utf-8", cte="quoted-printable"),
                          leaf(html_simple(NEWS), "html", "utf-8", "quoted-printable")]),
    frm=addr("ЭнергоРезерв: новости", "news@" + DOMAIN),
    extra=["List-Id: <news.energorezerv-nsk.ru>",
           "List-Unsubscribe: <https://energorezerv-nsk.ru/unsubscribe?u=omis-dispatch>,\r\n <mailto:unsubscribe@energorezerv-nsk.ru>",
           "Precedence: bulk", "X-Mailer: UniSender"], style="plain")

# ---------------- 97903 ГКБ № 11
q = dt(21, 7, 44)
add(D("97903", [], ACC, "«Пpинятa» with Latin p and a inside the Cyrillic word"),
    dt(21, 8, 11), "sorokin", "RE: Заявка 97903 ГКБ-11 передвижной ДГУ",
    sor_plain("Пpинятa. Выезд ~09:00.\nСорокин\n" + SOR_SIG + "\n" +
              outlook_ru_block(DISP_RU, q, "Сорокин Виктор Павлович <sorokin.vp@energorezerv-nsk.ru>",
                               "Заявка 97903 ГКБ-11 передвижной ДГУ") +
              "\nВиктор Павлович, срочно: ГКБ № 11, авария на вводе, нужен передвижной ДГУ.\n"
              "Поз. 1 – передвижной ДГУ, поз. 2 – подключение к ВРУ-2.\nМальцева О.А.\n"), irt=True)

add(D("97903", [], WAY, "«Наряд 97903», «08:55 выезд»; car plate К 970 ХА 154 and model AD-100 are not request numbers"),
    dt(21, 9, 1), "sorokin", "Наряд 97903 выезд",
    sor_plain("08:55 выезд. Газель К 970 ХА 154, прицеп с ДГУ АД-100С-Т400. Ориент. 09:40.\n" + SOR_SIG))

add(D("97903", [], ON, "«Нa мecтe» with Latin a/c/e; Re: subject still says «выезд»"),
    dt(21, 9, 49), "sorokin", "RE: Наряд 97903 выезд",
    sor_plain("Нa мecтe 09:45.\n" + SOR_SIG))

rr_when = dt(21, 10, 2)
add(I("read receipt (Outlook «Прочитано:», disposition-notification)"),
    dt(21, 10, 14), "sorokin", "Прочитано: Заявка 97903 – уточнение по кабелю",
    multi("report", [
        leaf("Ваше сообщение\n\n  Кому: Сорокин Виктор Павлович\n  Тема: Заявка 97903 – уточнение по кабелю\n"
             "  Отправлено: 21.11.2026 10:02\n\nбыло прочитано 21.11.2026 10:14.\n",
             cs="windows-1251", cte="quoted-printable"),
        raw("message/disposition-notification",
            "Reporting-UA: energorezerv-nsk.ru; Microsoft Outlook 16.0\n"
            "Final-Recipient: rfc822;sorokin.vp@energorezerv-nsk.ru\n"
            "Original-Message-ID: %s\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n" % msgid("disp", rr_when)),
    ], params=" report-type=disposition-notification;"))

add(D("97903", ["1", "2"], LEFT, "П1 and П2 done, 16:40 убыли; seal number 0973215 is not a request"),
    dt(21, 16, 46), "sorokin", "97903 П1 П2",
    sor_plain("П1 – передвижной ДГУ АД-100 установлен, пуск, нагрузка 62 кВт – норма.\n"
              "П2 – кабельное подключение к ВРУ-2 выполнено, опломбировано (пломба № 0973215).\n"
              "16:40 убыли.\nСорокин\n" + SOR_SIG))

add(R("thanks / paperwork (act will be sent per п. 8.1), no new status"),
    dt(23, 10, 5), "lavr", "Заявка № 97903 – благодарность за содействие",
    lavr_alt("Уважаемые коллеги!\n\n"
             "Благодарим за оперативное согласование допуска по заявке № 97903 и содействие персонала ГБУЗ НСО "
             "«ГКБ № 11» в ночь аварии. Акт выполненных работ № 219/26 и счёт будут направлены в адрес заказчика до "
             "25.11.2026 в соответствии с п. 8.1 Договора № 47-ТО/2026.\n" + LAVR_SIG))

add(I("out-of-office auto-reply of a night engineer"),
    dt(24, 9, 3), "kovalev", "Автоматический ответ: Re: 97708 акт",
    leaf("Здравствуйте!\nЯ в отпуске с 23.11.2026 по 06.12.2026.\nПо заявкам обращайтесь в дежурную смену: "
         "dezhurnyi@energorezerv-nsk.ru, +7 (383) 347-97-00.\n\nДенис Ковалёв\n", cs="utf-8", cte="base64"),
    extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"], style="plain")

# ---------------- 97052 extra / misc: voice dictation with homophones (early 97240 question is covered)


# =========================================================================== write
def build(L, n):
    who = S.get(L["who"]) if L["who"] else None
    cs = who["cs"] if who else "utf-8"
    style = L["style"] or (who["style"] if who else "plain")
    hcs = "utf-8" if style == "mobile" else cs
    frm = L["frm"] or addr(who["name"], who["email"], hcs)
    scs = cs if cs in ("windows-1251", "koi8-r") else "utf-8"
    if style == "mobile":
        scs = "utf-8"
    if style in ("outlook", "bat"):
        to = addr(DISP_NAME, DISPATCH, scs)
    else:
        to = DISPATCH
    if L["to"]:
        to = L["to"]
    when = L["when"]
    hs = ["From: " + frm, "To: " + to]
    if L["cc"]:
        hs.append("Cc: " + L["cc"])
    hs += ["Subject: " + hdr(L["subject"], scs, L["subj_mode"]), "Date: " + rfcdate(when),
           "Message-ID: " + msgid(style if style != "mobile" else "samsung", when)]
    if L["irt"]:
        ref = msgid("disp", when - datetime.timedelta(minutes=rnd.randint(5, 40)))
        hs += ["In-Reply-To: " + ref, "References: " + ref]
    if who and who.get("mailer") and style not in ("plain", "mobile"):
        hs.append("X-Mailer: " + who["mailer"])
    if style == "outlook":
        hs += ["Thread-Index: " + base64.b64encode(rnd.getrandbits(176).to_bytes(22, "big")).decode(),
               "Content-Language: ru"]
    hs += L["extra"]
    return message(hs, L["node"])


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    order = sorted(LETTERS, key=lambda L: L["when"])
    labels = {}
    for i, L in enumerate(order, 1):
        name = "%03d.eml" % i
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(build(L, i))
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(order), "letters")


if __name__ == "__main__":
    main()
