#!/usr/bin/env python3
"""Generator of test letters for persona «Пиксель Бригада» (LED / media facades / projection, Moscow).

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Only the Python standard library `email` package is used.
"""
import json
import os
import random
import uuid
import html as htmlmod
from datetime import datetime, timedelta, timezone
from email import charset as csmod
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.message import Message
from email.utils import format_datetime, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(830)
MSK = timezone(timedelta(hours=3))

# --------------------------------------------------------------------------- people
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DASHA = ("Дарья Соколова", "dasha@pixelbrigada.ru")
TIMUR = ("Тимур Галиев", "timur@pixelbrigada.ru")
VLAD = ("Влад Корнеев", "vlad@pixelbrigada.ru")
ARTEM = ("Артём Белов", "artem@pixelbrigada.ru")
BUH = ("Бухгалтерия Пиксель Бригада", "buh@pixelbrigada.ru")
NEWS = ("Пиксель Бригада", "news@pixelbrigada.ru")
JIRA = ("Jira Пиксель Бригада", "jira@pixelbrigada.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@pixelbrigada.ru")

DASHA_SIG = "—\nДаша Соколова\nProject manager · Пиксель Бригада\n+7 (925) 118-44-02 · t.me/dasha_pxl\npixelbrigada.ru"

# --------------------------------------------------------------------------- registry
REQ = {
    "830112": dict(pos=["1", "2", "3"], reg="2026-11-02T09:15:00+03:00",
                   obj="Музей современного искусства «Арсенал-М», ул. Петровка, 25 стр. 1",
                   items=["LED-экран в фойе (P2.5)", "медиафасад", "проектор в зале 2"]),
    "830147": dict(pos=["1", "2"], reg="2026-11-03T10:00:00+03:00",
                   obj="Концертный зал «Соната», ул. Малая Никитская, 8",
                   items=["LED-экран над сценой", "экраны digital signage в фойе (4 шт.)"]),
    "830205": dict(pos=["1"], reg="2026-11-04T12:00:00+03:00",
                   obj="Библиотека-читальня №12, ул. Бауманская, 58/25",
                   items=["видеостена 3x3 в читальном зале"]),
    "830233": dict(pos=["1", "2", "3"], reg="2026-11-05T09:30:00+03:00",
                   obj="Библиотека «Пушкинская» (филиал №7), ул. Новослободская, 14",
                   items=["информационный киоск на входе", "проектор конференц-зала", "экран в детском зале"]),
    "830318": dict(pos=["1", "2", "3", "4"], reg="2026-11-06T14:00:00+03:00",
                   obj="Музей городской истории, Зубовский б-р, 2",
                   items=["проекционный мэппинг в зале 3", "интерактивный стол", "экран в гардеробе", "медиафасад"]),
    "830376": dict(pos=["1"], reg="2026-11-09T11:00:00+03:00",
                   obj="Концертный зал «Соната», ул. Малая Никитская, 8",
                   items=["бегущая строка над кассами"]),
    "830402": dict(pos=["1", "2"], reg="2026-11-10T10:00:00+03:00",
                   obj="Детская библиотека №5, ул. Лесная, 39",
                   items=["экран в фойе", "LED-панель в зале 2"]),
    "830451": dict(pos=["1"], reg="2026-11-11T09:00:00+03:00",
                   obj="Музей современного искусства «Арсенал-М», ул. Петровка, 25 стр. 1",
                   items=["медиафасад (контроллер и секции)"]),
    "830527": dict(pos=["1", "2", "3"], reg="2026-11-12T10:30:00+03:00",
                   obj="Библиотека №31, Ленинский пр-т, 71",
                   items=["экран в фойе", "проектор в лектории", "digital signage в холле"]),
    "830589": dict(pos=["1", "2"], reg="2026-11-16T09:00:00+03:00",
                   obj="Концертный зал «Соната», ул. Малая Никитская, 8",
                   items=["зал 1 (большой) — проекционная система", "зал 2 (камерный) — LED-экран"]),
    "830640": dict(pos=["1", "2"], reg="2026-11-17T12:00:00+03:00",
                   obj="Музей городской истории, Зубовский б-р, 2",
                   items=["экран в фойе", "видеостена в зале 5"]),
    "830777": dict(pos=["1"], reg="2026-11-18T09:00:00+03:00",
                   obj="Библиотека искусств, ул. Пречистенка, 21",
                   items=["медиаэкран на фасаде"]),
    "830815": dict(pos=["1", "2", "3"], reg="2026-11-19T11:00:00+03:00",
                   obj="Библиотека-читальня №12, ул. Бауманская, 58/25",
                   items=["экран в фойе", "информационный киоск", "проектор читального зала"]),
}


def reg_comment(n):
    r = REQ[n]
    return r["obj"] + ". " + "; ".join(f"поз. {p} — {it}" for p, it in zip(r["pos"], r["items"])) + "."


# --------------------------------------------------------------------------- helpers
RU_DAY = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]


def D(s):
    """'11-03 08:41' -> aware datetime in Moscow time (seconds randomised)."""
    md, hm = s.split()
    m, d = map(int, md.split("-"))
    h, mi = map(int, hm.split(":"))
    return datetime(2026, m, d, h, mi, rnd.randint(0, 59), tzinfo=MSK)


def gmail_attr(dt, who):
    return f"{RU_DAY[dt.weekday()]}, {dt.day} нояб. {dt.year} г. в {dt:%H:%M}, {who[0]} <{who[1]}>:"


def spark_attr(dt, who):
    return f"On {dt.day} Nov {dt.year} at {dt:%H:%M} +0300, {who[0]} <{who[1]}>, wrote:"


def bat_attr(dt):
    return f"Вы писали {dt.day} {RU_MON_GEN[dt.month-1]} {dt.year} г., {dt.hour}:{dt:%M:%S}:"


def outlook_block(dt, frm, to, subj):
    return (f"От: {frm[0]} <{frm[1]}>\nОтправлено: {dt.day} {RU_MON_GEN[dt.month-1]} {dt.year} г. {dt:%H:%M}\n"
            f"Кому: {to[0]} <{to[1]}>\nТема: {subj}")


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def esc(t):
    return htmlmod.escape(t, quote=False)


def text_to_html(text):
    """Gmail-like html: lines -> <div>, bullet lines -> <ul>."""
    out, ul = [], False
    for line in text.split("\n"):
        s = line.strip()
        if s[:1] in "•·-" and len(s) > 2 and s[1] == " ":
            if not ul:
                out.append("<ul>")
                ul = True
            out.append(f"<li>{esc(s[2:])}</li>")
            continue
        if ul:
            out.append("</ul>")
            ul = False
        out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    if ul:
        out.append("</ul>")
    return "\n".join(out)


def gmail_quote_html(attr, qtext):
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + '<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + text_to_html(qtext) + '</blockquote></div>')


def part(text, subtype="plain", cs="utf-8", cte="qp"):
    c = csmod.Charset(cs)
    c.header_encoding = csmod.BASE64
    c.body_encoding = {"qp": csmod.QP, "b64": csmod.BASE64, "8bit": None}[cte]
    p = MIMEText(text, subtype, c)
    if cte == "8bit":
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
    return p


def alt(text, html, cs="utf-8", tcte="qp", hcte="qp"):
    m = MIMEMultipart("alternative", boundary="000000000000" + uuid.UUID(int=rnd.getrandbits(128)).hex[:16])
    m.attach(part(text, "plain", cs, tcte))
    m.attach(part(html, "html", cs, hcte))
    return m


def hid(kind, dt, who):
    u = uuid.UUID(int=rnd.getrandbits(128))
    if kind == "gmail":
        return "<CA" + u.hex[:22].upper() + "+" + u.hex[22:] + "@mail.gmail.com>"
    if kind == "spark":
        return f"<{u}@Spark>"
    if kind == "bat":
        return f"<{rnd.randint(100000000, 999999999)}.{dt:%Y%m%d%H%M%S}@pixelbrigada.ru>"
    if kind == "outlook":
        h = u.hex
        return f"<00{h[:6]}${h[6:14]}${h[14:22]}@pixelbrigada.ru>"
    return f"<{u.hex}@pixelbrigada.ru>"


def hdr_subject(s, cs="utf-8", enc="b"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        c = csmod.Charset(cs)
        c.header_encoding = csmod.BASE64 if enc == "b" else csmod.QP
        return Header(s, c, header_name="Subject")


def disp_mid(n):
    return f"<req-{n}.{REQ[n]['reg'][:10].replace('-', '')}@zakazchik-omis.ru>"


def disp_subject(n):
    return f"Заявка № {n} — " + REQ[n]["obj"].split(",")[0]


def disp_orig(n):
    r = REQ[n]
    reg = datetime.fromisoformat(r["reg"])
    lines = "\n".join(f"  {p}. {it}" for p, it in zip(r["pos"], r["items"]))
    return (f"Добрый день.\n\nЗаявка № {n} зарегистрирована {reg:%d.%m.%Y %H:%M}.\nОбъект: {r['obj']}\nПозиции:\n{lines}\n\n"
            "Просим подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады по каждой позиции.\n\n"
            "--\nДиспетчерская служба ОМИС\nтел. +7 (495) 640-12-30")


def disp_dt(n):
    return datetime.fromisoformat(REQ[n]["reg"]) + timedelta(minutes=3)


# --------------------------------------------------------------------------- letter builders
LETTERS = []  # (dt, msg, label)


def finish(msg, dt, frm, subject, kind, cs="utf-8", to=DISP, cc=None, reply_to_mid=None, extra=None, subj_enc="b"):
    msg["From"] = formataddr((str(Header(frm[0], cs).encode()) if frm[0] else "", frm[1])) if False else \
        formataddr(frm, charset=cs)
    msg["To"] = formataddr(to, charset=cs)
    if cc:
        msg["Cc"] = ", ".join(formataddr(c, charset=cs) for c in cc)
    if cs == "koi8-r":
        subject = koi_safe(subject)
    msg["Subject"] = hdr_subject(subject, cs, subj_enc)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = hid(kind, dt, frm)
    if reply_to_mid:
        msg["In-Reply-To"] = reply_to_mid
        msg["References"] = reply_to_mid
    for k, v in (extra or {}).items():
        msg[k] = v
    # move MIME-Version to the end like most clients don't care; keep as is
    return msg


def add(dt, msg, label):
    LETTERS.append((dt, msg, label))


def L(expect, request=None, positions=None, status=None, note=""):
    d = {"expect": expect}
    if expect == "decided":
        d.update(request=request, positions=positions, status=status)
    d["note"] = note
    return d


def dasha_gmail(dt, subject, text, label, quote=None, html_body=None, reply=None, tcte="qp", hcte="b64",
                sig=True, html_only=False):
    """Даша, Gmail in the browser: multipart/alternative, utf-8, signature."""
    full = text + ("\n\n" + DASHA_SIG if sig else "")
    hb = html_body if html_body is not None else text_to_html(text)
    if sig:
        hb += ('<div><br></div><div dir="ltr" class="gmail_signature"><div style="color:rgb(136,136,136)">'
               + "<br>".join(esc(x) for x in DASHA_SIG.split("\n")) + "</div></div>")
    if quote:
        attr, q = quote
        full += "\n\n" + attr + "\n\n" + gt(q) + "\n"
        hb += gmail_quote_html(attr, q)
    html = '<div dir="ltr">' + hb + "</div>\n"
    if html_only:
        msg = part(html, "html", "utf-8", hcte)
    else:
        msg = alt(full, html, tcte=tcte, hcte=hcte)
    finish(msg, dt, DASHA, subject, "gmail", reply_to_mid=reply)
    add(dt, msg, label)


def dasha_spark(dt, subject, text, label, quote=None, reply=None):
    fwd_tail = ""
    if "\n\nBegin forwarded message:" in text:
        text, fwd_tail = text.split("\n\nBegin forwarded message:", 1)
        fwd_tail = "Begin forwarded message:" + fwd_tail
    full = text + "\n\nSent with Spark"
    if fwd_tail:
        full += "\n\n" + fwd_tail + "\n"
    html = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>'
            '<div name="messageBodySection"><div dir="auto">' + "<br />".join(esc(x) for x in text.split("\n"))
            + '</div></div><div name="messageSignatureSection"><br /><div dir="auto">Sent with '
              '<a href="https://sparkmailapp.com/source?from=signature">Spark</a></div></div>')
    if fwd_tail:
        html += ('<div name="messageForwardedSection"><br />' + "<br />".join(esc(x) for x in fwd_tail.split("\n"))
                 + "</div>")
    if quote:
        attr, q = quote
        full += "\n" + attr + "\n" + gt(q) + "\n"
        html += ('<div name="messageReplySection">' + esc(attr) + '<br /><blockquote type="cite" '
                 'style="margin: 5px 5px; padding-left: 10px; border-left: thin solid #1abc9c;">'
                 + "<br />".join(esc(x) for x in q.split("\n")) + "</blockquote></div>")
    html += "</body></html>\n"
    msg = alt(full, html, tcte="qp", hcte="qp")
    finish(msg, dt, DASHA, subject, "spark", reply_to_mid=reply, subj_enc="q")
    add(dt, msg, label)


def timur(dt, subject, text, label, quote=None, reply=None, as_alt=True, bottom=False, cc=None):
    """Тимур, Gmail for Android: short, lower case; base64."""
    if quote:
        attr, q = quote
        if bottom:
            full = attr + "\n\n" + gt(q) + "\n\n" + text + "\n"
        else:
            full = text + "\n\n" + attr + "\n\n" + gt(q) + "\n"
    else:
        full = text + "\n"
    if as_alt:
        hb = '<div dir="auto">' + "<br>".join(esc(x) for x in text.split("\n")) + "</div>"
        if quote:
            qh = gmail_quote_html(quote[0], quote[1])
            hb = (qh + "<br>" + hb) if bottom else (hb + qh)
        msg = alt(full, hb + "\n", tcte="b64", hcte="b64")
    else:
        msg = part(full, "plain", "utf-8", "b64")
    finish(msg, dt, TIMUR, subject, "gmail", reply_to_mid=reply, cc=cc)
    add(dt, msg, label)


def koi_safe(t):
    """KOI8-R has no №, dashes or guillemets: The Bat! users type N, - and plain quotes."""
    for a, b in (("№", "N"), ("—", "-"), ("–", "-"), ("«", '"'), ("»", '"'), ("…", "..."), ("×", "x")):
        t = t.replace(a, b)
    return t


def vlad(dt, subject, text, label, quote=None, reply=None, greet="Здравствуйте."):
    """Влад, The Bat! on the service laptop, KOI8-R, 8bit, initials quote prefix."""
    text = koi_safe(text)
    body = greet + "\n\n" + text + "\n\n--\nВлад Корнеев, монтажник\nПиксель Бригада, +7 (916) 402-77-15\n"
    if quote:
        attr_dt, q = quote
        body += "\n" + bat_attr(attr_dt) + "\n\n" + gt(koi_safe(q), "ДО> ") + "\n"
    msg = part(body, "plain", "koi8-r", "8bit")
    finish(msg, dt, VLAD, subject, "bat", cs="koi8-r", reply_to_mid=reply,
           extra={"X-Mailer": "The Bat! (v10.4.2) Professional", "X-Priority": "3 (Normal)"})
    add(dt, msg, label)


def outlook(dt, who, subject, text, label, html=True, reply=None, extra=None, to=DISP):
    """Артём / бухгалтерия: Outlook 2016 on Windows, windows-1251, quoted-printable."""
    if html:
        h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
             '<body lang="RU" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
             + "".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}</p>' for l in text.split("\n"))
             + "</div></body></html>\n")
        msg = alt(text, h, cs="windows-1251", tcte="qp", hcte="qp")
        msg.set_boundary("----=_NextPart_000_%04X_01DB%04X.%08X" % (rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(32)))
    else:
        msg = part(text, "plain", "windows-1251", "qp")
    ex = {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtM" + uuid.UUID(int=rnd.getrandbits(128)).hex[:20],
          "Content-Language": "ru"}
    ex.update(extra or {})
    finish(msg, dt, who, subject, "outlook", cs="windows-1251", reply_to_mid=reply, extra=ex, to=to)
    add(dt, msg, label)


# =========================================================================== LETTERS
# ---------------------------------------------------------------- 830112 Арсенал-М
n = "830112"
d1 = D("11-02 10:02")
t1 = ("Добрый день!\n\nЗаявку 830112 получили, взяли в работу 👍\nУ себя завели OPS-1423, on site поедут Тимур и Влад.\n\n"
      "Чтобы не терять время на месте, нужен доступ к контроллеру медиафасада (Novastar VX1000, IP 10.12.4.57) — "
      "скиньте, плиз, контакт админа музея.")
dasha_gmail(d1, "Заявка 830112 — взяли в работу", t1,
            L("decided", n, [], "заявка принята", "«взяли в работу», позиции не названы; IP и OPS — не заявки"),
            quote=(gmail_attr(disp_dt(n), DISP), disp_orig(n)), reply=disp_mid(n))
mid_1 = LETTERS[-1][1]["Message-ID"]

d2 = D("11-03 08:41")
timur(d2, "Re: Заявка 830112 — взяли в работу", "Выехали на Петровку, к 9:30 будем. Берём фойе и фасад",
      L("decided", n, ["1", "2"], "подрядчик в пути", "фойе=поз.1, медиафасад=поз.2 по комментарию реестра"),
      quote=(gmail_attr(d1, DASHA), t1 + "\n\n" + DASHA_SIG), reply=mid_1, cc=[DASHA])

d3 = D("11-03 09:34")
t3 = ("Бригада on site ✅\nРаботаем по поз. 1 и 2 (фойе + медиафасад). Зал 2 (поз. 3) сегодня не трогаем — "
      "там экскурсии, перенесли на чт.")
dasha_spark(d3, "830112 апдейт", t3,
            L("decided", n, ["1", "2"], "подрядчик на месте", "on site по поз. 1 и 2; поз. 3 — только план"))
mid_3 = LETTERS[-1][1]["Message-ID"]

d4 = D("11-03 16:20")
t4 = ("Апдейт по 830112 к вечеру:\n\n"
      "Поз. | Что | Статус\n"
      "1 экран в фойе | заменили 2 модуля P2.5, откалибровали, 3840×2160 ок | ✅ done\n"
      "2 медиафасад | перепрошили приёмные карты на v2.14.3, 3 секции перезапустили | ✅ done\n"
      "3 проектор, зал 2 | — | чт 5.11\n\n"
      "Бригада свернулась в 16:05, уехали с Петровки.")
h4 = ('<div>Апдейт по 830112 к вечеру:</div><div><br></div>'
      '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
      '<tr style="background:#f3f3f3"><th>Поз.</th><th>Что</th><th>Статус</th></tr>'
      '<tr><td>1 экран в фойе</td><td>заменили 2 модуля P2.5, откалибровали, 3840×2160 ок</td><td>✅ <b>done</b></td></tr>'
      '<tr><td>2 медиафасад</td><td>перепрошили приёмные карты на v2.14.3, 3 секции перезапустили</td><td>✅ <b>done</b></td></tr>'
      '<tr><td>3 проектор, зал 2</td><td>—</td><td>чт 5.11</td></tr></table>'
      '<div><br></div><div>Бригада свернулась в 16:05, уехали с Петровки.</div>')
dasha_gmail(d4, "Re: 830112 апдейт", t4,
            L("decided", n, ["1", "2"], "подрядчик убыл", "таблица: поз.1 и 2 done, свернулись; поз.3 — план"),
            html_body=h4, quote=(gmail_attr(d3, DASHA), t3 + "\n\nSent with Spark"), reply=mid_3)

d5 = D("11-05 10:12")
vlad(d5, "830112-3", "Зал 2, мы тут. Проектор Epson EB-PU2010B, S/N X5JK2200417. Чистим оптику, обновляем прошивку.",
     L("decided", n, ["3"], "подрядчик на месте", "позиция после дефиса в теме; серийник — не номер"))
mid_5 = LETTERS[-1][1]["Message-ID"]
d5q = D("11-05 10:40")
vlad(D("11-05 13:48"), "Re: 830112-3",
     "Свернулись. Проектор ок, геометрию по краям подправили, картинка 1920x1200 ровная.\n"
     "На корпусе пломба № 0045127, не срывать, пожалуйста.",
     L("decided", n, ["3"], "подрядчик убыл", "«свернулись» = убыли; номер пломбы не заявка"),
     quote=(d5q, "Принято. Ждём информацию о завершении работ в зале 2.\n\n--\nДиспетчерская служба ОМИС"),
     reply=mid_5, greet="Здравствуйте, Диспетчерская.")

# ---------------------------------------------------------------- 830147 Соната
n = "830147"
d7 = D("11-03 11:12")
t7 = ("Привет! По заявке №830147 — приняли, внутренний тикет OPS-1431.\n"
      "Ставим на завтра утро, до саундчека, чтобы не мешать звукачам 🎛️")
dasha_gmail(d7, "Re: " + disp_subject(n), t7,
            L("decided", n, [], "заявка принята", "приняли; выезд завтра — план"),
            quote=(gmail_attr(disp_dt(n), DISP), disp_orig(n)), reply=disp_mid(n))
mid_7 = LETTERS[-1][1]["Message-ID"]

d8 = D("11-04 07:50")
timur(d8, "830147", "го, выехали\nETA 20 мин",
      L("decided", n, [], "подрядчик в пути", "голый номер в теме, «выехали, ETA 20 мин»"), as_alt=False)
mid_8 = LETTERS[-1][1]["Message-ID"]

d9 = D("11-04 08:20")
dasha_spark(d9, "Re: 830147",
            "Ребята на месте 🙌 заходили через монтажный вход с Малой Никитской, охрана пустила без проблем.",
            L("decided", n, [], "подрядчик на месте", "в цитате «выехали» — старое"),
            quote=(spark_attr(d8, TIMUR), "го, выехали\nETA 20 мин"), reply=mid_8)

d10 = D("11-04 13:40")
t10 = ("Апдейт по 830147:\n"
       "• П1, LED над сценой — пофиксили: битый кабинет заменили, новый SN LSC-P39-2208714, откалибровали под 3840×2160\n"
       "• П2, экраны в фойе — чекнули все 4 панели, плеер BrightSign HD224 перезапустили, контент крутится\n\n"
       "Бригада свободна, уехали в 13:25 🚐")
dasha_gmail(d10, "Re: " + disp_subject(n), t10,
            L("decided", n, ["1", "2"], "подрядчик убыл", "список П1/П2, «уехали в 13:25»"),
            quote=(gmail_attr(d7, DASHA), t7), reply=mid_7, tcte="b64")
mid_10 = LETTERS[-1][1]["Message-ID"]

# ---------------------------------------------------------------- 830205 читальня №12
n = "830205"
timur(D("11-05 09:05"), "Re: " + disp_subject(n),
      "мы на месте, видеостена в читальном. 2 панели из 9 не стартуют, смотрим",
      L("decided", n, [], "подрядчик на месте", "номер только в теме Re:, в цитате диспетчера — «о выезде, прибытии и убытии»"),
      quote=(gmail_attr(disp_dt(n), DISP), disp_orig(n)), reply=disp_mid(n))

timur(D("11-05 12:30"), "830205 готово",
      "видеостена ок, все 9 панелей живые, 2 приёмные карты заменили. свернулись",
      L("decided", n, [], "подрядчик убыл", "результат + «свернулись»"), as_alt=False)

outlook(D("11-06 11:20"), BUH, "Счёт и акт по заявке 830205",
        "Добрый день!\n\nНаправляем счёт № 1190 от 06.11.2026 и акт выполненных работ № 312 по заявке 830205 "
        "(договор № 17/26-ТО от 12.01.2026).\nПросим подписать акт и вернуть скан на этот адрес, оригиналы передадим курьером.\n\n"
        "Сумма к оплате — 48 600,00 руб., НДС не облагается (УСН).\n\n"
        "С уважением,\nЕлена Маркова\nбухгалтер ООО «Пиксель Бригада»\nИНН 7731428816 / КПП 773101001\nтел. +7 (495) 118-40-77",
        L("review", note="счёт/акт — денежный вопрос, статус не сообщается"))

# ---------------------------------------------------------------- 830233 Пушкинская
n = "830233"
d14 = D("11-05 10:15")
t14 = ("Добрый день!\n\nНаряд 830233 (Пушкинская, Новослободская 14) взяли в работу 👍\n"
       "План: выезд в пн 9.11 к 10:00.\nJira: OPS-1436")
dasha_gmail(d14, "Наряд 830233 — принят", t14,
            L("decided", n, [], "заявка принята", "«наряд … взяли в работу», выезд — только план"))
mid_14 = LETTERS[-1][1]["Message-ID"]

timur(D("11-06 17:30"), "Re: Наряд 830233 — принят",
      "подскажите код от служебки и у кого брать ключ от конференц-зала? в пн к 10 будем",
      L("review", note="вопрос + план на понедельник, статуса нет"),
      quote=(gmail_attr(d14, DASHA), t14 + "\n\n" + DASHA_SIG), reply=mid_14, cc=[DASHA])

d16 = D("11-09 09:20")
vlad(d16, "ул. Новослободская, 14 (830233)", "Выдвигаемся с базы, будем минут через 40. Влад + Тимур.",
     L("decided", n, [], "подрядчик в пути", "номер в скобках после адреса; «будем через 40 минут»"))
mid_16 = LETTERS[-1][1]["Message-ID"]
vlad(D("11-09 12:05"), "Re: ул. Новослободская, 14 (830233)",
     "По 1-й и 3-й всё сделали: киоск перезалили образ (Win10 IoT, сборка 19044), экран в детском — заменили "
     "БП Mean Well LRS-350-5.\nПо проектору (п.2) нужна плата HDBaseT, заказали, приедем в чт.",
     L("decided", n, ["1", "3"], "подрядчик убыл", "1-я и 3-я сделаны, п.2 — план; модели/сборка — не номера"),
     quote=(D("11-09 09:31"), "Принято, сообщите по окончании работ.\n\nДиспетчерская ОМИС"), reply=mid_16,
     greet="Здравствуйте, Диспетчерская.")

dasha_spark(D("11-12 10:40"), "830233",
            "По второй позиции 830233 — ребята на месте, ставим плату HDBaseT 👌",
            L("decided", n, ["2"], "подрядчик на месте", "«по второй позиции»"))

fw = D("11-12 14:52")
dasha_gmail(D("11-12 15:10"), "Fwd: 830233 поз2",
            "Пересылаю от Тимура 👇 по Пушкинской закрываем\n\n"
            "---------- Forwarded message ---------\n"
            f"От: Тимур Галиев <timur@pixelbrigada.ru>\nDate: {gmail_attr(fw, TIMUR).split(', Тимур')[0]}\n"
            "Subject: 830233 поз2\nTo: Дарья Соколова <dasha@pixelbrigada.ru>\n\n\n"
            "проектор в конф-зале пофиксили, плату поменяли, картинка есть 1920x1080 по HDMI и по витой. уехали",
            L("decided", n, ["2"], "подрядчик убыл", "пересланный отчёт техника, «поз2» в теме"))

# ---------------------------------------------------------------- 830318 Музей городской истории
n = "830318"
# calendar reply (ignored)
dcal = D("11-06 15:10")
cal = MIMEMultipart("mixed")
calalt = MIMEMultipart("alternative")
calalt.attach(part("Дарья Соколова приняла это приглашение.\n\nСозвон по обращению 830318\n"
                   "Пятница, 6 нояб. 2026 г. ⋅ 16:00–16:30 (Москва)\nGoogle Meet: https://meet.google.com/pxl-ohyv-ksa\n\n"
                   "Приглашение из Google Календаря\n", "plain", "utf-8", "qp"))
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
       "METHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20261106T130000Z\r\nDTEND:20261106T133000Z\r\n"
       "DTSTAMP:20261106T121000Z\r\nORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "UID:8s1pk2m0q4c9f7r3b6o1d2e5a4@google.com\r\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Дарья Соколова;X-NUM-GUESTS=0:mailto:dasha@pixelbrigada.ru\r\n"
       "CREATED:20261106T113000Z\r\nLAST-MODIFIED:20261106T121000Z\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
       "SUMMARY:Созвон по обращению 830318\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
icp = part(ics, "calendar", "utf-8", "b64")
icp.set_param("method", "REPLY")
calalt.attach(icp)
cal.attach(calalt)
icsatt = part(ics, "calendar", "utf-8", "b64")
icsatt.set_type("application/ics")
icsatt.set_param("name", "invite.ics")
icsatt.add_header("Content-Disposition", "attachment", filename="invite.ics")
cal.attach(icsatt)
finish(cal, dcal, DASHA, "Принято: Созвон по обращению 830318 @ пт 6 нояб. 2026 16:00 - 16:30 (MSK) (dispatch@zakazchik-omis.ru)",
       "gmail", extra={"Reply-To": "dasha@pixelbrigada.ru"})
add(dcal, cal, L("ignored", note="автоматический ответ календаря Google на приглашение"))

d21 = D("11-06 17:05")
t21 = ("По обращению 830318 — приняли после созвона ✅\nРаскидали так:\n"
       "• зал 3 (мэппинг) + интерактивный стол — Влад\n• гардероб + медиафасад — Тимур\n\n"
       "Jira: OPS-1440…OPS-1443. Стартуем в пн.")
dasha_gmail(d21, "Обращение 830318 — приняли", t21,
            L("decided", n, [], "заявка принята", "«обращение … приняли»; распределение по людям — не статусы позиций"))
mid_21 = LETTERS[-1][1]["Message-ID"]

timur(D("11-09 08:30"), "Re: Обращение 830318 — приняли", "едем в музей, гардероб + фасад",
      L("decided", n, ["3", "4"], "подрядчик в пути", "гардероб=поз.3, медиафасад=поз.4"),
      quote=(gmail_attr(d21, DASHA), t21 + "\n\n" + DASHA_SIG), reply=mid_21, cc=[DASHA])

d23 = D("11-09 09:10")
vlad(d23, "830318 зал 3",
     "На месте, зал 3. Мэппинг поплыл — клининг задел проектор Panasonic PT-RZ990. Сводим заново, blending по 4 проекторам.",
     L("decided", n, ["1"], "подрядчик на месте", "зал 3 = поз.1 (мэппинг)"))
mid_23 = LETTERS[-1][1]["Message-ID"]

dasha_gmail(D("11-09 13:00"), "Апдейт по 830318",
            "Апдейт по 830318:\n"
            "• гардероб (п.3) — done ✅ Тимур уехал\n"
            "• зал 3 (п.1) — Влад ещё на месте, сводим 🔧\n"
            "• фасад (п.4) — завтра, подъёмник дали только на вт ⏳",
            L("review", note="разные статусы по разным позициям (п.3 убыл, п.1 на месте)"))

vlad(D("11-09 16:40"), "Re: 830318 зал 3",
     "П1 и П2 готово. Завершение работ 16:30, свернулись.\nСтол — откалибровали тач, прошивка v3.2.1. Мэппинг сведён, пресет сохранили как ZAL3_2026-11.",
     L("decided", n, ["1", "2"], "подрядчик убыл", "П1, П2 «готово, свернулись»"),
     quote=(D("11-09 09:25"), "Принято, ждём информацию по завершении.\n\n--\nДиспетчерская служба ОМИС"),
     reply=mid_23, greet="Здравствуйте, Диспетчерская.")

d26 = D("11-10 09:50")
t26 = "Мы н\u0061 м\u0065сте, фасад. Подъёмник приехал, начинаем с секций 7-9"
timur(d26, "830318 фасад", t26,
      L("decided", n, ["4"], "подрядчик на месте", "латинские a/e внутри «на месте»; секции 7-9 — не позиции"),
      as_alt=False)
mid_26 = LETTERS[-1][1]["Message-ID"]
timur(D("11-10 14:15"), "Re: 830318 фасад",
      "фасад всё. контроллер перезагрузили, 2 блока P10 поменяли. убыли 14:10",
      L("decided", n, ["4"], "подрядчик убыл", "«фасад всё … убыли 14:10»; в цитате — на месте латиницей"),
      quote=(gmail_attr(d26, TIMUR), t26), reply=mid_26)

# ---------------------------------------------------------------- 830376 Соната, бегущая строка
n = "830376"
dasha_gmail(D("11-09 11:40"), "Re: " + disp_subject(n),
            "Взяли в работу ✔️ Бригада завтра с утра, до открытия касс.",
            L("decided", n, [], "заявка принята", "взяли в работу; завтра — план"),
            quote=(gmail_attr(disp_dt(n), DISP), disp_orig(n)), reply=disp_mid(n))

timur(D("11-10 08:55"), "Соната", "мы на месте, где вас найти? охрана не в курсе",
      L("review", note="нет номера заявки (в «Сонате» несколько заявок), плюс вопрос"), as_alt=False)

d29 = D("11-10 09:05")
timur(d29, "830376 п.2", "бегущая строка, мы тут",
      L("review", note="в заявке 830376 только одна позиция, п.2 не существует"), as_alt=False)
mid_29 = LETTERS[-1][1]["Message-ID"]
timur(D("11-10 10:55"), "Re: 830376 п.2", "позиция одна, да, опечатался. строку пофиксили, отвал по питанию был. свернулись в 10:50",
      L("decided", n, [], "подрядчик убыл", "ответ под цитатой; исправляет п.2 — позиция в заявке одна"),
      quote=(gmail_attr(D("11-10 09:20"), DISP),
             "Уточните, пожалуйста, о какой позиции речь — в заявке 830376 одна позиция.\n\nДиспетчерская ОМИС"),
      reply=mid_29, bottom=True)

# ---------------------------------------------------------------- 830402 Детская библиотека №5
n = "830402"
dasha_gmail(D("11-10 10:30"), "830402 — в работе",
            "Привет! 830402 (Детская библиотека №5) — приняли, в работе. Внутр. OPS-1457.\n"
            "По залу 2 нужна стремянка 3 м — у вас есть или везём свою?",
            L("decided", n, [], "заявка принята", "приняли + вопрос про стремянку"), tcte="b64")

d33 = D("11-11 09:40")
timur(d33, "830402 (2)", "в зале 2, начали",
      L("decided", n, ["2"], "подрядчик на месте", "позиция в скобках в теме"))
mid_33 = LETTERS[-1][1]["Message-ID"]
timur(D("11-11 12:20"), "Re: 830402 (2)",
      "зал 2 done, панель P2.5 переобжали, 2 модуля 320x160 заменили. уехали 12:10\nфойе в пятницу",
      L("decided", n, ["2"], "подрядчик убыл", "зал 2 done; фойе — план"),
      quote=(gmail_attr(d33, TIMUR), "в зале 2, начали"), reply=mid_33)
mid_34 = LETTERS[-1][1]["Message-ID"]

# Timur vacation responder (ignored)
dva = D("11-14 10:02")
va = part("Привет! Я на выходных 14–15.11, без ноута. Отвечу в понедельник.\nСрочное — Даше: +7 (925) 118-44-02\n\nТимур",
          "plain", "utf-8", "b64")
finish(va, dva, TIMUR, "Re: 830402 (2)", "gmail", reply_to_mid="<disp-830402-q.20261114@zakazchik-omis.ru>",
       extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
add(dva, va, L("ignored", note="автоответ Gmail (отпуск/выходные), Auto-Submitted"))

fw35 = D("11-13 10:41")
dasha_spark(D("11-13 11:00"), "Fwd: 830402 фойе",
            "Закрываем 830402 по фойе 👇\n\nBegin forwarded message:\n\n"
            f"From: Тимур Галиев <timur@pixelbrigada.ru>\nDate: {fw35.day} Nov 2026 at {fw35:%H:%M} +0300\n"
            "To: Дарья Соколова <dasha@pixelbrigada.ru>\nSubject: 830402 фойе\n\n"
            "экран в фойе пофиксили, был отвал HDMI на плеере. уехали",
            L("decided", n, ["1"], "подрядчик убыл", "пересылка Spark; экран в фойе = поз.1"))

# ---------------------------------------------------------------- 830451 Арсенал-М медиафасад
n = "830451"
dasha_gmail(D("11-11 12:00"), "Re: " + disp_subject(n),
            "Добрый день! Ещё не выехали — ждём, пока музей согласует подъёмник и пропуск на машину "
            "(Ford Transit, Е 417 КХ 799). Как только будет пропуск — сразу го 🚀",
            L("review", note="отрицание: «ещё не выехали»; госномер — не номер заявки"),
            quote=(gmail_attr(D("11-11 11:30"), DISP), "Подскажите, когда ожидать бригаду по заявке 830451?\n\nДиспетчерская ОМИС"),
            reply=disp_mid(n))

d37 = D("11-12 10:45")
timur(d37, "830451", "выехали на объект, будем 11:30",
      L("decided", n, [], "подрядчик в пути", "«выехали НА объект»"), as_alt=False)
mid_37 = LETTERS[-1][1]["Message-ID"]
timur(D("11-12 11:35"), "Re: 830451", "приехали. машина Е417КХ799 на разгрузке у служебного входа, Петровка 25",
      L("decided", n, [], "подрядчик на месте", "«приехали»; номер машины и дома — не заявки"),
      quote=(gmail_attr(d37, TIMUR), "выехали на объект, будем 11:30"), reply=mid_37)

fo = D("11-12 15:47")
outlook(D("11-12 16:10"), ARTEM, "FW: 830451",
        "Коллеги, добрый вечер.\nПересылаю отчёт бригады по медиафасаду.\n\nС уважением,\nАртём Белов\n"
        "Генеральный директор ООО «Пиксель Бригада»\n+7 (495) 118-40-77\n\n"
        + outlook_block(fo, TIMUR, ARTEM, "830451") + "\n\n"
        "выехали с объекта в 15:40. фасад горит, все 12 секций ок, яркость вернули на 4500 нит по графику",
        L("decided", n, [], "подрядчик убыл", "Outlook-пересылка, «выехали С объекта» = убыли"))
mid_fw = LETTERS[-1][1]["Message-ID"]

# read receipt from Outlook (ignored)
dmdn = D("11-12 16:31")
mdn = MIMEMultipart("report", report_type="disposition-notification")
mdn.attach(part("Ваше сообщение\n\n  Кому: Артём Белов\n  Тема: Заявка № 830451 — Музей современного искусства «Арсенал-М»\n"
                "  Отправлено: 11.11.2026 9:03\n\nбыло прочитано 12.11.2026 16:31.\n", "plain", "windows-1251", "qp"))
dn = MIMEBase("message", "disposition-notification")
dn.set_payload("Reporting-UA: pixelbrigada.ru; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;artem@pixelbrigada.ru\r\n"
               f"Original-Message-ID: {disp_mid(n)}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
mdn.attach(dn)
finish(mdn, dmdn, ARTEM, "Прочитано: Заявка № 830451 — Музей современного искусства «Арсенал-М»", "outlook",
       cs="windows-1251", extra={"X-Mailer": "Microsoft Outlook 16.0"})
add(dmdn, mdn, L("ignored", note="уведомление о прочтении (MDN)"))

# ---------------------------------------------------------------- 830527 Библиотека №31
n = "830527"
d41 = D("11-12 11:00")
t41 = "Привет! #830527 приняли, Jira OPS-1466. Влад поедет завтра с утра."
dasha_gmail(d41, "#830527 принята ✅", t41,
            L("decided", n, [], "заявка принята", "номер с #"))
mid_41 = LETTERS[-1][1]["Message-ID"]
timur(D("11-12 12:10"), "Re: #830527 принята ✅", "выедем завтра к 9, по всем трём. влад + я",
      L("review", note="план на завтра, ничего не произошло"),
      quote=(gmail_attr(d41, DASHA), t41 + "\n\n" + DASHA_SIG), reply=mid_41, cc=[DASHA])

dasha_gmail(D("11-13 08:40"), "Re: Re: апдейт по 830112",
            "Коллеги, это уже не про Арсенал — пишу в эту ветку, чтобы быстрее.\n"
            "По 830527 (Библиотека №31, Ленинский 71): Влад выехал в 08:30, ETA ~40 мин.",
            L("decided", n, [], "подрядчик в пути", "ветка сменила тему: тело явно про 830527, тема — старая 830112"),
            quote=(gmail_attr(D("11-03 16:20"), DASHA), t4), reply=mid_3)

d43 = D("11-13 09:20")
vlad(d43, "830527", "Прибытие 09:15, бригада на объекте. Начинаем с лектория.",
     L("decided", n, [], "подрядчик на месте", "существительное «прибытие» + время"))
mid_43 = LETTERS[-1][1]["Message-ID"]

dasha_gmail(D("11-13 12:30"), "Re: #830527 принята ✅",
            "Апдейт 830527:\n- экран в фойе (1) и signage в холле (3) — done, чекнули, всё крутится\n"
            "- лекторий (2) — Влад ещё там, проектор не сводится по углам",
            L("review", note="разные статусы по позициям (1,3 готово; 2 — на месте)"),
            quote=(gmail_attr(d41, DASHA), t41), reply=mid_41)

vlad(D("11-13 14:00"), "Re: 830527", "Лекторий доделали, проектор свели, 1920х1200 ровно. Всё, уехали.",
     L("decided", n, ["2"], "подрядчик убыл", "лекторий = поз.2; разрешение — не номер"),
     quote=(D("11-13 12:45"), "Как будет по лекторию — напишите, пожалуйста.\n\nДиспетчерская ОМИС"),
     reply=mid_43, greet="Здравствуйте, Диспетчерская.")

# ---------------------------------------------------------------- 830113 (not in registry)
timur(D("11-16 11:00"), "830113", "мы на месте, экран в фойе. где ключ от щитовой?",
      L("review", note="830113 нет в реестре (опечатка?), плюс вопрос"), as_alt=False)

# ---------------------------------------------------------------- 830589 Соната
n = "830589"
dasha_gmail(D("11-16 09:40"), "Re: Re: апдейт",
            "Коллеги, пишу в эту ветку, чтобы не плодить: заявку 830589 по Сонате взяли в работу, Jira OPS-1502.\n"
            "Зал 2 сегодня после концерта (~22:30), зал 1 — завтра утром.",
            L("decided", n, [], "заявка принята", "тема без номера; в цитате — старый отчёт по 830147 «уехали»"),
            quote=(gmail_attr(D("11-04 13:40"), DASHA), t10), reply=mid_10)

d47 = D("11-16 22:40")
timur(d47, "830589 зал 2", "мы тут, концерт закончился, начинаем",
      L("decided", n, ["2"], "подрядчик на месте", "«мы тут»; зал 2 = поз.2"), as_alt=False)
mid_47 = LETTERS[-1][1]["Message-ID"]
d48 = D("11-17 01:15")
timur(d48, "Re: 830589 зал 2", "ЗАЛ 2 ГОТОВ. экран 3840×2160 P1.9, битых пикселей нет. свернулись, уехали",
      L("decided", n, ["2"], "подрядчик убыл", "капс, шаг пикселя и разрешение — не номера"),
      quote=(gmail_attr(d47, TIMUR), "мы тут, концерт закончился, начинаем"), reply=mid_47)
mid_48 = LETTERS[-1][1]["Message-ID"]

# Jira notification (ignored)
dj = D("11-17 01:16")
jt = ("Тимур Галиев changed the status of OPS-1502 to Done\n\n"
      "OPS-1502 Соната: зал 2 — LED-экран (заявка 830589, поз. 2)\n"
      "Status: In Progress → Done\nAssignee: Тимур Галиев\n\n"
      "View issue: https://jira.pixelbrigada.ru/browse/OPS-1502\n\n"
      "This message was sent by Atlassian Jira (v9.12.4#9120004-sha1:7d1a3f2)\n")
jh = ('<html><body><table style="font-family:Arial;font-size:14px"><tr><td><b>Тимур Галиев</b> changed the status of '
      '<a href="https://jira.pixelbrigada.ru/browse/OPS-1502">OPS-1502</a> to <b>Done</b></td></tr>'
      '<tr><td>OPS-1502 Соната: зал 2 — LED-экран (заявка 830589, поз. 2)</td></tr>'
      '<tr><td>Status: <s>In Progress</s> → <b>Done</b></td></tr>'
      '<tr><td style="color:#777;font-size:11px">This message was sent by Atlassian Jira (v9.12.4#9120004-sha1:7d1a3f2)</td></tr>'
      '</table></body></html>\n')
jm = alt(jt, jh, tcte="qp", hcte="qp")
finish(jm, dj, JIRA, "[JIRA] (OPS-1502) Соната: зал 2 — LED-экран (заявка 830589, поз. 2)", "other",
       extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk", "X-JIRA-FingerPrint": "a81f3c0d9e77b2",
              "List-Unsubscribe": "<https://jira.pixelbrigada.ru/secure/ViewProfile.jspa>"})
add(dj, jm, L("ignored", note="автоуведомление Jira о смене статуса тикета"))

d49 = D("11-17 10:00")
vlad(d49, "830589 - 1", "На мсете в большом зале, проекторы греем.",
     L("decided", n, ["1"], "подрядчик на месте", "опечатка «на мсете»; позиция после дефиса"))
mid_49 = LETTERS[-1][1]["Message-ID"]
dasha_spark(D("11-17 15:30"), "Re: 830589 - 1", "Done по позиции 1 ✅ Влад уехал в 15:10, сведение 2 проекторов ок.",
            L("decided", n, ["1"], "подрядчик убыл", "«done по позиции 1», уехал"),
            quote=(spark_attr(d49, VLAD), "На мсете в большом зале, проекторы греем."), reply=mid_49)

# ---------------------------------------------------------------- 830640 Музей городской истории
n = "830640"
dasha_gmail(D("11-17 12:30"), "Re: " + disp_subject(n), "Заявка 830640 — принята 👌 чекнем завтра с утра",
            L("decided", n, [], "заявка принята", "принята; завтра — план"),
            quote=(gmail_attr(disp_dt(n), DISP), disp_orig(n)), reply=disp_mid(n), sig=False)

dasha_gmail(D("11-17 17:45"), "Re: Пропуск на 18.11 — Музей городской истории",
            "Спасибо, пропуск получили 🙏 ок",
            L("review", note="благодарность за письмо диспетчера, статуса нет"),
            quote=(gmail_attr(D("11-17 17:20"), DISP),
                   "Направляем пропуск на 18.11 по заявке 830640 для сотрудников: Галиев Т., Корнеев В.\n"
                   "Машина Е 417 КХ 799 — въезд с Зубовского б-ра.\n\nДиспетчерская ОМИС"),
            sig=False)

d53 = D("11-18 09:10")
timur(d53, "830640 пп.1,2 выехали", "выезд 09:05, к вам в музей, минут 30",
      L("decided", n, ["1", "2"], "подрядчик в пути", "«пп.1,2» в теме; существительное «выезд» + время"), as_alt=False)
mid_53 = LETTERS[-1][1]["Message-ID"]
timur(D("11-18 10:00"), "Re: 830640 пп.1,2 выехали", "на месте",
      L("decided", n, ["1", "2"], "подрядчик на месте", "тема Re: со старым «выехали», тело — на месте; позиции из темы"),
      quote=(gmail_attr(d53, TIMUR), "выезд 09:05, к вам в музей, минут 30"), reply=mid_53)

# forward as attachment (message/rfc822)
d55 = D("11-18 15:00")
inner = part("видеостена зал 5 — заменили контроллер Novastar MCTRL660 (старый SN 66K2003191 забрали с собой),\n"
             "фойе — прошили плеер, контент идёт.\nуехали в 14:20\n", "plain", "utf-8", "b64")
finish(inner, D("11-18 14:24"), TIMUR, "830640 итог", "gmail", to=DASHA)
fwd = MIMEMultipart("mixed")
fwd.attach(alt("Форвардю отчёт Тимура по 830640 — во вложении.\n\n" + DASHA_SIG + "\n",
               '<div dir="ltr"><div>Форвардю отчёт Тимура по 830640 — во вложении.</div><div><br></div>'
               + "<br>".join(esc(x) for x in DASHA_SIG.split("\n")) + "</div>\n", hcte="b64"))
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="830640 итог.eml")
fwd.attach(att)
finish(fwd, d55, DASHA, "Fwd: 830640 итог", "gmail")
add(d55, fwd, L("decided", n, ["1", "2"], "подрядчик убыл",
                "пересылка вложением message/rfc822: зал 5 (поз.2) и фойе (поз.1), уехали"))

dasha_gmail(D("11-18 18:10"), "апдейт по 830640 и 830777",
            "Коллеги, вечерний апдейт:\n• 830640 — всё, закрыли, ребята уехали в 14:20\n"
            "• 830777 — Тимур на месте, смотрит медиаэкран, завтра вернётся с запчастями",
            L("review", note="две разные заявки в одном письме"))

# ---------------------------------------------------------------- 830777 Библиотека искусств
n = "830777"
dasha_gmail(D("11-18 10:00"), "Re: " + disp_subject(n), "Заявку № 830 777 приняли, засетапим на этой неделе 🙂",
            L("decided", n, [], "заявка принята", "номер с пробелом «830 777»"),
            quote=(gmail_attr(disp_dt(n), DISP), disp_orig(n)), reply=disp_mid(n))

d57 = D("11-19 09:30")
timur(d57, "830777 едем", "едем, ETA 15 мин. везём 2 блока питания и приёмную карту",
      L("decided", n, [], "подрядчик в пути", "«едем, ETA 15 мин»"), as_alt=False)
mid_57 = LETTERS[-1][1]["Message-ID"]
timur(D("11-19 13:05"), "Re: 830777 едем", "бригада освободилась, медиаэкран ок, всё горит 🔥",
      L("decided", n, [], "подрядчик убыл", "«бригада освободилась»; тема Re: со старым «едем»"),
      quote=(gmail_attr(d57, TIMUR), "едем, ETA 15 мин. везём 2 блока питания и приёмную карту"), reply=mid_57)

# ---------------------------------------------------------------- 830815 Библиотека-читальня №12
n = "830815"
dasha_gmail(D("11-19 11:20"), "Re: " + disp_subject(n),
            "Приняли ✅ 830815 в работе, OPS-1521. Тимур возьмёт завтра.",
            L("decided", n, [], "заявка принята", "HTML-only письмо"),
            quote=(gmail_attr(disp_dt(n), DISP), disp_orig(n)), reply=disp_mid(n), html_only=True, hcte="qp")

dva2 = D("11-19 11:26")
va2 = part("Здравствуйте!\n\nЯ в отпуске с 19 по 23 ноября, почту не читаю.\nПо текущим заявкам пишите Даше: "
           "dasha@pixelbrigada.ru, +7 (925) 118-44-02.\n\nВлад Корнеев\n", "plain", "koi8-r", "8bit")
finish(va2, dva2, VLAD, "Автоответ: Re: " + disp_subject(n), "bat", cs="koi8-r",
       reply_to_mid="<disp-830815-r.20261119@zakazchik-omis.ru>",
       extra={"Auto-Submitted": "auto-replied", "X-Mailer": "The Bat! (v10.4.2) Professional"})
add(dva2, va2, L("ignored", note="автоответ об отпуске"))

d61 = D("11-20 10:20")
timur(d61, "830815 поз2", "киоск. на месте", L("decided", n, ["2"], "подрядчик на месте", "«поз2» в теме"),
      as_alt=False)
mid_61 = LETTERS[-1][1]["Message-ID"]
timur(D("11-20 12:00"), "Re: 830815 поз2", "киоск всё, сенсор заменили (Elo 1590L, SN E8821407). по фойе и проектору — в пн",
      L("decided", n, ["2"], "подрядчик убыл", "киоск всё; 1 и 3 — план"),
      quote=(gmail_attr(d61, TIMUR), "киоск. на месте"), reply=mid_61)

# bounce (ignored)
dbo = D("11-20 09:02")
bo = MIMEMultipart("report", report_type="delivery-status")
bo.attach(part("This is the mail system at host mx.pixelbrigada.ru.\n\n"
               "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
               "                   The mail system\n\n<anton@pixelbrigada.ru>: user unknown (mailbox disabled)\n",
               "plain", "us-ascii", "8bit"))
ds = MIMEBase("message", "delivery-status")
_b1, _b2 = Message(), Message()
_b1["Reporting-MTA"] = "dns; mx.pixelbrigada.ru"
_b1["X-Postfix-Queue-ID"] = "4Qk7Tn2Zb5z1xN"
_b1["Arrival-Date"] = "Fri, 20 Nov 2026 09:02:11 +0300 (MSK)"
_b2["Final-Recipient"] = "rfc822; anton@pixelbrigada.ru"
_b2["Original-Recipient"] = "rfc822;anton@pixelbrigada.ru"
_b2["Action"] = "failed"
_b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "x-unix; user unknown"
ds.set_payload([_b1, _b2])
bo.attach(ds)
oh = Message()
oh["From"] = formataddr(DISP, charset="utf-8")
oh["To"] = "anton@pixelbrigada.ru"
oh["Subject"] = hdr_subject("Re: " + disp_subject(n))
oh["Date"] = format_datetime(D("11-20 09:01"))
oh["Message-ID"] = "<disp-830815-a.20261120@zakazchik-omis.ru>"
ohp = MIMEBase("text", "rfc822-headers")
ohp.set_payload(oh.as_string())
bo.attach(ohp)
finish(bo, dbo, DAEMON, "Undelivered Mail Returned to Sender", "other",
       extra={"Auto-Submitted": "auto-replied"})
add(dbo, bo, L("ignored", note="bounce: недоставка на уволившийся адрес"))

# complaint (review)
dasha_gmail(D("11-20 16:00"), "Re: 830589 зал 2",
            "Коллеги, в зале 2 снова кто-то выдернул питание контроллера после концерта — это не наш косяк 🙁\n"
            "Следующий выезд по такому кейсу будет платным по прайсу (выезд 6 500 ₽, договор № 17/26-ТО, прил. 2).\n"
            "Давайте обсудим регламент на созвоне?",
            L("review", note="жалоба + цена, статуса нет"),
            quote=(gmail_attr(d48, TIMUR), "ЗАЛ 2 ГОТОВ. экран 3840×2160 P1.9, битых пикселей нет. свернулись, уехали"),
            reply=mid_48)

d63 = D("11-23 14:00")
h63 = ('<div>Итог по 830815 за сегодня:</div><div><br></div>'
       '<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-family:Arial">'
       '<tr style="background:#222;color:#fff"><th>Позиция</th><th>Прибытие</th><th>Убытие</th><th>Комментарий</th></tr>'
       '<tr><td>1 — экран в фойе</td><td>10:05</td><td>12:30</td><td>заменили модуль 320×160, калибровка</td></tr>'
       '<tr><td>3 — проектор читального зала</td><td>10:05</td><td>13:10</td><td>чистка, прошивка 1.07 → 1.09</td></tr>'
       '</table><div><br></div><div>Акт по 830815 бухгалтерия пришлёт на неделе 🙌</div>')
dasha_gmail(d63, "830815 — итог по фойе и проектору", "", 
            L("decided", n, ["1", "3"], "подрядчик убыл",
              "HTML-only таблица по строкам: поз.1 и 3 прибытие и убытие, последнее событие — убыл"),
            html_body=h63, html_only=True)

# ---------------------------------------------------------------- newsletter (ignored)
dn_ = D("11-25 10:00")
nt = ("Пиксель Бригада · дайджест ноября\n\nЧто засетапили в ноябре:\n"
      "— медиафасад музея на Петровке: 12 секций, 4500 нит\n— LED-экран 3840×2160 P1.9 в камерном зале\n"
      "— 9 видеостен в городских библиотеках\n\nОтписаться: https://pixelbrigada.ru/unsubscribe?u=disp\n")
nh = ('<html><body style="background:#0b0b12;color:#fff;font-family:Helvetica"><h1>Пиксель Бригада · дайджест ноября</h1>'
      '<p>Что засетапили в ноябре:</p><ul><li>медиафасад музея на Петровке: 12 секций, 4500 нит</li>'
      '<li>LED-экран 3840×2160 P1.9 в камерном зале</li><li>9 видеостен в городских библиотеках</li></ul>'
      '<p style="font-size:11px"><a href="https://pixelbrigada.ru/unsubscribe?u=disp">Отписаться</a></p></body></html>\n')
nm = alt(nt, nh, tcte="qp", hcte="b64")
finish(nm, dn_, NEWS, "Ноябрь в пикселях: медиафасады, библиотеки и новый P1.9 ✨", "other",
       extra={"List-Unsubscribe": "<https://pixelbrigada.ru/unsubscribe?u=disp>, <mailto:unsubscribe@pixelbrigada.ru>",
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
              "List-Id": "Pixel Brigada digest <digest.pixelbrigada.ru>", "X-Mailer": "Unisender"})
add(dn_, nm, L("ignored", note="массовая рассылка (дайджест), List-Unsubscribe/Precedence: bulk"))

# =========================================================================== write out
LETTERS.sort(key=lambda x: x[0])
labels = {}
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
for i, (dt, msg, lab) in enumerate(LETTERS, 1):
    name = f"{i:03d}.eml"
    for sub in msg.walk():
        if sub is not msg and "Message-ID" not in sub and not isinstance(sub.get_payload(), list) and "MIME-Version" in sub:
            del sub["MIME-Version"]
        elif sub is not msg and sub.get_content_maintype() == "multipart" and "MIME-Version" in sub:
            del sub["MIME-Version"]
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n")))
    labels[name] = lab

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ООО «Пиксель Бригада»",
        "emails": [DASHA[1], TIMUR[1], VLAD[1], ARTEM[1], BUH[1], NEWS[1], JIRA[1], DAEMON[1]],
        "domains": ["pixelbrigada.ru"],
    },
    "requests": [{"number": k, "positions": v["pos"], "registered_at": v["reg"], "comment": reg_comment(k)}
                 for k, v in REQ.items()],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(LETTERS), Counter(l["expect"] for l in labels.values()))
