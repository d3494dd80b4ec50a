#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona «ООО КубаньРадиоСвязь» (telecom / radio contractor,
Krasnodar region). Writes registry.json, letters/NNN.eml, labels.json next to this script.

Only the standard library is used. Run:  python3 make.py
"""
import datetime as dt
import html
import json
import os
import random
import struct
import uuid
import zlib
from email import charset as ecs
from email import message_from_string
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, "letters")
TZ = dt.timezone(dt.timedelta(hours=3))
RND = random.Random(740)

DOMAIN = "kubradiosvyaz.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
OLEG = ("Лещенко Олег", "o.leshchenko@kubradiosvyaz.ru")
SANYA = ("Горбенко Александр", "a.gorbenko@kubradiosvyaz.ru")
SANYA_ICLOUD = ("Саня Горбенко", "gorbenko.sanya@icloud.com")
IRINA = ("Полякова Ирина", "office@kubradiosvyaz.ru")
VITALY = ("Руденко Виталий", "v.rudenko@kubradiosvyaz.ru")
NEWS = ("КубаньРадиоСвязь", "news@kubradiosvyaz.ru")
ZABBIX = ("Zabbix KRS", "zabbix@kubradiosvyaz.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@kubradiosvyaz.ru")

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]


def d(day, hh, mm, ss=None):
    if ss is None:
        ss = RND.randint(0, 59)
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «КубаньРадиоСвязь»",
        "emails": [OLEG[1], SANYA[1], SANYA_ICLOUD[1], IRINA[1], VITALY[1], NEWS[1],
                   ZABBIX[1], DAEMON[1]],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "740112", "positions": ["1", "2"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "Поз.1 — АМС-2, площадка Северная (ст. Динская): замена АФУ сектора 2 БС. "
                    "Поз.2 — крыша корпуса Б (Краснодар, ул. Ставропольская, 212): замер КСВН фидерного тракта БС."},
        {"number": "740135", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:05:00+03:00",
         "comment": "РРЛ Северная–Кореновск, 18 ГГц. Поз.1 — АМС-1, площадка Северная: юстировка. "
                    "Поз.2 — АМС Кореновск: юстировка ответной стороны. "
                    "Поз.3 — площадка Северная: проверка контура заземления и грозозащиты."},
        {"number": "740207", "positions": ["1"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "Одна позиция. Поз.1 — корпус А, ул. Ставропольская, 212: система оповещения "
                    "(громкоговорящая связь), нет звука в зоне 3."},
        {"number": "740218", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T14:20:00+03:00",
         "comment": "Домофоны / вызывные панели. Поз.1 — корпус А; поз.2 — корпус Б; поз.3 — корпус В; "
                    "поз.4 — КПП №2."},
        {"number": "740260", "positions": ["1", "2"], "registered_at": "2026-11-09T08:10:00+03:00",
         "comment": "Авария БС. Поз.1 — крыша корпуса Б: контейнер БС, ЭПУ 48 В (нет питания). "
                    "Поз.2 — крыша корпуса В: выносные радиоблоки (RRU) той же БС."},
        {"number": "740301", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T07:30:00+03:00",
         "comment": "Осмотр АМС после штормового ветра. Поз.1 — АМС-2, площадка Северная; "
                    "поз.2 — АМС-3, Тимашевск; поз.3 — мачта 30 м, Славянск-на-Кубани."},
        {"number": "740344", "positions": ["1"], "registered_at": "2026-11-11T11:00:00+03:00",
         "comment": "Одна позиция. Поз.1 — АМС-2, площадка Северная: замена заградительных огней "
                    "(светоограждение) верхнего яруса."},
        {"number": "740415", "positions": ["1", "2"], "registered_at": "2026-11-12T09:30:00+03:00",
         "comment": "Громкоговорящая связь, склад Южный. Поз.1 — зона погрузки (рупорные громкоговорители); "
                    "поз.2 — административный блок (усилитель)."},
        {"number": "740488", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "РРЛ Анапа. Поз.1 — АМС-5, площадка Южная (Анапа): перевеска антенны РРЛ; "
                    "поз.2 — крыша корпуса Г (Анапа): монтаж ответной антенны; "
                    "поз.3 — пролёт АМС-5 – корпус Г: перестройка на новый частотный канал и юстировка."},
        {"number": "740523", "positions": ["1", "2"], "registered_at": "2026-11-17T10:15:00+03:00",
         "comment": "Крыша корпуса Б, БС. Поз.1 — монтаж GPS-антенны синхронизации; "
                    "поз.2 — прокладка кабеля по кровле (25 м)."},
        {"number": "740590", "positions": ["1"], "registered_at": "2026-11-19T16:40:00+03:00",
         "comment": "Аварийная, одна позиция. Поз.1 — АМС-3, Тимашевск: нет связи по РРЛ Северная–Тимашевск."},
        {"number": "740634", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T08:20:00+03:00",
         "comment": "Плановое ТО АФУ. Поз.1 — АМС-2, площадка Северная; поз.2 — АМС-3, Тимашевск; "
                    "поз.3 — мачта 30 м, Славянск-на-Кубани."},
        {"number": "740702", "positions": ["1", "2"], "registered_at": "2026-11-24T09:00:00+03:00",
         "comment": "Переговорные устройства на КПП. Поз.1 — КПП №1 (въезд с ул. Уральской); поз.2 — КПП №2."},
    ],
}

# ---------------------------------------------------------------- helpers


def cs(name, body):
    c = ecs.Charset(name)
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "8bit": None}[body]
    return c


BEST_FIT = {"\u2013": "-", "\u2014": "-", "\u00ab": '"', "\u00bb": '"', "\u2116": "N", "\u2264": "<=",
            "\u2192": "->", "\u201c": '"', "\u201d": '"', "\u00a0": " "}


def fit(text, charset):
    """What an 8-bit Cyrillic mail client does with characters its charset lacks (best-fit mapping)."""
    if charset.lower() in ("utf-8", "us-ascii"):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(BEST_FIT.get(ch, "?"))
    return "".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="qp"):
    return MIMEText(fit(text, charset), subtype, _charset=cs(charset, cte))


def hdr(s, charset="utf-8"):
    s = fit(s, charset)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject")


def addr(pair, charset="utf-8"):
    name, a = pair
    return formataddr((fit(name, charset), a), charset=charset)


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def ru_date(t, with_year=True):
    return f"{t.day} {MONTHS_GEN[t.month - 1]} {t.year} г. {t.hour}:{t.minute:02d}"


def apple_attr(t, who):
    mon = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."][t.month - 1]
    return f"{t.day} {mon} {t.year} г., в {t.hour:02d}:{t.minute:02d}, {who[0]} <{who[1]}> написал(а):"


def outlook_block(frm, sent, to, subject, body):
    fa = f"{frm[0]} [mailto:{frm[1]}]"
    return (f"От: {fa}\nОтправлено: {ru_date(sent)}\nКому: {to[0]} <{to[1]}>\n"
            f"Тема: {subject}\n\n{body}")


def outlook_html(plain, extra_html=None):
    """Very small Outlook-like HTML rendering of the plain text."""
    paras = []
    for line in plain.split("\n"):
        if line.startswith("От: ") and "mailto:" in line:
            paras.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        esc = html.escape(line) if line else "&nbsp;"
        paras.append(f'<p class=MsoNormal>{esc}<o:p></o:p></p>')
    body = "\n".join(paras)
    if extra_html:
        body = extra_html + "\n" + body
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=koi8-r">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=RU link="#0563C1" vlink="#954F72">'
            f'<div class=WordSection1>\n{body}\n</div></body></html>')


def mid_outlook():
    h = lambda n: "".join(RND.choice("0123456789abcdef") for _ in range(n))
    return f"<00{h(2)}01dd{h(4)}${h(8)}${h(8)}$@{DOMAIN}>"


def mid_apple(domain=DOMAIN):
    return "<" + str(uuid.UUID(int=RND.getrandbits(128))).upper() + "@" + domain + ">"


def mid_yandex():
    return f"<{RND.randint(10**15, 10**16 - 1)}@mail.yandex.ru>"


def mid_bat(t):
    return f"<{RND.randint(10**8, 10**9)}.{t.strftime('%Y%m%d%H%M%S')}@{DOMAIN}>"


def mid_disp():
    return f"<{RND.randint(10**11, 10**12)}.{RND.randint(1000, 9999)}@zakazchik-omis.ru>"


def common(msg, frm, t, subject, mid, charset="utf-8", to=DISPATCH, cc=None, reply_to_mid=None):
    msg["From"] = addr(frm, charset)
    msg["To"] = addr(to, charset)
    if cc:
        msg["Cc"] = ", ".join(addr(c, charset) for c in cc)
    msg["Subject"] = hdr(subject, charset)
    msg["Date"] = format_datetime(t)
    msg["Message-ID"] = mid
    if reply_to_mid:
        msg["In-Reply-To"] = reply_to_mid
        msg["References"] = reply_to_mid
    return msg


SIG_OLEG = ("--\nС уважением,\nЛещенко Олег Викторович\nведущий инженер\nООО «КубаньРадиоСвязь»\n"
            "ИНН 2311298745 / КПП 231101001\nт. +7 (861) 290-47-15, моб. +7 918 334-12-07")
SIG_IRINA = ("--\nПолякова Ирина\nофис-менеджер ООО «КубаньРадиоСвязь»\n"
             "350059, г. Краснодар, ул. Коммунаров, 268, оф. 12\n+7 (861) 290-47-10")
SIG_VITALY = ("-- \nС уважением,\n Виталий Руденко                  mailto:v.rudenko@kubradiosvyaz.ru\n"
              " монтажник СС, т. 8-918-211-05-43")
SIG_DISP = "--\nДиспетчерская служба ОМИС\nКравец Наталья Сергеевна\nтел. +7 (861) 200-14-70"


def outlook(frm, t, subject, body, *, charset="koi8-r", quoted=None, reply=True, cc=None,
            extra_html=None, attachments=(), to=DISPATCH):
    plain = body
    if quoted:
        plain = body + "\n\n" + quoted
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, "plain", charset, "qp"))
    htm = outlook_html(plain, extra_html).replace("charset=koi8-r", f"charset={charset}")
    alt.attach(text_part(htm, "html", charset, "qp"))
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(alt)
        for a in attachments:
            msg.attach(a)
    else:
        msg = alt
    common(msg, frm, t, subject, mid_outlook(), charset, to=to, cc=cc,
           reply_to_mid=mid_disp() if reply else None)
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = "AdtT" + "".join(RND.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(24)) + "=="
    msg["Content-Language"] = "ru"
    return msg


def iphone(frm, t, subject, body, *, quoted=None, reply=False, cc=None, attachments=(), domain=DOMAIN,
           html_too=False):
    """Apple Mail on iPhone: text/plain utf-8 quoted-printable."""
    plain = body
    if quoted:
        plain = body + "\n\n" + quoted
    if html_too:
        inner = MIMEMultipart("alternative")
        inner.attach(text_part(plain, "plain", "utf-8", "qp"))
        h = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>" \
            "<body dir=\"auto\">" + "".join(f"<div dir=\"ltr\">{html.escape(l) if l else '<br>'}</div>"
                                             for l in plain.split("\n")) + "</body></html>"
        inner.attach(text_part(h, "html", "utf-8", "qp"))
    else:
        inner = text_part(plain, "plain", "utf-8", "qp")
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(inner)
        for a in attachments:
            msg.attach(a)
    else:
        msg = inner
    common(msg, frm, t, subject, mid_apple(domain), "utf-8", cc=cc,
           reply_to_mid=mid_disp() if reply else None)
    msg["X-Mailer"] = "iPhone Mail (22B91)"
    del msg["MIME-Version"]
    msg["Mime-Version"] = "1.0 (1.0)"
    return msg


def yandex(frm, t, subject, body_plain, *, body_html=None, html_only=False, reply=True, cc=None):
    if html_only:
        msg = text_part(body_html, "html", "utf-8", "b64")
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(body_plain, "plain", "utf-8", "b64"))
        if body_html is None:
            body_html = "".join(f"<div>{html.escape(l) if l else '&nbsp;'}</div>" for l in body_plain.split("\n"))
            body_html = f"<div>{body_html}</div>"
        msg.attach(text_part(body_html, "html", "utf-8", "b64"))
    common(msg, frm, t, subject, mid_yandex(), "utf-8", cc=cc, reply_to_mid=mid_disp() if reply else None)
    msg["X-Mailer"] = "Yamail [ http://yandex.ru ] 5.0"
    return msg


def thebat(frm, t, subject, body, *, charset="windows-1251", cte="8bit", reply=False, cc=None):
    msg = text_part(body, "plain", charset, cte)
    common(msg, frm, t, subject, mid_bat(t), charset, cc=cc, reply_to_mid=mid_disp() if reply else None)
    msg["X-Mailer"] = "The Bat! (v10.5.3) Professional"
    msg["Reply-To"] = addr(frm, charset)
    msg["X-Priority"] = "3 (Normal)"
    return msg


def bat_quote(sent, text, initials="НК"):
    return (f"Вы писали {sent.day} {MONTHS_GEN[sent.month-1]} {sent.year} г., {sent.hour}:{sent.minute:02d}:\n\n"
            + quote(text, initials + "> "))


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            f"4 0 obj<</Title({title})>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n").encode("latin-1")
    return body


def tiny_png(seed):
    w, h = 4, 3
    raw = b"".join(b"\x00" + bytes((seed * 37 + x * 50) % 256 for x in range(w * 3)) for _ in range(h))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def disp_request(num, when, lines, tail="Прошу подтвердить принятие заявки в работу."):
    return (f"Добрый день!\n\nНаправляем заявку № {num} от {when.strftime('%d.%m.%Y')}.\n"
            + "\n".join(lines) + f"\n{tail}\n\n" + SIG_DISP)


# ---------------------------------------------------------------- letters
L = []  # (datetime, msg, label)


def add(t, msg, label):
    L.append((t, msg, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
SENT_IPHONE = "Отправлено с iPhone"

# ---- N1 newsletter (bulk) ---------------------------------------------------
t = d(2, 12, 0, 4)
plain = ("Уважаемые партнёры!\n\n"
         "Сообщаем режим работы ООО «КубаньРадиоСвязь» в праздничные дни:\n"
         "4 ноября 2026 г. (среда) — выходной день.\n"
         "Аварийные бригады (БС, РРЛ, АМС) дежурят круглосуточно: +7 (861) 290-47-00.\n"
         "Плановые заявки, поступившие 3–4 ноября, будут приняты в работу 5 ноября.\n\n"
         "С Днём народного единства!\n\n"
         "Вы получили это письмо, т.к. являетесь клиентом ООО «КубаньРадиоСвязь».\n"
         "Отписаться: https://kubradiosvyaz.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru")
h = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td>"
     "<img src=\"https://kubradiosvyaz.ru/mail/logo.png\" alt=\"КубаньРадиоСвязь\"></td></tr><tr><td>"
     + "".join(f"<p>{html.escape(x)}</p>" for x in plain.split("\n\n")) + "</td></tr></table></body></html>")
m = MIMEMultipart("alternative")
m.attach(text_part(plain, "plain", "utf-8", "b64"))
m.attach(text_part(h, "html", "utf-8", "b64"))
common(m, NEWS, t, "Режим работы в праздничные дни 4 ноября", f"<news.20261102.{RND.randint(10**6,10**7)}@{DOMAIN}>")
m.replace_header("To", "dispatch@zakazchik-omis.ru")
m["Precedence"] = "bulk"
m["List-Unsubscribe"] = "<https://kubradiosvyaz.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>, <mailto:unsubscribe@kubradiosvyaz.ru>"
m["List-Id"] = "<news.kubradiosvyaz.ru>"
m["X-Mailer"] = "Sendsay"
add(t, m, ign("bulk newsletter (Precedence: bulk, List-Unsubscribe) about holiday schedule"))

# ---- 740112 -----------------------------------------------------------------
q112 = disp_request("740112", d(2, 8, 43), [
    "Позиции:",
    "1. АМС-2, площадка Северная (ст. Динская) — замена АФУ сектора 2 БС (КСВН по порту 2 вне нормы).",
    "2. Крыша корпуса Б, ул. Ставропольская, 212 — замер КСВН фидерного тракта БС."])
t = d(2, 9, 55)
body = ("Наталья Сергеевна, добрый день.\n\n"
        "Заявку 740112 приняли в работу.\n"
        "П.1 (АМС-2, пл. Северная) – выезд планируем 05.11, при прогнозе ветра на отм. 40 м не более 10 м/с. "
        "АФУ в наличии: Kathrein 80010865 (1710–2690 МГц, 2х17,5 дБи), 2 шт.\n"
        "П.2 (крыша корп. Б) – замер КСВН после п.1, прибор Site Master S331L.\n"
        "На 04.11 не ставим – праздник, дежурит только аварийная бригада.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "RE: Заявка №740112 от 02.11.2026", body,
               quoted=outlook_block(DISPATCH, d(2, 8, 43), OLEG, "Заявка №740112 от 02.11.2026", q112)),
    dec("740112", [], ACC, "«Заявку 740112 приняли в работу»; dates/plans for positions are only plans; no position reported -> whole request"))

t = d(5, 7, 20)
m_a2_body = "Выдвинулись на Динскую, АМС-2. Будем к 8:30 👍\nНас трое + машина Х 215 КМ 93"
add(t, iphone(SANYA, t, "740112 п1", m_a2_body + "\n\n" + SENT_IPHONE, cc=[OLEG]),
    dec("740112", ["1"], WAY, "crew left for АМС-2 (п1), ETA 8:30; car plate is not a number of interest"))

t = d(5, 8, 41)
add(t, iphone(SANYA, t, "Re: 740112 п1", "На месте. Ветер 6-7 м/с норм, лезем 🧗‍♂️\n\n" + SENT_IPHONE,
              quoted=quote(apple_attr(d(5, 7, 20), SANYA) + "\n\n" + m_a2_body), cc=[OLEG]),
    dec("740112", ["1"], ON, "«На месте» under subject Re: 740112 п1; quote is his own earlier «выдвинулись»"))

t = d(5, 15, 10)
body = ("Наталья Сергеевна,\n\n"
        "по заявке 740112, поз.1 (АМС-2, пл. Северная):\n"
        "– демонтирована антенна сектора 2 (аз. 135°, h подвеса 42 м), причина – КСВН 1,9 по порту 2 (влага в разъёме 7/16);\n"
        "– смонтирована Kathrein 80010865, S/N 21K7740211, аз. 135°, мех. наклон 2°, эл. наклон 4°;\n"
        "– заменены джамперы 1/2\" 2х3 м, гермовводы загерметизированы, шкаф опломбирован, пломба № 740561;\n"
        "– КСВН после замены (1805–1880 МГц): порт 1 – 1,17; порт 2 – 1,21.\n"
        "Бригада Горбенко А.А. закончила в 14:35, с площадки убыла в 14:50.\n\n"
        "Поз.2 – по графику завтра, 06.11.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "Отчёт: 740112 поз.1 АМС-2", body, reply=False),
    dec("740112", ["1"], LEFT, "поз.1 finished, crew left at 14:50; поз.2 only planned; seal № 740561 and S/N are not request numbers"))

t = d(6, 9, 30)
m_a5 = ("Позиция 2 – прибыли на крышу корпуса Б в 09:15, допуск оформлен (наряд-допуск № 58 на работы "
        "на высоте, пропуск охраны 1187). Начинаем замеры КСВН/DTF по трём секторам.\n\nО.В.")
add(t, outlook(OLEG, t, "740112-2 крыша корп. Б", m_a5, reply=False),
    dec("740112", ["2"], ON, "subject 740112-2, «прибыли на крышу корпуса Б»; наряд-допуск № 58 / пропуск 1187 are not requests"))

t = d(6, 13, 30)
disp_ack = "Олег Викторович, принято. Прошу сообщить по окончании работ.\n\n" + SIG_DISP
body = ("Наталья Сергеевна,\n\n"
        "замеры по п.2 выполнены, с крыши ушли в 13:10.\n"
        "КСВН фидерного тракта (7/8\", L=38 м, 1805–1880 МГц):\n"
        "сектор 1 – 1,12; сектор 2 – 1,15; сектор 3 – 1,31 (DTF показал неоднородность на 21,4 м – "
        "разъём N-типа на переходе, переобжали, после – 1,14).\n"
        "Протокол – во вложении.\n\n" + SIG_OLEG)
quoted = (outlook_block(DISPATCH, d(6, 9, 41), OLEG, "RE: 740112-2 крыша корп. Б", disp_ack) + "\n\n"
          + outlook_block(OLEG, d(6, 9, 30), DISPATCH, "740112-2 крыша корп. Б", m_a5))
att = MIMEApplication(fake_pdf("Protokol KSVN 740112-2"), "pdf")
att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "Протокол_КСВН_740112-2.pdf"))
add(t, outlook(OLEG, t, "RE: 740112-2 крыша корп. Б", body, quoted=quoted, attachments=[att]),
    dec("740112", ["2"], LEFT, "«с крыши ушли в 13:10» for п.2; quoted part still has the old «прибыли»"))

# ---- 740135 -----------------------------------------------------------------
q135 = disp_request("740135", d(3, 10, 7), [
    "РРЛ Северная–Кореновск (18 ГГц), деградация уровня приёма.",
    "1. АМС-1, площадка Северная — юстировка антенны РРЛ.",
    "2. АМС Кореновск — юстировка ответной стороны.",
    "3. Площадка Северная — проверка контура заземления и грозозащиты."])
t = d(3, 11, 20)
body = ("Добрый день, Наталья Сергеевна!\n\n"
        "Заявка 740135 принята в работу, ответственный — Лещенко О.В. (+7 918 334-12-07), "
        "бригада верхолазов Горбенко А.А.\nВыезд по погоде, о выезде сообщим отдельно.\n\n" + SIG_IRINA
        + "\n\n03.11.2026, 10:07, \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>:\n" + quote(q135))
m_b1 = body
add(t, yandex(IRINA, t, "Re: Заявка 740135 — РРЛ Северная–Кореновск", body, cc=[OLEG, SANYA]),
    dec("740135", [], ACC, "office confirms «принята в работу», whole request"))

t = d(6, 6, 50)
body = ("Наталья, доброе. На Северной щас ветер 15 м/с, порывы 19 😤 подъём отменили, н*х такое. "
        "Переносим на завтра, прогноз на утро 6–8.\n\n" + SENT_IPHONE)
add(t, iphone(SANYA, t, "Re: Заявка 740135 — РРЛ Северная–Кореновск", body,
              quoted=quote(apple_attr(d(3, 11, 20), IRINA) + "\n\n" + m_b1.split("\n\n--")[0]), reply=True),
    rev("weather: climb cancelled, moved to tomorrow — a cancelled plan, no status"))

t = d(7, 7, 5)
# Latin look-alikes inside Cyrillic words: B, e, a, a
add(t, iphone(SANYA, t, "Re: 740135 поз 1",
              "B\u044be\u0445a\u043b\u0438 \u043da Северную, АМС-1. Будем минут через 40, заправимся только ⛽️\n\n" + SENT_IPHONE,
              cc=[OLEG]),
    dec("740135", ["1"], WAY, "«Выехали на Северную» (Latin B/e/a inside the words), ETA 40 min; поз 1 in subject"))

t = d(7, 12, 30)
plain = ("Наталья Сергеевна, статус по заявке 740135 на 12:30:\n\n"
         "Поз. | Объект | Состояние\n"
         "1 | АМС-1, пл. Северная | бригада на объекте с 07:50, юстировка ведётся; RSL сейчас -47 дБм, расчётный -41 дБм (18 ГГц, 0,6 м, аз. 52°)\n"
         "2 | АМС Кореновск | выезд 08.11\n"
         "3 | пл. Северная, контур заземления | по графику 09.11\n\n"
         "Лещенко О.В.")
rows = [("1", "АМС-1, пл. Северная", "бригада на объекте с 07:50, юстировка ведётся; RSL сейчас -47 дБм, расчётный -41 дБм (18 ГГц, 0,6 м, аз. 52°)"),
        ("2", "АМС Кореновск", "выезд 08.11"),
        ("3", "пл. Северная, контур заземления", "по графику 09.11")]
th = "".join(f'<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class=MsoNormal><b>{x}</b></p></td>'
             for x in ("Поз.", "Объект", "Состояние"))
tr = "".join("<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class=MsoNormal>{html.escape(c)}</p></td>' for c in r) + "</tr>" for r in rows)
h = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=koi8-r"></head><body lang=RU>'
     '<div class=WordSection1><p class=MsoNormal>Наталья Сергеевна, статус по заявке 740135 на 12:30:</p>'
     f'<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse"><tr>{th}</tr>{tr}</table>'
     '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Лещенко О.В.</p></div></body></html>')
m = MIMEMultipart("alternative")
m.attach(text_part(plain, "plain", "koi8-r", "qp"))
m.attach(text_part(h, "html", "koi8-r", "qp"))
common(m, OLEG, t, "740135 – статус на 12:30", mid_outlook(), "koi8-r")
m["X-Mailer"] = "Microsoft Outlook 16.0"
m["Content-Language"] = "ru"
add(t, m, dec("740135", ["1"], ON, "HTML table: row 1 crew on site since 07:50; rows 2,3 only plans"))

t = d(7, 15, 40)
add(t, iphone(SANYA, t, "Re: 740135 поз 1",
              "Всё, северную добили, RSL -41 как по книжке 💪 Уже выехали в сторону Краснодара, завтра Кореновск\n\n" + SENT_IPHONE,
              quoted=quote(apple_attr(d(7, 7, 5), SANYA) + "\n\nВыехали на Северную, АМС-1. Будем минут через 40, заправимся только ⛽️"),
              cc=[OLEG]),
    dec("740135", ["1"], LEFT, "work on Северная (п1) finished, already driving back to Krasnodar; Кореновск tomorrow is a plan"))

t = d(8, 9, 35)
body = ("Прибытие на АМС Кореновск (п.2 заявки 740135) – 09:20.\n"
        "Координаты АМС: 45.4641 с.ш., 39.4512 в.д., отм. площадки антенн 48 м.\n"
        "Азимут на пл. Северная 232°, длина пролёта 27,6 км.\n"
        "Погода: ветер 5 м/с, видимость хорошая. Начинаем.\n\n"
        "О.В. Лещенко\n+7 918 334-12-07")
add(t, outlook(OLEG, t, "740135 п.2 Кореновск – прибытие", body, reply=False),
    dec("740135", ["2"], ON, "«Прибытие ... 09:20» noun form; coordinates/azimuth/distances are not numbers of interest"))

t = d(8, 14, 5)
disp_q = apple_attr(d(8, 12, 40), DISPATCH)
body = (SENT_IPHONE + "\n\n"
        + quote(disp_q + "\n\nАлександр, добрый день.\nУточните, пожалуйста, по заявке 740135:\nп.2 Кореновск — работы завершены?")
        + "\n\nДа, отъюстировали, RSL -40/-41. Свалили оттуда в 13:30 ✌️\n\n"
        + quote("п.3 заземление Северная — когда?")
        + "\n\nЭто Олег Викторович в понедельник сам, без нас\n\n"
        + quote("\n" + SIG_DISP))
m_b6 = body
add(t, iphone(SANYA, t, "Re: 740135 — статус п.2, п.3?", body, reply=True, cc=[OLEG]),
    dec("740135", ["2"], LEFT, "inline reply: under quoted «п.2 Кореновск» – «свалили оттуда в 13:30»; п.3 only a plan"))

t = d(9, 12, 10)
body = ("Наталья Сергеевна,\n\n"
        "п.3 по 740135 выполнен: контур заземления АМС-1 пл. Северная, сопротивление растеканию "
        "(MRU-105) – 2,8 Ом при норме не более 4 Ом; молниеприёмник и токоотвод без замечаний; "
        "грозоразрядники на вводах РРЛ (2 шт.) проверены.\n"
        "Площадку покинули в 11:45. Протокол вышлю вместе с актом.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "RE: 740135 — статус п.2, п.3?", body,
               quoted=outlook_block(SANYA, d(8, 14, 5), DISPATCH, "Re: 740135 — статус п.2, п.3?", m_b6)),
    dec("740135", ["3"], LEFT, "п.3 done, «площадку покинули в 11:45»; quoted inline reply of Саня is history"))

# ---- 740207 -----------------------------------------------------------------
q207 = ("Виталий, добрый день.\nЗаявка 740207: корпус А, ул. Ставропольская, 212 — нет звука\n"
        "в зоне 3 системы оповещения (3-й этаж, склад). Прошу принять.")
t = d(5, 10, 10)
body = ("Здравствуйте, Наталья.\n\nНаряд 740207 взял, выеду после обеда, сейчас на другом объекте.\n\n"
        + bat_quote(d(5, 9, 4), q207) + "\n\n" + SIG_VITALY)
add(t, thebat(VITALY, t, "Re: Наряд 740207 СОУЭ корп. А", body, reply=True),
    dec("740207", [], ACC, "«Наряд 740207 взял»; departure after lunch is only a plan"))

t = d(5, 13, 55)
add(t, thebat(VITALY, t, "ул. Ставропольская, 212 (740207)",
              "Выехал на Ставропольскую по наряду, буду минут через 20.\n\n-- \nВиталий", cte="qp"),
    dec("740207", [], WAY, "number in brackets after the address; «выехал на ...» = travelling to the site"))

t = d(5, 16, 30)
body = ("Наталья, по оповещению корп. А:\n"
        "зона 3 — обрыв линии 100 В у распаечной коробки на 3 эт. (погрызли кабель КПСнг(А)-FRLS 1х2х0,75, ~4 м). "
        "Кабель заменил, линию прозвонил (510 Ом), с пульта ROXTON проверил — звук во всех динамиках зоны.\n"
        "С объекта уехал в 16:20. Акт № 1143 оставил коменданту.\n\n" + SIG_VITALY)
add(t, thebat(VITALY, t, "Re: ул. Ставропольская, 212 (740207)", body, reply=True),
    dec("740207", [], LEFT, "repaired, «С объекта уехал в 16:20»; act № 1143 is not a request"))

# ---- 740218 -----------------------------------------------------------------
q218 = ("Виталий, заявка 740218 — домофоны:\n1) корпус А — не открывает по ключам;\n2) корпус Б — не закрывается дверь;\n"
        "3) корпус В — не работает считыватель;\n4) КПП №2 — панель вызова не горит.")
t = d(5, 15, 5)
body = ("Наталья, принял 740218, все 4 поз. Завтра с утра начну с корп. А.\n"
        "Панели Beward DKS15122 под замену есть на складе (2 шт.), остальное посмотрю на месте.\n\n"
        + bat_quote(d(5, 14, 22), q218) + "\n\n" + SIG_VITALY)
add(t, thebat(VITALY, t, "Re: Заявка 740218 домофоны", body, charset="koi8-r", cte="8bit", reply=True),
    dec("740218", [], ACC, "«принял 740218, все 4 поз.» -> acceptance of the whole request"))

t = d(6, 15, 0)
body = ("корп. А и Б сделал.\n"
        "А — панель вызова заменил (старая мёртвая, S/N 0031877 забрал на диагностику), ключи перепрописал, 47 шт.\n"
        "Б — перепрошил контроллер, доводчик подтянул.\n"
        "Ушёл с объекта 14:50. В и КПП — 09.11.\n\n-- \nВиталий")
add(t, thebat(VITALY, t, "740218 (1,2)", body),
    dec("740218", ["1", "2"], LEFT, "positions in brackets in the subject; А and Б done, «ушёл с объекта»; rest planned"))

t = d(9, 18, 5)
fwd = ("Ира, перешли диспетчеру ОМИС по 740218:\n"
       "п.3 корп. В — сделано, считыватель заменил.\n"
       "п.4 КПП №2 — сделано, блок питания 12В/3А поменял.\n"
       "С КПП уехал в 17:40.")
body = ("Наталья Сергеевна, пересылаю от Виталия, у него с телефона почта не уходит.\n\n"
        "-------- Пересылаемое сообщение --------\n"
        "09.11.2026, 17:52, \"Руденко Виталий\" <v.rudenko@kubradiosvyaz.ru>:\n\n" + fwd
        + "\n\n-------- Конец пересылаемого сообщения --------\n\n" + SIG_IRINA)
add(t, yandex(IRINA, t, "Fwd: 740218 корп. В, КПП", body, reply=False),
    dec("740218", ["3", "4"], LEFT, "Yandex forward of the crew's report: п.3 and п.4 done, left КПП at 17:40"))

t = d(10, 9, 0)
add(t, thebat(VITALY, t, "740218 п.5",
              "Наталья, по 740218 — комендант попросил ещё КПП №3 посмотреть, записал себе как п.5. "
              "Я на месте, панель не горит, смотрю БП.\n\n-- \nВиталий"),
    rev("position 5 does not exist in 740218 (only 1–4); extra work not in the registry"))

# ---- 740260 -----------------------------------------------------------------
q260 = disp_request("740260", d(9, 8, 12), [
    "АВАРИЯ. Нет питания БС, по телеметрии авария ВБ, АКБ на разряде.",
    "1. Крыша корпуса Б — контейнер БС, ЭПУ 48 В.",
    "2. Крыша корпуса В — выносные радиоблоки (RRU), нет связи с БС."],
    tail="Прошу принять срочно и сообщать статус.")
t = d(9, 8, 35)
add(t, outlook(OLEG, t, "RE: АВАРИЯ! Заявка 740260 – нет питания БС, крыша корп. Б",
               "Принято, 740260. Бригада Горбенко собирается, выезд ориентировочно 09:00. "
               "По телеметрии: авария ВБ, U=47,1 В, запас по АКБ ~2 ч.\nО.В.",
               quoted=outlook_block(DISPATCH, d(9, 8, 12), OLEG, "АВАРИЯ! Заявка 740260 – нет питания БС, крыша корп. Б", q260)),
    dec("740260", [], ACC, "«Принято, 740260»; departure at ~09:00 is still a plan"))

t = d(9, 9, 5)
add(t, iphone(SANYA, t, "Re: АВАРИЯ! Заявка 740260 – нет питания БС, крыша корп. Б",
              "Погнали на корпус Б 🚐💨 минут 25 по пробкам\n\n" + SENT_IPHONE,
              quoted=quote(apple_attr(d(9, 8, 12), DISPATCH) + "\n\n" + q260), reply=True, cc=[OLEG]),
    dec("740260", ["1"], WAY, "«погнали на корпус Б» — corpus Б roof is position 1 per registry comment"))

t = d(9, 10, 15)
orig = MIMEText("Александр, прошу подтвердить прибытие бригады на крышу корпуса Б по заявке 740260.\n\n" + SIG_DISP,
                "plain", "utf-8")
orig["From"] = addr(DISPATCH)
orig["To"] = addr(SANYA)
orig["Subject"] = hdr("Заявка 740260 — подтвердите прибытие")
orig["Date"] = format_datetime(d(9, 10, 14, 51))
orig["Message-ID"] = mid_disp()
rep = MIMEMultipart("report", report_type="delivery-status")
rep.attach(MIMEText(
    "This is the mail system at host mx1.kubradiosvyaz.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
    "It's attached below.\n\n<a.gorbenko@kubradiosvyaz.ru>: maildrop: maildir over quota.\n", "plain", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
ds.set_payload([message_from_string("Reporting-MTA: dns; mx1.kubradiosvyaz.ru\nArrival-Date: "
                                    + format_datetime(d(9, 10, 14, 53)) + "\n"),
                message_from_string("Final-Recipient: rfc822; a.gorbenko@kubradiosvyaz.ru\nAction: failed\n"
                                    "Status: 5.2.2\nDiagnostic-Code: x-unix; maildrop: maildir over quota.\n")])
rep.attach(ds)
rfc = MIMEBase("message", "rfc822")
rfc.set_payload([orig])
rep.attach(rfc)
common(rep, DAEMON, t, "Undelivered Mail Returned to Sender", f"<20261109071503.4F2A1C0126@mx1.{DOMAIN}>")
rep.replace_header("From", "MAILER-DAEMON@kubradiosvyaz.ru (Mail Delivery System)")
rep.replace_header("To", "dispatch@zakazchik-omis.ru")
rep["Auto-Submitted"] = "auto-replied"
add(t, rep, ign("bounce (mailbox over quota); the returned message is the dispatcher's own question"))

t = d(9, 10, 40)
add(t, iphone(SANYA, t, "ключ!!!",
              "Наталья, мы на крыше, контейнер закрыт, ключа нет, б***ь 🤬 охрана говорит не знает где. "
              "Кто у вас по ключам?? Дайте телефон срочно, АКБ садятся\n\n" + SENT_IPHONE),
    rev("no request number at all; a question/complaint about the key"))

t = d(9, 14, 20)
fw = ("-----Пересылаемое сообщение-----\n"
      "От: Горбенко Александр <a.gorbenko@kubradiosvyaz.ru>\n"
      "Отправлено: 9 ноября 2026 г. 14:02\n"
      "Кому: Лещенко Олег <o.leshchenko@kubradiosvyaz.ru>\n"
      "Тема: 740260 крыша Б\n\n"
      "ОВ, по п1 всё: выпрямительный модуль Flatpack2 48/2000 заменили (старый сн 183471002233 сгорел), "
      "БС в эфире, аварий нет. Слезли, уехали. Ключ от контейнера отдали охране под роспись 👌\n\n"
      "Отправлено с iPhone")
add(t, outlook(OLEG, t, "FW: 740260 крыша Б",
               "Наталья Сергеевна, пересылаю отчёт бригады по 740260. Телеметрия подтверждает: аварий нет, "
               "U=53,5 В, АКБ на заряде.\nО.В.", quoted=fw, charset="utf-8", reply=False),
    dec("740260", ["1"], LEFT, "Outlook forward of the crew's report: п1 fixed, «слезли, уехали»"))

t = d(10, 9, 40)
add(t, iphone(SANYA, t, "Re: 740260",
              "По второй позиции — мы на крыше В с 9:15. RRU по CPRI не видит БС, похоже оптику перебили "
              "кровельщики, щас варить будем 🔥\n\n" + SENT_IPHONE, cc=[OLEG]),
    dec("740260", ["2"], ON, "«по второй позиции — мы на крыше В с 9:15»"))

t = d(10, 16, 5)
body = ("Завершение работ по п.2 заявки 740260 (крыша корп. В) – 15:50.\n"
        "Заменён патч-корд CPRI LC/UPC–LC/UPC SM 15 м, сварено 2 волокна (потери 0,02 дБ). "
        "RRU 1800 и 2100 МГц в работе, аварий на БС нет.\nБригада убыла.\n\nО.В.")
add(t, outlook(OLEG, t, "740260 п.2 – завершение", body, reply=False),
    dec("740260", ["2"], LEFT, "noun form «Завершение работ ... 15:50», «Бригада убыла»"))

# ---- 740301 -----------------------------------------------------------------
q301 = disp_request("740301", d(10, 7, 33), [
    "После штормового ветра 09–10.11 прошу провести осмотр:",
    "1. АМС-2, площадка Северная;", "2. АМС-3, Тимашевск;", "3. мачта 30 м, Славянск-на-Кубани."])
t = d(10, 8, 15)
body = ("Наталья Сергеевна,\n740301 принята в работу.\n"
        "Осмотр начнём при снижении ветра до 10 м/с на высоте (внутренний регламент, по ПОТ – 15 м/с). "
        "Прогноз: 10.11 – 12–15 м/с, порывы до 20; 11.11 – 6–8 м/с.\n"
        "Порядок: АМС-2 Северная → АМС-3 Тимашевск → мачта Славянск.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "RE: Заявка 740301 – осмотр АМС после шторма", body,
               quoted=outlook_block(DISPATCH, d(10, 7, 33), OLEG, "Заявка 740301 – осмотр АМС после шторма", q301)),
    dec("740301", [], ACC, "«740301 принята в работу», rest is weather and plan"))

t = d(10, 13, 0)
m_rc = ("Олег Викторович, на Северной по метеостанции 15 м/с, порывы 18. Подъём отменили, сегодня не едем. "
        "Завтра с 7:00 если утихнет 🙏")
add(t, iphone(SANYA, t, "Re: Заявка 740301 – осмотр АМС после шторма", m_rc + "\n\n" + SENT_IPHONE,
              cc=[OLEG], reply=True),
    rev("weather: climb cancelled, «сегодня не едем» — negation/plan only"))

t = d(11, 7, 10)
add(t, iphone(SANYA, t, "Re: Заявка 740301 – осмотр АМС после шторма",
              "Выехали на Северную (АМС-2), оттуда сразу на Тимашевск. Ветер 6, живём 👍\n\n" + SENT_IPHONE,
              quoted=quote(apple_attr(d(10, 13, 0), SANYA) + "\n\n" + m_rc), cc=[OLEG], reply=True),
    dec("740301", ["1"], WAY, "travelling to АМС-2 Северная (= поз.1); Тимашевск is next; quote has the old cancellation"))

t = d(11, 8, 5)
img = MIMEImage(tiny_png(1), "png")
img.add_header("Content-Disposition", "attachment", filename="IMG_4512.png")
add(t, iphone(SANYA, t, "Re: Заявка 740301 – осмотр АМС после шторма",
              "На АМС-2, лезм. Снизу глянули: оттяжки целые, у РРЛ-ки 0,6 вроде азимут уехал, щас посмотрим. Фото 👇\n\n"
              + SENT_IPHONE, attachments=[img], cc=[OLEG], reply=True),
    dec("740301", ["1"], ON, "«На АМС-2, лезем» — on site at position 1"))

t = d(11, 11, 40)
q344 = disp_request("740344", d(11, 11, 3), [
    "АМС-2, площадка Северная — не горят заградительные огни верхнего яруса (2 шт.). Требование авиации."])
add(t, outlook(OLEG, t, "RE: 740344 светоограждение АМС-2",
               "Приняли 740344.\nЗОМ верхнего яруса (отм. 60 м) – 2 шт., ЗОМ-LED 220 В, 10 кд. В наличии.\n"
               "Выезд ориентировочно 13.11, совместим с осмотром АМС.\n\nО.В.",
               quoted=outlook_block(DISPATCH, d(11, 11, 3), OLEG, "740344 светоограждение АМС-2", q344)),
    dec("740344", [], ACC, "«Приняли 740344»; departure 13.11 is a plan"))

t = d(11, 17, 30)
body = ("Наталья Сергеевна,\n\nпо заявке 740301 осмотр выполнен по двум позициям:\n\n"
        "П.1 АМС-2 (пл. Северная, h=60 м): конструкция без деформаций, натяжение оттяжек в норме (3 яруса); "
        "антенна РРЛ 0,6 м 18 ГГц (аз. 52°) сбита на ~5°, отъюстирована, RSL -41 дБм. На отм. 35 м сорван "
        "кабельрост 2 м – закреплён временно.\n"
        "П.2 АМС-3 (Тимашевск, h=45 м): на отм. 30 м ослаблены 4 болта М16 фланца – подтянуты, остальное без замечаний.\n"
        "С АМС-3 бригада убыла в 17:05.\n\n"
        "П.3 (мачта Славянск) – 12.11, если ветер позволит.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "740301 – результаты осмотра п.1, п.2", body, reply=False),
    dec("740301", ["1", "2"], LEFT, "п.1 and п.2 inspected, crew left АМС-3 at 17:05; п.3 planned"))

t = d(12, 10, 20)
body = ("Лёха пишет 👇 я на базе с Газелью, они там вдвоём по 740301 п3\n\n" + SENT_IPHONE + "\n\n"
        "Begin forwarded message:\n\n"
        "From: Алексей Ткач <tkach.lyoha@mail.ru>\n"
        "Date: 12 November 2026 at 10:14:02 GMT+3\n"
        "To: Саня Горбенко <gorbenko.sanya@icloud.com>\n"
        "Subject: Славянск\n\n"
        "Сань мы на мачте в славянске, начали осмотр. Ветер норм. Оттяжка нижнего яруса провисла, будем тянуть")
add(t, iphone(SANYA_ICLOUD, t, "Fwd: Славянск", body, domain="icloud.com", cc=[OLEG], html_too=True),
    dec("740301", ["3"], ON, "Apple Mail «Begin forwarded message»: crew on the mast in Славянск (п3); from personal iCloud"))

t = d(12, 16, 0)
body = ("740301, по 3-й позиции (мачта 30 м, г. Славянск-на-Кубани, ул. Отдельская):\n"
        "осмотр выполнен, подтянута оттяжка нижнего яруса (талреп М20), остальное без замечаний.\n"
        "Работы завершены, бригада Ткача А.С. убыла в 15:35.\n"
        "Акт осмотра по трём позициям пришлю завтра.\n\nО.В.\n\nОтправлено из мобильной Яндекс Почты")
add(t, yandex(OLEG, t, "740301 п.3 Славянск – выполнено", body, reply=False),
    dec("740301", ["3"], LEFT, "«по 3-й позиции ... бригада убыла в 15:35» (sent from mobile Yandex app)"))

# ---- 740415 -----------------------------------------------------------------
q415 = ("Виталий, добрый день. Заявка 740415, склад Южный, громкоговорящая связь:\n"
        "1 — зона погрузки, рупоры хрипят/не звучат;\n2 — административный блок, усилитель в защите.")
t = d(12, 10, 0)
body = ("Наталья, добрый день.\n\nНаряд 740415 принят.\n"
        "п.1 рупоры в зоне погрузки — нужна автовышка, высота подвеса ~9 м, уточните у склада.\n"
        "п.2 усилитель в админблоке — возьму подменный ROXTON AA-240.\n\n"
        + bat_quote(d(12, 9, 33), q415) + "\n\n" + SIG_VITALY)
add(t, thebat(VITALY, t, "Re: 740415 склад Южный – громкоговорящая связь", body, charset="koi8-r", cte="qp", reply=True),
    dec("740415", [], ACC, "«Наряд 740415 принят»; the rest is logistics"))

t = d(12, 14, 0)
body = ("Наталья Сергеевна,\n\nпо 740344: замена ЗОМ (материал) не входит в ТО по договору № 17/РС-2026 от 15.01.2026, "
        "п. 4.3 – материалы оплачиваются отдельно. Стоимость 2 шт. ЗОМ-LED – 18 400,00 руб. с НДС, "
        "счёт № 2026-318 выставим после согласования.\n"
        "Прошу подтвердить, либо ставим ваши ЗОМ, если есть на складе.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "740344 – стоимость ЗОМ", body, reply=False),
    rev("price/contract talk about 740344, no status"))

# ---- 740344 work + 740415 ---------------------------------------------------
t = d(13, 7, 30)
add(t, iphone(SANYA, t, "740344", "В пути на Северную, огни везём 🔴🔴 минут через 40 там\n\n" + SENT_IPHONE, cc=[OLEG]),
    dec("740344", [], WAY, "«В пути на Северную» — bare number in subject, single-position request"))

t = d(13, 9, 10)
add(t, thebat(VITALY, t, "#740415",
              "Еду на склад Южный, начну с админблока (усилитель). Вышку склад даёт только завтра.\n\nВиталий, 8-918-211-05-43"),
    dec("740415", [], WAY, "«Еду на склад Южный»; no position named -> whole request"))

t = d(13, 9, 30)
add(t, outlook(OLEG, t, "Северная – 740344, 740301",
               "Наталья Сергеевна, бригада на пл. Северная с 08:20: по 740344 меняем ЗОМ (ставим ваши со склада, "
               "вопрос по счёту снят), и попутно по 740301 докрепляем кабельрост на отм. 35 м, который 11.11 "
               "закрепили временно.\n\nО.В.", reply=False),
    rev("two different requests (740344 and 740301) in one letter"))

t = d(13, 12, 10)
body = (quote(apple_attr(d(13, 11, 52), DISPATCH) + "\n\nАлександр, по 740344 бригада на месте? Олег Викторович писал, но уточняю.")
        + "\n\nДа, с 8:20 тут. Оба огня наверху поменяли, щас фотореле проверяем, ещё час где-то\n\n"
        + quote("Прошу по окончании сообщить.") + "\n\nОк\n\n" + SENT_IPHONE)
add(t, iphone(SANYA, t, "Re: 740344 — бригада на месте?", body, reply=True),
    dec("740344", [], ON, "inline answer «Да, с 8:20 тут ... ещё час» — still on site"))

t = d(13, 14, 45)
add(t, iphone(SANYA, t, "Re: 740344 — бригада на месте?",
              "Огни горят 🔴🔴 фотореле ок. Всё, свалили с Северной 🙌\n\n" + SENT_IPHONE, reply=True),
    dec("740344", [], LEFT, "slang «свалили с Северной» = left the site"))

t = d(13, 15, 20)
body = ("Наталья,\n740415 п.2 — усилитель ROXTON AA-240 (инв. № 004512) заменён на подменный, выход 100 В проверил, "
        "все 4 зоны звучат. Старый забрал в ремонт (выходной каскад).\n"
        "По п.1 (рупоры) — завтра с 8:00, вышка будет.\nУехал.\n\n" + SIG_VITALY)
add(t, thebat(VITALY, t, "Re: #740415", body, reply=True),
    dec("740415", ["2"], LEFT, "п.2 done and «Уехал»; п.1 only planned for tomorrow; инв. № is not a request"))

t = d(14, 12, 0)
body = ("Рупоры в зоне погрузки: 6 шт. ROXTON HS-15T, 3 заменил (вода в трансформаторе), остальные почистил, "
        "кронштейны перетянул. Линию 100 В прозвонил.\nЗакончил, с объекта убыл в 11:40. Вышку вернул складу.\n\n-- \nВиталий")
add(t, thebat(VITALY, t, "740415 П1 рупоры — готово", body, cte="b64"),
    dec("740415", ["1"], LEFT, "«П1» in subject, «с объекта убыл в 11:40»"))

# ---- 740488 -----------------------------------------------------------------
q488 = disp_request("740488", d(16, 8, 5), [
    "РРЛ Анапа:", "1. АМС-5, площадка Южная — перевеска антенны РРЛ на отм. 38 м;",
    "2. Крыша корпуса Г — монтаж ответной антенны;",
    "3. Пролёт АМС-5 – корп. Г — перестройка на новый частотный канал, юстировка."])
t = d(16, 9, 10)
body = ("Наталья Сергеевна, получили, 740488 в работе.\n"
        "П.1 АМС-5 пл. Южная и п.2 крыша корп. Г – выезд 18.11 (Анапа, ~2,5 ч дороги).\n"
        "П.3 (перестройка пролёта) – только после разрешения на частоты 18 ГГц (канал 18 720 / 19 730 МГц). "
        "Прошу уточнить сроки по разрешению.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "RE: Заявка 740488 – РРЛ Анапа", body,
               quoted=outlook_block(DISPATCH, d(16, 8, 5), OLEG, "Заявка 740488 – РРЛ Анапа", q488)),
    dec("740488", [], ACC, "«740488 в работе» = accepted; departure 18.11 planned; frequencies are not numbers of interest"))

t = d(17, 10, 0)
body = ("Наталья Сергеевна,\n\nпрошу заказать пропуск на 18.11–19.11 на крышу корпуса Г (Анапа, Пионерский пр-т, 100) и "
        "в аппаратную на техэтаже для:\n1. Лещенко Олег Викторович\n2. Горбенко Александр Андреевич\n"
        "3. Ткач Алексей Сергеевич\nАвтомобиль: ГАЗель Next, гос. № А 740 ОР 123.\n"
        "Паспортные данные вышлю отдельным письмом.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "740488 – пропуска на крышу корп. Г", body, reply=False),
    rev("request for passes before the trip; no status (car plate contains 740)"))

t = d(17, 11, 0)
bh = ("<div>Добрый день!</div><div>&nbsp;</div>"
      "<div>Заявка № 740523 принята в работу. Срок выполнения — до 20.11.2026, ответственный — Горбенко А.А.</div>"
      "<div>&nbsp;</div><div>--&nbsp;</div><div>Полякова Ирина</div><div>офис-менеджер ООО «КубаньРадиоСвязь»</div>"
      "<div>+7 (861) 290-47-10</div><div>&nbsp;</div>"
      "<div>17.11.2026, 10:18, \"Диспетчерская ОМИС\" &lt;dispatch@zakazchik-omis.ru&gt;:</div>"
      "<blockquote><div>Направляем заявку № 740523 от 17.11.2026: крыша корпуса Б —<br>"
      "1) монтаж GPS-антенны синхронизации БС;<br>2) прокладка кабеля по кровле, 25 м.<br>"
      "Прошу подтвердить принятие.</div></blockquote>")
add(t, yandex(IRINA, t, "Re: Заявка № 740523 GPS-антенна, корп. Б", None, body_html=bh, html_only=True, cc=[SANYA]),
    dec("740523", [], ACC, "HTML-only letter, «Заявка № 740523 принята в работу»"))

t = d(17, 16, 0)
add(t, outlook(OLEG, t, "RE: Заявка № 740523 GPS-антенна, корп. Б",
               "По 740523: выезд на крышу корп. Б планируем 19.11 в 08:00, если ветер на кровле не выше 12 м/с. "
               "GPS-антенна Huawei 02314RTW и кабель RG-8 25 м – на складе.\n\nО.В."),
    rev("only a plan (выезд планируем 19.11)"))

t = d(18, 6, 15)
add(t, iphone(SANYA, t, "Re: Заявка 740488 – РРЛ Анапа",
              "ВЫЕХАЛИ В АНАПУ 🚐 часа 2,5 если на трассе без пробок\n\n" + SENT_IPHONE, reply=True, cc=[OLEG]),
    dec("740488", [], WAY, "caps «ВЫЕХАЛИ В АНАПУ»; number only in the Re: subject; no position -> whole request"))

t = d(18, 9, 5)
add(t, iphone(SANYA, t, "Re: Заявка 740488 – РРЛ Анапа",
              "На месте, АМС-5 Южная. Ветрище с моря 12 м/с 🌊 ждём пока стихнет, наверх пока не лезем\n\n" + SENT_IPHONE,
              reply=True, cc=[OLEG]),
    dec("740488", ["1"], ON, "arrived at АМС-5 Южная (= поз.1); waiting for wind does not undo arrival"))

t = d(18, 18, 0)
body = ("Наталья Сергеевна,\n\n740488, итог 18.11:\n"
        "п.1 АМС-5 (пл. Южная) – антенна РРЛ 0,6 м перевешена с отм. 32 м на 38 м, аз. 317°, кабель ПК 50 м.\n"
        "п.2 крыша корп. Г – смонтирована ответная 0,6 м на трубостойке, аз. 137°, ODU 18 ГГц S/N 2102353174, "
        "заземление выполнено.\n"
        "Бригада выехала из Анапы в 17:30, в Краснодаре будет к 20:00.\n"
        "п.3 – ждём разрешение на частоты.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "740488 – итог 18.11", body, reply=False),
    dec("740488", ["1", "2"], LEFT, "п.1 and п.2 done, «выехала из Анапы» (from = left); п.3 waiting"))

# ---- 740523 / 740590 --------------------------------------------------------
t = d(19, 8, 30)
add(t, iphone(SANYA, t, "740523 поз2", "Мы на крыше Б, тянем кабель по кровле 😎 25 м гофры. Антенну потом\n\n" + SENT_IPHONE),
    dec("740523", ["2"], ON, "«поз2» in subject, crew on the roof pulling cable"))

t = d(19, 14, 10)
body = (SENT_IPHONE + "\n\n"
        + quote(apple_attr(d(19, 13, 30), DISPATCH) + "\n\nАлександр, добрый день. По 740523 прошу статус:\n1. GPS-антенна —")
        + "\n\nвисит, ловит 11 спутников 🛰\n\n" + quote("2. Кабель по кровле —")
        + "\n\nпроложен, 25 м в гофре, закреплён\n\n" + quote("Спасибо.\n\n" + SIG_DISP)
        + "\n\nВсё, мы уехали 👋")
add(t, iphone(SANYA, t, "Re: Заявка № 740523 — статус по позициям", body, reply=True),
    dec("740523", ["1", "2"], LEFT, "inline answers for both positions, then «Всё, мы уехали»"))

t = d(19, 16, 32)
zt = ("Problem started at 16:31:48 on 2026.11.19\nProblem name: RRL Severnaya-Timashevsk: link down\n"
      "Host: AMS-3_Timashevsk_RTN905\nSeverity: Disaster\nOperational data: RSL -90 dBm\n"
      "Original problem ID: 7400981\n\nZabbix server zbx.kubradiosvyaz.ru")
m = MIMEText(zt, "plain", "utf-8")
common(m, ZABBIX, t, "PROBLEM: RRL Severnaya-Timashevsk: link down", f"<zbx.7400981.{RND.randint(10**5,10**6)}@zbx.{DOMAIN}>")
m["Auto-Submitted"] = "auto-generated"
m["X-Zabbix-Severity"] = "Disaster"
add(t, m, ign("monitoring robot alert (Zabbix), not a person"))

t = d(19, 16, 55)
add(t, iphone(SANYA, t, "Re: АВАРИЯ 740590 РРЛ Тимашевск",
              "Принял аварийку, собираю пацанов, через полчаса выезжаем\n\n" + SENT_IPHONE, reply=True, cc=[OLEG]),
    dec("740590", [], ACC, "«Принял аварийку»; departure in half an hour is a plan"))

t = d(19, 21, 30)
body = ("Наталья Сергеевна,\nавария по обращению 740590 устранена в 21:05.\n"
        "Причина: выход из строя ODU 18 ГГц (S/N 2102353987) на АМС-3 Тимашевск, отм. 40 м – не поднимался TX. "
        "ODU заменён из ЗИП (S/N 2102354412), RSL -39 дБм, BER 0, трафик восстановлен.\n"
        "Бригада убыла с АМС-3 в 21:20.\n\n" + SIG_OLEG)
q590 = ("-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
        "Sent: Thursday, November 19, 2026 4:42 PM\nTo: Лещенко Олег <o.leshchenko@kubradiosvyaz.ru>; "
        "Горбенко Александр <a.gorbenko@kubradiosvyaz.ru>\nSubject: АВАРИЯ 740590 РРЛ Тимашевск\n\n"
        "Аварийная заявка № 740590: пропала связь по РРЛ Северная–Тимашевск, АМС-3 Тимашевск. "
        "Прошу принять и сообщить время прибытия бригады.\n\n" + SIG_DISP)
add(t, outlook(OLEG, t, "RE: АВАРИЯ 740590 РРЛ Тимашевск", body, charset="windows-1251", quoted=q590),
    dec("740590", [], LEFT, "«обращению 740590», «Бригада убыла с АМС-3 в 21:20»; serials are not requests; quote (-----Original Message-----) asks for arrival time"))

# ---- 20–23 Nov: thanks / calendar / auto-reply / read receipt ---------------
t = d(20, 10, 0)
add(t, outlook(OLEG, t, "RE: 740488 – разрешение на частоты",
               "Наталья Сергеевна, спасибо, разрешение получил, принял к сведению. "
               "Выезд по п.3 согласуем после 23.11 – 21–22 меня не будет.\n\nО.В.",
               quoted=outlook_block(DISPATCH, d(20, 9, 12), OLEG, "740488 – разрешение на частоты",
                                    "Олег Викторович, разрешение на канал 18 720/19 730 МГц получено, скан во вложении.\n\n" + SIG_DISP)),
    rev("thanks / acknowledgement of dispatcher's message; п.3 only to be agreed"))

t = d(20, 11, 30)
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Лещенко Олег:mailto:o.leshchenko@kubradiosvyaz.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по графику ТО АМС\r\n"
       "DTSTART;TZID=Russian Standard Time:20261124T100000\r\nDTEND;TZID=Russian Standard Time:20261124T110000\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DB01000000000000000010000000\r\n"
       "DTSTAMP:20261120T083000Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
m = MIMEMultipart("alternative")
m.attach(text_part("", "plain", "koi8-r", "qp"))
cal = MIMEText(ics, "calendar", "utf-8")
cal.set_param("method", "REPLY")
m.attach(cal)
common(m, OLEG, t, "Принято: Совещание по графику ТО АМС", mid_outlook(), "koi8-r", reply_to_mid=mid_disp())
m["X-Mailer"] = "Microsoft Outlook 16.0"
add(t, m, ign("calendar meeting response (Accepted) generated by Outlook"))

t = d(21, 9, 12)
body = ("Здравствуйте!\n\nЯ нахожусь вне офиса с 21.11.2026 по 22.11.2026 включительно, почту не читаю.\n"
        "По срочным вопросам (аварии БС, РРЛ, АМС) – Горбенко Александр, +7 918 455-90-16, "
        "или офис: +7 (861) 290-47-10.\n\nЛещенко О.В.")
m = text_part(body, "plain", "koi8-r", "b64")
common(m, OLEG, t, "Автоответ: Заявка 740488 – п.3, сроки", mid_outlook(), "koi8-r", reply_to_mid=mid_disp())
m["Auto-Submitted"] = "auto-replied"
m["X-Auto-Response-Suppress"] = "All"
m["X-Mailer"] = "Microsoft Outlook 16.0"
add(t, m, ign("out-of-office auto-reply (Auto-Submitted: auto-replied)"))

t = d(23, 8, 47)
rep = MIMEMultipart("report", report_type="disposition-notification")
rep.attach(text_part("Ваше сообщение\n\n  Кому: Лещенко Олег\n  Тема: Плановое ТО АФУ — заявка 740634\n"
                     "  Отправлено: 23.11.2026 8:22\n\nбыло прочитано 23.11.2026 8:47.", "plain", "koi8-r", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: o.leshchenko; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.leshchenko@kubradiosvyaz.ru\n"
                "Original-Message-ID: " + mid_disp() + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rep.attach(mdn)
common(rep, OLEG, t, "Прочитано: Плановое ТО АФУ — заявка 740634", mid_outlook(), "koi8-r")
add(t, rep, ign("read receipt (MDN) for the dispatcher's message"))

t = d(23, 9, 0)
q634 = ("Направляем заявку № 740634 — плановое ТО АФУ за IV квартал:\n1. АМС-2, площадка Северная;\n"
        "2. АМС-3, Тимашевск;\n3. мачта 30 м, Славянск-на-Кубани.\nПрошу подтвердить и прислать график.")
body = ("Наталья Сергеевна, добрый день!\n\nЗаявку 740634 приняли. График: 24.11 — АМС-2 Северная, "
        "25.11 — АМС-3 Тимашевск, 26.11 — мачта Славянск. Возможны сдвиги по погоде.\n\n" + SIG_IRINA
        + "\n\n23.11.2026, 08:22, \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>:\n" + quote(q634))
m_l1 = body
add(t, yandex(IRINA, t, "Re: Плановое ТО АФУ — заявка 740634", body, cc=[OLEG, SANYA]),
    dec("740634", [], ACC, "«Заявку 740634 приняли» + schedule (plans)"))

t = d(23, 19, 40)
body = ("Наталья Сергеевна,\n\nпо п.3 заявки 740488: 23.11 пролёт АМС-5 – корп. Г перестроен на новый канал "
        "(18 720 / 19 730 МГц, полоса 28 МГц, 256QAM), юстировка выполнена: RSL -38 / -39 дБм при расчётном -40 дБм, "
        "запас на замирания 37 дБ. Старый канал выключен.\nВ 18:10 выехали из Анапы.\n\n" + SIG_OLEG)
add(t, outlook(OLEG, t, "740488 п.3 – юстировка выполнена", body, reply=False),
    dec("740488", ["3"], LEFT, "п.3 done, «выехали из Анапы» in 18:10 = left"))

# ---- 740634 / 740702 --------------------------------------------------------
t = d(24, 6, 40)
add(t, iphone(SANYA, t, "Re: Плановое ТО АФУ — заявка 740634",
              "Отбой на сегодня по ТО, на Северной 15 м/с, к обеду до 17 обещают. Подъём отменили, сидим на базе ☕️ "
              "Завтра пробуем Тимашевск\n\n" + SENT_IPHONE,
              quoted=quote(apple_attr(d(23, 9, 0), IRINA) + "\n\n" + m_l1.split("\n\n--")[0]), reply=True, cc=[OLEG]),
    rev("weather: climb cancelled, crew stays at base — no status"))

q702 = ("Виталий, заявка 740702: переговорные устройства на КПП.\n1 — КПП №1 (въезд с ул. Уральской), нет связи с постом;\n"
        "2 — КПП №2, хрипит динамик.")
t = d(24, 10, 0)
add(t, thebat(VITALY, t, "Re: Заявка 740702 — переговорные устройства КПП",
              "Наталья, 740702 принято. Что за переговорные — Commax или Stelberry? Гляну на месте. "
              "По срокам — 25–26.11.\n\n" + bat_quote(d(24, 9, 4), q702) + "\n\n" + SIG_VITALY, reply=True),
    dec("740702", [], ACC, "«740702 принято»; question about model does not cancel the acceptance"))

t = d(25, 8, 30)
add(t, thebat(VITALY, t, "740702",
              "Наталья, по 740702 ещё не выехал — жду ключ от шкафа на КПП №1, охрана обещала к 10 передать через "
              "вашего завхоза. Как дадут — сразу выезжаю.\n\n-- \nВиталий", cte="qp"),
    rev("negation «ещё не выехал», waiting for the key"))

t = d(25, 17, 0)
body = ("740634, статус на 17:00:\n"
        "п.2 АМС-3 Тимашевск – ТО АФУ выполнено (КСВН по всем секторам ≤1,25, протяжка разъёмов, гидроизоляция), "
        "бригада убыла в 15:10;\n"
        "п.1 АМС-2 Северная – бригада на месте с 16:30, успели нижний ярус, продолжим завтра с 8:00.\n\nО.В.")
add(t, outlook(OLEG, t, "740634 – статус на 17:00", body, reply=False),
    rev("different statuses for different positions: п.2 убыл, п.1 на месте"))

t = d(26, 8, 10)
add(t, iphone(SANYA, t, "740364 п1", "Начали на Северной, лезем 🧗‍♂️ ветер 4\n\n" + SENT_IPHONE),
    rev("740364 is not in the registry (probably a typo of 740634, but cannot be recorded with confidence)"))

t = d(26, 9, 20)
add(t, thebat(VITALY, t, "Re: 740702", "Ключ дали. Выехал с базы на КПП №1, минут 15.\n\nВиталий", reply=True),
    dec("740702", ["1"], WAY, "«выехал с базы на КПП №1» — from the base, to КПП №1 (= поз.1)"))

t = d(26, 12, 0)
add(t, iphone(SANYA, t, "Re: Плановое ТО АФУ — заявка 740634",
              "ОВ, п1 на Северной доделали, КСВН везде норм, слезли и свалили 👌 завтра Славянск\n\n" + SENT_IPHONE,
              quoted=quote(apple_attr(d(23, 9, 0), IRINA) + "\n\n" + m_l1.split("\n\n--")[0]), reply=True, cc=[OLEG]),
    dec("740634", ["1"], LEFT, "«п1 ... доделали, слезли и свалили»; Славянск tomorrow is a plan; quote is the acceptance"))

t = d(27, 15, 10)
body = ("740634 поз.3 – мачта 30 м Славянск-на-Кубани: ТО АФУ выполнено, КСВН 1,14–1,22, заменено 2 разъёма "
        "N-male на 1/2\" (вода), гермоусадка.\nБригада покинула площадку в 14:40.\n"
        "Акты – на следующей неделе.\n\nО.В.")
add(t, outlook(OLEG, t, "740634 (3) – Славянск, ТО завершено", body, reply=False),
    dec("740634", ["3"], LEFT, "subject «740634 (3)», «Бригада покинула площадку в 14:40»"))


# ---------------------------------------------------------------- write out
def main():
    os.makedirs(LETTERS, exist_ok=True)
    for f in os.listdir(LETTERS):
        if f.endswith(".eml"):
            os.remove(os.path.join(LETTERS, f))
    L.sort(key=lambda x: x[0])
    labels = {}
    for i, (t, msg, lab) in enumerate(L, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(LETTERS, name), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(L), Counter(v["expect"] for v in labels.values()))


if __name__ == "__main__":
    main()
