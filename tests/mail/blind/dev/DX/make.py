#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DX:
ГБУ «Автодор Оренбуржья», Оренбургский дорожный участок (Оренбург, +0500).

Writes registry.json, labels.json, letters/NNN.eml into the folder of this script.
Only the python3 standard library is used.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")

TZ5 = dt.timezone(dt.timedelta(hours=5))
TZ3 = dt.timezone(dt.timedelta(hours=3))

DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAMED = "=?utf-8?b?" + base64.b64encode("Диспетчерская ОМИС".encode()).decode() + "?= <dispatch@zakazchik-omis.ru>"

R_MAILRU = "ruslan.gaynullin87@mail.ru"
R_WORK = "r.gaynullin@avtodor56.ru"
IRINA = "i.sorokina@avtodor56.ru"
DU_BOX = "du.orenburg@avtodor56.ru"
HEAD = "s.pakhomov@avtodor56.ru"
DAEMON = "MAILER-DAEMON@avtodor56.ru"
NEWS = "news@avtodor56.ru"
SED = "sed-noreply@avtodor56.ru"

# ----------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ГБУ «Автодор Оренбуржья» (Оренбургский дорожный участок)",
        "emails": [R_MAILRU, R_WORK, IRINA, DU_BOX, HEAD, DAEMON, NEWS, SED],
        "domains": ["avtodor56.ru"],
    },
    "requests": [
        {"number": "241087", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "Ямочный ремонт, а/д Р-239: 1 – км 12+350, 2 – км 14+100, 3 – км 17+800"},
        {"number": "241154", "positions": ["1", "2"], "registered_at": "2026-11-03T10:30:00+03:00",
         "comment": "Восстановление барьерного ограждения, а/д 53К-0101: 1 – км 8+200 справа, 2 – км 9+050 слева"},
        {"number": "242310", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:40:00+03:00",
         "comment": "Прочистка водопропускных труб, а/д 53К-0301: 1 – км 22+600, 2 – км 27+150, 3 – км 31+400, 4 – км 35+020"},
        {"number": "242766", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Замена дорожных знаков: 1 – знак 2.4 на примыкании у с. Нежинка, 2 – знак 1.11.1 на Р-239 км 47"},
        {"number": "243005", "positions": ["1", "2"], "registered_at": "2026-11-10T04:50:00+03:00",
         "comment": "Снегоочистка а/д Р-240: 1 – км 0–12, 2 – км 12–25"},
        {"number": "243418", "positions": ["1"], "registered_at": "2026-11-12T13:20:00+03:00",
         "comment": "Аварийная выбоина, Р-239 км 47+600"},
        {"number": "244092", "positions": ["1"], "registered_at": "2026-11-13T08:15:00+03:00",
         "comment": "Повреждение барьерного ограждения после ДТП, 53К-1701 км 3+450"},
        {"number": "244571", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "Ямочный ремонт, 53К-0003 Обход г. Оренбурга: 1 – км 2+300, 2 – км 5+900, 3 – км 8+150"},
        {"number": "245230", "positions": ["1", "2"], "registered_at": "2026-11-17T07:30:00+03:00",
         "comment": "Отогрев замёрзших водопропускных труб, 53К-1701: 1 – км 4+700, 2 – км 6+200"},
        {"number": "246118", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T10:00:00+03:00",
         "comment": "Временные знаки на период ремонта моста, 53К-1701: 1 – поворот на Черноречье км 12+000, 2 – км 14+500, 3 – км 16+200"},
        {"number": "247402", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-22T05:00:00+03:00",
         "comment": "Снегоочистка и подсыпка ПСС: 1 – Р-239 км 0–10, 2 – Р-239 км 10–20, 3 – 53К-0101 км 0–9, 4 – 53К-1701 км 0–6"},
        {"number": "248059", "positions": ["1"], "registered_at": "2026-11-24T11:00:00+03:00",
         "comment": "Ремонт перильного ограждения моста через р. Сакмара, 53К-1701 км 31+200"},
        {"number": "249310", "positions": ["1", "2"], "registered_at": "2026-11-26T04:40:00+03:00",
         "comment": "Обработка ПГМ при гололёде: 1 – Р-240 км 14–22 (спуск), 2 – 53К-0101 км 3–8"},
    ],
}

# ----------------------------------------------------------------- helpers
WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]


def d(day, hh, mm, ss=0, tz=TZ5):
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=tz)


def h(seed, n=8):
    return hashlib.md5(seed.encode()).hexdigest()[:n]


def enc_words(s, cs, enc="B", name="Subject"):
    if s.isascii():
        return s
    c = Charset(cs)
    c.header_encoding = BASE64 if enc == "B" else QP
    return Header(s, c, header_name=name).encode(linesep="\n")


def enc_addr(name, email, cs, enc="B"):
    """Display name as ONE encoded word (mail clients do this for short names)."""
    if name.isascii():
        return f'"{name}" <{email}>'
    raw = name.encode(cs)
    if enc == "B":
        word = f"=?{cs}?B?{base64.b64encode(raw).decode()}?="
    else:
        q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else f"={b:02X}")
                    for b in raw)
        word = f"=?{cs}?Q?{q}?="
    return word + f" <{email}>"


def tpart(text, cs, cte, sub="plain", extra=""):
    raw = text.replace("\r\n", "\n").encode(cs)  # strict: fails on characters the charset lacks
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    return ([f'Content-Type: text/{sub}; charset="{cs}"{extra}', f"Content-Transfer-Encoding: {cte}"], body)


def mpart(sub, parts, boundary, params=""):
    body = b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\n" + "\n".join(ph).encode("ascii") + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return ([f"Content-Type: multipart/{sub};{params}\n\tboundary=\"{boundary}\""], body)


def build(headers, part):
    ph, pb = part
    head = "".join(f"{n}: {v}\n" for n, v in headers)
    head += "MIME-Version: 1.0\n" + "".join(x + "\n" for x in ph) + "\n"
    raw = head.encode("ascii") + pb
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def mailru_date(t):
    return f"{WD[t.weekday()]}, {t.day} {MON[t.month-1]} {t.year}, {t.hour}:{t.minute:02d} {t.strftime('%z')[:3]}:{t.strftime('%z')[3:]}"


def ru_date(t):
    return f"{t.day} {MON[t.month-1]} {t.year} г. {t.hour}:{t.minute:02d}"


def quote(text, prefix=">"):
    sep = "" if prefix.endswith(">") and not prefix[0].isalpha() else " "
    return "\n".join((prefix + sep + l) if l else prefix for l in text.split("\n"))


# customer message ids (letters the contractor replies to)
CUST = {k: f"<{h(k, 14)}.{h(k + 'x', 6)}@zakazchik-omis.ru>" for k in
        ["243418", "243418b", "242310q", "242310a", "244092", "244571q", "246118", "246118s", "248059", "cal"]}

LETTERS = []  # dicts: key, date, raw, label


def add(key, date, raw, label):
    LETTERS.append({"key": key, "date": date, "raw": raw, "label": label})


def std_headers(frm, to, subj_enc, date, mid, extra=()):
    hs = [("From", frm), ("To", to), ("Subject", subj_enc), ("Date", format_datetime(date)), ("Message-ID", mid)]
    hs += list(extra)
    return hs


# ----------------------------------------------------------------- clients
MAILRU_SIG = "\n\n--\nОтправлено из мобильной Почты Mail.ru"


def mailru(key, date, subj, body, label, quoted=None, reply_to=None, as_html=False, to=DISPATCH, under=False):
    mid = f"<{int(date.timestamp())}.{h(key, 9)}@f{300 + int(h(key, 2), 16)}.i.mail.ru>"
    extra = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[85.26.164.%d]" % (10 + int(h(key, 2), 16) % 200))]
    if reply_to:
        extra += [("In-Reply-To", reply_to), ("References", reply_to)]
    text = body + MAILRU_SIG
    if quoted and under:
        text = quoted + "\n\n" + body + MAILRU_SIG
    elif quoted:
        text += "\n\n" + quoted
    frm = enc_addr("Руслан Гайнуллин", R_MAILRU, "utf-8")
    hs = std_headers(frm, to, enc_words(subj, "utf-8"), date, mid, extra)
    if as_html:
        hb = "<HTML><BODY>" + "".join(f"<div>{html.escape(l) if l else '&nbsp;'}</div>" for l in body.split("\n"))
        hb += ('<div>&nbsp;</div><div data-signature-widget="container"><div data-signature-widget="content">'
               '<div>--<br>Отправлено из мобильной Почты Mail.ru</div></div></div><div>&nbsp;</div>')
        if quoted:
            q = "<br>".join(html.escape(l.lstrip(">")) for l in quoted.split("\n"))
            hb += ('<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
                   + q + "</blockquote>")
        hb += "</BODY></HTML>"
        part = mpart("alternative", [tpart(text, "utf-8", "base64"), tpart(hb, "utf-8", "base64", "html")],
                     "--ALT--" + h(key, 16).upper() + "1")
    else:
        part = tpart(text, "utf-8", "base64")
    add(key, date, build(hs, part), label)


K9_SIG = "\n\n-- \nОтправлено с Android-устройства с помощью K-9 Mail. Извините за краткость."


def k9(key, date, subj, body, label, quoted=None, reply_to=None):
    mid = f"<{h(key, 8).upper()}-{h(key + '1', 4).upper()}-{h(key + '2', 4).upper()}-{h(key + '3', 12).upper()}@avtodor56.ru>"
    extra = [("User-Agent", "K-9 Mail for Android")]
    if reply_to:
        extra += [("In-Reply-To", reply_to), ("References", reply_to)]
    text = body + K9_SIG
    if quoted:
        text += "\n\n" + quoted
    frm = enc_addr("Руслан Гайнуллин", R_WORK, "utf-8", "Q")
    hs = std_headers(frm, DISPATCH, enc_words(subj, "utf-8", "Q"), date, mid, extra)
    add(key, date, build(hs, tpart(text, "utf-8", "quoted-printable", extra="; format=flowed")), label)


SIG_I = """С уважением,
Сорокина Ирина Валерьевна
диспетчер Оренбургского дорожного участка
ГБУ «Автодор Оренбуржья»
тел. +7 (3532) 44-17-90, доб. 215
моб. +7 987 114-62-39"""

SIG_DU = """Дежурный диспетчер
Оренбургский дорожный участок ГБУ «Автодор Оренбуржья»
Сорокина И.В.
+7 (3532) 44-17-90"""

OL_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
           '<head><meta http-equiv=Content-Type content="text/html; charset={cs}">'
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}\n'
           'table.MsoTableGrid {{border-collapse:collapse;}}\n'
           '--></style></head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n')


def ol_html(blocks, cs):
    out = OL_HEAD.format(cs=cs)
    for b in blocks:
        if b[0] == "p":
            for line in b[1].split("\n"):
                out += f"<p class=MsoNormal>{html.escape(line) if line else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n"
            out += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        elif b[0] == "table":
            out += '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">\n'
            for i, row in enumerate(b[1]):
                out += "<tr>"
                for cell in row:
                    c = html.escape(cell)
                    if i == 0:
                        c = f"<b>{c}</b>"
                    out += (f'<td valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                            f"<p class=MsoNormal>{c}<o:p></o:p></p></td>")
                out += "</tr>\n"
            out += "</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        elif b[0] == "quotehdr":  # Outlook reply header block
            out += ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                    "<p class=MsoNormal>" + "<br>".join(
                        f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in b[1]) + "<o:p></o:p></p></div></div>\n")
        elif b[0] == "raw":
            out += b[1]
    out += "</div></body></html>\n"
    return out


def ol_text(blocks):
    parts = []
    for b in blocks:
        if b[0] == "p":
            parts.append(b[1])
        elif b[0] == "table":
            parts.append("\n".join("\t".join(r) for r in b[1]))
        elif b[0] == "quotehdr":
            parts.append("\n".join(f"{k} {v}" for k, v in b[1]))
    return "\n\n".join(parts) + "\n"


def outlook(key, date, subj, blocks, label, mode="alt", shared=False, cs="windows-1251", cte="quoted-printable",
            cc=None, reply_to=None, text_override=None):
    mid = f"<{h(key, 12)}${h(key + 'a', 8)}${h(key + 'b', 8)}@avtodor56.ru>"
    tix = base64.b64encode(hashlib.sha1(key.encode()).digest()[:22]).decode()
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tix), ("Content-Language", "ru")]
    if cc:
        extra.insert(0, ("Cc", cc))
    if reply_to:
        extra += [("In-Reply-To", reply_to), ("References", reply_to)]
    if shared:
        frm = enc_addr("Диспетчер Оренбургского ДУ", DU_BOX, cs)
    else:
        frm = enc_addr("Сорокина Ирина Валерьевна", IRINA, cs)
    hs = std_headers(frm, DISPATCH_NAMED, enc_words(subj, cs), date, mid, extra)
    text = text_override if text_override is not None else ol_text(blocks)
    if mode == "text":
        part = tpart(text, cs, cte)
    elif mode == "html":
        part = tpart(ol_html(blocks, cs), cs, cte, "html")
    else:
        part = mpart("alternative", [tpart(text, cs, cte), tpart(ol_html(blocks, cs), cs, cte, "html")],
                     "----=_NextPart_000_" + h(key, 4).upper() + "_01DB" + h(key + "z", 4).upper() + "." + h(key + "y", 8).upper())
    add(key, date, build(hs, part), label)


SIG_H = """-- 
С уважением,
начальник Оренбургского дорожного участка
ГБУ "Автодор Оренбуржья"
Пахомов Сергей Викторович
тел. +7 (3532) 44-17-81
460021, г. Оренбург, ул. Шоссейная, 24а
ИНН 5610087452 / КПП 561001001"""


def bat(key, date, subj, body, label, reply_to=None, extra_hdr=(), sig=True):
    mid = f"<{int(h(key, 8), 16) % 2000000000}.{date.strftime('%Y%m%d%H%M%S')}@avtodor56.ru>"
    extra = [("X-Mailer", "The Bat! (v9.4.5) Professional"), ("Reply-To", HEAD)]
    if reply_to:
        extra += [("In-Reply-To", reply_to), ("References", reply_to)]
    extra += list(extra_hdr)
    frm = enc_addr("Пахомов Сергей Викторович", HEAD, "koi8-r")
    hs = std_headers(frm, DISPATCH, enc_words(subj, "koi8-r"), date, mid, extra)
    text = body + ("\n\n" + SIG_H if sig else "")
    add(key, date, build(hs, tpart(text, "koi8-r", "8bit")), label)


def lab(expect, note, request=None, positions=None, status=None):
    x = {"expect": expect}
    if expect == "decided":
        x.update({"request": request, "positions": positions, "status": status})
    x["note"] = note
    return x


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# =================================================================== 241087
outlook("A1", d(2, 11, 52), "Заявка № 241087 – принята в работу", [
    ("p", "Добрый день!"),
    ("p", "Сообщаем, что заявка № 241087 от 02.11.2026 (ямочный ремонт покрытия, а/д Р-239 «Казань – Оренбург – Акбулак – "
          "граница с Республикой Казахстан», км 12+350, км 14+100, км 17+800) принята в работу."),
    ("p", "Ответственный – мастер Гайнуллин Руслан Ринатович, тел. +7 922 845-31-07.\n"
          "Выезд бригады планируем 03.11 с 07:30, горячая смесь заказана на АБЗ № 2."),
    ("p", SIG_I)], lab("decided", "accepted; planned departure time is only a plan; positions given as km, not numbered -> whole request",
                       "241087", [], ACC), cc=R_MAILRU)

mailru("A2", d(3, 7, 48), "241087",
       "выехали на р-239, 5 чел, КДМ гар 214 + каток гар 92. будем к 9",
       lab("decided", "'выехали на р-239' = on the way; garage numbers 214/92 are not requests", "241087", [], WAY))

mailru("A3", d(3, 9, 7), "241087 поз 1",
       "прибыли 9:05 на км 12+350, начинаем вырубку. -3°, сухо\nРуслан",
       lab("decided", "arrived at position 1 (subject 'поз 1'); km/temperature are noise", "241087", ["1"], ON))

mailru("A3r", d(3, 13, 55), "241087",
       "по 3й поз км 17+800 сегодня не успеем, смесь кончилась, на АБЗ до завтра до 8:00 не отгружают. сделаем 04.11 с утра",
       lab("review", "only a plan/excuse for position 3, no status reported"))

A4_ROWS = [["Поз.", "Участок", "Вид работ", "Объём", "Отметка"],
           ["1", "км 12+350", "ямочный ремонт горячей смесью", "18,5 м²", "выполнено, бригада убыла 13:10"],
           ["2", "км 14+100", "ямочный ремонт горячей смесью", "11,2 м²", "выполнено, убытие 15:40"],
           ["3", "км 17+800", "–", "–", "перенос на 04.11 (нет смеси)"]]
A4_BLOCKS = [
    ("p", "Добрый день!"),
    ("p", "Информация по заявке № 241087 (а/д Р-239) за 03.11.2026:"),
    ("table", A4_ROWS),
    ("p", "Погода: -2…-4°, без осадков. Израсходовано смеси 3,4 т (паспорт АБЗ № 1187)."),
    ("p", SIG_I)]
outlook("A4", d(3, 16, 25), "Отчёт по заявке 241087 за 03.11.2026", A4_BLOCKS,
        lab("decided", "HTML table: positions 1 and 2 done and left; position 3 postponed (plan only)",
            "241087", ["1", "2"], OFF), cs="utf-8", cc=R_MAILRU)

a4q = f">{mailru_date(d(3, 16, 25))} от Сорокина Ирина Валерьевна < {IRINA} >:\n>\n" + quote(ol_text(A4_BLOCKS).rstrip())
mailru("A5", d(4, 12, 40), "Re: Отчёт по заявке 241087 за 03.11.2026",
       "3я тоже готово, на 17+800 заделали 7 м2, смеси ушло ещё 3 т. собрались, едем на базу",
       lab("decided", "reply-all under Irina's report: now position 3 done, 'едем на базу' = left the site; quoted table is old",
           "241087", ["3"], OFF), quoted=a4q)

# =================================================================== 241154
bat("B1", d(3, 14, 12), "Заявка 241154 - подтверждение",
    """Уважаемые коллеги!

Подтверждаем принятие к исполнению заявки N 241154 от 03.11.2026 на восстановление
металлического барьерного ограждения на автомобильной дороге 53К-0101
(км 8+200 справа, км 9+050 слева).

Работы выполняются в рамках государственного контракта N 0853500000326000412
от 12.01.2026. Ориентировочный срок выполнения - 05.11.2026.""",
    lab("decided", "formal acceptance by the section head; contract number is noise", "241154", [], ACC))

k9("B2", d(5, 8, 5), "барьерка 241154",
   "Выдвинулись на 53К-0101, два борта: КамАЗ-манипулятор гос Н 482 ТО 56 и ГАЗон гар 117 с секциями. Будем минут через 50.",
   lab("decided", "'выдвинулись на' + ETA = on the way; plate and garage number are noise", "241154", [], WAY))

B2_Q = f"5 ноября 2026 г. 8:05:11 GMT+05:00, Руслан Гайнуллин <{R_WORK}> пишет:\n>Выдвинулись на 53К-0101, два борта: КамАЗ-манипулятор гос Н 482 ТО 56 и ГАЗон гар 117 с секциями. Будем минут через 50."
k9("B3", d(5, 12, 50), "Re: барьерка 241154",
   "п.1 (км 8+200) - заменили 4 секции и 6 стоек, всё. с 8+200 снялись. вторую после обеда начнём\n\nРуслан",
   lab("decided", "п.1 finished and crew left it; position 2 only planned", "241154", ["1"], OFF), quoted=B2_Q)

outlook("B4", d(5, 17, 26), "FW: 241154 поз2", [
    ("p", "Пересылаю сообщение мастера по заявке 241154."),
    ("p", "Сорокина И.В., диспетчер ОДУ, +7 (3532) 44-17-90"),
    ("quotehdr", [("От:", f"Руслан Гайнуллин [mailto:{R_MAILRU}]"),
                  ("Отправлено:", "5 ноября 2026 г. 17:08"),
                  ("Кому:", f"Сорокина Ирина Валерьевна <{IRINA}>"),
                  ("Тема:", "241154 поз2")]),
    ("p", "поз2 км 9+050 сделали, 3 секции + световозвращатели КД-4 12 шт. уехали в 17:05\n\n--\nОтправлено из мобильной Почты Mail.ru")],
    lab("decided", "Outlook forward of the foreman's message: position 2 done, crew left at 17:05", "241154", ["2"], OFF))

bat("B5", d(6, 10, 4), "О выполнении заявки N 241154",
    """Уважаемые коллеги!

Сообщаем, что работы по заявке N 241154 (53К-0101, восстановление барьерного
ограждения) выполнены в полном объеме 05.11.2026, бригада с объекта убыла.

Всего заменено 7 секций ограждения 11ДО, 6 стоек, установлено 12 световозвращателей.
Акт о приемке выполненных работ N 47 от 06.11.2026 будет направлен отдельным письмом.""",
    lab("decided", "formal completion letter: whole request done, crew left; act number 47 is noise", "241154", [], OFF))

# =================================================================== 242310
outlook("C1", d(5, 11, 31), "242310 принята", [
    ("p", "Добрый день!"),
    ("p", "Взяли в работу заявку 242310 (прочистка водопропускных труб, а/д 53К-0301, 4 позиции). Выезд 06.11 утром, "
          "илососная машина КО-560 забронирована."),
    ("p", SIG_I)], lab("decided", "HTML-only letter: request taken into work", "242310", [], ACC), mode="html")

mailru("C2", d(6, 7, 40), "242310 трубы",
       "выехали. камаз гар 305 + илосос КО-560 гар 311, на месте будем ~9:30. -5",
       lab("decided", "left base, ETA 9:30 -> on the way", "242310", [], WAY))

mailru("C3", d(6, 9, 55), "242310-1",
       "на трубе, км 22+600. ф1000, забита на 2/3 илом и ветками, вход подтоплен. работаем",
       lab("decided", "position after dash in subject; 'на трубе ... работаем' = on site", "242310", ["1"], ON))

C4_TEXT = ("по 4й позиции (км 35+020) - по фото с весеннего обследования там оголовок разрушен, откосные стенки лежат в русле. "
           "делаем только чистку или оголовок тоже? кто согласует объем?")
mailru("C4", d(6, 12, 30), "242310 4 поз вопрос", C4_TEXT,
       lab("review", "question about scope for position 4, no status"))

C4_ANS = "Только прочистка. Оголовок – отдельной заявкой после обследования.\n\nДежурный диспетчер ОМИС Ковалёва Н.А."
outlook("C4t", d(6, 14, 10), "RE: 242310 4 поз вопрос", [
    ("p", "Спасибо, информацию получили, мастеру передала."),
    ("p", "Сорокина И.В."),
    ("quotehdr", [("От:", f"Диспетчерская ОМИС [mailto:{DISPATCH}]"),
                  ("Отправлено:", "пятница, 6 ноября 2026 г. 13:55"),
                  ("Кому:", f"ruslan.gaynullin87@mail.ru; Сорокина Ирина Валерьевна <{IRINA}>"),
                  ("Тема:", "Re: 242310 4 поз вопрос")]),
    ("p", C4_ANS)],
    lab("review", "acknowledgement of the customer's answer, reports nothing"), reply_to=CUST["242310q"])

C5_ROWS = [["Позиция", "Участок", "Труба", "Выполнено", "Отметка"],
           ["1", "км 22+600", "ж/б ф1000", "прочищено 14 м.п., вывезено 3,5 куб.м наносов", "убыли 11:40"],
           ["2", "км 27+150", "ж/б ф800", "прочищено 18 м.п.", "убыли 15:30"],
           ["3", "км 31+400", "ж/б ф1000", "не начинали", "перенос на 07.11"],
           ["4", "км 35+020", "2 трубы ф1200", "только прочистка (по согласованию с ОМИС)", "перенос на 07.11"]]
outlook("C5", d(6, 17, 5), "242310 – итоги 06.11", [
    ("p", "Добрый вечер!"),
    ("p", "Заявка 242310, а/д 53К-0301, состояние на 17:00 06.11.2026:"),
    ("table", C5_ROWS),
    ("p", SIG_I)], lab("decided", "table: positions 1 and 2 cleaned and crew left; 3 and 4 postponed",
                       "242310", ["1", "2"], OFF))

C6_Q = (f">{mailru_date(d(6, 11, 55, tz=TZ3))} от Диспетчерская ОМИС < {DISPATCH} >:\n>\n"
        + quote(C4_ANS) + f"\n>\n>>{mailru_date(d(6, 12, 30))} от Руслан Гайнуллин < {R_MAILRU} >:\n" + quote(C4_TEXT, ">>"))
mailru("C6", d(7, 15, 20), "Re: 242310 4 поз вопрос",
       "3 и 4 сделали, на 4й только чистка как сказали. свернулись, уехали",
       lab("decided", "positions 3 and 4 done, 'свернулись, уехали'; quoted question ignored", "242310", ["3", "4"], OFF),
       quoted=C6_Q, reply_to=CUST["242310q"])

# =================================================================== 242766
outlook("D1", d(9, 12, 10), "Заявка 242766", [
    ("p", "Добрый день."),
    ("p", "Заявка 242766 (замена дорожных знаков) принята. Знаки 2.4 – 1 шт., 1.11.1 – 1 шт. получены со склада, "
          "стойки СКМ-3,5 в наличии. Установка 11.11."),
    ("p", SIG_I)], lab("decided", "plain-text cp1251 acceptance; sign codes 2.4/1.11.1 are not positions", "242766", [], ACC),
    mode="text")

mailru("D2", d(11, 10, 20), "242766 (1)",
       "у нежинки на месте. 2.4 сбит, стойку погнуло, меняем стойку целиком. т -1",
       lab("decided", "position in brackets in subject; on site", "242766", ["1"], ON))

mailru("D3", d(11, 14, 35), "242766 знаки",
       "по второй позиции на 47 км 1.11.1 поставили, забетонировали, уехали. первую тоже закончили ещё в 12\nРуслан",
       lab("decided", "both positions finished ('по второй позиции ... уехали', 'первую тоже закончили')",
           "242766", ["1", "2"], OFF))

mailru("D3r", d(11, 16, 5), "242766 поз 3",
       "242766 поз 3 - на перекрёстке у заправки 5.19.1 покосился, выправили заодно, стоит ровно",
       lab("review", "request 242766 has no position 3"))

# =================================================================== 243005
mailru("E0", d(10, 7, 2), "243005",
       "по 243005 пока не выехали, грейдер гар 36 не заводится, -12°, греем. КДМ стоит ждёт. как тронемся напишу",
       lab("review", "negation: not yet departed"))

mailru("E1", d(10, 7, 51), "Re: 243005",
       "ВЫЕХАЛИ НА Р-240. КДМ ГАР 214 + ГРЕЙДЕР ДЗ-98 ГАР 36. ПОЗЫВНОЙ СОКОЛ-3, 4 КАНАЛ",
       lab("decided", "caps: departed for Р-240; call sign/channel are noise", "243005", [], WAY))

mailru("E3", d(10, 8, 44), "243005 поз1",
       "работаем по 1-й, км 0-12, снега 15 см, идём в два прохода. на 2-ю после обеда",
       lab("decided", "working on position 1 = on site; position 2 only planned", "243005", ["1"], ON), as_html=True)

outlook("E4", d(10, 17, 10), "Снегоочистка Р-240 (243005) – завершение", [
    ("p", "Добрый вечер!"),
    ("p", "Р-240 «Уфа – Оренбург», км 0–25 (243005), поз. 1, 2 – снегоочистка и подсыпка завершены в 16:20, "
          "техника (КДМ гар. 214, грейдер гар. 36) вернулась на базу в 16:55. Израсходовано ПСС 8 т."),
    ("p", SIG_DU)], lab("decided", "number in brackets after the road; positions 1,2 finished, machines back at base",
                        "243005", ["1", "2"], OFF), shared=True)

# =================================================================== 243418
F_ORIG_SUBJ = "Заявка 243418 — аварийная выбоина Р-239 км 47+600"
F_ORIG = """Добрый день!
Просим принять аварийную заявку № 243418.
Р-239, км 47+600, правая полоса по ходу на Акбулак, выбоина ок. 2 м², глубина до 15 см, есть ДТП с повреждением колёс.
Срок устранения опасности – 4 часа с момента подачи.

Дежурный диспетчер ОМИС
Ковалёва Наталья Андреевна
тел. +7 (3532) 90-11-24"""
outlook("F1", d(12, 15, 31), "RE: " + F_ORIG_SUBJ, [
    ("p", "Заявку приняли в работу. Мастер Гайнуллин Р.Р. (+7 922 845-31-07) подтвердит выезд отдельно."),
    ("p", SIG_I),
    ("quotehdr", [("От:", f"Диспетчерская ОМИС [mailto:{DISPATCH}]"),
                  ("Отправлено:", "четверг, 12 ноября 2026 г. 15:20"),
                  ("Кому:", f"Сорокина Ирина Валерьевна <{IRINA}>; {R_MAILRU}"),
                  ("Тема:", F_ORIG_SUBJ)]),
    ("p", F_ORIG)], lab("decided", "accepted; departure to be confirmed later (no departure yet)", "243418", [], ACC),
    reply_to=CUST["243418"], cs="utf-8")

mailru("F2", d(12, 15, 58), "Re: " + F_ORIG_SUBJ, "едем, будем минут через 40",
       lab("decided", "number only in Re: subject/quote; 'едем, будем через 40 минут' = on the way", "243418", [], WAY),
       quoted=f">{mailru_date(d(12, 13, 20, tz=TZ3))} от Диспетчерская ОМИС < {DISPATCH} >:\n>\n" + quote(F_ORIG),
       reply_to=CUST["243418"])

F3_Q = (f">{mailru_date(d(12, 14, 2, tz=TZ3))} от Диспетчерская ОМИС < {DISPATCH} >:\n>\n>Принято, ждём информацию о прибытии.\n>\n"
        f">>{mailru_date(d(12, 15, 58))} от Руслан Гайнуллин < {R_MAILRU} >:\n>>едем, будем минут через 40")
mailru("F3", d(12, 16, 45), "Re[2]: " + F_ORIG_SUBJ,
       "на месте. 51.7682, 55.0969\nвыбоина 2х1,2 м, глубина 12 см. огородили, знаки 1.25 и 3.24 выставили, начинаем",
       lab("decided", "on site; GPS coordinates and sign codes are noise", "243418", [], ON),
       quoted=F3_Q, reply_to=CUST["243418b"], as_html=True)

mailru("F4", d(12, 18, 22), "243418",
       "выбоину заделали холодным асфальтом, 2,4 м², ограждение сняли, \u0443были с 47 км в 18:10, всё".replace("\u0443были", "yбыли"),
       lab("decided", "'yбыли с 47 км' (Latin y) = left the site", "243418", [], OFF))

# =================================================================== 244092
G_SUBJ = "Заявка № 244092 — повреждение барьерного ограждения 53К-1701 км 3+450 (ДТП)"
G_ORIG = """Добрый день!
На а/д 53К-1701, км 3+450 (слева) в результате ДТП повреждено металлическое барьерное ограждение ~24 м.
Просим восстановить. Заявка № 244092.

Дежурный диспетчер ОМИС Ковалёва Н.А."""
bat("G0", d(13, 10, 16), "Автоответ: " + G_SUBJ.replace("№", "N").replace("—", "-"),
    """Здравствуйте!

Я нахожусь в командировке до 16.11.2026 включительно, доступ к почте ограничен.
По вопросам заявок обращайтесь к диспетчеру участка Сорокиной И.В.,
тел. +7 (3532) 44-17-90, или к мастеру Гайнуллину Р.Р., тел. +7 922 845-31-07.

Это сообщение отправлено автоматически.""",
    lab("ignored", "out-of-office auto-reply (Auto-Submitted: auto-replied)"), reply_to=CUST["244092"],
    extra_hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")], sig=False)

g1_quote_html = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal>'
                 f"<b>От:</b> Диспетчерская ОМИС &lt;{DISPATCH}&gt;<br><b>Отправлено:</b> пятница, 13 ноября 2026 г. 10:15<br>"
                 f"<b>Кому:</b> {IRINA}; {HEAD}<br><b>Тема:</b> {html.escape(G_SUBJ)}</p></div></div>"
                 + "".join(f"<p class=MsoNormal>{html.escape(l) if l else '&nbsp;'}</p>" for l in G_ORIG.split("\n")))
outlook("G1", d(13, 10, 48), "RE: " + G_SUBJ, [
    ("p", "Добрый день!"),
    ("p", "Заявка № 244092 принята в работу. Секции 11ДО и стойки в наличии, бригада будет направлена "
          "после оформления ДТП сотрудниками ГИБДД."),
    ("p", SIG_I),
    ("raw", g1_quote_html)],
    lab("decided", "HTML-only (base64) acceptance; crew 'будет направлена' is future", "244092", [], ACC),
    mode="html", cte="base64", reply_to=CUST["244092"])

k9("G2", d(13, 12, 10), "244092 выехали",
   "выехали на 53к-1701, манипулятор гар 117, секций 8 шт погрузили",
   lab("decided", "departed for the site", "244092", [], WAY))

k9("G3", d(13, 13, 5), "Re: 244092 выехали",
   "на месте с 12:55. ДПС ещё оформляет, машину не убрали, ждём".replace("на месте", "н\u0061 м\u0065ст\u0065"),
   lab("decided", "Re: subject still says 'выехали' but body says on site since 12:55 (Latin a/e inside 'на месте')",
       "244092", [], ON),
   quoted=f"13 ноября 2026 г. 12:10:00 GMT+05:00, Руслан Гайнуллин <{R_WORK}> пишет:\n>выехали на 53к-1701, манипулятор гар 117, секций 8 шт погрузили")

bat("G4", d(13, 17, 2), "Fwd: наряд 244092",
    f"""Здравствуйте.

Направляю для сведения сообщение мастера по заявке 244092.

===8<==============Original message text===============
From: Руслан Гайнуллин <{R_WORK}>
To: Пахомов Сергей Викторович <{HEAD}>
Date: Fri, 13 Nov 2026 16:48:20 +0500
Subject: наряд 244092

наряд 244092 готово. поставили 8 секций, 4 стойки, консоли-амортизаторы.
мусор после ДТП вывезли. бригада освободилась, едем на базу

===8<===========End of original message text===========""",
    lab("decided", "The Bat! forward of the foreman's report: done, crew free, going to base", "244092", [], OFF))

# =================================================================== 244571
outlook("H1", d(16, 11, 20), "Заявка 244571 – принята", [
    ("p", "Уважаемые коллеги!"),
    ("p", "Заявка 244571 (ямочный ремонт, 53К-0003 «Обход г. Оренбурга», три участка) принята. Выезд 17.11 в 08:00, "
          "смесь 5 т заказана на АБЗ № 2 (п. им. Ленина)."),
    ("p", SIG_I)], lab("decided", "accepted; AБЗ № 2 is not a position", "244571", [], ACC))

mailru("H2", d(17, 7, 50), "244571",
       "выдвигаемся на объездную, 3 участка, смеси взяли 5 т на абз 2. каток гар 92 своим ходом",
       lab("decided", "'выдвигаемся на объездную' = setting off now, on the way", "244571", [], WAY))

H_Q_SUBJ = "244571 — когда прибытие?"
H_Q = "Руслан, добрый день. По 244571 когда прибытие бригады? Нужно время для журнала.\n\nКовалёва Н.А."
# bounce: customer's question sent also to a misspelled work address
orig = build([("From", DISPATCH_NAMED), ("To", f"r.gainullin@avtodor56.ru, {R_MAILRU}"),
              ("Subject", enc_words(H_Q_SUBJ, "utf-8")), ("Date", format_datetime(d(17, 7, 30, 44, tz=TZ3))),
              ("Message-ID", CUST["244571q"])], tpart(H_Q, "utf-8", "base64"))
notice = """This is the mail system at host mx.avtodor56.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.gainullin@avtodor56.ru>: unknown user: "r.gainullin"
"""
dsn = """Reporting-MTA: dns; mx.avtodor56.ru
X-Postfix-Queue-ID: 4Q7ZkL2b3Tz1x
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: Tue, 17 Nov 2026 09:30:58 +0500 (+05)

Final-Recipient: rfc822; r.gainullin@avtodor56.ru
Original-Recipient: rfc822;r.gainullin@avtodor56.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "r.gainullin"
"""
bounce_part = mpart("report", [
    (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice.encode()),
    (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn.encode()),
    (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig.replace(b"\r\n", b"\n")),
], "4Q7ZkL2b3Tz1x.1795415459/mx.avtodor56.ru", " report-type=delivery-status;")
add("Hb", d(17, 9, 31), build([
    ("From", "MAILER-DAEMON@avtodor56.ru (Mail Delivery System)"), ("To", DISPATCH),
    ("Subject", "Undelivered Mail Returned to Sender"), ("Date", format_datetime(d(17, 9, 31, 1))),
    ("Message-ID", "<20261117043101.6E1A81C0B2F@mx.avtodor56.ru>"), ("Auto-Submitted", "auto-replied")], bounce_part),
    lab("ignored", "delivery failure report (bounce) of the customer's own question"))

mailru("H3", d(17, 9, 40), "Re: " + H_Q_SUBJ,
       "прибытие было в 9:15, уже работаем на второй км 5+900, первую и третью потом",
       lab("decided", "reply written under the quote; Re: subject is a question, body: arrival at 9:15, working at position 2 -> on site",
           "244571", ["2"], ON), reply_to=CUST["244571q"], under=True,
       quoted=f">{mailru_date(d(17, 7, 30, tz=TZ3))} от Диспетчерская ОМИС < {DISPATCH} >:\n>\n" + quote(H_Q))

H4_ROWS = [["п.", "Участок", "Объём", "Убытие"],
           ["1", "км 2+300", "9,8 кв.м", "16:50"],
           ["2", "км 5+900", "14,0 кв.м", "12:20"],
           ["3", "км 8+150", "6,1 кв.м", "14:30"]]
outlook("H4", d(17, 17, 30), "244571 – отчёт", [
    ("p", "Добрый день!"),
    ("p", "По заявке 244571 (53К-0003) ямочный ремонт выполнен на всех участках:"),
    ("table", H4_ROWS),
    ("p", "Смесь а/б горячая тип Б, 3,6 т. Температура воздуха -1°."),
    ("p", SIG_I)], lab("decided", "table with departure time for each of positions 1-3", "244571", ["1", "2", "3"], OFF))

outlook("Hs", d(17, 18, 5), "Сводка ОДУ за 17.11.2026", [
    ("p", "Добрый вечер!"),
    ("p", "Сводка по участку за 17.11.2026:\n"
          "244571 – ямочный ремонт на Обходе выполнен, бригада на базе;\n"
          "245230 – бригада в пути (выезд 17:40, ППУ гар. 508 с Сакмарского участка)."),
    ("p", SIG_I)], lab("review", "daily summary covering two different requests"), mode="text")

# =================================================================== 245230
mailru("J1", d(17, 9, 52), "245230",
       "принял. ППУА гар 412 в ремонте, ищу замену, по выезду отпишусь",
       lab("decided", "'принял' = accepted; the rest is a promise", "245230", [], ACC))

mailru("J2", d(17, 17, 40), "245230 едем",
       "ППУ дали с Сакмарского участка гар 508, едем. -9, метёт",
       lab("decided", "'едем' = on the way", "245230", [], WAY))

mailru("J3", d(17, 18, 25), "Fwd: 245230 первая труба",
       "вот от Лёши по 245230\n\n\n-------- Пересылаемое сообщение --------\n"
       "17.11.2026, 18:21, \"Киселёв Алексей\" <a.kiselev@avtodor56.ru>:\n\n"
       "Руслан, стоим на первой трубе км 4+700, начали прогрев, давление 8 атм. вход забит льдом полностью\n\n"
       "-------- Конец пересылаемого сообщения --------",
       lab("decided", "Mail.ru forward of the ППУ operator's message: on site at the first pipe", "245230", ["1"], ON))

mailru("J4", d(17, 21, 15), "245230",
       "поз 1 и 2 отогрели, вода пошла, уехали на базу. т -11",
       lab("decided", "both positions done, left for base", "245230", ["1", "2"], OFF))

# =================================================================== 246118
K_SUBJ = "Заявка 246118 на установку временных дорожных знаков"
rr_text = f"""Ваше сообщение

  Кому: {IRINA}
  Тема: {K_SUBJ}
  Отправлено: 19.11.2026 12:00

было прочитано 19.11.2026 12:02.
"""
mdn = f"""Reporting-UA: avtodor56.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;{IRINA}
Original-Message-ID: {CUST['246118']}
Disposition: manual-action/MDN-sent-manually; displayed
"""
rr = mpart("report", [tpart(rr_text, "windows-1251", "quoted-printable"),
                      (["Content-Type: message/disposition-notification"], mdn.encode())],
           "----=_NextPart_000_0A11_01DB5A2E.7C3D9F40", " report-type=disposition-notification;")
add("Kr", d(19, 12, 2), build([
    ("From", enc_addr("Сорокина Ирина Валерьевна", IRINA, "windows-1251")), ("To", DISPATCH_NAMED),
    ("Subject", enc_words("Прочитано: " + K_SUBJ, "windows-1251")), ("Date", format_datetime(d(19, 12, 2, 17))),
    ("Message-ID", "<000a01db5a2e$7c3d9f40$74b8ddc0$@avtodor56.ru>"), ("X-Mailer", "Microsoft Outlook 16.0"),
    ("In-Reply-To", CUST["246118"])], rr), lab("ignored", "Outlook read receipt (disposition-notification)"))

K_ORIG = """Добрый день!
Просим установить временные дорожные знаки на период ремонта моста ч/з р. Каргалка, а/д 53К-1701:
1 - поворот на Черноречье (км 12+000): 1.25, 3.24 (40);
2 - км 14+500: 1.20.2, 3.20;
3 - км 16+200: 1.25, 3.24 (40), 3.20.
Дежурный диспетчер Ковалева Н.А."""
bat("K1", d(19, 12, 40), "Re: " + K_SUBJ,
    "Здравствуйте, Диспетчерская.\n\nЗаявка N 246118 принята к исполнению. Установка временных знаков будет выполнена\n"
    "20.11.2026 при наличии согласованной схемы организации дорожного движения.\n\n"
    "Вы писали 19 ноября 2026 г., 12:00:14:\n\n" + quote(K_ORIG, "ДО>"),
    lab("decided", "formal acceptance; quoted request (initials prefix ДО>) lists positions but reply names none",
        "246118", [], ACC), reply_to=CUST["246118"])

outlook("K3", d(20, 7, 50), "246118 – схема ОДД", [
    ("p", "Доброе утро!"),
    ("p", "По заявке 246118 прошу направить схему организации движения, согласованную с ОГИБДД. Без подписи инспектор "
          "установку знаков на 53К-1701 не разрешает (вчера созванивались, инспектор Жумабаев, тел. +7 905 846-22-10). "
          "Бригада с 07:30 ожидает на базе, знаки погружены."),
    ("p", SIG_I)], lab("review", "request for a document; crew waiting at base, no status"), mode="text")

K2_TEXT = f"""Схему получили, спасибо. Выезд бригады – 09:35 (ГАЗ-3309 гар. 58, гос. № В 615 КМ 56).

Сорокина И.В.

-----Original Message-----
From: Диспетчерская ОМИС [mailto:{DISPATCH}] 
Sent: Friday, November 20, 2026 9:24 AM
To: Сорокина Ирина Валерьевна <{IRINA}>
Subject: Re: 246118 – схема ОДД

Схема во вложении, согласована ОГИБДД 19.11, исх. 18/4-2261.
"""
outlook("K2", d(20, 9, 40), "RE: 246118 – схема ОДД", [], 
        lab("decided", "noun 'Выезд бригады – 09:35' = on the way; -----Original Message----- quote; plate/garage noise",
            "246118", [], WAY), mode="text", text_override=K2_TEXT, reply_to=CUST["246118s"])

k9("K4", d(20, 13, 30), "246118",
   "П1 и П2 поставили, сфоткал. П3 - 3.20 на складе не оказалось, завтра довезём и поставим",
   lab("decided", "П1, П2 finished; П3 only planned", "246118", ["1", "2"], OFF))

k9("K5", d(21, 11, 5), "246118 (3)",
   "поставили 3.20 и 1.25 на 16+200, готово. уезжаем",
   lab("decided", "position 3 in brackets; done, leaving", "246118", ["3"], OFF))

# =================================================================== 247402
outlook("L1", d(22, 7, 20), "Заявка 247402", [
    ("p", "Заявка 247402 принята. Задействуем 3 КДМ (гар. 214, 215, 218) и фронтальный погрузчик."),
    ("p", SIG_DU)], lab("decided", "weekend acceptance from the shared dispatcher box", "247402", [], ACC),
    shared=True, mode="text")

mailru("L2", d(22, 7, 45), "247402",
       "выехали с базы 3 кдм 214 215 218 + погрузчик. на связи по рации Сокол-1",
       lab("decided", "'выехали с базы' = left the base, travelling to the site", "247402", [], WAY))

mailru("L3", d(22, 8, 50), "Re: 247402",
       "на месте по 1й и 2й поз, р-239 от 0 до 20 км. плужим, сыпем ПСС. -7, ветер",
       lab("decided", "on site at positions 1 and 2", "247402", ["1", "2"], ON))

outlook("L4", d(22, 13, 40), "247402 – промежуточно", [
    ("p", "Промежуточная информация по заявке 247402 на 13:30:"),
    ("table", [["Поз.", "Участок", "Состояние"],
               ["1", "Р-239 км 0–10", "выполнено, техника убыла 13:10"],
               ["2", "Р-239 км 10–20", "выполнено, техника убыла 13:10"],
               ["3", "53К-0101 км 0–9", "работы ведутся"],
               ["4", "53К-1701 км 0–6", "работы ведутся"]]),
    ("p", SIG_DU)], lab("review", "different statuses for different positions (1,2 left; 3,4 on site)"), shared=True)

outlook("L5", d(22, 18, 30), "Завершение работ по заявке 247402", [
    ("p", "Добрый вечер!"),
    ("p", "Завершение работ по заявке 247402 – 17:45, техника на базе."),
    ("table", [["Поз.", "Участок", "ПСС, т", "Окончание"],
               ["1", "Р-239 км 0–10", "6", "13:10"],
               ["2", "Р-239 км 10–20", "5,5", "13:10"],
               ["3", "53К-0101 км 0–9", "6,5", "17:20"],
               ["4", "53К-1701 км 0–6", "4", "17:45"]]),
    ("p", "Итого ПСС 22 т. Замечаний по проезду нет."),
    ("p", SIG_DU)], lab("decided", "all four positions finished, machines back at base", "247402", ["1", "2", "3", "4"], OFF),
    shared=True)

# =================================================================== misc (review / ignored)
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Сорокина Ирина Валерьевна:mailto:i.sorokina@avtodor56.ru
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART:20261125T050000Z
DTEND:20261125T060000Z
SUMMARY;LANGUAGE=ru-RU:Принято: Селекторное совещание по зимнему содержанию
UID:040000008200E00074C5B7101A82E00800000000A0F3C1B25A2EDB01000000000000000010000000
DTSTAMP:20261123T041200Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
cal = mpart("alternative", [tpart("", "windows-1251", "quoted-printable"),
                            tpart(ics, "utf-8", "base64", "calendar", "; method=REPLY")],
            "_000_" + h("cal", 20).upper() + "_")
add("Cal", d(23, 9, 12), build([
    ("From", enc_addr("Сорокина Ирина Валерьевна", IRINA, "windows-1251")), ("To", DISPATCH_NAMED),
    ("Subject", enc_words("Принято: Селекторное совещание по зимнему содержанию", "windows-1251")),
    ("Date", format_datetime(d(23, 9, 12, 5))), ("Message-ID", "<000b01db5b51$3a9c4e80$afd4eb80$@avtodor56.ru>"),
    ("X-Mailer", "Microsoft Outlook 16.0"), ("In-Reply-To", CUST["cal"])], cal),
    lab("ignored", "calendar meeting acceptance generated by Outlook"))

mailru("X1", d(23, 10, 20), "км 12",
       "на месте у Павловки, км 12+300, начали. как закончим отпишусь",
       lab("review", "no request number at all"))

mailru("X2", d(23, 14, 5), "241078",
       "241078 выехали, будем через час",
       lab("review", "request 241078 is not in the registry"))

news_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Вестник</title></head>
<body style="font-family:Arial,sans-serif">
<h2>Вестник ГБУ «Автодор Оренбуржья» № 11 (2026)</h2>
<p>Итоги месячника безопасности дорожного движения: выполнено 1 240 м² ямочного ремонта, заменено 312 дорожных знаков,
восстановлено 2,8 км барьерного ограждения на а/д Р-239, Р-240 и 53К-0101.</p>
<p>К зимнему содержанию готовы 46 единиц техники, ежедневно на линию выходят до 30 КДМ. Запас ПСС – 18 500 т.</p>
<p>Поздравляем с 20-летием работы мастера Оренбургского участка!</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, так как подписаны на рассылку avtodor56.ru.
<a href="https://avtodor56.ru/unsubscribe?u=7f3a91">Отписаться</a></p>
</body></html>
"""
add("News", d(24, 9, 0), build([
    ("From", enc_addr("Вестник ГБУ «Автодор Оренбуржья»", NEWS, "utf-8")), ("To", DISPATCH),
    ("Subject", enc_words("Вестник № 11: итоги месячника безопасности", "utf-8")),
    ("Date", format_datetime(d(24, 9, 0, 3))), ("Message-ID", "<vestnik-2026-11.7f3a91@avtodor56.ru>"),
    ("Precedence", "bulk"), ("List-Id", "<vestnik.avtodor56.ru>"),
    ("List-Unsubscribe", "<mailto:unsubscribe@avtodor56.ru?subject=unsubscribe>, <https://avtodor56.ru/unsubscribe?u=7f3a91>"),
    ("X-Mailer", "Sendy 6.0")], tpart(news_html, "utf-8", "quoted-printable", "html")),
    lab("ignored", "bulk newsletter (Precedence: bulk, List-Unsubscribe)"))

# =================================================================== 248059
sed_text = """Уважаемый корреспондент!

Ваше обращение «Заявка 248059 — ремонт перильного ограждения моста через р. Сакмара» зарегистрировано
в системе электронного документооборота ГБУ «Автодор Оренбуржья».

Регистрационный номер: вх. № 01-14/3318 от 24.11.2026
Исполнитель: Оренбургский дорожный участок

Это письмо сформировано автоматически, отвечать на него не нужно.
"""
add("Sed", d(24, 13, 1), build([
    ("From", enc_addr("СЭД ГБУ «Автодор Оренбуржья»", SED, "utf-8")), ("To", DISPATCH),
    ("Subject", enc_words("Уведомление о регистрации: вх. № 01-14/3318 от 24.11.2026", "utf-8")),
    ("Date", format_datetime(d(24, 13, 1, 9))), ("Message-ID", "<sed.01-14-3318.1795510869@avtodor56.ru>"),
    ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", CUST["248059"])],
    tpart(sed_text, "utf-8", "base64")), lab("ignored", "automatic registration notice from the document system"))

outlook("M1", d(24, 13, 15), "Заявка #248059 принята", [
    ("p", "Добрый день!"),
    ("p", "Заявка #248059 (ремонт перильного ограждения моста через р. Сакмара, 53К-1701 км 31+200) принята в работу. "
          "Сварочный пост и генератор заказаны."),
    ("p", SIG_I)], lab("decided", "number written with #; accepted", "248059", [], ACC))

mailru("M2", d(24, 14, 0), "248059",
       "248059 выедем завтра в 7, сварщик сегодня на другом объекте, генератор тоже там",
       lab("review", "plan: 'выедем завтра'"))

mailru("M3", d(25, 8, 30), "#248059",
       "прибылм на мост ч/з сакмару, км 31+200. выставили ограждение, сварщик готовится",
       lab("decided", "typo 'прибылм' = прибыли; on site", "248059", [], ON))

bat("M4", d(25, 12, 20), "Дополнительный объем по заявке 248059",
    """Уважаемые коллеги!

По Вашему обращению N 248059 при вскрытии выявлена необходимость замены 12 м
парапетного ограждения, не предусмотренная заявкой. Стоимость по локальной смете
составляет 186 400 руб. (с НДС).

Просим согласовать дополнительный объем работ либо оформление дополнительного
соглашения к контракту N 0853500000326000412. Исх. N 214/11 от 25.11.2026.""",
    lab("review", "price/contract talk about additional scope, no status"))

bat("M5", d(25, 17, 10), "Заявка 248059 - выполнение",
    """Уважаемые коллеги!

Работы по заявке N 248059 в согласованном объеме выполнены 25.11.2026,
бригада убыла с объекта в 16:40. Вопрос дополнительного объема (12 м парапета) -
согласно нашему письму исх. N 214/11 от 25.11.2026.

Акт КС-2 N 118 будет направлен до 30.11.2026.""",
    lab("decided", "formal: work done, crew left 16:40; act/letter numbers are noise", "248059", [], OFF))

# =================================================================== 249310
mailru("N1", d(26, 6, 55), "249310",
       "едем, -8°, гололёд, в кузове ПСС 10 т. кдм гар 215",
       lab("decided", "'едем' = on the way", "249310", [], WAY))

mailru("N2", d(26, 8, 30), "249310 поз1",
       "поз1 обработали, 6 т ПСС ушло. уехали на поз 2",
       lab("review", "mixed: position 1 left, position 2 on the way"))

mailru("N3", d(26, 9, 15), "Re: 249310 поз1",
       "на второй уже, сыпем. 53к-0101 3-8 км",
       lab("decided", "new text: on site at the second position; quoted mixed message ignored; subject 'поз1' is old",
           "249310", ["2"], ON),
       quoted=f">{mailru_date(d(26, 8, 30))} от Руслан Гайнуллин < {R_MAILRU} >:\n>поз1 обработали, 6 т ПСС ушло. уехали на поз 2")

outlook("N4", d(26, 12, 5), "249310 – обработка ПГМ завершена", [
    ("p", "Добрый день!"),
    ("p", "а/д Р-240, 53К-0101 (249310) – обработка противогололёдным материалом завершена по всем позициям, "
          "КДМ гар. 215 на базе с 11:50. Расход ПСС 10 т."),
    ("p", SIG_I)], lab("decided", "all positions finished -> whole request, crew back at base", "249310", [], OFF))


# =================================================================== write
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x["date"])
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(L["raw"])
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(LETTERS), "letters")


if __name__ == "__main__":
    main()
