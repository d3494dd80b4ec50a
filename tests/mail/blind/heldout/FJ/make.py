# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «ВентСанМед» (очистка и дезинфекция вентиляции в ЛПУ).

Run:  python3 make.py   -> writes letters/NNN.eml, labels.json, registry.json
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone

from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
MSK = timezone(timedelta(hours=3))
rnd = random.Random(411207)

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
SOK = ("Соколова Ирина Валерьевна", "sokolova@ventsan-med.ru")
GRI = ("Гришин Павел Сергеевич", "grishin@ventsan-med.ru")
OFF = ("ВентСанМед - диспетчер", "office@ventsan-med.ru")
KUZ = ("Алексей Кузьмин", "kuzmin.a.vent@yandex.ru")
TIM = ("Роман Тимофеев", "timofeev.brigada7@yandex.ru")
NEWS = ("ВентСанМед", "news@ventsan-med.ru")
EXCH = ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ventsan-med.ru")

SIG_SOK = """
--
С уважением,
Соколова Ирина Валерьевна
врач-эпидемиолог ООО «ВентСанМед»
тел. +7 (495) 411-27-90, доб. 112
ИНН 7718412356 / КПП 771801001"""

SIG_GRI = """
--
Гришин П.С., мастер смены
ООО «ВентСанМед»
моб. +7 916 412-08-55"""

SIG_OFF = """
--
Лаптева Ольга
диспетчер ООО «ВентСанМед»
+7 (495) 411-27-90
Договор № 412/26-ВС от 12.01.2026"""

MOBILE = "\n\nОтправлено из мобильной Яндекс Почты"

RU_MONTH = "ноября"
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]


def dt(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)
    return d.replace(second=rnd.randint(0, 59))


def outlook_when(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return f"{RU_WD[d.weekday()]}, {d.day} {RU_MONTH} {d.year} г. {d.hour}:{d.minute:02d}"


def yandex_when(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.strftime("%d.%m.%Y, %H:%M")


def enc_hdr(text, charset):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name="Subject")


def addr(pair, charset):
    name, a = pair
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def fill_leaf(m, text, subtype, charset, cte):
    raw = text.encode(charset)
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def leaf(text, subtype, charset, cte):
    return fill_leaf(Message(), text, subtype, charset, cte)


def fill_multi(m, subtype, parts, boundary, extra=""):
    m["Content-Type"] = f'multipart/{subtype};{extra} boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def text2html(text, outlook=False):
    out = []
    quote = []

    def flush():
        if quote:
            inner = "<br>".join(htmlmod.escape(q) for q in quote)
            out.append(f'<blockquote style="border-left:1px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">{inner}</blockquote>')
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line.lstrip("> "))
            continue
        flush()
        if outlook:
            out.append(f'<p class=MsoNormal>{htmlmod.escape(line) if line else "<o:p>&nbsp;</o:p>"}</p>')
        else:
            out.append(f"<div>{htmlmod.escape(line) if line else '&nbsp;'}</div>")
    flush()
    return "\n".join(out)


def outlook_html(body_html):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} "
            "table.t td {border:solid windowtext 1.0pt;padding:2pt 5pt;} --></style></head>"
            "<body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n"
            + body_html + "\n</div></body></html>")


def yandex_html(body_html):
    return "<div>" + body_html + "</div>"


def html_table(headers, rows):
    h = "".join(f"<td><b>{htmlmod.escape(x)}</b></td>" for x in headers)
    r = "".join("<tr>" + "".join(f"<td>{htmlmod.escape(c)}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<table class=t border=1 cellspacing=0 cellpadding=0 style=\"border-collapse:collapse\"><tr>{h}</tr>\n{r}</table>"


def mid(client, date):
    d = datetime.strptime(date, "%Y-%m-%d %H:%M")
    if client == "outlook":
        return "<%012x$%08x$%08x@ventsan-med.ru>" % (rnd.getrandbits(48), rnd.getrandbits(32), rnd.getrandbits(32))
    if client == "thebat":
        return "<%d.%s@ventsan-med.ru>" % (rnd.randint(10 ** 8, 10 ** 9), d.strftime("%Y%m%d%H%M%S"))
    if client == "exchange":
        return "<%s@EXCH01.ventsan-med.local>" % "".join(rnd.choice("0123456789abcdef") for _ in range(32))
    if client == "bulk":
        return "<nl-2026-11.%d@news.ventsan-med.ru>" % rnd.randint(10 ** 6, 10 ** 7)
    return "<%d%d@mail.yandex.ru>" % (rnd.randint(10 ** 5, 10 ** 6), rnd.randint(10 ** 8, 10 ** 9))


LETTERS = []  # (date, key, Message, label)
MIDS = {}


def base_headers(m, client, sender, date, subject, to=DISPATCH, reply_to_key=None, cc=None):
    charset = {"outlook": "windows-1251", "exchange": "windows-1251", "thebat": "koi8-r"}.get(client, "utf-8")
    m["From"] = addr(sender, charset)
    m["To"] = addr(to, charset)
    if cc:
        m["Cc"] = addr(cc, charset)
    m["Subject"] = enc_hdr(subject, charset)
    m["Date"] = format_datetime(dt(date))
    msgid = mid(client, date)
    m["Message-ID"] = msgid
    if reply_to_key:
        ref = MIDS.get(reply_to_key) or reply_to_key
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    if client == "outlook":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Index"] = base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()
        m["Content-Language"] = "ru"
    elif client == "thebat":
        m["X-Mailer"] = "The Bat! (v9.4.5) Professional"
        m["Reply-To"] = addr(sender, charset)
    elif client in ("yandex", "ymobile"):
        m["X-Mailer"] = "Yamail [ http://yandex.ru ] 5.0"
        m["Return-Path"] = sender[1]
    return msgid


def add(key, m, date, label, msgid):
    MIDS[key] = msgid
    LETTERS.append((date, key, m, label))


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


def outlook(key, sender, date, subject, text, label, table=None, cte="quoted-printable",
            reply=None, html_only=False, to=DISPATCH, cc=None):
    m = Message()
    msgid = base_headers(m, "outlook", sender, date, subject, to=to, reply_to_key=reply, cc=cc)
    if table is None and not html_only:
        fill_leaf(m, text, "plain", "windows-1251", cte)
    else:
        body = text2html(text, outlook=True)
        if table is not None:
            body = body.replace("[[TABLE]]", html_table(*table))
            plain = text.replace("[[TABLE]]", "\n".join(" | ".join(r) for r in [table[0]] + table[1]))
        else:
            plain = text
        h = outlook_html(body)
        if html_only:
            fill_leaf(m, h, "html", "windows-1251", cte)
        else:
            b = "----=_NextPart_000_%04X_01DB%04X.%08X" % (rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(32))
            fill_multi(m, "alternative", [leaf(plain, "plain", "windows-1251", cte),
                                           leaf(h, "html", "windows-1251", cte)], b)
    add(key, m, date, label, msgid)


def yandex(key, sender, date, subject, text, label, mobile=False, cte="base64", reply=None, plain_only=False):
    m = Message()
    msgid = base_headers(m, "ymobile" if mobile else "yandex", sender, date, subject, reply_to_key=reply)
    if mobile:
        text = text + MOBILE
        fill_leaf(m, "<html><body>" + yandex_html(text2html(text)) + "</body></html>", "html", "utf-8", cte)
    elif plain_only:
        fill_leaf(m, text, "plain", "utf-8", cte)
    else:
        b = "----==--bound.%d.myt%d-%x.qloud-c.yandex.net" % (rnd.randint(10 ** 5, 10 ** 6), rnd.randint(1, 9), rnd.getrandbits(40))
        fill_multi(m, "alternative", [leaf(text, "plain", "utf-8", cte),
                                       leaf("<html><body>" + yandex_html(text2html(text)) + "</body></html>", "html", "utf-8", cte)], b)
    add(key, m, date, label, msgid)


def thebat(key, sender, date, subject, text, label, cte="8bit", reply=None):
    m = Message()
    msgid = base_headers(m, "thebat", sender, date, subject, reply_to_key=reply)
    fill_leaf(m, text, "plain", "koi8-r", cte)
    add(key, m, date, label, msgid)


def quote_gt(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def outlook_block(frm, date, to, subject, cc=None, mailto=False):
    name, a = frm
    f = f"{name} [mailto:{a}]" if mailto else f"{name} <{a}>"
    s = f"От: {f}\nОтправлено: {outlook_when(date)}\nКому: {to}\n"
    if cc:
        s += f"Копия: {cc}\n"
    return s + f"Тема: {subject}\n"


# ---------------------------------------------------------------- letters
# ===== 411207  Хирургический корпус, оперблок
outlook("a01", OFF, "2026-11-02 09:15", "Заявка № 411207 - принята",
        """Добрый день!

Заявку № 411207 (хирургический корпус, оперблок) приняли в работу.
Ответственный за выполнение - мастер смены Гришин П.С., моб. +7 916 412-08-55.
Сроки работ согласуем с эпидемиологом больницы по графику операционного блока.
""" + SIG_OFF,
        D("411207", [], "заявка принята", "приняли в работу; позиции не названы; телефоны и номер договора 412/26 - не заявки"))

A02 = """Выехали на П-3 (венткамера в подвале хирургического корпуса), будем к 8:15.
Газель К 417 ОР 777, 4 человека, дезсредство и туманообразователь с собой.
Гришин"""
outlook("a02", GRI, "2026-11-03 07:40", "411207 поз 3", A02,
        D("411207", ["3"], "подрядчик в пути", "выехали на П-3 = поз.3; госномер и время прибытия - не номера"))

# read receipt for the dispatcher's question
def receipt(key, sender, date, orig_subject, orig_date, label):
    m = Message()
    msgid = base_headers(m, "outlook", sender, date, "Прочитано: " + orig_subject)
    m["Auto-Submitted"] = "auto-replied"
    b = "----=_NextPart_000_%04X_01DB%04X.%08X" % (rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(32))
    human = leaf(f"""Ваше сообщение

  Кому: {sender[1]}
  Тема: {orig_subject}
  Отправлено: {outlook_when(orig_date)}

было прочитано {outlook_when(date)}.
""", "plain", "windows-1251", "quoted-printable")
    mdn = Message()
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload(f"Reporting-UA: EXCH01.ventsan-med.local; Microsoft Exchange Server\n"
                    f"Final-Recipient: rfc822;{sender[1]}\n"
                    f"Original-Message-ID: <DB7PR09MB2744F1{rnd.getrandbits(32):08X}@zakazchik-omis.ru>\n"
                    f"Disposition: manual-action/MDN-sent-manually; displayed\n")
    fill_multi(m, "report", [human, mdn], b, extra=" report-type=disposition-notification;")
    add(key, m, date, label, msgid)


receipt("i01", GRI, "2026-11-03 07:52", "411207 поз 3 - бригада в пути?", "2026-11-03 07:48",
        I("уведомление о прочтении (MDN), человек ничего не сообщает"))

outlook("a03", GRI, "2026-11-03 08:27", "RE: 411207 поз 3",
        """Допуск получен, бригада переодевается в шлюзе. Заходим в венткамеру.

-----Original Message-----
""" + outlook_block(GRI, "2026-11-03 07:40", "'dispatch@zakazchik-omis.ru'", "411207 поз 3") + "\n" + A02,
        D("411207", ["3"], "подрядчик на месте", "допуск получен, переодеваются в шлюзе = на объекте; цитата «выехали» - старое"),
        reply="a02")

outlook("a04", SOK, "2026-11-03 13:10", "Отчет по заявке 411207, П-3",
        """Коллеги, добрый день.

Отчёт о выполнении работ по заявке 411207, позиция 3 (приточная установка П-3):
[[TABLE]]

Результаты смывов направим после получения из лаборатории (3-5 рабочих дней).
""" + SIG_SOK,
        D("411207", ["3"], "подрядчик убыл", "таблица: бригада убыла 12:55; № пробы 2211 и ИНН - не заявки"),
        table=(["Поз.", "Объект", "Выполнено", "Время"],
               [["3", "П-3, венткамера", "очистка воздуховодов и секций; дезинфекция (экспозиция 60 мин выдержана); смыв взят, проба № 2211", "бригада убыла 12:55"]]))


def calendar_reply(key, sender, date, subj, label):
    m = Message()
    msgid = base_headers(m, "outlook", sender, date, "Принято: " + subj)
    b = "----=_NextPart_000_%04X_01DB%04X.%08X" % (rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(32))
    p = leaf("", "plain", "windows-1251", "quoted-printable")
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Гришин Павел Сергеевич:mailto:grishin@ventsan-med.ru\r\n"
           "SUMMARY;LANGUAGE=ru-RU:Принято: " + subj + "\r\n"
           "DTSTART:20261104T080000Z\r\nDTEND:20261104T090000Z\r\n"
           "UID:040000008200E00074C5B7101A82E0080000000070D1E8F8B12ADB01000000000000000010000000\r\n"
           "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
           "LOCATION;LANGUAGE=ru-RU:Переговорная 2 / Teams\r\nSEQUENCE:0\r\nDTSTAMP:20261103T151200Z\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    c = leaf(ics, "calendar", "utf-8", "base64")
    c.replace_header("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY')
    fill_multi(m, "alternative", [p, c], b)
    add(key, m, date, label, msgid)


calendar_reply("i02", GRI, "2026-11-03 18:12", "Совещание по графику дезинфекции оперблока (заявка 411207)",
               I("ответ на приглашение в календаре, сгенерирован клиентом"))

outlook("a05", GRI, "2026-11-04 16:20", "411207 операционные",
        """Заявка 411207: операционные №2 и №4 берём завтра с 7:00, после того как оперблок закроют на санобработку.
Старшая медсестра оперблока предупреждена, эпидемиолог больницы график подписала.
Гришин П.С.""",
        R("только план на завтра, статуса нет"))

A06 = "едем на оперблок, п.1 и п.2, минут 25"
yandex("a06", KUZ, "2026-11-05 06:52", "411207 п.1 п.2", A06,
       D("411207", ["1", "2"], "подрядчик в пути", "едем, будем через 25 минут"), mobile=True)

yandex("a07", KUZ, "2026-11-05 07:31", "Re: 411207 п.1 п.2",
       "Прибыли, стоим у шлюза оперблока, ждём пока санитарки закончат уборку. Допуск на руках.\n\n"
       f"{yandex_when('2026-11-05 06:52')}, \"Алексей Кузьмин\" <kuzmin.a.vent@yandex.ru>:\n" + quote_gt(A06 + MOBILE),
       D("411207", ["1", "2"], "подрядчик на месте", "прибыли; номер и позиции только в теме Re:"),
       mobile=True, reply="a06")

outlook("a09", GRI, "2026-11-05 15:42", "RE: 411207 операционные",
        """По 411207 закончили полностью: операционные №2 и №4 сданы старшей медсестре, смывы взяты, бригада уехала в 15:30.

""" + outlook_block(GRI, "2026-11-04 16:20", "'dispatch@zakazchik-omis.ru'", "411207 операционные") + """
Заявка 411207: операционные №2 и №4 берём завтра с 7:00, после того как оперблок закроют на санобработку.
Старшая медсестра оперблока предупреждена, эпидемиолог больницы график подписала.
Гришин П.С.""",
        D("411207", ["1", "2"], "подрядчик убыл",
          "операционные №2 и №4 = поз.1 и поз.2 по комментарию заявки (не поз.2 и 4); бригада уехала"),
        reply="a05")

# ===== 411568  ОРИТ
outlook("b01", OFF, "2026-11-03 10:02", "RE: Обращение 411568 ОРИТ",
        """Добрый день. Обращение 411568 принято в работу, выезд - по согласованию с заведующим ОРИТ.
""" + SIG_OFF + """

""" + outlook_block(DISPATCH, "2026-11-03 09:12", "office@ventsan-med.ru", "Обращение 411568 ОРИТ", mailto=True) + """
Прошу принять в работу обращение 411568: ОРИТ, корпус 2 - В-7 (поз.1), П-5 (поз.2). Очистка и дезинфекция, акты со смывами.
Диспетчерская ОМИС
""",
        D("411568", [], "заявка принята", "принято в работу; позиции названы только в цитате заказчика"))

yandex("b02", KUZ, "2026-11-06 07:55", "на месте",
       "Я на месте, у приемного корпуса 2. Куда заезжать - с Ленинского или со двора? Охрана не пускает без пропуска.\nКузьмин",
       R("нет номера заявки вообще; вопрос"), plain_only=True, cte="8bit")

B03 = "Прибыли в ОРИТ, поднимаемся в венткамеру на 5 этаж, ключ взяли у дежурного инженера.\nКузьмин"
yandex("b03", KUZ, "2026-11-06 08:12", "ОРИТ В-7 (411568)", B03,
       D("411568", ["1"], "подрядчик на месте", "В-7 = поз.1; «5 этаж» - не позиция"))

yandex("b04", KUZ, "2026-11-06 12:33", "Re: ОРИТ В-7 (411568)",
       "В-7 готово. Фильтры поменяли (G4 592x592x48, 4 шт), воздуховод продезинфицирован, акт Д-1147 подписал главный инженер. Уехали.\n\n"
       f"{yandex_when('2026-11-06 08:12')}, \"Алексей Кузьмин\" <kuzmin.a.vent@yandex.ru>:\n" + quote_gt(B03),
       D("411568", ["1"], "подрядчик убыл", "готово, уехали; размер фильтра и № акта - не номера заявки"), reply="b03")

outlook("b05", GRI, "2026-11-07 08:10", "411568 поз. 3 - выехали",
        "Выехали в ОРИТ по 411568, поз. 3. Будем около 8:50.\nГришин",
        R("у заявки 411568 только поз.1 и 2; позиции 3 нет"))

B06 = """Заявка 411568, П-5: работы приостановлены по требованию старшей медсестры - в ОРИТ поступил тяжёлый пациент.
Бригада на территории, ждём у шлюза, продолжим по команде отделения.""" + SIG_GRI
outlook("b06", GRI, "2026-11-07 09:05", "411568 П-5", B06,
        D("411568", ["2"], "подрядчик на месте", "П-5 = поз.2; работы приостановлены, но бригада на объекте"))

outlook("b07", GRI, "2026-11-07 14:48", "RE: 411568 П-5",
        """Не дождались. Старшая сестра до вечера не разрешила, бригаду с объекта сняли, П-5 доделываем завтра с 7:00.
Сделано примерно половина - секция фильтров и магистраль до клапана.

""" + outlook_block(GRI, "2026-11-07 09:05", "'dispatch@zakazchik-omis.ru'", "411568 П-5") + "\n" + B06,
        R("бригада уехала, но работа не закончена (доделают завтра) - «убыл» означает завершение; диспетчер не запишет уверенно"),
        reply="b06")

outlook("b08", SOK, "2026-11-08 11:24", "411568 П-5 завершение",
        """Сообщаю: по заявке 411568 (П-5) дезинфекция завершена, смывы взяты (пробы № 2230, 2231), персонал бригады покинул отделение в 11:05.
Венткамера закрыта, ключ сдан дежурному инженеру.
""" + SIG_SOK,
        D("411568", ["2"], "подрядчик убыл", "П-5 = поз.2; покинули отделение"), cte="base64")

outlook("b09", SOK, "2026-11-08 16:05", "411568 - простой бригады",
        """Добрый день.
Обращаем внимание: по заявке 411568 бригада дважды простаивала у шлюза ОРИТ (07.11 - 5,5 часа, 08.11 - 40 минут) в ожидании допуска.
Просим в дальнейшем согласовывать окна работ с заведующим отделением заранее. Простой будет выставлен отдельной строкой в акте.
""" + SIG_SOK,
        R("претензия о простое, нового статуса нет"))

# ===== 412034  Инфекционный корпус, боксы
outlook("c01", OFF, "2026-11-05 10:41", "RE: Заявка 412034 - дезинфекция боксов",
        """Принято. Выезд бригады согласуем с эпидемиологом инфекционного корпуса, предварительно 09.11 с 7:00.

Диспетчерская ОМИС wrote:
> Просим принять заявку 412034: инфекционный корпус, боксы №1, №2, №5 и вытяжка В-12.
> Заключительная дезинфекция после выписки пациентов.
""" + SIG_OFF,
        D("412034", [], "заявка принята", "«Принято.»; номер в теме и цитате"))

outlook("c02", GRI, "2026-11-09 06:55", "Наряд 412034",
        "Наряд 412034. Бригада выехала с базы (ул. Электродная, 2, стр. 12) на инфекционный корпус, будем ориентировочно в 07:40." + SIG_GRI,
        D("412034", [], "подрядчик в пути", "выехала С базы НА корпус = в пути; адрес базы - не номер"))

outlook("c03", GRI, "2026-11-09 07:44", "412034",
        "412034 - нa мeсте, идём в шлюз",  # latin a / e inside
        D("412034", [], "подрядчик на месте", "«нa мeсте» с латинскими a/e"))

C04 = """Промежуточный отчёт по заявке 412034 на 12:00:
[[TABLE]]
"""
C04_TABLE = (["Поз.", "Бокс", "Состояние"],
             [["1", "бокс №1", "обработка завершена, бокс сдан отделению в 11:40"],
              ["2", "бокс №2", "обработка проведена, экспозиция до 12:50"],
              ["3", "бокс №5", "бригада работает"],
              ["4", "В-12", "по графику"]])
outlook("c04", SOK, "2026-11-09 12:16", "412034 промежуточный", C04 + SIG_SOK,
        R("разные состояния по разным позициям (поз.1 сдана, 2-3 в работе, 4 по графику) - один статус не записать"),
        table=C04_TABLE)

outlook("c05", GRI, "2026-11-09 16:32", "RE: 412034 промежуточный",
        """Боксы №1, №2 и №5 сданы отделению, смывы взяты (журнал смывов, стр. 48). Бригада уехала с объекта в 16:10.
В-12 - в четверг, нужна автовышка.

""" + outlook_block(SOK, "2026-11-09 12:16", "'dispatch@zakazchik-omis.ru'", "412034 промежуточный")
        + "\nПромежуточный отчёт по заявке 412034 на 12:00:\n"
        + "\n".join(" | ".join(r) for r in [C04_TABLE[0]] + C04_TABLE[1]),
        D("412034", ["1", "2", "3"], "подрядчик убыл",
          "боксы 1, 2, 5 = поз.1, 2, 3 по комментарию; В-12 (поз.4) только план; цитата - старое"),
        reply="c04")

yandex("c06", KUZ, "2026-11-12 07:05", "412034 поз.4",
       "выезжаю на В-12, инфекционный корпус. автовышка подъедет к 8",
       D("412034", ["4"], "подрядчик в пути", "выезжаю на В-12"), mobile=True)

yandex("c07", KUZ, "2026-11-12 08:20", "412043 на месте",
       "Вышка приехала, я на кровле, В-12 остановили, начинаю.",
       R("номер 412043 отсутствует в реестре (похоже на опечатку 412034) - уверенно не записать"), mobile=True)

outlook("c08", OFF, "2026-11-12 15:05", "FW: 412034 поз.4",
        """Пересылаю отчёт инженера по В-12.
""" + SIG_OFF + """

""" + outlook_block(KUZ, "2026-11-12 14:51", "office@ventsan-med.ru", "Re: 412034 поз.4", mailto=True) + """
В-12 почистил, продезинфицировал, вентилятор крутится, всё работает. Вышку отпустил, сам уехал в 14:40.

Отправлено из мобильной Яндекс Почты
""",
        D("412034", ["4"], "подрядчик убыл", "пересланный отчёт инженера: уехал"), html_only=True)

# ===== 412310  Перинатальный центр (одна позиция)
thebat("d01", GRI, "2026-11-10 08:06", "Перинатальный центр, ул. Академика Королёва, 21 (412310)",
       """Бригада прибыла, оформляем допуск у эпидемиолога центра.
Установку дежурный инженер остановил в 8:00.

--
Гришин П.С.
""", D("412310", [], "подрядчик на месте", "номер в скобках после адреса; прибыла"))

thebat("d02", GRI, "2026-11-10 10:45", "Re: Перинатальный центр, ул. Академика Королёва, 21 (412310)",
       """Здравствуйте, Диспетчерская.

Вы писали 10 ноября 2026 г., 9:58:

ДО> Павел Сергеевич, прошу сообщить, когда будет запущена установка, родзал ждёт.
ДО> Диспетчерская ОМИС

Работы окончены в 10:30, установку запустили, параметры в норме, эпидемиолог центра приняла.
Бригада свободна, уехали на базу.

--
С уважением,
 Гришин                          mailto:grishin@ventsan-med.ru
""", D("412310", [], "подрядчик убыл", "ответ под цитатой с префиксом ДО>; уехали"), cte="quoted-printable")

# ===== 412655  Детское отделение
yandex("e01", KUZ, "2026-11-09 10:17", "412655",
       "Заявку 412655 принял, детское отделение, завтра с утра начну с 201-й.\nКузьмин А.",
       D("412655", [], "заявка принята", "принял; «начну с 201-й» - план"), plain_only=True)

yandex("e02", KUZ, "2026-11-09 17:40", "412655 вопрос",
       "Подскажите, в 203-й нужен смыв на плесневые грибы или только общий микробиологический? В заявке не указано.\nБланки возьму завтра в КДЛ.",
       R("вопрос, статуса нет"))

E03 = "Я в детском, палата 201. Отделение освобождено, начинаю."
yandex("e03", KUZ, "2026-11-10 08:58", "412655-1", E03,
       D("412655", ["1"], "подрядчик на месте", "позиция через дефис в теме; я в палате 201 = поз.1; «отделение освобождено» - не статус"),
       mobile=True)

yandex("e04", KUZ, "2026-11-10 13:22", "Re: 412655-1",
       "По 412655 палаты 201 и 203 сделаны, смывы отнес в КДЛ, уехал на базу.\n\n"
       f"{yandex_when('2026-11-10 08:58')}, \"Алексей Кузьмин\" <kuzmin.a.vent@yandex.ru>:\n" + quote_gt(E03 + MOBILE),
       D("412655", ["1", "2"], "подрядчик убыл", "палаты 201 и 203 = поз.1 и 2; тема Re: 412655-1, но тело называет обе"),
       reply="e03")

# ===== 412901  КДЛ
outlook("f01", OFF, "2026-11-10 08:47", "Подтверждение: заявка 412901",
        """Добрый день!
Подтверждаем получение заявки № 412901 (КДЛ: вытяжные шкафы ШВ-1, ШВ-2, система В-4).
Заявка принята, исполнитель - инженер Кузьмин А.В., тел. +7 925 413-77-02.
""" + SIG_OFF,
        D("412901", [], "заявка принята", "принята; телефон 413-77-02 - не заявка"),
        table=None, html_only=False)


def bulk(key, date, label):
    m = Message()
    msgid = base_headers(m, "bulk", NEWS, date, "Новые дезсредства и сертификаты - ноябрь 2026",
                         to=("Клиентам ВентСанМед", "clients@ventsan-med.ru"))
    m["Precedence"] = "bulk"
    m["List-Id"] = "<clients.ventsan-med.ru>"
    m["List-Unsubscribe"] = "<mailto:unsubscribe@ventsan-med.ru?subject=unsubscribe>"
    m["X-Mailer"] = "UniSender"
    h = """<html><body style="font-family:Arial">
<h2>ВентСанМед: новости для ЛПУ</h2>
<p>Уважаемые коллеги! В ноябре мы получили свидетельство о госрегистрации на новое дезсредство для обработки
воздуховодов с экспозицией 30 минут вместо 60.</p>
<p>Бригады выполнили более 40 заявок в 12 стационарах; помещения после обработки сдаются в тот же день.</p>
<p>Скидка 7% на плановую очистку систем П и В до 31.12.2026.</p>
<p style="font-size:10px">Вы получили это письмо, так как являетесь клиентом ООО «ВентСанМед».
<a href="https://ventsan-med.ru/unsubscribe?id=41288">Отписаться</a></p>
</body></html>"""
    fill_leaf(m, h, "html", "utf-8", "base64")
    add(key, m, date, label, msgid)


bulk("i03", "2026-11-10 12:00", I("рекламная рассылка (Precedence: bulk, List-Unsubscribe)"))

F02 = "выехал на В-4"
yandex("f02", KUZ, "2026-11-11 08:31", "412901 (3)", F02,
       D("412901", ["3"], "подрядчик в пути", "позиция в скобках в теме"), plain_only=True, cte="8bit")

yandex("f03", KUZ, "2026-11-11 09:12", "Re: 412901 (3)",
       "на месте\n\n" f"{yandex_when('2026-11-11 08:31')}, \"Алексей Кузьмин\" <kuzmin.a.vent@yandex.ru>:\n" + quote_gt(F02),
       D("412901", ["3"], "подрядчик на месте", "номер и позиция только в теме Re:"), mobile=True, reply="f02")

yandex("f04", KUZ, "2026-11-11 12:04", "Re: Re: 412901 (3)",
       "В-4 всё. Ремень заменил (A-1180), подшипник 6204-2RS, смыв с воздуховода взят. Ухожу.\nКузьмин",
       D("412901", ["3"], "подрядчик убыл", "«всё, ухожу»; артикулы ремня и подшипника - не номера"), reply="f03")

outlook("f05", GRI, "2026-11-13 10:15", "412901 шкафы",
        """Заявка 412901, шкафы ШВ-1 и ШВ-2 - обработку начнём в понедельник 16.11 с 9:00: лаборатория работает сегодня до 15:00, потом готовят помещение.
Просим проконтролировать, чтобы к понедельнику шкафы были освобождены от реактивов.""" + SIG_GRI,
        R("план на понедельник + просьба, статуса нет"))

outlook("f06", GRI, "2026-11-16 09:22", "412901 поз. 1, 2",
        "Бригада в КДЛ, допуск получен, позиции 1 и 2 в работе." + SIG_GRI,
        D("412901", ["1", "2"], "подрядчик на месте", "бригада в КДЛ"))

outlook("f07", GRI, "2026-11-16 09:50", "412901 / 413118",
        """По 412901 бригада в КДЛ, по 413118 акт подписан, Кузьмин заберёт оригинал в обед.""" + SIG_GRI,
        R("две разные заявки в одном письме"))

outlook("f08", GRI, "2026-11-16 14:03", "RE: 412901 поз. 1, 2",
        """412901 П.1, П.2 - ЗАВЕРШЕНО. Бригада убыла 13:45, шкафы сданы заведующей КДЛ.

-----Original Message-----
From: Гришин Павел Сергеевич
Sent: Monday, November 16, 2026 9:22 AM
To: dispatch@zakazchik-omis.ru
Subject: 412901 поз. 1, 2

Бригада в КДЛ, допуск получен, позиции 1 и 2 в работе.""",
        D("412901", ["1", "2"], "подрядчик убыл", "«П.1, П.2» здесь пункты/позиции, не установки П-1; убыла 13:45"),
        reply="f06")

# ===== 413118  Пищеблок (одна позиция)
outlook("g01", GRI, "2026-11-11 13:42", "RE: Заявка 413118 пищеблок",
        """Принято, ставим на субботу 14.11 с 6:30, пока пищеблок не начал закладку.

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 11, 2026 1:05 PM
To: grishin@ventsan-med.ru
Subject: Заявка 413118 пищеблок

Прошу принять заявку 413118: пищеблок, вытяжка В-9 над варочными котлами, очистка от жировых отложений.
""",
        D("413118", [], "заявка принята", "«Принято», дата - план"), reply="<DB7PR09MB27441105@zakazchik-omis.ru>")

yandex("g02", KUZ, "2026-11-14 06:28", "пищеблок 413118",
       "Выезжаю на пищеблк, к 7 буду.", D("413118", [], "подрядчик в пути", "выезжаю"), mobile=True)

outlook("g03", SOK, "2026-11-14 11:58", "Заявка 413118 - выполнено",
        """Заявка 413118 - работы выполнены, акт выполненных работ № 318 от 14.11.2026 передан заведующей производством.
Бригада с объекта убыла в 11:40. Щит управления вытяжкой опломбирован, пломба № 0041287.
""" + SIG_SOK,
        D("413118", [], "подрядчик убыл", "убыла; № акта и пломбы - не номера заявки"), cte="base64")

outlook("g04", SOK, "2026-11-16 10:20", "413118 акт и счёт",
        """Добрый день.
По заявке 413118 просим уточнить, кто подпишет акт со стороны заказчика: заведующая производством отказывается, ссылаясь на отсутствие доверенности.
Счёт № 1189 от 14.11.2026 на сумму 48 600,00 руб. (без НДС) направлен в бухгалтерию.
""" + SIG_SOK,
        R("документы/оплата, статуса нет"))

# ===== 413472  ЦСО
outlook("h01", OFF, "2026-11-12 09:26", "RE: Заявка 413472",
        "Добрый день. Приняли в работу, бригада Гришина, выезд 13.11 утром." + SIG_OFF,
        D("413472", [], "заявка принята", "номер только в теме RE:"))


def ndr(key, date, orig_subject, orig_text, label):
    m = Message()
    msgid = base_headers(m, "exchange", EXCH, date, "Недоставляемое: " + orig_subject)
    m["Auto-Submitted"] = "auto-replied"
    m["X-MS-Exchange-Message-Is-Ndr"] = ""
    b = "----=_NdrBoundary_%08X" % rnd.getrandbits(32)
    human = leaf(f"""Не удалось доставить сообщение следующим получателям или группам:

brigada3@ventsan-med.ru
Адрес электронной почты, который вы ввели, не удалось найти. Проверьте адрес получателя и повторите попытку отправки.

Диагностические сведения для администраторов:
Создающий сервер: EXCH01.ventsan-med.local
brigada3@ventsan-med.ru
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""", "plain", "windows-1251", "quoted-printable")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns;EXCH01.ventsan-med.local"
    b2 = Message()
    b2["Final-recipient"] = "RFC822; brigada3@ventsan-med.ru"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    ds.set_payload([b1, b2])
    inner = Message()
    inner["From"] = addr(DISPATCH, "windows-1251")
    inner["To"] = "brigada3@ventsan-med.ru"
    inner["Subject"] = enc_hdr(orig_subject, "windows-1251")
    inner["Date"] = format_datetime(dt("2026-11-13 07:59"))
    inner["MIME-Version"] = "1.0"
    fill_leaf(inner, orig_text, "plain", "windows-1251", "quoted-printable")
    fill_multi(m, "report", [human, ds, MIMEMessage(inner)], b, extra=" report-type=delivery-status;")
    add(key, m, date, label, msgid)


outlook("h02", GRI, "2026-11-13 07:14", "413472 П-2, В-2",
        "Выехали в ЦСО, будем минут через 40. Машина Х 412 КМ 777." + SIG_GRI,
        D("413472", ["1", "2"], "подрядчик в пути", "П-2 и В-2 = поз.1 и 2; госномер с 412 - не заявка"))

ndr("i04", "2026-11-13 08:00", "Заявка 413472 - бригада на месте?",
    "Коллеги, подтвердите, бригада на месте по заявке 413472? ЦСО спрашивает.\nДиспетчерская ОМИС",
    I("отчёт о недоставке (NDR) от Exchange подрядчика"))

outlook("h03", GRI, "2026-11-13 13:05", "413472",
        """П-2 сдали, смыв взят, бригада с объекта уехала.
В-2 завтра - сегодня ЦСО не даёт остановить вытяжку, идёт стерилизация.""" + SIG_GRI,
        D("413472", ["1"], "подрядчик убыл", "П-2 (поз.1) сделана и уехали; В-2 - только план"))

H04 = "на объекте с 8:05, ЦСО вытяжку остановило"
outlook("h04", GRI, "2026-11-14 10:44", "RE: 413472 поз.2 - на объекте",
        """В-2 закончили, смыв взят. Выехали с объекта в 10:35.

""" + outlook_block(GRI, "2026-11-14 08:10", "'dispatch@zakazchik-omis.ru'", "413472 поз.2 - на объекте") + "\n" + H04,
        D("413472", ["2"], "подрядчик убыл", "тема Re: со старым «на объекте», тело: выехали С объекта"))

# ===== 411833  Терапия, позиции 01-04
outlook("k01", OFF, "2026-11-13 11:12", "По заявке №411833",
        """По заявке №411833 (терапевтический корпус, 3 этаж) - принято.
Работы проведём 17 и 19 ноября, в два захода, чтобы не закрывать весь этаж.""" + SIG_OFF,
        D("411833", [], "заявка принята", "принято; даты - план"))

yandex("k02", KUZ, "2026-11-17 08:37", "411833 поз 01,02",
       "Палаты 301 и 302 - на месте, допуск получен, пациентов перевели в 310-ю.\nКузьмин",
       D("411833", ["01", "02"], "подрядчик на месте", "поз 01,02 в теме; палата 310 - не позиция"))

outlook("k03", GRI, "2026-11-17 13:06", "411833 итог 17.11",
        """411833: поз. 1 и 2 выполнено, палаты проветрены и сданы постовой сестре. 3 и 4 - в четверг.
Бригада уехала в 12:50.""" + SIG_GRI,
        D("411833", ["01", "02"], "подрядчик убыл", "поз. 1 и 2 = 01, 02; 3 и 4 - план"))

thebat("k04", GRI, "2026-11-19 07:28", "411833-3/4",
       """выехали на терапию, 3-я и 4-я позиции

--
Гришин П.С.
""", D("411833", ["03", "04"], "подрядчик в пути", "KOI8-R; 3-я и 4-я = 03, 04"))

outlook("k05", SOK, "2026-11-19 12:05", "411833 - отчёт 19.11",
        """Коллеги, по заявке 411833 работы 19.11 завершены:
[[TABLE]]
Бригада убыла в 11:50, помещения переданы старшей медсестре терапевтического отделения.
""" + SIG_SOK,
        D("411833", ["03", "04"], "подрядчик убыл", "HTML-таблица с позициями 03 и 04; убыла"),
        table=(["Поз.", "Помещение", "Работы", "Смыв"],
               [["03", "палата 305", "очистка, дезинфекция, экспозиция 60 мин", "взят"],
                ["04", "пост и коридор", "очистка решёток, дезинфекция", "взят"]]))

# ===== 413790  Рентгенохирургия
outlook("m01", GRI, "2026-11-16 13:10", "RE: Заявка 413790 - график",
        """Спасибо, график операционного дня получили, учтём.

""" + outlook_block(DISPATCH, "2026-11-16 12:55", "grishin@ventsan-med.ru", "Заявка 413790 - график", mailto=True) + """
Павел Сергеевич, направляю график рентгенохирургии на неделю. Окна для работ: 18.11 после 18:00, 20.11 после 17:00.
Диспетчерская ОМИС""",
        R("благодарность за письмо диспетчера, статуса нет (заявка ещё не подтверждена отдельно)"))

outlook("m02", GRI, "2026-11-18 16:47", "413790",
        "По 413790: выезд бригады после окончания операционного дня, ориентировочно в 18:00. Перчатки и бахилы стерильные берём свои." + SIG_GRI,
        R("выезд запланирован, ещё не выехали"))

outlook("m03", GRI, "2026-11-18 18:08", "413790 выехали",
        "Выехaли нa рентгенохирургию.",  # latin a
        D("413790", [], "подрядчик в пути", "выехали (латинские a внутри слов)"))

outlook("m04", GRI, "2026-11-18 19:02", "Re: 413790 выехали",
        "Прибыли в 18:50. Ждём, пока закончат последнюю операцию, допуска пока нет." + SIG_GRI,
        D("413790", [], "подрядчик на месте", "тема Re: «выехали» - старое; прибыли, ждут допуска на месте"))

outlook("m05", GRI, "2026-11-18 23:41", "413790 - П-8, В-8 готово",
        """Заявка 413790: П-8 и В-8 обработаны, экспозиция 60 минут выдержана, операционная передана дежурной смене.
Бригада убыла в 23:30.""" + SIG_GRI,
        D("413790", ["1", "2"], "подрядчик убыл", "П-8 = поз.1, В-8 = поз.2"), cte="base64")

# ===== 412477  Приёмное (одна позиция)
outlook("n01", SOK, "2026-11-17 15:22", "412477 СРОЧНО",
        "Заявку 412477 (приёмное отделение, внеплановая дезинфекция вытяжки) приняли, бригада Кузьмина собирается." + SIG_SOK,
        D("412477", [], "заявка принята", "приняли"))

thebat("n02", GRI, "2026-11-17 16:12", "Fw: приемное",
       """Пересылаю, Кузьмин на связи только по почте.

This is a forwarded message
From: Алексей Кузьмин <kuzmin.a.vent@yandex.ru>
To: grishin@ventsan-med.ru
Date: Tuesday, November 17, 2026, 4:05:37 PM
Subject: приемное

===8<==============Original message text===============
Забрал дезсредство на складе, еду в приемное по 412477. Буду в 16:40.

Отправлено из мобильной Яндекс Почты
===8<===========End of original message text===========

--
Гришин П.С.
""", D("412477", [], "подрядчик в пути", "пересылка The Bat!: пересланное сообщение «еду» - это и есть отчёт"))

yandex("n03", KUZ, "2026-11-17 20:14", "Re: приемное 412477",
       "Работы по 412477 окончены, помещение закрыто на проветривание до 21:00, смыв возьмет завтра эпидемиолог больницы. Мы уехали.",
       D("412477", [], "подрядчик убыл", "«закрыто на проветривание» - не статус, но «мы уехали» - убыл"), mobile=True)

# ===== 413256  Гнойная хирургия
outlook("p01", OFF, "2026-11-18 09:33", "Заявка 413256",
        """Заявку 413256 получили, в работу взяли.
Перевязочная - 20.11 с утра, палаты 12 и 14 - по мере освобождения отделением.""" + SIG_OFF,
        D("413256", [], "заявка принята", "взяли в работу; палаты - план"))

outlook("p02", GRI, "2026-11-20 08:03", "413256",
        "Гнойная хирургия: перевязочная (поз. 1) - бригада на месте с 7:55." + SIG_GRI,
        D("413256", ["1"], "подрядчик на месте", "перевязочная = поз.1"))

yandex("p03", KUZ, "2026-11-20 09:10", "Автоответ: 413256",
       "Здравствуйте! Я на объекте без связи до 18:00. По срочным вопросам - мастер смены Гришин П.С., +7 916 412-08-55.\n\nЭто письмо отправлено автоматически.",
       I("автоответ Яндекс Почты"), plain_only=True)
LETTERS[-1][2]["Auto-Submitted"] = "auto-replied"
LETTERS[-1][2]["X-Yandex-Autoreply"] = "yes"

outlook("p04", GRI, "2026-11-20 10:31", "RE: 413256",
        """Перевязочная готова, смыв взят. Бригада освободилась и уехала - палаты 12 и 14 отделение освободит только после обеда, тогда вернёмся.

""" + outlook_block(GRI, "2026-11-20 08:03", "'dispatch@zakazchik-omis.ru'", "413256")
        + "\nГнойная хирургия: перевязочная (поз. 1) - бригада на месте с 7:55.",
        D("413256", ["1"], "подрядчик убыл", "перевязочная (поз.1) готова, уехали; палаты 12, 14 - план"), reply="p02")

yandex("p05", TIM, "2026-11-20 13:30", "413256 палаты",
       "Добрый день. По палатам 12 и 14 ещё не выехали - отделение не освободило, ждём звонка старшей сестры.\nТимофеев, бригадир",
       R("отрицание: ещё не выехали"))

# forward as attachment (message/rfc822)
inner = Message()
inner["From"] = addr(TIM, "utf-8")
inner["To"] = addr(OFF, "utf-8")
inner["Subject"] = enc_hdr("413256 палаты 12, 14", "utf-8")
inner["Date"] = format_datetime(dt("2026-11-20 17:09"))
inner["Message-ID"] = mid("yandex", "2026-11-20 17:09")
inner["MIME-Version"] = "1.0"
fill_leaf(inner, "Палаты 12 и 14 отработали, смывы взяли, выехали с объекта в 17:05.\nТимофеев", "plain", "utf-8", "base64")
q = Message()
q_id = base_headers(q, "outlook", OFF, "2026-11-20 17:20", "FW: 413256 палаты 12, 14")
b = "----=_NextPart_000_%04X_01DB%04X.%08X" % (rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(32))
att = MIMEMessage(inner)
att["Content-Disposition"] = 'attachment; filename="413256.eml"'
fill_multi(q, "mixed", [leaf("Пересылаю отчёт бригадира по гнойной хирургии (во вложении)." + SIG_OFF,
                             "plain", "windows-1251", "quoted-printable"), att],
           b)
add("p06", q, "2026-11-20 17:20",
    D("413256", ["2", "3"], "подрядчик убыл", "пересылка вложением message/rfc822: палаты 12 и 14 = поз.2, 3; выехали С объекта"),
    q_id)

# out-of-office (Exchange) - Sokolova on leave
m = Message()
oid = base_headers(m, "outlook", SOK, "2026-11-21 10:05", "Автоматический ответ: 413256 акты")
m["Auto-Submitted"] = "auto-replied"
m["X-Auto-Response-Suppress"] = "All"
fill_leaf(m, """Здравствуйте!
Я нахожусь в отпуске с 21.11 по 29.11.2026. По вопросам заявок обращайтесь к мастеру смены Гришину П.С. (grishin@ventsan-med.ru, +7 916 412-08-55).
Соколова И.В.""", "plain", "windows-1251", "quoted-printable")
add("i05", m, "2026-11-21 10:05", I("автоответ «в отпуске» (Exchange)"), oid)

# out-of-office with quoted original containing statuses
m = Message()
oid = base_headers(m, "outlook", GRI, "2026-11-22 11:40", "Автоматический ответ: RE: 411833 поз. 3, 4")
m["Auto-Submitted"] = "auto-replied"
m["X-Auto-Response-Suppress"] = "All"
fill_leaf(m, """Меня нет на рабочем месте до 23.11 (понедельник). Срочные вопросы - office@ventsan-med.ru, +7 (495) 411-27-90.

""" + outlook_block(DISPATCH, "2026-11-22 11:39", "grishin@ventsan-med.ru", "RE: 411833 поз. 3, 4") + """
Павел Сергеевич, подтвердите, пожалуйста, что по 411833 поз. 3 и 4 бригада убыла и смывы взяты.
""", "plain", "windows-1251", "base64")
add("i06", m, "2026-11-22 11:40", I("автоответ об отсутствии с цитатой письма диспетчера"), oid)

# read receipt for the dispatcher's reply
receipt("i07", SOK, "2026-11-16 10:41", "RE: 413118 акт и счёт", "2026-11-16 10:36",
        I("уведомление о прочтении"))


# ---------------------------------------------------------------- output
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    labels = {}
    order = sorted(LETTERS, key=lambda x: (x[0], x[1]))
    for i, (date, key, m, label) in enumerate(order, 1):
        fn = f"{i:03d}.eml"
        with open(os.path.join(LET, fn), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(m)
        labels[fn] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    reg = {
        "contractor": {
            "name": "ООО «ВентСанМед»",
            "emails": [SOK[1], GRI[1], OFF[1], NEWS[1], EXCH[1], KUZ[1], TIM[1]],
            "domains": ["ventsan-med.ru"],
        },
        "requests": [
            {"number": "411207", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
             "comment": "Хирургический корпус, операционный блок (2 эт.). Очистка и дезинфекция систем вентиляции. Поз. 1 - операционная №2; поз. 2 - операционная №4; поз. 3 - приточная установка П-3 (венткамера, подвал)."},
            {"number": "411568", "positions": ["1", "2"], "registered_at": "2026-11-03T09:10:00+03:00",
             "comment": "ОРИТ, корпус 2. Поз. 1 - вытяжная установка В-7 (венткамера 5 эт.); поз. 2 - приточная установка П-5."},
            {"number": "412034", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T10:00:00+03:00",
             "comment": "Инфекционный корпус, мельцеровские боксы, заключительная дезинфекция. Поз. 1 - бокс №1; поз. 2 - бокс №2; поз. 3 - бокс №5; поз. 4 - вытяжная установка В-12 (кровля)."},
            {"number": "412310", "positions": ["1"], "registered_at": "2026-11-06T11:00:00+03:00",
             "comment": "Перинатальный центр, ул. Академика Королёва, 21. Родильный зал, приточная установка П-1: замена фильтров, дезинфекция. Поз. 1 - П-1."},
            {"number": "412655", "positions": ["1", "2"], "registered_at": "2026-11-09T09:30:00+03:00",
             "comment": "Детское соматическое отделение, 2 эт. Поз. 1 - палата 201; поз. 2 - палата 203. Очистка решёток и воздуховодов, дезинфекция, смывы."},
            {"number": "412901", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:00:00+03:00",
             "comment": "КДЛ, бактериологическая лаборатория. Поз. 1 - вытяжной шкаф ШВ-1; поз. 2 - вытяжной шкаф ШВ-2; поз. 3 - вытяжная система В-4."},
            {"number": "413118", "positions": ["1"], "registered_at": "2026-11-11T13:00:00+03:00",
             "comment": "Пищеблок, вытяжка В-9 над варочными котлами: очистка от жировых отложений. Поз. 1 - В-9."},
            {"number": "413472", "positions": ["1", "2"], "registered_at": "2026-11-12T09:00:00+03:00",
             "comment": "ЦСО (централизованное стерилизационное отделение). Поз. 1 - приточная установка П-2; поз. 2 - вытяжная установка В-2."},
            {"number": "411833", "positions": ["01", "02", "03", "04"], "registered_at": "2026-11-13T10:00:00+03:00",
             "comment": "Терапевтический корпус, 3 эт. Поз. 01 - палата 301; поз. 02 - палата 302; поз. 03 - палата 305; поз. 04 - сестринский пост и коридор."},
            {"number": "413790", "positions": ["1", "2"], "registered_at": "2026-11-16T12:00:00+03:00",
             "comment": "Рентгенохирургическая (ангиографическая) операционная. Поз. 1 - приточная установка П-8; поз. 2 - вытяжная установка В-8. Работы только вне операционного дня."},
            {"number": "412477", "positions": ["1"], "registered_at": "2026-11-17T15:00:00+03:00",
             "comment": "Приёмное отделение, внеплановая дезинфекция вытяжной системы В-3 после выявления инфекционного случая. Поз. 1 - В-3."},
            {"number": "413256", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T09:00:00+03:00",
             "comment": "Отделение гнойной хирургии. Поз. 1 - перевязочная; поз. 2 - палата 12; поз. 3 - палата 14."},
        ],
    }
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    print(len(order), "letters")


if __name__ == "__main__":
    main()
