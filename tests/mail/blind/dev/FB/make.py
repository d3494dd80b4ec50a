#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: heating-network contractor ООО «ТеплоСетьРемонт».

Writes letters/NNN.eml, registry.json and labels.json next to this script.
Letters are sorted by Date and numbered in that order.
"""
import base64
import hashlib
import html
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import message_from_string
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
MSK = timezone(timedelta(hours=3))
CUST = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ---------------------------------------------------------------- people
DISP = ("Диспетчерская ТСР", "dispetcher@teploset-remont.ru")
KOV = ("Коваленко Андрей Викторович", "kovalenko.av@teploset-remont.ru")
SMI = ("Смирнова Елена Игоревна", "smirnova.ei@teploset-remont.ru")
NEWS = ("ТеплоСетьРемонт | Вестник", "news@teploset-remont.ru")
POSTMASTER = ("Microsoft Outlook", "postmaster@teploset-remont.ru")
ZHU = ("Павел Жуков", "pavel.zhukov1979@yandex.ru")
GRI = ("Гришин Сергей", "s.grishin-ts@yandex.ru")
KUZ = ("Кузнецов Виктор", "kuznetsov.izol@yandex.ru")

SIG_KOV = """С уважением,
Коваленко Андрей Викторович
мастер участка АВР
ООО «ТеплоСетьРемонт»
тел. +7 (4922) 53-17-42, моб. +7 910 774-18-25"""

SIG_SMI = """С уважением,
Смирнова Елена Игоревна
инженер ПТО ООО «ТеплоСетьРемонт»
ИНН 3328491736 / КПП 332801001
тел. +7 (4922) 53-17-45"""

SIG_DISP = """ООО «ТеплоСетьРемонт», диспетчерская служба
тел. 8 (4922) 53-17-40 (круглосуточно)"""

SIG_GRI_BAT = """--
С уважением,
 Сергей Гришин, бригадир
 моб. 8-920-631-05-77"""

YA_MOBILE = "Отправлено из мобильной Яндекс Почты"

REGISTRY = {
    "contractor": {
        "name": "ООО «ТеплоСетьРемонт»",
        "emails": [DISP[1], KOV[1], SMI[1], NEWS[1], POSTMASTER[1],
                   ZHU[1], GRI[1], KUZ[1]],
        "domains": ["teploset-remont.ru"],
    },
    "requests": [
        {"number": "387114", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-02T06:50:00+03:00",
         "comment": "Порыв на подающем трубопроводе, ул. Заводская. 1 — участок ТК-12 – ТК-13; "
                    "2 — ТК-12, замена задвижки Ду200; 3 — ж/д ул. Заводская, 14 (отключение "
                    "стояков, восстановление подачи)."},
        {"number": "387562", "positions": ["1", "2"],
         "registered_at": "2026-11-03T09:00:00+03:00",
         "comment": "Гидравлическое испытание (опрессовка), ул. Промышленная, 3: "
                    "1 — участок ТК-4 – ТК-5; 2 — ввод в корпус Б."},
        {"number": "387845", "positions": ["1"],
         "registered_at": "2026-11-05T10:20:00+03:00",
         "comment": "Восстановление благоустройства (асфальт) после раскопки у д. 22 по ул. Гагарина."},
        {"number": "388031", "positions": ["1"],
         "registered_at": "2026-11-06T07:15:00+03:00",
         "comment": "Парение из люка ТК-21 у д. 8 по ул. Лесной."},
        {"number": "388209", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-09T08:00:00+03:00",
         "comment": "Замена задвижек Ду150: 1 — ТК-7; 2 — ТК-8; 3 — ТК-9; 4 — ТК-10."},
        {"number": "388355", "positions": ["1", "2"],
         "registered_at": "2026-11-09T14:00:00+03:00",
         "comment": "Промывка и заполнение системы отопления: 1 — д/с № 45 (ул. Полевая, 3); "
                    "2 — поликлиника (ул. Полевая, 7)."},
        {"number": "388477", "positions": ["1", "2"],
         "registered_at": "2026-11-10T11:30:00+03:00",
         "comment": "Течь в подвале, ул. Советская, 40: 1 — корпус 3; 2 — корпус 5."},
        {"number": "388650", "positions": ["1"],
         "registered_at": "2026-11-12T22:10:00+03:00",
         "comment": "Аварийная раскопка у ТК-30: провал грунта, утечка теплоносителя."},
        {"number": "388902", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-13T09:00:00+03:00",
         "comment": "Восстановление теплоизоляции надземной прокладки: 1 — участок ТК-2 – ТК-3; "
                    "2 — участок ТК-3 – ТК-4; 3 — участок ТК-4 – ТК-5."},
        {"number": "389015", "positions": ["1", "2"],
         "registered_at": "2026-11-16T06:30:00+03:00",
         "comment": "Нет отопления, мкр Северный: 1 — корп. 7; 2 — корп. 9."},
        {"number": "389120", "positions": ["1"],
         "registered_at": "2026-11-17T07:00:00+03:00",
         "comment": "Утечка на вводе в ж/д ул. Кирова, 15 (от ТК-40)."},
        {"number": "389340", "positions": ["1"],
         "registered_at": "2026-11-18T10:00:00+03:00",
         "comment": "Засор грязевика в ИТП школы № 12, ул. Мира, 5."},
        {"number": "389588", "positions": ["1", "2"],
         "registered_at": "2026-11-20T08:30:00+03:00",
         "comment": "Проверка плотности задвижек: 1 — ТК-15; 2 — ТК-16."},
        {"number": "389771", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-23T08:00:00+03:00",
         "comment": "Опрессовка после ремонта: 1 — ТК-12; 2 — ТК-14; 3 — ТК-17."},
    ],
}

# ---------------------------------------------------------------- helpers
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]


def d(day, hh, mm, ss=0):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


def ru_date(t):  # Outlook RU header block: "2 ноября 2026 г. 6:52"
    return f"{t.day} {RU_MONTHS[t.month - 1]} {t.year} г. {t.hour}:{t.minute:02d}"


def en_date(t):  # old Outlook "-----Original Message-----" block
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return t.strftime("%A, %B %d, %Y ") + f"{h}:{t.minute:02d} {ampm}"


def ya_date(t):  # Yandex quote line
    return t.strftime("%d.%m.%Y, %H:%M")


def h(key, n=16):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def enc_h(text, charset, name="Subject"):
    return Header(text, cs(charset), header_name=name).encode()


def subj_h(text, charset):
    if text.isascii():
        return text
    return Header(text, cs(charset), header_name="Subject")


def cs(name, body=QP, header=BASE64):
    c = Charset(name)
    c.body_encoding = body
    c.header_encoding = header
    return c


def outlook_html(text):
    paras = []
    for line in text.split("\n"):
        if line.strip():
            paras.append(f"<p class=MsoNormal>{html.escape(line)}<o:p></o:p></p>")
        else:
            paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
            "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>"
            "</head><body lang=RU link=\"#0563C1\"><div class=WordSection1>\n"
            + "\n".join(paras) + "\n</div></body></html>")


def outlook_quote_ru(frm, to, t, subj, body):
    return (f"\n\nОт: {frm[0]} <{frm[1]}>\nОтправлено: {ru_date(t)}\n"
            f"Кому: {to[0]} <{to[1]}>\nТема: {subj}\n\n{body}")


def outlook_quote_en(frm, to, t, subj, body):
    return (f"\n\n-----Original Message-----\nFrom: {frm[0]} [mailto:{frm[1]}]\n"
            f"Sent: {en_date(t)}\nTo: {to[0]}\nSubject: {subj}\n\n{body}")


def ya_quote(frm, t, body):
    q = "\n".join("> " + l if l else ">" for l in body.split("\n"))
    return f"\n\n{ya_date(t)}, \"{frm[0]}\" <{frm[1]}>:\n{q}"


def ya_html(text):
    divs = []
    for line in text.split("\n"):
        divs.append(f"<div>{html.escape(line) if line.strip() else '&nbsp;'}</div>")
    return "<div>" + "".join(divs) + "</div>"


# --- body builders ---------------------------------------------------
def body_outlook(text, alt=True, enc=QP):
    c = cs("windows-1251", enc)
    if not alt:
        return MIMEText(text, "plain", c)
    m = MIMEMultipart("alternative")
    m.attach(MIMEText(text, "plain", c))
    m.attach(MIMEText(outlook_html(text), "html", cs("windows-1251", enc)))
    return m


def body_ya_plain(text):
    return MIMEText(text, "plain", cs("utf-8", BASE64))


def body_ya_html(text_or_html, raw=False):
    body = text_or_html if raw else ya_html(text_or_html)
    return MIMEText(body, "html", cs("utf-8", BASE64))


def body_ya_alt(text, raw_html=None):
    m = MIMEMultipart("alternative")
    m.attach(MIMEText(text, "plain", cs("utf-8", BASE64)))
    m.attach(MIMEText(raw_html or ya_html(text), "html", cs("utf-8", BASE64)))
    return m


def body_bat(text):
    text = text.replace("\u2014", "-").replace("\u2013", "-").replace("«", '"').replace("»", '"').replace("№", "N")
    return MIMEText(text, "plain", cs("koi8-r", QP))


CLIENT = {
    "outlook": {"charset": "windows-1251", "msgid": lambda k: f"<{h(k, 32).upper()}@EXCH01.teploset-remont.local>",
                "extra": lambda k: [("Thread-Topic", None), ("Thread-Index", base64.b64encode(bytes.fromhex(h(k, 44))).decode()),
                                    ("Accept-Language", "ru-RU, en-US"), ("Content-Language", "ru-RU"),
                                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                                    ("X-Originating-IP", "[10.12.0.47]")]},
    "yandex": {"charset": "utf-8", "msgid": lambda k: f"<{int(h(k, 12), 16) % 10**15}@mail.yandex.ru>",
               "extra": lambda k: [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]},
    "yamobile": {"charset": "utf-8", "msgid": lambda k: f"<{int(h(k, 12), 16) % 10**15}@mail.yandex.ru>",
                 "extra": lambda k: [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
                                     ("X-Yandex-Mobile", "android")]},
    "bat": {"charset": "koi8-r", "msgid": lambda k: f"<{int(h(k, 8), 16)}.{int(h(k + 'x', 10), 16) % 10**14}@yandex.ru>",
            "extra": lambda k: [("X-Mailer", "The Bat! (v9.4.5) Professional"), ("Reply-To", formataddr(GRI, charset="koi8-r"))]},
}

LETTERS = []


def letter(when, sender, client, subject, body, label, *, to=CUST, reply_to_id=None, extra=(), key=None):
    LETTERS.append(dict(when=when, sender=sender, client=client, subject=subject, body=body,
                        label=label, to=to, reply_to_id=reply_to_id, extra=list(extra), key=key or subject + str(when)))


def raw_letter(when, raw, label):
    LETTERS.append(dict(when=when, raw=raw, label=label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def build(L):
    if "raw" in L:
        return message_from_string(L["raw"])
    cl = CLIENT[L["client"]]
    ch = cl["charset"]
    msg = L["body"]
    # move MIME headers after the envelope headers
    mime = [(k, v) for k, v in msg.items()]
    for k, _ in mime:
        del msg[k]
    msg["From"] = formataddr(L["sender"], charset=ch)
    msg["To"] = formataddr(L["to"], charset=ch)
    msg["Subject"] = subj_h(L["subject"], ch)
    msg["Date"] = format_datetime(L["when"])
    msg["Message-ID"] = cl["msgid"](L["key"])
    if L["reply_to_id"]:
        msg["In-Reply-To"] = L["reply_to_id"]
        msg["References"] = L["reply_to_id"]
    for k, v in cl["extra"](L["key"]):
        if k == "Thread-Topic":
            v = subj_h(L["subject"].split(": ", 1)[-1], ch)
        msg[k] = v
    for k, v in L["extra"]:
        msg[k] = v
    for k, v in mime:
        msg[k] = v
    return msg


def zid(n):  # message-ids of the customer's own letters that contractor replies to
    return f"<zk.{n}.{h(str(n), 8)}@zakazchik-omis.ru>"


# ================================================================ LETTERS
# ---------------- 387114: порыв на Заводской (3 позиции)
cust_387114 = ("Заявка № 387114.\nПорыв на подающем трубопроводе, ул. Заводская. Позиции:\n"
               "1 – участок ТК-12 – ТК-13;\n2 – ТК-12, замена задвижки Ду200;\n"
               "3 – ж/д ул. Заводская, 14 – отключение стояков, восстановление подачи.\n"
               "Просим подтвердить принятие.\nДиспетчер ОМИС Лаврова Н.")
letter(d(2, 7, 2), DISP, "outlook", "RE: Заявка № 387114 от 02.11.2026 – порыв, ул. Заводская",
       body_outlook("Доброе утро.\nЗаявку приняли, аварийная бригада Жукова П.А. собирается, выезд в ближайшее время.\n\n"
                    "Диспетчер Ермолаев Д.В.\n" + SIG_DISP
                    + outlook_quote_ru(CUST, DISP, d(2, 6, 52), "Заявка № 387114 от 02.11.2026 – порыв, ул. Заводская", cust_387114)),
       D("387114", [], ACC, "contractor accepted; 'выезд в ближайшее время' is only a plan; quote is customer's request"),
       reply_to_id=zid(387114))

letter(d(2, 7, 21), ZHU, "yamobile", "387114",
       body_ya_plain("Выехала аварийная машина на Заводскую, нас четверо, экскаватор идёт следом. Будем минут через 25.\n\n" + YA_MOBILE),
       D("387114", [], WAY, "bare number in subject; 'выехала аварийная машина ... будем через 25' = on the way"))

letter(d(2, 8, 5), KOV, "outlook", "387114 поз 2",
       body_outlook("ТК-12 — бригада на месте с 07:48. Задвижку Ду200 на подаче закрыли, сливаем камеру, готовим к замене.\n\n"
                    "Коваленко А.В.\nмоб. +7 910 774-18-25", alt=False, enc=BASE64),
       D("387114", ["2"], ON, "'поз 2' in subject; closing the valve is work in progress on site (not done); phone is noise"))

letter(d(2, 9, 30), ZHU, "yandex", "Заводская 14 стояки",
       body_ya_html("По заявке 387114, ж/д Заводская 14 (п.3):\nотключили стояки в 3-м и 4-м подъездах, наш слесарь на месте, "
                    "жильцов предупредили. Горячей воды и отопления в доме не будет до окончания сварки.\n\nЖуков"),
       D("387114", ["3"], ON, "HTML-only; 'отключили стояк' + 'слесарь на месте' = on site, not finished; '3-м и 4-м подъездах' are entrances, not positions"))

letter(d(3, 8, 12), DISP, "outlook", "Сводка за смену 02.11–03.11",
       body_outlook("Сводка дежурной смены с 20:00 02.11.2026 до 08:00 03.11.2026.\n\n"
                    "Смену принял в 20:00 диспетчер Ермолаев Д.В. Давление в сети в норме, подпитка 12 т/ч.\n\n"
                    "Заявка 387114 (ул. Заводская):\n"
                    "— поз.1, участок ТК-12 – ТК-13: сварка стыка закончена в 01:30, изоляция, засыпали в 03:00;\n"
                    "— поз.2, ТК-12: задвижка Ду200 заменена, открыта в 03:15;\n"
                    "— поз.3, ж/д Заводская, 14: подача восстановлена в 03:40, стояки запущены, воздух стравили.\n"
                    "Бригада Жукова убыла с объекта в 04:20. Асфальт — отдельной заявкой.\n\n"
                    "Других выездов за смену не было.\n"
                    "Смену сдал в 08:00 Ермолаев Д.В., смену принял Тихонов В.С.\n\n" + SIG_DISP, alt=False),
       D("387114", ["1", "2", "3"], LEFT, "night summary covering one request; all three positions finished, crew left 04:20; 'смену принял/сдал' is shift talk"))

letter(d(4, 11, 40), SMI, "outlook", "Доп. объём по заявке 387114",
       None, R("price/contract talk: asks to approve extra volume, smeta and contract numbers; no status"),
       key="smi-387114-dop")
_m = MIMEMultipart("mixed")
_m.attach(body_outlook("Добрый день!\nПо заявке 387114 при вскрытии выявлен коррозионный износ трубы Ду200 на длине около 6 м, "
                       "участок заменён сверх объёма заявки. Прошу согласовать дополнительный объём.\n"
                       "Локальная смета № 58-Д во вложении, сумма 184 350,00 руб. с НДС, основание — договор № 47/26-ТС от 12.01.2026.\n\n"
                       + SIG_SMI))
_a = MIMEApplication(b"%PDF-1.4\n% smeta 58-D placeholder\n%%EOF\n", "pdf")
_a.add_header("Content-Disposition", "attachment", filename=("windows-1251", "", "Смета_58-Д.pdf"))
_m.attach(_a)
LETTERS[-1]["body"] = _m

# ---------------- 387562: опрессовка Промышленная 3
letter(d(3, 10, 15), KOV, "outlook", "RE: Опрессовка Промышленная 3 (387562)",
       body_outlook("Принято. Опрессовку проведём 04.11 с 9:00, бригада Гришина С.Н. Прошу обеспечить присутствие "
                    "представителя для подписания акта.\n\nКоваленко А.В."
                    + outlook_quote_en(CUST, KOV, d(3, 9, 4), "Опрессовка Промышленная 3 (387562)",
                                       "Заявка 387562: гидравлическое испытание. 1 — участок ТК-4 – ТК-5, 2 — ввод в корпус Б, ул. Промышленная, 3.")),
       D("387562", [], ACC, "'Принято' = request accepted; date 04.11 is a plan; number in brackets in subject; -----Original Message----- quote"),
       reply_to_id=zid(387562))

letter(d(4, 9, 42), GRI, "bat", "387562-1",
       body_bat("Здравствуйте.\n\nУчасток ТК-4 - ТК-5: начали опрессовку в 9:30, подняли 16 кгс/см2, держим 10 минут. "
                "Представитель заказчика на месте.\n\n" + SIG_GRI_BAT),
       D("387562", ["1"], ON, "KOI8-R The Bat!; subject 'NNN-1' = position 1; test in progress = on site"))

letter(d(4, 12, 5), GRI, "bat", "Re: 387562-1",
       body_bat("Здравствуйте, Диспетчерская.\n\nДавление принято, падения нет. Акт подписал Семёнов. С ТК-4 - ТК-5 уходим, "
                "едем на ввод корпуса Б.\n\nВы писали 4 ноября 2026 г., 10:05:\n\n"
                "ДО> Сергей Николаевич, сообщите результат по первой позиции.\n\n" + SIG_GRI_BAT),
       R("different statuses for different positions: pos 1 finished/left, pos 2 (ввод корпуса Б) on the way"),
       reply_to_id=zid("387562-q"))

letter(d(4, 14, 35), GRI, "yandex", "387562 (2)",
       body_ya_html("Ввод корп. Б опрессовали, давление принято, замечаний нет. Бригада освободилась в 14:20, акт передали "
                    "вашему представителю.\n\n--\nС уважением, Гришин С."),
       D("387562", ["2"], LEFT, "position in brackets in subject; 'бригада освободилась' = finished; 'давление принято' is test result, not acceptance"))

# ---------------- 387845: асфальт Гагарина 22
letter(d(5, 11, 5), SMI, "outlook", "RE: Заявка № 387845 – благоустройство, Гагарина 22",
       body_outlook("Добрый день!\nЗаявку № 387845 приняли к исполнению. Асфальтирование у д. 22 по ул. Гагарина планируем на 07.11 "
                    "при температуре воздуха не ниже +5 °С.\n\n" + SIG_SMI
                    + outlook_quote_ru(CUST, SMI, d(5, 10, 24), "Заявка № 387845 – благоустройство, Гагарина 22",
                                       "Прошу восстановить асфальтовое покрытие после раскопки у д. 22 по ул. Гагарина (заявка 387845).")),
       D("387845", [], ACC, "accepted; asphalt date is a plan"), reply_to_id=zid(387845))

txt_012 = ("Доброе утро. На Гагарина сегодня ещё не выехали — завод асфальт не отгружает, ночью было −4. "
           "Как дадут машину, сообщу. Скорее всего перенос на понедельник.")
letter(d(7, 7, 30), ZHU, "yamobile", "Гагарина 22 / 387845",
       body_ya_plain(txt_012 + "\n\n" + YA_MOBILE),
       R("negation and plan: 'ещё не выехали', перенос; nothing happened"))

letter(d(9, 16, 10), ZHU, "yamobile", "Re: Гагарина 22 / 387845",
       body_ya_plain("Асфальт уложили, 38 м2, ограждение сняли, мусор вывезли. Всё, уехали.\n\n" + YA_MOBILE
                     + ya_quote(ZHU, d(7, 7, 30), txt_012)),
       D("387845", [], LEFT, "finished and left; quoted own earlier 'ещё не выехали' must be ignored"))

# ---------------- 388031: парение ТК-21 Лесная 8
letter(d(6, 7, 43), DISP, "outlook", "RE: Заявка №388031 – парение из люка ТК-21, ул. Лесная, 8",
       body_outlook("Бригада направлена, выехали в 07:40. Старший — Жуков П.А., тел. +7 915 388-03-12.\n\n"
                    "Диспетчер Тихонов В.С.\n" + SIG_DISP
                    + outlook_quote_ru(CUST, DISP, d(6, 7, 17), "Заявка №388031 – парение из люка ТК-21, ул. Лесная, 8",
                                       "Заявка №388031. Сильное парение из люка ТК-21 у д. 8 по ул. Лесной. Прошу направить бригаду.")),
       D("388031", [], WAY, "number only in Re: subject/quoted block; 'выехали в 07:40' = on the way; phone 388-03-12 is noise"),
       reply_to_id=zid(388031))

letter(d(6, 8, 20), ZHU, "yamobile", "Лесная 8",
       body_ya_plain("На Лесной 8 (388031) на месте. Камера ТК-21 залита под люк, откачиваем, парит сильно. Ограждение выставили.\n\n" + YA_MOBILE),
       D("388031", [], ON, "number in brackets after address; on site"))

letter(d(6, 11, 0), ZHU, "yamobile", "388031 п.2",
       body_ya_plain("по 388031 поз. 2 — камеру откачали, нашли свищ на обратке, ставим хомут\n\n" + YA_MOBILE),
       R("request 388031 has only position 1; position 2 does not exist"))

letter(d(6, 13, 35), KOV, "outlook", "FW: 388031",
       body_outlook("Пересылаю отчёт бригадира.\n\n" + SIG_KOV
                    + outlook_quote_en(ZHU, KOV, d(6, 13, 12), "388031",
                                       "Андрей Викторович, Лесная 8 — свищ на обратке в ТК-21 устранили, хомут 159 мм, камеру откачали, "
                                       "парения нет. С ТК-21 выехали в 13:10, едем на базу.\n\n" + YA_MOBILE)),
       D("388031", [], LEFT, "Outlook forward of the crew's report; 'с ТК-21 выехали ... едем на базу' = left the site"))

# ---------------- 388209: замена задвижек ТК-7..ТК-10
letter(d(9, 8, 40), KOV, "outlook", "RE: 388209 замена задвижек Ду150",
       body_outlook("Заявку 388209 взяли в работу. Задвижки 30с41нж Ду150 Ру16 на складе есть, 4 шт. Начинаем с ТК-7, "
                    "бригада Гришина выедет после получения допуска.\n\n" + SIG_KOV
                    + outlook_quote_ru(CUST, KOV, d(9, 8, 3), "388209 замена задвижек Ду150",
                                       "Заявка 388209. Замена задвижек Ду150: 1 — ТК-7, 2 — ТК-8, 3 — ТК-9, 4 — ТК-10.")),
       D("388209", [], ACC, "'взяли в работу'; valve model 30с41нж Ду150 Ру16 is noise; departure is a plan"),
       reply_to_id=zid(388209))

tbl_019 = ("<div>Заявка 388209, ход работ на 10:00:</div><br>"
           "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
           "<tr><th>Поз.</th><th>Камера</th><th>Что делаем</th><th>Время</th></tr>"
           "<tr><td>П1</td><td>ТК-7</td><td>на месте, демонтаж старой задвижки</td><td>09:15</td></tr>"
           "<tr><td>П2</td><td>ТК-8</td><td>второе звено на месте, откачка камеры</td><td>09:40</td></tr>"
           "</table><br><div>Гришин</div>")
letter(d(9, 10, 5), GRI, "yandex", "388209 — ход работ",
       body_ya_alt("Заявка 388209, ход работ на 10:00:\nП1 ТК-7 — на месте, демонтаж старой задвижки, 09:15\n"
                   "П2 ТК-8 — второе звено на месте, откачка камеры, 09:40\n\nГришин", tbl_019),
       D("388209", ["1", "2"], ON, "HTML table, a row per position, both on site"))

letter(d(9, 17, 20), GRI, "bat", "388209 итог дня",
       body_bat("Здравствуйте.\n\nПоз.1 (ТК-7): задвижку заменили, опрессовали на 16, течи нет, с камеры ушли в 17:00.\n"
                "Поз.2 (ТК-8): не успели слить, продолжим завтра с 8:00.\n\n" + SIG_GRI_BAT),
       D("388209", ["1"], LEFT, "pos 1 finished and left; pos 2 only a plan for tomorrow"))

txt_023q = "Сергей Николаевич, по ТК-8 (поз. 2) сообщите, когда закончите."
letter(d(10, 9, 10), KOV, "outlook", "388209-3",
       body_outlook("ТК-9 — прибыли 08:50, откачка камеры, потом демонтаж.\n\nКоваленко А.В.", alt=True),
       D("388209", ["3"], ON, "position after dash in subject; arrived"))

letter(d(10, 12, 10), GRI, "yandex", "Re: 388209 (2)",
       body_ya_html("ТК-8 готово. Задвижка новая стоит, старую сдали на склад, накладная № 1147."
                    + ya_quote(CUST, d(10, 8, 15), txt_023q)),
       D("388209", ["2"], LEFT, "'готово' result for position 2 (subject '(2)'); накладная number is noise"),
       reply_to_id=zid("388209-2"))

letter(d(10, 16, 55), KOV, "outlook", "388209",
       body_outlook("По третьей и четвёртой позиции замена выполнена (ТК-9, ТК-10). Бригада Гришина уехала с ТК-10 в 16:45, "
                    "камеры закрыли.\n\n" + SIG_KOV),
       D("388209", ["3", "4"], LEFT, "ordinal positions in words; crew left"))

letter(d(20, 10, 0), SMI, "outlook", "Акт и счёт по заявке 388209",
       body_outlook("Добрый день!\nНаправляем акт выполненных работ КС-2 № 112 от 19.11.2026 и счёт на оплату № 388 на сумму "
                    "247 600,00 руб. по заявке 388209 (замена задвижек Ду150 в ТК-7 – ТК-10). Просим подписать и вернуть "
                    "один экземпляр.\n\n" + SIG_SMI, enc=BASE64),
       R("act/invoice talk, no status; act/invoice numbers are noise"))

# ---------------- 388355: промывка Полевая
letter(d(10, 15, 30), ZHU, "yandex", "Fwd: садик Полевая",
       body_ya_html("Пересылаю от Лёши по 388355, это первая позиция.\n\n"
                    "-------- Пересылаемое сообщение --------\n"
                    "10.11.2026, 15:18, \"Алексей Бобров\" <bobrov.al@mail.ru>:\n"
                    "Паша, детсад на Полевой 3 промыли, воду набрали, все батареи тёплые, завхоз акт подписала. Мы уехали.\n"
                    "-------- Конец пересылаемого сообщения --------"),
       D("388355", ["1"], LEFT, "Yandex forward of a crew member's message; forwarded report = finished and left"))

letter(d(11, 13, 20), GRI, "yandex", "Re: 388355",
       body_ya_html("11.11.2026, 12:31, \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>:\n"
                    "> Сергей, по поликлинике (поз. 2) бригада в пути? Главврач спрашивает.\n\n"
                    "Поликлиника (поз.2) — промывку начали в 13:00, бригада на месте, к вечеру закончим."),
       D("388355", ["2"], ON, "reply written under the quote; quote asks 'в пути?', new text says on site"),
       reply_to_id=zid("388355-2"))

letter(d(11, 18, 10), KOV, "outlook", "RE: 388355 п2",
       body_outlook("По второй позиции промывку закончили, система заполнена, поликлиника на отоплении. Бригада убыла в 17:55.\n\n"
                    "Коваленко А.В.", alt=False),
       D("388355", ["2"], LEFT, "'по второй позиции' ... 'бригада убыла'"))

# ---------------- 388477: течь Советская 40
letter(d(10, 11, 50), DISP, "outlook", "RE: Течь в подвале, ул. Советская, 40",
       body_outlook("Обращение 388477 зарегистрировали, в работу приняли. Бригада заканчивает на другом объекте — будет после обеда.\n\n"
                    "Диспетчер Тихонов В.С.\n" + SIG_DISP
                    + outlook_quote_ru(CUST, DISP, d(10, 11, 33), "Течь в подвале, ул. Советская, 40",
                                       "Обращение 388477. Течь в подвалах: корпус 3 и корпус 5."), enc=BASE64),
       D("388477", [], ACC, "'Обращение ... в работу приняли'; arrival is only a plan"), reply_to_id=zid(388477))

letter(d(10, 13, 40), ZHU, "yamobile", "388477/1",
       body_ya_plain("Выехали с базы на Советскую 40, корпус 3. Минут через 15 будем.\n\n" + YA_MOBILE),
       D("388477", ["1"], WAY, "'NNN/1' subject; left FROM the base TO the site = on the way"))

letter(d(10, 14, 15), ZHU, "yamobile", "Re: 388477 поз1",
       body_ya_plain("Корпус 3 — н\u0061 м\u0065ст\u0065. Течь на розливе под потолком подвала, воды по щиколотку, откачиваем.\n\n" + YA_MOBILE),
       D("388477", ["1"], ON, "'поз1' in subject; 'на месте' written with Latin a/e look-alikes"))

letter(d(10, 18, 5), KOV, "outlook", "388477 итог",
       body_outlook("По заявке 388477 по первой позиции (корпус 3): заменили участок розлива Ду50 длиной 2,5 м, течь устранена, "
                    "подвал откачали. Бригада уехала с объекта в 17:40. По корпусу 5 — завтра с утра.\n\n" + SIG_KOV),
       D("388477", ["1"], LEFT, "pos 1 done and left; pos 2 only a plan"))

letter(d(11, 8, 41), ZHU, "yamobile", "388477 п.2",
       body_ya_plain("Корпус 5 — прибыли 08:30. Подвал закрыт, ключей нет. Ждём управдома, его телефон +7 915 204-33-81, не берёт.\n\n" + YA_MOBILE),
       D("388477", ["2"], ON, "arrived, waiting for keys = on site; phone is noise"))

letter(d(11, 11, 55), ZHU, "yamobile", "RE: 388477 П.2",
       body_ya_plain("ЗАВЕРШЕНО. ТЕЧЬ НА СГОНЕ УСТРАНИЛИ, УБЫЛИ 11:50"),
       D("388477", ["2"], LEFT, "caps; 'П.2' in subject"))

letter(d(11, 16, 0), KOV, "outlook", "По заявке 388477 — доступ в подвалы",
       body_outlook("Добрый день.\nСегодня на корпусе 5 бригада простояла 2 часа 10 минут из-за отсутствия ключей от подвала. "
                    "Это уже третий случай на Советской, 40. Прошу впредь обеспечивать доступ до прибытия бригады, иначе будем "
                    "выставлять простой по п. 4.3 договора.\n\n" + SIG_KOV),
       R("complaint about access/idle time, no new status"))

# ---------------- 388650: аварийная раскопка ТК-30
letter(d(12, 22, 11), DISP, "outlook", "Автоматический ответ: Заявка 388650 – ТК-30, провал грунта",
       body_outlook("Ваше письмо принято. Диспетчерская служба ООО «ТеплоСетьРемонт» работает круглосуточно. "
                    "По срочным вопросам звоните 8 (4922) 53-17-40.\nЭто сообщение отправлено автоматически.", alt=False),
       I("Exchange auto-reply ('Ваше письмо принято' is automatic, not acceptance)"),
       reply_to_id=zid(388650),
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "dispetcher@teploset-remont.ru")])

letter(d(12, 22, 26), DISP, "outlook", "388650 ТК-30 выезд",
       body_outlook("Аварийная машина ГАЗель А 417 КМ 33 выехала на ТК-30 в 22:24 (заявка 388650). Ориентировочно 20 мин. "
                    "Старший — Жуков.\n\nДиспетчер Тихонов В.С.", alt=False),
       D("388650", [], WAY, "departed for the site; car plate is noise"))

letter(d(13, 8, 5), DISP, "outlook", "Сводка ночной смены 12.11/13.11",
       body_outlook("Смену принял 12.11 в 20:00 Тихонов В.С.\n\n"
                    "22:10 — поступила заявка 388650, ТК-30, провал грунта, парение.\n"
                    "22:24 — выезд аварийной машины.\n"
                    "22:48 — прибытие на ТК-30, выставлено ограждение, вызван экскаватор.\n"
                    "23:30 — раскопка. Задвижки в ТК-29 и ТК-31 закрыли, отключили участок, 6 домов без отопления.\n"
                    "02:50 — свищ на подающем Ду300 заварен, задвижки открыли, подача восстановлена в 03:20.\n"
                    "05:10 — засыпали песком, ограждение оставлено.\n"
                    "05:40 — убытие бригады.\n\n"
                    "Смену сдал в 08:00 Тихонов В.С.\n" + SIG_DISP),
       D("388650", [], LEFT, "night summary of one request; latest done event is 'убытие бригады' 05:40"))

# ---------------- 388902: изоляция
letter(d(13, 9, 45), SMI, "outlook", "RE: Изоляция надземки (388902)",
       body_outlook("Принято. Работы по изоляции — бригада Кузнецова В.П., начнут сегодня с участка ТК-2 – ТК-3.\n\n" + SIG_SMI
                    + outlook_quote_ru(CUST, SMI, d(13, 9, 2), "Изоляция надземки (388902)",
                                       "Восстановить теплоизоляцию надземной прокладки, три участка, см. заявку 388902.")),
       D("388902", [], ACC, "'Принято' = accepted; start is a plan"), reply_to_id=zid(388902))

letter(d(13, 13, 0), KUZ, "yamobile", "Изоляция 388902 поз.1",
       body_ya_plain("Участок ТК-2 - ТК-3 начали, снимаем старую минвату, к вечеру покроем оцинковкой.\n\n" + YA_MOBILE),
       D("388902", ["1"], ON, "work started = on site"))

letter(d(14, 16, 30), KUZ, "yamobile", "388902",
       body_ya_plain("Участки 1 и 2 сделали полностью, мусор собрали, сегодня уходим. 3-й участок на следующей неделе, материал не подвезли.\n\n" + YA_MOBILE),
       D("388902", ["1", "2"], LEFT, "positions 1 and 2 finished; 3 is a plan"))

letter(d(19, 15, 0), KUZ, "yandex", "Re: 388902",
       body_ya_html("3-й участок (ТК-4–ТК-5) заизолировали, мусор вывезли. По заявке всё, людей сняли.\n\nКузнецов"),
       D("388902", ["3"], LEFT, "'3-й участок' = position 3; 'людей сняли' = crew withdrawn"))

# ---------------- misc review
letter(d(15, 10, 0), KOV, "outlook", "Заявка 388880",
       body_outlook("По заявке 388880 бригада прибыла на ул. Чкалова, 9, течь в ИТП, приступили.\n\nКоваленко А.В."),
       R("388880 is not in the registry"))

# ---------------- 389015: нет отопления
cust_389015 = "Заявка 389015. Мкр Северный, корп. 7 и корп. 9 — нет отопления. Срочно."
letter(d(16, 6, 41), DISP, "outlook", "RE: Нет отопления мкр Северный – заявка 389015",
       body_outlook("Доброе утро. Заявку 389015 принял, передал аварийной бригаде Жукова. Смену сдаю в 8:00, дальше ведёт Тихонов В.С.\n\n"
                    "Диспетчер Ермолаев Д.В.\n" + SIG_DISP
                    + outlook_quote_ru(CUST, DISP, d(16, 6, 33), "Нет отопления мкр Северный – заявка 389015", cust_389015)),
       D("389015", [], ACC, "'заявку принял' = accepted (not to be confused with shift handover wording)"),
       reply_to_id=zid(389015))

letter(d(16, 6, 52), ZHU, "yamobile", "#389015",
       body_ya_plain("едем, будем через 30 минут"),
       D("389015", [], WAY, "'#NNN' subject; 'будем через 30 минут' = on the way"))

raw_letter(d(16, 7, 5), """From: Microsoft Outlook <postmaster@teploset-remont.ru>
To: dispatch@zakazchik-omis.ru
Date: Mon, 16 Nov 2026 07:05:12 +0300
Subject: {S1}
Message-ID: <a8f3c1d2e4b54f0e9c71b2a3d4e5f607@EXCH01.teploset-remont.local>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="_000_bounce_389015_"

--_000_bounce_389015_
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: base64

{B1}

--_000_bounce_389015_
Content-Type: message/delivery-status

Reporting-MTA: dns; EXCH01.teploset-remont.local
Arrival-Date: Mon, 16 Nov 2026 07:05:09 +0300

Final-Recipient: rfc822; ermolaev.dv@teploset-remont.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_000_bounce_389015_
Content-Type: text/rfc822-headers

From: {F1} <dispatch@zakazchik-omis.ru>
To: ermolaev.dv@teploset-remont.ru
Subject: {S2}
Date: Mon, 16 Nov 2026 07:05:00 +0300
Message-ID: <zk.389015b@zakazchik-omis.ru>

--_000_bounce_389015_--
""".replace("{S1}", enc_h("Недоставляемое: Нет отопления мкр Северный – заявка 389015", "windows-1251"))
 .replace("{F1}", enc_h("Диспетчерская ОМИС", "utf-8"))
 .replace("{S2}", enc_h("Нет отопления мкр Северный – заявка 389015", "utf-8"))
 .replace("{B1}", base64.encodebytes(
    ("Не удалось доставить сообщение следующим получателям или группам:\n\n"
     "ermolaev.dv@teploset-remont.ru\nАдрес электронной почты не найден. Проверьте адрес и повторите отправку.\n\n"
     "Диагностические сведения для администраторов:\nСервер: EXCH01.teploset-remont.local\n"
     "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n").encode("cp1251")).decode().strip()),
           I("delivery failure report (bounce) from the contractor's Exchange"))

letter(d(16, 8, 7), DISP, "outlook", "Сводка за смену 15.11–16.11",
       body_outlook("Сводка за смену 15.11 20:00 – 16.11 08:00\nСмену принял Ермолаев Д.В.\n\n"
                    "01:40 — звонок жителей по ТК-30 (заявка 388650): просадка засыпки. Выезжали, подсыпали щебень, поправили "
                    "ограждение, убыли в 03:10.\n"
                    "06:30 — заявка 389015 (мкр Северный, корп. 7 и 9, нет отопления). Бригада Жукова выехала в 06:50.\n\n"
                    "Смену сдал Ермолаев Д.В., принял Тихонов В.С.\n" + SIG_DISP, alt=False),
       R("night summary covering two different requests (388650 and 389015)"))

letter(d(16, 8, 30), ZHU, "yamobile", "Re: #389015",
       body_ya_plain("Корп. 7 (поз.1) — завоздушены стояки, стравили, батареи горячие, отопление есть. "
                     "По 9-му корпусу — после обеда, нужен ключ от ИТП.\n\n" + YA_MOBILE),
       D("389015", ["1"], LEFT, "pos 1 result: heating restored; pos 2 only a plan"))

letter(d(16, 14, 0), KOV, "outlook", "RE: 389015 — отключение ГВС 17.11",
       body_outlook("Спасибо, информацию об отключении ГВС 17.11 с 9:00 до 17:00 получили, бригаду предупредим.\n\nКоваленко А.В."
                    + outlook_quote_ru(CUST, KOV, d(16, 13, 20), "389015 — отключение ГВС 17.11",
                                       "Андрей Викторович, для сведения: 17.11 с 9:00 до 17:00 отключение ГВС по мкр Северный.")),
       R("thanks/acknowledgement of the customer's own message, no status"), reply_to_id=zid("389015-gvs"))

letter(d(16, 15, 15), KOV, "outlook", "389015/2",
       body_outlook("Корпус 9: элеватор № 3 прочистили, сопло 6,5 мм заменили, температура подачи 68 °С. Работы завершены, "
                    "бригада свободна.\n\n" + SIG_KOV, enc=BASE64),
       D("389015", ["2"], LEFT, "work finished; элеватор № 3 and sizes are noise"))

# ---------------- 389120: Кирова 15
letter(d(17, 7, 20), GRI, "bat", "Кирова 15 (389120)",
       body_bat("Приняли, выезжаем с базы, минут 25.\n\n" + SIG_GRI_BAT),
       D("389120", [], WAY, "accepted and travelling now; latest = on the way"))

letter(d(17, 8, 10), DISP, "outlook", "389120 — прибытие",
       body_outlook("Прибытие бригады на ТК-40 — 08:05 (по СМС Гришина): «На ТК-40 на месте, течь на вводе в д. 15, готовим раскопку».\n\n"
                    "Диспетчер Тихонов В.С.", alt=False),
       D("389120", [], ON, "noun 'прибытие' with time; relayed crew SMS"))

letter(d(17, 19, 40), KOV, "outlook", "Наряд 389120 – выполнено",
       body_outlook("Наряд 389120: раскопка у ТК-40 выполнена, свищ на вводе Ду100 заварили, засыпали, благоустройство — весной "
                    "отдельной заявкой. Бригада с объекта убыла в 19:30.\n\n" + SIG_KOV),
       D("389120", [], LEFT, "'наряд'; 'с объекта убыла'"))

# ---------------- 389340: школа 12
letter(d(18, 10, 25), SMI, "outlook", "Заявка 389340 (школа № 12, ИТП)",
       MIMEText(outlook_html("Добрый день!\nЗаявка 389340 принята. Выезд запланирован на 19.11 с 8:00 до 10:00, "
                             "прошу предупредить завхоза школы.\n\n" + SIG_SMI), "html", cs("windows-1251", QP)),
       D("389340", [], ACC, "HTML-only Outlook; accepted; 'школа № 12' is not a position; visit is a plan"))

letter(d(18, 16, 40), ZHU, "yamobile", "школа 12",
       body_ya_plain("По 389340 — завтра к 8 выедем, предупредите завхоза, чтоб ИТП открыл. Грязевик Ду80, прокладки возьмём.\n\n" + YA_MOBILE),
       R("plan only ('завтра выедем')"))

letter(d(19, 7, 44), ZHU, "yamobile", "Re: Заявка 389340 принята",
       body_ya_plain("выехали на школу, 15 минут\n\n" + YA_MOBILE
                     + ya_quote(CUST, d(18, 17, 2), "Принято, завхоз предупреждён, будет с 7:30.")),
       D("389340", [], WAY, "Re: subject names old status 'принята'; body says on the way"), reply_to_id=zid("389340-b"))

letter(d(19, 10, 31), ZHU, "yandex", "389340",
       body_ya_alt("Грязевик вскрыли, сетку промыли, грязи ведро. ИТП запустили, подача восстановлена, давление 5,2/3,8. "
                   "Уехали со школы в 10:20.\n\nЖуков П."),
       D("389340", [], LEFT, "multipart/alternative; 'уехали со школы'"))

# ---------------- 389588: плотность задвижек
letter(d(20, 9, 20), KOV, "outlook", "389588 поз 1",
       body_outlook("ТК-15: бригада прибыла в 09:05. Пломба № 0045127 на задвижке на месте, задвижку закрыли, проверяем плотность.\n\n"
                    "Коваленко А.В."),
       D("389588", ["1"], ON, "arrived; seal number is noise; check in progress"))

letter(d(20, 11, 10), GRI, "bat", "389588 п.2",
       body_bat("ТК-16: задвижка держит, плотность в норме. Сняли пломбу № 389902, поставили новую № 389903. "
                "Проверку закончили, с ТК-16 уехали в 11:00.\n\n" + SIG_GRI_BAT),
       D("389588", ["2"], LEFT, "seal numbers 389902/389903 look like request numbers but are not; left the site"))

letter(d(20, 12, 30), GRI, "yandex", "389588 ТК-15 вопрос",
       body_ya_html("Андрей Викторович, диспетчерская, по ТК-15 задвижка не держит — пропуск по сальнику и по клину. "
                    "Менять в рамках этой заявки или оформлять новую? Без замены плотности не будет.\n\nГришин"),
       R("question, no status reported"))

letter(d(20, 18, 0), NEWS, "outlook", "Вестник ТеплоСетьРемонт № 46: итоги недели",
       None, I("corporate newsletter (bulk, List-Unsubscribe)"),
       extra=[("Precedence", "bulk"), ("List-Id", "<vestnik.teploset-remont.ru>"),
              ("List-Unsubscribe", "<mailto:news@teploset-remont.ru?subject=unsubscribe>")], key="news46")
LETTERS[-1]["body"] = MIMEText(
    "<html><body><h2>Вестник ТеплоСетьРемонт № 46</h2>"
    "<p>За неделю закрыто 14 заявок, в том числе замена четырёх задвижек Ду150 по заявке 388209 — бригада Гришина "
    "уехала с последней камеры досрочно.</p><p>Бригада месяца — аварийная бригада П. Жукова.</p>"
    "<p>Напоминаем: с 01.12 все выезды фиксируются в мобильном приложении.</p>"
    "<p style=\"font-size:9pt\">Вы получили это письмо как партнёр ООО «ТеплоСетьРемонт». "
    "<a href=\"mailto:news@teploset-remont.ru?subject=unsubscribe\">Отписаться</a></p></body></html>",
    "html", cs("windows-1251", QP))

letter(d(21, 9, 0), ZHU, "yandex", "Автоответ: 389588 ТК-15",
       body_ya_plain("Я в отгуле до 23.11. По срочным вопросам — Гришин Сергей, 8-920-631-05-77.\n\nЭто письмо отправлено автоматически."),
       I("Yandex auto-reply (vacation responder)"), reply_to_id=zid("389588-q"),
       extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "yes")])

letter(d(21, 14, 0), KOV, "outlook", "389588/1",
       body_outlook("ТК-15: сальник перебили, клин притёрли, плотность есть. Закончили, бригада убыла в 13:40.\n\n" + SIG_KOV),
       D("389588", ["1"], LEFT, "'NNN/1'; finished and left"))

letter(d(22, 8, 5), DISP, "outlook", "Смена 21.11–22.11",
       body_outlook("Смену сдал Ермолаев Д.В., смену принял Тихонов В.С. За смену аварийных выездов не было, давление в сети "
                    "6,2/3,9, подпитка в норме. Замечаний нет.\n\n" + SIG_DISP, alt=False),
       R("shift handover note only; no request, no status ('смену принял' is not 'заявка принята')"))

letter(d(22, 10, 15), ZHU, "yamobile", "на месте",
       body_ya_plain("Мы на месте, никто не встречает, подвал закрыт. Кто-нибудь подъедет?\n\n" + YA_MOBILE),
       R("no request number and no address at all"))

# ---------------- 389771: опрессовка ТК-12/14/17
letter(d(23, 8, 35), DISP, "outlook", "RE: 389771 опрессовка после ремонта",
       body_outlook("Взяли в работу 389771. Опрессовка ТК-12, ТК-14, ТК-17 — 24.11 с утра, бригада Гришина.\n\n"
                    "Диспетчер Тихонов В.С.\n" + SIG_DISP
                    + outlook_quote_ru(CUST, DISP, d(23, 8, 4), "389771 опрессовка после ремонта",
                                       "Заявка 389771: опрессовка после ремонта, 1 — ТК-12, 2 — ТК-14, 3 — ТК-17.")),
       D("389771", [], ACC, "'взяли в работу'; 'ТК-12' is a chamber name, not a position number"), reply_to_id=zid(389771))

raw_letter(d(23, 9, 0), """From: {F3}
To: {T3}
Subject: {S3}
Date: Mon, 23 Nov 2026 09:00:41 +0300
Message-ID: <7C2D19E4A0B34F51A1E0C9D8B7A65F21@EXCH01.teploset-remont.local>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_002_mdn_389771_"
Content-Language: ru-RU

--_002_mdn_389771_
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: base64

{B2}

--_002_mdn_389771_
Content-Type: message/disposition-notification

Reporting-UA: EXCH01.teploset-remont.local; Microsoft Outlook 16.0
Final-Recipient: rfc822;kovalenko.av@teploset-remont.ru
Original-Message-ID: <zk.389771.c0ffee01@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_mdn_389771_--
""".replace("{F3}", formataddr(KOV, charset="windows-1251"))
 .replace("{T3}", formataddr(CUST, charset="windows-1251"))
 .replace("{S3}", enc_h("Прочитано: 389771 опрессовка после ремонта", "windows-1251"))
 .replace("{B2}", base64.encodebytes(
    ("Ваше сообщение\n\n  Кому: Коваленко Андрей Викторович\n  Тема: 389771 опрессовка после ремонта\n"
     "  Отправлено: 23.11.2026 8:04\n\nбыло прочитано 23.11.2026 9:00.\n").encode("cp1251")).decode().strip()),
           I("read receipt (MDN) generated by Outlook"))

ICS = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Коваленко Андрей Викторович:mailto:kovalenko.av@teploset-remont.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по опрессовке ТК-12\\, ТК-14\\, ТК-17 (389771)\r\n"
       "DTSTART;TZID=Russian Standard Time:20261123T150000\r\nDTEND;TZID=Russian Standard Time:20261123T153000\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6\r\nSEQUENCE:0\r\nDTSTAMP:20261123T070000Z\r\n"
       "LOCATION;LANGUAGE=ru-RU:Переговорная ОМИС\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
_cal = MIMEMultipart("alternative")
_cal.attach(MIMEText("", "plain", cs("utf-8", BASE64)))
_ct = MIMEText(ICS, "calendar", cs("utf-8", BASE64))
_ct.set_param("method", "REPLY")
_cal.attach(_ct)
letter(d(23, 10, 0), KOV, "outlook", "Принято: Совещание по опрессовке ТК-12, ТК-14, ТК-17 (389771)",
       _cal, I("calendar meeting response generated by Outlook ('Принято:' is the meeting acceptance)"),
       extra=[("Content-Class", "urn:content-classes:calendarmessage")])

letter(d(24, 8, 40), GRI, "yamobile", "389771",
       body_ya_plain("Выезжаем на ТК-12, через 20 мин будем.\n\n" + YA_MOBILE),
       D("389771", ["1"], WAY, "on the way to ТК-12, which is position 1 in the request comment"))

letter(d(24, 11, 20), GRI, "bat", "389771 п.1",
       body_bat("ТК-12: опрессовка 12 кгс/см2, 10 мин — падения нет, давление принято. Акт подписали. Здесь закончили, "
                "сворачиваемся. ТК-14 и ТК-17 — после обеда.\n\n" + SIG_GRI_BAT),
       D("389771", ["1"], LEFT, "'давление принято' = test passed, position 1 finished; other positions a plan"))

tbl_054 = ("<div>389771, второй этап:</div><br><table border=\"1\" style=\"border-collapse:collapse\">"
           "<tr><td><b>№ поз.</b></td><td><b>Камера</b></td><td><b>Состояние</b></td></tr>"
           "<tr><td>2</td><td>ТК-14</td><td>прибыли 14:05, набираем давление</td></tr>"
           "<tr><td>3</td><td>ТК-17</td><td>второе звено прибыло 14:30, осмотр камеры</td></tr>"
           "</table><div>&nbsp;</div><div>Гришин С.</div>")
letter(d(24, 14, 40), GRI, "yandex", "389771 поз. 2, 3",
       body_ya_html(tbl_054, raw=True),
       D("389771", ["2", "3"], ON, "HTML-only table: both positions arrived"))

_inner = MIMEText("ТК-14 и ТК-17 опрессовали, давление принято, акты подписаны. Бригада уехала в 17:20.\n\nГришин",
                  "plain", cs("utf-8", BASE64))
_inner["From"] = formataddr(GRI, charset="utf-8")
_inner["To"] = formataddr(KOV, charset="utf-8")
_inner["Subject"] = subj_h("389771 поз. 2, 3 итог", "utf-8")
_inner["Date"] = format_datetime(d(24, 17, 24))
_inner["Message-ID"] = "<40017713.20261124172400@yandex.ru>"
_fw = MIMEMultipart("mixed")
_fw.attach(body_outlook("Пересылаю отчёт Гришина (во вложении).\n\nКоваленко А.В."))
_att = MIMEMessage(_inner)
_att.add_header("Content-Disposition", "attachment", filename="389771 итог.eml")
_fw.attach(_att)
letter(d(24, 17, 45), KOV, "outlook", "FW: 389771 поз. 2, 3 итог", _fw,
       D("389771", ["2", "3"], LEFT, "forward as attachment (message/rfc822); forwarded report = finished and left"))

letter(d(25, 9, 0), SMI, "outlook", "Автоматический ответ: Акт по заявке 389771",
       body_outlook("Добрый день!\nЯ нахожусь в отпуске до 30.11.2026. По вопросам заявок обращайтесь к Коваленко А.В., "
                    "kovalenko.av@teploset-remont.ru, тел. +7 (4922) 53-17-42.", alt=False),
       I("Out-of-office auto-reply"), reply_to_id=zid("389771-act"),
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# ================================================================ write
def main():
    letters_dir = os.path.join(OUT, "letters")
    if os.path.isdir(letters_dir):
        shutil.rmtree(letters_dir)
    os.makedirs(letters_dir)
    labels = {}
    for i, L in enumerate(sorted(LETTERS, key=lambda x: x["when"]), 1):
        fn = f"{i:03d}.eml"
        msg = build(L)
        data = msg.as_bytes()
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(letters_dir, fn), "wb") as f:
            f.write(data)
        labels[fn] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
        json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
