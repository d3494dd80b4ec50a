# -*- coding: utf-8 -*-
"""Generator of test letters for persona AM: ООО «ЭлектроСтрой-НН» (Нижний Новгород).

Three human voices:
  * owner  (Кудряшов С.В.)  - voice messages transcribed by a phone app, sent from his mailbox
  * engineer (Лапшин П.И.)  - Thunderbird, UTF-8, replies under the quote
  * secretary (Мартынова О.) - Outlook, windows-1251 / KOI8-R, forwards subcontractors' mail
plus a few machine letters (receipts, bounces, auto-replies, calendar, newsletter).

Run:  python3 make.py   -> letters/NNN.eml, labels.json, registry.json
"""
import base64
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone
from email import encoders
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
TZ = timezone(timedelta(hours=3))
RND = random.Random(47047)

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
OWNER = ("Сергей Кудряшов", "kudryashov@elstroy-nn.ru")
ENG = ("Павел Лапшин", "lapshin@elstroy-nn.ru")
SEC = ("Ольга Мартынова", "office@elstroy-nn.ru")
NEWS = ("ЭлектроСтрой-НН", "news@elstroy-nn.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@elstroy-nn.ru")

WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]

REGISTRY = {
    "contractor": {
        "name": "ООО «ЭлектроСтрой-НН»",
        "emails": ["kudryashov@elstroy-nn.ru", "lapshin@elstroy-nn.ru", "office@elstroy-nn.ru",
                   "news@elstroy-nn.ru", "MAILER-DAEMON@elstroy-nn.ru"],
        "domains": ["elstroy-nn.ru"],
    },
    "requests": [
        {"number": "47012", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ТРЦ «Волжский пассаж», Сормовское ш.: 1 - замена вводных автоматов ВРУ-0,4 кВ; 2 - аварийное освещение парковки"},
        {"number": "47038", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "Складской комплекс, г. Кстово, Промзона: 1 - КТП-630 осмотр/протяжка; 2 - КЛ-0,4 кВ поиск повреждения; 3 - освещение территории"},
        {"number": "47105", "positions": ["1"], "registered_at": "2026-11-05T13:00:00+03:00",
         "comment": "ОЦ «Нижегородский», ул. Белинского, 118: замена этажного щита 4 этажа"},
        {"number": "47163", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "БЦ «Кремлёвский»: замена освещения, поз. 1-4 = этажи 2-5"},
        {"number": "47220", "positions": ["1", "2"], "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "Производственный цех, г. Бор, ул. Луначарского: 1 - силовой щит ЩР-2; 2 - кабельная линия к станкам ЧПУ"},
        {"number": "47251", "positions": ["1"], "registered_at": "2026-11-10T12:00:00+03:00",
         "comment": "ТСЖ, ул. Родионова, 190: замена вводного автомата ВРУ дома"},
        {"number": "47307", "positions": ["1", "2"], "registered_at": "2026-11-11T14:00:00+03:00",
         "comment": "Магазин «Продмаркет», ул. Коминтерна (Сормово): 1 - щит освещения торгового зала; 2 - линия питания холодильных витрин"},
        {"number": "47388", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T09:00:00+03:00",
         "comment": "Котельная, г. Дзержинск: 1 - шкаф управления; 2 - подключение сетевого насоса; 3 - освещение"},
        {"number": "47412", "positions": ["1"], "registered_at": "2026-11-16T11:00:00+03:00",
         "comment": "Автосалон «Авто-Волга», Московское ш.: подсветка витрины и вывески"},
        {"number": "47560", "positions": ["1", "2"], "registered_at": "2026-11-18T10:00:00+03:00",
         "comment": "Гостиница «Октябрьская», Верхне-Волжская наб.: 1 - ГРЩ в подвале; 2 - этажный щит 3 этажа"},
        {"number": "47603", "positions": ["1", "2"], "registered_at": "2026-11-19T13:00:00+03:00",
         "comment": "ФОК «Заречный»: 1 - освещение чаши бассейна; 2 - освещение спортзала"},
        {"number": "47718", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T09:00:00+03:00",
         "comment": "Поликлиника, ул. Ванеева: 1 - ВРУ; 2 - освещение 1 этажа; 3 - щитовая рентгенкабинета"},
        {"number": "47845", "positions": ["1"], "registered_at": "2026-11-23T15:00:00+03:00",
         "comment": "Ресторан «Волга-Волга», ул. Рождественская: подключение кухонных плит"},
    ],
}

ENG_SIG = ("-- \nЛапшин Павел Игоревич\nинженер участка\nООО «ЭлектроСтрой-НН»\n"
           "моб. +7 920 254-47-16")
SEC_SIG = ("С уважением,\nОльга Мартынова\nсекретарь ООО «ЭлектроСтрой-НН»\n"
           "тел. +7 (831) 413-27-90\nИНН 5260471183 / КПП 526001001")

LETTERS = []  # (datetime, bytes-builder, label)


def dt(d, h, m, s=None):
    return datetime(2026, 11, d, h, m, RND.randint(0, 59) if s is None else s, tzinfo=TZ)


def cs(name, body, head=BASE64):
    c = Charset(name)
    c.body_encoding = body
    c.header_encoding = head
    return c


def koi_safe(text):
    for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N"), ("…", "...")):
        text = text.replace(a, b)
    return text


def set_common(msg, when, frm, subject, subj_cs, mid, to=DISPATCH, from_cs="utf-8"):
    msg["From"] = formataddr(frm, charset=from_cs)
    msg["To"] = formataddr(to, charset="utf-8")
    msg["Subject"] = Header(subject, subj_cs)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid
    msg["MIME-Version"] = "1.0"


def add(when, msg, label):
    LETTERS.append((when, msg, label))


def ru_long(when):
    return f"{WD[when.weekday()]}, {when.day} {MONTHS[when.month - 1]} {when.year} г. {when.hour}:{when.minute:02d}"


def en_long(when):
    return when.strftime("%A, %B ") + str(when.day) + when.strftime(", %Y ") + \
        f"{(when.hour - 1) % 12 + 1}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- owner (voice app)
def voice(when, dur, text, label, attach=False):
    mid = f"<g2p-{when:%Y%m%d%H%M%S}-{RND.getrandbits(24):06x}@golos2pochta.ru>"
    body = (f"Расшифровка голосового сообщения ({dur}):\n\n{text}\n\n"
            "—\nРаспознано автоматически, возможны ошибки.\n"
            "Голос2Почта · отправлено с Android")
    c = cs("utf-8", BASE64)
    part = MIMEText(body, "plain", c)
    if attach:
        msg = MIMEMultipart("mixed")
        msg.attach(part)
        a = MIMEBase("audio", "mp4")
        a.set_payload(RND.randbytes(RND.randint(1800, 3200)))
        encoders.encode_base64(a)
        a.add_header("Content-Disposition", "attachment",
                     filename=f"voice_{when:%Y%m%d_%H%M%S}.m4a")
        msg.attach(a)
    else:
        msg = part
    set_common(msg, when, OWNER, f"Голосовое сообщение · {when:%d.%m.%Y %H:%M}", c, mid)
    msg["X-Mailer"] = "Golos2Pochta/4.1.3 (Android 14; SM-A546E)"
    add(when, msg, label)


# ---------------------------------------------------------------- engineer (Thunderbird)
def tb_mid():
    return f"<{uuid.UUID(int=RND.getrandbits(128), version=4)}@elstroy-nn.ru>"


def tb_quote_head(qwhen, who="Диспетчерская ОМИС"):
    return f"{qwhen.day:02d}.{qwhen.month:02d}.{qwhen.year} {qwhen.hour}:{qwhen.minute:02d}, {who} пишет:"


def eng(when, subject, body, label, html=None, reply_to=None, sig=True):
    text = body + ("\n\n" + ENG_SIG if sig else "")
    c = cs("utf-8", None)
    if html:
        msg = MIMEMultipart("alternative")
        msg.attach(MIMEText(text, "plain", c))
        h = MIMEText(html + '<div class="moz-signature">-- <br>' +
                     ENG_SIG[4:].replace("\n", "<br>\n") + "</div>\n</body>\n</html>\n",
                     "html", cs("utf-8", None))
        msg.attach(h)
    else:
        msg = MIMEText(text, "plain", c)
        msg.set_param("format", "flowed")
    mid = tb_mid()
    set_common(msg, when, ENG, subject, cs("utf-8", None, BASE64), mid)
    msg["User-Agent"] = "Mozilla Thunderbird"
    msg["Content-Language"] = "ru"
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    add(when, msg, label)


def disp_mid(when):
    return f"<{when:%Y%m%d%H%M%S}.{RND.getrandbits(32):08x}@zakazchik-omis.ru>"


# ---------------------------------------------------------------- secretary (Outlook)
def outlook_html(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            for k in ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:"):
                if esc.startswith(k):
                    esc = f"<b>{k}</b>" + esc[len(k):]
            out.append(f"<p class=MsoNormal>{esc}<o:p></o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
            + "\n".join(out) + "\n</div></body></html>")


def sec(when, subject, text, label, charset="windows-1251", enc=QP, mode="alt", sig=True):
    full = text + ("\n\n" + SEC_SIG if sig else "")
    if charset == "koi8-r":
        full = koi_safe(full)
        subject = koi_safe(subject)
    if mode == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(MIMEText(full, "plain", cs(charset, enc)))
        msg.attach(MIMEText(outlook_html(full), "html", cs(charset, enc)))
    elif mode == "html":
        msg = MIMEText(outlook_html(full), "html", cs(charset, enc))
    else:
        msg = MIMEText(full, "plain", cs(charset, enc))
    mid = f"<000{RND.getrandbits(36):09x}${RND.getrandbits(32):08x}${RND.getrandbits(32):08x}@elstroy-nn.ru>"
    set_common(msg, when, SEC, subject, cs(charset, enc, BASE64), mid, from_cs=cs(charset, enc, BASE64))
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = base64.b64encode(RND.randbytes(22)).decode()
    msg["Content-Language"] = "ru"
    add(when, msg, label)


def fw_ru(frm, when, subject, to="office@elstroy-nn.ru", cc=None):
    s = (f"От: {frm}\nОтправлено: {ru_long(when)}\nКому: {to}\n")
    if cc:
        s += f"Копия: {cc}\n"
    return s + f"Тема: {subject}\n"


GORDEEV = "Андрей Гордеев <gordeev.an@mail.ru>"
VK = "Мастер ВолгаКабель [mailto:master@volgakabel52.ru]"
SAZONOV = "Михаил Сазонов <sazonov.m1985@mail.ru>"

D = "decided"
PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def lab(request, positions, status, note):
    return {"expect": D, "request": request, "positions": positions, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


# ================================================================= 47012
eng(dt(2, 10, 5), "Заявка 47012 — принята",
    "Добрый день, Елена!\n\n"
    "Заявку № 47012 (ТРЦ «Волжский пассаж», Сормовское ш.) получили и приняли в работу.\n"
    "Поз. 1 — замена вводных автоматов в ВРУ-0,4 кВ, поз. 2 — аварийное освещение парковки.\n"
    "Выезд планируем на 03.11 с утра, состав бригады пришлю отдельно.",
    lab("47012", [], PR, "accepted; the visit tomorrow is only a plan"))

voice(dt(3, 7, 52), "0:27",
      "короче это кудряшов. по за явке сорок семь ноль двенадцать пассаж который на сормовском ребята "
      "выехали уже ну минут через сорок будут там. всё давай",
      lab("47012", [], VP, "spoken number 47012, 'за явке' = recognition error; crew left, arriving in 40 min"))

w = dt(3, 9, 8)
sec(dt(3, 9, 14), "FW: заявка 47012",
    "Гордеев на пассаже, пересылаю.\n\n" + fw_ru(GORDEEV, w, "заявка 47012") +
    "\nОльга доброе утро. На пассаже с 9:00, в щитовую пустили, начали с ВРУ (поз.1).\nГордеев\n"
    "Отправлено из Почты Mail.ru", 
    lab("47012", ["1"], NM, "forwarded subcontractor report: on site since 9:00, поз.1"), sig=False)

eng(dt(3, 15, 41), "47012 п.1 — выполнено",
    "Елена, добрый день.\n\n"
    "По 47012, позиция 1: вводные автоматы в ВРУ заменены (ВА88-43 3Р 400А — 2 шт.), замеры "
    "сопротивления изоляции сделаны, протокол № 31-И приложу к акту.\n"
    "Бригада с объекта убыла в 15:20.\n\n"
    "По позиции 2 (аварийное освещение парковки) выходим 05.11, светильники ещё не пришли.",
    lab("47012", ["1"], UB, "поз.1 done and crew left; поз.2 only planned"))

voice(dt(5, 16, 48), "0:19",
      "ну короче на пассаже по второй по зиции всё. аварийка на парковке горит проверили с отключением "
      "мужики уехали",
      rev("no request number at all (only 'на пассаже'), cannot record with confidence"))

q = dt(5, 17, 5, 0)
eng(dt(5, 17, 31), "Re: Заявка 47012 — уточнение по поз. 2",
    tb_quote_head(q) + "\n"
    "> Павел Игоревич, добрый вечер.\n"
    "> От Сергея Валентиновича пришло голосовое про пассаж, но без номера\n"
    "> заявки. Подтвердите, пожалуйста, завершение по 47012 поз. 2.\n>\n"
    "> Сорокина Елена, диспетчер ОМИС\n\n"
    "Да, подтверждаю: по второй позиции закончили сегодня в 16:30, бригада уехала. Акт подпишем у "
    "управляющего завтра.",
    lab("47012", ["2"], UB, "reply under the quote: 'по второй позиции закончили, бригада уехала'"),
    reply_to=disp_mid(q))

# ================================================================= 47038
sec(dt(3, 11, 46), "Заявка №47038 принята",
    "Добрый день!\n\n"
    "Ваша заявка №47038 (складской комплекс, г. Кстово, Промзона, 3 позиции) принята в работу.\n"
    "Ответственный — инженер участка Лапшин Павел Игоревич, моб. +7 920 254-47-16.",
    lab("47038", [], PR, "secretary confirms acceptance"))

voice(dt(4, 7, 48), "0:34",
      "значит так. на кстово выехали сорок семь ноль тридцать восемь две машины газель и нива, газель номер "
      "в четыреста семьдесят один о р это если охрана спросит. по пробкам ну час наверно. павел старший",
      lab("47038", [], VP, "crew left for Kstovo; plate В471ОР is not a number of request"), attach=True)

eng(dt(4, 9, 31), "47038 поз 1",
    "Прибыли на склад в 09:15, пропуск на въезд оформили (№ 1187).\n"
    "Приступили к осмотру КТП-630 — это позиция 1. По поз. 2 и 3 субподрядчики подъедут к обеду.",
    lab("47038", ["1"], NM, "arrived 09:15, поз.1; pass 1187 and КТП-630 are decoys; 2 and 3 only planned"))

w = dt(4, 13, 55)
sec(dt(4, 14, 6), "FW: Кстово 47038 кабельная линия",
    "Отчёт ВолгаКабеля по Кстово, вторая позиция.\n\n" +
    fw_ru(VK, w, "Кстово 47038 кабельная линия", cc="lapshin@elstroy-nn.ru") +
    "\nДобрый день.\n"
    "По кабельной линии (позиция 2 заявки 47038): трассу прошли трассоискателем, повреждение на 180 м от "
    "ТП-12, поставили соединительную муфту 3СТп-10-70/120. Линию опробовали под нагрузкой.\n"
    "С объекта ушли в 13:40.\n\n"
    "Мастер участка Ремизов В.Н.\nООО «ВолгаКабель», т. 8 (831) 277-05-19",
    lab("47038", ["2"], UB, "forwarded subcontractor report: поз.2 repaired, left the site 13:40"),
    charset="koi8-r", mode="plain")

html = ('<html>\n<head>\n<meta http-equiv="content-type" content="text/html; charset=UTF-8">\n</head>\n<body>\n'
        '<p>Елена, добрый вечер.</p>\n<p>Сводка по заявке 47038 (склад, г. Кстово):</p>\n'
        '<table border="1" cellpadding="4" cellspacing="0">\n'
        '<tr><th>Поз.</th><th>Работы</th><th>Состояние</th><th>Убытие</th></tr>\n'
        '<tr><td>1</td><td>КТП-630, осмотр и протяжка контактов</td><td>выполнено, бригада убыла</td><td>16:05</td></tr>\n'
        '<tr><td>2</td><td>КЛ-0,4 кВ, поиск повреждения, муфта</td><td>выполнено (ВолгаКабель), убыли</td><td>13:40</td></tr>\n'
        '<tr><td>3</td><td>Освещение территории, 14 опор</td><td>выполнено, бригада убыла</td><td>16:05</td></tr>\n'
        '</table>\n<p>Акт и фотоотчёт пришлю завтра.</p>\n')
eng(dt(4, 16, 22), "Кстово, 47038 — итог за день",
    "Елена, добрый вечер.\n\nСводка по заявке 47038 (склад, г. Кстово):\n\n"
    "Поз. | Работы | Состояние | Убытие\n"
    "1 | КТП-630, осмотр и протяжка контактов | выполнено, бригада убыла | 16:05\n"
    "2 | КЛ-0,4 кВ, поиск повреждения, муфта | выполнено (ВолгаКабель), убыли | 13:40\n"
    "3 | Освещение территории, 14 опор | выполнено, бригада убыла | 16:05\n\n"
    "Акт и фотоотчёт пришлю завтра.",
    lab("47038", ["1", "2", "3"], UB, "HTML table, every row: done, crew left"), html=html)

voice(dt(5, 8, 40), "0:41",
      "слушайте вчера по сорок семь ноль тридцать восемь на кпп нас полчаса держали охрана списков не знает "
      "пропуск говорят не тот. короче разберитесь с охраной это ж не дело я за простой платить не буду",
      rev("complaint about yesterday's gate delay, no new status"))

# ================================================================= 47105
eng(dt(5, 13, 34), "Подтверждение: 47105",
    "Добрый день.\n\n"
    "Заявку 47105 (ОЦ «Нижегородский», ул. Белинского, 118 — замена этажного щита на 4-м этаже) приняли.\n"
    "Щит ЩРн-24з есть на складе, выезд завтра утром.",
    lab("47105", [], PR, "accepted; address number 118 is a decoy"))

voice(dt(6, 8, 55), "0:16",
      "сорок семь сто пять белинская сам щас подъезжаю минут десять щит у меня в багажнике",
      lab("47105", [], VP, "owner himself driving to the site, 10 minutes away"))

eng(dt(6, 9, 20), "47105 поз. 2",
    "Сергей Валентинович на месте, по поз. 2 начали демонтаж старого щита, отключение согласовали с "
    "инженером здания.",
    rev("request 47105 has only position 1; position 2 does not exist"))

# read receipt for the dispatcher's question after the letter above
q = dt(6, 9, 48, 0)
rr_mid = disp_mid(q)
rr_text = ("Это уведомление о прочтении сообщения, которое вы отправили на адрес lapshin@elstroy-nn.ru.\n\n"
           "Примечание: Это уведомление о прочтении означает только то, что сообщение было отображено на "
           "компьютере получателя. Нет гарантии, что получатель прочёл или понял содержимое сообщения.\n")
rr = MIMEMultipart("report")
rr.set_param("report-type", "disposition-notification")
rr.attach(MIMEText(rr_text, "plain", cs("utf-8", None)))
p2 = MIMEText("Reporting-UA: elstroy-nn.ru; Mozilla Thunderbird\n"
              "Final-Recipient: rfc822;lapshin@elstroy-nn.ru\n"
              f"Original-Message-ID: {rr_mid}\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n", "plain", "us-ascii")
p2.replace_header("Content-Type", 'message/disposition-notification; name="MDNPart2.txt"')
p2.add_header("Content-Disposition", "inline")
rr.attach(p2)
p3 = MIMEText(f"Date: {format_datetime(q)}\nFrom: =?UTF-8?B?" +
              base64.b64encode("Диспетчерская ОМИС".encode()).decode() + "?= <dispatch@zakazchik-omis.ru>\n"
              "To: lapshin@elstroy-nn.ru\nSubject: =?UTF-8?B?" +
              base64.b64encode("47105 — уточните позицию".encode()).decode() + "?=\n"
              f"Message-ID: {rr_mid}\n", "plain", "us-ascii")
p3.replace_header("Content-Type", 'text/rfc822-headers; name="MDNPart3.txt"')
p3.add_header("Content-Disposition", "inline")
rr.attach(p3)
set_common(rr, dt(6, 10, 2), ENG, "Уведомление о прочтении (отображено) - 47105 — уточните позицию",
           cs("utf-8", None, BASE64), tb_mid())
rr["User-Agent"] = "Mozilla Thunderbird"
rr["In-Reply-To"] = rr_mid
add(dt(6, 10, 2), rr, ign("Thunderbird read receipt (disposition-notification)"))

voice(dt(6, 12, 12), "0:22",
      "так по сорок семь сто пять всё. щиток поменяли прозвонили свет дали я оттуда уехал. ну в смысле "
      "закончили там акт павел подвезёт",
      lab("47105", [], UB, "finished, owner left the site"))

# ================================================================= 47163
sec(dt(6, 10, 48), "Заявка № 47163",
    "Добрый день!\n\n"
    "Заявка № 47163 (БЦ «Кремлёвский», замена освещения 2–5 этажей) принята. Дату выезда согласуем с "
    "управляющей компанией, предварительно 09.11.",
    lab("47163", [], PR, "KOI8-R plain, base64; accepted"), charset="koi8-r", enc=BASE64, mode="plain")

eng(dt(9, 8, 40), "47163 — выезд",
    "Добрый день.\n\n"
    "Бригада выехала на БЦ «Кремлёвский» по позициям 1 и 2 (это 2-й и 3-й этажи). Будем ориентировочно "
    "к 9:30, светильники ДПО-40 везём с собой (76 шт.).",
    lab("47163", ["1", "2"], VP, "positions 1 and 2 (floors 2 and 3 are not positions)"))

voice(dt(9, 13, 20), "0:29",
      "сорок семь сто шестьдесят три по первой позиции закончили а вторую ещё делают там половину "
      "светильников не тех привезли сейчас поменяем",
      rev("different statuses in one letter: поз.1 finished, поз.2 still in progress"))

w = dt(10, 8, 6)
sec(dt(10, 8, 15), "FW: П3, П4 по 47163",
    "От Гордеева по Кремлёвскому.\n\n" + fw_ru(GORDEEV, w, "П3, П4 по 47163") +
    "\nП3 и П4 (4 и 5 этажи) выехали, две машины, к 9 будем",
    lab("47163", ["3", "4"], VP, "forwarded: П3 and П4 on the way"), sig=False)

eng(dt(10, 15, 2), "47163 — поз. 1, 2 закрыты",
    "По заявке 47163: позиции 1 и 2 закончены (поз. 1 — ещё 09.11, поз. 2 — сегодня), бригада "
    "освободилась в 14:50.\n"
    "Заменено 76 светильников ДПО-40, 4 шт. оставили в резерв у управляющего.",
    lab("47163", ["1", "2"], UB, "'бригада освободилась' = finished and left"))

q = dt(11, 9, 30, 0)
eng(dt(11, 9, 52), "Re: 47163 (3)",
    tb_quote_head(q) + "\n"
    "> Павел Игоревич, по 47163 поз. 3 бригада выехала? Управляющий БЦ\n> спрашивает.\n\n"
    "На месте с 9:40, работаем. До вечера закончим 4-й этаж.",
    lab("47163", ["3"], NM, "number and position only in subject 'Re: 47163 (3)' / quoted question"),
    reply_to=disp_mid(q))

voice(dt(12, 17, 35), "0:31",
      "сорок семь сто шестьдесят три третье и четвёртая по зиции всё закончили уехали с объекта. "
      "управляющему ключи от щитовой отдали он доволен",
      lab("47163", ["3", "4"], UB, "'по зиции' = recognition error for позиции"))

# ================================================================= 47220
voice(dt(9, 9, 10), "0:12",
      "за явку сорок семь двести двадцать на бору взяли в работу. павлу скажу сам",
      lab("47220", [], PR, "accepted; 'за явку' = заявку"))

# calendar reply from Outlook
cw = dt(10, 11, 0)
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
       "BEGIN:VTIMEZONE\r\nTZID:Russian Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
       "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
       "BEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Мартынова:mailto:office@elstroy-nn.ru\r\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "DTSTART;TZID=Russian Standard Time:20261111T100000\r\n"
       "DTEND;TZID=Russian Standard Time:20261111T110000\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание на объекте — заявка 47220\r\n"
       "LOCATION;LANGUAGE=ru-RU:г. Бор\\, ул. Луначарского\\, цех 2\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000B07A1D3F2B71DC01000000000000000010000000\r\n"
       "SEQUENCE:0\r\nDTSTAMP:20261110T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cal = MIMEMultipart("alternative")
cal.attach(MIMEText("\n", "plain", cs("windows-1251", QP)))
icp = MIMEText(ics, "calendar", cs("utf-8", BASE64))
icp.set_param("method", "REPLY")
cal.attach(icp)
set_common(cal, cw, SEC, "Принято: Совещание на объекте — заявка 47220", cs("windows-1251", QP, BASE64),
           f"<000{RND.getrandbits(36):09x}${RND.getrandbits(32):08x}${RND.getrandbits(32):08x}@elstroy-nn.ru>", from_cs=cs("windows-1251", QP, BASE64))
cal["X-Mailer"] = "Microsoft Outlook 16.0"
cal["Content-Class"] = "urn:content-classes:calendarmessage"
add(cw, cal, ign("Outlook calendar meeting response (Принято:)"))

voice(dt(11, 7, 38), "0:40",
      "ну короче выезжаю на бор сорок семь двести двадцать. по борскому мосту поеду на стригинском пробка "
      "как всегда. буду к девяти павел следом на газели с кабелем",
      lab("47220", [], VP, "owner driving to the site now"), attach=True)

eng(dt(11, 9, 24), "Заявка 47220-1",
    "Добрый день.\n\n"
    "Прибыли на площадку цеха в 09:05. Позиция 1 — силовой щит ЩР-2: начали отключение и демонтаж.\n"
    "Наряд-допуск № 14 выписан энергетиком завода.",
    lab("47220", ["1"], NM, "subject 47220-1; 'наряд-допуск № 14' is not a request"))

voice(dt(11, 18, 10), "0:45",
      "по двести двадцатой короче кабеля не хватает надо вэвэгэ пять на десять метров сто докупать это "
      "сверх сметы пусть заказчик согласует я цену скину там тысяч сорок выйдет",
      rev("price / extra material talk, no status"))

q = dt(9, 8, 30, 0)
eng(dt(12, 17, 25), "Re: Заявка 47220 зарегистрирована",
    tb_quote_head(q) + "\n"
    "> Заявка 47220 зарегистрирована.\n"
    "> Объект: производственный цех, г. Бор, ул. Луначарского.\n"
    "> Поз. 1 — замена силового щита ЩР-2; поз. 2 — прокладка кабельной\n> линии к станкам участка ЧПУ.\n"
    "> Срок: до 13.11.2026.\n\n"
    "По позициям 1 и 2 всё сделано, с объекта уехали в 17:10. Кабель докупили сами, счёт выставим "
    "отдельно.\nАкт № 118/11 и исполнительную схему пришлю завтра.",
    lab("47220", ["1", "2"], UB, "old subject 'зарегистрирована' overridden by body: both done, left 17:10"),
    reply_to=disp_mid(q))

# ================================================================= 47251
w = dt(10, 12, 51)
sec(dt(10, 12, 55), "FW: Re: ТСЖ Родионова 190",
    "Гордеев взял ТСЖ.\n\n" + fw_ru(GORDEEV, w, "Re: ТСЖ Родионова 190", to="Ольга Мартынова <office@elstroy-nn.ru>") +
    "\nЗдравствуйте, Ольга.\n\nВы писали 10 ноября 2026 г., 12:40:\n\n"
    "ОМ> Андрей, возьмёте заявку 47251? ТСЖ на Родионова, 190, замена вводного\n"
    "ОМ> автомата в ВРУ дома. Председатель Зинаида Петровна, 8-915-940-33-18.\n\n"
    "Взял, завтра к 10 подъеду, председателю позвоню сам.\n\n--\nС уважением,\nАндрей Гордеев",
    lab("47251", [], PR, "forwarded The Bat! reply with ОМ> quote: subcontractor took the request"),
    enc=BASE64)

w = dt(11, 11, 12)
sec(dt(11, 11, 20), "FW: Родионова",
    "Не попал, пишет. Завтра.\n\n" + fw_ru(GORDEEV, w, "Родионова") +
    "\nОльга, на Родионова 190 (47251) не попал, председателя нет, ключей от подвала ни у кого. Постоял "
    "полчаса и уехал. Приеду завтра, договоритесь пожалуйста чтоб открыли",
    rev("could not get in, work not done, only a plan for tomorrow"), mode="plain", sig=False)

voice(dt(12, 10, 15), "0:20",
      "сорок семь двести пятьдесят один гордеев на месте в подвале уже. короче ключи у дворника были всё "
      "нормально",
      lab("47251", [], NM, "subcontractor on site"))

q = dt(12, 11, 2, 0)
eng(dt(12, 13, 40), "Re: ТСЖ Родионова, 190 (47251)",
    tb_quote_head(q) + "\n"
    "> Павел Игоревич, председатель ТСЖ спрашивает, когда дадут свет в\n> подъездах 3–4.\n\n"
    "Работы завершены, электрик уехал в 13:15. Свет во всех подъездах есть.\n"
    "Вводной автомат заменён на ВА47-100 3P 100А, пломбу энергосбыта восстановили (№ 7731904).",
    lab("47251", [], UB, "number in brackets after the address in subject; ВА47-100, seal no. are decoys"),
    reply_to=disp_mid(q))

# ================================================================= 47307
eng(dt(11, 14, 27), "Принято в работу: заявка 47307",
    "Добрый день.\n\n"
    "Заявку 47307 (магазин «Продмаркет», ул. Коминтерна, Сормово) приняли.\n"
    "Поз. 1 — щит освещения торгового зала, поз. 2 — линия питания холодильных витрин. Выезд завтра "
    "с утра, работать будем без закрытия магазина.",
    lab("47307", [], PR, "accepted"))

# bounce of a dispatcher letter sent to a wrong address
bw = dt(12, 8, 31)
orig_when = dt(12, 8, 30, 44)
orig = MIMEText("Павел Игоревич, добрый день.\nПо 47307 сообщите, пожалуйста, время выезда бригады.\n"
                "Сорокина Е., диспетчер ОМИС\n", "plain", cs("utf-8", BASE64))
set_common(orig, orig_when, DISPATCH, "47307 — время выезда?", cs("utf-8", BASE64, BASE64),
           disp_mid(orig_when), to=("", "lapshin.p@elstroy-nn.ru"))
orig_bytes = orig.as_string()
bid = f"{RND.getrandbits(40):010X}"
bounce_raw = (
    f"Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@elstroy-nn.ru>\n"
    f"To: dispatch@zakazchik-omis.ru\nSubject: Undelivered Mail Returned to Sender\n"
    f"Date: {format_datetime(bw)}\nMessage-ID: <20261112053101.{bid}@mx.elstroy-nn.ru>\n"
    "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
    f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bid}.1762925461/mx.elstroy-nn.ru"\n'
    "Content-Transfer-Encoding: 8bit\n\nThis is a MIME-encapsulated message.\n\n"
    f"--{bid}.1762925461/mx.elstroy-nn.ru\nContent-Description: Notification\n"
    "Content-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host mx.elstroy-nn.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
    "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached "
    "returned message.\n\n                   The mail system\n\n"
    "<lapshin.p@elstroy-nn.ru>: unknown user: \"lapshin.p\"\n\n"
    f"--{bid}.1762925461/mx.elstroy-nn.ru\nContent-Description: Delivery report\n"
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx.elstroy-nn.ru\n"
    f"X-Postfix-Queue-ID: {bid}\nX-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru\n"
    f"Arrival-Date: {format_datetime(orig_when)}\n\n"
    "Final-Recipient: rfc822; lapshin.p@elstroy-nn.ru\nOriginal-Recipient: rfc822;lapshin.p@elstroy-nn.ru\n"
    "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: x-unix; unknown user: \"lapshin.p\"\n\n"
    f"--{bid}.1762925461/mx.elstroy-nn.ru\nContent-Description: Undelivered Message\n"
    "Content-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
    + orig_bytes + f"\n--{bid}.1762925461/mx.elstroy-nn.ru--\n")
add(bw, bounce_raw, ign("bounce (unknown user) of the dispatcher's own question"))

w = dt(12, 8, 41)
sec(dt(12, 8, 47), "FW: 47307 Коминтерна",
    "По Продмаркету от сормовских.\n\n-----Original Message-----\n"
    "From: Электромонтаж-Сормово <em-sormovo@yandex.ru>\n"
    f"Sent: {en_long(w)}\nTo: office@elstroy-nn.ru\nSubject: 47307 Коминтерна\n\n"
    "Бригада выдвинулась на Коминтерна, заявка 47307, позиция 2 (линия витрин). Старший Жуков, "
    "тел. 8-904-791-22-05. Будут через 25 мин.",
    lab("47307", ["2"], VP, "forwarded (-----Original Message-----): crew set off, 25 min"),
    charset="koi8-r", mode="plain")

voice(dt(12, 10, 5), "0:25",
      "ну по прод маркету 47 307 вторая позиция они там на мести ковыряются витрины отключили пока "
      "директор нервничает",
      lab("47307", ["2"], NM, "digits with a space '47 307', 'на мести' = на месте"))

eng(dt(13, 9, 10), "47307 — закрыто",
    "Добрый день.\n\n"
    "47307: поз. 1 и поз. 2 — выполнено, бригада убыла вчера (12.11) в 19:40.\n"
    "Магазин работает в штатном режиме, витрины на своей линии (автомат C32 в щите ЩС-1).",
    lab("47307", ["1", "2"], UB, "both positions done, crew left yesterday"))

q = dt(13, 10, 48, 0)
eng(dt(13, 11, 5), "Re: 47307 — акт",
    tb_quote_head(q) + "\n"
    "> Добрый день. Направляем подписанный акт по 47307, оригинал передадим\n> с курьером.\n\n"
    "Спасибо, получили.",
    rev("thanks for the dispatcher's own message"), reply_to=disp_mid(q), sig=False)

# ================================================================= 47388
sec(dt(13, 9, 40), "Заявка 47388 - принята",
    "Добрый день!\n\n"
    "Заявка 47388 (котельная, г. Дзержинск) принята в работу.\n"
    "Ответственный — Лапшин П.И., тел. +7 920 254-47-16.",
    lab("47388", [], PR, "HTML-only Outlook letter; accepted"), mode="html")

voice(dt(16, 7, 15), "0:38",
      "доброе утро. короче выехали в дзержинск на котельную сорок семь триста восемьдесят восемь первая и "
      "третья позиция. вторую потом там насос ещё не пришёл",
      lab("47388", ["1", "3"], VP, "on the way for positions 1 and 3; 2 later"))

eng(dt(16, 10, 35), "Котельная Дзержинск (47388) — на месте",
    "На котельной с 10:20. Работаем по позициям 1 и 3, котлы на время работ переведены на резервный ввод, "
    "оператор в курсе.",
    lab("47388", ["1", "3"], NM, "on site, positions 1 and 3"))

fw = dt(17, 7, 58, 12)
eng(dt(17, 8, 5), "Fwd: 47388 п.2",
    "Елена, пересылаю от ВолгаКабеля.\n\n\n-------- Пересланное сообщение --------\n"
    "Тема: \t47388 п.2\n"
    f"Дата: \t{format_datetime(fw)}\n"
    "От: \tМастер ВолгаКабель <master@volgakabel52.ru>\n"
    "Кому: \tlapshin@elstroy-nn.ru\n\n\n"
    "Павел, 47388 п.2 - выехали из Нижнего, насос К 80-50-200 везём с собой. Ремизов",
    lab("47388", ["2"], VP, "Thunderbird forward; 'выехали ИЗ Нижнего' = leaving for the site, on the way"))

eng(dt(17, 16, 45), "47388 — итог 17.11",
    "По позициям 1 и 3 закончили, с котельной уехали в 16:00.\n"
    "По п.2 ВолгаКабель продолжит завтра — ждём муфту на насос.",
    lab("47388", ["1", "3"], UB, "1 and 3 done and left; 2 only a plan"))

voice(dt(18, 15, 20), "0:29",
      "сорок семь триста восемьдесят восемь вторая позиция закончили. насос подключили всё крутится "
      "ребята у ехали домой",
      lab("47388", ["2"], UB, "'у ехали' = уехали"))

# ================================================================= 47412
voice(dt(16, 11, 32), "0:18",
      "сорок семь четыреста двенадцать приняли. вечером ребят пришлю после закрытия салона днём там "
      "не дадут работать",
      lab("47412", [], PR, "accepted; evening visit is a plan"))

eng(dt(16, 12, 5), "47412 — контакт на объекте",
    "Елена, добрый день.\n\n"
    "Подскажите, пожалуйста, кто на автосалоне «Авто-Волга» будет встречать нашу бригаду вечером и до "
    "скольки работает охрана? В заявке контакт не указан.",
    rev("question only"))

w = dt(16, 18, 9)
sec(dt(16, 18, 14), "FW: 47412",
    "Гордеев уже едет на автосалон.\n\n" + fw_ru(GORDEEV, w, "47412") +
    "\nОльга, еду на Московское шоссе, Авто-Волга. минут через 20 буду",
    lab("47412", [], VP, "forwarded: subcontractor driving there, 20 min"), sig=False)

eng(dt(17, 8, 50), "Автосалон, заявка 47412",
    "Добрый день.\n\n"
    "По автосалону (заявка 47412): прибытие 16.11 в 18:35, убытие в 21:10.\n"
    "Подсветка витрины и вывески восстановлена, заменён блок питания Mean Well HLG-240H-24 (старый "
    "оставили у администратора).",
    lab("47412", [], UB, "arrival and departure both done: latest = убыл"))

# ================================================================= 47560
eng(dt(18, 10, 50), "47560 принята",
    "Добрый день.\n\n"
    "Заявка 47560 (гостиница «Октябрьская», Верхне-Волжская наб.) — принята.\n"
    "Поз. 1 (ГРЩ в подвале) начнём завтра, по поз. 2 нужен допуск в номера 3-го этажа — прошу "
    "согласовать с администрацией.",
    lab("47560", [], PR, "accepted"))

voice(dt(19, 9, 30), "0:24",
      "гостиница сорок семь пятьсот шестьдесят мы на месте я сам тут. первая позиция щитовая в подвале "
      "начали",
      lab("47560", ["1"], NM, "on site, position 1"), attach=True)

ow = dt(20, 9, 12)
ooo = MIMEText("Здравствуйте!\n\nЯ в отпуске с 20 по 22 ноября, почту не читаю.\n"
               "По срочным вопросам: Кудряшов Сергей Валентинович, +7 910 388-12-40, "
               "или офис +7 (831) 413-27-90.\n\nЛапшин П.И.\n", "plain", cs("utf-8", QP))
set_common(ooo, ow, ENG, "Автоответ: 47560 — статус по поз. 1?", cs("utf-8", QP, BASE64), tb_mid())
ooo["Auto-Submitted"] = "auto-replied (vacation)"
ooo["X-Autoreply"] = "yes"
ooo["Precedence"] = "auto_reply"
ooo["In-Reply-To"] = disp_mid(dt(20, 9, 11, 0))
add(ow, ooo, ign("vacation auto-reply"))

w = dt(20, 14, 22)
sec(dt(20, 14, 30), "FW: гостиница",
    "Павел Игоревич в отпуске до понедельника, пересылаю от бригадира.\n\n" + fw_ru(SAZONOV, w, "гостиница") +
    "\nОльга, гостиница 47560 позиция 1 готово, ГРЩ собрали, уехали в 14:10.\n\n--\nОтправлено из мобильной Почты Mail.ru",
    lab("47560", ["1"], UB, "forwarded brigadier report: поз.1 done, left 14:10"))

voice(dt(21, 10, 40), "0:33",
      "слушай по гостинице по второй позиции когда нам можно заходить администратор не пускает до "
      "понедельника говорит номера заняты. перезвоните мне короче",
      rev("question, no request number"))

eng(dt(23, 11, 30), "47560, поз. 2",
    "Добрый день.\n\nПо 47560, поз. 2 — бригада на месте с 11:00, администратор дал допуск в номера "
    "3-го этажа.",
    lab("47560", ["2"], NM, "on site since 11:00"))

q = dt(23, 11, 41, 0)
eng(dt(23, 18, 5), "Re: 47560, поз. 2",
    tb_quote_head(q) + "\n> Принято, ждём завершения.\n>\n> Сорокина Е.\n\n"
    "Закончили в 17:45, убыли. Номера 301–318 запитаны, автоматы в этажном щите подписаны.",
    lab("47560", ["2"], UB, "number/position only in subject; room numbers 301-318 are decoys"),
    reply_to=disp_mid(q))

# ================================================================= 47603
sec(dt(19, 13, 25), "Обращение 47603 — принято",
    "Добрый день!\n\n"
    "По обращению 47603 (ФОК «Заречный») сообщаем: принято в работу. Выезд планируем на понедельник, 23.11.",
    lab("47603", [], PR, "'обращение' wording; accepted"), enc=BASE64)

voice(dt(23, 7, 55), "0:21",
      "так сорок семь шестьсот три фок заречный выехали обе бригады одна на бассейн другая в зал",
      lab("47603", [], VP, "both crews on the way: whole request"))

q = dt(23, 10, 30, 0)
eng(dt(23, 11, 12), "Re: 47603 — выезд бригад",
    tb_quote_head(q) + "\n"
    "> Павел Игоревич, подтвердите выезд бригад по 47603, администратор ФОК\n> ждёт.\n\n"
    "Бригада по поз. 2 (освещение спортзала) на месте с 11:05. Вторая бригада задержалась на базе, "
    "на бассейн будет после обеда.",
    lab("47603", ["2"], NM, "subject says выезд, body reports arrival for поз.2; поз.1 only a plan"),
    reply_to=disp_mid(q))

html = ('<html>\n<head>\n<meta http-equiv="content-type" content="text/html; charset=UTF-8">\n</head>\n<body>\n'
        '<p>Добрый день.</p>\n<p>ФОК «Заречный», заявка 47603 — работы закрыты:</p>\n'
        '<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">\n'
        '<tbody>\n<tr><td><b>№ п/п</b></td><td><b>Участок</b></td><td><b>Результат</b></td><td><b>Убытие бригады</b></td></tr>\n'
        '<tr><td>1</td><td>Бассейн, светильники чаши (24 шт.)</td><td>заменены, проверено</td><td>23.11, 18:30</td></tr>\n'
        '<tr><td>2</td><td>Спортзал, прожекторы (16 шт.)</td><td>заменены, проверено</td><td>24.11, 12:00</td></tr>\n'
        '</tbody>\n</table>\n<p>Замечаний от администратора нет.</p>\n')
eng(dt(24, 12, 30), "ФОК «Заречный» — 47603, закрытие",
    "Добрый день.\n\nФОК «Заречный», заявка 47603 — работы закрыты:\n\n"
    "1  Бассейн, светильники чаши (24 шт.)  заменены, проверено  23.11, 18:30\n"
    "2  Спортзал, прожекторы (16 шт.)  заменены, проверено  24.11, 12:00\n\n"
    "Замечаний от администратора нет.",
    lab("47603", ["1", "2"], UB, "HTML table, both rows: done, crew departure times"), html=html)

# ================================================================= 47718
voice(dt(20, 9, 45), "0:26",
      "сорок семь семьсот восемнадцать поликлиника на ванеева приняли. но раньше понедельника не сможем "
      "все люди заняты",
      lab("47718", [], PR, "accepted; start only on Monday"))

w = dt(23, 8, 2)
sec(dt(23, 8, 10), "FW: Ванеева",
    "Задерживаются.\n\n" + fw_ru(VK, w, "Ванеева") +
    "\nОльга, по поликлинике 47718 ещё не выехали, машина не завелась, ждём вторую. Отпишусь.\n\nРемизов",
    rev("negation: not left yet"), charset="koi8-r", mode="plain", sig=False)

w = dt(24, 10, 12)
sec(dt(24, 10, 20), "FW: 47718",
    "ВолгаКабель на Ванеева.\n\n" + fw_ru(VK, w, "47718") +
    "\nпoз. 3 пo 47718 - нa мecте c 10:05, щитoвaя oткрытa. Ремизов",
    lab("47718", ["3"], NM, "Latin look-alike letters (o, a, c, e) inside Russian words"),
    charset="koi8-r", mode="plain", sig=False)

voice(dt(24, 19, 30), "0:37",
      "короче по поликлинике сорок семь семьсот восемнадцать и по фоку сорок семь шестьсот три всё "
      "закончили завтра павел акты привезёт подпишите",
      rev("two different requests in one letter"))

eng(dt(25, 9, 5), "Наряд 47718 — завершение",
    "Добрый день.\n\n"
    "Наряд 47718 (поликлиника, ул. Ванеева), позиции 1–3: работы завершены 24.11, бригада убыла в 20:15.\n"
    "Исполнительная документация — в приложении к акту.",
    lab("47718", ["1", "2", "3"], UB, "'позиции 1–3' range, 'наряд' wording"))

# ================================================================= 47845
eng(dt(23, 15, 40), "47845",
    "Заявка 47845 принята, выезд согласуем с управляющим рестораном (подключение кухонных плит, "
    "3 шт. по 15 кВт).",
    lab("47845", [], PR, "bare number subject; accepted"))

voice(dt(25, 12, 15), "0:23",
      "сорок семь восемьсот сорок пять ресторан на рождественской. короче завтра с утра поедем сегодня "
      "никак все на другом объекте",
      rev("plan only (will go tomorrow)"))

w = dt(26, 9, 33)
sec(dt(26, 9, 40), "FW: Ресторан Рождественская",
    "Бригада на ресторане.\n\n" + fw_ru(SAZONOV, w, "Ресторан Рождественская") +
    "\nПрибыли в ресторан в 09:30 (заявка 47845), кухню обесточили, начинаем.",
    lab("47845", [], NM, "forwarded brigadier: arrived 09:30"), enc=BASE64, mode="plain", sig=False)

voice(dt(26, 14, 5), "0:19",
      "ресторан сорок семь восемьсот сорок пять всё сделали уехали. плиты подключили все три повар "
      "уже жарит",
      lab("47845", [], UB, "done, left"))

# ================================================================= extras
w = dt(17, 10, 21)
sec(dt(17, 10, 30), "FW: выехали",
    "Не поняла, какая это заявка, у нас такой нет. Пересылаю как есть.\n\n" + fw_ru(GORDEEV, w, "выехали") +
    "\nпо заявке 47318 выехали, будем через час",
    rev("number 47318 is not in the registry"), sig=False)

aw = dt(27, 8, 0)
oof = MIMEText("Добрый день!\n\n27 ноября офис не работает. Ваше письмо будет обработано 30.11.\n"
               "По срочным вопросам: +7 910 388-12-40 (Кудряшов С.В.).\n\nООО «ЭлектроСтрой-НН»\n",
               "plain", cs("windows-1251", QP))
set_common(oof, aw, SEC, "Автоматический ответ: 47845 — акт выполненных работ", cs("windows-1251", QP, BASE64),
           f"<000{RND.getrandbits(36):09x}${RND.getrandbits(32):08x}${RND.getrandbits(32):08x}@elstroy-nn.ru>", from_cs=cs("windows-1251", QP, BASE64))
oof["Auto-Submitted"] = "auto-generated"
oof["X-Auto-Response-Suppress"] = "All"
oof["X-Mailer"] = "Microsoft Outlook 16.0"
add(aw, oof, ign("Outlook out-of-office auto-reply"))

nw = dt(27, 10, 0)
ntext = ("ЭлектроСтрой-НН: итоги ноября\n\n"
         "Уважаемые партнёры!\n\nВ ноябре наши бригады выполнили 47 заявок, проложили 12 км кабеля и "
         "заменили более 600 светильников. Спасибо, что работаете с нами!\n\n"
         "График в декабре: выезд аварийной бригады в течение 2 часов, 31.12 — дежурная бригада.\n"
         "До 31.12 — скидка 10% на замеры сопротивления изоляции.\n\n"
         "Отписаться от рассылки: https://elstroy-nn.ru/unsub?u=7f3a21\n")
nhtml = ("<html><body style=\"font-family:Arial\"><h2>ЭлектроСтрой-НН: итоги ноября</h2>"
         "<p>Уважаемые партнёры!</p><p>В ноябре наши бригады выполнили <b>47 заявок</b>, проложили 12 км "
         "кабеля и заменили более 600 светильников. Спасибо, что работаете с нами!</p>"
         "<p>График в декабре: выезд аварийной бригады в течение 2 часов, 31.12 — дежурная бригада.<br>"
         "До 31.12 — скидка 10% на замеры сопротивления изоляции.</p>"
         "<p style=\"font-size:10px;color:#888\"><a href=\"https://elstroy-nn.ru/unsub?u=7f3a21\">"
         "Отписаться от рассылки</a></p></body></html>")
news = MIMEMultipart("alternative")
news.attach(MIMEText(ntext, "plain", cs("utf-8", QP)))
news.attach(MIMEText(nhtml, "html", cs("utf-8", QP)))
set_common(news, nw, NEWS, "Итоги ноября и график работы в декабре", cs("utf-8", QP, BASE64),
           f"<news.{RND.getrandbits(48):012x}@elstroy-nn.ru>", to=("", "dispatch@zakazchik-omis.ru"))
news["Precedence"] = "bulk"
news["List-Id"] = "Клиенты ЭлектроСтрой-НН <clients.elstroy-nn.ru>"
news["List-Unsubscribe"] = "<mailto:unsubscribe@elstroy-nn.ru?subject=unsub>, <https://elstroy-nn.ru/unsub?u=7f3a21>"
news["X-Mailer"] = "UniSender"
add(nw, news, ign("company newsletter, bulk mail"))


# ================================================================= write
TOP = ["Return-Path", "Message-ID", "Date", "From", "To", "Subject", "In-Reply-To", "References"]


def reorder(msg):
    """Put the top-level headers in the order mail clients write them; one MIME-Version."""
    hs = list(msg._headers)
    top = sorted([h for h in hs if h[0] in TOP], key=lambda h: TOP.index(h[0]))
    other = [h for h in hs if h[0] not in TOP and h[0] != "MIME-Version"
             and not h[0].lower().startswith("content-")]
    cont = [h for h in hs if h[0].lower().startswith("content-")]
    msg._headers = top + other + [("MIME-Version", "1.0")] + cont


def main():
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (when, msg, label) in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        if isinstance(msg, str):
            data = msg.replace("\n", "\r\n").encode("utf-8")
        else:
            reorder(msg)
            data = msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
