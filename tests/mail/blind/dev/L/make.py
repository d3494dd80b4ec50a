# -*- coding: utf-8 -*-
"""Generator for persona L (ИП Рахимов, отделочные работы, Москва).

Writes letters/NNN.eml, labels.json, registry.json.  Raw messages are assembled
by hand (headers + MIME parts) so that charsets and transfer encodings are exactly
what each sender's client would produce.
"""
import base64
import datetime
import html
import json
import os
import quopri
import hashlib

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = "dispatch@zakazchik-omis.ru"
DISP_NAME = "Диспетчерская ОМИС"

# ---------------------------------------------------------------- senders
OWNER_OUT = ("Фарход Рахимов", "f.rakhimov@rakhimov-remont.ru")      # Outlook / The Bat! in the office
OWNER_MOB = ("Фарход Рахимов", "farhod.rakhimov@mail.ru")             # Mail.ru app on phone
SHERZOD = ("Шерзод", "sherzod.t88@mail.ru")                           # Mail.ru app
FARIDUN = ("Faridun Nazarov", "faridun.nazarov91@gmail.com")          # Gmail app (Android)
BOTIR = ("Botir Usmonov", "botir.usmonov@bk.ru")                      # Mail.ru app / Samsung Email
JASUR = ("Jasur Rakhimov", "jasur.rakhimov@gmail.com")                # Gmail web, translit
NEWS = ("ИП Рахимов — ремонт и отделка", "novosti@rakhimov-remont.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@rakhimov-remont.ru")

ALL_ADDRS = [OWNER_OUT[1], OWNER_MOB[1], SHERZOD[1], FARIDUN[1], BOTIR[1], JASUR[1], NEWS[1], DAEMON[1]]

# ---------------------------------------------------------------- helpers
LAT = dict(zip("аеорсхукмтвАЕОРСХКМТВН", "aeopcxykmtBAEOPCXKMTBH"))


def lt(s):
    """'^' before a Cyrillic letter turns it into its Latin look-alike."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "^" and i + 1 < len(s) and s[i + 1] in LAT:
            out.append(LAT[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def d(day, h, m, s=0):
    return datetime.datetime(2026, 11, day, h, m, s, tzinfo=TZ)


def fmt_date(t):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d +0300" % (days[t.weekday()], t.day, mons[t.month - 1], t.year,
                                                  t.hour, t.minute, t.second)


def qword(b):
    out = []
    for ch in b:
        c = chr(ch)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % ch)
    return "".join(out)


def rfc2047(s, charset="utf-8", enc="B"):
    if all(ord(c) < 128 for c in s):
        return s

    def size(x):
        b = x.encode(charset)
        return (len(base64.b64encode(b)) if enc == "B" else len(qword(b))) + len(charset) + 7

    # pack whole words (each keeps its trailing space) so a fold never splits a word
    tokens, cur = [], ""
    for ch in s:
        cur += ch
        if ch == " ":
            tokens.append(cur)
            cur = ""
    if cur:
        tokens.append(cur)
    words, cur = [], ""
    for tok in tokens:
        if cur and size(cur + tok) > 75:
            words.append(cur)
            cur = ""
        while size(tok) > 75:  # a single over-long word: split by characters
            k = len(tok)
            while size(tok[:k]) > 75:
                k -= 1
            words.append(tok[:k])
            tok = tok[k:]
        cur += tok
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            res.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            res.append("=?%s?Q?%s?=" % (charset, qword(b)))
    return "\r\n ".join(res)


def addr(p, charset="utf-8", enc="B", quote_ascii=False):
    name, mail = p
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, mail)) if quote_ascii else ("%s <%s>" % (name, mail))
    b = name.encode(charset)  # display names go out as one encoded-word, as most clients do
    word = ("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())) if enc == "B" else ("=?%s?Q?%s?=" % (charset, qword(b)))
    return "%s <%s>" % (word, mail)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte):
    raw = crlf(text).encode(charset)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return ("\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n").encode()
    if cte == "quoted-printable":
        q = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        return q.replace(b"\n", b"\r\n") + (b"" if q.endswith(b"\n") else b"\r\n")
    # 7bit / 8bit
    return raw + (b"" if raw.endswith(b"\r\n") else b"\r\n")


def leaf(ctype, text, charset="utf-8", cte="base64", params="", extra=None):
    hdr = ["Content-Type: %s; charset=\"%s\"%s" % (ctype, charset, params),
           "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdr += extra
    return (hdr, encode_body(text, charset, cte))


def raw_leaf(headers, body_bytes):
    return (headers, body_bytes)


_bcount = [0]


def boundary(tag):
    _bcount[0] += 1
    h = hashlib.md5(("%s-%d" % (tag, _bcount[0])).encode()).hexdigest()
    return h


def multipart(subtype, parts, bnd, params=""):
    body = b""
    for p in parts:
        body += b"--" + bnd.encode() + b"\r\n" + render(p) + b"\r\n"
    body += b"--" + bnd.encode() + b"--\r\n"
    return (['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, bnd, params)], body)


def render(part):
    hdr, body = part
    return ("\r\n".join(hdr) + "\r\n\r\n").encode("ascii") + body


def message(headers, part):
    return ("\r\n".join(headers) + "\r\n").encode("ascii") + b"MIME-Version: 1.0\r\n" + render(part)


# ---------------------------------------------------------------- html flavours
def esc(s):
    return html.escape(s, quote=False)


def split_quote(text):
    """Return list of blocks: ('t', lines) or ('q', lines) for '>'-quoted runs."""
    blocks = []
    for line in text.split("\n"):
        kind = "q" if line.startswith(">") else "t"
        if kind == "q":
            line = line[1:].lstrip(" ") if not line.startswith(">>") else line[1:]
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(line)
        else:
            blocks.append((kind, [line]))
    return blocks


def html_mailru(text):
    out = ["<HTML><BODY>"]
    for kind, lines in split_quote(text):
        inner = "".join("<div>%s</div>" % (esc(l) if l.strip() else "&nbsp;") for l in lines)
        if kind == "q":
            out.append('<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
                       '<div id=""><div class="js-helper js-readmsg-msg"><div><div>%s</div></div></div></div></blockquote>' % inner)
        else:
            out.append(inner)
    out.append("</BODY></HTML>")
    return "".join(out)


def html_gmail(text, dir_="auto"):
    out = []
    for kind, lines in split_quote(text):
        inner = "<br>".join(esc(l) for l in lines)
        if kind == "q":
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<div dir="%s">%s</div>' % (dir_, inner))
    return "".join(out) + "\r\n"


def html_outlook(text, charset="windows-1251"):
    paras = "".join('<p class=MsoNormal>%s<o:p></o:p></p>\r\n' % (esc(l) if l.strip() else "&nbsp;")
                    for l in text.split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\r\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\r\n'
            '--></style></head><body lang=RU link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            '<div class=WordSection1>\r\n%s</div></body></html>' % (charset, paras))


# ---------------------------------------------------------------- client builders
MAILRU_SIG = "\n\n--\nОтправлено из мобильной Почты Mail.ru"


def mid_mailru(t, n):
    return "<%d.%09d@f%d.i.mail.ru>" % (int(t.timestamp()), (n * 7919 * 104729) % 10**9, 100 + n * 3 % 700)


def mid_gmail(t, n):
    h = base64.b64encode(hashlib.sha1(("g%d%s" % (n, t)).encode()).digest()).decode()
    h = h.replace("/", "_").replace("=", "")
    return "<CA%s%s@mail.gmail.com>" % (h[:4], h[4:40])


def mid_outlook(t, n):
    h = hashlib.md5(("o%d" % n).encode()).hexdigest()
    return "<%s$%s$%s$@rakhimov-remont.ru>" % ("00" + h[:10] + "01dd5" + h[10:13], h[13:21], h[21:29])


def base_headers(frm_hdr, to_hdr, t, subject_hdr, msgid, extra=None):
    h = ["From: " + frm_hdr, "To: " + to_hdr, "Subject: " + subject_hdr, "Date: " + fmt_date(t),
         "Message-ID: " + msgid]
    if extra:
        h += extra
    return h


def threading(L):
    h = []
    if L.get("irt"):
        h.append("In-Reply-To: " + L["irt"])
        h.append("References: " + L["irt"])
    return h


def build(L, n):
    c = L["client"]
    t = L["date"]
    subj = L["subject"]
    text = L["text"]
    to = addr((DISP_NAME, DISPATCH))
    if c in ("mailru", "mailru_html"):
        frm = L.get("from", SHERZOD)
        body_text = text + (MAILRU_SIG if L.get("sig", True) else "")
        msgid = mid_mailru(t, n)
        hdr = base_headers(addr(frm), to, t, rfc2047(subj), msgid,
                           threading(L) + ["X-Mailer: Mail.Ru Mailer 1.0", "X-Priority: 3 (Normal)"])
        if c == "mailru_html":
            part = leaf("text/html", html_mailru(body_text), "utf-8", "base64")
        else:
            bnd = "--ALT--" + boundary(msgid)[:16].upper() + "1" + str(int(t.timestamp()))
            part = multipart("alternative", [leaf("text/plain", body_text, "utf-8", "base64"),
                                             leaf("text/html", html_mailru(body_text), "utf-8", "base64")], bnd)
        return message(hdr, part)
    if c in ("gmail_app", "gmail_web"):
        frm = L.get("from", FARIDUN)
        msgid = mid_gmail(t, n)
        cte = L.get("cte", "base64" if any(ord(ch) > 127 for ch in text) else "7bit")
        if cte == "7bit" and any(ord(ch) > 127 for ch in text):
            cte = "quoted-printable"
        hcte = cte
        htm = html_gmail(text, "auto" if c == "gmail_app" else "ltr")
        if any(ord(ch) > 127 for ch in htm) and hcte == "7bit":
            hcte = "quoted-printable"
        hdr = base_headers(addr(frm), to, t, rfc2047(subj), msgid, threading(L))
        bnd = "0000000000" + boundary(msgid)[:18]
        part = multipart("alternative", [leaf("text/plain", text, "UTF-8", cte),
                                         leaf("text/html", htm, "UTF-8", hcte)], bnd)
        return message(hdr, part)
    if c == "samsung":
        frm = L.get("from", BOTIR)
        msgid = "<%s.%s@email.android.com>" % (t.strftime("%Y%m%d%H%M%S"), boundary("s%d" % n)[:12])
        hdr = base_headers(addr(frm), to, t, rfc2047(subj), msgid,
                           threading(L) + ["X-Mailer: Samsung Email"])
        part = leaf("text/plain", text + "\n\n\nОтправлено с устройства Galaxy", "utf-8", "8bit",
                    params="; format=flowed")
        return message(hdr, part)
    if c == "outlook":
        frm = L.get("from", OWNER_OUT)
        msgid = mid_outlook(t, n)
        senc = L.get("senc", "B")
        hdr = base_headers(addr(frm, "windows-1251", senc), addr((DISP_NAME, DISPATCH), "windows-1251", senc), t,
                           rfc2047(subj, "windows-1251", senc), msgid,
                           threading(L) + ["X-Mailer: Microsoft Outlook 16.0",
                                           "Thread-Index: AQH" + boundary("ti%d" % n)[:20],
                                           "Content-Language: ru"])
        htm = L.get("html") or html_outlook(text)
        bnd = "----=_NextPart_000_%s" % boundary(msgid)[:20].upper()
        alt = multipart("alternative", [leaf("text/plain", text, "windows-1251", "quoted-printable"),
                                        leaf("text/html", htm, "windows-1251", "quoted-printable")], bnd)
        if L.get("attach"):
            fname, payload, ctype = L["attach"]
            b64 = base64.b64encode(payload).decode()
            att = (["Content-Type: %s; name=\"%s\"" % (ctype, rfc2047(fname, "windows-1251")),
                    "Content-Transfer-Encoding: base64",
                    "Content-Disposition: attachment; filename=\"%s\"" % rfc2047(fname, "windows-1251")],
                   ("\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76)) + "\r\n").encode())
            bnd2 = "----=_NextPart_001_%s" % boundary(msgid + "m")[:20].upper()
            part = multipart("mixed", [alt, att], bnd2)
        else:
            part = alt
        return message(hdr, part)
    if c == "thebat":
        frm = L.get("from", OWNER_OUT)
        msgid = "<%s@rakhimov-remont.ru>" % ("%d.%s" % (int(t.timestamp()), boundary("tb%d" % n)[:8]))
        hdr = base_headers(addr(frm, "koi8-r"), addr((DISP_NAME, DISPATCH), "koi8-r"), t,
                           rfc2047(subj, "koi8-r"), msgid,
                           threading(L) + ["X-Mailer: The Bat! (v9.4.5) Professional",
                                           "Reply-To: " + addr(frm, "koi8-r")])
        textpart = leaf("text/plain", text, "koi8-r", L.get("cte", "8bit"))
        if L.get("attached_msg"):
            inner = L["attached_msg"]
            att = (["Content-Type: message/rfc822; name=\"%s\"" % rfc2047(L["attached_name"], "koi8-r"),
                    "Content-Transfer-Encoding: 8bit",
                    "Content-Disposition: attachment; filename=\"%s\"" % rfc2047(L["attached_name"], "koi8-r")],
                   inner)
            part = multipart("mixed", [textpart, att], "----------%s" % boundary(msgid)[:16].upper())
        else:
            part = textpart
        return message(hdr, part)
    if c == "custom":
        return L["build"](L, n)
    raise ValueError(c)


# ---------------------------------------------------------------- quoting helpers
def mailru_quote(when, who, lines):
    wd = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"][when.weekday()]
    head = "%s, %d ноября 2026, %d:%02d +03:00 от %s <%s>:" % (wd, when.day, when.hour, when.minute, who[0], who[1])
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in lines)


def gmail_quote(when, who, lines):
    wd = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"][when.weekday()]
    head = "%s, %d нояб. 2026 г. в %d:%02d, %s <%s>:" % (wd, when.day, when.hour, when.minute, who[0], who[1])
    return "\n\n" + head + "\n\n" + "\n".join("> " + l if l else ">" for l in lines)


def outlook_block(when, who, to, subj, lines):
    return ("\n\nОт: %s <%s>\nОтправлено: %d ноября 2026 г. %d:%02d\nКому: %s\nТема: %s\n\n" %
            (who[0], who[1], when.day, when.hour, when.minute, to, subj)) + "\n".join(lines)


DISP = (DISP_NAME, DISPATCH)


def disp_request(num, addr_, positions, who="Диспетчер Ольга Самсонова"):
    lines = ["Добрый день!", "", "Направляем заявку № %s." % num, "Адрес: %s." % addr_]
    for i, p in enumerate(positions, 1):
        lines.append("Позиция %d — %s." % (i, p))
    lines += ["Просим подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады.", "",
              "--", who, "Диспетчерская служба ОМИС", "тел. +7 (495) 640-18-22"]
    return lines


LETTERS = []


def add(**kw):
    LETTERS.append(kw)


# ======================================================================
# 52014  Летниковская 10 стр.2 — покраска (1 коридор, 2 холл)
# ======================================================================
subj_52014 = "Заявка № 52014 — покраска коридора и холла, Летниковская 10 стр.2"
add(client="outlook", date=d(2, 10, 17, 41), subject="RE: " + subj_52014,
    irt="<52014.1762063440@zakazchik-omis.ru>",
    text="Добрый день.\n\nЗаявку 52014 приняли в работу. Старший на объекте – Шерзод, тел. +7 916 482-17-30.\n"
         "Начнем завтра с утра, краску (Tikkurila Euro 7, 2 ведра по 9 л) купим сами, чек приложим к акту.\n\n"
         "С уважением,\nФарход Рахимов\nИП Рахимов Ф.Х.\nИНН 772915038264\n+7 (925) 310-44-87"
         + outlook_block(d(2, 9, 4), DISP, "f.rakhimov@rakhimov-remont.ru", subj_52014,
                         disp_request("52014", "г. Москва, ул. Летниковская, д. 10, стр. 2, 3 этаж",
                                      ["покраска стен коридора (около 60 м2)", "покраска стен холла у лифтов"])),
    label=dict(expect="decided", request="52014", positions=[], status="заявка принята",
               note="owner's Outlook reply, windows-1251 QP: 'Заявку 52014 приняли в работу'; quoted request below is dispatch's own text; phone/INN are distractors"))

add(client="mailru_html", date=d(3, 9, 36, 12), subject="52014", from_=SHERZOD,
    text="Здравствуйте заявка 52014 мы пришли обьект Летниковская. позиция 1 коридор начинаем работа",
    label=dict(expect="decided", request="52014", positions=["1"], status="подрядчик на месте",
               note="crew lead, html-only Mail.ru app: 'мы пришли обьект ... позиция 1 начинаем' = arrived"))

add(client="mailru", date=d(5, 17, 52, 3), subject="52014 коридор",
    text="52014 1 позиция коридор закончили. краска 2 слой. мы уходим\n2 позиция холл завтра",
    label=dict(expect="decided", request="52014", positions=["1"], status="подрядчик убыл",
               note="pos 1 finished and crew leaving; pos 2 only planned for tomorrow"))

add(client="mailru", date=d(6, 9, 11, 40), subject="52014 п2",
    text="52014 п2 холл мы на месте",
    label=dict(expect="decided", request="52014", positions=["2"], status="подрядчик на месте",
               note="short 'п2 ... мы на месте'"))

add(client="mailru", date=d(6, 11, 28, 5), from_=OWNER_MOB, subject="52014 лестница",
    text="Добрый день. По 52014 позиция 3 лестница между 2 и 3 этажом — тоже покрасили как договаривались с вашим инженером, ребята оттуда ушли. Фарход",
    label=dict(expect="review", note="request 52014 has only positions 1 and 2; position 3 (staircase, extra work) is not in the registry"))

add(client="mailru", date=d(6, 18, 33, 51), subject="Re: 52014 п2",
    text="холл гатов, мусор вынесли, мы ушли" + mailru_quote(d(6, 9, 11), SHERZOD, ["52014 п2 холл мы на месте"]),
    label=dict(expect="decided", request="52014", positions=["2"], status="подрядчик убыл",
               note="reply to own earlier 'на месте' letter; request and position only in Re: subject / quote; new text says done and left"))

# ======================================================================
# 52037  Профсоюзная 56 — плитка санузел (1)
# ======================================================================
subj_52037 = "Заявка № 52037 — замена плитки в санузле, Профсоюзная 56"
add(client="gmail_app", date=d(3, 12, 21, 9), from_=FARIDUN, subject="Re: " + subj_52037,
    irt="<52037.1762157160@zakazchik-omis.ru>",
    text="Здравствуйте. заявка принят, мы делаем. завтра праздник, приедем четверг утро"
         + gmail_quote(d(3, 11, 6), DISP, disp_request("52037", "г. Москва, Профсоюзная ул., д. 56, 1 этаж, санузел пом. 1-12",
                                                        ["демонтаж старой и укладка новой плитки (пол 6 м2, стены 18 м2)"])),
    label=dict(expect="decided", request="52037", positions=[], status="заявка принята",
               note="Gmail app reply; number only in the Re: subject and quoted request; 'заявка принят' = accepted, arrival only planned"))

add(client="gmail_app", date=d(5, 8, 6, 30), from_=FARIDUN, subject="52037 едем",
    text="доброе утро. 52037 мы едем, Профсоюзная пробка большой, будем 40 минут",
    label=dict(expect="decided", request="52037", positions=[], status="подрядчик в пути",
               note="'мы едем ... будем 40 минут' = travelling now"))

add(client="gmail_app", date=d(5, 9, 2, 14), from_=FARIDUN, subject="Re: 52037 едем",
    text=lt("Мы н^а м^е^ст^е. сантехник ваш где? ключ от санузел нет у охрана")
         + gmail_quote(d(5, 8, 6), FARIDUN, ["доброе утро. 52037 мы едем, Профсоюзная пробка большой, будем 40 минут"]),
    label=dict(expect="decided", request="52037", positions=[], status="подрядчик на месте",
               note="'Мы на месте' typed with Latin a/e/c look-alikes; Re: subject still about travelling, body reports arrival; the question about keys does not cancel the report"))

add(client="gmail_web", date=d(7, 19, 41, 2), from_=JASUR, subject="52037 - gotovo",
    text="Dobryy vecher.\nPo zayavke 52037 plitku polozhili, zatirku sdelali, rebyata uekhali s obyekta v 18:30. "
         "Unitaz obratno postavili, vsyo rabotaet.\n\nJasur Rakhimov\nIP Rakhimov\n+7 977 215-63-08",
    label=dict(expect="decided", request="52037", positions=[], status="подрядчик убыл",
               note="nephew in translit: 'uekhali s obyekta v 18:30' = left the site, work done"))

# ======================================================================
# 52105  Бутырская 77 — откосы (1 этаж, 2 этаж, 3 этаж)
# ======================================================================
add(client="mailru", date=d(5, 10, 42, 18), from_=OWNER_MOB, subject="52105",
    text="Добрый день, 52105 приняли. Бригада Ботира, выезд в пятницу утром. Фарход",
    label=dict(expect="decided", request="52105", positions=[], status="заявка принята",
               note="accepted; Friday departure is only a plan"))

add(client="samsung", date=d(6, 7, 51, 0), from_=BOTIR, subject="52105",
    text="Assalomu alaykum. 52105 bo'yicha yo'ldamiz, Бутырская 77 через 30 минут будем.\nBotir",
    label=dict(expect="decided", request="52105", positions=[], status="подрядчик в пути",
               note="half Uzbek (Latin), half Russian: 'через 30 минут будем' = on the way"))

add(client="mailru", date=d(6, 8, 49, 27), from_=BOTIR, subject="52105 поз1 поз2",
    text="52105 поз 1 и поз 2 пришли. начинаем откос 1 этаж и 2 этаж",
    label=dict(expect="decided", request="52105", positions=["1", "2"], status="подрядчик на месте",
               note="arrived, positions 1 and 2 named"))

add(client="samsung", date=d(6, 17, 12, 44), from_=BOTIR, subject="52105 1этаж",
    text="52105 1 этаж откосы готов. 2 этаж завтра доделаем. Мы уехали база",
    label=dict(expect="decided", request="52105", positions=["1"], status="подрядчик убыл",
               note="1 этаж = position 1 finished, crew left; floor 2 only planned; 'уехали база' = left for base"))

add(client="mailru", date=d(9, 9, 21, 30), from_=OWNER_MOB, subject="Fwd: 52105",
    text="Пересылаю от Ботира, в субботу закончили.\n\n\n-------- Пересылаемое сообщение --------\n"
         "От кого: Botir Usmonov <botir.usmonov@bk.ru>\nКому: Фарход <farhod.rakhimov@mail.ru>\n"
         "Дата: Суббота, 7 ноября 2026, 16:55 +03:00\nТема: 52105\n\n"
         "Фарход ака 52105 2 этаж 3 этаж откосы всё сделали, покрасили. Уехали. Фото ватсап отправил\n"
         "----------------------------------------",
    label=dict(expect="decided", request="52105", positions=["2", "3"], status="подрядчик убыл",
               note="Mail.ru forward of crew lead's Saturday message: floors 2 and 3 (positions 2, 3) done, left"))

# ======================================================================
# 52168  Нагатинская 16 — Армстронг (1 каб.204, 2 каб.210)
# ======================================================================
subj_52168 = "Заявка № 52168 — замена плит Армстронг после протечки, Нагатинская 16"
add(client="gmail_web", date=d(9, 11, 4, 55), from_=JASUR, subject="Re: " + subj_52168,
    irt="<52168.1762671600@zakazchik-omis.ru>",
    text="Zdravstvuyte,\nzayavku prinyali. Master Sherzod, zavtra s utra. Plity 600x600 u nas est', 20 sht.\n\nJasur"
         + gmail_quote(d(9, 10, 2), DISP, disp_request("52168", "г. Москва, ул. Нагатинская, д. 16, 2 этаж",
                                                        ["замена плит потолка Армстронг, каб. 204",
                                                         "замена плит потолка Армстронг, каб. 210"])),
    label=dict(expect="decided", request="52168", positions=[], status="заявка принята",
               note="translit 'zayavku prinyali'; number only in Re: subject; 600x600 is a tile size"))

add(client="mailru_html", date=d(10, 9, 22, 8), from_=SHERZOD, subject="52168",
    text="52168 П1 П2 прибыли. кабинет 204 и 210 начинаем",
    label=dict(expect="decided", request="52168", positions=["1", "2"], status="подрядчик на месте",
               note="'П1 П2 прибыли'; room numbers 204/210 are not request numbers"))

add(client="mailru", date=d(10, 13, 3, 35), from_=SHERZOD, subject="52168 плитка",
    text="52168 плитка армстронг не хватает 6 штук. купить можно? 1 шт 350 руб. чек дадим",
    label=dict(expect="review", note="question about buying 6 missing tiles and price; no new status"))

add(client="mailru", date=d(11, 16, 47, 2), from_=SHERZOD, subject="52168 готово",
    text="52168 вчера плитка не хватало, сегодня купили поставили. П1 П2 все готово мы ушли",
    label=dict(expect="decided", request="52168", positions=["1", "2"], status="подрядчик убыл",
               note="both positions finished, crew left"))

# ======================================================================
# 52230  Вавилова 5 — линолеум (1)
# ======================================================================
add(client="gmail_app", date=d(11, 8, 1, 19), from_=FARIDUN, subject="52230",
    text="Zdravstvuyte. 52230 выезжаем на Вавилова, машина газель Р418КУ750",
    label=dict(expect="decided", request="52230", positions=[], status="подрядчик в пути",
               note="'выезжаем на Вавилова' = setting off for the site; car plate is a distractor; Latin greeting then Cyrillic (keyboard switch)"))

add(client="gmail_app", date=d(11, 9, 12, 47), from_=FARIDUN, subject="Вавилова",
    text="Прибыли обьект Вавилова 5 (52230), начинаем снимать старый линолеум",
    label=dict(expect="decided", request="52230", positions=[], status="подрядчик на месте",
               note="request number in brackets after the address"))

add(client="gmail_app", date=d(11, 12, 3, 11), from_=FARIDUN, subject="52230 линолеум",
    text="52230 линолеум привезли не тот цвет. Таркетт Спринт 3 нет склад. ждём. что делать?",
    label=dict(expect="review", note="material problem and a question, no status change"))

add(client="gmail_app", date=d(12, 15, 31, 26), from_=FARIDUN, subject="52230",
    text="Линолеум постелили, плинтус прибили. Вавилова 5 готово, уехали.",
    cte="quoted-printable",
    label=dict(expect="decided", request="52230", positions=[], status="подрядчик убыл",
               note="number only in subject; work done and 'уехали'"))

# ======================================================================
# 52291  Ленинский 30 — косметика каб. 101..104 (1..4)
# ======================================================================
subj_52291 = "Заявка № 52291 — косметический ремонт кабинетов 101–104, Ленинский пр-т 30"
add(client="outlook", date=d(10, 10, 31, 6), subject="RE: " + subj_52291, senc="Q",
    irt="<52291.1762757700@zakazchik-omis.ru>",
    text="Добрый день, Ольга.\n\nЗаявка 52291 принята. По срокам: 101 и 102 кабинеты 12–13.11, 103 и 104 с 16.11, "
         "если кабинеты освободят.\nСмета отдельным письмом.\n\nФарход Рахимов\nИП Рахимов\n+7 (925) 310-44-87"
         + "\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
           "Sent: Tuesday, November 10, 2026 9:15 AM\nTo: f.rakhimov@rakhimov-remont.ru\nSubject: " + subj_52291 + "\n\n"
         + "\n".join(disp_request("52291", "г. Москва, Ленинский пр-т, д. 30, 4 этаж",
                                  ["каб. 101", "каб. 102", "каб. 103", "каб. 104"])),
    label=dict(expect="decided", request="52291", positions=[], status="заявка принята",
               note="Outlook reply with '-----Original Message-----' quote; dates 12–13.11 and 16.11 are plans"))


def build_calendar(L, n):
    t = L["date"]
    msgid = mid_outlook(t, n)
    subj = "Принято: Осмотр объекта по заявке 52291 (Ленинский пр-т, 30)"
    hdr = base_headers(addr(OWNER_OUT, "windows-1251"), addr(DISP, "windows-1251"), t,
                       rfc2047(subj, "windows-1251"), msgid,
                       ["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: " + rfc2047("Осмотр объекта по заявке 52291 (Ленинский пр-т, 30)", "windows-1251"),
                        "Content-Class: urn:content-classes:calendarmessage", "Content-Language: ru"])
    ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
           "ATTENDEE;PARTSTAT=ACCEPTED;CN=Фарход Рахимов:mailto:f.rakhimov@rakhimov-remont.ru\n"
           "COMMENT;LANGUAGE=ru-RU:\nSUMMARY;LANGUAGE=ru-RU:Принято: Осмотр объекта по заявке 52291 (Ленинский пр-т\\, 30)\n"
           "DTSTART;TZID=Russian Standard Time:20261111T110000\nDTEND;TZID=Russian Standard Time:20261111T120000\n"
           "UID:040000008200E00074C5B7101A82E0080000000070D3C6A1E451DD01000000000000000010000000A3\n"
           "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\n"
           "DTSTAMP:20261110T080412Z\nSEQUENCE:0\nLOCATION;LANGUAGE=ru-RU:Ленинский пр-т\\, 30\\, 4 этаж\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    bnd = "----=_NextPart_000_%s" % boundary(msgid)[:20].upper()
    part = multipart("alternative", [leaf("text/plain", "", "windows-1251", "quoted-printable"),
                                     leaf("text/calendar", ics, "utf-8", "base64", params="; method=REPLY")], bnd)
    return message(hdr, part)


add(client="custom", build=build_calendar, date=d(10, 11, 4, 12), subject="Принято: Осмотр объекта по заявке 52291",
    label=dict(expect="ignored", note="Outlook calendar meeting response (METHOD:REPLY, accepted) generated by the client"))

add(client="mailru", date=d(12, 8, 31, 48), from_=SHERZOD, subject="52291",
    text="52291 мы в пути, 20 минут",
    label=dict(expect="decided", request="52291", positions=[], status="подрядчик в пути", note="'мы в пути'"))

add(client="mailru", date=d(12, 9, 41, 3), from_=SHERZOD, subject="52291 101 102",
    text="52291 поз 1, поз 2 (каб. 101, 102) приехали. начинаем шпаклёвка",
    label=dict(expect="decided", request="52291", positions=["1", "2"], status="подрядчик на месте",
               note="'поз 1, поз 2 ... приехали'; subject holds room numbers 101 102, not positions"))

TABLE_HTML = (
    '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
    '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=RU>'
    '<div class=WordSection1><p class=MsoNormal>Добрый день.<o:p></o:p></p>'
    '<p class=MsoNormal>По заявке 52291 состояние на вечер 13.11:<o:p></o:p></p>'
    '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;border:none\'>'
    '<tr><td><p class=MsoNormal><b>Поз.</b></p></td><td><p class=MsoNormal><b>Помещение</b></p></td>'
    '<td><p class=MsoNormal><b>Прибытие</b></p></td><td><p class=MsoNormal><b>Убытие</b></p></td>'
    '<td><p class=MsoNormal><b>Состояние</b></p></td></tr>'
    '<tr><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>каб. 101</p></td><td><p class=MsoNormal>12.11 09:40</p></td>'
    '<td><p class=MsoNormal>13.11 17:30</p></td><td><p class=MsoNormal>работы выполнены, бригада убыла</p></td></tr>'
    '<tr><td><p class=MsoNormal>2</p></td><td><p class=MsoNormal>каб. 102</p></td><td><p class=MsoNormal>12.11 09:40</p></td>'
    '<td><p class=MsoNormal>13.11 17:30</p></td><td><p class=MsoNormal>работы выполнены, бригада убыла</p></td></tr>'
    '<tr><td><p class=MsoNormal>3</p></td><td><p class=MsoNormal>каб. 103</p></td><td><p class=MsoNormal>&#8212;</p></td>'
    '<td><p class=MsoNormal>&#8212;</p></td><td><p class=MsoNormal>начнём 16.11</p></td></tr>'
    '<tr><td><p class=MsoNormal>4</p></td><td><p class=MsoNormal>каб. 104</p></td><td><p class=MsoNormal>&#8212;</p></td>'
    '<td><p class=MsoNormal>&#8212;</p></td><td><p class=MsoNormal>начнём 16.11</p></td></tr>'
    '</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Фарход Рахимов<o:p></o:p></p>'
    '<p class=MsoNormal>ИП Рахимов, +7 (925) 310-44-87<o:p></o:p></p></div></body></html>')
add(client="outlook", date=d(13, 18, 4, 37), subject="52291 — состояние по позициям на 13.11", html=TABLE_HTML,
    text="Добрый день.\nПо заявке 52291 состояние на вечер 13.11:\n\n"
         "Поз.\tПомещение\tПрибытие\tУбытие\tСостояние\n"
         "1\tкаб. 101\t12.11 09:40\t13.11 17:30\tработы выполнены, бригада убыла\n"
         "2\tкаб. 102\t12.11 09:40\t13.11 17:30\tработы выполнены, бригада убыла\n"
         "3\tкаб. 103\t—\t—\tначнём 16.11\n"
         "4\tкаб. 104\t—\t—\tначнём 16.11\n\nФарход Рахимов\nИП Рахимов, +7 (925) 310-44-87",
    label=dict(expect="decided", request="52291", positions=["1", "2"], status="подрядчик убыл",
               note="HTML table, a row per position: 1 and 2 done and left, 3 and 4 only planned for 16.11"))

add(client="mailru", date=d(16, 9, 2, 16), from_=SHERZOD, subject="52291",
    text="52291 поз 3,4 мы на месте. кабинет открыли",
    label=dict(expect="decided", request="52291", positions=["3", "4"], status="подрядчик на месте", note="'поз 3,4 мы на месте'"))

add(client="mailru_html", date=d(17, 17, 26, 9), from_=SHERZOD, subject="52291 3 4 готово",
    text="52291 п3 п4 ЗАКОНЧИЛИ. мы ушли. ключ охрана отдали",
    label=dict(expect="decided", request="52291", positions=["3", "4"], status="подрядчик убыл",
               note="caps 'ЗАКОНЧИЛИ', 'мы ушли'"))


def build_read_receipt(L, n):
    t = L["date"]
    msgid = mid_outlook(t, n)
    subj = "Прочитано: Акт по заявке 52291"
    hdr = base_headers(addr(OWNER_OUT, "windows-1251"), addr(DISP, "windows-1251"), t,
                       rfc2047(subj, "windows-1251"), msgid,
                       ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ru",
                        "In-Reply-To: <akt52291.1763451000@zakazchik-omis.ru>"])
    txt = ("Ваше сообщение\n\n  Кому: f.rakhimov@rakhimov-remont.ru\n  Тема: Акт по заявке 52291\n"
           "  Отправлено: 18.11.2026 10:30\n\nбыло прочитано 18.11.2026 16:31.\n")
    mdn = ("Reporting-UA: rakhimov-remont.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;f.rakhimov@rakhimov-remont.ru\n"
           "Original-Message-ID: <akt52291.1763451000@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    bnd = "----=_NextPart_000_%s" % boundary(msgid)[:20].upper()
    part = multipart("report", [leaf("text/plain", txt, "windows-1251", "quoted-printable"),
                                (["Content-Type: message/disposition-notification"], crlf(mdn).encode())],
                     bnd, params="; report-type=disposition-notification")
    return message(hdr, part)


add(client="custom", build=build_read_receipt, date=d(18, 16, 31, 20), subject="Прочитано: Акт по заявке 52291",
    label=dict(expect="ignored", note="Outlook read receipt (multipart/report disposition-notification)"))

add(client="outlook", date=d(20, 11, 12, 0), subject="Счёт и акт по заявке 52291", senc="Q",
    attach=("Счет_47_от_20.11.2026.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
            "application/pdf"),
    text="Добрый день.\n\nНаправляем счёт № 47 от 20.11.2026 на сумму 184 500,00 руб. (без НДС) по заявке 52291 "
         "и акт выполненных работ. Оригиналы передадим с бригадой.\nПросим оплатить в течение 5 банковских дней по договору "
         "№ 14/26-П от 12.01.2026.\n\nР/с 40802810938000123456 в ПАО Сбербанк, БИК 044525225\n\n"
         "С уважением,\nФарход Рахимов\nИП Рахимов Ф.Х., ИНН 772915038264",
    label=dict(expect="review", note="invoice/payment talk with many distracting numbers; reports no status"))

# ======================================================================
# 52347  Кутузовский 12 — перегородки ГКЛ (1 — 3 этаж, 2 — 4 этаж)
# ======================================================================
add(client="gmail_web", date=d(11, 14, 12, 33), from_=JASUR, subject="52347",
    text="Dobryy den'.\nZayavku 52347 vzyali v rabotu. Brigada Botira, nachnut v pyatnitsu.\nProfil' i GKL Knauf zakupim sami.\n\nJasur",
    label=dict(expect="decided", request="52347", positions=[], status="заявка принята",
               note="translit 'vzyali v rabotu' = accepted; Friday start only a plan"))

add(client="mailru", date=d(13, 8, 12, 0), from_=BOTIR, subject="52347",
    text="Салом. 52347 бўйича йўлдамиз, Кутузовский 12 га соат 9 да етиб борамиз.\nЧерез 40 минут будем",
    label=dict(expect="decided", request="52347", positions=[], status="подрядчик в пути",
               note="half Uzbek (Cyrillic) half Russian; 'через 40 минут будем' = on the way"))

add(client="mailru", date=d(13, 9, 23, 41), from_=BOTIR, subject="52347 поз1",
    text="52347 пришли. поз1 3 этаж профиль ставим",
    label=dict(expect="decided", request="52347", positions=["1"], status="подрядчик на месте",
               note="arrived, pos 1 (3rd floor) in work"))

add(client="samsung", date=d(14, 17, 3, 5), from_=BOTIR, subject="52347 3 этаж",
    text="52347 п1 3 этаж перегородка готов, шпаклевка сделали. 4 этаж понедельник. Мы ушли",
    label=dict(expect="decided", request="52347", positions=["1"], status="подрядчик убыл",
               note="п1 (3rd floor) done and left; the 3 of '3 этаж' is a floor, not a position; 4th floor (pos 2) planned Monday"))

add(client="mailru", date=d(16, 9, 16, 52), from_=BOTIR, subject="Re: 52347 3 этаж",
    irt="<q52347.1763275500@zakazchik-omis.ru>",
    text=mailru_quote(d(16, 8, 45), DISP, ["Ботир, добрый день.", "Подскажите по 52347 п.2 (4 этаж) когда начнете?",
                                             "Диспетчер Ольга"]).lstrip("\n")
         + "\n\nп2 4 этаж приехали, начинаем",
    label=dict(expect="decided", request="52347", positions=["2"], status="подрядчик на месте",
               note="reply written UNDER the quote: dispatcher's question quoted on top, new text below says pos 2 arrived"))

add(client="thebat", date=d(18, 16, 5, 10), subject="Re: 52347 статус?",
    irt="<s52347.1763457000@zakazchik-omis.ru>",
    text="Здравствуйте, Диспетчерская.\n\nВы писали 18 ноября 2026 г., 12:10:\n\n"
         "ДО> Добрый день. Сообщите, пожалуйста, статус по заявке 52347, позиция 2.\n"
         "ДО> Заказчик просит закрыть до пятницы.\n\n"
         "По заявке 52347 работы по позиции 2 завершены, бригада убыла в 15:40.\n"
         "Акт N 118 от 18.11.2026 привезём в пятницу вместе с исполнительной.\n\n"
         "-- \nС уважением,\n Фарход Рахимов\n ИП Рахимов, тел. +7 (925) 310-44-87",
    label=dict(expect="decided", request="52347", positions=["2"], status="подрядчик убыл",
               note="The Bat!, KOI8-R 8bit, dispatcher's question quoted with initials prefix 'ДО>'; answer: pos 2 finished, crew left 15:40; act number is a distractor"))

# ======================================================================
# 52402  Нижегородская 32 — крыльцо (1)
# ======================================================================
add(client="gmail_app", date=d(12, 11, 33, 20), from_=FARIDUN, subject="52402 крыльцо",
    text="52402 берём работа. керамогранит 30х30 заказали, 14 м2, привезут пятница",
    label=dict(expect="decided", request="52402", positions=[], status="заявка принята",
               note="'берём работа' = accepting the request; tile size and area are distractors"))

add(client="gmail_app", date=d(13, 7, 44, 58), from_=FARIDUN, subject="52402",
    text="52402 сегодня не можем выехать, дождь, +3 градус, клей плитка нельзя. понедельник или вторник приедем",
    label=dict(expect="review", note="negation ('не можем выехать') plus a vague plan; no status"))

add(client="gmail_app", date=d(17, 7, 42, 5), from_=FARIDUN, subject="52402 выехали",
    text="52402 выехали",
    label=dict(expect="decided", request="52402", positions=[], status="подрядчик в пути", note="'выехали' (set off)"))

add(client="gmail_web", date=d(17, 9, 6, 41), from_=JASUR, subject="Fwd: 52402",
    text="Pereslal, Faridun oshibsya adresom, otpravil mne vmesto vas.\n\n"
         "---------- Forwarded message ---------\nОт: Faridun Nazarov <faridun.nazarov91@gmail.com>\n"
         "Date: вт, 17 нояб. 2026 г. в 08:52\nSubject: 52402\nTo: Jasur Rakhimov <jasur.rakhimov@gmail.com>\n\n\n"
         "мы на место приехали 52402 крыльцо старый плитка снимаем\n",
    label=dict(expect="decided", request="52402", positions=[], status="подрядчик на месте",
               note="Gmail forward by nephew (translit note) of crew lead's arrival message; forwarded report counts"))

add(client="gmail_app", date=d(19, 15, 2, 33), from_=FARIDUN, subject="Re: 52402 выехали",
    text="52402 ступени сделали, затирка тоже. 24 час не ходить по крыльцо пожалуйста. мы уехали"
         + gmail_quote(d(17, 7, 42), FARIDUN, ["52402 выехали"]),
    label=dict(expect="decided", request="52402", positions=[], status="подрядчик убыл",
               note="Re: subject/quote say 'выехали', new body says done and left"))

# ======================================================================
# 52458  Янгеля 6 — швы (1 подъезд 1, 2 подъезд 2, 3 подъезд 3)
# ======================================================================
add(client="mailru", date=d(16, 9, 47, 0), from_=OWNER_MOB, subject="Re: Заявка № 52458",
    irt="<52458.1763272800@zakazchik-omis.ru>",
    text="Принято, выезд бригады в среду. Фарход"
         + mailru_quote(d(16, 9, 0), DISP, disp_request("52458", "г. Москва, ул. Академика Янгеля, д. 6",
                                                         ["герметизация межпанельных швов, подъезд 1",
                                                          "герметизация межпанельных швов, подъезд 2",
                                                          "герметизация межпанельных швов, подъезд 3"])),
    label=dict(expect="decided", request="52458", positions=[], status="заявка принята",
               note="'Принято'; number only in Re: subject/quote; Wednesday departure is a plan"))

add(client="mailru", date=d(16, 10, 22, 30), from_=OWNER_MOB, subject="52458 вопрос",
    text="Подскажите по 52458 — автовышка ваша или наша? На кровлю допуск нужен, у нас промальп 2 человека с удостоверениями. Фарход",
    label=dict(expect="review", note="question about equipment/roof access; no status"))

add(client="samsung", date=d(18, 8, 1, 12), from_=BOTIR, subject="52458 поз 1",
    text="52458 поз 1 выезжаем с база, альпинист 2 человек",
    label=dict(expect="decided", request="52458", positions=["1"], status="подрядчик в пути",
               note="'выезжаем с база' = leaving FROM the base, i.e. on the way to the site"))

add(client="mailru", date=d(18, 9, 4, 26), from_=BOTIR, subject="52458 (1)",
    text="на месте. альпинист крыша поднялся, начинаем",
    label=dict(expect="decided", request="52458", positions=["1"], status="подрядчик на месте",
               note="request and position only in the subject '52458 (1)'"))

add(client="mailru", date=d(19, 18, 0, 44), from_=BOTIR, subject="52458-1",
    text=lt("п1 швы загерметизир^овали, ^убыли с объекта 17:40. завтра не работаем ветер"),
    label=dict(expect="decided", request="52458", positions=["1"], status="подрядчик убыл",
               note="subject '52458-1'; 'убыли с объекта' (from the site) with Latin o/y look-alikes; tomorrow's pause irrelevant"))

add(client="mailru", date=d(24, 12, 5, 9), from_=OWNER_MOB, subject="52458 и 52519",
    text="Добрый день. По 52458 п2 и по 52519 — бригады сейчас на объектах, работают. Фарход",
    label=dict(expect="review", note="two different requests in one letter"))

add(client="mailru", date=d(25, 18, 2, 11), from_=BOTIR, subject="52458",
    text="52458 п.2 п.3 готово мы ушли. подъезд 2 и 3 всё",
    label=dict(expect="decided", request="52458", positions=["2", "3"], status="подрядчик убыл", note="'п.2 п.3 готово мы ушли'"))

# ======================================================================
# 52519  Шаболовка 34 — двери (1 — 1 этаж, 2 — 2 этаж)
# ======================================================================
subj_52519 = "Заявка № 52519 — замена дверей, Шаболовка 34"
add(client="gmail_web", date=d(17, 11, 8, 3), from_=JASUR, subject="Re: " + subj_52519,
    irt="<52519.1763366400@zakazchik-omis.ru>",
    text="Prinyali. Dveri zakazali (5 sht, 2 na 1 etazh i 3 na 2 etazh), postavka 5 dney, montazh nachnem 23.11.\n\nJasur"
         + gmail_quote(d(17, 10, 0), DISP, disp_request("52519", "г. Москва, ул. Шаболовка, д. 34",
                                                         ["замена межкомнатных дверей, 1 этаж (2 шт.)",
                                                          "замена межкомнатных дверей, 2 этаж (3 шт.)"])),
    label=dict(expect="decided", request="52519", positions=[], status="заявка принята",
               note="translit 'Prinyali'; number only in the Re: subject; 23.11 is a plan"))

add(client="mailru", date=d(23, 7, 52, 40), from_=SHERZOD, subject="наряд 52519",
    text="наряд 52519 мы ещё не выехали, машина не заводится. опоздаем 1 час",
    label=dict(expect="review", note="negation: not yet departed"))

add(client="mailru", date=d(23, 9, 11, 15), from_=SHERZOD, subject="52519",
    text="52519 едем уже. Шаболовка 30 мин",
    label=dict(expect="decided", request="52519", positions=[], status="подрядчик в пути", note="'едем уже'"))

add(client="mailru", date=d(23, 10, 6, 0), from_=SHERZOD, subject="Re: " + subj_52519,
    irt="<52519.1763366400@zakazchik-omis.ru>",
    text="мы на месте п1 п2" + mailru_quote(d(17, 10, 0), DISP, disp_request("52519", "г. Москва, ул. Шаболовка, д. 34",
                                                                              ["замена межкомнатных дверей, 1 этаж (2 шт.)",
                                                                               "замена межкомнатных дверей, 2 этаж (3 шт.)"])),
    label=dict(expect="decided", request="52519", positions=["1", "2"], status="подрядчик на месте",
               note="request number only in the Re: subject of the original request; body names п1 п2"))

add(client="mailru", date=d(24, 17, 4, 30), from_=SHERZOD, subject="52519 двери",
    text=lt("52519 двери п^оставили все 5 шт, доводчик Dorma TS-77 тоже. мы ушли"),
    label=dict(expect="decided", request="52519", positions=[], status="подрядчик убыл",
               note="all doors installed, left; door closer model TS-77 is a distractor; Latin o look-alike"))

# ======================================================================
# 52573  Б. Серпуховская 44 — штукатурка (1)
# ======================================================================
subj_52573 = "Заявка № 52573 — штукатурка стены после протечки, Б. Серпуховская 44"


def build_bounce(L, n):
    t = L["date"]
    msgid = "<20261119124702.7A1C22E1B4@mx.rakhimov-remont.ru>"
    hdr = base_headers(addr(DAEMON), "dispatch@zakazchik-omis.ru", t, "Undelivered Mail Returned to Sender", msgid,
                       ["Auto-Submitted: auto-replied"])
    txt = ("This is the mail system at host mx.rakhimov-remont.ru.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           "<brigada@rakhimov-remont.ru>: unknown user: \"brigada\"\n")
    ds = ("Reporting-MTA: dns; mx.rakhimov-remont.ru\nX-Postfix-Queue-ID: 7A1C22E1B4\n"
          "Arrival-Date: Thu, 19 Nov 2026 12:47:01 +0300 (MSK)\n\n"
          "Final-Recipient: rfc822; brigada@rakhimov-remont.ru\nOriginal-Recipient: rfc822;brigada@rakhimov-remont.ru\n"
          "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: \"brigada\"\n")
    orig = ("From: " + addr(DISP) + "\nTo: brigada@rakhimov-remont.ru, f.rakhimov@rakhimov-remont.ru\n"
            "Subject: " + rfc2047(subj_52573) + "\nDate: Thu, 19 Nov 2026 12:46:55 +0300\n"
            "Message-ID: <52573.1763545615@zakazchik-omis.ru>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n")
    bnd = "7A1C22E1B4.1763545622/mx.rakhimov-remont.ru"
    part = multipart("report", [
        (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], crlf(txt).encode()),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], crlf(ds).encode()),
        (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], crlf(orig).encode()),
    ], bnd, params="; report-type=delivery-status")
    return message(hdr, part)


add(client="custom", build=build_bounce, date=d(19, 12, 47, 2), subject="Undelivered Mail Returned to Sender",
    label=dict(expect="ignored", note="Postfix bounce from the contractor's mail server (dispatch wrote to a dead address)"))

add(client="outlook", date=d(19, 14, 3, 44), subject="RE: " + subj_52573,
    irt="<52573.1763545615@zakazchik-omis.ru>",
    text="Ольга, добрый день.\nПо обращению 52573 — принято. Фаридун посмотрит стену в пятницу, если сухая — сразу штукатурим.\n"
         "Адрес brigada@ больше не работает, пишите на этот или на farhod.rakhimov@mail.ru.\n\nФарход"
         + outlook_block(d(19, 12, 46), DISP, "brigada@rakhimov-remont.ru; f.rakhimov@rakhimov-remont.ru", subj_52573,
                         disp_request("52573", "г. Москва, ул. Большая Серпуховская, д. 44, пом. III",
                                      ["штукатурка и окраска стены после протечки (около 12 м2)"])),
    label=dict(expect="decided", request="52573", positions=[], status="заявка принята",
               note="'По обращению 52573 — принято'; inspection on Friday is a plan"))


def build_fwd_attached(L, n):
    t_in = d(26, 16, 24, 50)
    inner_text = "52573 штукатурка сделали, покраска тоже сделали 2 слой. пришли 9:00, ушли 16:20"
    inner_hdr = base_headers(addr(FARIDUN), addr(("Фарход ака", "farhod.rakhimov@mail.ru")), t_in, "52573",
                             mid_gmail(t_in, 900))
    bnd = "0000000000" + boundary("inner")[:18]
    inner = message(inner_hdr, multipart("alternative", [leaf("text/plain", inner_text, "UTF-8", "base64"),
                                                          leaf("text/html", html_gmail(inner_text), "UTF-8", "base64")], bnd))
    L2 = dict(L)
    L2["client"] = "thebat"
    L2["attached_msg"] = inner
    L2["attached_name"] = "52573.eml"
    return build(L2, n)


add(client="custom", build=build_fwd_attached, date=d(26, 16, 58, 3), subject="Fw: 52573", cte="quoted-printable",
    text="Добрый день.\n\nПересылаю отчёт Фаридуна по Серпуховской, письмо во вложении.\n\n-- \nФарход Рахимов",
    label=dict(expect="decided", request="52573", positions=[], status="подрядчик убыл",
               note="The Bat! (KOI8-R, QP) forward-as-attachment (message/rfc822): crew arrived 9:00 and left 16:20 after finishing -> latest event = убыл"))

# ======================================================================
# 52640  Кржижановского 14 — Грильято (1 демонтаж, 2 монтаж)
# ======================================================================
add(client="gmail_web", date=d(23, 10, 33, 27), from_=JASUR, subject="52640",
    text="Zdravstvuyte! 52640 prinyali, Botir posmotrit potolok v sredu. Grilyato 100x100 nado zakazyvat', 10 rabochikh dney.\nJasur",
    label=dict(expect="decided", request="52640", positions=[], status="заявка принята",
               note="translit 'prinyali'; 100x100 and '10 days' are distractors"))

add(client="mailru", date=d(24, 8, 3, 17), from_=OWNER_MOB, subject="52640 эртага",
    text="Ботир ака, 52640 бўйича эртага эрталаб Кржижановский 14 га бориш керак, материал машинада.\n"
         "Диспетчер, извините, копия вам: завтра бригада будет в 9:00.\nФарход",
    label=dict(expect="review", note="half Uzbek / half Russian, only a plan for tomorrow"))

add(client="mailru", date=d(25, 8, 21, 0), from_=BOTIR, subject="52640",
    text=lt("52640 У^ЕХАЛИ Н^А ОБЪЕКТ Кржижановского, 30 минут"),
    label=dict(expect="decided", request="52640", positions=[], status="подрядчик в пути",
               note="'уехали НА объект' = left FOR the site (on the way), caps with Latin look-alikes"))

add(client="samsung", date=d(25, 9, 10, 33), from_=BOTIR, subject="52640 П1",
    text="52640 П1 демонтаж начали",
    label=dict(expect="decided", request="52640", positions=["1"], status="подрядчик на месте",
               note="'демонтаж начали' = on site working on pos 1"))

add(client="mailru", date=d(25, 16, 44, 8), from_=BOTIR, subject="52640",
    text="52640 п1 демонтаж закончили, мусор вывезли. п2 монтаж тоже начали, мы на месте до 20:00",
    label=dict(expect="review", note="different statuses for different positions: pos 1 finished (убыл), pos 2 on site"))

add(client="outlook", date=d(27, 18, 22, 51), subject="FW: 52640 п2",
    text="Пересылаю от бригадира.\n\nФарход Рахимов\nИП Рахимов"
         + outlook_block(d(27, 18, 14), BOTIR, "'Фарход Рахимов'", "52640 п2",
                         ["Фарход ака 52640 п2 потолок грильято смонтировали, свет электрик подключил. Убытие 18:10"]),
    label=dict(expect="decided", request="52640", positions=["2"], status="подрядчик убыл",
               note="Outlook forward (От:/Отправлено: block) of crew lead's report: 'Убытие 18:10' for pos 2"))

# ======================================================================
# stray review / ignored letters
# ======================================================================


def build_news(L, n):
    t = L["date"]
    msgid = "<nl.%s.%d@mailer.rakhimov-remont.ru>" % (boundary("nl")[:10], int(t.timestamp()))
    subj = "С Днём народного единства! Скидка 10% на ремонт ванной до 30 ноября"
    hdr = base_headers(addr(NEWS), "dispatch@zakazchik-omis.ru", t, rfc2047(subj), msgid,
                       ["Precedence: bulk", "List-Id: <novosti.rakhimov-remont.ru>",
                        "List-Unsubscribe: <https://rakhimov-remont.ru/unsubscribe?u=4411&l=novosti>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: UniSender",
                        "Auto-Submitted: auto-generated"])
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
           '<h2>С Днём народного единства!</h2>'
           '<p>Дорогие клиенты и партнёры! ИП Рахимов поздравляет вас с праздником 4 ноября.</p>'
           '<p>Только до 30 ноября — <b>скидка 10%</b> на ремонт ванной комнаты и санузла под ключ. '
           'Выезд замерщика бесплатно: +7 (925) 310-44-87.</p>'
           '<p style="font-size:11px;color:#888">Вы получили это письмо, потому что являетесь клиентом ИП Рахимов. '
           '<a href="https://rakhimov-remont.ru/unsubscribe?u=4411&l=novosti">Отписаться</a></p></body></html>')
    return message(hdr, leaf("text/html", htm, "utf-8", "quoted-printable"))


add(client="custom", build=build_news, date=d(3, 12, 0, 5), subject="С Днём народного единства!",
    label=dict(expect="ignored", note="bulk newsletter (Precedence: bulk, List-Unsubscribe)"))

add(client="gmail_app", date=d(24, 10, 2, 36), from_=FARIDUN, subject="52099",
    text="заявка 52099 мы на месте",
    label=dict(expect="review", note="52099 is not in the registry (typo?)"))

add(client="mailru", date=d(25, 17, 31, 47), from_=SHERZOD, subject="",
    text="Здравствуйте мы закончили уходим. ключ охрана отдали",
    label=dict(expect="review", note="no request number anywhere, empty subject"))

add(client="mailru", date=d(20, 15, 9, 2), from_=OWNER_MOB, subject="Re: Акт по заявке 52014 не подписан",
    irt="<akt52014.1763640000@zakazchik-omis.ru>",
    text="Спасибо, понял. Завтра привезу оригинал с печатью."
         + mailru_quote(d(20, 14, 40), DISP, ["Фарход, добрый день.", "Напоминаем: акт по заявке 52014 до сих пор не подписан с вашей стороны.",
                                               "Диспетчер Ольга"]),
    label=dict(expect="review", note="acknowledgement of the dispatcher's reminder about paperwork; no status"))

add(client="outlook", date=d(27, 10, 14, 29), subject="Оплата по заявкам 52014, 52037",
    text="Добрый день.\n\nПо заявкам 52014 и 52037 оплата до сих пор не поступила, хотя акты подписаны 10.11.2026. "
         "Прошу разобраться, ребятам зарплату платить нечем.\n\nФарход Рахимов\nИП Рахимов, +7 (925) 310-44-87",
    label=dict(expect="review", note="payment complaint about two requests; no status"))


def build_ooo(L, n):
    t = L["date"]
    msgid = mid_outlook(t, n)
    subj = "Автоматический ответ: Заявка № 52640 — пропуск на объект"
    hdr = base_headers(addr(OWNER_OUT, "windows-1251"), addr(DISP, "windows-1251"), t, rfc2047(subj, "windows-1251"), msgid,
                       ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-Mailer: Microsoft Outlook 16.0",
                        "In-Reply-To: <p52640.1764313200@zakazchik-omis.ru>", "Content-Language: ru"])
    txt = ("Здравствуйте!\n\nЯ в отпуске с 28.11 по 06.12, почту читаю редко.\n"
           "По срочным вопросам: Джасур Рахимов, +7 977 215-63-08, jasur.rakhimov@gmail.com.\n\nФарход Рахимов")
    bnd = "----=_NextPart_000_%s" % boundary(msgid)[:20].upper()
    part = multipart("alternative", [leaf("text/plain", txt, "windows-1251", "quoted-printable"),
                                     leaf("text/html", html_outlook(txt), "windows-1251", "quoted-printable")], bnd)
    return message(hdr, part)


add(client="custom", build=build_ooo, date=d(28, 9, 0, 14), subject="Автоматический ответ",
    label=dict(expect="ignored", note="Outlook out-of-office auto-reply"))


# ---------------------------------------------------------------- extra everyday letters
add(client="mailru", date=d(3, 8, 12, 6), from_=SHERZOD, subject="52014 едем",
    text="52014 мы выехали объект Летниковская, 25 мин будем",
    label=dict(expect="decided", request="52014", positions=[], status="подрядчик в пути",
               note="'выехали объект ... 25 мин будем' = on the way"))

add(client="gmail_app", date=d(26, 8, 47, 0), from_=FARIDUN, subject="52573",
    text="52573 стена сухой. мы приехать, начинаем штукатурка",
    label=dict(expect="decided", request="52573", positions=[], status="подрядчик на месте",
               note="infinitive 'мы приехать' = we have arrived"))

add(client="mailru_html", date=d(26, 9, 5, 31), from_=BOTIR, subject="52640 п2",
    text="52640 п2 монтаж грильято, мы на объекте с 8:40",
    label=dict(expect="decided", request="52640", positions=["2"], status="подрядчик на месте",
               note="'мы на объекте с 8:40' for pos 2"))

add(client="gmail_web", date=d(18, 9, 40, 12), from_=JASUR, subject="52458 - 1",
    text="Botir pishet: alpinisty na kryshe, nachali rabotu po 1 podyezdu (52458 pos.1). Vse normal'no.",
    label=dict(expect="decided", request="52458", positions=["1"], status="подрядчик на месте",
               note="nephew relays the crew lead's news in translit: on the roof, started pos 1"))


# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {"name": "ИП Рахимов Фарход Хамидович", "emails": ALL_ADDRS, "domains": ["rakhimov-remont.ru"]},
    "requests": [
        {"number": "52014", "positions": ["1", "2"], "registered_at": "2026-11-02T09:00:00+03:00",
         "comment": "Летниковская 10 стр.2: 1 — покраска коридора, 2 — покраска холла"},
        {"number": "52037", "positions": ["1"], "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "Профсоюзная 56: замена плитки в санузле"},
        {"number": "52105", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Бутырская 77: ремонт откосов окон, 1 — 1 этаж, 2 — 2 этаж, 3 — 3 этаж"},
        {"number": "52168", "positions": ["1", "2"], "registered_at": "2026-11-09T10:00:00+03:00",
         "comment": "Нагатинская 16: плиты Армстронг, 1 — каб. 204, 2 — каб. 210"},
        {"number": "52230", "positions": ["1"], "registered_at": "2026-11-10T14:00:00+03:00",
         "comment": "Вавилова 5: замена линолеума"},
        {"number": "52291", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "Ленинский пр-т 30: косметический ремонт, 1 — каб. 101, 2 — каб. 102, 3 — каб. 103, 4 — каб. 104"},
        {"number": "52347", "positions": ["1", "2"], "registered_at": "2026-11-11T10:00:00+03:00",
         "comment": "Кутузовский 12: перегородки ГКЛ, 1 — 3 этаж, 2 — 4 этаж"},
        {"number": "52402", "positions": ["1"], "registered_at": "2026-11-12T10:00:00+03:00",
         "comment": "Нижегородская 32: ремонт ступеней крыльца"},
        {"number": "52458", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "Академика Янгеля 6: герметизация швов, 1 — подъезд 1, 2 — подъезд 2, 3 — подъезд 3"},
        {"number": "52519", "positions": ["1", "2"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "Шаболовка 34: замена дверей, 1 — 1 этаж (2 шт.), 2 — 2 этаж (3 шт.)"},
        {"number": "52573", "positions": ["1"], "registered_at": "2026-11-19T12:45:00+03:00",
         "comment": "Б. Серпуховская 44: штукатурка и окраска стены после протечки"},
        {"number": "52640", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Кржижановского 14: потолок Грильято, 1 — демонтаж, 2 — монтаж"},
    ],
}


def main():
    letters = sorted(LETTERS, key=lambda L: L["date"])
    os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "letters")):
        os.remove(os.path.join(OUT, "letters", f))
    labels = {}
    for i, L in enumerate(letters, 1):
        if "from_" in L and L["from_"] is not None:
            L["from"] = L["from_"]
        name = "%03d.eml" % i
        raw = L["build"](L, i) if L["client"] == "custom" else build(L, i)
        with open(os.path.join(OUT, "letters", name), "wb") as fh:
            fh.write(raw)
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()),
          Counter(v.get("status") for v in labels.values()))


if __name__ == "__main__":
    main()
