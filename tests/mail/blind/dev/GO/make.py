#!/usr/bin/env python3
"""Generator for the Fjellvind Lift & Door Systems Rus test letters (stdlib only)."""
import base64, quopri, json, os, hashlib, datetime
from email.message import Message
from email.header import Header
from email.utils import format_datetime, formataddr
from email.mime.multipart import MIMEMultipart

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
DISPATCH = "dispatch@zakazchik-omis.ru"
DOM = "fjellvind-lds.ru"

P = {
 "mark":   ("Mark Thornbury", "mark.thornbury@" + DOM),
 "sean":   ("Sean O'Rourke", "sean.orourke@" + DOM),
 "pieter": ("Pieter van Aalst", "p.vanaalst@" + DOM),
 "luca":   ("Luca Benedetti", "luca.benedetti@" + DOM),
 "tomasz": ("Tomasz Wieczorek", "t.wieczorek@" + DOM),
 "olga":   ("Сизова Ольга", "o.sizova@" + DOM),
 "daemon": ("Mail Delivery System", "MAILER-DAEMON@" + DOM),
 "news":   ("Fjellvind Service News", "news@fjellvind.com"),
}

COMPANY = "Fjellvind Lift & Door Systems Rus LLC | ООО «Фьельвинд ЛДС Рус»"
SIG = {
 "mark": f"Best regards,\nMark Thornbury\nService Coordinator, Russia\n{COMPANY}\nT: +7 495 660-18-40 ext. 214 | M: +7 916 482-07-31\nwww.fjellvind.com",
 "sean": f"Cheers,\nSean O'Rourke\nField Service Engineer - Escalators\n{COMPANY}\nM: +7 985 301-77-12",
 "pieter": f"Kind regards,\nPieter van Aalst\nSenior Engineer, Building Automation\n{COMPANY}\nM: +7 903 742-19-05",
 "luca": f"Regards,\nLuca Benedetti\nField Engineer, Entrance Systems\n{COMPANY}\nM: +7 926 115-40-88",
 "tomasz": f"--\nTomasz Wieczorek\nService Technician\n{COMPANY}\ntel. +7 977 250-63-41",
 "olga": f"С уважением,\nОльга Сизова\nассистент сервисной службы\n{COMPANY}\nтел. +7 495 660-18-40 доб. 201",
}
MOBILE = "\n\nSent from my iPhone"
OUTLOOK_MOBILE = "\n\nGet Outlook for Android"

CUST = "Диспетчерская служба ООО «Омис» <dispatch@zakazchik-omis.ru>"

REQS = [
 ("462017", ["1","2"], "2026-11-02T09:10:00+03:00", "ТЦ «Гранат», эскалаторы E-1 (поз.1), E-2 (поз.2): шум, остановка по защите"),
 ("462058", ["1","2","3"], "2026-11-03T08:30:00+03:00", "БЦ «Невский Квартал», автоматические двери, входные группы A/B/C (поз.1-3)"),
 ("462103", ["1"], "2026-11-04T11:00:00+03:00", "БЦ «Октава», контроллер BMS (DDC) в венткамере -2 этажа"),
 ("462144", ["1","2","3","4"], "2026-11-05T09:00:00+03:00", "БЦ «Октава», автоматические двери входов 1-4"),
 ("462209", ["1","2"], "2026-11-06T14:00:00+03:00", "ТРК «Меридиан», эскалаторы 1 и 2 (ТО, замена поручня)"),
 ("462275", ["1"], "2026-11-09T10:00:00+03:00", "Гостиница «Соверен», карусельная дверь главного входа"),
 ("462331", ["1","2","3"], "2026-11-10T09:00:00+03:00", "БЦ «Северная Башня», автоматизация этажей 3/7/12 (поз.1-3)"),
 ("462388", ["1","2"], "2026-11-11T08:00:00+03:00", "Клиника «Медея», раздвижные двери приёмного отделения (поз.1, поз.2)"),
 ("462456", ["1"], "2026-11-12T12:00:00+03:00", "ТЦ «Гранат», интеграция BMS с пожарной сигнализацией"),
 ("462502", ["1","2","3","4"], "2026-11-16T09:00:00+03:00", "ТРЦ «Атриум-Восток», эскалаторы 1-4, плановое ТО"),
 ("462617", ["1","2"], "2026-11-17T15:00:00+03:00", "Бизнес-парк «Лесная», двери корпус 1 (поз.1), корпус 2 (поз.2)"),
 ("462740", ["1"], "2026-11-19T10:00:00+03:00", "БЦ «Северная Башня», пусконаладка щита автоматики ЩА-4"),
 ("462893", ["1","2","3"], "2026-11-23T09:00:00+03:00", "Гостиница «Соверен», двери: лобби (1), ресторан (2), паркинг (3)"),
]

def dt(s, tz=3):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))

def enc_subject(s, cs):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs if cs != "us-ascii" else "utf-8", header_name="Subject")

def leaf(text, subtype="plain", cs="utf-8", cte=None):
    m = Message()
    try:
        text.encode("ascii"); ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and cte is None:
        cs2 = "us-ascii" if cs == "utf-8" else cs
        m["Content-Type"] = f'text/{subtype}; charset="{cs2}"'
        m["Content-Transfer-Encoding"] = "7bit"
        m.set_payload(text)
        return m
    if cs == "koi8-r":
        text = text.replace("\u00ab", '"').replace("\u00bb", '"').replace("\u2013", "-").replace("\u2014", "-")
    raw = text.encode(cs)
    cte = cte or "base64"
    m["Content-Type"] = f'text/{subtype}; charset="{cs}"'
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
    else:
        b = quopri.encodestring(raw).decode("ascii")
    m.set_payload(b)
    return m

LETTERS = []
def L(who, date, subj, text=None, html=None, label=None, cs="utf-8", cte=None, tz=3,
      to=DISPATCH, extra=None, kind=None, parts=None, mailer=None):
    LETTERS.append(dict(who=who, date=date, subj=subj, text=text, html=html, label=label, cs=cs,
                        cte=cte, tz=tz, to=to, extra=extra or {}, kind=kind, parts=parts, mailer=mailer))

def D(req, pos, st, note): return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R(note): return {"expect": "review", "note": note}
def I(note): return {"expect": "ignored", "note": note}
ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

def outlook_quote(frm, sent, to, subj, body, ru=True):
    if ru:
        return f"\n\nОт: {frm}\nОтправлено: {sent}\nКому: {to}\nТема: {subj}\n\n{body}"
    return f"\n\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{body}"

def gt(body):  # ">" quoting
    return "\n".join("> " + l if l else ">" for l in body.split("\n"))

# ---------------------------------------------------------------- 462017
cust_17 = ("Добрый день!\nПросим направить специалиста: ТЦ «Гранат», ул. Профсоюзная, 61.\n"
           "Поз.1 — эскалатор E-1, посторонний шум; поз.2 — эскалатор E-2, остановка по защите.\n"
           "Статус заявки: заявка отправлена.\n\nДиспетчер Ковалёва И.А., тел. 8 (495) 287-33-10")
L("mark", "2026-11-02 10:05", "RE: Заявка №462017 - эскалаторы ТЦ Гранат",
  "Good morning,\n\nTicket acknowledged. Request 462017 is accepted on our side, escalator engineer assigned "
  "(Sean O'Rourke). I will send you his ETA once he is dispatched.\n\n" + SIG["mark"] +
  outlook_quote(CUST, "2 ноября 2026 г. 9:10", "Service Russia <service@fjellvind-lds.ru>",
                "Заявка №462017 - эскалаторы ТЦ Гранат", cust_17),
  label=D("462017", [], ACC, "ticket acknowledged and accepted, no position named; customer quote says 'отправлена'"),
  cte="quoted-printable", mailer="Microsoft Outlook 16.0")
L("sean", "2026-11-02 13:40", "462017 / item 1 - ETA 40 min",
  "Hi,\n\nLeaving our depot in Kotelniki now, heading to Granat for item 1 (E-1, FV-E9300 unit). ETA 40 min, "
  "so around 2:20 PM.\n\nSean" + MOBILE,
  label=D("462017", ["1"], WAY, "leaving depot heading to site, ETA; model number is not a request"))
L("sean", "2026-11-02 14:35", "462017-1 on site",
  "Arrived 2:25 PM, escalator E-1 isolated and barriered off, starting on the step chain.\n\n" + SIG["sean"],
  label=D("462017", ["1"], ON, "position after dash in subject"))
L("sean", "2026-11-02 17:50", "Заявка 462017 поз.1",
  "Добрый вечер.\nЗаявка 462017 поз.1 - работа закончено, шум нет, эскалатор работает. Я уехал 5:40 PM.\n"
  "Поз. 2 (E-2) - завтра утром, приеду 9 AM.\n\nSean O'Rourke\n+7 985 301-77-12",
  label=D("462017", ["1"], LEFT, "pos 1 done and left; pos 2 only planned"))
q = "On 2 Nov 2026, at 13:40, Sean O'Rourke <sean.orourke@fjellvind-lds.ru> wrote:\n" + gt(
    "Hi,\n\nLeaving our depot in Kotelniki now, heading to Granat for item 1 (E-1, FV-E9300 unit). ETA 40 min, so around 2:20 PM.")
L("sean", "2026-11-03 09:20", "Re: 462017 / item 1 - ETA 40 min",
  "Morning. On site at Granat since 9:10 AM, working on item 2 now (E-2 tripping on the handrail speed monitor).\n\n"
  "Sean\n\n" + q,
  label=D("462017", ["2"], ON, "old subject says item 1 ETA; new body: on site item 2"))
L("sean", "2026-11-03 12:15", "462017 item 2 - job done",
  "Job done on item 2, faulty speed sensor swapped (p/n 88-4410-02), test run 30 min OK. "
  "Technician left site 12:05 PM. Both escalators back in service, mall engineer Mr. Petrov informed.\n\n" + SIG["sean"],
  label=D("462017", ["2"], LEFT, "job done, technician left; part number is noise"))

# ---------------------------------------------------------------- 462058
L("mark", "2026-11-03 09:15", "RE: Заявка 462058 Невский Квартал",
  "Добрый день!\n\nRequest 462058 принята в работу. Engineer Luca Benedetti will attend today after lunch, "
  "I will confirm his ETA.\n\nThanks,\n" + SIG["mark"] +
  outlook_quote(CUST, "3 ноября 2026 г. 8:30", "Mark Thornbury", "Заявка 462058 Невский Квартал",
                "Добрый день! Не работают автоматические двери входных групп A, B, C (поз. 1, 2, 3). Просим принять заявку."),
  label=D("462058", [], ACC, "mixed EN/RU acceptance; plan for afternoon is irrelevant"), cte="quoted-printable",
  mailer="Microsoft Outlook 16.0")
L("luca", "2026-11-03 13:05", "on my way",
  "Hello,\n\nOn my way to Nevsky Kvartal, Nevsky pr. 114 (462058). Left the office 1:00 PM, ETA 45 min approx.\n"
  "Please tell security I come with a van, plate Х 417 КМ 799.\n\n" + SIG["luca"],
  label=D("462058", [], WAY, "number in brackets after address; car plate is noise"))
html_58 = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi dispatch,</p><p>Status of request <b>462058</b> (Nevsky Kvartal) after today's visit:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dce6f1"><th>Item</th><th>Equipment</th><th>Status</th><th>Remark</th></tr>
<tr><td>1</td><td>Entrance A, slider FV-SL200</td><td>Completed</td><td>belt tensioned, radar re-aligned</td></tr>
<tr><td>2</td><td>Entrance B, slider FV-SL200</td><td>Completed</td><td>controller reset, firmware 4.2.1</td></tr>
<tr><td>3</td><td>Entrance C, slider FV-SL250</td><td>Waiting for part</td><td>safety sensor on order, next visit</td></tr>
</table>
<p>Left site at 3:20 PM.</p>
<p>Regards,<br>Luca Benedetti<br>Field Engineer, Entrance Systems<br>Fjellvind Lift &amp; Door Systems Rus LLC</p>
</body></html>"""
L("luca", "2026-11-03 15:30", "462058 - visit report", html=html_58, kind="html",
  label=D("462058", ["1","2"], LEFT, "HTML table: 1,2 completed and left; 3 waits for part"))
L("luca", "2026-11-05 10:40", "462058 (3) - back on site",
  "Hi,\nPart arrived this morning, I am on site again since 10:30 AM, entrance C (item 3).\n\nLuca" + OUTLOOK_MOBILE,
  label=D("462058", ["3"], ON, "position in brackets in subject"))
L("luca", "2026-11-05 12:55", "Re: 462058 (3) - back on site",
  "Добрый день,\nдверь группа C (позиция 3) отремонтирован, сенсор заменили, всё работает нормально.\n"
  "Я ушёл с объекта.\n\nLuca Benedetti\n\n-----Original Message-----\nFrom: Luca Benedetti <luca.benedetti@fjellvind-lds.ru>\n"
  "Sent: Thursday, November 5, 2026 10:40 AM\nTo: dispatch@zakazchik-omis.ru\nSubject: 462058 (3) - back on site\n\n"
  "Hi,\nPart arrived this morning, I am on site again since 10:30 AM, entrance C (item 3).",
  label=D("462058", ["3"], LEFT, "broken Russian: repaired, left; quote says on site"), cte="quoted-printable")

# ---------------------------------------------------------------- 462103
L("pieter", "2026-11-04 11:45", "RE: Обращение 462103 (BMS Октава)",
  "Dear colleagues,\n\nTicket acknowledged, we take it. I will check the DDC controller remotely first and "
  "come to site if needed.\n\n" + SIG["pieter"],
  label=D("462103", [], ACC, "'ticket acknowledged, we take it' = accepted"), mailer="Microsoft Outlook 16.0")
L("pieter", "2026-11-05 10:10", "462103 item 3: engineer on site",
  "Engineer on site since 10:00 AM for item 3 (AHU-3 panel).\n\nPieter",
  label=R("request 462103 has only position 1; item 3 does not exist"), tz=1)
L("pieter", "2026-11-05 14:12", "462103 - controller replaced",
  "Hello,\n\nController DDC-4 replaced (P/N 7731-0042-11, S/N FV2611873), program restored from backup, "
  "all points back online in the BMS. I left site at 3:55 PM Moscow time.\n\nPlease close the ticket on your side.\n\n" + SIG["pieter"],
  label=D("462103", [], LEFT, "work done, left; Date in +0100 (laptop clock), P/N S/N noise"), tz=1)

# ---------------------------------------------------------------- 462144
L("mark", "2026-11-05 09:40", "Request 462144 received",
  "Hi team,\n\nRequest 462144 (Oktava, entrance doors) received and accepted. Tomasz will attend tomorrow morning.\n\n" + SIG["mark"],
  label=D("462144", [], ACC, "received and accepted, no position named"))
L("tomasz", "2026-11-06 08:20", "Заявка 462144",
  "Добрый утро.\nЯ еду на объект по заявка 462144, буду через 30 минут.\nTomasz",
  label=D("462144", [], WAY, "broken Russian 'еду на объект, буду через 30 минут'"), cs="koi8-r", cte="quoted-printable")
L("tomasz", "2026-11-06 09:05", "462144 п.1, п.2",
  "На месте с 9:00 AM, начинаю с вход 1 и вход 2 (п.1, п.2).\n\n" + SIG["tomasz"],
  label=D("462144", ["1","2"], ON, "п.1, п.2 on site"), cs="koi8-r", cte="quoted-printable")
L("tomasz", "2026-11-06 11:30", "462144 П1 П2 готово",
  "П1 и П2 готово, двери работают. Now moving to entrance 3 (П3), I am already there, starting.\nTomasz",
  label=R("different statuses: П1,П2 finished, П3 work in progress"), cs="koi8-r", cte="quoted-printable")
L("tomasz", "2026-11-06 14:50", "Re: 462144 П1 П2 готово",
  "поз3 поз4 закончили, ухожу с объекта 2:45 PM. Вход 3 и вход 4 работает.\n\nTomasz\n\n"
  "> П1 и П2 готово, двери работают. Now moving to entrance 3 (П3), I am already there, starting.",
  label=D("462144", ["3","4"], LEFT, "поз3 поз4 done and leaving; quote about П1 П2 ignored"), cs="koi8-r", cte="quoted-printable")

# ---------------------------------------------------------------- 462209
L("sean", "2026-11-06 15:10", "Accepted: request 462209 Meridian",
  "Hi,\n\nAccepted 462209, handrail for escalator 1 is in our Moscow stock. We will attend tomorrow 10 AM.\n\n" + SIG["sean"],
  label=D("462209", [], ACC, "person writes 'Accepted 462209' (not a calendar response)"))
L("sean", "2026-11-07 09:55", "462209 running late",
  "Stuck in traffic on MKAD near exit 41, running late. ETA 11:30 AM for 462209, sorry.\nSean" + MOBILE,
  label=D("462209", [], WAY, "in traffic, ETA = on the way; exit 41 noise"))
L("sean", "2026-11-07 11:40", "Re: 462209",
  "On site. item 1 + item 2\n\nSean" + MOBILE,
  label=D("462209", ["1","2"], ON, "terse, number only in Re: subject"))
L("mark", "2026-11-07 16:20", "Fwd: 462209 Meridian - job done",
  "Dear colleagues,\n\nPlease see below from our engineer.\n\n" + SIG["mark"] +
  "\n\n-------- Forwarded Message --------\nSubject: 462209 Meridian - job done\nDate: Sat, 7 Nov 2026 16:10:22 +0300\n"
  "From: Sean O'Rourke <sean.orourke@fjellvind-lds.ru>\nTo: Mark Thornbury <mark.thornbury@fjellvind-lds.ru>\n\n"
  "Mark,\nboth escalators handed over to the mall's chief engineer, new handrail on esc 1 run-in OK. "
  "Left site 4:05 PM. Acceptance act No. 2611-07 signed.\nSean",
  label=D("462209", [], LEFT, "Thunderbird forward of engineer's report: left; act number noise"), mailer="Mozilla Thunderbird")

# ---------------------------------------------------------------- 462275
L("olga", "2026-11-09 10:45", "Заявка № 462275 - карусельная дверь",
  "Добрый день!\n\nЗаявку № 462275 приняли в работу. Ответственный инженер — Luca Benedetti, тел. +7 926 115-40-88.\n"
  "Выезд согласуем дополнительно.\n\n" + SIG["olga"],
  label=D("462275", [], ACC, "fluent Russian from local assistant; departure to be agreed"), cs="windows-1251", cte="base64",
  mailer="Microsoft Outlook 16.0")
L("luca", "2026-11-09 16:30", "462275 - access problem",
  "Hi,\n\nfor 462275 we need a permit for work at height (the drive unit is above the canopy, 3.2 m) and the guard at "
  "Sovereign does not let us in without a pass. Could you please arrange the pass for tomorrow and send me the permit form?\n\n" + SIG["luca"],
  label=R("access/permit request, no status reported"))
L("luca", "2026-11-10 10:20", "462275: engineer arrived",
  "462275: engineer arrived on site at 10:15 AM, pass received, thank you.\n\nLuca",
  label=D("462275", [], ON, "arrived on site"))
L("luca", "2026-11-10 13:00", "Re: 462275: engineer arrived",
  "Карусельная дверь (462275) работает, мотор-редуктор поменяли. Technician left.\n\nLuca Benedetti" + OUTLOOK_MOBILE +
  "\n\n> 462275: engineer arrived on site at 10:15 AM, pass received, thank you.",
  label=D("462275", [], LEFT, "mixed RU/EN: replaced, technician left"), cs="koi8-r", cte="base64")

# ---------------------------------------------------------------- 462331
L("pieter", "2026-11-10 09:30", "RE: заявка 462331 автоматизация этажей",
  "Good morning,\n\nRequest 462331 is assigned to me, I take it into work. Site visit to be scheduled.\n\n" + SIG["pieter"],
  label=D("462331", [], ACC, "taken into work"))
L("pieter", "2026-11-11 10:00", "462331 item 1 / item 3 - on my way",
  "On my way to Severnaya Bashnya, items 1 and 3 (floors 3 and 12). ETA 20 min.\n\nPieter",
  label=D("462331", ["1","3"], WAY, "on my way, ETA; floor numbers are not positions"))
L("pieter", "2026-11-11 14:20", "RE: 462331 item 1 / item 3 - on my way",
  "Item 1 & item 3 done, all room controllers commissioned and visible on the head-end. Left site.\n\n" + SIG["pieter"] +
  outlook_quote("Pieter van Aalst", "Wednesday, November 11, 2026 10:00 AM", "dispatch@zakazchik-omis.ru",
                "462331 item 1 / item 3 - on my way", "On my way to Severnaya Bashnya, items 1 and 3 (floors 3 and 12). ETA 20 min.", ru=False),
  label=D("462331", ["1","3"], LEFT, "Re: subject with old 'on my way'; body done, left"), mailer="Microsoft Outlook 16.0")
L("pieter", "2026-11-12 11:15", "Update 462331 / 462388",
  "Quick update: on site at 462331 item 2 now (floor 7), after that Tomasz and I head to 462388.\n\nPieter",
  label=R("two different requests in one letter"))
L("pieter", "2026-11-12 16:00", "462331-2 finished",
  "462331-2 finished, left the building 3:50 PM. Floor 7 VAV boxes all responding.\n\n" + SIG["pieter"],
  label=D("462331", ["2"], LEFT, "subject 462331-2 = position 2"))

# ---------------------------------------------------------------- 462388
L("mark", "2026-11-11 08:50", "RE: Заявка 462388 Клиника Медея",
  "Принято. Request 462388 accepted, technician Tomasz Wieczorek.\n\nRgds,\nMark\n\n" + SIG["mark"] +
  outlook_quote(CUST, "11 ноября 2026 г. 8:00", "Service Russia", "Заявка 462388 Клиника Медея",
                "Коллеги, добрый день! Раздвижные двери приёмного отделения (поз.1, поз.2) не закрываются."),
  label=D("462388", [], ACC, "Принято / accepted"), mailer="Microsoft Outlook 16.0", cte="quoted-printable")
L("tomasz", "2026-11-12 16:30", "462388 выехал",
  "Выехал на 462388 с другого объект (Северная Башня), будем около 5:15 PM.\nTomasz",
  label=D("462388", [], WAY, "'выехал на' = heading to the site"), cs="koi8-r", cte="quoted-printable")
L("tomasz", "2026-11-12 17:20", "Re: 462388 выехал",
  "Мы нa местe, приёмное отделение.\nTomasz\n\n> Выехал на 462388 с другого объект (Северная Башня), будем около 5:15 PM.",
  label=D("462388", [], ON, "Latin look-alike letters in 'нa местe'; old subject says выехал"))
L("tomasz", "2026-11-12 19:05", "462388 позиция 2",
  "По позиции 2 работы не закончены, нужен запчасть (датчик, part no. 4410-778), на складе нет. Приеду завтра.\n\n" + SIG["tomasz"],
  label=R("negation and plan: not finished, will come tomorrow"), cs="koi8-r", cte="quoted-printable")
L("tomasz", "2026-11-13 11:40", "Заявка 462388",
  "462388 поз. 1 и 2 - всё сделано, двери открываются и закрываются нормально. Уехал 11:30 AM.\n\nTomasz",
  label=D("462388", ["1","2"], LEFT, "all done, уехал"), cs="koi8-r", cte="quoted-printable")

# ---------------------------------------------------------------- 462456
L("olga", "2026-11-12 12:30", "Re: Заявка 462456 интеграция BMS",
  "Добрый день!\nЗаявка 462456 принята, инженер будет назначен сегодня до 17:00.\n\n" + SIG["olga"] +
  "\n\n-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\nSent: Thursday, November 12, 2026 12:00 PM\n"
  "Subject: Заявка 462456 интеграция BMS\n\nПросим выполнить интеграцию BMS с АПС, ТЦ «Гранат».",
  label=D("462456", [], ACC, "принята"), cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")
L("mark", "2026-11-12 18:10", "RE: 462456 access list",
  "Hi Irina,\n\nThanks for the update on 462456 and for the access list, noted. We'll use entrance No. 4 from Profsoyuznaya.\n\n" + SIG["mark"] +
  outlook_quote(CUST, "12 ноября 2026 г. 17:45", "Mark Thornbury", "462456 access list",
                "Марк, добрый вечер. Список допуска на 13.11 согласован, вход №4."),
  label=R("thanks for the dispatcher's own message, no status"), mailer="Microsoft Outlook 16.0", cte="quoted-printable")
L("luca", "2026-11-13 09:05", "Heading to Granat - 462456",
  "Heading to site for 462456 now, ETA 9:45 AM.\n\nLuca",
  label=D("462456", [], WAY, "heading to site"))
ics_req = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
           "ORGANIZER;CN=Mark Thornbury:mailto:mark.thornbury@fjellvind-lds.ru\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dispatch@zakazchik-omis.ru\r\n"
           "SUMMARY:462456 - BMS / fire alarm integration review\r\nDTSTART:20261116T080000Z\r\nDTEND:20261116T083000Z\r\n"
           "UID:040000008200E00074C5B7101A82E0080000000062A7F1\r\nLOCATION:Microsoft Teams Meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
L("mark", "2026-11-13 11:00", "462456 - BMS / fire alarm integration review",
  "Hi all,\n\nLet's have a short call on Monday 11:00 AM to agree the cause-and-effect matrix for 462456.\n\n"
  "________________________________________________________________________________\n"
  "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n"
  "Meeting ID: 372 118 604 559\nPasscode: qT7wXa\n"
  "________________________________________________________________________________\n",
  label=R("Teams meeting invite sent by a person; no status"), kind="invite", parts=ics_req, mailer="Microsoft Outlook 16.0")
html_56 = """<html><head><meta charset="utf-8"></head><body>
<div>Hi,</div><div><br></div>
<div>Arrived 9:50 AM, finished 12:20 PM, I&#39;m off site now. Fire alarm inputs mapped to BMS, test with the fire officer passed (protocol No. 17/11).</div>
<div><br></div><div>Luca</div></body></html>"""
L("luca", "2026-11-13 12:30", "Re: Heading to Granat - 462456",
  "Hi,\n\nArrived 9:50 AM, finished 12:20 PM, I'm off site now. Fire alarm inputs mapped to BMS, test with the fire officer passed (protocol No. 17/11).\n\nLuca",
  html=html_56, kind="alt",
  label=D("462456", [], LEFT, "arrival and departure both done: latest = left"))

# ---------------------------------------------------------------- 462502
L("mark", "2026-11-16 09:40", "Request 462502 Atrium-Vostok",
  "Hello,\n\nWe confirm request 462502 is accepted. Team of two (Sean + Luca) will be there tomorrow from 8:30 AM.\n\n" + SIG["mark"],
  label=D("462502", [], ACC, "accepted; next-day plan irrelevant"))
L("sean", "2026-11-17 08:10", "462502 crew en route",
  "Crew en route to Atrium-Vostok (462502), ETA 40 min.\nSean" + MOBILE,
  label=D("462502", [], WAY, "crew en route"))
html_502 = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Good morning,</p>
<p>Request 462502 &ndash; status 9:00 AM:</p>
<table border="1" style="border-collapse:collapse">
<tr><td><b>Pos.</b></td><td><b>Escalator</b></td><td><b>Status</b></td></tr>
<tr><td>1</td><td>ESC-01 (ground &rarr; 1st)</td><td>On site 8:50 AM, maintenance started</td></tr>
<tr><td>2</td><td>ESC-02 (1st &rarr; ground)</td><td>On site 8:50 AM, maintenance started</td></tr>
<tr><td>3</td><td>ESC-03</td><td>&ndash;</td></tr>
<tr><td>4</td><td>ESC-04</td><td>&ndash;</td></tr>
</table><p>Sean</p></body></html>"""
L("sean", "2026-11-17 09:00", "462502 status", html=html_502, kind="html", cte="quoted-printable",
  label=D("462502", ["1","2"], ON, "HTML table: pos 1,2 on site, 3,4 nothing"))
L("luca", "2026-11-17 13:30", "462502 поз3 поз4",
  "Hi, we are on escalators 3 & 4 now (поз3, поз4), started 1:20 PM.\nLuca",
  label=D("462502", ["3","4"], ON, "working on 3 and 4 now"))
L("sean", "2026-11-17 15:05", "RE: 462502 status",
  "462502: items 1, 2 completed; items 3, 4 still in progress, Luca is on them.\n\nSean",
  label=R("different statuses per position: 1,2 finished, 3,4 in progress"))
L("sean", "2026-11-17 17:45", "462502 - items 1-4 done",
  "Items 1–4 done, all four escalators back in service. Crew left site 5:30 PM. Report to follow with the act.\n\n" + SIG["sean"],
  label=D("462502", ["1","2","3","4"], LEFT, "range 1-4, crew left"), cte="quoted-printable")

# ---------------------------------------------------------------- 462617
L("olga", "2026-11-17 15:30", "Ваша заявка 462617 принята",
  "Уважаемые коллеги!\n\nВаша заявка 462617 (Бизнес-парк «Лесная») принята в работу.\nИсполнитель: Tomasz Wieczorek.\n"
  "Договор № FV-RU/2026-118 от 14.01.2026.\n\n" + SIG["olga"],
  label=D("462617", [], ACC, "принята в работу; contract number noise"), cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")
L("tomasz", "2026-11-18 09:20", "462617 (1)",
  "Еду на поз.1, корпус 1, буду 10 минут.\nTomasz" + MOBILE,
  label=D("462617", ["1"], WAY, "еду, буду через 10 минут"))
L("mark", "2026-11-18 09:45", "FW: 462617 П1",
  "FYI, from Tomasz (his phone has no Russian layout today).\n\nMark\n\n"
  "________________________________\nFrom: Tomasz Wieczorek <t.wieczorek@fjellvind-lds.ru>\nSent: Wednesday, November 18, 2026 9:38 AM\n"
  "To: Mark Thornbury <mark.thornbury@fjellvind-lds.ru>\nSubject: 462617 П1\n\nNA MESTE 462617 P1, korpus 1. 9:35 AM",
  label=D("462617", ["1"], ON, "Outlook forward of engineer's translit 'NA MESTE'"), mailer="Microsoft Outlook 16.0")
L("tomasz", "2026-11-18 12:20", "Заявка 462617 П1 П2",
  "Заявка 462617:\nП1 - замена привода, ЗАКОНЧИЛ.\nП2 - ремонт не надо, только регулировка, тоже закончил.\nУехал 12:10 PM.\n\n" + SIG["tomasz"],
  label=D("462617", ["1","2"], LEFT, "both finished, уехал"), cs="koi8-r", cte="base64")

# ---------------------------------------------------------------- 462740
L("pieter", "2026-11-19 10:20", "RE: заявка 462740 ЩА-4",
  "Acknowledged 462740 and accepted. Scheduled for tomorrow afternoon.\n\n" + SIG["pieter"],
  label=D("462740", [], ACC, "acknowledged and accepted"))
L("pieter", "2026-11-19 17:40", "462740 - delay",
  "Sorry, for 462740 the engineer is not dispatched yet, we are still waiting for the software licence key from Oslo. "
  "Will update you tomorrow morning.\n\n" + SIG["pieter"],
  label=R("negation: not dispatched yet"))
L("pieter", "2026-11-20 14:05", "462740 on site",
  "I'm on site now at Severnaya Bashnya, since 1:50 PM, panel ЩА-4 room B-112.\n\nPieter",
  label=D("462740", [], ON, "on site; room number noise"))
L("pieter", "2026-11-20 17:30", "Re: 462740 on site",
  "Commissioning complete, trend logs OK, I've left the building at 5:15 PM.\n\nPieter\n\n"
  "On Fri, 20 Nov 2026 at 14:05, Pieter van Aalst wrote:\n> I'm on site now at Severnaya Bashnya, since 1:50 PM, panel ЩА-4 room B-112.",
  label=D("462740", [], LEFT, "subject says on site, body left"))

# ---------------------------------------------------------------- 462893
L("mark", "2026-11-23 09:25", "RE: Request #462893 Sovereign hotel doors",
  "Dear Sirs,\n\nWe confirm receipt and acceptance of your request #462893.\n\n" + SIG["mark"],
  label=D("462893", [], ACC, "receipt and acceptance confirmed"))
L("luca", "2026-11-23 14:00", "462893 п.2",
  "462893 п.2 (restaurant door) - leaving for site now.\nLuca",
  label=D("462893", ["2"], WAY, "'leaving for site' = on the way"))
L("luca", "2026-11-23 15:05", "Re: 462893 п.2",
  "pos 2: arrived.\n\n> 462893 п.2 (restaurant door) - leaving for site now.",
  label=D("462893", ["2"], ON, "arrived"))
L("luca", "2026-11-23 16:40", "462893 позиция 2",
  "Finished with position 2, leaving the site now. Positions 1 and 3 tomorrow morning.\n\n" + SIG["luca"],
  label=D("462893", ["2"], LEFT, "pos 2 finished and leaving; 1 and 3 planned"))
L("luca", "2026-11-24 10:30", "462893 item 1 + item 3",
  "Buongiorno, on site since 10:15 AM, item 1 (lobby) and item 3 (parking).\nLuca",
  label=D("462893", ["1","3"], ON, "on site for 1 and 3"))
L("luca", "2026-11-24 13:10", "Re: 462893 item 1 + item 3",
  "Лобби и паркинг - готово, двери работают. Я уехал с объекта.\nitems 1,3 done.\n\nLuca",
  label=D("462893", ["1","3"], LEFT, "готово, уехал с объекта"), cte="base64")

# ---------------------------------------------------------------- other review
L("mark", "2026-11-19 12:00", "RE: 462144 - invoice and act",
  "Hi Irina,\n\nPlease find our invoice INV-2026-1187 and act No. 3312 for request 462144 in the post. "
  "Total 184 500,00 RUB incl. VAT. Could you please confirm the PO number so accounting can book it?\n\n" + SIG["mark"],
  label=R("invoice/price talk, no status"), mailer="Microsoft Outlook 16.0")
L("sean", "2026-11-20 10:30", "462555 item 1 - on site",
  "On site for 462555 item 1 since 10:20 AM.\nSean" + MOBILE,
  label=R("462555 is not in the registry"))
L("luca", "2026-11-23 15:20", "security?",
  "Hi, I'm at the hotel already, but where is the security guard with the keys for the door panel? Nobody answers at +7 495 933-12-00.\nLuca",
  label=R("no request number; question/complaint"))
L("mark", "2026-11-18 08:30", "462617 - floor plan",
  "Good morning,\n\nCould you please send the floor plan for request 462617 (building 2)? Tomasz needs to know where the door controller is.\n\n" + SIG["mark"],
  label=R("question, no status"))

# ---------------------------------------------------------------- ignored
L("sean", "2026-11-26 09:00", "Automatic reply: Заявка 462502 акт",
  "Hello,\n\nI'm out of office until 30 November with limited access to e-mail. For urgent service requests please "
  "call our 24/7 line +7 495 660-18-40 or write to mark.thornbury@fjellvind-lds.ru.\n\nSean O'Rourke",
  label=I("out-of-office auto-reply"), extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  mailer="Microsoft Outlook 16.0")
L("daemon", "2026-11-18 10:02", "Undeliverable: Заявка 462617 - уточнение", kind="bounce",
  label=I("delivery failure report"))
L("pieter", "2026-11-10 10:15", "Read: Заявка 462331 - уточнение", kind="mdn",
  label=I("read receipt"))
L("mark", "2026-11-13 11:20", "Accepted: 462456 - BMS / fire alarm integration review", kind="accept",
  label=I("calendar meeting response generated by Outlook"))
L("news", "2026-11-25 07:00", "Fjellvind Service News | November 2026",
  html="""<html><body><h2>Fjellvind Service News - November 2026</h2>
<p>New FV-E9300 escalator retrofit kit now available in Russia. Over 462 000 operating hours of field data behind it!</p>
<p>Winter checklist for automatic doors: 5 things your facility team should check.</p>
<p><a href="https://www.fjellvind.com/unsubscribe?id=88123">Unsubscribe</a></p></body></html>""",
  kind="html", label=I("bulk newsletter"),
  extra={"List-Unsubscribe": "<https://www.fjellvind.com/unsubscribe?id=88123>", "Precedence": "bulk"})

# ---------------------------------------------------------------- build
def build(i, d):
    who = P[d["who"]]
    kind = d["kind"]
    if kind == "html":
        msg = leaf(d["html"], "html", d["cs"], d["cte"])
    elif kind == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(leaf(d["text"], "plain", d["cs"], d["cte"]))
        msg.attach(leaf(d["html"], "html", d["cs"], d["cte"]))
    elif kind == "invite":
        msg = MIMEMultipart("alternative")
        msg.attach(leaf(d["text"], "plain"))
        cal = Message()
        cal["Content-Type"] = 'text/calendar; charset="utf-8"; method=REQUEST'
        cal["Content-Transfer-Encoding"] = "7bit"
        cal.set_payload(d["parts"])
        msg.attach(cal)
    elif kind == "accept":
        msg = MIMEMultipart("alternative")
        msg.attach(leaf("Mark Thornbury has accepted this meeting.\n", "plain"))
        cal = Message()
        cal["Content-Type"] = 'text/calendar; charset="utf-8"; method=REPLY'
        cal["Content-Transfer-Encoding"] = "7bit"
        cal.set_payload(ics_req.replace("METHOD:REQUEST", "METHOD:REPLY").replace(
            "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dispatch@zakazchik-omis.ru",
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:mark.thornbury@fjellvind-lds.ru"))
        msg.attach(cal)
        d["extra"]["X-MS-Exchange-Calendar-Series-Instance-Id"] = "BAAAAIIA4AB0xbcQGoLgCAAAAABip/E="
    elif kind == "bounce":
        msg = MIMEMultipart("report", report_type="delivery-status")
        msg.attach(leaf("This is the mail system at host mx1.fjellvind-lds.ru.\n\nI'm sorry to have to inform you that your "
                        "message could not be delivered to one or more recipients.\n\n<s.ivanov@fjellvind-lds.ru>: "
                        "host mx1.fjellvind-lds.ru said: 550 5.1.1 User unknown\n", "plain"))
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        b1 = Message(); b1["Reporting-MTA"] = "dns; mx1.fjellvind-lds.ru"
        b2 = Message(); b2["Final-Recipient"] = "rfc822; s.ivanov@fjellvind-lds.ru"; b2["Action"] = "failed"
        b2["Status"] = "5.1.1"; b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
        ds.set_payload([b1, b2])
        msg.attach(ds)
        orig = Message()
        orig["Content-Type"] = "text/rfc822-headers"
        orig.set_payload("From: dispatch@zakazchik-omis.ru\nTo: s.ivanov@fjellvind-lds.ru\n"
                         "Subject: =?utf-8?b?" + base64.b64encode("Заявка 462617 - уточнение".encode()).decode() + "?=\n"
                         "Date: Wed, 18 Nov 2026 10:01:40 +0300\n")
        msg.attach(orig)
        d["extra"]["Auto-Submitted"] = "auto-replied"
    elif kind == "mdn":
        msg = MIMEMultipart("report", report_type="disposition-notification")
        msg.attach(leaf("Your message\n\n  To: Pieter van Aalst\n  Subject: Заявка 462331 - уточнение\n  Sent: 10.11.2026 10:02\n\n"
                        "was read on 10.11.2026 10:15.\n", "plain", "utf-8", "quoted-printable"))
        mdn = Message()
        mdn["Content-Type"] = "message/disposition-notification"
        mdn.set_payload("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;p.vanaalst@fjellvind-lds.ru\n"
                        "Disposition: manual-action/MDN-sent-manually; displayed\n")
        msg.attach(mdn)
    else:
        msg = leaf(d["text"], "plain", d["cs"], d["cte"])
    when = dt(d["date"], d["tz"])
    cs_hdr = d["cs"] if d["cs"] in ("utf-8", "windows-1251", "koi8-r") else "utf-8"
    name = who[0]
    try:
        name.encode("ascii"); frm = formataddr((name, who[1]))
    except UnicodeEncodeError:
        frm = Header(name, cs_hdr, header_name="From"); frm.append(" <%s>" % who[1], "us-ascii")
    hdrs = [("From", frm), ("To", d["to"]), ("Subject", enc_subject(d["subj"], cs_hdr)),
            ("Date", format_datetime(when)),
            ("Message-ID", "<%s.%03d@mail.fjellvind-lds.ru>" % (hashlib.md5((d["date"] + d["subj"] + str(i)).encode()).hexdigest()[:20].upper(), i)),
            ("MIME-Version", "1.0")]
    if d["mailer"]:
        hdrs.append(("X-Mailer", d["mailer"]))
    if d["subj"].lower().startswith(("re:", "fw:", "fwd:")):
        hdrs.append(("In-Reply-To", "<prev.%03d@zakazchik-omis.ru>" % i))
    for k, v in d["extra"].items():
        hdrs.append((k, v))
    # put our headers in front
    for k, v in reversed(hdrs):
        if k == "MIME-Version" and "MIME-Version" in msg:
            continue
        msg._headers.insert(0, (k, v))
    return msg

labels = {}
order = sorted(range(len(LETTERS)), key=lambda k: dt(LETTERS[k]["date"], LETTERS[k]["tz"]))
for n, k in enumerate(order, 1):
    d = LETTERS[k]
    fn = "%03d.eml" % n
    msg = build(n, d)
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(msg.as_bytes())
    labels[fn] = d["label"]

registry = {"contractor": {"name": "ООО «Фьельвинд ЛДС Рус» (Fjellvind Lift & Door Systems Rus LLC)",
                           "emails": sorted({v[1] for v in P.values()}),
                           "domains": ["fjellvind-lds.ru", "fjellvind.com"]},
            "requests": [{"number": n, "positions": p, "registered_at": r, "comment": c} for n, p, r, c in REQS]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(labels), "letters")
