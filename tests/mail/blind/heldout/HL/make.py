#!/usr/bin/env python3
"""Generator of test letters for persona: Полина Сафронова, старший смены
ООО «Белый Парус Клининг» (клининг, объекты = здания/этажи).
Standard library only. Writes letters/NNN.eml, labels.json, registry.json."""
import json, os, hashlib
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.header import Header
from email.charset import Charset, BASE64, QP
from email.utils import formataddr, format_datetime
from email import message_from_string

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
TZ = timezone(timedelta(hours=5))  # Екатеринбург
DOMAIN = "belparus-klin.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

SENDERS = {
    "pol": ("Полина Сафронова", "p.safronova@belparus-klin.ru"),
    "polya": ("Полина", "polinka.saf@yandex.ru"),
    "office": ("Белый Парус Клининг — офис", "office@belparus-klin.ru"),
    "gul": ("Гульнара Хабибуллина", "brigada3@belparus-klin.ru"),
    "news": ("Белый Парус Клининг", "news@belparus-klin.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@belparus-klin.ru"),
    "anna": ("Анна Мокроусова", "a.mokrousova@belparus-klin.ru"),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «Белый Парус Клининг»",
        "emails": ["p.safronova@belparus-klin.ru", "polinka.saf@yandex.ru",
                   "office@belparus-klin.ru", "brigada3@belparus-klin.ru",
                   "news@belparus-klin.ru", "MAILER-DAEMON@belparus-klin.ru",
                   "a.mokrousova@belparus-klin.ru"],
        "domains": ["belparus-klin.ru"],
    },
    "requests": [
        {"number": "485117", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:15:00+03:00",
         "comment": "БЦ «Гранит», ул. Малышева 51: генуборка после ремонта; 1 — 3 этаж, 2 — 4 этаж, 3 — 5 этаж"},
        {"number": "485204", "positions": ["1", "2"], "registered_at": "2026-11-03T09:40:00+03:00",
         "comment": "ТЦ «Радуга», корпус Б: ночная мойка витрин; 1 — 1 этаж (фудкорт), 2 — 2 этаж"},
        {"number": "485263", "positions": ["1"], "registered_at": "2026-11-04T07:50:00+03:00",
         "comment": "Склад, ул. Складская 8: уборка территории"},
        {"number": "485309", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Офис, пр. Ленина 24: химчистка ковролина; 1 — корп.1 эт.1, 2 — корп.1 эт.2, 3 — корп.2 эт.1, 4 — корп.2 эт.2"},
        {"number": "485377", "positions": ["1", "2"], "registered_at": "2026-11-09T08:00:00+03:00",
         "comment": "Поликлиника: дезинфекционная уборка; 1 — главный корпус, 2 — пристрой"},
        {"number": "485431", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T11:20:00+03:00",
         "comment": "ЖК «Северный», ул. Кирова 14: уборка МОП; 1 — корпус 1, 2 — корпус 2, 3 — подземный паркинг"},
        {"number": "485502", "positions": ["1"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "БЦ «Омега», 7 этаж: поддерживающая уборка после переезда"},
        {"number": "485588", "positions": ["1", "2"], "registered_at": "2026-11-12T13:30:00+03:00",
         "comment": "Склад, ул. Фронтовых бригад 18: мойка полов; 1 — корпус А, 2 — корпус Б"},
        {"number": "485640", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:10:00+03:00",
         "comment": "Админздание, ул. Мира 3: мойка окон; 1 — 1 этаж, 2 — 2 этаж, 3 — 3 этаж"},
        {"number": "485719", "positions": ["1", "2"], "registered_at": "2026-11-17T09:30:00+03:00",
         "comment": "Гостиница «Уют»: уборка после ремонта номеров; 1 — корпус 1, 2 — корпус 2"},
        {"number": "485806", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-19T08:00:00+03:00",
         "comment": "БЦ «Гранит», ул. Малышева 51: 1 — 6 этаж, 2 — 7 этаж, 3 — 8 этаж, 4 — технический этаж"},
        {"number": "485873", "positions": ["1"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "Лаборатория, ул. Студенческая 16: уборка чистых помещений"},
        {"number": "485955", "positions": ["1", "2"], "registered_at": "2026-11-24T08:00:00+03:00",
         "comment": "Общежитие, ул. Комсомольская 37: 1 — корпус 1, 2 — корпус 2"},
    ],
}

SIG = ("--\nПолина Сафронова\nстарший смены, ООО «Белый Парус Клининг»\n"
       "+7 912 604-18-77")
SIG_PHONE = "Отправлено из Яндекс Почты для мобильных"
SIG_IPHONE = "Отправлено с iPhone"
SIG_OFFICE = ("С уважением,\nКирилл Лаптев, офис-менеджер\nООО «Белый Парус Клининг»\n"
              "ИНН 6671094385 / КПП 667101001\n620014, г. Екатеринбург, ул. Вайнера 9а, оф. 305\n"
              "тел. (343) 287-51-16")
SIG_GUL = "Бригадир Хабибуллина Г.Р.\nт. 8-950-193-27-40"

L = []  # letters


def add(dt, frm, subj, body=None, **kw):
    d = dict(dt=dt, frm=frm, subj=subj, body=body)
    d.update(kw)
    L.append(d)


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


A, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 485117
add("2026-11-02 11:02", "office", "Заявка № 485117 — принята",
    "Добрый день!\n\nЗаявку № 485117 (БЦ «Гранит», генуборка после ремонта) приняли.\n"
    "Ответственный — старший смены Сафронова Полина, тел. +7 (912) 604-18-77.\n"
    "Работы начнём завтра, 03.11, с 8:00.\n\n" + SIG_OFFICE,
    cs="windows-1251", cte="qp",
    label=D("485117", [], A, "office accepted the request; start date is a plan"))

add("2026-11-03 07:48", "polya", "485117 🚗",
    "Доброе утро! 🚗 выехали на Малышева, будем минут через 20\n\n" + SIG_PHONE,
    cte="b64", label=D("485117", [], V, "number in subject, crew travelling, no positions"))

add("2026-11-03 08:21", "polya", "Re: 485117 🚗",
    "📍 мы на месте\n\n" + SIG_PHONE + "\n\n03.11.2026, 07:48, Полина <polinka.saf@yandex.ru>:\n"
    "> Доброе утро! 🚗 выехали на Малышева, будем минут через 20",
    cte="b64", label=D("485117", [], M, "on site; quoted earlier 'в пути' ignored"))

add("2026-11-03 13:40", "pol", "Заявка 485117 — отчёт на 13:30",
    "Легенда: ✅ готово / ⏳ в процессе / 🚗 едем / ❌ не сделано\n\n"
    "Гранит, Малышева 51 — 485117\n"
    "• п.1 (3 эт) ✅\n• п.2 (4 эт) ✅\n• п.3 (5 эт) ⏳ домываем, ещё часа полтора\n\n" + SIG,
    cte="qp", label=R("different statuses for different positions (1,2 done, 3 in progress)"))

add("2026-11-03 15:20", "pol", "485117 по 3-й",
    "Коллеги, по 3-й позиции тоже ✅ — 5 этаж сдали администратору в 15:05, бригада уехала.\n\n" + SIG,
    label=D("485117", ["3"], U, "3-й позиции done, crew left"))

# ---------------------------------------------------------------- 485204
add("2026-11-03 12:10", "pol", "Re: Заявка 485204 ТЦ Радуга мойка витрин",
    "Приняли 👍 ставлю на ночную смену, девочки будут после закрытия ТЦ.\n\n" + SIG +
    "\n\n\n-------- Исходное сообщение --------\nОт: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
    "Дата: 03.11.2026 09:40\nТема: Заявка 485204 ТЦ Радуга мойка витрин\n\n"
    "> Добрый день. Просим принять заявку 485204: мойка витрин, корпус Б,\n"
    "> поз. 1 — 1 этаж (фудкорт), поз. 2 — 2 этаж. Работы только ночью.\n",
    cte="8bit", label=D("485204", [], A, "accepted (reply on top of dispatcher's request)"))

add("2026-11-04 01:30", "pol", "485204 отчет",
    None, kind="html",
    html="<html><body><p>Ночная смена, ТЦ Радуга корп. Б</p>"
         "<table border='1' cellpadding='4'><tr><th>Позиция</th><th>Статус</th><th>Время</th></tr>"
         "<tr><td>1</td><td>✅</td><td>01:10</td></tr>"
         "<tr><td>2</td><td>✅</td><td>01:25</td></tr></table>"
         "<p>Витрины помыли, разводов нет, уехали.<br>Полина</p></body></html>",
    cte="qp", label=D("485204", ["1", "2"], U, "HTML table, both rows done"))

add("2026-11-04 09:15", "pol", "Re: 485204 — замечания по витринам",
    "Добрый день! Спасибо, замечание по разводам на витрине 2 этажа приняла, передам девочкам, "
    "в следующий раз проверю сама.\n\n" + SIG + "\n\n"
    "> Полина, добрый день. По заявке 485204 арендатор жалуется на разводы\n"
    "> на витрине 2 этажа (бутик у эскалатора). Прошу учесть.\n> Диспетчерская ОМИС",
    cte="qp", label=R("acknowledges dispatcher's complaint, no status"))

# ---------------------------------------------------------------- 485263
add("2026-11-04 10:05", "office", "Наряд 485263",
    "Наряд 485263 принят.\nУборка территории склада на Складской 8 — завтра, 05.11, с 8:00, "
    "бригада Хабибуллиной (3 чел.).\n\n" + SIG_OFFICE,
    cs="windows-1251", cte="qp", label=D("485263", [], A, "наряд принят"))

add("2026-11-05 07:40", "polya", "Re: Наряд 485263",
    "🚗🚗 едем\n\n" + SIG_PHONE + "\n\n"
    "04.11.2026, 10:05, \"Белый Парус Клининг — офис\" <office@belparus-klin.ru>:\n"
    "> Наряд 485263 принят.\n> Уборка территории склада на Складской 8 — завтра, 05.11, с 8:00",
    cte="b64", label=D("485263", [], V, "number only in Re: subject/quote; emoji on the way"))

add("2026-11-05 08:10", "polya", "Re: Наряд 485263",
    "📍 8:05\n\n" + SIG_PHONE + "\n\n05.11.2026, 07:40, Полина <polinka.saf@yandex.ru>:\n> 🚗🚗 едем",
    cte="b64", label=D("485263", [], M, "emoji only + time, number only in Re: subject"))

add("2026-11-05 12:30", "pol", "485263 ✅",
    "Территорию склада убрали, листву и мусор вывезли (машина Х 742 КМ 196, талон на полигон № 30418). "
    "Уехали в 12:20.\n\n" + SIG,
    cte="8bit", label=D("485263", [], U, "done and left; plate and ticket numbers are distractors"))

add("2026-11-06 09:00", "polya", "485263 п.2",
    "485263 п.2 — 📍 на месте, доделываем у рампы\n\n" + SIG_PHONE,
    cte="b64", label=R("position 2 does not exist in request 485263"))

# ---------------------------------------------------------------- 485309
add("2026-11-05 12:30", "pol", "Химчистка ковролина Ленина 24",
    "Добрый день, коллеги! Заявку на химчистку ковролина по Ленина 24 (№ 485309) взяли в работу. "
    "Работать будем экстракторами Karcher Puzzi 10/1 и BRC 40/22, сушка после нас часа 4, так что "
    "предупредите, пожалуйста, сотрудников, чтобы в кабинетах до вечера по ковру не ходили. Всё по "
    "договору № 17/2026-К от 01.09.2026, смету прикладывать не буду, она та же. Начнём 6-го с первого "
    "корпуса, потом второй. Если что — звоните мне в любое время 😊\n\n" + SIG,
    cs="utf-8", cte="b64", label=D("485309", [], A, "long friendly paragraph; taken into work; plans for later"))

add("2026-11-06 08:02", "polya", "485309 (1)", "🚗",
    cte="b64", label=D("485309", ["1"], V, "emoji alone, position in brackets in subject"))

add("2026-11-06 08:40", "polya", "485309-1", "📍",
    cte="b64", label=D("485309", ["1"], M, "emoji alone, position after dash in subject"))

add("2026-11-06 11:10", "pol", "485309",
    "поз 1 ✅\nпоз 2 ✅\nобед 40 мин\n\n" + SIG,
    label=D("485309", ["1", "2"], U, "both listed positions done"))

add("2026-11-06 12:20", "polya", "Re: 485309 химчистка",
    "П3, П4 📍 начали, второй корпус\n\n" + SIG_IPHONE,
    cte="b64", label=D("485309", ["3", "4"], M, "П3/П4 on site"))

add("2026-11-06 17:45", "pol", "Ленина 24 итог дня",
    "✅ — сделано, ⏳ — в процессе, 🚗 — едем, ❌ — не сделано\n\n"
    "485309 Ленина 24:\n• П3 ✅\n• П4 ✅\n\nВсё, уехали 17:30. Ковёр сохнет, окна на проветривание "
    "не открывать до утра.\n\n" + SIG,
    cte="qp", label=D("485309", ["3", "4"], U, "legend line at top; both done"))

# ---------------------------------------------------------------- 485377
add("2026-11-09 10:03", "office", "Автоматический ответ: Заявка 485377 Поликлиника дезинфекция",
    "Здравствуйте!\n\nВаше письмо получено. Офис ООО «Белый Парус Клининг» работает пн–пт с 9:00 до 18:00 "
    "(Екатеринбург). По срочным вопросам звоните дежурному: +7 912 604-18-77.\n\n"
    "Это письмо сформировано автоматически, отвечать на него не нужно.",
    cs="windows-1251", cte="b64",
    hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
    label=I("out-of-office auto-reply"))

add("2026-11-09 10:25", "office", "RE: Заявка 485377 Поликлиника дезинфекция",
    "Принято в работу. Старший — Сафронова П.\n\n" + SIG_OFFICE + "\n\n"
    "От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
    "Отправлено: 9 ноября 2026 г. 8:00\nКому: office@belparus-klin.ru\n"
    "Тема: Заявка 485377 Поликлиника дезинфекция\n\n"
    "Добрый день. Направляем заявку 485377 на дезинфекционную уборку:\n"
    "1 — главный корпус, 2 — пристрой. Доступ после 18:00.\n",
    cs="windows-1251", cte="qp", label=D("485377", [], A, "Outlook top reply, accepted"))

add("2026-11-09 13:00", "pol", "485377 вопрос по доступу",
    "Добрый день! По 485377: пристрой после 18:00 открыт? Нам нужен доступ к воде и к сливу, "
    "кому звонить на месте? Завхоз не берёт трубку (+7 343 374-02-55).\n\n" + SIG,
    cte="qp", label=R("question only, no status"))

add("2026-11-09 18:20", "polya", "485377 п.2",
    "🚗 выехали к пристрою\n\n" + SIG_PHONE,
    cte="b64", label=D("485377", ["2"], V, "п.2 on the way"))

add("2026-11-09 18:55", "pol", "485377 поликлиника",
    kind="alt",
    body="485377 / поз.2 — на месте 📍 18:50\nпо главному корпусу (поз.1) — завтра утром\n\nПолина",
    html="<div>485377 / поз.2 — <b>на месте</b> 📍 18:50</div>"
         "<div>по главному корпусу (поз.1) — завтра утром</div><div><br>Полина</div>",
    cte="qp", label=D("485377", ["2"], M, "п.2 on site; п.1 only planned"))

add("2026-11-10 10:45", "pol", "Fwd: поликлиника 485377",
    "Пересылаю отчёт бригадира 👇\n\n"
    "---------- Forwarded message ---------\n"
    "От: Гульнара Хабибуллина <brigada3@belparus-klin.ru>\n"
    "Date: пн, 10 нояб. 2026 г. в 10:38\n"
    "Subject: поликлиника\n"
    "To: Полина Сафронова <p.safronova@belparus-klin.ru>\n\n\n"
    "Полина, по поликлинике п.1 и п.2 закончили, дезинфекцию провели, акт № 1134 подписан у завхоза. "
    "Уезжаем.\n" + SIG_GUL + "\n",
    cte="qp", label=D("485377", ["1", "2"], U, "Gmail-style forward of brigadier's report"))

# ---------------------------------------------------------------- 485431
add("2026-11-10 13:40", "pol", "ЖК Северный",
    "Добрый день! Приняли заявку по ЖК Северный, ул. Кирова 14 (485431). Выезд планируем 12.11 с утра, "
    "будет 4 человека.\n\n" + SIG,
    label=D("485431", [], A, "accepted; departure is only a plan"))

add("2026-11-12 07:10", "pol", "Северный — выезд",
    None, kind="html",
    html="<html><body><p>Доброе утро! Девочки выехали:</p><ul>"
         "<li>ул. Кирова 14 (485431)<ul><li>П1 🚗</li><li>П2 🚗</li>"
         "<li>П3 (паркинг) ❌ — закрыт, ждём ключи от УК</li></ul></li></ul>"
         "<p>--<br>Полина Сафронова<br>+7 912 604-18-77</p></body></html>",
    cte="b64", label=D("485431", ["1", "2"], V, "HTML-only; П1/П2 on the way, П3 not done"))

add("2026-11-12 07:55", "polya", "Паркинг Кирова 14",
    "По паркингу 485431 ключей так и нет, на П3 ещё не заходили. Позвоните в УК пожалуйста, "
    "тел. 8-343-222-41-09, диспетчер Ольга\n\n" + SIG_PHONE,
    cte="b64", label=R("negation: not entered yet, asks for help"))

add("2026-11-12 08:05", "polya", "485431", "📍📍 П1 П2 на месте",
    cte="b64", label=D("485431", ["1", "2"], M, "short on-site report"))

add("2026-11-12 14:30", "office", "Заявка 485431 — корпуса 1 и 2",
    "Заявка 485431: корпус 1 и корпус 2 — уборка МОП завершена, п.1 и п.2 сдали старшей по дому "
    "в 14:15, бригада с корпусов ушла.\nПаркинг (п.3): ключи получили, заходим в 15:00.\n\n" + SIG_OFFICE,
    cs="windows-1251", cte="b64", label=D("485431", ["1", "2"], U, "п.1/п.2 finished; п.3 only planned"))

add("2026-11-12 15:10", "polya", "485431 поз3", "поз3 📍 зашли наконец 🙌",
    cte="b64", label=D("485431", ["3"], M, "поз3 on site"))

add("2026-11-12 19:40", "pol", "485431 П3",
    "485431 П3 ✅ паркинг отмыли (−1 уровень, места 1–118), уехали 19:30.\n"
    "Пломбу на щитовой № 2209147 не трогали, если что.\n\n" + SIG,
    cte="qp", label=D("485431", ["3"], U, "done, left; seal number and parking spots are distractors"))

# ---------------------------------------------------------------- 485502
add("2026-11-11 11:20", "pol", "Обращение #485502 БЦ Омега",
    "принято, поставила в график. Полина", cte="qp",
    label=D("485502", [], A, "RFC2047 subject, accepted"))

add("2026-11-13 06:50", "polya", "Омега",
    "485502 — выедем завтра к 7:00, сегодня вся бригада на Северном\n\n" + SIG_PHONE,
    cte="b64", label=R("plan only: leaving tomorrow"))

add("2026-11-14 06:45", "polya", "БЦ Омега #485502",
    "🚗 выехлаи, будем в 7:10\n\n" + SIG_PHONE,
    cte="b64", label=D("485502", [], V, "typo in verb, travelling"))

add("2026-11-14 07:15", "polya", "Re: БЦ Омега #485502",
    "485502 — бригада н\u0061 м\u0065сте\n\n" + SIG_PHONE,
    cte="b64", label=D("485502", [], M, "Latin look-alike letters in 'на месте'"))

add("2026-11-14 10:30", "pol", "Re: БЦ Омега #485502",
    "> 485502 — бригада на месте\n\n"
    "Закончили 7 этаж, всё чисто, коробки после переезда вынесли к лифту. "
    "Выехали с объекта в 10:20 ✅\n\n" + SIG,
    cte="qp", label=D("485502", [], U, "reply under quote; 'выехали с объекта' = left"))

add("2026-11-14 10:31", "daemon", "Undelivered Mail Returned to Sender", None, kind="dsn",
    bounced_to="dispetcher@zakazchik-omis.ru", bounced_subj="Re: БЦ Омега #485502",
    bounced_body="Закончили 7 этаж, всё чисто. Выехали с объекта в 10:20 ✅",
    label=I("bounce (delivery failure report)"))

# ---------------------------------------------------------------- 485588
add("2026-11-12 15:50", "gul", "По заявке 485588",
    "Добрый день. По заявке 485588 (Фронтовых бригад 18) взяли в работу. "
    "Поломоечная машина Tennant T7 будет с нами.\n" + SIG_GUL,
    cs="koi8-r", cte="qp", label=D("485588", [], A, "KOI8-R, taken into work"))

add("2026-11-16 08:20", "polya", "Re: 485588",
    "Выезжаем на Фронтовых бригад 18 🚗 корпус А (п.1)\n\n" + SIG_PHONE,
    cte="b64", label=D("485588", ["1"], V, "bare number in subject; 'выезжаем на' = on the way"))

add("2026-11-16 09:00", "polya", "Re: Re: 485588 выезжаем 🚗",
    "📍 п.1 с 8:55\n\n" + SIG_PHONE + "\n\n16.11.2026, 08:20, Полина <polinka.saf@yandex.ru>:\n"
    "> Выезжаем на Фронтовых бригад 18 🚗 корпус А (п.1)",
    cte="b64", label=D("485588", ["1"], M, "Re: subject names old status; body says on site"))

add("2026-11-16 13:00", "pol", "Фронтовых бригад 18",
    "Добрый день! Хотела отписаться по складу на Фронтовых бригад (заявка 485588): корпус А закончили "
    "полностью, по первой позиции можно закрывать, бригада уже уехала на обед и дальше по графику. "
    "Полы отмыли машиной, в зоне стеллажей 12–20 руками, там машина не проходит. Корпус Б сделаем "
    "завтра, там кладовщик просил после 8:00, раньше не пустят. Хорошего дня! 🌸\n\n" + SIG,
    cte="b64", label=D("485588", ["1"], U, "friendly paragraph: first position finished, crew left; Б planned"))

add("2026-11-17 16:10", "pol", "485588 П2",
    "ВСЁ ГОТОВО ПО 485588 П2!!! ✅ УЕХАЛИ\n\n" + SIG,
    label=D("485588", ["2"], U, "caps, done and left"))

# ---------------------------------------------------------------- 485640
add("2026-11-16 10:30", "office", "RE: Заявка 485640 мойка окон Мира 3",
    "Добрый день, принимаем.\n\n" + SIG_OFFICE + "\n\n"
    "-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
    "Sent: Monday, November 16, 2026 8:10 AM\nTo: office@belparus-klin.ru\n"
    "Subject: Заявка 485640 мойка окон Мира 3\n\n"
    "Прошу принять заявку 485640, мойка окон: 1, 2 и 3 этажи.\n",
    cs="windows-1251", cte="qp", label=D("485640", [], A, "-----Original Message----- quote, accepted"))

add("2026-11-16 11:00", "pol", "485640 смета",
    "Коллеги, по 485640 вопрос: в заявке мойка окон 3 этажей, а в смете к договору № 17/2026-К "
    "только 2. Доп. работы по 3 эт — 145 руб/м2 (примерно 96 м2), согласуете? Без согласования "
    "начать не можем.\n\n" + SIG,
    cte="qp", label=R("price/estimate talk, no status"))

add("2026-11-16 11:42", "pol", "Прочитано: Заявка 485640 мойка окон Мира 3", None, kind="mdn",
    label=I("read receipt (MDN)"))

add("2026-11-17 12:00", "polya", "485640", "✅ 1\n✅ 2\n✅ 3",
    cte="b64", label=D("485640", ["1", "2", "3"], U, "emoji with position numbers only"))

# ---------------------------------------------------------------- 485719
add("2026-11-18 08:00", "polya", "на выезде",
    "🚗 485719 поз 1, по дороге заедем на 485640 забрать стремянки\n\n" + SIG_PHONE,
    cte="b64", label=R("two different requests in one letter"))

add("2026-11-18 09:10", "polya", "485719-1", "📍 9:05",
    cte="b64", label=D("485719", ["1"], M, "dash position in subject, emoji + time"))

add("2026-11-18 15:00", "pol", "485719 итог",
    "485719\n• позиция 1 – готово ✅\n• позиция 2 – ❌ не успеваем, перенос на 19.11\n\n" + SIG,
    cte="qp", label=D("485719", ["1"], U, "позиция 1 done; позиция 2 not done"))

add("2026-11-19 08:30", "polya", "Уют",
    "По второй позиции 485719 прибытие 08:25 📍\n\n" + SIG_PHONE,
    cte="b64", label=D("485719", ["2"], M, "noun прибытие with time"))

add("2026-11-19 13:10", "office", "FW: Уют 485719",
    "Пересылаю.\n\n" + SIG_OFFICE + "\n\n"
    "From: Полина Сафронова <p.safronova@belparus-klin.ru>\nSent: Thursday, November 19, 2026 1:05 PM\n"
    "To: office@belparus-klin.ru\nSubject: Уют 485719\n\n"
    "Корпус 2 (п.2) — убытие 13:00. Номера сдали горничной, ключи на ресепшен.\n",
    cs="windows-1251", cte="b64", label=D("485719", ["2"], U, "Outlook forward; убытие п.2"))

# ---------------------------------------------------------------- 485806
add("2026-11-19 10:20", "pol", "Заявка 485806 Гранит",
    "Заявку 485806 взяли, спасибо что снова к нам 😊 Начнём завтра с 6-7 этажа.\n\n" + SIG,
    label=D("485806", [], A, "accepted; plan for tomorrow"))

add("2026-11-19 16:30", "pol", "Принято: Планёрка по БЦ Гранит (485806)", None, kind="cal",
    label=I("calendar meeting response generated by mail client"))

add("2026-11-20 07:00", "polya", "485806",
    "Выезд 07:00 🚗 п.1, п.2\n\n" + SIG_PHONE,
    cte="b64", label=D("485806", ["1", "2"], V, "noun выезд with time"))

add("2026-11-20 07:02", "anna", "Автоответ: 485806",
    "Я в отпуске с 20.11 по 30.11. По вопросам качества и актов обращайтесь к старшему смены "
    "Сафроновой П. (+7 912 604-18-77).",
    cs="koi8-r", cte="b64", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    label=I("vacation auto-reply"))

add("2026-11-20 12:00", "pol", "Fwd: Гранит",
    "девочки отписались, пересылаю\n\n"
    "-------- Пересылаемое сообщение --------\n"
    "20.11.2026, 11:52, \"Гульнара Хабибуллина\" <brigada3@belparus-klin.ru>:\n\n"
    "485806: 6 и 7 этаж (п1, п2) закончили, уходим на обед, потом 8 этаж.\n\n"
    "-------- Конец пересылаемого сообщения --------\n\n" + SIG,
    cte="qp", label=D("485806", ["1", "2"], U, "Yandex-style forward: п1/п2 finished"))

add("2026-11-20 13:30", "polya", "485806 п3",
    "⏳ = бригада на объекте, работаем\n\nп3 ⏳\n\n" + SIG_PHONE,
    cte="b64", label=D("485806", ["3"], M, "legend defines ⏳ as on site working"))

add("2026-11-20 18:00", "pol", "485806 вечер",
    "485806\n✅ п.3 — 8 этаж сдали\n❌ п.4 — техэтаж, нет допуска, ждём инженера\n\n" + SIG,
    cte="qp", label=D("485806", ["3"], U, "п.3 done, п.4 not done"))

add("2026-11-21 10:00", "pol", "Гранит техэтаж — простой",
    "Коллеги, добрый день. На 485806 охрана второй день не пускает на техэтаж без служебки, "
    "люди стоят. Это простой, будем выставлять по договору (п. 5.3). Решите, пожалуйста, вопрос "
    "с инженером здания.\n\n" + SIG,
    cte="qp", label=R("complaint / downtime, no status to record"))

add("2026-11-23 09:20", "polya", "техэтаж",
    "техэтаж 485806 (п.4) 📍 наконец-то 🙏\n\n" + SIG_IPHONE,
    cte="b64", label=D("485806", ["4"], M, "п.4 on site"))

add("2026-11-23 11:40", "pol", "Fwd: техэтаж", kind="fwd822",
    body="Полине от Гули, пересылаю как есть 👇",
    inner=dict(frm="gul", dt="2026-11-23 11:36", subj="техэтаж",
               body="Поз.4 (технический этаж) 485806 — всё, бригада освободилась в 11:35, "
                    "мусор спустили, ключ от техэтажа отдали охране (пост № 2).\n" + SIG_GUL),
    label=D("485806", ["4"], U, "forward as message/rfc822 attachment: бригада освободилась"))

# ---------------------------------------------------------------- 485873
add("2026-11-23 12:20", "office", "Принято 485873",
    "Принято 485873. Бригада с допуском в чистые помещения, медкнижки в порядке.\n\n" + SIG_OFFICE,
    cs="windows-1251", cte="8bit", label=D("485873", [], A, "accepted"))

add("2026-11-24 07:45", "polya", "485837",
    "🚗 485837 едем, лаборатория\n\n" + SIG_PHONE,
    cte="b64", label=R("number 485837 not in registry (typo)"))

add("2026-11-24 09:00", "polya", "Лаборатория",
    "Лаборатория 485873 — на месте с 8:50 📍 (в прошлом письме номер с опечаткой, сорри)\n\n" + SIG_PHONE,
    cte="b64", label=D("485873", [], M, "on site, corrected number"))

add("2026-11-24 14:00", "polya", "485873", "✅✅✅ всё, уехали",
    cte="b64", label=D("485873", [], U, "done and left"))

# ---------------------------------------------------------------- 485955
add("2026-11-24 10:30", "pol", "485955",
    "485955 принято ✅ выезд завтра утром\n\n" + SIG,
    label=D("485955", [], A, "принято; выезд завтра is a plan"))

add("2026-11-25 08:15", "polya", "485955 Комсомольская 37",
    "выехали на объект, будем к 9 🚗\n\n" + SIG_PHONE,
    cte="b64", label=D("485955", [], V, "'выехали на объект' = on the way"))

add("2026-11-25 09:10", "polya", "Re: 485955 Комсомольская 37",
    "📍 п.1 и п.2, начали с первого корпуса\n\n" + SIG_PHONE + "\n\n"
    "25.11.2026, 08:15, Полина <polinka.saf@yandex.ru>:\n> выехали на объект, будем к 9 🚗",
    cte="b64", label=D("485955", ["1", "2"], M, "number only in quote; on site both positions"))

add("2026-11-25 17:30", "pol", "Комсомольская 37 — завершение",
    kind="alt",
    body="485955\nп.1 ✅ 16:40\nп.2 ✅ 17:20\nЗавершение работ, бригада уехала.\n\n" + SIG,
    html="<p><b>485955</b></p><table border=1><tr><td>п.1</td><td>✅</td><td>16:40</td></tr>"
         "<tr><td>п.2</td><td>✅</td><td>17:20</td></tr></table><p>Завершение работ, бригада уехала.</p>",
    cte="b64", label=D("485955", ["1", "2"], U, "multipart/alternative with table, both done"))

add("2026-11-26 10:00", "office", "Re: Акты 485955",
    "Спасибо, получили.\n\n"
    "ПС> 485955\nПС> п.1 ✅ 16:40\nПС> п.2 ✅ 17:20\nПС> Завершение работ, бригада уехала.\n\n" + SIG_OFFICE,
    cs="utf-8", cte="qp", label=R("thanks only; report is only in initials-prefixed quote"))

add("2026-11-26 15:00", "pol", "спасибо 🙏",
    "Спасибо за оперативное подписание актов по 485955 и 485873 🙏 Акты № 1201 и № 1207 "
    "оригиналами привезём в пятницу.\n\n" + SIG,
    cte="qp", label=R("thanks, two requests, no status"))

# ---------------------------------------------------------------- misc
add("2026-11-13 15:30", "polya", "Гранит",
    "Девочки на месте 📍 Гранит, 5 этаж, доделывают замечания\n\n" + SIG_PHONE,
    cte="b64", label=R("no request number at all"))

add("2026-11-18 10:00", "news", "Белый Парус: новости ноября — скидка 15% на мойку окон",
    kind="alt",
    body="Уважаемые партнёры!\n\nВ ноябре — скидка 15% на мойку фасадов и окон. Новые поломоечные машины, "
         "сертификат ISO 9001:2015.\n\nОтписаться: https://belparus-klin.ru/unsubscribe",
    html="<h2>Новости ноября</h2><p>Скидка 15% на мойку фасадов и окон.</p>"
         "<p><a href='https://belparus-klin.ru/unsubscribe'>Отписаться</a></p>",
    cte="b64",
    hdrs={"Precedence": "bulk", "List-Unsubscribe": "<https://belparus-klin.ru/unsubscribe>",
          "List-Id": "Новости <news.belparus-klin.ru>"},
    label=I("bulk newsletter"))

add("2026-11-21 12:00", "pol", "485391",
    "485391 ✅ готово, уехали\n\n" + SIG,
    label=R("number 485391 not in registry"))

add("2026-11-17 17:00", "pol", "Re: Заявка 485719",
    "Коллеги, по 485719 — сегодня ещё не выехали и уже не выедем, машина в ремонте 😞 Завтра постараемся к 8.\n\n" + SIG,
    cte="qp", label=R("negation 'ещё не выехали' + plan"))

add("2026-11-04 14:00", "pol", "Радуга + Склад",
    "Сводка на 14:00\n⏳ 485263 — на завтра всё готово, бригада Гули\n✅ 485204 п.1, п.2 (ночью)\n\n" + SIG,
    label=R("two requests in one letter"))

add("2026-11-10 12:30", "pol", "485377",
    "485377\n✅ п.1\n🚗 п.2 — возвращаемся забрать оборудование\n\n" + SIG,
    label=R("different statuses for different positions"))


# ======================================================================
def enc_cte(cte):
    return {"b64": BASE64, "qp": QP, "8bit": None}[cte]


def text_part(text, subtype, cs, cte):
    c = Charset(cs)
    c.body_encoding = enc_cte(cte)
    c.header_encoding = BASE64
    return MIMEText(text, subtype, c)


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        hcs = cs if cs != "utf-8" else "utf-8"
        return Header(s, hcs, header_name="Subject")


def dt_of(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def msgid(n, d, frm):
    h = hashlib.md5(f"{n}{d['dt']}{d['subj']}".encode()).hexdigest()[:10]
    dom = SENDERS[frm][1].split("@")[1]
    return f"<{dt_of(d['dt']).strftime('%Y%m%d%H%M%S')}.{h}@{'mail.' + dom if dom == DOMAIN else 'mxfront.' + dom}>"


def build(n, d):
    cs = d.get("cs", "utf-8")
    cte = d.get("cte", "8bit" if cs == "utf-8" else "qp")
    kind = d.get("kind", "plain")
    frm = d["frm"]
    if kind == "plain":
        m = text_part(d["body"], "plain", cs, cte)
    elif kind == "html":
        m = text_part(d["html"], "html", cs, cte)
    elif kind == "alt":
        m = MIMEMultipart("alternative")
        m.attach(text_part(d["body"], "plain", cs, cte))
        m.attach(text_part(d["html"], "html", cs, cte))
    elif kind == "fwd822":
        inn = d["inner"]
        im = text_part(inn["body"], "plain", "utf-8", "qp")
        im["From"] = formataddr(SENDERS[inn["frm"]], charset="utf-8")
        im["To"] = formataddr(SENDERS["pol"], charset="utf-8")
        im["Subject"] = hdr(inn["subj"], "utf-8")
        im["Date"] = format_datetime(dt_of(inn["dt"]))
        im["Message-ID"] = f"<inner.{n:03d}.{dt_of(inn['dt']).strftime('%H%M')}@mail.{DOMAIN}>"
        m = MIMEMultipart("mixed")
        m.attach(text_part(d["body"], "plain", cs, "qp"))
        m.attach(MIMEMessage(im))
    elif kind == "dsn":
        m = MIMEMultipart("report", report_type="delivery-status")
        m.attach(MIMEText(
            "This is the mail system at host mx1.belparus-klin.ru.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more "
            "recipients.\n\n<%s>: host mx.zakazchik-omis.ru said: 550 5.1.1 User unknown\n" % d["bounced_to"],
            "plain", "us-ascii"))
        st = MIMEBase("message", "delivery-status")
        st.attach(message_from_string("Reporting-MTA: dns; mx1.belparus-klin.ru\n"
                                      "Arrival-Date: %s\n" % format_datetime(dt_of(d["dt"]))))
        st.attach(message_from_string("Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
                                      "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n" % d["bounced_to"]))
        m.attach(st)
        orig = text_part(d["bounced_body"], "plain", "utf-8", "b64")
        orig["From"] = formataddr(SENDERS["pol"], charset="utf-8")
        orig["To"] = d["bounced_to"]
        orig["Subject"] = hdr(d["bounced_subj"], "utf-8")
        m.attach(MIMEMessage(orig))
        d.setdefault("hdrs", {})["Auto-Submitted"] = "auto-replied"
    elif kind == "mdn":
        m = MIMEMultipart("report", report_type="disposition-notification")
        m.attach(text_part("Ваше сообщение\n\n  Кому: p.safronova@belparus-klin.ru\n"
                           "  Тема: Заявка 485640 мойка окон Мира 3\n  Отправлено: 16.11.2026 10:10\n\n"
                           "было прочитано 16.11.2026 11:42.", "plain", "utf-8", "qp"))
        mp = MIMEBase("message", "disposition-notification")
        mp.set_payload("Reporting-UA: belparus-klin.ru; Microsoft Outlook 16.0\n"
                       "Final-Recipient: rfc822;p.safronova@belparus-klin.ru\n"
                       "Original-Message-ID: <OMIS-485640-1@zakazchik-omis.ru>\n"
                       "Disposition: manual-action/MDN-sent-manually; displayed\n")
        m.attach(mp)
    elif kind == "cal":
        m = MIMEMultipart("alternative")
        m.attach(text_part("Полина Сафронова приняла это приглашение.\n\nПланёрка по БЦ Гранит (485806)\n"
                           "Когда: 20 ноября 2026 г. 17:00–17:30\nГде: Малышева 51, 2 этаж, переговорная",
                           "plain", "utf-8", "qp"))
        ics = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
               "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Полина Сафронова:mailto:p.safronova@belparus-klin.ru\r\n"
               "SUMMARY;LANGUAGE=ru-RU:Принято: Планёрка по БЦ Гранит (485806)\r\n"
               "DTSTART:20261120T120000Z\r\nDTEND:20261120T123000Z\r\nUID:omis-meet-485806-01\r\n"
               "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        cp = text_part(ics, "calendar", "utf-8", "b64")
        cp.set_param("method", "REPLY")
        m.attach(cp)
    else:
        raise ValueError(kind)
    m["From"] = formataddr(SENDERS[frm], charset="utf-8") if frm != "daemon" else \
        "MAILER-DAEMON@belparus-klin.ru (Mail Delivery System)"
    m["To"] = formataddr(DISPATCH, charset="utf-8")
    m["Subject"] = hdr(d["subj"], cs if kind in ("plain", "html", "alt") else "utf-8")
    m["Date"] = format_datetime(dt_of(d["dt"]))
    m["Message-ID"] = msgid(n, d, frm)
    if d["subj"].lower().startswith(("re:", "re ")):
        m["In-Reply-To"] = f"<omis.{n:03d}@zakazchik-omis.ru>"
    if frm in ("polya",):
        m["X-Mailer"] = "Yamail Mobile"
    elif frm == "office":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
    for k, v in d.get("hdrs", {}).items():
        m[k] = v
    return m


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    # check encodability for legacy charsets
    for d in L:
        cs = d.get("cs", "utf-8")
        for t in (d.get("body"), d.get("html"), d["subj"]):
            if t:
                t.encode(cs)
    order = sorted(range(len(L)), key=lambda i: (dt_of(L[i]["dt"]), i))
    labels = {}
    for n, i in enumerate(order, 1):
        d = L[i]
        m = build(n, d)
        name = f"{n:03d}.eml"
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(m.as_bytes())
        labels[name] = d["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    c = {}
    for v in labels.values():
        c[v["expect"]] = c.get(v["expect"], 0) + 1
    print(len(labels), c)


if __name__ == "__main__":
    main()
