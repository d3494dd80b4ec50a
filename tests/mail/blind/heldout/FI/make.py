#!/usr/bin/env python3
"""Generator of test letters for contractor persona:
ООО «АкваТехСервис» — service of pools, saunas and water treatment in a chain of fitness clubs.
Writes OUT/letters/NNN.eml, OUT/registry.json, OUT/labels.json.
"""
import json
import zlib
import os
import html as htmlmod
from datetime import datetime, timezone, timedelta
from email import charset as cs_mod
from email import message_from_bytes
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.utils import format_datetime, formataddr, make_msgid

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
MSK = timezone(timedelta(hours=3))
DOMAIN = "aquatechservis.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

SENDERS = {
    "olga": ("Кравцова Ольга", "o.kravtsova@aquatechservis.ru", "Microsoft Outlook 16.0"),
    "gusev": ("Андрей Гусев", "a.gusev@aquatechservis.ru", "iPhone Mail (20H240)"),
    "rustam": ("Рустам Хабибуллин", "rustam.khabibullin87@mail.ru", None),
    "petrenko": ("Сергей Петренко", "s.petrenko.pool@yandex.ru", None),
    "service": ("Сервисная служба АкваТехСервис", "service@aquatechservis.ru",
                "The Bat! (v10.1.6) Professional"),
    "news": ("АкваТехСервис", "news@aquatechservis.ru", "Sendsay"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@aquatechservis.ru", None),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «АкваТехСервис»",
        "emails": [s[1] for s in SENDERS.values()],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "405117", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Клуб №14 (ул. Профсоюзная, 56): 1 — большой бассейн 25 м, 2 — детский бассейн, 3 — фильтровальная (насосная). Мутная вода, падение давления на фильтре."},
        {"number": "405342", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T11:40:00+03:00",
         "comment": "Клуб №7 (Ленинградское ш., 23): 1 — финская сауна (муж.), 2 — финская сауна (жен.), 3 — хаммам. Печь не набирает температуру, датчик, ошибка парогенератора."},
        {"number": "405608", "positions": ["1"], "registered_at": "2026-11-04T15:00:00+03:00",
         "comment": "Клуб №3: 1 — станция дозирования реагентов бассейна (pH/хлор), не дозирует."},
        {"number": "405890", "positions": ["1", "2"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Клуб №21: 1 — бассейн 20 м (промывка фильтра, хлор), 2 — джакузи (не работает аэромассаж)."},
        {"number": "406015", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T13:00:00+03:00",
         "comment": "Клуб №9, SPA-зона: 1 — финская сауна, 2 — хаммам, 3 — инфракрасная кабина, 4 — купель."},
        {"number": "406233", "positions": ["1"], "registered_at": "2026-11-09T09:30:00+03:00",
         "comment": "Клуб №14: 1 — теплообменник подогрева воды бассейна (техпомещение), вода 24,5 °C при уставке 28."},
        {"number": "406471", "positions": ["1", "2"], "registered_at": "2026-11-10T12:00:00+03:00",
         "comment": "Клуб №2: 1 — бассейн 25 м (чистка чаши), 2 — водоподготовка (плант-рум: песочный фильтр, дозирование)."},
        {"number": "406702", "positions": ["1", "2"], "registered_at": "2026-11-11T14:00:00+03:00",
         "comment": "Клуб №11: 1 — джакузи (мутная вода), 2 — гидромассажная ванна (не работает помпа)."},
        {"number": "406958", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T16:30:00+03:00",
         "comment": "Клуб №5: 1 — УФ-установка обеззараживания, 2 — циркуляционный насос, 3 — бассейн (корректировка химии)."},
        {"number": "407136", "positions": ["1"], "registered_at": "2026-11-16T11:00:00+03:00",
         "comment": "Клуб №18: 1 — сауна (электрокаменка Harvia не греет)."},
        {"number": "407420", "positions": ["1", "2"], "registered_at": "2026-11-18T08:40:00+03:00",
         "comment": "Клуб №14: 1 — большой бассейн (высокий связанный хлор), 2 — детский бассейн."},
        {"number": "407785", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "Клуб №30: 1 — бассейн, 2 — сауна, 3 — плант-рум (техпомещение водоподготовки)."},
    ],
}

OLGA_SIG = """--
С уважением,
Ольга Кравцова
Руководитель сервисной службы
ООО «АкваТехСервис»
тел. +7 (495) 648-21-19, доб. 105 | моб. +7 (916) 405-33-71
o.kravtsova@aquatechservis.ru | www.aquatechservis.ru
ИНН 7719405873 / КПП 771901001
г. Москва, ул. Нагорная, д. 20, стр. 3, оф. 412

ВНИМАНИЕ: Данное сообщение и любые вложения к нему являются конфиденциальными и предназначены исключительно для адресата. Если вы получили это сообщение по ошибке, пожалуйста, незамедлительно уведомите отправителя и удалите сообщение со всеми вложениями. Любое использование, копирование или распространение информации, содержащейся в сообщении, лицом, не являющимся адресатом, запрещено. ООО «АкваТехСервис» не несёт ответственности за искажение информации при передаче по открытым каналам связи. Содержание письма не является офертой, если прямо не указано иное.
DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""

OLGA_SIG_SHORT = """--
Ольга Кравцова | Руководитель сервисной службы | ООО «АкваТехСервис»
+7 (495) 648-21-19, доб. 105"""

IPHONE = "\n\nОтправлено с iPhone"
MAILRU = "\n\n--\nОтправлено из мобильной Почты Mail.ru"
YANDEX = "\n\n-- \nОтправлено из мобильной Яндекс Почты"


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)


def ru_date(s):
    d = dt(s)
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    return f"{d.day} {months[d.month-1]} {d.year} г. {d:%H:%M}"


def outlook_quote(frm, sent, to, subj, body):
    return (f"\n\nОт: {frm}\nОтправлено: {ru_date(sent)}\nКому: {to}\nТема: {subj}\n\n{body}")


def en_original(frm, sent, to, subj, body):
    d = dt(sent)
    return (f"\n\n-----Original Message-----\nFrom: {frm}\nSent: {d:%A, %B} {d.day}, {d.year} {d:%I:%M %p}\n"
            f"To: {to}\nSubject: {subj}\n\n{body}")


def gt(body, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in body.split("\n"))


def text_to_html(text, cs):
    out = []
    for line in text.split("\n"):
        e = htmlmod.escape(line)
        if line.startswith("*") and line.endswith("*") and len(line) > 2:
            e = "<b>" + htmlmod.escape(line[1:-1]) + "</b>"
        out.append(e)
    body = "<br>\n".join(out)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + cs + "\">"
            "<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>"
            "<body lang=RU><div class=WordSection1><p class=MsoNormal>" + body + "</p></div></body></html>")


def strip_stars(text):
    return "\n".join(l[1:-1] if (l.startswith("*") and l.endswith("*") and len(l) > 2) else l
                     for l in text.split("\n"))


def mk_charset(name, enc):
    c = cs_mod.Charset(name)
    c.body_encoding = {"qp": cs_mod.QP, "b64": cs_mod.BASE64, "8bit": None}[enc]
    c.header_encoding = cs_mod.BASE64 if enc == "b64" else cs_mod.QP
    return c


def mtext(body, sub, charset, enc):
    body.encode(charset)  # strict check: chars must exist in the charset
    return MIMEText(body, sub, mk_charset(charset, enc))


LETTERS = []


def L(date, sender, subject, label, text=None, html=None, kind="plain", charset="utf-8", enc="qp",
      reply=False, extra=None, attach=None, key=None):
    LETTERS.append(dict(date=date, sender=sender, subject=subject, label=label, text=text, html=html,
                        kind=kind, charset=charset, enc=enc, reply=reply, extra=extra or {},
                        attach=attach, key=key))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
MS = "Марина Соколова <dispatch@zakazchik-omis.ru>"
OK_ = "Кравцова Ольга <o.kravtsova@aquatechservis.ru>"

# ---------------------------------------------------------------- 405117 club 14
L("2026-11-02 10:05", "olga", "Апдейт по заявке №405117 — клуб №14",
  D("405117", [], ACC, "accepted, whole request; plan of visit on 03.11 is only a plan"),
  text="""Марина, добрый день!

*Апдейт по заявке №405117 (клуб №14, ул. Профсоюзная, д. 56)*
- заявку зафиксировали и взяли в работу;
- ответственный техник — Гусев Андрей, моб. +7 (926) 118-40-52;
- выезд планируем на 03.11, ориентировочно к 09:00. Пропуск на машину просим заказать: Lada Largus, Х 417 СМ 799.

Если по допуску будут вопросы — на связи.

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-03 08:14", "gusev", "405117",
  D("405117", [], WAY, "bare number in subject; number in brackets after address; 'будем через 40 минут'"),
  text="Выехали на Профсоюзную 56 (405117), будем минут через 40" + IPHONE)

L("2026-11-03 09:07", "gusev", "405117 п.3",
  D("405117", ["3"], ON, "position in subject 'п.3', on site at filter room"),
  text="На месте. Фильтровальная, давление на фильтре 1,4 бар, ставим на промывку" + IPHONE)

L("2026-11-04 10:00", "olga", "Заявка 405117 — замечание по допуску на клуб №14",
  R("complaint about access at the club, no status reported"),
  text="""Марина, добрый день!

Хотим зафиксировать замечание по допуску на клуб №14 по заявке 405117: 03.11 бригада простояла у ресепшн 40 минут, пропуск на машину Х 417 СМ 799 не был передан на пост охраны, ключи от фильтровальной выдали только после звонка управляющему.
Просим на следующие выезды передавать списки на пост заранее — иначе SLA по реакции не выдерживаем не по нашей вине.

Спасибо, на связи.

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-03 14:32", "olga", "Апдейт по заявке 405117: закрыли поз. 1 и 2",
  D("405117", ["1", "2"], LEFT, "HTML table: pos 1,2 done and crew left; pos 3 not finished, second visit only planned"),
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang=RU style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Марина, добрый день!</p>
<p><b>Апдейт по заявке 405117, клуб №14</b></p>
<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">
<tr style="background:#DDEBF7"><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Работы</b></td><td><b>Статус</b></td></tr>
<tr><td>1</td><td>Большая чаша 25 м</td><td>[x] пылесос дна<br>[x] чистка переливных решёток<br>[x] pH 7,2–7,4, хлор своб. 0,6 мг/л</td><td>Выполнено, бригада убыла в 14:10</td></tr>
<tr><td>2</td><td>Детский бассейн</td><td>[x] промывка фильтра<br>[x] хлор своб. 0,5 мг/л</td><td>Выполнено, бригада убыла в 14:10</td></tr>
<tr><td>3</td><td>Фильтровальная</td><td>[x] фильтр промыт<br>[ ] замена насоса Pentair SuperFlo VS — ждём торцевое уплотнение</td><td>Не завершено, повторный выезд 05.11</td></tr>
</table>
<p>FYI: по поз. 3 насос работает с подтёком, до замены оставили в работе, персонал клуба предупредили.</p>
<p>На связи.</p>
<p style="color:#1F3864">--<br>С уважением,<br>Ольга Кравцова<br>Руководитель сервисной службы<br>ООО «АкваТехСервис»<br>тел. +7 (495) 648-21-19, доб. 105 | моб. +7 (916) 405-33-71<br>ИНН 7719405873 / КПП 771901001</p>
<p style="font-size:8pt;color:#808080">ВНИМАНИЕ: Данное сообщение и любые вложения к нему являются конфиденциальными и предназначены исключительно для адресата. Если вы получили это сообщение по ошибке, пожалуйста, незамедлительно уведомите отправителя и удалите сообщение. Любое использование, копирование или распространение информации лицом, не являющимся адресатом, запрещено.</p>
</body></html>""", kind="alt", charset="windows-1251", enc="qp",
  text="""Марина, добрый день!

Апдейт по заявке 405117, клуб №14

Поз. 1 — Большая чаша 25 м: [x] пылесос дна, [x] чистка переливных решёток, [x] pH 7,2–7,4, хлор своб. 0,6 мг/л. Выполнено, бригада убыла в 14:10.
Поз. 2 — Детский бассейн: [x] промывка фильтра, [x] хлор своб. 0,5 мг/л. Выполнено, бригада убыла в 14:10.
Поз. 3 — Фильтровальная: [x] фильтр промыт, [ ] замена насоса Pentair SuperFlo VS — ждём торцевое уплотнение. Не завершено, повторный выезд 05.11.

FYI: по поз. 3 насос работает с подтёком, до замены оставили в работе, персонал клуба предупредили.
На связи.

""" + OLGA_SIG)

L("2026-11-05 16:52", "gusev", "405117-3",
  D("405117", ["3"], LEFT, "position after dash in subject; pump replaced, left the club"),
  text="Насос заменили, запустили, течи нет. С клуба уехали в 16:40" + IPHONE)

# ---------------------------------------------------------------- 405342 club 7 saunas
L("2026-11-03 12:15", "olga", "RE: Заявка 405342 / клуб №7 / сауны",
  D("405342", [], ACC, "accepted; Outlook quote of dispatcher's request below"),
  text="""Марина, добрый день!

Приняли, таску завели. Ответственный — техник Хабибуллин Р., выезд согласуем с администратором клуба на завтра.

""" + OLGA_SIG + outlook_quote(MS, "2026-11-03 11:42", OK_, "Заявка 405342 / клуб №7 / сауны",
                              """Ольга, добрый день.
Направляем заявку №405342, клуб №7 (Ленинградское ш., 23):
1 — финская сауна (муж.), не набирает температуру;
2 — финская сауна (жен.), неисправен датчик температуры;
3 — хаммам, парогенератор в ошибке.
Прошу принять в работу.

Марина Соколова
диспетчер ОМИС, +7 (495) 231-07-70"""), kind="alt", charset="windows-1251", enc="qp", reply=True,
  key="405342-acc")

L("2026-11-04 07:52", "rustam", "Клуб 7 сауна",
  D("405342", [], WAY, "'выехал, буду к 9' — travelling now"),
  text="Доброе утро. По заявке 405342 выехал, стою в пробке на Ленинградке, буду к 9" + MAILRU,
  enc="b64", key="405342-way")

L("2026-11-04 09:20", "rustam", "Re: Клуб 7 сауна",
  D("405342", [], ON, "number only in the quoted own previous letter; arrived 9:10"),
  text="На месте с 9.10, смотрю всё по порядку" + MAILRU + """

Среда, 4 ноября 2026, 7:52 +03:00 от Рустам Хабибуллин <rustam.khabibullin87@mail.ru>:
""" + gt("Доброе утро. По заявке 405342 выехал, стою в пробке на Ленинградке, буду к 9"),
  enc="b64", reply=True)

L("2026-11-04 13:05", "rustam", "405342 п1 п2",
  D("405342", ["1"], LEFT, "p1 done (heater replaced, works); p2 only a plan for Friday"),
  text="Мужская (п1) — тэн заменил, печь Harvia Cilindro PC90 греет, 90 градусов набрала. Женская (п2) — датчик температуры надо заказывать, приеду в пятницу" + MAILRU,
  enc="b64", key="405342-p1")

L("2026-11-04 16:30", "olga", "Апдейт по заявке 405342: хаммам (поз. 3)",
  D("405342", ["3"], LEFT, "HTML-only, checkboxes; crew left 16:05; pos 2 only planned"),
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Коллеги, добрый вечер!</p>
<p><b>Заявка 405342, клуб №7 — хаммам (поз. 3)</b></p>
<ul>
<li>[x] парогенератор Harvia HGX45 — очищен от накипи, заменён датчик уровня (арт. ZG-440)</li>
<li>[x] ошибка E9 сброшена, тестовый прогон 40 минут — ок</li>
<li>[x] форсунка ароматизатора прочищена</li>
</ul>
<p>Бригада убыла с объекта в 16:05. По поз. 2 датчик в заказе, выезд — 06.11.</p>
<p>На связи,<br>Ольга Кравцова<br>ООО «АкваТехСервис», +7 (495) 648-21-19</p>
<p style="font-size:7pt;color:gray">Данное сообщение и любые вложения к нему являются конфиденциальными и предназначены исключительно для адресата. This e-mail is confidential.</p>
</body></html>""", kind="html", charset="utf-8", enc="b64")

L("2026-11-06 10:40", "rustam", "Re: 405342 п1 п2",
  D("405342", ["2"], LEFT, "'по второй позиции всё', sensor installed; quote of old p1/p2 letter below"),
  text="Датчик поставил, по второй позиции всё, женская сауна греет нормально. Закончил, уезжаю" + MAILRU + """

Среда, 4 ноября 2026, 13:05 +03:00 от Рустам Хабибуллин <rustam.khabibullin87@mail.ru>:
""" + gt("Мужская (п1) — тэн заменил, печь Harvia Cilindro PC90 греет, 90 градусов набрала. Женская (п2) — датчик температуры надо заказывать, приеду в пятницу"),
  enc="b64", reply=True)

# ---------------------------------------------------------------- 405608 club 3 dosing
L("2026-11-04 15:45", "service", "Заявка 405608 принята",
  D("405608", [], ACC, "KOI8-R, The Bat!, operator accepted; phone number in signature"),
  text="""Добрый день.

Заявка N 405608 от 04.11.2026 (клуб N3, станция дозирования) принята в работу.
Исполнитель: Петренко С., выезд 05.11 в первой половине дня.

--
Оператор Анна Лаптева
Сервисная служба ООО "АкваТехСервис"
тел. +7 (495) 648-21-19, доб. 2""", charset="koi8-r", enc="8bit")

L("2026-11-05 08:40", "petrenko", "405608 поз.2",
  R("request 405608 has only position 1; position 2 does not exist"),
  text="Выехал по 405608 поз.2, буду через час" + YANDEX, enc="b64")

L("2026-11-05 09:30", "petrenko", "405608",
  D("405608", [], ON, "on site; chemistry values are not numbers of interest"),
  text="на объекте. в чаше pH 8,1, хлор свободный 0,1 мг/л, дозатор Etatron eOne не качает" + YANDEX,
  enc="b64", key="405608-on")

L("2026-11-05 12:10", "petrenko", "Re: 405608",
  D("405608", [], LEFT, "'всё, уехал'; Yandex quote of own earlier message"),
  text="Насос-дозатор перебрал, клапан поменял. Выставил pH 7,3, хлор 0,5 мг/л. всё, уехал" + YANDEX
  + "\n\n05.11.2026, 09:30, \"Сергей Петренко\" <s.petrenko.pool@yandex.ru>:\n"
  + gt("на объекте. в чаше pH 8,1, хлор свободный 0,1 мг/л, дозатор Etatron eOne не качает"),
  enc="b64", reply=True)

L("2026-11-06 11:15", "olga", "Заявка 405608 — КП на замену станции дозирования",
  R("commercial offer / price talk, no status"),
  text="""Марина, добрый день!

FYI: по итогам выезда по заявке 405608 (клуб №3) рекомендуем замену станции дозирования целиком — текущей Etatron 9 лет, корпус клапанов в трещинах, ремонт временный.

Коротко по КП (во вложении):
- станция Seko Kontrol 800 pH/Cl + 2 насоса-дозатора — 148 500 руб. с НДС;
- монтаж и пусконаладка — 24 000 руб.;
- срок поставки — 10 рабочих дней.

Просим согласовать ASAP, чтобы зарезервировать оборудование на складе. Счёт выставим после согласования.

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

# ---------------------------------------------------------------- 405890 club 21
L("2026-11-05 10:30", "olga", "Заявка 405890 пpинята",
  D("405890", [], ACC, "HTML-only; Latin look-alike letters inside 'пpинята', 'пpиняли', 'рабoту'"),
  html="""<html><body>
<p>Коллеги, добрый день!</p>
<p>Заявку <b>405890</b> (клуб №21) зафиксировали и пpиняли в рабoту. Ответственный — Гусев А., график выездов пришлём отдельно.</p>
<p>На связи.<br>--<br>Ольга Кравцова<br>Руководитель сервисной службы ООО «АкваТехСервис»<br>+7 (495) 648-21-19 доб. 105</p>
</body></html>""", kind="html", charset="utf-8", enc="qp")

L("2026-11-06 08:00", "gusev", "405890 (2)",
  D("405890", ["2"], WAY, "position in brackets in subject; 'выезжаем', navigator 35 min"),
  text="Выезжаем на джакузи, клуб 21. Навигатор 35 мин" + IPHONE, key="405890-2-way")

L("2026-11-06 08:55", "gusev", "Re: 405890 (2)",
  D("405890", ["2"], ON, "typo 'обьект'; '>' quote"),
  text="прибыли на обьект" + IPHONE + "\n\n> 6 нояб. 2026 г., в 08:00, Андрей Гусев <a.gusev@aquatechservis.ru> написал(а):\n>\n"
  + gt("Выезжаем на джакузи, клуб 21. Навигатор 35 мин"), reply=True)

L("2026-11-06 12:20", "olga", "FW: 405890 (2)",
  D("405890", ["2"], LEFT, "Outlook inline forward of technician's report: finished 12:05, leaving"),
  text="""Марина, FYI — пересылаю отчёт техника, по джакузи закрыли таску.

""" + OLGA_SIG_SHORT + en_original("Андрей Гусев <a.gusev@aquatechservis.ru>", "2026-11-06 12:07",
                                   OK_, "405890 (2)",
                                   "Джакузи: компрессор Gardner Denver заменили, форсунки почистили, вода прозрачная. Закончили 12:05, уезжаем\n\nОтправлено с iPhone"),
  kind="alt", charset="windows-1251", enc="qp")

L("2026-11-09 10:10", "olga", "405890 — позиция 1, бассейн",
  R("proposes a visit date and asks for access confirmation; plan/question only"),
  text="""Марина, добрый день!

По заявке 405890, бассейн (поз. 1): предлагаем выезд 11.11 в 10:00, работы займут ~5 часов (промывка фильтра Hayward, корректировка хлора).
Подтвердите, пожалуйста, допуск в техзону и закрытие чаши для посетителей на время работ.

Заранее спасибо!

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-11 09:40", "gusev", "405890 П1 НА МЕСТЕ",
  D("405890", ["1"], ON, "caps in subject, 'П1'"),
  text="Бассейн, начали" + IPHONE, key="405890-1-on")

L("2026-11-11 15:00", "gusev", "Re: 405890 П1 НА МЕСТЕ",
  D("405890", ["1"], LEFT, "Re: subject still says 'на месте' but body: finished, 'бригада освободилась'"),
  text="Закончили по бассейну, фильтр Hayward промыли, хлор 0,6. Бригада освободилась" + IPHONE
  + "\n\n> 11 нояб. 2026 г., в 09:40, Андрей Гусев <a.gusev@aquatechservis.ru> написал(а):\n>\n> Бассейн, начали",
  reply=True)

# ---------------------------------------------------------------- 406015 club 9 SPA
L("2026-11-06 14:10", "olga", "Заявка #406015 — клуб №9, SPA-зона",
  D("406015", ["1", "2", "4"], ACC, "accepted positions 1,2,4; pos 3 declined (not our scope) — nothing for it"),
  text="""Марина, добрый день!

*Заявка #406015, клуб №9 — зафиксировали.*
Приняли в работу:
[x] поз. 1 — финская сауна
[x] поз. 2 — хаммам
[x] поз. 4 — купель
По поз. 3 (инфракрасная кабина) — не наш профиль, кабина на гарантии производителя; просим переадресовать поставщику (ООО «Инфра-Спа», тел. +7 (499) 406-15-20).

На связи.

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-09 08:10", "rustam", "406015 поз 1,2,4",
  D("406015", ["1", "2", "4"], WAY, "'еду, ~30 мин'"),
  text="еду на 9й клуб, ~30 мин" + MAILRU, enc="b64")

L("2026-11-09 08:50", "rustam", "406015",
  D("406015", [], ON, "arrived; street address with numbers"),
  text="Прибыл на объект, клуб 9, Мичуринский пр-т 31 к.2" + MAILRU, enc="b64")

L("2026-11-09 13:15", "rustam", "406015",
  D("406015", ["1", "4"], LEFT, "pos 4 and 1 'готово'; hammam (2) tomorrow = plan"),
  text="купель (4) готово — насос циркуляции перезапустил, течь по фланцу устранил. финская (1) тоже готово, камни переложил. хаммам завтра, нужен клапан" + MAILRU,
  enc="b64")

L("2026-11-10 09:00", "rustam", "клуб 9",
  R("no request number at all (only club number)"),
  text="Снова на 9м клубе, по хаммаму, на месте. Клапан привез" + MAILRU, enc="b64")

L("2026-11-10 17:20", "olga", "Апдейт по заявке #406015 — SPA клуб №9",
  D("406015", ["1", "2", "4"], LEFT, "HTML table, row per position: 1,2,4 completed and crew left; 3 not in scope"),
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang=RU style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Марина, добрый вечер!</p>
<p><b>Апдейт по заявке #406015 — SPA клуб №9</b></p>
<table border=1 cellpadding=4 cellspacing=0>
<tr><th>Позиция</th><th>Объект</th><th>Результат</th></tr>
<tr><td>1</td><td>Финская сауна</td><td>[x] камни переложены, ТЭНы в норме — завершено 09.11</td></tr>
<tr><td>2</td><td>Хаммам</td><td>[x] соленоидный клапан Danfoss EV220B заменён, тест — ок. Бригада убыла 16:50</td></tr>
<tr><td>3</td><td>ИК-кабина</td><td>не в нашем объёме</td></tr>
<tr><td>4</td><td>Купель</td><td>[x] течь по фланцу устранена — завершено 09.11</td></tr>
</table>
<p>Закрыли таску по нашей части. Акт направим до конца недели.</p>
<p>--<br>С уважением,<br>Ольга Кравцова<br>ООО «АкваТехСервис» | +7 (495) 648-21-19</p>
<p style="font-size:8pt;color:#7F7F7F">Данное сообщение и любые вложения к нему являются конфиденциальными и предназначены исключительно для адресата. Если вы получили это сообщение по ошибке, уведомите отправителя и удалите его.</p>
</body></html>""", kind="html", charset="windows-1251", enc="qp")

# ---------------------------------------------------------------- 406233 club 14 heat exchanger
L("2026-11-09 10:00", "olga", "Re: Заявка 406233 — теплообменник, клуб №14",
  D("406233", [], ACC, "short acceptance above '>' quote"),
  text="""Приняли, ответственный Гусев А. На связи.

""" + OLGA_SIG_SHORT + """

09.11.2026 9:34, Марина Соколова пишет:
""" + gt("""Ольга, добрый день!
Заявка 406233: клуб №14, теплообменник подогрева воды бассейна,
температура в чаше 24,5 °C при уставке 28 °C.
Прошу принять."""), charset="windows-1251", enc="qp", reply=True)

L("2026-11-09 16:30", "olga", "RE: 406233 допуск",
  R("thanks for the dispatcher's access arrangement; nothing reported"),
  text="""Марина, спасибо за оперативный допуск! Список сотрудников и номер машины получили, на связи.

""" + OLGA_SIG_SHORT + outlook_quote(MS, "2026-11-09 16:02", OK_, "406233 допуск",
                                    """Ольга, допуск на 10.11 оформлен на Гусева А. и Ломакина В., машина Х 417 СМ 799, въезд с ул. Профсоюзной."""),
  kind="alt", charset="windows-1251", enc="qp", reply=True)

L("2026-11-10 10:45", "gusev", "клуб14 теплообменник",
  D("406233", [], WAY, "'наряд' word; 'выдвигаемся с базы на Профсоюзную' = leaving FOR the site"),
  text="Выдвигаемся с базы на Профсоюзную по наряду 406233, будем к 11:30" + IPHONE)

L("2026-11-10 11:27", "gusev", "406233 прибытие 11:25",
  D("406233", [], ON, "noun 'прибытие' with time, only in subject"),
  text="Отправлено с iPhone")

L("2026-11-10 15:45", "gusev", "406233",
  D("406233", [], LEFT, "noun 'Убытие 15:40'; equipment model M6"),
  text="Теплообменник Alfa Laval M6 разобрали, пластины промыли, прокладки поменяли. Температура пошла вверх. Убытие 15:40" + IPHONE)

L("2026-11-12 11:00", "olga", "Наряд 406233 — договор в карточке",
  R("contract details correction, no status"),
  text="""Марина, добрый день!

В карточке наряда 406233 указан договор № 15/СО-2024, а работы идут по действующему № 12/СО-2025 от 14.01.2025 (доп. соглашение №4). Просьба поправить в системе, иначе бухгалтерия не примет акт.

Спасибо!

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

# ---------------------------------------------------------------- 406471 club 2
L("2026-11-10 12:40", "olga", "RE: заявка 406471 (клуб №2)",
  D("406471", [], ACC, "accepted; contract and INN/KPP numbers are not requests"),
  text="""Марина, добрый день!

Заявку зафиксировали, взяли в работу, исполнитель — Петренко С. Работы выполняем в рамках договора № 12/СО-2025 от 14.01.2025 (доп. соглашение №4), отдельный счёт не выставляется.

""" + OLGA_SIG + outlook_quote(MS, "2026-11-10 12:03", OK_, "заявка 406471 (клуб №2)",
                              """Добрый день!
Клуб №2: 1 — чаша бассейна, налёт на стенах; 2 — водоподготовка, песочный фильтр, дозирование.
Прошу принять в работу заявку 406471."""), kind="alt", charset="windows-1251", enc="qp", reply=True)

L("2026-11-11 08:05", "petrenko", "406471",
  D("406471", [], WAY, "'Выезжаю'; car plate Р 405 ТК 799"),
  text="Выезжаю на клуб 2. Ларгус Р 405 ТК 799" + YANDEX, enc="b64")

L("2026-11-11 09:00", "petrenko", "Re: 406471",
  D("406471", ["2"], ON, "'П.2 ... на месте'"),
  text="П.2 водоподготовка — на месте, приступил" + YANDEX, enc="b64")

L("2026-11-11 13:30", "petrenko", "406471 п.2 готово",
  R("different statuses for different positions: p.2 finished, p.1 still in work on site"),
  text="По п.2 закончил: песочный фильтр промыт, загрузку досыпал 2 мешка, дозирующий насос откалибровал. По п.1 сейчас на месте, пылесошу чашу, закончу к 18" + YANDEX,
  enc="b64")

L("2026-11-11 18:20", "petrenko", "406471",
  D("406471", ["1", "2"], LEFT, "'Закончил по п.1 и п.2, уехал с объекта'"),
  text="Закончил по п.1 и п.2, уехал с объекта. Хлор 0,4, pH 7,4" + YANDEX, enc="b64")

L("2026-11-12 09:20", "petrenko", "406517",
  R("number 406517 is not in the registry"),
  text="на месте, смотрю насосную" + YANDEX, enc="b64")

# ---------------------------------------------------------------- 406702 club 11
L("2026-11-11 14:25", "olga", "RE: клуб №11 джакузи",
  D("406702", [], ACC, "number only in quoted '-----Original Message-----' Subject line"),
  text="""Марина, приняли в работу, техник Хабибуллин Р. выедет завтра утром.

""" + OLGA_SIG + en_original("dispatch@zakazchik-omis.ru", "2026-11-11 14:03", "o.kravtsova@aquatechservis.ru",
                             "Обращение 406702 (клуб №11, джакузи + гидромассаж)",
                             """Ольга, добрый день.
1 — джакузи, мутная вода; 2 — гидромассажная ванна, не работает помпа.
Марина"""), kind="alt", charset="windows-1251", enc="qp", reply=True)

L("2026-11-12 08:15", "rustam", "406702-1",
  D("406702", ["1"], WAY, "'в пути'"),
  text="в пути, к 9 буду" + MAILRU, enc="b64")

L("2026-11-12 09:05", "rustam", "406702-1",
  D("406702", ["1"], ON, "'на месте'; pH/chlorine numbers"),
  text="на месте. Ph 7.8, хлор 3 мг/л, вода мутная, делаю шок" + MAILRU, enc="b64")

OLGA_406702 = """Марина, добрый день!

*Апдейт по заявке 406702 (клуб №11)*
Поз. 1 (джакузи):
[x] шоковое хлорирование 10 мг/л
[x] замена картриджа фильтра Darlly
[x] pH откорректирован до 7,2
— закрыто, техник убыл с объекта в 15:30.

Поз. 2 (гидромассажная ванна):
[ ] замена помпы — запланировано на 17.11, помпа в заказе.

На связи."""
L("2026-11-12 16:00", "olga", "Апдейт по заявке 406702 (клуб №11)",
  D("406702", ["1"], LEFT, "checkbox list: pos 1 closed, technician left; pos 2 only planned"),
  text=OLGA_406702 + "\n\n" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-17 12:40", "rustam", "Re: Апдейт по заявке 406702 (клуб №11)",
  D("406702", ["2"], LEFT, "reply written UNDER the quote; '2-й', pump replaced, leaving"),
  text="Четверг, 12 ноября 2026, 16:00 +03:00 от Кравцова Ольга <o.kravtsova@aquatechservis.ru>:\n"
  + gt(strip_stars(OLGA_406702)) + "\n\nПо 2-й помпу поменял, ванна работает, уезжаю" + MAILRU,
  enc="b64", reply=True)

# ---------------------------------------------------------------- 406958 club 5
L("2026-11-13 09:00", "olga", "Заявка №406958 — апдейт",
  D("406958", [], ACC, "accepted; part number 4057190 is not a request"),
  text="""Марина, доброе утро!

Заявка №406958 (клуб №5) принята в работу.
FYI: УФ-лампы Wedeco (арт. 4057190) заказали, поставка 16.11, выезд планируем в тот же день.

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-13 11:20", "olga", "406958 - уточнение",
  R("questions about pump model and car pass, no status"),
  text="""Марина, добрый день!

По заявке 406958 — пара вопросов ASAP:
1) Подтвердите, пожалуйста, модель насоса по поз. 2 — на фото из заявки Pentair SuperFlo или Speck BADU 90/40? От этого зависит ремкомплект.
2) Нужен ли отдельный пропуск на машину А 406 ОР 77 или достаточно списка на посту?

Спасибо!

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-16 09:10", "gusev", "406958 п1 п2",
  D("406958", ["1", "2"], WAY, "'Выехали, будем к 10'"),
  text="Выехали, будем к 10" + IPHONE)

L("2026-11-16 10:00", "gusev", "Re: 406958 п1 п2",
  D("406958", ["1", "2"], ON, "arrived 9:55, positions from subject"),
  text="Прибыли на 5й клуб в 9:55" + IPHONE)

GUSEV_FWD = ("УФ лампу заменили, насос Speck BADU перебрали, подшипники новые (SKF 6204). "
             "Запустили — всё работает. Убываем" + IPHONE)
L("2026-11-16 14:20", "olga", "Fwd: 406958 п1 п2",
  D("406958", ["1", "2"], LEFT, "forward as attached message/rfc822; forwarded report: done, leaving"),
  text="""Марина, пересылаю отчёт техника по п.1 и п.2, закрыли таску. Поз. 3 (химия бассейна) — после поставки реагента.

""" + OLGA_SIG_SHORT, kind="fwd_attach", charset="windows-1251", enc="qp",
  attach=dict(sender="gusev", date="2026-11-16 14:05", subject="406958 п1 п2", text=GUSEV_FWD))

L("2026-11-18 08:30", "gusev", "406958 поз 3",
  R("negation: not yet left, waiting for reagent"),
  text="Ещё не выехали на бассейн, ждём реагент со склада. Как выедем — напишу" + IPHONE)

L("2026-11-19 08:45", "gusev", "406958 поз 3 — на месте с 8:40",
  D("406958", ["3"], ON, "status only in subject"),
  text="" + IPHONE.strip())

L("2026-11-19 13:10", "service", "Fwd: 406958 поз3",
  D("406958", ["3"], LEFT, "The Bat! forward (KOI8-R) of technician's report: finished, left 12:50"),
  text="""Марина, добрый день. Пересылаю сообщение техника, у него не уходит почта с телефона.
Анна

This is a forwarded message
From: Андрей Гусев <a.gusev@aquatechservis.ru>
To: service@aquatechservis.ru
Date: Thursday, November 19, 2026, 12:55:10 PM
Subject: 406958 поз3

===8<==============Original message text===============
Бассейн (поз 3) - pH откорректировали до 7,3, хлор 0,5 мг/л, шок сделали. Закончили, уехали 12:50
===8<===========End of original message text===========

--
Сервисная служба ООО "АкваТехСервис"
тел. +7 (495) 648-21-19, доб. 2""", charset="koi8-r", enc="qp")

# ---------------------------------------------------------------- 407136 club 18 sauna
L("2026-11-16 11:30", "service", "Re: Заявка 407136 - сауна клуб 18",
  D("407136", [], ACC, "The Bat! KOI8-R, initials-prefixed quote 'МС>'"),
  text="""Здравствуйте, Марина.

Принято. Выезд 17.11 с утра, исполнитель Петренко С.

Вы писали 16 ноября 2026 г., 11:04:

МС> Добрый день! Заявка 407136, клуб N18, сауна - каменка Harvia не греет.
МС> Прошу принять в работу.

--
Анна Лаптева, сервисная служба
ООО "АкваТехСервис", +7 (495) 648-21-19""", charset="koi8-r", enc="b64", reply=True)

L("2026-11-17 09:05", "petrenko", "407136 сауна клуб 18",
  D("407136", [], WAY, "'Выехал НА объект, буду через час'"),
  text="Выехал на объект, буду через час" + YANDEX, enc="b64")

L("2026-11-17 14:30", "petrenko", "Re: 407136 сауна клуб 18",
  D("407136", [], LEFT, "'Выехал С объекта' = left; seal number 4071362 is not a request"),
  text="Выехал с объекта в 14.20. печь Harvia Legend работает, тэны 3 шт заменил, щит опломбировал, пломба № 4071362" + YANDEX,
  enc="b64")

# ---------------------------------------------------------------- 407420 club 14
L("2026-11-18 09:15", "olga", "Заявка 407420 зафиксирована",
  D("407420", [], ACC, "HTML-only base64; 'зафиксировали, взяли в работу'"),
  html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Коллеги, доброе утро!</p>
<p><b>Заявка 407420 (клуб №14)</b> — зафиксировали, взяли в работу. Выезд завтра, бригада Гусева А.</p>
<p>[ ] шоковое хлорирование большой чаши<br>[ ] проверка детского бассейна</p>
<p>На связи.<br>Ольга Кравцова, ООО «АкваТехСервис»<br>+7 (495) 648-21-19 доб. 105</p>
</body></html>""", kind="html", charset="utf-8", enc="b64")

L("2026-11-18 17:10", "olga", "Апдейт по клубу №14",
  R("two different requests (406233 and 407420) in one letter"),
  text="""Марина, добрый вечер!

Апдейт по клубу №14 одним письмом:
- по 406233 — гарантийный осмотр теплообменника выполнен 17.11, замечаний нет, температура в чаше 28 °C;
- по 407420 — бригада будет завтра к 9:30, реагенты загружены.

На связи.

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-19 08:55", "gusev", "407420",
  D("407420", [], WAY, "'Бригада выехала на объект, ориентир 9:30'"),
  text="Бригада выехала на объект, ориентир 9:30" + IPHONE)

L("2026-11-19 09:40", "gusev", "407420 / П1",
  D("407420", ["1"], ON, "'на объекте', П1 in subject"),
  text="на объекте. большая чаша, хлор связанный 0,8 мг/л — делаем шок" + IPHONE)

L("2026-11-19 12:15", "gusev", "407420 П2",
  D("407420", ["2"], LEFT, "children's pool finished, handed over to administrator"),
  text="Детский бассейн — закончили, сдали администратору" + IPHONE)

L("2026-11-19 16:20", "gusev", "407420 П1",
  D("407420", ["1"], LEFT, "caps 'ВСЁ, закрыли, уезжаем'"),
  text="ВСЁ, закрыли, уезжаем. Хлор своб 0,7, связанный 0,2" + IPHONE)

# ---------------------------------------------------------------- 407785 club 30
L("2026-11-20 10:45", "olga", "Заявка 407785 принята",
  D("407785", [], ACC, "accepted; first visit (plant room) only planned"),
  text="""Марина, добрый день!

Заявку 407785 (клуб №30) приняли. Начинаем с плант-рума (поз. 3) в понедельник 23.11, бассейн и сауну (поз. 1, 2) — после диагностики водоподготовки.

""" + OLGA_SIG, kind="alt", charset="windows-1251", enc="b64")

L("2026-11-23 08:20", "rustam", "407785 поз 3",
  D("407785", ["3"], WAY, "'по 3-й позиции', 'Выехал в клуб'"),
  text="Выехал в клуб 30 по 3-й позиции, ориентировочно 40 мин" + MAILRU, enc="b64")

L("2026-11-23 09:05", "rustam", "407785",
  D("407785", ["3"], ON, "caps with Latin 'P' inside 'ПPИБЫЛ'; 'поз3'"),
  text="ПPИБЫЛ, поз3 техпомещение" + MAILRU, enc="b64")

OLGA_407785 = """Марина, добрый день!

Апдейт по заявке 407785 (клуб №30)
Поз. 3 (плант-рум): [x] промывка песочного фильтра [x] замена манометров [x] калибровка pH-зонда — завершено, бригада убыла в 14:40.
Поз. 1, 2 (бассейн, сауна): запланировано на 25.11."""
L("2026-11-23 15:00", "olga", "Апдейт по заявке 407785",
  D("407785", ["3"], LEFT, "HTML table: pos 3 done and crew left; pos 1,2 planned"),
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Calibri;font-size:11pt">
<p>Марина, добрый день!</p>
<p><b>Апдейт по заявке 407785 (клуб №30)</b></p>
<table border=1 cellpadding=3 cellspacing=0>
<tr><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Статус</b></td></tr>
<tr><td>3</td><td>Плант-рум</td><td>[x] промывка песочного фильтра<br>[x] замена манометров<br>[x] калибровка pH-зонда<br>Завершено, бригада убыла в 14:40</td></tr>
<tr><td>1</td><td>Бассейн</td><td>[ ] запланировано на 25.11</td></tr>
<tr><td>2</td><td>Сауна</td><td>[ ] запланировано на 25.11</td></tr>
</table>
<p>--<br>Ольга Кравцова | ООО «АкваТехСервис» | +7 (495) 648-21-19</p>
<p style="font-size:8pt;color:gray">Данное сообщение является конфиденциальным и предназначено исключительно для адресата.</p>
</body></html>""", text=OLGA_407785, kind="alt", charset="windows-1251", enc="qp")

L("2026-11-24 17:00", "rustam", "407785 поз 1,2",
  R("plan: 'выедем завтра'"),
  text="Выедем завтра к 9:00 по 1 и 2, материалы получил" + MAILRU, enc="b64")

L("2026-11-25 10:10", "rustam", "Re: Апдейт по заявке 407785",
  D("407785", ["1", "2"], ON, "body: on site for 1 and 2; quoted Olga letter says 'убыла' about pos 3 — quote ignored"),
  text="На месте с 10:00 по 1 и 2" + MAILRU + "\n\nПонедельник, 23 ноября 2026, 15:00 +03:00 от Кравцова Ольга <o.kravtsova@aquatechservis.ru>:\n"
  + gt(OLGA_407785), enc="b64", reply=True)

# ---------------------------------------------------------------- machine mail
L("2026-11-10 07:00", "news", "Дайджест АкваТехСервис: зимняя химия со скидкой 15%",
  I("bulk mailing / newsletter"),
  html="""<html><body style="font-family:Arial">
<h2>Ноябрьский дайджест АкваТехСервис</h2>
<p>Готовим бассейны к зиме: скидка 15% на хлорные таблетки Bayrol, pH-минус и альгициды до 30.11.2026.</p>
<p>Новое в сервисе: онлайн-статус заявки в личном кабинете клиента.</p>
<p style="font-size:8pt">Вы получили это письмо, так как являетесь клиентом ООО «АкваТехСервис». <a href="https://aquatechservis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru">Отписаться</a></p>
</body></html>""", kind="html", charset="utf-8", enc="b64",
  extra={"Precedence": "bulk", "List-Id": "<digest.aquatechservis.ru>",
         "List-Unsubscribe": "<https://aquatechservis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"})

L("2026-11-13 15:02", "daemon", "Undelivered Mail Returned to Sender",
  I("delivery failure report (bounce)"), kind="bounce")

L("2026-11-17 10:05", "olga", "Принято: Созвон по клубу №14 (заявки 405117, 407420)",
  I("calendar meeting response generated by Outlook"), kind="calendar")

L("2026-11-18 09:02", "olga", "Прочитано: Заявка 407420 — клуб №14",
  I("read receipt (MDN)"), kind="mdn")

L("2026-11-20 10:02", "service", "Ваше письмо получено [Заявка 407785]",
  I("mailbox autoresponder of contractor's service mailbox"),
  text="""Здравствуйте!

Это автоматический ответ. Ваше письмо получено сервисной службой ООО "АкваТехСервис" и будет обработано в рабочее время (пн-пт 8:00-20:00).
Аварийная линия: +7 (495) 648-21-19, доб. 0.

Пожалуйста, не отвечайте на это письмо.""", charset="koi8-r", enc="qp",
  extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})

L("2026-11-26 09:30", "olga", "Автоматический ответ: Заявка 407785 — сроки по поз. 1, 2",
  I("out-of-office auto-reply"),
  text="""Добрый день!

Я в отпуске с 26.11 по 30.11.2026 включительно, доступ к почте ограничен.
По срочным вопросам и заявкам: service@aquatechservis.ru, +7 (495) 648-21-19, доб. 2.
По вопросам клубов №14 и №7 — техник Гусев Андрей, +7 (926) 118-40-52.

С уважением, Ольга Кравцова""", charset="windows-1251", enc="qp",
  extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "o.kravtsova@aquatechservis.ru"})


# ================================================================= builder
def from_hdr(sender):
    name, addr, _ = SENDERS[sender]
    cs = {"olga": "windows-1251", "service": "koi8-r"}.get(sender, "utf-8")
    return formataddr((name, addr), charset=cs)


def subj_hdr(subject, charset):
    if charset in ("windows-1251", "koi8-r"):
        return Header(subject, charset)
    return subject  # utf-8, encoded by the library


def body_part(l):
    cs, enc = l["charset"], l["enc"]
    if l["kind"] == "plain":
        return mtext(l["text"], "plain", cs, enc)
    if l["kind"] == "html":
        return mtext(l["html"], "html", cs, enc)
    if l["kind"] in ("alt", "fwd_attach"):
        alt = MIMEMultipart("alternative")
        alt.attach(mtext(strip_stars(l["text"]), "plain", cs, enc))
        alt.attach(mtext(l["html"] or text_to_html(l["text"], cs), "html", cs, enc))
        return alt
    raise ValueError(l["kind"])


def raw_bounce(l, msgid):
    d = format_datetime(dt(l["date"]))
    orig_id = "<20261113145811.8841@zakazchik-omis.ru>"
    return f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@aquatechservis.ru>
To: dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Date: {d}
Message-ID: {msgid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B0UNCE.4406958"

This is a MIME-encapsulated message.

--B0UNCE.4406958
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.aquatechservis.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<v.lomakin@aquatechservis.ru>: host mx1.aquatechservis.ru[10.4.0.12] said:
    550 5.1.1 <v.lomakin@aquatechservis.ru>: Recipient address rejected:
    User unknown in virtual mailbox table

--B0UNCE.4406958
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.aquatechservis.ru
Arrival-Date: {d}

Final-Recipient: rfc822; v.lomakin@aquatechservis.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B0UNCE.4406958
Content-Type: text/rfc822-headers

From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: v.lomakin@aquatechservis.ru
Subject: =?utf-8?b?0JTQvtC/0YPRgdC6INC90LAgMTQuMTEsINC30LDRj9Cy0LrQsCA0MDY5NTg=?=
Date: Fri, 13 Nov 2026 14:58:11 +0300
Message-ID: {orig_id}

--B0UNCE.4406958--
"""


def raw_mdn(l, msgid):
    d = format_datetime(dt(l["date"]))
    subj = Header(l["subject"], "windows-1251").encode()
    frm = formataddr(("Кравцова Ольга", "o.kravtsova@aquatechservis.ru"), charset="windows-1251")
    return f"""From: {frm}
To: dispatch@zakazchik-omis.ru
Subject: {subj}
Date: {d}
Message-ID: {msgid}
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN_407420_b"

--MDN_407420_b
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: 8bit

__BODY__
--MDN_407420_b
Content-Type: message/disposition-notification

Reporting-UA: aquatechservis.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;o.kravtsova@aquatechservis.ru
Original-Message-ID: <20261118084455.3310@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN_407420_b--
"""


MDN_BODY = """Ваше сообщение

  Кому: Кравцова Ольга
  Тема: Заявка 407420 — клуб №14
  Отправлено: 18.11.2026 8:44

было прочитано 18.11.2026 9:02.
"""


def calendar_part(l):
    d = dt(l["date"])
    ics = f"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кравцова Ольга:mailto:o.kravtsova@aquatechservis.ru
SUMMARY;LANGUAGE=ru-RU:Созвон по клубу №14 (заявки 405117, 407420)
DTSTART;TZID=Russian Standard Time:20261118T110000
DTEND;TZID=Russian Standard Time:20261118T113000
UID:040000008200E00074C5B7101A82E00800000000B0A4C1D7E5F0DC01000000000000000010000000
DTSTAMP:{d.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    alt = MIMEMultipart("alternative")
    alt.attach(mtext("Кравцова Ольга приняла это приглашение.\n", "plain", "utf-8", "qp"))
    cal = mtext(ics, "calendar", "utf-8", "b64")
    cal.set_param("method", "REPLY")
    alt.attach(cal)
    return alt


def build(l, msgid, prev_id):
    name, addr, mailer = SENDERS[l["sender"]]
    if l["kind"] == "bounce":
        return raw_bounce(l, msgid).encode("ascii")
    if l["kind"] == "mdn":
        return raw_mdn(l, msgid).encode("ascii").replace(b"__BODY__", MDN_BODY.encode("windows-1251"))
    if l["kind"] == "calendar":
        msg = calendar_part(l)
    elif l["kind"] == "fwd_attach":
        a = l["attach"]
        an, aa, am = SENDERS[a["sender"]]
        inner = mtext(a["text"], "plain", "utf-8", "qp")
        inner["From"] = formataddr((an, aa))
        inner["To"] = formataddr(("Кравцова Ольга", "o.kravtsova@aquatechservis.ru"))
        inner["Subject"] = a["subject"]
        inner["Date"] = format_datetime(dt(a["date"]))
        inner["Message-ID"] = make_msgid(idstring="fwd", domain=DOMAIN)
        inner["X-Mailer"] = am
        msg = MIMEMultipart("mixed")
        msg.attach(body_part(l))
        att = MIMEMessage(inner)
        att.add_header("Content-Disposition", "attachment", filename="406958 п1 п2.eml")
        msg.attach(att)
    else:
        msg = body_part(l)
    msg["From"] = from_hdr(l["sender"])
    msg["To"] = formataddr(DISPATCH, charset="utf-8")
    msg["Subject"] = subj_hdr(l["subject"], l["charset"])
    msg["Date"] = format_datetime(dt(l["date"]))
    msg["Message-ID"] = msgid
    if l["reply"] and prev_id:
        msg["In-Reply-To"] = prev_id
        msg["References"] = prev_id
    if mailer:
        msg["X-Mailer"] = mailer
    if l["sender"] == "olga":
        msg["Content-Language"] = "ru-RU"
        msg["Thread-Index"] = "AdtR" + msgid[1:9].replace(".", "x")
    for k, v in l["extra"].items():
        msg[k] = v
    return msg.as_bytes()


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    letters = sorted(LETTERS, key=lambda x: x["date"])
    labels = {}
    for i, l in enumerate(letters, 1):
        d = dt(l["date"])
        dom = SENDERS[l["sender"]][1].split("@")[1]
        msgid = f"<{d:%Y%m%d%H%M%S}.{i:03d}.{zlib.crc32(l['subject'].encode()) % 99991:05d}@{dom}>"
        prev_id = f"<{(d - timedelta(minutes=37)):%Y%m%d%H%M%S}.q{i:03d}@zakazchik-omis.ru>"
        raw = build(l, msgid, prev_id)
        name = f"{i:03d}.eml"
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(raw)
        labels[name] = l["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(letters), "letters")


if __name__ == "__main__":
    main()
