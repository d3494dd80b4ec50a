#!/usr/bin/env python3
"""Generator of test letters for contractor persona ООО «ТехСервисМонтаж».

Persona: planning engineer of a large maintenance contractor who pastes Excel
ranges into Outlook, plus foremen replying from phones.
Run: python3 make.py  -> writes letters/NNN.eml, labels.json, registry.json
"""
import base64
import hashlib
import json
import os
import quopri
import struct
import zlib
from datetime import datetime, timedelta, timezone

from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
MSK = timezone(timedelta(hours=3))
UTC = timezone.utc

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

P = {
    "krav": ("Кравченко Ольга Викторовна", "o.kravchenko@tsm-service.ru"),
    "lysk": ("Лысков Вадим Андреевич", "v.lyskov@tsm-service.ru"),
    "disp": ("Диспетчер ТСМ", "dispetcher@tsm-service.ru"),
    "gubin": ("Губин Сергей", "s.gubin@tsm-service.ru"),
    "nurm": ("Нурматов Рустам", "r.nurmatov@tsm-service.ru"),
    "petrov": ("Иван Петров", "petrov.ivan.1979@mail.ru"),
    "kudr": ("Дмитрий Кудрявцев", "d.kudryavtsev@tsm-service.ru"),
    "news": ("ТехСервисМонтаж", "news@tsm-service.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@tsm-service.ru"),
}

# ---------------------------------------------------------------- registry
REQUESTS = [
    ("402117", ["1", "2", "3"], "2026-11-02T08:40:00+03:00",
     "Плановое ТО электрощитового оборудования, БЦ «Северный», ул. Заводская, 8: "
     "поз.1 – ГРЩ-1 (подвал), поз.2 – ВРУ-2 (1 этаж), поз.3 – щит аварийного освещения ЩАО-3"),
    ("402245", ["1", "2"], "2026-11-03T09:15:00+03:00",
     "Не охлаждает контур, склад №4, промзона «Восточная»: поз.1 – чиллер Carrier 30RB-262, "
     "поз.2 – насосная группа контура охлаждения"),
    ("402388", ["1"], "2026-11-04T10:05:00+03:00",
     "Протечка кровли над серверной, пр-т Мира, 41, корп. 2: поз.1 – кровля корп. 2 (оси 4–6)"),
    ("402561", ["1", "2", "3", "4"], "2026-11-05T07:50:00+03:00",
     "Замена фильтров вентустановок, ТЦ «Галерея»: поз.1 – ПВ-1, поз.2 – ПВ-2, поз.3 – В-5, поз.4 – В-6"),
    ("402730", ["1", "2"], "2026-11-06T13:20:00+03:00",
     "ЛЦ «Южный», КПП-2: поз.1 – секционные ворота рампы №7 не закрываются, "
     "поз.2 – шлагбаум на въезде КПП-2 не поднимается"),
    ("403012", ["1", "2", "3"], "2026-11-09T08:10:00+03:00",
     "Проверка АПС после ложных срабатываний, офисное здание ул. Ленина, 15: "
     "поз.1 – 2 этаж, поз.2 – 3 этаж, поз.3 – 4 этаж"),
    ("403155", ["1"], "2026-11-10T11:00:00+03:00",
     "Авария ИТП, жилой дом ул. Садовая, 3: поз.1 – ИТП, течь пластинчатого теплообменника ГВС"),
    ("403409", ["1", "2"], "2026-11-11T09:30:00+03:00",
     "Замена светильников наружного освещения, парковка P2 БЦ «Северный»: "
     "поз.1 – опоры 1–12, поз.2 – опоры 13–24"),
    ("403777", ["1", "2", "3"], "2026-11-12T08:00:00+03:00",
     "Сантехнические работы, завод «Металлист», АБК: поз.1 – санузел 1 этажа, "
     "поз.2 – санузел 2 этажа, поз.3 – душевые цеха №3"),
    ("404020", ["1"], "2026-11-16T10:40:00+03:00",
     "Остановлен грузовой лифт №2, склад ул. Промышленная, 12: поз.1 – лифт грузовой №2 (г/п 1000 кг)"),
    ("404318", ["1", "2"], "2026-11-17T14:10:00+03:00",
     "ТО дизель-генераторов, ЦОД «Восток»: поз.1 – ДГУ-1 (Cummins C550 D5), поз.2 – ДГУ-2 (Cummins C550 D5)"),
    ("404602", ["1", "2", "3"], "2026-11-19T08:20:00+03:00",
     "Обслуживание тепловых завес, ТЦ «Галерея»: поз.1 – вход А, поз.2 – вход Б, поз.3 – вход В (рампа)"),
    ("404851", ["1", "2"], "2026-11-23T09:00:00+03:00",
     "Ремонт автоматических раздвижных дверей, поликлиника ул. Гагарина, 22: "
     "поз.1 – главный вход, поз.2 – вход со двора"),
]
REG = {n: (pos, reg, com) for n, pos, reg, com in REQUESTS}

# ---------------------------------------------------------------- helpers

FALLBACK = str.maketrans({"–": "-", "—": "-", "«": '"', "»": '"', "№": "N", "…": "..."})


def leaf(subtype, text, charset="utf-8", cte="quoted-printable", params=""):
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    if subtype == "html":
        b = text.encode(charset, "xmlcharrefreplace")
    else:
        try:
            b = text.encode(charset)
        except UnicodeEncodeError:
            text = text.translate(FALLBACK)
            b = text.encode(charset, "replace")
    if cte == "base64":
        payload = base64.encodebytes(b).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(b).decode("ascii")
    else:
        payload = b.decode("ascii", "surrogateescape")
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def multi(subtype, parts, tag, preamble=None, params=""):
    m = Message()
    bnd = "----=_NextPart_" + hashlib.md5(tag.encode()).hexdigest()[:20].upper()
    m["Content-Type"] = f'multipart/{subtype};{params} boundary="{bnd}"'
    if preamble:
        m.preamble = preamble
    for p in parts:
        m.attach(p)
    return m


def png_bytes(w=360, h=150, seed=1):
    """A grey 'screenshot' of a table: light background with grid lines."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y % 25 == 0 or x % 72 == 0 or y == h - 1 or x == w - 1:
                c = (120, 120, 120)
            elif y < 25:
                c = (217, 225, 242)
            elif ((x * 7 + y * 3 + seed) % 53) < 3 and 4 < y % 25 < 18 and 6 < x % 72 < 60:
                c = (40, 40, 40)
            else:
                c = (255, 255, 255)
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def image_part(fname, seed=1, inline_cid=None):
    m = Message()
    fn = fname if fname.isascii() else ("utf-8", "", fname)
    m.add_header("Content-Type", "image/png", name=fn)
    if inline_cid:
        m["Content-ID"] = "<%s>" % inline_cid
        m.add_header("Content-Disposition", "inline", filename=fn)
    else:
        m.add_header("Content-Disposition", "attachment", filename=fn)
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(png_bytes(seed=seed)).decode("ascii"))
    return m


def mid(n, who):
    h = hashlib.sha1(f"{n}-{who}".encode()).hexdigest()
    if who in ("krav", "lysk"):
        return "<%s$%s$%s$@tsm-service.ru>" % ("0000" + h[:8], h[8:16], h[16:24])
    if who == "gubin":
        return "<%s-%s-%s-%s-%s@tsm-service.ru>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if who == "petrov":
        return "<%d.%s@f%s.i.mail.ru>" % (1794000000 + int(h[:6], 16), h[6:14], int(h[14:16], 16) + 300)
    if who == "nurm":
        return "<%s@%s.eurprd08.prod.outlook.com>" % (h[:30].upper(), "AM0PR" + h[30:34].upper())
    return "<%s.%s@tsm-service.ru>" % (h[:16], h[16:24])


def disp_mid(tag):
    return "<%s@zakazchik-omis.ru>" % hashlib.sha1(tag.encode()).hexdigest()[:24]


LETTERS = []
LABELS = {}


def emit(root, who, subject, dt, label, charset="utf-8", to=DISPATCH, irt=None, extra=(), cc=None):
    n = len(LETTERS) + 1
    name, addr = P[who]
    try:
        subject.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    hdr = []
    hdr.append(("From", addr_hdr("From", name, addr, charset)))
    hdr.append(("To", addr_hdr("To", to[0], to[1], charset)))
    if cc:
        hdr.append(("Cc", cc))
    hdr.append(("Subject", Header(subject, charset, header_name="Subject") if any(ord(c) > 127 for c in subject) else subject))
    hdr.append(("Date", format_datetime(dt)))
    hdr.append(("Message-ID", mid(n, who)))
    if irt:
        hdr.append(("In-Reply-To", irt))
        hdr.append(("References", irt))
    hdr.extend(extra)
    hdr.append(("MIME-Version", "1.0"))
    old = root._headers
    root._headers = []
    for k, v in hdr:
        root[k] = v
    root._headers.extend(old)
    LETTERS.append((dt, n, root, label))
    return n


def addr_hdr(hname, name, addr, charset):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    h = Header(name, charset, header_name=hname)
    h.append("<%s>" % addr, "us-ascii")
    return h


def D(day, hh, mm, ss=0, tz=MSK):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=tz)


def dec(req, pos, st, note):
    assert st in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")]
OUTLOOK12 = [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Content-Language", "ru")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
ANDROID_OL = [("X-Mailer", "Outlook for Android")]
MAILRU = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Mras", "Ok")]
BAT = [("X-Mailer", "The Bat! (v9.4.5) Professional")]
TBIRD = [("User-Agent", "Mozilla Thunderbird")]

# ------------------------------------------------------ dispatcher texts (quoted)
MONTHS = {11: "ноября"}


def disp_notice(num):
    pos, reg, com = REG[num]
    d = datetime.fromisoformat(reg)
    obj, plist = com.split(": ", 1) if ": " in com else (com, "")
    lines = [f"Заявка № {num} зарегистрирована {d:%d.%m.%Y %H:%M}.",
             f"Объект/описание: {obj}.",
             "Позиции: " + plist,
             "",
             "Просьба подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады по каждой позиции.",
             "",
             "--",
             "Диспетчерская служба ОМИС",
             "тел. +7 (495) 640-12-12, dispatch@zakazchik-omis.ru"]
    return "\n".join(lines)


def disp_subject(num):
    d = datetime.fromisoformat(REG[num][1])
    return f"Заявка № {num} от {d:%d.%m.%Y}"


def gt(s, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in s.split("\n"))


def ru_long(dt):
    return f"{dt.day} {MONTHS[dt.month]} {dt.year} г. {dt.hour}:{dt.minute:02d}"


def outlook_quote(frm, sent, to, subj, body):
    return ("\n\nОт: %s <%s>\nОтправлено: %s\nКому: %s <%s>\nТема: %s\n\n%s" %
            (frm[0], frm[1], ru_long(sent), to[0], to[1], subj, body))


def iphone_quote(frm, sent, body):
    mon = {11: "нояб."}[sent.month]
    return (f"\n\n> {sent.day} {mon} {sent.year} г., в {sent:%H:%M}, {frm[0]} <{frm[1]}> написал(а):\n>\n" + gt(body))


# ------------------------------------------------------ Excel -> Outlook HTML
XL_STYLE = """<style><!--
/* Font Definitions */
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.xl63 {mso-style-parent:style0; mso-number-format:General;}
.xl64 {mso-style-parent:style0; font-weight:700; text-align:center; vertical-align:middle; border:.5pt solid windowtext; background:#D9E1F2; mso-pattern:black none; white-space:normal;}
.xl65 {mso-style-parent:style0; text-align:center; border:.5pt solid windowtext;}
.xl66 {mso-style-parent:style0; border:.5pt solid windowtext; white-space:normal;}
.xl67 {mso-style-parent:style0; mso-number-format:"dd\\.mm\\.yyyy\\ h\\:mm"; text-align:center; border:.5pt solid windowtext;}
.xl68 {mso-style-parent:style0; mso-number-format:"\\0022ИСТИНА\\0022\\;\\0022ИСТИНА\\0022\\;\\0022ЛОЖЬ\\0022"; text-align:center; border:.5pt solid windowtext;}
.xl69 {mso-style-parent:style0; font-weight:700; border-top:1.0pt solid windowtext; border-bottom:.5pt solid windowtext; background:#F2F2F2; mso-pattern:black none;}
.xl70 {mso-style-parent:style0; text-align:center; vertical-align:middle; border:.5pt solid windowtext; background:#E2EFDA; mso-pattern:black none; white-space:normal;}
@page WordSection1 {size:612.0pt 792.0pt; margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1 {page:WordSection1;}
--></style>"""


def C(t, cls="xl66", **kw):
    return (t, cls, kw)


def xl_table(widths, rows):
    """rows: list of lists of cells C(text, class, rowspan=, colspan=, bool=)."""
    total = sum(widths)
    h = [f"<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width={total} "
         f"style='width:{total * 0.75:.1f}pt;border-collapse:collapse;mso-yfti-tbllook:1184'>"]
    for w in widths:
        h.append(f" <col width={w} style='width:{w * 0.75:.1f}pt;mso-width-source:userset'>")
    txt = []
    for r in rows:
        h.append(" <tr height=20 style='height:15.0pt'>")
        cells = []
        for t, cls, kw in r:
            attrs = ""
            if kw.get("rowspan"):
                attrs += f" rowspan={kw['rowspan']}"
            if kw.get("colspan"):
                attrs += f" colspan={kw['colspan']}"
            if "bool" in kw:
                attrs += ' x:bool="%s"' % ("TRUE" if kw["bool"] else "FALSE")
            inner = t.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") if t else "&nbsp;"
            h.append(f"  <td{attrs} class={cls} nowrap><p class=MsoNormal><span style='font-size:10.0pt;color:black;mso-fareast-language:RU'>{inner}<o:p></o:p></span></p></td>")
            cells.append(t.replace("\n", " "))
            for _ in range(kw.get("colspan", 1) - 1):
                cells.append("")
        h.append(" </tr>")
        txt.append("\t".join(cells))
    h.append("</table>")
    return "\n".join(h), "\n".join(txt)


def ol_html(paras, charset, table=None, after=(), sig=None, quote_html=""):
    def p(s):
        if not s:
            return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        return "<p class=MsoNormal>" + s.replace("&", "&amp;").replace("<", "&lt;") + "<o:p></o:p></p>"
    body = [p(x) for x in paras]
    if table:
        body.append(table)
        body.append(p(""))
    body += [p(x) for x in after]
    if sig:
        body.append(p(""))
        body += ["<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>" + s.replace("<", "&lt;") + "<o:p></o:p></span></p>" for s in sig.split("\n")]
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" "
            "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            f"<head><meta http-equiv=Content-Type content=\"text/html; charset={charset}\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">" + XL_STYLE +
            "</head><body lang=RU link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            "<div class=WordSection1>\n" + "\n".join(body) + quote_html + "\n</div></body></html>")


KSIG = ("С уважением,\nКравченко Ольга Викторовна\nинженер по планированию ППР\n"
        "ООО «ТехСервисМонтаж»\nтел. +7 (495) 402-17-80 доб. 214\n"
        "ИНН 7727402388 / КПП 772701001\nwww.tsm-service.ru")
LSIG = "--\nЛысков В.А.\nначальник участка эксплуатации\nООО «ТехСервисМонтаж»\nмоб. 8 (916) 055-40-33"


def kr_letter(n_tag, paras, table=None, after=(), charset="koi8-r", quote_text="", quote_html="",
              sig=KSIG, cte="quoted-printable", html_only=False, attach=None):
    """Outlook letter by the planning engineer: multipart/alternative text+html."""
    probe = "\n".join(paras) + "\n".join(after) + (table[1] if table else "") + (sig or "") + quote_text
    try:
        probe.encode(charset)
    except UnicodeEncodeError:
        charset = "windows-1251"  # Outlook auto-select encoding
    if table:
        th, tt = table
    else:
        th = tt = None
    text = "\n\n".join(paras)
    if tt:
        text += "\n\n" + tt
    if after:
        text += "\n\n" + "\n\n".join(after)
    if sig:
        text += "\n\n" + sig
    text += quote_text
    html = ol_html(paras, charset, th, after, sig, quote_html)
    if html_only:
        body = leaf("html", html, charset, cte)
    else:
        body = multi("alternative", [leaf("plain", text, charset, cte), leaf("html", html, charset, cte)], n_tag + "a",
                     preamble="This is a multipart message in MIME format.")
    if attach:
        body = multi("mixed", [body] + attach, n_tag + "m", preamble="This is a multipart message in MIME format.")
    return body


def qhtml(text):
    """Outlook quoted block in HTML."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal>" + esc.strip("\n").replace("\n", "<br>\n") + "</p></div></div>")


def phone_plain(text, charset="utf-8", cte="quoted-printable"):
    return leaf("plain", text, charset, cte)


def phone_alt(text, tag, cte="base64", html_text=None):
    html_text = html_text if html_text is not None else text
    esc = html_text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div dir=\"auto\">" + esc.replace("\n", "<br>") + "</div></body></html>")
    return multi("alternative", [leaf("plain", text, "utf-8", cte), leaf("html", html, "utf-8", cte)], tag)


def mailru_alt(text, tag, quote=None):
    """mail.ru app: html + plain, base64, quote as blockquote."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = "<HTML><BODY><div>" + esc.replace("\n", "<br>") + "</div>"
    plain = text
    if quote:
        hdr, qbody = quote
        qesc = qbody.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        html += ("<div>&nbsp;</div><div>" + hdr + "<br><blockquote style=\"border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;\">"
                 "<div>" + qesc.replace("\n", "<br>") + "</div></blockquote></div>")
        plain += "\n\n\n" + hdr + "\n" + gt(qbody)
    html += "</BODY></HTML>"
    return multi("alternative", [leaf("plain", plain, "utf-8", "base64"), leaf("html", html, "utf-8", "base64")], tag)


MAILRU_SIG = "\n--\nОтправлено из Почты Mail.ru"
IPH_SIG = "\n\nОтправлено с iPhone"
AND_SIG = "\n\nПолучить Outlook для Android"


def disp_sent(num, minutes=3):
    return datetime.fromisoformat(REG[num][1]) + timedelta(minutes=minutes)


def hdr_row(names):
    return [C(x, "xl64") for x in names]

# =====================================================================
# LETTERS (chronological)
# =====================================================================

# ---------------- 402117: ГРЩ / ВРУ / ЩАО, 3 positions -----------------
n = "402117"
tbl = xl_table([34, 80, 60, 210, 110, 120], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Наименование", "Статус", "Время"]),
    [C("1", "xl65"), C(n, "xl65", rowspan=3), C("1", "xl65"), C("ГРЩ-1 (подвал)"), C("Принята", "xl70", rowspan=3), C("02.11.2026 9:15", "xl67")],
    [C("2", "xl65"), C("2", "xl65"), C("ВРУ-2 (1 эт.)"), C("02.11.2026 9:15", "xl67")],
    [C("3", "xl65"), C("3", "xl65"), C("ЩАО-3"), C("02.11.2026 9:15", "xl67")],
])
emit(kr_letter("1", ["Добрый день!", f"Заявку {n} приняли в работу. Выезд бригады Губина С. – завтра, 03.11, с 8:00."], tbl,
               ["Допуск в электрощитовые прошу согласовать с эксплуатацией БЦ."], charset="koi8-r"),
     "krav", f"Заявка {n} – принята в работу", D(2, 9, 21), charset="koi8-r", extra=OUTLOOK,
     label=dec(n, ["1", "2", "3"], "заявка принята", "Excel table, rowspan status 'Принята' over all 3 positions; plan for tomorrow is extra"))

krav_mid1 = mid(1, "krav")
q = outlook_quote(P["krav"], D(2, 9, 21), DISPATCH, f"Заявка {n} – принята в работу",
                  f"Добрый день!\n\nЗаявку {n} приняли в работу. Выезд бригады Губина С. – завтра, 03.11, с 8:00.\n\n"
                  "№ п/п\t№ заявки\tПозиция\tНаименование\tСтатус\tВремя\n1\t402117\t1\tГРЩ-1 (подвал)\tПринята\t02.11.2026 9:15")
emit(phone_plain("Выехали на Заводскую, минут через 20 будем" + IPH_SIG + iphone_quote(P["krav"], D(2, 9, 21), q.strip("\n").split("\n\n", 1)[1]) + "\n"),
     "gubin", f"Re: Заявка {n} – принята в работу", D(3, 8, 4), irt=krav_mid1, extra=IPHONE,
     label=dec(n, [], "подрядчик в пути", "foreman from phone, number only in Re: subject/quote; travelling now"))

emit(phone_plain("На месте. Начинаем с ГРЩ" + IPH_SIG + "\n\n> 3 нояб. 2026 г., в 08:04, Губин Сергей <s.gubin@tsm-service.ru> написал(а):\n>\n> Выехали на Заводскую, минут через 20 будем\n"),
     "gubin", f"Re: Заявка {n} – принята в работу", D(3, 8, 31), extra=IPHONE,
     label=dec(n, [], "подрядчик на месте", "'На месте' — subject still names принята; position equipment mentioned only as where they start"))

tbl = xl_table([10, 34, 80, 60, 170, 120, 120, 120], [
    [C("", "xl63")] + hdr_row(["№ п/п", "№ заявки", "Позиция", "Статус", "Прибытие", "Убытие", "Примечание"]),
    [C("", "xl63"), C("1", "xl65"), C(n, "xl65"), C("1", "xl65"), C("Убыли", "xl66"), C("03.11.2026 8:30", "xl67"), C("03.11.2026 12:40", "xl67"), C("замена АВ 250А")],
    [C("", "xl63"), C("2", "xl65"), C(n, "xl65"), C("2", "xl65"), C("На месте", "xl66"), C("03.11.2026 12:45", "xl67"), C("", "xl67"), C("")],
    [C("", "xl63"), C("3", "xl65"), C(n, "xl65"), C("3", "xl65"), C("Не начато", "xl66"), C("", "xl67"), C("", "xl67"), C("после ВРУ-2")],
])
emit(kr_letter("4", ["Коллеги, добрый день.", f"Промежуточный статус по {n}:"], tbl, charset="koi8-r"),
     "krav", f"{n} статус на 13:00", D(3, 12, 52), charset="koi8-r", extra=OUTLOOK,
     label=rev("table gives different statuses per position (1 убыл, 2 на месте, 3 nothing) — mixed-status letter #1"))

emit(phone_plain(f"{n} п.2 и п.3 закончили, щиты под напряжением, убыли в 16:05.\nАкт на подпись завтра привезёт Кравченко" + IPH_SIG),
     "gubin", f"{n} п2 п3", D(3, 16, 9), extra=IPHONE,
     label=dec(n, ["2", "3"], "подрядчик убыл", "п.2 и п.3 done, left"))

# ---------------- 402245: chiller, 2 positions ------------------------
n = "402245"
dq = disp_notice(n)
emit(leaf("plain", f"Добрый день.\n\nЗаявку № {n} приняли, холодильщики поедут сегодня после обеда.\n\n"
                   f"{disp_sent(n):%d.%m.%Y %H:%M}, Диспетчерская ОМИС пишет:\n" + gt(dq) + "\n\n--\nДиспетчерская ООО «ТехСервисМонтаж»\n8-800-250-40-24 (круглосуточно)\n",
          "utf-8", "8bit", params="; format=flowed"),
     "disp", "Re: " + disp_subject(n), D(3, 9, 47), irt=disp_mid(n), extra=TBIRD,
     label=dec(n, [], "заявка принята", "accepted; departure only planned; quote contains words выезд/прибытие; hotline 8-800-250-40-24"))

emit(phone_alt(f"{n} выехали, 2 человека. Нурматов 8-916-402-24-51" + AND_SIG, "7"),
     "nurm", f"{n}", D(3, 13, 32), extra=ANDROID_OL,
     label=dec(n, [], "подрядчик в пути", "bare number subject; phone number with 402-24-5 digits"))

fw = ("________________________________\nОт: Нурматов Рустам <r.nurmatov@tsm-service.ru>\n"
      "Отправлено: 3 ноября 2026 г. 18:07\nКому: Кравченко Ольга Викторовна <o.kravchenko@tsm-service.ru>\n"
      f"Тема: {n} отчет\n\nОльга Викторовна, по поз.1 (чиллер): заменили реле давления Danfoss KP15 060-1244, "
      "дозаправили R410A 4 кг, запустили – вышел на режим, на выходе +7.\nБригада убыла 18:05.\n"
      "По насосной (поз.2) – завтра с утра ревизия, сегодня не успели.")
emit(kr_letter("9", ["Пересылаю отчет бригады."], charset="windows-1251", quote_text="\n\n" + fw, quote_html=qhtml(fw)),
     "krav", f"FW: {n} отчет", D(3, 18, 22), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, ["1"], "подрядчик убыл", "forwarded crew report: поз.1 done & left; поз.2 only planned; part number 060-1244"))

emit(phone_alt("Подшипник на насосе Grundfos TP 65-180 заменили, сальник тоже. Готово, уехали" + AND_SIG, "11"),
     "nurm", f"{n}-2", D(4, 13, 3), extra=ANDROID_OL,
     label=dec(n, ["2"], "подрядчик убыл", "position after a dash in subject; 'Готово, уехали'; pump model numbers"))

# ---------------- 402388: roof, 1 position ----------------------------
n = "402388"
html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=RU>"
        "<div class=WordSection1><p class=MsoNormal>Добрый день!</p><p class=MsoNormal>&nbsp;</p>"
        f"<p class=MsoNormal>Заявку <b>{n}</b> (пр-т Мира, 41, корп. 2) приняли. Кровельщики будут завтра с утра, "
        "прошу заказать допуск на кровлю на 2 человек и пропуск на а/м.</p><p class=MsoNormal>&nbsp;</p>"
        + "".join(f"<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>{s}</span></p>" for s in KSIG.split("\n")) +
        "</div></body></html>")
emit(leaf("html", html, "windows-1251", "quoted-printable"),
     "krav", f"Заявка {n}", D(4, 10, 41), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, [], "заявка принята", "HTML-only; accepted; tomorrow's visit is a plan; INN in signature contains 402388 digits"))

emit(leaf("plain", f"Добрый день.\nПо заявке {n} бригада в пути, а/м Газель г/н В 402 КМ 750, водитель Ершов, тел. +7 926 388-40-12.\n"
                   "Прошу передать на КПП.\n\n" + LSIG + "\n", "windows-1251", "quoted-printable"),
     "lysk", f"Заявка {n} - выезд", D(5, 8, 9), charset="windows-1251", extra=OUTLOOK12,
     label=dec(n, [], "подрядчик в пути", "car plate and phone contain digits of request numbers"))

emit(phone_plain("Стоим на КПП, охрана на территорию не пускает, говорят пропуска нет. Кто решит вопрос??" + IPH_SIG +
                 f"\n\n> 5 нояб. 2026 г., в 08:09, Лысков Вадим Андреевич <v.lyskov@tsm-service.ru> написал(а):\n>\n> Добрый день.\n> По заявке {n} бригада в пути, а/м Газель г/н В 402 КМ 750\n"),
     "gubin", f"Re: Заявка {n} - выезд", D(5, 8, 56), extra=IPHONE,
     label=rev("complaint/question: held at the gate, not on site; no reportable status"))

emit(phone_plain("Пустили. Работаем на кровле с 9:40" + IPH_SIG),
     "gubin", f"Re: Заявка {n} - выезд", D(5, 9, 48), extra=IPHONE,
     label=dec(n, [], "подрядчик на месте", "Re: subject names выезд, body reports on-site work"))

tbl = xl_table([34, 80, 60, 180, 150, 110, 80], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Работы", "Статус", "Время", "Акт подписан"]),
    [C("1", "xl65"), C(n, "xl65"), C("1", "xl65"), C("Ремонт кровли, оси 4–6, 18 м2 наплавляемого материала"), C("Выполнено, бригада убыла"), C("05.11.2026 16:30", "xl67"), C("ИСТИНА", "xl68", bool=True)],
    [C("Итого:", "xl69", colspan=3), C("", "xl69"), C("", "xl69"), C("", "xl69"), C("1", "xl69")],
])
emit(kr_letter("16", ["Добрый вечер.", "Закрываем:"], tbl, charset="utf-8"),
     "krav", f"RE: Заявка {n}", D(5, 16, 47), charset="utf-8", extra=OUTLOOK,
     label=dec(n, ["1"], "подрядчик убыл", "single-row table with totals row; 'Выполнено, бригада убыла'"))

# ---------------- 402561: filters, 4 positions ----------------------
n = "402561"
tbl = xl_table([34, 80, 60, 90, 120, 130], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Установка", "Статус", "Плановая дата"]),
    [C("1", "xl65"), C(n, "xl65", rowspan=4), C("1", "xl65"), C("ПВ-1"), C("Принята в работу", "xl70", rowspan=4), C("06.11.2026 9:00", "xl67")],
    [C("2", "xl65"), C("2", "xl65"), C("ПВ-2"), C("06.11.2026 9:00", "xl67")],
    [C("3", "xl65"), C("3", "xl65"), C("В-5"), C("09.11.2026 9:00", "xl67")],
    [C("4", "xl65"), C("4", "xl65"), C("В-6"), C("09.11.2026 9:00", "xl67")],
    [C("Итого позиций", "xl69", colspan=3), C("4", "xl69"), C("", "xl69"), C("", "xl69")],
])
emit(kr_letter("17", ["Доброе утро!", "По ТЦ «Галерея» – график:"], tbl, after=["Фильтры G4/F7 в наличии на складе."], charset="windows-1251"),
     "krav", f"{n} Галерея фильтры", D(5, 8, 33), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, ["1", "2", "3", "4"], "заявка принята", "merged status cell 'Принята в работу' over 4 rows; planned dates are plans; totals row 'Итого позиций 4'"))

dq = disp_notice(n)
emit(mailru_alt(f"Доброе утро. По {n} едем в Галерею, сегодня делаем поз. 1 и 2 (ПВ-1, ПВ-2)" + MAILRU_SIG, "18",
                quote=(f"Четверг, 5 ноября 2026, 7:53 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:", dq)),
     "petrov", "Re: " + disp_subject(n), D(6, 7, 36), irt=disp_mid(n), extra=MAILRU,
     label=dec(n, ["1", "2"], "подрядчик в пути", "'едем' now, positions 1 and 2 named"))

tbl = xl_table([34, 80, 60, 80, 70, 80, 70, 160], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Установка", "Выезд", "Прибытие", "Убытие", "Комментарий"]),
    [C("1", "xl65"), C(n, "xl65"), C("1", "xl65"), C("ПВ-1"), C("ИСТИНА", "xl68", bool=True), C("ИСТИНА", "xl68", bool=True), C("ИСТИНА", "xl68", bool=True), C("фильтры заменены")],
    [C("2", "xl65"), C(n, "xl65"), C("2", "xl65"), C("ПВ-2"), C("ИСТИНА", "xl68", bool=True), C("ИСТИНА", "xl68", bool=True), C("ИСТИНА", "xl68", bool=True), C("фильтры заменены")],
    [C("3", "xl65"), C(n, "xl65"), C("3", "xl65"), C("В-5"), C("ЛОЖЬ", "xl68", bool=False), C("ЛОЖЬ", "xl68", bool=False), C("ЛОЖЬ", "xl68", bool=False), C("по графику 09.11")],
    [C("4", "xl65"), C(n, "xl65"), C("4", "xl65"), C("В-6"), C("ЛОЖЬ", "xl68", bool=False), C("ЛОЖЬ", "xl68", bool=False), C("ЛОЖЬ", "xl68", bool=False), C("по графику 09.11")],
])
emit(kr_letter("20", ["Добрый день.", "Статус на 15:00:"], tbl, charset="koi8-r"),
     "krav", f"RE: {n} Галерея фильтры", D(6, 15, 12), charset="koi8-r", extra=OUTLOOK,
     label=dec(n, ["1", "2"], "подрядчик убыл", "ИСТИНА/ЛОЖЬ flags: 1,2 all three TRUE -> убыл; 3,4 nothing yet (scheduled 09.11)"))

# ---------------- 402730: gates, 2 positions --------------------------
n = "402730"
dq = disp_notice(n)
emit(leaf("plain", f"Принято. {n} – передано бригаде Губина.\n\n{disp_sent(n, 2):%d.%m.%Y %H:%M}, Диспетчерская ОМИС пишет:\n" + gt(dq) + "\n", "utf-8", "8bit", params="; format=flowed"),
     "disp", "Re: " + disp_subject(n), D(6, 13, 44), irt=disp_mid(n), extra=TBIRD,
     label=dec(n, [], "заявка принята", "short 'Принято'"))

emit(kr_letter("24", ["Добрый день.", f"Уточните, пожалуйста, по заявке {n} поз.2: какой привод на шлагбауме – CAME GARD 4040 или BFT MOOVI? "
                      "Нужно понимать, какую плату брать с собой."], charset="koi8-r"),
     "krav", f"Вопрос по заявке {n}", D(6, 14, 6), charset="koi8-r", extra=OUTLOOK,
     label=rev("question about equipment model, no status"))

emit(phone_plain(f"{n} в дороге, на МКАДе пробка, минут 50" + IPH_SIG),
     "gubin", f"{n} в дороге", D(6, 15, 31), extra=IPHONE,
     label=dec(n, [], "подрядчик в пути", "'в дороге', ETA 50 min"))

emit(phone_plain("Прибыли. Начали с поз.1 ворота рампа 7" + IPH_SIG + f"\n\n> 6 нояб. 2026 г., в 15:31, Губин Сергей <s.gubin@tsm-service.ru> написал(а):\n>\n> {n} в дороге, на МКАДе пробка, минут 50\n"),
     "gubin", f"Re: {n} в дороге", D(6, 16, 34), extra=IPHONE,
     label=dec(n, ["1"], "подрядчик на месте", "Re: subject says в дороге, body: arrived at поз.1; 'рампа 7' is not a position"))

tbl = xl_table([34, 80, 60, 200, 90, 120], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Выполненные работы", "Статус", "Время убытия"]),
    [C("1", "xl65"), C(n, "xl65"), C("1", "xl65"), C("Ворота рампы №7: замена торсионной пружины, регулировка концевиков"), C("Убыли"), C("06.11.2026 18:55", "xl67")],
    [C("2", "xl65"), C(n, "xl65"), C("2", "xl65"), C("Шлагбаум КПП-2: замена платы управления ZBX6"), C("Убыли"), C("06.11.2026 19:02", "xl67")],
])
emit(kr_letter("27", ["Добрый вечер!", "По ЛЦ «Южный» работы закончены:"], tbl, after=["Акт КС-2 № 4187 направим завтра."], charset="windows-1251"),
     "krav", f"{n} выполнено", D(6, 19, 14), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, ["1", "2"], "подрядчик убыл", "both rows 'Убыли' with departure times; act number 4187 is not a request"))

# ---------------- 403012: fire alarm, 3 floors ------------------------
n = "403012"
emit(kr_letter("28", ["Коллеги, доброе утро!", "Статусы по заявкам на сегодня – см. таблицу во вложении."], charset="koi8-r",
               attach=[image_part("Статусы 09.11.png", seed=3)]),
     "krav", "Статус заявок 09.11", D(9, 8, 41), charset="koi8-r", extra=OUTLOOK + [("X-MS-Has-Attach", "yes")],
     label=rev("table only as screenshot attachment; text names no request and no status"))

emit(phone_alt(f"Ленина и Галерея ({n} и 402561) - обе бригады в пути" + AND_SIG, "29x"),
     "nurm", "в пути", D(9, 9, 58), extra=ANDROID_OL,
     label=rev("two different requests in one letter"))

emit(mailru_alt("П3 П4 в пути, будем к 10" + MAILRU_SIG, "21",
                quote=("Пятница, 6 ноября 2026, 15:12 +03:00 от Кравченко Ольга Викторовна <o.kravchenko@tsm-service.ru>:",
                       "Добрый день.\nСтатус на 15:00:\n№ п/п\t№ заявки\tПозиция\tУстановка\tВыезд\tПрибытие\tУбытие\n1\t402561\t1\tПВ-1\tИСТИНА\tИСТИНА\tИСТИНА")),
     "petrov", "Re: RE: 402561 Галерея фильтры", D(9, 9, 2), extra=MAILRU,
     label=dec("402561", ["3", "4"], "подрядчик в пути", "'П3 П4' = positions 3,4; request number only in Re: subject/quote"))

emit(leaf("plain", f"Обращение №{n}: бригада выехала на Ленина, 15 в 09:50. Старший – Губин С., тел. 8-915-301-20-12.\n\n" + LSIG + "\n",
          "windows-1251", "quoted-printable"),
     "lysk", f"Обращение №{n}", D(9, 9, 54), charset="windows-1251", extra=OUTLOOK12,
     label=dec(n, [], "подрядчик в пути", "'выехала на Ленина' = on the way; address number 15"))

emit(phone_plain("на мeсте, начинаем со 2 этажа" + IPH_SIG + f"\n\n> 9 нояб. 2026 г., в 09:54, Лысков Вадим Андреевич <v.lyskov@tsm-service.ru> написал(а):\n>\n> Обращение №{n}: бригада выехала на Ленина, 15 в 09:50.\n"),
     "gubin", f"Re: Обращение №{n}", D(9, 10, 31), extra=IPHONE,
     label=dec(n, [], "подрядчик на месте", "Latin 'e' inside 'мeсте'; '2 этажа' is where they start, not a reported position status"))

tbl = xl_table([34, 80, 60, 70, 100, 120, 120], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Этаж", "Статус", "Прибытие", "Убытие"]),
    [C("1", "xl65"), C(n, "xl65"), C("1", "xl65"), C("2", "xl65"), C("Убыли"), C("09.11.2026 10:25", "xl67"), C("09.11.2026 13:10", "xl67")],
    [C("2", "xl65"), C(n, "xl65"), C("2", "xl65"), C("3", "xl65"), C("Убыли"), C("09.11.2026 13:15", "xl67"), C("09.11.2026 17:05", "xl67")],
    [C("3", "xl65"), C(n, "xl65"), C("3", "xl65"), C("4", "xl65"), C("На месте"), C("09.11.2026 17:10", "xl67"), C("", "xl67")],
])
emit(kr_letter("31", ["Добрый вечер.", f"По АПС Ленина, 15 (заявка {n}):"], tbl, after=["Извещатели ИП 212-45 – заменено 6 шт."], charset="utf-8"),
     "krav", f"{n} АПС статус", D(9, 17, 42), charset="utf-8", extra=OUTLOOK,
     label=rev("table: positions 1,2 убыли, position 3 на месте — different statuses per position (mixed-status letter #2)"))

emit(phone_plain(f"{n} поз.3 (4 эт.) закончили, ушли. Шлейф 4 этажа перебрали, ложных нет" + IPH_SIG),
     "gubin", f"{n} поз.3", D(10, 11, 22), extra=IPHONE,
     label=dec(n, ["3"], "подрядчик убыл", "поз.3 = 4th floor; '4 эт.' is not a position"))

emit(mailru_alt("С поз 3 и 4 все, фильтры поменяли, с объекта уехали. Старые фильтры вывезли" + MAILRU_SIG, "22"),
     "petrov", "402561 (3,4)", D(9, 14, 33), extra=MAILRU,
     label=dec("402561", ["3", "4"], "подрядчик убыл", "positions in brackets in subject; 'с объекта уехали' = left"))

# ---------------- 403155: ИТП emergency, 1 position -------------------
n = "403155"
emit(phone_alt(f"АВАРИЯ САДОВАЯ 3 ЗАЯВКА {n} ВЫЕХАЛИ" + AND_SIG, "33"),
     "nurm", f"ЗАЯВКА {n}", D(10, 11, 12), extra=ANDROID_OL,
     label=dec(n, [], "подрядчик в пути", "caps; house number 3 is not a position"))

emit(phone_alt("Садовая, 3 (403155) — мы на месте. Течь по теплообменнику ГВС, перекрыли, жильцов предупредили" + AND_SIG, "34"),
     "nurm", f"RE: ЗАЯВКА {n}", D(10, 11, 51), extra=ANDROID_OL,
     label=dec(n, [], "подрядчик на месте", "number in brackets after the address"))

emit(kr_letter("35", ["Добрый день.", f"По заявке {n} требуется замена пакета пластин теплообменника Ридан НН№14 (32 пл.). "
                      "Стоимость по КП № 403/11 – 186 400 руб. без НДС, срок поставки 1 день.", "Прошу согласовать."], charset="koi8-r"),
     "krav", f"{n} согласование КП", D(10, 12, 34), charset="koi8-r", extra=OUTLOOK,
     label=rev("price/commercial offer approval, no status"))

tbl_fw = ("\n-----Original Message-----\nFrom: Нурматов Рустам [mailto:r.nurmatov@tsm-service.ru]\n"
          "Sent: Wednesday, November 11, 2026 4:02 PM\nTo: Кравченко Ольга Викторовна\nSubject: 403155\n\n"
          "Пластины поставили, опрессовали 10 атм – держит. ИТП в работе, ГВС дали. С Садовой выехали в 16:00.")
emit(kr_letter("36", ["Добрый день, пересылаю сообщение бригадира по Садовой."], charset="windows-1251", quote_text="\n" + tbl_fw, quote_html=qhtml(tbl_fw)),
     "krav", f"FW: {n}", D(11, 16, 20), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, [], "подрядчик убыл", "forward of crew message; 'С Садовой выехали' = left FROM the site"))

# ---------------- 403409: parking lights, 2 positions ----------------
n = "403409"
tbl = xl_table([10, 34, 80, 60, 220, 110], [
    [C("", "xl63")] + hdr_row(["№ п/п", "№ заявки", "Позиция", "Объект", "Статус"]),
    [C("", "xl63"), C("1", "xl65"), C("403155", "xl65"), C("1", "xl65"), C("ИТП, Садовая 3"), C("На месте")],
    [C("", "xl63"), C("2", "xl65"), C("403409", "xl65"), C("1, 2", "xl65"), C("Парковка P2, освещение"), C("Принята")],
    [C("", "xl63"), C("3", "xl65"), C("403012", "xl65"), C("3", "xl65"), C("АПС Ленина 15, 4 эт."), C("Выполнено")],
])
emit(kr_letter("37", ["Доброе утро!", "Сводка по заявкам на 11.11:"], tbl, charset="koi8-r"),
     "krav", "Сводка 11.11", D(11, 10, 2), charset="koi8-r", extra=OUTLOOK,
     label=rev("several requests in one table, each row about its own request"))

emit(leaf("plain", f"Ваше обращение {n} принято к исполнению.\nИсполнитель: Петров И.С., тел. +7 (903) 409-11-34.\n"
                   "Срок: 12.11–13.11.2026.\n\n--\nДиспетчер ТСМ, смена Соколова Н.\n", "utf-8", "8bit", params="; format=flowed"),
     "disp", f"Обращение {n}", D(11, 10, 19), extra=TBIRD,
     label=dec(n, [], "заявка принята", "accepted; phone 409-11-34 and date range are not request/positions"))

emit(mailru_alt(f"Выезжаем на парковку P2 по заявке {n}, автовышка А 403 ОР 77" + MAILRU_SIG, "39"),
     "petrov", f"{n}", D(12, 7, 56), extra=MAILRU,
     label=dec(n, [], "подрядчик в пути", "'Выезжаем на' = on the way; plate contains 403; P2 is parking name"))

emit(mailru_alt("поз1 сделали (опоры 1-12), поз2 завтра, темнеет уже" + MAILRU_SIG, "40"),
     "petrov", f"{n} поз1", D(12, 16, 31), extra=MAILRU,
     label=dec(n, ["1"], "подрядчик убыл", "поз1 finished; поз2 only planned; 'опоры 1-12' is not positions"))

emit(mailru_alt("На объекте, поз.2" + MAILRU_SIG, "41",
                quote=("Четверг, 12 ноября 2026, 16:31 +03:00 от Иван Петров <petrov.ivan.1979@mail.ru>:",
                       "поз1 сделали (опоры 1-12), поз2 завтра, темнеет уже")),
     "petrov", f"Re: {n} поз1", D(13, 8, 16), extra=MAILRU,
     label=dec(n, ["2"], "подрядчик на месте", "new text names поз.2; quote/subject name поз1"))

tbl = xl_table([34, 80, 60, 200, 120], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Работы", "Убытие"]),
    [C("1", "xl65"), C(n, "xl65"), C("2", "xl65"), C("Замена светильников LED 150W, опоры 13–24"), C("13.11.2026 14:45", "xl67")],
    [C("Итого заменено светильников:", "xl69", colspan=4), C("24", "xl69")],
])
emit(kr_letter("42", ["Добрый день.", "Парковка P2 – завершили:"], tbl, charset="windows-1251"),
     "krav", f"{n} освещение P2", D(13, 15, 1), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, ["2"], "подрядчик убыл", "table row for position 2 with 'Убытие' time; totals row 24 is a quantity"))

# ---------------- 403777: plumbing, 3 positions ---------------------
n = "403777"
tbl = xl_table([34, 80, 60, 170, 90, 140], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Помещение", "Статус", "Ответственный"]),
    [C("1", "xl65"), C(n, "xl65", rowspan=3), C("1", "xl65"), C("Санузел 1 эт."), C("Принята", "xl70", rowspan=3), C("Губин С.", "xl66", rowspan=3)],
    [C("2", "xl65"), C("2", "xl65"), C("Санузел 2 эт.")],
    [C("3", "xl65"), C("3", "xl65"), C("Душевые цеха №3")],
])
html = ol_html(["Добрый день!", "По заводу «Металлист»:"], "utf-8", tbl[0], (), KSIG)
emit(leaf("html", html, "utf-8", "base64"),
     "krav", f"{n} Металлист сантехника", D(12, 8, 46), extra=OUTLOOK,
     label=dec(n, ["1", "2", "3"], "заявка принята", "HTML-only Excel table with rowspan; 'цеха №3' is not a position"))

oof = ("Здравствуйте!\n\nЯ в отпуске с 12.11.2026 по 20.11.2026, доступ к почте ограничен.\n"
       "По вопросам выполнения заявок обращайтесь к Кравченко Ольге Викторовне, o.kravchenko@tsm-service.ru, тел. +7 (495) 402-17-80 доб. 214.\n\n"
       "Лысков В.А.")
emit(leaf("plain", oof, "windows-1251", "quoted-printable"),
     "lysk", f"Автоматический ответ: {disp_subject(n)}", D(12, 9, 2), charset="windows-1251",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "v.lyskov@tsm-service.ru")] + OUTLOOK12,
     label=ign("out-of-office auto-reply"))

emit(phone_plain(f"{n} п.1, п.2 — на месте с 13:00" + IPH_SIG),
     "gubin", f"{n} п.1, п.2 — на месте с 13:00", D(12, 13, 9), extra=IPHONE,
     label=dec(n, ["1", "2"], "подрядчик на месте", "positions as п.1, п.2"))

emit(phone_plain("1 и 2 санузлы готовы, смесители и сифоны заменили, течи нет. yбыли" + IPH_SIG +
                 f"\n\n> 12 нояб. 2026 г., в 13:09, Губин Сергей <s.gubin@tsm-service.ru> написал(а):\n>\n> {n} п.1, п.2 — на месте с 13:00\n"),
     "gubin", f"Re: {n} п.1, п.2 — на месте с 13:00", D(12, 17, 6), extra=IPHONE,
     label=dec(n, ["1", "2"], "подрядчик убыл", "Latin 'y' in 'yбыли'; Re: subject names на месте, body newer"))

emit(phone_plain(f"{n} поз.3 пока не выезжали — нет трубы ПП 50 и фитингов, ждём поставку, ориентировочно понедельник" + IPH_SIG),
     "gubin", f"{n} поз.3", D(13, 9, 31), extra=IPHONE,
     label=rev("negation + plan: not yet left for site"))

# ---------------- 403012 finished earlier; 404020: freight lift ------
n = "404020"
emit(kr_letter("50", ["Добрый день.", f"Наряд {n} принят. Лифтёр Кудрявцев Д. выезжает в 11:30, ориентировочное прибытие 12:15."], charset="windows-1251"),
     "krav", f"Наряд {n}", D(16, 11, 2), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, [], "заявка принята", "'Наряд ... принят'; departure/arrival are plans"))

emit(phone_plain("403777 (3) прибыли, душевые открыли" + IPH_SIG), "gubin", "403777 (3)", D(16, 10, 2), extra=IPHONE,
     label=dec("403777", ["3"], "подрядчик на месте", "position in brackets after number"))

emit(phone_plain("поз 3 закончили, трубу поменяли, воду дали" + IPH_SIG + "\n\n> 16 нояб. 2026 г., в 10:02, Губин Сергей <s.gubin@tsm-service.ru> написал(а):\n>\n> 403777 (3) прибыли, душевые открыли\n"),
     "gubin", "Re: 403777 (3)", D(16, 15, 28), extra=IPHONE,
     label=dec("403777", ["3"], "подрядчик убыл", "number only in Re: subject/quote; 'закончили' = done"))

dq = disp_notice(n)
bat_q = gt(dq, "ДО> ")
emit(leaf("plain", f"Здравствуйте, Диспетчерская.\n\nВы писали 16 ноября 2026 г., 10:43:\n\n{bat_q}\n\n"
                   "Выехал с базы (Люберцы), буду ориентировочно 12:10.\n\n--\nС уважением,\n Дмитрий Кудрявцев  mailto:d.kudryavtsev@tsm-service.ru\n",
          "koi8-r", "8bit"),
     "kudr", "Re: " + disp_subject(n), D(16, 11, 36), charset="koi8-r", irt=disp_mid(n), extra=BAT,
     label=dec(n, [], "подрядчик в пути", "The Bat! 'ДО>' quote, reply under the quote; 'выехал с базы' = travelling"))

emit(leaf("plain", "Здравствуйте.\n\nПромышленная 12 (404020) – прибыл, лифт стоит на 2 этаже, кабина пустая.\n\n--\n Дмитрий Кудрявцев\n",
          "koi8-r", "8bit"),
     "kudr", "Re[2]: " + disp_subject(n), D(16, 12, 17), charset="koi8-r", extra=BAT,
     label=dec(n, [], "подрядчик на месте", "number in brackets after address; house 12 and floor 2 are not positions"))

emit(leaf("plain", f"Здравствуйте.\n\nЛифт запущен, концевой выключатель ВПК-2112 заменил, пробный пуск нормально.\n"
                   f"Отбыл с объекта в 15:30. {n}\n\n--\n Дмитрий Кудрявцев\n", "koi8-r", "quoted-printable"),
     "kudr", "Re[3]: " + disp_subject(n), D(16, 15, 41), charset="koi8-r", extra=BAT,
     label=dec(n, [], "подрядчик убыл", "'Отбыл с объекта'; part number ВПК-2112"))

rcpt_txt = (f"Ваше сообщение\n\n  Кому: Кравченко Ольга Викторовна\n  Тема: {disp_subject('404020')}\n  Отправлено: 16.11.2026 15:44\n\n"
            "было прочитано 16.11.2026 15:55.")
mdn = Message()
mdn["Content-Type"] = "message/disposition-notification"
mdn.set_payload("Reporting-UA: tsm-service.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.kravchenko@tsm-service.ru\n"
                f"Original-Message-ID: {disp_mid('404020-close')}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rep = multi("report", [leaf("plain", rcpt_txt, "koi8-r", "quoted-printable"), mdn], "54", params=" report-type=disposition-notification;")
emit(rep, "krav", f"Прочитано: {disp_subject('404020')}", D(16, 15, 55), charset="koi8-r", extra=OUTLOOK,
     label=ign("read receipt (MDN)"))

emit(kr_letter("sv17", ["Доброе утро!", "Сводка на 17.11 во вложении."], charset="koi8-r",
               attach=[image_part("image001.png", seed=7)]),
     "krav", "Сводка на 17.11", D(17, 8, 58), charset="koi8-r", extra=OUTLOOK + [("X-MS-Has-Attach", "yes")],
     label=rev("screenshot only, no request/status in text"))

# ---------------- 404318: generators, 2 positions --------------------
n = "404318"
tbl = xl_table([34, 80, 60, 170, 100, 140], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Оборудование", "Статус", "Плановый выезд"]),
    [C("1", "xl65"), C(n, "xl65"), C("1", "xl65"), C("ДГУ-1 Cummins C550 D5"), C("Принята"), C("18.11.2026 9:00", "xl67")],
    [C("2", "xl65"), C(n, "xl65"), C("2", "xl65"), C("ДГУ-2 Cummins C550 D5"), C("Принята"), C("18.11.2026 9:00", "xl67")],
])
emit(kr_letter("55", ["Добрый день.", "ЦОД «Восток» – принято:"], tbl, after=["Работы по договору № 15/2026-ТО от 12.01.2026."], charset="utf-8"),
     "krav", f"{n} ЦОД Восток ТО ДГУ", D(17, 14, 33), charset="utf-8", extra=OUTLOOK,
     label=dec(n, ["1", "2"], "заявка принята", "table, both rows Принята; planned departure is a plan; contract number"))

emit(phone_alt("Едем, будем через 30 минут" + AND_SIG +
               "\n\n________________________________\nFrom: Кравченко Ольга Викторовна <o.kravchenko@tsm-service.ru>\n"
               "Sent: Tuesday, November 17, 2026 2:33:40 PM\nTo: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
               f"Subject: {n} ЦОД Восток ТО ДГУ\n\nДобрый день.\nЦОД «Восток» – принято:", "56"),
     "nurm", f"RE: {n} ЦОД Восток ТО ДГУ", D(18, 8, 51), extra=ANDROID_OL,
     label=dec(n, [], "подрядчик в пути", "'будем через 30 минут' = on the way"))

emit(phone_alt(f"{n} поз 3 на месте" + AND_SIG, "57"),
     "nurm", f"{n} поз 3", D(18, 9, 44), extra=ANDROID_OL,
     label=rev("position 3 does not exist in request 404318 (has 1,2)"))

emit(kr_letter("58", ["Коллеги, поправка к письму бригадира:", "прибыли на ДГУ-1 и ДГУ-2 (поз. 1 и 2) в 09:40. Позиции 3 в заявке нет, опечатка."], charset="koi8-r"),
     "krav", f"RE: {n} поз 3", D(18, 10, 6), charset="koi8-r", extra=OUTLOOK,
     label=dec(n, ["1", "2"], "подрядчик на месте", "correction: arrived at positions 1 and 2"))

ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Кравченко Ольга Викторовна:mailto:o.kravchenko@tsm-service.ru\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по графику ППР, ЦОД «Восток» (404318)\n"
       "DTSTART;TZID=Russian Standard Time:20261119T110000\nDTEND;TZID=Russian Standard Time:20261119T120000\n"
       "UID:040000008200E00074C5B7101A82E0080000000010E3B4D1\nDTSTAMP:20261118T130000Z\nEND:VEVENT\nEND:VCALENDAR\n")
cal = multi("alternative", [leaf("plain", "", "utf-8", "quoted-printable"),
                            leaf("calendar", ics, "utf-8", "base64", params='; method=REPLY')], "59")
emit(cal, "krav", f"Принято: Совещание по графику ППР, ЦОД «Восток» ({n})", D(18, 16, 0), extra=OUTLOOK + [("Content-Class", "urn:content-classes:calendarmessage")],
     label=ign("calendar meeting response generated by Outlook"))

emit(phone_alt(f"{n}-1 ТО выполнено, уехали. ДГУ-2 – ждем фильтр Fleetguard LF9009, приедем в пятницу" + AND_SIG, "60"),
     "nurm", f"{n}-1", D(18, 17, 32), extra=ANDROID_OL,
     label=dec(n, ["1"], "подрядчик убыл", "position 1 done and left; position 2 planned"))

# ---------------- 404602: heat curtains, 3 positions -----------------
n = "404602"


def flags_tbl(vals, extra_cols=None):
    rows = [[C("№ п/п", "xl64", rowspan=2), C("№ заявки", "xl64", rowspan=2), C("Позиция", "xl64", rowspan=2), C("Вход", "xl64", rowspan=2),
             C("Статус выполнения", "xl64", colspan=4)],
            hdr_row(["Принята", "Выезд", "На месте", "Убыли"])]
    for i, (name, fl) in enumerate(vals, 1):
        rows.append([C(str(i), "xl65"), C(n, "xl65"), C(str(i), "xl65"), C(name)] +
                    [C("ИСТИНА" if f else "ЛОЖЬ", "xl68", bool=f) for f in fl])
    return xl_table([34, 80, 60, 110, 70, 70, 70, 70], rows)


emit(kr_letter("63", ["Доброе утро.", "Тепловые завесы, ТЦ «Галерея»:"],
               flags_tbl([("вход А", (1, 0, 0, 0)), ("вход Б", (1, 0, 0, 0)), ("вход В (рампа)", (1, 0, 0, 0))]),
               after=["Выезд планируем на завтра, 20.11."], charset="windows-1251"),
     "krav", f"{n} завесы", D(19, 9, 3), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, ["1", "2", "3"], "заявка принята", "merged header colspan; only 'Принята' = ИСТИНА for all three"))

emit(phone_alt(f"404318-2 на объекте" + AND_SIG, "61"),
     "nurm", "404318-2 на объекте", D(20, 10, 58), extra=ANDROID_OL,
     label=dec("404318", ["2"], "подрядчик на месте", "'на объекте'; dash-position"))

emit(phone_alt("фильтр поменяли, ДГУ-2 под нагрузкой 30 мин – норма. С объекта выехали в 13:30" + AND_SIG +
               "\n\n________________________________\nFrom: Нурматов Рустам <r.nurmatov@tsm-service.ru>\nSent: Friday, November 20, 2026 10:58:02 AM\n"
               "To: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSubject: 404318-2 на объекте\n\n404318-2 на объекте", "62"),
     "nurm", "RE: 404318-2 на объекте", D(20, 13, 41), extra=ANDROID_OL,
     label=dec("404318", ["2"], "подрядчик убыл", "'С объекта выехали' = left; Re: subject names на объекте"))

emit(kr_letter("65", ["Добрый день!", "Завесы – закрыли все три позиции:"],
               flags_tbl([("вход А", (1, 1, 1, 1)), ("вход Б", (1, 1, 1, 1)), ("вход В (рампа)", (1, 1, 1, 1))]),
               after=["Замечаний нет, акт у инженера ТЦ."], charset="windows-1251"),
     "krav", f"RE: {n} завесы", D(20, 12, 3), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, ["1", "2", "3"], "подрядчик убыл", "all flags ИСТИНА incl. Убыли for all three"))

# bounce of a dispatcher letter to a non-existing contractor mailbox
bounce_txt = ("This is the mail system at host mx1.tsm-service.ru.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "<a.gubin@tsm-service.ru>: host mbox.tsm-service.ru[10.12.0.7] said: 550 5.1.1\n"
              "    <a.gubin@tsm-service.ru>: Recipient address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n")
ds = Message()
ds["Content-Type"] = "message/delivery-status"
m1 = Message(); m1["Reporting-MTA"] = "dns; mx1.tsm-service.ru"; m1["Arrival-Date"] = "Fri, 20 Nov 2026 09:05:09 +0000 (UTC)"
m2 = Message(); m2["Final-Recipient"] = "rfc822; a.gubin@tsm-service.ru"; m2["Action"] = "failed"; m2["Status"] = "5.1.1"
m2["Diagnostic-Code"] = "smtp; 550 5.1.1 <a.gubin@tsm-service.ru>: Recipient address rejected: User unknown"
ds.set_payload([m1, m2])
orig = Message()
orig["Content-Type"] = "text/rfc822-headers"
orig["Content-Description"] = "Undelivered Message Headers"
orig.set_payload("From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n"
                 "To: a.gubin@tsm-service.ru\nSubject: =?utf-8?b?0JfQsNGP0LLQutCwIDQwNDYwMiDQv9C+0LcuIDIg0L3QsCDQvNC10YHRgtC1Pw==?=\n"
                 f"Message-ID: {disp_mid('bounce')}\nDate: Fri, 20 Nov 2026 12:05:01 +0300\n")
b = multi("report", [leaf("plain", bounce_txt, "us-ascii", "7bit"), ds, orig], "66", params=" report-type=delivery-status;")
emit(b, "daemon", "Undelivered Mail Returned to Sender", D(20, 9, 5, 11, tz=UTC), charset="us-ascii", to=("", DISPATCH[1]),
     extra=[("Auto-Submitted", "auto-replied")],
     label=ign("delivery failure report (bounce); original subject mentions 404602"))

tbl = xl_table([34, 80, 60, 220, 110], [
    hdr_row(["№ п/п", "№ заявки", "Позиция", "Объект", "Статус"]),
    [C("1", "xl65"), C("404020", "xl65"), C("1", "xl65"), C("Лифт груз. №2, Промышленная 12"), C("Убыли 16.11")],
    [C("2", "xl65"), C("404318", "xl65"), C("1", "xl65"), C("ДГУ-1"), C("Убыли 18.11")],
    [C("3", "xl65"), C("404318", "xl65"), C("2", "xl65"), C("ДГУ-2"), C("Убыли 20.11")],
    [C("4", "xl65"), C("404602", "xl65"), C("1–3", "xl65"), C("Завесы А, Б, В"), C("Убыли 20.11")],
    [C("Итого выполнено заявок:", "xl69", colspan=4), C("3", "xl69")],
])
emit(kr_letter("77", ["Добрый вечер.", "Сводка за неделю 16–20.11:"], tbl, charset="koi8-r"),
     "krav", "Сводка за неделю 16-20.11", D(20, 18, 4), charset="koi8-r", extra=OUTLOOK,
     label=rev("weekly summary table with several different requests"))

# ---------------- 404851: automatic doors, 2 positions ----------------
n = "404851"
emit(kr_letter("67", ["Добрый день!", f"Заявка {n} принята, график выезда – см. таблицу во вложении."], charset="utf-8",
               attach=[image_part("График 404851.png", seed=11)]),
     "krav", f"Заявка {n} - принята", D(23, 9, 22), charset="utf-8", extra=OUTLOOK + [("X-MS-Has-Attach", "yes")],
     label=dec(n, [], "заявка принята", "text itself says accepted; schedule only in screenshot"))

emit(kr_letter("68", ["Добрый день.", f"По {n} выезд планируем завтра, 24.11, на 9:00. Прошу подтвердить доступ к дверям со стороны двора (поз. 2) – там обычно закрыто."], charset="utf-8"),
     "krav", f"{n} выезд 24.11", D(23, 13, 2), charset="utf-8", extra=OUTLOOK,
     label=rev("plan for tomorrow + request for access; nothing happened yet"))

emit(mailru_alt("едем, минут 15" + MAILRU_SIG, "69",
                quote=("Понедельник, 23 ноября 2026, 13:02 +03:00 от Кравченко Ольга Викторовна <o.kravchenko@tsm-service.ru>:",
                       f"Добрый день.\nПо {n} выезд планируем завтра, 24.11, на 9:00.")),
     "petrov", f"Re: {n} выезд 24.11", D(24, 8, 47), extra=MAILRU,
     label=dec(n, [], "подрядчик в пути", "short phone reply; number only in subject/quote"))

emit(mailru_alt("НА МЕСТЕ" + MAILRU_SIG, "70"), "petrov", f"Re: {n} выезд 24.11", D(24, 9, 4), extra=MAILRU,
     label=dec(n, [], "подрядчик на месте", "caps, one phrase"))

tbl = xl_table([10, 34, 80, 60, 170, 80, 120], [
    [C("", "xl63")] + hdr_row(["№ п/п", "№ заявки", "Позиция", "Дверь", "Статус", "Время"]),
    [C("", "xl63"), C("1", "xl65"), C(n, "xl65"), C("1", "xl65"), C("Главный вход, привод Dorma ES200"), C("Убыли"), C("24.11.2026 13:50", "xl67")],
    [C("", "xl63"), C("2", "xl65"), C(n, "xl65"), C("2", "xl65"), C("Вход со двора, датчик движения"), C("Убыли"), C("24.11.2026 14:05", "xl67")],
])
emit(kr_letter("71", ["Добрый день.", "Поликлиника, Гагарина 22 – выполнено:"], tbl, charset="windows-1251"),
     "krav", f"{n} выполнено", D(24, 14, 12), charset="windows-1251", extra=OUTLOOK,
     label=dec(n, ["1", "2"], "подрядчик убыл", "spacer column; both rows Убыли with times; house 22 not a request"))

emit(kr_letter("74", ["Спасибо, акт получили, подписанный экземпляр вернём с курьером."], charset="utf-8",
               quote_text=outlook_quote(DISPATCH, D(25, 9, 40), P["krav"], f"Заявка {n} закрыта", f"Заявка {n} закрыта, акт во вложении. Спасибо за работу."),
               quote_html=qhtml(outlook_quote(DISPATCH, D(25, 9, 40), P["krav"], f"Заявка {n} закрыта", f"Заявка {n} закрыта, акт во вложении. Спасибо за работу."))),
     "krav", f"RE: Заявка {n} закрыта", D(25, 10, 15), charset="utf-8", extra=OUTLOOK,
     label=rev("thanks/acknowledgement of dispatcher's message, no status"))

emit(phone_alt("402811 на месте" + AND_SIG, "bad"), "nurm", "402811", D(25, 11, 3), extra=ANDROID_OL,
     label=rev("request number 402811 is not in the registry"))

news_html = ("<html><body style=\"font-family:Arial\"><h2>ТехСервисМонтаж: режим работы в декабре</h2>"
             "<p>Уважаемые партнёры! Сообщаем, что аварийная служба работает круглосуточно, в том числе 31.12 и 1–8 января. "
             "Телефон: 8-800-250-40-24.</p><p>Новая услуга: тепловизионное обследование щитового оборудования – скидка 10% до 25.12.2026.</p>"
             "<p style=\"font-size:10px;color:#888\">Вы получили это письмо, так как являетесь клиентом ООО «ТехСервисМонтаж». "
             "<a href=\"https://tsm-service.ru/unsubscribe?id=402117\">Отписаться</a></p></body></html>")
emit(multi("alternative", [leaf("plain", "ТехСервисМонтаж: режим работы в декабре\n\nУважаемые партнёры! Аварийная служба работает круглосуточно, "
                                         "в том числе 31.12 и 1–8 января. Телефон: 8-800-250-40-24.\n\nОтписаться: https://tsm-service.ru/unsubscribe?id=402117\n",
                                "utf-8", "base64"), leaf("html", news_html, "utf-8", "base64")], "72"),
     "news", "Режим работы аварийной службы в праздничные дни", D(25, 12, 0),
     extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://tsm-service.ru/unsubscribe?id=402117>"),
            ("List-Id", "<clients.tsm-service.ru>"), ("X-Mailer", "Sendsay")],
     label=ign("bulk newsletter from contractor's marketing address"))

emit(leaf("plain", "Коллеги, добрый день!\n\nЯ на больничном до 27.11.2026. По текущим заявкам – Кравченко О.В., +7 (495) 402-17-80 доб. 214.\n\n"
                   "Губин С.\n(автоответ)\n", "utf-8", "quoted-printable"),
     "gubin", "Автоматический ответ: RE: Заявка 404851 закрыта", D(25, 9, 41),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     label=ign("auto-reply (sick leave), machine generated"))

emit(leaf("plain", f"Добрый день.\nПо заявке 402730 шлагбаум опять не поднимается, охрана жалуется. Это не наша неисправность – "
                   "сломали стрелу машиной (см. фото у охраны). Ремонт будет за отдельную плату по счёту № 1187.\n\n" + LSIG + "\n",
          "windows-1251", "quoted-printable"),
     "lysk", "402730 шлагбаум повторно", D(10, 9, 14), charset="windows-1251", extra=OUTLOOK12,
     label=rev("complaint/price talk, no status"))

# ---------------------------------------------------------------- output
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
for i, (dt, n0, root, label) in enumerate(sorted(LETTERS, key=lambda x: (x[0], x[1])), 1):
    fn = "%03d.eml" % i
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(root.as_bytes())
    LABELS[fn] = label
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)

reg = {"contractor": {"name": "ООО «ТехСервисМонтаж»",
                      "emails": [a for _, a in P.values()],
                      "domains": ["tsm-service.ru"]},
       "requests": [{"number": n, "positions": pos, "registered_at": r, "comment": c} for n, pos, r, c in REQUESTS]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
