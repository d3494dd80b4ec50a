# -*- coding: utf-8 -*-
# Letter definitions (executed inside make.py namespace).

# ---------------------------------------------------------------- 39017 ул. Грина, д. 7 (освещение, под. 1-4)
t = d(2, 9, 48)
body = f"""ул. Грина, д. 7 — не работает освещение на лестничных клетках.

Заявка № 39017 принята в работу 02.11.2026 в 09:45.
Исполнитель: электромонтёр участка № 2 Ерохин П.А.
Плановое время выезда — 10:30.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "Заявка № 39017 — ул. Грина, д. 7 — принята в работу", "roundcube"),
    D("39017", [], PR, "dispatcher: request accepted; planned departure time is only a plan"))

t = d(2, 11, 20)
body = f"""ул. Грина, д. 7, под. 1 — электромонтёр прибыл в 11:12, приступил к замене светильников на 1–9 этажах.
Заявка № 39017.
Под. 2–4 — после окончания работ в под. 1.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "ул. Грина, д. 7 (39017) — прибытие электромонтёра", "roundcube"),
    D("39017", ["1"], NM, "entrance 1 = position 1, on site; floors 1-9 and entrances 2-4 are plans/distractors"))

t = d(2, 16, 41)
text = f"""ул. Грина, д. 7 — итог работ за 02.11 по заявке № 39017

Поз./под. 1 — этажи 1–9, заменено 9 светильников НПБ 1101 — ВЫПОЛНЕНО, электромонтёр ушёл из подъезда в 14:05
Поз./под. 2 — этажи 1–9, заменено 7 светильников — ВЫПОЛНЕНО, 16:20
Поз./под. 3 — перенос на 03.11 (нет светильников на складе)
Поз./под. 4 — перенос на 03.11

{ODS_SIG_K}"""
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family: Verdana, Geneva, sans-serif; font-size: 10pt">
<p><b>ул. Грина, д. 7</b> — итог работ за 02.11 по заявке № 39017</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8e8e8"><th>Поз. / подъезд</th><th>Этажи</th><th>Заменено светильников</th><th>Состояние</th></tr>
<tr><td>1</td><td>1–9</td><td>9 (НПБ 1101)</td><td>выполнено, электромонтёр ушёл из подъезда в 14:05</td></tr>
<tr><td>2</td><td>1–9</td><td>7</td><td>выполнено, 16:20</td></tr>
<tr><td>3</td><td>—</td><td>—</td><td>перенос на 03.11 (нет светильников на складе)</td></tr>
<tr><td>4</td><td>—</td><td>—</td><td>перенос на 03.11</td></tr>
</table>
<p>--<br>Дежурный диспетчер ОДС<br>ГБУ «Жилищник района Северное Бутово»<br>Клименко О.В.<br>тел.: +7 (495) 711-23-40</p>
</body></html>"""
m = alt(text, html)
add(t, finish(m, ODS, t, "ул. Грина, д. 7 — 39017 — итог за 02.11", "roundcube"),
    D("39017", ["1", "2"], UB, "table: entrances 1 and 2 done (finished), 3 and 4 postponed -> decided for done ones"))

t = d(2, 17, 12)
body = f"""ул. Грина, д. 7, под. 3, 4 — светильники получены со склада в 17:00.
Выезд электромонтёра запланирован на 03.11 с 09:00 (заявка 39017).

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "ул. Грина, д. 7, под. 3, 4 — выезд 03.11", "roundcube"),
    R("only a plan for tomorrow (выезд запланирован на 03.11), no status happened"))

t = d(3, 10, 5)
body = f"""39017 под 3 и 4, начали с 4го

{IPHONE}"""
m = part(body)
add(t, finish(m, SAM, t, "Грина 7 под 3 и 4 на месте", "iphone"),
    D("39017", ["3", "4"], NM, "master from iPhone: entrances 3 and 4 on site (subject carries the status)"))
SAM_GRINA7 = m["Message-ID"]

t = d(3, 13, 31)
body = f"""39017 всё, закончил. Под 4 — 2 светильника на 9 эт, под 3 на 5 и 7 эт поменял. Всё горит. Уехал на Грина 1

{IPHONE}

> 3 нояб. 2026 г., в 10:05, Самохин Дмитрий <samokhin.da@zhilishnik-sbutovo.ru> написал(а):
>
> 39017 под 3 и 4, начали с 4го
>
> Отправлено с iPhone"""
m = part(body)
add(t, finish(m, SAM, t, "Re: Грина 7 под 3 и 4 на месте", "iphone", in_reply_to=SAM_GRINA7),
    D("39017", ["3", "4"], UB, "Re: subject still says 'на месте' but body says finished and left (уехал на другой адрес)"))

# ---------------------------------------------------------------- 39042 ул. Академика Глушко, д. 10, кв. 56
CUST_39042 = cust_mid()
t = d(3, 8, 10)
body = f"""Заявку 39042 принял, выезжаю на Глушко 10. Минут 20

{MAILRU}"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "39042", "mailru"),
    D("39042", [], VP, "'выезжаю ... минут 20' = travelling now; latest = в пути"))

t = d(3, 8, 41)
body = f"""На месте. Стояк ГВС перекрыл в подвале, в 52й капать перестало

{MAILRU}


Вторник, 3 ноября 2026, 7:52 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Добрый день.
> Просим принять в работу заявку: ул. Академика Глушко, д. 10, кв. 56 (под. 3, 7 эт.) —
> течь стояка ГВС в санузле, залив нижерасположенной кв. 52.
> Позиция 1 — кв. 56.
> Контакт заявителя: +7 (903) 561-20-44, Маргарита Ивановна.
>
> Диспетчерская ОМИС"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "Re: Заявка № 39042 — ул. Академика Глушко, д. 10, кв. 56 — течь стояка ГВС", "mailru",
              in_reply_to=CUST_39042),
    D("39042", [], NM, "number only in the Re: subject of the customer's letter; new text: на месте"))

t = d(3, 11, 55)
body = f"""готово. поменял кусок стояка гвс ду32 ~1,2м, сгон и кран. запустил, течи нет
кв 52 потолок мокрый — акт залива пусть мастер составит

{MAILRU}"""
m = MIMEMultipart("mixed")
m.attach(part(body, cte="base64"))
m.attach(jpeg("IMG_20261103_114702.jpg"))
m.attach(jpeg("IMG_20261103_114719.jpg"))
add(t, finish(m, KUZ, t, "39042 фото", "mailru"),
    D("39042", [], UB, "'готово', work finished, photos attached"))

t = d(3, 12, 34)
fwd = f"""-----Original Message-----
From: Алексей Кузьмин <kuzmin.aleksey77@mail.ru>
Sent: Tuesday, November 3, 2026 11:55 AM
To: ОДС Северное Бутово <ods@zhilishnik-sbutovo.ru>
Subject: 39042 фото

готово. поменял кусок стояка гвс ду32 ~1,2м, сгон и кран. запустил, течи нет
кв 52 потолок мокрый — акт залива пусть мастер составит

--
Отправлено из Mail.ru для Android"""
body = f"""Коллеги, к сведению. По Глушко 10 — закрыто, фото во вложении.

{DEP_SIG}

{fwd}"""
m = MIMEMultipart("mixed")
m.attach(part(body, charset="windows-1251"))
m.attach(jpeg("IMG_20261103_114702.jpg"))
add(t, finish(m, DEP, t, "FW: 39042 фото", "outlook", charset="windows-1251"),
    D("39042", [], UB, "deputy forwards the plumber's report (English Outlook header block); forwarded report = finished"))

# ---------------------------------------------------------------- 39088 бул. Дмитрия Донского, д. 11 (кровля)
t = d(4, 10, 57)
body = f"""бул. Дмитрия Донского, д. 11 — протечки с кровли в квартиры верхнего этажа.
Обращение 39088 принято, передано на кровельный участок.
Выезд бригады — после 14:00 (сейчас бригада на ул. Грина, д. 15).

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "Обращение 39088 — бул. Дмитрия Донского, д. 11", "roundcube"),
    D("39088", [], PR, "accepted; departure after 14:00 is a plan; ул. Грина д. 15 is another address"))

t = d(4, 14, 21)
body = f"""бул. Дмитрия Донского, д. 11 — бригада кровельщиков (3 чел., бригадир Лаптев И.С.) выехала на адрес в 14:15, ожидаемое прибытие — 14:45.
Обращение № 39088.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "бул. Дмитрия Донского, д. 11 — выезд кровельщиков (39088)", "roundcube"),
    D("39088", [], VP, "выехала НА адрес = on the way"))

t = d(4, 14, 52)
body = f"""бул. Дмитрия Донского, д. 11 (39088) — кровельщики прибыли в 14:47.
Выход на кровлю через под. 4, ключи от чердака взяты у старшей по дому (кв. 130, тел. +7 (916) 770-31-08).

{ODS_SIG_K}"""
m = alt(body, to_html(body, "Verdana"))
add(t, finish(m, ODS, t, "бул. Дмитрия Донского, д. 11 — прибытие (39088)", "roundcube"),
    D("39088", [], NM, "arrived 14:47; под. 4 / кв. 130 / phone are distractors, no position named"))

t = d(4, 17, 31)
fwd_hdr = f"""От: Кровельный участок <krovlya@zhilishnik-sbutovo.ru>
Отправлено: среда, 4 ноября 2026 г. 17:12
Кому: Бондаренко Сергей Викторович <bondarenko.sv@zhilishnik-sbutovo.ru>
Копия: ОДС Северное Бутово <ods@zhilishnik-sbutovo.ru>
Тема: Донского 11 кровля 39088"""
fwd_body = """Сергей Викторович, по Донского 11.
Над кв. 141 (поз. 1) — вскрыли ковёр, наплавили 6 м2 Техноэласт ЭКП, протечка устранена, бригада с кровли ушла в 16:50.
Над кв. 144 течёт через вентшахту, нужна оцинковка, будем завтра с утра.

Бригадир Лаптев И.С."""
body = f"""см. ниже

{DEP_SIG}

{fwd_hdr}

{fwd_body}"""
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
        "<body lang=RU><div class=WordSection1><p class=MsoNormal>см. ниже<o:p></o:p></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        + "".join(f"<p class=MsoNormal>{l}<o:p></o:p></p>" for l in DEP_SIG.split("\n"))
        + "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        + "".join(f"<p class=MsoNormal><b>{l.split(':', 1)[0]}:</b>{l.split(':', 1)[1].replace('<', '&lt;').replace('>', '&gt;')}<o:p></o:p></p>" for l in fwd_hdr.split("\n"))
        + "</div><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        + "".join(f"<p class=MsoNormal>{l if l else '<o:p>&nbsp;</o:p>'}</p>" for l in fwd_body.split("\n"))
        + "</div></body></html>")
m = alt(body, html, charset="windows-1251")
add(t, finish(m, DEP, t, "FW: Донского 11 кровля 39088", "outlook", charset="windows-1251"),
    D("39088", ["1"], UB, "deputy forwards roofers' report: position 1 (над кв. 141) done, crew left; кв. 144 only planned"))

t = d(5, 8, 32)
body = f"""бул. Дмитрия Донского, д. 11, кв. 144 (поз. 2) — кровельщики выехали на адрес в 08:25, везут оцинковку на вентшахту.
Обращение 39088.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "39088 поз. 2 — выезд", "roundcube"),
    D("39088", ["2"], VP, "поз. 2, выехали на адрес = on the way"))

t = d(5, 12, 10)
body = f"""Здравствуйте, Диспетчерская.

бул. Дмитрия Донского, д. 11, кв. 144 (поз. 2) — вентшахта обшита оцинковкой, примыкание
промазано мастикой. Бригада убыла с объекта в 11:50.
Обращение 39088.

{ODSR_SIG}"""
m = part(body, charset="koi8-r", cte="8bit")
add(t, finish(m, ODSR, t, "39088 поз. 2 — выполнено", "bat", charset="koi8-r"),
    D("39088", ["2"], UB, "KOI8-R letter from reserve PC; поз. 2 done, убыла с объекта"))

# ---------------------------------------------------------------- 39105 Старобитцевская ул., д. 19 (двор)
t = d(5, 8, 50)
body = f"""Старобитцевская ул., д. 19, двор — заявка № 39105 принята.
Работы на детской площадке — 06.11, вывоз КГМ — по графику машины.

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "Заявка № 39105 — Старобитцевская ул., д. 19 — принята", "roundcube"),
    D("39105", [], PR, "accepted, dates are plans"))

t = d(5, 9, 37)
body = f"""Коллеги, добрый день.

По 39105 (Старобитцевская, 19) — объём КГМ на площадке около 16 м3, это больше, чем предусмотрено
контрактом № 0373200011326000047 (до 4 м3 в неделю на площадку). Вывоз сверх объёма — за отдельную плату,
по расчёту 18 400 руб. Прошу подтвердить письмом, иначе вывезем только 4 м3.

{DEP_SIG}"""
m = part(body, charset="windows-1251")
add(t, finish(m, DEP, t, "39105 — вывоз КГМ сверх объёма", "outlook", charset="windows-1251"),
    R("price/contract talk about extra volume, no status reported"))

t = d(6, 10, 16)
body = f"""Старобитцевская ул., д. 19, детская площадка (п.1) — бригада благоустройства на месте с 10:00.
39105

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "39105 п.1 — на месте", "roundcube"),
    D("39105", ["1"], NM, "п.1 on site"))

t = d(6, 15, 5)
body = f"""39105, п.1 — качели (2 шт.) и горка отремонтированы: заменены подшипники, 4 доски сиденья, подтянуты крепления. Бригада убыла в 14:40.
По п.2 машина под КГМ будет 07.11 утром.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "Старобитцевская ул., д. 19 — 39105", "roundcube"),
    D("39105", ["1"], UB, "п.1 finished and left; п.2 only planned"))

t = d(7, 9, 31)
body = f"""Старобитцевская ул., д. 19, контейнерная площадка — КГМ вывезен в 09:10, 2 рейса, а/м КАМАЗ г/н Х 123 ОР 799. Площадка убрана, мусор от КГМ собран.

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "39105-2 КГМ", "roundcube"),
    D("39105", ["2"], UB, "'39105-2' in subject = request 39105 position 2; done; car plate is a distractor"))

# ---------------------------------------------------------------- 39163 ул. Грина, д. 3, под. 2 (засор)
CUST_39163 = cust_mid()
t = d(6, 19, 55)
body = f"""ул. Грина, д. 3, под. 2 — засор канализационного стояка, вода в ванной кв. 29 (1 эт.).
Наряд № 39163 принят. Направляем дежурного сантехника Нуриддинова Ф., тел. +7 (926) 118-40-72.

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "Наряд 39163 — ул. Грина, д. 3 — засор", "roundcube", in_reply_to=CUST_39163),
    D("39163", [], PR, "order accepted, plumber assigned; phone is a distractor"))

t = d(6, 20, 6)
body = f"""Выехал на грина 3 засор

{YANDEX}"""
m = part(body, cte="base64")
add(t, finish(m, NUR, t, "засор", "yandex"),
    R("no request number at all (only address); careful dispatcher cannot be sure"))

t = d(6, 20, 26)
html = f"""<div>НА МЕСТЕ ГРИНА 3 39163</div><div> </div><div>-- </div><div>Отправлено из мобильной Яндекс Почты</div>"""
m = part(html, "html", cte="base64")
add(t, finish(m, NUR, t, "39163", "yandex"),
    D("39163", [], NM, "HTML-only caps text: on site"))

t = d(6, 20, 31)
m = MIMEMultipart("report")
m.set_param("report-type", "delivery-status")
m.attach(part("""This is the mail system at host mx1.zhilishnik-sbutovo.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<santeh-uch2@zhilishnik-sbutovo.ru>: host mail.zhilishnik-sbutovo.ru[10.20.1.15] said:
    550 5.1.1 <santeh-uch2@zhilishnik-sbutovo.ru>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)""", charset="us-ascii", cte="7bit"))
ds = MIMEBase("message", "delivery-status")
b1 = Message()
b1["Reporting-MTA"] = "dns; mx1.zhilishnik-sbutovo.ru"
b1["X-Postfix-Queue-ID"] = "4Q7m2R0xk9z3Lp"
b1["Arrival-Date"] = "Fri,  6 Nov 2026 20:31:02 +0300 (MSK)"
b2 = Message()
b2["Final-Recipient"] = "rfc822; santeh-uch2@zhilishnik-sbutovo.ru"
b2["Action"] = "failed"
b2["Status"] = "5.1.1"
b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <santeh-uch2@zhilishnik-sbutovo.ru>: Recipient address rejected: User unknown"
ds.set_payload([b1, b2])
m.attach(ds)
hdrs = MIMEBase("message", "rfc822-headers")
hdrs.set_payload("""From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: santeh-uch2@zhilishnik-sbutovo.ru
Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDM5MTYzIC0g0YPQuy4g0JPRgNC40L3QsCwg0LQuIDMgLSDRgdGC0LDRgtGD0YE/?=
Date: Fri, 6 Nov 2026 20:30:58 +0300
Message-ID: <839201557123.4471@zakazchik-omis.ru>
""")
m.attach(hdrs)
add(t, finish(m, DAEMON, t, "Undelivered Mail Returned to Sender", "other", charset="us-ascii",
              extra=[("Auto-Submitted", "auto-replied")]),
    I("bounce from the contractor's mail server (user unknown) for the customer's message about 39163"))

t = d(6, 21, 32)
body = f"""пробил стояк тросом 15м, вода ушла. уехал

{YANDEX}

06.11.2026, 20:40, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:
> Фарход, принято, сообщите по завершении работ по заявке 39163.
> Диспетчерская ОМИС"""
m = part(body, cte="base64")
add(t, finish(m, NUR, t, "Re: 39163", "yandex"),
    D("39163", [], UB, "new text: cleared and left; 15 m is cable length"))

t = d(6, 21, 46)
body = f"""Здравствуйте.

ул. Грина, д. 3, под. 2, кв. 29 — засор канализационного стояка устранён в 21:20 (наряд 39163).
Сантехник убыл. Слив в кв. 29, 33, 37 проверен, вода уходит.

{ODSR_SIG}"""
m = part(body, charset="koi8-r", cte="quoted-printable")
add(t, finish(m, ODSR, t, "ул. Грина, д. 3 — наряд 39163 выполнен", "bat", charset="koi8-r"),
    D("39163", [], UB, "KOI8-R QP; duplicate confirmation from the dispatcher; flat numbers are distractors"))

# ---------------------------------------------------------------- 39207 ул. Знаменские Садки, д. 1, корп. 1 (почтовые ящики)
t = d(9, 9, 41)
body = f"""ул. Знаменские Садки, д. 1, корп. 1 — замена почтовых ящиков.
Заявка № 39207 получена и принята к исполнению.
Ящики (секции по 24 ячейки) получены со склада, монтаж — 10–11.11.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "Заявка № 39207 принята", "roundcube"),
    D("39207", [], PR, "accepted"))

t = d(10, 10, 21)
body = f"""ул. Знаменские Садки, д. 1, корп. 1, под. 1 и под. 2 — слесари на месте, с 10:05 демонтируют старые ящики (заявка 39207).

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "ул. Знаменские Садки, д. 1, корп. 1 — под. 1, 2 — начало работ", "roundcube"),
    D("39207", ["1", "2"], NM, "entrances 1 and 2 = positions 1 and 2, on site"))

t = d(10, 16, 47)
fwd_hdr = """От: Самохин Дмитрий <samokhin.da@zhilishnik-sbutovo.ru>
Отправлено: вторник, 10 ноября 2026 г. 16:38
Кому: Бондаренко Сергей Викторович <bondarenko.sv@zhilishnik-sbutovo.ru>
Тема: 39207"""
body = f"""Коллеги, к сведению

{DEP_SIG}

{fwd_hdr}

Знаменские садки 1к1 первый подъезд закончили, 72 ящика повесили, номера наклеили. Слесаря ушли

Отправлено с iPhone"""
m = part(body, charset="windows-1251", cte="base64")
add(t, finish(m, DEP, t, "FW: 39207", "outlook", charset="windows-1251"),
    D("39207", ["1"], UB, "forwarded master's report: first entrance finished, fitters left"))

t = d(10, 17, 3)
html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>ул. Знаменские Садки, д. 1, корп. 1 — заявка 39207, состояние на 17:00</p>
<table style="border-collapse: collapse;" border="1" cellpadding="3">
<tbody>
<tr><td><strong>Подъезд</strong></td><td><strong>Кв.</strong></td><td><strong>Состояние</strong></td></tr>
<tr><td>1</td><td>1–72</td><td>ящики установлены, слесари ушли 16:30</td></tr>
<tr><td>2</td><td>73–144</td><td>в работе, слесари на месте, продолжат 11.11</td></tr>
<tr><td>3</td><td>145–216</td><td>не начинали</td></tr>
</tbody></table>
<p>--<br />Дежурный диспетчер ОДС<br />ГБУ «Жилищник района Северное Бутово»<br />Клименко О.В.<br />тел.: +7 (495) 711-23-40</p>
</body></html>"""
m = part(html, "html")
add(t, finish(m, ODS, t, "39207 — состояние на 17:00", "roundcube"),
    R("HTML-only table with different statuses per position (1 left, 2 on site, 3 not started)"))

t = d(11, 9, 12)
body = f"""Знаменские садки 1к1 под 3 начали. 39207

{IPHONE}"""
m = part(body)
add(t, finish(m, SAM, t, "Знам садки", "iphone"),
    D("39207", ["3"], NM, "'начали' in entrance 3 = crew on site"))

t = d(11, 15, 31)
body = f"""ул. Знаменские Садки, д. 1, корп. 1 — по 2-му и 3-му подъездам почтовые ящики смонтированы
(под. 3 — 72 ячейки, кв. 145–216), номера наклеены. Бригада освободилась в 15:10.
Заявка 39207.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "Re: 39207 — состояние на 17:00", "roundcube"),
    D("39207", ["2", "3"], UB, "'бригада освободилась' = left; 2-й и 3-й подъезды; 72 and flats are distractors"))

# ---------------------------------------------------------------- 39254 Куликовская ул., д. 12 (вентили в кв. 8, 73, 150)
CUST_39254 = cust_mid()
t = d(10, 9, 2)
body = f"""39254 принял. По кв 8 стояк ХВС отключаем с 10:00, объявление в 1 под повесил

{IPHONE}

> 10 нояб. 2026 г., в 8:34, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):
>
> Заявка № 39254, Куликовская ул., д. 12: замена запорной арматуры ХВС.
> Поз. 1 — кв. 8, поз. 2 — кв. 73, поз. 3 — кв. 150.
> Просим подтвердить принятие."""
m = part(body)
add(t, finish(m, SAM, t, "Re: Заявка № 39254 — Куликовская ул., д. 12", "iphone", in_reply_to=CUST_39254),
    D("39254", [], PR, "master accepts; shutdown from 10:00 is a plan"))

t = d(10, 9, 36)
m = MIMEMultipart("report")
m.set_param("report-type", "disposition-notification")
m.attach(part("""Ваше сообщение

  Кому: Бондаренко Сергей Викторович
  Тема: Заявка № 39254 — Куликовская ул., д. 12
  Отправлено: 10.11.2026 8:34

было прочитано 10.11.2026 9:36.""", charset="windows-1251"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("""Reporting-UA: bondarenko.sv@zhilishnik-sbutovo.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;bondarenko.sv@zhilishnik-sbutovo.ru
Original-Message-ID: <%s>
Disposition: manual-action/MDN-sent-manually; displayed
""" % CUST_39254.strip("<>"))
m.attach(mdn)
add(t, finish(m, DEP, t, "Прочитано: Заявка № 39254 — Куликовская ул., д. 12", "outlook", charset="windows-1251"),
    I("Outlook read receipt"))

t = d(10, 10, 6)
body = f"""Куликовская 12 кв 8 на месте. П1 39254

{MAILRU}"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "Куликовская 12", "mailru"),
    D("39254", ["1"], NM, "П1 on site"))

t = d(10, 11, 41)
body = f"""39254 поз1 сделал, кран шаровый 1/2 Valtec VT.214 поставил, воду дали. Еду на кв 73

{MAILRU}"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "39254", "mailru"),
    R("different statuses for different positions: поз.1 finished, кв. 73 (поз. 2) on the way"))

t = d(10, 12, 3)
body = f"""39254 кв 73 на месте, жильцы дома. Водосчётчик опломбирован, пломба 3911804 — снимать не буду, кран до счётчика

{MAILRU}"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "Re: 39254", "mailru"),
    D("39254", ["2"], NM, "кв. 73 = position 2 per registry comment; seal number 3911804 is a distractor"))

t = d(10, 14, 12)
body = f"""кв 73 и 150 законьчил, ушёл. 39254 поз 2,3
на 150 кран перед фильтром тоже поменял, жилец просил

{MAILRU}"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "39254 поз 2,3", "mailru"),
    D("39254", ["2", "3"], UB, "typo 'законьчил'; positions 2 and 3 finished, left"))

t = d(10, 15, 2)
body = f"""По заявке 39254 всё. Стояки ХВС запустили в 14:50, протечек нет, объявление снял

{IPHONE}"""
m = part(body)
add(t, finish(m, SAM, t, "Куликовская 12 — готово", "iphone"),
    D("39254", [], UB, "whole request finished, no position named"))

# ---------------------------------------------------------------- 39311 ул. Академика Глушко, д. 4 (двери, доводчики)
t = d(11, 10, 2)
body = f"""ул. Академика Глушко, д. 4 — ремонт входных дверей и доводчиков.
Заявка № 39311 принята в работу. Исполнитель — бригада плотников участка № 1, выезд 12.11 утром.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "Заявка № 39311 — ул. Академика Глушко, д. 4", "roundcube"),
    D("39311", [], PR, "accepted, departure tomorrow is a plan"))

t = d(12, 8, 40)
m = MIMEMultipart("report")
m.set_param("report-type", "delivery-status")
m.attach(part("""Не удается доставить сообщение следующим получателям или группам:

bondarenko.s@zhilishnik-sbutovo.ru
Не удалось найти адрес электронной почты, который вы ввели. Проверьте адрес получателя и повторите попытку отправки.

Диагностические сведения для администраторов:

Создающий сервер: EXCH01.zhilishnik-sbutovo.local

bondarenko.s@zhilishnik-sbutovo.ru
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
              charset="utf-8", cte="base64"))
ds = MIMEBase("message", "delivery-status")
b1 = Message()
b1["Reporting-MTA"] = "dns;EXCH01.zhilishnik-sbutovo.local"
b1["Received-From-MTA"] = "dns;mx1.zhilishnik-sbutovo.ru"
b2 = Message()
b2["Final-Recipient"] = "rfc822;bondarenko.s@zhilishnik-sbutovo.ru"
b2["Action"] = "failed"
b2["Status"] = "5.1.10"
ds.set_payload([b1, b2])
m.attach(ds)
hdrs = MIMEBase("message", "rfc822-headers")
hdrs.set_payload("""From: dispatch@zakazchik-omis.ru
To: bondarenko.s@zhilishnik-sbutovo.ru
Subject: =?utf-8?b?0JfQsNGP0LLQutCwIOKEliAzOTMxMSDigJQg0YHRgNC+0Log0LLRi9C/0L7Qu9C90LXQvdC40Y8=?=
Date: Thu, 12 Nov 2026 08:39:51 +0300
""")
m.attach(hdrs)
add(t, finish(m, EXCH, t, "Не удается доставить: Заявка № 39311 — срок выполнения", "other",
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]),
    I("Exchange non-delivery report"))

t = d(12, 9, 12)
fwd_hdr = """От: Плотники участок 1 <plotniki.uch1@zhilishnik-sbutovo.ru>
Отправлено: четверг, 12 ноября 2026 г. 8:58
Кому: Бондаренко Сергей Викторович <bondarenko.sv@zhilishnik-sbutovo.ru>
Тема: Глушко 4 заявка 39311"""
body = f"""Коллеги, к сведению.

{DEP_SIG}

{fwd_hdr}

Глушко 4 — выехали с базы, будем к 9:40. Доводчики взяли 4 шт, петли на 4-й под. ещё нет.
Гусейнов Р."""
m = part(body, charset="windows-1251")
add(t, finish(m, DEP, t, "FW: Глушко 4 заявка 39311", "outlook", charset="windows-1251"),
    D("39311", [], VP, "forwarded: left the base, will be at 9:40 = on the way; number only in forwarded subject"))

t = d(12, 12, 33)
body = f"""ул. Академика Глушко, д. 4, под. 1 — доводчик Dorma TS-77 заменён, дверь отрегулирована, магнитный замок работает.
ул. Академика Глушко, д. 4, под. 2 — доводчик заменён, петли смазаны.
Работы в под. 1 и 2 закончены (№ 39311).

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "39311 — под. 1, 2", "roundcube"),
    D("39311", ["1", "2"], UB, "entrances 1, 2 finished; TS-77 model is a distractor"))

t = d(12, 15, 51)
body = f"""готово

{IPHONE}"""
m = part(body)
add(t, finish(m, SAM, t, "39311 (3)", "iphone"),
    D("39311", ["3"], UB, "subject '39311 (3)' = request, position 3; body 'готово'"))

t = d(13, 10, 41)
body = f"""ул. Академика Глушко, д. 4, под. 4 — металлическая дверь провисла, требуется замена петель (усиленные, 2 шт.).
Петли заказаны, поставка ожидается до 18.11, после поставки — выезд.
Заявка 39311.

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "39311 — под. 4 — ожидание запчастей", "roundcube"),
    R("position 4 waits for parts: only a plan, nothing happened"))

t = d(13, 11, 15)
cal = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Бондаренко Сергей Викторович:mailto:bondarenko.sv@zhilishnik-sbutovo.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по выполнению заявок (ОМИС — Жилищник)
DTSTART;TZID=Russian Standard Time:20261117T100000
DTEND;TZID=Russian Standard Time:20261117T110000
UID:040000008200E00074C5B7101A82E00800000000A0F1C9E3B8D2DC01000000000000000010000000
DTSTAMP:20261113T081500Z
LOCATION;LANGUAGE=ru-RU:ул. Грина, д. 18, каб. 204
END:VEVENT
END:VCALENDAR
"""
m = MIMEMultipart("alternative")
m.attach(part("", charset="utf-8"))
m.attach(part(cal, "calendar", charset="utf-8", cte="base64", method="REPLY"))
add(t, finish(m, DEP, t, "Принято: Совещание по выполнению заявок (ОМИС — Жилищник)", "outlook",
              extra=[("Content-Class", "urn:content-classes:calendarmessage")]),
    I("calendar meeting acceptance generated by Outlook"))

t = d(18, 14, 2)
body = f"""ул. Академика Глушко, д. 4, подъезд № 4 — петли заменены, дверь закрывается без усилия. Плотники убыли в 13:45.
Работы по заявке 39311 завершены полностью.

{ODS_SIG_K}"""
m = alt(body, to_html(body, "Verdana"))
add(t, finish(m, ODS, t, "Re: 39311 — под. 4 — ожидание запчастей", "roundcube"),
    D("39311", ["4"], UB, "entrance 4 done, crew left; old subject mentions waiting for parts"))

# ---------------------------------------------------------------- 39376 бул. Дмитрия Донского, д. 5 (козырьки)
t = d(16, 7, 36)
body = f"""бул. Дмитрия Донского, д. 5 — очистка козырьков подъездов от снега и наледи.
Обращение #39376 принято, бригада выехала в 07:30.

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "#39376 бул. Дмитрия Донского, д. 5", "roundcube"),
    D("39376", [], VP, "accepted and crew departed: latest = в пути"))

t = d(16, 8, 21)
body = f"""бул. Дмитрия Донского, д. 5, под. 1, 2 — бригaдa нa мecтe с 08:10, очистка козырьков 1-го и 2-го подъездов, вход ограждён лентой.
39376

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "39376 — под. 1, 2", "roundcube"),
    D("39376", ["1", "2"], NM, "Latin look-alike letters inside 'бригада на месте'"))

t = d(16, 9, 7)
body = f"""Добрый день!
Уточнение по 39376 получили, спасибо. Передали бригадиру, балкон кв. 9 над козырьком учтём.

{ODS_SIG_A}

Диспетчерская ОМИС писал(а) 2026-11-16 08:55:
> Коллеги, по 39376: жительница кв. 9 (2 эт.) просит не сбрасывать снег на её балкон.
> Диспетчерская ОМИС"""
m = part(body)
add(t, finish(m, ODS, t, "Re: 39376 — уточнение", "roundcube"),
    R("acknowledgement of the customer's own message, no status"))

t = d(16, 10, 0)
news_text = """ГБУ «Жилищник района Северное Бутово» — еженедельный дайджест

• Подготовка к зиме: график очистки кровель и козырьков на 16–22 ноября
• Плановые отключения ГВС: ул. Грина, д. 1–11, 24.11 с 09:00 до 17:00
• Телефон ОДС: +7 (495) 711-23-40

Вы получили это письмо, потому что подписаны на рассылку ГБУ.
Отписаться: https://zhilishnik-sbutovo.ru/unsubscribe?id=39376a"""
m = alt(news_text, to_html(news_text), cte="base64")
add(t, finish(m, NEWS, t, "Дайджест ГБУ «Жилищник района Северное Бутово» — 16.11.2026", "other",
              extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://zhilishnik-sbutovo.ru/unsubscribe?id=39376a>"),
                     ("List-Id", "digest.zhilishnik-sbutovo.ru")]),
    I("bulk newsletter / mailing list"))

t = d(16, 10, 44)
body = f"""бул. Дмитрия Донского, д. 5, под. 3 — бригада перешла на козырёк 3-го подъезда, 10:40, работают с автовышки (г/н А 391 МР 777).
Заявка 39376.

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "39376 — под. 3", "roundcube"),
    D("39376", ["3"], NM, "moved to entrance 3 = on site at position 3; plate is a distractor"))

t = d(16, 12, 41)
inner = """-------- Исходное сообщение --------
Тема: Донского 5 козырьки
Дата: 2026-11-16 12:20
От: Кровельный участок <krovlya@zhilishnik-sbutovo.ru>
Кому: ods@zhilishnik-sbutovo.ru

Козырьки 1, 2, 3 под. очищены, наледь сбита, лента снята. Уехали в 12:15.
Лаптев"""
ods_fwd = f"""От: ОДС Северное Бутово <ods@zhilishnik-sbutovo.ru>
Отправлено: понедельник, 16 ноября 2026 г. 12:24
Кому: Бондаренко Сергей Викторович <bondarenko.sv@zhilishnik-sbutovo.ru>
Тема: Fwd: Донского 5 козырьки

Сергей Викторович, по 39376 от кровельщиков.

{ODS_SIG_A}

{inner}"""
body = f"""Коллеги, к сведению.

{DEP_SIG}

{ods_fwd}"""
m = part(body, charset="windows-1251")
add(t, finish(m, DEP, t, "FW: Fwd: Донского 5 козырьки", "outlook", charset="windows-1251"),
    D("39376", ["1", "2", "3"], UB, "chain forward: deputy -> ODS -> roofers; roofers report all three canopies done, left 12:15"))

# ---------------------------------------------------------------- 39420 Старокачаловская ул., д. 3, кв. 212 (радиатор)
t = d(17, 11, 31)
body = f"""По 39420 Старокачаловская 3 кв 212 — какой подъезд? в заявке нет. Жильцу звоню 8 916 402-17-93 не берет

{MAILRU}"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "39420 ?", "mailru"),
    R("question (which entrance?), no status"))

t = d(17, 12, 1)
body = f"""Старокачаловская ул., д. 3, кв. 212 [39420] — сантехник Кузьмин А. выехал в 11:55, под. 5, эт. 14, ориентировочно на месте в 12:25.

{ODS_SIG_K}"""
m = alt(body, to_html(body, "Verdana"))
add(t, finish(m, ODS, t, "Старокачаловская ул., д. 3, кв. 212 [39420] — выезд", "roundcube"),
    D("39420", [], VP, "number in brackets after address; departed, ETA 12:25 = on the way"))

t = d(17, 12, 32)
m = MIMEMultipart("mixed")
m.attach(part(f"на месте\n\n{MAILRU}", cte="base64"))
m.attach(jpeg("IMG_20261117_123018.jpg", 3100))
add(t, finish(m, KUZ, t, "39420", "mailru"),
    D("39420", [], NM, "short text + photo"))
KUZ_39420 = m["Message-ID"]

t = d(17, 14, 52)
body = f"""Радиатор поменял, 10 секций биметалл Rifar Base 500, опрессовал — держит. Ушел

{MAILRU}


Вторник, 17 ноября 2026, 12:32 +03:00 от Алексей Кузьмин <kuzmin.aleksey77@mail.ru>:
> на месте"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "Re: 39420", "mailru", in_reply_to=KUZ_39420),
    D("39420", [], UB, "replaced and left; quote 'на месте' is history; Rifar Base 500 is a model"))

# ---------------------------------------------------------------- 39485 ул. Грина, д. 1 (мусоропроводы)
CUST_39485 = cust_mid()
t = d(18, 8, 31)
body = f"""ул. Грина, д. 1 — засор стволов мусоропровода.
Заявка № 39485 принята в работу, рабочий по КО Тагиров Р. выезжает в 08:40.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "Заявка № 39485 — ул. Грина, д. 1", "roundcube"),
    D("39485", [], PR, "accepted; departure at 08:40 is still in the future"))

t = d(18, 9, 52)
body = f"""Грина 1 под 3 на месте, 39485. ствол забит между 7 и 8 эт

{YANDEX}"""
m = alt(body, "<div>Грина 1 под 3 на месте, 39485. ствол забит между 7 и 8 эт</div><div> </div><div>-- </div><div>Отправлено из мобильной Яндекс Почты</div>", cte="base64")
add(t, finish(m, NUR, t, "Грина 1", "yandex"),
    D("39485", ["3"], NM, "entrance 3 on site; floors 7 and 8 are distractors"))

t = d(18, 11, 12)
body = f"""Здравствуйте, Диспетчерская.

ул. Грина, д. 1, под. 3 — засор ствола мусоропровода между 7 и 8 эт. устранён, загрузочный клапан
на 8 эт. закреплён. Рабочий убыл в 11:00. (39485)

Вы писали 18 ноября 2026 г., 10:52:

ДО> Коллеги, прошу сообщить статус по заявке 39485, под. 3 — жалобы жителей.
ДО> Диспетчерская ОМИС

{ODSR_SIG}"""
m = part(body, charset="koi8-r", cte="base64")
add(t, finish(m, ODSR, t, "Re: статус 39485", "bat", charset="koi8-r", in_reply_to=CUST_39485),
    D("39485", ["3"], UB, "KOI8-R base64, The Bat! initials quote 'ДО>' is history; new text: entrance 3 done"))

t = d(18, 11, 47)
body = f"""ул. Грина, д. 1 (39485), под. 1 — рабочий по КО на месте.
ул. Грина, д. 3, под. 2 (39163) — повторный засор стояка, сантехник Нуриддинов на месте.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "Грина 1 / Грина 3", "roundcube"),
    R("two different requests (39485 and 39163) in one letter"))

t = d(18, 13, 21)
body = f"""39485 п1 п2 сделали

{IPHONE}"""
m = part(body)
add(t, finish(m, SAM, t, "Грина 1", "iphone"),
    D("39485", ["1", "2"], UB, "'сделали' = done"))

# ---------------------------------------------------------------- 39533 Ратная ул., д. 8 (подвал)
CUST_39533 = cust_mid()
t = d(19, 6, 46)
body = """Здравствуйте!

Ваше письмо получено ОДС ГБУ «Жилищник района Северное Бутово» и будет рассмотрено дежурным диспетчером.
Это автоматический ответ, отвечать на него не нужно.
Аварийная служба: +7 (495) 711-23-40 (круглосуточно)."""
m = part(body)
add(t, finish(m, ODS, t, "Автоответ: Заявка № 39533 — Ратная ул., д. 8 — подтопление подвала", "roundcube",
              in_reply_to=CUST_39533, extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
    I("auto-acknowledgement of the ODS mailbox"))

t = d(19, 7, 1)
body = f"""Ратная ул., д. 8 — подтопление подвала.
Заявка № 39533 принята, аварийная бригада выехала с базы (ул. Грина, д. 18) в 06:55.

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "Re: Заявка № 39533 — Ратная ул., д. 8 — подтопление подвала", "roundcube",
              in_reply_to=CUST_39533),
    D("39533", [], VP, "выехала С базы = left the base towards the site -> в пути; Грина 18 is the base address"))

t = d(19, 9, 41)
inner = Message()
inner_body = """Ратная 8. На месте с 07:20.
Поз. 1 (подвал 1-2 под.) — откачка насосом Гном 25-20, воды 30 см.
Причина — свищ на обратке отопления Ду50 у ввода.
Поз. 2 смотрим после.

Старший смены аварийной службы
Пименов В."""
inner = part(inner_body, charset="utf-8", cte="base64")
inner["From"] = formataddr(("Аварийная служба участок 3", "avaria3@" + DOMAIN), charset="utf-8")
inner["To"] = formataddr(("Бондаренко Сергей Викторович", DEP[1]), charset="utf-8")
inner["Subject"] = Header("Ратная 8 подвал 39533", "utf-8")
inner["Date"] = format_datetime(d(19, 7, 48))
inner["Message-ID"] = mid("roundcube")
m = MIMEMultipart("mixed")
m.attach(part(f"Коллеги, к сведению. Сообщение аварийной службы во вложении.\n\n{DEP_SIG}", charset="windows-1251"))
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="Ратная 8 подвал 39533.eml")
m.attach(att)
add(t, finish(m, DEP, t, "FW: Ратная 8 подвал 39533", "outlook", charset="windows-1251"),
    D("39533", ["1"], NM, "forwarded as message/rfc822 attachment: position 1 on site (pumping), position 2 later"))

t = d(19, 12, 42)
body = f"""Ратная ул., д. 8, подвал под. 1–2 (П1) — вода откачана, свищ заварен, бригада выехала с адреса в 12:30.
39533

{ODS_SIG_A}"""
m = part(body)
add(t, finish(m, ODS, t, "Ратная ул., д. 8 — П1", "roundcube"),
    D("39533", ["1"], UB, "выехала С адреса = left the site"))

t = d(19, 13, 6)
body = f"""подвал 3-4 под откачали, на трубе хвс хомут поставил. уходим

{YANDEX}"""
m = part(body, cte="base64")
add(t, finish(m, NUR, t, "39533 поз2", "yandex"),
    D("39533", ["2"], UB, "'уходим' after finishing = leaving now; position from subject 'поз2'"))

t = d(19, 16, 33)
fwd = """-------- Пересылаемое сообщение --------
19.11.2026, 15:58, "Портал «Наш город»" <noreply@gorod.mos.ru>:

Обращение жителя: Ратная ул., д. 8, кв. 5.
После откачки воды в подвале в 1-м подъезде сильный запах сырости, у 4-го подъезда в подвале осталась вода.
Прошу принять меры."""
body = f"""Коллеги, см. ниже. По 39533 — жалоба жителя, прошу разобраться и дать ответ до 20.11.

{DEP_SIG}

{fwd}"""
m = part(body, charset="windows-1251")
add(t, finish(m, DEP, t, "FW: Обращение жителя — Ратная ул., д. 8", "outlook", charset="windows-1251"),
    R("forwarded resident complaint about 39533, asks to investigate; no status"))

# ---------------------------------------------------------------- miscellaneous review letters
t = d(20, 10, 17)
body = f"""ул. Грина, д. 9, кв. 64 — заявка 39071 выполнена, сантехник убыл в 10:00.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "39071 — выполнено", "roundcube"),
    R("request 39071 is not in the registry"))

t = d(20, 15, 40)
body = f"""ул. Грина, д. 7, под. 5 (39017) — электромонтёр на месте, не горит светильник на 3 эт.

{ODS_SIG_K}"""
m = part(body)
add(t, finish(m, ODS, t, "39017 под. 5", "roundcube"),
    R("request 39017 has positions 1-4 (entrances 1-4); entrance/position 5 does not exist"))

t = d(23, 9, 46)
body = f"""по 39640 ещё не выехал, на аварии на Куликовской до 11 где то

{MAILRU}"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "39640", "mailru"),
    R("negation: not yet departed"))

t = d(23, 10, 31)
fwd = """-----Original Message-----
From: Бухгалтерия ОМИС <buh@zakazchik-omis.ru>
Sent: Monday, November 23, 2026 10:05 AM
To: Бондаренко Сергей Викторович <bondarenko.sv@zhilishnik-sbutovo.ru>
Subject: Акты за октябрь

Сергей Викторович, добрый день.
По актам за октябрь: в акте № 112/10 от 30.10.2026 не сходится сумма со счётом № 2241 (расхождение 3 150 руб.).
Просим переоформить. ИНН 7727000000, КПП 772701001."""
body = f"""см. ниже — это к бухгалтерии, перешлите пожалуйста Ирине Павловне. Акт переделаем до 25.11.

{DEP_SIG}

{fwd}"""
m = part(body, charset="windows-1251")
add(t, finish(m, DEP, t, "FW: Акты за октябрь", "outlook", charset="windows-1251"),
    R("accounting/act talk, no request, no status"))

# ---------------------------------------------------------------- 39640 ул. Знаменские Садки, д. 3, кв. 17 (отопление)
CUST_39640 = cust_mid()
t = d(23, 11, 21)
body = f"""выехал, минут 15 буду

{MAILRU}


Понедельник, 23 ноября 2026, 9:22 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Заявка № 39640: ул. Знаменские Садки, д. 3, кв. 17 — не греет радиатор в комнате.
> Позиция 1 — кв. 17. Заявитель: +7 (985) 300-12-77."""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "Re: Заявка № 39640 — ул. Знаменские Садки, д. 3, кв. 17", "mailru", in_reply_to=CUST_39640),
    D("39640", [], VP, "number only in Re: subject; 'выехал, 15 минут буду' = on the way"))

t = d(23, 11, 40)
body = f"""Знам. Садки 3 кв 17 на месте (39640). Стояк завоздушен, иду в 29ю на 5 эт спускать

{MAILRU}"""
m = part(body, cte="base64")
add(t, finish(m, KUZ, t, "39640 на месте", "mailru"),
    D("39640", [], NM, "on site; кв. 29 / 5 эт. are distractors"))

t = d(23, 14, 3)
body = f"""ул. Знаменские Садки, д. 3, кв. 17 — стояк отопления завоздушен, воздух стравлен через кран Маевского в кв. 29 (5 эт.), радиатор прогрелся.
Сантехник закончил в 13:40.
№ заявки 39640.

{ODS_SIG_K}"""
html = ("<html><body style=\"font-family:Verdana\"><p><b>ул. Знаменские Садки, д. 3, кв. 17</b> — стояк отопления завоздушен, "
        "воздух стравлен через кран Маевского в кв. 29 (5 эт.), радиатор прогрелся.<br>Сантехник закончил в 13:40.<br>"
        "№ заявки 39640.</p><p>--<br>Дежурный диспетчер ОДС<br>ГБУ «Жилищник района Северное Бутово»<br>Клименко О.В.<br>"
        "тел.: +7 (495) 711-23-40</p></body></html>")
m = alt(body, html)
add(t, finish(m, ODS, t, "ул. Знаменские Садки, д. 3, кв. 17 — выполнено", "roundcube"),
    D("39640", [], UB, "work finished at 13:40"))

t = d(24, 9, 15)
body = """Здравствуйте!
Я нахожусь в отпуске с 24.11.2026 по 30.11.2026, доступ к почте ограничен.
По вопросам выполнения заявок обращайтесь в ОДС: ods@zhilishnik-sbutovo.ru, +7 (495) 711-23-40.
По договорным вопросам — к директору, приёмная +7 (495) 711-23-00.

С уважением,
Бондаренко С.В."""
m = part(body, charset="windows-1251")
add(t, finish(m, DEP, t, "Автоматический ответ: Сводка по заявкам ГБУ Жилищник Северное Бутово за ноябрь", "outlook",
              charset="windows-1251", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    I("out-of-office auto-reply"))
