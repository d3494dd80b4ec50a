#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for persona AF: ООО «СтройРемонтСервис» (Ростов-на-Дону).
Writes registry.json, letters/NNN.eml, labels.json.
Writers:
  GP  – Корниенко Геннадий Петрович, начальник участка: Outlook 2010 (windows-1251, QP,
        multipart/alternative) in the office, The Bat! (KOI8-R, 8bit, 'ДО>' quoting) on the
        old laptop in the site cabin.
  AK  – Алина Ковалёва, офис-менеджер: Gmail on a laptop (UTF-8, base64, multipart/alternative).
  FM  – Николай (Микола) Бондаренко, бригадир: mail.ru app on an Android phone (UTF-8, base64),
        суржик, sometimes HTML-only.
"""
import json, os, html, random
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime
from email import charset as cs
from email.generator import BytesGenerator
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
MSK = timezone(timedelta(hours=3))
rnd = random.Random(30000)

DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
GP = ("Корниенко Геннадий Петрович", "g.kornienko@srs-rostov.ru")
AK = ("Алина Ковалёва", "alina.srs.rostov@gmail.com")
FM = ("Николай Бондаренко", "bondarenko.nik@mail.ru")
NEWS = ("СтройРемонтСервис", "news@srs-rostov.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@srs-rostov.ru")

def dt(d, hm):
    h, m = map(int, hm.split(":"))
    return datetime(2026, 11, d, h, m, rnd.randint(0, 59), tzinfo=MSK)

WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]

def ru_outlook_date(t):   # Outlook 2010 RU quote header
    return f"{WD_FULL[t.weekday()]}, {t.day} ноября 2026 г. {t.hour}:{t.minute:02d}"
def ru_gmail_date(t):
    return f"{WD_SHORT[t.weekday()]}, {t.day} нояб. 2026 г. в {t.hour:02d}:{t.minute:02d}"
def ru_bat_date(t):
    return f"{t.day} ноября 2026 г., {t.hour}:{t.minute:02d}"
def ru_mailru_date(t):
    return f"{WD_FULL[t.weekday()].capitalize()}, {t.day} ноября 2026, {t.hour}:{t.minute:02d} +03:00"

# ---------------------------------------------------------------- dispatch originals (for quoting)
DSIG = "--\nДиспетчерская служба ОМИС\nЛебедева Ольга Викторовна\ndispatch@zakazchik-omis.ru\n+7 (863) 300-41-17"
class Orig:
    def __init__(self, key, d, hm, subject, body, frm=DISP, to=None):
        self.key, self.t, self.subject, self.body, self.frm = key, dt(d, hm), subject, body, frm
        self.to = to or "СтройРемонтСервис"
        self.mid = f"<{self.t.strftime('%Y%m%d%H%M%S')}.{key}@zakazchik-omis.ru>"

O = {}
def orig(key, *a, **k):
    O[key] = Orig(key, *a, **k)

orig("30114", 2, "09:20", "Заявка № 30114 — ремонт кровли, склад ул. Доватора 144/3",
     "Добрый день.\n\nНаправляем заявку № 30114 от 02.11.2026.\nОбъект: складской комплекс, ул. Доватора, 144/3.\n"
     "Позиции:\n1 — кровля корпуса А (протечки в осях 3–6)\n2 — кровля корпуса Б\n3 — водосточная система корпусов А и Б\n"
     "Контакт на объекте: завсклад Мирошниченко С.А., +7 928 115-62-09.\n\n"
     "Просьба подтвердить принятие и сообщать о выезде, прибытии и убытии бригады.\n\n" + DSIG)
orig("30127", 3, "10:30", "Заявка № 30127 — протечка, пр. Будённовский 49",
     "Добрый день.\n\nСРОЧНО. Заявка № 30127: протечка кровли над кабинетом 305, вода по потолку.\n"
     "Объект: офис, пр. Будённовский, 49.\nПозиция 1 — кровля над левым крылом 3-го этажа.\n\n" + DSIG)
orig("30139", 4, "08:45", "Заявка № 30139 — фасад ТЦ, ул. Малиновского 25",
     "Добрый день.\n\nЗаявка № 30139.\nОбъект: ТЦ, ул. Малиновского, 25.\n"
     "1 — северный фасад, отслоение облицовочной плитки (угроза падения, установлено ограждение)\n"
     "2 — козырёк над центральным входом, протечка\n\n" + DSIG)
orig("30152", 5, "11:00", "Заявка № 30152 — герметизация межпанельных швов, ул. Текучёва 139",
     "Добрый день.\n\nЗаявка № 30152.\nОбъект: административное здание, ул. Текучёва, 139.\n"
     "Герметизация межпанельных швов, позиции по секциям здания:\n1 — секция 1 (оси 1–4)\n2 — секция 2 (оси 4–8)\n"
     "3 — секция 3 (оси 8–12)\n4 — секция 4 (оси 12–15)\nКомендант: Сергей Викторович, 8-928-104-33-71.\n\n" + DSIG)
orig("30168", 6, "09:30", "Заявка № 30168 — ремонт парапета, ул. Красноармейская 157",
     "Добрый день.\n\nЗаявка № 30168. Ремонт парапета (обрушение кирпичной кладки), ул. Красноармейская, 157.\n\n" + DSIG)
orig("30168gp", 6, "09:35", "Ремонт парапета Красноармейская 157",
     "Геннадий Петрович, добрый день.\n\nНаправляем заявку № 30168 по парапету на Красноармейской, 157. "
     "Кирпич падает на тротуар, участок огорожен лентой. Просим не затягивать.\n\n" + DSIG, to=GP[0])
orig("30175", 9, "10:00", "Заявка 30175 Шолохова 31 водостоки и отливы",
     "Добрый день.\n\nЗаявка 30175, магазин, ул. Шолохова, 31.\n1 — водосточные трубы (замена, 4 стояка)\n"
     "2 — оконные отливы фасада (9 шт.)\n\n" + DSIG)
orig("30183", 10, "13:00", "Заявка № 30183 — кровля гаражных боксов, ул. 2-я Краснодарская 98",
     "Добрый день.\n\nЗаявка № 30183, ремонт мягкой кровли гаражных боксов, ул. 2-я Краснодарская, 98.\n"
     "1 — бокс № 1\n2 — бокс № 2\n3 — бокс № 3\nПредлагаем совместный осмотр 11.11 в 10:00, приглашение направим.\n\n" + DSIG)
orig("30196", 11, "07:20", "АВАРИЙНАЯ Заявка № 30196 — протечка над серверной, пер. Газетный 51",
     "АВАРИЯ. Заявка № 30196. Протечка кровли над серверной, пер. Газетный, 51, 4 этаж. "
     "Вода на стойках, ИТ отключает оборудование. Нужна бригада немедленно.\n\n" + DSIG)
orig("30196q", 11, "07:45", "Re: АВАРИЙНАЯ Заявка № 30196 — протечка над серверной, пер. Газетный 51",
     "Алина, где бригада? Вода капает на стойки, ИТ-отдел звонит каждые пять минут.\n\n" + DSIG, to=AK[0])
orig("30196r", 11, "08:12", "Re: 30196",
     "Ждём, охрана предупреждена, вход со двора, ключ от выхода на кровлю у охранника.\n\n" + DSIG, to=FM[0])
orig("30204", 12, "09:00", "Заявка № 30204 — вентфасад, БЦ ул. Нагибина 32",
     "Добрый день.\n\nЗаявка № 30204, бизнес-центр, ул. Нагибина, 32.\n1 — панели вентфасада на уровне 3 этажа (сорваны ветром)\n"
     "2 — угловые панели, северо-восточный угол\n\n" + DSIG)
orig("30217", 16, "08:30", "Наряд-заявка № 30217 — кровля котельной, ул. Вавилова 62",
     "Добрый день.\n\nНаряд-заявка № 30217, котельная, ул. Вавилова, 62.\n1 — кровля котельной\n"
     "2 — примыкание к дымовой трубе\n3 — наружный водосток\n\n" + DSIG)
orig("30217k", 16, "10:04", "Заявка № 30217: ключи от кровли котельной",
     "Геннадий Петрович, ключи от выхода на кровлю котельной у дежурного оператора, тел. 8-863-245-11-09. "
     "Оператора предупредили.\n\n" + DSIG, to=GP[0])
orig("30217a", 19, "07:50", "Re: 30217 поз 3 — в дорозі",
     "Принято, ждём. Ключ у оператора.\n\n" + DSIG, to=FM[0])
orig("30229", 18, "10:00", "Заявка № 30229 — снегозадержатели, ул. Пушкинская 120",
     "Добрый день.\n\nЗаявка № 30229. Монтаж снегозадержателей и ремонт кровельного ограждения, ул. Пушкинская, 120.\n\n" + DSIG)
orig("act30229", 20, "09:00", "Акт по заявке 30229",
     "Алина, добрый день. Направляем акт выполненных работ № 312 от 19.11.2026 по заявке 30229, "
     "просим подписать и вернуть один экземпляр.\n\n" + DSIG, to=AK[0])
orig("30241", 20, "14:00", "Заявка № 30241 — примыкания у вентшахт, ул. Социалистическая 74",
     "Добрый день.\n\nЗаявка № 30241, ул. Социалистическая, 74.\n1 — примыкание кровли к вентшахте № 1\n"
     "2 — примыкание кровли к вентшахте № 2\n\n" + DSIG)
orig("act30241", 26, "07:55", "Акт по заявке 30241",
     "Геннадий Петрович, добрый день. Направляем акт № 327 по заявке 30241 на подпись.\n\n" + DSIG, to=GP[0])
orig("inv30183", 10, "13:30", "Приглашение: Совместный осмотр кровли гаражных боксов (заявка 30183)", "", to=AK[0])

# ---------------------------------------------------------------- helpers
def mkcs(name, body):
    c = cs.Charset(name)
    c.header_encoding = cs.BASE64
    c.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None}[body]
    return c

def text_part(text, sub, charset, cte):
    return MIMEText(text, sub, mkcs(charset, cte))

def esc(s):
    return html.escape(s, quote=False)

def set_headers(m, frm, t, subject, charset, mid, to=DISP, irt=None, refs=None, extra=None):
    m["From"] = formataddr(frm, charset=charset) if frm[0] else frm[1]
    m["To"] = formataddr(to, charset=charset)
    m["Subject"] = Header(subject, charset) if any(ord(ch) > 127 for ch in subject) else subject
    m["Date"] = format_datetime(t)
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in (extra or {}).items():
        m[k] = v
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"

FILES = {}
LABELS = {}
def save(n, m, label):
    name = f"{n:03d}.eml"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(m)
    data = buf.getvalue() if not isinstance(m, bytes) else m
    with open(os.path.join(LET, name), "wb") as f:
        f.write(data)
    LABELS[name] = label

def save_raw(n, raw, label):
    name = f"{n:03d}.eml"
    with open(os.path.join(LET, name), "wb") as f:
        f.write(raw)
    LABELS[name] = label

def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}
def R(note):
    return {"expect": "review", "note": note}
def I(note):
    return {"expect": "ignored", "note": note}

# --- Outlook 2010 (GP)
GP_SIG = ("С уважением,\nначальник участка\nООО «СтройРемонтСервис»\nКорниенко Геннадий Петрович\n"
          "тел. +7 (863) 256-14-80, моб. +7 928 761-40-53")

def outlook_quote_block(o):
    to = o.to if isinstance(o.to, str) else o.to
    return (f"От: {o.frm[0]} [mailto:{o.frm[1]}]\nОтправлено: {ru_outlook_date(o.t)}\n"
            f"Кому: {to}\nТема: {o.subject}\n\n{o.body}")

def outlook_html(body, quote_hdr=None, quote_body=None, table=None):
    def paras(txt):
        out = []
        for line in txt.split("\n"):
            if line.strip():
                out.append(f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>")
            else:
                out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        return "\n".join(out)
    h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
         '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
         '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head>'
         '<body lang=RU link=blue vlink=purple><div class=WordSection1>', paras(body)]
    if quote_hdr:
        h.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                 "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        lines = quote_hdr.split("\n")
        h.append("<p class=MsoNormal>" + "<br>".join(
            f"<b>{esc(l.split(':',1)[0])}:</b>{esc(l.split(':',1)[1])}" if ":" in l else esc(l) for l in lines) + "</p></div>")
        h.append(paras(quote_body))
    h.append("</div></body></html>")
    return "\n".join(h)

def gp_outlook(n, t, subject, body, label, reply_to=None, fwd_text=None, fwd_html_body=None, sig=True):
    full = body + ("\n\n" + GP_SIG if sig else "")
    plain = full
    qh = qb = None
    if reply_to is not None:
        o = O[reply_to]
        qh = (f"От: {o.frm[0]} [mailto:{o.frm[1]}]\nОтправлено: {ru_outlook_date(o.t)}\n"
              f"Кому: {o.to}\nТема: {o.subject}")
        qb = o.body
        plain = full + "\n\n" + qh + "\n\n" + qb
    if fwd_text:
        plain = full + "\n\n" + fwd_text
        qh, qb = fwd_text.split("\n\n", 1)
    m = MIMEMultipart("alternative", boundary=f"----=_NextPart_000_{rnd.randrange(16**4):04X}_01DD{rnd.randrange(16**4):04X}.{rnd.randrange(16**8):08X}")
    m.attach(text_part(plain, "plain", "windows-1251", "qp"))
    m.attach(text_part(outlook_html(full, qh, qb), "html", "windows-1251", "qp"))
    mid = f"<00{rnd.randrange(16**4):04x}01d{rnd.randrange(16**8):08x}${rnd.randrange(16**8):08x}${rnd.randrange(16**8):08x}@srs-rostov.ru>"
    irt = O[reply_to].mid if reply_to else None
    set_headers(m, GP, t, subject, "windows-1251", mid, irt=irt,
                extra={"X-Mailer": "Microsoft Outlook 14.0", "Thread-Index": "Ac" + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(26)),
                       "Content-Language": "ru"})
    save(n, m, label)

# --- The Bat! (GP, KOI8-R)
BAT_SIG = "-- \nС уважением,\n Геннадий Петрович                    mailto:g.kornienko@srs-rostov.ru"

def koi(s):
    # KOI8-R has no №, dashes or guillemets: The Bat! users get these replaced
    for a, b in (("№", "N"), ("–", "-"), ("—", "-"), ("«", '"'), ("»", '"'), ("…", "...")):
        s = s.replace(a, b)
    return s

def gp_bat(n, t, subject, body, label, reply_to=None, bottom=True, greet="Здравствуйте, Диспетчерская."):
    parts = [greet, ""]
    if reply_to:
        o = O[reply_to]
        q = f"Вы писали {ru_bat_date(o.t)}:\n\n" + "\n".join(("ДО> " + l) if l else "ДО>" for l in o.body.split("\n"))
        if bottom:
            parts += [q, "", body]
        else:
            parts += [body, "", q]
    else:
        parts += [body]
    parts += ["", "", BAT_SIG]
    text = koi("\n".join(parts) + "\n")
    subject = koi(subject)
    m = text_part(text, "plain", "koi8-r", "8bit")
    mid = f"<{rnd.randrange(10**8, 10**9)}.{t.strftime('%Y%m%d%H%M%S')}@srs-rostov.ru>"
    set_headers(m, GP, t, subject, "koi8-r", mid, irt=O[reply_to].mid if reply_to else None,
                extra={"X-Mailer": "The Bat! (v4.0.24) Professional", "Reply-To": formataddr(GP, charset="koi8-r"),
                       "Organization": "SRS Rostov"})
    save(n, m, label)

# --- Gmail (AK)
AK_SIG = "-- \nАлина Ковалёва\nофис-менеджер ООО «СтройРемонтСервис»\n+7 (863) 256-14-80 доб. 102"
AK_SIG_HTML = ('<div dir="ltr" class="gmail_signature"><div dir="ltr">Алина Ковалёва<br>офис-менеджер ООО «СтройРемонтСервис»'
               '<br>+7 (863) 256-14-80 доб. 102</div></div>')

def gmid():
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    return "<CA" + "".join(rnd.choice(a) for _ in range(40)) + "@mail.gmail.com>"

def gmail(n, t, subject, body, label, reply_to=None, html_body=None, fwd=None, irt_mid=None):
    """body: plain text; html_body: optional custom html for the top part; fwd: (hdr_lines, text)."""
    plain = body + "\n\n" + AK_SIG
    top_html = html_body or "<div dir=\"ltr\">" + "<br>".join(esc(l) if l else "" for l in body.split("\n")) + "<br clear=\"all\"><div><br></div>"
    top_html += "<span class=\"gmail_signature_prefix\">-- </span><br>" + AK_SIG_HTML + "</div>"
    qhtml = ""
    if reply_to:
        o = O[reply_to]
        attr = f"{ru_gmail_date(o.t)}, {o.frm[0]} <{o.frm[1]}>:"
        plain += "\n\n" + attr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in o.body.split("\n")) + "\n"
        qhtml = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + '<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + "<br>".join(esc(l) for l in o.body.split("\n")) + "</blockquote></div>")
    if fwd:
        hdr, ftxt = fwd
        plain = body + "\n\n---------- Forwarded message ---------\n" + "\n".join(hdr) + "\n\n\n" + ftxt + "\n\n" + AK_SIG
        top_html = "<div dir=\"ltr\">" + "<br>".join(esc(l) for l in body.split("\n")) + "<br><br>"
        top_html += ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                     + "<br>".join(esc(h) for h in hdr) + "<br></div><br><br>" + "<br>".join(esc(l) for l in ftxt.split("\n"))
                     + "</div><br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>" + AK_SIG_HTML + "</div>")
    m = MIMEMultipart("alternative", boundary="000000000000" + "".join(rnd.choice("0123456789abcdef") for _ in range(16)))
    m.attach(text_part(plain, "plain", "utf-8", "b64"))
    m.attach(text_part(top_html + qhtml, "html", "utf-8", "b64"))
    irt = irt_mid or (O[reply_to].mid if reply_to else None)
    set_headers(m, AK, t, subject, "utf-8", gmid(), irt=irt)
    save(n, m, label)

# --- mail.ru mobile (FM)
FM_SIG = "--\nОтправлено из мобильной Почты Mail.ru"
def mailru(n, t, subject, body, label, reply_to=None, html_only=False, sig=True, quote_text=None, quote_attr=None, irt_mid=None, cc=None):
    text = body + ("\n\n" + FM_SIG if sig else "")
    if reply_to or quote_text:
        if reply_to:
            o = O[reply_to]
            quote_attr = f"{ru_mailru_date(o.t)} от {o.frm[0]} <{o.frm[1]}>:"
            quote_text = o.body
        text += "\n\n\n>" + quote_attr + "\n>\n" + "\n".join(">" + l for l in quote_text.split("\n"))
    if html_only:
        hb = "<HTML><BODY>" + "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in body.split("\n"))
        if sig:
            hb += '<div>&nbsp;</div><div data-signature-widget="container"><div data-signature-widget="content"><div>--<br>Отправлено из мобильной Почты Mail.ru</div></div></div>'
        hb += "</BODY></HTML>"
        m = text_part(hb, "html", "utf-8", "b64")
    else:
        m = text_part(text, "plain", "utf-8", "b64")
    mid = f"<{int(t.timestamp())}.{rnd.randrange(10**8, 10**9)}@f{rnd.randrange(100, 999)}.i.mail.ru>"
    extra = {"X-Mailer": "Mail.Ru Android"}
    if cc:
        extra["Cc"] = cc
    set_headers(m, FM, t, subject, "utf-8", mid, irt=irt_mid or (O[reply_to].mid if reply_to else None), extra=extra)
    save(n, m, label)

# ================================================================= LETTERS
# 001 GP accepts 30114
gp_outlook(1, dt(2, "11:40"), "RE: Заявка № 30114 — ремонт кровли, склад ул. Доватора 144/3",
 "Добрый день, уважаемые коллеги!\n\n"
 "Сообщаю Вам, что согласно Вашей заявке № 30114 от 02.11.2026 г. по складскому комплексу на ул. Доватора, 144/3 "
 "работы нами приняты к исполнению. Кровлю корпусов А и Б я осматривал лично ещё в прошлом году, состояние мне известно: "
 "рулонный ковёр местами вздулся, на корпусе Б имеются трещины у парапета, воронки забиты.\n\n"
 "Бригада в составе трёх человек (старший – бригадир Бондаренко Н.) выйдет на объект завтра, 03.11, с утра, "
 "если не будет дождя. Синоптики обещают сухую погоду до четверга, так что рассчитываю управиться в срок.\n\n"
 "Материал (Унифлекс ЭПП – 6 рулонов, праймер битумный – 2 ведра) имеется у нас на складе.",
 D("30114", [], "заявка принята", "GP formally accepts the request; crew 'выйдет завтра' is only a plan"),
 reply_to="30114")

# 002 FM on the way 30114
mailru(2, dt(3, "08:05"), "30114",
 "доброго ранку. виїхали на Доватора, будемо хвилин через 40, пробка на Малиновського",
 D("30114", [], "подрядчик в пути", "surzhyk: 'виїхали на Доватора, будемо через 40 хв' = on the way; Малиновского is just traffic"))

# 003 FM on site pos 1
mailru(3, dt(3, "09:02"), "30114 поз 1",
 "на місці, почали з корпусу А. погода норм, сухо",
 D("30114", ["1"], "подрядчик на месте", "position in subject '30114 поз 1', body 'на місці'"))

# 004 AK accepts 30127
gmail(4, dt(3, "10:52"), "Re: Заявка № 30127 — протечка, пр. Будённовский 49",
 "Добрый день!\n\nЗаявку 30127 приняли в работу 👍\nГеннадий Петрович сообщит по выезду бригады.",
 D("30127", [], "заявка принята", "short Gmail acceptance"), reply_to="30127")

# 005 GP en route 30127
gp_outlook(5, dt(3, "13:10"), "RE: Заявка № 30127 — протечка, пр. Будённовский 49",
 "Добрый день.\n\n"
 "Сообщаю Вам, что по заявке № 30127 ввиду аварийного характера протечки я снял двух человек с объекта на ул. Доватора, "
 "и в 13.00 они выехали на Будённовский, 49 на автомобиле ГАЗель г/н А 347 КМ 161. Ориентировочное прибытие – 13.40, "
 "если на Большой Садовой не будет затора. С утра дождь усилился, поэтому работать будут по мере возможности, "
 "под плёнкой. Старший – Бондаренко Н., моб. +7 918 550-23-17.",
 D("30127", [], "подрядчик в пути", "crew left for the site at 13:00, ETA 13:40; car plate/phone are not request numbers"),
 reply_to="30127")

# 006 FM left 30127
mailru(6, dt(3, "16:45"), "Будьонівський 30127",
 "течу знайшли — біля виходу вентиляції порвало покриття. латку наплавили, в кабінеті 305 вже не капає.\n"
 "зібрались і поїхали звідти. завтра знов на Доватора",
 D("30127", [], "подрядчик убыл", "leak fixed, 'поїхали звідти' = left the site; 305 is an office room; tomorrow's plan is for another site without number"))

# 007 read receipt
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(text_part(
 "Ваше сообщение\n\n  Кому: Корниенко Геннадий Петрович\n  Тема: Заявка № 30139 — фасад ТЦ, ул. Малиновского 25\n"
 f"  Отправлено: 04.11.2026 8:45\n\nбыло прочитано 04.11.2026 9:30.\n", "plain", "windows-1251", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: srs-rostov.ru; Microsoft Outlook 14.0\r\nFinal-Recipient: rfc822;g.kornienko@srs-rostov.ru\r\n"
                f"Original-Message-ID: {O['30139'].mid}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
rr.attach(mdn)
set_headers(rr, GP, dt(4, "09:30"), "Прочитано: Заявка № 30139 — фасад ТЦ, ул. Малиновского 25", "windows-1251",
            f"<read.{rnd.randrange(10**9)}@srs-rostov.ru>", irt=O["30139"].mid, extra={"X-Mailer": "Microsoft Outlook 14.0"})
save(7, rr, I("Outlook read receipt (multipart/report disposition-notification)"))

# 008 GP accepts 30139, number only in subject
gp_outlook(8, dt(4, "12:15"), "RE: Заявка № 30139 — фасад ТЦ, ул. Малиновского 25",
 "Добрый день.\n\n"
 "Вашу заявку по фасаду ТЦ на Малиновского, 25 принял в работу. Отслоение облицовочной плитки на северной стороне "
 "видел лично, когда в октябре проезжал мимо, – уже тогда надо было ставить ограждение, хорошо, что поставили.\n\n"
 "Выезд планирую на 05.11 при условии, что не будет сильного ветра: на среду обещают порывы до 15 м/с, "
 "а с автовышки при таком ветре работать запрещено правилами, да и просто опасно.\n\n"
 "Прошу заблаговременно предупредить администрацию ТЦ, чтобы освободили парковку у северного входа.",
 D("30139", [], "заявка принята", "number only in the Re: subject; 'принял в работу'; visit on 05.11 is a plan"),
 reply_to="30139")

# 009 GP The Bat, 30114 pos1 done, bottom-posted under ДО> quote
gp_bat(9, dt(4, "17:20"), "Re: Заявка № 30114 — ремонт кровли, склад ул. Доватора 144/3",
 "Сообщаю, что по позиции 1 (кровля корпуса А) работы завершены полностью: вскрыто и заменено 140 кв.м покрытия, "
 "примыкания к парапету проклеены в два слоя, воронки прочищены. Бригада с корпуса А убыла в 16.50.\n\n"
 "По позиции 2 приступим завтра, 05.11, если дождь, который обещают на ночь, к утру закончится – "
 "по мокрому основанию наплавляемый материал класть нельзя, только испортим.",
 D("30114", ["1"], "подрядчик убыл", "bottom-post under 'ДО>' quote (quote lists positions 1-3, ignored); pos 1 finished, pos 2 only planned"),
 reply_to="30114", bottom=True)

# 010 FM HTML-only, 30139 on site
mailru(10, dt(5, "08:20"), "Малиновського 25 (30139)",
 "хлопці на місці, 3 людини. вишку чекаєм, обіцяли до 9\nогородження поки не знімаєм",
 D("30139", [], "подрядчик на месте", "HTML-only mail.ru letter; request number in brackets after the address"),
 html_only=True)

# 011 GP The Bat accepts 30152 (top-post)
gp_bat(11, dt(5, "14:00"), "Re: Заявка № 30152 — герметизация межпанельных швов, ул. Текучёва 139",
 "Настоящим подтверждаю, что заявка № 30152 нами принята.\n\n"
 "Сообщаю также, что для герметизации швов будет применяться мастика Технониколь № 71 и уплотнительный шнур "
 "Вилатерм ф40 (партия от 28.10.2026). Работать будем по секциям, по порядку с первой по четвёртую. "
 "Начнём в понедельник, 09.11, – на этой неделе все люди заняты на Малиновского и на Доватора.\n\n"
 "В бригаде два промышленных альпиниста с допусками, копии удостоверений вышлю отдельным письмом.",
 D("30152", [], "заявка принята", "KOI8-R The Bat!, top-post above 'ДО>' quote; 'Технониколь № 71' is a product, not a request"),
 reply_to="30152", bottom=False)

# 012 AK HTML table, 30114 pos 2,3 on site
rows = [("2", "Кровля корпуса Б", "бригада на месте, работы ведутся с 8:30"),
        ("3", "Водосточная система", "бригада на месте, работы ведутся с 8:30")]
tbl = ('<div dir="ltr">Добрый день!<br><br>По заявке 30114 (склад, ул. Доватора 144/3) обновление на сегодня:<br><br>'
       '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
       '<tr><th>Поз.</th><th>Объект</th><th>Статус</th></tr>'
       + "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
       + '</table><br>Позиция 1 закрыта вчера, Геннадий Петрович писал 🙂<br clear="all"><div><br></div>')
gmail(12, dt(5, "15:40"), "Заявка 30114 — статус по позициям",
 "Добрый день!\n\nПо заявке 30114 (склад, ул. Доватора 144/3) обновление на сегодня:\n\n"
 "Поз. | Объект | Статус\n2 | Кровля корпуса Б | бригада на месте, работы ведутся с 8:30\n"
 "3 | Водосточная система | бригада на месте, работы ведутся с 8:30\n\nПозиция 1 закрыта вчера, Геннадий Петрович писал 🙂",
 D("30114", ["2", "3"], "подрядчик на месте", "HTML table, one row per position, both 'на месте'; mention of pos 1 refers to an earlier report"),
 html_body=tbl)

# 013 AK wrong thread: subject 30127, body 30139 pos 2 done
gmail(13, dt(5, "16:30"), "Re: Заявка № 30127 — протечка, пр. Будённовский 49",
 "Добрый вечер!\n\nПо заявке 30139 (ТЦ на Малиновского) — козырёк над входом, поз. 2, сделали, бригада уехала 🙂\n"
 "По северному фасаду работы продолжатся завтра.",
 D("30139", ["2"], "подрядчик убыл", "wrong thread (subject/quote of 30127), body clearly names 30139 поз. 2 done; pos 1 only planned"),
 reply_to="30127")

# 014 AK accepts 30168
gmail(14, dt(6, "10:10"), "Re: Заявка № 30168 — ремонт парапета, ул. Красноармейская 157",
 "Здравствуйте!\n\nЗаявка 30168 принята ✅\nВыезд согласуем с Геннадием Петровичем, как только освободится бригада на Малиновского.",
 D("30168", [], "заявка принята", "acceptance; departure only planned"), reply_to="30168")

# 015 GP 30139 pos 1 done
gp_outlook(15, dt(6, "15:00"), "RE: Заявка № 30139 — фасад ТЦ, ул. Малиновского 25",
 "Добрый день.\n\n"
 "Сообщаю Вам, что по позиции 1 (северный фасад) отслоившаяся плитка демонтирована в количестве 38 шт., "
 "установлена новая на клей Церезит СМ 17 и дополнительно закреплена анкерами. Ограждение снято, мусор вывезен.\n\n"
 "Бригада убыла с объекта в 14.40, автовышку отпустили в 14.30 (путевой лист № 2214). Погода, слава Богу, позволила – "
 "ветер к обеду стих.",
 D("30139", ["1"], "подрядчик убыл", "pos 1 finished, crew left 14:40; путевой лист № 2214 is not a request"),
 reply_to="30139")

# 016 FM 30114 pos 2,3 done
mailru(16, dt(6, "17:10"), "30114-2, 3",
 "по Доватора всьо. дах на Б закінчили, водостоки повісили шо треба. поїхали на базу.\nв понеділок на Текучова",
 D("30114", ["2", "3"], "подрядчик убыл", "positions after dash in subject; finished and left for base; Monday plan is another site"))

# 017 FM 30152 pos 1,2 leaving now
mailru(17, dt(9, "07:50"), "Текучова",
 "30152 П1 П2 — виїжджаєм зараз з бази, альпіністи з нами. будем к 9",
 D("30152", ["1", "2"], "подрядчик в пути", "'виїжджаєм зараз з бази' = leaving now towards the site; П1 П2"))

# 018 GP 30152 on site sections 1 and 2
gp_outlook(18, dt(9, "09:10"), "RE: Заявка № 30152 — герметизация межпанельных швов, ул. Текучёва 139",
 "Доброе утро.\n\n"
 "Сообщаю Вам, что бригада в составе четырёх человек, из них два промышленных альпиниста, прибыла на объект по "
 "ул. Текучёва, 139 в 8.55 и приступила к работам по позициям 1 и 2 (секции 1 и 2). Погода пасмурная, +9, без осадков, "
 "для мастики годится. Коменданту здания Сергею Викторовичу (тел. 8-928-104-33-71) о начале работ сообщено.",
 D("30152", ["1", "2"], "подрядчик на месте", "arrived 8:55, working on positions 1 and 2; 139 is the house number, phone is not a request"),
 reply_to="30152")

# 019 GP The Bat accepts 30175 (bottom)
gp_bat(19, dt(9, "11:30"), "Re: Заявка 30175 Шолохова 31 водостоки и отливы",
 "Заявку 30175 по магазину на Шолохова, 31 приняли.\n\n"
 "Трубы водосточные Grand Line ф100 и отливы в цвет RAL 8017 заказал у поставщика, счёт № 1187 от 09.11.2026, "
 "обещают привезти завтра к 8 утра. Как привезут – сразу бригада и поедет.",
 D("30175", [], "заявка принята", "accepted; счёт № 1187 / RAL 8017 are not request numbers; trip is only planned"),
 reply_to="30175", bottom=True, greet="Здравствуйте, Ольга Викторовна.")

# 020 GP two requests in one letter
gp_outlook(20, dt(9, "16:20"), "Отчёт за 09.11",
 "Добрый день.\n\n"
 "Сообщаю, что сегодня вторая бригада (старший Ткач В.) закончила мелкие доделки по заявке 30114 на Доватора – "
 "подтянули хомуты на водостоке у корпуса Б, – и к 15.00 переехала на Красноармейскую, 157 по заявке 30168, "
 "где приступила к разборке аварийного участка парапета. Кирпич некондиционный, часть придётся заменить, "
 "завтра завезём 200 шт.\n\n"
 "Первая бригада работает на Текучёва, о чём я Вам утром писал.",
 R("two different requests (30114 and 30168) reported in one letter"))

# 021 AK forwards FM's message: 30175 on the way
gmail(21, dt(10, "08:15"), "Fwd: 30175",
 "Доброе утро!\nПересылаю от бригадира 👇",
 D("30175", [], "подрядчик в пути", "Gmail forward of the foreman's message 'виїхали на Шолохова 31' – forwarded report counts"),
 fwd=(["От: Николай Бондаренко <bondarenko.nik@mail.ru>", "Date: вт, 10 нояб. 2026 г. в 08:02",
       "Subject: 30175", "To: Алина Ковалёва <alina.srs.rostov@gmail.com>"],
      "труби забрали на складі, виїхали на Шолохова 31. будем хвилин через 20\n\n--\nОтправлено из мобильной Почты Mail.ru"))

# 022 FM replies all to the forward: on site, Latin look-alikes
mailru(22, dt(10, "09:05"), "Re: Fwd: 30175",
 "вжe нa місці. пoз 1 i 2 робимо разом, старі труби вже знімаєм",
 D("30175", ["1", "2"], "подрядчик на месте", "Latin look-alike letters (e, a, o, i); quoted forward with 'виїхали' is old history"),
 quote_attr=f"Вторник, 10 ноября 2026, 8:15 +03:00 от Алина Ковалёва <alina.srs.rostov@gmail.com>:",
 quote_text="Доброе утро!\nПересылаю от бригадира 👇\n\n---------- Forwarded message ---------\nОт: Николай Бондаренко <bondarenko.nik@mail.ru>\n"
            "Subject: 30175\n\nтруби забрали на складі, виїхали на Шолохова 31. будем хвилин через 20",
 cc=formataddr(AK, charset="utf-8"))

# 023 Gmail calendar reply
cal = MIMEMultipart("mixed")
alt = MIMEMultipart("alternative")
alt.attach(text_part("Алина Ковалёва принял(а) это приглашение.\n\nСовместный осмотр кровли гаражных боксов (заявка 30183)\n"
                     "Когда: среда, 11 ноября 2026 г.⋅10:00 – 11:00 (Москва)\nГде: ул. 2-я Краснодарская, 98\n\n"
                     "Приглашение из Google Календаря\n", "plain", "utf-8", "b64"))
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\n"
       "BEGIN:VEVENT\r\nDTSTART:20261111T070000Z\r\nDTEND:20261111T080000Z\r\nDTSTAMP:20261110T110500Z\r\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\nUID:30183-osmotr-20261111@zakazchik-omis.ru\r\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Алина Ковалёва:mailto:alina.srs.rostov@gmail.com\r\n"
       "SUMMARY:Совместный осмотр кровли гаражных боксов (заявка 30183)\r\nLOCATION:ул. 2-я Краснодарская\\, 98\r\n"
       "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cp = text_part(ics, "calendar", "utf-8", "b64"); cp.set_param("method", "REPLY")
alt.attach(cp)
cal.attach(alt)
set_headers(cal, AK, dt(10, "14:05"),
            "Принято: Совместный осмотр кровли гаражных боксов (заявка 30183) @ ср 11 нояб. 2026 10:00 - 11:00 (MSK) (dispatch@zakazchik-omis.ru)",
            "utf-8", gmid(), irt=O["inv30183"].mid, extra={"Sender": "Google Calendar <calendar-notification@google.com>"})
save(23, cal, I("Google Calendar meeting response (METHOD:REPLY), generated by the client"))

# 024 AK accepts 30183
gmail(24, dt(10, "15:30"), "Re: Заявка № 30183 — кровля гаражных боксов, ул. 2-я Краснодарская 98",
 "Добрый день!\n\nЗаявку 30183 взяли в работу. На осмотр завтра в 10:00 приедет Геннадий Петрович со старшим второй бригады, "
 "приглашение я приняла ✔️",
 D("30183", [], "заявка принята", "accepted; 2-я Краснодарская 98 is an address; inspection tomorrow is a plan"),
 reply_to="30183")

# 025 GP smeta / contract talk
gp_outlook(25, dt(10, "16:50"), "Смета по заявке 30152",
 "Добрый день.\n\n"
 "Направляю Вам на согласование локальную смету № 118-С по заявке 30152 (герметизация швов, Текучёва, 139) на сумму "
 "412 380 руб. 00 коп., в т.ч. НДС 20%. Объём по факту оказался больше заявленного: по секции 2 вместо 96 п.м. получилось "
 "131 п.м., швы раскрыты сильнее, чем было видно снизу, пришлось расшивать старую мастику.\n\n"
 "Прошу рассмотреть и, если возражений нет, подписать дополнительное соглашение к договору подряда № 47/2026-Р от 15.01.2026.\n"
 "Реквизиты прежние: ИНН 6165187342, КПП 616501001.",
 R("estimate/contract talk, no status reported"))

# 026 GP 30168 done, number only in the quoted dispatch mail
gp_outlook(26, dt(10, "17:30"), "RE: Ремонт парапета Красноармейская 157",
 "Ольга Викторовна, добрый вечер.\n\n"
 "Сообщаю Вам, что работы по парапету завершены: аварийный участок длиной около 4 метров разобран и переложен заново "
 "на цементно-песчаном растворе М150, поверх устроен отлив из оцинкованной стали. Строительный мусор вывезли, ленту "
 "ограждения сняли. Бригада убыла в 16.40.\n\n"
 "Раствору надо бы дня три набрать прочность, поэтому прошу пока не ставить на парапет рекламный баннер, "
 "о котором говорил арендатор.",
 D("30168", [], "подрядчик убыл", "reply to dispatch's personal mail; number 30168 only in the quoted original; work done, crew left; М150 is a mortar grade"),
 reply_to="30168gp")

# 027 AK accepts 30196
gmail(27, dt(11, "07:35"), "Re: АВАРИЙНАЯ Заявка № 30196 — протечка над серверной, пер. Газетный 51",
 "Доброе утро!\n\nЗаявку 30196 приняли, бригаду собираем, Геннадий Петрович уже позвонил Николаю.",
 D("30196", [], "заявка принята", "accepted; crew is only being assembled"), reply_to="30196")

# 028 AK negation
gmail(28, dt(11, "07:52"), "Re: АВАРИЙНАЯ Заявка № 30196 — протечка над серверной, пер. Газетный 51",
 "Ольга Викторовна, бригада ещё не выехала 😔 ждём машину, она на заправке.\nКак только выедут — сразу напишу.",
 R("negation: crew has NOT left yet; nothing to record"), reply_to="30196q")

# 029 FM caps on the way
mailru(29, dt(11, "08:10"), "30196",
 "АВАРІЙКА ГАЗЕТНИЙ 51 — ВИЇХАЛИ, БУДЕМ ЧЕРЕЗ 30 ХВ. ПЛІВКУ ВЗЯЛИ",
 D("30196", [], "подрядчик в пути", "caps, 'виїхали, будем через 30 хв' = on the way"), sig=False)

# 030 FM on site, typo, reply under dispatch quote
mailru(30, dt(11, "08:45"), "Re: 30196",
 "на мсте. лізем на дах, там воронка забита листям",
 D("30196", [], "подрядчик на месте", "typo 'на мсте'; quoted dispatch text is history"), reply_to="30196r")

# 031 GP 30183 arrived for inspection, workers started
gp_outlook(31, dt(11, "09:55"), "RE: Заявка № 30183 — кровля гаражных боксов, ул. 2-я Краснодарская 98",
 "Добрый день.\n\n"
 "Сообщаю Вам, что мы со старшим второй бригады Ткачом В. и двумя рабочими прибыли на ул. 2-я Краснодарская, 98 "
 "в 9.50, – несколько раньше назначенного времени. Представителя заказчика пока нет, ждём. Чтобы не терять время, "
 "рабочие приступили к очистке кровли боксов от листвы и мусора. Погода сухая, ветер слабый, +11.",
 D("30183", [], "подрядчик на месте", "crew arrived 9:50 and started cleaning; no position named"),
 reply_to="30183")

# 032 GP 30196 done
gp_outlook(32, dt(11, "13:30"), "RE: АВАРИЙНАЯ Заявка № 30196 — протечка над серверной, пер. Газетный 51",
 "Добрый день.\n\n"
 "Сообщаю Вам, что по Вашему обращению 30196 (пер. Газетный, 51) течь над серверной устранена. Причиной послужил разрыв "
 "кровельного ковра у воронки внутреннего водостока; сама воронка была забита листвой, вода стояла и шла под ковёр. "
 "Воронку прочистили, установили листвоуловитель, ковёр восстановили в два слоя на площади около 6 кв.м.\n\n"
 "Бригада освободилась в 12.15 и направлена мною на ул. Шолохова.",
 D("30196", [], "подрядчик убыл", "'обращению 30196'; leak fixed, 'бригада освободилась' = left; next site named without number"),
 reply_to="30196")

# 033 GP 30175 pos1 done, pos 2 later
gp_outlook(33, dt(11, "16:10"), "RE: Заявка 30175 Шолохова 31 водостоки и отливы",
 "Добрый день.\n\n"
 "Сообщаю, что по позиции 1 работы выполнены: старые водосточные трубы демонтированы, смонтировано 4 стояка ф100 общей "
 "длиной 27 п.м., воронки и колена заменены, крепления – на новых дюбелях.\n\n"
 "По позиции 2 (отливы) приступим, когда подсохнут откосы, – после вчерашнего дождя штукатурка сырая, герметик не ляжет. "
 "Думаю, завтра к обеду.",
 D("30175", ["1"], "подрядчик убыл", "pos 1 finished; pos 2 only planned -> decided for pos 1"),
 reply_to="30175")

# 034 FM 30152 pos1 pos2 done
mailru(34, dt(11, "17:40"), "30152",
 "поз1 поз2 готово, шви загерметили. зібрались, їдем на базу. завтра третя секція",
 D("30152", ["1", "2"], "подрядчик убыл", "'поз1 поз2 готово … їдем на базу'; tomorrow's section 3 is a plan"))

# 035 FM mixed statuses 30183
mailru(35, dt(12, "08:30"), "30183",
 "бокс 1 вчора закінчили, на 2 зараз хлопці ставлять, 3 ще не чіпали",
 R("different statuses for different positions: pos 1 finished, pos 2 in progress (mixed)"))

# 036 AK 30152 (3) on site
gmail(36, dt(12, "09:30"), "30152 (3)",
 "Доброе утро!\nБригада на месте с 9:20, начали секцию 3.",
 D("30152", ["3"], "подрядчик на месте", "position in brackets in subject '30152 (3)'"))

# 037 GP The Bat accepts 30204
gp_bat(37, dt(12, "10:00"), "Re: Заявка № 30204 — вентфасад, БЦ ул. Нагибина 32",
 "Заявку 30204 принимаю.\n\n"
 "Для работ на уровне третьего этажа и на углу здания понадобится автовышка 22 м, она у нас арендная, "
 "бронирую на понедельник, 16.11. Кассеты вентфасада (композит, цвет серебро) подберём из остатков, если не хватит – "
 "закажем, срок поставки до 5 рабочих дней.\n\nПрошу сообщить телефон охраны БЦ для согласования заезда.",
 D("30204", [], "заявка принята", "accepted; request for guard phone is an extra question, acceptance is clear"),
 reply_to="30204", bottom=True)

# 038 AK wrong thread: subject 30139, body 30183 boxes 1 and 2 done
gmail(38, dt(12, "14:00"), "Re: Заявка № 30139 — фасад ТЦ, ул. Малиновского 25",
 "Добрый день!\n\nПо заявке 30183: крыша на боксах 1 и 2 готова, бригада уехала.\nТретий бокс — в понедельник.",
 D("30183", ["1", "2"], "подрядчик убыл", "wrong thread (subject 30139), body clearly names 30183 boxes (positions) 1 and 2 done; box 3 planned"),
 reply_to="30139")

# 039 FM HTML-only, 30175 pos 2 done
mailru(39, dt(12, "15:30"), "30175 п.2",
 "відливи поставили, 9 штук, загерметили. все, поїхали",
 D("30175", ["2"], "подрядчик убыл", "HTML-only; 'п.2' in subject; finished and left"), html_only=True)

# 040 FM complaint
mailru(40, dt(13, "10:20"), "Нагибіна 30204",
 "охорона не пустила, кажуть пропусків на нас нема. простояли дві години під шлагбаумом і поїхали ні з чим.\n"
 "хто так робить?? передайте шоб пропуски зробили на понеділок",
 R("complaint: crew was not admitted and left without doing any work; not a completion"))

# 041 GP question
gp_outlook(41, dt(13, "15:00"), "RE: Заявка № 30204 — вентфасад, БЦ ул. Нагибина 32",
 "Добрый день.\n\n"
 "В связи с тем, что сегодня бригаду на объект не допустили, прошу Вас сообщить, с кем из администрации БЦ на Нагибина "
 "согласовать допуск людей и заезд автовышки (г/н К 512 ОР 161) на понедельник, 16.11. Список рабочих: Бондаренко Н., "
 "Ткач В., Гуменюк А., Лысенко П.\n\n"
 "Также прошу уточнить, можно ли временно складировать снятые кассеты во дворе у входа № 2.",
 R("question about access for Monday; no status reported"), reply_to="30204")

# 042 FM position that does not exist
mailru(42, dt(13, "16:00"), "30183 поз 4",
 "поз 4 готово — бокс 4 сусідній теж покрили, як ваш завгосп просив, матеріал лишився",
 R("request 30183 has only positions 1-3; position 4 is not in the registry"))

# 043 FM mixed statuses 30152
mailru(43, dt(13, "17:15"), "30152",
 "третю секцію закінчили, на четверту вже приїхали, альпіністи висять",
 R("different statuses: pos 3 finished, pos 4 on site (mixed)"))

# 044 FM 30183 (3) on site
mailru(44, dt(16, "08:20"), "30183 (3)",
 "хлопці вже тут, стелим третій. сухо",
 D("30183", ["3"], "подрядчик на месте", "'30183 (3)' in subject, 'хлопці вже тут'"))

# 045 AK wrong thread conflict: subject 30175, body Нагибина without number
gmail(45, dt(16, "08:40"), "Re: Заявка 30175 Шолохова 31 водостоки и отливы",
 "Доброе утро!\n\nБригада приехала на Нагибина, начинают снимать панели. Вышку в этот раз пропустили 👍",
 R("subject/quote is request 30175 (Шолохова) but body describes Нагибина (30204) without a number: conflicting, cannot record"),
 reply_to="30175")

# 046 AK accepts 30217, number only in subject
gmail(46, dt(16, "09:15"), "Re: Наряд-заявка № 30217 — кровля котельной, ул. Вавилова 62",
 "Здравствуйте!\n\nПринято в работу 👍 Бригада выйдет завтра с утра.",
 D("30217", [], "заявка принята", "number only in the Re: subject; tomorrow is a plan"), reply_to="30217")

# 047 FM 30204 pos1 on site
mailru(47, dt(16, "09:30"), "Нагибіна 30204",
 "П1 на місці, панелі знімаєм, вишка тут. цього разу пустили",
 D("30204", ["1"], "подрядчик на месте", "'П1 на місці'"))

# 048 bounce
bounce = (
 "Return-Path: <>\r\n"
 f"Date: {format_datetime(dt(16, '10:05'))}\r\n"
 "From: MAILER-DAEMON@srs-rostov.ru (Mail Delivery System)\r\n"
 "To: dispatch@zakazchik-omis.ru\r\n"
 "Subject: Undelivered Mail Returned to Sender\r\n"
 f"Message-Id: <20261116070512.4F1C22A0153@mx.srs-rostov.ru>\r\n"
 "Auto-Submitted: auto-replied\r\n"
 "MIME-Version: 1.0\r\n"
 "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"4F1C22A0153.1794812712/mx.srs-rostov.ru\"\r\n"
 "\r\n"
 "This is a MIME-encapsulated message.\r\n\r\n"
 "--4F1C22A0153.1794812712/mx.srs-rostov.ru\r\n"
 "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
 "This is the mail system at host mx.srs-rostov.ru.\r\n\r\n"
 "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. It's attached below.\r\n\r\n"
 "For further assistance, please send mail to postmaster.\r\n\r\n"
 "                   The mail system\r\n\r\n"
 "<g.kornienko@srs-rostov.ru>: user quota exceeded: mailbox is full (in reply to RCPT TO command)\r\n\r\n"
 "--4F1C22A0153.1794812712/mx.srs-rostov.ru\r\n"
 "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
 "Reporting-MTA: dns; mx.srs-rostov.ru\r\nX-Postfix-Queue-ID: 4F1C22A0153\r\nArrival-Date: Mon, 16 Nov 2026 10:04:58 +0300 (MSK)\r\n\r\n"
 "Final-Recipient: rfc822; g.kornienko@srs-rostov.ru\r\nAction: failed\r\nStatus: 5.2.2\r\n"
 "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n\r\n"
 "--4F1C22A0153.1794812712/mx.srs-rostov.ru\r\n"
 "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
 f"From: =?utf-8?b?{__import__('base64').b64encode('Диспетчерская ОМИС'.encode()).decode()}?= <dispatch@zakazchik-omis.ru>\r\n"
 "To: g.kornienko@srs-rostov.ru\r\n"
 f"Subject: =?utf-8?b?{__import__('base64').b64encode(O['30217k'].subject.encode()).decode()}?=\r\n"
 f"Message-ID: {O['30217k'].mid}\r\nDate: {format_datetime(O['30217k'].t)}\r\n\r\n"
 "--4F1C22A0153.1794812712/mx.srs-rostov.ru--\r\n").encode("ascii")
save_raw(48, bounce, I("delivery failure report (bounce) from MAILER-DAEMON, mentions request 30217 only in returned headers"))

# 049 GP The Bat, 30217 on the way
gp_bat(49, dt(17, "07:40"), "Re: Наряд-заявка № 30217 — кровля котельной, ул. Вавилова 62",
 "Сообщаю Вам, что бригада в составе трёх человек выехала с базы на объект по ул. Вавилова, 62.\n"
 "Выезд – 7.30. На дорогах гололедица после ночного заморозка, на Северном мосту тянется, поэтому прибытие "
 "ориентировочно к 8.30, не раньше.\n\nКлючи от кровли, как мне сказали по телефону, у дежурного оператора.",
 D("30217", [], "подрядчик в пути", "'выехала с базы на объект', noun 'Выезд – 7.30', ETA 8:30"),
 reply_to="30217", bottom=True)

# 050 FM no number
mailru(50, dt(17, "10:15"), "на объекте",
 "хлопці на місці, почали. матеріал завезли, фото скину пізніше",
 R("no request number at all; several requests open that day"))

# 051 FM 30217 pos1 on site
mailru(51, dt(17, "12:00"), "30217",
 "поз 1 на місці з 8:40, старе покриття знімаєм. поз 2 після обіду",
 D("30217", ["1"], "подрядчик на месте", "pos 1 on site since 8:40; pos 2 only planned"))

# 052 GP 30183 pos 3: arrival + departure
gp_outlook(52, dt(17, "16:00"), "RE: Заявка № 30183 — кровля гаражных боксов, ул. 2-я Краснодарская 98",
 "Добрый день.\n\n"
 "Сообщаю Вам, что по 3-му боксу (позиция 3) работы закончены. Прибытие бригады – 16.11 в 8.15, работы велись два дня: "
 "снят старый рубероид, основание просушено газовой горелкой, уложен Биполь ЭКП в один слой с заходом на стену 30 см. "
 "Убытие – 17.11 в 15.10, объект осмотрен и принят завгаром Ивановым А.С.\n\n"
 "Таким образом, по боксам работы выполнены полностью.",
 D("30183", ["3"], "подрядчик убыл", "arrival 16.11 and departure 17.11 both reported -> latest event (убыл) for pos 3"),
 reply_to="30183")

# 053 GP 30152 pos 3,4 done
gp_outlook(53, dt(17, "17:00"), "RE: Заявка № 30152 — герметизация межпанельных швов, ул. Текучёва 139",
 "Добрый вечер.\n\n"
 "Сообщаю Вам о завершении работ по позициям 3 и 4 (секции 3 и 4): герметизация межпанельных швов выполнена в полном "
 "объёме, всего по объекту 512 п.м. Бригада с альпинистским снаряжением убыла с объекта в 16.30.\n\n"
 "Исполнительную документацию и акт передам после подписания допсоглашения по смете № 118-С.",
 D("30152", ["3", "4"], "подрядчик убыл", "'завершении работ по позициям 3 и 4', crew left 16:30; 512 п.м. / смета № 118-С not requests"),
 reply_to="30152")

# 054 GP forwards foreman's message (Outlook FW)
gp_outlook(54, dt(18, "08:10"), "FW: 30217",
 "Доброе утро.\n\nПересылаю Вам сообщение бригадира Бондаренко Н. по котельной на Вавилова, 62 – вчера вечером "
 "не успел отправить, был на другом объекте.",
 D("30217", ["1", "2"], "подрядчик убыл", "Outlook forward of the foreman's report 'п.1 та п.2 закінчили, поїхали' – forwarded report counts"),
 fwd_text="-----Original Message-----\nFrom: Николай Бондаренко [mailto:bondarenko.nik@mail.ru]\nSent: Tuesday, November 17, 2026 6:12 PM\n"
          "To: Корниенко Геннадий Петрович\nSubject: 30217\n\nГеннадій Петрович, по котельні п.1 та п.2 закінчили, "
          "трубу обробили. поїхали. завтра водостік\n\n--\nОтправлено из мобильной Почты Mail.ru")

# 055 GP accepts 30229
gp_outlook(55, dt(18, "11:20"), "RE: Заявка № 30229 — снегозадержатели, ул. Пушкинская 120",
 "Добрый день.\n\n"
 "Сообщаю Вам, что заявка № 30229 нами принята в работу. Снегозадержатели трубчатые (длина 3 м, 8 секций) и крепёж "
 "в наличии. Время года, как Вы понимаете, подходящее: в прошлом году в конце ноября уже лёг снег, а с крыши на "
 "Пушкинской сход снега прямо на тротуар, так что тянуть не стоит.\n\n"
 "Сроки выезда сообщу дополнительно, по готовности второй бригады.",
 D("30229", [], "заявка принята", "formal acceptance; departure date to be announced"), reply_to="30229")

# 056 AK 30204 pos 1,2 done
gmail(56, dt(18, "16:50"), "Re: Заявка № 30204 — вентфасад, БЦ ул. Нагибина 32",
 "Добрый день!\n\n30204 — поз. 1 и поз. 2: выполнено ✅ бригада убыла в 16:40.\nАкт подготовим завтра.",
 D("30204", ["1", "2"], "подрядчик убыл", "'выполнено, бригада убыла' for поз. 1 and поз. 2"), reply_to="30204")

# 057 FM plan
mailru(57, dt(18, "17:00"), "Пушкінська",
 "завтра з ранку виїжджаєм на Пушкінську, 30229. снігозатримувачі вже в машині",
 R("plan for tomorrow ('завтра з ранку виїжджаєм'), nothing happened yet"))

# 058 FM 30217 pos 3 on the way
mailru(58, dt(19, "07:45"), "30217 поз 3 — в дорозі",
 "їдемо на Вавилова, будем до 8:30",
 D("30217", ["3"], "подрядчик в пути", "'в дорозі', 'їдемо … будем до 8:30'"))

# 059 AK 30229 on the way
gmail(59, dt(19, "08:05"), "Re: Заявка № 30229 — снегозадержатели, ул. Пушкинская 120",
 "Доброе утро!\n\nПо заявке #30229 бригада выехала на объект 🚐 Будут примерно в 9.",
 D("30229", [], "подрядчик в пути", "'выехала на объект' (to the site) = on the way"), reply_to="30229")

# 060 FM Re: old status subject, body newer
mailru(60, dt(19, "08:40"), "Re: 30217 поз 3 — в дорозі",
 "ми вже на місці, поз 3, водостік знімаєм",
 D("30217", ["3"], "подрядчик на месте", "Re: subject still says 'в дорозі' but body reports arrival"),
 reply_to="30217a")

# 061 AK typo number not in registry
gmail(61, dt(19, "09:20"), "30292",
 "Бригада на месте с 9:10 👍",
 R("30292 is not in the registry (probably a typo); cannot record"))

# 062 AK 30217 pos 3 done
gmail(62, dt(19, "14:30"), "30217 поз3",
 "Добрый день!\nВодосток поправили, бригада освободилась в 14:20. По котельной на этом всё 🙂",
 D("30217", ["3"], "подрядчик убыл", "'поз3' in subject; 'бригада освободилась' = left"))

# 063 GP The Bat 30229: arrival and departure
gp_bat(63, dt(19, "16:30"), "Re: Заявка № 30229 — снегозадержатели, ул. Пушкинская 120",
 "Сообщаю, что по заявке 30229 бригада прибыла на объект в 9.10. Смонтировано 24 м трубчатых снегозадержателей "
 "в два ряда над тротуаром, восстановлено 11 м кровельного ограждения, крепления протянуты. "
 "Работы закончены, бригада убыла в 16.05. Погода весь день стояла пасмурная, но без осадков, управились за один день.",
 D("30229", [], "подрядчик убыл", "arrival 9:10 and departure 16:05 in one letter -> latest (убыл)"),
 reply_to="30229", bottom=True)

# 064 AK thanks for act
gmail(64, dt(20, "10:30"), "Re: Акт по заявке 30229",
 "Спасибо, получили! Подписанный экземпляр передадим курьером в понедельник 🙂",
 R("acknowledgement of the dispatcher's act, no status"), reply_to="act30229")

# 065 newsletter
nl = MIMEMultipart("alternative")
nl.attach(text_part("Зимние цены на кровельные работы!\n\nООО «СтройРемонтСервис» – скидка 10% на ремонт мягкой кровли "
                    "и монтаж снегозадержателей до 31.12.2026.\nВ ноябре мы выполнили 12 заявок: склады, офисы, торговые центры.\n\n"
                    "Звоните: +7 (863) 256-14-80\n\nОтписаться: https://srs-rostov.ru/unsubscribe?id=8841\n", "plain", "utf-8", "b64"))
nl.attach(text_part('<html><body><h2>Зимние цены на кровельные работы!</h2><p>ООО «СтройРемонтСервис» – скидка <b>10%</b> на ремонт '
                    'мягкой кровли и монтаж снегозадержателей до 31.12.2026.</p><p>В ноябре мы выполнили 12 заявок: склады, офисы, '
                    'торговые центры.</p><p>Звоните: +7 (863) 256-14-80</p><p style="font-size:10px"><a href="https://srs-rostov.ru/unsubscribe?id=8841">'
                    'Отписаться от рассылки</a></p></body></html>', "html", "utf-8", "b64"))
set_headers(nl, NEWS, dt(20, "12:00"), "Зимние цены на кровельные работы — скидка 10%", "utf-8",
            f"<news.202611.{rnd.randrange(10**6)}@srs-rostov.ru>",
            extra={"Precedence": "bulk", "List-Id": "SRS news <news.srs-rostov.ru>",
                   "List-Unsubscribe": "<mailto:unsubscribe@srs-rostov.ru?subject=unsubscribe>, <https://srs-rostov.ru/unsubscribe?id=8841>",
                   "X-Mailer": "SendPulse"})
save(65, nl, I("marketing mailing list (Precedence: bulk, List-Unsubscribe)"))

# 066 GP promise: will accept after estimate
gp_outlook(66, dt(20, "15:10"), "RE: Заявка № 30241 — примыкания у вентшахт, ул. Социалистическая 74",
 "Добрый день.\n\n"
 "Заявку № 30241 получил. Сообщаю Вам, что примыкания у вентшахт на Социалистической, 74 мы уже ремонтировали "
 "в 2024 году по договору № 12/2024-Р, и гарантийный срок на них истёк в сентябре. Объём, судя по описанию, "
 "больше прежнего – придётся менять фартуки из оцинковки.\n\n"
 "Примем заявку в работу после согласования сметы, смету направлю в понедельник.",
 R("conditional promise ('примем в работу после согласования сметы'), not yet accepted"),
 reply_to="30241")

# 067 AK accepts 30241
gmail(67, dt(23, "09:00"), "Re: Заявка № 30241 — примыкания у вентшахт, ул. Социалистическая 74",
 "Доброе утро!\n\nСмету согласовали, заявку 30241 приняли в работу ✅\nВыезд завтра утром.",
 D("30241", [], "заявка принята", "acceptance after estimate approved"), reply_to="30241")

# 068 FM Latin look-alikes, 30241 pos 1 on site
mailru(68, dt(24, "09:10"), "30241",
 "пoз.1 бригада нa мeсте, вентшахта 1, фартуки знимаєм",
 D("30241", ["1"], "подрядчик на месте", "Latin o/a/e inside Cyrillic words; 'вентшахта 1' matches pos 1"))

# 069 GP pos 1 done 'выехали с объекта'
gp_outlook(69, dt(24, "17:10"), "RE: Заявка № 30241 — примыкания у вентшахт, ул. Социалистическая 74",
 "Добрый вечер.\n\n"
 "Сообщаю Вам, что по первой позиции работы окончены: фартуки из оцинкованной стали 0,55 мм заменены, примыкание "
 "проклеено Техноэластом, швы промазаны герметиком. Выехали с объекта в 16.50, уже в темноте – ноябрь, день короткий.\n\n"
 "По второй позиции – завтра с утра, если погода позволит.",
 D("30241", ["1"], "подрядчик убыл", "'выехали С объекта' = left; pos 2 only planned"), reply_to="30241")

# 070 AK pos 2 on the way 'выехала на объект'
gmail(70, dt(25, "08:15"), "Re: Заявка № 30241 — примыкания у вентшахт, ул. Социалистическая 74",
 "Доброе утро!\n\nПо второй позиции бригада выехала на объект, будут минут через 20.",
 D("30241", ["2"], "подрядчик в пути", "'по второй позиции … выехала НА объект' = on the way"), reply_to="30241")

# 071 FM 30241-2 done
mailru(71, dt(25, "15:40"), "30241-2",
 "зробили, все. прибрали за собою, сміття вивезли",
 D("30241", ["2"], "подрядчик убыл", "position after dash in subject; 'зробили, все' = finished"))

# 072 Outlook out-of-office
ooo = MIMEMultipart("alternative")
ooo.attach(text_part("Добрый день!\n\nС 26.11 по 30.11.2026 нахожусь в отпуске. По вопросам заявок прошу обращаться к офис-менеджеру "
                     "Ковалёвой Алине, тел. +7 (863) 256-14-80 доб. 102.\n\nС уважением,\nКорниенко Г.П.", "plain", "windows-1251", "qp"))
ooo.attach(text_part(outlook_html("Добрый день!\n\nС 26.11 по 30.11.2026 нахожусь в отпуске. По вопросам заявок прошу обращаться "
                     "к офис-менеджеру Ковалёвой Алине, тел. +7 (863) 256-14-80 доб. 102.\n\nС уважением,\nКорниенко Г.П."), "html", "windows-1251", "qp"))
set_headers(ooo, GP, dt(26, "07:56"), "Автоответ: Акт по заявке 30241", "windows-1251",
            f"<ooo.{rnd.randrange(10**9)}@srs-rostov.ru>", irt=O["act30241"].mid,
            extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-Mailer": "Microsoft Outlook 14.0"})
save(72, ooo, I("Outlook out-of-office auto-reply"))

# 073 Gmail vacation responder
vac = MIMEMultipart("alternative")
vac.attach(text_part("Здравствуйте!\nЯ в отпуске до 7 декабря, почту не читаю. По срочным вопросам звоните в офис: +7 (863) 256-14-80.\n"
                     "Алина", "plain", "utf-8", "b64"))
vac.attach(text_part('<div dir="ltr">Здравствуйте!<br>Я в отпуске до 7 декабря, почту не читаю. По срочным вопросам звоните в офис: '
                     '+7 (863) 256-14-80.<br>Алина</div>', "html", "utf-8", "b64"))
set_headers(vac, AK, dt(27, "10:02"), "Отпуск до 7 декабря", "utf-8", gmid(), irt="<20261127100100.30241q@zakazchik-omis.ru>",
            extra={"Auto-Submitted": "auto-replied"})
save(73, vac, I("Gmail vacation auto-responder"))

# ================================================================= registry, labels
registry = {
 "contractor": {"name": "ООО «СтройРемонтСервис»",
                "emails": [GP[1], AK[1], FM[1], NEWS[1], DAEMON[1]],
                "domains": ["srs-rostov.ru"]},
 "requests": [
  {"number": "30114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
   "comment": "Склад, ул. Доватора 144/3: 1 – кровля корпуса А, 2 – кровля корпуса Б, 3 – водосточная система"},
  {"number": "30127", "positions": ["1"], "registered_at": "2026-11-03T10:25:00+03:00",
   "comment": "Офис, пр. Будённовский 49: протечка кровли над 3 этажом"},
  {"number": "30139", "positions": ["1", "2"], "registered_at": "2026-11-04T08:40:00+03:00",
   "comment": "ТЦ, ул. Малиновского 25: 1 – северный фасад (плитка), 2 – козырёк входа"},
  {"number": "30152", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T10:55:00+03:00",
   "comment": "Адм. здание, ул. Текучёва 139: герметизация швов, позиции = секции 1–4"},
  {"number": "30168", "positions": ["1"], "registered_at": "2026-11-06T09:25:00+03:00",
   "comment": "ул. Красноармейская 157: ремонт парапета"},
  {"number": "30175", "positions": ["1", "2"], "registered_at": "2026-11-09T09:55:00+03:00",
   "comment": "Магазин, ул. Шолохова 31: 1 – водосточные трубы, 2 – оконные отливы"},
  {"number": "30183", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T12:55:00+03:00",
   "comment": "Гаражные боксы, ул. 2-я Краснодарская 98: позиции = боксы 1–3"},
  {"number": "30196", "positions": ["1"], "registered_at": "2026-11-11T07:15:00+03:00",
   "comment": "АВАРИЯ: протечка над серверной, пер. Газетный 51"},
  {"number": "30204", "positions": ["1", "2"], "registered_at": "2026-11-12T08:55:00+03:00",
   "comment": "БЦ, ул. Нагибина 32: 1 – панели вентфасада 3 этаж, 2 – угловые панели"},
  {"number": "30217", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:25:00+03:00",
   "comment": "Котельная, ул. Вавилова 62: 1 – кровля, 2 – примыкание к дымовой трубе, 3 – водосток"},
  {"number": "30229", "positions": ["1"], "registered_at": "2026-11-18T09:55:00+03:00",
   "comment": "ул. Пушкинская 120: снегозадержатели и кровельное ограждение"},
  {"number": "30241", "positions": ["1", "2"], "registered_at": "2026-11-20T13:55:00+03:00",
   "comment": "ул. Социалистическая 74: 1 – примыкание к вентшахте № 1, 2 – к вентшахте № 2"},
 ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
from collections import Counter
print(len(LABELS), Counter(v["expect"] for v in LABELS.values()))
