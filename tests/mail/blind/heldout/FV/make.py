#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: night emergency lift service, Novosibirsk (+0700)."""
import json
import os
import html as htmlmod
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime, make_msgid
from email.generator import BytesGenerator
from email import message_from_string
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

TZ = timezone(timedelta(hours=7))
TO = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DOMAIN = "sibliftavar.ru"

WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def mailru_hdr(s, name, addr):
    d = dt(s)
    return f"{WD[d.weekday()].capitalize()}, {d.day} {MON[d.month-1]} {d.year}, {d.hour}:{d.minute:02d} +07:00 от {name} <{addr}>:"


def yandex_hdr(s, name, addr):
    d = dt(s)
    return f"{d.day:02d}.{d.month:02d}.{d.year}, {d.hour:02d}:{d.minute:02d}, \"{name}\" <{addr}>:"


def outlook_hdr(s, name, addr, to, subj):
    d = dt(s)
    return (f"От: {name} [mailto:{addr}]\nОтправлено: {WD[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} г. {d.hour}:{d.minute:02d}\n"
            f"Кому: {to}\nТема: {subj}")


P = {
    "K": dict(name="Андрей Колесников", addr="kolesnikov.a.lift@mail.ru", cs="utf-8", cte="b64", mode="plain",
              mailer="Mail.ru Mobile for Android 15.2.0", sig="\n\n--\nОтправлено из мобильной Почты Mail.ru"),
    "D": dict(name="Сергей Дьячков", addr="s.dyachkov82@yandex.ru", cs="utf-8", cte="qp", mode="plain",
              mailer="Yandex Mail for Android", sig="\n\n-- \nОтправлено из мобильной Яндекс Почты"),
    "M": dict(name="Ринат Мухаметов", addr="rinat.muhametov@mail.ru", cs="utf-8", cte="b64", mode="alt",
              mailer="Mail.Ru Mailer 1.0", sig="\n\n--\nРинат Мухаметов\nмеханик по лифтам, т. 8-913-752-44-31"),
    "B": dict(name="Павел Белоусов", addr="pavel-belousov-nsk@yandex.ru", cs="utf-8", cte="8bit", mode="plain",
              mailer=None, sig="\n\n--\nПавел Белоусов\nмеханик аварийной службы СибЛифт\n+7 923 118-40-62"),
    "O": dict(name="Ночной диспетчер ООО «СибЛифт-Аварийная служба»", addr="dispetcher@sibliftavar.ru",
              cs="windows-1251", cte="qp", mode="alt", mailer="Microsoft Outlook 16.0",
              sig="\n\nС уважением,\nГринько Людмила Анатольевна\nночной диспетчер аварийной службы\n"
                  "ООО «СибЛифт-Аварийная служба»\nтел. +7 (383) 291-44-07, доб. 2\n"
                  "630099, г. Новосибирск, ул. Советская, д. 52, оф. 14"),
    "O2": dict(name="Диспетчер СибЛифт", addr="dispetcher@sibliftavar.ru", cs="koi8-r", cte="8bit", mode="plain",
               mailer="The Bat! (v10.5.3) Professional",
               sig="\n\n--\nС уважением, Осипова Т.В.\nночной диспетчер ООО \"СибЛифт-Аварийная служба\"\nт. (383) 291-44-07\nИНН 5406781123 КПП 540601001"),
    "G": dict(name="Лаптев Виктор Николаевич", addr="laptev@sibliftavar.ru", cs="windows-1251", cte="qp", mode="alt",
              mailer="Microsoft Outlook 16.0",
              sig="\n\nС уважением,\nЛаптев В.Н.\nглавный инженер ООО «СибЛифт-Аварийная служба»\nмоб. 8-913-901-16-60"),
}

letters = []


def add(who, when, subj, body, label, **kw):
    d = dict(who=who, when=when, subj=subj, body=body, label=label)
    d.update(kw)
    letters.append(d)
    return len(letters) - 1


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
K, Dm, M, B = P["K"], P["D"], P["M"], P["B"]

# ---------------------------------------------------------------- 443017 Красный пр., 77
a1 = add("O", "2026-11-03 23:14", "Заявка № 443017 принята",
         "Добрый вечер!\n\nВаша заявка № 443017 (Красный проспект, 77, подъезды 1 и 2) принята аварийной службой в 23:12.\n"
         "Механик назначен, о выезде сообщим дополнительно.",
         D("443017", [], ACC, "office confirms acceptance, no position singled out"))
a2 = add("K", "2026-11-03 23:31", "443017 п1",
         "Выехал на Красный 77, по п1 застревание. Буду минут через 15-20",
         D("443017", ["1"], WAY, "mechanic left for the site, position 1"))
a3 = add("K", "2026-11-04 00:02", "443017 п1 на месте",
         "На месте с 23:52. Пассажира эвакуировали - женщина, 1 чел., кабина стояла между 6 и 7 эт. Претензий нет. Смотрю лифт",
         D("443017", ["1"], ON, "arrived 23:52 yesterday, evacuation done, work in progress"))
b3 = "На месте с 23:52. Пассажира эвакуировали - женщина, 1 чел., кабина стояла между 6 и 7 эт. Претензий нет. Смотрю лифт" + K["sig"]
a4 = add("K", "2026-11-04 00:48", "Re: 443017 п1 на месте",
         "П1 - лифт запущен в 00:40, отрегулировал отводку на 7 эт. С первого подъезда ушёл.\n\n\n"
         + mailru_hdr("2026-11-04 00:02", K["name"], K["addr"]) + "\n" + q(b3),
         D("443017", ["1"], LEFT, "lift started, left position 1; quote below is the old on-site report"), reply=a3)
a5 = add("K", "2026-11-04 01:12", "443017-2",
         "Во втором подъезде с 00:55. Лифт стоит на 9 эт, пассажиров нет. Похоже УКЛ, выгорел блок питания, разбираюсь",
         D("443017", ["2"], ON, "position after dash in subject; on site since 00:55"))
fw6 = ("лифт отключен, передан дневной смене - нужна замена блока питания УКЛ (на складе нет). "
       "Табличку повесил, жильцов предупредил. Уехал с адреса 02:15" + K["sig"])
add("O", "2026-11-04 02:26", "FW: 443017-2",
    "Пересылаю сообщение механика по позиции 2.\n\nГринько Л.А.\n\n"
    + "_" * 32 + "\n" + outlook_hdr("2026-11-04 02:19", K["name"], K["addr"], "dispetcher@sibliftavar.ru", "443017-2")
    + "\n\n" + fw6,
    D("443017", ["2"], LEFT, "forwarded mechanic report: switched off, handed to day shift, left 02:15"), nosig=True)

# ---------------------------------------------------------------- 443052 Б. Хмельницкого, 14
a7 = add("D", "2026-11-05 00:51", "Хмельницкого 14 (443052)", "Принял, выезжаю.\nДьячков",
         D("443052", [], WAY, "'принял, выезжаю' - accepted and travelling now -> latest is в пути"))
a8 = add("D", "2026-11-05 01:29", "Re: Хмельницкого 14 (443052)",
         "На месте. Мужчина застрял между 3 и 4 этажом, эвакуировали в 01:24, всё нормально.\n\n"
         + yandex_hdr("2026-11-05 00:51", Dm["name"], Dm["addr"]) + "\n" + q("Принял, выезжаю.\nДьячков"),
         D("443052", [], ON, "on site, passenger evacuated"), reply=a7)
add("D", "2026-11-05 02:44", "Re: Хмельницкого 14 (443052)",
    "закончил. сработал ловитель, посадил кабину, проверил по всем этажам - лифт запущен. в 02:40 уехал\n\n"
    + yandex_hdr("2026-11-05 01:29", Dm["name"], Dm["addr"]) + "\n"
    + q("На месте. Мужчина застрял между 3 и 4 этажом, эвакуировали в 01:24, всё нормально."),
    D("443052", [], LEFT, "finished, lift started, left at 02:40"), reply=a8)

# ---------------------------------------------------------------- 443108 Выборная, 129
rows10 = [("1", "Выборная, 129, под. 1", "остановка после отключения э/э"),
          ("2", "Выборная, 129, под. 2", "застревание, 2 пассажира"),
          ("3", "Выборная, 129, под. 3", "остановка после отключения э/э")]
add("O", "2026-11-06 22:27", "Заявка 443108 - принята",
    "Добрый вечер.\n\nПо заявке 443108 сообщаем:\n\n" + "\n".join(f"{p}\t{a}\t{n}\tпринята" for p, a, n in rows10),
    D("443108", ["1", "2", "3"], ACC, "HTML table, every row (1,2,3) 'принята'"), table=("Поз.", "Адрес", "Неисправность", "Статус", rows10, "принята"))
a11 = add("M", "2026-11-06 22:58", "Выборная 129",
          "Добрый вечер. По заявке 443108 едем вдвоём с Геннадием, будем в 23:30 примерно.\nМухаметов Р.",
          D("443108", [], WAY, "'едем ... будем в 23:30' = travelling now"))
m11 = "Добрый вечер. По заявке 443108 едем вдвоём с Геннадием, будем в 23:30 примерно.\nМухаметов Р." + M["sig"]
add("M", "2026-11-06 23:40", "Re: Выборная 129",
    "Прибыли в 23:35, начинаем.\n\n" + mailru_hdr("2026-11-06 22:58", M["name"], M["addr"]) + "\n" + q(m11, ">"),
    D("443108", [], ON, "number appears only in the quoted earlier letter of the same thread"), reply=a11)
add("M", "2026-11-07 01:36", "443108 поз.2",
    "По поз.2 закончили в 01:30: в кабине были двое, эвакуировали, лифт запущен. По 1 и 3 напишу отдельно.",
    D("443108", ["2"], LEFT, "pos 2 finished; 1 and 3 only promised later - record pos 2 only"))
add("M", "2026-11-07 03:18", "443108 п1, п3",
    "п1 и п3 - отключены, передано дневной смене (на обоих выбило предохранители вводного устройства, нужен энергетик дома). Бригада освободилась, уехали в 03:10.",
    D("443108", ["1", "3"], LEFT, "both switched off, handed over, crew left"))
add("G", "2026-11-07 07:52", "443108 - повторные вызовы",
    "Добрый день.\n\nПрошу обратить внимание: по адресу Выборная, 129 (заявка 443108) это уже третий ночной вызов за ноябрь, "
    "и каждый раз причина - в электроснабжении дома, а не в лифтах. Наши механики вынуждены ждать энергетика УК.\n"
    "Просим такие заявки сначала направлять в управляющую компанию, иначе будем выставлять ложный выезд по п. 4.3 договора № 14/26-АО.",
    R("complaint / contract talk, no status"))

# ---------------------------------------------------------------- 443141 Линейная, 33
a15 = add("B", "2026-11-08 01:19", "Линейная 33",
          "Обращение 443141 принял. Сейчас заканчиваю на Затулинке (Зорге 78), как освобожусь - поеду к вам.",
          D("443141", [], ACC, "accepted; travel is only planned"))
a16 = add("B", "2026-11-08 02:03", "443141 выехал",
          "С Зорге освободился, выехал на Линейную 33. Ориентировочно 02:30.",
          D("443141", [], WAY, "'выехал на Линейную' - leaving FOR the site"))
add("B", "2026-11-08 02:34", "Re: 443141 выехал",
    "На месте, 02:31.\n\n" + yandex_hdr("2026-11-08 02:03", B["name"], B["addr"]) + "\n"
    + q("С Зорге освободился, выехал на Линейную 33. Ориентировочно 02:30."),
    D("443141", [], ON, "Re: subject names old status, body reports arrival"), reply=a16)
a18 = add("B", "2026-11-08 04:12", "443141 итог",
          "П2 - двери отрегулировал, лифт запущен.\nП1 - износ канатов, лифт отключил, передал дневной смене, табличка висит.\nС Линейной уехал в 04:05.",
          D("443141", ["1", "2"], LEFT, "both positions finished, left at 04:05"))
b18 = "П2 - двери отрегулировал, лифт запущен.\nП1 - износ канатов, лифт отключил, передал дневной смене, табличка висит.\nС Линейной уехал в 04:05."
add("B", "2026-11-08 04:20", "Re: 443141 итог",
    "Забыл написать: по П1 канаты будет менять дневная бригада Лаптева, завтра днём. Ключ от машинного у старшего по дому, кв. 45.\n\n"
    + yandex_hdr("2026-11-08 04:12", B["name"], B["addr"]) + "\n" + q(b18),
    R("new text is only a plan for the day shift; quoted report is old"), reply=a18)

# ---------------------------------------------------------------- 443200 Ватутина, 29/1
add("O2", "2026-11-09 23:58", "443200 Ватутина 29/1",
    "Добрый вечер.\n\nЗаявка 443200 принята, механик Дьячков С.И. выехал на адрес, ориентировочное прибытие 00:30.",
    D("443200", [], WAY, "accepted and mechanic already left for the site -> в пути"))
a20 = add("D", "2026-11-10 00:33", "443200", "на мсте, ватутина 29/1",
          D("443200", [], ON, "typo 'мсте'; 29/1 is the house number"))
add("D", "2026-11-10 00:40", "443200 П2",
    "по П2 тоже на месте, второй лифт в этом подъезде стоит на 5 этаже с открытыми дверями. Добавьте в заявку",
    R("request 443200 has only position 1; position 2 not in registry"))
add("D", "2026-11-10 01:52", "Re: 443200",
    "Пассажира эвакуировали ещё в 00:41 (пожилая женщина, всё в порядке). Лифт отключен - разбит вызывной пост на 1 эт., шлейф вырван. Передал дневной смене. Освободился, 01:45.\n\n"
    + yandex_hdr("2026-11-10 00:33", Dm["name"], Dm["addr"]) + "\n" + q("на мсте, ватутина 29/1"),
    D("443200", [], LEFT, "switched off, passed to day shift, 'освободился' 01:45"), reply=a20)
add("G", "2026-11-10 06:40", "443200 - замена вызывного поста (вне договора)",
    "Добрый день.\n\nПо заявке 443200 (Ватутина, 29/1): восстановление вызывного поста после акта вандализма не входит в аварийное "
    "обслуживание по договору № 14/26-АО от 01.02.2026. Стоимость поста ПВ-1 с установкой - 8 450 руб. без НДС.\n"
    "Прошу согласовать, после согласования выставим счёт и дневная смена выполнит работы.",
    R("price / contract talk"))

# ---------------------------------------------------------------- 443276 Кирова, 44
add("O", "2026-11-11 21:41", "Заявка № 443276 принята в работу",
    "Здравствуйте.\n\nЗаявка № 443276 (ул. Кирова, 44, лифты 1-4, подтопление приямков) принята в работу в 21:40.\nНочной диспетчер Гринько Л.А.",
    D("443276", [], ACC, "HTML-only letter; 'лифты 1-4' just describes the request"), mode="html")
add("K", "2026-11-11 22:12", "Кирова 44 поз 1-4",
    "выехал по 443276, со мной стажёр. Машина Х443ТМ154 если охрана на въезде спросит",
    D("443276", ["1", "2", "3", "4"], WAY, "range 'поз 1-4' in subject = all four; car plate contains 443"))
add("K", "2026-11-11 22:49", "443276", "на месте 22:45. в приямках вода по щиколотку, откачиваем сами",
    D("443276", [], ON, "arrival"))
a25 = add("K", "2026-11-12 00:31", "#443276 (3)", "готово, лифт запущен. приямок сухой",
          D("443276", ["3"], LEFT, "'готово, лифт запущен' for position in brackets"))
add("K", "2026-11-12 01:14", "Re: #443276 (3)",
    "4-й тоже запустил в 01:10, связь с ОДС проверил - работает\n\n" + mailru_hdr("2026-11-12 00:31", K["name"], K["addr"]) + "\n"
    + q("готово, лифт запущен. приямок сухой" + K["sig"]),
    D("443276", ["4"], LEFT, "body names 4-й; subject (3) is the old thread subject"), reply=a25)
add("SPECIAL_BOUNCE", "2026-11-12 01:30", None, None, I("delivery failure report (bounce)"))
cust27 = ("Андрей, добрый вечер.\nПросим при отключении лифтов по заявке 443276 сразу сообщать, какие лифты отключены и до какого времени.\n"
          "Диспетчерская ОМИС, т. 209-11-00")
add("K", "2026-11-12 01:40", "Re: 443276 - просьба сообщать об отключении лифтов",
    "Спасибо, понял. Сообщу.\n\n" + mailru_hdr("2026-11-12 01:22", "Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru") + "\n" + q(cust27),
    R("acknowledgement of the dispatcher's own message; 'понял' is not a status"), ext_reply=True)
add("K", "2026-11-12 02:41", "443276 п.1 п.2",
    "п.1 и п.2 отключены - замокла станция управления на п.1 и выбит вводной автомат на п.2, нужен электрик УК. Вводной опломбировал, пломба № 4431726. Передал дневной смене. С Кирова уехал 02:35",
    D("443276", ["1", "2"], LEFT, "switched off, handed over, left Kirova 02:35"))
rows27 = [("1", "отключен, передан дневной смене", "02:35"), ("2", "отключен, передан дневной смене", "02:35"),
          ("3", "запущен", "00:30"), ("4", "запущен", "01:10")]
add("O", "2026-11-12 02:58", "Заявка 443276 - итоги ночной смены",
    "Добрый вечер.\n\nПо заявке 443276 (ул. Кирова, 44) работы ночной смены завершены, механик убыл:\n\n"
    + "\n".join(f"поз. {p}\t{s}\tубытие {t}" for p, s, t in rows27),
    D("443276", ["1", "2", "3", "4"], LEFT, "HTML table, all rows report убытие"),
    table=("Поз.", "Результат", "Убытие", None, rows27, None))

# ---------------------------------------------------------------- 443315 Дзержинского, 18
a28 = add("M", "2026-11-13 02:11", "Дзержинского 18 пpинял 443315", "принял\nРинат",
          D("443315", [], ACC, "Latin 'p' inside 'пpинял' in subject"))
add("M", "2026-11-13 02:14", "Re: Дзержинского 18 пpинял 443315",
    "выезжаю, от Гусинобродского минут 25\n\n" + mailru_hdr("2026-11-13 02:11", M["name"], M["addr"]) + "\n" + q("принял\nРинат" + M["sig"], ">"),
    D("443315", [], WAY, "Re: subject says accepted, body says travelling"), reply=a28)
add("M", "2026-11-13 02:46", "443315",
    "приехал. пассажир - пожилой мужчина, эвакуирован в 02:44, скорую не вызывали, чувствует себя нормально",
    D("443315", [], ON, "arrival and evacuation"))
fw31 = "Дзержинского 18 - лифт запущен, заклинил замок двери шахты на 8 эт., почистил, отрегулировал. Уехал 03:55" + M["sig"]
add("O2", "2026-11-13 04:02", "Fw: 443315",
    "Пересылаю отчёт механика по заявке.\n\n===8<==============Original message text===============\n"
    "From: Ринат Мухаметов <rinat.muhametov@mail.ru>\nTo: dispetcher@sibliftavar.ru\nDate: 13.11.2026 3:58\nSubject: 443315\n\n"
    + fw31 + "\n===8<===========End of original message text===========",
    D("443315", [], LEFT, "The Bat! forward of the mechanic's report: lift started, left 03:55"))

# ---------------------------------------------------------------- 443389 Титова, 240
add("B", "2026-11-14 23:22", "443389-2",
    "Выехал на Титова 240 по второй позиции, дети в кабине. Первую посмотрю после.",
    D("443389", ["2"], WAY, "pos 2 travelling; pos 1 only planned"))
add("B", "2026-11-14 23:57", "443389-2 прибыл", "Прибытие 23:55, на адресе.",
    D("443389", ["2"], ON, "arrival in subject"))
add("B", "2026-11-15 00:41", "443389",
    "По П2 - эвакуировали двух подростков (катались, застряли между 1 и 2 эт.), лифт запущен. Уехал в 00:35.\n"
    "По П1 к лифту не попал - машинное закрыто, ключа ни у кого нет. Пусть днём смотрят.",
    D("443389", ["2"], LEFT, "pos 2 done and left; nothing done on pos 1"))
add("O", "2026-11-15 06:52", "Сводка ночной смены 14-15.11",
    "Доброе утро.\n\nСводка по заявкам ночной смены 14-15.11:\n"
    "- 443389 (Титова, 240): поз. 2 - выполнено, лифт в работе; поз. 1 - нет доступа в машинное помещение, работы не проводились.\n"
    "- 443276 (Кирова, 44): поз. 1, 2 по-прежнему отключены, ждём электрика УК.\n\nПросим передать информацию дневной смене.",
    R("two different requests in one letter (shift summary)"))

# ---------------------------------------------------------------- 443402 Гоголя, 33
cust35 = "Добрый вечер.\nПросим направить механика: Гоголя, 33, остановка трёх лифтов, в лифте 3 подъезда пассажир.\nДиспетчерская ОМИС"
a35 = add("O", "2026-11-17 00:27", "RE: Заявка 443402 Гоголя 33",
          "Заявку приняли. Механик Колесников А.В. освободится с адреса на ул. Титова ориентировочно к 00:50, затем выедет к вам."
          + "%SIG%\n\n" + "_" * 32 + "\n" + outlook_hdr("2026-11-17 00:21", "Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru",
                                      "dispetcher@sibliftavar.ru", "Заявка 443402 Гоголя 33") + "\n\n" + cust35,
          D("443402", [], ACC, "accepted; departure is a plan. Outlook quote below"), ext_reply=True)
add("SPECIAL_MDN", "2026-11-17 00:31", None, None, I("read receipt (MDN) from Outlook"))
add("K", "2026-11-17 00:58", "гоголя 33", "еду на гоголя 33, 443402, минут 15",
    D("443402", [], WAY, "travelling"))
add("K", "2026-11-17 01:16", "443402 на мeсте", "с 01:13",
    D("443402", [], ON, "Latin 'e' inside 'мeсте'"))
a38 = add("K", "2026-11-17 01:29", "443402 п3", "Пассажира эвакуировали 01:25, парень лет 20, всё ок",
          D("443402", ["3"], ON, "evacuation = work on site for pos 3"))
add("K", "2026-11-17 02:05", "443420 п1",
    "п1 запущен, перезагрузил станцию после скачка",
    R("443420 is not in the registry (looks like a typo of 443402, but can't be sure)"))
add("K", "2026-11-17 02:33", "Re: 443402 п3",
    "п1, п2 - запущены (перезагрузил станции после скачка напряжения).\n"
    "п3 - лифт отключен, обрыв цепи привода дверей кабины, передан дневной смене.\nВсё, уехал 02:25.\n\n"
    + mailru_hdr("2026-11-17 01:29", K["name"], K["addr"]) + "\n" + q("Пассажира эвакуировали 01:25, парень лет 20, всё ок" + K["sig"]),
    D("443402", ["1", "2", "3"], LEFT, "all three finished, left 02:25"), reply=a38)
add("SPECIAL_OOO", "2026-11-18 20:05", None, None, I("Outlook out-of-office auto-reply"))

# ---------------------------------------------------------------- 443517 Немировича-Данченко, 12
a40 = add("D", "2026-11-19 22:56", "Нем-Данченко 12 (443517)",
          "Принял. Выезжаю минут через 10, только закончу тут на Станционной.",
          D("443517", [], ACC, "accepted; 'выезжаю через 10 минут' is still a plan"))
cust41 = "Сергей, механик выехал? Жильцы звонят повторно, в кабине двое.\nДиспетчерская ОМИС"
add("D", "2026-11-19 23:20", "Re: Нем-Данченко 12 (443517)",
    "Ещё не выехал, на Станционной жду пока подстанцию закроют, 10-15 мин.\n\n"
    + yandex_hdr("2026-11-19 23:15", "Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru") + "\n" + q(cust41),
    R("negation: 'ещё не выехал'"), ext_reply=True)
add("D", "2026-11-19 23:41", "443517",
    "Выезд 23:38. На Димитровском мосту пробка (ремонт), буду около 00:10",
    D("443517", [], WAY, "noun 'Выезд' with time"))
add("D", "2026-11-20 00:14", "443517 на месте", "прибыл 00:09, в кабине двое, эвакуирую",
    D("443517", [], ON, "arrival"))
add("D", "2026-11-20 00:30", "Без темы",
    "эвакуировал обоих, всё нормально, сейчас посмотрю почему встал",
    R("no request number at all"))
add("D", "2026-11-20 03:07", "443517 ЗАВЕРШЕНО",
    "ПАССАЖИРОВ ЭВАКУИРОВАЛ 00:20. ЗАМЕНИЛ КОНЕЧНЫЙ ВЫКЛЮЧАТЕЛЬ ВКВ-2 (СО СВОЕГО ЗАПАСА). ЛИФТ ЗАПУЩЕН, ОСВОБОДИЛСЯ В 03:00.",
    D("443517", [], LEFT, "caps; finished and free at 03:00"))
add("SPECIAL_NEWS", "2026-11-20 10:00", None, None, I("company newsletter (bulk, List-Unsubscribe)"))

# ---------------------------------------------------------------- 443633 Петухова, 69
add("O2", "2026-11-22 00:02", "Re: Заявка 443633 Петухова 69",
    "Здравствуйте, Диспетчерская.\n\nВы писали 21 ноября 2026 г., 23:56:41:\n\n"
    "ДО> Добрый вечер. Регистрируем заявку 443633: Петухова, 69, поз. 1 - застревание,\n"
    "ДО> поз. 2 - не открываются двери на 1 этаже. Просим подтвердить.\n\n"
    "Подтверждаю, приняли в работу в 00:01. Механик будет назначен в ближайшее время.",
    D("443633", [], ACC, "The Bat! reply, KOI8-R; quoted customer text with initials prefix ДО>; new text accepts"), ext_reply=True)
a45 = add("M", "2026-11-22 00:19", "443633 поз1",
          "выехал, застревание в первом. Гена поедет на второй позже, он сейчас на Троллейной.",
          D("443633", ["1"], WAY, "pos 1 travelling; pos 2 only planned"))
add("M", "2026-11-22 00:52", "Re: 443633 поз1",
    "на месте 00:48, пассажир эвакуирован\n\n" + mailru_hdr("2026-11-22 00:19", M["name"], M["addr"]) + "\n"
    + q("выехал, застревание в первом. Гена поедет на второй позже, он сейчас на Троллейной." + M["sig"], ">"),
    D("443633", ["1"], ON, "arrival on pos 1 (from Re: subject)"), reply=a45)
add("M", "2026-11-22 01:05", "443633 поз.2 ?",
    "По поз.2 - там двери на 1 эт. не открываются или лифт стоит? Жильцы во дворе говорят, что всё работает. Уточните, кто звонил, номер квартиры.",
    R("question, no status"))
add("M", "2026-11-22 01:40", "443633",
    "поз.1 готово, лифт запущен. Гена подъехал, заходит на поз.2.",
    R("different statuses for different positions (pos1 finished, pos2 arriving)"))
fw47 = "по 443633 всё. поз.2 - датчик двери шахты 1 эт. заменили, двери открываются, лифт в работе. Уехали 02:20." + M["sig"]
add("O", "2026-11-22 02:31", "FW: 443633 Петухова 69",
    "Пересылаю.%SIG%\n\n-----Original Message-----\nFrom: Ринат Мухаметов <rinat.muhametov@mail.ru>\n"
    "Sent: Sunday, November 22, 2026 2:24 AM\nTo: dispetcher@sibliftavar.ru\nSubject: 443633 Петухова 69\n\n" + fw47,
    D("443633", ["2"], LEFT, "forward of mechanic's message: pos 2 done, left 02:20"))

# ---------------------------------------------------------------- 443790 Фрунзе, 5
add("B", "2026-11-24 01:37", "443790 принял", "Принял в работу. Белоусов",
    D("443790", [], ACC, "accepted"))
add("B", "2026-11-24 01:44", "Фрунзе 5 (1, 3)",
    "Выезжаю на Фрунзе 5 по 443790, позиции 1 и 3. По второй - скрежет в шахте, смотреть надо днём, ночью не полезу.",
    D("443790", ["1", "3"], WAY, "travelling for positions 1 and 3; 2 explicitly not"))
add("B", "2026-11-24 02:18", "443790 на месте",
    "Прибыл на Фрунзе 5 в 02:15, работаю по 1 и 3.",
    D("443790", ["1", "3"], ON, "HTML alternative; on site for 1 and 3"), mode="alt")
add("B", "2026-11-24 03:29", "Наряд 443790 (1) (3)",
    "(1) - лифт запущен, заменил предохранитель в цепи безопасности.\n(3) - лифт отключен, передан дневной смене, неисправен привод дверей.\nВыехал с объекта в 03:25.",
    D("443790", ["1", "3"], LEFT, "'выехал С объекта' = departed from the site"))
add("O", "2026-11-24 06:45", "443790 поз. 2",
    "Доброе утро.\n\nПо заявке 443790, позиция 2 (скрежет в шахте): ночной сменой не обследовалась. "
    "Выезд дневной смены запланирован на 24.11.2026 в 10:00, механик Фомин Е.П.",
    R("plan only, nothing happened on pos 2"))
add("SPECIAL_CAL", "2026-11-25 09:12", None, None, I("calendar meeting response generated by Outlook"))
add("SPECIAL_YAOOO", "2026-11-26 21:03", None, None, I("Yandex vacation auto-reply"))

# ---------------------------------------------------------------- 443905 Станиславского, 3
a52 = add("K", "2026-11-27 23:12", "Станиславского 3 (443905)", "Выехал на адрес, минут через 20 буду",
          D("443905", [], WAY, "'выехал НА адрес' = heading to the site"))
add("K", "2026-11-27 23:44", "Re: Станиславского 3 (443905)",
    mailru_hdr("2026-11-27 23:12", K["name"], K["addr"]) + "\n" + q("Выехал на адрес, минут через 20 буду" + K["sig"]) + "\n\nприбыл",
    D("443905", [], ON, "reply written under the quote"), reply=a52, nosig=False)
add("K", "2026-11-28 01:16", "443905",
    "лифт запущен в 01:05. пассажир вышел сам до моего приезда (двери открылись после сброса), причина - залипание контактов реле РП. Выехал с адреса в 01:10.",
    D("443905", [], LEFT, "'выехал С адреса' = left"))
add("SPECIAL_MRREAD", "2026-11-28 01:31", None, None, I("Mail.ru read notification"))

# =============================================================================================


def charset(name, cte):
    c = Charset(name)
    if cte == "qp":
        c.body_encoding = QP
    elif cte == "b64":
        c.body_encoding = BASE64
    else:
        c.body_encoding = None
    return c


def mk_text(text, sub, cs, cte):
    m = MIMEText("", sub, "us-ascii")
    del m["Content-Type"]
    del m["Content-Transfer-Encoding"]
    del m["MIME-Version"]
    m.set_type("text/" + sub)
    if cte == "8bit":
        m.set_payload(text.encode(cs).decode("ascii", "surrogateescape"))
        m.set_param("charset", cs)
        m["Content-Transfer-Encoding"] = "8bit"
    else:
        m.set_payload(text, charset(cs, cte))
    return m


def to_html(text, who, table=None):
    paras = []
    for block in text.split("\n"):
        e = htmlmod.escape(block) if block else "&nbsp;"
        if who in ("O", "G"):
            paras.append(f'<p class="MsoNormal">{e}<o:p></o:p></p>')
        else:
            paras.append(f"<div>{e}</div>")
    body = "\n".join(paras)
    if table:
        h1, h2, h3, h4, rows, st = table
        heads = [h for h in (h1, h2, h3, h4) if h]
        tr = "".join(f'<td style="border:solid windowtext 1.0pt;padding:2pt 5pt"><b>{htmlmod.escape(h)}</b></td>' for h in heads)
        trs = [f"<tr>{tr}</tr>"]
        for r in rows:
            cells = list(r) + ([st] if st else [])
            trs.append("<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;padding:2pt 5pt">{htmlmod.escape(c)}</td>' for c in cells) + "</tr>")
        tbl = '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' + "".join(trs) + "</table>"
        # replace the tab-separated lines with the table
        lines = text.split("\n")
        pre = [l for l in lines if "\t" not in l]
        idx = next(i for i, l in enumerate(lines) if "\t" in l)
        before = lines[:idx]
        after = [l for l in lines[idx:] if "\t" not in l]
        mk = lambda ls: "\n".join((f'<p class="MsoNormal">{htmlmod.escape(l)}<o:p></o:p></p>' if l else '<p class="MsoNormal">&nbsp;</p>') for l in ls)
        body = mk(before) + "\n" + tbl + "\n" + mk(after)
    if who in ("O", "G"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                f'<meta http-equiv="Content-Type" content="text/html; charset={P[who]["cs"]}">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
                f'<body lang="RU" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{body}\n</div></body></html>')
    return f"<html><head></head><body>\n{body}\n</body></html>"


def hdrs(m, who, when, subj, idx, reply=None):
    p = P[who]
    m["From"] = formataddr((p["name"], p["addr"]), charset=p["cs"] if p["cs"] != "koi8-r" else "koi8-r")
    m["To"] = formataddr(TO, charset=p["cs"])
    m["Subject"] = Header(subj, p["cs"]) if any(ord(c) > 127 for c in subj) else subj
    m["Date"] = format_datetime(dt(when) + timedelta(seconds=(idx * 17) % 53))
    m["Message-ID"] = msgids[idx]
    if reply is not None:
        m["In-Reply-To"] = msgids[reply]
        m["References"] = msgids[reply]
    if p.get("mailer"):
        m["X-Mailer"] = p["mailer"]
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"


def domain_of(who):
    return P[who]["addr"].split("@")[1] if who in P else DOMAIN


msgids = []
for i, L in enumerate(letters):
    who = L["who"]
    dom = domain_of(who)
    if dom == "mail.ru":
        dom = "smtp52.i.mail.ru"
    elif dom == "yandex.ru":
        dom = "mail.yandex.ru"
    msgids.append(make_msgid(idstring=f"{i:03d}{dt(L['when']).strftime('%H%M')}", domain=dom))


def special(kind, when, idx):
    date = format_datetime(dt(when))
    if kind == "SPECIAL_BOUNCE":
        m = MIMEMultipart("report", report_type="delivery-status")
        m["From"] = "Mail Delivery System <MAILER-DAEMON@sibliftavar.ru>"
        m["To"] = TO[1]
        m["Subject"] = "Undelivered Mail Returned to Sender"
        m["Auto-Submitted"] = "auto-replied"
        t = ("This is the mail system at host mx1.sibliftavar.ru.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "<smirnov.mech@sibliftavar.ru>: host mx1.sibliftavar.ru[10.10.4.2] said: 550 5.1.1\n    <smirnov.mech@sibliftavar.ru>: Recipient address rejected: User unknown\n")
        m.attach(MIMEText(t, "plain", "us-ascii"))
        ds = MIMEBase("message", "delivery-status")
        ds.set_payload([message_from_string("Reporting-MTA: dns; mx1.sibliftavar.ru\nArrival-Date: " + format_datetime(dt("2026-11-12 01:22")) + "\n\n"),
                        message_from_string("Final-Recipient: rfc822; smirnov.mech@sibliftavar.ru\nAction: failed\nStatus: 5.1.1\n"
                                            "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
        m.attach(ds)
        orig = MIMEText(cust27, "plain", "utf-8")
        orig["From"] = formataddr(TO, charset="utf-8")
        orig["To"] = "kolesnikov.a.lift@mail.ru, smirnov.mech@sibliftavar.ru"
        orig["Subject"] = Header("443276 - просьба сообщать об отключении лифтов", "utf-8")
        orig["Date"] = format_datetime(dt("2026-11-12 01:22"))
        orig["Message-ID"] = "<omis.443276.2211@zakazchik-omis.ru>"
        m.attach(MIMEMessage(orig))
    elif kind == "SPECIAL_MDN":
        m = MIMEMultipart("report", report_type="disposition-notification")
        m["From"] = formataddr((P["O"]["name"], P["O"]["addr"]), charset="windows-1251")
        m["To"] = TO[1]
        m["Subject"] = Header("Прочитано: Заявка 443402 Гоголя 33", "windows-1251")
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        t = ("Ваше сообщение\n\n  Кому: dispetcher@sibliftavar.ru\n  Тема: Заявка 443402 Гоголя 33\n"
             "  Отправлено: 17.11.2026 0:21\n\nбыло прочитано 17.11.2026 0:31.")
        m.attach(mk_text(t, "plain", "windows-1251", "qp"))
        dn = MIMEBase("message", "disposition-notification")
        dn.set_payload("Reporting-UA: sibliftavar.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;dispetcher@sibliftavar.ru\n"
                       "Original-Message-ID: <omis.443402.0021@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
        m.attach(dn)
    elif kind == "SPECIAL_OOO":
        t = ("Здравствуйте!\n\nЯ нахожусь в отпуске с 16.11.2026 по 30.11.2026 без доступа к почте.\n"
             "По аварийным вопросам обращайтесь к ночному диспетчеру: +7 (383) 291-44-07, dispetcher@sibliftavar.ru.\n"
             "По договорным вопросам - Фомин Евгений Петрович, 8-913-220-07-41.\n\nЛаптев В.Н.")
        m = mk_text(t, "plain", "windows-1251", "qp")
        m["From"] = formataddr((P["G"]["name"], P["G"]["addr"]), charset="windows-1251")
        m["To"] = TO[1]
        m["Subject"] = Header("Автоматический ответ: 443389 - доступ в машинное помещение поз. 1", "windows-1251")
        m["Auto-Submitted"] = "auto-replied"
        m["X-Auto-Response-Suppress"] = "All"
        m["X-MS-Exchange-Inbox-Rules-Loop"] = "laptev@sibliftavar.ru"
        m["In-Reply-To"] = "<omis.443389.2001@zakazchik-omis.ru>"
    elif kind == "SPECIAL_NEWS":
        t = ("Уважаемые партнёры!\n\nС 1 декабря 2026 года аварийная служба СибЛифт переходит на зимний режим: "
             "в ночную смену на линии работают 5 бригад вместо 4, время прибытия по Новосибирску - не более 40 минут.\n\n"
             "Единый номер аварийной службы: +7 (383) 291-44-07 (круглосуточно).\n"
             "Телеграм-бот для заявок: @sibliftavar_bot\n\n"
             "Вы получили это письмо, так как являетесь клиентом ООО «СибЛифт-Аварийная служба». Отписаться: https://sibliftavar.ru/unsubscribe")
        alt = MIMEMultipart("alternative")
        alt.attach(mk_text(t, "plain", "utf-8", "b64"))
        alt.attach(mk_text("<html><body><h2>Зимний режим аварийной службы</h2>" +
                           "".join(f"<p>{htmlmod.escape(x)}</p>" for x in t.split("\n\n")) + "</body></html>", "html", "utf-8", "b64"))
        m = alt
        m["From"] = formataddr(("СибЛифт - новости", "news@sibliftavar.ru"), charset="utf-8")
        m["To"] = TO[1]
        m["Subject"] = Header("Новости СибЛифт: зимний режим работы аварийной службы", "utf-8")
        m["Precedence"] = "bulk"
        m["List-Unsubscribe"] = "<https://sibliftavar.ru/unsubscribe?u=omis>, <mailto:unsubscribe@sibliftavar.ru>"
        m["List-Id"] = "<partners.sibliftavar.ru>"
        m["X-Mailer"] = "Unisender"
    elif kind == "SPECIAL_CAL":
        ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
               "ATTENDEE;PARTSTAT=ACCEPTED;CN=Лаптев Виктор Николаевич:mailto:laptev@sibliftavar.ru\r\n"
               "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по аварийным заявкам за ноябрь\r\n"
               "DTSTART;TZID=Asia/Novosibirsk:20261127T100000\r\nDTEND;TZID=Asia/Novosibirsk:20261127T110000\r\n"
               "UID:040000008200E00074C5B7101A82E00800000000B0C3A1F2\r\nORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n"
               "DTSTAMP:20261125T021200Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        m = MIMEMultipart("alternative")
        m.attach(mk_text("", "plain", "utf-8", "qp"))
        c = MIMEText(ics, "calendar", "utf-8")
        c.set_param("method", "REPLY")
        m.attach(c)
        m["From"] = formataddr((P["G"]["name"], P["G"]["addr"]), charset="utf-8")
        m["To"] = TO[1]
        m["Subject"] = Header("Принято: Совещание по аварийным заявкам за ноябрь", "utf-8")
        m["X-Mailer"] = "Microsoft Outlook 16.0"
    elif kind == "SPECIAL_YAOOO":
        t = ("Здравствуйте! Я в отпуске до 10 декабря. По аварийным вопросам звоните диспетчеру: 291-44-07.\n\n"
             "Это письмо отправлено автоматически.")
        m = mk_text(t, "plain", "utf-8", "qp")
        m["From"] = formataddr((P["D"]["name"], P["D"]["addr"]), charset="utf-8")
        m["To"] = TO[1]
        m["Subject"] = Header("Автоответ: Re: 443517 - акт выполненных работ", "utf-8")
        m["Auto-Submitted"] = "auto-replied"
        m["X-Yandex-Autoreply"] = "yes"
    elif kind == "SPECIAL_MRREAD":
        t = ("Ваше письмо «443905 - прошу указать причину остановки» прочитано получателем kolesnikov.a.lift@mail.ru 28.11.2026 в 01:31.\n\n"
             "Это уведомление о прочтении.")
        m = MIMEMultipart("report", report_type="disposition-notification")
        m.attach(mk_text(t, "plain", "utf-8", "b64"))
        dn = MIMEBase("message", "disposition-notification")
        dn.set_payload("Reporting-UA: e.mail.ru; Mail.Ru\nFinal-Recipient: rfc822;kolesnikov.a.lift@mail.ru\n"
                       "Original-Message-ID: <omis.443905.0120@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
        m.attach(dn)
        m["From"] = formataddr((P["K"]["name"], P["K"]["addr"]), charset="utf-8")
        m["To"] = TO[1]
        m["Subject"] = Header("Уведомление о прочтении: 443905 - прошу указать причину остановки", "utf-8")
    if "Date" not in m:
        m["Date"] = date
    m["Message-ID"] = msgids[idx]
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


labels = {}
for i, L in enumerate(letters):
    fn = f"{i+1:03d}.eml"
    who = L["who"]
    if who.startswith("SPECIAL"):
        m = special(who, L["when"], i)
    else:
        p = P[who]
        text = L["body"]
        sig = "" if L.get("nosig") else p["sig"]
        if "%SIG%" in text:
            text = text.replace("%SIG%", sig)
        elif sig:
            # signature goes after new text, above any quote
            marks = [text.find(x) for x in ("\n\n" + WD[0][:0],)]
            qpos = -1
            for hdr in ("\n\nПонедельник, ", "\n\nВторник, ", "\n\nСреда, ", "\n\nЧетверг, ", "\n\nПятница, ",
                        "\n\nСуббота, ", "\n\nВоскресенье, ", "\n\n" + "_" * 32):
                k = text.find(hdr)
                if k != -1:
                    qpos = k if qpos == -1 else min(qpos, k)
            import re
            mm = re.search(r"\n\n\d\d\.\d\d\.\d{4}, \d\d:\d\d, \"", text)
            if mm:
                qpos = mm.start() if qpos == -1 else min(qpos, mm.start())
            if L["when"] == "2026-11-27 23:44":  # bottom-posted reply
                qpos = -1
            if qpos == -1:
                text = text + sig
            else:
                text = text[:qpos] + sig + text[qpos:]
        mode = L.get("mode", p["mode"])
        cte = p["cte"]
        if mode == "plain":
            m = mk_text(text, "plain", p["cs"], cte)
        elif mode == "html":
            m = mk_text(to_html(text, who, L.get("table")), "html", p["cs"], cte)
        else:
            m = MIMEMultipart("alternative")
            m.attach(mk_text(text, "plain", p["cs"], cte))
            m.attach(mk_text(to_html(text, who, L.get("table")), "html", p["cs"], cte))
        reply = L.get("reply")
        hdrs(m, who, L["when"], L["subj"], i, reply)
        if L.get("ext_reply"):
            ref = f"<omis.{i:03d}.{dt(L['when']).strftime('%H%M')}@zakazchik-omis.ru>"
            m["In-Reply-To"] = ref
            m["References"] = ref
        if who == "O":
            m["Thread-Index"] = "Adv" + f"{i:04d}" + "QkRmZ2xpZnQ="
            m["Content-Language"] = "ru"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(m)
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(buf.getvalue())
    labels[fn] = L["label"]

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ООО «СибЛифт-Аварийная служба»",
        "emails": ["dispetcher@sibliftavar.ru", "laptev@sibliftavar.ru", "news@sibliftavar.ru", "MAILER-DAEMON@sibliftavar.ru",
                   "kolesnikov.a.lift@mail.ru", "rinat.muhametov@mail.ru",
                   "s.dyachkov82@yandex.ru", "pavel-belousov-nsk@yandex.ru"],
        "domains": ["sibliftavar.ru"],
    },
    "requests": [
        {"number": "443017", "positions": ["1", "2"], "registered_at": "2026-11-03T23:05:00+07:00",
         "comment": "Красный проспект, 77: поз. 1 - застревание в лифте под. 1, поз. 2 - остановка лифта под. 2"},
        {"number": "443052", "positions": ["1"], "registered_at": "2026-11-05T00:40:00+07:00",
         "comment": "ул. Богдана Хмельницкого, 14: застревание пассажира"},
        {"number": "443108", "positions": ["1", "2", "3"], "registered_at": "2026-11-06T22:15:00+07:00",
         "comment": "ул. Выборная, 129: остановка трёх лифтов после отключения электроэнергии, в лифте под. 2 пассажиры"},
        {"number": "443141", "positions": ["1", "2"], "registered_at": "2026-11-08T01:10:00+07:00",
         "comment": "ул. Линейная, 33: поз. 1 - рывки и шум при движении, поз. 2 - не закрываются двери"},
        {"number": "443200", "positions": ["1"], "registered_at": "2026-11-09T23:50:00+07:00",
         "comment": "ул. Ватутина, 29/1: застревание пассажира"},
        {"number": "443276", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-11T21:30:00+07:00",
         "comment": "ул. Кирова, 44: остановка четырёх лифтов, подтопление приямков"},
        {"number": "443315", "positions": ["1"], "registered_at": "2026-11-13T02:05:00+07:00",
         "comment": "пр. Дзержинского, 18: застревание пассажира"},
        {"number": "443389", "positions": ["1", "2"], "registered_at": "2026-11-14T23:10:00+07:00",
         "comment": "ул. Титова, 240: поз. 1 - лифт не вызывается, поз. 2 - застревание (дети)"},
        {"number": "443402", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T00:20:00+07:00",
         "comment": "ул. Гоголя, 33: остановка трёх лифтов, в лифте под. 3 пассажир"},
        {"number": "443517", "positions": ["1"], "registered_at": "2026-11-19T22:45:00+07:00",
         "comment": "ул. Немировича-Данченко, 12: застревание двух пассажиров"},
        {"number": "443633", "positions": ["1", "2"], "registered_at": "2026-11-21T23:55:00+07:00",
         "comment": "ул. Петухова, 69: поз. 1 - застревание, поз. 2 - не открываются двери на 1 этаже"},
        {"number": "443790", "positions": ["1", "2", "3"], "registered_at": "2026-11-24T01:30:00+07:00",
         "comment": "ул. Фрунзе, 5: поз. 1, 3 - остановка лифтов, поз. 2 - скрежет в шахте"},
        {"number": "443905", "positions": ["1"], "registered_at": "2026-11-27T23:00:00+07:00",
         "comment": "ул. Станиславского, 3: застревание пассажира"},
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)

from collections import Counter
c = Counter(v["expect"] for v in labels.values())
print(len(labels), dict(c))
