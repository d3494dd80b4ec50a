#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona BZ:
ООО «СибБанкСервис», Новосибирск (+0700) - обслуживание банкоматов, платёжных
терминалов, счётчиков банкнот и дверей хранилищ в отделениях банка-заказчика.

Run:  python3 make.py     (writes letters/NNN.eml, labels.json, registry.json)
Only the Python standard library `email` package is used.
"""
import base64
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone

from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
NSK = timezone(timedelta(hours=7))
MSK = timezone(timedelta(hours=3))

DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская служба"
DOMAIN = "sibbankservis.ru"

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
SD = ("Дмитрий Волков", "sd@sibbankservis.ru")            # сервис-деск, Outlook
KUZ = ("Алексей Кузнецов", "a.kuznetsov@sibbankservis.ru")  # iPhone
RAH = ("Тимур Рахимов", "t.rakhimov@sibbankservis.ru")     # Android, K-9
RAH_G = ("Тимур Рахимов", "timur.rakhimov86@gmail.com")    # личный gmail
PON = ("Пономарёв Сергей", "s.ponomarev@sibbankservis.ru")  # Почта Mail.ru
ZAI = ("Зайцев Игорь Викторович", "zaitsev.i@sibbankservis.ru")  # The Bat!
NEWS = ("СибБанкСервис", "news@sibbankservis.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@sibbankservis.ru")

ALL_EMAILS = [SD[1], KUZ[1], RAH[1], RAH_G[1], PON[1], ZAI[1], NEWS[1], DAEMON[1]]

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
REGISTRY = [
    ("520114", ["1", "2"], "2026-11-02T10:15:00+03:00",
     "ДО «Октябрьский», ул. Кирова, 44. Позиция 1 — банкомат 1 (УС 604318), позиция 2 — банкомат 2 (УС 604322). "
     "Не выдают наличные, ошибка диспенсера. Инциденты банка INC0012345, INC0012346."),
    ("520127", ["1", "2", "3"], "2026-11-02T11:00:00+03:00",
     "Плановое ТО дверей хранилищ. Позиция 1 — ДО «Октябрьский» (ул. Кирова, 44), позиция 2 — ДО «Заельцовский» "
     "(Красный пр-т, 220), позиция 3 — ДО «Академгородок» (Морской пр-т, 54)."),
    ("520203", ["1"], "2026-11-03T08:40:00+03:00",
     "Позиция 1 — платёжный терминал ПТ-00731, ТЦ «Аура» (ул. Военная, 5), 2 этаж. Купюроприёмник не принимает купюры."),
    ("520245", ["1", "2", "3", "4"], "2026-11-05T06:00:00+03:00",
     "ДО «Центральный», ул. Ленина, 12. Позиция 1 — счётчик банкнот, касса 1; позиция 2 — счётчик банкнот, касса 2; "
     "позиция 3 — терминал 3 (зона 24 ч); позиция 4 — терминал 4 (зона 24 ч)."),
    ("520318", ["1", "2"], "2026-11-05T07:30:00+03:00",
     "г. Бердск, ДО «Бердский» (ул. Ленина, 33). Позиция 1 — банкомат 1 (УС 604577), не закрывается шаттер; "
     "позиция 2 — банкомат 2 (УС 604578), перегрузка кассет."),
    ("520342", ["1"], "2026-11-06T05:10:00+03:00",
     "СРОЧНО. ДО «Академгородок» (Морской пр-т, 54). Позиция 1 — дверь хранилища, не открывается кодовый замок."),
    ("520406", ["1", "2"], "2026-11-09T08:00:00+03:00",
     "Установка антискимминговых накладок. Позиция 1 — ДО «Ленинский», банкомат УС 604140; "
     "позиция 2 — ДО «Кировский», банкомат УС 604155."),
    ("520455", ["1", "2", "3"], "2026-11-10T06:00:00+03:00",
     "ДО «Речной вокзал». Позиция 1 — банкомат 1 (УС 604101), позиция 2 — банкомат 2 (УС 604102), "
     "позиция 3 — банкомат 3 (УС 604105, ресайклер). INC0012790, INC0012791."),
    ("520511", ["1"], "2026-11-11T04:20:00+03:00",
     "Позиция 1 — банкомат УС 604930, аэропорт Толмачёво (г. Обь), зал прилёта. Замятие карты в картридере."),
    ("520587", ["1", "2"], "2026-11-12T09:30:00+03:00",
     "ДО «Площадь Маркса». Позиция 1 — терминал 1 (вестибюль, у банкоматов), позиция 2 — терминал 2 (вестибюль, у окна). "
     "Не проходит оплата картой."),
    ("520630", ["1", "2", "3"], "2026-11-16T08:00:00+03:00",
     "ТО сейфовых дверей и замков хранилищ. Позиция 1 — ДО «Дзержинский», позиция 2 — ДО «Калининский», "
     "позиция 3 — ДО «Первомайский»."),
    ("520702", ["1"], "2026-11-17T07:00:00+03:00",
     "ДО «Центральный», ул. Ленина, 12. Позиция 1 — счётчик-сортировщик банкнот, касса 5 (ошибка датчика плотности)."),
    ("520748", ["1", "2"], "2026-11-18T08:15:00+03:00",
     "ДО «Советский». Позиция 1 — банкомат 1 (УС 604211), позиция 2 — банкомат 2 (УС 604212). Замена кассет, сбой отбраковки."),
]
REG = {r[0]: r for r in REGISTRY}

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////"
    "////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")


def cs(name, body="qp", header="b"):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64}[body]
    c.header_encoding = {"qp": QP, "q": QP, "b": BASE64}[header]
    return c


def check_enc(text, charset):
    text.encode(charset)  # raises if the charset cannot carry the text


def text_part(text, charset="utf-8", enc="qp", subtype="plain"):
    check_enc(text, charset)
    return MIMEText(text, subtype, cs(charset, enc))


def addr(person, charset="utf-8", hdr="b"):
    name, email = person
    if all(ord(ch) < 128 for ch in name):
        return formataddr((name, email))
    return formataddr((name, email), charset=cs(charset, "qp", hdr))


def hdr(value, charset="utf-8", hdr_enc="b"):
    if all(ord(ch) < 128 for ch in value):
        return value
    check_enc(value, charset)
    return Header(value, cs(charset, "qp", hdr_enc))


def mid(n, style):
    h = hashlib.sha1(("bz-%s-%s" % (n, style)).encode()).hexdigest().upper()
    if style == "outlook":
        return "<%s$%s@sibbankservis.ru>" % (h[:12], h[12:24])
    if style == "iphone":
        return "<%s-%s-%s-%s@sibbankservis.ru>" % (h[:8], h[8:12], h[12:16], h[16:28])
    if style == "gmail":
        return "<CAH%s%s@mail.gmail.com>" % (h[:20].lower(), h[20:36])
    if style == "mailru":
        return "<%s@f%s.mail.ru>" % (int(h[:12], 16), h[12:15].lower())
    if style == "bat":
        return "<%s.%s@sibbankservis.ru>" % (int(h[:6], 16), int(h[6:12], 16))
    return "<%s.%s@sibbankservis.ru>" % (h[:16].lower(), h[16:24].lower())


def dmid(tag):
    """message-id of a dispatcher's letter (for In-Reply-To)"""
    h = hashlib.sha1(("disp-" + tag).encode()).hexdigest()
    return "<%s.%s@zakazchik-omis.ru>" % (h[:14], h[14:20])


CLIENTS = {
    "outlook": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": None},
    "iphone": {"X-Mailer": "iPhone Mail (22B91)"},
    "k9": {"User-Agent": "K-9 Mail for Android"},
    "gmail": {},
    "mailru": {"X-Mailer": "Mail.ru Mail for Android 15.12.0.55311"},
    "bat": {"X-Mailer": "The Bat! (v10.4.4) Professional"},
    "srv": {},
}
MIDSTYLE = {"outlook": "outlook", "iphone": "iphone", "k9": "k9", "gmail": "gmail",
            "mailru": "mailru", "bat": "bat", "srv": "srv"}


def finish(msg, n, dt, sender, subject, client, charset="utf-8", hdr_enc="b",
           to=None, reply_to_tag=None, extra=None):
    msg["From"] = addr(sender, charset, hdr_enc)
    msg["To"] = to if to is not None else addr((DISPATCH_NAME, DISPATCH), charset, hdr_enc)
    msg["Subject"] = hdr(subject, charset, hdr_enc)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = mid(n, MIDSTYLE[client])
    if reply_to_tag:
        msg["In-Reply-To"] = dmid(reply_to_tag)
        msg["References"] = dmid(reply_to_tag)
    for k, v in CLIENTS[client].items():
        if k == "Thread-Index":
            v = base64.b64encode(hashlib.md5(str(n).encode()).digest()[:22]).decode()
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text):
    out = []
    for para in text.split("\n"):
        out.append("<div>%s</div>" % (html_escape(para) if para.strip() else "<br>"))
    return "<html><body>%s</body></html>" % "".join(out)


def d(day, hh, mm, ss=0):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=NSK)


# --------------------------------------------------------------------------
# signatures
# --------------------------------------------------------------------------
SIG_SD_KOI = ("--\nС уважением,\nДмитрий Волков\nкоординатор сервисной службы\nООО \"СибБанкСервис\"\n"
              "+7 (383) 212-45-67, доб. 105\nИНН 5406812345 / КПП 540601001")
SIG_SD = ("С уважением,\nДмитрий Волков\nкоординатор сервисной службы\nООО «СибБанкСервис»\n"
          "+7 (383) 212-45-67, доб. 105 | sd@sibbankservis.ru\n630099, г. Новосибирск, ул. Депутатская, 46, оф. 512")
SIG_SD_HTML = ("<p style='color:#555;font-size:9pt'>С уважением,<br>Дмитрий Волков<br>координатор сервисной службы<br>"
               "ООО &laquo;СибБанкСервис&raquo;<br>+7 (383) 212-45-67, доб. 105</p>")
IPHONE = "Отправлено с iPhone"
MAILRU = "Отправлено из мобильной Почты Mail.ru"
SIG_ZAI = "--\nС уважением,\nЗайцев И.В., ведущий инженер\nООО «СибБанкСервис»\nмоб. 8-913-901-77-45"

LETTERS = []  # (dt, builder_fn, label)


def letter(dt, label):
    def deco(fn):
        LETTERS.append((dt, fn, label))
        return fn
    return deco


def dec(req, pos, status, note):
    assert req in REG, req
    for p in pos:
        assert p in REG[req][1], (req, p)
    assert status in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


# ==========================================================================
# LETTERS
# ==========================================================================

# ---- bulk newsletter ------------------------------------------------------
@letter(d(2, 9, 0), ign("рассылка компании (Precedence: bulk, List-Unsubscribe), не отчёт"))
def _(n, dt):
    html = ("<html><body style='font-family:Arial'><h2>СибБанкСервис — новости для клиентов</h2>"
            "<p>Уважаемые партнёры!</p><p>Сообщаем график работы сервисной службы в праздничные дни: "
            "4 ноября 2026 г. — дежурная смена, приём заявок по тел. +7 (383) 212-45-67 круглосуточно.</p>"
            "<p>С 1 декабря вводятся новые тарифы на выезд за пределы Новосибирска (Бердск, Обь, Кольцово). "
            "Подробности — у вашего менеджера.</p>"
            "<p style='font-size:8pt;color:#888'>Вы получили это письмо, так как являетесь клиентом ООО «СибБанкСервис». "
            "<a href='https://sibbankservis.ru/unsubscribe?id=88213'>Отписаться</a></p></body></html>")
    text = ("СибБанкСервис — новости для клиентов\n\nУважаемые партнёры!\nГрафик работы в праздничные дни: "
            "4 ноября 2026 г. — дежурная смена, приём заявок по тел. +7 (383) 212-45-67 круглосуточно.\n"
            "С 1 декабря вводятся новые тарифы на выезд за пределы Новосибирска.\n\n"
            "Отписаться: https://sibbankservis.ru/unsubscribe?id=88213")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(html, "utf-8", "b64", "html"))
    return finish(m, n, dt, NEWS, "Новости СибБанкСервис: график работы 4 ноября и новые тарифы", "srv",
                  to="clients@sibbankservis.ru",
                  extra={"Precedence": "bulk",
                         "List-Unsubscribe": "<https://sibbankservis.ru/unsubscribe?id=88213>, "
                                             "<mailto:unsubscribe@sibbankservis.ru?subject=88213>",
                         "List-Id": "Klienty SibBankServis <clients.sibbankservis.ru>",
                         "X-Mailer": "Sendsay ESP"})


# ---- 520114 ---------------------------------------------------------------
@letter(d(2, 14, 40), dec("520114", [], "заявка принята", "координатор: заявка принята в работу, позиции не названы"))
def _(n, dt):
    body = ("Добрый день!\n\nЗаявка N 520114 (ДО \"Октябрьский\", ул. Кирова, 44) принята в работу.\n"
            "Исполнитель - инженер Кузнецов Алексей, тел. +7 913 004-18-22.\n"
            "Ориентировочное время прибытия сегодня до 17:30 по Новосибирску.\n\n" + SIG_SD_KOI)
    m = text_part(body, "koi8-r", "qp")
    return finish(m, n, dt, SD, "Заявка 520114 принята в работу", "outlook", "koi8-r", "b")


@letter(d(2, 16, 22), dec("520114", [], "подрядчик в пути", "всё в теме: «выехал»"))
def _(n, dt):
    m = text_part("\n\n" + IPHONE + "\n", "utf-8", "qp")
    return finish(m, n, dt, KUZ, "520114 выехал", "iphone")


@letter(d(2, 16, 58), dec("520114", ["1"], "подрядчик на месте", "тема «520114/1 на месте», пустое тело"))
def _(n, dt):
    m = text_part("", "utf-8", "qp")
    return finish(m, n, dt, KUZ, "520114/1 на месте", "iphone")


@letter(d(2, 18, 45), dec("520114", ["1"], "подрядчик убыл",
                          "«п1 ок уехал»; по второму только план на завтра; УС 604318 — номер банкомата"))
def _(n, dt):
    body = ("УС 604318 диспенсер почистил, тест выдачи 10 купюр ок. По второму завтра с утра, "
            "нужен модуль пикера со склада\n\n" + IPHONE)
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, KUZ, "520114 п1 ок уехал", "iphone")


@letter(d(3, 10, 5), dec("520114", ["2"], "подрядчик на месте",
                         "номер в скобках после адреса, «банкомат 2» = позиция 2"))
def _(n, dt):
    m = text_part(IPHONE, "utf-8", "qp")
    return finish(m, n, dt, KUZ, "Кирова 44 (520114) банкомат 2 на месте", "iphone")


@letter(d(3, 12, 30), dec("520114", ["1", "2"], "подрядчик убыл",
                          "HTML-отчёт KOI8-R: обе строки таблицы с временем убытия; пломба, п/н, INC — не номера заявок"))
def _(n, dt):
    rows = [
        ("1 - банкомат 1 (УС 604318)", "02.11 16:55", "02.11 18:40",
         "Чистка диспенсера, тестовая выдача - норма. Банкомат в работе."),
        ("2 - банкомат 2 (УС 604322)", "03.11 10:05", "03.11 12:10",
         "Заменен модуль пикера (п/н 01750101893), тестовая выдача - норма. Установлена пломба N 0045127."),
    ]
    tr = "".join("<tr>%s</tr>" % "".join("<td style='border:1px solid #999;padding:3px'>%s</td>"
                                         % html_escape(c) for c in r) for r in rows)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body>"
            "<p>Добрый день!</p><p>Направляем отчет о выполнении заявки N 520114 (ДО \"Октябрьский\", ул. Кирова, 44).</p>"
            "<table style='border-collapse:collapse;font-family:Calibri;font-size:10pt'>"
            "<tr style='background:#dde'><th>Позиция</th><th>Время прибытия</th><th>Время убытия</th><th>Результат</th></tr>"
            + tr + "</table><p>Инциденты банка INC0012345, INC0012346 можно закрывать. "
            "Акт выполненных работ N 114/11-26 подписан управляющей.</p>"
            "<p>С уважением,<br>Дмитрий Волков<br>координатор сервисной службы<br>ООО \"СибБанкСервис\"<br>"
            "+7 (383) 212-45-67, доб. 105</p></body></html>")
    text = ("Добрый день!\n\nНаправляем отчет о выполнении заявки N 520114 (ДО \"Октябрьский\", ул. Кирова, 44).\n\n"
            "Позиция | Время прибытия | Время убытия | Результат\n"
            + "\n".join(" | ".join(r) for r in rows) +
            "\n\nИнциденты банка INC0012345, INC0012346 можно закрывать.\n"
            "Акт выполненных работ N 114/11-26 подписан управляющей.\n\n" + SIG_SD_KOI)
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "koi8-r", "qp"))
    m.attach(text_part(html, "koi8-r", "qp", "html"))
    return finish(m, n, dt, SD, "Отчет о выполнении заявки N 520114", "outlook", "koi8-r", "b")


@letter(d(5, 8, 30), rev("благодарность/подтверждение на письмо диспетчера о закрытии; нового статуса нет"))
def _(n, dt):
    body = ("Марина, доброе утро!\n\nСпасибо, информацию получили. Оригинал акта № 114/11-26 передадим "
            "с инженером в пятницу.\n\n" + SIG_SD + "\n\n"
            "-----Original Message-----\n"
            "From: Диспетчерская служба [mailto:dispatch@zakazchik-omis.ru]\n"
            "Sent: Wednesday, November 4, 2026 6:12 PM\n"
            "To: sd@sibbankservis.ru\n"
            "Subject: Заявка 520114 закрыта\n\n"
            "Добрый вечер! Заявка 520114 закрыта в системе, работы по обеим позициям приняты. "
            "Просьба передать оригинал акта.\n\nДиспетчерская служба\n")
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, SD, "RE: Заявка 520114 закрыта", "outlook", reply_to_tag="520114-close")


# ---- 520127 ---------------------------------------------------------------
@letter(d(3, 9, 10), dec("520127", [], "заявка принята",
                         "The Bat!, windows-1251, цитата с префиксом МП>; «заявку взял в работу», дальше только план"))
def _(n, dt):
    body = ("Здравствуйте, Марина.\n\n"
            "Заявку взял в работу. Начнём в четверг с Октябрьского, в пятницу Заельцовский, "
            "Академгородок — по согласованию с управляющей (ключи от хранилища только у неё).\n\n"
            + SIG_ZAI + "\n\n"
            "Вы писали 2 ноября 2026 г., 15:05:\n\n"
            "МП> Игорь Викторович, добрый день!\n"
            "МП> Направляем заявку 520127 на плановое ТО дверей хранилищ:\n"
            "МП> 1 — ДО «Октябрьский», ул. Кирова, 44\n"
            "МП> 2 — ДО «Заельцовский», Красный пр-т, 220\n"
            "МП> 3 — ДО «Академгородок», Морской пр-т, 54\n"
            "МП> Просим подтвердить принятие и сроки.\n\n"
            "МП> --\nМП> Марина Пестова, диспетчерская служба\n")
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "Re: Заявка 520127 — плановое ТО дверей хранилищ", "bat", "windows-1251", "b",
                  reply_to_tag="520127")


@letter(d(5, 9, 20), dec("520127", ["1"], "подрядчик на месте", "«поз.1 — прибыл»"))
def _(n, dt):
    body = "ДО Октябрьский, ключи от хранилища у управляющей, приступаю.\n\nЗайцев\n"
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "520127 поз.1 — прибыл", "bat", "windows-1251", "b")


@letter(d(5, 13, 40), dec("520127", ["1"], "подрядчик убыл",
                          "позиция после дефиса в теме; «Убыл в 13:35»; номер акта не номер заявки"))
def _(n, dt):
    body = ("ТО двери хранилища выполнено: смазка ригелей, регулировка петель, проверка кодового замка "
            "и часового механизма. Акт № 1127/11 подписан управляющей Семёновой Н.А. Убыл в 13:35.\n\n"
            "Зайцев И.В.\n")
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "520127-1", "bat", "windows-1251", "b")


@letter(d(6, 10, 10), dec("520127", ["2"], "подрядчик на месте",
                          "позиция в скобках в теме; адрес и телефон — не номера"))
def _(n, dt):
    body = ("На Заельцовском (Красный пр-т, 220, корп. 1) с 10:00, приступил.\n"
            "Телефон управляющей 8-913-745-22-10, если что.\n\n" + SIG_ZAI + "\n")
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "Заявка 520127 (2)", "bat", "windows-1251", "b")


@letter(d(6, 10, 40), rev("в одном письме две заявки: 520342 «принял» и 520127 «сейчас на месте»"))
def _(n, dt):
    body = ("Марина, 520342 принял, но я сейчас на Заельцовском по 520127, раньше 15:00 не освобожусь. "
            "Попрошу Дмитрия направить на Академгородок Пономарёва.\n\n"
            "Зайцев\n\n"
            "Вы писали 6 ноября 2026 г., 09:15:\n\n"
            "МП> СРОЧНО! ДО «Академгородок», не открывается дверь хранилища, кодовый замок.\n"
            "МП> Заявка 520342. Отделение не может открыть кассу.\n")
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "Re: СРОЧНО заявка 520342 — дверь хранилища Академгородок", "bat",
                  "windows-1251", "b", reply_to_tag="520342")


@letter(d(6, 15, 20), dec("520127", ["2"], "подрядчик убыл",
                          "«по второй позиции закончили», по 3-й только план; цитата ниже не считается"))
def _(n, dt):
    body = ("По второй позиции закончили, дверь в норме, акт подписан. По 3-й (Академгородок) — завтра с утра, "
            "если управляющая будет на месте.\n\n"
            "Зайцев\n\n"
            "Вы писали 6 ноября 2026 г., 10:15:\n\n"
            "МП> Игорь Викторович, принято, ждём отчёт.\n\n"
            "МП>> На Заельцовском (Красный пр-т, 220, корп. 1) с 10:00, приступил.\n")
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "Re: Заявка 520127 (2)", "bat", "windows-1251", "b", reply_to_tag="520127-2")


@letter(d(7, 11, 30), rev("по п.3 не попали, перенос на понедельник — статуса нет"))
def _(n, dt):
    body = ("В Академгородок сегодня не попали: отделение работает до 14, но управляющей нет, "
            "без неё хранилище не откроют. Переносим на понедельник 09.11, с утра.\n\n" + SIG_ZAI + "\n")
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "520127 п.3 — перенос", "bat", "windows-1251", "b")


@letter(d(9, 12, 20), dec("520127", ["3"], "подрядчик убыл", "HTML-отчёт с таблицей, одна строка: поз. 3, убытие 11:55"))
def _(n, dt):
    html = ("<html><body style='font-family:Calibri,sans-serif;font-size:11pt'>"
            "<p>Марина, добрый день!</p>"
            "<p>Отчёт о выезде по заявке <b>520127</b>, позиция 3 (ДО «Академгородок», Морской пр-т, 54):</p>"
            "<table border='1' cellpadding='4' cellspacing='0' style='border-collapse:collapse'>"
            "<tr bgcolor='#DCE6F1'><th>Позиция</th><th>Время прибытия</th><th>Время убытия</th><th>Результат</th></tr>"
            "<tr><td>3</td><td>09.11.2026 09:40</td><td>09.11.2026 11:55</td>"
            "<td>Плановое ТО двери хранилища выполнено, замечаний нет. Акт № 1127/13.</td></tr>"
            "</table>" + SIG_SD_HTML + "</body></html>")
    text = ("Марина, добрый день!\n\nОтчёт о выезде по заявке 520127, позиция 3 (ДО «Академгородок», Морской пр-т, 54):\n\n"
            "Позиция\tВремя прибытия\tВремя убытия\tРезультат\n"
            "3\t09.11.2026 09:40\t09.11.2026 11:55\tПлановое ТО двери хранилища выполнено, замечаний нет. Акт № 1127/13.\n\n"
            + SIG_SD)
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "qp"))
    m.attach(text_part(html, "utf-8", "qp", "html"))
    return finish(m, n, dt, SD, "Отчёт о выезде — заявка 520127, поз. 3 (ДО «Академгородок»)", "outlook")


# ---- 520203 ---------------------------------------------------------------
@letter(d(3, 13, 5), dec("520203", [], "заявка принята", "«Re: 520203», «принял, после обеда буду» (план не считается)"))
def _(n, dt):
    text = ("принял, после обеда буду\n\n"
            "вт, 3 нояб. 2026 г., 12:41 Диспетчерская служба <dispatch@zakazchik-omis.ru>:\n"
            "> Тимур, добрый день.\n"
            "> Заявка 520203: платёжный терминал ПТ-00731, ТЦ «Аура», ул. Военная, 5, 2 этаж.\n"
            "> Купюроприёмник не принимает купюры.\n"
            "> Просьба принять в работу.\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "Re: 520203", "k9", reply_to_tag="520203")


@letter(d(3, 15, 50), dec("520203", [], "подрядчик на месте", "латинские a и e в «нa мeсте»; с/н терминала — не номер заявки"))
def _(n, dt):
    text = "тц аура 2 этаж, терминал ПТ-00731 с/н 4471902\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520203 н\u0061 м\u0065сте", "k9")


@letter(d(3, 17, 20), dec("520203", [], "подрядчик убыл", "подпись к фото: «готово», терминал в работе"))
def _(n, dt):
    text = ("готово. купюрник JCM UBA почистил, датчики протёр, проверил 100 500 1000 5000 — принимает. "
            "терминал в работе\n")
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "utf-8", "b64"))
    alt.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    m = MIMEMultipart("mixed")
    m.attach(alt)
    img = MIMEImage(JPEG, "jpeg")
    img.add_header("Content-Disposition", "attachment", filename="IMG_20261103_171802.jpg")
    m.attach(img)
    return finish(m, n, dt, RAH, "520203 фото", "k9")


# ---- 520245 ---------------------------------------------------------------
@letter(d(5, 10, 20), ign("уведомление о прочтении (MDN) от Outlook"))
def _(n, dt):
    m = MIMEMultipart("report", report_type="disposition-notification")
    t = ("Ваше сообщение\n\n  Кому: Дмитрий Волков\n  Тема: Обращение 520245 — ДО «Центральный»\n"
         "  Отправлено: 05.11.2026 10:02\n\nбыло прочитано 05.11.2026 10:20.\n")
    m.attach(text_part(t, "utf-8", "qp"))
    mdn = MIMEBase("message", "disposition-notification")
    mdn.set_payload("Reporting-UA: sibbankservis.ru; Microsoft Outlook 16.0\n"
                    "Final-Recipient: rfc822;sd@sibbankservis.ru\n"
                    "Original-Message-ID: %s\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed\n" % dmid("520245"))
    m.attach(mdn)
    return finish(m, n, dt, SD, "Прочитано: Обращение 520245 — ДО «Центральный»", "outlook")


@letter(d(5, 10, 30), dec("520245", [], "заявка принята",
                          "«Обращение 520245 приняли», распределение по кассам/терминалам — план; Outlook-цитата ниже"))
def _(n, dt):
    text = ("Марина, добрый день!\n\n"
            "Обращение 520245 приняли. По счётчикам (кассы 1 и 2) поедет Пономарёв, по терминалам 3 и 4 — Рахимов, "
            "сегодня во второй половине дня.\n\n" + SIG_SD + "\n\n"
            "От: Диспетчерская служба <dispatch@zakazchik-omis.ru>\n"
            "Отправлено: 5 ноября 2026 г. 10:02\n"
            "Кому: sd@sibbankservis.ru\n"
            "Тема: Обращение 520245 — ДО «Центральный»\n\n"
            "Коллеги, добрый день. ДО «Центральный», ул. Ленина, 12: не работают счётчики банкнот в кассах 1 и 2, "
            "терминалы 3 и 4 в зоне 24 ч не печатают чеки. Прошу принять.\n")
    html = text_to_html(text)
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "qp"))
    m.attach(text_part(html, "utf-8", "qp", "html"))
    return finish(m, n, dt, SD, "RE: Обращение 520245 — ДО «Центральный»", "outlook", reply_to_tag="520245")


@letter(d(5, 13, 40), rev("номер 520254 отсутствует в реестре (опечатка — перестановка цифр)"))
def _(n, dt):
    text = MAILRU + "\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part("<html><body><div><br></div><div>%s</div></body></html>" % MAILRU, "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "520254 поз1,2 на месте", "mailru")


@letter(d(5, 13, 44), dec("520245", ["1", "2"], "подрядчик на месте", "«поз1,2 на месте», исправление номера"))
def _(n, dt):
    text = "в прошлом письме номер перепутал\n\n" + MAILRU + "\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "520245 поз1,2 на месте", "mailru")


@letter(d(5, 14, 10), dec("520245", ["3", "4"], "подрядчик в пути", "«еду на ленина 12, минут 20 буду»; 12 — номер дома"))
def _(n, dt):
    text = "еду на ленина 12, минут 20 буду\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520245 п.3 п.4", "k9")


@letter(d(5, 15, 30), dec("520245", ["1", "2"], "подрядчик убыл",
                          "Re: со старым «на месте» в теме, тело — оба счётчика работают, уезжаю"))
def _(n, dt):
    text = ("касса 1 — заменил УФ-датчик (п/н MG175-UV-02), касса 2 — чистка, калибровка. оба счётчика работают, "
            "сдал старшему кассиру. уезжаю\n\n" + MAILRU + "\n\n"
            "Четверг, 5 ноября 2026, 13:50 +07:00 от Диспетчерская служба <dispatch@zakazchik-omis.ru>:\n"
            "> Сергей, принято.\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "Re: 520245 поз1,2 на месте", "mailru", reply_to_tag="520245-p12")


@letter(d(5, 16, 40), dec("520245", ["3"], "подрядчик убыл",
                          "с личного gmail; по 3-му сделано, по 4-му заказана деталь (план) — только поз. 3"))
def _(n, dt):
    text = ("520245\nпо 3му заменил термопринтер, чек печатает, работает\n"
            "по 4му нужен блок питания, заказал, завтра привезу\n\n"
            "--\nТимур Рахимов, СибБанкСервис\n(пишу с личной почты, рабочая на телефоне сел аккумулятор)\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH_G, "терминалы центральный", "gmail")


@letter(d(6, 10, 20), dec("520245", ["4"], "подрядчик убыл", "позиция после дефиса, опечатка «уехл»"))
def _(n, dt):
    text = "бп поставил терминал 4 работает, уехл\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520245-4", "k9")


# ---- 520318 ---------------------------------------------------------------
@letter(d(5, 11, 50), dec("520318", [], "заявка принята", "KOI8-R, «принята», выезд — план"))
def _(n, dt):
    body = ("Добрый день!\n\nЗаявка 520318 (г. Бердск, ДО \"Бердский\", ул. Ленина, 33) принята.\n"
            "Направляем инженера Кузнецова А., выезд в течение часа, дорога до Бердска около 50 минут.\n\n"
            + SIG_SD_KOI)
    m = text_part(body, "koi8-r", "qp")
    return finish(m, n, dt, SD, "Принята в работу: заявка 520318 (Бердск)", "outlook", "koi8-r", "q",
                  to=", ".join([formataddr((DISPATCH_NAME, DISPATCH), charset=cs("koi8-r", "qp", "qp")),
                                KUZ[1]]))


@letter(d(5, 12, 35), dec("520318", [], "подрядчик в пути",
                          "тема Re: «Принята в работу», тело «Выехал в Бердск… буду к 13:40»; цитата не считается"))
def _(n, dt):
    body = ("Выехал в Бердск, на трассе пробка у Огурцово, буду к 13:40\n\n" + IPHONE + "\n\n"
            "> 5 нояб. 2026 г., в 11:50, Дмитрий Волков <sd@sibbankservis.ru> написал(а):\n>\n"
            "> Добрый день!\n>\n> Заявка 520318 (г. Бердск, ДО \"Бердский\", ул. Ленина, 33) принята.\n"
            "> Направляем инженера Кузнецова А., выезд в течение часа.\n")
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, KUZ, "Re: Принята в работу: заявка 520318 (Бердск)", "iphone")


@letter(d(5, 16, 15), dec("520318", ["1", "2"], "подрядчик убыл",
                          "позиции в скобках; «выехал из Бердска» = уехал с объекта; пломбы не номера"))
def _(n, dt):
    body = ("Оба аппарата в работе.\n604577 — заменил шаттер\n604578 — перегрузил кассеты, пломбы 0045201, 0045202\n"
            "Выехал из Бердска\n\n" + IPHONE)
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, KUZ, "520318 (1) (2)", "iphone")


@letter(d(6, 9, 15), rev("стоимость выезда, счёт и договор — денежный вопрос, статуса нет"))
def _(n, dt):
    body = ("Марина, добрый день!\n\nНапоминаю, что выезд за пределы города (Бердск) по заявке 520318 "
            "согласно п. 4.2 договора N СБС-17/2025 от 15.01.2025 оплачивается отдельно - 2 400 руб.\n"
            "Счет N 1184 от 06.11.2026 на 12 400,00 руб. (в т.ч. НДС 20%) во вложении. Прошу согласовать.\n\n"
            + SIG_SD_KOI)
    m = MIMEMultipart("mixed")
    m.attach(text_part(body, "koi8-r", "qp"))
    pdf = MIMEApplication(PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="Schet_1184_06.11.2026.pdf")
    m.attach(pdf)
    return finish(m, n, dt, SD, "Заявка 520318 - стоимость выезда в Бердск", "outlook", "koi8-r", "b")


# ---- 520342 ---------------------------------------------------------------
@letter(d(6, 10, 50), dec("520342", [], "подрядчик в пути",
                          "координатор пересылает СМС инженера «выехал в академ … буду ок 11:40»"))
def _(n, dt):
    body = ("Марина, добрый день.\n\nПо срочной заявке 520342 (ДО «Академгородок», дверь хранилища) направили "
            "Пономарёва Сергея, Зайцев занят на Заельцовском. Пересылаю его СМС:\n\n"
            "«520342 выехал в академ 10:45 буду ок 11:40»\n\n"
            "Моб. Пономарёва: +7 923 118-40-56.\n\n" + SIG_SD)
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, SD, "Fwd: СМС Пономарёва — 520342", "outlook")


@letter(d(6, 11, 45), dec("520342", [], "подрядчик на месте", "заглавными в теме"))
def _(n, dt):
    m = MIMEMultipart("alternative")
    m.attach(text_part(MAILRU + "\n", "utf-8", "b64"))
    m.attach(text_part("<html><body><div><br></div><div>%s</div></body></html>" % MAILRU, "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "520342 НА МЕСТЕ", "mailru")


@letter(d(6, 14, 30), dec("520342", [], "подрядчик убыл", "Re: со старым «НА МЕСТЕ», тело — «освободился», пломба — не номер"))
def _(n, dt):
    text = ("замок открыли, заменил батарею кодовой панели LA GARD 3750, код перепрограммировали при управляющей. "
            "дверь закрыта, опломбирована, пломба 0078815. освободился\n\n" + MAILRU + "\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "Re: 520342 НА МЕСТЕ", "mailru", reply_to_tag="520342-onsite")


# ---- 520406 ---------------------------------------------------------------
@letter(d(9, 12, 30), dec("520406", [], "заявка принята", "HTML-only KOI8-R, «Заявка N520406 принята»"))
def _(n, dt):
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
            "<body style='font-family:Calibri'><p>Добрый день!</p>"
            "<p>Заявка N520406 (установка антискимминговых накладок, ДО \"Ленинский\" и ДО \"Кировский\") "
            "принята в работу. Выезд планируем 10.11 с утра, инженер Рахимов Т.</p>"
            "<p>С уважением,<br>Дмитрий Волков<br>ООО \"СибБанкСервис\"<br>+7 (383) 212-45-67</p></body></html>")
    m = text_part(html, "koi8-r", "qp", "html")
    return finish(m, n, dt, SD, "Заявка N520406 принята", "outlook", "koi8-r", "b",
                  to=", ".join([formataddr((DISPATCH_NAME, DISPATCH), charset=cs("koi8-r", "qp", "b")), RAH[1]]))


@letter(d(10, 9, 0), dec("520406", ["1"], "подрядчик в пути",
                         "«выезжаю с базы в ленинский» (с базы — не с объекта); Кировский — план; Ленинский = поз. 1"))
def _(n, dt):
    text = ("выезжаю с базы в ленинский, потом кировский\n\n"
            "пн, 9 нояб. 2026 г., 12:30 Дмитрий Волков <sd@sibbankservis.ru>:\n"
            "> Заявка N520406 (установка антискимминговых накладок, ДО \"Ленинский\" и ДО \"Кировский\") "
            "принята в работу.\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "Re: Заявка N520406 принята", "k9")


@letter(d(10, 12, 40), rev("разные статусы по позициям: п1 готово/выезжаю с Ленинского (убыл), п2 — еду на Кировский (в пути)"))
def _(n, dt):
    text = "накладку на УС 604140 поставил, выезжаю с ленинского на кировский\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520406 п1 готово", "k9")


@letter(d(10, 13, 20), dec("520406", ["2"], "подрядчик на месте", "заглавные с латинскими A и E внутри «НА МЕСТЕ»"))
def _(n, dt):
    m = MIMEMultipart("alternative")
    m.attach(text_part("\n", "utf-8", "b64"))
    m.attach(text_part("<html><body><div><br></div></body></html>", "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520406 п2 Н\u0041 М\u0045СТЕ", "k9")


@letter(d(10, 15, 0), dec("520406", ["1", "2"], "подрядчик убыл", "HTML-таблица: по обеим позициям есть время убытия"))
def _(n, dt):
    rows = [
        ("1 — ДО «Ленинский», УС 604140", "10:05", "12:35", "Установлена антискимминговая накладка, тест карт — норма"),
        ("2 — ДО «Кировский», УС 604155", "13:15", "14:40", "Установлена накладка, опломбирована (пломба № 0045233)"),
    ]
    tr = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html_escape(c) for c in r) for r in rows)
    html = ("<html><body style='font-family:Calibri,sans-serif;font-size:11pt'><p>Добрый день!</p>"
            "<p>Отчёт о выполнении работ по заявке 520406 (10.11.2026):</p>"
            "<table border='1' cellpadding='4' cellspacing='0'>"
            "<tr><th>Позиция</th><th>Время прибытия</th><th>Время убытия</th><th>Результат</th></tr>" + tr +
            "</table><p>Фотоотчёт — во вложении у инженера, пришлём по запросу.</p>" + SIG_SD_HTML + "</body></html>")
    text = ("Добрый день!\n\nОтчёт о выполнении работ по заявке 520406 (10.11.2026):\n\n"
            + "\n".join("%s; прибытие %s; убытие %s; %s" % r for r in rows) + "\n\n" + SIG_SD)
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(html, "utf-8", "b64", "html"))
    return finish(m, n, dt, SD, "Отчёт о выполнении работ по заявке 520406", "outlook")


# ---- 520455 ---------------------------------------------------------------
@letter(d(10, 10, 6), ign("bounce: MAILER-DAEMON, письмо диспетчера не доставлено на ошибочный адрес"))
def _(n, dt):
    m = MIMEMultipart("report", report_type="delivery-status")
    t = ("This is the mail system at host mx1.sibbankservis.ru.\n\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients. It's attached below.\n\n"
         "                   The mail system\n\n"
         "<a.kuznecov@sibbankservis.ru>: host mx1.sibbankservis.ru[10.20.1.5] said: 550 5.1.1\n"
         "    <a.kuznecov@sibbankservis.ru>: Recipient address rejected: User unknown in\n"
         "    virtual mailbox table\n")
    m.attach(MIMEText(t, "plain", "us-ascii"))
    ds = MIMEBase("message", "delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.sibbankservis.ru"
    b1["X-Postfix-Queue-ID"] = "4XkT2m1Zq9z9vL"
    b1["Arrival-Date"] = format_datetime(d(10, 10, 5, 51))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; a.kuznecov@sibbankservis.ru"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <a.kuznecov@sibbankservis.ru>: Recipient address rejected"
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = MIMEText("Алексей, добрый день! Заявка 520455: ДО «Речной вокзал», банкоматы УС 604101, УС 604102, "
                    "УС 604105 (ресайклер). Банк: INC0012790, INC0012791. Просьба принять.\n", "plain", "utf-8")
    orig["From"] = formataddr((DISPATCH_NAME, DISPATCH), charset="utf-8")
    orig["To"] = "a.kuznecov@sibbankservis.ru"
    orig["Subject"] = Header("Заявка 520455 — ДО «Речной вокзал»", "utf-8")
    orig["Date"] = format_datetime(d(10, 10, 5, 49))
    orig["Message-ID"] = dmid("520455")
    m.attach(MIMEMessage(orig))
    return finish(m, n, dt, DAEMON, "Undelivered Mail Returned to Sender", "srv",
                  to=DISPATCH, extra={"Auto-Submitted": "auto-replied"})


@letter(d(10, 10, 40), dec("520455", [], "заявка принята",
                           "iPhone-ответ над цитатой: «Заявку принял, завтра к 9:00 буду» (план не считается)"))
def _(n, dt):
    body = ("Заявку принял, завтра к 9:00 буду на Речном.\n\n" + IPHONE + "\n\n"
            "> 10 нояб. 2026 г., в 10:05, Диспетчерская служба <dispatch@zakazchik-omis.ru> написал(а):\n>\n"
            "> Алексей, добрый день! Заявка 520455: ДО «Речной вокзал», банкоматы УС 604101, УС 604102, "
            "УС 604105 (ресайклер). Банк: INC0012790, INC0012791. Просьба принять.\n")
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, KUZ, "Re: Заявка 520455 — ДО «Речной вокзал»", "iphone", reply_to_tag="520455")


@letter(d(11, 8, 55), dec("520455", ["1", "2", "3"], "подрядчик на месте", "«520455/1/2/3 на месте», пустое тело"))
def _(n, dt):
    m = text_part("", "utf-8", "qp")
    return finish(m, n, dt, KUZ, "520455/1/2/3 на месте", "iphone")


@letter(d(11, 11, 40), dec("520455", ["1"], "подрядчик убыл",
                           "только подпись к фото: «520455 п1 готов»; IMG_4471 и УС 604101 — не номера заявок"))
def _(n, dt):
    body = "УС 604101 после ремонта. 520455 п1 готов\n\n" + IPHONE
    m = MIMEMultipart("mixed")
    m.attach(text_part(body, "utf-8", "qp"))
    img = MIMEImage(JPEG, "jpeg", name="IMG_4471.jpg")
    img.add_header("Content-Disposition", "inline", filename="IMG_4471.jpg")
    m.attach(img)
    return finish(m, n, dt, KUZ, "Фото", "iphone")


@letter(d(11, 14, 10), dec("520455", ["2", "3"], "подрядчик убыл",
                           "«п2 п3 ок уехал»; кассета и INC — не номера заявки"))
def _(n, dt):
    body = ("604102 — чистка тракта, тест ок\n604105 ресайклер — заменил ремень транспорта, кассету №3 (CST-0091) "
            "переустановил. INC0012790 и INC0012791 можно закрывать\n\n" + IPHONE)
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, KUZ, "520455 п2 п3 ок уехал", "iphone")


@letter(d(11, 19, 30), rev("ежедневная сводка: несколько заявок в одном письме"))
def _(n, dt):
    rows = [
        ("520455", "ДО \"Речной вокзал\", банкоматы 1-3", "Кузнецов А.", "08:55", "14:05", "выполнено, INC закрыть"),
        ("520511", "УС 604930, Толмачево", "Пономарев С.", "10:40", "13:00", "выполнено, картридер заменен"),
        ("520406", "ДО \"Ленинский\", ДО \"Кировский\"", "Рахимов Т.", "-", "-", "закрыта 10.11"),
    ]
    tr = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html_escape(c) for c in r) for r in rows)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body>"
            "<p>Добрый вечер!</p><p>Сводка по заявкам за 11.11.2026:</p>"
            "<table border='1' cellspacing='0' cellpadding='3'><tr><th>Заявка</th><th>Объект</th><th>Инженер</th>"
            "<th>Прибытие</th><th>Убытие</th><th>Статус</th></tr>" + tr + "</table>"
            "<p>Открытых заявок на 12.11 нет.</p><p>Дмитрий Волков<br>ООО \"СибБанкСервис\"</p></body></html>")
    text = ("Добрый вечер!\n\nСводка по заявкам за 11.11.2026:\n\n"
            + "\n".join(" | ".join(r) for r in rows) + "\n\nОткрытых заявок на 12.11 нет.\n\n" + SIG_SD_KOI)
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "koi8-r", "qp"))
    m.attach(text_part(html, "koi8-r", "qp", "html"))
    return finish(m, n, dt, SD, "Сводка по заявкам за 11.11.2026", "outlook", "koi8-r", "b")


# ---- 520511 ---------------------------------------------------------------
@letter(d(11, 8, 45), dec("520511", [], "заявка принята", "«принял, через час выезжаю» — выезд ещё план"))
def _(n, dt):
    text = "принял, через час выезжаю\n\n" + MAILRU + "\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "Толмачево 520511", "mailru")


@letter(d(11, 10, 45), dec("520511", [], "подрядчик на месте",
                           "«на месте, жду сопровождающего» — прибыл; номер только в теме Re: письма диспетчера"))
def _(n, dt):
    text = ("на месте, жду сопровождающего от САБ, оформляют разовый пропуск\n\n" + MAILRU + "\n\n"
            "Среда, 11 ноября 2026, 8:25 +07:00 от Диспетчерская служба <dispatch@zakazchik-omis.ru>:\n"
            "> Сергей, доброе утро. Банкомат УС 604930, аэропорт Толмачёво, зал прилёта — замятие карты.\n"
            "> Пропуск заказываем.\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "Re: Заявка 520511 — УС 604930 Толмачёво", "mailru", reply_to_tag="520511")


@letter(d(11, 13, 5), dec("520511", [], "подрядчик убыл", "«уехал из толмачево»; модель и с/н картридера — не номера"))
def _(n, dt):
    text = ("карту извлёк, картридер заменён (Sankyo ICT3Q8-3A0280, с/н 22K0093311), банкомат в сервисе. "
            "уехал из толмачево\n\n" + MAILRU + "\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "520511", "mailru")


@letter(d(12, 9, 0), rev("претензия по пропуску в аэропорт; нового статуса нет"))
def _(n, dt):
    body = ("Марина, доброе утро.\n\nВчера по заявке 520511 наш инженер полтора часа ждал пропуск в зону прилёта "
            "Толмачёво. Просим впредь заказывать пропуск заранее, при подаче заявки, иначе мы не сможем "
            "выдерживать SLA 4 часа. Время простоя (1,5 ч) выставим отдельной строкой в акте.\n\n" + SIG_SD)
    m = text_part(body, "utf-8", "b64")
    return finish(m, n, dt, SD, "Заявка 520511 — пропуск в аэропорт", "outlook")


# ---- 520587 ---------------------------------------------------------------
@letter(d(12, 14, 0), dec("520587", [], "заявка принята", "«Принято в работу», Outlook-цитата"))
def _(n, dt):
    body = ("Принято в работу, исполнитель Рахимов Т., выезд завтра утром.\n\n" + SIG_SD_KOI + "\n\n"
            "От: Диспетчерская служба [mailto:dispatch@zakazchik-omis.ru]\n"
            "Отправлено: 12 ноября 2026 г. 13:35\n"
            "Кому: sd@sibbankservis.ru\n"
            "Тема: Заявка 520587 - терминалы ДО \"Площадь Маркса\"\n\n"
            "Добрый день. ДО \"Площадь Маркса\", терминалы 1 и 2 в вестибюле: не проходит оплата картой. Прошу принять.\n")
    m = text_part(body, "koi8-r", "qp")
    return finish(m, n, dt, SD, "RE: Заявка 520587 - терминалы ДО \"Площадь Маркса\"", "outlook", "koi8-r", "b",
                  reply_to_tag="520587")


@letter(d(12, 17, 10), rev("вопрос (код от двери, какой терминал), статуса нет"))
def _(n, dt):
    text = ("Марина, какой код от тамбура на пл. Маркса? и терминал 2 это который у окна или у банкоматов? "
            "завтра с утра поеду\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520587 вопрос", "k9")


@letter(d(13, 12, 0), dec("520587", ["1"], "подрядчик убыл",
                          "«по 1му закончил», по терминалу 2 — план; код двери в цитате — не номер"))
def _(n, dt):
    text = ("по 1му закончил, терминал 1 работает. по терминалу 2 нужен модуль NFC, привезу в понедельник\n\n"
            "чт, 12 нояб. 2026 г., 17:40 Диспетчерская служба <dispatch@zakazchik-omis.ru>:\n"
            "> Тимур, код 4512#, терминал 2 — у окна.\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "Re: 520587 вопрос", "k9", reply_to_tag="520587-q")


@letter(d(16, 10, 0), rev("позиции 3 у заявки 520587 нет (только терминалы 1 и 2)"))
def _(n, dt):
    m = MIMEMultipart("alternative")
    m.attach(text_part("\n", "utf-8", "b64"))
    m.attach(text_part("<html><body><div><br></div></body></html>", "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520587 т3 на месте", "k9")


@letter(d(16, 11, 30), dec("520587", ["2"], "подрядчик убыл",
                           "пересылка (gmail-стиль) отчёта инженера: т2 работает, уезжаю"))
def _(n, dt):
    body = ("Марина, пересылаю отчёт инженера — с его телефона на ваш адрес не уходит.\n\n"
            "---------- Пересылаемое сообщение ----------\n"
            "От: Тимур Рахимов <t.rakhimov@sibbankservis.ru>\n"
            "Дата: понедельник, 16 ноября 2026 г., 11:22\n"
            "Тема: 520587 т2\n"
            "Кому: sd@sibbankservis.ru\n\n"
            "модуль NFC поставил, терминал 2 работает, оплата картой проходит. утром писал т3 — ошибся, "
            "имел в виду т2. уезжаю\n\n" + SIG_SD)
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, SD, "Fwd: 520587 т2", "outlook")


# ---- 520630 ---------------------------------------------------------------
@letter(d(16, 12, 20), ign("ответ на приглашение календаря Outlook («Принято:»), text/calendar METHOD:REPLY"))
def _(n, dt):
    m = MIMEMultipart("alternative")
    m.attach(text_part("Дмитрий Волков принял это приглашение.\n", "utf-8", "qp"))
    ical = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
            "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Дмитрий Волков:mailto:sd@sibbankservis.ru\r\n"
            "ORGANIZER;CN=Диспетчерская служба:mailto:dispatch@zakazchik-omis.ru\r\n"
            "SUMMARY:Согласование графика ТО по наряду 520630\r\n"
            "DTSTART:20261117T030000Z\r\nDTEND:20261117T033000Z\r\n"
            "UID:040000008200E00074C5B7101A82E00800000000520630\r\nSEQUENCE:0\r\n"
            "DTSTAMP:20261116T052000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = MIMEText(ical, "calendar", cs("utf-8", "b64"))
    cal.set_param("method", "REPLY")
    m.attach(cal)
    return finish(m, n, dt, SD, "Принято: Согласование графика ТО по наряду 520630", "outlook",
                  extra={"X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAIIA4AB0xbcQGoLgCAAAAAA="})


@letter(d(16, 13, 0), dec("520630", [], "заявка принята",
                          "ответ под цитатой (The Bat!): «Наряд получил, в работу взял», далее график (план)"))
def _(n, dt):
    body = ("Здравствуйте, Марина.\n\n"
            "Вы писали 16 ноября 2026 г., 12:05:\n\n"
            "МП> Игорь Викторович, направляем наряд 520630 на ТО сейфовых дверей:\n"
            "МП> 1 — ДО «Дзержинский», 2 — ДО «Калининский», 3 — ДО «Первомайский».\n"
            "МП> Просим подтвердить и прислать график.\n\n"
            "Наряд получил, в работу взял. График:\n"
            "17.11 — Дзержинский\n18.11 — Калининский\n19.11 — Первомайский\n\n" + SIG_ZAI + "\n")
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "Re: Наряд 520630 — ТО сейфовых дверей", "bat", "windows-1251", "b",
                  reply_to_tag="520630")


@letter(d(17, 9, 30), dec("520630", ["1"], "подрядчик на месте", "«П1 — прибытие 09:25» в теме"))
def _(n, dt):
    m = text_part(SIG_ZAI + "\n", "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "Наряд 520630 П1 — прибытие 09:25", "bat", "windows-1251", "b")


@letter(d(17, 13, 10), dec("520630", ["1"], "подрядчик убыл",
                           "пересылка (Thunderbird «Перенаправленное сообщение»): «завершение работ 12:45»"))
def _(n, dt):
    body = ("Перенаправляю — Игорь Викторович отправил на старый адрес диспетчерской.\n\n"
            "-------- Перенаправленное сообщение --------\n"
            "Тема: \tНаряд 520630 п.1 — завершение\n"
            "Дата: \tTue, 17 Nov 2026 12:50:11 +0700\n"
            "От: \tЗайцев Игорь Викторович <zaitsev.i@sibbankservis.ru>\n"
            "Кому: \tdispatch-old@zakazchik-omis.ru\n\n"
            "Дзержинский: ТО двери хранилища и сейфовой комнаты выполнено, завершение работ 12:45. Акт № 0630-1.\n"
            "Зайцев И.В.\n\n" + SIG_SD)
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, SD, "Fwd: Наряд 520630 п.1 — завершение", "outlook",
                  extra={"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Thunderbird/128.4.2"})


@letter(d(18, 9, 40), rev("по п.2 сегодня не попадаем, перенос; статус «завершение» только в цитате"))
def _(n, dt):
    body = ("Здравствуйте, Марина.\n\n"
            "По второй позиции (Калининский) сегодня не попадаем: управляющая на больничном, хранилище открыть некому. "
            "Переносим на пятницу 20.11, с заместителем согласовано.\n\n" + SIG_ZAI + "\n\n"
            "Вы писали 17 ноября 2026 г., 13:30:\n\n"
            "МП> Игорь Викторович, по п.1 отчёт получили, спасибо.\n\n"
            "МП>> Дзержинский: ТО двери хранилища и сейфовой комнаты выполнено, завершение работ 12:45.\n")
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "Re: Наряд 520630 п.1 — завершение", "bat", "windows-1251", "b",
                  reply_to_tag="520630-p1")


@letter(d(19, 10, 0), dec("520630", ["3"], "подрядчик на месте", "«третья позиция: на объекте с 9:50»; в теме только название ДО"))
def _(n, dt):
    body = "По наряду 520630, третья позиция: на объекте с 9:50.\n\nЗайцев И.В.\n"
    m = text_part(body, "windows-1251", "qp")
    return finish(m, n, dt, ZAI, "Первомайский", "bat", "windows-1251", "b")


@letter(d(19, 15, 10), dec("520630", ["3"], "подрядчик убыл", "HTML KOI8-R таблица: поз. 3, убытие 14:30"))
def _(n, dt):
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body>"
            "<p>Добрый день!</p><p>Отчет о выезде по наряду 520630, ДО \"Первомайский\" (19.11.2026).</p>"
            "<table border='1' cellspacing='0' cellpadding='4'><tr><th>Позиция</th><th>Время прибытия</th>"
            "<th>Время убытия</th><th>Результат</th></tr>"
            "<tr><td>3 - ДО \"Первомайский\"</td><td>09:50</td><td>14:30</td>"
            "<td>ТО двери хранилища выполнено, замечаний нет. Акт N 0630-3 от 19.11.2026</td></tr></table>"
            "<p>Позиция 2 (ДО \"Калининский\") - по согласованному переносу 20.11.</p>"
            "<p>С уважением,<br>Дмитрий Волков<br>ООО \"СибБанкСервис\"</p></body></html>")
    m = text_part(html, "koi8-r", "qp", "html")
    return finish(m, n, dt, SD, "Отчет о выезде по наряду 520630 - ДО \"Первомайский\"", "outlook", "koi8-r", "b")


@letter(d(19, 19, 0), rev("ежедневная сводка: несколько заявок в одном письме"))
def _(n, dt):
    items = [
        ("520630", "ДО «Первомайский» (поз. 3) — ТО выполнено; ДО «Калининский» (поз. 2) — перенос на 20.11"),
        ("520748", "ДО «Советский», банкоматы 1 и 2 — кассеты заменены, выполнено"),
        ("520702", "ДО «Центральный», касса 5 — выполнено 17.11, акт у кассира"),
    ]
    html = ("<html><body style='font-family:Calibri,sans-serif'><p>Коллеги, добрый вечер!</p>"
            "<p>Сводка за 19.11.2026:</p><ul>" +
            "".join("<li><b>%s</b> — %s</li>" % (a, html_escape(b)) for a, b in items) +
            "</ul><p>На 20.11 в плане: 520630 поз. 2.</p>" + SIG_SD_HTML + "</body></html>")
    text = ("Коллеги, добрый вечер!\n\nСводка за 19.11.2026:\n" +
            "".join("- %s — %s\n" % it for it in items) + "\nНа 20.11 в плане: 520630 поз. 2.\n\n" + SIG_SD)
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "qp"))
    m.attach(text_part(html, "utf-8", "qp", "html"))
    return finish(m, n, dt, SD, "Сводка за 19.11.2026", "outlook")


@letter(d(20, 13, 20), dec("520630", ["2"], "подрядчик убыл",
                           "номер наряда и Калининский (= поз. 2) только в теме Re:/цитате; новое — «Сделал, уехал»"))
def _(n, dt):
    body = ("Сделал, уехал. Акт подписан заместителем.\n\nОтправлено с моего Galaxy\n\n\n"
            "-------- Исходное сообщение --------\n"
            "От: Диспетчерская служба <dispatch@zakazchik-omis.ru>\n"
            "Дата: 19.11.2026 17:02 (GMT+07:00)\n"
            "Кому: Зайцев Игорь Викторович <zaitsev.i@sibbankservis.ru>\n"
            "Тема: Наряд 520630 — график по Калининскому\n\n"
            "Игорь Викторович, подтвердите, пожалуйста, что завтра (20.11) выезжаете в Калининский.\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(body, "utf-8", "b64"))
    m.attach(text_part(text_to_html(body), "utf-8", "b64", "html"))
    return finish(m, n, dt, ZAI, "Re: Наряд 520630 — график по Калининскому", "srv",
                  reply_to_tag="520630-p2", extra={"X-Mailer": "Samsung Mobile Email"})


# ---- 520702 ---------------------------------------------------------------
@letter(d(17, 11, 5), ign("автоответ «в отпуске» (Auto-Submitted), несмотря на номер заявки в теме"))
def _(n, dt):
    body = ("Здравствуйте!\n\nЯ в отпуске с 16.11.2026 по 29.11.2026, почту не читаю.\n"
            "По заявкам и срочным вопросам обращайтесь в сервисную службу: sd@sibbankservis.ru, "
            "+7 (383) 212-45-67.\n\nКузнецов Алексей\n")
    m = text_part(body, "koi8-r", "qp")
    return finish(m, n, dt, KUZ, "Автоответ: Заявка 520702 - счетчик банкнот, ДО \"Центральный\", касса 5", "srv",
                  "koi8-r", "b", reply_to_tag="520702",
                  extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})


@letter(d(17, 11, 40), dec("520702", [], "заявка принята", "«заявку 520702 принял в работу Пономарёв», -----Original Message-----"))
def _(n, dt):
    body = ("Марина, добрый день.\n\nАлексей Кузнецов в отпуске до 29.11, заявку 520702 принял в работу "
            "Пономарев С. Ориентировочно будет сегодня после 15:00.\n\n" + SIG_SD_KOI + "\n\n"
            "-----Original Message-----\n"
            "From: Диспетчерская служба [mailto:dispatch@zakazchik-omis.ru]\n"
            "Sent: Tuesday, November 17, 2026 11:04 AM\n"
            "To: Кузнецов Алексей; sd@sibbankservis.ru\n"
            "Subject: Заявка 520702 - счетчик банкнот, ДО \"Центральный\", касса 5\n\n"
            "Добрый день. Счетчик-сортировщик в кассе 5 выдает ошибку датчика плотности. Прошу принять.\n")
    m = text_part(body, "koi8-r", "qp")
    return finish(m, n, dt, SD, "RE: Заявка 520702 - счетчик банкнот, ДО \"Центральный\", касса 5", "outlook",
                  "koi8-r", "b", reply_to_tag="520702")


@letter(d(17, 15, 10), dec("520702", [], "подрядчик на месте",
                           "«#520702 касса5 приехал»: касса 5 — устройство единственной позиции, не позиция 5"))
def _(n, dt):
    m = MIMEMultipart("alternative")
    m.attach(text_part(MAILRU + "\n", "utf-8", "b64"))
    m.attach(text_part("<html><body><div><br></div><div>%s</div></body></html>" % MAILRU, "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "#520702 касса5 приехал", "mailru")


@letter(d(17, 16, 30), dec("520702", [], "подрядчик убыл", "Re: со старым «приехал», тело «всё, уехал»; п/н датчика не номер"))
def _(n, dt):
    text = ("датчик плотности заменил (п/н 1001-0375), пересчёт 3 корешков по 100 шт — норма. всё, уехал\n\n"
            + MAILRU + "\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, PON, "Re: #520702 касса5 приехал", "mailru")


# ---- 520748 ---------------------------------------------------------------
@letter(d(19, 8, 30), rev("«ещё не выехал», выедет в течение часа — отрицание/план"))
def _(n, dt):
    body = ("Марина, добрый день.\n\nРахимов ещё не выехал — ждёт на складе кассеты, которые вчера вечером "
            "привезли от инкассаторов. Выедет в течение часа, сообщу.\n\n" + SIG_SD + "\n\n"
            "От: Диспетчерская служба <dispatch@zakazchik-omis.ru>\n"
            "Отправлено: 19 ноября 2026 г. 8:12\n"
            "Кому: sd@sibbankservis.ru\n"
            "Тема: 520748 — инженер?\n\n"
            "Коллеги, по 520748 банк спрашивает, когда будет инженер? INC0013106.\n")
    m = text_part(body, "utf-8", "qp")
    return finish(m, n, dt, SD, "RE: 520748 — инженер?", "outlook", reply_to_tag="520748-q")


@letter(d(19, 9, 5), dec("520748", ["1", "2"], "подрядчик в пути",
                         "«выехал на советский» (на — к объекту), латинские a в «бaнкомaт 1 и 2»"))
def _(n, dt):
    text = "выехал на советский, б\u0061нком\u0061т 1 и 2\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520748", "k9")


@letter(d(19, 9, 50), rev("нет номера заявки, только номер банкомата банка УС 604212"))
def _(n, dt):
    m = MIMEMultipart("alternative")
    m.attach(text_part("\n", "utf-8", "b64"))
    m.attach(text_part("<html><body><div><br></div></body></html>", "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "УС 604212 на месте", "k9")


@letter(d(19, 12, 15), dec("520748", ["1", "2"], "подрядчик убыл", "«п1 п2 в работе, уехал»; пломбы не номера"))
def _(n, dt):
    text = "кассеты заменил на обоих, отбраковка ок, пломбы 0045310 0045311\n"
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "utf-8", "b64"))
    m.attach(text_part(text_to_html(text), "utf-8", "b64", "html"))
    return finish(m, n, dt, RAH, "520748 п1 п2 в работе, уехал", "k9")


# ==========================================================================
def main():
    letters_dir = os.path.join(OUT, "letters")
    if os.path.isdir(letters_dir):
        shutil.rmtree(letters_dir)
    os.makedirs(letters_dir)
    items = sorted(LETTERS, key=lambda x: x[0])
    labels = {}
    ids = set()
    for i, (dt, fn, label) in enumerate(items, 1):
        name = "%03d.eml" % i
        msg = fn(i, dt)
        assert msg["Message-ID"] not in ids
        ids.add(msg["Message-ID"])
        if label["expect"] == "decided":
            reg = datetime.fromisoformat(REG[label["request"]][2])
            assert dt > reg, (name, dt, reg)
        with open(os.path.join(letters_dir, name), "wb") as f:
            f.write(msg.as_bytes())
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    reg = {"contractor": {"name": "ООО «СибБанкСервис»", "emails": ALL_EMAILS, "domains": [DOMAIN]},
           "requests": [{"number": r[0], "positions": r[1], "registered_at": r[2], "comment": r[3]}
                        for r in REGISTRY]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
    c = {}
    for v in labels.values():
        c[v["expect"]] = c.get(v["expect"], 0) + 1
    print(len(labels), c)


if __name__ == "__main__":
    main()
