#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona AK: МУП «Теплосеть» (Омск, +0600).

Run:  python3 make.py      -> writes letters/NNN.eml, labels.json, registry.json
"""
import json
import os
import random
import html as htmlmod
from datetime import datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr
from email import message_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
OUTL = os.path.join(HERE, "letters")
OMSK = timezone(timedelta(hours=6))
UTC = timezone.utc
MSK = timezone(timedelta(hours=3))
rnd = random.Random(45000)

DOM = "teplosetomsk.ru"
CUST = "dispatch@zakazchik-omis.ru"
CUST_TO = ("Диспетчерская АО «ОмИС»", CUST)

CE = ("Ковальчук Сергей Петрович", "kovalchuk.sp@" + DOM)
DSP = ("Диспетчерская МУП «Теплосеть»", "disp@" + DOM)
MST = ("Гайдамак Николай Иванович", "gaydamak@" + DOM)
FRL = ("Андрей Фролов", "a.frolov74@mail.ru")
B2 = ("Бригада №2 (ТеплоПоле)", "brigada2@" + DOM)
B5 = ("Бригада №5 (ТеплоПоле)", "brigada5@" + DOM)
AVR = ("АВБ-1 (ТеплоПоле)", "avar@" + DOM)
MTR = ("Метрология (ТеплоПоле)", "metrolog@" + DOM)
NOREPLY = ("ТеплоПоле", "noreply@" + DOM)
INFO = ("МУП «Теплосеть» — информационная рассылка", "info@" + DOM)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOM)

ALL_EMAILS = [CE[1], DSP[1], MST[1], FRL[1], B2[1], B5[1], AVR[1], MTR[1],
              NOREPLY[1], INFO[1], DAEMON[1]]


def d(day, h, m, s=None, tz=OMSK):
    if s is None:
        s = rnd.randint(3, 58)
    return datetime(2026, 11, day, h, m, s, tzinfo=tz)


def charset(name, enc):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    c.header_encoding = BASE64
    return c


def text_part(text, cs="utf-8", enc="b64", subtype="plain", params=None):
    p = MIMEText(text, subtype, charset(cs, enc))
    for k, v in (params or {}).items():
        p.set_param(k, v)
    return p


def alt(text, html, cs="utf-8", enc="qp"):
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, cs, enc))
    m.attach(text_part(html, cs, enc, "html"))
    return m


def mid(kind, when):
    ts = when.strftime("%Y%m%d%H%M%S")
    h = "%08x" % rnd.getrandbits(32)
    if kind == "outlook":
        return "<%s01d9%s$%s@%s>" % ("000", h, "%08x" % rnd.getrandbits(32), DOM)
    if kind == "tb":
        return "<%s-%04x-%04x@%s>" % (h, rnd.getrandbits(16), rnd.getrandbits(16), DOM)
    if kind == "bat":
        return "<%d.%s@%s>" % (rnd.randint(10**8, 10**9), ts, DOM)
    if kind == "mailru":
        return "<%d.%s@f%d.i.mail.ru>" % (int(when.timestamp()), h, rnd.randint(100, 499))
    if kind == "app":
        return "<tp-%s-%s@app.%s>" % (ts, h, DOM)
    if kind == "cust":
        return "<%s.%s@zakazchik-omis.ru>" % (ts, h)
    return "<%s.%s@%s>" % (ts, h, DOM)


def hdr(msg, frm, to, subject, when, kind, hcs="utf-8", extra=None, cc=None):
    msg["From"] = formataddr(frm, charset=hcs)
    if isinstance(to, tuple):
        msg["To"] = formataddr(to, charset=hcs)
    else:
        msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subject, hcs)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid(kind, when)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


# ---------------------------------------------------------------- styles ---
OUTLOOK_X = {"X-Mailer": "Microsoft Outlook 16.0", "Content-Language": "ru",
             "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""}
TB_X = {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0",
        "Content-Language": "ru"}
BAT_X = {"X-Mailer": "The Bat! (v9.4.5) Professional", "X-Priority": "3 (Normal)"}
MAILRU_X = {"X-Mailer": "Mail.Ru Mobile for Android 14.82"}


def app_x(dev="SM-A135F", ver="3.4.1"):
    return {"X-Mailer": "TeploPole/%s (Android 12; %s)" % (ver, dev)}


CE_SIG = ("С уважением,\n"
          "Ковальчук Сергей Петрович\n"
          "главный инженер МУП г. Омска «Теплосеть»\n"
          "тел. +7 (3812) 53-44-10, моб. 8-913-977-04-58\n"
          "644043, г. Омск, ул. Партизанская, 7")


def outlook(new_text, quote=None, fwd=False):
    """Return (plain, html) in Outlook style; quote = (hdrs list, body)."""
    plain = new_text.rstrip() + "\n\n" + CE_SIG + "\n"
    paras = []
    for line in (new_text.rstrip() + "\n\n" + CE_SIG).split("\n"):
        if line.strip():
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % htmlmod.escape(line))
        else:
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    qhtml = ""
    if quote:
        qh, qb = quote[0], quote[1]
        sep = quote[2] if len(quote) > 2 else None
        plain += "\n"
        if sep:
            plain += sep + "\n"
        for k, v in qh:
            plain += "%s: %s\n" % (k, v)
        plain += "\n" + qb.rstrip() + "\n"
        hl = "<br>\n".join("<b>%s:</b> %s" % (k, htmlmod.escape(v)) for k, v in qh)
        body = "".join(
            ('<p class=MsoNormal>%s<o:p></o:p></p>\n' % htmlmod.escape(l)) if l.strip()
            else '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' for l in qb.rstrip().split("\n"))
        qhtml = ('<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
                 + ('<p class=MsoNormal>%s<o:p></o:p></p>\n' % sep if sep else '') +
                 '<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
                 '<p class=MsoNormal>%s<o:p></o:p></p></div>\n%s' % (hl, body))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
            '@page WordSection1 {size:612.0pt 792.0pt;} div.WordSection1 {page:WordSection1;} --></style>'
            '</head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
            + "\n".join(paras) + "\n" + qhtml + '</div></body></html>\n')
    return plain, html


def ce_letter(when, subject, new_text, quote=None, fwd=False, to=CUST_TO, extra=None):
    plain, html = outlook(new_text, quote, fwd)
    m = alt(plain, html, "windows-1251", "qp")
    x = dict(OUTLOOK_X)
    x["Thread-Index"] = "AdnS%s==" % ("%012x" % rnd.getrandbits(48))
    x.update(extra or {})
    return hdr(m, CE, to, subject, when, "outlook", "windows-1251", x)


def tb_letter(when, subject, body, extra=None, frm=DSP, to=CUST_TO):
    m = text_part(body, "utf-8", "8bit", params={"format": "flowed"})
    x = dict(TB_X)
    x.update(extra or {})
    return hdr(m, frm, to, subject, when, "tb", "utf-8", x)


def bat_letter(when, subject, body, extra=None):
    m = text_part(body, "koi8-r", "8bit")
    x = dict(BAT_X)
    x.update(extra or {})
    return hdr(m, MST, to=("Смирнова Татьяна", CUST), subject=subject, when=when, kind="bat", hcs="koi8-r", extra=x)


def mailru_letter(when, subject, body, to=CUST_TO, extra=None):
    h = "<html><body><div>" + "<br>".join(htmlmod.escape(l) for l in body.split("\n")) + \
        "</div><div><br></div><div>--<br>Отправлено из мобильной Почты Mail.ru</div></body></html>"
    m = alt(body + "\n\n--\nОтправлено из мобильной Почты Mail.ru\n", h, "utf-8", "b64")
    x = dict(MAILRU_X)
    x.update(extra or {})
    return hdr(m, FRL, to, subject, when, "mailru", "utf-8", x)


def app_text(req, pos, obj, action, time, comment, crew, transport=None, ver="3.4.1"):
    L = ["Отчёт бригады · ТеплоПоле", "",
         "Заявка: %s" % req, "Позиция: %s" % pos, "Объект: %s" % obj,
         "Действие: %s" % action, "Время: %s" % time, "Исполнитель: %s" % crew]
    if transport:
        L.append("Транспорт: %s" % transport)
    L.append("Комментарий: %s" % comment)
    L += ["", "--", "Отправлено из приложения ТеплоПоле %s (Android)" % ver,
          "Ответ на это письмо получит бригада."]
    return "\n".join(L) + "\n"


def app_letter(when, frm, req, pos, obj, action, time, comment, crew, transport=None,
               subject=None, dev="SM-A135F"):
    body = app_text(req, pos, obj, action, time, comment, crew, transport)
    m = text_part(body, "utf-8", "b64")
    subj = subject or "ТеплоПоле: %s / поз. %s / %s" % (req, pos, action)
    return hdr(m, frm, CUST, subj, when, "app", "utf-8", app_x(dev))


def app_group(req, crew, rows, when_label):
    """rows: (pos, obj, action, time, comment)"""
    t = ["Групповой отчёт · ТеплоПоле", "", "Заявка: %s" % req, "Исполнитель: %s" % crew,
         "Сформирован: %s" % when_label, ""]
    for r in rows:
        t.append("Поз. %s | %s | %s | %s | %s" % r)
    t += ["", "--", "Отправлено из приложения ТеплоПоле 3.4.1 (Android)"]
    trs = "".join(
        "<tr><td align=center>%s</td><td>%s</td><td><b>%s</b></td><td align=center>%s</td><td>%s</td></tr>\n"
        % tuple(htmlmod.escape(c) for c in r) for r in rows)
    h = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>ТеплоПоле</title></head>"
         "<body style=\"font-family:Roboto,Arial,sans-serif;font-size:14px\">"
         "<h3 style=\"color:#c0392b\">Групповой отчёт · ТеплоПоле</h3>"
         "<p>Заявка: <b>%s</b><br>Исполнитель: %s<br>Сформирован: %s</p>"
         "<table border=1 cellspacing=0 cellpadding=4 style=\"border-collapse:collapse\">"
         "<tr style=\"background:#eee\"><th>Поз.</th><th>Объект</th><th>Действие</th><th>Время</th><th>Комментарий</th></tr>\n"
         "%s</table><p style=\"color:#888;font-size:11px\">Отправлено из приложения ТеплоПоле 3.4.1 (Android)</p>"
         "</body></html>\n") % (req, htmlmod.escape(crew), when_label, trs)
    return "\n".join(t) + "\n", h


LETTERS = []


def add(msg, when, label):
    LETTERS.append((when, msg, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

CREW2 = "Бригада №2 (мастер Фролов А.В.)"
CREW5 = "Бригада №5 (мастер Рахимов Т.Р.)"
CREWA = "АВБ-1, аварийно-восстановительная бригада (ст. Кравец Д.С.)"
CREWM = "Метрологическая группа (Шульц Е.В.)"
GAZ = "ГАЗ-33086 Т 518 НК 55"

# =================================================================== 45017
w = d(2, 9, 5)
add(tb_letter(w, "Re: Заявка 45017 — замена задвижек ТК-12, ТК-14, ТК-15",
"""Принято, в работу взяли. Делает бригада 2 (Фролов), начнут с ТК-12 сегодня после обеда.

Лаптева О., диспетчер МУП «Теплосеть»
тел. 53-44-01

02.11.2026 8:47, Татьяна Смирнова пишет:
> Добрый день!
> Направляем заявку № 45017 на замену секущих задвижек Ду150:
> 1 — ТК-12, ул. 10 лет Октября, 190
> 2 — ТК-14, ул. 10 лет Октября, 196
> 3 — ТК-15, ул. 10 лет Октября, 203/1
> Срок — до 06.11.2026.
>
> --
> Смирнова Татьяна, диспетчер ОДС АО «ОмИС»
> +7 (3812) 90-11-22
""", {"In-Reply-To": mid("cust", d(2, 8, 47))}), w,
    dec("45017", [], ACC, "dispatcher: 'Принято, в работу взяли'; start with ТК-12 is only a plan; no position numbers in the new text"))

w = d(2, 13, 12)
add(app_letter(w, B2, "45017", "1", "ТК-12, ул. 10 лет Октября, 190", "Выезд на объект", "13:10", "", CREW2, GAZ), w,
    dec("45017", ["1"], WAY, "app form: Выезд на объект, empty comment"))

w = d(2, 13, 41)
add(app_letter(w, B2, "45017", "1", "ТК-12, ул. 10 лет Октября, 190", "Прибытие на объект", "13:38",
               "Камера сухая, газоанализатор в норме, спускаемся.", CREW2, GAZ), w,
    dec("45017", ["1"], ON, "app form: Прибытие, comment confirms they are working in the chamber"))

w = d(2, 17, 20)
add(app_letter(w, B2, "45017", "1", "ТК-12, ул. 10 лет Октября, 190", "Завершение работ", "17:15",
               "Задвижка 30с41нж Ду150 заменена, открыта, течи нет. Люк закрыли, уезжаем на базу.", CREW2, GAZ), w,
    dec("45017", ["1"], LEFT, "app form: Завершение работ; comment: replaced, leaving"))

w = d(3, 9, 30)
add(ce_letter(w, "Заявка 45017 - ход работ",
"""Татьяна Алексеевна, добрый день.

Информирую по заявке № 45017: бригада Фролова А.В. с 08:50 работает в ТК-14 (поз. 2), сейчас сливают участок, задвижку привезли. ТК-15 (поз. 3) — по плану завтра с утра."""), w,
    dec("45017", ["2"], ON, "chief engineer: crew working in ТК-14 (поз. 2) since 08:50; поз. 3 only planned"))

w = d(3, 16, 5)
add(bat_letter(w, "45017 поз2",
"""Здравствуйте, Татьяна.

ТК-14 готово - задвижку поменяли, опрессовали, бригада с объекта уехала в 15:40.

-- 
С уважением,
 Гайдамак Н.И., мастер участка N3
 МУП "Теплосеть"   тел. 8-913-640-17-22
"""), w,
    dec("45017", ["2"], LEFT, "subject '45017 поз2'; body: done, crew left at 15:40 (KOI8-R)"))

w = d(4, 9, 2)
add(app_letter(w, B2, "45017", "3", "ТК-15, ул. 10 лет Октября, 203/1", "Прибытие на объект", "08:55",
               "На люке ТК-15 стоит легковая Н 742 ОХ 55, водителя нет, в камеру не попасть. Ждать не стали, "
               "уехали, позвонили в ГИБДД на эвакуацию. Вернёмся когда уберут машину.", CREW2, GAZ), w,
    rev("form says Прибытие, but comment: could not get into the chamber and left; neither 'on site' nor 'work finished'"))

w = d(4, 14, 7)
add(app_letter(w, B2, "45017", "3", "ТК-15, ул. 10 лет Октября, 203/1", "Прибытие на объект", "14:00",
               "Машину эвакуировали, спустились в камеру, сливаем.", CREW2, GAZ,
               subject="45017/3 прибытие повторно"), w,
    dec("45017", ["3"], ON, "second arrival at ТК-15, this time in the chamber working"))

w = d(4, 18, 10)
add(ce_letter(w, "FW: тк15",
"""Татьяна Алексеевна, пересылаю сообщение бригадира по ТК-15 для сведения.""",
    quote=([("От", "Андрей Фролов <a.frolov74@mail.ru>"),
            ("Отправлено", "4 ноября 2026 г. 17:52"),
            ("Кому", "Ковальчук Сергей Петрович <kovalchuk.sp@teplosetomsk.ru>"),
            ("Тема", "тк15")],
           "Сергей Петрович по 45017 третья позиция всё, задвижку поставили течи нет, в 17:45 уехали.\n"
           "Фролов\n\n--\nОтправлено из мобильной Почты Mail.ru", "-----Original Message-----"), fwd=True), w,
    dec("45017", ["3"], LEFT, "forward of foreman's message: 'третья позиция всё ... уехали' -> forwarded report counts"))

# =================================================================== 45108
w = d(3, 11, 0)
add(ce_letter(w, "RE: Заявка 45108 ЦТП-41",
"""Добрый день.

Заявку приняли в работу. Исполнитель — участок № 3, мастер Гайдамак Николай Иванович, тел. 8-913-640-17-22. Торцевое уплотнение на насос есть на складе.""",
    quote=([("От", "Смирнова Татьяна Алексеевна [mailto:dispatch@zakazchik-omis.ru]"),
            ("Отправлено", "3 ноября 2026 г. 10:20"),
            ("Кому", "Ковальчук Сергей Петрович <kovalchuk.sp@teplosetomsk.ru>"),
            ("Тема", "Заявка 45108 ЦТП-41")],
           "Добрый день!\n\nНаправляем заявку № 45108, ЦТП-41 (ул. Лукашевича, 14):\n"
           "1. Ремонт сетевого насоса № 2 (шум, вибрация).\n"
           "2. Чистка пластинчатого теплообменника ГВС.\n\n"
           "Смирнова Т.А., диспетчер ОДС АО «ОмИС», +7 (3812) 90-11-22")), w,
    dec("45108", [], ACC, "Outlook reply, 'Заявку приняли в работу'; positions appear only in the quoted request"))

w = d(4, 8, 20)
add(tb_letter(w, "Re: 45108",
"""Бригада Гайдамака выехала на ЦТП-41, п.1 (насос).
Лаптева

03.11.2026 15:02, Татьяна Смирнова пишет:
> Когда планируете выезд по насосу?
""", {"In-Reply-To": mid("cust", d(3, 15, 2))}), w,
    dec("45108", ["1"], WAY, "'выехала на ЦТП-41, п.1' = leaving for the site"))

w = d(4, 9, 15)
add(app_letter(w, B5, "45108", "1", "ЦТП-41, ул. Лукашевича, 14 — насос сетевой №2", "Прибытие на объект", "09:05",
               "Насос Grundfos TP 65-410/2 гудит, разбираем, похоже подшипник и торцевое.", CREW5,
               "УАЗ-390995 М 214 ЕВ 55", dev="Redmi Note 10"), w,
    dec("45108", ["1"], ON, "arrival form; pump model numbers are not requests"))

w = d(4, 12, 36)
add(app_letter(w, B5, "45108", "1", "ЦТП-41, ул. Лукашевича, 14 — насос сетевой №2", "Убытие с объекта", "12:30",
               "Уплотнение со склада не подошло по размеру, едем на Омскую за другим, вернёмся к 14:30. "
               "Насос №2 выведен в резерв, №1 в работе.", CREW5, "УАЗ-390995 М 214 ЕВ 55", dev="Redmi Note 10"), w,
    rev("form 'Убытие', but comment: left temporarily for a part, will return; work not finished -> no new status"))

w = d(4, 17, 10)
add(app_letter(w, B5, "45108", "1", "ЦТП-41, ул. Лукашевича, 14 — насос сетевой №2", "Завершение работ", "17:00",
               "Уплотнение заменили, насос №2 в работе, вибрации нет. Пока насос обкатывали — промыли "
               "теплообменник (поз. 2), тоже готово, ГВС на выходе 58°. С объекта уехали.", CREW5,
               "УАЗ-390995 М 214 ЕВ 55", dev="Redmi Note 10"), w,
    dec("45108", ["1", "2"], LEFT, "form names поз.1, comment adds поз.2 also finished; crew left"))

w = d(5, 10, 5)
add(tb_letter(w, "Re: 45108 акт и фото",
"""05.11.2026 9:41, Татьяна Смирнова пишет:
> Спасибо за оперативность по ЦТП-41. Пришлите, пожалуйста, акт по 45108
> и фото замененного уплотнения.

Акт № 318 от 04.11.2026 передали с водителем вам в канцелярию, фото сейчас
скину отдельным письмом.

Лаптева О.
""", {"In-Reply-To": mid("cust", d(5, 9, 41))}), w,
    rev("paperwork only (act/photos), no status reported"))

# =================================================================== 45123
w = d(4, 2, 30, tz=UTC)
add(app_letter(w, AVR, "45123", "1", "ТК-7, ул. Ватутина, 18", "Заявка принята", "08:28",
               "выезжаем сразу, будем на Ватутина минут через 40", CREWA, "ГАЗ-2705 Е 613 КС 55", dev="Galaxy A52"), w,
    dec("45123", ["1"], WAY, "form says принята, comment: leaving now, 'будем через 40 минут' = on the way"))

w = d(4, 3, 14, tz=UTC)
add(app_letter(w, AVR, "45123", "2", "ТК-9, ул. Ватутина, 22", "Прибытие на объект", "09:10",
               "Позицию выбрал не ту — мы на ТК-7, это поз. 1. На ТК-9 поедем после.", CREWA,
               "ГАЗ-2705 Е 613 КС 55", dev="Galaxy A52"), w,
    dec("45123", ["1"], ON, "form says Позиция 2 but comment corrects: they are at ТК-7 = поз. 1"))

w = d(4, 6, 15, tz=UTC)
add(app_letter(w, AVR, "45123", "1", "ТК-7, ул. Ватутина, 18", "Завершение работ", "12:10",
               "На подаче поставили ремонтный хомут Ду100, течь устранена. Переезжаем на ТК-9 (поз. 2).", CREWA,
               "ГАЗ-2705 Е 613 КС 55", dev="Galaxy A52"), w,
    rev("two different statuses in one letter: поз.1 finished/left, поз.2 crew travelling"))

w = d(4, 6, 50, tz=UTC)
add(app_letter(w, AVR, "45123", "2", "ТК-9, ул. Ватутина, 22", "Прибытие на объект", "12:45",
               "", CREWA, "ГАЗ-2705 Е 613 КС 55", dev="Galaxy A52"), w,
    dec("45123", ["2"], ON, "plain arrival form"))

w = d(4, 16, 10)
add(tb_letter(w, "Re: 45123 ТК-9 пар",
"""04.11.2026 15:40, Татьяна Смирнова пишет:
> Добрый день. По заявке 45123 п.2 (ТК-9) — жители д. 22 звонят, из камеры
> идёт пар. Бригада ещё там?

По второй позиции закончили в 15:30, бригада уехала. Камера остывает,
пар через час-два уйдёт, течи нет.

> Смирнова Т.А.

Лаптева
""", {"In-Reply-To": mid("cust", d(4, 15, 40))}), w,
    dec("45123", ["2"], LEFT, "inline reply under quoted question about п.2: finished 15:30, crew left"))

# =================================================================== 45230
w = d(5, 22, 18)
add(tb_letter(w, "Re: АВАРИЙНАЯ заявка 45230 Масленникова 68",
"""Приняли, аварийка выехала, будут минут через 20.

дежурный диспетчер Ермолаев В.
""", {"In-Reply-To": mid("cust", d(5, 22, 12))}), w,
    dec("45230", [], WAY, "accepted and emergency crew already driving, 'будут минут через 20' -> latest = в пути"))

inner_w = d(5, 16, 41, tz=UTC)
inner = app_letter(inner_w, AVR, "45230", "1", "ул. Масленникова, 68 — подающий Ду200", "Прибытие на объект", "22:39",
                   "Сильное парение, вода на проезжей части. Перекрыли задвижки в ТК-44 и ТК-45, "
                   "отключено 6 домов. Вызвали экскаватор ЭО-2621.", CREWA, "ГАЗ-2705 Е 613 КС 55", dev="Galaxy A52")
w = d(5, 22, 47)
outer = MIMEMultipart("mixed")
outer.attach(text_part("Пересылаю отметку аварийной бригады по Масленникова.\n\nЕрмолаев\n", "utf-8", "8bit"))
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="ТеплоПоле 45230.eml")
outer.attach(att)
add(hdr(outer, DSP, CUST_TO, "Fwd: ТеплоПоле: 45230 / поз. 1 / Прибытие на объект", w, "tb", "utf-8", dict(TB_X)), w,
    dec("45230", ["1"], ON, "forward as message/rfc822 attachment of the crew's arrival report"))

w = d(6, 8, 40)
add(ce_letter(w, "Авария ул. Масленникова, 68 (заявка 45230)",
"""Доброе утро.

По аварии на Масленникова, 68: порыв на подающем Ду200 устранён в 05:50 (вварена вставка 1,5 м), подача восстановлена в 06:30, бригада АВБ-1 снялась с объекта в 07:10.

Восстановление асфальта — прошу оформить отдельной заявкой, площадь вскрытия около 12 м2."""), w,
    dec("45230", [], LEFT, "repair finished and crew left at 07:10; request for a separate paving request does not change it"))

# =================================================================== 45256
w = d(6, 10, 20)
add(ce_letter(w, "RE: Заявка № 45256 промывка ИТП",
"""Татьяна Алексеевна, добрый день.

Заявку № 45256 приняли. Промывку начнём с понедельника, график такой:
п.1 и п.2 — 09.11,
п.3 — 10.11,
п.4 — 11.11.
Прошу предупредить абонентов, чтобы были на месте с ключами.""",
    quote=([("От", "Смирнова Татьяна Алексеевна [mailto:dispatch@zakazchik-omis.ru]"),
            ("Отправлено", "6 ноября 2026 г. 9:05"),
            ("Кому", "Ковальчук Сергей Петрович"),
            ("Тема", "Заявка № 45256 промывка ИТП")],
           "Направляем заявку 45256 на промывку и опрессовку ИТП:\n"
           "1. Школа № 12, ул. Заозёрная, 11\n2. Детский сад № 301, ул. Заозёрная, 19\n"
           "3. Поликлиника, ул. Заозёрная, 24\n4. ДК «Звёздный», ул. Заозёрная, 30")), w,
    dec("45256", [], ACC, "'Заявку приняли'; dates per position are only a plan"))

rows = [("1", "ИТП школы № 12, ул. Заозёрная, 11", "Выезд на объект", "08:30", "звено Фролова"),
        ("2", "ИТП д/с № 301, ул. Заозёрная, 19", "Выезд на объект", "08:30", "звено Семёнова, через склад (шланги)")]
t, h = app_group("45256", CREW2, rows, "09.11.2026 08:33")
w = d(9, 8, 35)
add(hdr(alt(t, h, "utf-8", "b64"), B2, CUST, "ТеплоПоле: групповой отчёт, заявка 45256", w, "app", "utf-8", app_x()), w,
    dec("45256", ["1", "2"], WAY, "app group report, HTML table, both rows 'Выезд на объект'"))

w = d(9, 14, 0)
add(bat_letter(w, "Re: 45256 промывка ИТП",
"""Здравствуйте, Татьяна.

Вы писали 9 ноября 2026 г., 13:21:40:

ТС> Николай Иванович, по детскому саду (45256) - заведующая спрашивает,
ТС> приехали ли ваши, её никто не предупредил.

По 2-й позиции (детсад) звено на месте с 11:15, промывают. Школу
доделаем завтра, опрессовка с инспектором теплонадзора.

-- 
С уважением,
 Гайдамак Н.И.
"""), w,
    dec("45256", ["2"], ON, "The Bat! reply under quote: поз.2 crew on site since 11:15; the school (поз.1) only planned for tomorrow"))

rows = [("1", "ИТП школы № 12, ул. Заозёрная, 11", "Завершение работ", "11:50", "опрессовка 1,25 Рраб — держит"),
        ("2", "ИТП д/с № 301, ул. Заозёрная, 19", "Завершение работ", "12:05", "акт подписан завхозом")]
t, h = app_group("45256", CREW2, rows, "10.11.2026 12:08")
w = d(10, 12, 10)
add(hdr(text_part(h, "utf-8", "qp", "html"), B2, CUST, "ТеплоПоле: групповой отчёт, заявка 45256", w, "app", "utf-8",
        app_x()), w,
    dec("45256", ["1", "2"], LEFT, "HTML-only group report: both positions 'Завершение работ'"))

w = d(10, 15, 20)
add(tb_letter(w, "45256 (3)", "на месте с 15.00, поликлиника\nЕрмолаев\n"), w,
    dec("45256", ["3"], ON, "subject '45256 (3)', body 'на месте с 15.00'"))

w = d(11, 8, 15)
add(ce_letter(w, "Заявка 45256",
"""Доброе утро.

По заявке 45256: п.3 (поликлиника) — работы завершены вчера в 18:40, акт подписан. П.4 (ДК «Звёздный») — бригада выехала в 08:00, ориентировочно к обеду закончим."""), w,
    rev("two different statuses in one letter: п.3 finished, п.4 on the way"))

w = d(11, 16, 45)
body = """Наряд-заявка №: 45256
Поз.: 4
Объект: ИТП ДК «Звёздный», ул. Заозёрная, 30
Статус: Работы выполнены
Время: 16:40
Бригада: №2 Фролов
Примечание: промывка + опрессовка, замечаний нет, уехали

ТеплоПоле 3.2.0
"""
add(hdr(text_part(body, "utf-8", "b64"), B2, CUST, "Наряд 45256 поз.4 выполнено", w, "app", "utf-8",
        app_x("SM-J260F", "3.2.0")), w,
    dec("45256", ["4"], LEFT, "old app version with other field names: 'Работы выполнены ... уехали'"))

# =================================================================== 45311
w = d(9, 8, 50)
add(tb_letter(w, "Re: Заявка 45311 изоляция пр. Мира", "Принято.\nЕрмолаев\n",
              {"In-Reply-To": mid("cust", d(9, 8, 24))}), w,
    dec("45311", [], ACC, "number only in the Re: subject, body 'Принято.'"))

w = d(10, 17, 20)
add(app_letter(w, B5, "45311", "1", "надземная прокладка ТК-31 — ТК-32, пр. Мира", "Прибытие на объект", "08:10",
               "Отметку прибытия утром не отправили (не было связи). Изоляцию ТК-31–ТК-32 восстановили полностью: "
               "минвата 50 мм + оцинковка, 46 п.м. С объекта уехали в 17:05.", CREW5, "УАЗ-390995 М 214 ЕВ 55",
               dev="Redmi Note 10"), w,
    dec("45311", ["1"], LEFT, "form says Прибытие 08:10 (late), comment: all done, left at 17:05 -> latest event"))

w = d(11, 10, 0)
add(ce_letter(w, "RE: 45311 - замечания по качеству изоляции",
"""Коллеги, добрый день.

С замечанием не согласны: оцинковка на участке ТК-31 — ТК-32 уложена с нахлёстом 50 мм по проекту (шифр 118-ТС), фото прилагаю. Зазор у опоры № 7 — температурный, так и должно быть.

Предлагаю комиссионный выезд 12.11 в 10:00 с вашим представителем.""",
    quote=([("От", "Смирнова Татьяна Алексеевна [mailto:dispatch@zakazchik-omis.ru]"),
            ("Отправлено", "11 ноября 2026 г. 8:32"),
            ("Кому", "Ковальчук Сергей Петрович"),
            ("Тема", "45311 - замечания по качеству изоляции")],
           "Сергей Петрович, наш инженер осмотрел участок ТК-31 — ТК-32 после вашей бригады: "
           "оцинковка лежит внахлёст неплотно, у опор щели. Прошу устранить.")), w,
    rev("dispute about quality + proposal of a commission visit; no status"))

w = d(12, 8, 55)
add(app_letter(w, B5, "45311", "2", "надземная прокладка ТК-32 — ТК-33, пр. Мира", "Выезд на объект", "08:50",
               "Выезд отменили — мокрый снег, по ТБ изоляцию не монтируем. Перенос на 13.11.", CREW5,
               "УАЗ-390995 М 214 ЕВ 55", dev="Redmi Note 10"), w,
    rev("form says Выезд but comment: departure cancelled, moved to 13.11"))

w = d(13, 9, 20)
add(app_letter(w, B5, "45311", "2", "надземная прокладка ТК-32 — ТК-33, пр. Мира", "Выезд на объект", "09:15",
               "едем", CREW5, "УАЗ-390995 М 214 ЕВ 55", dev="Redmi Note 10"), w,
    dec("45311", ["2"], WAY, "form Выезд, comment 'едем'"))

w = d(13, 18, 0)
add(bat_letter(w, "Re: 45311-2 выезд",
"""Здравствуйте, Татьяна.

Вы писали 13 ноября 2026 г., 16:30:15:

ТС> Получили отметку о выезде по 45311-2. Во сколько ждать окончания?
ТС> Жители жалуются на парение у дома 45.

Изоляция по второму участку сделана, бригада освободилась в 17:20.
Фото завтра пришлю.

-- 
С уважением,
 Гайдамак Н.И., мастер участка N3
"""), w,
    dec("45311", ["2"], LEFT, "subject still says 'выезд', body: done, 'бригада освободилась'"))

# =================================================================== 45402
w = d(10, 13, 45)
add(tb_letter(w, "Re: Заявка 45402 — обратный клапан ЦТП-17",
"""Взяли в работу. Клапан 16кч9нж Ду100 есть на складе, выезд завтра с утра, аварийка.

Ермолаев

10.11.2026 13:33, Татьяна Смирнова пишет:
> Заявка 45402: ЦТП-17 (ул. 5-я Кордная, 4а) — замена обратного клапана
> на подпиточной линии, стучит.
""", {"In-Reply-To": mid("cust", d(10, 13, 33))}), w,
    dec("45402", [], ACC, "'Взяли в работу'; departure tomorrow is a plan"))

w = d(11, 2, 5, tz=UTC)
add(app_letter(w, AVR, "45402", "01", "ЦТП-17, ул. 5-я Кордная, 4а", "Выезд на объект", "08:00",
               "клапан взяли со склада", CREWA, "ГАЗ-2705 Е 613 КС 55", dev="Galaxy A52"), w,
    dec("45402", ["1"], WAY, "position written '01' = position 1 (the only one)"))

w = d(11, 14, 30)
add(ce_letter(w, "ЦТП-17 клапан",
"""Татьяна Алексеевна, по ЦТП-17 (заявка 45402): обратный клапан 16кч9нж Ду100 на подпитке заменён, стук ушёл, бригада убыла в 13:55.

Счёт № 1127 направим после подписания акта."""), w,
    dec("45402", [], LEFT, "'клапан заменён ... бригада убыла в 13:55'; invoice number is not a request"))

# =================================================================== 45477
w = d(11, 8, 30)
add(tb_letter(w, "Re: Заявка 45477",
"""Приняли. По ДК-4 нужно перекрытие полосы на Нефтезаводской — у вас есть
контакт в ГИБДД или нам самим согласовывать?

Лаптева

11.11.2026 8:05, Татьяна Смирнова пишет:
> Заявка 45477, ревизия дренажных колодцев ДК-3, ДК-4, ДК-5 (ул.
> Нефтезаводская), позиции 1–3 соответственно.
""", {"In-Reply-To": mid("cust", d(11, 8, 5))}), w,
    dec("45477", [], ACC, "'Приняли' + a question about traffic permit; acceptance is clear"))

w = d(12, 10, 5)
add(app_letter(w, B2, "45477", "1", "ДК-3, ул. Нефтезаводская", "Прибытие на объект", "10:00",
               "Колодец ДК-3 залит до горловины, вызвали илососную КО-560 (К 305 МР 55).", CREW2, GAZ), w,
    dec("45477", ["1"], ON, "arrival; car plate is not a number of interest"))

w = d(12, 16, 0)
add(ce_letter(w, "FW: ТеплоПоле: 45477 / поз. 3 / Прибытие на объект",
"""Татьяна Алексеевна, для сведения — второе звено на ДК-5.""",
    quote=([("От", "Бригада №2 (ТеплоПоле) <brigada2@teplosetomsk.ru>"),
            ("Отправлено", "12 ноября 2026 г. 14:22"),
            ("Кому", "Ковальчук Сергей Петрович"),
            ("Тема", "ТеплоПоле: 45477 / поз. 3 / Прибытие на объект")],
           app_text("45477", "3", "ДК-5, ул. Нефтезаводская", "Прибытие на объект", "14:20",
                    "звено Семёнова", CREW2), "________________________________"), fwd=True), w,
    dec("45477", ["3"], ON, "Outlook forward of the app's arrival report for поз. 3"))

w = d(12, 17, 30)
add(tb_letter(w, "45477",
"""По 45477 п.1 и п.3 закончили, бригада уехала в 17:10. ДК-4 (п.2) — завтра,
когда ГИБДД даст перекрытие.

Лаптева
"""), w,
    dec("45477", ["1", "3"], LEFT, "п.1 and п.3 finished; п.2 only planned"))

w = d(13, 12, 30)
add(tb_letter(w, "Re: 45477 поз 2",
"""Выехали с ДК-4 в 12:10, колодец прочищен, люк закрыт.

13.11.2026 11:48, Татьяна Смирнова пишет:
> 45477 поз 2 — во сколько освободите полосу? ГИБДД звонит.
""", {"In-Reply-To": mid("cust", d(13, 11, 48))}), w,
    dec("45477", ["2"], LEFT, "'выехали С ДК-4' = left the site after finishing"))

# =================================================================== 45519
w = d(13, 10, 0)
add(ce_letter(w, "RE: Заявка 45519 ГВС ул. Кирова, 12",
"""Добрый день.

Заявка принята, исполнитель — бригада № 2. Прошу обеспечить доступ в подвал: ключи у председателя ТСЖ, тел. 8-923-118-40-67 (Галина Петровна).""",
    quote=([("От", "Смирнова Татьяна Алексеевна [mailto:dispatch@zakazchik-omis.ru]"),
            ("Отправлено", "13 ноября 2026 г. 9:14"),
            ("Кому", "Ковальчук Сергей Петрович"),
            ("Тема", "Заявка 45519 ГВС ул. Кирова, 12")],
           "Заявка 45519 — замена участка трубопровода ГВС в подвале, ул. Кирова, 12:\n"
           "п.1 — подъезд 1, п.2 — подъезд 3.")), w,
    dec("45519", [], ACC, "'Заявка принята'; phone number is not a request"))

w = d(13, 11, 20)
add(mailru_letter(w, "кирова 12",
                  "мы на кирова 12 в подвал попасть не можем председатель тсж трубку не берет ждем\nФролов"), w,
    rev("no request number at all (only an address)"))

w = d(13, 13, 10)
add(app_letter(w, B2, "45519", "1", "ул. Кирова, 12 — подвал, подъезд 1", "Прибытие на объект", "13:00",
               "Ключи привезли, зашли в подвал 1-го подъезда, перекрываем стояки.", CREW2, GAZ), w,
    dec("45519", ["1"], ON, "arrival form for поз. 1"))

w = d(13, 15, 40)
add(app_letter(w, B2, "45519", "3", "ул. Кирова, 12 — подвал, подъезд 3", "Прибытие на объект", "15:35",
               "Подвал 3-го подъезда, меняем участок ГВС Ду50.", CREW2, GAZ), w,
    rev("Позиция 3 does not exist in 45519 (crew typed the entrance number); dispatcher should not guess"))

w = d(14, 9, 10)
add(tb_letter(w, "Re: Заявка 45519 — жильцы без ГВС",
"""14.11.2026 8:52, Татьяна Смирнова пишет:
> Доброе утро. Когда закончите ГВС на Кирова, 12 (заявка 45519)? Жильцы
> звонят, горячей воды нет второй день.

Закончили вчера вечером по обоим подъездам, ГВС подали в 21:00, бригада
уехала. Если у кого-то нет воды — пусть спускают воздух, стояки
заполнялись.

Ермолаев
""", {"In-Reply-To": mid("cust", d(14, 8, 52))}), w,
    dec("45519", [], LEFT, "finished on both entrances (= whole request), crew left"))

# =================================================================== 45550 (not in registry)
w = d(14, 10, 20)
add(app_letter(w, B5, "45550", "1", "ЦТП-8, ул. Энтузиастов", "Прибытие на объект", "10:15",
               "осмотр после замечания инспекции", CREW5, "УАЗ-390995 М 214 ЕВ 55", dev="Redmi Note 10"), w,
    rev("request 45550 is not in the registry"))

# =================================================================== 45604
w = d(16, 9, 15)
add(ce_letter(w, "RE: Заявка 45604 - КИП ЦТП-22, 23, 25",
"""Добрый день.

Принято в работу, исполнитель — метрологическая группа (Шульц Евгений Викторович, моб. 8-962-035-71-19). Поверенные манометры МП4-У получены 12.11, выезд согласуем."""), w,
    dec("45604", [], ACC, "'Принято в работу'"))

w = d(17, 8, 40)
add(app_letter(w, MTR, "45604", "1", "ЦТП-22, ул. Химиков, 8", "Выезд на объект", "08:35",
               "", CREWM, "Lada Largus В 903 ТО 55", subject="45604/1 Выезд", dev="Redmi 9C"), w,
    dec("45604", ["1"], WAY, "short subject '45604/1 Выезд', form Выезд"))

w = d(17, 11, 30)
add(app_letter(w, MTR, "45604", "1", "ЦТП-22, ул. Химиков, 8", "Завершение работ", "11:20",
               "Манометры МП4-У 0–16 кгс/см2 — 6 шт. заменены, термометры — 2 шт. Пломбы № 0451–0456. Уехали.",
               CREWM, "Lada Largus В 903 ТО 55", subject="45604/1 готово", dev="Redmi 9C"), w,
    dec("45604", ["1"], LEFT, "finished поз.1, 'Уехали'; seal numbers are not requests"))

w = d(17, 15, 0)
add(bat_letter(w, "45604",
"""Татьяна, добрый день.

по 45604 - на ЦТП-23 и ЦТП-25 (поз. 2,3) метрологи работают с 13 часов, Шульц
разделил людей.

Гайдамак
"""), w,
    dec("45604", ["2", "3"], ON, "'поз. 2,3 ... работают с 13 часов'"))

w = d(17, 18, 10)
add(tb_letter(w, "Re: Re: 45604",
"""Готово по 2 и 3, приборы поверены/заменены, уехали в 17:50. Акты у Шульца.

Лаптева

17.11.2026 17:02, Татьяна Смирнова пишет:
> Николай Иванович, спасибо. Во сколько закончат?
>
> 17.11.2026 15:00, Гайдамак Николай Иванович пишет:
>> по 45604 - на ЦТП-23 и ЦТП-25 (поз. 2,3) метрологи работают с 13 часов
""", {"In-Reply-To": mid("cust", d(17, 17, 2))}), w,
    dec("45604", ["2", "3"], LEFT, "new text: 'Готово по 2 и 3 ... уехали'; quoted 'работают' is history"))

# =================================================================== 45688
w = d(18, 1, 5, tz=UTC)
add(app_letter(w, AVR, "45688", "1", "ТК-50, ул. 22 Апреля", "Выезд на объект", "07:00",
               "Мы уже нa месте с 07:03, отметку выезда не успел поставить. Камера под водой, откачиваем.", CREWA,
               "ГАЗ-2705 Е 613 КС 55", dev="Galaxy A52"), w,
    dec("45688", ["1"], ON, "form says Выезд, comment: already on site since 07:03 (Latin 'a' in 'нa')"))

w = d(18, 15, 30)
add(ce_letter(w, "Авария ул. 22 Апреля, 5 (45688)",
"""Татьяна Алексеевна, добрый день.

Течь в ТК-50 устранена — заварен свищ на обратном трубопроводе Ду250. В 14:20 потребители подключены, бригада снялась с объекта. Шурфы засыпаны, благоустройство — весной."""), w,
    dec("45688", [], LEFT, "number in brackets after the address; repaired and crew left"))

# =================================================================== 45730
w = d(19, 10, 20)
add(tb_letter(w, "Re: Заявка 45730 опломбировка УУТЭ",
"""Пpинято, выезд согласуем с упpавляющей компанией.

Лаптева
""", {"In-Reply-To": mid("cust", d(19, 10, 4))}), w,
    dec("45730", [], ACC, "'Пpинято' with Latin p; departure only planned"))

w = d(20, 10, 0)
add(app_letter(w, B2, "45730", "2", "УУТЭ, ул. Конева, 14", "Прибытие на объект", "09:55",
               "Подвал закрыт, УК жильцов не предупредила. Ждём представителя УК на месте.", CREW2, GAZ), w,
    dec("45730", ["2"], ON, "arrived and waiting on site for access -> on site (they did not leave)"))

w = d(20, 12, 40)
add(mailru_letter(w, "45730 п2",
                  "45730 П2 ОПЛОМБИРОВАЛИ, пломбы № 3381 3382, акт у председателя подписан. поехали дальше\nФролов"), w,
    dec("45730", ["2"], LEFT, "caps 'ОПЛОМБИРОВАЛИ', 'поехали дальше' = left; seal numbers are not requests"))

w = d(25, 10, 40)
add(tb_letter(w, "Fwd: конева 10",
"""Пересылаю от Фролова, у него с рабочей почтой опять беда.
Лаптева


-------- Пересылаемое сообщение --------
Тема: 	конева 10
Дата: 	Wed, 25 Nov 2026 10:31:12 +0600
От: 	Андрей Фролов <a.frolov74@mail.ru>
Кому: 	disp@teplosetomsk.ru

по 45730 конева 10 (П1) опломбировали, пломба № 3390, акт подписан, уехали
Фролов

--
Отправлено из мобильной Почты Mail.ru
"""), w,
    dec("45730", ["1"], LEFT, "Thunderbird inline forward of the foreman's message: П1 sealed, left"))

# =================================================================== summaries / money / misc review
w = d(20, 17, 30)
add(ce_letter(w, "Сводка по заявкам на 20.11.2026",
"""Татьяна Алексеевна, добрый вечер.

Сводка по нашим заявкам на конец недели:
45477 — выполнено полностью, акты переданы;
45519 — выполнено, ГВС подано;
45604 — выполнено, протоколы поверки у Шульца Е.В.;
45730 — в работе, п.1 (Конева, 10) на следующей неделе.

Хороших выходных."""), w,
    rev("summary about several different requests in one letter"))

w = d(23, 11, 0)
add(ce_letter(w, "Счёт по заявке 45730",
"""Коллеги, добрый день.

По заявке 45730 — счёт № 1204 от 23.11.2026 на опломбировку узлов учёта во вложении, прошу оплатить до 30.11.2026 согласно договору № 17-ТС/2026.
Реквизиты: МУП г. Омска «Теплосеть», ИНН 5503012345, КПП 550301001."""), w,
    rev("invoice / contract talk, no status"))

# =================================================================== 45861
w = d(23, 8, 30)
add(tb_letter(w, "Re: Обращение #45861 — обход ТК перед морозами", "Ок, взяли в рботу.\n\nЕрмолаев\n",
              {"In-Reply-To": mid("cust", d(23, 8, 6))}), w,
    dec("45861", [], ACC, "'взяли в рботу' (typo) = accepted; number as '#45861' in the Re: subject"))

w = d(23, 15, 0)
add(tb_letter(w, "Re: 45861 обход ТК",
"""По 45861 пока не выезжали — обе машины на аварийных выездах. Завтра с 8:00
начнём с ТК-101.

Лаптева

23.11.2026 14:37, Татьяна Смирнова пишет:
> Бригада по обходу ТК-101...ТК-104 выехала?
""", {"In-Reply-To": mid("cust", d(23, 14, 37))}), w,
    rev("negation 'пока не выезжали' + plan for tomorrow"))

rows = [("1", "ТК-101, ул. Орджоникидзе", "Прибытие на объект", "08:55", "осмотр"),
        ("2", "ТК-102, ул. Орджоникидзе", "Запланировано", "—", ""),
        ("3", "ТК-103, ул. Орджоникидзе", "Запланировано", "—", ""),
        ("4", "ТК-104, ул. Орджоникидзе", "Запланировано", "—", "")]
t, h = app_group("45861", CREW2, rows, "24.11.2026 08:58")
w = d(24, 9, 0)
add(hdr(alt(t, h, "utf-8", "b64"), B2, CUST, "ТеплоПоле: групповой отчёт, заявка 45861", w, "app", "utf-8", app_x()), w,
    dec("45861", ["1"], ON, "table: only поз.1 has an event (arrival), others just planned"))

w = d(24, 17, 0)
add(ce_letter(w, "Заявка 45861 - обход ТК выполнен",
"""Татьяна Алексеевна, добрый день.

По 45861 осмотр ТК-101 – ТК-104 выполнен полностью, бригада вернулась на базу. Замечания по ТК-103 (коррозия опор, подтопление) — отдельным письмом с фото."""), w,
    dec("45861", [], LEFT, "whole request inspected, crew back at base"))

w = d(25, 9, 20)
add(tb_letter(w, "Re: 45861 замечания по ТК-103",
"""Спасибо, получили, передали главному инженеру.

Лаптева

25.11.2026 9:02, Татьяна Смирнова пишет:
> Замечания по ТК-103 получили, включим в план на лето. Спасибо.
""", {"In-Reply-To": mid("cust", d(25, 9, 2))}), w,
    rev("thanks / acknowledgement of the customer's message"))

# =================================================================== machine mail (ignored)
w = d(6, 14, 12)
body = """Здравствуйте!

Для учётной записи dispatch@zakazchik-omis.ru (роль: наблюдатель заказчика) был запрошен сброс пароля в ТеплоПоле.

Код подтверждения: 4821
Или перейдите по ссылке: https://pole.teplosetomsk.ru/reset?t=7f3a9c21e0

Ссылка действительна 30 минут. Если вы не запрашивали сброс пароля, просто проигнорируйте это письмо.

--
ТеплоПоле · МУП «Теплосеть»
Письмо сформировано автоматически, отвечать на него не нужно.
"""
add(hdr(text_part(body, "utf-8", "qp"), NOREPLY, CUST, "ТеплоПоле: сброс пароля", w, "auto", "utf-8",
        {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}), w,
    ign("app's automatic password reset"))

w = d(10, 23, 0)
body = """Сводка синхронизации ТеплоПоле за 10.11.2026

Получено отчётов с устройств: 7
Заявки с изменениями: 45256, 45311, 45402
Ошибок синхронизации: 0

Подробности — в веб-кабинете: https://pole.teplosetomsk.ru/sync

Письмо сформировано автоматически, отвечать на него не нужно.
"""
add(hdr(text_part(body, "utf-8", "qp"), NOREPLY, CUST, "ТеплоПоле: синхронизация за 10.11.2026", w, "auto", "utf-8",
        {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}), w,
    ign("app's automatic daily sync notification (lists request numbers but is machine mail)"))

w = d(17, 21, 0)
body = """Внимание!

Устройство metrolog-02 (Redmi 9C) не синхронизировалось с сервером более 6 часов.
Часть отчётов может быть не доставлена. Проверьте подключение устройства к сети
и откройте приложение для повторной отправки.

Письмо сформировано автоматически, отвечать на него не нужно.
ТеплоПоле · МУП «Теплосеть»
"""
add(hdr(text_part(body, "utf-8", "qp"), NOREPLY, CUST, "ТеплоПоле: устройство не синхронизировано", w, "auto", "utf-8",
        {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}), w,
    ign("app's automatic sync warning"))

w = d(16, 7, 30)
body = """Уважаемые партнёры!

МУП г. Омска «Теплосеть» информирует: в период с 01.06.2027 по 30.06.2027 будут проводиться
гидравлические испытания тепловых сетей. График отключений горячего водоснабжения
по районам размещён на сайте teplosetomsk.ru в разделе «Потребителям».

Справки по телефону горячей линии: 8-800-301-55-25.

Вы получили это письмо, так как подписаны на рассылку МУП «Теплосеть».
Отписаться: https://teplosetomsk.ru/unsubscribe
"""
add(hdr(alt(body, "<html><body><p>" + htmlmod.escape(body).replace("\n\n", "</p><p>").replace("\n", " ") +
            "</p></body></html>", "utf-8", "b64"), INFO, "partners@teplosetomsk.ru",
        "Информационная рассылка: гидравлические испытания 2027", w, "auto", "utf-8",
        {"Precedence": "bulk", "List-Id": "Partners <partners.teplosetomsk.ru>",
         "List-Unsubscribe": "<https://teplosetomsk.ru/unsubscribe>"}), w,
    ign("bulk mailing list letter"))

w = d(14, 11, 2)
plain = ("Здравствуйте!\n\nЯ нахожусь в командировке до 16.11.2026 и не имею доступа к почте.\n"
         "По срочным вопросам обращайтесь в диспетчерскую: +7 (3812) 53-44-01, disp@teplosetomsk.ru.\n\n"
         "Ковальчук С.П.\n")
m = text_part(plain, "windows-1251", "qp")
add(hdr(m, CE, CUST_TO, "Автоматический ответ: Заявка 45519 — прошу акт и фото", w, "outlook", "windows-1251",
        {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-Mailer": "Microsoft Outlook 16.0",
         "In-Reply-To": mid("cust", d(14, 11, 1))}), w,
    ign("Outlook out-of-office auto-reply"))

w = d(12, 8, 2)
rep = MIMEMultipart("report", report_type="delivery-status")
rep.attach(text_part(
    "This is the mail system at host mail.teplosetomsk.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
    "<brigada7@teplosetomsk.ru>: host mail.teplosetomsk.ru[local] said: 550 5.1.1\n"
    "    <brigada7@teplosetomsk.ru>: Recipient address rejected: User unknown\n", "us-ascii", "8bit"))
ds = MIMEBase("message", "delivery-status")
ds.set_payload([
    message_from_string("Reporting-MTA: dns; mail.teplosetomsk.ru\nArrival-Date: Thu, 12 Nov 2026 08:02:11 +0600\n\n"),
    message_from_string("Final-Recipient: rfc822; brigada7@teplosetomsk.ru\nAction: failed\nStatus: 5.1.1\n"
                        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
rep.attach(ds)
orig = text_part("Добрый день. По заявке 45477 — доступ к ДК-4 согласован с ГИБДД на 13.11 с 10 до 13.\n"
                 "Смирнова Т.А.\n", "utf-8", "qp")
hdr(orig, ("Татьяна Смирнова", CUST), "brigada7@teplosetomsk.ru", "Заявка 45477 — доступ к ДК-4",
    d(12, 8, 1, tz=OMSK), "cust", "utf-8")
rep.attach(MIMEMessage(orig))
add(hdr(rep, DAEMON, CUST, "Undelivered Mail Returned to Sender", w, "auto", "utf-8",
        {"Auto-Submitted": "auto-replied"}), w,
    ign("bounce (DSN) of the customer's own letter"))

w = d(17, 9, 40)
rep = MIMEMultipart("report", report_type="disposition-notification")
rep.attach(text_part("Ваше сообщение\n\n  Кому: Ковальчук Сергей Петрович\n  Тема: Заявка 45604 - сроки поверки\n"
                     "  Отправлено: 17.11.2026 9:12\n\nбыло прочитано 17.11.2026 9:40.\n",
                     "windows-1251", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: teplosetomsk.ru; Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822;kovalchuk.sp@teplosetomsk.ru\n"
                "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % mid("cust", d(17, 9, 12)))
rep.attach(mdn)
add(hdr(rep, CE, CUST_TO, "Прочитано: Заявка 45604 - сроки поверки", w, "outlook", "windows-1251",
        {"X-Mailer": "Microsoft Outlook 16.0"}), w,
    ign("read receipt (MDN)"))

w = d(19, 16, 5)
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ковальчук Сергей Петрович:mailto:kovalchuk.sp@teplosetomsk.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по готовности к ОЗП 2026-2027\r\n"
       "DTSTART;TZID=Omsk Standard Time:20261126T100000\r\nDTEND;TZID=Omsk Standard Time:20261126T113000\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000A0E5C7%08X\r\nSEQUENCE:0\r\nLOCATION:ул. Партизанская, 7, каб. 214\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n") % rnd.getrandbits(32)
m = MIMEMultipart("alternative")
m.attach(text_part("Ковальчук Сергей Петрович принял это приглашение.\n", "windows-1251", "qp"))
cal = text_part(ics, "utf-8", "b64", "calendar", {"method": "REPLY"})
m.attach(cal)
add(hdr(m, CE, CUST_TO, "Принято: Совещание по готовности к ОЗП 2026-2027", w, "outlook", "windows-1251",
        {"X-Mailer": "Microsoft Outlook 16.0"}), w,
    ign("calendar meeting response generated by Outlook"))

# ================================================================== registry
REGISTRY = {
    "contractor": {"name": "МУП г. Омска «Теплосеть»", "emails": ALL_EMAILS, "domains": [DOM]},
    "requests": [
        {"number": "45017", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+06:00",
         "comment": "Замена секущих задвижек Ду150: п.1 ТК-12, п.2 ТК-14, п.3 ТК-15 (ул. 10 лет Октября)"},
        {"number": "45108", "positions": ["1", "2"], "registered_at": "2026-11-03T10:15:00+06:00",
         "comment": "ЦТП-41, ул. Лукашевича, 14: п.1 ремонт сетевого насоса №2, п.2 чистка теплообменника ГВС"},
        {"number": "45123", "positions": ["1", "2"], "registered_at": "2026-11-04T07:55:00+06:00",
         "comment": "Устранение утечек: п.1 ТК-7 (ул. Ватутина, 18), п.2 ТК-9 (ул. Ватутина, 22)"},
        {"number": "45230", "positions": ["1"], "registered_at": "2026-11-05T22:10:00+06:00",
         "comment": "АВАРИЙНАЯ: порыв подающего трубопровода Ду200, ул. Масленникова, 68"},
        {"number": "45256", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T09:00:00+06:00",
         "comment": "Промывка и опрессовка ИТП: п.1 школа №12, п.2 д/с №301, п.3 поликлиника, п.4 ДК «Звёздный» (ул. Заозёрная)"},
        {"number": "45311", "positions": ["1", "2"], "registered_at": "2026-11-09T08:20:00+06:00",
         "comment": "Восстановление изоляции надземной прокладки пр. Мира: п.1 ТК-31–ТК-32, п.2 ТК-32–ТК-33"},
        {"number": "45402", "positions": ["1"], "registered_at": "2026-11-10T13:30:00+06:00",
         "comment": "ЦТП-17 (ул. 5-я Кордная, 4а): замена обратного клапана на подпиточной линии"},
        {"number": "45477", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T08:00:00+06:00",
         "comment": "Ревизия дренажных колодцев ул. Нефтезаводская: п.1 ДК-3, п.2 ДК-4, п.3 ДК-5"},
        {"number": "45519", "positions": ["1", "2"], "registered_at": "2026-11-13T09:10:00+06:00",
         "comment": "Замена участка трубопровода ГВС в подвале ул. Кирова, 12: п.1 подъезд 1, п.2 подъезд 3"},
        {"number": "45604", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:30:00+06:00",
         "comment": "Замена/поверка КИП (манометры, термометры): п.1 ЦТП-22, п.2 ЦТП-23, п.3 ЦТП-25"},
        {"number": "45688", "positions": ["1"], "registered_at": "2026-11-18T06:45:00+06:00",
         "comment": "АВАРИЙНАЯ: течь в ТК-50, ул. 22 Апреля, отключение жилых домов"},
        {"number": "45730", "positions": ["1", "2"], "registered_at": "2026-11-19T10:00:00+06:00",
         "comment": "Опломбировка узлов учёта тепловой энергии: п.1 ул. Конева, 10, п.2 ул. Конева, 14"},
        {"number": "45861", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T08:00:00+06:00",
         "comment": "Осмотр тепловых камер перед морозами: п.1 ТК-101, п.2 ТК-102, п.3 ТК-103, п.4 ТК-104"},
    ],
}


def main():
    os.makedirs(OUTL, exist_ok=True)
    for f in os.listdir(OUTL):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUTL, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (when, msg, label) in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        with open(os.path.join(OUTL, name), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))


if __name__ == "__main__":
    main()
