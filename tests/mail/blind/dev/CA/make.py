#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: persona "ООО «Верстак»" (carpentry / school furniture, Ярославль).

Run:  python3 make.py   -> writes letters/NNN.eml, labels.json, registry.json
Only the Python standard library (email package) is used.
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import uuid
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, "letters")
os.makedirs(LETTERS, exist_ok=True)

TZ = dt.timezone(dt.timedelta(hours=3))
rnd = random.Random(630630)


def D(day, h, m, s=None):
    if s is None:
        s = rnd.randint(0, 59)
    return dt.datetime(2026, 11, day, h, m, s, tzinfo=TZ)


# --------------------------------------------------------------------------- people
GP = ("Геннадий Куприянов", "gp@verstak-yar.ru")
KOSTYA = ("Костя Белов", "kostya.verstak@mail.ru")
BUH = ("Рябинина Ольга Сергеевна", "buh@verstak-yar.ru")
INFO = ("Мастерская «Верстак»", "info@verstak-yar.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@verstak-yar.ru")
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

TB_UA = "Mozilla Thunderbird"
TB_UA_FULL = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
              "Gecko/20100101 Thunderbird/128.4.2")

GP_SIG = """-- 
Куприянов Геннадий Павлович
ООО «Верстак», столярная мастерская
150040, г. Ярославль, ул. Победы, д. 37, корп. 2
тел. (4852) 58-33-10, моб. +7 910 974-21-63"""

DISP_SIG = """--
Диспетчерская служба ООО «ОМИС»
dispatch@zakazchik-omis.ru
тел. +7 (495) 640-12-77"""

RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]


def koi_safe(s):
    for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N"), ("…", "...")):
        s = s.replace(a, b)
    return s


# --------------------------------------------------------------------------- MIME helpers
def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


def addr(person, cs="utf-8"):
    name, mail = person
    if all(ord(c) < 128 for c in name):
        return "%s <%s>" % (name, mail)
    h = Header()
    h.append(name, cs)
    h.append("<%s>" % mail, "us-ascii")
    return h


def tb_msgid():
    return "<%s@verstak-yar.ru>" % uuid.UUID(int=rnd.getrandbits(128), version=4)


def mailru_msgid(date):
    return "<%d.%d@f%d.i.mail.ru>" % (int(date.timestamp()), rnd.randint(10**8, 10**9 - 1),
                                      rnd.randint(100, 599))


def outlook_msgid():
    h = "%012x" % rnd.getrandbits(48)
    return "<000%s01dc%04x$%08x$%08x@verstak-yar.ru>" % (
        h[:4], rnd.getrandbits(16), rnd.getrandbits(32), rnd.getrandbits(32))


def boundary(prefix="------------"):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return prefix + "".join(rnd.choice(alphabet) for _ in range(24))


def text_part(text, subtype="plain", cs="UTF-8", cte="8bit", extra=""):
    p = Message()
    p["Content-Type"] = "text/%s; charset=%s%s" % (subtype, cs, extra)
    p["Content-Transfer-Encoding"] = cte
    raw = text.encode(cs.lower())
    if cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii")
    p.set_payload(payload)
    return p


def bin_part(data, ctype, filename, cs="utf-8"):
    p = Message()
    try:
        filename.encode("ascii")
        p["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    except UnicodeEncodeError:
        enc = Header(filename, cs).encode()
        from urllib.parse import quote
        p["Content-Type"] = '%s; name="%s"' % (ctype, enc)
        p["Content-Disposition"] = "attachment; filename*=%s''%s" % (cs, quote(filename.encode(cs)))
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def multipart(subtype, parts, extra="", bnd=None):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"%s' % (subtype, bnd or boundary(), extra)
    for p in parts:
        m.attach(p)
    return m


def fake_jpeg(n=2400):
    body = bytes(rnd.getrandbits(8) for _ in range(n))
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00" + body + b"\xff\xd9")


def fake_pdf(title):
    return ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (%s) /Producer (1C:Enterprise 8.3) >>\nendobj\n"
            % title).encode("latin-1", "replace") + bytes(rnd.getrandbits(8) for _ in range(1500)) + b"\n%%EOF\n"


def top(m, frm, to, subject, date, msgid, cs="utf-8", in_reply_to=None, refs=None, extra=None):
    """Put top-level headers in front of an existing MIME body (Message)."""
    body_headers = list(m.items())
    for k in list(m.keys()):
        del m[k]
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = refs or in_reply_to
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body_headers:
        m[k] = v
    return m


# --------------------------------------------------------------------------- format=flowed
def flow_line(line, width=72):
    """Wrap one logical line the way Thunderbird does with format=flowed."""
    if line == "-- ":
        return [line]
    prefix = ""
    while line.startswith(">"):
        prefix += ">"
        line = line[1:]
    if prefix and line.startswith(" "):
        line = line[1:]
        pre = prefix + " "
    else:
        pre = prefix + (" " if prefix and line else "")
    if not prefix and (line.startswith(" ") or line.startswith("From ")):
        line = " " + line  # space stuffing
    line = line.rstrip(" ")
    out = []
    while len(pre) + len(line) > width:
        cut = line.rfind(" ", 0, width - len(pre))
        if cut <= 0:
            cut = line.find(" ")
            if cut <= 0:
                break
        out.append(pre + line[:cut + 1])  # trailing space = soft break
        line = line[cut + 1:]
    out.append(pre + line)
    return out


def flowed(text):
    lines = []
    for ln in text.split("\n"):
        lines.extend(flow_line(ln))
    return "\n".join(lines) + "\n"


def quote_block(text):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if ln.startswith(">"):
            out.append(">" + ln)
        elif ln == "":
            out.append(">")
        else:
            out.append("> " + ln)
    return "\n".join(out)


def tb_attrib(d, who="Диспетчерская ОМИС"):
    return "%02d.%02d.%d %d:%02d, %s пишет:" % (d.day, d.month, d.year, d.hour, d.minute, who)


# --------------------------------------------------------------------------- dispatcher letters
DM = {}  # key -> dict(id, date, subject, body, to)


def disp(key, date, subject, body, to=GP):
    DM[key] = dict(id="<%s.%s@zakazchik-omis.ru>" % (date.strftime("%Y%m%d%H%M%S"), key.replace("/", "-")),
                   date=date, subject=subject, body=body.strip("\n") + "\n\n" + DISP_SIG, to=to)


disp("112", D(2, 9, 3), "Заявка № 630112 — СШ № 12, ремонт мебели и сцены", """
Добрый день, Геннадий Павлович!

Направляем заявку № 630112 от 02.11.2026.
Объект: МОУ «Средняя школа № 12», г. Ярославль, ул. Чкалова, д. 27.
Позиции:
1. Каб. 21 — ремонт ученических парт (12 шт.), замена столешниц.
2. Каб. 14 — ремонт стульев (20 шт.), переклейка каркасов.
3. Актовый зал — ремонт настила сцены (ок. 18 кв. м).
Контакт на объекте: завхоз Голубева Нина Васильевна, +7 (4852) 72-14-09.

Просим подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады по каждой позиции.
""")

disp("147", D(3, 10, 34), "Заявка № 630147 — театр, сцена и гримёрные", """
Добрый день!

Заявка № 630147 от 03.11.2026.
Объект: ГАУК ЯО «Молодёжный театр на Собинова», г. Ярославль, ул. Собинова, д. 11.
Позиция 1 — сцена: замена досок планшета (ок. 12 досок), шлифовка.
Позиция 2 — гримёрные: ремонт дверей (3 шт.), замена петель и ручек.
Контакт: зав. постановочной частью Шестаков Андрей Ильич, +7 (4852) 30-47-88.

Просим подтвердить принятие в работу.
""")

disp("205", D(5, 8, 50), "Заявка № 630205 — Гимназия № 2, парты и библиотека", """
Геннадий Павлович, добрый день.

Направляем заявку № 630205.
Объект: МОУ «Гимназия № 2», г. Ярославль, ул. Свердлова, д. 40.
1 — парты 2-го этажа (каб. 201–206, 36 шт.): регулировка, замена крепежа;
2 — парты 3-го этажа (каб. 301–305, 30 шт.): то же;
3 — библиотека: шкафы (7 шт.), ремонт дверок и полок.
Контакт: зам. директора по АХЧ Олег Петрович Зимин, +7 (4852) 32-90-15.

Срок выполнения — до 27.11.2026.
""")

disp("238", D(6, 9, 20), "Заявка № 630238 — СШ № 44, дверь спортзала", """
Добрый день!

Заявка № 630238 от 06.11.2026.
Объект: МОУ «Средняя школа № 44», г. Ярославль, ул. Строителей, д. 5.
Позиция 1 — спортзал, входная двустворчатая дверь: замена петель, ремонт полотна, замена замка.
Контакт: завхоз Тамара Ивановна Кузина, +7 (4852) 24-61-30.

Просим подтвердить принятие и сообщить планируемую дату выезда.
""")

disp("301", D(9, 8, 35), "Заявка № 630301 — СШ № 58, стеновые панели", """
Добрый день, Геннадий Павлович!

Заявка № 630301 от 09.11.2026.
Объект: МОУ «Средняя школа № 58», г. Ярославль, пр-т Дзержинского, д. 21.
Позиции:
1 — каб. 7, стеновые панели (замена повреждённых, 6 шт.);
2 — каб. 8, стеновые панели (4 шт.);
3 — каб. 9, стеновые панели и плинтус;
4 — коридор 1-го этажа, стеновые панели (ок. 20 п. м).
Контакт: завхоз Людмила Андреевна, +7 (4852) 55-08-21.
""")

disp("356", D(10, 10, 5), "Заявка № 630356 — Лицей № 86, кабинет химии", """
Добрый день.

Заявка № 630356.
Объект: МОУ «Лицей № 86», г. Ярославль, ул. Гагарина, д. 61.
1. Каб. 31 (химия) — шкафы для реактивов: ремонт дверок, замена замков (6 шт.).
2. Каб. 31 (химия) — лабораторные столы: замена столешниц (8 шт.).
Контакт: лаборант Светлана Юрьевна, +7 (4852) 44-17-62.
Материал столешниц — по согласованию с лицеем.
""")

disp("301corr", D(14, 10, 8), "Уточнение по заявке 630301 — коридор", """
Геннадий Павлович, добрый день.

По заявке 630301, позиция 4 (коридор 1-го этажа): школа просит панели до высоты 1,2 м, выше — покраска силами школы.
""")

disp("419", D(12, 9, 4), "Заявка № 630419 — СШ № 3, кресла актового зала", """
Добрый день!

Заявка № 630419 от 12.11.2026.
Объект: МОУ «Средняя школа № 3», г. Ярославль, ул. Корабельная, д. 6.
Позиция 1 — актовый зал: ремонт кресел (40 мест), замена сидений, крепёж.
Контакт: завхоз Виталий Борисович, +7 (4852) 63-04-19.

Просим подтвердить получение.
""")

disp("477", D(16, 11, 2), "Заявка № 630477 — театр, яма, служебный вход, склад", """
Добрый день!

Заявка № 630477 от 16.11.2026.
Объект: ГАУК ЯО «Молодёжный театр на Собинова», г. Ярославль, ул. Собинова, д. 11.
П1 — оркестровая яма: ремонт ограждения (барьер, поручень).
П2 — дверь служебного входа: замена коробки и полотна.
П3 — склад декораций: ремонт стоек для декораций (14 шт.).
Контакт: Шестаков Андрей Ильич, +7 (4852) 30-47-88.
""")

disp("477r", D(17, 9, 31), "Заявка 630477 — режим работы театра", """
Геннадий Павлович, добрый день!

По заявке 630477 театр просит учесть: с 10:00 до 12:00 ежедневно репетиции, работы на сцене и у оркестровой ямы — только после 12:00.
""")

disp("502", D(17, 9, 33), "СШ № 12, ул. Чкалова, 27 (630502) — двери каб. 21, 22", """
Добрый день!

Заявка № 630502.
Объект: МОУ «Средняя школа № 12», ул. Чкалова, д. 27.
1 — каб. 21: ремонт (замена) дверного полотна;
2 — каб. 22: ремонт (замена) дверного полотна.
Контакт: Голубева Нина Васильевна, +7 (4852) 72-14-09.
""")

disp("560", D(19, 8, 52), "Заявка № 630560 — Гимназия № 1, учительская и каб. 5", """
Добрый день!

Заявка № 630560 от 19.11.2026.
Объект: МОУ «Гимназия № 1», г. Ярославль, ул. Володарского, д. 52.
1 — учительская: ремонт шкафов (4 шт.);
2 — каб. 5: ремонт парт (14 шт.).
Контакт: завуч Елена Викторовна, +7 (4852) 30-22-51.
""")

disp("560b", D(19, 14, 11), "Повторно: Заявка № 630560 — Гимназия № 1, учительская и каб. 5", """
Геннадий Павлович, повторно направляем заявку — первое письмо вернулось с ошибкой доставки (ящик переполнен).

Заявка № 630560 от 19.11.2026.
Объект: МОУ «Гимназия № 1», г. Ярославль, ул. Володарского, д. 52.
1 — учительская: ремонт шкафов (4 шт.);
2 — каб. 5: ремонт парт (14 шт.).
Контакт: завуч Елена Викторовна, +7 (4852) 30-22-51.
""")

disp("560c", D(25, 10, 31), "Заявка 630560 — акт", """
Геннадий Павлович, добрый день.

Для закрытия заявки 630560 просим направить акт выполненных работ, подписанный представителем гимназии.
""")

disp("613", D(20, 10, 12), "Заявка № 630613 — СШ № 37, шведские стенки", """
Добрый день!

Заявка № 630613 от 20.11.2026.
Объект: МОУ «Средняя школа № 37», г. Ярославль, ул. Урицкого, д. 9.
Позиция 1 — спортзал: ремонт деревянных шведских стенок (6 пролётов), замена перекладин.
Контакт: завхоз Галина Николаевна, +7 (4852) 21-56-09.
Ориентировочная стоимость по расценке — 28 000 руб.
""")

disp("613b", D(23, 8, 50), "Re: Заявка № 630613 — СШ № 37, шведские стенки", """
Геннадий Павлович, доброе утро.

По 630613 цену согласовали с С. Лебедевым: перекладины бук, 46 800 руб. с работой. Просим подтвердить принятие заявки.
""")

disp("688", D(23, 9, 2), "630688 СШ 90 стулья", """
Геннадий Павлович, добрый день.

Новая заявка 630688: МОУ «Средняя школа № 90», г. Ярославль, ул. Панина, д. 12.
Ремонт ученических стульев:
поз. 1 — каб. 11 (24 шт.),
поз. 2 — каб. 12 (24 шт.),
поз. 3 — каб. 14 (20 шт.),
поз. 4 — каб. 15 (22 шт.).
Контакт: завхоз Ирина Геннадьевна, +7 (4852) 67-30-40.
""")

disp("745", D(25, 8, 42), "Заявка № 630745 — СШ № 44, актовый зал", """
Добрый день!

Заявка № 630745 от 25.11.2026.
Объект: МОУ «Средняя школа № 44», г. Ярославль, ул. Строителей, д. 5.
1 — актовый зал: пол сцены, замена досок и лаг;
2 — актовый зал: двери (двустворчатые, 2 шт.), ремонт.
Контакт: завхоз Тамара Ивановна Кузина, +7 (4852) 24-61-30.
""")

# dispatcher replies that quote Gennady (texts filled in below, after his letters are defined)

# --------------------------------------------------------------------------- letter registry
LETTER_SPECS = []   # (date, builder, label)


def add(date, builder, label):
    LETTER_SPECS.append((date, builder, label))


def decided(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def review(note):
    return {"expect": "review", "note": note}


def ignored(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ONS, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


# --------------------------------------------------------------------------- Gennady (Thunderbird)
def tb_plain(date, new_text, reply_to=None, subject=None, cs="UTF-8", sig=True):
    """Thunderbird plain text, bottom-posted under the full quote of the dispatcher's letter."""
    parts = []
    irt = refs = None
    if reply_to:
        q = DM[reply_to]
        parts.append(tb_attrib(q["date"]))
        parts.append(quote_block(q["body"]))
        parts.append("")
        irt = q["id"]
        refs = q.get("refs", q["id"])
        if subject is None:
            subject = q["subject"] if q["subject"].startswith("Re:") else "Re: " + q["subject"]
    parts.append(new_text.strip("\n"))
    if sig:
        parts.append("")
        parts.append(GP_SIG)
    text = "\n".join(parts)
    if cs.upper() == "KOI8-R":
        text = koi_safe(text)
        subject = koi_safe(subject)
    def build():
        m = text_part(flowed(text), "plain", cs, "8bit", "; format=flowed")
        return top(m, addr(GP), addr(DISP), hdr(subject), date, tb_msgid(),
                   in_reply_to=irt, refs=refs,
                   extra=[("User-Agent", TB_UA_FULL), ("Content-Language", "ru")])
    return build


def html_escape_pre(text):
    return html.escape(text, quote=False)


def tb_html(date, paragraphs, table, reply_to, cs="UTF-8", html_only=False, after=None):
    """Thunderbird HTML reply: quote in <blockquote>, paragraphs, a table, more paragraphs."""
    q = DM[reply_to]
    subject = q["subject"] if q["subject"].startswith("Re:") else "Re: " + q["subject"]
    rows_html = []
    for i, row in enumerate(table):
        tag = "th" if i == 0 else "td"
        rows_html.append("        <tr>\n" + "".join(
            "          <%s>%s</%s>\n" % (tag, html.escape(c, quote=False), tag) for c in row) + "        </tr>\n")
    ps = "".join("    <p>%s</p>\n" % html.escape(p, quote=False) for p in paragraphs)
    ps_after = "".join("    <p>%s</p>\n" % html.escape(p, quote=False) for p in (after or []))
    html_text = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        '    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
        "  </head>\n  <body>\n"
        '    <div class="moz-cite-prefix">%s<br>\n    </div>\n'
        '    <blockquote type="cite" cite="mid:%s">\n'
        '      <pre class="moz-quote-pre" wrap="">%s</pre>\n'
        "    </blockquote>\n"
        "%s"
        '    <table border="1" cellpadding="4" cellspacing="0">\n      <tbody>\n%s      </tbody>\n    </table>\n'
        "%s"
        '    <pre class="moz-signature" cols="72">%s</pre>\n'
        "  </body>\n</html>\n"
    ) % (cs, html.escape(tb_attrib(q["date"]), quote=False), q["id"].strip("<>"),
         html_escape_pre(q["body"]), ps, "".join(rows_html), ps_after, html_escape_pre(GP_SIG))
    plain_lines = [tb_attrib(q["date"]), quote_block(q["body"]), ""]
    plain_lines += [p + "\n" for p in paragraphs]
    for row in table:
        plain_lines.append(" \t".join(row))
    plain_lines.append("")
    plain_lines += [p + "\n" for p in (after or [])]
    plain_lines.append(GP_SIG)
    plain = "\n".join(plain_lines)

    def build():
        hp = text_part(html_text, "html", cs, "8bit")
        if html_only:
            m = hp
        else:
            m = multipart("alternative", [text_part(flowed(plain), "plain", cs, "8bit", "; format=flowed"), hp])
        return top(m, addr(GP), addr(DISP), hdr(subject), date, tb_msgid(),
                   in_reply_to=q["id"], refs=q["id"],
                   extra=[("User-Agent", TB_UA_FULL), ("Content-Language", "ru")])
    return build


# --------------------------------------------------------------------------- Kostya (Mail.ru app)
def ru_long_date(d):
    return "%s, %d %s %d, %d:%02d +03:00" % (RU_WD[d.weekday()].capitalize(), d.day,
                                             RU_MON_GEN[d.month - 1], d.year, d.hour, d.minute)


def kostya(date, subject, text, photos=1, reply_to=None, to=DISP):
    body = text.strip("\n") + "\n\n--\nОтправлено из Почты Mail\n"
    irt = None
    if reply_to:
        q = DM[reply_to]
        body += "\n\n>%s от %s <%s>:\n" % (ru_long_date(q["date"]), DISP[0], DISP[1])
        body += "\n".join(">" + ln for ln in q["body"].split("\n")) + "\n"
        irt = q["id"]

    def build(msgid=None):
        parts = [text_part(body, "plain", "utf-8", "base64")]
        for i in range(photos):
            ts = date - dt.timedelta(minutes=2 + 3 * i)
            parts.append(bin_part(fake_jpeg(), "image/jpeg", ts.strftime("IMG_%Y%m%d_%H%M%S.jpg")))
        m = multipart("mixed", parts, bnd="--ALT--" + "%032X" % rnd.getrandbits(128)) if photos else \
            text_part(body, "plain", "utf-8", "base64")
        return top(m, addr(KOSTYA), addr(to), hdr(subject), date, msgid or mailru_msgid(date),
                   in_reply_to=irt,
                   extra=[("X-Mailer", "Mail.Ru Mail for Android 15.12.0.37213"),
                          ("X-Priority", "3 (Normal)")])
    return build


# --------------------------------------------------------------------------- accountant (Outlook)
BUH_SIG = """С уважением,
Рябинина Ольга Сергеевна
бухгалтер ООО «Верстак»
тел. (4852) 58-33-12
buh@verstak-yar.ru"""


def outlook(date, subject, text, attachments=(), quoted=None, to=DISP):
    plain = text.strip("\n") + "\n\n" + BUH_SIG + "\n"
    html_body = "".join(
        '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(ln, quote=False) or "&nbsp;")
        for ln in (text.strip("\n") + "\n\n" + BUH_SIG).split("\n"))
    irt = None
    if quoted:
        q = DM[quoted]
        d = q["date"]
        hblock = ["", "От: %s <%s>" % DISP,
                  "Отправлено: %s, %d %s %d г. %d:%02d" % (RU_WD[d.weekday()], d.day, RU_MON_GEN[d.month - 1],
                                                          d.year, d.hour, d.minute),
                  "Кому: %s" % q["to"][1], "Тема: %s" % q["subject"], ""]
        plain += "\n".join(hblock) + "\n" + q["body"] + "\n"
        html_body += ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                      + "".join('<p class="MsoNormal"><b>%s</b>%s<o:p></o:p></p>\n' % (
                          html.escape(ln.split(":", 1)[0] + ":"), html.escape(ln.split(":", 1)[1]))
                                for ln in hblock if ln)
                      + "</div></div>\n"
                      + "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(ln) or "&nbsp;")
                                for ln in q["body"].split("\n")))
        irt = q["id"]
    full_html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                 'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                 '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
                 '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
                 '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                 '</head>\n<body lang=RU link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n'
                 + html_body + "</div>\n</body>\n</html>\n")

    def build():
        alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                        text_part(full_html, "html", "windows-1251", "quoted-printable")],
                        bnd="----=_NextPart_001_%04X_%08X.%08X" % (rnd.getrandbits(16), rnd.getrandbits(32),
                                                                    rnd.getrandbits(32)))
        if attachments:
            parts = [alt] + [bin_part(data, ct, fn, "windows-1251") for fn, ct, data in attachments]
            m = multipart("mixed", parts, bnd="----=_NextPart_000_%04X_%08X.%08X" % (
                rnd.getrandbits(16), rnd.getrandbits(32), rnd.getrandbits(32)))
        else:
            m = alt
        return top(m, addr(BUH, "windows-1251"), addr(DISP, "windows-1251"), hdr(subject, "windows-1251"),
                   date, outlook_msgid(), in_reply_to=irt,
                   extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                          ("Thread-Index", base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()),
                          ("Content-Language", "ru")])
    return build


# =========================================================================== LETTERS
# ---- 630112 ------------------------------------------------------------------
add(D(2, 11, 42), tb_plain(D(2, 11, 42), """
Добрый день, уважаемые!

Письмо ваше получил, спасибо. Двенадцатую школу знаю хорошо, мы там в позапрошлом году откосы в спортзале обшивали, Нина Васильевна тогда нас чаем с вареньем отпаивала, так что объект, можно сказать, родной.

Заявку взяли в работу, по всем трём пунктам сделаем.

Теперь по материалам. На столешницы для 21-го возьму ЛДСП 22 мм и кромку ПВХ 2 мм, серую, как было, — у «Лесторга» на Промышленной сейчас как раз есть. В прошлый раз брали по 1850 за лист, сейчас, говорят, уже 2100, всё дорожает. Стулья посмотрю на месте, там, скорее всего, каркасы расшатаны, клеить будем. Со сценой сложнее: если лаги гнилые, придётся менять, а это отдельным счётом, предупреждаю заранее.

Четвёртое у нас праздник, сами понимаете, так что начнём с пятого. Обещают мокрый снег, но нам не на улице.

Геннадий Палыч
""", reply_to="112"), decided("630112", [], ACC,
    "bottom-post under the request letter; 'Заявку взяли в работу' — accepted; start on the 5th is only a plan"))

add(D(5, 8, 17), tb_plain(D(5, 8, 17), """
Доброе утро!

Ну вот и праздники кончились, слава богу, а то я от безделья уже весь гараж перебрал. С утра гололёд, на Московском проспекте, говорят, две машины сцепились, так что едут в объезд.

Костя с Михалычем выехали на Чкалова, везут столешницы в 21-й кабинет, минут через двадцать-тридцать будут на месте, если в объезд не застрянут. Газель наша, О 417 ВК 76, если охрана спросит — Нина Васильевна в курсе.

Столешниц 12 штук, кромку я вчера сам клеил, так что если что кривое — спрашивайте с меня.

Палыч
""", reply_to="112"), decided("630112", ["1"], WAY,
    "crew left for каб. 21 (= поз. 1 per registry), arriving in 20-30 min; car plate О 417 ВК 76 is not a number to use"))

add(D(5, 15, 12), kostya(D(5, 15, 12), "630112 каб 21", """
Костя: 21й кабинет — парты все 12 собрали, столешницы поменяли, кабинет закрыли. Фото ниже. Уезжаем
""", photos=2), decided("630112", ["1"], LEFT,
    "apprentice's photo report from phone: каб. 21 = поз. 1 done, leaving"))

add(D(9, 17, 30), tb_plain(D(9, 17, 30), """
Добрый вечер!

День сегодня суматошный, я полдня в театре на сцене простоял, а потом ещё в «Лесторг» за кромкой мотался, а там очередь, как в девяностые за колбасой.

По четырнадцатому кабинету в 12-й: стулья все двадцать перебрали, каркасы переклеили, Нина Васильевна посмотрела и приняла, ребята уехали оттуда в начале пятого.

Клей, кстати, новый попробовали — Titebond III, дорогой, зараза, 1450 за бутылку, но держит намертво. Если понравится — буду дальше брать.

По актовому залу — на этой неделе, как договоримся с Ниной Васильевной.

Палыч
""", reply_to="112"), decided("630112", ["2"], LEFT,
    "каб. 14 = поз. 2: chairs done, crew left; актовый зал only planned"))

add(D(10, 10, 50), tb_plain(D(10, 10, 50), """
Добрый день.

Пишу коротко, потому что некогда, Ольга Сергеевна с отчётами над душой стоит.

В актовом зале 12-й школы сейчас Серёга с Лёшей, старый настил со сцены снимают. Лаги, слава богу, живые, менять не придётся — значит, и отдельного счёта не будет, как я пугал.

Доска пойдёт шпунтованная, 36 мм, лиственница. Дороже сосны раза в полтора, но на сцене сосна не живёт, проверено: в ДК «Нефтяник» положили сосну в 2019-м, через два года уже всё в щелях было, каблуки застревали. Там, правда, и танцевали каждый день, не то что в школе.

Палыч
""", reply_to="112"), decided("630112", ["3"], ONS,
    "актовый зал = поз. 3, crew is there now removing the old floor"))

add(D(12, 15, 3), tb_plain(D(12, 15, 3), """
Добрый день!

Вчера была приёмка, ваш инженер приезжал, я так понял, в целом всё устроило, замечание было одно. Так вот, сегодня доделали, что он сказал — две доски на авансцене переложили, и по третьему, по сцене в актовом зале, всё закончено, ребята в два часа оттуда уехали, мусор вывезли.

Теперь вопрос денежный: счёт по 630112 выставлять одним на все три позиции или по каждой отдельно? В прошлом году вы просили отдельно, а Ольга Сергеевна говорит, что по договору — одним. Разберитесь, пожалуйста, между собой, а то она мне уже всю плешь проела.

Лиственница ушла вся, 2,4 куба, даже обрезков на растопку не осталось.

Палыч
""", reply_to="112"), decided("630112", ["3"], LEFT,
    "report + invoice question: поз. 3 (сцена в актовом зале) finished, crew left at 14:00"))

# ---- 630147 theatre -----------------------------------------------------------
add(D(3, 14, 5), tb_plain(D(3, 14, 5), """
Здравствуйте!

Театр — это хорошо, я театр люблю, хотя последний раз был, наверное, лет пять назад, жена на «Женитьбу» вытащила. Ну да ладно.

По делу: заявку принимаю. Доски под планшет у меня есть — сосна, сухая, камерной сушки, 40 мм, лежит с лета, как раз дождалась. С дверями в гримёрках тоже ясно, петли возьму накладные усиленные, «бабочки» там не выдержат, двери тяжёлые, ещё советские.

Вопрос у меня вот какой: Андрей Ильич нас пустит днём, когда у них репетиции, или только по утрам? Мы шумные, сами понимаете, рубанок не скрипка. Если только с утра — тогда в два-три захода, а не за один день.

И ещё: счёт выставлять на театр или на вас, как в прошлый раз? Бухгалтер моя спрашивает.

Г.П.
""", reply_to="147"), decided("630147", [], ACC,
    "accepts ('заявку принимаю') and asks questions in the same letter"))

add(D(9, 7, 55), tb_plain(D(9, 7, 55), """
Доброе утро!

Андрей Ильич вчера перезвонил, сказал, что в понедельник у них выходной, сцена свободна весь день, так что грех не воспользоваться.

Выдвигаемся в театр по сцене, доски погрузили, к девяти будем на Собинова.

По вопросу про счёт — Ольга Сергеевна сказала, что разберётся сама, не берите в голову.

Г.П.
""", reply_to="147"), decided("630147", ["1"], WAY,
    "'Выдвигаемся ... по сцене, к девяти будем' — on the way, сцена = поз. 1"))

add(D(11, 12, 40), kostya(D(11, 12, 40), "Re: Заявка № 630147 — театр, сцена и гримёрные", """
Костя: театр, гримёрки — все три двери навесили, ручки поменяли, закрываются. Уходим
""", photos=1, reply_to="147"), decided("630147", ["2"], LEFT,
    "phone reply, top-posted above a Mail.ru-style '>' quote; гримёрные = поз. 2 done"))

add(D(13, 18, 40), tb_plain(D(13, 18, 40), """
Добрый вечер!

С театром вышла история: под планшетом обнаружились две лаги, изъеденные жучком, труха сыплется. Андрей Ильич сказал менять, мы поменяли, из своего бруса, 100 на 150. В смету это, понятно, не входило, выставим доп.

Сегодня закончили со сценой в театре: последние доски уложили, прошлифовали, покрыли маслом, ушли в пять, как раз к вечернему спектаклю сцену им отдали.

Андрей Ильич, кстати, пригласил на премьеру, на «Ревизора». Схожу, пожалуй, раз уж я теперь по этой сцене каждую доску знаю.

Палыч
""", reply_to="147"), decided("630147", ["1"], LEFT,
    "сцена = поз. 1 finished, 'ушли в пять'"))

add(D(23, 16, 2), tb_plain(D(23, 16, 2), """
Добрый день!

Извините, что опять по театру, но тут уже не работа, а деньги. Счёт № 4398 от 13.11 по 630147 Ольга Сергеевна отправила тогда же, а оплаты до сих пор нет. И за лаги, которые меняли сверх сметы, — тоже тишина, хотя Андрей Ильич при мне звонил вашему инженеру и всё согласовал.

Я не жалуюсь, я понимаю — конец года, бюджет, казначейство. Но у меня трое ребят, им в пятницу зарплату платить, а лиственницу я тоже не в долг брал.

Разберитесь, пожалуйста.

Палыч
""", reply_to="147", cs="windows-1251"), review(
    "payment complaint (invoice 4398), no status reported"))

# ---- 630205 gymnasium 2 ----------------------------------------------------------
add(D(5, 12, 30), tb_plain(D(5, 12, 30), """
Добрый день!

С гимназией понял. Там парты, насколько помню, «Кругозор», регулируемые, у них вечно болты М8 срывает, я уже заказал сотню с гайками-барашками, придут к понедельнику.

Заявку принимаем. Второй и третий этаж постараемся сделать в один заход, если Олег Петрович даст оба этажа сразу, а шкафы в библиотеке — потом, там надо сначала посмотреть, что с петлями. Может быть, менять все на Blum, а это уже деньги.

Кстати, у нас с сегодняшнего дня новый р/с в Сбере, Ольга Сергеевна вам отдельно напишет, а то в прошлый раз платёж неделю гулял.

Геннадий Палыч
""", reply_to="205"), decided("630205", [], ACC, "'Заявку принимаем' with digressions about bolts and bank account"))

add(D(10, 9, 15), kostya(D(10, 9, 15), "630205 п.1", """
Костя: гимназия 2, второй этаж, мы на месте с 8:30, начали с 203 каб. Олег Петрович ключи дал
""", photos=1), decided("630205", ["1"], ONS,
    "subject '630205 п.1'; on site since 8:30; '203 каб.' is a room, not a number to use"))

add(D(12, 17, 45), tb_html(D(12, 17, 45), [
    "Добрый вечер!",
    "Решил попробовать табличкой, как у вас в заявке, а то вы, наверное, в моих простынях путаетесь. Сын научил, как в Thunderbird таблицу вставлять.",
], [
    ["№", "Что", "Как дела"],
    ["1", "парты 2-го этажа (201–206)", "сделали, 36 шт., уехали в 16:30"],
    ["2", "парты 3-го этажа (301–305)", "сделали, 30 шт., уехали в 17:10"],
    ["3", "шкафы в библиотеке", "ещё не начинали, на следующей неделе"],
], "205", after=["Болты М8 ушли все, сто штук, ещё и докупали в «Крепыше» по 14 рублей.", "Палыч"]),
    decided("630205", ["1", "2"], LEFT,
            "HTML table with a row per position: 1 and 2 finished and left, 3 not started"))

add(D(16, 15, 4), tb_plain(D(16, 15, 4), """
Добрый день!

Вопрос по гимназии, по библиотеке. Олег Петрович хочет, чтобы дверки у шкафов были стеклянные, а в заявке написано «ремонт дверок и полок». Стекло — это другая история: рамки, штапик, само стекло 4 мм, калёное или нет. Как быть — делать, как в заявке, или как он хочет? Если как он — пусть тогда ваш сметчик пересчитает, я цифры пришлю.

Ещё вопрос, заодно: в какой цвет красить полки — под старый орех или светлые?

Палыч
""", reply_to="205", cs="windows-1251"), review("only questions about the library cabinets, nothing reported"))

add(D(18, 12, 6), tb_plain(D(18, 12, 6), """
Добрый день!

Раз вы так и не ответили про стекло, сделали, как в заявке, Олег Петрович поворчал и согласился.

Библиотека в гимназии: все семь шкафов готовы — петли поменяли, полки подклеили и усилили, дверки выровняли. Ребята уехали около одиннадцати, Олег Петрович подписал.

Полки покрасили под старый орех, у нас банка лака оставалась, как раз хватило, и Олегу Петровичу понравилось.

Палыч
""", reply_to="205", subject="Гимназия 2, библиотека — 630205 (3)", cs="windows-1251"),
    decided("630205", ["3"], LEFT, "subject '630205 (3)'; library cabinets done, crew left"))

# ---- 630238 school 44 door --------------------------------------------------------
add(D(6, 9, 40), tb_plain(D(6, 9, 40), """
Здравствуйте.

Дверь в спортзал 44-й школы я смотрел ещё летом, когда по соседству работали. Полотно там нормальное, дуб, а вот петли разбиты в хлам — дети на ней висят, не иначе. Замок поставлю врезной, ЗВ-4, как у них на остальных дверях, чтобы ключи одинаковые были.

Заявку беру, сделаем. Петли заказал у поставщика — карточные усиленные, арт. 7820-150, три пары, ждём транспортную компанию.

Погода сегодня — просто мерзость, с утра дождь, к обеду снег, у меня колено крутит, к перемене, видимо.

Палыч
""", reply_to="238"), decided("630238", [], ACC, "'Заявку беру' — accepted; арт. 7820-150 is a part number"))

add(D(9, 10, 20), tb_plain(D(9, 10, 20), """
Добрый день.

Тамара Ивановна звонила, спрашивала, когда будем. Отвечаю и вам, чтобы не было вопросов: на 44-ю мы ещё не выезжали и пока не поедем — петли так и не пришли, ТК обещает в среду, а без петель там делать нечего, полотно на одной петле висит.

Если у вас есть где срочно взять три пары усиленных, подскажите, я уже весь Ярославль обзвонил.

Палыч
""", reply_to="238"), review("negation: 'ещё не выезжали и пока не поедем' + a question"))

add(D(10, 13, 10), tb_plain(D(10, 13, 10), """
Добрый день!

Ну наконец-то! Петли пришли утром, не в среду, а сегодня — ТК, видно, устыдилась. Три пары, всё как заказывал.

Михалыч выехал на 44-ю с петлями и замком, минут через сорок будет, Тамару Ивановну я предупредил по телефону, 24-61-30.

Палыч
""", reply_to="238"), decided("630238", [], WAY, "'Михалыч выехал ... минут через сорок будет'; phone number is not a request"))

add(D(11, 8, 31), tb_plain(D(11, 8, 31), """
Доброе утро.

Вчера поздно вернулся, не успел написать. Дверь в спортзал 44-й школы повесили: петли новые, замок врезали, закрывается мягко, Тамара Ивановна сама три раза открыла-закрыла, довольна. Михалыч уехал оттуда уже в седьмом часу, там ещё порог подбивать пришлось.

Порога, кстати, в заявке не было, сделали по-соседски, бесплатно, но на будущее имейте в виду — он там тоже на ладан дышит.

Палыч
""", reply_to="238"), decided("630238", [], LEFT, "door hung, Михалыч left the site yesterday evening"))

add(D(11, 16, 2), tb_plain(D(11, 16, 2), """
Ещё раз по 44-й.

Тамара Ивановна просит, чтобы порог у спортзала провели отдельной позицией, а то ей потом по бумагам непонятно, откуда он взялся. Так вот: по второй позиции, порог, — тоже всё сделано, вчера же, вместе с дверью.

Выставлять его отдельно или так и оставим, бесплатно?

Палыч
""", subject="630238 поз. 2"), review("request 630238 has only position 1; 'по второй позиции' does not exist; plus a question"))

# ---- 630301 school 58 panels -------------------------------------------------------
add(D(9, 11, 5), tb_plain(D(9, 11, 5), """
Добрый день!

Пятьдесят восьмая — это где бассейн рядом? Если да, то знаю, там парковки нет, будем во дворе у гаражей ставиться.

Принимаю, сделаем. Панели там, если не ошибаюсь, МДФ «Союз», цвет «дуб белёный», его сейчас днём с огнём не найдёшь, сняли с производства. Буду искать близкий, если не найду — предложу перекрасить стенку целиком, но это уже с Людмилой Андреевной согласовывать.

Начнём с кабинетов, коридор в конце, там дети бегают, лучше после уроков.

Г.П.
""", reply_to="301"), decided("630301", [], ACC, "'Принимаю, сделаем'"))

add(D(11, 9, 10), tb_plain(D(11, 9, 10), """
Доброе утро!

Людмила Андреевна встретила, ключи от седьмого и восьмого дала, Серёга с Лёшей уже там, работают по первому и второму — снимают разбитые панели. Девятый обещают освободить только в четверг, там какая-то олимпиада по математике.

Цвет я всё-таки нашёл — на складе у «Стройпарка» на Тутаевском шоссе остатки, «дуб белёный», 11 штук, забрал все, пока не передумали.

Палыч
""", reply_to="301"), decided("630301", ["1", "2"], ONS,
    "'работают по первому и второму' (каб. 7 и 8) — on site; каб. 9 only planned"))

add(D(12, 8, 50), tb_plain(D(12, 8, 50), """
Добрый день.

Вчера в 58-й задержались. Седьмой кабинет закончили и сдали Людмиле Андреевне, а в восьмом Серёга до сих пор с плинтусом возится — там стена кривая, панель не садится, сегодня с утра опять туда поехал и сейчас там.

Девятый, как обещали, после обеда освободят.

Палыч
""", reply_to="301"), review("different statuses for different positions: каб. 7 (поз. 1) finished, каб. 8 (поз. 2) still on site"))

add(D(13, 11, 0), tb_plain(D(13, 11, 0), """
Доброе утро, хотя уже почти день.

Готово по второму и третьему — восьмой кабинет Серёга вчера всё-таки одолел, а девятый после обеда сделали и вечером закрыли, Людмила Андреевна приняла оба.

Остаётся коридор. Его, как договаривались, будем делать в понедельник, в выходные школа закрыта, сторож не пускает, хоть ты тресни.

Панелей «дуб белёный» осталось 3 штуки из 11, на коридор не хватит, там нужно штук двадцать, так что коридор будет в другом цвете. Людмила Андреевна согласна, выбрала «ясень шимо светлый». Надеюсь, вы тоже не против, в заявке цвет не указан.

Г.П.
""", reply_to="301"), decided("630301", ["2", "3"], LEFT,
    "'Готово по второму и третьему' (каб. 8 и 9); коридор only planned"))

add(D(16, 8, 40), tb_plain(D(16, 8, 40), """
Доброе утро!

Поменял в Thunderbird кодировку, как сын советовал, а то у вас, говорят, иногда вопросики вместо букв приходят. Если теперь кракозябры — скажите, верну как было.

По 58-й школе, коридор первого этажа: Серёга с Лёшей на месте с восьми, снимают старые панели. Людмила Андреевна ругается, что пыль, но куда без пыли.

Палыч
""", subject="630301 поз 4", cs="KOI8-R"), decided("630301", ["4"], ONS,
    "KOI8-R letter; subject '630301 поз 4'; коридор = поз. 4, crew on site"))

add(D(17, 8, 10), tb_plain(D(17, 8, 10), """
Доброе утро!

Вчера в 58-й засиделись до девяти вечера — зато коридор первого этажа доделали целиком, все 20 метров, ушли уже затемно, сторож ворчал.

Акт по коридору Ольга Сергеевна подготовит.

Кодировку, кстати, опять поменял — сын сказал, что для Windows лучше 1251, а ваш админ, говорят, писал, что KOI8 у вас криво открылся. Ничего в этом не понимаю, честно говоря, раньше письма писали ручкой, и никаких кодировок.

Палыч
""", reply_to="301", cs="windows-1251"), decided("630301", ["4"], LEFT,
    "коридор (поз. 4) finished, left; other positions were reported earlier"))

# ---- 630356 lyceum 86 ------------------------------------------------------------
add(D(10, 11, 40), tb_plain(D(10, 11, 40), """
Здравствуйте!

Химия — это серьёзно, там столешницы нужны не абы какие, а химстойкие, обычная ЛДСП от реактивов вспучится за месяц. Я узнавал — есть компакт-ламинат 12 мм, Fundermax, но по цене как крыло от самолёта, около 9 тысяч за квадрат. Есть попроще, HPL на плите, выйдет тысяч в пять. Пусть лицей решит, я и так, и так сделаю.

Заявку 630356 принимаем. Замки на шкафы под реактивы возьму с двумя комплектами ключей, как положено, чтобы у лаборанта и у завуча.

На улице сегодня наконец солнце, первый раз за неделю.

Г.П.
""", reply_to="356"), decided("630356", [], ACC, "'Заявку 630356 принимаем'"))

add(D(17, 9, 5), tb_plain(D(17, 9, 5), """
Добрый день!

Лицей решил — HPL на плите, тот, что подешевле, Светлана Юрьевна звонила в пятницу. Заказал, к четвергу обещают раскроить.

А пока — выехли в лицей по шкафам в химии, замки везём, через полчаса будем на Гагарина.

Палыч
""", reply_to="356", cs="windows-1251"), decided("630356", ["1"], WAY,
    "typo 'выехли'; шкафы в химии = поз. 1; 'через полчаса будем'"))


def fwd_attach_kostya():
    kd = D(17, 15, 21)
    inner = kostya(kd, "630356 п.1", """
Палыч, химия: шкафы готовы, дверки перевесил, замки врезал 6 шт, ключи отдал Светлане Юрьевне. Уезжаю
""", photos=1, to=GP)()
    date = D(17, 15, 40)
    text = """Добрый день!

Костя прислал мне с объекта, переправляю вам как есть, чтобы не перепечатывать — шкафы в химии в лицее он закончил, уехал.

Столы будут, когда привезут столешницы, ориентировочно в четверг.

Палыч

""" + GP_SIG

    def build():
        att = Message()
        att["Content-Type"] = 'message/rfc822; name="630356 =?UTF-8?B?0L8uMQ==?=.eml"'
        att["Content-Disposition"] = "attachment; filename*=UTF-8''630356%20%D0%BF.1.eml"
        att.attach(inner)
        m = multipart("mixed", [text_part(flowed(text), "plain", "windows-1251", "8bit", "; format=flowed"), att])
        return top(m, addr(GP), addr(DISP), hdr("Fwd: 630356 п.1"), date, tb_msgid(),
                   extra=[("User-Agent", TB_UA_FULL), ("Content-Language", "ru")])
    return build


add(D(17, 15, 40), fwd_attach_kostya(), decided("630356", ["1"], LEFT,
    "Thunderbird forward-as-attachment (message/rfc822) of Костя's report: шкафы (поз. 1) done, left"))

add(D(19, 13, 40), tb_plain(D(19, 13, 40), """
Добрый день!

Столешницы привезли вчера вечером, раскроили криво, пришлось самим подрезать, а я ведь говорил — дайте мне плиту целиком, я сам раскрою. Ну да ладно.

Лабораторные столы в химии закончили, все восемь, сегодня к обеду, Светлана Юрьевна приняла, ребята уже уехали.

На дворе метель, первая в этом году. Дети у лицея на переменке в снежки — прямо радуются.

Палыч
""", reply_to="356", cs="windows-1251"), decided("630356", ["2"], LEFT, "лабораторные столы = поз. 2 finished, left"))

# ---- 630419 school 3 -------------------------------------------------------------
add(D(12, 11, 35), tb_plain(D(12, 11, 35), """
Добрый день!

Кресла в актовом зале третьей школы — это те, что на металлических рамах, откидные? Если да, то сиденья там из гнутой фанеры 10 мм, такую я не гну, закажу на фабрике в Ростове, неделя-полторы.

Берём, сделаем. Виталию Борисовичу я уже позвонил, договорились, что приеду замерить в понедельник.

А погода-то! Обещали минус пять, а на градуснике плюс три и с крыши капает. Ноябрь называется.

Геннадий Палыч
""", reply_to="419"), decided("630419", [], ACC,
    "new text has no request number; it is only in the quoted subject/letter; 'Берём, сделаем'"))

add(D(18, 7, 50), tb_plain(D(18, 7, 50), """
ДОБРОЕ УТРО. ВЫЕХАЛИ НА КОРАБЕЛЬНУЮ С СИДЕНЬЯМИ, БУДЕМ К ДЕВЯТИ.

извините, капс залип, печатаю одним пальцем, перепечатывать не буду.

Палыч
""", subject="630419 выехали", cs="windows-1251"), decided("630419", [], WAY, "caps: 'ВЫЕХАЛИ ... БУДЕМ К ДЕВЯТИ'"))

# ---- 630477 theatre 2 -------------------------------------------------------------
add(D(16, 11, 20), tb_plain(D(16, 11, 20), """
Здравствуйте!

Увидел вашу новую заявку по театру, 630477 — яма, служебная дверь и стойки на складе. Берём, всё сделаем, Андрей Ильич уже звонил, он нас после сцены полюбил.

Стойки на складе — это те, что для декораций, на колёсах? Если да, там колёса менять надо, я посмотрю.

Палыч
""", subject="Заявка 630477 театр", cs="KOI8-R"), decided("630477", [], ACC, "KOI8-R, fresh letter: 'Берём, всё сделаем'"))

add(D(17, 12, 1), tb_plain(D(17, 12, 1), """
Спасибо, понял, учтём — раньше обеда к яме не сунемся. Андрей Ильич мне то же самое сказал, но лишний раз не помешает.

Палыч
""", reply_to="477r", cs="windows-1251"), review("acknowledgement of the dispatcher's own message, no status"))

add(D(19, 11, 10), tb_plain(D(19, 11, 10), """
Добрый день!

Дверь служебного входа в театре — по позиции 2 — поставили вчера после обеда, как просили, после репетиции. Старая коробка сгнила понизу, поменяли всю, вместе с порогом. Ушли около шести, вахтёр расписался в журнале.

Яму начнём завтра. Андрей Ильич, кстати, передаёт, что спектакль в воскресенье отменили, так что можно и в воскресенье, если что.

Палыч
""", reply_to="477", cs="windows-1251"), decided("630477", ["2"], LEFT, "'по позиции 2 — поставили ... Ушли около шести'"))


def fwd_inline_kostya():
    date = D(20, 17, 15)
    text = """Добрый день!

Пересылаю, что Костя прислал по театру, заявка 630477. У него в телефоне ваш адрес с ошибкой записан, письма не уходят, разбираемся.

-------- Пересланное сообщение --------
Тема: 	яма
Дата: 	Fri, 20 Nov 2026 16:48:10 +0300
От: 	Костя Белов <kostya.verstak@mail.ru>
Кому: 	Геннадий Куприянов <gp@verstak-yar.ru>



Палыч, яма готова. Барьер вокруг оркестровой ямы весь перебрал, стойки укрепил, поручень новый, покрасил. Андрей Ильич смотрел, ему нравится. Я уехал на базу

--
Отправлено из Почты Mail

""" + GP_SIG

    def build():
        m = text_part(flowed(text), "plain", "windows-1251", "8bit", "; format=flowed")
        return top(m, addr(GP), addr(DISP), hdr("Fwd: яма"), date, tb_msgid(),
                   extra=[("User-Agent", TB_UA_FULL), ("Content-Language", "ru")])
    return build


add(D(20, 17, 15), fwd_inline_kostya(), decided("630477", ["1"], LEFT,
    "inline Thunderbird forward of Костя's message: оркестровая яма (П1) done, he left"))

add(D(24, 8, 45), tb_plain(D(24, 8, 45), """
Доброе утро!

По заявке 630474 — на складе в театре работаем с восьми, стойки для декораций разбираем, колёса все под замену, как я и говорил.

Палыч
""", subject="заявка 630474", cs="windows-1251"), review("number 630474 is not in the registry (typo)"))

disp("474q", D(24, 9, 12), "Re: заявка 630474", """
Геннадий Павлович, заявки 630474 в системе нет. Уточните, пожалуйста, номер.

24.11.2026 8:45, Геннадий Куприянов пишет:
> По заявке 630474 — на складе в театре работаем с восьми, стойки для декораций разбираем, колёса все под замену, как я и говорил.
""")

add(D(24, 10, 20), tb_plain(D(24, 10, 20), """
Виноват, пальцы толстые, клавиатура мелкая. Правильно — 630477, театр. Ребятa нa складе с восьми, П3, стойки, работают, к вечеру, даст бог, закончат.

Палыч
""", reply_to="474q", cs="windows-1251"), decided("630477", ["3"], ONS,
    "correction of the wrong number (quoted subject still says 630474); Latin 'a' inside Cyrillic words; П3 on site"))

add(D(25, 14, 2), tb_plain(D(25, 14, 2), """
Добрый день!

По театру, заявка 630477, П3 — стойки для декораций на складе. Колёса поменяли на всех 14 стойках, рамы подтянули, две стойки пришлось переделать почти целиком. Бригада освободилась к обеду, со склада уехали.

Андрей Ильич зовёт на новогодний спектакль, со внуками пойду.

Палыч
""", reply_to="477", cs="windows-1251"), decided("630477", ["3"], LEFT, "'Бригада освободилась ... со склада уехали' for П3"))

# ---- 630502 school 12 doors -------------------------------------------------------
add(D(17, 10, 30), tb_plain(D(17, 10, 30), """
Здравствуйте!

Опять Чкалова, 27 — как будто и не уезжали. Нина Васильевна, наверное, решила, что раз мы парты сделали, то и двери сделаем.

Принимаю. Двери в 21-м и 22-м посмотрю в четверг. Полотна там, насколько я помню, щитовые, восьмидесятых годов, ремонтировать их — только время терять, проще новые. Но это как вы скажете.

Дождь со снегом, дворники на машине сдохли, еду как в аквариуме.

Палыч
""", reply_to="502", cs="windows-1251"), decided("630502", [], ACC,
    "request number only in brackets after the address in the quoted subject; 'Принимаю'"))

add(D(19, 17, 20), tb_plain(D(19, 17, 20), """
Добрый вечер!

Были сегодня в 12-й школе. Двери в 21-м и 22-м поставили новые — решили с Ниной Васильевной, что старые не стоит ремонтировать, она под свою ответственность согласовала. Заодно по старой заявке 630112 подправили на сцене ступеньку, которая скрипела, — это по гарантии, бесплатно.

Ушли в пятом часу. Газель опять барахлит, стартер, видимо.

Палыч
""", reply_to="502", cs="windows-1251"), review("two different requests reported in one letter (630502 doors and 630112 warranty fix)"))

disp("502sep", D(19, 17, 52), "Re: СШ № 12, ул. Чкалова, 27 (630502) — двери каб. 21, 22", """
Геннадий Павлович, просим по каждой заявке писать отдельным письмом, иначе мы не можем провести статусы. По 630502 — подтвердите, пожалуйста, окончание работ.

19.11.2026 17:20, Геннадий Куприянов пишет:
> Были сегодня в 12-й школе. Двери в 21-м и 22-м поставили новые. Заодно по старой заявке 630112 подправили на сцене ступеньку, которая скрипела, — это по гарантии, бесплатно.
> Ушли в пятом часу.
""")

add(D(20, 8, 40), tb_plain(D(20, 8, 40), """
Доброе утро!

Понял, отдельно так отдельно. По 630502: обе двери — в 21-м и 22-м кабинетах — поставлены, работы закончены, ушли вчера в 16:20.

Про ступеньку по гарантии — это, считайте, я просто так сказал, для информации.

Палыч
""", reply_to="502sep", cs="windows-1251"), decided("630502", ["1", "2"], LEFT,
    "separate confirmation as asked: каб. 21 и 22 (поз. 1, 2) finished; quote mentions 630112 but only new text counts"))

# ---- 630560 gymnasium 1 ----------------------------------------------------------
add(D(19, 15, 30), tb_plain(D(19, 15, 30), """
Добрый день!

Ох, простите, ящик действительно переполнился — сын объяснил, что у меня там фотографии от Кости за два года лежат, по десять мегабайт каждая. Почистил.

Заявку получил, принимаю. Учительскую и пятый кабинет сделаем в начале следующей недели, раньше не успеем — театр и 12-я.

Палыч
""", reply_to="560b", cs="windows-1251"), decided("630560", [], ACC, "'Заявку получил, принимаю'; dates are plans"))

add(D(23, 10, 5), tb_html(D(23, 10, 5), [
    "Доброе утро!",
    "Ребята в гимназии № 1, Елена Викторовна всех встретила, ключи от учительской дала. Расписал, как у нас сейчас:",
], [
    ["Поз.", "Где", "Что сейчас"],
    ["1", "учительская, шкафы", "бригада нa месте с 9:00, снимаем дверки"],
    ["2", "каб. 5, парты", "нa месте с 9:00, разбираем, клеим"],
], "560b", cs="windows-1251", html_only=True,
    after=["Снег валит с ночи, пока доехали — два раза толкали Газель на горке у Которосли.", "Палыч"]),
    decided("630560", ["1", "2"], ONS, "HTML-only windows-1251 letter with a table; both positions on site (Latin 'a' in 'нa')"))

add(D(24, 15, 10), tb_plain(D(24, 15, 10), """
Добрый день!

В гимназии № 1 с учительской закончили, все четыре шкафа сделаны. Елена Викторовна довольна, говорит, двадцать лет дверки не закрывались, а теперь закрываются. Пятый кабинет — завтра, там парты ещё сохнут после клея.

Кстати, если будут вопросы по материалам — звоните прямо на склад, 63-07-45, там Лёша, он в курсе, я завтра с утра в налоговой.

Палыч
""", reply_to="560b", cs="windows-1251"), decided("630560", ["1"], LEFT,
    "учительская (поз. 1) finished; поз. 2 tomorrow; phone 63-07-45 is not request 630745"))

add(D(25, 9, 50), kostya(D(25, 9, 50), "630560-2", """
Костя: гимназия 1, 5 каб — парты все 14 собрал, клей высох. Готово, уехал
""", photos=2), decided("630560", ["2"], LEFT, "subject '630560-2'; каб. 5 done, left"))

add(D(25, 11, 0), tb_plain(D(25, 11, 0), """
Добрый день!

А кто у них акт подписывать должен — завуч или директор? Елена Викторовна говорит, что она не имеет права, а директор до понедельника на курсах в Москве. Нам ждать понедельника или можно за завуча с печатью?

И ещё: акт на обе позиции один или два?

Палыч
""", reply_to="560c", cs="windows-1251"), review("question about the act only"))

# ---- 630613 school 37 --------------------------------------------------------------
add(D(20, 14, 30), tb_plain(D(20, 14, 30), """
Добрый день!

Посмотрел заявку по 37-й. Шведские стенки — дело нехитрое, но перекладины там из бука, диаметр 38, а бук нынче в цене: 6 пролётов по 16 перекладин — это почти сотня штук, по 420 рублей за перекладину, только материал за сорок тысяч. В вашей расценке стоит 28 тысяч за всё вместе с работой — так не получится, извините.

Могу предложить сосновые перекладины, но для спортзала, насколько я знаю, их нельзя, да и дети их за год сгрызут.

Давайте созвонимся с вашим инженером и договоримся, тогда и возьмусь.

Палыч
""", reply_to="613", cs="windows-1251"), review("price talk, explicitly not accepted yet"))

add(D(23, 9, 30), tb_plain(D(23, 9, 30), """
Доброе утро!

С Сергеем в пятницу поговорили, всё по-человечески, сошлись на 46 800. Подтверждаю — заявку по 37-й школе принимаем, бук заказал.

В выходные ездил на дачу, снега по колено, еле откопал калитку. Вот вам и ноябрь.

Палыч
""", reply_to="613b", cs="windows-1251"), decided("630613", [], ACC, "'заявку ... принимаем' after price agreement"))

add(D(26, 7, 40), kostya(D(26, 7, 40), "630613", """
Костя: едем на 37ю с Серегой, бук везем, к 8:30 будем
""", photos=0), decided("630613", [], WAY, "bare number subject; 'едем ... к 8:30 будем'"))

add(D(26, 17, 40), tb_plain(D(26, 17, 40), """
Добрый вечер!

По 37-й школе: шведские стенки готовы, все шесть пролётов, перекладины буковые, как договаривались. Галина Николаевна проверила — физрук повисел на каждой, выдержали. В 17:05 ребята выехали из школы, сейчас уже у нас в мастерской, разгружаются.

Остатки бука — штук десять перекладин — я оставил школе про запас, денег не надо.

Палыч
""", reply_to="613b", cs="windows-1251"), decided("630613", [], LEFT,
    "'выехали из школы' = left FROM the site, work done"))

# ---- 630688 school 90 ------------------------------------------------------------
add(D(23, 12, 0), tb_plain(D(23, 12, 0), """
Добрый день!

Девяностую знаю, это на Брагино. Стулья там «Кузя», регулируемые, на трубе 25 на 25, у них вечно подпятники теряются и сиденья трескаются.

Сделаем, беру. Подпятников закуплю сразу штук двести, чтобы два раза не ездить.

Одно плохо — Ирина Геннадьевна по телефону не отвечает, видимо, на больничном. Если у вас есть другой контакт — скиньте.

Палыч
""", reply_to="688", cs="windows-1251"), decided("630688", [], ACC,
    "subject 'Re: 630688 СШ 90 стулья' (bare number); body has no number; 'Сделаем, беру'"))

add(D(24, 12, 30), kostya(D(24, 12, 30), "Фото", """
Костя: кабинет 14 готов
""", photos=2), review("no request number; каб. 14 exists in 630112 and in 630688"))

add(D(24, 17, 30), tb_plain(D(24, 17, 30), """
Добрый вечер!

По девяностой школе: одиннадцатый и двенадцатый кабинеты закончили, 48 стульев, подпятники поменяли все, шесть сидений заменили на новые. Ребята уехали оттуда около пяти.

Ирина Геннадьевна вышла с больничного, так что контакт больше не нужен, спасибо.

Палыч
""", reply_to="688", cs="windows-1251"), decided("630688", ["1", "2"], LEFT, "каб. 11 и 12 = поз. 1, 2 finished"))

add(D(25, 16, 45), tb_plain(D(25, 16, 45), """
Добрый день!

Гoтово по 3 и 4. Костя вам вчера, кажется, прислал фото «кабинет 14 готов» — это как раз отсюда, из девяностой, а сегодня и пятнадцатый доделали.

Итого по школе ровно 90 стульев, смешно получилось — школа 90 и стульев 90.

Палыч
""", reply_to="688", cs="windows-1251"), decided("630688", ["3", "4"], LEFT,
    "'Гoтово по 3 и 4' (Latin o) = positions 3, 4 (каб. 14 и 15)"))

# ---- 630745 school 44 hall --------------------------------------------------------
add(D(25, 8, 55), tb_plain(D(25, 8, 55), """
Доброе утро!

Сорок четвёртая снова. Тамара Ивановна, видно, осталась довольна дверью в спортзал, раз опять нас зовёт.

Берём. Сцена там старая, лаги, скорее всего, менять все, брус я уже заказал.

Ольга Сергеевна в отпуске до пятницы, так что счета будут в понедельник, не обессудьте.

Палыч
""", reply_to="745", cs="windows-1251"), decided("630745", [], ACC, "'Берём'"))

add(D(25, 18, 20), tb_plain(D(25, 18, 20), """
Добрый вечер!

Брус привезли, так что завтра к восьми будем в 44-й, начнём со сцены. Двери — потом, когда со сценой разберёмся.

Тамару Ивановну предупредил.

Палыч
""", reply_to="745", cs="windows-1251"), review("plan only: 'завтра к восьми будем'"))

add(D(26, 7, 55), tb_plain(D(26, 7, 55), """
Доброе утро!

Выезд — 7:50, Лёша с Михалычем, брус и доска в машине. Через полчаса будут в 44-й, если на Октябрьском мосту не встанут.

Палыч
""", reply_to="745", cs="windows-1251"), decided("630745", [], WAY, "noun 'Выезд — 7:50', arriving in half an hour"))

add(D(27, 17, 15), tb_plain(D(27, 17, 15), """
Добрый вечер!

Неделя выдалась — не приведи господь. В среду стартер у Газели всё-таки сдох, Михалыч в четверг на автобусе с инструментом ездил, а сегодня поменяли, 6 800 за стартер, и то б/у.

Но это лирика. По сцене в актовом зале 44-й закончили: лаги новые, доска 40 мм, всё покрыто, Тамара Ивановна приняла, ребята в четыре уехали. Двери — в понедельник.

Ольга Сергеевна вышла из отпуска, так что счета будут, как обещал.

Палыч
""", reply_to="745", cs="windows-1251"), decided("630745", ["1"], LEFT, "пол сцены (поз. 1) done; двери only planned"))

add(D(30, 15, 30), tb_plain(D(30, 15, 30), """
Добрый день!

Ну вот, и с дверями в актовом зале 44-й закончили: петли новые, обе створки подогнали, закрываются без скрипа. Лёша уехал оттуда в три.

Спасибо за работу в ноябре, с наступающей зимой вас!

Палыч
""", reply_to="745", cs="windows-1251"), decided("630745", ["2"], LEFT, "двери актового зала = поз. 2 done, left"))

# ---- dispatcher ack for the caps letter, then the arrival/departure letter ---------
disp("419ack", D(18, 8, 3), "Re: 630419 выехали", """
Принято, выезд отметили.

18.11.2026 7:50, Геннадий Куприянов пишет:
> ДОБРОЕ УТРО. ВЫЕХАЛИ НА КОРАБЕЛЬНУЮ С СИДЕНЬЯМИ, БУДЕМ К ДЕВЯТИ.
""")

add(D(18, 16, 30), tb_plain(D(18, 16, 30), """
Добрый вечер!

По третьей школе, для порядка:
прибытие — 9:05,
убытие — 15:20.

Все 40 кресел в актовом зале с новыми сиденьями, крепёж поменяли. Два кресла в последнем ряду пришлось отставить — там рама лопнула, это уже сварщик, не мы, но Виталий Борисович (63-04-19) обещал разобраться.

Фанера из Ростова пришла хорошая, гнутая ровно, без пузырей, я доволен. Беру у них теперь постоянно.

Г.П.
""", reply_to="419ack", cs="windows-1251"), decided("630419", [], LEFT,
    "subject 'Re: 630419 выехали' names an old status; body: arrival 9:05 and departure 15:20 — latest is убыл"))


# =========================================================================== accountant
add(D(13, 9, 30), outlook(D(13, 9, 30), "Счёт и акт по заявке 630112", """
Добрый день!

Направляю счёт на оплату № 4412 от 12.11.2026 и акт № 630-17 от 12.11.2026 по заявке 630112 (СШ № 12) на сумму 187 450,00 руб., НДС не облагается (УСН).

Обратите внимание, у нас изменились банковские реквизиты:
ООО «Верстак»
ИНН 7604318822 / КПП 760401001
р/с 40702810577030012345 в Ярославском отделении № 0017 ПАО Сбербанк
к/с 30101810500000000681, БИК 047888681

Оригиналы передадим с Геннадием Павловичем. Просьба подтвердить получение.
""", attachments=[("Счет 4412 от 12.11.2026.pdf", "application/pdf", fake_pdf("Schet 4412")),
                  ("Акт 630-17.pdf", "application/pdf", fake_pdf("Akt 630-17"))]),
    review("accountant: invoice/act and bank details, not a status report (акт 630-17, счёт 4412, ИНН/КПП, р/с)"))

disp("buh1", D(20, 10, 58), "Документы по заявкам 630205, 630238", """
Ольга Сергеевна, добрый день!

Просим направить счета и акты по заявкам 630205 и 630238.
""", to=BUH)

disp("buh2", D(26, 16, 2), "Сверка по заявкам ноября", """
Ольга Сергеевна, добрый день!

Просим направить акт сверки за ноябрь и закрывающие документы по заявкам 630301, 630356, 630419.
""", to=BUH)

add(D(27, 10, 0), outlook(D(27, 10, 0), "RE: Сверка по заявкам ноября", """
Добрый день!

Направляю акт сверки взаимных расчётов за ноябрь 2026 г. и закрывающие документы:
— акт № 630-21 от 17.11.2026 по заявке 630301, 96 300,00 руб.;
— акт № 630-22 от 19.11.2026 по заявке 630356, 142 800,00 руб.;
— акт № 630-23 от 18.11.2026 по заявке 630419, 58 000,00 руб.;
— счёт № 4398 от 13.11.2026 (630147) — по данным нашего учёта не оплачен.

Оригиналы отправим Почтой России, трек-номер сообщу.
""", attachments=[("Акт сверки ноябрь 2026.xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   b"PK\x03\x04" + bytes(rnd.getrandbits(8) for _ in range(1800)))],
    quoted="buh2"),
    review("accountant reply with Outlook header block: acts/reconciliation for several requests, no status"))


# =========================================================================== machine mail
def dispatcher_message(key):
    q = DM[key]
    m = text_part(q["body"], "plain", "utf-8", "quoted-printable")
    return top(m, addr(DISP), addr(q["to"]), hdr(q["subject"]), q["date"], q["id"],
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])


def mdn_419():
    date = D(12, 10, 2)
    q = DM["419"]
    text = ("Это уведомление о прочтении письма, отправленного на адрес "
            "Геннадий Куприянов <gp@verstak-yar.ru>.\n\n"
            "Примечание: это уведомление о прочтении лишь подтверждает, что сообщение было показано "
            "на компьютере получателя. Нет никакой гарантии, что получатель прочитал или понял "
            "содержимое сообщения.\n")

    def build():
        p2 = Message()
        p2["Content-Type"] = "message/disposition-notification; name=\"MDNPart2.txt\""
        p2["Content-Disposition"] = "inline"
        p2["Content-Transfer-Encoding"] = "7bit"
        p2.set_payload("Reporting-UA: verstak-yar.ru; Mozilla Thunderbird\n"
                       "Final-Recipient: rfc822;gp@verstak-yar.ru\n"
                       "Original-Message-ID: %s\n"
                       "Disposition: manual-action/MDN-sent-manually; displayed\n" % q["id"])
        p3 = Message()
        p3["Content-Type"] = "text/rfc822-headers; name=\"MDNPart3.txt\""
        p3["Content-Transfer-Encoding"] = "7bit"
        p3["Content-Disposition"] = "inline"
        p3.set_payload("Date: %s\nFrom: =?UTF-8?B?%s?= <dispatch@zakazchik-omis.ru>\n"
                       "To: gp@verstak-yar.ru\nMessage-ID: %s\nSubject: =?UTF-8?B?%s?=\n"
                       "Disposition-Notification-To: dispatch@zakazchik-omis.ru\n" % (
                           format_datetime(q["date"]), base64.b64encode(DISP[0].encode()).decode(), q["id"],
                           base64.b64encode(q["subject"].encode()).decode()))
        m = multipart("report", [text_part(flowed(text), "plain", "UTF-8", "8bit", "; format=flowed"), p2, p3],
                      extra="; report-type=disposition-notification")
        return top(m, addr(GP), addr(DISP), hdr("Уведомление о прочтении (показано) - " + q["subject"]),
                   date, tb_msgid(), in_reply_to=q["id"],
                   extra=[("User-Agent", TB_UA_FULL)])
    return build


add(D(12, 10, 2), mdn_419(), ignored("Thunderbird read receipt (MDN) for the dispatcher's letter about 630419"))


def ics_fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def calendar_reply():
    date = D(10, 17, 31)
    summary = "Приёмка настила сцены — СШ № 12 (заявка 630112)"
    ics = "\r\n".join(ics_fold(l) for l in [
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
        "METHOD:REPLY", "BEGIN:VEVENT", "CREATED:20261110T081500Z", "LAST-MODIFIED:20261110T143100Z",
        "DTSTAMP:20261110T143100Z", "UID:omis-630112-priemka-1@zakazchik-omis.ru",
        "SUMMARY:" + summary,
        "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru",
        "ATTENDEE;RSVP=TRUE;CN=Геннадий Куприянов;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:gp@verstak-yar.ru",
        "DTSTART;TZID=Europe/Moscow:20261111T140000", "DTEND;TZID=Europe/Moscow:20261111T150000",
        "LOCATION:г. Ярославль\\, ул. Чкалова\\, 27\\, актовый зал", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR", ""])
    text = "Геннадий Куприянов <gp@verstak-yar.ru> принял(а) ваше приглашение на событие «%s».\n" % summary

    def build():
        cal = text_part(ics, "calendar", "UTF-8", "8bit", "; method=REPLY")
        ics_att = bin_part(ics.encode("utf-8"), "application/ics", "invite.ics")
        m = multipart("mixed", [text_part(flowed(text), "plain", "UTF-8", "8bit", "; format=flowed"),
                                cal, ics_att])
        return top(m, addr(GP), addr(DISP), hdr("Принято: " + summary), date, tb_msgid(),
                   extra=[("User-Agent", TB_UA_FULL)])
    return build


add(D(10, 17, 31), calendar_reply(), ignored("calendar meeting response (METHOD:REPLY) generated by Thunderbird"))


def vacation_autoreply():
    date = D(14, 10, 8, 41)
    q = DM["301corr"]
    text = ("Здравствуйте!\n\nЯ в отъезде до понедельника, 16 ноября, почту читаю вечером и не каждый день.\n"
            "Срочные вопросы — по телефону +7 910 974-21-63.\n\n"
            "Это письмо отправлено автоматически, отвечать на него не нужно.\n\nГ.П. Куприянов\n")

    def build():
        m = text_part(text, "plain", "utf-8", "8bit")
        return top(m, addr(GP), addr(DISP), hdr("Автоответ: " + q["subject"]), date,
                   "<dovecot-sieve-%d-%d@verstak-yar.ru>" % (int(date.timestamp()), rnd.randint(1000, 9999)),
                   in_reply_to=q["id"],
                   extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
                          ("X-Sieve", "Pigeonhole Sieve 0.5.21")])
    return build


add(D(14, 10, 8), vacation_autoreply(), ignored("server vacation auto-reply from Gennady's mailbox (Auto-Submitted)"))


def bounce_560():
    date = D(19, 8, 53, 7)
    orig = dispatcher_message("560")
    text = """This is the mail system at host mx.verstak-yar.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<gp@verstak-yar.ru>: host mailbox.verstak-yar.ru[private/dovecot-lmtp] said:
    552 5.2.2 <gp@verstak-yar.ru> Quota exceeded (mailbox for user is full)
    (in reply to end of DATA command)
"""

    def build():
        ds = Message()
        ds["Content-Description"] = "Delivery report"
        ds["Content-Type"] = "message/delivery-status"
        b1 = Message()
        b1["Reporting-MTA"] = "dns; mx.verstak-yar.ru"
        b1["X-Postfix-Queue-ID"] = "4Xk2Lq1bN3z9sWq"
        b1["X-Postfix-Sender"] = "rfc822; dispatch@zakazchik-omis.ru"
        b1["Arrival-Date"] = format_datetime(DM["560"]["date"])
        b2 = Message()
        b2["Final-Recipient"] = "rfc822; gp@verstak-yar.ru"
        b2["Original-Recipient"] = "rfc822;gp@verstak-yar.ru"
        b2["Action"] = "failed"
        b2["Status"] = "5.2.2"
        b2["Diagnostic-Code"] = "smtp; 552 5.2.2 <gp@verstak-yar.ru> Quota exceeded (mailbox for user is full)"
        ds.set_payload([b1, b2])
        rp = Message()
        rp["Content-Description"] = "Undelivered Message"
        rp["Content-Type"] = "message/rfc822"
        rp.attach(orig)
        notif = Message()
        notif["Content-Description"] = "Notification"
        notif["Content-Type"] = "text/plain; charset=us-ascii"
        notif.set_payload(text)
        m = multipart("report", [notif, ds, rp], extra="; report-type=delivery-status",
                      bnd="4Xk2Lq1bN3z9sWq.%d/mx.verstak-yar.ru" % int(date.timestamp()))
        return top(m, addr(DAEMON), "dispatch@zakazchik-omis.ru", "Undelivered Mail Returned to Sender", date,
                   "<20261119055307.4Xk2Lq1bN3z9sWq@mx.verstak-yar.ru>",
                   extra=[("Auto-Submitted", "auto-replied")])
    return build


add(D(19, 8, 53), bounce_560(), ignored("Postfix bounce (mailbox full) of the dispatcher's letter with request 630560"))


def outlook_ooo():
    date = D(20, 10, 58, 44)
    q = DM["buh1"]
    text = ("Здравствуйте!\n\nЯ в отпуске с 20.11.2026 по 26.11.2026 включительно.\n"
            "По вопросам оплаты и документов обращайтесь, пожалуйста, к Куприянову Геннадию Павловичу, "
            "моб. +7 910 974-21-63, gp@verstak-yar.ru.\n\nС уважением,\nРябинина О.С.\n")

    def build():
        html_t = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
                  "<body>\n" + "".join("<p>%s</p>\n" % html.escape(p) for p in text.split("\n") if p) + "</body></html>\n")
        m = multipart("alternative", [text_part(text, "plain", "windows-1251", "quoted-printable"),
                                      text_part(html_t, "html", "windows-1251", "quoted-printable")],
                      bnd="----=_NextPart_000_00A1_01DC5A3B.%08X" % rnd.getrandbits(32))
        return top(m, addr(BUH, "windows-1251"), addr(DISP, "windows-1251"),
                   hdr("Автоответ: " + q["subject"], "windows-1251"), date, outlook_msgid(),
                   in_reply_to=q["id"],
                   extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                          ("X-Mailer", "Microsoft Outlook 16.0")])
    return build


add(D(20, 10, 58), outlook_ooo(), ignored("Outlook out-of-office auto-reply from the accountant"))


def newsletter():
    date = D(10, 8, 5, 12)
    plain = """Мастерская «Верстак» — ремонт и изготовление школьной мебели

Уважаемые партнёры!

До 30 ноября 2026 г. действует скидка 15% на изготовление новых ученических парт и стульев по вашим размерам.
• Парта двухместная регулируемая, ростовые группы 4–6 — от 6 300 ₽
• Стул ученический на металлокаркасе — от 2 150 ₽
• Ремонт сценических настилов, актовых залов, стеновых панелей — выезд мастера на замер бесплатно

Звоните: (4852) 58-33-10, пишите: info@verstak-yar.ru
г. Ярославль, ул. Победы, д. 37, корп. 2

Вы получили это письмо, потому что являетесь нашим клиентом. Отписаться: https://verstak-yar.ru/unsubscribe?id=8842
"""
    html_t = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Верстак — ноябрь</title></head>\n"
              "<body style=\"font-family:Arial,sans-serif\">\n<table width=\"600\" align=\"center\">\n"
              "<tr><td><h2>Мастерская «Верстак»</h2><p>Уважаемые партнёры!</p>\n"
              "<p>До <b>30 ноября 2026 г.</b> действует скидка <b>15%</b> на изготовление новых ученических парт и стульев.</p>\n"
              "<ul><li>Парта двухместная регулируемая, ростовые группы 4–6 — от 6 300 ₽</li>\n"
              "<li>Стул ученический на металлокаркасе — от 2 150 ₽</li>\n"
              "<li>Ремонт сценических настилов, актовых залов, стеновых панелей</li></ul>\n"
              "<p>Тел. (4852) 58-33-10</p>\n"
              "<p style=\"font-size:11px;color:#888\">Вы получили это письмо, потому что являетесь нашим клиентом. "
              "<a href=\"https://verstak-yar.ru/unsubscribe?id=8842\">Отписаться</a></p></td></tr></table>\n"
              "</body></html>\n")

    def build():
        m = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"),
                                      text_part(html_t, "html", "utf-8", "base64")],
                      bnd="b1_%032x" % rnd.getrandbits(128))
        return top(m, addr(INFO), "dispatch@zakazchik-omis.ru",
                   hdr("Скидка 15% на школьную мебель до 30 ноября"), date,
                   "<newsletter.8842.%d@verstak-yar.ru>" % int(date.timestamp()),
                   extra=[("Precedence", "bulk"), ("List-Id", "Novosti Verstak <news.verstak-yar.ru>"),
                          ("List-Unsubscribe", "<mailto:unsubscribe@verstak-yar.ru?subject=unsubscribe-8842>, "
                                               "<https://verstak-yar.ru/unsubscribe?id=8842>"),
                          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                          ("X-Mailer", "Sendy 6.1")])
    return build


add(D(10, 8, 5), newsletter(), ignored("bulk newsletter from the contractor's info@ address (Precedence: bulk, List-Unsubscribe)"))


# =========================================================================== write out
def main():
    specs = sorted(LETTER_SPECS, key=lambda s: s[0])
    labels = {}
    for f in os.listdir(LETTERS):
        if f.endswith(".eml"):
            os.remove(os.path.join(LETTERS, f))
    for i, (date, builder, label) in enumerate(specs, 1):
        name = "%03d.eml" % i
        msg = builder()
        with open(os.path.join(LETTERS, name), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, policy=policy.compat32.clone(linesep="\n")).flatten(msg)
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)

    registry = {
        "contractor": {
            "name": "ООО «Верстак» (столярная мастерская, Ярославль)",
            "emails": ["gp@verstak-yar.ru", "buh@verstak-yar.ru", "info@verstak-yar.ru",
                       "MAILER-DAEMON@verstak-yar.ru", "kostya.verstak@mail.ru"],
            "domains": ["verstak-yar.ru"],
        },
        "requests": [
            {"number": "630112", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:00:00+03:00",
             "comment": "СШ № 12, ул. Чкалова, 27. 1 — каб. 21 (парты); 2 — каб. 14 (стулья); 3 — актовый зал (настил сцены)"},
            {"number": "630147", "positions": ["1", "2"], "registered_at": "2026-11-03T10:30:00+03:00",
             "comment": "Молодёжный театр, ул. Собинова, 11. 1 — сцена (планшет); 2 — гримёрные (двери, 3 шт.)"},
            {"number": "630205", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T08:45:00+03:00",
             "comment": "Гимназия № 2, ул. Свердлова, 40. 1 — парты 2-го этажа (каб. 201–206); 2 — парты 3-го этажа (каб. 301–305); 3 — библиотека (шкафы)"},
            {"number": "630238", "positions": ["1"], "registered_at": "2026-11-06T09:15:00+03:00",
             "comment": "СШ № 44, ул. Строителей, 5. 1 — входная дверь спортзала"},
            {"number": "630301", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T08:30:00+03:00",
             "comment": "СШ № 58, пр-т Дзержинского, 21. Стеновые панели: 1 — каб. 7; 2 — каб. 8; 3 — каб. 9; 4 — коридор 1-го этажа"},
            {"number": "630356", "positions": ["1", "2"], "registered_at": "2026-11-10T10:00:00+03:00",
             "comment": "Лицей № 86, ул. Гагарина, 61, каб. 31 (химия). 1 — шкафы для реактивов; 2 — лабораторные столы"},
            {"number": "630419", "positions": ["1"], "registered_at": "2026-11-12T09:00:00+03:00",
             "comment": "СШ № 3, ул. Корабельная, 6. 1 — актовый зал, кресла (40 мест)"},
            {"number": "630477", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T11:00:00+03:00",
             "comment": "Молодёжный театр, ул. Собинова, 11. 1 — оркестровая яма (ограждение); 2 — дверь служебного входа; 3 — склад декораций (стойки)"},
            {"number": "630502", "positions": ["1", "2"], "registered_at": "2026-11-17T09:30:00+03:00",
             "comment": "СШ № 12, ул. Чкалова, 27. 1 — дверь каб. 21; 2 — дверь каб. 22"},
            {"number": "630560", "positions": ["1", "2"], "registered_at": "2026-11-19T08:45:00+03:00",
             "comment": "Гимназия № 1, ул. Володарского, 52. 1 — учительская (шкафы); 2 — каб. 5 (парты)"},
            {"number": "630613", "positions": ["1"], "registered_at": "2026-11-20T10:05:00+03:00",
             "comment": "СШ № 37, ул. Урицкого, 9. 1 — спортзал, шведские стенки"},
            {"number": "630688", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T09:00:00+03:00",
             "comment": "СШ № 90, ул. Панина, 12. Стулья: 1 — каб. 11; 2 — каб. 12; 3 — каб. 14; 4 — каб. 15"},
            {"number": "630745", "positions": ["1", "2"], "registered_at": "2026-11-25T08:40:00+03:00",
             "comment": "СШ № 44, ул. Строителей, 5. 1 — актовый зал, пол сцены; 2 — актовый зал, двери"},
        ],
    }
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(registry, fh, ensure_ascii=False, indent=1)
    print("letters:", len(specs))


if __name__ == "__main__":
    main()
