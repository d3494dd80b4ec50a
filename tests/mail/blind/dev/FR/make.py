#!/usr/bin/env python3
"""Generator of test letters: roofing & gutter contractor ООО «ВысотаКров».
Crew leaders dictate into their phones; the office manager writes from Outlook / The Bat!.
Run: python3 make.py  (writes letters/, labels.json, registry.json next to this file)"""
import base64
import hashlib
import io
import json
import os
import quopri
from datetime import datetime, timezone, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=3))

DISP = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")
CREW = ("Сергей Дьячков", "s.dyachkov@vysotakrov.ru")
CREWM = ("Сергей Д.", "dyachkov.sv@mail.ru")
CREW2 = ("Руслан Ахметов", "r.akhmetov@vysotakrov.ru")
OFFICE = ("Оксана Белых", "office@vysotakrov.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «ВысотаКров»",
        "emails": ["s.dyachkov@vysotakrov.ru", "dyachkov.sv@mail.ru", "r.akhmetov@vysotakrov.ru",
                   "office@vysotakrov.ru", "mailer-daemon@vysotakrov.ru", "news@vysotakrov.ru"],
        "domains": ["vysotakrov.ru"],
    },
    "requests": [
        {"number": "439112", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ул. Заводская, 14: прочистка и ремонт водостоков, корп. 1 (поз.1) и корп. 2 (поз.2)"},
        {"number": "439205", "positions": ["1"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "ул. Промышленная, 7: протечка кровли над складом"},
        {"number": "439318", "positions": ["1", "2", "3"], "registered_at": "2026-11-04T08:30:00+03:00",
         "comment": "пр. Ленина, 52: замена водосточных труб, подъезды 1-3"},
        {"number": "439047", "positions": ["1", "2"], "registered_at": "2026-11-05T11:00:00+03:00",
         "comment": "очистка кровли и желобов от листвы, корпуса 1 и 2"},
        {"number": "439560", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T09:00:00+03:00",
         "comment": "монтаж снегозадержателей, 4 участка кровли"},
        {"number": "439611", "positions": ["1"], "registered_at": "2026-11-09T14:20:00+03:00",
         "comment": "аварийная протечка мягкой кровли, ул. Северная, 320"},
        {"number": "439702", "positions": ["1", "2"], "registered_at": "2026-11-10T08:45:00+03:00",
         "comment": "ремонт примыканий у вентшахт, поз.1 и поз.2"},
        {"number": "439855", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T10:00:00+03:00",
         "comment": "замена желобов и воронок, три участка"},
        {"number": "439903", "positions": ["1"], "registered_at": "2026-11-12T13:30:00+03:00",
         "comment": "ремонт козырька над входом"},
        {"number": "439274", "positions": ["1", "2"], "registered_at": "2026-11-16T09:10:00+03:00",
         "comment": "герметизация кровли, два пролёта"},
        {"number": "439436", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T08:00:00+03:00",
         "comment": "водостоки и греющий кабель, три корпуса"},
        {"number": "439780", "positions": ["1", "2"], "registered_at": "2026-11-19T10:30:00+03:00",
         "comment": "очистка кровли от снега и наледи, два здания"},
    ],
}
REG = {r["number"]: r for r in REGISTRY["requests"]}

MAILERS = {
    "gmail": None,
    "yandex": "Yamail [ http://yandex.ru ] 5.0",
    "mailru": "Mail.Ru Mail for Android 14.62.0",
    "outlook": "Microsoft Outlook 16.0",
    "thebat": "The Bat! (v9.4.5) Professional",
    "bulk": "UniSender Mailer 3.2",
    "postfix": None,
}

OFFICE_SIG = ("--\nС уважением,\nОксана Белых\nофис-менеджер ООО «ВысотаКров»\n"
              "тел. +7 (861) 290-43-91, моб. +7 918 439-70-21\n"
              "ИНН 2311439562 / КПП 231101001\n350038, г. Краснодар, ул. Ставропольская, 143/1")

LETTERS = []


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def textpart(text, subtype="plain", charset="utf-8", cte="base64"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    data = text.encode(charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(data).decode("ascii"))
    else:  # 8bit
        p.set_payload(data.decode("ascii", "surrogateescape"))
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def html_of(text):
    out = []
    for line in text.split("\n"):
        line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f"<div>{line or '<br>'}</div>")
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + "\n".join(out) + "</body></html>"


def mid(n, host):
    h = hashlib.sha1(f"vysotakrov-{n}".encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{host}>"


def add(date, sender, subject, body=None, *, label, html=None, kind="plain", charset="utf-8",
        cte="base64", mailer="gmail", to=DISP, msg=None, headers=None, in_reply_to=None):
    LETTERS.append(dict(date=date, sender=sender, subject=subject, body=body, html=html, kind=kind,
                        charset=charset, cte=cte, mailer=mailer, to=to, msg=msg, headers=headers or {},
                        in_reply_to=in_reply_to, label=label))


def build(i, L):
    if L["msg"] is not None:
        m = L["msg"]
    elif L["kind"] == "plain":
        m = textpart(L["body"], "plain", L["charset"], L["cte"])
    elif L["kind"] == "html":
        m = textpart(L["html"], "html", L["charset"], L["cte"])
    elif L["kind"] == "alt":
        m = MIMEMultipart("alternative")
        m.attach(textpart(L["body"], "plain", L["charset"], L["cte"]))
        m.attach(textpart(L["html"] or html_of(L["body"]), "html", L["charset"], L["cte"]))
    else:
        raise ValueError(L["kind"])
    name, addr = L["sender"]
    host = addr.split("@")[1]
    if L["mailer"] == "gmail":
        host = "mail.gmail.com"
    elif L["mailer"] == "mailru":
        host = "f412.i.mail.ru"
    hcs = "utf-8" if L["charset"] == "utf-8" else L["charset"]
    m["From"] = formataddr((name, addr), charset=hcs)
    m["To"] = formataddr(L["to"], charset=hcs)
    if not L["subject"] or L["subject"].isascii():
        m["Subject"] = L["subject"]
    else:
        m["Subject"] = Header(L["subject"], hcs, header_name="Subject")
    m["Date"] = format_datetime(dt(L["date"]))
    m["Message-ID"] = mid(i, host)
    del m["MIME-Version"]
    m["MIME-Version"] = "1.0"
    for k, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{i:03d}_{k}_" + hashlib.md5(f"{i}-{k}".encode()).hexdigest()[:12])
        elif part is not m and part.get_content_maintype() == "text":
            del part["MIME-Version"]
    if L["in_reply_to"]:
        irt = f"<{L['in_reply_to']}@zakazchik-omis.ru>"
        m["In-Reply-To"] = irt
        m["References"] = irt
    if MAILERS.get(L["mailer"]):
        m["X-Mailer"] = MAILERS[L["mailer"]]
    for k, v in L["headers"].items():
        m[k] = v
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=78).flatten(m)
    return b.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def D(req=None, pos=(), st=None, note=""):
    return {"expect": "decided", "request": req, "positions": list(pos), "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 439112 (Заводская 14)
add("2026-11-02 10:02", CREW, "заявка 439112",
    "так заявку четыреста тридцать девять тысяч сто двенадцать приняли в работу завтра с утра будем на заводской\n\nОтправлено голосом",
    label=D("439112", [], ACC, "number spelled in words in body, digits in subject; accepted; 'завтра будем' is only a plan"))

add("2026-11-03 08:20", CREW, "Re: заявка 439112",
    "выехал и на заводскую четырнадцать первый корпус точка через минут сорок будем на мести\n\n"
    "Отправлено голосом\n\n"
    "пн, 2 нояб. 2026 г. в 10:02, Сергей Дьячков <s.dyachkov@vysotakrov.ru>:\n"
    "> так заявку четыреста тридцать девять тысяч сто двенадцать приняли в работу завтра с утра будем на заводской\n",
    label=D("439112", ["1"], WAY, "'выехал и' = выехали, first building = position 1, ETA 40 min; quote is own earlier letter"))

add("2026-11-03 09:05", CREW, "439112 поз 1",
    "на месте первый корпус начинаем прочистку воронок лестницу поставили\nНадиктовано",
    label=D("439112", ["1"], ON, "subject '439112 поз 1', 'на месте'"))

add("2026-11-03 13:40", CREW, "Заводская 14 к1",
    "короче по заявке 439112 первая позиция закончили запятая воронки прочистили желоб подтянули кронштейны "
    "новые поставили штук шесть всё течёт куда надо точка уехал и на базу второй корпус завтра\n\nОтправлено голосом",
    label=D("439112", ["1"], OFF, "position 1 finished and crew left; position 2 only planned for tomorrow"))

add("2026-11-03 14:10", OFFICE, "Заявка № 439112 - информация по выполнению",
    "Добрый день!\n\nПо заявке № 439112 сообщаем: работы по поз. 1 (корпус 1) завершены, бригада убыла с объекта в 13:35.\n"
    "Поз. 2 (корпус 2) - завтра, 04.11.2026, с 9:00.\n\n" + OFFICE_SIG,
    kind="alt", charset="windows-1251", cte="quoted-printable", mailer="outlook",
    label=D("439112", ["1"], OFF, "office duplicates crew report: поз. 1 done, left 13:35; поз. 2 planned"))

add("2026-11-04 08:50", CREW, "Re: Заводская 14 к1 (439112)",
    "так по второй позиции на месте второй корпус работаем\nОтправлено голосом",
    label=D("439112", ["2"], ON, "number in brackets after address in subject; subject still says к1 but body names position 2"))

add("2026-11-04 12:15", CREWM, "заявка 439112 всё",
    "всё закончили по второму корпусу запятая водосток повесили новый колено поменяли грандлайн 90 градусов уехали\n\n"
    "Отправлено из мобильной Почты Mail.ru",
    mailer="mailru", charset="utf-8", cte="base64",
    label=D("439112", ["2"], OFF, "second building = position 2, finished and left; '90 градусов' is a part, not a number of interest"))

# ---------------------------------------------------------------- 439205 (Промышленная 7)
add("2026-11-03 11:30", OFFICE, "Заявка 439205 принята",
    "Добрый день.\n\nЗаявку № 439205 (протечка над складом, ул. Промышленная, 7) приняли в работу. "
    "Бригада Дьячкова подъедет сегодня после обеда.\n\n" + OFFICE_SIG,
    charset="windows-1251", cte="quoted-printable", mailer="outlook",
    label=D("439205", [], ACC, "office accepts the request"))

add("2026-11-03 15:20", CREW, "промышленная",
    "промышленная семь четыреста тридцать девять двести пять едем будем минут через двадцать\n\nНадиктовано",
    label=D("439205", [], WAY, "number dictated without 'тысяч' (четыреста тридцать девять двести пять = 439205); 'едем, будем через 20 минут'"))

add("2026-11-03 15:50", CREW, "",
    "на месте промышленная 7 заявка 439205 залезли на кровлю смотрим откуда течёт\nОтправлено голосом",
    label=D("439205", [], ON, "empty subject, number in body"))

add("2026-11-03 18:40", CREW, "439205",
    "протечку нашли примыкание к парапету разошлось запятая промазали мастикой технониколь номер 21 положили заплатку точка "
    "работы закончили уехали точка после дождя можно проверить\n\nОтправлено голосом",
    label=D("439205", [], OFF, "'мастика №21' is a product number; work finished, left"))

add("2026-11-05 09:10", OFFICE, "Вопрос по заявке 439205",
    "Добрый день!\n\nПодскажите, пожалуйста, по заявке 439205: для закрытия нужен акт КС-2 или достаточно нашего акта выполненных работ? "
    "Счёт № 1187 от 04.11.2026 выставили, договор № 439/2026-К.\n\n" + OFFICE_SIG,
    kind="alt", charset="windows-1251", cte="quoted-printable", mailer="outlook",
    label=R("paperwork question about the act and invoice, no status reported"))

# ---------------------------------------------------------------- 439318 (Ленина 52)
add("2026-11-04 09:20", OFFICE, "Заявка 439318 принята в работу",
    "Добрый день!\nЗаявка 439318 принята в работу.\nПоз. 1 - подъезд 1 - принята\nПоз. 2 - подъезд 2 - принята\nПоз. 3 - подъезд 3 - принята\n"
    "Плановый выезд 05.11.2026.\n\n" + OFFICE_SIG,
    html="<html><body><p>Добрый день!</p><p>Заявка <b>439318</b> принята в работу.</p>"
         "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
         "<tr><th>Поз.</th><th>Объект</th><th>Статус</th></tr>"
         "<tr><td>1</td><td>пр. Ленина, 52, подъезд 1</td><td>принята</td></tr>"
         "<tr><td>2</td><td>пр. Ленина, 52, подъезд 2</td><td>принята</td></tr>"
         "<tr><td>3</td><td>пр. Ленина, 52, подъезд 3</td><td>принята</td></tr></table>"
         "<p>Плановый выезд 05.11.2026.</p><p>--<br>С уважением,<br>Оксана Белых<br>офис-менеджер ООО «ВысотаКров»<br>"
         "тел. +7 (861) 290-43-91, моб. +7 918 439-70-21<br>ИНН 2311439562 / КПП 231101001</p></body></html>",
    kind="alt", charset="windows-1251", cte="quoted-printable", mailer="outlook",
    label=D("439318", ["1", "2", "3"], ACC, "HTML table, one row per position, all accepted"))

add("2026-11-05 07:55", CREW, "ленина 52",
    "так значит выехали на ленина пятьдесят два по заявке 439318 трубы загрузили газель а 439 вх 93\n\nОтправлено голосом",
    label=D("439318", [], WAY, "on the way, no position named; car plate 'а 439 вх 93' is not a request number"))

add("2026-11-05 08:30", CREW, "439318-1",
    "на месте первая позиция старые трубы снимаем\nНадиктовано",
    label=D("439318", ["1"], ON, "position after a dash in subject"))

add("2026-11-05 11:45", CREW, "439318 (1)",
    "первую позицию закончили трубы повесили хомуты затянули точка\nОтправлено голосом",
    label=D("439318", ["1"], OFF, "position in brackets, finished"))

add("2026-11-05 12:00", CREW, "439318 поз2",
    "поз два на месте начинаем\nОтправлено голосом",
    label=D("439318", ["2"], ON, "'поз2'/'поз два'"))

add("2026-11-05 16:30", CREWM, "заявка 439318 позиция 2 и 3 готово",
    "так вторая и третья позиция готово трубы новые стоят мусор за собой убрали уезжаем на базу\n\n"
    "Отправлено из мобильной Почты Mail.ru",
    mailer="mailru", cte="quoted-printable",
    label=D("439318", ["2", "3"], OFF, "positions 2 and 3 done, leaving"))

add("2026-11-06 10:00", OFFICE, "RE: Заявка № 439318: подтверждение",
    "Добрый день, спасибо, информацию приняли.\nАкт выполненных работ № 318/11 направим до пятницы.\n\n" + OFFICE_SIG + "\n\n"
    "-----Original Message-----\nFrom: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>\nSent: Friday, November 6, 2026 9:12 AM\n"
    "To: office@vysotakrov.ru\nSubject: Заявка № 439318: подтверждение\n\n"
    "Просим подтвердить завершение работ по заявке 439318, все три позиции отмечены у нас как выполненные.\n",
    charset="windows-1251", cte="quoted-printable", mailer="outlook", in_reply_to="d439318-confirm",
    label=R("acknowledgement of the dispatcher's own letter + paperwork; no new status"))

# ---------------------------------------------------------------- 439047 (листва)
add("2026-11-05 11:40", CREW, "Re: Новая заявка №439047: очистка кровли",
    "принял в работу по листве оба корпуса в пятницу с утра\n\nОтправлено голосом\n\n"
    "05.11.2026, 11:00, \"Диспетчерская служба ОМИС\" <dispatch@zakazchik-omis.ru>:\n"
    "> Добрый день. Направляем заявку №439047: очистка кровли и желобов от листвы, корпуса 1 и 2.\n"
    "> Просьба подтвердить принятие.\n",
    mailer="yandex", in_reply_to="d439047-new",
    label=D("439047", [], ACC, "number only in the quoted/Re subject; 'принял в работу'"))

add("2026-11-06 08:10", CREW, "четыреста тридцать девять ноль сорок семь",
    "заявка четыреста тридцать девять тысяч сорок семь выезжаем на первый корпус\nНадиктовано",
    mailer="yandex",
    label=D("439047", ["1"], WAY, "number in words (439 047); 'выезжаем на первый корпус' = on the way to position 1"))

add("2026-11-06 10:30", CREW, "439047",
    "первый корпус листву убрали крышу почистили воронки свободны готово едем на второй\nОтправлено голосом",
    mailer="yandex",
    label=R("mixed: position 1 finished, position 2 on the way; different statuses for different positions"))

add("2026-11-06 13:50", CREW, "Re: 439047",
    "второй корпус тоже всё уехал и\nОтправлено голосом\n\n"
    "06.11.2026, 10:30, \"Сергей Дьячков\" <s.dyachkov@vysotakrov.ru>:\n"
    "> первый корпус листву убрали крышу почистили воронки свободны готово едем на второй\n",
    mailer="yandex",
    label=D("439047", ["2"], OFF, "second building done, left ('уехал и'); quote is old"))

# ---------------------------------------------------------------- 439560 (снегозадержатели)
add("2026-11-06 09:40", OFFICE, "Заявка 439560",
    "Добрый день.\n\nЗаявку 439560 принимаем. Снегозадержатели в наличии (трубчатые СЗ-3000, 24 шт., арт. 60219), "
    "монтаж начнём в понедельник 09.11.\n\nОксана\nООО \"ВысотаКров\", тел. +7 (861) 290-43-91",
    charset="koi8-r", cte="8bit", mailer="thebat",
    label=D("439560", [], ACC, "KOI8-R 8bit from The Bat!; accepted; article/model numbers are noise"))

add("2026-11-09 07:40", CREW2, "439560",
    "поехали на снегозадержатели 439560 сначала позиция один и два\n\nНадиктовано",
    label=D("439560", ["1", "2"], WAY, "second crew leader; 'поехали' on the way to positions 1 and 2"))

add("2026-11-09 08:35", CREW2, "439560 п.1",
    "на месте п1 и п2 они рядом там одна крыша\nНадиктовано",
    label=D("439560", ["1", "2"], ON, "'п1 и п2' on site (subject names only п.1, body names both)"))

add("2026-11-09 15:10", CREW2, "439560 п1 п2 сделали",
    "короче первая вторая позиция снегозадержатели стоят по двенадцать штук убыли\nНадиктовано",
    label=D("439560", ["1", "2"], OFF, "positions 1 and 2 done, 'убыли'"))

add("2026-11-10 08:00", CREW2, "439560 третья четвёртая",
    "по третьей и четвёртой сегодня не получится ветер сильный на высоте работать нельзя перенесём на четверг\nНадиктовано",
    label=R("postponement/plan for positions 3 and 4, no status"))

add("2026-11-12 09:15", CREW2, "439560 поз 3 поз 4",
    "на месте третья и четвертая позиция ветра нет работаем\nНадиктовано",
    label=D("439560", ["3", "4"], ON, "positions 3 and 4 on site"))

add("2026-11-12 17:20", OFFICE, "Fwd: 439560 три и четыре",
    "Пересылаю сообщение бригадира.\n\nОксана\n\n-------- Пересылаемое сообщение --------\n"
    "12.11.2026, 17:05, Руслан Ахметов <r.akhmetov@vysotakrov.ru>:\n\n"
    "439560 три и четыре закончили уехали снегозадержатели все двадцать четыре штуки на месте\nНадиктовано\n"
    "-------- Конец пересылаемого сообщения --------\n",
    mailer="yandex",
    label=D("439560", ["3", "4"], OFF, "forwarded crew report: positions 3 and 4 done; 'на месте' refers to the snow guards, not the crew"))

# ---------------------------------------------------------------- 439611 (аварийная)
add("2026-11-09 14:35", CREWM, "аварийная",
    "заявку аварийную четыреста тридцать девять шестьсот одиннадцать принял в работу\n\nОтправлено из мобильной Почты Mail.ru",
    mailer="mailru",
    label=D("439611", [], ACC, "number dictated in words without 'тысяч'; accepted"))

add("2026-11-09 14:50", CREWM, "Re: Заявка 439611 АВАРИЙНАЯ протечка",
    "в пути буду минут через тридцать пять пробки на объездной\n\nОтправлено из мобильной Почты Mail.ru\n\n"
    "Понедельник, 9 ноября 2026, 14:20 +03:00 от Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>:\n"
    ">Аварийная заявка 439611. Протечка мягкой кровли, ул. Северная, 320, 5 этаж. Срочно!\n",
    mailer="mailru", in_reply_to="d439611-new",
    label=D("439611", [], WAY, "number only in Re subject/quote; 'в пути, буду через 35 минут'"))

add("2026-11-09 15:40", CREWM, "439611 на мести",
    "так на мести северная триста двадцать поднимаемся на крышу\n\nОтправлено из мобильной Почты Mail.ru",
    mailer="mailru",
    label=D("439611", [], ON, "misheard 'на мести' = на месте; 320 is the street address"))

add("2026-11-09 19:20", CREWM, "439611",
    "течь устранили запятая мягкая кровля наплавили два квадрата техноэласт эпп точка вода не идёт точка убыли\n\n"
    "Отправлено из мобильной Почты Mail.ru",
    mailer="mailru", cte="quoted-printable",
    label=D("439611", [], OFF, "leak fixed, 'убыли'; dictated 'точка/запятая' left in"))

# ---------------------------------------------------------------- 439702 (примыкания)
add("2026-11-10 09:30", OFFICE, "Заявка № 439702",
    "Уважаемые коллеги, добрый день!\n\nЗаявка № 439702 принята. Ответственный - бригадир Дьячков С.В., тел. 8-918-439-70-21.\n"
    "Выезд планируем на завтра.\n\n" + OFFICE_SIG,
    kind="alt", charset="windows-1251", cte="base64", mailer="outlook",
    label=D("439702", [], ACC, "accepted; phone 8-918-439-70-21 resembles a number but is a phone"))

add("2026-11-11 08:05", CREW, "семьсот два",
    "так выехали на четыреста тридцать девять семьсот два по первой позиции\nОтправлено голосом",
    label=D("439702", ["1"], WAY, "number spelled in words, 'по первой позиции' on the way"))

add("2026-11-11 11:00", CREW, "439702 поз 1",
    "убытие с объекта 10 50 первая позиция\nОтправлено голосом",
    label=D("439702", ["1"], OFF, "noun form 'убытие' with time 10 50"))

add("2026-11-11 11:05", CREW, "439702 вторая",
    "по второй позиции а ключ от чердака у кого запятая на вахте говорят нет вопрос знак\nОтправлено голосом",
    label=R("question about the attic key, no status (dictation left 'вопрос знак')"))

add("2026-11-11 13:30", CREW, "439702/2",
    "вторая позиция на месте ключ нашли спасибо\nОтправлено голосом",
    label=D("439702", ["2"], ON, "subject '439702/2', body position 2 on site"))

add("2026-11-11 16:00", OFFICE, "439702 п.2",
    "Добрый день!\nРаботы по второй позиции заявки 439702 завершены, бригада освободилась в 15:45.\n\n" + OFFICE_SIG,
    charset="windows-1251", cte="quoted-printable", mailer="outlook",
    label=D("439702", ["2"], OFF, "'бригада освободилась' = left"))

# ---------------------------------------------------------------- 439855 (желоба)
add("2026-11-11 10:25", CREW, "RE: Заявка 439855 от 11.11.2026",
    "принято\nНадиктовано\n\n"
    "От: Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru]\nОтправлено: 11 ноября 2026 г. 10:00\n"
    "Кому: s.dyachkov@vysotakrov.ru\nТема: Заявка 439855 от 11.11.2026\n\n"
    "Замена желобов и воронок, участки 1, 2, 3. Срок до 20.11.2026.\n",
    in_reply_to="d439855-new",
    label=D("439855", [], ACC, "one-word 'принято' under Outlook quote header; number only in subject"))

add("2026-11-13 07:50", CREW, "439855",
    "439855 ещё не выехали машина не заводится аккумулятор сел ждём прикуриться\nОтправлено голосом",
    label=R("negation: not yet left"))

add("2026-11-13 08:15", CREW, "Re: 439855",
    "всё завелись едем на 439855 первая вторая третья позиция по порядку\nОтправлено голосом",
    kind="alt",
    label=D("439855", ["1", "2", "3"], WAY, "'едем' on the way, names positions 1, 2, 3"))

add("2026-11-13 09:00", CREW, "439855",
    "приехали 439855 на мести\nОтправлено голосом",
    label=D("439855", [], ON, "'приехали... на мести' = arrived, no position"))

add("2026-11-13 12:30", CREW, "439855 - 1, 2",
    "так первая и вторая позиция сделано запятая третья после обеда\nОтправлено голосом",
    label=D("439855", ["1", "2"], OFF, "positions 1,2 done; 3 only planned"))

add("2026-11-13 17:45", CREW, "Re: 439855 - 1, 2",
    "13.11.2026, 12:30, \"Сергей Дьячков\" <s.dyachkov@vysotakrov.ru>:\n"
    "> так первая и вторая позиция сделано запятая третья после обеда\n> Отправлено голосом\n\n"
    "третья тоже готова всё убыли\nОтправлено голосом",
    mailer="yandex",
    label=D("439855", ["3"], OFF, "reply written under the quote: new text is position 3 done"))

# ---------------------------------------------------------------- 439903 (козырёк)
add("2026-11-12 14:00", OFFICE, "Заявка 439903",
    "Добрый день.\nЗаявка 439903: принята, выезд запланирован на 13.11 к 10:00.\n\nОксана",
    charset="koi8-r", cte="base64", mailer="thebat",
    label=D("439903", [], ACC, "KOI8-R base64; accepted, trip only planned"))

add("2026-11-13 09:40", CREW2, "четыреста тридцать девять девятьсот три",
    "в пути на козырёк четыреста тридцать девять девятьсот три точка\nНадиктовано",
    label=D("439903", [], WAY, "number in words in subject and body; 'в пути'"))

add("2026-11-13 10:05", CREW2, "439903",
    "439903 бригада нa мeсте козырёк смотрим\nНадиктовано",
    label=D("439903", [], ON, "Latin look-alike 'a' and 'e' inside 'нa мeсте'"))

add("2026-11-13 14:20", CREW2, "439903 ПОЗИЦИЯ 1",
    "ПОЗИЦИЯ 1 ВЫПОЛНЕНО ВСЁ ЗАКРЫЛИ ПРОФЛИСТ С8 ЗАМЕНИЛИ УЕХАЛИ\nНадиктовано",
    label=D("439903", ["1"], OFF, "caps, 'С8' profile sheet model; done and left"))

add("2026-11-14 09:00", CREW, "по 439611 и 439903",
    "по 439611 и 439903 всё закрыто уехали давно когда акты подпишут\nОтправлено голосом",
    label=R("two different requests in one letter, plus paperwork question"))

# ---------------------------------------------------------------- 439274 (герметизация)
add("2026-11-16 09:50", CREW, "заявку 439274",
    "заявку 439274 взяли короче\nОтправлено голосом",
    label=D("439274", [], ACC, "'взяли' = accepted"))

add("2026-11-16 10:10", CREW, "Re: заявку 439274",
    "выедем завтра с утра сегодня на другом объекте\nОтправлено голосом",
    label=R("plan: 'выедем завтра'"))

add("2026-11-17 08:30", CREW, "выехали",
    "выехали на объект по 439274 герметик взяли 12 тюбиков\nОтправлено голосом",
    label=D("439274", [], WAY, "'выехали на объект' = on the way; 12 tubes is noise"))

add("2026-11-17 09:10", CREW, "прибытие 9:05 439274",
    "прибытие девять ноль пять\nОтправлено голосом",
    label=D("439274", [], ON, "noun 'прибытие' with time"))

add("2026-11-17 12:00", CREW, "439274",
    "первая позиция готово вторая позиция ещё работаем до вечера\nОтправлено голосом",
    label=R("mixed: position 1 finished, position 2 still in progress (different statuses)"))

add("2026-11-17 15:30", CREW, "439274 (2)",
    "вторая позиция закончили уехали с объекта\nОтправлено голосом",
    label=D("439274", ["2"], OFF, "'уехали с объекта' = left from the site"))

# ---------------------------------------------------------------- 439436 (водостоки + кабель)
add("2026-11-17 08:40", OFFICE, "Заявка № 439436 принята",
    None,
    html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
         "<p>Добрый день!</p><p>Заявка № <b>439436</b> принята в работу. Выезд бригады - 18.11.2026, начнём с корпуса 3.</p>"
         "<p>--<br>С уважением,<br>Оксана Белых<br>ООО «ВысотаКров»<br>тел. +7 (861) 290-43-91</p></body></html>",
    kind="html", charset="windows-1251", cte="quoted-printable", mailer="outlook",
    label=D("439436", [], ACC, "HTML-only windows-1251, accepted"))

add("2026-11-18 07:50", CREW2, "439436",
    "выезжаем с базы на 439436 третья позиция будем минут через сорок\nНадиктовано",
    label=D("439436", ["3"], WAY, "leaving FROM the base TO the site = on the way, position 3"))

add("2026-11-18 08:40", CREW2, "439436 поз3 на месте",
    "так на месте\nНадиктовано",
    label=D("439436", ["3"], ON, "position in subject 'поз3'"))

add("2026-11-18 12:00", CREW2, "439436 поз3",
    "с объекта выехали в 11 50 кабель греющий 30 метров проложили проверили позиция три\nНадиктовано",
    label=D("439436", ["3"], OFF, "'с объекта выехали' = left from the site, position 3"))

add("2026-11-18 13:00", OFFICE, "Автоответ: Заявка № 439436 - доступ на кровлю",
    "Здравствуйте!\nЯ в отпуске до 23.11.2026. По срочным вопросам обращайтесь к бригадиру Дьячкову С.В., тел. 8-918-439-70-21.\n\n"
    "Оксана Белых",
    charset="windows-1251", cte="quoted-printable", mailer="outlook",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
    label=I("out-of-office auto-reply"))

add("2026-11-19 08:00", CREW2, "439436 поз 1 и 2",
    "выехал и к вам на первую вторую\nНадиктовано",
    label=D("439436", ["1", "2"], WAY, "'выехал и к вам' = on the way to positions 1, 2"))

add("2026-11-19 16:30", CREW2, "439436",
    "первую и вторую позицию закончили запятая водостоки прочистили запятая обогрев проверили работает\nНадиктовано",
    label=D("439436", ["1", "2"], OFF, "positions 1 and 2 finished (result wording)"))

# ---------------------------------------------------------------- 439780 (снег)
add("2026-11-19 11:00", OFFICE, "Заявка 439780 - принята",
    "Добрый день!\n\nЗаявка 439780 принята, очистку кровли от снега и наледи начнём завтра с 8:00. "
    "Зона будет огорожена, дворника предупредите пожалуйста.\n\n" + OFFICE_SIG,
    charset="utf-8", cte="quoted-printable", mailer="outlook",
    label=D("439780", [], ACC, "accepted; request for the customer is secondary"))

add("2026-11-20 08:00", CREW, "439780 439274",
    "так значит сегодня делаем обе 439780 и по 439274 доделать пролёт выехали\nОтправлено голосом",
    label=R("two different requests in one letter"))

add("2026-11-20 08:20", OFFICE, "Fwd: 439780 позиция 1",
    "Пересылаю от бригады.\n\n---------- Forwarded message ---------\nОт: Сергей Дьячков <s.dyachkov@vysotakrov.ru>\n"
    "Date: пт, 20 нояб. 2026 г. в 08:17\nSubject: 439780 позиция 1\nTo: Оксана Белых <office@vysotakrov.ru>\n\n"
    "439780 позиция 1 на месте начинаем скидывать снег\nОтправлено голосом\n",
    label=D("439780", ["1"], ON, "Gmail-style forward of crew's message: position 1 on site"))

add("2026-11-20 13:00", CREW, "439780 п.1 п.2",
    "первая готова вторая тоже всё наледь сбили сосульки убрали убыли\nОтправлено голосом",
    label=D("439780", ["1", "2"], OFF, "positions 1 and 2 done, left"))

# ---------------------------------------------------------------- other review letters
add("2026-11-10 14:30", CREW, "объект",
    "короче мы на месте начали работу\nОтправлено голосом",
    label=R("no request number at all"))

add("2026-11-12 11:20", CREW2, "заявка 439390",
    "заявка четыреста тридцать девять триста девяносто на месте\nНадиктовано",
    label=R("request 439390 is not in the registry"))

add("2026-11-05 10:00", CREW, "439205 позиция 2",
    "439205 позиция два на месте\nОтправлено голосом",
    label=R("request 439205 has only position 1; position 2 does not exist"))

add("2026-11-11 09:30", OFFICE, "439560 - доп. смета",
    "Добрый день!\n\nПо заявке 439560 поставщик поднял цену на снегозадержатели (счёт поставщика № 7712 от 10.11.2026), "
    "стоимость выросла на 14 300 руб. Просим согласовать дополнительную смету, во вложении будет позже.\n\n" + OFFICE_SIG,
    kind="alt", charset="windows-1251", cte="quoted-printable", mailer="outlook",
    label=R("price/estimate talk, no status"))

add("2026-11-06 15:00", CREW, "439318",
    "а почему нам пишут что трубы не те мы ставили какие в заявке было сто двадцать пять миллиметров\nОтправлено голосом",
    label=R("complaint/argument about materials, no status"))

add("2026-11-16 12:40", OFFICE, "RE: Заявка 439274",
    "Добрый день.\nИнформацию получили, спасибо, бригаде передала.\n\n" + OFFICE_SIG + "\n\nДС> Уточнение по заявке 439274: доступ на кровлю через 2-й подъезд, ключ у охраны.\n"
    "ДС> Диспетчерская служба ОМИС\n",
    charset="windows-1251", cte="quoted-printable", mailer="thebat", in_reply_to="d439274-note",
    label=R("thanks/acknowledgement of dispatcher's clarification; initials-prefixed quote"))

# ---------------------------------------------------------------- machine mail (ignored)


def bounce_msg():
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(textpart("This is the mail system at host mx.vysotakrov.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients.\n\n<brigada@vysotakrov.ru>: user unknown in local recipient table\n"
                      "550 5.1.1 User unknown\n", "plain", "us-ascii", "7bit"))
    ds = MIMEBase("message", "delivery-status")
    b1 = Message(); b1["Reporting-MTA"] = "dns; mx.vysotakrov.ru"; b1["Arrival-Date"] = "Tue, 10 Nov 2026 10:02:11 +0300"
    b2 = Message(); b2["Final-Recipient"] = "rfc822; brigada@vysotakrov.ru"; b2["Action"] = "failed"; b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "X-Postfix; unknown user: \"brigada\""
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = textpart("Добрый день. По заявке 439560 просим сообщить, когда планируете участки 3 и 4.\nДиспетчерская служба ОМИС",
                    "plain", "utf-8", "base64")
    orig["From"] = formataddr(DISP, "utf-8")
    orig["To"] = "brigada@vysotakrov.ru"
    orig["Subject"] = Header("Заявка 439560: уточнение сроков", "utf-8").encode()
    orig["Date"] = format_datetime(dt("2026-11-10 10:02"))
    m.attach(MIMEMessage(orig, "rfc822"))
    m["Auto-Submitted"] = "auto-replied"
    return m


add("2026-11-10 10:02", ("Mail Delivery System", "mailer-daemon@vysotakrov.ru"), "Undelivered Mail Returned to Sender",
    msg=bounce_msg(), mailer="postfix", label=I("delivery failure report (bounce) of the dispatcher's own letter to a non-existent address"))


def mdn_msg():
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(textpart("Ваше сообщение\n\n  Кому: office@vysotakrov.ru\n  Тема: Заявка № 439702\n  Отправлено: 10.11.2026 9:05\n\n"
                      "было прочитано 10.11.2026 9:28.", "plain", "windows-1251", "quoted-printable"))
    dn = MIMEBase("message", "disposition-notification")
    dn.set_payload("Reporting-UA: vysotakrov.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;office@vysotakrov.ru\n"
                   "Original-Message-ID: <d439702-new@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(dn)
    return m


add("2026-11-10 09:28", OFFICE, "Прочитано: Заявка № 439702", msg=mdn_msg(), mailer="outlook", charset="windows-1251",
    label=I("read receipt (MDN)"))


def cal_msg():
    m = MIMEMultipart("alternative")
    m.attach(textpart("Оксана Белых приняла это приглашение.\n", "plain", "utf-8", "base64"))
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Оксана Белых:mailto:office@vysotakrov.ru\r\n"
           "DTSTART:20261110T100000Z\r\nDTEND:20261110T110000Z\r\nSUMMARY:Приёмка работ по заявке 439318\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000439318\r\nDTSTAMP:20261109T120500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    c = textpart(ics, "calendar", "utf-8", "base64")
    c.set_param("method", "REPLY")
    m.attach(c)
    return m


add("2026-11-09 12:05", OFFICE, "Принято: Приёмка работ по заявке 439318", msg=cal_msg(), mailer="outlook",
    label=I("calendar meeting response generated by Outlook"))

add("2026-11-16 07:00", ("ВысотаКров - новости", "news@vysotakrov.ru"), "Скидка 15% на водосточные системы до конца ноября",
    "Уважаемые партнёры!\n\nДо 30.11.2026 скидка 15% на водосточные системы Grand Line и Döcke. "
    "Монтаж снегозадержателей - от 1 200 руб./п.м.\n\nОтписаться от рассылки: https://vysotakrov.ru/unsubscribe?id=439112\n",
    html=None, kind="alt", charset="utf-8", cte="base64", mailer="bulk",
    headers={"Precedence": "bulk", "List-Unsubscribe": "<https://vysotakrov.ru/unsubscribe?id=439112>",
             "List-Id": "ВысотаКров партнёрам <partners.vysotakrov.ru>"},
    label=I("bulk mailing-list advertisement"))


# ---------------------------------------------------------------- forward as attachment (Thunderbird)
def fwd_attach_msg():
    m = MIMEMultipart("mixed")
    m.attach(textpart("Добрый день, пересылаю сообщение бригадира, у него почта с телефона к вам не уходила.\n\nОксана",
                      "plain", "utf-8", "8bit"))
    orig = textpart("заявка 439702 по первой позиции на месте заходим на кровлю через третий подъезд\nОтправлено голосом",
                    "plain", "utf-8", "base64")
    orig["From"] = formataddr(CREW, "utf-8")
    orig["To"] = formataddr(OFFICE, "utf-8")
    orig["Subject"] = Header("439702 первая", "utf-8").encode()
    orig["Date"] = format_datetime(dt("2026-11-11 08:50"))
    orig["Message-ID"] = "<a7f0c1e2.439702@mail.gmail.com>"
    m.attach(MIMEMessage(orig, "rfc822"))
    m["User-Agent"] = "Mozilla Thunderbird 128.4.0"
    return m


add("2026-11-11 09:10", OFFICE, "Fwd: 439702 первая", msg=fwd_attach_msg(), mailer="thebat",
    label=D("439702", ["1"], ON, "forwarded as message/rfc822 attachment: crew on site, position 1"))

# more crew letters for variety
add("2026-11-04 07:45", CREW, "439112 второй корпус",
    "выезжаем на заводскую второй корпус заявка сто двенадцать то есть 439112 позиция 2\nОтправлено голосом",
    label=D("439112", ["2"], WAY, "self-correction 'сто двенадцать то есть 439112'; on the way to position 2"))


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda L: L["date"])
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        fn = f"{i:03d}.eml"
        lab = L["label"]
        if lab["expect"] == "decided":
            reg = REG[lab["request"]]
            assert dt(L["date"]) > datetime.fromisoformat(reg["registered_at"]), fn
            assert all(p in reg["positions"] for p in lab["positions"]), fn
        with open(os.path.join(LET, fn), "wb") as fh:
            fh.write(build(i, L))
        labels[fn] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))


if __name__ == "__main__":
    main()
