#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for contractor persona ООО «ТехноОхрана» (Новосибирск).

Writes letters/NNN.eml, labels.json, registry.json next to this script.
Only the Python standard library is used.
"""
import base64
import hashlib
import io
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
NSK = timezone(timedelta(hours=7))
DOMAIN = "technoohrana-nsk.ru"

# --------------------------------------------------------------------- people
SD = ("ТехноОхрана Service Desk", "servicedesk@technoohrana-nsk.ru")
DK = ("Дмитрий Ковалёв", "d.kovalev@technoohrana-nsk.ru")
OS = ("Ольга Сафонова", "office@technoohrana-nsk.ru")
AS = ("Алексей Широков", "a.shirokov@technoohrana-nsk.ru")
RN = ("Руслан Назаров", "nazarov.ruslan88@mail.ru")
EG = ("Евгений Губин", "e.gubin@technoohrana-nsk.ru")
MD = ("Mail Delivery System", "MAILER-DAEMON@technoohrana-nsk.ru")
NEWS = ("ТехноОхрана", "news@technoohrana-nsk.ru")
TO = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
ALL_SENDERS = [SD, DK, OS, AS, RN, EG, MD, NEWS]

SIG_DK = ("--\nС уважением,\nДмитрий Ковалёв\nинженер ООО «ТехноОхрана»\n"
          "моб. +7 913 745-20-18")
SIG_OS = ("--\nС уважением, Ольга Сафонова\nдиспетчер ООО \"ТехноОхрана\"\n"
          "тел. (383) 291-45-60, доб. 101")

# --------------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «ТехноОхрана»",
        "emails": [a for _, a in ALL_SENDERS],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "870114", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-02T09:15:00+07:00",
         "comment": "МБОУ СОШ № 112, ул. Бориса Богаткова, 185. 1 - видеонаблюдение 2 этажа (камеры 5-9); "
                    "2 - турникет центрального входа (Sigur E500); 3 - серверная, видеорегистратор"},
        {"number": "870203", "positions": ["1", "2"],
         "registered_at": "2026-11-03T11:40:00+07:00",
         "comment": "Городская поликлиника № 7, ул. Станиславского, 52. 1 - СКУД регистратуры (контроллер Sigur E500); "
                    "2 - камеры коридора 1 этажа"},
        {"number": "870215", "positions": ["1"],
         "registered_at": "2026-11-05T08:30:00+07:00",
         "comment": "Гимназия № 4. 1 - IP-камера 192.168.1.64 над запасным выходом, нет изображения"},
        {"number": "870318", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-06T10:00:00+07:00",
         "comment": "Детская городская поликлиника, Академгородок, ул. Ильича. 1 - вход корпуса А; "
                    "2 - корпус Б, каб. 204 (новая камера); 3 - серверная; 4 - уличный периметр, камеры 14-17"},
        {"number": "870342", "positions": ["1", "2"],
         "registered_at": "2026-11-09T09:05:00+07:00",
         "comment": "МБОУ СОШ № 54. 1 - турникеты Sigur (2 шт.); 2 - видеодомофон на калитке"},
        {"number": "870407", "positions": ["1"],
         "registered_at": "2026-11-10T13:20:00+07:00",
         "comment": "Клиника «Медсфера», Красный проспект, 200. 1 - видеорегистратор Hikvision DS-7616NI-K2 не пишет архив"},
        {"number": "870455", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-11T08:45:00+07:00",
         "comment": "Лицей № 22. 1 - спортзал, камеры; 2 - столовая, камеры; 3 - пост охраны, монитор"},
        {"number": "870511", "positions": ["1", "2"],
         "registered_at": "2026-11-12T15:10:00+07:00",
         "comment": "Стоматологическая поликлиника № 3. 1 - СКУД двери каб. 12; 2 - камеры в холле"},
        {"number": "870560", "positions": ["1"],
         "registered_at": "2026-11-16T07:50:00+07:00",
         "comment": "МБОУ СОШ № 186. 1 - уличный периметр, 6 камер"},
        {"number": "870618", "positions": ["1", "2"],
         "registered_at": "2026-11-17T10:30:00+07:00",
         "comment": "ГКБ № 2, приёмное отделение. 1 - турникет (контроллер Sigur E500); 2 - камеры приёмного покоя"},
        {"number": "870702", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-19T09:00:00+07:00",
         "comment": "МБОУ СОШ № 97. 1 - корпус 1; 2 - корпус 2; 3 - серверная"},
        {"number": "870777", "positions": ["1", "2"],
         "registered_at": "2026-11-20T14:00:00+07:00",
         "comment": "Перинатальный центр. 1 - СКУД родильного зала; 2 - камеры парковки"},
        {"number": "870839", "positions": ["1", "2"],
         "registered_at": "2026-11-23T08:20:00+07:00",
         "comment": "Школа-интернат № 37. 1 - калитка (замок, вызывная панель); 2 - камеры спального корпуса"},
    ],
}

# --------------------------------------------------------------------- helpers
KOI_FIX = {"—": "-", "–": "-", "«": "\"", "»": "\"", "№": "N", "…": "..."}


def fix_for(charset, s):
    if charset.lower() == "koi8-r":
        for a, b in KOI_FIX.items():
            s = s.replace(a, b)
    return s


def leaf(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra_ct=None):
    body = fix_for(charset, body)
    raw = body.encode(charset)  # raises if the charset can't carry the text
    m = Message()
    ct = f'text/{subtype}; charset="{charset}"'
    if extra_ct:
        ct += "; " + extra_ct
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "8bit":
        m.set_payload(raw.decode("ascii", "surrogateescape"))
    elif cte == "7bit":
        m.set_payload(raw.decode("ascii"))
    else:
        raise ValueError(cte)
    return m


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(plain):
    paras = []
    for line in plain.split("\n"):
        paras.append(f'<p class=MsoNormal>{esc(line) if line else "&nbsp;"}<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
            '</head><body lang=RU link="#0563C1"><div class=WordSection1>\n'
            + "\n".join(paras) + "\n</div></body></html>")


def simple_html(plain):
    return ("<html><body><div>" +
            "<br>\n".join(esc(l) for l in plain.split("\n")) + "</div></body></html>")


def alt(plain, html, charset="utf-8", cte="quoted-printable"):
    m = MIMEMultipart("alternative")
    m.attach(leaf(plain, "plain", charset, cte))
    m.attach(leaf(html, "html", charset, cte))
    return m


def hdr(s, charset):
    s = fix_for(charset, s)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(person, charset):
    name, a = person
    name = fix_for(charset, name)
    return formataddr((name, a), charset=charset)


def mid(seed, style):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "glpi":
        return f"<GLPI_{h[:20]}.{h[20:30]}@sd.technoohrana-nsk.ru>"
    if style == "outlook":
        return f"<000{h[:3]}01db{h[3:7]}${h[7:15]}${h[15:23]}@technoohrana-nsk.ru>"
    if style == "bat":
        return f"<{int(h[:8], 16) % 10**9}.{h[8:16]}@technoohrana-nsk.ru>"
    if style == "mailru":
        return f"<{int(h[:10], 16)}.{h[10:18]}@f{int(h[18:20], 16)}.i.mail.ru>"
    if style == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(h)).decode()[:26]}@mail.gmail.com>"
    if style == "iphone":
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@technoohrana-nsk.ru>"
    return f"<{h[:24]}@{DOMAIN}>"


CLIENT = {
    "glpi": {"X-Mailer": "GLPI"},
    "outlook": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": None, "Content-Language": "ru"},
    "bat": {"X-Mailer": "The Bat! (v9.4.5) Professional"},
    "mailru": {"X-Mailer": "Mail.Ru Mail for Android 14.61.0.56712"},
    "gmail": {},
    "iphone": {"X-Mailer": "iPhone Mail (21H221)"},
    "x": {},
}


def finish(body, person, subject, date, style, charset="utf-8", extra=None, to=TO):
    """Put envelope headers on top of a body part and return the message."""
    msg = body
    content = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    msg["From"] = addr(person, charset)
    msg["To"] = addr(to, charset)
    msg["Subject"] = hdr(subject, charset)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid(person[1] + subject + date.isoformat(), style)
    for k, v in (extra or {}).items():
        msg[k] = v
    for k, v in CLIENT[style].items():
        if k == "Thread-Index":
            v = base64.b64encode(hashlib.md5(subject.encode()).digest()[:22]).decode()
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in content:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg


def to_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    return buf.getvalue()


def d(day, hh, mm, ss=0):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=NSK)


LETTERS = []  # (date, bytes, label)


def add(date, msg, label):
    data = msg if isinstance(msg, bytes) else to_bytes(msg)
    LETTERS.append((date, data, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


P, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# --------------------------------------------------------------------- robot


def robot(date, req, sd_id, obj, pos, old, new, who, comment=None):
    lines = [
        "Здравствуйте!",
        "",
        f"Заявка #{req} изменила статус.",
        "",
        f"Внутренний номер: {sd_id}",
        "Заказчик: ОМИС (диспетчерская служба)",
        f"Объект: {obj}",
        f"Позиции: {pos}",
        f"Статус: {old} → {new}",
        f"Изменил: {who}",
        f"Дата изменения: {date.strftime('%d.%m.%Y %H:%M')} (НСК)",
    ]
    if comment:
        lines += ["", "Комментарий исполнителя:", comment]
    lines += [
        "",
        f"Открыть заявку: https://sd.technoohrana-nsk.ru/front/ticket.form.php?id={sd_id}",
        "",
        "--",
        "Письмо сформировано автоматически системой Service Desk ООО «ТехноОхрана».",
        "Пожалуйста, не отвечайте на него. Телефон поддержки: +7 (383) 291-45-60",
    ]
    plain = "\n".join(lines)
    rows = [("Внутренний номер", sd_id), ("Объект", obj), ("Позиции", pos),
            ("Было", old), ("Стало", new), ("Изменил", who),
            ("Дата изменения", date.strftime('%d.%m.%Y %H:%M'))]
    if comment:
        rows.append(("Комментарий", comment))
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">'
            f'<h3 style="color:#1b4f8a">Заявка #{req} изменила статус</h3>'
            '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
            + "".join(f"<tr><td><b>{esc(a)}</b></td><td>{esc(str(b))}</td></tr>" for a, b in rows)
            + '</table><p><a href="https://sd.technoohrana-nsk.ru/front/ticket.form.php?id='
            f'{sd_id}">Открыть заявку</a></p><p style="color:#888">Письмо сформировано автоматически '
            'системой Service Desk ООО «ТехноОхрана». Пожалуйста, не отвечайте на него.</p></body></html>')
    body = alt(plain, html, "utf-8", "quoted-printable")
    return finish(body, SD, f"[SD #{sd_id}] Заявка #{req} изменила статус", date, "glpi",
                  extra={"Auto-Submitted": "auto-generated",
                         "X-Auto-Response-Suppress": "OOF, DR, RN, NRN, AutoReply"})


# ===================================================================== letters
# ---------------------------------------------------------------- 870114
add(d(2, 10, 2), robot(d(2, 10, 1), "870114", 15201, "МБОУ СОШ № 112, ул. Бориса Богаткова, 185",
                       "все", "Новая", "Принята в работу", "Ковалёв Д. А."),
    dec("870114", [], P, "service-desk robot: Новая → Принята в работу, позиции: все"))

add(d(2, 16, 21), finish(leaf("На месте. Начинаем, сначала щиток.\n\nОтправлено с iPhone",
                              charset="utf-8", cte="quoted-printable"),
                         EG, "870141", d(2, 16, 21), "iphone"),
    rev("870141 is not in the registry (looks like a typo of 870114, but nothing in the letter confirms it)"))

add(d(3, 8, 52), finish(leaf(
    "[03.11.2026, 08:47] Алексей Широков: Выехали на 112ю, Богаткова 185. Будем минут через 40 🚐\n"
    "[03.11.2026, 08:48] Алексей Широков: Дим, пропуск на нас заказан? Машина Ларгус А 512 ОР 154\n"
    "[03.11.2026, 08:51] Дмитрий Ковалёв: заказан, на вахте скажете ТехноОхрана\n",
    charset="utf-8", cte="base64"), AS, "870114 выезд", d(3, 8, 52), "gmail"),
    dec("870114", [], V, "WhatsApp copy: 'Выехали на 112ю ... будем минут через 40' = on the way; car plate and times are not request numbers"))

add(d(3, 11, 34), finish(alt(
    "Добрый день.\n\nТурникет на центральном входе (контроллер Sigur E500, зав. № 0412-77) — заменена плата "
    "считывателя, проход в обе стороны работает, события в Sigur приходят. С объекта ушли в 11:20.\n\n" + SIG_DK,
    outlook_html("Добрый день.\n\nТурникет на центральном входе (контроллер Sigur E500, зав. № 0412-77) — заменена плата "
                 "считывателя, проход в обе стороны работает, события в Sigur приходят. С объекта ушли в 11:20.\n\n" + SIG_DK),
    "koi8-r", "quoted-printable"), DK, "870114-2", d(3, 11, 34), "outlook", charset="koi8-r"),
    dec("870114", ["2"], U, "subject '870114-2' = request-position; 'с объекта ушли в 11:20'"))

add(d(3, 17, 5), finish(leaf(
    "Марина, добрый вечер.\n\n"
    "Камеры 5–9 на 2 этаже перенастроены (DS-2CD2143G2-I, адреса поменяли на 192.168.1.105–109, "
    "старые конфликтовали с регистратором). Видеорегистратор в серверной перепрошит "
    "(DS-7608NI-K2, прошивка V4.62.210), архив пишется, глубина около 21 суток.\n\n"
    "По п.1 и п.3 работы закончены, уезжаем.\n\n" + SIG_DK, charset="koi8-r", cte="quoted-printable"),
    DK, "Заявка 870114, п.1 и п.3", d(3, 17, 5), "outlook", charset="koi8-r"),
    dec("870114", ["1", "3"], U, "work finished on п.1 and п.3, 'уезжаем' after finishing = leaving; IPs, firmware not numbers of interest"))

# ---------------------------------------------------------------- 870203
add(d(3, 12, 15), finish(leaf(
    "Добрый день!\n\nЗаявку № 870203 (поликлиника № 7, ул. Станиславского, 52) приняли в работу. "
    "Инженера назначим сегодня до 17:00, время выезда сообщу отдельно.\n\n" + SIG_OS,
    charset="windows-1251", cte="8bit"), OS, "Заявка № 870203 - принята", d(3, 12, 15), "bat",
    charset="windows-1251"),
    dec("870203", [], P, "accepted, whole request; address number 52 and 17:00 are not request numbers"))

add(d(4, 9, 20), finish(leaf(
    "Руслан Назаров, [04.11.2026 9:12]\nЗашли в регистратуру на Станиславского\n\n"
    "Руслан Назаров, [04.11.2026 9:13]\nSigur E500 не пингуется, смотрим питание\n\n"
    "--\nОтправлено из мобильной Почты Mail.ru", charset="utf-8", cte="base64"),
    RN, "870203 поз 1", d(4, 9, 20), "mailru"),
    dec("870203", ["1"], M, "Telegram copy: 'зашли в регистратуру' = on site, position 1 from subject"))

_q = ("От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru] \n"
      "Отправлено: 4 ноября 2026 г. 12:40\n"
      "Кому: Ковалёв Дмитрий <d.kovalev@technoohrana-nsk.ru>\n"
      "Тема: Заявка 870203 - статус?\n\n"
      "Дмитрий, добрый день. Подскажите статус по заявке 870203, по обеим позициям. "
      "Поликлиника звонит уже второй раз.\n\nЛебедева М., диспетчер ОМИС\n")
_t = ("Марина, добрый день.\n\nПозиция 2 (камеры в коридоре 1 этажа, 4 шт. DS-2CD2143G2-I) — работы "
      "завершены, инженер убыл в 13:50.\nПо позиции 1 отпишется Руслан.\n\n" + SIG_DK + "\n\n" + _q)
add(d(4, 14, 5), finish(alt(_t, outlook_html(_t), "windows-1251", "quoted-printable"), DK,
                        "RE: Заявка 870203 - статус?", d(4, 14, 5), "outlook", charset="windows-1251",
                        extra={"In-Reply-To": "<a1f3c2@zakazchik-omis.ru>"}),
    dec("870203", ["2"], U, "new text: позиция 2 убыл 13:50; position 1 not reported (only who will report); Outlook quote below is the dispatcher's question"))

add(d(4, 15, 30), finish(leaf(
    "[04.11.2026, 15:02] Руслан Назаров: Регистратура всё, контроллер поменяли на новый E500, карты проходят 👍\n"
    "[04.11.2026, 15:03] Руслан Назаров: сворачиваемся, выезжаю на базу",
    charset="utf-8", cte="base64"), RN, "Fwd: 870203 (1)", d(4, 15, 30), "mailru"),
    dec("870203", ["1"], U, "position in brackets in subject; done, 'выезжаю на базу' = leaving the site"))

# ---------------------------------------------------------------- 870215
add(d(5, 9, 12), robot(d(5, 9, 11), "870215", 15240, "Гимназия № 4", "1 (IP-камера 192.168.1.64, запасной выход)",
                       "Новая", "Принята в работу", "Сафонова О. В."),
    dec("870215", ["1"], P, "robot: accepted, позиции: 1"))

_h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
      "<body style=\"font-family:Calibri\"><p>Добрый день.</p>"
      "<p>Гимназия № 4, поз. 1 &mdash; IP-камера <b>192.168.1.64</b> над запасным выходом: заменили "
      "PoE-инжектор (старый TP-Link TL-POE150S сгорел), изображение есть, запись на регистратор идёт.</p>"
      "<p>Уехали в 15:40.</p><p>--<br>Дмитрий Ковалёв<br>ООО «ТехноОхрана»</p></body></html>")
add(d(5, 16, 2), finish(leaf(_h, "html", "windows-1251", "base64"), DK, "Гимназия 4 — заявка 870215 поз. 1",
                        d(5, 16, 2), "outlook", charset="windows-1251"),
    dec("870215", ["1"], U, "HTML-only letter; work done, 'уехали в 15:40'"))

add(d(6, 10, 10), finish(alt("Гимназия 4, по третьей позиции всё сделали, можно закрывать.\n",
                             "<div dir=\"ltr\">Гимназия 4, по третьей позиции всё сделали, можно закрывать.</div>\n"),
                         AS, "870215 поз 3", d(6, 10, 10), "gmail"),
    rev("request 870215 has only position 1; position 3 does not exist"))

# ---------------------------------------------------------------- 870318
_t = ("Добрый день.\n\nЗаявку приняли. Выезд планируем на понедельник, 09.11, с 9:00. "
      "Ответственный - Ковалёв Д., бригада Широкова.\n\n" + SIG_OS + "\n\n"
      "Вы писали 6 ноября 2026 г., 10:02:\n\n"
      "ЛМ> Добрый день! Направляем заявку 870318.\n"
      "ЛМ> Объект: Детская городская поликлиника, ул. Ильича.\n"
      "ЛМ> 1 - вход корпуса А, камера не даёт картинку;\n"
      "ЛМ> 2 - корпус Б, каб. 204 - установка новой камеры;\n"
      "ЛМ> 3 - серверная, часть камер пропадает;\n"
      "ЛМ> 4 - периметр, камеры 14-17.\n"
      "ЛМ> Лебедева Марина, диспетчер ОМИС\n")
add(d(6, 10, 45), finish(leaf(_t, charset="windows-1251", cte="quoted-printable"), OS,
                         "Re: Заявка 870318 (детская поликлиника, Академгородок)", d(6, 10, 45), "bat",
                         charset="windows-1251", extra={"In-Reply-To": "<b7730e@zakazchik-omis.ru>"}),
    dec("870318", [], P, "accepted; trip is only planned; the quoted request (ЛМ>) lists positions but the new text names none"))

add(d(6, 15, 20), finish(alt(
    "Марина, добрый день.\n\nПо 870318 поз. 2 вопрос: каб. 204 в корпусе Б будет открыт в понедельник с утра? "
    "Нужно снять две плиты потолка Армстронг под кабель. И кто со стороны поликлиники подпишет акт?\n\n" + SIG_DK,
    outlook_html("Марина, добрый день.\n\nПо 870318 поз. 2 вопрос: каб. 204 в корпусе Б будет открыт в понедельник с утра? "
                 "Нужно снять две плиты потолка Армстронг под кабель. И кто со стороны поликлиники подпишет акт?\n\n" + SIG_DK),
    "koi8-r", "quoted-printable"), DK, "870318 поз. 2 - доступ в каб. 204", d(6, 15, 20), "outlook", charset="koi8-r"),
    rev("question only, no status"))

add(d(6, 17, 40), finish(leaf(
    "Здравствуйте, Марина.\n\nВы писали 6 ноября 2026 г., 16:55:\n\n"
    "ЛМ> Пропуск на бригаду ТехноОхраны на 09.11 заказан, машина А 512 ОР 154,\n"
    "ЛМ> въезд с ул. Ильича через КПП-2. Каб. 204 откроет завхоз.\n\n"
    "Спасибо, принято. Передала бригаде.\n\n" + SIG_OS, charset="windows-1251", cte="8bit"),
    OS, "Re: 870318 пропуск на 09.11", d(6, 17, 40), "bat", charset="windows-1251"),
    rev("acknowledges the dispatcher's message about the pass ('принято' = noted), reports no status"))

add(d(9, 8, 22), robot(d(9, 8, 21), "870318", 15262, "Детская городская поликлиника, ул. Ильича", "все",
                       "Принята в работу", "Выезд инженера", "Широков А. С."),
    dec("870318", [], V, "robot: Выезд инженера, all positions"))

add(d(9, 9, 31), finish(leaf(
    "[09.11.2026, 09:14] Алексей Широков: Мы на Ильича, корпус А\n"
    "[09.11.2026, 09:15] Алексей Широков: <Без медиафайлов>\n"
    "[09.11.2026, 09:15] Алексей Широков: П1 начинаем, вход корпуса А, камера без питания\n",
    charset="utf-8", cte="base64"), AS, "870318", d(9, 9, 31), "gmail"),
    dec("870318", ["1"], M, "WhatsApp copy: 'мы на Ильича' + 'П1 начинаем' = on site at position 1"))

add(d(9, 13, 10), finish(leaf(
    "Серверная: коммутатор Hikvision DS-3E0318P-E заменён (старый отдаём на гарантию), все 17 камер в сети, "
    "регистратор их видит.\nС серверной ушли в 13:00.\n\n" + SIG_DK, charset="koi8-r", cte="quoted-printable"),
    DK, "870318 (3)", d(9, 13, 10), "outlook", charset="koi8-r"),
    dec("870318", ["3"], U, "position in brackets; switch model DS-3E0318P-E contains '0318' but is a part number"))

add(d(9, 17, 40), finish(alt(
    "Поз 1 сделали, уехали в 17:20. По 4-й (периметр) Руслан ещё на месте, ждёт вышку.\n",
    "<div dir=\"ltr\">Поз 1 сделали, уехали в 17:20. По 4-й (периметр) Руслан ещё на месте, ждёт вышку.</div>\n",
    "utf-8", "base64"), AS, "870318 итог дня", d(9, 17, 40), "gmail"),
    rev("different statuses: position 1 left, position 4 still on site"))

add(d(10, 11, 15), finish(leaf(
    "Назаров Руслан, [10.11.2026 11:05]\nПериметр, камеры 14-17 — всё, кабель перетянули, картинка есть\n\n"
    "Назаров Руслан, [10.11.2026 11:06]\nУбыл с объекта\n\n--\nОтправлено из мобильной Почты Mail.ru",
    charset="utf-8", cte="base64"), RN, "Fwd: 870318 поз4", d(10, 11, 15), "mailru"),
    dec("870318", ["4"], U, "'поз4' in subject; 'убыл с объекта'; camera numbers 14-17 are not positions"))

add(d(10, 14, 30), finish(leaf(
    "Коллеги, добрый день.\n\nПо 870318 п.2 (корпус Б, каб. 204): завхоз поликлиники Ирина Викторовна "
    "(+7 923 150-44-12) сообщила, что в кабинете начали ремонт, потолок демонтирован. Крепить камеру некуда, "
    "монтаж сейчас невозможен.\nПросим согласовать новую дату после окончания ремонта.\n\n" + SIG_DK,
    charset="koi8-r", cte="quoted-printable"), DK, "870318 п.2 - объект не готов", d(10, 14, 30), "outlook",
    charset="koi8-r"),
    rev("complaint / site not ready, asks for a new date; no status"))

add(d(24, 16, 20), finish(alt(
    "Добрый день.\n\n870318, п.2, каб. 204: камеру смонтировали, подключили к регистратору, картинку "
    "показали заведующей. Убыли в 16:05.\n\n" + SIG_DK,
    outlook_html("Добрый день.\n\n870318, п.2, каб. 204: камеру смонтировали, подключили к регистратору, картинку "
                 "показали заведующей. Убыли в 16:05.\n\n" + SIG_DK), "koi8-r", "quoted-printable"),
    DK, "870318 п.2 каб. 204", d(24, 16, 20), "outlook", charset="koi8-r"),
    dec("870318", ["2"], U, "'убыли в 16:05'; каб. 204 is a room, not a number of interest"))

# ---------------------------------------------------------------- 870342
add(d(9, 9, 41), robot(d(9, 9, 40), "870342", 15266, "МБОУ СОШ № 54", "все",
                       "Новая", "Принята в работу", "Ковалёв Д. А."),
    dec("870342", [], P, "robot: accepted"))

add(d(10, 7, 58), finish(leaf(
    "[10.11.26, 07:55] Евгений Губин: Выезжаю на 54ю, на Димитровском пробка, буду к 9\n\nОтправлено с iPhone",
    charset="utf-8", cte="quoted-printable"), EG, "870342", d(10, 7, 58), "iphone"),
    dec("870342", [], V, "'выезжаю на 54ю ... буду к 9' = on the way; 54 is the school number"))

add(d(10, 9, 7), finish(leaf("\n\nОтправлено с iPhone", charset="utf-8", cte="quoted-printable"),
                        EG, "870342 п1 нa мecтe", d(10, 9, 7), "iphone"),
    dec("870342", ["1"], M, "subject only; 'нa мecтe' contains Latin a/c/e look-alikes"))

_t = ("Добрый день!\n\nПо заявке 870342: турникеты Sigur (поз. 1) перенастроены, второй турникет больше не "
      "блокируется; на калитке (поз. 2) заменена вызывная панель видеодомофона. Всё сделано, бригада "
      "освободилась в 12:10.\n\n" + SIG_DK)
add(d(10, 12, 30), finish(alt(_t, outlook_html(_t), "koi8-r", "quoted-printable"), DK,
                          "По заявке 870342", d(10, 12, 30), "outlook", charset="koi8-r"),
    dec("870342", ["1", "2"], U, "both positions done, 'бригада освободилась'"))

# ---------------------------------------------------------------- 870407
add(d(10, 14, 2), finish(leaf("Добрый день.\n\nПринято, берём. Ковалёв будет у вас завтра с утра.\n\n" + SIG_OS,
                              charset="windows-1251", cte="8bit"), OS, "870407", d(10, 14, 2), "bat",
                         charset="windows-1251"),
    dec("870407", [], P, "'принято, берём' = accepted; visit only planned"))

add(d(11, 9, 3), robot(d(11, 9, 2), "870407", 15281, "Клиника «Медсфера», Красный проспект, 200", "1",
                       "Принята в работу", "Выезд инженера", "Ковалёв Д. А."),
    dec("870407", ["1"], V, "robot: Выезд инженера, позиции: 1"))

add(d(11, 10, 20), finish(leaf(
    "Добрый день.\n\nНа месте. Регистратор DS-7616NI-K2 (S/N FD4471236) не пишет архив - HDD WD Purple 4 ТБ "
    "в статусе «Ошибка». Диск меняем, регистратор снимаем на диагностику до завтра, на время ставим подменный.\n\n"
    + SIG_DK, charset="windows-1251", cte="quoted-printable"),
    DK, "Медсфера, Красный проспект 200 (870407)", d(11, 10, 20), "outlook", charset="windows-1251"),
    dec("870407", [], M, "number in brackets after the address; 'на месте'; S/N and model are not request numbers"))

_mdn_orig = mid("dispatch870407", "x")
_b = "----=_NextPart_mdn_0041_01DB3A1F"
_mdn = (
    f"From: {addr(DK, 'koi8-r')}\n"
    f"To: {addr(TO, 'koi8-r')}\n"
    f"Subject: {hdr('Прочитано: Заявка 870407 - просьба сообщить сроки', 'koi8-r')}\n"
    f"Date: {format_datetime(d(11, 10, 44))}\n"
    f"Message-ID: {mid('mdn870407', 'outlook')}\n"
    "X-Mailer: Microsoft Outlook 16.0\n"
    "MIME-Version: 1.0\n"
    f"Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"{_b}\"\n\n"
    f"--{_b}\n"
    "Content-Type: text/plain; charset=\"koi8-r\"\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(fix_for("koi8-r",
        "Ваше сообщение\n\n  Кому: Ковалёв Дмитрий\n  Тема: Заявка 870407 - просьба сообщить сроки\n"
        "  Отправлено: 11.11.2026 10:30\n\nбыло прочитано 11.11.2026 10:44.\n").encode("koi8-r")).decode("ascii")
    + f"\n--{_b}\n"
    "Content-Type: message/disposition-notification\n\n"
    "Reporting-UA: technoohrana-nsk.ru; Microsoft Outlook 16.0\n"
    "Final-Recipient: rfc822;d.kovalev@technoohrana-nsk.ru\n"
    f"Original-Message-ID: {_mdn_orig}\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
    f"--{_b}--\n")
add(d(11, 10, 44), _mdn.encode("ascii"), ign("read receipt (MDN) from Outlook"))

add(d(12, 15, 10), finish(leaf(
    "Регистратор поставили обратно, диск новый (WD42PURZ), архив пишется, проверили вместе с администратором "
    "клиники. Подменный забрали. Работы закончены, уехали.\n\nД.К.\n\n"
    "> Дмитрий, когда будет результат диагностики? Клиника без архива вторые сутки.\n"
    "> Лебедева М.\n", charset="windows-1251", cte="quoted-printable"),
    DK, "Re: 870407", d(12, 15, 10), "outlook", charset="windows-1251"),
    dec("870407", [], U, "bare number in 'Re:' subject; 'работы закончены, уехали'"))

_m = MIMEMultipart("mixed")
_m.attach(leaf(
    "Добрый день!\n\nНаправляем счёт № 1147 от 12.11.2026 и акт выполненных работ № 988 по заявке 870407 "
    "(замена HDD в видеорегистраторе, клиника «Медсфера»). Сумма 14 600,00 руб., НДС не облагается.\n"
    "Просим подписать акт и вернуть скан на этот адрес.\n\n"
    "Реквизиты: ООО «ТехноОхрана», ИНН 5406123456, КПП 540601001, р/с 40702810944050012345 "
    "в Сибирском банке ПАО Сбербанк, БИК 045004641.\n\n" + SIG_OS, charset="windows-1251", cte="8bit"))
_pdf = MIMEBase("application", "pdf", name="Schet_1147_870407.pdf")
_pdf.set_payload(base64.encodebytes(b"%PDF-1.4\n% fake test attachment\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").decode())
_pdf["Content-Transfer-Encoding"] = "base64"
_pdf["Content-Disposition"] = 'attachment; filename="Schet_1147_870407.pdf"'
_m.attach(_pdf)
add(d(13, 10, 0), finish(_m, OS, "Счёт и акт по заявке 870407", d(13, 10, 0), "bat", charset="windows-1251"),
    rev("invoice/act, contract talk; reports no status"))

# ---------------------------------------------------------------- 870455
_orig = MIMEMultipart("alternative")
_orig.attach(leaf("Добрый день! Направляем заявку 870455, Лицей № 22.\n1 - спортзал, камеры\n2 - столовая, камеры\n"
                  "3 - пост охраны, не работает монитор\nПросьба подтвердить принятие.\n\nЛебедева Марина, диспетчер ОМИС",
                  charset="utf-8", cte="base64"))
_orig.attach(leaf("<p>Добрый день! Направляем заявку 870455, Лицей № 22.</p>", "html", "utf-8", "base64"))
_orig = finish(_orig, TO, "Заявка 870455 — Лицей № 22, просим принять", d(11, 8, 58), "x",
               to=("Логинов Игорь", "i.loginov@technoohrana-nsk.ru"))
_ob = to_bytes(_orig).decode("ascii")
_b = "7C1A23F0A2.1762828683/mx.technoohrana-nsk.ru"
_bounce = (
    f"From: {addr(MD, 'utf-8')}\n"
    f"To: {addr(TO, 'utf-8')}\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    f"Date: {format_datetime(d(11, 8, 58, 41))}\n"
    f"Message-ID: <20261111015841.7C1A23F0A2@mx.technoohrana-nsk.ru>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{_b}\"\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    "This is a MIME-encapsulated message.\n\n"
    f"--{_b}\n"
    "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host mx.technoohrana-nsk.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    "For further assistance, please send mail to postmaster.\n\n"
    "                   The mail system\n\n"
    "<i.loginov@technoohrana-nsk.ru>: user unknown: 550 5.1.1 <i.loginov@technoohrana-nsk.ru>:\n"
    "    Recipient address rejected: User unknown in virtual mailbox table\n\n"
    f"--{_b}\n"
    "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx.technoohrana-nsk.ru\n"
    "X-Postfix-Queue-ID: 7C1A23F0A2\n"
    "Arrival-Date: Wed, 11 Nov 2026 08:58:40 +0700 (+07)\n\n"
    "Final-Recipient: rfc822; i.loginov@technoohrana-nsk.ru\n"
    "Original-Recipient: rfc822;i.loginov@technoohrana-nsk.ru\n"
    "Action: failed\nStatus: 5.1.1\n"
    "Diagnostic-Code: X-Postfix; user unknown\n\n"
    f"--{_b}\n"
    "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
    + _ob + f"\n--{_b}--\n")
add(d(11, 8, 58, 41), _bounce.encode("ascii"),
    ign("bounce (Postfix DSN) of the dispatcher's own letter about 870455"))

add(d(11, 10, 15), robot(d(11, 10, 14), "870455", 15284, "Лицей № 22", "все",
                         "Новая", "Принята в работу", "Сафонова О. В."),
    dec("870455", [], P, "robot: accepted"))

add(d(12, 8, 40), finish(leaf(
    "Доброе утро. По 870455 пока не выехали — машина на шиномонтаже, как заберу, напишу. "
    "Ориентировочно к 11.\n\n--\nОтправлено из мобильной Почты Mail.ru", charset="utf-8", cte="base64"),
    RN, "870455", d(12, 8, 40), "mailru"),
    rev("negation 'пока не выехали' + plan; no status happened"))

_fw = ("Пересылаю сообщение бригады по заявке 870455.\n\n" + SIG_OS + "\n\n"
       "Это пересланное сообщение\n"
       "От: Руслан Назаров <nazarov.ruslan88@mail.ru>\n"
       "Кому: office@technoohrana-nsk.ru\n"
       "Дата: Четверг, 12 ноября 2026, 10:51:07\n"
       "Тема: лицей\n\n"
       "===8<==============Исходный текст сообщения===============\n"
       "Забрал машину, едем в лицей 22, будем в 11:30\n\n"
       "--\nОтправлено из мобильной Почты Mail.ru\n"
       "===8<===========Конец исходного текста сообщения===========\n")
add(d(12, 10, 58), finish(leaf(_fw, charset="windows-1251", cte="8bit"), OS, "Fwd: лицей 22 (870455)",
                          d(12, 10, 58), "bat", charset="windows-1251"),
    dec("870455", [], V, "The Bat! forward of the crew's message: 'едем в лицей, будем в 11:30' = on the way"))

add(d(12, 11, 47), robot(d(12, 11, 46), "870455", 15284, "Лицей № 22", "1, 2",
                         "Выезд инженера", "Инженер на объекте", "Назаров Р. И."),
    dec("870455", ["1", "2"], M, "robot: Инженер на объекте, позиции 1, 2"))

_rows = [("1", "Спортзал", "Камеры 1–4 заменены на антивандальные DS-2CD2143G2-I, углы выставлены"),
         ("2", "Столовая", "Камера 5 перенесена на кронштейн, кабель в гофре"),
         ("3", "Пост охраны", "Монитор 24\" переподключен по HDMI, шкаф опломбирован, пломба № 3317045")]
_plain = ("Добрый день.\n\nЗаявка №870455, Лицей № 22:\n\n" +
          "\n".join(f"{p}. {o} — {w} — выполнено" for p, o, w in _rows) +
          "\n\nБригада убыла в 15:45.\n\n" + SIG_DK)
_html = ('<html><body lang=RU><div class=WordSection1><p class=MsoNormal>Добрый день.</p>'
         '<p class=MsoNormal>Заявка №870455, Лицей № 22:</p>'
         '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">'
         '<tr><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Что сделано</b></td><td><b>Статус</b></td></tr>'
         + "".join(f"<tr><td>{p}</td><td>{o}</td><td>{esc(w)}</td><td>выполнено</td></tr>" for p, o, w in _rows)
         + '</table><p class=MsoNormal>Бригада убыла в 15:45.</p>'
         '<p class=MsoNormal>--<br>С уважением,<br>Дмитрий Ковалёв<br>инженер ООО «ТехноОхрана»</p>'
         '</div></body></html>')
add(d(12, 16, 5), finish(alt(_plain, _html, "windows-1251", "quoted-printable"), DK, "Заявка №870455 — итог",
                         d(12, 16, 5), "outlook", charset="windows-1251"),
    dec("870455", ["1", "2", "3"], U, "HTML table, a row per position, all done; 'бригада убыла в 15:45'; seal number is not a request"))

# ---------------------------------------------------------------- 870511
_t = ("Марина, добрый день.\n\nЗаявку 870511 получили, принимаем. Исполнитель — Губин Евгений, "
      "тел. +7 913 456-78-90. Выезд завтра к 9:00.\n\n" + SIG_DK)
add(d(12, 16, 30), finish(alt(_t, outlook_html(_t), "koi8-r", "quoted-printable"), DK, "870511",
                          d(12, 16, 30), "outlook", charset="koi8-r"),
    dec("870511", [], P, "'получили, принимаем' = accepted; phone number is not a request"))

add(d(13, 9, 30), finish(leaf(
    "[13.11.2026, 09:22] Евгений Губин: На месте, стоматология, каб 12. Дверь не открывается по карте, "
    "контроллер мигает красным\n\nОтправлено с iPhone", charset="utf-8", cte="quoted-printable"),
    EG, "Fwd: 870511-1", d(13, 9, 30), "iphone"),
    dec("870511", ["1"], M, "'870511-1' = request-position; 'на месте'; каб 12 is a room"))

add(d(13, 14, 2), robot(d(13, 14, 1), "870511", 15297, "Стоматологическая поликлиника № 3", "1, 2",
                        "Инженер на объекте", "Работы выполнены", "Губин Е. В.",
                        comment="Заменён контроллер двери каб. 12, камеры в холле почищены и перенастроены. "
                                "Инженер уехал с объекта в 13:55."),
    dec("870511", ["1", "2"], U, "robot: Работы выполнены, engineer left, positions 1, 2"))

add(d(13, 15, 0), finish(leaf(
    "По 870511 и 870203 всё закрыто, замечаний нет. Акты подпишем в понедельник.\n\nОтправлено с iPhone",
    charset="utf-8", cte="quoted-printable"), EG, "Закрытие", d(13, 15, 0), "iphone"),
    rev("two different requests in one letter"))

_ooo = leaf("Здравствуйте!\n\nЯ в командировке до 16.11 включительно, почту читаю с задержкой.\n"
            "По срочным вопросам: диспетчер ООО «ТехноОхрана», тел. +7 (383) 291-45-60, office@technoohrana-nsk.ru.\n\n"
            "Дмитрий Ковалёв", charset="koi8-r", cte="quoted-printable")
add(d(14, 10, 5), finish(_ooo, DK, "Автоматический ответ: Заявка 870511 - акт на подпись", d(14, 10, 5), "outlook",
                         charset="koi8-r", extra={"Auto-Submitted": "auto-replied",
                                                  "X-Auto-Response-Suppress": "All",
                                                  "X-MS-Exchange-Inbox-Rules-Loop": "d.kovalev@technoohrana-nsk.ru"}),
    ign("out-of-office auto-reply"))

# ---------------------------------------------------------------- 870560
add(d(16, 8, 2), finish(leaf(
    "Здравствуйте!\n\nВаше обращение зарегистрировано в Service Desk ООО «ТехноОхрана» под номером 15872.\n"
    "Тема: Заявка 870560 — Школа № 186, периметр\n\nСпециалист свяжется с вами в рабочее время (пн–пт 8:00–18:00).\n\n"
    "--\nЭто автоматическое сообщение, отвечать на него не нужно.", charset="utf-8", cte="quoted-printable"),
    SD, "[SD #15872] Обращение зарегистрировано: Заявка 870560 — Школа № 186, периметр", d(16, 8, 2), "glpi",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "OOF, DR, RN, NRN, AutoReply"}),
    ign("help-desk auto-acknowledgement of the dispatcher's own letter"))

add(d(16, 15, 40), finish(leaf(
    "Сегодня не успеваем, выедем завтра с утра, к 9 будем на месте.\n\n"
    "Понедельник, 16 ноября 2026, 14:12 +07:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n"
    "> Руслан, добрый день. Когда будете на 186-й? Школа спрашивает.\n"
    "\n--\nОтправлено из мобильной Почты Mail.ru", charset="utf-8", cte="base64"),
    RN, "Re: Заявка 870560", d(16, 15, 40), "mailru"),
    rev("plan only: 'выедем завтра'; 'будем на месте' is future"))

add(d(17, 8, 25), finish(leaf(
    "Руслан Назаров, [17.11.2026 8:19]\nЕду на 186ю, минут 25\n\n--\nОтправлено из мобильной Почты Mail.ru",
    charset="utf-8", cte="base64"), RN, "870560 едем", d(17, 8, 25), "mailru"),
    dec("870560", [], V, "'еду на 186ю, минут 25' = on the way"))

add(d(17, 12, 5), finish(leaf(
    "Добрый день.\n\nЗаявка 870560 п.1 (периметр): 6 уличных камер заменены на DS-2CD2143G2-I, заведены на "
    "регистратор, углы обзора согласованы с завхозом. Монтажники выехали с объекта в 11:40.\n\n" + SIG_DK,
    charset="koi8-r", cte="quoted-printable"), DK, "870560 п.1", d(17, 12, 5), "outlook", charset="koi8-r"),
    dec("870560", ["1"], U, "'выехали С объекта' = left the site (not 'выехали на объект')"))

# ---------------------------------------------------------------- 870618
add(d(17, 11, 2), robot(d(17, 11, 1), "870618", 15903, "ГКБ № 2, приёмное отделение", "все",
                        "Новая", "Принята в работу", "Ковалёв Д. А."),
    dec("870618", [], P, "robot: accepted"))

add(d(18, 9, 10), robot(d(18, 9, 9), "870618", 15903, "ГКБ № 2, приёмное отделение", "1",
                        "Принята в работу", "Ожидание запчастей", "Ковалёв Д. А.",
                        comment="Контроллер Sigur E500 под заказ, поставка ожидается 19.11."),
    rev("robot status 'Ожидание запчастей' is none of the four statuses; nothing to record"))

add(d(19, 9, 5), finish(leaf("Будем около 10.\n\nОтправлено с iPhone", charset="utf-8", cte="quoted-printable"),
                        EG, "Выехали на ГКБ 2 (870618), везём контроллер", d(19, 9, 5), "iphone"),
    dec("870618", [], V, "'выехали НА ГКБ' = on the way; 'будем около 10'"))

add(d(19, 10, 12), finish(leaf(
    "На месте, работаем.\n\nОтправлено с iPhone\n\n"
    "> 19 нояб. 2026 г., в 9:20, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n>\n"
    "> Принято, охрану приёмного предупредили.\n>\n"
    ">> 19 нояб. 2026 г., в 9:05, Евгений Губин <e.gubin@technoohrana-nsk.ru> написал(а):\n>>\n"
    ">> Будем около 10.\n>>\n>> Отправлено с iPhone\n", charset="utf-8", cte="quoted-printable"),
    EG, "Re: Выехали на ГКБ 2 (870618), везём контроллер", d(19, 10, 12), "iphone"),
    dec("870618", [], M, "number only in the old Re: subject, which still says 'выехали'; new body says 'на месте'"))

_t = ("Добрый день.\n\n870618, позиция 1 — турникет: контроллер Sigur E500 установлен, прописан на сервере Sigur, "
      "проход по картам есть.\nПозиция 2 — камеры приёмного покоя: проверены, у камеры 3 подправили угол.\n"
      "Работы завершены, уехали в 14:20.\n\n" + SIG_DK)
add(d(19, 14, 35), finish(alt(_t, outlook_html(_t), "windows-1251", "quoted-printable"), DK,
                          "870618 - завершение работ", d(19, 14, 35), "outlook", charset="windows-1251"),
    dec("870618", ["1", "2"], U, "both positions, 'работы завершены, уехали'"))

# ---------------------------------------------------------------- 870702
add(d(19, 9, 32), finish(leaf(
    "Здравствуйте, Марина.\n\nПринимаем, наряд 870702 выписан на Широкова А. Дату выезда согласуем со школой.\n\n"
    + SIG_OS + "\n\nВы писали 19 ноября 2026 г., 9:04:\n\n"
    "ЛМ> Новая заявка 870702, МБОУ СОШ № 97.\n"
    "ЛМ> 1 - корпус 1, 2 - корпус 2, 3 - серверная.\n", charset="windows-1251", cte="quoted-printable"),
    OS, "Re: Новая заявка 870702 - Школа 97", d(19, 9, 32), "bat", charset="windows-1251"),
    dec("870702", [], P, "'принимаем, наряд 870702'; positions only in the quote"))

_cal = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Дмитрий Ковалёв:mailto:d.kovalev@technoohrana-nsk.ru\r\n"
        "SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка работ — Школа № 97 (870702)\r\n"
        "DTSTART;TZID=N. Central Asia Standard Time:20261126T100000\r\n"
        "DTEND;TZID=N. Central Asia Standard Time:20261126T110000\r\n"
        "UID:040000008200E00074C5B7101A82E00800000000A0F1C2D3E4B5DB01000000000000000010000000\r\n"
        "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
        "LOCATION;LANGUAGE=ru-RU:МБОУ СОШ № 97\r\nDTSTAMP:20261120T031500Z\r\nSEQUENCE:0\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
_m = MIMEMultipart("alternative")
_m.attach(leaf("\n", charset="utf-8", cte="quoted-printable"))
_m.attach(leaf(_cal, "calendar", "utf-8", "base64", extra_ct="method=REPLY"))
add(d(20, 10, 15), finish(_m, DK, "Принято: Приёмка работ — Школа № 97 (870702)", d(20, 10, 15), "outlook",
                          extra={"Content-Class": "urn:content-classes:calendarmessage"}),
    ign("Outlook meeting response (accepted invitation); 'Принято' is about the meeting"))

add(d(20, 11, 52), finish(alt(
    "[20.11.2026, 08:30] Алексей Широков: В пути на 97ю\n"
    "[20.11.2026, 09:05] Алексей Широков: На месте, корпус 1\n"
    "[20.11.2026, 09:06] Алексей Широков: <Без медиафайлов>\n"
    "[20.11.2026, 11:48] Алексей Широков: Корпус 1 закончили, все 12 камер пишут. Обед\n",
    "<div dir=\"ltr\">[20.11.2026, 08:30] Алексей Широков: В пути на 97ю<br>"
    "[20.11.2026, 09:05] Алексей Широков: На месте, корпус 1<br>"
    "[20.11.2026, 09:06] Алексей Широков: &lt;Без медиафайлов&gt;<br>"
    "[20.11.2026, 11:48] Алексей Широков: Корпус 1 закончили, все 12 камер пишут. Обед<br></div>",
    "utf-8", "base64"), AS, "870702 поз1", d(20, 11, 52), "gmail"),
    dec("870702", ["1"], U, "several events in one letter; latest done = 'корпус 1 закончили' (finished)"))

_t = "По второй позиции (корпус 2) — прибытие бригады 12:15.\n\nД. Ковалёв"
add(d(20, 12, 20), finish(alt(_t, outlook_html(_t), "koi8-r", "quoted-printable"), DK, "870702 — корпус 2",
                          d(20, 12, 20), "outlook", charset="koi8-r"),
    dec("870702", ["2"], M, "noun 'прибытие ... 12:15' = on site, position 2"))

_t = ("Добрый вечер.\n\n870702: по 2-й закончили в 16:30 (камеры на 3 этаже, 8 шт., все в сети).\n"
      "По 3-й (серверная) — завтра, в субботу, завхоз будет с 9:00.\n\n" + SIG_DK)
add(d(20, 16, 40), finish(alt(_t, outlook_html(_t), "koi8-r", "quoted-printable"), DK, "870702 по позициям",
                          d(20, 16, 40), "outlook", charset="koi8-r"),
    dec("870702", ["2"], U, "2nd finished; 3rd only planned for tomorrow"))

add(d(21, 11, 10), finish(alt(
    "Серверная готово. Регистратор на месте в стойке, ИБП подключили, ключ вернули завхозу. Ушли.\n",
    "<div dir=\"ltr\">Серверная готово. Регистратор на месте в стойке, ИБП подключили, ключ вернули завхозу. Ушли.</div>\n",
    "utf-8", "base64"), AS, "870702 п.3 серверная", d(21, 11, 10), "gmail"),
    dec("870702", ["3"], U, "'готово ... ушли'; 'регистратор на месте' is about equipment, not the crew"))

# ---------------------------------------------------------------- 870777
add(d(20, 14, 32), robot(d(20, 14, 31), "870777", 15931, "Перинатальный центр", "все",
                         "Новая", "Принята в работу", "Сафонова О. В."),
    dec("870777", [], P, "robot: accepted"))

add(d(21, 10, 0), robot(d(21, 9, 59), "870777", 15931, "Перинатальный центр", "1",
                        "Принята в работу", "Ожидание ответа заказчика", "Ковалёв Д. А.",
                        comment="Требуется согласование доступа в родильный зал (поз. 1). Просим сообщить контактное лицо."),
    rev("robot status 'Ожидание ответа заказчика' is none of the four; it is a request to the customer"))

add(d(23, 9, 55), finish(alt(
    "Перинатальный центр (870777) — пересылаю от Руслана.\n\n"
    "---------- Forwarded message ---------\n"
    "От: Руслан Назаров <nazarov.ruslan88@mail.ru>\n"
    "Date: пн, 23 нояб. 2026 г. в 09:50\n"
    "Subject: перинатальный\n"
    "To: Алексей Широков <a.shirokov@technoohrana-nsk.ru>\n\n"
    "Едем на перинатальный, будем через 20 минут\n\n--\nОтправлено из мобильной Почты Mail.ru\n",
    "<div dir=\"ltr\">Перинатальный центр (870777) — пересылаю от Руслана.<br><br>"
    "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>"
    "От: <strong class=\"gmail_sendername\">Руслан Назаров</strong> &lt;nazarov.ruslan88@mail.ru&gt;<br>"
    "Date: пн, 23 нояб. 2026 г. в 09:50<br>Subject: перинатальный<br>"
    "To: Алексей Широков &lt;a.shirokov@technoohrana-nsk.ru&gt;<br></div><br>"
    "Едем на перинатальный, будем через 20 минут<br><br>--<br>Отправлено из мобильной Почты Mail.ru</div></div>\n",
    "utf-8", "base64"), AS, "Fwd: перинатальный", d(23, 9, 55), "gmail"),
    dec("870777", [], V, "Gmail forward of the crew's message: 'едем ... будем через 20 минут' = on the way"))

add(d(23, 10, 40), finish(leaf(
    "-----Original Message-----\n"
    "From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru] \n"
    "Sent: Monday, November 23, 2026 10:25 AM\n"
    "To: Ковалёв Дмитрий <d.kovalev@technoohrana-nsk.ru>\n"
    "Subject: 870777 - бригада на месте?\n\n"
    "Дмитрий, бригада уже на месте? Центр спрашивает по парковке.\n\n"
    "Да, с 10:20 на парковке, работаем по поз. 2. Родзал (поз. 1) после обеда, когда отпустят.\n\nД. Ковалёв\n",
    charset="windows-1251", cte="quoted-printable"), DK, "RE: 870777 - бригада на месте?", d(23, 10, 40),
    "outlook", charset="windows-1251"),
    dec("870777", ["2"], M, "reply written UNDER the quote; on site at поз. 2 since 10:20; поз. 1 only planned"))

add(d(23, 15, 5), robot(d(23, 15, 4), "870777", 15931, "Перинатальный центр", "2",
                        "Инженер на объекте", "Работы выполнены", "Назаров Р. И.",
                        comment="Камеры парковки 1-6: заменены 2 блока питания, почищены кожухи. Бригада убыла."),
    dec("870777", ["2"], U, "robot: Работы выполнены, позиции: 2"))

add(d(24, 12, 40), finish(leaf(
    "870777 (1) - СКУД родзала: считыватель заменён, карты персонала проверили со старшей акушеркой. "
    "Убыли 12:30.\n\n" + SIG_DK, charset="koi8-r", cte="quoted-printable"),
    DK, "870777 (1)", d(24, 12, 40), "outlook", charset="koi8-r"),
    dec("870777", ["1"], U, "'убыли 12:30', position in brackets"))

# ---------------------------------------------------------------- 870839
add(d(23, 9, 5), finish(leaf(
    "Добрый день.\n\nВ работу взяли обращение 870839 (школа-интернат № 37). Выезд - завтра с утра, "
    "бригада Губина.\n\n" + SIG_OS, charset="windows-1251", cte="8bit"), OS, "обращение 870839",
    d(23, 9, 5), "bat", charset="windows-1251"),
    dec("870839", [], P, "'в работу взяли обращение' = accepted; trip only planned"))

add(d(24, 8, 35), finish(leaf("ВЫЕХАЛ НА ИНТЕРНАТ 37 ПО 870839, БУДУ К 9:15\n\nОтправлено с iPhone",
                              charset="utf-8", cte="quoted-printable"), EG, "870839", d(24, 8, 35), "iphone"),
    dec("870839", [], V, "caps; 'выехал на интернат' = on the way"))

_inner = finish(leaf("на месте, калитка. замок заклинило\n\nОтправлено с iPhone", charset="utf-8",
                     cte="quoted-printable"), EG, "870839 поз 1", d(24, 9, 18), "iphone",
                to=("Офис ТехноОхрана", "office@technoohrana-nsk.ru"))
_m = MIMEMultipart("mixed")
_m.attach(leaf("Марина, пересылаю письмо Губина — у него с телефона на ваш адрес не уходит, разбираемся.\n\n"
               + SIG_OS, charset="windows-1251", cte="8bit"))
_m.attach(MIMEMessage(_inner))
add(d(24, 9, 25), finish(_m, OS, "Fwd: 870839 поз 1", d(24, 9, 25), "bat", charset="windows-1251"),
    dec("870839", ["1"], M, "forward as attachment (message/rfc822): the crew's message 'на месте, калитка'"))

_t = ("Добрый день.\n\n870839 поз. 1 (калитка): электромеханический замок и вызывная панель заменены, "
      "всё работает, ключи-таблетки прописаны заново.\n"
      "По поз. 2 (спальный корпус) приедем в пятницу, 27.11.\n\n" + SIG_DK)
add(d(24, 13, 0), finish(alt(_t, outlook_html(_t), "koi8-r", "quoted-printable"), DK, "870839 поз. 1",
                         d(24, 13, 0), "outlook", charset="koi8-r"),
    dec("870839", ["1"], U, "result 'заменены, всё работает' = finished on поз. 1; поз. 2 only planned"))

# ---------------------------------------------------------------- bulk
_news_html = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td>"
              "<h2 style=\"color:#c0392b\">ТехноОхрана: новинки ноября</h2>"
              "<p>Камеры Hikvision ColorVu — цветная картинка ночью без ИК-подсветки. "
              "Для школ и поликлиник — скидка 10% на годовое обслуживание до 30.11.2026.</p>"
              "<p>Вебинар «СКУД Sigur в образовательных учреждениях» — 26 ноября в 11:00 (НСК).</p>"
              "<p style=\"font-size:11px;color:#888\">Вы получили это письмо, так как являетесь клиентом ООО «ТехноОхрана». "
              "<a href=\"https://technoohrana-nsk.ru/unsubscribe?u=84a1\">Отписаться</a></p>"
              "</td></tr></table></body></html>")
_nt = ("ТехноОхрана: новинки ноября\n\nКамеры Hikvision ColorVu — цветная картинка ночью без ИК-подсветки.\n"
       "Для школ и поликлиник — скидка 10% на годовое обслуживание до 30.11.2026.\n\n"
       "Вебинар «СКУД Sigur в образовательных учреждениях» — 26 ноября в 11:00 (НСК).\n\n"
       "Отписаться: https://technoohrana-nsk.ru/unsubscribe?u=84a1\n")
add(d(18, 10, 0), finish(alt(_nt, _news_html, "utf-8", "base64"), NEWS,
                         "Новинки ноября: камеры ColorVu и скидка 10% на обслуживание", d(18, 10, 0), "x",
                         extra={"Precedence": "bulk", "List-Id": "<clients.technoohrana-nsk.ru>",
                                "List-Unsubscribe": "<https://technoohrana-nsk.ru/unsubscribe?u=84a1>",
                                "X-Mailer": "Unisender"}),
    ign("marketing newsletter (bulk)"))

_dg = ("Сводка по заявкам заказчика ОМИС на 25.11.2026 07:00 (НСК)\n\n"
       "#870318  Детская поликлиника, ул. Ильича     Работы выполнены\n"
       "#870777  Перинатальный центр                  Работы выполнены\n"
       "#870839  Школа-интернат № 37                  В работе (поз. 2 запланирована на 27.11)\n"
       "#870702  МБОУ СОШ № 97                        Работы выполнены\n\n"
       "Открытых заявок: 1. Просроченных: 0.\n\n--\nПисьмо сформировано автоматически, отвечать на него не нужно.")
add(d(25, 7, 0), finish(leaf(_dg, charset="utf-8", cte="quoted-printable"), SD,
                        "Сводка по заявкам на 25.11.2026", d(25, 7, 0), "glpi",
                        extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),
    ign("daily bulk digest of several requests from the help-desk, nothing new to record"))

# --------------------------------------------------------------------- write
if __name__ == "__main__":
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (_, data, lab) in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))
