#!/usr/bin/env python3
"""Generator for persona AE: ООО «Энергосбыт-Сервис» (Воронеж).

Three writers:
  * Кравцов Д.О., ведущий инженер СРЗАИ (relay protection) - Thunderbird, precise letters;
  * shared crew mailbox «Бригада ВЛ-2» (master Сидоренко П.А.) - Outlook for iOS on a tablet,
    top-posting, base64 multipart/alternative;
  * ОДС dispatcher Лебедева О.В. - The Bat!, windows-1251 / KOI8-R, initials quoting,
    sometimes sends a report twice (correction or «повторно»).

Run:  python3 make.py   -> letters/NNN.eml, labels.json, registry.json
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
rnd = random.Random(20261102)

DOMAIN = "energosbyt-servis.ru"
ENG = ("Кравцов Дмитрий Олегович", "d.kravtsov@" + DOMAIN)
CREW = ("Бригада ВЛ-2", "brigada.vl2@" + DOMAIN)
ODS = ("ОДС Энергосбыт-Сервис", "ods@" + DOMAIN)
NEWS = ("Энергосбыт-Сервис", "news@" + DOMAIN)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOMAIN)
CUST = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

LETTERS = []  # (dt, bytes, label)


# ---------------------------------------------------------------- helpers
def d(day, hh, mm, ss=None):
    if ss is None:
        ss = rnd.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def addr(pair, cs="utf-8"):
    name, a = pair
    return "%s <%s>" % (hdr(name, cs), a)


def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def mid_tb():
    return "<%s@%s>" % (uuid.UUID(int=rnd.getrandbits(128), version=4), DOMAIN)


def mid_ios():
    srv = "%sPR%02dMB%04d" % (rnd.choice(["AM9", "DU2", "VI1", "PA4"]), rnd.randint(1, 9), rnd.randint(1000, 9999))
    tail = "".join(rnd.choice("0123456789ABCDEF") for _ in range(20))
    return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (srv, tail, srv, rnd.randint(1, 9))


def mid_bat(dt):
    return "<%d.%s@%s>" % (rnd.randint(10 ** 9, 4 * 10 ** 9), dt.strftime("%Y%m%d%H%M%S"), DOMAIN)


def mid_cust(dt):
    return "<%s.%d@zakazchik-omis.ru>" % (dt.strftime("%Y%m%d%H%M%S"), rnd.randint(1000, 99999))


def boundary(style):
    if style == "ios":
        return "_000_%s_" % "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
    if style == "tb":
        return "------------%s" % "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    return "----------%s" % "".join(rnd.choice("0123456789ABCDEF") for _ in range(12))


def assemble(headers, body_bytes):
    head = "".join("%s: %s\n" % (k, v) for k, v in headers if v is not None)
    data = head.encode("ascii") + b"\n" + body_bytes
    if not data.endswith(b"\n"):
        data += b"\n"
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def leaf(ctype, text, cs, cte, extra=""):
    h = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, cs, extra, cte)
    return h.encode("ascii") + enc_body(text, cs, cte)


def multipart(subtype, parts, style, extra=""):
    b = boundary(style)
    out = b""
    for p in parts:
        out += b"--" + b.encode() + b"\n" + p
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return 'multipart/%s; boundary="%s"%s' % (subtype, b, extra), out


def add(dt, data, label):
    LETTERS.append((dt, data, label))


def dec(req, pos, status, note):
    assert status in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


RU_DOW = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MON_G = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря"]


def ru_long(dt):
    return "%s, %d %s %d г. %d:%02d" % (RU_DOW[dt.weekday()], dt.day, RU_MON_G[dt.month - 1], dt.year, dt.hour, dt.minute)


# ---------------------------------------------------------------- signatures
SIG_ENG = """-- 
С уважением,
Кравцов Дмитрий Олегович
ведущий инженер СРЗАИ
ООО «Энергосбыт-Сервис»
394036, г. Воронеж, ул. Пушкинская, д. 11
т. +7 (473) 261-48-17, моб. +7 (910) 734-22-58"""

SIG_ENG_SHORT = """-- 
Кравцов Д.О., СРЗАИ
моб. +7 (910) 734-22-58"""

SIG_ODS = """-- 
С уважением,
 Лебедева Ольга Викторовна, диспетчер ОДС
 ООО «Энергосбыт-Сервис», ИНН 3662145871 / КПП 366201001
 тел. +7 (473) 200-15-15 доб. 2
 mailto:ods@energosbyt-servis.ru"""

IOS_SIG_TXT = "Отправлено из Outlook для iOS<https://aka.ms/o0ukef>"
IOS_SIG_HTML = ('<div class="ms-outlook-ios-signature" id="ms-outlook-mobile-signature"><div dir="ltr">'
                'Отправлено из <a href="https://aka.ms/o0ukef">Outlook для iOS</a></div></div>')


# ---------------------------------------------------------------- customer letters (for quoting)
def cust_letter(num, dt, lines):
    subj = "Заявка №%s от %s" % (num, dt.strftime("%d.%m.%Y"))
    body = "Добрый день!\n\n" + "\n".join(lines) + "\n\nПросим сообщать о выезде, прибытии и убытии бригады.\n\n-- \nДиспетчерская ОМИС\nтел. +7 (473) 239-00-12\ndispatch@zakazchik-omis.ru"
    return {"subject": subj, "dt": dt, "body": body, "mid": mid_cust(dt), "from": CUST}


C29014 = cust_letter("29014", d(2, 8, 40, 12), [
    "Направляем заявку №29014 (Советский р-н).",
    "Позиции:",
    "1 – ТП-1147, РУ-0,4 кВ, замена АВ ф.12 (отключается, нагрев);",
    "2 – ТП-1148, РУ-0,4 кВ, осмотр, протяжка контактных соединений;",
    "3 – РП-12, яч. 5, проверка МТЗ."])
C29233 = cust_letter("29233", d(5, 6, 20, 4), [
    "АВАРИЙНАЯ. Заявка №29233.",
    "Отключилась КЛ-10 кВ ТП-905 – РП-3, действие МТЗ в РП-3 яч.8.",
    "Без напряжения 6 жилых домов по ул. Хользунова. Прошу выехать незамедлительно."])
C29402 = cust_letter("29402", d(9, 8, 0, 31), [
    "Наряд-заявка №29402.",
    "РП-7, яч. 5: корректировка уставок МТЗ в связи с увеличением нагрузки ф.5 (карта уставок во вложении у вас от 28.10).",
    "Позиция 1."])
C29561 = cust_letter("29561", d(11, 7, 45, 9), [
    "Заявка №29561, уличное освещение ул. Лизюкова (не горит участок от д. 2 до д. 40).",
    "1 – ШУНО-12;",
    "2 – ШУНО-14;",
    "3 – ШУНО-15."])
C29608 = cust_letter("29608", d(12, 11, 0, 44), [
    "Направляем заявку №29608.",
    "Объект: ТП-3390, РУ-0,4 кВ, замена трансформаторов тока 300/5 (учёт, ввод Т1).",
    "Позиция 1.",
    "Просим подтвердить принятие."])
C29744 = cust_letter("29744", d(16, 8, 10, 2), [
    "Заявка №29744 – проверка и опломбировка ТТ учёта.",
    "1 – ТП-618;",
    "2 – ТП-619;",
    "3 – ТП-623.",
    "Представитель энергосбыта будет на каждом объекте, телефон согласуйте с ним заранее: +7 (473) 239-41-05."])
C29812 = cust_letter("29812", d(18, 9, 20, 50), [
    "Заявка №29812: ревизия рубильников РПС-2.",
    "П1 – КТП-512, П2 – КТП-513 (пос. Сомово).",
    "Отключение потребителей согласовать с ОДС."])
C29870 = cust_letter("29870", d(20, 14, 0, 12), [
    "Заявка №29870.",
    "ТП-1790, РУ-0,4 кВ: при обходе выявлен нагрев шин ввода Т1 (до 90 °С по пирометру).",
    "Позиция 1 – ремонт контактных соединений."])
C29953 = cust_letter("29953", d(23, 8, 30, 27), [
    "Заявка №29953 – замена ПУ в уличных шкафах учёта:",
    "1) ул. 20-летия Октября, 90;",
    "2) ул. Ворошилова, 38.",
    "Доступ к шкафам через представителей УК."])


# ---------------------------------------------------------------- client writers
def ios(dt, subject, text, label, quote=None, reply_to=None):
    """Outlook for iOS on the crew tablet. quote = dict(from, dt, to, subject, body)."""
    mid = mid_ios()
    plain = text.rstrip() + "\n\n" + IOS_SIG_TXT + "\n"
    hbody = "".join('<div dir="ltr">%s</div>\n' % (htmlmod.escape(l) if l else "<br>") for l in text.rstrip().split("\n"))
    hbody += '<div dir="ltr"><br></div>\n' + IOS_SIG_HTML + "\n"
    if quote:
        qfrom = "%s <%s>" % quote["from"]
        qto = quote.get("to", "%s <%s>" % CUST)
        plain += ("________________________________\nОт: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s\n"
                  % (qfrom, ru_long(quote["dt"]), qto, quote["subject"], quote["body"]))
        hbody += ('<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%%" tabindex="-1">'
                  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                  '<b>От:</b> %s<br><b>Отправлено:</b> %s<br><b>Кому:</b> %s<br><b>Тема:</b> %s</font>'
                  '<div>&nbsp;</div></div>\n<div>%s</div></div>\n'
                  % (htmlmod.escape(qfrom), ru_long(quote["dt"]), htmlmod.escape(qto), htmlmod.escape(quote["subject"]),
                     "<br>\n".join(htmlmod.escape(l) for l in quote["body"].split("\n"))))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n%s</body>\n</html>\n' % hbody)
    ctype, body = multipart("alternative", [leaf("text/plain", plain, "utf-8", "base64"),
                                            leaf("text/html", html, "utf-8", "base64")], "ios")
    headers = [("From", addr(CREW)), ("To", addr(CUST)), ("Subject", hdr(subject)),
               ("Thread-Topic", hdr(subject)), ("Date", format_datetime(dt)), ("Message-ID", mid)]
    if reply_to:
        headers += [("In-Reply-To", reply_to), ("References", reply_to)]
    headers += [("Accept-Language", "ru-RU, en-US"), ("Content-Language", "ru-RU"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("MIME-Version", "1.0"), ("Content-Type", ctype)]
    add(dt, assemble(headers, body), label)
    return {"mid": mid, "dt": dt, "subject": subject, "body": plain.split("\n________________________________")[0].rstrip(),
            "from": CREW}


def tb(dt, subject, text, label, cs="UTF-8", cte="8bit", html=None, html_only=False, reply_to=None,
       sender=ENG, to=CUST):
    mid = mid_tb()
    if html_only:
        ctype = 'text/html; charset="%s"' % cs
        body = enc_body(html, cs, cte)
        content = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    elif html:
        ctype, body = multipart("alternative", [leaf("text/plain", text, cs, cte, "; format=flowed"),
                                                leaf("text/html", html, cs, cte)], "tb")
        content = [("Content-Type", ctype)]
    else:
        ctype = 'text/plain; charset=%s; format=flowed' % cs
        body = enc_body(text, cs, cte)
        content = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    headers = [("Message-ID", mid), ("Date", format_datetime(dt)), ("MIME-Version", "1.0"),
               ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ru")]
    if reply_to:
        headers += [("In-Reply-To", reply_to), ("References", reply_to)]
    headers += [("To", addr(to, cs if cs.lower() != "utf-8" else "utf-8")),
                ("From", addr(sender, cs if cs.lower() != "utf-8" else "utf-8")),
                ("Subject", hdr(subject, cs if cs.lower() != "utf-8" else "utf-8")),
                ("Organization", hdr("ООО «Энергосбыт-Сервис»", cs if cs.lower() != "utf-8" else "utf-8"))]
    headers += content
    add(dt, assemble(headers, body), label)
    return {"mid": mid, "dt": dt, "subject": subject, "body": text, "from": sender}


def koi_safe(s):
    for a, b in (("№", "N"), ("–", "-"), ("«", '"'), ("»", '"'), ("—", "-")):
        s = s.replace(a, b)
    return s


def bat(dt, subject, text, label, cs="windows-1251", cte="8bit", reply_to=None, html=None):
    mid = mid_bat(dt)
    if cs.lower() == "koi8-r":
        subject, text = koi_safe(subject), koi_safe(text)
    headers = [("Date", format_datetime(dt)), ("From", addr(ODS, cs)),
               ("Reply-To", addr(ODS, cs)),
               ("X-Mailer", "The Bat! (v10.5.3) Professional"), ("Organization", hdr(koi_safe("ООО «Энергосбыт-Сервис»") if cs.lower() == "koi8-r" else "ООО «Энергосбыт-Сервис»", cs)),
               ("X-Priority", "3 (Normal)"), ("Message-ID", mid), ("To", addr(CUST, cs))]
    if reply_to:
        headers += [("In-Reply-To", reply_to), ("References", reply_to)]
    headers += [("Subject", hdr(subject, cs)), ("MIME-Version", "1.0")]
    if html:
        ctype, body = multipart("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)], "bat")
        headers += [("Content-Type", ctype)]
    else:
        headers += [("Content-Type", "text/plain; charset=%s" % cs), ("Content-Transfer-Encoding", cte)]
        body = enc_body(text, cs, cte)
    add(dt, assemble(headers, body), label)
    return {"mid": mid, "dt": dt, "subject": subject, "body": text, "from": ODS}


def tbquote(q):
    who = q["from"][0]
    lines = "\n".join(("> " + l) if l else ">" for l in q["body"].split("\n"))
    return "%s, %s пишет:\n%s" % (q["dt"].strftime("%d.%m.%Y %H:%M"), who, lines)


def batquote(q, initials="ДО"):
    head = "Вы писали %d %s %d г., %d:%02d:%02d:" % (q["dt"].day, RU_MON_G[q["dt"].month - 1], q["dt"].year,
                                                    q["dt"].hour, q["dt"].minute, q["dt"].second)
    lines = "\n".join((initials + "> " + l) if l else initials + ">" for l in q["body"].split("\n"))
    return head + "\n\n" + lines


def re(s):
    return s if s.lower().startswith("re:") else "Re: " + s


# ================================================================ LETTERS
# ---------------------------------------------------------------- 29014
m = tb(d(2, 9, 12), re(C29014["subject"]), """Добрый день.

Заявка 29014 принята в работу.
По позициям:
- ТП-1147, РУ-0,4 кВ, ф.12 - АВ 250А на замену есть на складе (ВА57-35, 250 А), направляем бригаду ВЛ-2;
- ТП-1148 - осмотр и протяжку выполнит та же бригада после ТП-1147;
- РП-12, яч. 5 - проверку МТЗ проводим силами СРЗАИ, время выезда сообщу отдельно.

Прошу обеспечить допуск в ТП-1147 (ключи у РЭС-3).

%s

%s
""" % (SIG_ENG, tbquote(C29014)), dec("29014", [], "заявка принята", "engineer accepts the whole request; per-position plans are only plans"),
    reply_to=C29014["mid"])

m002 = ios(d(2, 10, 5), re(C29014["subject"]),
           "выехали на тп-1147 по 1й поз. будем минут через 40, пробки на Московском",
           dec("29014", ["1"], "подрядчик в пути", "crew left for TP-1147, «будем через 40 минут»; quoted request lists 1,2,3"),
           quote=C29014, reply_to=C29014["mid"])

m003 = ios(d(2, 10, 52), re(C29014["subject"]),
           "на месте п1. ТП-1147 открыли, в РУ-0,4 ф.12 автомат отключен, следы нагрева на клеммах. меняем\nСидоренко",
           dec("29014", ["1"], "подрядчик на месте", "crew on site at pos 1; quoted own earlier «выехали»"),
           quote=dict(m002, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m002["mid"])

tb(d(2, 14, 41), "29014 п.1 ТП-1147 - выполнено", """Добрый день.

По заявке № 29014, позиция 1 (ТП-1147, РУ-0,4 кВ, ф.12):
- демонтирован АВ 250А (А3794Б, оплавление контактов фазы В);
- установлен ВА57-35-340010, Iн = 250 А, Iр = 250 А;
- протянуты контактные соединения ф.12, КЛ-0,4 кВ АВБбШв 4х120;
- Rиз КЛ ф.12 (мегаомметр ЭСО202/2-Г, 2500 В): не менее 520 МОм по всем фазам;
- ток нагрузки после включения: А - 142 А, В - 138 А, С - 151 А.

Ф.12 включен в 14:05. Бригада убыла с ТП-1147 в 14:20, ТП закрыта, ключи сданы в РЭС-3.
Акт выполненных работ № 1147/11 направим с закрывающими документами.

%s
""" % SIG_ENG, dec("29014", ["1"], "подрядчик убыл", "detailed technical report, brigade left TP-1147 at 14:20"), cte="quoted-printable")

m005 = ios(d(2, 15, 18), "29014-2", "на тп-1148 на месте, начинаем осмотр",
           dec("29014", ["2"], "подрядчик на месте", "position only after dash in subject"))

ios(d(2, 17, 2), "Re: 29014-2", "по второй позиции все, контакты протянули, замечаний нет. уехали",
    dec("29014", ["2"], "подрядчик убыл", "«по второй позиции … уехали»; quoted own «на месте»"),
    quote=dict(m005, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m005["mid"])

m007 = tb(d(2, 17, 30), "29014 поз.3 РП-12 - выезд завтра", """Добрый вечер.

По позиции 3 заявки 29014 (РП-12, яч. 5, проверка МТЗ): выезд бригады СРЗАИ запланирован на 03.11.2026 в 09:00.
Потребуется вывод яч. 5 в ремонт, заявку на отключение в ОДС подали.
Прошу подтвердить, что отключение потребителей ф.5 с 09:30 до 15:00 согласовано с вашей стороны.

%s
""" % SIG_ENG_SHORT, rev("plan for tomorrow plus a question; no status happened"))

tb(d(3, 9, 25), re(m007["subject"]), """Прибыли на РП-12 в 09:15. Яч. 5 выведена в ремонт, ПЗ наложены, приступили к проверке МТЗ (РТ-40/10, уставка по карте 6 А).

%s

%s
""" % (SIG_ENG_SHORT, tbquote(m007)),
   dec("29014", ["3"], "подрядчик на месте", "Re: subject says «выезд завтра» but body reports arrival; position from subject"),
   reply_to=m007["mid"])

tb(d(3, 16, 58), "29014 / РП-12 яч.5 - работы завершены", """По заявке 29014, поз. 3:

Проверка МТЗ яч. 5 РП-12 выполнена.
Реле РТ-40/10: Iср = 6,0 А (уставка 6 А), Кв = 0,86.
Реле времени РВ-01: t = 0,5 с (факт 0,52 с).
Отключение выключателя ВМГ-133 от защиты проверено трёхкратно - норма.

Ячейка введена в работу в 16:20, ПЗ сняты. Бригада СРЗАИ покинула РП-12 в 16:40.
Протокол проверки № Р-2611/3 вышлю завтра.

%s
""" % SIG_ENG, dec("29014", ["3"], "подрядчик убыл", "«покинула РП-12 в 16:40»; many measured values and protocol numbers"))

# calendar response (Thunderbird iTIP REPLY) -> ignored
def calendar_reply():
    dt = d(2, 18, 10)
    mid = mid_tb()
    subj = "Принято: Совещание по заявке 29014 (РП-12, яч. 5)"
    txt = "Кравцов Дмитрий Олегович принял ваше приглашение.\n\nСовещание по заявке 29014 (РП-12, яч. 5)\nКогда: 05.11.2026 11:00 - 12:00\nГде: Teams\n"
    ics = """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
CREATED:20261102T145500Z
LAST-MODIFIED:20261102T151000Z
DTSTAMP:20261102T151000Z
UID:040000008200E00074C5B7101A82E00800000000B0A1F4C2D1DAD901000000000000000010000000C2
SUMMARY:Совещание по заявке 29014 (РП-12\\, яч. 5)
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
ATTENDEE;CN=Кравцов Дмитрий Олегович;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:d.kravtsov@energosbyt-servis.ru
DTSTART;TZID=Europe/Moscow:20261105T110000
DTEND;TZID=Europe/Moscow:20261105T120000
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    ctype, body = multipart("mixed", [leaf("text/plain", txt, "UTF-8", "8bit"),
                                      leaf("text/calendar", ics, "UTF-8", "8bit", "; method=REPLY")], "tb")
    headers = [("Message-ID", mid), ("Date", format_datetime(dt)), ("MIME-Version", "1.0"),
               ("User-Agent", "Mozilla Thunderbird"), ("From", addr(ENG)), ("To", addr(CUST)),
               ("Subject", hdr(subj)), ("Content-Type", ctype)]
    add(dt, assemble(headers, body), ign("calendar meeting response (iTIP REPLY) generated by Thunderbird; «Принято» is the meeting, not the request"))


calendar_reply()

# ---------------------------------------------------------------- 29107
m010 = bat(d(3, 10, 40), "Заявка 29107 принята", """Здравствуйте, Диспетчерская.

Сообщаем, что заявка № 29107 (шкафы учёта ул. Кольцовская, 24 и ул. Плехановская, 53) принята ОДС ООО «Энергосбыт-Сервис».
Исполнитель - бригада ВЛ-2, мастер Сидоренко П.А., тел. +7 (951) 548-03-76.

%s
""" % SIG_ODS, dec("29107", [], "заявка принята", "dispatcher: whole request accepted; addresses and phone are not positions"))

bat(d(3, 11, 2), "ПОВТОРНО: Заявка 29107 принята", """Здравствуйте.

Направляем повторно, т.к. пришло уведомление о задержке доставки.

Заявка № 29107 (шкафы учёта ул. Кольцовская, 24 и ул. Плехановская, 53) принята ОДС ООО «Энергосбыт-Сервис».
Исполнитель - бригада ВЛ-2, мастер Сидоренко П.А., тел. +7 (951) 548-03-76.

%s
""" % SIG_ODS, dec("29107", [], "заявка принята", "resend «повторно» of the same acceptance"), cte="quoted-printable")

ios(d(3, 13, 20), "ул. Кольцовская, 24 (29107)", "по 1й позиции выдвигаемся, будем через полчаса",
    dec("29107", ["1"], "подрядчик в пути", "number in brackets after the address; «выдвигаемся, будем через полчаса»"))

m013 = ios(d(3, 14, 5), "29107 поз1",
           "на месте. шкаф учета вскрыли в присутствии представителя УК, пломба на крышке № 0457812 целая, на клеммнике ТТ № 0457813 тоже",
           dec("29107", ["1"], "подрядчик на месте", "«поз1» in subject; seal numbers are not request numbers"))

ios(d(3, 16, 30), "Re: 29107 поз1",
    "по 1й закончили, Меркурий 234 ARTM-03 поменяли, показания старого 004512,7 зафиксировали, новый опломбировали № 0461120. уехали.\nпо 2й завтра с утра (4го выходной, значит 5го)",
    dec("29107", ["1"], "подрядчик убыл", "pos 1 done and left; pos 2 only a plan"),
    quote=dict(m013, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m013["mid"])

m015 = ios(d(5, 8, 40), "29107 (2)", "выехлаи на плехановскую 53",
           dec("29107", ["2"], "подрядчик в пути", "position in brackets in subject; typo «выехлаи»"))

ios(d(5, 9, 15), "Re: 29107 (2)", "мы на месте",
    dec("29107", ["2"], "подрядчик на месте", "number and position only in the Re: subject; quoted own «выехали»"),
    quote=dict(m015, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m015["mid"])

bat(d(5, 8, 50), "Выезды бригад 05.11", """Здравствуйте.

Информация по выездам на утро 05.11.2026:
- заявка 29107, поз. 2 (ул. Плехановская, 53) - бригада ВЛ-2 выехала в 08:35;
- заявка 29233 (КЛ-10 кВ ТП-905 - РП-3) - ЭТЛ выехала в 07:05, сейчас на трассе.

%s
""" % SIG_ODS, rev("two different requests in one letter"), cte="quoted-printable")

tb(d(5, 12, 20), "Fwd: Re: 29107 (2)", """Пересылаю сообщение бригады - по ошибке ушло мне, а не вам.

-------- Перенаправленное сообщение --------
Тема: 	Re: 29107 (2)
Дата: 	Thu, 5 Nov 2026 11:52:40 +0300
От: 	Бригада ВЛ-2 <brigada.vl2@energosbyt-servis.ru>
Кому: 	Кравцов Дмитрий Олегович <d.kravtsov@energosbyt-servis.ru>

поз 2 сделали. счетчик заменен, шкаф закрыт, опломбирован. уехали 11:50

Отправлено из Outlook для iOS<https://aka.ms/o0ukef>

""", dec("29107", ["2"], "подрядчик убыл", "engineer forwards the crew's report: pos 2 done, left 11:50"))

# ---------------------------------------------------------------- 29233 (emergency)
m018 = bat(d(5, 7, 12), "Аварийная заявка 29233 - выезд бригады", """Здравствуйте.

По аварийной заявке № 29233 (повреждение КЛ-10 кВ ТП-905 - РП-3) бригада выехала в 06:55.
Состав: мастер Сидоренко П.А., эл/монтёры Гуров А.С., Панин Е.В.; ЭТЛ на базе ГАЗ-33081, г/н Е 417 КО 136.

%s
""" % SIG_ODS, dec("29233", [], "подрядчик в пути", "emergency: crew departed; car plate and GAZ model are noise"),
    reply_to=C29233["mid"])

bat(d(5, 7, 20), "Исправление: Аварийная заявка 29233 - выезд бригады", """Здравствуйте.

Исправление к письму от 07:12: время выезда бригады по заявке № 29233 - 07:05, а не 06:55.
Остальное без изменений, бригада в пути.

%s
""" % SIG_ODS, dec("29233", [], "подрядчик в пути", "dispatcher's correction of departure time; still on the way"))

tb(d(5, 8, 30), "29233 КЛ-10 кВ ТП-905 - РП-3", """Доброе утро.

Заявка 29233. ЭТЛ и бригада прибыли на ТП-905 в 08:10.
КЛ-10 кВ ТП-905 яч.3 - РП-3 яч.8 отключена и заземлена с обеих сторон.
Измерения Rиз: фаза А - 0,2 МОм, фазы В и С - более 1000 МОм.
Повреждение фазы А, приступили к прожигу и определению места повреждения (рефлектометр РЕЙС-205).

%s
""" % SIG_ENG_SHORT, dec("29233", [], "подрядчик на месте", "«прибыли на ТП-905 в 08:10», work in progress"))

tb(d(5, 13, 10), "29233 - нужен ордер на разрытие", """Дмитрий Кравцов, СРЗАИ.

Место повреждения КЛ-10 кВ по заявке 29233 определено: 230 м от ТП-905 по трассе, газон у д. 14 по ул. Хользунова.
Для вскрытия нужен ордер на земляные работы. Кто с вашей стороны оформляет - вы или управа Северного района?
Без ордера копать не можем. Муфта СТп-10 3х120-240 в наличии.

%s
""" % SIG_ENG_SHORT, rev("a question about an excavation permit; no status change"))

ios(d(6, 15, 40), re(C29233["subject"]),
    "муфту смонтировали, испытали 60кВ 10 мин - норма. кл под напряжением с 15:10. бригада уехала\nСидоренко",
    dec("29233", [], "подрядчик убыл", "repair done, «бригада уехала»; quoted original emergency request"),
    quote=C29233, reply_to=C29233["mid"])

# ---------------------------------------------------------------- 29318
T23 = [("1", "ул. Ленина, 73, ВРУ-0,4 кВ"), ("2", "ул. Ленина, 75, ВРУ-0,4 кВ"),
       ("3", "ул. Мира, 4, ВРУ-0,4 кВ"), ("4", "ул. Мира, 6, ВРУ-0,4 кВ")]
plain23 = "Добрый день.\n\nЗаявка 29318 принята, распределение по позициям:\n\n" + "\n".join(
    "поз. %s | %s | бригада ВЛ-2 | принята" % r for r in T23) + "\n\nВыезд - 09.11.2026 с 08:30.\n\n" + SIG_ENG + "\n"
html23 = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>"
          "<p>Добрый день.</p><p>Заявка 29318 принята, распределение по позициям:</p>"
          "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Поз.</th><th>Адрес</th><th>Исполнитель</th><th>Статус</th></tr>"
          + "".join("<tr><td>%s</td><td>%s</td><td>бригада ВЛ-2</td><td>принята</td></tr>" % r for r in T23)
          + "</table><p>Выезд - 09.11.2026 с 08:30.</p><pre class=\"moz-signature\">%s</pre></body></html>" % htmlmod.escape(SIG_ENG))
tb(d(6, 10, 5), "Заявка 29318 - принята", plain23,
   dec("29318", ["1", "2", "3", "4"], "заявка принята", "HTML table, a row per position, all «принята»"), html=html23)

bat(d(9, 10, 12), "29318 поз. 02 - бригада на месте", """Здравствуйте.

По заявке 29318, поз. 02 (ул. Ленина, 75): бригада ВЛ-2 на месте с 10:05.

%s
""" % SIG_ODS, dec("29318", ["2"], "подрядчик на месте", "position written «02»; (later corrected by dispatcher, but this letter alone says pos 2)"))

bat(d(9, 10, 26), "ИСПРАВЛЕНИЕ: 29318 поз. 03 - бригада на месте", """Здравствуйте.

Прошу исправить: в письме 10:12 ошибочно указана поз. 02.
Бригада ВЛ-2 на месте по поз. 03 (ул. Мира, 4) с 10:05, на поз. 02 ещё не выезжали.

Извините за путаницу.

%s
""" % SIG_ODS, dec("29318", ["3"], "подрядчик на месте", "correction: on site at pos 3; pos 2 explicitly not yet"))

m026 = ios(d(9, 14, 50), "29318 п3 п4", "п3 и п4 готово, приборы учета поменяли, акты допуска подписали с УК. едем на базу",
           dec("29318", ["3", "4"], "подрядчик убыл", "«готово … едем на базу» = left, positions 3 and 4"))

ios(d(10, 8, 20), "Re: 29318 п3 п4", "по п1 выехали, на Ленина 73 будем к 9",
    dec("29318", ["1"], "подрядчик в пути", "Re: subject names п3 п4 but new text is about п1 on the way"),
    quote=dict(m026, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m026["mid"])

ios(d(10, 13, 40), "29391 п2", "п2 на месте, начинаем",
    rev("request 29391 does not exist in registry (likely typo)"))

html28 = """<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body>
<p>Добрый день.</p>
<p>Заявка 29318, итоги за 10.11.2026:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Поз.</th><th>Адрес</th><th>Прибытие</th><th>Убытие</th><th>Примечание</th></tr>
<tr><td>1</td><td>ул. Ленина, 73</td><td>08:55</td><td>13:10</td><td>ПУ Меркурий 230 ART-03 заменён, зав. № 41187236</td></tr>
<tr><td>2</td><td>ул. Ленина, 75</td><td>13:35</td><td>15:40</td><td>ПУ заменён, ТТ 150/5 проверены</td></tr>
</table>
<p>Работы по поз. 1 и 2 выполнены, бригада убыла.</p>
<pre class="moz-signature">%s</pre>
</body></html>
""" % htmlmod.escape(SIG_ENG)
tb(d(10, 16, 10), "29318 - итоги 10.11", None,
   dec("29318", ["1", "2"], "подрядчик убыл", "HTML-only table with arrival/departure per position; latest = убыл"),
   html=html28, html_only=True, cte="base64")

# ---------------------------------------------------------------- 29402
m029 = tb(d(9, 11, 30), re(C29402["subject"]), """Добрый день.

Заявку 29402 принял. Выезд на РП-7 планирую 11.11 к 10:00, бланк переключений на вывод яч. 5 подготовлен.
Новые уставки МТЗ по расчёту: Iср = 480 А первичных (Ктт 400/5, вторичный ток 6,0 А), t = 0,5 с.

%s

%s
""" % (SIG_ENG, tbquote(C29402)), dec("29402", [], "заявка принята", "accepted; departure is only planned"),
    reply_to=C29402["mid"])

tb(d(11, 10, 35), re(C29402["subject"]), """Находимся на РП-7 с 10:10. Яч. 5 выведена в ремонт, ПЗ установлены, приступаем к перестройке уставок.

%s

%s
""" % (SIG_ENG_SHORT, tbquote(m029)),
   dec("29402", [], "подрядчик на месте", "«находимся на РП-7»; number only in Re: subject / quote"), reply_to=m029["mid"])

tb(d(11, 15, 52), "наряд 29402 РП-7 яч.5: уставки МТЗ изменены", """Добрый день.

По наряду 29402 выполнено:
- РТ-40/10 яч. 5: Iср = 6,0 А (480 А перв.), Кв = 0,87;
- РВ-01: t = 0,5 с, проверено 3 раза (0,51 / 0,50 / 0,52 с);
- проверка действия на отключение ВМП-10 - норма.

Яч. 5 введена в работу в 15:10, нагрузка ф.5 - 86 А.
Бригада РЗА уехала с РП-7 в 15:30. Карту уставок обновлённую пришлю завтра.

%s
""" % SIG_ENG, dec("29402", [], "подрядчик убыл", "«наряд 29402 … уехала с РП-7 в 15:30»"), cte="quoted-printable")

# ---------------------------------------------------------------- 29455
m032 = ios(d(10, 14, 10), "29455", "по 29455 обе позиции, выехали. сначала 2210 потом 2211",
           dec("29455", ["1", "2"], "подрядчик в пути", "«обе позиции, выехали» = both positions of a 2-position request; ТП numbers 2210/2211 are not request numbers"))

ios(d(10, 14, 55), "Re: 29455", "на тп2210 на месте (п.1)",
    dec("29455", ["1"], "подрядчик на месте", "position in brackets «(п.1)»"),
    quote=dict(m032, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m032["mid"])

ios(d(10, 15, 40), "Re: 29455", "п1 осмотрели, следов перекрытия нет, предохранители ПН-2 250А поменяли на ф.3. переезжаем на п2",
    rev("different statuses for different positions: п1 finished, п2 on the way"),
    quote=dict(m032, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m032["mid"])

ios(d(10, 17, 5), "29455 п.2", "на 2211 все. изоляторы протерли, тр-р 400 кВА замечаний нет, нагрузку подали. уехали",
    dec("29455", ["2"], "подрядчик убыл", "«все … уехали»; 400 кВА is noise"))

# ---------------------------------------------------------------- 29561
bat(d(11, 8, 10), re(C29561["subject"]), """Здравствуйте, Диспетчерская.

%s

Заявка № 29561 (ШУНО ул. Лизюкова) принята ОДС, передана бригаде ВЛ-2.
Плановый выезд сегодня после 09:00.

%s
""" % (batquote(C29561), SIG_ODS), dec("29561", [], "заявка принята", "KOI8-R, The Bat! initials quoting «ДО>»; accepted"),
    cs="koi8-r", reply_to=C29561["mid"])


def bounce():
    dt = d(11, 8, 31)
    orig_dt = d(11, 8, 30, 55)
    orig_mid = mid_cust(orig_dt)
    orig_body = ("Добрый день!\n\nПо заявке №29561 просим сообщить, когда бригада будет на позиции 2 (ШУНО-14), "
                 "жители жалуются.\n\n-- \nДиспетчерская ОМИС\n")
    orig = ("Received: from mail.zakazchik-omis.ru (mail.zakazchik-omis.ru [81.177.140.22])\n"
            "\tby mx1.energosbyt-servis.ru (Postfix) with ESMTPS id 4Zb7Qm1xKlz9sT\n"
            "\tfor <brigada2@energosbyt-servis.ru>; %s\n"
            "From: %s\nTo: brigada2@energosbyt-servis.ru\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            % (format_datetime(orig_dt), addr(CUST), hdr("Заявка №29561 - позиция 2"), format_datetime(orig_dt), orig_mid)
            ).encode() + orig_body.encode("utf-8")
    expl = """This is the mail system at host mx1.energosbyt-servis.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<brigada2@energosbyt-servis.ru>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <brigada2@energosbyt-servis.ru>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.energosbyt-servis.ru
X-Postfix-Queue-ID: 4Zb7Qm1xKlz9sT
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: %s

Final-Recipient: rfc822; brigada2@energosbyt-servis.ru
Original-Recipient: rfc822;brigada2@energosbyt-servis.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <brigada2@energosbyt-servis.ru>: Recipient
    address rejected: User unknown in virtual mailbox table
""" % format_datetime(orig_dt)
    p1 = b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + expl.encode()
    p2 = b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn.encode()
    p3 = b"Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n" + orig
    ctype, body = multipart("report", [p1, p2, p3], "bat", "; report-type=delivery-status")
    headers = [("Date", format_datetime(dt)), ("From", "MAILER-DAEMON@energosbyt-servis.ru (Mail Delivery System)"),
               ("Subject", "Undelivered Mail Returned to Sender"), ("To", "dispatch@zakazchik-omis.ru"),
               ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("Content-Type", ctype),
               ("Message-Id", "<20261111053100.5C1A82A1F3@mx1.energosbyt-servis.ru>")]
    add(dt, assemble(headers, body), ign("bounce (DSN) for the customer's own letter to a non-existent crew address"))


bounce()

m037 = ios(d(11, 9, 30), "ШУНО-14 поз 2 (29561)", "едем на шуно-14. в дороге",
           dec("29561", ["2"], "подрядчик в пути", "«в дороге»; number in brackets after the cabinet name"))

ios(d(11, 10, 5), re(m037["subject"]), "НА МЕСТЕ по 2. шкаф открыт, фотореле ФР-602 под замену",
    dec("29561", ["2"], "подрядчик на месте", "caps «НА МЕСТЕ»; ФР-602 is a part model"),
    quote=dict(m037, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m037["mid"])

m039 = ios(d(12, 8, 15), "29561 поз.3", "по поз.3 еще не выехали, газель на ремонте, ждем вторую машину. по времени отпишусь",
           rev("negation: «ещё не выехали»"))

ios(d(12, 13, 0), "Re: 29561 поз.3",
    "по 3-й позиции на месте были с 10:20, закончили 12:40. контактор КМИ-23210 заменили, освещение горит. поехали на базу",
    dec("29561", ["3"], "подрядчик убыл", "arrival and departure both reported; latest is убыл"),
    quote=dict(m039, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m039["mid"])

T41 = """Здравствуйте.

По заявке № 29561 позиция 1 (ШУНО-12): работы завершены, бригада убыла в 16:05.
Восстановлено питание линии наружного освещения, в работе 48 светильников.

%s

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Wednesday, November 11, 2026 7:45 AM
To: ods@energosbyt-servis.ru
Subject: Заявка №29561 от 11.11.2026

%s
""" % (SIG_ODS, C29561["body"])
bat(d(12, 16, 20), "Re: Заявка №29561 от 11.11.2026 - поз. 1 завершена", T41,
    dec("29561", ["1"], "подрядчик убыл", "«позиция 1 … убыла в 16:05»; -----Original Message----- quote lists 3 positions"),
    reply_to=C29561["mid"])
bat(d(12, 16, 48), "повторно: Re: Заявка №29561 от 11.11.2026 - поз. 1 завершена",
    "Повторно - в 16:20 у нас висело в исходящих.\n\n" + T41,
    dec("29561", ["1"], "подрядчик убыл", "dispatcher resends the same report «повторно»"), cte="quoted-printable")

# ---------------------------------------------------------------- 29608
tb(d(12, 11, 40), re(C29608["subject"]), """%s

Добрый день.
Принята. ТТ ТШП-0,66 300/5 кл. 0,5S - 3 шт. в наличии. Выезд завтра, время сообщу.

%s
""" % (tbquote(C29608), SIG_ENG_SHORT), dec("29608", [], "заявка принята", "bottom-posted reply under the quote: «Принята»"),
   reply_to=C29608["mid"])

m044 = tb(d(13, 10, 50), "29608 - выезд", """Выезжаем на ТП-3390 по заявке 29608, ориентировочно будем в 11:30.
Прошу предупредить представителя энергосбыта для снятия пломб (пломбы № 36-1187445, 36-1187446).

%s
""" % SIG_ENG_SHORT, dec("29608", [], "подрядчик в пути", "«выезжаем … будем в 11:30»; seal numbers are noise"))

tb(d(13, 11, 45), "29608 поз.2", """По заявке 29608 поз. 2 - на месте, ждём представителя для снятия пломб.

%s
""" % SIG_ENG_SHORT, rev("request 29608 has only position 1; position 2 does not exist"))

tb(d(13, 15, 20), re(m044["subject"]), """Работы по 29608 выполнены.
ТТ 300/5 ф. А, В, С заменены: ТШП-0,66 0,5S, зав. № 114502, 114503, 114507, поверка III кв. 2026.
Схема подключения ПУ проверена, векторная диаграмма - норма, ток вторичный 2,1/2,0/2,2 А.
Пломбы установлены № 36-1190021 ... 36-1190023, акт о пломбировке подписан представителем энергосбыта.
Бригада убыла с ТП-3390 в 15:05.

%s

%s
""" % (SIG_ENG, tbquote(m044)), dec("29608", [], "подрядчик убыл", "«убыла с ТП-3390 в 15:05»; quoted own «выезжаем»"),
   reply_to=m044["mid"])

# ---------------------------------------------------------------- 29744
def autoreply():
    dt = d(16, 8, 10, 58)
    body = """Здравствуйте.

Я нахожусь в командировке до 17.11.2026 включительно, почту читаю с задержкой.
По срочным вопросам РЗА обращайтесь к Мельникову Сергею Ивановичу, моб. +7 (920) 415-07-33,
по выездам бригад - в ОДС: +7 (473) 200-15-15 доб. 2, ods@energosbyt-servis.ru.

Кравцов Д.О.
"""
    headers = [("Date", format_datetime(dt)), ("From", addr(ENG)), ("To", addr(CUST)),
               ("Subject", hdr("Автоответ: " + C29744["subject"])), ("Message-ID", mid_tb()),
               ("In-Reply-To", C29744["mid"]), ("Auto-Submitted", "auto-replied (vacation)"),
               ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply"),
               ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
               ("Content-Transfer-Encoding", "base64")]
    add(dt, assemble(headers, enc_body(body, "utf-8", "base64")), ign("vacation/out-of-office auto-reply to the request letter"))


autoreply()

ios(d(16, 9, 30), re(C29744["subject"]), "приняли, завтра с утра начнем с тп-618",
    dec("29744", [], "заявка принята", "«приняли»; tomorrow's start is a plan"), quote=C29744, reply_to=C29744["mid"])

ios(d(17, 8, 5), "29744 п1 в пути", "",
    dec("29744", ["1"], "подрядчик в пути", "status only in subject, body is just the iOS signature"))

ios(d(17, 8, 50), "", "на месте. ждем представителя сетевой с ключами, без него в тп не попасть",
    rev("no request number anywhere, empty subject"))

m048 = ios(d(17, 11, 30), "29744", "П1 закончили, ТТ проверили, опломбировали. П2 - на месте",
           rev("different statuses for different positions: П1 finished, П2 on site"))

ios(d(17, 15, 45), "Re: 29744", "поз2, поз3 все сделали уезжаем",
    dec("29744", ["2", "3"], "подрядчик убыл", "«все сделали, уезжаем»; quoted own mixed-status letter"),
    quote=dict(m048, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m048["mid"])

tb(d(18, 10, 0), "29744 - КП на замену ТТ ТП-623", """Добрый день.

По результатам проверки по заявке 29744 на ТП-623 ТТ ф. В не соответствует классу точности
(погрешность -1,8 %% при 5 %% Iн, допустимо ±1,5 %%).
Направляем коммерческое предложение на замену: ТТ ТШП-0,66 400/5 0,5S - 3 шт., работы - итого 38 640,00 руб. с НДС.
Счёт № 1187 от 18.11.2026 выставим после согласования, основание - договор № 47/2026-ЭС от 12.01.2026.

%s
""" % SIG_ENG, rev("price/commercial offer, no status"))

# ---------------------------------------------------------------- 29812
def mdn():
    dt = d(18, 9, 35)
    txt = ("Это уведомление о прочтении сообщения, отправленного %s.\n\n"
           "Примечание: Это уведомление о прочтении означает только то, что сообщение было показано "
           "на компьютере получателя. Нет гарантии, что получатель прочитал или понял содержание сообщения.\n"
           % format_datetime(C29812["dt"]))
    rep = ("Reporting-UA: %s; Mozilla Thunderbird\nFinal-Recipient: rfc822;d.kravtsov@energosbyt-servis.ru\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (DOMAIN, C29812["mid"]))
    p1 = leaf("text/plain", txt, "UTF-8", "8bit")
    p2 = b"Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n" + rep.encode()
    p3 = (b"Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Transfer-Encoding: 7bit\nContent-Disposition: inline\n\n"
          + ("From: %s\nTo: d.kravtsov@energosbyt-servis.ru\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
             % (addr(CUST), hdr(C29812["subject"]), format_datetime(C29812["dt"]), C29812["mid"])).encode())
    ctype, body = multipart("report", [p1, p2, p3], "tb", "; report-type=disposition-notification")
    headers = [("Message-ID", mid_tb()), ("Date", format_datetime(dt)), ("MIME-Version", "1.0"),
               ("User-Agent", "Mozilla Thunderbird"), ("From", addr(ENG)), ("To", addr(CUST)),
               ("Subject", hdr("Уведомление о прочтении (отображено) - " + C29812["subject"])),
               ("Content-Type", ctype)]
    add(dt, assemble(headers, body), ign("read receipt (MDN) generated by Thunderbird"))


mdn()

tb(d(18, 10, 10), re(C29812["subject"]), """Добрый день.

Заявку 29812 приняли в работу. Ревизию РПС-2 на КТП-512 и КТП-513 выполнит бригада ВЛ-2 19.11,
отключение потребителей согласовано ОДС с 09:00 до 16:00.

%s
""" % SIG_ENG_SHORT, dec("29812", [], "заявка принята", "windows-1251 + quoted-printable from Thunderbird; accepted"),
   cs="windows-1251", cte="quoted-printable", reply_to=C29812["mid"])

tb(d(19, 9, 40), "Fwd: 29812", """Пересылаю, бригада опять пишет на мой ящик.

-------- Перенаправленное сообщение --------
Тема: 	29812
Дата: 	Thu, 19 Nov 2026 09:31:07 +0300
От: 	Бригада ВЛ-2 <brigada.vl2@energosbyt-servis.ru>
Кому: 	Кравцов Дмитрий Олегович <d.kravtsov@energosbyt-servis.ru>

на KТП-512 на мeсте, п1. отключили, ПЗ поставили

Отправлено из Outlook для iOS<https://aka.ms/o0ukef>

%s
""" % SIG_ENG_SHORT, dec("29812", ["1"], "подрядчик на месте", "forwarded crew message; Latin K/T/e look-alikes inside «KТП», «мeсте»"))

ios(d(19, 12, 15), "#29812 п.1", "по п.1 выехали с объекта, РПС перебрали, контакты зачистили, смазали. работы выполнены",
    dec("29812", ["1"], "подрядчик убыл", "«выехали С объекта» = left the site"))

m053 = ios(d(19, 12, 20), "29812/2", "выдвигаемся на п.2 ктп-513, будем через полчаса",
           dec("29812", ["2"], "подрядчик в пути", "«выдвигаемся НА п.2, будем через полчаса»"))

ios(d(19, 16, 30), "Re: 29812/2", "с п.2 уехали в 16:10, ктп-513 под напряжением",
    dec("29812", ["2"], "подрядчик убыл", "«с п.2 уехали»"),
    quote=dict(m053, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m053["mid"])

# ---------------------------------------------------------------- 29870
def ods_autoack():
    dt = d(20, 14, 0, 41)
    body = ("Это автоматическое сообщение, отвечать на него не нужно.\n\n"
            "Ваше письмо «%s» получено ОДС ООО «Энергосбыт-Сервис» и зарегистрировано под входящим номером ВХ-4418.\n"
            "Диспетчер свяжется с вами в течение 30 минут.\n\nОДС ООО «Энергосбыт-Сервис», тел. +7 (473) 200-15-15\n"
            % C29870["subject"])
    headers = [("Date", format_datetime(dt)), ("From", addr(ODS, "windows-1251")), ("To", addr(CUST, "windows-1251")),
               ("Subject", hdr("Ваше письмо получено [ВХ-4418]: " + C29870["subject"], "windows-1251")),
               ("Message-ID", mid_bat(dt)), ("In-Reply-To", C29870["mid"]),
               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("X-Mailer", "The Bat! (v10.5.3) Professional"),
               ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=windows-1251"),
               ("Content-Transfer-Encoding", "8bit")]
    add(dt, assemble(headers, enc_body(body, "windows-1251", "8bit")), ign("automatic acknowledgement from the ODS mailbox (Auto-Submitted)"))


ods_autoack()

T55 = """По обращению № 29870 (ТП-1790, нагрев шин РУ-0,4 кВ) бригада ВЛ-2 выехала в 15:10, ориентировочное время прибытия 15:50."""
bat(d(20, 15, 20), re(C29870["subject"]), "Здравствуйте, Диспетчерская.\n\n%s\n\n%s\n\n%s\n" % (batquote(C29870), T55, SIG_ODS),
    dec("29870", [], "подрядчик в пути", "«обращение», crew departed; initials-quoted request below/above"), reply_to=C29870["mid"])
bat(d(20, 15, 55), "Повторно - выезд по заявке 29870", "Здравствуйте.\n\nДублирую сообщение от 15:20 (не уверена, что ушло).\n\n%s\n\n%s\n" % (T55, SIG_ODS),
    dec("29870", [], "подрядчик в пути", "dispatcher's duplicate «дублирую» of the departure report"), cs="koi8-r")

m057 = ios(d(20, 16, 5), re(C29870["subject"]), "на месте, тп-1790. тепловизор показал 94 гр на шине ф.С у рубильника ввода Т1",
           dec("29870", [], "подрядчик на месте", "on site; 94 degrees / Т1 are noise"), quote=C29870, reply_to=C29870["mid"])

ios(d(20, 18, 40), re(C29870["subject"]),
    "все. шины зачистили, болты протянули, через час после включения 41 гр. бригада освободилась",
    dec("29870", [], "подрядчик убыл", "«бригада освободилась» = work finished, left"),
    quote=dict(m057, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m057["mid"])

CTHX = {"subject": "Благодарность по заявке 29870", "dt": d(21, 10, 2, 0), "from": CUST,
        "body": "Коллеги, благодарим бригаду ВЛ-2 за оперативную работу по заявке 29870 в пятницу вечером.\n\n-- \nДиспетчерская ОМИС",
        "mid": mid_cust(d(21, 10, 2, 0))}
ios(d(23, 8, 40), re(CTHX["subject"]), "спасибо! передам ребятам",
    rev("thanks for the customer's thanks; no status"), quote=CTHX, reply_to=CTHX["mid"])

# ---------------------------------------------------------------- 29953
tb(d(23, 9, 5), re(C29953["subject"]), """Добрый день.

Подтверждаю получение заявки 29953, приняли к исполнению.
ПУ Меркурий 234 ARTMX2-03 DPBR.R - 2 шт. получены со склада (накладная № 3318 от 20.11.2026).

%s

%s
""" % (SIG_ENG, tbquote(C29953)), dec("29953", [], "заявка принята", "«приняли к исполнению»; invoice number is noise"),
   reply_to=C29953["mid"])

m060 = ios(d(24, 8, 30), "29953 п1 выехали", "20-летия Октября 90",
           dec("29953", ["1"], "подрядчик в пути", "status and position in subject, body only the address"))

ios(d(24, 9, 10), re(m060["subject"]), "на месте уже, ждем представителя УК",
    dec("29953", ["1"], "подрядчик на месте", "Re: subject still says «выехали», body says on site"),
    quote=dict(m060, to="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"), reply_to=m060["mid"])

ios(d(24, 12, 0), "29953 п1",
    "п1 сделано. старый ПУ снят, показания на момент замены Т1 29561,8 Т2 10244,3. новый установлен, пломба 0471196. уехали",
    dec("29953", ["1"], "подрядчик убыл", "meter reading 29561,8 looks like another request number but is a reading"))

ios(d(24, 12, 5), "29953 п2", "по п.2 выедем завтра к 9:00, сегодня не успеваем, представитель УК только до 12",
    rev("plan only: «выедем завтра»"))

bat(d(25, 9, 30), "Fwd: 29953 п2", """Здравствуйте.

Пересылаю сообщение бригады (у них с планшета не уходит почта на внешние адреса).

-----Пересылаемое сообщение-----
От:    Бригада ВЛ-2 <brigada.vl2@energosbyt-servis.ru>
Кому:  ОДС Энергосбыт-Сервис <ods@energosbyt-servis.ru>
Дата:  25 ноября 2026 г., 9:18:44
Тема:  29953 п2

прибытие на п2 (ворошилова 38) - 09:15, шкаф открыт

Отправлено из Outlook для iOS

-----Конец пересылаемого сообщения-----

%s
""" % SIG_ODS, dec("29953", ["2"], "подрядчик на месте", "dispatcher forwards crew's arrival report (The Bat! forward markers)"))

tb(d(25, 14, 30), "29953 / п.2 - ЗАВЕРШЕНИЕ работ", """Заявка 29953, поз. 2 (ул. Ворошилова, 38): замена ПУ завершена в 13:50, бригада убыла.
Показания снятого ПУ: 018447,2 кВт*ч. Акт допуска ПУ № 29953/2-А оформлен с представителем УК.

%s
""" % SIG_ENG, dec("29953", ["2"], "подрядчик убыл", "noun «ЗАВЕРШЕНИЕ» + «бригада убыла»; act number contains request number"),
   cte="quoted-printable")

# ---------------------------------------------------------------- newsletter
def newsletter():
    dt = d(27, 10, 0, 0)
    html = """<html><head><meta charset="utf-8"><title>Новости Энергосбыт-Сервис</title></head>
<body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="color:#1a5fa8">Энергосбыт-Сервис | Ноябрь 2026</h2>
<p>Уважаемые партнёры!</p>
<p>Публикуем график плановых отключений на декабрь 2026 г. по Советскому и Северному районам г. Воронежа:</p>
<ul>
<li>03.12 09:00-17:00 - ТП-1147, ТП-1148 (ремонт РУ-0,4 кВ);</li>
<li>08.12 10:00-15:00 - РП-7, яч. 3 (замена выключателя);</li>
<li>15.12 09:00-16:00 - КТП-512 (пос. Сомово).</li>
</ul>
<p>Бригады выезжают на объекты по графику, о переносах сообщаем за 3 рабочих дня.</p>
<p>С 1 декабря аварийная линия ОДС работает по номеру +7 (473) 200-15-15, доб. 1.</p>
<hr><p style="font-size:11px;color:#888">Вы получили это письмо, т.к. подписаны на рассылку ООО «Энергосбыт-Сервис».
<a href="https://energosbyt-servis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru">Отписаться</a></p>
</td></tr></table></body></html>
"""
    headers = [("Date", format_datetime(dt)), ("From", addr(NEWS)), ("To", "dispatch@zakazchik-omis.ru"),
               ("Subject", hdr("Новости Энергосбыт-Сервис: график плановых отключений на декабрь 2026")),
               ("Message-ID", "<news-2026-11-27.%d@energosbyt-servis.ru>" % rnd.randint(100000, 999999)),
               ("List-Id", "<news.energosbyt-servis.ru>"),
               ("List-Unsubscribe", "<mailto:news@energosbyt-servis.ru?subject=unsubscribe>, <https://energosbyt-servis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk"), ("X-Mailer", "UniSender"),
               ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=utf-8"),
               ("Content-Transfer-Encoding", "quoted-printable")]
    add(dt, assemble(headers, enc_body(html, "utf-8", "quoted-printable")), ign("company newsletter (bulk mailing list)"))


newsletter()

# ================================================================ write out
def main():
    LETTERS.sort(key=lambda x: x[0])
    ldir = os.path.join(OUT, "letters")
    os.makedirs(ldir, exist_ok=True)
    for f in os.listdir(ldir):
        if f.endswith(".eml"):
            os.remove(os.path.join(ldir, f))
    labels = {}
    for i, (dt, data, label) in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        with open(os.path.join(ldir, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)

    reg = {"contractor": {"name": "ООО «Энергосбыт-Сервис»",
                          "emails": [ENG[1], CREW[1], ODS[1], NEWS[1], DAEMON[1]],
                          "domains": [DOMAIN]},
           "requests": [
               {"number": "29014", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+03:00",
                "comment": "1 – ТП-1147 РУ-0,4 кВ замена АВ 250А ф.12; 2 – ТП-1148 РУ-0,4 кВ осмотр/протяжка; 3 – РП-12 яч.5 проверка МТЗ"},
               {"number": "29107", "positions": ["1", "2"], "registered_at": "2026-11-03T10:15:00+03:00",
                "comment": "Шкафы учёта: 1 – ул. Кольцовская, 24; 2 – ул. Плехановская, 53"},
               {"number": "29233", "positions": ["1"], "registered_at": "2026-11-05T06:20:00+03:00",
                "comment": "Аварийная: повреждение КЛ-10 кВ ТП-905 – РП-3"},
               {"number": "29318", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T09:00:00+03:00",
                "comment": "Замена ПУ в ВРУ-0,4 кВ: 1 – Ленина 73; 2 – Ленина 75; 3 – Мира 4; 4 – Мира 6"},
               {"number": "29402", "positions": ["1"], "registered_at": "2026-11-09T08:00:00+03:00",
                "comment": "РП-7 яч.5 корректировка уставок МТЗ"},
               {"number": "29455", "positions": ["1", "2"], "registered_at": "2026-11-10T13:30:00+03:00",
                "comment": "Осмотр после аварийного отключения: 1 – ТП-2210; 2 – ТП-2211"},
               {"number": "29561", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T07:45:00+03:00",
                "comment": "Наружное освещение ул. Лизюкова: 1 – ШУНО-12; 2 – ШУНО-14; 3 – ШУНО-15"},
               {"number": "29608", "positions": ["1"], "registered_at": "2026-11-12T11:00:00+03:00",
                "comment": "ТП-3390 РУ-0,4 кВ замена ТТ 300/5 (учёт ввода Т1)"},
               {"number": "29744", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:10:00+03:00",
                "comment": "Проверка и опломбировка ТТ учёта: 1 – ТП-618; 2 – ТП-619; 3 – ТП-623"},
               {"number": "29812", "positions": ["1", "2"], "registered_at": "2026-11-18T09:20:00+03:00",
                "comment": "Ревизия рубильников РПС-2: 1 – КТП-512; 2 – КТП-513"},
               {"number": "29870", "positions": ["1"], "registered_at": "2026-11-20T14:00:00+03:00",
                "comment": "ТП-1790 РУ-0,4 кВ нагрев шин ввода Т1"},
               {"number": "29953", "positions": ["1", "2"], "registered_at": "2026-11-23T08:30:00+03:00",
                "comment": "Замена ПУ в уличных шкафах: 1 – ул. 20-летия Октября, 90; 2 – ул. Ворошилова, 38"},
           ]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)

    from collections import Counter
    c = Counter(v["expect"] for v in labels.values())
    print(len(labels), dict(c))
    print(Counter(v.get("status") for v in labels.values() if v["expect"] == "decided"))


main()
