#!/usr/bin/env python3
# Generator of test letters for persona: ИП Каримов Ш.А. (Новосибирск, +0700)
# Standard library only. Writes letters/NNN.eml, labels.json, registry.json.
import json
import os
import html
import hashlib
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.message import Message
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import formataddr, format_datetime
from email import message_from_bytes

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

NSK = timezone(timedelta(hours=7))
MSK = timezone(timedelta(hours=3))

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
RUSTAM = ("Rustam Karimov", "rustam.karimov.ip@gmail.com")
SHERZOD = ("Шерзод", "sherzod.karimov79@mail.ru")
INFO = ("ИП Каримов Ш.А.", "info@karimov-remont.ru")
FARRUX = ("Farrux Yusupov", "farrux.yusupov95@mail.ru")
DALER = ("Далер", "daler.nazarov.tj@yandex.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@karimov-remont.ru")

REGISTRY = {
    "contractor": {
        "name": "ИП Каримов Шерзод Абдуллаевич",
        "emails": [RUSTAM[1], SHERZOD[1], INFO[1], FARRUX[1], DALER[1], DAEMON[1]],
        "domains": ["karimov-remont.ru"],
    },
    "requests": [
        {"number": "935114", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Новосибирск, ул. Титова 31: санузел, поз.1 — плитка на стенах, поз.2 — плитка на полу"},
        {"number": "935208", "positions": ["1"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "Ремонт ступеней крыльца (керамогранит), ул. Кропоткина 120, подъезд 3"},
        {"number": "936047", "positions": ["1", "2", "3"], "registered_at": "2026-11-06T08:30:00+03:00",
         "comment": "Офис, ул. Фрунзе 5: поз.1 — затирка швов 2 этаж, поз.2 — замена плитки в тамбуре, поз.3 — двери/доводчики"},
        {"number": "936310", "positions": ["1", "2"], "registered_at": "2026-11-08T11:00:00+03:00",
         "comment": "ЖК, ул. Ватутина 29: поз.1 — облицовка колонны в холле, поз.2 — плиточный пол у лифтов"},
        {"number": "936582", "positions": ["1"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "Замена разбитой клинкерной плитки на цоколе, ул. Советская 64"},
        {"number": "937015", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-12T08:00:00+03:00",
         "comment": "Школа, ул. Станиславского: санузлы, поз.1–4 — этажи 1–4"},
        {"number": "937260", "positions": ["1", "2"], "registered_at": "2026-11-14T10:00:00+03:00",
         "comment": "ТЦ, ул. Гоголя 13: поз.1 — замена керамогранита в коридоре 2 эт., поз.2 — установка плинтуса"},
        {"number": "937744", "positions": ["1"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "Входная группа, Красный проспект 77: плитка крыльца и отмостка"},
        {"number": "938103", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T08:00:00+03:00",
         "comment": "Поликлиника, ул. Кирова 44: поз.1 — пол каб.105, поз.2 — стена каб.210, поз.3 — санузел 1 эт."},
        {"number": "938419", "positions": ["1"], "registered_at": "2026-11-18T14:00:00+03:00",
         "comment": "Замена плитки на лестнице, ул. Дуси Ковальчук 185, подъезд 2"},
        {"number": "938870", "positions": ["1", "2"], "registered_at": "2026-11-20T09:30:00+03:00",
         "comment": "Магазин, ул. Ленина 21: поз.1 — пол торгового зала, поз.2 — облицовка входной группы"},
        {"number": "939256", "positions": ["1", "2"], "registered_at": "2026-11-23T08:00:00+03:00",
         "comment": "Детский сад, ул. Зорге: поз.1 — стены пищеблока, поз.2 — пол прачечной"},
        {"number": "939501", "positions": ["1"], "registered_at": "2026-11-25T09:00:00+03:00",
         "comment": "Аварийная: отслоение плитки в чаше бассейна, ФОК ул. Бориса Богаткова 266"},
    ],
}

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
MON = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
MONG = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря"]


def dt(s):
    """'11-03 09:05' -> aware datetime in +07:00"""
    md, hm = s.split()
    m, d = md.split("-")
    h, mi = hm.split(":")
    return datetime(2026, int(m), int(d), int(h), int(mi), int(hashlib.md5(s.encode()).digest()[0]) % 60, tzinfo=NSK)


def gmail_when(s):
    d = dt(s)
    return f"{WD[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} г. в {d:%H:%M}"


# Latin look-alikes for phone-keyboard mixed script
LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k",
       "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X", "К": "K", "М": "M", "Т": "T", "Н": "H", "В": "B"}


def mix(s, every=2, start=0):
    out, n = [], start
    for ch in s:
        if ch in LAT:
            n += 1
            if n % every == 0:
                out.append(LAT[ch])
                continue
        out.append(ch)
    return "".join(out)


def mid(tag, n, kind):
    h = hashlib.sha1(f"{tag}-{n}".encode()).hexdigest()
    if kind == "gmail":
        return f"<CAH{h[:10]}+{h[10:24]}-{h[24:34]}@mail.gmail.com>"
    if kind == "mailru":
        return f"<{int(h[:8],16)}.{h[8:14]}@f{int(h[14:16],16)}.i.mail.ru>"
    if kind == "yandex":
        return f"<{int(h[:6],16)}{h[6:10]}@mail.yandex.ru>"
    if kind == "outlook":
        return f"<000{h[:5]}01d9{h[5:12]}${h[12:20]}${h[20:28]}@karimov-remont.ru>"
    if kind == "thebat":
        return f"<{int(h[:8],16)}.{int(h[8:16],16)}@karimov-remont.ru>"
    return f"<{h[:20]}@karimov-remont.ru>"


def text_html(text):
    """crude plain->html like Gmail: '> ' lines become blockquote"""
    out, inq = ['<div dir="ltr">'], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        body = line[1:].lstrip() if q else line
        out.append(f"<div>{html.escape(body)}</div>" if body.strip() else "<div><br></div>")
    if inq:
        out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out)


def textpart(text, subtype="plain", charset="utf-8", cte="base64"):
    cs = Charset(charset)
    cs.body_encoding = {"base64": BASE64, "qp": QP, "8bit": None, "7bit": None}[cte]
    cs.header_encoding = BASE64
    p = MIMEText(text, subtype, cs)
    return p


def set_headers(msg, L, n):
    frm = L["from"]
    cs = L.get("hcs", "utf-8")
    msg["From"] = formataddr(frm, charset=cs) if any(ord(c) > 127 for c in frm[0]) else formataddr(frm)
    msg["To"] = formataddr(DISPATCH, charset=cs)
    if L.get("cc"):
        msg["Cc"] = formataddr(L["cc"], charset=cs) if any(ord(c) > 127 for c in L["cc"][0]) else formataddr(L["cc"])
    subj = L["subject"]
    if any(ord(c) > 127 for c in subj):
        msg["Subject"] = Header(subj, cs)
    else:
        msg["Subject"] = subj
    msg["Date"] = format_datetime(dt(L["date"]))
    msg["Message-ID"] = mid(L["from"][1], n, L["kind"])
    if L.get("reply"):
        r = f"<{hashlib.sha1(L['subject'].encode()).hexdigest()[:16]}@zakazchik-omis.ru>"
        msg["In-Reply-To"] = r
        msg["References"] = r
    for k, v in L.get("extra", {}).items():
        msg[k] = v


def build(L, n):
    kind = L["kind"]
    fmt = L.get("fmt", "plain")
    cs = L.get("cs", "utf-8")
    cte = L.get("cte", "base64")
    body = L["body"]
    if fmt == "plain":
        msg = textpart(body, "plain", cs, cte)
    elif fmt == "html":
        msg = textpart(L.get("html") or text_html(body), "html", cs, cte)
    elif fmt == "alt":
        msg = MIMEMultipart("alternative")
        a = textpart(body, "plain", cs, cte)
        b = textpart(L.get("html") or text_html(body), "html", cs, L.get("hcte", cte))
        for p in (a, b):
            del p["MIME-Version"]
            msg.attach(p)
    elif fmt == "fwdatt":
        msg = MIMEMultipart("mixed")
        a = textpart(body, "plain", cs, cte)
        del a["MIME-Version"]
        msg.attach(a)
        inner = textpart(L["inner_body"], "plain", "utf-8", "8bit")
        ifrm = L["inner_from"]
        inner["From"] = formataddr(ifrm, charset="utf-8")
        inner["To"] = formataddr(L["inner_to"], charset="utf-8")
        inner["Subject"] = Header(L["inner_subject"], "utf-8")
        inner["Date"] = format_datetime(dt(L["inner_date"]))
        inner["Message-ID"] = mid(ifrm[1], n + 1000, "yandex")
        att = MIMEMessage(inner)
        del att["MIME-Version"]
        att.add_header("Content-Disposition", "attachment", filename="message.eml")
        msg.attach(att)
    else:
        raise ValueError(fmt)
    set_headers(msg, L, n)
    if kind == "gmail":
        pass
    elif kind == "mailru":
        msg["X-Mailer"] = "Mail.Ru Mailer 1.0"
    elif kind == "yandex":
        msg["X-Mailer"] = "Yamail [ http://yandex.ru ] 5.0"
    elif kind == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AdkY" + hashlib.md5(str(n).encode()).hexdigest()[:20]
        msg["Content-Language"] = "ru"
    elif kind == "thebat":
        msg["X-Mailer"] = "The Bat! (v9.4.5) Professional"
        msg["Reply-To"] = formataddr(INFO, charset="koi8-r")
    # put MIME headers after the address headers, as real clients do
    for h in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        v = msg[h]
        if v is not None:
            del msg[h]
            msg[h] = v
    return msg.as_bytes()


LETTERS = []


def add(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- 935114
add(date="11-02 15:40", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", hcte="qp", reply=True,
    subject="Re: Новая заявка № 935114",
    body=f"""{gmail_when('11-02 13:20')}, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Добрый день!
> Направляем заявку № 935114 от 02.11.2026.
> Объект: г. Новосибирск, ул. Титова, 31, кв. 47 (санузел).
> Позиции:
> 1 — замена плитки на стенах (около 4 м2)
> 2 — замена плитки на полу
> Статус: заявка отправлена.
> Просим подтвердить.
> --
> Диспетчерская служба ОМИС
> тел. 8 (495) 123-45-67

Здравствуйте. Заявку взяли в работу.
Мастер завтра с утра.

Рустам
ИП Каримов Ш.А.
+7 913 915-44-07
""",
    label=dict(expect="decided", request="935114", positions=[], status="заявка принята",
               note="bottom-posted reply under the dispatch letter; 'взяли в работу' = accepted; 'мастер завтра' is only a plan; quoted 'заявка отправлена' ignored"))

add(date="11-03 09:05", from_=SHERZOD, kind="mailru", subject="935 114",
    body="""здраствуйте 935 114 титова 31 мы ехать сейчас 20 минут будем

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="935114", positions=[], status="подрядчик в пути",
               note="number split by a space; infinitive 'ехать' + '20 минут будем' = travelling now"))

add(date="11-03 09:38", from_=SHERZOD, kind="mailru", subject="титова",
    body="""935114 мы приехал на месте кв 47 начинаем ломать старый плитка

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="935114", positions=[], status="подрядчик на месте",
               note="'мы приехал на месте' = arrived; 47 is a flat number, not a position"))

add(date="11-04 18:20", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp",
    subject="Fwd: 935114",
    body="""Ниже от мастера.

Пересланное сообщение
[04.11.2026, 17:52] Farrux: 935114 1 pozitsiya stena plitka qo'ydik, zatirka ham sdelali, vsyo gotovo uehali
""",
    label=dict(expect="decided", request="935114", positions=["1"], status="подрядчик убыл",
               note="forwarded WhatsApp message in Latin transliteration with Uzbek words: position 1 done, 'uehali' = left"))

add(date="11-05 16:40", from_=DALER, kind="yandex", cte="8bit", subject="№935114/2",
    body="""работа закончили пол плитка 935114/2 мусор вынесли уехали

Отправлено из мобильной Яндекс Почты""",
    label=dict(expect="decided", request="935114", positions=["2"], status="подрядчик убыл",
               note="'№935114/2' = request 935114 position 2; work finished, left"))

# ---------------------------------------------------------------- 935208
add(date="11-03 14:35", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", reply=True,
    subject="Re: Заявка 935208 Кропоткина 120",
    body=f"""{gmail_when('11-03 14:02')}, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Заявка № 935208. Ремонт ступеней крыльца, ул. Кропоткина 120, подъезд 3.
> Сколы на 7 ступенях, керамогранит 30х60.
> Просим принять в работу.

Взяли. Шерзод посмотрит в четверг.
""",
    label=dict(expect="decided", request="935208", positions=[], status="заявка принята",
               note="short 'Взяли' under quote = accepted; visit on Thursday is only a plan"))

add(date="11-05 08:10", from_=FARRUX, kind="mailru", cs="utf-8", cte="7bit", subject="kropotkina 120",
    body="""Assalomu alaykum. 935208 kryltso Kropotkina 120 podezd 3, seychas edem, 40 minut budem.
Farrux""",
    label=dict(expect="decided", request="935208", positions=[], status="подрядчик в пути",
               note="whole letter in Latin transliteration; 'seychas edem, 40 minut budem' = on the way; 120 and 3 are address numbers"))

add(date="11-05 16:55", from_=SHERZOD, kind="mailru", subject="Re: 935208",
    body="""крыльцо готово 7 ступенка поменял керамогранит 30х60 остаток плитка 3шт оставил у дворник

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="935208", positions=[], status="подрядчик убыл",
               note="number only in subject; 'крыльцо готово' = work finished; 7, 30х60, 3шт are not positions"))

add(date="11-06 10:20", from_=SHERZOD, kind="mailru", fmt="html", subject="деньги",
    html="""<HTML><BODY><div>ака здраствуйте мы крыльцо кропоткина делали 5 число. деньги когда будет? счет 14 от 05.11 сумма 18 700 руб</div><div><br></div><div>--<br>Отправлено из мобильной Почты Mail.ru</div></BODY></HTML>""",
    body="",
    label=dict(expect="review", note="no request number, asks about payment (invoice 14, 18 700 руб); no status"))

# ---------------------------------------------------------------- 936047
add(date="11-06 14:10", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp", subject="936047",
    body="""Добрый день!
Заявку 936047 (Фрунзе, 5) приняли. Выезд планируем на понедельник 09.11, с утра.

Рустам""",
    label=dict(expect="decided", request="936047", positions=[], status="заявка принята",
               note="accepted; travel on 09.11 is a plan"))

add(date="11-07 10:02", from_=RUSTAM, kind="gmail", subject="Рустам в отъезде до 9 ноября",
    extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Здравствуйте!
Я в отъезде до 9 ноября, почту читаю редко.
По заявкам звоните Шерзоду +7 913 915-44-07 или пишите на info@karimov-remont.ru.

Рустам""",
    label=dict(expect="ignored", note="Gmail vacation auto-reply (Auto-Submitted: auto-replied)"))

add(date="11-09 09:20", from_=DALER, kind="yandex", cte="base64", subject="936047",
    body=mix("Здраствуйте мы на месте Фрунзе 5 начинать П1 и П2 затирка и тамбур", 2) +
    "\n\nОтправлено из мобильной Яндекс Почты",
    label=dict(expect="decided", request="936047", positions=["1", "2"], status="подрядчик на месте",
               note="mixed Latin/Cyrillic letters; 'мы на месте', П1 и П2"))

add(date="11-09 18:30", from_=SHERZOD, kind="mailru", subject="936047",
    body="""п1 закончили 2этаж затирка всё. п2 тамбур завтра доделаем плитка не хватило

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="936047", positions=["1"], status="подрядчик убыл",
               note="position 1 finished; position 2 only planned for tomorrow"))

add(date="11-10 10:15", from_=SHERZOD, kind="mailru", fmt="html", subject="вопрос плитка тамбур",
    html="""<HTML><BODY><div>936047 тамбур плитка артикул SG912800N керама марацци нет в Леруа на Петухова и на склад нет.</div><div>есть похожий SG912900N цвет чуть темнее 1890р за м2 можно ставить? или ждать 2 неделя. ответьте пожалуйста</div><div><br></div><div>--<br>Отправлено из мобильной Почты Mail.ru</div></BODY></HTML>""",
    body="",
    label=dict(expect="review", note="question about replacement tile article and price; no status"))

add(date="11-11 17:05", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="Fwd: 936047 поз 2,3",
    body="""Переслано от Далера:

--- Пересланное сообщение ---
Далер: 936047 тамбур плитка поклеили (поз 2). доводчик 2шт поменяли двер 3 позиция тоже. всё уехали
""",
    label=dict(expect="decided", request="936047", positions=["2", "3"], status="подрядчик убыл",
               note="forwarded WhatsApp: positions 2 and 3 done, 'всё уехали'; 2шт is a quantity"))

# ---------------------------------------------------------------- 936310
add(date="11-08 16:00", from_=INFO, kind="outlook", fmt="alt", cs="windows-1251", cte="qp", hcs="windows-1251",
    reply=True, subject="RE: Заявка № 936310 Ватутина 29",
    body="""Добрый день!
Заявку № 936310 получили, взяли в работу.

С уважением,
ИП Каримов Шерзод Абдуллаевич
ИНН 540312345678, ОГРНИП 318547600012345
тел. +7 (913) 915-44-07

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 8 ноября 2026 г. 15:05
Кому: info@karimov-remont.ru
Тема: Заявка № 936310 Ватутина 29

Направляем заявку № 936310, ЖК на ул. Ватутина 29.
1 — облицовка колонны в холле 1 этажа
2 — ремонт плиточного пола у лифтов
Статус: заявка отправлена
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body lang=RU>
<div class=WordSection1><p class=MsoNormal>Добрый день!<o:p></o:p></p>
<p class=MsoNormal>Заявку № 936310 получили, взяли в работу.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>С уважением,<br>ИП Каримов Шерзод Абдуллаевич<br>ИНН 540312345678, ОГРНИП 318547600012345<br>тел. +7 (913) 915-44-07<o:p></o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b>От:</b> Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]<br><b>Отправлено:</b> 8 ноября 2026 г. 15:05<br><b>Кому:</b> info@karimov-remont.ru<br><b>Тема:</b> Заявка № 936310 Ватутина 29<o:p></o:p></p></div>
<p class=MsoNormal>Направляем заявку № 936310, ЖК на ул. Ватутина 29.<br>1 — облицовка колонны в холле 1 этажа<br>2 — ремонт плиточного пола у лифтов<br>Статус: заявка отправлена<o:p></o:p></p>
</div></body></html>""",
    label=dict(expect="decided", request="936310", positions=[], status="заявка принята",
               note="Outlook windows-1251 top-posted reply; INN/OGRNIP/phone are not request numbers; quoted positions list not reported"))

add(date="11-10 09:30", from_=FARRUX, kind="mailru", cs="utf-8", cte="7bit", subject="936310",
    body="""936310 pos 1 kolonna, keldik, na meste. rabotaem""",
    label=dict(expect="decided", request="936310", positions=["1"], status="подрядчик на месте",
               note="Latin transliteration; 'keldik' (uz. we came), 'na meste, rabotaem'"))

add(date="11-10 18:10", from_=FARRUX, kind="mailru", cs="utf-8", cte="qp", subject="936310 1",
    body="""Kolonna gotovo. 936310 pos 1 zakonchili, ukhodim.
2 poz zavtra ertalab (utrom)
Farrux""",
    label=dict(expect="decided", request="936310", positions=["1"], status="подрядчик убыл",
               note="position 1 finished and leaving; position 2 only planned for tomorrow morning"))

add(date="11-11 08:50", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="936310 (2) — бригада выехала",
    body="""Бригада выехала на Ватутина, 29 по позиции 2.
Газель А 482 ВС 154.""",
    label=dict(expect="decided", request="936310", positions=["2"], status="подрядчик в пути",
               note="'выехала на ...' = left for the site; car plate is not a number of interest"))

add(date="11-11 10:55", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp", reply=True,
    subject="Re: 936310 (2) — бригада выехала",
    body=f"""{gmail_when('11-11 08:50')}, Rustam Karimov <rustam.karimov.ip@gmail.com>:
> Бригада выехала на Ватутина, 29 по позиции 2.
> Газель А 482 ВС 154.

На месте с 10:40.
""",
    label=dict(expect="decided", request="936310", positions=["2"], status="подрядчик на месте",
               note="subject still says 'выехала' but new text under the quote reports arrival at 10:40"))

add(date="11-12 15:20", from_=SHERZOD, kind="mailru", subject="936310-2",
    body="""ватутина пол у лифт готово. уехали

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="936310", positions=["2"], status="подрядчик убыл",
               note="position after a dash in subject; 'готово, уехали'"))

# ---------------------------------------------------------------- 936582
add(date="11-10 14:30", from_=SHERZOD, kind="mailru", subject="936582",
    body="""936582 цоколь плитка такой нет наверно. завтра посмотрим скажем можем или нет

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="review", note="not accepted yet: doubt about tile availability, answer promised tomorrow"))

add(date="11-11 12:00", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="Re: 936582",
    body="""По 936582: плитку нашли (клинкер Керамин Амстердам 4, 245х65), берём в работу.""",
    label=dict(expect="decided", request="936582", positions=[], status="заявка принята",
               note="'берём в работу' = accepted; 4 and 245х65 belong to the tile article"))

add(date="11-12 09:30", from_=INFO, kind="thebat", cs="koi8-r", cte="8bit", hcs="koi8-r", reply=True,
    subject="Re: 936582 когда мастер?",
    body="""Здравствуйте, Диспетчерская.

Вы писали 12 ноября 2026 г., 9:05:

ДО> Подскажите, когда будет мастер по заявке 936582? Жильцы жалуются.

Мастер ещё не выехал, задержался на другом объекте (Фрунзе). Как выедет - сообщу.

-- 
С уважением,
 ИП Каримов Ш.А.                          mailto:info@karimov-remont.ru
""",
    label=dict(expect="review", note="negation: master has not left yet; The Bat! KOI8-R with 'ДО>' initials quoting"))

add(date="11-12 13:00", from_=DALER, kind="yandex", cte="8bit", subject="советская 64",
    body="""936582 мы наместе советская 64 цоколь

Отправлено из мобильной Яндекс Почты""",
    label=dict(expect="decided", request="936582", positions=[], status="подрядчик на месте",
               note="glued 'наместе' = on site; 64 is a house number"))

add(date="11-12 17:40", from_=RUSTAM, kind="gmail", fmt="fwdatt", cte="base64",
    subject="Fwd: 936582 цоколь",
    body="""Пересылаю отчёт Далера.

Рустам""",
    inner_from=DALER, inner_to=RUSTAM, inner_subject="936582 цоколь", inner_date="11-12 17:15",
    inner_body="""936582 всё сделали 11 плитка поменял уехали. фото ватсап отправил

Отправлено из мобильной Яндекс Почты""",
    label=dict(expect="decided", request="936582", positions=[], status="подрядчик убыл",
               note="forwarded as attached message/rfc822; the forwarded report says done and left; 11 is a tile count"))

# ---------------------------------------------------------------- 937015
add(date="11-12 13:30", from_=RUSTAM, kind="gmail", fmt="html", cte="qp", subject="937015",
    html="""<div dir="ltr"><div>Добрый день.</div><div>Заявка 937015 принята, начнём завтра.</div><div><br></div><div>Рустам<br>ИП Каримов Ш.А.</div></div>""",
    body="",
    label=dict(expect="decided", request="937015", positions=[], status="заявка принята",
               note="HTML-only; accepted, start tomorrow is a plan"))

add(date="11-13 08:40", from_=SHERZOD, kind="mailru", subject="Станиславского",
    body="""937015 выезжаем на станиславского сейчас

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="937015", positions=[], status="подрядчик в пути",
               note="'выезжаем на ... сейчас' = travelling now"))

TABLE1 = """<div dir="ltr"><div>Заявка 937015 — по состоянию на 12:00</div><br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Поз.</th><th>Помещение</th><th>Статус</th></tr>
<tr><td>1</td><td>С/у 1 этаж</td><td>на месте, работаем</td></tr>
<tr><td>2</td><td>С/у 2 этаж</td><td>на месте, работаем</td></tr>
<tr><td>3</td><td>С/у 3 этаж</td><td>—</td></tr>
<tr><td>4</td><td>С/у 4 этаж</td><td>—</td></tr>
</table><br><div>Рустам</div></div>"""
add(date="11-13 12:00", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="937015 статус",
    body="""Заявка 937015 — по состоянию на 12:00

Поз. | Помещение | Статус
1 | С/у 1 этаж | на месте, работаем
2 | С/у 2 этаж | на месте, работаем
3 | С/у 3 этаж | —
4 | С/у 4 этаж | —

Рустам""",
    html=TABLE1,
    label=dict(expect="decided", request="937015", positions=["1", "2"], status="подрядчик на месте",
               note="table, rows 1 and 2 on site, rows 3-4 nothing"))

TABLE2 = """<div dir="ltr"><div>Заявка 937015 на 18:00</div><br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Поз.</th><th>Помещение</th><th>Статус</th></tr>
<tr><td>1</td><td>С/у 1 этаж</td><td>выполнено, убыли 17:30</td></tr>
<tr><td>2</td><td>С/у 2 этаж</td><td>выполнено, убыли 17:30</td></tr>
<tr><td>3</td><td>С/у 3 этаж</td><td>в работе</td></tr>
<tr><td>4</td><td>С/у 4 этаж</td><td>в работе</td></tr>
</table></div>"""
add(date="11-14 18:00", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp", subject="937015 статус на вечер",
    body="""Заявка 937015 на 18:00

Поз. | Помещение | Статус
1 | С/у 1 этаж | выполнено, убыли 17:30
2 | С/у 2 этаж | выполнено, убыли 17:30
3 | С/у 3 этаж | в работе
4 | С/у 4 этаж | в работе
""",
    html=TABLE2,
    label=dict(expect="review", note="different statuses for different positions in one letter (1,2 left; 3,4 on site)"))

add(date="11-15 16:00", from_=DALER, kind="yandex", fmt="html", cte="base64", subject="937015 П3 П4",
    html="""<div>П3 П4 закончили всё. с объекта выехали бригада свободный</div><div> </div><div>-- <br />Отправлено из мобильной Яндекс Почты</div>""",
    body="",
    label=dict(expect="decided", request="937015", positions=["3", "4"], status="подрядчик убыл",
               note="'выехали с объекта' = left FROM the site; positions only in subject"))

# ---------------------------------------------------------------- 937260
add(date="11-14 15:20", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", reply=True,
    subject="Re: Новая заявка 937260",
    body=f"""{gmail_when('11-14 14:05')}, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Заявка 937260, ТЦ на ул. Гоголя 13
> 1 — замена керамогранита в коридоре 2 этажа
> 2 — установка плинтуса (около 40 п.м.)
> Статус: заявка отправлена

Добрый день. Приняли.
""",
    label=dict(expect="decided", request="937260", positions=[], status="заявка принята",
               note="bottom-posted 'Приняли' under the dispatch letter; quoted positions not reported"))

add(date="11-16 16:40", from_=FARRUX, kind="mailru", cs="utf-8", cte="7bit", subject="zayavka 937260",
    body="""Zdravstvuyte. Zayavka 937260 poz 2 plintus ustanovili 38 metr, vsyo, ushli. Rahmat""",
    label=dict(expect="decided", request="937260", positions=["2"], status="подрядчик убыл",
               note="Latin transliteration; plinth installed, 'ushli' = left; 38 metres is a quantity"))

add(date="11-16 18:00", from_=SHERZOD, kind="mailru", subject="937260 керамогранит",
    body="""937260 1 позиция керамогранит Estima Standard ST01 60х60 нету на склад. заказали придет 20 числа тогда сделаем

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="review", note="material not in stock, plan for the 20th; no status"))

add(date="11-19 13:10", from_=FARRUX, kind="mailru", cs="utf-8", cte="7bit", subject="937260",
    body="""937260 poz 3 sdelali. Farrux""",
    label=dict(expect="review", note="request 937260 has no position 3"))

add(date="11-20 19:05", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="Fwd: 937260",
    body=f"""Пересылаю.

---------- Forwarded message ---------
От: Шерзод <sherzod.karimov79@mail.ru>
Date: {gmail_when('11-20 18:52')}
Subject: 937260
To: Rustam Karimov <rustam.karimov.ip@gmail.com>

937260 п1 керамогранит поменял 6 плитка уехали

Отправлено из мобильной Почты Mail.ru
""",
    label=dict(expect="decided", request="937260", positions=["1"], status="подрядчик убыл",
               note="Gmail forward of Sherzod's letter: п1 done, left; 6 is a tile count"))

# ---------------------------------------------------------------- 937744
add(date="11-16 15:00", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp", subject="937744",
    body="""Добрый день, пересылаю от Шерзода.

Пересланное сообщение
Шерзод ака: 937744 красный проспект 77 взял работу, завтра утром начнём
""",
    label=dict(expect="decided", request="937744", positions=[], status="заявка принята",
               note="forwarded WhatsApp: 'взял работу' = accepted; start tomorrow is a plan"))

add(date="11-17 08:50", from_=SHERZOD, kind="mailru", subject="пропуск",
    body="""937744 на объект пришли охрана не пускает пропуск нет. час стоим кто решить? тел охрана 8 383 222 33 44

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="review", note="complaint about access (no pass, security does not let in), asks who will solve it"))

add(date="11-17 10:20", from_=DALER, kind="yandex", cte="8bit", subject=mix("Заявка 937744", 2),
    body=mix("Заявка 937744 пустили, мы на объекте работаем", 2, 1) + "\n\nОтправлено из мобильной Яндекс Почты",
    label=dict(expect="decided", request="937744", positions=[], status="подрядчик на месте",
               note="Latin look-alike letters inside Cyrillic words (subject too); let in, working on site"))

add(date="11-18 08:30", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="выезд",
    body="""Доброе утро. По 938103 и 937744 ребята выехали.""",
    label=dict(expect="review", note="two different requests in one letter"))

add(date="11-18 17:00", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="Наряд 937744 — завершение",
    body="""По наряду 937744 работы завершены 18.11 в 16:20, мастер убыл.
Акт № 58 от 18.11.2026 и счёт № 61 пришлём завтра. Сумма 24 500 руб.

Рустам""",
    label=dict(expect="decided", request="937744", positions=[], status="подрядчик убыл",
               note="'наряд'; work completed, master left; act/invoice numbers and sum are noise"))

add(date="11-19 11:40", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp", reply=True,
    subject="Re: Акт по заявке 937744",
    body=f"""{gmail_when('11-19 11:15')}, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Рустам, акт № 58 подписали, скан во вложении. Оригинал передадим с мастером.

Спасибо, получили.
""",
    label=dict(expect="review", note="thanks for the dispatcher's own letter about the act; no status"))

# ---------------------------------------------------------------- 938103
add(date="11-17 13:10", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp", subject="Re: 938103 Кирова 44",
    body="""938103 — приняли в работу. Завтра с утра Фаррух и Далер.""",
    label=dict(expect="decided", request="938103", positions=[], status="заявка принята",
               note="accepted; crew tomorrow is a plan"))

add(date="11-18 08:45", from_=FARRUX, kind="mailru", cs="utf-8", cte="qp", subject="938103",
    body="""938103 poz3 sanuzel 1 etaj, yo'ldamiz, edem, 15 minut""",
    label=dict(expect="decided", request="938103", positions=["3"], status="подрядчик в пути",
               note="'yo'ldamiz' (uz. we are on the way), 'edem, 15 minut'; '1 etaj' is a floor"))

add(date="11-18 09:20", from_=FARRUX, kind="mailru", cs="utf-8", cte="7bit", subject="Kirova 44 (938103)",
    body="""kabinet 105 (poz 1) prishli, rabotaem. poz 3 Daler tozhe na meste""",
    label=dict(expect="decided", request="938103", positions=["1", "3"], status="подрядчик на месте",
               note="number in brackets after the address in the subject; 105 is a room number; both positions on site"))

add(date="11-19 10:00", from_=SHERZOD, kind="mailru", subject="938103 ключ",
    body="""938103 210 кабинет поз 2 кто откроет? ключ нет вчера приходил закрыто. когда можно

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="review", note="access complaint/question about key for room 210 (position 2); no status"))

add(date="11-19 18:30", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="938103",
    body="""Пересылаю сообщения ребят.

Пересланное сообщение
[19.11.2026, 15:02] Далер: 938103 поз 3 санузел сделал ушли
Пересланное сообщение
[19.11.2026, 17:48] Farrux: 105 kabinet pol tugadi, poz 1 ham zakonchili, ketdik
""",
    label=dict(expect="decided", request="938103", positions=["1", "3"], status="подрядчик убыл",
               note="two forwarded WhatsApp messages of the same request: pos 3 done/left, pos 1 finished ('zakonchili, ketdik')"))

BOUNCE_ORIG_SUBJ = Header("Заявка 938103 — уточните статус по поз. 2", "utf-8").encode()
add(date="11-20 12:00", from_=DAEMON, kind="raw", subject="Undelivered Mail Returned to Sender", body="",
    label=dict(expect="ignored", note="bounce (Postfix DSN) for a dispatch letter sent to a non-existent mailbox usta@karimov-remont.ru"))

add(date="11-20 17:30", from_=SHERZOD, kind="mailru", fmt="html", subject="938103 №2",
    html="""<HTML><BODY><div>938103 №2 210каб стена плитка поклеили затирка всё. уехали</div><div><br></div><div>--<br>Отправлено из мобильной Почты Mail.ru</div></BODY></HTML>""",
    body="",
    label=dict(expect="decided", request="938103", positions=["2"], status="подрядчик убыл",
               note="'№2' is the position; 210 is a room number; tiled, grouted, left"))

add(date="11-20 11:15", from_=DALER, kind="yandex", cte="8bit", subject="935141",
    body="""935141 закончили уехали

Отправлено из мобильной Яндекс Почты""",
    label=dict(expect="review", note="number 935141 is not in the registry (probably a typo for 935114)"))

# ---------------------------------------------------------------- 938419
add(date="11-18 18:40", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="Re: Заявка 938419",
    body="""Заявка #938419 принята в работу.""",
    label=dict(expect="decided", request="938419", positions=[], status="заявка принята",
               note="'#938419 принята в работу'"))

add(date="11-18 20:10", from_=SHERZOD, kind="mailru", subject="938419",
    body="""938419 сегодня не успеем. завтра утром приедем ака

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="review", note="promise for tomorrow, nothing happened yet"))

add(date="11-19 10:05", from_=INFO, kind="thebat", cs="koi8-r", cte="8bit", hcs="koi8-r",
    subject="938419 Д.Ковальчук 185",
    body="""Здравствуйте!

938419 - выезд бригады 10:05, будут на Д.Ковальчук 185 около 11:00.
Бригадир Далер +7 923 118-60-35.

-- 
С уважением,
 ИП Каримов Ш.А.                          mailto:info@karimov-remont.ru
""",
    label=dict(expect="decided", request="938419", positions=[], status="подрядчик в пути",
               note="KOI8-R; noun 'выезд бригады 10:05', arriving about 11:00 = on the way"))

add(date="11-19 11:20", from_=SHERZOD, kind="mailru", subject="Fwd: 938419",
    body="""

-------- Пересылаемое сообщение --------
19.11.2026, 11:05 +07:00 от Далер <daler.nazarov.tj@yandex.ru>:

ДК 185 подьезд 2 мы пришли работаем 938419

Отправлено из мобильной Яндекс Почты

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="938419", positions=[], status="подрядчик на месте",
               note="Mail.ru-style forward without own text; forwarded message reports arrival, 185/2 are house/entrance"))

add(date="11-21 16:00", from_=SHERZOD, kind="mailru", subject="лестница",
    body="""938419 лестница готово 14 ступень. рахмат

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="938419", positions=[], status="подрядчик убыл",
               note="'готово' = finished; 14 steps is a quantity; 'рахмат' = thanks (uz./tj.)"))

# ---------------------------------------------------------------- 938870
add(date="11-20 14:00", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp", reply=True, subject="Re: 938870",
    body=f"""{gmail_when('11-20 13:40')}, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Просим подтвердить получение заявки 938870 и сообщить сроки.

Получили. По срокам Шерзод завтра скажет.
""",
    label=dict(expect="review", note="only confirms receipt, no acceptance; dates promised later"))

add(date="11-20 15:10", from_=INFO, kind="raw", subject="Прочитано: Заявка 938870 ул. Ленина 21", body="",
    label=dict(expect="ignored", note="read receipt (MDN, multipart/report disposition-notification)"))

add(date="11-21 09:00", from_=SHERZOD, kind="mailru", subject="Re: 938870",
    body="""938870 беру работу. в понедельник начнём

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="938870", positions=[], status="заявка принята",
               note="'беру работу' = accepted; Monday start is a plan"))

add(date="11-22 12:30", from_=SHERZOD, kind="mailru", subject="Автоответ: Re: 938870",
    extra={"Auto-Submitted": "auto-replied", "X-Mailru-Autoreply": "1"},
    body="""Здравствуйте. Я сейчас на объекте, отвечу позже. Срочно звоните +7 913 915-44-07""",
    label=dict(expect="ignored", note="Mail.ru autoresponder (Auto-Submitted: auto-replied)"))

add(date="11-23 08:30", from_=DALER, kind="yandex", cs="utf-8", cte="7bit", subject="938870",
    body="""Zdravstvuyte 938870 Lenina 21 magazin vyekhali, cherez 30 min budem""",
    label=dict(expect="decided", request="938870", positions=[], status="подрядчик в пути",
               note="Latin transliteration; 'vyekhali, cherez 30 min budem' = on the way"))

add(date="11-23 09:10", from_=DALER, kind="yandex", cte="8bit", subject="938870",
    body="""938870 ПОЗ1 ПОЗ2 НА МЕСТЕ РАБОТАЕМ

Отправлено из мобильной Яндекс Почты""",
    label=dict(expect="decided", request="938870", positions=["1", "2"], status="подрядчик на месте",
               note="caps; ПОЗ1 ПОЗ2 on site"))

add(date="11-24 18:00", from_=SHERZOD, kind="mailru", subject="938870",
    body="""938870 торговый зал пол закончил п.1. вход п.2 ещё работаем завтра будем

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="review", note="different statuses: п.1 finished, п.2 still in work on site"))

add(date="11-25 17:00", from_=SHERZOD, kind="mailru", subject="938870 вход",
    body="""938870 п2 вход тоже всё уехали

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="938870", positions=["2"], status="подрядчик убыл",
               note="п2 finished, left"))

# ---------------------------------------------------------------- 939256
add(date="11-23 12:45", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="939256 вопрос по плитке",
    body="""Добрый день.
По заявке 939256 вопрос: плитка для прачечной ваша или наша?
Если наша — 1450 р/м2, работа 1200 р/м2. Подтвердите, пожалуйста.

Рустам""",
    label=dict(expect="review", note="price/material question, no status"))

add(date="11-24 08:30", from_=SHERZOD, kind="mailru", subject="939256",
    body="""939256 принял

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="939256", positions=[], status="заявка принята",
               note="'принял' = accepted"))

add(date="11-25 09:10", from_=FARRUX, kind="mailru", cs="utf-8", cte="7bit", subject="939256 p1",
    body="""939256 p1 pishcheblok, na meste, ishlayapmiz. Farrux""",
    label=dict(expect="decided", request="939256", positions=["1"], status="подрядчик на месте",
               note="Latin; 'p1', 'na meste', uz. 'ishlayapmiz' = we are working"))

add(date="11-26 15:30", from_=RUSTAM, kind="gmail", fmt="alt", cte="qp", reply=True,
    subject="Re: Заявка 939256 поз.2 прачечная",
    body=f"""{gmail_when('11-26 11:20')}, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Рустам, когда планируете прачечную? У нас проверка Роспотребнадзора 27-го.

Прачечную сделали сегодня, ребята уехали в 15:10.
""",
    label=dict(expect="decided", request="939256", positions=["2"], status="подрядчик убыл",
               note="number and position only in the Re: subject; new text reports done and left at 15:10"))

add(date="11-27 17:00", from_=SHERZOD, kind="mailru", subject="пищеблок",
    body="""пищеблок 939256/1 за кончили уехали

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="939256", positions=["1"], status="подрядчик убыл",
               note="'939256/1' = position 1; split word 'за кончили'"))

# ---------------------------------------------------------------- 939501
add(date="11-25 13:20", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="Re: АВАРИЙНАЯ 939501 ФОК",
    body="""Принято 939501, выедем после 14.""",
    label=dict(expect="decided", request="939501", positions=[], status="заявка принята",
               note="accepted; departure after 14 is a plan"))

add(date="11-25 15:30", from_=DALER, kind="yandex", cte="8bit", subject="939501",
    body=mix("939501 в пуути будем 20 минут", 3) + "\n\nОтправлено из мобильной Яндекс Почты",
    label=dict(expect="decided", request="939501", positions=[], status="подрядчик в пути",
               note="typo 'в пуути', '20 минут будем'"))

add(date="11-25 16:10", from_=SHERZOD, kind="mailru", subject="богаткова",
    body="""мы на объект пришли 939501 богаткова ФОК. бассейн вода сливают ждём

Отправлено из мобильной Почты Mail.ru""",
    label=dict(expect="decided", request="939501", positions=[], status="подрядчик на месте",
               note="'на объект пришли' = arrived, waiting for the pool to drain"))

add(date="11-27 10:00", from_=RUSTAM, kind="gmail", fmt="alt", cte="base64", subject="939501 завершение работ",
    body="""939501 — завершено. В чаше заменили 14 плиток, затирка эпоксидная Litokol Starlike C.470.
Мастер убыл 26.11 в 19:00.

Рустам""",
    label=dict(expect="decided", request="939501", positions=[], status="подрядчик убыл",
               note="noun 'завершено', 'мастер убыл 26.11 в 19:00'; 14 tiles and grout article are noise"))


# ---------------------------------------------------------------- raw builders
def raw_bounce(L, n):
    d = dt(L["date"])
    od = d - timedelta(minutes=1)
    omid = "<b7e1c2a0938103@zakazchik-omis.ru>"
    return f"""Return-Path: <>
Date: {format_datetime(d)}
From: MAILER-DAEMON@karimov-remont.ru (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: dispatch@zakazchik-omis.ru
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F2A11C0B3.1763614800/mx.karimov-remont.ru"
Content-Transfer-Encoding: 8bit
Message-Id: <20261120050000.4F2A11C0B3@mx.karimov-remont.ru>

This is a MIME-encapsulated message.

--4F2A11C0B3.1763614800/mx.karimov-remont.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.karimov-remont.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<usta@karimov-remont.ru>: unknown user: "usta"

--4F2A11C0B3.1763614800/mx.karimov-remont.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.karimov-remont.ru
X-Postfix-Queue-ID: 4F2A11C0B3
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: {format_datetime(od)}

Final-Recipient: rfc822; usta@karimov-remont.ru
Original-Recipient: rfc822;usta@karimov-remont.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "usta"

--4F2A11C0B3.1763614800/mx.karimov-remont.ru
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: usta@karimov-remont.ru
Subject: {BOUNCE_ORIG_SUBJ}
Date: {format_datetime(od.astimezone(MSK))}
Message-ID: {omid}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Добрый день!
Сообщите, пожалуйста, когда мастер будет по позиции 2 заявки 938103
(кабинет 210). Ключ у дежурного администратора, тел. 8 (383) 201-15-15.

--
Диспетчерская служба ОМИС

--4F2A11C0B3.1763614800/mx.karimov-remont.ru--
""".replace("\n", "\r\n").encode("utf-8")


def raw_mdn(L, n):
    d = dt(L["date"])
    subj = Header(L["subject"], "windows-1251").encode()
    fr = formataddr(INFO, charset="windows-1251")
    to = formataddr(DISPATCH, charset="windows-1251")
    part1 = ("Ваше сообщение\r\n\r\n  Кому: info@karimov-remont.ru\r\n  Тема: Заявка 938870 ул. Ленина 21\r\n"
             "  Отправлено: 20 ноября 2026 г. 14:02\r\n\r\nбыло прочитано 20 ноября 2026 г. 15:10.\r\n")
    import base64
    b1 = base64.encodebytes(part1.encode("windows-1251")).decode().replace("\n", "\r\n")
    return f"""From: {fr}
To: {to}
Subject: {subj}
Date: {format_datetime(d)}
Message-ID: {mid(INFO[1], n, 'outlook')}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0012_01DA1B2C.3D4E5F60"
X-Mailer: Microsoft Outlook 16.0
Content-Language: ru

This is a multi-part message in MIME format.

------=_NextPart_000_0012_01DA1B2C.3D4E5F60
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: base64

{b1}
------=_NextPart_000_0012_01DA1B2C.3D4E5F60
Content-Type: message/disposition-notification

Reporting-UA: karimov-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822;info@karimov-remont.ru
Original-Message-ID: <a93f0c11938870@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0012_01DA1B2C.3D4E5F60--
""".replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    items = sorted(LETTERS, key=lambda L: dt(L["date"]))
    labels = {}
    for i, L in enumerate(items, 1):
        L["from"] = L.pop("from_")
        name = f"{i:03d}.eml"
        if L["kind"] == "raw":
            data = raw_bounce(L, i) if L["from"] == DAEMON else raw_mdn(L, i)
        else:
            data = build(L, i)
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(data)
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    # sanity checks
    reg = {r["number"]: r for r in REGISTRY["requests"]}
    for name, lab in labels.items():
        raw = open(os.path.join(LET, name), "rb").read()
        m = message_from_bytes(raw)
        d = datetime.strptime(m["Date"], "%a, %d %b %Y %H:%M:%S %z")
        if lab["expect"] == "decided":
            r = reg[lab["request"]]
            assert set(lab["positions"]) <= set(r["positions"]), name
            assert d > datetime.fromisoformat(r["registered_at"]), (name, "before registration")
            assert lab["status"] in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
    from collections import Counter
    print(len(labels), Counter(l["expect"] for l in labels.values()))


if __name__ == "__main__":
    main()
