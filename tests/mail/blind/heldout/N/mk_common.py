# -*- coding: utf-8 -*-
"""Common helpers for persona N (АО «ФедералСервис», Новосибирский филиал)."""
import datetime, hashlib, html as H
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy
from email.generator import BytesGenerator
import io

NSK = datetime.timezone(datetime.timedelta(hours=7))
MSK = datetime.timezone(datetime.timedelta(hours=3))

DOM = "federalservis.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

SD = ("Service Desk НСК | ФедералСервис", "servicedesk.nsk@federalservis.ru")
SD_BOT = ("ФедералСервис SD", "noreply-sd@federalservis.ru")
KUZMIN = ("Кузьмин Алексей Викторович", "a.kuzmin@federalservis.ru")
BELOV = ("Белов Евгений Андреевич", "e.belov@federalservis.ru")
SOKOLOVA = ("Соколова Ирина Викторовна", "i.sokolova@federalservis.ru")
NIGHT = ("Оськин Денис (SD, ночная смена)", "nsk.night@federalservis.ru")
NEWS = ("АО «ФедералСервис» — новости для партнёров", "news@federalservis.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@mx1.federalservis.ru")

ALL_ADDRS = [SD[1], SD_BOT[1], KUZMIN[1], BELOV[1], SOKOLOVA[1], NIGHT[1], NEWS[1], DAEMON[1]]


def dt(day, hh, mm, ss=None, tz=NSK):
    if ss is None:
        ss = (day * 7 + hh * 13 + mm * 3) % 60
    return datetime.datetime(2026, 11, day, hh, mm, ss, tzinfo=tz)


def part(text, subtype="plain", charset="utf-8", cte="base64"):
    cs = Charset(charset)
    cs.body_encoding = {"base64": BASE64, "qp": QP, "8bit": None}[cte]
    return MIMEText(text, subtype, cs)


def addr(p, charset="utf-8"):
    return formataddr(p, charset)


_counter = [0]


def msgid(kind, when, sender):
    _counter[0] += 1
    h = hashlib.sha1(f"{kind}{when}{sender}{_counter[0]}".encode()).hexdigest().upper()
    if kind == "android":
        return f"<PAXP195MB{h[:12]}{h[12:20].lower()}@PAXP195MB{h[20:24]}.EURP195.PROD.OUTLOOK.COM>"
    if kind == "outlook":
        return f"<{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}@EXCH-NSK01.federalservis.local>"
    if kind == "sd":
        return f"<sd.{when.strftime('%Y%m%d%H%M%S')}.{h[:10].lower()}@sd.federalservis.ru>"
    if kind == "bat":
        return f"<{h[:6]}.{h[6:14]}@federalservis.ru>"
    if kind == "tb":
        return f"<{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}-{h[16:20].lower()}-{h[20:32].lower()}@federalservis.ru>"
    return f"<{h[:20].lower()}@{kind}.federalservis.ru>"


def finish(msg, *, frm, to, subject, date, mid, charset="utf-8", cc=None,
           in_reply_to=None, extra=None):
    msg["From"] = addr(frm, charset)
    msg["To"] = addr(to, charset) if isinstance(to, tuple) else to
    if cc:
        msg["Cc"] = ", ".join(addr(c, charset) for c in cc)
    msg["Subject"] = Header(subject, charset, header_name="Subject")
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (extra or []):
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    # put MIME-Version/Content-Type after the envelope-ish headers (cosmetic)
    ct = [(k, v) for k, v in msg._headers if k.lower() in ("content-type", "mime-version", "content-transfer-encoding")]
    rest = [(k, v) for k, v in msg._headers if k.lower() not in ("content-type", "mime-version", "content-transfer-encoding")]
    msg._headers = rest + ct
    return msg


def to_bytes(msg):
    for p in msg.walk():
        if p is not msg and "MIME-Version" in p:
            del p["MIME-Version"]
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n"))
    g.flatten(msg)
    raw = buf.getvalue()
    head, sep, body = raw.partition(b"\r\n\r\n")
    for h in (b"From", b"To", b"Cc", b"Subject"):
        head = head.replace(b"\r\n" + h + b": \r\n ", b"\r\n" + h + b": ")
        if head.startswith(h + b": \r\n "):
            head = h + b": " + head[len(h) + 5:]
    return head + sep + body


def alt(plain, html_, charset="utf-8", cte="base64"):
    m = MIMEMultipart("alternative")
    m.attach(part(plain, "plain", charset, cte))
    m.attach(part(html_, "html", charset, cte))
    return m


def esc(s):
    return H.escape(s)


def lines_html(text):
    out = []
    for para in text.split("\n"):
        out.append(f'<div dir="auto">{esc(para) if para else "<br>"}</div>')
    return "\n".join(out)


# ------------------------------------------------------------ Outlook for Android (engineer)

def android(body, quote=None):
    """quote: dict(frm, sent, to, subject, text) -- Outlook mobile header block."""
    plain = body.rstrip() + "\n\nПолучить Outlook для Android\n"
    htmlq = ""
    if quote:
        plain += ("\n________________________________\n"
                  f"От: {quote['frm']}\nОтправлено: {quote['sent']}\nКому: {quote['to']}\n"
                  f"Тема: {quote['subject']}\n\n{quote['text'].rstrip()}\n")
        htmlq = ('<hr style="display:inline-block;width:98%" tabindex="-1">'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                 f"<b>От:</b> {esc(quote['frm'])}<br><b>Отправлено:</b> {esc(quote['sent'])}<br>"
                 f"<b>Кому:</b> {esc(quote['to'])}<br><b>Тема:</b> {esc(quote['subject'])}</font>"
                 f"<div>&nbsp;</div></div><div>{lines_html(quote['text'].rstrip())}</div>")
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body><div dir="auto" style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">'
             f"{lines_html(body.rstrip())}</div>"
             '<div dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">'
             'Получить <a href="https://aka.ms/AAb9ysg">Outlook для Android</a></div>'
             f"{htmlq}</body></html>")
    return alt(plain, html_, "utf-8", "base64")


def disp_quote(sent, subject, text, to=KUZMIN):
    return dict(frm=f"{DISPATCH[0]} <{DISPATCH[1]}>", sent=sent, to=f"{to[0]} <{to[1]}>",
                subject=subject, text=text)


# ------------------------------------------------------------ Service desk (Outlook desktop, HTML tables)

SD_SIGN_PLAIN = """С уважением,
Служба сервисной поддержки (Service Desk)
Новосибирский филиал АО «ФедералСервис»
630099, г. Новосибирск, ул. Каменская, д. 32, оф. 504
Тел.: +7 (383) 209-45-10 (круглосуточно), доб. 2
servicedesk.nsk@federalservis.ru"""

SD_SIGN_HTML = """<p class="MsoNormal" style="margin-top:12pt"><span style="font-size:10pt;color:#1F3864">С уважением,<br>
<b>Служба сервисной поддержки (Service Desk)</b><br>
Новосибирский филиал АО «ФедералСервис»<br>
630099, г. Новосибирск, ул. Каменская, д. 32, оф. 504<br>
Тел.: +7 (383) 209-45-10 (круглосуточно), доб. 2<br>
<a href="mailto:servicedesk.nsk@federalservis.ru">servicedesk.nsk@federalservis.ru</a></span></p>"""

SD_DISCL = ("Данное сообщение сформировано в системе ФС-ServiceDesk и отредактировано оператором. "
            "При ответе, пожалуйста, сохраняйте в теме наш номер обращения. "
            "АО «ФедералСервис», ИНН 7705123488, КПП 540643001.")

CSS = """<style><!--
p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
table.fs{border-collapse:collapse;font-family:"Calibri",sans-serif;font-size:10.0pt;}
table.fs td,table.fs th{border:solid #8EAADB 1.0pt;padding:2.0pt 5.0pt;}
table.fs th{background:#D9E2F3;}
--></style>"""


def sd(paras, fields=None, pos=None, after=None, greet="Добрый день!", quote=None,
       discl=True, sign=True):
    """paras/after: lists of strings; fields: list of (k, v); pos: (header_list, rows)."""
    P, Hh = [], []
    P.append(greet)
    Hh.append(f'<p class="MsoNormal">{esc(greet)}</p><p class="MsoNormal">&nbsp;</p>')
    for p in paras:
        P.append(p)
        Hh.append(f'<p class="MsoNormal">{esc(p)}</p>')
    if fields:
        P.append("")
        w = max(len(k) for k, _ in fields)
        for k, v in fields:
            P.append(f"{k + ':':<{w + 1}}  {v}")
        Hh.append('<p class="MsoNormal">&nbsp;</p><table class="fs" border="1" cellspacing="0" cellpadding="0">')
        for k, v in fields:
            Hh.append(f'<tr><td width="230" style="background:#F2F2F2"><b>{esc(k)}</b></td><td width="380">{esc(v)}</td></tr>')
        Hh.append("</table>")
    if pos:
        head, rows = pos
        P.append("")
        P.append(" | ".join(head))
        for r in rows:
            P.append(" | ".join(r))
        Hh.append('<p class="MsoNormal">&nbsp;</p><table class="fs" border="1" cellspacing="0" cellpadding="0"><tr>')
        Hh.append("".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>")
        for r in rows:
            Hh.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
        Hh.append("</table>")
    if after:
        P.append("")
        Hh.append('<p class="MsoNormal">&nbsp;</p>')
        for p in after:
            P.append(p)
            Hh.append(f'<p class="MsoNormal">{esc(p)}</p>')
    if sign:
        P.append("")
        P.append(SD_SIGN_PLAIN)
        Hh.append(SD_SIGN_HTML)
    if discl:
        P.append("")
        P.append(SD_DISCL)
        Hh.append(f'<p class="MsoNormal"><span style="font-size:8pt;color:gray">{esc(SD_DISCL)}</span></p>')
    if quote:
        P.append("")
        P.append(f"От: {quote['frm']}\nОтправлено: {quote['sent']}\nКому: {quote['to']}\nТема: {quote['subject']}\n")
        P.append(quote["text"].rstrip())
        Hh.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                  f'<p class="MsoNormal"><b>От:</b> {esc(quote["frm"])}<br><b>Отправлено:</b> {esc(quote["sent"])}<br>'
                  f'<b>Кому:</b> {esc(quote["to"])}<br><b>Тема:</b> {esc(quote["subject"])}</p></div>')
        for ln in quote["text"].rstrip().split("\n"):
            Hh.append(f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}</p>')
    plain = "\n".join(P) + "\n"
    html_ = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">' + CSS +
             '</head><body lang="RU" link="#0563C1"><div class="WordSection1">\n' + "\n".join(Hh) +
             "\n</div></body></html>")
    return plain, html_
