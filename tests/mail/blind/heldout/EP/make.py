# -*- coding: utf-8 -*-
"""Generator of test letters: persona ООО «ГазСервис-Контроль» (gas equipment service)."""
import base64, quopri, json, os, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
MSK = timezone(timedelta(hours=3))
DISPATCH = "dispatch@zakazchik-omis.ru"
DISP_NAME = "Диспетчерская ОМИС"

PETROV = ("Петров Андрей Викторович", "a.petrov@gazservis-k.ru")
VOLKOVA = ("Волкова Светлана Игоревна", "s.volkova@gazservis-k.ru")
SIDOR = ("Сидоренко Олег", "o.sidorenko@gazservis-k.ru")
KUZ_PHONE = ("", "kuzmin.gaz61@mail.ru")
KUZ = ("Кузьмин В.И.", "v.kuzmin@gazservis-k.ru")
GORDEEV = ("Гордеев Николай Николаевич", "n.gordeev@gazservis-k.ru")
NEWS = ("ГазСервис-Контроль", "news@gazservis-k.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@gazservis-k.ru")

PETROV_SIG = """
--
С уважением,
Петров Андрей Викторович
Ведущий инженер службы эксплуатации газового оборудования
ООО «ГазСервис-Контроль»
ИНН 6671234508 / КПП 667101001
620075, г. Екатеринбург, ул. Малышева, д. 51, оф. 1204
тел.: +7 (343) 287-45-10, доб. 214; моб.: +7 912 604-18-33
Аварийно-диспетчерская служба (круглосуточно): +7 (343) 287-45-04
Лицензия Ростехнадзора № ВП-54-004412 от 12.03.2019
www.gazservis-k.ru

Настоящее сообщение и приложения к нему предназначены только для указанных
адресатов и могут содержать конфиденциальную информацию. Если вы получили
его по ошибке, уведомите отправителя и удалите сообщение.
"""

VOLKOVA_SIG = """
_______________________
Волкова Светлана Игоревна
инженер ПТО | ООО «ГазСервис-Контроль»
т. +7 (343) 287-45-10 доб. 205
s.volkova@gazservis-k.ru
"""

SIDOR_SIG = """
--
Сидоренко О.В.
мастер участка ГРП/ГРПШ
ООО «ГазСервис-Контроль»
8-912-345-67-80
"""

KUZ_PHONE_SIG = "\n\n--\nОтправлено с мобильного телефона"

letters = []   # (filename, bytes)
labels = {}
_n = [0]


def enc_payload(text, cs, cte):
    b = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(p, cs="utf-8"):
    name, a = p
    return formataddr((name, a), charset=cs) if name else a


def textpart(text, sub, cs, cte):
    h = f'Content-Type: text/{sub}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n'
    return h.encode("ascii") + b"\n" + enc_payload(text, cs, cte)


def build(frm, subj, dt, body_bytes_with_ct, cs="utf-8", to=(DISP_NAME, DISPATCH),
          extra=None, msgid_dom=None, reply=None):
    _n[0] += 1
    n = _n[0]
    fn = f"{n:03d}.eml"
    dom = msgid_dom or frm[1].split("@")[1]
    mid = "<" + hashlib.md5(f"{fn}{dt}{subj}".encode()).hexdigest()[:20] + f".{n}@{dom}>"
    H = []
    H.append("From: " + addr(frm, cs))
    H.append("To: " + addr(to, cs))
    if subj is not None:
        H.append("Subject: " + hdr(subj, cs))
    H.append("Date: " + format_datetime(dt))
    H.append("Message-ID: " + mid)
    if reply:
        H.append("In-Reply-To: " + reply)
        H.append("References: " + reply)
    H.append("MIME-Version: 1.0")
    for k, v in (extra or {}).items():
        H.append(f"{k}: {v}")
    raw = ("\n".join(H) + "\n").encode("ascii") + body_bytes_with_ct
    letters.append((fn, raw))
    return fn


def D(day, hh, mm):
    return datetime(2026, 11, day, hh, mm, tzinfo=MSK)


def plain(frm, subj, dt, text, cs="utf-8", cte="8bit", **kw):
    return build(frm, subj, dt, textpart(text, "plain", cs, cte), cs=cs, **kw)


def html_only(frm, subj, dt, html, cs="utf-8", cte="base64", **kw):
    return build(frm, subj, dt, textpart(html, "html", cs, cte), cs=cs, **kw)


def alt(frm, subj, dt, text, html, cs="utf-8", cte="base64", **kw):
    b = "----=_NextPart_000_" + hashlib.md5((subj or "") .encode() + str(dt).encode()).hexdigest()[:16]
    body = (f'Content-Type: multipart/alternative;\n\tboundary="{b}"\n\n'
            "This is a multi-part message in MIME format.\n\n").encode()
    body += f"--{b}\n".encode() + textpart(text, "plain", cs, cte) + b"\n"
    body += f"--{b}\n".encode() + textpart(html, "html", cs, cte) + b"\n"
    body += f"--{b}--\n".encode()
    return build(frm, subj, dt, body, cs=cs, **kw)


def lab(fn, expect, note, request=None, positions=None, status=None):
    e = {"expect": expect}
    if expect == "decided":
        e.update({"request": request, "positions": positions, "status": status})
    e["note"] = note
    labels[fn] = e


def html_wrap(inner):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + inner + "</body></html>")


def outlook_quote(frm_line, sent, to_line, subj, text):
    return (f"\n\nОт: {frm_line}\nОтправлено: {sent}\nКому: {to_line}\nТема: {subj}\n\n{text}")


def gt_quote(text, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in text.split("\n"))


ACC, ENR, ONS, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 352517
f = plain(PETROV, "Заявка № 352517 – принята в работу", D(2, 9, 5),
"""Добрый день!

Заявка № 352517 (котельная столовой № 3, ул. Промышленная, д. 14) принята в работу.
Выезд бригады запланирован на 03.11.2026 с 09:00. Газоопасные работы будут
выполняться по наряду-допуску № 118/11, ответственный руководитель работ –
старший слесарь Кузьмин В.И.

Просим обеспечить допуск персонала в помещение котельной и присутствие
оператора котельной.
""" + PETROV_SIG, cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "formal acceptance; departure only planned", "352517", [], ACC)

f = plain(KUZ_PHONE, "352517", D(3, 8, 41),
"ВЫЕХАЛИ НА ПРОМЫШЛЕННУЮ 14. БУДЕМ 9.20" + KUZ_PHONE_SIG, cs="koi8-r", cte="8bit")
lab(f, "decided", "caps, on the way with ETA", "352517", [], ENR)

f = plain(KUZ_PHONE, "Re: Заявка № 352517 – принята в работу", D(3, 9, 26),
"прибыл. загазованности нет. приступил к п.1\n\n" +
gt_quote("Добрый день!\n\nЗаявка № 352517 (котельная столовой № 3, ул. Промышленная, д. 14) принята в работу.\nВыезд бригады запланирован на 03.11.2026 с 09:00."),
cs="utf-8", cte="8bit")
lab(f, "decided", "dry field note; Re: subject with old status, body says arrived; п.1", "352517", ["1"], ONS)

f = plain(PETROV, "Заявка 352517 – отчет о выполнении работ по поз. 1", D(3, 14, 12),
"""Добрый день!

По заявке № 352517 сообщаем:

Позиция 1 (котел Buderus Logano G334, зав. № 7736500462) – выполнены работы по
техническому обслуживанию газогорелочного устройства, проверена герметичность
соединений, давление газа перед горелкой 1,8 кПа (норма). Установлена пломба
№ 0045871 на кране. Работы завершены в 13:50, бригада покинула объект в 14:00.

Позиция 2 – работы перенесены на 05.11.2026 в связи с отсутствием
уплотнительного комплекта (арт. 63012548), ожидаем поставку.

Акт № 412/11 будет передан с оригиналами.
""" + PETROV_SIG, cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "pos 1 done and left; pos 2 only postponed", "352517", ["1"], LEFT)

f = plain(KUZ_PHONE, "", D(5, 12, 31),
"352517 П2 ГОТОВО. УБЫЛИ 12.20. ПЛОМБА 0045902", cs="koi8-r", cte="8bit")
lab(f, "decided", "caps, empty subject; seal number is not a request", "352517", ["2"], LEFT)

# ---------------------------------------------------------------- 352604
disp_352604 = ("Добрый день.\nНаправляем заявку 352604: ГРПШ-07, ул. Заводская, 3 – срабатывание ПЗК,\nнет давления у потребителя. Просим принять в работу.\n\nДиспетчер ОМИС Денисова Л.С.\n8 (343) 311-20-20")
f = plain(VOLKOVA, "RE: Заявка 352604 ГРПШ-07", D(3, 10, 42),
"Добрый день. Принято в работу. Бригада будет завтра утром, наряд-допуск оформляем.\n" + VOLKOVA_SIG +
outlook_quote("Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]", "3 ноября 2026 г. 10:01",
              "Волкова Светлана Игоревна", "Заявка 352604 ГРПШ-07", disp_352604),
cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "accepted; crew tomorrow is only a plan; Outlook quote", "352604", [], ACC)

f = plain(KUZ_PHONE, "ГРПШ", D(4, 7, 55),
"ЗАВОДСКАЯ 3 (352604) ВЫДВИГАЕМСЯ" + KUZ_PHONE_SIG, cs="koi8-r", cte="8bit")
lab(f, "decided", "number in brackets after address", "352604", [], ENR)

f = plain(KUZ_PHONE, "Re: 352604", D(4, 8, 51),
"на месте с 8.45. загазованность 0% НКПР. наряд-допуск 121/11.\nдавл вход 0,3 МПа, выход 2,8 кПа", cs="utf-8", cte="8bit")
lab(f, "decided", "on site; many technical numbers", "352604", [], ONS)

f = plain(PETROV, "Fwd: 352604", D(4, 13, 4),
"""Для сведения.

-------- Пересылаемое сообщение --------
Тема: 	352604
Дата: 	Wed, 4 Nov 2026 12:47:10 +0300
От: 	kuzmin.gaz61@mail.ru
Кому: 	a.petrov@gazservis-k.ru

Регулировку ПЗК закончили, ПСК проверен, выход 2,0 кПа. Опломбировано, пломба 1184522. Уехали в 12.40
""" + PETROV_SIG, cs="utf-8", cte="base64", extra={"User-Agent": "Mozilla Thunderbird"})
lab(f, "decided", "forwarded field report: work finished, left", "352604", [], LEFT)

# ---------------------------------------------------------------- 352688
f = plain(VOLKOVA, "Заявка № 352688 – столовая корп. Б", D(4, 9, 32),
"Добрый день!\n\nЗаявку № 352688 получили, принята к исполнению. Ответственный – Кузьмин В.И.\n" + VOLKOVA_SIG,
cs="windows-1251", cte="8bit")
lab(f, "decided", "accepted", "352688", [], ACC)

f = plain(VOLKOVA, "Заявка № 352688 – вопрос по допуску", D(4, 10, 16),
"""Добрый день!

По заявке 352688 уточните, пожалуйста, с какого времени возможен доступ в
столовую корпуса Б и кто с вашей стороны подпишет наряд-допуск на газоопасные
работы? Без представителя заказчика бригада к работам не приступит.
""" + VOLKOVA_SIG, cs="windows-1251", cte="quoted-printable")
lab(f, "review", "question only, no status")

f = plain(KUZ_PHONE, "352688", D(5, 8, 12),
"выехал на корпус б по 352688", cs="utf-8", cte="8bit")
lab(f, "decided", "on the way", "352688", [], ENR)

tbl_rows = [("1", "ПГ-4, инв. 000412", "ТО, замена термопары", "выполнено, убытие 11:30"),
            ("2", "ПГ-4, инв. 000413", "ТО, регулировка кранов", "выполнено, убытие 11:30"),
            ("3", "ПГ-4, инв. 000415", "проверка герметичности", "выполнено, убытие 11:30"),
            ("4", "ПГ-4, инв. 000418", "замена крана КШ-15", "ожидание запчасти, перенос на 06.11")]
html = html_wrap("<p>Добрый день!</p><p>Статус работ по заявке № 352688 (столовая, корпус Б) на 11:40:</p>"
    "<table border=1 cellspacing=0 cellpadding=4><tr><th>Поз.</th><th>Оборудование</th><th>Работы</th><th>Статус</th></tr>" +
    "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in tbl_rows) +
    "</table><p>Загазованность в помещении не обнаружена (газоанализатор Сигнал-4, зав. № 21877).</p>" +
    "<p>--<br>С уважением,<br>Петров Андрей Викторович<br>Ведущий инженер<br>ООО «ГазСервис-Контроль»<br>"
    "ИНН 6671234508 / КПП 667101001<br>тел.: +7 (343) 287-45-10, доб. 214</p>")
txt = ("Добрый день!\n\nСтатус работ по заявке № 352688 (столовая, корпус Б) на 11:40:\n\n" +
       "\n".join(f"{a}\t{b}\t{c}\t{d}" for a, b, c, d in tbl_rows) +
       "\n\nЗагазованность в помещении не обнаружена (газоанализатор Сигнал-4, зав. № 21877).\n" + PETROV_SIG)
f = alt(PETROV, "Заявка № 352688 – статус", D(5, 11, 41), txt, html, cs="utf-8", cte="base64")
lab(f, "decided", "HTML table: rows 1-3 done and left, row 4 postponed", "352688", ["1", "2", "3"], LEFT)

f = plain(KUZ_PHONE, "352688 поз4", D(6, 10, 5),
"кран поменял. утечек нет, плита работает. уехал", cs="koi8-r", cte="8bit")
lab(f, "decided", "position in subject, done and left", "352688", ["4"], LEFT)

# ---------------------------------------------------------------- 352731
f = plain(GORDEEV, "Автоматический ответ: Заявка 352731 котельная АБК", D(5, 14, 3),
"Здравствуйте!\n\nЯ нахожусь в командировке до 10.11.2026 без доступа к почте.\nПо вопросам выполнения заявок обращайтесь к ведущему инженеру Петрову А.В.,\nтел. +7 912 604-18-33, a.petrov@gazservis-k.ru.\n\nГордеев Н.Н., главный инженер",
cs="windows-1251", cte="base64",
extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Thread-Topic": hdr("Заявка 352731 котельная АБК", "windows-1251")})
lab(f, "ignored", "out-of-office auto-reply")

disp_352731 = "Добрый день!\nЗаявка 352731. Котельная АБК, ул. Цеховая, 2.\nПоз. 1 – котел КСВа-1,0 №1\nПоз. 2 – котел КСВа-1,0 №2\nПоз. 3 – ГРУ котельной\nПлановое ТО перед отопительным периодом.\n\nДиспетчер ОМИС Денисова Л.С."
f = plain(PETROV, "RE: Заявка 352731 котельная АБК", D(5, 15, 12),
"Добрый день!\n\nПринята к исполнению. Работы начнем 06.11 с 08:00 по наряду-допуску № 124/11.\n" + PETROV_SIG +
outlook_quote("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", "5 ноября 2026 г. 14:00",
              "a.petrov@gazservis-k.ru; n.gordeev@gazservis-k.ru", "Заявка 352731 котельная АБК", disp_352731),
cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "acceptance; start date is a plan", "352731", [], ACC)

f = plain(KUZ, "АБК", D(6, 7, 31),
"Выезжаю на АБК по 352731. Буду к 8", cs="utf-8", cte="8bit")
lab(f, "decided", "leaving for the site, ETA", "352731", [], ENR)

f = plain(KUZ_PHONE, "352731", D(6, 8, 22),
"НA MECTE. ЗAГAЗOBAHHOCTИ HET. ПPИCTУПИЛИ", cs="utf-8", cte="8bit")
lab(f, "decided", "caps with Latin look-alike letters: НА МЕСТЕ", "352731", [], ONS)

f = plain(PETROV, "Заявка 352731 – итоги 06.11", D(6, 16, 33),
"""Добрый день!

По заявке № 352731 (котельная АБК):
- поз. 1 и поз. 2 (котлы КСВа-1,0 №1, №2) – ТО выполнено, настройка горелок по
  результатам газового анализа (CO 12 ppm / 9 ppm), работы завершены, бригада
  убыла в 16:15;
- поз. 3 (ГРУ) – бригада продолжит работы 07.11.

Показания счетчика газа RVG G65, зав. № 08154473, на 16:00 – 183 402,6 м3.
""" + PETROV_SIG, cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "pos 1,2 finished and left; pos 3 plan; meter reading not a number of request", "352731", ["1", "2"], LEFT)

f = plain(KUZ_PHONE, "352731-3", D(7, 11, 2),
"сделано. акт у оператора котельной." + KUZ_PHONE_SIG, cs="koi8-r", cte="8bit")
lab(f, "decided", "position after dash in subject; done", "352731", ["3"], LEFT)

# ---------------------------------------------------------------- 352800
f = plain(VOLKOVA, "352800 — принято", D(5, 10, 31),
"Добрый день.\nПринято к исполнению, ответственный Кузьмин В.И., выезд по графику.\n" + VOLKOVA_SIG,
cs="utf-8", cte="quoted-printable")
lab(f, "decided", "bare number in subject, accepted", "352800", [], ACC)

f = plain(KUZ_PHONE, None, D(6, 12, 9),
"АТП. 352800. П1 П2. НА МЕСТЕ 12.05", cs="koi8-r", cte="8bit")
lab(f, "decided", "no Subject header at all; П1 П2 on site", "352800", ["1", "2"], ONS)

f = plain(SIDOR, "Fwd: 352800 столовая АТП", D(6, 15, 2),
"""Пересылаю отчет слесаря.

---------- Forwarded message ---------
От: <kuzmin.gaz61@mail.ru>
Date: пт, 6 нояб. 2026 г. в 14:52
Subject: 352800
To: <o.sidorenko@gazservis-k.ru>


352800 сделали обе плиты. выехали обратно на базу 14.50
""" + SIDOR_SIG, cs="utf-8", cte="base64")
lab(f, "decided", "forward; 'выехали на базу' = left the site, work done", "352800", [], LEFT)

# ---------------------------------------------------------------- 352905
f = plain(SIDOR, "Заявка 352905 взята в работу", D(6, 9, 41),
"Добрый день!\n\nЗаявку 352905 (ГРПШ-400 №1 и №2, ул. Лесная, 18) взяли в работу.\nОтветственный – мастер Сидоренко О.В., тел. +7 912 345-67-80.\n" + SIDOR_SIG,
cs="utf-8", cte="8bit", extra={"User-Agent": "Mozilla/5.0 Thunderbird/115.9.0",
                               "Disposition-Notification-To": "o.sidorenko@gazservis-k.ru"})
lab(f, "decided", "taken into work", "352905", [], ACC)

b = "------------MDN0352905aa"
mdn = (f'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="{b}"\n\n'
       f"--{b}\n").encode()
mdn += textpart("Это уведомление о прочтении сообщения, отправленного вами на адрес dispatch@zakazchik-omis.ru.\n"
                "Примечание: это уведомление означает только то, что сообщение было показано на экране получателя.\n", "plain", "utf-8", "8bit")
mdn += (f"\n--{b}\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.gazservis-k.ru; Mozilla Thunderbird\n"
        "Final-Recipient: rfc822;o.sidorenko@gazservis-k.ru\n"
        "Original-Message-ID: <a7f1c.352905@zakazchik-omis.ru>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        f"--{b}--\n").encode()
f = build(SIDOR, "Уведомление о прочтении (показано) - Заявка 352905 ГРПШ ул. Лесная", D(6, 10, 2), mdn)
lab(f, "ignored", "read receipt (MDN)")

f = plain(KUZ_PHONE, "", D(9, 8, 1),
"ЛЕСНАЯ. ЕДЕМ", cs="koi8-r", cte="8bit")
lab(f, "review", "no request number at all")

f = plain(KUZ_PHONE, "Re: Заявка 352905 взята в работу", D(9, 8, 56),
"на месте. наряд 130/11. загазованности нет\n\n" +
gt_quote("Добрый день!\n\nЗаявку 352905 (ГРПШ-400 №1 и №2, ул. Лесная, 18) взяли в работу.\nОтветственный – мастер Сидоренко О.В., тел. +7 912 345-67-80."),
cs="utf-8", cte="8bit")
lab(f, "decided", "number only in quoted subject/quote; new text: on site", "352905", [], ONS)

f = plain(SIDOR, "352905 – выполнено", D(9, 15, 22),
"Уважаемые коллеги!\n\nПо заявке 352905 работы выполнены в полном объеме по обоим пунктам, бригада убыла\nс объекта в 15:05. Акты №№ 2211, 2212 направим почтой.\n" + SIDOR_SIG,
cs="utf-8", cte="8bit")
lab(f, "decided", "whole request done, left", "352905", [], LEFT)

f = plain(SIDOR, "Re: 352905 – выполнено", D(10, 9, 15),
"Добрый день.\nПодскажите, на какой адрес отправлять оригиналы актов – на Цеховую или в центральный офис?\nИ нужен ли второй экземпляр для службы главного энергетика?\n" + SIDOR_SIG +
"\n\n10.11.2026 8:50, Диспетчерская ОМИС пишет:\n" +
gt_quote("Спасибо, работы по 352905 приняли. Ждем акты.\n\n> По заявке 352905 работы выполнены в полном объеме по обоим пунктам, бригада убыла\n> с объекта в 15:05."),
cs="utf-8", cte="8bit")
lab(f, "review", "question about paperwork; the 'убыла' is only in the quote")

# ---------------------------------------------------------------- 353012
f = plain(PETROV, "Заявка 353012 – принята", D(9, 11, 33),
"Добрый день!\n\nЗаявка 353012 (газовая плита пищеблока, ул. Строителей, 7) принята.\n" + PETROV_SIG,
cs="windows-1251", cte="base64")
lab(f, "decided", "accepted", "353012", [], ACC)

f = plain(KUZ_PHONE, "353012", D(10, 9, 11),
"прибыл на пищеблок 9.05" + KUZ_PHONE_SIG, cs="koi8-r", cte="8bit")
lab(f, "decided", "'прибыл на' = arrived at", "353012", [], ONS)

b = "9C1B2E3F4A.1699999999/mail.gazservis-k.ru"
bounce = (f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"\n\n'
          f"--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
          "This is the mail system at host mail.gazservis-k.ru.\n\n"
          "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
          "<i.sergeev@gazservis-k.ru>: user unknown\n\n"
          f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
          "Reporting-MTA: dns; mail.gazservis-k.ru\n\n"
          "Final-Recipient: rfc822; i.sergeev@gazservis-k.ru\nAction: failed\nStatus: 5.1.1\n"
          "Diagnostic-Code: x-unix; user unknown\n\n"
          f"--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
          "From: dispatch@zakazchik-omis.ru\nTo: i.sergeev@gazservis-k.ru\n"
          "Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDM1MzAxMiDQv9C40YnQtdCx0LvQvtC6?=\n"
          "Date: Tue, 10 Nov 2026 09:30:12 +0300\n\n"
          f"--{b}--\n").encode()
f = build(DAEMON, "Undelivered Mail Returned to Sender", D(10, 9, 31), bounce,
          extra={"Auto-Submitted": "auto-replied"})
lab(f, "ignored", "bounce")

f = plain(KUZ_PHONE, "353012", D(10, 12, 16),
"уехал с пищеблока. плита исправна. пломба на счетчике СГМН-1 G6 зав.№ 0712345 не нарушена", cs="utf-8", cte="8bit")
lab(f, "decided", "'уехал с' = left from the site", "353012", [], LEFT)

# ---------------------------------------------------------------- 353147
html = html_wrap("<p>Добрый день!</p><p>Заявку <b>353147</b> (котельная цеха №5) приняли в работу, "
                 "бригада выезжает в 10:00.</p><p>_______________________<br>Волкова Светлана Игоревна<br>"
                 "инженер ПТО | ООО «ГазСервис-Контроль»<br>т. +7 (343) 287-45-10 доб. 205</p>")
f = alt(VOLKOVA, "Заявка 353147 (котельная цеха №5)", D(11, 8, 46),
        "Добрый день!\n\nЗаявку 353147 (котельная цеха №5) приняли в работу, бригада выезжает в 10:00.\n" + VOLKOVA_SIG,
        html, cs="utf-8", cte="base64")
lab(f, "decided", "accepted; departure at 10:00 is future", "353147", [], ACC)

f = plain(KUZ_PHONE, "цех 5", D(11, 10, 6),
"выехали в цех 5, 353147", cs="utf-8", cte="8bit")
lab(f, "decided", "on the way", "353147", [], ENR)

f = plain(KUZ_PHONE, "353147", D(11, 10, 31),
"353147 на месте", cs="koi8-r", cte="8bit")
lab(f, "decided", "on site", "353147", [], ONS)

f = plain(PETROV, "Заявка 353147 – согласование остановки котла", D(11, 10, 52),
"""Добрый день!

По заявке 353147 просим согласовать остановку котла № 2 (позиция 2) на 4 часа
для замены клапана газового двойного DMV-D 507/11 (Dungs). Стоимость работ и
материалов по доп. соглашению № 7 к договору № 45-ТО/2026 от 15.01.2026
составит 18 400 руб. (в т.ч. НДС 20%).

Прошу дать ответ до 14:00.
""" + PETROV_SIG, cs="windows-1251", cte="quoted-printable")
lab(f, "review", "approval and price request, no status")

f = plain(PETROV, "RE: Заявка 353147 – согласование остановки котла", D(11, 17, 1),
"""Добрый день!

353147:
поз. 1 – ТО выполнено, убытие бригады 16:40;
поз. 2 – остановка котла не согласована, работы не проводились.

""" + PETROV_SIG + """
-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 11, 2026 1:37 PM
To: a.petrov@gazservis-k.ru
Subject: RE: Заявка 353147 – согласование остановки котла

Остановку котла №2 сегодня не согласовываем, цех в работе. Перенесите.
""", cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "pos 1 done and left; pos 2 not done", "353147", ["1"], LEFT)

f = plain(KUZ_PHONE, "Re: 353147", D(12, 8, 20),
"по 2й ещё не начинали. ждём согласования\n\nЛД> Когда планируете работы по второй позиции 353147?\nЛД> Денисова", cs="utf-8", cte="8bit")
lab(f, "review", "negation: not started; initials quote")

# ---------------------------------------------------------------- 353388
f = plain(SIDOR, "Заявка 353388 – подтверждение", D(12, 9, 21),
"Добрый день!\nПодтверждаем получение заявки № 353388 (ГРПШ-13, ГРПШ-13А, ГРУ). Заявка принята.\n" + SIDOR_SIG,
cs="utf-8", cte="8bit")
lab(f, "decided", "accepted", "353388", [], ACC)

b = "_000_CAL353388_"
ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Петров Андрей Викторович:mailto:a.petrov@gazservis-k.ru\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Выезд на ГРПШ-13 (353388)\n"
       "DTSTART:20261113T050000Z\nDTEND:20261113T090000Z\nUID:040000008200E00074C5B7101A82E008000000\n"
       "END:VEVENT\nEND:VCALENDAR\n")
cal = (f'Content-Type: multipart/alternative;\n\tboundary="{b}"\n\n--{b}\n').encode()
cal += textpart("", "plain", "utf-8", "base64")
cal += f"\n--{b}\n".encode()
cal += (b'Content-Type: text/calendar; charset="utf-8"; method=REPLY\nContent-Transfer-Encoding: base64\n\n' +
        base64.encodebytes(ics.encode()))
cal += f"\n--{b}--\n".encode()
f = build(PETROV, "Принято: Выезд на ГРПШ-13 (353388)", D(12, 9, 26), cal,
          extra={"Thread-Topic": hdr("Выезд на ГРПШ-13 (353388)"), "X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAIIA4AB0xbcQGoLgCAAAAAA="})
lab(f, "ignored", "Outlook calendar meeting response")

f = plain(KUZ_PHONE, "353388", D(13, 7, 41),
"выезжаем на ГРПШ-13. п.1 и п.2" + KUZ_PHONE_SIG, cs="koi8-r", cte="8bit")
lab(f, "decided", "on the way, positions 1 and 2", "353388", ["1", "2"], ENR)

f = plain(KUZ_PHONE, "353388 П1 П2", D(13, 8, 31),
"ПРИБЫЛИ 8.25. ЗАГАЗОВАННОСТИ НЕТ. ПРИСТУПИЛИ", cs="koi8-r", cte="8bit")
lab(f, "decided", "caps, arrived; positions in subject", "353388", ["1", "2"], ONS)

f = plain(PETROV, "FW: 353388", D(13, 13, 12),
"""Коллеги, добрый день. Пересылаю сообщение слесаря по ГРПШ-13.

""" + PETROV_SIG + """
________________________________
From: kuzmin.gaz61@mail.ru [mailto:kuzmin.gaz61@mail.ru]
Sent: Friday, November 13, 2026 1:02 PM
To: Петров Андрей Викторович <a.petrov@gazservis-k.ru>
Subject: 353388

П1 П2 закончили. ПЗК ПСК настроены. Рвых 2,0 кПа. РДГ-50Н зав 11873. уехали 13.00
""", cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "Outlook forward of crew's report: finished and left", "353388", ["1", "2"], LEFT)

f = plain(KUZ_PHONE, "353388", D(14, 9, 58),
"353388 п3 на месте. п1 п2 вчера сдали", cs="utf-8", cte="8bit")
lab(f, "review", "different statuses for different positions (п3 on site, п1 п2 done)")

f = plain(SIDOR, "Заявка №353388 поз. 3", D(14, 14, 32),
"Добрый день!\n\nПо заявке №353388 позиция 3 (ГРУ котельной) – работы завершены, бригада убыла в 14:10.\nДавление на выходе 2,5 кПа, пломба № 1184530.\n" + SIDOR_SIG,
cs="utf-8", cte="quoted-printable")
lab(f, "decided", "pos 3 finished, left", "353388", ["3"], LEFT)

# ---------------------------------------------------------------- 353460 / 353702
f = plain(VOLKOVA, "Заявки 353460, 353702", D(16, 9, 12),
"Добрый день!\n\nЗаявки № 353460 (столовая №1) и № 353702 (котельная склада) приняты в работу.\n" + VOLKOVA_SIG,
cs="windows-1251", cte="quoted-printable")
lab(f, "review", "two different requests in one letter")

f = plain(KUZ_PHONE, "", D(17, 8, 16),
"В ПУТИ НА СТОЛОВУЮ 1. 353460", cs="koi8-r", cte="8bit")
lab(f, "decided", "caps, on the way", "353460", [], ENR)

f = plain(KUZ_PHONE, "353460", D(17, 9, 1),
"приехал. загазованости нет. наряд 144/11", cs="utf-8", cte="8bit")
lab(f, "decided", "arrived (typo in загазованности)", "353460", [], ONS)

f = plain(PETROV, "Заявка 353460 – вторая позиция", D(17, 12, 3),
"""Добрый день!

По второй позиции заявки 353460 работы выполнены: заменен термоэлектрический
датчик контроля пламени (арт. 0.200.001), плита ПЭ-4 работает штатно, утечек
газа не выявлено. Бригада освободилась.
""" + PETROV_SIG, cs="windows-1251", cte="base64")
lab(f, "decided", "second position done; 'бригада освободилась'", "353460", ["2"], LEFT)

f = plain(KUZ_PHONE, "353460 (1)", D(17, 15, 41),
"сделал. ушел" + KUZ_PHONE_SIG, cs="koi8-r", cte="8bit")
lab(f, "decided", "position in brackets in subject; done, left", "353460", ["1"], LEFT)

f = plain(KUZ, "склад", D(18, 8, 2),
"Еду на склад по заявке 353702, через 40 мин буду", cs="utf-8", cte="8bit")
lab(f, "decided", "travelling now with ETA", "353702", [], ENR)

f = plain(KUZ_PHONE, "", D(18, 8, 46),
"НА МЕСТЕ", cs="koi8-r", cte="8bit")
lab(f, "review", "no request number")

disp_353702 = "Добрый день! По заявке 353702 просим сообщить о прибытии бригады и об убытии с объекта.\nДиспетчер ОМИС Денисова Л.С."
f = plain(PETROV, "RE: 353702", D(18, 11, 22),
"Добрый день!" +
outlook_quote("Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]", "18 ноября 2026 г. 9:10",
              "Петров Андрей Викторович", "353702", disp_353702) +
"\n\n\nРаботы на котельной склада завершены в 11:05, бригада убыла. Акт выполненных работ № 87/11\nподписан оператором котельной Шестаковым Д.А.\n" + PETROV_SIG,
cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "reply written under the quote: finished and left", "353702", [], LEFT)

# ---------------------------------------------------------------- 354015
html = html_wrap("<div>Добрый день!</div><div><br></div><div>Обращение № 354015 (ГРПШ-2, котельная ОСК) "
                 "принято в работу. Ответственный за газоопасные работы – Кузьмин В.И.</div><div><br></div>"
                 "<div style=\"color:#1f3864\">С уважением,<br>Петров Андрей Викторович<br>Ведущий инженер<br>"
                 "ООО «ГазСервис-Контроль»<br>моб.: +7 912 604-18-33</div>")
f = html_only(PETROV, "Обращение № 354015", D(19, 10, 21), html, cs="utf-8", cte="base64")
lab(f, "decided", "HTML-only, 'обращение' accepted", "354015", [], ACC)

f = plain(KUZ_PHONE, "354015", D(20, 7, 51),
"выехали на 354015" + KUZ_PHONE_SIG, cs="koi8-r", cte="8bit")
lab(f, "decided", "on the way", "354015", [], ENR)

f = plain(KUZ_PHONE, "354105", D(20, 8, 5),
"354105 на месте", cs="koi8-r", cte="8bit")
lab(f, "review", "number not in registry (typo of 354015)")

f = plain(SIDOR, "354015 прибытие", D(20, 8, 42),
"Для сведения: бригада Кузьмина В.И. прибыла на объект по заявке 354015 в 08:00.\nВ предыдущем письме слесарь ошибся в номере.\n" + SIDOR_SIG,
cs="utf-8", cte="8bit")
lab(f, "decided", "arrival reported by master", "354015", [], ONS)

f = plain(PETROV, "Заявка 354015 – отчет за 20.11", D(20, 16, 4),
"""Добрый день!

По заявке 354015:
поз. 1 и 2 (ГРПШ-2, ГРУ котельной) – прибытие 08:00, завершение работ 15:30,
убытие 15:45. Наряд-допуск № 151/11 закрыт.
поз. 3 (котел Vitoplex 100) – перенесена на 21.11.

Замеры: Рвх 0,28 МПа, Рвых 2,1 кПа, загазованность – 0% НКПР.
""" + PETROV_SIG, cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "several events for pos 1,2: latest is departure; pos 3 postponed", "354015", ["1", "2"], LEFT)

f = plain(KUZ_PHONE, "354015-3", D(21, 12, 31),
"ВЫПОЛНЕНО. ОТБЫЛИ", cs="koi8-r", cte="8bit")
lab(f, "decided", "caps; 'отбыли' = left", "354015", ["3"], LEFT)

# ---------------------------------------------------------------- 354233
disp_354233 = "Заявка 354233: кафе «Уют», ул. Гагарина, 40. Поз. 1 – плита ПГ-6, поз. 2 – плита ПГ-4. Не работают краны горелок."
f = plain(VOLKOVA, "RE: Заявка 354233", D(23, 9, 31),
"Добрый день. Заявку приняли в работу.\n" + VOLKOVA_SIG +
outlook_quote("Диспетчерская ОМИС", "23 ноября 2026 г. 9:02", "Волкова Светлана Игоревна", "Заявка 354233", disp_354233),
cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "accepted", "354233", [], ACC)

f = plain(PETROV, "RE: Заявка 354233 – уточнение", D(23, 11, 36),
"Спасибо, информацию о режиме работы кафе получили, учтем.\n" + PETROV_SIG +
outlook_quote("Диспетчерская ОМИС", "23 ноября 2026 г. 11:20", "Петров Андрей Викторович",
              "Заявка 354233 – уточнение", "Кафе работает с 10:00, доступ к плитам до открытия через служебный вход."),
cs="windows-1251", cte="quoted-printable")
lab(f, "review", "thanks / acknowledgement of dispatcher's message")

f = plain(KUZ_PHONE, "354233", D(24, 8, 33),
"354233 выедем завтра с утра. сегодня на аварийке на Северной", cs="utf-8", cte="8bit")
lab(f, "review", "plan only (will go tomorrow)")

f = plain(KUZ_PHONE, "", D(25, 8, 11),
"ВЫЕЗЖАЮ С БАЗЫ НА 354233", cs="koi8-r", cte="8bit")
lab(f, "decided", "leaving FROM the base for the site = on the way", "354233", [], ENR)

f = plain(KUZ_PHONE, "354233", D(25, 8, 52),
"354233 на объекте, кафе открыли" + KUZ_PHONE_SIG, cs="koi8-r", cte="8bit")
lab(f, "decided", "on site", "354233", [], ONS)

f = plain(PETROV, "Заявка 354233 выполнена", D(25, 11, 34),
"""Добрый день!

По заявке 354233 (кафе «Уют», ул. Гагарина, 40): п.1 и п.2 – заменены краны
горелок (КР-10, 6 шт.), проверена герметичность, работы закончены, слесарь
уехал с объекта в 11:15. Пломбы №№ 0046011–0046012.
""" + PETROV_SIG, cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "п.1 и п.2 done, left", "354233", ["1", "2"], LEFT)

# ---------------------------------------------------------------- misc ignored / review
f = plain(PETROV, "ГРПШ-07 ул. Заводская – сорвана пломба", D(24, 10, 15),
"""Добрый день!

Обращаем внимание, что при обходе 23.11.2026 на ГРПШ-07 (ул. Заводская, 3,
заявка 352604) повторно обнаружена сорванная пломба № 1184522 на двери шкафа.
Просим принять меры по охране объекта; ответственность за несанкционированное
вмешательство наша организация не несет.
""" + PETROV_SIG, cs="windows-1251", cte="quoted-printable")
lab(f, "review", "complaint, no status")

f = plain(VOLKOVA, "Автоответ: RE: Заявка 354233", D(26, 9, 1),
"Я нахожусь в отпуске с 26.11 по 07.12.\nПо срочным вопросам: Петров А.В., +7 912 604-18-33.",
cs="windows-1251", cte="base64", extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
lab(f, "ignored", "out-of-office auto-reply")

html = html_wrap("<h2>ГазСервис-Контроль: сезонное ТО котельных 2026/2027</h2>"
                 "<p>Уважаемые партнеры! С 1 декабря 2026 г. вводятся новые тарифы на техническое обслуживание "
                 "ГРПШ и газоиспользующего оборудования. За 2026 год наши бригады выполнили более 3500 заявок.</p>"
                 "<p>Подробнее: <a href=\"https://gazservis-k.ru/tarif\">gazservis-k.ru/tarif</a></p>"
                 "<p style=\"font-size:8pt\">Вы получили это письмо, так как подписаны на рассылку. "
                 "<a href=\"https://gazservis-k.ru/unsub?id=8812\">Отписаться</a></p>")
f = html_only(NEWS, "Новости ГазСервис-Контроль: тарифы на ТО с 01.12.2026", D(27, 10, 0), html, cs="utf-8", cte="base64",
              extra={"Precedence": "bulk", "List-Unsubscribe": "<https://gazservis-k.ru/unsub?id=8812>",
                     "List-Id": "news.gazservis-k.ru"})
lab(f, "ignored", "bulk mailing list")

# ---------------------------------------------------------------- a few more decided variants
f = plain(VOLKOVA, "Re: Заявка 352731 котельная АБК", D(7, 11, 20),
"Добрый день.\nДополнительно сообщаю: по третьей позиции бригада закончила в 10:50 и убыла, акт оставлен у оператора.\n" + VOLKOVA_SIG +
"\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС\nSent: Saturday, November 07, 2026 9:00 AM\nSubject: Заявка 352731 котельная АБК\n\nСообщите, когда бригада будет на ГРУ.\n",
cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "'по третьей позиции' finished and left (confirms)", "352731", ["3"], LEFT)

f = plain(KUZ, "Re: 353147", D(13, 15, 5),
"Заявка 353147 поз. 2: клапан DMV заменили, котел в работе, всё работает. бригада освободилась 15:00",
cs="utf-8", cte="8bit")
lab(f, "decided", "result wording = work finished on pos 2", "353147", ["2"], LEFT)

f = plain(KUZ_PHONE, "#352688", D(6, 9, 2),
"НА КОРПУСЕ Б. ПОЗ 4. КРАН ПРИВЕЗ", cs="koi8-r", cte="8bit")
lab(f, "decided", "# in subject; on site for pos 4", "352688", ["4"], ONS)

f = plain(SIDOR, "Наряд 352905 / выезд", D(9, 7, 45),
"Бригада Кузьмина выехала на Лесную 18 по наряду 352905, авто А 471 КМ 196. Ориентировочно на месте в 8:40.\n" + SIDOR_SIG,
cs="utf-8", cte="8bit")
lab(f, "decided", "'наряд' + number; crew left for the site; car plate not a number", "352905", [], ENR)

f = plain(PETROV, "Заявка 352517 – поз. 2 выезд", D(5, 9, 40),
"Добрый день!\n\nСообщаем, что бригада выехала на объект по заявке № 352517 для выполнения работ по позиции 2\n"
"(котел № 2). Уплотнительный комплект получен (накладная № 3301 от 04.11.2026).\n" + PETROV_SIG,
cs="windows-1251", cte="quoted-printable")
lab(f, "decided", "crew left FOR the site = on the way, pos 2", "352517", ["2"], ENR)

# ---------------------------------------------------------------- write
# sort by date so numbering follows time order
import email
from email.utils import parsedate_to_datetime
for fn in os.listdir(LET):
    os.remove(os.path.join(LET, fn))
items = []
for fn, raw in letters:
    m = email.message_from_bytes(raw)
    items.append((parsedate_to_datetime(m["Date"]), fn, raw))
items.sort(key=lambda x: x[0])
newlabels = {}
for i, (dt, fn, raw) in enumerate(items, 1):
    nfn = f"{i:03d}.eml"
    with open(os.path.join(LET, nfn), "wb") as fh:
        fh.write(raw)
    newlabels[nfn] = labels[fn]

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(newlabels, fh, ensure_ascii=False, indent=1)

registry = {
    "contractor": {"name": "ООО «ГазСервис-Контроль»",
                   "emails": [PETROV[1], VOLKOVA[1], SIDOR[1], KUZ[1], KUZ_PHONE[1], GORDEEV[1], NEWS[1], DAEMON[1]],
                   "domains": ["gazservis-k.ru"]},
    "requests": [
        {"number": "352517", "positions": ["1", "2"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "Котельная столовой №3, ул. Промышленная 14: поз.1 котел №1, поз.2 котел №2, ТО горелок"},
        {"number": "352604", "positions": ["1"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "ГРПШ-07, ул. Заводская 3: срабатывание ПЗК"},
        {"number": "352688", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-04T09:00:00+03:00",
         "comment": "Столовая корпус Б: газовые плиты ПГ-4, 4 шт."},
        {"number": "352731", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T14:00:00+03:00",
         "comment": "Котельная АБК: котлы №1, №2, ГРУ"},
        {"number": "352800", "positions": ["1", "2"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Столовая АТП: две газовые плиты"},
        {"number": "352905", "positions": ["1", "2"], "registered_at": "2026-11-06T09:00:00+03:00",
         "comment": "ГРПШ-400 №1 и №2, ул. Лесная 18"},
        {"number": "353012", "positions": ["1"], "registered_at": "2026-11-09T11:00:00+03:00",
         "comment": "Газовая плита пищеблока, ул. Строителей 7"},
        {"number": "353147", "positions": ["1", "2"], "registered_at": "2026-11-11T08:00:00+03:00",
         "comment": "Котельная цеха №5: котлы №1, №2"},
        {"number": "353388", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "ГРПШ-13, ГРПШ-13А, ГРУ котельной"},
        {"number": "353460", "positions": ["1", "2"], "registered_at": "2026-11-16T08:30:00+03:00",
         "comment": "Столовая №1: газовые плиты"},
        {"number": "353702", "positions": ["1"], "registered_at": "2026-11-16T08:40:00+03:00",
         "comment": "Котельная склада"},
        {"number": "354015", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T10:00:00+03:00",
         "comment": "ГРПШ-2, ГРУ котельной ОСК, котел Vitoplex 100"},
        {"number": "354233", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Кафе «Уют», ул. Гагарина 40: плиты ПГ-6 и ПГ-4"},
    ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)
print(len(items), "letters")
