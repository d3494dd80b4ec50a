#!/usr/bin/env python3
# Generator for persona GN: Зинаида Петровна Заборская, 66, ООО «Вековуша-Сервис»
# (small cleaning & minor-repair firm). Mail.ru webmail, windows-1251, run-on paragraphs.
import base64, json, os, quopri, random
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
random.seed(461)

TZ = timezone(timedelta(hours=3))
D = "dispatch@zakazchik-omis.ru"
DNAME = "Диспетчерская ОМИС"
Z = "zinaida.zaborskaya60@mail.ru"
ZNAME = "Зинаида Заборская"
G = "lukyanov@vekovusha-servis.ru"
GNAME = "Геннадий Лукьянов"
OFF = "office@vekovusha-servis.ru"
INFO = "info@vekovusha-servis.ru"
MD = "mailer-daemon@vekovusha-servis.ru"

REG = {
    "contractor": {"name": "ООО «Вековуша-Сервис»",
                   "emails": [Z, G, OFF, INFO],
                   "domains": ["vekovusha-servis.ru"]},
    "requests": [
        {"number": "461038", "positions": ["1", "2"], "registered_at": "2026-11-02T09:00:00+03:00", "comment": "ул. Садовая, 14: уборка подъездов после ремонта (поз.1 подъезд 1, поз.2 подъезд 2)"},
        {"number": "461104", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:30:00+03:00", "comment": "ул. Ленина, 5, офис: замена светильников (1 этаж, 2 этаж, коридор)"},
        {"number": "461157", "positions": ["1"], "registered_at": "2026-11-05T08:15:00+03:00", "comment": "склад ул. Промышленная, 3: мойка окон"},
        {"number": "461209", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T11:00:00+03:00", "comment": "ТЦ «Радуга»: клининг после ремонта, 4 зоны"},
        {"number": "461263", "positions": ["1", "2"], "registered_at": "2026-11-09T09:40:00+03:00", "comment": "пр. Мира, 27: уборка лестниц и мусорокамеры"},
        {"number": "461318", "positions": ["1"], "registered_at": "2026-11-10T14:20:00+03:00", "comment": "ул. Гагарина, 9: замена замка входной двери"},
        {"number": "461372", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T08:00:00+03:00", "comment": "ул. Береговая, 2: покраска перил, 3 подъезда"},
        {"number": "461425", "positions": ["1", "2"], "registered_at": "2026-11-12T10:00:00+03:00", "comment": "ул. Кирова, 40: уборка помещений арендаторов"},
        {"number": "461488", "positions": ["1"], "registered_at": "2026-11-16T09:00:00+03:00", "comment": "ул. Заводская, 11: мелкий ремонт проходной"},
        {"number": "461530", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T13:00:00+03:00", "comment": "ул. Советская, 18: уборка и мелкий ремонт"},
        {"number": "461617", "positions": ["1", "2"], "registered_at": "2026-11-19T08:30:00+03:00", "comment": "ул. Лесная, 7: мойка фасадного остекления"},
        {"number": "461744", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T09:00:00+03:00", "comment": "ул. Молодёжная, 1: генеральная уборка 4 этажей"},
    ],
}

S_ACC, S_WAY, S_ON, S_OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

LETTERS = []
LABELS = {}
_mid = [0]


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def enc_hdr(text, cs):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, cs).encode()


def addr(name, email, cs):
    return "%s <%s>" % (enc_hdr(name, cs), email) if name else email


def encode_body(text, cs, cte):
    b = text.replace("\n", "\r\n").encode(cs)
    if cte == "quoted-printable":
        q = quopri.encodestring(text.encode(cs)).decode("ascii")
        return q.replace("\n", "\r\n")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii").replace("\n", "\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
    return b.decode(cs)  # 8bit: returned as str, written in cs


def part(ctype, text, cs, cte):
    return ("Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (ctype, cs, cte),
            encode_body(text, cs, cte))


def mailru_quote(when, name, email, text):
    days = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
    d = dt(when)
    head = "%s, %d %s %d, %d:%02d +03:00 от %s <%s>:" % (days[d.weekday()], d.day, months[d.month - 1], d.year, d.hour, d.minute, name, email)
    return "\n\n\n" + head + "\n\n" + "\n".join(">" + l if l else ">" for l in text.split("\n")) + "\n"


def L(label, when, subj, body="", frm=Z, fname=ZNAME, cs="windows-1251", cte="base64",
      html=None, alt=False, extra=None, raw=None, reply=False):
    n = len(LETTERS) + 1
    fn = "%03d.eml" % n
    d = dt(when)
    _mid[0] += 1
    host = "f%d.i.mail.ru" % (300 + n) if frm.endswith("mail.ru") else "vekovusha-servis.ru"
    mid = "<%d.%d@%s>" % (int(d.timestamp()), 4610000 + n * 37 + _mid[0], host)
    h = []
    h.append("From: " + addr(fname, frm, cs if cs != "us-ascii" else "utf-8"))
    h.append("To: " + addr(DNAME, D, cs if cs != "us-ascii" else "utf-8"))
    h.append("Subject: " + enc_hdr(subj, cs if cs != "us-ascii" else "utf-8") if subj else "Subject: ")
    h.append("Date: " + format_datetime(d))
    h.append("Message-ID: " + mid)
    if reply or subj.lower().startswith("re:"):
        pm = "<disp.%d.%d@zakazchik-omis.ru>" % (n, int(d.timestamp()) - 7200)
        h.append("In-Reply-To: " + pm)
        h.append("References: " + pm)
    if frm.endswith("mail.ru"):
        h.append("X-Mailer: Mail.Ru Mailer 1.0")
        h.append("X-Originating-IP: [5.128.%d.%d]" % (40 + n % 50, 10 + n))
    for k, v in (extra or []):
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    if raw is not None:
        hdrs, payload = raw
        h.extend(hdrs)
        data = ("\r\n".join(h) + "\r\n\r\n" + payload).encode("ascii")
    elif html is not None and alt:
        bnd = "----ALT-%d-%d" % (n, int(d.timestamp()))
        h.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        p1 = part("text/plain", body, cs, cte)
        p2 = part("text/html", html, cs, cte)
        s = "\r\n".join(h) + "\r\n\r\n\r\n--%s\r\n%s%s\r\n--%s\r\n%s%s\r\n--%s--\r\n" % (bnd, p1[0], p1[1], bnd, p2[0], p2[1], bnd)
        data = s.encode(cs)
    else:
        ctype, text = ("text/html", html) if html is not None else ("text/plain", body)
        ph, pb = part(ctype, text, cs, cte)
        data = ("\r\n".join(h) + "\r\n" + ph).encode(cs) + pb.encode(cs)
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(data)
    LETTERS.append(fn)
    LABELS[fn] = label


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


SIG = "\n\n--\nОтправлено из мобильной Почты Mail.ru"

# ---------------------------------------------------------------- 461038 Садовая 14
L(dec("461038", [], S_ACC, "accepted, plan for tomorrow is extra"), "2026-11-02 11:47", "заявка 461038",
  "добрый день это заборская зинаида петровна вековуша сервис получила вашу заявку 461038 на садовую 14 мне с утра звонила ваша девочка диспетчер оля я еще подумала что опять про акт а она про подъезды ну мы ее приняли приняли в работу завтра ребята подъедут как снег перестанет а то у нас соболь на летней резине до сих пор гена все обещает переобуть если что звоните мне 8 913 452 17 06")

L(dec("461038", ["1"], S_WAY, "crew driving to the site now, first position"), "2026-11-03 08:52", "садовая",
  "доброе утро гена с колей выехали на садовую 14 по заявке 461038 по первой позиции минут через двадцать будут там проьки на димитровском мосту ужас гололед и все стоят стоят я им термос дала горячего чаю так что не волнуйтесь")

L(dec("461038", ["1"], S_ON, "on site; Re subject names old status 'принята'; number only in subject/quote"), "2026-11-03 10:15", "Re: заявка 461038 принята",
  "на месте они уже на месте с 9 40 моют первую позицию лестницы и перила гена звонил говорит грязи там по колено после ремонта в 3 квартире так что дольше провозятся чем думали я им сказала чтоб не торопились а делали хорошо"
  + mailru_quote("2026-11-02 12:05", DNAME, D, "Добрый день!\nЗаявка 461038 (ул. Садовая, 14, поз. 1 и 2) принята, спасибо.\nПросим сообщать о выезде и прибытии бригады.\n\nС уважением,\nдиспетчерская служба ОМИС"),
  cte="quoted-printable")

L(dec("461038", ["1", "2"], S_OFF, "both positions finished, left at 16:40"), "2026-11-03 17:22", "Re: Re: заявка 461038 принята",
  "все закончили и первую и вторую позицию уехали с садовой в 16 40 уже темно было коля ведро там забыл оранжевое если найдете не выкидывайте пожалуйста мы заберем в четверг когда мимо поедем акт завтра завтра привезу сама"
  + mailru_quote("2026-11-03 10:15", ZNAME, Z, "на месте они уже на месте с 9 40 моют первую позицию лестницы и перила"))

# ---------------------------------------------------------------- 461104 Ленина 5
L(dec("461104", [], S_ACC, "number written in words: четыреста шестьдесят одна тысяча сто четыре"), "2026-11-03 12:05", "новая заявка",
  "здравствуйте получили вашу заявку номер четыреста шестьдесят одна тысяча сто четыре на ленина 5 светильники менять приняли ее гена посмотрит что за светильники там а то в прошлый раз привезли не те армстронги и пришлось ехать второй раз на склад на лунную я вас очень прошу пишите модель а то мы не угадаем")

L(dec("461104", ["2"], S_WAY, "'будет минут через сорок' = on the way"), "2026-11-04 09:30", "461104 поз 2",
  "гена едет на ленина по второй будет минут через сорок ключи от щитовой он у вахтера возьмет как в прошлый раз я ему все объяснила и номер вахтера дала 8 923 100 44 81 так что все нормально погода сегодня хорошая солнышко")

L(dec("461104", ["2"], S_ON, "foreman's own letter from The Bat!, KOI8-R"), "2026-11-04 10:25", "461104-2 прибытие",
  "Прибыли на объект Ленина 5, позиция 2, в 10:20.\nЩитовую открыли, работаем.\n\nЛукьянов Г.\nООО \"Вековуша-Сервис\"\nтел. 8-913-452-17-10",
  frm=G, fname=GNAME, cs="koi8-r", cte="8bit", extra=[("X-Mailer", "The Bat! (v9.1.18) Home")])

L(dec("461104", ["1", "3"], S_OFF, "п.1 и п.3 done, crew went back to base"), "2026-11-04 15:10", "ленина 5 (461104)",
  "по п.1 и п.3 все сделали светильники поменяли поменяли все горит проверили при вахтере мусор вывезли гена уехал на базу дождь со снегом такой что дворники не справляются у соболя один дворник вообще отвалился ну это я так к слову")

L(dec("461104", ["2"], S_OFF, "reports yesterday's finish; Re subject"), "2026-11-05 11:40", "Re: 461104 поз 2",
  "вторую тоже закончили вчера поздно вечером я забыла написать извините старая стала уже все работает там был стартер сгоревший заменили и еще дроссель гена свои поставил из запаса чек потом приложим к акту",
  cte="quoted-printable")

L(rev("position 4 does not exist in 461104 (only 1-3)"), "2026-11-05 12:02", "461104",
  "и по четвертой позиции на ленина тоже закончили там лампочку в тамбуре поменяли которая мигала мигала вы наверно в заявку не вписали но мы сделали уж раз приехали")

# ---------------------------------------------------------------- 461157 Промышленная 3
L(dec("461157", [], S_ACC, "short 'приняли' on top; number only in Re subject/quote"), "2026-11-05 09:02", "Re: Новая заявка 461157 мойка окон склад Промышленная 3",
  "приняли зинаида"
  + mailru_quote("2026-11-05 08:20", DNAME, D, "Добрый день.\nНаправляем заявку 461157: мойка окон, склад ул. Промышленная, 3, поз. 1.\nКонтакт на объекте: Михаил, 8 (383) 215-40-12.\nПросим подтвердить принятие."))

L(dec("461157", [], S_WAY, "выехали на объект; plate т482ос154 is not a request number"), "2026-11-06 07:48", "промышленная",
  "доброе утро по 461157 выехали на промышленную 3 девочки мои две и коля за рулем газель белая т 482 ос 154 пропуск на нее заказывали если не заказывали закажите пожалуйста а то в прошлый раз охрана час держала на морозе")

L(dec("461157", [], S_OFF, "arrival 9:10 and departure 14:00 both done -> latest"), "2026-11-06 16:55", "Re: 461157",
  "приехали они в 9 10 окна памыли все 48 штук и витраж в приемке уехали в 14 00 охранник дядя миша нас проводил привет ему передавайте он хороший человек чаем девочек поил",
  cte="8bit")

L(rev("thanks for passes, nothing reported"), "2026-11-06 18:10", "пропуска",
  "спасибо вам оля за пропуска на промышленную все получили все хорошо было я вам конфет привезу в пятницу когда за актом поеду")

# ---------------------------------------------------------------- 461209 ТЦ Радуга
L(dec("461209", [], S_ACC, "взяли в работу; start Monday is plan"), "2026-11-06 13:10", "Re: 461209",
  "взяли в работу в понедельник начнем раньше никак девочки на другом объекте до пятницы")

L(rev("empty body sent by mistake"), "2026-11-09 07:31", "Re: заявка 461209", "\n")

tbl = ("<div>гена прислал табличку пересылаю зина</div><br>"
       "<div>-------- Пересылаемое сообщение --------<br>От кого: Геннадий Лукьянов &lt;lukyanov@vekovusha-servis.ru&gt;<br>"
       "Кому: zinaida.zaborskaya60@mail.ru<br>Дата: Понедельник, 9 ноября 2026, 11:20 +03:00<br>Тема: радуга<br><br>"
       "<p>Зинаида Петровна, по ТЦ Радуга заявка 461209 на сейчас:</p>"
       "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
       "<tr><th>Поз.</th><th>Зона</th><th>Статус</th><th>Время</th></tr>"
       "<tr><td>1</td><td>1 этаж галерея</td><td>на объекте</td><td>10:05</td></tr>"
       "<tr><td>2</td><td>2 этаж</td><td>на объекте</td><td>10:05</td></tr>"
       "<tr><td>3</td><td>фудкорт</td><td>&nbsp;</td><td>&nbsp;</td></tr>"
       "<tr><td>4</td><td>парковка</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>"
       "<p>Гена</p></div>")
L(dec("461209", ["1", "2"], S_ON, "forwarded HTML table: rows 1,2 on site, 3,4 empty"), "2026-11-09 11:30", "Fwd: радуга",
  html="<html><body>" + tbl + "</body></html>")

L(dec("461209", ["3"], S_OFF, "поз3 готово (result)"), "2026-11-09 18:02", "461209 поз3",
  "третью сделали девочки вечеромм пришли и сделали пока гена на первой был ну значит поз3 готово все чисто фудкорт блестит администратор ихняя светлана приняла сказала молодцы")

tbl2 = ("<div>это опять от гены</div><br><div>-------- Пересылаемое сообщение --------<br>"
        "От кого: Геннадий Лукьянов &lt;lukyanov@vekovusha-servis.ru&gt;<br>Дата: Вторник, 10 ноября 2026, 13:40 +03:00<br>Тема: радуга 461209<br><br>"
        "<table border=\"1\"><tr><th>Поз.</th><th>Статус</th></tr>"
        "<tr><td>П1</td><td>закончили, убыли 13:30</td></tr>"
        "<tr><td>П2</td><td>на объекте, моем</td></tr></table></div>")
L(rev("table: П1 убыли, П2 на объекте - different statuses in one letter"), "2026-11-10 14:00", "Fwd: радуга 461209",
  html="<html><body>" + tbl2 + "</body></html>", cte="quoted-printable")

L(rev("4th position: plan for tomorrow, car did not start"), "2026-11-10 17:40", "радуга",
  "по 461209 по 4й позиции завтра приедем сегодня не успели у коли машина не завелась акумулятор сел на морозе пока прикуривали пока то се уже темно а на парковке там свет не горит")

L(dec("461209", ["2", "4"], S_OFF, "2 and 4 finished, left at 15:30"), "2026-11-11 16:20", "Re: 461209 поз 2,4",
  "вторую и четвертую закончили ребята уехали из радуги в 15 30 акт выполненных работ номер 0461 от 11.11 светлана подписала я фото пришлю завтра если внучка покажет как с телефона",
  cte="quoted-printable")

# ---------------------------------------------------------------- 461263 Мира 27
L(dec("461263", [], S_ACC, "accepted, number only in Re subject"), "2026-11-09 10:30", "Re: заявка 461263",
  "да да приняли приняли пр мира 27 знаю этот дом там еще лифт вечно не работает так что ребятам пешком на девятый"
  + mailru_quote("2026-11-09 09:45", DNAME, D, "Зинаида Петровна, добрый день.\nНаправляем заявку 461263, пр. Мира, 27, поз. 1, 2.\nПодтвердите, пожалуйста."))

L(dec("461263", ["1", "2"], S_WAY, "new text names 461263, reply sits on old 461038 letter (subject/quote about another request)"), "2026-11-10 08:20", "Re: заявка 461038 принята",
  "это по заявке 461263 на мира 27 а не по садовой я просто в старое письмо пишу так быстрее ребята выехали на мира по обеим позициям 1 и 2 будут к девяти если на кирова не встанут"
  + mailru_quote("2026-11-02 12:05", DNAME, D, "Добрый день!\nЗаявка 461038 (ул. Садовая, 14, поз. 1 и 2) принята, спасибо.\nПросим сообщать о выезде и прибытии бригады."))

L(dec("461263", ["1", "2"], S_ON, "caps lock; обе позиции = 1 and 2"), "2026-11-10 11:15", "МИРА 27",
  "461263 НА МЕСТЕ С 11 00 ОБЕ ПОЗИЦИИ ВНУЧКА ГОВОРИТ У МЕНЯ КАПС ВКЛЮЧЕН А Я НЕ ЗНАЮ КАК ВЫКЛЮЧИТЬ ИЗВИНИТЕ ЧТО КРИЧУ",
  cte="8bit")

L(rev("address only, no request number"), "2026-11-10 15:50", "мира 27",
  "на мира 27 закончили уехали мусорокамеру тоже отмыли запах был страшный коля чуть в обморок не упал")

L(dec("461263", ["1", "2"], S_OFF, "repeats with number: both positions left yesterday 15:45"), "2026-11-11 09:10", "Re: мира 27",
  "вчера же писала что закончили на мира 27 вы опять звоните это 461263 обе позиции ребята уехали вчера в 15 45 все сделано я же не молодая каждый раз по два письма писать"
  + mailru_quote("2026-11-10 15:50", ZNAME, Z, "на мира 27 закончили уехали мусорокамеру тоже отмыли"))

# ---------------------------------------------------------------- 461318 Гагарина 9
L(dec("461318", [], S_ACC, "number with space '461 318'; part no. and price are not numbers of request"), "2026-11-10 15:30", "замок гагарина",
  "по заявке 461 318 на гагарина 9 приняли замок закажу cisa 1.A7311 у поставщика на семь тысяч четыреста если дороже будет я вам позвоню сначала гена говорит может и личинку только поменять но посмотрим на месте")

L(dec("461318", [], S_WAY, "коля едет на объект"), "2026-11-12 10:05", "461318",
  "коля на гагарина 9 едет замок везет забрали с утра с поставщика на гоголя 44 через полчасика будет",
  cs="utf-8", cte="base64")

L(dec("461318", [], S_OFF, "result: lock replaced, keys handed over"), "2026-11-12 13:40", "Re: 461318",
  "замок поменяли все работает работает ключи 3 комплекта отдали старшей по дому клавдии ивановне под роспись кв 12 старый замок коля забрал на всякий случай может пригодится")

# ---------------------------------------------------------------- 461372 Береговая 2
L(dec("461372", [], S_ACC, "all three positions accepted"), "2026-11-11 09:30", "заявка 461372 принята",
  "приняли береговую 2 все три позиции ок краску возьмем свою зеленую как в прошлом году если вам цвет другой надо скажите до четверга")

L(dec("461372", ["1"], S_WAY, "'будем через полчаса' from phone app, UTF-8"), "2026-11-12 08:10", "461372 (1)",
  "едем на береговую по первой будем через полчаса дождь проливной не знаю как красить будем но гена говорит под козырьком можно" + SIG,
  cs="utf-8", cte="base64")

L(dec("461372", ["1"], S_ON, "Latin look-alike letters inside Cyrillic words"), "2026-11-12 09:00", "Re: 461372 (1)",
  "мы нa мeсте нa бeреговой пo пeрвой с 8 45 у меня что то клавиатура глючит буквы не те пишет внучка потом посмотрит",
  cs="utf-8", cte="quoted-printable")

L(dec("461372", ["1", "2"], S_OFF, "1 and 2 done, 3 planned tomorrow"), "2026-11-12 15:30", "береговая",
  "по 461372 п1 и п2 закончили а третью завтра там краска не высохла на первом этаже и жильцы ругаются что пачкаются так что завтра после обеда доделаем")

L(dec("461372", ["3"], S_OFF, "number in words; уехали с береговой"), "2026-11-13 14:10", "Re: береговая",
  "третью тоже все уехали с береговой в 13 50 наряд четыреста шестьдесят один триста семьдесят два закрываем краски ушло девять банок а не шесть как считали я в акте напишу",
  cte="quoted-printable")

L(rev("number 461390 not in registry"), "2026-11-13 16:00", "по заявке 461390",
  "по заявке 461390 уехали все сделали подвал убрали трубы помыли")

# ---------------------------------------------------------------- 461425 Кирова 40
L(rev("no subject, address only, no number"), "2026-11-12 10:40", "",
  "кирова 40 получили приняли в работу гена посмотрит когда там арендаторы бывают а то закрыто все время")

L(dec("461425", [], S_ACC, "accepted, now with number"), "2026-11-12 12:00", "Re: 461425 приняли?",
  "да приняла я ее еще утром писала про кирова 40 но без номера наверно вот пишу с номером 461425 приняли",
  cte="quoted-printable")

L(rev("negation/plan: ещё не выехали, will go after lunch"), "2026-11-13 08:40", "Re: 461425",
  "ещё не выехали гена заболел давление у него двести я сама на кирова поеду после обеда с колей вы не переживайте все сделаем")

L(dec("461425", ["2"], S_ON, "on site since 13:00 at position 2"), "2026-11-13 13:20", "кирова 40 (461425)",
  "я сама приехала на кирова 40 и коля с нами на месте с 13 00 по позиции 2 первую потом сначала вторую потому что там арендатор уходит в три ветер такой что меня чуть с крыльца не сдуло")

L(dec("461425", ["2"], S_OFF, "2 done; 1 not let in (nothing reported for 1)"), "2026-11-13 17:50", "Re: кирова 40 (461425)",
  "вторую доделали уехали а по первой там хозяин не пустил в помещение говорит приходите в понедельник так что в понедельник")

L(rev("mistaken 'проверка'"), "2026-11-14 10:03", "Re: 461425", "проверка")

L(dec("461425", ["1"], S_OFF, "first position done Monday, left 12:10"), "2026-11-16 12:30", "Re: Re: кирова 40 (461425)",
  "в понедельник сделали первую позицию на кирова хозяин пустил все чисто уехали в 12 10 он еще спрашивал можем ли мы ему окна помыть за отдельные деньги я сказала через вас только")

# ---------------------------------------------------------------- 461488 Заводская 11
L(dec("461488", [], S_ACC, "number dictated digit by digit in words"), "2026-11-16 09:45", "заводская 11",
  "заявку четыре шесть один четыре восемь восемь приняли в работу это заводская 11 проходная двери и плитка да я правильно поняла оля по телефону продиктовала а я записала на бумажке")

L(dec("461488", [], S_WAY, "выехали на заводскую"), "2026-11-17 08:15", "Re: заявка 461488",
  "выехали на заводскую")

L(dec("461488", [], S_ON, "new text 'на месте'; quoted own earlier 'выехали' is history"), "2026-11-17 10:30", "Re: заявка 461488",
  "на месте"
  + mailru_quote("2026-11-17 08:15", ZNAME, Z, "выехали на заводскую"), cte="8bit")

L(dec("461488", [], S_OFF, "работы завершены 13:45, бригада освободилась"), "2026-11-17 14:00", "Re: заявка 461488",
  "коля говорит все работы по заводской 11 завершены в 13 45 бригада освободилась поедут на базу плитку положили 6 штук дверь отрегулировали доводчик новый dorma ts 77 поставили")

L(rev("complaint about guard, nothing reported"), "2026-11-17 18:20", "жалоба",
  "оля я вам пишу потому что ваш охранник на заводской нахамил коле сегодня сказал что мы тут ходим грязь носим а мы вообще то грязь убираем а не носим пожалуйста скажите там кому надо коля расстроился он у нас пожилой человек")

# ---------------------------------------------------------------- 461530 Советская 18
L(dec("461530", [], S_ACC, "принимаем"), "2026-11-17 13:40", "заявка 461530",
  "принимаем 461530 советская 18 там вроде мелочь а три позиции ну ладно разберемся")

L(dec("461530", ["1", "2"], S_WAY, "noun 'выезд ... в 8 20' with П1 П2"), "2026-11-18 08:30", "461530 П1 П2",
  "выезд на советскую 18 в 8 20 по П1 и П2 коля ведет гена с ним снег опять валит всю ночь",
  cs="utf-8", cte="base64")

L(dec("461530", ["1", "2"], S_ON, "noun 'прибыли в 9 05'; positions from subject"), "2026-11-18 10:10", "Re: 461530 П1 П2",
  "прибыли в 9 05 все хорошо")

L(dec("461530", ["1", "2", "3"], S_OFF, "убытие 15:40, positions 1 2 3 done"), "2026-11-18 16:00", "461530",
  "убытие с советской в 15 40 позиции 1 2 3 все сделали все все даже плинтус приклеили который не просили")

L(rev("auto-reply (vacation) from Mail.ru autoresponder"), "2026-11-18 19:05", "Автоответ: заявка 461530",
  "Здравствуйте! Я в отъезде до 22 ноября. По срочным вопросам звоните Геннадию 8-913-452-17-10.\nЗинаида Заборская",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
LABELS[LETTERS[-1]] = ign("Mail.ru vacation auto-reply")

L(rev("question about who signs the act; act no. 0457"), "2026-11-19 08:05", "акт садовая",
  "оля доброе утро подскажите пожалуйста а кто будет подписывать акт по садовой ваш инженер или управляющая компания а то я акт 0457 отвезла а мне его вернули говорят не тот подписант я уж не знаю куда ехать")

# ---------------------------------------------------------------- 461617 Лесная 7
L(rev("two requests in one letter (461617 and 461530)"), "2026-11-19 09:10", "лесная и советская",
  "по 461617 приняли лесную 7 и еще по 461530 акт подписали в понедельник привезу оригинал вместе со счетом")

L(dec("461617", [], S_ACC, "accepted, Lesnaya"), "2026-11-19 11:00", "Re: 461617",
  "приняли лесную 7 я в прошлом письме вместе с советской написала простите вот отдельно",
  cte="quoted-printable")

L(dec("461617", ["1"], S_ON, "на лесной с 9 утра по первой; position after dash in subject"), "2026-11-20 09:15", "461617-1",
  "на лесной с 9 утра по первой подъемник арендовали на день номер договора аренды 77/11 если вдруг спросят")

L(dec("461617", ["1"], S_OFF, "forwarded Outlook original message from foreman: first position finished, left 12:15"), "2026-11-20 12:30", "Fwd: лесная",
  "пересылаю от гены он мне пишет а не вам я ему сто раз говорила\n\n-----Original Message-----\nFrom: Лукьянов Геннадий <lukyanov@vekovusha-servis.ru>\nSent: Friday, November 20, 2026 12:20 PM\nTo: Зинаида Заборская <zinaida.zaborskaya60@mail.ru>\nSubject: лесная\n\nЗинаида Петровна, по Лесной 461617 первая позиция закончена, убыли в 12:15.\nПодъемник сдали.\nГ.")

L(ign("read receipt from foreman's Outlook"), "2026-11-20 13:02", "Прочитано: Заявка 461617 Лесная 7",
  frm=G, fname=GNAME, cs="utf-8",
  raw=(['Content-Type: multipart/report; report-type=disposition-notification; boundary="RR-461617"'],
       "--RR-461617\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
       + base64.encodebytes("Ваше сообщение\r\n\r\n  Кому: Лукьянов Геннадий\r\n  Тема: Заявка 461617 Лесная 7\r\n  Отправлено: 19.11.2026 8:35\r\n\r\nбыло прочитано 20.11.2026 13:02.".encode("utf-8")).decode().replace("\n", "\r\n")
       + "\r\n--RR-461617\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: vekovusha-servis.ru; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;lukyanov@vekovusha-servis.ru\r\nOriginal-Message-ID: <disp.461617.1@zakazchik-omis.ru>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--RR-461617--\r\n"),
  extra=[("X-Mailer", "Microsoft Outlook 16.0")])

L(dec("461617", ["2"], S_OFF, "second position ready, left 9:50"), "2026-11-23 10:00", "Re: 461617-2",
  "по второй на лесной 461617 все готово гена звонил в 9 50 уехали подъемник опять брали на два часа мороз минус двадцать вода на стеклах замерзала так что спиртом мыли")

L(rev("invoice/price talk, INN/KPP numbers"), "2026-11-20 17:30", "счет за ноябрь",
  "оля добрый вечер отправляю вам счет 1187 от 20.11 на 48 500 руб за ноябрь по садовой и ленина инн 5406781123 кпп 540601001 посмотрите пожалуйста там цена за светильники новая с поставщиком договорились иначе ну вы понимаете все дорожает")

L(ign("delivery failure report (bounce) from contractor's mail server"), "2026-11-21 09:14", "Undelivered Mail Returned to Sender",
  frm=MD, fname="Mail Delivery System", cs="utf-8",
  raw=(['Content-Type: multipart/report; report-type=delivery-status; boundary="BNC-5521"'],
       "--BNC-5521\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThis is the mail system at host mx1.vekovusha-servis.ru.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<kolya@vekovusha-servis.ru>: host mx1.vekovusha-servis.ru said: 550 5.1.1\r\n    User unknown (in reply to RCPT TO command)\r\n"
       "\r\n--BNC-5521\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx1.vekovusha-servis.ru\r\n\r\nFinal-Recipient: rfc822; kolya@vekovusha-servis.ru\r\nAction: failed\r\nStatus: 5.1.1\r\n"
       "\r\n--BNC-5521\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: dispatch@zakazchik-omis.ru\r\nTo: kolya@vekovusha-servis.ru\r\nSubject: =?utf-8?b?0JfQsNGP0LLQutCwIDQ2MTYxNw==?=\r\nDate: Sat, 21 Nov 2026 09:13:50 +0300\r\n\r\n--BNC-5521--\r\n"),
  extra=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- 461744 Молодёжная 1
L(dec("461744", [], S_ACC, "all four positions accepted"), "2026-11-23 09:50", "молодежная 1 заявка 461744",
  "приняли все четыре позиции молодежная 1 генеральная уборка это мы любим девочек возьму четверых а то одни не управятся")

L(ign("calendar meeting response generated by Outlook"), "2026-11-23 11:20", "Принято: Совещание с подрядчиками 26.11",
  frm=OFF, fname="Вековуша-Сервис офис", cs="utf-8",
  raw=(['Content-Type: multipart/alternative; boundary="CAL-2611"'],
       "--CAL-2611\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
       + base64.encodebytes("Вековуша-Сервис офис принял(а) это приглашение.".encode("utf-8")).decode().replace("\n", "\r\n")
       + "\r\n--CAL-2611\r\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\r\nContent-Transfer-Encoding: 7bit\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:office@vekovusha-servis.ru\r\nDTSTART:20261126T070000Z\r\nDTEND:20261126T080000Z\r\nSUMMARY:Accepted\r\nUID:461-meeting-2611@zakazchik-omis.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n\r\n--CAL-2611--\r\n"),
  extra=[("X-Mailer", "Microsoft Outlook 16.0")])

L(dec("461744", ["1", "2"], S_WAY, "выехали НА молодежную (towards)"), "2026-11-24 08:00", "461744 поз 1,2",
  "выехали на молодежную по поз 1 и поз 2 девочки в газели коля за рулем я дома на телефоне если что")

html_alt = ("<div>п1 п2 на месте с 9 30 а то вы звонили я не слышала телефон в сумке был</div>"
            "<div>&nbsp;</div><div>-- <br>Зинаида Заборская</div>")
L(dec("461744", ["1", "2"], S_ON, "multipart/alternative; п1 п2 на месте"), "2026-11-24 11:00", "Re: 461744 поз 1,2",
  "п1 п2 на месте с 9 30 а то вы звонили я не слышала телефон в сумке был\n\n--\nЗинаида Заборская",
  html="<html><body>" + html_alt + "</body></html>", alt=True)

L(dec("461744", ["1", "2"], S_OFF, "уехали С молодежной по 1 и 2; 3 and 4 planned"), "2026-11-24 17:00", "Re: Re: 461744 поз 1,2",
  "уехалии с молодежной по 1 и 2 позиции а 3 и 4 в среду потому что там ремонт у соседей и пыль летит смысла мыть нет пока они не закончат")

L(rev("mistaken 'проверка' to test new phone"), "2026-11-24 20:41", "проверка",
  "проверка" + SIG, cs="utf-8", cte="base64")

L(dec("461744", ["3"], S_WAY, "в дороге по третьей позиции"), "2026-11-25 08:10", "молодежная 461744 (3)",
  "гена в дороге на молодежную по третьей позиции девочки тоже с ним будут к девяти туман такой что ничего не видно еле едут")

L(ign("bulk promo mail from contractor's own mailing"), "2026-11-25 10:00", "Скидка 20% на мойку окон до конца года!",
  frm=INFO, fname="Вековуша-Сервис", cs="utf-8", cte="base64",
  html="<html><body><h2>Дорогие клиенты!</h2><p>До 31 декабря скидка 20% на мойку окон и генеральную уборку. Звоните: 8-913-452-17-06.</p><p><a href=\"https://vekovusha-servis.ru/unsubscribe?id=8841\">Отписаться от рассылки</a></p></body></html>",
  extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://vekovusha-servis.ru/unsubscribe?id=8841>"), ("X-Mailer", "UniSender")])

L(dec("461744", ["3", "4"], S_ON, "на месте по 3 и 4"), "2026-11-25 09:20", "Re: молодежная 461744 (3)",
  "на месте по 3 и 4 все вместе пыль у соседей закончилась слава богу",
  cte="quoted-printable")

L(dec("461744", ["3", "4"], S_OFF, "third and fourth finished, crew left"), "2026-11-25 16:40", "Re: Re: молодежная 461744 (3)",
  "третью и четвертую закончили уехали все в 16 20 девчонки устали ужастно четыре этажа это не шутки я им премию дам",
  extra=[])

L(rev("address only (Садовая), no number; about a forgotten bucket"), "2026-11-26 09:30", "ведро",
  "оля здравствуйте коля на садовую 14 заезжал за ведром а его нет может уборщица ваша взяла оранжевое такое")

L(dec("461209", ["1"], S_OFF, "late report: first position of Радуга finished and left; number in words partly"), "2026-11-11 09:05", "радуга первая",
  "я вчера в табличке гениной не поняла а он говорит по радуге по заявке четыреста шестьдесят одна тысяча двести девять первую позицию вчера закончили и уехали в 13 30 так что первая все")

L(ign("second Mail.ru vacation auto-reply"), "2026-11-21 08:00", "Автоответ: Re: 461617",
  "Здравствуйте! Я в отъезде до 22 ноября. По срочным вопросам звоните Геннадию 8-913-452-17-10.\nЗинаида Заборская",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

L(rev("asks whether to come to Mira again - question, no status"), "2026-11-12 17:15", "Re: 461263",
  "оля а на мира 27 нам еще раз приезжать или нет там жильцы звонили говорят в мусорокамере опять насыпали я не знаю это уже новая заявка или по старой 461263 напишите мне пожалуйста")

L(dec("461530", ["3"], S_ON, "windows-1251 8bit; третья позиция на месте (before departure letter)"), "2026-11-18 12:40", "Re: 461530 П1 П2",
  "и по третьей позиции на советской тоже гена уже там на месте с 12 часов дверь в подсобку снимает петли новые ставит",
  cte="8bit")

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REG, f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
