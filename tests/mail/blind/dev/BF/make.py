#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Генератор тестовых писем ООО «ДезЭкоСервис» (Самара, UTC+4).

Пишет OUT/letters/NNN.eml (сырые RFC 5322 байты, собранные вручную, чтобы
контролировать кодировки и transfer-encoding), OUT/registry.json, OUT/labels.json.
Запуск: python3 make.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

SAMARA = timezone(timedelta(hours=4))
MSK = timezone(timedelta(hours=3))
rnd = random.Random(49017)

DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DISP_SIGN = "Диспетчер Лаврентьева Н.С.\nМКУ «ОМИС», тел. 8 (846) 332-90-14"

ADM = ("Ольга Пахомова", "dezekoservis@mail.ru")
KUZ = ("Сергей Кузьмин", "kuzmin.s@dezekoservis.ru")
MIR = ("Алексей Миронов", "mironov.dez63@yandex.ru")
HAB = ("Ринат Хабибуллин", "rinat.habibullin@yandex.ru")
EGO = ("Денис Егоров", "d.egorov@dezekoservis.ru")
DOC = ("Белоусова Татьяна Андреевна", "belousova@dezekoservis.ru")
NEWS = ("ДезЭкоСервис", "news@dezekoservis.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@dezekoservis.ru")

SIG_ADM = """С уважением,
Пахомова Ольга Викторовна
администратор ООО «ДезЭкоСервис»
тел.: +7 (846) 250-37-19, моб.: +7 927 604-18-52
ИНН 6318245710, КПП 631801001
443093, г. Самара, ул. Партизанская, д. 86, офис 214"""

SIG_DOC = """С уважением,
Белоусова Татьяна Андреевна
врач по общей гигиене ООО «ДезЭкоСервис»
тел. +7 (846) 250-37-19, доб. 105; моб. +7 917 015-82-44"""

YA = "\n\n-- \nОтправлено из мобильной Яндекс Почты"

WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]


def S(day, hh, mm, ss=None):
    """datetime в Самаре, ноябрь 2026"""
    if ss is None:
        ss = rnd.randint(3, 57)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=SAMARA)


# ---------------------------------------------------------------- helpers
def hdr(s, cs="utf-8", enc="B"):
    if all(ord(c) < 128 for c in s):
        return s
    c = Charset(cs)
    c.header_encoding = BASE64 if enc == "B" else QP
    return Header(s, c).encode(maxlinelen=76)


def addr(p, cs="utf-8", enc="B"):
    name, a = p
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{a}>'
    return f"{hdr(name, cs, enc)} <{a}>"


def body_bytes(text, cs, cte):
    b = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b if b.endswith(b"\n") else b + b"\n"


def part(ctype, text, cs, cte):
    h = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n'
    return h.encode("ascii") + body_bytes(text, cs, cte)


def boundary():
    return "----==_mimepart_" + hashlib.md5(str(rnd.random()).encode()).hexdigest()[:20]


def multipart(subtype, parts, extra=""):
    b = boundary()
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"{extra}\n\n'.encode()
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def text_to_html_lines(lines):
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            blk = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                if s.startswith(" "):
                    s = s[1:]
                blk.append(s)
                i += 1
            out.append('<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">'
                       + text_to_html_lines(blk) + "</blockquote>")
            continue
        out.append("<div>" + (html.escape(ln) if ln.strip() else "&nbsp;") + "</div>")
        i += 1
    return "\n".join(out)


def to_html(text, wrap=True):
    inner = text_to_html_lines(text.split("\n"))
    if wrap:
        return "<html><body>" + inner + "</body></html>"
    return inner


def msgid_yandex():
    return f"<{rnd.randint(10**14, 10**15 - 1)}@mail.yandex.ru>"


def msgid_mailru(dt):
    return f"<{int(dt.timestamp())}.{rnd.randint(10**8, 10**9 - 1)}@f{rnd.randint(100, 999)}.i.mail.ru>"


def msgid_outlook():
    h = lambda n: "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return f"<{h(12)}${h(8)}${h(8)}$@dezekoservis.ru>"


def msgid_disp(dt):
    return f"<{dt.strftime('%Y%m%d%H%M%S')}.{rnd.randint(1000, 9999)}@zakazchik-omis.ru>"


def ya_qhead(dt, p):
    return f'{dt.strftime("%d.%m.%Y, %H:%M")}, "{p[0]}" <{p[1]}>:'


def mr_qhead(dt, p):
    off = dt.strftime("%z")
    off = off[:3] + ":" + off[3:]
    return f"{WD[dt.weekday()]}, {dt.day} {MON[dt.month - 1]} {dt.year}, {dt.strftime('%H:%M')} {off} от {p[0]} <{p[1]}>:"


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- store
LETTERS = []   # dicts: dt, raw(bytes), label, key
MIDS = {}


def add(key, dt, headers, body, label):
    """headers: list of (name, value) already ascii-encoded; body: bytes incl. Content-Type headers."""
    mid = None
    for n, v in headers:
        if n == "Message-ID":
            mid = v
    MIDS[key] = mid
    h = "".join(f"{n}: {v}\n" for n, v in headers)
    raw = h.encode("ascii") + b"MIME-Version: 1.0\n" + body
    LETTERS.append({"key": key, "dt": dt, "raw": raw, "label": label})


def base_headers(dt, frm, subject, mid, to=None, cc=None, cs="utf-8", enc="B", reply=None, refs=None):
    to = to or [DISP]
    hs = [("From", addr(frm, cs, enc)),
          ("To", ", ".join(addr(t, cs, enc) for t in to))]
    if cc:
        hs.append(("Cc", ", ".join(addr(t, cs, enc) for t in cc)))
    hs += [("Subject", hdr(subject, cs, enc)),
           ("Date", format_datetime(dt)),
           ("Message-ID", mid)]
    if reply:
        hs.append(("In-Reply-To", reply))
        hs.append(("References", " ".join((refs or []) + [reply])))
    return hs


def yandex(key, dt, frm, subject, text, label, mode="plain8", to=None, cc=None, reply=None, refs=None):
    """Яндекс Почта, мобильное приложение. mode: plain8 | plainqp | html (HTML-only, base64)."""
    mid = msgid_yandex()
    hs = base_headers(dt, frm, subject, mid, to, cc, reply=reply, refs=refs)
    hs.append(("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"))
    if mode == "html":
        body = part("text/html", to_html(text), "utf-8", "base64")
    elif mode == "plainqp":
        body = part("text/plain", text, "utf-8", "quoted-printable")
    else:
        body = part("text/plain", text, "utf-8", "8bit")
    add(key, dt, hs, body, label)


def mailru(key, dt, subject, text, label, html_text=None, to=None, cc=None, reply=None, refs=None, frm=ADM,
           extra_headers=()):
    """Mail.ru, веб-интерфейс: multipart/alternative, base64, utf-8."""
    mid = msgid_mailru(dt)
    hs = base_headers(dt, frm, subject, mid, to, cc, reply=reply, refs=refs)
    hs.append(("X-Mailer", "Mail.Ru Mailer 1.0"))
    hs += list(extra_headers)
    if html_text is None:
        html_text = to_html(text)
    body = multipart("alternative", [part("text/plain", text, "utf-8", "base64"),
                                     part("text/html", html_text, "utf-8", "base64")])
    add(key, dt, hs, body, label)


def outlook_html(text):
    paras = []
    for ln in text.split("\n"):
        if ln.strip():
            paras.append(f'<p class=MsoNormal>{html.escape(ln)}<o:p></o:p></p>')
        else:
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=RU><div class=WordSection1>\n' + "\n".join(paras) + "\n</div></body></html>")


def outlook(key, dt, subject, text, label, alt=True, to=None, cc=None, reply=None, refs=None, extra_headers=()):
    """MS Outlook 16 у санитарного врача: windows-1251, quoted-printable."""
    mid = msgid_outlook()
    hs = base_headers(dt, DOC, subject, mid, to, cc, cs="windows-1251", enc="B", reply=reply, refs=refs)
    hs += [("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", base64.b64encode(bytes(rnd.randrange(256) for _ in range(22))).decode()),
           ("Content-Language", "ru")]
    hs += list(extra_headers)
    if alt:
        body = multipart("alternative", [part("text/plain", text, "windows-1251", "quoted-printable"),
                                         part("text/html", outlook_html(text), "windows-1251",
                                              "quoted-printable")])
    else:
        body = part("text/plain", text, "windows-1251", "quoted-printable")
    add(key, dt, hs, body, label)


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PR = "заявка принята"
VP = "подрядчик в пути"
NM = "подрядчик на месте"
UB = "подрядчик убыл"

# =====================================================================
# 49017  Школа № 81
# =====================================================================
mailru("a49017", S(2, 11, 25), "Заявка № 49017 принята в работу", f"""Добрый день!

Настоящим подтверждаем, что заявка № 49017 (МБОУ «Школа № 81», ул. Ново-Садовая, д. 18 — дезинсекция, рыжие тараканы) принята ООО «ДезЭкоСервис» в работу.
Ответственный техник — Кузьмин Сергей Иванович, моб. +7 927 711-40-93.
Выезд запланирован на 03.11.2026 с 8:30.

Просим обеспечить доступ во все помещения, указанные в заявке, и присутствие представителя администрации школы при проведении работ.

{SIG_ADM}""", D("49017", [], PR, "formal acceptance, no position named -> whole request; phone/INN/house numbers are noise"))

yandex("k49017_1", S(3, 8, 5), KUZ, "49017 поз 1",
       "Выехал на Ново-Садовую 18, начинаем с корпуса А. Ориентировочно к 8:50 буду\n\nКузьмин",
       D("49017", ["1"], VP, "'Выехал на ...' = leaving for the site; position in subject 'поз 1'"))

yandex("k49017_2", S(3, 8, 52), KUZ, "Re: 49017 поз 1",
       "На месте, завхоз открыл, приступил." + YA + "\n\n" + ya_qhead(S(3, 8, 5), KUZ) + "\n" +
       quote("Выехал на Ново-Садовую 18, начинаем с корпуса А. Ориентировочно к 8:50 буду\n\nКузьмин"),
       D("49017", ["1"], NM, "on site; quote of own earlier 'выехал' is history"),
       reply="<placeholder>")

yandex("k49017_3", S(3, 13, 40), KUZ, "49017-1 готово",
       "Корпус А обработан полностью, препарат Цифокс партия 240915, акт № 1187. Уехал с объекта 13:30.\n"
       "Повторная обработка через 14 дней.\nКорпус Б и пищеблок — в четверг.",
       D("49017", ["1"], UB, "position 1 done (act/lot numbers are noise); repeat in 14 days and корп.Б/пищеблок are plans"),
       mode="plainqp")

q13 = """Сергей Иванович, добрый день.
Подскажите, когда планируете обработку корпуса Б (поз. 2) и пищеблока (поз. 3) по заявке 49017? Школа спрашивает, закрывать ли столовую в четверг.

""" + DISP_SIGN
yandex("k49017_4", S(5, 10, 20), KUZ, "Re: Заявка 49017 — сроки по корпусу Б и пищеблоку",
       ya_qhead(datetime(2026, 11, 4, 16, 12, tzinfo=SAMARA), DISP) + "\n" + quote(q13) + "\n\n"
       "Добрый. Сделали сегодня с утра и 2 и 3, акт 1193, уехали в 10:05. Столовую можно открывать после 14:00 после влажной уборки" + YA,
       D("49017", ["2", "3"], UB, "written UNDER the quote; new text: positions 2 and 3 done, left 10:05"),
       mode="html", reply=msgid_disp(S(4, 16, 12)))

outlook("d49017", S(6, 10, 40), "Школа № 81 (заявка 49017): первичная обработка выполнена, повторная через 14 дней", f"""Добрый день, Наталья Сергеевна!

Информирую о ходе работ по заявке 49017 (МБОУ «Школа № 81», ул. Ново-Садовая, 18).

03.11.2026 проведена дезинсекционная обработка корпуса А, 05.11.2026 — корпуса Б и пищеблока. Применялись средства Цифокс (партия 240915) и Медилис-Ципер (партия 240822), концентрации рабочих растворов — согласно инструкциям по применению. Акты № 1187 и № 1193 подписаны заместителем директора по АХР.

Таким образом, первичная обработка по заявке завершена в полном объёме. Учитывая высокую заселённость пищеблока рыжими тараканами (до 15 особей на клеевую ловушку при обследовании), необходима повторная обработка через 14 дней — ориентировочно 17.11 (корпус А) и 19.11 (корпус Б, пищеблок), чтобы уничтожить особей, вышедших из оотек.

Просим проинформировать администрацию школы: в течение 3 суток после обработки не проводить генеральную уборку плинтусов и мест за технологическим оборудованием, не снимать клеевые ловушки.

{SIG_DOC}""", D("49017", [], UB, "sanitary doctor: primary treatment of the whole request done; repeat after 14 days is only a plan, the visit that happened counts"))

yandex("k49017_5", S(17, 9, 30), KUZ, "49017 повторная",
       "Повторная по корпусу А (п.1) сделана, 9:20 уехал. Акт 1247. Ловушки оставил 6 шт", D("49017", ["1"], UB, "repeat treatment of п.1 done, left 9:20"),
       mode="html")

# =====================================================================
# 49058  Детский сад № 312
# =====================================================================
q2 = """Добрый день.
Направляем заявку № 49058: МБДОУ «Детский сад № 312», ул. Стара-Загора, 71. Дератизация.
Позиции: 1 — пищеблок, 2 — подвал.
Просим подтвердить принятие.
""" + DISP_SIGN
plain2 = f"""Здравствуйте!

Подтверждаем приём заявки № 49058 по позициям:

Поз. | Помещение | Статус  | Техник
1    | пищеблок  | принята | Миронов А.В.
2    | подвал    | принята | Миронов А.В.

Плановая дата выезда: 03.11.2026 (вторник), утро.

{SIG_ADM}

{mr_qhead(datetime(2026, 11, 2, 11, 31, tzinfo=MSK), DISP)}
{quote(q2)}"""
html2 = ("<html><body><div>Здравствуйте!</div><div>&nbsp;</div><div>Подтверждаем приём заявки № 49058 по позициям:</div>"
         '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
         "<tr><th>Поз.</th><th>Помещение</th><th>Статус</th><th>Техник</th></tr>"
         "<tr><td>1</td><td>пищеблок</td><td>принята</td><td>Миронов А.В.</td></tr>"
         "<tr><td>2</td><td>подвал</td><td>принята</td><td>Миронов А.В.</td></tr></table>"
         "<div>&nbsp;</div><div>Плановая дата выезда: 03.11.2026 (вторник), утро.</div><div>&nbsp;</div>"
         + to_html(SIG_ADM, wrap=False) + "<div>&nbsp;</div><div>" + html.escape(mr_qhead(datetime(2026, 11, 2, 11, 31, tzinfo=MSK), DISP))
         + "</div>" + to_html(quote(q2), wrap=False) + "</body></html>")
mailru("a49058", S(2, 15, 10), "Re: Заявка 49058 д/с № 312 — дератизация", plain2,
       D("49058", ["1", "2"], PR, "HTML table, one row per position, both 'принята'"), html_text=html2,
       reply=msgid_disp(S(2, 12, 31)))

yandex("m49058_1", S(3, 7, 40), MIR, "49058",
       "Доброе утро. По заявке 49058 выдвигаюсь в садик 312 на Стара-Загора, буду минут через 40." + YA,
       D("49058", [], VP, "'выдвигаюсь ... буду через 40 минут' = on the way; 312 is the kindergarten number"), mode="html")

yandex("m49058_2", S(3, 11, 15), MIR, "Re: 49058",
       "49058 п.1 и п.2 сделал. Подвал — дератизация, Ратобор парафиновый брикет, партия 250611, разложил 14 контейнеров. "
       "Пищеблок обработан по периметру. Уехал в 11:05. Акт № 1188 подписан завхозом.\n"
       "Повторный осмотр и обработка через 14 дней." + YA + "\n\n" + ya_qhead(S(3, 7, 40), MIR) + "\n" +
       quote("Доброе утро. По заявке 49058 выдвигаюсь в садик 312 на Стара-Загора, буду минут через 40."),
       D("49058", ["1", "2"], UB, "п.1 и п.2 done, left 11:05; repeat in 14 days is a plan; quote is history"),
       mode="html")

# =====================================================================
# 49103  Городская поликлиника № 6
# =====================================================================
mailru("a49103", S(3, 10, 30), "Обращение № 49103 — городская поликлиника № 6", f"""Уважаемые коллеги!

Сообщаем, что обращение № 49103 (дезинфекция помещений и дератизация подвала, г. Самара, пр. Кирова, д. 161) принято к исполнению. Время выезда бригады согласуем с главной медицинской сестрой поликлиники дополнительно, так как работы в часы приёма пациентов не допускаются.

Основание: договор № 63-ДЭ/2026 от 12.01.2026.

{SIG_ADM}""", D("49103", [], PR, "'принято к исполнению', whole request; contract number/date are noise"))

yandex("e49103_1", S(5, 8, 10), EGO, "49103 (4)",
       "Выехали на Кирова 161, подвал. Газель р/н Х482КМ163, нас двое" + YA,
       D("49103", ["4"], VP, "subject '49103 (4)' = position 4; car plate is noise"), mode="html")

yandex("e49103_2", S(5, 9, 0), EGO, "Re: 49103 (4)",
       "Нa месте с 8:55" + YA + "\n\n" + ya_qhead(S(5, 8, 10), EGO) + "\n" + quote("Выехали на Кирова 161, подвал. Газель р/н Х482КМ163, нас двое"),
       D("49103", ["4"], NM, "'Нa месте' with Latin 'a'; quote of own 'выехали' is history"), mode="html")

yandex("e49103_3", S(5, 12, 30), EGO, "Re: 49103 (4)",
       "Подвал закончили. Дератизация: Клерат гранулы партия 240703, 2,5 кг, 12 контейнеров. Акт № 1201.\n"
       "Убыли с объекта в 12:20.\nЕгоров",
       D("49103", ["4"], UB, "'убыли с объекта' = left; subject Re: 49103 (4)"))

outlook("d49103", S(6, 15, 20), "RE: 49103 — этажи", f"""Наталья Сергеевна, добрый день.

Обработку этажей поликлиники по заявке 49103 в рабочее время провести не можем: идёт приём пациентов, на 2 этаже работает прививочный кабинет, главный врач не согласовал закрытие отделений. Дезинфекция с применением хлорсодержащих средств допускается только в отсутствие посетителей, с последующим проветриванием не менее 60 минут.

Предлагаем провести работы в субботу 07.11 с 14:00, после окончания приёма. Прошу согласовать с администрацией поликлиники и подтвердить.

{SIG_DOC}

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Friday, November 6, 2026 1:47 PM
To: belousova@dezekoservis.ru
Subject: 49103 — этажи

Татьяна Андреевна, добрый день. Когда планируется обработка этажей по заявке 49103? Поликлиника звонит второй раз.
{DISP_SIGN}""", R("access problem (patients in the building), only a proposal for Saturday; nothing happened"),
        reply=msgid_disp(S(6, 14, 47)))

yandex("e49103_4", S(7, 14, 30), EGO, "49103 поз 1,2,3",
       "49103 поз 1,2,3 (этажи) — обработали, дезинфекция Ника-хлор партия 241102, акт 1209. "
       "Закончили в 14:20, проветривание до 15:30, старшая медсестра в курсе. Уходим" + YA,
       D("49103", ["1", "2", "3"], UB, "positions 1-3 done, 'уходим' after finishing"), mode="html")

add("auto_office", S(7, 18, 2), [
    ("From", addr(ADM)), ("To", DISP[1]),
    ("Subject", hdr("Автоответ: Заявка 49103 — суббота 07.11")),
    ("Date", format_datetime(S(7, 18, 2))), ("Message-ID", msgid_mailru(S(7, 18, 2))),
    ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Mail.Ru Mailer 1.0"),
    ("In-Reply-To", msgid_disp(S(7, 17, 1)))],
    part("text/plain", """Здравствуйте!

Ваше письмо получено. Офис ООО «ДезЭкоСервис» работает с понедельника по пятницу с 8:00 до 17:00 (самарское время).
В выходные и праздничные дни по срочным вопросам звоните дежурному технику: +7 927 604-18-52.

Это письмо сформировано автоматически, отвечать на него не нужно.""", "utf-8", "base64"),
    I("Mail.ru out-of-office auto-reply (Auto-Submitted), subject mentions 49103"))

# =====================================================================
# 49146  Школа № 148 (одна позиция: подвал)
# =====================================================================
q9 = """Добрый день. Направляем заявку № 49146: МБОУ «Школа № 148», ул. Чернореченская, 12.
Позиция 1 — подвал, дератизация (следы грызунов у теплового узла).
Просим принять в работу и сообщить дату выезда.
""" + DISP_SIGN
mailru("a49146", S(3, 12, 40), "Re: Заявка 49146 (ш. 148, подвал)", f"""Добрый день!

Заявку приняли, спасибо. Техник Хабибуллин Р.Р. выйдет на объект в пятницу, 06.11, с утра — точное время сообщит накануне.

{SIG_ADM}

{mr_qhead(datetime(2026, 11, 3, 11, 2, tzinfo=MSK), DISP)}
{quote(q9)}""", D("49146", [], PR, "'заявку приняли'; date of visit is a plan; quoted request text is history"),
       reply=msgid_disp(S(3, 12, 2)))

yandex("h49146_1", S(6, 8, 30), HAB, "ш.148 Чернореченская 12 (49146)",
       "Выехал на 148 школу, буду к 9" + YA,
       D("49146", [], VP, "request number in brackets after the address; '148' is the school number"), mode="html")

yandex("h49146_2", S(6, 11, 30), HAB, "Re: ш.148 Чернореченская 12 (49146)",
       "На 148-й всё сделал, разложил 20 контейнеров, Ратобор партия 231118, акт 1205. Завхоз расписалась. Уехал",
       D("49146", [], UB, "single-position request, done and left"))

# =====================================================================
# 49211  Детский сад № 45
# =====================================================================
mailru("a49211", S(5, 11, 0), "Заявка 49211 — подтверждение", f"""Добрый день!

Заявку № 49211 (МБДОУ «Детский сад № 45», ул. Победы, д. 96) мы приняли.
Выезд планируем на понедельник 09.11 к 8:30. Обработку групповых помещений, скорее всего, придётся перенести на выходной день — наш санитарный врач свяжется с заведующей.

{SIG_ADM}""", D("49211", [], PR, "acceptance; planned dates are plans"))

outlook("d49211", S(6, 16, 10), "Д/с № 45 (49211): обработка групповых ячеек при детях невозможна", f"""Наталья Сергеевна, добрый день!

По заявке 49211 (МБДОУ «Детский сад № 45», ул. Победы, 96) сообщаю следующее.

Детский сад работает в режиме 7:00–19:00, все группы 1 этажа (поз. 3) заполнены. Согласно СанПиН 3.3686-21, дезинсекционные мероприятия в помещениях образовательных организаций проводятся в отсутствие детей, с последующим проветриванием и влажной уборкой не менее чем за 3 часа до их прихода. В будни это технически неосуществимо: вечером после 19:00 в группах работают младшие воспитатели, а с 6:30 уже приходит персонал пищеблока.

Предлагаем:
— пищеблок и прачечную (поз. 1, 2) обработать, как планировалось, в понедельник 09.11 с 8:30 — эти помещения изолированы, дети туда не допускаются;
— групповые ячейки (поз. 3) обработать в субботу 14.11 с 9:00, ключи просим оставить у сторожа.

Прошу согласовать с заведующей Гавриловой Е.П. (тел. 8 (846) 951-22-36) и подтвердить.

{SIG_DOC}""", R("doctor: children in the building, proposes dates for all positions; only plans, no status"))

yandex("k49211_1", S(9, 7, 50), KUZ, "49211-1,2 в пути",
       "Едем в сад 45 на Победы, пищеблок и прачечная. Будем 8:20",
       D("49211", ["1", "2"], VP, "subject '49211-1,2' = positions 1 and 2; travelling now"))

yandex("k49211_2", S(9, 11, 40), KUZ, "Re: 49211-1,2 в пути",
       "по 49211 пищеблок и прачечная — всё, закoнчили, акт 1215, Медилис-Ципер партия 240822. "
       "Группы (3-я) в субботу как договаривались с врачом" + YA + "\n\n" + ya_qhead(S(9, 7, 50), KUZ) + "\n" +
       quote("Едем в сад 45 на Победы, пищеблок и прачечная. Будем 8:20"),
       D("49211", ["1", "2"], UB, "Re: subject still says 'в пути' but body reports 1,2 finished (Latin 'o' in 'закoнчили'); 3rd is a plan"),
       mode="plainqp")

q47b = """Наталья Сергеевна, добрый вечер!
Пересылаю письмо нашего санитарного врача. Группы в детском саду № 45 будем обрабатывать в субботу 14.11 с 9:00, техник Кузьмин.

-------- Пересылаемое сообщение --------
От кого: Белоусова Татьяна Андреевна <belousova@dezekoservis.ru>
Дата: Четверг, 12 ноября 2026, 17:55 +04:00
Тема: Заявка 49211 д/с 45 — группы в субботу

Заведующая согласовала субботу 14.11, ключи будут у сторожа.
----------------------------------------------------------------------"""
q47a = "Сергей Иванович, подтверждаете субботу 14.11 с 9:00? Заведующая просит сообщить, когда закончите.\n" + DISP_SIGN + \
       "\n\n" + ya_qhead(S(12, 18, 40), ADM) + "\n" + quote(q47b)
yandex("k49211_3", S(14, 17, 30), KUZ, "Re: Re: Fwd: Заявка 49211 д/с 45 — группы в субботу",
       "Третью сделали, уходим, ключи сдали сторожу. Акт 1240 в понедельник занесу в офис" + YA + "\n\n" +
       ya_qhead(S(13, 10, 2), DISP) + "\n" + quote(q47a),
       D("49211", ["3"], UB, "mid-thread reply, number only in the Re: subject; 'третью' = position 3 (the groups, per thread); done, leaving"),
       mode="html", reply=msgid_disp(S(13, 10, 2)))

outlook("d_plan", S(17, 8, 30), "Повторные обработки 17–23.11 (49058, 49211)", f"""Наталья Сергеевна, доброе утро!

Напоминаю о сроках повторных обработок по заявкам, где первичная обработка уже проведена:

1) д/с № 312, ул. Стара-Загора, 71 (заявка 49058) — повторная дератизация и контрольный осмотр контейнеров сегодня, 17.11, во второй половине дня;
2) д/с № 45, ул. Победы, 96 (заявка 49211) — повторная дезинсекция пищеблока, прачечной и групповых через 14 дней после первичной, т.е. в понедельник 23.11, с 8:30.

Прошу заранее предупредить заведующих и обеспечить доступ во все помещения, включая кладовые пищеблока.

С 18 по 22 ноября я в отпуске, все вопросы — к администратору Пахомовой О.В.

{SIG_DOC}""", R("plans only (repeat treatments announced), and two different requests"))

q73 = "Сергей Иванович, добрый день. В понедельник 23.11 повторная по д/с 45 (заявка 49211) — подтвердите, пожалуйста, и сообщите по факту.\n" + DISP_SIGN
yandex("k49211_4", S(23, 14, 30), KUZ, "Re: Заявка 49211 — повторная 23.11",
       "Сделали повторную по всем трём: 1, 2, 3. Акт 1270, Цифокс партия 240915. С 13:50 не на объекте" + YA + "\n\n" +
       ya_qhead(S(20, 15, 12), DISP) + "\n" + quote(q73),
       D("49211", ["1", "2", "3"], UB, "repeat treatment of positions 1,2,3 done; 'не на объекте с 13:50' = left"),
       reply=msgid_disp(S(20, 15, 12)))

# bounce: диспетчер писал уволившемуся технику
orig_bounce = (f"From: {addr(DISP)}\nTo: ivanov.a@dezekoservis.ru\nSubject: {hdr('Заявка 49211 — повторная обработка 23.11')}\n"
               f"Date: {format_datetime(datetime(2026, 11, 23, 9, 5, 12, tzinfo=MSK))}\nMessage-ID: {msgid_disp(S(23, 10, 5))}\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n").encode() + \
    base64.encodebytes("Андрей, добрый день. Подтвердите выезд на повторную обработку по заявке 49211 сегодня. "
                       "Если уже на месте — отпишитесь.\nДиспетчер Лаврентьева Н.С.".encode())
bdt = S(23, 10, 5, 41)
b_txt = """This is the mail system at host mx.dezekoservis.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<ivanov.a@dezekoservis.ru>: host mx.dezekoservis.ru[local] said: 550 5.1.1
    <ivanov.a@dezekoservis.ru>: Recipient address rejected: User unknown in
    virtual mailbox table
"""
b_ds = """Reporting-MTA: dns; mx.dezekoservis.ru
X-Postfix-Queue-ID: 4Ng7Hk2Qz9z9vT1
Arrival-Date: Mon, 23 Nov 2026 10:05:40 +0400 (+04)

Final-Recipient: rfc822; ivanov.a@dezekoservis.ru
Original-Recipient: rfc822;ivanov.a@dezekoservis.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown
"""
bb = boundary()
b_body = (f'Content-Type: multipart/report; report-type=delivery-status; boundary="{bb}"\n\n'
          f"--{bb}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{b_txt}\n"
          f"--{bb}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{b_ds}\n"
          f"--{bb}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n").encode() + orig_bounce + f"\n--{bb}--\n".encode()
add("bounce", bdt, [("From", "MAILER-DAEMON@dezekoservis.ru (Mail Delivery System)"), ("To", DISP[1]),
                    ("Subject", "Undelivered Mail Returned to Sender"), ("Date", format_datetime(bdt)),
                    ("Message-ID", "<20261123060541.4Ng7Hk2Qz9z9vT1@mx.dezekoservis.ru>"),
                    ("Auto-Submitted", "auto-replied")], b_body,
    I("delivery failure (bounce) from the contractor's mail server; the returned message mentions 49211"))

# =====================================================================
# 49274  Детская поликлиника № 3
# =====================================================================
mailru("a49274", S(6, 9, 15), "Детская поликлиника № 3 — заявка №49274", f"""Добрый день!

Подтверждаем получение и принятие в работу заявки №49274 (ГБУЗ СО «Самарская городская детская поликлиника № 3», ул. Гагарина, д. 40).
Обработка будет проведена 10.11.2026, техник Егоров Денис Андреевич (+7 937 205-66-18). Просим предупредить старшую медицинскую сестру.

{SIG_ADM}""", D("49274", [], PR, "acceptance, whole request"))

yandex("e49274_1", S(10, 8, 20), EGO, "Гагарина 40 (49274) П1",
       "Еду, корпус А. Минут 15" + YA, D("49274", ["1"], VP, "'еду' = on the way; П1 in subject"), mode="html")

yandex("e49274_2", S(10, 12, 5), EGO, "49274",
       "П1 закончили, переезжаем в корпус Б" + YA,
       R("different statuses for different positions: П1 finished, moving to корпус Б (П2 on the way)"), mode="html")

outlook("d49274_fw", S(10, 16, 0), "FW: 49274 П2", f"""Наталья Сергеевна, пересылаю сообщение техника для сведения. Акт подписан старшей медсестрой.

{SIG_DOC}

От: Денис Егоров [mailto:d.egorov@dezekoservis.ru]
Отправлено: 10 ноября 2026 г. 15:30
Кому: Белоусова Т.А. <belousova@dezekoservis.ru>
Тема: 49274 П2

Татьяна Андреевна, П2 (корпус Б) сделали, дезинфекция Ника-хлор партия 241102, акт 1224. Уехали 15:10.

Отправлено из мобильной Яндекс Почты""", D("49274", ["2"], UB, "Outlook forward (От:/Отправлено:/Кому:/Тема: block) of the technician's report: П2 done, left 15:10"))

# =====================================================================
# 49339  Лицей № 57
# =====================================================================
plain20 = f"""Добрый день!

Заявка № 49339 (МБОУ «Лицей № 57», ул. Ленинградская, д. 33) принята в работу:

1 — пищеблок — дезинсекция — принята
2 — подвал — дератизация — принята
3 — спортзал (раздевалки, душевые) — дезинсекция — принята

Выезд — 10.11.2026, техник Миронов А.В., тел. +7 902 371-05-64.

{SIG_ADM}"""
html20 = ("<html><body><div>Добрый день!</div><div>&nbsp;</div>"
          "<div>Заявка № 49339 (МБОУ «Лицей № 57», ул. Ленинградская, д. 33) принята в работу:</div><div>&nbsp;</div>"
          '<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-family:Arial;font-size:13px">'
          '<tr style="background:#e8eef7"><td><b>№ поз.</b></td><td><b>Помещение</b></td><td><b>Вид работ</b></td><td><b>Статус</b></td></tr>'
          "<tr><td>1</td><td>пищеблок</td><td>дезинсекция</td><td>принята</td></tr>"
          "<tr><td>2</td><td>подвал</td><td>дератизация</td><td>принята</td></tr>"
          "<tr><td>3</td><td>спортзал (раздевалки, душевые)</td><td>дезинсекция</td><td>принята</td></tr>"
          "</table><div>&nbsp;</div><div>Выезд — 10.11.2026, техник Миронов А.В., тел. +7 902 371-05-64.</div><div>&nbsp;</div>"
          + to_html(SIG_ADM, wrap=False) + "</body></html>")
mailru("a49339", S(6, 13, 0), "Лицей № 57, заявка 49339 — принята", plain20,
       D("49339", ["1", "2", "3"], PR, "HTML table with a row per position, all 'принята'"), html_text=html20)

yandex("m49339_1", S(10, 10, 5), MIR, "Лицей 57 / 49339",
       "По 49339:\nп.1 пищеблок — обработали, акт 1219, Агран партия 240530\n"
       "п.2 подвал — закрыт, ключа нет, завхоз на больничном, не сделали\n"
       "п.3 спортзал — по графику в пятницу\nСейчас уезжаем." + YA,
       D("49339", ["1"], UB, "п.1 done; п.2 not done (closed), п.3 a plan -> decided for the done position only"),
       mode="html")

q34 = """Татьяна Андреевна, добрый вечер. По заявке 49339 техник сообщил, что подвал
не обработан. Когда будет выполнено? Лицей жалуется на грызунов в столовой.
Диспетчер Лаврентьева Н.С."""
tb_text = f"""Здравствуйте, Наталья.

Вы писали 10 ноября 2026 г., 17:05:

{quote(q34, "ДО> ")}

Подвал лицея 10.11 был закрыт: ключи находятся только у заместителя директора по АХР, который на больничном, дубликата на вахте нет. Техник Миронов прождал 40 минут и был вынужден уехать, обработку подвала провести не удалось.

Прошу через управление образования решить вопрос с доступом - без обработки подвала дератизация пищеблока теряет смысл, грызуны будут заходить снизу по коммуникациям. Как только ключи будут - выедем в тот же день. Спортзал можем сделать вместе с подвалом.

--
С уважением,
Белоусова Т.А., санитарный врач
ООО "ДезЭкоСервис"
"""
tdt = S(11, 9, 30)
add("d49339_bat", tdt, base_headers(tdt, DOC, "Re: 49339 - подвал не обработан?", f"<{rnd.randint(10**8, 10**9)}.20261111093000@dezekoservis.ru>",
                                    cs="koi8-r", enc="B", reply=msgid_disp(S(10, 17, 5))) +
    [("X-Mailer", "The Bat! (v10.4.2) Home")],
    part("text/plain", tb_text, "koi8-r", "8bit"),
    R("The Bat! (KOI8-R, initials-quoted 'ДО>'): treatment could not be done, basement closed; asks for help with access"))

q44 = "Ольга Викторовна, добрый день. По заявке 49339 лицей просит заранее сообщать время приезда бригады — на вахте не пускают без списка.\n" + DISP_SIGN
mailru("a_thanks", S(13, 16, 30), "Re: 49339 — время приезда", f"""Наталья Сергеевна, благодарим!
Ваше письмо получено, информация принята к сведению, техникам передала.

{SIG_ADM}

{mr_qhead(datetime(2026, 11, 13, 14, 48, tzinfo=MSK), DISP)}
{quote(q44)}""", R("acknowledgement of the dispatcher's own message ('принята к сведению'), no status"),
       reply=msgid_disp(S(13, 15, 48)))

fw42 = """Ольга Викторовна, лицей 57 — подвал и спортзал сделали (поз 2 и 3). Клерат партия 240703, контейнеров 10, в спортзале дезинсекция раздевалок. Акт 1236. Уехали в 13:20.

Отправлено из мобильной Яндекс Почты"""
mailru("a49339_fw", S(13, 9, 0), "Fwd: 49339 подвал и спортзал", f"""Наталья Сергеевна, добрый день!
Пересылаю сообщение техника по лицею № 57. Ключи от подвала вчера утром всё-таки нашлись у вахтёра.

{SIG_ADM}

-------- Пересылаемое сообщение --------
От кого: Алексей Миронов <mironov.dez63@yandex.ru>
Кому: Ольга Пахомова <dezekoservis@mail.ru>
Дата: Четверг, 12 ноября 2026, 13:27 +04:00
Тема: 49339 подвал и спортзал

{fw42}
----------------------------------------------------------------------""",
       D("49339", ["2", "3"], UB, "Mail.ru forward of technician report: поз 2 и 3 done, left 13:20"))

# =====================================================================
# 49402  Детский сад № 178
# =====================================================================
yandex("h49402_1", S(11, 8, 0), HAB, "49402",
       "Доброе утро. По 49402 ещё не выехали, Ларгус на шиномонтаже. Будем после обеда, заведующую предупредил",
       R("negation: 'ещё не выехали', arrival is only a promise"))

yandex("h49402_2", S(11, 13, 10), HAB, "Re: 49402",
       "Едем на Аэродромную 52, д/с 178, заявка 49402. Через 20 минут будем" + YA + "\n\n" + ya_qhead(S(11, 8, 0), HAB) + "\n" +
       quote("Доброе утро. По 49402 ещё не выехали, Ларгус на шиномонтаже. Будем после обеда, заведующую предупредил"),
       D("49402", [], VP, "now travelling ('едем ... через 20 минут будем'); quoted 'ещё не выехали' is history"), mode="html")

yandex("h49402_3", S(11, 16, 20), HAB, "49402 ГОТОВО",
       "49402 П1 И П2 ГOTOBO. РАТОБОР ПАРТИЯ 250302, 16 КОНТЕЙНЕРОВ, АКТ 1231. УЕХАЛИ",
       D("49402", ["1", "2"], UB, "caps, 'ГOTOBO' with Latin O/T/B; П1 и П2 done, left"))

outlook("d49402", S(12, 14, 0), "Д/с 178 (49402) — дератизация проведена, повторно через 14 дней", f"""Наталья Сергеевна, добрый день!

11.11.2026 в МБДОУ «Детский сад № 178» (ул. Аэродромная, 52) выполнена дератизация подвала и пищеблока (акт № 1231). Использовано родентицидное средство Ратобор (партия 250302), в подвале установлено 16 закрытых контейнеров с приманкой, маркированных и внесённых в схему размещения. На пищеблоке приманки не раскладывались, установлены механические ловушки.

При обследовании подвала обнаружены свежий помёт и погрызы на утеплителе трубопроводов у теплового узла, а также незаделанный ввод кабеля диаметром около 4 см — рекомендуем учреждению заделать его металлической сеткой и цементным раствором до повторной обработки.

Контрольный осмотр и повторная обработка — через 14 дней, 25.11.2026. Прошу предупредить персонал, что перемещать и вскрывать контейнеры запрещено.

{SIG_DOC}""", D("49402", [], UB, "doctor: deratization done 11.11 (visit happened); repeat on 25.11 is a plan"),
        cc=[KUZ, HAB])

q74 = """Наталья Сергеевна, добрый день!

11.11.2026 в МБДОУ «Детский сад № 178» (ул. Аэродромная, 52) выполнена дератизация подвала и пищеблока (акт № 1231). ...

Контрольный осмотр и повторная обработка — через 14 дней, 25.11.2026. Прошу предупредить персонал, что перемещать и вскрывать контейнеры запрещено.

С уважением,
Белоусова Татьяна Андреевна"""
yandex("k49402_r", S(25, 11, 50), KUZ, "Re: Д/с 178 (49402) — дератизация проведена, повторно через 14 дней",
       ya_qhead(S(12, 14, 0), DOC) + "\n" + quote(q74) + "\n\n"
       "Повторную сделали сегодня за Рината, контейнеры заменили, поедаемость была процентов 40. В 11:40 уехали. Акт 1274" + YA,
       D("49402", [], UB, "written under the quote: repeat treatment done today, left 11:40"),
       cc=[DOC], reply="<placeholder>")

# =====================================================================
# 49485  Гимназия № 1
# =====================================================================
q28 = """Добрый день. Направляем заявку № 49485: МБОУ «Гимназия № 1», ул. Садовая, 279.
Дезинсекция: поз. 1 — корпус А, поз. 2 — корпус Б, поз. 3 — корпус В, поз. 4 — подвал.
""" + DISP_SIGN
mailru("a49485", S(10, 9, 0), "Re: Заявка 49485 Гимназия № 1", f"""Добрый день!

Заявка принята. Обработку корпусов и подвала планируем на 16–17.11 в связи с загрузкой бригад. Если гимназии требуется раньше — сообщите, постараемся перестроить график.

{SIG_ADM}

{mr_qhead(datetime(2026, 11, 9, 16, 20, tzinfo=MSK), DISP)}
{quote(q28)}""", D("49485", [], PR, "'заявка принята', number only in the Re: subject and quote; positions only in the quoted request"),
       reply=msgid_disp(S(9, 17, 20)))

yandex("k49485_1", S(16, 8, 15), KUZ, "#49485 поз 1,2",
       "Выезжаю на Садовую 279, гимназия. Корпуса А и Б (поз 1, 2).", D("49485", ["1", "2"], VP, "'#49485', leaving for the site"))

yandex("k49485_2", S(16, 9, 5), KUZ, "Re: #49485 поз 1,2",
       "Прибыл на гимназию, поз 1 и 2 в работе" + YA, D("49485", ["1", "2"], NM, "arrived, work in progress"), mode="html")

yandex("k49485_3", S(16, 14, 10), KUZ, "Re: Re: #49485 поз 1,2",
       "Гимназия 1, поз 1 и 2 закончил, акт 1243, Цифокс партия 240915. Корпус В и подвал завтра",
       D("49485", ["1", "2"], UB, "positions 1,2 finished; В and подвал are plans"))

yandex("k49485_4", S(17, 12, 40), KUZ, "49485",
       "3-й корпус закончил, подвал (4) начинаю" + YA,
       R("different statuses for different positions: 3 finished, 4 in progress"), mode="html")

yandex("k49485_5", S(17, 15, 0), KUZ, "49485 поз4",
       "поз4 готво, акт 1248. Уехал",
       D("49485", ["4"], UB, "typo 'готво'; position 4 done, left"))

mailru("a49485_price", S(19, 10, 0), "49485 — стоимость повторной обработки", f"""Наталья Сергеевна, добрый день!

По заявке № 49485 (Гимназия № 1) наш санитарный врач рекомендует повторную дезинсекцию всех корпусов через 14 дней. Обращаем внимание, что повторная обработка не входит в стоимость по муниципальному контракту № 0142300001226000491 (п. 3.2 — однократная обработка).

Стоимость повторной обработки 4 позиций составит 38 400,00 руб. (НДС не облагается, УСН). Просим согласовать дополнительное соглашение либо сообщить, что повторная обработка не требуется.

Счёт № 517 от 19.11.2026 приложим после согласования.

{SIG_ADM}""", R("price/contract talk about a possible repeat treatment; no status"))

# =====================================================================
# 49530  Школа-интернат № 9
# =====================================================================
q30 = """Добрый день. Направляем заявку № 49530: ГБОУ «Школа-интернат № 9», ул. Свободы, 181.
Дезинсекция (постельные клопы).
Позиции: 1 — спальный корпус, 2 — пищеблок, 3 — прачечная.
""" + DISP_SIGN
mailru("a49530", S(10, 11, 20), "Re: Заявка № 49530 — школа-интернат № 9 (клопы)", f"""Добрый день!

Принято. Заявка № 49530 зарегистрирована у нас под внутренним номером ДЭС-2611/087.
Санитарный врач Белоусова Т.А. свяжется с директором интерната для согласования условий обработки спального корпуса (требуется освобождение спален на сутки).

{SIG_ADM}

{mr_qhead(datetime(2026, 11, 10, 9, 41, tzinfo=MSK), DISP)}
{quote(q30)}""", D("49530", [], PR, "'Принято', whole request; internal number ДЭС-2611/087 is noise; positions only in the quote"),
       reply=msgid_disp(S(10, 10, 41)))

outlook("d49530_access", S(12, 15, 30), "Школа-интернат № 9 (заявка 49530): условия обработки спального корпуса", f"""Наталья Сергеевна, добрый день!

По заявке 49530 (школа-интернат № 9): по фотографиям и описанию, которые прислала директор интерната, в спальном корпусе (2 и 3 этажи) постельные клопы есть как минимум в 9 спальнях из 14: живые особи и следы жизнедеятельности в каркасах кроватей, за плинтусами, в швах матрасов.

Обработку спального корпуса при проживающих детях провести невозможно. Дети находятся в интернате с понедельника по пятницу, в том числе ночью. Для обработки необходимо:
1) освободить спальни не менее чем на 24 часа (с последующим проветриванием 3 часа и влажной уборкой);
2) всё постельное бельё, шторы и мягкие игрушки заранее собрать в мешки и выстирать при 60 °C — прачечная интерната с этим справится, если начать в пятницу с утра;
3) матрасы после обработки не использовать не менее 12 часов.

Предлагаем выезд в субботу 14.11 с 8:00, когда дети разъезжаются по домам. Пищеблок и прачечную — по отдельному графику на следующей неделе, чтобы не останавливать стирку белья.

Директор интерната Сафиуллина Р.М. в целом согласна, но просит письменное подтверждение от управления. Прошу помочь с этим.

{SIG_DOC}""", R("access problem (children live in the building); proposes Saturday; only plans"))

rr_dt = S(12, 16, 5)
rr_bb = boundary()
rr_txt = """Ваше сообщение

  Кому: Белоусова Татьяна Андреевна
  Тема: Заявка 49530 — согласование субботы
  Отправлено: 12 ноября 2026 г. 15:50

было прочитано 12 ноября 2026 г. 16:05."""
rr_body = (f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{rr_bb}"\n\n'
           f"--{rr_bb}\n").encode() + part("text/plain", rr_txt, "windows-1251", "quoted-printable") + \
    (f"\n--{rr_bb}\nContent-Type: message/disposition-notification\n\n"
     "Reporting-UA: belousova-pc; Microsoft Outlook 16.0\n"
     "Final-Recipient: rfc822;belousova@dezekoservis.ru\n"
     f"Original-Message-ID: {msgid_disp(S(12, 15, 50))}\n"
     "Disposition: manual-action/MDN-sent-manually; displayed\n"
     f"\n--{rr_bb}--\n").encode()
add("rr49530", rr_dt, [("From", addr(DOC, "windows-1251")), ("To", DISP[1]),
                       ("Subject", hdr("Прочитано: Заявка 49530 — согласование субботы", "windows-1251")),
                       ("Date", format_datetime(rr_dt)), ("Message-ID", msgid_outlook()),
                       ("X-Mailer", "Microsoft Outlook 16.0")], rr_body,
    I("read receipt (MDN) generated by Outlook"))

yandex("m49530_1", S(14, 7, 30), MIR, "Наряд 49530",
       "Доброе утро. По наряду 49530 выехали в интернат на Свободы, 3 человека, будем в 8:10.",
       D("49530", [], VP, "'наряд 49530', 'выехали в интернат ... будем в 8:10'"))

yandex("m49530_2", S(14, 8, 20), MIR, "Re: Наряд 49530",
       "обращение 49530 – на объекте с 8:15, дети разъехались, начинаем" + YA,
       D("49530", [], NM, "'на объекте с 8:15'"), mode="html")

outlook("d49530_done", S(16, 10, 15), "49530 — спальный корпус обработан, повтор 28.11", f"""Наталья Сергеевна, доброе утро!

14.11.2026 бригадой в составе Миронова А.В. и Садыкова И.Р. под моим контролем проведена дезинсекция спального корпуса (поз. 1 заявки 49530) против постельных клопов. Обработаны каркасы кроватей, плинтусы, розетки и выключатели (обесточены), швы матрасов, мебель. Применены Медилис-Ципер (партия 240822) и Цифокс (партия 240915) методом мелкокапельного опрыскивания. Акт № 1241, обработано 1 180 кв. м.

Дети вернулись в воскресенье вечером, жалоб нет.

Обращаю внимание: повторная обработка через 14 дней ОБЯЗАТЕЛЬНА — яйца клопов устойчивы к инсектицидам. Дата — 28.11.2026 (суббота), условия те же: спальни свободны с 8:00, бельё выстирано заранее.

Пищеблок и прачечная (поз. 2, 3) — 18.11 по графику.

{SIG_DOC}""", D("49530", ["1"], UB, "doctor: position 1 treated on 14.11 (visit happened); repeat 28.11 and поз. 2,3 on 18.11 are plans"))

yandex("m49530_3", S(18, 16, 0), MIR, "49530 (2,3)",
       "Пищеблок и прачечную в интернате отрабтали, уехали 15:40. Акт 1256." + YA,
       D("49530", ["2", "3"], UB, "subject '49530 (2,3)'; typo 'отрабтали'; left 15:40"), mode="html")

add("auto_doc", S(18, 10, 0), [
    ("From", addr(DOC, "windows-1251")), ("To", DISP[1]),
    ("Subject", hdr("Автоматический ответ: 49530 — спальный корпус обработан, повтор 28.11", "windows-1251")),
    ("Date", format_datetime(S(18, 10, 0))), ("Message-ID", msgid_outlook()),
    ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "Microsoft Outlook 16.0")],
    part("text/plain", """Здравствуйте!

Я нахожусь в отпуске с 18 по 22 ноября 2026 г. включительно.
По вопросам дезинфекционных обработок обращайтесь к администратору Пахомовой Ольге Викторовне: тел. +7 (846) 250-37-19, dezekoservis@mail.ru.

Белоусова Т.А.""", "windows-1251", "quoted-printable"),
    I("Outlook out-of-office auto-reply; subject contains 49530 and 'обработан'"))

# =====================================================================
# 49617  Стоматологическая поликлиника № 2
# =====================================================================
mailru("a49617_q", S(11, 11, 40), "Заявка 49617 — уточнение", f"""Добрый день!

По заявке № 49617 (ГБУЗ «Самарская стоматологическая поликлиника № 2», ул. Мичурина, д. 78) просим уточнить контактное лицо со стороны поликлиники и возможное время доступа. В заявке указан телефон регистратуры 8 (846) 334-12-07, там нам сообщили, что обработку в часы приёма не допустят.
Возможна ли обработка после 19:00 или в воскресенье?

{SIG_ADM}""", R("question to the dispatcher, no status"))

q38 = ("Ольга Викторовна, добрый день. Контакт — главная медсестра Юсупова Гульнара Фаритовна, +7 917 955-40-12. "
       "Обработка возможна только после 19:00 в будни.\n" + DISP_SIGN)
mailru("a49617", S(12, 9, 0), "Re: Заявка 49617 — уточнение", f"""Наталья Сергеевна, спасибо за информацию.

Заявку № 49617 принимаем в работу, обработка по согласованию с Г.Ф. Юсуповой — 17.11 после 19:00. Техник Егоров Д.А.

{SIG_ADM}

{mr_qhead(datetime(2026, 11, 11, 17, 22, tzinfo=MSK), DISP)}
{quote(q38)}""", D("49617", [], PR, "'принимаем в работу' (acceptance); the 17.11 visit is a plan"),
       reply=msgid_disp(S(11, 18, 22)))

yandex("e49617_1", S(17, 18, 40), EGO, "Мичурина 78 — 49617",
       "Выдвигаемся на Мичурина 78, стоматология. Будем в 19:30" + YA, D("49617", [], VP, "on the way; 78 is a house number"),
       mode="html")

fw61 = """Ольга Викторовна, 49617 поз. 1, 2 — дезинфекция выполнена, Ника-хлор партия 241102, акт 1252. Уехали в 21:05.

Отправлено из мобильной Яндекс Почты"""
mailru("a49617_fw", S(18, 8, 30), "Fwd: 49617 поз. 1, 2", f"""Доброе утро!
Пересылаю вчерашний вечерний отчёт техника по стоматологической поликлинике № 2.

-------- Пересылаемое сообщение --------
От кого: Денис Егоров <d.egorov@dezekoservis.ru>
Кому: Ольга Пахомова <dezekoservis@mail.ru>
Дата: Вторник, 17 ноября 2026, 21:15 +04:00
Тема: 49617 поз. 1, 2

{fw61}
----------------------------------------------------------------------

{SIG_ADM}""", D("49617", ["1", "2"], UB, "forward of yesterday's technician report: поз. 1, 2 done, left 21:05"))

# =====================================================================
# 49706  Детский сад № 401
# =====================================================================
q48 = """Добрый день. Заявка № 49706: МБДОУ «Детский сад № 401», пр. Карла Маркса, 230. Поз. 1 — пищеблок, дезинсекция (тараканы).
""" + DISP_SIGN
yandex("h49706_1", S(16, 7, 45), HAB, "Re: Заявка 49706 д/с 401",
       "Выехал в 401-й, к 8:30 буду" + YA + "\n\n" + ya_qhead(S(12, 10, 14), DISP) + "\n" + quote(q48),
       D("49706", [], VP, "'выехал в 401-й' = going to the kindergarten (401 = kindergarten number)"), reply=msgid_disp(S(12, 10, 14)))

yandex("h49706_2", S(16, 8, 50), HAB, "Re: Заявка 49706 д/с 401",
       "Приехал, пищеблок закрыт. Повар без заведующей не пускает, заведующая на совещании в департаменте до обеда. "
       "Подождал 15 мин, уехал на другой объект. Обработку не провёл" + YA,
       R("premises closed, treatment not done; crew left without doing the work"), mode="html")

yandex("h49706_3", S(19, 11, 0), HAB, "49706",
       "Сделал 401-й, пищеблок. Агран партия 240530, акт 1258. Заведующая подписала, уехал в 10:50",
       D("49706", [], UB, "single-position request done, left 10:50"))

add("auto_hab", S(23, 12, 1), [
    ("From", addr(HAB)), ("To", DISP[1]),
    ("Subject", hdr("Re: 49706 — повторная через 14 дней?")),
    ("Date", format_datetime(S(23, 12, 1))), ("Message-ID", msgid_yandex()),
    ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
    ("In-Reply-To", msgid_disp(S(23, 11, 59)))],
    part("text/plain", "Здравствуйте! Я в отпуске до 30 ноября, почту не читаю. По срочным вопросам — Кузьмин Сергей, +7 927 711-40-93.\n\nРинат Хабибуллин",
         "utf-8", "base64"),
    I("Yandex vacation auto-reply (Auto-Submitted), subject is a 'Re:' with a request number"))

# =====================================================================
# 49822  Школа № 12
# =====================================================================
plain53 = f"""Добрый день!

Заявка № 49822 (МБОУ «Школа № 12», ул. Фрунзе, д. 92) — дератизация:

Позиция 1 (подвал): принята в работу
Позиция 2 (пищеблок): принята в работу

Выезд — 18.11.2026 с 8:00, техник Егоров Д.А.

{SIG_ADM}"""
html53 = ("<html><body><div>Добрый день!</div><div>&nbsp;</div>"
          "<div>Заявка № 49822 (МБОУ «Школа № 12», ул. Фрунзе, д. 92) — дератизация:</div>"
          '<table border="1" cellspacing="0" cellpadding="4"><tbody>'
          "<tr><td>Позиция 1</td><td>подвал</td><td>принята в работу</td></tr>"
          "<tr><td>Позиция 2</td><td>пищеблок</td><td>принята в работу</td></tr>"
          "</tbody></table><div>&nbsp;</div><div>Выезд — 18.11.2026 с 8:00, техник Егоров Д.А.</div><div>&nbsp;</div>"
          + to_html(SIG_ADM, wrap=False) + "</body></html>")
mailru("a49822", S(16, 11, 0), "Заявка 49822 (школа № 12)", plain53,
       D("49822", ["1", "2"], PR, "table rows per position, both accepted; '12' is the school number"), html_text=html53)

yandex("e49822_1", S(18, 8, 10), EGO, "49822", "выехали на Фрунзе 92" + YA,
       D("49822", [], VP, "'выехали на Фрунзе' = leaving for the site"), mode="html")

yandex("e49822_2", S(18, 13, 30), EGO, "Re: 49822",
       "п1 п2 зaвершено, Ратобор партия 250302, акт 1255, уехали с Фрунзе в 13:20" + YA + "\n\n" +
       ya_qhead(S(18, 8, 10), EGO) + "\n> выехали на Фрунзе 92",
       D("49822", ["1", "2"], UB, "'зaвершено' with Latin a; 'уехали с Фрунзе' = left (preposition 'с')"), mode="plainqp")

# =====================================================================
# Разное: расписания, ошибки, два обращения, рассылка
# =====================================================================
def sched(key, dt, subj, intro, rows, label):
    plain = "Добрый день!\n\n" + intro + "\n\n" + "\n".join(
        f"{d} | {t} | {o} | заявка {n} | {p} | {w}" for d, t, o, n, p, w in rows) + \
        "\n\nВозможны изменения по погоде и готовности объектов, об изменениях сообщим дополнительно.\n\n" + SIG_ADM
    h = ("<html><body><div>Добрый день!</div><div>&nbsp;</div><div>" + html.escape(intro) + "</div><div>&nbsp;</div>"
         '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">'
         "<tr><th>Дата</th><th>Время</th><th>Объект</th><th>Заявка</th><th>Помещения</th><th>Техник</th></tr>" +
         "".join(f"<tr><td>{d}</td><td>{t}</td><td>{html.escape(o)}</td><td>{n}</td><td>{html.escape(p)}</td><td>{w}</td></tr>"
                 for d, t, o, n, p, w in rows) +
         "</table><div>&nbsp;</div><div>Возможны изменения по погоде и готовности объектов, об изменениях сообщим дополнительно.</div><div>&nbsp;</div>"
         + to_html(SIG_ADM, wrap=False) + "</body></html>")
    mailru(key, dt, subj, plain, label, html_text=h)


sched("sched1", S(6, 17, 0), "График выездов на 09–14 ноября 2026 г.",
      "Направляем график выездов бригад ООО «ДезЭкоСервис» на неделю 09.11–14.11.2026:",
      [("09.11", "8:30", "Д/с № 45, ул. Победы, 96", "49211", "пищеблок, прачечная (поз. 1, 2)", "Кузьмин С.И."),
       ("10.11", "8:30", "Дет. поликлиника № 3, ул. Гагарина, 40", "49274", "корпус А, корпус Б", "Егоров Д.А."),
       ("10.11", "9:00", "Лицей № 57, ул. Ленинградская, 33", "49339", "пищеблок, подвал, спортзал", "Миронов А.В."),
       ("14.11 (сб)", "9:00", "Д/с № 45, ул. Победы, 96", "49211", "групповые 1 этажа (поз. 3)", "Кузьмин С.И.")],
      R("weekly schedule of visits: plans for several requests"))

sched("sched2", S(13, 14, 0), "График выездов ООО «ДезЭкоСервис» на 16–20 ноября 2026",
      "График выездов на следующую неделю (16.11–20.11.2026), включая повторные обработки:",
      [("16.11", "8:30", "Гимназия № 1, ул. Садовая, 279", "49485", "корпуса А, Б", "Кузьмин С.И."),
       ("16.11", "8:30", "Д/с № 401, пр. Карла Маркса, 230", "49706", "пищеблок", "Хабибуллин Р.Р."),
       ("17.11", "8:00", "Школа № 81, ул. Ново-Садовая, 18", "49017", "повторная: корпус А", "Кузьмин С.И."),
       ("17.11", "10:00", "Гимназия № 1, ул. Садовая, 279", "49485", "корпус В, подвал", "Кузьмин С.И."),
       ("17.11", "19:00", "Стоматол. поликлиника № 2, ул. Мичурина, 78", "49617", "1 и 2 этажи", "Егоров Д.А."),
       ("18.11", "13:00", "Школа-интернат № 9, ул. Свободы, 181", "49530", "пищеблок, прачечная", "Миронов А.В."),
       ("19.11", "8:00", "Школа № 81, ул. Ново-Садовая, 18", "49017", "повторная: корпус Б, пищеблок", "Кузьмин С.И.")],
      R("weekly schedule of visits (plans, many requests)"))

yandex("m_bad", S(16, 15, 0), MIR, "Заявка 49127",
       "Заявка 49127 — закончили, подвал обработан, акт 1245" + YA,
       R("request 49127 does not exist in the registry (typo?)"), mode="html")

yandex("k_nonum", S(19, 11, 30), KUZ, "садик на Аэродромной",
       "Был в саду на Аэродромной, осмотрел контейнеры в подвале, поедаемость примерно треть. Следы свежие у теплоузла. "
       "Надо бы ещё 6 контейнеров добавить, скажите заведующей чтобы не убирали",
       R("no request number at all; an inspection note and a suggestion"))

yandex("h_badpos", S(20, 9, 40), HAB, "49146 поз 3",
       "49146 поз 3 повторно обработали, уехал" + YA,
       R("request 49146 has only position 1; position 3 does not exist"), mode="html")

yandex("h_two", S(20, 15, 0), HAB, "повторные 312 и 148",
       "Сегодня сделал повторную по 49058 (сад 312) и по 49146 (школа 148), акты 1261 и 1262. Контейнеры заменил везде" + YA,
       R("technician reports on two different requests in one letter"), mode="html")

news_txt = """Уважаемые партнёры!

Наступает зима — время, когда грызуны активно перебираются в подвалы и тёплые помещения. ООО «ДезЭкоСервис» напоминает:

• дератизация подвалов образовательных учреждений — от 2 800 руб. за объект;
• абонентское обслуживание с ежемесячным контролем — скидка 15 % до 31.12.2026;
• все средства зарегистрированы, сертификаты и паспорта безопасности — по запросу.

Звоните: +7 (846) 250-37-19 или отвечайте на это письмо.

Вы получили это письмо, так как являетесь клиентом ООО «ДезЭкоСервис». Отписаться: https://dezekoservis.ru/unsubscribe?u=7731"""
ndt = S(2, 16, 0)
add("news", ndt, [("From", addr(NEWS)), ("To", DISP[1]),
                  ("Subject", hdr("Зимняя дератизация: скидка 15 % для бюджетных учреждений")),
                  ("Date", format_datetime(ndt)), ("Message-ID", f"<news.20261102.{rnd.randint(10**6, 10**7)}@dezekoservis.ru>"),
                  ("Precedence", "bulk"), ("List-Id", "<news.dezekoservis.ru>"),
                  ("List-Unsubscribe", "<mailto:unsubscribe@dezekoservis.ru?subject=unsubscribe>, <https://dezekoservis.ru/unsubscribe?u=7731>"),
                  ("X-Mailer", "UniSender")],
    multipart("alternative", [part("text/plain", news_txt, "utf-8", "quoted-printable"),
                              part("text/html", to_html(news_txt), "utf-8", "base64")]),
    I("bulk marketing mailing (Precedence: bulk, List-Unsubscribe)"))

# ---------------------------------------------------------------- fix reply placeholders
# k49017_2 отвечает на k49017_1, k49402_r — на d49402
def fix_reply(key, parent):
    for L in LETTERS:
        if L["key"] == key:
            L["raw"] = L["raw"].replace(b"<placeholder>", MIDS[parent].encode())


fix_reply("k49017_2", "k49017_1")
fix_reply("k49402_r", "d49402")

# ---------------------------------------------------------------- registry
REG = {
    "contractor": {
        "name": "ООО «ДезЭкоСервис»",
        "emails": [ADM[1], KUZ[1], MIR[1], HAB[1], EGO[1], DOC[1], NEWS[1], DAEMON[1]],
        "domains": ["dezekoservis.ru"],
    },
    "requests": [
        {"number": "49017", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "МБОУ Школа № 81, ул. Ново-Садовая, 18; дезинсекция. 1 — корпус А, 2 — корпус Б, 3 — пищеблок"},
        {"number": "49058", "positions": ["1", "2"], "registered_at": "2026-11-02T10:30:00+03:00",
         "comment": "МБДОУ Детский сад № 312, ул. Стара-Загора, 71; дератизация. 1 — пищеблок, 2 — подвал"},
        {"number": "49103", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-03T08:45:00+03:00",
         "comment": "Городская поликлиника № 6, пр. Кирова, 161; дезинфекция/дератизация. 1 — 1 этаж, 2 — 2 этаж, 3 — 3 этаж, 4 — подвал"},
        {"number": "49146", "positions": ["1"], "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "МБОУ Школа № 148, ул. Чернореченская, 12; дератизация. 1 — подвал"},
        {"number": "49211", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "МБДОУ Детский сад № 45, ул. Победы, 96; дезинсекция. 1 — пищеблок, 2 — прачечная, 3 — групповые 1 этажа"},
        {"number": "49274", "positions": ["1", "2"], "registered_at": "2026-11-05T14:20:00+03:00",
         "comment": "Детская поликлиника № 3, ул. Гагарина, 40; дезинфекция. 1 — корпус А, 2 — корпус Б"},
        {"number": "49339", "positions": ["1", "2", "3"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "МБОУ Лицей № 57, ул. Ленинградская, 33. 1 — пищеблок, 2 — подвал, 3 — спортзал"},
        {"number": "49402", "positions": ["1", "2"], "registered_at": "2026-11-09T09:30:00+03:00",
         "comment": "МБДОУ Детский сад № 178, ул. Аэродромная, 52; дератизация. 1 — подвал, 2 — пищеблок"},
        {"number": "49485", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T13:00:00+03:00",
         "comment": "МБОУ Гимназия № 1, ул. Садовая, 279; дезинсекция. 1 — корпус А, 2 — корпус Б, 3 — корпус В, 4 — подвал"},
        {"number": "49530", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:30:00+03:00",
         "comment": "ГБОУ Школа-интернат № 9, ул. Свободы, 181; клопы. 1 — спальный корпус, 2 — пищеблок, 3 — прачечная"},
        {"number": "49617", "positions": ["1", "2"], "registered_at": "2026-11-11T10:00:00+03:00",
         "comment": "Стоматологическая поликлиника № 2, ул. Мичурина, 78; дезинфекция. 1 — 1 этаж, 2 — 2 этаж"},
        {"number": "49706", "positions": ["1"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "МБДОУ Детский сад № 401, пр. Карла Маркса, 230; дезинсекция. 1 — пищеблок"},
        {"number": "49822", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "МБОУ Школа № 12, ул. Фрунзе, 92; дератизация. 1 — подвал, 2 — пищеблок"},
    ],
}

# ---------------------------------------------------------------- write
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
LETTERS.sort(key=lambda L: L["dt"])
labels = {}
for i, L in enumerate(LETTERS, 1):
    name = f"{i:03d}.eml"
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(L["raw"])
    lab = dict(L["label"])
    lab["note"] = f"[{L['key']}] " + lab["note"]
    labels[name] = lab

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REG, fh, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
