#!/usr/bin/env python3
# Generator for the "Ширак-Сантехплитка" letters (persona: Samvel Mkrtchyan + daughter Ani).
import base64, quopri, json, os, random, datetime
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(473)

DOM = "shirak-santehplitka.ru"
SAM = "samvel@" + DOM
SAMM = "samvel.mkrtchyan1971@mail.ru"
ANI = "ani.office@" + DOM
GOR = "gor.brigada@" + DOM
NEWS = "news@" + DOM
DAEMON = "MAILER-DAEMON@" + DOM
DISP = "dispatch@zakazchik-omis.ru"

REGISTRY = {
    "contractor": {"name": "ООО «Ширак-Сантехплитка»",
                   "emails": [SAM, SAMM, ANI, GOR, NEWS, DAEMON],
                   "domains": [DOM]},
    "requests": [
        {"number": "473105", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Замена плитки в санузлах корп. А: 1 — 2 этаж, 2 — 3 этаж"},
        {"number": "473118", "positions": ["1"], "registered_at": "2026-11-03T07:40:00+03:00",
         "comment": "Течь стояка ХВС, подвал корп. Б"},
        {"number": "473226", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Штукатурка стен коридоров, этажи 1–3"},
        {"number": "473240", "positions": ["1", "2"], "registered_at": "2026-11-06T11:20:00+03:00",
         "comment": "Замена смесителей в душевых 1 и 2"},
        {"number": "473311", "positions": ["1"], "registered_at": "2026-11-09T08:05:00+03:00",
         "comment": "Засор канализации, столовая"},
        {"number": "473357", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-10T09:30:00+03:00",
         "comment": "Ремонт плитки лестничных маршей, подъезды 1–4"},
        {"number": "473402", "positions": ["1", "2"], "registered_at": "2026-11-12T13:00:00+03:00",
         "comment": "Замена водонагревателей в бытовках 1 и 2"},
        {"number": "473468", "positions": ["1"], "registered_at": "2026-11-13T10:10:00+03:00",
         "comment": "Оштукатуривание откосов окон актового зала"},
        {"number": "473519", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:45:00+03:00",
         "comment": "Сантехника столовой: 1 — мойки, 2 — трап, 3 — смеситель"},
        {"number": "473587", "positions": ["1"], "registered_at": "2026-11-18T09:00:00+03:00",
         "comment": "Заделка трещины в стене, лестница 2"},
        {"number": "473640", "positions": ["1", "2"], "registered_at": "2026-11-20T11:00:00+03:00",
         "comment": "Ремонт тёплого пола: 1 — мужская раздевалка, 2 — женская"},
        {"number": "473712", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T08:30:00+03:00",
         "comment": "Замена питьевых фонтанчиков, 3 шт."},
        {"number": "473803", "positions": ["1"], "registered_at": "2026-11-25T07:50:00+03:00",
         "comment": "Откачка и прочистка канализационного колодца К-3"},
    ],
}

NAMES = {SAM: "Самвел Мкртчян", SAMM: "Самвел", ANI: "Ани Мкртчян | Ширак-Сантехплитка",
         GOR: "Гор", NEWS: "Ширак-Сантехплитка", DAEMON: "Mail Delivery System"}

TZ = datetime.timezone(datetime.timedelta(hours=3))


def dt(d, hm):
    h, m = map(int, hm.split(":"))
    return datetime.datetime(2026, 11, d, h, m, random.randint(0, 59), tzinfo=TZ)


# ---------- MIME tree builder (bytes, full control over charset/CTE) ----------
def leaf(ctype, content, charset=None, cte="base64", headers=None):
    return {"kind": "leaf", "ctype": ctype, "content": content, "charset": charset,
            "cte": cte, "headers": headers or []}


def multi(sub, parts, headers=None):
    return {"kind": "multi", "sub": sub, "parts": parts, "headers": headers or []}


def ser(node):
    """return (list of header lines, body bytes)"""
    if node["kind"] == "leaf":
        c = node["content"]
        b = c.encode(node["charset"]) if isinstance(c, str) else c
        ct = node["ctype"]
        if node["charset"]:
            ct += '; charset="%s"' % node["charset"]
        if node["ctype"] == "text/calendar":
            ct += "; method=REPLY"
        if node["cte"] == "base64":
            body = base64.encodebytes(b)
        elif node["cte"] == "quoted-printable":
            body = quopri.encodestring(b)
            if not body.endswith(b"\n"):
                body += b"\n"
        else:
            body = b if b.endswith(b"\n") else b + b"\n"
        hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + node["cte"]] + node["headers"]
        return hs, body
    bnd = "----=_NextPart_%06d_%04X" % (random.randint(0, 999999), random.randint(0, 65535))
    out = b"This is a multi-part message in MIME format.\n\n"
    for p in node["parts"]:
        hs, body = ser(p)
        out += ("--" + bnd + "\n").encode() + "\n".join(hs).encode() + b"\n\n" + body
    out += ("--" + bnd + "--\n").encode()
    return ['Content-Type: multipart/%s; boundary="%s"' % (node["sub"], bnd)] + node["headers"], out


def enc_hdr(s, charset, how="B"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = BASE64 if how == "B" else QP
        return Header(s, cs).encode()


def addr(a, charset="utf-8", how="B"):
    n = NAMES.get(a)
    if not n:
        return a
    return "%s <%s>" % (enc_hdr(n, charset, how), a)


LETTERS = []
LABELS = {}


def L(label, frm, date, subj, text=None, html=None, charset="utf-8", cte="base64", how="B",
      extra=None, attach=None, root=None, to=DISP, mid_style="outlook"):
    n = "%03d.eml" % (len(LETTERS) + 1)
    if charset == "koi8-r":  # The Bat!/old client: no such glyphs in KOI8-R
        fix = lambda t: t if t is None else (t.replace("№", "N").replace("—", "-").replace("–", "-")
                                               .replace("«", '"').replace("»", '"'))
        text, html, subj = fix(text), fix(html), fix(subj)
    if root is None:
        parts = []
        if text is not None and html is not None:
            body = multi("alternative", [leaf("text/plain", text, charset, cte),
                                         leaf("text/html", html, charset, cte)])
        elif html is not None:
            body = leaf("text/html", html, charset, cte)
        else:
            body = leaf("text/plain", text, charset, cte)
        if attach:
            body = multi("mixed", [body] + attach)
        root = body
    hs, b = ser(root)
    mid = {"outlook": "<%s$%08x@%s>" % ("000001dc" + "%04x" % random.randint(0, 65535),
                                         random.getrandbits(32), DOM),
           "phone": "<%X-%X-%X@%s>" % (random.getrandbits(32), random.getrandbits(16),
                                        random.getrandbits(48), "iphone.local"),
           "mailru": "<%d.%d@f%d.mail.ru>" % (random.getrandbits(40), len(LETTERS), random.randint(100, 999)),
           "thebat": "<%d.%08d@%s>" % (random.randint(10**9, 2 * 10**9), len(LETTERS) + 1, DOM)}[mid_style]
    head = ["From: " + addr(frm, charset, how),
            "To: " + to,
            "Subject: " + enc_hdr(subj, charset, how),
            "Date: " + format_datetime(date),
            "Message-ID: " + mid,
            "MIME-Version: 1.0"] + (extra or []) + hs
    data = "\n".join(head).encode("ascii") + b"\n\n" + b
    with open(os.path.join(LET, n), "wb") as f:
        f.write(data)
    LETTERS.append(n)
    LABELS[n] = label


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def q(text, pre="> "):
    return "\n".join((pre + l) if l else pre.rstrip() for l in text.split("\n"))


def outlook_block(frm, sent, to, subj, body):
    return ("\n\nОт: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s" % (frm, sent, to, subj, body))


def orig_block(frm, sent, to, subj, body):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subj, body))


SIG_S = "\n\n--\nСамвел Мкртчян\nООО «Ширак-Сантехплитка»\nтел. +7 (916) 204-31-77"
SIG_S_1251 = SIG_S
SIG_PHONE = "\n\nОтправлено с iPhone"
SIG_A = ("\n\nС уважением,\nАни Мкртчян\nменеджер офиса ООО «Ширак-Сантехплитка»\n"
         "ИНН 5029247318 / КПП 502901001\nтел. +7 (495) 473-18-05, доб. 2\n" + ANI)
SIG_A_KOI = ("\n\nС уважением,\nАни Мкртчян\nменеджер офиса ООО \"Ширак-Сантехплитка\"\n"
             "ИНН 5029247318 / КПП 502901001\nтел. +7 (495) 473-18-05, доб. 2")
DISP_N = "Диспетчерская служба <%s>" % DISP
DISP_SIG = "\n\nДиспетчер Ольга Денисова\nДиспетчерская служба заказчика\ntel. 8 (495) 120-44-90"


def jpg(seed):
    r = random.Random(seed)
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(r.getrandbits(8) for _ in range(600)) + b"\xff\xd9"


def photo(name, seed):
    return leaf("image/jpeg", jpg(seed), None, "base64",
                ['Content-Disposition: attachment; filename="%s"' % name])


# ======================= 473105: tiles in bathrooms (1,2) =======================
L(D("473105", [], ACC, "'принял заявку' — no position in new text; quoted dispatcher text lists positions"),
  SAM, dt(2, "10:02"), "Re: Заявка 473105",
  "Барев, Ольга джан!\nПринял заявку, всё нормально. Плитку завтра привезём, ребята начнут со второго этажа.\nСамвел"
  + SIG_S + "\n\n" + q("Добрый день!\nНаправляем заявку № 473105, замена плитки в санузлах корп. А.\n"
                       "Позиция 1 — санузел 2 этаж, позиция 2 — санузел 3 этаж.\nПросим подтвердить принятие." + DISP_SIG),
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473105", ["1"], WAY, "'выехали на первую, будут через 40 минут' — travelling now"),
  SAM, dt(3, "08:20"), "473105 поз 1",
  "брат, выехали на первую позицию, будем минут через 40, пробки на Ленинградке",
  charset="windows-1251", cte="8bit", how="Q")

L(R("request 473150 is not in the registry (probably a typo for 473105)"),
  SAMM, dt(3, "09:08"), "473150",
  "ребята на месте, сбивают старую плитку. Самвел",
  mid_style="mailru")

L(D("473105", ["1"], ON, "crew on site for position 1"),
  SAM, dt(3, "09:15"), "473105-1",
  "Извиняюсь, там выше номер не тот написал. По 473105 первая позиция - на месте, "
  "сбивают старую плитку, пыль будет, предупредите людей на 2 этаже.\nСамвел",
  charset="koi8-r", cte="8bit", how="B")

L(D("473105", ["1"], LEFT, "'всё сделали, ребята ушли' about pos 1; pos 2 only planned"),
  SAM, dt(4, "17:40"), "Re: 473105 поз 1",
  "брат, всё сделали, ребята ушли. Санузел на втором готов, затирка сохнет, до обеда завтра по полу не ходить.\n"
  "По второй позиции начнём в четверг.\n" + SIG_S
  + "\n\n" + q("брат, выехали на первую позицию, будем минут через 40, пробки на Ленинградке"),
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473105", ["2"], WAY, "formal notice from the office: crew departed to position 2 at 08:05"),
  ANI, dt(5, "08:12"), "Выезд бригады по заявке № 473105, позиция 2",
  "Добрый день!\n\nСообщаем, что бригада ООО «Ширак-Сантехплитка» в 08:05 выехала на объект "
  "по заявке № 473105, позиция 2 (санузел 3 этажа, корп. А). Ориентировочное время прибытия — 09:00.\n"
  "Прошу обеспечить доступ в помещение." + SIG_A,
  html="<html><body><p>Добрый день!</p><p>Сообщаем, что бригада ООО «Ширак-Сантехплитка» в 08:05 выехала на объект "
  "по заявке <b>№ 473105</b>, позиция 2 (санузел 3 этажа, корп. А). Ориентировочное время прибытия — 09:00.</p>"
  "<p>Прошу обеспечить доступ в помещение.</p><p>С уважением,<br>Ани Мкртчян<br>менеджер офиса ООО «Ширак-Сантехплитка»<br>"
  "ИНН 5029247318 / КПП 502901001<br>тел. +7 (495) 473-18-05, доб. 2</p></body></html>",
  charset="utf-8", cte="base64", mid_style="thebat")

L(D("473105", ["2"], LEFT, "photo with one-word caption 'Готово' for 473105 (2): work finished"),
  SAM, dt(6, "18:31"), "473105 (2)", "Готово" + SIG_PHONE,
  attach=[photo("IMG_20261106_182233.jpg", 1), photo("IMG_20261106_182241.jpg", 2)], mid_style="phone")

# ======================= 473118: riser leak (1) =======================
L(D("473118", [], WAY, "Gor already driving, 30 minutes away — on the way"),
  SAMM, dt(3, "07:58"), "Протечка стояк 473118",
  "Принял, джан. Гору позвонил, он уже едет, минут 30 и будет. Пусть охрана подвал откроет.\nСамвел",
  mid_style="mailru")

L(D("473118", [], ON, "crew on site, water shut off"),
  SAMM, dt(3, "08:46"), "Re: Протечка стояк 473118",
  "На месте, воду перекрыли. Меняем кусок трубы, 32-я, старая вся гнилая.\n\n"
  "03.11.2026, 07:58, Самвел <samvel.mkrtchyan1971@mail.ru>:\n"
  + q("Принял, джан. Гору позвонил, он уже едет, минут 30 и будет. Пусть охрана подвал откроет.\nСамвел"),
  mid_style="mailru")

L(D("473118", [], LEFT, "part replaced, no leak, Gor left for another site"),
  SAMM, dt(3, "12:10"), "Re: Re: Протечка стояк 473118",
  "Трубу заменили, всё держит, не капает. Воду дали. Гор уехал на другой объект, я вечером заеду гляну.\n"
  "Акт Ани пришлёт.\n\n"
  "03.11.2026, 08:46, Самвел <samvel.mkrtchyan1971@mail.ru>:\n"
  + q("На месте, воду перекрыли. Меняем кусок трубы, 32-я, старая вся гнилая."),
  mid_style="mailru")

# ======================= 473226: plastering corridors (1,2,3) =======================
L(D("473226", ["1", "2", "3"], ACC, "formal acceptance naming all three positions"),
  ANI, dt(5, "14:03"), "Подтверждение принятия заявки № 473226",
  "Здравствуйте, Ольга.\n\nПодтверждаем принятие в работу заявки № 473226 (позиции 1, 2, 3) "
  "в рамках договора подряда № 47/2026 от 14.03.2026. График работ направим дополнительно." + SIG_A_KOI
  + "\n\nВы писали 5 ноября 2026 г., 10:02:\n\n"
  + q("Направляем заявку 473226, штукатурка коридоров 1-3 этажей.\nПозиции 1, 2, 3 по этажам.", "ОД> "),
  charset="koi8-r", cte="quoted-printable", how="B", mid_style="thebat")

L(D("473226", ["1"], WAY, "'п.1 выехали ребята'"),
  SAM, dt(9, "08:31"), "473226 п.1",
  "Доброе утро. По 473226 п.1 выехали ребята, штукатуры двое, Армен и Вачик. Будут к девяти.",
  charset="windows-1251", cte="base64", how="B")

L(D("473226", ["1"], ON, "owner came by, crew still there working on the first position"),
  SAM, dt(9, "11:20"), "Re: 473226 п.1",
  "я заехал посмотрел, они ещё там, по первой позиции мешки подняли, грунтуют стены. всё нормально идёт"
  + SIG_S,
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473226", ["1"], LEFT, "pos 1 finished; pos 2 tomorrow, pos 3 next week (plans)"),
  SAM, dt(11, "19:10"), "473226",
  "Ольга, добрый вечер.\nПо 1-й закончили, ребята убрались и ушли. По 2-й завтра начнём, 3-ю на следующей неделе.\nСамвел",
  charset="windows-1251", cte="8bit", how="Q")

L(R("no request number anywhere; only says crew went out"),
  SAMM, dt(12, "07:40"), "", "ребята поехали, к обеду будут. С.", mid_style="mailru")

L(D("473226", ["2"], ON, "HTML table: pos 2 crew arrived 07:50; pos 3 only scheduled"),
  ANI, dt(12, "08:05"), "Заявка 473226 — статус работ на 12.11",
  html="<html><head><meta charset=\"utf-8\"></head><body>"
  "<p>Добрый день!</p><p>Направляем статус работ по заявке №&nbsp;473226:</p>"
  "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
  "<tr><th>Позиция</th><th>Участок</th><th>Статус</th><th>Время</th></tr>"
  "<tr><td>2</td><td>Коридор 2 этажа</td><td>Бригада прибыла, работы ведутся</td><td>07:50</td></tr>"
  "<tr><td>3</td><td>Коридор 3 этажа</td><td>Запланировано</td><td>16.11.2026</td></tr>"
  "</table>"
  "<p>С уважением,<br>Ани Мкртчян<br>ООО «Ширак-Сантехплитка»<br>тел. +7 (495) 473-18-05</p></body></html>",
  charset="utf-8", cte="quoted-printable", mid_style="thebat")

L(D("473226", ["2"], LEFT, "caps: 'ПОЗ2 ГОТОВО УШЛИ'"),
  SAM, dt(13, "18:02"), "473226",
  "ПОЗ2 ГОТОВО УШЛИ. МУСОР ВЫНЕСЛИ\nСАМВЕЛ", charset="windows-1251", cte="8bit", how="B")

L(D("473226", ["3"], WAY, "'выеxали' with Latin x inside; position 3"),
  SAM, dt(16, "08:10"), "473226 поз3",
  "выеxали на третий, будем скоро" + SIG_PHONE, mid_style="phone")

L(D("473226", ["3"], LEFT, "third position finished, rubbish taken away"),
  SAM, dt(17, "17:33"), "Re: 473226 поз3",
  "Закончили третью. Штукатурка высохнет к понедельнику, красить можно через неделю не раньше. "
  "Мусор вывезли, ребята ушли.\nАпрес всем, хорошо поработали)\n\n"
  + q("выеxали на третий, будем скоро"), mid_style="phone", cte="quoted-printable")

# ======================= 473240: shower mixers (1,2) =======================
L(D("473240", [], ACC, "accepted; mixer model number and delivery plan are not statuses"),
  SAM, dt(6, "12:05"), "Смесители - 473240",
  "Принял, брат. Смесители Grohe 32663 закажем, привезут в понедельник, тогда и поставим.\nСамвел",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(R("question about whose mixers to use, no status"),
  SAM, dt(7, "10:40"), "473240 вопрос",
  "Ара, Ольга джан, скажи пожалуйста, смесители ваши берём со склада или наши покупаем? "
  "Если наши, то цена 8 900 за штуку. Жду ответ, чтоб заказать.",
  charset="windows-1251", cte="base64", how="B")

_fwd_inner_hs = ("From: " + addr(GOR) + "\nTo: " + SAM + "\nSubject: =?utf-8?B?" +
                 base64.b64encode("душевая 1".encode()).decode() + "?=\nDate: "
                 + format_datetime(dt(10, "10:02")) + "\nMessage-ID: <gor.10nov.1002@" + DOM + ">\n"
                 "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                 "Самвел джан на месте по 473240 душевая 1 начинаем, старый смеситель снял\n")
L(D("473240", ["1"], ON, "forwarded crew message (attached message/rfc822): on site at shower 1 / pos.1"),
  SAM, dt(10, "10:15"), "Fwd: 473240 поз.1", root=multi("mixed", [
      leaf("text/plain", "Пересылаю от Гора.\nСамвел", "utf-8", "8bit"),
      leaf("message/rfc822", _fwd_inner_hs.encode("utf-8"), None, "8bit",
           ['Content-Disposition: inline'])]))

L(D("473240", ["1", "2"], LEFT, "both showers done, water checked, crew left"),
  SAM, dt(10, "16:40"), "Re: Fwd: 473240 поз.1",
  "обе душевые сделали — и первую и вторую позицию. Смесители стоят, проверили, вода идёт горячая и холодная. Уехали.\n"
  + SIG_S, charset="windows-1251", cte="8bit", how="Q")

# ======================= 473311: sewer blockage (1) =======================
L(D("473311", [], ACC, "formal acceptance; ETA is a plan"),
  ANI, dt(9, "08:30"), "Заявка № 473311 принята в работу",
  "Добрый день!\n\nЗаявка № 473311 (засор канализации, столовая) принята в работу. "
  "Ориентировочное время прибытия бригады — 11:00." + SIG_A,
  charset="windows-1251", cte="quoted-printable", how="B", mid_style="thebat")

L(D("473311", [], WAY, "request number only in quoted Re: subject; car plate А473ХК is not a number"),
  SAM, dt(9, "10:20"), "Re: Заявка № 473311 принята в работу",
  "Выехали к вам, Газель белая А 473 ХК 750, закажите пропуск пожалуйста на въезд.\nСамвел\n\n"
  "-----Original Message-----\nFrom: Ani Mkrtchyan <" + ANI + ">\nSent: Monday, November 09, 2026 8:30 AM\n"
  "To: " + DISP + "\nSubject: Заявка № 473311 принята в работу\n\n"
  "Заявка № 473311 (засор канализации, столовая) принята в работу.",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473311", [], LEFT, "cleared, crew left; 'Акт № 118' is an act number; subject names older status"),
  SAM, dt(9, "13:15"), "Re: Re: Заявка № 473311 принята в работу",
  "Прочистили, всё уходит нормально, жир был в трубе. Ребята убыли в 13:05.\n"
  "Акт № 118 подпишите потом у завстоловой.\nСамвел",
  charset="windows-1251", cte="8bit", how="Q")

# ======================= 473357: stair tiles (1..4) =======================
L(D("473357", [], ACC, "took the whole request; 'начнём с П1' is a plan"),
  SAM, dt(10, "11:02"), "473357",
  "Барев! 473357 взяли, по всем подъездам сделаем. Начнём с П1, плитку подберём под старую.\n"
  "Բարի օր!", mid_style="phone")

L(D("473357", ["1", "2"], WAY, "'П1 П2 едем'"),
  SAM, dt(11, "08:15"), "473357 П1 П2", "едем" + SIG_PHONE, mid_style="phone")

L(D("473357", ["1", "2"], ON, "on site at П1 and П2"),
  SAM, dt(11, "09:01"), "Re: 473357 П1 П2",
  "на месте П1, П2. Гор с Ашотом на первом, Армен на втором подъезде.",
  charset="koi8-r", cte="quoted-printable", how="Q")

L(D("473357", ["1"], LEFT, "П1 done and left; П2 waiting for tiles, tomorrow"),
  SAM, dt(12, "18:20"), "473357",
  "П1 сделали, ушли. По П2 плитка не пришла ещё, завтра докончим.\n" + SIG_S,
  charset="windows-1251", cte="base64", how="B")

L(D("473357", ["2", "3"], LEFT, "П2 and П3 finished, crew went home"),
  SAM, dt(13, "15:04"), "473357 П2 и П3",
  "Всё, закончили второй и третий подъезд (П2 и П3), ребята уехали домой. Остался 4-й.\nСамвел",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(R("complaint/question about the key to entrance 4; phone number contains 473; no status"),
  SAM, dt(14, "09:20"), "473357 ключ от 4 подъезда",
  "Ольга джан, 4-й подъезд попасть не можем, там закрыто, ключ у кого? Вчера тоже так было. "
  "Позвоните Гору 8-916-473-35-71, он ждёт.\nСамвел",
  charset="windows-1251", cte="8bit", how="Q")

L(D("473357", ["4"], ON, "'П4 на месте наконец'"),
  SAM, dt(17, "09:10"), "Re: 473357 ключ от 4 подъезда",
  "П4 на месте наконец, джан, спасибо, ключ дали. Работаем.\n\n"
  "От: Диспетчерская служба [mailto:" + DISP + "]\nОтправлено: 16 ноября 2026 г. 16:12\n"
  "Кому: " + SAM + "\nТема: RE: 473357 ключ от 4 подъезда\n\n"
  "Самвел, ключ будет у охраны корп. В с понедельника.",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473357", ["4"], LEFT, "formal: works on position 4 finished, crew left the site"),
  ANI, dt(17, "17:52"), "Завершение работ по заявке № 473357",
  "Уважаемые коллеги!\n\nСообщаем, что работы по позиции 4 заявки № 473357 завершены 17.11.2026 в 17:30, "
  "бригада покинула объект. Акт выполненных работ № 2611-17 будет направлен отдельным письмом." + SIG_A,
  charset="utf-8", cte="base64", mid_style="thebat")

# ======================= 473402: water heaters (1,2) =======================
L(D("473402", [], ACC, "'ок принял'"),
  SAMM, dt(12, "13:41"), "473402", "ок принял", mid_style="mailru")

L(R("price talk about water heater models"),
  SAM, dt(13, "09:30"), "по бойлерам 473402",
  "Ольга, по бойлерам. Ariston 80 литров сейчас дорого стал, 21 000. Давайте Термекс ER 80 V? "
  "Цена 14 500 за штуку плюс работа 3000. Напишите как согласуете.\nСамвел",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473402", ["1", "2"], WAY, "leaving now for both positions"),
  SAM, dt(14, "08:00"), "473402",
  "Выезжаем на бойлеры, поз.1 и поз.2 обе сегодня сделаем." + SIG_PHONE, mid_style="phone")

L(D("473402", [], ON, "'приехали' — no position named in this letter"),
  SAM, dt(14, "09:31"), "Re: 473402",
  "Приехали, старый бак сливаем, там накипь ужас.\n\n"
  "> Выезжаем на бойлеры, поз.1 и поз.2 обе сегодня сделаем.", mid_style="phone")

L(R("pos 1 finished but crew still on site for pos 2: different statuses for different positions"),
  SAM, dt(14, "14:10"), "Re: 473402",
  "первую позицию поставили, греет. по второй ждём прокладку, ребята сидят там ждут, Ашот поехал в Леруа.",
  mid_style="phone", cte="quoted-printable")

L(D("473402", ["1", "2"], LEFT, "both heaters working, crew left"),
  SAM, dt(14, "17:05"), "473402 поз 1 и 2",
  "Оба бойлера работают, поз 1 и 2. Ушли. Вай, длинный день был)" + SIG_PHONE, mid_style="phone")

# ======================= 473468: window reveals (1) =======================
L(D("473468", [], ACC, "formal acceptance"),
  ANI, dt(13, "11:00"), "О принятии заявки 473468",
  "Добрый день.\n\nЗаявку № 473468 (откосы, актовый зал) принимаем в работу. "
  "Сроки согласуем с Самвелом Ашотовичем." + SIG_A_KOI,
  charset="koi8-r", cte="base64", how="B", mid_style="thebat")

L(R("negation: not going today, promise for tomorrow"),
  SAM, dt(17, "08:12"), "откосы 473468",
  "Брат извини, по откосам сегодня не выедем, штукатур заболел. Завтра с утра как штык.\nСамвел",
  charset="windows-1251", cte="8bit", how="Q")

L(D("473468", [], WAY, "on the way, ETA 9:30"),
  SAM, dt(18, "08:40"), "Re: откосы 473468",
  "Едем, будем к 9:30. Штукатур выздоровел)\n\n"
  "От: Самвел Мкртчян\nОтправлено: 17 ноября 2026 г. 8:12\nКому: " + DISP + "\nТема: откосы 473468\n\n"
  "Брат извини, по откосам сегодня не выедем, штукатур заболел. Завтра с утра как штык.",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473468", [], ON, "'приехали, работаем' from the phone"),
  SAM, dt(18, "09:37"), "473468 актовый зал",
  "приехали, откосы, работаем" + SIG_PHONE, mid_style="phone", cte="8bit")

L(D("473468", [], LEFT, "finished, left; invoice talk is secondary"),
  SAM, dt(19, "17:02"), "Re: 473468 откосы",
  "Откосы - всё, ушли. Ани счёт пришлёт на этой неделе.\nСамвел",
  charset="windows-1251", cte="base64", how="B")

# ======================= 473519: canteen plumbing (1,2,3) =======================
L(D("473519", [], ACC, "'взял' = accepted; 'завтра с утра' is a plan"),
  SAM, dt(16, "09:10"), "Re: Заявка 473519 столовая",
  "Взял, джан. Завтра с утра как штык." + SIG_S + "\n\n"
  + q("Самвел, добрый день. Заявка 473519, столовая: мойки (1), трап (2), смеситель (3)." + DISP_SIG),
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473519", ["1", "3"], WAY, "left for the canteen for п.1 and п.3"),
  SAM, dt(17, "07:30"), "473519 п.1, п.3",
  "Выехали в столовую, п.1 мойки и п.3 смеситель. Трап потом.",
  charset="windows-1251", cte="8bit", how="Q")

L(D("473519", ["1", "3"], ON, "reply above Outlook-quoted dispatcher message: on site"),
  SAM, dt(17, "08:22"), "RE: 473519 п.1, п.3",
  "На месте. Завпроизводством показала где что." + SIG_S
  + outlook_block(DISP_N, "17 ноября 2026 г. 7:48", "Самвел Мкртчян", "RE: 473519 п.1, п.3",
                  "Самвел, принято. Столовая работает до 8:30, потом зал свободен."),
  charset="windows-1251", cte="quoted-printable", how="B")

L(D("473519", ["1", "3"], LEFT, "п.1 and 3-я done, crew left; п.2 needs a grate (plan)"),
  SAM, dt(17, "15:05"), "RE: 473519 п.1, п.3",
  "Мойки поставили (п.1), смеситель (3-я) тоже, всё работает, ребята уехали. "
  "По трапу (п.2) надо решётку 150х150 купить, на той неделе.\nСамвел",
  charset="windows-1251", cte="base64", how="B")

L(R("question: which grate for the drain, no status"),
  SAM, dt(19, "10:15"), "473519 трап",
  "Ольга, по 473519 трап — решётку какую ставим, нерж или пластик? Нерж дороже на 1200. Фото старой прислал.",
  attach=[photo("trap_staraya.jpg", 7)], mid_style="phone")

L(D("473519", ["2"], ON, "'2-я позиция — на месте ребята'"),
  SAM, dt(20, "09:00"), "473519",
  "2-я позиция 473519 — на месте ребята, трап ставят, решётка нерж как договорились.",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473519", ["2"], LEFT, "forwarded crew message: trap installed, no leak, left"),
  SAM, dt(20, "13:32"), "Fwd: трап 473519-2",
  "Готово\n\n---------- Forwarded message ---------\nОт: Гор <" + GOR + ">\n"
  "Date: пт, 20 нояб. 2026 г. в 13:25\nSubject: трап\nTo: Самвел <" + SAM + ">\n\n"
  "трап поставил, пролил водой, не течёт. уехал\n",
  attach=[photo("IMG-20261120-WA0012.jpg", 9)], mid_style="phone")

# ======================= 473587: crack in wall (1) =======================
L(D("473587", [], ACC, "accepted"),
  SAMM, dt(18, "09:40"), "Трещина 473587 - принял",
  "Принял. Посмотрю сам сначала, что там за трещина.", mid_style="mailru")

L(D("473587", [], WAY, "owner himself is driving there, 20 minutes"),
  SAMM, dt(19, "08:05"), "Re: Трещина 473587 - принял",
  "Сам еду посмотреть трещину, минут 20. Если с ребятами надо будет — сразу сделаем.",
  mid_style="mailru")

L(D("473587", [], LEFT, "filled the crack and left"),
  SAM, dt(19, "16:10"), "473587",
  "Заделали, сетку положили, зашпаклевали. Уехали. Через 2 дня можно красить.\n" + SIG_S,
  charset="windows-1251", cte="base64", how="B")

L(I("read receipt (MDN) generated by the mail client"),
  SAM, dt(19, "16:30"), "Прочитано: Акт по заявке 473587",
  root=multi("report; report-type=disposition-notification", [
      leaf("text/plain", "Ваше сообщение\n\n  Кому: " + SAM + "\n  Тема: Акт по заявке 473587\n"
           "  Отправлено: 19.11.2026 16:20\n\nбыло прочитано 19.11.2026 16:30.", "windows-1251", "quoted-printable"),
      leaf("message/disposition-notification",
           ("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;" + SAM +
            "\nOriginal-Message-ID: <disp.473587.act@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n").encode(),
           None, "7bit")]),
  charset="windows-1251", how="Q")

# ======================= 473640: heated floor (1,2) =======================
L(R("two different requests in one letter (473640 accepted, 473587 act talk)"),
  SAM, dt(20, "11:32"), "473640 / 473587",
  "Ольга джан, 473640 тёплый пол принял. И по 473587 акт завтра Ани отправит, подпишите пожалуйста.\nСамвел",
  charset="windows-1251", cte="8bit", how="Q")

L(I("out-of-office auto-reply"),
  SAM, dt(21, "10:02"), "Автоматический ответ: 473640 график",
  "Здравствуйте! Я в Ереване до понедельника 23.11. По срочным вопросам звоните Гору +7 925 473-06-40 "
  "или в офис +7 (495) 473-18-05.\nСамвел Мкртчян",
  charset="windows-1251", cte="quoted-printable", how="B",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"])

L(D("473640", ["1", "2"], WAY, "'поз 1 и 2 — выехали'"),
  SAM, dt(23, "08:05"), "тёплый пол 473640",
  "Барев, вернулся) Тёплый пол 473640 поз 1 и 2 — выехали, будем к девяти.",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473640", [], ON, "on site; positions described by room, not by number"),
  SAM, dt(23, "09:02"), "Re: тёплый пол 473640",
  "на месте. мужская и женская раздевалки, начинаем с мужской, плитку вскрываем где датчик." + SIG_PHONE
  + "\n\n23 нояб. 2026 г., в 8:05, Самвел Мкртчян <" + SAM + "> написал(а):\n\n"
  + q("Барев, вернулся) Тёплый пол 473640 поз 1 и 2 — выехали, будем к девяти."), mid_style="phone")

L(D("473640", ["1"], LEFT, "pos 1 finished; pos 2 continues on 25.11 (plan only)"),
  ANI, dt(24, "17:20"), "Заявка 473640 — завершение позиции 1",
  "Добрый вечер!\n\nРаботы по заявке 473640 позиция 1 (мужская раздевалка) завершены, бригада ушла в 17:00. "
  "По позиции 2 работы продолжатся 25.11.2026." + SIG_A,
  html="<div>Добрый вечер!</div><div><br></div><div>Работы по заявке 473640 позиция 1 (мужская раздевалка) завершены, "
  "бригада ушла в 17:00. По позиции 2 работы продолжатся 25.11.2026.</div><div><br></div>"
  "<div>С уважением,<br>Ани Мкртчян<br>ИНН 5029247318 / КПП 502901001</div>",
  charset="utf-8", cte="quoted-printable", mid_style="thebat")

L(R("position 3 does not exist in request 473640"),
  SAMM, dt(25, "12:40"), "473640 п.3",
  "473640 п.3 сделали, уехали", mid_style="mailru")

L(D("473640", ["2"], LEFT, "second position finished, floor heats, left"),
  SAM, dt(25, "16:05"), "473640",
  "Извиняюсь, там выше с почты не то написал. 473640 — вторую доделали, пол греет, датчик новый. Ушли.\nСамвел",
  charset="windows-1251", cte="base64", how="B")

# ======================= 473712: drinking fountains (1,2,3) =======================
L(I("out-of-office auto-reply from the office manager"),
  ANI, dt(23, "08:31"), "Автоответ: Заявка 473712",
  "Добрый день!\nЯ нахожусь в отпуске с 23.11.2026 по 30.11.2026. По вопросам заявок обращайтесь к "
  "Самвелу Мкртчяну: " + SAM + ", +7 (916) 204-31-77.\n\nЭто автоматическое сообщение.",
  charset="koi8-r", cte="base64", how="B", mid_style="thebat",
  extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

L(D("473712", [], ACC, "accepted by the owner"),
  SAM, dt(23, "10:30"), "фонтанчики 473712",
  "Фонтанчики 473712 принял. Ани в отпуске, пишу сам, не теряйте)\nСамвел",
  charset="windows-1251", cte="8bit", how="Q")

L(R("thanks for the pass; acknowledgement, no status"),
  SAM, dt(24, "08:00"), "Re: пропуск на 473712",
  "Спасибо за пропуск, Ольга джан! Շնորհակալություն!\n\n"
  "Ольга Денисова писал(а) 23.11.2026 17:44:\n"
  + q("Самвел, пропуск на машину М 712 ОР 77 заказан на 24-25.11."), mid_style="phone")

L(D("473712", ["1", "2"], WAY, "'(1)(2) едем'"),
  SAM, dt(24, "08:42"), "473712 (1)(2)", "едем" + SIG_PHONE, mid_style="phone", cte="8bit")

L(D("473712", ["1", "2"], LEFT, "fountains 1 and 2 replaced and working, left; 3-й tomorrow"),
  SAM, dt(24, "12:05"), "Re: 473712 (1)(2)",
  "Фонтанчик 1 и 2 поменяли, работают, вода холодная идёт. 3-й завтра. Ушли на обед и на другой объект.",
  charset="windows-1251", cte="quoted-printable", how="Q")

L(D("473712", ["3"], ON, "'поз 3 на месте, в 09:05 зашли'"),
  SAM, dt(25, "09:15"), "473712 поз 3",
  "473712 поз 3 — нa месте, в 09:05 зашли.", mid_style="phone", cte="quoted-printable")

# ======================= 473803: sewer well (1) =======================
L(D("473803", [], ACC, "accepted; vacuum truck ordered"),
  SAM, dt(25, "08:20"), "колодец 473803",
  "Колодец 473803 — принято, ассенизатор заказал." + SIG_S,
  charset="windows-1251", cte="quoted-printable", how="Q")

L(R("asks whether arriving after 14:00 is OK — question/plan"),
  SAM, dt(25, "10:10"), "Re: колодец 473803",
  "Ольга, ассенизатор будет только после 14, раньше никак. Можно так? Или охрана не пустит?",
  charset="windows-1251", cte="8bit", how="Q")

L(D("473803", [], WAY, "noun form: 'Выезд ... в 14:20'"),
  SAM, dt(25, "14:30"), "Выезд 473803",
  "Выезд на колодец К-3 в 14:20, с ассенизатором. Машина КамАЗ О 803 ТА 50.",
  charset="windows-1251", cte="base64", how="B")

L(D("473803", [], LEFT, "arrival 14:55 and departure 17:30 both reported: latest = left"),
  SAM, dt(25, "17:45"), "473803 отчёт",
  "Прибытие 14:55, убытие 17:30. Колодец откачали, прочистили, чистый. Ребята устали, спасибо им)\nСамвел",
  charset="windows-1251", cte="quoted-printable", how="Q")

# ======================= machine mail =======================
L(I("delivery failure report (bounce) from the contractor's mail server"),
  DAEMON, dt(16, "11:03"), "Undelivered Mail Returned to Sender",
  root=multi("report; report-type=delivery-status", [
      leaf("text/plain", "This is the mail system at host mx.shirak-santehplitka.ru.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
           "<ashot@shirak-santehplitka.ru>: host mx.shirak-santehplitka.ru said: 550 5.1.1\n"
           "    User unknown (in reply to RCPT TO command)\n", "us-ascii", "7bit"),
      leaf("message/delivery-status",
           b"Reporting-MTA: dns; mx.shirak-santehplitka.ru\n\nFinal-Recipient: rfc822; ashot@shirak-santehplitka.ru\n"
           b"Action: failed\nStatus: 5.1.1\n", None, "7bit"),
      leaf("text/rfc822-headers",
           ("From: " + DISP + "\nTo: ashot@shirak-santehplitka.ru\nSubject: =?utf-8?B?"
            + base64.b64encode("Заявка 473519 столовая".encode()).decode() + "?=\n").encode(), None, "7bit")]),
  extra=["Auto-Submitted: auto-replied"])

L(I("calendar meeting response generated by the mail client"),
  ANI, dt(18, "12:10"), "Принято: Сверка актов за ноябрь",
  root=multi("alternative", [
      leaf("text/plain", "Ани Мкртчян приняла приглашение на собрание.\n\nСверка актов за ноябрь\n"
           "Когда: 27 ноября 2026 г. 11:00-12:00 (UTC+03:00) Москва\nГде: офис заказчика, каб. 305", "utf-8", "base64"),
      leaf("text/calendar", "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ani Mkrtchyan:mailto:" + ANI + "\n"
           "SUMMARY:Принято: Сверка актов за ноябрь\nDTSTART:20261127T080000Z\nDTEND:20261127T090000Z\n"
           "UID:040000008200E00074C5B7101A82E00800000000\nEND:VEVENT\nEND:VCALENDAR\n", "utf-8", "base64")]),
  mid_style="outlook")

L(I("bulk promotional mailing with List-Unsubscribe / Precedence: bulk"),
  NEWS, dt(20, "12:00"), "Скидки до 30% на плитку Kerama Marazzi до конца ноября!",
  "Уважаемые партнёры!\n\nООО «Ширак-Сантехплитка» поздравляет вас с наступающей зимой и дарит скидку 30% "
  "на укладку плитки Kerama Marazzi при заказе до 30.11.2026. Промокод: SHIRAK473.\n\n"
  "Отписаться от рассылки: https://shirak-santehplitka.ru/unsubscribe?id=473",
  html="<html><body><h2>Скидки до 30%!</h2><p>Уважаемые партнёры! ООО «Ширак-Сантехплитка» дарит скидку 30% "
  "на укладку плитки Kerama Marazzi при заказе до 30.11.2026.</p><p>Промокод: <b>SHIRAK473</b></p>"
  "<p><a href=\"https://shirak-santehplitka.ru/unsubscribe?id=473\">Отписаться</a></p></body></html>",
  charset="utf-8", cte="base64",
  extra=["Precedence: bulk", "List-Unsubscribe: <https://shirak-santehplitka.ru/unsubscribe?id=473>",
         "List-Id: <partners.shirak-santehplitka.ru>", "X-Mailer: Unisender"])

L(R("invoice/contract talk from the office, no status"),
  ANI, dt(20, "15:30"), "Счёт на оплату по договору № 47/2026",
  "Добрый день!\n\nНаправляем счёт № 2611-04 от 20.11.2026 на оплату работ по заявкам 473105, 473118, 473226 "
  "согласно договору № 47/2026. Просим подтвердить получение." + SIG_A,
  attach=[leaf("application/pdf", b"%PDF-1.4\n% fake invoice\n", None, "base64",
               ['Content-Disposition: attachment; filename="schet_2611-04.pdf"'])],
  charset="utf-8", cte="quoted-printable", mid_style="thebat")

# a couple more decided letters in varied styles
L(D("473240", ["2"], ON, "reply written under the quote; second shower"),
  SAM, dt(10, "13:05"), "Re: 473240 душевая 2",
  "> Самвел, по второй душевой когда?\n> Ольга\n\n"
  "уже там, на второй позиции, с обеда начали. Смеситель ставим.",
  charset="windows-1251", cte="8bit", how="Q")

L(D("473118", [], ACC, "office confirms acceptance of 473118"),
  ANI, dt(3, "07:47"), "Заявка № 473118 — принята",
  "Добрый день.\n\nЗаявка № 473118 (течь стояка ХВС, подвал корп. Б) принята. Бригадир — Гор Саркисян, "
  "тел. +7 925 473-06-40." + SIG_A_KOI,
  charset="koi8-r", cte="quoted-printable", how="Q", mid_style="thebat")

# ---------- write registry, labels ----------
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
