#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for the persona ООО «АкваМетрология» (Челябинск, +0500).

Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
Messages are serialised by hand (headers, MIME parts, transfer encodings) so that
charsets / encodings are exactly what the sending client would produce; every file is
then re-parsed with the standard `email` package as a check (see check() at the end).
"""
import base64
import hashlib
import json
import os
import quopri
import re
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")

TZ5 = timezone(timedelta(hours=5))   # Челябинск
TZ3 = timezone(timedelta(hours=3))   # Москва (SMS-шлюз, заказчик)

DISPATCH = "dispatch@zakazchik-omis.ru"
DISP_NAME = "Диспетчерская служба ОМИС"
DOMAIN = "akvametrologia.ru"

# ---------------------------------------------------------------- people
DARYA_ZAYAVKI = ("АкваМетрология — колл-центр", "zayavki@akvametrologia.ru")
DARYA = ("Дарья Сорокина", "d.sorokina@akvametrologia.ru")
LYTKIN = ("Лыткин Игорь Валентинович", "i.lytkin@akvametrologia.ru")
KUZMIN_MAIL = ("Кузьмин Павел", "p.kuzmin@akvametrologia.ru")
NEWS = ("АкваМетрология", "news@akvametrologia.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@mail.akvametrologia.ru")
SMSBOT = ("SMS2Email", "noreply@sms.akvametrologia.ru")

METRO = {
    "M1": ("Галиев Рустам", "+79124085517"),
    "M2": ("Кузьмин Павел", "+79517723041"),
    "M3": ("Шевчук Антон", "+79080619284"),
}


def sms_addr(m):
    name, phone = METRO[m]
    return (name + " (SMS)", phone[1:] + "@sms.akvametrologia.ru")


# ---------------------------------------------------------------- encoders
def _q_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if c == 0x20:
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def enc_words(s, cs="utf-8", mode="B"):
    """RFC 2047 encode a whole string into one or more encoded words."""
    if all(ord(c) < 128 for c in s):
        return s
    if cs == "koi8-r":
        s = koi_fix(s)
    words, cur = [], ""
    limit = 75 - len(cs) - 7
    for ch in s:
        trial = cur + ch
        b = trial.encode(cs)
        ln = len(base64.b64encode(b)) if mode == "B" else len(_q_bytes(b))
        if ln > limit and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    words.append(cur)
    res = []
    for w in words:
        b = w.encode(cs)
        if mode == "B":
            res.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            res.append("=?%s?Q?%s?=" % (cs, _q_bytes(b)))
    return "\n ".join(res)


def subj(s, cs="utf-8", mode="B", keep_prefix=False):
    """Encode a subject. keep_prefix: leave a leading ASCII 'Re: '/'FW: ' unencoded."""
    if keep_prefix:
        m = re.match(r"^((?:(?:Re|RE|Fwd|FW|Fw):\s*)+)(.*)$", s)
        if m and not all(ord(c) < 128 for c in m.group(2)):
            return m.group(1) + enc_words(m.group(2), cs, mode)
    return enc_words(s, cs, mode)


def addr(pair, cs="utf-8", mode="B"):
    name, a = pair
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[()<>@,;:\\".\[\]]', name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (enc_words(name, cs, mode), a)


def fmt_date(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        days[dt.weekday()], dt.day, months[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, sign, mins // 60, mins % 60)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value) – ascii only
        self.body = body            # bytes

    def to_bytes(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


KOI_FIX = {"—": "-", "–": "-", "«": '"', "»": '"', "№": "N"}


def koi_fix(s):
    for k, v in KOI_FIX.items():
        s = s.replace(k, v)
    return s


def text(body, subtype="plain", cs="utf-8", cte="base64", extra_ct=""):
    if cs == "koi8-r":
        body = koi_fix(body)   # KOI8-R has no dashes/guillemets/№: The Bat! user types - " N
    raw = body.encode(cs)
    if cte == "base64":
        enc = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        if not enc.endswith(b"\n"):
            enc += b"\n"
    else:
        enc = raw if raw.endswith(b"\n") else raw + b"\n"
    ct = 'text/%s; charset="%s"%s' % (subtype, cs, extra_ct)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], enc)


_bcount = [0]


def multipart(subtype, parts, extra="", preamble=""):
    _bcount[0] += 1
    b = "----=_NextPart_%03d_%s" % (_bcount[0], hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:16].upper())
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += ("\n--%s\n" % b).encode() + p.to_bytes()
    body += ("\n--%s--\n" % b).encode()
    return Part([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, extra, b))], body)


def raw_part(ctype, body_bytes, cte="7bit", extra_headers=()):
    hs = [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    hs.extend(extra_headers)
    return Part(hs, body_bytes)


# ---------------------------------------------------------------- message ids
_mid = [0]


def mid(kind, dt, extra=""):
    _mid[0] += 1
    h = hashlib.sha1(("%s%s%d%s" % (kind, dt, _mid[0], extra)).encode()).hexdigest()
    if kind == "outlook":
        return "<%s$%s$%s$@akvametrologia.ru>" % ("000" + h[:9], h[9:17], h[17:25])
    if kind == "thebat":
        return "<%d.%s@akvametrologia.ru>" % (int(h[:8], 16) % 2000000000, dt.strftime("%Y%m%d%H%M%S"))
    if kind == "sms":
        return "<sms.%s.%s.%s@sms.akvametrologia.ru>" % (extra, dt.strftime("%Y%m%d%H%M%S"), h[:6])
    if kind == "yandex":
        return "<%d%s@mail.akvametrologia.ru>" % (int(h[:6], 16), h[6:10])
    return "<%s.%s@mail.akvametrologia.ru>" % (h[:20], dt.strftime("%Y%m%d%H%M%S"))


MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "thebat": "The Bat! (v10.4.3) Professional",
    "sms": "SMS2Email gateway 2.3.1",
    "yandex": None,
    "web": None,
}


def message(frm, subject_enc, dt, body_part, kind="outlook", to=DISPATCH, cc=None,
            in_reply_to=None, extra_headers=(), addr_cs="utf-8", addr_mode="B"):
    hs = []
    hs.append(("From", addr(frm, addr_cs, addr_mode)))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", subject_enc))
    hs.append(("Date", fmt_date(dt)))
    extra = METRO_PHONE.get(frm[1], "")
    hs.append(("Message-ID", mid(kind, dt, extra)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", in_reply_to))
    hs.append(("MIME-Version", "1.0"))
    if MAILERS.get(kind):
        hs.append(("X-Mailer", MAILERS[kind]))
    hs.extend(extra_headers)
    h = "".join("%s: %s\n" % (k, v) for k, v in hs)
    return h.encode("ascii") + body_part.to_bytes()


METRO_PHONE = {sms_addr(m)[1]: METRO[m][1][1:] for m in METRO}


def L(y, mo, d, h, mi, s=0, tz=TZ5):
    return datetime(2026, mo, d, h, mi, s, tzinfo=tz)


# ---------------------------------------------------------------- signatures
SIG_A = ("С уважением,\nДарья Сорокина\nоператор колл-центра ООО «АкваМетрология»\n"
         "тел. +7 (351) 211-40-57, доб. 103")
SIG_B = "С уважением, Дарья\nколл-центр «АкваМетрология», 8-800-301-57-57"
SIG_C = ("--\nДарья Сорокина | ООО «АкваМетрология»\n454091, г. Челябинск, ул. Свободы, 2, оф. 305\n"
         "ИНН 7453301257 / КПП 745301001")
SIG_L = "-- \nЛыткин И.В., технический директор ООО «АкваМетрология»\n+7 912 300-57-01"

RU_MONTH = {11: "ноября"}


def outlook_block(dt, subject, to="zayavki@akvametrologia.ru"):
    return ("От: %s [mailto:%s]\nОтправлено: %d %s 2026 г. %d:%02d\nКому: %s\nТема: %s\n"
            % (DISP_NAME, DISPATCH, dt.day, RU_MONTH[dt.month], dt.hour, dt.minute, to, subject))


def bat_quote(greet, dt, lines, initials):
    q = "\n".join((initials + "> " + l) if l else initials + ">" for l in lines)
    return ("%s\n\nВы писали %d %s 2026 г., %02d:%02d:%02d:\n\n%s\n"
            % (greet, dt.day, RU_MONTH[dt.month], dt.hour, dt.minute, dt.second, q))


def gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


# ---------------------------------------------------------------- SMS gateway
SMS_SUBJECTS = {"std": "SMS от {phone}", "none": "", "short": "SMS"}


def sms_body(m, dt_msk, txt):
    name, phone = METRO[m]
    return ("SMS2Email | входящее сообщение\n"
            "Отправитель: %s (%s)\n"
            "Принято шлюзом: %s МСК\n"
            "----------------------------------------\n"
            "%s\n"
            "----------------------------------------\n"
            "Ответ на это письмо будет доставлен отправителю в виде SMS (до 160 символов).\n"
            % (phone, name, dt_msk.strftime("%d.%m.%Y %H:%M:%S"), txt))


def sms(m, dt_local, txt, subj_mode="std"):
    dt = dt_local.astimezone(TZ3)
    name, phone = METRO[m]
    s = SMS_SUBJECTS[subj_mode].format(phone=phone)
    body = text(sms_body(m, dt, txt), "plain", "utf-8", "base64")
    return message(sms_addr(m), subj(s, "utf-8", "B"), dt, body, kind="sms",
                   cc="zayavki@akvametrologia.ru",
                   extra_headers=[("X-SMS-Sender", phone)])


def sms_raw_text(m, dt_local, txt, subj_mode="std"):
    """The same SMS e-mail as bytes, for forwarding/attaching."""
    return sms(m, dt_local, txt, subj_mode)


# ================================================================ LETTERS
letters = []   # (datetime, bytes, label)


def add(dt, raw, label):
    letters.append((dt, raw, label))


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 57014 Кирова 112
q_dt = L(2026, 11, 2, 11, 16)
q_subj = "Заявка № 57014 от 02.11.2026 (ул. Кирова, 112)"
dt = L(2026, 11, 2, 12, 5, 41)
body = ("Добрый день!\n\n"
        "Ваша заявка № 57014 принята в работу.\n"
        "Объект: г. Челябинск, ул. Кирова, 112, подъезды 1–4 (поверка и замена ИПУ ХВС/ГВС).\n"
        "Выход метрологов планируем на 03.11.2026 с 9:00, о выезде сообщим дополнительно.\n"
        "Просим заранее оповестить жителей через управляющую компанию.\n\n"
        + SIG_A + "\n\n" + outlook_block(q_dt, q_subj) + "\n"
        "Добрый день.\nНаправляем заявку № 57014.\nАдрес: ул. Кирова, 112. Позиции 1–4 — подъезды 1–4, "
        "поверка/замена ИПУ ХВС и ГВС.\nСтатус: заявка отправлена.\n\nДиспетчер Н. Гареева\n")
add(dt, message(DARYA_ZAYAVKI, subj("RE: " + q_subj, "windows-1251", "Q", keep_prefix=True), dt,
                text(body, "plain", "windows-1251", "quoted-printable"), "outlook",
                in_reply_to="<omis.57014.20261102091600@zakazchik-omis.ru>", addr_cs="windows-1251"),
    D("57014", [], ACC, "Дарья: заявка принята в работу; выезд 03.11 — только план, статус = принята"))

add(L(2026, 11, 3, 8, 47, 12),
    sms("M3", L(2026, 11, 3, 8, 47, 12),
        "57014 kirova 112 vyehali s bazy budem minut cherez 20 pozvonite v UK pust otkroyut podval"),
    D("57014", [], WAY, "SMS транслитом: выехали с базы, будем через 20 минут = в пути; позиции не названы"))

add(L(2026, 11, 3, 9, 20, 3),
    sms("M3", L(2026, 11, 3, 9, 20, 3), "57014 pod.1 na meste nachali obhod kv", "none"),
    D("57014", ["1"], ON, "SMS без темы: подъезд 1 на месте"))

add(L(2026, 11, 3, 13, 40, 2),
    sms("M3", L(2026, 11, 3, 13, 40, 2),
        "57014 1 pod zakonchili 2 kv ne otkryli akt v UK. 2 pod na meste rabotaem"),
    R("разные статусы по позициям: 1-й подъезд закончен (убыл), на 2-м работают (на месте)"))

dt = L(2026, 11, 3, 17, 55, 30)
body = ("По 57014 итог дня: подъезды 1 и 2 закончены, бригада с Кирова уехала в 17:30.\n"
        "3 и 4 подъезды — завтра с утра.\n"
        "Лыткин\n\n"
        + bat_quote("Здравствуйте, Антон.", L(2026, 11, 3, 13, 40, 2),
                    ["57014 1 pod zakonchili 2 kv ne otkryli akt v UK. 2 pod na meste rabotaem"], "ША"))
add(dt, message(LYTKIN, subj("Re: 57014 Кирова 112", "koi8-r", "B", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "8bit"), "thebat", addr_cs="koi8-r"),
    D("57014", ["1", "2"], LEFT, "техдир поверх цитаты SMS: подъезды 1 и 2 закончены, уехали; 3 и 4 — план на завтра"))

dt = L(2026, 11, 4, 16, 30, 8)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Добрый день!</p>
<p>Направляем информацию о выполнении работ по заявке № 57014 (г. Челябинск, ул. Кирова, 112).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dce6f1"><th>Позиция</th><th>Подъезд</th><th>Прибытие</th><th>Убытие</th><th>Примечание</th></tr>
<tr><td>3</td><td>подъезд № 3</td><td>09:05</td><td>15:10</td><td>поверено 19 ИПУ, 1 замена ВСХд-15 (пломба № 1140577)</td></tr>
<tr><td>4</td><td>подъезд № 4</td><td>09:40</td><td>16:05</td><td>поверено 22 ИПУ</td></tr>
</table>
<p>Работы по подъездам 3 и 4 завершены, специалисты объект покинули. Акты передаются в УК «Ремжилзаказчик».</p>
<p>С уважением,<br>Дарья Сорокина<br>оператор колл-центра ООО «АкваМетрология»<br>тел. +7 (351) 211-40-57, доб. 103</p>
</body></html>
"""
add(dt, message(DARYA, subj("Отчёт по заявке № 57014 — подъезды 3, 4", "windows-1251", "B"), dt,
                text(html, "html", "windows-1251", "base64"), "outlook", addr_cs="windows-1251"),
    D("57014", ["3", "4"], LEFT, "HTML-таблица: по позициям 3 и 4 прибытие и убытие, последнее событие — убыл"))

# ---------------------------------------------------------------- 57032 СОШ 48 ИТП
dt = L(2026, 11, 3, 14, 12, 55)
body = ("Здравствуйте!\n\n"
        "Заявка 57032 (МАОУ «СОШ № 48», индивидуальный тепловой пункт) принята, работы выполняем "
        "по договору № 14/2026-ТО от 15.01.2026.\n"
        "Позиция 1 — снятие теплосчётчика ВКТ-7 на поверку — назначена на 05.11.\n"
        "Позиция 2 — обратный монтаж — после поверки, ориентировочно 12–13.11.\n"
        "Просим обеспечить доступ в ИТП (завхоз школы, тел. +7 (351) 793-48-10).\n\n"
        + SIG_C + "\n")
add(dt, message(DARYA, subj("Заявка 57032 — СОШ № 48, ИТП — принята", "utf-8", "B"), dt,
                text(body, "plain", "utf-8", "8bit"), "yandex"),
    D("57032", [], ACC, "заявка принята; даты по позициям — планы; договор/телефон — не номера заявок"))

add(L(2026, 11, 5, 8, 10, 44),
    sms("M1", L(2026, 11, 5, 8, 10, 44), "57032 поз1 выехал в школу 48 на снятие вкт7 буду к 8 30"),
    D("57032", ["1"], WAY, "выехал в школу (направление НА объект) = в пути, поз1; 48 — номер школы"))

add(L(2026, 11, 5, 11, 30, 19),
    sms("M1", L(2026, 11, 5, 11, 30, 19),
        "57032 поз1 вкт7 зав 118407 демонтирован пломбы сняты акт у завхоза уехал в лабораторию", "none"),
    D("57032", ["1"], LEFT, "демонтирован, уехал в лабораторию = убыл с объекта; 118407 — заводской номер"))

dt = L(2026, 11, 12, 16, 2, 10)
body = ("ВКТ-7 из лаборатории вернули, поверка пройдена (ФГИС «Аршин», запись С-АМ/11-11-2026/357091).\n"
        "Монтаж по поз. 2 — завтра, 13.11, с 10:00, Галиев. Доступ в ИТП согласован с завхозом.\n"
        "ИВ\n\n"
        + bat_quote("Здравствуйте, Диспетчерская.", L(2026, 11, 12, 13, 40, 0),
                    ["Добрый день.", "По заявке 57032 прошу сообщить дату обратного монтажа по поз. 2.",
                     "Диспетчер Н. Гареева"], "ДС"))
add(dt, message(LYTKIN, subj("Re: Заявка 57032 — СОШ № 48, ИТП", "koi8-r", "Q", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "quoted-printable"), "thebat",
                in_reply_to="<omis.57032.20261112114000@zakazchik-omis.ru>", addr_cs="koi8-r"),
    R("только план: монтаж по поз. 2 завтра; о поверке прибора в лаборатории — не статус выезда"))

add(L(2026, 11, 13, 10, 20, 37),
    sms("M1", L(2026, 11, 13, 10, 20, 37), "57032 п 2 на месте монтаж начал", "short"),
    D("57032", ["2"], ON, "п 2 на месте"))

dt = L(2026, 11, 13, 14, 55, 2)
fw_dt = L(2026, 11, 13, 14, 48, 0)
body = ("Добрый день!\nПересылаю сообщение нашего специалиста по заявке 57032, школа № 48.\n\n"
        "Дарья\n\n"
        "-----Original Message-----\n"
        "From: Галиев Рустам (SMS) [mailto:79124085517@sms.akvametrologia.ru]\n"
        "Sent: Friday, November 13, 2026 2:48 PM\n"
        "To: zayavki@akvametrologia.ru\n"
        "Subject: SMS от +79124085517\n\n"
        + sms_body("M1", fw_dt.astimezone(TZ3),
                   "57032 поз2 вкт7 смонтирован опломбирован пуск ок ушел с объекта"))
add(dt, message(DARYA, subj("FW: SMS от +79124085517", "windows-1251", "B", keep_prefix=True), dt,
                text(body, "plain", "windows-1251", "quoted-printable"), "outlook", addr_cs="windows-1251"),
    D("57032", ["2"], LEFT, "пересылка (-----Original Message-----) SMS: поз2 смонтирован, ушёл с объекта"))

# ---------------------------------------------------------------- 57105 Бр. Кашириных 95
dt = L(2026, 11, 5, 15, 0, 27)
plain = ("Уважаемые коллеги!\n\n"
         "Обращение № 57105 (ул. Братьев Кашириных, 95, поверка ИПУ в квартирах 1–108) "
         "зарегистрировано у нас и принято в работу.\n"
         "Предварительный график обхода:\n"
         " 06.11 — кв. 1–36 и 37–72;\n"
         " 07.11 — кв. 73–108.\n"
         "Объявления для жителей направим в УК до конца дня.\n\n" + SIG_A + "\n")
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
        "<p>Уважаемые коллеги!</p><p>Обращение <b>№ 57105</b> (ул. Братьев Кашириных, 95, поверка ИПУ в квартирах 1–108) "
        "зарегистрировано у нас и <b>принято в работу</b>.</p><p>Предварительный график обхода:</p>"
        "<ul><li>06.11 — кв. 1–36 и 37–72;</li><li>07.11 — кв. 73–108.</li></ul>"
        "<p>Объявления для жителей направим в УК до конца дня.</p>"
        "<p>С уважением,<br>Дарья Сорокина<br>оператор колл-центра ООО «АкваМетрология»<br>"
        "тел. +7 (351) 211-40-57, доб. 103</p></body></html>\n")
add(dt, message(DARYA_ZAYAVKI, subj("Ваше обращение № 57105 принято", "windows-1251", "B"), dt,
                multipart("alternative", [text(plain, "plain", "windows-1251", "base64"),
                                          text(html, "html", "windows-1251", "base64")]),
                "outlook", addr_cs="windows-1251"),
    D("57105", [], ACC, "«обращение № 57105 … принято в работу», multipart/alternative cp1251"))

add(L(2026, 11, 6, 8, 35, 50),
    sms("M2", L(2026, 11, 6, 8, 35, 50),
        "Кашириных 95 заявка 57105 едем на 1 группу кв 1-36 будем в 9"),
    D("57105", ["1"], WAY, "едем на 1 группу квартир = в пути по поз. 1; 1-36 — номера квартир"))

add(L(2026, 11, 6, 9, 10, 15),
    sms("M2", L(2026, 11, 6, 9, 10, 15), "57105 на месте начали", "none"),
    D("57105", [], ON, "на месте, позиция не названа"))

dt = L(2026, 11, 6, 17, 20, 44)
body = ("57105: поправка к Кузьмину — сегодня пройдены обе группы, и кв. 1–36 (поз. 1), и кв. 37–72 (поз. 2). "
        "Бригада уехала в 17:00. Поз. 3 — завтра.\n"
        "И.В.\n\n"
        + bat_quote("Здравствуйте, Павел.", L(2026, 11, 6, 16, 52, 31), ["57105 кв 1-36 всё уходим"], "КП"))
add(dt, message(LYTKIN, subj("Re: SMS от +79517723041", "koi8-r", "B", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "8bit"), "thebat", addr_cs="koi8-r"),
    D("57105", ["1", "2"], LEFT, "техдир поправляет метролога: закрыты поз. 1 и 2, бригада уехала; поз. 3 — план"))

add(L(2026, 11, 7, 10, 0, 5),
    sms("M2", L(2026, 11, 7, 10, 0, 5), "57105 поз 3 на месте суббота народ дома"),
    D("57105", ["3"], ON, "поз 3 на месте"))

add(L(2026, 11, 7, 13, 45, 58),
    sms("M2", L(2026, 11, 7, 13, 45, 58),
        "57105 поз 3 закончили 34 кв поверено в 2 кв нет доступа список передали в УК уехали на базу "
        "сдавать пломбиры и клейм", "none"),
    D("57105", ["3"], LEFT, "обрезанное SMS: закончили, уехали на базу (с объекта) = убыл; опечатка «пломбиры»"))

dt = L(2026, 11, 9, 10, 15, 0)
body = ("Добрый день!\n\n"
        "По заявке № 57105 (ул. Братьев Кашириных, 95) к нам в колл-центр обратились жители кв. 12 и кв. 58 — "
        "в дни обхода их не было дома.\n"
        "Подскажите, пожалуйста, можем ли мы согласовать для них повторный выезд на 14.11 в рамках этой же "
        "заявки, или нужно оформлять новую?\n\n"
        "Заранее спасибо!\n" + SIG_B + "\n")
add(dt, message(DARYA, subj("Заявка 57105 — повторный выезд", "utf-8", "Q"), dt,
                text(body, "plain", "utf-8", "quoted-printable"), "yandex"),
    R("вопрос о повторном выезде, ничего не сообщает о статусе"))

# ---------------------------------------------------------------- 57118 д/с 301
dt = L(2026, 11, 6, 9, 30, 40)
body = ("Здравствуйте!\n\n"
        "Сообщаем: заявку № 57118 (замена ОДПУ на вводе ХВС, МДОУ «Детский сад № 301», ул. Энтузиастов, 17) "
        "мы приняли в работу. Дату выезда согласуем с заведующей, как только придёт счётчик ВСХд-50 "
        "со склада.\n\n" + SIG_A + "\n")
add(dt, message(DARYA, subj("Заявка № 57118 / МДОУ д/с № 301", "utf-8", "B"), dt,
                text(body, "plain", "utf-8", "base64"), "yandex"),
    D("57118", [], ACC, "приняли в работу; 301, 17, ВСХд-50 — не номера заявок"))

add(L(2026, 11, 10, 8, 5, 2),
    sms("M3", L(2026, 11, 10, 8, 5, 2), "57118 sad 301 vyezzhaem zavtra s utra schetchik VSHd-50 poluchili"),
    R("план: выезжаем завтра"))

add(L(2026, 11, 11, 8, 40, 26),
    sms("M3", L(2026, 11, 11, 8, 40, 26), "57118 edu na sad 301 budu k 9 15", "none"),
    D("57118", [], WAY, "еду, буду к 9:15 = в пути"))

dt = L(2026, 11, 11, 10, 0, 12)
body = ("Добрый день!\n\nПо заявке № 57118, позиция 2 — специалист прибыл на объект в 09:20.\n\n" + SIG_B + "\n")
add(dt, message(DARYA, subj("Заявка 57118-2", "windows-1251", "B"), dt,
                text(body, "plain", "windows-1251", "8bit"), "outlook", addr_cs="windows-1251"),
    R("в заявке 57118 только позиция 1, а письмо сообщает о позиции 2"))

dt = L(2026, 11, 11, 12, 15, 33)
body = ("По 57118 — ОДПУ ХВС ВСХд-50 заменён, опломбирован (пломба № 7451203), вода подана. "
        "Шевчук уехал с сада в 11:50.\n"
        "Лыткин\n\n"
        + bat_quote("Здравствуйте, Антон.", L(2026, 11, 11, 8, 40, 26), ["57118 edu na sad 301 budu k 9 15"], "ША"))
add(dt, message(LYTKIN, subj("Re: SMS от +79080619284", "koi8-r", "B", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "quoted-printable"), "thebat", addr_cs="koi8-r"),
    D("57118", [], LEFT, "техдир поверх цитаты «еду»: заменён, уехал в 11:50 = убыл; пломба — не номер заявки"))

# ---------------------------------------------------------------- 57240 Поликлиника 5
dt = L(2026, 11, 9, 12, 30, 1)
q = ("Добрый день.\nПрошу принять в работу заявку 57240: ГБУЗ «Поликлиника № 5», поверка теплосчётчиков\n"
     "поз. 1 — ТП-1, поз. 2 — ТП-2.\nДиспетчер Н. Гареева, тел. +7 (351) 700-12-34")
plain = ("Добрый день!\n\nЗаявка 57240 принята, ответственный — метролог Галиев Р. Р. "
         "Выезд планируем на 10.11 к 8:00.\n\n" + SIG_A + "\n\n"
         "09.11.2026 10:05, Диспетчерская служба ОМИС пишет:\n" + gt(q) + "\n")
html = ("<div>Добрый день!</div><div><br></div><div>Заявка 57240 <b>принята</b>, ответственный — метролог Галиев Р. Р. "
        "Выезд планируем на 10.11 к 8:00.</div><div><br></div><div>С уважением,<br>Дарья Сорокина<br>"
        "оператор колл-центра ООО «АкваМетрология»<br>тел. +7 (351) 211-40-57, доб. 103</div><div><br></div>"
        "<div>09.11.2026 10:05, Диспетчерская служба ОМИС пишет:</div><blockquote>"
        + q.replace("\n", "<br>") + "</blockquote>\n")
add(dt, message(DARYA, subj("Re: Заявка 57240 — поликлиника № 5, ТП-1, ТП-2", "utf-8", "B", keep_prefix=True), dt,
                multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                          text(html, "html", "utf-8", "quoted-printable")]),
                "yandex", in_reply_to="<omis.57240.20261109080500@zakazchik-omis.ru>"),
    D("57240", [], ACC, "заявка принята; выезд 10.11 — план"))

add(L(2026, 11, 10, 7, 55, 20),
    sms("M1", L(2026, 11, 10, 7, 55, 20), "57240 поликлиника 5 выезжаю поз 1 и 2 тп1 тп2"),
    D("57240", ["1", "2"], WAY, "выезжаю (сейчас) = в пути, поз 1 и 2"))

add(L(2026, 11, 10, 8, 40, 9),
    sms("M1", L(2026, 11, 10, 8, 40, 9), "57240 п.1 нa мeсте", "none"),
    D("57240", ["1"], ON, "латинские a/e внутри «нa мeсте»"))

dt = L(2026, 11, 10, 15, 10, 48)
fdt = L(2026, 11, 10, 14, 32, 0)
body = ("Добрый день, пересылаю отчёт специалиста.\n\nДарья\n\n"
        "-------- Пересылаемое сообщение --------\n"
        "10.11.2026, 14:32, \"Галиев Рустам (SMS)\" <79124085517@sms.akvametrologia.ru>:\n\n"
        + sms_body("M1", fdt.astimezone(TZ3),
                   "57240 поз1 тп1 поверка тсч закончена ушёл с тп в 14 30 поз2 завтра")
        + "\n-------- Конец пересылаемого сообщения --------\n")
add(dt, message(DARYA, subj("Fwd: 57240 поз 1 — ТП-1", "utf-8", "B", keep_prefix=True), dt,
                text(body, "plain", "utf-8", "base64"), "yandex"),
    D("57240", ["1"], LEFT, "пересланное SMS: поз1 закончена, ушёл с ТП = убыл; поз2 — план"))

add(L(2026, 11, 11, 8, 20, 40),
    sms("M1", L(2026, 11, 11, 8, 20, 40), "57240 поз2 еще не выехал жду допуск от главврача"),
    R("отрицание: ещё не выехал"))

dt = L(2026, 11, 11, 9, 2, 51)
body = ("Спасибо, письмо о допуске получили, Галиев заберёт пропуск на проходной.\nЛыткин\n\n"
        + bat_quote("Здравствуйте, Диспетчерская.", L(2026, 11, 11, 8, 47, 3),
                    ["Добрый день.", "Допуск на ТП-2 по заявке 57240 оформлен, пропуск на имя Галиева Р. Р.",
                     "оставлен на проходной поликлиники (ул. Гагарина, 9).", "Диспетчер Н. Гареева"], "ДС"))
add(dt, message(LYTKIN, subj("Re: Допуск на ТП-2 поликлиники № 5 (заявка 57240)", "koi8-r", "B", keep_prefix=True),
                dt, text(body, "plain", "koi8-r", "8bit"), "thebat",
                in_reply_to="<omis.57240.20261111064703@zakazchik-omis.ru>", addr_cs="koi8-r"),
    R("благодарность за письмо диспетчера и план, статуса нет"))

add(L(2026, 11, 12, 9, 45, 11),
    sms("M1", L(2026, 11, 12, 9, 45, 11), "57240 п2 на месте с 9 40 пропуск получил"),
    D("57240", ["2"], ON, "п2 на месте с 9:40"))

dt = L(2026, 11, 12, 13, 31, 7)
body = (bat_quote("Здравствуйте, Рустам.", L(2026, 11, 12, 9, 45, 11),
                  ["57240 п2 на месте с 9 40 пропуск получил"], "ГР")
        + "\n57240, поз. 2 (ТП-2) закрыта в 13:05, Галиев убыл на следующий объект. Акт № 240/2 вышлем почтой.\n\n"
        + SIG_L + "\n")
add(dt, message(LYTKIN, subj("Re: SMS от +79124085517", "koi8-r", "Q", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "quoted-printable"), "thebat", addr_cs="koi8-r"),
    D("57240", ["2"], LEFT, "ответ написан ПОД цитатой «на месте» (bottom-posting): 57240 поз. 2 закрыта, убыл; акт № — не заявка"))

# ---------------------------------------------------------------- 57263 пр. Ленина 54
dt = L(2026, 11, 9, 16, 0, 14)
q_subj = "Новая заявка 57263 пр. Ленина 54"
body = ("Добрый день!\n\nПринято в работу. Выезд бригады — 10.11 с утра, начнём с 1-го подъезда.\n\n"
        + SIG_B + "\n\n" + outlook_block(L(2026, 11, 9, 15, 21), q_subj) + "\n"
        "Заявка 57263. пр. Ленина, 54, подъезды 1, 2, 3 — поверка ИПУ.\nСтатус: заявка отправлена.\n")
add(dt, message(DARYA_ZAYAVKI, subj("RE: " + q_subj, "windows-1251", "B", keep_prefix=True), dt,
                text(body, "plain", "windows-1251", "8bit"), "outlook",
                in_reply_to="<omis.57263.20261109132100@zakazchik-omis.ru>", addr_cs="windows-1251"),
    D("57263", [], ACC, "«Принято в работу», номер в теме; выезд 10.11 — план"))

add(L(2026, 11, 10, 9, 0, 33),
    sms("M2", L(2026, 11, 10, 9, 0, 33), "Ленина 54 57263 под 2 на месте"),
    D("57263", ["2"], ON, "метролог сообщает подъезд 2 на месте (позже техдир поправит на 3-й; на момент письма диспетчер записывает то, что написано)"))

dt = L(2026, 11, 10, 10, 31, 20)
body = ("Поправка по 57263: Кузьмин сейчас на 3-м подъезде, не на 2-м — перепутал. 2-й подъезд ещё не начинали.\n"
        "Лыткин\n\n"
        + bat_quote("Здравствуйте, Павел.", L(2026, 11, 10, 9, 0, 33), ["Ленина 54 57263 под 2 на месте"], "КП"))
add(dt, message(LYTKIN, subj("Re: SMS от +79517723041", "koi8-r", "B", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "8bit"), "thebat", addr_cs="koi8-r"),
    D("57263", ["3"], ON, "поправка техдира: на месте на 3-м подъезде; 2-й назван только в отрицании"))

add(L(2026, 11, 10, 14, 40, 0),
    sms("M2", L(2026, 11, 10, 14, 40, 0), "57263-3 подъезд зaкончен 24 кв поверено уходим", "none"),
    D("57263", ["3"], LEFT, "«57263-3», закончен, уходим; латинская a в «зaкончен»"))

add(L(2026, 11, 11, 9, 10, 45),
    sms("M2", L(2026, 11, 11, 9, 10, 45), "57263 пп 1 и 2 на месте"),
    D("57263", ["1", "2"], ON, "пп 1 и 2 на месте"))

dt = L(2026, 11, 11, 17, 5, 0)
html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
<p>Добрый день!</p>
<p>Заявка 57263 (пр. Ленина, 54). Информация о выполнении на 11.11.2026:</p>
<table border="1" cellpadding="3" cellspacing="0">
<thead><tr><th>Позиция</th><th>Подъезд</th><th>Статус</th><th>Время</th></tr></thead>
<tbody>
<tr><td>1</td><td>1</td><td>работы завершены, бригада убыла</td><td>13:20</td></tr>
<tr><td>2</td><td>2</td><td>работы завершены, бригада убыла</td><td>16:45</td></tr>
</tbody></table>
<p>Всего по дому поверено 71 ИПУ, выявлено 3 неисправных (замена по отдельной заявке).</p>
<p>С уважением, Дарья<br>колл-центр «АкваМетрология», 8-800-301-57-57</p>
</body></html>
"""
add(dt, message(DARYA, subj("Заявка 57263 (пр. Ленина, 54) — выполнено", "utf-8", "Q"), dt,
                text(html, "html", "utf-8", "quoted-printable"), "yandex"),
    D("57263", ["1", "2"], LEFT, "HTML-only таблица, по строке на позицию: 1 и 2 — бригада убыла"))

# ---------------------------------------------------------------- 57307 Молодогвардейцев 31 ИТП
dt = L(2026, 11, 10, 11, 0, 4)
q_subj = "Наряд № 57307 на поверку ТЭМ-106"
body = ("Добрый день!\n\nНаряд № 57307 (ИТП, ул. Молодогвардейцев, 31) взяли в работу, исполнитель — Шевчук А. С.\n"
        "Время выезда уточним после обеда.\n\n" + SIG_A + "\n\n" + outlook_block(L(2026, 11, 10, 10, 12), q_subj)
        + "\nНаряд № 57307. ИТП ул. Молодогвардейцев, 31: поверка теплосчётчика ТЭМ-106 зав. № 0423157.\n")
add(dt, message(DARYA_ZAYAVKI, subj("RE: " + q_subj, "windows-1251", "B"), dt,
                text(body, "plain", "windows-1251", "base64"), "outlook",
                in_reply_to="<omis.57307.20261110081200@zakazchik-omis.ru>", addr_cs="windows-1251"),
    D("57307", [], ACC, "«наряд … взяли в работу»; зав. № 0423157 — не номер заявки"))

dt = L(2026, 11, 10, 11, 25, 41)
body = ("Шевчук выезжает на Молодогвардейцев в 13:00, после обеда.\n\n"
        + bat_quote("Здравствуйте, Дарья.", L(2026, 11, 10, 11, 0, 4),
                    ["Наряд № 57307 (ИТП, ул. Молодогвардейцев, 31) взяли в работу, исполнитель — Шевчук А. С.",
                     "Время выезда уточним после обеда."], "ДС"))
add(dt, message(LYTKIN, subj("Re: RE: " + q_subj, "koi8-r", "B", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "8bit"), "thebat", addr_cs="koi8-r"),
    R("план: выезжает в 13:00 (написано в 11:25), выезда ещё нет"))

add(L(2026, 11, 10, 13, 50, 17),
    sms("M3", L(2026, 11, 10, 13, 50, 17), "57307 molodogvardeycev 31 ITP na meste TEM-106"),
    D("57307", [], ON, "транслит: на месте"))

dt = L(2026, 11, 10, 13, 52, 30)
orig = ("From: %s\nTo: a.shevchuk@akvametrologia.ru\nSubject: %s\nDate: %s\n"
        "Message-ID: <omis.57307.20261110115100@zakazchik-omis.ru>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
        % (addr((DISP_NAME, DISPATCH)), enc_words("Наряд 57307: пропуск в ИТП"),
           fmt_date(L(2026, 11, 10, 11, 51, 0, TZ3)))).encode() + base64.encodebytes(
    "Антон, добрый день. Ключ от ИТП по наряду 57307 у председателя совета дома, кв. 14.\n".encode())
report = ("Reporting-MTA: dns; mail.akvametrologia.ru\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; a.shevchuk@akvametrologia.ru\nAction: failed\nStatus: 5.1.1\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <a.shevchuk@akvametrologia.ru>: Recipient address rejected: "
          "User unknown in virtual mailbox table\n" % fmt_date(L(2026, 11, 10, 13, 52, 28)))
expl = ("This is the mail system at host mail.akvametrologia.ru.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        "<a.shevchuk@akvametrologia.ru>: user unknown\n")
bounce = multipart("report", [raw_part('text/plain; charset="us-ascii"', expl.encode(), "7bit"),
                              raw_part("message/delivery-status", report.encode(), None),
                              raw_part("message/rfc822", orig, None)],
                   extra=" report-type=delivery-status;")
add(dt, message(DAEMON, "Undelivered Mail Returned to Sender", dt, bounce, "web",
                extra_headers=[("Auto-Submitted", "auto-replied")]),
    I("bounce (DSN) от MAILER-DAEMON: письмо диспетчера не доставлено"))

dt = L(2026, 11, 10, 15, 40, 26)
body = ("Добрый день!\n\nПо наряду № 57307 (ИТП, ул. Молодогвардейцев, 31):\n"
        "  прибытие специалиста — 13:45;\n"
        "  убытиe специалиста — 15:20.\n"
        "Теплосчётчик ТЭМ-106 зав. № 0423157 поверен на месте, свидетельство о поверке передадим вместе с актом.\n\n"
        + SIG_A + "\n")
add(dt, message(DARYA_ZAYAVKI, subj("Наряд 57307 — информация о выполнении", "windows-1251", "Q"), dt,
                text(body, "plain", "windows-1251", "quoted-printable"), "outlook", addr_cs="windows-1251"),
    D("57307", [], LEFT, "существительные со временем: прибытие 13:45, убытие 15:20 — последнее событие убыл; латинская e в «убытиe»"))

# ---------------------------------------------------------------- 57411 Библиотека Пушкина
dt = L(2026, 11, 11, 13, 0, 50)
body = ("Доброго дня!\n\nЗаявку #57411 (ЦГБ им. А. С. Пушкина, ул. Свободы, 70) приняли.\n"
        "Поз. 1 — узел учёта тепловой энергии, поз. 2 — узел учёта ХВС.\n"
        "Специалиста направим в понедельник, 16.11.\n\n" + SIG_B + "\n")
add(dt, message(DARYA, subj("Заявка #57411 принята", "utf-8", "B"), dt,
                text(body, "plain", "utf-8", "base64"), "yandex"),
    D("57411", [], ACC, "«Заявку #57411 … приняли»"))

dt = L(2026, 11, 11, 13, 20, 0)
mdn_txt = ("Сообщение\n\n  Кому: i.lytkin@akvametrologia.ru\n  Тема: Заявка № 57411 — ул. Свободы, 70\n"
           "  Отправлено: 11.11.2026 10:41\n\nбыло прочитано 11.11.2026 13:20.\n")
mdn = ("Reporting-UA: The Bat!; v10.4.3\nFinal-Recipient: rfc822; i.lytkin@akvametrologia.ru\n"
       "Original-Message-ID: <omis.57411.20261111104100@zakazchik-omis.ru>\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
mdnp = multipart("report", [text(mdn_txt, "plain", "koi8-r", "8bit"),
                            raw_part("message/disposition-notification", mdn.encode(), "7bit")],
                 extra=" report-type=disposition-notification;")
add(dt, message(LYTKIN, subj("Прочитано: Заявка № 57411 — ул. Свободы, 70", "koi8-r", "B"), dt, mdnp,
                "thebat", addr_cs="koi8-r"),
    I("уведомление о прочтении (MDN)"))

add(L(2026, 11, 16, 8, 30, 2),
    sms("M1", L(2026, 11, 16, 8, 30, 2), "57411 В ПУТИ БУДУ ЧЕРЕЗ 30 МИН"),
    D("57411", [], WAY, "капсом: в пути"))

add(L(2026, 11, 16, 9, 5, 39),
    sms("M1", L(2026, 11, 16, 9, 5, 39), "57411 п1 п2 прибыл на свободы 70", "short"),
    D("57411", ["1", "2"], ON, "п1 п2 прибыл; 70 — номер дома"))

dt = L(2026, 11, 16, 14, 20, 12)
body = ("#57411 библиотека: по поз. 1 и 2 готово, узлы сданы завхозу, акт № 411/11 подписан. Галиев уехал.\n\n"
        + bat_quote("Здравствуйте, Рустам.", L(2026, 11, 16, 8, 30, 2), ["57411 В ПУТИ БУДУ ЧЕРЕЗ 30 МИН"], "ГР"))
add(dt, message(LYTKIN, subj("Re: 57411 В ПУТИ", "koi8-r", "Q", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "quoted-printable"), "thebat", addr_cs="koi8-r"),
    D("57411", ["1", "2"], LEFT, "тема Re: со старым статусом «В ПУТИ», тело сообщает новое: готово, уехал; акт № — не заявка"))

# ---------------------------------------------------------------- 57520 ул. Труда 166
dt = L(2026, 11, 12, 14, 0, 9)
plain = ("Добрый день!\n\nВаша заявка по адресу ул. Труда, 166 (57520) принята в работу.\n"
         "Выход бригады — 13.11 (пятница), подъезды 1–4 пройдём за два дня.\n\n" + SIG_A + "\n")
html = ("<p>Добрый день!</p><p>Ваша заявка по адресу ул. Труда, 166 (57520) <b>принята в работу</b>.<br>"
        "Выход бригады — 13.11 (пятница), подъезды 1–4 пройдём за два дня.</p>"
        "<p>С уважением,<br>Дарья Сорокина<br>оператор колл-центра ООО «АкваМетрология»<br>"
        "тел. +7 (351) 211-40-57, доб. 103</p>\n")
add(dt, message(DARYA, subj("ул. Труда, 166 (57520) — заявка принята", "utf-8", "B"), dt,
                multipart("alternative", [text(plain, "plain", "utf-8", "base64"),
                                          text(html, "html", "utf-8", "base64")]), "yandex"),
    D("57520", [], ACC, "номер в скобках после адреса; принята"))

dt = L(2026, 11, 12, 16, 30, 55)
body = ("Добрый день!\n\nПодскажите, пожалуйста, к кому обращаться за ключами от подвала по ул. Труда, 166 "
        "(заявка 57520)? Телефон УК +7 (351) 245-16-60 не отвечает, а завтра в 9:00 бригада начинает.\n\n"
        + SIG_B + "\n")
add(dt, message(DARYA, subj("Вопрос по заявке 57520", "windows-1251", "B"), dt,
                text(body, "plain", "windows-1251", "base64"), "outlook", addr_cs="windows-1251"),
    R("вопрос про ключи, статус не сообщается"))

add(L(2026, 11, 13, 8, 15, 51),
    sms("M2", L(2026, 11, 13, 8, 15, 51), "57520 выдвигаемся на труда 166"),
    D("57520", [], WAY, "выдвигаемся на … = в пути"))

add(L(2026, 11, 13, 8, 50, 7),
    sms("M2", L(2026, 11, 13, 8, 50, 7), "57520-1 на месте ключи от подвала взяли у старшей по дому", "none"),
    D("57520", ["1"], ON, "«57520-1» — позиция через дефис"))

add(L(2026, 11, 13, 17, 10, 30),
    sms("M2", L(2026, 11, 13, 17, 10, 30), "57520 подъезд 1 и 2 сделали 3 4 в понедельник"),
    D("57520", ["1", "2"], LEFT, "1 и 2 сделали (убыл), 3 и 4 — только план"))

add(L(2026, 11, 16, 9, 0, 48),
    sms("M2", L(2026, 11, 16, 9, 0, 48), "57520 п3 п4 на месте"),
    D("57520", ["3", "4"], ON, "п3 п4 на месте"))

dt = L(2026, 11, 16, 10, 10, 22)
body = ("Добрый день!\n\nСообщаем по заявкам на сегодня:\n"
        "— № 57520 (ул. Труда, 166, подъезды 3 и 4) — бригада на месте с 9:00;\n"
        "— № 57588 (ул. Чичерина, 22) — выезд завтра, 17.11.\n\n" + SIG_A + "\n")
add(dt, message(DARYA_ZAYAVKI, subj("Информация по заявкам 57520, 57588", "windows-1251", "B"), dt,
                text(body, "plain", "windows-1251", "quoted-printable"), "outlook", addr_cs="windows-1251"),
    R("две разные заявки в одном письме"))

dt = L(2026, 11, 16, 12, 1, 4)
body = ("Здравствуйте!\n\nЯ нахожусь на объектах с 16.11 по 18.11, доступ к почте ограничен.\n"
        "По срочным вопросам звоните в колл-центр: +7 (351) 211-40-57.\n\n"
        "Это автоматический ответ.\nКузьмин П.\n")
add(dt, message(KUZMIN_MAIL, subj("Автоответ: 57520 (3, 4)", "utf-8", "B"), dt,
                text(body, "plain", "utf-8", "base64"), "yandex",
                in_reply_to="<omis.57520.20261116095900@zakazchik-omis.ru>",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
    I("автоответ об отсутствии"))

dt = L(2026, 11, 16, 16, 0, 18)
body = ("Закончили в 15:40, Кузьмин освободился и с объекта уехал. Акты по всем четырём подъездам в УК.\n"
        "Лыткин\n\n"
        + bat_quote("Здравствуйте, Диспетчерская.", L(2026, 11, 16, 11, 59, 0),
                    ["57520 (3, 4) — сообщите статус, пожалуйста.", "Диспетчер Н. Гареева"], "ДС"))
add(dt, message(LYTKIN, "Re: 57520 (3, 4)", dt, text(body, "plain", "koi8-r", "8bit"), "thebat",
                in_reply_to="<omis.57520.20261116095900@zakazchik-omis.ru>", addr_cs="koi8-r"),
    D("57520", ["3", "4"], LEFT, "позиции в скобках в теме «57520 (3, 4)»; закончили, уехал = убыл"))

# ---------------------------------------------------------------- 57588 ул. Чичерина 22
dt = L(2026, 11, 16, 11, 0, 0)
body = ("Добрый день! Принято, специалистов назначили, выезд — 17.11.\nДарья\n\n"
        "16.11.2026 10:03, Диспетчерская служба ОМИС пишет:\n"
        "> Добрый день.\n> Прошу принять в работу. Позиции: 1 — ОДПУ ГВС, 2 — ОДПУ ХВС.\n"
        "> Доступ через УК «Северо-Запад», тел. 8 (351) 796-22-05.\n")
add(dt, message(DARYA_ZAYAVKI, subj("Re: Заявка 57588 — ул. Чичерина, 22 (ОДПУ ГВС, ХВС)", "windows-1251", "Q",
                                    keep_prefix=True), dt,
                text(body, "plain", "windows-1251", "8bit"), "outlook",
                in_reply_to="<omis.57588.20261116080300@zakazchik-omis.ru>", addr_cs="windows-1251"),
    D("57588", [], ACC, "номер только в старой теме Re:, тело: «Принято»"))

add(L(2026, 11, 17, 8, 20, 14),
    sms("M3", L(2026, 11, 17, 8, 20, 14), "57588 poz 1 vyehal s bazy na chicherina 22"),
    D("57588", ["1"], WAY, "выехал С базы НА Чичерина = в пути"))

add(L(2026, 11, 17, 11, 40, 36),
    sms("M3", L(2026, 11, 17, 11, 40, 36), "57588 poz1 gotovo ushel s obekta", "none"),
    D("57588", ["1"], LEFT, "готово, ушёл С объекта = убыл"))

dt = L(2026, 11, 17, 12, 1, 40, TZ3)
body = ("Отчёт о доставке\n\nСообщение: «57588 Антон, по п2 ждём вас к 12:30, УК предупреждена»\n"
        "Получатель: +79080619284\nСтатус: DELIVERED (доставлено)\nВремя доставки: 17.11.2026 10:01:38 МСК\n\n"
        "Это письмо сформировано автоматически, отвечать на него не нужно.\n")
add(dt, message(SMSBOT, subj("Отчёт о доставке SMS на +79080619284", "utf-8", "B"), dt,
                text(body, "plain", "utf-8", "base64"), "sms",
                extra_headers=[("Auto-Submitted", "auto-generated")]),
    I("автоматический отчёт шлюза о доставке SMS диспетчера"))

add(L(2026, 11, 17, 12, 30, 5),
    sms("M3", L(2026, 11, 17, 12, 30, 5), "57588 p2 odpu hvs na meste"),
    D("57588", ["2"], ON, "p2 на месте"))

dt = L(2026, 11, 17, 16, 0, 31)
inner = sms("M3", L(2026, 11, 17, 15, 42, 10), "57588 p2 zakonchil plomba 0057588 akt podpisan uehal")
outer = multipart("mixed", [text("Пересылаю от Шевчука, до вас, похоже, не дошло — шлюз сегодня глючит.\nЛыткин\n",
                                 "plain", "koi8-r", "8bit"),
                            raw_part('message/rfc822; name="SMS.eml"', inner, None,
                                     [("Content-Disposition", 'attachment; filename="SMS.eml"')])])
add(dt, message(LYTKIN, subj("Fwd: SMS от +79080619284", "koi8-r", "B", keep_prefix=True), dt, outer, "thebat",
                addr_cs="koi8-r"),
    D("57588", ["2"], LEFT, "пересылка вложением message/rfc822: p2 закончил, уехал; пломба 0057588 — не номер заявки"))

# ---------------------------------------------------------------- 57702 СК «Строитель»
dt = L(2026, 11, 17, 15, 30, 44)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><div style="font-family:Arial;font-size:10pt">
<p>Уважаемые коллеги, добрый день!</p>
<p>Заявка <b>№ 57702</b> (СК «Строитель», бассейн, ул. Российская, 194) <b>принята в работу</b>.</p>
<p>Позиции: 1 — узел учёта ХВС, 2 — узел учёта ГВС, 3 — теплосчётчик.<br>
Выезд специалиста согласуем с администрацией комплекса (санитарный день — четверг).</p>
<p>С уважением,<br>Дарья Сорокина<br>ООО «АкваМетрология»<br>ИНН 7453301257 / КПП 745301001</p>
</div></body></html>
"""
add(dt, message(DARYA_ZAYAVKI, subj("Заявка № 57702 — СК «Строитель» — принята в работу", "windows-1251", "Q"), dt,
                text(html, "html", "windows-1251", "quoted-printable"), "outlook", addr_cs="windows-1251"),
    D("57702", [], ACC, "HTML-only: принята в работу; ИНН/КПП, 194 — не номера заявок"))

dt = L(2026, 11, 18, 10, 0, 3)
body = ("По 57702: поверка теплосчётчика (поз. 3) — 8 900 руб., ХВС и ГВС по 3 200 руб. за узел, "
        "итого 15 300 руб. без НДС, по договору № 57-ТО/2026. Счёт выставим после подписания актов.\n"
        "Лыткин\n\n"
        + bat_quote("Здравствуйте, Диспетчерская.", L(2026, 11, 18, 9, 12, 0),
                    ["Прошу сообщить стоимость работ по заявке 57702 до выезда."], "ДС"))
add(dt, message(LYTKIN, subj("Re: 57702 стоимость", "koi8-r", "B", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "8bit"), "thebat",
                in_reply_to="<omis.57702.20261118071200@zakazchik-omis.ru>", addr_cs="koi8-r"),
    R("разговор о цене и договоре, статуса нет"))

add(L(2026, 11, 18, 9, 40, 52),
    sms("M3", L(2026, 11, 18, 9, 40, 52), "57381 na meste", "none"),
    R("номера 57381 нет в реестре"))

add(L(2026, 11, 19, 8, 10, 27),
    sms("M1", L(2026, 11, 19, 8, 10, 27), "57702 бассейн строитель в пути все 3 поз"),
    D("57702", ["1", "2", "3"], WAY, "в пути, все 3 позиции"))

dt = L(2026, 11, 19, 9, 30, 0)
ics = ("BEGIN:VCALENDAR\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nMETHOD:REPLY\n"
       "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Дарья Сорокина:mailto:d.sorokina@akvametrologia.ru\n"
       "SUMMARY:Принято: Совещание по графику поверки ОДПУ на декабрь\n"
       "DTSTART:20261120T060000Z\nDTEND:20261120T070000Z\n"
       "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6@zakazchik-omis.ru\n"
       "ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru\n"
       "DTSTAMP:20261119T043000Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
cal = multipart("alternative", [text("Дарья Сорокина приняла это приглашение.\n", "plain", "utf-8", "base64"),
                                text(ics, "calendar", "utf-8", "base64", extra_ct="; method=REPLY")])
add(dt, message(DARYA, subj("Принято: Совещание по графику поверки ОДПУ на декабрь", "utf-8", "B"), dt, cal,
                "outlook"),
    I("ответ на приглашение в календаре, сформирован почтовым клиентом"))

add(L(2026, 11, 19, 14, 30, 6),
    sms("M1", L(2026, 11, 19, 14, 30, 6), "57702 поз1 хвс и поз2 гвс закончил поз3 тепло еще работаю"),
    R("разные статусы: поз 1 и 2 закончены (убыл), поз 3 ещё работает (на месте)"))

dt = L(2026, 11, 19, 18, 10, 45)
body = ("57702 — все три позиции закрыты, теплосчётчик сдан в 17:40, Галиев убыл с объекта.\nЛыткин\n\n"
        + bat_quote("Здравствуйте, Рустам.", L(2026, 11, 19, 14, 30, 6),
                    ["57702 поз1 хвс и поз2 гвс закончил поз3 тепло еще работаю"], "ГР"))
add(dt, message(LYTKIN, subj("Re: SMS от +79124085517", "koi8-r", "B", keep_prefix=True), dt,
                text(body, "plain", "koi8-r", "quoted-printable"), "thebat", addr_cs="koi8-r"),
    D("57702", ["1", "2", "3"], LEFT, "все три позиции закрыты, убыл; цитата со смешанными статусами не считается"))

# ---------------------------------------------------------------- рассылка
dt = L(2026, 11, 20, 10, 0, 0)
plain = ("АкваМетрология | Новости ноября\n\n"
         "1. С 01.01.2027 меняется порядок передачи сведений о поверке во ФГИС «Аршин».\n"
         "2. Акция для УК: поверка ИПУ без снятия — от 490 руб. за прибор.\n"
         "3. Новый номер колл-центра: 8-800-301-57-57.\n\n"
         "Вы получили это письмо, так как подписаны на рассылку. Отписаться: https://akvametrologia.ru/unsubscribe\n")
html = ("<html><body><h2>АкваМетрология | Новости ноября</h2><ol>"
        "<li>С 01.01.2027 меняется порядок передачи сведений о поверке во ФГИС «Аршин».</li>"
        "<li>Акция для УК: поверка ИПУ без снятия — от 490 руб. за прибор.</li>"
        "<li>Новый номер колл-центра: 8-800-301-57-57.</li></ol>"
        "<p style=\"font-size:8pt\">Вы получили это письмо, так как подписаны на рассылку. "
        "<a href=\"https://akvametrologia.ru/unsubscribe\">Отписаться</a></p></body></html>\n")
add(dt, message(NEWS, subj("АкваМетрология: новости ноября", "utf-8", "B"), dt,
                multipart("alternative", [text(plain, "plain", "utf-8", "base64"),
                                          text(html, "html", "utf-8", "base64")]), "web",
                extra_headers=[("Precedence", "bulk"), ("List-Id", "<news.akvametrologia.ru>"),
                               ("List-Unsubscribe", "<https://akvametrologia.ru/unsubscribe>")]),
    I("рассылка компании"))

# ---------------------------------------------------------------- 57839 ул. Салютная 10
dt = L(2026, 11, 20, 12, 0, 20)
body = ("Добрый день!\n\nПринята заявка 57839 (ул. Салютная, 10, подъезды 1 и 2, поверка ИПУ ХВС/ГВС).\n"
        "Обход квартир — в понедельник, 23.11, с 9:00; объявления в подъезды повесим в субботу.\n\n"
        + SIG_C + "\n")
add(dt, message(DARYA, subj("Принята заявка 57839 (ул. Салютная, 10)", "utf-8", "Q"), dt,
                text(body, "plain", "utf-8", "8bit"), "yandex"),
    D("57839", [], ACC, "«Принята заявка 57839»"))

add(L(2026, 11, 23, 8, 30, 11),
    sms("M2", L(2026, 11, 23, 8, 30, 11), "57839 салютная 10 выехали"),
    D("57839", [], WAY, "выехали = в пути"))

add(L(2026, 11, 23, 9, 25, 43),
    sms("M2", L(2026, 11, 23, 9, 25, 43), "на месте салютная 10 под 1", "none"),
    R("нет номера заявки (только адрес)"))

dt = L(2026, 11, 23, 16, 20, 9)
plain = ("Добрый день!\n\nЗаявка 57839, ул. Салютная, 10 — отчёт о выполнении:\n"
         "Подъезд 1: прибытие 09:20, убытие 12:10, поверено 28 ИПУ.\n"
         "Подъезд 2: прибытие 12:30, убытие 15:45, поверено 31 ИПУ.\n"
         "Акты направим в УК завтра.\n\n" + SIG_A + "\n")
html = ("<html><head><meta charset=\"windows-1251\"></head><body><p>Добрый день!</p>"
        "<p>Заявка 57839, ул. Салютная, 10 — отчёт о выполнении:</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
        "<tr><th>Поз.</th><th>Прибытие</th><th>Убытие</th><th>Поверено ИПУ</th></tr>"
        "<tr><td>Подъезд 1</td><td>09:20</td><td>12:10</td><td>28</td></tr>"
        "<tr><td>Подъезд 2</td><td>12:30</td><td>15:45</td><td>31</td></tr></table>"
        "<p>Акты направим в УК завтра.</p><p>С уважением,<br>Дарья Сорокина<br>"
        "оператор колл-центра ООО «АкваМетрология»<br>тел. +7 (351) 211-40-57, доб. 103</p></body></html>\n")
add(dt, message(DARYA_ZAYAVKI, subj("Заявка 57839: отчёт о выполнении", "windows-1251", "B"), dt,
                multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                          text(html, "html", "windows-1251", "quoted-printable")]),
                "outlook", addr_cs="windows-1251"),
    D("57839", ["1", "2"], LEFT, "таблица прибытие/убытие по подъездам 1 и 2 — последнее событие убыл"))

dt = L(2026, 11, 24, 9, 15, 0)
body = ("Здравствуйте!\n\nС 24.11 по 04.12 я в отпуске. По всем вопросам, связанным с заявками, "
        "пишите на zayavki@akvametrologia.ru или звоните +7 (351) 211-40-57.\n\nДарья Сорокина\n")
add(dt, message(DARYA, subj("Автоматический ответ: Заявка 57839 — акты", "windows-1251", "B"), dt,
                text(body, "plain", "windows-1251", "quoted-printable"), "outlook",
                in_reply_to="<omis.57839.20261124071400@zakazchik-omis.ru>", addr_cs="windows-1251",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    I("автоответ «в отпуске»"))


# ================================================================ registry
REGISTRY = {
    "contractor": {
        "name": "ООО «АкваМетрология»",
        "emails": [
            "zayavki@akvametrologia.ru", "d.sorokina@akvametrologia.ru", "i.lytkin@akvametrologia.ru",
            "p.kuzmin@akvametrologia.ru", "news@akvametrologia.ru",
            "MAILER-DAEMON@mail.akvametrologia.ru", "noreply@sms.akvametrologia.ru",
            "79124085517@sms.akvametrologia.ru", "79517723041@sms.akvametrologia.ru",
            "79080619284@sms.akvametrologia.ru",
        ],
        "domains": ["akvametrologia.ru", "sms.akvametrologia.ru", "mail.akvametrologia.ru"],
    },
    "requests": [
        {"number": "57014", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ул. Кирова, 112 — поверка/замена ИПУ ХВС и ГВС; позиции = подъезды 1–4"},
        {"number": "57032", "positions": ["1", "2"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "МАОУ СОШ № 48, ИТП: 1 — снятие теплосчётчика ВКТ-7 на поверку, 2 — обратный монтаж"},
        {"number": "57105", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "ул. Братьев Кашириных, 95 — поверка ИПУ: 1 — кв. 1–36, 2 — кв. 37–72, 3 — кв. 73–108"},
        {"number": "57118", "positions": ["1"], "registered_at": "2026-11-05T11:40:00+03:00",
         "comment": "МДОУ д/с № 301, ул. Энтузиастов, 17 — замена ОДПУ на вводе ХВС"},
        {"number": "57240", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "ГБУЗ Поликлиника № 5 — поверка теплосчётчиков: 1 — ТП-1, 2 — ТП-2"},
        {"number": "57263", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T13:20:00+03:00",
         "comment": "пр. Ленина, 54 — поверка ИПУ; позиции = подъезды 1–3"},
        {"number": "57307", "positions": ["1"], "registered_at": "2026-11-10T08:10:00+03:00",
         "comment": "ИТП ул. Молодогвардейцев, 31 — поверка теплосчётчика ТЭМ-106"},
        {"number": "57411", "positions": ["1", "2"], "registered_at": "2026-11-11T10:30:00+03:00",
         "comment": "ЦГБ им. А. С. Пушкина, ул. Свободы, 70: 1 — узел учёта тепла, 2 — узел учёта ХВС"},
        {"number": "57520", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-12T09:45:00+03:00",
         "comment": "ул. Труда, 166 — поверка ИПУ; позиции = подъезды 1–4"},
        {"number": "57588", "positions": ["1", "2"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "ул. Чичерина, 22: 1 — ОДПУ ГВС, 2 — ОДПУ ХВС"},
        {"number": "57702", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T11:00:00+03:00",
         "comment": "СК «Строитель», бассейн: 1 — узел учёта ХВС, 2 — ГВС, 3 — теплосчётчик"},
        {"number": "57839", "positions": ["1", "2"], "registered_at": "2026-11-20T09:00:00+03:00",
         "comment": "ул. Салютная, 10 — поверка ИПУ; позиции = подъезды 1–2"},
    ],
}


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    items = sorted(letters, key=lambda x: x[0].timestamp())
    labels = {}
    for i, (dt, raw, lab) in enumerate(items, 1):
        name = "%03d.eml" % i
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(raw)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    check(labels)


def check(labels):
    import email
    from email import policy
    from email.utils import parseaddr, parsedate_to_datetime
    reg = {r["number"]: r for r in REGISTRY["requests"]}
    emails = {e.lower() for e in REGISTRY["contractor"]["emails"]}
    domains = {d.lower() for d in REGISTRY["contractor"]["domains"]}
    files = sorted(f for f in os.listdir(LET) if f.endswith(".eml"))
    assert set(files) == set(labels), "label/file mismatch"
    mids = set()
    counts = {}
    first = {}
    for f in files:
        with open(os.path.join(LET, f), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h] is not None, (f, h)
        str(msg["Subject"])
        a = parseaddr(str(msg["From"]))[1].lower()
        assert a in emails or a.split("@")[1] in domains, (f, a)
        m = msg["Message-ID"]
        assert m not in mids, (f, m)
        mids.add(m)
        d = parsedate_to_datetime(str(msg["Date"]))
        assert d.year == 2026 and d.month == 11, (f, d)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[f]
        counts[lab["expect"]] = counts.get(lab["expect"], 0) + 1
        if lab["expect"] == "decided":
            r = reg[lab["request"]]
            assert all(p in r["positions"] for p in lab["positions"]), (f, lab)
            assert lab["status"] in (ACC, WAY, ON, LEFT), (f, lab)
            ra = datetime.fromisoformat(r["registered_at"])
            assert d > ra, (f, d, ra)
    print(len(files), "letters", counts)


if __name__ == "__main__":
    main()
