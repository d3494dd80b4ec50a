#!/usr/bin/env python3
"""Generator of test letters for persona DN: ООО «МедГазСервис», Ростов-на-Дону.

Run:  python3 make.py   (writes letters/*.eml, labels.json, registry.json next to this file)
Only the Python standard library is used.
"""
import base64
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
import hashlib
import io

HERE = os.path.dirname(os.path.abspath(__file__))
OUTL = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=3))

DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"

TAMARA = ("Воронцова Тамара Викторовна", "t.vorontsova@medgazservis.ru")
SERVICE = ("Сервисная служба МедГазСервис", "service@medgazservis.ru")
NEWS = ("МедГазСервис", "news@medgazservis.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@medgazservis.ru")
KOV = ("Сергей Коваленко", "s.kovalenko@medgazservis.ru")
GUS = ("Руслан Гусейнов", "r.guseinov@medgazservis.ru")
DYA = ("Артём Дьяченко", "dyachenko.artem@mail.ru")
PAK = ("Виталий Пахомов", "vitaly.pakhomov1979@yandex.ru")

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «МедГазСервис»",
        "emails": [TAMARA[1], SERVICE[1], NEWS[1], DAEMON[1].lower(), KOV[1], GUS[1], DYA[1], PAK[1]],
        "domains": ["medgazservis.ru"],
    },
    "requests": [
        {"number": "141203", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "ГБУ РО «ОКБ №2», ул. 1-й Конной Армии, 33: 1 — кислородная рампа (подвал корп. 3), 2 — вакуумная станция, 3 — компрессор медицинского воздуха"},
        {"number": "141377", "positions": ["1"], "registered_at": "2026-11-03T07:50:00+03:00",
         "comment": "МБУЗ «ГБ №20», ул. Пешкова, 34: 1 — утечка на кислородной линии, реанимация"},
        {"number": "142058", "positions": ["1", "2"], "registered_at": "2026-11-05T08:40:00+03:00",
         "comment": "МБУЗ «ЦРБ Аксайского района»: 1 — компрессорная станция, 2 — кислородная разводка хирургического отделения"},
        {"number": "142610", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T11:00:00+03:00",
         "comment": "ГБУ РО «Перинатальный центр», ул. Бодрая, 90: 1 — консоли реанимации новорождённых, 2 — родильный зал, 3 — операционный блок, 4 — вакуумная станция"},
        {"number": "143094", "positions": ["1"], "registered_at": "2026-11-06T13:00:00+03:00",
         "comment": "МБУЗ «ЦГБ» г. Батайска: 1 — вакуумный насос Busch"},
        {"number": "143512", "positions": ["1", "2"], "registered_at": "2026-11-09T08:00:00+03:00",
         "comment": "ГБУ РО «Онкодиспансер»: 1 — компрессор медвоздуха Atlas Copco GA 7, 2 — осушитель"},
        {"number": "144171", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T10:00:00+03:00",
         "comment": "МБУЗ «БСМП» г. Таганрога: 1 — кислородная рампа, 2 — разводка приёмного отделения, 3 — разводка реанимации"},
        {"number": "145008", "positions": ["1", "2"], "registered_at": "2026-11-11T12:00:00+03:00",
         "comment": "МБУЗ «ЦГБ» г. Новочеркасска: 1 — газификатор ГХК-3/1,6-200, 2 — кислородная разводка корпуса 2"},
        {"number": "145630", "positions": ["1"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "МБУЗ «ГБ №1 им. Н.А. Семашко»: 1 — кислородная рампа операционного блока"},
        {"number": "146222", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "МБУЗ «ЦРБ» г. Азова, ул. Кондаурова, 40: 1 — кислородная рампа, 2 — вакуумная линия, 3 — рампа закиси азота"},
        {"number": "147005", "positions": ["1", "2"], "registered_at": "2026-11-17T08:00:00+03:00",
         "comment": "МБУЗ «ГБ» г. Шахты: 1 — кислородная разводка, 2 — вакуумный насос Becker"},
        {"number": "148419", "positions": ["1", "2"], "registered_at": "2026-11-18T09:00:00+03:00",
         "comment": "МБУЗ «ДГБ №1»: 1 — кислородная разводка 2-го этажа, 2 — вакуумная станция"},
        {"number": "149031", "positions": ["1"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "МБУЗ «ГБСМП» г. Волгодонска: 1 — компрессор медицинского воздуха"},
    ],
}

# ---------------------------------------------------------------- helpers
WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"]


def dt(day, hh, mm, ss=0):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


def mid(seed, style):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return "<%s$%s$%s@medgazservis.ru>" % (h[:12], h[12:20], h[20:28])
    if style == "bat":
        return "<%d.%s@medgazservis.ru>" % (int(h[:8], 16), "202611" + h[8:16].translate(str.maketrans("abcdef", "123456")))
    if style == "android":
        return "<%s.%s@email.android.com>" % (h[:10], h[10:22])
    if style == "iphone":
        return "<%s-%s-%s-%s-%s@medgazservis.ru>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == "mailru":
        return "<%d.%d@f%d.i.mail.ru>" % (1762000000 + int(h[:5], 16), int(h[5:12], 16), 100 + int(h[12:14], 16))
    if style == "yandex":
        return "<%d%d@mail.yandex.ru>" % (int(h[:6], 16), 1762000000 + int(h[6:11], 16))
    if style == "news":
        return "<news.%s@medgazservis.ru>" % h[:16]
    return "<%s@medgazservis.ru>" % h[:20]


def text_part(text, subtype="plain", charset="utf-8", cte="base64"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "8bit":
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p


def html_of(text):
    import html as H
    out = []
    for para in text.split("\n"):
        if para.startswith(">"):
            out.append("<blockquote style=\"border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;\">%s</blockquote>" % H.escape(para.lstrip("> ")))
        else:
            out.append("<div>%s</div>" % (H.escape(para) if para else "<br>"))
    return "<html><body>%s</body></html>" % "\n".join(out)


def set_headers(msg, frm, subject, date, msgid, charset="utf-8", to=None, cc=None, extra=None, subj_charset=None):
    name, addr = frm
    msg["From"] = formataddr((name, addr), charset=charset if charset != "koi8-r" else "koi8-r")
    msg["To"] = to or formataddr((DISPATCH_NAME, DISPATCH), charset="utf-8")
    if cc:
        msg["Cc"] = cc
    if subject is not None:
        if all(ord(c) < 128 for c in subject):
            msg["Subject"] = subject
        else:
            msg["Subject"] = Header(subject, subj_charset or charset)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    for k, v in (extra or []):
        msg[k] = v
    if subject and subject.lower().startswith("re:") and "In-Reply-To" not in msg:
        ref = "<%s@zakazchik-omis.ru>" % hashlib.md5(subject.encode()).hexdigest()[:14]
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def reorder(msg):
    # put top-level headers first like real clients do (content headers after From/To/Subject)
    items = msg._headers[:]
    content = [h for h in items if h[0].lower() in ("content-type", "content-transfer-encoding", "mime-version")]
    rest = [h for h in items if h not in content]
    msg._headers = rest + content
    return msg


LETTERS = []   # (date, builder-result msg, label)


def add(date, msg, label):
    LETTERS.append((date, reorder(msg), label))


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def IG(note):
    return {"expect": "ignored", "note": note}


# ---------------------------------------------------------------- client styles
SIG_TAMARA = """С уважением,
Воронцова Тамара Викторовна
начальник сервисной службы
ООО «МедГазСервис»
344002, г. Ростов-на-Дону, ул. Нижнебульварная, д. 6, оф. 14
тел. +7 (863) 303-41-27, моб. +7 (928) 141-20-37
ИНН 6163145208 / КПП 616301001
www.medgazservis.ru"""

SIG_BAT = """--
С уважением,
Т.В. Воронцова
Сервисная служба ООО «МедГазСервис»
тел. +7 (863) 303-41-27 (круглосуточно)
mailto:service@medgazservis.ru"""

HONOR = "\n\nОтправлено с моего Honor"
HONOR2 = "\n\nОтправлено с моего телефона"
IPHONE = "\n\nОтправлено с iPhone"
MAILRU = "\n--\nОтправлено из мобильной Почты Mail.ru"
YANDEX = "\n\n-- \nОтправлено из мобильной Яндекс Почты"

OUTLOOK_X = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru"),
             ("Thread-Index", "AdtNq7cK2m1QxqVbT0yOq8wC9pLm3A==")]


def ru_date(d):
    return "%d %s %d г." % (d.day, MON_GEN[d.month - 1], d.year)


def outlook_quote(frm_name, frm_addr, sent, to, subject, body):
    return ("\n\nОт: %s <%s>\nОтправлено: %s, %s %s\nКому: %s\nТема: %s\n\n%s"
            % (frm_name, frm_addr, WD[sent.weekday()].lower(), ru_date(sent), sent.strftime("%H:%M").lstrip("0"),
               to, subject, body))


def tamara(date, subject, body, label, html=None, cte="quoted-printable", quote="", seed=None,
           extra=None, cc=None, attach=None, html_only=False):
    text = None if html_only else body + "\n\n" + SIG_TAMARA + quote
    if html_only:
        msg = text_part(html, "html", "windows-1251", cte)
    elif html or attach:
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(text, "plain", "windows-1251", cte))
        if html:
            alt.attach(text_part(html, "html", "windows-1251", cte))
        if attach:
            msg = MIMEMultipart("mixed")
            msg.attach(alt if html else text_part(text, "plain", "windows-1251", cte))
            for a in attach:
                msg.attach(a)
        else:
            msg = alt
    else:
        msg = text_part(text, "plain", "windows-1251", cte)
    set_headers(msg, TAMARA, subject, date, mid(seed or subject + str(date), "outlook"), "windows-1251",
                cc=cc, extra=OUTLOOK_X + (extra or []))
    add(date, msg, label)


KOI_FIX = str.maketrans({"«": '"', "»": '"', "—": "-", "–": "-", "№": "N"})


def bat(date, subject, body, label, cte="8bit", extra=None):
    # The Bat! with KOI8-R: the charset has no guillemets, dashes or numero sign
    body = (body + "\n\n" + SIG_BAT).translate(KOI_FIX)
    subject = subject.translate(KOI_FIX)
    msg = text_part(body, "plain", "koi8-r", cte)
    set_headers(msg, SERVICE, subject, date, mid(subject + str(date), "bat"), "koi8-r",
                extra=[("X-Mailer", "The Bat! (v9.4.2) Professional"), ("X-Priority", "3 (Normal)")] + (extra or []))
    add(date, msg, label)


def kov(date, subject, body, label, footer=HONOR, extra=None, cc=None, alt=False):
    text = body + footer
    if alt:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(text, "plain", "utf-8", "base64"))
        msg.attach(text_part(html_of(text), "html", "utf-8", "base64"))
    else:
        msg = text_part(text, "plain", "utf-8", "base64")
    set_headers(msg, KOV, subject, date, mid(subject + body, "android"), cc=cc, extra=extra)
    add(date, msg, label)


def gus(date, subject, body, label, quote="", extra=None):
    text = body + IPHONE + quote
    msg = text_part(text, "plain", "utf-8", "quoted-printable")
    set_headers(msg, GUS, subject, date, mid((subject or "") + body, "iphone"),
                extra=[("X-Mailer", "iPhone Mail (22B91)")] + (extra or []))
    add(date, msg, label)


def dya(date, subject, body, label, quote="", extra=None):
    text = body + MAILRU + quote
    msg = MIMEMultipart("alternative")
    msg.attach(text_part(text, "plain", "utf-8", "base64"))
    msg.attach(text_part(html_of(text), "html", "utf-8", "base64"))
    set_headers(msg, DYA, subject, date, mid(subject + body, "mailru"),
                extra=[("X-Mailer", "Mail.Ru Mail for Android 15.2.0")] + (extra or []))
    add(date, msg, label)


def pak(date, subject, body, label, quote_above="", extra=None):
    # Yandex mobile: the reply can be written UNDER the quote
    text = (quote_above + "\n\n" if quote_above else "") + body + YANDEX
    msg = MIMEMultipart("alternative")
    msg.attach(text_part(text, "plain", "utf-8", "base64"))
    msg.attach(text_part(html_of(text), "html", "utf-8", "base64"))
    set_headers(msg, PAK, subject, date, mid(subject + body, "yandex"), extra=extra)
    add(date, msg, label)


def mailru_quote(d, who, addr, body):
    lines = "\n".join(">" + l if l else ">" for l in body.split("\n"))
    return "\n\n\n>%s, %d %s %d, %s +03:00 от %s <%s>:\n>\n%s" % (
        WD[d.weekday()], d.day, MON_GEN[d.month - 1], d.year, d.strftime("%H:%M").lstrip("0"), who, addr, lines)


def yandex_quote(d, who, addr, body):
    lines = "\n".join("> " + l if l else ">" for l in body.split("\n"))
    return "%s, %s, \"%s\" <%s>:\n%s" % (d.strftime("%d.%m.%Y"), d.strftime("%H:%M"), who, addr, lines)


def iphone_quote(d, who, addr, body, depth=1):
    p = ">" * depth + " "
    lines = "\n".join((p + l) if l else p.rstrip() for l in body.split("\n"))
    return "\n\n%s%d нояб. %d г., в %s, %s <%s> написал(а):\n%s\n%s" % (
        p, d.day, d.year, d.strftime("%H:%M"), who, addr, p.rstrip(), lines)


DISP_SIG = "\n\nДиспетчер Лебедева И.\nДиспетчерская служба ООО «ОМИС»"

# ================================================================ LETTERS

# --- bulk mailing: holiday schedule
def newsletter(date, subject, text, html, label, seed):
    msg = MIMEMultipart("alternative")
    msg.attach(text_part(text, "plain", "utf-8", "quoted-printable"))
    msg.attach(text_part(html, "html", "utf-8", "base64"))
    set_headers(msg, NEWS, subject, date, mid(seed, "news"), to="undisclosed-recipients:;",
                extra=[("Precedence", "bulk"),
                       ("List-Id", "Клиенты МедГазСервис <clients.medgazservis.ru>"),
                       ("List-Unsubscribe", "<mailto:unsubscribe@medgazservis.ru?subject=unsubscribe>, <https://medgazservis.ru/unsubscribe?u=omis-dispatch>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("X-Mailer", "Sendsay")])
    add(date, msg, label)


newsletter(dt(2, 7, 55), "Режим работы сервисной службы в праздничные дни 4 ноября",
           """Уважаемые партнёры!

Сообщаем, что 4 ноября 2026 года (День народного единства) офис ООО «МедГазСервис» не работает.
Аварийная служба по системам медицинских газов работает круглосуточно: +7 (863) 303-41-27.
Заявки, поступившие 04.11, будут приняты в работу 05.11 с 08:00.

Вы получили это письмо, так как являетесь клиентом ООО «МедГазСервис».
Отписаться: https://medgazservis.ru/unsubscribe""",
           "<html><body><h2>Режим работы в праздничные дни</h2><p>Уважаемые партнёры!</p>"
           "<p>4 ноября 2026 года офис ООО «МедГазСервис» не работает.<br>Аварийная служба: <b>+7 (863) 303-41-27</b> (круглосуточно).</p>"
           "<p>Заявки, поступившие 04.11, будут приняты в работу 05.11 с 08:00.</p>"
           "<p style='font-size:10px;color:#888'>Вы получили это письмо, так как являетесь клиентом ООО «МедГазСервис». <a href='https://medgazservis.ru/unsubscribe'>Отписаться</a></p></body></html>",
           IG("массовая рассылка (Precedence: bulk, List-Unsubscribe) о праздничном графике"), "hol")

# ---------------------------------------------------------------- 141203
tamara(dt(2, 9, 14), "Заявка № 141203 — принята в работу",
       """Добрый день!

Сообщаем, что заявка № 141203 (ГБУ РО «ОКБ № 2», ул. 1-й Конной Армии, 33) принята ООО «МедГазСервис» в работу.
Ответственный исполнитель — инженер Коваленко Сергей Александрович, тел. +7 (918) 554-12-90.
Выезд бригады планируем сегодня до 12:00.""",
       D("141203", [], "заявка принята", "формальное подтверждение: заявка принята в работу; выезд только запланирован"))

kov(dt(2, 10, 41), "Заявка",
    "добрый день выехали по заявке сто сорок одна тысяча двести три на первую конную армию будем минут через сорок",
    D("141203", [], "подрядчик в пути", "номер словами; «выехали… будем минут через сорок»; «первую конную армию» — адрес, не позиция"))

kov(dt(2, 11, 37), "141 203 поз 1",
    "наместе позиция один кислородная лампа в подвале третьего корпуса давление на выходе падает до трёх атмосфер смотрим редуктор",
    D("141203", ["1"], "подрядчик на месте", "номер с пробелом в теме; «наместе» слитно; «лампа» = рампа (ошибка распознавания); корпус 3 не позиция"))

kov(dt(2, 15, 2), "заявка 141203",
    "тамара викторовна в копии по первой позиции закончили запятая редуктор на рампе поменяли давление держит четыре и две точка с объекта уехали точка вакуумную станцию и компрессор смотрим завтра с утра нужен ключ от компрессорной пусть завхоз оставит на посту",
    D("141203", ["1"], "подрядчик убыл", "по 1-й закончили и уехали, по остальным — план на завтра"),
    cc=formataddr(TAMARA, charset="utf-8"))

kov(dt(3, 9, 2), "141203-2", "доброе утро на месте вакуум станция работаем",
    D("141203", ["2"], "подрядчик на месте", "позиция только в теме через дефис"), footer=HONOR2)

kov(dt(3, 16, 30), "заявка 141 203",
    "вторую и третью позиции сделали вакуумник почистили обратный клапан на компрессоре ремень поменяли SPA 1250 всё работает уехали в четыре двадцать",
    D("141203", ["2", "3"], "подрядчик убыл", "«сделали… уехали»; SPA 1250 — артикул ремня"))

tamara(dt(5, 10, 20), "Заявка 141203 — согласование замены винтового блока",
       """Добрый день!

По результатам диагностики компрессора медицинского воздуха (позиция 3) по заявке № 141203 рекомендуем замену винтового блока в течение ближайших 2–3 месяцев: наработка 41 200 моточасов, повышенный уровень вибрации.
Ориентировочная стоимость работ и материалов — 186 400,00 руб., в т.ч. НДС 20 %. Срок поставки блока — до 6 недель.
Прошу согласовать, после согласования направим коммерческое предложение и счёт по договору № 14/2026-МГС.""",
       R("ценовое/договорное предложение, статуса не сообщает"))

# ---------------------------------------------------------------- 141377
dya(dt(3, 8, 21), "пешкова 34 (141377)",
    "заявку 141377 принял уже выехал буду в районе девяти",
    D("141377", [], "подрядчик в пути", "номер в скобках после адреса; принял + уже выехал → самое позднее: в пути"))

dya(dt(3, 9, 10), "Re: пешкова 34 (141377)",
    "на месте смотрю утечку в реанимации",
    D("141377", [], "подрядчик на месте", "номер только в старой теме Re:"),
    quote=mailru_quote(dt(3, 8, 25), DISPATCH_NAME, DISPATCH, "Принято, спасибо." + DISP_SIG))

dya(dt(3, 11, 48), "Re: Заявка 141377 - статус",
    "да все сделал утечка была на тройнике в реанимации перепаял опрессовал уехал в 11 40",
    D("141377", [], "подрядчик убыл", "ответ на вопрос диспетчера; вопрос в цитате, ответ — «уехал в 11 40»"),
    quote=mailru_quote(dt(3, 11, 30), DISPATCH_NAME, DISPATCH,
                       "Артём, добрый день.\nПодскажите, по заявке 141377 работы закончены? Бригада убыла с объекта?" + DISP_SIG))

# ---------------------------------------------------------------- 142058
tamara(dt(5, 9, 30), "Заявка № 142058 принята",
       """Добрый день!

Заявка № 142058 от 05.11.2026 (МБУЗ «ЦРБ Аксайского района», г. Аксай, ул. Садовая, 22) принята в работу.
Позиции: 1 — компрессорная станция, 2 — кислородная разводка хирургического отделения.
Выезд инженера Пахомова В.Н. запланирован на 06.11.2026 к 08:00, тел. инженера +7 (951) 822-40-16.""",
       D("142058", [], "заявка принята", "подтверждение приёма, выезд — план"))

pak(dt(6, 8, 7), "аксай",
    "выехал в аксай по заявке 142058 по зиции 1 и 2 буду в восемь сорок",
    D("142058", ["1", "2"], "подрядчик в пути", "«по зиции» = по позиции (распознавание); обе позиции"))

pak(dt(6, 9, 12), "142058 (1)", "на месте компрессорная открыли начинаю",
    D("142058", ["1"], "подрядчик на месте", "позиция в скобках в теме"))

pak(dt(6, 16, 10), "аксай 142058",
    "по первой позиции компрессор сделал клапан поменял масло залил сигма флюид пять литров запустил работает по второй разводку в хирургии в понедельник сегодня операции не пускают уехал",
    D("142058", ["1"], "подрядчик убыл", "по 1-й сделано и уехал, по 2-й — план на понедельник"))

pak(dt(6, 19, 40), "142058",
    "по второй позиции в понедельник нужен кто то от больницы с допуском в оперблок иначе опять не пустят кто будет подскажите телефон",
    R("вопрос/план по 2-й позиции, статуса нет"))

pak(dt(9, 9, 5), "142058-2", "наместе хирургия допуск дали",
    D("142058", ["2"], "подрядчик на месте", "позиция через дефис в теме"))

pak(dt(9, 13, 30), "Re: 142058-2",
    "готово по второй позиции утечку на посту 3 устранил клапан зоны поменял уехал",
    D("142058", ["2"], "подрядчик убыл", "ответ ПОД цитатой диспетчера; «пост 3» — не позиция"),
    quote_above=yandex_quote(dt(9, 9, 7), DISPATCH_NAME, DISPATCH, "Принято, Виталий. Отметили прибытие по позиции 2." + DISP_SIG))

# ---------------------------------------------------------------- 142610
bat(dt(5, 13, 40), "Заявка 142610 принята",
    """Добрый день.

Заявка 142610 (ГБУ РО «Перинатальный центр», ул. Бодрая, 90) принята в работу, позиции 1-4.
Выезд бригады 06.11 в 8:30, старший — инженер Гусейнов Р.М., тел. +7 (938) 110-72-45.
Просим обеспечить пропуск на автомобиль Газель В 418 МК 161.""",
    D("142610", [], "заявка принята", "The Bat!, KOI8-R 8bit; номер авто — не номер заявки"))

TABLE_142610 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Добрый день!</p>
<p class=MsoNormal>Информация по заявке № 142610 (Перинатальный центр) на 10:30:</p>
<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>
<tr><td><b>Поз.</b></td><td><b>Участок</b></td><td><b>Состояние</b></td><td><b>Время</b></td></tr>
<tr><td>1</td><td>Реанимация новорождённых, консоли КПН-2</td><td>бригада на объекте, работы ведутся</td><td>с 09:05</td></tr>
<tr><td>2</td><td>Родильный зал</td><td>бригада на объекте, работы ведутся</td><td>с 09:05</td></tr>
<tr><td>3</td><td>Операционный блок</td><td>выезд запланирован</td><td>09.11.2026</td></tr>
<tr><td>4</td><td>Вакуумная станция</td><td>выезд запланирован</td><td>09.11.2026</td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>С уважением,<br>Воронцова Тамара Викторовна<br>начальник сервисной службы<br>ООО «МедГазСервис»<br>тел. +7 (863) 303-41-27</p>
</div></body></html>"""

tamara(dt(6, 10, 35), "Заявка № 142610 — статус по позициям",
       """Добрый день!

Информация по заявке № 142610 (Перинатальный центр) на 10:30:

Поз. | Участок | Состояние | Время
1 | Реанимация новорождённых, консоли КПН-2 | бригада на объекте, работы ведутся | с 09:05
2 | Родильный зал | бригада на объекте, работы ведутся | с 09:05
3 | Операционный блок | выезд запланирован | 09.11.2026
4 | Вакуумная станция | выезд запланирован | 09.11.2026""",
       D("142610", ["1", "2"], "подрядчик на месте", "таблица (HTML + текст): по 1 и 2 на месте, по 3 и 4 только план"),
       html=TABLE_142610)

tamara(dt(6, 17, 55), "RE: Заявка 142610",
       """Добрый вечер!

Работы по позициям 1 и 2 заявки № 142610 завершены, бригада убыла с объекта в 17:20.
Позиции 3 и 4 — по графику 09.11.2026.""",
       D("142610", ["1", "2"], "подрядчик убыл", "ответ на вопрос диспетчера; Outlook-блок цитаты"),
       quote=outlook_quote(DISPATCH_NAME, DISPATCH, dt(6, 17, 31), "Воронцова Тамара Викторовна", "Заявка 142610",
                           "Тамара Викторовна, добрый вечер.\nПодскажите, пожалуйста, как обстоят дела по позициям 1 и 2? Бригада ещё на объекте?" + DISP_SIG))

gus(dt(9, 8, 25), "перинатальный",
    "заявка сто сорок две тысячи шестьсот десять третья и четвертая позиция выехали уже едем будем минут через пятнадцать",
    D("142610", ["3", "4"], "подрядчик в пути", "номер словами, «выехали уже едем»"))

gus(dt(9, 15, 45), "142610 П3 П4",
    "П3 П4 всё сделали убили в 15 40 едем на базу",
    D("142610", ["3", "4"], "подрядчик убыл", "«убили» — распознавание слова «убыли»; «П3 П4»"))

# ---------------------------------------------------------------- 143094
kov(dt(6, 14, 30), "143094 в пути",
    "выехали с офиса в батайск по заявке 143094 вакуумный насос будем минут через двадцать пять",
    D("143094", [], "подрядчик в пути", "выехали С офиса В Батайск — едут на объект"), alt=True)

tamara(dt(6, 15, 20), "FW: батайск",
       """Добрый день!

Пересылаю сообщение инженера Коваленко С.А. по заявке № 143094 (МБУЗ «ЦГБ» г. Батайска).""",
       D("143094", [], "подрядчик на месте", "пересылка сообщения инженера: «на месте в батайске»; модель насоса — не номер"),
       quote=outlook_quote(KOV[0], KOV[1], dt(6, 15, 12), "Воронцова Тамара Викторовна", "батайск",
                           "тамара викторовна на месте в батайске насос бух эр пять ноль сто шестьдесят не запускается выбивает термозащиту смотрим\n\nОтправлено с моего Honor"))

kov(dt(6, 18, 10), "Re: 143094 в пути",
    "насос запустили термореле поменяли всё работает уехали с батайска",
    D("143094", [], "подрядчик убыл", "тема Re: со старым статусом «в пути», тело — уехали"),
    footer=HONOR + "\n\n-------- Исходное сообщение --------\nОт: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
           "Дата: 06.11.2026 14:36 (GMT+03:00)\nКому: s.kovalenko@medgazservis.ru\nТема: Re: 143094 в пути\n\n"
           "Принято, отметили выезд. Сообщите, пожалуйста, о прибытии на объект." + DISP_SIG)

# ---------------------------------------------------------------- calendar reply
def calendar_accept():
    d = dt(10, 9, 30)
    msg = MIMEMultipart("alternative")
    msg.attach(text_part("", "plain", "utf-8", "base64"))
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Воронцова Тамара Викторовна:mailto:t.vorontsova@medgazservis.ru
DESCRIPTION;LANGUAGE=ru-RU:\\n
UID:040000008200E00074C5B7101A82E0080000000020A1C3F4D851DD01000000000000000010000000B5C1
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по графику ППР медгазов на декабрь
DTSTART;TZID=Russian Standard Time:20261112T110000
DTEND;TZID=Russian Standard Time:20261112T120000
DTSTAMP:20261110T063000Z
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:Teams
END:VEVENT
END:VCALENDAR
"""
    cal = text_part(ics, "calendar", "utf-8", "base64")
    cal.set_param("method", "REPLY")
    msg.attach(cal)
    set_headers(msg, TAMARA, "Принято: Совещание по графику ППР медгазов на декабрь", d, mid("cal", "outlook"),
                "utf-8", extra=OUTLOOK_X + [("Thread-Topic", "Совещание по графику ППР медгазов на декабрь")])
    add(d, msg, IG("автоматический ответ на приглашение в календаре (text/calendar METHOD:REPLY)"))


calendar_accept()

# ---------------------------------------------------------------- 143512
tamara(dt(9, 8, 10), "Заявка №143512 принята в работу",
       """Добрый день!

Заявка №143512 (ГБУ РО «Онкодиспансер», компрессор Atlas Copco GA 7 и осушитель FD 30) принята в работу по договору № 14/2026-МГС от 12.01.2026.
Выезд бригады — 10.11.2026, исполнитель Коваленко С.А.""",
       D("143512", [], "заявка принята", "base64 windows-1251; номер договора и модели — ловушки"), cte="base64")

kov(dt(10, 10, 50), "онко",
    "онко диспансер 143 512 позиция вторая осушитель на месте начали разбирать",
    D("143512", ["2"], "подрядчик на месте", "номер разбит пробелом, «позиция вторая»"))

kov(dt(10, 15, 20), "онкодиспансер 143512",
    "по второй позиции осушитель заменили фильтра тоже точка по первой компрессор атлас копко джи эй семь проверили давление в норме точка из диспансера выехали в пятнадцать десять",
    D("143512", ["1", "2"], "подрядчик убыл", "«из диспансера выехали» — предлог ИЗ: уехали с объекта; обе позиции"))

_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")
ATT_PDF = MIMEApplication(_pdf, "pdf")
ATT_PDF.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "Акт_1411_и_счет_1438.pdf"))

tamara(dt(13, 16, 0), "Закрывающие документы по заявке № 143512",
       """Добрый день!

Направляем акт выполненных работ № 1411 от 13.11.2026 и счёт на оплату № 1438 от 13.11.2026 по заявке № 143512 (договор № 14/2026-МГС).
Сумма к оплате — 27 850,00 руб., в т.ч. НДС.
Оригиналы будут переданы курьером. Просим подписать акт и вернуть один экземпляр.""",
       R("документы (акт, счёт) — договорная переписка, статуса не сообщает"),
       attach=[ATT_PDF])

# ---------------------------------------------------------------- 144171
bat(dt(10, 10, 15), "Заявка 144171",
    """Добрый день.

Заявкa 144171 (МБУЗ «БСМП» г. Таганрога, ул. Карла Либкнехта, 170) принятa в работу.
Позиции 1, 2, 3. Выезд инженера Пахомова В.Н. 11.11 в 7:00.""",
    D("144171", [], "заявка принята", "KOI8-R QP; латинская «a» в «Заявкa»/«принятa»; адрес с номером дома"),
    cte="quoted-printable")

pak(dt(11, 7, 5), "таганрог 144171",
    "наряд 144171 выехал в таганрог газель а 345 ко 161 буду к девяти",
    D("144171", [], "подрядчик в пути", "«наряд»; госномер машины — не номер заявки"))

pak(dt(11, 9, 40), "Re: таганрог 144171",
    "прибыл 9 35 в бсмп",
    D("144171", [], "подрядчик на месте", "ответ под цитатой; номер в теме Re:"),
    quote_above=yandex_quote(dt(11, 7, 12), DISPATCH_NAME, DISPATCH, "Принято, отметили выезд. Сообщите о прибытии." + DISP_SIG))

bat(dt(11, 11, 20), "Re: Изменение контактного лица по заявке 144171",
    """Здравствуйте, Диспетчерская.

Спасибо, информацию получили, инженеру передали.

Вы писали 11 ноября 2026 г., 10:58:

ДО> Добрый день.
ДО> По заявке 144171 контактное лицо в БСМП сменилось: заведующий хозяйством
ДО> Мирошниченко Олег Петрович, +7 (8634) 31-05-77.
ДО> Диспетчер Лебедева И.""",
    R("благодарность/подтверждение получения сообщения диспетчера, статуса нет (цитата The Bat! «ДО>»)"))

pak(dt(11, 15, 0), "144171",
    "по первой позиции всё закончил рампу перевёл на резерв пломбу поставил номер 0141207 по второй и третьей ещё на месте работаю до вечера",
    R("разные статусы по разным позициям в одном письме (1 — закончил, 2 и 3 — на месте); номер пломбы — ловушка"))

tamara(dt(12, 13, 20), "FW: таганрог",
       """Добрый день!

Направляю информацию от инженера по заявке 144171.""",
       D("144171", ["2", "3"], "подрядчик убыл", "пересылка (-----Original Message-----): «п.2 п.3 закончили убытие в 13 00»"),
       quote="""

-----Original Message-----
From: Виталий Пахомов [mailto:vitaly.pakhomov1979@yandex.ru]
Sent: Thursday, November 12, 2026 1:05 PM
To: Воронцова Тамара Викторовна <t.vorontsova@medgazservis.ru>
Subject: таганрог

тамара викторовна 144171 п.2 п.3 закончили убытие в 13 ноль ноль

-- 
Отправлено из мобильной Яндекс Почты""")

# ---------------------------------------------------------------- 145008
dya(dt(12, 8, 40), "новочеркасск 145008",
    "добрый день еду в новочеркасск заявка сто сорок пять тысяч восемь буду через час",
    D("145008", [], "подрядчик в пути", "«еду… буду через час»; номер словами"))

dya(dt(12, 10, 20), "Re: новочеркасск 145008",
    "на месте по позиции 1 газификатор смотрю предохранительный клапан",
    D("145008", ["1"], "подрядчик на месте", "номер только в теме Re:"),
    quote=mailru_quote(dt(12, 8, 44), DISPATCH_NAME, DISPATCH, "Принято." + DISP_SIG))

dya(dt(12, 16, 40), "заявка 145080",
    "заявка 145080 первую позицию сделал уехал по второй завтра",
    R("номер 145080 отсутствует в реестре (похоже на 145008, но уверенности нет)"))

dya(dt(13, 10, 30), "Fwd: 145008",
    "переслал вам тамара викторовна сказала вам тоже писать",
    D("145008", ["1", "2"], "подрядчик убыл", "пересылка Mail.ru: пересланное сообщение сообщает завершение и отъезд по 1 и 2"),
    quote="\n\n\n-------- Пересылаемое сообщение --------\n"
          "Пятница, 13 ноября 2026, 10:10 +03:00 от Артём Дьяченко <dyachenko.artem@mail.ru>:\n\n"
          "тамара викторовна 145008 позиции 1 и 2 обе завершены газификатор и разводка во втором корпусе работают уехал\n"
          "--\nОтправлено из мобильной Почты Mail.ru\n----------------------------------------")

# ---------------------------------------------------------------- 145630
kov(dt(12, 9, 15), "145630",
    "добрый день по 145630 сегодня не успеваем мы в ростове на другом объекте до вечера выедем завтра с утра часов в восемь",
    R("план на завтра, статуса нет"))

tamara(dt(12, 9, 35), "Заявка № 145630 — принята",
       """Добрый день!

Заявка № 145630 (МБУЗ «ГБ № 1 им. Н.А. Семашко», ул. Семашко, 2) принята в работу.
В связи с загрузкой бригад выезд согласован на 13.11.2026, 08:00.""",
       D("145630", [], "заявка принята", "приём заявки, выезд — план"))


def read_receipt():
    d = dt(12, 10, 2)
    msg = MIMEMultipart("report", report_type="disposition-notification")
    msg.attach(text_part("""Ваше сообщение

  Кому: Воронцова Тамара Викторовна
  Тема: 145630 — контакт ответственного лица
  Отправлено: 12.11.2026 9:58

было прочитано 12.11.2026 10:02.""", "plain", "windows-1251", "quoted-printable"))
    mdn = MIMENonMultipart("message", "disposition-notification")
    mdn.set_payload("Reporting-UA: medgazservis.ru; Microsoft Outlook 16.0\n"
                    "Final-Recipient: rfc822;t.vorontsova@medgazservis.ru\n"
                    "Original-Message-ID: <c81f0a2e9b@zakazchik-omis.ru>\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed\n")
    mdn["Content-Transfer-Encoding"] = "7bit"
    msg.attach(mdn)
    set_headers(msg, TAMARA, "Прочитано: 145630 — контакт ответственного лица", d, mid("mdn", "outlook"),
                "windows-1251", extra=OUTLOOK_X)
    add(d, msg, IG("уведомление о прочтении (MDN), номер заявки только в теме исходного письма"))


read_receipt()

kov(dt(13, 7, 50), "семашко",
    "в пути на семашко заявка 145 630 будем к восьми тридцати",
    D("145630", [], "подрядчик в пути", "номер с пробелом"))

tamara(dt(13, 8, 45), "RE: 145630",
       """Добрый день!

Бригада прибыла на объект в 08:35, приступили к работам на рампе операционного блока.""",
       D("145630", [], "подрядчик на месте", "ответ на вопрос диспетчера; номер только в теме RE:"),
       quote=outlook_quote(DISPATCH_NAME, DISPATCH, dt(13, 8, 40), "Воронцова Тамара Викторовна", "145630",
                           "Тамара Викторовна, доброе утро. Подскажите, бригада на месте?" + DISP_SIG))

kov(dt(13, 14, 15), "145630",
    "работы закончены запятая из семашко выехали в 14 10 точка акт подписан у старшей медсестры пломба на рампе номер 0 1 4 5 6 3 1",
    D("145630", [], "подрядчик убыл", "«из семашко выехали» — уехали С объекта; номер пломбы похож на номер заявки"))

# ---------------------------------------------------------------- 146222
TEXT_146222_ACC = """Добрый день!

Заявка № 146222 принята в работу.
Объект: МБУЗ «ЦРБ» г. Азова, ул. Кондаурова, 40.
Позиции: 1 — кислородная рампа, 2 — вакуумная линия, 3 — рампа закиси азота.
Выезд бригады — 17.11.2026 в 08:00, старший инженер Гусейнов Р.М. (в копии)."""
tamara(dt(16, 9, 10), "Заявка № 146222 принята в работу", TEXT_146222_ACC,
       D("146222", [], "заявка принята", "multipart/alternative Outlook"),
       html="<html><body><p>Добрый день!</p><p>Заявка <b>№ 146222</b> принята в работу.<br>Объект: МБУЗ «ЦРБ» г. Азова, ул. Кондаурова, 40.<br>"
            "Позиции: 1 — кислородная рампа, 2 — вакуумная линия, 3 — рампа закиси азота.<br>Выезд бригады — 17.11.2026 в 08:00, старший инженер Гусейнов Р.М. (в копии).</p>"
            "<p>С уважением,<br>Воронцова Тамара Викторовна<br>начальник сервисной службы<br>ООО «МедГазСервис»</p></body></html>",
       cc=formataddr(GUS, charset="utf-8"))

gus(dt(17, 7, 40), "Re: Заявка № 146222 принята в работу",
    "выехали в азов будем к девяти",
    D("146222", [], "подрядчик в пути", "тема Re: со старым статусом «принята», тело — выехали"),
    quote=iphone_quote(dt(16, 9, 10), TAMARA[0], TAMARA[1], TEXT_146222_ACC))

gus(dt(17, 9, 5), "#146222",
    "азов на месте поз 1 2 3 все три начинаем с рампы",
    D("146222", ["1", "2", "3"], "подрядчик на месте", "номер с #, «поз 1 2 3»"))

gus(dt(17, 11, 20), "азов 146222",
    "по 3-й позиции не хватает баллона закиси азота больница говорит не заказывали как быть звоните тамаре викторовне",
    R("проблема/вопрос, статуса нет"))

TABLE_146222 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p>Добрый день!</p><p>Статус по заявке № 146222 (ЦРБ г. Азова):</p>
<table border=1 cellpadding=3 cellspacing=0>
<tr><th>№ поз.</th><th>Оборудование</th><th>Статус</th></tr>
<tr><td>1</td><td>Рампа кислородная 2х5</td><td>работы завершены, бригада убыла в 16:45</td></tr>
<tr><td>2</td><td>Вакуумная линия</td><td>работы завершены, бригада убыла в 16:45</td></tr>
<tr><td>3</td><td>Рампа закиси азота</td><td>работы будут продолжены 19.11.2026 (ожидаем баллон N2O 40 л от больницы)</td></tr>
</table>
<p>С уважением,<br>Воронцова Тамара Викторовна<br>начальник сервисной службы<br>ООО «МедГазСервис»</p></body></html>"""
tamara(dt(17, 17, 30), "RE: Заявка 146222 - статус",
       """Добрый день!

Статус по заявке № 146222 (ЦРБ г. Азова):
поз. 1 — рампа кислородная 2х5 — работы завершены, бригада убыла в 16:45;
поз. 2 — вакуумная линия — работы завершены, бригада убыла в 16:45;
поз. 3 — рампа закиси азота — работы будут продолжены 19.11.2026 (ожидаем баллон N2O 40 л от больницы).""",
       D("146222", ["1", "2"], "подрядчик убыл", "таблица: 1 и 2 убыли, 3 — только план"),
       html=TABLE_146222,
       quote=outlook_quote(DISPATCH_NAME, DISPATCH, dt(17, 16, 58), "Воронцова Тамара Викторовна", "Заявка 146222 - статус",
                           "Тамара Викторовна, добрый день. Просим сообщить статус по всем позициям заявки 146222." + DISP_SIG))

gus(dt(19, 14, 5), "", "всё сделали уехали домой",
    R("нет номера заявки и темы"))

gus(dt(19, 14, 30), "Re:",
    "азов 146 222 третья позиция закончили баллон привезли уехали",
    D("146222", ["3"], "подрядчик убыл", "ответ на вопрос диспетчера «по какой заявке?»; новый текст сам сообщает отъезд"),
    quote=iphone_quote(dt(19, 14, 12), DISPATCH_NAME, DISPATCH,
                       "Руслан, добрый день. По какой заявке и каким позициям? В письме нет номера." + DISP_SIG)
    + "\n>\n" + iphone_quote(dt(19, 14, 5), GUS[0], GUS[1], "всё сделали уехали домой\n\nОтправлено с iPhone", depth=2).lstrip("\n"))

# ---------------------------------------------------------------- 147005
pak(dt(17, 9, 0), "шахты",
    "по 147005 ещё не выехали газель не заводится аккумулятор сел ждём замену",
    R("отрицание: ещё не выехали"))

pak(dt(17, 12, 30), "шахты 147005",
    "выехал наконец машину завели буду в шахтах к половине второго",
    D("147005", [], "подрядчик в пути", "выехал, будет к 13:30"))

pak(dt(17, 13, 40), "Re: шахты 147005",
    "н\u0061 м\u0065сте прибытие 13 35",
    D("147005", [], "подрядчик на месте", "ответ под цитатой; «нa мeсте» с латинскими a и e; номер в теме Re:"),
    quote_above=yandex_quote(dt(17, 12, 33), DISPATCH_NAME, DISPATCH, "Принято." + DISP_SIG))

pak(dt(17, 15, 10), "шахты 147005 поз 3",
    "поз 3 концентратор кислородный в приёмном на месте смотрю",
    R("позиции 3 в заявке 147005 нет (только 1 и 2)"))

pak(dt(17, 18, 5), "147005",
    "шахты поз 1 сделал поз 2 тоже насос беккер VT 4.25 лопатки заменил выехал с больницы домой",
    D("147005", ["1", "2"], "подрядчик убыл", "«выехал С больницы» — отъезд; VT 4.25 — модель насоса"))


def bounce():
    d = dt(18, 8, 15)
    msg = MIMEMultipart("report", report_type="delivery-status")
    msg.attach(text_part("""This is the mail system at host mx1.medgazservis.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<v.pahomov@medgazservis.ru>: host mx1.medgazservis.ru[185.12.94.31] said: 550
    5.1.1 <v.pahomov@medgazservis.ru>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)""", "plain", "us-ascii", "quoted-printable"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.medgazservis.ru"
    b1["X-Postfix-Queue-ID"] = "4bT9Kq1xYvz9sWd"
    b1["Arrival-Date"] = "Wed, 18 Nov 2026 08:14:58 +0300 (MSK)"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; v.pahomov@medgazservis.ru"
    b2["Original-Recipient"] = "rfc822;v.pahomov@medgazservis.ru"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <v.pahomov@medgazservis.ru>: Recipient address rejected: User unknown"
    ds.set_payload([b1, b2])
    msg.attach(ds)
    orig = MIMENonMultipart("text", "rfc822-headers")
    orig.set_payload("From: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n"
                     "To: v.pahomov@medgazservis.ru\n"
                     "Subject: =?utf-8?B?0JfQsNGP0LLQutCwIDE0NzAwNSDigJQg0LDQutGC?=\n"
                     "Date: Wed, 18 Nov 2026 08:14:51 +0300\n"
                     "Message-ID: <a77e01bc55@zakazchik-omis.ru>\n")
    orig["Content-Description"] = "Undelivered Message Headers"
    msg.attach(orig)
    set_headers(msg, DAEMON, "Undelivered Mail Returned to Sender", d, "<20261118051500.4bT9Kq1xYvz9sWd@mx1.medgazservis.ru>",
                "us-ascii", extra=[("Auto-Submitted", "auto-replied")])
    add(d, msg, IG("недоставка (bounce) письма диспетчера; номер заявки только в заголовках вернувшегося письма"))


bounce()


def yandex_autoreply():
    d = dt(18, 8, 20)
    msg = text_part("""Здравствуйте!

Я в отгуле 18.11.2026, почту не читаю.
По срочным вопросам звоните в офис ООО «МедГазСервис»: +7 (863) 303-41-27.

Виталий Пахомов""", "plain", "utf-8", "base64")
    set_headers(msg, PAK, "Автоответ: Заявка 147005 — акт", d, mid("yaauto", "yandex"),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "yes"),
                       ("In-Reply-To", "<a77e01bc56@zakazchik-omis.ru>")])
    add(d, msg, IG("автоответ почтового ящика (Auto-Submitted: auto-replied)"))


yandex_autoreply()

# ---------------------------------------------------------------- 148419
tamara(dt(18, 9, 30), "Обращение № 148419",
       None,
       D("148419", [], "заявка принята", "HTML-only письмо; «по обращению № 148419… принято в работу»"),
       html_only=True,
       html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p style="font-family:Calibri">Добрый день!</p>
<p style="font-family:Calibri">Обращение № 148419 (МБУЗ «ДГБ № 1», пер. Халтуринский, 68) принято в работу.<br>
Позиция 2 (вакуумная станция) — в приоритете, выезд инженера Коваленко С.А. сегодня до 11:00.<br>
Позиция 1 (кислородная разводка 2-го этажа) — 19.11.2026.</p>
<p style="font-family:Calibri;color:#1F3864">С уважением,<br>Воронцова Тамара Викторовна<br>начальник сервисной службы<br>ООО «МедГазСервис»<br>
тел. +7 (863) 303-41-27, моб. +7 (928) 141-20-37</p></body></html>""")

kov(dt(18, 11, 10), "детская 148419 поз2",
    "Детская Больница Позиция Два Вакуумная Станция На Месте",
    D("148419", ["2"], "подрядчик на месте", "странная капитализация; «поз2» слитно в теме"))

kov(dt(18, 16, 0), "148419 (2)",
    "вторую закончили станция работает оба насоса в автомате бригада освободилась с объекта уехали",
    D("148419", ["2"], "подрядчик убыл", "«бригада освободилась… с объекта уехали»"), footer=HONOR2)

kov(dt(19, 8, 30), "148419 п.1",
    "по п.1 на месте кислородная разводка второй этаж палата 214",
    D("148419", ["1"], "подрядчик на месте", "«п.1»; палата 214 — не номер"))

kov(dt(19, 17, 10), "148419",
    "п1 закончили течь на консоли в 214 устранили запятая уехали",
    D("148419", ["1"], "подрядчик убыл", "«п1», «запятая» словом"))

# ---------------------------------------------------------------- 149031
def tamara_ooo():
    d = dt(20, 10, 3)
    msg = text_part("""Здравствуйте!

20.11.2026 я нахожусь на выездном совещании и не имею доступа к почте.
По срочным вопросам по заявкам обращайтесь в сервисную службу: +7 (863) 303-41-27, service@medgazservis.ru.

С уважением,
Т.В. Воронцова""", "plain", "windows-1251", "quoted-printable")
    set_headers(msg, TAMARA, "Автоматический ответ: Заявка 149031", d, mid("ooo", "outlook"), "windows-1251",
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Auto-Submitted", "auto-replied"),
                       ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "t.vorontsova@medgazservis.ru"),
                       ("In-Reply-To", "<d0e11f20c3@zakazchik-omis.ru>")])
    add(d, msg, IG("автоответ «нет на месте» (Auto-Submitted)"))


tamara_ooo()

dya(dt(20, 10, 40), "волгодонск",
    "заявку сто сорок девять тысяч тридцать один принял выезжаю завтра в шесть утра ехать туда три часа",
    D("149031", [], "заявка принята", "«принял» — принята; выезд завтра — только план"))

dya(dt(20, 15, 0), "Re: волгодонск",
    "подскажите по 149031 какой корпус там их три куда заезжать и кто встретит",
    R("вопрос, статуса нет"),
    quote=mailru_quote(dt(20, 10, 52), DISPATCH_NAME, DISPATCH, "Принято, Артём." + DISP_SIG))

dya(dt(21, 6, 10), "149031", "выезд 6 05 в пути в волгодонск",
    D("149031", [], "подрядчик в пути", "существительное «выезд» с временем + «в пути»"))

dya(dt(21, 9, 20), "Re: 149031", "на месте приступил",
    D("149031", [], "подрядчик на месте", "номер только в теме Re:; телефон и корпус в цитате — ловушки"),
    quote=mailru_quote(dt(21, 6, 20), DISPATCH_NAME, DISPATCH,
                       "Принято. Корпус 2, вход со двора, встретит завхоз Ткаченко, +7 (8639) 22-14-31." + DISP_SIG))

dya(dt(21, 15, 0), "149 031 готово",
    "готово компрессор запустил давление восемь бар выехал из волгодонска обратно в ростов",
    D("149031", [], "подрядчик убыл", "«готово… выехал ИЗ волгодонска обратно»"))

# ---------------------------------------------------------------- summary over two requests
tamara(dt(23, 10, 0), "Завершение работ по заявкам 146222, 148419",
       """Добрый день!

Сообщаем, что работы по заявкам № 146222 (ЦРБ г. Азова) и № 148419 (ДГБ № 1) выполнены в полном объёме, бригады убыли с объектов.
Акты выполненных работ будут направлены до 27.11.2026.""",
       R("две разные заявки в одном письме"))

newsletter(dt(24, 9, 0), "Новинка: кислородные концентраторы и сервис «под ключ» — скидка 10% до 31.12",
           """Уважаемые партнёры!

ООО «МедГазСервис» начинает поставку и сервисное обслуживание кислородных концентраторов Atmung 10 л/мин.
До 31.12.2026 — скидка 10 % на годовой контракт ТО систем медицинских газов.

Подробнее: https://medgazservis.ru/promo
Отписаться от рассылки: https://medgazservis.ru/unsubscribe""",
           "<html><body><h2>Новинка: кислородные концентраторы</h2><p>Уважаемые партнёры!</p>"
           "<p>ООО «МедГазСервис» начинает поставку и сервисное обслуживание кислородных концентраторов <b>Atmung 10 л/мин</b>.</p>"
           "<p>До 31.12.2026 — скидка 10 % на годовой контракт ТО.</p><p><a href='https://medgazservis.ru/promo'>Подробнее</a> | "
           "<a href='https://medgazservis.ru/unsubscribe'>Отписаться</a></p></body></html>",
           IG("рекламная рассылка (bulk)"), "promo")


# ================================================================ write out
def main():
    os.makedirs(OUTL, exist_ok=True)
    for f in os.listdir(OUTL):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUTL, f))
    letters = sorted(LETTERS, key=lambda x: x[0])
    labels = {}
    for i, (d, msg, label) in enumerate(letters, 1):
        name = "%03d.eml" % i
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\r\n")
        with open(os.path.join(OUTL, name), "wb") as fh:
            fh.write(buf.getvalue())
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
