# -*- coding: utf-8 -*-
"""Generator for HP persona letters (ООО «АкваЛад-Монтаж», бухгалтер Семёнова Г.В.)."""
import base64, quopri, json, os, hashlib
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
DOM = "akvalad-montazh.ru"
SEM = "semenova@" + DOM
BUH = "buh@" + DOM
OFF = "office@" + DOM
NEWS = "news@" + DOM
DAEMON = "MAILER-DAEMON@" + DOM
DISP = "dispatch@zakazchik-omis.ru"
SEM_NAME = "Семёнова Галина Викторовна"

REGISTRY = {
  "contractor": {"name": "ООО «АкваЛад-Монтаж»",
                 "emails": [SEM, BUH, OFF, NEWS, DAEMON],
                 "domains": [DOM]},
  "requests": [
    {"number": "489017", "positions": ["1", "2"], "registered_at": "2026-11-02T09:10:00+03:00",
     "comment": "ул. Коммунаров, 118: п.1 — замена стояка ХВС (кв. 5–41), п.2 — кв. 33, замена полотенцесушителя"},
    {"number": "489103", "positions": ["1"], "registered_at": "2026-11-03T11:40:00+03:00",
     "comment": "пр. Энгельса, 27, кв. 118 — течь под ванной, топит соседей снизу"},
    {"number": "489256", "positions": ["1", "2", "3"], "registered_at": "2026-11-04T08:30:00+03:00",
     "comment": "ул. Садовая, 12: канализация, п.1 — лежак в подвале, п.2 — стояк кв. 7, п.3 — стояк кв. 11"},
    {"number": "489311", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:05:00+03:00",
     "comment": "ул. Промышленная, 4, корп. 2 — замена стояков ГВС, стояки 1–4 (позиции 1–4)"},
    {"number": "489402", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
     "comment": "Новоизмайловский пр., 16: п.1 — кв. 54 засор канализации, п.2 — кв. 58 замена сифона"},
    {"number": "489477", "positions": ["1"], "registered_at": "2026-11-10T14:20:00+03:00",
     "comment": "ул. Ивановская, 20, ИТП — замена задвижки Ду80 на подаче"},
    {"number": "489538", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T08:45:00+03:00",
     "comment": "Дачный пр., 9: стояки ХВС/ГВС, п.1 — кв. 12, п.2 — кв. 16, п.3 — кв. 20"},
    {"number": "489604", "positions": ["1", "2"], "registered_at": "2026-11-13T12:10:00+03:00",
     "comment": "ул. Ленская, 3: п.1 — стояк отопления кв. 40–88, п.2 — кв. 64, замена крана"},
    {"number": "489689", "positions": ["1"], "registered_at": "2026-11-16T09:30:00+03:00",
     "comment": "Гражданский пр., 111, кв. 9 — замена водосчётчиков ХВС/ГВС"},
    {"number": "489745", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-17T08:15:00+03:00",
     "comment": "Витебский пр., 41: замена стояков канализации, п.1 — кв. 3, п.2 — кв. 7, п.3 — кв. 11, п.4 — кв. 15"},
    {"number": "489820", "positions": ["1", "2"], "registered_at": "2026-11-19T10:00:00+03:00",
     "comment": "ул. Бутлерова, 40: п.1 — кв. 77 аварийная течь стояка ХВС, п.2 — кв. 81 перекладка подводки"},
    {"number": "489963", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T09:05:00+03:00",
     "comment": "пр. Науки, 19, корп. 2: стояки ГВС, п.1 — стояк 1, п.2 — стояк 2, п.3 — стояк 3"},
  ]}

SIG_FULL = """С уважением,
Семёнова Галина Викторовна
главный бухгалтер / офис-менеджер
ООО «АкваЛад-Монтаж»
ИНН 7816594032 / КПП 781601001
ОГРН 1187847265310
р/с 40702810732000015479 в Филиале «Санкт-Петербургский» АО «Альфа-Банк»
к/с 30101810600000000786, БИК 044030786
192241, г. Санкт-Петербург, Южное шоссе, д. 37, корп. 4, лит. А, пом. 12-Н
тел. +7 (812) 649-02-17, моб. +7 (921) 489-56-03
semenova@akvalad-montazh.ru"""

SIG_MID = """С уважением,
Г.В. Семёнова
ООО «АкваЛад-Монтаж», ИНН 7816594032, КПП 781601001
тел. +7 (812) 649-02-17"""

SIG_MOB = """--
Семёнова Г.В., ООО «АкваЛад-Монтаж»
Отправлено с мобильного"""

SIG_BUH = """С уважением,
Бухгалтерия ООО «АкваЛад-Монтаж»
Семёнова Г.В.
ИНН/КПП 7816594032/781601001, ОГРН 1187847265310
р/с 40702810732000015479, БИК 044030786
тел. +7 (812) 649-02-17 (доб. 2)"""

DISP_SIG = "Дробышева О.В., диспетчер ОМИС\nтел. +7 (812) 333-41-00"


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def outlook_block(frm, sent, to, subj, text, en=False):
    if en:
        h = f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}"
    else:
        h = f"От: {frm}\nОтправлено: {sent}\nКому: {to}\nТема: {subj}"
    return "\n-----Original Message-----\n" + h + "\n\n" + text if en else \
        "\n________________________________\n" + h + "\n\n" + text


def fit(text, charset):
    """What a real client would do when the chosen charset lacks a character."""
    if charset.lower() == "utf-8":
        return text
    rep = {"²": "2", "🎉": ""}
    if charset.lower() == "koi8-r":
        rep.update({"«": '"', "»": '"', "—": "-", "–": "-", "№": "N"})
    for a, b in rep.items():
        text = text.replace(a, b)
    return text


def enc_body(text, charset, cte):
    raw = fit(text, charset).replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw  # 8bit


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    hdr = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return hdr.encode("ascii") + b"\n" + _b(enc_body(text, charset, cte))


def _b(x):
    return x if isinstance(x, bytes) else x.encode("ascii")


def multipart(sub, parts, boundary, extra=""):
    out = f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"{extra}\n\n".encode("ascii")
    out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p + b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def enc_hdr(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(fit(s, charset), charset).encode()


def headers(L, n):
    cs = L.get("hcs", L.get("charset", "utf-8"))
    frm = L.get("from", SEM)
    name = L.get("from_name", SEM_NAME)
    lines = []
    lines.append("From: " + (formataddr((fit(name, cs), frm), charset=cs) if name else frm))
    lines.append("To: " + formataddr(("Диспетчерская ОМИС", DISP), charset=cs))
    if L.get("cc"):
        lines.append("Cc: " + L["cc"])
    lines.append("Subject: " + enc_hdr(L["subj"], cs))
    lines.append("Date: " + L["date"])
    h = hashlib.md5((L["date"] + L["subj"] + str(n)).encode()).hexdigest()
    lines.append(f"Message-ID: <{h[:12]}.{h[12:20]}@{L.get('mid_dom', 'mail.' + DOM)}>")
    if L.get("irt"):
        lines.append("In-Reply-To: " + L["irt"])
    lines.append("MIME-Version: 1.0")
    for k, v in L.get("xh", []):
        lines.append(f"{k}: {v}")
    lines.append("X-Mailer: " + L.get("mailer", "Microsoft Outlook 16.0"))
    return ("\n".join(lines) + "\n").encode("ascii")


def html_wrap(inner, charset="utf-8"):
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head>"
            f"<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n{inner}\n</body></html>")


def text2html(t):
    import html
    return "<br>\n".join(html.escape(x) for x in t.split("\n"))


def build(L, n):
    kind = L.get("kind", "plain")
    cs = L.get("charset", "utf-8")
    cte = L.get("cte", "quoted-printable")
    if kind == "plain":
        body = leaf("text/plain", L["body"], cs, cte)
    elif kind == "html":
        body = leaf("text/html", html_wrap(L["html"], cs), cs, cte)
    elif kind == "alt":
        html = L.get("html") or text2html(L["body"])
        body = multipart("alternative", [leaf("text/plain", L["body"], cs, cte),
                                          leaf("text/html", html_wrap(html, cs), cs, cte)],
                         "----=_NextPart_%03d_0A1B_01DB" % n)
    elif kind == "raw":
        body = L["raw"]
    return headers(L, n) + body


# --------------------------------------------------------------------------------------------
D = "Дробышева Ольга <dispatch@zakazchik-omis.ru>"
letters = []


def add(label, **L):
    L["label"] = label
    letters.append(L)


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}

PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ===================== 489017 =====================
add(dec("489017", [], PR, "accepted, whole request; crew plan for tomorrow is only a plan"),
    date="Mon, 02 Nov 2026 10:25:13 +0300", subj="Заявка № 489017 — принята",
    body=f"""Добрый день, Ольга Васильевна!

Заявку № 489017 (ул. Коммунаров, д. 118) приняли в работу. Договор-заявку с нашей стороны подписала, скан направлю отдельным письмом вместе с доверенностью на бригадира.
Бригада Куликова С.А. выйдет на объект завтра с утра.

{SIG_FULL}""")

add(dec("489017", ["1"], VP, "crew left for site on pos 1, ETA 9:30; pos 2 only planned; quoted own previous letter"),
    date="Tue, 03 Nov 2026 08:50:40 +0300", subj="Re: Заявка № 489017 — принята", cte="base64",
    body=f"""Доброе утро!

Бригада выехала на Коммунаров по позиции 1 (стояк ХВС), будут ориентировочно к 9:30. Прошу предупредить управдома, чтобы открыли подвал.
Полотенцесушитель в кв. 33 (поз. 2) сделаем на следующей неделе, с жильцом договариваемся о времени.

{SIG_MID}

02.11.2026 10:25, Семёнова Галина Викторовна пишет:
{gt("Добрый день, Ольга Васильевна!" + chr(10) + chr(10) + "Заявку № 489017 (ул. Коммунаров, д. 118) приняли в работу. Договор-заявку с нашей стороны подписала, скан направлю отдельным письмом." + chr(10) + "Бригада Куликова С.А. выйдет на объект завтра с утра.")}""")

add(dec("489017", ["1"], UB, "forwarded foreman message: riser replaced, left at 16:15"),
    date="Tue, 03 Nov 2026 16:40:02 +0300", subj="Fwd: 489017 Коммунаров", mailer="Mail.ru Mailer 1.0",
    body=f"""Ольга Васильевна, пересылаю сообщение бригадира для сведения.

{SIG_MID}

-------- Пересылаемое сообщение --------
От кого: Сергей Куликов <kulikov.sergey77@mail.ru>
Кому: semenova@akvalad-montazh.ru
Дата: Вторник, 3 ноября 2026, 16:22 +03:00
Тема: 489017 Коммунаров

Галина Викторовна, по 489017 стояк поменяли, п.1 закрыли. Воду дали, по квартирам прошли, сухо. В 16:15 уехали.
Куликов
-------- Конец пересылаемого сообщения --------""")

add(dec("489017", ["2"], NM, "fitters are in apt 33 (pos 2) now"),
    date="Mon, 09 Nov 2026 10:02:55 +0300", subj="Коммунаров 118 (489017), кв. 33", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, добрый день.

Информирую: монтажники находятся у жильца в кв. 33 по второй позиции, демонтировали старый полотенцесушитель, ставят новый (Terminus М-образный 500х600). Жилец дома.

{SIG_FULL}""")

add(dec("489017", ["2"], UB, "act letter: second position finished yesterday"),
    date="Tue, 10 Nov 2026 11:05:31 +0300", subj="Акт по заявке 489017", charset="windows-1251", cte="base64",
    body=f"""Добрый день!

Направляю акт выполненных работ № 318 от 10.11.2026 по заявке 489017.
Вторую позицию (полотенцесушитель, кв. 33) монтажники закончили вчера около 15 часов и уехали, жилец претензий не имеет, подпись в листе приёмки есть.
Прошу подписать акт и вернуть один экземпляр на наш адрес либо передать с водителем.

{SIG_FULL}""")

add(rev("thanks/ack for signed act, documents talk, no status"),
    date="Thu, 12 Nov 2026 09:14:08 +0300", subj="Re: Акт по заявке 489017", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, спасибо, подписанный скан акта получили.
Оригиналы передадим с водителем в пятницу, он же заберёт ваш экземпляр договора № 27/26-СТ с допсоглашением.

{SIG_MID}
{outlook_block(D, "12 ноября 2026 г. 8:47", SEM, "RE: Акт по заявке 489017", "Галина Викторовна, акт подписан, скан во вложении." + chr(10) + DISP_SIG)}""")

# ===================== 489103 =====================
add(dec("489103", [], PR, "short acceptance, only a promise to report departure later"),
    date="Tue, 03 Nov 2026 12:05:44 +0300", subj="489103 течь кв.118", charset="windows-1251", cte="base64",
    body=f"""Получили, принимаем. Сантехник освободится после обеда, отпишусь, когда поедет.

{SIG_MID}""")

add(dec("489103", [], VP, "plumber left, ETA 14:50; Outlook quote below"),
    date="Tue, 03 Nov 2026 14:10:19 +0300", subj="RE: 489103 течь кв.118", charset="windows-1251", cte="quoted-printable",
    body=f"""Сантехник Ахмедов Р. выехал, ориентировочно будет на Энгельса в 14:50. Телефон для связи с ним +7 (921) 334-08-17.

{SIG_MID}
{outlook_block("Семёнова Галина Викторовна", "3 ноября 2026 г. 12:05", "Диспетчерская ОМИС", "489103 течь кв.118", "Получили, принимаем. Сантехник освободится после обеда, отпишусь, когда поедет.")}""")

add(dec("489103", [], UB, "leak fixed, plumber left 17:45; number only in subject"),
    date="Tue, 03 Nov 2026 18:30:51 +0300", subj="RE: RE: 489103 течь кв.118", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, течь устранили: заменили гофру и прокладки на сифоне ванной, под ванной сухо, соседей снизу больше не топит. Мастер ушёл с адреса в 17:45.
Счёт выставлю завтра.

{SIG_MID}""")

add(rev("invoice for payment, price/contract talk only"),
    date="Wed, 04 Nov 2026 10:40:00 +0300", subj="Счёт № 1152 от 04.11.2026 по заявке 489103", from_=None,
    frm_override=BUH, charset="windows-1251", cte="base64",
    body=f"""Добрый день!

Во вложении счёт на оплату № 1152 от 04.11.2026 по заявке 489103 (пр. Энгельса, 27, кв. 118).
Сумма 4 850,00 руб., НДС не облагается (УСН).
Прошу оплатить в течение 5 банковских дней согласно п. 4.2 договора № 27/26-СТ от 15.01.2026. В назначении платежа прошу указывать номер счёта.

{SIG_BUH}""")

# ===================== 489256 =====================
add(dec("489256", [], PR, "accepted; crew start planned for 5th"),
    date="Wed, 04 Nov 2026 09:20:37 +0300", subj="Обращение 489256 — Садовая 12", charset="koi8-r", cte="8bit",
    mailer="The Bat! (v10.4.0.3) Professional",
    body=f"""Ольга Васильевна, добрый день.

Обращение 489256 по Садовой, 12 приняли. Выход бригады планируем на четверг, 5-е, с 9:00. Трубы ПВХ 110 и фасонина в наличии.

{SIG_FULL}""")

add(dec("489256", ["1"], NM, "crew on site in basement (pos 1 in subject), demolition started"),
    date="Thu, 05 Nov 2026 09:55:12 +0300", subj="489256 поз 1", charset="koi8-r", cte="base64",
    mailer="The Bat! (v10.4.0.3) Professional",
    body=f"""Бригада на месте, в подвале, начали демонтаж чугунного лежака.

{SIG_MID}""")

add(dec("489256", ["1"], UB, "basement done, crew left; pos 2,3 tomorrow = plan"),
    date="Thu, 05 Nov 2026 17:20:48 +0300", subj="489256-1", charset="koi8-r", cte="8bit",
    mailer="The Bat! (v10.4.0.3) Professional",
    body=f"""Ольга Васильевна, по подвалу закончили: лежак смонтирован, пролили, течей нет. Ребята уехали в 17:05.
Завтра 2-я и 3-я позиции (кв. 7 и 11), жильцов предупредили.

{SIG_MID}""")

add(dec("489256", ["2", "3"], NM, "Gmail-style forward of foreman: entered apts 7 and 11 (pos 2 and 3), started"),
    date="Fri, 06 Nov 2026 09:40:26 +0300", subj="Fwd: Садовая", cte="base64", mailer="Mozilla Thunderbird 128.4",
    body=f"""Ольга Васильевна, пересылаю, по обращению 489256.

Г.В. Семёнова

---------- Forwarded message ---------
От: Сергей Куликов <kulikov.sergey77@mail.ru>
Date: пт, 6 нояб. 2026 г. в 09:31
Subject: Садовая
To: <semenova@akvalad-montazh.ru>


Мы на Садовой, зашли в 7-ю и 11-ю (поз. 2 и 3), перекрыли, начали резать.""")

add(rev("mixed statuses: pos 2 finished, pos 3 still in progress"),
    date="Fri, 06 Nov 2026 13:30:09 +0300", subj="Re: 489256 (2)", kind="html", charset="utf-8", cte="base64",
    html="""<p>Ольга Васильевна, добрый день!</p>
<p>По квартире 7 (поз. 2) стояк заменили, проверили проливом &mdash; течей нет, мусор вынесли.<br>
По поз. 3 (кв. 11) ещё работают, там пришлось вскрывать короб из ГКЛ, жилец в курсе.</p>
<p>С уважением,<br>Г.В. Семёнова<br>ООО &laquo;АкваЛад-Монтаж&raquo;, ИНН 7816594032, КПП 781601001<br>тел. +7 (812) 649-02-17</p>""")

add(dec("489256", ["3"], UB, "pos 3 finished Friday evening, crew left; act/invoice talk"),
    date="Mon, 09 Nov 2026 10:10:33 +0300", subj="Акт и счёт по Садовой, 12", charset="windows-1251", cte="quoted-printable",
    body=f"""Добрый день!

По обращению № 489256 позиция 3 (кв. 11) завершена в пятницу вечером, бригада с объекта убыла, короб жильцу восстановили.
Акт № 321 и счёт № 1160 направлю сегодня до конца дня, прошу не задерживать подписание — у нас закрытие месяца по субподрядчикам.

{SIG_FULL}""")

# ===================== 489311 =====================
add(dec("489311", [], PR, "accepted + question about hidden works acts"),
    date="Fri, 06 Nov 2026 11:30:00 +0300", subj="Наряд 489311 Промышленная 4", charset="windows-1251", cte="quoted-printable",
    body=f"""Добрый день.

Наряд 489311 (ул. Промышленная, д. 4, корп. 2, замена стояков ГВС) приняли в работу.
Прошу уточнить, кто с вашей стороны будет подписывать акты освидетельствования скрытых работ — в прошлый раз с этим была задержка на две недели и мы не смогли вовремя закрыть КС-2.

{SIG_FULL}""")

add(dec("489311", ["1", "2"], VP, "crew left for site for pos 1 and 2; car plate, pass request"),
    date="Mon, 09 Nov 2026 08:40:27 +0300", subj="Наряд 489311 — выезд, поз. 1, 2", charset="windows-1251", cte="base64",
    body=f"""Коллеги, доброе утро.

Бригада в составе 3 чел. выехала на Промышленную, 4 под позиции 1 и 2 (стояки ГВС № 1 и № 2), автомобиль ГАЗель Next К 417 МР 178. Прошу заказать пропуск на въезд во двор, в прошлый раз охрана не пускала.

{SIG_MID}""")

add(dec("489311", ["1", "2"], NM, "Re: subject still says выезд, body says crew on site since 9:50; Original Message quote"),
    date="Mon, 09 Nov 2026 10:15:42 +0300", subj="RE: Наряд 489311 — выезд, поз. 1, 2", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, спасибо за пропуск, проехали без проблем.
Бригада на месте с 9:50, ГВС по стоякам перекрыли, приступили.

Г.В. Семёнова
{outlook_block(SEM, "Monday, November 9, 2026 8:40 AM", DISP, "Наряд 489311 — выезд, поз. 1, 2", "Коллеги, доброе утро." + chr(10) + chr(10) + "Бригада в составе 3 чел. выехала на Промышленную, 4 под позиции 1 и 2 (стояки ГВС № 1 и № 2), автомобиль ГАЗель Next К 417 МР 178.", en=True)}""")

add(dec("489311", ["1", "2"], UB, "risers 1,2 done, crew left yesterday 18:00"),
    date="Wed, 11 Nov 2026 16:00:18 +0300", subj="489311 п.1, п.2", charset="windows-1251", cte="quoted-printable",
    body=f"""Добрый день!

Стояки по п.1 и п.2 смонтированы, опрессовку провели (10 кгс/см², 10 мин, падения нет), бригада вчера в 18:00 ушла с объекта.
Акт скрытых работ подписал ваш инженер Мельников А.П., скан прилагаю.

{SIG_FULL}""")

add(rev("plan for Monday + question about shutdown; no status"),
    date="Thu, 12 Nov 2026 14:22:05 +0300", subj="489311 поз. 3 и 4", charset="windows-1251", cte="base64",
    body=f"""Ольга Васильевна, добрый день.

По 3-му и 4-му стоякам выход планируем на понедельник, 16.11, при условии отключения ГВС. Подскажите, согласовано ли отключение с УК «Жилкомсервис № 2»? Без их диспетчера слесари стояк не перекроют.

{SIG_MID}""")

add(dec("489311", ["3", "4"], VP, "number in brackets after address; crew on the road to risers 3 and 4"),
    date="Mon, 16 Nov 2026 09:05:50 +0300", subj="Промышленная, 4 (489311)", charset="windows-1251", cte="quoted-printable",
    body=f"""Доброе утро!

Отключение УК подтвердила, ребята уже в дороге на 3-ю и 4-ю позиции, ориентировочно будут в 9:40.

{SIG_MID}""")

add(dec("489311", ["3", "4"], NM, "reply: foreman reported they are on site cutting old riser"),
    date="Mon, 16 Nov 2026 11:02:13 +0300", subj="Re: Промышленная, 4 (489311)", charset="windows-1251", cte="quoted-printable",
    body=f"""Ребята доложили — на объекте, ГВС отключили, режут старые стояки на 3-й и 4-й позициях. Если будут вопросы у жильцов, телефон бригадира +7 (911) 245-67-89.

Г.В.""")

add(dec("489311", ["3", "4"], UB, "KS-2 letter: positions 3 and 4 finished 17.11, crew released"),
    date="Wed, 18 Nov 2026 14:30:29 +0300", subj="КС-2, КС-3 по наряду 489311", charset="windows-1251", cte="base64",
    body=f"""Добрый день!

Высылаю КС-2 № 14 и КС-3 № 14 от 18.11.2026 по наряду 489311.
Позиции 3 и 4 (стояки ГВС) закончили 17.11, бригада объект сдала и освободилась.
Сумма по смете 186 400,00 руб., НДС не облагается. Оригиналы отправим Почтой России, трек сообщу.

{SIG_FULL}""")

# ===================== 489402 =====================
add(dec("489402", [], PR, "'Принято' — accepted; apartment numbers are not positions"),
    date="Mon, 09 Nov 2026 09:45:00 +0300", subj="Заявка #489402", cte="quoted-printable",
    body=f"""Принято. Засор в кв. 54 и сифон в 58-й сделаем одним выездом, сегодня.

{SIG_MID}""")

add(dec("489402", [], NM, "plumber arrived at address, whole request"),
    date="Mon, 09 Nov 2026 13:20:11 +0300", subj="Re: Заявка #489402", cte="quoted-printable",
    body=f"""Слесарь Гусейнов подъехал, сейчас на адресе, звонит в домофон.

{SIG_MOB}""")

add(dec("489402", ["1", "2"], UB, "both positions done, master left for another job"),
    date="Mon, 09 Nov 2026 16:50:36 +0300", subj="RE: Заявка #489402", cte="base64",
    body=f"""Ольга Васильевна, по Новоизмайловскому: засор пробили (поз. 1), сифон в 58-й поменяли на McAlpine HC26 (поз. 2). Мастер уехал на следующий вызов.
Закрывающие — в конце месяца.

{SIG_MID}""")

add(rev("thanks for dispatcher's confirmation; initials-prefixed quote; no status"),
    date="Tue, 10 Nov 2026 09:05:44 +0300", subj="Re: Заявка #489402", cte="quoted-printable",
    body=f"""ОВ> Галина Викторовна, жильцы кв. 54 и 58 подтвердили выполнение, замечаний нет.
ОВ> Дробышева

Ольга Васильевна, спасибо за оперативное подтверждение! Закрывающие документы сформирую 30.11 единым актом за ноябрь по всем мелким заявкам.

{SIG_MID}""")

# ===================== 489477 =====================
add(dec("489477", [], PR, "HTML-only: request accepted; valve model and dates are not request numbers"),
    date="Tue, 10 Nov 2026 15:00:21 +0300", subj="Обращение № 489477 (ИТП Ивановская, 20)", kind="html",
    charset="windows-1251", cte="quoted-printable",
    html="""<p>Добрый день!</p>
<p>Обращение № 489477 (ИТП, ул. Ивановская, д. 20) &ndash; принято. Задвижку 30с41нж Ду80 Ру16 заказали у поставщика (ООО &laquo;Арматура-Норд&raquo;, счёт № 2207), поставка обещана 12.11.</p>
<p>С уважением,<br>Семёнова Галина Викторовна<br>главный бухгалтер / офис-менеджер<br>ООО &laquo;АкваЛад-Монтаж&raquo;<br>
ИНН 7816594032 / КПП 781601001<br>ОГРН 1187847265310<br>192241, г. Санкт-Петербург, Южное шоссе, д. 37, корп. 4, лит. А, пом. 12-Н<br>тел. +7 (812) 649-02-17</p>""")

add(rev("supplier delay, asks not to apply penalty; no status"),
    date="Thu, 12 Nov 2026 11:48:00 +0300", subj="489477 — задержка поставки", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, добрый день.

Поставщик перенёс отгрузку задвижки на 13.11, выход на объект соответственно сдвигается. Письмо поставщика прилагаю. Прошу не начислять нам просрочку по п. 6.3 договора, задержка не по нашей вине.

{SIG_FULL}""")

add(dec("489477", [], NM, "Re: of delay letter; valve received, fitters already at ITP installing"),
    date="Fri, 13 Nov 2026 15:40:58 +0300", subj="Re: 489477 — задержка поставки", charset="windows-1251", cte="quoted-printable",
    body=f"""Задвижку получили утром, слесари уже на ИТП, монтируют. Отключение согласовали с диспетчером УК, жильцов оповестили объявлением.

{SIG_MID}""")

add(dec("489477", [], UB, "valve replaced Friday 18:30, crew left; seal number and pressure are distractors"),
    date="Mon, 16 Nov 2026 09:10:06 +0300", subj="489477 выполнено", charset="windows-1251", cte="base64",
    body=f"""Добрый день!

Задвижка Ду80 на ИТП по Ивановской, 20 заменена в пятницу, 13.11, в 18:30. Система заполнена, давление 6,2 кгс/см² держит. Пломба № 0045812 на обводной линии установлена. Бригада уехала в 19:10.
Паспорт на задвижку и сертификат приложу к акту.

{SIG_FULL}""")

# ===================== 489538 =====================
add(dec("489538", [], PR, "reply on top of dispatcher's request message with > quote; accepted"),
    date="Wed, 11 Nov 2026 09:30:14 +0300", subj="Re: Заявка 489538, Дачный пр., 9", cte="quoted-printable",
    mailer="Mozilla Thunderbird 128.4",
    body=f"""Ольга Васильевна, приняли, спасибо. Бригада будет завтра с утра, начнём с кв. 12.

Г.В. Семёнова

11.11.2026 08:52, Диспетчерская ОМИС пишет:
{gt("Направляем заявку 489538 (Дачный пр., 9, стояки ХВС/ГВС, кв. 12, 16, 20)." + chr(10) + "Просим подтвердить принятие." + chr(10) + DISP_SIG)}""")

add(dec("489538", ["1"], VP, "crew left for P1"),
    date="Thu, 12 Nov 2026 08:10:40 +0300", subj="489538 П1", cte="quoted-printable",
    body=f"""Сообщаю: бригада выехала на Дачный пр., 9 по П1, в пути.

{SIG_MOB}""")

add(rev("negation/complaint: no access to apts, crew has not entered pos 2/3 yet"),
    date="Thu, 12 Nov 2026 11:30:00 +0300", subj="Заявка 489538, п.2 п.3 — нет доступа", charset="windows-1251", cte="quoted-printable",
    body=f"""Коллеги, добрый день.

В кв. 16 и 20 жильцов нет дома, на звонки не отвечают. По п.2 и п.3 бригада ещё не заходила. Просим содействия УК в обеспечении доступа, иначе сроки по заявке сорвутся не по нашей вине.

{SIG_FULL}""")

add(dec("489538", ["1"], UB, "noun form: завершение работ по П1, бригада убыла"),
    date="Thu, 12 Nov 2026 15:15:22 +0300", subj="489538 П1 — завершение", cte="quoted-printable",
    body=f"""Завершение работ по П1 — 14:50, стояк ХВС/ГВС в кв. 12 заменён (PP-R PN25 d32), бригада убыла.

{SIG_MID}""")

add(dec("489538", ["2", "3"], NM, "Outlook forward of foreman: in apts 16 and 20 (pos 2,3), working since 10:30"),
    date="Tue, 17 Nov 2026 11:00:07 +0300", subj="FW: Дачный 9", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, пересылаю от бригадира для сведения по заявке 489538. Акты — после завершения.

Г.В. Семёнова

________________________________
От: Куликов Сергей <kulikov.sergey77@mail.ru>
Отправлено: 17 ноября 2026 г. 10:41
Кому: Семёнова Галина Викторовна
Тема: Дачный 9

Доступ дали, зашли в 16 и 20 (п.2, п.3), работаем с 10:30 по обеим.""")

add(dec("489538", ["2", "3"], UB, "multipart/alternative act letter: positions 2 and 3 finished yesterday, crew left"),
    date="Wed, 18 Nov 2026 10:20:55 +0300", subj="Акт по заявке 489538 (Дачный пр., 9)", kind="alt",
    charset="windows-1251", cte="quoted-printable",
    body=f"""Добрый день!

По позициям 2 и 3 работы завершены вчера в 17:40, ребята с объекта ушли, жильцы приняли.
Акт № 334 от 18.11.2026 прилагаю, прошу подписать в течение 3 рабочих дней согласно п. 5.4 договора № 27/26-СТ от 15.01.2026.

{SIG_FULL}""")

# ===================== 489604 =====================
add(dec("489604", [], PR, "bare number subject, 'принято в работу'"),
    date="Fri, 13 Nov 2026 12:50:00 +0300", subj="489604", cte="quoted-printable",
    body=f"""Добрый день! Принято в работу.

{SIG_FULL}""")

add(dec("489604", ["2"], VP, "'едем по поз2', ETA 20 min"),
    date="Mon, 16 Nov 2026 09:00:31 +0300", subj="489604 поз2", cte="quoted-printable",
    body=f"""Едем по поз2, будем минут через 20 — пробки на Московском.

{SIG_MOB}""")

add(dec("489604", ["2"], UB, "готово, кран заменили, мастер свободен; Re subject names old travel"),
    date="Mon, 16 Nov 2026 13:40:09 +0300", subj="Re: 489604 поз2", cte="base64",
    body=f"""Позиция 2 — готово, кран заменили (Valtec VT.218 1/2"), всё работает. Мастер свободен.

{SIG_MOB}

16.11.2026, 09:00 +03:00, Семёнова Галина Викторовна <semenova@akvalad-montazh.ru>:
> Едем по поз2, будем минут через 20 — пробки на Московском.""")

add(rev("position 3 does not exist in request 489604"),
    date="Tue, 17 Nov 2026 10:12:44 +0300", subj="489604 поз. 3", cte="quoted-printable",
    body=f"""Ольга Васильевна, по 489604 позиция 3: мастер на месте, вскрывает короб в санузле.

{SIG_MID}""")

add(dec("489604", ["1"], NM, "Latin look-alike letters; crew arrived 11:20 on first position"),
    date="Thu, 19 Nov 2026 11:35:00 +0300", subj="489604-1", cte="8bit",
    body="""По пеpвой позиции бpигада пpибыла в 11:20, отключили стояк отопления, pаботают.

Г.В. Семёнова""")

add(dec("489604", ["1"], UB, "invoice+act letter: first position finished yesterday, crew left"),
    date="Fri, 20 Nov 2026 10:05:17 +0300", subj="Счёт и акт по заявке 489604", charset="windows-1251", cte="base64",
    body=f"""Добрый день!

По первой позиции (стояк отопления) ребята закончили вчера в 16:30 и уехали, радиаторы прогрелись.
Направляю счёт № 1187 от 20.11.2026 и акт № 341 по заявке 489604. Сумма 38 750,00 руб.

{SIG_BUH}""")

# ===================== 489689 =====================
add(dec("489689", [], PR, "formal acceptance; RFC2047 subject"),
    date="Mon, 16 Nov 2026 10:10:00 +0300", subj="Подтверждение приёма заявки 489689", cte="base64",
    body=f"""Уважаемые коллеги!

Настоящим подтверждаем принятие заявки № 489689 к исполнению. Срок выполнения — согласно п. 3.1 договора № 27/26-СТ, 2 рабочих дня. Счётчики ВСКМ 90-15 ДГ (2 шт.) в наличии.

{SIG_FULL}""")

add(dec("489689", [], VP, "CAPS: crew left for site, ETA 9:15"),
    date="Tue, 17 Nov 2026 08:30:02 +0300", subj="489689", cte="quoted-printable",
    body=f"""БРИГАДА ВЫЕХАЛА НА ОБЪЕКТ ПО 489689, БУДУТ ОКОЛО 9:15.
извините за капс

{SIG_MOB}""")

add(dec("489689", [], NM, "noun 'Прибытие 9:20', work ongoing; Outlook header quote"),
    date="Tue, 17 Nov 2026 10:02:37 +0300", subj="RE: 489689", charset="windows-1251", cte="quoted-printable",
    body=f"""Прибытие 9:20, работы ведутся, ориентировочно закончат к 15:00.

Г.В. Семёнова
{outlook_block("Диспетчерская ОМИС", "17 ноября 2026 г. 9:05", "Семёнова Галина Викторовна", "RE: 489689", "Галина Викторовна, жилец ждёт с 9:00, прибыли?" + chr(10) + DISP_SIG)}""")

add(dec("489689", [], UB, "noun 'убытие бригады 15:55'; act next week is plan"),
    date="Tue, 17 Nov 2026 17:30:45 +0300", subj="RE: 489689", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, работы по заявке завершены в 15:40, убытие бригады 15:55. Счётчики опломбированы, пломбы № 7781204 и № 7781205, показания 00001,2 и 00000,8.
Акт подпишем на следующей неделе вместе с остальными.

{SIG_MID}""")

# ===================== 489745 =====================
add(dec("489745", [], PR, "multipart/alternative; accepted, distributed to two crews"),
    date="Tue, 17 Nov 2026 09:00:40 +0300", subj="Заявка 489745 — принята к исполнению", kind="alt", cte="base64",
    body=f"""Добрый день!

Заявка 489745 (Витебский пр., 41) принята к исполнению, работы распределили между двумя бригадами. Начало — завтра, 18.11.

{SIG_FULL}""")

add(dec("489745", ["1", "2"], VP, "crew en route; address with number in brackets, car plate, phone"),
    date="Wed, 18 Nov 2026 08:30:15 +0300", subj="Витебский, 41 (489745) — поз. 1, 2", cte="quoted-printable",
    body=f"""Бригада Куликова в пути на Витебский, 41 по позициям 1 и 2, ГАЗель В 512 ОР 198, бригадир +7 (911) 245-67-89.

{SIG_MOB}""")

TAB_STYLE = 'border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"'
add(dec("489745", ["1", "2"], UB, "HTML table: pos 1,2 done and left; pos 3,4 not started"),
    date="Wed, 18 Nov 2026 17:10:00 +0300", subj="489745 — сводка за 18.11", kind="html", cte="base64",
    html=f"""<p>Ольга Васильевна, добрый вечер! Сводка по заявке 489745 за сегодня:</p>
<table {TAB_STYLE}>
<tr><th>Поз.</th><th>Кв.</th><th>Состояние</th></tr>
<tr><td>1</td><td>3</td><td>выполнено, бригада убыла в 12:30</td></tr>
<tr><td>2</td><td>7</td><td>выполнено, бригада убыла в 16:45</td></tr>
<tr><td>3</td><td>11</td><td>—</td></tr>
<tr><td>4</td><td>15</td><td>—</td></tr>
</table>
<p>По 3 и 4 выход по согласованию с жильцами.</p>
<p>С уважением,<br>Г.В. Семёнова<br>ООО &laquo;АкваЛад-Монтаж&raquo;, тел. +7 (812) 649-02-17</p>""")

add(dec("489745", ["3", "4"], NM, "multipart/alternative with table: pos 3,4 on site since 10:00"),
    date="Thu, 19 Nov 2026 12:15:00 +0300", subj="489745 — сводка за 19.11", kind="alt", cte="quoted-printable",
    body=f"""Сводка по заявке 489745 на 12:00:
поз. 3 (кв. 11) — бригада Ефимова на месте с 10:00, демонтаж
поз. 4 (кв. 15) — бригада Ефимова на месте с 10:00, демонтаж

Г.В. Семёнова""",
    html=f"""<p>Сводка по заявке 489745 на 12:00:</p>
<table {TAB_STYLE}>
<tr><th>Позиция</th><th>Квартира</th><th>Статус</th></tr>
<tr><td>3</td><td>11</td><td>бригада Ефимова на месте с 10:00, демонтаж</td></tr>
<tr><td>4</td><td>15</td><td>бригада Ефимова на месте с 10:00, демонтаж</td></tr>
</table><p>Г.В. Семёнова</p>""")

add(rev("mixed statuses in table: pos 3 finished/left, pos 4 still on site"),
    date="Fri, 20 Nov 2026 16:20:00 +0300", subj="489745 — сводка за 20.11", kind="html", cte="quoted-printable",
    html=f"""<p>Ольга Васильевна, сводка по 489745:</p>
<table {TAB_STYLE}>
<tr><th>Поз.</th><th>Кв.</th><th>Состояние</th></tr>
<tr><td>3</td><td>11</td><td>завершено в 14:00, бригада убыла</td></tr>
<tr><td>4</td><td>15</td><td>в работе, бригада на объекте (пришлось менять тройник 110х110)</td></tr>
</table>
<p>Г.В. Семёнова</p>""")

add(dec("489745", ["4"], UB, "4th position finished Saturday, crew left; act attached"),
    date="Mon, 23 Nov 2026 10:30:12 +0300", subj="Re: 489745 — сводка за 20.11", cte="base64",
    body=f"""Ольга Васильевна, доброе утро.

4-ю позицию закончили в субботу, ушли около шести вечера. Сводный акт № 352 от 23.11.2026 по заявке прилагаю, прошу подписать.

{SIG_FULL}""")

# ===================== 489820 =====================
add(dec("489820", [], PR, "accepted with remark about weekend rate"),
    date="Thu, 19 Nov 2026 10:40:09 +0300", subj="обращение 489820", charset="koi8-r", cte="base64",
    mailer="The Bat! (v10.4.0.3) Professional",
    body=f"""Ольга Васильевна, обращение 489820 приняли, но прошу обратить внимание: по договору выезд в выходные дни оплачивается с коэффициентом 1,5 (приложение № 2, п. 7).

{SIG_FULL}""")

add(rev("plan: will go tomorrow if rate confirmed"),
    date="Fri, 20 Nov 2026 15:10:00 +0300", subj="489820 выезд", charset="koi8-r", cte="8bit",
    mailer="The Bat! (v10.4.0.3) Professional",
    body=f"""Выедем завтра, 21.11, к 10:00 по обеим позициям, если подтвердите оплату по выходному тарифу. Прошу ответить до 18:00.

{SIG_MID}""")

add(dec("489820", [], NM, "Re: of plan letter; crew on site since 9:55 (whole request)"),
    date="Sat, 21 Nov 2026 10:05:33 +0300", subj="Re: 489820 выезд", cte="quoted-printable", mailer="K-9 Mail for Android",
    body=f"""Добрались, бригада на месте с 9:55, перекрыли стояк в подвале.

{SIG_MOB}""")

add(dec("489820", ["1"], UB, "pos 1 done, pos 2 on Monday = plan"),
    date="Sat, 21 Nov 2026 15:00:48 +0300", subj="489820 п.1", cte="quoted-printable", mailer="K-9 Mail for Android",
    body=f"""По п.1 закончили, течь устранена, ребята уехали. По п.2 в понедельник — нужна доп. муфта 32 мм, в субботу не купить.

{SIG_MOB}""")

add(dec("489820", ["2"], VP, "'едут на доделку п.2'"),
    date="Mon, 23 Nov 2026 08:45:00 +0300", subj="489820 п.2", charset="koi8-r", cte="8bit",
    mailer="The Bat! (v10.4.0.3) Professional",
    body=f"""Доброе утро. Муфту купили, ребята едут на доделку п.2 по 489820, будут к 9:30.

Г.В. Семёнова""")

add(dec("489820", ["2"], UB, "number only in quoted old subject (Тема: RE: 489820 выезд); 'п.2 доделали, бригада уехала'"),
    date="Mon, 23 Nov 2026 14:25:00 +0300", subj="RE: Бутлерова, 40 — доделка", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, п.2 доделали, подводку переложили, бригада уехала в 14:10.

Г.В. Семёнова
{outlook_block("Диспетчерская ОМИС", "23 ноября 2026 г. 12:58", "Семёнова Галина Викторовна", "RE: 489820 выезд", "Галина Викторовна, жилец кв. 81 спрашивает, когда закончите." + chr(10) + DISP_SIG)}""")

add(rev("two different requests in one letter"),
    date="Tue, 24 Nov 2026 11:15:00 +0300", subj="Акты по 489820 и 489604", charset="windows-1251", cte="base64",
    body=f"""Добрый день!

Направляю акты по заявкам 489820 (п.2 выполнен 23.11, бригада уехала) и 489604 (исправленный, с верной суммой 38 750,00 руб.).
Прошу подписать оба до пятницы.

{SIG_BUH}""")

# ===================== 489963 =====================
add(dec("489963", [], PR, "'N' instead of №; material spec distractors"),
    date="Mon, 23 Nov 2026 09:40:27 +0300", subj="Заявка N489963", cte="quoted-printable",
    body=f"""Ольга Васильевна, заявка N489963 принята в работу. Материалы (полипропилен PN25 d25, 40 м, краны Valtec VT.214) есть на складе.

{SIG_FULL}""")

add(dec("489963", ["1", "2"], VP, "positions written 01, 02; crew left warehouse for site"),
    date="Tue, 24 Nov 2026 08:20:10 +0300", subj="489963 поз. 01, 02", cte="quoted-printable",
    body=f"""Бригада выехала со склада на объект по поз. 01 и 02, будут через 40 минут.

{SIG_MOB}""")

add(dec("489963", ["1", "2"], NM, "bottom-posted reply under quote; on site since 9:10"),
    date="Tue, 24 Nov 2026 12:30:00 +0300", subj="Re: 489963 поз. 01, 02", cte="quoted-printable",
    body=f"""24.11.2026 8:20, Семёнова Галина Викторовна пишет:
> Бригада выехала со склада на объект по поз. 01 и 02, будут через 40 минут.

Ребята на объекте с 9:10, по 01 уже почти закончили, 02 в процессе.

Г.В.""")

add(dec("489963", ["1", "2"], UB, "typo обьекта; departure 17:50, positions 01 and 02"),
    date="Tue, 24 Nov 2026 18:10:41 +0300", subj="489963 — 01/02", cte="base64",
    body=f"""Убытие с обьекта 17:50, позиции 01 и 02 сданы жильцам, течей нет.

{SIG_MID}""")

add(rev("negation: crew has not yet left for pos 3"),
    date="Wed, 25 Nov 2026 13:05:00 +0300", subj="489963 поз.3", cte="quoted-printable",
    body=f"""Ольга Васильевна, по третьей позиции бригада ещё не выезжала — ждём подтверждения отключения стояка от УК. Как только дадут отключку, сообщу.

{SIG_MID}""")

# forward as attached message/rfc822
_inner = ("From: =?utf-8?b?" + base64.b64encode("Ефимов Андрей".encode()).decode() + "?= <efimov.brigada@yandex.ru>\n"
          "To: semenova@akvalad-montazh.ru\n"
          "Subject: =?utf-8?b?" + base64.b64encode("489963 поз 3".encode()).decode() + "?=\n"
          "Date: Fri, 27 Nov 2026 11:08:00 +0300\n"
          "Message-ID: <a91f22c0.20261127110800@yandex.ru>\n"
          "MIME-Version: 1.0\n").encode() + leaf("text/plain",
          "Галина Викторовна, на месте с 11:00, стояк вскрыли, работаем. Отключку УК дала.\n\nЕфимов", "utf-8", "8bit")
add(dec("489963", ["3"], NM, "forward as attached message/rfc822: foreman on site since 11:00 on pos 3"),
    date="Fri, 27 Nov 2026 11:20:00 +0300", subj="Fwd: 489963 поз 3", kind="raw", mailer="Mozilla Thunderbird 128.4",
    raw=multipart("mixed", [
        leaf("text/plain", "Ольга Васильевна, пересылаю сообщение бригадира Ефимова (во вложении).\n\nГ.В. Семёнова", "utf-8", "quoted-printable"),
        b"Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"489963.eml\"\n\n" + _inner,
    ], "------------fwd4899630003"))

add(dec("489963", ["3"], UB, "'выехала С объекта' = departed from site; поз. 3 закрыта"),
    date="Fri, 27 Nov 2026 16:40:19 +0300", subj="489963 (3)", charset="windows-1251", cte="quoted-printable",
    body=f"""Ольга Васильевна, бригада выехала с объекта в 16:20, поз. 3 закрыта, стояк ГВС заменён, жильцы воду проверили.
Акт и счёт по заявке выставлю 30.11.

{SIG_FULL}""")

# ===================== other review =====================
add(rev("no request number at all"),
    date="Fri, 20 Nov 2026 09:50:00 +0300", subj="Лесная", cte="quoted-printable",
    body=f"""Ольга Васильевна, бригада на месте на Лесной, работают. Номер заявки уточню у бригадира и допишу.

{SIG_MOB}""")

add(rev("number 489571 is not in the registry"),
    date="Wed, 25 Nov 2026 10:12:00 +0300", subj="Заявка 489571", charset="windows-1251", cte="quoted-printable",
    body=f"""Добрый день! Заявку 489571 приняли в работу, выход бригады согласуем с жильцом.

{SIG_MID}""")

# ===================== ignored =====================
add(ign("office mailbox auto-responder"),
    date="Sat, 14 Nov 2026 10:03:11 +0300", subj="Автоответ: Re: 489604", from_name="ООО «АкваЛад-Монтаж»",
    frm_override=OFF, cte="base64", xh=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
    body="""Здравствуйте!

Ваше письмо получено и будет рассмотрено в рабочее время (пн–пт с 9:00 до 18:00).
Аварийные заявки принимаются по телефону +7 (812) 649-02-17 круглосуточно.

ООО «АкваЛад-Монтаж»""")

_bounce_txt = """This is the mail system at host mx.akvalad-montazh.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kulikov@akvalad-montazh.ru>: host mx.akvalad-montazh.ru[local] said:
    550 5.1.1 <kulikov@akvalad-montazh.ru>: Recipient address rejected:
    User unknown in local recipient table
"""
_dsn = """Reporting-MTA: dns; mx.akvalad-montazh.ru
X-Postfix-Queue-ID: 4Hk2Lq0Zx7z9sP1
Arrival-Date: Wed, 18 Nov 2026 09:12:40 +0300 (MSK)

Final-Recipient: rfc822; kulikov@akvalad-montazh.ru
Original-Recipient: rfc822;kulikov@akvalad-montazh.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <kulikov@akvalad-montazh.ru>: Recipient address
    rejected: User unknown in local recipient table
"""
_orig_hdr = ("From: dispatch@zakazchik-omis.ru\nTo: kulikov@akvalad-montazh.ru\n"
             "Subject: =?utf-8?b?" + base64.b64encode("Заявка 489745 — просьба подтвердить выезд".encode()).decode() + "?=\n"
             "Date: Wed, 18 Nov 2026 09:12:38 +0300\nMessage-ID: <disp.489745.1118@zakazchik-omis.ru>\n")
add(ign("delivery failure report (bounce)"),
    date="Wed, 18 Nov 2026 09:12:41 +0300 (MSK)", subj="Undelivered Mail Returned to Sender",
    from_name="Mail Delivery System", frm_override=DAEMON, kind="raw", mailer="Postfix",
    xh=[("Auto-Submitted", "auto-replied")], mid_dom="mx." + DOM,
    raw=multipart("report", [
        b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + _bounce_txt.encode(),
        b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + _dsn.encode(),
        b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + _orig_hdr.encode(),
    ], "4Hk2Lq0Zx7z9sP1.1763446361/mx.akvalad-montazh.ru", extra="; report-type=delivery-status"))

add(ign("newsletter / bulk mail from contractor's marketing list"),
    date="Sat, 21 Nov 2026 07:00:00 +0300", subj="АкваЛад-Монтаж: промывка систем отопления со скидкой 15% до 15 декабря",
    from_name="АкваЛад-Монтаж", frm_override=NEWS, kind="html", cte="base64", mailer="Unisender",
    xh=[("Precedence", "bulk"), ("List-Id", "<clients.akvalad-montazh.ru>"),
        ("List-Unsubscribe", "<https://akvalad-montazh.ru/unsubscribe?id=dispatch-omis>")],
    html="""<h2>Готовим дома к зиме!</h2>
<p>Уважаемые партнёры! С 21 ноября по 15 декабря 2026 года &mdash; скидка 15% на гидропневматическую промывку систем отопления и опрессовку ИТП.</p>
<p>Оставьте заявку на сайте или по телефону +7 (812) 649-02-17 &mdash; наш инженер выедет на объект бесплатно.</p>
<p>С Днём бухгалтера всех, кто сводит дебет с кредитом! 🎉</p>
<p style="font-size:9pt;color:#888">Вы получили это письмо, так как являетесь клиентом ООО &laquo;АкваЛад-Монтаж&raquo;. <a href="https://akvalad-montazh.ru/unsubscribe?id=dispatch-omis">Отписаться от рассылки</a></p>""")

_mdn_txt = """Ваше сообщение

  Кому: Семёнова Галина Викторовна
  Тема: Заявка 489963
  Отправлено: 23 ноября 2026 г. 9:07

было прочитано 23 ноября 2026 г. 9:31."""
_mdn = """Reporting-UA: akvalad-montazh.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;semenova@akvalad-montazh.ru
Original-Message-ID: <disp.489963.1123@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
"""
add(ign("read receipt (MDN)"),
    date="Mon, 23 Nov 2026 09:31:05 +0300", subj="Прочитано: Заявка 489963", kind="raw", charset="windows-1251",
    raw=multipart("report", [
        leaf("text/plain", _mdn_txt, "windows-1251", "quoted-printable"),
        b"Content-Type: message/disposition-notification\n\n" + _mdn.encode(),
    ], "----=_NextPart_MDN_489963", extra="; report-type=disposition-notification"))

_ics = """BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Семёнова Галина Викторовна:mailto:semenova@akvalad-montazh.ru
ORGANIZER;CN=Дробышева Ольга:mailto:dispatch@zakazchik-omis.ru
DTSTART;TZID=Russian Standard Time:20261130T110000
DTEND;TZID=Russian Standard Time:20261130T120000
SUMMARY;LANGUAGE=ru-RU:Принято: Сверка взаиморасчётов за ноябрь
UID:040000008200E00074C5B7101A82E0080000000090A1C2D3E4F5
SEQUENCE:0
DTSTAMP:20261126T083012Z
END:VEVENT
END:VCALENDAR
"""
add(ign("calendar meeting acceptance generated by mail client"),
    date="Thu, 26 Nov 2026 11:30:12 +0300", subj="Принято: Сверка взаиморасчётов за ноябрь", kind="raw",
    raw=multipart("alternative", [
        leaf("text/plain", "", "utf-8", "quoted-printable"),
        leaf("text/calendar", _ics, "utf-8", "base64", extra="; method=REPLY"),
    ], "_000_calreply_akvalad_"))

add(ign("out-of-office auto-reply"),
    date="Mon, 30 Nov 2026 08:00:04 +0300", subj="Автоматический ответ: Акт по заявке 489538 (Дачный пр., 9)",
    charset="windows-1251", cte="quoted-printable",
    xh=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", SEM), ("X-Auto-Response-Suppress", "All")],
    body="""Здравствуйте!

Я нахожусь в отпуске с 30.11.2026 по 04.12.2026 включительно.
По вопросам оплаты и закрывающих документов обращайтесь, пожалуйста, на buh@akvalad-montazh.ru, по заявкам и выездам — на office@akvalad-montazh.ru или по телефону +7 (812) 649-02-17.

С уважением,
Семёнова Г.В.""")

# --------------------------------------------------------------------------------------------
from email.utils import parsedate_to_datetime


def main():
    ld = os.path.join(OUT, "letters")
    for f in os.listdir(ld):
        if f.endswith(".eml"):
            os.remove(os.path.join(ld, f))
    srt = sorted(letters, key=lambda L: parsedate_to_datetime(L["date"].split(" (")[0]))
    labels = {}
    for i, L in enumerate(srt, 1):
        if "frm_override" in L:
            L["from"] = L["frm_override"]
        name = "%03d.eml" % i
        raw = build(L, i).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(ld, name), "wb") as fh:
            fh.write(raw)
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    c = {}
    for v in labels.values():
        c[v["expect"]] = c.get(v["expect"], 0) + 1
    print(len(labels), c)


main()
