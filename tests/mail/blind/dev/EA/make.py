# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «Чистый город» (Нижний Новгород).
Run: python3 make.py  (writes letters/, labels.json, registry.json next to this file)"""
import base64, quopri, json, os, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

P = {
    "sec":   ("Смирнова Ольга", "o.smirnova@chistygorod-nn.ru", "outlook"),
    "bel":   ("Белов Игорь Викторович", "belov@chistygorod-nn.ru", "tb"),
    "pet":   ("Сергей Петров", "petrov.sv52@yandex.ru", "ya"),
    "gus":   ("Андрей Гусев", "gusev.a.nn@yandex.ru", "ya"),
    "kul":   ("Виктор Кулагин", "kulagin.vik@yandex.ru", "ya"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@chistygorod-nn.ru", "sys"),
    "news":  ("Чистый город", "news@chistygorod-nn.ru", "sys"),
}

SIG_SEC = """
--
С уважением,
Ольга Смирнова
секретарь ООО «Чистый город»
тел. +7 (831) 433-27-19"""
SIG_BEL = """
--
С уважением,
Белов Игорь Викторович
заместитель директора ООО «Чистый город»
ИНН 5260471823 / КПП 526001001
тел. +7 (831) 433-27-20, моб. +7 910 384-55-17"""
SIG_YA = "\n\n--\nОтправлено из мобильной Яндекс Почты"

REGISTRY = {
    "contractor": {
        "name": "ООО «Чистый город»",
        "emails": ["o.smirnova@chistygorod-nn.ru", "belov@chistygorod-nn.ru",
                   "petrov.sv52@yandex.ru", "gusev.a.nn@yandex.ru", "kulagin.vik@yandex.ru",
                   "MAILER-DAEMON@chistygorod-nn.ru", "news@chistygorod-nn.ru"],
        "domains": ["chistygorod-nn.ru"],
    },
    "requests": [
        {"number": "270093", "positions": ["1", "2"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "Уборка листвы: 1 – сквер у д. 7 по ул. Минина; 2 – газоны у ул. Большая Покровская, 15"},
        {"number": "274002", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T09:00:00+03:00",
         "comment": "Укрытие роз и кустарников на зиму: 1 – сквер им. Свердлова; 2 – клумбы у д. 7 по ул. Минина; 3 – Верхне-Волжская наб., 8"},
        {"number": "274560", "positions": ["1", "2"], "registered_at": "2026-11-04T08:00:00+03:00",
         "comment": "Покос сухостоя и вывоз порубочных остатков: 1 – пустырь за складом ул. Июльских Дней, 19; 2 – откос у проходной"},
        {"number": "279604", "positions": ["1"], "registered_at": "2026-11-05T09:30:00+03:00",
         "comment": "Осенняя посадка туй (24 шт.), ул. Нестерова, 9"},
        {"number": "276842", "positions": ["1"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "Вывоз КГМ и мусора после субботника, ул. Варварская, 32"},
        {"number": "271405", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T06:50:00+03:00",
         "comment": "Механизированная уборка снега, ул. Белинского, 32: 1 – двор; 2 – тротуар; 3 – парковка"},
        {"number": "272118", "positions": ["1", "2"], "registered_at": "2026-11-10T06:30:00+03:00",
         "comment": "Вывоз снега: 1 – ул. Рождественская, 24; 2 – ул. Ильинская, 50"},
        {"number": "273331", "positions": ["1"], "registered_at": "2026-11-11T05:40:00+03:00",
         "comment": "Противогололёдная обработка пешеходной зоны ул. Большая Покровская"},
        {"number": "275007", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-16T07:00:00+03:00",
         "comment": "Уборка снега БЦ ул. Максима Горького, 117: 1 – главный вход; 2 – парковка; 3 – хоз. двор; 4 – козырёк над входом"},
        {"number": "277019", "positions": ["1", "2"], "registered_at": "2026-11-18T08:15:00+03:00",
         "comment": "Сброс снега и наледи с кровли: 1 – ул. Ошарская, 14; 2 – ул. Ошарская, 16"},
        {"number": "278250", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T14:00:00+03:00",
         "comment": "Ночной вывоз снега: 1 – пл. Минина и Пожарского; 2 – ул. Алексеевская, 10; 3 – сквер у д. 7 по ул. Пискунова"},
        {"number": "270781", "positions": ["1", "2"], "registered_at": "2026-11-24T06:00:00+03:00",
         "comment": "Уборка снега и посыпка песком: 1 – ул. Родионова, 23; 2 – ул. Родионова, 25"},
    ],
}

L = []  # letters


def add(key, when, frm, subj, body, label, **kw):
    d = dict(key=key, when=when, frm=frm, subj=subj, body=body, label=label)
    d.update(kw)
    L.append(d)


def D(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


def yaq(when, name, addr, text):
    """Yandex mobile quote block."""
    q = "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))
    return "\n\n%s, \"%s\" <%s>:\n%s" % (when, name, addr, q)


def olq(frm, sent, to, subj, text):
    """Outlook header block quote (Russian Outlook)."""
    return ("\n\nОт: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s" % (frm, sent, to, subj, text.strip("\n")))


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 270093 листва
add("a", D("2026-11-02 10:05"), "sec", "Заявка 270093 - уборка листвы",
    """Добрый день!

Передаю информацию от мастера Петрова: «Заявку 270093 взяли, листву на Минина и на Покровке соберём, выходим завтра с утра, 4 человека, мешки есть».
""" + SIG_SEC, dec("270093", [], PR, "secretary relays foreman: request taken; 'выходим завтра' is only a plan"))

add("b", D("2026-11-03 07:42"), "pet", "270093 поз 1",
    "выехали на минина в сквер 4 чел грабли мешки минут 20 будем" + SIG_YA,
    dec("270093", ["1"], VP, "foreman: left for the site, arriving in 20 min"))

add("c", D("2026-11-03 13:25"), "sec", "270093 / сквер у д. 7 по ул. Минина",
    """Наталья Андреевна, добрый день.

Передаю информацию от мастера Петрова: «п.1 сделали, листву собрали, 38 мешков, вывезли на Газели, сами ушли».

По второй позиции (газоны у Б. Покровской, 15) Петров сказал, что выходят в понедельник 09.11, раньше никак – все люди на снегу.
""" + SIG_SEC, dec("270093", ["1"], UB, "pos 1 finished and crew left; pos 2 only planned"))

add("d", D("2026-11-09 09:10"), "pet", "270093",
    # latin look-alikes: o a e c p in 'пoз', 'нa мecтe', 'paбoтaeм'
    "270093 пoз 2 нa мecтe paбoтaeм 3 чел" + SIG_YA,
    dec("270093", ["2"], NM, "Latin look-alike letters inside Cyrillic words"), cte="8bit")

add("e", D("2026-11-09 11:20"), "sec", "RE: 270093",
    """Да, подтверждаю: мастер Петров по второй позиции на Большой Покровской с 9 утра, работают, к вечеру обещают закончить.

Ольга""" + olq("Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]", "9 ноября 2026 г. 10:58",
               "Смирнова Ольга", "270093",
               """Ольга, добрый день. Подтвердите, пожалуйста, что по 270093 поз. 2 бригада вышла – комендант никого не видит.
Козлова Н.А., диспетчер ОМИС"""),
    dec("270093", ["2"], NM, "reply confirms crew on site working; Outlook header-block quote holds the question"),
    irt="<d1.270093@zakazchik-omis.ru>")

add("f", D("2026-11-10 10:30"), "bel", "Re: Заявка 270093 - уборка листвы",
    """Уважаемая Наталья Андреевна, добрый день!

Прежде всего хочу извиниться за то, что по второй позиции заявки мы вышли с опозданием почти на неделю: снег в начале ноября выпал раньше прогноза, и практически весь персонал был переброшен на зимнее содержание по договору № ЧГ-27/2026, о чём Вы, конечно, знаете. Сообщаю, что газоны у д. 15 по ул. Большая Покровская убраны полностью, работы закончены вчера, 09.11, около 16:00, бригада с объекта ушла, мешки (21 шт.) вывезены в тот же вечер. Замечание Вашего коменданта о листве под лавочками мы учли, мастер лично проверил и доубрал. Впредь постараемся предупреждать о переносах заранее, а не по факту, ещё раз прошу прощения за доставленные неудобства.
""" + SIG_BEL + """

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Monday, November 9, 2026 5:40 PM
To: belov@chistygorod-nn.ru
Subject: Заявка 270093 - уборка листвы

Игорь Викторович, прошу сообщить статус по второй позиции и причины задержки.
""", dec("270093", ["2"], UB, "long apology; status in the middle: pos 2 finished yesterday, crew left"),
    cs="koi8-r", cte="8bit", irt="<d2.270093@zakazchik-omis.ru>")

# ---------------------------------------------------------------- 274002 укрытие
add("g", D("2026-11-03 12:10"), "bel", "Заявка №274002 укрытие зеленых насаждений",
    """Наталья Андреевна, добрый день.

Заявку №274002 получили и принимаем в работу. Спанбонд 60 г/м2 в количестве 120 м2 и лапник уже заказаны у поставщика, поставка обещана 04.11 до обеда. Прошу прощения, что ответ задержался, – у нас весь день была выездная проверка, до почты добрался только сейчас. Ориентировочные сроки: позиции 1 и 2 – 05.11, позиция 3 – 06.11, если не подведёт поставщик.
""" + SIG_BEL, dec("274002", [], PR, "deputy accepts the request; dates are plans"), cs="koi8-r", cte="quoted-printable")

add("h", D("2026-11-05 08:15"), "gus", "274002-1",
    "выехали на свердлова укрывать розы 3 чел" + SIG_YA,
    dec("274002", ["1"], VP, "position after dash in subject; 'выехали на' = on the way"))

HTML_274002 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><p>Добрый день!</p>
<p>Статус по заявке 274002 на 15:30 (со слов мастера Гусева):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Адрес</th><th>Состояние</th></tr>
<tr><td>1</td><td>сквер им. Свердлова</td><td>выполнено в 12:40, бригада уехала</td></tr>
<tr><td>2</td><td>клумбы у д. 7 по ул. Минина</td><td>выполнено, бригада убыла в 15:10</td></tr>
<tr><td>3</td><td>Верхне-Волжская наб., 8</td><td>перенесено на 06.11 (не привезли лапник)</td></tr>
</table>
<p>С уважением,<br>Ольга Смирнова<br>секретарь ООО &laquo;Чистый город&raquo;<br>тел. +7 (831) 433-27-19</p>
</body></html>"""
TXT_274002 = """Добрый день!

Статус по заявке 274002 на 15:30 (со слов мастера Гусева):

Поз. | Адрес | Состояние
1 | сквер им. Свердлова | выполнено в 12:40, бригада уехала
2 | клумбы у д. 7 по ул. Минина | выполнено, бригада убыла в 15:10
3 | Верхне-Волжская наб., 8 | перенесено на 06.11 (не привезли лапник)
""" + SIG_SEC
add("i", D("2026-11-05 15:40"), "sec", "Заявка 274002 - статус на 15:30", TXT_274002,
    dec("274002", ["1", "2"], UB, "table: 1 and 2 done and crew left, 3 postponed (plan)"),
    html=HTML_274002)

add("j", D("2026-11-06 14:50"), "gus", "Re: Заявка 274002 - статус на 15:30",
    "по 3 закончили на набережной уезжаем" + SIG_YA +
    yaq("05.11.2026, 15:40", "Смирнова Ольга", "o.smirnova@chistygorod-nn.ru", TXT_274002.split("\n--\n")[0]),
    dec("274002", ["3"], UB, "new text: pos 3 finished, leaving; quote holds old table"),
    cc=["o.smirnova@chistygorod-nn.ru"])

add("k", D("2026-11-06 16:20"), "sec", "274002 укрывной материал",
    """Наталья Андреевна, добрый день.

По заявке 274002 остался вопрос: на клумбах у д. 7 площадь оказалась больше, чем в заявке (не 80 м2, а около 120 м2), материала не хватило примерно на 40 м2. Нам докупать за свой счёт или вы будете оформлять дополнительную позицию? Подскажите, пожалуйста, мастеру нужно знать до понедельника.
""" + SIG_SEC, rev("question about material/extra position; no status reported"))

# ---------------------------------------------------------------- 274560 покос
add("l", D("2026-11-04 08:40"), "kul", "274560",
    "заявку взял трактор готовлю" + SIG_YA,
    dec("274560", [], PR, "number only in subject; 'взял' = accepted"))

add("m", D("2026-11-04 11:30"), "sec", "FW: покос июльских дней",
    """Пересылаю сообщение мастера Кулагина по заявке 274560.

Ольга
""" + olq("Виктор Кулагин <kulagin.vik@yandex.ru>", "4 ноября 2026 г. 11:18", "Смирнова Ольга", "покос",
          """на июльских дней 19 поз 1 на месте косим сухостой мтз-82 н482ок52 ножи 5101-12 поменял

--
Отправлено из мобильной Яндекс Почты"""),
    dec("274560", ["1"], NM, "forwarded foreman report counts: pos 1 on site; plate/part numbers are noise"))

add("n", D("2026-11-05 10:15"), "bel", "274560 - информация по срокам",
    """Наталья Андреевна, здравствуйте.

Вынужден сообщить о задержке и сразу прошу за неё прощения: вчера вечером у трактора МТЗ-82 (г/н Н 482 ОК 52) потекла гидравлика, запчасти привезут только завтра, подменной техники такого класса у нас сейчас нет, всё на снегу. При этом по позиции 1 (пустырь за складом на ул. Июльских Дней, 19) работы завершены вчера в 17:40 – сухостой скошен, сгребён и частично вывезен, бригада и техника с объекта убыли. По позиции 2 (откос у проходной) приступим сразу после ремонта, ориентир – 07.11. Если для вас это критично, скажите, попробую договориться об аренде косилки у соседей по базе, но это будет дороже.
""" + SIG_BEL, dec("274560", ["1"], UB, "long apology; status in the middle: pos 1 finished, left; pos 2 plan"),
    cs="koi8-r", cte="8bit")

add("o", D("2026-11-07 08:05"), "kul", "274560 п2",
    "выдвигаемся на откос у проходной трактор отремонтировали" + SIG_YA,
    dec("274560", ["2"], VP, "'выдвигаемся на' = heading to site"))

add("p", D("2026-11-07 15:55"), "kul", "Re: 274560 п2",
    "2 поз сделали все вывезли 3 камаза порубки уехал" + SIG_YA,
    dec("274560", ["2"], UB, "done, removed, left"))

add("q", D("2026-11-09 11:00"), "bel", "Заявка 274560 – доп. расходы",
    """Наталья Андреевна, добрый день.

По заявке 274560 объём порубочных остатков оказался больше расчётного, вместо двух КАМАЗов вывезли три. Прошу согласовать дополнительный рейс – 14 500 руб. без НДС, счёт № 2711 от 09.11.2026 направлю после вашего согласия. Акт по основному объёму подготовим по договору № ЧГ-27/2026 в обычном порядке.
""" + SIG_BEL, rev("price/extra cost talk, no status"), cs="utf-8", cte="quoted-printable")

# ---------------------------------------------------------------- 279604 туи
add("r", D("2026-11-05 11:00"), "bel", "Заявка 279604 (посадка туй, Нестерова 9)",
    """Добрый день.

Заявка 279604 принята. Саженцы туи западной «Смарагд» 1,2–1,5 м, 24 шт., заказаны в питомнике в Кстово, забираем 09.11. Высадка ориентировочно 10.11, если не ударит мороз; грунт и кору для мульчи берём свои.
""" + SIG_BEL, dec("279604", [], PR, "accepted; planting date is a plan"), cs="koi8-r", cte="8bit")

add("s", D("2026-11-10 08:30"), "gus", "279604",
    "выдвигаемся на нестерова 9 туи везем 24 шт" + SIG_YA,
    dec("279604", [], VP, "on the way"))

add("t", D("2026-11-10 09:10"), "gus", "Re: 279604 выезд",
    "на месте копаем ямы" + SIG_YA + yaq("10.11.2026, 08:52", "Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru",
                                         "Андрей, принято. Во сколько будете на месте?"),
    dec("279604", [], NM, "Re: subject with old status 'выезд'; body reports arrival"),
    irt="<d3.279604@zakazchik-omis.ru>")

add("u", D("2026-11-10 14:20"), "sec", "Re: Заявка 279604 (посадка туй, Нестерова 9)",
    """-----Original Message-----
From: Белов Игорь Викторович [mailto:belov@chistygorod-nn.ru]
Sent: Thursday, November 5, 2026 11:00 AM
To: dispatch@zakazchik-omis.ru
Subject: Заявка 279604 (посадка туй, Нестерова 9)

Заявка 279604 принята. Саженцы туи западной «Смарагд» 1,2–1,5 м, 24 шт., заказаны в питомнике в Кстово, забираем 09.11.

---

Дописываю по итогам: Гусев звонил в 14:05 – туи высажены все 24, полили, замульчировали корой, бригада уехала с Нестерова около 14:00.

Ольга Смирнова""",
    dec("279604", [], UB, "bottom-posted reply under quote; new text: planting done, crew left"))

add("v", D("2026-11-13 09:02"), "bel", "Автоответ: 279604 - акт",
    """Здравствуйте!

Я нахожусь в командировке с 13.11 по 15.11 включительно, доступ к почте ограничен. По срочным вопросам обращайтесь к секретарю, тел. +7 (831) 433-27-19, o.smirnova@chistygorod-nn.ru.

Белов И.В.""", ign("out-of-office auto-reply"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], cs="utf-8", cte="base64")

# ---------------------------------------------------------------- 276842 КГМ
add("w", D("2026-11-06 10:40"), "sec", "Заявка 276842",
    """Добрый день!

Заявку 276842 приняли. Машину ГАЗон NEXT (г/н В 731 ХР 152) ставим на 14:00, грузчиков двое, старший – мастер Петров, тел. 8-920-017-44-63.
""" + SIG_SEC, dec("276842", [], PR, "accepted; phone/plate are noise"))

add("x", D("2026-11-06 14:20"), "pet", "Re: Заявка 276842",
    "на месте грузимся" + SIG_YA + yaq("06.11.2026, 10:40", "Смирнова Ольга", "o.smirnova@chistygorod-nn.ru",
                                       "Добрый день!\n\nЗаявку 276842 приняли. Машину ГАЗон NEXT (г/н В 731 ХР 152) ставим на 14:00, грузчиков двое."),
    dec("276842", [], NM, "number only in subject/quote; quoted 'приняли' is old"))

add("y", D("2026-11-06 16:05"), "pet", "Re: Re: Заявка 276842",
    "все вывезли 2 рейса на полигон машина свободна" + SIG_YA,
    dec("276842", [], UB, "work finished, truck free"))

# ---------------------------------------------------------------- 271405 снег Белинского
add("z", D("2026-11-09 07:30"), "sec", "Заявка 271405 принята",
    """Доброе утро!

Передаю информацию от мастера Гусева: «Заявка 271405 принята, МТЗ-82 с отвалом и 3 дворника выходят к 8:00».
""" + SIG_SEC, dec("271405", [], PR, "accepted"))

add("aa", D("2026-11-09 08:05"), "gus", "271405",
    "едем пробка на канавинском мосту будем минут через 25" + SIG_YA,
    dec("271405", [], VP, "'будем через 25 минут' = on the way"))

add("ab", D("2026-11-09 08:40"), "sec", "Белинского",
    """Передаю от Гусева: ул. Белинского, 32 (271405) – приехали, чистят двор, это п.1. Тротуар и парковку потом.

Ольга""", dec("271405", ["1"], NM, "number in brackets after address; pos 1 on site"), cs="utf-8", cte="base64")

add("ac", D("2026-11-09 11:40"), "gus", "271405 п1 п2",
    "двор и тротуар почистили примерно 1200 м2 сейчас едем на парковку" + SIG_YA,
    rev("mixed: pos 1,2 finished, pos 3 on the way – different statuses for different positions"))

add("ad", D("2026-11-09 13:10"), "sec", "271405 парковка",
    """Наталья Андреевна,

передаю от Гусева: «Парковку (п.3) убрали, снег сдвинули к забору, уехали».

От себя: вывоз сдвинутого снега в эту заявку не входит, если нужно – пришлите, пожалуйста, отдельную заявку, поставим машины.
""" + SIG_SEC, dec("271405", ["3"], UB, "pos 3 finished, left; secretary's own comment is not a status"))

add("ae", D("2026-11-10 09:30"), "bel", "Re: Жалоба ул. Белинского, 32",
    """Наталья Андреевна, добрый день.

Жалобу жителей получили, разобрался с мастером. Снег с тротуара действительно сдвинули на газон и частично на въезд во двор, это наша ошибка, мастер Гусев неправильно понял, куда складировать. Приношу извинения Вам и жителям. Завтра в 7:00 выйдем повторно, перебросим снег к торцу дома, чтобы не мешал проезду, и после этого я лично отпишусь.
""" + SIG_BEL + """

Д> Игорь Викторович, по заявке 271405 от жителей д. 32 поступила жалоба:
Д> снег с тротуара сдвинут на въезд, машины не могут выехать. Прошу принять меры.
Д> Козлова Н.А.
""", rev("complaint reply: apology and plan for tomorrow, no status"), cs="koi8-r", cte="8bit",
    irt="<d4.271405@zakazchik-omis.ru>")

add("af", D("2026-11-11 08:20"), "gus", "271405",
    "271405 поз4 почистили заново после жалобы въезд свободен" + SIG_YA,
    rev("position 4 does not exist in request 271405"))

# ---------------------------------------------------------------- 272118 вывоз снега
add("ag", D("2026-11-10 06:52"), "pet", "272118",
    "принял камазы заказал" + SIG_YA, dec("272118", [], PR, "accepted"))

add("ah", D("2026-11-10 08:10"), "kul", "272118 п2",
    "едем на ильинскую с погрузчиком амкодор 332" + SIG_YA,
    dec("272118", ["2"], VP, "on the way; 332 is equipment model"))

add("ai", D("2026-11-10 09:00"), "sec", "272118 вывоз снега – обстановка",
    """Добрый день!

Передаю информацию от мастера Петрова: «По 272118 поз. 1, Рождественская 24 – стоим, грузим, 2 КАМАЗа 65115».
И от мастера Кулагина по той же заявке: «Ильинская 50 (поз. 2) – тоже на месте, погрузчик работает».

От себя: на Ильинской мешают припаркованные машины, может быть, ваш комендант сможет обзвонить владельцев? Кулагин говорит, что иначе у бордюра останется полоса.
""" + SIG_SEC, dec("272118", ["1", "2"], NM, "two foremen, same request, both positions on site"))

add("aj", D("2026-11-10 23:05"), "kul", "272118 поз 2",
    "еще работаем на ильинской 80 т вывезли машины мешают" + SIG_YA,
    dec("272118", ["2"], NM, "'ещё работаем' = still on site"), cte="base64")

add("ak", D("2026-11-10 18:30"), "pet", "272118 1",
    "вывезли 46 т 6 рейсов с рождественской уехали" + SIG_YA,
    dec("272118", ["1"], UB, "bare position after number in subject; 'уехали с' = left"))

add("al", D("2026-11-11 09:40"), "bel", "По заявке 272118",
    """Наталья Андреевна, доброе утро.

Хочу сначала объяснить, почему по Ильинской вчера всё так затянулось, и извиниться за то, что не предупредил заранее: вдоль дома 50 стояло порядка пятнадцати машин, погрузчик работал урывками, а два КАМАЗа полтора часа простояли в ожидании. Фактически работы по второй позиции завершены сегодня ночью в 03:20, всего с Ильинской вывезено 118 тонн, техника с объекта ушла. Вдоль бордюра у парковочных карманов осталась полоса снега примерно на 30 метров, её добьём, когда освободят места, – это уже в рамках гарантийного обхода, без отдельной заявки. На будущее предлагаю такие адреса ставить в ночь с вывешенными заранее объявлениями.
""" + SIG_BEL, dec("272118", ["2"], UB, "long explanation; status in the middle: pos 2 finished at 03:20, equipment left"),
    cs="koi8-r", cte="quoted-printable")

add("am", D("2026-11-11 10:02"), "sec", "Прочитано: Заявка 272118 - уточнение объемов", None,
    ign("read receipt (MDN)"), special="mdn", orig_subj="Заявка 272118 - уточнение объемов")

add("an", D("2026-11-12 10:10"), "bel", "Заявки 272118, 271405",
    """Добрый день.

По заявкам 272118 и 271405 все работы завершены, бригады с объектов ушли. Акты выполненных работ направим до конца недели.
""" + SIG_BEL, rev("two different requests in one letter"), cs="koi8-r", cte="8bit")

# ---------------------------------------------------------------- 273331 реагент
add("ao", D("2026-11-11 06:05"), "kul", "273331", "ПРИНЯЛ 273331" + SIG_YA,
    dec("273331", [], PR, "caps"))

add("ap", D("2026-11-11 06:40"), "kul", "Re: 273331", "на покровке на месте сыпем" + SIG_YA,
    dec("273331", [], NM, "on site"))

add("aq", D("2026-11-11 07:20"), "sec", "Реагент Б. Печерская",
    """Передаю информацию от мастера Петрова: по заявке 273313 бригада на месте, сыпем реагент на Большой Печёрской.

Ольга Смирнова""", rev("request 273313 is not in the registry (only 273331 exists, different street)"),
    cs="utf-8", cte="base64")

add("ar", D("2026-11-11 09:15"), "sec", "Заявка 273331 - ПГМ",
    """Добрый день!

Передаю от Кулагина: обработка пешеходной зоны закончена, израсходовано 1,2 т ПГМ (песчано-соляная смесь 1:10), уехали на базу на Московское шоссе, 52.
""" + SIG_SEC, dec("273331", [], UB, "'уехали на базу' = left the site (not heading to it)"))

# ---------------------------------------------------------------- 275007 БЦ
add("as", D("2026-11-16 07:20"), "sec", "Заявка №275007",
    """Доброе утро!

Заявка №275007 принята в работу, выходим к 8:00, мастер Петров, 6 человек.
""" + SIG_SEC, dec("275007", [], PR, "accepted"))

add("at", D("2026-11-16 08:02"), "pet", "275007 (1)", "на месте чистим вход" + SIG_YA,
    dec("275007", ["1"], NM, "position in brackets in subject"))

add("au", D("2026-11-16 08:45"), "pet", "275007 поз2 поз3",
    "на парковке и хоздворе тоже работаем разделил людей по трое" + SIG_YA,
    dec("275007", ["2", "3"], NM, "pos 2 and 3 work in progress"))

add("av", D("2026-11-16 12:10"), "pet", "Re: 275007 (1)",
    "вход парковка хоздвор 1 2 3 все закончили уходим на козырек не полезем нужен допуск" + SIG_YA,
    dec("275007", ["1", "2", "3"], UB, "1-3 finished, leaving; pos 4 not done (negation)"))

add("aw", D("2026-11-16 13:00"), "sec", "275007 козырек - допуск",
    """Наталья Андреевна, добрый день!

По заявке 275007, позиция 4 (козырёк над входом): мастер говорит, что без наряда-допуска на высотные работы людей наверх не пустит. Кто с вашей стороны может подписать наряд-допуск и к какому времени подъехать нашему представителю? Альпинистов можем дать завтра.
""" + SIG_SEC, rev("question about work permit, no status"))

add("ax", D("2026-11-17 10:15"), "bel", "Re: 275007 поз.4",
    """Наталья Андреевна, добрый день!

Благодарю за оперативно подписанный наряд-допуск и ещё раз прошу прощения за вчерашнюю накладку – мастер должен был предупредить о высотных работах ещё при приёмке заявки, а не по факту на объекте. Докладываю: двое промышленных альпинистов (удостоверения 3-й группы, копии вчера отправил вашему инженеру ОТ) на козырьке с 09:30, работают, внизу выставлено ограждение и сигнальщик. Рассчитываем управиться к обеду, но многое зависит от наледи у водостока.
""" + SIG_BEL, dec("275007", ["4"], NM, "status in the middle of a long paragraph: pos 4 on site"),
    cs="utf-8", cte="quoted-printable")

add("ay", D("2026-11-17 15:05"), "pet", "275007-4",
    "с козырька сбросили внизу убрали ушли" + SIG_YA, dec("275007", ["4"], UB, "finished and left"))

# ---------------------------------------------------------------- 277019 кровля
add("az", D("2026-11-18 09:05"), "sec", "277019",
    """Добрый день, приняли 277019, промальпинисты будут завтра с утра.

Ольга""", dec("277019", [], PR, "accepted; tomorrow is plan"))

add("ba", D("2026-11-18 11:30"), "bel", "Принято: Совещание по зимнему содержанию 20.11", None,
    ign("calendar meeting response generated by mail client"), special="cal")

add("bb", D("2026-11-19 07:30"), "kul", "277019",
    "еще не выехали ждем альпинистов у них газель не заводится" + SIG_YA,
    rev("negation: not yet left"))

add("bc", D("2026-11-19 08:20"), "kul", "277019 п1", "выезжаем на ошарскую 14" + SIG_YA,
    dec("277019", ["1"], VP, "'выезжаем на' = heading to site now"))

add("bd", D("2026-11-19 09:20"), "bel", "Fwd: 277019 п1",
    """Наталья Андреевна, пересылаю сообщение мастера.

-------- Пересылаемое сообщение --------
Тема: 	277019 п1
Дата: 	Thu, 19 Nov 2026 09:12:40 +0300
От: 	Виктор Кулагин <kulagin.vik@yandex.ru>
Кому: 	belov@chistygorod-nn.ru

на ошарской 14 на месте ставим ограждение альпинисты полезли

--
Отправлено из мобильной Яндекс Почты
""", dec("277019", ["1"], NM, "Thunderbird forward of foreman's report: pos 1 on site"), cs="utf-8", cte="8bit")

add("be", D("2026-11-19 10:00"), "sec", "Ошарская 14, 16",
    """Добрый день!

Передаю информацию от мастера Кулагина: «Ошарская 14 поз 1 начали, ограждение выставили, альпинисты на кровле».
Мастер Петров добавил, что с второй бригадой сейчас подъезжает к Ошарской 16 (поз 2), будет через 10 минут.

По заявке 277019.
""" + SIG_SEC, rev("mixed: pos 1 on site, pos 2 on the way"))

add("bf", D("2026-11-19 16:40"), "kul", "277019 п1 п2",
    "готово сосульки сбили снег убрали с обоих домов" + SIG_YA, dec("277019", ["1", "2"], UB, "'готово' = finished"))

# ---------------------------------------------------------------- 278250 ночной вывоз
HTML_278250 = """<html><head><meta http-equiv="content-type" content="text/html; charset=koi8-r"></head><body>
<p>Наталья Андреевна, добрый день.</p>
<p>Заявку <b>278250</b> на ночной вывоз принимаем. К сожалению, с 22:00 сможем выставить только 4 КАМАЗа и один фронтальный погрузчик вместо шести машин, которые вы просили: две машины стоят на ремонте после ДТП на Московском шоссе, приношу за это извинения. Начнём с площади Минина, дальше по порядку позиций. Ответственный в ночь – мастер Гусев, тел. 8-915-940-22-08.</p>
<div>--<br>С уважением,<br>Белов Игорь Викторович<br>заместитель директора ООО &laquo;Чистый город&raquo;<br>тел. +7 (831) 433-27-20</div>
</body></html>"""
add("bg", D("2026-11-20 15:00"), "bel", "Заявка 278250 ночной вывоз", None,
    dec("278250", [], PR, "HTML-only acceptance; vehicle count/phone are noise"), html=HTML_278250, html_only=True,
    cs="koi8-r", cte="base64")

add("bh", D("2026-11-20 22:10"), "gus", "278250 п1", "пл минина на месте 4 камаза погрузчик" + SIG_YA,
    dec("278250", ["1"], NM, "on site"))

add("bi", D("2026-11-21 02:30"), "gus", "Re: 278250 п1",
    "по минина закончили 64 т вывезли п1 закрывай" + SIG_YA, dec("278250", ["1"], UB, "finished, close it"))

add("bj", D("2026-11-21 02:45"), "gus", "278250 поз.2", "едем на алексеевскую" + SIG_YA,
    dec("278250", ["2"], VP, "on the way"))

add("bk", D("2026-11-21 08:00"), "sec", "278250 – итоги ночи",
    """Доброе утро!

Передаю информацию от мастера Гусева: «Алексеевская 10 (поз. 2) и сквер на Пискунова (поз. 3) – работы завершены в 06:40, техника ушла в парк. За ночь всего 171 т».
""" + SIG_SEC, dec("278250", ["2", "3"], UB, "both positions finished at 06:40"))

add("bl", D("2026-11-21 12:30"), "sec", "RE: 278250 перенос повторного вывоза",
    """Наталья Андреевна, спасибо, перенос повторного вывоза на ночь 23.11 приняли к сведению, мастеру передала.

Ольга""" + olq("Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]", "21 ноября 2026 г. 11:47",
               "Смирнова Ольга", "278250 перенос повторного вывоза",
               "Ольга, повторный вывоз по 278250 переносим на ночь с 23 на 24.11, техника прежняя."),
    rev("acknowledgement of dispatcher's own message ('приняли к сведению')"),
    irt="<d5.278250@zakazchik-omis.ru>")

# ---------------------------------------------------------------- bulk
NEWS = """<html><head><meta charset="utf-8"></head><body>
<h2>ООО «Чистый город»: зимний сезон 2026/2027</h2>
<p>Уважаемые партнёры! Предлагаем комплексное зимнее содержание территорий: механизированная уборка снега, вывоз снега (от 680 руб./т), сброс снега с кровель, противогололёдная обработка.</p>
<p>Скидка 7% при заключении договора до 01.12.2026. Телефон отдела продаж: +7 (831) 433-27-00.</p>
<p style="font-size:10px">Вы получили это письмо, так как подписаны на рассылку. <a href="https://chistygorod-nn.ru/unsubscribe?id=84413">Отписаться</a></p>
</body></html>"""
add("bm", D("2026-11-23 10:00"), "news", "Зимнее содержание 2026/2027 – спецпредложение для партнёров", None,
    ign("marketing mailing list"), html=NEWS, html_only=True, cs="utf-8", cte="base64",
    extra=[("List-Unsubscribe", "<https://chistygorod-nn.ru/unsubscribe?id=84413>"), ("Precedence", "bulk"),
           ("List-Id", "Партнеры <partners.chistygorod-nn.ru>")])

# ---------------------------------------------------------------- 270781 Родионова
add("bn", D("2026-11-24 06:30"), "kul", "270781", "270781 принято выезжаем через час" + SIG_YA,
    dec("270781", [], PR, "accepted; departure in an hour is a plan"))

add("bo", D("2026-11-24 07:45"), "kul", "Re: 270781", "будем минут через 15 на родионова" + SIG_YA,
    dec("270781", [], VP, "arriving in 15 min = on the way"))

add("bp", D("2026-11-24 11:30"), "bel", "Fwd: Родионова 23 25",
    """Пересылаю отчёт мастера Кулагина по заявке 270781. Песок списали со склада, накладная № 4471 от 24.11.

-------- Пересылаемое сообщение --------
Тема: 	Родионова 23 25
Дата: 	Tue, 24 Nov 2026 11:21:07 +0300
От: 	Виктор Кулагин <kulagin.vik@yandex.ru>
Кому: 	belov@chistygorod-nn.ru

270781 п.1 и п.2 почищено посыпано песком 800 кг уехали

--
Отправлено из мобильной Яндекс Почты
""" + SIG_BEL, dec("270781", ["1", "2"], UB, "forwarded report: both positions done, left; invoice number is noise"),
    cs="koi8-r", cte="8bit")

add("bq", D("2026-11-25 07:10"), "pet", "белинского", "на белинского опять замело когда выходить" + SIG_YA,
    rev("no request number; a question"))

add("br", D("2026-11-26 08:00"), "pet", "Автоответ: Re: 275007 акт",
    """Здравствуйте. Я в отпуске до 07.12.2026. По работе звоните мастеру Гусеву 8-915-940-22-08.""",
    ign("Yandex auto-reply"), extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "yes")])

add("bs", D("2026-11-06 16:06"), "daemon", "Undelivered Mail Returned to Sender", None,
    ign("bounce / delivery failure report"), special="bounce")


# ============================================================== builder
KOI_FIX = {"№": "N", "«": '"', "»": '"', "–": "-", "—": "-", "…": "..."}


def fixcs(text, cs):
    if cs.lower() == "koi8-r":
        for a, b in KOI_FIX.items():
            text = text.replace(a, b)
    return text


def enc_body(text, cs, cte):
    b = fixcs(text, cs).encode(cs)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(fixcs(s, cs), cs).encode()


def addr(name, a, cs):
    return formataddr((name, a), charset=cs)


def build(d, idx):
    name, frm, client = P[d["frm"]]
    cs = d.get("cs") or {"outlook": "windows-1251", "ya": "utf-8", "tb": "utf-8", "sys": "utf-8"}[client]
    cte = d.get("cte") or {"outlook": "quoted-printable", "ya": "base64", "tb": "8bit", "sys": "7bit"}[client]
    mid_dom = "mail.yandex.ru" if client == "ya" else "chistygorod-nn.ru"
    h = hashlib.md5((d["key"] + d["subj"]).encode()).hexdigest()[:12]
    mid = "<%s.%d.%s@%s>" % (d["when"].strftime("%Y%m%d%H%M%S"), idx, h, mid_dom)
    H = [("From", addr(name, frm, cs)), ("To", addr(DISP[0], DISP[1], cs))]
    if d.get("cc"):
        H.append(("Cc", ", ".join(d["cc"])))
    H += [("Subject", hdr(d["subj"], cs)), ("Date", format_datetime(d["when"])), ("Message-ID", mid)]
    if d.get("irt"):
        H += [("In-Reply-To", d["irt"]), ("References", d["irt"])]
    H.append(("MIME-Version", "1.0"))
    if client == "outlook":
        H += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtR" + h[:8])]
    elif client == "ya":
        H += [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    elif client == "tb":
        H += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")]
    H += [(k, hdr(v, "utf-8")) for k, v in d.get("extra", [])]
    sp = d.get("special")
    if sp == "mdn":
        body = build_mdn(d, cs)
        H.append(("Content-Type", 'multipart/report; report-type=disposition-notification; boundary="mdn_%s"' % h))
    elif sp == "bounce":
        body = build_bounce(d, h)
        H.append(("Auto-Submitted", "auto-replied"))
        H.append(("Content-Type", 'multipart/report; report-type=delivery-status; boundary="dsn_%s"' % h))
    elif sp == "cal":
        body = build_cal(d, h)
        H.append(("Content-Type", 'multipart/alternative; boundary="cal_%s"' % h))
    elif d.get("html_only"):
        H += [("Content-Type", 'text/html; charset="%s"' % cs), ("Content-Transfer-Encoding", cte)]
        body = enc_body(d["html"], cs, cte)
    elif d.get("html"):
        bnd = "----=_NextPart_000_%s" % h
        H.append(("Content-Type", 'multipart/alternative; boundary="%s"' % bnd))
        body = ("This is a multi-part message in MIME format.\n\n--%s\n" % bnd).encode()
        body += ('Content-Type: text/plain; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (cs, cte)).encode()
        body += enc_body(d["body"], cs, cte)
        body += ("\n--%s\n" % bnd).encode()
        body += ('Content-Type: text/html; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (cs, cte)).encode()
        body += enc_body(d["html"], cs, cte)
        body += ("\n--%s--\n" % bnd).encode()
    else:
        H += [("Content-Type", 'text/plain; charset="%s"' % cs), ("Content-Transfer-Encoding", cte)]
        body = enc_body(d["body"], cs, cte)
    head = "".join("%s: %s\n" % kv for kv in H).encode("ascii")
    raw = head + b"\n" + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def build_mdn(d, cs):
    h = hashlib.md5(d["key"].encode()).hexdigest()[:12]
    b = "mdn_" + hashlib.md5((d["key"] + d["subj"]).encode()).hexdigest()[:12]
    txt = ("Ваше сообщение\n\n  Кому: Смирнова Ольга\n  Тема: %s\n  Отправлено: 10 ноября 2026 г. 17:12\n\n"
           "было прочитано 11 ноября 2026 г. 10:02.\n") % d["orig_subj"]
    out = "--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" % b
    out = out.encode() + base64.encodebytes(txt.encode("utf-8"))
    out += ("\n--%s\nContent-Type: message/disposition-notification\n\n"
            "Reporting-UA: o.smirnova; Microsoft Outlook 16.0\n"
            "Final-Recipient: rfc822;o.smirnova@chistygorod-nn.ru\n"
            "Original-Message-ID: <d6.272118@zakazchik-omis.ru>\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n\n--%s--\n" % (b, b)).encode()
    return out


def build_bounce(d, h):
    b = "dsn_" + h
    orig_subj = Header("Заявка 276842 - уточнение по вывозу", "utf-8").encode()
    orig_body = base64.encodebytes("Добрый день! Уточните, пожалуйста, время подачи машины по заявке 276842.\nКозлова Н.А.\n".encode())
    out = ("--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
           "This is the mail system at host mx1.chistygorod-nn.ru.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n"
           "<zakaz@chistygorod-nn.ru>: unknown user: \"zakaz\"\n\n"
           "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; mx1.chistygorod-nn.ru\nArrival-Date: Fri,  6 Nov 2026 16:05:58 +0300\n\n"
           "Final-Recipient: rfc822; zakaz@chistygorod-nn.ru\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: X-Postfix; unknown user: \"zakaz\"\n\n"
           "--%s\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
           "From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n"
           "To: zakaz@chistygorod-nn.ru\nSubject: %s\nDate: Fri, 6 Nov 2026 16:05:51 +0300\n"
           "Message-ID: <d7.276842@zakazchik-omis.ru>\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
           % (b, b, b, orig_subj)).encode()
    out += orig_body + ("\n--%s--\n" % b).encode()
    return out


def build_cal(d, h):
    b = "cal_" + h
    txt = "Белов Игорь Викторович принял это приглашение.\n\nСовещание по зимнему содержанию 20.11\nПт 20.11.2026 10:00–11:00, переговорная ОМИС\n"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nVERSION:2.0\nMETHOD:REPLY\n"
           "BEGIN:VEVENT\nUID:omis-meet-20261120-1000@zakazchik-omis.ru\nDTSTAMP:20261118T083000Z\n"
           "DTSTART:20261120T070000Z\nDTEND:20261120T080000Z\n"
           "SUMMARY:Совещание по зимнему содержанию 20.11\n"
           "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\n"
           "ATTENDEE;PARTSTAT=ACCEPTED;CN=Белов И.В.:mailto:belov@chistygorod-nn.ru\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    out = ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" % b).encode()
    out += base64.encodebytes(txt.encode())
    out += ("\n--%s\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\nContent-Transfer-Encoding: base64\n\n" % b).encode()
    out += base64.encodebytes(ics.encode())
    out += ("\n--%s--\n" % b).encode()
    return out


def main():
    os.makedirs(os.path.join(HERE, "letters"), exist_ok=True)
    letters = sorted(L, key=lambda d: d["when"])
    labels = {}
    for i, d in enumerate(letters, 1):
        fn = "%03d.eml" % i
        with open(os.path.join(HERE, "letters", fn), "wb") as f:
            f.write(build(d, i))
        labels[fn] = d["label"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as f:
        json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
    print(len(letters))


if __name__ == "__main__":
    main()
