#!/usr/bin/env python3
"""Generator for persona O: ИП Соловьёв («Мастер на час», Казань).

Writes registry.json, letters/NNN.eml and labels.json next to this script.
Raw RFC 5322 messages are assembled by hand so that each sender's mail client
looks like itself (iPhone Mail, old Samsung/Android stock mail, The Bat!,
Outlook 2016 with English UI, server autoresponders, Exim, Unisender).
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
import struct
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_LET = os.path.join(HERE, "letters")
os.makedirs(OUT_LET, exist_ok=True)

rng = random.Random(61190)
TZ = dt.timezone(dt.timedelta(hours=3))


def D(day, hh, mm, ss=None):
    return dt.datetime(2026, 11, day, hh, mm,
                       rng.randint(0, 59) if ss is None else ss, tzinfo=TZ)


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid_upper():
    h = hexid(32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------- encoders
def ew(s, charset, enc="B"):
    """RFC 2047 encoded words, folded; ASCII passes through."""
    if all(ord(c) < 128 for c in s):
        return s

    def one(t):
        b = t.encode(charset)
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        q = ""
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                q += "_"
            elif ch.isalnum() and byte < 128:
                q += ch
            else:
                q += "=%02X" % byte
        return f"=?{charset}?Q?{q}?="

    words, cur = [], ""
    for ch in s:
        if cur and len(one(cur + ch)) > 72:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    words.append(one(cur))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if name is None:
        return email
    return f"{ew(name, charset, enc)} <{email}>"


def b64body(text, charset):
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def qpbody(text, charset):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64bytes(data):
    return base64.encodebytes(data).decode("ascii")


def render(headers, body):
    """headers: list of (name, value) with str values; body: str or bytes."""
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    if isinstance(body, str):
        raw = (head + "\n" + body).encode("ascii")
    else:
        raw = (head + "\n").encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def part(headers, body):
    """A MIME part as bytes (LF newlines, CRLF conversion happens at render)."""
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    if isinstance(body, str):
        body = body.encode("ascii")
    return head.encode("ascii") + b"\n" + body


def multipart(boundary, parts, preamble=None):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + boundary.encode() + b"--\n"
    return out


def eightbit(text, charset):
    return text.encode(charset)


# ---------------------------------------------------------------- attachments
def tiny_jpeg(w, h, shade):
    """Valid baseline grayscale JPEG made of flat 8x8 blocks (DC only)."""
    out = bytearray(b"\xff\xd8")
    app0 = b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    out += b"\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0
    dqt = bytes([0]) + bytes([8] * 64)
    out += b"\xff\xdb" + struct.pack(">H", len(dqt) + 2) + dqt
    sof = bytes([8]) + struct.pack(">HH", h, w) + bytes([1, 1, 0x11, 0])
    out += b"\xff\xc0" + struct.pack(">H", len(sof) + 2) + sof
    bits = [0] * 16
    bits[3] = 12
    dht_dc = bytes([0x00]) + bytes(bits) + bytes(range(12))
    bits2 = [0] * 16
    bits2[0] = 1
    dht_ac = bytes([0x10]) + bytes(bits2) + bytes([0x00])
    out += b"\xff\xc4" + struct.pack(">H", len(dht_dc) + 2) + dht_dc
    out += b"\xff\xc4" + struct.pack(">H", len(dht_ac) + 2) + dht_ac
    sos = bytes([1, 1, 0x00, 0, 63, 0])
    out += b"\xff\xda" + struct.pack(">H", len(sos) + 2) + sos
    bitstr = []
    prev = 0
    for by in range((h + 7) // 8):
        for bx in range((w + 7) // 8):
            v = max(0, min(255, int(shade(bx, by))))
            q = v - 128
            diff = q - prev
            prev = q
            cat = abs(diff).bit_length()
            bitstr.append(format(cat, "04b"))
            if cat:
                val = diff if diff >= 0 else diff + (1 << cat) - 1
                bitstr.append(format(val, "0%db" % cat))
            bitstr.append("0")  # EOB
    s = "".join(bitstr)
    s += "1" * ((8 - len(s) % 8) % 8)
    data = bytearray()
    for i in range(0, len(s), 8):
        b = int(s[i:i + 8], 2)
        data.append(b)
        if b == 0xFF:
            data.append(0)
    out += data + b"\xff\xd9"
    return bytes(out)


def shade_door(bx, by):
    base = 170 - by * 2 + (bx * 7 + by * 13) % 9
    if 14 <= bx <= 26 and 4 <= by <= 38:   # door leaf
        base = 95 + (by % 5) + (bx % 3) * 2
        if bx == 24 and 20 <= by <= 22:    # handle
            base = 210
    return base


def shade_shelf(bx, by):
    base = 200 - bx + (bx * 5 + by * 3) % 7
    if by in (8, 9, 18, 19, 28, 29):
        base = 80 + bx % 4
    return base


def shade_tiles(bx, by):
    base = 185 if (bx // 4 + by // 4) % 2 == 0 else 160
    if bx % 4 == 0 or by % 4 == 0:
        base = 120
    return base + (bx * by) % 5


def tiny_pdf(lines):
    objs = []
    content = "BT /F1 12 Tf 56 780 Td 16 TL\n" + "".join(
        "(%s) '\n" % l.replace("(", "\\(").replace(")", "\\)") for l in lines) + "ET\n"
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
    objs.append("<< /Length %d >>\nstream\n%sendstream" % (len(content), content))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pdf = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(pdf))
        pdf += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(pdf)
    pdf += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        pdf += "%010d 00000 n \n" % o
    pdf += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return pdf.encode("latin-1")


# ---------------------------------------------------------------- people
ARTEM = ("Артём Соловьёв", "artem.solovyov@icloud.com")
RINAT = ("Ринат Гарипов", "rinat.garipov74@mail.ru")
ALSU = ("Алсу Гарипова", "office@masternachas-kzn.ru")
NEWS = ("Мастер на час Казань", "news@masternachas-kzn.ru")
DAEMON = ("Mail Delivery System", "Mailer-Daemon@masternachas-kzn.ru")
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

ALSU_SIG = """-- 
С уважением,
Алсу Гарипова
офис-менеджер ИП Соловьёв А.В. («Мастер на час»)
тел. +7 (843) 212-45-67
ИНН 166010839247, ОГРНИП 319169000123456"""

RINAT_SIG = "Отправлено с мобильного устройства Samsung"
IPHONE_SIG = "Отправлено с iPhone"

# ---------------------------------------------------------------- registry
REQ = {
    "90112": dict(reg=(2, 9, 10), title="замена смесителей, ул. Баумана, 44",
                  addr="г. Казань, ул. Баумана, д. 44, офис ОМИС",
                  pos=["замена смесителя, санузел 2 этажа", "замена смесителя, санузел 3 этажа"],
                  contact="Хабибуллин Марат, +7 (843) 231-07-15"),
    "90127": dict(reg=(3, 11, 30), title="навес двери, склад ул. Техническая, 25",
                  addr="г. Казань, ул. Техническая, д. 25, склад № 3",
                  pos=["перевесить входную дверь склада, отрегулировать петли и доводчик"],
                  contact="кладовщик Сидоров Олег, +7 917 880-41-22"),
    "90135": dict(reg=(5, 8, 45), title="жалюзи и освещение, пр. Ямашева, 97",
                  addr="г. Казань, пр. Ямашева, д. 97, отделение",
                  pos=["ремонт вертикальных жалюзи в операционном зале",
                       "замена люминесцентных ламп Т8 в подсобном помещении (6 шт.)"],
                  contact="администратор Зарипова Гульнара, +7 (843) 245-18-03"),
    "90203": dict(reg=(5, 10, 0), title="замена светильников, пр. Победы, 141",
                  addr="г. Казань, пр. Победы, д. 141",
                  pos=["зал обслуживания — замена светильников (12 шт.)",
                       "коридор — замена светильников (6 шт.)",
                       "склад — замена светильников (4 шт.)"],
                  contact="завхоз Никитин Сергей, +7 987 221-63-40"),
    "90241": dict(reg=(6, 14, 20), title="течь под раковиной, ул. Пушкина, 12",
                  addr="г. Казань, ул. Пушкина, д. 12, 1 этаж",
                  pos=["устранить течь под раковиной в санузле"],
                  contact="Шарафутдинова Лилия, +7 (843) 292-04-77"),
    "90318": dict(reg=(9, 9, 0), title="мелкий ремонт по итогам проверки, 4 адреса",
                  addr="г. Казань, 4 адреса (см. позиции)",
                  pos=["ул. Декабристов, д. 85 — закрепить поручень на крыльце",
                       "ул. Гвардейская, д. 33 — заменить доводчик входной двери",
                       "ул. Чистопольская, д. 64 — заменить плинтус, 6 м.п.",
                       "ул. Фучика, д. 105 — отрегулировать окна (3 шт.)"],
                  contact="по каждому адресу — администратор отделения"),
    "90356": dict(reg=(10, 12, 15), title="замена замков, ул. Кремлёвская, 21",
                  addr="г. Казань, ул. Кремлёвская, д. 21",
                  pos=["замена личинки замка входной двери",
                       "замена врезного замка, дверь кабинета 12"],
                  contact="завхоз Мухаметшин Ильдус, +7 917 395-22-81"),
    "90407": dict(reg=(12, 8, 30), title="монтаж полок, архив ул. Островского, 38",
                  addr="г. Казань, ул. Островского, д. 38, архив (цоколь)",
                  pos=["монтаж настенных полок (6 шт.), полки на базе подрядчика"],
                  contact="архивариус Козлова Татьяна, +7 (843) 238-56-10"),
    "90462": dict(reg=(16, 10, 40), title="засор, кафе, ул. Спартаковская, 6",
                  addr="г. Казань, ул. Спартаковская, д. 6, кафе (арендатор)",
                  pos=["прочистка канализации, мойка на кухне",
                       "замена сифона в санузле для посетителей"],
                  contact="управляющий кафе Ахметов Тимур, +7 927 048-77-15"),
    "90519": dict(reg=(17, 9, 20), title="косметический ремонт, ул. Карла Маркса, 52",
                  addr="г. Казань, ул. Карла Маркса, д. 52",
                  pos=["покраска стен, холл", "покраска двери и откосов, холл",
                       "замена повреждённой плитки в санузле (6 шт.), плитка от заказчика"],
                  contact="Гайнутдинов Ильдар, +7 987 290-15-19"),
    "90588": dict(reg=(19, 13, 0), title="замена розеток, ул. Меридианная, 1",
                  addr="г. Казань, ул. Меридианная, д. 1, офис 3",
                  pos=["замена розеток (8 шт.) и автомата в щитке"],
                  contact="Валиуллина Эльмира, +7 (843) 227-31-90"),
    "90634": dict(reg=(23, 8, 0), title="сборка мебели, ул. Амирхана, 10а",
                  addr="г. Казань, ул. Амирхана, д. 10а, новое отделение",
                  pos=["сборка шкафов (4 шт.)", "сборка столов (6 шт.) и тумб (6 шт.)"],
                  contact="Сафина Регина, +7 937 611-04-52"),
    "90701": dict(reg=(25, 9, 30), title="утепление окон, ул. Галактионова, 3",
                  addr="г. Казань, ул. Галактионова, д. 3",
                  pos=["утепление окон, 1 этаж", "утепление окон, 2 этаж",
                       "утепление окон, цокольный этаж"],
                  contact="завхоз Лаптев Виктор, +7 917 502-38-66"),
}

DISP_SIG = """--
Диспетчерская служба ОМИС
Валеева Ирина Рашидовна
тел. +7 (843) 200-90-12
dispatch@zakazchik-omis.ru"""


class Msg:
    def __init__(self, subject, date, body, to=ALSU, frm=DISP, mid=None):
        self.subject, self.date, self.body, self.to, self.frm = subject, date, body, to, frm
        self.mid = mid or f"<{date.strftime('%Y%m%d%H%M%S')}.{hexid(6).upper()}@zakazchik-omis.ru>"


def disp_request(num, to=ALSU):
    r = REQ[num]
    d, h, m = r["reg"]
    date = dt.datetime(2026, 11, d, h, m, 0, tzinfo=TZ) + dt.timedelta(minutes=2, seconds=rng.randint(0, 50))
    pos = "\n".join(f"{i}. {p}" for i, p in enumerate(r["pos"], 1))
    body = (f"Добрый день!\n\nНаправляем заявку № {num} на выполнение работ.\n"
            f"Адрес: {r['addr']}\nПозиции:\n{pos}\n"
            f"Контактное лицо на объекте: {r['contact']}\n\n"
            "Просим подтвердить принятие заявки ответным письмом и сообщать о выезде "
            "бригады, прибытии на объект и убытии с объекта по каждой позиции.\n\n" + DISP_SIG)
    return Msg(f"Заявка № {num} — {r['title']}", date, body, to=to)


REQ_TO = ("", "office@masternachas-kzn.ru; artem.solovyov@icloud.com; rinat.garipov74@mail.ru")


RQ = {n: disp_request(n, to=REQ_TO) for n in REQ}

# ---------------------------------------------------------------- quote styles
MON_SHORT = {11: "нояб."}
MON_GEN = {11: "ноября"}
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def q_iphone(m):
    head = f"{m.date.day} {MON_SHORT[11]} {m.date.year} г., в {m.date.strftime('%H:%M')}, {m.frm[0]} <{m.frm[1]}> написал(а):"
    lines = ["> " + l if l else ">" for l in m.body.split("\n")]
    return f"> {head}\n> \n" + "\n".join(lines)


def q_samsung(m):
    return ("-------- Исходное сообщение --------\n"
            f"От: {m.frm[0]} <{m.frm[1]}> \n"
            f"Дата: {m.date.strftime('%d.%m.%Y  %H:%M')}  (GMT+03:00) \n"
            f"Кому: {m.to[1]} \n"
            f"Тема: {m.subject} \n\n" + m.body)


def q_bat(m, initials="ДО"):
    head = f"Вы писали {m.date.day} {MON_GEN[11]} {m.date.year} г., {m.date.strftime('%-H:%M')}:"
    lines = [f"{initials}> " + l if l else f"{initials}>" for l in m.body.split("\n")]
    return head + "\n\n" + "\n".join(lines)


def outlook_sent(d):
    h = d.hour % 12 or 12
    return f"{WD_EN[d.weekday()]}, November {d.day}, {d.year} {h}:{d.strftime('%M')} {'AM' if d.hour < 12 else 'PM'}"


def q_outlook_plain(m):
    return ("-----Original Message-----\n"
            f"From: {m.frm[0]} <{m.frm[1]}> \n"
            f"Sent: {outlook_sent(m.date)}\n"
            f"To: {m.to[1]}\n"
            f"Subject: {m.subject}\n\n" + m.body)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- client builders
def refs(reply_to):
    if reply_to is None:
        return []
    return [("References", reply_to.mid), ("In-Reply-To", reply_to.mid)]


def iphone(date, subject, text, reply_to=None, photo=None, fwd_text=None, to=DISP):
    """Артём: iPhone Mail. text may be '' (empty body)."""
    mid = f"<{uuid_upper()}@icloud.com>"
    tail = "\n\n" + IPHONE_SIG
    if fwd_text:
        tail += "\n\n" + fwd_text
    elif reply_to is not None:
        tail += "\n\n" + q_iphone(reply_to)
    tail += "\n"
    hdr_common = [
        ("From", addr(*ARTEM)),
        ("Mime-Version", "1.0 (1.0)"),
    ]
    hdrs_tail = [
        ("Date", format_datetime(date)),
    ]
    if subject is not None:
        hdrs_tail.insert(0, ("Subject", ew(subject, "utf-8")))
    hdrs_tail += [("Message-Id", mid)] + refs(reply_to) + [
        ("To", addr(*to)),
        ("X-Mailer", "iPhone Mail (23B85)"),
    ]
    if photo is None:
        body = qpbody(text + tail, "utf-8")
        hdrs = [("Content-Type", "text/plain;\n\tcharset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable")] + hdr_common + hdrs_tail
        return render(hdrs, body), mid
    fname, jpg = photo
    boundary = "Apple-Mail-" + uuid_upper()
    p1 = part([("Content-Type", "text/plain;\n\tcharset=utf-8"),
               ("Content-Transfer-Encoding", "quoted-printable")], qpbody(text, "utf-8"))
    p2 = part([("Content-Type", f"image/jpeg;\n\tname={fname};\n\tx-apple-part-url={uuid_upper()}"),
               ("Content-Disposition", f"inline;\n\tfilename={fname}"),
               ("Content-Transfer-Encoding", "base64")], b64bytes(jpg))
    p3 = part([("Content-Type", "text/plain;\n\tcharset=utf-8"),
               ("Content-Transfer-Encoding", "quoted-printable")], qpbody(tail, "utf-8"))
    hdrs = [("Content-Type", f"multipart/mixed; boundary={boundary}"),
            ("Content-Transfer-Encoding", "7bit")] + hdr_common + hdrs_tail
    return render(hdrs, multipart(boundary, [p1, p2, p3])), mid


def android(date, subject, text, charset, reply_to=None, html=False, sig=True, to=DISP):
    """Ринат: old Samsung stock mail app, base64 bodies, declared charset."""
    mid = f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@email.android.com>"
    body = text
    if sig:
        body += "\n\n" + RINAT_SIG
    if reply_to is not None:
        body += "\n\n\n" + q_samsung(reply_to)
    hdrs = [("Message-ID", mid), ("Date", format_datetime(date)),
            ("Subject", ew(subject, charset)), ("From", addr(*RINAT, charset=charset)),
            ("To", to[1])] + refs(reply_to) + [("MIME-Version", "1.0")]
    if not html:
        hdrs += [("Content-Type", f"text/plain; charset={charset}"),
                 ("Content-Transfer-Encoding", "base64")]
        return render(hdrs, b64body(body, charset)), mid
    boundary = "--_com.android.email_" + str(rng.randint(10**12, 10**13))
    h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + \
        "\"></head><body>" + "<br>".join(html_escape(l) for l in body.split("\n")) + "</body></html>"
    p1 = part([("Content-Type", f"text/plain; charset={charset}"),
               ("Content-Transfer-Encoding", "base64")], b64body(body, charset))
    p2 = part([("Content-Type", f"text/html; charset={charset}"),
               ("Content-Transfer-Encoding", "base64")], b64body(h, charset))
    hdrs += [("Content-Type", f"multipart/alternative; boundary=\"{boundary}\"")]
    return render(hdrs, multipart(boundary, [p1, p2])), mid


def bat_mid(date):
    return f"<{rng.randint(10**8, 2 * 10**9)}.{date.strftime('%Y%m%d%H%M%S')}@masternachas-kzn.ru>"


BAT_XM = "The Bat! (v11.2.3) Professional"


def bat_headers(date, subject, mid, reply_to, to=DISP, subj_enc="B", charset="windows-1251"):
    return [("Date", format_datetime(date)),
            ("From", addr(*ALSU, charset=charset)),
            ("Organization", ew("ИП Соловьёв А.В.", charset)),
            ("X-Priority", "3 (Normal)"),
            ("Message-ID", mid),
            ("To", addr(*to, charset=charset))] + refs(reply_to) + [
            ("Subject", ew(subject, charset, subj_enc)),
            ("MIME-Version", "1.0")]


def bat_plain(date, subject, text, reply_to=None, top=False, greet="Здравствуйте, Ирина Рашидовна!",
              charset="windows-1251", cte="8bit", subj_enc="B", attach=None):
    """Алсу: The Bat! on the office PC. Default: writes under the quote."""
    mid = bat_mid(date)
    if reply_to is not None and not top:
        body = f"{greet}\n\n{q_bat(reply_to)}\n\n{text}\n\n{ALSU_SIG}\n"
    elif reply_to is not None and top:
        body = f"{greet}\n\n{text}\n\n{ALSU_SIG}\n\n{q_bat(reply_to)}\n"
    else:
        body = f"{greet}\n\n{text}\n\n{ALSU_SIG}\n"
    hdrs = bat_headers(date, subject, mid, reply_to, subj_enc=subj_enc, charset=charset)
    if cte == "8bit":
        enc = eightbit(body, charset)
    else:
        enc = qpbody(body, charset)
    if attach is None:
        hdrs += [("Content-Type", f"text/plain; charset={charset}"),
                 ("Content-Transfer-Encoding", cte), ("X-Mailer", BAT_XM)]
        return render(hdrs, enc), mid
    fname, data, ctype = attach
    boundary = f"----------{hexid(16).upper()}"
    p1 = part([("Content-Type", f"text/plain; charset={charset}"),
               ("Content-Transfer-Encoding", cte)], enc)
    p2 = part([("Content-Type", f"{ctype};\n name=\"{fname}\""),
               ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", f"attachment;\n filename=\"{fname}\"")], b64bytes(data))
    hdrs += [("Content-Type", f"multipart/mixed;\n boundary=\"{boundary}\""), ("X-Mailer", BAT_XM)]
    return render(hdrs, multipart(boundary, [p1, p2])), mid


def bat_html(date, subject, html, reply_to=None, charset="windows-1251"):
    mid = bat_mid(date)
    hdrs = bat_headers(date, subject, mid, reply_to, charset=charset) + [
        ("Content-Type", f"text/html; charset={charset}"),
        ("Content-Transfer-Encoding", "quoted-printable"), ("X-Mailer", BAT_XM)]
    return render(hdrs, qpbody(html, charset)), mid


def outlook(date, subject, plain, html, reply_to=None, extra_parts=None):
    """Алсу: Outlook 2016 (English UI) on the home laptop, windows-1251 QP."""
    mid = f"<000{hexid(1)}01{hexid(2)}{hexid(2)}$" + hexid(8) + "$" + hexid(8) + "$@masternachas-kzn.ru>"
    boundary = "----=_NextPart_000_00" + hexid(2).upper() + "_01DB" + hexid(4).upper() + "." + hexid(8).upper()
    p1 = part([("Content-Type", "text/plain;\n\tcharset=\"windows-1251\""),
               ("Content-Transfer-Encoding", "quoted-printable")], qpbody(plain, "windows-1251"))
    p2 = part([("Content-Type", "text/html;\n\tcharset=\"windows-1251\""),
               ("Content-Transfer-Encoding", "quoted-printable")], qpbody(html, "windows-1251"))
    hdrs = [("From", addr(ALSU[0], ALSU[1], charset="windows-1251")),
            ("To", addr(*DISP, charset="windows-1251"))] + refs(reply_to) + [
            ("Subject", ew(subject, "windows-1251")),
            ("Date", format_datetime(date)),
            ("Message-ID", mid),
            ("MIME-Version", "1.0"),
            ("Content-Type", f"multipart/alternative;\n\tboundary=\"{boundary}\""),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()),
            ("Content-Language", "ru")]
    return render(hdrs, multipart(boundary, [p1, p2], preamble="This is a multipart message in MIME format.")), mid


def outlook_html_wrap(inner, quote_html=""):
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head>"
            "<body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n"
            + inner + quote_html + "\n</div></body></html>\n")


def outlook_quote_html(m, label_from="From", subj=None):
    body = "<br>\n".join(html_escape(l) for l in m.body.split("\n"))
    return ("<p class=MsoNormal>&nbsp;</p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
            "padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> "
            f"{html_escape(m.frm[0])} &lt;{m.frm[1]}&gt; <br><b>Sent:</b> {outlook_sent(m.date)}<br>"
            f"<b>To:</b> {(html_escape(m.to[0]) + ' &lt;' + m.to[1] + '&gt;') if m.to[0] else m.to[1]}<br><b>Subject:</b> {html_escape(subj or m.subject)}"
            f"</p></div></div><p class=MsoNormal>{body}</p>")


# ---------------------------------------------------------------- letters
letters = []   # (date, raw_bytes, label)


def add(date, built, label):
    raw, mid = built
    letters.append((date, raw, label))
    return mid


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


P, T, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

JPG_DOOR = tiny_jpeg(320, 240 + 80, shade_door)
JPG_SHELF = tiny_jpeg(320, 240, shade_shelf)
JPG_TILES = tiny_jpeg(240, 320, shade_tiles)

# ---- 90112 ---------------------------------------------------------------
d = D(2, 9, 41)
add(d, iphone(d, "Re: " + RQ["90112"].subject, "Принял 👍 Завтра с утра Ринат подъедет",
              reply_to=RQ["90112"]),
    dec("90112", [], P, "iPhone reply to the request: «Принял»; plan for tomorrow is extra"))

d = D(3, 8, 52)
add(d, android(d, "RE: " + RQ["90112"].subject,
               "Выехал на Баумана 44, минут через 20 буду.\nРинат", "windows-1251",
               reply_to=RQ["90112"]),
    dec("90112", [], T, "«выехал на …, через 20 минут буду»; Samsung quote below repeats the request text"))

d = D(3, 9, 18)
add(d, android(d, "90112", "Нa мecте, Хабибуллин встретил", "koi8-r"),
    dec("90112", [], M, "KOI8-R; «на месте» typed with Latin a/e/c inside"))

# ---- 90127 ---------------------------------------------------------------
d = D(3, 11, 58)
m4 = add(d, iphone(d, "90127 выехали", ""),
         dec("90127", [], T, "subject only «90127 выехали», body just the iPhone signature"))

disp_4 = Msg("Re: 90127 выехали", D(3, 12, 5),
             "Принято. Кладовщик на складе до 15:00, потом склад закрывают.\n\n" + DISP_SIG, to=ARTEM)
disp_4.mid = disp_4.mid
d = D(3, 14, 12)
add(d, iphone(d, "Re: 90127 выехали", "Готово", reply_to=disp_4, photo=("IMG_4518.jpeg", JPG_DOOR)),
    dec("90127", [], U, "photo of the door captioned «Готово»; Re: subject still says «выехали», body reports done"))

# ---- 90112 summary by Алсу -----------------------------------------------
d = D(3, 17, 34)
add(d, bat_plain(d, "Re: " + RQ["90112"].subject,
                 "Сообщаю итоги по заявке № 90112 (ул. Баумана, 44):\n"
                 "- позиция 1 (санузел 2 этажа) — смеситель заменён, течи нет;\n"
                 "- позиция 2 (санузел 3 этажа) — смеситель заменён, гибкую подводку тоже поменяли.\n"
                 "Мастер Гарипов Р. прибыл в 09:15, убыл с объекта в 11:40, работу принял Хабибуллин М.\n"
                 "Акт выполненных работ подготовим в конце недели.",
                 reply_to=RQ["90112"], greet="Добрый вечер, Ирина Рашидовна!"),
    dec("90112", ["1", "2"], U, "The Bat!, written under the ДО> quote; both positions done, убыл 11:40"))

# ---- 90135 / 90203 ---------------------------------------------------------
d = D(5, 9, 26)
add(d, bat_plain(d, "Re: " + RQ["90135"].subject,
                 "Заявку № 90135 приняли в работу. Выезд мастера сегодня, ориентировочно после 11:00.\n"
                 "Мастер — Гарипов Ринат, тел. +7 917 263-18-40.",
                 reply_to=RQ["90135"], charset="utf-8", cte="quoted-printable"),
    dec("90135", [], P, "polite acceptance, under the quote; departure only planned"))

d = D(5, 10, 37)
m8 = add(d, iphone(d, "Re: " + RQ["90203"].subject, "Берем в работу. Светильники ваши или нам закупать?",
                   reply_to=RQ["90203"]),
         dec("90203", [], P, "«берём в работу» + a side question about materials"))

d = D(5, 11, 20)
add(d, android(d, "Re: " + RQ["90135"].subject, "На месте, Ямашева 97. Охранник пропустил",
               "windows-1251", reply_to=RQ["90135"]),
    dec("90135", [], M, "on site, no position named"))

d = D(5, 14, 50)
add(d, bat_plain(d, "Re: " + RQ["90203"].subject,
                 "Подскажите, пожалуйста, по заявке № 90203: светильники предоставляет заказчик или "
                 "закупаем мы? Если закупаем мы, нужно согласовать модель и стоимость. Предварительно — "
                 "светильник LED 36 Вт 595х595, около 1 450 руб./шт., всего 22 шт. Счёт выставим отдельно.\n\n"
                 "Без ответа выезд запланировать не можем.",
                 reply_to=RQ["90203"]),
    rev("question about materials and price, no status"))

d = D(5, 15, 40)
add(d, android(d, "90135 п1", "Жалюзи починил, ламели 3 шт поменял. По п2 ламп Т8 нету нужных, завтра привезу",
               "koi8-r"),
    dec("90135", ["1"], U, "п1 done; п2 only a plan for tomorrow"))

d = D(6, 11, 7)
add(d, iphone(d, "90135-2", "Лампы поменяли все 6, горят 💡"),
    dec("90135", ["2"], U, "position after a dash in the subject; result = done"))

# ---- 90241 ---------------------------------------------------------------
d = D(6, 14, 33)
add(d, iphone(d, "Re: " + RQ["90241"].subject, "Едим, минут 15 будем", reply_to=RQ["90241"]),
    dec("90241", [], T, "autocorrect «едем»→«едим»; «минут 15 будем» = on the way"))

d = D(6, 15, 2)
add(d, iphone(d, "Re: " + RQ["90241"].subject, "На месте. Сифон треснул походу, меняем", reply_to=RQ["90241"]),
    dec("90241", [], M, "on site"))

d = D(6, 15, 48)
add(d, iphone(d, "90241", ""),
    rev("subject is only the number, empty body: nothing reported"))

artem_to_alsu = ("Тема: \tПушкина 12\n"
                 "От: \tАртём Соловьёв <artem.solovyov@icloud.com>\n"
                 "Кому: \tАлсу <office@masternachas-kzn.ru>\n"
                 "Дата: \tFri, 6 Nov 2026 16:21:37 +0300\n\n"
                 "===8<==============Оригинальный текст сообщения===============\n"
                 "Алсу скинь диспетчеру пж — на Пушкина сифон поменяли, течи нет, уехали\n\n"
                 "Отправлено с iPhone\n"
                 "===8<===========Конец оригинального текста сообщения===========")
d = D(6, 17, 5)
add(d, bat_plain(d, "Fwd: Пушкина 12 (заявка 90241)",
                 "Пересылаю сообщение Артёма по заявке № 90241 — он отправил его только мне.\n\n"
                 "-----Это пересланное сообщение-----\n" + artem_to_alsu,
                 greet="Ирина Рашидовна, добрый вечер!"),
    dec("90241", [], U, "The Bat! forward of Артём's note (no number inside; number in Алсу's cover line)"))

# ---- 90203 trip, 90318 -----------------------------------------------------
d = D(9, 8, 38)
add(d, android(d, "90203", "Выехали на Победы 141, светильники со склада забрали.\nГарипов", "koi8-r"),
    dec("90203", [], T, "«выехали на …» = to the site"))

d = D(9, 9, 14)
add(d, android(d, "Re: " + RQ["90203"].subject, "Прибыли, начинаем", "windows-1251", reply_to=RQ["90203"]),
    dec("90203", [], M, "«прибыли»"))

d = D(9, 9, 40)
add(d, bat_plain(d, "Re: " + RQ["90318"].subject,
                 "Заявку № 90318 получили, приняли в работу. Распределили так:\n"
                 "позиции 1 и 2 (Декабристов, 85 и Гвардейская, 33) — Соловьёв Артём, "
                 "позиции 3 и 4 (Чистопольская, 64 и Фучика, 105) — Гарипов Ринат.\n"
                 "Выезды планируем на завтра, 10.11.",
                 reply_to=RQ["90318"], top=True, greet="Добрый день, Ирина Рашидовна!"),
    dec("90318", [], P, "acceptance of the whole request, written above the quote this time"))

html_90203 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family: Tahoma; font-size: 10pt">
<p>Ирина Рашидовна, добрый вечер!</p>
<p>Итоги дня по заявке № 90203 (пр. Победы, 141):</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Поз.</th><th>Участок</th><th>Что сделано</th><th>Состояние</th></tr>
<tr><td>1</td><td>Зал обслуживания</td><td>смонтировано 12 светильников LED 36 Вт</td><td>выполнено, мастера убыли в 16:50</td></tr>
<tr><td>2</td><td>Коридор</td><td>смонтировано 6 светильников</td><td>выполнено</td></tr>
<tr><td>3</td><td>Склад</td><td>не начинали — нет доступа, ключ у кладовщика</td><td>перенос на 11.11</td></tr>
</table>
<p>Старые светильники (18 шт.) сложили у завхоза, Никитин С. в курсе.</p>
<p>--&nbsp;<br>С уважением,<br>Алсу Гарипова<br>офис-менеджер ИП Соловьёв А.В. («Мастер на час»)<br>
тел. +7 (843) 212-45-67<br>ИНН 166010839247, ОГРНИП 319169000123456</p>
</body></html>
"""
d = D(9, 18, 12)
add(d, bat_html(d, "Заявка № 90203 — итоги за 09.11", html_90203),
    dec("90203", ["1", "2"], U, "HTML-only table: rows 1 and 2 done, row 3 postponed"))

# ---- 10.11: 90318 day + 90356 --------------------------------------------
d = D(10, 9, 5)
add(d, iphone(d, "Декабристов 85 (90318/1)", "Выезжаю"),
    dec("90318", ["1"], T, "number/position in brackets after the address; «выезжаю» = leaving for it now"))

d = D(10, 9, 47)
add(d, android(d, "по заявке 90318", "поз3 нахожусь на Чистопольской 64, работаю", "windows-1251"),
    dec("90318", ["3"], M, "«поз3 нахожусь …»"))

d = D(10, 11, 36)
add(d, iphone(d, "90318", "п.1 готово, еду на п2"),
    rev("different statuses for different positions: п.1 убыл, п.2 в пути (mixed #1)"))

d = D(10, 12, 41)
add(d, iphone(d, "Re: " + RQ["90356"].subject, "Ок, принял. После 4 заедем", reply_to=RQ["90356"]),
    dec("90356", [], P, "«принял»; visit time is a plan"))

d = D(10, 12, 44)
add(d, android(d, "90318 поз3", "закончил, уехал. Плинтус 6 м.п. поставил", "koi8-r"),
    dec("90318", ["3"], U, "position in the subject, «закончил, уехал»"))

d = D(10, 13, 20)
add(d, iphone(d, "90318-2", "На месте"),
    dec("90318", ["2"], M, "subject 90318-2"))

d = D(10, 16, 25)
add(d, iphone(d, "Re: " + RQ["90356"].subject, "На мосте, завхоз ключи несет", reply_to=RQ["90356"]),
    dec("90356", [], M, "autocorrect «на месте»→«на мосте»; waiting for the keys on site"))

d = D(10, 17, 30)
add(d, android(d, "90318 п4", "Сегодня на Фучика не успеваю, завтра с утра буду", "windows-1251"),
    rev("plan only / negation for п4"))

d = D(10, 17, 52)
add(d, iphone(d, "Re: " + RQ["90356"].subject, "Убили с Кремлевской, оба замка поменяли 🔑 ключи у завхоза",
              reply_to=RQ["90356"]),
    dec("90356", [], U, "autocorrect «убыли»→«убили»; both locks replaced = whole request done"))

d = D(10, 18, 3)
add(d, iphone(d, "90356 поз 3", "На заднюю дверь тоже замок поменяли, завхоз попросил. Добавьте в заявку плиз"),
    rev("position 3 does not exist in 90356 (extra work, asks to add it)"))

d = D(10, 19, 5)
add(d, bat_plain(d, "Заявка № 90318 — итоги дня 10.11",
                 "Итоги по заявке № 90318 на сегодня:\n"
                 "п.1 Декабристов, 85 — поручень закреплён, выполнено (Артём уехал около 11:30);\n"
                 "п.2 Гвардейская, 33 — доводчик заменён, выполнено;\n"
                 "п.3 Чистопольская, 64 — плинтус заменён, выполнено;\n"
                 "п.4 Фучика, 105 — не успели, Ринат будет завтра к 10:00.",
                 greet="Ирина Рашидовна, добрый вечер!", charset="windows-1251", cte="quoted-printable"),
    dec("90318", ["1", "2", "3"], U, "day summary: 1-3 done, 4 planned"))

# ---- 11.11 --------------------------------------------------------------------
act_pdf = tiny_pdf(["IP Solovyov A.V. (Master na chas), INN 166010839247",
                    "AKT No 57 ot 10.11.2026",
                    "Zakazchik: OMIS. Zayavka 90356",
                    "1. Zamena lichinki zamka - 1 sht - 2 300.00",
                    "2. Zamena vreznogo zamka - 1 sht - 4 500.00",
                    "Itogo: 6 800.00 rub. Bez NDS."])
d = D(11, 9, 15)
add(d, bat_plain(d, "Акт № 57 по заявке 90356",
                 "Во вложении акт № 57 от 10.11.2026 по заявке № 90356 (замена замков, ул. Кремлёвская, 21).\n"
                 "Просим подписать и вернуть скан. Счёт № 214 на сумму 6 800 руб. направим после подписания акта.",
                 greet="Доброе утро, Ирина Рашидовна!", attach=(ew("Акт_57_от_10.11.2026_заявка_90356.pdf", "windows-1251"), act_pdf, "application/pdf")),
    rev("paperwork: act and invoice, no status"))

d = D(11, 10, 3)
add(d, android(d, "90318/4", "Прибыл на Фучика 105 в 10:00", "koi8-r"),
    dec("90318", ["4"], M, "«прибыл … в 10:00», position after slash"))

d = D(11, 10, 28)
m32 = add(d, iphone(d, "90203 (3)", "На складе, делаем"),
          dec("90203", ["3"], M, "position in brackets; «на складе, делаем» = on site"))

disp_32 = Msg("Re: 90203 (3)", D(11, 10, 41),
              "Принято, спасибо. Отпишитесь, пожалуйста, по окончании.\n\n" + DISP_SIG, to=ARTEM)
disp_32.mid = disp_32.mid

d = D(11, 12, 6)
add(d, android(d, "RE: " + RQ["90318"].subject, "4-й адрес все. Окна отрегулировал 3 шт. Освободился",
               "windows-1251", reply_to=RQ["90318"]),
    dec("90318", ["4"], U, "«4-й адрес» = position 4 (ordinal); «освободился»"))

d = D(11, 13, 2)
add(d, iphone(d, "Re: 90203 (3)", "Склад готов, уехали", reply_to=disp_32),
    dec("90203", ["3"], U, "reply to dispatcher's «отпишитесь по окончании»"))

d = D(11, 15, 10)
add(d, iphone(d, "Кремлевская простой",
              "Ирина добрый день, вчера по 90356 охрана нас 40 мин не пускала, пропуск не заказали. Простой включим в акт, ок?"),
    rev("complaint / price talk about a finished job"))

# ---- 90407 -------------------------------------------------------------------
d = D(12, 8, 58)
add(d, android(d, "Re: " + RQ["90407"].subject, "Взял. Ринат", "windows-1251", reply_to=RQ["90407"]),
    dec("90407", [], P, "«Взял» = took the request"))

d = D(12, 10, 45)
add(d, android(d, "90407", "Еще не выехал, полки с базы не привезли. На Островского после обеда", "koi8-r"),
    rev("negation + plan: «ещё не выехал»"))

d = D(12, 13, 50)
add(d, android(d, "90407", "Выехал с базы на Островского, полки загрузил", "koi8-r"),
    dec("90407", [], T, "«выехал с базы на Островского» = leaving FOR the site"))

d = D(12, 14, 22)
add(d, android(d, "Островского 38", "нахoжусь нa oбъекте, наряд 90407", "koi8-r"),
    dec("90407", [], M, "«наряд 90407» in body; Latin o/a inside words"))

d = D(12, 17, 10)
add(d, android(d, "90407 готово", "Полки повесил 6 шт, уровень выставил. Уехал", "windows-1251", html=True),
    dec("90407", [], U, "multipart/alternative from the Android app"))

d = D(13, 9, 30)
add(d, iphone(d, None, "Сделали", photo=("IMG_4602.jpeg", JPG_SHELF)),
    rev("photo + «Сделали», no subject and no request number"))

# read receipt for the dispatcher's «акт получен» message
disp_act = Msg("Акт № 57 по заявке 90356 получен", D(13, 9, 55),
               "Алсу, добрый день. Акт получили, передали на подпись.\n\n" + DISP_SIG)
d = D(13, 10, 2)
mdn_mid = bat_mid(d)
boundary = f"----------{hexid(16).upper()}"
mdn_text = ("Ваше сообщение\n\n"
            "   Кому: office@masternachas-kzn.ru\n"
            f"   Тема: {disp_act.subject}\n"
            f"   Отправлено: {disp_act.date.strftime('%d.%m.%Y %H:%M')}\n\n"
            f"было прочитано {d.strftime('%d.%m.%Y %H:%M')}.\n")
mdn = (f"Reporting-UA: masternachas-kzn.ru; {BAT_XM}\n"
       "Final-Recipient: rfc822; office@masternachas-kzn.ru\n"
       f"Original-Message-ID: {disp_act.mid}\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
p1 = part([("Content-Type", "text/plain; charset=windows-1251"), ("Content-Transfer-Encoding", "8bit")],
          mdn_text.encode("windows-1251"))
p2 = part([("Content-Type", "message/disposition-notification")], mdn)
hdrs = [("Date", format_datetime(d)), ("From", addr(*ALSU, charset="windows-1251")),
        ("Message-ID", mdn_mid), ("To", addr(*DISP, charset="windows-1251")),
        ("In-Reply-To", disp_act.mid), ("References", disp_act.mid),
        ("Subject", ew("Прочитано: " + disp_act.subject, "windows-1251")),
        ("MIME-Version", "1.0"),
        ("Content-Type", f"multipart/report; report-type=disposition-notification;\n boundary=\"{boundary}\""),
        ("X-Mailer", BAT_XM)]
letters.append((d, render(hdrs, multipart(boundary, [p1, p2])), ign("read receipt (MDN) from The Bat!")))

# ---- 90462 -------------------------------------------------------------------
d = D(16, 10, 43)
ar_mid = f"<autoreply.{hexid(10)}@masternachas-kzn.ru>"
ar_body = ("Здравствуйте!\n\nЯ на больничном до 18.11.2026 включительно, почту читаю не каждый день.\n"
           "По заявкам, пожалуйста, пишите Артёму Соловьёву artem.solovyov@icloud.com "
           "или звоните +7 927 445-90-31.\n\nАлсу Гарипова, ИП Соловьёв А.В.\n")
hdrs = [("From", addr(*ALSU)), ("To", addr(*DISP)),
        ("Subject", ew("Автоответ: " + RQ["90462"].subject, "utf-8")),
        ("Date", format_datetime(d)), ("Message-ID", ar_mid),
        ("In-Reply-To", RQ["90462"].mid), ("References", RQ["90462"].mid),
        ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
        ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "base64")]
letters.append((d, render(hdrs, b64body(ar_body, "utf-8")), ign("server out-of-office auto-reply to the 90462 request")))

d = D(16, 11, 2)
add(d, iphone(d, "Re: " + RQ["90462"].subject, "Принято 👌 после обеда подъедем с Ринатом", reply_to=RQ["90462"]),
    dec("90462", [], P, "«Принято» from the contractor = accepted; arrival is a plan"))

d = D(16, 13, 58)
add(d, android(d, "наряд 90462", "Спартаковская 6 кафе. Мы на объекте, пробиваем засор", "windows-1251"),
    dec("90462", [], M, "«наряд» + on site"))

disp_q462 = Msg("90462 — вы на месте?", D(16, 15, 30),
                "Ринат, добрый день. Управляющий кафе спрашивает, вы ещё на месте? Сообщите статус по обеим позициям.\n\n"
                + DISP_SIG, to=RINAT)
d = D(16, 16, 12)
add(d, android(d, "RE: 90462 — вы на месте?", "П1 прочистили, П2 сифона нет в наличии, завтра Артем поставит",
               "windows-1251", reply_to=disp_q462),
    dec("90462", ["1"], U, "Re: subject asks «на месте?»; body: П1 done, П2 plan"))

d = D(17, 10, 18)
add(d, iphone(d, "90462 (2)", "Сифон поставил, пролили водой — сухо"),
    dec("90462", ["2"], U, "position in brackets; result = done"))

# ---- 90519 / 90588 ----------------------------------------------------------------
d = D(18, 9, 5)
add(d, bat_plain(d, "Re: " + RQ["90519"].subject,
                 "Извините за задержку с ответом — была на больничном.\n"
                 "Заявку № 90519 (ул. Карла Маркса, 52) приняли в работу. По позициям 1 и 2 выезд планируем "
                 "19.11 с утра, по позиции 3 — после поставки плитки, её, как я понимаю, привозит ваш поставщик.",
                 reply_to=RQ["90519"], charset="utf-8", cte="8bit"),
    dec("90519", [], P, "acceptance of the whole request; dates are plans"))

disp_tile = Msg("Заявка № 90519: поставка плитки по поз. 3", D(18, 11, 50),
                "Артём, добрый день.\nПлитку для позиции 3 поставщик привезёт 23.11 до 18:00, примет кладовщик "
                "Гайнутдинов Ильдар, +7 987 290-15-19. Выезд по поз. 3 — после поставки.\n\n" + DISP_SIG, to=ARTEM)
d = D(18, 12, 30)
add(d, iphone(d, "Re: " + disp_tile.subject, "Понял, спасибо 👍", reply_to=disp_tile),
    rev("acknowledges the dispatcher's info, reports nothing"))

d = D(19, 8, 47)
add(d, android(d, "90519", "ВЫЕЗЖАЕМ НА 90519 П1 П2 С АРТЕМОМ", "koi8-r"),
    dec("90519", ["1", "2"], T, "caps, «выезжаем» = leaving now"))

d = D(19, 9, 31)
add(d, iphone(d, "Мы на месте 90519", ""),
    dec("90519", [], M, "subject only, empty body"))

# bounce: the dispatcher also sent 90588 to an old address that no longer exists
d = D(19, 13, 3)
orig = RQ["90588"]
bounce_body = ("This message was created automatically by mail delivery software.\n\n"
               "A message that you sent could not be delivered to one or more of its\n"
               "recipients. This is a permanent error. The following address(es) failed:\n\n"
               "  master@masternachas-kzn.ru\n"
               "    No Such User Here\n\n"
               "------ This is a copy of the message, including all the headers. ------\n\n"
               "Return-path: <dispatch@zakazchik-omis.ru>\n"
               "Received: from mx.zakazchik-omis.ru ([185.12.93.40])\n"
               "\tby mail.masternachas-kzn.ru with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
               "\t(Exim 4.97)\n\t(envelope-from <dispatch@zakazchik-omis.ru>)\n"
               f"\tid 1vLq{hexid(6)}-000Ab1-3F\n\tfor master@masternachas-kzn.ru;\n"
               f"\t{format_datetime(orig.date)}\n"
               f"From: {addr(*DISP)}\n"
               "To: master@masternachas-kzn.ru, office@masternachas-kzn.ru\n"
               f"Subject: {ew(orig.subject, 'utf-8')}\n"
               f"Date: {format_datetime(orig.date)}\n"
               f"Message-ID: {orig.mid}\n"
               "MIME-Version: 1.0\n"
               "Content-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: base64\n\n" + b64body(orig.body, "utf-8"))
hdrs = [("Return-path", "<>"),
        ("X-Failed-Recipients", "master@masternachas-kzn.ru"),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@masternachas-kzn.ru>"),
        ("To", "dispatch@zakazchik-omis.ru"),
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", f"<E1vLq{hexid(6)}-000Ab2-9K@mail.masternachas-kzn.ru>"),
        ("Date", format_datetime(d))]
letters.append((d, render(hdrs, bounce_body), ign("Exim bounce; returned copy contains the 90588 request")))

d = D(19, 13, 41)
add(d, android(d, "Re: " + RQ["90588"].subject, "Принял. Завтра с утра сделаю", "windows-1251", reply_to=RQ["90588"]),
    dec("90588", [], P, "«Принял»"))

rq519_home = RQ["90519"]
plain_55 = ("Ирина Рашидовна, добрый вечер!\n\n"
            "По заявке 90519: позиции 1 и 2 (покраска) выполнены, ребята уехали с объекта в 16:30.\n\n"
            "И ещё вопрос по заявке 90462: акт подписывает управляющий кафе или ваш представитель? "
            "Управляющий подписывать отказывается, говорит — не его зона ответственности.\n\n"
            "Алсу\n\n" + q_outlook_plain(rq519_home) + "\n")
html_55 = outlook_html_wrap(
    "<p class=MsoNormal>Ирина Рашидовна, добрый вечер!</p><p class=MsoNormal>&nbsp;</p>"
    "<p class=MsoNormal>По заявке 90519: позиции 1 и 2 (покраска) выполнены, ребята уехали с объекта в 16:30.</p>"
    "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>И ещё вопрос по заявке 90462: акт подписывает управляющий "
    "кафе или ваш представитель? Управляющий подписывать отказывается, говорит — не его зона ответственности.</p>"
    "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Алсу</p>", outlook_quote_html(rq519_home))
d = D(19, 20, 10)
add(d, outlook(d, "RE: " + rq519_home.subject, plain_55, html_55, reply_to=rq519_home),
    rev("two different requests in one letter (90519 status + 90462 question)"))

d = D(20, 9, 20)
add(d, android(d, "90558", "на месте", "koi8-r"),
    rev("90558 is not in the registry (typo for 90588?)"))

d = D(20, 11, 34)
add(d, android(d, "Re: " + RQ["90588"].subject,
               "Розетки поменял 8 шт Legrand Valena, автомат ABB S201 C16 тоже заменил, все работает. Уехал",
               "windows-1251", reply_to=RQ["90588"]),
    dec("90588", [], U, "model/part numbers in text; «уехал»"))

# ---- 90634 -------------------------------------------------------------------
d = D(23, 9, 12)
add(d, bat_plain(d, "Re: " + RQ["90634"].subject,
                 "Заявку № 90634 приняли. Сборка сегодня, мастера выезжают после 12:00 — мебель, как договаривались, "
                 "поставщик привозит к 13:00.",
                 reply_to=RQ["90634"], greet="Доброе утро, Ирина Рашидовна!", subj_enc="Q"),
    dec("90634", [], P, "acceptance; Q-encoded subject"))

# calendar response (Outlook, English UI)
d = D(23, 11, 20)
cal_uid = "040000008200E00074C5B7101A82E008000000" + hexid(20).upper()
ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
       "BEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Алсу Гарипова:mailto:office@masternachas-kzn.ru\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\n"
       "SUMMARY;LANGUAGE=ru-RU:Accepted: Совещание с подрядчиками — итоги ноября\n"
       "DTSTART;TZID=Russian Standard Time:20261126T100000\n"
       "DTEND;TZID=Russian Standard Time:20261126T110000\n"
       f"UID:{cal_uid}\nDTSTAMP:{(d - dt.timedelta(hours=3)).strftime('%Y%m%dT%H%M%SZ')}\n"
       "SEQUENCE:0\nLOCATION:ул. Баумана, 44, переговорная 2\nEND:VEVENT\nEND:VCALENDAR\n")
boundary = "_000_" + hexid(24).upper() + "_"
p1 = part([("Content-Type", "text/plain; charset=\"utf-8\""), ("Content-Transfer-Encoding", "base64")],
          b64body("\n", "utf-8"))
p2 = part([("Content-Type", "text/calendar; charset=\"utf-8\"; method=REPLY"),
           ("Content-Transfer-Encoding", "base64")], b64body(ics, "utf-8"))
hdrs = [("From", addr(ALSU[0], ALSU[1])), ("To", addr(*DISP)),
        ("Subject", ew("Accepted: Совещание с подрядчиками — итоги ноября", "utf-8")),
        ("Thread-Topic", ew("Совещание с подрядчиками — итоги ноября", "utf-8")),
        ("Date", format_datetime(d)),
        ("Message-ID", f"<000001db{hexid(4)}$" + hexid(8) + "$" + hexid(8) + "$@masternachas-kzn.ru>"),
        ("Content-Language", "ru-RU"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f"multipart/alternative;\n\tboundary=\"{boundary}\"")]
letters.append((d, render(hdrs, multipart(boundary, [p1, p2])), ign("Outlook calendar response (Accepted)")))

d = D(23, 12, 58)
add(d, iphone(d, "Амирхана 10а (90634)", "Едем, в пробке на Ибрагимова стоим, минут 20"),
    dec("90634", [], T, "number in brackets after address; stuck in traffic = on the way"))

d = D(23, 13, 46)
add(d, android(d, "Re: " + RQ["90634"].subject, "На объекте, мебель разгружают, начинаем собирать",
               "windows-1251", reply_to=RQ["90634"]),
    dec("90634", [], M, "on site"))

plain_63 = ("Ирина Рашидовна, добрый вечер!\n\n"
            "По заявке № 90634 (Амирхана, 10а) за сегодня:\n\n"
            "Поз. | Работы | Состояние | Убытие\n"
            "1 | сборка шкафов, 4 шт. | выполнено | 18:05\n"
            "2 | сборка столов и тумб | не завершено: не хватило фурнитуры (евровинты, 2 компл.), "
            "доделаем после довоза | —\n\n"
            "Поставщику мебели я уже написала, обещали довезти завтра-послезавтра.\n\n"
            "С уважением,\nАлсу Гарипова\nИП Соловьёв А.В. «Мастер на час»\n+7 (843) 212-45-67\n")
rows = [("1", "сборка шкафов, 4 шт.", "выполнено", "18:05"),
        ("2", "сборка столов и тумб",
         "не завершено: не хватило фурнитуры (евровинты, 2 компл.), доделаем после довоза", "—")]
tbl = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
       "<tr><td><p class=MsoNormal><b>Поз.</b></p></td><td><p class=MsoNormal><b>Работы</b></p></td>"
       "<td><p class=MsoNormal><b>Состояние</b></p></td><td><p class=MsoNormal><b>Убытие</b></p></td></tr>"
       + "".join("<tr>" + "".join(f"<td><p class=MsoNormal>{html_escape(c)}</p></td>" for c in r) + "</tr>" for r in rows)
       + "</table>")
html_63 = outlook_html_wrap(
    "<p class=MsoNormal>Ирина Рашидовна, добрый вечер!</p><p class=MsoNormal>&nbsp;</p>"
    "<p class=MsoNormal>По заявке № 90634 (Амирхана, 10а) за сегодня:</p>" + tbl +
    "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Поставщику мебели я уже написала, обещали довезти "
    "завтра-послезавтра.</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>С уважением,<br>Алсу Гарипова<br>"
    "ИП Соловьёв А.В. «Мастер на час»<br>+7 (843) 212-45-67</p>")
d = D(23, 20, 15)
add(d, outlook(d, "Заявка 90634 — итоги 23.11", plain_63, html_63),
    dec("90634", ["1"], U, "Outlook HTML table: row 1 done (убытие 18:05), row 2 not finished, no status"))

# ---- 24.11 ---------------------------------------------------------------------
d = D(24, 9, 38)
add(d, iphone(d, "90519 п3", "Плитку привезли, выезжаем"),
    dec("90519", ["3"], T, "«выезжаем» now"))

d = D(24, 11, 0)
bulk_html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
             "<h2>Мастер на час — скидка 15% до 30 ноября</h2>"
             "<p>Мелкий бытовой ремонт, сборка мебели, сантехника и электрика. Вызов мастера — от 900 руб.</p>"
             "<p>Промокод <b>NOYABR15</b>. Звоните: +7 (843) 212-45-67</p>"
             "<p style=\"font-size:11px;color:#888\">Вы получили это письмо, потому что являетесь клиентом "
             "«Мастер на час». <a href=\"https://cp.unisender.com/ru/v5/unsubscribe?hash=" + hexid(40) +
             "\">Отписаться</a></p></body></html>\n")
bulk_plain = ("Мастер на час — скидка 15% до 30 ноября\n\nМелкий бытовой ремонт, сборка мебели, сантехника и "
              "электрика. Вызов мастера — от 900 руб.\nПромокод NOYABR15. Звоните: +7 (843) 212-45-67\n\n"
              "Отписаться: https://cp.unisender.com/ru/v5/unsubscribe\n")
boundary = "----=_Part_" + str(rng.randint(10**6, 10**7)) + "_" + str(rng.randint(10**8, 10**9))
p1 = part([("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "base64")],
          b64body(bulk_plain, "utf-8"))
p2 = part([("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "base64")],
          b64body(bulk_html, "utf-8"))
hdrs = [("From", addr(*NEWS)), ("To", "dispatch@zakazchik-omis.ru"),
        ("Subject", ew("Скидка 15% на мелкий ремонт до конца ноября 🔧", "utf-8")),
        ("Date", format_datetime(d)),
        ("Message-ID", f"<{hexid(24)}@unisender.com>"),
        ("List-Unsubscribe", f"<https://cp.unisender.com/ru/v5/unsubscribe?hash={hexid(40)}>, <mailto:unsubscribe@unisender.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"), ("X-Mailer", "UniSender"),
        ("MIME-Version", "1.0"), ("Content-Type", f"multipart/alternative; boundary=\"{boundary}\"")]
letters.append((d, render(hdrs, multipart(boundary, [p1, p2])), ign("promo newsletter via UniSender (bulk)")))

d = D(24, 13, 5)
add(d, iphone(d, "90519 поз3 ГОТОВО", "Кафель переложили 6 шт, затирку сделали. Свободны",
              photo=None),
    dec("90519", ["3"], U, "«ГОТОВО» in subject, «свободны» = crew released"))

# ---- 90701 -------------------------------------------------------------------
d = D(25, 10, 5)
add(d, bat_plain(d, "Re: " + RQ["90701"].subject,
                 "Обращение № 90701 приняли в работу. Выезд 26.11 с утра, работают оба мастера; "
                 "уплотнитель и герметик — наши (уплотнитель D-профиль, около 60 м).",
                 reply_to=RQ["90701"], charset="windows-1251", cte="quoted-printable", subj_enc="Q"),
    dec("90701", [], P, "«обращение № … приняли в работу»"))

d = D(25, 11, 10)
add(d, iphone(d, "#90634 п2", "Доделали, фурнитуру довезли, столы стоят 👍"),
    dec("90634", ["2"], U, "«#» before the number; «доделали»"))

d = D(26, 9, 5)
add(d, android(d, "90701 ключи", "Ключи от подвала у кого брать? завхоз трубку не берет", "koi8-r"),
    rev("question, no status"))

d = D(26, 11, 40)
add(d, android(d, "90701 п1", "окна 1 этаж утеплили, уехали на обед", "koi8-r"),
    dec("90701", ["1"], U, "«утеплили, уехали»"))

fwd_71 = ("Начало переадресованного сообщения:\n\n"
          "> От: Ринат Гарипов <rinat.garipov74@mail.ru>\n"
          "> Дата: 26 ноября 2026 г. в 13:12:08 GMT+3\n"
          "> Кому: Артём <artem.solovyov@icloud.com>\n"
          "> Тема: 90701\n"
          "> \n"
          "> 90701 п.2 на месте, начинаем\n"
          "> \n"
          "> Отправлено с мобильного устройства Samsung\n")
d = D(26, 13, 20)
m71 = add(d, iphone(d, "Fwd: 90701", "Ринат на второй 👆", fwd_text=fwd_71),
          dec("90701", ["2"], M, "iPhone forward of Ринат's message: п.2 на месте"))

disp_71 = Msg("Re: Fwd: 90701", D(26, 13, 40),
              "Принято. По третьей позиции (цоколь) когда планируете?\n\n" + DISP_SIG
              + "\n\n26 нояб. 2026 г., в 13:20, Артём Соловьёв <artem.solovyov@icloud.com> написал(а):\n"
              "Ринат на второй 👆\n\n90701 п.2 на месте, начинаем", to=ARTEM, mid=None)
disp_71.mid = disp_71.mid

d = D(26, 17, 50)
add(d, bat_plain(d, "Заявка № 90701 — состояние на 17:30",
                 "Состояние по заявке № 90701 на 17:30:\n"
                 "п.1 (1 этаж) — выполнено;\n"
                 "п.2 (2 этаж) — Ринат ещё на объекте, заканчивает;\n"
                 "п.3 (цоколь) — завтра, ключи от подвала завхоз обещал оставить на вахте.",
                 greet="Ирина Рашидовна, добрый вечер!"),
    rev("different statuses for different positions: п.1 убыл, п.2 на месте (mixed #2)"))

plain_74 = ("Ирина Рашидовна, доброе утро!\n\nРинат вчера вечером прислал только мне, пересылаю.\n\nАлсу\n\n"
            "-----Original Message-----\n"
            "From: Ринат Гарипов <rinat.garipov74@mail.ru> \n"
            "Sent: Thursday, November 26, 2026 6:22 PM\n"
            "To: office@masternachas-kzn.ru\n"
            "Subject: 90701 п2\n\n"
            "Алсу 90701 п2 закончил уехал\n\n"
            "Отправлено с мобильного устройства Samsung\n")
html_74 = outlook_html_wrap(
    "<p class=MsoNormal>Ирина Рашидовна, доброе утро!</p><p class=MsoNormal>&nbsp;</p>"
    "<p class=MsoNormal>Ринат вчера вечером прислал только мне, пересылаю.</p><p class=MsoNormal>&nbsp;</p>"
    "<p class=MsoNormal>Алсу</p>",
    "<p class=MsoNormal>&nbsp;</p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
    "<p class=MsoNormal><b>From:</b> Ринат Гарипов &lt;rinat.garipov74@mail.ru&gt; <br><b>Sent:</b> Thursday, "
    "November 26, 2026 6:22 PM<br><b>To:</b> office@masternachas-kzn.ru<br><b>Subject:</b> 90701 п2</p></div></div>"
    "<p class=MsoNormal>Алсу 90701 п2 закончил уехал<br><br>Отправлено с мобильного устройства Samsung</p>")
d = D(27, 9, 10)
add(d, outlook(d, "FW: 90701 п2", plain_74, html_74),
    dec("90701", ["2"], U, "Outlook FW: of Ринат's note, forwarded report counts"))

d = D(27, 12, 30)
add(d, iphone(d, "Re: Fwd: 90701", "Третья позиция всё, сдали завхозу. Остатки уплотнителя у него", reply_to=disp_71),
    dec("90701", ["3"], U, "new text: third position done; quote contains old «на месте» and the dispatcher's question"))

# mail.ru autoresponder
disp_acts = Msg("Акты за ноябрь — 90634, 90701", D(30, 9, 12),
                "Коллеги, добрый день. Прошу до 03.12 прислать акты по заявкам 90634 и 90701.\n\n" + DISP_SIG,
                to=RINAT)
d = D(30, 9, 13)
ar_body = ("Здравствуйте.\nЯ в отпуске с 30.11 по 07.12.\nПо срочным вопросам: Соловьёв Артём +7 927 445-90-31.\n"
           "Ринат\n")
hdrs = [("From", addr(*RINAT, charset="utf-8")), ("To", "dispatch@zakazchik-omis.ru"),
        ("Subject", ew("Re: " + disp_acts.subject, "utf-8")),
        ("Date", format_datetime(d)), ("Message-ID", f"<{rng.randint(10**15, 10**16)}.autoreply@mail.ru>"),
        ("In-Reply-To", disp_acts.mid), ("References", disp_acts.mid),
        ("Auto-Submitted", "auto-replied"), ("X-Mailru-Autoreply", "1"), ("Precedence", "bulk"),
        ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "base64")]
letters.append((d, render(hdrs, b64body(ar_body, "utf-8")), ign("mail.ru vacation auto-reply")))

# ---------------------------------------------------------------- write out
letters.sort(key=lambda x: x[0])
labels = {}
for f in os.listdir(OUT_LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(OUT_LET, f))
for i, (date, raw, label) in enumerate(letters, 1):
    name = f"{i:03d}.eml"
    with open(os.path.join(OUT_LET, name), "wb") as fh:
        fh.write(raw)
    labels[name] = label

with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ИП Соловьёв Артём Викторович («Мастер на час»)",
        "emails": [ARTEM[1], RINAT[1], ALSU[1], NEWS[1], DAEMON[1]],
        "domains": ["masternachas-kzn.ru"],
    },
    "requests": [
        {"number": n, "positions": [str(i) for i in range(1, len(r["pos"]) + 1)],
         "registered_at": dt.datetime(2026, 11, r["reg"][0], r["reg"][1], r["reg"][2], tzinfo=TZ).isoformat(),
         "comment": r["title"] + "; " + "; ".join(f"{i}: {p}" for i, p in enumerate(r["pos"], 1))}
        for n, r in REQ.items()
    ],
}
with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(letters), Counter(l["expect"] for l in labels.values()))
