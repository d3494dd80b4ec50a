# -*- coding: utf-8 -*-
"""Generator of test letters: night-shift operator of ООО «Теплосток-Сервис» (аварийно-диспетчерская служба)."""
import base64, quopri, json, os, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
DOM = "ads-teplostok.ru"
DISPATCH = "dispatch@zakazchik-omis.ru"

PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

SENDERS = {
    "val": ("Валиева Ирина", "valieva@" + DOM),
    "noch": ("АДС Теплосток - ночная смена", "ads.noch@" + DOM),
    "kov": ("Ковалёв Сергей", "kovalev.brig@" + DOM),
    "saf": ("Бригада 2 (Сафин)", "brigada2@" + DOM),
    "sad": ("Садыков Ринат Фаридович", "sadykov@" + DOM),
    "info": ("ООО Теплосток-Сервис", "info@" + DOM),
    "buh": ("Бухгалтерия Теплосток", "buh@" + DOM),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@" + DOM),
    "post": ("", "postmaster@" + DOM),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «Теплосток-Сервис» (аварийно-диспетчерская служба)",
        "emails": sorted(a for _, a in SENDERS.values()),
        "domains": [DOM],
    },
    "requests": [
        {"number": "480117", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T21:10:00+03:00",
         "comment": "Протечка ГВС, ул. Чистопольская, 61: 1 – стояк ГВС кв.12-48, 2 – стояк ГВС кв.13-49, 3 – ИТП (подвал)"},
        {"number": "480263", "positions": ["1", "2"], "registered_at": "2026-11-04T22:30:00+03:00",
         "comment": "Нет отопления, пр. Победы, 100, подъезд 3: 1 – стояк отопления Ст-5, 2 – стояк Ст-6"},
        {"number": "480309", "positions": ["1"], "registered_at": "2026-11-06T19:45:00+03:00",
         "comment": "Засор канализации, ул. Адоратского, 29: 1 – лежак в подвале"},
        {"number": "480355", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-07T23:00:00+03:00",
         "comment": "Течь радиаторов, ул. Декабристов, 180: 1 – кв.7, 2 – кв.15, 3 – кв.23, 4 – стояк Ст-2 (чердак)"},
        {"number": "480412", "positions": ["1", "2"], "registered_at": "2026-11-09T20:15:00+03:00",
         "comment": "Течь, пр. Ямашева, 45: 1 – стояк ХВС, 2 – стояк ГВС"},
        {"number": "480486", "positions": ["1"], "registered_at": "2026-11-11T22:05:00+03:00",
         "comment": "Порыв на вводе ХВС, ул. Сибгата Хакима, 7"},
        {"number": "480521", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T21:40:00+03:00",
         "comment": "Завоздушивание отопления, ул. Гвардейская, 33: 1 – Ст-1, 2 – Ст-4, 3 – Ст-7"},
        {"number": "480598", "positions": ["1", "2"], "registered_at": "2026-11-15T19:30:00+03:00",
         "comment": "Нет ГВС, ул. Фатыха Амирхана, 15, ИТП: 1 – бойлер (теплообменник), 2 – циркуляционный насос"},
        {"number": "480640", "positions": ["1"], "registered_at": "2026-11-18T23:50:00+03:00",
         "comment": "Затопление подвала, ул. Карбышева, 52"},
        {"number": "480733", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T20:20:00+03:00",
         "comment": "Засор канализации, ул. Мавлютова, 17: 1 – стояк под.1, 2 – стояк под.2, 3 – стояк под.4"},
        {"number": "480807", "positions": ["1", "2"], "registered_at": "2026-11-23T22:10:00+03:00",
         "comment": "ул. Закиева, 21: 1 – стояк ГВС Ст-3, 2 – полотенцесушитель кв.88"},
        {"number": "480952", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-26T20:00:00+03:00",
         "comment": "Не греют стояки отопления, ул. Рихарда Зорге, 66: 1 – Ст-1, 2 – Ст-2, 3 – Ст-3, 4 – Ст-4"},
    ],
}

SIG1 = "--\nВалиева Ирина\nоператор ночной смены АДС «Теплосток-Сервис»\nт. (843) 211-47-09, моб. 8-917-290-33-61"
SIG2 = "Валиева И.Р.\nООО «Теплосток-Сервис», ИНН 1660248099 КПП 166001001\nаварийно-диспетчерская служба, круглосуточно (843) 211-47-09"
SIG3 = "Ночная смена АДС\n(843) 211-47-09"
CUST = "Диспетчерская ОМИС"

def D(req, pos, st, note): return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R(note): return {"expect": "review", "note": note}
def I(note): return {"expect": "ignored", "note": note}

def latin(s, chars="аеорсх"):
    m = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X", "к": "k", "М": "M", "Т": "T", "Н": "H", "В": "B"}
    return "".join(m[c] if c in m and c.lower() in chars else c for c in s)

LETTERS = []
def L(date, frm, subj, label, body=None, html=None, cs="utf-8", cte="8bit", kind="plain", senc="B", hdrs=None, raw=None, to=DISPATCH):
    LETTERS.append(dict(date=date, frm=frm, subj=subj, label=label, body=body, html=html, cs=cs, cte=cte,
                        kind=kind, senc=senc, hdrs=hdrs or [], raw=raw, to=to))

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

# ---------------------------------------------------------------- 480117
L("11-02 21:24", "val", "480117 принята",
  D("480117", [], PR, "accepted, no position named"),
  body="Заявку 480117 приняли в 21:20.\nЧистопольская 61, течь ГВС.\nНаправляю бригаду Ковалёва, а/м Газель В 417 КМ 116.\n\n" + SIG1)
L("11-02 21:52", "val", "Re: 480117 принята",
  D("480117", ["1", "2"], VP, "«выехала на» = leaving for the site; positions 1 and 2 named"),
  body="21:48 бр. Ковалёва выехала на Чистопольскую 61, стояки поз.1 и поз.2.\nЖильца кв.48 предупредили, тел. +7 917 263-48-12, будет дома.\n\n" + q("Заявку 480117 приняли в 21:20.\nЧистопольская 61, течь ГВС.\nНаправляю бригаду Ковалёва, а/м Газель В 417 КМ 116."),
  cs="windows-1251", cte="quoted-printable", senc="Q")
L("11-02 22:31", "val", "480117 п.1, п.2",
  D("480117", ["1", "2"], NM, "arrived, positions in subject"),
  body="22:25 прибыли. Оба стояка перекрыли, ищут место течи, вскрывают короб в кв.12.\nВалиева")
L("11-03 01:40", "val", "480117-1",
  D("480117", ["1"], UB, "pos 1 repaired and put back into service = work done on pos 1; pos 2 still in progress (nothing new)"),
  body="Поз.1 — заменили участок трубы ~1 м (полипропилен 32), течь устранена, стояк запущен 01:30.\nПо 2-й ещё работают.\n\n" + SIG3)
L("11-03 03:15", "noch", "480117 (2)",
  D("480117", ["2"], UB, "pos 2 finished, crew free and left the address"),
  body="02:58 по второму стояку закончили, бригада Ковалёва освободилась, с адреса убыли.\nИТП (поз.3) не смотрели — см. следующее письмо.")
L("11-03 03:20", "noch", "480117 поз.3 ИТП",
  R("pos 3: no access, crew will come in the morning – plan only"),
  body="По 480117 поз.3 (ИТП) — доступа в подвал нет, ключи у УК.\nВыедем утром после 08:00, когда откроют.\nТел. председателя дома 8-987-005-11-42 (Зарипова Г.М.).\n\n" + SIG3)
L("11-03 21:37", "val", "Re: 480117 поз.3 ИТП",
  D("480117", ["3"], UB, "day shift journal: ИТП work done, departure 14:20"),
  body="Из журнала дневной смены по 480117, поз.3 (ИТП):\n08:40 прибытие бр. Сафина\n13:55 заменены прокладки на теплообменнике, течь устранена\n14:20 убытие\n\nНочную смену приняла, Валиева.\n\n" + q("По 480117 поз.3 (ИТП) — доступа в подвал нет, ключи у УК.\nВыедем утром после 08:00, когда откроют."),
  cs="koi8-r", cte="base64", senc="B")

# ---------------------------------------------------------------- 480263
L("11-04 22:41", "val", "Заявка № 480263 пр. Победы 100",
  D("480263", [], PR, "taken into work; departure time is only planned"),
  body="Принято в работу 22:40.\nНаправляю бр. Сафина (УАЗ Т 582 ОР 116), выезд ориентировочно в 23:15, сейчас заканчивают на Адоратского.\n\n" + SIG2,
  cs="windows-1251", cte="8bit")
L("11-04 23:20", "val", "Re: Заявка № 480263 пр. Победы 100",
  D("480263", [], VP, "crew left, will arrive in 25-30 min = on the way"),
  body="Сафин выехал, будут минут через 25-30.\n\nВалиева\n\n" + q("Принято в работу 22:40.\nНаправляю бр. Сафина (УАЗ Т 582 ОР 116), выезд ориентировочно в 23:15, сейчас заканчивают на Адоратского."),
  cs="windows-1251", cte="8bit", hdrs=[("In-Reply-To", "<prev>")])
L("11-04 23:58", "noch", "480263 поз 1",
  D("480263", ["1"], NM, "crew on address working on Ст-5 = pos 1"),
  body="23:50 бригада на адресе.\nСт-5 — спускают воздух, на 9 эт. крана Маевского нет, ставят.\n",
  cs="koi8-r", cte="8bit")
L("11-05 02:10", "val", "RE: Заявка № 480263",
  D("480263", ["1", "2"], UB, "both positions restarted, crew left 02:05; quote is the customer's question"),
  body="П1 и П2 (Ст-5, Ст-6) запустили, батареи горячие, проверили в кв.57 и кв.61.\nБригада Сафина уехала в 02:05.\n\n" + SIG1 + "\n\n"
       "От: " + CUST + " <" + DISPATCH + ">\nОтправлено: 5 ноября 2026 г. 1:32\nКому: valieva@" + DOM + "\nТема: Заявка № 480263\n\n"
       "Ирина, добрый вечер. Жители 3-го подъезда звонят, когда будет тепло? Сообщите статус по 480263.\nДежурный диспетчер Шарафутдинов А.",
  cs="windows-1251", cte="quoted-printable")
L("11-05 21:15", "val", "480263 жалоба",
  R("asks for the text of a residents' complaint, reports no status"),
  body="По 480263 жилец кв.61 (тел. 8 917 221-45-67) говорит, что оставил на нас жалобу в УК, что бригада грубила.\nПришлите, пожалуйста, текст жалобы, разберёмся с Сафиным.\n\nВалиева")

# ---------------------------------------------------------------- 480309
L("11-06 20:02", "noch", "Наряд 480309",
  D("480309", [], VP, "crew left for the address at 20:00 (HTML only)"),
  html="<html><head><meta charset=\"utf-8\"></head><body><p>Наряд 480309.</p><p>Бригада Митрофанова (Газель Е 903 АН 716) выехала в 20:00 на Адоратского 29, засор в подвале.</p><p>Ночная смена АДС<br>(843) 211-47-09</p></body></html>",
  kind="html", cte="base64")
L("11-06 21:35", "noch", "Адоратского 29 (480309)",
  D("480309", [], UB, "blockage cleared, crew left 21:30"),
  body="Засор пробили в 21:10, лежак промыли, ревизию собрали.\nУехали 21:30.\n\n" + SIG3)
L("11-06 22:04", "val", "Re: Адоратского 29 (480309)",
  R("price / act talk, no status"),
  body="Стоимость промывки лежака по прайсу 6 800 руб., выезд ночной +1 500.\nАкт выполненных работ № 1187 и счёт № 3302 вышлем утром бухгалтерией.\n\nВалиева\n\n" + q("Засор пробили в 21:10, лежак промыли, ревизию собрали.\nУехали 21:30."))

# ---------------------------------------------------------------- 480355
L("11-07 23:12", "noch", "Re: Новая заявка 480355 Декабристов 180",
  D("480355", [], PR, "accepted; Outlook quote of the customer's new request"),
  body="Приняли. Гарипов поедет, он ближе.\n\n"
       "-----Original Message-----\nFrom: " + CUST + " <" + DISPATCH + ">\nSent: Saturday, November 07, 2026 11:03 PM\nTo: ads.noch@" + DOM + "\nSubject: Новая заявка 480355 Декабристов 180\n\n"
       "Заявка 480355. ул. Декабристов 180: течь радиаторов кв.7, кв.15, кв.23, стояк Ст-2 на чердаке. Просим принять в работу.",
  cs="windows-1251", cte="base64")
L("11-07 23:40", "noch", "480355",
  D("480355", [], VP, "crew on the way"),
  body="бр.Гарипова в пути, Ларгус К 266 СУ 116.\nтел. бригадира 8 903 344-19-07\n")
L("11-08 00:15", "val", "480355 п.1 п.2",
  D("480355", ["1", "2"], NM, "on site, kv.7 and kv.15 = pos 1, 2 named in subject"),
  body="00:10 на месте. Кв.7 и кв.15 открыли, жильцы дома.\nВалиева", cs="koi8-r", cte="quoted-printable", senc="Q")
L("11-08 01:05", "val", "480355 п.1",
  D("480355", ["1"], UB, "pos 1 done; pos 3 nobody home (nothing reported for it)"),
  body="Кв.7 (п.1) закончили — поменяли кран на подводке радиатора, протечки нет.\nКв.23 (п.3) жильцов нет дома, тел. 8-917-880-23-23 не отвечает, туда позже.\n\n" + SIG1)
L("11-08 02:20", "val", "480355",
  R("different statuses: pos 2 finished, pos 4 just arrived on the attic"),
  body="п.2 кв.15 — готово.\nНа п.4 (чердак, Ст-2) только поднялись, начинают.\nВалиева")
L("11-08 03:02", "val", "Re: Уточнение по 480355",
  R("acknowledges the dispatcher's own message, reports nothing"),
  body="Спасибо, приняла к сведению, передам Гарипову.\n\n"
       "От: " + CUST + " <" + DISPATCH + ">\nОтправлено: 8 ноября 2026 г. 2:51\nКому: valieva@" + DOM + "\nТема: Уточнение по 480355\n\n"
       "Ирина, по кв.23 хозяйка перезвонила нам, будет дома после 03:30, тел. 8-917-880-23-23.")
L("11-08 04:10", "val", "Re: 480355 бригада в пути",
  D("480355", ["3", "4"], UB, "Re subject names an old status; body: kv.23 and attic riser done, crew left 04:00"),
  body="Декабристов 180: кв.23 дозвонились, впустили, течь устранили. Стояк на чердаке тоже сделали.\nПо 3-й и 4-й всё, бригада уехала в 04:00.\n\n" + SIG1 + "\n\n" + q("бр.Гарипова в пути, Ларгус К 266 СУ 116.\nтел. бригадира 8 903 344-19-07"))

# ---------------------------------------------------------------- 480412
L("11-09 20:30", "noch", "ЗАЯВКА 480412 ПРИНЯТА",
  D("480412", [], PR, "caps, accepted"),
  body="ПРИНЯЛИ. БРИГАДА КОВАЛЁВА. ЯМАШЕВА 45.\nНОЧНАЯ СМЕНА",
  html="<html><body><div>ПРИНЯЛИ. БРИГАДА КОВАЛЁВА. ЯМАШЕВА 45.</div><div>НОЧНАЯ СМЕНА</div></body></html>",
  kind="alt", cte="quoted-printable")
L("11-09 21:05", "val", latin("Ямашева 45 по заявке 480412", "ае"),
  D("480412", ["1", "2"], VP, "Latin look-alike letters; crew left for the address, pos 1 and 2"),
  body=latin("Бригада Ковалёва выехала на Ямашева 45 по заявке 480412, поз 1 и 2.", "арх") + "\n" + latin("Газель В 417 КМ 116", "") + "\nВалиева")
L("11-09 22:10", "val", "480412 (1)",
  D("480412", ["1"], NM, "noun «прибытие» with time"),
  body="Прибытие 21:40.\nХВС стояк перекрыт, течь под полом в кв.3, вскрывают.\n\n" + SIG2, cs="windows-1251", cte="quoted-printable")
L("11-10 00:30", "val", "480412 отчёт",
  D("480412", ["1", "2"], UB, "HTML table: both positions finished, left 00:20"),
  html="<html><body><p>По заявке 480412, Ямашева 45:</p>"
       "<table border=\"1\" cellpadding=\"3\"><tr><th>Поз.</th><th>Объект</th><th>Работы</th><th>Статус</th></tr>"
       "<tr><td>1</td><td>стояк ХВС</td><td>заменён отвод Ду25</td><td>выполнено, убыли 00:20</td></tr>"
       "<tr><td>2</td><td>стояк ГВС</td><td>подтянут сгон, уплотнение</td><td>выполнено, убыли 00:20</td></tr></table>"
       "<p>Валиева И.Р., АДС «Теплосток-Сервис»</p></body></html>",
  body="По заявке 480412, Ямашева 45:\n1 | стояк ХВС | заменён отвод Ду25 | выполнено, убыли 00:20\n2 | стояк ГВС | подтянут сгон | выполнено, убыли 00:20\n\nВалиева И.Р.",
  kind="alt", cs="windows-1251", cte="base64")
L("11-10 10:05", "sad", "Автоответ: Заявка 480412 - уточнение",
  I("out-of-office auto-reply"),
  body="Здравствуйте!\nЯ нахожусь в командировке до 13.11.2026 включительно, доступ к почте ограничен.\nПо срочным вопросам аварийных заявок обращайтесь в диспетчерскую: (843) 211-47-09, ads.noch@" + DOM + ".\n\nС уважением, Садыков Р.Ф., главный инженер",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
L("11-10 10:07", "daemon", "Undelivered Mail Returned to Sender", I("bounce"), raw="bounce")
L("11-10 22:00", "val", "480412 повторно?",
  R("question about repeat visit, no status"),
  body="По 480412 жилец кв.3 (8 962 551-70-03) звонит, говорит опять капает под ванной.\nЭто наша течь или уже их разводка? Когда сможете согласовать доступ, чтобы Ковалёв посмотрел?\n\nВалиева")

# ---------------------------------------------------------------- 480486
L("11-11 22:14", "noch", "обращение 480486",
  D("480486", [], PR, "accepted by the night dispatcher"),
  body="Обращение 480486 принято диспетчером ночной смены в 22:12.\nСибгата Хакима 7, порыв на вводе ХВС. Бригада Сафина.\n", cs="koi8-r", cte="8bit")
L("11-11 22:52", "val", "Fwd: Хакима 7",
  D("480486", [], NM, "forwarded crew message: on site"),
  body="Пересылаю по 480486.\n\n---------- Пересланное сообщение ---------\nОт: Бригада 2 (Сафин) <brigada2@" + DOM + ">\nДата: ср, 11 нояб. 2026 г. в 22:46\nТема: Хакима 7\nКому: valieva@" + DOM + "\n\n"
       "на месте. задвижка на вводе не держит, перекрываем на колодце. Сафин\n\nОтправлено с мобильного")
L("11-12 00:10", "val", "Заявка 480474",
  R("480474 is not in the registry"),
  body="Заявка 480474 — бригада на месте с 23:55, работают.\nВалиева")
L("11-12 03:30", "val", "Re: Статус 480486?",
  D("480486", [], UB, "reply under initials-prefixed quote: input repaired, water on 03:10, crew left"),
  body="ДШ> Ирина, подскажите статус по 480486, жители без воды с 22:00.\nДШ> Шарафутдинов\n\nВвод отремонтировали, поставили ремонтный хомут 108 мм, вода подана в 03:10. Бригада убыла.\n\nВалиева И.Р.",
  cs="windows-1251", cte="8bit")
L("11-12 23:10", "val", "опять Хакима",
  R("no request number at all"),
  body="Сафин выехал на Хакима 7 повторно — жильцы говорят, опять течёт у колодца.\nВалиева")

# ---------------------------------------------------------------- 480521
L("11-13 21:55", "val", "480521",
  D("480521", [], PR, "accepted; «будем ближе к 23» with all crews busy is a plan, not travel"),
  body="Принята. Гвардейская 33, завоздушивание.\nБудем ближе к 23:00, сейчас все бригады заняты.\n\n" + SIG2, cs="windows-1251", cte="quoted-printable", senc="Q")
L("11-13 22:50", "noch", "Гвардейская 33 [480521]",
  D("480521", [], VP, "crew freed elsewhere and driving here, 15 min"),
  body="Митрофанов освободился на Тэцевской, едет к вам, минут 15.\n")
L("11-13 23:20", "noch", "480521 Ст-1, Ст-4, Ст-7",
  D("480521", ["1", "2", "3"], NM, "on site since 23:10 for all three positions"),
  body="на месте с 23:10, по поз. 1, 2, 3\n", cs="koi8-r", cte="base64")
L("11-14 01:00", "noch", "480521 - п.1",
  D("480521", ["1"], UB, "pos 1 finished (de-aired, circulation ok)"),
  body="Ст-1 развоздушили, циркуляция есть, по п.1 работы завершены.\nОстальные делают.\n" + SIG3)
L("11-14 02:30", "val", "480521",
  R("position 4 does not exist in request 480521"),
  body="По 480521 по 4-й позиции тоже сделали.\nВалиева")
L("11-14 02:45", "val", "Re: 480521",
  D("480521", ["2", "3"], UB, "correction of the previous letter: pos 2 and 3 done, left 02:40"),
  body="> По 480521 по 4-й позиции тоже сделали.\n\nИзвиняюсь, не 4-я, а 2-я (Ст-4). Позиция 2 — готово, 3-я тоже, уехали в 02:40.\nВалиева")

# ---------------------------------------------------------------- 480598
L("11-15 20:10", "val", "Заявка 480598 Ф.Амирхана 15",
  D("480598", [], PR, "accepted; departure at 20:30 still in the future"),
  body="принята. выезд бригады Ковалёва в 20:30.\nВалиева", cs="koi8-r", cte="base64")
L("11-15 20:35", "val", "480598",
  D("480598", [], VP, "left at 20:30"),
  body="Выехали 20:30, Газель В 417 КМ 116.\n")
L("11-15 21:05", "val", "480598 п1 п2",
  D("480598", ["1", "2"], NM, "crew in the ИТП, looking at boiler and pump"),
  body="Ковалёв на Ф.Амирхана, в ИТП. Бойлер и насос смотрят.\n\n" + SIG1, cs="windows-1251", cte="base64")
L("11-15 23:40", "val", "480598 насос - согласование",
  R("asks approval for a pump purchase, price talk"),
  body="По 480598 насос Grundfos UPS 32-80 180 сгорел, нужна замена.\nЦена 38 500 руб. с работой, счёт № 3318.\nСогласуйте закупку, пожалуйста, иначе до утра без циркуляции.\n\n" + SIG2)
L("11-16 01:15", "noch", "480598 поз.1",
  D("480598", ["1"], UB, "boiler flushed, position closed; pump waits for approval"),
  body="бойлер промыли, ГВС на выходе 58 гр., поз.1 закрыта.\nпо насосу ждём согласования.\n")
L("11-16 22:10", "val", "480598-2",
  D("480598", ["2"], UB, "pump installed and started, crew left"),
  body="Насос поставили (согласовано с Хабибуллиным днём), запустили в 21:50, бригада уехала.\n\n" + SIG1, cs="windows-1251", cte="quoted-printable")
L("11-16 22:12", "val", "Прочитано: Заявка 480598 Ф.Амирхана 15", I("read receipt (MDN)"), raw="mdn")

# ---------------------------------------------------------------- 480640
L("11-19 00:02", "val", "Re: Заявка 480640 — Карбышева 52",
  D("480640", [], VP, "number only in the Re: subject; crew already left"),
  body="Приняли, Гарипов уже выехал.\n")
L("11-19 00:40", "val", "Re: Re: Заявка 480640 — Карбышева 52",
  D("480640", [], NM, "on site pumping water (Latin 'e' in «мeсте»)"),
  body="на м" + "e" + "сте, откачиваем мотопомпой, воды по щиколотку.\nВалиева")
L("11-19 04:20", "val", "Fwd: Карбышева",
  D("480640", [], UB, "forwarded crew message: «выехали с Карбышева на базу» = left the site"),
  body="по 480640\n\n-------- Пересылаемое сообщение --------\n19.11.2026, 04:08, Ковалёв Сергей <kovalev.brig@" + DOM + ">:\n\n"
       "Гарипов просил передать — откачали, порыв на обратке отопления заварили, в 04:05 выехали с Карбышева 52 на базу.\n\n-------- Конец пересылаемого сообщения --------",
  cs="windows-1251", cte="quoted-printable")
L("11-19 09:00", "info", "Новости Теплосток-Сервис: подготовка к зиме 2026/27",
  I("bulk newsletter"),
  html="<html><body><h2>ООО «Теплосток-Сервис»</h2><p>Уважаемые партнёры! Напоминаем о сезонной ревизии ИТП и промывке систем отопления. Скидка 10% по договорам до 15.12.2026.</p>"
       "<p>Выполнено заявок за октябрь: 412. Средний выезд — 34 минуты.</p><p><a href=\"https://ads-teplostok.ru/unsubscribe?id=dispatch\">Отписаться от рассылки</a></p></body></html>",
  body="ООО «Теплосток-Сервис»\nУважаемые партнёры! Напоминаем о сезонной ревизии ИТП и промывке систем отопления. Скидка 10% по договорам до 15.12.2026.\nВыполнено заявок за октябрь: 412.\nОтписаться: https://ads-teplostok.ru/unsubscribe?id=dispatch",
  kind="alt", cte="base64",
  hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://ads-teplostok.ru/unsubscribe?id=dispatch>"), ("List-Id", "Новости <news.ads-teplostok.ru>")])

# ---------------------------------------------------------------- 480733
L("11-20 20:31", "noch", "Мавлютова 17 (480733)",
  D("480733", [], PR, "accepted"),
  body="принято, бригада Митрофанова, а/м Газель Е 903 АН 716\n")
L("11-20 21:00", "val", "480733",
  D("480733", ["1"], NM, "journal paste: departure then arrival at p.1; latest = on site"),
  body="из журнала:\n20:44  бр. Митрофанова — выезд на Мавлютова 17\n20:58  прибытие, п.1 (под.1)\n", cs="koi8-r", cte="quoted-printable")
L("11-20 22:30", "val", "480733 / 480598",
  R("two different requests in one letter"),
  body="По 480733 п.1 закончили, Митрофанов перешёл во 2-й подъезд.\nИ напоминаю по 480598 — акт по насосу так и не подписан, пришлите скан.\nВалиева")
L("11-21 00:15", "noch", "480733 п.2, п.3",
  D("480733", ["2", "3"], UB, "HTML table: both positions cleared, crew free 00:10"),
  html="<html><body><p>Мавлютова 17, заявка 480733</p><table border=1><tr><td>п.2</td><td>под.2</td><td>засор пробит, пролив ок</td><td>убыли 00:10</td></tr>"
       "<tr><td>п.3</td><td>под.4</td><td>засор пробит, пролив ок</td><td>убыли 00:10</td></tr></table><p>Бригада свободна.</p></body></html>",
  kind="html", cs="windows-1251", cte="quoted-printable")
L("11-21 00:20", "val", "480733-1",
  D("480733", ["1"], UB, "pos 1 closed at 22:20, repeated separately"),
  body="п.1 закрыли ещё в 22:20 — в прошлом письме всё в кучу написала, дублирую отдельно.\nВалиева")
L("11-23 10:30", "buh", "Автоматический ответ: Акт по 480733",
  I("out-of-office auto-reply"),
  body="Здравствуйте! Я в отпуске с 16.11 по 27.11.2026. По вопросам оплаты и актов обращайтесь к Гильмутдиновой Э., buh@" + DOM + ", тел. (843) 211-47-12.",
  cs="windows-1251", cte="quoted-printable",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "buh@" + DOM)])

# ---------------------------------------------------------------- 480807
L("11-23 22:25", "noch", "#480807",
  D("480807", [], PR, "accepted"),
  body="принято. Закиева 21. Сафин.\n")
L("11-23 22:31", "val", "Re: #480807",
  R("negation: not yet left, waiting for keys"),
  body="Ещё не выехали — ждём ключи от подвала, УК обещала подвезти к 23:00.\nВалиева\n\n" + q("принято. Закиева 21. Сафин."))
L("11-23 23:25", "val", "#480807 поз1,2",
  D("480807", ["1", "2"], VP, "«будут через 20 минут» = on the way"),
  body="Ключи забрали. Едут, будут через 20 минут.\n")
L("11-24 00:05", "noch", "Закиева 21 / 480807 / П1",
  D("480807", ["1"], NM, "arrived 23:50 (typo «прибли»), P1"),
  body="Прибли 23:50. П1 Ст-3 ГВС, перекрыли.\n", html="<html><body><p>Прибли 23:50. П1 Ст-3 ГВС, перекрыли.</p></body></html>",
  kind="alt", cs="koi8-r", cte="base64")
L("11-24 02:00", "val", "480807",
  D("480807", ["1", "2"], UB, "both positions done, left 01:50; model and phone numbers are not request numbers"),
  body="П2 — полотенцесушитель кв.88 поменяли (Terminus 500х600), П1 — течь на стояке устранена.\nУехали в 01:50.\nЖилец кв.88 Нигматуллина, тел. 8 (843) 272-18-80 — претензий нет.\n\n" + SIG2,
  cs="windows-1251", cte="base64")
L("11-25 11:20", "sad", "Принято: Совещание по аварийным заявкам ноябрь", I("calendar meeting response"), raw="cal")

# ---------------------------------------------------------------- 480952
L("11-26 20:12", "val", "480952",
  D("480952", [], PR, "taken into work"),
  body="В работе. Бригады Ковалёва и Гарипова.\nВалиева", cs="koi8-r", cte="8bit")
L("11-26 20:40", "val", "480952 п.1-2 / п.3-4",
  D("480952", ["1", "2", "3", "4"], VP, "both crews left for the address"),
  body="Ковалёв выехал на Р.Зорге 66 (поз 1, 2), Гарипов тоже выехал туда же (поз 3, 4).\n\n" + SIG1)
L("11-26 21:15", "val", "Re: 480952",
  D("480952", ["1", "2"], NM, "HTML only: on site 21:05 pos 1, 2"),
  html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><div>Ковалёв на месте 21:05 (поз.1, поз.2).</div><div><br></div>"
       "<blockquote style=\"border-left:1px solid #ccc;padding-left:6px\">Ковалёв выехал на Р.Зорге 66 (поз 1, 2), Гарипов тоже выехал туда же (поз 3, 4).</blockquote></body></html>",
  kind="html", cs="windows-1251", cte="base64")
L("11-26 21:20", "noch", "480952 Гарипов",
  R("different statuses: pos 3-4 still on the way, pos 1-2 working"),
  body="Гарипов стоит в пробке на пр. Победы, по 3-4 будет минут через 10. Ковалёв по 1-2 уже работает.\n")
L("11-27 01:30", "val", "480952 журнал",
  D("480952", ["3", "4"], UB, "journal of Garipov's crew: latest event for pos 3 and 4 is departure"),
  body="бр. Гарипова (Ларгус К 266 СУ 116), Р.Зорге 66:\n21:32  прибытие, п.3, п.4\n23:40  п.3 — готово, стояк прогрелся\n01:15  п.4 — готово, убыли\n\nВалиева", cs="windows-1251", cte="quoted-printable")
L("11-27 03:05", "val", "Fwd: Зорге 66",
  D("480952", ["1", "2"], UB, "forwarded crew message: pos 1, 2 done, going back to base"),
  body="по 480952\n\n-----Original Message-----\nFrom: Ковалёв Сергей <kovalev.brig@" + DOM + ">\nSent: Friday, November 27, 2026 2:58 AM\nTo: valieva@" + DOM + "\nSubject: Зорге 66\n\nп1 п2 всё сделали, стояки горячие, уезжаем на базу\n\nСергей")
L("11-27 09:40", "post", "Delivery Status Notification (Delay)", I("delay DSN from mail server"), raw="delay")

# ============================================================ build
def enc_subject(s, cs, senc):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        pass
    c = Charset(cs)
    c.header_encoding = QP if senc == "Q" else BASE64
    if cs == "koi8-r":
        s = s.replace("—", "-")
    return Header(s, c).encode(maxlinelen=76)

def enc_body(text, cs, cte):
    if cs == "koi8-r":  # the client substitutes what KOI8-R lacks
        text = text.replace("—", "-").replace("«", '"').replace("»", '"').replace("№", "N")
    b = text.replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        return base64.encodebytes(b).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(b).replace(b"\r\n", b"\n").replace(b"=0D\n", b"\n").replace(b"\n", b"\r\n")
    return b

def part(ctype, text, cs, cte):
    h = f"Content-Type: {ctype}; charset=\"{cs}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode()
    return h + enc_body(text, cs, cte)

def raw_special(kind, frm_addr, date_hdr, mid):
    if kind == "bounce":
        b = "----=_bounce_7711"
        return (f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\r\n", (
            f"--{b}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            "This is the mail system at host mx1.ads-teplostok.ru.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
            "be delivered to one or more recipients.\r\n\r\n<kovalyov.brig@ads-teplostok.ru>: unknown user: \"kovalyov.brig\"\r\n\r\n"
            f"--{b}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx1.ads-teplostok.ru\r\nArrival-Date: Tue, 10 Nov 2026 10:06:58 +0300\r\n\r\n"
            "Final-Recipient: rfc822; kovalyov.brig@ads-teplostok.ru\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: x-unix; user unknown\r\n\r\n"
            f"--{b}\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: dispatch@zakazchik-omis.ru\r\nTo: kovalyov.brig@ads-teplostok.ru\r\n"
            "Subject: =?utf-8?b?" + base64.b64encode("Заявка 480412 - уточнение".encode()).decode() + "?=\r\nDate: Tue, 10 Nov 2026 10:06:51 +0300\r\n\r\n"
            f"--{b}--\r\n").encode(), [("Auto-Submitted", "auto-replied")])
    if kind == "delay":
        b = "----=_dsn_delay_0952"
        return (f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\r\n", (
            f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            "Доставка сообщения задерживается. Сервер будет продолжать попытки в течение 48 часов.\r\n"
            "Delivery to the following recipient has been delayed:\r\n\r\n    gariпов@ads-teplostok.ru\r\n\r\n"
            f"--{b}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx1.ads-teplostok.ru\r\n\r\n"
            "Final-Recipient: rfc822; garipov@ads-teplostok.ru\r\nAction: delayed\r\nStatus: 4.4.1\r\nWill-Retry-Until: Sun, 29 Nov 2026 09:38:00 +0300\r\n\r\n"
            f"--{b}\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: dispatch@zakazchik-omis.ru\r\nTo: garipov@ads-teplostok.ru\r\n"
            "Subject: =?utf-8?b?" + base64.b64encode("480952 — подтвердите убытие бригад".encode()).decode() + "?=\r\n\r\n"
            f"--{b}--\r\n").encode().replace("gariпов".encode(), b"garipov"), [("Auto-Submitted", "auto-generated")])
    if kind == "mdn":
        b = "----=_mdn_0598"
        txt = "Ваше сообщение\r\n\r\n  Кому: valieva@ads-teplostok.ru\r\n  Тема: Заявка 480598 Ф.Амирхана 15\r\n  Отправлено: 16.11.2026 21:58\r\n\r\nбыло прочитано 16.11.2026 22:12."
        return (f"Content-Type: multipart/report; report-type=disposition-notification; boundary=\"{b}\"\r\n", (
            f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode()
            + base64.encodebytes(txt.encode()).replace(b"\n", b"\r\n") + (
            f"\r\n--{b}\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: ads-teplostok.ru; Microsoft Outlook 16.0\r\n"
            "Final-Recipient: rfc822; valieva@ads-teplostok.ru\r\nOriginal-Message-ID: <a81c2f.480598@zakazchik-omis.ru>\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n"
            f"--{b}--\r\n").encode(), [])
    if kind == "cal":
        b = "----=_cal_2511"
        ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
               "ATTENDEE;PARTSTAT=ACCEPTED;CN=Садыков Ринат Фаридович:mailto:sadykov@ads-teplostok.ru\r\n"
               "SUMMARY:Принято: Совещание по аварийным заявкам ноябрь\r\nDTSTART:20261130T070000Z\r\nDTEND:20261130T080000Z\r\n"
               "UID:040000008200E00074C5B7101A82E0080000000080DF7C2B\r\nORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        return (f"Content-Type: multipart/alternative; boundary=\"{b}\"\r\n", (
            f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode()
            + base64.encodebytes("Садыков Ринат Фаридович принял это приглашение.".encode()).replace(b"\n", b"\r\n")
            + f"\r\n--{b}\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\nContent-Transfer-Encoding: base64\r\n\r\n".encode()
            + base64.encodebytes(ics.encode()).replace(b"\n", b"\r\n") + f"\r\n--{b}--\r\n".encode(), [])
    raise ValueError(kind)

def build(i, L_):
    mon, rest = L_["date"].split("-"); day, hm = rest.split(" "); hh, mm = hm.split(":")
    sec = (i * 17) % 60
    dt = datetime(2026, int(mon), int(day), int(hh), int(mm), sec, tzinfo=TZ)
    name, addr = SENDERS[L_["frm"]]
    h = hashlib.md5(f"{i}{L_['subj']}{dt}".encode()).hexdigest()[:12]
    mid = f"<{dt.strftime('%Y%m%d%H%M%S')}.{h}@mail.{DOM}>"
    cs = L_["cs"]
    frm = formataddr((name, addr), charset=cs) if name else addr
    hdr = [("From", frm), ("To", L_["to"]), ("Subject", enc_subject(L_["subj"], cs, L_["senc"])),
           ("Date", format_datetime(dt)), ("Message-ID", mid), ("MIME-Version", "1.0")]
    if L_["frm"] in ("val", "noch"):
        hdr.append(("X-Mailer", "Microsoft Outlook 16.0" if L_["frm"] == "val" else "The Bat! (v10.4.1) Professional"))
    for k, v in L_["hdrs"]:
        if k == "In-Reply-To":
            continue
        hdr.append((k, v))
    if L_["subj"].lower().startswith("re:"):
        hdr.append(("In-Reply-To", f"<{h[::-1]}@zakazchik-omis.ru>"))
    if L_["raw"]:
        ctline, body, extra = raw_special(L_["raw"], addr, dt, mid)
        hdr += extra
        head = "".join(f"{k}: {v}\r\n" for k, v in hdr) + ctline
        return head.encode() + b"\r\n" + body
    kind = L_["kind"]
    if kind == "plain":
        ct = f"Content-Type: text/plain; charset=\"{cs}\"\r\nContent-Transfer-Encoding: {L_['cte']}\r\n"
        body = enc_body(L_["body"], cs, L_["cte"])
    elif kind == "html":
        ct = f"Content-Type: text/html; charset=\"{cs}\"\r\nContent-Transfer-Encoding: {L_['cte']}\r\n"
        body = enc_body(L_["html"], cs, L_["cte"])
    else:
        b = f"----=_NextPart_{h[:8]}"
        ct = f"Content-Type: multipart/alternative; boundary=\"{b}\"\r\n"
        body = (f"This is a multi-part message in MIME format.\r\n\r\n--{b}\r\n".encode()
                + part("text/plain", L_["body"], cs, L_["cte"]) + f"\r\n--{b}\r\n".encode()
                + part("text/html", L_["html"], cs, L_["cte"]) + f"\r\n--{b}--\r\n".encode())
    head = "".join(f"{k}: {v}\r\n" for k, v in hdr) + ct
    return head.encode() + b"\r\n" + body

def main():
    ld = os.path.join(OUT, "letters")
    os.makedirs(ld, exist_ok=True)
    for f in os.listdir(ld):
        os.remove(os.path.join(ld, f))
    labels = {}
    for i, l in enumerate(LETTERS, 1):
        fn = f"{i:03d}.eml"
        with open(os.path.join(ld, fn), "wb") as fh:
            fh.write(build(i, l))
        labels[fn] = l["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(LETTERS), Counter(l["label"]["expect"] for l in LETTERS))

if __name__ == "__main__":
    main()
