#!/usr/bin/env python3
# Generator for the "Дезкордон Лемминг" pest-control contractor letters.
import base64, quopri, json, os, hashlib, email.quoprimime
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
TZ = timezone(timedelta(hours=3))
DOM = "dezkordon-lemming.ru"
DISPATCH = "dispatch@zakazchik-omis.ru"

A = {
    "office": ("ООО «Дезкордон Лемминг»", "office@" + DOM),
    "sok": ("Соколова Наталья", "n.sokolova@" + DOM),
    "b1": ("Бригада 1", "brigada1@" + DOM),
    "b2": ("Халилов Руслан (бригада 2)", "brigada2@" + DOM),
    "b3": ("Бр.3 Мельник", "brigada3@" + DOM),
    "b4": ("Бригада 4", "brigada4@" + DOM),
    "pet": ("Петров Андрей", "dezinsektor.petrov@mail.ru"),
    "news": ("Дезкордон Лемминг — новости", "news@" + DOM),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@" + DOM),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «Дезкордон Лемминг»",
        "emails": sorted({a[1] for a in A.values()}),
        "domains": [DOM],
    },
    "requests": [
        {"number": "455112", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:00:00+03:00",
         "comment": "Дератизация складов, ул. Промышленная, 14: корпус 1, корпус 2, корпус 3"},
        {"number": "455127", "positions": ["1", "2"], "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "Дезинсекция (тараканы): 1 — столовая АБК, 2 — пищеблок/склад продуктов"},
        {"number": "455140", "positions": ["1"], "registered_at": "2026-11-04T14:00:00+03:00",
         "comment": "Обработка подвала жилого дома, ул. Гагарина, 7"},
        {"number": "455163", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "Дератизация базы: 1 — склад ГСМ, 2 — гараж, 3 — котельная, 4 — КПП"},
        {"number": "455178", "positions": ["1", "2"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "Дезинфекция мусорокамер, ул. Лесная, 22: 1 — подъезд 1, 2 — подъезд 4"},
        {"number": "455205", "positions": ["1"], "registered_at": "2026-11-09T13:00:00+03:00",
         "comment": "Общежитие, комн. 214 — клопы"},
        {"number": "455219", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "БЦ «Меридиан», дезинсекция: 1 — этаж 1, 2 — этаж 2, 3 — этаж 3"},
        {"number": "455236", "positions": ["1", "2"], "registered_at": "2026-11-11T10:00:00+03:00",
         "comment": "Школа № 12: 1 — столовая, 2 — спортзал с раздевалками"},
        {"number": "455251", "positions": ["1"], "registered_at": "2026-11-12T15:00:00+03:00",
         "comment": "Торговый павильон у рынка — грызуны"},
        {"number": "455270", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "Завод ЖБИ: 1 — цех, 2 — склад готовой продукции, 3 — бытовки"},
        {"number": "455288", "positions": ["1", "2"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "Котельные: 1 — котельная № 3, 2 — котельная № 5"},
        {"number": "455304", "positions": ["1", "2"], "registered_at": "2026-11-18T12:00:00+03:00",
         "comment": "ТЦ «Сокол»: 1 — фудкорт, 2 — склад"},
        {"number": "455319", "positions": ["1"], "registered_at": "2026-11-20T09:00:00+03:00",
         "comment": "Гостиница «Северная», пищеблок"},
    ],
}

# ---------------------------------------------------------------- encoders
def b_words(s, cs, maxb=42):
    out, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(cs)) > maxb:
            out.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return ["=?%s?B?%s?=" % (cs, base64.b64encode(c.encode(cs)).decode()) for c in out]

def q_words(s, cs, maxc=16):
    chunks = [s[i:i + maxc] for i in range(0, len(s), maxc)]
    return [email.quoprimime.header_encode(c.encode(cs), cs) for c in chunks]

def enc_h(s, cs="utf-8", mode="B"):
    if cs == "koi8-r":
        s = koi(s)
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        pass
    w = b_words(s, cs) if mode == "B" else q_words(s, cs)
    return "\n ".join(w)

def addr(key, cs="utf-8", mode="B"):
    name, a = A[key]
    return '%s <%s>' % (enc_h(name, cs, mode), a)

def koi(s):
    return (s.replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-")
             .replace("–", "-").replace("…", "..."))

def body_bytes(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw  # 8bit

def part(ctype, text, cs, cte, extra=""):
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n%s\n" % (ctype, cs, cte, extra)
    return h.encode("ascii") + body_bytes(text, cs, cte)

# ---------------------------------------------------------------- letters
L = []  # dicts

def add(date, frm, subj, label, text=None, html=None, cs="utf-8", cte="base64", hmode="B",
        headers=None, raw_body=None, ctype_main=None):
    L.append(dict(date=date, frm=frm, subj=subj, label=label, text=text, html=html, cs=cs, cte=cte,
                  hmode=hmode, headers=headers or {}, raw_body=raw_body, ctype_main=ctype_main))

def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}

def R(note):
    return {"expect": "review", "note": note}

def I(note):
    return {"expect": "ignored", "note": note}

SIG_OFF = """--
Соколова Наталья, диспетчер
ООО «Дезкордон Лемминг» — дезинфекция, дезинсекция, дератизация
тел. +7 (495) 648-21-07, доб. 112; моб. +7 916 204-37-81
ИНН 7716823490 / КПП 771601001"""
SIG_B1 = "Отправлено с мобильного устройства"
SIG_B2 = """Бригада №2, ст. дезинфектор Халилов Р.
8-926-315-44-90"""
SIG_B3 = "Мельник С., бр.3"
SIG_B4 = "Бригада 4, Гусейнов Т., т. 8 (903) 770-15-62"

HTML_HEAD = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body style="font-family:Arial,sans-serif;font-size:10pt">'

def tpl_html(rows, cs, intro="", outro=""):
    tr = "".join('<tr><td style="border:1px solid #999;padding:3px 8px"><b>%s</b></td>'
                 '<td style="border:1px solid #999;padding:3px 8px">%s</td></tr>' % r for r in rows)
    return (HTML_HEAD % cs + intro +
            '<table style="border-collapse:collapse">%s</table>' % tr + outro + "</body></html>")

def pos_table(rows, cs, intro="", outro="", head=("Позиция", "Статус", "Время", "Примечание")):
    th = "".join('<th style="border:1px solid #777;background:#e8f0e0;padding:3px 6px">%s</th>' % h for h in head)
    tr = "".join("<tr>" + "".join('<td style="border:1px solid #777;padding:3px 6px">%s</td>' % c for c in r) + "</tr>"
                 for r in rows)
    return (HTML_HEAD % cs + intro + '<table style="border-collapse:collapse"><tr>%s</tr>%s</table>' % (th, tr)
            + outro + "</body></html>")

# ===== 455112 — склады, Промышленная 14 (1,2,3)
add("2026-11-02 10:17", "office", "Заявка 455112 — дератизация складов",
    D("455112", [], "заявка принята", "template: Позиция(и): все -> whole request; status принята"),
    text="""Добрый день.

Заявка №: 455112
Позиция(и): все (корпуса 1-3)
Статус: принята
Время: 10:10
Примечание: выезд бригады 2 планируем на 03.11 с утра

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-03 08:41", "b2", "455112 п.1",
    D("455112", ["1"], "подрядчик в пути", "number only in subject, status field placeholder, note says выехали, будем через 40 мин"),
    text="""Заявка №: ___
Позиция(и): 1
Статус: [выберите статус]
Время: 8:40
Примечание: выехали на Промышленную, будем минут через 40

""" + SIG_B2, cte="quoted-printable")

add("2026-11-03 09:36", "b2", "Re: 455112 п.1",
    D("455112", ["1"], "подрядчик на месте", "new text: status на месте 9:30; quoted older 'выехали' ignored"),
    text="""Заявка №: 455112
Позиция(и): 1
Статус: на месте
Время: 09:30
Примечание: корпус 1, кладовщик встретил

03.11.2026 8:41, brigada2@dezkordon-lemming.ru пишет:
> Заявка №: ___
> Позиция(и): 1
> Статус: [выберите статус]
> Время: 8:40
> Примечание: выехали на Промышленную, будем минут через 40
""", cte="quoted-printable")

add("2026-11-03 13:22", "b2", "455112 корпуса 1,2",
    D("455112", ["1", "2"], "подрядчик убыл", "pos 1,2 убыли; pos 3 only a plan for tomorrow"),
    text="""Заявка №: 455112
Позиция(и): 1, 2
Статус: убыли
Время: 13:15
Примечание: по корпусам 1 и 2 разложили 12 контейнеров, приманка Бродифакум 0,005%, акт № 3318 оставили кладовщику. По корпусу 3 доступа нет — ключи у охраны, приедем завтра.

""" + SIG_B2, cte="quoted-printable")

add("2026-11-04 10:52", "b2", "Промышленная 14, третий корпус",
    D("455112", ["3"], "подрядчик убыл", "free text, Поз.3: закончили, уехали 10:45"),
    text="""Поз.3 по 455112 — приманочные станции расставили (18 шт), обработку закончили, уехали в 10:45.
Схему расстановки пришлю вечером.

""" + SIG_B2, cte="quoted-printable")

# ===== 455127 — столовая / пищеблок (1,2)
add("2026-11-03 11:41", "office", "Заявка № 455127 — принята",
    D("455127", ["1", "2"], "заявка принята", "HTML template, positions 1, 2, принята в работу"),
    text="""Заявка №: 455127
Позиция(и): 1, 2
Статус: Принята в работу
Время: 11:35
Примечание: обработку проводим в нерабочее время столовой, 04.11 после 21:00
""" + "\n" + SIG_OFF,
    html=tpl_html([("Заявка №:", "455127"), ("Позиция(и):", "1, 2"), ("Статус:", "Принята в работу"),
                   ("Время:", "11:35"),
                   ("Примечание:", "обработку проводим в нерабочее время столовой, 04.11 после 21:00")],
                  "windows-1251", intro="<p>Добрый день!</p>",
                  outro="<p style='color:#555'>" + SIG_OFF.replace("\n", "<br>") + "</p>"),
    cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-04 21:27", "b1", "Заявка 455127",
    D("455127", [], "подрядчик в пути", "Статус: в пути, positions left ___"),
    text="""Заявка №: 455127
Позиция(и): ___
Статус: в пути
Время: 21:25
Примечание: едем на объект

""" + SIG_B1)

add("2026-11-04 22:06", "b1", "Заявка 455127",
    D("455127", [], "подрядчик на месте", "status field left as placeholder, note: на месте с 22:00"),
    text="""Заявка №: 455127
Позиция(и): ___
Статус: [выберите статус]
Время: ___
Примечание: на месте с 22:00, приступили

""" + SIG_B1)

add("2026-11-05 01:42", "b1", "Заявка 455127",
    D("455127", ["1", "2"], "подрядчик убыл", "copied letter: old 'в пути'/21:25 not erased; note explicitly says обе позиции закончены, УБЫЛИ 01:30"),
    text="""Заявка №: 455127
Позиция(и): 1,2
Статус: в пути
Время: 21:25
Примечание: статус не поправил, мы УБЫЛИ в 01:30. Обе позиции закончили — столовая и пищеблок. Повторная обработка через 14 дней, помещения проветрить до 7 утра.

""" + SIG_B1)

# ===== 455140 — подвал Гагарина 7 (1)
add("2026-11-04 14:33", "office", "RE: Обработка подвала Гагарина 7",
    D("455140", [], "заявка принята", "free text: заявку приняли; tomorrow's visit is only a plan"),
    text="""Добрый день! Заявку 455140 приняли, бригада будет завтра с утра, ориентировочно к 9.
Просьба предупредить управляющую компанию про ключи от подвала.

""" + SIG_OFF + """

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 4, 2026 2:02 PM
To: office@dezkordon-lemming.ru
Subject: Обработка подвала Гагарина 7

Направляем заявку № 455140 на дезинсекцию подвала жилого дома, ул. Гагарина, 7.
""", cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-05 08:12", "b3", "Гагарина 7 (455140)",
    D("455140", ["1"], "подрядчик в пути", "number typed in the positions field and position in the number field; выехали"),
    text=koi("""Заявка N: 1
Позиция(и): 455140
Статус: выехали
Время: 8:10
Примечание: ___

""" + SIG_B3), cs="koi8-r", cte="8bit")

add("2026-11-05 08:57", "b3", "Re: Гагарина 7 (455140)",
    D("455140", [], "подрядчик на месте", "прибыли 8:50, waiting for keys — on site"),
    text=koi("""Заявка N: 455140
Позиция(и):
Статус: прибыли 8:50
Время:
Примечание: ждем управляющего с ключами от подвала, тел. управляющего 8-915-022-61-33 не отвечает

""" + SIG_B3), cs="koi8-r", cte="8bit")

add("2026-11-05 11:31", "b3", "Re: Re: Гагарина 7 (455140)",
    D("455140", [], "подрядчик убыл", "new text: обработали, уехали; pleomba number and quote ignored"),
    text=koi("""Подвал обработали, дверь опечатали, пломба N 0045871. Уехали.
Подвал не открывать 3 суток.

-----Original Message-----
From: brigada3@dezkordon-lemming.ru
Sent: Thursday, November 05, 2026 8:57 AM
Subject: Re: Гагарина 7 (455140)

Заявка N: 455140
Статус: прибыли 8:50
"""), cs="koi8-r", cte="base64", hmode="B")

# ===== 455163 — база, 4 точки
add("2026-11-05 09:44", "office", "Заявка № 455163 (база, дератизация)",
    D("455163", ["1", "2", "3", "4"], "заявка принята", "Позиция(и): 1-4 -> all four, принята"),
    text="""Заявка №: 455163
Позиция(и): 1-4
Статус: принята
Время: 09:40
Примечание: выезд 06.11, бригада 2. Договор № 41/26-ДД от 12.01.2026.

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-06 07:52", "b2", "455163",
    D("455163", [], "подрядчик в пути", "free text: выезжаем на базу"),
    text="""Выезжаем на базу по 455163. Машина Газель О 527 ХН 750, пропуск на въезд заказан?

""" + SIG_B2, cte="quoted-printable")

add("2026-11-06 08:46", "b2", "455163 отчет",
    D("455163", ["1"], "подрядчик на месте", "HTML table per position: only П1 filled на месте; others ___"),
    html=pos_table([("П1 склад ГСМ", "на месте", "08:40", "начали"),
                    ("П2 гараж", "___", "___", ""),
                    ("П3 котельная", "___", "___", ""),
                    ("П4 КПП", "___", "___", "")], "utf-8",
                   intro="<p>Заявка №: 455163</p>", outro="<p>" + SIG_B2.replace("\n", "<br>") + "</p>"),
    cte="quoted-printable")

add("2026-11-06 12:11", "b2", "455163 отчет",
    R("table: П1, П2 убыли, П3 на месте, П4 empty — different statuses for different positions"),
    html=pos_table([("П1 склад ГСМ", "убыли", "10:05", "12 ловушек + 6 контейнеров"),
                    ("П2 гараж", "убыли", "11:00", ""),
                    ("П3 котельная", "на месте", "11:10", "работаем"),
                    ("П4 КПП", "[выберите статус]", "___", "")], "utf-8",
                   intro="<p>Заявка №: 455163</p>", outro="<p>" + SIG_B2.replace("\n", "<br>") + "</p>"),
    cte="quoted-printable")

add("2026-11-06 15:33", "b2", "455163 поз 3,4",
    D("455163", ["3", "4"], "подрядчик убыл", "готово, уехали с базы 15:20"),
    text="""455163 поз 3,4 — готово, уехали с базы в 15:20. Акт подпишут завтра, начальник базы уехал.

""" + SIG_B2, cte="quoted-printable")

# ===== 455178 — мусорокамеры Лесная 22
add("2026-11-06 10:31", "office", "Заявка 455178",
    D("455178", [], "заявка принята", "template with placeholder in positions; принята"),
    text="""Заявка №: 455178
Позиция(и): [укажите позиции]
Статус: принята
Время: ___
Примечание: выезд 09.11 (пн), дезинфектор Петров

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-09 09:02", "pet", "Лесная 22 [455178]",
    D("455178", [], "подрядчик в пути", "number in brackets after address; выдвигаемся, минут 20"),
    html=(HTML_HEAD % "utf-8") + "<div>Выдвигаемся на Лесную, минут 20.</div><div><br></div>"
         "<div>--<br>Петров А.<br>Отправлено из Почты Mail.ru</div></body></html>")

add("2026-11-09 09:58", "pet", "Лесная 22 [455178] п1",
    D("455178", ["1"], "подрядчик на месте", "по первой мусорке на месте с 9:30"),
    text="""по первой мусорке на месте с 9:30. камера завалена, дворник разгребает

--
Петров А.
Отправлено из Почты Mail.ru""")

add("2026-11-09 12:04", "sok", "Fwd: 455178 Лесная",
    D("455178", ["2"], "подрядчик убыл", "forward by office of the crew's report: поз.2 обработана, убыли 11:40"),
    text="""Пересылаю отчёт дезинфектора, у него не уходят письма на ваш адрес.

-------- Пересылаемое сообщение --------
09.11.2026, 11:45, "Петров Андрей" <dezinsektor.petrov@mail.ru>:

Заявка 455178 поз.2 (подъезд 4) обработана, убыли 11:40.
Расход: дезсредство 2,5 л, раствор 0,2%.

--
Петров А.
-------- Конец пересылаемого сообщения --------

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-09 12:50", "pet", "Re: Лесная 22 [455178] п1",
    D("455178", ["1"], "подрядчик убыл", "закончили с первой тоже, уехали"),
    html=(HTML_HEAD % "utf-8") + "<div>С первой тоже закончили, уехали в 12:45.</div><div><br></div>"
         "<blockquote style='border-left:1px solid #0857A6;margin:10px;padding-left:10px'>"
         "Понедельник, 9 ноября 2026, 9:58 +03:00 от Петров Андрей:<br>"
         "по первой мусорке на месте с 9:30. камера завалена, дворник разгребает</blockquote>"
         "<div>--<br>Петров А.</div></body></html>")

# ===== 455205 — общежитие, клопы
add("2026-11-09 13:21", "office", "Заявка № 455205",
    D("455205", [], "заявка принята", "Статус: ПРИНЯТА"),
    text="""Принято.

Заявка №: 455205
Позиция(и): ___
Статус: ПРИНЯТА
Время: 13:20
Примечание: жильцов предупредить — освободить комнату на 6 часов

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-10 10:06", "b1", "Re: Заявка № 455205",
    R("plan only: будем к 11, сейчас на другом объекте — not travelling yet"),
    text="""будем в общежитии к 11, сейчас на другом объекте заканчиваем

""" + SIG_B1)

add("2026-11-10 11:08", "b1", "Заявка № 455205",
    D("455205", [], "подрядчик на месте", "Статус: на месте 11:05"),
    text="""Заявка №: 455205
Позиция(и): комн 214
Статус: на месте
Время: 11:05
Примечание: комендант пустил, работаем

""" + SIG_B1)

add("2026-11-10 13:04", "b1", "Re: Заявка № 455205",
    D("455205", [], "подрядчик убыл", "Latin look-alike letters: 'Yбыли' — обработали, убыли"),
    text="""Kомнату обработали горячим туманом, жильцам 6 часов нe входить. Yбыли 12:55.

> Заявка №: 455205
> Позиция(и): комн 214
> Статус: на месте
> Время: 11:05

""" + SIG_B1)

# ===== 455219 — БЦ Меридиан (1,2,3)
add("2026-11-10 09:31", "office", "Заявка 455219 БЦ Меридиан",
    D("455219", ["1", "2", "3"], "заявка принята", "multipart template: позиции 1,2,3 приняты к исполнению"),
    text="""Заявка №: 455219
Позиция(и): 1, 2, 3
Статус: принята к исполнению
Время: 9:30
Примечание: работы только после 18:00, бригада 3

""" + SIG_OFF,
    html=tpl_html([("Заявка №:", "455219"), ("Позиция(и):", "1, 2, 3"), ("Статус:", "принята к исполнению"),
                   ("Время:", "9:30"), ("Примечание:", "работы только после 18:00, бригада 3")],
                  "windows-1251", outro="<p style='color:#555'>" + SIG_OFF.replace("\n", "<br>") + "</p>"),
    cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-10 16:02", "office", "Вопрос по 455219",
    R("question about a car pass, no status"),
    text="""Добрый день!
По заявке 455219 уточните, пожалуйста: на 3 этаж БЦ нужен отдельный пропуск? И можно ли заехать на парковку на машине А 412 КМ 750?

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-11 18:31", "b3", "455219-2 выехали",
    D("455219", ["2"], "подрядчик в пути", "status and position only in subject (455219-2 выехали); template blank"),
    text=koi("""Заявка N: ___
Позиция(и): ___
Статус: [выберите статус]
Время: ___
Примечание: ___
"""), cs="koi8-r", cte="8bit")

add("2026-11-11 19:12", "b3", "455219",
    D("455219", ["2"], "подрядчик на месте", "Позиция(и): 2-й этаж, на месте с 19:05"),
    text=koi("""Заявка N: 455219
Позиция(и): 2-й этаж
Статус: на месте с 19:05
Время:
Примечание:

""" + SIG_B3), cs="koi8-r", cte="8bit")

add("2026-11-11 21:43", "b3", "455219",
    D("455219", ["2"], "подрядчик убыл", "по второй закончили; 1 и 3 only a plan"),
    text=koi("""по второй позиции закончили, уходим. 1 и 3 завтра вечером - пропуск дали только на один день.

""" + SIG_B3), cs="koi8-r", cte="8bit")

add("2026-11-12 18:22", "b3", "455219 (1, 3) прибыли",
    D("455219", ["1", "3"], "подрядчик на месте", "subject 455219 (1, 3) прибыли"),
    text=koi("""Заявка N: 455219
Позиция(и): 1, 3
Статус: прибыли
Время: 18:20
Примечание: ___
"""), cs="koi8-r", cte="base64")

add("2026-11-12 20:53", "b3", "Re: 455219 (1, 3) прибыли",
    D("455219", ["1", "3"], "подрядчик убыл", "Re subject still says прибыли, body says отработали, убыли"),
    text=koi("""поз. 1 и 3 - все, отработали, сдали охране. Убыли 20:45.
Заявку по БЦ можно закрывать.

""" + SIG_B3), cs="koi8-r", cte="base64")

# ===== 455236 — школа № 12
add("2026-11-11 10:42", "office", "Заявка № 455236 (школа)",
    D("455236", [], "заявка принята", "Статус: принята; школа № 12 and договор numbers are not request numbers"),
    text="""Заявка №: 455236
Позиция(и): ___
Статус: принята
Время: 10:40
Примечание: школа № 12, работы в каникулы, по договору № 77/26-Д. Выезд 12.11 утром.

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-12 07:31", "b1", "школа",
    R("no request number at all (only 'Школа 12')"),
    text="""Заявка №: ___
Позиция(и): ___
Статус: в пути
Время: 7:25
Примечание: Школа 12

""" + SIG_B1)

add("2026-11-12 07:47", "sok", "455236 — бригада в пути",
    D("455236", [], "подрядчик в пути", "office writes for the crew: бригада в пути"),
    text="""Коллеги, предыдущее письмо бригады 1 («школа») — это по заявке 455236. Бригада в пути, будут к 8:15.

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-12 08:21", "b1", "Re: 455236",
    D("455236", [], "подрядчик на месте", "number only in Re subject; body: на месте; quoted dispatcher text (ДО>) ignored"),
    text="""на месте. ключи от спортзала у завхоза, ищем её

ДО> Бригада 1, подтвердите прибытие на объект.
ДО> Диспетчерская ОМИС

""" + SIG_B1)

add("2026-11-12 12:03", "b1", "455236",
    D("455236", ["1"], "подрядчик убыл", "pos 1 убыли; pos 2 only a plan for Monday"),
    text="""Заявка №: 455236
Позиция(и): 1
Статус: убыли 11:50
Время: ___
Примечание: столовую сделали. 2 (спортзал) — повторно в понедельник, завхоз не нашла ключи

""" + SIG_B1)

add("2026-11-16 09:02", "b1", "455236 п.2 выехали",
    D("455236", ["2"], "подрядчик в пути", "subject: п.2 выехали"),
    text="""едем в школу, спортзал

""" + SIG_B1)

add("2026-11-16 11:34", "b1", "Re: 455236 п.2 выехали",
    D("455236", ["2"], "подрядчик убыл", "reply under the quote; old subject says выехали, new text: сделали, уехали 11:20"),
    text="""16.11.2026 9:02 пользователь brigada1@dezkordon-lemming.ru написал:
> едем в школу, спортзал

Спортзал и раздевалки сделали, уехали в 11:20. Проветривать до завтра.

""" + SIG_B1)

# ===== 455251 — павильон
add("2026-11-12 15:12", "office", "Заявка 455251",
    D("455251", [], "заявка принята", "HTML-only template: принята 15:05"),
    html=tpl_html([("Заявка №:", "455251"), ("Позиция(и):", "___"), ("Статус:", "принята"),
                   ("Время:", "15:05"), ("Примечание:", "___")], "windows-1251",
                  outro="<p style='color:#555'>" + SIG_OFF.replace("\n", "<br>") + "</p>"),
    cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-13 09:04", "b2", "по 455251",
    R("negation: ещё не выехали, plan after lunch"),
    text="""Ещё не выехали — машина в ремонте (стартер). По 455251 ориентировочно после обеда, как заберём Газель.

""" + SIG_B2, cte="quoted-printable")

add("2026-11-13 14:12", "b2", "Re: по 455251",
    D("455251", [], "подрядчик в пути", "едем, будем через полчаса"),
    text="""Едем, будем через полчаса.

""" + SIG_B2, cte="quoted-printable")

add("2026-11-13 16:41", "b2", "455251 отчет",
    D("455251", ["1"], "подрядчик убыл", "several events: прибыли 14:40 ... убыли 16:30 — latest"),
    text="""Заявка №: 455251
Позиция(и): 1
Статус: прибыли 14:40, отработали, убыли 16:30
Время: см. выше
Примечание: норы у задней стены засыпали, 4 станции Ratex-300 по периметру

""" + SIG_B2, cte="quoted-printable")

# ===== 455270 — завод ЖБИ
add("2026-11-16 08:46", "office", "Заявка 455270 завод ЖБИ",
    D("455270", [], "заявка принята", "KOI8-R office letter; Статус: принята; positions ___"),
    text=koi("""Заявка №: 455270
Позиция(и): ___
Статус: принята
Время: 08:45
Примечание: выезд 17.11 в 7:00, бригада 3, пропуск на а/м Т 903 ОР 750

""" + SIG_OFF), cs="koi8-r", cte="quoted-printable", hmode="B")

add("2026-11-17 06:52", "b3", "455270",
    D("455270", ["1", "2"], "подрядчик в пути", "поз 1 и 2, выехали на завод (на = towards)"),
    text=koi("""поз 1 и 2, выехали на завод. Бытовки (3) потом, как освободятся.
"""), cs="koi8-r", cte="8bit")

add("2026-11-17 07:43", "b3", "455270",
    D("455270", ["1", "2"], "подрядчик на месте", "HTML table: 1 and 2 на месте, 3 placeholder"),
    html=koi(pos_table([("1", "на месте", "07:35", "цех"),
                        ("2", "на месте", "07:35", "склад ГП"),
                        ("3", "[выберите статус]", "___", "")], "koi8-r",
                       intro="<p>Заявка N: 455270</p>")), cs="koi8-r", cte="base64")

add("2026-11-17 10:05", "b3", "455270 П4",
    R("position 4 does not exist in 455270"),
    text=koi("""Заявка N: 455270
Позиция(и): П4
Статус: закончили
Время: 10:00
Примечание: ___
"""), cs="koi8-r", cte="8bit")

add("2026-11-17 12:33", "b3", "455270",
    D("455270", ["1", "2", "3"], "подрядчик убыл", "убыли, выехали С завода 12:20 (from = left)"),
    text=koi("""Заявка N: 455270
Позиция(и): 1,2,3
Статус: убыли
Время: 12:20
Примечание: выехали с завода в 12:20, бытовки тоже сделали. Предыдущее письмо про П4 - ошибка, читать как 3.

""" + SIG_B3), cs="koi8-r", cte="8bit")

# ===== 455288 — котельные
add("2026-11-17 10:22", "office", "Заявка № 455288 — котельные",
    D("455288", [], "заявка принята", "status placeholder; note says принята"),
    text="""Заявка №: 455288
Позиция(и): ___
Статус: [выберите статус]
Время: ___
Примечание: принята, бригада 4 на завтра (18.11)

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-18 08:06", "b4", "455288 (1) — в пути",
    D("455288", ["1"], "подрядчик в пути", "subject 455288 (1) — в пути"),
    text="""Выехали на котельную № 3.

""" + SIG_B4, cte="8bit")

add("2026-11-18 09:02", "b4", "Re: Пропуск в котельную",
    R("acknowledgement of dispatcher's message, no status"),
    text="""Спасибо, понял.

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 18, 2026 8:40 AM
Subject: Пропуск в котельную

По заявке 455288 пропуск на бригаду оформлен, обращаться к оператору котельной.
""", cte="8bit")

add("2026-11-18 12:17", "b4", "455288 котельная 3",
    D("455288", ["1"], "подрядчик убыл", "HTML template: Позиция 1, Статус убыли; Время shows both events, latest убыли 12:00"),
    html=tpl_html([("Заявка №:", "455288"), ("Позиция(и):", "1"), ("Статус:", "убыли"),
                   ("Время:", "прибыли 08:50 / убыли 12:00"),
                   ("Примечание:", "котельная № 3, ловчие клеевые листы 20 шт")], "utf-8",
                  outro="<p>" + SIG_B4 + "</p>"), cte="quoted-printable")

add("2026-11-19 09:33", "b4", "455288 П2",
    D("455288", ["2"], "подрядчик на месте", "П2 на месте"),
    text="""Заявка №: 455288
Позиция(и): П2
Статус: на месте
Время: 9:30
Примечание:

""" + SIG_B4, cte="8bit")

add("2026-11-19 13:05", "b4", "455288-2",
    D("455288", ["2"], "подрядчик убыл", "выполнено, выехали с котельной 13:00 (leaving from the site)"),
    text="""455288-2 выполнено, выехали с котельной в 13:00.

""" + SIG_B4, cte="8bit")

# ===== 455304 — ТЦ Сокол
add("2026-11-18 12:34", "office", "RE: Заявка 455304 ТЦ Сокол",
    D("455304", [], "заявка принята", "Outlook reply; new text: принято в работу; quoted request ignored"),
    text="""Принято в работу, бригада 1, ночь с 19 на 20.11.

""" + SIG_OFF + """

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 18 ноября 2026 г. 12:05
Кому: office@dezkordon-lemming.ru
Тема: Заявка 455304 ТЦ Сокол

Направляем заявку № 455304: ТЦ «Сокол», позиции 1 — фудкорт, 2 — склад. Тараканы.
""",
    html=(HTML_HEAD % "windows-1251") + "<p>Принято в работу, бригада 1, ночь с 19 на 20.11.</p><p style='color:#555'>"
         + SIG_OFF.replace("\n", "<br>") + "</p><hr><p><b>От:</b> Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]<br>"
         "<b>Отправлено:</b> 18 ноября 2026 г. 12:05<br><b>Кому:</b> office@dezkordon-lemming.ru<br>"
         "<b>Тема:</b> Заявка 455304 ТЦ Сокол</p><p>Направляем заявку № 455304: ТЦ «Сокол», позиции 1 — фудкорт, 2 — склад. Тараканы.</p></body></html>",
    cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-19 22:12", "b1", "455304 п.1 фудкорт",
    D("455304", ["1"], "подрядчик на месте", "приступили = on site working"),
    text="""фудкорт — приступили в 22:05

""" + SIG_B1)

add("2026-11-20 02:03", "b1", "455304",
    D("455304", ["1", "2"], "подрядчик убыл", "п.1 и п.2 сделаны, уехали"),
    text="""Заявка №: 455304
Позиция(и): п.1 и п.2
Статус: сделаны, уехали
Время: 01:50
Примечание: охрана ТЦ расписалась в акте № 3402

""" + SIG_B1)

# ===== 455319 — гостиница Северная
add("2026-11-20 09:36", "office", "Заявка 455319 гостиница",
    D("455319", ["1"], "заявка принята", "clean template: принята"),
    text="""Заявка №: 455319
Позиция(и): 1
Статус: принята
Время: 9:35
Примечание: выезд 21.11, бригада 4

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-21 09:12", "b4", "Re: 455304",
    R("copied old letter: template says 455304, note says 455319 выехали — two requests, unclear"),
    text="""Заявка №: 455304
Позиция(и): 1, 2
Статус: ___
Время: ___
Примечание: 455319 — выехали

""" + SIG_B4, cte="8bit")

add("2026-11-21 10:01", "b4", "Гостиница Северная (455319)",
    D("455319", [], "подрядчик на месте", "number in brackets after the object; бригада прибыла 9:55"),
    text="""Бригада прибыла 09:55, кухню освободят к 10:30.

""" + SIG_B4, cte="8bit")

add("2026-11-21 12:48", "sok", "Fwd: 455319",
    D("455319", [], "подрядчик убыл", "Apple-style forward of the crew's report: работы завершены, убытие 12:35"),
    text="""Пересылаю.

Начало переадресованного сообщения:

От: Бригада 4 <brigada4@dezkordon-lemming.ru>
Тема: 455319
Дата: 21 ноября 2026 г., 12:40:11 GMT+3
Кому: office@dezkordon-lemming.ru

455319 — работы завершены, пищеблок обработан, убытие 12:35.
Повтор через 2 недели.

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

# ===== review extras
add("2026-11-20 15:20", "office", "Счёт № 1187 от 20.11.2026",
    R("invoice talk, several requests, no status"),
    text="""Добрый день!
Направляем счёт № 1187 от 20.11.2026 на сумму 84 300,00 руб. по заявкам 455112, 455127, 455140 (акты № 3318, 3321, 3325).
Просим оплатить в течение 10 банковских дней по договору № 41/26-ДД.

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-14 10:15", "b2", "455311 п1",
    R("request 455311 is not in the registry"),
    text="""Заявка №: 455311
Позиция(и): 1
Статус: на месте
Время: 10:10
Примечание: ___

""" + SIG_B2, cte="quoted-printable")

add("2026-11-09 16:40", "office", "По базе (455163) — доступ",
    R("complaint about access, no status"),
    text="""Добрый день!
По заявке 455163 в прошлый раз бригада простояла у КПП почти 2 часа — пропуск не был заказан.
На будущее просим обеспечить доступ заранее, иначе вынуждены будем выставлять простой по п. 4.3 договора.

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

add("2026-11-13 14:30", "sok", "455236 / 455251",
    R("two different requests in one letter"),
    text="""По 455236 и 455251 бригады выехали.

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

# ===== ignored
add("2026-11-16 08:01", "sok", "Автоматический ответ: Заявка 455270 завод ЖБИ",
    I("out-of-office auto-reply"),
    text="""Здравствуйте!
Меня нет на месте 16.11 (отгул). По срочным вопросам: office@dezkordon-lemming.ru, тел. +7 (495) 648-21-07.
Соколова Н.""", cs="windows-1251", cte="quoted-printable", hmode="Q",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("2026-11-11 18:40", "b3", "Автоответ: Re: 455219",
    I("auto-reply from crew mailbox"),
    text=koi("""Сообщение получено. Бригада на выезде, ответим при первой возможности.
Это письмо отправлено автоматически."""), cs="koi8-r", cte="8bit",
    headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

add("2026-11-17 10:13", "office", "Прочитано: Заявка № 455288 — котельные",
    I("read receipt (MDN)"), ctype_main="mdn")

add("2026-11-10 11:20", "daemon", "Undelivered Mail Returned to Sender",
    I("bounce from contractor's mail server"), ctype_main="bounce")

add("2026-11-19 16:05", "sok", "Принято: Планёрка по графику обработок на декабрь",
    I("calendar meeting response"), ctype_main="ics")

add("2026-11-18 07:00", "news", "Зимняя дератизация: скидка 10% до 30 ноября",
    I("bulk newsletter"),
    html=(HTML_HEAD % "utf-8") + "<h2>Зима близко — грызуны идут в тепло</h2><p>Только до 30.11.2026 скидка 10% на "
         "дератизацию складов и котельных по действующим договорам.</p><p>Бригады выезжают в течение 2 часов. "
         "Звоните: +7 (495) 648-21-07.</p><p style='font-size:8pt'>Вы получили это письмо, т.к. подписаны на рассылку. "
         "<a href='https://dezkordon-lemming.ru/unsub'>Отписаться</a></p></body></html>",
    cte="quoted-printable",
    headers={"Precedence": "bulk", "List-Unsubscribe": "<https://dezkordon-lemming.ru/unsub?u=zak-omis>",
             "List-Id": "Novosti <news.dezkordon-lemming.ru>"})

# a few more decided letters for variety
add("2026-11-06 10:05", "b2", "455163 / 2",
    D("455163", ["2"], "подрядчик на месте", "free text: перешли в гараж, работаем"),
    text="""ГСМ закончили, перешли в гараж (поз. 2), работаем. Рябиновая 3 — это не наш адрес, охрана путает.

""" + SIG_B2, cte="quoted-printable")
# NOTE: this one reports только 2 на месте; the 10:05 'ГСМ закончили' is mentioned as done -> mixed? see label fix below

add("2026-11-19 21:40", "b1", "ТЦ Сокол (455304) — едем",
    D("455304", [], "подрядчик в пути", "едем, будем к 22:00"),
    text="""Бригада 1 едет на Сокол, будем к 22:00. Номер машины Х 118 ЕК 750 — передайте охране.

""" + SIG_B1)

add("2026-11-21 09:20", "b4", "наряд 455319",
    D("455319", [], "подрядчик в пути", "наряд 455319, выехали на гостиницу, будем через 30 минут"),
    text="""По наряду 455319 выехали на гостиницу, будем минут через 30.

""" + SIG_B4, cte="8bit")

add("2026-11-18 08:52", "b4", "ОТЧЁТ БРИГАДЫ",
    D("455288", ["1"], "подрядчик на месте", "template with hint list left; Статус: НА МЕСТЕ"),
    text="""ОТЧЁТ БРИГАДЫ (заполнить и отправить заказчику)
Заявка №: 455288
Позиция(и): 1
Статус: НА МЕСТЕ     (принята / в пути / на месте / убыли)
Время: 08:50
Примечание: оператор котельной на месте, пустили

""" + SIG_B4, cte="8bit")

add("2026-11-12 17:55", "b3", "455219 п1 п3",
    D("455219", ["1", "3"], "подрядчик в пути", "едем на Меридиан"),
    text=koi("""по 455219 едем на Меридиан (поз.1 и 3), будем около 18:20
"""), cs="koi8-r", cte="8bit")

add("2026-11-04 08:30", "b2", "Промышленная 14 - 455112 - корпус 3",
    D("455112", ["3"], "подрядчик на месте", "корпус 3: на мeсте (Latin e), ключи получили"),
    text="""Заявка №: 455112
Позиция(и): 3
Статус: на мeсте
Время: 8:25
Примечание: ключи у охраны получили

""" + SIG_B2, cte="quoted-printable")

# fix the ambiguous one: make 'ГСМ закончили' not a report (rewrite text)
for x in L:
    if x["subj"] == "455163 / 2":
        x["text"] = """Перешли в гараж (поз. 2), работаем. Рябиновая 3 — это не наш адрес, охрана путает.

""" + SIG_B2
        x["label"]["note"] = "free text: перешли в гараж (поз. 2), работаем -> on site"

add("2026-11-19 15:10", "b1", "455304 сегодня",
    R("plan only: выезд сегодня после 21:00"),
    text="""по 455304 выезд сегодня ночью, после 21:00, как ТЦ закроется. Охрану предупредите пжл

""" + SIG_B1)

add("2026-11-17 11:40", "office", "455270 — допработы по бытовкам",
    R("price/estimate talk, no status"),
    text="""Добрый день!
По заявке 455270 бригада сообщает, что в бытовках нужна дополнительная обработка от клопов — в смету не входит.
Стоимость 6 500,00 руб. (2 бытовки х 3 250,00). Согласуете? Если да — сделаем сегодня же.

""" + SIG_OFF, cs="windows-1251", cte="quoted-printable", hmode="Q")

# ---------------------------------------------------------------- writer
def special(x, boundary):
    k = x["ctype_main"]
    if k == "mdn":
        ct = 'multipart/report; report-type=disposition-notification; boundary="%s"' % boundary
        human = part("text/plain", "Ваше сообщение\n\n  Кому: office@dezkordon-lemming.ru\n  Тема: Заявка № 455288 — котельные\n  Отправлено: 17.11.2026 10:05\n\nбыло прочитано 17.11.2026 10:12.\n", "windows-1251", "quoted-printable")
        mdn = ("Content-Type: message/disposition-notification\n\nReporting-UA: Microsoft Outlook 16.0\n"
               "Final-Recipient: rfc822;office@dezkordon-lemming.ru\nOriginal-Message-ID: <omis-455288-ack@zakazchik-omis.ru>\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n").encode()
        return ct, [human, mdn]
    if k == "bounce":
        ct = 'multipart/report; report-type=delivery-status; boundary="%s"' % boundary
        human = part("text/plain", """This is the mail system at host mx1.dezkordon-lemming.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<brigada5@dezkordon-lemming.ru>: host mx1.dezkordon-lemming.ru said:
    550 5.1.1 <brigada5@dezkordon-lemming.ru>: Recipient address rejected:
    User unknown in virtual mailbox table
""", "us-ascii", "7bit")
        ds = ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.dezkordon-lemming.ru\n\n"
              "Final-Recipient: rfc822; brigada5@dezkordon-lemming.ru\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n").encode()
        orig_body = base64.encodebytes("Бригада 5, по заявке 455205 подтвердите выезд.\n".encode("utf-8")).decode()
        orig = ("Content-Type: text/rfc822-headers\n\nFrom: =?utf-8?B?%s?= <dispatch@zakazchik-omis.ru>\n"
                "To: brigada5@dezkordon-lemming.ru\nSubject: =?utf-8?B?%s?=\nDate: Tue, 10 Nov 2026 11:19:40 +0300\n"
                % (base64.b64encode("Диспетчерская ОМИС".encode()).decode(),
                   base64.b64encode("Заявка 455205 — подтвердите выезд".encode()).decode())).encode()
        return ct, [human, ds, orig]
    if k == "ics":
        ct = 'multipart/alternative; boundary="%s"' % boundary
        txt = part("text/plain", "Соколова Наталья принимает приглашение.\n", "windows-1251", "quoted-printable")
        ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Соколова Наталья:mailto:n.sokolova@dezkordon-lemming.ru
SUMMARY:Принято: Планёрка по графику обработок на декабрь
DTSTART:20261124T070000Z
DTEND:20261124T080000Z
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
SEQUENCE:0
DTSTAMP:20261119T130500Z
END:VEVENT
END:VCALENDAR
"""
        icp = part("text/calendar", ics, "utf-8", "base64", "")
        icp = icp.replace(b'charset="utf-8"', b'charset="utf-8"; method=REPLY', 1)
        return ct, [txt, icp]
    raise ValueError(k)

def build(i, x):
    dt = datetime.strptime(x["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ, second=(i * 7) % 60)
    cs, mode = x["cs"], x["hmode"]
    h = hashlib.md5((x["date"] + x["subj"] + str(i)).encode()).hexdigest()
    host = A[x["frm"]][1].split("@")[1]
    hdr = [
        "From: " + addr(x["frm"], cs, mode),
        "To: " + ("=?utf-8?B?%s?= <%s>" % (base64.b64encode("Диспетчерская ОМИС".encode()).decode(), DISPATCH)
                  if i % 3 else DISPATCH),
        "Subject: " + enc_h(x["subj"], cs if cs not in ("us-ascii",) else "utf-8", mode),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s.%s@%s>" % (h[:16], dt.strftime("%Y%m%d%H%M%S"), host),
        "MIME-Version: 1.0",
    ]
    if x["frm"] == "office" or x["frm"] == "sok":
        hdr.append("X-Mailer: Microsoft Outlook 16.0")
    elif x["frm"] == "b3":
        hdr.append("X-Mailer: The Bat! (v3.99.3) Professional")
    elif x["frm"] == "pet":
        hdr.append("X-Mailer: Mail.Ru Mailer 1.0")
    if x["subj"].lower().startswith("re:") or x["subj"].startswith("RE:"):
        hdr.append("In-Reply-To: <omis.%s@zakazchik-omis.ru>" % h[16:28])
    for k, v in x["headers"].items():
        hdr.append("%s: %s" % (k, v))
    boundary = "----=_NextPart_%s" % h[:20]
    if x["ctype_main"]:
        ct, parts = special(x, boundary)
        body = b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            body += ("--%s\n" % boundary).encode() + p + b"\n"
        body += ("--%s--\n" % boundary).encode()
        hdr.append("Content-Type: " + ct)
        return ("\n".join(hdr) + "\n\n").encode() + body
    if x["text"] is not None and x["html"] is not None:
        body = b""
        for ctp, t in (("text/plain", x["text"]), ("text/html", x["html"])):
            body += ("--%s\n" % boundary).encode() + part(ctp, t, cs, x["cte"]) + b"\n"
        body += ("--%s--\n" % boundary).encode()
        hdr.append('Content-Type: multipart/alternative; boundary="%s"' % boundary)
        return ("\n".join(hdr) + "\n\n").encode() + body
    ctp, t = ("text/plain", x["text"]) if x["text"] is not None else ("text/html", x["html"])
    hdr.append('Content-Type: %s; charset="%s"' % (ctp, cs))
    hdr.append("Content-Transfer-Encoding: " + x["cte"])
    return ("\n".join(hdr) + "\n\n").encode() + body_bytes(t, cs, x["cte"])

L.sort(key=lambda x: x["date"])
labels = {}
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
for i, x in enumerate(L, 1):
    name = "%03d.eml" % i
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(build(i, x))
    labels[name] = x["label"]

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
print(len(L), "letters")
