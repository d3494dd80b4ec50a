# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «ПожТехЗащита» (Екатеринбург) -> dispatch@zakazchik-omis.ru.
Run: python3 make.py   (writes letters/NNN.eml, labels.json, registry.json)"""
import os, json, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

OUT = os.path.dirname(os.path.abspath(__file__))

SIG = """С уважением,
ведущий инженер
ООО «ПожТехЗащита»
Колесников Виктор Сергеевич
тел.: +7 (343) 287-41-16, доб. 204
моб.: +7 (912) 604-33-81
620075, г. Екатеринбург, ул. Восточная, д. 56, оф. 304
ИНН 6671093452 / КПП 667101001"""

SIG_SHORT = """С уважением,
Колесников В.С.
ведущий инженер ООО «ПожТехЗащита»
+7 (912) 604-33-81"""

SIG_OFFICE = """Секретарь-референт
ООО «ПожТехЗащита»
Мальцева Людмила Андреевна
тел. +7 (343) 287-41-10
office@ptz-ekb.ru"""

LETTERS = []   # (date, bytes, label)


def add(date, data, label):
    LETTERS.append((date, data, label))


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


P, ON, GO, OFF = "заявка принята", "подрядчик на месте", "подрядчик в пути", "подрядчик убыл"

# ---------------------------------------------------------------- 920114 ГКБ № 40
d = dt(2, 10, 5)
t = """Исх. № 398/11 от 02.11.2026

Начальнику диспетчерской службы
Быстровой Е.Н.

Уважаемая Елена Николаевна!

Настоящим ООО «ПожТехЗащита» подтверждает принятие к исполнению заявки № 920114 от 02.11.2026 (ГАУЗ СО «ГКБ № 40», г. Екатеринбург, ул. Волгоградская, д. 189) в рамках договора № 23-ПТЗ/2026 от 12.01.2026 на техническое обслуживание систем противопожарной защиты.

Ответственный за исполнение — ведущий инженер Колесников В.С., тел. +7 (912) 604-33-81.
О выезде бригады будет сообщено дополнительно.

""" + SIG
add(d, message(V, "Исх. № 398/11 от 02.11.2026 — о принятии заявки № 920114", d,
               leaf("text/plain", t, "windows-1251", "quoted-printable"), cs="windows-1251", extra=OUTLOOK),
    D("920114", [], P, "formal acceptance letter with outgoing number 398/11 and contract number; no position named"))

d = dt(3, 8, 12)
m002 = msgid()
t002 = """Елена Николаевна, добрый день.

Довожу до Вашего сведения, что бригада в составе 2 (двух) человек — Ложкин Д.А., Шарипов Р.Р. — в 08:05 выехала на объект по заявке № 920114, позиция 1 (корпус 3, автоматическая пожарная сигнализация).
Транспорт: ГАЗель NEXT, гос. номер Н 482 КС 196.
Ориентировочное время прибытия — 09:00.

Прошу обеспечить допуск персонала в помещение поста охраны корпуса 3 (прибор С2000-КДЛ, адрес 14).

""" + SIG
add(d, message(V, "Заявка 920114 — выезд бригады, поз. 1", d, leaf("text/plain", t002, "utf-8", "base64"),
               extra=OUTLOOK, mid=m002),
    D("920114", ["1"], GO, "crew left for the site at 08:05, ETA 09:00; 'корпус 3', car plate, КДЛ address 14 are not positions"))

d = dt(3, 9, 20)
t = """Бригада прибыла на объект в 09:07, приступила к диагностике ШС 3 (контроллер С2000-КДЛ, адрес 14). По результатам сообщу дополнительно.

Колесников В.С.

-----Original Message-----
From: Колесников Виктор Сергеевич <kolesnikov.vs@ptz-ekb.ru>
Sent: Tuesday, November 3, 2026 8:12 AM
To: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Subject: Заявка 920114 — выезд бригады, поз. 1

""" + t002
add(d, message(V, "RE: Заявка 920114 — выезд бригады, поз. 1", d,
               leaf("text/plain", t, "windows-1251", "quoted-printable"), cs="windows-1251", extra=OUTLOOK,
               in_reply_to=m002),
    D("920114", ["1"], ON, "arrived 09:07; position from subject; quoted own earlier 'выехала' letter does not count"))

d = dt(3, 14, 50)
t = """Елена Николаевна,

информирую о завершении работ по заявке № 920114, позиция 1 (корпус 3):
— выявлена неисправность ШС 3 (зона 12, 2-й этаж, левое крыло);
— заменены 2 (два) извещателя ДИП-34А-03 (зав. № 1186204, 1186251), проверена адресация С2000-КДЛ;
— шлейф восстановлен, прибор в дежурном режиме, ложных срабатываний нет.

Бригада убыла с объекта в 14:35. Запись в журнал ТО внесена, акт будет направлен отдельным письмом.

""" + SIG
add(d, message(V, "Заявка № 920114, поз. 1 — работы завершены", d,
               leaf("text/plain", t, "windows-1251", "base64"), cs="windows-1251", extra=OUTLOOK),
    D("920114", ["1"], OFF, "work finished, crew left 14:35; ШС 3, зона 12, serial numbers are decoys"))

d = dt(4, 11, 2)
t = """Добрый день!

04.11.2026 (нерабочий праздничный день) я нахожусь вне офиса. Буду на связи 05.11.2026 с 08:00.
По срочным вопросам, связанным с исполнением заявок, обращайтесь к секретарю-референту Мальцевой Людмиле Андреевне: office@ptz-ekb.ru, тел. +7 (343) 287-41-10.

С уважением,
Колесников В.С."""
add(d, message(V, "Автоматический ответ: 920114 — сроки по поз. 2 и 3", d,
               leaf("text/plain", t, "utf-8", "quoted-printable"),
               extra=OUTLOOK + [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
               in_reply_to=msgid("zakazchik-omis.ru")),
    I("Outlook out-of-office auto-reply; subject carries request/positions but it is a machine reply"))

# ---------------------------------------------------------------- 920137 УрФУ ГУК
d = dt(3, 10, 30)
t = """Добрый день!

Обращение № 920137 (ФГАОУ ВО «УрФУ», главный учебный корпус, ул. Мира, д. 19) принято в работу.
Обследование систем дымоудаления ДУ-1 и ДУ-2 планируем провести 05.11.2026 с 08:30. Заявку на пропуск для автомобиля (гос. номер Н 482 КС 196) прошу передать коменданту ГУК.

""" + SIG
add(d, message(V, "Обращение № 920137 — УрФУ, ГУК", d,
               multi("alternative", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                                     leaf("text/html", text2html(t, "utf-8"), "utf-8", "quoted-printable")]),
               extra=OUTLOOK),
    D("920137", [], P, "'обращение … принято в работу'; visit date is a plan, acceptance is done; ДУ-1/ДУ-2 are system names"))

d = dt(5, 8, 5)
m007 = msgid()
t007 = """Бригада выехала на объект по обращению 920137, прибытие ориентировочно к 08:40. Старший — Ложкин Д.А., моб. +7 (922) 118-40-57.

Колесников В.С."""
add(d, message(V, "ул. Мира, 19 (920137) — выезд бригады", d, leaf("text/plain", t007, "utf-8", "quoted-printable"),
               extra=OUTLOOK, mid=m007),
    D("920137", [], GO, "number in brackets after the address; crew on the way, no position"))

d = dt(5, 9, 10)
t = """На месте на Мира 19. Комендант встретил, поднимаемся на кровлю.

--
Ложкин Д.
Отправлено с мобильного устройства"""
add(d, message(LOZHKIN, "920137", d, leaf("text/plain", t, "utf-8", "8bit"), extra=K9),
    D("920137", [], ON, "foreman, bare number in subject; 'на месте'; '19' is a house number"))

d = dt(5, 13, 40)
t = """Елена Николаевна,

по обращению 920137 сообщаю: по 1-й позиции (ДУ-1, западное крыло) работы закончены — заменён электропривод клапана КПД-4-01 (привод BELIMO BLF230), проведено опробование системы в автоматическом режиме от С2000-КПБ. Бригада с объекта уехала.
По 2-й позиции (ДУ-2) продолжим завтра: нет доступа в венткамеру на кровле, ключи у коменданта, который сегодня отсутствует.

Колесников В.С.

От: Колесников Виктор Сергеевич
Отправлено: 5 ноября 2026 г. 8:05
Кому: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Тема: ул. Мира, 19 (920137) — выезд бригады

""" + t007
add(d, message(V, "RE: ул. Мира, 19 (920137) — выезд бригады", d, leaf("text/plain", t, "utf-8", "base64"),
               extra=OUTLOOK, in_reply_to=m007),
    D("920137", ["1"], OFF, "pos 1 done and crew left; pos 2 only planned for tomorrow -> decided for pos 1; Re: subject names old status"))

d = dt(5, 15, 0)
m011 = msgid()
t011 = """Елена Николаевна, добрый день.

Прошу оказать содействие в обеспечении доступа в венткамеру на кровле ГУК (ул. Мира, 19) для завершения работ по обращению № 920137, позиция 2. Выезд бригады планируем 06.11.2026 к 09:00.
Просьба подтвердить, будет ли на месте комендант либо ключи оставят на вахте.

""" + SIG
add(d, message(V, "920137 — доступ в венткамеру, поз. 2", d, leaf("text/plain", t011, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, mid=m011),
    R("request for access + plan for tomorrow; no status has happened"))

d = dt(6, 9, 5)
t = """Спасибо. Бригада приступила к работам по второй позиции в 09:00, ключи получены на вахте.

Колесников В.С.

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 5 ноября 2026 г. 16:22
Кому: Колесников Виктор Сергеевич <kolesnikov.vs@ptz-ekb.ru>
Тема: RE: 920137 — доступ в венткамеру, поз. 2

Виктор Сергеевич, доступ согласован с комендантом ГУК, ключи будут на вахте с 08:30.

Быстрова Е.Н.
Диспетчерская служба ОМИС

От: Колесников Виктор Сергеевич
Отправлено: 5 ноября 2026 г. 15:00
Кому: Диспетчерская ОМИС
Тема: 920137 — доступ в венткамеру, поз. 2

""" + t011
add(d, message(V, "RE: 920137 — доступ в венткамеру, поз. 2", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, in_reply_to=msgid("zakazchik-omis.ru")),
    D("920137", ["2"], ON, "'приступила к работам по второй позиции' = on site; Outlook header-block quotes below do not count"))

d = dt(6, 15, 45)
t = """Елена Николаевна,

работы по ДУ-2 (восточное крыло ГУК) завершены. Выполнено: ревизия клапана дымоудаления на 5 этаже, замена концевого выключателя, настройка сигнала «Пуск ДУ» от С2000-КПБ (адрес 27). Опробование проведено, система в работоспособном состоянии, нарушений требований СП 7.13130.2013 по данной части не выявлено.
Бригада освободилась в 15:30.

""" + SIG_SHORT
add(d, message(V, "920137-2 выполнено", d, leaf("text/plain", t, "utf-8", "base64"), extra=OUTLOOK),
    D("920137", ["2"], OFF, "position after a dash in the subject; 'бригада освободилась'; СП number and address 27 are decoys"))

d = dt(6, 17, 5)
t = """Добрый день!

Направляем акт выполненных работ № 118 от 06.11.2026 по обращению № 920137 (УрФУ, ГУК, ул. Мира, 19). Работы выполнены в полном объёме, бригада объект покинула.
Оригинал акта будет передан с курьером.

""" + SIG_OFFICE
add(d, message(OFFICE, "Акт № 118 по обращению 920137", d,
               multi("mixed", [leaf("text/plain", t, "windows-1251", "base64"),
                               pdf_part("Акт_118_от_06.11.2026.pdf")]),
               cs="windows-1251", extra=OUTLOOK),
    D("920137", [], OFF, "assistant's cover letter with scanned act; states work done and crew left; act 118 is not a request"))

# ---------------------------------------------------------------- 920205 ОДКБ
d = dt(5, 8, 50)
t = """Исх. № 401/11 от 05.11.2026

Наряд-заявка № 920205 (ГАУЗ СО «ОДКБ», ул. Серафимы Дерябиной, д. 32, корпус А, 4 этаж) получена и принята к исполнению.
Основание: договор № 23-ПТЗ/2026, приложение № 2 (перечень объектов), п. 7.
Ориентировочная дата выезда — 06.11.2026.

""" + SIG
add(d, message(V, "Наряд-заявка № 920205 — ОДКБ", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    D("920205", [], P, "'наряд-заявка … принята к исполнению'; 'п. 7' is a clause of the contract appendix, not a position"))

d = dt(6, 12, 10)
t = """Выезд бригады на ОДКБ (корпус А, 4 эт., зона 12) — 12:05. Старший — Шарипов Р.Р., +7 (950) 641-22-09.

Колесников В.С., ПожТехЗащита"""
add(d, message(V, "#920205 п.1 — выезд", d, leaf("text/plain", t, "utf-8", "quoted-printable"), extra=OUTLOOK),
    D("920205", ["1"], GO, "'#920205 п.1' in subject; noun 'выезд бригады на ОДКБ' with time = left for the site"))

d = dt(6, 16, 20)
t = """Виктор Сергеевич, копия в диспетчерскую.

ОДКБ, корп. А, 4 эт. Прибыли 12:50, убыли 16:05.
Заменили ДИП-34А 3 шт в зоне 12 (ШС 5, Сигнал-20П), шлейф в норме, пожаров/неисправностей на приборе нет. Журнал подписан у деж. медсестры.

Шарипов Р."""
add(d, message(SHARIPOV, "920205 (1)", d, leaf("text/plain", t, "koi8-r", "8bit"), cs="koi8-r", cc=V, extra=BAT),
    D("920205", ["1"], OFF, "foreman (The Bat!, KOI8-R); arrival and departure both done -> latest is убыл; position in brackets in subject"))

# ---------------------------------------------------------------- 920248 УрГЭУ
d = dt(6, 11, 30)
t = """Исх. № 403/11 от 06.11.2026

Уважаемая Елена Николаевна!

Заявка № 920248 (ФГБОУ ВО «УрГЭУ», ул. 8 Марта, д. 62) по всем четырём позициям принята ООО «ПожТехЗащита» к исполнению.
Проведение работ планируется 09.11–10.11.2026 силами двух бригад. Ответственный — Колесников В.С.

""" + SIG
add(d, message(V, "Исх. № 403/11 — заявка 920248 (УрГЭУ)", d,
               multi("alternative", [leaf("text/plain", t, "windows-1251", "quoted-printable"),
                                     leaf("text/html", text2html(t, "windows-1251"), "windows-1251", "quoted-printable")]),
               cs="windows-1251", extra=OUTLOOK),
    D("920248", [], P, "accepted 'по всем четырём позициям' = whole request; 403/11 and '8 Марта, 62' are decoys"))

d = dt(9, 8, 30)
t = """Елена Николаевна, доброе утро.

По заявке 920248 бригады выехали в 08:20:
поз. 1 — корпус 1 (ул. 8 Марта, 62), старший Ложкин Д.А.;
поз. 2 — корпус 2, старший Шарипов Р.Р.
Прибытие ориентировочно в 09:00–09:10.

Колесников В.С.
+7 (912) 604-33-81"""
add(d, message(V, "Заявка 920248 — выезд бригад", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    D("920248", ["1", "2"], GO, "two crews left for positions 1 and 2"))

d = dt(9, 9, 15)
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Елена Николаевна, добрый день.</p>
<p>Заявка № 920248 (УрГЭУ) — оперативная информация на 09.11.2026:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E2F3"><th>Поз.</th><th>Объект</th><th>Состояние</th><th>Время</th></tr>
<tr><td>1</td><td>Корпус 1, ул. 8 Марта, 62</td><td>бригада на месте</td><td>09:05</td></tr>
<tr><td>2</td><td>Корпус 2</td><td>бригада на месте</td><td>09:12</td></tr>
</table>
<p>&nbsp;</p>
<p>С уважением,<br>Колесников В.С.<br>ведущий инженер ООО «ПожТехЗащита»<br>+7 (912) 604-33-81</p>
</body></html>"""
add(d, message(V, "920248 — прибытие бригад", d, leaf("text/html", h, "utf-8", "base64"), extra=OUTLOOK),
    D("920248", ["1", "2"], ON, "HTML-only letter, table with a row per position, both 'на месте'"))

d = dt(9, 14, 20)
t = """Елена Николаевна,

промежуточная информация по заявке 920248:
по поз. 1 (корпус 1) работы закончены, бригада Ложкина убыла на следующий объект;
по поз. 2 (корпус 2) бригада продолжает работы — производится замена пульта С2000-М, ориентировочное окончание 17:00.

Колесников В.С."""
add(d, message(V, "920248 — промежуточная информация", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    R("different statuses for different positions in one letter: pos 1 убыл, pos 2 still on site"))

d = dt(9, 17, 10)
t = """Убыли в 17:00. Пульт С2000-М заменён (зав. № 0412877), база конфигурации восстановлена, связь со всеми приборами по RS-485 есть. Старый пульт вывезен на диагностику.

Колесников В.С."""
add(d, message(V, "920248 поз2", d, leaf("text/plain", t, "utf-8", "base64"), extra=OUTLOOK),
    D("920248", ["2"], OFF, "'920248 поз2' in subject; 'убыли'; serial 0412877 is a decoy"))

d = dt(10, 8, 25)
t = """Пересылаю сообщение бригады.

Мальцева Л.А.

От: Ложкин Дмитрий <lozhkin@ptz-ekb.ru>
Отправлено: 10 ноября 2026 г. 8:19
Кому: office@ptz-ekb.ru
Тема: 920248 поз. 3, 4

Людмила Андреевна, перешлите в диспетчерскую пожалуйста. По 920248 выехали на поз. 3 и 4, сначала общежитие № 2, потом спорткомплекс.
Ложкин"""
add(d, message(OFFICE, "FW: 920248 поз. 3, 4", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    D("920248", ["3", "4"], GO, "assistant forwards the foreman's message (Outlook RU block): on the way to pos 3 and 4; 'общежитие № 2' is not a position"))

d = dt(10, 17, 45)
t = """Елена Николаевна,

по 3-й и 4-й позициям заявки 920248 (общежитие № 2 и спорткомплекс) работы выполнены: проверена работоспособность СОУЭ 2-го типа, заменены 4 оповещателя «Маяк-12-3М», на приборе «Рупор-200» (зав. № 5521) неисправностей нет. Бригада уехала в 17:30.
Акт по заявке направим завтра.

""" + SIG_SHORT
add(d, message(V, "920248 — по 3-й и 4-й позициям", d, leaf("text/plain", t, "utf-8", "base64"), extra=OUTLOOK),
    D("920248", ["3", "4"], OFF, "'по 3-й и 4-й позициям … бригада уехала'; СОУЭ type 2, 4 devices, serial 5521 are decoys"))

# ---------------------------------------------------------------- 920301 ГКБ № 14
d = dt(9, 9, 40)
m020 = msgid()
t020 = """Принято к исполнению. Выезд планируем на 10.11.2026, с 09:00, по обеим позициям.

Колесников В.С."""
q020 = """

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Monday, November 9, 2026 9:31 AM
To: kolesnikov.vs@ptz-ekb.ru
Subject: Заявка 920301 ГКБ 14

Виктор Сергеевич, добрый день.
Направляем заявку № 920301: ГАУЗ СО «ГКБ № 14», Суворовский пер., 5.
Поз. 1 — приёмное отделение, АПС, неисправность ШС 7.
Поз. 2 — хирургический корпус, система дымоудаления, не открывается клапан на 3 этаже.
Просим подтвердить принятие.

Быстрова Е.Н."""
add(d, message(V, "RE: Заявка 920301 ГКБ 14", d, leaf("text/plain", t020 + q020, "utf-8", "quoted-printable"),
               extra=OUTLOOK, mid=m020, in_reply_to="<dispatch.920301.1@zakazchik-omis.ru>"),
    D("920301", [], P, "reply on top of -----Original Message-----; accepted, visit is a plan; number from subject; positions only in quote"))

d = dt(9, 10, 2)
hr = """Ваше сообщение

  Кому: Колесников Виктор Сергеевич
  Тема: Заявка 920301 ГКБ 14
  Отправлено: 09.11.2026 9:31

было прочитано 09.11.2026 10:02."""
mdn = """Reporting-UA: kolesnikov.vs@ptz-ekb.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;kolesnikov.vs@ptz-ekb.ru
Original-Message-ID: <dispatch.920301.1@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
"""
add(d, message(V, "Прочитано: Заявка 920301 ГКБ 14", d,
               multi("report", [leaf("text/plain", hr, "utf-8", "quoted-printable"),
                                raw_leaf([("Content-Type", "message/disposition-notification")], mdn.encode())],
                     params=" report-type=disposition-notification;"),
               extra=OUTLOOK),
    I("Outlook read receipt (MDN)"))

d = dt(10, 9, 50)
t = """Бригада на месте, приступили к работам в приёмном отделении (поз. 1) — поиск неисправности ШС 7.

В.С.

-----Original Message-----
From: Колесников Виктор Сергеевич
Sent: Monday, November 9, 2026 9:40 AM
To: Диспетчерская ОМИС
Subject: RE: Заявка 920301 ГКБ 14

""" + t020 + q020
add(d, message(V, "RE: Заявка 920301 ГКБ 14", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, in_reply_to=m020),
    D("920301", ["1"], ON, "number only in the old Re: subject (and quote); new text: on site at pos 1; ШС 7 is a loop"))

d = dt(10, 13, 0)
t = """Елена Николаевна,

по приёмному отделению (п.1) неисправность устранена: обрыв ШС 7 в кабельном канале на 2-м этаже (повреждён при ремонте), участок шлейфа заменён кабелем КПСнг(А)-FRLS 1х2х0,75, прибор Сигнал-20П в норме. Бригада убыла в 12:45.
По хирургическому корпусу (п.2) выезд завтра, 11.11, к 08:30 — нужен привод клапана, получим на складе сегодня.

Колесников В.С."""
add(d, message(V, "ГКБ № 14 — заявка 920301, итоги по п.1", d, leaf("text/plain", t, "utf-8", "quoted-printable"),
               extra=OUTLOOK),
    D("920301", ["1"], OFF, "p.1 done and crew left; p.2 only planned for tomorrow -> decided for 1 only"))

d = dt(11, 8, 20)
m030 = msgid("ptz-ekb.ru")
t = """Выехли на ГКБ 14, хирургия, привод везём. Будем минут через 25.
Ложкин"""
add(d, message(LOZHKIN, "920301 (2) — выехали", d, leaf("text/plain", t, "utf-8", "8bit"), extra=K9, mid=m030),
    D("920301", ["2"], GO, "typo 'Выехли'; on the way to pos 2; 'ГКБ 14' is a hospital number"))

d = dt(11, 9, 0)
t = lat("Бригада на месте, хирургический корпус, 3 этаж. Начали демонтаж старого привода.") + "\n\nЛожкин"
add(d, message(LOZHKIN, "Re: 920301 (2) — выехали", d, leaf("text/plain", t, "utf-8", "base64"), extra=K9,
               in_reply_to=m030),
    D("920301", ["2"], ON, "Latin look-alike letters inside Cyrillic words; Re: subject names old status, body reports arrival"))

d = dt(11, 15, 30)
t = """Елена Николаевна!

Настоящим сообщаю, что работы по второй позиции заявки № 920301 (хирургический корпус, система дымоудаления) выполнены: заменён электропривод клапана КПД-4-03 на 3 этаже (МВЕ 220-15), проведено комплексное опробование совместно с инженером ГКБ № 14. Бригада покинула объект в 15:10.

""" + SIG
add(d, message(V, "Заявка № 920301 — позиция 2 выполнена", d, leaf("text/plain", t, "utf-8", "quoted-printable"),
               extra=OUTLOOK),
    D("920301", ["2"], OFF, "'по второй позиции … выполнены … покинула объект'"))

# ---------------------------------------------------------------- 920356 УГМУ
d = dt(10, 15, 10)
t = """Исх. № 407/11 от 10.11.2026

Уважаемая Елена Николаевна!

Обращение № 920356 (ФГБОУ ВО УГМУ Минздрава России, ул. Репина, д. 3) принято ООО «ПожТехЗащита» в работу. Срок выполнения согласно п. 4.2 договора № 23-ПТЗ/2026 — не более 5 (пяти) рабочих дней.
Для оформления допуска в виварий просим сообщить контактное лицо со стороны университета.

""" + SIG
add(d, message(V, "Исх. № 407/11 от 10.11.2026 — обращение 920356", d,
               multi("alternative", [leaf("text/plain", t, "windows-1251", "base64"),
                                     leaf("text/html", text2html(t, "windows-1251"), "windows-1251", "base64")]),
               cs="windows-1251", extra=OUTLOOK),
    D("920356", [], P, "acceptance of the whole request; 'Репина, д. 3', 'п. 4.2', '5 дней' are decoys"))

d = dt(11, 11, 0)
t = """Елена Николаевна, добрый день.

Выезд бригады по обращению № 920356 запланирован на 12.11.2026 к 09:30. Прошу обеспечить допуск сотрудников в учебный корпус УГМУ:
1. Ложкин Дмитрий Александрович;
2. Шарипов Ринат Рашидович;
3. Гусев Артём Олегович.
Автомобиль: ГАЗель NEXT, Н 482 КС 196.

""" + SIG
add(d, message(V, "920356 — допуск персонала", d, leaf("text/plain", t, "utf-8", "quoted-printable"), extra=OUTLOOK),
    R("plan of a visit and a list of staff (1., 2., 3. are list items, not positions); nothing has happened"))

d = dt(12, 9, 40)
t = """Елена Николаевна, по наряду 920356: бригада прибыла на ул. Репина, 3 в 09:25, работы ведутся на позициях 1 и 2 (учебный корпус, этажи 1–3 и 4–5). Допуск оформлен, благодарю за содействие.

Колесников В.С."""
add(d, message(V, "Наряд 920356 — прибытие", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    D("920356", ["1", "2"], ON, "'наряд'; arrived, working on positions 1 and 2; 'Репина, 3' and floor numbers are not positions"))

d = dt(12, 16, 40)
t = """Елена Николаевна,

по обращению № 920356 работы на позициях 1 и 2 завершены: проверено 146 извещателей ИП 212-45, заменено 9 шт., устранено замыкание ШС 11 (прибор С2000-4, адрес 3). Бригада с объекта убыла в 16:30.
По поз. 3 (виварий) требуется согласование времени доступа с заведующим — прошу посодействовать.

Колесников В.С."""
add(d, message(V, "Обращение 920356 — поз. 1, 2 выполнены", d, leaf("text/plain", t, "windows-1251", "base64"),
               cs="windows-1251", extra=OUTLOOK),
    D("920356", ["1", "2"], OFF, "positions 1 and 2 finished, crew left; pos 3 not reported (only access question); 'адрес 3' is a device address"))

d = dt(20, 11, 30)
t = """Благодарю, информацию о переносе времени доступа в виварий (920356, поз. 3) на 23.11.2026 с 09:00 принял к сведению.

Колесников В.С.

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 20 ноября 2026 г. 11:12
Кому: Колесников Виктор Сергеевич <kolesnikov.vs@ptz-ekb.ru>
Тема: 920356 — виварий, время доступа

Виктор Сергеевич, заведующий виварием согласовал доступ только на понедельник, 23.11, с 9:00. Раньше не получится — карантин.

Быстрова Е.Н."""
add(d, message(V, "RE: 920356 — виварий, время доступа", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, in_reply_to=msgid("zakazchik-omis.ru")),
    R("acknowledges the dispatcher's own message; no status"))

d = dt(23, 13, 0)
t = """Добрый день!

Направляем акт № 131 от 23.11.2026 по обращению № 920356 (УГМУ, ул. Репина, 3). Работы по позиции 3 (виварий) выполнены 23.11.2026, бригада убыла с объекта в 12:40.

""" + SIG_OFFICE
add(d, message(OFFICE, "Акт № 131 — обращение 920356", d,
               multi("mixed", [leaf("text/plain", t, "windows-1251", "base64"),
                               pdf_part("Акт_131_УГМУ.pdf")]),
               cs="windows-1251", extra=OUTLOOK),
    D("920356", ["3"], OFF, "assistant's act cover: pos 3 done, crew left 12:40; act 131 and 'Репина, 3' are decoys"))

# ---------------------------------------------------------------- 920477 УГГУ
d = dt(11, 10, 45)
t = """Елена Николаевна, добрый день.

Заявку № 920477 (ФГБОУ ВО «УГГУ», ул. Куйбышева, д. 30, главный корпус, СОУЭ) взяли в работу. Выезд — 20.11.2026: ранее не позволяет загрузка бригад по графику ТО в рамках договора № 23-ПТЗ/2026. Если требуется раньше — прошу сообщить, рассмотрим.

""" + SIG
add(d, message(V, "Заявка 920477 — УГГУ, СОУЭ", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    D("920477", [], P, "'взяли в работу' = accepted; visit date is only a plan"))

d = dt(20, 8, 30)
m068 = msgid()
t068 = """Выезд на объект (УГГУ, главный корпус, ул. Куйбышева, 30) — 08:20. Работы по СОУЭ, ориентировочно до обеда.

Колесников В.С."""
add(d, message(V, "920477 — выезд на Куйбышева, 30", d, leaf("text/plain", t068, "utf-8", "quoted-printable"),
               extra=OUTLOOK, mid=m068),
    D("920477", [], GO, "number only in subject; 'выезд на объект' = leaving for the site; '30' is a house number"))

d = dt(20, 10, 0)
t = """По заявке 920477, позиция 2 (цокольный этаж) — прибыли, начинаем.
Ложкин"""
add(d, message(LOZHKIN, "920477 поз. 2", d, leaf("text/plain", t, "utf-8", "8bit"), extra=K9),
    R("request 920477 has only position 1; position 2 does not exist"))

d = dt(20, 12, 40)
t = """Работы по СОУЭ главного корпуса выполнены, выехали с объекта в 12:30. Усилитель «Рупор-300» перезапущен, линии оповещения 1–4 этажей в норме.

Колесников В.С.

От: Колесников Виктор Сергеевич
Отправлено: 20 ноября 2026 г. 8:30
Кому: Диспетчерская ОМИС
Тема: 920477 — выезд на Куйбышева, 30

""" + t068
add(d, message(V, "RE: 920477 — выезд на Куйбышева, 30", d, leaf("text/plain", t, "utf-8", "base64"),
               extra=OUTLOOK, in_reply_to=m068),
    D("920477", [], OFF, "'выехали с объекта' = left FROM the site; Re: subject still says 'выезд на'"))

# ---------------------------------------------------------------- 920519 перинатальный центр
d = dt(12, 9, 50)
m036 = msgid()
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Добрый день!<o:p></o:p></p>
<p class=MsoNormal>Заявка № 920519 (ГБУЗ СО «ЕКПЦ», ул. Комвузовская, д. 3) принята в работу.<o:p></o:p></p>
<p class=MsoNormal>Выезд — после оформления пропуска службой охраны.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='color:#1F3864'>С уважением,<br>ведущий инженер<br><b>ООО «ПожТехЗащита»</b><br>
Колесников Виктор Сергеевич<br>тел.: +7 (343) 287-41-16, доб. 204<br>ИНН 6671093452 / КПП 667101001</span><o:p></o:p></p>
</div></body></html>"""
add(d, message(V, "Заявка 920519 — принята", d, leaf("text/html", h, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, mid=m036),
    D("920519", [], P, "HTML-only Outlook letter; accepted"))

d = dt(12, 12, 0)
t037 = """Елена Николаевна, по заявке 920519 бригада ещё не выехала: служба охраны перинатального центра до сих пор не подтвердила пропуск (запрос направлен 12.11 в 10:05, исх. № 408/11). Как только получим подтверждение — сообщу."""
add(d, message(V, "RE: Заявка 920519 — принята", d, leaf("text/plain", t037 + "\n\nКолесников В.С.", "utf-8", "base64"),
               extra=OUTLOOK, in_reply_to=m036),
    R("negation: crew has NOT left yet; Re: subject 'принята' is old"))

d = dt(13, 8, 15)
t = "> " + t037.replace(": служба", ":\n> служба").replace("(запрос", "\n> (запрос").replace(" Как", "\n> Как") + """

Пропуск подтверждён. Бригада выехала в 08:10, прибытие ориентировочно к 09:00.

Колесников В.С."""
add(d, message(V, "RE: Заявка 920519 — принята", d, leaf("text/plain", t, "utf-8", "quoted-printable"), extra=OUTLOOK),
    D("920519", [], GO, "reply written under a '>' quote; quote says 'ещё не выехала', new text says left at 08:10"))

d = dt(13, 14, 10)
m043 = msgid()
t043 = """Елена Николаевна,
по заявке 920519: П1 (АПС) — закончили в 13:40, замечаний нет; бригада перешла на П2 (подпор воздуха ПД-1) и сейчас работает там, ориентировочно до 17:00.

Колесников В.С."""
add(d, message(V, "920519 — П1, П2", d, leaf("text/plain", t043, "utf-8", "quoted-printable"), extra=OUTLOOK, mid=m043),
    R("different statuses for different positions: П1 finished, П2 crew on site"))

d = dt(13, 17, 30)
t = """По П2 (ПД-1) работы окончены: заменён пускатель вентилятора подпора, проверен запуск от С2000-СП1 (адрес 5). Бригада уехала в 17:20.

Колесников В.С.

От: Колесников Виктор Сергеевич
Отправлено: 13 ноября 2026 г. 14:10
Кому: Диспетчерская ОМИС
Тема: 920519 — П1, П2

""" + t043
add(d, message(V, "RE: 920519 — П1, П2", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, in_reply_to=m043),
    D("920519", ["2"], OFF, "'По П2 … бригада уехала'; quoted earlier letter about П1 does not count; ПД-1 and address 5 are decoys"))

# ---------------------------------------------------------------- 920560 ЦГБ № 7
d = dt(13, 14, 0)
t = """Исх. № 409/11 от 13.11.2026

Уважаемая Елена Николаевна!

Сообщаю, что заявка № 920560 (ГАУЗ СО «ЦГБ № 7», ул. Вилонова, д. 33), позиции 1–3, принята к исполнению. Выезд бригады — 16.11.2026 в первой половине дня.

""" + SIG
add(d, message(V, "Исх. № 409/11 — заявка № 920560 (ЦГБ № 7)", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    D("920560", ["1", "2", "3"], P, "'позиции 1–3' range = positions 1,2,3 (all of them); 409/11, ЦГБ № 7 and house 33 are decoys"))

d = dt(16, 8, 40)
t = """Доброе утро. Бригада направлена на ЦГБ № 7, будем к 09:15. Старший — Шарипов Р.Р.

Колесников В.С."""
add(d, message(V, "ул. Вилонова, 33 (920560)", d, leaf("text/plain", t, "utf-8", "base64"), extra=OUTLOOK),
    D("920560", [], GO, "number in brackets after the street address; 'направлена, будем к 09:15' = on the way"))

d = dt(16, 9, 20)
t = """ПРИБЫЛИ НА ОБЪЕКТ В 09:12, ПРИСТУПАЕМ.
ШАРИПОВ"""
add(d, message(SHARIPOV, "920560", d, leaf("text/plain", t, "koi8-r", "8bit"), cs="koi8-r", cc=V, extra=BAT),
    D("920560", [], ON, "all caps from the foreman, KOI8-R; bare number subject"))

d = dt(16, 14, 0)
t = """Елена Николаевна, добрый день.

В ходе работ по заявке 920560 выявлено, что 14 извещателей ДИП-34А (выпуск 2011 г.) выработали ресурс (10 лет по паспорту изделия). Направляю коммерческое предложение на их замену на ИП 212-64 прот. R3 (арт. 7000210064):
14 шт. × 2 740 руб. = 38 360 руб.; монтаж и перепрограммирование — 9 800 руб.; итого 48 160 руб., в т.ч. НДС 20%.
Просьба согласовать в рамках дополнительного соглашения к договору № 23-ПТЗ/2026.

""" + SIG
add(d, message(V, "КП на замену извещателей — ЦГБ № 7 (920560)", d, leaf("text/plain", t, "utf-8", "quoted-printable"),
               extra=OUTLOOK),
    R("commercial offer / price talk; no status reported"))

d = dt(16, 15, 55)
t = """Елена Николаевна,

работы по заявке № 920560 (ЦГБ № 7) завершены по всем трём позициям: АПС 1–3 этажей в дежурном режиме, неисправности по ШС 2, ШС 4 и ШС 9 устранены, прибор С2000-М (адрес 0) опрошен, событий нет. Бригада убыла с объекта в 15:40.

""" + SIG
add(d, message(V, "Заявка 920560 — завершение работ", d, leaf("text/plain", t, "windows-1251", "base64"),
               cs="windows-1251", extra=OUTLOOK),
    D("920560", [], OFF, "finished 'по всем трём позициям' = whole request; ШС 2/4/9 are loops, not positions"))

# ---------------------------------------------------------------- 920633 УрГПУ
d = dt(16, 11, 0)
t = """> Виктор Сергеевич, добрый день!
> Направляем заявку № 920633 (УрГПУ, пр. Космонавтов, 26): поз. 1 — корпус 2,
> АПС, неисправность прибора; поз. 2 — библиотека, СОУЭ не работает на 3 этаже.
> Просим принять в работу.
> Быстрова Е.Н.

Елена Николаевна, заявка принята, исполнитель — Колесников В.С. Выезд 17.11.

В.С."""
add(d, message(V, "Re: Заявка № 920633 УрГПУ", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, in_reply_to=msgid("zakazchik-omis.ru")),
    D("920633", [], P, "reply under the dispatcher's '>' quote; 'заявка принята'; positions only in quote"))

d = dt(17, 9, 0)
t = """Елена Николаевна, пересылаю сообщение бригадира по заявке 920633.

Колесников В.С.

От: Ложкин Дмитрий <lozhkin@ptz-ekb.ru>
Отправлено: 17 ноября 2026 г. 8:52
Кому: Колесников Виктор Сергеевич <kolesnikov.vs@ptz-ekb.ru>
Тема: выезд Космонавтов 26

Выехали на Космонавтов 26 (педуниверситет), корпус 2 и библиотека. Прибор С2000-М взяли с собой.
Ложкин"""
add(d, message(V, "FW: выезд Космонавтов 26", d, leaf("text/plain", t, "utf-8", "quoted-printable"), extra=OUTLOOK),
    D("920633", [], GO, "forwarded crew message: left for the site (both objects, i.e. whole request); 'корпус 2' is a building, not position 2"))

d = dt(17, 9, 40)
m051 = msgid()
tp = """Елена Николаевна, оперативная информация по заявке № 920633 (УрГПУ):

Поз. | Объект                       | Статус           | Время
1    | Корпус 2, пр. Космонавтов, 26 | бригада прибыла  | 09:35
2    | Библиотека                    | бригада прибыла  | 09:35

Колесников В.С."""
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang=RU style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Елена Николаевна, оперативная информация по заявке № 920633 (УрГПУ):</p>
<table border=1 cellspacing=0 cellpadding=3 style="border-collapse:collapse">
<tr><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Статус</b></td><td><b>Время</b></td></tr>
<tr><td>1</td><td>Корпус 2, пр. Космонавтов, 26</td><td>бригада прибыла</td><td>09:35</td></tr>
<tr><td>2</td><td>Библиотека</td><td>бригада прибыла</td><td>09:35</td></tr>
</table>
<p>Колесников В.С.</p>
</body></html>"""
add(d, message(V, "920633 — прибытие", d,
               multi("alternative", [leaf("text/plain", tp, "utf-8", "quoted-printable"),
                                     leaf("text/html", h, "utf-8", "quoted-printable")]),
               extra=OUTLOOK, mid=m051),
    D("920633", ["1", "2"], ON, "multipart/alternative with a table row per position, both arrived"))

d = dt(17, 16, 30)
t = """Елена Николаевна,

по библиотеке (поз. 2) всё сделали: восстановлена линия оповещения 3 этажа, заменены 2 речевых оповещателя, СОУЭ проверена. Бригада убыла в 16:15.
По корпусу 2 (поз. 1) прибор С2000-М, взятый с собой, оказался несовместим с версией ПО — повторный выезд 19.11 после получения прибора со склада поставщика.

Колесников В.С."""
add(d, message(V, "RE: 920633 — прибытие", d, leaf("text/plain", t, "utf-8", "base64"), extra=OUTLOOK, in_reply_to=m051),
    D("920633", ["2"], OFF, "pos 2 done and left; pos 1 only planned re-visit; 'корпус 2' is pos 1 (decoy)"))

d = dt(19, 8, 45)
m062 = msgid()
t062 = """Повторный выезд по заявке 920633, поз. 1 (корпус 2): бригада выехала в 08:40, прибор С2000-М (исполнение 3.хх) получен со склада.

Колесников В.С."""
add(d, message(V, "920633 поз. 1 — повторный выезд", d, leaf("text/plain", t062, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, mid=m062),
    D("920633", ["1"], GO, "repeat visit: crew left for pos 1 at 08:40"))

d = dt(19, 11, 0)
t = """Прибыли в 09:10. В 10:50 работы окончены: пульт заменён, конфигурация залита, все 6 приборов С2000-4 на связи. Бригада убыла.

Колесников В.С.

От: Колесников Виктор Сергеевич
Отправлено: 19 ноября 2026 г. 8:45
Кому: Диспетчерская ОМИС
Тема: 920633 поз. 1 — повторный выезд

""" + t062
add(d, message(V, "RE: 920633 поз. 1 — повторный выезд", d, leaf("text/plain", t, "utf-8", "base64"),
               extra=OUTLOOK, in_reply_to=m062),
    D("920633", ["1"], OFF, "arrival 09:10 and departure both done -> latest is убыл; request/position from subject"))

# ---------------------------------------------------------------- 920702 госпиталь ветеранов
d = dt(17, 11, 0)
t = """Исх. № 412/11 от 17.11.2026

Начальнику диспетчерской службы
Быстровой Е.Н.

ООО «ПожТехЗащита» сообщает о принятии к исполнению заявки № 920702 от 17.11.2026 (ГАУЗ СО «Госпиталь для ветеранов войн», г. Екатеринбург, ул. Соболева, д. 25) — АПС и система дымоудаления.
Выезд по АПС — 18.11.2026. Основание: договор № 23-ПТЗ/2026 от 12.01.2026.

""" + SIG
add(d, message(V, "Исх. № 412/11 от 17.11.2026 — о принятии заявки 920702", d,
               leaf("text/plain", t, "windows-1251", "quoted-printable"), cs="windows-1251", extra=OUTLOOK),
    D("920702", [], P, "formal acceptance; 412/11 is the outgoing number; no position number named"))

d = dt(17, 12, 0)
human = """This is the mail system at host mx.ptz-ekb.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<kolesnikov@ptz-ekb.ru>: host mx.ptz-ekb.ru[185.12.94.31] said: 550 5.1.1
    <kolesnikov@ptz-ekb.ru>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)"""
ds = """Reporting-MTA: dns; mx.ptz-ekb.ru
X-Postfix-Queue-ID: 4Hc2Lq1Vz7z9tQ
Arrival-Date: Tue, 17 Nov 2026 11:59:58 +0500 (+05)

Final-Recipient: rfc822; kolesnikov@ptz-ekb.ru
Original-Recipient: rfc822;kolesnikov@ptz-ekb.ru
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ptz-ekb.ru
Diagnostic-Code: smtp; 550 5.1.1 <kolesnikov@ptz-ekb.ru>: Recipient address
    rejected: User unknown in local recipient table
"""
orig = """From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: kolesnikov@ptz-ekb.ru
Subject: %s
Date: Tue, 17 Nov 2026 11:59:57 +0500
Message-ID: <dispatch.920702.3@zakazchik-omis.ru>
""" % Header("Заявка 920702 — контакт старшего бригады", "utf-8").encode()
add(d, message(DAEMON, "Undelivered Mail Returned to Sender", d,
               multi("report", [raw_leaf([("Content-Description", "Notification"),
                                          ("Content-Type", "text/plain; charset=us-ascii")], human.encode()),
                                raw_leaf([("Content-Description", "Delivery report"),
                                          ("Content-Type", "message/delivery-status")], ds.encode()),
                                raw_leaf([("Content-Description", "Undelivered Message Headers"),
                                          ("Content-Type", "text/rfc822-headers")], orig.encode())],
                     params=" report-type=delivery-status;"),
               extra=[("Auto-Submitted", "auto-replied")]),
    I("delivery failure report (bounce) from the contractor's mail server"))

d = dt(18, 8, 30)
t = """Госпиталь ветеранов войн, ул. Соболева, 25 — наряд № 920702, позиция 1 (АПС).
Бригада в пути, будем через 40 минут. Старший — Гусев А.О., +7 (982) 730-15-44.

Колесников В.С."""
add(d, message(V, "Наряд № 920702, позиция 1 — в пути", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    D("920702", ["1"], GO, "'в пути, будем через 40 минут'; '25' is a house number"))

d = dt(18, 9, 30)
t = """Прибытие бригады на объект — 09:20. Приступили к осмотру прибора «Сигнал-10» в помещении охраны (1 этаж, пом. 104).

Колесников В.С."""
add(d, message(V, "Прибытие на объект — 920702/1", d, leaf("text/plain", t, "utf-8", "base64"), extra=OUTLOOK),
    D("920702", ["1"], ON, "RFC 2047 subject '920702/1' = request/position; noun 'прибытие' with time; room 104 is a decoy"))

d = dt(18, 15, 50)
t = """ЕН> Виктор Сергеевич, подскажите, когда планируете завершить по поз. 1?
ЕН> Главврач спрашивает.

По первой позиции (АПС) работы завершены, бригада убыла в 15:35. Заменена плата прибора «Сигнал-10», все 10 шлейфов на контроле.

В.С."""
add(d, message(V, "RE: 920702 — когда по поз. 1?", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, in_reply_to=msgid("zakazchik-omis.ru")),
    D("920702", ["1"], OFF, "initials-prefixed quote (ЕН>) of dispatcher's question; answer: pos 1 done, crew left"))

d = dt(23, 8, 50)
m073 = msgid()
t073 = """Елена Николаевна, доброе утро.
По дымоудалению (поз. 2) заявки 920702 бригада направлена, расчётное время прибытия — 09:30.

Колесников В.С."""
add(d, message(V, "920702 поз. 2 — в пути", d, leaf("text/plain", t073, "utf-8", "quoted-printable"), extra=OUTLOOK, mid=m073),
    D("920702", ["2"], GO, "crew dispatched, ETA 09:30"))

d = dt(23, 9, 35)
t = """Бригада на месте с 09:28.

В.С.

От: Колесников Виктор Сергеевич
Отправлено: 23 ноября 2026 г. 8:50
Кому: Диспетчерская ОМИС
Тема: 920702 поз. 2 — в пути

""" + t073
add(d, message(V, "RE: 920702 поз. 2 — в пути", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK, in_reply_to=m073),
    D("920702", ["2"], ON, "short reply 'на месте'; Re: subject still says 'в пути'"))

d = dt(23, 16, 20)
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Елена Николаевна, добрый день.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Работы по заявке № 920702, позиция&nbsp;2 (система дымоудаления) <b>завершены в 16:05</b>, бригада объект покинула.</p>
<p class=MsoNormal>Выполнено:</p>
<ul>
<li>замена привода клапана ДУ на 4 этаже (КЛОП-1, привод BLE230);</li>
<li>проверка запуска вентилятора ВД-1 от ручного пускового устройства и от АПС;</li>
<li>замер расхода воздуха — соответствует проекту 17/2019-ПБ.</li>
</ul>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>С уважением,<br>Колесников В.С.<br>ООО «ПожТехЗащита»<br>+7 (343) 287-41-16</p>
</div></body></html>"""
add(d, message(V, "Заявка 920702, позиция 2 — работы завершены", d, leaf("text/html", h, "utf-8", "base64"), extra=OUTLOOK),
    D("920702", ["2"], OFF, "HTML-only; pos 2 finished, crew left; ВД-1, project 17/2019 are decoys"))

# ---------------------------------------------------------------- 920114 again (поз. 2, 3)
d = dt(18, 10, 0)
t = """Елена Николаевна, бригада прибыла в ГКБ № 40, корпус 5, для проверки СОУЭ. Щитовая на 1 этаже закрыта, электрик больницы на территории отсутствует. Прошу оказать содействие.

Колесников В.С., +7 (912) 604-33-81"""
add(d, message(V, "ГКБ № 40 — корпус 5, доступ в щитовую", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    R("no request number at all (only hospital and building numbers)"))

d = dt(18, 12, 40)
t = """Елена Николаевна,

по заявке 920114 по поз. 2 (корпус 5, СОУЭ) и поз. 3 (пищеблок, АПС) работы выполнены, бригада убыла в 12:30. Щитовую открыли в 10:20, спасибо за оперативность.
Шкаф управления СОУЭ опломбирован, пломба № 0045821. Прибор «Рупор» (зав. № 3307) — в норме.

""" + SIG_SHORT
add(d, message(V, "ГКБ 40 (920114) — поз. 2, 3", d, leaf("text/plain", t, "utf-8", "quoted-printable"), extra=OUTLOOK),
    D("920114", ["2", "3"], OFF, "positions 2 and 3 done, crew left; seal number, serial, 'корпус 5' are decoys"))

# ---------------------------------------------------------------- 920815 УрГАХУ
d = dt(18, 16, 0)
t = """Обращение № 920815 (ФГБОУ ВО «УрГАХУ», ул. Карла Либкнехта, д. 23, подвал, система ДУ) принято. Выезд — 19.11.2026 с 09:00.

""" + SIG
add(d, message(V, "Обращение № 920815 — УрГАХУ", d, leaf("text/plain", t, "utf-8", "quoted-printable"), extra=OUTLOOK),
    D("920815", [], P, "accepted; visit date is a plan; '23' is a house number"))

d = dt(19, 16, 0)
t = """Елена Николаевна,

работы по обращению 920815 завершены. Заменён привод клапана дымоудаления КДМ-2 (BELIMO BLE24), система проверена в автоматическом режиме от С2000-КПБ (адрес 12). Бригада освободилась в 15:45.

Колесников В.С."""
add(d, message(V, "Обращение 920815 — выполнено", d, leaf("text/plain", t, "windows-1251", "base64"),
               cs="windows-1251", extra=OUTLOOK),
    D("920815", [], OFF, "'работы завершены … бригада освободилась'; no position named"))

# ---------------------------------------------------------------- review / ignored, misc
d = dt(13, 10, 0)
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Колесников Виктор Сергеевич:mailto:kolesnikov.vs@ptz-ekb.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по графику ТО систем АПС/СДУ на декабрь 2026
DTSTART;TZID=Ekaterinburg Standard Time:20261117T150000
DTEND;TZID=Ekaterinburg Standard Time:20261117T160000
UID:040000008200E00074C5B7101A82E00800000000B0F5A3C1D2B7DC01000000000000000010000000
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:Переговорная 2\\, ул. Малышева\\, 51
SEQUENCE:0
DTSTAMP:20261113T050000Z
END:VEVENT
END:VCALENDAR
"""
add(d, message(V, "Принято: Совещание по графику ТО систем АПС/СДУ на декабрь 2026", d,
               multi("alternative", [leaf("text/plain", "", "utf-8", "quoted-printable"),
                                     leaf("text/calendar", ics, "utf-8", "base64", params="; method=REPLY")]),
               extra=OUTLOOK),
    I("calendar meeting response generated by Outlook"))

d = dt(19, 8, 0)
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<h2>ПожТехЗащита: новости для партнёров — ноябрь 2026</h2>
<p>Уважаемые партнёры!</p>
<p>Напоминаем, что с 01.03.2026 проверка систем пожарной сигнализации выполняется с учётом изменений № 1 к СП 484.1311500.2020.
Наши бригады готовы выехать на объект в течение 2 часов после поступления заявки.</p>
<p>Приглашаем на бесплатный вебинар «Адресные системы Болид: типовые неисправности С2000-КДЛ» — 26.11.2026 в 11:00 (Екб).</p>
<p style="font-size:9pt;color:#888">Вы получили это письмо, так как являетесь клиентом ООО «ПожТехЗащита».
<a href="https://ptz-ekb.ru/unsubscribe?u=d1f3a9">Отписаться от рассылки</a></p>
</body></html>"""
tp = """ПожТехЗащита: новости для партнёров — ноябрь 2026

Уважаемые партнёры!
Напоминаем, что с 01.03.2026 проверка систем пожарной сигнализации выполняется с учётом изменений № 1 к СП 484.1311500.2020. Наши бригады готовы выехать на объект в течение 2 часов после поступления заявки.
Приглашаем на бесплатный вебинар «Адресные системы Болид: типовые неисправности С2000-КДЛ» — 26.11.2026 в 11:00 (Екб).

Отписаться: https://ptz-ekb.ru/unsubscribe?u=d1f3a9"""
add(d, message(NEWS, "Новости для партнёров: вебинар по С2000-КДЛ 26.11", d,
               multi("alternative", [leaf("text/plain", tp, "utf-8", "quoted-printable"),
                                     leaf("text/html", h, "utf-8", "quoted-printable")]),
               to=("", "dispatch@zakazchik-omis.ru"),
               extra=[("Precedence", "bulk"), ("List-Id", "<partners.news.ptz-ekb.ru>"),
                      ("List-Unsubscribe", "<mailto:unsubscribe@ptz-ekb.ru?subject=unsubscribe>, <https://ptz-ekb.ru/unsubscribe?u=d1f3a9>"),
                      ("X-Mailer", "UniSender")]),
    I("bulk mailing-list newsletter (Precedence: bulk, List-Unsubscribe)"))

d = dt(19, 12, 0)
t = """Елена Николаевна, оперативная информация на 19.11.2026:
— по заявке 920815 (УрГАХУ) бригада на месте с 09:05, работы в подвале;
— по заявке 920702, поз. 2 (дымоудаление) выезд переносится, сообщу дополнительно.

Колесников В.С."""
add(d, message(V, "Оперативная информация на 19.11.2026", d, leaf("text/plain", t, "windows-1251", "quoted-printable"),
               cs="windows-1251", extra=OUTLOOK),
    R("two different requests in one letter (920815 and 920702)"))

d = dt(19, 14, 30)
t = """Бригада прибыла на объект по заявке № 920150 (УрФУ, ИРИТ-РтФ, ул. Мира, 32) в 14:20, приступила к проверке АУПТ серверной.

Колесников В.С."""
add(d, message(V, "Заявка № 920150 — прибытие", d, leaf("text/plain", t, "utf-8", "quoted-printable"), extra=OUTLOOK),
    R("request 920150 is not in the registry"))

d = dt(24, 9, 0)
t = """Здравствуйте!
Я в отпуске с 24.11.2026 по 07.12.2026, почту не читаю.
По вопросам выездов бригад обращайтесь к Колесникову Виктору Сергеевичу: kolesnikov.vs@ptz-ekb.ru, +7 (912) 604-33-81.
Ложкин Д.А."""
add(d, message(LOZHKIN, "Автоответ: Re: 920477 поз. 2", d, leaf("text/plain", t, "utf-8", "base64"),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
               in_reply_to=msgid("zakazchik-omis.ru")),
    I("vacation auto-reply from the foreman's mailbox"))

d = dt(24, 10, 30)
t = """Исх. № 419/11 от 24.11.2026

Уважаемая Елена Николаевна!

Обращаю Ваше внимание, что при исполнении заявки № 920301 на объектах ГАУЗ СО «ГКБ № 14» персонал ООО «ПожТехЗащита» неоднократно не допускался службой охраны в установленное время (10.11.2026 — ожидание 40 минут, 11.11.2026 — 25 минут), несмотря на заблаговременно направленные списки.
Время простоя бригад при этом учитывается заказчиком в сроках исполнения по п. 4.2 договора № 23-ПТЗ/2026, что считаю необоснованным.
Прошу принять меры к обеспечению беспрепятственного допуска и исключить указанное время из расчёта сроков.

""" + SIG
add(d, message(V, "Исх. № 419/11 — о недопуске персонала (ГКБ № 14)", d,
               leaf("text/plain", t, "utf-8", "quoted-printable"), extra=OUTLOOK),
    R("formal complaint about access delays; no status reported"))

d = dt(24, 11, 0)
t = """Добрый день!

Направляем счёт на оплату № 1187 от 24.11.2026 по договору № 23-ПТЗ/2026 за работы по заявкам № 920114, 920137, 920205 на сумму 186 450,00 руб. (в т.ч. НДС 20% — 31 075,00 руб.).
Оригинал будет направлен Почтой России.

""" + SIG_OFFICE
add(d, message(OFFICE, "Счёт № 1187 от 24.11.2026", d,
               multi("mixed", [leaf("text/plain", t, "windows-1251", "quoted-printable"),
                               pdf_part("Счёт_1187_от_24.11.2026.pdf")]),
               cs="windows-1251", extra=OUTLOOK),
    R("invoice cover: price/contract talk, several requests, no status"))

# ---------------------------------------------------------------- write
LETTERS.sort(key=lambda x: x[0])
os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
for f in os.listdir(os.path.join(OUT, "letters")):
    os.remove(os.path.join(OUT, "letters", f))
labels = {}
for i, (d, data, lab) in enumerate(LETTERS, 1):
    name = "%03d.eml" % i
    with open(os.path.join(OUT, "letters", name), "wb") as fh:
        fh.write(data)
    labels[name] = lab
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

REG = {
    "contractor": {
        "name": "ООО «ПожТехЗащита»",
        "emails": ["kolesnikov.vs@ptz-ekb.ru", "office@ptz-ekb.ru", "lozhkin@ptz-ekb.ru",
                   "sharipov@ptz-ekb.ru", "news@ptz-ekb.ru", "MAILER-DAEMON@mx.ptz-ekb.ru"],
        "domains": ["ptz-ekb.ru"]},
    "requests": [
        {"number": "920114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+05:00",
         "comment": "ГАУЗ СО «ГКБ № 40», ул. Волгоградская, 189: 1 — корпус 3, АПС (С2000-КДЛ, ШС 3); 2 — корпус 5, СОУЭ; 3 — пищеблок, АПС"},
        {"number": "920137", "positions": ["1", "2"], "registered_at": "2026-11-03T09:50:00+05:00",
         "comment": "УрФУ, ГУК, ул. Мира, 19: 1 — система дымоудаления ДУ-1 (западное крыло); 2 — ДУ-2 (восточное крыло)"},
        {"number": "920205", "positions": ["1"], "registered_at": "2026-11-05T08:20:00+05:00",
         "comment": "ГАУЗ СО «ОДКБ», ул. С. Дерябиной, 32: 1 — корпус А, 4 этаж, АПС зона 12"},
        {"number": "920248", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:30:00+05:00",
         "comment": "УрГЭУ, ул. 8 Марта, 62: 1 — корпус 1; 2 — корпус 2; 3 — общежитие № 2; 4 — спорткомплекс"},
        {"number": "920301", "positions": ["1", "2"], "registered_at": "2026-11-09T09:25:00+05:00",
         "comment": "ГАУЗ СО «ГКБ № 14», Суворовский пер., 5: 1 — приёмное отделение, АПС; 2 — хирургический корпус, дымоудаление"},
        {"number": "920356", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T14:05:00+05:00",
         "comment": "УГМУ, ул. Репина, 3: 1 — учебный корпус, этажи 1–3; 2 — этажи 4–5; 3 — виварий"},
        {"number": "920477", "positions": ["1"], "registered_at": "2026-11-11T10:10:00+05:00",
         "comment": "УГГУ, ул. Куйбышева, 30: 1 — главный корпус, СОУЭ"},
        {"number": "920519", "positions": ["1", "2"], "registered_at": "2026-11-12T08:45:00+05:00",
         "comment": "ГБУЗ СО «ЕКПЦ», ул. Комвузовская, 3: 1 — АПС; 2 — подпор воздуха ПД-1"},
        {"number": "920560", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T13:20:00+05:00",
         "comment": "ГАУЗ СО «ЦГБ № 7», ул. Вилонова, 33: 1 — 1 этаж; 2 — 2 этаж; 3 — 3 этаж (АПС)"},
        {"number": "920633", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+05:00",
         "comment": "УрГПУ, пр. Космонавтов, 26: 1 — корпус 2, АПС; 2 — библиотека, СОУЭ"},
        {"number": "920702", "positions": ["1", "2"], "registered_at": "2026-11-17T10:25:00+05:00",
         "comment": "Госпиталь для ветеранов войн, ул. Соболева, 25: 1 — АПС; 2 — система дымоудаления"},
        {"number": "920815", "positions": ["1"], "registered_at": "2026-11-18T15:00:00+05:00",
         "comment": "УрГАХУ, ул. К. Либкнехта, 23: 1 — подвал, система ДУ"},
    ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REG, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(LETTERS), Counter(l["expect"] for l in labels.values()))
