#!/usr/bin/env python3
"""Generator for the HA corpus: duty dispatcher of a lift maintenance firm (Omsk).
Standard library only. Writes registry.json, labels.json and letters/NNN.eml."""
import json, os
from datetime import datetime, timezone, timedelta
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.message import Message
from email.utils import format_datetime, formataddr
from email import message_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
os.makedirs(LET, exist_ok=True)

OMSK = timezone(timedelta(hours=6))
MSK = timezone(timedelta(hours=3))
DOM = "sibliftservis-irtysh.ru"
TO = "dispatch@zakazchik-omis.ru"

GA = ("Ахметова Гульнара", "g.akhmetova@" + DOM)
DISP = ("Диспетчерская СибЛифтСервис", "disp@" + DOM)
GMAIL = ("Гульнара", "gulya.akhmetova84@mail.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «СибЛифтСервис-Иртыш»",
        "emails": ["g.akhmetova@" + DOM, "disp@" + DOM, "gulya.akhmetova84@mail.ru",
                   "i.lapshin@" + DOM, "kornilov.s@" + DOM, "eremin.a@" + DOM, "shamsutdinov.r@" + DOM, "news@" + DOM,
                   "MAILER-DAEMON@" + DOM],
        "domains": [DOM],
    },
    "requests": [
        {"number": "474018", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:15:00+06:00",
         "comment": "ул. Лукашевича 14 к.2, ПП в подъездах 1, 2, 3 (поз. = подъезд)"},
        {"number": "474093", "positions": ["1", "2"], "registered_at": "2026-11-03T09:40:00+06:00",
         "comment": "пр. Мира 61: поз.1 ПП (двери), поз.2 ГП (вызывной пост 3 эт.)"},
        {"number": "474157", "positions": ["1"], "registered_at": "2026-11-04T07:55:00+06:00",
         "comment": "ул. 70 лет Октября 25 к.3, один ПП, рег. № 55-007719"},
        {"number": "474230", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T10:20:00+06:00",
         "comment": "ул. Красный Путь 101, ПП подъезды 1-4"},
        {"number": "474311", "positions": ["1", "2"], "registered_at": "2026-11-06T13:05:00+06:00",
         "comment": "ТЦ, ул. Масленникова 62: поз.1 ГП, поз.2 ПП"},
        {"number": "474386", "positions": ["1"], "registered_at": "2026-11-09T08:30:00+06:00",
         "comment": "поликлиника, ул. Багратиона 19, ПП"},
        {"number": "474452", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T11:00:00+06:00",
         "comment": "ул. Заозёрная 11, ПП подъезды 1-3"},
        {"number": "474519", "positions": ["1", "2"], "registered_at": "2026-11-12T07:45:00+06:00",
         "comment": "школа, ул. Нефтезаводская 30, два ПП"},
        {"number": "474604", "positions": ["01", "02", "03"], "registered_at": "2026-11-13T09:00:00+06:00",
         "comment": "ул. Дианова 7, ПП 01, 02, 03"},
        {"number": "474677", "positions": ["1", "2"], "registered_at": "2026-11-16T09:10:00+06:00",
         "comment": "ул. Конева 12, ПП подъезды 1, 2"},
        {"number": "474745", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T08:00:00+06:00",
         "comment": "Бульвар Архитекторов 3, ПП подъезды 1-3"},
        {"number": "474862", "positions": ["1"], "registered_at": "2026-11-20T10:30:00+06:00",
         "comment": "адм. здание, ул. Ленина 18, ПП"},
        {"number": "474931", "positions": ["1", "2"], "registered_at": "2026-11-23T07:50:00+06:00",
         "comment": "ул. Волгоградская 26, ПП подъезды 1, 2"},
    ],
}

SIG_TAB = "\n\n--\nОтправлено с планшета"
SIG_OFF = ("\n\nС уважением,\nАхметова Г.Р.\nдиспетчер ООО «СибЛифтСервис-Иртыш»\n"
           "тел. 8 (3812) 48-07-16")

LETTERS = []
LABELS = {}


def L(n, expect, request=None, positions=None, status=None, note=""):
    d = {"expect": expect}
    if expect == "decided":
        d.update(request=request, positions=positions, status=status)
    d["note"] = note
    LABELS["%03d.eml" % n] = d


def text_part(text, subtype="plain", charset="utf-8", cte="8bit"):
    cs = Charset(charset)
    cs.body_encoding = {"base64": BASE64, "qp": QP, "8bit": None}[cte]
    return MIMEText(text, subtype, cs)


def hdr(s, charset="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode()


def finish(n, msg, frm, dt, subject, charset="utf-8", extra=None, tz=OMSK):
    name, addr = frm
    saved = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in saved):
        del msg[k]
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    msg["From"] = formataddr((name, addr), charset=charset if charset != "koi8-r" else "koi8-r")
    msg["To"] = TO
    msg["Subject"] = hdr(subject, charset)
    d = datetime(*dt, tzinfo=tz)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s.%03d.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), n, "ha", addr.split("@")[1])
    for k, v in (extra or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in saved:
        if k != "MIME-Version":
            msg[k] = v
    LETTERS.append((n, msg))


def plain(n, frm, dt, subject, body, charset="utf-8", cte="8bit", extra=None, tz=OMSK):
    m = text_part(body, "plain", charset, cte)
    finish(n, m, frm, dt, subject, charset, extra, tz)


def html(n, frm, dt, subject, body_html, charset="utf-8", cte="qp", extra=None):
    m = text_part(body_html, "html", charset, cte)
    finish(n, m, frm, dt, subject, charset, extra)


def alt(n, frm, dt, subject, body, body_html, charset="utf-8", cte="base64", extra=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(body, "plain", charset, cte))
    m.attach(text_part(body_html, "html", charset, cte))
    finish(n, m, frm, dt, subject, charset, extra)


def H(s):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>"
            "<body style=\"font-family:Arial;font-size:10pt\">" + s + "</body></html>")


# ---------------------------------------------------------------- 474018
plain(1, GA, (2026, 11, 2, 8, 42), "RE: Заявка № 474018 Лукашевича 14 к2",
      "Приняли. Мех. Корнилов С., после 10 будет, сейчас на аварийке на Степанца." + SIG_OFF +
      "\n\n-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\n"
      "Sent: Monday, November 2, 2026 8:15 AM\nTo: g.akhmetova@" + DOM + "\n"
      "Subject: Заявка № 474018 Лукашевича 14 к2\n\n"
      "Зарегистрирована заявка № 474018. Адрес: ул. Лукашевича 14 корп.2, подъезды 1, 2, 3.\n"
      "ПП стоят / периодически останавливаются. Просьба подтвердить принятие.\n",
      charset="windows-1251", cte="qp")
L(1, "decided", "474018", [], "заявка принята", "Приняли, whole request; original message quoted below")

plain(2, DISP, (2026, 11, 2, 10, 5), "474018 п.1",
      "Корнилов выехал на Лукашевича 14/2, 1 подъезд, ПП рег.№ 55-011482" + SIG_TAB)
L(2, "decided", "474018", ["1"], "подрядчик в пути", "выехал, п.1 in subject and body; reg no. is not a request")

plain(3, DISP, (2026, 11, 2, 10, 7), "испр: 474018 п.2",
      "Поправка!! не 1-й а 2-й подъезд, перепутала. ПП рег № 55-011483. Корнилов едет туда." + SIG_TAB)
L(3, "decided", "474018", ["2"], "подрядчик в пути", "correction of previous letter: position 2, едет")

plain(4, DISP, (2026, 11, 2, 10, 41), "Fwd: 474018",
      "пересылаю смс мех.:\n«Лукаш 14/2 под 2 на месте. застрял м/у 5-6 эт, людей нет, эвакуацию не делал»")
L(4, "decided", "474018", ["2"], "подрядчик на месте", "pasted mechanic SMS: под 2 на месте")

plain(5, DISP, (2026, 11, 2, 12, 20), "474018 (2)",
      "готово, ПП 2 подъезд отремонтирован, пущен в работу. Причина - ДШ 5 эт., заменили.\n"
      "Мех. уехал на след. адрес", cte="base64")
L(5, "decided", "474018", ["2"], "подрядчик убыл", "готово / уехал, position in brackets in subject")

plain(6, DISP, (2026, 11, 3, 9, 0), "474018 1 и 3 под.",
      "По Лукашевича 1 и 3 подъезд сегодня после 14ч, мех сейчас на Мира. Г.")
L(6, "review", note="plan only (после 14ч), nothing happened yet")

plain(7, DISP, (2026, 11, 3, 15, 30), "Re: 474018 1 и 3 под.",
      "сделали оба, П1 и П3 запущены, жалоб нет. Корнилов свободен.\n\n"
      "03.11.2026 9:00, Диспетчерская СибЛифтСервис пишет:\n"
      "> По Лукашевича 1 и 3 подъезд сегодня после 14ч, мех сейчас на Мира. Г.\n")
L(7, "decided", "474018", ["1", "3"], "подрядчик убыл", "П1 и П3 запущены, мех. свободен; quote is the old plan")

plain(76, DISP, (2026, 11, 3, 14, 20), "Лукашевича",
      "Мех. на месте на Лукашевича, смотрит 1-й подъезд" + SIG_TAB)
L(76, "review", note="no request number at all (only street)")

# ---------------------------------------------------------------- 474093
plain(8, GA, (2026, 11, 3, 9, 58), "RE: Заявка 474093",
      "Добрый день. Заявку 474093 взяли в работу, мех. Бабенко Д." + SIG_OFF +
      "\nИНН 5504187362 КПП 550401001\n\n"
      "От: Диспетчерская <dispatch@zakazchik-omis.ru>\nОтправлено: 3 ноября 2026 г. 9:40\n"
      "Кому: g.akhmetova@" + DOM + "\nТема: Заявка 474093\n\n"
      "Заявка 474093, пр. Мира 61: поз.1 ПП - не закрываются двери; поз.2 ГП - не работает вызывной пост 3 эт.\n",
      charset="windows-1251", cte="qp")
L(8, "decided", "474093", [], "заявка принята", "взяли в работу; INN/KPP are not requests")

plain(9, GA, (2026, 11, 3, 11, 15), "RE: RE: Заявка 474093",
      "Бабенко на месте, ГП (поз 2).\n\n-----Original Message-----\nFrom: Ахметова Гульнара\n"
      "Sent: Tuesday, November 03, 2026 9:58 AM\nTo: dispatch@zakazchik-omis.ru\nSubject: RE: Заявка 474093\n\n"
      "Добрый день. Заявку 474093 взяли в работу, мех. Бабенко Д.\n",
      charset="windows-1251", cte="qp")
L(9, "decided", "474093", ["2"], "подрядчик на месте", "new text: на месте поз 2; quoted 'взяли в работу' is history")

plain(10, DISP, (2026, 11, 3, 13, 50), "474093",
      "ГП (поз 2) сделали - замена кнопки вызова КВ-4 на 3 эт, работает.\n"
      "ПП (поз.1) завтра с утра, сегодня не успеваем." + SIG_TAB)
L(10, "decided", "474093", ["2"], "подрядчик убыл", "поз 2 done, поз 1 only planned")

plain(11, DISP, (2026, 11, 4, 8, 20), "474093 поз1",
      "Бабенко выезжает на Мира 61 по ПП, минут 25.")
L(11, "decided", "474093", ["1"], "подрядчик в пути", "выезжает, будет через 25 мин")

plain(12, DISP, (2026, 11, 4, 9, 35), "Fwd: 474093-1",
      "смс от Бабенко:\n\"Мира61 ПП прибыл 9.30 двери разбираю\"" + SIG_TAB)
L(12, "decided", "474093", ["1"], "подрядчик на месте", "pasted SMS прибыл; position after dash in subject")

plain(13, DISP, (2026, 11, 4, 11, 10), "474093-1 закрыто",
      "ПП на Мира отремонтировали, ремень привода дверей поменяли (арт. 5М-710). Бабенко уехал.",
      cte="qp")
L(13, "decided", "474093", ["1"], "подрядчик убыл", "отремонтировали, уехал; part no. is not a request")

# ---------------------------------------------------------------- 474157
plain(14, DISP, (2026, 11, 4, 8, 5), "Re: Заявка 474157 70 лет Октября 25/3",
      "Приняла. Шамсутдинов поедет." + SIG_TAB)
L(14, "decided", "474157", [], "заявка принята", "number only in Re: subject")

plain(15, GA, (2026, 11, 4, 8, 40), "наряд 474157",
      "По наряду 474157 мех. Шамсутдинов Р. выдвинулся, а/м Р 347 КМ 55,\n"
      "тел. +7 913 654-22-18. Будет ~30 мин.\n\nАхметова Г.",
      charset="koi8-r", cte="8bit")
L(15, "decided", "474157", [], "подрядчик в пути", "выдвинулся; phone/plate are not requests; KOI8-R")

html(16, DISP, (2026, 11, 4, 9, 25), "Re: 474157 выехал",
     H("<p>Прибытие 09:20.</p><p>Шамсутдинов на объекте, лифт рег.&nbsp;№&nbsp;55-007719 на осмотре.</p>"
       "<br><blockquote style=\"border-left:1px solid #ccc;padding-left:6px\">"
       "По наряду 474157 мех. Шамсутдинов Р. выдвинулся, а/м Р 347 КМ 55</blockquote>"))
L(16, "decided", "474157", [], "подрядчик на месте", "HTML only; subject says выехал but body reports arrival")

plain(17, DISP, (2026, 11, 4, 11, 45), "474157",
      "Убытие 11:40. Лифт запущен, откл. по ловителям - ложное срабатывание, отрегулировано.\n"
      "Акт № 1187 оставили старшему по дому.")
L(17, "decided", "474157", [], "подрядчик убыл", "убытие 11:40; act number not a request")

# ---------------------------------------------------------------- 474230
plain(18, DISP, (2026, 11, 5, 10, 31), "474230",
      "474230 принята, все 4 лифта посмотрим сегодня-завтра, мех. Ерёмин + стажёр" + SIG_TAB,
      cte="base64")
L(18, "decided", "474230", [], "заявка принята", "принята, whole request")

alt(19, DISP, (2026, 11, 5, 13, 0), "Красный Путь 101 - 474230",
    "Кр. Путь 101, заявка 474230\nпоз.1 (1 под., рег. 55-009341) - на месте с 12:40\n"
    "поз.2 (2 под., рег. 55-009342) - на месте с 12:40\nмех. Ерёмин",
    H("<p>Кр. Путь 101, заявка 474230</p>"
      "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
      "<tr><th>Поз.</th><th>Подъезд</th><th>Рег. №</th><th>Статус</th></tr>"
      "<tr><td>1</td><td>1</td><td>55-009341</td><td>на месте с 12:40</td></tr>"
      "<tr><td>2</td><td>2</td><td>55-009342</td><td>на месте с 12:40</td></tr>"
      "</table><p>мех. Ерёмин</p>"))
L(19, "decided", "474230", ["1", "2"], "подрядчик на месте", "table row per position, both на месте")

plain(20, DISP, (2026, 11, 5, 16, 40), "474230",
      "474230: 1, 2 готовы (пуск 16:30). 3, 4 - завтра утром.")
L(20, "decided", "474230", ["1", "2"], "подрядчик убыл", "1,2 готовы; 3,4 only planned")

plain(21, DISP, (2026, 11, 6, 8, 50), "Re: 474230",
      "Выехали на Кр. Путь по 3 и 4.\nЕрёмин" + SIG_TAB)
L(21, "decided", "474230", ["3", "4"], "подрядчик в пути", "number only in Re: subject; выехали НА объект")

plain(22, DISP, (2026, 11, 6, 10, 15), "474230 п3 п4",
      "474230 п.3 - мех. на месте, п.4 - стажёр ещё в дороге (пробка на Ленинградском мосту)")
L(22, "review", note="different statuses for different positions (3 на месте, 4 в пути)")

plain(23, DISP, (2026, 11, 6, 14, 30), "474230 П3 П4",
      "работы завершены, оба пущены. ЕРЁМИН УБЫЛ")
L(23, "decided", "474230", ["3", "4"], "подрядчик убыл", "работы завершены, caps")

# ---------------------------------------------------------------- 474311
plain(24, GA, (2026, 11, 6, 13, 20), "по заявке 474311",
      "по заявке №474311 (ТЦ Масленникова 62) - приняли, Ерёмин после Кр. Пути подъедет." + SIG_OFF,
      charset="windows-1251", cte="base64")
L(24, "decided", "474311", [], "заявка принята", "приняли; подъедет is a plan")

plain(25, ("Лапшин Игорь Викторович", "i.lapshin@" + DOM), (2026, 11, 6, 13, 22),
      "Автоматический ответ: Заявка 474311",
      "Здравствуйте!\nЯ нахожусь в отпуске до 16.11.2026. По срочным вопросам - "
      "диспетчерская 8 (3812) 48-07-16, disp@" + DOM + ".\n\nЛапшин И.В., гл. инженер",
      charset="windows-1251", cte="qp",
      extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "In-Reply-To": "<z474311.reg@zakazchik-omis.ru>"})
L(25, "ignored", note="out-of-office auto-reply")

plain(26, DISP, (2026, 11, 6, 15, 0), "474311 ГП (1)",
      "Ерёмин на объекте, ждёт ключ от машинного у охраны ТЦ." + SIG_TAB)
L(26, "decided", "474311", ["1"], "подрядчик на месте", "на объекте, position in brackets in subject")

plain(27, DISP, (2026, 11, 6, 18, 10), "Re: 474311 ГП (1)",
      "ГП (п.1) запустили, ПП (п.2) заодно проверили - всё ок. Ерёмин уехал 18:05\n\n"
      "> Ерёмин на объекте, ждёт ключ от машинного у охраны ТЦ.\n")
L(27, "decided", "474311", ["1", "2"], "подрядчик убыл", "both positions done, уехал 18:05")

# ---------------------------------------------------------------- 474386
plain(28, DISP, (2026, 11, 9, 8, 50), "474386 поликлиника",
      "принято в работу 474386 (поликлиника Багратиона 19)")
L(28, "decided", "474386", [], "заявка принята", "принято в работу")

plain(29, DISP, (2026, 11, 9, 9, 5), "474386",
      "474386 - мех. ещё не выехал, задерживается на аварийке, ориентир 11:00" + SIG_TAB)
L(29, "review", note="negation: ещё не выехал")

plain(30, DISP, (2026, 11, 9, 10, 40), "Багратиона 19 (474386)",
      "едет, будет минут через 20. Бабенко тел 8-923-045-71-30")
L(30, "decided", "474386", [], "подрядчик в пути", "едет, будет через 20 мин; number in brackets after address")

plain(31, DISP, (2026, 11, 9, 13, 15), "474386",
      "474386 отработали. Лифт в норм. режиме, мех. Бабенко освободился.", cte="base64")
L(31, "decided", "474386", [], "подрядчик убыл", "отработали, освободился; base64")

plain(32, GA, (2026, 11, 10, 9, 0), "по 474386 вопрос",
      "по 474386 вопрос - кто подписывает акт? в регистратуре сказали не их, завхоза нет.\n"
      "Акт № 1204 у мех., подскажите кому отдать." + SIG_OFF,
      charset="windows-1251", cte="qp")
L(32, "review", note="question about act signature, no status")

# ---------------------------------------------------------------- 474452
plain(33, DISP, (2026, 11, 10, 11, 12), "Re: заявка 474452",
      "Принято. 474452")
L(33, "decided", "474452", [], "заявка принята", "Принято")

plain(34, DISP, (2026, 11, 10, 12, 30), "Заозерная 11 (474452)",
      "под. 1, 2 - выехал Корнилов" + SIG_TAB)
L(34, "decided", "474452", ["1", "2"], "подрядчик в пути", "выехал")

plain(35, DISP, (2026, 11, 10, 13, 10), "474452",
      "Корнилов прибыл, 1 и 2 под.")
L(35, "decided", "474452", ["1", "2"], "подрядчик на месте", "прибыл")

plain(36, GA, (2026, 11, 10, 15, 55), "474452 Заозерная",
      "По первой закончили, лифт пущен.\nВторая - плата УКЛ сгорела, ждём запчасть, дозаказ через склад,"
      " сроки сообщу." + SIG_OFF, charset="windows-1251", cte="qp")
L(36, "decided", "474452", ["1"], "подрядчик убыл", "первая закончена, вторая ждёт запчасть (nothing)")

plain(37, DISP, (2026, 11, 11, 10, 0), "474452 п3",
      "474452 п3 - мех. на месте")
L(37, "decided", "474452", ["3"], "подрядчик на месте", "на месте п3")

plain(39, DISP, (2026, 11, 11, 12, 40), "474452",
      "474452 третий подъезд - готово" + SIG_TAB)
L(39, "decided", "474452", ["3"], "подрядчик убыл", "готово, третий подъезд")

plain(38, DISP, (2026, 11, 11, 12, 45), "474452 4 под.",
      "по 474452 ещё 4-й подъезд жильцы просят, мех. на месте, посмотрит")
L(38, "review", note="position 4 does not exist in request 474452")

plain(40, DISP, (2026, 11, 12, 9, 10), "474452-2",
      "474452-2 сделано, плату поставили (УКЛ-М, s/n 07731)", cte="qp")
L(40, "decided", "474452", ["2"], "подрядчик убыл", "сделано; serial number not a request")

# ---------------------------------------------------------------- 474519
plain(41, DISP, (2026, 11, 12, 8, 0), "Заявка 474519",
      "Заявка 474519 принята (школа, Нефтезаводская 30)")
L(41, "decided", "474519", [], "заявка принята", "принята")

mdn = MIMEMultipart("report", report_type="disposition-notification")
mdn.attach(text_part("Ваше сообщение\n\n  Кому: g.akhmetova@" + DOM + "\n  Тема: Заявка 474519\n"
                     "  Отправлено: 12.11.2026 7:45\n\nбыло прочитано 12.11.2026 8:01.",
                     "plain", "windows-1251", "qp"))
dn = Message()
dn["Content-Type"] = "message/disposition-notification"
dn.set_payload("Reporting-UA: " + DOM + "; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;g.akhmetova@" + DOM +
               "\r\nOriginal-Message-ID: <z474519.reg@zakazchik-omis.ru>\r\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
mdn.attach(dn)
finish(42, mdn, GA, (2026, 11, 12, 8, 1), "Прочитано: Заявка 474519", "windows-1251")
L(42, "ignored", note="read receipt (MDN)")

plain(43, DISP, (2026, 11, 12, 9, 30), "474519",
      "474519 поз.1 и поз.2 - выехали, Шамсутдинов + Ерёмин" + SIG_TAB, cte="base64")
L(43, "decided", "474519", ["1", "2"], "подрядчик в пути", "выехали")

alt(44, DISP, (2026, 11, 12, 10, 20), "Re: 474519",
    "Прибыли 10:15 на Нефтезаводскую 30. п.1,2",
    H("<div>Прибыли 10:15 на Нефтезаводскую 30. п.1,2</div><div><br></div>"
      "<div>-- <br>Отправлено с планшета</div>"))
L(44, "decided", "474519", ["1", "2"], "подрядчик на месте", "прибыли; multipart/alternative")

plain(45, DISP, (2026, 11, 12, 14, 0), "474519",
      "474519 п.1 уехали, п.2 продолжают, там привод")
L(45, "review", note="different statuses for different positions (1 убыл, 2 на месте)")

plain(46, DISP, (2026, 11, 12, 16, 30), "474519 п2",
      "завершили, ушли. Привод перебрали.")
L(46, "decided", "474519", ["2"], "подрядчик убыл", "завершили, ушли")

# ---------------------------------------------------------------- 474604
plain(47, GA, (2026, 11, 13, 9, 20), "RE: Заявка 474604",
      "Взяли, мех. Шамсутдинов." + SIG_OFF + "\n\n"
      "________________________________\n"
      "От: Диспетчерская <dispatch@zakazchik-omis.ru>\nОтправлено: 13 ноября 2026 г. 9:00\n"
      "Кому: Ахметова Гульнара\nТема: Заявка 474604\n\n"
      "Заявка 474604, ул. Дианова 7: ПП 01, 02, 03 - шум, рывки при остановке.\n",
      charset="windows-1251", cte="base64")
L(47, "decided", "474604", [], "заявка принята", "Взяли; Outlook header block below")

plain(48, DISP, (2026, 11, 13, 11, 0), "474604 (01)", "в пути")
L(48, "decided", "474604", ["01"], "подрядчик в пути", "position in brackets in subject")

plain(49, DISP, (2026, 11, 13, 11, 45), "474604",
      "474604 поз. 01 на месте, рег.№ 55-020311" + SIG_TAB)
L(49, "decided", "474604", ["01"], "подрядчик на месте", "на месте")

plain(50, GA, (2026, 11, 13, 15, 20), "474604 Дианова 7",
      "474604 - все три лифта (01, 02, 03) проверены и запущены, мех. уехал.\n\nАхметова Г.",
      charset="koi8-r", cte="qp")
L(50, "decided", "474604", ["01", "02", "03"], "подрядчик убыл", "все три проверены, уехал")

# ---------------------------------------------------------------- 474677
bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(text_part(
    "This is the mail system at host mx1." + DOM + ".\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
    "<v.pechkin@" + DOM + ">: user unknown\n", "plain", "us-ascii", "8bit"))
ds = Message()
ds["Content-Type"] = "message/delivery-status"
b1 = Message(); b1["Reporting-MTA"] = "dns; mx1." + DOM
b1["Arrival-Date"] = "Mon, 16 Nov 2026 09:10:04 +0600"
b2 = Message(); b2["Final-Recipient"] = "rfc822; v.pechkin@" + DOM
b2["Original-Recipient"] = "rfc822;v.pechkin@" + DOM
b2["Action"] = "failed"; b2["Status"] = "5.1.1"
b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <v.pechkin@" + DOM + ">: Recipient address rejected: User unknown"
ds.set_payload([b1, b2])
bounce.attach(ds)
orig = text_part("Заявка 474677, ул. Конева 12, ПП подъезды 1, 2.", "plain", "utf-8", "base64")
orig["From"] = TO
orig["To"] = "v.pechkin@" + DOM
orig["Subject"] = hdr("Заявка 474677")
orig["Date"] = "Mon, 16 Nov 2026 09:10:00 +0600"
bounce.attach(MIMEMessage(orig))
finish(51, bounce, ("Mail Delivery System", "MAILER-DAEMON@" + DOM), (2026, 11, 16, 9, 12),
       "Undelivered Mail Returned to Sender", "us-ascii", {"Auto-Submitted": "auto-replied"})
L(51, "ignored", note="bounce (delivery status notification)")

plain(52, DISP, (2026, 11, 16, 9, 35), "474677",
      "474677 приняли. Печкин у нас больше не работает, пишите на disp@" + DOM)
L(52, "decided", "474677", [], "заявка принята", "приняли")

plain(53, DISP, (2026, 11, 16, 10, 50), "Fwd: Конева 12 (474677)",
      "\n\n-------- Пересылаемое сообщение --------\n16.11.2026, 10:47, \"Ерёмин А.\" <eremin.a@" + DOM + ">:\n\n"
      "Конева 12 1 под. ПП прибыл, кабина на 9 эт стоит\n\n-- \nОтправлено из Почты Mail.ru\n"
      "-------- Конец пересылаемого сообщения --------\n")
L(53, "decided", "474677", ["1"], "подрядчик на месте", "forwarded mechanic's mail: прибыл, 1 под.")

plain(54, DISP, (2026, 11, 16, 12, 10), "474677",
      "Конева 12, 1-й подъезд: заменили ролики башмаков, лифт пущен. 2-й позже." + SIG_TAB)
L(54, "decided", "474677", ["1"], "подрядчик убыл", "result: replaced, лифт пущен; 2-й only later")

plain(77, DISP, (2026, 11, 16, 15, 0), "заявка 474500",
      "заявка 474500 - Конева 14 - принята, мех. завтра")
L(77, "review", note="474500 is not in the registry")

plain(55, DISP, (2026, 11, 17, 9, 40), "474677 2-й подъезд",
      "Ерёмин выехал из офиса на Конева.")
L(55, "decided", "474677", ["2"], "подрядчик в пути", "выехал ИЗ офиса НА объект = travelling")

plain(56, DISP, (2026, 11, 17, 12, 30), "Re: 474677 2-й подъезд",
      "Убыл с объекта 12:25, 2 под., всё работает\n\n"
      "17.11.2026 9:40, disp@" + DOM + ":\n> Ерёмин выехал из офиса на Конева.\n")
L(56, "decided", "474677", ["2"], "подрядчик убыл", "убыл с объекта; quote is old в пути")

# ---------------------------------------------------------------- 474745
html(57, GA, (2026, 11, 18, 8, 20), "Заявка 474745",
     H("<p>474745 принята.</p><p>Ахметова Г.Р.<br>диспетчер ООО &laquo;СибЛифтСервис-Иртыш&raquo;</p>"),
     charset="windows-1251", cte="base64")
L(57, "decided", "474745", [], "заявка принята", "HTML only, windows-1251 base64")

alt(58, ("СибЛифтСервис-Иртыш", "news@" + DOM), (2026, 11, 18, 9, 0),
    "Новости СибЛифтСервис: тарифы на ТО лифтов с 01.12.2026",
    "Уважаемые партнёры!\nС 01.12.2026 изменяются тарифы на техническое обслуживание лифтов.\n"
    "Приглашаем на вебинар 26.11.2026 в 11:00 по изменениям в ТР ТС 011/2011.\n\n"
    "Отписаться от рассылки: https://" + DOM + "/unsubscribe?id=55718",
    H("<h2>Уважаемые партнёры!</h2><p>С 01.12.2026 изменяются тарифы на техническое обслуживание лифтов.</p>"
      "<p>Приглашаем на вебинар 26.11.2026 в 11:00 по изменениям в ТР ТС 011/2011.</p>"
      "<p><a href=\"https://" + DOM + "/unsubscribe?id=55718\">Отписаться</a></p>"),
    extra={"Precedence": "bulk", "List-Unsubscribe": "<https://" + DOM + "/unsubscribe?id=55718>",
           "List-Id": "<partners." + DOM + ">"})
L(58, "ignored", note="bulk newsletter / mailing list")

plain(59, DISP, (2026, 11, 18, 10, 30), "Re: 474745-3",
      "ВЫЕХАЛИ, Корнилов, минут 15-20\n\n"
      "ДЗ> Подскажите, когда будет мех. по п.3? Лифт стоит с утра.\n"
      "ДЗ> Диспетчер Зайцева\n")
L(59, "decided", "474745", ["3"], "подрядчик в пути", "ВЫЕХАЛИ; quote with initials prefix is customer question")

plain(60, DISP, (2026, 11, 18, 11, 20), "474745 п3",
      "474745 п3 мех. нa мeстe")  # Latin a/e inside Cyrillic words
L(60, "decided", "474745", ["3"], "подрядчик на месте", "на месте with Latin look-alike letters")

plain(61, DISP, (2026, 11, 18, 13, 0), "474745",
      "474745 п.3 отремонтирован, Корнилов освободился" + SIG_TAB)
L(61, "decided", "474745", ["3"], "подрядчик убыл", "отремонтирован, освободился")

plain(62, DISP, (2026, 11, 19, 9, 0), "474745 поз 1,2",
      "по 474745 поз 1 и 2 - выедем завтра к 9, сегодня нет людей")
L(62, "review", note="plan: выедем завтра")

fw = text_part("Бульвар Архитекторов 3 п1 п2 на объекте с 9:10. Корнилов", "plain", "utf-8", "8bit")
fw["From"] = formataddr(("Корнилов Сергей", "kornilov.s@" + DOM), charset="utf-8")
fw["To"] = "disp@" + DOM
fw["Subject"] = hdr("474745")
fw["Date"] = "Fri, 20 Nov 2026 09:18:00 +0600"
fwm = MIMEMultipart("mixed")
fwm.attach(text_part("пересылаю от Корнилова", "plain", "utf-8", "8bit"))
fwm.attach(MIMEMessage(fw))
finish(63, fwm, DISP, (2026, 11, 20, 9, 25), "Fwd: 474745")
L(63, "decided", "474745", ["1", "2"], "подрядчик на месте", "forwarded as attachment: на объекте с 9:10")

plain(64, DISP, (2026, 11, 20, 12, 0), "474745 п.1,2",
      "завершение работ 11:55, лифты в работе")
L(64, "decided", "474745", ["1", "2"], "подрядчик убыл", "завершение работ 11:55")

# ---------------------------------------------------------------- 474862
plain(78, DISP, (2026, 11, 20, 10, 31), "Ваше обращение получено: Заявка 474862",
      "Это автоматическое уведомление.\nВаше письмо получено диспетчерской службой ООО «СибЛифтСервис-Иртыш».\n"
      "Диспетчер свяжется с вами в течение 30 минут. Аварийная служба круглосуточно: 8 (3812) 48-07-16.\n"
      "Пожалуйста, не отвечайте на это письмо.", cte="base64",
      extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"})
L(78, "ignored", note="automatic acknowledgement from the contractor's helpdesk robot")

plain(65, DISP, (2026, 11, 20, 10, 40), "Ленина 18 - 474862",
      "Ленина 18 - 474862 - приняли")
L(65, "decided", "474862", [], "заявка принята", "приняли")

cal = MIMEMultipart("alternative")
cal.attach(text_part("Ахметова Гульнара приняла приглашение.", "plain", "utf-8", "base64"))
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
       "METHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:g.akhmetova@" + DOM + "\r\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nDTSTART:20261120T060000Z\r\n"
       "DTEND:20261120T070000Z\r\nSUMMARY:Выезд по заявке 474862\r\nUID:474862-vyezd@zakazchik-omis.ru\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
cp = text_part(ics, "calendar", "utf-8", "base64")
cp.set_param("method", "REPLY")
cal.attach(cp)
finish(66, cal, GA, (2026, 11, 20, 10, 41), "Принято: Выезд по заявке 474862")
L(66, "ignored", note="calendar meeting response generated by Outlook")

plain(67, DISP, (2026, 11, 20, 11, 30), "474862",
      "474862 - мех. подъезжает, 5 мин")
L(67, "decided", "474862", [], "подрядчик в пути", "подъезжает, 5 мин")

plain(68, DISP, (2026, 11, 20, 14, 0), "474862 / 474745",
      "Бабенко по 474862 закончил, сейчас едет на Бульвар Архитекторов ещё раз глянуть 474745 п.2")
L(68, "review", note="two different requests in one letter")

plain(69, DISP, (2026, 11, 20, 14, 5), "474862",
      "474862 - лифт пущен, Бабенко ушёл с объекта 13:55" + SIG_TAB)
L(69, "decided", "474862", [], "подрядчик убыл", "quick follow-up with just one request: ушёл с объекта")

# ---------------------------------------------------------------- 474931
plain(70, ("Корнилов Сергей", "kornilov.s@" + DOM), (2026, 11, 23, 8, 5), "Автоответ: Заявка 474931",
      "Я на больничном до 27.11. Заявки - в диспетчерскую disp@" + DOM + ", тел. 48-07-16.\n"
      "This is an automatic reply.",
      extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})
L(70, "ignored", note="out-of-office auto-reply")

plain(71, GMAIL, (2026, 11, 23, 8, 10), "474931",
      "474931 принята, мех. Шамсутдинов. пишу с личной, рабочая почта висит\n\n--\nГульнара, СибЛифтСервис",
      cte="base64")
L(71, "decided", "474931", [], "заявка принята", "personal mailbox listed in registry")

plain(72, DISP, (2026, 11, 23, 9, 0), "Re: уточнение 474931",
      "Спасибо, получили ваше уточнение по 474931, подъезды поняла\n\n"
      "> Уточняем: по заявке 474931 лифты в подъездах 1 и 2, код домофона 26К.\n")
L(72, "review", note="acknowledgement of the customer's own message, no status")

plain(73, DISP, (2026, 11, 23, 10, 15), "Fwd: 474931 Волгоградская",
      "\n---------- Forwarded message ---------\nFrom: Шамсутдинов Р. <shamsutdinov.r@" + DOM + ">\n"
      "Date: пн, 23 нояб. 2026 г. в 10:12\nSubject: Волгоградская\nTo: <disp@" + DOM + ">\n\n"
      "Волгоградская 26 п1 п2 на месте, начинаю с первого\n")
L(73, "decided", "474931", ["1", "2"], "подрядчик на месте", "forwarded mechanic mail: на месте п1 п2")

plain(74, DISP, (2026, 11, 23, 13, 40), "474931 (1,2)",
      "сделано, мех. убыл" + SIG_TAB)
L(74, "decided", "474931", ["1", "2"], "подрядчик убыл", "сделано, убыл")

plain(75, GA, (2026, 11, 24, 10, 0), "по 474931 акт",
      "по 474931 - у вас в акте сверки неверная сумма, договор № 17/2026-Л от 12.01.2026, счёт 2291.\n"
      "Просьба исправить." + SIG_OFF, charset="windows-1251", cte="qp")
L(75, "review", note="price / paperwork talk, no status")

# ---------------------------------------------------------------- write
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
for n, msg in sorted(LETTERS, key=lambda x: x[0]):
    with open(os.path.join(LET, "%03d.eml" % n), "wb") as fh:
        fh.write(msg.as_bytes())
with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(dict(sorted(LABELS.items())), fh, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
