# -*- coding: utf-8 -*-
"""Generator of test letters for persona АО «Теплосеть-Сервис» (Екатеринбург, +0500).
Run: python3 make.py  (writes letters/*.eml, labels.json, registry.json)"""
import base64, quopri, json, os, random, html, hashlib
from datetime import datetime, timezone, timedelta
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(290417)
TZ = timezone(timedelta(hours=5))
CUST = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"
CUST_ADDR = "dispatch@zakazchik-omis.ru"

# ---------------------------------------------------------------- people
GM = ("Мурзина Галина Петровна", "dispetcher@teploset-servis.ru")
OV = ("Варнавин Олег Игоревич", "o.varnavin@teploset-servis.ru")
KZ = ("Кузьмин Алексей", "a.kuzmin@teploset-servis.ru")
SH = ("Ринат Шакиров", "shakirov.rinat@mail.ru")
PT = ("Денис Петров", "brigada3.teploset@gmail.com")
GS = ("Гусев Андрей Валерьевич", "a.gusev@teploset-servis.ru")
MS = ("Масленников Виктор Степанович", "v.maslennikov@teploset-servis.ru")
SF = ("Сафиуллина Лилия Рашитовна", "l.safiullina@teploset-servis.ru")
ZT = ("Зотов Пётр Алексеевич", "p.zotov@teploset-servis.ru")
NEWS = ("Теплосеть-Сервис | Новости", "news@teploset-servis.ru")
EXCH = ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@teploset-servis.ru")

SIG_GM = """С уважением,
Мурзина Галина Петровна
диспетчер аварийно-диспетчерской службы
АО «Теплосеть-Сервис»
620102, г. Екатеринбург, ул. Монтажников, 4, оф. 212
тел. +7 (343) 310-29-40 доб. 201, моб. +7 912 604-18-33
ИНН 6679102934 / КПП 667901001"""
SIG_OV = """--
Варнавин О.И.
сменный диспетчер АДС АО «Теплосеть-Сервис»
+7 (343) 310-29-40 доб. 205"""
SIG_KZ = "Скачайте Outlook для Android<https://aka.ms/AAb9ysg>"
SIG_SH = "Отправлено из мобильной Почты Mail.ru"
SIG_GS = "Отправлено с устройства Samsung Galaxy"
SIG_MS = """--
С уважением,
Масленников В.С., начальник участка №1
АО "Теплосеть-Сервис", т. (343) 310-29-40 доб. 230"""
SIG_ZT = """--
Зотов П.А., мастер участка N2
АО "Теплосеть-Сервис"
тел. 8-343-310-29-40 доб.241, сот. 8-922-150-77-06"""

registry = {
    "contractor": {
        "name": "АО «Теплосеть-Сервис»",
        "emails": [GM[1], OV[1], SF[1], KZ[1], SH[1], PT[1], GS[1], MS[1], ZT[1], NEWS[1], EXCH[1],
                   "postmaster@teploset-servis.ru"],
        "domains": ["teploset-servis.ru"],
    },
    "requests": [
        {"number": "291204", "positions": ["1", "2"], "registered_at": "2026-11-09T06:30:00+03:00",
         "comment": "ул. Малышева, 120, ТК-12, утечка на подающем Ду 500: 1 — задвижка в ТК-12; 2 — сильфонный компенсатор на участке ТК-12 – ТК-13"},
        {"number": "291377", "positions": ["1"], "registered_at": "2026-11-09T09:10:00+03:00",
         "comment": "ул. Белинского, 56, порыв на обратном трубопроводе Ду 250"},
        {"number": "292018", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T05:00:00+03:00",
         "comment": "ул. Фрунзе, ревизия задвижек: 1 — ТК-7; 2 — ТК-8; 3 — ТК-9 (ТЗ № 2026-118)"},
        {"number": "292455", "positions": ["1", "2"], "registered_at": "2026-11-10T11:20:00+03:00",
         "comment": "пр. Ленина, замена сильфонных компенсаторов Ду 300: 1 — у д. 52; 2 — у д. 54"},
        {"number": "293100", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-11T07:45:00+03:00",
         "comment": "мкр. Ботаника, ул. Шварца, откачка воды из тепловых камер: 1 — ТК-3; 2 — ТК-4; 3 — ТК-5; 4 — ТК-6"},
        {"number": "293671", "positions": ["1"], "registered_at": "2026-11-12T04:15:00+03:00",
         "comment": "ул. Шейнкмана, 10, замена задвижки Ду 200 на вводе"},
        {"number": "294402", "positions": ["1", "2"], "registered_at": "2026-11-13T08:00:00+03:00",
         "comment": "ул. Куйбышева, парение, восстановление ППУ-изоляции: 1 — д. 44; 2 — д. 48"},
        {"number": "295013", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T06:00:00+03:00",
         "comment": "Уралмаш, ул. Победы, 20, ТК-12: 1 — секционная задвижка Ду 400; 2 — компенсатор; 3 — дренаж камеры"},
        {"number": "295880", "positions": ["1"], "registered_at": "2026-11-17T10:30:00+03:00",
         "comment": "ул. Академика Бардина, 5, ТК-40, утечка, аварийное отключение"},
        {"number": "296214", "positions": ["1", "2"], "registered_at": "2026-11-18T05:40:00+03:00",
         "comment": "ул. Восточная, замена крышек люков: 1 — ТК-15; 2 — ТК-16"},
        {"number": "297030", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T07:00:00+03:00",
         "comment": "ул. Белореченская, гидравлические испытания участков: 1 — ТК-30–ТК-31; 2 — ТК-31–ТК-32; 3 — ТК-32–ТК-33"},
        {"number": "298512", "positions": ["1"], "registered_at": "2026-11-20T09:00:00+03:00",
         "comment": "ул. Гагарина, 35, течь в ТК-21"},
    ],
}

# ---------------------------------------------------------------- customer originals (for quoting)
C = {
 "291204": ("9 ноября 2026 г. 8:31", "Заявка № 291204 ТК-12 Малышева 120 утечка Ду 500",
            """Добрый день!
Просим направить аварийную бригаду.
Заявка № 291204
Адрес: ул. Малышева, 120, тепловая камера ТК-12.
Поз. 1 — задвижка Ду 500 на подающем, течь по сальнику.
Поз. 2 — сильфонный компенсатор на участке ТК-12 – ТК-13, парение.
Параметры: Р подачи 7,2 атм, Т подачи 96 °С.
Диспетчер ОМИС Ларионова Е.В., тел. 8 (343) 222-14-07"""),
 "291377": ("9 ноября 2026 г. 11:11", "Заявка 291377 порыв Белинского 56",
            """Коллеги, новая заявка 291377.
Порыв на обратном трубопроводе Ду 250, ул. Белинского, 56, во дворе, вода выходит на поверхность.
Просьба принять и сообщить время выезда.
Ларионова Е.В."""),
 "292018": ("10 ноября 2026 г. 7:02", "Заявка № 292018 ревизия задвижек ТК-7, ТК-8, ТК-9 Фрунзе",
            """Добрый день.
Направляем заявку № 292018 на ревизию задвижек по ул. Фрунзе согласно ТЗ № 2026-118:
1. ТК-7
2. ТК-8
3. ТК-9
Отключение согласовано с 10:00 до 17:00.
Диспетчер ОМИС Сафронова И.Н."""),
 "292455": ("10 ноября 2026 г. 13:21", "Заявка 292455 компенсаторы Ленина 52, 54",
            """Заявка 292455. Замена сильфонных компенсаторов Ду 300, пр. Ленина:
п.1 — у д. 52
п.2 — у д. 54
Компенсаторы КСО 300-16-160 на складе заказчика, выдача по доверенности.
Сафронова И.Н."""),
 "293100": ("11 ноября 2026 г. 9:46", "Заявка № 293100 откачка воды ТК-3 – ТК-6 Ботаника",
            """Добрый день!
Заявка № 293100, мкр. Ботаника, ул. Шварца. Затопление тепловых камер грунтовыми водами.
Позиции: 1 — ТК-3, 2 — ТК-4, 3 — ТК-5, 4 — ТК-6.
Уровень воды до 1,5 м, теплоноситель 70/50.
Ларионова Е.В."""),
 "293671": ("12 ноября 2026 г. 6:16", "Заявка 293671 задвижка Ду 200 Шейнкмана 10",
            """Срочно. Заявка 293671.
ул. Шейнкмана, 10 — замена задвижки Ду 200 на вводе, не держит, отключить здание не можем.
Дежурный диспетчер ОМИС Котов А.А., доб. 114"""),
 "294402": ("13 ноября 2026 г. 10:01", "Заявка 294402 Куйбышева 44/48 парение",
            """Заявка 294402, ул. Куйбышева:
1) д. 44 — парение из-под плит, повреждение изоляции;
2) д. 48 — то же.
Ордер на земляные работы оформляет заказчик, номер сообщим дополнительно.
Сафронова И.Н."""),
 "295013": ("16 ноября 2026 г. 8:02", "Заявка № 295013 ТК-12 Победы 20",
            """Коллеги, по 294402 работы приняли, спасибо.
Новая заявка № 295013, Уралмаш, ул. Победы, 20, ТК-12:
поз. 1 — секционная задвижка Ду 400 (не закрывается),
поз. 2 — компенсатор сальниковый, течь,
поз. 3 — дренаж камеры забит.
Ларионова Е.В., 8 (343) 222-14-07"""),
 "295880": ("17 ноября 2026 г. 12:31", "Аварийная заявка #295880 Бардина 5",
            """Аварийная заявка #295880.
ул. Академика Бардина, 5, ТК-40, сильная утечка, выполнено аварийное отключение 12:15.
Без ГВС 3 дома. Просим выехать немедленно.
Котов А.А."""),
 "296214": ("18 ноября 2026 г. 7:41", "Заявка 296214 крышки люков ТК-15, ТК-16 Восточная",
            """Заявка 296214. ул. Восточная: замена крышек люков
1 — ТК-15 (крышка расколота),
2 — ТК-16 (крышка отсутствует, люк огорожен).
Сафронова И.Н."""),
 "297030": ("19 ноября 2026 г. 9:01", "Наряд 297030 гидроиспытания Белореченская",
            """Направляем наряд 297030 на гидравлические испытания после ремонта, ул. Белореченская.
Участки: 1 — ТК-30–ТК-31; 2 — ТК-31–ТК-32; 3 — ТК-32–ТК-33.
Давление испытания 1,25 Рраб. Представитель заказчика — Юдин С.В., тел. 8 (343) 222-14-31.
Ларионова Е.В."""),
 "298512": ("20 ноября 2026 г. 11:02", "Заявка 298512 течь ТК-21 Гагарина 35",
            """Заявка 298512. Течь в ТК-21, ул. Гагарина, 35, камера заполнена водой, парит.
Ларионова Е.В."""),
}

# ---------------------------------------------------------------- helpers
def addr(p):
    return "%s <%s>" % (p[0], p[1])

def hdr_addr(p, charset="utf-8"):
    return "%s <%s>" % (Header(p[0], charset).encode(), p[1])

def tpart(text, subtype="plain", charset="utf-8", cte="base64"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p

def to_html(text):
    out = []
    for line in text.split("\n"):
        out.append(html.escape(line) if line else "&nbsp;")
    return "<br>\n".join(out)

def outlook_html(new, quoted):
    q = ""
    if quoted:
        q = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             + to_html(quoted) + '</font></div>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>\n'
            '<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + to_html(new) + '</div>\n' + q + '\n</body></html>')

def ol_block(frm, sent, to, subj, body, cc=None):
    s = "________________________________\nОт: %s\nОтправлено: %s\nКому: %s\n" % (frm, sent, to)
    if cc:
        s += "Копия: %s\n" % cc
    s += "Тема: %s\n\n%s" % (subj, body)
    return s

def cust_block(num):
    sent, subj, body = C[num]
    return ol_block(CUST, sent, "Диспетчер Теплосеть-Сервис <dispetcher@teploset-servis.ru>", subj, body)

def gt(s):
    return ">" + "\n>".join((" " + l) if l else "" for l in s.split("\n"))

RU_M = ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
def ru_sent(dt):
    return "%d %s %d г. %d:%02d" % (dt.day, RU_M[dt.month], dt.year, dt.hour, dt.minute)

def D(day, hh, mm):
    return datetime(2026, 11, day, hh, mm, random.randint(0, 59), tzinfo=TZ)

def mid(kind, dt):
    h = hashlib.sha1(("%s%s%f" % (kind, dt.isoformat(), random.random())).encode()).hexdigest().upper()
    if kind == "ol":
        return "<VI1PR06MB%s@VI1PR06MB%s.eurprd06.prod.outlook.com>" % (h[:4], h[4:8])
    if kind == "gm":
        return "<CAH%s%s@mail.gmail.com>" % (h[:18].lower(), h[18:30])
    if kind == "mr":
        return "<%s.%s@f%s.i.mail.ru>" % (int(dt.timestamp()), h[:10].lower(), h[10:13].lower())
    if kind == "bat":
        return "<%s.%s@teploset-servis.ru>" % (h[:8], h[8:16])
    return "<%s@teploset-servis.ru>" % h[:24].lower()

letters = []  # (dt, msg, label)

def finish(msg, frm, dt, subject, kind, to=CUST, cc=None, subj_charset="utf-8", extra=None, from_charset="utf-8"):
    msg["From"] = hdr_addr(frm, from_charset)
    msg["To"] = to if to.isascii() else Header(to, "utf-8").encode()
    if to == CUST:
        msg.replace_header("To", "%s <%s>" % (Header("Диспетчерская ОМИС", "utf-8").encode(), CUST_ADDR))
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subject, subj_charset, header_name="Subject") if not subject.isascii() else subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = mid(kind, dt)
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg

def add(dt, msg, label):
    letters.append((dt, msg, label))

def outlook(frm, sig, dt, subject, new, quoted="", label=None, cc=None, cte="quoted-printable", extra=None):
    body = new + ("\n\n" + sig if sig else "")
    text = body + ("\n\n" + quoted if quoted else "")
    m = MIMEMultipart("alternative")
    m.attach(tpart(text, "plain", "utf-8", cte))
    m.attach(tpart(outlook_html(body, quoted), "html", "utf-8", cte))
    ex = {"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "Content-Language": "ru-RU",
          "Thread-Topic": subject.replace("RE: ", "").replace("FW: ", "")}
    if quoted:
        ex["In-Reply-To"] = mid("ol", dt)
    ex.update(extra or {})
    finish(m, frm, dt, subject, "ol", cc=cc or "Мурзина Галина Петровна <dispetcher@teploset-servis.ru>" if frm != GM else cc, extra=ex)
    add(dt, m, label)

def ol_android(dt, subject, new, quoted="", label=None):
    # Outlook for Android, crew leader Кузьмин
    body = new + "\n\n" + SIG_KZ
    text = body + ("\n" + quoted if quoted else "")
    m = MIMEMultipart("alternative")
    m.attach(tpart(text, "plain", "utf-8", "base64"))
    m.attach(tpart('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">'
                   + to_html(new) + '</div><div dir="auto"><br></div><div class="ms-outlook-mobile-signature">' + to_html(SIG_KZ)
                   + '</div>' + ('<hr>' + to_html(quoted) if quoted else '') + '</body></html>', "html", "utf-8", "base64"))
    finish(m, KZ, dt, subject, "ol", cc="dispetcher@teploset-servis.ru", extra={"X-Mailer": "Outlook for Android"})
    add(dt, m, label)

def gmail(frm, dt, subject, new, quoted="", qhead="", label=None, below=False, sig=""):
    if below:
        text = qhead + "\n\n" + gt(quoted) + "\n\n" + new
    else:
        text = new + (("\n\n" + sig) if sig else "") + (("\n\n" + qhead + "\n\n" + gt(quoted)) if quoted else "")
    m = MIMEMultipart("alternative")
    m.attach(tpart(text, "plain", "utf-8", "base64"))
    hq = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(qhead) +
          '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
          + to_html(quoted) + '</blockquote></div>') if quoted else ""
    hn = '<div dir="auto">' + to_html(new) + '</div>'
    m.attach(tpart('<div dir="auto">' + ((hq + hn) if below else (hn + hq)) + '</div>', "html", "utf-8", "base64"))
    finish(m, frm, dt, subject, "gm", cc="dispetcher@teploset-servis.ru")
    add(dt, m, label)

def mailru(dt, subject, new_html, label=None, quoted_html=""):
    # Mail.ru mobile: HTML only
    h = ('<HTML><BODY><div>' + new_html + '</div><div><br></div><div>--<br>' + SIG_SH + '</div>'
         + (('<br><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">' + quoted_html + '</blockquote>') if quoted_html else '')
         + '</BODY></HTML>')
    m = tpart(h, "html", "utf-8", "base64")
    finish(m, SH, dt, subject, "mr", cc="dispetcher@teploset-servis.ru", extra={"X-Mailer": "Mail.Ru Mailer 1.0", "X-Priority": "3 (Normal)"})
    add(dt, m, label)

def samsung(dt, subject, new, quoted_hdr="", quoted="", label=None):
    text = new + "\n\n\n" + SIG_GS + (("\n\n\n-------- Исходное сообщение --------\n" + quoted_hdr + "\n\n" + quoted) if quoted else "")
    m = MIMEMultipart("alternative")
    m.attach(tpart(text, "plain", "utf-8", "base64"))
    m.attach(tpart('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">'
                   + to_html(new) + '</div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">'
                   + SIG_GS + '</div></div>' + (('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Исходное сообщение --------</div><div dir="auto">'
                   + to_html(quoted_hdr) + '</div><div dir="auto"><br></div>' + to_html(quoted) + '</div>') if quoted else '') + '</body></html>', "html", "utf-8", "base64"))
    finish(m, GS, dt, subject, "gm", cc="dispetcher@teploset-servis.ru")
    add(dt, m, label)

def thebat(frm, dt, subject, text, charset, label=None, cte="8bit"):
    m = tpart(text, "plain", charset, cte)
    finish(m, frm, dt, subject, "bat", cc="dispetcher@teploset-servis.ru", subj_charset=charset, from_charset=charset,
           extra={"X-Mailer": "The Bat! (v9.4.5) Professional", "Reply-To": hdr_addr(frm, charset), "X-Priority": "3 (Normal)"})
    add(dt, m, label)

def lab(expect, request=None, positions=None, status=None, note=""):
    d = {"expect": expect}
    if expect == "decided":
        d.update({"request": request, "positions": positions, "status": status})
    d["note"] = note
    return d

P, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
OLTO = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"
ME = "Диспетчер Теплосеть-Сервис <dispetcher@teploset-servis.ru>"
GMA = "Мурзина Галина Петровна <dispetcher@teploset-servis.ru>"

# ================================================================ 291204
s = C["291204"][1]
d1 = D(9, 8, 52)
t1 = "Добрый день, Елена Викторовна.\nПринято в работу, направляем бригаду Кузьмина. Ответственный — мастер Зотов П.А., доб. 241."
outlook(GM, SIG_GM, d1, "RE: " + s, t1, cust_block("291204"),
        lab("decided", "291204", [], P, "accepted, no position named"))
q1 = ol_block(GMA, ru_sent(d1), OLTO, "RE: " + s, t1 + "\n\n" + SIG_GM) + "\n\n" + cust_block("291204")

d2 = D(9, 9, 5)
ol_android(d2, "291204", "Выехали на малыша 120 тк12, будем минут через 25",
           label=lab("decided", "291204", [], V, "'Выехали на' (autocorrect малыша=Малышева) = on the way; тк12 is a chamber, number only in subject"))

d3 = D(9, 9, 41)
t3 = "Бригада на месте, вскрывают камеру."
outlook(GM, SIG_GM, d3, "RE: " + s, t3, q1,
        lab("decided", "291204", [], M, "one-liner on top of quote; quoted history has 'принято в работу'"))
q3 = ol_block(GMA, ru_sent(d3), OLTO, "RE: " + s, t3 + "\n\n" + SIG_GM) + "\n\n" + q1

d4 = D(9, 13, 20)
ol_android(d4, "RE: " + s, "По задвижке п.1 закончили, набивку сальника поменяли, течь устранили. Компенсатор (п.2) завтра, нужен ордер на раскопку, без него не полезем",
           quoted=q3, label=lab("decided", "291204", ["1"], U, "п.1 finished, п.2 only planned for tomorrow"))

d5 = D(10, 8, 10)
t5 = "Бригада на 291204 поз.2 выехала, ордер на земляные работы № 29/1147-Р от 09.11.2026 получен, копию прикладывать не стали — у водителя на руках."
outlook(GM, SIG_GM, d5, "RE: " + s, t5, q3,
        lab("decided", "291204", ["2"], V, "поз.2 crew left for site; ордер number is noise"))
q5 = ol_block(GMA, ru_sent(d5), OLTO, "RE: " + s, t5 + "\n\n" + SIG_GM) + "\n\n" + q3

d6 = D(10, 15, 45)
outlook(OV, SIG_OV, d6, "RE: 291204-2 убыли", "", q5,
        lab("decided", "291204", ["2"], U, "status only in subject '291204-2 убыли', body is signature only; quote has 'выехала'"))

# ================================================================ 291377
s = C["291377"][1]
d7 = D(9, 11, 25)
t7 = "Заявку 291377 приняли. Бригада Шакирова заканчивает на Решетникова, оттуда сразу на Белинского, ориентировочно к 13:30."
outlook(GM, SIG_GM, d7, "RE: " + s, t7, ol_block(CUST, C["291377"][0], ME, s, C["291377"][2]),
        lab("decided", "291377", [], P, "accepted; travel only planned"))

d8 = D(9, 14, 2)
mailru(d8, "Re: Заявка 291377 принята",
       "Бригада ня месте белинского 56 раскапываем.<br>Давл 6 атм на подаче т 95, обратка перекрыта",
       label=lab("decided", "291377", [], M, "Re-subject names old status 'принята', body says on site (typo ня месте)"),
       quoted_html="Заявку 291377 приняли. Бригада Шакирова заканчивает на Малышева...")

d9 = D(9, 19, 30)
outlook(OV, SIG_OV, d9, "RE: " + s,
        "291377 — порыв заварили, котлован засыпали, бригада уехала в 19:10. Подача восстановлена, т подачи 98 °С, Р 6,1 атм.",
        ol_block(GMA, ru_sent(d7), OLTO, "RE: " + s, t7 + "\n\n" + SIG_GM),
        lab("decided", "291377", [], U, "work done, crew left 19:10"))

# ================================================================ 292018
s = C["292018"][1]
d10 = D(10, 7, 20)
t10 = "Принято. ТЗ № 2026-118 получили. Начнём после 10:00 в порядке ТК-7, ТК-8, ТК-9, бригада Петрова."
outlook(GM, SIG_GM, d10, "RE: " + s, t10, ol_block(CUST, C["292018"][0], ME, s, C["292018"][2]),
        lab("decided", "292018", [], P, "accepted; ТЗ number and ТК numbers are noise"))

d11 = D(10, 10, 5)
gmail(PT, d11, "Re: " + s, "На тк-7 (поз 1) приехали, ждем представителя с ключами от камеры",
      quoted=t10, qhead="вт, 10 нояб. 2026 г., 07:20 Мурзина Галина Петровна <dispetcher@teploset-servis.ru>:",
      label=lab("decided", "292018", ["1"], M, "arrived at поз 1 (ТК-7)"))

d12 = D(10, 12, 3)
outlook(GM, SIG_GM, d12, "Сводка на 12:00 — заявка 292018",
        "Сводка на 12:00, заявка 292018 (ул. Фрунзе):\n"
        "п.1 ТК-7 — ревизия задвижки выполнена, бригада перешла на ТК-8;\n"
        "п.2 ТК-8 — бригада на месте с 11:50, разборка;\n"
        "п.3 ТК-9 — не начинали.", "",
        lab("review", note="summary with different statuses for different positions (1 done, 2 on site)"))

d13 = D(10, 14, 2)
outlook(GM, SIG_GM, d13, "Сводка на 14:00 — заявка 292018",
        "Сводка на 14:00 по заявке 292018:\n"
        "п.1 ТК-7 — выполнено (11:40)\n"
        "п.2 ТК-8 — выполнено (13:55), бригада с камеры ушла\n"
        "п.3 ТК-9 — переносится на 11.11, камера затоплена, доступа нет", "",
        lab("decided", "292018", ["1", "2"], U, "summary: 1 and 2 finished, 3 postponed (plan)"))

d14 = D(11, 9, 15)
gmail(PT, d14, "Re: 292018", "Тк 9 (3я) сделали задвижку перебрали, ход плавный. Уезжаем",
      label=lab("decided", "292018", ["3"], U, "3я позиция done, leaving; number only in subject"))

# ================================================================ 292455
s = C["292455"][1]
d15 = D(10, 13, 40)
h15 = ('<html><body><p style="font-family:Calibri">Добрый день.</p><p style="font-family:Calibri">Заявка <b>292455</b> принята в работу. '
       'Ответственный мастер Гусев А.В., тел. +7 (343) 310-29-45 доб. 2245.</p>'
       '<p style="font-family:Calibri">' + to_html(SIG_GM) + '</p></body></html>')
m = tpart(h15, "html", "utf-8", "quoted-printable")
finish(m, GM, d15, "RE: " + s, "ol", extra={"Content-Language": "ru-RU"})
add(d15, m, lab("decided", "292455", [], P, "HTML-only; phone extension 2245 is noise"))

d16 = D(11, 8, 30)
samsung(d16, "292455 п1", "Выдвигаемся на Ленина 52 п1, компенсатор везём с собой, со склада получили по доверенности 118",
        label=lab("decided", "292455", ["1"], V, "'выдвигаемся на' = on the way"))

d17 = D(11, 9, 5)
outlook(GM, SIG_GM, d17, "RE: 292455 п.1 на месте", "",
        ol_block("Гусев Андрей Валерьевич <a.gusev@teploset-servis.ru>", ru_sent(d16), OLTO, "292455 п1",
                 "Выдвигаемся на Ленина 52 п1, компенсатор везём с собой, со склада получили по доверенности 118\n\n" + SIG_GS),
        lab("decided", "292455", ["1"], M, "status only in subject, body = signature; quote says 'выдвигаемся'"))

d18 = D(11, 16, 40)
t18 = "292455: по позиции 1 компенсатор заменён, опрессовка 16 атм прошла, бригада убыла. По второй позиции — завтра с утра."
outlook(GM, SIG_GM, d18, "RE: " + s, t18, ol_block(CUST, C["292455"][0], ME, s, C["292455"][2]),
        lab("decided", "292455", ["1"], U, "pos 1 done and left, pos 2 plan"))

d19 = D(12, 12, 31)
samsung(d19, "Re: 292455", "Ленина 54 (п.2) закончили в 12.15, ограждение сняли, уехали на базу",
        quoted_hdr="От: Мурзина Галина Петровна <dispetcher@teploset-servis.ru>\nДата: 11.11.26 16:40 (GMT+05:00)\nКому: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nТема: RE: 292455",
        quoted=t18, label=lab("decided", "292455", ["2"], U, "п.2 finished 12.15, left; quote has pos 1 status"))

d20 = D(12, 15, 10)
samsung(d20, "292455 акт", "Елена Викторовна, по 292455 кто с вашей стороны подпишет акт КС-2? И счёт выставлять отдельно или в сводный за ноябрь по договору 17/2026-ТС?",
        label=lab("review", note="contract/act question, no status"))

# ================================================================ 293100
s = C["293100"][1]
d21 = D(11, 10, 0)
t21 = "Принято 293100, 4 позиции. Илосос выделим к обеду, сейчас занят на Фрунзе."
outlook(GM, SIG_GM, d21, "RE: " + s, t21, ol_block(CUST, C["293100"][0], ME, s, C["293100"][2]),
        lab("decided", "293100", [], P, "accepted all 4 positions"))

d22 = D(11, 11, 50)
ol_android(d22, "293100 поз 1-2", "Илосос КО-560 гос номер Е293КС196 выехал на Шварца, начинаем с поз 1-2 (тк3, тк4)",
           label=lab("decided", "293100", ["1", "2"], V, "vehicle left for site; car plate contains 293 as noise"))

d23 = D(11, 13, 10)
ol_android(d23, "RE: 293100 поз 1-2", "На месте тк-3 и тк-4 п1 п2, откачиваем. Вода 1,2 м, т воды 40",
           quoted="\nОт: Кузьмин Алексей <a.kuzmin@teploset-servis.ru>\nОтправлено: " + ru_sent(d22) + "\nТема: 293100 поз 1-2\n\nИлосос КО-560 гос номер Е293КС196 выехал на Шварца, начинаем с поз 1-2 (тк3, тк4)",
           label=lab("decided", "293100", ["1", "2"], M, "on site п1 п2"))

d24 = D(11, 16, 3)
tab = [("1", "ТК-3", "откачка завершена", "убыли 15:20"), ("2", "ТК-4", "откачка завершена", "убыли 15:40"),
       ("3", "ТК-5", "—", "перенос на 12.11"), ("4", "ТК-6", "—", "перенос на 12.11")]
plain24 = "Сводка на 16:00, заявка № 293100 (мкр. Ботаника, ул. Шварца)\n\nПоз.\tКамера\tРабота\tСтатус\n" + \
          "\n".join("\t".join(r) for r in tab) + "\n\n" + SIG_GM
html24 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
          '<p style="font-family:Calibri;font-size:11pt">Сводка на 16:00, заявка № 293100 (мкр. Ботаника, ул. Шварца)</p>'
          '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri;font-size:11pt">'
          '<tr style="background:#D9E1F2"><th>Поз.</th><th>Камера</th><th>Работа</th><th>Статус</th></tr>'
          + "".join("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>" for r in tab)
          + '</table><p style="font-family:Calibri;font-size:11pt">' + to_html(SIG_GM) + '</p></body></html>')
m = MIMEMultipart("alternative")
m.attach(tpart(plain24, "plain", "utf-8", "base64"))
m.attach(tpart(html24, "html", "utf-8", "base64"))
finish(m, GM, d24, "Сводка на 16:00 — 293100", "ol", extra={"Content-Language": "ru-RU"})
add(d24, m, lab("decided", "293100", ["1", "2"], U, "HTML table summary: rows 1,2 left, rows 3,4 postponed"))

d25 = D(12, 9, 20)
ol_android(d25, "293100", "Выехали на тк5 тк6 (3,4 поз), илосос с нами",
           label=lab("decided", "293100", ["3", "4"], V, "on the way to positions 3,4"))

d26 = D(12, 13, 5)
fw26 = ("Пересылаю от бригадира.\n\n" + SIG_GM + "\n\n"
        "-----Original Message-----\nFrom: Кузьмин Алексей <a.kuzmin@teploset-servis.ru>\nSent: Thursday, November 12, 2026 12:58 PM\n"
        "To: Мурзина Галина Петровна <dispetcher@teploset-servis.ru>\nSubject: 293100\n\n"
        "Галя, 293100 п3 п4 всё откачали, камеры сухие, илосос отпустил, уехали\n\n" + SIG_KZ)
m = MIMEMultipart("alternative")
m.attach(tpart(fw26, "plain", "utf-8", "quoted-printable"))
m.attach(tpart(outlook_html(fw26, ""), "html", "utf-8", "quoted-printable"))
finish(m, GM, d26, "FW: 293100", "ol", extra={"Content-Language": "ru-RU"})
add(d26, m, lab("decided", "293100", ["3", "4"], U, "forward of crew message: п3 п4 done, left"))

# ================================================================ 293671
s = C["293671"][1]
d27 = D(12, 6, 40)
outlook(OV, SIG_OV, d27, "RE: 293671 выезд в 7:30", "Приняли, выезд в 7:30, бригада Кузьмина.",
        ol_block(CUST, C["293671"][0], ME, s, C["293671"][2]),
        lab("decided", "293671", [], P, "accepted; departure is a plan"))

d28 = D(12, 7, 35)
ol_android(d28, "293671", "Едем на шейнкмана, задвижку 30с41нж ду200 взяли",
           label=lab("decided", "293671", [], V, "'едем' = travelling now; valve model is noise"))

d29 = D(12, 8, 10)
outlook(OV, SIG_OV, d29, "RE: 293671 выезд в 7:30", "На месте с 8:05. Перекрываем ТК, отключение ГВС здания до 14:00.",
        ol_block(addr(OV), ru_sent(d27), OLTO, "RE: 293671 выезд в 7:30", "Приняли, выезд в 7:30, бригада Кузьмина.\n\n" + SIG_OV),
        lab("decided", "293671", [], M, "Re-subject names 'выезд', body says on site since 8:05"))

d30 = D(12, 13, 50)
thebat(MS, d30, "Заявка 293671 - выполнено",
       "Добрый день.\n\nРаботы по заявке 293671 выполнены: задвижка 30с41нж Ду200 Ру16 заменена,\n"
       "фланцы ПМ-200, прокладки паронит. Испытана рабочим давлением 6 кгс/см2.\n"
       "Бригада убыла с объекта в 13:35, ГВС подано.\n\n" + SIG_MS, "windows-1251",
       lab("decided", "293671", [], U, "The Bat! windows-1251 8bit; crew left 13:35"))

# ================================================================ 294402
s = C["294402"][1]
d31 = D(13, 10, 15)
outlook(GM, SIG_GM, d31, "RE: " + s, "В работе.", ol_block(CUST, C["294402"][0], ME, s, C["294402"][2]),
        lab("decided", "294402", [], P, "'В работе' = accepted"))

d32 = D(13, 10, 50)
mailru(d32, "Re: " + s, "Галина а на куйбышева ордер есть? без ордера копать не буду, в прошлый раз штраф 50 тыс выписали",
       label=lab("review", note="question about excavation permit, no status"))

d33 = D(13, 12, 20)
mailru(d33, "294402 (1)", "выехали на куйбышева 44",
       label=lab("decided", "294402", ["1"], V, "'выехали на' = on the way; position in brackets in subject"))

d34 = D(13, 12, 55)
# Latin look-alikes inside Cyrillic words: a, e, o, c, p
mailru(d34, "Re: 294402 (1)", "Бригада нa мecтe пo пoз.1, вскрываем плиты. Ордер № 3318-И/26 Гусев привёз",
       label=lab("decided", "294402", ["1"], M, "Latin look-alike letters in 'нa мecтe пo пoз'; ордер number is noise"))

d35 = D(13, 17, 30)
outlook(GM, SIG_GM, d35, "RE: " + s,
        "По 294402 — обе позиции (д. 44 и д. 48) закрыты, ППУ-скорлупу восстановили, бригада ушла с объекта в 17:10.",
        ol_block(GMA, ru_sent(d31), OLTO, "RE: " + s, "В работе.\n\n" + SIG_GM) + "\n\n" + ol_block(CUST, C["294402"][0], ME, s, C["294402"][2]),
        lab("decided", "294402", ["1", "2"], U, "both positions named (д.44 и д.48), left 17:10"))

# ================================================================ 295013
s = C["295013"][1]
d36 = D(16, 8, 20)
t36 = "Заявку № 295013 взяли в работу."
outlook(GM, SIG_GM, d36, "RE: " + s, t36, ol_block(CUST, C["295013"][0], ME, s, C["295013"][2]),
        lab("decided", "295013", [], P, "accepted; quoted customer text mentions 294402 closed"))

d37 = D(16, 8, 50)
gmail(PT, d37, "Re: " + s, "Ввыехали на уралмаш победы 20 тк-12",
      quoted=t36 + "\n\n" + SIG_GM, qhead="пн, 16 нояб. 2026 г., 08:20 Мурзина Галина Петровна <dispetcher@teploset-servis.ru>:",
      label=lab("decided", "295013", [], V, "typo 'Ввыехали на' = on the way; ТК-12 is also in 291204, but number in subject is 295013"))

d38 = D(16, 9, 40)
q38 = (ol_block("Денис Петров <brigada3.teploset@gmail.com>", ru_sent(d37), OLTO, "Re: " + s, "Ввыехали на уралмаш победы 20 тк-12")
       + "\n\n" + ol_block(GMA, ru_sent(d36), OLTO, "RE: " + s, t36 + "\n\n" + SIG_GM)
       + "\n\n" + ol_block(CUST, C["295013"][0], ME, s, C["295013"][2])
       + "\n\n" + ol_block(GMA, "13 ноября 2026 г. 17:30", OLTO, "RE: " + C["294402"][1],
                           "По 294402 — обе позиции (д. 44 и д. 48) закрыты, ППУ-скорлупу восстановили, бригада ушла с объекта в 17:10.\n\n" + SIG_GM))
outlook(GM, SIG_GM, d38, "RE: " + s, "Прибыли.", q38,
        lab("decided", "295013", [], M, "one-word reply on top of long chain with statuses of 295013 and 294402"))

d39 = D(16, 11, 30)
gmail(PT, d39, "295013 п3", "п.3 дренаж прочистили, вода ушла, готово. по 1 и 2 ждем задвижку ду400 со склада",
      label=lab("decided", "295013", ["3"], U, "п.3 done ('готово'); 1,2 waiting"))

d40 = D(16, 13, 0)
outlook(GM, SIG_GM, d40, "RE: " + s,
        "Коллеги, по 295013 задвижка Ду 400 Ру 16 будет на складе только завтра. Предлагаем п.1 и п.2 выполнить 17.11 с 9:00, отключение на 6 часов. Согласуете?",
        q38, lab("review", note="proposal/question to reschedule, no status"))

d41 = D(17, 15, 40)
thebat(ZT, d41, "Re: Заявка N 295013",
       "Здравствуйте, Галина Петровна.\n\nВы писали 16 ноября 2026 г., 13:00:\n\n"
       "ГМ> Коллеги, по 295013 задвижка Ду 400 Ру 16 будет на складе только завтра.\n"
       "ГМ> Предлагаем п.1 и п.2 выполнить 17.11 с 9:00, отключение на 6 часов. Согласуете?\n\n"
       "По заявке 295013 позиции 1 и 2 выполнены сегодня в 15:20, задвижка установлена,\n"
       "компенсатор перенабит, бригада с объекта убыла. Акт направим отдельно.\n\n" + SIG_ZT, "koi8-r",
       lab("decided", "295013", ["1", "2"], U, "KOI8-R The Bat!, answer under initials-quoted text; 1 and 2 done, left"))

# ================================================================ 295880
s = C["295880"][1]
d42 = D(17, 12, 40)
outlook(OV, "", d42, "RE: 295880 принято", "", ol_block(CUST, C["295880"][0], ME, s, C["295880"][2]),
        lab("decided", "295880", [], P, "reply only in subject, empty body"))

d43 = D(17, 12, 52)
mailru(d43, "Re: " + s, "По 295880 ещё не выехали, газель на ремонте, жду вторую машину с Монтажников",
       label=lab("review", note="negation: not yet departed"))

d44 = D(17, 13, 20)
mailru(d44, "Re: " + s, "Всё, едем. Будем минут через 40, пробка на Посадской",
       label=lab("decided", "295880", [], V, "'будем через 40 минут' = on the way; number only in subject"))

d45 = D(17, 14, 20)
fw45 = ("Бригада Шакирова на месте.\n\n" + SIG_OV + "\n\n"
        "---------- Forwarded message ---------\nОт: Ринат Шакиров <shakirov.rinat@mail.ru>\nDate: вт, 17 нояб. 2026 г. в 14:07\n"
        "Subject: Бардина\nTo: <o.varnavin@teploset-servis.ru>\n\n"
        "Бардина 5 (295880) прибыли 14:05, тк-40 полная воды, откачиваем")
m = MIMEMultipart("alternative")
m.attach(tpart(fw45, "plain", "utf-8", "quoted-printable"))
m.attach(tpart(outlook_html(fw45, ""), "html", "utf-8", "quoted-printable"))
finish(m, OV, d45, "FW: Бардина", "ol", extra={"Content-Language": "ru-RU"})
add(d45, m, lab("decided", "295880", [], M, "forward; number in brackets after address"))

d46 = D(17, 18, 0)
mailru(d46, "Re: " + s, "Закончили. Уехали с Бардина в 17:45, хомут поставили, ГВС дали",
       label=lab("decided", "295880", [], U, "'уехали с' = left from site"))

# ================================================================ 296214
s = C["296214"][1]
d47 = D(18, 8, 0)
t47 = "296214 принята. Крышки Л-800 есть на складе, после 9:00 отправим бригаду."
outlook(GM, SIG_GM, d47, "RE: " + s, t47, ol_block(CUST, C["296214"][0], ME, s, C["296214"][2]),
        lab("decided", "296214", [], P, "accepted"))

d48 = D(18, 9, 30)
gmail(PT, d48, "Re: " + s, "выезжаем на восточную, п.1 и п.2 обе крышки в кузове",
      quoted=t47 + "\n\n" + SIG_GM, qhead="ср, 18 нояб. 2026 г., 08:00 Мурзина Галина Петровна <dispetcher@teploset-servis.ru>:",
      below=True, label=lab("decided", "296214", ["1", "2"], V, "written under the quote; 'выезжаем на' = on the way"))

d49 = D(18, 10, 15)
gmail(PT, d49, "Re: 296214 (1,2)", "На месте. Ставим крышки, люк тк-16 огорожен",
      label=lab("decided", "296214", ["1", "2"], M, "positions in brackets in subject"))

d50 = D(18, 11, 40)
gmail(PT, d50, "296214 поз.3", "Поз.3 готово, крышку закрепили",
      label=lab("review", note="position 3 does not exist in 296214 (positions 1,2)"))

d51 = D(18, 12, 10)
gmail(PT, d51, "Re: 296214", "Крышки на обоих люках поменяли, УБЫЛИ. Старые крышки везем на базу",
      label=lab("decided", "296214", [], U, "'на обоих люках' = whole request; caps"))

# ================================================================ 297030
s = C["297030"][1]
d52 = D(19, 9, 20)
outlook(GM, SIG_GM, d52, "RE: " + s, "Приняли наряд 297030, испытания начнём завтра в 9:00, опрессовочный агрегат АНИ-50 забронирован.",
        ol_block(CUST, C["297030"][0], ME, s, C["297030"][2]),
        lab("decided", "297030", [], P, "accepted; start is a plan"))

d53 = D(20, 8, 40)
samsung(d53, "297030", "Выехали на белореченскую испытания уч 1, юдину позвонили",
        label=lab("decided", "297030", ["1"], V, "уч 1 = position 1, on the way"))

d54 = D(20, 12, 4)
outlook(GM, SIG_GM, d54, "Сводка на 12:00 — наряд 297030",
        "Сводка на 12:00, наряд 297030 (Белореченская):\n"
        "уч.1 ТК-30–ТК-31 — испытан давлением 20 атм (1,25 Рраб), выдержка 10 мин, падения нет, завершено;\n"
        "уч.2 ТК-31–ТК-32 — бригада на месте, заполнение;\n"
        "уч.3 — не начинали.", "",
        lab("review", note="summary with different statuses per position (1 finished, 2 on site)"))

d55 = D(20, 14, 3)
tab = [("п.1", "ТК-30 – ТК-31", "испытания завершены 11:35", "выполнено"), ("п.2", "ТК-31 – ТК-32", "испытания завершены 13:30", "выполнено"),
       ("п.3", "ТК-32 – ТК-33", "—", "перенос на 21.11, не подготовлены заглушки Ду 500")]
html55 = ('<html><body><p style="font-family:Calibri;font-size:11pt">Сводка на 14:00, наряд 297030</p>'
          '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-family:Calibri;font-size:11pt">'
          '<tr><th>Позиция</th><th>Участок</th><th>Примечание</th><th>Состояние</th></tr>'
          + "".join("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>" for r in tab)
          + '</table><p>Бригада с участков 1 и 2 снята.</p><p style="font-family:Calibri;font-size:11pt">' + to_html(SIG_GM) + '</p></body></html>')
m = tpart(html55, "html", "utf-8", "base64")
finish(m, GM, d55, "Сводка на 14:00 — наряд 297030", "ol", extra={"Content-Language": "ru-RU"})
add(d55, m, lab("decided", "297030", ["1", "2"], U, "HTML-only table: 1,2 done, 3 postponed"))

d56 = D(21, 11, 45)
samsung(d56, "Re: 297030", "297030 3-й участок испытали, всё держит, бригада освободилась",
        label=lab("decided", "297030", ["3"], U, "'3-й участок' = position 3; 'бригада освободилась'"))

# ================================================================ 298512
s = C["298512"][1]
d57 = D(20, 11, 10)
t57 = "Принято в работу."
outlook(OV, SIG_OV, d57, "RE: " + s, t57, ol_block(CUST, C["298512"][0], ME, s, C["298512"][2]),
        lab("decided", "298512", [], P, "accepted"))

d58 = D(20, 11, 30)
ol_android(d58, "RE: " + s, "выехали на гагарина будем черещ 20 мин",
           quoted="\nОт: Варнавин Олег Игоревич <o.varnavin@teploset-servis.ru>\nОтправлено: " + ru_sent(d57) + "\nТема: RE: " + s + "\n\n" + t57,
           label=lab("decided", "298512", [], V, "typo 'черещ'; on the way"))

d59 = D(20, 12, 0)
outlook(OV, SIG_OV, d59, "RE: 298512 бригада прибыла", "",
        ol_block(addr(OV), ru_sent(d57), OLTO, "RE: " + s, t57 + "\n\n" + SIG_OV) + "\n\n" + ol_block(CUST, C["298512"][0], ME, s, C["298512"][2]),
        lab("decided", "298512", [], M, "status only in subject, body = signature"))

d60 = D(20, 16, 20)
ol_android(d60, "298512", "Готово, течь на тк21 устранили, камеру откачали. Едем на базу",
           label=lab("decided", "298512", [], U, "'готово', heading back to base"))

# ================================================================ extra review letters
d = D(10, 8, 25)
ol_android(d, "291204 и 292018", "По 291204 п.2 и по 292018 бригады выехали, Петров на Фрунзе, я на Малышева",
           label=lab("review", note="two different requests in one letter"))

d = D(13, 14, 5)
mailru(d, "заявка 291240", "по заявке 291240 выехали, будем через полчаса",
       label=lab("review", note="291240 is not in registry (probably a typo), cannot record"))

d = D(18, 9, 45)
samsung(d, "Бригада на месте", "Ребята на месте, начали. Давление на подаче 5,8",
        label=lab("review", note="no request number at all"))

d = D(19, 10, 5)
outlook(GM, SIG_GM, d, "RE: График отключений на 23–27.11",
        "Елена Викторовна, спасибо, график получили, учтём при планировании бригад.",
        ol_block(CUST, "19 ноября 2026 г. 9:40", ME, "График отключений на 23–27.11",
                 "Коллеги, направляем график отключений. Обратите внимание на 297030 и 298512 — испытания и ремонт по ним в приоритете."),
        lab("review", note="thanks/acknowledgement of customer message, no status"))

d = D(20, 17, 10)
outlook(GM, SIG_GM, d, "RE: " + C["297030"][1],
        "Юдин С.В. сегодня записал в журнал опоздание нашей бригады на уч.2, хотя время 12:30 согласовывали с ним по телефону. Просим в следующий раз фиксировать договорённости через диспетчера. По 297030 3-й участок выедем завтра к 9:00.",
        ol_block(CUST, C["297030"][0], ME, C["297030"][1], C["297030"][2]),
        lab("review", note="complaint plus plan for tomorrow, no status"))

d = D(21, 8, 15)
ol_android(d, "Re: 298512", "Коллеги, по 298512 нужна повторная проверка в понедельник? Вчера после ремонта в камере сухо было",
           label=lab("review", note="question; refers to yesterday's finished work but reports nothing new"))

# ================================================================ machine mail (ignored)
d = D(9, 8, 33)
m = MIMEMultipart("alternative")
ooo = "Здравствуйте!\nЯ в отпуске до 23.11.2026. По вопросам ПТО — Масленников В.С., доб. 230. По вопросам аварийных заявок обращайтесь к дежурному диспетчеру: dispetcher@teploset-servis.ru, +7 (343) 310-29-40 доб. 201."
m.attach(tpart(ooo, "plain", "utf-8", "quoted-printable"))
m.attach(tpart(outlook_html(ooo, ""), "html", "utf-8", "quoted-printable"))
finish(m, SF, d, "Автоматический ответ: " + C["291204"][1], "ol",
       extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": SF[1]})
add(d, m, lab("ignored", note="Outlook out-of-office auto-reply"))

d = D(11, 9, 6)
rep = MIMEMultipart("report", report_type="delivery-status")
rep.attach(tpart("Не удалось доставить сообщение следующим получателям или группам:\n\nyudin.sv@zakazchik-omis.ru\n"
                 "Адрес электронной почты не найден. Проверьте правильность адреса.\n\nДиагностическая информация для администраторов:\n"
                 "Удаленный сервер вернул сообщение '550 5.1.1 User unknown'", "plain", "utf-8", "base64"))
ds = MIMENonMultipart("message", "delivery-status")
import email as _em
ds.set_payload([_em.message_from_string("Reporting-MTA: dns;VI1PR06MB7712.eurprd06.prod.outlook.com\n"),
                _em.message_from_string("Final-Recipient: rfc822;yudin.sv@zakazchik-omis.ru\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 User unknown\n")])
rep.attach(ds)
orig_wrap = MIMENonMultipart("text", "rfc822-headers")
orig_wrap.set_payload("From: %s\nTo: yudin.sv@zakazchik-omis.ru\nSubject: %s\n" % (GM[1], Header("RE: 292455 п.1 на месте", "utf-8").encode()))
rep.attach(orig_wrap)
finish(rep, EXCH, d, "Не доставлено: RE: 292455 п.1 на месте", "ol", extra={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": ""})
add(d, rep, lab("ignored", note="delivery failure report (NDR); subject quotes a status"))

d = D(11, 10, 2)
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(tpart("Ваше сообщение\n\n  Кому: Диспетчер Теплосеть-Сервис\n  Тема: Заявка № 293100 откачка воды ТК-3 – ТК-6 Ботаника\n  Отправлено: 11.11.2026 9:46\n\nбыло прочитано 11.11.2026 10:02.", "plain", "utf-8", "base64"))
mdn = MIMENonMultipart("message", "disposition-notification")
mdn.set_payload("Reporting-UA: VI1PR06MB7712.eurprd06.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;dispetcher@teploset-servis.ru\nDisposition: automatic-action/MDN-sent-automatically; displayed\n")
rr.attach(mdn)
finish(rr, GM, d, "Прочитано: Заявка № 293100 откачка воды ТК-3 – ТК-6 Ботаника", "ol")
add(d, rr, lab("ignored", note="read receipt (MDN)"))

d = D(18, 8, 40)
cal = MIMEMultipart("alternative")
cal.attach(tpart("", "plain", "utf-8", "base64"))
ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Мурзина Галина Петровна:mailto:dispetcher@teploset-servis.ru\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Разбор по заявке 296214 (крышки люков ТК-15\\, ТК-16)\n"
       "DTSTART;TZID=Ekaterinburg Standard Time:20261119T150000\nDTEND;TZID=Ekaterinburg Standard Time:20261119T160000\n"
       "UID:040000008200E00074C5B7101A82E0080000000011AB2C0F9A57DB01\nDTSTAMP:20261118T034000Z\nEND:VEVENT\nEND:VCALENDAR\n")
cp = MIMENonMultipart("text", "calendar", charset="utf-8", method="REPLY")
cp.set_payload(base64.encodebytes(ics.replace("\n", "\r\n").encode()).decode()); cp["Content-Transfer-Encoding"] = "base64"
cal.attach(cp)
finish(cal, GM, d, "Принято: Разбор по заявке 296214 (крышки люков ТК-15, ТК-16)", "ol", extra={"Content-Class": "urn:content-classes:calendarmessage"})
add(d, cal, lab("ignored", note="calendar meeting acceptance generated by Outlook ('Принято:' is not request acceptance)"))

d = D(13, 18, 0)
news = ("Дайджест АО «Теплосеть-Сервис» за неделю 09–13 ноября\n\n"
        "• Выполнено 46 аварийных заявок, среднее время прибытия бригады — 38 минут.\n"
        "• По заявке 293100 (мкр. Ботаника) откачка воды из 4 камер завершена, бригады убыли.\n"
        "• Поздравляем бригаду Кузьмина с ремонтом задвижки Ду 500 в ТК-12 за 4 часа!\n\n"
        "Вы получили это письмо, потому что подписаны на рассылку. Отписаться: https://teploset-servis.ru/unsubscribe")
m = MIMEMultipart("alternative")
m.attach(tpart(news, "plain", "utf-8", "base64"))
m.attach(tpart("<html><body><h2>Дайджест за неделю</h2>" + to_html(news) + "</body></html>", "html", "utf-8", "base64"))
finish(m, NEWS, d, "Дайджест Теплосеть-Сервис: итоги недели", "x",
       extra={"Precedence": "bulk", "List-Id": "<digest.teploset-servis.ru>", "List-Unsubscribe": "<https://teploset-servis.ru/unsubscribe>",
              "X-Mailer": "Sendsay"})
add(d, m, lab("ignored", note="bulk newsletter with List-Id/Precedence: bulk; mentions a status but not a report"))

d = D(16, 8, 22)
m = tpart("Здравствуйте! Я сейчас на объекте без связи, отвечу позже. Срочно — звоните 8-922-150-77-06.\n\n--\nАвтоответ Почты Mail.ru", "plain", "utf-8", "base64")
finish(m, SH, d, "Автоответ: Re: " + C["295013"][1], "mr", extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
add(d, m, lab("ignored", note="mail.ru auto-reply"))

# ================================================================ write out
letters.sort(key=lambda x: x[0])
labels = {}
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
for i, (dt, msg, label) in enumerate(letters, 1):
    name = "%03d.eml" % i
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(msg.as_bytes())
    labels[name] = label
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)
print(len(letters))
