#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for persona M: ООО «ТеплоЭнергоРемонт» (Екатеринбург, +0500).

Writers:
  * Лебедев А.В., инженер ПТО — Thunderbird/Linux, UTF-8, format=flowed, bottom-posting.
  * Мухаметшин Р.Ф., мастер участка — Outlook на общем офисном ПК, windows-1251,
    top-posting над блоком «От:/Отправлено:/Кому:/Тема:», иногда HTML-таблицы.
  * Пахомова Ксения, диспетчер — веб/мобильная почта, пересылает SMS бригад.
Run: python3 make.py  -> letters/NNN.eml, labels.json, registry.json
"""
import base64, json, os, random, uuid, quopri
from datetime import datetime, timedelta, timezone
from email import quoprimime
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(63000)
YEKT = timezone(timedelta(hours=5))
MSK = timezone(timedelta(hours=3))

DOM = "teploenergoremont.ru"
LEB = ("Андрей Лебедев", "lebedev@" + DOM)
OFF = ("Офис ТеплоЭнергоРемонт", "office@" + DOM)
MUH = ("Мухаметшин Ринат", "muhametshin@" + DOM)
DSP = ("Ксения Пахомова", "dispetcher@" + DOM)
NEWS = ("ТеплоЭнергоРемонт", "news@" + DOM)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOM)
CUST = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]

def dt(s, tz=YEKT):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz) + timedelta(seconds=rnd.randint(0, 59))

def ol_date(d):
    d = d.astimezone(YEKT)
    return f"{WD[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} г. {d.hour}:{d.minute:02d}"

def iso_date(d):
    return d.astimezone(YEKT).strftime("%Y-%m-%d %H:%M")

# ---------------------------------------------------------------- registry
SIG_CUST = "--\nДиспетчерская служба ОМИС\ndispatch@zakazchik-omis.ru, +7 495 640-12-30"

REQ = {}
def req(num, reg, subj, positions, comment, body):
    REQ[num] = dict(number=num, reg=datetime.fromisoformat(reg), subj=subj, positions=positions,
                    comment=comment, body=body.strip("\n") + "\n\n" + SIG_CUST,
                    mid=f"<{uuid.UUID(int=rnd.getrandbits(128)).hex[:20]}@mail.zakazchik-omis.ru>")

req("63014", "2026-11-02T09:15:00+03:00", "Заявка № 63014 — Котельная №4, ул. Фронтовых бригад, 18",
    ["1", "2", "3"], "Котельная №4, ул. Фронтовых бригад 18: 1 котёл ДКВР-10-13 ст.№2, 2 сетевой насос СЭ 500-70, 3 ХВО", """
Добрый день!

Направляем заявку № 63014 от 02.11.2026.
Объект: Котельная №4, г. Екатеринбург, ул. Фронтовых бригад, 18.

Позиции:
1. Котёл ДКВР-10-13 ст. №2 — свищ экранных труб, котёл выведен в резерв.
2. Насос сетевой СЭ 500-70 — повышенная вибрация, шум подшипников.
3. ХВО — регенерация Na-катионитовых фильтров 1 и 2 ступени.

Срок выполнения: до 06.11.2026.
Контактное лицо на объекте: Гусев Игорь Петрович, +7 343 210-55-18.
Просьба подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады.
""")
req("63027", "2026-11-03T10:40:00+03:00", "Заявка № 63027 — ИТП, ул. Билимбаевская, 30 (корп. 1, 2)",
    ["1", "2"], "ИТП жилого дома ул. Билимбаевская 30: 1 ИТП корп.1, 2 ИТП корп.2", """
Добрый день.

Заявка № 63027 от 03.11.2026.
Объект: жилой дом, г. Екатеринбург, ул. Билимбаевская, 30.
1. ИТП корп. 1 — недогрев ГВС, промывка ПТО, замена манометров.
2. ИТП корп. 2 — не регулирует регулятор температуры, засор фильтра.

Доступ в ИТП — через ТСЖ, председатель Семёнова Л.А., +7 912 277-03-45.
Просьба подтвердить принятие.
""")
req("63041", "2026-11-05T08:05:00+03:00", "Заявка № 63041 — теплообменник Ридан НН №21, ТЦ «Посадский»",
    ["1"], "ТЦ «Посадский», ул. Посадская 23: 1 пластинчатый теплообменник Ридан НН №21 (ГВС)", """
Добрый день!

Заявка № 63041 от 05.11.2026.
Объект: ТЦ «Посадский», ул. Посадская, 23, тепловой пункт (подвал, вход со двора).
1. Пластинчатый теплообменник Ридан НН №21 (контур ГВС) — течь по пакету пластин, разборка, промывка, замена уплотнений.

Отключение ГВС согласовывать с инженером ТЦ Пановым В.В., +7 343 301-88-02.
""")
req("63058", "2026-11-06T11:30:00+03:00", "Заявка № 63058 — промывка ПТО ИТП (4 объекта)",
    ["1", "2", "3", "4"], "Промывка пластинчатых теплообменников ИТП: 1 школа №56 Ясная 8, 2 школа №121 Волгоградская 37, 3 д/с №440 Шаумяна 81, 4 школа №173 Амундсена 55", """
Коллеги, добрый день.

Заявка № 63058 от 06.11.2026 — химическая промывка пластинчатых теплообменников ИТП:
1. Школа № 56, ул. Ясная, 8
2. Школа № 121, ул. Волгоградская, 37
3. Детский сад № 440, ул. Шаумяна, 81
4. Школа № 173, ул. Амундсена, 55

Работы по возможности в учебные дни до 17:00, с приёмкой у завхоза.
Просим подтвердить и дать график.
""")
req("63102", "2026-11-09T07:50:00+03:00", "Заявка № 63102 — котельная завода ЖБИ, горелки Weishaupt",
    ["1", "2"], "Котельная завода ЖБИ, ул. Монтажников 4: 1 горелка Weishaupt WM-G20/3 котла №1, 2 горелка котла №2", """
Добрый день!

Заявка № 63102 от 09.11.2026.
Объект: котельная завода ЖБИ, ул. Монтажников, 4.
1. Горелка Weishaupt WM-G20/3 котла №1 — срыв пламени, сервисная настройка.
2. Горелка Weishaupt WM-G20/3 котла №2 — ошибка датчика пламени.

Въезд на территорию по пропускам, заявку на пропуск подаёт подрядчик.
""")
req("63115", "2026-11-10T13:20:00+03:00", "Заявка № 63115 — утечка на вводе ИТП, ул. Малышева, 51 (АВАРИЙНАЯ)",
    ["1"], "ИТП ул. Малышева 51: 1 течь на вводе тепловой сети", """
СРОЧНО.

Заявка № 63115 от 10.11.2026, аварийная.
Объект: ул. Малышева, 51, ИТП (цоколь).
1. Течь на вводе тепловой сети, затапливает помещение ИТП.

На объекте дежурный слесарь УК Ковалёв, +7 922 605-31-74.
""")
req("63230", "2026-11-12T09:00:00+03:00", "Заявка № 63230 — КИПиА, котельная, г. Берёзовский",
    ["1", "2", "3"], "Котельная г. Берёзовский, ул. Театральная 9: 1 замена манометров (24 шт.), 2 термометры (9 шт.), 3 датчик-реле давления газа", """
Добрый день.

Заявка № 63230 от 12.11.2026.
Объект: котельная, г. Берёзовский, ул. Театральная, 9.
1. Замена манометров с истёкшей поверкой — 24 шт.
2. Замена технических термометров — 9 шт.
3. Замена датчика-реле давления газа (ГРУ).

Прошу подтвердить принятие заявки.
""")
req("63377", "2026-11-16T08:10:00+03:00", "Заявка № 63377 — ИТП ул. 8 Марта, 190: циркуляционный насос ГВС",
    ["1", "2"], "ИТП ул. 8 Марта 190: 1 циркуляционный насос ГВС Grundfos UPS 32-80, 2 обратный клапан Ду40", """
Добрый день!

Заявка № 63377 от 16.11.2026.
Объект: ИТП, ул. 8 Марта, 190.
1. Циркуляционный насос ГВС Grundfos UPS 32-80 F — не запускается, замена.
2. Обратный клапан Ду40 на циркуляции — пропускает, замена.
""")
req("63412", "2026-11-18T10:00:00+03:00", "Заявка № 63412 — котельная мкр. Академический",
    ["1", "2"], "Котельная мкр. Академический, ул. Вильгельма де Геннина 31: 1 котёл Buderus Logano SK745 №1 (сервис), 2 дымосос ДН-9", """
Коллеги, добрый день.

Заявка № 63412 от 18.11.2026.
Объект: котельная мкр. Академический, ул. Вильгельма де Геннина, 31.
1. Котёл Buderus Logano SK745 №1 — сервисное обслуживание, чистка теплообменника.
2. Дымосос ДН-9 — шум, вибрация, ревизия подшипникового узла.
""")
req("63509", "2026-11-20T22:40:00+03:00", "АВАРИЯ: заявка № 63509 — ЦТП-12, ул. Белореченская, 15",
    ["1"], "Аварийная: ЦТП-12, ул. Белореченская 15 — нет циркуляции, отопление отключено", """
Аварийная заявка № 63509 от 20.11.2026 22:40 (МСК).
Объект: ЦТП-12, ул. Белореченская, 15.
1. Остановлен сетевой насос, нет циркуляции в системе отопления 6 домов.

Просим выезд немедленно, о прибытии сообщить.
""")
req("63688", "2026-11-23T09:30:00+03:00", "Заявка № 63688 — опрессовка систем отопления (3 адреса)",
    ["1", "2", "3"], "Гидравлические испытания систем отопления: 1 ул. Шейнкмана 45, 2 ул. Радищева 6, 3 ул. Хохрякова 10", """
Добрый день.

Заявка № 63688 от 23.11.2026 — гидравлические испытания (опрессовка) систем отопления после ремонта:
1. ул. Шейнкмана, 45
2. ул. Радищева, 6
3. ул. Хохрякова, 10

Акты испытаний подписывать с представителями ТСЖ.
""")
req("63745", "2026-11-25T08:00:00+03:00", "Заявка № 63745 — чистка газоходов, котельная ст. Сортировка",
    ["1", "2"], "Котельная ст. Сортировка, ул. Технологическая 2: 1 газоход котла №1, 2 газоход котла №2", """
Добрый день!

Заявка № 63745 от 25.11.2026.
Объект: котельная ст. Сортировка, ул. Технологическая, 2.
1. Чистка газохода котла №1.
2. Чистка газохода котла №2.

Работы — поочерёдно, один котёл всегда в работе.
""")

# ---------------------------------------------------------------- MIME helpers
def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)

def addr(a, cs="utf-8"):
    return formataddr(a, charset=cs)

def encode_body(text, cs, cte):
    b = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quoprimime.body_encode(b.decode("latin-1"), maxlinelen=76, eol="\n") + "\n"
    return b.decode(cs) if text.endswith("\n") else b.decode(cs) + "\n"

def part(text, ctype, cs, cte, extra_params="", extra_headers=()):
    h = [f"Content-Type: {ctype}; charset={cs}{extra_params}", f"Content-Transfer-Encoding: {cte}"]
    h += list(extra_headers)
    return "\n".join(h) + "\n\n" + encode_body(text, cs, cte)

def bin_part(data, ctype, filename, disp="attachment"):
    fn = enc_hdr(filename)
    return (f'Content-Type: {ctype}; name="{fn}"\nContent-Disposition: {disp}; filename="{fn}"\n'
            f"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data).decode("ascii"))

def multipart(sub, parts, boundary=None, extra=""):
    b = boundary or ("------------" + uuid.UUID(int=rnd.getrandbits(128)).hex[:24])
    body = "".join(f"--{b}\n{p}\n" for p in parts) + f"--{b}--\n"
    return f'Content-Type: multipart/{sub};{extra}\n boundary="{b}"\n\n' + \
           ("This is a multi-part message in MIME format.\n" if sub != "alternative" else "") + body

def assemble(headers, body_part, crlf=False):
    h = "".join(f"{k}: {v}\n" for k, v in headers if v is not None)
    raw = h + "MIME-Version: 1.0\n" + body_part
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode("utf-8") if any(ord(c) > 127 for c in raw) else raw.encode("ascii")

# --------------------------------------------------------- format=flowed
def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line); continue
        line = line.rstrip(" ")
        if line.startswith(">") and len(line) > 76:
            i = 0
            while i < len(line) and line[i] == ">":
                i += 1
            pre = line[:i] + " "
            words = line[i:].strip().split(" ")
            cur, chunks = "", []
            for w in words:
                if cur and len(pre) + len(cur) + 1 + len(w) > width:
                    chunks.append(pre + cur + " "); cur = w
                else:
                    cur = (cur + " " + w) if cur else w
            chunks.append(pre + cur)
            out.extend(chunks); continue
        if line.startswith(">") or len(line) <= width:
            if line.startswith(" ") or line.startswith("From "):
                line = " " + line
            out.append(line); continue
        words = line.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                chunks.append(cur + " "); cur = w
            else:
                cur = (cur + " " + w) if cur else w
        chunks.append(cur)
        out.extend(chunks)
    return "\n".join(out)

def quote(text, depth=1):
    pre = ">" * depth
    res = []
    for l in text.split("\n"):
        if l.startswith(">"):
            res.append(pre + l)
        else:
            res.append((pre + " " + l) if l.strip() else pre)
    return "\n".join(res)

# ---------------------------------------------------------------- writers
LEB_SIG = """-- 
Лебедев Андрей Викторович
инженер ПТО, ООО «ТеплоЭнергоРемонт»
+7 (343) 287-41-16 доб. 112, моб. +7 922 118-40-57"""

OFF_SIG = """С уважением,
ООО «ТеплоЭнергоРемонт»
620049, г. Екатеринбург, ул. Монтёрская, д. 3, оф. 14
тел./факс (343) 287-41-16
www.teploenergoremont.ru"""

DSP_SIG_WEB = """--
Ксения Пахомова, диспетчер
ООО «ТеплоЭнергоРемонт», круглосуточно +7 (343) 287-41-16 доб. 0"""
DSP_SIG_MOB = "--\nОтправлено из мобильной Яндекс Почты"

TB_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"

def tb_mid():
    return f"<{uuid.UUID(int=rnd.getrandbits(128))}@{DOM}>"

def ol_mid():
    h = lambda n: "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return f"<000{rnd.randint(1,9)}01dd{h(4)}${h(8)}${h(8)}$@{DOM}>"

def ya_mid():
    return f"<{rnd.randint(10**15, 10**16)}@mail.yandex.ru>"

def thread_index():
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()

LETTERS = []   # (date, bytes, label)

def add(date, raw, label):
    LETTERS.append((date, raw, label))

def lebedev(date, subject, text, label, reply_to=None, cte="8bit", attachments=(), to=CUST):
    """text: full body (quote + answer + signature), bottom-posted; flowed."""
    d = dt(date)
    body_text = flow(text)
    if attachments:
        parts = [part(body_text, "text/plain", "UTF-8", cte, "; format=flowed")]
        for data, ctype, fn in attachments:
            parts.append(bin_part(data, ctype, fn))
        body = multipart("mixed", parts)
    else:
        body = part(body_text, "text/plain", "UTF-8", cte, "; format=flowed")
    hdrs = [("Message-ID", tb_mid()), ("Date", format_datetime(d)), ("MIME-Version", None),
            ("User-Agent", TB_UA), ("Subject", enc_hdr(subject, "UTF-8")), ("Content-Language", "ru"),
            ("To", addr(to)), ("References", reply_to), ("From", addr(LEB)), ("In-Reply-To", reply_to)]
    add(d, assemble(hdrs, body), label)
    return d

def ol_header_block(frm, sent, to, subj, cc=None):
    s = f"От: {frm[0]} <{frm[1]}> \nОтправлено: {ol_date(sent)}\nКому: {to}\n"
    if cc: s += f"Копия: {cc}\n"
    return s + f"Тема: {subj}\n"

def ol_old_block(frm, sent, to, subj):
    d = sent.astimezone(YEKT)
    return (f"-----Original Message-----\nFrom: {frm[0]} [mailto:{frm[1]}] \n"
            f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to}\nSubject: {subj}\n")

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("«", "&laquo;").replace("»", "&raquo;")

def html_paras(text):
    out = []
    for l in text.split("\n"):
        out.append(f"<p class=MsoNormal>{esc(l) if l.strip() else '&nbsp;'}<o:p></o:p></p>")
    return "\n".join(out)

def html_table(head, rows):
    td = "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
    s = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    s.append("<tr>" + "".join(f"{td}<p class=MsoNormal><b>{esc(h)}<o:p></o:p></b></p></td>" for h in head) + "</tr>")
    for r in rows:
        s.append("<tr>" + "".join(f"{td}<p class=MsoNormal>{esc(c) if c else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p></td>" for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s)

def table_plain(head, rows):
    return "\n".join("\t".join(r) for r in [head] + rows)

HTML_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.EmailStyle18
	{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style></head><body lang=RU link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
"""

def outlook(date, subject, new_text, label, frm=OFF, quoted=None, table=None, table_after="",
            reply_to=None, cte="quoted-printable", old_style=False, to=CUST, cc=None, html=True):
    """quoted: (from, sent_dt, to_str, subj, text) — shown under an Outlook header block."""
    d = dt(date)
    sig = OFF_SIG
    plain = new_text
    htmlb = html_paras(new_text)
    if table:
        plain += "\n\n" + table_plain(*table) + ("\n\n" + table_after if table_after else "")
        htmlb += "\n" + html_table(*table) + ("\n" + html_paras("\n" + table_after) if table_after else "")
    plain += "\n\n" + sig
    htmlb += "\n" + html_paras("\n" + sig)
    if quoted:
        qf, qs, qt, qsubj, qtext = quoted
        if old_style:
            blk = ol_old_block(qf, qs, qt, qsubj)
            plain += "\n\n" + blk + "\n" + qtext
            htmlb += "\n<div><p class=MsoNormal>" + "<br>\n".join(esc(x) for x in blk.strip().split("\n")) + "<o:p></o:p></p></div>\n" + html_paras(qtext)
        else:
            blk = ol_header_block(qf, qs, qt, qsubj)
            plain += "\n\n" + blk + "\n" + qtext
            hb = "<br>\n".join("<b>" + esc(x.split(":", 1)[0]) + ":</b>" + esc(x.split(":", 1)[1]) for x in blk.strip().split("\n"))
            htmlb += ("\n<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                      f"<p class=MsoNormal>{hb}<o:p></o:p></p></div></div>\n" + html_paras("\n" + qtext))
    plain = plain.replace("\n", "\r\n")
    hdr_parts = [part(plain, "text/plain", '"windows-1251"', cte)]
    if html:
        hdr_parts.append(part(HTML_HEAD + htmlb + "\n</div></body></html>\n", "text/html", '"windows-1251"', cte))
        bnd = "----=_NextPart_000_%04X_01DD%04X.%08X" % (rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(32))
        body = multipart("alternative", hdr_parts, boundary=bnd)
    else:
        body = hdr_parts[0]
    to_s = addr(("'" + to[0] + "'", to[1]), "windows-1251") if to == CUST else addr(to, "windows-1251")
    hdrs = [("From", addr(frm, "windows-1251")), ("To", to_s), ("Cc", cc),
            ("References", reply_to), ("In-Reply-To", reply_to),
            ("Subject", enc_hdr(subject, "windows-1251")), ("Date", format_datetime(d)),
            ("Message-ID", ol_mid())]
    hdrs2 = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index()), ("Content-Language", "ru")]
    raw = assemble(hdrs + hdrs2, body, crlf=True)
    add(d, raw, label)
    return d

def ksenia(date, subject, text, label, html_only=False, mobile=False, reply_to=None, attachments=()):
    d = dt(date)
    sig = DSP_SIG_MOB if mobile else DSP_SIG_WEB
    full = text.rstrip("\n") + "\n\n" + sig + "\n"
    h = "".join(f"<div>{esc(l) if l.strip() else '&nbsp;'}</div>" for l in full.rstrip("\n").split("\n"))
    html = f"<div>{h}</div>\n"
    if html_only:
        body = part(html, "text/html", "utf-8", "base64")
    else:
        body = multipart("alternative", [part(full, "text/plain", "utf-8", "base64"),
                                          part(html, "text/html", "utf-8", "base64")])
    if attachments:
        inner = body
        body = multipart("mixed", [inner] + list(attachments))
    hdrs = [("From", addr(DSP)), ("To", addr(CUST)), ("Subject", enc_hdr(subject)),
            ("Date", format_datetime(d)), ("Message-Id", ya_mid()),
            ("In-Reply-To", reply_to), ("References", reply_to),
            ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0" if not mobile else "Yandex Mail for Android 8.62.1")]
    add(d, assemble(hdrs, body), label)
    return d

def L(expect, request=None, positions=None, status=None, note=""):
    x = {"expect": expect}
    if expect == "decided":
        x.update(request=request, positions=positions, status=status)
    x["note"] = note
    return x

ACC, ONW, ONS, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

def cust_attr(num):
    r = REQ[num]
    return f"{iso_date(r['reg'])}, Диспетчерская ОМИС пишет:\n" + quote(r["body"])

def ol_quote_req(num, to="office@" + DOM):
    r = REQ[num]
    return (CUST, r["reg"], to, r["subj"], r["body"])

# ======================================================================= LETTERS
R = REQ

# ---------------- 63014 котельная №4
lebedev("2026-11-02 12:04", "Re: " + R["63014"]["subj"], cust_attr("63014") + """

Добрый день.

Заявку приняли в работу. Предварительно по позициям:

1. Котёл ДКВР-10-13 ст. №2 — выезд 2026-11-03 утром, бригада Шарипова, трубы Ø51×2,5 в наличии.
2. Насос сетевой СЭ 500-70 — 2026-11-03, одновременно с п.1.
3. ХВО — 2026-11-04, соль для регенерации везём свою.

Гусеву И.П. позвоню сегодня до 15:00 насчёт допуска в котельную.

""" + LEB_SIG, L("decided", "63014", [], ACC, "Лебедев: заявку приняли в работу; дальше только план по позициям"),
        reply_to=R["63014"]["mid"])

outlook("2026-11-03 08:41", "RE: " + R["63014"]["subj"],
        "Доброе утро.\nВыехали на Фронтовых бригад по 1 и 2 поз., две машины. ХВО завтра как договаривались.\n\nМухаметшин",
        L("decided", "63014", ["1", "2"], ONW, "выехали НА объект по 1 и 2 поз.; ХВО (3) только план"),
        quoted=ol_quote_req("63014"), reply_to=R["63014"]["mid"])

outlook("2026-11-03 09:58", "63014 котельная №4 Фронтовых бригад 18",
        "Добрый день, по заявке 63014 отметки бригады:",
        L("decided", "63014", ["1", "2"], ONS, "HTML-таблица: прибытие 09:40 по строкам 1 и 2, строка 3 пустая"),
        table=(["поз.", "оборудование", "прибытие", "убытие"],
               [["1", "котел ДКВР-10-13 ст.№2", "09:40", ""],
                ["2", "насос СЭ 500-70", "09:40", ""],
                ["3", "ХВО", "", ""]]),
        table_after="Мухаметшин Р.Ф.")

outlook("2026-11-03 13:15", "RE: " + R["63027"]["subj"],
        "Приняли. Завтра с утра будем, с председателем ТСЖ созвонюсь сам.\nРинат",
        L("decided", "63027", [], ACC, "«Приняли», дальше план на завтра"),
        quoted=ol_quote_req("63027"), reply_to=R["63027"]["mid"])

c_q = f"""{iso_date(dt('2026-11-03 16:02'))}, Диспетчерская ОМИС пишет:
> Коллеги, добрый день. Просим сообщить о ходе работ по заявке 63014,
> в 16:30 совещание у главного инженера.
>
> --
> Диспетчерская служба ОМИС"""
lebedev("2026-11-03 17:30", "Re: Ход работ по заявке 63014", c_q + """

Добрый вечер.

Состояние на 2026-11-03 17:20:

1. Котёл ДКВР-10-13 ст. №2 — заменено 14 экранных труб, гидроиспытание 1,25 Рраб выдержано, котёл передан оператору. Работы по позиции завершены, в 16:45 бригада с котельной убыла.
2. Насос сетевой СЭ 500-70 — разобран, износ подшипников 6314 подтверждён. Подшипники поступят 2026-11-05, тогда и закончим.
3. ХВО — по плану 2026-11-04.

""" + LEB_SIG, L("decided", "63014", ["1"], LEFT, "п.1 завершён и убыли; п.2 ждёт подшипники (план), п.3 план"),
        reply_to=f"<{uuid.UUID(int=rnd.getrandbits(128)).hex[:20]}@mail.zakazchik-omis.ru>")

ksenia("2026-11-04 07:52", "смс Булатов",
       "Переслано из SMS:\nБулатов Сергей, 04.11.2026 07:49\nБилимбаевская 30 (63027) едем, на Репина пробка, минут через 40 будем",
       L("decided", "63027", [], ONW, "номер в скобках после адреса; «едем, будем через 40 минут»"), html_only=True, mobile=True)

ksenia("2026-11-04 08:20", "63014 п.3 ХВО",
       "Добрый день!\n\nПереслано из SMS:\nТимур Шарипов: 63014 п3 ХВО выехали с базы, к 9 будем\n\nКсения",
       L("decided", "63014", ["3"], ONW, "«выехали С БАЗЫ, к 9 будем» — в пути, не убытие"))

outlook("2026-11-04 09:05", "RE: 63027",
        "На Билимбаевской на месте с 8:50, ключи от ИТП взяли у председателя.",
        L("decided", "63027", [], ONS, "номер только в теме RE: 63027; позиции не названы"),
        quoted=(CUST, dt("2026-11-03 16:30"), "office@" + DOM, "63027",
                "Ринат Фаритович, добрый день. Сообщите, пожалуйста, когда бригада будет на объекте по 63027.\n\n" + SIG_CUST))

ksenia("2026-11-04 09:12", "63014-3",
       "Переслано из SMS:\nШарипов Т. 04.11 09:06 — На месте. ХВО, начали регенерацию",
       L("decided", "63014", ["3"], ONS, "позиция после дефиса в теме; SMS «на месте»"), html_only=True, mobile=True)

lebedev("2026-11-04 16:30", "Re: 63014", f"""{iso_date(dt('2026-11-04 12:10'))}, Диспетчерская ОМИС пишет:
> Андрей Викторович, по ХВО что-то известно? Оператор спрашивает,
> когда можно включать подпитку.

По третьей позиции (ХВО): регенерация обоих Na-катионитовых фильтров выполнена, жёсткость после второй ступени 0,01 мг-экв/л. Подпитку можно включать. Бригада уехала с объекта в 15:50, записи в журнал ХВО внесены.

По насосу без изменений — 2026-11-05.

""" + LEB_SIG, L("decided", "63014", ["3"], LEFT, "«по третьей позиции ... уехала с объекта»; насос — план"),
        reply_to=f"<{uuid.UUID(int=rnd.getrandbits(128)).hex[:20]}@mail.zakazchik-omis.ru>")

lebedev("2026-11-04 18:10", "Re: " + R["63027"]["subj"], f"""{iso_date(R['63027']['reg'])}, Диспетчерская ОМИС пишет:
> Добрый день.
>
> Заявка № 63027 от 03.11.2026.
> Объект: жилой дом, г. Екатеринбург, ул. Билимбаевская, 30.
> 1. ИТП корп. 1 — недогрев ГВС, промывка ПТО, замена манометров.
> 2. ИТП корп. 2 — не регулирует регулятор температуры, засор фильтра.

Итог за 2026-11-04:

1. ИТП корп. 1 — ПТО ГВС промыт, манометры заменены (3 шт.), температура ГВС 61 °C. Выполнено в 15:30.
2. ИТП корп. 2 — регулятор температуры настроен, фильтр сетчатый Ду50 прочищен. Выполнено в 17:45.

Бригада Булатова убыла с объекта в 17:55. Акт передадим через Мухаметшина.

""" + LEB_SIG, L("decided", "63027", ["1", "2"], LEFT, "обе позиции выполнены, бригада убыла"),
        reply_to=R["63027"]["mid"])

lebedev("2026-11-05 10:30", "Re: " + R["63041"]["subj"], cust_attr("63041") + """

Добрый день.

Заявку 63041 приняли. Выезд планируем 2026-11-06 к 09:00, отключение ГВС с Пановым согласую сегодня. Уплотнения для Ридан НН №21 есть на складе (арт. 063Н3210), пакет до 60 пластин.

""" + LEB_SIG, L("decided", "63041", [], ACC, "приняли; артикул 063Н3210 — не номер заявки"), reply_to=R["63041"]["mid"])

outlook("2026-11-05 15:10", "63014-2",
        "Подшипники 6314 C3 поменяли (2 шт), насос СЭ 500-70 в работе, вибрация 2,8 мм/с.\nУехали 14:55.\nРинат",
        L("decided", "63014", ["2"], LEFT, "тема 63014-2; «уехали 14:55»; 6314 — подшипник"))

pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
lebedev("2026-11-05 17:05", "Счёт и акт по заявке 63014", """Добрый вечер.

Во вложении счёт № 1184 от 2026-11-05 и акт выполненных работ № 412 по заявке 63014 (договор № ТЭР-118/26 от 2026-01-15). Реквизиты без изменений: ИНН 6670412345, КПП 667001001.

Прошу подписать акт и вернуть скан, оригиналы Мухаметшин привезёт в понедельник.

""" + LEB_SIG, L("review", note="счёт/акт/договор — статус не сообщается"),
        attachments=[(pdf, "application/pdf", "Счет_1184.pdf"), (pdf, "application/pdf", "Акт_412.pdf")], cte="8bit")

outlook("2026-11-06 11:40", "RE: 63041 (1) Ридан ТЦ Посадская",
        "Мы на месте с 11:20, разбираем пакет пластин. ГВС отключили, с инженером ТЦ согласовано.",
        L("decided", "63041", ["1"], ONS, "позиция в скобках в теме: 63041 (1)"),
        quoted=(CUST, dt("2026-11-06 10:05"), "office@" + DOM, "63041 (1) Ридан ТЦ Посадская",
                "Добрый день. Бригада выехала? Инженер ТЦ ждёт с 9:00.\n\n" + SIG_CUST))

lebedev("2026-11-06 14:10", "Re: " + R["63058"]["subj"], cust_attr("63058") + """

Добрый день.

Приняли, график такой:

1. Школа № 56, ул. Ясная, 8 — 2026-11-09, с 09:00.
2. Школа № 121, ул. Волгоградская, 37 — 2026-11-10, с 08:30.
3. Детский сад № 440, ул. Шаумяна, 81 — 2026-11-11, утро.
4. Школа № 173, ул. Амундсена, 55 — 2026-11-11, после обеда.

Реагент — Cillit-HS Combi, после промывки нейтрализация и пролив. Завхозам позвоним накануне.

""" + LEB_SIG, L("decided", "63058", [], ACC, "«Приняли», дальше график (план)"), reply_to=R["63058"]["mid"])

outlook("2026-11-06 16:05", "63041 поз.3",
        "Уехали с Посадской. Прокладки не подошли, не тот профиль (клипсовые надо), ждем поставку, вернемся на след. неделе.\nМухаметшин",
        L("review", note="у заявки 63041 только позиция 1, а письмо про поз.3"))

# ---------------- 63058 promывка
ksenia("2026-11-09 08:15", "63058 Ясная",
       "Переслано из SMS:\nКузьмин Д., 09.11.2026 08:11\nВыехали на Ясную 8 шк 56 (п1) 63058",
       L("decided", "63058", ["1"], ONW, "«выехали на Ясную ... (п1)»"), mobile=True)

outlook("2026-11-09 09:10", "RE: " + R["63058"]["subj"],
        "63058 п.1 Ясная 8 прибыли 9:05",
        L("decided", "63058", ["1"], ONS, "«п.1 ... прибыли 9:05»"),
        quoted=ol_quote_req("63058"), reply_to=R["63058"]["mid"])

lebedev("2026-11-09 10:05", "Re: " + R["63102"]["subj"], cust_attr("63102") + """

Добрый день.

Заявку приняли в работу.

1. Горелка котла №1 — 2026-11-10 с утра, наладчик Шарипов.
2. Горелка котла №2 — 2026-11-10, после п.1, если датчик пламени QRA2 окажется исправным.

Заявку на пропуск подаём сегодня: Газель В 417 КЕ 196, 3 человека. Подскажите, в какое бюро пропусков её направлять?

""" + LEB_SIG, L("decided", "63102", [], ACC, "приняли + вопрос про пропуск; приёмка однозначна"), reply_to=R["63102"]["mid"])

outlook("2026-11-09 16:20", "пропуск ЖБИ 63102",
        "Добрый день. По 63102 пропуск так и не оформили, на проходной говорят списков нет. Кому звонить? Машина Газель В417КЕ196, завтра в 8:00 хотим заехать.\nМухаметшин",
        L("review", note="вопрос про пропуск и план на завтра; статуса нет"))

outlook("2026-11-09 17:00", "63058 промывка ПТО — отметки",
        "Отметки по 63058 на 17:00",
        L("decided", "63058", ["1"], LEFT, "таблица: строка 1 прибытие 09:05 и убытие 16:20, остальные пустые"),
        table=(["поз.", "адрес", "прибытие", "убытие"],
               [["1", "Ясная 8, шк 56", "09:05", "16:20"],
                ["2", "Волгоградская 37, шк 121", "", ""],
                ["3", "Шаумяна 81, д/с 440", "", ""],
                ["4", "Амундсена 55, шк 173", "", ""]]),
        table_after="Мухаметшин")

lebedev("2026-11-10 08:50", "Re: " + R["63058"]["subj"], f"""{iso_date(dt('2026-11-06 14:10'))}, Андрей Лебедев пишет:
> 2. Школа № 121, ул. Волгоградская, 37 — 2026-11-10, с 08:30.

По второй позиции: бригада на месте с 08:40, завхоз встретила, циркуляционную промывку начали.

""" + LEB_SIG, L("decided", "63058", ["2"], ONS, "«по второй позиции: бригада на месте»; цитата своего плана не считается"))

ksenia("2026-11-10 09:30", "ЖБИ",
       "Переслано из SMS:\nТимур Шарипов, 10.11.2026 09:24\nЖБИ (63102) заехали на территорию, пропуск ок",
       L("decided", "63102", [], ONS, "«заехали на территорию» = прибыли на объект"), html_only=True, mobile=True)

lebedev("2026-11-10 12:15", "Re: " + R["63041"]["subj"], f"""{iso_date(dt('2026-11-10 09:40'))}, Диспетчерская ОМИС пишет:
> Добрый день. Когда планируете завершить работы по теплообменнику?
> Арендаторы жалуются на холодную воду.
>
> --
> Диспетчерская служба ОМИС

Сегодня закончили. Пакет пластин промыт, уплотнения заменены (клипсовые пришли 2026-11-09), опрессовка 16 бар — 30 минут без падения. Бригада убыла в 11:50, теплообменник в работе, ГВС подано.

""" + LEB_SIG, L("decided", "63041", [], LEFT, "в новом тексте номера нет — только в теме Re:; «бригада убыла в 11:50»"))

ksenia("2026-11-10 15:45", "63058 поз2",
       "Переслано из SMS:\nКузьмин Д., 10.11.2026 15:41\n63058 поз2 все, свернулись, уехалм",
       L("decided", "63058", ["2"], LEFT, "«поз2 всё, свернулись, уехалм» (опечатка в SMS = уехали)"), mobile=True)

ksenia("2026-11-10 15:55", "Малышева 51 авария",
       "Переслано из SMS:\nШарипов Т., 10.11.2026 15:52\nВыехали на Малышева 51 (63115), будем минут через 20",
       L("decided", "63115", [], ONW, "выехали НА адрес, номер в скобках после адреса"))

outlook("2026-11-10 16:40", "RE: " + R["63115"]["subj"],
        "Малышева 51 на месте. Течь на фланце задвижки Ду100 на вводе, ввод перекрыли, меняем прокладку. Воду из ИТП откачиваем.",
        L("decided", "63115", [], ONS, "«на месте», номер в цитате/теме"),
        quoted=ol_quote_req("63115"), reply_to=R["63115"]["mid"])

lebedev("2026-11-10 19:20", "Re: " + R["63102"]["subj"], f"""{iso_date(dt('2026-11-10 17:55'))}, Диспетчерская ОМИС пишет:
> Андрей Викторович, главный энергетик ЖБИ просит отчёт по горелкам
> до конца дня.

Отчёт по заявке 63102 на 2026-11-10:

1. Горелка Weishaupt WM-G20/3 котла №1 — заменены электроды розжига, выполнена настройка по газоанализатору: CO 12 ppm, O2 3,1 %. Котёл №1 в работе, позиция закрыта.
2. Горелка котла №2 — датчик пламени QRA2 неисправен, заказан, поставка ориентировочно 2026-11-13. К работам по позиции вернёмся после поставки.

Бригада убыла с территории завода в 18:40.

""" + LEB_SIG, L("decided", "63102", ["1"], LEFT, "п.1 закрыт, убыли; п.2 ждёт датчик (план)"),
        reply_to=f"<{uuid.UUID(int=rnd.getrandbits(128)).hex[:20]}@mail.zakazchik-omis.ru>")

outlook("2026-11-10 19:45", "RE: RE: " + R["63115"]["subj"],
        "ПРОКЛАДКУ ПОМЕНЯЛИ, ТЕЧИ НЕТ. ВВОД ОТКРЫЛИ, ДАВЛЕНИЕ 6,2/3,9. УБЫЛИ 19:30\nМУХАМЕТШИН",
        L("decided", "63115", [], LEFT, "капсом: «УБЫЛИ 19:30»"),
        quoted=ol_quote_req("63115"), reply_to=R["63115"]["mid"])

lebedev("2026-11-11 08:40", "Re: Закрытие заявки 63115", f"""{iso_date(dt('2026-11-11 08:05'))}, Диспетчерская ОМИС пишет:
> Подтверждаем закрытие аварийной заявки 63115 (ул. Малышева, 51).
> Благодарим за оперативность.

Спасибо! Акт КС-2 и фото фланца подвезём до пятницы вместе с актами по 63058.

""" + LEB_SIG, L("review", note="благодарность в ответ на подтверждение заказчика; нового статуса нет"),
        reply_to=f"<{uuid.UUID(int=rnd.getrandbits(128)).hex[:20]}@mail.zakazchik-omis.ru>")

outlook("2026-11-11 13:30", "63058 отметки 11.11",
        "Отметки по 63058 на обед",
        L("review", note="таблица: поз.3 с убытием, поз.4 только прибытие — разные статусы в одном письме"),
        table=(["поз.", "адрес", "прибытие", "убытие"],
               [["3", "Шаумяна 81, д/с 440", "08:30", "12:10"],
                ["4", "Амундсена 55, шк 173", "13:05", ""]]),
        table_after="Р.Ф.")

outlook("2026-11-11 17:40", "63058 отметки 11.11 (итог)",
        "Итог по 63058 за день, промывку по 3-й и 4-й закончили, акты у завхозов подписаны.",
        L("decided", "63058", ["3", "4"], LEFT, "таблица: у строк 3 и 4 заполнено убытие"),
        table=(["поз.", "адрес", "прибытие", "убытие"],
               [["3", "Шаумяна 81, д/с 440", "08:30", "12:10"],
                ["4", "Амундсена 55, шк 173", "13:05", "17:25"]]),
        table_after="Мухаметшин")

# calendar response (ignored)
def calendar_reply(date):
    d = dt(date)
    uid = "040000008200E00074C5B7101A82E00800000000" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(32))
    ics = f"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Офис ТеплоЭнергоРемонт:mailto:office@{DOM}
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по итогам промывки ПТО (заявка 63058)
DTSTART;TZID=Russian Standard Time:20261113T100000
DTEND;TZID=Russian Standard Time:20261113T110000
UID:{uid}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{d.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:ОМИС, ул. Красноармейская, 10, каб. 305
END:VEVENT
END:VCALENDAR
"""
    body = multipart("alternative", [part("\r\n", "text/plain", '"windows-1251"', "quoted-printable"),
                                      part(ics, "text/calendar", '"utf-8"', "base64", "; method=REPLY")],
                     boundary="_000_%08X_" % rnd.getrandbits(32))
    hdrs = [("From", addr(OFF, "windows-1251")), ("To", addr(CUST, "windows-1251")),
            ("Subject", enc_hdr("Принято: Совещание по итогам промывки ПТО (заявка 63058)", "windows-1251")),
            ("Date", format_datetime(d)), ("Message-ID", ol_mid()),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index()), ("Content-Language", "ru")]
    add(d, assemble(hdrs, body, crlf=True), L("ignored", note="ответ календаря Outlook «Принято: Совещание...»"))
calendar_reply("2026-11-11 18:00")

# ---------------- 63230 КИПиА Берёзовский
lebedev("2026-11-12 11:30", "Re: " + R["63230"]["subj"], cust_attr("63230") + """

Добрый день.

Принято в работу. Манометры ДМ 02-100 (0–1,6 МПа) и термометры ТТЖ-М на складе есть, датчик-реле давления газа ДРД-40 заказываем.

""" + LEB_SIG, L("decided", "63230", [], ACC, "«принято в работу»"), reply_to=R["63230"]["mid"])

def read_receipt(date, orig_num, orig_sent):
    d = dt(date)
    r = REQ[orig_num]
    txt = (f"Ваше сообщение\r\n\r\n  Кому: office@{DOM}\r\n  Тема: {r['subj']}\r\n"
           f"  Отправлено: {orig_sent.astimezone(YEKT).strftime('%d.%m.%Y %H:%M')}\r\n\r\n"
           f"было прочитано {d.strftime('%d.%m.%Y %H:%M')}.\r\n")
    mdn = (f"Reporting-UA: office.teploenergoremont.ru; Microsoft Outlook 16.0\r\n"
           f"Final-Recipient: rfc822;office@{DOM}\r\nOriginal-Message-ID: {r['mid']}\r\n"
           f"Disposition: manual-action/MDN-sent-manually; displayed\r\n")
    body = multipart("report", [part(txt, "text/plain", '"windows-1251"', "quoted-printable"),
                                "Content-Type: message/disposition-notification\n\n" + mdn],
                     extra=" report-type=disposition-notification;")
    hdrs = [("From", addr(OFF, "windows-1251")), ("To", addr(CUST, "windows-1251")),
            ("Subject", enc_hdr("Прочитано: " + r["subj"], "windows-1251")),
            ("Date", format_datetime(d)), ("Message-ID", ol_mid()),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")]
    add(d, assemble(hdrs, body, crlf=True), L("ignored", note="уведомление о прочтении Outlook"))
read_receipt("2026-11-12 12:05", "63230", R["63230"]["reg"])

outlook("2026-11-12 16:20", "RE: " + R["63230"]["subj"],
        "По 63230 выезд завтра в 7:30, Шарипов + 1 чел, машина Нива Т 238 ОР 96. Кочегарам предупредите чтоб пустили.\nМухаметшин",
        L("review", note="только план «выезд завтра»"), quoted=ol_quote_req("63230"), reply_to=R["63230"]["mid"])

ksenia("2026-11-13 07:40", "Березовский 63230",
       "Переслано из SMS:\nШарипов Т., 13.11.2026 07:36\nедем в Березовский, 63230, будем к 8:30",
       L("decided", "63230", [], ONW, "«едем ..., будем к 8:30»"), html_only=True, mobile=True)

ksenia("2026-11-13 09:50", "Re: Березовский 63230",
       "Переслано из SMS:\nШарипов Т., 13.11.2026 09:44\n63230 на месте начали с манометров",
       L("decided", "63230", [], ONS, "«на месте»; «начали с манометров» позицию не называет номером"), mobile=True)

outlook("2026-11-13 10:30", "63102/2",
        "Датчик QRA2 пришел раньше, поставили. Котел 2 в работе, горелка настроена, пуск при представителе энергетика. Уехали в 10:15.",
        L("decided", "63102", ["2"], LEFT, "позиция через косую черту в теме 63102/2; «уехали в 10:15»"), html=False, cte="base64")

lebedev("2026-11-13 17:20", "Re: " + R["63230"]["subj"], f"""{iso_date(R['63230']['reg'])}, Диспетчерская ОМИС пишет:
> 1. Замена манометров с истёкшей поверкой — 24 шт.
> 2. Замена технических термометров — 9 шт.
> 3. Замена датчика-реле давления газа (ГРУ).

1. Манометры — заменено 24 шт., паспорта и свидетельства о поверке приложим к акту.
2. Термометры — заменено 9 шт.
3. Датчик-реле давления газа — не устанавливали, ДРД-40 от поставщика ожидается 2026-11-18.

По 1 и 2 работы завершены, бригада убыла в 16:50.

""" + LEB_SIG, L("decided", "63230", ["1", "2"], LEFT, "п.1 и п.2 завершены, убыли; п.3 — план"), reply_to=R["63230"]["mid"])

outlook("2026-11-13 18:00", "Заявка 63104",
        "Бригада на месте с 17:30, ждем представителя для допуска.\nМухаметшин",
        L("review", note="номер 63104 отсутствует в реестре"), html=False, frm=MUH)

# ---------------- 63377
outlook("2026-11-16 11:00", "RE: " + R["63377"]["subj"],
        "принял в работу, насос UPS 32-80 180 есть на складе.\nР.Ф.",
        L("decided", "63377", [], ACC, "«принял в работу»; 32-80 180 — модель насоса"),
        quoted=ol_quote_req("63377", to="muhametshin@" + DOM), reply_to=R["63377"]["mid"], old_style=True, frm=MUH)

def newsletter(date):
    d = dt(date)
    txt = """ТеплоЭнергоРемонт — отопительный сезон 2026/2027

Уважаемые партнёры!

До 15 декабря действует скидка 15% на химическую промывку пластинчатых теплообменников и ИТП.
Выезд бригады на аварийную заявку — в течение 40 минут по Екатеринбургу, круглосуточно.
Сервисное обслуживание горелок Weishaupt, Riello, Baltur.

Оставить заявку: https://teploenergoremont.ru/zayavka
Тел.: +7 (343) 287-41-16

Вы получили это письмо, потому что являетесь клиентом ООО «ТеплоЭнергоРемонт».
Отписаться: https://teploenergoremont.ru/unsubscribe?u=7f3a91
"""
    html = "<html><body style='font-family:Arial'>" + "".join(f"<p>{esc(l)}</p>" for l in txt.split("\n") if l.strip()) + "</body></html>"
    body = multipart("alternative", [part(txt, "text/plain", "utf-8", "quoted-printable"),
                                      part(html, "text/html", "utf-8", "quoted-printable")])
    hdrs = [("From", addr(NEWS)), ("To", addr(CUST)),
            ("Subject", enc_hdr("Скидка 15% на промывку теплообменников до 15 декабря")),
            ("Date", format_datetime(d)), ("Message-ID", f"<news.{rnd.getrandbits(40):x}@{DOM}>"),
            ("Precedence", "bulk"), ("List-Id", f"<clients.{DOM}>"),
            ("List-Unsubscribe", f"<mailto:unsubscribe@{DOM}?subject=unsubscribe>, <https://teploenergoremont.ru/unsubscribe?u=7f3a91>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Sendsay")]
    add(d, assemble(hdrs, body), L("ignored", note="рекламная рассылка (Precedence: bulk, List-Unsubscribe)"))
newsletter("2026-11-16 15:00")

ksenia("2026-11-17 08:15", "8 Марта 190",
       "Переслано из SMS:\nШарипов Т., 17.11.2026 08:12\nна 8 Марта будем через 30 минут, 63377",
       L("decided", "63377", [], ONW, "«будем через 30 минут» = в пути"), mobile=True, html_only=True)

ksenia("2026-11-17 08:55", "смс 63377",
       "Добрый день!\nПереслано из SMS:\nШарипов Т., 17.11.2026 08:49\n8 Марта 190 на месте, воду слили",
       L("decided", "63377", [], ONS, "номер только в теме «смс 63377»"))

jpg = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(rnd.getrandbits(8) for _ in range(300)) + bytes.fromhex("ffd9")
lebedev("2026-11-17 14:40", "Re: " + R["63377"]["subj"], f"""{iso_date(R['63377']['reg'])}, Диспетчерская ОМИС пишет:
> 1. Циркуляционный насос ГВС Grundfos UPS 32-80 F — не запускается, замена.
> 2. Обратный клапан Ду40 на циркуляции — пропускает, замена.

1. Насос заменён на Grundfos UPS 32-80 F 180 (серийный № 98765432P1), ток 1,8 А, циркуляция есть.
2. Обратный клапан Ду40 заменён на пружинный, течей нет.

Работы завершены 2026-11-17 в 14:10, бригада освободилась. Фото шильдика во вложении.

""" + LEB_SIG, L("decided", "63377", ["1", "2"], LEFT, "«работы завершены, бригада освободилась» по п.1 и 2"),
        reply_to=R["63377"]["mid"], attachments=[(jpg, "image/jpeg", "IMG_20261117_140512.jpg")])

ksenia("2026-11-18 09:30", "смс от бригады",
       "Шарипов прислал смс, пересылаю как есть, номер заявки не указал, уточняю.\n\nПереслано из SMS:\nШарипов Т., 18.11.2026 09:22\nНа месте, начали. Ключи у вахтера взяли",
       L("review", note="номера заявки нет, диспетчер сама уточняет"))

lebedev("2026-11-18 13:10", "Re: " + R["63412"]["subj"], cust_attr("63412") + """

Добрый день.

Заявка 63412 принята. Выезд 2026-11-19 утром: п.1 — бригада Кузьмина, п.2 — после обеда или параллельно, если освободится наладчик.

""" + LEB_SIG, L("decided", "63412", [], ACC, "«заявка принята»; дальше план"), reply_to=R["63412"]["mid"])

# ---------------- 63412 + 63230 п3
ksenia("2026-11-19 07:45", "Академический",
       "Переслано из SMS:\nКузьмин Д., 19.11.2026 07:41\n63412 п.01 выехали на Академический",
       L("decided", "63412", ["1"], ONW, "позиция записана как «п.01»"), mobile=True)

outlook("2026-11-19 08:50", "63412 поз1",
        "63412 поз1 бригадa нa мeсте с 8:40, котел остановили на чистку.",
        L("decided", "63412", ["1"], ONS, "латинские a/e внутри «бригадa нa мeсте»"), html=False)

def bounce(date):
    d = dt(date)
    r = REQ["63412"]
    orig_d = dt("2026-11-19 09:30")
    orig = (f"Return-Path: <dispatch@zakazchik-omis.ru>\nFrom: {addr(CUST)}\nTo: r.muhametshin@{DOM}\n"
            f"Subject: {enc_hdr('Re: ' + r['subj'])}\nDate: {format_datetime(orig_d)}\nMessage-ID: <{rnd.getrandbits(64):x}@mail.zakazchik-omis.ru>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            "Ринат Фаритович, подтвердите, пожалуйста, прибытие по позиции 2 заявки 63412 (дымосос).\n\n" + SIG_CUST + "\n")
    txt = (f"This is the mail system at host mx1.{DOM}.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           f"                   The mail system\n\n<r.muhametshin@{DOM}>: unknown user: \"r.muhametshin\"\n")
    dsn = (f"Reporting-MTA: dns; mx1.{DOM}\nX-Postfix-Queue-ID: 4Ck7Tz2VqJz9tHk\nArrival-Date: {format_datetime(orig_d)}\n\n"
           f"Final-Recipient: rfc822; r.muhametshin@{DOM}\nOriginal-Recipient: rfc822;r.muhametshin@{DOM}\n"
           "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: \"r.muhametshin\"\n")
    body = multipart("report", ["Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + txt,
                                "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn,
                                "Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n" + orig],
                     extra=" report-type=delivery-status;")
    hdrs = [("Return-Path", "<>"), ("From", f"{DAEMON[0]} <{DAEMON[1]}>"), ("To", CUST[1]),
            ("Subject", "Undelivered Mail Returned to Sender"), ("Date", format_datetime(d)),
            ("Message-Id", f"<20261119{rnd.getrandbits(32):x}.4Ck7Tz2VqJz9tHk@mx1.{DOM}>"),
            ("Auto-Submitted", "auto-replied")]
    add(d, assemble(hdrs, body), L("ignored", note="bounce: письмо заказчика на несуществующий адрес"))
bounce("2026-11-19 09:31")

outlook("2026-11-19 10:15", "RE: " + R["63230"]["subj"],
        "Датчик-реле давления газа ДРД-40 установили, проверили срабатывание на 0,3 кПа, пломба №4471902.\n63230 п3 закрыли, уехали 10:05\nМухаметшин",
        L("decided", "63230", ["3"], LEFT, "«п3 закрыли, уехали»; пломба 4471902 — не номер заявки"),
        quoted=ol_quote_req("63230"), reply_to=R["63230"]["mid"])

lebedev("2026-11-19 11:05", "Fwd: дымосос Академический", f"""Добрый день.

Пересылаю сообщение бригадира по заявке 63412.

-------- Перенаправленное сообщение --------
Тема: 	дымосос
Дата: 	2026-11-19 10:58
От: 	Дмитрий Кузьмин <kuzmin.dn@{DOM}>
Кому: 	Андрей Лебедев <lebedev@{DOM}>

Андрей Викторович, по Академическому дымосос ДН-9 (поз.2) — на месте с 09:20, подшипниковый узел разобрали, подшипник 22216 под замену, есть в машине.

Кузьмин

""" + LEB_SIG, L("decided", "63412", ["2"], ONS, "пересланный отчёт бригадира: поз.2 на месте; 22216 — подшипник"))

outlook("2026-11-19 16:30", "63412 Академический отметки",
        "По 63412 за сегодня:",
        L("decided", "63412", ["1", "2"], LEFT, "таблица: у обеих строк заполнено убытие 16:10"),
        table=(["поз.", "оборудование", "прибытие", "убытие"],
               [["1", "котел Buderus SK745 №1", "08:40", "16:10"],
                ["2", "дымосос ДН-9", "09:20", "16:10"]]),
        table_after="Котел 1 в работе, дымосос обкатали 1 час.\nМухаметшин")

outlook("2026-11-20 09:00", "RE: Акт по заявке 63027",
        "Добрый день. Акт по Билимбаевской отвезли вам еще 9 ноября, до сих пор не подписан. Гусев говорит что не видел. Бухгалтерия не может закрыть месяц. Прошу разобраться!\nМухаметшин",
        L("review", note="жалоба про неподписанный акт, статуса нет"),
        quoted=(CUST, dt("2026-11-19 17:20"), "office@" + DOM, "Акт по заявке 63027",
                "Добрый день. Акт по заявке 63027 к нам не поступал, просим направить скан.\n\n" + SIG_CUST))

# ---------------- 63509 авария ночью
ksenia("2026-11-21 01:05", "АВАРИЯ ЦТП-12 (63509)",
       "Переслано из SMS:\nКузьмин Д., 21.11.2026 01:02\nЦТП-12 выезжаем, 2 чел, будем минут через 30-40",
       L("decided", "63509", [], ONW, "ночная авария: «выезжаем, будем через 30-40 минут»"),
       reply_to=R["63509"]["mid"], mobile=True)

ksenia("2026-11-21 02:00", "Re: АВАРИЯ ЦТП-12 (63509)",
       "Переслано из SMS:\nКузьмин Д., 21.11.2026 01:52\nна месте. сетевой насос стоит, автомат выбило, смотрим",
       L("decided", "63509", [], ONS, "«на месте»"), mobile=True, html_only=True)

ksenia("2026-11-21 08:30", "ЦТП-12 итог ночи, заявка 63509",
       "Доброе утро!\nПо ночной аварии ЦТП-12, заявка 63509, сводка по смс бригады Кузьмина:\n\nПереслано из SMS:\n01:52 — на месте\n03:40 — заменили пускатель КМИ-23210, насос запустили\n04:20 — отопление дали, давление в подаче 5,8, уехали\n\nКсения",
       L("decided", "63509", [], LEFT, "сводка: последнее событие — уехали 04:20; КМИ-23210 — пускатель"))

# ---------------- 63688 опрессовка
lebedev("2026-11-23 12:20", "Re: " + R["63688"]["subj"], cust_attr("63688") + """

Добрый день.

Приняли. С 2026-11-24 по 2026-12-01 я в отпуске, по этой заявке на связи мастер Мухаметшин Р.Ф. (office@teploenergoremont.ru, +7 343 287-41-16 доб. 105) и диспетчер Ксения.

1. Шейнкмана, 45 — 2026-11-24.
2. Радищева, 6 — 2026-11-25.
3. Хохрякова, 10 — 2026-11-25.

""" + LEB_SIG, L("decided", "63688", [], ACC, "«Приняли»; график — план"), reply_to=R["63688"]["mid"])

ksenia("2026-11-24 07:30", "63688 задержка",
       "Добрый день. По 63688: бригада еще не выехала, Газель на ремонте (стартер), выедут после обеда. Как выедут — сообщу.\n\nКсения",
       L("review", note="отрицание: «ещё не выехала», только план"))

def autoreply_leb(date):
    d = dt(date)
    txt = """Здравствуйте!

Я в отпуске с 2026-11-24 по 2026-12-01, почту не читаю.
По заявкам и выездам бригад обращайтесь к мастеру участка Мухаметшину Ринату Фаритовичу: office@teploenergoremont.ru, +7 343 287-41-16 доб. 105.
Аварийная диспетчерская: dispetcher@teploenergoremont.ru, круглосуточно.

Лебедев А.В.
"""
    body = part(txt, "text/plain", "utf-8", "quoted-printable")
    hdrs = [("From", addr(LEB)), ("To", CUST[1]),
            ("Subject", enc_hdr("Автоответ: Re: " + R["63688"]["subj"])),
            ("Date", format_datetime(d)), ("Message-ID", f"<autoreply.{rnd.getrandbits(48):x}@{DOM}>"),
            ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
            ("In-Reply-To", R["63688"]["mid"])]
    add(d, assemble(hdrs, body), L("ignored", note="автоответ «в отпуске» (Auto-Submitted: auto-replied)"))
autoreply_leb("2026-11-24 09:02")

ksenia("2026-11-24 13:15", "63688 П1",
       "Переслано из SMS:\nБулатов С., 24.11.2026 13:10\n63688 П1 выехали нa Шейнкмана 45",
       L("decided", "63688", ["1"], ONW, "«П1», латинская «a» в «нa»; выехали НА адрес"), mobile=True)

outlook("2026-11-24 14:00", "RE: 63688 П1 выехали",
        "На месте с 13:55, систему заполнили, поднимаем давление, ждем представителя ТСЖ.",
        L("decided", "63688", ["1"], ONS, "тема «RE: ... выехали», тело — уже на месте"),
        quoted=(CUST, dt("2026-11-24 13:20"), "dispetcher@" + DOM + "; office@" + DOM, "63688 П1",
                "Принято, ждём сообщения о прибытии.\n\n" + SIG_CUST))

outlook("2026-11-24 17:50", "RE: RE: 63688 П1 на месте",
        "Опрессовку П1 сдали: 1,25 Рраб 10 мин без падения, акт гидравлических испытаний №37 подписан председателем ТСЖ. Уехали в 17:20.\nМухаметшин",
        L("decided", "63688", ["1"], LEFT, "«сдали ... уехали в 17:20»; акт №37 — не номер заявки"),
        quoted=(CUST, dt("2026-11-24 14:05"), "office@" + DOM, "RE: 63688 П1 на месте",
                "Спасибо, ждём акт.\n\n" + SIG_CUST))

# ---------------- 63745 + 63688
outlook("2026-11-25 10:40", "RE: " + R["63745"]["subj"],
        "Приняли, выезд завтра с утра, бригада Булатова. Котлы по очереди, первым котел 1.\nМухаметшин",
        L("decided", "63745", [], ACC, "«Приняли», дальше план"), quoted=ol_quote_req("63745"), reply_to=R["63745"]["mid"])

outlook("2026-11-25 12:20", "63688 Радищева / Хохрякова",
        "По 63688:\nП2 Радищева 6 — опрессовку сдали, уехали 11:40.\nП3 Хохрякова 10 — на месте с 12:10, заполняем систему.\nМухаметшин",
        L("review", note="П2 убыл, П3 на месте — разные статусы в одном письме"), html=False)

outlook("2026-11-25 15:00", "RE: " + R["63745"]["subj"],
        "Вопрос по 63745: какая высота газохода котла 2 и есть ли площадка обслуживания? Нужна ли автовышка — если да, заказываем на завтра, ответьте до 17:00.\nР.Ф.",
        L("review", note="вопрос о газоходе, статуса нет"), quoted=ol_quote_req("63745"), reply_to=R["63745"]["mid"])

ksenia("2026-11-25 17:30", "Fwd: Хохрякова 10",
       f"""Пересылаю письмо Шарипова.

-------- Пересылаемое сообщение --------
25.11.2026, 17:05, Тимур Шарипов <t.sharipov82@mail.ru>:

Хохрякова 10 (63688 п.3) опрессовка норм, акт подписали, уехали в 16:55

Отправлено с iPhone
-------- Конец пересылаемого сообщения --------""",
       L("decided", "63688", ["3"], LEFT, "пересланный отчёт бригадира: п.3 уехали"))

ksenia("2026-11-26 08:10", "Сортировка 63745",
       "Переслано из SMS:\nБулатов С., 26.11.2026 08:04\nВыехали на Сортировку котельная, 63745, 2 машины",
       L("decided", "63745", [], ONW, "выехали НА котельную"), mobile=True, html_only=True)

outlook("2026-11-26 09:00", "Сортировка / акты",
        "63745 на месте с 8:55, котел 1 остановили.\nПо 63688 акты испытаний (3 шт) отдал вашему водителю.\nМухаметшин",
        L("review", note="в одном письме две заявки (63745 и 63688)"), html=False)

def bulatov_rfc822():
    d = dt("2026-11-26 16:25")
    txt = ("Ксения, добрый день.\nГазоход котла N1 прочистили, сажу вывезли, тяга по тягонапоромеру\n"
           "-1,8 мм вод.ст., в норме. С котельной убыли в 16:20.\nКотел N2 завтра с утра.\n\n--\nС уважением,\nСергей Булатов\n")
    inner = (f"Date: {format_datetime(d)}\nFrom: {addr(('Сергей Булатов', 'bulatov.sv@mail.ru'), 'koi8-r')}\n"
             f"Reply-To: bulatov.sv@mail.ru\nX-Mailer: The Bat! (v3.99.3) Professional\n"
             f"Message-ID: <{rnd.getrandbits(32)}.{rnd.getrandbits(24)}@mail.ru>\n"
             f"To: dispetcher@{DOM}\nSubject: {enc_hdr('63745 котел 1', 'koi8-r')}\nMIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n")
    data = inner.encode("ascii") + txt.encode("koi8-r")
    return data
inner = bulatov_rfc822()
# message/rfc822 attachment with 8bit KOI8-R body: keep raw bytes via latin-1 round trip
att = ("Content-Type: message/rfc822; name=\"63745 kotel 1.eml\"\nContent-Disposition: attachment; filename=\"63745 kotel 1.eml\"\n"
       "Content-Transfer-Encoding: 8bit\n\n") + inner.decode("latin-1")
d_br = dt("2026-11-26 16:40")
bodytxt = "Добрый день!\nПересылаю письмо Булатова по 63745, п.1 (газоход котла №1), оно во вложении.\n\n" + DSP_SIG_WEB + "\n"
b = "------------" + uuid.UUID(int=rnd.getrandbits(128)).hex[:24]
raw_body = (f'Content-Type: multipart/mixed;\n boundary="{b}"\n\n--{b}\n' + part(bodytxt, "text/plain", "utf-8", "base64")
            + f"\n--{b}\n" + att + f"\n--{b}--\n")
hdrs = [("From", addr(DSP)), ("To", addr(CUST)), ("Subject", enc_hdr("Fwd: 63745 котел 1")),
        ("Date", format_datetime(d_br)), ("Message-Id", ya_mid()), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
hraw = "".join(f"{k}: {v}\n" for k, v in hdrs) + "MIME-Version: 1.0\n"
full = (hraw.encode("ascii") + raw_body.encode("utf-8").replace(inner.decode("latin-1").encode("utf-8"), inner))
LETTERS.append((d_br, full, L("decided", "63745", ["1"], LEFT,
                              "пересылка вложением (message/rfc822, KOI8-R): газоход котла 1 — «с котельной убыли в 16:20»; п.1 назван диспетчером")))

outlook("2026-11-27 15:30", "63745-2",
        "Газоход котла 2 почистили, тяга в норме, котел запустили. Выехали с котельной в 15:10.\nМухаметшин",
        L("decided", "63745", ["2"], LEFT, "«выехали С котельной» = убыли; тема 63745-2"))

def autoreply_office(date):
    d = dt(date)
    txt = ("Офис ООО «ТеплоЭнергоРемонт» не работает в выходные дни.\r\n"
           "По аварийным заявкам звоните круглосуточно: +7 (343) 287-41-16 доб. 0, dispetcher@teploenergoremont.ru.\r\n"
           "Выезд аварийной бригады — в течение 40 минут.\r\n")
    body = part(txt, "text/plain", '"windows-1251"', "quoted-printable")
    hdrs = [("From", addr(OFF, "windows-1251")), ("To", addr(CUST, "windows-1251")),
            ("Subject", enc_hdr("Автоматический ответ: Заявка 63745 закрыта", "windows-1251")),
            ("Date", format_datetime(d)), ("Message-ID", ol_mid()),
            ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", enc_hdr("Заявка 63745 закрыта", "windows-1251")),
            ("Content-Language", "ru")]
    add(d, assemble(hdrs, body, crlf=True), L("ignored", note="автоответ Outlook в выходной"))
autoreply_office("2026-11-28 10:12")

# ======================================================================= OUTPUT
def main():
    ld = os.path.join(OUT, "letters")
    for f in os.listdir(ld):
        os.remove(os.path.join(ld, f))
    labels = {}
    for i, (d, raw, lab) in enumerate(sorted(LETTERS, key=lambda x: x[0]), 1):
        fn = f"{i:03d}.eml"
        with open(os.path.join(ld, fn), "wb") as f:
            f.write(raw)
        labels[fn] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    reg = {"contractor": {"name": "ООО «ТеплоЭнергоРемонт»",
                          "emails": [LEB[1], OFF[1], MUH[1], DSP[1], NEWS[1], DAEMON[1]],
                          "domains": [DOM]},
           "requests": [{"number": r["number"], "positions": r["positions"],
                         "registered_at": r["reg"].isoformat(), "comment": r["comment"]} for r in REQ.values()]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
    print(len(labels), "letters")

main()
