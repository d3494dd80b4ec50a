#!/usr/bin/env python3
"""Generator for corpus E: ООО «Прайм Фасилити Сервис» (Outlook / Exchange shop).

Run:  python3 make.py   -> letters/NNN.eml, labels.json, registry.json
"""
import base64
import datetime as dt
import html
import json
import os
import random
import re
from email.charset import Charset, QP, BASE64
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

random.seed(80412)
OUT = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=3))

# ---------------------------------------------------------------- people
DOMAIN = "primefs.ru"
EXCH_SYS = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@primefs.ru"


class P:
    def __init__(self, name, email, lang, sig, sig_html_color=None, xmailer=None):
        self.name, self.email, self.lang, self.sig = name, email, lang, sig
        self.color = sig_html_color
        self.xmailer = xmailer


POLINA = P("Мирошниченко Полина Андреевна", "p.miroshnichenko@primefs.ru", "ru",
           "С уважением,\nПолина Мирошниченко\nассистент отдела сопровождения договоров\n"
           "ООО «Прайм Фасилити Сервис»\nтел.: +7 (495) 641-20-30, доб. 217\nwww.primefs.ru",
           "#1F497D", "Microsoft Outlook 16.0")
GUSEV = P("Гусев Денис Александрович", "d.gusev@primefs.ru", "en",
          "--\nД. Гусев\nвед. инженер ПФС\n+7 916 204-18-77", None, "Microsoft Outlook 16.0")
KRAV = P("Кравцова Елена Викторовна", "e.kravtsova@primefs.ru", "ru",
         "С уважением,\nКравцова Елена Викторовна\nРуководитель проекта «ОМИС»\n"
         "ООО «Прайм Фасилити Сервис»\nИНН 7728456123 / КПП 772801001\n"
         "117342, г. Москва, ул. Профсоюзная, д. 65, к. 1\n"
         "Тел. +7 (495) 641-20-30, моб. +7 (903) 718-44-09", "#44546A", None)
AKHM = P("Ахмедов Руслан", "r.akhmedov@primefs.ru", "old",
         "Ахмедов Р.\nПФС, сменный инженер\n8-926-551-07-32", None, "Microsoft Outlook 14.0")
SOROK = P("Сорокин Игорь Павлович", "i.sorokin@primefs.ru", "ru",
          "Сорокин И.П.\nначальник участка № 3\nООО «Прайм Фасилити Сервис»\nмоб. 8 (985) 330-62-19",
          "#002060", "Microsoft Outlook 16.0")
PDISP = P("Диспетчерская служба ПФС", "dispatch@primefs.ru", "ru",
          "Дежурный диспетчер: Никитина О.\nДиспетчерская служба ООО «Прайм Фасилити Сервис»\n"
          "+7 (495) 641-20-39 (круглосуточно)", "#7F7F7F", "Microsoft Outlook 16.0")
KUZM = P("Кузьмин Олег", "o.kuzmin@primefs.ru", "ru", "Кузьмин", None, None)
NEWS = P("Прайм Фасилити Сервис", "news@primefs.ru", "ru", "", None, None)
EXCH = P("Microsoft Outlook", EXCH_SYS, "en", "", None, None)

C_DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
C_BEL = ("Белова Анна Сергеевна", "a.belova@zakazchik-omis.ru")

RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]


def T(day, hh, mm, ss=None):
    return dt.datetime(2026, 11, day, hh, mm, ss if ss is not None else random.randint(3, 58), tzinfo=TZ)


def ru_sent(d):
    return f"{RU_WD[d.weekday()]}, {d.day} {RU_MON[d.month-1]} {d.year} г. {d.hour}:{d.minute:02d}"


def en_sent(d):
    h = d.hour % 12 or 12
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def msgid(host="MSK-EXCH01.primefs.local"):
    return "<%032X@%s>" % (random.getrandbits(128), host)


def thread_index():
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(22))).decode()


# ---------------------------------------------------------------- header encoding (Outlook-like B words)
def enc_words(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    limit = 62 - len(f"=?{cs}?B??=")
    fits = lambda w: len(base64.b64encode(w.encode(cs))) <= limit
    words, cur = [], ""
    for tok in re.findall(r"\S+\s*", s):
        if fits(cur + tok):
            cur += tok
            continue
        if cur:
            words.append(cur)
            cur = ""
        if fits(tok):
            cur = tok
            continue
        for ch in tok:  # a single over-long token: split by characters
            if fits(cur + ch):
                cur += ch
            else:
                words.append(cur)
                cur = ch
    if cur:
        words.append(cur)
    return " ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


def addr(pair, cs):
    name, email = pair
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>'
    return f"{enc_words(name, cs)} <{email}>"


# ---------------------------------------------------------------- KOI8-R best fit (what Outlook does)
BESTFIT = {"«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "„": '"', "“": '"', "”": '"',
           "³": "3", "²": "2", "…": "...", "°": "гр.", "\u00a0": " "}


def bestfit(s, cs):
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(BESTFIT.get(ch, "?"))
    return "".join(out)


# ---------------------------------------------------------------- messages
class Msg:
    """A letter (either one we output, or a dispatcher message that only gets quoted)."""

    def __init__(self, sender, d, subject, text, to=(C_DISP,), cc=(), quote=None, qstyle=None,
                 fmt="alt", cs="utf-8", cte="qp", table=None, sig=True, label=None, out=True,
                 attach=None, extra=None, mobile=False, fwd=None, below=False):
        self.sender, self.d, self.subject, self.text = sender, d, subject, text
        self.to, self.cc, self.quote = list(to), list(cc), quote
        self.qstyle = qstyle or (sender.lang if isinstance(sender, P) else "ru")
        self.fmt, self.cs, self.cte, self.table = fmt, cs, cte, table
        self.sig, self.label, self.out = sig, label, out
        self.attach, self.extra, self.mobile, self.fwd = attach, extra or {}, mobile, fwd
        self.below = below
        host = "zakazchik-omis.ru" if not isinstance(sender, P) else "MSK-EXCH0%d.primefs.local" % random.choice((1, 2))
        self.mid = msgid(host)
        self.tindex = thread_index()

    # ---- identity helpers
    @property
    def from_pair(self):
        s = self.sender
        return (s.name, s.email) if isinstance(s, P) else s

    def new_plain(self):
        t = self.text.strip("\n")
        if self.table:
            t = t.replace("{TABLE}", table_plain(self.table))
        if self.sig and isinstance(self.sender, P) and self.sender.sig:
            t += "\n\n" + self.sender.sig
        if self.mobile:
            t += "\n\nGet Outlook for Android"
        return t

    def full_plain(self):
        t = self.new_plain()
        if self.quote is not None:
            if self.below:  # answer written under the quoted text
                return quote_plain(self.quote, self.qstyle) + "\n\n" + t
            t += "\n\n" + quote_plain(self.quote, self.qstyle)
        return t

    def new_html(self):
        parts = []
        for line in self.text.strip("\n").split("\n"):
            if line.strip() == "{TABLE}" and self.table:
                parts.append(table_html(self.table))
            elif line.strip() == "":
                parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            else:
                parts.append(f"<p class=MsoNormal>{html.escape(line, quote=False)}<o:p></o:p></p>")
        if self.sig and isinstance(self.sender, P) and self.sender.sig:
            parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            col = self.sender.color
            for line in self.sender.sig.split("\n"):
                esc = html.escape(line, quote=False)
                if col:
                    parts.append(f"<p class=MsoNormal><span style='font-size:10.0pt;color:{col};mso-fareast-language:RU'>{esc}<o:p></o:p></span></p>")
                else:
                    parts.append(f"<p class=MsoNormal>{esc}<o:p></o:p></p>")
        return "\n".join(parts)

    def full_html_inner(self):
        h = self.new_html()
        if self.quote is not None:
            h += "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + quote_html(self.quote, self.qstyle)
        return h


def names_line(pairs, lang):
    if lang == "old":
        return "; ".join(n for n, _ in pairs)
    return "; ".join(f"{n} <{e}>" for n, e in pairs)


def header_lines(q, lang):
    n, e = q.from_pair
    if lang == "ru":
        L = [f"От: {n} <{e}>", f"Отправлено: {ru_sent(q.d)}", f"Кому: {names_line(q.to, lang)}"]
        if q.cc:
            L.append(f"Копия: {names_line(q.cc, lang)}")
        L.append(f"Тема: {q.subject}")
    else:
        if lang == "old":
            L = [f"From: {n} [mailto:{e}]"]
        else:
            L = [f"From: {n} <{e}>"]
        L += [f"Sent: {en_sent(q.d)}", f"To: {names_line(q.to, lang)}"]
        if q.cc:
            L.append(f"Cc: {names_line(q.cc, lang)}")
        L.append(f"Subject: {q.subject}")
    return L


def quote_plain(q, style):
    lang = {"android": "en", "prefix": "old"}.get(style, style)
    hdr = "\n".join(header_lines(q, lang))
    body = q.full_plain()
    if style == "old":
        return "-----Original Message-----\n" + hdr + "\n\n" + body
    if style == "prefix":
        return "\n".join((">" + l if l else ">") for l in
                         ("-----Original Message-----\n" + hdr + "\n\n" + body).split("\n"))
    if style == "android":
        return "________________________________\n" + hdr + "\n\n" + body
    return hdr + "\n\n" + body


def quote_html(q, style):
    lang = {"android": "en", "prefix": "old"}.get(style, style)
    lines = header_lines(q, lang)
    out = []
    for l in lines:
        k, _, v = l.partition(": ")
        out.append(f"<b>{html.escape(k)}:</b> {html.escape(v, quote=False)}")
    block = ("<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
             "<p class=MsoNormal><b><span lang=EN-US>" if False else
             "<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n<p class=MsoNormal>")
    block += "<br>\n".join(out) + "<o:p></o:p></p>\n</div>\n</div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
    return block + q.full_html_inner()


def table_plain(tbl):
    return "\n".join("\t".join(r) for r in tbl)


def table_html(tbl):
    rows = []
    for i, r in enumerate(tbl):
        cells = []
        for c in r:
            txt = html.escape(c, quote=False)
            if i == 0:
                txt = f"<b>{txt}<o:p></o:p></b>"
            else:
                txt += "<o:p></o:p>"
            top = "border:solid windowtext 1.0pt" if i == 0 else "border:solid windowtext 1.0pt;border-top:none"
            cells.append(f"  <td valign=top style='{top};padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal>{txt}</p>\n  </td>")
        rows.append(" <tr>\n" + "\n".join(cells) + "\n </tr>")
    return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse;border:none'>\n" + "\n".join(rows) + "\n</table>")


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle{n}
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=RU link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""
WORD_TAIL = "\n</div>\n</body>\n</html>\n"


def word_html(inner, cs):
    return WORD_HEAD.format(cs=cs, n=random.choice((17, 18, 19, 20, 21))) + inner + WORD_TAIL


_MPN = {"alternative": 0, "mixed": 4, "report": 2}


def MP(sub, **kw):
    mp = MIMEMultipart(sub, **kw)
    del mp["MIME-Version"]
    mp.set_boundary("_%03d_%032XMSKEXCH0%dprimefslocal_" % (_MPN[sub], random.getrandbits(128), random.choice((1, 2))))
    return mp


def leaf(subtype, text, cs, cte):
    m = Message()
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    c.header_encoding = BASE64
    c.output_charset = cs
    m.set_type("text/" + subtype)
    m.set_payload(text, c)
    del m["MIME-Version"]
    if cte == "8bit":
        del m["Content-Transfer-Encoding"]
        m["Content-Transfer-Encoding"] = "8bit"
    return m


def outlook_headers(m, L, topic=None):
    s = L.sender
    cs = L.cs if L.cs != "us-ascii" else "utf-8"
    m["From"] = addr((s.name, s.email), cs)
    m["To"] = ", ".join(addr(p, cs) for p in L.to)
    if L.cc:
        m["CC"] = ", ".join(addr(p, cs) for p in L.cc)
    m["Subject"] = enc_words(L.subject, cs)
    m["Thread-Topic"] = enc_words(topic if topic is not None else strip_prefix(L.subject), cs)
    m["Thread-Index"] = L.tindex
    m["Date"] = format_datetime(L.d)
    m["Message-ID"] = L.mid
    if L.quote is not None and L.fwd is None:
        m["References"] = L.quote.mid
        m["In-Reply-To"] = L.quote.mid
    m["Accept-Language"] = "ru-RU, en-US"
    m["Content-Language"] = "ru-RU"
    m["X-MS-Has-Attach"] = "yes" if L.attach else ""
    m["X-MS-TNEF-Correlator"] = ""
    if s.xmailer and not L.mobile:
        m["X-Mailer"] = s.xmailer
    m["X-Originating-IP"] = "[10.10.%d.%d]" % (random.randint(1, 40), random.randint(2, 250))
    for k, v in L.extra.items():
        m[k] = v
    m["MIME-Version"] = "1.0"


def strip_prefix(subj):
    s = subj
    for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "Automatic reply: ", "Автоматический ответ: "):
        if s.startswith(p):
            s = s[len(p):]
    return s


def build(L):
    cs = L.cs
    plain = L.full_plain()
    hinner = L.full_html_inner()
    if cs in ("koi8-r", "windows-1251"):
        plain = bestfit(plain, cs)
        L.subject = bestfit(L.subject, cs)
    if L.fmt == "plain":
        body = leaf("plain", plain, cs, L.cte)
    elif L.fmt == "html":
        h = word_html(hinner, cs).encode(cs, "xmlcharrefreplace").decode(cs)
        body = leaf("html", h, cs, L.cte)
    else:
        h = word_html(hinner, cs).encode(cs, "xmlcharrefreplace").decode(cs)
        body = MP("alternative")
        body.attach(leaf("plain", plain, cs, L.cte))
        body.attach(leaf("html", h, cs, L.cte))
    if L.attach:
        top = MP("mixed")
        top.attach(body)
        for fname, data in L.attach:
            a = Message()
            a.set_type("application/pdf")
            a.set_param("name", fname)
            a["Content-Description"] = fname
            a["Content-Disposition"] = f'attachment; filename="{fname}"; size={len(data)}'
            a["Content-Transfer-Encoding"] = "base64"
            a.set_payload(base64.encodebytes(data).decode())
            top.attach(a)
        body = top
    m = Message()
    outlook_headers(m, L)
    for k, v in body.items():
        if k.lower() != "mime-version":
            m[k] = v
    m._payload = body._payload
    if body.get_charset():
        pass
    return m


# ---------------------------------------------------------------- special (machine) letters
def autoreply(sender, d, orig, text_html_lines, label, lang="ru"):
    prefix = "Автоматический ответ: " if lang == "ru" else "Automatic reply: "
    L = Msg(sender, d, prefix + orig.subject, "", to=[orig.from_pair], sig=False, label=label)
    L.kind = "auto"
    L.orig = orig
    L.lines = text_html_lines
    return L


def build_auto(L):
    cs = "utf-8"
    inner = "\n".join(f"<p class=MsoNormal>{html.escape(l, quote=False) if l else '&nbsp;'}<o:p></o:p></p>" for l in L.lines)
    alt = MP("alternative")
    alt.attach(leaf("plain", "\n".join(L.lines), cs, "b64"))
    alt.attach(leaf("html", word_html(inner, cs), cs, "b64"))
    m = Message()
    s = L.sender
    m["From"] = addr((s.name, s.email), cs)
    m["To"] = addr(L.orig.from_pair, cs)
    m["Subject"] = enc_words(L.subject, cs)
    m["Thread-Topic"] = enc_words(strip_prefix(L.orig.subject), cs)
    m["Thread-Index"] = L.orig.tindex[:-4] + "AAAA"
    m["Date"] = format_datetime(L.d)
    m["Message-ID"] = L.mid
    m["In-Reply-To"] = L.orig.mid
    m["References"] = L.orig.mid
    m["Auto-Submitted"] = "auto-replied"
    m["X-Auto-Response-Suppress"] = "All"
    m["X-MS-Exchange-Inbox-Rules-Loop"] = s.email
    m["Content-Language"] = "ru-RU"
    m["MIME-Version"] = "1.0"
    for k, v in alt.items():
        if k.lower() != "mime-version":
            m[k] = v
    m.set_payload(alt.get_payload())
    return m


def ndr(d, orig, rcpt, lang, status, diag, label):
    subj = ("Undeliverable: " if lang == "en" else "Не доставлено: ") + orig.subject
    L = Msg(EXCH, d, subj, "", to=[orig.from_pair], sig=False, label=label)
    L.kind = "ndr"
    L.orig, L.rcpt, L.lang, L.status, L.diag = orig, rcpt, lang, status, diag
    return L


def build_ndr(L):
    cs = "utf-8"
    if L.lang == "en":
        human = ("Delivery has failed to these recipients or groups:\n\n"
                 f"{L.rcpt}\n"
                 "The recipient's mailbox is full and can't accept messages now. Please try resending "
                 "this message later, or contact the recipient directly.\n\n\n"
                 "Diagnostic information for administrators:\n\n"
                 "Generating server: MSK-EXCH02.primefs.local\n\n"
                 f"{L.rcpt}\n{L.diag}\n\n"
                 "Original message headers:\n\n"
                 f"Received: from mx.zakazchik-omis.ru (185.12.44.17) by MSK-EXCH02.primefs.local\n"
                 f" (10.10.1.22) with Microsoft SMTP Server id 15.1.2507.39; {format_datetime(L.orig.d)}\n"
                 f"Message-ID: {L.orig.mid}\nSubject: {L.orig.subject}\n")
    else:
        human = ("Не удалось доставить сообщение следующим получателям или группам:\n\n"
                 f"{L.rcpt}\n"
                 "Не удалось найти введенный адрес электронной почты. Проверьте адрес получателя и "
                 "попробуйте отправить сообщение еще раз. Если проблема не исчезнет, обратитесь в службу "
                 "поддержки.\n\n\n"
                 "Диагностические сведения для администраторов:\n\n"
                 "Создающий сервер: MSK-EXCH01.primefs.local\n\n"
                 f"{L.rcpt}\n{L.diag}\n\n"
                 "Заголовки исходного сообщения:\n\n"
                 f"Message-ID: {L.orig.mid}\nSubject: {L.orig.subject}\n")
    inner = "\n".join(f"<p class=MsoNormal>{html.escape(l, quote=False) if l else '&nbsp;'}</p>" for l in human.split("\n"))
    alt = MP("alternative")
    alt.attach(leaf("plain", human, cs, "qp"))
    alt.attach(leaf("html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + inner + "\n</body></html>\n", cs, "qp"))
    dsn = Message()
    dsn.set_type("message/delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = "dns;MSK-EXCH02.primefs.local"
    b1["Received-From-MTA"] = "dns;mx.zakazchik-omis.ru"
    b1["Arrival-Date"] = format_datetime(L.orig.d)
    b2 = Message()
    b2["Original-Recipient"] = f"rfc822;{L.rcpt}"
    b2["Final-Recipient"] = f"rfc822;{L.rcpt}"
    b2["Action"] = "failed"
    b2["Status"] = L.status
    b2["Diagnostic-Code"] = "smtp;" + L.diag
    dsn.set_payload([b1, b2])
    hdrs = Message()
    hdrs.set_type("text/rfc822-headers")
    hdrs.set_payload(
        f"Received: from mx.zakazchik-omis.ru (185.12.44.17) by MSK-EXCH02.primefs.local\n (10.10.1.22) with Microsoft SMTP Server id 15.1.2507.39; {format_datetime(L.orig.d)}\n"
        f"From: {addr(L.orig.from_pair, 'utf-8')}\nTo: {L.rcpt}\nSubject: {enc_words(L.orig.subject, 'utf-8')}\n"
        f"Date: {format_datetime(L.orig.d)}\nMessage-ID: {L.orig.mid}\nContent-Type: text/plain; charset=\"utf-8\"\nMIME-Version: 1.0\n")
    rep = MP("report", report_type="delivery-status")
    rep.attach(alt)
    rep.attach(dsn)
    rep.attach(hdrs)
    m = Message()
    m["From"] = addr(("Microsoft Outlook", EXCH_SYS), cs)
    m["To"] = addr(L.orig.from_pair, cs)
    m["Date"] = format_datetime(L.d)
    m["Content-Language"] = "en-US" if L.lang == "en" else "ru-RU"
    m["Message-ID"] = L.mid
    m["In-Reply-To"] = L.orig.mid
    m["References"] = L.orig.mid
    m["Subject"] = enc_words(L.subject, cs)
    m["Auto-Submitted"] = "auto-replied"
    m["X-MS-Exchange-Message-Is-Ndr"] = ""
    m["MIME-Version"] = "1.0"
    for k, v in rep.items():
        if k.lower() != "mime-version":
            m[k] = v
    m.set_payload(rep.get_payload())
    return m


def mdn(sender, d, orig, lang, label):
    subj = ("Прочитано: " if lang == "ru" else "Read: ") + orig.subject
    L = Msg(sender, d, subj, "", to=[orig.from_pair], sig=False, label=label)
    L.kind = "mdn"
    L.orig, L.lang = orig, lang
    return L


def build_mdn(L):
    cs = "utf-8"
    o = L.orig
    if L.lang == "ru":
        txt = (f"Ваше сообщение\n\n  Кому: {L.sender.name}\n  Тема: {o.subject}\n"
               f"  Отправлено: {o.d.strftime('%d.%m.%Y')} {o.d.hour}:{o.d.minute:02d}\n\n"
               f"было прочитано {L.d.strftime('%d.%m.%Y')} {L.d.hour}:{L.d.minute:02d}.\n")
    else:
        h = lambda x: f"{x.strftime('%A')}, {x.strftime('%B')} {x.day}, {x.year} {x.hour % 12 or 12}:{x.minute:02d}:{x.second:02d} {'AM' if x.hour < 12 else 'PM'}"
        txt = (f"Your message\n\n  To: {L.sender.name}\n  Subject: {o.subject}\n"
               f"  Sent: {h(o.d)} (UTC+03:00) Moscow, St. Petersburg\n\n"
               f"was read on {h(L.d)} (UTC+03:00) Moscow, St. Petersburg.\n")
    p1 = leaf("plain", txt, cs, "b64")
    p2 = Message()
    p2.set_type("message/disposition-notification")
    p2.set_payload(
        "Reporting-UA: MSK-EXCH01.primefs.local; Microsoft Outlook 16.0\n"
        f"Final-Recipient: rfc822;{L.sender.email}\n"
        f"Original-Message-ID: {o.mid}\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n")
    rep = MP("report", report_type="disposition-notification")
    rep.attach(p1)
    rep.attach(p2)
    m = Message()
    m["From"] = addr((L.sender.name, L.sender.email), cs)
    m["To"] = addr(o.from_pair, cs)
    m["Subject"] = enc_words(L.subject, cs)
    m["Thread-Topic"] = enc_words(strip_prefix(o.subject), cs)
    m["Date"] = format_datetime(L.d)
    m["Message-ID"] = L.mid
    m["References"] = o.mid
    m["In-Reply-To"] = o.mid
    m["Content-Language"] = "ru-RU"
    m["X-MS-Exchange-Organization-SCL"] = "-1"
    m["MIME-Version"] = "1.0"
    for k, v in rep.items():
        if k.lower() != "mime-version":
            m[k] = v
    m.set_payload(rep.get_payload())
    return m


def meeting(sender, d, topic, partstat, lang, comment, start, label, uid):
    pref = {("ru", "ACCEPTED"): "Принято: ", ("en", "DECLINED"): "Declined: ",
            ("ru", "TENTATIVE"): "Под вопросом: ", ("en", "ACCEPTED"): "Accepted: "}[(lang, partstat)]
    L = Msg(sender, d, pref + topic, comment, to=[C_DISP], sig=False, label=label)
    L.kind = "meeting"
    L.topic, L.partstat, L.start, L.uid, L.lang = topic, partstat, start, uid, lang
    return L


def build_meeting(L):
    cs = "utf-8"
    s = L.sender
    end = L.start + dt.timedelta(hours=1)
    f = lambda x: x.strftime("%Y%m%dT%H%M%S")
    stamp = L.d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    comment = L.text.replace("\n", "\\n")
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2016", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Russian Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
        "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        f"ATTENDEE;PARTSTAT={L.partstat};CN={s.name}:mailto:{s.email}",
        f"COMMENT;LANGUAGE={'ru-RU' if L.lang == 'ru' else 'en-US'}:{comment}\\n",
        f"SUMMARY;LANGUAGE=ru-RU:{L.subject}",
        f"DTSTART;TZID=Russian Standard Time:{f(L.start)}",
        f"DTEND;TZID=Russian Standard Time:{f(end)}",
        f"UID:{L.uid}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=ru-RU:Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1093487102",
        f"X-MICROSOFT-CDO-REPLYTIME:{stamp}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT", "END:VCALENDAR", ""])
    alt = MP("alternative")
    alt.attach(leaf("plain", L.text + "\n" if L.text else "\n", cs, "b64"))
    cal = Message()
    cal.set_type("text/calendar")
    cal.set_param("charset", "utf-8")
    cal.set_param("method", "REPLY")
    cal["Content-Transfer-Encoding"] = "base64"
    cal.set_payload(base64.encodebytes(ics.encode("utf-8")).decode())
    alt.attach(cal)
    m = Message()
    m["From"] = addr((s.name, s.email), cs)
    m["To"] = addr(C_DISP, cs)
    m["Subject"] = enc_words(L.subject, cs)
    m["Thread-Topic"] = enc_words(L.topic, cs)
    m["Thread-Index"] = L.tindex
    m["Date"] = format_datetime(L.d)
    m["Message-ID"] = L.mid
    m["Content-Language"] = "ru-RU"
    m["X-MS-Has-Attach"] = ""
    m["X-MS-TNEF-Correlator"] = ""
    m["Content-class"] = "urn:content-classes:calendarmessage"
    m["MIME-Version"] = "1.0"
    for k, v in alt.items():
        if k.lower() != "mime-version":
            m[k] = v
    m.set_payload(alt.get_payload())
    return m


def build_bulk(L):
    cs = "utf-8"
    alt = MP("alternative")
    alt.attach(leaf("plain", L.text, cs, "qp"))
    alt.attach(leaf("html", L.html, cs, "qp"))
    m = Message()
    m["From"] = addr(("Прайм Фасилити Сервис", "news@primefs.ru"), cs)
    m["To"] = addr(C_DISP, cs)
    m["Reply-To"] = "noreply@primefs.ru"
    m["Subject"] = enc_words(L.subject, cs)
    m["Date"] = format_datetime(L.d)
    m["Message-ID"] = "<nl-2026-11.%d@news.primefs.ru>" % random.randint(10**6, 10**7)
    m["Precedence"] = "bulk"
    m["List-Id"] = "Новости ПФС <news.primefs.ru>"
    m["List-Unsubscribe"] = "<mailto:unsubscribe@primefs.ru?subject=unsubscribe>, <https://primefs.ru/news/unsubscribe?u=7f3a91c2>"
    m["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    m["X-Campaign-Id"] = "pfs-digest-2026-11"
    m["MIME-Version"] = "1.0"
    for k, v in alt.items():
        if k.lower() != "mime-version":
            m[k] = v
    m.set_payload(alt.get_payload())
    return m


# ================================================================ DATA
REGISTRY = [
    ("80412", ["1", "2", "3"], T(2, 9, 10, 0), "ТЦ «Галактика», ул. Вавилова, 3: поз.1 чиллер №1 Carrier 30RB-0802, поз.2 чиллер №2, поз.3 сухая градирня"),
    ("80415", ["1", "2"], T(2, 14, 30, 0), "БЦ «Северная башня», Ленинградский пр-т, 80к17: П1 пассажирский лифт №1, П2 пассажирский лифт №2"),
    ("80437", ["1"], T(3, 10, 0, 0), "Склад «Подольск-2»: секционные ворота дока №6"),
    ("80458", ["1", "2", "3", "4"], T(5, 8, 45, 0), "Аптеки сети: 1 Бутлерова 17, 2 Профсоюзная 104, 3 Островитянова 9, 4 Ленинский 123 — освещение"),
    ("80503", ["1", "2"], T(6, 11, 20, 0), "ЖК «Вешние воды»: ИТП корп.1 (поз.1), ИТП корп.2 (поз.2), недогрев ГВС"),
    ("81120", ["1"], T(9, 9, 0, 0), "БЦ «Кутузовский», Кутузовский пр-т 36с3: протечка кровли"),
    ("81207", ["1", "2", "3"], T(10, 10, 15, 0), "ТРК «Олимп», Каширское ш., 61: поз.1 ПВ-1 ремень, поз.2 ПВ-2 фильтры, поз.3 ПВ-3 фильтры"),
    ("82045", ["1", "2"], T(12, 13, 40, 0), "БЦ «Северная башня»: поз.1 ГРЩ-1 нагрев контактов, поз.2 ГРЩ-2 замена QF7"),
    ("82316", ["1"], T(16, 8, 30, 0), "БЦ «Северная башня», 3 этаж: течь стояка ГВС"),
    ("83090", ["1", "2", "3"], T(17, 9, 50, 0), "Офис 4 этаж: поз.1 сплит серверной, поз.2 переговорная 401, поз.3 кабинет 415"),
    ("84711", ["1", "2"], T(19, 15, 0, 0), "ЦОД «Южный»: поз.1 ДГУ-1 ТО-2, поз.2 ДГУ-2 ошибка запуска"),
    ("85002", ["1", "2", "3", "4"], T(23, 8, 0, 0), "БЦ «Кутузовский», уборка после ремонта: 1 — 2 этаж, 2 — 3 этаж, 3 — 5 этаж, 4 — лестницы и холлы"),
    ("86140", ["1"], T(25, 10, 0, 0), "ТРК «Олимп»: ложные сработки АПС в зоне 3"),
]

LET = []


def add(L):
    LET.append(L)
    return L


def D(d, subject, text, to, cc=(), quote=None):
    """A customer dispatcher message (only quoted, never output)."""
    return Msg(C_DISP, d, subject, text, to=to, cc=cc, quote=quote, qstyle="ru", out=False, sig=False)


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


A = "заявка принята"
W = "подрядчик в пути"
H = "подрядчик на месте"
U = "подрядчик убыл"

DSIG = "\n\n--\nДиспетчерская служба ОМИС\n+7 (495) 980-11-22"
pp = lambda p: (p.name, p.email)

# ---------------------------------------------------------------- 80412
d1 = D(T(2, 9, 12), "Заявка 80412 от 02.11.2026",
       "Добрый день!\n\nНаправляем заявку № 80412.\nОбъект: ТЦ «Галактика», г. Москва, ул. Вавилова, д. 3.\n"
       "Позиции:\n1 — чиллер № 1 (Carrier 30RB-0802), авария по высокому давлению;\n"
       "2 — чиллер № 2 (Carrier 30RB-0802), осмотр после аварии;\n3 — сухая градирня, посторонний шум вентиляторов.\n\n"
       "Просим подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады по каждой позиции." + DSIG,
       to=[pp(POLINA)], cc=[pp(KRAV), pp(GUSEV)])

a1 = add(Msg(POLINA, T(2, 10, 5), "RE: Заявка 80412 от 02.11.2026",
             "Добрый день, уважаемые коллеги!\n\nБлагодарим Вас за обращение. Подтверждаем, что заявка № 80412 получена и принята в работу. "
             "Ответственным за выполнение назначен ведущий инженер Гусев Денис Александрович (моб. +7 916 204-18-77), "
             "который в ближайшее время сообщит Вам о времени выезда бригады.\n\n"
             "Если потребуется дополнительная информация по объекту или оформление пропусков, пожалуйста, дайте нам знать — мы с радостью поможем.",
             to=[C_DISP], cc=[pp(KRAV), pp(GUSEV)], quote=d1, fmt="html", cs="windows-1251", cte="qp",
             label=dec("80412", [], A, "assistant confirms acceptance of the whole request; positions only in quoted customer text")))

a2 = add(Msg(GUSEV, T(2, 12, 31), "RE: Заявка 80412 от 02.11.2026",
             "Выезжаем на объект по поз. 1 и 2, на месте будем около 14:00.\nПоз. 3 — завтра, сообщу отдельно.",
             to=[C_DISP], cc=[pp(POLINA)], quote=a1, fmt="alt", cs="utf-8", cte="qp",
             label=dec("80412", ["1", "2"], W, "«выезжаем на объект» = on the way; поз.3 only a plan")))

d2 = D(T(2, 12, 40), "Заявка 80412 - бригада выехала",
       "Денис, добрый день. Информацию о выезде приняли. Пропуск на а/м заказан, въезд с ул. Вавилова через ворота № 2." + DSIG,
       to=[pp(GUSEV)], cc=[pp(POLINA)], quote=a2)

add(Msg(POLINA, T(2, 12, 58), "RE: Заявка 80412 - бригада выехала",
        "Анна Сергеевна, добрый день!\n\nБольшое спасибо за оперативность с пропуском! Информацию о въезде через ворота № 2 мы уже передали бригаде.\n\nХорошего Вам дня!",
        to=[C_DISP], cc=[pp(GUSEV)], quote=d2, fmt="html", cs="windows-1251", cte="qp",
        label=rev("thanks for the dispatcher's message; subject says «выехала» but the body reports nothing new")))

a3 = add(Msg(GUSEV, T(2, 14, 18), "RE: Заявка 80412 - бригада выехала",
             "Поз. 1, 2 — на объекте с 14:05. Начали диагностику.",
             to=[C_DISP], quote=d2, fmt="alt", cs="utf-8", cte="qp",
             label=dec("80412", ["1", "2"], H, "old subject «бригада выехала», body says on site")))

d3 = D(T(3, 9, 1), "RE: Заявка 80412 - бригада выехала",
       "Елена Викторовна, доброе утро. Прошу сообщить ориентировочный срок завершения работ по поз. 1 и 2 — арендатор фудкорта спрашивает." + DSIG,
       to=[pp(KRAV)], cc=[pp(GUSEV)], quote=a3)

add(autoreply(KRAV, T(3, 9, 2), d3,
              ["Добрый день!", "", "Я нахожусь в командировке 03.11–04.11.2026, доступ к почте ограничен.",
               "По заявкам объекта ТЦ «Галактика» просьба обращаться к ведущему инженеру Гусеву Денису Александровичу,",
               "d.gusev@primefs.ru, +7 916 204-18-77.", "", "С уважением,", "Кравцова Е.В."],
              ign("Exchange out-of-office auto-reply; subject carries «бригада выехала»")))

add(Msg(GUSEV, T(3, 17, 46), "RE: Заявка 80412 - бригада выехала",
        "По П1 и П2 закончили (вчера не успели, сегодня доделали). На чиллере 1 заменено реле высокого давления, чиллер 2 проверен — утечек нет.\n"
        "Оборудование запущено, замечаний нет.\nС объекта уехали в 17:30.\n\nГрадирня (П3) — завтра с утра.",
        to=[C_DISP], cc=[pp(KRAV)], quote=d3, fmt="alt", cs="utf-8", cte="qp",
        label=dec("80412", ["1", "2"], U, "work finished and crew left 17:30; П3 only planned; subject stale")))

a6 = add(Msg(POLINA, T(4, 8, 52), "Заявка 80412, позиция 3 (сухая градирня)",
             "Уважаемые коллеги, доброе утро!\n\nИнформируем Вас, что по позиции 3 заявки № 80412 (сухая градирня) бригада в составе двух специалистов "
             "выехала к Вам на объект в 08:40. Ориентировочное время прибытия — 09:30, возможна небольшая задержка из-за ситуации на дорогах.\n\n"
             "Автомобиль: Lada Largus, гос. номер У 418 ТМ 750, водитель Ахмедов Руслан. Будем очень признательны, если Вы заранее предупредите охрану.\n\n"
             "Заранее благодарим!",
             to=[C_DISP], cc=[pp(KRAV), pp(AKHM)], fmt="html", cs="windows-1251", cte="qp",
             label=dec("80412", ["3"], W, "crew left for the site 08:40; plate and phone numbers are noise")))

d4 = D(T(4, 9, 5), "RE: Заявка 80412, позиция 3 (сухая градирня)",
       "Полина, принято, охрану предупредили." + DSIG, to=[pp(POLINA)], cc=[pp(KRAV)], quote=a6)
add(mdn(KRAV, T(4, 10, 15), d4, "ru", ign("read receipt (multipart/report disposition-notification)")))

add(Msg(AKHM, T(4, 9, 35), "Объект на Вавилова",
        "На месте, градирня. Охрана пропустила.\n",
        to=[C_DISP], fmt="plain", cs="koi8-r", cte="8bit",
        label=rev("no request number anywhere (only the street); dispatcher cannot record with confidence")))

add(Msg(AKHM, T(4, 13, 12), "80412 (3)",
        "Градирня - на вентиляторах 2 и 4 подшипники заменили, теплообменник продули. Шум ушел.\nЗакончил, уехал в 13:00.",
        to=[C_DISP], fmt="plain", cs="koi8-r", cte="8bit",
        label=dec("80412", ["3"], U, "position in brackets in subject; «вентиляторы 2 и 4» are not positions")))

add(Msg(KRAV, T(5, 11, 20), "Заявка 80412 — закрывающие документы",
        "Уважаемая Анна Сергеевна, добрый день!\n\nНаправляем Вам акт выполненных работ № 1182 от 04.11.2026 и счёт на оплату № 3374 от 05.11.2026 "
        "на сумму 148 600,00 руб. (в т.ч. НДС 20%) по заявке № 80412 в рамках договора № ТО-118/2026 от 15.01.2026.\n\n"
        "Просим подписать акт и вернуть один экземпляр в наш адрес. Оригиналы документов будут переданы курьером до 10.11.2026.",
        to=[C_BEL], cc=[C_DISP], fmt="alt", cs="utf-8", cte="b64",
        attach=[("Акт_1182_80412.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")],
        label=rev("paperwork: act and invoice, no status reported")))

add(meeting(KRAV, T(5, 15, 40), "Совещание по заявке 80412", "ACCEPTED", "ru", "", T(6, 11, 0, 0),
            ign("Outlook meeting response «Принято:» (text/calendar METHOD:REPLY)"),
            "040000008200E00074C5B7101A82E00800000000B0C7D1F3A44FDD01000000000000000010000000E2A6C91F7D3E8A4B9E1F6A2C3B4D5E6F"))

# ---------------------------------------------------------------- 80415
d5 = D(T(2, 14, 33), "Обращение №80415 — лифты, БЦ «Северная башня»",
       "Елена Викторовна, добрый день.\nРегистрируем обращение №80415.\nОбъект: БЦ «Северная башня», Ленинградский пр-т, д. 80, корп. 17.\n"
       "П1 — пассажирский лифт № 1 (OTIS Gen2), неточная остановка на этажах;\nП2 — пассажирский лифт № 2, посторонний шум при движении.\n"
       "Просим принять в работу.\n\nБелова А.С., диспетчерская ОМИС",
       to=[pp(KRAV)])

b1 = add(Msg(KRAV, T(2, 15, 8), "RE: Обращение №80415 — лифты, БЦ «Северная башня»",
             "Уважаемая Анна Сергеевна!\n\nНастоящим подтверждаем, что обращение №80415 принято ООО «Прайм Фасилити Сервис» к исполнению. "
             "Выезд специалистов лифтовой службы запланирован на 03.11.2026, ориентировочно к 09:00. О фактическом выезде и прибытии "
             "дополнительно сообщит ведущий инженер Гусев Д.А.",
             to=[C_DISP], cc=[pp(GUSEV)], quote=d5, fmt="alt", cs="utf-8", cte="b64",
             label=dec("80415", [], A, "formal acceptance; the planned departure is not a status")))

b2 = add(Msg(GUSEV, T(3, 8, 22), "RE: Обращение №80415 — лифты, БЦ «Северная башня»",
             "80415 П1 П2 — выдвинулись, минут через 40 будем.",
             to=[C_DISP], cc=[pp(KRAV)], quote=b1, qstyle="android", fmt="alt", cs="utf-8", cte="qp", sig=False, mobile=True,
             label=dec("80415", ["1", "2"], W, "«выдвинулись, через 40 будем» from Outlook for Android")))

add(Msg(GUSEV, T(3, 12, 47), "RE: Обращение №80415 — лифты, БЦ «Северная башня»",
        "П1 — датчик точной остановки заменили, лифт пустили, по П1 закончили.\nП2 — ещё на месте, разбираем лебёдку, до 15:00 минимум.",
        to=[C_DISP], cc=[pp(KRAV)], quote=b2, qstyle="android", fmt="alt", cs="utf-8", cte="qp", sig=False, mobile=True,
        label=rev("different statuses for different positions: П1 finished, П2 still on site")))

b4 = add(Msg(POLINA, T(3, 15, 34), "RE: Обращение №80415 — лифты, БЦ «Северная башня»",
             "Добрый день, Анна Сергеевна!\n\nРады сообщить, что работы по обращению №80415 по позициям 1 и 2 (пассажирские лифты № 1 и № 2) "
             "завершены в полном объёме. Лифты введены в эксплуатацию, замечаний со стороны службы эксплуатации здания нет. "
             "Наши специалисты покинули объект в 15:10.\n\nАкт выполненных работ будет направлен Вам отдельным письмом в течение двух рабочих дней.\n\n"
             "Хорошего Вам вечера!",
             to=[C_DISP], cc=[pp(KRAV), pp(GUSEV)], quote=b1, fmt="html", cs="windows-1251", cte="qp",
             label=dec("80415", ["1", "2"], U, "«покинули объект в 15:10», позиции 1 и 2")))

d6 = D(T(3, 15, 58), "RE: Обращение №80415 — лифты, БЦ «Северная башня»",
       "Полина, спасибо. Акт ждём." + DSIG, to=[pp(POLINA)], cc=[pp(KRAV), pp(GUSEV)], quote=b4)
add(ndr(T(3, 16, 2), d6, "d.gusev@primefs.ru", "en", "5.2.2",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
        "Failed to process message due to a permanent exception with message Cannot open mailbox.",
        ign("Exchange NDR (multipart/report delivery-status), mailbox full")))

add(Msg(GUSEV, T(5, 10, 10), "80415 П3",
        "П3 на месте, грузовой. Жду допуск от службы эксплуатации.",
        to=[C_DISP], fmt="alt", cs="utf-8", cte="qp",
        label=rev("80415 has only positions 1 and 2; П3 does not exist")))

# ---------------------------------------------------------------- 80437
d7 = D(T(3, 10, 2), "Заявка № 80437 Подольск ворота",
       "Руслан, добрый день.\nСклад «Подольск-2», г. Подольск, ул. Правды, 20с4.\nСекционные ворота дока № 6 не закрываются, перекос полотна. Позиция 1.\n"
       "Просим принять и сообщить время выезда." + DSIG,
       to=[pp(AKHM)], cc=[pp(SOROK)])

c1 = add(Msg(AKHM, T(3, 10, 41), "RE: Заявка № 80437 Подольск ворота",
             "Принял, в работе.",
             to=[C_DISP], cc=[pp(SOROK)], quote=d7, qstyle="old", fmt="plain", cs="koi8-r", cte="8bit",
             label=dec("80437", [], A, "terse «Принял, в работе» above -----Original Message-----")))

c2 = add(Msg(AKHM, T(3, 13, 5), "RE: Заявка № 80437 Подольск ворота",
             "Еду в Подольск по наряду 80437, буду ~14:30. Ларгус У 418 ТМ 750, пропуск закажите пож.",
             to=[C_DISP], quote=c1, qstyle="old", fmt="plain", cs="koi8-r", cte="8bit",
             label=dec("80437", [], W, "«еду … буду ~14:30» = travelling; car plate noise; «наряд»")))

add(Msg(AKHM, T(3, 16, 52), "RE: Заявка № 80437 Подольск ворота",
        "ворота отремонтированы. торсионную пружину поменял (арт. 80452-TS), полотно выставил, концевики настроил.\nзакрыл док, уехал.",
        to=[C_DISP], quote=c2, qstyle="prefix", fmt="plain", cs="koi8-r", cte="8bit",
        label=dec("80437", [], U, "«уехал» after repair; part number 80452-TS looks like a request number; quote with > prefix")))

# ---------------------------------------------------------------- 80458
d8 = D(T(5, 8, 47), "Заявка 80458 — аптеки, ремонт освещения",
       "Коллеги, добрый день.\nЗаявка 80458, позиции:\n1 — аптека № 112, ул. Бутлерова, 17;\n2 — аптека № 118, Профсоюзная ул., 104;\n"
       "3 — аптека № 121, ул. Островитянова, 9;\n4 — аптека № 130, Ленинский пр-т, 123.\nВо всех точках — неисправность освещения торгового зала." + DSIG,
       to=[pp(POLINA)], cc=[pp(SOROK)])

add(Msg(POLINA, T(5, 9, 33), "RE: Заявка 80458 — аптеки, ремонт освещения",
        "Добрый день, уважаемые коллеги!\n\nБлагодарим за заявку. Подтверждаем принятие в работу по всем адресам, сводная информация приведена в таблице ниже:\n\n{TABLE}\n\n"
        "О выезде бригад сообщим дополнительно. Если у Вас возникнут вопросы, мы всегда на связи.",
        table=[["Поз.", "Адрес", "Статус", "Ответственный"],
               ["1", "ул. Бутлерова, 17", "Принята в работу", "Сорокин И.П."],
               ["2", "Профсоюзная ул., 104", "Принята в работу", "Сорокин И.П."],
               ["3", "ул. Островитянова, 9", "Принята в работу", "Сорокин И.П."],
               ["4", "Ленинский пр-т, 123", "Принята в работу", "Сорокин И.П."]],
        to=[C_DISP], cc=[pp(SOROK)], quote=d8, fmt="html", cs="windows-1251", cte="qp",
        label=dec("80458", ["1", "2", "3", "4"], A, "HTML table, every row «Принята в работу»")))

add(Msg(PDISP, T(5, 11, 4), "Заявка 80458: выезд бригад (поз. 1, 2)",
        "Уважаемые коллеги!\n\nИнформируем о движении бригад по заявке 80458:\n\n{TABLE}\n",
        table=[["Поз.", "Адрес", "Исполнитель", "Событие", "Время"],
               ["1", "ул. Бутлерова, 17", "электрик Зайцев А.", "Выезд на объект", "10:50"],
               ["2", "Профсоюзная ул., 104", "электрик Панов В.", "Выезд на объект", "10:55"]],
        to=[C_DISP], fmt="html", cs="utf-8", cte="b64",
        label=dec("80458", ["1", "2"], W, "shared-mailbox HTML table, «Выезд на объект» for rows 1 and 2")))

add(Msg(GUSEV, T(5, 12, 20), "80458 поз 1",
        "поз 1 — на точке с 12:15 (Зайцев). Светильники ДПО 2х36 — 6 шт под замену, везли с запасом.",
        to=[C_DISP], fmt="alt", cs="utf-8", cte="qp",
        label=dec("80458", ["1"], H, "«на точке с 12:15»; 2х36 and 6 шт are noise")))

add(Msg(POLINA, T(5, 14, 5), "Заявка 80458 — вопрос по позиции 4",
        "Уважаемая Анна Сергеевна, добрый день!\n\nПозвольте уточнить: по позиции 4 (Ленинский пр-т, 123) в торговом зале установлены светильники "
        "нестандартного типоразмера. Подскажите, пожалуйста, согласовано ли с арендатором проведение работ после закрытия аптеки, то есть после 21:00? "
        "От этого зависит, когда мы сможем направить бригаду.\n\nБудем очень благодарны за ответ.",
        to=[C_DISP], cc=[pp(SOROK)], fmt="html", cs="windows-1251", cte="qp",
        label=rev("question to the customer, no status")))

add(Msg(PDISP, T(5, 15, 41), "Заявка 80458: убытие бригад (поз. 1, 2)",
        "Уважаемые коллеги!\n\nПо заявке 80458 работы на двух адресах завершены:\n\n{TABLE}\n",
        table=[["Поз.", "Адрес", "Событие", "Время", "Результат"],
               ["1", "ул. Бутлерова, 17", "Убытие с объекта", "15:20", "Заменено 6 светильников, освещение восстановлено"],
               ["2", "Профсоюзная ул., 104", "Убытие с объекта", "15:35", "Заменён ЭПРА, замечаний нет"]],
        to=[C_DISP], fmt="html", cs="utf-8", cte="b64",
        label=dec("80458", ["1", "2"], U, "HTML table «Убытие с объекта» for rows 1 and 2")))

add(Msg(SOROK, T(6, 9, 5), "80458 поз. 3, 4",
        "Анна Сергеевна, доброе утро.\nПересылаю сообщение бригадира Кузьмина из WhatsApp:\n\n"
        "«По заявке 80458 поз 3 и 4 выехали двумя машинами, на Островитянова будем к 10, на Ленинский к 11»\n",
        to=[C_DISP], fmt="alt", cs="windows-1251", cte="b64",
        label=dec("80458", ["3", "4"], W, "forwarded WhatsApp text of the foreman: departed")))

k1 = Msg(KUZM, T(6, 16, 12), "80458 Островитянова, Ленинский",
         "Игорь Павлович, по 80458 поз.3 и поз.4 всё сделали, светильники заменили, проверили. Уходим с объектов, на Ленинском отметились у администратора в 16:05.",
         to=[pp(SOROK)], fmt="plain", out=False)
add(Msg(SOROK, T(6, 16, 20), "FW: 80458 Островитянова, Ленинский",
        "Для информации.", to=[C_DISP], quote=k1, fwd=True, fmt="alt", cs="windows-1251", cte="b64", sig=False,
        label=dec("80458", ["3", "4"], U, "forward (Russian Outlook header block) of the foreman's report: leaving the sites")))

# ---------------------------------------------------------------- 80503
d9 = D(T(6, 11, 22), "Заявка № 80503 — ИТП ЖК «Вешние воды», недогрев ГВС",
       "Добрый день.\nАдрес: ул. Вешних Вод, д. 2, к. 1 и к. 2.\nПоз. 1 — ИТП корпус 1, теплообменник ГВС;\nПоз. 2 — ИТП корпус 2, теплообменник ГВС.\n"
       "Жалобы жителей на температуру ГВС 42–45 °С." + DSIG, to=[pp(KRAV)], cc=[pp(GUSEV)])

e1 = add(Msg(KRAV, T(6, 12, 2), "RE: Заявка № 80503 — ИТП ЖК «Вешние воды», недогрев ГВС",
             "Уважаемые коллеги!\n\nЗаявка № 80503 принята к исполнению. Работы будут выполнены в рамках договора № ТО-118/2026 без дополнительного "
             "согласования стоимости. Ответственный — Гусев Д.А.",
             to=[C_DISP], cc=[pp(GUSEV)], quote=d9, fmt="alt", cs="utf-8", cte="b64",
             label=dec("80503", [], A, "formal acceptance; INN/KPP/contract in signature are noise")))

e2 = add(Msg(GUSEV, T(6, 17, 35), "RE: Заявка № 80503 — ИТП ЖК «Вешние воды», недогрев ГВС",
             "По 80503 свободной бригады сегодня нет. Выедем в понедельник к 8:00 на обе позиции, реагент для промывки заберу со склада завтра.",
             to=[C_DISP], cc=[pp(KRAV)], quote=e1, fmt="alt", cs="utf-8", cte="qp",
             label=rev("only a plan («выедем в понедельник»), nothing happened yet")))

add(Msg(GUSEV, T(9, 7, 48), "RE: Заявка № 80503 — ИТП ЖК «Вешние воды», недогрев ГВС",
        "В дороге на Вешних Вод, поз 1,2. ~8:30",
        to=[C_DISP], quote=e2, qstyle="android", fmt="alt", cs="utf-8", cte="qp", sig=False, mobile=True,
        label=dec("80503", ["1", "2"], W, "«в дороге», quoted text contains the old plan")))

e4 = add(Msg(AKHM, T(9, 10, 31), "80503-2 прибыли",
             "Прибыли в 10:20 на корп.2. Вскрываем теплообменник, пластины в накипи.",
             to=[C_DISP], cc=[pp(GUSEV)], fmt="plain", cs="koi8-r", cte="8bit",
             label=dec("80503", ["2"], H, "subject «80503-2»: position after a dash; «корп.2» matches")))

d10 = D(T(9, 10, 40), "RE: 80503-2 прибыли", "Принято." + DSIG, to=[pp(AKHM)], cc=[pp(GUSEV), pp(POLINA)], quote=e4)

add(Msg(POLINA, T(9, 16, 4), "RE: 80503-2 прибыли",
        "Добрый вечер, уважаемые коллеги!\n\nСообщаем, что по заявке № 80503 работы по позициям 1 и 2 завершены: выполнена химическая промывка пластинчатых "
        "теплообменников ГВС (Ридан НН№14), проведена опрессовка, температура ГВС на выходе восстановлена до 62 °С. "
        "Специалисты убыли с объекта в 15:45.\n\nБлагодарим представителей управляющей компании за содействие в организации доступа.",
        to=[C_DISP], cc=[pp(GUSEV), pp(AKHM)], quote=d10, fmt="html", cs="windows-1251", cte="qp",
        label=dec("80503", ["1", "2"], U, "subject still «прибыли»; body says left 15:45")))

# ---------------------------------------------------------------- 81120
d11 = D(T(9, 9, 3), "Заявка 81120 протечка кровли, БЦ «Кутузовский»",
        "Добрый день.\nКутузовский пр-т, 36, стр. 3. Протечка над офисом 512 (5 этаж). Позиция 1 — кровля над осями 4–6." + DSIG,
        to=[pp(AKHM)], cc=[pp(SOROK), pp(KRAV)])

f1 = add(Msg(AKHM, T(9, 9, 41), "RE: Заявка 81120 протечка кровли, БЦ «Кутузовский»",
             "Заявку 81120 взяли. Кровельщиков пришлю завтра с утра, сегодня ливень - на кровлю нельзя.",
             to=[C_DISP], cc=[pp(SOROK)], quote=d11, qstyle="old", fmt="plain", cs="koi8-r", cte="8bit",
             label=dec("81120", [], A, "«взяли» = accepted; the crew is only planned")))

f2 = add(Msg(SOROK, T(10, 7, 15), "RE: Заявка 81120 протечка кровли, БЦ «Кутузовский»",
             "Доброе утро.\nКровельщики (бригада Власова, 3 чел.) выехали на объект по заявке 81120, с собой мастика и Техноэласт ЭПП, 4 рулона. "
             "Ориентировочно будут в 8:00.",
             to=[C_DISP], quote=f1, fmt="alt", cs="windows-1251", cte="b64",
             label=dec("81120", [], W, "«выехали на объект»; 3 чел., 4 рулона are noise")))

add(Msg(SOROK, T(10, 9, 7), "RE: Заявка 81120 протечка кровли, БЦ «Кутузовский»",
        "Кровельщики на месте, на кровлю поднялись в 9:00. Пропуск № 00713 получили на посту охраны.",
        to=[C_DISP], quote=f2, fmt="alt", cs="windows-1251", cte="b64",
        label=dec("81120", [], H, "request number only in the Re: subject / quote; pass number is noise")))

add(Msg(KRAV, T(10, 17, 34), "Заявка № 81120 — завершение работ",
        "Уважаемая Анна Сергеевна!\n\nИнформируем о завершении работ по заявке № 81120 (протечка кровли, БЦ «Кутузовский»). Выполнен локальный ремонт "
        "кровельного ковра площадью 14 м² над осями 4–6, герметизация примыкания к парапету. Время убытия бригады с объекта — 17:10.\n\n"
        "Рекомендуем провести контрольный осмотр после ближайших осадков.",
        to=[C_BEL], cc=[C_DISP, pp(SOROK)], fmt="alt", cs="utf-8", cte="b64",
        label=dec("81120", [], U, "noun form «Время убытия — 17:10»; axes 4–6 are noise")))

add(Msg(KRAV, T(11, 10, 20), "Заявка № 81120 — доступ на объект",
        "Уважаемая Анна Сергеевна!\n\nВынуждены обратить Ваше внимание, что 10.11.2026 при выполнении работ по заявке № 81120 бригада была задержана "
        "на посту охраны БЦ «Кутузовский» почти на час (с 08:05 до 09:00) из-за отсутствия заявки на пропуск.\n\n"
        "Просим урегулировать порядок допуска наших специалистов на объект. В противном случае мы будем вынуждены фиксировать простой "
        "в соответствии с п. 5.4 договора № ТО-118/2026.",
        to=[C_BEL], cc=[C_DISP], fmt="alt", cs="utf-8", cte="b64",
        label=rev("complaint about access, describes yesterday; no new status")))

# ---------------------------------------------------------------- 81207
d12 = D(T(10, 10, 17), "Заявка 81207 — вентиляция, ТРК «Олимп»",
        "Добрый день.\nТРК «Олимп», Каширское ш., 61.\nПоз. 1 — приточная установка ПВ-1 (Systemair), обрыв ремня;\nпоз. 2 — ПВ-2, засор фильтров;\n"
        "поз. 3 — ПВ-3, засор фильтров." + DSIG, to=[pp(POLINA), pp(GUSEV)])

add(autoreply(GUSEV, T(10, 10, 17), d12,
              ["I am at a training on 10.11.2026 with limited access to email.",
               "Я на обучении 10.11.2026, почту читаю вечером. Срочно: Ахмедов Руслан, r.akhmedov@primefs.ru, +7 926 551-07-32."],
              ign("English-build Outlook automatic reply"), lang="en"))

add(Msg(POLINA, T(10, 11, 28), "RE: Заявка 81207 — вентиляция, ТРК «Олимп»",
        "Уважаемые коллеги, добрый день!\n\nСпасибо за заявку. Подтверждаем, что заявка 81207 принята нами в работу по позициям 1, 2 и 3 "
        "(приточные установки ПВ-1, ПВ-2, ПВ-3). Денис Александрович сегодня на обучении, поэтому выезд бригады планируется на завтра, 11.11, "
        "в первой половине дня.\n\nПожалуйста, сообщите, если потребуется согласовать отключение установок с арендаторами.",
        to=[C_DISP], cc=[pp(GUSEV)], quote=d12, fmt="html", cs="windows-1251", cte="qp",
        label=dec("81207", ["1", "2", "3"], A, "accepted for positions 1, 2 and 3; departure only planned")))

g1 = add(Msg(GUSEV, T(11, 8, 14), "81207 (1)",
             "Выехлаи. ПВ-1, ремни везём с собой.",
             to=[C_DISP], fmt="alt", cs="utf-8", cte="qp",
             label=dec("81207", ["1"], W, "typo «Выехлаи»; position in brackets in subject")))

g2 = add(Msg(GUSEV, T(11, 9, 22), "RE: 81207 (1)",
             "На месте. ПВ-1 обесточили, меняем ремни.",
             to=[C_DISP], quote=g1, fmt="alt", cs="utf-8", cte="qp",
             label=dec("81207", ["1"], H, "on site; quote of own «выехали» below")))

add(Msg(GUSEV, T(11, 12, 6), "RE: 81207 (1)",
        "П1 готово. Ремни SPA 1250 x2 заменены, натяжение выставлено, установка в работе, замечаний нет. Уехали.",
        to=[C_DISP], quote=g2, fmt="alt", cs="utf-8", cte="qp",
        label=dec("81207", ["1"], U, "«готово … уехали»; SPA 1250 is a belt size")))

add(meeting(GUSEV, T(12, 9, 10), "Совещание по заявке 81207", "DECLINED", "en",
            "В это время буду на выезде, вместо меня подключится Руслан Ахмедов.", T(12, 14, 0, 0),
            ign("Outlook meeting response «Declined:» with a short comment"),
            "040000008200E00074C5B7101A82E00800000000C1D8E204B55FDD01000000000000000010000000F3B7DA20818F9B5CAF2A7B3D4C5E6F70"))

g4 = add(Msg(AKHM, T(12, 9, 48), "81207 поз 2,3",
             "на обьекте с 9:40, ПВ-2 ПВ-3. фильтры G4 592x592 привезли 12 шт.",
             to=[C_DISP], fmt="plain", cs="koi8-r", cte="8bit",
             label=dec("81207", ["2", "3"], H, "typo «обьекте»; filter size and count are noise")))

add(Msg(AKHM, T(12, 15, 2), "RE: 81207 поз 2,3",
        "ВЫЕХАЛИ С ОБЪЕКТА 14:50. ФИЛЬТРА ЗАМЕНЕНЫ, ПВ-2 И ПВ-3 В РАБОТЕ.",
        to=[C_DISP], quote=g4, qstyle="prefix", below=True, fmt="plain", cs="koi8-r", cte="8bit",
        label=dec("81207", ["2", "3"], U, "caps, written UNDER the >-quoted own message; «выехали С объекта» = left")))

# ---------------------------------------------------------------- 82045
d13 = D(T(12, 13, 42), "Заявка 82045 — ГРЩ, БЦ «Северная башня»",
        "Добрый день.\nПоз. 1 — ГРЩ-1, нагрев контактов на вводном автомате;\nПоз. 2 — ГРЩ-2, замена автомата QF7 (требуется отключение ввода № 2)." + DSIG,
        to=[pp(SOROK)], cc=[pp(GUSEV)])

add(Msg(SOROK, T(12, 14, 6), "RE: Заявка 82045 — ГРЩ, БЦ «Северная башня»",
        "Приняли в работу заявку 82045. Электрики будут завтра с утра. Для замены QF7 на втором щите нужно отключение ввода — программу переключений пришлём отдельно.",
        to=[C_DISP], cc=[pp(GUSEV)], quote=d13, fmt="alt", cs="windows-1251", cte="b64",
        label=dec("82045", [], A, "acceptance of the whole request; the rest is plans")))


def lat(s):
    tr = {"р": "p", "а": "a", "е": "e", "х": "x", "о": "o", "с": "c"}
    return "".join(tr.get(c, c) for c in s)


h2 = add(Msg(GUSEV, T(13, 8, 9), "82045 поз.1 — " + lat("бригада выехала"),
             lat("Выехали на") + " ГРЩ-1, " + lat("будем") + " в 8:50.",
             to=[C_DISP], fmt="alt", cs="utf-8", cte="qp",
             label=dec("82045", ["1"], W, "Latin look-alike letters inside «бpигaдa выexaлa» / «Bыexaли»")))

d14 = D(T(13, 8, 15), "RE: " + h2.subject, "Денис, принято. Допуск оформит дежурный инженер здания." + DSIG,
        to=[pp(GUSEV)], quote=h2)

add(Msg(GUSEV, T(13, 9, 36), "RE: " + h2.subject,
        "Прибыли, допуск получили в 9:30, работаем.",
        to=[C_DISP], quote=d14, fmt="alt", cs="utf-8", cte="qp",
        label=dec("82045", ["1"], H, "subject (with Latin letters) says выехала, body says arrived")))

d15 = D(T(13, 9, 38), "RE: " + h2.subject, "Хорошо, ждём информацию по завершению." + DSIG, to=[pp(GUSEV)])
add(mdn(GUSEV, T(13, 9, 40), d15, "en", ign("English read receipt «Read:»")))

h5 = add(Msg(SOROK, T(13, 12, 3), "82045 поз. 2",
             "Анна Сергеевна, по поз. 2 бригада ещё не выехала: ждём от главного энергетика подписанную программу переключений на отключение ввода № 2. "
             "Как только получим — сразу выезжаем.",
             to=[C_DISP], fmt="alt", cs="windows-1251", cte="b64",
             label=rev("negation: «ещё не выехала», only a promise")))

h6 = add(Msg(SOROK, T(13, 16, 44), "RE: 82045 поз. 2",
             "Согласование получили, выезжаем на объект. Отключение ввода № 2 по программе с 17:30 до 18:30.",
             to=[C_DISP], quote=h5, fmt="alt", cs="windows-1251", cte="b64",
             label=dec("82045", ["2"], W, "«выезжаем на объект» = leaving for the site now; quote has the negation")))

add(Msg(SOROK, T(13, 17, 22), "Сводка по объектам на 17:20",
        "Коллеги, коротко по текущим:\n82045 — электрики на месте, ГРЩ-1 и ГРЩ-2;\n81207 — закрыта вчера, акт готовим.",
        to=[C_DISP], fmt="alt", cs="windows-1251", cte="b64",
        label=rev("two different requests in one letter")))

add(Msg(SOROK, T(13, 19, 12), "RE: 82045 поз. 2",
        "Поз.1 и поз.2 по 82045 — работы закончены, напряжение подано в 18:25, замечаний нет. Бригада выехала с объекта в 19:00.",
        to=[C_DISP], quote=h6, fmt="alt", cs="windows-1251", cte="b64",
        label=dec("82045", ["1", "2"], U, "«выехала С объекта» = left; subject names only поз. 2 but body names both")))

# ---------------------------------------------------------------- 82316
d16 = D(T(16, 8, 31), "Заявка 82316 — течь стояка ГВС, 3 этаж",
        "Добрый день.\nБЦ «Северная башня», 3 этаж, с/у у лифтового холла. Позиция 1. Течь из-под стояка ГВС, подставили ведро." + DSIG,
        to=[pp(AKHM)], cc=[pp(POLINA)])

add(Msg(AKHM, T(16, 10, 18), "82316",
        "выехал сантехник - Северная башня, 3 эт. (82316). Мамедов, тел 8-977-402-15-88",
        to=[C_DISP], fmt="plain", cs="koi8-r", cte="8bit",
        label=dec("82316", [], W, "number in brackets after the address; phone is noise")))

i2 = add(Msg(AKHM, T(16, 12, 41), "RE: Заявка 82316 — течь стояка ГВС, 3 этаж",
             "Сантехник на месте с 12:15, стояк перекрыли.",
             to=[C_DISP], cc=[pp(POLINA)], quote=d16, qstyle="old", fmt="plain", cs="koi8-r", cte="8bit",
             label=dec("82316", [], H, "number only in Re: subject and quote")))

add(Msg(POLINA, T(16, 17, 8), "RE: Заявка 82316 — течь стояка ГВС, 3 этаж",
        "Уважаемые коллеги, добрый вечер!\n\nСообщаем, что течь стояка ГВС на 3 этаже устранена: заменён участок трубы PPR диам. 32 длиной 1,2 м, "
        "установлены две муфты, стояк запущен, протечек не выявлено. Сотрудник покинул объект в 16:50.\n\n"
        "Просим Вас, при возможности, проверить состояние потолка в помещении под санузлом — возможно, потребуется замена плиток «Армстронг».\n\n"
        "Заранее спасибо!",
        to=[C_DISP], quote=i2, fmt="html", cs="windows-1251", cte="qp",
        label=dec("82316", [], U, "«покинул объект в 16:50»; request number only in subject/quote")))

# ---------------------------------------------------------------- 83090
d17 = D(T(17, 9, 52), "Заявка 83090 — кондиционеры, офис 4 этаж",
        "Добрый день.\nПоз. 1 — сплит-система серверной (Daikin FTXM35R);\nпоз. 2 — кондиционер переговорной 401;\nпоз. 3 — кондиционер кабинета 415." + DSIG,
        to=[pp(KRAV), pp(GUSEV)], cc=[pp(POLINA)])

j1 = add(Msg(GUSEV, T(17, 13, 58), "RE: Заявка 83090 — кондиционеры, офис 4 этаж",
             "поз2 и поз3 — едем, будем к 14:40",
             to=[C_DISP], cc=[pp(KRAV)], quote=d17, fmt="alt", cs="utf-8", cte="qp",
             label=dec("83090", ["2", "3"], W, "«едем, будем к 14:40»; поз2 without space")))

add(Msg(GUSEV, T(17, 15, 7), "RE: Заявка 83090 — кондиционеры, офис 4 этаж",
        "На месте по второй и 3-й, с 14:45.",
        to=[C_DISP], cc=[pp(KRAV)], quote=j1, fmt="alt", cs="utf-8", cte="qp",
        label=dec("83090", ["2", "3"], H, "positions as ordinals «второй и 3-й»")))

add(Msg(POLINA, T(18, 10, 55), "Заявка 83090 — доступ в серверную (позиция 1)",
        "Уважаемая Анна Сергеевна, доброе утро!\n\nПо позиции 1 заявки 83090 (сплит-система в серверной) хотели бы заранее уточнить порядок доступа. "
        "Подскажите, пожалуйста, нужно ли отдельное согласование с IT-службой и кто сможет сопроводить нашего специалиста? "
        "Мы планируем выезд сегодня после обеда, если это будет удобно.\n\nЗаранее большое спасибо!",
        to=[C_DISP], cc=[pp(GUSEV)], fmt="html", cs="windows-1251", cte="qp",
        label=rev("question about access; departure only planned")))

add(Msg(GUSEV, T(18, 16, 31), "#83090 п.1",
        "п.1 (серверная) — готово. Дозаправили R410A 1,2 кг, утечку на вальцовке устранили, кондиционер работает, замечаний нет. Уехали 16:20.",
        to=[C_DISP], cc=[pp(POLINA)], fmt="alt", cs="utf-8", cte="qp",
        label=dec("83090", ["1"], U, "«#83090 п.1»; R410A / 1,2 кг are noise")))

add(Msg(POLINA, T(18, 17, 2), "RE: Заявка 83090 — кондиционеры, офис 4 этаж",
        "Уважаемые коллеги!\n\nВ дополнение к письму Дениса Александровича сообщаем, что по позициям 2 и 3 (переговорная 401 и кабинет 415) работы "
        "были завершены ещё вчера: выполнена чистка дренажа и антибактериальная обработка, оборудование работает в штатном режиме. "
        "Наши специалисты покинули объект 17.11 в 18:20 — приносим извинения, что не сообщили об этом своевременно.",
        to=[C_DISP], cc=[pp(GUSEV), pp(KRAV)], quote=d17, fmt="html", cs="windows-1251", cte="qp",
        label=dec("83090", ["2", "3"], U, "late report of departure yesterday; room numbers 401/415 are noise")))

# ---------------------------------------------------------------- 84711
d18 = D(T(19, 15, 2), "Заявка 84711 — ДГУ, ЦОД «Южный»",
        "Добрый день.\nПоз. 1 — ДГУ-1 (FG Wilson P550), ТО-2;\nпоз. 2 — ДГУ-2, ошибка запуска (Low Oil Pressure)." + DSIG,
        to=[pp(AKHM)], cc=[pp(GUSEV)])

k1_ = add(Msg(AKHM, T(19, 15, 38), "RE: Заявка 84711 — ДГУ, ЦОД «Южный»",
              "84711 принял. Выезд завтра утром.",
              to=[C_DISP], cc=[pp(GUSEV)], quote=d18, qstyle="old", fmt="plain", cs="windows-1251", cte="qp",
              label=dec("84711", [], A, "«принял»; departure tomorrow is only a plan")))

k2 = add(Msg(AKHM, T(20, 7, 31), "RE: Заявка 84711 — ДГУ, ЦОД «Южный»",
             "Выезд на ДГУ в 07:20 по поз. 1 и 2, в пути. Будем около 8:30.",
             to=[C_DISP], cc=[pp(GUSEV)], quote=k1_, qstyle="old", fmt="plain", cs="windows-1251", cte="qp",
             label=dec("84711", ["1", "2"], W, "noun «Выезд в 07:20 … в пути»")))

add(Msg(GUSEV, T(20, 9, 2), "84117 на месте",
        "84117 — на месте, ДГУ-2, датчик давления масла.",
        to=[C_DISP], fmt="alt", cs="utf-8", cte="qp",
        label=rev("84117 is not in the registry (probably a typo of 84711) — cannot be recorded with confidence")))

add(Msg(AKHM, T(20, 13, 4), "RE: Заявка 84711 — ДГУ, ЦОД «Южный»",
        "Прибытие 08:35.\nпоз. 1 — ТО-2 выполнено, масло и фильтры заменены (масло 10W-40, 60 л).\n"
        "поз. 2 — заменен датчик давления масла, пробный пуск под нагрузкой 30 мин, параметры в норме.\nУбытие 12:50.",
        to=[C_DISP], cc=[pp(GUSEV)], quote=k2, qstyle="old", fmt="plain", cs="windows-1251", cte="qp",
        label=dec("84711", ["1", "2"], U, "arrival and departure both reported; latest is убытие 12:50")))

# ---------------------------------------------------------------- 85002
d19 = D(T(23, 8, 3), "Заявка 85002 — уборка после ремонта, БЦ «Кутузовский»",
        "Добрый день.\nПозиции:\n1 — 2 этаж;\n2 — 3 этаж;\n3 — 5 этаж;\n4 — лестничные клетки и лифтовые холлы.\nНачало работ не ранее 10:00." + DSIG,
        to=[pp(POLINA), pp(SOROK)], cc=[pp(KRAV)])

add(Msg(POLINA, T(23, 8, 41), "RE: Заявка 85002 — уборка после ремонта, БЦ «Кутузовский»",
        "Уважаемые коллеги, доброе утро!\n\nБлагодарим за заявку! Сообщаем, что заявка 85002 принята в работу по позициям 1–4. Клининговые бригады "
        "будут на объекте к 10:00, как Вы и просили. Ответственный за выполнение работ — начальник участка Сорокин Игорь Павлович.\n\n"
        "Будем рады ответить на любые вопросы.",
        to=[C_DISP], cc=[pp(SOROK), pp(KRAV)], quote=d19, fmt="html", cs="windows-1251", cte="qp",
        label=dec("85002", ["1", "2", "3", "4"], A, "accepted «по позициям 1–4» (range)")))

d20 = D(T(23, 8, 50), "RE: Заявка 85002 — уборка после ремонта, БЦ «Кутузовский»",
        "Добавляю в копию В. Петрова, он был ответственным от вас по прошлому объекту." + DSIG,
        to=[pp(POLINA)], cc=[("Петров Владимир", "v.petrov@primefs.ru")])
add(ndr(T(23, 8, 51), d20, "v.petrov@primefs.ru", "ru", "5.1.1",
        "Удаленный сервер вернул \"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\"",
        ign("Russian Exchange NDR «Не доставлено:», recipient not found")))

add(Msg(PDISP, T(23, 10, 14), "Заявка 85002 — прибытие бригад",
        "Коллеги, добрый день.\n\n{TABLE}\n",
        table=[["Позиция", "Участок", "Событие", "Время"],
               ["поз. 1", "2 этаж", "Прибытие", "10:00"],
               ["поз. 2", "3 этаж", "Прибытие", "10:05"]],
        to=[C_DISP], fmt="html", cs="utf-8", cte="b64",
        label=dec("85002", ["1", "2"], H, "HTML table «Прибытие» for поз.1/поз.2; floor numbers (2 этаж, 3 этаж) are NOT positions")))

add(Msg(PDISP, T(23, 10, 52), "Заявка 85002 — движение бригад",
        "Коллеги, добрый день.\n\n{TABLE}\n",
        table=[["Позиция", "Участок", "Статус"],
               ["поз. 3", "5 этаж", "В пути, ожидаем к 11:15"],
               ["поз. 4", "лестницы, холлы", "На объекте с 10:40"]],
        to=[C_DISP], fmt="html", cs="utf-8", cte="b64",
        label=rev("different statuses for different positions: поз.3 on the way, поз.4 on site")))

add(Msg(SOROK, T(23, 18, 3), "RE: Заявка 85002 — уборка после ремонта, БЦ «Кутузовский»",
        "Анна Сергеевна, добрый вечер.\nПо 85002 закончили по всем позициям, бригады уехали в 17:40. Строительный мусор вывезен: 2 контейнера по 8 м3, "
        "талоны №№ 40087, 40088.",
        to=[C_DISP], cc=[pp(KRAV)], quote=d19, fmt="alt", cs="windows-1251", cte="b64",
        label=dec("85002", [], U, "«по всем позициям» — no specific position named, whole request; coupon numbers are noise")))

# ---------------------------------------------------------------- 86140
d21 = D(T(25, 10, 2), "Заявка 86140 - сработка АПС",
        "Добрый день.\nТРК «Олимп», Каширское ш., 61. Ложные сработки АПС в зоне 3 (извещатели ИП 212-45). Позиция 1. Срочно." + DSIG,
        to=[pp(GUSEV)], cc=[pp(SOROK), pp(KRAV)])

l1 = add(Msg(GUSEV, T(25, 10, 29), "RE: Заявка 86140 - сработка АПС",
             "Принято.",
             to=[C_DISP], cc=[pp(SOROK)], quote=d21, fmt="alt", cs="utf-8", cte="qp",
             label=dec("86140", [], A, "one-word acceptance")))

k3 = Msg(KUZM, T(25, 10, 58), "86140", "выехали на Олимп по 86140, будем в 11:40", to=[pp(AKHM)], fmt="plain", out=False, sig=False)
add(Msg(AKHM, T(25, 11, 3), "FW: 86140",
        "Пересылаю от бригады.", to=[C_DISP], quote=k3, fwd=True, qstyle="old", fmt="plain", cs="koi8-r", cte="8bit", sig=False,
        label=dec("86140", [], W, "Outlook 2010 forward (-----Original Message-----) of the crew's «выехали … будем в 11:40»")))

add(Msg(SOROK, T(25, 12, 14), "RE: Заявка 86140 - сработка АПС",
        "Прибыли на объект, начали диагностику шлейфа зоны 3. Пломба на ППК № 0045821 снята в присутствии инженера ТРК.",
        to=[C_DISP], cc=[pp(GUSEV)], quote=l1, fmt="alt", cs="windows-1251", cte="b64",
        label=dec("86140", [], H, "number only in subject/quote; seal number and zone 3 are noise")))

add(Msg(KRAV, T(25, 16, 33), "RE: Заявка 86140 - сработка АПС",
        "Уважаемые коллеги!\n\nСообщаем, что работы по заявке 86140 выполнены: заменены 4 дымовых извещателя ИП 212-45 в зоне 3, шлейф проверен, "
        "система АПС приведена в дежурный режим, ложных срабатываний в течение часа наблюдения не зафиксировано. Прибор опломбирован, "
        "пломба № 0045907. Специалисты убыли с объекта в 16:05.",
        to=[C_DISP], cc=[pp(SOROK), pp(GUSEV)], quote=d21, fmt="alt", cs="utf-8", cte="b64",
        label=dec("86140", [], U, "formal completion, «убыли с объекта в 16:05»")))

# ---------------------------------------------------------------- bulk
nl = Msg(NEWS, T(27, 11, 0, 0), "Новости ПФС: итоги ноября и график работы в праздники",
         "Уважаемые партнёры!\n\nВ ноябре наши бригады выехали по 1 240 заявкам, 97% работ завершены в срок.\n"
         "Новый номер круглосуточной диспетчерской: +7 (495) 641-20-39.\n"
         "График работы в новогодние праздники: дежурные бригады работают 31.12–08.01 в штатном режиме.\n\n"
         "Отписаться от рассылки: https://primefs.ru/news/unsubscribe?u=7f3a91c2\n",
         to=[C_DISP], sig=False, label=ign("corporate newsletter, Precedence: bulk, List-Unsubscribe"))
nl.kind = "bulk"
nl.html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Arial\">"
           "<table width=\"600\" align=\"center\"><tr><td><h2>Новости ПФС — ноябрь 2026</h2>"
           "<p>Уважаемые партнёры!</p><p>В ноябре наши бригады выехали по <b>1&nbsp;240</b> заявкам, 97% работ завершены в срок.</p>"
           "<p>Новый номер круглосуточной диспетчерской: +7 (495) 641-20-39.</p>"
           "<p>График работы в новогодние праздники: дежурные бригады работают 31.12–08.01 в штатном режиме.</p>"
           "<p style=\"font-size:10px;color:#888\">Вы получили это письмо как партнёр ООО «Прайм Фасилити Сервис». "
           "<a href=\"https://primefs.ru/news/unsubscribe?u=7f3a91c2\">Отписаться</a></p></td></tr></table></body></html>")
add(nl)


# ================================================================ WRITE
def render(L):
    kind = getattr(L, "kind", "normal")
    if kind == "auto":
        return build_auto(L)
    if kind == "ndr":
        return build_ndr(L)
    if kind == "mdn":
        return build_mdn(L)
    if kind == "meeting":
        return build_meeting(L)
    if kind == "bulk":
        return build_bulk(L)
    return build(L)


def fix_fwd(L):
    """Forwarded letters: header block is the forwarded message's; no In-Reply-To."""
    return L


def main():
    os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "letters")):
        os.remove(os.path.join(OUT, "letters", f))
    letters = sorted(LET, key=lambda x: x.d)
    labels = {}
    reg_dates = {n: d for n, _, d, _ in REGISTRY}
    for i, L in enumerate(letters, 1):
        name = "%03d.eml" % i
        lab = L.label
        if lab.get("request"):
            assert L.d > reg_dates[lab["request"]], (name, L.subject)
        m = render(L)
        data = m.as_bytes(policy=m.policy.clone(linesep="\r\n"))
        with open(os.path.join(OUT, "letters", name), "wb") as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    emails = sorted({p.email for p in (POLINA, GUSEV, KRAV, AKHM, SOROK, PDISP, KUZM, NEWS, EXCH)})
    reg = {"contractor": {"name": "ООО «Прайм Фасилити Сервис»", "emails": emails, "domains": [DOMAIN]},
           "requests": [{"number": n, "positions": p, "registered_at": d.isoformat(), "comment": c}
                        for n, p, d, c in REGISTRY]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))


if __name__ == "__main__":
    main()
