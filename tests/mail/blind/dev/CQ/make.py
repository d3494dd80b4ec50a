#!/usr/bin/env python3
# Generator of test letters for persona ООО «ТехЭнергоАудит» (Москва, +0300).
# Standard library only.  Run: python3 make.py  (writes letters/, labels.json, registry.json)
import base64
import hashlib
import html
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone

from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
DOMAIN = "tehenergoaudit.ru"
rnd = random.Random(20261117)

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
CUST_DISP = ("Мельникова Татьяна Сергеевна", "dispatch@zakazchik-omis.ru")
CUST_CC = ("Гусев Павел Андреевич", "p.gusev@zakazchik-omis.ru")

P = {
    "kov": ("Коваленко Сергей Викторович", "kovalenko.sv@" + DOMAIN, "outlook"),
    "zhu": ("Журавлёв Андрей Евгеньевич", "zhuravlev.ae@" + DOMAIN, "outlook"),
    "pet": ("Петрова Марина Николаевна", "petrova.mn@" + DOMAIN, "outlook"),
    "sin": ("Диспетчерская ТехЭнергоАудит", "dispatch@" + DOMAIN, "outlook"),
    "nur": ("Ильдар Нурматов", "nurmatov.ir@" + DOMAIN, "iphone"),
    "bel": ("Белов Денис", "belov.dk@" + DOMAIN, "thebat"),
    "pm": ("Microsoft Outlook", "postmaster@" + DOMAIN, "system"),
    "news": ("ТехЭнергоАудит — новости", "news@" + DOMAIN, "bulk"),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «ТехЭнергоАудит»",
        "emails": sorted({p[1] for p in P.values()}),
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "940118", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ГБОУ Школа № 1579, ул. Академика Волгина, д. 8: ревизия ВРУ-1 (1), ВРУ-2 (2), ЩР пищеблока (3)"},
        {"number": "940256", "positions": ["1", "2"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "ГБУЗ Поликлиника № 134, ул. Островитянова, д. 5: тепловизионное обследование ГРЩ-1 (1), ГРЩ-2 (2)"},
        {"number": "940731", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "ГБОУ Школа № 2110, дошкольное отделение, ул. Введенского, д. 14: замеры сопротивления ЗУ, корпуса 1-3 (1-3), наружный контур (4)"},
        {"number": "941042", "positions": ["1"], "registered_at": "2026-11-06T11:00:00+03:00",
         "comment": "Библиотека № 188, ул. Миклухо-Маклая, д. 23: замена вводного автомата в ЩР-3"},
        {"number": "941377", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Управа района Тёплый Стан, ул. Профсоюзная, д. 154, корп. 4: ВРУ ввод 1 (1), ввод 2 (2)"},
        {"number": "941905", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T14:20:00+03:00",
         "comment": "ФОК «Олимп» (бассейн): ГРЩ (1), ЩР насосной (2), ЩР вентиляции (3)"},
        {"number": "942260", "positions": ["1"], "registered_at": "2026-11-11T10:05:00+03:00",
         "comment": "ГБУ «Жилищник района Коньково»: тепловизионный контроль ВРУ жилого дома, ул. Профсоюзная, д. 98, корп. 5"},
        {"number": "942614", "positions": ["1", "2"], "registered_at": "2026-11-12T08:50:00+03:00",
         "comment": "ГБОУ Школа № 1245: замеры изоляции и заземления, здание А (1), здание Б (2)"},
        {"number": "943088", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "ДК «Меридиан»: ВРУ-0,4 кВ — ВРУ-1 (1), ВРУ-2 (2), шкаф АВР (3)"},
        {"number": "943452", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "ГБУЗ Поликлиника № 22, филиал № 3: этажные щиты ЩР-1..ЩР-4 (1-4)"},
        {"number": "944017", "positions": ["1"], "registered_at": "2026-11-19T13:10:00+03:00",
         "comment": "Спорткомплекс «Беляево»: измерение сопротивления контура заземления"},
        {"number": "944530", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Административное здание, Севастопольский пр-т, д. 28, корп. 1: ГРЩ-1 (1), ГРЩ-2 (2)"},
    ],
}

# --------------------------------------------------------------------------- helpers
WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]


def D(day, hm, sec=None):
    h, m = map(int, hm.split(":"))
    if sec is None:
        sec = rnd.randint(0, 59)
    return datetime(2026, 11, day, h, m, sec, tzinfo=TZ)


def ru_sent(d):
    """Outlook (ru) 'Отправлено:' line."""
    return f"{WD[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year} г. {d.hour}:{d.minute:02d}"


def addr(pair):
    return f"{pair[0]} <{pair[1]}>"


def msgid(client, d):
    h = hashlib.md5(f"{client}{d.isoformat()}{rnd.random()}".encode()).hexdigest()
    if client == "outlook":
        return f"<{h[:16]}${h[16:24]}${h[24:32]}$@{DOMAIN}>"
    if client == "iphone":
        return f"<{str(uuid.UUID(h)).upper()}@{DOMAIN}>"
    if client == "thebat":
        return f"<{int(h[:8], 16) % 10**10}.{d.strftime('%Y%m%d%H%M%S')}@{DOMAIN}>"
    return f"<{h}@mail.{DOMAIN}>"


def cust_msgid():
    h = hashlib.sha1(str(rnd.random()).encode()).hexdigest()
    return f"<{h[:20]}@mail.zakazchik-omis.ru>"


def charset_obj(charset, cte):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return cs


def subj_header(subject, charset, enc="B"):
    try:
        subject.encode("ascii")
        return subject
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = BASE64 if enc == "B" else QP
        return Header(subject, cs)


def set_common(msg, person, subject, d, charset, subj_enc="B", to=DISPATCH, cc=None,
               in_reply_to=None, extra=None, client=None):
    name, email_addr, pclient = P[person]
    client = client or pclient
    msg["From"] = formataddr((name, email_addr), charset)
    msg["To"] = formataddr(to, charset) if isinstance(to, tuple) else to
    if cc:
        msg["Cc"] = ", ".join(formataddr(c, charset) for c in cc)
    msg["Subject"] = subj_header(subject, charset, subj_enc)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = msgid(client, d)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    if client == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = base64.b64encode(hashlib.md5(subject.encode()).digest()[:22]).decode()
        msg["Content-Language"] = "ru"
        msg["X-MS-Has-Attach"] = ""
    elif client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22B83)"
    elif client == "thebat":
        msg["X-Mailer"] = "The Bat! (v10.5.3) Professional"
        msg["Reply-To"] = formataddr((name, email_addr), charset)
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def text_part(text, subtype, charset, cte):
    return MIMEText(text, subtype, charset_obj(charset, cte))


# --------------------------------------------------------------------------- signatures
DISCLAIMER = ("Данное сообщение и любые вложения к нему конфиденциальны и предназначены исключительно "
              "для указанного адресата. Если вы получили это сообщение по ошибке, пожалуйста, сообщите "
              "об этом отправителю и удалите сообщение из своей системы. Любое использование, копирование, "
              "раскрытие или распространение содержащейся в нём информации третьими лицами запрещено. "
              "ООО «ТехЭнергоАудит» не несёт ответственности за изменения, внесённые в сообщение после его отправки.")
ECO = "Пожалуйста, подумайте об окружающей среде, прежде чем распечатывать это письмо."

SIG = {
    "kov": ["С уважением,", "Коваленко Сергей Викторович",
            "Начальник участка электротехнической лаборатории",
            "ООО «ТехЭнергоАудит»",
            "117342, г. Москва, ул. Бутлерова, д. 17Б, офис 412",
            "Тел.: +7 (495) 788-41-26, доб. 214 | Моб.: +7 (916) 305-72-48",
            "www.tehenergoaudit.ru",
            "Свидетельство о регистрации ЭТЛ № 2148-ЭЛ от 12.03.2024"],
    "zhu": ["--", "Журавлёв Андрей Евгеньевич", "Ведущий инженер ЭТЛ", "ООО «ТехЭнергоАудит»",
            "моб. +7 (903) 611-28-94, раб. +7 (495) 788-41-26 доб. 221"],
    "pet": ["С уважением,", "Петрова Марина Николаевна", "Главный бухгалтер", "ООО «ТехЭнергоАудит»",
            "ИНН 7728561934 / КПП 772801001, ОГРН 1157746382915",
            "Тел.: +7 (495) 788-41-26, доб. 105"],
    "sin": ["С уважением,", "Синицына Ольга", "Диспетчер ООО «ТехЭнергоАудит»",
            "Тел.: +7 (495) 788-41-26 (доб. 100)", "Круглосуточно: +7 (495) 788-41-20",
            "dispatch@tehenergoaudit.ru"],
}

CSS = ("<style><!--\n/* Font Definitions */\n@font-face {font-family:\"Cambria Math\";}\n"
       "@font-face {font-family:Calibri;}\n"
       "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
       "a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n"
       "span.EmailStyle18 {mso-style-type:personal-reply;font-family:\"Calibri\",sans-serif;color:windowtext;}\n"
       ".MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}\n"
       "@page WordSection1 {size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\n"
       "div.WordSection1 {page:WordSection1;}\n--></style>")


def p_html(line):
    if line == "":
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{html.escape(line, quote=False)}<o:p></o:p></p>"


def sig_html(person):
    lines = SIG[person]
    out = []
    for i, l in enumerate(lines):
        if person == "kov" and i == 1:
            out.append(f"<p class=MsoNormal><b><span style='color:#1F3864'>{html.escape(l)}</span></b><o:p></o:p></p>")
        elif l.startswith("www."):
            out.append(f"<p class=MsoNormal><a href=\"https://{l}\"><span style='color:#0563C1'>{l}</span></a><o:p></o:p></p>")
        elif l == "--":
            out.append("<p class=MsoNormal>--<o:p></o:p></p>")
        else:
            out.append(f"<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>{html.escape(l)}</span><o:p></o:p></p>")
    out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    out.append(f"<p class=MsoNormal><span style='font-size:7.5pt;color:#A6A6A6'>{html.escape(DISCLAIMER)}</span><o:p></o:p></p>")
    out.append(f"<p class=MsoNormal><span style='font-size:7.5pt;color:#70AD47'>{html.escape(ECO)}</span><o:p></o:p></p>")
    return "\n".join(out)


def sig_plain(person):
    return "\n".join(SIG[person]) + "\n\n" + DISCLAIMER + "\n" + ECO


def quote_block_plain(q):
    lines = ["", f"От: {addr(q['from'])} ", f"Отправлено: {ru_sent(q['sent'])}", f"Кому: {q['to']}"]
    if q.get("cc"):
        lines.append(f"Копия: {q['cc']}")
    lines.append(f"Тема: {q['subject']}")
    lines.append("")
    lines += q["body"]
    return "\n".join(lines)


def quote_block_html(q):
    hdr = (f"<b>От:</b> {html.escape(q['from'][0])} &lt;{q['from'][1]}&gt; <br>"
           f"<b>Отправлено:</b> {ru_sent(q['sent'])}<br>"
           f"<b>Кому:</b> {html.escape(q['to'])}<br>")
    if q.get("cc"):
        hdr += f"<b>Копия:</b> {html.escape(q['cc'])}<br>"
    hdr += f"<b>Тема:</b> {html.escape(q['subject'])}"
    body = "\n".join(p_html(l) for l in q["body"])
    return ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal>{hdr}<o:p></o:p></p></div></div>\n"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + body)


TABLE_HEAD = ["Позиция", "Объект", "Прибытие", "Убытие", "Примечание"]


def table_html(rows):
    th = "".join(
        f"<td style='border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>"
        f"<p class=MsoNormal><b>{h}</b><o:p></o:p></p></td>" for h in TABLE_HEAD)
    trs = [f"<tr>{th}</tr>"]
    for r in rows:
        tds = ""
        for c in r:
            cell = html.escape(c) if c else "<o:p>&nbsp;</o:p>"
            tds += (f"<td style='border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                    f"<p class=MsoNormal>{cell}<o:p></o:p></p></td>")
        trs.append(f"<tr>{tds}</tr>")
    return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse'>\n" + "\n".join(trs) + "\n</table>")


def table_plain(rows):
    out = ["\t".join(TABLE_HEAD)]
    for r in rows:
        out.append("\t".join(c if c else " " for c in r))
    return "\n".join(out)


def outlook_html_doc(inner, charset):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head>"
            f"<meta http-equiv=Content-Type content=\"text/html; charset={charset}\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            f"{CSS}</head><body lang=RU link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            f"<div class=WordSection1>\n{inner}\n</div></body></html>")


def outlook(person, subject, d, paras, quote=None, table=None, after_table=None, mode="alt",
            charset="windows-1251", cte="qp", subj_enc="B", to=DISPATCH, cc=None, sig=True,
            in_reply_to=None, plain_quote_override=None, extra=None):
    """mode: 'alt' multipart/alternative, 'html' HTML only, 'plain' text only."""
    after_table = after_table or []
    # plain
    pl = list(paras)
    if table:
        pl += ["", table_plain(table), ""] + after_table
    plain = "\n".join(pl)
    if sig:
        plain += "\n\n" + sig_plain(person)
    if quote:
        plain += "\n" + (plain_quote_override or quote_block_plain(quote))
    # html
    inner = "\n".join(p_html(l) for l in paras)
    if table:
        inner += "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + table_html(table) + "\n"
        inner += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + "\n".join(p_html(l) for l in after_table)
    if sig:
        inner += "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + sig_html(person)
    if quote:
        inner += "\n" + quote_block_html(quote)
    hdoc = outlook_html_doc(inner, charset)
    if mode == "plain":
        msg = text_part(plain, "plain", charset, cte)
    elif mode == "html":
        msg = text_part(hdoc, "html", charset, cte)
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(plain, "plain", charset, cte))
        msg.attach(text_part(hdoc, "html", charset, cte))
    return set_common(msg, person, subject, d, charset, subj_enc, to, cc, in_reply_to, extra)


def iphone(subject, d, text, quote=None, cte="b64", person="nur", in_reply_to=None):
    body = text.rstrip() + "\n\nОтправлено с iPhone"
    if quote:
        body += "\n\n" + quote
    msg = text_part(body, "plain", "utf-8", cte)
    msg.set_param("format", "flowed")
    return set_common(msg, person, subject, d, "utf-8", "B", in_reply_to=in_reply_to, client="iphone")


def thebat(subject, d, text, cte="8bit", charset="koi8-r", in_reply_to=None):
    if charset == "koi8-r":  # no such glyphs in KOI8-R, a The Bat! user types them plainly
        text = text.replace("№", "N").replace("—", "-").replace("«", '"').replace("»", '"')
        subject = subject.replace("№", "N").replace("—", "-")
    body = text.rstrip() + "\n\n--\nС уважением,\n Белов Денис                            mailto:belov.dk@tehenergoaudit.ru\n"
    msg = text_part(body, "plain", charset, cte)
    return set_common(msg, "bel", subject, d, charset, "B", in_reply_to=in_reply_to)


# raw builders for machine-generated mail ---------------------------------------
def b64(s, charset="utf-8"):
    e = base64.encodebytes(s.encode(charset)).decode()
    return e


def enc_subj(s, charset="utf-8"):
    return str(Header(s, charset).encode())


def raw_headers(frm, subject, d, mid, extra):
    h = [f"From: {frm}", f"To: {formataddr(DISPATCH, 'utf-8')}", f"Subject: {enc_subj(subject)}",
         f"Date: {format_datetime(d)}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    h += [f"{k}: {v}" for k, v in extra]
    return "\r\n".join(h)


def meeting_response(person, verb, partstat, topic, d, ev_start, ev_end, comment=""):
    name, email_addr, _ = P[person]
    subject = f"{verb}: {topic}"
    uid = "040000008200E00074C5B7101A82E00800000000" + hashlib.md5(topic.encode()).hexdigest().upper()
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Russian Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ATTENDEE;PARTSTAT={partstat};CN={name}:mailto:{email_addr}",
        f"COMMENT;LANGUAGE=ru-RU:{comment}",
        f"SUMMARY;LANGUAGE=ru-RU:{subject}",
        f"DTSTART;TZID=Russian Standard Time:{ev_start}",
        f"DTEND;TZID=Russian Standard Time:{ev_end}",
        f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5",
        f"DTSTAMP:{d.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=ru-RU:Переговорная 3 / Microsoft Teams",
        "END:VEVENT", "END:VCALENDAR", ""])
    bnd = "_000_" + hashlib.md5(subject.encode()).hexdigest()[:24] + "_"
    hdr = raw_headers(formataddr((name, email_addr), "utf-8"), subject, d, msgid("outlook", d), [
        ("Thread-Topic", enc_subj(topic)),
        ("Content-Language", "ru-RU"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Type", f'multipart/alternative; boundary="{bnd}"'),
    ])
    body = (f"--{bnd}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            f"{b64(comment)}\r\n"
            f"--{bnd}\r\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{b64(ics)}\r\n--{bnd}--\r\n")
    return (hdr + "\r\n\r\n" + body).encode("ascii")


def read_receipt(person, orig_subject, orig_sent, read_at, d, style="mdn"):
    name, email_addr, _ = P[person]
    subject = f"Прочитано: {orig_subject}"
    bnd = "----=_NextPart_" + hashlib.md5(subject.encode()).hexdigest()[:20]
    orig_mid = cust_msgid()
    if style == "mdn":
        human = (f"Ваше сообщение\r\n\r\n  Кому: {name}\r\n  Тема: {orig_subject}\r\n"
                 f"  Отправлено: {orig_sent.strftime('%d.%m.%Y %H:%M')}\r\n\r\n"
                 f"было прочитано {read_at.strftime('%d.%m.%Y %H:%M')}.\r\n")
        hpart = ("Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                 + b64(human))
    else:
        human = ("<html><body><p><font size=2>Ваше сообщение</font></p>"
                 f"<p><font size=2>&nbsp;&nbsp;Кому: {html.escape(name)}<br>"
                 f"&nbsp;&nbsp;Тема: {html.escape(orig_subject)}<br>"
                 f"&nbsp;&nbsp;Отправлено: {ru_sent(orig_sent)} (UTC+03:00) Москва, Санкт-Петербург</font></p>"
                 f"<p><font size=2>было прочитано {ru_sent(read_at)} (UTC+03:00) Москва, Санкт-Петербург.</font></p>"
                 "</body></html>")
        hpart = ("Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                 + b64(human))
    mdn = (f"Reporting-UA: {DOMAIN}; Microsoft Outlook 16.0\r\n"
           f"Final-Recipient: rfc822;{email_addr}\r\n"
           f"Original-Message-ID: {orig_mid}\r\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
    hdr = raw_headers(formataddr((name, email_addr), "utf-8"), subject, d, msgid("outlook", d), [
        ("In-Reply-To", orig_mid), ("References", orig_mid),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Type", f'multipart/report; report-type=disposition-notification; boundary="{bnd}"'),
    ])
    body = (f"This is a multi-part message in MIME format.\r\n\r\n--{bnd}\r\n{hpart}\r\n"
            f"--{bnd}\r\nContent-Type: message/disposition-notification\r\n\r\n{mdn}\r\n--{bnd}--\r\n")
    return (hdr + "\r\n\r\n" + body).encode("ascii")


def bounce(d, orig_subject, bad_rcpt, orig_date):
    subject = f"Недоставляемое: {orig_subject}"
    bnd = "_" + hashlib.md5(subject.encode()).hexdigest()[:28] + "_"
    orig_mid = cust_msgid()
    human = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Не удалось доставить сообщение следующим получателям или группам:</font></b></p>"
             f"<p><font color=\"#000000\" size=\"2\" face=\"Tahoma\"><a href=\"mailto:{bad_rcpt}\">{bad_rcpt}</a><br>"
             "Адрес электронной почты, который вы ввели, не удалось найти. Проверьте адрес электронной почты "
             "получателя и повторите попытку отправки сообщения. Если проблема не исчезнет, обратитесь в службу поддержки.</font></p>"
             "<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">Диагностические сведения для администраторов:<br><br>"
             f"Создающий сервер: EXCH01.tehenergoaudit.local<br><br>{bad_rcpt}<br>"
             "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</font></p>"
             "</body></html>")
    dsn = ("Reporting-MTA: dns;EXCH01.tehenergoaudit.local\r\n"
           f"Received-From-MTA: dns;mx1.zakazchik-omis.ru\r\n"
           f"Arrival-Date: {format_datetime(orig_date)}\r\n\r\n"
           f"Final-Recipient: rfc822;{bad_rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
           "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\r\n")
    orig = (f"From: {formataddr(CUST_DISP, 'utf-8')}\r\nTo: {bad_rcpt}\r\n"
            f"Subject: {enc_subj(orig_subject)}\r\nDate: {format_datetime(orig_date)}\r\n"
            f"Message-ID: {orig_mid}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n")
    hdr = raw_headers(formataddr(P["pm"][:2], "utf-8"), subject, d, msgid("system", d), [
        ("In-Reply-To", orig_mid), ("References", orig_mid),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "ru-RU"),
        ("Content-Type", f'multipart/report; report-type=delivery-status; boundary="{bnd}"'),
    ])
    body = (f"--{bnd}\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            f"{b64(human)}\r\n--{bnd}\r\nContent-Type: message/delivery-status\r\n\r\n{dsn}\r\n"
            f"--{bnd}\r\nContent-Type: text/rfc822-headers\r\n\r\n{orig}\r\n--{bnd}--\r\n")
    return (hdr + "\r\n\r\n" + body).encode("ascii")


# --------------------------------------------------------------------------- letters
LETTERS = []  # (date, bytes, label)


def add(d, msg, label):
    data = msg if isinstance(msg, bytes) else msg.as_bytes()
    LETTERS.append((d, data, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
TO_KOV = addr(P["kov"][:2])
TO_DISP = addr(DISPATCH)
CC_GUS = addr(CUST_CC)

# ======================= 940118 — Школа № 1579, ВРУ (1,2,3) ==========================
d = D(2, "10:02")
add(d, outlook("kov", "RE: Заявка № 940118 — ревизия ВРУ, ГБОУ Школа № 1579", d, [
    "Татьяна Сергеевна, добрый день!", "",
    "Заявку получили, приняли в работу. Выезд бригады планируем на четверг 05.11 с 9:00, "
    "завхоза школы предупредим сами (тел. из заявки +7 (499) 338-12-07).",
], quote={"from": CUST_DISP, "sent": D(2, "9:16"), "to": TO_KOV, "cc": CC_GUS,
          "subject": "Заявка № 940118 — ревизия ВРУ, ГБОУ Школа № 1579",
          "body": ["Добрый день!", "Направляем заявку на ревизию ВРУ-1, ВРУ-2 и ЩР пищеблока.",
                   "Адрес: ул. Академика Волгина, д. 8. Просим подтвердить получение."]},
    cc=[CUST_CC], in_reply_to=cust_msgid()),
    dec("940118", [], ACC, "top-posted Outlook reply: 'приняли в работу'; plan of visit is extra; quoted request is history"))

d = D(5, "8:21")
add(d, iphone("940118", d, "Добрый день. Выехали на Волгина 8, будем минут через 40"),
    dec("940118", [], WAY, "iPhone, bare number in subject; 'выехали, будем через 40 минут'"))

d = D(5, "15:41")
add(d, outlook("zhu", "Заявка 940118 — итоги 05.11", d, [
    "Добрый день.", "",
    "По заявке 940118 (Школа № 1579, ул. Академика Волгина, 8):",
    "1. Поз.1 — ревизия ВРУ-1 выполнена, протяжка контактных соединений, заменены наконечники ТМЛ 95-12 (2 шт.);",
    "2. Поз.2 — ВРУ-2 выполнено, замечаний нет;",
    "3. Поз.3 — ЩР пищеблока: нет доступа (ключ у завхоза, завхоз на больничном), перенос на 06.11.",
    "Бригада убыла с объекта в 15:25.",
], mode="plain"),
    dec("940118", ["1", "2"], LEFT, "numbered list: поз.1 и 2 выполнены, бригада убыла; поз.3 перенесена (plan)"))

d = D(6, "8:46")
add(d, iphone("940118-3", d, "Едем на 3-ю, пищеблок. Ключ завхоз обещал, минут 30", cte="qp"),
    dec("940118", ["3"], WAY, "position after a dash in subject; 'едем ... минут 30'"))

d = D(6, "11:32")
q = {"from": CUST_DISP, "sent": D(6, "10:15"), "to": TO_KOV, "subject": "Заявка 940118 поз.3",
     "body": ["Сергей Викторович, добрый день.",
              "Прошу сообщить, когда будет закрыта позиция 3 по заявке 940118 (ЩР пищеблока). Бригада ведь выехала утром?"]}
add(d, outlook("kov", "RE: Заявка 940118 поз.3", d, [
    "Добрый день!", "",
    "Поз.3 закрыта: в ЩР пищеблока заменён автомат ВА47-29 3P 32А (старый оплавлен), "
    "проверили под нагрузкой. Бригада уехала с объекта в 11:10.",
], quote=q, charset="utf-8", in_reply_to=cust_msgid()),
    dec("940118", ["3"], LEFT, "top-posted reply; quote asks about поз.3 and mentions 'выехала'; new text: уехала с объекта"))

# ======================= 940256 — Поликлиника № 134, тепловизор (1,2) ================
d = D(3, "12:11")
add(d, thebat("Re: Заявка 940256 тепловизионное обследование ГРЩ", d,
              "Здравствуйте, Татьяна.\n\nВы писали 3 ноября 2026 г., 10:41:\n\n"
              "ТС> Направляем заявку № 940256 на тепловизионное обследование ГРЩ-1 и ГРЩ-2\n"
              "ТС> Поликлиники № 134 (ул. Островитянова, д. 5). Просим подтвердить.\n\n"
              "Подтверждаю, заявку принял в работу. Съёмку ГРЩ надо делать под нагрузкой, поэтому\n"
              "предлагаю 05.11 после 18:00, когда включены освещение и вентиляция.\n"
              "Тепловизор Testo 883, протокол по форме ЭТЛ.", in_reply_to=cust_msgid()),
    dec("940256", [], ACC, "The Bat!, KOI8-R 8bit, answer written under 'ТС>' quote: 'заявку принял в работу'"))

d = D(5, "17:31")
add(d, thebat("940256 выезд", d, "Выдвигаюсь на Островитянова, 5. Ориентировочно буду в 18:15.\nБелов"),
    dec("940256", [], WAY, "'выдвигаюсь', ETA 18:15 — on the way"))

d = D(5, "18:22")
add(d, thebat("Re: 940256 выезд", d, "На месте, нагрузку дали, начинаю съёмку.", cte="b64"),
    dec("940256", [], ON, "Re: subject still says 'выезд', body says 'на месте'"))

d = D(5, "20:52")
add(d, thebat("Re: Заявка 940256 тепловизионное обследование ГРЩ", d,
              "Здравствуйте, Татьяна.\n\nВы писали 5 ноября 2026 г., 19:02:\n\n"
              "ТС> Денис, сообщите по окончании, пожалуйста, по обеим позициям.\n\n"
              "Поз. 1 (ГРЩ-1) и поз. 2 (ГРЩ-2) отсняты полностью. На ГРЩ-2 нагрев контакта\n"
              "N-шины до 68 °C при 24 °C в помещении, в отчёт пойдёт как дефект.\n"
              "С объекта уехал в 20:35. Отчёт пришлю до 12.11.", in_reply_to=cust_msgid()),
    dec("940256", ["1", "2"], LEFT, "reply under 'ТС>' quote: both positions done, 'с объекта уехал в 20:35'"))

# ======================= 940731 — д/о Школы № 2110, заземление (1-4) =================
d = D(5, "9:41")
add(d, outlook("sin", "Заявка № 940731 — принята", d, [
    "Добрый день!", "",
    "Заявка № 940731 (ГБОУ Школа № 2110, дошкольное отделение, ул. Введенского, д. 14) принята в работу.",
    "Дату выезда бригады ЭТЛ сообщим дополнительно.",
], mode="html", charset="utf-8"),
    dec("940731", [], ACC, "HTML-only letter from contractor's dispatcher: 'принята в работу'"))

d = D(9, "8:05")
add(d, iphone("940781", d, "выехали"),
    rev("number 940781 is not in the registry (probably a typo of 940731); cannot record"))

d = D(9, "8:11")
add(d, outlook("zhu", "Наряд 940731 — выезд", d, [
    "Выезд бригады на объект по наряду 940731 — 8:00.",
    "Состав: Журавлёв А.Е., Нурматов И.Р. А/м ГАЗель Next Х 417 КМ 777.",
    "Прибор: измеритель сопротивления заземления ИС-10, зав. № 3318, поверка до 14.05.2027.",
], mode="plain", sig=True),
    dec("940731", [], WAY, "'выезд на объект — 8:00' sent at 8:11: travelling; car plate and serial numbers are noise"))

d = D(9, "12:33")
add(d, outlook("zhu", "940731 промежуточно", d, [
    "Промежуточно по 940731:",
    "1. Поз.1 — замеры выполнены, Rз = 2,1 Ом;",
    "2. Поз.2 — замеры выполнены, Rз = 3,4 Ом;",
    "3. Поз.3 — в работе, бригада на корпусе 3;",
    "4. Поз.4 — наружный контур, нужен доступ к ревизионным колодцам, решаем с завхозом.",
], mode="plain"),
    rev("different statuses for different positions: 1,2 finished, 3 in progress on site, 4 nothing"))

d = D(9, "16:06")
add(d, outlook("zhu", "940731 — поз.3, поз.4", d, [
    "940731:",
    "1. Поз.3 — замеры выполнены, бригада убыла 15:50;",
    "2. Поз.4 — перенос на 3 декабря (колодцы закатаны в асфальт, нужен акт вскрытия от балансодержателя).",
], mode="plain"),
    dec("940731", ["3"], LEFT, "numbered list: поз.3 done and left; поз.4 postponed (plan)"))

d = D(9, "18:34")
add(d, outlook("zhu", "Итоги дня 09.11", d, [
    "Сергей Викторович, коллеги,", "",
    "итоги дня: по 940731 корпуса 1–3 замерили, бригада убыла в 15:50, наружный контур — в декабре.",
    "По 941042 выезд завтра с утра, автомат ВА88-35 со склада получили.",
], mode="plain", cc=[("Коваленко Сергей Викторович", P["kov"][1])]),
    rev("two different requests (940731 and 941042) in one letter"))

# ======================= 941042 — Библиотека № 188, ЩР-3 (1) ==========================
d = D(6, "11:47")
add(d, outlook("kov", "RE: Заявка 941042 — Библиотека № 188, ЩР-3", d, [
    "Добрый день!", "",
    "Принято, в работу взяли. Автомат ВА88-35 3P 160А заказан, выезд — по поступлении, ориентировочно 10.11.",
], quote={"from": CUST_DISP, "sent": D(6, "11:02"), "to": TO_KOV, "cc": CC_GUS,
          "subject": "Заявка 941042 — Библиотека № 188, ЩР-3",
          "body": ["Коллеги, направляем заявку на замену вводного автомата в ЩР-3 библиотеки",
                   "(ул. Миклухо-Маклая, д. 23). Автомат греется, есть следы оплавления."]},
    cc=[CUST_CC], in_reply_to=cust_msgid()),
    dec("941042", [], ACC, "'Принято, в работу взяли'; plan of visit is extra"))

d = D(10, "8:32")
add(d, iphone("941042", d, "Выдвигаемся в библиотеку на Миклухо-Маклая 23, будем в течение часа"),
    dec("941042", [], WAY, "'выдвигаемся, будем в течение часа'"))

d = D(10, "9:36")
add(d, iphone("941042 НА МЕСТЕ", d, "НА МЕСТЕ. ЗАВХОЗ ОТКРЫЛ ЩИТОВУЮ", cte="8bit"),
    dec("941042", [], ON, "caps 'НА МЕСТЕ'"))

d = D(10, "11:21")
add(d, iphone("941042 поз 3", d, "автомат заменили, проверили под нагрузкой"),
    rev("request 941042 has only position 1; 'поз 3' does not exist"))

d = D(10, "11:53")
add(d, outlook("kov", "Заявка 941042 — выполнено", d, [
    "Добрый день!", "",
    "Прошу прощения за путаницу: бригадир написал «поз 3», имея в виду ЩР-3. В заявке 941042 одна позиция — поз.1 (ЩР-3).",
    "По поз.1 работы завершены: установлен автомат ВА88-35 3P 160А, протянуты присоединения, "
    "проверено под нагрузкой. Бригада освободилась в 11:15.",
]),
    dec("941042", ["1"], LEFT, "correction of the previous letter; поз.1 done, 'бригада освободилась в 11:15'"))

# ======================= 941377 — Управа Тёплый Стан, ВРУ (1,2) =======================
d = D(9, "10:17")
add(d, outlook("sin", "Заявка № 941377 принята", d, [
    "Добрый день!", "",
    "Заявка № 941377 (Управа района Тёплый Стан, ул. Профсоюзная, д. 154, корп. 4) принята в работу.",
    "Ответственный — Коваленко С.В., моб. +7 (916) 305-72-48. Выезд запланирован на 11.11.",
], mode="html", charset="windows-1251", cte="qp"),
    dec("941377", [], ACC, "HTML-only, windows-1251 QP: 'принята в работу'; phone and address are noise"))

d = D(11, "8:06")
m23 = outlook("kov", "Заявка 941377 — бригада выехала", d, [
    "Добрый день.", "",
    "Сообщаю: бригада выехала на объект (Управа района Тёплый Стан), прибытие ориентировочно 8:50.",
], cc=[CUST_CC])
add(d, m23, dec("941377", [], WAY, "'бригада выехала на объект, прибытие ориентировочно 8:50'"))

d = D(11, "9:01")
add(d, outlook("zhu", "ОТВ: Заявка 941377 — бригада выехала", d, [
    "На месте с 8:55, ждём представителя Управы для допуска в электрощитовую.",
], quote={"from": P["kov"][:2], "sent": D(11, "8:06"), "to": TO_DISP, "cc": CC_GUS,
          "subject": "Заявка 941377 — бригада выехала",
          "body": ["Добрый день.", "",
                   "Сообщаю: бригада выехала на объект (Управа района Тёплый Стан), прибытие ориентировочно 8:50."]},
    cc=[CUST_CC], in_reply_to=m23["Message-ID"]),
    dec("941377", [], ON, "ОТВ: subject names old status 'выехала'; body 'на месте с 8:55'"))

d = D(11, "13:42")
add(d, outlook("kov", "Заявка 941377 — Управа Тёплый Стан, ВРУ", d, [
    "Добрый день!", "", "Информация по заявке 941377:",
], table=[
    ["1", "ВРУ, ввод 1", "09:00", "12:10", "Протяжка, заменён рубильник ВР32-39 250А, пломба № 0457712"],
    ["2", "ВРУ, ввод 2", "09:00", "13:25", ""],
], after_table=["Замечаний к состоянию ВРУ после ревизии нет, протоколы — до 20.11."],
    mode="html", charset="windows-1251", cte="qp"),
    dec("941377", ["1", "2"], LEFT, "HTML table: both rows have arrival and departure times -> latest event убыл"))

d = D(11, "16:14")
add(d, outlook("kov", "Заявка 941377 — контактное лицо", d, [
    "Татьяна Сергеевна, добрый день.", "",
    "Обращаю внимание: в заявке 941377 не был указан телефон ответственного со стороны Управы, "
    "бригада потеряла больше часа на согласование допуска в электрощитовую. "
    "Просим впредь указывать в заявках контактное лицо на объекте.",
], cc=[CUST_CC]),
    rev("complaint about missing contact person; no status reported"))

# ======================= 941905 — ФОК «Олимп» (1,2,3) ================================
d = D(10, "15:03")
add(d, outlook("kov", "RE: Заявка 941905 ФОК «Олимп» ГРЩ", d, [
    "Татьяна Сергеевна, добрый день!", "",
    "Приняли, в работу взяли. Дату выезда согласуем с администрацией ФОК, предварительно — четверг.",
], quote={"from": CUST_DISP, "sent": D(10, "14:22"), "to": TO_KOV, "cc": CC_GUS,
          "subject": "Заявка 941905 ФОК «Олимп» ГРЩ",
          "body": ["Добрый день!", "Направляем заявку на ревизию ГРЩ и двух ЩР (насосная, вентиляция), позиции 1–3.",
                   "Контакт: главный инженер ФОК Сорокин В.П., +7 (926) 118-40-52."]},
    cc=[CUST_CC], in_reply_to=cust_msgid(), subj_enc="Q"),
    dec("941905", [], ACC, "number only in the subject / quoted subject; 'приняли, в работу взяли'"))

d = D(12, "7:52")
m27 = iphone("Олимп #941905", d, "Едем, на МКАД пробка, будем к 9")
add(d, m27, dec("941905", [], WAY, "'едем ... будем к 9'; number with # in subject"))

d = D(12, "9:12")
add(d, iphone("Re: Олимп #941905", d, "на мсте",
              quote="> 12 нояб. 2026 г., в 07:52, Ильдар Нурматов <nurmatov.ir@tehenergoaudit.ru> написал(а):\n>\n"
                    "> Едем, на МКАД пробка, будем к 9\n>\n> Отправлено с iPhone",
              in_reply_to=m27["Message-ID"]),
    dec("941905", [], ON, "typo 'на мсте'; quoted own earlier 'едем' is history"))

d = D(12, "14:33")
add(d, outlook("zhu", "941905 ФОК Олимп — выполнено", d, [
    "Добрый день.", "",
    "По заявке 941905:",
    "1. П1 — ГРЩ: ревизия выполнена, протяжка, замер петли фаза-нуль;",
    "2. П2 — ЩР насосной: выполнено, заменён контактор КМИ-23210 (залипание);",
    "3. П3 — ЩР вентиляции: выполнено.",
    "Бригада освободилась в 14:15, объект сдан дежурному инженеру ФОК.",
], mode="plain"),
    dec("941905", ["1", "2", "3"], LEFT, "numbered list with П1..П3, all done, 'бригада освободилась'"))

d = D(13, "10:12")
add(d, meeting_response("kov", "Принято", "ACCEPTED", "Совещание по заявке 941905 — итоги обследования ФОК «Олимп»",
                        d, "20261116T110000", "20261116T120000"),
    ign("Outlook meeting response (Принято), text/calendar METHOD:REPLY"))

# ======================= 942260 — Жилищник Коньково, тепловизор (1) ===================
d = D(11, "10:43")
add(d, thebat("942260", d, "Добрый день.\n\n942260 принял. Обследование ВРУ на Профсоюзной 98 к.5 —\n13.11, вечером, после 18:00.",
              cte="b64"),
    dec("942260", [], ACC, "'принял', KOI8-R base64"))

d = D(13, "9:22")
q = {"from": CUST_DISP, "sent": D(13, "8:47"), "to": addr(P["sin"][:2]),
     "subject": "942260 — уточнение времени",
     "body": ["Коллеги, по заявке 942260 жители просят проводить обследование не ранее 18:00.",
              "Просим учесть."]}
add(d, outlook("sin", "RE: 942260 — уточнение времени", d, [
    "Добрый день!", "", "Спасибо, письмо получили, время учли — передали инженеру Белову Д.К.",
], quote=q, in_reply_to=cust_msgid()),
    rev("acknowledgement of the dispatcher's message; no status"))

d = D(13, "18:07")
add(d, thebat("Выезжаю на Профсоюзная 98 к5 (942260)", d, "Еду, минут 20."),
    dec("942260", [], WAY, "number in brackets after the address; 'еду, минут 20'"))

d = D(13, "19:31")
add(d, thebat("942260 (1)", d,
              "ВРУ жилого дома отснял, критических нагревов нет, максимум 41,2 °C\nна вводном рубильнике. "
              "Уехал с объекта в 19:20. Отчёт в понедельник."),
    dec("942260", ["1"], LEFT, "position in brackets in subject; 'уехал с объекта'"))

# ======================= 942614 — Школа № 1245 (1,2) =================================
d = D(12, "9:33")
add(d, outlook("sin", "Обращение 942614 — принято", d, [
    "Добрый день!", "",
    "Ваше обращение 942614 (ГБОУ Школа № 1245, замеры сопротивления изоляции и заземления) принято, взяли в работу.",
    "График выездов по зданиям А и Б пришлём после согласования со школой.",
], mode="html", charset="utf-8", cte="b64"),
    dec("942614", [], ACC, "'обращение ... принято, взяли в работу'; HTML-only, UTF-8 base64"))

d = D(16, "7:57")
q = {"from": CUST_DISP, "sent": D(13, "17:05"), "to": addr(P["sin"][:2]), "cc": CC_GUS,
     "subject": "Заявка № 942614 — уточнение сроков",
     "body": ["Просим сообщить сроки выполнения по зданиям А и Б (заявка 942614)."]}
add(d, outlook("sin", "RE: Заявка № 942614 — уточнение сроков", d, [
    "Доброе утро!", "",
    "По позиции 2 (здание Б) бригада выехала, будут около 8:30. Здание А — по согласованию со школой, 18.11.",
], quote=q, cc=[CUST_CC], in_reply_to=cust_msgid()),
    dec("942614", ["2"], WAY, "'по позиции 2 бригада выехала'; pos.1 only planned"))

d = D(16, "8:41")
add(d, iphone("942614 поз2", d, "Пpибыли, здание Б, начинаем замеры"),
    dec("942614", ["2"], ON, "Latin 'p' inside 'Пpибыли'; 'поз2' in subject"))

d = D(16, "12:02")
add(d, outlook("zhu", "По 942614", d, [
    "По 942614:",
    "1. Поз.2 (здание Б) — замеры выполнены, протокол № 112/11 оформим до пятницы, бригада убыла 11:45;",
    "2. Поз.1 (здание А) — перенос на 18.11, нет доступа в подвал (ключи у охраны, охрана не в курсе).",
], mode="plain"),
    dec("942614", ["2"], LEFT, "numbered list: поз.2 done/left, поз.1 postponed; protocol number is noise"))

d = D(17, "10:16")
add(d, read_receipt("zhu", "Заявка 942614 — протоколы замеров", D(17, "10:02"), D(17, "10:15"), d),
    ign("read receipt (MDN)"))

d = D(18, "11:12")
add(d, iphone("942614-1", d, "На месте были с 8:20, замеры в здании А закончили, уехали в 11:00"),
    dec("942614", ["1"], LEFT, "arrival and departure both reported; latest event = убыл"))

# ======================= 943088 — ДК «Меридиан» (1,2,3) ================================
d = D(16, "10:22")
add(d, outlook("kov", "Заявка 943088 — ДК «Меридиан», ВРУ-0,4 кВ", d, [
    "Добрый день!", "",
    "Заявка 943088 принята к исполнению.",
    "Для работ по ВРУ-1, ВРУ-2 и шкафу АВР потребуется отключение вводов. "
    "Прошу согласовать с администрацией ДК отключение 19.11 с 10:00 до 14:00.",
], charset="utf-8", cc=[CUST_CC]),
    dec("943088", [], ACC, "'принята к исполнению'; request for outage is extra"))

d = D(17, "9:41")
add(d, meeting_response("kov", "Принято", "ACCEPTED", "Совещание по заявке 943088 (согласование отключения ВРУ)",
                        d, "20261118T110000", "20261118T113000", comment="Буду, Коваленко"),
    ign("Outlook meeting response (Принято) with short comment"))

d = D(19, "9:16")
add(d, iphone("943088", d, "Выдвинулись на Меридиан. Будем 9:50", cte="qp"),
    dec("943088", [], WAY, "'выдвинулись ... будем 9:50'"))

d = D(19, "10:03")
add(d, outlook("kov", "943088 ДК Меридиан — прибытие", d, [
    "Коллеги, добрый день.", "", "По заявке 943088:",
], table=[
    ["1", "ВРУ-1", "09:52", "", "Отключение согласовано, работы начаты"],
    ["2", "ВРУ-2", "09:52", "", ""],
    ["3", "Шкаф АВР", "09:52", "", ""],
], mode="html", charset="utf-8", cte="qp"),
    dec("943088", ["1", "2", "3"], ON, "HTML table: arrival times for all three rows, departure empty"))

d = D(19, "14:34")
add(d, outlook("kov", "943088 ДК Меридиан — итог 19.11", d, [
    "Коллеги, добрый день.", "", "По заявке 943088 на 14:30:",
], table=[
    ["1", "ВРУ-1", "09:52", "13:10", "Ревизия выполнена"],
    ["2", "ВРУ-2", "09:52", "14:05", "Ревизия выполнена, заменены 3 предохранителя ППН-35 250А"],
    ["3", "Шкаф АВР", "", "", "Перенос на 24.11 — нет запчасти (реле контроля фаз ЕЛ-11Е)"],
], mode="html", charset="windows-1251", cte="qp"),
    dec("943088", ["1", "2"], LEFT, "HTML table: rows 1-2 have departure times, row 3 postponed (plan)"))

d = D(20, "11:04")
add(d, outlook("kov", "943088 — доп. материалы по поз.3", d, [
    "Татьяна Сергеевна, добрый день.", "",
    "По заявке 943088, поз.3 (АВР) требуется замена реле контроля фаз ЕЛ-11Е. "
    "Стоимость реле — 4 850 руб. без НДС, работы в рамках договора № ТЭА-47/2026. Прошу согласовать закупку.",
], cc=[CUST_CC]),
    rev("price / approval request; no status"))

d = D(24, "10:11")
add(d, iphone("943088 п.3", d, "нa объектe, ставим реле"),
    dec("943088", ["3"], ON, "Latin 'a' and 'e' inside Cyrillic words; 'п.3' in subject"))

d = D(24, "13:02")
fw_plain = ("\n________________________________\n"
            f"От: {addr(P['nur'][:2])}\n"
            f"Отправлено: {ru_sent(D(24, '12:48', 0))}\n"
            f"Кому: {TO_KOV}\n"
            "Тема: 943088 п.3\n\n"
            "АВР настроили, реле поставили, проверили переключение вводов туда-обратно. Уехали в 12:45\n\n"
            "Отправлено с iPhone")
add(d, outlook("kov", "ПЕРЕСЛ: 943088 п.3", d, ["Для сведения.", ""],
               quote={"from": P["nur"][:2], "sent": D(24, "12:48", 0), "to": TO_KOV, "subject": "943088 п.3",
                      "body": ["АВР настроили, реле поставили, проверили переключение вводов туда-обратно. Уехали в 12:45",
                               "", "Отправлено с iPhone"]},
               plain_quote_override=fw_plain, cc=[CUST_CC]),
    dec("943088", ["3"], LEFT, "Outlook forward (ПЕРЕСЛ:) of the foreman's report: 'уехали в 12:45'"))

# ======================= 943452 — Поликлиника № 22, ЩР (1-4) ===========================
d = D(17, "10:31")
add(d, outlook("kov", "Наряд 943452", d, [
    "Добрый день!", "",
    "Наряд 943452 (Поликлиника № 22, филиал № 3, этажные ЩР) принят. Выезд — пятница 20.11.",
], mode="plain", charset="windows-1251", cte="qp"),
    dec("943452", [], ACC, "plain windows-1251 QP: 'наряд ... принят'"))

d = D(18, "9:47")
add(d, outlook("pet", "Счёт на оплату № 2317 от 18.11.2026 (аванс)", d, [
    "Добрый день!", "",
    "Направляем счёт на оплату № 2317 от 18.11.2026 — авансовый платёж 30% по договору № ТЭА-47/2026 "
    "от 15.01.2026, заявка 943452 (этажные щиты, Поликлиника № 22, филиал № 3).",
    "Сумма: 38 640,00 руб., в т.ч. НДС 20% — 6 440,00 руб.",
    "Получатель: ООО «ТехЭнергоАудит», ИНН 7728561934, КПП 772801001, "
    "р/с 40702810938000147215 в ПАО Сбербанк, к/с 30101810400000000225, БИК 044525225.",
    "Просим оплатить в течение 5 банковских дней. Оригинал отправим почтой России, трек сообщим.",
], to=("Бухгалтерия ОМИС", "buh@zakazchik-omis.ru"), cc=[DISPATCH]),
    rev("accountant: invoice for advance; INN/KPP/account numbers; no status"))

d = D(18, "15:20")
add(d, outlook("zhu", "Вопрос по 943452", d, [
    "Добрый день.", "",
    "Вопрос по 943452: ЩР-4 по описи на 4-м этаже, а на поэтажном плане — в подвале (пом. 012). "
    "Уточните, пожалуйста, где он фактически и кто откроет щитовую?",
], mode="plain"),
    rev("question, no status"))

d = D(19, "11:05")
add(d, bounce(d, "Заявка 943452 — график доступа", "smirnov.pa@tehenergoaudit.ru", D(19, "11:04", 31)),
    ign("bounce / NDR from contractor's Exchange"))

d = D(19, "16:22")
add(d, outlook("kov", "График выездов", d, [
    "Татьяна Сергеевна, добрый день.", "",
    "Предварительный график: 20.11 (пятница) — заявка 943452, все позиции; 24.11 (вторник) — заявка 944017.",
    "Просим обеспечить допуск и присутствие ответственных на объектах.",
], cc=[CUST_CC]),
    rev("two requests, both only planned"))

d = D(20, "8:12")
add(d, outlook("zhu", "943452 — выезд", d, [
    "943452: выезд бригады на объект — 8:00, а/м Х 417 КМ 777.",
], mode="plain"),
    dec("943452", [], WAY, "'выезд на объект — 8:00' sent 8:12"))

d = D(20, "9:02")
add(d, iphone("943452", d, "Приехали в поликлинику, работаем"),
    dec("943452", [], ON, "'приехали, работаем'"))

d = D(20, "15:52")
add(d, outlook("zhu", "943452 — итоги 20.11", d, [
    "Добрый день.", "",
    "1. Поз.1 — выполнено;",
    "2. Поз.2 — выполнено;",
    "3. Поз.3 — выполнено, замечание: нет маркировки отходящих линий, нанесли временную;",
    "4. Поз.4 — не начинали: 4-й этаж закрыт на ремонт, по согласованию с завхозом перенос на 26.11.",
    "Бригада убыла 15:40.",
], mode="plain"),
    dec("943452", ["1", "2", "3"], LEFT, "number only in subject; numbered list, 1-3 done + убыла, 4 postponed"))

d = D(24, "9:31")
add(d, read_receipt("kov", "RE: Заявка 943452 — перенос поз.4", D(24, "9:05"), D(24, "9:29"), d, style="exch"),
    ign("read receipt (Outlook/Exchange style, HTML)"))

d = D(26, "9:22")
add(d, iphone("943452 (4)", d, "на месте, 4 этаж открыли"),
    dec("943452", ["4"], ON, "position in brackets in subject"))

d = D(26, "12:13")
q = {"from": CUST_DISP, "sent": D(24, "9:05"), "to": TO_KOV, "cc": CC_GUS,
     "subject": "RE: Заявка 943452 — перенос поз.4",
     "body": ["Сергей Викторович, подтверждаем перенос поз.4 на 26.11, этаж будет открыт с 9:00."]}
add(d, outlook("kov", "RE: Заявка 943452 — перенос поз.4", d, [
    "Татьяна Сергеевна, добрый день!", "",
    "По четвёртой позиции всё выполнено, бригада покинула объект в 12:00. "
    "Замечаний по ЩР-4 нет, протокол пришлём вместе с общим отчётом.",
], quote=q, cc=[CUST_CC], in_reply_to=cust_msgid()),
    dec("943452", ["4"], LEFT, "'по четвёртой позиции ... покинула объект'; subject still about postponement"))

# ======================= 944017 — Спорткомплекс «Беляево» (1) ==========================
d = D(19, "14:02")
add(d, outlook("sin", "По 944017", d, ["Добрый день!", "", "По 944017 — принято."],
               mode="html", charset="windows-1251", cte="qp"),
    dec("944017", [], ACC, "short 'принято'"))

d = D(23, "8:03")
add(d, outlook("zhu", "944017", d, [
    "По 944017: выезд завтра, 24.11, в 9:00. Прибор MRU-200 (зав. № 1120457) вернули с поверки только сегодня.",
], mode="plain"),
    rev("plan only ('выезд завтра')"))

d = D(24, "9:08")
add(d, iphone("Fwd: 944017", d, "Пересылаю для сведения",
              quote="Начало переадресованного сообщения:\n\n"
                    "От: Ильдар Нурматов <nurmatov.ir@tehenergoaudit.ru>\n"
                    "Дата: 24 ноября 2026 г. в 9:02:14 GMT+3\n"
                    "Кому: Андрей Журавлёв <zhuravlev.ae@tehenergoaudit.ru>\n"
                    "Тема: 944017\n\n"
                    "Выехaли на Беляево, будем минут через 35\n\nОтправлено с iPhone",
              person="zhu"),
    dec("944017", [], WAY, "iPhone forward of foreman's 'выехaли' (Latin a) — forwarded report counts"))

d = D(24, "13:33")
orig_fw = ("-----Original Message-----\n"
           f"From: {addr(P['zhu'][:2])} \n"
           "Sent: Tuesday, November 24, 2026 1:18 PM\n"
           f"To: {TO_KOV}\n"
           "Subject: 944017 - итог\n\n"
           "Сергей Викторович,\n"
           "замеры контура заземления по 944017 выполнены, R = 0,8 Ом при норме 4 Ом. Бригада убыла 13:10.\n"
           "Протокол № 118/11 сделаю завтра.\n")
add(d, outlook("kov", "FW: 944017 - итог", d, ["Пересылаю отчёт инженера.", ""],
               quote={"from": P["zhu"][:2], "sent": D(24, "13:18", 0), "to": TO_KOV, "subject": "944017 - итог",
                      "body": ["Сергей Викторович,",
                               "замеры контура заземления по 944017 выполнены, R = 0,8 Ом при норме 4 Ом. Бригада убыла 13:10.",
                               "Протокол № 118/11 сделаю завтра."]},
               plain_quote_override="\n" + orig_fw, cc=[CUST_CC]),
    dec("944017", [], LEFT, "FW with -----Original Message-----: forwarded engineer's report 'бригада убыла 13:10'"))

# ======================= 944530 — Адм. здание, ГРЩ (1,2) ===============================
d = D(23, "9:42")
add(d, outlook("kov", "Заявка № 944530", d, [
    "Добрый день!", "",
    "Заявка № 944530 (административное здание, Севастопольский пр-т, д. 28, корп. 1) принята. "
    "Ответственный — Журавлёв А.Е., +7 (903) 611-28-94.",
], charset="windows-1251", cte="qp", cc=[CUST_CC]),
    dec("944530", [], ACC, "multipart windows-1251 QP: 'принята'"))

d = D(23, "11:06")
add(d, meeting_response("zhu", "Под вопросом", "TENTATIVE", "Совещание по заявке 944530 — допуск на объект",
                        d, "20261124T100000", "20261124T103000"),
    ign("Outlook meeting response (Под вопросом)"))

d = D(24, "16:02")
add(d, outlook("zhu", "944530 — статус", d, [
    "Добрый день.", "",
    "По заявке 944530 бригада пока не выезжала — ждём от собственника здания согласования отключения ГРЩ. "
    "Как только подтвердят, выедем, сообщу отдельно.",
], mode="plain"),
    rev("negation: 'пока не выезжала', only a promise"))

d = D(25, "8:17")
add(d, iphone("944530", d, "Выехали на Севастопольский, 944530"),
    dec("944530", [], WAY, "'выехали на ...'"))

d = D(25, "16:04")
add(d, outlook("zhu", "944530 — на 16:00", d, [
    "Добрый день.", "", "Состояние по 944530 на 16:00:",
], table=[
    ["1", "ГРЩ-1", "09:00", "12:40", "Ревизия, протяжка выполнены"],
    ["2", "ГРЩ-2", "13:00", "", "В работе"],
], charset="windows-1251", cte="qp"),
    rev("HTML table with different statuses: pos.1 finished/left, pos.2 on site"))

d = D(25, "18:12")
q = {"from": CUST_DISP, "sent": D(25, "16:40"), "to": addr(P["zhu"][:2]), "cc": TO_KOV,
     "subject": "944530 — на 16:00",
     "body": ["Андрей Евгеньевич, принято. Сообщите по окончании поз.2.",
              "Также напоминаем, что по заявке 944017 не получен протокол замеров."]}
add(d, outlook("zhu", "RE: 944530 — на 16:00", d, [
    "Поз.2 по 944530 — работы завершены, выезд с объекта в 18:00.",
    "Протокол по контуру заземления вышлю завтра отдельным письмом.",
], quote=q, cc=[("Коваленко Сергей Викторович", P["kov"][1])], in_reply_to=cust_msgid()),
    dec("944530", ["2"], LEFT, "'выезд с объекта' = departure; other request 944017 only in quoted text"))

# ======================= accountant / misc / machine mail ===============================
d = D(20, "10:00")
news_html = ("<html><body style=\"font-family:Arial\"><h2>ТехЭнергоАудит: новости ноября</h2>"
             "<p>Уважаемые партнёры!</p><p>Итоги октября: выполнено 148 заявок, 2 136 замеров сопротивления изоляции, "
             "52 тепловизионных обследования.</p><p>С 1 декабря 2026 г. вводим в эксплуатацию новый тепловизор "
             "Testo 890 и вторую лабораторию ЭТЛ. Телефон горячей линии: 8 800 550-41-26.</p>"
             "<p><a href=\"https://tehenergoaudit.ru/unsubscribe?id=88213\">Отписаться от рассылки</a></p></body></html>")
mnews = text_part(news_html, "html", "utf-8", "b64")
set_common(mnews, "news", "Новости ТехЭнергоАудит — ноябрь 2026", d, "utf-8", extra={
    "Precedence": "bulk",
    "List-Id": "<partners.news.tehenergoaudit.ru>",
    "List-Unsubscribe": "<mailto:unsubscribe@tehenergoaudit.ru?subject=unsubscribe>, <https://tehenergoaudit.ru/unsubscribe?id=88213>",
    "X-Mailer": "UniSender",
})
add(d, mnews, ign("bulk newsletter (Precedence: bulk, List-Unsubscribe)"))

d = D(25, "10:14")
add(d, outlook("pet", "Акт № 1184 от 24.11.2026 — на подпись", d, [
    "Добрый день!", "",
    "Направляем акт сдачи-приёмки выполненных работ № 1184 от 24.11.2026 и счёт-фактуру № 1184 "
    "по заявке № 940118, договор № ТЭА-47/2026 от 15.01.2026.",
    "Просим подписать и вернуть один экземпляр курьером либо через ЭДО (Диадок).",
    "Наши реквизиты: ИНН 7728561934, КПП 772801001.",
], to=("Бухгалтерия ОМИС", "buh@zakazchik-omis.ru"), cc=[DISPATCH]),
    rev("accountant: act and invoice for signing; paperwork, no status report"))

d = D(26, "8:03")
oof = outlook("pet", "Автоматический ответ: RE: Акт № 1184 от 24.11.2026 — на подпись", d, [
    "Здравствуйте!", "",
    "Я нахожусь в отпуске с 26.11 по 04.12.2026. По вопросам оплаты, актов и счетов обращайтесь, "
    "пожалуйста, к бухгалтеру Ким Елене Викторовне: kim.ev@tehenergoaudit.ru, тел. +7 (495) 788-41-26, доб. 107.",
], sig=False, extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
add(d, oof, ign("out-of-office auto-reply"))

d = D(27, "8:51")
add(d, iphone("", d, "Подъехали, охрана не пускает, нас нет в списках. Кому звонить?"),
    rev("no request number at all, plus a question"))

d = D(27, "9:00")
oof2 = outlook("kov", "Автоматический ответ: Заявка 944530 — протоколы", d, [
    "Уважаемые коллеги!", "",
    "27.11 нахожусь на выездном совещании, доступ к почте ограничен. "
    "По текущим заявкам обращайтесь к ведущему инженеру Журавлёву А.Е., +7 (903) 611-28-94.",
], sig=False, extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                      "X-MS-Exchange-Inbox-Rules-Loop": P["kov"][1]})
add(d, oof2, ign("out-of-office auto-reply (mentions request number in subject)"))

d = D(27, "11:25")
add(d, outlook("pet", "Акт сверки взаимных расчётов на 31.10.2026", d, [
    "Добрый день!", "",
    "Направляем акт сверки взаимных расчётов между ООО «ТехЭнергоАудит» (ИНН 7728561934, КПП 772801001) "
    "и ГБУ «ОМИС» (ИНН 7727063418, КПП 772701001) за период 01.01.2026 – 31.10.2026 по договору № ТЭА-47/2026.",
    "Сальдо в нашу пользу — 112 480,00 руб. Просим подписать или направить разногласия до 04.12.2026.",
], to=("Бухгалтерия ОМИС", "buh@zakazchik-omis.ru"), cc=[DISPATCH]),
    rev("accountant: reconciliation act, no request, no status"))


# --------------------------------------------------------------------------- write
def main():
    ldir = os.path.join(OUT, "letters")
    os.makedirs(ldir, exist_ok=True)
    for f in os.listdir(ldir):
        if f.endswith(".eml"):
            os.remove(os.path.join(ldir, f))
    labels = {}
    for i, (d, data, label) in enumerate(sorted(LETTERS, key=lambda x: x[0]), 1):
        name = f"{i:03d}.eml"
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(ldir, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))


if __name__ == "__main__":
    main()
