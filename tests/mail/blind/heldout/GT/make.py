#!/usr/bin/env python3
# Generator for the "Сивуч-Монтаж" corpus (hurried site supervisor who keeps correcting himself).
import json, os, random
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import format_datetime, make_msgid, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))

MSK = timezone(timedelta(hours=3))
DOM = "sivuch-montazh.ru"
GENA = "g.drobyshev@sivuch-montazh.ru"
GENA_MOB = "gena.drob74@mail.ru"
OFIS = "ofis@sivuch-montazh.ru"
DAEMON = "mailer-daemon@sivuch-montazh.ru"
NEWS = "news@sivuch-montazh.ru"
DISP = "dispatch@zakazchik-omis.ru"
NAME = "Дробышев Геннадий"

A = "заявка принята"; P = "подрядчик в пути"; M = "подрядчик на месте"; U = "подрядчик убыл"

registry = {
  "contractor": {"name": "ООО «Сивуч-Монтаж»",
                 "emails": [GENA, GENA_MOB, OFIS, DAEMON, NEWS, "a.semin@sivuch-montazh.ru"],
                 "domains": [DOM]},
  "requests": [
    {"number": "467031", "positions": ["1","2","3"], "registered_at": "2026-11-02T08:30:00+03:00", "comment": "Электрощитовые корп. 1, 2, 3 (ТП-4, ул. Заводская)"},
    {"number": "467058", "positions": ["1","2"], "registered_at": "2026-11-02T10:00:00+03:00", "comment": "Вентустановки П1 и В1, столовая"},
    {"number": "467102", "positions": ["1"], "registered_at": "2026-11-03T09:00:00+03:00", "comment": "Насос подкачки ХВС, ИТП"},
    {"number": "467115", "positions": ["1","2","3","4"], "registered_at": "2026-11-05T08:00:00+03:00", "comment": "Освещение пролётов 1–4, цех сборки"},
    {"number": "467151", "positions": ["1","2"], "registered_at": "2026-11-05T08:20:00+03:00", "comment": "Ворота секционные, склад 2 и 3"},
    {"number": "467240", "positions": ["1","2","3"], "registered_at": "2026-11-09T08:00:00+03:00", "comment": "Котельные на трёх площадках (Н. Салда)"},
    {"number": "467277", "positions": ["1"], "registered_at": "2026-11-10T09:00:00+03:00", "comment": "Аварийный генератор, АБК"},
    {"number": "467309", "positions": ["1","2"], "registered_at": "2026-11-11T10:00:00+03:00", "comment": "Вентиляция корпус Б, этажи 1 и 2"},
    {"number": "467412", "positions": ["1","2","3"], "registered_at": "2026-11-16T08:00:00+03:00", "comment": "Кондиционеры серверной, 3 блока"},
    {"number": "467468", "positions": ["1","2"], "registered_at": "2026-11-17T09:00:00+03:00", "comment": "Пожарная сигнализация, КПП-1 и КПП-2"},
    {"number": "467530", "positions": ["1","2","3","4"], "registered_at": "2026-11-19T08:00:00+03:00", "comment": "Тепловые завесы, 4 входа"},
    {"number": "467604", "positions": ["1"], "registered_at": "2026-11-23T08:00:00+03:00", "comment": "Лифт грузовой, корп. 5"},
    {"number": "467777", "positions": ["1","2"], "registered_at": "2026-11-24T09:00:00+03:00", "comment": "Сантехника, санузлы 3 и 4 этажа"},
  ]}

SIG = "\n\n--\nГ. Дробышев\nмастер участка ООО «Сивуч-Монтаж»\nт. +7 912 334-18-07"
SIG_S = "\n\nДробышев"
MOB = "\n\nОтправлено из Почты Mail.ru для Android"
IPH = "\n\nОтправлено с iPhone"

def dt(d, hm):
    h, m = map(int, hm.split(":"))
    return datetime(2026, 11, d, h, m, random.randint(0, 59), tzinfo=MSK)

def rus_date(x):
    return x.strftime("%d.%m.%Y %H:%M")

letters = []
def L(d, hm, subj, body, label, frm=GENA, cs="utf-8", cte="8bit", html=None, alt=False, hdr=None, subj_cs=None):
    letters.append(dict(date=dt(d, hm), subj=subj, body=body, label=label, frm=frm, cs=cs, cte=cte,
                        html=html, alt=alt, hdr=hdr or {}, subj_cs=subj_cs, kind="normal"))

def SP(d, hm, kind, label, **kw):
    letters.append(dict(date=dt(d, hm), kind=kind, label=label, **kw))

def dec(req, pos, st, note): return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def rev(note): return {"expect": "review", "note": note}
def ign(note): return {"expect": "ignored", "note": note}

def disp_quote(when, subj, text, style=">"):
    if style == ">":
        return ("\n\n" + when + ", Диспетчерская ОМИС <" + DISP + "> пишет:\n" +
                "\n".join("> " + l if l else ">" for l in text.split("\n")))
    if style == "outlook":
        return ("\n\n________________________________\nОт: Диспетчерская ОМИС <" + DISP + ">\n"
                "Отправлено: " + when + "\nКому: " + GENA + "\nТема: " + subj + "\n\n" + text)
    if style == "orig":
        return ("\n\n-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\nSent: " + when +
                "\nTo: " + GENA + "\nSubject: " + subj + "\n\n" + text)

def self_quote(when, text, frm=GENA, prefix="> "):
    return ("\n\n" + when + ", " + NAME + " <" + frm + ">:\n" +
            "\n".join(prefix + l for l in text.split("\n")))

# ------------------------------------------------------------------ 467031
L(2, "09:12", "заявка 467031",
  "Добрый день.\nЗаявку 467031 взяли в работу, ответственный мастер Дробышев. Бригаду назначу после обеда, сейчас все на выезде." + SIG,
  dec("467031", [], A, "accepted, no positions named"), cs="windows-1251", cte="quoted-printable")
L(2, "13:40", "467031 поз 2",
  "выехали на вторую позицию (корп.2), будем минут через 40" + MOB,
  dec("467031", ["2"], P, "on the way to pos 2"), frm=GENA_MOB, cte="base64")
L(2, "13:52", "Re: 467031 поз 2",
  "поправка: не вторая, а третья позиция. едем на 3-ю, корп.3. вторую завтра" + MOB +
  self_quote("Пн, 2 нояб. 2026 г. в 13:40", "выехали на вторую позицию (корп.2), будем минут через 40", GENA_MOB),
  dec("467031", ["3"], P, "self-correction: travelling to pos 3, not 2; pos 2 only planned"), frm=GENA_MOB, cte="base64")
L(2, "14:35", "467031",
  "по 467031 на месте, п.3. Щит ЩР-2 вскрыли, автомат ВА47-29 16А под замену." + MOB,
  dec("467031", ["3"], M, "on site pos 3; ЩР-2/ВА47-29 are equipment labels"), frm=GENA_MOB, cte="base64")
L(2, "17:10", "467031 (3)",
  "Закончили по третьей, убыли в 17:05. Акт № 118/11 подпишем завтра у вашего энергетика." + SIG,
  dec("467031", ["3"], U, "finished pos 3; act number is noise"), cs="windows-1251", cte="quoted-printable")
L(3, "08:50", "Re: 467031 поз 2",
  "Выехали на П2 и П1 сразу, одной машиной, гос. номер К 417 ТМ 196." + MOB +
  self_quote("Пн, 2 нояб. 2026 г. в 13:40", "выехали на вторую позицию (корп.2), будем минут через 40", GENA_MOB),
  dec("467031", ["1", "2"], P, "new text: en route to P1 and P2; car plate is noise; quote is old"), frm=GENA_MOB, cte="base64")
L(3, "09:30", "467031",
  "На месте по обоим... точнее на первой на месте, на вторую ещё не доехали, там ворота закрыты, ждём охрану." + MOB,
  dec("467031", ["1"], M, "same-letter correction: only pos 1 on site, pos 2 still not reached (nothing new)"), frm=GENA_MOB, cte="base64")
L(3, "12:15", "Заявка 467031 поз.1",
  "Поз.1 работы выполнены, убыли." + SIG_S,
  dec("467031", ["1"], U, "reports departure from pos 1 (retracted later, but this letter says so)"))
L(3, "12:24", "Re: Заявка 467031 поз.1",
  "Прошу считать предыдущее письмо ошибочным!! Не убыли, а только выехали на обед, вернёмся к 13:30, там ещё кабель тянуть." + SIG_S +
  self_quote("03.11.2026 12:15", "Поз.1 работы выполнены, убыли.\n\nДробышев"),
  rev("retraction of departure; crew still on the job (lunch), no new forward status"))
L(3, "15:40", "467031 п1 п2",
  "467031 п1 и п2 всё, закончили. Бригада освободилась, едут на базу.\nЗамечаний нет, кабельный журнал оставили у дежурного." + SIG,
  dec("467031", ["1", "2"], U, "finished P1 and P2"), cs="windows-1251", cte="quoted-printable")

# ------------------------------------------------------------------ 467058
L(2, "10:45", "Заявка №467058",
  None, dec("467058", [], A, "HTML only: accepted"),
  html="<html><body><p>Добрый день!</p><p>Заявку <b>№467058</b> приняли в работу. Позвоню по выезду.</p>"
       "<p>--<br>Г. Дробышев<br>ООО «Сивуч-Монтаж»<br>т. +7 912 334-18-07</p></body></html>")
L(4, "08:10", "Наряд 467058",
  "Наряд 467058. Выезд бригады 8:00, в пути, поз.1 и 2. Старший Сёмин, т. 8-922-601-44-90." + SIG,
  dec("467058", ["1", "2"], P, "departure to site 8:00, travelling"), cs="windows-1251", cte="base64")
L(4, "08:55", "Обращение 467058",
  "Обращение 467058 - прибыли на объект 08:50 (позиция 1). Ой нет, поз. 2, вытяжка В1, первую потом" + IPH,
  dec("467058", ["2"], M, "same-letter correction: arrived at pos 2, not 1"), frm=GENA_MOB)
L(4, "11:30", "467058 статус",
  None, rev("HTML table: pos 1 on site, pos 2 finished - different statuses for different positions"),
  html="<html><body><p>По заявке 467058 на 11:20:</p>"
       "<table border=1 cellpadding=3><tr><th>Поз.</th><th>Объект</th><th>Статус</th></tr>"
       "<tr><td>1</td><td>П1 приточка</td><td>на месте с 11:00, меняем ремень</td></tr>"
       "<tr><td>2</td><td>В1 вытяжка</td><td>работы завершены, убыли 11:20</td></tr></table>"
       "<p>Дробышев</p></body></html>", alt=True)
L(4, "16:00", "467058-1",
  "закончили, уехали. ремень B-1250 поменяли, подшипник 6204 тоже" + MOB,
  dec("467058", ["1"], U, "number-position in subject 467058-1; part numbers noise"), frm=GENA_MOB, cte="base64")
L(4, "16:20", "Re: 467058",
  "Спасибо, ваше письмо получили, акт передадим." + SIG_S +
  disp_quote("04.11.2026 16:12", "", "Геннадий, подтвердите, пожалуйста, что по 467058 работы завершены полностью.\nДиспетчер Коровина"),
  rev("acknowledges dispatcher's message, reports nothing new"))

# ------------------------------------------------------------------ 467102
L(3, "09:40", "Re: Заявка 467102",
  "Взяли в работу. Сегодня не успеем, завтра с утра." + SIG_S +
  disp_quote("03.11.2026 09:05", "Заявка 467102",
             "Направляем заявку 467102: насос подкачки ХВС в ИТП, течь по торцевому уплотнению.\nКонтакт на месте: Лопатин, 8-343-555-12-70."),
  dec("467102", [], A, "accepted; trip only planned for tomorrow"), cs="koi8-r", cte="quoted-printable")
L(4, "07:55", "467102",
  "467102 выехал, точнее уже на месте, подъехал пока писал" + IPH,
  dec("467102", [], M, "same-letter correction: actually on site"), frm=GENA_MOB)
L(4, "10:20", "по 467102",
  "по 467102 всё готово, насос Grundfos CR 10-4 перебрали, уплотнение заменили, работает. Уехали." + IPH,
  dec("467102", [], U, "done and left; model number is noise"), frm=GENA_MOB)
L(4, "10:31", "Re: по 467102",
  "прошу считать предыдущее письмо ошибочным, перепутал" + IPH +
  self_quote("4 нояб. 2026 г., в 10:20", "по 467102 всё готово, насос Grundfos CR 10-4 перебрали, уплотнение заменили, работает. Уехали.", GENA_MOB),
  rev("retraction only, no new status"), frm=GENA_MOB)
L(4, "13:05", "467102 финал",
  "По заявке 467102: вот теперь точно всё, течи нет, убыли в 13:00. Утром поторопился, извините." + SIG,
  dec("467102", [], U, "definitive departure 13:00"), cs="windows-1251", cte="quoted-printable")

# ------------------------------------------------------------------ 467115 / 467151
L(5, "09:00", "Заявка 467115 - приняли",
  "Приняли. Люди будут к обеду, вышка своя." + SIG_S,
  dec("467115", [], A, "accepted"))
L(5, "09:05", "467151",
  "467151 тоже приняли, ворота посмотрим после освещения." + SIG_S,
  dec("467151", [], A, "accepted"))
L(5, "11:30", "467151 поз 1",
  "на месте поз 1" + IPH,
  dec("467151", ["1"], M, "as written (sender later says the number was wrong)"), frm=GENA_MOB)
L(5, "11:38", "Re: 467151 поз 1",
  "ошибся номером, правильно 467115, а не 467151. Бригада на месте по поз.1 (пролёт 1, освещение)." + IPH +
  self_quote("5 нояб. 2026 г., в 11:30", "на месте поз 1", GENA_MOB),
  dec("467115", ["1"], M, "number correction: the real request is 467115; wrong number only mentioned as a mistake"), frm=GENA_MOB)
L(5, "11:45", "467151",
  "по 467151 никого ещё нет, не выезжали, не путайте пожалуйста, это я ошибся" + IPH,
  rev("negation/retraction for 467151"), frm=GENA_MOB)
L(5, "14:00", "#467115",
  "#467115 поз 1 убыли, поз 2 и 3 выехали, будут через 10 мин" + IPH,
  rev("different statuses for different positions (1 left, 2-3 en route)"), frm=GENA_MOB)
L(5, "14:40", "467115 п.2 п.3",
  "П.2, п.3 на месте. Светильники ДСП-150 (12 шт) на складе получили." + SIG_S,
  dec("467115", ["2", "3"], M, "on site positions 2,3"))
L(5, "17:30", "RE: 467115",
  "Поз 2 и 3 закончили, убыли. 4-ю завтра с утра, там без вышки никак." + SIG +
  disp_quote("05.11.2026 17:02", "467115", "Геннадий, добрый вечер. Что по 467115 на сегодня? Цех спрашивает.", "outlook"),
  dec("467115", ["2", "3"], U, "left pos 2,3; pos 4 only planned; quote is dispatcher's question"), cs="windows-1251", cte="quoted-printable")
L(6, "09:10", "467115 поз4",
  "едем на 4-й пролёт, минут 15" + MOB,
  dec("467115", ["4"], P, "en route to pos 4"), frm=GENA_MOB, cte="base64")
L(6, "10:00", "467115 поз4",
  "Прибыли. Вышку поставили." + MOB,
  dec("467115", ["4"], M, "arrived pos 4"), frm=GENA_MOB, cte="base64")
L(6, "12:00", "467115 поз 4",
  "убыли... точнее не убыли ещё, сдаём работу вашему мастеру, минут 20 ещё тут" + MOB,
  dec("467115", ["4"], M, "same-letter correction: still on site (handing over), not left"), frm=GENA_MOB, cte="base64")
L(6, "12:35", "467115 (4)",
  "Сдали, подписали. Уехали 12:30." + MOB,
  dec("467115", ["4"], U, "left pos 4"), frm=GENA_MOB, cte="base64")
L(6, "13:10", "467151 поз.1,2",
  "По 467151 выехали на обе позиции, ворота на складе 2 и 3." + SIG_S,
  dec("467151", ["1", "2"], P, "en route positions 1,2"))
L(6, "14:00", "Fwd: ворота",
  "Пересылаю от бригадира, у меня связи нет толком.\n\n-------- Пересылаемое сообщение --------\n"
  "06.11.2026, 13:55, Сёмин Андрей <a.semin@sivuch-montazh.ru>:\nГена, по 467151 на месте, обе позиции, привод Hormann SupraMatic на складе 3 менять надо.\n-------- Конец пересылаемого сообщения --------" + MOB,
  dec("467151", ["1", "2"], M, "forwarded crew report: on site both positions"), frm=GENA_MOB, cte="base64")
L(6, "17:45", "467151 п2",
  "п2 готово. п1 остаётся на завтра, привод не привезли." + SIG_S,
  dec("467151", ["2"], U, "pos 2 done; pos 1 only planned"))
L(7, "11:00", "467151 п1",
  "Привод поставили, п1 всё, бригада убыла в 10:50." + SIG_S,
  dec("467151", ["1"], U, "left pos 1"))

# ------------------------------------------------------------------ 467240
L(9, "08:40", "Заявка № 467240 принята",
  "Принято. Разберёмся сегодня, Салда далеко, так что к обеду не ждите." + SIG,
  dec("467240", [], A, "accepted; RFC2047 base64 subject"), cte="base64")
L(9, "10:10", "467240 П1",
  "Выехали в сторону Нижней Салды, ул. Ленина 112." + IPH,
  dec("467240", ["1"], P, "en route to P1; address number is noise"), frm=GENA_MOB)
L(9, "10:15", "Re: 467240 П1",
  "поправка: не П1 а П3, Ленина 112 это третья позиция по вашей заявке. Едем на 3-ю." + IPH +
  self_quote("9 нояб. 2026 г., в 10:10", "Выехали в сторону Нижней Салды, ул. Ленина 112.", GENA_MOB),
  dec("467240", ["3"], P, "position correction: P3 not P1"), frm=GENA_MOB)
L(9, "11:20", "467240 П3",
  "П3 нa мeстe, котёл Buderus Logano G234 осмотрели, горелку разбираем." + IPH,
  dec("467240", ["3"], M, "Latin look-alike letters in 'на месте'; model noise"), frm=GENA_MOB)
L(9, "15:00", "467240 третья",
  "По третьей завершено, бригада освободилась, убытие 14:50. Пломбу № 0045871 на газовом счётчике не трогали." + SIG,
  dec("467240", ["3"], U, "finished pos 3; seal number noise"), cs="windows-1251", cte="quoted-printable")
L(10, "09:00", "467240 п.1 п.2",
  "Бригада в дороге на п.1 и п.2, будем к 10." + SIG_S,
  dec("467240", ["1", "2"], P, "travelling to positions 1,2"))
L(10, "10:05", "Re: 467240 п.1 п.2",
  "прибыли, по первой и второй. Ребята разделились." + SIG_S,
  dec("467240", ["1", "2"], M, "arrived positions 1,2"))
L(10, "13:30", "467240",
  "По второй убыли. Поправка - по первой тоже закончили, так что обе, п.1 и п.2 убыли." + SIG_S,
  dec("467240", ["1", "2"], U, "same-letter correction widens to positions 1 and 2"))

# ------------------------------------------------------------------ 467277
L(10, "09:30", "467277",
  "467277 приняли, генератор посмотрим завтра с утра." + SIG_S,
  dec("467277", [], A, "accepted"))
L(11, "08:00", "Re: 467277",
  "выехали" + MOB,
  dec("467277", [], P, "bare 'выехали' with number in subject"), frm=GENA_MOB, cte="base64")
L(11, "08:20", "Re: 467277",
  "не выехали, машина не завелась. прошу считать предыдущее ошибочным. выедем после обеда" + MOB,
  rev("retraction + negation + plan, no status"), frm=GENA_MOB, cte="base64")
L(11, "13:45", "467277 наконец-то",
  "467277 наконец-то в пути, ГАЗель Н 305 ОР 96, минут 30." + MOB,
  dec("467277", [], P, "en route; car plate noise"), frm=GENA_MOB, cte="base64")
L(11, "15:10", "467277",
  "На месте с 15:00. Генератор FG Wilson P22 не запускается, смотрим." + SIG_S,
  dec("467277", [], M, "on site since 15:00"))
L(11, "18:00", "467277 ЗАКОНЧИЛИ",
  "ЗАКОНЧИЛИ, УБЫЛИ. АККУМУЛЯТОР ЗАМЕНИЛИ, ГЕНЕРАТОР ПОД НАГРУЗКОЙ ПРОВЕРИЛИ 40 МИН." + SIG_S,
  dec("467277", [], U, "caps, left"))

# ------------------------------------------------------------------ 467309
L(12, "08:30", "RE: вентиляция корпус Б",
  "Принял, берём в работу." + SIG +
  disp_quote("11 ноября 2026 г. 10:04", "Заявка 467309 вентиляция корпус Б",
             "Геннадий, добрый день.\nНаправляем заявку по вентиляции корпуса Б (этажи 1 и 2). Просьба принять.\nДиспетчер Коровина", "outlook"),
  dec("467309", [], A, "request number appears only in the quoted Outlook header subject"), cs="windows-1251", cte="quoted-printable")
L(12, "10:00", "467309 поз. 01",
  "467309 поз. 01 на месте" + IPH,
  dec("467309", ["1"], M, "position written '01'"), frm=GENA_MOB)
L(12, "10:04", "Re: 467309 поз. 01",
  "поправка: поз 02, а не 01! на второй мы, второй этаж" + IPH +
  self_quote("12 нояб. 2026 г., в 10:00", "467309 поз. 01 на месте", GENA_MOB),
  dec("467309", ["2"], M, "position correction to 02"), frm=GENA_MOB)
L(12, "14:00", "467309",
  "поз 02 убыли, поз 01 сегодня не успеем, завтра." + IPH,
  dec("467309", ["2"], U, "pos 2 left, pos 1 plan only"), frm=GENA_MOB)
L(13, "09:15", "счёт 467309",
  "Добрый день. По 467309 выставили счёт № 2211 на 48 600 руб., договор 17/26-СМ. Когда ждать оплату? Бухгалтерия спрашивает." + SIG,
  rev("invoice/payment talk, no status"), cs="windows-1251", cte="quoted-printable")
L(13, "11:20", "467309 поз 1",
  "По первому этажу на месте с 11.00" + SIG_S,
  dec("467309", ["1"], M, "on site pos 1; time noise"))

# ------------------------------------------------------------------ 467412
L(16, "09:00", "Принята заявка 467412",
  "Заявку 467412 приняли. Фреон R410A закажу сегодня." + SIG,
  dec("467412", [], A, "accepted"), cs="windows-1251", cte="quoted-printable")
L(16, "11:00", "467412 поз 1 в пути",
  "467412 поз 1 в пути" + IPH,
  dec("467412", ["1"], P, "en route pos 1"), frm=GENA_MOB)
L(16, "11:02", "Re: 467412 поз 1 в пути",
  "вернее не только 1, едем на все три позиции, 1, 2 и 3, одна бригада на всё" + IPH +
  self_quote("16 нояб. 2026 г., в 11:00", "467412 поз 1 в пути", GENA_MOB),
  dec("467412", ["1", "2", "3"], P, "correction widens to positions 1,2,3"), frm=GENA_MOB)
L(16, "12:30", "467412",
  "П.3 на месте, начали с третьей, 1 и 2 после." + IPH,
  dec("467412", ["3"], M, "on site pos 3; 1 and 2 later (plan)"), frm=GENA_MOB)
L(16, "16:50", "467412 итог",
  "П.1, п.2, п.3 выполнены, убыли 16:40. Серверная 22 градуса." + SIG_S,
  dec("467412", ["1", "2", "3"], U, "all three positions done"))
L(16, "17:05", "Re: 467412 итог",
  "поправка по второму блоку: п.2 не закончили, дренаж течёт, вернёмся завтра." + SIG_S +
  self_quote("16.11.2026 16:50", "П.1, п.2, п.3 выполнены, убыли 16:40. Серверная 22 градуса."),
  rev("partial retraction for pos 2, only plan, no new status"))
L(17, "10:10", "Re: 467412 итог",
  "По п.2 на месте, дренаж переделываем." + SIG_S +
  self_quote("16.11.2026 17:05", "поправка по второму блоку: п.2 не закончили, дренаж течёт, вернёмся завтра."),
  dec("467412", ["2"], M, "on site pos 2 (status backwards after earlier 'убыли'; letter itself clearly says on site)"))

# ------------------------------------------------------------------ 467468
L(17, "10:00", "Заявка 467468",
  "Заявку 467468 приняли, выезд завтра с утра, нужен допуск на КПП." + SIG,
  dec("467468", [], A, "accepted; trip planned"), alt=True,
  html="<html><body><p>Заявку <b>467468</b> приняли, выезд завтра с утра, нужен допуск на КПП.</p><p>--<br>Г. Дробышев<br>мастер участка ООО «Сивуч-Монтаж»<br>т. +7 912 334-18-07</p></body></html>")
L(18, "08:00", "467468 (2)",
  "в пути на КПП-2" + MOB,
  dec("467468", ["2"], P, "subject 467468 (2)"), frm=GENA_MOB, cte="base64")
L(18, "08:40", "467468 (2)",
  "на месте. для пропуска: ООО Сивуч-Монтаж ИНН 6623098765 КПП 662301001" + MOB,
  dec("467468", ["2"], M, "on site; INN/KPP noise"), frm=GENA_MOB, cte="base64")
L(18, "12:00", "467468 п2",
  "п2 убыли. Хотя стоп, это я про вчерашнюю... нет, всё верно, по второй убыли, датчики ИП 212-141 поменяли 6 шт." + MOB,
  dec("467468", ["2"], U, "hesitation but confirms: pos 2 left"), frm=GENA_MOB, cte="base64")
L(18, "12:05", "Fwd: планёрка",
  None, ign("calendar meeting response generated by mail client"), hdr={})  # placeholder replaced below

# ------------------------------------------------------------------ 467530
L(19, "09:00", "Заявка 467513",
  "Заявку 467513 приняли." + SIG_S,
  rev("number not in registry (typo, corrected in next letter)"))
L(19, "09:07", "Re: Заявка 467513",
  "ошибся номером, правильно 467530. Приняли, завесы посмотрим завтра." + SIG_S +
  self_quote("19.11.2026 09:00", "Заявку 467513 приняли."),
  dec("467530", [], A, "number correction: 467530 accepted"))
L(20, "08:30", "467530 поз 1-4",
  "Выехали, все 4 входа сегодня сделаем." + SIG_S,
  dec("467530", ["1", "2", "3", "4"], P, "range 1-4 in subject"), cs="koi8-r", cte="base64")
L(20, "10:00", "467530",
  "прибыли, п1 п2, потом переедем на п3 п4." + MOB,
  dec("467530", ["1", "2"], M, "on site 1,2; 3,4 plan"), frm=GENA_MOB, cte="base64")
L(20, "15:00", "Fwd: 467530",
  "\n\n-------- Forwarded Message --------\nSubject: 467530\nDate: Fri, 20 Nov 2026 14:52:10 +0500\nFrom: Сёмин Андрей <a.semin@sivuch-montazh.ru>\nTo: Дробышев Геннадий <" + GENA + ">\n\n"
  "п1 п2 готово, всё, собрались. Тэны ЭВН 6 кВт заменили.\n",
  dec("467530", ["1", "2"], U, "forwarded crew report without own comment: 1,2 done"))
L(20, "15:40", "467530 3 и 4",
  "3 и 4 на месте" + MOB,
  dec("467530", ["3", "4"], M, "on site 3,4"), frm=GENA_MOB, cte="base64")
L(20, "15:48", "Re: 467530 3 и 4",
  "не на месте, а только едем туда, неправильно написал, пробка на Малышева" + MOB,
  rev("backwards retraction: on site -> still en route; dispatcher must fix manually"), frm=GENA_MOB, cte="base64")
L(21, "11:00", "467530 п3 п4",
  "Завершение работ по п3, п4 в 10:45. Бригада убыла." + SIG,
  dec("467530", ["3", "4"], U, "finished 3,4"), cs="koi8-r", cte="quoted-printable")

# ------------------------------------------------------------------ 467604
L(23, "09:00", "приняли 467604",
  "приняли 467604. лифтёр будет завтра." + SIG_S,
  dec("467604", [], A, "accepted"))
L(24, "09:00", "467604",
  "467604 выехали" + IPH,
  dec("467604", [], P, "en route"), frm=GENA_MOB)
L(24, "09:10", "Re: 467604",
  "поправка: не выехали, ждём пропуск на машину, без него не пускают. Пропуск № 3318 заказан?" + IPH,
  rev("retraction + question, no status"), frm=GENA_MOB)
L(24, "11:30", "467604 на объекте",
  "Пропуск дали, на объекте с 11:20, лифт ПП-0501 обесточили." + SIG_S,
  dec("467604", [], M, "on site 11:20"))

# ------------------------------------------------------------------ 467777
L(24, "10:00", "467777 вопрос",
  "По 467777 вопрос: позиция 2 это какой этаж? В заявке не указано. И ключи от санузлов у кого?" + SIG_S,
  rev("question, no status"))
L(25, "09:20", "467777 поз 3",
  "поз 3 на месте" + IPH,
  rev("request 467777 has no position 3"), frm=GENA_MOB)
L(25, "09:26", "Re: 467777 поз 3",
  "поз 2, не 3, ошибся. на месте, 4 этаж" + IPH +
  self_quote("25 нояб. 2026 г., в 09:20", "поз 3 на месте", GENA_MOB),
  dec("467777", ["2"], M, "position correction: on site pos 2"), frm=GENA_MOB)
L(25, "14:10", "Re: 467777 поз 3",
  "по второй убыли, смесители заменили. по первой завтра." + SIG_S,
  dec("467777", ["2"], U, "left pos 2; subject still says old 'поз 3'"), cs="windows-1251", cte="base64")

# ------------------------------------------------------------------ other review
L(13, "16:40", "на Заводской",
  "Бригада на месте, на Заводской, щитовая открыта." + IPH,
  rev("no request number"), frm=GENA_MOB)
L(10, "16:00", "467102 и 467277",
  "по 467102 акт отдали, по 467277 приняли, всё в работе." + SIG_S,
  rev("two different requests in one letter"))
L(19, "17:30", "претензия",
  "Добрый вечер. Ваш охранник на КПП-1 опять не пустил машину по 467468, простояли 40 минут. Прошу решить вопрос, иначе будем выставлять простой." + SIG,
  rev("complaint, no status"), cs="windows-1251", cte="quoted-printable")

# trimmed to keep the corpus near 70 letters
DROP = {(2,"14:35"),(5,"09:00"),(6,"10:00"),(7,"11:00"),(10,"10:05"),(11,"15:10"),(13,"11:20"),
        (16,"12:30"),(18,"08:00"),(20,"10:00"),(5,"11:45"),(5,"14:40"),(6,"12:35"),(10,"09:00"),
        (17,"10:10"),(24,"11:30"),(6,"13:10"),(10,"09:30")}
letters = [x for x in letters if (x["date"].day, x["date"].strftime("%H:%M")) not in DROP]

# ------------------------------------------------------------------ machine mail
SIG_SP = [
 (12, "07:00", "autoreply", ign("out-of-office auto-reply")),
 (5, "17:05", "bounce", ign("delivery failure report")),
 (16, "11:20", "receipt", ign("read receipt")),
 (20, "06:00", "news", ign("bulk newsletter")),
 (19, "12:10", "calendar", ign("calendar meeting response")),
 (24, "09:01", "ticket", ign("automatic helpdesk acknowledgement")),
]
letters = [x for x in letters if x["subj"] != "Fwd: планёрка"]
for d, hm, k, lab in SIG_SP:
    SP(d, hm, k, lab)

# ------------------------------------------------------------------ build
def set_subject(msg, subj, cs):
    if cs and cs != "utf-8":
        msg["Subject"] = Header(subj, cs).encode()
    else:
        msg["Subject"] = subj

def common(msg, x, frm, fname=NAME):
    msg["From"] = formataddr((fname, frm)) if fname else frm
    msg["To"] = formataddr(("Диспетчерская ОМИС", DISP))
    msg["Date"] = format_datetime(x["date"])
    msg["Message-ID"] = make_msgid(idstring=str(random.randint(10**6, 10**7)), domain=frm.split("@")[1])

def build_normal(x):
    msg = EmailMessage()
    common(msg, x, x["frm"])
    set_subject(msg, x["subj"], x["subj_cs"] or (x["cs"] if x["cs"] != "utf-8" else None))
    if x["frm"] == GENA_MOB:
        msg["X-Mailer"] = "Mail.ru Android" if "Android" in (x["body"] or "") else "iPhone Mail (20H240)"
    elif x["cs"] == "windows-1251":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    else:
        msg["User-Agent"] = "Mozilla Thunderbird 115.6"
    for k, v in x["hdr"].items():
        msg[k] = v
    cs, cte = x["cs"], x["cte"]
    if cs == "koi8-r" and x["body"]:
        x["body"] = x["body"].replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-")
    if cte == "8bit" and cs != "utf-8":
        cte = "quoted-printable"
    if x["body"] is None:
        msg.set_content(x["html"], subtype="html", charset=cs, cte=cte if cte != "8bit" else "quoted-printable")
    else:
        msg.set_content(x["body"], charset=cs, cte=cte)
        if x["html"]:
            msg.add_alternative(x["html"], subtype="html", charset=cs, cte="base64" if cte == "8bit" else cte)
    return msg

def build_special(x):
    k = x["kind"]
    if k == "autoreply":
        msg = EmailMessage(); common(msg, x, GENA)
        msg["Subject"] = "Автоответ: RE: 467309"
        msg["Auto-Submitted"] = "auto-replied"; msg["X-Auto-Response-Suppress"] = "All"
        msg["In-Reply-To"] = "<disp-7721@zakazchik-omis.ru>"
        msg.set_content("Здравствуйте!\nЯ нахожусь на объекте без доступа к почте до 13.11.2026. По срочным вопросам звоните +7 912 334-18-07 или пишите ofis@sivuch-montazh.ru.\n\nГ. Дробышев", charset="windows-1251", cte="quoted-printable")
        return msg
    if k == "ticket":
        msg = EmailMessage(); common(msg, x, OFIS, "Сивуч-Монтаж: служба поддержки")
        msg["Subject"] = "[Сивуч-Монтаж #88213] Ваше обращение зарегистрировано"
        msg["Auto-Submitted"] = "auto-generated"; msg["Precedence"] = "auto_reply"
        msg.set_content("Это автоматическое сообщение.\nВаше письмо «Re: 467604» получено и зарегистрировано под номером 88213.\nОтвечать на это письмо не нужно.", cte="base64")
        return msg
    if k == "news":
        msg = EmailMessage(); common(msg, x, NEWS, "Сивуч-Монтаж")
        msg["Subject"] = "Сезонное обслуживание котельных — скидка 15% до 31 декабря"
        msg["Precedence"] = "bulk"; msg["List-Unsubscribe"] = "<mailto:unsubscribe@sivuch-montazh.ru?subject=unsub>"
        msg["List-Id"] = "<clients.sivuch-montazh.ru>"
        html = ("<html><body><h2>Готовим котельные к зиме!</h2><p>Только до 31.12.2026 — скидка 15% на сервисное обслуживание котлов Buderus, Viessmann, Baxi.</p>"
                "<p>Уже выполнено более 467 выездов в этом году. Звоните: 8-800-555-46-70.</p><p><a href='https://sivuch-montazh.ru/unsub'>Отписаться</a></p></body></html>")
        msg.set_content("Готовим котельные к зиме! Скидка 15% до 31.12.2026. 8-800-555-46-70", cte="quoted-printable")
        msg.add_alternative(html, subtype="html", cte="base64")
        return msg
    if k == "bounce":
        msg = MIMEMultipart("report", report_type="delivery-status")
        msg["From"] = "Mail Delivery System <" + DAEMON + ">"
        msg["To"] = GENA
        msg["Date"] = format_datetime(x["date"])
        msg["Message-ID"] = make_msgid(domain=DOM)
        msg["Subject"] = "Undelivered Mail Returned to Sender"
        msg["Auto-Submitted"] = "auto-replied"
        msg.attach(MIMEText("This is the mail system at host mx.sivuch-montazh.ru.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<dispetch@zakazchik-omis.ru>: host not found\n", "plain", "us-ascii"))
        from email.message import Message as _M
        ds = MIMEBase("message", "delivery-status")
        b1 = _M(); b1["Reporting-MTA"] = "dns; mx.sivuch-montazh.ru"
        b2 = _M(); b2["Final-Recipient"] = "rfc822; dispetch@zakazchik-omis.ru"; b2["Action"] = "failed"; b2["Status"] = "5.1.2"
        ds.set_payload([b1, b2])
        msg.attach(ds)
        orig = EmailMessage()
        orig["From"] = GENA; orig["To"] = "dispetch@zakazchik-omis.ru"; orig["Subject"] = "467115 п.2 п.3"
        orig["Date"] = format_datetime(dt(5, "17:03"))
        orig.set_content("Поз 2 и 3 закончили, убыли.")
        msg.attach(MIMEMessage(orig))
        return msg
    if k == "receipt":
        msg = MIMEMultipart("report", report_type="disposition-notification")
        common(msg, x, GENA)
        msg["Subject"] = Header("Прочитано: Заявка 467412 — уточнение по доступу", "utf-8").encode()
        msg.attach(MIMEText("Ваше сообщение\n\n  Кому: g.drobyshev@sivuch-montazh.ru\n  Тема: Заявка 467412 — уточнение по доступу\n\nбыло прочитано 16.11.2026 11:19.", "plain", "utf-8"))
        mdn = MIMEBase("message", "disposition-notification")
        mdn.set_payload("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;g.drobyshev@sivuch-montazh.ru\nDisposition: manual-action/MDN-sent-manually; displayed\n")
        msg.attach(mdn)
        return msg
    if k == "calendar":
        msg = MIMEMultipart("alternative")
        common(msg, x, GENA)
        msg["Subject"] = Header("Принято: Созвон по заявке 467530", "utf-8").encode()
        msg.attach(MIMEText("Дробышев Геннадий принял это приглашение.", "plain", "utf-8"))
        ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
               "ATTENDEE;PARTSTAT=ACCEPTED:mailto:g.drobyshev@sivuch-montazh.ru\r\nSUMMARY:Созвон по заявке 467530\r\n"
               "DTSTART:20261119T140000Z\r\nDTEND:20261119T143000Z\r\nUID:040000008200E00074C5B7101A82E0080000000012@zakazchik-omis.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        cal = MIMEText(ics, "calendar", "utf-8"); cal.set_param("method", "REPLY")
        msg.attach(cal)
        return msg
    raise ValueError(k)

random.seed(467)
letters.sort(key=lambda x: x["date"])
labels = {}
for i, x in enumerate(letters, 1):
    fn = "%03d.eml" % i
    msg = build_normal(x) if x["kind"] == "normal" else build_special(x)
    data = msg.as_bytes(policy=policy.SMTP) if isinstance(msg, EmailMessage) else msg.as_bytes()
    if x["kind"] == "normal" and x["cs"] != "utf-8":
        # keep the subject in the client's own charset (Outlook cp1251 / KOI8-R), as real clients do
        head, sep, rest = data.partition(b"\r\n\r\n")
        out, skip = [], False
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"subject:"):
                enc = Header(x["subj"], x["cs"], header_name="Subject").encode(linesep="\r\n")
                out.append(b"Subject: " + enc.encode("ascii")); skip = True; continue
            if skip and line[:1] in (b" ", b"\t"):
                continue
            skip = False
            out.append(line)
        data = b"\r\n".join(out) + sep + rest
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(data)
    labels[fn] = x["label"]

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
print(len(labels), "letters")
