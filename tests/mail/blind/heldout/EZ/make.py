#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona: ООО «ПрофОкноСервис»
(ремонт окон ПВХ, дверей, доводчиков).  Writes letters/*.eml, registry.json, labels.json.
Standard library only (email package)."""
import json
import os
import hashlib
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email.policy import compat32
import email
import email.message
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
MSK = timezone(timedelta(hours=3))

# ---------------------------------------------------------------- people
S = ("Сергей Корнилов", "s.kornilov.okna@gmail.com")        # owner, Gmail web
A = ("Artyom Lapin", "artyom.lapin.97@gmail.com")            # fitter, Android, no Russian keyboard
D = ("Денис Хабибуллин", "den.habibullin@mail.ru")           # fitter, Mail.ru app
O = ("Ольга Ширяева", "office@profokno-servis.ru")          # office manager, Outlook, cp1251
B = ("Бухгалтерия ПрофОкноСервис", "buh@profokno-servis.ru")  # accountant, Thunderbird, KOI8-R
NEWS = ("ПрофОкноСервис", "news@profokno-servis.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@profokno-servis.ru")
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

SIG_S = ("\n\n--\nС уважением,\nСергей Корнилов\nООО «ПрофОкноСервис»\n"
         "ремонт окон ПВХ, дверей, доводчиков\n+7 (912) 604-18-37")
SIG_O = ("\n\nС уважением,\nОльга Ширяева\nменеджер ООО «ПрофОкноСервис»\n"
         "тел. +7 (343) 287-45-10, доб. 2\nИНН 6678091234 / КПП 667801001")
SIG_D = "\n\n--\nОтправлено из мобильной Почты Mail.ru"

REGISTRY = {
    "contractor": {
        "name": "ООО «ПрофОкноСервис»",
        "emails": [S[1], A[1], D[1], O[1], B[1], NEWS[1], DAEMON[1]],
        "domains": ["profokno-servis.ru"],
    },
    "requests": [
        {"number": "381204", "positions": ["1", "2"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "Школа №14, ул. Гагарина 27: 1 — окно каб. 12 (створка не закрывается), 2 — окно каб. 14 (продувает, профиль REHAU)"},
        {"number": "381377", "positions": ["1"], "registered_at": "2026-11-02T14:30:00+03:00",
         "comment": "ул. Садовая 8, дверь подъезда 2 — течёт доводчик, дверь не дотягивает"},
        {"number": "381590", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "Поликлиника, пр. Мира 41, 3 этаж: 1 — окно каб. 301, 2 — окно каб. 302, 3 — окно в коридоре у лифта; регулировка фурнитуры, замена уплотнителя"},
        {"number": "381846", "positions": ["1", "2"], "registered_at": "2026-11-05T08:45:00+03:00",
         "comment": "ул. Садовая 12: 1 — дверь подъезда 1, 2 — дверь подъезда 3; замена доводчиков"},
        {"number": "382015", "positions": ["1"], "registered_at": "2026-11-06T11:20:00+03:00",
         "comment": "Детский сад №7, балконная дверь в группе «Солнышко» — сломана ручка, дверь не открывается"},
        {"number": "382233", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Админздание, корпус Б, ул. Заводская 3, регулировка окон VEKA: 1 — окно каб. 5, 2 — окно каб. 6, 3 — окно каб. 7, 4 — окно каб. 8"},
        {"number": "382460", "positions": ["1", "2"], "registered_at": "2026-11-10T13:15:00+03:00",
         "comment": "ТЦ «Радуга»: 1 — входная алюминиевая дверь (центральный вход), 2 — дверь служебного входа"},
        {"number": "382718", "positions": ["1"], "registered_at": "2026-11-11T10:30:00+03:00",
         "comment": "Школа №14, окно каб. 21 — трещина стеклопакета, замена стеклопакета 1300x1400"},
        {"number": "382904", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:40:00+03:00",
         "comment": "Общежитие, ул. Лесная 5: 1 — дверь подъезда 1, 2 — дверь подъезда 2, 3 — дверь тамбура 1 эт.; доводчики и петли"},
        {"number": "383112", "positions": ["1", "2"], "registered_at": "2026-11-16T08:30:00+03:00",
         "comment": "ДК «Строитель»: 1 — окно актовый зал (левое), 2 — окно актовый зал (правое); не закрываются, замена ножниц"},
        {"number": "383365", "positions": ["1"], "registered_at": "2026-11-17T15:00:00+03:00",
         "comment": "Склад, ул. Промышленная 14, дверь запасного выхода — замена замка «антипаника»"},
        {"number": "383580", "positions": ["1", "2"], "registered_at": "2026-11-19T10:10:00+03:00",
         "comment": "Библиотека, ул. Чехова 2: 1 — окно читальный зал, 2 — окно кабинет директора; замена уплотнителя"},
        {"number": "383741", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Поликлиника, пр. Мира 41, 1 этаж: 1 — дверь каб. 104, 2 — дверь каб. 105, 3 — окно регистратуры"},
    ],
}

# ---------------------------------------------------------------- helpers
RU_WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = "янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.".split()
EN_WD = "Mon Tue Wed Thu Fri Sat Sun".split()


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)


def mid(n, who):
    h = hashlib.md5(f"{n}-{who}".encode()).hexdigest()
    dom = who.split("@")[1]
    if dom == "gmail.com":
        return f"<CAF{h[:22].upper()}+{h[22:30]}@mail.gmail.com>"
    if dom == "mail.ru":
        return f"<17{int(h[:8], 16) % 10**8:08d}.{h[8:14]}@f{int(h[14:16],16)+100}.i.mail.ru>"
    if dom == "zakazchik-omis.ru":
        return f"<{h[:16]}@zakazchik-omis.ru>"
    return f"<000{h[:9]}${h[9:17]}${h[17:25]}@profokno-servis.ru>"


def tpart(body, subtype="plain", cs="utf-8", cte="b64"):
    if cte in ("7bit", "8bit"):
        p = MIMENonMultipart("text", subtype, charset=cs)
        p.set_payload(body.encode(cs).decode("ascii") if cte == "7bit" else body)
        p["Content-Transfer-Encoding"] = cte
        return p
    c = Charset(cs)
    c.body_encoding = QP if cte == "qp" else BASE64
    p = MIMENonMultipart("text", subtype)
    p.set_payload(body, c)
    return p


def html_of(text):
    import html as H
    paras = text.split("\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div dir=\"ltr\">" + "".join(
                f"<div>{H.escape(l) if l else '<br>'}</div>" for l in paras) + "</div></body></html>")


def qlines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def gmail_attr_ru(d, who):
    return f"{RU_WD[d.weekday()]}, {d.day} {RU_MON[d.month-1]} {d.year} г. в {d:%H:%M}, {who[0]} <{who[1]}>:"


def gmail_attr_en(d, who):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return f"On {EN_WD[d.weekday()]}, {d:%b} {d.day}, {d.year} at {h}:{d:%M} {ap} {who[0]} <{who[1]}> wrote:"


def mailru_attr(d, who):
    return f"{RU_WD[d.weekday()].capitalize()}, {d:%d.%m.%Y}, {d:%H:%M} +03:00 от {who[0]} <{who[1]}>:"


def outlook_block(d, frm, to, subj):
    return (f"От: {frm[0]} <{frm[1]}>\nОтправлено: {d:%d.%m.%Y} {d:%H:%M}\n"
            f"Кому: {to[0]} <{to[1]}>\nТема: {subj}")


def enc_subj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


LETTERS = []   # (n, msg, label)


def finish(n, msg, frm, subj, d, label, cs="utf-8", to=DISP, reply_to_id=None, mailer=None, extra=None):
    saved = [(k, v) for k, v in msg.items() if k.lower() in ("mime-version", "content-type", "content-transfer-encoding")]
    for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        del msg[k]
    msg["From"] = formataddr(frm, charset=cs) if frm[0] else frm[1]
    msg["To"] = formataddr(to, charset=cs)
    msg["Subject"] = enc_subj(subj, cs)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = mid(n, frm[1])
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    if mailer:
        k, v = mailer
        msg[k] = v
    for k, v in (extra or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in saved:
        if k.lower() != "mime-version":
            msg[k] = v
    LETTERS.append((n, msg, label, d))


def L(n, when, frm, subj, body, label, cs="utf-8", cte="b64", html=None, html_only=False,
      reply_to_id=None, mailer=None, extra=None, to=DISP):
    d = dt(when)
    if html_only:
        msg = tpart(html, "html", cs, cte)
    elif html is not None:
        msg = MIMEMultipart("alternative")
        msg.attach(tpart(body, "plain", cs, cte))
        msg.attach(tpart(html, "html", cs, cte))
    else:
        msg = tpart(body, "plain", cs, cte)
    finish(n, msg, frm, subj, d, label, cs, to, reply_to_id, mailer, extra)


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, SITE, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
GM_WEB = ("X-Mailer", "Gmail")
GM_AND = ("X-Mailer", "Gmail for Android")
MRU = ("X-Mailer", "Mail.Ru Mailer 1.0")
OUTL = ("X-Mailer", "Microsoft Outlook 16.0")
TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")

# dispatcher messages that get quoted (never written as letters themselves)
def dmsg(n):
    return f"<disp-{n}@zakazchik-omis.ru>"

# =================================================================== 381204 (школа 14, каб 12 / каб 14)
L(1, "2026-11-02 10:05", S, "Заявка 381204 принята",
  "Добрый день!\n\nЗаявку № 381204 получили, приняли в работу. Выезд монтажников планируем завтра "
  "с утра, ориентировочно к 9:00. Если нужен пропуск в школу — подскажите, к кому обратиться." + SIG_S,
  dec("381204", [], ACC, "принята, позиции не названы; выезд — только план"),
  html=None, cte="b64", mailer=GM_WEB)

L(2, "2026-11-03 08:12", A, "381204",
  "vyehali na 381204, budem minut cherez 40",
  dec("381204", [], WAY, "транслит: выехали на объект, будут через 40 минут"),
  cte="7bit", mailer=GM_AND)

q = "vyehali na 381204, budem minut cherez 40"
L(3, "2026-11-03 08:58", A, "Re: 381204",
  "na meste\n\n" + gmail_attr_en(dt("2026-11-03 08:12"), A) + "\n" + qlines(q),
  dec("381204", [], SITE, "«na meste»; в цитате старое «vyehali» — не считается"),
  cte="7bit", mailer=GM_AND, reply_to_id=mid(2, A[1]))

L(4, "2026-11-03 11:40", A, "381204 p1",
  "381204 p1 gotovo. kab 12 stvorku otregulirovali, nizhnyuyu petlyu pomenyali.\n"
  "po kab 14 (p2) uplotnitel REHAU ne podoshel, zavtra privezem drugoi i sdelaem",
  dec("381204", ["1"], LEFT, "p1 готово (работа завершена), p2 — только план на завтра"),
  cte="7bit", mailer=GM_AND)

L(5, "2026-11-04 09:20", D, "381204-2",
  "381204 поз2 на месте уплотнитель привезли начинаем" + SIG_D,
  dec("381204", ["2"], SITE, "позиция в теме через дефис и «поз2» в тексте"),
  mailer=MRU)

L(6, "2026-11-04 10:45", D, "381204 (2)",
  "зaкончили по каб 14 уплотнитель поменяли не продувает. уезжаем" + SIG_D,
  dec("381204", ["2"], LEFT, "латинская «a» в «зaкончили»; позиция в скобках в теме, каб 14 = поз. 2"),
  mailer=MRU)

# =================================================================== 381377 (Садовая 8, подъезд 2)
disp_381377 = ("Добрый день.\nНаправляем заявку №381377: ул. Садовая 8, дверь подъезда 2 — течёт доводчик, "
               "дверь не дотягивает.\nПросьба подтвердить принятие.\n\nДиспетчер Марина Ефимова\nтел. 8 (343) 310-22-05")
body7 = ("Добрый день.\nЗаявка принята, мастер будет завтра в первой половине дня." + SIG_O +
         "\n\n" + outlook_block(dt("2026-11-02 14:35"), DISP, O, "Заявка №381377 ул. Садовая 8") + "\n\n" + disp_381377)
L(7, "2026-11-02 15:10", O, "RE: Заявка №381377 ул. Садовая 8", body7,
  dec("381377", [], ACC, "Outlook, windows-1251 QP; ответ над цитатой диспетчера"),
  cs="windows-1251", cte="qp", mailer=OUTL, reply_to_id=dmsg(381377))

L(8, "2026-11-03 13:05", D, "381377 выезжаем",
  "по 381377 выезжаем на садовую 8, газель х417ет196" + SIG_D,
  dec("381377", [], WAY, "«выезжаем» сейчас = в пути; госномер машины — не номер заявки"),
  mailer=MRU)

body9 = ("на месте\n\n" + mailru_attr(dt("2026-11-03 13:05"), D) + "\n" +
         qlines("по 381377 выезжаем на садовую 8, газель х417ет196"))
L(9, "2026-11-03 13:40", D, "Re: 381377 выезжаем", body9 + SIG_D,
  dec("381377", [], SITE, "тема Re: со старым статусом «выезжаем», тело — на месте"),
  mailer=MRU, reply_to_id=mid(8, D[1]))

L(10, "2026-11-03 17:30", S, "Садовая 8 — выполнено",
  "Добрый вечер.\n\nПо заявке 381377 работы выполнены: доводчик заменён на Dorma TS-77 (арт. 87730101), "
  "дверь дотягивает, течи нет. Мастер уехал с объекта в 15:20.\n"
  "Акт № 1143 от 03.11.2026 передадим вместе с закрывающими документами." + SIG_S,
  dec("381377", [], LEFT, "уехал с объекта; артикул, номер акта, дата — не номера заявок"),
  cte="qp", mailer=GM_WEB,
  html=html_of("Добрый вечер.\n\nПо заявке 381377 работы выполнены: доводчик заменён на Dorma TS-77 (арт. 87730101), "
               "дверь дотягивает, течи нет. Мастер уехал с объекта в 15:20.\n"
               "Акт № 1143 от 03.11.2026 передадим вместе с закрывающими документами." + SIG_S))

# =================================================================== 381590 (поликлиника 3 этаж)
L(11, "2026-11-03 11:02", O, "Заявка 381590 - принята в работу",
  "Добрый день!\n\nСообщаем, что заявка 381590 (пр. Мира 41, 3 этаж, окна) принята в работу. "
  "О дате выезда сообщим дополнительно." + SIG_O,
  dec("381590", [], ACC, "Outlook windows-1251 base64"),
  cs="windows-1251", cte="b64", mailer=OUTL)

L(12, "2026-11-05 08:30", A, "381590 VYEZZHAEM",
  "381590 vyezzhaem, poliklinika pr. Mira 41. budem k 9:15",
  dec("381590", [], WAY, "выезжаем + время прибытия"), cte="7bit", mailer=GM_AND)


L(14, "2026-11-05 12:50", A, "381590 p.1, p.2",
  "381590 p.1 i p.2 sdelali (kab 301, 302) - uplotnitel pomenyali, furnitura ok.\n"
  "koridor u lifta (p.3) ne uspeli, tam nado menyat nozhnicy MACO art. 209468, priedem posle postavki",
  dec("381590", ["1", "2"], LEFT, "п.1 и п.2 сделаны; п.3 — только план"),
  cte="7bit", mailer=GM_AND)

disp_q15 = "Добрый день. Подскажите, когда будет закрыта позиция 3 по заявке 381590?\nДиспетчер Марина Ефимова"
L(15, "2026-11-06 09:00", S, "Re: 381590 поз. 3",
  "Марина, добрый день.\n\nПо позиции 3 (окно у лифта) требуется замена ножниц MACO, это вне сметы. "
  "Согласуете доп. расходы 4 800 руб.? Без согласования выехать не можем.\n\n" +
  gmail_attr_ru(dt("2026-11-06 08:31"), DISP) + "\n" + qlines(disp_q15) + SIG_S,
  rev("вопрос о согласовании доп. расходов, статуса нет"),
  mailer=GM_WEB, reply_to_id=dmsg(15))

L(16, "2026-11-12 09:40", D, "381590 поз3",
  "ножницы пришли едем на мира 41 коридор у лифта" + SIG_D,
  dec("381590", ["3"], WAY, "номер и позиция только в теме, «едем» = в пути"),
  mailer=MRU)

L(17, "2026-11-12 12:15", D, "Re: 381590 поз3",
  "по третьей позиции все готово ножницы поставили окно закрывается нормально\n\n" +
  mailru_attr(dt("2026-11-12 09:40"), D) + "\n" + qlines("ножницы пришли едем на мира 41 коридор у лифта") + SIG_D,
  dec("381590", ["3"], LEFT, "«по третьей позиции все готово» = работа завершена"),
  mailer=MRU, reply_to_id=mid(16, D[1]))

# =================================================================== 381846 (Садовая 12: п1 подъезд 1, п2 подъезд 3)
L(18, "2026-11-05 09:30", S, "381846",
  "Принято. 381846, два доводчика GEZE TS 1500 есть на складе, выезд сегодня после обеда." + SIG_S,
  dec("381846", [], ACC, "«Принято», выезд — план"), cte="qp", mailer=GM_WEB)

L(19, "2026-11-05 14:10", A, "Sadovaya 12 - 381846 - vyehali",
  "vyehali",
  dec("381846", [], WAY, "номер только в теме"), cte="7bit", mailer=GM_AND)

L(20, "2026-11-05 15:40", A, "381846",
  "381846 pod'ezd 1 dovodchik pomenyali GEZE TS 1500, rabotaet normalno. seichas na pod'ezde 3 nachinaem",
  rev("разные статусы: п1 (подъезд 1) завершена, п2 (подъезд 3) — на месте"),
  cte="7bit", mailer=GM_AND)

L(21, "2026-11-05 16:55", A, "381846 pod'ezd 3",
  "381846 pod'ezd 3 dovodchik postavili, otregulirovali skorost zakryvaniya. uezzhaem",
  dec("381846", ["2"], LEFT, "подъезд 3 — это позиция 2 по комментарию заявки (позиции 3 нет)"),
  cte="7bit", mailer=GM_AND)

# =================================================================== 382015 (детсад 7, балконная дверь)
t22 = ("Добрый день.\n\nЗаявку 382015 приняли. Ручку Hoppe Tokyo (арт. 11301467) заказали, "
       "поставщик привезёт в понедельник, в понедельник же и поедем." + SIG_S)
L(22, "2026-11-06 11:45", S, "Re: Заявка 382015 детский сад №7", t22,
  dec("382015", [], ACC, "принята; поездка в понедельник — план"),
  html=html_of(t22), cte="b64", mailer=GM_WEB, reply_to_id=dmsg(382015))

L(23, "2026-11-09 08:05", D, "детсад 7 балконная дверь",
  "382015 выехал везу ручку" + SIG_D,
  dec("382015", [], WAY, "«выехал» без «с объекта» = едет на объект"), mailer=MRU)

L(24, "2026-11-09 08:40", D, "382015",
  "нa местe" + SIG_D,
  dec("382015", [], SITE, "латинские a/e в «нa местe»"), mailer=MRU)

L(25, "2026-11-09 09:30", D, "Re: 382015",
  mailru_attr(dt("2026-11-09 08:40"), D) + "\n" + qlines("нa местe") +
  "\n\nручку поменял дверь открывается закрывается все ок. заявку 382015 можно закрывать" + SIG_D,
  dec("382015", [], LEFT, "ответ под цитатой; ручка заменена — работа завершена"),
  mailer=MRU, reply_to_id=mid(24, D[1]))

# =================================================================== 382233 (корпус Б, каб 5-8, VEKA)
disp_382233 = ("Добрый день!\nЗаявка № 382233. Адм. здание, корпус Б, ул. Заводская 3.\n"
               "Регулировка окон VEKA:\n1 — каб. 5\n2 — каб. 6\n3 — каб. 7\n4 — каб. 8\n"
               "Контакт на объекте: комендант Ильин, +7 (922) 118-40-63.\nДиспетчерская ОМИС")
body27 = ("Добрый день!\nЗаявку приняли, выезд 10.11 с 9:00. Коменданта предупредим." + SIG_O + "\n\n" +
          outlook_block(dt("2026-11-09 09:05"), DISP, O, "Заявка 382233 регулировка окон корпус Б") + "\n\n" + disp_382233)
L(27, "2026-11-09 10:15", O, "RE: Заявка 382233 регулировка окон корпус Б", body27,
  dec("382233", [], ACC, "номер в теме Re: и в цитате; новый текст — приняли"),
  cs="windows-1251", cte="qp", mailer=OUTL, reply_to_id=dmsg(382233),
  html=("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body>"
        "<p>Добрый день!<br>Заявку приняли, выезд 10.11 с 9:00. Коменданта предупредим.</p>"
        "<p>С уважением,<br>Ольга Ширяева<br>менеджер ООО «ПрофОкноСервис»<br>тел. +7 (343) 287-45-10, доб. 2</p>"
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        "<p><b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br><b>Отправлено:</b> 09.11.2026 09:05<br>"
        "<b>Кому:</b> Ольга Ширяева &lt;office@profokno-servis.ru&gt;<br><b>Тема:</b> Заявка 382233 регулировка окон корпус Б</p></div>"
        "<p>" + disp_382233.replace("\n", "<br>") + "</p></body></html>"))

# read receipt (ignored)
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(tpart("Ваше сообщение\n\n  Кому: Ольга Ширяева\n  Тема: Заявка 382233 регулировка окон корпус Б\n"
                "  Отправлено: 09.11.2026 9:05\n\nбыло прочитано 09.11.2026 9:47.", "plain", "windows-1251", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: profokno-servis.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;office@profokno-servis.ru\n"
                "Original-Message-ID: " + dmsg(382233) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
finish(26, rr, O, "Прочитано: Заявка 382233 регулировка окон корпус Б", dt("2026-11-09 09:47"),
       ign("уведомление о прочтении (MDN)"), cs="windows-1251", mailer=OUTL, reply_to_id=dmsg(382233))

L(28, "2026-11-10 08:40", A, "382233 edem",
  "korpus B, Zavodskaya 3 - edem, probki, budem 9:20",
  dec("382233", [], WAY, "едем"), cte="7bit", mailer=GM_AND)


rows = [("П1", "каб. 5", "регулировка, смазка фурнитуры", "выполнено"),
        ("П2", "каб. 6", "регулировка, замена ответной планки", "выполнено"),
        ("П3", "каб. 7", "регулировка прижима", "выполнено"),
        ("П4", "каб. 8", "нужна верхняя петля VEKA, заказана", "перенос на 11.11")]
html30 = ("<html><head><meta charset=\"utf-8\"></head><body><div dir=\"ltr\">"
          "<p>Добрый вечер!</p><p>Итог за сегодня по заявке <b>382233</b> (корпус Б):</p>"
          "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
          "<tr><th>Поз.</th><th>Помещение</th><th>Работы</th><th>Статус</th></tr>" +
          "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in rows) +
          "</table><p>Мастера уехали с объекта в 16:40.</p>"
          "<p>--<br>С уважением,<br>Сергей Корнилов<br>ООО «ПрофОкноСервис»<br>+7 (912) 604-18-37</p></div></body></html>")
txt30 = ("Добрый вечер!\n\nИтог за сегодня по заявке 382233 (корпус Б):\n\n" +
         "\n".join(f"{a} | {b} | {c} | {e}" for a, b, c, e in rows) +
         "\n\nМастера уехали с объекта в 16:40." + SIG_S)
L(30, "2026-11-10 17:00", S, "382233 — итог 10.11", txt30,
  dec("382233", ["1", "2", "3"], LEFT, "HTML-таблица: П1–П3 выполнены, П4 перенесена (план)"),
  html=html30, cte="qp", mailer=GM_WEB)

L(31, "2026-11-11 10:30", A, "382233-4",
  "kab 8 petlyu verhnyuyu pomenyali, okno zakryvaetsya, uehali",
  dec("382233", ["4"], LEFT, "позиция через дефис в теме, каб 8 = П4"), cte="7bit", mailer=GM_AND)

# =================================================================== 382460 (ТЦ Радуга)
L(32, "2026-11-10 14:00", S, "Обращение 382460",
  "Добрый день, обращение 382460 (ТЦ «Радуга», две двери) принято в работу. Выезд завтра к открытию ТЦ." + SIG_S,
  dec("382460", [], ACC, "«обращение … принято»"), cte="qp", mailer=GM_WEB)


fw34 = ("Пересылаю от мастера.\n\n---------- Пересылаемое сообщение ---------\n"
        "От: Денис Хабибуллин <den.habibullin@mail.ru>\nDate: ср, 11 нояб. 2026 г. в 08:14\n"
        "Subject: радуга\nTo: Сергей Корнилов <s.kornilov.okna@gmail.com>\n\n\n"
        "на месте радуга 382460 охрана пустила через центральный\n")
L(34, "2026-11-11 08:20", S, "Fwd: радуга", fw34 + SIG_S,
  dec("382460", [], SITE, "пересланный отчёт мастера — на месте; «через центральный» — как прошли, не позиция"),
  mailer=GM_WEB)

L(35, "2026-11-11 11:30", D, "382460 п1",
  "центральный вход готово доводчик отрегулировали петлю подтянули.\n"
  "служебный п2 закрыт, у охраны ключа нет, сказали позвонят как найдут. пока уехали на другой адрес" + SIG_D,
  dec("382460", ["1"], LEFT, "п1 завершена; по п2 работ не было (нет ключа)"), mailer=MRU)

L(36, "2026-11-11 12:10", D, "382460 П2",
  "ключ нашли вернулись, открыли служебный работаем" + SIG_D,
  dec("382460", ["2"], SITE, "работают на служебном входе = на месте по П2"), mailer=MRU)

L(37, "2026-11-11 13:05", D, "Re: 382460 П2",
  "п2 все уехали\n\n" + mailru_attr(dt("2026-11-11 12:10"), D) + "\n" + qlines("ключ нашли вернулись, открыли служебный работаем"),
  dec("382460", ["2"], LEFT, "уехали; цитата «работаем» не считается"), mailer=MRU, reply_to_id=mid(36, D[1]))

# =================================================================== 382718 (школа 14, стеклопакет)
L(38, "2026-11-11 11:15", S, "По заявке № 382718",
  "Добрый день.\n\nПо заявке № 382718 — приняли. Стеклопакет 1300x1400 (4-16-4, под профиль REHAU Blitz) "
  "заказан на заводе, изготовление 5–7 рабочих дней. О выезде сообщим отдельно." + SIG_S,
  dec("382718", [], ACC, "размеры и формула стеклопакета — не номера"), cte="b64", mailer=GM_WEB)

disp_q39 = ("Сергей Викторович, добрый день. Когда будет замена стеклопакета по 382718? "
            "Школа спрашивает.\nДиспетчер Марина Ефимова")
L(39, "2026-11-16 10:20", S, "Re: 382718 сроки?",
  "Марина, стеклопакет ещё не пришёл с завода, выехать пока не можем. Обещают к среде.\n\n" +
  gmail_attr_ru(dt("2026-11-16 09:55"), DISP) + "\n" + qlines(disp_q39) + SIG_S,
  rev("отрицание: ещё не выехали, только обещание"), mailer=GM_WEB, reply_to_id=dmsg(39))

L(40, "2026-11-18 08:00", A, "382718",
  "382718 steklopaket zabrali so sklada, edem v shkolu 14",
  dec("382718", [], WAY, "едем в школу"), cte="7bit", mailer=GM_AND)

# forward as attachment (message/rfc822)
inner = tpart("382718 gotovo. steklopaket 1300x1400 postavili, shtapik novyi, musor vyvezli. uehali 10:35",
              "plain", "utf-8", "7bit")
inner["From"] = formataddr(A)
inner["To"] = formataddr(S, charset="utf-8")
inner["Subject"] = "382718 gotovo"
inner["Date"] = format_datetime(dt("2026-11-18 10:36"))
inner["Message-ID"] = mid(4100, A[1])
inner["MIME-Version"] = "1.0"
m41 = MIMEMultipart("mixed")
m41.attach(tpart("Пересылаю отчёт монтажника по школе 14." + SIG_S, "plain", "utf-8", "qp"))
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="382718 gotovo.eml")
m41.attach(att)
finish(41, m41, S, "Fwd: 382718 gotovo", dt("2026-11-18 10:50"),
       dec("382718", [], LEFT, "пересылка вложением message/rfc822: стеклопакет поставлен, уехали 10:35"),
       mailer=GM_WEB)

L(42, "2026-11-18 11:05", A, "382718 p2",
  "382718 p2 tozhe gotovo, otliv podognuli",
  rev("у заявки 382718 нет позиции 2"), cte="7bit", mailer=GM_AND)

# =================================================================== 382904 (Лесная 5)
L(43, "2026-11-12 10:30", O, "Заявка 382904",
  "Добрый день!\nВаша заявка № 382904 (ул. Лесная 5, три двери) принята. Выезд бригады запланирован на 13.11." + SIG_O,
  dec("382904", [], ACC, "windows-1251"), cs="windows-1251", cte="b64", mailer=OUTL)

L(44, "2026-11-13 08:55", D, "ВЫЕХАЛИ",
  "выехали на лесную 5 по 382904" + SIG_D,
  dec("382904", [], WAY, "«выехали на» = едут на объект"), mailer=MRU)

L(45, "2026-11-13 09:35", D, "ул. Лесная 5 (382904)",
  "на месте начинаем с тамбура" + SIG_D,
  dec("382904", [], SITE, "номер в скобках после адреса в теме"), mailer=MRU)

L(46, "2026-11-13 12:00", A, "382904 poz 1, poz 2",
  "382904 poz 1 i poz 2 dovodchiki zamenili, petli smazali.\n"
  "tambur (poz 3) ostalsya - net petel nuzhnogo razmera, zakazali",
  dec("382904", ["1", "2"], LEFT, "poz 1, 2 сделаны; poz 3 — нет"), cte="7bit", mailer=GM_AND)

L(47, "2026-11-13 17:10", S, "Сегодня",
  "Добрый вечер. Коротко за день: по 382904 поз. 1 и 2 закрыли, по 382718 стеклопакет с завода всё ещё ждём. "
  "Завтра никого не будет, выходной." + SIG_S,
  rev("две разные заявки в одном письме"), cte="qp", mailer=GM_WEB)


L(49, "2026-11-19 14:00", D, "382904 3-я",
  "по 3-й позиции тамбур петли поставили дверь закрывается. бригада освободилась уехали с лесной" + SIG_D,
  dec("382904", ["3"], LEFT, "«уехали с лесной» = убыли; «3-я» в теме"), mailer=MRU)

# =================================================================== 383112 (ДК Строитель)
t50 = ("Добрый день.\n\nНаправляем счёт N 412 от 17.11.2026 по заявке 383112 на сумму 18 600,00 руб. "
       "(в т.ч. НДС). Реквизиты: ООО \"ПрофОкноСервис\", ИНН 6678091234, КПП 667801001, "
       "р/с 40702810716540012345.\nПросим оплатить в течение 10 банковских дней.\n\n"
       "Гл. бухгалтер Н. В. Тарасова")
L(50, "2026-11-17 17:30", B, "Счёт 412 по заявке 383112", t50,
  rev("счёт/оплата, о статусе работ ничего"), cs="koi8-r", cte="b64", mailer=TB)

L(51, "2026-11-16 09:10", S, "383112",
  "383112 — приняли в работу, спасибо." + SIG_S,
  dec("383112", [], ACC, "приняли в работу"), mailer=GM_WEB)

L(52, "2026-11-17 08:20", A, "DK Stroitel 383112",
  "vyehali s bazy, budem k 9",
  dec("383112", [], WAY, "«выехали с базы» = в пути на объект"), cte="7bit", mailer=GM_AND)

L(53, "2026-11-17 09:05", A, "Re: DK Stroitel 383112",
  "pribyli, aktovyi zal, zhdem zavhoza s klyuchami\n\n" + gmail_attr_en(dt("2026-11-17 08:20"), A) + "\n" +
  qlines("vyehali s bazy, budem k 9"),
  dec("383112", [], SITE, "прибыли; ждут ключи — но уже на месте"), cte="7bit", mailer=GM_AND,
  reply_to_id=mid(52, A[1]))

disp_q54 = "Добрый день. По 383112 подскажите, когда планируете закончить? Вечером мероприятие в зале."
L(54, "2026-11-17 16:30", S, "Re: 383112",
  "ДС> " + disp_q54 + "\n\nРаботы завершены, мастера уехали в 15:50. Ножницы заменены, оба окна закрываются.\n" + SIG_S,
  dec("383112", [], LEFT, "цитата с префиксом «ДС>», ответ под ней; «оба окна» = вся заявка"),
  mailer=GM_WEB, reply_to_id=dmsg(54))

# =================================================================== 383365 (склад, антипаника)
L(55, "2026-11-17 15:40", S, "Наряд 383365",
  "Наряд 383365 принят. Замок антипаника Cisa 59901 в наличии." + SIG_S,
  dec("383365", [], ACC, "«наряд … принят»; модель замка — не номер"), cte="qp", mailer=GM_WEB)

bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(tpart("This is the mail system at host mx1.profokno-servis.ru.\n\n"
                    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                    "<p.ivanov@profokno-servis.ru>: host mx1.profokno-servis.ru said: 550 5.1.1\n"
                    "    <p.ivanov@profokno-servis.ru>: Recipient address rejected: User unknown\n", "plain", "us-ascii", "7bit"))
ds = MIMEBase("message", "delivery-status")
_b1 = email.message.Message()
_b1["Reporting-MTA"] = "dns; mx1.profokno-servis.ru"
_b1["Arrival-Date"] = "Tue, 17 Nov 2026 15:02:51 +0300 (MSK)"
_b2 = email.message.Message()
_b2["Final-Recipient"] = "rfc822; p.ivanov@profokno-servis.ru"
_b2["Action"] = "failed"
_b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <p.ivanov@profokno-servis.ru>: Recipient address rejected: User unknown"
ds.set_payload([_b1, _b2])
bounce.attach(ds)
orig = tpart("Добрый день. Направляем наряд 383365, склад ул. Промышленная 14, дверь запасного выхода.\n"
             "Диспетчерская ОМИС", "plain", "utf-8", "b64")
orig["From"] = formataddr(DISP, charset="utf-8")
orig["To"] = "p.ivanov@profokno-servis.ru"
orig["Subject"] = Header("Наряд 383365", "utf-8")
orig["Date"] = format_datetime(dt("2026-11-17 15:02"))
orig["Message-ID"] = dmsg(383365)
bounce.attach(MIMEMessage(orig))
finish(56, bounce, DAEMON, "Undelivered Mail Returned to Sender", dt("2026-11-17 15:03"),
       ign("bounce: недоставка письма диспетчера на старый адрес"),
       extra={"Auto-Submitted": "auto-replied"})

t57 = ("Здравствуйте.\n\nГлавный бухгалтер Тарасова Н. В. в отпуске до 23.11.2026. "
       "По вопросам оплаты обращайтесь: office@profokno-servis.ru, +7 (343) 287-45-10.\n\n"
       "Это письмо отправлено автоматически.")
L(57, "2026-11-18 09:15", B, "Автоответ: Re: Счёт 412 по заявке 383112", t57,
  ign("автоответ «в отпуске»"), cs="koi8-r", cte="qp", mailer=TB,
  extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})

L(58, "2026-11-18 07:50", D, "383365",
  "еще не выехали газель не заводится минут через 40 решим позвоню" + SIG_D,
  rev("отрицание: ещё не выехали"), mailer=MRU)

L(59, "2026-11-18 08:45", D, "383365",
  "на промышленную 14 едем уже, будем к 9:10" + SIG_D,
  dec("383365", [], WAY, "едем"), mailer=MRU)

L(60, "2026-11-18 09:15", D, "Re: 383365",
  "на обьекте\n\n" + mailru_attr(dt("2026-11-18 08:45"), D) + "\n" + qlines("на промышленную 14 едем уже, будем к 9:10"),
  dec("383365", [], SITE, "«на обьекте» с опечаткой"), mailer=MRU, reply_to_id=mid(59, D[1]))

fw61 = ("Коллеги, пересылаю отчёт мастера.\n\n" + SIG_O.strip() + "\n\n" +
        outlook_block(dt("2026-11-18 11:02"), D, O, "383365 выполнено") + "\n\n"
        "замок антипаника поменяли Cisa 59901 проверили с охраной открывается с нажима. все уехали\n")
L(61, "2026-11-18 11:20", O, "FW: 383365 выполнено", fw61,
  dec("383365", [], LEFT, "пересылка из Outlook: отчёт мастера — работы выполнены, уехали"),
  cs="windows-1251", cte="qp", mailer=OUTL)

# =================================================================== 383580 (библиотека)
disp_383580 = ("Добрый день. Направляем заявку 383580: библиотека, ул. Чехова 2, замена уплотнителя "
               "(окно читального зала, окно кабинета директора).\nПо заявке 383365 акт ждём до конца недели.\n"
               "Диспетчер Марина Ефимова")
body62 = ("Добрый день!\nПринята заявка 383580, выезд 20.11." + SIG_O + "\n\n-----Original Message-----\n"
          "From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nSent: Thursday, November 19, 2026 10:15 AM\n"
          "To: office@profokno-servis.ru\nSubject: Заявка 383580 Чехова 2\n\n" + disp_383580)
L(62, "2026-11-19 11:00", O, "RE: Заявка 383580 Чехова 2", body62,
  dec("383580", [], ACC, "«-----Original Message-----»; в цитате упомянут 383365 — не считается"),
  cs="windows-1251", cte="qp", mailer=OUTL, reply_to_id=dmsg(383580))

L(63, "2026-11-20 09:00", A, "383580 edem",
  "edem na Chehova 2",
  dec("383580", [], WAY, "едем"), cte="7bit", mailer=GM_AND)

L(64, "2026-11-20 09:30", A, "Re: 383580 edem",
  "biblioteka, na meste\n\n" + gmail_attr_en(dt("2026-11-20 09:00"), A) + "\n" + qlines("edem na Chehova 2"),
  dec("383580", [], SITE, "тема Re: со старым «edem», тело — на месте"), cte="7bit", mailer=GM_AND,
  reply_to_id=mid(63, A[1]))

L(65, "2026-11-20 11:20", A, "383580",
  "chitalnyi zal gotovo, uplotnitel pomenyali po vsemu perimetru.\n"
  "kabinet direktora zakryt, direktor budet posle 14, vernemsya k 14",
  dec("383580", ["1"], LEFT, "читальный зал = поз. 1 по комментарию; кабинет директора ещё не начат"),
  cte="7bit", mailer=GM_AND)

L(66, "2026-11-20 14:40", A, "383580 kab direktora",
  "kab direktora sdelali, vse, uezzhaem",
  dec("383580", ["2"], LEFT, "кабинет директора = поз. 2"), cte="7bit", mailer=GM_AND)

# =================================================================== 383741 (поликлиника 1 этаж)
h67 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
       "<div dir=\"ltr\">Добрый день!<div><br></div><div>Взяли заявку <b>383741</b> в работу. "
       "Выезд завтра, 24.11, к 8:30.</div><div><br></div><div>--<br>С уважением,<br>Сергей Корнилов<br>"
       "ООО «ПрофОкноСервис»<br>+7 (912) 604-18-37</div></div></body></html>")
L(67, "2026-11-23 09:40", S, "Поликлиника пр. Мира 41 — 1 этаж", None,
  dec("383741", [], ACC, "только HTML"), html=h67, html_only=True, cte="b64", mailer=GM_WEB)

cal = MIMEMultipart("alternative")
cal.attach(tpart("Сергей Корнилов принял это приглашение.\n\nВыезд по заявке 383741\n"
                 "Вт 24 нояб. 2026 г. 08:30 – 12:00 (Москва)\n\nПриглашение из Google Календаря", "plain", "utf-8", "b64"))
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
       "METHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20261124T053000Z\r\nDTEND:20261124T090000Z\r\n"
       "DTSTAMP:20261123T071200Z\r\nORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "UID:383741-vyezd@zakazchik-omis.ru\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
       "CN=Сергей Корнилов:mailto:s.kornilov.okna@gmail.com\r\nSUMMARY:Выезд по заявке 383741\r\n"
       "STATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cp = tpart(ics, "calendar", "utf-8", "b64")
cp.set_param("method", "REPLY")
cal.attach(cp)
finish(68, cal, S, "Принято: Выезд по заявке 383741 — вт 24 нояб. 2026 г. 08:30 – 12:00 (MSK)",
       dt("2026-11-23 10:12"), ign("ответ на приглашение календаря, сгенерирован Google Календарём"),
       mailer=GM_WEB)


L(70, "2026-11-24 09:05", S, "Заявка 383741",
  "Заявка 383741. Выезд бригады 08:05, прибытие на объект 08:50, на входе встретил завхоз." + SIG_S,
  dec("383741", [], SITE, "выезд и прибытие (нормализованные существительные) — последнее событие прибытие; "
                          "«начали с 104 и 105» — порядок работ"),
  cte="b64", mailer=GM_WEB)

L(71, "2026-11-24 11:10", D, "383741 п1 п2 п3",
  "п1 готово каб 104 дверь отрегулировали. п2 105 сейчас делаем. п3 регистратура не начинали там очередь" + SIG_D,
  rev("разные статусы по позициям: п1 завершена, п2 на месте, п3 ничего"), mailer=MRU)

h72 = ("<html><body><div>все 3 позиции по 383741 выполнены, двери 104 105 и окно в регистратуре. "
       "уехали в 13:20</div><div><br></div><div>--<br>Отправлено из мобильной Почты Mail.ru</div></body></html>")
L(72, "2026-11-24 13:25", D, "Re: 383741",
  "все 3 позиции по 383741 выполнены, двери 104 105 и окно в регистратуре. уехали в 13:20" + SIG_D,
  dec("383741", [], LEFT, "«все 3 позиции» = вся заявка; номера кабинетов — не номера"),
  html=h72, mailer=MRU, reply_to_id=mid(69, D[1]))

# =================================================================== misc review / ignored
L(73, "2026-11-04 12:10", A, "381250",
  "381250 gotovo, uehali",
  rev("номера 381250 нет в реестре (опечатка?)"), cte="7bit", mailer=GM_AND)

L(74, "2026-11-10 10:05", D, "где охрана",
  "мы нa месте где вас ждать охрана не пускает без пропуска" + SIG_D,
  rev("нет номера заявки и адреса объекта — не понять, о какой заявке речь"), mailer=MRU)

disp_thx = "Сергей Викторович, акт по 381377 получили, спасибо.\nДиспетчер Марина Ефимова"
L(75, "2026-11-05 10:40", S, "Re: Акт 381377",
  "Спасибо, Марина! Хорошего дня.\n\n" + gmail_attr_ru(dt("2026-11-05 10:12"), DISP) + "\n" + qlines(disp_thx) + SIG_S,
  rev("благодарность в ответ на письмо диспетчера"), mailer=GM_WEB, reply_to_id=dmsg(75))

L(76, "2026-11-20 16:00", S, "Оплата по 381204",
  "Добрый день.\n\nПо заявке 381204 работы закрыты ещё 04.11, акт № 1151 подписан, "
  "а оплата до сих пор не поступила. Прошу уточнить у бухгалтерии сроки. Договор № 17/26-О от 12.01.2026." + SIG_S,
  rev("претензия по оплате; «работы закрыты ещё 04.11» — давно зарегистрированный факт, не новый отчёт"),
  cte="qp", mailer=GM_WEB)

news_html = ("<html><body><h2>Скидка 15% на москитные сетки до конца ноября!</h2>"
             "<p>ООО «ПрофОкноСервис» — ремонт окон ПВХ, дверей, доводчиков.</p>"
             "<p>Звоните: +7 (343) 287-45-10</p><p><a href=\"https://profokno-servis.ru/unsubscribe?u=8812\">"
             "Отписаться от рассылки</a></p></body></html>")
L(77, "2026-11-12 11:00", NEWS, "Скидка 15% на москитные сетки до конца ноября",
  "Скидка 15% на москитные сетки до конца ноября!\nООО «ПрофОкноСервис» — ремонт окон ПВХ, дверей, доводчиков.\n"
  "Звоните: +7 (343) 287-45-10\nОтписаться: https://profokno-servis.ru/unsubscribe?u=8812",
  ign("рекламная рассылка"), html=news_html, cte="b64",
  extra={"Precedence": "bulk", "List-Unsubscribe": "<https://profokno-servis.ru/unsubscribe?u=8812>",
         "List-Id": "ProfOkno news <news.profokno-servis.ru>"})

L(78, "2026-11-19 18:30", A, "Re: 383580",
  "Zdravstvuite! Segodnya (19.11) u menya otgul, po srochnym voprosam zvonite Sergeyu +7 912 604-18-37.\n"
  "(avtomaticheskii otvet)",
  ign("автоответ Gmail (vacation responder)"), cte="7bit", mailer=GM_AND,
  extra={"Auto-Submitted": "auto-replied"})

# a few more decided, other clients / forms
L(79, "2026-11-13 15:20", S, "Fwd: 382904",
  "---------- Forwarded message ---------\nFrom: Artyom Lapin <artyom.lapin.97@gmail.com>\n"
  "Date: Fri, Nov 13, 2026 at 12:00 PM\nSubject: 382904 poz 1, poz 2\nTo: <s.kornilov.okna@gmail.com>\n\n"
  "382904 poz 1 i poz 2 dovodchiki zamenili, petli smazali.\n"
  "tambur (poz 3) ostalsya - net petel nuzhnogo razmera, zakazali\n",
  dec("382904", ["1", "2"], LEFT, "пересылка (англ. Gmail): та же информация, что в 046; поз. 1 и 2 завершены"),
  cte="qp", mailer=GM_WEB)

L(80, "2026-11-02 16:20", S, "Re: Заявка 381204",
  "Марина, добрый день. Пропуск не нужен, охрана школы в курсе, спасибо.\n\n" +
  gmail_attr_ru(dt("2026-11-02 15:40"), DISP) + "\n" +
  qlines("Сергей Викторович, для школы 14 нужен пропуск? Могу заказать на завтра.\nДиспетчер Марина Ефимова") + SIG_S,
  rev("ответ на вопрос диспетчера, статуса нет"), mailer=GM_WEB, reply_to_id=dmsg(80))


L(82, "2026-11-12 11:40", S, "Заявка 382904 — вопрос",
  "Добрый день. По заявке 382904: в комментарии не указано, какие петли на двери тамбура — "
  "стальные или алюминиевые? Можно фото?" + SIG_S,
  rev("вопрос, статуса нет"), cte="qp", mailer=GM_WEB)

L(83, "2026-11-04 16:00", A, "381590 zavtra?",
  "381590 zavtra s utra budem, nado chtoby 3 etazh otkryli k 9",
  rev("план «завтра будем»") , cte="7bit", mailer=GM_AND)

L(84, "2026-11-06 10:15", S, "381846 позиция 1",
  "Добрый день.\n\nУточняю по заявке 381846: позиция 1 (подъезд 1) — доводчик GEZE TS 1500 заменён вчера, "
  "05.11, около 15:30, после этого мастер перешёл на подъезд 3. Артём вчера написал обе двери одним письмом, "
  "поэтому дублирую отдельно." + SIG_S,
  dec("381846", ["1"], LEFT, "«позиция 1 … заменён вчера» — работа по п.1 завершена (уточнение к письму с разными статусами)"),
  cte="qp", mailer=GM_WEB)

# ---------------------------------------------------------------- write out
LETTERS.sort(key=lambda x: (x[3], x[0]))
labels = {}
pol = compat32.clone(linesep="\r\n")
for f_ in os.listdir(LET):
    os.remove(os.path.join(LET, f_))
for i, (n, msg, label, d) in enumerate(LETTERS, 1):
    name = f"{i:03d}.eml"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    with open(os.path.join(LET, name), "wb") as f:
        f.write(buf.getvalue())
    labels[name] = label

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(labels), "letters")
