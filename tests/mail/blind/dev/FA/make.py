#!/usr/bin/env python3
# Generator of test letters: road maintenance contractor ООО «ДорРемСтрой-М».
import json, os, random, hashlib
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy as _pol
import email

OUT = os.path.dirname(os.path.abspath(__file__))
MSK = timezone(timedelta(hours=3))
DISPATCH = ("Диспетчерская служба", "dispatch@zakazchik-omis.ru")
DOM = "dorremstroy-m.ru"

KOV = ("Михаил Ковалёв", "m.kovalev@" + DOM)
SHA = ("Азат Шарипов", "a.sharipov@" + DOM)
LEB = ("Денис Лебедев", "d.lebedev@" + DOM)
MOR = ("Морозова Ольга Викторовна", "o.morozova@" + DOM)
BEL = ("Белов Виктор Николаевич", "v.belov@" + DOM)
IVA = ("Иванова Наталья", "n.ivanova@" + DOM)
NEWS = ("ДорРемСтрой-М", "news@" + DOM)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOM)
SHA_PERS = ("Азат Шарипов", "sharipov.azat@mail.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «ДорРемСтрой-М»",
        "emails": [KOV[1], SHA[1], LEB[1], MOR[1], BEL[1], IVA[1], NEWS[1], DAEMON[1], SHA_PERS[1]],
        "domains": [DOM],
    },
    "requests": [
        {"number": "384117", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Ямочный ремонт. 1 — ул. Садовая от д.1 до д.15; 2 — перекрёсток ул. Садовой с ул. Лесной; 3 — въезд во двор д.22 по ул. Садовой"},
        {"number": "384560", "positions": ["1", "2"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "Дорожная разметка. 1 — пешеходный переход у школы №14 (ул. Мира, 8); 2 — стоп-линии на перекрёстке ул. Мира / ул. Гагарина"},
        {"number": "385023", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Замена бортового камня, ул. Комсомольская. 1 — чётная сторона д.2–д.20; 2 — нечётная сторона д.1–д.17; 3 — остановка «Рынок»; 4 — съезд к ТЦ «Комсомольский»"},
        {"number": "385208", "positions": ["1"], "registered_at": "2026-11-06T12:00:00+03:00",
         "comment": "Ремонт тротуара. 1 — пр. Победы от д.40 до д.56, замена плитки"},
        {"number": "385311", "positions": ["1", "2"], "registered_at": "2026-11-09T07:45:00+03:00",
         "comment": "Ямочный ремонт а/д «Подъезд к промзоне». 1 — км 12+300 – км 12+800; 2 — примыкание на км 14+100"},
        {"number": "385477", "positions": ["1"], "registered_at": "2026-11-10T18:20:00+03:00",
         "comment": "Аварийно: провал асфальта у колодца. 1 — ул. Заводская, д.5"},
        {"number": "385690", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "Разметка парковок на территории. 1 — парковка у административного корпуса; 2 — парковка у КПП-2; 3 — разворотная площадка"},
        {"number": "385804", "positions": ["1", "2"], "registered_at": "2026-11-12T10:30:00+03:00",
         "comment": "Замена бортового камня и ремонт тротуара. 1 — ул. Лесная от д.3 до д.11; 2 — сквер у д.9 по ул. Лесной"},
        {"number": "386015", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "Ремонт тротуаров. 1 — ул. Гагарина, д.3–9; 2 — ул. Гагарина, д.11–19; 3 — пешеходная дорожка к поликлинике"},
        {"number": "386240", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-17T09:40:00+03:00",
         "comment": "Ямочный ремонт внутриквартальных проездов. 1 — проезд у д.5 по ул. Новой; 2 — проезд у д.7 по ул. Новой; 3 — парковка у д.9; 4 — выезд на ул. Строителей"},
        {"number": "386502", "positions": ["1"], "registered_at": "2026-11-19T11:00:00+03:00",
         "comment": "Разметка а/д «Подъезд к складу №2». 1 — км 3+000 – км 5+500, осевая и краевые линии"},
        {"number": "386733", "positions": ["1", "2"], "registered_at": "2026-11-23T08:20:00+03:00",
         "comment": "Ремонт въезда. 1 — въезд с ул. Промышленной (КПП-1); 2 — площадка перед воротами склада"},
    ],
}

rnd = random.Random(384117)
MONTHS = ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]


def D(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)


def rusdate(s, weekday=True):
    d = D(s)
    t = f"{d.day} {MONTHS[d.month]} {d.year} г. {d.hour}:{d.minute:02d}"
    return (WD[d.weekday()] + ", " + t) if weekday else t


def cs(name, enc):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    if enc == "qp":
        c.header_encoding = QP
    return c


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def who(p):
    return f"{p[0]} <{p[1]}>"


ANDROID_SIG = "Получить Outlook для Android<https://aka.ms/AAb9ysg>"


def outlook_quote_plain(q):
    lines = ["________________________________",
             f"От: {who(q['from'])}",
             f"Отправлено: {rusdate(q['sent'])}",
             f"Кому: {who(q['to'])}",
             f"Тема: {q['subject']}", "", q["body"]]
    return "\n".join(lines)


def outlook_quote_html(q):
    body = "<br>\n".join(esc(x) for x in q["body"].split("\n"))
    return ('<hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f'<b>От:</b> {esc(who(q["from"]))}<br><b>Отправлено:</b> {esc(rusdate(q["sent"]))}<br>'
            f'<b>Кому:</b> {esc(who(q["to"]))}<br><b>Тема:</b> {esc(q["subject"])}</font><div>&nbsp;</div></div>'
            f'<div><div dir="auto">{body}</div></div>')


def android(text, quote=None, sig=True):
    """Outlook for Android: multipart/alternative, text on top, quote below."""
    plain = text.rstrip("\n") + "\n\n"
    if sig:
        plain += ANDROID_SIG + "\n"
    hbody = "".join(f'<div dir="auto">{esc(x) if x else "<br>"}</div>\n' for x in text.rstrip("\n").split("\n"))
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            + hbody)
    if sig:
        html += '<div dir="auto"><br></div>\n<div dir="auto">Получить <a href="https://aka.ms/AAb9ysg">Outlook для Android</a></div>\n'
    if quote:
        plain += outlook_quote_plain(quote) + "\n"
        html += outlook_quote_html(quote) + "\n"
    html += "</body>\n</html>\n"
    return plain, html


MOR_SIG = ("С уважением,\nМорозова Ольга Викторовна\nинженер ПТО\nООО «ДорРемСтрой-М»\n"
           "ИНН 5024187365 / КПП 502401001\nтел. +7 (495) 640-18-52 доб. 214")


def desktop_html(text_html, plain_text):
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=%CS%">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.t td{border:solid windowtext 1.0pt;padding:2pt 5pt;}</style></head>'
            '<body lang="RU" link="#0563C1"><div class="WordSection1">' + text_html +
            '<p class="MsoNormal">&nbsp;</p>' +
            "".join(f'<p class="MsoNormal"><span style="color:#1F3864">{esc(x)}</span></p>' for x in MOR_SIG.split("\n")) +
            '</div></body></html>')
    return html


def msgid(kind, seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if kind == "android":
        return f"<AM9PR03MB{h[:4]}{h[4:16]}@AM9PR03MB{h[:4]}.eurprd03.prod.outlook.com>"
    if kind == "desktop":
        return f"<00{h[:6].lower()}01d9{h[6:10].lower()}${h[10:18].lower()}${h[18:26].lower()}@{DOM}>"
    if kind == "bat":
        return f"<{int(h[:8], 16)}.{int(h[8:14], 16)}@{DOM}>"
    if kind == "mailru":
        return f"<{int(h[:12], 16)}@f{int(h[12:14], 16) % 500}.i.mail.ru>"
    return f"<{h[:24].lower()}@{kind}.{DOM}>"


LETTERS = []


def add(date, frm, subject, label, *, kind="android", text=None, html=None, plain=None,
        charset="utf-8", enc="b64", hdr_cs=None, attach=(), extra=None, builder=None, to=DISPATCH,
        reply_to_id=None):
    LETTERS.append(dict(date=date, frm=frm, subject=subject, label=label, kind=kind, text=text,
                        html=html, plain=plain, charset=charset, enc=enc, hdr_cs=hdr_cs or charset,
                        attach=attach, extra=extra or {}, builder=builder, to=to, reply_to_id=reply_to_id))


def fake_pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + title.encode("utf-8") +
            b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def koi_safe(t):
    return t.replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-").replace("№", "N")


def build(L, idx):
    if L["charset"] == "koi8-r":
        if L["plain"]:
            L["plain"] = koi_safe(L["plain"])
        L["subject"] = koi_safe(L["subject"])
    c = cs(L["charset"], L["enc"])
    kind = L["kind"]
    if L["builder"]:
        msg = L["builder"](L)
    else:
        parts = []
        if L["plain"] is not None and L["html"] is not None:
            alt = MIMEMultipart("alternative")
            alt.attach(MIMEText(L["plain"], "plain", c))
            alt.attach(MIMEText(L["html"].replace("%CS%", L["charset"]), "html", cs(L["charset"], L["enc"])))
            body = alt
        elif L["html"] is not None:
            body = MIMEText(L["html"].replace("%CS%", L["charset"]), "html", c)
        else:
            body = MIMEText(L["plain"], "plain", c)
        if L["attach"]:
            msg = MIMEMultipart("mixed")
            msg.attach(body)
            for name, data in L["attach"]:
                if isinstance(data, bytes):
                    a = MIMEApplication(data, "pdf")
                else:
                    a = data
                a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
                msg.attach(a)
        else:
            msg = body
    hc = L["hdr_cs"] if L["hdr_cs"] != "us-ascii" else "utf-8"
    msg["From"] = formataddr(L["frm"], charset=hc)
    msg["To"] = formataddr(L["to"], charset=hc)
    msg["Subject"] = Header(L["subject"], cs(hc, L["enc"] if L["enc"] != "8bit" else "b64"))
    msg["Date"] = format_datetime(D(L["date"]))
    mid = msgid(kind, f"{idx}-{L['date']}-{L['subject']}")
    msg["Message-ID"] = mid
    if L["reply_to_id"]:
        msg["In-Reply-To"] = L["reply_to_id"]
        msg["References"] = L["reply_to_id"]
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if kind == "android":
        msg["X-MS-Has-Attach"] = "yes" if L["attach"] else ""
        msg["Content-Language"] = "ru-RU"
        msg["X-MS-TNEF-Correlator"] = ""
    elif kind == "desktop":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Content-Language"] = "ru"
        msg["Thread-Index"] = "AdnX" + hashlib.md5(mid.encode()).hexdigest()[:20]
    elif kind == "bat":
        msg["X-Mailer"] = "The Bat! (v10.4.5) Professional"
        msg["Organization"] = Header(koi_safe("ООО «ДорРемСтрой-М»"), hc)
    elif kind == "mailru":
        msg["X-Mailer"] = "Mail.Ru Mailer 1.0"
        msg["X-Originating-IP"] = "[85.140.12.77]"
    for k, v in L["extra"].items():
        msg[k] = v
    return msg


# ---------------------------------------------------------------------------
# Quoted dispatch messages (used in replies)
def dq(sent, to, subject, body):
    return dict(**{"from": DISPATCH}, sent=sent, to=to, subject=subject, body=body)


# ================= 384117: ямочный ремонт, ул. Садовая =======================
t = ("Добрый день!\n\n"
     "Сообщаем, что заявка № 384117 (ямочный ремонт, ул. Садовая) принята в работу.\n"
     "Ответственный за производство работ — мастер участка Ковалёв Михаил Андреевич, тел. +7 916 482-31-07.\n"
     "Начало работ планируем на 03.11.2026 при отсутствии осадков; смесь горячая А16ВТ с АБЗ «Восток».\n"
     "Работы выполняются по договору № 17/26-ДР от 12.01.2026.\n\n" + MOR_SIG)
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>&nbsp;</p>"
                 "<p class=MsoNormal>Сообщаем, что заявка <b>№ 384117</b> (ямочный ремонт, ул. Садовая) принята в работу.</p>"
                 "<p class=MsoNormal>Ответственный за производство работ — мастер участка Ковалёв Михаил Андреевич, тел. +7 916 482-31-07.</p>"
                 "<p class=MsoNormal>Начало работ планируем на 03.11.2026 при отсутствии осадков; смесь горячая А16ВТ с АБЗ «Восток».</p>"
                 "<p class=MsoNormal>Работы выполняются по договору № 17/26-ДР от 12.01.2026.</p>", t)
add("2026-11-02 11:40", MOR, "Заявка № 384117 — принята в работу",
    dict(expect="decided", request="384117", positions=[], status="заявка принята",
         note="formal acceptance of the whole request; start date is only a plan"),
    kind="desktop", plain=t, html=h, enc="qp")

p, h = android("Выехали с базы на Садовую, КамАЗ Е 482 КМ 190, в кузове 8 т горячей А16ВТ. Каток идёт своим ходом. К 8 будем.")
add("2026-11-03 07:20", KOV, "Садовая 384117 п.1",
    dict(expect="decided", request="384117", positions=["1"], status="подрядчик в пути",
         note="'выехали с базы' = leaving the base for the site; position in subject 'п.1'"),
    plain=p, html=h, enc="b64")

p, h = android("На месте. Стоим у д.3, 55.7512, 37.6184\nОграждение выставили, +4, сухо. Начинаем вырубку карт.",
               quote=dict(**{"from": KOV}, sent="2026-11-03 07:20", to=DISPATCH, subject="Садовая 384117 п.1",
                          body="Выехали с базы на Садовую, КамАЗ Е 482 КМ 190, в кузове 8 т горячей А16ВТ. Каток идёт своим ходом. К 8 будем."))
add("2026-11-03 08:05", KOV, "Re: Садовая 384117 п.1",
    dict(expect="decided", request="384117", positions=["1"], status="подрядчик на месте",
         note="arrival; quoted own previous 'выехали' must not count; GPS coords are not numbers of interest"),
    plain=p, html=h, enc="qp")

p, h = android("384117\nПо первой позиции (Садовая д.1-15) закончили. 11 карт, примерно 64 м2, ушло 7,6 т. Убыли.\nПерекрёсток с Лесной — завтра с утра.")
add("2026-11-03 13:30", KOV, "384117",
    dict(expect="decided", request="384117", positions=["1"], status="подрядчик убыл",
         note="'по первой позиции ... убыли'; position 2 is only a plan"),
    plain=p, html=h, enc="b64")

p, h = android("Бригада на перекрёстке Садовая/Лесная, работаем. Каток подъедет к 9. Самосвал Х 731 ТН 750.\n\nА. Шарипов")
add("2026-11-04 08:10", SHA, "384117 поз 2",
    dict(expect="decided", request="384117", positions=["2"], status="подрядчик на месте",
         note="position in subject 'поз 2'; crew at the crossing"),
    plain=p, html=h, enc="qp")

p, h = android("Перекрёсток и въезд во двор д.22 сделали, п.2 и п.3 готовы, бригада уехала. Фото скину вечером.",
               quote=dq("2026-11-04 08:31", SHA, "RE: 384117 поз 2",
                        "Азат, добрый день. Принято, бригада на месте. Просьба по окончании прислать фото.\n\nДиспетчер Кравец Е."))
add("2026-11-04 16:20", SHA, "RE: 384117 поз 2",
    dict(expect="decided", request="384117", positions=["2", "3"], status="подрядчик убыл",
         note="new text: positions 2 and 3 finished, crew left; quoted dispatcher text says 'на месте'"),
    plain=p, html=h, enc="b64")

# ================= 384560: разметка ул. Мира =================================
p, h = android("Добрый день. Заявку 384560 взяли в работу. Холодный пластик, наносить будем при температуре от +5, ориентировочно на следующей неделе.\n\nЛебедев Д., разметка\n+7 903 771 20 65")
add("2026-11-03 14:05", LEB, "Заявка 384560 разметка",
    dict(expect="decided", request="384560", positions=[], status="заявка принята",
         note="'взяли в работу' = accepted; dates are a plan"),
    plain=p, html=h, enc="qp")

p, h = android("По 384560 вопрос: стоп-линии на Мира/Гагарина делаем белым или дублируем жёлтой временной? В заявке не указано.\n"
               "И переход у школы — зебра по ГОСТ Р 52289 (1.14.1) или с красной подложкой, как в прошлом году?\n\nЛебедев")
add("2026-11-05 10:12", LEB, "384560 вопрос по разметке",
    dict(expect="review", note="question only, no status"),
    plain=p, html=h, enc="b64")

p, h = android("Едем на переход у школы (поз.1), минут через 20 будем. Газель разметочная В 615 ЕУ 799.")
add("2026-11-09 08:40", LEB, "384560",
    dict(expect="decided", request="384560", positions=["1"], status="подрядчик в пути",
         note="'едем ... через 20 будем' = on the way"),
    plain=p, html=h, enc="b64")

p, h = android("На месте по 1-й позиции. +6, асфальт сухой, начали зебру.",
               quote=dict(**{"from": LEB}, sent="2026-11-09 08:40", to=DISPATCH, subject="384560",
                          body="Едем на переход у школы (поз.1), минут через 20 будем. Газель разметочная В 615 ЕУ 799."))
add("2026-11-09 09:30", LEB, "Re: 384560",
    dict(expect="decided", request="384560", positions=["1"], status="подрядчик на месте",
         note="'на месте по 1-й позиции'"),
    plain=p, html=h, enc="qp")

p, h = android("384560: переход у школы и стоп-линии на Мира/Гагарина нанесены. Обе позиции выполнены, с объекта уехали. Расход пластика 190 кг.")
add("2026-11-09 15:10", LEB, "384560 — выполнено",
    dict(expect="decided", request="384560", positions=["1", "2"], status="подрядчик убыл",
         note="both positions done, 'с объекта уехали'"),
    plain=p, html=h, enc="b64")

# ================= 385023: бортовой камень, Комсомольская =====================
rows = [("1", "чётная сторона д.2–д.20", "принята в работу", "06.11–09.11"),
        ("2", "нечётная сторона д.1–д.17", "принята в работу", "09.11–10.11"),
        ("3", "остановка «Рынок»", "принята в работу", "12.11"),
        ("4", "съезд к ТЦ «Комсомольский»", "принята в работу", "13.11")]
tbl = ('<table class=t border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">'
       '<tr><td><b>Поз.</b></td><td><b>Участок</b></td><td><b>Статус</b></td><td><b>План</b></td></tr>' +
       "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c_}</td><td>{d}</td></tr>" for a, b, c_, d in rows) + "</table>")
t = ("Добрый день!\n\nПо заявке 385023 (замена бортового камня, ул. Комсомольская) сообщаем:\n\n" +
     "\n".join(f"{a} | {b} | {c_} | план {d}" for a, b, c_, d in rows) +
     "\n\nКамень БР 100.30.15 — 420 шт., поставка 05.11.\n\n" + MOR_SIG)
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>По заявке 385023 (замена бортового камня, ул. Комсомольская) сообщаем:</p>"
                 + tbl + "<p class=MsoNormal>Камень БР 100.30.15 — 420 шт., поставка 05.11.</p>", t)
add("2026-11-05 11:15", MOR, "Заявка 385023: принята",
    dict(expect="decided", request="385023", positions=["1", "2", "3", "4"], status="заявка принята",
         note="HTML table, every position 'принята в работу'; planned dates are plans"),
    kind="desktop", plain=t, html=h, enc="qp")

p, h = android("в пути на Комсомольскую, чётная сторона. манипулятор с камнем (120 шт БР 100.30.15) едет следом, гос номер О 208 АС 777")
add("2026-11-06 07:45", KOV, "385023-1",
    dict(expect="decided", request="385023", positions=["1"], status="подрядчик в пути",
         note="subject 'number-position'; 'в пути'"),
    plain=p, html=h, enc="qp")

p, h = android("нa мeсте, разбираем старый борт. +2, пасмурно")
add("2026-11-06 08:30", KOV, "Re: 385023-1",
    dict(expect="decided", request="385023", positions=["1"], status="подрядчик на месте",
         note="Latin a/e inside 'на месте'"),
    plain=p, html=h, enc="b64")

rows = [("1", "чётная сторона д.2–д.20", "работы завершены 09.11, бригада убыла"),
        ("2", "нечётная сторона д.1–д.17", "работы завершены 10.11 в 16:40, бригада убыла"),
        ("3", "остановка «Рынок»", "по плану 12.11"),
        ("4", "съезд к ТЦ «Комсомольский»", "по плану 13.11")]
tbl = ('<table class=t border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">'
       '<tr><td><b>№ п/п</b></td><td><b>Участок</b></td><td><b>Состояние на 10.11.2026</b></td></tr>' +
       "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c_)}</td></tr>" for a, b, c_ in rows) + "</table>")
t = ("Добрый день!\n\nНаправляем отчёт о ходе работ по заявке 385023 на 10.11.2026:\n\n" +
     "\n".join(f"{a}. {b} — {c_}" for a, b, c_ in rows) +
     "\n\nУстановлено 236 п.м. бортового камня. Акт освидетельствования скрытых работ № 41 во вложении (PDF).\n\n" + MOR_SIG)
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Направляем отчёт о ходе работ по заявке 385023 на 10.11.2026:</p>"
                 + tbl + "<p class=MsoNormal>Установлено 236 п.м. бортового камня. Акт освидетельствования скрытых работ № 41 во вложении (PDF).</p>", t)
add("2026-11-10 17:00", MOR, "385023 — отчёт о ходе работ на 10.11",
    dict(expect="decided", request="385023", positions=["1", "2"], status="подрядчик убыл",
         note="HTML table: rows 1,2 finished/crew left, rows 3,4 only planned"),
    kind="desktop", plain=t, html=h, enc="b64",
    attach=[("Акт_скрытых_работ_41_385023.pdf", fake_pdf("Act 41"))])

p, h = android("385023 — п.3 остановку Рынок доделали, уехали оттуда, сейчас вся бригада на съезде к ТЦ (п.4), ставим камень.")
add("2026-11-12 14:00", SHA, "385023 п3 п4",
    dict(expect="review", note="different statuses for different positions in one letter (3 left, 4 on site)"),
    plain=p, html=h, enc="qp")

p, h = android("Съезд к ТЦ закончили. Всё, освободились, едем на базу.\nА. Шарипов")
add("2026-11-13 12:40", SHA, "385023 (4)",
    dict(expect="decided", request="385023", positions=["4"], status="подрядчик убыл",
         note="position in brackets in subject; 'освободились, едем на базу' = left the site"),
    plain=p, html=h, enc="b64")

t = ("Добрый день!\n\nСпасибо, замечания по акту приняли. Исправленный КС-2 № 48 и исполнительную схему направим до пятницы.\n\n"
     + MOR_SIG + "\n\n"
     "От: Диспетчерская служба <dispatch@zakazchik-omis.ru>\nОтправлено: 13 ноября 2026 г. 14:52\n"
     "Кому: Морозова Ольга Викторовна <o.morozova@dorremstroy-m.ru>\nТема: Заявка 385023 — акт\n\n"
     "Ольга Викторовна, в акте КС-2 № 47 неверно указан объём по поз. 2 (должно быть 118 п.м., а не 128). Просим исправить.\n")
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Спасибо, замечания по акту приняли. Исправленный КС-2 № 48 и исполнительную схему направим до пятницы.</p>", t)
h = h.replace("</div></body>", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
              '<p class=MsoNormal><b>От:</b> Диспетчерская служба &lt;dispatch@zakazchik-omis.ru&gt;<br><b>Отправлено:</b> 13 ноября 2026 г. 14:52<br>'
              '<b>Кому:</b> Морозова Ольга Викторовна &lt;o.morozova@dorremstroy-m.ru&gt;<br><b>Тема:</b> Заявка 385023 — акт</p></div>'
              '<p class=MsoNormal>Ольга Викторовна, в акте КС-2 № 47 неверно указан объём по поз. 2 (должно быть 118 п.м., а не 128). Просим исправить.</p></div></body>')
add("2026-11-13 15:30", MOR, "RE: Заявка 385023 — акт",
    dict(expect="review", note="acknowledgement of dispatcher's remark about paperwork; no status"),
    kind="desktop", plain=t, html=h, charset="windows-1251", enc="qp")


def calendar_reply(L):
    m = MIMEMultipart("alternative")
    m.attach(MIMEText("Морозова Ольга Викторовна приняла это приглашение.\n", "plain", cs("utf-8", "b64")))
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Морозова Ольга Викторовна:mailto:o.morozova@dorremstroy-m.ru\r\n"
           "SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка работ по заявке 385023\r\n"
           "DTSTART;TZID=Russian Standard Time:20261116T100000\r\nDTEND;TZID=Russian Standard Time:20261116T110000\r\n"
           "UID:040000008200E00074C5B7101A82E0080000000060A1B2C3D4E5F\r\nORGANIZER;CN=Диспетчерская служба:mailto:dispatch@zakazchik-omis.ru\r\n"
           "LOCATION;LANGUAGE=ru-RU:ул. Комсомольская\r\nDTSTAMP:20261113T130200Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    c = MIMEText(ics, "calendar", cs("utf-8", "b64"))
    c.set_param("method", "REPLY")
    m.attach(c)
    return m


add("2026-11-13 16:02", MOR, "Принято: Приёмка работ по заявке 385023",
    dict(expect="ignored", note="calendar meeting response generated by Outlook"),
    kind="desktop", builder=calendar_reply, extra={"X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAIIA4AB0xbcQGoLgCAAAAABgobLD"})

# ================= 385208: тротуар пр. Победы =================================
t = ("Принято. Работы начнём в понедельник 09.11, плитку завезём в выходные.\n\n"
     "Вы писали 6 ноября 2026 г., 12:04:\n\n"
     "ДС> Добрый день. Направляем заявку 385208: ремонт тротуара пр. Победы от д.40 до д.56,\n"
     "ДС> замена тротуарной плитки ~90 м2. Просим подтвердить принятие.\n\n"
     "-- \nВ.Н. Белов\nначальник участка\nООО «ДорРемСтрой-М»\n")
add("2026-11-06 12:30", BEL, "Re: Заявка 385208 тротуар пр. Победы",
    dict(expect="decided", request="385208", positions=[], status="заявка принята",
         note="'Принято' on top of The Bat! quote with 'ДС>' prefix"),
    kind="bat", plain=t, charset="koi8-r", enc="8bit")

t = ("На пр. Победы выйдем в понедельник с утра, плитку завезём в воскресенье.\n"
     "Прошу предупредить управляющую компанию д.44 и д.48, чтобы убрали машины с тротуара, иначе не подлезем.\n\n"
     "-- \nВ.Н. Белов\nначальник участка\n")
add("2026-11-07 10:00", BEL, "385208",
    dict(expect="review", note="plan for Monday + request to the customer; no status"),
    kind="bat", plain=t, charset="koi8-r", enc="b64")

p, h = android("едем, будем минут через 40",
               quote=dict(**{"from": BEL}, sent="2026-11-06 12:30", to=DISPATCH, subject="Re: Заявка 385208 тротуар пр. Победы",
                          body="Принято. Работы начнём в понедельник 09.11, плитку завезём в выходные."))
add("2026-11-09 07:50", SHA, "RE: Заявка 385208 тротуар пр. Победы",
    dict(expect="decided", request="385208", positions=[], status="подрядчик в пути",
         note="number only in the Re: subject; 'едем, будем через 40 минут' = on the way"),
    plain=p, html=h, enc="b64")

p, h = android("385208 п.2 — на месте, начали сквер. плитка 300х300 серая")
add("2026-11-10 09:15", SHA, "385208 п.2",
    dict(expect="review", note="request 385208 has only position 1; position 2 does not exist"),
    plain=p, html=h, enc="qp")

t = ("Пересылаю отчёт мастера по пр. Победы.\n\n"
     "-- \nВ.Н. Белов\n\n"
     "Это пересланное сообщение --\n\n"
     "От: Азат Шарипов <a.sharipov@dorremstroy-m.ru>\n"
     "Кому: Белов Виктор Николаевич <v.belov@dorremstroy-m.ru>\n"
     "Дата: 11 ноября 2026 г., 17:31:05\n"
     "Тема: 385208 Победы\n\n"
     "===8<==============Исходный текст сообщения===============\n"
     "Виктор Николаевич, пр. Победы д.40-56 тротуар сдали, уложено 86 м2 плитки, бортик подровняли.\n"
     "Бригада уехала в 17:20. Мусор вывезли, КамАЗ А 940 МХ 750.\n\n"
     "Получить Outlook для Android\n"
     "===8<===========Конец исходного текста сообщения===========\n")
add("2026-11-11 17:45", BEL, "Fwd: 385208 Победы",
    dict(expect="decided", request="385208", positions=[], status="подрядчик убыл",
         note="The Bat! forward of the master's report: work done, crew left"),
    kind="bat", plain=t, charset="koi8-r", enc="qp")

# ================= 385311: км 12+300 =========================================
t = ("Добрый день!\n\nЗаявка № 385311 (ямочный ремонт а/д «Подъезд к промзоне», км 12+300 – км 12+800 и примыкание км 14+100) "
     "принята к исполнению.\nСмесь заказана на АБЗ, ориентировочный объём 18 т. Схема ОДД согласована с ГИБДД.\n\n" + MOR_SIG)
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Заявка № 385311 (ямочный ремонт а/д «Подъезд к промзоне», км 12+300 – км 12+800 и примыкание км 14+100) "
                 "принята к исполнению.</p><p class=MsoNormal>Смесь заказана на АБЗ, ориентировочный объём 18 т. Схема ОДД согласована с ГИБДД.</p>", t)
add("2026-11-09 08:30", MOR, "Заявка № 385311 принята к исполнению",
    dict(expect="decided", request="385311", positions=[], status="заявка принята",
         note="windows-1251 formal acceptance; km marks are not positions"),
    kind="desktop", plain=t, html=h, charset="windows-1251", enc="b64")

p, h = android("385311 — пока не выехали, АБЗ задерживает отгрузку, ждём смесь. Как загрузимся — отпишусь.")
add("2026-11-10 07:30", KOV, "385311",
    dict(expect="review", note="negation: 'пока не выехали'"),
    plain=p, html=h, enc="qp")

p, h = android("ВЫЕХАЛИ НА КМ 12+300, 2 САМОСВАЛА ПО 15 Т, ВЫЕЗД 9:15")
add("2026-11-10 09:20", KOV, "385311 п1",
    dict(expect="decided", request="385311", positions=["1"], status="подрядчик в пути",
         note="caps; leaving FOR km 12+300"),
    plain=p, html=h, enc="b64")

p, h = android("на участке км 12+300, координаты 55.8123, 37.4411. Знаки по схеме ОДД № 3862 выставили, работаем по правой полосе. -1, сухо")
add("2026-11-10 10:35", KOV, "Re: 385311 п1",
    dict(expect="decided", request="385311", positions=["1"], status="подрядчик на месте",
         note="on site; scheme number 3862 is not a request"),
    plain=p, html=h, enc="qp")

p, h = android("Участок км 12+300 – 12+800 закрыли, уложено 14,2 т. Знаки сняли, с участка снялись, едем на базу.",
               quote=dict(**{"from": KOV}, sent="2026-11-10 09:20", to=DISPATCH, subject="385311 п1",
                          body="ВЫЕХАЛИ НА КМ 12+300, 2 САМОСВАЛА ПО 15 Т, ВЫЕЗД 9:15"))
add("2026-11-10 15:40", KOV, "RE: 385311 п1 ВЫЕХАЛИ НА КМ 12+300",
    dict(expect="decided", request="385311", positions=["1"], status="подрядчик убыл",
         note="Re: subject names old status; body reports departure from the section"),
    plain=p, html=h, enc="b64")

p, h = android("По 385311 поз.2 (примыкание км 14+100): прибыли в 9:10, закончили в 12:30, уехали. Уложили 3,8 т.\nКовалёв")
add("2026-11-11 13:00", KOV, "385311 поз.2",
    dict(expect="decided", request="385311", positions=["2"], status="подрядчик убыл",
         note="arrival and departure both done: latest is departure"),
    plain=p, html=h, enc="qp")


def read_receipt(L):
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(MIMEText("Ваше сообщение\n\n  Кому: Морозова Ольга Викторовна\n  Тема: Заявка 385311 — прошу фото до/после\n"
                      "  Отправлено: 11 ноября 2026 г. 12:48\n\nбыло прочитано 11 ноября 2026 г. 13:04.\n", "plain", cs("utf-8", "b64")))
    dn = MIMEBase("message", "disposition-notification")
    dn.set_payload("Reporting-UA: o.morozova@dorremstroy-m.ru; Microsoft Outlook 16.0\r\n"
                   "Final-Recipient: rfc822;o.morozova@dorremstroy-m.ru\r\n"
                   "Original-Message-ID: <DB7PR01MB5512A1@DB7PR01MB5512.eurprd01.prod.outlook.com>\r\n"
                   "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
    m.attach(dn)
    return m


add("2026-11-11 13:04", MOR, "Прочитано: Заявка 385311 — прошу фото до/после",
    dict(expect="ignored", note="read receipt (MDN)"),
    kind="desktop", builder=read_receipt)

# ================= 385477: аварийный провал ====================================
p, h = android("Принято. Дежурная бригада уже выехала, будем минут через 25.\nШарипов",
               quote=dq("2026-11-10 18:24", SHA, "СРОЧНО заявка 385477 провал",
                        "Азат, срочно: ул. Заводская, 5 — провал асфальта у колодца, ~1 м, ограждения нет. Заявка 385477. Нужен выезд сейчас."))
add("2026-11-10 18:35", SHA, "RE: СРОЧНО заявка 385477 провал",
    dict(expect="decided", request="385477", positions=[], status="подрядчик в пути",
         note="accepted and crew already travelling: latest is 'в пути'"),
    plain=p, html=h, enc="b64")

p, h = android("Нa мeстe. Огрaдили, ямa примерно 1,2 х 0,8, глубина 40 см, колодец целый. Мокрый снег.")
add("2026-11-10 19:10", SHA, "RE: СРОЧНО заявка 385477 провал",
    dict(expect="decided", request="385477", positions=[], status="подрядчик на месте",
         note="Latin look-alike letters inside 'На месте'; number only in subject"),
    plain=p, html=h, enc="qp")

p, h = android("Провал засыпали щебнем фр. 20-40, уплотнили, сверху холодный асфальт 0,5 т. Ограждение оставили на ночь. "
               "Убыли в 23:40.\nПостоянный ремонт — после согласования с водоканалом.")
add("2026-11-10 23:50", SHA, "385477 выполнено",
    dict(expect="decided", request="385477", positions=[], status="подрядчик убыл",
         note="'Убыли в 23:40'; future permanent repair is just a remark"),
    plain=p, html=h, enc="b64")

# ================= 385690: разметка парковок =================================
p, h = android("385690 приняли. Разметка парковок — П1, П2 в четверг, П3 по обстановке. Нужен доступ на территорию с 8:00.")
add("2026-11-11 11:20", LEB, "Заявка 385690 парковки",
    dict(expect="decided", request="385690", positions=[], status="заявка принята",
         note="'приняли'; rest is plan"),
    plain=p, html=h, enc="qp")

p, h = android("Едем на П1 и П2 (адм. корпус и КПП-2). Будем около 8:40.")
add("2026-11-12 08:00", LEB, "385690",
    dict(expect="decided", request="385690", positions=["1", "2"], status="подрядчик в пути",
         note="'П1', 'П2' positions; 'едем'"),
    plain=p, html=h, enc="b64")

p, h = android("Стоим на П1 у адм корпуса, машины убрали, начинаем. +3")
add("2026-11-12 08:50", LEB, "Re: 385690",
    dict(expect="decided", request="385690", positions=["1"], status="подрядчик на месте",
         note="'стоим на П1' = on site"),
    plain=p, html=h, enc="qp")

p, h = android("385690: П1 и П2 готово, 64 машиноместа + 2 для МГН. Уехали.\nП3 – в пятницу.")
add("2026-11-12 16:30", LEB, "385690 П1 П2 готово",
    dict(expect="decided", request="385690", positions=["1", "2"], status="подрядчик убыл",
         note="P1,P2 done and left; P3 only planned"),
    plain=p, html=h, enc="b64")

p, h = android("По П3 (разворотная площадка) — стоят фуры, нанести не можем. Прошу организовать освобождение площадки, хотя бы на 4 часа.")
add("2026-11-13 09:00", LEB, "385690 П3",
    dict(expect="review", note="cannot work, asks the customer to clear the area; no status"),
    plain=p, html=h, enc="qp")

p, h = android("Разворотку сделали наконец, уехали в 15:05",
               quote=dq("2026-11-16 07:55", LEB, "RE: 385690 П3",
                        "Денис, площадку освободят сегодня с 9 до 14. Сообщите, когда будете на месте."))
add("2026-11-16 15:20", LEB, "RE: 385690 П3",
    dict(expect="decided", request="385690", positions=["3"], status="подрядчик убыл",
         note="position П3 in subject; quoted dispatcher text asks 'когда будете на месте'"),
    plain=p, html=h, enc="b64")

# ================= 385804: Лесная ============================================
h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
     "<p style=\"font-family:Calibri;font-size:11pt\">Добрый день!</p>"
     "<p style=\"font-family:Calibri;font-size:11pt\">Заявка <b>385804</b> (замена бортового камня и ремонт тротуара, ул. Лесная) "
     "принята в работу в полном объёме.</p>"
     "<p style=\"font-family:Calibri;font-size:11pt\">Мастер — Ковалёв М.А., +7 916 482-31-07. Выход бригады планируется 13.11.</p>"
     "<p style=\"font-family:Calibri;font-size:11pt;color:#1F3864\">" + "<br>".join(esc(x) for x in MOR_SIG.split("\n")) + "</p>"
     "</body></html>")
add("2026-11-12 10:55", MOR, "Заявка 385804 (ул. Лесная) — подтверждение",
    dict(expect="decided", request="385804", positions=[], status="заявка принята",
         note="HTML-only letter, accepted in full"),
    kind="desktop", html=h, enc="qp")

p, h = android("Отъехали от базы, едем на Лесную д.3, поз.1. Погрузили 80 м бортового БР 100.30.15 + 6 т щебня.")
add("2026-11-13 07:40", KOV, "ул. Лесная д.3–11 (385804)",
    dict(expect="decided", request="385804", positions=["1"], status="подрядчик в пути",
         note="number in brackets after the address; 'отъехали от базы' = on the way"),
    plain=p, html=h, enc="b64")

t = ("Прибыли на поз.1, начали демонтаж старого борта.\n\n"
     "-----Original Message-----\n"
     "From: Михаил Ковалёв <m.kovalev@dorremstroy-m.ru>\n"
     "Sent: Friday, November 13, 2026 7:40 AM\n"
     "To: Диспетчерская служба <dispatch@zakazchik-omis.ru>\n"
     "Subject: ул. Лесная д.3–11 (385804)\n\n"
     "Отъехали от базы, едем на Лесную д.3, поз.1. Погрузили 80 м бортового БР 100.30.15 + 6 т щебня.\n")
add("2026-11-13 08:25", KOV, "RE: ул. Лесная д.3–11 (385804)",
    dict(expect="decided", request="385804", positions=["1"], status="подрядчик на месте",
         note="arrival; '-----Original Message-----' quote with old 'в пути'"),
    plain=t, enc="qp")

t = ("Добрый день.\n\nПо заявке 385804 при демонтаже выявлен дополнительный объём: 12 п.м. бортового камня и 18 м2 основания "
     "под тротуар (сквер у д.9).\nПрошу согласовать допсоглашение к договору № 17/26-ДР, стоимость по локальной смете 48 600 руб. с НДС.\n"
     "Без согласования работы по скверу будем вести в объёме заявки.\n\n-- \nВ.Н. Белов\nначальник участка\n")
add("2026-11-16 11:00", BEL, "385804 доп. объём",
    dict(expect="review", note="price/contract talk, no status"),
    kind="bat", plain=t, charset="koi8-r", enc="b64")

rows = [("1", "ул. Лесная от д.3 до д.11", "выполнено, бригада убыла 17.11 в 16:30"),
        ("2", "сквер у д.9", "выполнено, бригада убыла 17.11 в 16:30")]
tbl = ('<table class=t border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">'
       '<tr><td><b>Позиция</b></td><td><b>Адрес</b></td><td><b>Отметка</b></td></tr>' +
       "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c_)}</td></tr>" for a, b, c_ in rows) + "</table>")
t = ("Добрый день!\n\nСообщаем, что работы по заявке 385804 выполнены по обеим позициям:\n" +
     "\n".join(f"{a} — {b}: {c_}" for a, b, c_ in rows) +
     "\n\nАкт КС-2 № 52 и исполнительная схема во вложении.\n\n" + MOR_SIG)
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Сообщаем, что работы по заявке 385804 выполнены по обеим позициям:</p>" + tbl +
                 "<p class=MsoNormal>Акт КС-2 № 52 и исполнительная схема во вложении.</p>", t)
add("2026-11-17 17:10", MOR, "385804 — работы завершены",
    dict(expect="decided", request="385804", positions=["1", "2"], status="подрядчик убыл",
         note="formal completion with table and PDF act; act number 52 is not a request"),
    kind="desktop", plain=t, html=h, enc="qp",
    attach=[("КС-2_52_385804.pdf", fake_pdf("KS-2 52")), ("Исп_схема_Лесная.pdf", fake_pdf("scheme"))])

# ================= 386015: Гагарина ==========================================
t = ("Заявку 386015 принял. Гагарина начинаем завтра, плитку 300х300 завезли.\n\n-- \nВ.Н. Белов\n")
add("2026-11-16 09:30", BEL, "Заявка 386015",
    dict(expect="decided", request="386015", positions=[], status="заявка принята",
         note="'принял'; start tomorrow is plan"),
    kind="bat", plain=t, charset="koi8-r", enc="8bit")

p, h = android("На Гагарина 3, бригада 5 чел, начали разборку старой плитки")
add("2026-11-17 08:45", SHA, "386015 п.01",
    dict(expect="decided", request="386015", positions=["1"], status="подрядчик на месте",
         note="position written as '01' (= registry '1')"),
    plain=p, html=h, enc="qp")

p, h = android("386015: п.1 (Гагарина 3–9) закончили, уехали.\nП.2 начнём завтра, плитку уже завезли.")
add("2026-11-18 16:00", SHA, "386015",
    dict(expect="decided", request="386015", positions=["1"], status="подрядчик убыл",
         note="pos 1 done; pos 2 only planned"),
    plain=p, html=h, enc="b64")

t = ("> Азат, добрый день. Когда выйдете на 2 и 3 по 386015? Поликлиника спрашивает.\n"
     "> Диспетчер Кравец Е.\n\n"
     "по второй и третьей позиции прибыли, две бригады работают\n\n" + ANDROID_SIG + "\n")
add("2026-11-19 09:10", SHA, "RE: 386015",
    dict(expect="decided", request="386015", positions=["2", "3"], status="подрядчик на месте",
         note="reply written UNDER the quote; 'по второй и третьей позиции прибыли'"),
    plain=t, enc="b64")


def fwd_attached(L):
    inner = MIMEText("386015 — по 2-й и 3-й всё закончено, бригада освободилась в 17:30. Остатки плитки 40 шт оставили у д.15.\n\n"
                     + ANDROID_SIG + "\n", "plain", cs("utf-8", "b64"))
    inner["From"] = formataddr(SHA, charset="utf-8")
    inner["To"] = formataddr(BEL, charset="utf-8")
    inner["Subject"] = Header("386015 п.2, п.3", "utf-8")
    inner["Date"] = format_datetime(D("2026-11-20 17:40"))
    inner["Message-ID"] = msgid("android", "inner-386015")
    m = MIMEMultipart("mixed")
    m.attach(MIMEText("Пересылаю письмо мастера по Гагарина.\n\n-- \nВ.Н. Белов\n", "plain", cs("koi8-r", "b64")))
    m.attach(MIMEMessage(inner))
    return m


add("2026-11-20 18:00", BEL, "Fwd: 386015 п.2, п.3",
    dict(expect="decided", request="386015", positions=["2", "3"], status="подрядчик убыл",
         note="forward as attachment (message/rfc822): crew finished positions 2 and 3"),
    kind="bat", builder=fwd_attached, charset="koi8-r")

# ================= 386240: Новая ============================================
t = ("Добрый день!\n\nЗаявка 386240 (ямочный ремонт внутриквартальных проездов, ул. Новая) принята, выполнение 18–19.11.\n\n" + MOR_SIG)
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Заявка 386240 (ямочный ремонт внутриквартальных проездов, ул. Новая) принята, выполнение 18–19.11.</p>", t)
add("2026-11-17 10:05", MOR, "Заявка 386240",
    dict(expect="decided", request="386240", positions=[], status="заявка принята", note="acceptance"),
    kind="desktop", plain=t, html=h, enc="b64")

t = ("Здравствуйте!\n\nЯ нахожусь в отпуске до 30.11.2026. По вопросам заявок обращайтесь к инженеру ПТО Морозовой О.В. "
     "(o.morozova@dorremstroy-m.ru, +7 (495) 640-18-52 доб. 214).\n\nИванова Н.\n")
add("2026-11-17 10:06", IVA, "Автоматический ответ: Заявка 386240 — уточнение адреса",
    dict(expect="ignored", note="out-of-office auto-reply"),
    kind="desktop", plain=t, enc="b64",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": IVA[1]})

p, h = android("Выдвигаемся на Новую 5 и 7 (п1 п2). Асфальт горячий 6 т, КамАЗ Е 482 КМ 190, каток на трале.")
add("2026-11-18 07:30", KOV, "386240 п1 п2",
    dict(expect="decided", request="386240", positions=["1", "2"], status="подрядчик в пути",
         note="'выдвигаемся' = setting off"),
    plain=p, html=h, enc="qp")

p, h = android("на Новой 5, поз1, начинаем. ограждение стоит")
add("2026-11-18 08:15", KOV, "Re: 386240 п1 п2",
    dict(expect="decided", request="386240", positions=["1"], status="подрядчик на месте",
         note="only position 1 named in body"),
    plain=p, html=h, enc="b64")

p, h = android("386240\n1 – сделано\n2 – сделано\nОбе закрыли, уехади. 3 и 4 завтра")
add("2026-11-18 15:50", KOV, "386240",
    dict(expect="decided", request="386240", positions=["1", "2"], status="подрядчик убыл",
         note="typo 'уехади'; 3 and 4 planned"),
    plain=p, html=h, enc="qp")

t = ("Пересылаю сообщение мастера.\n\n" + MOR_SIG + "\n\n"
     "От: Михаил Ковалёв <m.kovalev@dorremstroy-m.ru>\n"
     "Отправлено: 19 ноября 2026 г. 8:07\n"
     "Кому: Морозова Ольга Викторовна <o.morozova@dorremstroy-m.ru>\n"
     "Тема: 386240\n\n"
     "По 386240 3-я позиция (парковка у д.9) — на месте с 8:05. Машины жильцы убрали не все, работаем кусками.\n\n"
     "Получить Outlook для Android\n")
h = desktop_html("<p class=MsoNormal>Пересылаю сообщение мастера.</p>", t).replace(
    "</div></body>", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
    '<p class=MsoNormal><b>От:</b> Михаил Ковалёв &lt;m.kovalev@dorremstroy-m.ru&gt;<br><b>Отправлено:</b> 19 ноября 2026 г. 8:07<br>'
    '<b>Кому:</b> Морозова Ольга Викторовна &lt;o.morozova@dorremstroy-m.ru&gt;<br><b>Тема:</b> 386240</p></div>'
    '<p class=MsoNormal>По 386240 3-я позиция (парковка у д.9) — на месте с 8:05. Машины жильцы убрали не все, работаем кусками.</p>'
    '<p class=MsoNormal>Получить Outlook для Android</p></div></body>')
add("2026-11-19 08:20", MOR, "FW: 386240",
    dict(expect="decided", request="386240", positions=["3"], status="подрядчик на месте",
         note="Outlook forward of the master's message: position 3 on site"),
    kind="desktop", plain=t, html=h, enc="qp")


def bounce(L):
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(MIMEText("This message was created automatically by mail delivery software.\n\n"
                      "A message that you sent could not be delivered to one or more of its recipients. "
                      "This is a permanent error. The following address(es) failed:\n\n"
                      "  ivanov@dorremstroy-m.ru\n    mailbox is unavailable: user disabled\n", "plain", "us-ascii"))
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([email.message_from_string("Reporting-MTA: dns; mx1.dorremstroy-m.ru\nArrival-Date: Thu, 19 Nov 2026 12:58:43 +0300\n\n"),
                    email.message_from_string("Final-Recipient: rfc822;ivanov@dorremstroy-m.ru\nAction: failed\nStatus: 5.1.1\n"
                                              "Diagnostic-Code: smtp; 550 5.1.1 <ivanov@dorremstroy-m.ru>: user disabled\n\n")])
    m.attach(ds)
    hd = MIMEText("From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0YHQu9GD0LbQsdCw?= <dispatch@zakazchik-omis.ru>\n"
                  "To: ivanov@dorremstroy-m.ru\n"
                  "Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDM4NjI0MCDigJQg0LTQvtGB0YLRg9C/INCy0L4g0LTQstC+0YA=?=\n"
                  "Date: Thu, 19 Nov 2026 12:58:41 +0300\n"
                  "Message-ID: <a81f3e2d90@zakazchik-omis.ru>\n", "rfc822-headers", "us-ascii")
    m.attach(hd)
    return m


add("2026-11-19 12:59", DAEMON, "Mail delivery failed: returning message to sender",
    dict(expect="ignored", note="bounce (delivery status notification) for a dispatch message about 386240"),
    kind="mta", builder=bounce, charset="us-ascii", extra={"Auto-Submitted": "auto-replied"})

p, h = android("3 и 4 готово, убыли. Выезд на Строителей залили полностью, 4,1 т",
               quote=dq("2026-11-19 08:40", KOV, "RE: Заявка 386240 - на месте",
                        "Михаил Андреевич, принято: поз. 3 — на месте. Диспетчер Кравец Е."))
add("2026-11-19 14:30", KOV, "RE: Заявка 386240 - на месте",
    dict(expect="decided", request="386240", positions=["3", "4"], status="подрядчик убыл",
         note="Re: subject says 'на месте', body reports departure for 3 and 4"),
    plain=p, html=h, enc="b64")

# ================= 386502: разметка км 3+000 ================================
t = ("Добрый день!\n\nЗаявка 386502 (разметка а/д «Подъезд к складу №2», км 3+000 – км 5+500) принята в работу.\n"
     "Выполнение — при благоприятной погоде, предварительно 20.11.\n\n" + MOR_SIG)
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Заявка 386502 (разметка а/д «Подъезд к складу №2», км 3+000 – км 5+500) принята в работу.</p>"
                 "<p class=MsoNormal>Выполнение — при благоприятной погоде, предварительно 20.11.</p>", t)
add("2026-11-19 11:30", MOR, "Заявка 386502 принята в работу",
    dict(expect="decided", request="386502", positions=[], status="заявка принята", note="acceptance"),
    kind="desktop", plain=t, html=h, charset="windows-1251", enc="qp")

p, h = android("386502 — завтра, если снега не будет, выедем к 7:00. Прогноз пока -1, сухо.")
add("2026-11-19 17:40", LEB, "386502 завтра",
    dict(expect="review", note="conditional plan for tomorrow"),
    plain=p, html=h, enc="b64")

p, h = android("Выехали с базы, едем на км 3+000. Разметочная В 615 ЕУ 799 + машина прикрытия с ПДЗ.")
add("2026-11-20 06:55", LEB, "386502",
    dict(expect="decided", request="386502", positions=[], status="подрядчик в пути",
         note="leaving the base for the site"),
    plain=p, html=h, enc="qp")

p, h = android("Прибыли на км 3+000 (55.6891, 37.9023). -1, дорога сухая, начинаем осевую.")
add("2026-11-20 08:05", LEB, "Re: 386502",
    dict(expect="decided", request="386502", positions=[], status="подрядчик на месте",
         note="arrival"),
    plain=p, html=h, enc="b64")

p, h = android("386502 — разметка нанесена: 2,5 км осевой 1.5, 5 км краевых 1.2. Завершение работ 15:10, убытие с объекта 15:20.")
add("2026-11-20 15:30", LEB, "386502 завершено",
    dict(expect="decided", request="386502", positions=[], status="подрядчик убыл",
         note="nouns with time: 'завершение', 'убытие'; markings 1.5/1.2 are not positions"),
    plain=p, html=h, enc="qp")

# ================= 386733: въезд Промышленная =================================
t = ("Заявку 386733 получили, принята. Выезд согласуем после оформления пропусков.\n\n-- \nВ.Н. Белов\nначальник участка\n")
add("2026-11-23 09:00", BEL, "Re: Заявка 386733",
    dict(expect="decided", request="386733", positions=[], status="заявка принята", note="acceptance"),
    kind="bat", plain=t, charset="koi8-r", enc="qp")

t = ("Прошу оформить пропуск на 24.11.2026 на технику:\n"
     "- самосвал МАЗ К 517 ОР 750, водитель Петров С.И.\n"
     "- каток Bomag BW 120, машинист Нурматов Р.\n"
     "Работы по заявке 386733, въезд с ул. Промышленной.\n\n-- \nВ.Н. Белов\n")
add("2026-11-23 11:00", BEL, "386733 пропуск",
    dict(expect="review", note="request for passes, no status"),
    kind="bat", plain=t, charset="koi8-r", enc="b64")

p, h = android("Понял, спасибо. Пропуска забрали на КПП.",
               quote=dq("2026-11-23 17:10", SHA, "RE: 386733 пропуск",
                        "Азат, пропуска на К 517 ОР 750 и каток оформлены, забрать на КПП-1 с 7:30."))
add("2026-11-24 07:20", SHA, "RE: 386733 пропуск",
    dict(expect="review", note="thanks/acknowledgement of the dispatcher's message"),
    plain=p, html=h, enc="qp")

p, h = android("386733 — едем к вам на Промышленную, будем в 8:15")
add("2026-11-24 07:40", SHA, "386733",
    dict(expect="decided", request="386733", positions=[], status="подрядчик в пути", note="on the way"),
    plain=p, html=h, enc="b64")

p, h = android("Прибытие 8:15, поз1. Въезд перекрыли частично, пропускаем по одной полосе.")
add("2026-11-24 08:20", SHA, "386733 поз1",
    dict(expect="decided", request="386733", positions=["1"], status="подрядчик на месте",
         note="noun 'Прибытие' with time"),
    plain=p, html=h, enc="qp")

h = ("<html><body><div>Пишу с личной почты, планшет сел.</div><div><br></div>"
     "<div>386733 — въезд и площадка перед складом готовы, обе позиции. Уехали в 15:40.</div>"
     "<div>Асфальт 11,4 т, площадь 142 м2.</div><div><br></div><div>--<br>Азат Шарипов<br>8-925-310-44-18</div></body></html>")
add("2026-11-25 16:00", SHA_PERS, "386733 готово",
    dict(expect="decided", request="386733", positions=["1", "2"], status="подрядчик убыл",
         note="from personal mail.ru address (listed in registry); HTML-only"),
    kind="mailru", html=h, enc="b64")

# ================= mixed / review / ignored =================================
t = ("Добрый день!\n\nНаправляем счёт на оплату № 3851 от 25.11.2026 по договору № 17/26-ДР за работы по заявкам 385311 и 385477.\n"
     "Сумма 1 284 300,00 руб., в т.ч. НДС. Оригиналы — с курьером.\n\n" + MOR_SIG)
h = desktop_html("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Направляем счёт на оплату № 3851 от 25.11.2026 по договору № 17/26-ДР за работы по заявкам 385311 и 385477.</p>"
                 "<p class=MsoNormal>Сумма 1 284 300,00 руб., в т.ч. НДС. Оригиналы — с курьером.</p>", t)
add("2026-11-25 17:30", MOR, "Счёт № 3851 от 25.11.2026",
    dict(expect="review", note="invoice, two requests, no status"),
    kind="desktop", plain=t, html=h, enc="qp", attach=[("Счет_3851.pdf", fake_pdf("invoice 3851"))])

p, h = android("На месте, начали.\nШарипов")
add("2026-11-13 08:05", SHA, "",
    dict(expect="review", note="no request number at all, empty subject"),
    plain=p, html=h, enc="b64")

p, h = android("Заявка 384711 — прибыли, работаем. Двор большой, до обеда не управимся.")
add("2026-11-14 09:40", KOV, "Заявка 384711",
    dict(expect="review", note="384711 is not in the registry"),
    plain=p, html=h, enc="qp")

p, h = android("По 386240 и 384117 гарантийные подсыпки сделали, уехали. По Садовой просела одна карта у д.12 — переложили.")
add("2026-11-20 12:10", KOV, "гарантия Новая / Садовая",
    dict(expect="review", note="two different requests in one letter"),
    plain=p, html=h, enc="b64")


def newsletter(L):
    h = ("<html><body style='font-family:Arial'><h2>Дайджест ДорРемСтрой-М — итоги октября</h2>"
         "<p>Коллеги, в октябре выполнено 48 заявок, уложено 1 730 т асфальтобетона, нанесено 14 км разметки.</p>"
         "<p>С 1 декабря переходим на зимний режим: ямочный ремонт — только литым и холодным асфальтом.</p>"
         "<p style='font-size:9pt;color:#888'>Вы получили это письмо, т.к. подписаны на рассылку. "
         "<a href='https://dorremstroy-m.ru/unsub?u=dispatch'>Отписаться</a></p></body></html>")
    return MIMEText(h, "html", cs("utf-8", "b64"))


add("2026-11-06 10:00", NEWS, "Дайджест ДорРемСтрой-М: итоги октября",
    dict(expect="ignored", note="bulk mailing (Precedence: bulk, List-Unsubscribe)"),
    kind="bulk", builder=newsletter,
    extra={"Precedence": "bulk", "List-Id": "<digest.dorremstroy-m.ru>",
           "List-Unsubscribe": "<https://dorremstroy-m.ru/unsub?u=dispatch>, <mailto:unsub@dorremstroy-m.ru>"})

t = ("Добрый день!\n\nЯ в отпуске с 27.11 по 11.12. Разметочные работы в зимний период не ведутся.\n"
     "По срочным вопросам — начальник участка Белов В.Н., v.belov@dorremstroy-m.ru.\n\nЛебедев Д.\n")
add("2026-11-27 09:12", LEB, "Автоматический ответ: Re: 384560 — гарантия по переходу у школы",
    dict(expect="ignored", note="out-of-office auto-reply; quoted subject mentions a request"),
    kind="exch", plain=t, enc="qp",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})


# ---------------------------------------------------------------------------
def main():
    ld = os.path.join(OUT, "letters")
    os.makedirs(ld, exist_ok=True)
    for f in os.listdir(ld):
        if f.endswith(".eml"):
            os.remove(os.path.join(ld, f))
    order = sorted(range(len(LETTERS)), key=lambda i: (LETTERS[i]["date"], i))
    labels = {}
    for n, i in enumerate(order, 1):
        L = LETTERS[i]
        name = f"{n:03d}.eml"
        msg = build(L, n)
        data = msg.as_bytes(policy=_pol.compat32.clone(linesep="\r\n"))
        with open(os.path.join(ld, name), "wb") as fh:
            fh.write(data)
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
