#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona FE: ООО ЧОП «Бастион-Охрана»
(пультовая охрана, обслуживание ОПС, ГБР).  Writes letters/NNN.eml,
registry.json and labels.json next to this script."""

import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email import message_from_string
from email.header import Header
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

MSK = timezone(timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ---------------------------------------------------------------- senders
PCN = ("Дежурный ПЦН ЧОП Бастион", "pcn@bastion-ohrana.ru", "tb")
NIGHT = ("Сменный дежурный ПЦН", "dezhurny@bastion-ohrana.ru", "bat")
MONT = ("Монтажный участок", "montazh@bastion-ohrana.ru", "tb")
ZHUKOV = ("Жуков Сергей", "zhukov.ss@bastion-ohrana.ru", "tb")
TIM = ("Тимченко Артём", "timchenko.a@bastion-ohrana.ru", "tb")
SOROKIN = ("Сорокин А.В.", "sorokin.av@bastion-ohrana.ru", "outlook")
MONITOR = ("АРМ ПЦН Бастион", "monitoring@bastion-ohrana.ru", "machine")
NEWS = ("Бастион-Охрана", "news@bastion-ohrana.ru", "machine")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@bastion-ohrana.ru", "machine")

TB_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"
BAT_XM = "The Bat! (v4.0.24) Professional"
OUTLOOK_XM = "Microsoft Outlook 16.0"

LABELS = {}
MSGIDS = {}


def dt(day, h, m, s=None):
    if s is None:
        s = int(hashlib.md5(f"{day}{h}{m}".encode()).hexdigest(), 16) % 60
    return datetime(2026, 11, day, h, m, s, tzinfo=MSK)


def mkid(key, sender, when):
    hx = hashlib.sha1(f"FE-{key}-{when.isoformat()}".encode()).hexdigest()
    client = sender[2]
    dom = sender[1].split("@")[1]
    if client == "bat":
        return f"<{int(hx[:8], 16) % 900000000 + 100000000}.{when.strftime('%Y%m%d%H%M%S')}@{dom}>"
    if client == "outlook":
        return f"<00{hx[:2]}01d{hx[2:6]}${hx[6:14]}${hx[14:22]}@{dom}>".upper().replace("@" + dom.upper(), "@" + dom)
    if client == "tb":
        return f"<{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}@{dom}>"
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{hx[:10]}@{dom}>"


def textpart(text, subtype="plain", cs="utf-8", cte="8bit", flowed=False):
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", "UTF-8" if cs == "utf-8" else cs)
    if flowed and subtype == "plain":
        p.set_param("format", "flowed")
    raw = text.encode(cs)  # raises if the charset can't hold the text
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def addr(name, address, cs):
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=cs)


def subj(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


def headers(msg, key, sender, when, subject, cs, reply_to=None, extra=None, to=DISPATCH):
    msg["Message-ID"] = mkid(key, sender, when)
    MSGIDS[key] = msg["Message-ID"]
    msg["Date"] = format_datetime(when)
    msg["From"] = addr(sender[0], sender[1], cs)
    msg["To"] = addr(to[0], to[1], cs)
    msg["Subject"] = subj(subject, cs)
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    client = sender[2]
    if client == "tb":
        msg["User-Agent"] = TB_UA
        msg["Content-Language"] = "ru"
    elif client == "bat":
        msg["X-Mailer"] = BAT_XM
        msg["Organization"] = "OOO ChOP Bastion-Okhrana"
        msg["X-Priority"] = "3 (Normal)"
    elif client == "outlook":
        msg["X-Mailer"] = OUTLOOK_XM
        msg["Thread-Index"] = "AdlT" + hashlib.md5(key.encode()).hexdigest()[:20]
    for k, v in (extra or {}).items():
        msg[k] = v
    # MIME-Version must come first-ish; move it to the end is harmless
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def order(msg):
    """Put transport headers first (cosmetic)."""
    return msg


HORDER = ["Return-Path", "Message-ID", "Date", "From", "User-Agent", "X-Mailer", "Organization", "MIME-Version",
          "Content-Language", "To", "Cc", "Subject", "In-Reply-To", "References", "Thread-Index", "X-Priority"]


def _reorder(msg):
    def rank(kv):
        k = kv[0]
        return HORDER.index(k) if k in HORDER else len(HORDER)
    msg._headers.sort(key=rank)  # stable: Content-* keep their order at the end


def write(key, msg_or_bytes, label):
    if not isinstance(msg_or_bytes, bytes):
        if "MIME-Version" not in msg_or_bytes:
            msg_or_bytes["MIME-Version"] = "1.0"
        _reorder(msg_or_bytes)
    path = os.path.join(LET, f"{key}.eml")
    data = msg_or_bytes if isinstance(msg_or_bytes, bytes) else msg_or_bytes.as_bytes()
    with open(path, "wb") as f:
        f.write(data)
    LABELS[f"{key}.eml"] = label


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


def plain(key, sender, when, subject, body, label, cs=None, cte=None, reply_to=None, extra=None, to=DISPATCH):
    client = sender[2]
    if cs is None:
        cs = {"tb": "utf-8", "bat": "koi8-r", "outlook": "utf-8", "machine": "utf-8"}[client]
    if cte is None:
        cte = "8bit"
    p = textpart(body, "plain", cs, cte, flowed=(client == "tb"))
    headers(p, key, sender, when, subject, cs, reply_to, extra, to)
    write(key, p, label)


def alt(key, sender, when, subject, body, html, label, cs="utf-8", cte="quoted-printable", reply_to=None, extra=None):
    m = MIMEMultipart("alternative")
    m.attach(textpart(body, "plain", cs, cte, flowed=(sender[2] == "tb")))
    m.attach(textpart(html, "html", cs, cte))
    headers(m, key, sender, when, subject, cs, reply_to, extra)
    write(key, m, label)


def html_only(key, sender, when, subject, html, label, cs="utf-8", cte="8bit"):
    p = textpart(html, "html", cs, cte)
    headers(p, key, sender, when, subject, cs)
    write(key, p, label)


def html_doc(inner):
    return ("<!DOCTYPE html>\n<html>\n  <head>\n"
            "    <meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
            "  </head>\n  <body>\n" + inner + "\n  </body>\n</html>\n")


# Dispatcher's own message ids (for In-Reply-To)
def did(tag):
    return f"<{hashlib.md5(tag.encode()).hexdigest()[:16]}@zakazchik-omis.ru>"


SIG_RYAB = "-- \nДежурный ПЦН Рябинина О.В.\nООО ЧОП «Бастион-Охрана»\nтел. +7 (812) 407-33-19"
SIG_KOV = "-- \nДежурный ПЦН Ковалёв Д.\nООО ЧОП «Бастион-Охрана», ПЦН\n+7 (812) 407-33-19, доб. 2"
SIG_ZH = "-- \nС уважением,\nЖуков С.С., ст. монтажник ОПС\n+7 921 555-04-17"
SIG_MONT = "-- \nМонтажный участок ЧОП «Бастион-Охрана»\n+7 (812) 407-33-25"
SIG_BAT = ("-- \nС уважением,\n сменный дежурный ПЦН                 mailto:dezhurny@bastion-ohrana.ru")
SIG_SOR = ("С уважением,\nСорокин Алексей Викторович\nтехнический директор\nООО ЧОП «Бастион-Охрана»\n"
           "ИНН 7802614473 / КПП 780201001\n+7 (812) 407-33-10")

# ====================================================================
# R1 396114  ТЦ «Меридиан»
# ====================================================================
plain("001", PCN, dt(2, 9, 52), "Заявка №396114 принята",
      "Добрый день!\n\nЗаявка №396114 (ТЦ «Меридиан», ул. Ленина, 45) принята в работу, "
      "передана на монтажный участок.\nОтветственный – ст. монтажник Жуков С.С.\n\n" + SIG_RYAB + "\n",
      D("396114", [], "заявка принята", "accepted, no positions named -> whole request"),
      reply_to=did("396114"))

plain("002", ZHUKOV, dt(2, 13, 5), "Re: Заявка №396114 принята",
      "Выехали на Меридиан по поз. 1 и 3 (шлейф 3 на складе + Сигнал-20П).\n"
      "Будем минут через 40, с собой запасной модуль связи.\n\n"
      "02.11.2026 9:52, Дежурный ПЦН ЧОП Бастион пишет:\n"
      "> Добрый день!\n>\n> Заявка №396114 (ТЦ «Меридиан», ул. Ленина, 45) принята в работу, передана на монтажный участок.\n"
      "> Ответственный – ст. монтажник Жуков С.С.\n>\n> -- \n> Дежурный ПЦН Рябинина О.В.\n\n" + SIG_ZH + "\n",
      D("396114", ["1", "3"], "подрядчик в пути", "crew left for site, arrival in 40 min; quoted 'принята' is history"),
      cte="quoted-printable", reply_to=MSGIDS["001"])

plain("003", ZHUKOV, dt(2, 14, 10), "396114 п.1,3",
      "На объекте с 13:50.\nОбъект снят с охраны администратором ТЦ (Климова, пароль назвала верно), "
      "начали прозвонку шлейфа 3 на складе.\nЖуков\n",
      D("396114", ["1", "3"], "подрядчик на месте", "on site since 13:50; 'снят с охраны' is alarm-domain wording"))

plain("004", ZHUKOV, dt(2, 17, 40), "Re: 396114 п.1,3",
      "По шлейфу 3: окисление в распаечной коробке на складе, перепаяли, сопротивление шлейфа 4,7 кОм – норма.\n"
      "По прибору: Сигнал-20П, заменили модуль связи (s/n 20417731), тестовое событие на ПЦН прошло в 17:25.\n"
      "Объект поставлен на охрану в 17:32, ПЦН принял под охрану. Мы с объекта уехали.\n\n"
      "02.11.2026 14:10, Жуков Сергей пишет:\n> На объекте с 13:50.\n"
      "> Объект снят с охраны администратором ТЦ (Климова, пароль назвала верно), начали прозвонку шлейфа 3 на складе.\n"
      "> Жуков\n",
      D("396114", ["1", "3"], "подрядчик убыл", "both positions repaired, crew left; quoted arrival is history"),
      reply_to=MSGIDS["003"])

plain("005", NIGHT, dt(3, 8, 5), "396114 ПОЗ 2",
      "ЗАЯВКА 396114 ПОЗ.2 (ИПР У ВХОДА 2).\nТЕХНИК ТИМЧЕНКО ВЫЕХАЛ 07:55, ИПР-513-10 ВЕЗЕТ С СОБОЙ.\n"
      "ДО ОТКРЫТИЯ ТЦ ДОЛЖЕН УСПЕТЬ.\n\n" + SIG_BAT + "\n",
      D("396114", ["2"], "подрядчик в пути", "caps, KOI8-R The Bat!; technician left for the site"))

plain("006", TIM, dt(3, 9, 41), "Меридиан, ИПР вход 2 (396114)",
      "Ипр у второго входа заменил (ИПР-513-10 новый, пломба № 0048817), проверил на сработку с ПЦН, "
      "шлейф 1 восстановлен, охрана ТЦ в курсе.\nЗакончил в 9:30, поехал на базу.\nА. Тимченко\n",
      D("396114", ["2"], "подрядчик убыл",
        "position named by its item (ИПР у входа 2) per comment; 'шлейф 1' is the alarm loop, not position 1; seal no. is noise"),
      cte="quoted-printable")

# ====================================================================
# R2 396287  Офис Кирова 12
# ====================================================================
plain("007", PCN, dt(3, 11, 2), "Обращение 396287 – в работе",
      "Ваше обращение 396287 (Кирова, 12 – серверная и архив) принято.\n"
      "4-го выходной, монтажники будут 5 ноября с утра, ориентировочно к 9:00.\n"
      "Просьба обеспечить доступ в серверную.\n\n" + SIG_KOV + "\n",
      D("396287", [], "заявка принята", "accepted; visit date is a plan only"),
      cte="base64", reply_to=did("396287"))

plain("008", MONT, dt(5, 8, 30), "Кирова 12 (396287)",
      "Выдвигаемся на Кирова, к 9:00 будем.\nРаботы: серверная (ИП 212-141, 2 шт.) и архив (дверь).\n\n" + SIG_MONT + "\n",
      D("396287", ["1", "2"], "подрядчик в пути", "number in brackets after address; positions named by premises (серверная=1, архив=2)"))

plain("009", ZHUKOV, dt(5, 9, 12), "Re: Кирова 12 (396287)",
      "Прибыли 9:05, ждём представителя с ключами.\n\n"
      "05.11.2026 8:30, Монтажный участок пишет:\n> Выдвигаемся на Кирова, к 9:00 будем.\n"
      "> Работы: серверная (ИП 212-141, 2 шт.) и архив (дверь).\n",
      D("396287", [], "подрядчик на месте", "number only in the Re: subject; new text names no position"),
      reply_to=MSGIDS["008"])

alt("010", ZHUKOV, dt(5, 12, 47), "Заявка 396287 – отчёт",
    "Заявка 396287, Кирова 12.\n\n"
    "Поз. | Помещение | Что сделано | Итог\n"
    "1 | Серверная | заменены ИП 212-141 (2 шт.), проверены тестером | выполнено\n"
    "2 | Архив | ИО 102-20 на двери переустановлен, зазор 5 мм | выполнено\n\n"
    "Бригада с объекта убыла в 12:40, объект на охране.\n\n" + SIG_ZH + "\n",
    html_doc("    <p>Заявка 396287, Кирова 12.</p>\n"
             "    <table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
             "      <tr><th>Поз.</th><th>Помещение</th><th>Что сделано</th><th>Итог</th></tr>\n"
             "      <tr><td>1</td><td>Серверная</td><td>заменены ИП 212-141 (2 шт.), проверены тестером</td><td>выполнено</td></tr>\n"
             "      <tr><td>2</td><td>Архив</td><td>ИО 102-20 на двери переустановлен, зазор 5 мм</td><td>выполнено</td></tr>\n"
             "    </table>\n    <p>Бригада с объекта убыла в 12:40, объект на охране.</p>\n"
             "    <div class=\"moz-signature\">-- <br>С уважением,<br>Жуков С.С., ст. монтажник ОПС<br>+7 921 555-04-17</div>"),
    D("396287", ["1", "2"], "подрядчик убыл", "HTML table, a row per position, crew left 12:40"))

# ====================================================================
# R3 396530  Склад №4
# ====================================================================
plain("011", NIGHT, dt(5, 8, 41), "Re: Наряд 396530",
      "Здравствуйте, Диспетчерская.\n\n"
      "Наряд 396530 (склад N4, Заводской пр-д 6) принят. АКБ 12В 7Ач на складе есть, время выезда сообщим.\n\n"
      "Вы писали 5 ноября 2026 г., 8:20:31:\n\n"
      "ДО> Прошу принять наряд 396530: склад ?4, Промзона, Заводской пр-д, 6.\n"
      "ДО> Неисправность питания ППКОП, требуется замена АКБ.\n"
      "ДО> Диспетчерская ОМИС\n\n" + SIG_BAT + "\n",
      D("396530", [], "заявка принята", "The Bat! KOI8-R with initials quoting; '?4' in quote is the lost № sign"),
      reply_to=did("396530"))

plain("012", PCN, dt(5, 11, 15), "396530",
      "Техник Тимченко едет на Склад №4, ориентир 11:50.\n"
      "Машина Лада Ларгус К 417 ОР 178 – предупредите, пожалуйста, КПП промзоны.\n\n" + SIG_RYAB + "\n",
      D("396530", [], "подрядчик в пути", "bare number subject; car plate is noise"))

plain("013", PCN, dt(5, 12, 38), "Fwd: склад 4 АКБ",
      "Пересылаю отчёт техника по 396530.\n\n\n"
      "-------- Пересылаемое сообщение --------\n"
      "Тема: \tсклад 4 АКБ\n"
      "Дата: \tThu, 5 Nov 2026 12:31:07 +0300\n"
      "От: \tТимченко Артём <timchenko.a@bastion-ohrana.ru>\n"
      "Кому: \tpcn@bastion-ohrana.ru\n\n\n"
      "АКБ поменял (новая Delta DTM 1207), старую забрал на утилизацию. Напряжение на клеммах 13,6 В, "
      "неисправность питания на приборе ушла, событие на ПЦН «Восстановление 220В» пришло.\n"
      "Со склада уехал в 12:20.\n\n" + SIG_RYAB + "\n",
      D("396530", [], "подрядчик убыл", "Thunderbird inline forward of technician's report: left the warehouse"),
      cte="base64")

# ====================================================================
# R4 396902  Отделение Гагарина 8 (1=зона 1, 2=зона 2, 3=зона 5, 4=СОУЭ)
# ====================================================================
plain("014", PCN, dt(6, 11, 30), "Re: Заявка 396902 ул. Гагарина 8",
      "Принято в работу. Исполнитель – монтажный участок.\n\n"
      "06.11.2026 11:00, Диспетчерская ОМИС пишет:\n"
      "> Добрый день. Прошу принять заявку 396902, отделение ул. Гагарина, 8:\n"
      "> 1 — зона 1 (операционный зал), ложные тревоги;\n"
      "> 2 — зона 2 (подсобное помещение);\n"
      "> 3 — зона 5 (кабинет управляющего);\n"
      "> 4 — СОУЭ, не работают оповещатели.\n"
      "> Диспетчерская ОМИС\n\n" + SIG_KOV + "\n",
      D("396902", [], "заявка принята", "accepted; positions listed only in the quote"),
      reply_to=did("396902"))

plain("015", MONT, dt(6, 15, 5), "396902-1",
      "Гагарина 8, зона 1 (опер. зал) – бригада выехла, будем минут через 20.\n",
      D("396902", ["1"], "подрядчик в пути", "position after dash in subject; typo 'выехла'"))

plain("016", MONT, dt(6, 15, 40), "Re: 396902-1",
      "На месте. Отделение снято с охраны управляющим в 15:31, работаем.\n\n"
      "> Гагарина 8, зона 1 (опер. зал) – бригада выехла, будем минут через 20.\n",
      D("396902", ["1"], "подрядчик на месте", "'снято с охраны' is noise; arrival reported"),
      reply_to=MSGIDS["015"])

plain("017", NIGHT, dt(6, 18, 10), "Заявка 396902 - зона 1",
      "Заявка 396902.\nЗона 1 - причина ложных тревог: ИО 409-10 в опер. зале, треснул корпус, заменили.\n"
      "Зоны 2 и 5 и оповещатели - завтра с утра.\n"
      "Бригада отбыла с объекта 18:02, отделение сдано под охрану, ПЦН взял.\n\n" + SIG_BAT + "\n",
      D("396902", ["1"], "подрядчик убыл", "zone 1 done and crew left; zones 2/5 and СОУЭ only planned"))

plain("018", ZHUKOV, dt(7, 9, 20), "Re: Заявка 396902 - зона 1",
      "Выехали на Гагарина доделывать: зона 2 (подсобка), зона 5 (кабинет управляющего) и оповещатели СОУЭ.\n"
      "По пробкам минут 25.\n\n"
      "06.11.2026 18:10, Сменный дежурный ПЦН пишет:\n> Зоны 2 и 5 и оповещатели - завтра с утра.\n"
      "> Бригада отбыла с объекта 18:02, отделение сдано под охрану, ПЦН взял.\n\n" + SIG_ZH + "\n",
      D("396902", ["2", "3", "4"], "подрядчик в пути",
        "zone 5 = position 3, СОУЭ = position 4 per request comment; quoted departure is history"),
      cte="quoted-printable", reply_to=MSGIDS["017"])

plain("019", ZHUKOV, dt(7, 11, 55), "Re: Заявка 396902 - зона 1",
      "По зоне 5 закончили: ИК поменяли на Астра-5 исп. А, проход проверили, всё работает.\n"
      "Подсобка и СОУЭ ещё в работе, оповещатели меняем.\n\nЖуков\n",
      R("mixed: position 3 (zone 5) finished, positions 2 and 4 still in work on site"),
      reply_to=MSGIDS["018"])

plain("020", PCN, dt(7, 14, 30), "396902 п.2, п.4 – завершено",
      "Работы по п.2 (подсобка) и п.4 (СОУЭ) завершены в 14:15, бригада убыла.\n"
      "Акт № 1187 от 07.11.2026 передан управляющему отделением.\n\n" + SIG_KOV + "\n",
      D("396902", ["2", "4"], "подрядчик убыл", "act number/date are noise"))

# ====================================================================
# R5 397045  Магазин пр. Мира 101
# ====================================================================
plain("021", SOROKIN, dt(9, 9, 1), "Автоответ: Заявка 397045",
      "Здравствуйте!\n\nЯ в отпуске до 16.11.2026 включительно, почту не читаю.\n"
      "По заявкам и выездам обращайтесь на ПЦН: pcn@bastion-ohrana.ru, тел. +7 (812) 407-33-19 (круглосуточно).\n\n"
      "Сорокин А.В.\n",
      I("out-of-office auto-reply"),
      extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "In-Reply-To": did("397045")})

plain("022", NIGHT, dt(9, 10, 2), "Re: Заявка 397045",
      "Здравствуйте, Диспетчерская.\n\n"
      "Принята к исполнению. Кнопку на кассе отработаем сегодня, датчик двери - по наличию на складе.\n\n"
      "Вы писали 9 ноября 2026 г., 9:00:05:\n\n"
      "ДО> Прошу принять заявку 397045, магазин пр. Мира, 101:\n"
      "ДО> 1 - тревожная кнопка на кассе не срабатывает;\n"
      "ДО> 2 - ИО 102-20 на входной двери, обрыв.\n\n" + SIG_BAT + "\n",
      D("397045", [], "заявка принята", "accepted; the rest is plan"),
      reply_to=did("397045"))

plain("023", TIM, dt(9, 13, 40), "397045 (1)",
      "Выехал на Мира 101 к тревожной кнопке. Тимченко\n",
      D("397045", ["1"], "подрядчик в пути", "position in brackets in subject"))

plain("024", TIM, dt(9, 14, 35), "Re: 397045 (1)",
      "Кнопку КТС на кассе заменил (КНФ-1 исп.2), проверку с ПЦН сделали – тревога отработана, "
      "ГБР не высылали, т.к. тестовая.\nОсвободился, еду на базу.\n\n"
      "09.11.2026 13:40, Тимченко Артём пишет:\n> Выехал на Мира 101 к тревожной кнопке. Тимченко\n",
      D("397045", ["1"], "подрядчик убыл", "'освободился, еду на базу' = left; 'тревога отработана' is alarm-domain noise"),
      reply_to=MSGIDS["023"])

plain("025", NIGHT, dt(10, 7, 40), "397045 п.2 - ночная сработка",
      "Доброе утро.\nПо 397045 п.2 (входная дверь): ночью снова сработка шлейфа 2 в 02:14, "
      "ГБР прибыла в 02:26, проникновения нет, тревога отработана, объект перевзят 02:41.\n"
      "Замену ИО 102 планируем сегодня после 14:00.\n\n" + SIG_BAT + "\n",
      R("ГБР arrival is the alarm response, not the repair crew; the repair is only planned"))

plain("026", MONT, dt(10, 14, 50), "397045 поз2 - на объекте",
      "Техник на Мира 101 с 14:45, меняет ИО 102-20 на входной двери.\n\n" + SIG_MONT + "\n",
      D("397045", ["2"], "подрядчик на месте", "'поз2' in subject"))

plain("027", MONT, dt(10, 16, 20), "Re: 397045 поз2 - на объекте",
      "Готово. Магнитоконтакт новый, зазор выставили, магазин взят под охрану с первого раза. Техник уехал.\n\n"
      "10.11.2026 14:50, Монтажный участок пишет:\n> Техник на Мира 101 с 14:45, меняет ИО 102-20 на входной двери.\n",
      D("397045", ["2"], "подрядчик убыл", "Re: subject still says 'на объекте', body reports done/left"),
      reply_to=MSGIDS["026"])

# ====================================================================
# R6 397310  Котельная
# ====================================================================
plain("028", MONITOR, dt(10, 15, 0, 3), "ТРЕВОГА: объект 1142 Котельная ул.Заводская 3 - ПОЖАР ШС2",
      "Автоматическое уведомление АРМ ПЦН.\n\n"
      "Дата/время: 10.11.2026 14:58:41\n"
      "Объект: 1142 «Котельная, ул. Заводская, 3»\n"
      "Событие: ПОЖАР, шлейф 2 (зона «Котельный зал»)\n"
      "Прибор: Гранит-8, ID 3F0A17\n"
      "Статус: передано дежурному, ГБР-3 направлена.\n\n"
      "Это письмо сформировано автоматически, отвечать на него не нужно.\n",
      I("automatic alarm notification from the monitoring software"),
      cs="windows-1251", cte="base64",
      extra={"Auto-Submitted": "auto-generated", "X-Mailer": "Strazh-Monitor Notify 4.2.117", "Precedence": "bulk"})

plain("029", PCN, dt(10, 15, 20), "Заявка 397310 котельная",
      "Заявку 397310 приняли.\nВ 14:58 была очередная сработка пожарного шлейфа 2, ГБР проверила – возгорания нет, ложная.\n"
      "Инженера отправим вечером, после 18.\n\n" + SIG_RYAB + "\n",
      D("397310", [], "заявка принята", "accepted; ГБР check and evening visit are noise/plan"))

plain("030", NIGHT, dt(10, 19, 5), "397310",
      "Инженер Ларионов выехал на котельную в 18:55, ул. Заводская 3.\n\n" + SIG_BAT + "\n",
      D("397310", [], "подрядчик в пути", "'выехал НА котельную' = leaving for the site"))

plain("031", NIGHT, dt(10, 21, 30), "Re: 397310",
      "Здравствуйте.\n\nИнженер на котельной с 19:40. Нашли: два ИП 212-45 над котлом N2 забиты сажей, "
      "отсюда ложняки. Меняем на тепловые, работы идут.\n\n"
      "> Инженер Ларионов выехал на котельную в 18:55, ул. Заводская 3.\n\n" + SIG_BAT + "\n",
      D("397310", [], "подрядчик на месте", "KOI8-R base64; works in progress on site"),
      cte="base64", reply_to=MSGIDS["030"])

plain("032", NIGHT, dt(10, 23, 10), "Re[2]: 397310",
      "Инженер выехал с котельной в 23:00. Шлейф 2 на ПЦН в норме, оба ИП заменены на тепловые ИП 101-1А-А1.\n"
      "Котельную сдали оператору смены.\n\n"
      "> Инженер на котельной с 19:40. Нашли: два ИП 212-45 над котлом N2 забиты сажей,\n"
      "> отсюда ложняки. Меняем на тепловые, работы идут.\n\n" + SIG_BAT + "\n",
      D("397310", [], "подрядчик убыл", "'выехал С котельной' = left the site (preposition)"),
      cte="quoted-printable", reply_to=MSGIDS["031"])

# ====================================================================
# R7 397488  БЦ «Северный» (1=2 эт, 2=3 эт, 3=4 эт)
# ====================================================================
html_only("033", PCN, dt(11, 9, 40), "Заявка №397488 – принята",
          html_doc("    <p>Добрый день!</p>\n"
                   "    <p>Заявку <b>№397488</b> (БЦ «Северный», ТО дымовых извещателей) приняли в работу.</p>\n"
                   "    <p>Предварительный график:<br>\n12.11 — 2 этаж<br>\n13.11 — 3 этаж<br>\n14.11 — 4 этаж</p>\n"
                   "    <p>Дежурный ПЦН Ковалёв Д.<br>+7 (812) 407-33-19</p>"),
          D("397488", [], "заявка принята", "HTML-only; schedule is a plan"))

plain("034", ZHUKOV, dt(12, 9, 5), "397488 2 эт",
      "На объекте, начали со второго этажа. По плану 46 извещателей.\nЖуков\n",
      D("397488", ["1"], "подрядчик на месте", "2nd floor = position 1 per comment"))

plain("035", ZHUKOV, dt(12, 16, 30), "Re: 397488 2 эт",
      "Второй этаж сделали полностью: 46 шт. продуто и проверено тестером, 3 заменили (ИП 212-141). "
      "Уехали в 16:20.\nЗавтра 3-й.\n\n> На объекте, начали со второго этажа. По плану 46 извещателей.\n",
      D("397488", ["1"], "подрядчик убыл", "2nd floor (position 1) done, crew left; 3rd floor is a plan"),
      reply_to=MSGIDS["034"])

plain("036", MONT, dt(13, 8, 55), "Re: 397488 2 эт",
      "Сегодня третий этаж. Бригада выехала в 8:40, в БЦ будем к 9:15.\n\n"
      "12.11.2026 16:30, Жуков Сергей пишет:\n> Второй этаж сделали полностью: 46 шт. продуто и проверено тестером, 3 заменили (ИП 212-141). Уехали в 16:20.\n"
      "> Завтра 3-й.\n\n" + SIG_MONT + "\n",
      D("397488", ["2"], "подрядчик в пути",
        "old Re: subject says 2 эт (position 1) but body: 3rd floor = position 2, crew on the way"),
      cte="quoted-printable", reply_to=MSGIDS["035"])

plain("037", ZHUKOV, dt(13, 15, 10), "397488 поз. 2 – завершение",
      "Завершение работ по 3-му этажу – 15:00. 51 извещатель, замен нет.\n"
      "Журнал ТО подписал инженер БЦ Лаптев.\nЖуков\n",
      D("397488", ["2"], "подрядчик убыл", "noun 'завершение' with time"))

plain("038", ZHUKOV, dt(13, 17, 45), "397488 4 эт",
      "По 4-му этажу: арендатор (ООО «Трейдлайн», офисы 401–412) на завтра доступ не даёт, ключей у охраны БЦ нет.\n"
      "Переносим на понедельник, 16.11, с 10:00. Нужно, чтобы управляющая компания согласовала.\n\n" + SIG_ZH + "\n",
      R("no status: access refused, visit postponed (plan only)"))

m = MIMEMultipart("alternative")
_sor_txt = ("Бригада на 4 этаже с 11:40, ключи от офисов получили.\n\n" + SIG_SOR + "\n\n"
            "-----Original Message-----\n"
            "From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
            "Sent: Monday, November 16, 2026 11:30 AM\n"
            "To: sorokin.av@bastion-ohrana.ru\n"
            "Subject: 397488 4 этаж - когда?\n\n"
            "Алексей Викторович, по заявке 397488 поз. 3 (4 этаж) – во сколько будет бригада? Арендатор ждёт.\n")
m.attach(textpart(_sor_txt, "plain", "utf-8", "quoted-printable"))
m.attach(textpart("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head>"
                  "<body lang=RU><div class=WordSection1><p class=MsoNormal>Бригада на 4 этаже с 11:40, ключи от офисов получили.</p>"
                  "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>" + SIG_SOR.replace("\n", "<br>") + "</p>"
                  "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                  "<p class=MsoNormal><b>From:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>"
                  "<b>Sent:</b> Monday, November 16, 2026 11:30 AM<br><b>To:</b> sorokin.av@bastion-ohrana.ru<br>"
                  "<b>Subject:</b> 397488 4 этаж - когда?</p></div>"
                  "<p class=MsoNormal>Алексей Викторович, по заявке 397488 поз. 3 (4 этаж) – во сколько будет бригада? "
                  "Арендатор ждёт.</p></div></body></html>\n", "html", "utf-8", "quoted-printable"))
headers(m, "039", SOROKIN, dt(16, 11, 52), "RE: 397488 4 этаж - когда?", "utf-8", reply_to=did("397488-q"))
write("039", m, D("397488", ["3"], "подрядчик на месте",
                  "Outlook reply above '-----Original Message-----'; 4th floor = position 3; question is quoted"))

plain("040", PCN, dt(16, 17, 20), "397488 (3)",
      "Пoзиция 3 (4-й этaж) зaкрыта, 38 извещателей обслужено, бpигада убылa в 17:05.\n\n" + SIG_KOV + "\n",
      D("397488", ["3"], "подрядчик убыл", "Latin look-alike letters (o, a, p) inside Cyrillic words"))

# ====================================================================
# R8 397702  Аптека Садовая 7
# ====================================================================
plain("041", NIGHT, dt(12, 16, 31), "Re: Заявка 397702 аптека Садовая",
      "Здравствуйте, Диспетчерская.\n\nЗаявку 397702 приняли, выезд завтра до обеда.\n\n"
      "Вы писали 12 ноября 2026 г., 16:05:12:\n\n"
      "ДО> Прошу принять заявку 397702, аптечный пункт ул. Садовая, 7:\n"
      "ДО> 1 - ИК-извещатель торгового зала, ложные сработки;\n"
      "ДО> 2 - не читается ключ ТМ на клавиатуре у входа.\n\n" + SIG_BAT + "\n",
      D("397702", [], "заявка принята", "accepted"),
      cte="quoted-printable", reply_to=did("397702"))

mdn = MIMEMultipart("report", report_type="disposition-notification")
mdn.attach(textpart("Это уведомление о прочтении сообщения, отправленного вами на адрес pcn@bastion-ohrana.ru.\n\n"
                    "Примечание: уведомление о прочтении подтверждает только то, что сообщение было показано "
                    "на компьютере получателя. Нет никакой гарантии, что получатель прочёл или понял содержимое сообщения.\n",
                    "plain", "utf-8", "8bit"))
_dn = MIMENonMultipart("message", "disposition-notification", name="MDNPart2.txt")
_dn["Content-Disposition"] = "inline"
_dn.set_payload("Reporting-UA: bastion-ohrana.ru; Mozilla Thunderbird\n"
                "Final-Recipient: rfc822;pcn@bastion-ohrana.ru\n"
                f"Original-Message-ID: {did('397702-access')}\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n")
mdn.attach(_dn)
headers(mdn, "042", PCN, dt(13, 9, 10), "Прочитано: Заявка 397702: уточнение по доступу", "utf-8")
write("042", mdn, I("read receipt (MDN)"))

plain("043", MONT, dt(13, 11, 20), "Аптека Садовая 7 – 397702 П1, П2",
      "Выезд на аптеку 11:15. П1 – ИК в зале, П2 – клавиатура. Будем минут через 30.\n\n" + SIG_MONT + "\n",
      D("397702", ["1", "2"], "подрядчик в пути", "noun 'выезд' with time; П1/П2"))

plain("044", MONT, dt(13, 11, 50), "Re: Аптека Садовая 7 – 397702 П1, П2",
      "ПРИБЫЛИ. ЗАВЕДУЮЩАЯ НА МЕСТЕ, АПТЕКУ СНЯЛИ С ОХРАНЫ.\n\n"
      "13.11.2026 11:20, Монтажный участок пишет:\n> Выезд на аптеку 11:15. П1 – ИК в зале, П2 – клавиатура. Будем минут через 30.\n",
      D("397702", ["1", "2"], "подрядчик на месте", "caps; positions only in the (reply) subject, which names both"),
      reply_to=MSGIDS["043"])

plain("045", MONT, dt(13, 13, 5), "Re: Аптека Садовая 7 – 397702 П1, П2",
      "П1 – готово: ИК Астра-515 переставили, ложных нет, зону проверили проходом.\n"
      "П2 – клавиатуру надо менять, считыватель не ремонтопригоден. Заказали, привезём в понедельник.\n"
      "С объекта уехали в 13:00.\n\n" + SIG_MONT + "\n",
      D("397702", ["1"], "подрядчик убыл", "П1 finished; П2 only a plan"),
      cte="base64", reply_to=MSGIDS["044"])

# forward as attachment: inner letter from technician (old laptop, windows-1251)
inner = textpart("Клавиатуру Астра-КТ (арт. 4680019912) заменил, ключи ТМ перепрописаны – 12 шт., все читаются.\n"
                 "Убыл с Садовой в 14:00.\n\nТимченко А.Н.\n", "plain", "windows-1251", "quoted-printable")
inner["Message-ID"] = "<000a01dc5a2e$7f3b1c40$0201a8c0@TIMCHENKO-NB>"
inner["Date"] = format_datetime(dt(16, 14, 5))
inner["From"] = addr("Тимченко Артём", "timchenko.a@bastion-ohrana.ru", "windows-1251")
inner["To"] = "pcn@bastion-ohrana.ru"
inner["Subject"] = Header("аптека клавиатура", "windows-1251")
inner["X-Mailer"] = "Microsoft Outlook Express 6.00.2900.5931"
inner["MIME-Version"] = "1.0"
fw = MIMEMultipart("mixed")
fw.attach(textpart("Отчёт техника по 397702, позиция 2 – во вложении.\n\n" + SIG_RYAB + "\n", "plain", "utf-8", "8bit", True))
att = MIMEMessage(inner)
att["Content-Disposition"] = 'attachment; filename="apteka klaviatura.eml"'
fw.attach(att)
headers(fw, "046", PCN, dt(16, 14, 20), "Fwd: аптека клавиатура", "utf-8")
write("046", fw, D("397702", ["2"], "подрядчик убыл", "forwarded as message/rfc822 attachment (windows-1251 inside); forwarded report counts"))

# ====================================================================
# R9 398016  Автобаза (1=бокс 1, 2=бокс 2, 3=КПП)
# ====================================================================
plain("047", PCN, dt(16, 9, 10), "Re: Новая заявка 398016 Автобаза",
      "16.11.2026 8:45, Диспетчерская ОМИС пишет:\n"
      "> Добрый день. Новая заявка 398016, автобаза ул. Окружная, 2:\n"
      "> 1 — бокс 1, не ставится на охрану;\n"
      "> 2 — бокс 2, СМК ворот;\n"
      "> 3 — КПП, тревожная кнопка.\n"
      "> Просим взять в работу.\n\n"
      "Принята. Выезд запланировали на завтра, утро.\n\n" + SIG_RYAB + "\n",
      D("398016", [], "заявка принята", "reply written under the quote"),
      reply_to=did("398016"))

cal = MIMEMultipart("mixed")
cal.attach(textpart("Жуков Сергей принял(а) ваше приглашение.\n\n"
                    "Осмотр автобазы по заявке 398016\nКогда: вторник, 17 ноября 2026 г. 8:30 – 9:30 (Europe/Moscow)\n"
                    "Где: ул. Окружная, 2\n", "plain", "utf-8", "8bit"))
_ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
        "BEGIN:VEVENT\r\nUID:5e1c9a04-3b2f-4c77-9d1e-398016a0c001\r\nDTSTAMP:20261116T070500Z\r\n"
        "DTSTART;TZID=Europe/Moscow:20261117T083000\r\nDTEND;TZID=Europe/Moscow:20261117T093000\r\n"
        "SUMMARY:Осмотр автобазы по заявке 398016\r\nLOCATION:ул. Окружная\\, 2\r\n"
        "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
        "ATTENDEE;CN=Жуков Сергей;PARTSTAT=ACCEPTED:mailto:zhukov.ss@bastion-ohrana.ru\r\n"
        "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
_calp = textpart(_ics, "calendar", "utf-8", "base64")
_calp.set_param("method", "REPLY")
cal.attach(_calp)
headers(cal, "048", ZHUKOV, dt(16, 10, 5), "Принято: Осмотр автобазы по заявке 398016 @ вт 17 нояб. 2026 8:30 – 9:30", "utf-8")
write("048", cal, I("calendar meeting response generated by Thunderbird"))

plain("049", NIGHT, dt(17, 8, 20), "398016 бокс 1 и бокс 2",
      "398016 - бокс 1 и бокс 2: группа Жукова выехала на Окружную 2 в 08:10.\n\n" + SIG_BAT + "\n",
      D("398016", ["1", "2"], "подрядчик в пути", "KOI8-R base64; boxes = positions 1 and 2; street number 2 is noise"),
      cte="base64")

plain("050", NIGHT, dt(17, 9, 0), "Re: 398016 бокс 1 и бокс 2",
      "Прибытие на автобазу 08:55, боксы 1 и 2 открыл механик, работают.\n\n"
      "> 398016 - бокс 1 и бокс 2: группа Жукова выехала на Окружную 2 в 08:10.\n\n" + SIG_BAT + "\n",
      D("398016", ["1", "2"], "подрядчик на месте", "noun 'прибытие' with time"),
      reply_to=MSGIDS["049"])

plain("051", PCN, dt(17, 12, 30), "398016 – КПП",
      "По заявке 398016 поз. 3 (тревожная кнопка на КПП) – выехал второй техник, Тимченко, будет к 13:00.\n\n" + SIG_KOV + "\n",
      D("398016", ["3"], "подрядчик в пути", "second technician on the way to position 3"))

plain("052", ZHUKOV, dt(17, 13, 45), "Re: 398016 бокс 1 и бокс 2",
      "Боксы 1-2 закончили. На воротах обоих боксов СМК заменены на ИО 102-40, постановка прошла в 13:38, "
      "объект принят под охрану. Уезжаем.\nПо КПП вопросы к Тимченко.\n\n" + SIG_ZH + "\n",
      D("398016", ["1", "2"], "подрядчик убыл", "'принят под охрану' is noise; crew leaving after finishing"),
      cte="quoted-printable", reply_to=MSGIDS["050"])

plain("053", TIM, dt(17, 14, 30, 12), "КПП автобаза",
      "Кнопку на КПП поменял, проверили с пультом, ложных нет. Уехал.\nТимченко\n",
      R("no request number anywhere"),
      extra={"Cc": "pcn@bastion-ohrana.ru"})

plain("054", PCN, dt(17, 14, 48), "Fwd: КПП автобаза",
      "Это по заявке 398016, позиция 3.\n\n\n"
      "-------- Пересылаемое сообщение --------\n"
      "Тема: \tКПП автобаза\n"
      "Дата: \tTue, 17 Nov 2026 14:30:12 +0300\n"
      "От: \tТимченко Артём <timchenko.a@bastion-ohrana.ru>\n"
      "Кому: \tdispatch@zakazchik-omis.ru\n"
      "Копия: \tpcn@bastion-ohrana.ru\n\n\n"
      "Кнопку на КПП поменял, проверили с пультом, ложных нет. Уехал.\nТимченко\n\n" + SIG_KOV + "\n",
      D("398016", ["3"], "подрядчик убыл", "forward adds request and position to the technician's report"))

alt("055", NEWS, dt(19, 12, 0), "Бастион-Охрана: новые тарифы на пультовую охрану с 01.01.2027",
    "Уважаемые клиенты!\n\nС 01.01.2027 обновляются тарифы на пультовую охрану и техническое обслуживание ОПС.\n"
    "Выезд ГБР по тревоге – по-прежнему бесплатно и круглосуточно.\n"
    "Подробности – в личном кабинете или по тел. 8-800-555-19-45.\n\n"
    "Отписаться от рассылки: https://bastion-ohrana.ru/unsubscribe?id=ZAKAZCHIK-OMIS\n",
    html_doc("    <h2>Новые тарифы с 01.01.2027</h2>\n    <p>Уважаемые клиенты!</p>\n"
             "    <p>С 01.01.2027 обновляются тарифы на пультовую охрану и техническое обслуживание ОПС.</p>\n"
             "    <p>Выезд ГБР по тревоге – по-прежнему бесплатно и круглосуточно.</p>\n"
             "    <p><a href=\"https://bastion-ohrana.ru/unsubscribe?id=ZAKAZCHIK-OMIS\">Отписаться</a></p>"),
    I("bulk mailing / newsletter"),
    extra={"Precedence": "bulk", "List-Id": "<clients.bastion-ohrana.ru>",
           "List-Unsubscribe": "<https://bastion-ohrana.ru/unsubscribe?id=ZAKAZCHIK-OMIS>",
           "X-Mailer": "Sendsay Mailer"})

# ====================================================================
# R10 398255  Столовая корп. Б (1 pos)
# ====================================================================
plain("056", PCN, dt(17, 10, 35), "Re: Заявка 398255 столовая корп. Б",
      "Заявку 398255 приняли. Гранит-8 на складе нет, заказали у поставщика, срок 2–3 дня. Как придёт – сообщим.\n\n" + SIG_KOV + "\n",
      D("398255", [], "заявка принята", "accepted; delivery is a plan"),
      reply_to=did("398255"))

m = MIMEMultipart("alternative")
_t = ("Добрый день.\n\nПо заявке 398255: Гранит-8 снят с производства, поставщик предлагает Гранит-8А "
      "(совместим по шлейфам). Разница в цене +2 300 руб. к смете (смета № СМ-0419 от 17.11.2026).\n"
      "Прошу согласовать замену, после этого выставим доп. счёт.\n\n" + SIG_SOR + "\n")
m.attach(textpart(_t, "plain", "windows-1251", "quoted-printable"))
m.attach(textpart("<html><body><p>" + _t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n",
                  "html", "windows-1251", "quoted-printable"))
headers(m, "057", SOROKIN, dt(19, 10, 20), "398255 – замена прибора, согласование", "windows-1251")
write("057", m, R("price / approval talk, no status"))

plain("058", NIGHT, dt(20, 8, 15), "Re[2]: 398255 - замена прибора, согласование",
      "Здравствуйте, Диспетчерская.\n\nСогласование получили, спасибо. Монтажник выедет в понедельник 23.11 с утра.\n\n"
      "Вы писали 19 ноября 2026 г., 17:44:02:\n\n"
      "ДО> Замену на Гранит-8А согласовываем, доп. счёт направляйте.\n\n" + SIG_BAT + "\n",
      R("thanks for dispatcher's approval + plan ('выедет в понедельник')"),
      reply_to=did("398255-ok"))

plain("059", MONT, dt(23, 10, 5), "398255",
      "Монтажник прибыл в столовую корп. Б в 10:00, меняем прибор на Гранит-8А.\n\n" + SIG_MONT + "\n",
      D("398255", [], "подрядчик на месте", "single-position request, no position named"))

alt("060", MONT, dt(23, 15, 40), "Заявка № 398255 – выполнена",
    "Гранит-8А смонтирован, шлейфы 1–8 подключены, тест на ПЦН прошёл.\n"
    "Объект принят под охрану в 15:20. Бригада убыла в 15:30.\n"
    "Старый прибор (зав. № 041277) забрали на утилизацию.\n\n" + SIG_MONT + "\n",
    html_doc("    <p>Гранит-8А смонтирован, шлейфы 1–8 подключены, тест на ПЦН прошёл.<br>\n"
             "    Объект принят под охрану в 15:20. <b>Бригада убыла в 15:30.</b><br>\n"
             "    Старый прибор (зав. № 041277) забрали на утилизацию.</p>\n"
             "    <div class=\"moz-signature\">-- <br>Монтажный участок ЧОП «Бастион-Охрана»<br>+7 (812) 407-33-25</div>"),
    D("398255", [], "подрядчик убыл", "'шлейфы 1–8' and serial no. are not positions"),
    cte="base64")

# ====================================================================
# R11 398631  Офис Чкалова 22 (1=зона 4, 2=зона 6)
# ====================================================================
plain("061", PCN, dt(19, 13, 50), "Обращение #398631",
      "Приняли обращение 398631 (Чкалова, 22). Исполнитель Жуков С.С., тел. 8-921-555-04-17.\n\n" + SIG_RYAB + "\n",
      D("398631", [], "заявка принята", "'#' number; phone number is noise"),
      reply_to=did("398631"))

plain("062", ZHUKOV, dt(20, 9, 30), "Re: Обращение #398631",
      "Ещё не выехали – машина на ТО, ориентировочно после обеда. Позвоню заранее.\n\n"
      "> Приняли обращение 398631 (Чкалова, 22). Исполнитель Жуков С.С., тел. 8-921-555-04-17.\n",
      R("negation: not yet left, plan only"),
      reply_to=MSGIDS["061"])

plain("063", ZHUKOV, dt(20, 14, 20), "Re: Обращение #398631",
      "Едем на Чкалова, будем через полчаса. Зона 4 и зона 6.\n\nЖуков\n",
      D("398631", ["1", "2"], "подрядчик в пути", "zone 4 = position 1, zone 6 = position 2 per comment"),
      cte="quoted-printable", reply_to=MSGIDS["062"])

plain("064", ZHUKOV, dt(20, 17, 0), "398631 зона 4",
      "Бухгалтерия (зона 4): заменили извещатель Фотон-9 на Фотон-Ш2, всё работает, ушли.\n"
      "Зону 6 доделаем в понедельник – в переговорной совещание, не пустили.\n\n" + SIG_ZH + "\n",
      D("398631", ["1"], "подрядчик убыл", "zone 4 (position 1) done; zone 6 postponed"))

plain("065", MONT, dt(23, 11, 0), "398631 зона 6 / поз. 2",
      "Переговорная, зона 6: работы завершены в 10:50, бригада освободилась.\n\n" + SIG_MONT + "\n",
      D("398631", ["2"], "подрядчик убыл", "'бригада освободилась' = finished/left"))

# ====================================================================
# R12 398940  Распределительный склад (1=ворота 1, 2=ворота 2, 3=периметр, 4=ППК)
# ====================================================================
plain("066", NIGHT, dt(23, 9, 20), "Re: Наряд 398940",
      "Здравствуйте, Диспетчерская.\n\nНаряд 398940 принят. Склад Северное ш. 9: ворота 1, ворота 2, периметр, ППК.\n"
      "Выезд завтра с утра.\n\n"
      "Вы писали 23 ноября 2026 г., 9:00:44:\n\n"
      "ДО> Наряд 398940, распределительный склад, Северное ш., 9. Позиции 1-4 по списку во вложении.\n\n" + SIG_BAT + "\n",
      D("398940", [], "заявка принята", "accepted; listing all items = whole request"),
      cte="base64", reply_to=did("398940"))

plain("067", PCN, dt(24, 8, 10), "398940 п.1 п.2",
      "Бригада Жукова едет на склад, Северное ш. 9, ворота 1 и 2.\nПропуск на а/м Х 208 КЕ 98.\n\n" + SIG_RYAB + "\n",
      D("398940", ["1", "2"], "подрядчик в пути", "car plate and highway number are noise"))

plain("068", ZHUKOV, dt(24, 9, 5), "Re: 398940 п.1 п.2",
      "Заехали на территорию в 08:55, склад снят с охраны кладовщиком (польз. 04), работаем по воротам 1 и 2.\n\n"
      "24.11.2026 8:10, Дежурный ПЦН ЧОП Бастион пишет:\n> Бригада Жукова едет на склад, Северное ш. 9, ворота 1 и 2.\n"
      "> Пропуск на а/м Х 208 КЕ 98.\n",
      D("398940", ["1", "2"], "подрядчик на месте", "'польз. 04' is an alarm user code, not a position"),
      reply_to=MSGIDS["067"])

plain("069", PCN, dt(24, 16, 0), "398940",
      "Ворота 1 – СМК заменён, закончили.\nВорота 2 – в работе, ждём кронштейн, привезут к 17.\n\n" + SIG_KOV + "\n",
      R("mixed: position 1 finished, position 2 still in work"))

plain("070", PCN, dt(25, 10, 0), "Сводка ПЦН за 24–25.11",
      "Коллеги, сводка по заявкам:\n\n"
      "398940 поз. 2 – ворота 2 закрыли, бригада убыла 24.11 в 17:50.\n"
      "398631 – замечаний от арендатора нет.\n"
      "397702 – гарантийный выезд не потребовался.\n\n" + SIG_RYAB + "\n",
      R("several requests in one letter"))

plain("071", ZHUKOV, dt(26, 17, 5), "398940 поз 3-4",
      "По периметру (поз. 3) и ППК (поз. 4) работы выполнены полностью, склад поставлен на охрану в 16:45, "
      "бригада убыла.\n\n" + SIG_ZH + "\n",
      D("398940", ["3", "4"], "подрядчик убыл", "'поставлен на охрану' is noise; crew left"))

# ====================================================================
# Misc. machine / review letters
# ====================================================================
_orig_id = did("398255-q")
bounce = f"""Return-Path: <>
Message-ID: <20261118110004.6A3F2C0012@mx.bastion-ohrana.ru>
Date: Wed, 18 Nov 2026 11:00:04 +0300 (MSK)
From: Mail Delivery System <MAILER-DAEMON@bastion-ohrana.ru>
To: dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="6A3F2C0012.1763452804/mx.bastion-ohrana.ru"

This is a MIME-encapsulated message.

--6A3F2C0012.1763452804/mx.bastion-ohrana.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.bastion-ohrana.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<tehotdel@bastion-ohrana.ru>: unknown user: "tehotdel"

--6A3F2C0012.1763452804/mx.bastion-ohrana.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.bastion-ohrana.ru
X-Postfix-Queue-ID: 6A3F2C0012
Arrival-Date: Wed, 18 Nov 2026 11:00:03 +0300 (MSK)

Final-Recipient: rfc822; tehotdel@bastion-ohrana.ru
Original-Recipient: rfc822;tehotdel@bastion-ohrana.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "tehotdel"

--6A3F2C0012.1763452804/mx.bastion-ohrana.ru
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Message-ID: {_orig_id}
Date: Wed, 18 Nov 2026 10:59:51 +0300
From: =?UTF-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: tehotdel@bastion-ohrana.ru
Subject: =?UTF-8?B?0JfQsNGP0LLQutCwIDM5ODI1NSDigJMg0YPRgtC+0YfQvdC10L3QuNC1?=

--6A3F2C0012.1763452804/mx.bastion-ohrana.ru--
"""
write("072", bounce.encode("ascii"), I("delivery failure report (bounce) mentioning request number in the returned headers"))

plain("073", PCN, dt(19, 8, 40), "Заявка 397999 – бригада выехала",
      "Бригада выехала по заявке 397999, ул. Обводная, 15, ожидаемое время прибытия 9:20.\n\n" + SIG_KOV + "\n",
      R("request number 397999 is not in the registry"))

plain("074", PCN, dt(6, 10, 30), "396530 поз. 2",
      "По 396530 поз. 2 – техник на месте, проверяет второй прибор в бытовке склада.\n\n" + SIG_RYAB + "\n",
      R("request 396530 has only position 1"))

plain("075", PCN, dt(3, 12, 10), "396114 – проблема с допуском",
      "Коллеги, добрый день.\n\nСегодня утром техника по заявке 396114 охрана ТЦ «Меридиан» 20 минут не пускала в щитовую – "
      "его нет в списке допуска.\nПросим внести в список на ноябрь: Жуков С.С., Тимченко А.Н., Ларионов П.И.\n"
      "Иначе сроки по заявкам на этом объекте держать не сможем.\n\n" + SIG_RYAB + "\n",
      R("complaint / access request, no new status"),
      cte="quoted-printable")

plain("076", MONITOR, dt(24, 8, 58, 21), "Событие: Снятие с охраны. Объект 3307",
      "Автоматическое уведомление АРМ ПЦН.\n\n"
      "Дата/время: 24.11.2026 08:56:40\n"
      "Объект: 3307 «Склад, Северное ш., 9»\n"
      "Событие: СНЯТИЕ С ОХРАНЫ, раздел 1, пользователь 04\n"
      "Прибор: С2000-М, адрес 127\n\n"
      "Это письмо сформировано автоматически, отвечать на него не нужно.\n",
      I("automatic event notification from the monitoring software"),
      cs="windows-1251", cte="base64",
      extra={"Auto-Submitted": "auto-generated", "X-Mailer": "Strazh-Monitor Notify 4.2.117", "Precedence": "bulk"})

m = MIMEMultipart("alternative")
_t = ("Добрый день.\n\nСпасибо, подписанный акт получили. Счёт № 1452 от 06.11.2026 направим до конца недели.\n\n"
      + SIG_SOR + "\n\n"
      "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
      "Отправлено: 5 ноября 2026 г. 16:20\n"
      "Кому: Сорокин А.В. <sorokin.av@bastion-ohrana.ru>\n"
      "Тема: Заявка 396287 - акт\n\n"
      "Алексей Викторович, добрый день.\n"
      "Направляем подписанный акт выполненных работ по заявке 396287 (серверная, архив). Работы приняты.\n"
      "Диспетчерская ОМИС\n")
m.attach(textpart(_t, "plain", "windows-1251", "quoted-printable"))
m.attach(textpart("<html><body><p>" + _t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n",
                  "html", "windows-1251", "quoted-printable"))
headers(m, "077", SOROKIN, dt(6, 10, 5), "RE: Заявка 396287 - акт", "windows-1251", reply_to=did("396287-act"))
write("077", m, R("thanks for dispatcher's message / invoice talk; Outlook header-block quote"))

# ====================================================================
REGISTRY = {
    "contractor": {
        "name": "ООО ЧОП «Бастион-Охрана»",
        "emails": ["pcn@bastion-ohrana.ru", "dezhurny@bastion-ohrana.ru", "montazh@bastion-ohrana.ru",
                   "zhukov.ss@bastion-ohrana.ru", "timchenko.a@bastion-ohrana.ru", "sorokin.av@bastion-ohrana.ru",
                   "monitoring@bastion-ohrana.ru", "news@bastion-ohrana.ru", "MAILER-DAEMON@bastion-ohrana.ru"],
        "domains": ["bastion-ohrana.ru"],
    },
    "requests": [
        {"number": "396114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "ТЦ «Меридиан», ул. Ленина, 45. 1 — шлейф 3 (склад), ложные сработки; 2 — ИПР у входа №2 (разбит); 3 — прибор Сигнал-20П, нет связи с ПЦН."},
        {"number": "396287", "positions": ["1", "2"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "Офис ул. Кирова, 12. 1 — серверная, дымовые ИП 212-141 (2 шт.); 2 — архив, ИО 102 на двери."},
        {"number": "396530", "positions": ["1"], "registered_at": "2026-11-05T08:20:00+03:00",
         "comment": "Склад №4, Промзона, Заводской пр-д, 6. Неисправность питания ППКОП, замена АКБ."},
        {"number": "396902", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T11:00:00+03:00",
         "comment": "Отделение ул. Гагарина, 8. 1 — зона 1 (операционный зал); 2 — зона 2 (подсобное помещение); 3 — зона 5 (кабинет управляющего); 4 — СОУЭ (оповещатели)."},
        {"number": "397045", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Магазин пр. Мира, 101. 1 — тревожная кнопка на кассе; 2 — ИО 102-20 входная дверь."},
        {"number": "397310", "positions": ["1"], "registered_at": "2026-11-10T14:30:00+03:00",
         "comment": "Котельная ул. Заводская, 3: пожарный шлейф 2, ложные сработки."},
        {"number": "397488", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T09:15:00+03:00",
         "comment": "БЦ «Северный», ТО дымовых извещателей. 1 — 2-й этаж; 2 — 3-й этаж; 3 — 4-й этаж."},
        {"number": "397702", "positions": ["1", "2"], "registered_at": "2026-11-12T16:05:00+03:00",
         "comment": "Аптечный пункт ул. Садовая, 7. 1 — ИК-извещатель торгового зала; 2 — клавиатура / считыватель ТМ у входа."},
        {"number": "398016", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:45:00+03:00",
         "comment": "Автобаза, ул. Окружная, 2. 1 — бокс 1; 2 — бокс 2 (СМК ворот); 3 — КПП, тревожная кнопка."},
        {"number": "398255", "positions": ["1"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "Столовая корп. Б: замена ППКОП Гранит-8."},
        {"number": "398631", "positions": ["1", "2"], "registered_at": "2026-11-19T13:20:00+03:00",
         "comment": "Офис ул. Чкалова, 22. 1 — зона 4 (бухгалтерия); 2 — зона 6 (переговорная)."},
        {"number": "398940", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Распределительный склад, Северное ш., 9. 1 — ворота 1 (СМК); 2 — ворота 2 (СМК); 3 — шлейф периметра; 4 — ППК."},
    ],
}

with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=2)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
print(len(LABELS), "letters")
