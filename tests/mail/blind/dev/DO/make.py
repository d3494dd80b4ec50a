#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DO: ООО «ДальСтройСервис», Хабаровск (+1000).

Run:  python3 make.py      (writes registry.json, labels.json, letters/*.eml next to this file)
Only the Python standard library is used.
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import struct
import uuid
from email.message import Message
from email.generator import BytesGenerator
from email import policy
from email import message_from_string
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, "letters")
RND = random.Random(20261103)

KHB = dt.timezone(dt.timedelta(hours=10))
MSK = dt.timezone(dt.timedelta(hours=3))

DISPATCH = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")
DOMAIN = "dalstroyservis.ru"

ELENA = ("Ковалёва Елена Сергеевна", "kovaleva@dalstroyservis.ru")
PAVEL_MR = ("Павел Горбунов", "pavel.gorbunov27@mail.ru")
PAVEL_WORK = ("Горбунов П.А.", "gorbunov@dalstroyservis.ru")
DIRECTOR = ("Ткачёв Сергей Викторович", "tkachev@dalstroyservis.ru")
BUH = ("Бухгалтерия ДальСтройСервис", "buh@dalstroyservis.ru")
NEWS = ("ДальСтройСервис", "news@dalstroyservis.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@dalstroyservis.ru")

ALL_SENDERS = [ELENA, PAVEL_MR, PAVEL_WORK, DIRECTOR, BUH, NEWS, DAEMON]

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «ДальСтройСервис»",
        "emails": [a for _, a in ALL_SENDERS],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "151204", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T09:15:00+03:00",
         "comment": "КГБУЗ «Краевая клиническая больница № 2», ул. Воронежская: 1 — кровля корпуса А, 2 — кровля корпуса Б (пищеблок), 3 — водосточная система"},
        {"number": "152377", "positions": ["1", "2"], "registered_at": "2026-11-05T10:40:00+03:00",
         "comment": "КГБОУ «Школа-интернат № 5», ул. Павловича, 12: 1 — санузлы 2 этажа (смесители, унитазы), 2 — бойлерная (циркуляционный насос)"},
        {"number": "153018", "positions": ["1"], "registered_at": "2026-11-06T08:20:00+03:00",
         "comment": "КГКУ «Центр социальной поддержки населения по г. Хабаровску», ул. Ленина, 57: 1 — щитовая, ВРУ-0,4 кВ"},
        {"number": "153562", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T07:30:00+03:00",
         "comment": "КГБУ «Детский дом № 4», ул. Суворова, 73, ограждение: 1 — секции по ул. Суворова, 2 — ворота и калитка, 3 — секции вдоль спортплощадки, 4 — покраска"},
        {"number": "154090", "positions": ["1"], "registered_at": "2026-11-10T11:05:00+03:00",
         "comment": "КГКУ «Государственный архив Хабаровского края», ул. Шеронова, 54: 1 — протечка кровли над хранилищем № 3"},
        {"number": "154731", "positions": ["1", "2"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "КГКУ «Центр занятости населения г. Хабаровска», ул. Комсомольская, 45: 1 — освещение коридоров 1 эт., 2 — розеточная сеть каб. 105–110"},
        {"number": "155206", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T06:45:00+03:00",
         "comment": "КГБУЗ «Городская поликлиника № 11»: 1 — стояк ХВС, 2 — стояк ГВС, 3 — канализация в подвале"},
        {"number": "156048", "positions": ["1", "2"], "registered_at": "2026-11-13T08:10:00+03:00",
         "comment": "КГБУ «Некрасовский дом-интернат для престарелых и инвалидов», с. Некрасовка: 1 — кровля жилого корпуса, 2 — ограждение"},
        {"number": "156913", "positions": ["1"], "registered_at": "2026-11-16T05:30:00+03:00",
         "comment": "КГБУК «Хабаровский краевой музей им. Н.И. Гродекова», ул. Шевченко, 11: 1 — аварийное освещение экспозиционного зала"},
        {"number": "157385", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T07:00:00+03:00",
         "comment": "КГБ ПОУ «Хабаровский технический колледж», общежитие, ул. Краснореченская, 92: 1 — душевые 3 эт., 2 — душевые 4 эт., 3 — водонагреватели"},
        {"number": "158120", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-18T09:20:00+03:00",
         "comment": "КГБУЗ «Детская краевая клиническая больница» (ДККБ): 1 — корпус 1, щит ЩР-3, 2 — корпус 2, освещение лестниц, 3 — наружное освещение, 4 — пищеблок"},
        {"number": "159044", "positions": ["1"], "registered_at": "2026-11-20T04:00:00+03:00",
         "comment": "КГБУ «Хабаровская авиабаза», ул. Ленинградская, 28: 1 — ограждение склада"},
    ],
}

# ---------------------------------------------------------------- helpers

def khb(s):
    """'2026-11-05 08:41' in Khabarovsk time -> aware datetime with random seconds."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KHB)
    return d.replace(second=RND.randint(0, 59))


def enc_word(s, cs="utf-8", how="B"):
    """RFC 2047 encode a header text (split into several encoded words if needed)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass

    def one(chunk):
        raw = chunk.encode(cs)
        if how == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    body += "_"
                elif c.isalnum() and b < 128:
                    body += c
                else:
                    body += "=%02X" % b
        return "=?%s?%s?%s?=" % (cs, how, body)

    words, cur = [], ""
    for ch in s:
        if len(one(cur + ch)) > 74 and cur:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return " ".join(words)


def addr(pair, cs="utf-8", how="B"):
    name, a = pair
    return "%s <%s>" % (enc_word(name, cs, how), a)


def text_part(text, subtype="plain", cs="utf-8", cte="base64", extra_ct=""):
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, cs, extra_ct)
    m["Content-Transfer-Encoding"] = cte
    raw = text.encode(cs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        payload = text
    m.set_payload(payload)
    return m


def multipart(sub, parts, **params):
    m = Message()
    b = "----=_NextPart_%s" % uuid.UUID(int=RND.getrandbits(128)).hex[:24]
    extra = "".join('; %s="%s"' % (k.replace("_", "-"), v) for k, v in params.items())
    m["Content-Type"] = 'multipart/%s; boundary="%s"%s' % (sub, b, extra)
    for p in parts:
        m.attach(p)
    return m


def fake_jpeg(size):
    # a real (tiny, arithmetic-coded 1x1) JPEG with a padded EXIF-like APP1 segment
    core = bytes.fromhex(
        "FFD8FFDB004300030202020202030202020303030304060404040404080606050609080A0A090809090A0C0F0C0A0B0E0B09090D110D0E0F101011100A0C12131210130F101010"
        "FFC9000B080001000101011100FFCC000600101005FFDA0008010100003F00D2CF20FFD9")
    pad = bytes(RND.getrandbits(8) for _ in range(min(size, 60000)))
    app1 = b"\xff\xe1" + struct.pack(">H", len(pad) + 8) + b"Exif\x00\x00" + pad
    return core[:2] + app1 + core[2:]


def fake_pdf(title):
    t = title.encode("ascii", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + t +
            b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def attachment(filename, data, ctype, style="2231", cs="utf-8"):
    m = Message()
    maintype, sub = ctype.split("/")
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        m["Content-Disposition"] = 'attachment; filename="%s"' % filename
    elif style == "2047":   # Outlook / The Bat! habit
        e = enc_word(filename, cs, "B")
        m["Content-Type"] = '%s; name="%s"' % (ctype, e)
        m["Content-Disposition"] = 'attachment; filename="%s"' % e
    else:
        m["Content-Type"] = ctype
        m.set_param("name", (cs, "", filename))
        m["Content-Disposition"] = "attachment"
        m.set_param("filename", (cs, "", filename), header="Content-Disposition")
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def jpg(name):
    return attachment(name, fake_jpeg(RND.randint(18000, 52000)), "image/jpeg")


def pdf(name, style="2047", cs="windows-1251"):
    return attachment(name, fake_pdf(name.encode("ascii", "replace").decode()), "application/pdf", style, cs)


# ------------------------------------------------ message-id styles

def mid_outlook():
    return "<%s$%08x$%08x$@dalstroyservis.ru>" % (
        "0000%02x" % RND.randint(1, 3) + "db%04x" % RND.getrandbits(16), RND.getrandbits(32), RND.getrandbits(32))


def mid_mailru(d):
    return "<%d.%09d@f%d.i.mail.ru>" % (int(d.timestamp()), RND.getrandbits(29), RND.randint(100, 799))


def mid_iphone():
    return "<%s@dalstroyservis.ru>" % str(uuid.UUID(int=RND.getrandbits(128))).upper()


def mid_bat(d):
    return "<%d.%s@dalstroyservis.ru>" % (RND.randint(100000000, 1999999999), d.strftime("%Y%m%d%H%M%S"))


def mid_tb():
    return "<%s@dalstroyservis.ru>" % uuid.UUID(int=RND.getrandbits(128))


def mid_other(tag):
    return "<%s.%s@dalstroyservis.ru>" % (tag, uuid.UUID(int=RND.getrandbits(128)).hex[:20])


def disp_mid():
    return "<%s@zakazchik-omis.ru>" % uuid.UUID(int=RND.getrandbits(128)).hex


# ------------------------------------------------ signatures / quoting

SIG_ELENA = """С уважением,
Ковалёва Елена Сергеевна
менеджер по договорной работе
ООО «ДальСтройСервис»
680021, г. Хабаровск, ул. Серышева, д. 31, оф. 214
тел. +7 (4212) 41-63-07, моб. +7 914 207-33-15
ИНН 2724187359 / КПП 272401001, ОГРН 1142724003581
р/с 40702810470000012345 в Дальневосточном банке ПАО Сбербанк
БИК 040813608, к/с 30101810600000000608"""

SIG_MAILRU = "\n\n--\nОтправлено из мобильной Почты Mail.ru"
SIG_IPHONE = "\n\nОтправлено с iPhone"
SIG_DIRECTOR = """--
С уважением,
 Ткачёв Сергей Викторович
 директор ООО «ДальСтройСервис»
 тел. 8 (4212) 41-63-00"""


def mailru_quote(when, who, text):
    lines = "\n".join(">" + l for l in text.split("\n"))
    return "\n\n\n>%s от %s:\n>\n%s" % (when, who, lines)


def gt_quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ------------------------------------------------ HTML (Outlook-like)

def outlook_html(plain, cs, table_html=None, table_marker="[[TABLE]]"):
    paras = []
    for line in plain.split("\n"):
        if line == table_marker and table_html:
            paras.append(table_html)
            continue
        if not line.strip():
            paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            continue
        esc = html.escape(line)
        for lab in ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:", "From:", "Sent:", "To:", "Subject:"):
            if line.startswith(lab):
                esc = "<b>%s</b>%s" % (html.escape(lab), html.escape(line[len(lab):]))
        paras.append("<p class=MsoNormal>%s<o:p></o:p></p>" % esc)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            "table.tb{border-collapse:collapse}td{border:solid windowtext 1.0pt;padding:0cm 5.4pt}--></style></head>"
            "<body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n%s\n</div></body></html>"
            % (cs, "\n".join(paras)))


def html_table(header, rows):
    h = "".join("<td><p class=MsoNormal><b>%s</b></p></td>" % html.escape(c) for c in header)
    body = "".join("<tr>%s</tr>" % "".join("<td><p class=MsoNormal>%s</p></td>" % html.escape(c) for c in r) for r in rows)
    return "<table class=tb border=1 cellspacing=0 cellpadding=0><tr>%s</tr>%s</table>" % (h, body)


def plain_table(header, rows):
    out = ["\t".join(header)]
    for r in rows:
        out.append("\t".join(r))
    return "\n".join(out)


# ------------------------------------------------ builders per client

def fold(name, value):
    """Fold a header value at spaces (between encoded words) to ~76 columns, as mail clients do."""
    out, line, cur = [], [], len(name) + 2
    for t in value.split(" "):
        if line and cur + 1 + len(t) > 76:
            out.append(" ".join(line))
            line, cur = [t], 1 + len(t)
        else:
            cur += (1 if line else 0) + len(t)
            line.append(t)
    out.append(" ".join(line))
    return "\n ".join(out)


def headers(m, frm, to, subj, date, mid, cs="utf-8", how="B", cc=None, irt=None, refs=None, extra=None):
    root = m
    root["From"] = fold("From", addr(frm, cs, how))
    root["To"] = fold("To", addr(to, cs, how) if isinstance(to, tuple) else to)
    if cc:
        root["Cc"] = fold("Cc", ", ".join(addr(c, cs, how) for c in cc))
    root["Subject"] = fold("Subject", enc_word(subj, cs, how)) if subj else ""
    root["Date"] = format_datetime(date)
    root["Message-ID"] = mid
    if irt:
        root["In-Reply-To"] = irt
        root["References"] = refs or irt
    root["MIME-Version"] = "1.0"
    for k, v in (extra or []):
        root[k] = v
    return root


def reorder(m):
    """Put the MIME headers of the body after the envelope headers (cosmetics)."""
    ct = [(k, v) for k, v in m.items() if k.lower() in ("content-type", "content-transfer-encoding")]
    for k, _ in ct:
        del m[k]
    for k, v in ct:
        m[k] = v
    return m


def outlook(frm, subj, date, body, *, cs="windows-1251", cte="quoted-printable", html_only=False,
            plain_only=False, atts=(), table=None, cc=None, irt=None, to=DISPATCH, extra=()):
    try:   # Outlook silently switches to UTF-8 when the text does not fit the ANSI code page
        (body + "".join(c for r in (table[1] if table else []) for c in r)).encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    if table:
        header_, rows = table
        plain_body = body.replace("[[TABLE]]", plain_table(header_, rows))
        h = outlook_html(body, cs, html_table(header_, rows))
    else:
        plain_body = body
        h = outlook_html(body, cs)
    if html_only:
        core = text_part(h, "html", cs, cte)
    elif plain_only:
        core = text_part(plain_body, "plain", cs, cte)
    else:
        core = multipart("alternative", [text_part(plain_body, "plain", cs, cte), text_part(h, "html", cs, cte)])
    m = multipart("mixed", [core] + list(atts)) if atts else core
    hdr_cs = "windows-1251" if cs == "windows-1251" else "utf-8"
    ex = [("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", base64.b64encode(bytes(RND.getrandbits(8) for _ in range(22))).decode()),
          ("Content-Language", "ru")] + list(extra)
    headers(m, frm, to, subj, date, mid_outlook(), hdr_cs, "B", cc=cc, irt=irt, extra=ex)
    return reorder(m)


def mailru(frm, subj, date, body, *, atts=(), irt=None, to=DISPATCH, cc=None):
    tp = text_part(body, "plain", "utf-8", "base64")
    m = multipart("mixed", [tp] + list(atts)) if atts else tp
    headers(m, frm, to, subj, date, mid_mailru(date), "utf-8", "B", cc=cc, irt=irt,
            extra=[("X-Mailer", "Mail.Ru Mail for Android 14.52.0.51783")])
    return reorder(m)


def iphone(frm, subj, date, body, *, atts=(), irt=None, to=DISPATCH):
    tp = text_part(body, "plain", "utf-8", "quoted-printable")
    m = multipart("mixed", [tp] + list(atts)) if atts else tp
    headers(m, frm, to, subj, date, mid_iphone(), "utf-8", "Q", irt=irt,
            extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return reorder(m)


def thebat(frm, subj, date, body, *, irt=None, to=DISPATCH, atts=()):
    # KOI8-R has no dashes, No-sign or guillemets: the director types plain ASCII substitutes
    for a, b in (("—", "-"), ("–", "-"), ("№", "N"), ("«", '"'), ("»", '"')):
        body = body.replace(a, b)
        subj = subj.replace(a, b)
    tp = text_part(body, "plain", "koi8-r", "8bit")
    m = multipart("mixed", [tp] + list(atts)) if atts else tp
    headers(m, frm, to, subj, date, mid_bat(date), "koi8-r", "B", irt=irt,
            extra=[("X-Mailer", "The Bat! (v10.5.3.2) Professional"), ("X-Priority", "3 (Normal)")])
    return reorder(m)


def thunderbird(frm, subj, date, body, *, irt=None, to=DISPATCH):
    tp = text_part(body, "plain", "UTF-8", "8bit", "; format=flowed")
    m = tp
    headers(m, frm, to, subj, date, mid_tb(), "UTF-8", "Q", irt=irt,
            extra=[("User-Agent", "Mozilla Thunderbird 128.4.2esr"), ("Content-Language", "ru")])
    return reorder(m)


# ---------------------------------------------------------------- letters
L = []   # (date, message, label)


def add(date, msg, expect, note, request=None, positions=None, status=None):
    lab = {"expect": expect}
    if expect == "decided":
        lab.update({"request": request, "positions": positions, "status": status})
    lab["note"] = note
    L.append((date, msg, lab))


P, M, D, U = "заявка принята", "подрядчик на месте", "подрядчик в пути", "подрядчик убыл"

# ======================= 151204  ККБ № 2, кровли ==========================
d = khb("2026-11-03 17:02")
add(d, outlook(ELENA, "Заявка № 151204 — кровля ККБ № 2", d, """Ольга Николаевна, добрый день!

Заявку № 151204 от 03.11.2026 (ККБ № 2, кровли корпусов А и Б, водосточная система) получили и приняли в работу. Ответственный — прораб Горбунов Павел Андреевич, моб. +7 924 215-40-88. Осмотр кровли назначили на четверг 05.11 (в среду праздник), прошу предупредить завхоза больницы.

И пользуясь случаем, напоминаю: по госконтракту № 0322200012726000147 от 14.03.2026 до сих пор не подписан акт № 74 от 28.10.2026 на сумму 186 450,00 руб. (в т.ч. НДС 20 % — 31 075,00 руб.). Оригиналы передали курьером 30.10, вход. № 2318. Без подписанного акта бухгалтерия не может выставить счёт, а у нас закрытие месяца.

""" + SIG_ELENA),
    "decided", "acceptance inside a letter mostly about an unsigned act; many non-request numbers", "151204", [], P)

d = khb("2026-11-05 08:41")
add(d, mailru(PAVEL_MR, "151204 п1", d,
    "Выехали на Воронежскую, корпус А. Минут через 25 будем. Пусть завхоз ключ от выхода на кровлю приготовит" + SIG_MAILRU),
    "decided", "foreman on the way; position in subject", "151204", ["1"], D)

d = khb("2026-11-05 09:34")
add(d, mailru(PAVEL_MR, "151204 фото", d,
    "Поз.1 — на месте, поднялись на кровлю корп А. Мембрана вздулась по ендове метров 12, фото во вложении. Снега по краю до 30 см, сначала чистим" + SIG_MAILRU,
    atts=[jpg("IMG_20261105_093012.jpg"), jpg("IMG_20261105_093047.jpg")]),
    "decided", "on site, photos attached", "151204", ["1"], M)

d = khb("2026-11-06 09:05")
add(d, iphone(PAVEL_WORK, "151204 (2)", d,
    "Корпус Б, пищеблок. Зашли на кровлю в 8:50, работаем. Вытяжку над горячим цехом надо отключить, сказал завхозу." + SIG_IPHONE),
    "decided", "position in brackets in subject; 'зашли на кровлю, работаем' = on site", "151204", ["2"], M)

d = khb("2026-11-10 11:20")
add(d, outlook(ELENA, "Документы по ГК 0322200012726000147 / ККБ № 2", d, """Ольга Николаевна, добрый день!

Направляю закрывающие документы по госконтракту № 0322200012726000147: акт о приёмке выполненных работ КС-2 № 87 от 09.11.2026, справку о стоимости работ КС-3 № 87 от 09.11.2026 и счёт № 418 от 09.11.2026 на 243 800,00 руб. (в т.ч. НДС 40 633,33 руб.). Это по заявке 151204, позиция 1 — кровля корпуса А: работы там закончили вчера, бригада с объекта ушла в 17:30, мусор вывезли, завхоз Пономарёва Т.И. объём приняла без замечаний. По остальным позициям сообщу отдельно. Оригиналы передадим в четверг вместе с актом № 74, если он к тому времени будет подписан.

""" + SIG_ELENA, atts=[pdf("КС-2 № 87 от 09.11.2026.pdf"), pdf("КС-3 № 87 от 09.11.2026.pdf"), pdf("Счет № 418 от 09.11.2026.pdf")]),
    "decided", "status is one sentence inside a paperwork paragraph: pos 1 finished, crew left", "151204", ["1"], U)

d = khb("2026-11-12 16:48")
add(d, mailru(PAVEL_MR, "151204", d,
    "3-я позиция, водостоки — повесили, воронки прочистили, с объекта уехали. По корпусу Б ещё день-два, примыкания к вентшахтам" + SIG_MAILRU),
    "decided", "pos 3 done and left; pos 2 only 'ещё день-два' (remaining work, no new event)", "151204", ["3"], U)

d = khb("2026-11-13 18:10")
add(d, outlook(ELENA, "FW: 151204 корпус Б", d, """Ольга Николаевна, пересылаю сообщение прораба — по пищеблоку закончили. Акт КС-2 подготовим в понедельник.

Е.С. Ковалёва

-----Original Message-----
От: Павел Горбунов <pavel.gorbunov27@mail.ru> 
Отправлено: пятница, 13 ноября 2026 г. 17:52
Кому: Ковалёва Елена Сергеевна <kovaleva@dalstroyservis.ru>
Тема: 151204 корпус Б

Лена, кровля пищеблока (поз 2) готова, примыкания проклеили, в 17:40 уехали. Акт скрытых работ завхоз подписала, фото потом скину.

--
Отправлено из мобильной Почты Mail.ru"""),
    "decided", "Outlook forward of the foreman's report: pos 2 finished, left 17:40", "151204", ["2"], U)

d = khb("2026-11-16 10:05")
add(d, outlook(ELENA, "КС-2 № 95 — замена экземпляра (ККБ № 2)", d, """Ольга Николаевна, добрый день.

В КС-2 № 95 от 14.11.2026 по заявке 151204 (позиции 2 и 3) мы ошиблись в объёме наплавляемого материала: указали 412 м², по замерам 386 м². Во вложении исправленный акт и КС-3 № 95 на 312 620,40 руб. Прошу ранее направленный экземпляр не подписывать, заменить на этот.

Подскажите, пожалуйста, кому у вас теперь передавать оригиналы — Кузьмину А.Г. или, как раньше, в канцелярию, каб. 308?

""" + SIG_ELENA, atts=[pdf("КС-2 № 95 от 14.11.2026 (испр.).pdf"), pdf("КС-3 № 95 от 14.11.2026.pdf")]),
    "review", "paperwork correction + question; reports no status")

# ======================= 152377  школа-интернат № 5 =====================
d = khb("2026-11-06 09:12")
add(d, outlook(ELENA, "RE: Заявка 152377 (школа-интернат № 5)", d, """Добрый день!

Принято в работу. Сантехник выйдет сегодня после обеда, смесители и запорная арматура у нас на складе, насос для бойлерной заказали у поставщика (счёт поставщика № ЦБ-4471 от 05.11).

""" + SIG_ELENA + """

От: Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru] 
Отправлено: 5 ноября 2026 г. 17:41
Кому: Ковалёва Елена Сергеевна <kovaleva@dalstroyservis.ru>
Копия: Горбунов П.А. <gorbunov@dalstroyservis.ru>
Тема: Заявка 152377 (школа-интернат № 5)

Добрый день.
Направляем заявку № 152377, КГБОУ «Школа-интернат № 5», ул. Павловича, 12.
Поз. 1 — санузлы 2 этажа: замена 6 смесителей, 2 унитазов.
Поз. 2 — бойлерная: замена циркуляционного насоса.
Прошу подтвердить принятие и сообщить сроки выезда.

Диспетчер ОМИС Смирнова О.Н.
тел. 8 (4212) 30-18-44""", irt=disp_mid()),
    "decided", "reply over an Outlook header block; 'Принято в работу'", "152377", [], P)

d = khb("2026-11-06 14:25")
add(d, mailru(PAVEL_MR, "Интернат 5", d,
    "152377 п.1 — на месте. Вахтёр не пускал, дозвонился до завхоза (8-924-301-55-18), пустили. Меняем смесители на 2 эт" + SIG_MAILRU),
    "decided", "number only in body; phone number nearby", "152377", ["1"], M)

d = khb("2026-11-07 11:02")
add(d, mailru(PAVEL_MR, "152377 бойлерная", d,
    "Насос привезли Grundfos UPS 32-80, а там стоит 25-60, по присоединению не встаёт. Либо переходники ставить, либо менять на другой, он дороже тыщ на 9. Согласуйте с заказчиком что делаем. Я пока на складе на Промышленной" + SIG_MAILRU),
    "review", "problem + question about a part/price; no status event")

d = khb("2026-11-09 10:15")
add(d, outlook(ELENA, "Заявка 152377 — выполнено", d, """Ольга Николаевна, добрый день!

Сводка по заявке № 152377 (КГБОУ «Школа-интернат № 5», ул. Павловича, 12):

[[TABLE]]

Замена насоса на аналог согласована с завхозом по телефону, разница в цене за наш счёт. Акт КС-2 № 89 направим на этой неделе.

""" + SIG_ELENA, table=(["Поз.", "Что делали", "Статус", "Дата, время"], [
        ["1", "Санузлы 2 эт.: смесители 6 шт., унитазы 2 шт.", "выполнено, бригада убыла", "07.11.2026 16:30"],
        ["2", "Бойлерная: насос Grundfos UPS 25-60 (замена)", "выполнено, бригада убыла", "07.11.2026 17:15"]])),
    "decided", "HTML table, a row per position, both finished", "152377", ["1", "2"], U)

# ======================= 153018  ЦСПН, щитовая ===========================
d = khb("2026-11-06 16:40")
add(d, outlook(ELENA, "RE: Заявка 153018 от 06.11.2026 — щитовая ВРУ", d, """Добрый день!

Приняли. Электрик будет в понедельник 9-го с утра, IV группа допуска, копию удостоверения прикладываю для пропуска.

""" + SIG_ELENA + """

From: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru> 
Sent: Friday, November 6, 2026 3:21 PM
To: kovaleva@dalstroyservis.ru
Subject: Заявка 153018 от 06.11.2026 — щитовая ВРУ

Елена Сергеевна, добрый день.
КГКУ «Центр социальной поддержки населения по г. Хабаровску», ул. Ленина, 57.
Поз. 1 — щитовая, ВРУ-0,4 кВ: греются автоматы вводного щита, запах гари. Просьба принять в работу в приоритетном порядке.

Смирнова О.Н.""", atts=[pdf("Удостоверение Шевчук В.А..pdf")], irt=disp_mid()),
    "decided", "number only in the Re: subject / quote; body 'Приняли' + plan", "153018", [], P)

d = khb("2026-11-09 09:20")
add(d, mailru(PAVEL_MR, "Ленина 57 (153018)", d,
    "Электрик на адресе, щитовую открыли, ключи у дежурного. Автоматы на вводе оплавлены, будем менять" + SIG_MAILRU),
    "decided", "number in brackets after the address; on site", "153018", [], M)

d = khb("2026-11-09 15:45")
add(d, mailru(PAVEL_MR, "Re: Ленина 57 (153018)", d,
    "Убытие 15:30. Вводные автоматы заменили (ABB S203 C40, 3 шт), шины подтянули, всё включили, работает. Пломбу на счётчике не трогали, № 0154327 целая." + SIG_MAILRU +
    mailru_quote("Понедельник, 9 ноября 2026, 10:02 +10:00", "Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>",
                 "Павел, добрый день. Во сколько прибыли на объект? Нужно для журнала.\nКогда закончите — сообщите, пожалуйста, время убытия.\n\nСмирнова О.Н."),
    irt=disp_mid()),
    "decided", "noun 'Убытие 15:30' + result; quote asks about arrival; seal/part numbers", "153018", [], U)

# ======================= 153562  Детский дом № 4, ограждение ============
d = khb("2026-11-10 08:55")
add(d, outlook(ELENA, "Заявка 153562 — ограждение, Детский дом № 4", d, """Ольга Николаевна, доброе утро!

Заявку 153562 приняли в работу. Секции 2,5×2,0 м и столбы 80×80 заказаны на заводе, забираем в среду. По поз. 4 (покраска) — при минусе делать смысла нет, эмаль не ляжет, напишу отдельно с предложением по срокам.

""" + SIG_ELENA, cs="utf-8"),
    "decided", "acceptance of the whole request (UTF-8 Outlook)", "153562", [], P)

d = khb("2026-11-11 08:05")
add(d, mailru(PAVEL_MR, "153562 п1 и п3", d, "Выезжаем на Суворова 73 с секциями, две машины. Через полчаса будем" + SIG_MAILRU),
    "decided", "leaving for the site, positions in subject", "153562", ["1", "3"], D)

d = khb("2026-11-11 08:47")
add(d, mailru(PAVEL_MR, "Re: 153562 п1 и п3", d, "Прибыли, разгружаемся. Ворота открыли" + SIG_MAILRU +
    mailru_quote("Среда, 11 ноября 2026, 8:09 +10:00", "Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>",
                 "Принято. Сообщите, пожалуйста, когда будете на месте.\nДиспетчер Смирнова О.Н."), irt=disp_mid()),
    "decided", "'Прибыли'; request and positions from the Re: subject", "153562", ["1", "3"], M)

d = khb("2026-11-13 17:20")
add(d, mailru(PAVEL_MR, "153562", d,
    "п1 — секции поставили все 14 шт, уехали. п3 в понедельник доделаем, там столбы бетонировать, сегодня не успели" + SIG_MAILRU),
    "decided", "pos 1 finished; pos 3 only planned", "153562", ["1"], U)

d = khb("2026-11-17 13:10")
add(d, iphone(PAVEL_WORK, "153562-2", d,
    "Ворота и калитка — сварщик выехал к вам на Суворова, будет минут через 40. Генератор везёт свой." + SIG_IPHONE),
    "decided", "position after dash in subject; 'выехал к вам' = on the way", "153562", ["2"], D)

d = khb("2026-11-18 10:30")
add(d, outlook(ELENA, "153562 — состояние на 18.11", d, """Ольга Николаевна, добрый день.

По заявке 153562 на сегодня так: п.3 (секции вдоль спортплощадки) закончили вчера, бригада оттуда ушла; п.2 — сварщик работает на месте, ворота навесили, калитку доваривает; п.4 (покраска), как и писала, после потепления.
Письмо о переносе покраски подготовлю к концу недели.

""" + SIG_ELENA),
    "review", "different statuses for different positions (3 left, 2 on site) in one letter")

d = khb("2026-11-20 16:05")
add(d, mailru(PAVEL_MR, "153562 поз 2,3", d,
    "Всё. Ворота, калитка, секции вдоль спортплощадки готовы, мусор забрали. Снялись с объекта в 15:50" + SIG_MAILRU),
    "decided", "'готовы', 'снялись с объекта' = left", "153562", ["2", "3"], U)

d = khb("2026-11-27 11:40")
add(d, outlook(ELENA, "Перенос покраски ограждения — Детский дом № 4", d, """Ольга Николаевна, добрый день!

Как договаривались, по заявке 153562 позиция 4 (покраска ограждения, 186 м²): предлагаем перенести работы на апрель 2027 г. Эмаль ПФ-115 по паспорту наносится при температуре не ниже +5 °С, сейчас днём −15…−18. Если вы не против, подготовим дополнительное соглашение к ГК № 0322200012726000209 о переносе срока по этому этапу, сумма по этапу 64 900,00 руб. не меняется. Прошу согласовать письмом.

""" + SIG_ELENA),
    "review", "plan/postponement and contract talk; no status")

# ======================= 154090  Госархив, протечка =====================
d = khb("2026-11-11 09:30")
add(d, thebat(DIRECTOR, "Re: Заявка 154090 - протечка кровли, Госархив", d, """Здравствуйте, Ольга Николаевна.

Вы писали 10 ноября 2026 г., 18:06:

ДС> Добрый день. Заявка № 154090, КГКУ «Государственный архив Хабаровского края»,
ДС> ул. Шеронова, 54. Поз. 1 — протечка кровли над хранилищем № 3, вода по стене.
ДС> Срочно! Прошу подтвердить принятие.

Заявку взяли. Горбунов с бригадой будет завтра с утра, сегодня все люди на
Суворова, снимать не могу. Хранилище пусть пока плёнкой укроют.

""" + SIG_DIRECTOR, irt=disp_mid()),
    "decided", "The Bat!, KOI8-R, answer written under 'ДС>' quote: 'Заявку взяли'", "154090", [], P)

d = khb("2026-11-12 08:15")
add(d, mailru(PAVEL_MR, "154090", d, "Выезд 8:10, едем в архив. Пробка на Карла Маркса, минут 20-25" + SIG_MAILRU),
    "decided", "noun 'Выезд' with time, travelling now", "154090", [], D)

d = khb("2026-11-12 09:02")
add(d, mailru(PAVEL_MR, "154090 фото", d, "на кровле. течь у парапета, примыкание разошлось метра 3. фото" + SIG_MAILRU,
    atts=[jpg("IMG_20261112_085811.jpg"), jpg("IMG_20261112_090036.jpg"), jpg("IMG_20261112_090102.jpg")]),
    "decided", "'на кровле' = on site, photos", "154090", [], M)

d = khb("2026-11-12 15:30")
add(d, mailru(PAVEL_MR, "154090 поз.2", d, "над читальным залом тоже прошлись, закончили. можно закрывать" + SIG_MAILRU),
    "review", "request 154090 has no position 2")

d = khb("2026-11-13 10:45")
add(d, outlook(ELENA, "Госархив, ул. Шеронова — акт № 93", d, """Добрый день, Ольга Николаевна!

Сообщаю, что работы по заявке № 154090 (протечка кровли над хранилищем № 3) выполнены 12.11.2026, бригада покинула объект в 16:10. Разошедшееся примыкание к парапету переклеили (Техноэласт ЭКП, 2 слоя), дополнительно прошли герметиком швы над читальным залом — это в рамках той же заявки, отдельной позиции не нужно. Во вложении акт № 93 от 12.11.2026 и счёт № 422 на 58 300,00 руб., оплата по ГК № 0322200012726000147.

""" + SIG_ELENA, atts=[pdf("Акт № 93 от 12.11.2026.pdf"), pdf("Счет № 422 от 12.11.2026.pdf")]),
    "decided", "office report: works done, crew left 16:10; act/invoice numbers", "154090", [], U)

# ======================= 154731  ЦЗН, электрика =========================
d = khb("2026-11-12 09:05")
add(d, outlook(ELENA, "Заявка №154731 - принята в работу", d, """Добрый день!

Заявка №154731 (ЦЗН, ул. Комсомольская, 45) принята в работу. Светильники для коридоров заказали, поставка 13.11, электромонтажники выйдут в тот же день.

""" + SIG_ELENA, html_only=True, cte="base64"),
    "decided", "HTML-only letter", "154731", [], P)

d = khb("2026-11-13 10:15")
add(d, iphone(PAVEL_WORK, "Комсомольская 45", d,
    "По обращению 154731 — первая позиция, на месте. Снимаем старые растры в коридоре 1 эт, ставим LED 36Вт, 24 шт." + SIG_IPHONE),
    "decided", "'обращение', 'первая позиция'", "154731", ["1"], M)

d = khb("2026-11-16 10:30")
add(d, outlook(ELENA, "Закрывающие документы — ЦЗН, Комсомольская 45", d, """Ольга Николаевна, добрый день!

Во вложении КС-2 № 96 и КС-3 № 96 от 14.11.2026, счёт № 425 и счёт-фактура № 211 от 14.11.2026 на 97 460,00 руб. Электромонтажные работы по заявке 154731 (поз. 1 и 2) закончены в субботу 14.11, бригада уехала в 18:20, ключи от щитовой сданы вахтёру. В счёте ИНН/КПП учреждения указали 2721034120 / 272101001, как в контракте; если у них поменялся КПП — скажите, переделаем. Старые светильники (24 шт.) вывезли на утилизацию, акт утилизации № 15/11 тоже во вложении.

""" + SIG_ELENA, atts=[pdf("КС-2 КС-3 № 96.pdf"), pdf("Счет 425, СФ 211.pdf"), pdf("Акт утилизации 15-11.pdf")]),
    "decided", "status inside a documents paragraph; customer INN/KPP in text", "154731", ["1", "2"], U)

# ======================= 155206  поликлиника № 11 ========================
d = khb("2026-11-12 14:30")
BODY_155206 = """Ольга Николаевна, заявка 155206 (поликлиника № 11, стояки ХВС/ГВС, канализация в подвале) принята. Выезд 13.11 с 09:00, отключение воды по стоякам прошу согласовать с главврачом заранее — ориентировочно с 9:30 до 17:00."""
m155206 = outlook(ELENA, "Заявка 155206 принята", d, BODY_155206 + "\n\n" + SIG_ELENA, cc=[PAVEL_MR])
add(d, m155206,
    "decided", "acceptance with planned departure", "155206", [], P)

d = khb("2026-11-13 09:40")
add(d, mailru(PAVEL_MR, "Re: Заявка 155206 принята", d, "ПОЛИКЛИНИКА 11. НА МЕСТЕ. П1 П2 ВОДУ ПЕРЕКРЫЛИ В 9:35" + SIG_MAILRU +
    mailru_quote("Четверг, 12 ноября 2026, 14:30 +10:00", "Ковалёва Елена Сергеевна <kovaleva@dalstroyservis.ru>", BODY_155206),
    irt=m155206["Message-ID"], cc=[ELENA]),
    "decided", "caps; Re: subject still says 'принята' but body reports on site", "155206", ["1", "2"], M)

d = khb("2026-11-13 10:02")
rr_text = text_part("""Ваше сообщение

  Кому: Ковалёва Елена Сергеевна
  Тема: Заявка 155206 — доступ в подвал
  Отправлено: 13 ноября 2026 г. 9:51

было прочитано 13 ноября 2026 г. 10:02.
""", "plain", "windows-1251", "quoted-printable")
mdn = Message()
mdn["Content-Type"] = "message/disposition-notification"
mdn.set_payload("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;kovaleva@dalstroyservis.ru\n"
                "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % disp_mid())
rr = multipart("report", [rr_text, mdn], report_type="disposition-notification")
headers(rr, ELENA, DISPATCH, "Прочитано: Заявка 155206 — доступ в подвал", d, mid_outlook(), "windows-1251", "B",
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")])
add(d, reorder(rr), "ignored", "read receipt (MDN) generated by Outlook")

d = khb("2026-11-13 11:00")
add(d, outlook(ELENA, "RE: Заявка 155206 — доступ в подвал", d, """Ольга Николаевна, получила, спасибо. Ключ от подвала Павел заберёт у завхоза, фото до/после пришлём.

""" + SIG_ELENA + """

От: Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru] 
Отправлено: 13 ноября 2026 г. 9:51
Кому: Ковалёва Елена Сергеевна <kovaleva@dalstroyservis.ru>
Тема: Заявка 155206 — доступ в подвал

Елена Сергеевна, по 155206: ключ от подвала у завхоза Лебедевой, тел. 8-914-544-12-07. Просьба по поз. 3 прислать фото до и после работ.""", irt=disp_mid()),
    "review", "acknowledgement of dispatcher's message + promise; no status")

d = khb("2026-11-13 17:55")
add(d, mailru(PAVEL_MR, "155206", d, "стояк ХВС (п1) поменяли, воду дали, течи нет. ГВС завтра с утра доделаем" + SIG_MAILRU),
    "decided", "result 'поменяли' for pos 1; pos 2 planned", "155206", ["1"], U)

d = khb("2026-11-14 15:20")
add(d, iphone(PAVEL_WORK, "#155206", d,
    "По второй позиции готово, ГВС запустили в 15:05, бригада освободилась. Подвал (п3) в понедельник — там воды по щиколотку, заказали откачку." + SIG_IPHONE),
    "decided", "'#' number; 'по второй позиции готово, бригада освободилась'", "155206", ["2"], U)

d = khb("2026-11-16 12:10")
add(d, outlook(ELENA, "Поликлиника № 11 — подвал", d, """Ольга Николаевна, добрый день. Пересылаю сообщение прораба из WhatsApp, у него на телефоне почта не открывается:

[16.11.2026, 11:52] Павел Горбунов: 155206 п3 по подвалу всё. Откачали, канализацию прочистили, чугунный лоток 2 м заменили на ПВХ 110. Уехали в 11:40

Фото до/после отправлю отдельным письмом, они тяжёлые.

""" + SIG_ELENA),
    "decided", "office relays the foreman's WhatsApp message: pos 3 done, left", "155206", ["3"], U)

# ======================= 156048  Некрасовка =============================
d = khb("2026-11-13 16:20")
add(d, outlook(ELENA, "Некрасовка — заявка 156048", d, """Ольга Николаевна, добрый день!

Заявку 156048 (Некрасовский дом-интернат) приняли в работу. Выезд планируем на понедельник 16.11. Просьба передать в учреждение данные для пропуска на территорию: ГАЗель В 317 КО 27, КамАЗ А 482 МР 27, водители Ерёменко А.В. и Сидоренко Н.П., бригада 5 человек.

""" + SIG_ELENA),
    "decided", "acceptance; car plates", "156048", [], P)

d = khb("2026-11-16 07:50")
add(d, mailru(PAVEL_MR, "156048", d, "Выдвинулись в Некрасовку, кровля жилого корпуса (п1). Дорога нормальная, к 9 будем" + SIG_MAILRU),
    "decided", "'выдвинулись в' = leaving for the site", "156048", ["1"], D)

d = khb("2026-11-19 17:30")
add(d, mailru(PAVEL_MR, "156048 п1", d, "Кровлю сделали, выехали из Некрасовки в город. Завтра за ограждение" + SIG_MAILRU),
    "decided", "'выехали из' = leaving from the site", "156048", ["1"], U)

d = khb("2026-11-20 08:40")
add(d, mailru(PAVEL_MR, "156048 п2", d, "По ограждению ещё не выехали — КамАЗ А482МР27 не завёлся, -26. Греем. Как выедем напишу" + SIG_MAILRU),
    "review", "negation: not yet left")

d = khb("2026-11-21 09:15")
add(d, mailru(PAVEL_MR, "Fwd: Некрасовка", d, """156048 п2 — сварщики в дороге, ниже пересылаю


-------- Пересылаемое сообщение --------
От кого: Андрей Лысенко <lysenko.a.v@mail.ru>
Кому: Павел Горбунов <pavel.gorbunov27@mail.ru>
Дата: Суббота, 21 ноября 2026, 9:08 +10:00
Тема: Некрасовка

Паша мы выехали, на трассе, будем через час. Профлист и саморезы взяли
----------------------------------------------------------------------""" + SIG_MAILRU),
    "decided", "mail.ru forward of the welder's message: on the way", "156048", ["2"], D)

d = khb("2026-11-23 09:50")
add(d, outlook(ELENA, "Некрасовка, ограждение — выполнено", d, """Ольга Николаевна, доброе утро!

По наряду 156048, п.2 (ограждение) — работы закончены в субботу 21.11, бригада вернулась в Хабаровск вечером. Заменено 26 п.м. профлиста С8 и 4 столба. Фото прикладываю, акты КС-2/КС-3 по обеим позициям подготовим к пятнице.

""" + SIG_ELENA, atts=[jpg("IMG_20261121_143210.jpg"), jpg("IMG_20261121_151944.jpg")]),
    "decided", "'наряд'; finished, crew returned", "156048", ["2"], U)

# ======================= 156913  музей Гродекова ========================
d = khb("2026-11-16 13:15")
add(d, outlook(ELENA, "Заявка 156913 — музей им. Гродекова", d, """Добрый день!

Заявку 156913 (аварийное освещение экспозиционного зала, ул. Шевченко, 11) приняли. Электрик будет завтра к открытию музея. Аккумуляторы 12 В 7 А·ч для блоков аварийного освещения есть в наличии.

""" + SIG_ELENA, plain_only=True, cte="base64"),
    "decided", "windows-1251 base64 plain only", "156913", [], P)

d = khb("2026-11-17 09:05")
add(d, iphone(PAVEL_WORK, "Re: 156913", d, "Электрик выехал, будет к 9:40 со служебного входа." + SIG_IPHONE + """

> 16 нояб. 2026 г., в 13:40, Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru> написал(а):
> 
> Павел Андреевич, по 156913 вход со стороны двора, служебный. Охрана предупреждена, спросить Иванова В.Г., тел. 31-64-08.
> """, irt=disp_mid()),
    "decided", "bare number in Re: subject; iPhone quote below", "156913", [], D)

d = khb("2026-11-17 10:16")
add(d, mailru(PAVEL_MR, "156913", d, "На месте. Щит аварийного освещения вскрыли, аккумуляторы вздулись все 6 шт. Фото" + SIG_MAILRU,
    atts=[jpg("IMG_20261117_101522.jpg")]),
    "decided", "on site with photo", "156913", [], M)

d = khb("2026-11-18 14:00")
add(d, thebat(DIRECTOR, "Fwd: 156913", d, """Здравствуйте, Ольга Николаевна.

Пересылаю отчёт прораба по музею.

Это пересланное сообщение --
От: Павел Горбунов <pavel.gorbunov27@mail.ru>
Кому: Ткачёв Сергей Викторович <tkachev@dalstroyservis.ru>
Дата: 18 ноября 2026 г., 13:42:17
Тема: 156913

===8<==============Текст оригинального сообщения===============
Сергей Викторович, аварийку в музее запустили, АКБ поменяли 6 шт, проверили с отключением — горит 1,5 часа. Смотритель подписал. Уехал.

--
Отправлено из мобильной Почты Mail.ru
===8<===========Конец текста оригинального сообщения===========

""" + SIG_DIRECTOR),
    "decided", "The Bat! forward (KOI8-R) of the foreman's report: done, left", "156913", [], U)

d = khb("2026-11-20 09:30")
add(d, outlook(ELENA, "RE: 156913 — акт подписан", d, """Ольга Николаевна, спасибо! Подписанный акт № 102 получили, оригинал заберём в понедельник.

""" + SIG_ELENA + """

От: Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru] 
Отправлено: 19 ноября 2026 г. 17:12
Кому: Ковалёва Елена Сергеевна <kovaleva@dalstroyservis.ru>
Тема: 156913 — акт подписан

Елена Сергеевна, акт по аварийному освещению музея подписан, скан во вложении.""", irt=disp_mid()),
    "review", "thanks for the dispatcher's message; nothing reported")

# ======================= 157385  общежитие ХТК ==========================
d = khb("2026-11-18 09:40")
add(d, outlook(ELENA, "Наряд-заявка 157385, общежитие колледжа", d, """Ольга Николаевна, добрый день.

По наряд-заявке 157385 (общежитие ХТК, ул. Краснореченская, 92) — принято. Водонагреватели Thermex ERS 80 V (3 шт.) заказали у поставщика, поставка 20.11. По душевым начнём в четверг, сначала 3-й этаж.

""" + SIG_ELENA),
    "decided", "'наряд-заявка ... — принято'; model number", "157385", [], P)

d = khb("2026-11-19 09:25")
add(d, mailru(PAVEL_MR, "157385 (1)", d, "нa мeсте, душевые 3 эт, начали демонтаж плитки" + SIG_MAILRU),
    "decided", "Latin 'a' and 'e' inside 'на месте'; position in brackets in subject", "157385", ["1"], M)

d = khb("2026-11-19 18:05")
add(d, mailru(PAVEL_MR, "157385", d, "п.1 закончели, уехали. трапы поменяли 4 шт. П2 начнем завтра с 9" + SIG_MAILRU),
    "decided", "typo 'закончели'; pos 2 only planned", "157385", ["1"], U)

d = khb("2026-11-21 13:30")
add(d, mailru(PAVEL_MR, "водонагреватели", d, "по заявке 157835 водонагреватели поменяли все 3, старые вывезли. Коменданту показал как включать" + SIG_MAILRU),
    "review", "number 157835 is not in the registry (digits swapped)")

d = khb("2026-11-23 10:00")
add(d, outlook(ELENA, "Статус по заявке 157385 (общежитие ХТК)", d, """Ольга Николаевна, добрый день!

Статус по заявке 157385 на 23.11:

[[TABLE]]

По поз. 1 информацию направляли 19.11. В субботнем письме прораба номер заявки указан с опечаткой (157835) — правильный 157385.

""" + SIG_ELENA, table=(["Поз.", "Работы", "Статус", "Время"], [
        ["2", "Душевые 4 эт.: трапы, смесители", "Выполнено, бригада убыла", "20.11.2026 17:40"],
        ["3", "Водонагреватели Thermex ERS 80 V, 3 шт.", "Выполнено, бригада убыла", "21.11.2026 13:00"]])),
    "decided", "HTML table rows for positions 2 and 3; mentions the typo number only as a correction", "157385", ["2", "3"], U)

# ======================= 158120  ДККБ, электрика =========================
d = khb("2026-11-19 03:12")
bounce_txt = text_part("""This is the mail system at host mx1.dalstroyservis.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<snab@dalstroyservis.ru>: unknown user: "snab"
""", "plain", "us-ascii", "7bit")
dsn = Message()
dsn["Content-Type"] = "message/delivery-status"
dsn.set_payload([message_from_string(b + "\n") for b in """Reporting-MTA: dns; mx1.dalstroyservis.ru
X-Postfix-Queue-ID: 4Ck2Xs0q7Lz9vB1
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: Thu, 19 Nov 2026 03:11:58 +1000 (+10)

Final-Recipient: rfc822; snab@dalstroyservis.ru
Original-Recipient: rfc822;snab@dalstroyservis.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "snab"
""".strip().split("\n\n")])
orig_h = Message()
orig_h["Content-Type"] = "text/rfc822-headers"
orig_h.set_payload("""Return-Path: <dispatch@zakazchik-omis.ru>
From: =?UTF-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0YHQu9GD0LbQsdCwINCe0JzQmNCh?= <dispatch@zakazchik-omis.ru>
To: snab@dalstroyservis.ru
Subject: %s
Date: Wed, 18 Nov 2026 20:11:40 +0300
Message-ID: %s
""" % (enc_word("Заявка 158120 — материалы", "utf-8", "B"), disp_mid()))
bn = multipart("report", [bounce_txt, dsn, orig_h], report_type="delivery-status")
bn["From"] = "%s <%s>" % DAEMON
bn["To"] = DISPATCH[1]
bn["Subject"] = "Undelivered Mail Returned to Sender"
bn["Date"] = format_datetime(d)
bn["Message-ID"] = mid_other("bounce")
bn["Auto-Submitted"] = "auto-replied"
bn["MIME-Version"] = "1.0"
add(d, reorder(bn), "ignored", "delivery failure report (bounce) mentioning 158120 in the returned headers")

d = khb("2026-11-19 08:50")
add(d, outlook(ELENA, "Заявка № 158120 — ДККБ, электромонтажные работы", d, """Ольга Николаевна, доброе утро!

Заявку № 158120 приняли в работу. Работы выполняем в рамках госконтракта № 0322200012726000188 от 02.06.2026 (ИКЗ 262272104567327210100100370014321244), по смете 1 248 730,00 руб., этап 3. По п. 3 (наружное освещение) нужна автовышка, заказали на 24.11. Главного энергетика больницы Кравченко И.П. просим предупредить, что в пятницу будем отключать ЩР-3 на 2–3 часа.

""" + SIG_ELENA),
    "decided", "acceptance amid contract/IKZ/sum numbers", "158120", [], P)

d = khb("2026-11-20 08:20")
add(d, mailru(PAVEL_MR, "158120 п.1, п.2", d, "Выехали в ДККБ, 2 электрика + я. Будем к 9" + SIG_MAILRU),
    "decided", "'выехали в' = on the way", "158120", ["1", "2"], D)

d = khb("2026-11-20 09:10")
add(d, mailru(PAVEL_MR, "ДККБ", d, "158120 поз1, поз2 — прибытие 9:00. ЩР-3 отключили по согласованию с энергетиком в 9:05" + SIG_MAILRU),
    "decided", "noun 'прибытие' with time; 'поз1, поз2'", "158120", ["1", "2"], M)

d = khb("2026-11-23 11:30")
add(d, outlook(ELENA, "ДККБ — исполнительная документация, счёт", d, """Ольга Николаевна, добрый день!

Направляю по ГК № 0322200012726000188 промежуточные документы по этапу 3: КС-2 № 104 и КС-3 № 104 от 21.11.2026 на 412 300,00 руб., счёт № 436, исполнительную схему щита ЩР-3 и протокол измерения сопротивления изоляции № 58-И от 21.11.2026 (лаборатория ООО «ЭнергоТест», свидетельство о регистрации № 2271). По заявке 158120 позиции 1 и 2 работы закончены в субботу, бригада с объекта ушла около 16:00, схему щита передали Кравченко И.П. под подпись. Оплату по счёту прошу провести до 10.12.2026, реквизиты в подписи, назначение платежа — «Оплата по ГК № 0322200012726000188, этап 3, в т.ч. НДС».

""" + SIG_ELENA, atts=[pdf("КС-2 КС-3 № 104 ДККБ.pdf"), pdf("Счет № 436.pdf"), pdf("Протокол 58-И.pdf")]),
    "decided", "one status sentence inside a long paperwork paragraph", "158120", ["1", "2"], U)

d = khb("2026-11-23 08:55")
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Ковалёва Елена Сергеевна:mailto:kovaleva@dalstroyservis.ru
ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по графику работ (153562\\, 158120)
DTSTART:20261125T010000Z
DTEND:20261125T020000Z
UID:040000008200E00074C5B7101A82E00800000000B0C4D1A6F21BDB01000000000000000010000000
DTSTAMP:20261122T225512Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
cal = multipart("alternative", [
    text_part("", "plain", "utf-8", "quoted-printable"),
    text_part(ics, "calendar", "utf-8", "base64", '; method=REPLY')])
headers(cal, ELENA, DISPATCH, "Принято: Совещание по графику работ (153562, 158120)", d, mid_outlook(), "windows-1251", "B",
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")])
add(d, reorder(cal), "ignored", "calendar meeting acceptance generated by Outlook")

d = khb("2026-11-24 11:05")
add(d, mailru(PAVEL_MR, "Re: 158120 наружка", d, "п3 и п4 на месте. Автовышка работает по периметру, на пищеблоке двое параллельно" + SIG_MAILRU +
    mailru_quote("Вторник, 24 ноября 2026, 10:20 +10:00", "Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>",
                 "Павел Андреевич, когда планируете наружное освещение по 158120 (п.3)? Больница спрашивает, нужно ли освобождать парковку.\nСмирнова О.Н."),
    irt=disp_mid()),
    "decided", "reply to dispatcher's question: positions 3 and 4 on site", "158120", ["3", "4"], M)

d = khb("2026-11-25 10:00")
add(d, outlook(ELENA, "Сводка на 25.11", d, """Ольга Николаевна, коротко по объектам на сегодня: на Ленинградской (159044) сварщики на месте, ставят столбы; в ДККБ (158120) наружку заканчиваем сегодня, пищеблок готов. Подробно напишу вечером.

""" + SIG_ELENA),
    "review", "two different requests in one letter")

d = khb("2026-11-26 17:45")
add(d, mailru(PAVEL_MR, "158120", d, "Всё, все позиции закрыли, уехали. Опоры наружки покрасили, светильники горят" + SIG_MAILRU),
    "decided", "'все позиции закрыли, уехали' = whole request finished", "158120", [], U)

# ======================= 159044  авиабаза, ограждение ====================
d = khb("2026-11-23 09:15")
add(d, outlook(ELENA, "Заявка № 159044 принята в работу", d, """Добрый день!

Заявка № 159044 (КГБУ «Хабаровская авиабаза», ограждение склада, ул. Ленинградская, 28) принята в работу. Профлист С8 RAL 6005, столбы 60×60, ориентировочно 48 п.м. Начало работ — 24.11.

""" + SIG_ELENA, cs="utf-8", cte="base64"),
    "decided", "acceptance; RAL code, sizes", "159044", [], P)

d = khb("2026-11-27 10:10")
inner = mailru(PAVEL_MR, "159044 забор", khb("2026-11-26 18:12"),
               "Лена, на Ленинградской закончили, 48 м + калитка. Уехали в 18:00. Сторож принял, ключи от калитки у него" + SIG_MAILRU,
               to=ELENA)
rfc = Message()
rfc["Content-Type"] = "message/rfc822"
rfc["Content-Disposition"] = 'attachment; filename="%s"' % enc_word("159044 забор.eml", "windows-1251", "B")
rfc.set_payload([inner])
outer_core = multipart("alternative", [
    text_part("Ольга Николаевна, добрый день!\n\nПересылаю сообщение прораба по Ленинградской (во вложении). КС-2 № 121 от 26.11.2026 подготовим сегодня, подпишем у завхоза в понедельник.\n\n" + SIG_ELENA,
              "plain", "windows-1251", "quoted-printable"),
    text_part(outlook_html("Ольга Николаевна, добрый день!\n\nПересылаю сообщение прораба по Ленинградской (во вложении). КС-2 № 121 от 26.11.2026 подготовим сегодня, подпишем у завхоза в понедельник.\n\n" + SIG_ELENA, "windows-1251"),
              "html", "windows-1251", "quoted-printable")])
fw = multipart("mixed", [outer_core, rfc])
headers(fw, ELENA, DISPATCH, "Fw: 159044 забор", d, mid_outlook(), "windows-1251", "B",
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")])
add(d, reorder(fw), "decided", "forward as attached message/rfc822; forwarded report: finished, left 18:00", "159044", [], U)

d = khb("2026-11-30 11:00")
add(d, thunderbird(BUH, "Счёт № 447 — доп. работы, авиабаза", d, """Добрый день.

По заявке 159044 выставлен счёт № 447 от 27.11.2026 на 38 400,00 руб. — дополнительные работы (12 п.м. ограждения сверх сметы, согласованы устно с завхозом). Прошу сообщить, будет ли оформляться доп. соглашение к ГК, или выставлять счёт на учреждение напрямую. Без этого провести не можем.

-- 
Главный бухгалтер
Мельникова Ирина Владимировна
ООО «ДальСтройСервис»
тел. 8 (4212) 41-63-02
"""),
    "review", "accounting: invoice/price question, no status")

# ======================= no number / misc =================================
d = khb("2026-11-24 15:30")
add(d, outlook(ELENA, "Краснодарская — протечка", d, """Ольга Николаевна, добрый день.

Бригада на месте на Краснодарской, по протечке в процедурном кабинете (вчерашний звонок главной медсестры), начали вскрытие подвесного потолка. Номер заявки нам так и не пришёл — пришлите, пожалуйста, чтобы мы могли закрыть работы.

""" + SIG_ELENA),
    "review", "on site, but no request number (asks for it)")

d = khb("2026-11-25 09:47")
add(d, mailru(PAVEL_MR, "", d, "На месте" + SIG_MAILRU, atts=[jpg("IMG_20261125_094501.jpg")]),
    "review", "empty subject, 'На месте' with a photo: no request number")

d = khb("2026-11-26 13:00")
add(d, thebat(DIRECTOR, "Коммерческое предложение — очистка кровель от снега, зима 2026/27", d, """Здравствуйте, Ольга Николаевна.

Направляю наше коммерческое предложение на очистку кровель от снега и наледи
на сезон декабрь 2026 — март 2027 для учреждений из вашего перечня (43 объекта).
Цена — 42 руб./м² при механизированной очистке, 68 руб./м² вручную со
страховкой, выезд по заявке в течение 4 часов. Готовы обсудить рамочный
контракт. Прошу довести до руководства.

""" + SIG_DIRECTOR, atts=[attachment("КП_очистка_кровель_2026-27.pdf", fake_pdf("KP"), "application/pdf", "2047", "koi8-r")]),
    "review", "commercial offer / price talk, no request")

d = khb("2026-11-03 10:00")
news_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>С Днём народного единства!</title></head>
<body style="margin:0;background:#eef2f5"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#1f4e79;color:#fff;padding:24px;font-size:22px">ДальСтройСервис</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p>Уважаемые партнёры!</p>
<p>Поздравляем вас с Днём народного единства! За 12 лет работы мы вместе отремонтировали более 150 000 м² кровель и 38 км ограждений на объектах Хабаровского края.</p>
<p>Напоминаем: с 1 декабря действует зимний график аварийной службы — круглосуточно, тел. 8 (4212) 41-63-00.</p>
<p>С уважением,<br>коллектив ООО «ДальСтройСервис»</p></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">Вы получили это письмо, так как являетесь нашим партнёром. <a href="https://dalstroyservis.ru/unsubscribe?u=8f31c2">Отписаться</a></td></tr>
</table></body></html>"""
nw = multipart("alternative", [
    text_part("Уважаемые партнёры!\n\nПоздравляем вас с Днём народного единства! За 12 лет работы мы вместе отремонтировали более 150 000 м² кровель и 38 км ограждений на объектах Хабаровского края.\n\nНапоминаем: с 1 декабря действует зимний график аварийной службы — круглосуточно, тел. 8 (4212) 41-63-00.\n\nС уважением,\nколлектив ООО «ДальСтройСервис»\n\nОтписаться: https://dalstroyservis.ru/unsubscribe?u=8f31c2\n", "plain", "utf-8", "base64"),
    text_part(news_html, "html", "utf-8", "base64")])
headers(nw, NEWS, DISPATCH, "С Днём народного единства!", d, mid_other("news"), "utf-8", "B",
        extra=[("Precedence", "bulk"), ("List-Id", "Partners news <partners.dalstroyservis.ru>"),
               ("List-Unsubscribe", "<mailto:unsubscribe@dalstroyservis.ru?subject=unsubscribe>, <https://dalstroyservis.ru/unsubscribe?u=8f31c2>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("X-Mailer", "UniSender Go")])
add(d, reorder(nw), "ignored", "bulk newsletter (Precedence: bulk, List-Unsubscribe)")

d = khb("2026-11-29 14:00")
ar = text_part("Здравствуйте!\n\nЯ на объекте в Бикине до 02.12, связь плохая, почту не читаю. По заявкам звоните в офис: 8 (4212) 41-63-07, Ковалёва Елена Сергеевна.\n\nПавел Горбунов\n", "plain", "utf-8", "base64")
headers(ar, PAVEL_MR, DISPATCH, "Автоответ: 158120 замечания по наружному освещению", d, mid_mailru(d), "utf-8", "B",
        irt=disp_mid(), extra=[("Auto-Submitted", "auto-replied"), ("X-Mailru-Autoreply", "1"), ("Precedence", "auto_reply")])
add(d, reorder(ar), "ignored", "mail.ru auto-responder (Auto-Submitted: auto-replied), names a request number in subject")

d = khb("2026-11-30 09:05")
oo = outlook(ELENA, "Автоматический ответ: 159044 — по доп. работам", d, """Здравствуйте!

Я в отпуске с 30.11.2026 по 11.12.2026. По договорным вопросам обращайтесь к Ткачёву Сергею Викторовичу, tkachev@dalstroyservis.ru, тел. 8 (4212) 41-63-00, по ходу работ — к прорабу Горбунову П.А., +7 924 215-40-88.

Ковалёва Е.С.""", irt=disp_mid(), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                         ("X-MS-Exchange-Inbox-Rules-Loop", "kovaleva@dalstroyservis.ru")])
add(d, oo, "ignored", "Outlook out-of-office auto-reply")

# ---------------------------------------------------------------- write out

def main():
    os.makedirs(LETTERS, exist_ok=True)
    for f in os.listdir(LETTERS):
        if f.endswith(".eml"):
            os.remove(os.path.join(LETTERS, f))
    L.sort(key=lambda x: x[0])
    labels = {}
    pol = policy.compat32.clone(linesep="\n", max_line_length=0)
    for i, (d, msg, lab) in enumerate(L, 1):
        name = "%03d.eml" % i
        with open(os.path.join(LETTERS, name), "wb") as fp:
            BytesGenerator(fp, mangle_from_=False, policy=pol).flatten(msg)
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fp:
        json.dump(REGISTRY, fp, ensure_ascii=False, indent=1)
    print("letters:", len(L))


if __name__ == "__main__":
    main()
