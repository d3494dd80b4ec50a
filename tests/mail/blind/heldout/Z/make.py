#!/usr/bin/env python3
"""Generator of test letters: persona = прораб ООО «ГорСтройРемонт» (Thunderbird/Linux)."""
import json, os, hashlib, datetime
from email.message import Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
import io

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=5))   # Пермь
TB_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.4.1"
DISPATCH = formataddr(("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru"), charset="utf-8")
ME = ("Сергей Волошин", "voloshin@gsr-stroy.ru")
ME_HOME = ("Волошин С.П.", "voloshin.sp@yandex.ru")

SIG = """-- 
С уважением,
Волошин Сергей Петрович
прораб, ООО «ГорСтройРемонт»
моб. +7 912 345-67-80"""
SIG_LONG = """-- 
Волошин С.П., прораб
ООО «ГорСтройРемонт», ИНН 5904123456 КПП 590401001
614000, г. Пермь, ул. Героев Хасана, 105, оф. 12
моб. +7 912 345-67-80"""
SIG_SHORT = "-- \nВолошин"
SIG_KOI = SIG.replace("«", "\"").replace("»", "\"")

REGISTRY = {
    "contractor": {
        "name": "ООО «ГорСтройРемонт»",
        "emails": ["voloshin@gsr-stroy.ru", "voloshin.sp@yandex.ru", "office@gsr-stroy.ru",
                   "news@gsr-stroy.ru", "MAILER-DAEMON@gsr-stroy.ru"],
        "domains": ["gsr-stroy.ru"],
    },
    "requests": [
        {"number": "24015", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:00:00+05:00",
         "comment": "Школа №12, ул. Ленина 44: 1 кровля корп. А, 2 кровля корп. Б, 3 водосточные трубы"},
        {"number": "24031", "positions": ["1", "2"], "registered_at": "2026-11-03T10:00:00+05:00",
         "comment": "Поликлиника №3, пр. Мира 15, замена окон: 1 первый этаж (регистратура), 2 второй этаж"},
        {"number": "24048", "positions": ["1"], "registered_at": "2026-11-03T12:00:00+05:00",
         "comment": "Детский сад №7, ул. Гагарина 3, покраска коридора 1 эт."},
        {"number": "24077", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:30:00+05:00",
         "comment": "ДК «Юбилейный», ул. Советская 120, кровля: 1 над сценой, 2 над фойе, 3 козырёк входа, 4 парапеты"},
        {"number": "24102", "positions": ["1"], "registered_at": "2026-11-06T09:00:00+05:00",
         "comment": "Центральная библиотека, ул. Пушкина 8, замена разбитого стеклопакета"},
        {"number": "24139", "positions": ["1", "2"], "registered_at": "2026-11-09T08:00:00+05:00",
         "comment": "Администрация района, ул. Октябрьская 1, покраска фасада: 1 главный, 2 дворовый"},
        {"number": "24164", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T09:00:00+05:00",
         "comment": "Школа №5, ул. Чкалова 17, окна: 1 каб. 12, 2 каб. 14, 3 спортзал"},
        {"number": "24208", "positions": ["1", "2"], "registered_at": "2026-11-11T10:00:00+05:00",
         "comment": "СК «Олимп», ул. Строителей 9, мягкая кровля: 1 над залом, 2 над раздевалками"},
        {"number": "24256", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T11:00:00+05:00",
         "comment": "Жилищное управление, ул. Кирова 25: 1 входные двери, 2 покраска лестницы, 3 окно в тамбуре"},
        {"number": "24311", "positions": ["1"], "registered_at": "2026-11-16T09:00:00+05:00",
         "comment": "Детская поликлиника, ул. Гоголя 2, замена кровельной воронки"},
        {"number": "24389", "positions": ["1", "2"], "registered_at": "2026-11-17T10:00:00+05:00",
         "comment": "Краеведческий музей, ул. Набережная 6, окна: 1 фасадные, 2 фондохранилище"},
        {"number": "24420", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T09:00:00+05:00",
         "comment": "Баня №2, ул. Заводская 40, кровля: 1 над мойкой, 2 над парилкой, 3 вентвыходы"},
        {"number": "24517", "positions": ["1", "2"], "registered_at": "2026-11-20T08:00:00+05:00",
         "comment": "Школа №9, ул. Мичурина 11, покраска спортзала: 1 стены, 2 потолок"},
    ],
}

LETTERS = []   # (date, msg, label)


def cs(name, enc):
    c = Charset(name)
    c.body_encoding = enc          # None -> 8bit
    c.header_encoding = BASE64
    return c


def flow(text, width=72):
    """Thunderbird-like format=flowed wrapping: soft breaks keep a trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or line == "-- " or len(line) <= width or "\t" in line:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_part(text, charset="utf-8", enc=None, subtype="plain", flowed=None):
    if flowed is None:
        flowed = (subtype == "plain")
    if flowed:
        text = flow(text)
    part = MIMEText(text, subtype, cs(charset, enc))
    if flowed:
        part.set_param("format", "flowed")
    return part


def d(day, h, m, s=None):
    if s is None:
        s = (day * 7 + h * 13 + m) % 60
    return datetime.datetime(2026, 11, day, h, m, s, tzinfo=TZ)


def mid(seed, domain="gsr-stroy.ru"):
    hx = hashlib.md5(seed.encode()).hexdigest()
    return "<%s-%s-%s-%s-%s@%s>" % (hx[:8], hx[8:12], hx[12:16], hx[16:20], hx[20:32], domain)


def dmid(seed):
    hx = hashlib.sha1(seed.encode()).hexdigest()[:20].upper()
    return "<%s@mail.zakazchik-omis.ru>" % hx


def headers(msg, date, subject, frm=ME, charset="utf-8", reply_to=None, ua=TB_UA, to=DISPATCH):
    msg["Message-ID"] = mid("%s|%s|%s" % (date.isoformat(), subject, len(LETTERS)))
    msg["Date"] = format_datetime(date)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if ua:
        msg["User-Agent"] = ua
    msg["Content-Language"] = "ru"
    msg["To"] = to
    msg["From"] = formataddr(frm, charset=charset) if isinstance(frm, tuple) else frm
    msg["Subject"] = Header(subject, cs(charset, BASE64)) if any(ord(ch) > 127 for ch in subject) else subject
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    return msg


def reorder(msg):
    # MIMEText puts Content-Type first; move it after the identity headers like Thunderbird does
    ct = [(k, v) for k, v in msg.items() if k.lower().startswith("content-") and k.lower() != "content-language"]
    for k, _ in ct:
        del msg[k]
    for k, v in ct:
        msg[k] = v
    return msg


def plain(date, subject, body, label, frm=ME, charset="utf-8", enc=None, reply=None, flowed=True):
    m = text_part(body, charset, enc, flowed=flowed)
    headers(m, date, subject, frm, charset, reply_to=dmid(reply) if reply else None)
    LETTERS.append((date, reorder(m), label))


def html_only(date, subject, html, label, frm=ME, charset="utf-8", enc=QP, reply=None):
    m = text_part(html, charset, enc, subtype="html")
    headers(m, date, subject, frm, charset, reply_to=dmid(reply) if reply else None)
    LETTERS.append((date, reorder(m), label))


def alternative(date, subject, text, html, label, frm=ME, charset="utf-8", enc=None):
    m = MIMEMultipart("alternative")
    headers(m, date, subject, frm, charset)
    m.attach(text_part(text, charset, enc))
    m.attach(text_part(html, charset, enc, subtype="html"))
    LETTERS.append((date, reorder(m), label))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def tb_head(date, who="Диспетчерская ОМИС"):
    return "%s, %s пишет:" % (date.strftime("%d.%m.%Y %H:%M").replace(" 0", " "), who)


def tb_fwd(subject, date, frm, to="Сергей Волошин <voloshin@gsr-stroy.ru>"):
    return ("-------- Пересланное сообщение --------\n"
            "Тема: \t%s\nДата: \t%s\nОт: \t%s\nКому: \t%s\n" % (subject, format_datetime(date), frm, to))


def label(expect, request=None, positions=None, status=None, note=""):
    lab = {"expect": expect}
    if expect == "decided":
        lab.update({"request": request, "positions": positions, "status": status})
    lab["note"] = note
    return lab


A, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ------------------------------------------------------------------ 24015 школа 12
disp1 = """Добрый день!
Направляем заявку № 24015. Школа №12, ул. Ленина, 44.
1 – протечка кровли корп. А (каб. 21, 23)
2 – протечка кровли корп. Б (рекреация 2 эт.)
3 – замена водосточных труб, 2 шт.
Просим подтвердить получение.

--
Диспетчерская служба ОМИС, тел. 8 (342) 200-10-10"""
plain(d(2, 11, 20), "Re: Заявка 24015 — протечка кровли, школа №12",
      tb_head(d(2, 9, 4)) + "\n" + q(disp1) + "\n\nДобрый день.\nЗаявку 24015 принял в работу. Кровельщиков "
      "(ИП Каримов) предупредил, завтра с утра начнут с корпуса А.\n\n" + SIG_LONG,
      label("decided", "24015", [], A, "accepted, no position named; 'начнут завтра' is plan only; quote is dispatcher's"),
      reply="24015-new")

plain(d(3, 8, 5), "24015 поз 1",
      "Кровельщики выехали на Ленина 44, корпус А. Минут через 40 будут на месте.\n\n" + SIG_SHORT,
      label("decided", "24015", ["1"], V, "'выехали на ...' = travelling to site; position in subject"))

plain(d(3, 9, 12), "Fwd: школа 12",
      "Пересылаю от Каримова. Это по 24015, п.1.\n\n\n" +
      tb_fwd("школа 12", d(3, 9, 2, 17), "Рустам Каримов <krovlya-karimov@mail.ru>") +
      "\n\n\nСергей Петрович, мы на месте, школа 12 корпус А. Завхоз открыла выход на кровлю, "
      "начинаем вскрывать у вентшахты. Материала хватает.\nРустам\n\n",
      label("decided", "24015", ["1"], M, "Thunderbird inline forward of roofer's 'мы на месте'; '12' is school number"))

plain(d(4, 17, 30), "Школа 12 / 24015 — итоги за 03-04.11",
      "Заявка 24015, школа №12, итоги на 04.11:\n\n"
      "поз.\tработа\t\t\t\tприбыли\t\tубыли\n"
      "1\tкровля корп. А (примыкания, 34 м2)\t03.11 09:00\t04.11 16:40\n"
      "2\tкровля корп. Б\t\t\t-\t\t-\n"
      "3\tводосточные трубы\t\tплан 06.11\n\n"
      "По п.1 течь устранена, пролили — сухо.\n\n" + SIG,
      label("decided", "24015", ["1"], U, "tab table: pos 1 arrived+left (latest = убыл); pos 2,3 nothing/plan"))

plain(d(5, 10, 15), "24015 доп. работы",
      "Добрый день.\n\nПо заявке 24015 — при вскрытии на корп. А обнаружили гнилую обрешётку у вентшахты, "
      "около 6 м2. Это сверх заявки. Смета на доп. работы 48 600 руб. с НДС (по договору № 24/118-ПР от 12.01.2026) "
      "во вложении у ПТО, могу переслать. Прошу согласовать до понедельника, иначе закрываем как есть.\n\n" + SIG,
      label("review", note="price / extra-work approval request, no status"))

disp_ok = "Принято, ждём итог по П2 и П3."
plain(d(6, 8, 50), "24015 П2, П3",
      "Сегодня на школе 12 работают по П2 и П3, люди на месте с 8:30 (Каримов + 2 чел.).\n\n" + SIG_SHORT,
      label("decided", "24015", ["2", "3"], M, "'на месте с 8:30' for П2 and П3"))

plain(d(6, 17, 5), "Re: 24015 П2, П3",
      tb_head(d(6, 9, 1)) + "\n" + q(disp_ok) + "\n\nП2 и П3 закрыли, люди ушли в 16:30. На корп. Б "
      "заменили две трубы d100, воронку прочистили, пролили — сухо.\n\n" + SIG_SHORT,
      label("decided", "24015", ["2", "3"], U, "bottom-post under dispatcher's quote: closed, people left"),
      reply="24015-p23")

# ------------------------------------------------------------------ 24031 поликлиника 3
fwd_okna = """От: Отдел монтажа ОкнаЛюкс [mailto:montazh@oknalux.ru]
Отправлено: 3 ноября 2026 г. 13:47
Кому: voloshin@gsr-stroy.ru
Тема: RE: поликлиника 3 окна

Сергей, добрый день.
Заявку принимаем. На 1 этаж (регистратура) размеры есть с прошлого года, изделия в наличии на складе, монтаж в четверг 05.11 с 9:00. На 2 этаж замер 05.11, изготовление 5-7 раб. дней.

С уважением, Ольга Пестова
ООО "ОкнаЛюкс", т. (342) 277-08-19"""
plain(d(3, 14, 10), "Fwd: RE: поликлиника 3 окна",
      "Оконщики заявку взяли, пересылаю. Это по 24031.\n\n\n" + fwd_okna + "\n",
      label("decided", "24031", [], A, "forward of window fitter's Outlook reply 'заявку принимаем'; cp1251 QP"),
      charset="windows-1251", enc=QP)

plain(d(5, 9, 35), "24031-1",
      "Монтажники в поликлинике на Мира 15, 1 эт., регистратура. Начали демонтаж двух окон, "
      "регистратуру отгородили плёнкой.\n\n" + SIG_SHORT,
      label("decided", "24031", ["1"], M, "'24031-1' in subject = request-position; on site"))

plain(d(5, 11, 0), "24031 регистратура вопрос",
      "Коллеги, вопрос по 24031: регистратуру на время монтажа закрывают или работаем при посетителях? "
      "Главврач ничего не знает, говорит звонить вам. Плёнку-перегородку поставили, но пыль всё равно будет. "
      "Прошу уточнить до обеда.\n\n" + SIG,
      label("review", note="question to dispatcher; mentions plёнку but reports no new status"))

disp_graf = "Сергей Петрович, монтаж окон на 2 этаже поликлиники согласован с главврачом на 12.11."
plain(d(8, 20, 14), "Re: 24031 график",
      tb_head(d(8, 18, 40)) + "\n" + q(disp_graf) + "\n\nСпасибо, получил. Передал оконщикам.\n\n" + SIG_SHORT,
      label("review", note="acknowledgement of dispatcher's message, no status"),
      frm=ME_HOME, reply="24031-graf")

plain(d(7, 15, 15), "Заявка 24031 поликлиника",
      "Добрый день.\n\nПоз. 1 (первый этаж) — всё: окна стоят, откосы и подоконники сделали, мусор вывезли, "
      "монтажники ушли в 15:00.\nПо второму этажу стеклопакеты ещё не привезли, ждём до 12.11.\n\n" + SIG,
      label("decided", "24031", ["1"], U, "pos 1 finished and left; pos 2 only waiting (plan)"))

disp_p2 = """Добрый день. По заявке 24031 — когда ожидать работы по поз. 2 (2 этаж)?
Диспетчерская ОМИС"""
plain(d(12, 10, 5), "Re: Заявка 24031 — поликлиника №3",
      tb_head(d(12, 8, 47)) + "\n" + q(disp_p2) + "\n\nОконщики уже с 9 утра на втором этаже, работают. Поз. 2.\n\n" + SIG_SHORT,
      label("decided", "24031", ["2"], M, "reply: crew working on 2nd floor since 9, pos 2"),
      reply="24031-p2")

html_only(d(13, 18, 20), "24031 поз.2 завершение",
          "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head>"
          "<body><p>Добрый вечер.</p><p>Завершение работ по 24031 поз.2 — 13.11 в 17:45, монтажники уехали, "
          "кабинеты убраны.</p><p>Акт КС-2 № 118/11 от 13.11.2026 подготовлю завтра.</p>"
          "<div class=\"moz-signature\">-- <br>Волошин С.П.<br>+7 912 345-67-80</div></body></html>",
          label("decided", "24031", ["2"], U, "HTML-only; 'завершение ... уехали'; act number is not a request"))

# ------------------------------------------------------------------ 24048 детсад 7
mdn = MIMEMultipart("report", report_type="disposition-notification")
headers(mdn, d(3, 13, 5), "Уведомление о прочтении (отображено) - Заявка 24048 покраска коридора д/с 7")
mdn.attach(text_part("Это уведомление о прочтении для сообщения, отправленного 03.11.2026 12:04 на адрес "
                     "voloshin@gsr-stroy.ru.\n\nПримечание: Уведомление о прочтении означает лишь, что сообщение "
                     "было отображено на экране компьютера получателя. Нет никакой гарантии, что получатель прочитал "
                     "или понял содержимое сообщения.", flowed=False))
dn = MIMEBase("message", "disposition-notification")
dn.set_payload("Reporting-UA: gsr-stroy.ru; Thunderbird 115.4.1\r\nFinal-Recipient: rfc822;voloshin@gsr-stroy.ru\r\n"
               "Original-Message-ID: " + dmid("24048-new") + "\r\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
mdn.attach(dn)
LETTERS.append((d(3, 13, 5), mdn, label("ignored", note="Thunderbird read receipt (MDN)")))

plain(d(4, 7, 50), "наряд 24048 д/с 7",
      "Маляры Сотникова едут в садик на Гагарина 3, к 8:30 будут. Ключи у сторожа, договорился.\n\n" + SIG_SHORT,
      label("decided", "24048", [], V, "'едут ... к 8:30 будут' = on the way; single-position request, none named"))

m = text_part("ПО 24048 МАЛЯРЫ ЗАКОНЧИЛИ, УШЛИ В 16:40. КОРИДОР 1 ЭТ ПОКРАШЕН В 2 СЛОЯ, ЗАВТРА С УТРА "
              "ОТКРЫТЬ ОКНА ПРОВЕТРИТЬ.\nизвините за капс, с телефона\n\nВолошин\n\n--\nОтправлено из мобильной Яндекс Почты",
              enc=BASE64, flowed=False)
headers(m, d(5, 17, 0), "24048", frm=ME_HOME, ua=None)
LETTERS.append((d(5, 17, 0), reorder(m), label("decided", "24048", [], U, "caps from phone; 'закончили, ушли'; base64 UTF-8")))

disp_color = """Сергей Петрович, заведующая д/с 7 сообщает, что цвет стен в коридоре не соответствует согласованному, просит перекрасить. Прошу дать пояснения."""
plain(d(6, 11, 30), "Re: 24048 претензия по цвету",
      tb_head(d(6, 10, 12)) + "\n" + q(disp_color) + "\n\nКолер согласовывали по вашему письму от 28.10 — RAL 1015, "
      "светлая слоновая кость. Его и красили, банки с маркировкой остались у завхоза, можно посмотреть. "
      "Перекрашивать за свой счёт не будем. Если нужен другой цвет — оформляйте отдельной заявкой.\n\n" + SIG,
      label("review", note="answer to a complaint; no status"), reply="24048-color")

# ------------------------------------------------------------------ 24077 ДК
plain(d(5, 13, 10), "24077 ДК Юбилейный",
      "Добрый день.\nЗаявку 24077 получил, взял в работу. Кровельщики освободятся со школы 12 к выходным, "
      "на ДК зайдут в понедельник 09.11.\n\n" + SIG_KOI,
      label("decided", "24077", [], A, "KOI8-R; accepted, whole request; start is plan"),
      charset="koi8-r", enc=None)

plain(d(9, 8, 15), "24077 (1,2)",
      "Выехали на ДК, начинаем со сцены и фойе. Газель Т 418 КР 159, водитель Паша.\n\n" + SIG_SHORT,
      label("decided", "24077", ["1", "2"], V, "positions in brackets in subject; car plate is not a number to use"))

disp_okk = "Принято."
plain(d(9, 9, 30), "Re: 24077 (1,2)",
      tb_head(d(9, 8, 20)) + "\n" + q(disp_okk) + "\n\nНа месте с 9:20, ДК Юбилейный (Советская 120), позиции 1 и 2. "
      "Поднимаем материал на кровлю краном.\n\n" + SIG_SHORT,
      label("decided", "24077", ["1", "2"], M, "on site, positions 1 and 2; 120 is house number"),
      reply="24077-ok")

plain(d(11, 17, 10), "24077 ДК — сцена, фойе готово",
      "24077 ДК Юбилейный\n\n"
      "Поз  Работа                         Приезд       Отъезд\n"
      "П1   сцена, мягкая кровля 120 м2    09.11 09:20  11.11 16:50\n"
      "П2   фойе, примыкания               09.11 09:20  11.11 16:50\n"
      "П3   козырёк                        —            —     (на 14.11)\n"
      "П4   парапеты                       —            —     (после П3)\n\n" + SIG,
      label("decided", "24077", ["1", "2"], U, "space table: П1 П2 arrived and left; П3 П4 planned"))

cal = MIMEMultipart("mixed")
headers(cal, d(16, 8, 2), "Принято: Приёмка кровли ДК «Юбилейный» (24077)")
cal.attach(text_part("Сергей Волошин принял приглашение на событие:\n\nПриёмка кровли ДК «Юбилейный» (24077)\n"
                     "Когда: чт, 19 нояб. 2026 11:00 – 12:00\nГде: ул. Советская 120", flowed=False))
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
       "BEGIN:VEVENT\r\nUID:5e1c0a3f-2b1d-4c6e-9f1a-24077dk@zakazchik-omis.ru\r\nDTSTAMP:20261116T030200Z\r\n"
       "DTSTART:20261119T060000Z\r\nDTEND:20261119T070000Z\r\nSUMMARY:Приёмка кровли ДК «Юбилейный» (24077)\r\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Сергей Волошин:mailto:voloshin@gsr-stroy.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
calpart = MIMEText(ics, "calendar", cs("utf-8", BASE64))
calpart.set_param("method", "REPLY")
cal.attach(calpart)
LETTERS.append((d(16, 8, 2), cal, label("ignored", note="calendar reply generated by Thunderbird (METHOD:REPLY)")))

plain(d(14, 16, 0), "24077 козырёк, парапеты",
      "По 24077: козырёк (п.3) доделали, с него ушли в 15:00. На парапетах (п.4) люди ещё работают, "
      "закончат к понедельнику.\n\n" + SIG_SHORT,
      label("review", note="different statuses for different positions (п.3 убыл, п.4 на месте) — one of two such letters"))

disp_par = "Сергей Петрович, что по парапетам на ДК? Приёмка в четверг."
plain(d(17, 17, 40), "Re: 24077 п.4 парапеты",
      tb_head(d(17, 14, 3)) + "\n" + q(disp_par) + "\n\nДоделали. Бригада освободилась, с объекта съехала в 17:15, "
      "мусор вывезли. По ДК всё, поз. 4 закрыта.\n\n" + SIG_SHORT,
      label("decided", "24077", ["4"], U, "'бригада освободилась, съехала с объекта'; pos 4"),
      reply="24077-par")

# ------------------------------------------------------------------ 24102 библиотека
disp_lib = """Заявка 24102. Центральная библиотека, ул. Пушкина 8, читальный зал — разбит стеклопакет (камень с улицы).
Прошу принять в работу."""
plain(d(6, 10, 30), "Re: Заявка 24102 библиотека — разбит стеклопакет",
      tb_head(d(6, 9, 12)) + "\n" + q(disp_lib) + "\n\nПринято. Стеклопакет заказали, размер 1150х1420, "
      "двухкамерный 4-10-4-10-4, изготовление 3 дня.\n\n" + SIG,
      label("decided", "24102", [], A, "'Принято' + ordered glass; sizes/formula are not numbers to use"),
      reply="24102-new")

plain(d(10, 12, 45), "24102 задержка",
      "По библиотеке 24102: стеклопакет пришёл не той формулы (однокамерный 4-16-4). Перезаказали, "
      "установка не раньше 16.11. Фанера на проёме стоит с 06.11 (ставил их завхоз), пока держит.\n\n" + SIG_SHORT,
      label("review", note="delay / plan only, nothing happened"))

plain(d(16, 9, 5), "Fwd: FW: выезд библиотека",
      "по 24102 от оконщиков\n\n-----Original Message-----\nFrom: montazh@oknalux.ru [mailto:montazh@oknalux.ru]\n"
      "Sent: Monday, November 16, 2026 8:51 AM\nTo: voloshin@gsr-stroy.ru\nSubject: выезд библиотека\n\n"
      "Сергей, выезжаем на Пушкина 8 менять стеклопакет, к 10 будем. Монтажник Ахметов, тел. 8-902-634-11-20.\n\n"
      "Ольга, ОкнаЛюкс\n",
      label("decided", "24102", [], V, "Outlook '-----Original Message-----' forward; 'выезжаем на ..., к 10 будем'"))

plain(d(16, 12, 40), "24102 готово",
      "Стеклопакет на Пушкина 8 поставили, уплотнитель поменяли, фурнитуру отрегулировали. Монтажники уехали "
      "в 12:20, фанеру забрали с собой.\n\n" + SIG_SHORT,
      label("decided", "24102", [], U, "done, crew left"))

# ------------------------------------------------------------------ 24139 фасад администрации
auto = text_part("Здравствуйте!\n\nВаше письмо получено и будет передано ответственному сотруднику.\n"
                 "Это автоматическое уведомление, отвечать на него не нужно.\n\nООО «ГорСтройРемонт»\n"
                 "тел. (342) 259-40-40", flowed=False)
headers(auto, d(9, 8, 1), "Автоответ: обращение 24139 — покраска фасада администрации",
        frm=("ООО ГорСтройРемонт", "office@gsr-stroy.ru"), ua=None)
auto["Auto-Submitted"] = "auto-replied"
auto["X-Autoreply"] = "yes"
LETTERS.append((d(9, 8, 1), reorder(auto), label("ignored", note="office auto-reply, Auto-Submitted")))

plain(d(9, 12, 0), "обращение 24139",
      "Обращение 24139 (фасад администрации, Октябрьская 1) принятo в рaботу. Маляров дам после садика.\n\n" + SIG,
      label("decided", "24139", [], A, "Latin o/a look-alikes inside 'принятo в рaботу'"))

disp_fas = "Сергей Петрович, когда планируете начать фасад по обращению 24139?"
plain(d(10, 9, 20), "Re: обращение 24139",
      tb_head(d(10, 8, 33)) + "\n" + q(disp_fas) + "\n\nПo фасаду: при минусе обычную фасадную краску не положишь, "
      "прогноз на неделю до -5. Варианты: 1) перенести на весну; 2) делать под тепляком с пушками — "
      "это доп. смета ~180 тыс.; 3) морозостойкая краска до -10, +15% к материалу. Жду решения.\n\n" + SIG,
      label("review", note="options/price talk, no status"), reply="24139-when")

plain(d(12, 8, 30), "24139 поз 1",
      "Маляры на месте, главный фасад. Ставят леса у центрального входа, +2, грунтуем. Краска морозостойкая, "
      "как договорились.\n\n" + SIG_SHORT,
      label("decided", "24139", ["1"], M, "on site, pos 1"))

alternative(d(13, 16, 0), "Отчёт по 24139",
            "Отчёт по 24139 (администрация, Октябрьская 1)\n\n"
            "поз.\tработа\t\tприбыли\t\tубыли\n1\tглавный фасад\t12.11 08:10\t13.11 15:30\n"
            "2\tдворовый фасад\tплан 18.11\t\n\nЛеса с главного сняли.\n\n" + SIG_SHORT,
            "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<p>Отчёт по 24139 (администрация, Октябрьская 1)</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>поз.</th><th>работа</th><th>прибыли</th><th>убыли</th></tr>"
            "<tr><td>1</td><td>главный фасад</td><td>12.11 08:10</td><td>13.11 15:30</td></tr>"
            "<tr><td>2</td><td>дворовый фасад</td><td>план 18.11</td><td></td></tr></table>"
            "<p>Леса с главного сняли.</p><div class=\"moz-signature\">-- <br>Волошин</div></body></html>",
            label("decided", "24139", ["1"], U, "multipart/alternative with HTML table; row 1 left, row 2 plan"))

plain(d(18, 7, 45), "24139/2",
      "Выезд бригады Сотникова на дворовый фасад (Октябрьская 1) — 7:40, прибытие ориентировочно 8:15.\n\n" + SIG_SHORT,
      label("decided", "24139", ["2"], V, "'24139/2' in subject; noun 'выезд' with time + expected arrival = on the way"))

plain(d(19, 17, 15), "Re: 24139/2",
      tb_head(d(18, 8, 0)) + "\n" + q("Принято, ждём.") + "\n\nДВОРОВЫЙ ФАСАД ЗАКОНЧИЛИ, леса сняли, уехали в 16:50.\n\n" + SIG_SHORT,
      label("decided", "24139", ["2"], U, "finished, left; position only in subject"), reply="24139-2")

# ------------------------------------------------------------------ 24164 школа 5
disp_sch5 = """Добрый день!
Заявка № 24164 от 10.11.2026. МБОУ СОШ №5, ул. Чкалова 17.
1 – замена окна, каб. 12
2 – замена окна, каб. 14
3 – замена окон в спортзале (3 шт.)"""
plain(d(10, 11, 0), "Re: Заявка № 24164 от 10.11.2026",
      tb_head(d(10, 9, 10)) + "\n" + q(disp_sch5) + "\n\nПринято. Оконщики будут в четверг.\n\n" + SIG_SHORT,
      label("decided", "24164", [], A, "'Принято' under quote; number only in Re: subject/quote"),
      reply="24164-new")

plain(d(12, 9, 40), "24164",
      "Оконщики на Чкалова 17 ещё не выехали — Газель (К 512 ВЕ 159) встала на ремонт. Ориентир после обеда, "
      "сообщу.\n\n" + SIG_SHORT,
      label("review", note="negation: not yet departed"))

plain(d(12, 14, 20), "24164 поз1 поз2 - прибыли",
      "прибыли на Чкалова 17 в 14:05, каб. 12 и 14 (поз1, поз2).\n\n" + SIG_SHORT,
      label("decided", "24164", ["1", "2"], M, "arrived; cabinet numbers 12/14 are not positions"))

plain(d(13, 16, 30), "Re: 24164 поз1 поз2 - прибыли",
      tb_head(d(12, 14, 31)) + "\n" + q("Принято.") + "\n\nКабинеты 12 и 14 готово (поз. 1, 2): окна поменяли, "
      "откосы, отливы. Убыли в 16:10.\n\n" + SIG_SHORT,
      label("decided", "24164", ["1", "2"], U, "Re: subject still says 'прибыли', body reports departure"),
      reply="24164-p12")

plain(d(20, 9, 0), "24164 поз 4",
      "24164 поз 4 — монтажники на месте, спортзал, начали.\n\n" + SIG_SHORT,
      label("review", note="request 24164 has no position 4"))

plain(d(21, 15, 0), "24164-3 спортзал",
      "закончили, ушли. Окна в спортзале заменены, защитные сетки повесили обратно.\n\n" + SIG_SHORT,
      label("decided", "24164", ["3"], U, "'24164-3' in subject; finished, left"))

# ------------------------------------------------------------------ 24208 Олимп
plain(d(11, 14, 30), "заявка №24208 Олимп",
      "Добрый день.\nПриняли в работу заявку №24208 (СК «Олимп», мягкая кровля). Кровельщиков отправлю, как "
      "освободятся с ДК — ориентировочно 18.11.\n\n" + SIG,
      label("decided", "24208", [], A, "windows-1251 QP; accepted"), charset="windows-1251", enc=QP)

plain(d(18, 8, 0), "Fwd: Re: Олимп",
      "Fwd по 24208.\n\n\n" +
      tb_fwd("Re: Олимп", d(18, 7, 52, 40), "Рустам Каримов <krovlya-karimov@mail.ru>") +
      "\n\n\nЗдравствуйте, Сергей.\n\nСВ> Рустам, в среду Олимп, Строителей 9, заявка 24208, обе кровли.\n\n"
      "Выдвигаемся на Олимп, около 9 будем. Рулоны забрали с базы.\n\n-- \nС уважением,\n Рустам"
      "                          mailto:krovlya-karimov@mail.ru\n\n",
      label("decided", "24208", [], V, "forwarded roofer's message (with The Bat! 'СВ>' quote): 'выдвигаемся, около 9 будем'"))

plain(d(18, 10, 0), "Олимп 24208 п.1",
      "По п.1 (кровля над залом) работают с 9:05, на месте 4 человека. П.2 — завтра-послезавтра.\n\n" + SIG_SHORT,
      label("decided", "24208", ["1"], M, "pos 1 on site; pos 2 plan"))

plain(d(20, 17, 30), "24208 итог",
      "п1 и п2 готовы — кровлю над залом и над раздевалками закрыли, бригада снялась в 17:00.\n\n" + SIG_SHORT,
      label("decided", "24208", ["1", "2"], U, "'бригада снялась' = left"))

disp_thx = "Спасибо, работы по 24208 приняты, ждём акт."
plain(d(21, 9, 40), "Re: 24208 итог",
      tb_head(d(21, 9, 2)) + "\n" + q(disp_thx) + "\n\nСпасибо. Акт и счёт № 241 передам в понедельник с водителем.\n\n" + SIG_SHORT,
      label("review", note="thanks/paperwork, no status"), frm=ME_HOME, reply="24208-thx")

vac = text_part("Добрый день!\n\nЯ не в офисе до понедельника 23.11. По срочным вопросам — прораб Гилёв Андрей, "
                "+7 902 800-11-22.\n\nВолошин С.П.", flowed=False)
headers(vac, d(22, 10, 12), "Автоматический ответ: 24420 график на неделю")
vac["Auto-Submitted"] = "auto-replied (vacation)"
vac["Precedence"] = "auto_reply"
LETTERS.append((d(22, 10, 12), reorder(vac), label("ignored", note="vacation auto-reply (sieve), Auto-Submitted")))

# ------------------------------------------------------------------ 24256 Кирова 25
plain(d(12, 15, 0), "Кирова 25",
      "Заявку 24256 взяли в работу. Двери заказал, лестницу красим с понедельника.\n\n" + SIG_KOI,
      label("decided", "24256", [], A, "KOI8-R base64; accepted"), charset="koi8-r", enc=BASE64)

plain(d(16, 8, 20), "Кирова 25 (24256)",
      "Маляры выехали на Кирова 25, красить лестницу (п.2). Будут к 9.\n\n" + SIG_SHORT,
      label("decided", "24256", ["2"], V, "number in brackets after address; on the way"))

plain(d(16, 10, 0), "24256 на 10:00",
      "24256, ул. Кирова 25, на 16.11 10:00\n\n"
      "поз  работа              прибыли   убыли\n"
      "2    покраска лестницы   08:55     —\n"
      "1    входные двери       —         —      (монтаж 17.11)\n"
      "3    окно в тамбуре      —         —      (ждём изделие)\n\n" + SIG_SHORT,
      label("decided", "24256", ["2"], M, "table: pos 2 arrived, not left; others planned"))

plain(d(17, 18, 0), "24256 / 24311",
      "По 24256 п.2 маляры лестницу закончили, ушли в 17:30. По 24311 кровельщики будут завтра к 12.\n\n" + SIG_SHORT,
      label("review", note="two different requests in one letter"))

plain(d(18, 9, 0), "24256 п1 п2",
      "Входные двери (п.1) смонтировали вчера вечером, закрываются, ключи отдали управляющей. Лестницу (п.2) "
      "тоже вчера докрасили, люди ушли.\n\n" + SIG_SHORT,
      label("decided", "24256", ["1", "2"], U, "both positions done, people left"))

html_only(d(20, 16, 0), "24256 (3)",
          "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>"
          "<p>Окно в тамбуре заменено, монтажники <b>убыли в 15:40</b>.</p><p>По заявке объект закрыт полностью.</p>"
          "<div class=\"moz-signature\">-- <br>Волошин С.П.</div></body></html>",
          label("decided", "24256", ["3"], U, "HTML-only, base64; position in brackets in subject"), enc=BASE64)

# ------------------------------------------------------------------ 24311 детская поликлиника
disp_gog = """Сергей Петрович, добрый день. Обращение 24311. Детская поликлиника, ул. Гоголя 2 — течь у воронки на кровле, вода по стене в процедурной. Прошу принять."""
plain(d(16, 12, 0), "Re: обращение 24311",
      tb_head(d(16, 11, 2)) + "\n" + q(disp_gog) + "\n\nПринял. Кровельщики будут в среду 18.11, раньше никак — все на Олимпе.\n\n" + SIG_SHORT,
      label("decided", "24311", [], A, "'Принял' = accepted; visit is plan"), reply="24311-new")

plain(d(17, 16, 0), "Re: обращение 24311",
      tb_head(d(17, 15, 20)) + "\n" + q("В процедурной опять течёт, когда будете?") + "\n\n"
      "Завтра в 12 выедем на Гоголя, сегодня никак — все на Кирова и Олимпе. Пусть подставят ёмкость.\n\n" + SIG_SHORT,
      label("review", note="plan only: 'завтра выедем'"), reply="24311-when")

plain(d(18, 13, 0), "Гоголя 2 [24311]",
      "Прибытие кровельщиков на объект — 12:40. Вскрыли у воронки, меняем.\n\n" + SIG_SHORT,
      label("decided", "24311", [], M, "number in square brackets after address; noun 'прибытие' with time"))

plain(d(18, 16, 10), "24311",
      "Воронку заменили (HL 62.1/1), проверили проливом — течи нет. Уехали в 16:00. В процедурной можно сушить стену.\n\n" + SIG_SHORT,
      label("decided", "24311", [], U, "replaced, left; part number HL 62.1/1 is not a request"))

# ------------------------------------------------------------------ 24389 музей
disp_mus = "Заявка 24389, краеведческий музей, Набережная 6. Окна — фасадные (1) и фондохранилище (2)."
plain(d(17, 15, 0), "Re: 24389 музей",
      tb_head(d(17, 10, 25)) + "\n" + q(disp_mus) + "\n\nЗаявка 24389 принята. Замер 19.11 в 10:00, с музеем согласовал "
      "по тел. 8 (342) 212-45-67 (Наталья Викторовна).\n\n" + SIG,
      label("decided", "24389", [], A, "accepted; phone number is a distractor"), reply="24389-new")

plain(d(19, 14, 0), "24389 перенос монтажа",
      "Музей просит монтаж только в понедельник, когда закрыты для посетителей. Согласуете перенос на 23.11? "
      "Размеры есть, изделия будут к пятнице.\n\n" + SIG_SHORT,
      label("review", note="question about rescheduling, no status"))

plain(d(23, 8, 10), "24389 поз.01 и 02",
      "Монтажники ОкнаЛюкс в пути на Набережную 6, позиции 01 и 02, прибытие ~8:45.\n\n" + SIG_SHORT,
      label("decided", "24389", ["1", "2"], V, "'в пути'; positions written 01/02"))

plain(d(23, 17, 50), "Re: 24389 поз.01 и 02",
      tb_head(d(23, 8, 30)) + "\n" + q("Принято.") + "\n\nПО 01 окна смонтированы, монтажники убыли в 17:30. "
      "По 02 (фондохранилище) начнут завтра — фонды ещё не освободили.\n\n" + SIG_SHORT,
      label("decided", "24389", ["1"], U, "01 done and left; 02 plan only"), reply="24389-p")

plain(d(24, 16, 0), "24389-02 готово",
      "Фондохранилище — окна стоят, герметизация сделана, ушли в 15:35.\n\n" + SIG_SHORT,
      label("decided", "24389", ["2"], U, "'24389-02' subject; done, left"))

# ------------------------------------------------------------------ 24420 баня
plain(d(18, 10, 30), "наряд 24420 баня",
      "По наряду 24420 — принято, включил в график на следующую неделю после Олимпа.\n\n" + SIG,
      label("decided", "24420", [], A, "windows-1251 QP; 'наряд ... принято'"), charset="windows-1251", enc=QP)

plain(d(24, 7, 55), "Баня Заводская 40 (24420)",
      "Каримов выехал с базы на объект, п. 1 и 2 (мойка, парилка). Будут к 8:30.\n\n" + SIG_SHORT,
      label("decided", "24420", ["1", "2"], V, "left FROM base TO site = on the way"))

plain(d(24, 16, 45), "Re: Баня Заводская 40 (24420)",
      tb_head(d(24, 8, 10)) + "\n" + q("Принято.") + "\n\nКровельщики уехали с бани в 16:30. Над мойкой и над "
      "парилкой (п.1, п.2) сделали, примыкания проклеили.\n\n" + SIG_SHORT,
      label("decided", "24420", ["1", "2"], U, "left FROM the site = убыл"), reply="24420-p12")

plain(d(25, 9, 30), "24402 вентвыходы",
      "По заявке 24402 кровельщики на месте, вентвыходы, начали.\n\n" + SIG_SHORT,
      label("review", note="24402 not in registry (likely typo of 24420) — dispatcher cannot record"))

plain(d(26, 15, 0), "24420 п.3",
      "Вентвыходы (п.3) — работы завершены, убытие бригады 14:40. Зонты на 3 вентвыхода поставили новые.\n\n" + SIG_SHORT,
      label("decided", "24420", ["3"], U, "noun 'убытие бригады'; '3 вентвыхода' is a count"))

# ------------------------------------------------------------------ 24517 школа 9 спортзал
disp_9 = "Заявка 24517. Школа №9, ул. Мичурина 11, покраска спортзала: 1 — стены, 2 — потолок."
plain(d(20, 13, 0), "Re: 24517",
      tb_head(d(20, 8, 15)) + "\n" + q(disp_9) + "\n\nВ работу взяли. Маляры начнут в понедельник 23.11, "
      "краску ВД-АК-111 закупили.\n\n" + SIG_SHORT,
      label("decided", "24517", [], A, "'в работу взяли'; start is plan; paint grade is distractor"), reply="24517-new")

inner = MIMEText("Сергей Петрович, мы на Мичурина 11, заходим в спортзал, начинаем со стен. Сторож пустил.\nДмитрий",
                 "plain", cs("utf-8", BASE64))
inner["From"] = formataddr(("Дмитрий Сотников", "sotnikov.d@bk.ru"), charset="utf-8")
inner["To"] = "voloshin@gsr-stroy.ru"
inner["Subject"] = Header("Мичурина", "utf-8")
inner["Date"] = format_datetime(d(23, 8, 31, 5))
inner["Message-ID"] = "<1700723465.123456789@f512.i.mail.ru>"
fw = MIMEMultipart("mixed")
headers(fw, d(23, 8, 40), "Fwd: Мичурина")
fw.attach(text_part("24517 п.1 — см. вложение, от маляров.\n\n" + SIG_SHORT))
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="Мичурина.eml")
fw.attach(att)
LETTERS.append((d(23, 8, 40), fw, label("decided", "24517", ["1"], M,
                                        "forward as attachment (message/rfc822): painters on site, walls = п.1")))

plain(d(25, 17, 0), "24517",
      "Стены в спортзале (п.1) докрасили, второй слой лёг нормально, маляры ушли. Потолок (п.2) — нужна вышка-тура, "
      "привезут в пятницу.\n\n" + SIG_SHORT,
      label("decided", "24517", ["1"], U, "п.1 done; п.2 plan"))

plain(d(27, 16, 30), "Re: 24517 потолок",
      tb_head(d(26, 9, 0)) + "\n" + q("По потолку в спортзале сроки подтверждаете?") + "\n\nПотолок (п.2) закончили в 15:50, "
      "вышку разобрали и увезли, маляры уехали. Объект сдаём.\n\n" + SIG_SHORT,
      label("decided", "24517", ["2"], U, "finished, left"), reply="24517-ceil")

# ------------------------------------------------------------------ misc
plain(d(24, 11, 15), "кровля",
      "Добрый день. Кровельщики на месте, начали вскрытие. Фото вечером скину.\n\n" + SIG_SHORT,
      label("review", note="no request number, no address"))

# bounce
bn = MIMEMultipart("report", report_type="delivery-status")
bn["Message-ID"] = "<20261113061502.5A3C21E0042@mx.gsr-stroy.ru>"
bn["Date"] = format_datetime(d(13, 11, 15, 2))
bn["From"] = "MAILER-DAEMON@gsr-stroy.ru (Mail Delivery System)"
bn["To"] = "dispatch@zakazchik-omis.ru"
bn["Subject"] = "Undelivered Mail Returned to Sender"
bn["Auto-Submitted"] = "auto-replied"
bn.attach(MIMEText("This is the mail system at host mx.gsr-stroy.ru.\n\nI'm sorry to have to inform you that your message "
                   "could not\nbe delivered to one or more recipients.\n\n<volishin@gsr-stroy.ru>: unknown user: \"volishin\"\n",
                   "plain", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
b1 = Message(); b1["Reporting-MTA"] = "dns; mx.gsr-stroy.ru"
b2 = Message(); b2["Final-Recipient"] = "rfc822; volishin@gsr-stroy.ru"; b2["Action"] = "failed"
b2["Status"] = "5.1.1"; b2["Diagnostic-Code"] = 'x-unix; unknown user: "volishin"'
ds.set_payload([b1, b2])
bn.attach(ds)
orig = MIMEText("Сергей Петрович, по заявке 24164 прошу подтвердить сроки по спортзалу (поз. 3).", "plain", cs("utf-8", BASE64))
orig["From"] = DISPATCH
orig["To"] = "volishin@gsr-stroy.ru"
orig["Subject"] = Header("24164 спортзал сроки", "utf-8")
orig["Date"] = format_datetime(d(13, 11, 14, 50))
orig["Message-ID"] = dmid("24164-bounce")
bn.attach(MIMEMessage(orig))
LETTERS.append((d(13, 11, 15, 2), bn, label("ignored", note="delivery failure report (bounce) with original message")))

news = MIMEMultipart("alternative")
headers(news, d(25, 12, 0), "ГорСтройРемонт: зимние цены на кровельные работы 2027",
        frm=("ГорСтройРемонт", "news@gsr-stroy.ru"), ua=None)
news["Precedence"] = "bulk"
news["List-Unsubscribe"] = "<mailto:unsubscribe@gsr-stroy.ru?subject=unsubscribe>"
news["List-Id"] = "Клиенты ГорСтройРемонт <clients.gsr-stroy.ru>"
news.attach(text_part("Уважаемые партнёры!\n\nС 01.12.2026 по 28.02.2027 действуют зимние цены на ремонт мягкой кровли: "
                      "от 890 руб./м2. Выезд замерщика бесплатно.\n\nОтписаться: unsubscribe@gsr-stroy.ru", enc=QP, flowed=False))
news.attach(text_part("<html><body><h2>Зимние цены на кровлю</h2><p>С 01.12.2026 по 28.02.2027 — от 890 руб./м2.</p>"
                      "<p><a href=\"mailto:unsubscribe@gsr-stroy.ru\">Отписаться</a></p></body></html>", enc=QP, subtype="html"))
LETTERS.append((d(25, 12, 0), reorder(news), label("ignored", note="bulk/mailing-list advertisement")))


# ------------------------------------------------------------------ write out
def main():
    ldir = os.path.join(OUT, "letters")
    for f in os.listdir(ldir):
        os.remove(os.path.join(ldir, f))
    labels = {}
    LETTERS.sort(key=lambda x: x[0])
    for i, (date, msg, lab) in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\r\n")
        with open(os.path.join(ldir, name), "wb") as fh:
            fh.write(buf.getvalue())
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
