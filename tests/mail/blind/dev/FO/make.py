#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona FO:
ООО «ПромТехСервис» - equipment-service contractor with a cheap imported
field-service app (ServiceGo FSM) that sends machine-translated Russian
templates, plus engineers writing from Outlook / phone / The Bat!.
Run: python3 make.py  (writes letters/, labels.json, registry.json)
"""
import json
import os
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email import message_from_string

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

DISPATCH = formataddr(("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru"), "utf-8")
DISPATCH_PLAIN = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"

APP = ("ПромТехСервис via ServiceGo", "ptservice@notify.servicego.app")
KRAV = ("Кравец Олег", "o.kravets@ptservice.ru")
GUS = ("Рамиль Гусейнов", "r.guseinov@ptservice.ru")
LAP = ("Лапшина Ирина Викторовна", "i.lapshina@ptservice.ru")
SOM = ("Денис Сомов", "somov.d@mail.ru")
NEWS = ("ПромТехСервис", "news@ptservice.ru")
DAEMON = ("Mail Delivery System", "mailer-daemon@ptservice.ru")

MSK = timezone(timedelta(hours=3))
UTC = timezone.utc


def cs(name, body=QP, head=BASE64):
    c = Charset(name)
    c.body_encoding = body
    c.header_encoding = head
    return c


UTF_B64 = cs("utf-8", BASE64, BASE64)
UTF_QP = cs("utf-8", QP, QP)
W1251 = cs("windows-1251", QP, BASE64)
W1251_B64 = cs("windows-1251", BASE64, BASE64)
KOI = cs("koi8-r", BASE64, BASE64)

REGISTRY = {
    "contractor": {
        "name": "ООО «ПромТехСервис»",
        "emails": [KRAV[1], GUS[1], LAP[1], SOM[1], APP[1], NEWS[1], DAEMON[1]],
        "domains": ["ptservice.ru"],
    },
    "requests": [
        {"number": "432114", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "БЦ «Северная башня», ул. Складочная 1с2. 1 — чиллер Carrier 30RB-0402 на кровле корп. А (не держит температуру); "
                    "2 — прецизионный кондиционер Stulz в серверной 214 (авария по влажности)."},
        {"number": "432187", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "ТЦ «Панорама», склад и фудкорт. 1 — холодильная камера №3 (мясо), 2 — холодильная камера №5 (овощи), "
                    "3 — льдогенератор Scotsman в баре фудкорта."},
        {"number": "432240", "positions": ["1", "2"], "registered_at": "2026-11-04T08:30:00+03:00",
         "comment": "Котельная административного корпуса, ул. Заводская 14. 1 — котёл Viessmann Vitoplex 100 №1; 2 — котёл №2 (течь)."},
        {"number": "432305", "positions": ["1"], "registered_at": "2026-11-05T11:10:00+03:00",
         "comment": "Офис, 3 этаж. 1 — приточная установка П-4 (гул, вибрация), венткамера у офиса 310."},
        {"number": "432388", "positions": ["1", "2"], "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "Пресненская наб. 8. 1 — ИБП APC Symmetra PX 40 в серверной 110; 2 — ДГУ FG Wilson P220 во дворе (ТО + прогон)."},
        {"number": "432451", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T10:20:00+03:00",
         "comment": "Столовая корпуса Б. 1 — посудомоечная машина Winterhalter PT-M; 2 — пароконвектомат Rational SCC 101; "
                    "3 — холодильный шкаф Polair CM107-S."},
        {"number": "432519", "positions": ["1", "2"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "Компрессорная цеха №2. 1 — винтовой компрессор Atlas Copco GA37 (ТО-4000); 2 — осушитель FD 120."},
        {"number": "432602", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-11T13:00:00+03:00",
         "comment": "Офис ул. Лесная 5, сплит-системы: 1 — кабинет 305; 2 — кабинет 307; 3 — переговорная 4.12; 4 — ресепшн 1 этаж."},
        {"number": "432677", "positions": ["1"], "registered_at": "2026-11-12T16:00:00+03:00",
         "comment": "ФОК «Волна», бассейн. 1 — приточно-вытяжная установка ВУ-1 (сильный конденсат)."},
        {"number": "433015", "positions": ["1", "2"], "registered_at": "2026-11-16T08:45:00+03:00",
         "comment": "Склад Внуково. 1 — тепловая завеса вход А (ворота 1); 2 — тепловая завеса вход Б (ворота 4)."},
        {"number": "433148", "positions": ["1", "2"], "registered_at": "2026-11-17T12:00:00+03:00",
         "comment": "Магазин, ул. Гагарина 22. 1 — холодильная витрина Ариада; 2 — кондиционер в электрощитовой."},
        {"number": "433290", "positions": ["1", "2"], "registered_at": "2026-11-19T09:30:00+03:00",
         "comment": "ИТП жилого комплекса, Берёзовая аллея 3. 1 — насосная станция Grundfos Hydro MPC-E; 2 — бойлер ГВС."},
    ],
}

LABELS = {}
_counter = [0]


def d(y_m_d_h_m, tz=MSK):
    return datetime.strptime(y_m_d_h_m, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def addr(p, charset="utf-8"):
    return formataddr(p, charset)


def finish(msg, frm, subj, date, scs, to=DISPATCH, irt=None, extra=None, mid_dom=None):
    _counter[0] += 1
    n = _counter[0]
    msg["From"] = addr(frm, scs.input_charset if isinstance(scs, Charset) else "utf-8")
    msg["To"] = to
    msg["Subject"] = Header(subj, scs, header_name="Subject").encode() if any(ord(ch) > 127 for ch in subj) else subj
    msg["Date"] = format_datetime(date)
    dom = mid_dom or frm[1].split("@")[1]
    msg["Message-ID"] = "<%s.%03d.%d@%s>" % (date.strftime("%Y%m%d%H%M%S"), n, 4300 + n * 7, dom)
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    name = "%03d.eml" % n
    with open(os.path.join(LET, name), "wb") as f:
        f.write(msg.as_bytes())
    return name


def koi_safe(s):
    # The Bat! with KOI8-R: characters outside KOI8-R are typed as ASCII
    for x, y in (("\u2014", "-"), ("\u2013", "-"), ("\u2116", "N"), ("\u00ab", '"'), ("\u00bb", '"')):
        s = s.replace(x, y)
    return s


def plain(frm, subj, date, body, charset=UTF_QP, **kw):
    if charset is KOI:
        body, subj = koi_safe(body), koi_safe(subj)
    m = MIMEText(body, "plain", charset)
    return finish(m, frm, subj, date, charset, **kw)


def html_only(frm, subj, date, html, charset=UTF_B64, **kw):
    m = MIMEText(html, "html", charset)
    return finish(m, frm, subj, date, charset, **kw)


def alt(frm, subj, date, text, html, charset=UTF_B64, **kw):
    m = MIMEMultipart("alternative")
    m.attach(MIMEText(text, "plain", charset))
    m.attach(MIMEText(html, "html", charset))
    return finish(m, frm, subj, date, charset, **kw)


def label(name, expect, request=None, positions=None, status=None, note=""):
    e = {"expect": expect}
    if expect == "decided":
        e.update({"request": request, "positions": positions, "status": status})
    e["note"] = note
    LABELS[name] = e


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(t):
    return "<br>\n".join(html_escape(x) for x in t.split("\n"))


# ---------------------------------------------------------------- app templates
APP_FOOT = ("\n---------------------------------\n"
            "Это письмо отправлен автоматически системой ServiceGo FSM. Пожалуйста не отвечать на этот адрес.\n"
            "Служба поддержки ПромТехСервис: +7 (495) 640-32-18, ИНН 7716543210 / КПП 771601001\n")


def app_text(head, order, cust, obj, equip, eng, when, comment, bilingual=None):
    lines = []
    lines.append("ServiceGo | ООО «ПромТехСервис»")
    lines.append("")
    lines.append("Уважаемый Клиент,")
    lines.append("")
    if bilingual:
        lines.append(bilingual)
    lines.append(head)
    lines.append("")
    lines.append("Заказ №: %s" % order)
    lines.append("Номер заявка клиента: %s" % (cust or "—"))
    lines.append("Объект: %s" % obj)
    lines.append("Оборудование: %s" % equip)
    lines.append("Инженер: %s" % eng)
    lines.append("Время статус: %s (GMT+03:00)" % when.astimezone(MSK).strftime("%d.%m.%Y %H:%M"))
    lines.append("")
    lines.append("Комментарий от инженер:")
    lines.append(comment)
    return "\n".join(lines) + "\n" + APP_FOOT


def app_html(head, order, cust, obj, rows, eng, when, comment):
    tr = "\n".join(
        '<tr><td style="border:1px solid #ccc;padding:4px">%s</td><td style="border:1px solid #ccc;padding:4px">%s</td>'
        '<td style="border:1px solid #ccc;padding:4px">%s</td></tr>' % (html_escape(a), html_escape(b), html_escape(c))
        for a, b, c in rows)
    return """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<div style="background:#1f6fb2;color:#fff;padding:8px;font-size:16px">ServiceGo FSM &nbsp;|&nbsp; ООО «ПромТехСервис»</div>
<p>Уважаемый Клиент,</p>
<p><b>%s</b></p>
<table style="border-collapse:collapse">
<tr><td>Заказ №:</td><td>%s</td></tr>
<tr><td>Номер заявка клиента:</td><td>%s</td></tr>
<tr><td>Объект:</td><td>%s</td></tr>
<tr><td>Инженер:</td><td>%s</td></tr>
<tr><td>Время статус:</td><td>%s (GMT+03:00)</td></tr>
</table>
<p>Оборудование в заказ:</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #ccc;padding:4px">Поз.</th><th style="border:1px solid #ccc;padding:4px">Оборудование</th><th style="border:1px solid #ccc;padding:4px">Статус</th></tr>
%s
</table>
<p><b>Комментарий от инженер:</b><br>%s</p>
<hr><p style="color:#888;font-size:11px">Это письмо отправлен автоматически системой ServiceGo FSM. Пожалуйста не отвечать на этот адрес.<br>
Служба поддержки ПромТехСервис: +7 (495) 640-32-18</p>
</body></html>
""" % (html_escape(head), order, cust or "—", html_escape(obj), html_escape(eng),
       when.astimezone(MSK).strftime("%d.%m.%Y %H:%M"), tr, text_to_html(comment))


def app_plain_rows_text(head, order, cust, obj, rows, eng, when, comment):
    eq = "\n".join("  %s. %s — %s" % r for r in rows)
    return app_text(head, order, cust, obj, "\n" + eq, eng, when, comment)


def outlook_quote(frm_name, frm_addr, sent, to, subj, body):
    return ("\n\nОт: %s <%s>\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s" %
            (frm_name, frm_addr, sent, to, subj, body))


def gt(s):
    return "\n".join(("> " + x) if x else ">" for x in s.split("\n"))


RU_MONTH = {11: "ноября"}


def ru_sent(dt):
    return "%d %s %d г. %s" % (dt.day, RU_MONTH[dt.month], dt.year, dt.strftime("%H:%M"))


SIG_K = "\n--\nС уважением,\nКравец Олег\nведущий инженер ООО «ПромТехСервис»\nмоб. +7 (926) 431-18-07\n"
SIG_L = ("\n\nС уважением,\nЛапшина Ирина Викторовна\nдиспетчер сервисной службы\nООО «ПромТехСервис»\n"
         "тел. +7 (495) 640-32-18 доб. 104\nwww.ptservice.ru\n")
SIG_G = "\n\nОтправлено с iPhone"
SIG_S = "\n\n--\nДенис Сомов\n8-916-433-29-01\n"

OBJ_114 = "БЦ Северная башня, ул. Складочная 1с2"
OBJ_187 = "ТЦ Панорама"
OBJ_305 = "Офис, 3 этаж"
OBJ_451 = "Столовая корпус Б"
OBJ_519 = "Компрессорная цех №2"
OBJ_602 = "Офис ул. Лесная 5"
OBJ_677 = "ФОК Волна"
OBJ_015 = "Склад Внуково"
OBJ_148 = "Магазин ул. Гагарина 22"
OBJ_290 = "ИТП ЖК, Берёзовая аллея 3"

# =====================================================================
# 432114  (registered 02.11 09:15)
# =====================================================================
t = d("2026-11-02 10:40", UTC)
n = plain(APP, "Заказ №SRV-88213: Заказ принят в работа", t,
          app_text("Ваш заказ статус изменен: Принят в работа", "SRV-88213", "432114", OBJ_114,
                   "Чиллер Carrier 30RB-0402; Кондиционер прецизионный Stulz (серверная 214)", "Кравец Олег", t,
                   "Приняли. Выезд планируем завтра с утра, сначала кровля."), UTF_B64)
label(n, "decided", "432114", [], "заявка принята",
      "app template 'Принят в работа' for the whole order; customer number in body field; 'выезд завтра' is only a plan")

t = d("2026-11-03 06:55", UTC)
n = plain(APP, "Ваш заказ статус изменен: В пути", t,
          app_text("Ваш заказ статус изменен: В пути", "SRV-88213", "432114", OBJ_114,
                   "Чиллер Carrier 30RB-0402 (кровля корп. А)", "Кравец Олег", t,
                   "Выехал с базы, буду около 11, пропуск на кровлю нужен на машину Н 432 ОР 799."), UTF_B64)
label(n, "decided", "432114", ["1"], "подрядчик в пути",
      "app 'В пути'; equipment = chiller = position 1 by registry comment; car plate contains 432 (not a request)")

t = d("2026-11-03 11:20")
quoted = app_text("Ваш заказ статус изменен: В пути", "SRV-88213", "432114", OBJ_114,
                  "Чиллер Carrier 30RB-0402 (кровля корп. А)", "Кравец Олег", d("2026-11-03 06:55", UTC),
                  "Выехал с базы, буду около 11, пропуск на кровлю нужен на машину Н 432 ОР 799.")
body = ("Добрый день.\n\nНа кровле корпуса А, чиллер вскрыли, смотрим реле протока. "
        "По серверной подойду после обеда, предупредите пожалуйста охрану." + SIG_K +
        outlook_quote("ПромТехСервис via ServiceGo", APP[1], ru_sent(d("2026-11-03 09:55")), "Диспетчерская ОМИС",
                      "Ваш заказ статус изменен: В пути", quoted))
n = plain(KRAV, "RE: Ваш заказ статус изменен: В пути", t, body, W1251)
label(n, "decided", "432114", ["1"], "подрядчик на месте",
      "Re: subject still says 'В пути' but new text says he is on the roof at the chiller (pos 1); request number only in quoted app letter; serverroom only planned")

t = d("2026-11-03 12:05", UTC)
n = plain(APP, "Инженер прибыл на сайт [SRV-88213]", t,
          app_text("Инженер прибыл на сайт", "SRV-88213", "432114", OBJ_114,
                   "Кондиционер прецизионный Stulz (серверная 214)", "Кравец Олег", t,
                   "В серверной, доступ дали. Авария по влажности подтверждается."), UTF_B64)
label(n, "decided", "432114", ["2"], "подрядчик на месте",
      "app 'прибыл на сайт' for Stulz in server room 214 = position 2")

t = d("2026-11-03 14:30", UTC)
n = plain(APP, "Работа завершен [SRV-88213] Чиллер", t,
          app_text("Ваш заказ статус изменен: Работа завершен", "SRV-88213", "432114", OBJ_114,
                   "Чиллер Carrier 30RB-0402 (кровля корп. А)", "Кравец Олег", t,
                   "Реле протока заменили, чиллер запущен, на выходе +7, давления в норме.\n"
                   "По Stulz в серверной нужен датчик влажности, заказали, приеду повторно когда придет. Сейчас уезжаю."), UTF_B64)
label(n, "decided", "432114", ["1"], "подрядчик убыл",
      "template 'Работа завершен' for chiller only (pos 1); comment confirms pos 1 done, pos 2 (Stulz) waits for a part")

t = d("2026-11-06 17:45")
body = ("Ирина/коллеги, датчик влажности для Stulz пришёл со склада. Завтра в 10 поставим, "
        "прошу заказать пропуск в серверную 214 на Кравца О.А." + SIG_K +
        "\n-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
        "Sent: Friday, November 6, 2026 4:02 PM\nTo: o.kravets@ptservice.ru\nSubject: 432114 серверная\n\n"
        "Олег, добрый день. Когда планируете закрыть вторую позицию по 432114?\n")
n = plain(KRAV, "RE: 432114 серверная", t, body, W1251)
label(n, "review", note="only a plan for tomorrow (датчик пришёл, завтра поставим) - no status happened")

t = d("2026-11-07 12:10", UTC)
n = plain(APP, "Работа завершен [SRV-88213] Stulz", t,
          app_text("Ваш заказ статус изменен: Работа завершен", "SRV-88213", "432114", OBJ_114,
                   "Кондиционер прецизионный Stulz (серверная 214)", "Кравец Олег", t,
                   "Датчик влажности заменен, калибровка выполнена, авария сброшена. Уехал в 15:10."), UTF_B64)
label(n, "decided", "432114", ["2"], "подрядчик убыл",
      "Stulz (pos 2) done, engineer left")

t = d("2026-11-07 08:30")
body = ("Добрый день! Подскажите, в серверную 214 по заявке 432114 нужен отдельный допуск "
        "или достаточно пропуска, что делали в прошлый раз? Инженер будет к 10.\n" + SIG_L)
n = plain(LAP, "Вопрос по допуску, заявка 432114", t, body, W1251)
label(n, "review", note="question about access; only a plan")

# =====================================================================
# 432187  (registered 03.11 10:00)
# =====================================================================
t = d("2026-11-03 11:42")
n = plain(GUS, "заявка 432187", t, "Приняли, я сегодня после 16 поеду на Панораму" + SIG_G, UTF_QP)
label(n, "decided", "432187", [], "заявка принята", "'Приняли' + plan for the afternoon")

t = d("2026-11-03 16:08")
n = plain(GUS, "432187 в пути", t, "Выехал на Панораму, минут 40 по пробкам" + SIG_G, UTF_QP)
label(n, "decided", "432187", [], "подрядчик в пути", "short phone mail, on the way")

t = d("2026-11-03 13:52", UTC)
rows = [("1", "Холодильная камера №3 (мясо)", "На сайте"),
        ("2", "Холодильная камера №5 (овощи)", "На сайте"),
        ("3", "Льдогенератор Scotsman, бар фудкорт", "На сайте")]
n = html_only(APP, "Инженер прибыл на сайт [SRV-88240]", t,
              app_html("Инженер прибыл на сайт", "SRV-88240", "432187", OBJ_187, rows, "Гусейнов Рамиль", t,
                       "На месте, начинаю с камер."))
label(n, "decided", "432187", ["1", "2", "3"], "подрядчик на месте",
      "HTML-only app letter, table row per position all 'На сайте'")

t = d("2026-11-03 17:31", UTC)
rows = [("1", "Холодильная камера №3 (мясо)", "Завершен"),
        ("2", "Холодильная камера №5 (овощи)", "Завершен"),
        ("3", "Льдогенератор Scotsman, бар фудкорт", "Ожидание запчасть")]
comment = ("Камеры обе в норме, -18 и +4 держат, на камере №3 поменял ТРВ Danfoss TES2 068Z3400.\n"
           "Льдогенератор — помпа сгорела, нужна замена, привезу в понедельник.")
n = alt(APP, "Заказ №SRV-88240 обновлен", t,
        app_plain_rows_text("Заказ №SRV-88240 обновлен: Работа завершен", "SRV-88240", "432187", OBJ_187, rows,
                            "Гусейнов Рамиль", t, comment),
        app_html("Заказ №SRV-88240 обновлен: Работа завершен", "SRV-88240", "432187", OBJ_187, rows,
                 "Гусейнов Рамиль", t, comment))
label(n, "decided", "432187", ["1", "2"], "подрядчик убыл",
      "table: rows 1,2 'Завершен', row 3 waiting for part; camera numbers №3/№5 are not positions; part number ignored")

t = d("2026-11-09 15:20")
q = gt("Камеры обе в норме, -18 и +4 держат.\nЛьдогенератор — помпа сгорела, нужна замена, привезу в понедельник.")
n = plain(GUS, "Re: 432187", t,
          "Панорама, лёдогенератор в баре. Помпу поставил, лёд пошёл. Уехал" + SIG_G +
          "\n\n9 нояб. 2026 г., в 10:02, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n\n"
          "> Рамиль, по льдогенератору сегодня будете?\n>\n" + gt(q), UTF_QP)
label(n, "decided", "432187", ["3"], "подрядчик убыл",
      "ice maker (pos 3) named by machine; typo 'лёдогенератор'")

t = d("2026-11-10 10:15")
n = plain(GUS, "432187 поз. 4", t, "По 432187 поз. 4 сделано, можно закрывать" + SIG_G, UTF_QP)
label(n, "review", note="request 432187 has only positions 1-3; position 4 does not exist")

t = d("2026-11-16 11:05")
body = ("Добрый день.\n\nНапоминаем, что акт № 4521 от 10.11.2026 по заявке 432187 (ТЦ «Панорама») "
        "до сих пор не подписан с вашей стороны, а счёт № 1187 не оплачен. "
        "Просим ускорить, иначе следующие выезды по договору № 17/2026-ТО придётся согласовывать по предоплате." + SIG_L)
n = plain(LAP, "Акт 4521 / заявка 432187 — не подписан", t, body, W1251)
label(n, "review", note="paperwork/payment complaint, no status")

# =====================================================================
# 432240  (registered 04.11 08:30)
# =====================================================================
t = d("2026-11-04 10:12")
body = ("Добрый день!\n\nЗаявка № 432240 принята в работу. Выезд инженера Сомова Д.В. "
        "запланирован на 05.11.2026 к 09:00 (котельная, ул. Заводская 14).\n"
        "Основание: договор № 17/2026-ТО от 12.01.2026." + SIG_L)
n = alt(LAP, "Заявка № 432240 принята", t, body,
        '<html><body><p style="font-family:Calibri;font-size:11pt">' + text_to_html(body) + "</p></body></html>",
        W1251_B64)
label(n, "decided", "432240", [], "заявка принята",
      "Outlook multipart/alternative windows-1251; formal acceptance; contract number and dates are not requests")

t = d("2026-11-05 09:24")
n = plain(SOM, "Котельная Заводская 14 (432240)", t,
          "Добрый день. На объекте с 9:20, котельную открыли, работаем." + SIG_S, KOI)
label(n, "decided", "432240", [], "подрядчик на месте", "KOI8-R from The Bat!, number in brackets after address")

t = d("2026-11-05 15:52")
n = plain(SOM, "Re: Котельная Заводская 14 (432240)", t,
          "По котлу 1 горелку почистил, электроды выставил, розжиг нормальный, котёл в работе.\n"
          "Котёл 2 — течь теплообменника, тут без вариантов, нужен выезд с газосварщиком, дату сообщу.\n"
          "Сейчас уезжаю." + SIG_S +
          "\nДС> Добрый день. На объекте с 9:20, котельную открыли, работаем.\n", KOI)
label(n, "decided", "432240", ["1"], "подрядчик убыл",
      "boiler 1 finished and engineer leaving; boiler 2 only needs another visit (no status)")

t = d("2026-11-06 12:40")
body = ("Коллеги, добрый день.\n\nПо заявке 432240, котёл №2: стоимость ремонта теплообменника (сварочные работы, "
        "опрессовка, расходные материалы) составит 86 400,00 руб. в т.ч. НДС.\n"
        "Просим согласовать, после согласования выезд в течение 3 рабочих дней." + SIG_L)
n = plain(LAP, "Согласование стоимости — 432240 котёл №2", t, body, W1251)
label(n, "review", note="price approval request, no status")

t = d("2026-11-12 14:35")
n = plain(SOM, "Re: Котельная Заводская 14 (432240)", t,
          "Котёл №2 заварили, опрессовка 6 бар держит полчаса, запустили.\nЗакончили в 14:00, уехали." + SIG_S, KOI)
label(n, "decided", "432240", ["2"], "подрядчик убыл", "boiler №2 = position 2, finished and left")

# =====================================================================
# 432305  (registered 05.11 11:10)  one position: supply unit П-4
# =====================================================================
t = d("2026-11-05 10:05", UTC)
n = plain(APP, "Ваш заказ статус изменен: В пути", t,
          app_text("Ваш заказ статус изменен: В пути", "SRV-88301", "432305", OBJ_305,
                   "Приточная установка П-4", "Гусейнов Рамиль", t,
                   "Еду, пробки на ТТК, буду около 14:00"), UTF_B64)
label(n, "decided", "432305", ["1"], "подрядчик в пути",
      "supply unit П-4 is position 1 (the only one); 'П-4' is the unit's name, not position 4")

t = d("2026-11-05 10:48", UTC)
n = plain(APP, "Инженер прибыл на сайт [SRV-88301]", t,
          app_text("Инженер прибыл на сайт", "SRV-88301", "432305", OBJ_305,
                   "Приточная установка П-4", "Гусейнов Рамиль", t,
                   "Статус нажал случайно!! Ещё в дороге, буду минут через 20."), UTF_B64)
label(n, "decided", "432305", ["1"], "подрядчик в пути",
      "template says arrived, engineer's comment says pressed by mistake and still on the way")

t = d("2026-11-05 17:55")
quoted = app_text("Инженер прибыл на сайт", "SRV-88301", "432305", OBJ_305, "Приточная установка П-4",
                  "Гусейнов Рамиль", d("2026-11-05 10:48", UTC),
                  "Статус нажал случайно!! Ещё в дороге, буду минут через 20.")
n = plain(GUS, "Re: Заказ №SRV-88301 обновлен", t,
          "П-4: подшипники на вентиляторе заменил, ремень новый, гул ушел. Установка в работе. Ушёл с объекта в 17:40" +
          SIG_G + "\n\n5 нояб. 2026 г., в 13:48, ПромТехСервис via ServiceGo <ptservice@notify.servicego.app> написал(а):\n\n" +
          gt(quoted), UTF_QP)
label(n, "decided", "432305", ["1"], "подрядчик убыл",
      "П-4 (pos 1) finished, left; request number only inside the quoted app letter")

# =====================================================================
# 432388  (registered 06.11 14:00)
# =====================================================================
t = d("2026-11-06 18:20")
n = plain(LAP, "Re: Новая заявка 432388", t,
          "Коллеги, добрый вечер!\nЗаявку взяли, ИБП и ДГУ посмотрим в понедельник 09.11 с утра." + SIG_L +
          "\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
          "Sent: Friday, November 6, 2026 2:05 PM\nTo: i.lapshina@ptservice.ru\nSubject: Новая заявка 432388\n\n"
          "Добрый день. Зарегистрирована заявка 432388: ИБП в серверной 110 и ДГУ во дворе, Пресненская наб. 8.\n", W1251)
label(n, "decided", "432388", [], "заявка принята", "'Заявку взяли'; number in Re: subject and quoted original")

t = d("2026-11-09 08:10")
n = plain(KRAV, "432388 (2) выезд", t, "Выезжаю на ДГУ, Пресненская. Ориентировочно 9:00." + SIG_K, W1251)
label(n, "decided", "432388", ["2"], "подрядчик в пути", "position in brackets in subject; ДГУ = pos 2")

t = d("2026-11-09 12:34")
n = plain(KRAV, "RE: 432388 (2) выезд", t,
          "ДГУ: масло, фильтры заменили, прогон под нагрузкой 30 мин — ок. По ДГУ всё.\n"
          "Сейчас иду в серверную 110 к ИБП, начинаю диагностику." + SIG_K, W1251)
label(n, "review",
      note="different statuses for different positions: ДГУ (2) work finished but crew still there, ИБП (1) just started on site")

t = d("2026-11-09 16:05")
n = plain(KRAV, "RE: 432388 (2) выезд", t,
          "ИБП: заменили 4 батарейных модуля SYBT5, самотест пройден, нагрузка на инверторе. Всё, уехал." + SIG_K +
          "\n\n-----Original Message-----\nFrom: Кравец Олег\nSent: Monday, November 9, 2026 8:10 AM\n"
          "To: dispatch@zakazchik-omis.ru\nSubject: 432388 (2) выезд\n\nВыезжаю на ДГУ, Пресненская. Ориентировочно 9:00.\n",
          W1251)
label(n, "decided", "432388", ["1"], "подрядчик убыл",
      "old subject names (2) but the new body is about the UPS = position 1; quoted part is history")

t = d("2026-11-24 09:12")
n = plain(KRAV, "Автоматический ответ: 432388 акт", t,
          "Здравствуйте!\n\nЯ в отпуске с 23.11 по 30.11.2026, доступ к почте ограничен.\n"
          "По срочным вопросам обращайтесь к диспетчеру Лапшиной Ирине: i.lapshina@ptservice.ru, +7 (495) 640-32-18 доб. 104.\n",
          W1251, extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
label(n, "ignored", note="Outlook out-of-office auto-reply")

# =====================================================================
# 432451  (registered 09.11 10:20)
# =====================================================================
EQ451 = "Посудомоечная машина Winterhalter PT-M; Пароконвектомат Rational SCC 101; Холодильный шкаф Polair CM107-S"
t = d("2026-11-09 11:00", UTC)
n = plain(APP, "Заказ №SRV-88355: Заказ принят в работа", t,
          app_text("Ваш заказ статус изменен: Принят в работа", "SRV-88355", "432451", OBJ_451, EQ451,
                   "Гусейнов Рамиль, Сомов Денис", t, "Ок"), UTF_B64)
label(n, "decided", "432451", [], "заявка принята", "app acceptance for the whole order")

t = d("2026-11-10 08:25", UTC)
n = plain(APP, "Your order status changed / Ваш заказ статус изменен: В пути", t,
          app_text("Ваш заказ статус изменен: В пути", "SRV-88355", "432451", OBJ_451, EQ451,
                   "Гусейнов Рамиль, Сомов Денис", t, "выехали вдвоем, будем к 12-30",
                   bilingual="Your order status changed: On the way"), UTF_B64)
label(n, "decided", "432451", [], "подрядчик в пути", "bilingual app template")

t = d("2026-11-10 09:40", UTC)
n = plain(APP, "Инженер прибыл на сайт [SRV-88355]", t,
          app_text("Инженер прибыл на сайт", "SRV-88355", "432451", OBJ_451, EQ451,
                   "Гусейнов Рамиль, Сомов Денис", t, "на кухне, начинаем"), UTF_B64)
label(n, "decided", "432451", [], "подрядчик на месте", "whole order, all equipment listed")

t = d("2026-11-10 13:15", UTC)
rows = [("1", "Посудомоечная машина Winterhalter PT-M", "Завершен"),
        ("2", "Пароконвектомат Rational SCC 101", "Завершен"),
        ("3", "Холодильный шкаф Polair CM107-S", "Завершен")]
comment = ("Пароконвектомат — заменили ТЭН парогенератора 87.00.129, работает.\n"
           "Посудомойка — НЕТ в наличии насос ополаскивания, заказали, срок 5 дней, приедем еще раз.\n"
           "Шкаф Polair проверили, уплотнитель двери поправили, замечаний нет. Уехали.")
n = alt(APP, "Работа завершен [SRV-88355]", t,
        app_plain_rows_text("Ваш заказ статус изменен: Работа завершен", "SRV-88355", "432451", OBJ_451, rows,
                            "Гусейнов Рамиль, Сомов Денис", t, comment),
        app_html("Ваш заказ статус изменен: Работа завершен", "SRV-88355", "432451", OBJ_451, rows,
                 "Гусейнов Рамиль, Сомов Денис", t, comment))
label(n, "decided", "432451", ["2", "3"], "подрядчик убыл",
      "template marks all 3 'Завершен' but engineer's comment says dishwasher (pos 1) not repaired - part missing, will come back")

t = d("2026-11-16 14:50")
q = app_text("Ваш заказ статус изменен: Работа завершен", "SRV-88355", "432451", OBJ_451, EQ451,
             "Гусейнов Рамиль, Сомов Денис", d("2026-11-10 13:15", UTC),
             "Посудомойка — НЕТ в наличии насос ополаскивания, заказали, срок 5 дней, приедем еще раз.")
n = plain(GUS, "Re: Работа завершен [SRV-88355]", t,
          "Winterhalter в столовой Б — насос ополаскивания поставили, цикл прогнали, течи нет. Закрываем, уехали" + SIG_G +
          "\n\n10 нояб. 2026 г., в 16:15, ПромТехСервис via ServiceGo <ptservice@notify.servicego.app> написал(а):\n\n" + gt(q),
          UTF_QP)
label(n, "decided", "432451", ["1"], "подрядчик убыл",
      "dishwasher = pos 1, done; request number only in quoted app letter")

t = d("2026-11-11 10:03")
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(MIMEText("Ваше сообщение\n\n  Кому: i.lapshina@ptservice.ru\n  Тема: Заявка 432451 — уточнение по насосу\n"
                   "  Отправлено: 11.11.2026 9:41\n\nбыло прочитано 11.11.2026 10:03.\n", "plain", W1251))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: ptservice.ru; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;i.lapshina@ptservice.ru\r\n"
                "Original-Message-ID: <a81c.20261111094100@zakazchik-omis.ru>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
rr.attach(mdn)
n = finish(rr, LAP, "Прочитано: Заявка 432451 — уточнение по насосу", t, W1251)
label(n, "ignored", note="read receipt (MDN)")

# =====================================================================
# 432519  (registered 10.11 09:00)
# =====================================================================
t = d("2026-11-10 11:30")
n = plain(LAP, "По обращению 432519", t,
          "Добрый день!\n\nПо обращению 432519 (компрессорная цеха №2) – приняли, инженер Кравец О.А. будет 11.11 с 10:00. "
          "Просьба обеспечить допуск в цех." + SIG_L, W1251)
label(n, "decided", "432519", [], "заявка принята", "'обращение'; 'цеха №2' is a workshop, not a position")

t = d("2026-11-11 09:38")
n = plain(KRAV, "RE: По обращению 432519", t,
          "В пути на компрессорную, цех 2. Буду к 10." + SIG_K, W1251)
label(n, "decided", "432519", [], "подрядчик в пути", "'цех 2' is not position 2")

t = d("2026-11-11 07:02", UTC)
n = plain(APP, "Инженер прибыл на сайт [SRV-88377]", t,
          app_text("Инженер прибыл на сайт", "SRV-88377", "432519", OBJ_519,
                   "Компрессор винтовой Atlas Copco GA37 (инв. 4310057)", "Кравец Олег", t,
                   "На месте, компрессор остановили, стравили давление, начинаю ТО."), UTF_B64)
label(n, "decided", "432519", ["1"], "подрядчик на месте", "compressor GA37 = pos 1; inventory number is noise")

t = d("2026-11-11 15:02")
body = ("Коллеги, по 432519:\n\n"
        "Компрессор GA37 — ТО-4000 выполнено: масло Roto-Inject, масляный фильтр 1625 4800 00, сепаратор 1622 0071 00, "
        "воздушный фильтр заменены. Наработка 16 212 ч.\n"
        "Осушитель FD 120 — проверили, точка росы +3 °C, конденсатоотводчик почищен.\n\n"
        "По обеим позициям работы закончены, уехал в 14:40." + SIG_K)
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
        '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + text_to_html(body) + "</div></body></html>")
n = alt(KRAV, "432519 ТО компрессор + осушитель — выполнено", t, body, html, W1251)
label(n, "decided", "432519", ["1", "2"], "подрядчик убыл", "both named machines finished; part numbers are noise")

# =====================================================================
# 432602  (registered 11.11 13:00)
# =====================================================================
t = d("2026-11-11 14:20")
n = plain(GUS, "Re: 432602", t, "Взяли, завтра с утра буду на Лесной" + SIG_G, UTF_QP)
label(n, "decided", "432602", [], "заявка принята", "'Взяли' = accepted")

t = d("2026-11-12 08:31")
n = plain(GUS, "Лесная 5", t, "432602 — выезжаю на Лесную" + SIG_G, UTF_QP)
label(n, "decided", "432602", [], "подрядчик в пути", "")

t = d("2026-11-12 09:47")
n = plain(GUS, "Re: Лесная 5", t, "ПРИБЫЛ, на мeсте" + SIG_G +
          "\n\n12 нояб. 2026 г., в 8:31, Рамиль Гусейнов <r.guseinov@ptservice.ru> написал(а):\n\n> 432602 — выезжаю на Лесную\n",
          UTF_QP)
label(n, "decided", "432602", [], "подрядчик на месте",
      "caps + Latin 'e' inside 'мeсте'; number only in quoted own previous message")

t = d("2026-11-12 16:10", UTC)
rows = [("1", "Сплит-система каб. 305", "Завершен"),
        ("2", "Сплит-система каб. 307", "Завершен"),
        ("3", "Сплит-система переговорная 4.12", "Завершен"),
        ("4", "Сплит-система ресепшн 1 этаж", "Ожидание")]
comment = ("Кабинеты 305, 307 и переговорку 4.12 почистили, в 307 дозаправили R410A 0,6 кг.\n"
           "Ресепшн не сделали — охрана после 18:00 не дает работать со стремянки в холле, приеду в четверг с утра. Уехал.")
n = html_only(APP, "Заказ №SRV-88412 обновлен", t,
              app_html("Заказ №SRV-88412 обновлен", "SRV-88412", "432602", OBJ_602, rows, "Гусейнов Рамиль", t, comment))
label(n, "decided", "432602", ["1", "2", "3"], "подрядчик убыл",
      "HTML table: 305/307/4.12 = positions 1-3 done; reception (4) only a plan; room numbers are not positions")

t = d("2026-11-19 11:25")
n = plain(GUS, "Re: 432602 - 4", t, "Ресепшн на Лесной доделал, сплит работает. Поехал дальше" + SIG_G, UTF_QP)
label(n, "decided", "432602", ["4"], "подрядчик убыл", "position after a dash in subject; 'поехал дальше' = left")

t = d("2026-11-12 09:02", UTC)
n = plain(APP, "Ваш заказ статус изменен: В пути", t,
          app_text("Ваш заказ статус изменен: В пути", "SRV-88419", "", "—",
                   "Сплит-система", "Гусейнов Рамиль", t, "Выехал"), UTF_B64)
label(n, "review", note="app letter with empty customer request number, only internal SRV order; cannot tell which request")

# =====================================================================
# 432677  (registered 12.11 16:00)
# =====================================================================
t = d("2026-11-13 09:15")
n = plain(SOM, "Наряд 432677", t, "Наряд 432677 — выехал на Волну, к 10 буду." + SIG_S, KOI)
label(n, "decided", "432677", [], "подрядчик в пути", "'наряд'; 'выехал на' = leaving for the site")

# forwarded as attachment (message/rfc822) of the app's arrival letter
t_in = d("2026-11-13 07:08", UTC)
inner = MIMEText(app_text("Инженер прибыл на сайт", "SRV-88430", "432677", OBJ_677,
                          "Приточно-вытяжная установка ВУ-1 (бассейн)", "Сомов Денис", t_in,
                          "Приехал, в венткамере бассейна. Конденсат на полу подтверждаю."), "plain", UTF_B64)
inner["From"] = addr(APP)
inner["To"] = addr(LAP)
inner["Subject"] = Header("Инженер прибыл на сайт [SRV-88430]", UTF_B64, header_name="Subject").encode()
inner["Date"] = format_datetime(t_in)
inner["Message-ID"] = "<20261113070800.fw1@notify.servicego.app>"
outer = MIMEMultipart("mixed")
outer.attach(MIMEText("Коллеги, добрый день.\nПересылаю уведомление из нашей системы — инженер на объекте ФОК «Волна»." +
                      SIG_L, "plain", W1251))
outer.attach(MIMEMessage(inner))
n = finish(outer, LAP, "FW: Инженер прибыл на сайт [SRV-88430]", d("2026-11-13 10:21"), W1251)
label(n, "decided", "432677", ["1"], "подрядчик на месте",
      "forward as attachment (message/rfc822) of app arrival notice; ВУ-1 = the only position")

t = d("2026-11-13 13:40")
fwd = ("-------- Пересылаемое сообщение --------\n"
       "13.11.2026, 13:22, Денис Сомов <somov.d@mail.ru>:\n\n"
       "Ира, перешли заказчику по Волне (432677).\n"
       "Бассейн, ВУ-1: рекуператор промыл, ремень заменил, дренаж прочистил, всё крутится, конденсата нет. "
       "С объекта выехал в 13:15.\n\n-------- Конец пересылаемого сообщения --------\n")
n = plain(LAP, "Fwd: ВУ-1 бассейн", t, "Добрый день, пересылаю отчёт инженера." + SIG_L + "\n" + fwd, W1251)
label(n, "decided", "432677", ["1"], "подрядчик убыл",
      "forwarded crew report; 'выехал С объекта' = left the site")

# =====================================================================
# 433015  (registered 16.11 08:45)
# =====================================================================
t = d("2026-11-16 10:02")
n = plain(KRAV, "433015", t,
          "433015 принял. Завесы на воротах 1 и 4, понял. Буду в среду до обеда." + SIG_K, W1251)
label(n, "decided", "433015", [], "заявка принята", "bare number subject; 'ворота 1 и 4' are gates, not positions")

t = d("2026-11-18 04:00", UTC)
n = plain(APP, "Your order status changed / Ваш заказ статус изменен: В пути", t,
          app_text("Ваш заказ статус изменен: В пути", "SRV-88466", "433015", OBJ_015,
                   "Тепловая завеса вход А (ворота 1); Тепловая завеса вход Б (ворота 4)", "Кравец Олег", t,
                   "Выехал, через час буду", bilingual="Your order status changed: On the way"), UTF_B64)
label(n, "decided", "433015", [], "подрядчик в пути", "bilingual app template, whole order")

t = d("2026-11-18 10:55", UTC)
n = plain(APP, "Работа завершен [SRV-88466]", t,
          app_text("Ваш заказ статус изменен: Работа завершен", "SRV-88466", "433015", OBJ_015,
                   "Тепловая завеса вход А (ворота 1); Тепловая завеса вход Б (ворота 4)", "Кравец Олег", t,
                   "Запчасти нет. На обеих завесах сгорели контакторы КМИ-11810 и на вход Б мотор клинит, "
                   "ничего не запустили. Приедем повторно после поставки, ориентир пятница."), UTF_B64)
label(n, "review",
      note="template says 'Работа завершен' but comment says nothing repaired, part missing, will come back - contradictory")

t = d("2026-11-20 13:05")
body = ("Добрый день.\n\nКонтакторы и мотор привезли и поставили. Обе завесы (вход А и вход Б) запустили, "
        "греют, автоматика от концевиков ворот срабатывает. Уехал 12:50." + SIG_K +
        outlook_quote("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru", ru_sent(d("2026-11-19 09:10")),
                      "Кравец Олег", "433015 завесы — когда?",
                      "Олег, добрый день. Склад мерзнет, когда будете по 433015?"))
n = plain(KRAV, "RE: 433015 завесы — когда?", t, body, W1251)
label(n, "decided", "433015", ["1", "2"], "подрядчик убыл", "both curtains named (вход А, вход Б), done and left")

# =====================================================================
# 433148  (registered 17.11 12:00)
# =====================================================================
t = d("2026-11-17 10:30", UTC)
n = plain(APP, "Заказ №SRV-88490: Заказ принят в работа", t,
          app_text("Ваш заказ статус изменен: Принят в работа", "SRV-88490", "433148", OBJ_148,
                   "Холодильная витрина Ариада; Кондиционер (электрощитовая)", "Гусейнов Рамиль", t, ""), UTF_B64)
label(n, "decided", "433148", [], "заявка принята", "app acceptance, empty comment")

t = d("2026-11-18 09:12")
n = plain(GUS, "Гагарина 22 (433148) – выехали", t, "Выехaли, будем минут через 30" + SIG_G, UTF_QP)
label(n, "decided", "433148", [], "подрядчик в пути",
      "number in brackets after address; Latin 'a' inside 'Выехaли'; 'будем через 30' = on the way")

t = d("2026-11-18 09:51")
n = plain(GUS, "Re: Гагарина 22 (433148) – выехали", t, "Прибыл на Гагарина" + SIG_G, UTF_QP)
label(n, "decided", "433148", [], "подрядчик на месте", "Re: subject says выехали, body says arrived")

t = d("2026-11-18 12:27")
n = plain(GUS, "433148 п.1", t,
          "Витрину сделали: утечка на вальцовке, перепаял, фреон R404A добавил 1,2 кг, держит +2. "
          "Кондер в щитовой — завтра, ключ от щитовой у энергетика, его сегодня нет." + SIG_G, UTF_QP)
label(n, "decided", "433148", ["1"], "подрядчик убыл",
      "showcase (pos 1) finished; electrical room air-conditioner (2) only planned")

t = d("2026-11-19 11:40")
n = plain(GUS, "433148 п.2", t, "со щитовой всё, кондер готов, выехал с Гагарина" + SIG_G, UTF_QP)
label(n, "decided", "433148", ["2"], "подрядчик убыл", "'выехал С Гагарина' = left the site; п.2 in subject")

# =====================================================================
# 433290  (registered 19.11 09:30)
# =====================================================================
t = d("2026-11-19 10:45")
n = plain(LAP, "Заявка № 433290", t,
          "Добрый день!\nЗаявка № 433290 принята. Ответственный — Сомов Д.В., тел. +7 916 433-29-01. "
          "Выезд 20.11 утром." + SIG_L, W1251)
label(n, "decided", "433290", [], "заявка принята", "phone number resembles request number")

t = d("2026-11-19 17:20")
n = plain(SOM, "Re: Заявка № 433290", t,
          "По 433290 ещё не выехали, машина в ремонте до вечера. Завтра с утра точно." + SIG_S, KOI)
label(n, "review", note="negation: not yet left; only a plan")

t = d("2026-11-20 08:20")
n = plain(SOM, "433290", t, "433290. Выезд в 8:15, еду на ИТП." + SIG_S, KOI)
label(n, "decided", "433290", [], "подрядчик в пути", "noun 'Выезд' with time already passed")

t = d("2026-11-20 09:08")
n = plain(SOM, "Re: 433290", t, "На месте, ИТП, с 9:05. Управляющий встретил." + SIG_S, KOI)
label(n, "decided", "433290", [], "подрядчик на месте", "")

t = d("2026-11-20 13:55")
n = plain(SOM, "Re: 433290", t,
          "Насосная станция Grundfos: на насосе №2 заменили частотник CUE, на насосе №3 торцевое уплотнение. "
          "Станция в автомате, давление 5,8 держит. По насосной закончил.\nБойлер после обеда." + SIG_S, KOI)
label(n, "decided", "433290", ["1"], "подрядчик убыл",
      "pump station = position 1 finished; 'насос №2/№3' are pumps inside the station, not positions; boiler planned")

t = d("2026-11-20 13:10", UTC)
n = plain(APP, "Работа завершен [SRV-88512]", t,
          app_text("Ваш заказ статус изменен: Работа завершен", "SRV-88512", "433290", OBJ_290,
                   "Бойлер ГВС", "Сомов Денис", t,
                   "Бойлер: анод заменил, теплообменник промыл, ГВС 60 °C. Уехал."), UTF_B64)
label(n, "decided", "433290", ["2"], "подрядчик убыл", "boiler = position 2")

# calendar response
t = d("2026-11-19 16:02")
cal = MIMEMultipart("alternative")
cal.attach(MIMEText("Кравец Олег принял это приглашение.\n", "plain", UTF_QP))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Кравец Олег:mailto:o.kravets@ptservice.ru\r\n"
       "SUMMARY:Выезд на ИТП 433290 — совместный осмотр\r\nDTSTART:20261120T090000Z\r\nDTEND:20261120T100000Z\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4@zakazchik-omis.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
calpart = MIMEText(ics, "calendar", UTF_B64)
calpart.set_param("method", "REPLY")
cal.attach(calpart)
n = finish(cal, KRAV, "Принято: Выезд на ИТП 433290 — совместный осмотр", t, UTF_B64)
label(n, "ignored", note="calendar meeting response generated by Outlook")

# =====================================================================
# other review / ignored
# =====================================================================
t = d("2026-11-17 08:50")
n = plain(GUS, "выезд", t, "Выехал к вам, буду к 10" + SIG_G, UTF_QP)
label(n, "review", note="no request number, cannot tell which request")

t = d("2026-11-14 11:10")
n = plain(KRAV, "Заявка 432818 — на месте", t, "Добрый день, по заявке 432818 на месте, приступили." + SIG_K, W1251)
label(n, "review", note="432818 is not in the registry")

t = d("2026-11-13 18:05")
n = plain(KRAV, "432305, 432602 — закрыты", t,
          "Добрый вечер. По 432305 и 432602 сегодня всё закончили, обе уехали, акты пришлю завтра." + SIG_K, W1251)
label(n, "review", note="two different requests in one letter")

t = d("2026-11-05 12:20")
n = plain(GUS, "Re: Пропуск Офис 3 этаж", t, "Спасибо, пропуск получил" + SIG_G +
          "\n\n5 нояб. 2026 г., в 12:01, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n\n"
          "> Рамиль, пропуск по заявке 432305 заказан на вас, забрать на ресепшн.\n", UTF_QP)
label(n, "review", note="thanks for dispatcher's message; no status")

t = d("2026-11-17 06:30", UTC)
n = plain(APP, "Ваш заказ статус изменен: Приостановлен [SRV-88377]", t,
          app_text("Ваш заказ статус изменен: Работа приостановлен", "SRV-88377", "432519", OBJ_519,
                   "Компрессор винтовой Atlas Copco GA37", "Кравец Олег", t,
                   "Ждем ответ по гарантии от Atlas Copco по вибрации, пока работы не ведем."), UTF_B64)
label(n, "review", note="'приостановлен' is not one of the statuses; waiting, nothing happened")

t = d("2026-11-16 09:15", UTC)
n = plain(APP, "Автоответ: Ваш письмо получен", t,
          "Здравствуйте!\n\nВаш письмо получен системой ServiceGo FSM. Этот почтовый ящик не проверяется оператор.\n"
          "Для изменение заказ используйте портал клиента или звоните +7 (495) 640-32-18.\n\n"
          "Номер обращения система: #T-20261116-0912\n", UTF_B64,
          extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})
label(n, "ignored", note="app's auto-reply to the dispatcher's mail")

t = d("2026-11-12 10:20")
bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(MIMEText(
    "This is the mail system at host mx1.ptservice.ru.\n\nI'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n<o.kravetz@ptservice.ru>: host mx1.ptservice.ru said: 550 5.1.1\n"
    "    <o.kravetz@ptservice.ru>: Recipient address rejected: User unknown\n", "plain", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
from email.message import Message as _M
_b1 = _M(); _b1["Reporting-MTA"] = "dns; mx1.ptservice.ru"; _b1["Arrival-Date"] = "Thu, 12 Nov 2026 10:19:58 +0300"
_b2 = _M(); _b2["Final-Recipient"] = "rfc822; o.kravetz@ptservice.ru"; _b2["Action"] = "failed"; _b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <o.kravetz@ptservice.ru>: Recipient address rejected: User unknown"
ds.set_payload([_b1, _b2])
bounce.attach(ds)
orig = MIMEText("Олег, добрый день. По заявке 432388 нужен акт на ИБП, пришлите скан.\n", "plain", UTF_B64)
orig["From"] = DISPATCH
orig["To"] = "o.kravetz@ptservice.ru"
orig["Subject"] = Header("432388 акт ИБП", UTF_B64).encode()
orig["Date"] = format_datetime(d("2026-11-12 10:19"))
bounce.attach(MIMEMessage(orig))
n = finish(bounce, DAEMON, "Undelivered Mail Returned to Sender", t, UTF_B64, extra={"Auto-Submitted": "auto-replied"})
label(n, "ignored", note="delivery failure report (bounce)")

t = d("2026-11-10 12:00")
nl = ("Уважаемые партнёры!\n\nСезонное ТО кондиционеров и тепловых завес — скидка 15% до 30.11.2026.\n"
      "Замена фильтров, чистка теплообменников, дозаправка фреоном — выезд инженера в течение 24 часов.\n\n"
      "Отписаться от рассылки: https://ptservice.ru/unsubscribe?u=omis\n")
n = alt(NEWS, "ПромТехСервис: сезонное ТО со скидкой 15%", t, nl,
        "<html><body><h2>Сезонное ТО — скидка 15%</h2><p>" + text_to_html(nl) + "</p></body></html>", UTF_B64,
        extra={"List-Unsubscribe": "<https://ptservice.ru/unsubscribe?u=omis>", "Precedence": "bulk",
               "List-Id": "ptservice clients <clients.ptservice.ru>"})
label(n, "ignored", note="bulk marketing newsletter")

# a couple more decided letters in other styles
t = d("2026-11-03 09:58")
n = plain(KRAV, "432114 выезд", t,
          "Доброе утро, дублирую уведомление из приложения — по 432114 еду на Складочную, навигатор показывает 11:05." + SIG_K, W1251)
label(n, "decided", "432114", [], "подрядчик в пути",
      "Outlook duplicate of the app notice; no position named (the request)")

t = d("2026-11-11 10:12")
body = ("> В пути на компрессорную, цех 2. Буду к 10.\n\n"
        "На месте с 10:00, компрессор остановили.\n\n"
        "ОК>Ирина, добавь в акт что цех 2 до обеда без сжатого воздуха.\n")
n = plain(KRAV, "RE: По обращению 432519", t, body + SIG_K, W1251)
label(n, "decided", "432519", [], "подрядчик на месте",
      "written under a '>' quote of own previous message; 'цех 2' is not a position")

t = d("2026-11-16 18:30")
n = html_only(LAP, "Отчёт по заявке 432451 — посудомоечная машина", t,
              '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
              '<p>Добрый вечер!</p><p>По заявке <b>432451</b> (столовая корп. Б) сообщаем:</p>'
              '<table border="1" cellpadding="4" style="border-collapse:collapse">'
              '<tr><th>Поз.</th><th>Оборудование</th><th>Результат</th></tr>'
              '<tr><td>1</td><td>Посудомоечная машина Winterhalter PT-M</td><td>Насос ополаскивания заменён 16.11, проверено — работает. Инженер убыл 14:40.</td></tr>'
              '</table><p>Акт № 4598 направим почтой.</p>'
              '<p>С уважением,<br>Лапшина Ирина Викторовна<br>диспетчер сервисной службы<br>ООО «ПромТехСервис»</p>'
              '</body></html>', W1251_B64)
label(n, "decided", "432451", ["1"], "подрядчик убыл",
      "HTML-only windows-1251 table with one row for position 1; act number is noise")

t = d("2026-11-18 07:05")
n = plain(KRAV, "RE: 433015 — выезд завтра?", t,
          "Да, уже еду, навигатор показывает прибытие 8:10." + SIG_K +
          "\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
          "Sent: Tuesday, November 17, 2026 6:12 PM\nTo: o.kravets@ptservice.ru\nSubject: 433015 — выезд завтра?\n\n"
          "Олег, подтвердите, что завтра будете на Внуково по 433015.\n", W1251)
label(n, "decided", "433015", [], "подрядчик в пути",
      "subject is the dispatcher's question about tomorrow, body says he is already driving")

t = d("2026-11-12 17:40")
n = plain(GUS, "Re: 432602 кабинет 307", t,
          "В 307 ещё раз проверил давление после дозаправки — норм, дует холодным. По 307 всё." + SIG_G +
          "\n\n12 нояб. 2026 г., в 16:58, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n\n"
          "> Рамиль, в 307 опять жалуются что дует тёплым, посмотрите перед уходом\n", UTF_QP)
label(n, "decided", "432602", ["2"], "подрядчик убыл", "cabinet 307 = position 2 per registry comment")

t = d("2026-11-04 16:15")
n = plain(GUS, "Re: заявка 432187", t,
          "Помпа на льдогенератор Scotsman заказана, арт. 12-2919-21, будет не раньше понедельника. Лёд пока из магазина берите" + SIG_G,
          UTF_QP)
label(n, "review", note="part-order information only, no status")

t = d("2026-11-25 10:40")
n = plain(LAP, "Жалоба на охрану ФОК Волна", t,
          "Добрый день.\n\nНаш инженер 13.11 по заявке 432677 простоял на проходной ФОК «Волна» 40 минут — охрана не пускала без "
          "служебки. Просим на будущее включать наших сотрудников в списки допуска заранее." + SIG_L, W1251)
label(n, "review", note="complaint about past access delay; no new status")

t = d("2026-11-06 08:40")
n = plain(SOM, "432240 котел 2", t,
          "Газосварщик свободен в среду, согласуйте пожалуйста стоимость, тогда приедем." + SIG_S, KOI)
label(n, "review", note="plan/price approval only")

t = d("2026-11-20 16:40")
n = plain(SOM, "433290 П2", t, "Бойлер готов, уехал. Воду дали жильцам." + SIG_S, KOI)
label(n, "decided", "433290", ["2"], "подрядчик убыл",
      "«П2» in subject = position 2 (boiler); duplicate of the app notice")

# ---------------------------------------------------------------- write json
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print("letters:", len(LABELS))
