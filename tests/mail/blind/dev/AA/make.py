#!/usr/bin/env python3
# Generator for persona AA: ООО «ВентКлимат-Юг» (Краснодар, +0300).
# Writes letters/NNN.eml, labels.json, registry.json. Stdlib only.
import base64, quopri, json, os, random, hashlib, datetime, email.utils, email.header

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
TZ = datetime.timezone(datetime.timedelta(hours=3))
rnd = random.Random(25000)

DOMAIN = "ventklimat-yug.ru"
IRINA = ("Ирина Соколова", "i.sokolova@ventklimat-yug.ru")
OLEG = ("Олег Кравец", "oleg.kravets93@yandex.ru")
DANIL = ("Данил Шевченко", "d.shevchenko@ventklimat-yug.ru")
SERVICE = ("Сервисная служба ВентКлимат-Юг", "service@ventklimat-yug.ru")
NEWS = ("ВентКлимат-Юг", "news@ventklimat-yug.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@ventklimat-yug.ru")
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

IRINA_SIG = """С уважением,
Ирина Соколова
сервис-менеджер ООО «ВентКлимат-Юг»
тел. +7 (861) 203-45-17, моб. +7 918 412-56-03
350020, г. Краснодар, ул. Северная, д. 324, оф. 12
ИНН 2311284563 / КПП 231101001"""

OLEG_SIG = "\n\n--\nОтправлено из мобильной Яндекс Почты"

DISP_SIG = "Петренко Марина\nдиспетчер ООО «ОМИС»\n8 (861) 299-10-40"

JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////"
    "////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBAB"
    "AAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")
PDF = b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"


# ---------------------------------------------------------------- builders
def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset, maxlinelen=76).encode()


def addr(pair, charset="utf-8"):
    return email.utils.formataddr(pair, charset=charset)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def leaf(ctype, text=None, charset="utf-8", cte="8bit", data=None, extra=None):
    """return (header lines, body bytes)"""
    if data is None:
        data = text.encode(charset)
        ct = f'{ctype}; charset="{charset}"'
    else:
        ct = ctype
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    h += extra or []
    body = encode_body(data, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return h, body


def multipart(subtype, parts, params=""):
    b = "----=_Part_%d_%d" % (rnd.randint(10**6, 10**7), rnd.randint(10**8, 10**9))
    out = b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        out += b"--" + b.encode() + b"\n"
        for k, v in ph:
            out += f"{k}: {v}\n".encode()
        out += b"\n" + pb + b"\n"
    out += b"--" + b.encode() + b"--\n"
    return [("Content-Type", f'multipart/{subtype}; boundary="{b}"{params}'), ("MIME-Version", "1.0")], out


def attachment(fname, ctype, data):
    return leaf(ctype + f'; name="{fname}"', data=data, cte="base64",
                extra=[("Content-Disposition", f'attachment; filename="{fname}"')])


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def msgid(kind, when):
    r = rnd.getrandbits(64)
    if kind == "outlook":
        return "<%012x$%08x$%08x@ventklimat-yug.ru>" % (r & 0xFFFFFFFFFFFF, rnd.getrandbits(32), rnd.getrandbits(32))
    if kind == "yandex":
        return "<%d%d@mail.yandex.ru>" % (rnd.randint(100000, 999999), int(when.timestamp()))
    if kind == "iphone":
        u = "%08X-%04X-%04X-%04X-%012X" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(48))
        return f"<{u}@ventklimat-yug.ru>"
    if kind == "bat":
        return "<%d.%s@ventklimat-yug.ru>" % (rnd.randint(10**8, 10**9), when.strftime("%Y%m%d%H%M%S"))
    if kind == "k9":
        return "<%x-%x@ventklimat-yug.ru>" % (rnd.getrandbits(40), rnd.getrandbits(24))
    return "<%s.%x@%s>" % (when.strftime("%Y%m%d%H%M%S"), rnd.getrandbits(40), kind)


CLIENT = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")],
    "owa": [("X-MS-Has-Attach", ""), ("Content-Language", "ru-RU")],
    "yandex": [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")],
    "iphone": [("X-Mailer", "iPhone Mail (21H16)")],
    "bat": [("X-Mailer", "The Bat! (v10.4.5) Professional")],
    "k9": [("User-Agent", "K-9 Mail for Android")],
}

LETTERS = []


def letter(when, frm, subject, body, label, client="yandex", charset="utf-8",
           subj_charset=None, reply_to_id=None, extra_headers=None, to=DISP,
           mid_kind=None):
    """body is (headers, bytes) tuple"""
    w = dt(when)
    mk = mid_kind or {"owa": "outlook"}.get(client, client)
    mid = msgid(mk, w)
    cs = subj_charset or {"outlook": "windows-1251", "bat": "koi8-r"}.get(client, charset)
    h = [
        ("From", addr(frm, cs)),
        ("To", addr(to, cs)),
        ("Subject", hdr(subject, cs)),
        ("Date", email.utils.format_datetime(w)),
        ("Message-ID", mid),
    ]
    if reply_to_id:
        h += [("In-Reply-To", reply_to_id), ("References", reply_to_id)]
    h += CLIENT.get(client, [])
    h += extra_headers or []
    bh, bb = body
    names = [k for k, _ in bh]
    if "MIME-Version" not in names:
        h.append(("MIME-Version", "1.0"))
    h += bh
    raw = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in h) + b"\n" + bb
    LETTERS.append((w, raw, label))


def dmid(when):
    """message-id of a dispatcher letter being replied to"""
    return "<%s.%x@zakazchik-omis.ru>" % (dt(when).strftime("%Y%m%d%H%M"), rnd.getrandbits(32))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def plain(text, charset="utf-8", cte="8bit"):
    return leaf("text/plain", text, charset, cte)


def oleg_plain(text):
    return plain(text + OLEG_SIG, "utf-8", "base64")


def oleg_alt(text):
    html = "<div>" + "</div><div>".join(
        (l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;")
        for l in text.split("\n")) + "</div>"
    html += "<div>&nbsp;</div><div>-- </div><div>Отправлено из мобильной Яндекс Почты</div>"
    return multipart("alternative", [plain(text + OLEG_SIG, "utf-8", "base64"),
                                     leaf("text/html", html, "utf-8", "base64")])


def outlook_html_from_text(text, charset="windows-1251"):
    paras = []
    for l in text.split("\n"):
        e = l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras.append(f"<p class=MsoNormal>{e or '&nbsp;'}<o:p></o:p></p>")
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            f"<meta http-equiv=Content-Type content=\"text/html; charset={charset}\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head>"
            "<body lang=RU link=\"#0563C1\"><div class=WordSection1>\n" + "\n".join(paras) +
            "\n</div></body></html>\n")


def outlook_alt(text, html=None, charset="windows-1251"):
    html = html or outlook_html_from_text(text, charset)
    return multipart("alternative", [plain(text, charset, "quoted-printable"),
                                     leaf("text/html", html, charset, "quoted-printable")])


def yq(when, who, text):
    """Yandex-style quote header + > lines"""
    w = dt(when)
    lines = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return f'{w.strftime("%d.%m.%Y, %H:%M")}, "{who[0]}" <{who[1]}>:\n{lines}'


def outlook_quote(when, frm, to, subject, text):
    w = dt(when)
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    ds = f"{w.day} {months[w.month-1]} {w.year} г. {w.hour}:{w.minute:02d}"
    return (f"От: {frm[0]} <{frm[1]}>\nОтправлено: {ds}\nКому: {to[0]} <{to[1]}>\n"
            f"Тема: {subject}\n\n{text}")


# =====================================================================
# 25014 — ТЦ «Южный парк», pos 1 ККБ на кровле, pos 2 VRF наружный блок
# =====================================================================
letter("2026-11-02 10:05", IRINA, "Заявка № 25014 — принята в работу", plain(f"""Добрый день!

Заявка № 25014 (ТЦ «Южный парк», ул. Уральская, 79/1) принята в работу.

• ответственный — бригадир Кравец Олег, +7 918 337-21-90;
• выезд бригады — 03.11, к 9:00–9:30;
• просьба обеспечить доступ на кровлю (ключи у инженера ТЦ).

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), D("25014", [], PR, "принята в работу; plan of departure is only a plan; phones/address/INN are noise"),
    client="outlook")

letter("2026-11-03 08:47", OLEG, "25014", oleg_plain("выехали на Уральскую, к 9.30 будем"),
       D("25014", [], VP, "bare number in subject; 'выехали на ...' = on the way"))

m = dmid("2026-11-03 08:52")
letter("2026-11-03 09:41", OLEG, "Re: 25014", oleg_plain(
    "На объекте. Начали с ККБ на кровле\n\n" + yq("2026-11-03 08:52", DISP,
    "Олег, принято. Сообщите по прибытии.\n\n" + DISP_SIG)),
    D("25014", [], NM, "on site; ККБ is equipment, no position number named"), reply_to_id=m)

letter("2026-11-03 13:20", IRINA, "25014 — промежуточный статус", outlook_alt(f"""Добрый день!

По заявке 25014 на 13:00:
• поз. 1 (ККБ на кровле) — заменено реле высокого давления, дозаправка R410A 1,2 кг; работы завершены, ККБ в работе;
• поз. 2 (наружный блок VRF Daikin RXYQ16U) — бригада на месте, ищут утечку; окончание ориентировочно 17:00–17:30.

{IRINA_SIG}
"""), R("different statuses for different positions in one letter (поз.1 finished, поз.2 still on site) — mixed case #1"),
    client="outlook")

letter("2026-11-03 13:05", IRINA, "Заявка 25037 принята", plain(f"""Добрый день!

Заявку № 25037 (БЦ «Кубань-Плаза», ул. Красная, 122) приняли.
• объём — ПВУ 2-го и 3-го этажей: шум, слабый приток;
• выезд — 05.11 с 9:00 (04.11 праздник, арендаторов в здании не будет);
• бригада Кравца.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), D("25037", [], PR, "accepted; Ирина sends news of two requests in separate letters the same hour; 'этажей' are not positions"),
    client="outlook")

letter("2026-11-03 17:30", DANIL, "25014", plain(
    "по 25014 вторую позицию доделали утечку нашли на вентиле запаяли фреон докачали уезжаем\n"),
    D("25014", ["2"], UB, "apprentice lowercase; 'вторую позицию доделали ... уезжаем' = pos 2 finished"),
    client="k9")

letter("2026-11-05 11:20", IRINA, "КП по заявке 25014 — замена компрессора ККБ", multipart("mixed", [
    plain(f"""Добрый день!

По результатам выезда по заявке 25014, поз. 1:
• компрессор Copeland ZR108KCE-TFD в ККБ работает на пределе (ток 19,8 А при номинале 17 А);
• рекомендуем плановую замену до начала сезона;
• стоимость — 186 400 руб. с НДС, поставка 10–12 рабочих дней.

КП № 214/11 во вложении. Прошу согласовать.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"),
    attachment("KP_214-11.pdf", "application/pdf", PDF)]),
    R("price / commercial proposal, no status report"), client="outlook")

# =====================================================================
# 25037 — БЦ «Кубань-Плаза», pos 1 ПВУ 2 эт (П1/В1), pos 2 ПВУ 3 эт (П2/В2)
# =====================================================================
letter("2026-11-05 09:20", OLEG, "25037", oleg_plain("Едем на Красную 122, минут 20. Пробки"),
       D("25037", [], VP, "on the way; 122 is a house number"))

letter("2026-11-05 13:30", OLEG, "25037 поз1", oleg_alt(
    "поз1 сделали. на П1 ремень поменяли, В1 почистили, всё крутится"),
    D("25037", ["1"], UB, "поз1 done; П1/В1 here are unit names inside position 1"))

letter("2026-11-05 16:45", OLEG, "Re: 25037 поз1", oleg_plain(
    "по поз 2 тоже всё, уехали. П2 — датчик темп. канала заменили\n\n" +
    yq("2026-11-05 13:41", DISP, "Принято.\n\n> поз1 сделали. на П1 ремень поменяли, В1 почистили, всё крутится")),
    D("25037", ["2"], UB, "subject names поз1 (old) but body reports поз 2 finished; П2 is a unit"),
    reply_to_id=dmid("2026-11-05 13:41"))

# =====================================================================
# 25089 — ресторан «Терраса», 1 pos (вытяжка горячего цеха)
# =====================================================================
m = dmid("2026-11-04 14:02")
letter("2026-11-04 14:40", IRINA, "Re: Заявка 25089 ресторан «Терраса»", plain(
    """Приняли, спасибо. Бригада будет 06.11 до обеда — раньше никак, все на выездах.

Ирина

Отправлено с iPhone

> 4 нояб. 2026 г., в 14:02, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
>
> Добрый день! Направляем заявку № 25089: ресторан «Терраса», Кубанская набережная, 37. Не работает вытяжка над горячим цехом. Просим принять в работу.
>
> Петренко Марина
> диспетчер ООО «ОМИС»
""", "utf-8", "quoted-printable"), D("25089", [], PR, "iPhone reply 'Приняли' under the dispatcher's request; date 06.11 is a plan"),
    client="iphone", reply_to_id=m)

letter("2026-11-06 11:10", DANIL, "25089", plain("выехли на 25089 ресторан терраса\n"),
       D("25089", [], VP, "apprentice, typo 'выехли' = выехали"), client="k9")

letter("2026-11-06 11:50", OLEG, "25098", oleg_plain("на месте. вытяжка горячего цеха, смотрим мотор"),
       R("25098 is not in the registry (probably a typo for 25089, but a dispatcher cannot be sure)"))

letter("2026-11-06 14:20", OLEG, "Re: 25089", multipart("mixed", [
    plain("Вытяжку сделали. Мотор АИР 80В4 сгорел, поставили новый 1,5 кВт 1500 об. Всё работает, уехали. Фото во влож." + OLEG_SIG, "utf-8", "base64"),
    attachment("IMG_20261106_141233.jpg", "image/jpeg", JPEG)]),
    D("25089", [], UB, "work done, left; motor model/power are noise; photo attached"))

letter("2026-11-09 10:00", IRINA, "RE: Акт по 25089", multipart("mixed", [
    plain(f"""Марина, добрый день.

Направляю акт выполненных работ № 1187 от 06.11.2026 и счёт № 1187 на 24 350,00 руб. по ресторану «Терраса». Прошу подписать и вернуть скан.

{IRINA_SIG}

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Monday, November 09, 2026 9:12 AM
To: Ирина Соколова <i.sokolova@ventklimat-yug.ru>
Subject: Акт по 25089

Ирина, добрый день. Пришлите, пожалуйста, акт по ресторану.

{DISP_SIG}
""", "windows-1251", "quoted-printable"),
    attachment("Akt_1187.pdf", "application/pdf", PDF)]),
    R("paperwork (act/invoice), no status; number only in quoted subject"), client="outlook",
    reply_to_id=dmid("2026-11-09 09:12"))

# =====================================================================
# 25126 — СОШ № 48, фанкойлы, 4 positions
# =====================================================================
letter("2026-11-05 09:15", IRINA, "Заявка № 25126 — принята", plain(f"""Добрый день!

Заявка № 25126 (МБОУ СОШ № 48, ул. Ставропольская, 210) принята в работу. Позиции:
• П1 — фанкойлы 1 этажа (столовая);
• П2 — фанкойлы 2 этажа;
• П3 — фанкойлы 3 этажа;
• П4 — фанкойлы 4 этажа и спортзал.

Работы — в субботу 07.11 (П1, П2) и 09.11 после уроков (П3, П4), чтобы не мешать учебному процессу.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), D("25126", ["1", "2", "3", "4"], PR,
    "accepted; Ирина's «• П1 —» bullets under 'Позиции:' are positions 1–4, i.e. all of them (= whole request); № 48 is the school"),
    client="outlook")

TABLE_HTML = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Доброе утро!<o:p></o:p></p>
<p class=MsoNormal>Заявка 25126, статус по позициям на 07.11, 08:40:<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>
<tr><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>
<tr><td>1</td><td>фанкойлы 1 эт. (столовая)</td><td>бригада на месте</td><td>08:35</td></tr>
<tr><td>2</td><td>фанкойлы 2 эт.</td><td>бригада на месте</td><td>08:35</td></tr>
<tr><td>3</td><td>фанкойлы 3 эт.</td><td>по графику 09.11</td><td>&#8212;</td></tr>
<tr><td>4</td><td>фанкойлы 4 эт., спортзал</td><td>по графику 09.11</td><td>&#8212;</td></tr>
</table>
<p class=MsoNormal>&nbsp;<o:p></o:p></p>
<p class=MsoNormal>С уважением,<br>Ирина Соколова<br>сервис-менеджер ООО «ВентКлимат-Юг»<br>тел. +7 (861) 203-45-17</p>
</div></body></html>
"""
TABLE_TXT = """Доброе утро!

Заявка 25126, статус по позициям на 07.11, 08:40:

Поз.  Объект                     Статус             Время
1     фанкойлы 1 эт. (столовая)  бригада на месте   08:35
2     фанкойлы 2 эт.             бригада на месте   08:35
3     фанкойлы 3 эт.             по графику 09.11   —
4     фанкойлы 4 эт., спортзал   по графику 09.11   —

С уважением,
Ирина Соколова
сервис-менеджер ООО «ВентКлимат-Юг»
тел. +7 (861) 203-45-17
"""
letter("2026-11-07 08:40", IRINA, "25126 — статус на 08:40", outlook_alt(TABLE_TXT, TABLE_HTML),
       D("25126", ["1", "2"], NM, "HTML table row per position: 1 and 2 on site, 3 and 4 only scheduled"),
       client="outlook")

letter("2026-11-07 15:00", DANIL, "25126", plain(
    "по 25126 1 и 2 позиция готово уезжаем всего 22 фанкойла промыли\n"), D("25126", ["1", "2"], UB,
    "positions 1 and 2 done; 22 is a count of fan coils"), client="k9")

letter("2026-11-09 13:40", OLEG, "25126 п3 п4 едем", oleg_plain("в школу едем, после уроков начнём"),
       D("25126", ["3", "4"], VP, "positions in subject as п3 п4; едем now"))

m = dmid("2026-11-09 13:44")
letter("2026-11-09 14:05", OLEG, "Re: 25126 п3 п4 едем", oleg_plain(
    "НА МЕСТЕ\n\n" + yq("2026-11-09 13:44", DISP, "Принято, ждём отметку о прибытии.")),
    D("25126", ["3", "4"], NM, "Re: subject still says 'едем' but body reports arrival (caps)"), reply_to_id=m)

letter("2026-11-09 19:05", IRINA, "Заявка 25126 - завершение работ (поз. 3, 4)", plain("""Добрый вечер!

Работы по поз. 3 и 4 завершены, бригада убыла с объекта в 18:40.
- промыты теплообменники 16 фанкойлов;
- заменены 2 дренажные помпы Sauermann SI-30;
- замечаний от завхоза нет, акт подписан (Петров А. В.).

Заявку 25126 можно закрывать.

--
С уважением, Ирина Соколова
ООО "ВентКлимат-Юг", +7 918 412-56-03
""", "koi8-r", "8bit"), D("25126", ["3", "4"], UB, "KOI8-R from home (The Bat!); noun 'завершение', убыла в 18:40"),
    client="bat")

# =====================================================================
# 25173 — склад «Агро-Терминал», pos 1 чиллер, pos 2 насосная группа
# =====================================================================
m = dmid("2026-11-06 10:05")
letter("2026-11-06 10:40", OLEG, "Re: Заявка 25173 склад", oleg_plain(
    "принял. завтра не сможем, в пн 10.11 будет бригада Гурова\n\n" + yq("2026-11-06 10:05", DISP,
    "Добрый день!\nНаправляем заявку № 25173: склад ООО «Агро-Терминал», ул. Бершанской, 351/3.\n"
    "Поз. 1 — чиллер Carrier 30RB-160 (авария по низкому давлению).\nПоз. 2 — насосная группа (течь).\n\n" + DISP_SIG)),
    D("25173", [], PR, "'принял' = accepted; positions only in the quoted request; 10.11 is a plan"), reply_to_id=m)

letter("2026-11-10 08:20", IRINA, "Выезды 10.11", plain(f"""Доброе утро!

По заявкам на сегодня:
• 25173 (склад на Бершанской) — бригада Гурова выехала в 8:05;
• 25208 (поликлиника № 3) — бригада Кравца выезжает в 8:30.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), R("two different requests in one letter"), client="outlook")

letter("2026-11-10 08:42", DANIL, "выехали", plain("мы выехали в поликлинику будем минут через 20\n"),
       R("no request number at all"), client="k9")

FW_TXT = f"""Пересылаю от Гурова.

Ирина

{outlook_quote("2026-11-10 09:01", ("Сергей Гуров", "s.gurov@ventklimat-yug.ru"), IRINA, "25173 склад",
"Ирина, мы на Бершанской с 8:55. Чиллер в аварии LP, давление всасывания 1,8 бар. Ищем утечку." + chr(10) + "С. Гуров")}
"""
letter("2026-11-10 09:05", IRINA, "FW: 25173 склад", outlook_alt(FW_TXT),
       D("25173", [], NM, "Outlook forward of the crew chief's message: on site since 8:55"), client="outlook")

# bounce
orig_mid = dmid("2026-11-10 09:19")
bounce_txt = """This is the mail system at host mx.ventklimat-yug.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<s.gurow@ventklimat-yug.ru>: host mx.ventklimat-yug.ru[local] said: 550 5.1.1
    <s.gurow@ventklimat-yug.ru>: Recipient address rejected: User unknown in
    virtual mailbox table
"""
ds_txt = f"""Reporting-MTA: dns; mx.ventklimat-yug.ru
X-Postfix-Queue-ID: 4Rk2Lq1XbWz9tD
Arrival-Date: Tue, 10 Nov 2026 09:19:42 +0300 (MSK)

Final-Recipient: rfc822; s.gurow@ventklimat-yug.ru
Original-Recipient: rfc822;s.gurow@ventklimat-yug.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown
"""
orig = ("From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n"
        "To: s.gurow@ventklimat-yug.ru\n"
        f"Subject: {hdr('Заявка 25173 — прошу сообщить время прибытия')}\n"
        "Date: Tue, 10 Nov 2026 09:19:40 +0300\n"
        f"Message-ID: {orig_mid}\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
        "Сергей, добрый день. Сообщите, пожалуйста, время прибытия по заявке 25173.\n\n" + DISP_SIG + "\n")
letter("2026-11-10 09:20", DAEMON, "Undelivered Mail Returned to Sender", multipart("report", [
    leaf("text/plain", bounce_txt, "us-ascii", "7bit", extra=[("Content-Description", "Notification")]),
    leaf("message/delivery-status", data=ds_txt.encode(), cte="7bit", extra=[("Content-Description", "Delivery report")]),
    leaf("message/rfc822", data=orig.encode("utf-8"), cte="8bit", extra=[("Content-Description", "Undelivered Message")]),
], params='; report-type=delivery-status'), I("delivery failure report (bounce) of the dispatcher's own message"),
    client=None, mid_kind="mx.ventklimat-yug.ru",
    extra_headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")])

m = dmid("2026-11-10 09:31")
letter("2026-11-10 09:45", OLEG, "Re: Заявка 25208 — уточнение", oleg_plain(
    "да уже на месте, в 9.10 приехали\n\n" + yq("2026-11-10 09:31", DISP,
    "Добрый день! Бригада по заявке 25208 выехала? Поликлиника звонит.\n\n" + DISP_SIG)),
    D("25208", [], NM, "answer to dispatcher's question: already on site"), reply_to_id=m)

letter("2026-11-10 12:00", DANIL, "25208", plain("25208 вторая позиция тоже все второй сплит в регистратуре\n"),
       R("request 25208 has only position 1; 'вторая позиция' does not exist"), client="k9")

m = dmid("2026-11-10 09:50")
letter("2026-11-10 13:20", OLEG, "Re: Re: Заявка 25208 — уточнение", oleg_alt(
    "Поликлиника всё. 3 сплита почистили, дренаж пробили, в регистратуре заправили. Уехали\n\n" +
    yq("2026-11-10 09:50", DISP, "Спасибо, Олег. Сообщите, как закончите.")),
    D("25208", [], UB, "number only in the Re: subject; 'всё ... уехали'"), reply_to_id=m)

letter("2026-11-10 16:30", IRINA, "25173 — итоги 10.11", outlook_alt(f"""Добрый день!

По заявке 25173:
• поз. 1 (чиллер Carrier 30RB-160) — утечка на вентиле Шрёдера устранена, вакуумирование, заправка R410A 14 кг; чиллер запущен, работает. Бригада уехала в 16:10.
• поз. 2 (насосная группа) — осмотр переносим на завтра, 11.11, ответственный Кравец О.

{IRINA_SIG}
"""), D("25173", ["1"], UB, "pos 1 finished and crew left; pos 2 only planned"), client="outlook")

letter("2026-11-10 17:40", OLEG, "25173 поз2", oleg_plain(
    "завтра к 10 на склад по насосам. пропуск на газель Х254КМ123 закажите плиз"),
    R("plan for tomorrow plus a request for a pass; car plate is noise"))

letter("2026-11-11 10:15", OLEG, "25173-2", oleg_plain("на месте, насосы смотрим. течь по торцевому на Grundfos TP 65-180"),
       D("25173", ["2"], NM, "position after a dash in subject; pump model is noise"))

letter("2026-11-11 12:00", OLEG, "25173 (2)", oleg_plain("Торцевое поменяли, течи нет. Освободились, едем на базу"),
       D("25173", ["2"], UB, "position in brackets; 'едем на базу' = travelling away from the site, not to it"))

# =====================================================================
# 25208 — поликлиника № 3, 1 pos (covered above)
# 25261 — гостиница «Морская», positions 01, 02, 03
# =====================================================================
letter("2026-11-10 12:30", IRINA, "Обращение 25261 — принято", plain(f"""Добрый день!

Обращение № 25261 (гостиница «Морская», ул. Бабушкина, 252) принято.
• выезд — 12.11 с 8:30 (11.11 бригада занята на складе);
• контакт: главный инженер гостиницы Мельник В. Н., +7 961 528-14-07.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), D("25261", [], PR, "'обращение' wording; accepted"), client="outlook")

letter("2026-11-12 08:30", OLEG, "25261 поз 01 и 02 выехали", oleg_plain("едем, будем в 9"),
       D("25261", ["01", "02"], VP, "positions and status in subject"))

m = dmid("2026-11-12 08:33")
letter("2026-11-12 09:10", OLEG, "Re: 25261 поз 01 и 02 выехали", oleg_plain(
    "на объекте с 9:05, гл инженер встретил\n\n" + yq("2026-11-12 08:33", DISP, "Принято.")),
    D("25261", ["01", "02"], NM, "Re: subject says выехали, body says on site"), reply_to_id=m)

letter("2026-11-12 15:00", DANIL, "25261", plain("по 25261 позиция 1 готово уезжаем 02 завтра доделаем\n"),
       D("25261", ["01"], UB, "'позиция 1' = registry position 01 finished; 02 only planned for tomorrow"), client="k9")

letter("2026-11-13 12:10", IRINA, "25261 — статус", plain(f"""Добрый день!

По заявке 25261:
• поз. 02 — работы завершены, бригада Кравца убыла в 11:50;
• поз. 03 — выехала бригада Гурова, прибытие около 12:40.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), R("different statuses for different positions (02 убыл, 03 в пути) — mixed case #2"),
    client="outlook")

letter("2026-11-13 17:10", IRINA, "Заявка 25261 закрыта", outlook_alt(f"""Добрый вечер!

Поз. 03 — работы завершены, бригада Гурова уехала с объекта в 16:55. По заявке 25261 выполнено всё, акт подпишем в понедельник.

{IRINA_SIG}
"""), D("25261", ["03"], UB, "'уехала с объекта' = left; only 03 named"), client="outlook")

# =====================================================================
# 25317 — банк, pos 1/2 кондиционеры серверной
# =====================================================================
OWA_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">
<p>Добрый день!</p>
<p>Заявку № 25317 принимаем в работу. Выезд 12.11 в первой половине дня.</p>
<ul>
<li>оборудование — настенно-потолочные блоки Mitsubishi Electric PKA-M71 (2 шт.);</li>
<li>для допуска в серверную сообщите, пожалуйста, контакт ответственного сотрудника банка.</li>
</ul>
<p>С уважением,<br>Ирина Соколова<br>сервис-менеджер ООО «ВентКлимат-Юг»<br>+7 (861) 203-45-17</p>
</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>
<b>Отправлено:</b> 11 ноября 2026 г. 15:04<br><b>Кому:</b> Ирина Соколова<br>
<b>Тема:</b> Заявка № 25317 (ПАО «Кубаньбанк», доп. офис)</div>
<blockquote>Добрый день! Заявка № 25317, доп. офис на ул. Рашпилевской, 106: серверная, не охлаждают кондиционеры (поз. 1, поз. 2).</blockquote>
</body></html>
"""
letter("2026-11-11 15:25", IRINA, "Re: Заявка № 25317 (ПАО «Кубаньбанк», доп. офис)",
       leaf("text/html", OWA_HTML, "utf-8", "quoted-printable"),
       D("25317", [], PR, "HTML-only (OWA); accepted; positions appear only in the quoted request"),
       client="owa", reply_to_id=dmid("2026-11-11 15:04"))

letter("2026-11-12 10:05", IRINA, "25317 — выезд", plain(f"""Добрый день!

Бригада Гурова выехала в банк (ул. Рашпилевская, 106) по заявке 25317, ориентировочно будут к 10:45.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), D("25317", [], VP, "выехала; address number 106 is noise"), client="outlook")

letter("2026-11-12 10:20", IRINA, "Заявка № 25344 принята в работу", outlook_alt(f"""Добрый день!

Заявка № 25344 (БЦ «Платан», ул. Гимназическая, 55) принята в работу.
Оборудование по заявке:
• П1 — приточная установка VTS Ventus VS-40-R-PH/T, подвал (не греет калорифер);
• В1, В2 — крышные вентиляторы Systemair DVS 355E4, кровля (вибрация);
• тепловая завеса Тепломаш КЭВ-18П4021E, главный вход (не включается).

Выезд — пятница 13.11 или понедельник 16.11, уточню до конца дня.

{IRINA_SIG}
"""), D("25344", [], PR, "accepted; П1/В1/В2 in the bullets are unit names under 'Оборудование', not positions"),
    client="outlook")

letter("2026-11-12 11:30", IRINA, "25317 — проблема с доступом", plain(f"""Добрый день!

Бригада по заявке 25317 на месте с 10:50, но охрана банка не пускает в серверную — нет согласованного списка.
• просим срочно связаться с ответственным со стороны банка;
• бригада ждёт в холле, состав: Гуров С. А., Ткаченко Р. И.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), D("25317", [], NM, "complaint, but it reports the crew is on site since 10:50"),
    client="outlook")

R8_TXT = "Спасибо! Передала бригаде.\n\nИрина\n\n" + outlook_quote(
    "2026-11-12 11:48", DISP, IRINA, "RE: 25317 — проблема с доступом",
    "Ирина, добрый день. Служба безопасности банка согласовала допуск, фамилии бригады внесены в список.\n\n" + DISP_SIG)
letter("2026-11-12 11:55", IRINA, "RE: 25317 — проблема с доступом", outlook_alt(R8_TXT),
       R("thanks/acknowledgement of the dispatcher's message; reports nothing new"), client="outlook",
       reply_to_id=dmid("2026-11-12 11:48"))

letter("2026-11-12 15:40", IRINA, "25317 — работы завершены", outlook_alt(f"""Добрый день!

По заявке 25317 работы выполнены, бригада уехала в 15:20:
• поз. 1 — Mitsubishi Electric PKA-M71: чистка, дозаправка R410A 0,6 кг, заменён датчик ТН2;
• поз. 2 — Mitsubishi Electric PKA-M71: чистка, промывка дренажа.

Рекомендуем контроллер ротации для серверной — КП направим отдельно.

{IRINA_SIG}
"""), D("25317", ["1", "2"], UB, "both positions finished, crew left"), client="outlook")

# =====================================================================
# 25344 — БЦ «Платан»: pos 1 приточная П1 (подвал), 2 крышные В1/В2, 3 завеса
# =====================================================================
letter("2026-11-13 16:00", OLEG, "25344", oleg_plain(
    "Ирина сказала в пн едем на Платан. кто ключи от кровли даст? телефон инженера скиньте"),
    R("question + plan for Monday, no status"))

m = dmid("2026-11-13 16:12")
letter("2026-11-16 08:30", OLEG, "Re: 25344", oleg_plain(
    "спасибо, едем. будем через полчаса\n\n" + yq("2026-11-13 16:12", DISP,
    "Инженер БЦ — Аракелян Гарик, +7 988 241-77-30, ключи от кровли у него.")),
    D("25344", [], VP, "thanks + 'едем, будем через полчаса' = on the way"), reply_to_id=m)

letter("2026-11-16 12:40", OLEG, "Fwd: 25344 завеса", oleg_plain(
    "дане сказал вам писать, а он мне шлёт. вот\n\n"
    "-------- Пересылаемое сообщение --------\n"
    "16.11.2026, 12:35, \"Данил Шевченко\" <d.shevchenko@ventklimat-yug.ru>:\n\n"
    "25344 поз 3 завесу починили тэн и термостат поменяли\n\n"
    "-------- Конец пересылаемого сообщения --------"),
    D("25344", ["3"], UB, "Yandex forward of the apprentice's report: поз 3 repaired"))

letter("2026-11-16 17:20", OLEG, "25344", oleg_alt(
    "поз 1 и 2 готово, все уехали. на П1 калорифер - ТЭНы 3 шт заменил, В1 В2 виброопоры поменяли"),
    D("25344", ["1", "2"], UB, "поз 1 и 2 done; П1/В1/В2 are unit names"))

# =====================================================================
# 25402 — магазин «Дом быта», ул. Ставропольская 107, 1 pos
# =====================================================================
letter("2026-11-17 08:20", DANIL, "25402", plain("25402 еще не выехали ждем газель она на мойке\n"),
       R("negation: not yet departed"), client="k9")

letter("2026-11-17 08:35", IRINA, "Автоматический ответ: Заявка 25402 — уточнение адреса", plain(
    """Здравствуйте!

17.11 я на обучении и на почту не отвечаю. По срочным вопросам: бригадир Кравец Олег, +7 918 337-21-90, офис +7 (861) 203-45-17.

Ирина Соколова
""", "windows-1251", "quoted-printable"), I("Outlook out-of-office auto-reply"), client="outlook",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    reply_to_id=dmid("2026-11-17 08:34"))

letter("2026-11-17 09:05", OLEG, "Ставропольская 107 (25402)", oleg_plain("выехали на Ставропольскую. минут 25"),
       D("25402", [], VP, "number in brackets after an address; 'выехали на' = towards the site"))

m = dmid("2026-11-17 09:08")
letter("2026-11-17 09:35", OLEG, "Re: Ставропольская 107 (25402)", oleg_plain(
    "Нa мecтe\n\n" + yq("2026-11-17 09:08", DISP, "Ок")),
    D("25402", [], NM, "'на месте' typed with Latin a/c/e look-alikes"), reply_to_id=m)

letter("2026-11-17 11:00", OLEG, "Ставропольская 107 (25402)", oleg_plain(
    "со Ставропольской выехали, сплит Haier в торговом зале работает, дренаж переделали. едем на базу"),
    D("25402", [], UB, "'выехали СО Ставропольской' = left the site (preposition)"))

# =====================================================================
# 25455 — фитнес-клуб «Атлант»: pos 1 вентиляция зала, pos 2 осушитель бассейна
# =====================================================================
rr_txt = """Ваше сообщение

  Кому: Ирина Соколова
  Тема: Заявка 25455 — фитнес-клуб «Атлант»
  Отправлено: 17.11.2026 9:12

было прочитано 18.11.2026 8:10.
"""
mdn = """Reporting-UA: ventklimat-yug.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;i.sokolova@ventklimat-yug.ru
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % dmid("2026-11-17 09:12")
letter("2026-11-18 08:10", IRINA, "Прочитано: Заявка 25455 — фитнес-клуб «Атлант»", multipart("report", [
    plain(rr_txt, "windows-1251", "quoted-printable"),
    leaf("message/disposition-notification", data=mdn.encode(), cte="7bit")],
    params='; report-type=disposition-notification'), I("read receipt (MDN)"), client="outlook",
    subj_charset="windows-1251")

letter("2026-11-18 09:00", OLEG, "Заявка 25455", oleg_plain("выезжаем в Атлант, минут 40 ехать через Тургеневский мост"),
       D("25455", [], VP, "выезжаем = leaving now, on the way"))

letter("2026-11-18 13:10", OLEG, "25455 поз.1", oleg_plain(
    "поз.1 сделали. приточку П4 перезапустили, на вытяжке В4 ремень поменяли SPA-1180, щит опломбировали, пломба №25493. Уехали"),
    D("25455", ["1"], UB, "поз.1 done; П4/В4 are unit names (request has no position 4); seal №25493 is not a request"))

letter("2026-11-19 10:00", DANIL, "25455", plain("25455 вторая позиция едем осушитель бассейна\n"),
       D("25455", ["2"], VP, "вторая позиция, едем"), client="k9")

m = dmid("2026-11-19 10:03")
letter("2026-11-19 12:30", DANIL, "Re: 25455", plain(
    "> Данил, по прибытии отпишитесь, пожалуйста.\n> Диспетчерская ОМИС\n\n"
    "по второй приехали в 10 40 осушитель dantherm cdp 165 почистили фильтр поменяли все работает уехали в 12 20\n"),
    D("25455", ["2"], UB, "reply written under the quote; arrival and departure both done -> latest = убыл"),
    client="k9", reply_to_id=m)

# =====================================================================
# 25518 — завод «КубаньМолоко»: pos 1 цех приёмки, 2 цех розлива, 3 лаборатория
# =====================================================================
letter("2026-11-19 08:03", SERVICE, "[#25877] Автоответ: Наряд 25518 КубаньМолоко", plain(
    """Это автоматическое сообщение, отвечать на него не нужно.

Ваше письмо получено и зарегистрировано в сервисной службе ООО «ВентКлимат-Юг» под номером #25877.
Менеджер свяжется с вами в течение 30 минут в рабочее время (пн–пт 8:00–18:00).

Телефон сервисной службы: +7 (861) 203-45-17
""", "utf-8", "base64"), I("helpdesk auto-acknowledgement; #25877 is their ticket number"), client=None,
    mid_kind="helpdesk.ventklimat-yug.ru",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"), ("X-Mailer", "HelpDeskEddy")])

m = dmid("2026-11-19 08:02")
letter("2026-11-19 08:40", OLEG, "Re: Наряд 25518 КубаньМолоко", oleg_plain(
    "принял. на завод в пт, Ирина подтвердит\n\n" + yq("2026-11-19 08:02", DISP,
    "Наряд № 25518, ООО «КубаньМолоко», ул. Тихорецкая, 5.\n"
    "Поз. 1 — вентиляция цеха приёмки молока.\nПоз. 2 — вентиляция цеха розлива.\n"
    "Поз. 3 — кондиционирование лаборатории.\nКонтакт: гл. механик Лысенко П. И., +7 918 090-33-12.")),
    D("25518", [], PR, "'наряд'; принял; Friday is a plan"), reply_to_id=m)

letter("2026-11-20 08:30", IRINA, "25518 — выезд", plain(f"""Доброе утро!

Бригада Кравца выехала на КубаньМолоко (ул. Тихорецкая, 5) по наряду 25518.
• сегодня — поз. 1 и 2;
• поз. 3 (лаборатория) — в понедельник, 23.11.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), D("25518", ["1", "2"], VP, "crew departed for positions 1 and 2; 3 is only planned"),
    client="outlook")

ICS = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Ирина Соколова:mailto:i.sokolova@ventklimat-yug.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: график сезонного ТО на декабрь
DTSTART;TZID=Russian Standard Time:20261125T110000
DTEND;TZID=Russian Standard Time:20261125T120000
UID:040000008200E00074C5B7101A82E00800000000B0C4D2E1A3C8DC01000000000000000010000000
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:Microsoft Teams
DTSTAMP:20261120T071200Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
letter("2026-11-20 10:12", IRINA, "Принято: Совещание: график сезонного ТО на декабрь", multipart("alternative", [
    plain("\n", "utf-8", "7bit"),
    leaf('text/calendar; charset="utf-8"; method=REPLY', data=ICS.encode("utf-8"), cte="base64")]),
    I("calendar meeting response generated by Outlook"), client="outlook",
    extra_headers=[("Content-Class", "urn:content-classes:calendarmessage")])

letter("2026-11-20 16:20", IRINA, "25518 поз. 2 — завершено", outlook_alt(f"""Добрый день!

По наряду 25518, позиция 2 (вентиляция цеха розлива) — работы завершены, бригада ушла из цеха в 16:10:
• П1 — заменён ремень SPA-1250, отрегулировано натяжение;
• В1 — очищено рабочее колесо, балансировка;
• В2 — заменены подшипники 6205-2RS (2 шт.).

По позиции 1 — отдельным письмом.

{IRINA_SIG}
"""), D("25518", ["2"], UB, "position 2 explicit; bullets П1/В1/В2 are units of the bottling shop, NOT positions 1"),
    client="outlook")

letter("2026-11-20 16:35", IRINA, "25518 поз. 1 — завершено", plain(f"""Добрый день!

Позиция 1 наряда 25518 (вентиляция цеха приёмки) — тоже готово, бригада освободилась и уехала с завода в 16:25.
• П2 — замена фильтров G4/F7;
• В3 — замена двигателя АИР 90L4, 2,2 кВт.

{IRINA_SIG}
""", "windows-1251", "quoted-printable"), D("25518", ["1"], UB,
    "second letter the same hour; 'бригада освободилась и уехала'; П2/В3 are units, not positions"),
    client="outlook")

letter("2026-11-23 08:16", IRINA, "Fwd: 25518-3", plain("""Начало переадресованного письма:

От: Олег Кравец <oleg.kravets93@yandex.ru>
Дата: 23 ноября 2026 г. в 08:14:50 GMT+3
Кому: Ирина Соколова <i.sokolova@ventklimat-yug.ru>
Тема: 25518-3

в пути, к 9 на Тихорецкой

--
Отправлено из мобильной Яндекс Почты

Отправлено с iPhone
""", "utf-8", "quoted-printable"), D("25518", ["3"], VP, "iPhone forward of the crew chief's message; position after dash in forwarded subject"),
    client="iphone")

letter("2026-11-23 13:00", DANIL, "25518", plain("25518 3 поз готово сплиты в лаборатории работают уех\u0061ли\n"),
       D("25518", ["3"], UB, "'3 поз готово ... уехали' (Latin a inside уехaли)"), client="k9")

# =====================================================================
# 25590 — аптека «Здоровье+», 1 pos
# =====================================================================
letter("2026-11-23 10:20", IRINA, "Re: Заявка 25590 аптека", plain("""Здравствуйте, Марина.

МП> Направляем заявку N 25590: аптека \"Здоровье+\", ул. Московская, 64.
МП> Не охлаждает кондиционер в торговом зале. Просим принять.

Приняли, бригада будет завтра, 24.11, с утра.

--
С уважением, Ирина Соколова
ООО "ВентКлимат-Юг", +7 918 412-56-03
""", "koi8-r", "8bit"), D("25590", [], PR, "The Bat! KOI8-R, initials-prefixed quote (МП>); new text: 'Приняли'"),
    client="bat", reply_to_id=dmid("2026-11-23 10:04"))

letter("2026-11-24 09:40", OLEG, "25590", oleg_plain("в аптеку еду, буду минут через 15"),
       D("25590", [], VP, "'буду через 15 минут' = on the way"))

m = dmid("2026-11-24 11:52")
letter("2026-11-24 12:00", OLEG, "Re: 25590", oleg_plain(
    "Да, закончили в 11:40, уехал. Акт подписали у заведующей\n\n" + yq("2026-11-24 11:52", DISP,
    "Олег, по аптеке закрыто? Заведующая спрашивает про акт.")),
    D("25590", [], UB, "answers the dispatcher: finished and left"), reply_to_id=m)

# newsletter
NEWS_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>ВентКлимат-Юг</title></head>
<body style="margin:0;background:#f2f5f8"><table width="600" align="center" cellpadding="16" style="background:#ffffff;font-family:Arial">
<tr><td><h2 style="color:#0b5394">Готовим системы к зиме</h2>
<p>Уважаемые партнёры! До 15 декабря — скидка 10% на сезонное ТО приточных установок, чиллеров и ККБ.</p>
<ul><li>проверка калориферов и защиты от замораживания;</li><li>замена фильтров G4/F7;</li><li>перевод ККБ и VRF в зимний режим.</li></ul>
<p>Оставить заявку: +7 (861) 203-45-17, service@ventklimat-yug.ru</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, потому что являетесь клиентом ООО «ВентКлимат-Юг». <a href="https://ventklimat-yug.ru/unsubscribe?u=7f3a9c">Отписаться</a></p>
</td></tr></table></body></html>
"""
letter("2026-11-25 10:00", NEWS, "Готовим вентиляцию к зиме: −10% на сезонное ТО до 15 декабря", multipart("alternative", [
    plain("Готовим системы к зиме\n\nДо 15 декабря — скидка 10% на сезонное ТО приточных установок, чиллеров и ККБ.\n"
          "Оставить заявку: +7 (861) 203-45-17\n\nОтписаться: https://ventklimat-yug.ru/unsubscribe?u=7f3a9c\n", "utf-8", "quoted-printable"),
    leaf("text/html", NEWS_HTML, "utf-8", "quoted-printable")]),
    I("marketing mailing list (Precedence: bulk, List-Unsubscribe)"), client=None, mid_kind="mailer.ventklimat-yug.ru",
    extra_headers=[("Precedence", "bulk"), ("List-Id", "<news.ventklimat-yug.ru>"),
                   ("List-Unsubscribe", "<mailto:unsubscribe@ventklimat-yug.ru?subject=unsub-7f3a9c>, <https://ventklimat-yug.ru/unsubscribe?u=7f3a9c>"),
                   ("X-Mailer", "Sendsay")])

# =====================================================================
# write
# =====================================================================
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
LETTERS.sort(key=lambda x: x[0])
labels = {}
for i, (w, raw, label) in enumerate(LETTERS, 1):
    name = "%03d.eml" % i
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(raw)
    labels[name] = label
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ООО «ВентКлимат-Юг»",
        "emails": [IRINA[1], OLEG[1], DANIL[1], SERVICE[1], NEWS[1], DAEMON[1]],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "25014", "positions": ["1", "2"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "ТЦ «Южный парк», ул. Уральская 79/1: 1 — ККБ на кровле; 2 — наружный блок VRF"},
        {"number": "25037", "positions": ["1", "2"], "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "БЦ «Кубань-Плаза», ул. Красная 122: 1 — ПВУ 2 эт. (П1/В1); 2 — ПВУ 3 эт. (П2/В2)"},
        {"number": "25089", "positions": ["1"], "registered_at": "2026-11-04T14:00:00+03:00",
         "comment": "ресторан «Терраса»: вытяжка горячего цеха"},
        {"number": "25126", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "СОШ № 48: фанкойлы по этажам 1–4"},
        {"number": "25173", "positions": ["1", "2"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "склад «Агро-Терминал»: 1 — чиллер Carrier 30RB-160; 2 — насосная группа"},
        {"number": "25208", "positions": ["1"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "поликлиника № 3: сплит-системы"},
        {"number": "25261", "positions": ["01", "02", "03"], "registered_at": "2026-11-10T12:00:00+03:00",
         "comment": "гостиница «Морская»: 01–03 — крылья/этажи, фанкойлы номеров"},
        {"number": "25317", "positions": ["1", "2"], "registered_at": "2026-11-11T15:00:00+03:00",
         "comment": "банк, доп. офис: кондиционеры серверной 1 и 2"},
        {"number": "25344", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "БЦ «Платан»: 1 — приточная П1 (подвал); 2 — крышные В1/В2; 3 — тепловая завеса"},
        {"number": "25402", "positions": ["1"], "registered_at": "2026-11-16T10:00:00+03:00",
         "comment": "магазин «Дом быта», ул. Ставропольская 107: сплит торгового зала"},
        {"number": "25455", "positions": ["1", "2"], "registered_at": "2026-11-17T09:00:00+03:00",
         "comment": "фитнес-клуб «Атлант»: 1 — вентиляция зала (П4/В4); 2 — осушитель бассейна"},
        {"number": "25518", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T08:00:00+03:00",
         "comment": "завод «КубаньМолоко»: 1 — цех приёмки; 2 — цех розлива; 3 — лаборатория"},
        {"number": "25590", "positions": ["1"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "аптека «Здоровье+»: кондиционер торгового зала"},
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)

from collections import Counter
c = Counter(l["expect"] for l in labels.values())
s = Counter(l.get("status") for l in labels.values() if l["expect"] == "decided")
print(len(labels), dict(c), dict(s))
