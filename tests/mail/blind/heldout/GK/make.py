#!/usr/bin/env python3
# Generator for the GK corpus: general contractor "Тиверцев и Зубакин Генподряд" forwarding subcontractor crews' reports.
import json, os, datetime, random
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.message import Message
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, make_msgid

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))

TZ = datetime.timezone(datetime.timedelta(hours=3))
DOM = 'tiverzub-gp.ru'
MGR = ('Эдуард Гремячкин', 'gremyachkin@' + DOM)
MGR_Y = ('Гремячкин Эдуард', 'gremyachkin.e@yandex.ru')
OFFICE = ('ТиЗ Генподряд, офис', 'office@' + DOM)
DISP = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')

REGISTRY = {
  "contractor": {"name": "ООО «Тиверцев и Зубакин Генподряд»",
                 "emails": [MGR[1], MGR_Y[1], OFFICE[1]],
                 "domains": [DOM]},
  "requests": [
    {"number": "458017", "positions": ["1","2","3"], "registered_at": "2026-11-02T09:00:00+03:00",
     "comment": "ТЦ «Орбита», Профсоюзная 128: вентиляция. 1 – приточка П1, 2 – вытяжка В2, 3 – кухня фудкорта"},
    {"number": "458103", "positions": ["1","2"], "registered_at": "2026-11-03T10:00:00+03:00",
     "comment": "Склад, Подольск, Железнодорожная 24: секционные ворота. 1 – ворота №4, 2 – ворота №7"},
    {"number": "458146", "positions": ["1"], "registered_at": "2026-11-04T14:00:00+03:00",
     "comment": "Офис, Лесная 5 стр.2: кондиционер Daikin в переговорной"},
    {"number": "458230", "positions": ["1","2","3","4"], "registered_at": "2026-11-05T09:00:00+03:00",
     "comment": "Аптеки «Фармлайн», освещение. 1 – Варшавское ш. 87, 2 – Гарибальди 15, 3 – Ленинский пр. 113, 4 – Вавилова 9"},
    {"number": "458311", "positions": ["1","2"], "registered_at": "2026-11-06T08:00:00+03:00",
     "comment": "Котельная, д. Вешки, Липкинское ш. 2-й км стр.7. 1 – котёл №1, 2 – насосная группа"},
    {"number": "458372", "positions": ["1","2","3"], "registered_at": "2026-11-09T09:30:00+03:00",
     "comment": "БЦ «Кронверк», Складочная 1 стр.18: двери и доводчики. 1 – 3 этаж, 2 – 5 этаж, 3 – 7 этаж"},
    {"number": "458405", "positions": ["1"], "registered_at": "2026-11-10T12:00:00+03:00",
     "comment": "Склад, Химки, Заводская 12: протечка кровли над рампой"},
    {"number": "458518", "positions": ["1","2"], "registered_at": "2026-11-11T09:00:00+03:00",
     "comment": "ТРК «Вершина»: сантехника. 1 – санузел 1 этажа, 2 – санузел 2 этажа"},
    {"number": "458644", "positions": ["1","2","3"], "registered_at": "2026-11-12T08:00:00+03:00",
     "comment": "Технопарк «Озёрный», Озёрная 42: СКУД. 1 – турникеты вход А, 2 – считыватели паркинга, 3 – контроллер в серверной"},
    {"number": "458702", "positions": ["1","2"], "registered_at": "2026-11-16T09:00:00+03:00",
     "comment": "ГБОУ Школа №1458: АПС. 1 – корпус А, 2 – корпус Б"},
    {"number": "458839", "positions": ["1","2","3","4"], "registered_at": "2026-11-17T10:00:00+03:00",
     "comment": "ЖК «Зелёная роща»: ВРУ корпусов 1–4 (позиция = номер корпуса)"},
    {"number": "458901", "positions": ["1"], "registered_at": "2026-11-18T09:00:00+03:00",
     "comment": "БЦ «Кронверк»: мойка фасада промальпинистами"},
  ]}

SIG = """--
С уважением,
Эдуард Гремячкин
менеджер по подрядным работам
ООО «Тиверцев и Зубакин Генподряд»
ИНН 7704581236 / КПП 770401001
тел. +7 (495) 458-07-19, моб. +7 916 458-22-31"""
SIG_SHORT = "Э. Гремячкин\nТиЗ Генподряд"
SIG_PHONE = "Отправлено из Яндекс Почты для мобильного"
SIG_IPHONE = "Отправлено с iPhone"

# ---------- forward / quote markers of different clients ----------
def f_tb(subj, date, frm, to, body):
    return ("\n\n-------- Пересылаемое сообщение --------\nТема: \t%s\nДата: \t%s\nОт: \t%s\nКому: \t%s\n\n%s" % (subj, date, frm, to, body))
def f_gm(subj, date, frm, to, body):
    return ("\n\n---------- Forwarded message ---------\nОт: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s" % (frm, date, subj, to, body))
def f_ol(subj, date, frm, to, body):
    return ("\n\n________________________________\nОт: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s" % (frm, date, to, subj, body))
def f_mr(date, frm, body):
    return ("\n\n-------- Пересылаемое сообщение --------\n%s, %s:\n\n%s\n\n----------------------" % (date, frm, body))
def f_ya(date, frm, body):
    return ("\n\n-------- Начало переадресованного сообщения --------\n%s, %s:\n\n%s\n\n-------- Конец переадресованного сообщения --------" % (date, frm, body))
def f_ap(subj, date, frm, to, body):
    return ("\n\nНачало переадресованного сообщения:\n\nОт: %s\nТема: %s\nДата: %s\nКому: %s\n\n%s" % (frm, subj, date, to, body))
def f_or(subj, date, frm, to, body):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, date, to, subj, body))
def q(text, prefix='> '):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

MG = 'Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>'
DS = 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>'

LETTERS = []
def L(date, subj, body, label, frm=MGR, cs='utf-8', cte='8bit', hcs=None, html=None, kind='plain', extra=None):
    LETTERS.append(dict(date=date, subj=subj, body=body, label=label, frm=frm, cs=cs, cte=cte,
                        hcs=hcs, html=html, kind=kind, extra=extra or {}))
def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R(note):
    return {"expect": "review", "note": note}
def I(note):
    return {"expect": "ignored", "note": note}

A = 'заявка принята'; P = 'подрядчик в пути'; M = 'подрядчик на месте'; U = 'подрядчик убыл'

# ===================== 458017 ТЦ Орбита, вентиляция =====================
L("2026-11-02 11:40", "Fwd: заявка 458017 принята",
  "Пересылаю, субчики взяли в работу.\n\n" + SIG_SHORT +
  f_tb("заявка 458017 принята", "02.11.2026 11:32", "ВентАльянс диспетчер <dispetcher@ventalyans.ru>", MG,
       "Эдуард Львович, добрый день!\nЗаявку 458017 по ТЦ «Орбита» приняли, бригаду Хасанова назначим на завтра с утра.\n\n--\nООО «ВентАльянс», диспетчерская\n8 (499) 390-45-80"),
  D("458017", [], A, "forwarded subcontractor acceptance; 'назначим на завтра' is only a plan for travel"))

L("2026-11-03 08:55", "Fwd: Fwd: 458017 П1 выезд",
  SIG_PHONE +
  f_ol("Fwd: 458017 П1 выезд", "3 ноября 2026 г. 8:49", "ВентАльянс диспетчер <dispetcher@ventalyans.ru>", "Гремячкин Эдуард",
       "Для информации.\n" +
       f_gm("458017 П1 выезд", "Вт, 3 нояб. 2026 г. в 08:41", "Рустам Хасанов <khasanov.rustam84@mail.ru>", "dispetcher@ventalyans.ru",
            "Выехали на Профсоюзную 128, П1 приточка. Будем к 9:40, пробки.\nХасанов")),
  D("458017", ["1"], P, "double forward, crew: выехали на объект, будем к 9:40"), frm=MGR_Y)

L("2026-11-03 10:05", "FW: 458017 (1)",
  "Подтверждаю, охрана ТЦ звонила, бригада внутри.\n\n" + SIG +
  f_ol("458017 (1)", "3 ноября 2026 г. 9:52", "Рустам Хасанов <khasanov.rustam84@mail.ru>", "Гремячкин Эдуард <gremyachkin@tiverzub-gp.ru>",
       "на объекте с 9:45, П1 вскрыли, фильтры забиты полностью, двигатель гудит. смотрим"),
  D("458017", ["1"], M, "crew on site since 9:45, manager confirms"), cs='windows-1251', cte='quoted-printable', hcs='windows-1251')

L("2026-11-03 15:20", "Fwd: RE: 458017 (1)",
  "Коллеги, по приточке закрыто.\n\n" + SIG_SHORT +
  f_gm("RE: 458017 (1)", "Вт, 3 нояб. 2026 г. в 15:07", "Рустам Хасанов <khasanov.rustam84@mail.ru>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "по П1 всё. двигатель заменили (AIR 80A4), фильтры G4 поменяли, вентилятор крутится, тягу проверили.\nуехали в 15:00\n\n" +
       q("на объекте с 9:45, П1 вскрыли, фильтры забиты полностью, двигатель гудит. смотрим")),
  D("458017", ["1"], U, "crew: done and left at 15:00; quoted older 'на объекте' is history"))

L("2026-11-04 09:30", "Fwd: Орбита вытяжка",
  "По факту они ещё в пути, стоят на МКАДе у Калужского, это они заранее написали, чтобы охрана ключи приготовила.\n\nЭ.Г." +
  f_tb("Орбита вытяжка", "04.11.2026 09:12", "Рустам Хасанов <khasanov.rustam84@mail.ru>", MG,
       "По заявке 458017 вторая позиция (В2) — бригада на месте, ждём инженера ТЦ с ключами от кровли."),
  D("458017", ["2"], P, "manager's own line (still travelling) overrides crew's 'на месте'"))

L("2026-11-04 13:10", "458017-2",
  "В2 готово, ремень на вытяжном вентиляторе заменили, бригада освободилась в 12:50.\n\nГремячкин",
  D("458017", ["2"], U, "number-dash-position in subject; 'бригада освободилась' = left"))

L("2026-11-05 10:00", "Fwd: 458017 поз.3 фудкорт",
  "Светлана, добрый день. Прошу согласовать допуск для бригады на завтра на кухню фудкорта, список ниже. Без допуска арендатор не пускает.\n\n" + SIG +
  f_ya("05.11.2026, 09:41", "\"Хасанов Рустам\" <khasanov.rustam84@mail.ru>",
       "Эдуард, по кухне фудкорта выедем завтра с утра, нужен допуск от арендатора.\nСостав: Хасанов Р.Р., Мирзоев Ф.А., Кудрин С.В.\nГазель Х 458 ОР 799"),
  R("plan for tomorrow + request for a permit, nothing happened yet"))

L("2026-11-06 09:15", "Fwd: Fwd: Re: 458017 поз.3 фудкорт",
  "подтверждаю\n\n" + SIG_IPHONE +
  f_mr("06.11.2026, 09:03", "\"ВентАльянс диспетчер\" <dispetcher@ventalyans.ru>",
       "Передаём от бригады:\n" +
       f_mr("06.11.2026, 08:58", "\"Хасанов Рустам\" <khasanov.rustam84@mail.ru>",
            "Прибыли на фудкорт, кухня 3 поз., оформляем пропуск у охраны")),
  D("458017", ["3"], M, "nested mail.ru forwards, crew arrived at pos 3, manager confirms"), frm=MGR_Y)

L("2026-11-06 17:40", "458017 п.3 закрыли",
  "Добрый вечер.\n458017 п.3 (кухня фудкорта) закрыли, зонт вытяжной прочистили, мужики уехали в 17:15.\nАкт № 2211/11 подпишем завтра у арендатора.\n\n" + SIG_SHORT,
  D("458017", ["3"], U, "KOI8-R; done, left at 17:15; act number is not a request"), cs='koi8-r', cte='base64', hcs='koi8-r')

# ===================== 458103 склад Подольск, ворота =====================
L("2026-11-03 12:15", "Re: Заявка №458103 от 03.11.2026",
  "Добрый день.\nПриняли, ворота передал ИП Дёмину, завтра к обеду будут.\n\n" + SIG + "\n\n03.11.2026 10:04, Диспетчерская ОМИС пишет:\n" +
  q("Добрый день!\nНаправляем заявку №458103: склад г. Подольск, ул. Железнодорожная, 24.\n1. Ворота №4 — не закрываются до конца.\n2. Ворота №7 — не работает привод.\nПросьба подтвердить принятие.\n--\nДиспетчер ОМИС Дронова С."),
  D("458103", [], A, "reply: 'Приняли'; quote is dispatcher's own request"))

L("2026-11-04 11:50", "Fwd: ворота Подольск",
  "Едут.\n" +
  f_mr("04.11.2026, 11:44", "\"Дёмин Андрей\" <demin.vorota@bk.ru>",
       "Эдуард едем в Подольск по воротам, 458103 обе позиции, ориентировочно 12:40 будем на Железнодорожной"),
  D("458103", ["1","2"], P, "both positions of the request named ('обе позиции')"), frm=MGR_Y)

L("2026-11-04 13:00", "Fwd: 458103 прибытие",
  None,
  D("458103", ["1","2"], M, "HTML table with a row per position, both 'прибыли 12:45'"), kind='html',
  html="""<html><body><p>Пересылаю отчёт Дёмина.</p><p>Э.Г.</p>
<div>-------- Пересылаемое сообщение --------<br>
<b>От:</b> Дёмин Андрей &lt;demin.vorota@bk.ru&gt;<br><b>Дата:</b> 04.11.2026 12:51<br><b>Тема:</b> 458103 прибытие<br><br>
<table border="1" cellpadding="4"><tr><th>Позиция</th><th>Объект</th><th>Статус</th></tr>
<tr><td>1</td><td>Ворота №4</td><td>прибыли 12:45</td></tr>
<tr><td>2</td><td>Ворота №7</td><td>прибыли 12:45</td></tr></table>
<p>Дёмин А.С., ИП, т. 8-926-458-10-33</p></div></body></html>""")

L("2026-11-04 16:30", "Fwd: 458103 по воротам",
  "Первые ворота сделали, вторые ждут привод, ниже подробно.\n\n" + SIG +
  f_ap("458103 по воротам", "4 ноября 2026 г., в 16:18", "Андрей Дёмин <demin.vorota@bk.ru>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "По 4-м воротам (поз.1) закончили, торсионную пружину поменяли, полотно отрегулировали — уехали в 16:10.\nПо второй позиции ждём привод с завода (Doorhan Shaft-50), срок четверг.\n\nОтправлено с iPhone"),
  D("458103", ["1"], U, "pos 1 done and left; pos 2 only a plan"), cs='windows-1251', cte='base64', hcs='windows-1251')

L("2026-11-06 10:20", "458103 поз. 2 — пропуск",
  "Коллеги, по 458103 поз. 2 привод пришёл. Когда можно заехать на склад? Нужен пропуск на машину В 417 КО 750, водитель Дёмин А.С.\n\n" + SIG,
  R("question about access; nothing reported"))

L("2026-11-09 14:20", "RE: ворота",
  "Закрыто, привод на седьмых воротах работает.\n\n" + SIG_SHORT +
  f_ap("ворота", "9 ноября 2026 г., в 14:02", "Андрей Дёмин <demin.vorota@bk.ru>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "Привод смонтировали на 7-х воротах, проверили 10 циклов открыл/закрыл, уезжаем.") +
  f_ol("Заявка 458103 поз. 2", "6 ноября 2026 г. 10:20", "Гремячкин Эдуард", "Диспетчерская ОМИС",
       "Коллеги, по 458103 поз. 2 привод пришёл. Когда можно заехать на склад?"),
  D("458103", ["2"], U, "number only in quoted old subject below; 7-е ворота = поз. 2 per quoted thread"))

# ===================== 458146 Лесная 5, кондиционер =====================
L("2026-11-04 16:10", "FW: Заявка 458146",
  "Взяли, мастер завтра.\n\n" + SIG +
  f_ol("Заявка 458146", "4 ноября 2026 г. 15:58", "КлиматПрофи сервис <service@klimatprofi-msk.ru>", "Гремячкин Эдуард",
       "Добрый день!\nЗаявку 458146 (Лесная 5 стр.2, Daikin FTXB35C) приняли в работу, мастер Ткачук будет 05.11 с 10 до 12.\n\nООО «КлиматПрофи», договор № КП-0458/26"),
  D("458146", [], A, "accepted; model and contract numbers are noise"), cs='windows-1251', cte='quoted-printable', hcs='windows-1251')

L("2026-11-05 10:25", "458146",
  "458146 мастер на месте\n\n" + SIG_PHONE,
  D("458146", [], M, "short phone letter"), frm=MGR_Y)

L("2026-11-05 12:02", "Fwd: 458146 поз 2",
  "Пересылаю.\n" +
  f_gm("458146 поз 2", "Чт, 5 нояб. 2026 г. в 11:55", "Ткачук Игорь <tkachuk.klimat@gmail.com>", "service@klimatprofi-msk.ru",
       "По 458146 кондиционер в переговорной (поз.2) заправили, уехали 11:50"),
  R("request 458146 has only position 1; position 2 does not exist"))

L("2026-11-05 12:30", "458146 уточнение",
  "Уточняю по 458146: позиция там одна, мастер закончил и уехал в 11:50, фреон R32 дозаправили 600 г. Предыдущее письмо с «поз 2» — ошибка мастера.\n\n" + SIG,
  D("458146", [], U, "manager's correction: the single position done, left 11:50"))

# ===================== 458230 аптеки, освещение =====================
L("2026-11-05 11:00", "Re: 458230 освещение аптеки",
  "Взяли. Электрики от «ЭлектроСтиля», начнут с Варшавки.\n\n" + SIG + "\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС\nSent: Thursday, November 5, 2026 9:03 AM\nSubject: 458230 освещение аптеки\n\n" +
  "Прошу принять заявку 458230, 4 аптеки «Фармлайн», замена светильников.",
  D("458230", [], A, "'Взяли' = accepted"))

L("2026-11-06 08:40", "Fwd: Варшавское ш. 87 (458230) поз1",
  SIG_IPHONE +
  f_ap("Варшавское ш. 87 (458230) поз1", "6 ноября 2026 г., в 08:33", "Павел Колесников <kolesnikov.p@elektrostil.pro>", "Эдуард Гремячкин",
       "Выдвигаемся на Варшавку 87, светильники в машине."),
  D("458230", ["1"], P, "number in brackets after the address, position in subject"))

L("2026-11-06 09:35", "Fwd: Re: Варшавское ш. 87 (458230) поз1",
  "подтверждаю, аптека звонила\n\n" + SIG_SHORT +
  f_tb("Re: Варшавское ш. 87 (458230) поз1", "06.11.2026 09:21", "Павел Колесников <kolesnikov.p@elektrostil.pro>", MG,
       "На Варшавке нa месте, светильники Армстронг 600х600 LED 36W — 14 шт. на замену, начинаем."),
  D("458230", ["1"], M, "Latin 'a' inside 'нa месте'; model numbers noise"))

L("2026-11-06 14:05", "Fwd: 458230 П1 готово, П2 выезжаем",
  "Для информации.\n" +
  f_gm("458230 П1 готово, П2 выезжаем", "Пт, 6 нояб. 2026 г. в 13:58", "Павел Колесников <kolesnikov.p@elektrostil.pro>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "Варшавку закончили в 13:40, все 14 шт поменяли, ушли. Сейчас едем на Гарибальди (П2)."),
  R("different statuses for different positions: П1 убыл, П2 в пути"))

L("2026-11-06 15:00", "Fwd: 458230 Гарибальди п.2",
  "Пересылаю\n" +
  f_ya("06.11.2026, 14:53", "\"Колесников Павел\" <kolesnikov.p@elektrostil.pro>",
       "на Гарибальди 15 на месте с 14:50. заведующая аптекой на месте, пустила"),
  D("458230", ["2"], M, "п.2 in subject, on site since 14:50"), frm=MGR_Y)

L("2026-11-06 18:10", "458230/2",
  "458230/2 — закончили, ушли в 18:00. Завтра Ленинский и Вавилова.\n\n" + SIG_SHORT,
  D("458230", ["2"], U, "number/position; tomorrow's plan for 3 and 4 is not a report"), cs='koi8-r', cte='8bit', hcs='koi8-r')

L("2026-11-07 10:15", "458230 3-я и 4-я позиции перенос",
  "Добрый день.\nПо 458230 3-я и 4-я переносятся на понедельник 09.11, аптека на Ленинском на инвентаризации, на Вавилова не согласовали время с заведующей.\n\n" + SIG,
  R("postponement, plan only"))

L("2026-11-09 10:20", "Fwd: Fwd: 458230 поз. 3,4",
  "Обе бригады на адресах.\n\n" + SIG +
  f_ol("Fwd: 458230 поз. 3,4", "9 ноября 2026 г. 10:11", "ЭлектроСтиль офис <office@elektrostil.pro>", "Гремячкин Эдуард",
       f_gm("458230 поз. 3,4", "Пн, 9 нояб. 2026 г. в 10:02", "Павел Колесников <kolesnikov.p@elektrostil.pro>", "office@elektrostil.pro",
            "На Ленинском 113 и на Вавилова 9 — две бригады на местах, начали демонтаж.")),
  D("458230", ["3","4"], M, "two positions on site"), cs='windows-1251', cte='quoted-printable', hcs='windows-1251')

L("2026-11-09 16:45", "Fwd: 458230 поз. 3,4 — завершение",
  "Подтверждаю завершение работ по заявке 458230, позиции 3 и 4, бригады убыли.\n\n" + SIG +
  f_gm("458230 поз. 3,4 — завершение", "Пн, 9 нояб. 2026 г. в 16:31", "Павел Колесников <kolesnikov.p@elektrostil.pro>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "Закончили оба адреса. Ленинский — 22 светильника, Вавилова — 9. Старые забрали на утилизацию."),
  D("458230", ["3","4"], U, "manager confirms departure from positions 3 and 4"), cte='base64')

# ===================== 458311 котельная Вешки =====================
L("2026-11-06 09:20", "Fwd: Наряд 458311 принят",
  "Принято.\n\n" + SIG_SHORT +
  f_tb("Наряд 458311 принят", "06.11.2026 09:11", "ТеплоТехМонтаж <office@teplotehmontazh.ru>", MG,
       "Наряд № 458311 принят, ответственный инженер Савчук В.П. Договор субподряда № СП-77/2026 от 14.01.2026."),
  D("458311", [], A, "наряд принят"))

L("2026-11-06 10:10", "458311",
  "По котельной в Вешках вопрос: кто встретит бригаду? Телефон охраны 8 (495) 458-31-17 не отвечает. Подскажите контакт.\n\n" + SIG,
  R("question only; phone 458-31-17 is not a request"))

L("2026-11-06 11:45", "Fwd: Fwd: 458311 котел 1",
  SIG_PHONE +
  f_mr("06.11.2026, 11:38", "\"ТеплоТехМонтаж\" <office@teplotehmontazh.ru>",
       "Эдуард Львович, передаю от Савчука:\n" +
       f_gm("458311 котел 1", "Пт, 6 нояб. 2026 г. в 11:33", "Виктор Савчук <savchuk.ttm@gmail.com>", "office@teplotehmontazh.ru",
            "Мы выехали с базы в 11:30 на котельную, котел №1 (поз.1). Будем около 12:30")),
  D("458311", ["1"], P, "'выехали с базы на котельную' = travelling to site"), frm=MGR_Y)

L("2026-11-06 12:50", "Fwd: 458311 на месте",
  "Поправка: они на насосной, это позиция 2, а не 1. Котёл будут смотреть после обеда.\n\n" + SIG_SHORT +
  f_gm("458311 на месте", "Пт, 6 нояб. 2026 г. в 12:41", "Виктор Савчук <savchuk.ttm@gmail.com>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "На месте, котёл 1, начинаем"),
  D("458311", ["2"], M, "manager corrects position: on site at position 2"))

L("2026-11-06 17:30", "Fwd: 458311 всё",
  "По факту они ещё не уехали, ждут материал — прокладки на насос не подошли, привезут к 19:00.\n\n" + SIG +
  f_gm("458311 всё", "Пт, 6 нояб. 2026 г. в 17:22", "Виктор Савчук <savchuk.ttm@gmail.com>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "по котлу 1 и насосам всё сделали, уехали"),
  R("manager contradicts the crew: not left yet, waiting for material; nothing new to record"))

L("2026-11-07 11:15", "Fwd: RE: 458311",
  "подтверждаю, оба пункта закрыты\n\n" + SIG_SHORT +
  f_ol("RE: 458311", "7 ноября 2026 г. 11:04", "Виктор Савчук <savchuk.ttm@gmail.com>", "Гремячкин Эдуард",
       "Поз.2 (насосная группа) доделали, прокладки поставили, опрессовка 6 бар ок.\nПоз.1 — котёл Buderus Logano SK745 запущен, горелку настроили.\nБригада убыла с объекта в 11:00.\n\nСавчук В.П., т. +7 903 458-77-02"),
  D("458311", ["1","2"], U, "'убыла с объекта' (from the site) = left, both positions"), cs='windows-1251', cte='8bit', hcs='windows-1251')

# ===================== 458372 БЦ Кронверк, двери =====================
L("2026-11-09 10:40", "Fwd: 458327 принято",
  "Это по 458372, у них опечатка в номере, не путайте. Двери в Кронверке.\n\n" + SIG +
  f_tb("458327 принято", "09.11.2026 10:31", "Дверной Мастер <office@dvernoy-master.ru>", MG,
       "Добрый день, заявка 458327 (БЦ Кронверк, доводчики) принята, выезд согласуем."),
  D("458372", [], A, "crew typo 458327; manager's line says it is 458372"))

L("2026-11-10 09:05", "Fwd: Fwd: Fwd: Кронверк двери",
  "Пересылаю цепочку.\n\n" + SIG_SHORT +
  f_ol("Fwd: Fwd: Кронверк двери", "10 ноября 2026 г. 8:58", "Дверной Мастер <office@dvernoy-master.ru>", "Гремячкин Эдуард",
       "Эдуард, это по заявке 458372.\n" +
       f_mr("10.11.2026, 08:51", "\"Бригадир Лыков\" <lykov.dm@yandex.ru>",
            "Передаю от ребят\n" +
            f_ya("10.11.2026, 08:47", "\"Бригада ДМ\" <dm.brigada@yandex.ru>",
                 "Приехали в Кронверк, начинаем с 3 этажа (поз. 1). Охрана выдала ключи от 301-309."))),
  D("458372", ["1"], M, "triple-nested forward; request number only in the middle layer"))

L("2026-11-10 13:30", "Re: 458372 поз.1",
  "Диспетчерская ОМИС пишет:\n" +
  q("Подскажите, доводчики на 3-м этаже заменены?\nЕсли бригада ещё там — пусть посмотрит дверь 312.") +
  "\n\nДа, заменили оба доводчика Dorma TS-83, на 3-м этаже закончили, бригада ушла. Дверь 312 — в следующий заход, когда будут на 5-м.\n\n" + SIG,
  D("458372", ["1"], U, "answer written under the quote"))

L("2026-11-11 11:00", "Fwd: 458372 доп. работы",
  "Прошу согласовать допработы, без этого 5-й и 7-й не сделать.\n\n" + SIG +
  f_tb("458372 доп. работы", "11.11.2026 10:44", "Дверной Мастер <office@dvernoy-master.ru>", MG,
       "На 5 и 7 этаж нужны доводчики другого размера (EN5). Стоимость доп. работ 18 400 руб. без НДС, счёт № 4581 от 11.11.2026."),
  R("price / extra works approval, no status"))

L("2026-11-13 10:00", "458372 (2)", None,
  D("458372", ["2"], M, "HTML-only, on 5th floor since 9:30"), kind='html',
  html="<html><body><div>Бригада на 5 этаже (поз. 2), с 9:30.</div><div>Доводчики EN5 привезли.</div><br><div style='color:#888'>--<br>Э. Гремячкин, ТиЗ Генподряд<br>+7 (495) 458-07-19</div></body></html>")

L("2026-11-13 15:20", "FW: 458372 (2)(3)",
  "Для закрытия.\n" +
  f_ol("458372 (2)(3)", "13 ноября 2026 г. 15:09", "Бригада ДМ <dm.brigada@yandex.ru>", "Гремячкин Эдуард",
       "5 и 7 этажи готовы. Доводчики отрегулированы, акт у охраны. УБЫЛИ 15:05"),
  D("458372", ["2","3"], U, "positions in brackets in subject, caps"), cs='windows-1251', cte='base64', hcs='windows-1251')

# ===================== 458405 Химки, кровля =====================
L("2026-11-10 15:00", "Fwd: протечка Химки",
  "Передаю как есть.\n" +
  f_mr("10.11.2026, 14:47", "\"КровляСервис\" <krovlya.servis77@mail.ru>",
       "по протечке в Химках — завтра посмотрим, если не будет дождя. Нужна стремянка 6 м на месте."),
  R("no request number and only a plan"))

L("2026-11-11 08:20", "Fwd: Re: протечка Химки [458405]",
  SIG_IPHONE +
  f_mr("11.11.2026, 08:14", "\"КровляСервис\" <krovlya.servis77@mail.ru>",
       "выехали в Химки, будем через 40 минут"),
  D("458405", [], P, "number in square brackets in subject, 'будем через 40 минут'"), frm=MGR_Y)

L("2026-11-11 09:10", "Fwd: протечка Химки [458405]",
  "подтверждаю\n" +
  f_mr("11.11.2026, 09:02", "\"КровляСервис\" <krovlya.servis77@mail.ru>",
       "на крыше, работаем. Над рампой 3 пузыря, вскрываем"),
  D("458405", [], M, "on the roof = on site"), frm=MGR_Y)

L("2026-11-12 16:00", "458405 кровля",
  "Добрый день.\nКровлю над рампой залатали, наплавили 12 м2 Техноэласта. Кровельщики выехали с объекта в 15:30.\nПломба на люке выхода на кровлю № 0045812 целая.\n\n" + SIG,
  D("458405", [], U, "'выехали с объекта' = left; seal number noise"), cs='windows-1251', cte='base64', hcs='windows-1251')

# ===================== 458518 ТРК Вершина, сантехника =====================
L("2026-11-11 10:30", "Fwd: Обращение 458518",
  "Приняли.\n\n" + SIG +
  f_tb("Обращение 458518", "11.11.2026 10:19", "АкваЛайн заявки <zayavki@akvaline-service.ru>", MG,
       "Обращение № 458518 зарегистрировано у нас под № АЛ-2231, принято в работу. Плановый выезд 12.11."),
  D("458518", [], A, "обращение принято; internal number АЛ-2231 noise"))

L("2026-11-11 11:20", "Re: 458518",
  "Спасибо за пропуска, получили.\n\n" + SIG_SHORT + "\n\nДС> Пропуска на бригаду АкваЛайн по заявке 458518 заказаны на 12-13.11.\nДС> Проход через КПП-2.\nДС> --\nДС> Дронова С., диспетчер ОМИС",
  R("thanks for the dispatcher's message, no status"))

L("2026-11-12 09:00", "Fwd: 458518 поз2",
  "Едут.\n" +
  f_ya("12.11.2026, 08:52", "\"Гусейнов Эльдар\" <guseinov.el@akvaline-service.ru>",
       "Сантехники в пути на Вершину, 2-й этаж. Будем в 9:40"),
  D("458518", ["2"], P, "в пути"), cs='koi8-r', cte='quoted-printable', hcs='koi8-r')

L("2026-11-12 12:40", "Fwd: Re: 458518 поз2",
  "см. ниже\n" +
  f_gm("Re: 458518 поз2", "Чт, 12 нояб. 2026 г. в 12:31", "Гусейнов Эльдар <guseinov.el@akvaline-service.ru>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "Прибыли 9:50, закончили 12:20: сифоны заменили, засор пробили, всё течёт куда надо)) Уехали.\n\n" +
       q("Сантехники в пути на Вершину, 2-й этаж. Будем в 9:40")),
  D("458518", ["2"], U, "arrival and departure both reported; latest = убыл"))

L("2026-11-12 17:00", "458518 / 458644 перенос",
  "Коллеги, по 458518 (первый этаж) и по 458644 (паркинг) бригады сегодня уже не приедут, перенос на завтра.\n\n" + SIG,
  R("two requests in one letter, and only a postponement"))

L("2026-11-13 09:30", "458518 п.1",
  "Первый этаж, санузел — ребята заходят в здание сейчас, на КПП-2.\n\n" + SIG_PHONE,
  D("458518", ["1"], M, "entering the building = arrived"), frm=MGR_Y)

L("2026-11-13 14:10", "Fwd: 458518 п.1",
  "Пересылаю.\n" +
  f_ap("458518 п.1", "13 ноября 2026 г., в 14:01", "Гусейнов Эльдар <guseinov.el@akvaline-service.ru>", "Эдуард Гремячкин",
       "Санузел 1 эт. — унитаз Jika Mio заменён, бачок подключён, утечек нет, yбываем."),
  D("458518", ["1"], U, "'yбываем' with Latin y; leaving now"), cte='quoted-printable')

# ===================== 458644 Технопарк Озёрный, СКУД =====================
L("2026-11-12 10:00", "Fwd: Заявка #458644",
  "FYI — СекьюрТех взял.\n\n" + SIG_SHORT +
  f_gm("Заявка #458644", "Thu, Nov 12, 2026 at 9:47 AM", "SecurTech Montazh <securtech.montazh@gmail.com>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "Эдуард, добрый день.\nЗаявку #458644 в работу взяли. Турникеты, считыватели, контроллер — всё по списку. Сроки сообщим."),
  D("458644", [], A, "Заявка #... взяли в работу"))

L("2026-11-13 08:45", "Fwd: #458644 — П1, П3",
  SIG_PHONE +
  f_gm("#458644 — П1, П3", "Fri, Nov 13, 2026 at 8:38 AM", "SecurTech Montazh <securtech.montazh@gmail.com>", "gremyachkin.e@yandex.ru",
       "едем на Озёрную по П1 и П3, будем к 9:30"),
  D("458644", ["1","3"], P, "travelling for П1 and П3"), frm=MGR_Y)

L("2026-11-13 10:30", "Fwd: 458644 П1",
  "Ниже отчёт.\n" +
  f_gm("458644 П1", "Fri, Nov 13, 2026 at 10:21 AM", "SecurTech Montazh <securtech.montazh@gmail.com>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "П1 турникеты PERCo TTR-10 — на месте, работаем.\nП3 после обеда, серверную откроют в 14:00."),
  D("458644", ["1"], M, "multipart/alternative; П1 on site, П3 only planned"), kind='alt',
  html="""<html><body><p>Ниже отчёт.</p><blockquote>---------- Forwarded message ---------<br>From: SecurTech Montazh &lt;securtech.montazh@gmail.com&gt;<br>Subject: 458644 П1<br><br>
<p><b>П1</b> турникеты PERCo TTR-10 — на месте, работаем.<br><b>П3</b> после обеда, серверную откроют в 14:00.</p></blockquote></body></html>""")

L("2026-11-13 17:10", "458644 итог дня",
  "По 458644: турникеты (П1) и контроллер в серверной (П3) — сделано, бригада уехала в 17:00.\nПо паркингу (П2) — завтра, суббота, согласовано с охраной.\n\n" + SIG,
  D("458644", ["1","3"], U, "П1 and П3 done; П2 planned"))

L("2026-11-14 09:50", "Fwd: 458644 П2 паркинг",
  "подтверждаю\n" + SIG_IPHONE +
  f_gm("458644 П2 паркинг", "Sat, Nov 14, 2026 at 9:41 AM", "SecurTech Montazh <securtech.montazh@gmail.com>", "Эдуард Гремячкин <gremyachkin@tiverzub-gp.ru>",
       "на паркинге, считыватели меняем, въезд перекрыли конусами"),
  D("458644", ["2"], M, "on site at parking"), frm=MGR_Y)

L("2026-11-14 15:00", "Re: паркинг",
  "Паркинг сделан, считыватели 4 шт. (арт. PR-EH03) установлены и прописаны в контроллер, бригада ушла в 14:40.\n\n" + SIG +
  f_or("458644 П2 паркинг — когда?", "Friday, November 13, 2026 5:40 PM", "Диспетчерская ОМИС", "Гремячкин Эдуард",
       "Эдуард, по паркингу когда ждать? Арендаторы жалуются на въезд."),
  D("458644", ["2"], U, "number and position only in quoted -----Original Message----- subject"))

# ===================== 458702 Школа 1458, АПС =====================
L("2026-11-16 11:00", "FW: 458702 Школа 1458 АПС",
  "Принято в работу.\n\n" + SIG +
  f_ol("458702 Школа 1458 АПС", "16 ноября 2026 г. 10:47", "ПожСигнал-М <pozhsignal-m@yandex.ru>", "Гремячкин Эдуард",
       "Добрый день! Заявку по АПС школы №1458 (458702) взяли. Лицензия МЧС № 77-Б/04581.\n\nООО «ПожСигнал-М»\nИНН 7728345190 КПП 772801001"),
  D("458702", [], A, "school number 1458, licence and INN are noise"), cs='windows-1251', cte='quoted-printable', hcs='windows-1251')

L("2026-11-17 08:30", "458702",
  "Коллеги, по школе 1458 — бригада ещё не выехала, водитель заболел. Выедут после 12, предупредите охрану, пожалуйста.\n\n" + SIG,
  R("negation + plan: not departed yet"))

L("2026-11-17 12:40", "Fwd: Fwd: 458702 корп. А (поз 1)",
  SIG_PHONE +
  f_ya("17.11.2026, 12:37", "\"ПожСигнал-М\" <pozhsignal-m@yandex.ru>",
       "Пересылаем от монтажников:\n" +
       f_ya("17.11.2026, 12:36", "\"Монтажник Рябов\" <ryabov.pozh@mail.ru>",
            "В школе, корпус А, охрана пропустила 12:35")),
  D("458702", ["1"], M, "nested yandex forwards, arrived"), frm=MGR_Y)

L("2026-11-17 17:20", "Fwd: 458702 отчёт", None,
  D("458702", ["1"], U, "HTML table: pos 1 departed, pos 2 not started"), kind='html', cs='windows-1251', cte='base64', hcs='windows-1251',
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p>Отчёт монтажников ниже.</p><p>Гремячкин Э.Л.</p><hr>
<p><b>От:</b> ПожСигнал-М &lt;pozhsignal-m@yandex.ru&gt;<br><b>Отправлено:</b> 17 ноября 2026 г. 17:08<br><b>Тема:</b> 458702 отчёт</p>
<table border="1"><tr><td>Поз.</td><td>Объект</td><td>Состояние</td></tr>
<tr><td>1</td><td>Корпус А</td><td>работы завершены, убыли 17:00</td></tr>
<tr><td>2</td><td>Корпус Б</td><td>не начинали</td></tr></table></body></html>""")

L("2026-11-18 10:10", "458702 (2)",
  "подтверждаю, на месте с 9:40\n\n" + SIG_SHORT +
  f_mr("18.11.2026, 10:02", "\"Монтажник Рябов\" <ryabov.pozh@mail.ru>",
       "корпус Б, начали, извещатели ИП 212-45 меняем"),
  D("458702", ["2"], M, "detector model 212-45 is noise"))

L("2026-11-18 16:00", "Fwd: RE: 458702 (2)",
  "Они на самом деле уже уехали в 15:30, письмо задержалось.\n\n" + SIG_SHORT +
  f_ol("RE: 458702 (2)", "18 ноября 2026 г. 15:54", "ПожСигнал-М <pozhsignal-m@yandex.ru>", "Гремячкин Эдуард",
       "Корпус Б всё, 38 извещателей заменены, шлейфы прозвонили, уезжаем."),
  D("458702", ["2"], U, "crew and manager agree: left"), cte='base64')

# ===================== 458839 ЖК Зелёная роща, ВРУ =====================
L("2026-11-17 13:00", "Fwd: 458839",
  "Принял, передал ЭнергоЩиту.\n" +
  f_mr("17.11.2026, 12:48", "\"ЭнергоЩит бригада\" <energoshit.brigada@mail.ru>",
       "По 458839 принято, приступим 19.11, материал заказали."),
  D("458839", [], A, "accepted; start date is a plan"))

L("2026-11-19 08:50", "Fwd: Fwd: 458839 ВРУ-1, ВРУ-2",
  "По факту ещё не выехали — ждут материал со склада (автоматы ABB S203 C25, 24 шт.). Напишу, как тронутся.\n\n" + SIG_SHORT +
  f_tb("Fwd: 458839 ВРУ-1, ВРУ-2", "19.11.2026 08:31", "ЭнергоЩит офис <office@energoshit.ru>", MG,
       f_mr("19.11.2026, 08:25", "\"ЭнергоЩит бригада\" <energoshit.brigada@mail.ru>",
            "Выехали на Зелёную рощу, ВРУ корп.1 и 2")),
  R("manager's own line: not departed yet (overrides crew's 'выехали')"))

L("2026-11-19 11:30", "Fwd: 458839 ВРУ-1, ВРУ-2",
  "И второй корпус тоже, обе позиции, там две бригады.\n\n" + SIG_SHORT +
  f_mr("19.11.2026, 11:18", "\"ЭнергоЩит бригада\" <energoshit.brigada@mail.ru>",
       "на месте в корпусе 1, щитовая открыта, отключение согласовали с УК до 16:00"),
  D("458839", ["1","2"], M, "crew: корп.1 on site; manager adds корп.2"), cs='koi8-r', cte='base64', hcs='koi8-r')

L("2026-11-19 18:00", "458839 поз.1-2",
  "ВРУ корп.1 и корп.2 — закончили, напряжение подали в 17:20, ушли в 17:45.\n\n" + SIG,
  D("458839", ["1","2"], U, "range поз.1-2"), cs='windows-1251', cte='quoted-printable', hcs='windows-1251')

L("2026-11-20 09:40", "Fwd: 458839 поз.5",
  "Пересылаю.\n" +
  f_mr("20.11.2026, 09:33", "\"ЭнергоЩит бригада\" <energoshit.brigada@mail.ru>",
       "по ВРУ корп. 5 (поз.5) на месте, начинаем"),
  R("position 5 does not exist in 458839 (1–4)"))

L("2026-11-20 12:00", "Fwd: 458839 п3 п4",
  "Вот это правильное — корпуса 3 и 4, утреннее про 5-й не считайте.\n\n" + SIG_SHORT +
  f_mr("20.11.2026, 11:52", "\"ЭнергоЩит бригада\" <energoshit.brigada@mail.ru>",
       "корпус 3 и 4 — на месте с 11:30, щитовые открыты"),
  D("458839", ["3","4"], M, "on site at positions 3 and 4"))

# ===================== 458901 мойка фасада =====================
L("2026-11-18 12:00", "Fwd: мойка фасада заявка № 458901",
  "Альпинисты взяли, начнут в четверг.\n\n" + SIG +
  f_ap("мойка фасада заявка № 458901", "18 ноября 2026 г., в 11:48", "Альп-Про <alp-pro.team@yandex.ru>", "Эдуард Гремячкин",
       "Заявку № 458901 приняли. Выход на кровлю согласуем с БЦ, нужен допуск на 4 чел."),
  D("458901", [], A, "accepted"))

L("2026-11-19 09:40", "Fwd: Fwd: RE: мойка фасада заявка № 458901",
  "подтверждаю\n\n" + SIG_IPHONE +
  f_ol("Fwd: RE: мойка фасада заявка № 458901", "19 ноября 2026 г. 9:31", "Альп-Про <alp-pro.team@yandex.ru>", "Гремячкин Эдуард",
       f_gm("RE: мойка фасада заявка № 458901", "Чт, 19 нояб. 2026 г. в 09:24", "Бригадир Шатов <shatov.alp@gmail.com>", "alp-pro.team@yandex.ru",
            "альпинисты на месте, на кровле, верёвки навесили, начали спуск по оси А")),
  D("458901", [], M, "nested Outlook+Gmail forwards, on site"), frm=MGR_Y)

L("2026-11-20 17:00", "458901",
  "Фасад отмыли, альпинисты свернулись и уехали с объекта.\n\n" + SIG_SHORT,
  D("458901", [], U, "'свернулись и уехали' = left"))

# ===================== machine-generated =====================
L("2026-11-21 09:02", "Автоматический ответ: RE: 458839 поз.3, 4",
  "Здравствуйте!\nЯ в отпуске с 21.11 по 30.11 без доступа к почте. По срочным вопросам по заявкам — office@tiverzub-gp.ru, тел. +7 (495) 458-07-10.\n\nЭдуард Гремячкин",
  I("out-of-office auto-reply"), extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})

L("2026-11-10 10:15", "Ваше обращение получено",
  "Это автоматическое уведомление. Ваше письмо «458372 поз.1» получено офисом ООО «Тиверцев и Зубакин Генподряд» и будет обработано менеджером.\nПожалуйста, не отвечайте на это письмо.",
  I("office ticket autoresponder"), frm=OFFICE, extra={'Auto-Submitted': 'auto-replied', 'Precedence': 'auto_reply'})

L("2026-11-09 11:00", "Прочитано: Заявка №458230", None, I("read receipt (MDN)"), kind='mdn')
L("2026-11-03 15:25", "Undelivered Mail Returned to Sender", None, I("bounce / DSN"), kind='dsn',
  frm=('Mail Delivery System', 'MAILER-DAEMON@' + DOM))
L("2026-11-12 14:00", "Принято: Совещание по подрядным заявкам (ноябрь)", None, I("calendar meeting response"), kind='ical')
L("2026-11-16 07:00", "Дайджест ТиЗ Генподряд: новости ноября", None, I("bulk newsletter"), kind='news',
  frm=('ТиЗ Генподряд — новости', 'news@' + DOM))

# ---------------------------------------------------------------
def cset(name, cte):
    c = Charset(name)
    c.header_encoding = BASE64 if name != 'utf-8' else QP
    c.body_encoding = {'base64': BASE64, 'quoted-printable': QP}.get(cte)
    return c

def k8(text, cs):
    if cs == 'koi8-r':
        for a, b in (('№', 'N'), ('«', '"'), ('»', '"'), ('—', '-'), ('–', '-')):
            text = text.replace(a, b)
    return text

def text_part(text, sub, cs, cte):
    text = k8(text, cs)
    if cte == '8bit':
        m = Message()
        m['Content-Type'] = 'text/%s; charset="%s"' % (sub, cs)
        m['Content-Transfer-Encoding'] = '8bit'
        m.set_payload(text.encode(cs), None)
        return m
    return MIMEText(text, sub, cset(cs, cte))

def build(i, s):
    dt = datetime.datetime.strptime(s['date'], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    dt = dt.replace(second=random.randint(0, 59))
    kind, cs, cte = s['kind'], s['cs'], s['cte']
    if kind == 'plain':
        msg = text_part(s['body'], 'plain', cs, cte)
    elif kind == 'html':
        msg = text_part(s['html'], 'html', cs, cte)
    elif kind == 'alt':
        msg = MIMEMultipart('alternative')
        msg.attach(text_part(s['body'], 'plain', cs, cte if cte != '8bit' else 'quoted-printable'))
        msg.attach(text_part(s['html'], 'html', cs, 'base64'))
    elif kind == 'mdn':
        msg = MIMEMultipart('report', report_type='disposition-notification')
        msg.attach(MIMEText("Ваше сообщение\n\n  Кому: Гремячкин Эдуард\n  Тема: Заявка №458230\n  Отправлено: 05.11.2026 9:03\n\nбыло прочитано 09.11.2026 10:59.", 'plain', 'utf-8'))
        p = Message()
        p['Content-Type'] = 'message/disposition-notification'
        p.set_payload("Reporting-UA: tiverzub-gp.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;gremyachkin@tiverzub-gp.ru\nOriginal-Message-ID: <omis-458230-1@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
        msg.attach(p)
    elif kind == 'dsn':
        msg = MIMEMultipart('report', report_type='delivery-status')
        msg.attach(MIMEText("This is the mail system at host mx.tiverzub-gp.ru.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<dispetcher-omis@zakazchik-omis.ru>: host mx.zakazchik-omis.ru said: 550 5.1.1 User unknown", 'plain', 'us-ascii'))
        import email as _e
        p = Message()
        p['Content-Type'] = 'message/delivery-status'
        p.set_payload([_e.message_from_string("Reporting-MTA: dns; mx.tiverzub-gp.ru\nArrival-Date: Tue,  3 Nov 2026 15:24:40 +0300\n\n"),
                       _e.message_from_string("Final-Recipient: rfc822; dispetcher-omis@zakazchik-omis.ru\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
        msg.attach(p)
        h = Message()
        h['Content-Type'] = 'text/rfc822-headers'
        h.set_payload("From: gremyachkin@tiverzub-gp.ru\nTo: dispetcher-omis@zakazchik-omis.ru\nSubject: =?utf-8?b?" + __import__('base64').b64encode("Re: 458017 (1) уехали".encode()).decode() + "?=\nDate: Tue, 3 Nov 2026 15:24:31 +0300\n")
        msg.attach(h)
    elif kind == 'ical':
        msg = MIMEMultipart('alternative')
        msg.attach(MIMEText("Эдуард Гремячкин принял приглашение.\nСовещание по подрядным заявкам (ноябрь)\nЧт 19.11.2026 11:00–12:00, переговорная 4", 'plain', 'utf-8'))
        ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
               "ATTENDEE;PARTSTAT=ACCEPTED;CN=Эдуард Гремячкин:mailto:gremyachkin@tiverzub-gp.ru\r\n"
               "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\nDTSTART:20261119T080000Z\r\nDTEND:20261119T090000Z\r\n"
               "SUMMARY:Совещание по подрядным заявкам (ноябрь)\r\nUID:omis-meet-2026-11-19@zakazchik-omis.ru\r\nSEQUENCE:0\r\nDTSTAMP:20261112T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        c = MIMEText(ics, 'calendar', 'utf-8')
        c.set_param('method', 'REPLY')
        msg.attach(c)
    elif kind == 'news':
        msg = MIMEMultipart('alternative')
        txt = ("Дайджест ООО «Тиверцев и Зубакин Генподряд», ноябрь 2026\n\n"
               "• Мы закрыли 458 заявок с начала года — спасибо партнёрам!\n• Новый субподрядчик по СКУД — «СекьюрТех».\n"
               "• Зимний режим работы офиса с 01.12.\n\nОтписаться: https://tiverzub-gp.ru/unsubscribe?u=omis")
        msg.attach(MIMEText(txt, 'plain', 'utf-8'))
        msg.attach(MIMEText("<html><body><h2>Дайджест ТиЗ Генподряд</h2><p>" + txt.replace("\n", "<br>") + "</p></body></html>", 'html', 'utf-8'))
        msg['Precedence'] = 'bulk'
        msg['List-Unsubscribe'] = '<https://tiverzub-gp.ru/unsubscribe?u=omis>'
        msg['List-Id'] = 'TiZ digest <digest.tiverzub-gp.ru>'
    frm = s['frm']
    msg['From'] = "%s <%s>" % (Header(frm[0], 'utf-8').encode(), frm[1])
    msg['To'] = "%s <%s>" % (Header(DISP[0], 'utf-8').encode(), DISP[1])
    hcs = s['hcs'] or 'utf-8'
    msg['Subject'] = Header(k8(s['subj'], hcs), cset(hcs, 'base64') if hcs != 'utf-8' else 'utf-8')
    msg['Date'] = format_datetime(dt)
    msg['Message-ID'] = make_msgid(idstring='gk%03d' % i, domain='tiverzub-gp.ru' if frm[1].endswith(DOM) else 'yandex.ru')
    msg['MIME-Version'] = '1.0'
    if frm == MGR_Y:
        msg['X-Mailer'] = 'Yamail [ http://yandex.ru ] 5.0'
    elif kind in ('plain', 'html', 'alt'):
        msg['X-Mailer'] = random.choice(['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.4', 'The Bat! (v10.4.3)'])
    for k, v in s['extra'].items():
        msg[k] = v
    if kind == 'mdn':
        pass
    return msg

random.seed(458)
LETTERS.sort(key=lambda s: s['date'])
labels = {}
for i, s in enumerate(LETTERS, 1):
    name = '%03d.eml' % i
    msg = build(i, s)
    with open(os.path.join(LET, name), 'wb') as f:
        f.write(msg.as_bytes())
    labels[name] = s['label']

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(labels), 'letters')
