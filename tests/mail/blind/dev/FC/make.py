#!/usr/bin/env python3
"""Generator of test letters: contractor ООО «КассТехСервис» (cash registers, scales,
refrigerated cases) -> dispatch@zakazchik-omis.ru.  Writes letters/NNN.eml,
registry.json, labels.json.  Standard library only."""
import json, os, hashlib, html as htmlmod
from datetime import datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))

DISPATCH = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")
MSK = timezone(timedelta(hours=3))

# ---------------------------------------------------------------- registry
REQ = [
 ("390114", ["1","2","3"], "2026-11-02T09:15:00+03:00",
  "Магазин №118, г. Екатеринбург, ул. Малышева, 71. Поз.1 — ККТ АТОЛ 91Ф, касса №2 (зав. № 00106708213945), не печатает чек; "
  "поз.2 — весы CAS ER Plus, гастрономия, не тарируются; поз.3 — холодильная витрина Ариада, молочный отдел, не держит температуру. Тикет сети 4517302."),
 ("390227", ["1","2"], "2026-11-03T08:00:00+03:00",
  "ТТ 0452, г. Алматы, ул. Розыбакиева, 247. Поз.1 — кассовая линия (ККТ 1–4), нет передачи в ОФД; поз.2 — холодильная горка, отдел мясо-птица, не холодит. Тикет сети 4518876."),
 ("390388", ["1","2","3","4"], "2026-11-05T10:00:00+03:00",
  "Магазин №207, г. Челябинск, пр. Победы, 160. Поз.1 — касса 1, POS Штрих-М, зависает; поз.2 — касса 3, замена ФН (истекает срок); "
  "поз.3 — весы с печатью этикеток Mettler Toledo Tiger P, не печатают; поз.4 — морозильный ларь, бакалея, не морозит."),
 ("390541", ["1","2"], "2026-11-06T07:30:00+03:00",
  "ТТ 0317, г. Астана, пр. Республики, 24. Поз.1 — холодильная камера СТ (склад), +12 вместо +2; поз.2 — витрина кулинарии, обмерзает испаритель."),
 ("390602", ["1"], "2026-11-06T12:00:00+03:00",
  "Магазин №45, г. Пермь, ул. Куйбышева, 37. Поз.1 — витрина гастрономии Italfrigo, не держит температуру."),
 ("391015", ["1","2"], "2026-11-09T09:00:00+03:00",
  "Магазин №332, г. Тюмень, ул. Республики, 142. Поз.1 — ККТ касса 1, замена ФН; поз.2 — ККТ касса 2, замена ФН."),
 ("391130", ["1","2","3"], "2026-11-10T08:00:00+03:00",
  "ТТ 0521, г. Караганда, пр. Бухар-Жырау, 59. Поз.1 — касса 1, не включается; поз.2 — касса 2, не работает клавиатура; поз.3 — весы DIGI SM-100, плавает вес."),
 ("391276", ["1"], "2026-11-12T10:00:00+03:00",
  "Магазин №118, г. Екатеринбург, ул. Малышева, 71. Поз.1 — холодильная горка, отдел фрукты-овощи, +12 в зоне выкладки."),
 ("391408", ["1","2"], "2026-11-13T09:30:00+03:00",
  "Магазин №76, г. Курган, ул. Гоголя, 55. Поз.1 — ККТ Эвотор, касса 1, не включается; поз.2 — весы Масса-К, гастрономия, ошибка АЦП."),
 ("391777", ["1","2"], "2026-11-16T08:00:00+03:00",
  "ТТ 0609, г. Костанай, ул. Аль-Фараби, 65. Поз.1 — морозильная бонета, отдел заморозки, не морозит; поз.2 — касса самообслуживания, не читает штрихкод."),
 ("392050", ["1","2","3"], "2026-11-18T10:00:00+03:00",
  "Магазин №154, г. Магнитогорск, пр. Ленина, 90. Поз.1 — кассовая зона, ККТ 1–3, обрыв печати; поз.2 — весы самообслуживания, фрукты; поз.3 — холодильная витрина, рыбный отдел."),
 ("392318", ["1","2"], "2026-11-20T08:00:00+03:00",
  "ТТ 0733, г. Шымкент, пр. Тауке хана, 12. Поз.1 — холодильная камера, овощи; поз.2 — касса 2, не выдаёт чек."),
]
REQD = {r[0]: r for r in REQ}

# ---------------------------------------------------------------- senders
# key: (name, address, utc offset, client)
S = {
 "A": ("Грибанов Андрей", "a.gribanov@kts-service.ru", 5, "huawei"),
 "D": ("Данияр Султанов", "d.sultanov@kts-service.kz", 6, "samsung"),
 "S": ("Сергей Ложкин", "serega.montazh@mail.ru", 5, "mailru"),
 "O": ("Пермякова Ольга (КассТехСервис)", "dispetcher@kts-service.ru", 5, "outlook"),
 "E": ("Жумабаев Ерлан", "e.zhumabaev@kts-service.kz", 6, "outlook"),
 "R": ("Руслан Хабибуллин", "r.khabibullin@kts-service.ru", 5, "thebat"),
 "M": ("Максим Ветлугин", "m.vetlugin@kts-service.ru", 5, "samsung_alt"),
 "N": ("Асель Нурланова", "a.nurlanova@kts-service.kz", 5, "html"),
 "I": ("Игорь Шайхутдинов", "i.shaikhutdinov@kts-service.ru", 5, "huawei_plain"),
 "K": ("КТС Шымкент", "kts.shymkent@gmail.com", 5, "gmail"),
}
SIG = {
 "huawei": "\n\nОтправлено с моего Huawei",
 "huawei_plain": "\n\nОтправлено с моего Huawei",
 "samsung": "\n\n\nОтправлено с Samsung Galaxy",
 "samsung_alt": "\n\n\nОтправлено с Samsung Galaxy",
 "mailru": "\n\n--\nОтправлено из Почты Mail.ru для Android",
 "outlook": "",
 "thebat": "",
 "html": "",
 "gmail": "",
}

def dt(s, off):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=off)))

def disp_text(num):
    r = REQD[num]
    obj, _, rest = r[3].partition(". Поз.")
    lines = ["Добрый день!", "", f"Направляем заявку № {num}.", f"Объект: {obj}.", "Позиции:"]
    for chunk in ("Поз." + rest).split("; поз."):
        chunk = chunk.replace("Поз.", "")
        lines.append("  " + chunk.strip().rstrip("."))
    lines += ["", "Просим подтвердить принятие и сообщать о выезде, прибытии и убытии бригады.", "",
              "--", "Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru", "+7 (495) 780-11-22"]
    return "\n".join(lines)

def disp_subj(num):
    obj = REQD[num][3].split(",")[0]
    return f"Заявка № {num} ({obj})"

# ---------------------------------------------------------------- quote styles
def q_samsung(who, when, to, subj, body):
    return ("\n\n-------- Исходное сообщение --------\n"
            f"От: {who[0]} <{who[1]}>\nДата: {when.strftime('%d.%m.%Y %H:%M')} (GMT{when.strftime('%z')[:3]}:{when.strftime('%z')[3:]})\n"
            f"Кому: {to}\nТема: {subj}\n\n{body}")

def q_under(who, when, to, subj, body):
    return ("\n\n________________________________\n"
            f"От: {who[0]} <{who[1]}>\nОтправлено: {when.strftime('%d.%m.%Y %H:%M')}\n"
            f"Кому: {to}\nТема: {subj}\n\n{body}")

def q_outlook(who, when, to, subj, body):
    months = ["января","февраля","марта","апреля","мая","июня","июля","августа","сентября","октября","ноября","декабря"]
    return ("\n\n-----Original Message-----\n"
            f"From: {who[0]} <{who[1]}>\nSent: {when.day} {months[when.month-1]} {when.year} г. {when.strftime('%H:%M')}\n"
            f"To: {to}\nSubject: {subj}\n\n{body}")

def q_gt(who, when, body, head=None):
    head = head or f"{when.strftime('%d.%m.%Y, %H:%M')}, {who[0]} <{who[1]}> пишет:"
    return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))

def q_bat(initials, who, when, body):
    months = ["января","февраля","марта","апреля","мая","июня","июля","августа","сентября","октября","ноября","декабря"]
    head = f"\n\nВы писали {when.day} {months[when.month-1]} {when.year} г., {when.strftime('%H:%M')}:\n\n"
    return head + "\n".join(f"{initials}> {l}" if l else f"{initials}>" for l in body.split("\n"))

# ---------------------------------------------------------------- building
LETTERS = []   # (n, Message, label)
LABELS = {}
USED_MSGID = set()

def msgid(n, addr, when):
    dom = addr.split("@")[1]
    h = hashlib.md5(f"{n}{addr}{when}".encode()).hexdigest()[:12]
    if dom == "gmail.com":
        return f"<CAK{h.upper()}x{n:03d}Zq@mail.gmail.com>"
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{h}.{n:03d}@{dom}>"

def charset(name, enc):
    c = Charset(name)
    c.header_encoding = BASE64
    c.body_encoding = {"qp": QP, "b64": BASE64}.get(enc)
    return c

def text_to_html(text):
    parts = []
    for line in text.split("\n"):
        parts.append(htmlmod.escape(line) if line else "<br>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join(f"<div>{p}</div>" for p in parts) + "</body></html>")

def add(n, who, when, subj, new, label, quote="", cs=None, enc=None, kind=None,
        html=None, irt=None, extra=None, to=None, sig=None):
    name, addr, off, client = S[who]
    when_dt = dt(when, off)
    if sig is None:
        sig = SIG[client]
    text = new + sig + quote
    if (cs or {"thebat": "koi8-r"}.get(client)) == "koi8-r":
        tr = str.maketrans({"—": "-", "–": "-", "«": '"', "»": '"', "№": "N"})
        text = text.translate(tr); subj = subj.translate(tr)
    if kind is None:
        kind = {"huawei": "alt", "samsung_alt": "alt", "html": "html", "gmail": "alt"}.get(client, "plain")
    if cs is None:
        cs = {"outlook": "windows-1251", "thebat": "koi8-r"}.get(client, "utf-8")
    if enc is None:
        enc = {"samsung": "b64", "samsung_alt": "b64", "huawei": "b64", "outlook": "qp",
               "thebat": "8bit", "gmail": "qp", "mailru": "b64", "huawei_plain": "8bit", "html": "qp"}.get(client, "b64")
    c = charset(cs, enc)
    if kind == "plain":
        m = MIMEText(text, "plain", c)
    elif kind == "html":
        m = MIMEText(html or text_to_html(text), "html", c)
    else:
        m = MIMEMultipart("alternative")
        m.attach(MIMEText(text, "plain", c))
        m.attach(MIMEText(html or text_to_html(text), "html", c))
    hdr_cs = "utf-8" if cs == "utf-8" else cs
    m["From"] = formataddr((name, addr), charset=hdr_cs)
    m["To"] = to or formataddr(DISPATCH, charset=hdr_cs)
    m["Subject"] = Header(subj, hdr_cs) if any(ord(ch) > 127 for ch in subj) else subj
    m["Date"] = format_datetime(when_dt)
    mid = msgid(n, addr, when_dt)
    assert mid not in USED_MSGID
    USED_MSGID.add(mid)
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    if client == "outlook":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
    if client == "thebat":
        m["X-Mailer"] = "The Bat! (v10.5.3) Professional"
    for k, v in (extra or {}).items():
        m[k] = v
    LETTERS.append((n, m))
    LABELS[f"{n:03d}.eml"] = label

def raw(n, text, label):
    LETTERS.append((n, text))
    LABELS[f"{n:03d}.eml"] = label

def D_(status, req, pos, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}
def R_(note):
    return {"expect": "review", "note": note}
def I_(note):
    return {"expect": "ignored", "note": note}

ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
DSP = DISPATCH
DISP_TO = f"{DSP[0]} <{DSP[1]}>"
def orig(num, h, m="00", day=None):
    """time the dispatch letter went out (MSK) for quoting"""
    r = REQD[num]
    base = datetime.fromisoformat(r[2])
    return base + timedelta(minutes=5)

# =========================================================== 390114 магазин №118
q = q_samsung(DSP, orig("390114", 0).astimezone(timezone(timedelta(hours=5))), "a.gribanov@kts-service.ru", disp_subj("390114"), disp_text("390114"))
add(1, "A", "2026-11-02 12:40", "Re: " + disp_subj("390114"),
    "Добрый день. Приняли в работу, инженер Грибанов А.В. Выезд сегодня после обеда, сначала касса.",
    D_(ACC, "390114", [], "accepted; departure only planned; quote is the dispatcher's original"), quote=q)

add(2, "A", "2026-11-02 15:05", "390114 поз 1",
    "выехал на 118й, касса 2. минут 40 по пробкам на Малышева",
    D_(WAY, "390114", ["1"], "выехал + ETA 40 min; position in subject"))

q = q_samsung(DSP, dt("2026-11-02 13:09", 3), "a.gribanov@kts-service.ru", "RE: 390114 поз 1",
              "Андрей, принято. Тикет сети 4517302 у нас в работе, сообщите по прибытии.\n\nДиспетчер ОМИС Кравцова Н.\n\n"
              "-----Original Message-----\nFrom: Грибанов Андрей\nSubject: 390114 поз 1\n\nвыехал на 118й, касса 2. минут 40 по пробкам на Малышева")
add(3, "A", "2026-11-02 15:52", "Re: RE: 390114 поз 1",
    "На месте.",
    D_(ON, "390114", ["1"], "body 'На месте' only; request/position from the thread subject; quoted 'выехал' is history"), quote=q)

add(4, "A", "2026-11-02 18:20", "390114 магазин 118",
    "П1 касса №2 (ККТ АТОЛ 91Ф зав.№ 00106708213945) — заменил термоголовку, чек печатает, в ОФД уходит. Убыл в 18:15.\n"
    "Весы и витрину посмотрим завтра с утра, сегодня не успеваю.",
    D_(LEFT, "390114", ["1"], "P1 done and left; P2/P3 only planned"))

html5 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Добрый день!</p>
<p>Статус по заявке <b>390114</b> (магазин №118, Малышева 71) на 03.11.2026:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Поз.</th><th>Оборудование</th><th>Статус</th><th>Время (Екб)</th></tr>
<tr><td>2</td><td>Весы CAS ER Plus, гастрономия</td><td>Инженер на месте</td><td>10:05</td></tr>
<tr><td>3</td><td>Витрина Ариада, молочный отдел</td><td>Инженер на месте</td><td>10:05</td></tr>
</table>
<p>С уважением,<br>Пермякова Ольга<br>диспетчер ООО «КассТехСервис»<br>тел. +7 (343) 311-22-40, доб. 105<br>ИНН 6671234567 / КПП 667101001</p>
</body></html>"""
txt5 = ("Добрый день!\n\nСтатус по заявке 390114 (магазин №118, Малышева 71) на 03.11.2026:\n\n"
        "Поз. | Оборудование | Статус | Время (Екб)\n2 | Весы CAS ER Plus, гастрономия | Инженер на месте | 10:05\n"
        "3 | Витрина Ариада, молочный отдел | Инженер на месте | 10:05\n\n"
        "С уважением,\nПермякова Ольга\nдиспетчер ООО «КассТехСервис»\nтел. +7 (343) 311-22-40, доб. 105\nИНН 6671234567 / КПП 667101001")
add(5, "O", "2026-11-03 10:30", "Заявка 390114 - статус", txt5,
    D_(ON, "390114", ["2", "3"], "HTML table, one row per position, both on site"), kind="alt", html=html5)

q = q_samsung(("Грибанов Андрей", "a.gribanov@kts-service.ru"), dt("2026-11-02 18:20", 5), "dispatch@zakazchik-omis.ru",
              "390114 магазин 118", "П1 касса №2 — заменил термоголовку, чек печатает. Убыл в 18:15.\nВесы и витрину посмотрим завтра с утра.")
add(6, "A", "2026-11-03 14:50", "Re: 390114 магазин 118",
    "п2 п3 готово. весы откалибровал, пломба № 0047713. витрина держит +3..+4, дозаправил R404A 1,2 кг. бригада свободна",
    D_(LEFT, "390114", ["2", "3"], "results + 'бригада свободна'; seal number and refrigerant qty are not request numbers"), quote=q)

q = q_samsung(DSP, dt("2026-11-04 08:30", 3), "a.gribanov@kts-service.ru", "RE: 390114 магазин 118",
              "Андрей, добрый день. По заявке 390114 просим приложить фото подписанного акта, без него закрыть не можем.\n\nДиспетчер ОМИС Кравцова Н.")
add(7, "A", "2026-11-04 11:02", "Re: RE: 390114 магазин 118",
    "Понял, принял к сведению. Акт у управляющей, фото скину вечером",
    R_("acknowledgement of the dispatcher's request + promise; 'принял' refers to the dispatcher's message, not a status"), quote=q)

# =========================================================== 390227 ТТ 0452 Алматы
q = q_samsung(DSP, dt("2026-11-03 08:05", 3).astimezone(timezone(timedelta(hours=6))), "d.sultanov@kts-service.kz", disp_subj("390227"), disp_text("390227"))
add(8, "D", "2026-11-03 11:20", "Re: " + disp_subj("390227"),
    "Добрый день! Заявку взяли, ответственный Султанов Д., +7 701 555 24 17",
    D_(ACC, "390227", [], "accepted; phone is not a request number"), quote=q)

add(9, "D", "2026-11-03 14:00", "390227",
    "Выезжаем на ТТ 0452 (Розыбакиева 247), на месте будем около 15:00.",
    D_(WAY, "390227", [], "выезжаем + ETA: on the way"))

q = q_samsung(DSP, dt("2026-11-02 09:20", 3).astimezone(timezone(timedelta(hours=6))), "d.sultanov@kts-service.kz", disp_subj("390114"), disp_text("390114"))
add(10, "D", "2026-11-03 15:20", "Re: " + disp_subj("390114"),
    "Мы на точке 0452 по заявке 390227, поз.1 и 2 смотрим",
    D_(ON, "390227", ["1", "2"], "replied to a wrong old thread (390114 in subject/quote); new text is about 390227"), quote=q)

add(11, "D", "2026-11-04 13:10", "390227 - 1",
    "ОФД: все 4 кассы передают, очередь неотправленных ушла. По первой позиции закончили, с точки выехали в 13:00.\n"
    "Горка мясо (поз.2) — компрессор под замену, заказали Danfoss, срок 5-7 дней.",
    D_(LEFT, "390227", ["1"], "'с точки выехали' = left the site; pos.2 only waits for parts"))

q = q_samsung(("Данияр Султанов", "d.sultanov@kts-service.kz"), dt("2026-11-04 13:10", 6), "dispatch@zakazchik-omis.ru", "390227 - 1",
              "ОФД: все 4 кассы передают. По первой позиции закончили, с точки выехали в 13:00.\nГорка мясо (поз.2) — компрессор под замену, заказали.")
add(12, "D", "2026-11-10 17:55", "Re: 390227 - 1",
    "390227 п.2 — компрессор на горку поставили, держит -2, в 17:40 уехали. Акт подписан",
    D_(LEFT, "390227", ["2"], "pos.2 finished; subject still says '- 1' from old thread"), quote=q)

add(13, "D", "2026-11-12 10:15", "390227 акт",
    "Добрый день. Управляющая ТТ 0452 теперь отказывается подписывать второй экземпляр акта, говорит горка шумит. "
    "Мы свою работу сделали, замеры есть. Разберитесь пожалуйста с вашей стороны",
    R_("complaint about the store manager; no new status"))

# =========================================================== 390388 магазин №207 Челябинск
add(14, "S", "2026-11-05 12:35", "заявка 390388",
    "Взял в работу 390388, 207 маг. Сергей",
    D_(ACC, "390388", [], "взял в работу = accepted"))

q = q_gt(("Сергей Ложкин", "serega.montazh@mail.ru"), dt("2026-11-05 12:35", 5), "Взял в работу 390388, 207 маг. Сергей")
add(15, "S", "2026-11-05 13:25", "Re: заявка 390388",
    "Наряд 390388 ВЫЕЗД 13:20",
    D_(WAY, "390388", [], "noun 'выезд' with time"), quote=q, cs="koi8-r", enc="8bit")

add(16, "S", "2026-11-05 14:10", "390388 поз 1,2",
    "прибытие 14:05. кассы 1 и 3, начинаю",
    D_(ON, "390388", ["1", "2"], "noun 'прибытие'; positions in subject (касса 3 is pos.2)"))

q = q_gt(("Сергей Ложкин", "serega.montazh@mail.ru"), dt("2026-11-05 14:10", 5), "прибытие 14:05. кассы 1 и 3, начинаю")
add(17, "S", "2026-11-05 17:45", "Re: 390388 поз 1,2",
    "Касса 1 — переустановил драйвер Штрих-М, не виснет. Касса 3 — ФН заменён, новый ФН 7281440500123456, "
    "перерегистрация в ОФД прошла, тестовый чек пробили.\nУбытие 17:30.",
    D_(LEFT, "390388", ["1", "2"], "'убытие 17:30'; FN serial is not a request number"), quote=q)

add(18, "S", "2026-11-06 09:10", "390388 п4",
    "по ларю (п4) ждём пускозащитное реле с Екб, пока не выезжали. как придёт — сразу",
    R_("negation: not yet departed, waiting for a part"))

add(19, "S", "2026-11-08 19:40", "касса",
    "на 207-м опять касса 3 не пробивает, звонила старшая кассир. это по гарантии пойдет или новую заявку ждать?",
    R_("question, no request number"))

add(20, "S", "2026-11-09 16:00", "390388 (3)",
    "Весы Тигр — заменил термопринтер (арт. 72212345), этикетки печатает, откалибровал. уехал с 207го",
    D_(LEFT, "390388", ["3"], "'уехал с 207го' = left from the site; position in brackets in subject"))

add(21, "S", "2026-11-10 11:00", "390388 (4)",
    "на 207 по ларю прибыл, реле привез",
    D_(ON, "390388", ["4"], "arrived; position in brackets"))

add(22, "S", "2026-11-10 15:30", "Re: 390388 (4)",
    "ларь: реле заменил, морозит -19. всё, по 207 закрыли, убыл",
    D_(LEFT, "390388", ["4"], "result + убыл"),
    quote=q_gt(("Сергей Ложкин", "serega.montazh@mail.ru"), dt("2026-11-10 11:00", 5), "на 207 по ларю прибыл, реле привез"))

# =========================================================== 390541 ТТ 0317 Астана
q = q_outlook(DSP, dt("2026-11-06 07:35", 3), "Жумабаев Ерлан", "Обращение 390541 / ТТ 0317", disp_text("390541"))
add(23, "E", "2026-11-06 11:05", "RE: Обращение 390541 / ТТ 0317",
    "Добрый день!\nЗаявку приняли, выезд планируем сегодня до 15:00.\n\nС уважением,\nЖумабаев Ерлан\nсервисный инженер, филиал Астана\n+7 (7172) 57-30-18",
    D_(ACC, "390541", [], "accepted; departure is only a plan"), quote=q)

add(24, "E", "2026-11-06 14:20", "#390541 (1)",
    "Еду на ТТ 0317, камера СТ. Буду через 20 мин.\nЕ.Ж.",
    D_(WAY, "390541", ["1"], "'буду через 20 мин' = on the way; '#' form"))

add(25, "E", "2026-11-06 18:55", "390541 поз.1 камера",
    "По камере: прибыл 14:45, течь по пайке на испарителе, запаяли, вакуум, заправка R507 3 кг. Камера вышла на +2.\n"
    "Уехал в 18:40. Акт № 1187 подписан у управляющей.\n\nЖумабаев Ерлан",
    D_(LEFT, "390541", ["1"], "arrival and departure both reported: latest = убыл; act number is not a request"))

add(26, "E", "2026-11-07 10:00", "390541-2",
    "Витрина кулинарии — нa мecтe, нaчaли",  # Latin a/c/e inside
    D_(ON, "390541", ["2"], "Latin look-alike letters in 'на месте'; position after dash"))

add(27, "E", "2026-11-07 11:10", "390541 п.3",
    "Управляющая попросила посмотреть ларь у входа, записал как п.3 — посмотрели, работает, просто забит льдом.",
    R_("position 3 does not exist in request 390541"))

q = q_outlook(("Жумабаев Ерлан", "e.zhumabaev@kts-service.kz"), dt("2026-11-07 10:00", 6), DISP_TO, "390541-2", "Витрина кулинарии — на месте, начали")
add(28, "E", "2026-11-07 12:30", "RE: 390541-2",
    "Витрину сделали, вентилятор обдува заменили (арт. 4420.117), оттайка по таймеру. Уезжаем.",
    D_(LEFT, "390541", ["2"], "work done, 'уезжаем' now"), quote=q)

# =========================================================== 390602 магазин №45 Пермь
q = q_samsung(DSP, dt("2026-11-06 12:05", 3).astimezone(timezone(timedelta(hours=5))), "m.vetlugin@kts-service.ru", disp_subj("390602"), disp_text("390602"))
add(29, "M", "2026-11-06 15:10", "Re: " + disp_subj("390602"),
    "принял",
    D_(ACC, "390602", [], "one word 'принял' as a reply to the request letter"), quote=q)

add(30, "M", "2026-11-07 08:40", "390602 Пермь 45",
    "Выехал из офиса на 45-й (Куйбышева 37), витрина гастрономия. Буду минут через 25",
    D_(WAY, "390602", [], "'выехал из офиса на 45-й' = towards the site"))

add(31, "M", "2026-11-07 09:35", "390602 поз 2?",
    "В магазине просят еще витрину в рыбном посмотреть, в заявке её нет. Делать как поз 2 или отдельную заявку заведете?",
    R_("question; position 2 does not exist"))

add(32, "M", "2026-11-07 13:15", "390602",
    "Витрина Italfrigo гастрономия: заменен ТРВ, температура +2. Закончил, убыл с объекта.",
    D_(LEFT, "390602", [], "'убыл с объекта'"))

add(33, "M", "2026-11-20 09:50", "Заявка 390620 магазин 45",
    "По 390620 выехал, рыбный отдел",
    R_("request 390620 is not in the registry"))

# =========================================================== 391015 магазин №332 Тюмень (The Bat!, KOI8-R)
add(34, "R", "2026-11-09 11:40", "Заявка 391015 принята",
    "Ольга Владимировна, добрый день.\n\nЗаявку 391015 (маг. 332, замена ФН) приняли. ФН-1.2 15 мес. 2 шт. получил на складе.\n\n"
    "--\nС уважением, Хабибуллин Руслан\nинженер ККТ, ООО \"КассТехСервис\", Тюмень\nтел. +7 (3452) 68-14-20",
    D_(ACC, "391015", [], "accepted"))

add(35, "R", "2026-11-10 09:05", "391015 выезд",
    "Выехали в 332-й, Республики 142. Машина А123ВС 72.\n\n--\nХабибуллин Р.",
    D_(WAY, "391015", [], "'выехали в' = towards; car plate is not a number of interest"))

q = q_bat("ДС", DSP, dt("2026-11-10 07:20", 3), "Руслан, доброе утро.\nПо 391015 кассир будет с 10:00, раньше не начинайте.\n\nДиспетчер ОМИС")
add(36, "R", "2026-11-10 12:50", "Re: 391015 выезд",
    "Здравствуйте.\n\nПозиция 1: ФН заменён, старый ФН 9961440300987654 закрыт, архив выгружен.\n"
    "Позиция 2: в процессе, ждём старшего кассира для перерегистрации.\n\n--\nХабибуллин Р.",
    R_("different statuses for different positions in one letter (pos.1 done, pos.2 in progress on site)"), quote=q)

add(37, "R", "2026-11-10 15:30", "Re: 391015 выезд",
    "Обе кассы перерегистрированы, ФН новые 7281440500234561 и 7281440500234578. С объекта ушли в 15:10.\n\n--\nХабибуллин Р.",
    D_(LEFT, "391015", [], "both registers (= whole request) done, left; FN serials are not request numbers"))

# =========================================================== 391130 ТТ 0521 Караганда
inner = ("-----Original Message-----\nFrom: Жумабаев Ерлан <e.zhumabaev@kts-service.kz>\nSent: Tuesday, November 10, 2026 10:30 AM\n"
         "To: Пермякова Ольга <dispetcher@kts-service.ru>\nSubject: 391130 Караганда\n\n"
         "Ольга, заявку 391130 принял, ТТ 0521 Караганда. Завтра в 7 выезжаю из Астаны.\nЕрлан")
add(38, "O", "2026-11-10 10:45", "FW: 391130 Караганда",
    "Добрый день!\nПересылаю ответ инженера по заявке.\n\nС уважением,\nПермякова Ольга\nдиспетчер ООО «КассТехСервис»\n\n" + inner,
    D_(ACC, "391130", [], "Outlook forward of the engineer's acceptance: forwarded report counts"))

add(39, "E", "2026-11-11 08:10", "391130",
    "Выехал Астана - Караганда, трасса М-36, буду к 11:30. Машина 123 ABC 01.",
    D_(WAY, "391130", [], "on the way with ETA; car plate"))

q = q_outlook(("Жумабаев Ерлан", "e.zhumabaev@kts-service.kz"), dt("2026-11-11 08:10", 6), DISP_TO, "391130",
              "Выехал Астана - Караганда, трасса М-36, буду к 11:30. Машина 123 ABC 01.")
add(40, "E", "2026-11-11 11:50", "RE: 391130",
    "Прибыл на ТТ 0521 в 11:40.",
    D_(ON, "391130", [], "arrival; quoted 'выехал' is history"), quote=q)

add(41, "E", "2026-11-11 16:20", "391130 п.1, п.2",
    "п.1 и п.2 закончили: на 1-й кассе заменили блок питания (PN 2511-0040), на 2-й клавиатуру.\n"
    "По весам (п.3) нужен датчик, привезу в понедельник.",
    D_(LEFT, "391130", ["1", "2"], "pos.1/2 finished; pos.3 only a plan"))

add(42, "E", "2026-11-13 17:05", "391130 весы",
    "Датчик пришел, в понедельник 16.11 с утра буду в Караганде, весы доделаю.",
    R_("plan only"))

add(43, "E", "2026-11-16 10:40", "391130 весы",
    "Датчик поставил, весы DIGI откалиброваны, п.3 закрыт, уехал в 10:30.",
    D_(LEFT, "391130", ["3"], "pos.3 finished, left"))

# =========================================================== 391276 магазин №118 (same store as 390114)
q = q_samsung(DSP, dt("2026-11-02 09:20", 3).astimezone(timezone(timedelta(hours=5))), "a.gribanov@kts-service.ru", disp_subj("390114"), disp_text("390114"))
add(44, "A", "2026-11-12 12:30", "Re: " + disp_subj("390114"),
    "по новой заявке 391276 (горка в овощах) принял, буду на 118 после 15",
    D_(ACC, "391276", [], "wrong old thread (390114 in subject and quote); new text accepts 391276"), quote=q)

add(45, "A", "2026-11-12 16:45", "Re: " + disp_subj("390114"),
    "я на 118-м, горка овощи",
    R_("no number in new text; thread subject says 390114 (closed, different equipment), equipment belongs to 391276: conflict"),
    quote=q)

add(46, "A", "2026-11-12 19:05", "391276",
    "Горка фрукты-овощи — почистил конденсатор, поменял вентилятор, держит +5. Закончил, ушёл из магазина в 18:50",
    D_(LEFT, "391276", [], "finished, left the store"))

raw_auto = None  # built below

# =========================================================== 391408 магазин №76 Курган
add(47, "R", "2026-11-13 12:00", "391408",
    "Добрый день.\nПриняли, выезд в Курган в понедельник рано утром.\n\n--\nХабибуллин Р.",
    D_(ACC, "391408", [], "accepted; departure only planned"))

q = q_bat("ДС", DSP, dt("2026-11-13 14:02", 3), "Руслан, добрый день.\nКурган ждёт, кассу 1 закрыли, работают на одной. Сообщите, когда выедете.\n\nДиспетчер ОМИС")
add(48, "R", "2026-11-16 07:30", "Re: 391408",
    "Здравствуйте.\n\nв пути на Курган, 76-й магазин, ориентировочно к 11:00\n\n--\nХабибуллин Р.",
    D_(WAY, "391408", [], "'в пути'"), quote=q)

add(49, "R", "2026-11-16 11:20", "391408 поз2",
    "на месте с 11:05, начал с весов",
    D_(ON, "391408", ["2"], "on site; position 'поз2' in subject"), enc="qp")

add(50, "R", "2026-11-16 15:40", "Re: 391408 поз2",
    "Весы Масса-К: заменил плату АЦП, поверочное клеймо не трогал, ошибок нет — по весам всё.\n"
    "Эвотор (поз.1) — умерла мат. плата, на замену по гарантии, сегодня не сделать.\n\n--\nХабибуллин Р.",
    D_(LEFT, "391408", ["2"], "scales (pos.2) finished; pos.1 has only a plan"))

add(51, "R", "2026-11-19 13:00", "391408 - 1 Эвотор",
    "Плату привезли, поставил, касса включается, ФН читается, смена открыта. Работы по п.1 выполнены, уехал.\n\n--\nХабибуллин Р.",
    D_(LEFT, "391408", ["1"], "pos.1 done, left"))

# =========================================================== 391777 ТТ 0609 Костанай
add(52, "N", "2026-11-16 13:00", "Обращение 391777 Костанай",
    "Добрый день!\nЗаявка 391777 принята в работу, исполнитель — Тлеубаев Д., тел. +7 714 254 08 31.\n\nНурланова Асель\nКТС, филиал Костанай",
    D_(ACC, "391777", [], "accepted; HTML-only letter"))

html53 = """<html><body><div style="font-family:Arial">
<p>Добрый день.</p>
<p><b>391777</b>, ТТ 0609 (ул. Аль-Фараби, 65) &mdash; бригада выехала в 09:00, в пути.</p>
<p>Нурланова Асель<br>КТС, филиал Костанай</p>
</div></body></html>"""
add(53, "N", "2026-11-17 09:15", "391777 выезд", "", D_(WAY, "391777", [], "HTML-only: 'бригада выехала, в пути'"), html=html53)

q53 = "<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">" + html53.split("<body>")[1].split("</body>")[0] + "</blockquote>"
html54 = ("<html><body><div>Бригада на объекте (ТТ 0609), приступили к бонете.</div>"
          "<div>Нурланова А.</div><br><div>17.11.2026 09:15, Асель Нурланова пишет:</div>" + q53 + "</body></html>")
add(54, "N", "2026-11-17 10:20", "Re: 391777 выезд", "",
    D_(ON, "391777", ["1"], "on site; 'бонета' is pos.1 by the request comment (only equipment named)"), html=html54)

add(55, "N", "2026-11-17 16:00", "391777 — итог",
    "ТТ 0609:\n— поз. 1, бонета: заменили компрессор Embraco NEK2134, температура -20, работы завершены;\n"
    "— поз. 2, касса самообслуживания: сканер Datalogic перепрошит, штрихкоды читает, завершено.\n"
    "Бригада убыла в 15:45.\n\nНурланова Асель",
    D_(LEFT, "391777", ["1", "2"], "both positions completed, crew left"))

html56 = """<html><body><p>Добрый день!</p>
<p>Сводка на 17.11:</p><ul><li>391408 (Курган, 76) — весы сделаны, инженер убыл, по кассе ждём плату;</li>
<li>391777 (Костанай, ТТ 0609) — бригада на месте.</li></ul>
<p>Пермякова Ольга, диспетчер</p></body></html>"""
add(56, "O", "2026-11-17 11:30", "Сводка КТС 17.11", 
    "Добрый день!\n\nСводка на 17.11:\n - 391408 (Курган, 76) — весы сделаны, инженер убыл, по кассе ждём плату;\n"
    " - 391777 (Костанай, ТТ 0609) — бригада на месте.\n\nПермякова Ольга, диспетчер",
    R_("two different requests in one letter"), kind="alt", html=html56)

# =========================================================== 392050 магазин №154 Магнитогорск
add(57, "I", "2026-11-18 12:40", "392050 принята",
    "принята. Шайхутдинов",
    D_(ACC, "392050", [], "'принята'"))

add(58, "I", "2026-11-18 14:10", "Re: 392050 принята",
    "выдвигаюсь на пр. Ленина, 90 (392050). ориентировочно 30 мин",
    D_(WAY, "392050", [], "number in brackets after the address; 'выдвигаюсь' + ETA"))

add(59, "I", "2026-11-18 14:55", "392050",
    "на 154м. начинаю с кассовой зоны п1",
    D_(ON, "392050", ["1"], "on site, pos.1 named"))

add(60, "I", "2026-11-18 18:30", "392050 п1",
    "п1 всё: ККТ 1-3 обновил прошивку 5.8.100, печать норм, обрывов нет. п2 весы и п3 витрина — завтра с утра",
    D_(LEFT, "392050", ["1"], "pos.1 finished ('п1 всё'); pos.2/3 planned for tomorrow"))

add(61, "I", "2026-11-19 09:00", "392050",
    "во сколько откроют служебный вход на 154? охрана до 9:30 не пускает, стою у рампы",
    R_("question to the dispatcher; no status reported"))

add(62, "I", "2026-11-19 10:30", "392050 п2 п3",
    "ПРИБЫЛ 10:20",
    D_(ON, "392050", ["2", "3"], "caps; positions in subject"))

add(63, "I", "2026-11-19 13:40", "Re: 392050 п2 п3",
    "весы — все работает, откалибровал. витрина рыба — заменил датчик температуры, держит 0..+2. освободился",
    D_(LEFT, "392050", ["2", "3"], "results + 'освободился'"),
    quote="\n\n-------- Исходное сообщение --------\nОт: Игорь Шайхутдинов <i.shaikhutdinov@kts-service.ru>\nДата: 19.11.2026 10:30\nКому: dispatch@zakazchik-omis.ru\nТема: 392050 п2 п3\n\nПРИБЫЛ 10:20")

# =========================================================== 392318 ТТ 0733 Шымкент (Gmail, reply under quote)
dq = disp_text("392318")
q = "\n".join(("> " + l) if l else ">" for l in dq.split("\n"))
add(64, "K", "2026-11-20 11:20", "Re: " + disp_subj("392318"),
    "пт, 20 нояб. 2026 г. в 10:05, Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>:\n" + q + "\n\nПриняли. Бауыржан, КТС Шымкент",
    D_(ACC, "392318", [], "bottom-posted reply under '>' quote"))

add(65, "K", "2026-11-20 15:40", "392318",
    "Добрый день, по 392318 ещё не выехали — машина на СТО, завтра с утра.\nБауыржан",
    R_("negation + plan"))

add(66, "K", "2026-11-21 09:40", "392318",
    "Выехали на 0733, будем в 10.\nБауыржан",
    D_(WAY, "392318", [], "on the way, ETA"))

fwd = ("Ақпарат / информация для диспетчера:\n\n---------- Forwarded message ---------\n"
       "От: Ринат Есенов <yesenov.rinat@mail.kz>\nDate: сб, 21 нояб. 2026 г. в 10:12\nSubject: 0733\nTo: КТС Шымкент <kts.shymkent@gmail.com>\n\n"
       "Заявка 392318 поз 2 касса — на месте, начали. Камеру смотрю после.\n")
add(67, "K", "2026-11-21 10:15", "Fwd: 0733", fwd,
    D_(ON, "392318", ["2"], "Gmail forward of technician's message: forwarded report counts"))

add(68, "K", "2026-11-21 14:30", "392318 п.2",
    "Касса №2 готова, ФН не меняли, заменили денежный ящик и кабель принтера. Камера п.1 — нужна дозаправка, фреона нет с собой, завтра.\nБауыржан",
    D_(LEFT, "392318", ["2"], "pos.2 ready; pos.1 only plan"))

add(69, "K", "2026-11-22 12:00", "Re: 392318 п.2",
    "Камеру овощи заправили, работает +3, уехали 11:45 (п1).\nБауыржан",
    D_(LEFT, "392318", ["1"], "pos.1 in brackets; subject still names old p.2 thread"),
    quote="\n\nсб, 21 нояб. 2026 г. в 14:30, КТС Шымкент <kts.shymkent@gmail.com>:\n> Касса №2 готова, ФН не меняли, заменили денежный ящик и кабель принтера. Камера п.1 — нужна дозаправка, фреона нет с собой, завтра.\n> Бауыржан")

# =========================================================== other review letters
add(70, "D", "2026-11-08 12:25", "тикет 4520391",
    "По тикету сети 4520391 (ТТ 0460, Жандосова 58) выехали, витрина молочка",
    R_("only the chain's ticket number and a store not in the registry; no request number"))

add(71, "O", "2026-11-20 16:10", "Счет и акт по заявке 390541",
    "Добрый день!\n\nНаправляем счёт № 1448 от 20.11.2026 и акт № 1187 по заявке 390541 (ТТ 0317, Астана). "
    "Оплата по договору № 17/2026-С от 15.01.2026, срок 10 банковских дней.\n\nПермякова Ольга\nООО «КассТехСервис»\nИНН 6671234567 КПП 667101001",
    R_("invoice/contract talk, no status"))

# =========================================================== ignored (machine mail)
def hdr_enc(s, cs="utf-8"):
    return Header(s, cs).encode()

# 72 auto-reply (out of office)
m = MIMEText("Здравствуйте!\n\nЯ в отпуске с 13.11 по 20.11.2026. По срочным вопросам: dispetcher@kts-service.ru, +7 (343) 311-22-40.\n\nГрибанов А.",
             "plain", charset("utf-8", "b64"))
m["From"] = formataddr(("Грибанов Андрей", "a.gribanov@kts-service.ru"), charset="utf-8")
m["To"] = formataddr(DISPATCH, charset="utf-8")
m["Subject"] = Header("Автоответ: RE: Заявка № 390114 (Магазин №118)", "utf-8")
m["Date"] = format_datetime(dt("2026-11-13 15:02", 5))
m["Message-ID"] = msgid(72, "a.gribanov@kts-service.ru", dt("2026-11-13 15:02", 5))
m["Auto-Submitted"] = "auto-replied"
m["X-Autoreply"] = "yes"
m["Precedence"] = "auto_reply"
LETTERS.append((72, m)); LABELS["072.eml"] = I_("out-of-office auto-reply")

# 73 auto-reply from Samsung/Exchange for D
m = MIMEText("Данияр в командировке до 07.11.2026, связь ограничена. Срочные заявки по Алматы: +7 727 339 50 50.\n"
             "Бұл автоматты жауап / Это автоматический ответ.", "plain", charset("utf-8", "qp"))
m["From"] = formataddr(("Данияр Султанов", "d.sultanov@kts-service.kz"), charset="utf-8")
m["To"] = formataddr(DISPATCH, charset="utf-8")
m["Subject"] = Header("Автоматический ответ: 390227", "utf-8")
m["Date"] = format_datetime(dt("2026-11-05 09:01", 6))
m["Message-ID"] = msgid(73, "d.sultanov@kts-service.kz", dt("2026-11-05 09:01", 6))
m["Auto-Submitted"] = "auto-replied"
m["X-Auto-Response-Suppress"] = "All"
LETTERS.append((73, m)); LABELS["073.eml"] = I_("auto-reply (Exchange style)")

# 74 bounce
orig74 = MIMEText("Выехали в 332-й, Республики 142.\n\n--\nХабибуллин Р.", "plain", charset("koi8-r", "8bit"))
orig74["From"] = formataddr(("Руслан Хабибуллин", "r.khabibullin@kts-service.ru"), charset="koi8-r")
orig74["To"] = "dispath@zakazchik-omis.ru"
orig74["Subject"] = Header("391015 выезд", "koi8-r")
orig74["Date"] = format_datetime(dt("2026-11-10 09:01", 5))
orig74["Message-ID"] = "<20261110090100.b0unce0rig.074@kts-service.ru>"
bdate = format_datetime(dt("2026-11-10 09:01", 5).replace(second=7))
raw74 = f"""Return-Path: <>
Date: {bdate}
From: MAILER-DAEMON@kts-service.ru (Mail Delivery System)
To: r.khabibullin@kts-service.ru
Subject: Undelivered Mail Returned to Sender
Message-ID: <20261110040107.9F1A2C0031@mx1.kts-service.ru>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9F1A2C0031.1794290467/mx1.kts-service.ru"

This is a MIME-encapsulated message.

--9F1A2C0031.1794290467/mx1.kts-service.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kts-service.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dispath@zakazchik-omis.ru>: host mx.zakazchik-omis.ru[185.12.64.20] said:
    550 5.1.1 <dispath@zakazchik-omis.ru>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--9F1A2C0031.1794290467/mx1.kts-service.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kts-service.ru
Arrival-Date: {format_datetime(dt("2026-11-10 09:01", 5))}

Final-Recipient: rfc822; dispath@zakazchik-omis.ru
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.zakazchik-omis.ru
Diagnostic-Code: smtp; 550 5.1.1 <dispath@zakazchik-omis.ru>: Recipient address
    rejected: User unknown in virtual mailbox table

--9F1A2C0031.1794290467/mx1.kts-service.ru
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig74.as_string()}
--9F1A2C0031.1794290467/mx1.kts-service.ru--
"""
raw(74, raw74, I_("delivery failure report (bounce) containing 'выехали' in the returned original"))

# 75 read receipt (MDN)
rdate = format_datetime(dt("2026-11-16 08:12", 5))
subj75 = hdr_enc("Прочитано: RE: 391408", "koi8-r")
body75 = "Ваше сообщение\n\n  Кому: r.khabibullin@kts-service.ru\n  Тема: RE: 391408\n  Отправлено: 16.11.2026 6:10\n\nбыло прочитано 16.11.2026 8:12.\n"
import base64
b75 = base64.encodebytes(body75.encode("koi8-r")).decode()
raw75 = f"""From: {formataddr(("Руслан Хабибуллин", "r.khabibullin@kts-service.ru"), charset="koi8-r")}
To: {formataddr(DISPATCH, charset="koi8-r")}
Subject: {subj75}
Date: {rdate}
Message-ID: <20261116081200.mdn75.075@kts-service.ru>
X-Mailer: The Bat! (v10.5.3) Professional
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----------MDN7512"

------------MDN7512
Content-Type: text/plain; charset=koi8-r
Content-Transfer-Encoding: base64

{b75}
------------MDN7512
Content-Type: message/disposition-notification

Reporting-UA: kts-service.ru; The Bat! (v10.5.3) Professional
Final-Recipient: rfc822; r.khabibullin@kts-service.ru
Original-Message-ID: <20261116061000.ab12cd.ms@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

------------MDN7512--
"""
raw(75, raw75, I_("read receipt (MDN)"))

# 76 newsletter
nl_txt = ("Уважаемые партнёры!\n\nС 01.01.2027 вступают изменения 54-ФЗ: ФН сроком 15 мес. обязательны для торговли подакцизными товарами.\n"
          "Запишитесь на бесплатный вебинар 26.11.2026 в 11:00 (Екб). Заявку на замену ФН можно оставить на сайте.\n\n"
          "Отписаться: https://kts-service.ru/unsubscribe?u=zakazchik-omis\n")
m = MIMEMultipart("alternative")
m.attach(MIMEText(nl_txt, "plain", charset("utf-8", "qp")))
m.attach(MIMEText(text_to_html(nl_txt), "html", charset("utf-8", "qp")))
m["From"] = formataddr(("КассТехСервис — новости", "news@kts-service.ru"), charset="utf-8")
m["To"] = "dispatch@zakazchik-omis.ru"
m["Subject"] = Header("Новости КассТехСервис: изменения 54-ФЗ с 1 января 2027", "utf-8")
m["Date"] = format_datetime(dt("2026-11-11 10:00", 5))
m["Message-ID"] = "<news.2026-11.4471@kts-service.ru>"
m["List-Unsubscribe"] = "<https://kts-service.ru/unsubscribe?u=zakazchik-omis>, <mailto:unsubscribe@kts-service.ru>"
m["List-Id"] = "KTS news <news.kts-service.ru>"
m["Precedence"] = "bulk"
LETTERS.append((76, m)); LABELS["076.eml"] = I_("bulk newsletter")

# 77 calendar reply
ical = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Пермякова Ольга:mailto:dispetcher@kts-service.ru
ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART:20261124T070000Z
DTEND:20261124T080000Z
SUMMARY:Принято: Совещание по SLA Урал/Казахстан
UID:040000008200E00074C5B7101A82E008000000003AB1F0C1
SEQUENCE:0
DTSTAMP:20261119T061500Z
END:VEVENT
END:VCALENDAR
"""
m = MIMEMultipart("alternative")
m.attach(MIMEText("Пермякова Ольга принимает приглашение.", "plain", charset("utf-8", "qp")))
cal = MIMEText(ical, "calendar", charset("utf-8", "b64"))
cal.set_param("method", "REPLY")
m.attach(cal)
m["From"] = formataddr(("Пермякова Ольга (КассТехСервис)", "dispetcher@kts-service.ru"), charset="windows-1251")
m["To"] = formataddr(DISPATCH, charset="windows-1251")
m["Subject"] = Header("Принято: Совещание по SLA Урал/Казахстан", "windows-1251")
m["Date"] = format_datetime(dt("2026-11-19 11:15", 5))
m["Message-ID"] = msgid(77, "dispetcher@kts-service.ru", dt("2026-11-19 11:15", 5))
m["X-Mailer"] = "Microsoft Outlook 16.0"
LETTERS.append((77, m)); LABELS["077.eml"] = I_("calendar meeting response (METHOD:REPLY)")

# ---------------------------------------------------------------- write out
for n, m in LETTERS:
    data = m.encode("ascii") if isinstance(m, str) else m.as_bytes()
    with open(os.path.join(LET, f"{n:03d}.eml"), "wb") as f:
        f.write(data)

emails = sorted({v[1] for v in S.values()} | {"news@kts-service.ru", "MAILER-DAEMON@kts-service.ru"})
registry = {"contractor": {"name": "ООО «КассТехСервис»", "emails": emails, "domains": ["kts-service.ru", "kts-service.kz"]},
            "requests": [{"number": r[0], "positions": r[1], "registered_at": r[2], "comment": r[3]} for r in REQ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
