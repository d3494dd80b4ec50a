#!/usr/bin/env python3
# Generator of test letters for persona AL: ООО «ВодоУчёт» (Казань).
import base64, quopri, json, os, datetime, hashlib
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy as _pol
import io

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

GUL = ("Сафина Гульнара", "g.safina@vodouchet-kzn.ru")
ILD = ("Ильдар Хасанов", "hasanov.ildar@mail.ru")
ART = ("Кузнецов Артём", "kuznetsov@vodouchet-kzn.ru")
RAM = ("Рамиль Зиннатуллин", "ramil.z79@yandex.ru")
LIL = ("Мухаметзянова Лилия", "buh@vodouchet-kzn.ru")
GAL = ("Галиев Рустем Фаридович", "galiev@vodouchet-kzn.ru")
OFF = ("ООО ВодоУчёт", "office@vodouchet-kzn.ru")
NEWS = ("ВодоУчёт", "news@vodouchet-kzn.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@vodouchet-kzn.ru")

def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)

def rus_date_long(d):
    months = ["января","февраля","марта","апреля","мая","июня","июля","августа",
              "сентября","октября","ноября","декабря"]
    return f"{d.day} {months[d.month-1]} {d.year} г. {d.hour}:{d.minute:02d}"

# ---------- customer's original requests (for quoting) ----------
REG = [
 ("46012", ["1","2","3"], "2026-11-02 08:40:00", "ул. Чистопольская, 61: п.1 кв.14 ХВС+ГВС, п.2 кв.27 ХВС+ГВС, п.3 кв.33 ГВС",
  "Заявка № 46012 — замена ИПУ ХВС/ГВС, ул. Чистопольская, 61",
  "Добрый день!\nНаправляем заявку № 46012 на замену индивидуальных приборов учёта воды.\nАдрес: г. Казань, ул. Чистопольская, д. 61.\nПозиции:\n1 — кв. 14, замена ХВС и ГВС\n2 — кв. 27, замена ХВС и ГВС\n3 — кв. 33, замена ГВС\nСрок — до 06.11.2026. Просьба подтвердить принятие.\n\nДиспетчер Никитина О.П.\nОМИС, тел. (843) 211-00-47"),
 ("46015", ["1","2"], "2026-11-02 10:15:00", "пр. Победы, 100 к.2: п.1 кв.5, п.2 кв.88 — опломбировка после самостоятельной замены",
  "Заявка № 46015 опломбировка, пр. Победы, 100 к.2",
  "Добрый день!\nЗаявка № 46015 — опломбировка ИПУ после самостоятельной замены собственниками.\nпр. Победы, 100, корп. 2\n1 — кв. 5\n2 — кв. 88\n\nДиспетчер Никитина О.П."),
 ("46031", ["1"], "2026-11-03 09:00:00", "ул. Декабристов, 182, кв.41 — течь ИПУ ГВС, замена",
  "Заявка 46031 — течь ИПУ ГВС, ул. Декабристов, 182, кв. 41",
  "Добрый день. Собственник кв. 41 сообщает о течи из-под гайки счётчика ГВС, счётчик не крутится. Нужна замена. Заявка 46031, срочность — повышенная.\nКонтакт собственника: Валиева Р.М., 8-917-903-11-28.\n\nДиспетчерская ОМИС"),
 ("46047", ["1","2","3","4"], "2026-11-04 09:30:00", "ул. Адоратского, 29: п.1 кв.3, п.2 кв.17, п.3 кв.52, п.4 кв.60",
  "Заявка № 46047 — замена ИПУ, ул. Адоратского, 29",
  "Добрый день!\nЗаявка № 46047, ул. Адоратского, 29 (1 подъезд), замена ИПУ ХВС/ГВС:\n1 — кв. 3\n2 — кв. 17\n3 — кв. 52\n4 — кв. 60\nСрок до 10.11.2026.\n\nДиспетчер Никитина О.П."),
 ("46058", ["1","2"], "2026-11-06 11:30:00", "ул. Гвардейская, 16: п.1 кв.9, п.2 кв.70",
  "Заявка № 46058 — замена ИПУ, ул. Гвардейская, 16",
  "Добрый день. Заявка № 46058, ул. Гвардейская, д. 16.\n1 — кв. 9 (ХВС, ГВС)\n2 — кв. 70 (ХВС)\nСобственники предупреждены.\n\nДиспетчерская ОМИС"),
 ("46104", ["1"], "2026-11-09 08:05:00", "ул. Баумана, 44, кв.6 — опломбировка ИПУ ХВС/ГВС",
  "Заявка № 46104 опломбировка ИПУ, ул. Баумана, 44, кв. 6",
  "Добрый день! Заявка № 46104. Опломбировка ИПУ ХВС и ГВС, ул. Баумана, 44, кв. 6. Собственник дома после 14:00.\n\nНикитина О.П."),
 ("46120", ["1","2","3"], "2026-11-10 09:45:00", "пр. Ямашева, 71: п.1 кв.112, п.2 кв.140, п.3 кв.203",
  "Заявка № 46120 — замена ИПУ, пр. Ямашева, 71",
  "Добрый день! Заявка № 46120, пр. Ямашева, 71:\n1 — кв. 112\n2 — кв. 140\n3 — кв. 203\nЗамена ХВС/ГВС, срок до 14.11.\n\nДиспетчер Никитина О.П."),
 ("46133", ["1","2"], "2026-11-11 14:00:00", "ул. Серова, 22: п.1 кв.31, п.2 кв.58",
  "Заявка № 46133 — замена ИПУ, ул. Серова, 22",
  "Добрый день! Заявка № 46133, ул. Серова, 22:\n1 — кв. 31\n2 — кв. 58\n\nДиспетчерская ОМИС"),
 ("46206", ["1","2","3"], "2026-11-12 08:15:00", "ул. Фучика, 58: п.1 кв.19, п.2 кв.77, п.3 кв.101",
  "Заявка № 46206 — замена ИПУ, ул. Фучика, 58",
  "Добрый день! Заявка № 46206, ул. Фучика, 58, замена ИПУ ХВС/ГВС:\n1 — кв. 19\n2 — кв. 77\n3 — кв. 101\nСрок до 18.11.2026.\n\nДиспетчер Никитина О.П."),
 ("46219", ["1"], "2026-11-16 10:00:00", "ул. Минская, 10, кв.45 — замена ИПУ ХВС",
  "Заявка № 46219 — замена ИПУ ХВС, ул. Минская, 10, кв. 45",
  "Добрый день. Заявка № 46219: замена ИПУ ХВС, ул. Минская, 10, кв. 45. Тел. собственника 8-960-047-33-12.\n\nДиспетчерская ОМИС"),
 ("46305", ["1","2"], "2026-11-17 08:50:00", "ул. Сибгата Хакима, 37: п.1 кв.8, п.2 кв.64",
  "Заявка № 46305 — замена ИПУ, ул. Сибгата Хакима, 37",
  "Добрый день! Заявка № 46305, ул. Сибгата Хакима, 37:\n1 — кв. 8\n2 — кв. 64\n\nДиспетчер Никитина О.П."),
 ("46312", ["1","2","3"], "2026-11-19 09:10:00", "ул. Х. Такташа, 105: п.1 кв.12, п.2 кв.36, п.3 кв.90",
  "Заявка № 46312 — замена ИПУ, ул. Х. Такташа, 105",
  "Добрый день!\nЗаявка № 46312, ул. Х. Такташа, 105:\n1 — кв. 12\n2 — кв. 36\n3 — кв. 90\nВыполнить по аналогии с заявкой 46120 (акты собственникам на руки).\n\nДиспетчер Никитина О.П."),
 ("46400", ["1","2"], "2026-11-23 08:15:00", "ул. Академика Сахарова, 9: п.1 кв.23, п.2 кв.150",
  "Заявка № 46400 — замена ИПУ, ул. Академика Сахарова, 9",
  "Добрый день. Заявка № 46400, ул. Академика Сахарова, 9:\n1 — кв. 23\n2 — кв. 150\nСрок до 27.11.\n\nДиспетчерская ОМИС"),
]
REQ = {r[0]: r for r in REG}
def req_subj(n): return REQ[n][4]
def req_body(n): return REQ[n][5]
def req_date(n): return dt(REQ[n][2]) + datetime.timedelta(minutes=1)
def req_mid(n): return f"<omis-{n}-{req_date(n).strftime('%Y%m%d%H%M')}@zakazchik-omis.ru>"

# ---------- quoting helpers ----------
def q_outlook(frm, sent, to, subj, body, cc=None):
    s = f"От: {frm}\nОтправлено: {rus_date_long(sent)}\nКому: {to}\n"
    if cc: s += f"Копия: {cc}\n"
    s += f"Тема: {subj}\n\n{body}"
    return s

def q_req_outlook(n, to="g.safina@vodouchet-kzn.ru"):
    return q_outlook("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", req_date(n), to, req_subj(n), req_body(n))

def q_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

# ---------- MIME helpers ----------
def koi_safe(text, charset):
    if charset.lower() == "koi8-r":
        for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("—", "-"), ("–", "-")):
            text = text.replace(a, b)
    return text

def textpart(text, subtype="plain", charset="utf-8", cte="base64"):
    text = koi_safe(text, charset)
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.replace("\n", "\r\n").encode(charset) if cte != "8bit" else text.encode(charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n"))
    elif cte == "7bit":
        p.set_payload(text)
    elif cte == "8bit":
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html_from_text(text, font="Calibri"):
    lines = []
    for l in text.split("\n"):
        lines.append(f"<p class=MsoNormal>{esc(l) if l else '&nbsp;'}</p>")
    return lines

def html_table(header, rows):
    h = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    h.append("<tr>" + "".join(f"<td style='border:solid windowtext 1.0pt;background:#D9E1F2;padding:0cm 5.4pt'><p class=MsoNormal><b>{esc(c)}</b></p></td>" for c in header) + "</tr>")
    for r in rows:
        h.append("<tr>" + "".join(f"<td nowrap style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>{esc(str(c))}</p></td>" for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)

def tsv(header, rows):
    return "\n".join(["\t".join(header)] + ["\t".join(str(c) for c in r) for r in rows])

def outlook_html(before_text, table=None, after_text="", quote=None, charset="utf-8"):
    body = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>',
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
            "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>",
            '</head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>']
    body += html_from_text(before_text)
    if table:
        body.append(html_table(*table))
    if after_text:
        body += html_from_text(after_text)
    if quote:
        body.append("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        hdr, _, rest = quote.partition("\n\n")
        body.append("<p class=MsoNormal>" + "<br>".join(
            (f"<b>{esc(l.split(':',1)[0])}:</b>{esc(l.split(':',1)[1])}" if ":" in l else esc(l)) for l in hdr.split("\n")) + "</p></div></div>")
        body += html_from_text(rest)
    body.append("</div></body></html>")
    return "\n".join(body)

SIG_GUL = "С уважением,\nГульнара Сафина\nкоординатор ООО «ВодоУчёт»\n+7 (843) 203-46-15 доб. 2, +7 917 281-46-90\nг. Казань, ул. Журналистов, 2а, оф. 46"
SIG_ART = "--\nКузнецов Артём, монтажник\nООО «ВодоУчёт»"
SIG_MAILRU = "\n\n--\nОтправлено из Почты Mail.ru для Android"
SIG_YAMOB = "\n\n-- \nОтправлено из мобильной Яндекс Почты"
SIG_LIL = "С уважением,\nЛилия Мухаметзянова\nглавный бухгалтер ООО «ВодоУчёт»\nИНН 1658214730 / КПП 165801001\nтел. (843) 203-46-15 доб. 4"

_mid_counter = [0]
def make_mid(style, d, addr):
    _mid_counter[0] += 1
    k = _mid_counter[0]
    h = hashlib.md5(f"{k}{addr}{d}".encode()).hexdigest()
    if style == "outlook":
        return f"<0{h[:7]}{k:02d}$be{h[8:14]}$3a{h[14:20]}$@vodouchet-kzn.ru>"
    if style == "mailru":
        return f"<{int(d.timestamp())}.{h[:9]}@f{300+k}.i.mail.ru>"
    if style == "yandex":
        return f"<{int(h[:8],16)%900000+100000}{int(d.timestamp())}@mail.yandex.ru>"
    if style == "yandexmob":
        return f"<{int(h[:8],16)%900000+100000}{int(d.timestamp())}@myt5-{h[:12]}.qloud-c.yandex.net>"
    if style == "thebat":
        return f"<{int(h[:8],16)}.{d.strftime('%Y%m%d%H%M%S')}@vodouchet-kzn.ru>"
    return f"<{h[:16]}.{k}@vodouchet-kzn.ru>"

def finalize(msg, frm, subj, d, style, hcharset="utf-8", to=DISPATCH, cc=None,
             in_reply_to=None, extra=None):
    msg["From"] = formataddr((str(Header(frm[0], hcharset)) if False else frm[0], frm[1]), charset=hcharset)
    msg["To"] = formataddr(to, charset=hcharset)
    if cc:
        msg["Cc"] = ", ".join(formataddr(c, charset=hcharset) for c in cc)
    subj = koi_safe(subj, hcharset)
    msg["Subject"] = Header(subj, hcharset, header_name="Subject") if any(ord(c) > 127 for c in subj) else subj
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_mid(style, d, frm[1])
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    if style == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AdtA" + base64.b64encode(os.urandom(12)).decode()[:16]
        msg["Content-Language"] = "ru"
    elif style == "thebat":
        msg["X-Mailer"] = "The Bat! (v9.4.5) Professional"
        msg["Organization"] = "ООО ВодоУчёт" if False else None
        del msg["Organization"]
    elif style == "yandex":
        msg["X-Mailer"] = "Yamail [ http://yandex.ru ] 5.0"
    for k, v in (extra or []):
        msg[k] = v
    return msg

# reorder headers so that From/To/Subject come first (cosmetic)
def reorder(msg):
    first = ["From","To","Cc","Subject","Date","Message-ID","In-Reply-To","References","MIME-Version"]
    items = msg._headers
    head = [h for name in first for h in items if h[0] == name]
    rest = [h for h in items if h[0] not in first]
    msg._headers = head + rest
    return msg

LETTERS = []   # (date, builder -> Message, label)

def L(date, label):
    def deco(fn):
        LETTERS.append((dt(date), fn, label))
        return fn
    return deco

def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}
def R(note): return {"expect": "review", "note": note}
def I(note): return {"expect": "ignored", "note": note}

ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------- simple client wrappers ----------
def outlook_mail(d, frm, subj, text, html=None, charset="utf-8", cte="quoted-printable", **kw):
    m = MIMEMultipart("alternative")
    m.attach(textpart(text, "plain", charset, cte))
    m.attach(textpart(html or outlook_html(text, charset=charset), "html", charset, cte))
    return finalize(m, frm, subj, d, "outlook", hcharset=charset, **kw)

def plain_mail(d, frm, subj, text, style, charset="utf-8", cte="base64", **kw):
    m = textpart(text, "plain", charset, cte)
    return finalize(m, frm, subj, d, style, hcharset=charset, **kw)

def html_only(d, frm, subj, html, style="outlook", charset="utf-8", cte="quoted-printable", **kw):
    m = textpart(html, "html", charset, cte)
    return finalize(m, frm, subj, d, style, hcharset=charset, **kw)

def yandex_alt(d, frm, subj, text, style="yandex", cte="quoted-printable", **kw):
    html = "<div>" + "</div><div>".join(esc(l) if l else "&nbsp;" for l in text.split("\n")) + "</div>"
    m = MIMEMultipart("alternative")
    m.attach(textpart(text, "plain", "utf-8", cte))
    m.attach(textpart(html, "html", "utf-8", cte))
    return finalize(m, frm, subj, d, style, **kw)

# ======================================================================
#                               LETTERS
# ======================================================================

@L("2026-11-02 09:12:33", D("46012", [], ACC, "coordinator replies to the request: accepted into work; visit date is only a plan"))
def _(d):
    t = ("Ольга Петровна, добрый день!\n\nЗаявку получили, приняли в работу. Монтажник Хасанов Ильдар созвонится с собственниками "
         "кв. 14, 27, 33 и согласует время, ориентировочно 03.11.\n\n" + SIG_GUL + "\n\n" + q_req_outlook("46012"))
    return outlook_mail(d, GUL, "RE: " + req_subj("46012"), t, charset="windows-1251", in_reply_to=req_mid("46012"))

@L("2026-11-02 11:03:10", D("46015", [], ACC, "HTML-only reply: 'принята'; visit tomorrow is a plan"))
def _(d):
    before = "Добрый день!\n\nЗаявка 46015 принята. Пломбировщик будет 03.11 во второй половине дня, собственникам позвоним сами.\n\n" + SIG_GUL + "\n"
    quote = q_outlook("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", req_date("46015"), "g.safina@vodouchet-kzn.ru", req_subj("46015"), req_body("46015"))
    return html_only(d, GUL, "RE: " + req_subj("46015"), outlook_html(before, quote=quote), in_reply_to=req_mid("46015"))

@L("2026-11-03 08:47:02", D("46012", ["1"], WAY, "fitter from phone: 'п1 выехал, буду через 20 минут'"))
def _(d):
    return plain_mail(d, ILD, "46012", "46012 п1 выехал. Буду минут через 20, жилец в курсе" + SIG_MAILRU, "mailru")

@L("2026-11-03 11:18:40", D("46012", ["1"], LEFT, "poz.1 done (meters replaced, sealed); kv.27 after lunch is a plan; serials/seals/readings are not request numbers"))
def _(d):
    t = ("Чистопольская 61 кв 14 (поз.1) сделал.\nХВС № 23-184552 пок. 00000,012\nГВС № 23-184561 пок. 00000,009\n"
         "Пломбы 0471185, 0471186\nСтарые счетчики отдал хозяйке. Кв 27 после обеда, с ней созвонился" + SIG_MAILRU)
    return plain_mail(d, ILD, "46012 п1", t, "mailru")

@L("2026-11-03 12:30:05", D("46031", [], ACC, "'Взяли в работу'; visit on 05.11 is a plan; phone numbers in quote"))
def _(d):
    t = ("Добрый день.\nВзяли в работу. 4-го у нас выходной, монтажник Кузнецов Артём будет 05.11 с 9 до 12, собственнику (Валиева Р.М.) позвонили, "
         "воду по стояку пока перекрывать не нужно — течь небольшая.\n\n" + SIG_GUL + "\n\n" + q_req_outlook("46031"))
    return outlook_mail(d, GUL, "RE: " + req_subj("46031"), t, charset="windows-1251", in_reply_to=req_mid("46031"))

@L("2026-11-03 14:05:51", D("46012", ["2"], ON, "'поз 2 — на месте'"))
def _(d):
    return plain_mail(d, ILD, "46012 поз 2", "46012 поз 2 - на месте, кв 27, хозяйка дома" + SIG_MAILRU, "mailru")

@L("2026-11-03 15:40:12", D("46012", ["2"], LEFT, "subject '46012-2', body 'готово' with seals/readings"))
def _(d):
    t = ("готово. пломбы 0471190/0471191. показания хвс 00001,340 гвс 00000,877\n"
         "ГВС не меняли, там новый стоит (2025 г.), только опломбировал. ХВС поставил Пульсар 2613795" + SIG_MAILRU)
    return plain_mail(d, ILD, "46012-2", t, "mailru")

@L("2026-11-03 16:20:44", D("46015", ["1","2"], LEFT, "both positions sealed ('опломбированы (п.1, п.2)'); seal range is not a request"))
def _(d):
    t = ("Добрый день.\nпр. Победы 100 к2, заявка 46015 — кв 5 и кв 88 опломбированы (п.1, п.2).\n"
         "Пломбы 0471193–0471196. Акты собственникам выдал, копии привезу в офис.\n\n" + SIG_ART)
    return yandex_alt(d, ART, "46015 опломбировка", t)

@L("2026-11-04 09:31:02", I("office@ auto-reply on a holiday (Auto-Submitted: auto-replied)"))
def _(d):
    t = ("Здравствуйте!\n\n4 ноября — нерабочий праздничный день. Ваше письмо получено и будет обработано 5 ноября.\n"
         "Аварийные заявки по течи счётчиков: +7 917 281-46-90.\n\nООО «ВодоУчёт»\nЭто письмо сформировано автоматически, отвечать на него не нужно.")
    return plain_mail(d, OFF, "Автоответ: " + req_subj("46047"), t, "other", cte="quoted-printable",
                      in_reply_to=req_mid("46047"),
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

@L("2026-11-05 08:52:19", D("46031", [], WAY, "'Выезжаю ..., буду к 9:30' — travelling now; phone number is not a request"))
def _(d):
    t = "Доброе утро.\nВыезжаю на Декабристов 182 по заявке 46031, буду к 9:30.\nМой тел. 8-917-255-46-13, если собственник будет спрашивать.\n\n" + SIG_ART
    return yandex_alt(d, ART, "Выезд 46031", t)

@L("2026-11-05 09:31:47", D("46031", [], ON, "Re: subject still says 'Выезд', body says on site since 9:25; quote is old"))
def _(d):
    old = "Доброе утро.\nВыезжаю на Декабристов 182 по заявке 46031, буду к 9:30.\nМой тел. 8-917-255-46-13, если собственник будет спрашивать.\n\n" + SIG_ART
    t = "На объекте с 9:25. Собственник на месте, воду по квартире перекрыли.\n\n05.11.2026, 08:52, \"Кузнецов Артём\" <kuznetsov@vodouchet-kzn.ru>:\n" + q_gt(old)
    return yandex_alt(d, ART, "Re: Выезд 46031", t, style="yandexmob")

@L("2026-11-05 10:48:03", D("46031", [], LEFT, "'Заявка 46031 выполнена', finished 10:40, left; model/serial/seal numbers"))
def _(d):
    t = ("Декабристов 182 кв.41 — ГВС заменён, течь устранена.\nСтарый: Itelma WFW20.D080, снят, передан собственнику.\n"
         "Новый: Пульсар Ду15 №2613870, показания 00000,000, пломба 0471203.\nЗакончил в 10:40, уехал на склад.\n\n" + SIG_ART)
    return yandex_alt(d, ART, "Заявка 46031 выполнена", t)

@L("2026-11-05 11:15:26", D("46047", [], ACC, "'Приняли, спасибо' — acceptance; plan for 06.11"))
def _(d):
    t = ("Добрый день!\nПриняли, спасибо. 4 квартиры, распределим на двух монтажников (Хасанов, Зиннатуллин), выход 06.11 с утра.\n"
         "Вчера был выходной, поэтому ответ только сегодня.\n\n" + SIG_GUL + "\n\n" + q_req_outlook("46047", to="office@vodouchet-kzn.ru"))
    return outlook_mail(d, GUL, "RE: " + req_subj("46047"), t, in_reply_to=req_mid("46047"))

@L("2026-11-05 17:02:38", D("46012", ["3"], LEFT, "tab-separated Excel paste: row for position 3, status 'выполнено, монтажник уехал'"))
def _(d):
    tab = tsv(["№ заявки","адрес","кв.","позиция","статус","время"],
              [["46012","Чистопольская 61","33","3","выполнено, монтажник уехал","16:45"]])
    t = ("Ольга Петровна, по 46012 третья квартира сегодня сделана, выгрузка из нашей таблицы:\n\n" + tab +
         "\n\nПломбы ГВС кв.33: 0471211. Акт собственник подписал.\n\n" + SIG_GUL)
    return plain_mail(d, GUL, "Чистопольская 61 — кв. 33", t, "outlook", charset="windows-1251", cte="quoted-printable",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")])

@L("2026-11-06 08:40:15", D("46047", ["1","2"], WAY, "'Выехали ... начинаем с 1 и 2 позиции' (Latin B in 'Bыехали'); 3,4 later is a plan"))
def _(d):
    t = "Bыехали на Адоратского 29, по 46047 начинаем с 1 и 2 позиции. Рамиль подъедет на 3,4 к обеду" + SIG_MAILRU
    return plain_mail(d, ILD, "Адоратского", t, "mailru")

@L("2026-11-06 12:35:09", D("46047", ["1","2"], LEFT, "HTML table (multipart/alternative), rows for positions 1 and 2, both 'работы завершены'"))
def _(d):
    header = ["№ заявки","адрес","кв.","позиция","статус","время"]
    rows = [["46047","Адоратского 29","3","1","работы завершены","11:20"],
            ["46047","Адоратского 29","17","2","работы завершены","12:05"]]
    before = "Добрый день!\nПо заявке 46047 на текущий момент:\n"
    after = "\nПо 3 и 4 позиции отпишемся после обеда.\n\n" + SIG_GUL
    html = outlook_html(before, table=(header, rows), after_text=after, charset="windows-1251")
    text = before + "\n" + tsv(header, rows) + "\n" + after
    return outlook_mail(d, GUL, "46047 Адоратского 29 — статус", text, html=html, charset="windows-1251")

@L("2026-11-06 13:10:44", D("46047", ["3","4"], ON, "'позиции 3 и 4 — на адресе'"))
def _(d):
    return plain_mail(d, RAM, "46047 3,4", "по 46047 позиции 3 и 4 - на адресе, начал с кв 60\nРамиль", "yandex", cte="quoted-printable")

@L("2026-11-06 13:26:30", R("fitter asks whether to replace a meter with valid verification — question, no status"))
def _(d):
    t = ("46047 кв 60 стоит СВК-15-3-2 с поверкой до 2029, в заявке замена. Менять или только пломбу повесить? "
         "Собственница против замены. Жду ответ, пока делаю ГВС\nРамиль")
    return plain_mail(d, RAM, "46047 кв 60 вопрос", t, "yandex", cte="quoted-printable")

@L("2026-11-06 15:55:21", D("46047", ["4"], LEFT, "'(4) кв 60 всё' done; '(3) завтра' — no access, a plan"))
def _(d):
    t = ("46047 (4) кв 60 всё, ХВС оставили по согласованию с вашим диспетчером, опломбировал 0471236, ГВС новый 0471237.\n"
         "(3) кв 52 завтра - хозяин уехал, доступа нет. Ключ обещали оставить соседке\nРамиль")
    return plain_mail(d, RAM, "46047", t, "yandex", cte="quoted-printable")

@L("2026-11-06 16:30:58", D("46058", [], ACC, "acceptance, '-----Original Message-----' quote"))
def _(d):
    t = ("Добрый день, Ольга Петровна.\nПриняли в работу, монтажника направим в понедельник 09.11.\n\nГульнара\n\n"
         "-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSent: Friday, November 6, 2026 11:31 AM\n"
         "To: g.safina@vodouchet-kzn.ru\nSubject: " + req_subj("46058") + "\n\n" + req_body("46058"))
    return outlook_mail(d, GUL, "RE: " + req_subj("46058"), t, charset="windows-1251", in_reply_to=req_mid("46058"))

@L("2026-11-07 11:40:07", D("46047", ["3"], LEFT, "Saturday: poz.3 meters installed and sealed, 'Закончил, ухожу'"))
def _(d):
    t = "кв.52 счетчики поставил, опломбировал. Пломбы №№ 0471240, 0471241.\nПоказания ХВС 0,003 ГВС 0,001.\nЗакончил, ухожу" + SIG_YAMOB
    return plain_mail(d, RAM, "Заявка 46047 поз.3", t, "yandexmob", cte="quoted-printable")

@L("2026-11-09 08:20:33", D("46104", [], ACC, "'Принято', sealer will come after 14:00 (plan)"))
def _(d):
    t = "Добрый день! Принято, пломбировщик будет сегодня после 14:00.\n\n" + SIG_GUL + "\n\n" + q_req_outlook("46104")
    return outlook_mail(d, GUL, "RE: " + req_subj("46104"), t, in_reply_to=req_mid("46104"))

@L("2026-11-09 09:05:12", D("46058", ["1"], WAY, "'Еду ... наряд 46058, первая позиция'; car plate is not a request"))
def _(d):
    t = ("Еду на Гвардейскую 16, наряд 46058, первая позиция (кв 9).\nМашина Ларгус А 463 ТО 116, если надо пропуск во двор.\n\n" + SIG_ART)
    return yandex_alt(d, ART, "46058 п.1 выезжаю", t)

@L("2026-11-09 09:58:40", D("46058", ["1"], ON, "Re: subject says 'выезжаю' (old); new text 'на месте с 9:50'"))
def _(d):
    old = "Еду на Гвардейскую 16, наряд 46058, первая позиция (кв 9).\nМашина Ларгус А 463 ТО 116, если надо пропуск во двор."
    t = "на месте с 9:50\n\n09.11.2026, 09:05, \"Кузнецов Артём\" <kuznetsov@vodouchet-kzn.ru>:\n" + q_gt(old)
    return yandex_alt(d, ART, "Re: 46058 п.1 выезжаю", t, style="yandexmob")

@L("2026-11-09 11:45:16", D("46058", ["1"], LEFT, "'п.1 выполнено ... Освободился'; serials and verification date"))
def _(d):
    t = ("кв 9. ХВС 017743210, ГВС 017743198, поверка до 11.2032.\nПломбы 0471260, 0471261.\nОсвободился, еду обедать.\n\n" + SIG_ART)
    return yandex_alt(d, ART, "46058 п.1 выполнено", t)

@L("2026-11-09 13:50:02", D("46104", [], WAY, "request number only in quoted old subject 'RE: Заявка № 46104 ...'; 'выехал, будет в течение часа'"))
def _(d):
    prev = "Добрый день! Принято, пломбировщик будет сегодня после 14:00.\n\n" + SIG_GUL
    t = ("Пломбировщик (Хасанов) выехал, будет в течение часа.\n\n" + SIG_GUL + "\n\n" +
         q_outlook("Сафина Гульнара <g.safina@vodouchet-kzn.ru>", dt("2026-11-09 08:20:00"),
                   "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", "RE: " + req_subj("46104"), prev + "\n\n" + q_req_outlook("46104")))
    return outlook_mail(d, GUL, "RE: " + req_subj("46104"), t)

@L("2026-11-09 14:40:27", D("46104", [], ON, "request number in brackets after address in subject; 'на мести' (typo) = on site"))
def _(d):
    return plain_mail(d, ILD, "Баумана 44 (46104)", "на мести, жду хазяйку, обещала через 10 мин" + SIG_MAILRU, "mailru")

@L("2026-11-09 15:25:50", D("46104", [], LEFT, "caps 'ОПЛОМБИРОВАЛ ... уехал'"))
def _(d):
    return plain_mail(d, ILD, "46104", "ОПЛОМБИРОВАЛ. пломбы 0471255 0471256, акт у собственника. уехал" + SIG_MAILRU, "mailru")

@L("2026-11-10 10:05:44", D("46120", [], ACC, "HTML-only windows-1251: 'принята в работу'"))
def _(d):
    before = "Добрый день!\n\nЗаявка № 46120 принята в работу. Выезд — 11.11, монтажник Зиннатуллин Р.\n\n" + SIG_GUL
    quote = q_outlook("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", req_date("46120"), "g.safina@vodouchet-kzn.ru", req_subj("46120"), req_body("46120"))
    return html_only(d, GUL, "RE: " + req_subj("46120"), outlook_html(before, quote=quote, charset="windows-1251"),
                     charset="windows-1251", in_reply_to=req_mid("46120"))

@L("2026-11-10 10:40:09", R("coordinator asks for another owner contact for 46058 poz.2 — question, no status"))
def _(d):
    t = ("Ольга Петровна, по заявке 46058 позиция 2 (кв.70) — собственник не берёт трубку (8-987-296-14-52), "
         "вчера звонили 4 раза. Есть ли у вас другой контакт? Или через УК попробовать?\n\n" + SIG_GUL)
    return outlook_mail(d, GUL, "46058 кв.70 — нет связи с собственником", t)

@L("2026-11-10 16:15:33", R("bottom-posted reply under old quote: 'ещё не выезжал' — negation"))
def _(d):
    old = "Еду на Гвардейскую 16, наряд 46058, первая позиция (кв 9).\nМашина Ларгус А 463 ТО 116, если надо пропуск во двор."
    t = ("09.11.2026, 09:05, \"Кузнецов Артём\" <kuznetsov@vodouchet-kzn.ru>:\n" + q_gt(old) +
         "\n\nПо кв.70 (поз.2) ещё не выезжал — жду звонка от собственника, как отзвонится сразу поеду.\n\n" + SIG_ART)
    return yandex_alt(d, ART, "Re: 46058 п.1 выезжаю", t)

@L("2026-11-11 08:30:41", D("46120", ["1","2","3"], WAY, "'выехал на Ямашева 71, поз 1,2,3'"))
def _(d):
    return plain_mail(d, RAM, "46120", "выехал на Ямашева 71, поз 1,2,3 все сегодня постараюсь\nРамиль", "yandex", cte="quoted-printable")

@L("2026-11-11 10:12:05", D("46120", [], ON, "Re: 46120 'Прибыл в 10:05' — no position in the new text; quote ignored"))
def _(d):
    t = ("Прибыл в 10:05. Консьержка пустила, лифт грузовой не работает\n\n11.11.2026, 08:30, \"Рамиль Зиннатуллин\" <ramil.z79@yandex.ru>:\n"
         + q_gt("выехал на Ямашева 71, поз 1,2,3 все сегодня постараюсь\nРамиль") + SIG_YAMOB)
    return plain_mail(d, RAM, "Re: 46120", t, "yandexmob", cte="quoted-printable")

@L("2026-11-11 10:50:18", D("46058", ["2"], ON, "subject '46058-2 на месте'"))
def _(d):
    t = "собственник объявился, я на Гвардейской, кв 70. Работаю\n\n" + SIG_ART
    return yandex_alt(d, ART, "46058-2 на месте", t, style="yandexmob")

@L("2026-11-11 12:40:55", D("46058", ["2"], LEFT, "Outlook forward (FW:) of the fitter's report: 'поз 2 закончил ... Ухожу'"))
def _(d):
    fwd = q_outlook("Кузнецов Артём <kuznetsov@vodouchet-kzn.ru>", dt("2026-11-11 12:31:00"), "Сафина Гульнара <g.safina@vodouchet-kzn.ru>",
                    "46058 поз 2", "Гульнара, 46058 поз 2 закончил в 12:25, кв 70 ХВС 017743305 пломба 0471277. Ухожу на склад.\n\n" + SIG_ART)
    t = "Ольга Петровна, пересылаю отчёт монтажника.\n\n" + SIG_GUL + "\n\n________________________________\n" + fwd
    return outlook_mail(d, GUL, "FW: 46058 поз 2", t, charset="windows-1251")

@L("2026-11-11 14:30:12", D("46133", [], ACC, "'Принято' + plan for 12.11"))
def _(d):
    t = "Принято. Серова 22 — Кузнецов, 12.11 с утра.\n\nГ. Сафина\n\n" + q_req_outlook("46133")
    return outlook_mail(d, GUL, "RE: " + req_subj("46133"), t, in_reply_to=req_mid("46133"))

@L("2026-11-11 18:05:39", D("46120", ["1","2"], LEFT, "poz.1 and poz.2 done; poz.3 no access, rescheduled (plan)"))
def _(d):
    t = ("поз.1 (кв 112) и поз.2 (кв 140) сделаны, пломбы 0471281-0471284.\nПо поз.3 (кв 203) нет доступа, перенёс на 13.11 с собственником\nРамиль")
    return plain_mail(d, RAM, "46120 итог за день", t, "yandex", cte="quoted-printable")

@L("2026-11-12 08:35:27", I("Outlook read receipt (disposition-notification)"))
def _(d):
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(textpart("Ваше сообщение\n\n  Кому: g.safina@vodouchet-kzn.ru\n  Тема: " + req_subj("46206") +
                      "\n  Отправлено: 12.11.2026 8:16\n\nбыло прочитано 12.11.2026 8:35.", "plain", "utf-8", "base64"))
    mdn = MIMEBase("message", "disposition-notification")
    mdn.set_payload("Reporting-UA: vodouchet-kzn.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;g.safina@vodouchet-kzn.ru\n"
                    "Original-Message-ID: " + req_mid("46206") + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(mdn)
    return finalize(m, GUL, "Прочитано: " + req_subj("46206"), d, "outlook")

@L("2026-11-12 08:50:06", D("46206", [], ACC, "'ПРИНЯЛИ' in caps; crew on 16.11 is a plan"))
def _(d):
    t = ("Добрый день, ПРИНЯЛИ. Выход бригады 16.11 (раньше не получится, все монтажники заняты на Ямашева и Серова).\n\n" + SIG_GUL +
         "\n\n" + q_req_outlook("46206"))
    return outlook_mail(d, GUL, "RE: " + req_subj("46206"), t, charset="windows-1251", in_reply_to=req_mid("46206"))

@L("2026-11-12 10:20:48", R("accountant sends invoice/act for October under the contract — no request number, money talk"))
def _(d):
    t = ("Добрый день!\n\nНаправляем счёт № 312 от 12.11.2026 и акт № 298 по договору № 14/2026-ВУ от 15.01.2026 за октябрь "
         "(замена и опломбировка ИПУ, 37 точек). Просим подписать акт и вернуть один экземпляр, счёт оплатить в срок по договору.\n\n" + SIG_LIL)
    return plain_mail(d, LIL, "Счёт и акт за октябрь", t, "thebat", charset="koi8-r", cte="8bit")

@L("2026-11-12 11:00:14", D("46133", ["1"], WAY, "number and position in brackets after address in subject; 'выезжаю, минут 25'"))
def _(d):
    return yandex_alt(d, ART, "Серова 22 кв 31 (46133 поз.1)", "выезжаю, минут 25\n\n" + SIG_ART, style="yandexmob")

@L("2026-11-12 13:30:22", D("46133", ["1","2"], LEFT, "Re: subject names poz.1 only, body: 'по позициям 1 и 2 работы закончены'"))
def _(d):
    t = ("по позициям 1 и 2 работы закончены.\nкв 31: ХВС 19-552310, ГВС 19-552317, пломбы 0471290/0471291\n"
         "кв 58: ХВС 19-552322, пломба 0471292 (ГВС не меняли — поверка до 2028)\nСобственники акты подписали.\n\n" + SIG_ART)
    return yandex_alt(d, ART, "Re: Серова 22 кв 31 (46133 поз.1)", t)

@L("2026-11-13 09:40:31", R("summary table with two different requests (46120 and 46206) — cannot record one"))
def _(d):
    header = ["№ заявки","адрес","кв.","позиция","статус","время"]
    rows = [["46120","Ямашева 71","203","3","монтажник выехал","09:30"],
            ["46206","Фучика 58","19","1","запланировано на 16.11",""],
            ["46206","Фучика 58","77","2","запланировано на 16.11",""],
            ["46206","Фучика 58","101","3","запланировано на 16.11",""]]
    before = "Ольга Петровна, доброе утро. Сводка на 13.11 по открытым заявкам:\n"
    after = "\n" + SIG_GUL
    html = outlook_html(before, table=(header, rows), after_text=after)
    return outlook_mail(d, GUL, "Сводка на 13.11", before + "\n" + tsv(header, rows) + "\n" + after, html=html)

@L("2026-11-13 11:25:43", D("46120", ["3"], LEFT, "Outlook 'forward as attachment': attached message/rfc822 from the fitter '46120 п3 ... сделал'"))
def _(d):
    inner = textpart("кв 203 - сделал, пломбы 0471301 0471302. Хозяйка подписала" + SIG_YAMOB, "plain", "utf-8", "quoted-printable")
    finalize(inner, RAM, "46120 п3", dt("2026-11-13 11:12:09"), "yandexmob", to=GUL)
    reorder(inner)
    m = MIMEMultipart("mixed")
    m.attach(textpart("Ольга Петровна, по Ямашева письмо Рамиля во вложении, третья квартира закрыта.\n\n" + SIG_GUL, "plain", "utf-8", "base64"))
    att = MIMEBase("message", "rfc822"); att.set_payload([inner])
    att["Content-Disposition"] = 'attachment; filename="46120 p3.eml"'
    m.attach(att)
    return finalize(m, GUL, "FW: 46120 п3", d, "outlook")

@L("2026-11-13 15:00:00", I("marketing newsletter (List-Unsubscribe, Precedence: bulk)"))
def _(d):
    html = ("<html><body style='font-family:Arial'><h2>Поверка счётчиков без снятия — скидка 15% до 30 ноября</h2>"
            "<p>Уважаемые партнёры! ООО «ВодоУчёт» напоминает: с 1 января 2027 года ... Поверка ИПУ на месте за 20 минут, "
            "свидетельство сразу в ФГИС «Аршин».</p><p>Оставить заявку: +7 (843) 203-46-15, www.vodouchet-kzn.ru</p>"
            "<p style='font-size:10px;color:#888'>Вы получили это письмо, так как являетесь клиентом ООО «ВодоУчёт». "
            "<a href='https://vodouchet-kzn.ru/unsubscribe?id=8812'>Отписаться</a></p></body></html>")
    text = ("Поверка счётчиков без снятия — скидка 15% до 30 ноября\n\nУважаемые партнёры! Поверка ИПУ на месте за 20 минут, "
            "свидетельство сразу в ФГИС «Аршин».\nОставить заявку: +7 (843) 203-46-15\n\nОтписаться: https://vodouchet-kzn.ru/unsubscribe?id=8812")
    m = MIMEMultipart("alternative")
    m.attach(textpart(text, "plain", "utf-8", "base64"))
    m.attach(textpart(html, "html", "utf-8", "base64"))
    return finalize(m, NEWS, "Поверка счётчиков без снятия: −15% в ноябре", d, "other",
                    extra=[("List-Unsubscribe", "<https://vodouchet-kzn.ru/unsubscribe?id=8812>, <mailto:news@vodouchet-kzn.ru?subject=unsubscribe>"),
                           ("List-Id", "ВодоУчёт рассылка <news.vodouchet-kzn.ru>".encode('ascii','ignore').decode() or "news.vodouchet-kzn.ru"),
                           ("Precedence", "bulk"), ("X-Mailer", "UniSender")])

@L("2026-11-13 16:10:05", R("fitter reports a follow-up visit (tightened a nut) but gives no request number"))
def _(d):
    t = ("Гульнара Ринатовна, вернулся на Чистопольскую 61 кв 14 — у хозяйки капало с гайки на ГВС, подтянул, всё сухо. "
         "Пломбу не трогал, 0471186 целая." + SIG_MAILRU)
    return plain_mail(d, ILD, "Чистопольская", t, "mailru", cc=[GUL])

@L("2026-11-16 08:10:37", D("46206", ["1","2"], ON, "'П1 П2 — прибыли, начинаем'"))
def _(d):
    return plain_mail(d, ILD, "46206", "Фучика 58, П1 П2 - прибыли, начинаем. Рамиль со мной" + SIG_MAILRU, "mailru")

@L("2026-11-16 10:30:18", D("46219", [], ACC, "'Приняли' with '-----Original Message-----' quote"))
def _(d):
    t = ("Приняли. Монтажник будет согласовывать время с собственником, телефон из заявки.\n\nГульнара\n\n"
         "-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSent: Monday, November 16, 2026 10:01 AM\n"
         "To: g.safina@vodouchet-kzn.ru\nSubject: " + req_subj("46219") + "\n\n" + req_body("46219"))
    return outlook_mail(d, GUL, "RE: " + req_subj("46219"), t, in_reply_to=req_mid("46219"))

@L("2026-11-16 13:35:09", D("46206", ["1","2"], LEFT, "'п1 п2 убыли 13:20'; П3 tomorrow is a plan"))
def _(d):
    t = ("п1 п2 убыли 13:20. П3 (кв 101) завтра с утра, хозяин на работе\n\n16.11.2026 08:10, Ильдар Хасанов <hasanov.ildar@mail.ru>:\n"
         + q_gt("Фучика 58, П1 П2 - прибыли, начинаем. Рамиль со мной") + SIG_MAILRU)
    return plain_mail(d, ILD, "Re: 46206", t, "mailru")

@L("2026-11-16 14:00:41", I("accountant's out-of-office auto-reply"))
def _(d):
    t = ("Здравствуйте!\nЯ отсутствую 16–17 ноября (обучение). По срочным вопросам оплаты и актов — "
         "Сафина Гульнара, g.safina@vodouchet-kzn.ru, (843) 203-46-15 доб. 2.\n\nЛилия Мухаметзянова")
    return plain_mail(d, LIL, "Автоматический ответ: Re: Счёт и акт за октябрь", t, "other", charset="koi8-r", cte="base64",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

@L("2026-11-17 08:25:52", D("46206", ["3"], WAY, "subject '46206/3', body 'выехaли' with Latin a"))
def _(d):
    return plain_mail(d, ILD, "46206/3", "выехaли, будем к 9" + SIG_MAILRU, "mailru")

@L("2026-11-17 10:15:04", D("46206", ["3"], LEFT, "'поз.3 готово ... поехали на склад'"))
def _(d):
    t = "кв.101 ХВС+ГВС, пломбы 0471322/23. показания по нулям. поехали на склад" + SIG_MAILRU
    return plain_mail(d, ILD, "46206 поз.3 готово", t, "mailru")

@L("2026-11-17 11:00:30", D("46305", ["1","2"], ACC, "HTML table rows for positions 1 and 2, status 'принята в работу'"))
def _(d):
    header = ["№ заявки","адрес","кв.","позиция","статус","время"]
    rows = [["46305","С. Хакима 37","8","1","принята в работу","11:00"],
            ["46305","С. Хакима 37","64","2","принята в работу","11:00"]]
    before = "Добрый день!\n"
    after = "\nВыезд планируем 18.11.\n\n" + SIG_GUL
    html = outlook_html(before, table=(header, rows), after_text=after, charset="windows-1251",
                        quote=q_outlook("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", req_date("46305"), "g.safina@vodouchet-kzn.ru", req_subj("46305"), req_body("46305")))
    text = before + "\n" + tsv(header, rows) + "\n" + after + "\n\n" + q_req_outlook("46305")
    return outlook_mail(d, GUL, "RE: " + req_subj("46305"), text, html=html, charset="windows-1251", in_reply_to=req_mid("46305"))

@L("2026-11-17 15:20:47", R("'выедем завтра к 10' — a plan only"))
def _(d):
    return yandex_alt(d, ART, "46219", "по 46219 выедем завтра к 10, собственник только с утра может\n\n" + SIG_ART)

@L("2026-11-18 09:42:11", D("46219", [], WAY, "'Убыл на объект' = left FOR the site → on the way"))
def _(d):
    return yandex_alt(d, ART, "46219 выезд", "Убыл на объект (Минская 10) в 9:40, заявка 46219.\n\n" + SIG_ART, style="yandexmob")

@L("2026-11-18 11:40:29", D("46219", [], LEFT, "nouns 'Прибытие 10:05. Убытие 11:30.' — latest is departure"))
def _(d):
    t = ("Прибытие 10:05. Убытие 11:30.\nСчётчик ХВС заменён, Пульсар № 2614551, пломба 0471350, показания 00000,001.\n\n" + SIG_ART)
    return yandex_alt(d, ART, "46219 отчёт", t)

@L("2026-11-18 12:10:36", R("different statuses for different positions: poz.1 done, poz.2 work in progress"))
def _(d):
    t = "по 46305: кв 8 (поз.1) закончил, на кв 64 (поз.2) сейчас работаю, часа через полтора закончу\nРамиль"
    return plain_mail(d, RAM, "46305", t, "yandex", cte="quoted-printable")

@L("2026-11-18 14:05:58", D("46305", ["2"], LEFT, "director forwards (Yandex 'Пересылаемое сообщение') the fitter's 'поз2 ... всё ... уехал'"))
def _(d):
    t = ("Ольга Петровна, добрый день. Пересылаю отчёт монтажника по Сибгата Хакима.\n\nГалиев Р.Ф.\nдиректор ООО «ВодоУчёт»\n\n"
         "-------- Пересылаемое сообщение --------\n18.11.2026, 13:52, \"Рамиль Зиннатуллин\" <ramil.z79@yandex.ru>:\n\n"
         "46305 поз2 кв 64 всё, пломбы 0471361 0471362. уехал\nРамиль\n\n-------- Конец пересылаемого сообщения --------")
    return yandex_alt(d, GAL, "Fwd: 46305", t)

@L("2026-11-18 16:30:14", D("46012", [], LEFT, "accountant's act: works on request 46012 completed in full (whole request); act number/sum not requests"))
def _(d):
    t = ("Добрый день!\n\nРаботы по заявке № 46012 (ул. Чистопольская, 61, кв. 14, 27, 33) выполнены в полном объёме 03.11–05.11.2026.\n"
         "Направляем акт выполненных работ № 301 от 18.11.2026 на сумму 14 850,00 руб. (НДС не облагается, УСН).\n"
         "Оригинал передадим с курьером до 25.11.\n\n" + SIG_LIL)
    return plain_mail(d, LIL, "Акт выполненных работ по заявке № 46012", t, "thebat", charset="koi8-r", cte="8bit")

@L("2026-11-19 09:40:03", D("46312", ["1","2","3"], ACC, "plain-text tab-separated table, all three positions 'принята'"))
def _(d):
    tab = tsv(["№ заявки","адрес","кв.","позиция","статус","время"],
              [["46312","Х. Такташа 105","12","1","принята","09:40"],
               ["46312","Х. Такташа 105","36","2","принята","09:40"],
               ["46312","Х. Такташа 105","90","3","принята","09:40"]])
    t = "Добрый день.\n\n" + tab + "\n\nМонтажник — Зиннатуллин, график сообщим.\n\n" + SIG_GUL + "\n\n" + q_req_outlook("46312")
    return plain_mail(d, GUL, "RE: " + req_subj("46312"), t, "outlook", charset="windows-1251", cte="quoted-printable",
                      in_reply_to=req_mid("46312"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

@L("2026-11-19 11:20:25", R("request number 46310 is not in the registry (probably a typo for 46312, but not certain)"))
def _(d):
    return plain_mail(d, RAM, "46310", "Заявка 46310 - на месте, Такташа 105, жду председателя с ключами от подвала\nРамиль", "yandex", cte="quoted-printable")

@L("2026-11-19 15:00:52", R("director: complaint and price talk, mentions 46120 but reports no status"))
def _(d):
    t = ("Ольга Петровна, добрый день.\n\n1. По заявке 46120 жители кв. 203 писали вам жалобу на перенос — перенос был по причине отсутствия доступа, "
         "монтажник приезжал 11.11, есть фото двери. Просим это учитывать при оценке сроков.\n"
         "2. С 01.01.2027 стоимость опломбировки — 650 руб./точка, замены ИПУ (с материалом) — 2 450 руб./точка. "
         "Допсоглашение к договору № 14/2026-ВУ пришлём на следующей неделе.\n\n"
         "С уважением,\nГалиев Рустем Фаридович\nдиректор ООО «ВодоУчёт»\n+7 (843) 203-46-15")
    return yandex_alt(d, GAL, "Перенос по 46120 и расценки на 2027 г.", t)

@L("2026-11-20 08:45:17", D("46312", ["1","3"], WAY, "'Выехал, по позициям 1 и 3'; poz.2 on Saturday is a plan; quote mentions 46120 (ignored)"))
def _(d):
    t = ("Выехал, по позициям 1 и 3. На 2-ю (кв 36) собственник просит в субботу.\n\n19.11.2026, 09:11, \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>:\n"
         + q_gt(req_body("46312")))
    return plain_mail(d, RAM, "Re: " + req_subj("46312"), t, "yandex", cte="quoted-printable", in_reply_to=req_mid("46312"))

@L("2026-11-20 10:40:40", D("46312", ["1","3"], ON, "HTML-only table, rows positions 1 and 3, 'на месте'"))
def _(d):
    header = ["№ заявки","адрес","кв.","позиция","статус","время"]
    rows = [["46312","Х. Такташа 105","12","1","на месте","10:20"],
            ["46312","Х. Такташа 105","90","3","на месте","10:25"]]
    html = outlook_html("Добрый день!\n", table=(header, rows), after_text="\n" + SIG_GUL)
    return html_only(d, GUL, "46312 — статус", html)

@L("2026-11-20 14:15:23", D("46312", ["1","3"], LEFT, "caps 'СДЕЛАНО' for positions 1,3 (subject '46312 1,3')"))
def _(d):
    return plain_mail(d, RAM, "46312 1,3", "СДЕЛАНО. кв 12 и кв 90, пломбы 0471371-0471374. показания в актах" + SIG_YAMOB, "yandexmob", cte="quoted-printable")

@L("2026-11-20 16:00:08", R("position 3 does not exist in request 46133 (only 1,2)"))
def _(d):
    return yandex_alt(d, ART, "46133 поз 3", "46133 поз 3 выполнено, кв 58 ГВС поставил (в прошлый раз не меняли), пломба 0471380\n\n" + SIG_ART)

@L("2026-11-21 12:05:46", D("46312", ["2"], LEFT, "subject 'Такташа 105 кв 36 (46312-2)', body 'закончил в 11:50'"))
def _(d):
    return plain_mail(d, RAM, "Такташа 105 кв 36 (46312-2)", "закончил в 11:50, пломбы 0471388/0471389. Хвс 00000,002 гвс 00000,000\nРамиль", "yandex", cte="quoted-printable")

@L("2026-11-23 08:55:31", D("46400", [], ACC, "'принято в работу'; visit 24.11 is a plan"))
def _(d):
    t = "Добрый день, принято в работу, выход 24.11 (Хасанов).\n\n" + SIG_GUL + "\n\n" + q_req_outlook("46400")
    return outlook_mail(d, GUL, "RE: " + req_subj("46400"), t, in_reply_to=req_mid("46400"))

@L("2026-11-23 09:30:12", I("Outlook calendar meeting response (METHOD:REPLY, accepted)"))
def _(d):
    ics = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
           "ATTENDEE;PARTSTAT=ACCEPTED;CN=Сафина Гульнара:mailto:g.safina@vodouchet-kzn.ru\r\n"
           "SUMMARY;LANGUAGE=ru-RU:Принято: Планёрка по графику замены ИПУ на декабрь\r\n"
           "DTSTART;TZID=Russian Standard Time:20261125T100000\r\nDTEND;TZID=Russian Standard Time:20261125T110000\r\n"
           "UID:040000008200E00074C5B7101A82E008000000000F1A6C2C4D1DDB01000000000000000010000000\r\n"
           "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
           "LOCATION;LANGUAGE=ru-RU:Teams\r\nDTSTAMP:20261123T063012Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    m = MIMEMultipart("alternative")
    m.attach(textpart("", "plain", "utf-8", "base64"))
    cal = MIMENonMultipart("text", "calendar", method="REPLY", charset="utf-8")
    cal.set_payload(base64.encodebytes(ics.encode()).decode()); cal["Content-Transfer-Encoding"] = "base64"
    m.attach(cal)
    return finalize(m, GUL, "Принято: Планёрка по графику замены ИПУ на декабрь", d, "outlook")

@L("2026-11-23 10:12:58", I("bounce from the contractor's mail server (user unknown) returning dispatch's letter about 46400"))
def _(d):
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(textpart("This is the mail system at host mx1.vodouchet-kzn.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                      "                   The mail system\n\n<s.mironov@vodouchet-kzn.ru>: host mx1.vodouchet-kzn.ru[local] said: 550 5.1.1\n"
                      "    <s.mironov@vodouchet-kzn.ru>: Recipient address rejected: User unknown in local recipient table\n",
                      "plain", "us-ascii", "7bit"))
    ds = MIMEBase("message", "delivery-status")
    b1 = Message(); b1["Reporting-MTA"] = "dns; mx1.vodouchet-kzn.ru"; b1["X-Postfix-Queue-ID"] = "4Hq2Wd0sZKz9tx"
    b1["Arrival-Date"] = "Mon, 23 Nov 2026 10:12:57 +0300"
    b2 = Message(); b2["Final-Recipient"] = "rfc822; s.mironov@vodouchet-kzn.ru"; b2["Original-Recipient"] = "rfc822;s.mironov@vodouchet-kzn.ru"
    b2["Action"] = "failed"; b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown in local recipient table"
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = Message()
    orig["From"] = formataddr(DISPATCH, charset="utf-8")
    orig["To"] = "s.mironov@vodouchet-kzn.ru"
    orig["Subject"] = Header("Заявка № 46400 — назначен исполнитель?", "utf-8").encode()
    orig["Date"] = "Mon, 23 Nov 2026 10:12:50 +0300"
    orig["Message-ID"] = "<omis-46400-q1-202611231012@zakazchik-omis.ru>"
    orig["MIME-Version"] = "1.0"
    orig["Content-Type"] = 'text/plain; charset="utf-8"'
    orig["Content-Transfer-Encoding"] = "base64"
    orig.set_payload(base64.encodebytes("Сергей, добрый день. По заявке 46400 вы назначены исполнителем? Подтвердите, пожалуйста.\nДиспетчерская ОМИС".encode()).decode())
    rp = MIMEBase("message", "rfc822"); rp.set_payload([orig])
    m.attach(rp)
    return finalize(m, DAEMON, "Undelivered Mail Returned to Sender", d, "other",
                    extra=[("Auto-Submitted", "auto-replied")])

@L("2026-11-24 08:20:09", D("46400", ["1","2"], WAY, "subject '46400 (1,2)', 'в пути, будем минут через 40'"))
def _(d):
    return plain_mail(d, ILD, "46400 (1,2)", "в пути, будем минут через 40, пробка на Ибрагимова" + SIG_MAILRU, "mailru")

@L("2026-11-24 09:10:44", D("46400", ["1"], ON, "'ПОЗ 1 HA MECTE' written with Latin look-alike capitals"))
def _(d):
    return plain_mail(d, ILD, "46400", "ПОЗ 1 HA MECTE, кв 23" + SIG_MAILRU, "mailru")

@L("2026-11-24 13:45:37", D("46400", ["1","2"], LEFT, "'п1 п2 ГОТОВО' with readings and seal ranges"))
def _(d):
    t = ("кв 23: хвс 00000,004 гвс 00000,002, пломбы 0471402-0471405\nкв 150 то же самое, пломбы 0471406-0471409, старые счётчики забрали на утилизацию" + SIG_MAILRU)
    return plain_mail(d, ILD, "46400 п1 п2 ГОТОВО", t, "mailru")

@L("2026-11-25 10:00:26", R("accountant: acts for two different requests (46206 and 46219) in one letter"))
def _(d):
    t = ("Добрый день!\n\nПо заявкам № 46206 (ул. Фучика, 58) и № 46219 (ул. Минская, 10) работы выполнены, направляем акты № 318 и № 319 от 25.11.2026. "
         "Сумма по двум актам 11 200,00 руб.\nПросим подписать.\n\n" + SIG_LIL)
    return plain_mail(d, LIL, "Акты по заявкам 46206, 46219", t, "thebat", charset="koi8-r", cte="quoted-printable")

@L("2026-11-25 11:30:50", R("thanks / acknowledgement of dispatch's register, no status"))
def _(d):
    t = ("Ольга Петровна, спасибо, реестр получили, сверим до пятницы и вернёмся с замечаниями. "
         "По 46133 там, кажется, не та квартира во второй строке — проверим.\n\n" + SIG_GUL +
         "\n\n" + q_outlook("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", dt("2026-11-25 09:05:00"), "g.safina@vodouchet-kzn.ru",
                             "Реестр заявок за ноябрь", "Гульнара, добрый день. Во вложении реестр заявок за ноябрь для сверки.\nДиспетчер Никитина О.П."))
    return outlook_mail(d, GUL, "RE: Реестр заявок за ноябрь", t)

@L("2026-11-26 09:15:03", D("46305", ["1","2"], LEFT, "The Bat! reply with 'НО>' initials quote; 'работы по 46305 (поз. 1, 2) завершены 18.11', act attached"))
def _(d):
    t = ("Здравствуйте, Ольга Петровна.\n\nВы писали 25 ноября 2026 г., 17:02:\n\n"
         "НО> Лилия, пришлите, пожалуйста, акт по 46305, у нас она не закрыта.\n\n"
         "Работы по 46305 (поз. 1, 2) завершены 18.11, акт № 327 от 26.11.2026 во вложении.\n\n" + SIG_LIL)
    m = MIMEMultipart("mixed")
    m.attach(textpart(t, "plain", "koi8-r", "8bit"))
    pdf = MIMEBase("application", "pdf", name="akt_327.pdf")
    pdf.set_payload(base64.encodebytes(b"%PDF-1.4\n% akt 327 stub\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").decode())
    pdf["Content-Transfer-Encoding"] = "base64"
    pdf["Content-Disposition"] = 'attachment; filename="akt_327.pdf"'
    m.attach(pdf)
    return finalize(m, LIL, "Re: Акт по заявке 46305", d, "thebat", hcharset="koi8-r",
                    in_reply_to="<omis-akt46305-202611251702@zakazchik-omis.ru>")

# ======================================================================
def main():
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    ld = os.path.join(OUT, "letters")
    for f in os.listdir(ld):
        os.remove(os.path.join(ld, f))
    for i, (d, fn, label) in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        msg = reorder(fn(d))
        for part in msg.walk():
            if part is not msg and part.get("From") is None:
                del part["MIME-Version"]
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
        data = buf.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(ld, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    reg = {"contractor": {"name": "ООО «ВодоУчёт»",
                          "emails": [a[1] for a in (GUL, ILD, ART, RAM, LIL, GAL, OFF, NEWS, DAEMON)],
                          "domains": ["vodouchet-kzn.ru"]},
           "requests": [{"number": r[0], "positions": r[1], "registered_at": dt(r[2]).isoformat(), "comment": r[3]} for r in REG]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))

if __name__ == "__main__":
    main()
