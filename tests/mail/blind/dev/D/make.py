#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for corpus D: The Bat! user, KOI8-R / windows-1251, lift & heating firm.

Writes letters/NNN.eml, labels.json, registry.json next to this script.
"""
import base64, datetime, hashlib, json, os, quopri, random

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(7000)

ME = "goncharov@lts-spb.ru"
ME_NAME = "Виктор Гончаров"
DISP = "dispatch@zakazchik-omis.ru"
DISP_NAME = "Диспетчерская ОМИС"
ORG = 'ООО "Лифт-Тепло Сервис"'
BAT_OFFICE = "The Bat! (v10.4.6) Professional"
BAT_HOME = "The Bat! (v9.5.4) Home"

MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]

SIG_FULL = """-- 
С уважением,
Гончаров Виктор Семёнович
ведущий инженер ООО "Лифт-Тепло Сервис"
тел. (812) 457-71-23, моб. +7 921 945-70-45
а/м "Газель" К 745 ОР 178
ИНН 7810517301 / КПП 781001001"""

SIG_SHORT = """-- 
В.С. Гончаров, моб. +7 921 945-70-45
а/м К745ОР178"""

SIG_BAT = """-- 
С уважением,
 Виктор Семёнович                          mailto:goncharov@lts-spb.ru"""


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        second=random.randint(3, 58),
        tzinfo=datetime.timezone(datetime.timedelta(hours=3)))


def rfcdate(d):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d +0300" % (days[d.weekday()], d.day, mons[d.month - 1],
                                                 d.year, d.hour, d.minute, d.second)


def attr(s):
    """The Bat! attribution line."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return "Вы писали %d %s %d г., %d:%02d:" % (d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute)


def q(prefix, text):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + "> " + line).rstrip() if line.strip() else prefix + ">")
    return "\n".join(out)


def bat_msgid(d):
    return "<%d.%s@lts-spb.ru>" % (random.randint(10**8, 2 * 10**9), d.strftime("%Y%m%d%H%M%S"))


def disp_msgid(tag):
    h = hashlib.md5(tag.encode()).hexdigest().upper()
    return "<%s.%s@mail.zakazchik-omis.ru>" % (h[:12], h[12:20])


def ew(s, charset, mode="B"):
    """RFC 2047 encoded words, split to keep them short."""
    if all(ord(c) < 128 for c in s):
        return s
    b = s.encode(charset)
    words = []
    if mode == "B":
        for i in range(0, len(b), 36):
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b[i:i + 36]).decode()))
    else:
        cur = ""
        for byte in b:
            ch = chr(byte)
            if ch.isalnum() and byte < 128:
                t = ch
            elif ch == " ":
                t = "_"
            else:
                t = "=%02X" % byte
            if len(cur) + len(t) > 75 - len(charset) - 7:
                words.append("=?%s?Q?%s?=" % (charset, cur))
                cur = ""
            cur += t
        if cur:
            words.append("=?%s?Q?%s?=" % (charset, cur))
    return "\n ".join(words)


def body_bytes(text, charset, cte):
    raw = text.encode(charset)  # strict: catches characters the charset lacks
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


LETTERS = []  # (raw_bytes_builder_result, label)


def add(date, subject, body, label, charset="koi8-r", cte="8bit", senc="B", reply=None,
        html=None, html_only=False, attach=None, mailer=BAT_OFFICE, to=None, cc=None,
        from_name=ME_NAME, from_addr=ME, extra=None):
    d = dt(date)
    h = []
    h.append("Date: " + rfcdate(d))
    h.append("From: %s <%s>" % (ew(from_name, charset, senc), from_addr))
    h.append("Reply-To: %s <%s>" % (ew(from_name, charset, senc), from_addr))
    h.append("Organization: " + ew(ORG, charset, senc))
    h.append("X-Priority: 3 (Normal)")
    h.append("Message-ID: " + bat_msgid(d))
    h.append("To: %s" % (to or "%s <%s>" % (ew(DISP_NAME, charset, senc), DISP)))
    if cc:
        h.append("CC: " + cc)
    h.append("Subject: " + ew(subject, charset, senc))
    if reply:
        mid = disp_msgid(reply)
        h.append("In-Reply-To: " + mid)
        h.append("References: " + mid)
    if extra:
        h.extend(extra)
    h.append("MIME-Version: 1.0")
    h.append("X-Mailer: " + mailer)
    parts = None
    if html_only:
        h.append("Content-Type: text/html; charset=%s" % charset)
        h.append("Content-Transfer-Encoding: " + cte)
        payload = body_bytes(html, charset, cte)
    elif html is not None or attach is not None:
        bnd = "------------%s" % hashlib.md5((date + subject).encode()).hexdigest()[:16].upper()
        if html is not None:
            h.append('Content-Type: multipart/alternative;\n boundary="%s"' % bnd)
            parts = [("text/plain; charset=%s" % charset, cte, body_bytes(body, charset, cte), None),
                     ("text/html; charset=%s" % charset, cte, body_bytes(html, charset, cte), None)]
        else:
            h.append('Content-Type: multipart/mixed;\n boundary="%s"' % bnd)
            parts = [("text/plain; charset=%s" % charset, cte, body_bytes(body, charset, cte), None)]
            for fname, ctype, data in attach:
                parts.append((ctype + '; name="%s"' % fname, "base64", base64.encodebytes(data), fname))
        chunks = []
        for ctype, pcte, pdata, fname in parts:
            ph = "--%s\nContent-Type: %s\nContent-Transfer-Encoding: %s\n" % (bnd, ctype, pcte)
            if fname:
                ph += 'Content-Disposition: attachment; filename="%s"\n' % fname
            chunks.append(ph.encode("ascii") + b"\n" + pdata.rstrip(b"\n") + b"\n\n")
        payload = b"".join(chunks) + ("--%s--\n" % bnd).encode()
    else:
        h.append("Content-Type: text/plain; charset=%s" % charset)
        h.append("Content-Transfer-Encoding: " + cte)
        payload = body_bytes(body, charset, cte)
    head = "\n".join(h) + "\n\n"
    raw = head.encode("ascii") + payload
    if not raw.endswith(b"\n"):
        raw += b"\n"
    LETTERS.append((d, raw, label))


def add_raw(date, raw_text_headers, payload_bytes, label):
    d = dt(date)
    raw = raw_text_headers.replace("{DATE}", rfcdate(d)).encode("ascii") + b"\n" + payload_bytes
    if not raw.endswith(b"\n"):
        raw += b"\n"
    LETTERS.append((d, raw, label))


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
HI_IP = "Здравствуйте, Иван Петрович."
HI_AB = "Здравствуйте, Anna."

# ---------------------------------------------------------------- 7045
add("2026-11-02 10:05", "Re: Заявка 7045 от 02.11.2026", f"""{HI_IP}

{attr("2026-11-02 09:12")}

{q("ИП", '''Добрый день.
Направляем заявку 7045: котельная, ул. Заводская, 3.
Позиция 1 - котёл N1 (Buderus Logano GE515), позиция 2 - котёл N2,
позиция 3 - сетевая насосная группа. ППР перед отопительным сезоном.
Прошу подтвердить принятие.
--
Кравцов И.П., диспетчерская ОМИС''')}

Заявку получил, приняли в работу. Котлы начнём в четверг с утра,
насосную - как освободятся слесаря.

{SIG_FULL}
""", D("7045", [], ACC, "bottom-posted acceptance under ИП> quote; positions listed only in quote, so whole request"),
    reply="7045-new")

add("2026-11-05 08:21", "7045/1", f"""Иван Петрович, доброе утро.

Бригада Сомова выехала на Заводскую, 3 в 8:10, по первой позиции
(котёл N1). Будут минут через сорок, на Обводном пробка.

{SIG_SHORT}
""", D("7045", ["1"], WAY, "выехала на объект, 'по первой позиции', subject 7045/1"), senc="Q")

add("2026-11-05 09:07", "Re: 7045/1", f"""{HI_IP}

{attr("2026-11-05 08:25")}

{q("ИП", '''Принято, ждём. Ключи от котельной у дежурного, тел. 8-921-300-45-17.''')}

Ключи взяли, в 9:05 бригада зашла в котельную. Первый котёл остановили,
начали чистку горелки.

{SIG_BAT}
""", D("7045", ["1"], ON, "в котельной с 9:05, 'первый котёл' = поз.1 (also subject 7045/1); phone in quote"),
    reply="7045-ok")

add("2026-11-05 15:42", "7045 - котлы 1 и 2", f"""Иван Петрович,

по заявке 7045 сегодня сделали:
- по первой позиции: горелку почистили, электроды поменяли, котёл
  запустили в 13:30, параметры в норме;
- по второй позиции: теплообменник промыли, котёл запущен в 15:20.

Бригада в 15:35 с котельной уехала. Насосной займёмся завтра.

{SIG_FULL}
""", D("7045", ["1", "2"], LEFT, "both positions finished, crew left at 15:35; position 3 only planned"))

add("2026-11-06 09:03", "Заявка 7045 (3)", f"""Здравствуйте.

Третья позиция по 7045 - сетевые насосы. Слесаря на месте с 8:40,
насосы перевели на резерв, вскрываем второй насос.

{SIG_SHORT}
""", D("7045", ["3"], ON, "on site for third position; 'второй насос' is a pump, not position 2"))

add("2026-11-06 13:15", "7045 поз.3 - уплотнение", f"""Иван Петрович,

по третьей позиции нашли износ торцевого уплотнения на насосе
Grundfos TP 65-410/2. Уплотнение есть у поставщика, цена 38 400 руб.
без НДС, плюс работа по прайсу (п. 4.2 договора N 45/2026-ТО).
Прошу согласовать замену, без согласования менять не можем.

{SIG_FULL}
""", R("price / approval request, no new status"))

add("2026-11-09 16:31", "Re: 7045 поз.3 - уплотнение", f"""{HI_IP}

{attr("2026-11-09 10:02")}

{q("ИП", '''Замену согласовали, письмо от главного инженера во вложении.
Просим сделать сегодня.''')}

Сделали. Уплотнение поменяли, насос запустили в 15:50, течи нет,
вибрация в норме. Ребята в 16:10 с Заводской уехали, третья позиция
закрыта. Акт занесу в среду.

{SIG_FULL}
""", D("7045", ["3"], LEFT, "replacement done, crew left, 'третья позиция закрыта'"), reply="7045-approve")

# ---------------------------------------------------------------- 7088
add("2026-11-03 09:31", "Re: Заявка 7088", f"""{HI_IP}

{attr("2026-11-03 08:44")}

{q("ИП", '''Виктор Семёнович, пр. Энгельса 41, оба лифта шумят при движении,
в первом подъезде вчера было застревание. Заявку оформили.''')}

Принял. Механика пришлём после обеда, сейчас все на выездах.

{SIG_BAT}
""", D("7088", [], ACC, "number only in Re: subject; 'Принял' = accepted; visit after lunch is a plan"),
    reply="7088-new")

add("2026-11-03 13:52", "7088 (1,2)", """Иван Петрович,

механик Лапин нa мecтe, пр. Энгельса 41. Смотрит сначала первый подъезд,
потом второй.

""" + SIG_SHORT + "\n", D("7088", ["1", "2"], ON,
                          "Latin a/c/e inside 'на месте'; positions from subject (1,2) and подъезды"))

add("2026-11-03 18:05", "Re: 7088 (1,2)", f"""{HI_IP}

{attr("2026-11-03 14:10")}

{q("ИП", '''Спасибо. По результату отпишитесь.''')}

Отписываюсь по второй позиции. Ослабли крепления башмаков кабины,
подтянули, вкладыши заменили. Лифт второго подъезда пущен в 17:40, шума
нет, механик уехал.

{SIG_SHORT}
""", D("7088", ["2"], LEFT, "second position done, mechanic left"), reply="7088-thx")

add("2026-11-05 11:02", "7088 первый подъезд", f"""Иван Петрович, добрый день.

По 7088, первый подъезд: концевой выключатель ВК-300 привезли, механик
приехал в 9:15, поменял, проверил ловители. В 10:50 выехал с Энгельса,
лифт в работе.

{SIG_SHORT}
""", D("7088", ["1"], LEFT, "arrival 9:15 and departure 10:50 both done -> latest; 'выехал С Энгельса' = left the site"),
    charset="windows-1251", cte="quoted-printable", senc="Q")

# ---------------------------------------------------------------- 7123
add("2026-11-16 09:05", "Re: Заявка 7123", f"""{HI_IP}

{attr("2026-11-16 08:34")}

{q("ИП", '''Заявка 7123, ул. Кирова 12.
1 - пассажирский лифт, не едет на 9 этаж.
2 - грузовой, при остановке рывок.''')}

Заявку 7123 приняли. Постараемся завтра с утра.

{SIG_FULL}
""", D("7123", [], ACC, "accepted; positions only in quote"), reply="7123-new")

add("2026-11-17 10:40", "Re[2]: Заявка 7123", f"""{HI_IP}

{attr("2026-11-17 10:15")}

{q("ИП", '''Виктор Семёнович, когда будете по 7123? Из управляющей компании
звонят уже второй раз.

Вы писали 16 ноября 2026 г., 9:05:
ВГ> Заявку 7123 приняли. Постараемся завтра с утра.''')}

Бригада выехала в 10:30, едут на Кирова по первой позиции (пассажирский).
Будут около 11:15. Грузовым займёмся завтра.

{SIG_BAT}
""", D("7123", ["1"], WAY, "Re[2] is The Bat! reply counter, not a position; body: первая позиция, выехала"),
    reply="7123-when")

add("2026-11-17 11:20", "Re: 7123 (1)", """Иван Петрович,
на Кирова 12 с 11:10. Пассажирский обесточили, смотрим датчик точной
остановки на 9-м этаже.
-- 
В.С.
""", D("7123", ["1"], ON, "'на Кирова 12 с 11:10' = on site; position from subject '(1)'"))

add("2026-11-17 14:02", "7123/1", f"""{HI_IP}

Пассажирский лифт на Кирова 12 запустили. Датчик на 9 этаже заменили,
шунт выставили. Бригада уехала в 13:45 на другую заявку.

{SIG_SHORT}
""", D("7123", ["1"], LEFT, "left for another job = left this site; position from subject 7123/1"))

add("2026-11-18 09:31", "Re: 7123 (2)", f"""Иван Петрович, доброе утро.

Сегодня по второй позиции: бригада прибыла в 9:20, грузовой отключили,
меняем тормозные колодки. Ориентировочно до обеда.

{SIG_BAT}
""", D("7123", ["2"], ON, "прибыла 9:20, work in progress"))

add("2026-11-18 16:44", "Re[3]: Заявка 7123", f"""{HI_IP}

{attr("2026-11-18 13:58")}

{q("ИП", '''Виктор Семёнович, грузовой заработал? Магазин на первом этаже ждёт
поставку.

> Сегодня по второй позиции: бригада прибыла в 9:20, грузовой
> отключили, меняем тормозные колодки.''')}

Заработал. По второй позиции всё: колодки поменяли, тормоз
отрегулировали, грузовой пущен в 16:10. Бригада освободилась и уехала.
Акт подготовлю.

{SIG_FULL}
""", D("7123", ["2"], LEFT, "quote holds old 'прибыла'; new text: освободилась и уехала"), reply="7123-cargo")

# ---------------------------------------------------------------- 7156
add("2026-11-09 08:31", "Заявка 7156 - принята", f"""Иван Петрович, здравствуйте.

Наряд №7156 (Садовая 22, течь пластинчатого теплообменника ГВС) приняли.
Сварщика снимаю с планового объекта, соберу бригаду к 10 часам.

{SIG_FULL}
""", D("7156", [], ACC, "наряд № ... приняли"), charset="windows-1251", cte="quoted-printable")

add("2026-11-09 10:16", "7156 выезд", """Выехали на Садовую 22 (7156): слесарь Коробов и сварщик Исаев,
машина К 745 ОР 178.
""" + SIG_SHORT + "\n", D("7156", [], WAY, "выехали на объект; car plate is not a number to use"))

add("2026-11-09 11:05", "Re: 7156 выезд", """ИВАН ПЕТРОВИЧ, ПРИБЫЛИ НА САДОВУЮ 22 В 11.02, ТЕПЛОНОСИТЕЛЬ ПЕРЕКРЫЛИ,
СЛИВАЕМ ТЕПЛООБМЕННИК. ПО 7156 ДАЛЕЕ СООБЩУ.

""" + SIG_SHORT + "\n", D("7156", [], ON, "caps lock; прибыли 11.02"))

add("2026-11-10 17:52", "Наряд 7156 - завершение работ", f"""{HI_IP}

По наряду 7156 (ИТП, Садовая 22):
- 09.11 заменили 4 пластины и уплотнения теплообменника ГВС Ридан НН-14;
- 10.11 в 16:30 провели опрессовку 1,25 МПа, течи нет;
- ИТП включен в работу в 17:05, пломбы на узле учёта N 0045123 и
  N 0045124 не нарушены.

Работы завершены, бригада с объекта убыла. Фото опрессовки во вложении.

{SIG_FULL}
""", D("7156", [], LEFT, "completion; seal numbers, pressure, model are noise"),
    attach=[("IMG_20261110_163012.jpg", "image/jpeg",
             b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
             + bytes(random.randrange(256) for _ in range(600)) + b"\xff\xd9")])

# ---------------------------------------------------------------- 7210
add("2026-11-10 11:52", "Re: Лифт, пер. Строителей 5 (7210)", f"""{HI_IP}

{attr("2026-11-10 11:24")}

{q("ИП", '''Не закрываются двери на 3-м этаже, жильцы ходят пешком.''')}

Принято. Механика Лапина направлю после 14:00.

{SIG_BAT}
""", D("7210", [], ACC, "number in brackets after the address in the Re: subject; '3-м этаже' is a floor"),
    charset="windows-1251", reply="7210-new")

add("2026-11-10 16:05", "Re: Лифт, пер. Строителей 5 (7210)", f"""Иван Петрович,

на Строителей 5 механик приехал в 14:20. Отрегулировал привод дверей
кабины и шахтные двери на 3-м этаже, поменял ролик. В 15:55 закончил и
уехал, лифт работает.

{SIG_SHORT}
""", D("7210", [], LEFT, "arrival and departure both past -> latest is убыл"), charset="windows-1251")

add("2026-11-11 09:40", "7210-2", """Иван Петрович,

на Строителей 5 по второму лифту (соседний подъезд) тоже отрегулировали
двери, механик был там вчера, уехал в 16:40. Внесите, пожалуйста.
""" + SIG_SHORT + "\n", R("request 7210 has only position 1; '7210-2' / второй лифт is not in the registry"))

# ---------------------------------------------------------------- 7301
add("2026-11-11 09:42", "Re: Заявка 7301 - промывка ИТП, Южный пр. 8", f"""{HI_AB}

{attr("2026-11-11 09:05")}

{q("AB", '''Добрый день! Направляем заявку 7301 на промывку ИТП, Южный пр. 8,
корпуса 1-4 (позиции 1-4 соответственно). Срок - до 20.11.''')}

Заявку приняли. Реагент заказали, начнём в четверг.

{SIG_FULL}
""", D("7301", [], ACC, "accepted; AB> quote prefix; INN in signature contains 7301"), cte="quoted-printable",
    reply="7301-new")

add("2026-11-12 08:12", "7301 П1, П2", """Доброе утро.
Две бригады выехали на Южный 8: Сомов - на П1, Коробов - на П2.
""" + SIG_SHORT + "\n", D("7301", ["1", "2"], WAY, "П1/П2, выехали на объект"))

add("2026-11-12 09:05", "Re: 7301 П1, П2", """Иван Петрович,
П1 - Сомов на месте с 8:45, начал сливать систему.
П2 - Коробов стоит на КАДе в пробке, будет к 9:30.
""" + SIG_SHORT + "\n", R("different statuses for different positions (П1 на месте, П2 в пути)"))

_t29 = """Иван Петрович, добрый вечер.

По заявке 7301 за сегодня:

Поз. | Корпус | Прибытие | Убытие | Примечание
1    | 1      | 8:45     | 15:40  | промыт, опрессован
2    | 2      | 9:35     | 16:50  | промыт, опрессован

Обе бригады с объекта уехали.

""" + SIG_FULL + "\n"
_h29 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body style="font-family:Arial; font-size:10pt">
<p>Иван Петрович, добрый вечер.</p>
<p>По заявке 7301 за сегодня:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Поз.</th><th>Корпус</th><th>Прибытие</th><th>Убытие</th><th>Примечание</th></tr>
<tr><td>1</td><td>1</td><td>8:45</td><td>15:40</td><td>промыт, опрессован</td></tr>
<tr><td>2</td><td>2</td><td>9:35</td><td>16:50</td><td>промыт, опрессован</td></tr>
</table>
<p>Обе бригады с объекта уехали.</p>
<pre>-- 
С уважением,
Гончаров Виктор Семёнович
ведущий инженер ООО "Лифт-Тепло Сервис"
тел. (812) 457-71-23, моб. +7 921 945-70-45
а/м "Газель" К 745 ОР 178
ИНН 7810517301 / КПП 781001001</pre>
</body></html>
"""
add("2026-11-12 17:05", "7301 - итоги за 12.11", _t29,
    D("7301", ["1", "2"], LEFT, "multipart/alternative with a table row per position; both left"),
    html=_h29, cte="quoted-printable")

add("2026-11-13 08:52", "7301-3", """На мессте, третий корпус, начали слив.
В.С.
""", D("7301", ["3"], ON, "typo 'мессте'; position after dash in subject and 'третий корпус'"))

add("2026-11-13 11:47", "7301-4", f"""Иван Петрович,

по четвёртой позиции: выехать сможем только в четверг, реагент
(Cillit NeutraPhos) кончился, поставщик обещает в среду.
Срок 20.11 не срываем.

{SIG_SHORT}
""", R("plan only: 'выехать сможем только в четверг'"))

add("2026-11-19 08:25", "7301 поз.4 выезд", """7301, поз.4 (корпус 4).
Выезд 8:20, бригада Сомова, реагент везём с собой.
""" + SIG_SHORT + "\n", D("7301", ["4"], WAY, "noun 'Выезд 8:20' with reagent on board = travelling"), senc="Q")

add("2026-11-19 15:30", "Re: 7301 поз.4 выезд", f"""{HI_IP}

{attr("2026-11-19 08:40")}

{q("ИП", '''Принято, охрану предупредили.''')}

Спасибо. По четвёртому корпусу:
прибытие - 9:15,
промывка и опрессовка - до 14:50,
убытие - 15:10.
Акты по всем четырём корпусам привезу в понедельник.

{SIG_FULL}
""", D("7301", ["4"], LEFT, "nouns прибытие/убытие with times; latest is убытие 15:10"), reply="7301-4-ok")

# ---------------------------------------------------------------- 7402
add("2026-11-12 14:12", "Re: Заявка 7402", f"""{HI_IP}

{attr("2026-11-12 13:34")}

{q("ИП", '''Заявка №7402, ул. Гагарина 14. Позиция 1 - лифт 1-го подъезда,
двери открываются с задержкой; позиция 2 - лифт 2-го подъезда,
ошибка частотного преобразователя.''')}

Приняли, Иван Петрович. Сначала посмотрим, какие запчасти нужны.

{SIG_BAT}
""", D("7402", [], ACC, "acceptance; positions only in quote"), charset="windows-1251", reply="7402-new")

add("2026-11-13 10:20", "7402 - запчасти", f"""Иван Петрович, вопрос по заявке 7402.

По первому подъезду нужна плата управления приводом дверей
(Fermator VVVF-4, арт. 5.02.00.007). У нас на складе нет, у поставщика
срок 7-10 рабочих дней. Может, у вас на складе ОМИС осталась с прошлого
года? Если нет - заказываем мы, цену вышлю отдельно.

{SIG_FULL}
""", R("question about spare parts, no status"))

add("2026-11-16 09:22", "Заявка 7402, поз.1", f"""Иван Петрович, здравствуйте.

Плату привезли в пятницу. По заявке №7402, поз.1 - механики на месте
с 9:00, лифт первого подъезда остановили.

{SIG_SHORT}
""", D("7402", ["1"], ON, "поз.1 на месте с 9:00"), charset="windows-1251", cte="quoted-printable", senc="Q")

add("2026-11-16 18:33", "Re: Заявка 7402, поз.1 - на месте", f"""Иван Петрович,

плату поставили, двери отрабатывают нормально, задержки нет. Лифт пущен в
17:50, механики в 18:05 ушли с объекта.

{SIG_SHORT}
""", D("7402", ["1"], LEFT, "subject still says 'на месте' but body reports departure"), charset="windows-1251")

add("2026-11-20 10:02", "7402 поз2", """Выезжаем на Гагарина 14, второй подъезд. Будем через 30 минут.
Частотник везём новый (Vacon 0100 3L 0016 5), старый заберём на диагностику.
""" + SIG_SHORT + "\n", D("7402", ["2"], WAY, "'Выезжаем ... будем через 30 минут' = on the way; поз2"))

add("2026-11-20 15:10", "Fwd: Гагарина 14 2 подъезд", f"""{HI_IP}

Пересылаю отчёт механика по 7402, вторая позиция.

===8<==============Текст исходного сообщения===============
От: Лапин Алексей <lapin@lts-spb.ru>
Кому: Гончаров Виктор <goncharov@lts-spb.ru>
Дата: 20 ноября 2026 г., 14:52
Тема: Гагарина 14 2 подъезд

Виктор Семенович, частотник поменял, параметры залил, лифт
прогнал по всем этажам - ошибок нет. Запустил в 14:40, уехал.
Старый частотник у меня в машине.

Лапин
===8<===========Конец текста исходного сообщения===========

{SIG_FULL}
""", D("7402", ["2"], LEFT, "The Bat! forward of mechanic's report: done and left"))

# ---------------------------------------------------------------- 7517
add("2026-11-13 08:47", "Re: Заявка 7517 (насосы ТП, Лесная 30)", f"""{HI_AB}

{attr("2026-11-13 08:19")}

{q("AB", '''Заявка 7517, ТП по ул. Лесная 30 (школа). Позиции: 1, 2, 3 - циркуляционные
насосы отопления N1, N2, N3. Насосы гудят, N2 периодически
отключается по защите.''')}

Принимаем. Бригада сейчас на другом объекте, ближе к обеду выедем.

{SIG_BAT}
""", D("7517", [], ACC, "'Принимаем' - accepted; departure only planned"), reply="7517-new")

add("2026-11-13 12:40", "Re[2]: Заявка 7517 (насосы ТП, Лесная 30)", f"""{HI_AB}

{attr("2026-11-13 12:31")}

{q("AB", '''Виктор Семёнович, бригада выехала? Школа без отопления с утра.

-----Original Message-----
From: Гончаров Виктор [mailto:goncharov@lts-spb.ru]
Sent: Friday, November 13, 2026 8:47 AM
Subject: Re: Заявка 7517 (насосы ТП, Лесная 30)

Принимаем. Бригада сейчас на другом объекте, ближе к обеду выедем.''')}

Ещё не выехали, Anna, Газель встала - стартер. Ищу вторую машину,
как только найду - сообщу.

{SIG_SHORT}
""", R("negation: 'Ещё не выехали'"), reply="7517-q")

add("2026-11-13 14:25", "7517 выехали", """Anna, машину нашли, бригада выехала на Лесную 30 в 14:20.
""" + SIG_SHORT + "\n", D("7517", [], WAY, "выехала на объект"))

add("2026-11-13 15:30", "Re: 7517 выехали", f"""{HI_AB}

{attr("2026-11-13 14:31")}

{q("AB", '''Спасибо, предупредила завхоза.''')}

Прибыли на ТП в 15:25. Насосы осматриваем.

{SIG_SHORT}
""", D("7517", [], ON, "прибыли; subject's 'выехали' is older"), reply="7517-thx")

add("2026-11-13 18:40", "7517 - насосы 1 и 3", f"""{HI_AB}

По 7517: по первой и третьей позициям работы закончены - насосы
Wilo IL 80/170-5,5/2 перебрали, запустили, давление 4,2 кгс/см2. Бригада
в 18:20 с Лесной уехала. По второй позиции нужны подшипники SKF 6309-2Z,
заказали, будут ко вторнику.

{SIG_FULL}
""", D("7517", ["1", "3"], LEFT, "positions 1 and 3 finished, crew left; position 2 only waits for parts (no status)"))

add("2026-11-13 19:05", "Сводка за 13.11", f"""Иван Петрович, сводка за пятницу, 13.11:

7301 - третий корпус промыли и опрессовали, бригада уехала в 18:10.
7517 - первый и третий насосы в работе, бригада уехала в 18:20, второй
насос ждёт подшипники.
7402 - ждём ответа по плате.

На выходных дежурный механик Лапин, +7 921 945-71-23.

{SIG_SHORT}
""", R("daily summary covering several requests (7301, 7517, 7402)"), mailer=BAT_OFFICE)

add("2026-11-17 10:10", "7517 - счёт на подшипники", f"""Anna, добрый день.

По второй позиции заявки 7517 выставили счёт N 1184 от 16.11.2026 на
подшипники SKF 6309-2Z (2 шт.) и работу, всего 21 760 руб. с НДС.
Прошу передать в бухгалтерию, без оплаты поставщик не отгрузит.

{SIG_FULL}
""", R("invoice/payment talk, no status"))

add("2026-11-18 16:02", "Re: 7517 - счёт на подшипники", f"""{HI_AB}

{attr("2026-11-18 09:12")}

{q("AB", '''Счёт оплачен сегодня утром, платёжка во вложении.''')}

Спасибо. Подшипники получили, на Лесную съездили: по второй позиции
насос перебрали, запустили в 15:30, бригада уехала.
Заявку 7517 можно закрывать.

{SIG_SHORT}
""", D("7517", ["2"], LEFT, "second position done, crew left"), reply="7517-paid")

# ---------------------------------------------------------------- 7630
add("2026-11-18 11:16", "Re: Грузовой лифт, Промышленная 2 [7630]", f"""{HI_IP}

{attr("2026-11-18 10:44")}

{q("ИП", '''Склад, грузовой лифт г/п 1000 кг не поднимается выше 2 этажа.''')}

Приняли, выезд сегодня после 13.

{SIG_BAT}
""", D("7630", [], ACC, "number in square brackets in Re: subject; departure is only planned"),
    reply="7630-new")

add("2026-11-18 13:40", "Пропуск", f"""Иван Петрович, срочно.

Мы на Промышленной, 2 у проходной склада, охрана не пускает - говорят,
пропуск на машину не заказан. Машина Газель К 745 ОР 178, водитель
Исаев, механик Лапин. Закажите, пожалуйста.

{SIG_SHORT}
""", R("no request number at all (only address and car plate)"))

add("2026-11-18 14:52", "Re: Пропуск - заявка 7630", f"""{HI_IP}

{attr("2026-11-18 14:05")}

{q("ИП", '''Пропуск заказали, номер машины передали на КПП. Извините за накладку.''')}

Пропустили в 14:40, работаем.

{SIG_BAT}
""", D("7630", [], ON, "number in the dispatcher's Re: subject; 'пропустили, работаем' = on site"),
    reply="7630-pass")

add("2026-11-19 10:20", "#7630", f"""Иван Петрович,

грузовой лифт склада на Промышленной 2 сдали кладовщику сегодня в 10:00,
замечаний нет, акт N 7211 подписан с их стороны. Бригада убыла.

{SIG_SHORT}
""", D("7630", [], LEFT, "#7630 in subject; act number 7211 is not a request"), senc="Q")

# ---------------------------------------------------------------- 7712
add("2026-11-19 10:05", "Re: Заявка 7712 - БЦ Маяковского 9", f"""{HI_AB}

{attr("2026-11-19 09:31")}

{q("AB", '''Заявка 7712: БЦ, ул. Маяковского 9. Позиция 1 - лифт А (KONE MonoSpace),
позиция 2 - лифт Б. Оба стоят с ошибкой 0071 после отключения
электричества.''')}

Принято в работу. Завтра с утра будем.

{SIG_FULL}
""", D("7712", [], ACC, "Принято в работу; error code 0071 in quote"), reply="7712-new")

add("2026-11-20 08:32", "7712 (1, 2)", """Anna, доброе утро. На Маяковского 9 выехали, по обоим лифтам (поз. 1 и 2).
Ориентировочно 9:10.
""" + SIG_SHORT + "\n", D("7712", ["1", "2"], WAY, "выехали на объект, поз. 1 и 2"))

add("2026-11-20 12:10", "Re: 7712 (1, 2)", """Anna,
П1 (лифт А) - сделали, сдали охране в 11:40.
П2 (лифт Б) - бригада на месте, плата управления сгорела, ищем замену.
""" + SIG_SHORT + "\n", R("different statuses for different positions (П1 done, П2 on site)"))

add("2026-11-21 13:05", "Re[3]: Заявка 7712 - БЦ Маяковского 9", f"""{HI_AB}

{attr("2026-11-21 09:15")}

{q("AB", '''Виктор Семёнович, что с лифтом Б? Арендаторы жалуются.

От: Гончаров Виктор [mailto:goncharov@lts-spb.ru]
Отправлено: 20 ноября 2026 г. 12:10
Кому: Диспетчерская ОМИС
Тема: Re: 7712 (1, 2)

П1 (лифт А) - сделали, сдали охране в 11:40.
П2 (лифт Б) - бригада на месте, плата управления сгорела, ищем замену.''')}

Плату нашли. Вторую позицию закончили в 12:45, лифт Б пущен, бригада
убыла.

{SIG_SHORT}
""", D("7712", ["2"], LEFT, "Outlook header block inside the AB> quote holds old mixed report; new text: поз.2 убыла"),
    mailer=BAT_HOME, reply="7712-b")

# ---------------------------------------------------------------- 7805
add("2026-11-20 08:41", "Re: Обращение 7805 - Комсомольская 17, нет отопления", f"""{HI_IP}

{attr("2026-11-20 08:03")}

{q("ИП", '''Обращение №7805. Комсомольская 17, корпуса 1, 2, 3 (позиции 1-3):
завоздушены стояки, в квартирах верхних этажей холодно.''')}

Принято, Иван Петрович. Бригаду поставлю, как только освободится.

{SIG_BAT}
""", D("7805", [], ACC, "Принято; windows-1251 base64 body"), charset="windows-1251", cte="base64",
    reply="7805-new")

add("2026-11-20 16:20", "7805", f"""Иван Петрович, по 7805 сегодня не успеваем, все слесаря на аварии.
Выедем завтра с утра, к 9:00 будем на Комсомольской.

{SIG_SHORT}
""", R("plan: 'выедем завтра с утра'"))

add("2026-11-21 09:12", "7805 (1)", """Прибыли на Комсомольскую 17 в 9:00. Начали с первого корпуса, стравливаем
воздух со стояков.
""" + SIG_SHORT + "\n", D("7805", ["1"], ON, "прибыли, first corpus = position 1"), mailer=BAT_HOME)

add("2026-11-21 16:05", "Re: 7805 (1)", f"""{HI_IP}

{attr("2026-11-21 09:20")}

{q("ИП", '''Хорошо. Председатель ТСЖ будет в первом корпусе до 12.''')}

По первому корпусу всё: стояки развоздушили, по квартирам тепло есть,
с председателем проверили. Бригада из первого корпуса ушлм, остальное
в понедельник.

{SIG_SHORT}
""", D("7805", ["1"], LEFT, "typo 'ушлм'; first corpus finished, crew left"), mailer=BAT_HOME, reply="7805-1")

_h60 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body>
<div>Иван Петрович, добрый день.</div>
<div>&nbsp;</div>
<div>По 7805, второй и третий корпус - сегодня: приехали в 8:50, на втором
заменили два крана Маевского, на третьем подтянули сгон на стояке Ст-7.</div>
<div>Закончили в 14:30, бригада убыла. Тепло есть везде.</div>
<div>&nbsp;</div>
<div>-- <br>С уважением,<br>Гончаров Виктор Семёнович<br>
ведущий инженер ООО &laquo;Лифт-Тепло Сервис&raquo;<br>
тел. (812) 457-71-23, моб. +7 921 945-70-45<br>
а/м &laquo;Газель&raquo; К 745 ОР 178<br>ИНН 7810517301 / КПП 781001001</div>
</body></html>
"""
add("2026-11-23 15:40", "7805 - 2-й и 3-й корпуса", None,
    D("7805", ["2", "3"], LEFT, "HTML-only; arrival and finish both past -> убыл; 'Ст-7' is a riser"),
    charset="windows-1251", cte="quoted-printable", html=_h60, html_only=True)

# ---------------------------------------------------------------- 7950
add("2026-11-24 19:12", "Re: АВАРИЯ 7950 застревание, Пушкина 6", f"""{HI_IP}

{attr("2026-11-24 19:06")}

{q("ИП", '''Срочно! Пушкина 6, лифт стоит между 4 и 5 этажом, в кабине
женщина с ребёнком.''')}

Аварийка выехала, будем минут через 20.

{SIG_SHORT}
""", D("7950", [], WAY, "emergency crew left for the site, ETA 20 min"), reply="7950-new")

add("2026-11-24 19:41", "Re: АВАРИЯ 7950 застревание, Пушкина 6", f"""Прибыли 19:31, пассажиров (женщина с ребёнком) освободили в 19:38, все в
порядке. Лифт отключен, ищем причину.

{SIG_SHORT}
""", D("7950", [], ON, "arrived, passengers freed, still looking for the cause"))

add("2026-11-24 21:06", "7950 - причина", f"""Иван Петрович,
по аварии 7950: причина - обрыв в цепи безопасности (контакт ДК на 6-м
этаже). Контакт заменили, лифт в работе с 20:50. Аварийная бригада уехала.

{SIG_FULL}
""", D("7950", [], LEFT, "fixed, crew left"))

add("2026-11-25 08:40", "Re: 7950 - причина", f"""{HI_IP}

{attr("2026-11-25 08:21")}

{q("ИП", '''Виктор Семёнович, спасибо вашим ребятам за оперативность, жильцы
звонили, благодарили.''')}

Спасибо на добром слове, Иван Петрович. Передам.

{SIG_BAT}
""", R("thanks / acknowledgement, nothing reported"), reply="7950-thx")

# ---------------------------------------------------------------- 7264
add("2026-11-23 10:02", "Re: Обращение 7264 (ИТП д/с, ул. Мира 11)", f"""{HI_IP}

{attr("2026-11-23 09:04")}

{q("ИП", '''п.1 - течь теплообменника отопления;
п.2 - узел учёта не передаёт данные.''')}

Обращение 7264 приняли в работу. КИПовец освободится к среде.

{SIG_FULL}
""", D("7264", [], ACC, "обращение ... приняли"), cte="quoted-printable", reply="7264-new")

add("2026-11-24 09:05", "7264 п.1", """Иван Петрович, по 7264 п.1 - на месте с 8:30, теплообменник разбираем.
Заведующую предупредили, отопление отключено на 3-4 часа.
""" + SIG_SHORT + "\n", D("7264", ["1"], ON, "п.1 на месте"))

add("2026-11-24 12:30", "7264, 7805", """Иван Петрович,
по 7264 и по 7805 (третий корпус, жалоба из кв. 41) - бригады на
местах, работают.
""" + SIG_SHORT + "\n", R("two different requests in one letter"))

add("2026-11-25 10:15", "Заявка 7265", """Иван Петрович, по заявке 7265 - КИПовец на месте, вычислитель
перепрошиваем.
""" + SIG_SHORT + "\n", R("7265 is not in the registry (probably a typo for 7264, but a dispatcher cannot record it)"))

add("2026-11-25 17:30", "Re: 7264 п.1", f"""{HI_IP}

{attr("2026-11-24 09:20")}

{q("ИП", '''Принято. Узел учёта тоже посмотрите, пожалуйста, УК ругается.''')}

Посмотрели. Сегодня теплообменник собрали и опрессовали, это первая
позиция; по второй - КИПовец перепрошил вычислитель ВКТ-7, данные пошли
в диспетчерскую. Обе позиции сделаны, в 17:10 уехали.

{SIG_FULL}
""", D("7264", ["1", "2"], LEFT, "subject names п.1 only, body closes both positions; ВКТ-7 is a device"),
    reply="7264-1")

# ---------------------------------------------------------------- machines
# bulk newsletter from the firm (UTF-8, base64, multipart/alternative)
_nl_txt = """Уважаемые партнёры!

ООО «Лифт-Тепло Сервис» сообщает о режиме работы в связи с праздником
4 ноября — Днём народного единства.

3 ноября — сокращённый рабочий день, до 16:00.
4 ноября — выходной день.
Аварийно-диспетчерская служба работает круглосуточно: (812) 457-71-22.

Плановые заявки, поступившие 4 ноября, будут приняты в работу 5 ноября.

С праздником!

Чтобы отписаться от рассылки, перейдите по ссылке:
https://lts-spb.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru
"""
_nl_html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>")
                                     for p in _nl_txt.strip().split("\n\n")) + "</body></html>"
_bnd = "b1_5f3a0c2e9d7b4a6c8e1f"
_nl_hdr = f"""Date: {{DATE}}
From: {ew('Лифт-Тепло Сервис', 'utf-8')} <news@lts-spb.ru>
To: dispatch@zakazchik-omis.ru
Subject: {ew('Режим работы в праздничные дни 3-4 ноября', 'utf-8')}
Message-ID: <a81c0d3f27e94b5@lts-spb.ru>
Precedence: bulk
List-Unsubscribe: <https://lts-spb.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>
List-Id: <partners.lts-spb.ru>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{_bnd}"
"""
_nl_body = (f"--{_bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n".encode()
            + base64.encodebytes(_nl_txt.encode("utf-8"))
            + f"\n--{_bnd}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n".encode()
            + base64.encodebytes(_nl_html.encode("utf-8")) + f"\n--{_bnd}--\n".encode())
add_raw("2026-11-02 12:00", _nl_hdr, _nl_body, I("bulk mailing from the firm's newsletter address (Precedence: bulk, List-Unsubscribe)"))

# read receipt (MDN) from The Bat!
_mdn_b = "------------1E6A0F33C27B0D58"
_mdn_txt = """Это уведомление о прочтении сообщения, отправленного на адрес
goncharov@lts-spb.ru.

Сообщение от 10.11.2026 11:24 с темой
"Лифт, пер. Строителей 5 (7210)"
было прочитано получателем 10.11.2026 11:50.
"""
_mdn_hdr = f"""Date: {{DATE}}
From: {ew(ME_NAME, 'koi8-r')} <goncharov@lts-spb.ru>
To: {ew(DISP_NAME, 'koi8-r')} <dispatch@zakazchik-omis.ru>
Subject: {ew('Прочитано: Лифт, пер. Строителей 5 (7210)', 'koi8-r')}
Message-ID: {bat_msgid(dt('2026-11-10 11:50'))}
In-Reply-To: {disp_msgid('7210-new')}
References: {disp_msgid('7210-new')}
MIME-Version: 1.0
X-Mailer: {BAT_OFFICE}
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="{_mdn_b}"
"""
_mdn_body = (f"--{_mdn_b}\nContent-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n".encode()
             + _mdn_txt.encode("koi8-r")
             + f"""
--{_mdn_b}
Content-Type: message/disposition-notification

Reporting-UA: lts-spb.ru; {BAT_OFFICE}
Final-Recipient: rfc822; goncharov@lts-spb.ru
Original-Message-ID: {disp_msgid('7210-new')}
Disposition: manual-action/MDN-sent-manually; displayed

--{_mdn_b}--
""".encode())
add_raw("2026-11-10 11:50", _mdn_hdr, _mdn_body, I("read receipt (MDN) generated by The Bat!"))

# Postfix bounce with full original (dispatch -> old colleague's mailbox)
_orig_txt = """Обращение №7805. Комсомольская 17, корпуса 1, 2, 3 (позиции 1-3):
завоздушены стояки, в квартирах верхних этажей холодно.
Прошу принять в работу и сообщить, когда бригада будет на месте.

--
Кравцов Иван Петрович
Диспетчерская ОМИС
"""
_pf_b = "8F2A31C0E4.1763626101/mx.lts-spb.ru"
_pf_hdr = f"""Date: {{DATE}}
From: MAILER-DAEMON@mx.lts-spb.ru (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: dispatch@zakazchik-omis.ru
Auto-Submitted: auto-replied
Message-Id: <20261120080412.9B1C2E0F11@mx.lts-spb.ru>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{_pf_b}"
"""
_pf_body = f"""This is a MIME-encapsulated message.

--{_pf_b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.lts-spb.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sorokin@lts-spb.ru>: unknown user: "sorokin"

--{_pf_b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lts-spb.ru
X-Postfix-Queue-ID: 8F2A31C0E4
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: Fri, 20 Nov 2026 08:03:09 +0300 (MSK)

Final-Recipient: rfc822; sorokin@lts-spb.ru
Original-Recipient: rfc822;sorokin@lts-spb.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "sorokin"

--{_pf_b}
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Fri, 20 Nov 2026 08:03:02 +0300
From: {ew('Диспетчерская ОМИС', 'utf-8')} <dispatch@zakazchik-omis.ru>
To: goncharov@lts-spb.ru, sorokin@lts-spb.ru
Subject: {ew('Обращение 7805 - Комсомольская 17, нет отопления', 'utf-8')}
Message-ID: {disp_msgid('7805-new')}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""".encode() + base64.encodebytes(_orig_txt.encode("utf-8")) + f"\n--{_pf_b}--\n".encode()
add_raw("2026-11-20 08:04", _pf_hdr, _pf_body, I("Postfix delivery failure report from the firm's server; original asks about 7805"))

# Exim bounce, plain text, mailbox full
_ex_orig = """Заявка 7123, ул. Кирова 12.
1 - пассажирский лифт, не едет на 9 этаж.
2 - грузовой, при остановке рывок.
Прошу принять в работу и сообщить, когда бригада будет на месте.

--
Кравцов И.П., диспетчерская ОМИС
"""
_ex_hdr = f"""Date: {{DATE}}
From: Mail Delivery System <Mailer-Daemon@mx.lts-spb.ru>
To: dispatch@zakazchik-omis.ru
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vK7Qm-0003fA-2c@mx.lts-spb.ru>
Auto-Submitted: auto-replied
X-Failed-Recipients: koval@lts-spb.ru
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
"""
_ex_body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  koval@lts-spb.ru
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <dispatch@zakazchik-omis.ru>
Received: from mail.zakazchik-omis.ru ([195.19.4.71])
	by mx.lts-spb.ru with esmtps (Exim 4.97)
	id 1vK7Ql-0003f5-0T
	for koval@lts-spb.ru; Mon, 16 Nov 2026 08:34:55 +0300
Date: Mon, 16 Nov 2026 08:34:50 +0300
From: {ew('Диспетчерская ОМИС', 'utf-8')} <dispatch@zakazchik-omis.ru>
To: koval@lts-spb.ru, goncharov@lts-spb.ru
Subject: {ew('Заявка 7123, ул. Кирова 12', 'utf-8')}
Message-ID: {disp_msgid('7123-new')}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_ex_orig}""".encode("utf-8")
add_raw("2026-11-16 08:35", _ex_hdr, _ex_body, I("Exim delivery failure (mailbox full); the copied original is the dispatcher's own letter"))

# auto-replies while on leave
add("2026-11-26 09:03", "Re: Акт по заявке 7950", """Здравствуйте!

Это автоматический ответ. С 26 ноября по 6 декабря 2026 г. я в отпуске,
почту не читаю.
По заявкам обращайтесь к диспетчеру: dispetcher@lts-spb.ru,
тел. (812) 457-71-20. Аварийная служба круглосуточно: (812) 457-71-22.

Гончаров В.С.
""", I("out-of-office auto-reply (Auto-Submitted: auto-replied)"), reply="7950-act",
    extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("2026-11-27 14:20", "Автоответ: 7264 - опять течь?", """Уважаемый(ая) Диспетчерская ОМИС!

Ваше письмо от 27.11.2026 14:19 с темой "7264 - опять течь?" получено.
Я нахожусь в отпуске до 06.12.2026 включительно. Письмо будет прочитано
после моего выхода. Срочные вопросы - диспетчеру ООО "Лифт-Тепло Сервис",
тел. (812) 457-71-20.

> Виктор Семёнович, по 7264 бригада на месте? Заведующая говорит,
> под теплообменником опять мокро. Если бригада уже убыла - пришлите
> кого-нибудь.

--
Это сообщение создано автоматически.
""", I("The Bat! auto-responder while on leave, quotes the dispatcher's question"), reply="7264-again",
    extra=["Auto-Submitted: auto-replied", "Precedence: auto_reply"])

# ---------------------------------------------------------------- write
LETTERS.sort(key=lambda x: x[0])
labels = {}
for old in os.listdir(LET):
    os.remove(os.path.join(LET, old))
for i, (d, raw, label) in enumerate(LETTERS, 1):
    name = "%03d.eml" % i
    with open(os.path.join(LET, name), "wb") as f:
        f.write(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    labels[name] = label
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

registry = {
    "contractor": {"name": 'ООО "Лифт-Тепло Сервис"',
                   "emails": ["goncharov@lts-spb.ru", "news@lts-spb.ru", "mailer-daemon@mx.lts-spb.ru"],
                   "domains": ["lts-spb.ru", "mx.lts-spb.ru"]},
    "requests": [
        {"number": "7045", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "Котельная, ул. Заводская 3: 1 - котёл N1, 2 - котёл N2, 3 - сетевая насосная группа (ППР)"},
        {"number": "7088", "positions": ["1", "2"], "registered_at": "2026-11-03T08:40:00+03:00",
         "comment": "Лифты, пр. Энгельса 41: 1 - подъезд 1, 2 - подъезд 2 (шум, застревание)"},
        {"number": "7123", "positions": ["1", "2"], "registered_at": "2026-11-16T08:30:00+03:00",
         "comment": "Лифты, ул. Кирова 12: 1 - пассажирский, 2 - грузовой"},
        {"number": "7156", "positions": ["1"], "registered_at": "2026-11-09T07:50:00+03:00",
         "comment": "ИТП, ул. Садовая 22: течь теплообменника ГВС"},
        {"number": "7210", "positions": ["1"], "registered_at": "2026-11-10T11:20:00+03:00",
         "comment": "Лифт, пер. Строителей 5: не закрываются двери"},
        {"number": "7264", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "ИТП детского сада, ул. Мира 11: 1 - теплообменник отопления, 2 - узел учёта"},
        {"number": "7301", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "Промывка ИТП, Южный пр. 8, корпуса 1-4 (позиция = корпус)"},
        {"number": "7402", "positions": ["1", "2"], "registered_at": "2026-11-12T13:30:00+03:00",
         "comment": "Лифты, ул. Гагарина 14: 1 - подъезд 1 (двери), 2 - подъезд 2 (частотный преобразователь)"},
        {"number": "7517", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T08:15:00+03:00",
         "comment": "ТП школы, ул. Лесная 30: циркуляционные насосы N1-N3"},
        {"number": "7630", "positions": ["1"], "registered_at": "2026-11-18T10:40:00+03:00",
         "comment": "Грузовой лифт склада, ул. Промышленная 2"},
        {"number": "7712", "positions": ["1", "2"], "registered_at": "2026-11-19T09:30:00+03:00",
         "comment": "БЦ, ул. Маяковского 9: 1 - лифт А, 2 - лифт Б"},
        {"number": "7805", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T08:00:00+03:00",
         "comment": "Отопление, Комсомольская 17, корпуса 1-3: завоздушивание стояков"},
        {"number": "7950", "positions": ["1"], "registered_at": "2026-11-24T19:05:00+03:00",
         "comment": "АВАРИЯ: застревание пассажиров, лифт, ул. Пушкина 6"},
    ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
