#!/usr/bin/env python3
"""Generator of test letters: persona = Кравцов С.А., техник АПС/АУПТ,
ООО «Уралпожтехмонтаж-Сервис» (Екатеринбург, +0500). Standard library only."""
import base64, hashlib, json, os, quopri
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
TZ = timezone(timedelta(hours=5))
DOM = "uralpozhtm-servis.ru"
DISPATCH = "dispatch@zakazchik-omis.ru"

K = ("Кравцов Сергей", "kravtsov@" + DOM)
KY = ("Сергей Кравцов", "kravtsov.s.a@yandex.ru")
B = ("Беляков Дмитрий", "belyakov.d@" + DOM)
O = ("Офис Уралпожтехмонтаж-Сервис", "office@" + DOM)
G = ("Гайнуллин Ринат", "gainullin.r@" + DOM)
NEWS = ("Уралпожтехмонтаж-Сервис: новости", "news@" + DOM)
MD = ("Mail Delivery System", "MAILER-DAEMON@" + DOM)

REGISTRY = {
    "contractor": {
        "name": "ООО «Уралпожтехмонтаж-Сервис»",
        "emails": [K[1], KY[1], B[1], O[1], G[1], NEWS[1], MD[1]],
        "domains": [DOM],
    },
    "requests": [
        {"number": "475038", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "БЦ «Северный», корп. А, ТО: 1 — АПС 1–3 эт., 2 — АПС 4–6 эт., 3 — СОУЭ"},
        {"number": "475112", "positions": ["1", "2"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "Склад №4, ул. Промышленная, 17: 1 — АУПТ спринклерная (насосная), 2 — АПС админблок"},
        {"number": "475207", "positions": ["1"], "registered_at": "2026-11-05T08:20:00+03:00",
         "comment": "ТЦ «Галактика»: неисправность ШС-4 на ППКП «Рубеж-2ОП», пост охраны 2 эт."},
        {"number": "475263", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T11:00:00+03:00",
         "comment": "Годовое ТО: 1 — корпус 1 АПС, 2 — корпус 2 АПС, 3 — корпус 3 АПС, 4 — насосная АУПТ"},
        {"number": "475391", "positions": ["1", "2"], "registered_at": "2026-11-09T14:30:00+03:00",
         "comment": "Гостиница «Волга», ложные срабатывания: 1 — 3 этаж, 2 — 5 этаж"},
        {"number": "475418", "positions": ["1"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "Школа №58: замена АКБ в РИП-12 / резервное питание С2000-М"},
        {"number": "475502", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T08:45:00+03:00",
         "comment": "Поликлиника №3: 1 — подвал, узел управления АУПТ; 2 — АПС 1 эт.; 3 — АПС 2 эт."},
        {"number": "475577", "positions": ["1", "2"], "registered_at": "2026-11-13T13:10:00+03:00",
         "comment": "Паркинг ЖК «Озёрный»: 1 — уровень -1, дренчерная завеса; 2 — уровень -2, спринклерная секция"},
        {"number": "475640", "positions": ["1"], "registered_at": "2026-11-16T10:05:00+03:00",
         "comment": "ДК «Энергетик»: проверка работоспособности СОУЭ"},
        {"number": "475736", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T08:30:00+03:00",
         "comment": "Офисное здание ул. Ленина, 44: 1 — АПС 1 эт., 2 — АПС 2 эт., 3 — серверная (АГПТ)"},
        {"number": "475819", "positions": ["1", "2"], "registered_at": "2026-11-20T15:00:00+03:00",
         "comment": "Котельная №2: 1 — АПС, 2 — ручные пожарные извещатели"},
        {"number": "475904", "positions": ["1", "2"], "registered_at": "2026-11-23T09:20:00+03:00",
         "comment": "Детский сад №112: 1 — АПС основного корпуса, 2 — пищеблок"},
    ],
}

SIG_K = """
-- 
Кравцов С.А.
инженер-техник АПС/АУПТ
ООО «Уралпожтехмонтаж-Сервис»
тел. +7 (343) 228-41-07, моб. +7 912 604-18-77
"""
SIG_KS = "\nКравцов\n"
SIG_KY = "\n\n--\nОтправлено из мобильной Яндекс Почты\n"
SIG_B = """
Беляков Д.В., техник
ООО "Уралпожтехмонтаж-Сервис"
+7 922 115-30-48
"""
SIG_O = """
С уважением,
Марина Садыкова
диспетчер ООО «Уралпожтехмонтаж-Сервис»
ИНН 6679123456 / КПП 667901001
620075, г. Екатеринбург, ул. Малышева, 128, оф. 214
тел. +7 (343) 228-41-00
"""

CLIENT = {
    K[1]: {"X-Mailer": None, "User-Agent": "Mozilla Thunderbird 128.4.2"},
    KY[1]: {"X-Mailer": "Yamail [ http://yandex.ru ] 5.0", "User-Agent": None},
    B[1]: {"X-Mailer": "The Bat! (v10.5.3) Professional", "User-Agent": None},
    O[1]: {"X-Mailer": "Microsoft Outlook 16.0", "User-Agent": None},
}


def d(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def rfcdate(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:%02d +0500" % (
        days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year, dt.hour, dt.minute, (dt.minute * 7 + dt.hour) % 60)


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encoded words, chunked and folded."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(cs)) > 30:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(cs)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode()))
        else:
            q = "".join(
                chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)


def addr(who, cs="utf-8"):
    return "%s <%s>" % (ew(who[0], cs), who[1])


def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(cs)  # 8bit: kept as text, encoded at the end


def leaf(text, subtype, cs, cte, extra_ct=""):
    h = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (subtype, cs, extra_ct, cte)
    return h, encode_body(text, cs, cte)


def text_to_html(text):
    import html as H
    paras = text.strip("\n").split("\n")
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + "".join(
        "<div>%s</div>" % (H.escape(p) if p else "<br>") for p in paras) + "</body></html>"


MSGIDS = {}


def make_msgid(key, frm, dt):
    hx = hashlib.md5((key + frm).encode()).hexdigest()
    if frm == KY[1]:
        return "<%d%s@mail.yandex.ru>" % (int(hx[:6], 16), dt.strftime("%H%M%S"))
    if frm == O[1]:
        return "<000001db%s$%s$%s@%s>" % (hx[:4], hx[4:12], hx[12:20], DOM)
    if frm == B[1]:
        return "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), hx[:8], DOM)
    return "<%s-%s-%s@%s>" % (hx[:8], hx[8:12], hx[12:20], DOM)


def build(L):
    frm = L["from"]
    cs = L.get("cs", "utf-8")
    cte = L.get("cte", "8bit")
    dt = L["dt"]
    mid = make_msgid(L["key"], frm[1], dt)
    MSGIDS[L["key"]] = mid
    hdr = []
    hdr.append("Return-Path: <%s>" % frm[1])
    hdr.append("Message-ID: %s" % mid)
    hdr.append("Date: %s" % rfcdate(dt))
    hdr.append("From: %s" % addr(frm, cs if cs != "us-ascii" else "utf-8"))
    hdr.append("To: %s" % L.get("to", "Диспетчерская ОМИС <%s>" % DISPATCH).replace(
        "Диспетчерская ОМИС", ew("Диспетчерская ОМИС", cs)))
    hdr.append("Subject: %s" % ew(L["subj"], cs, L.get("henc", "B")))
    if L.get("reply"):
        ref = MSGIDS.get(L["reply"], "<%s@zakazchik-omis.ru>" % hashlib.md5(L["reply"].encode()).hexdigest()[:16])
        hdr.append("In-Reply-To: %s" % ref)
        hdr.append("References: %s" % ref)
    cl = CLIENT.get(L.get("client", frm[1]), {})
    for k, v in cl.items():
        if v:
            hdr.append("%s: %s" % (k, v))
    for k, v in L.get("hdrs", {}).items():
        hdr.append("%s: %s" % (k, v))
    hdr.append("MIME-Version: 1.0")
    kind = L.get("kind", "plain")
    if kind == "raw":
        hdr.append(L["raw_ct"])
        body = L["raw_body"]
    elif kind == "plain":
        h, b = leaf(L["body"], "plain", cs, cte, L.get("ct_extra", ""))
        hdr.append(h.rstrip("\n").replace("\n\n", ""))
        body = b
    elif kind == "html":
        h, b = leaf(L["html"], "html", cs, cte)
        hdr.append(h.rstrip("\n"))
        body = b
    elif kind == "alt":
        bnd = "----=_NextPart_%s" % hashlib.md5(L["key"].encode()).hexdigest()[:20]
        hdr.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd)
        h1, b1 = leaf(L["body"], "plain", cs, cte)
        h2, b2 = leaf(L.get("html") or text_to_html(L["body"]).replace("utf-8", cs), "html", cs, cte)
        body = "This is a multi-part message in MIME format.\n\n--%s\n%s%s\n--%s\n%s%s\n--%s--\n" % (
            bnd, h1, b1, bnd, h2, b2, bnd)
    msg = "\n".join(hdr) + "\n\n" + body
    if not msg.endswith("\n"):
        msg += "\n"
    enc = cs if kind in ("plain", "html", "alt") and cte == "8bit" else "utf-8"
    data = msg.encode(enc)
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ------------------------------------------------------------------ letters
LETTERS = []


def add(key, frm, dt, subj, body=None, label=None, **kw):
    L = dict(key=key, **{"from": frm}, dt=d(dt), subj=subj, body=body, label=label)
    L.update(kw)
    LETTERS.append(L)


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------- 475038  (reg 02.11 09:15 MSK = 11:15 +05)
add("L1", K, "2026-11-02 12:40", "Заявка 475038 принята", """Добрый день.

Заявку №475038 (БЦ «Северный», корп. А, ТО АПС и СОУЭ) принял в работу.
Выезд планирую 03.11 с утра, доступ в щитовую согласовал с инженером БЦ (Осипов, +7 912 200-14-65).
""" + SIG_K, dec("475038", [], ACC, "accepted; planned trip is only a plan"), ct_extra="; format=flowed")

add("L2", K, "2026-11-03 08:31", "475038 выезд", """Выехали на БЦ Северный, ориентировочно 9:10 на месте.
Ларгус К 418 ТМ 196 — прошу заказать пропуск на парковку, если ещё не заказан.
""" + SIG_KS, dec("475038", [], WAY, "выехали, будем к 9:10; car plate is noise"))

add("L3", KY, "2026-11-03 09:14", "Re: 475038 выезд", """На месте, 9:12. Щитовая открыта, начинаем.
""" + SIG_KY + """
03.11.2026, 08:31, "Кравцов Сергей" <kravtsov@uralpozhtm-servis.ru>:
> Выехали на БЦ Северный, ориентировочно 9:10 на месте.
> Ларгус К 418 ТМ 196 — прошу заказать пропуск на парковку, если ещё не заказан.
""", dec("475038", [], ON, "on site; quoted 'выехали' is history"), cte="base64", reply="L2")

add("L4", K, "2026-11-03 13:40", "475038 поз 1 — выполнено", """По позиции 1 (АПС 1–3 эт.) работы выполнены:

[+] ППКП «Рубеж-2ОП» прот. R3, ПО 3.11 — журнал, индикация, тест — норма
[+] ШС 1–6 (АЛС 1, АЛС 2) — опрос, КЗ/обрыв не выявлено
[+] ИП 212-64 адр. 1.014, 1.027, 2.003 — запылены, заменены
[+] ИПР 513-11 — 9 шт., проверены
[+] АКБ 12 В 7 Ач ×2 — 13,4 В

Акт №118/11 подписан инженером БЦ. С позицией 1 закончили, переходим на 4–6 эт.
""" + SIG_K, dec("475038", ["1"], LEFT, "pos 1 finished; others continue (not reported)"), cte="quoted-printable")

add("L5", K, "2026-11-03 17:55", "Re: 475038 поз 1 — выполнено", """Поз. 2 (АПС 4–6 эт.) и поз. 3 (СОУЭ) — выполнено.
Оповещатели Маяк-12-3М, 22 шт., звуковое давление в коридорах 78–84 дБА — норма.
Шкафы опломбированы, пломбы №0045871, №0045872. Акт №119/11.
С объекта убыли в 17:40.

03.11.2026 13:40, Кравцов Сергей пишет:
> По позиции 1 (АПС 1–3 эт.) работы выполнены:
> ...
> Акт №118/11 подписан инженером БЦ. С позицией 1 закончили, переходим на 4–6 эт.
""" + SIG_KS, dec("475038", ["2", "3"], LEFT, "pos 2 and 3 done, left 17:40; seal/act numbers are noise"), reply="L4")

# ---------- 475112 (reg 03.11 10:40 MSK = 12:40 +05)
add("L6", O, "2026-11-03 13:20", "Наряд 475112 – принят", """Добрый день!

Наряд № 475112 (склад №4, ул. Промышленная, 17) принят в работу.
Исполнитель — Кравцов С.А., выезд 04.11 утром.
""" + SIG_O, dec("475112", [], ACC, "office confirms acceptance"), cs="windows-1251", cte="quoted-printable", kind="alt")

add("L7", K, "2026-11-04 07:50", "выезжаю на Промышленную 17 (475112)", """Доброе утро.
Выехал, на складе буду около 8:30. Прошу предупредить охрану на КПП-2.
""" + SIG_KS, dec("475112", [], WAY, "number in brackets after address; leaving for the site"))

add("L8", KY, "2026-11-04 08:41", "Склад 4", """475112 — на месте с 8:35, охрана пропустила.
""" + SIG_KY, dec("475112", [], ON, "number only in body; 'Склад 4' is not a position"), cte="base64")

add("L9", K, "2026-11-04 12:10", "Отчёт по заявке 475112", """Отчёт по заявке 475112, склад №4.

Поз. 1 — АУПТ спринклерная, насосная: пуск осн./рез. насоса К 80-50-200, давление 6,2 / 5,8 кгс/см², ЭКМ настроен — завершено.
Поз. 2 — АПС админблок: С2000-М, Сигнал-20П, ШС 1–4, 17 ИП 212-141 — завершено.

С объекта убыл в 12:05. Акт №127/11 у кладовщика.
""" + SIG_KS, dec("475112", ["1", "2"], LEFT, "table: both positions finished, left 12:05"), kind="alt",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Отчёт по заявке 475112, склад №4.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Система</th><th>Что сделано</th><th>Статус</th></tr>
<tr><td>1</td><td>АУПТ спринклерная, насосная</td><td>пуск осн./рез. насоса К 80-50-200, давление 6,2 / 5,8 кгс/см&sup2;, ЭКМ настроен</td><td>завершено</td></tr>
<tr><td>2</td><td>АПС админблок</td><td>С2000-М, Сигнал-20П, ШС 1&ndash;4, 17 ИП 212-141</td><td>завершено</td></tr>
</table>
<p>С объекта убыл в 12:05. Акт №127/11 у кладовщика.</p>
<p>Кравцов</p></body></html>""")

add("R1", KY, "2026-11-04 12:30", "отчёт", """Закончили на складе, уехали. Акт занесу в пятницу.
""" + SIG_KY, rev("no request number at all"), cte="base64")

# ---------- 475207 (reg 05.11 08:20 MSK = 10:20 +05)
add("L10", K, "2026-11-05 10:55", "Re: Неисправность ШС-4 Рубеж-2ОП, ТЦ Галактика (заявка 475207)", """Принял. Освобожусь на другом объекте к 14:00, потом сразу к вам.

05.11.2026 10:20, Диспетчерская ОМИС пишет:
> Добрый день. На ППКП «Рубеж-2ОП» (пост охраны, 2 эт.) горит «Неисправность» ШС 4.
> Просим устранить.
> Диспетчерская ОМИС, тел. +7 (343) 310-55-20
""" + SIG_K, dec("475207", [], ACC, "'Принял' = accepted; 14:00 is a plan"), reply="disp-475207")

add("L11", K, "2026-11-05 13:35", "475207 - выехал", """Выехал в ТЦ Галактика по ШС4, минут через 25 буду.
""", dec("475207", [], WAY, "travelling now"))

add("L12", KY, "2026-11-05 14:02", "475207 - нa мeсте", """Hа мeсте, пост охраны 2 эт.
""" + SIG_KY, dec("475207", [], ON, "Latin look-alike letters in 'на месте'"), cte="base64")

add("L13", K, "2026-11-05 16:48", "Re: 475207 - выехал", """Причина: обрыв ШС4 между адр. 4.011 и 4.012 — кабель КПСнг(А)-FRLS 1х2х0,75 перебит при ремонте подвесного потолка.
Участок 6 м заменил, шлейф в норме, «Неисправность» сброшена, на пульт ПЦН приходит «Норма».
Убытие 16:40.

> Выехал в ТЦ Галактика по ШС4, минут через 25 буду.
""" + SIG_KS, dec("475207", [], LEFT, "Re: subject says выехал, body reports убытие"), reply="L11")

add("R7", K, "2026-11-06 10:30", "475207 поз. 2", """Поз. 2 — на месте, 3 этаж, смотрю второй Рубеж.
""" + SIG_KS, rev("request 475207 has only position 1"))

add("R5", O, "2026-11-06 10:00", "КП по 475207 — замена ППКП", """Добрый день!

По итогам выезда по заявке 475207 направляем коммерческое предложение на замену ППКП «Рубеж-2ОП» (устаревшая прошивка, отказ АЛС 2) на «Рубеж-2ОП прот. R3»:
оборудование и работы — 48 600 руб., в т.ч. НДС 20%.
Счёт №1187 от 06.11.2026 во вложении будет направлен после согласования.
""" + SIG_O, rev("price/commercial offer, no status"), cs="windows-1251", cte="quoted-printable", kind="alt")

# ---------- 475263 (reg 06.11 11:00 MSK = 13:00 +05)
add("L14", O, "2026-11-06 13:30", "Годовое ТО (обращение № 475263)", """Добрый день!

Ваше обращение № 475263 принято в работу. График:
09.11 — корпус 1, корпус 2;
10.11 — корпус 3, насосная АУПТ.
Ответственный — Кравцов С.А., +7 912 604-18-77.
""" + SIG_O, dec("475263", [], ACC, "обращение принято; schedule is a plan"), cs="windows-1251", cte="base64", kind="alt", henc="Q")

add("L15", K, "2026-11-09 08:15", "475263 ТО — едем", """Выехали по ТО 475263 вдвоём с Беляковым, к 9:00 будем.
Ключи от насосной нужны только завтра.
""" + SIG_KS, dec("475263", [], WAY, "выехали, будем к 9:00"))

add("L16", B, "2026-11-09 12:30", "475263-1", """Корпус 1 (поз. 1), АПС:
 - С2000-М + Сигнал-20П исп.01 x2 - норма
 - ИП 212-141 - 48 шт. проверены тестером ТИ-2, 2 шт. заменены (ШС 3, ШС 7)
 - ИПР 513-10 - 6 шт., норма
 - РИП-12 исп.01, АКБ 13,5 В
Поз. 1 закончили, переходим в корп. 2.
""" + SIG_B, dec("475263", ["1"], LEFT, "subject 475263-1; pos 1 finished"), cs="koi8-r", cte="quoted-printable")

add("L17", K, "2026-11-09 17:10", "475263 (2)", """Корп. 2 — готово, ушли с объекта в 17:05.
Акт ТО №204 по корп. 1 и 2 оставил коменданту (Лаптев). Завтра с 9:00 корпус 3 и насосная.
""" + SIG_KS, dec("475263", ["2"], LEFT, "position in brackets in subject; корп. 1 only mentioned in act"))

add("L18", K, "2026-11-10 09:05", "Re: 475263 (2)", """09.11.2026 17:10, Кравцов Сергей пишет:
> Корп. 2 — готово, ушли с объекта в 17:05.
> Акт ТО №204 по корп. 1 и 2 оставил коменданту (Лаптев). Завтра с 9:00 корпус 3 и насосная.

Прибыли 8:55, работаем по поз. 3 и 4 (корп. 3, насосная).
""" + SIG_KS, dec("475263", ["3", "4"], ON, "bottom-posted reply; new text = arrival for 3,4"), reply="L17")

add("L19", K, "2026-11-10 15:20", "475263 ТО завершено", """Поз. 3 — корпус 3, АПС: 36 ИП 212-141, 4 ИПР, С2000-КДЛ — выполнено.
Поз. 4 — насосная АУПТ: пуск насосов, давление в системе 7,1 кгс/см², задвижки опломбированы (№А-00317…А-00321) — выполнено.
Убыли 15:10. Акт №205/11.
""" + SIG_K, dec("475263", ["3", "4"], LEFT, "pos 3 and 4 finished, left 15:10"), kind="alt",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Работы</b></td><td><b>Итог</b></td></tr>
<tr><td>3</td><td>корпус 3, АПС</td><td>36 ИП 212-141, 4 ИПР, С2000-КДЛ</td><td>выполнено</td></tr>
<tr><td>4</td><td>насосная АУПТ</td><td>пуск насосов, давление 7,1 кгс/см&sup2;, пломбы &numero;А-00317&hellip;А-00321</td><td>выполнено</td></tr>
</table>
<p>Убыли 15:10. Акт &numero;205/11.</p>
<pre>-- 
Кравцов С.А.
инженер-техник АПС/АУПТ
ООО &laquo;Уралпожтехмонтаж-Сервис&raquo;</pre></body></html>""")

add("R3", K, "2026-11-12 17:20", "475263, 475418 — акты", """Акты по 475263 (ТО, 4 корпуса) и 475418 (АКБ) подписаны, оригиналы завезу в понедельник.
Обе заявки закрыты, с объектов убыли.
""" + SIG_KS, rev("two different requests in one letter"))

# ---------- 475391 (reg 09.11 14:30 MSK = 16:30 +05)
add("L20", K, "2026-11-09 17:10", "Re: Заявка №475391 — ложные срабатывания, гост. «Волга»", """Принято, завтра с утра будем. Журнал событий на Рубеже прошу не очищать.

09.11.2026 16:30, Диспетчерская ОМИС пишет:
> Гостиница «Волга», ул. Челюскинцев, 23: ложные срабатывания на 3 и 5 этажах.
""" + SIG_KS, dec("475391", [], ACC, "number only in the Re: subject; 'Принято'"), reply="disp-475391")

add("L21", KY, "2026-11-10 08:40", "Гостиница Волга", """Выдвигаемся на Волгу (наряд #475391), минут 20.
""" + SIG_KY, dec("475391", [], WAY, "# before number; on the way"), cte="base64")

add("L22", KY, "2026-11-10 09:25", "475391 п.1", """По п.1 на месте, 3 этаж. В журнале Рубеж-2ОП 14 «Пожар» по адр. 2.031 за трое суток.
""" + SIG_KY, dec("475391", ["1"], ON, "п.1 on site; address 2.031 is a detector"), cte="base64")

add("L23", K, "2026-11-10 11:50", "475391", """п.1 (3 эт.): ИП 212-64 адр. 2.031 заменён, причина — пар из душевой номера 312. Рекомендую перенести извещатель на 1,5 м от двери. Тест пройден, сработок нет.
По п.2 (5 эт.) — завтра, нужна стремянка 4 м или подъёмник, потолок в холле 3,8 м.
""" + SIG_KS, dec("475391", ["1"], LEFT, "п.1 done, п.2 only planned"))

add("L24", K, "2026-11-11 10:30", "Re: 475391", """По второй позиции отработали. Адр. 2.058 и 2.061 продуты и почищены, порог выставлен. Уезжаем.

ОМ> Сергей Александрович, по 5 этажу подъёмник будет к 10:00, администратор Ирина.
ОМ> 
ОМ> --
ОМ> Миронова О., диспетчер ОМИС
""" + SIG_KS, dec("475391", ["2"], LEFT, "по второй позиции отработали; initials-prefixed quote"), reply="disp-475391b")

# ---------- 475418 (reg 10.11 09:00 MSK = 11:00 +05)
add("L25", B, "2026-11-10 11:40", "заявка 475418", """Заявку получили. АКБ 12В 17Ач (2 шт.) на складе есть, берём в работу.
""" + SIG_B, dec("475418", [], ACC, "берём в работу"), cs="koi8-r", cte="base64")

add("L26", K, "2026-11-11 13:00", "475418 школа", """По 475418: в школу пускают только после окончания уроков (после 15:00), сегодня не успеваем.
Поедем завтра, 12.11.
""" + SIG_KS, rev("plan only: поедем завтра"))

add("L27", KY, "2026-11-12 15:05", "Школа 58 / 475418", """Прибыл 15:00, охрана пропустила, работаю.
""" + SIG_KY, dec("475418", [], ON, "arrived; 58 is the school number"), cte="base64")

add("L28", O, "2026-11-12 16:30", "FW: 475418 АКБ", """Пересылаю отчёт техника.

""" + SIG_O + """
От: Кравцов Сергей [mailto:kravtsov@uralpozhtm-servis.ru]
Отправлено: 12 ноября 2026 г. 16:14
Кому: office@uralpozhtm-servis.ru
Тема: 475418 АКБ

АКБ заменены: РИП-12 исп.01 — 2х12В 17Ач (старые 2019 г.в., ёмкость ~40%).
С2000-М — резервное питание в норме, 13,6 В. Переход на резерв проверил — ок.
Объект покинул в 16:10.
""", dec("475418", [], LEFT, "forwarded crew report: объект покинул"), cs="windows-1251", cte="quoted-printable", kind="alt")

# ---------- 475502 (reg 12.11 08:45 MSK = 10:45 +05)
add("L29", K, "2026-11-12 11:00", "Поликлиника 3 — принята (475502)", """Добрый день, 475502 в работе.
Поз. 2 и 3 (АПС 1–2 эт.) сделаем 13.11, подвал (узел управления) — 14.11, там нужно отключение водоснабжения, согласуйте с завхозом.
""" + SIG_K, dec("475502", [], ACC, "в работе; rest is plan"))

add("L30", G, "2026-11-12 11:01", "Автоматический ответ: Заявка 475502 Поликлиника №3", """Здравствуйте!
Я в отпуске с 11.11 по 20.11. По заявкам обращайтесь к Кравцову С.А., +7 912 604-18-77, kravtsov@uralpozhtm-servis.ru.

Гайнуллин Р.
""", ign("out-of-office auto-reply"), hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})

add("L31", K, "2026-11-13 08:10", "475502 поз2,поз3", """Едем в поликлинику, сегодня поз2 и поз3.
""" + SIG_KS, dec("475502", ["2", "3"], WAY, "on the way for поз2,поз3"))

add("L32", K, "2026-11-13 12:45", "475502 — 2,3 выполнено", None, dec("475502", ["2", "3"], LEFT, "HTML-only; п.2 и п.3 done, left 12:40"), kind="html", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>п.2 и п.3 сделаны:</p>
<ul><li>1 эт.: ШС 1&ndash;8, заменено 3 ИП 212-45</li><li>2 эт.: ШС 9&ndash;14, замечаний нет</li></ul>
<p>Убыли в 12:40. Подвал &mdash; завтра, как договорились.</p>
<p>Кравцов</p></body></html>""")

add("R6", K, "2026-11-13 16:00", "Re: 475502 согласование отключения воды", """Спасибо, получил.

> Сергей Александрович, отключение воды в подвале согласовано на 14.11 с 9:00 до 13:00.
> Завхоз Петрова Н.И., +7 343 277-10-93.
""" + SIG_KS, rev("acknowledgement of dispatcher's message, no status"), reply="disp-475502")

add("L33", K, "2026-11-14 09:30", "475502 П1", """П1 — подвал, узел управления. На месте с 9:20, ждём слесаря на отключение воды.
""" + SIG_KS, dec("475502", ["1"], ON, "П1 on site"))

add("L34", K, "2026-11-14 14:00", "Re: 475502 П1", """П1 закрыта.
УУ-С100/1,2Вз-ВФ.04: давление до узла 6,0, после — 5,9 кгс/см2. СДУ-М и ЭКМ проверены, сигнал «Пуск АУПТ» на С2000-М приходит.
Задвижка опломбирована, пломба №475120.
Убыл 13:50.
""", dec("475502", ["1"], LEFT, "П1 closed, left; seal 475120 is not a request"), cs="windows-1251", cte="base64", reply="L33", client=O[1])

# ---------- 475577 (reg 13.11 13:10 MSK = 15:10 +05)
add("L35", K, "2026-11-13 15:40", "Re: Паркинг ЖК Озёрный 475577", """Приняли в работу. По дренчерной завесе (уровень -1) нужен доступ в насосную — ключи у УК «Озёрный-Сервис», прошу запросить.
""" + SIG_KS, dec("475577", [], ACC, "приняли в работу"), reply="disp-475577")

add("R4b", K, "2026-11-16 08:20", "475577 — ключи", """Ключи от насосной УК так и не передала, на сегодня выезд по 475577 отменяю.
Прошу посодействовать, без насосной завесу не проверить.
""" + SIG_KS, rev("complaint / cancelled trip, no status"))

add("I5", K, "2026-11-16 11:30", "Принято: Комиссионная приёмка АУПТ паркинг ЖК «Озёрный» (475577)", None,
    ign("calendar meeting response generated by mail client"), kind="raw",
    raw_ct='Content-Type: multipart/alternative; boundary="------------cal8Xq2LmT"',
    raw_body="""This is a multi-part message in MIME format.
--------------cal8Xq2LmT
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Кравцов Сергей принял(а) приглашение: Комиссионная приёмка АУПТ паркинг ЖК «Озёрный» (475577)

--------------cal8Xq2LmT
Content-Type: text/calendar; charset=UTF-8; method=REPLY
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:7f3c1a90-2b44-4c1e-9d55-475577aupt@zakazchik-omis.ru
DTSTAMP:20261116T063000Z
DTSTART:20261120T050000Z
DTEND:20261120T070000Z
SUMMARY:Комиссионная приёмка АУПТ паркинг ЖК «Озёрный» (475577)
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кравцов Сергей:mailto:kravtsov@uralpozhtm-servis.ru
END:VEVENT
END:VCALENDAR

--------------cal8Xq2LmT--
""")

add("L37", K, "2026-11-17 09:00", "475577/1", """В пути на ЖК Озёрный, уровень -1. Ключи забрал у УК.
""" + SIG_KS, dec("475577", ["1"], WAY, "subject 475577/1; в пути"))

add("L38", K, "2026-11-17 09:40", "RE: 475577/1", """Прибытие 09:35.

-----Original Message-----
From: Кравцов Сергей <kravtsov@uralpozhtm-servis.ru>
Sent: Tuesday, November 17, 2026 9:00 AM
To: dispatch@zakazchik-omis.ru
Subject: 475577/1

В пути на ЖК Озёрный, уровень -1. Ключи забрал у УК.
""", dec("475577", ["1"], ON, "noun 'Прибытие'; Original Message quote is history"), cs="windows-1251", cte="quoted-printable", reply="L37", client=O[1])

add("L39", K, "2026-11-17 14:40", "Fwd: 475577 итог", """Отчёт Белякова, у него с телефона на ваш адрес не уходит.

-------- Перенаправленное сообщение --------
Тема: 475577 итог
Дата: Tue, 17 Nov 2026 14:28:03 +0500
От: Беляков Дмитрий <belyakov.d@uralpozhtm-servis.ru>
Кому: Кравцов Сергей <kravtsov@uralpozhtm-servis.ru>

Поз. 1 — дренчерная завеса ур. -1 проверена пуском, время срабатывания 42 с, оросители ДВН-10 все работают.
Поз. 2 — спринклерная секция ур. -2, давление 5,6 атм, СПЖ проверен.
По обоим уровням закончили, выезжаем с паркинга.
""", dec("475577", ["1", "2"], LEFT, "forwarded crew report: both positions finished, leaving FROM the parking"))

# ---------- 475640 (reg 16.11 10:05 MSK = 12:05 +05)
add("L40", K, "2026-11-16 12:40", "Прочитано: Заявка 475640 ДК Энергетик — проверка СОУЭ", None,
    ign("read receipt (MDN)"), kind="raw",
    raw_ct='Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="------------mdn4Rt0vZ"',
    raw_body="""This is a multi-part message in MIME format.
--------------mdn4Rt0vZ
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Это уведомление о прочтении сообщения, отправленного 16.11.2026 12:05 на адрес kravtsov@uralpozhtm-servis.ru.

Примечание: это уведомление лишь подтверждает, что сообщение было отображено на компьютере получателя. Нет никаких гарантий, что получатель прочёл или понял содержание сообщения.

--------------mdn4Rt0vZ
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: Mozilla Thunderbird
Final-Recipient: rfc822;kravtsov@uralpozhtm-servis.ru
Original-Message-ID: <a31f0c2e77d4@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn4Rt0vZ--
""")

add("L41", K, "2026-11-16 13:00", "Заявка 475640", """Принято в работу.
СОУЭ ДК «Энергетик» — проверку делаем 18.11, нужна тишина в зале, согласуйте с администрацией, пожалуйста.
""" + SIG_K, dec("475640", [], ACC, "принято в работу"))

add("R2", K, "2026-11-16 15:00", "475455 на месте", """На месте, ТЦ «Радуга», ППКП Рубеж-2ОП, 1 эт.
""" + SIG_KS, rev("475455 is not in the registry"))

add("R8", K, "2026-11-17 17:30", "475640", """По 475640 — выедем в среду 18.11 к 9:00, администрация ДК подтвердила.
""" + SIG_KS, rev("plan only: выедем в среду"))

add("L42", KY, "2026-11-18 08:50", "ДК Энергетик", None, dec("475640", [], WAY, "HTML-only; выехали, будем к 9:30"), kind="html", cte="base64",
    html="""<div>По заявке 475640 выехали, ориентировочно в 9:30 будем.</div><div>&nbsp;</div><div>-- </div><div>Отправлено из мобильной Яндекс Почты</div>""")

add("L43", K, "2026-11-18 12:15", "475640 СОУЭ", """СОУЭ ДК «Энергетик», тип 3.
Рупор-200 исп.01 + 14 оповещателей Соната-1. ЗОНЫ 1–5: речевое сообщение проходит, в зале 85 дБА.
Резервное питание 24 В, переход на АКБ — ок.
ПРОВЕРКА ЗАВЕРШЕНА, УБЫЛИ 12:05.
""" + SIG_K, dec("475640", [], LEFT, "caps; zones 1-5 are not positions"))

# ---------- 475736 (reg 18.11 08:30 MSK = 10:30 +05)
add("I2", MD, "2026-11-18 10:35", "Undelivered Mail Returned to Sender", None,
    ign("bounce (DSN) from contractor's mail server"), kind="raw",
    to="dispatch@zakazchik-omis.ru",
    hdrs={"Auto-Submitted": "auto-replied"},
    raw_ct='Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="9A1C61E04B.1795067700/mx.uralpozhtm-servis.ru"',
    raw_body="""This is a MIME-encapsulated message.

--9A1C61E04B.1795067700/mx.uralpozhtm-servis.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.uralpozhtm-servis.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<s.kravtsov@uralpozhtm-servis.ru>: unknown user: "s.kravtsov"

--9A1C61E04B.1795067700/mx.uralpozhtm-servis.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.uralpozhtm-servis.ru
Arrival-Date: Wed, 18 Nov 2026 10:35:02 +0500

Final-Recipient: rfc822; s.kravtsov@uralpozhtm-servis.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "s.kravtsov"

--9A1C61E04B.1795067700/mx.uralpozhtm-servis.ru
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: s.kravtsov@uralpozhtm-servis.ru
Subject: =?utf-8?B?0JfQsNGP0LLQutCwIDQ3NTczNiDQm9C10L3QuNC90LAgNDQ=?=
Date: Wed, 18 Nov 2026 08:31:40 +0300
Message-ID: <c55e0a1b9f2d@zakazchik-omis.ru>

--9A1C61E04B.1795067700/mx.uralpozhtm-servis.ru--
""")

add("L44", K, "2026-11-18 10:40", "RE: Заявка 475736 Ленина 44", """Принял.

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 18 ноября 2026 г. 10:31
Кому: kravtsov@uralpozhtm-servis.ru
Тема: Заявка 475736 Ленина 44

Добрый день. Просим провести ТО АПС 1–2 эт. и проверку АГПТ серверной, ул. Ленина, 44.
Контакт: инженер здания Фомин, +7 902 871-44-06.
""", dec("475736", [], ACC, "'Принял' above Outlook header block"), cs="windows-1251", cte="quoted-printable", kind="alt", client=O[1])

add("L45", K, "2026-11-19 07:55", "Ленина 44 (475736) выезд", """Выезд в 8:00, к 8:30 буду. Газ серверной — без выпуска, только на имитаторе, как договаривались.
""" + SIG_KS, dec("475736", [], WAY, "leaving now, будет к 8:30"))

add("L46", KY, "2026-11-19 08:35", "Re: Ленина 44 (475736) выезд", """уже на мсете, жду охрану
""" + SIG_KY, dec("475736", [], ON, "typo 'мсете'; Re: subject still says выезд"), cte="base64", reply="L45")

add("L47", K, "2026-11-19 11:10", "475736 поз. 3", """Серверная (поз. 3):
- модули МГП 16-80 — 2 шт., ГОТВ Хладон 125, масса по весам в норме (паспорт 48,0 / факт 47,8 кг);
- пусковая цепь проверена на имитаторе, С2000-АСПТ — норма;
- табло «Газ — уходи!», «Газ — не входить!» работают.
Готово.
""" + SIG_KS, dec("475736", ["3"], LEFT, "поз. 3 готово"))

add("R4", K, "2026-11-18 17:00", "Вопрос по 475736", """Вопрос по серверной: нужна ли проверка АГПТ с выпуском ГОТВ или достаточно имитатора?
Выпуск — за счёт заказчика, перезарядка модуля МГП 16-80 около 38 тыс. руб.
""" + SIG_K, rev("question, no status"))

add("L48", K, "2026-11-19 16:30", "475736", """По поз. 1 и 2 (1 и 2 эт.) закончили. Акт №311/11 подписан, пломба на ППКП №0051204.
Уехал в 16:20.
""" + SIG_KS, dec("475736", ["1", "2"], LEFT, "поз. 1 и 2 finished"))

# ---------- 475819 (reg 20.11 15:00 MSK = 17:00 +05)
add("L49", O, "2026-11-20 17:40", "Котельная №2, заявка №475819", """Добрый день!

Заявка №475819 (котельная №2) принята, исполнитель Кравцов С.А.
""" + SIG_O, dec("475819", [], ACC, "office: заявка принята; №2 is boiler-house number"), cs="windows-1251", cte="quoted-printable", kind="alt", henc="Q")

add("L50", K, "2026-11-21 10:00", "475819", """По 475819 сегодня не выехали и до понедельника не выедем — Ларгус в ремонте (ТНВД).
Будем 23.11 утром.
""" + SIG_KS, rev("negation + plan: не выехали"))

add("L51", K, "2026-11-23 08:30", "475819 выехал", """Выехал на котельную №2, к 9:00 буду.
""" + SIG_KS, dec("475819", [], WAY, "leaving FOR the boiler house"))

add("L52", K, "2026-11-23 09:10", "Re: 475819 выехал", """На котельной с 9:05.
""" + SIG_KS, dec("475819", [], ON, "on site"), reply="L51")

add("I6", O, "2026-11-23 11:25", "Ваше письмо получено: Заявка 475904 д/с 112", """Здравствуйте!

Ваше письмо получено и зарегистрировано (вх. № 0873 от 23.11.2026).
Это автоматическое уведомление, отвечать на него не нужно.

ООО «Уралпожтехмонтаж-Сервис»
""", ign("automatic acknowledgement from contractor's helpdesk"), cs="windows-1251", cte="base64",
    hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("L53", K, "2026-11-23 13:00", "475819 п.1 п.2", """П.2 — ИПР 513-10 заменил 2 шт. (у котлов №1 и №3), готово.
По п.1 ещё на месте, ШС 2 в КЗ, ищу.
""" + SIG_KS, rev("different statuses for different positions (п.2 done, п.1 still on site)"))

add("L54", K, "2026-11-23 16:45", "Re: 475819", """ШС 2 — коррозия в распаечной коробке у котла №2, коробку заменил. Всё работает, акт №342/11.
Выехал с котельной в 16:30.
""" + SIG_KS, dec("475819", [], LEFT, "leaving FROM the boiler house; котёл №2 is not a position"))

# ---------- 475904 (reg 23.11 09:20 MSK = 11:20 +05)
add("L55", K, "2026-11-23 11:45", "Заявка 475904 д/с 112", """Приняли. Выезд завтра к 8:30, нужен допуск на пищеблок (санкнижка у техника есть).
""" + SIG_K, dec("475904", [], ACC, "приняли; 112 is kindergarten number"))

add("L56", K, "2026-11-24 08:05", "475904 — в дороге", """Направляемся в детский сад №112 (ул. Бебеля, 150), будем 8:35.
""" + SIG_KS, dec("475904", [], WAY, "в дороге; address numbers are noise"))

add("L57", KY, "2026-11-24 08:40", "Re: 475904 — в дороге", """Нa oбьекте с 8:35
""" + SIG_KY, dec("475904", [], ON, "Latin a/o and typo 'обьекте'"), cte="base64", reply="L56")

add("L58", K, "2026-11-24 12:20", "475904 п.2 пищеблок", """Пищеблок: стояли ИП 212 дымовые — ложные от плиты, заменены на тепловые ИП 101-1А, 4 шт.
Проверены, сигнал на С2000-М приходит.
П.2 сделан.
""" + SIG_KS, dec("475904", ["2"], LEFT, "п.2 сделан"), cte="quoted-printable")

add("L59", K, "2026-11-24 15:30", "475904 п.1", """Корпус — ТО АПС выполнено: С2000-М, С2000-КДЛ, адреса 1–62 опрошены, неисправностей нет.
Сдал завхозу, уехали в 15:20.
""" + SIG_K, dec("475904", ["1"], LEFT, "п.1 done, уехали"))

# ---------- bulk
add("I4", NEWS, "2026-11-10 10:00", "Новинки пожарной автоматики: Рубеж-2ОП прот. R3 и С2000-М исп.02", """Уважаемые партнёры!

В ноябре на складе в Екатеринбурге:
 * ППКП «Рубеж-2ОП» прот. R3 — 32 400 руб.
 * пульт «С2000-М исп.02» — 9 850 руб.
 * ИП 212-64 прот. R3 — 1 190 руб.
Скидка 7% при заказе до 30.11.2026 по промокоду NOV475.

Отписаться от рассылки: https://uralpozhtm-servis.ru/unsubscribe
""", ign("newsletter / bulk mail"), kind="alt",
    to="partners@uralpozhtm-servis.ru",
    hdrs={"Precedence": "bulk", "List-Unsubscribe": "<https://uralpozhtm-servis.ru/unsubscribe?u=disp>",
          "List-Id": "<partners.uralpozhtm-servis.ru>"})


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda L: L["dt"])
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        data = build(L)
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(data)
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(LETTERS), "letters")


if __name__ == "__main__":
    main()
