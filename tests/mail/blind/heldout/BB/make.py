#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Генератор тестовых писем подрядчика ООО «ГородСвет» (Нижний Тагил, +0500).

Запуск:  python3 make.py
Пишет letters/NNN.eml, labels.json, registry.json рядом с этим файлом.
"""
import base64
import html as htmlmod
import io
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone

from email import charset as CS
from email._policybase import compat32
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
TZ = timezone(timedelta(hours=5))
RND = random.Random(8095)

DISPATCH_NAME = "Диспетчерская МКУ «ОМИС»"
DISPATCH = "dispatch@zakazchik-omis.ru"

PEOPLE = {
    "pro": ("Прохоров Игорь Леонидович", "prokhorov@gorodsvet-nt.ru"),
    "sha": ("Шабалин С.В.", "shabalin@gorodsvet-nt.ru"),
    "kuz": ("Анатолий Кузьмин", "kuzmin.electro@mail.ru"),
    "bel": ("Дмитрий Белоусов", "d.belousov@gorodsvet-nt.ru"),
    "val": ("Валерий М.", "valera.tagil66@yandex.ru"),
    "dsp": ("Диспетчер ООО ГородСвет", "dispetcher@gorodsvet-nt.ru"),
    "news": ("ГородСвет — новости", "news@gorodsvet-nt.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@gorodsvet-nt.ru"),
}

MAILER = {
    "pro": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")],
    "sha": [("X-Mailer", "The Bat! (v10.1.2) Professional")],
    "bel": [("User-Agent", "K-9 Mail for Android")],
    "dsp": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")],
    "kuz": [("X-Mailer", "Mail.Ru Mailer 1.0")],
    "val": [],
    "news": [],
    "daemon": [],
}

# ---------------------------------------------------------------- signatures
SIG_KUZ = "\n\n--\nОтправлено из Почты Mail.ru для Android"
SIG_VAL = "\n\n-- \nОтправлено из мобильной Яндекс Почты"
SIG_BEL = "\n\n-- \nОтправлено с моего Android-устройства с помощью K-9 Mail."
SIG_SHA = "\n\n-- \nС уважением,\n Шабалин                          mailto:shabalin@gorodsvet-nt.ru"
SIG_PRO = ("\n\nС уважением,\nзаместитель директора ООО «ГородСвет»\nИ.Л. Прохоров\n"
           "тел. +7 (3435) 41-22-07, моб. +7 922 601-18-34\n"
           "622036, Свердловская обл., г. Нижний Тагил, ул. Островского, д. 9, оф. 12\n"
           "ИНН 6623087412 / КПП 662301001")
SIG_DSP = "\n\nОльга Сафина, диспетчер ООО «ГородСвет»\nтел. +7 (3435) 41-22-00 (круглосуточно)"

CONTRACT = "№ 0162300005325000147 от 26.12.2025"


# ---------------------------------------------------------------- helpers
def hdr(text, cs="utf-8", enc="B"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    if cs == "koi8-r":
        text = koi(text)
    c = CS.Charset(cs)
    c.header_encoding = CS.BASE64 if enc == "B" else CS.QP
    return Header(text, c)


def _ew(text, cs, enc):
    data = text.encode(cs)
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(data).decode("ascii"))
    q = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in data)
    return "=?%s?Q?%s?=" % (cs, q)


def addr(name, email, cs="utf-8", enc="B"):
    """Display name as encoded words split only at spaces (as mail clients do)."""
    try:
        name.encode("ascii")
        h = '"%s"' % name if any(ch in name for ch in ',.;:()"') else name
        return "%s <%s>" % (h, email)
    except UnicodeEncodeError:
        pass
    if cs == "koi8-r":
        name = koi(name)
    words = name.split(" ")
    chunks, cur = [], ""
    for i, w in enumerate(words):
        piece = w + (" " if i < len(words) - 1 else "")
        if cur and len(_ew(cur + piece, cs, enc)) > 75:
            chunks.append(cur)
            cur = piece
        else:
            cur += piece
    chunks.append(cur)
    return "%s <%s>" % (" ".join(_ew(c, cs, enc) for c in chunks), email)


def text_part(text, subtype="plain", cs="utf-8", cte="8bit", extra=None):
    p = Message()
    data = text.encode(cs)
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, cs)
    if extra:
        for k, v in extra:
            p[k] = v
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        p.set_payload(data)
    p["Content-Transfer-Encoding"] = cte
    return p


def multipart(subtype, parts, boundary=None, params=""):
    m = Message()
    if boundary is None:
        boundary = "----=_Part_%d_%d.%d" % (RND.randint(10000, 99999), RND.randint(100000, 999999),
                                            RND.randint(10 ** 12, 10 ** 13))
    m["Content-Type"] = 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary)
    m.set_payload(list(parts))
    m.preamble = "This is a multi-part message in MIME format." if subtype != "report" else None
    return m


def to_html(text, outlook=False, cs="utf-8"):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        body = "<br>\n".join(htmlmod.escape(l) for l in p.split("\n"))
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % body)
        else:
            out.append("<div>%s</div><br>" % body)
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
            '</head><body lang="RU">' if outlook else
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>')
    return head % cs + "\n".join(out) + "</body></html>\n"


def msgid(who, dt, n):
    stamp = dt.strftime("%Y%m%d%H%M%S")
    if who == "kuz":
        return "<%d.%d@f%d.i.mail.ru>" % (int(dt.timestamp()), RND.randint(10 ** 8, 10 ** 9), 300 + n)
    if who == "val":
        return "<%d%d@mail.yandex.ru>" % (RND.randint(100000, 999999), int(dt.timestamp()))
    if who == "pro":
        return "<00%02x01db%04x$%08x$%08x$@gorodsvet-nt.ru>" % (n, RND.randint(0, 65535),
                                                              RND.randint(0, 2 ** 32 - 1), RND.randint(0, 2 ** 32 - 1))
    if who == "sha":
        return "<%d.%s@gorodsvet-nt.ru>" % (RND.randint(10 ** 9, 10 ** 10), stamp)
    if who == "bel":
        return "<%08X-%04X-%04X-K9@gorodsvet-nt.ru>" % (RND.randint(0, 2 ** 32 - 1), n, RND.randint(0, 65535))
    return "<%s.%03d.%06d@gorodsvet-nt.ru>" % (stamp, n, RND.randint(0, 999999))


def dispatch_id(tag):
    return "<%s.%06d@zakazchik-omis.ru>" % (tag, RND.randint(0, 999999))


def D(s):
    """'11-02 09:52' -> aware datetime in +0500"""
    return datetime.strptime("2026-" + s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ) + timedelta(
        seconds=RND.randint(3, 57))


def koi(s):
    """KOI8-R has no №, «», —, – : the client replaces them."""
    return (s.replace("№", "N").replace("«", '"').replace("»", '"')
            .replace("—", "-").replace("–", "-"))


# ---------------------------------------------------------------- letters
L = []


def add(dt, who, subj, label, body=None, kind="plain", cs="utf-8", cte="8bit", scs=None, senc="B",
        html=None, reply=False, extra=(), part=None, to=None):
    L.append(dict(dt=D(dt), who=who, subj=subj, label=label, body=body, kind=kind, cs=cs, cte=cte,
                  scs=scs or cs, senc=senc, html=html, reply=reply, extra=list(extra), part=part,
                  to=to))


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ======================= 95012 Ленинградский пр., опоры 114/117/121 ========
add("11-02 09:52", "pro", "Заявка № 95012 – принята в работу (исх. № 398)",
    dec("95012", [], PR, "formal acceptance; planned night shift is only a plan; contract/INN numbers are noise"),
    kind="alt", cs="windows-1251", cte="quoted-printable", body=f"""Исх. № 398 от 02.11.2026

Начальнику диспетчерской службы
МКУ «ОМИС»
Логиновой Е.А.

Уважаемая Елена Анатольевна!

ООО «ГородСвет» в рамках муниципального контракта {CONTRACT} на содержание сетей наружного освещения и светофорных объектов г. Нижний Тагил сообщает, что заявка № 95012 (Ленинградский пр., р-н д. 26, не горят светильники на опорах № 114, 117, 121) принята в работу 02.11.2026 в 09:45.

Работы будут выполнены силами ночной смены с применением автогидроподъёмника АГП-22. Ответственный – мастер смены Шабалин С.В., тел. +7 912 245-67-18.{SIG_PRO}""")

add("11-02 17:05", "kuz", "Re: Заявка 95012 Ленинградский пр.",
    dec("95012", [], VP, "«выехали на Ленинградский» = on the way; quoted dispatch text ignored"),
    cte="base64", reply=True, body="""Выехали на Ленинградский, вышка с нами""" + SIG_KUZ + """


понедельник, 02 ноября 2026г., 09:20 +05:00 от Диспетчерская МКУ «ОМИС» dispatch@zakazchik-omis.ru:

>Заявка № 95012 от 02.11.2026
>Адрес: Ленинградский пр., р-н д. 26
>Не горят светильники наружного освещения.
>Позиция 1 — опора № 114
>Позиция 2 — опора № 117
>Позиция 3 — опора № 121
>Диспетчер Логинова Е.А., тел. 41-05-50
""")

add("11-02 17:41", "kuz", "95012",
    dec("95012", [], NM, "short note from lift truck: on site; 26 is a house number"),
    cte="base64", body="на месте, вышку поставили у 26-го дома" + SIG_KUZ)

add("11-03 07:58", "sha", "Отчёт смены 02/03.11 — заявка 95012",
    dec("95012", ["1", "2", "3"], UB,
        "end-of-shift list, one line per position, all done, «Убытие с объекта 23:50»; pole numbers/plate are noise"),
    cs="windows-1251", cte="8bit", body="""Отчёт ночной смены 02.11–03.11.2026
Мастер: Шабалин С.В.
Бригада: Кузьмин А., Белоусов Д., автовышка АГП-22 (гос. № М 512 ОК 196)

Заявка 95012, Ленинградский пр.
- опора №114 (поз.1): лампа ДНаТ-250 и ИЗУ заменены, горит
- опора №117 (поз.2): светильник ЖКУ 16-250 заменён полностью, горит
- опора №121 (поз.3): обрыв СИП 2х16 в пролёте, восстановили, горит

Убытие с объекта 23:50. Замечаний нет.
Израсходовано: лампа ДНаТ-250 – 1 шт., ИЗУ – 1 шт., ЖКУ 16-250 – 1 шт., СИП 2х16 – 12 м.""" + SIG_SHA)

# ======================= 95047 светофор Ленина / Октябрьской Революции ======
add("11-03 07:55", "bel", "наряд 95047 светофор Ленина/ОР",
    dec("95047", [], VP, "«Приняли, едем. Минут через 15-20 будем» — latest is on the way"),
    cte="quoted-printable", body="Приняли, едем. Минут через 15-20 будем.\nБелоусов" + SIG_BEL)

add("11-03 08:24", "bel", "Re: наряд 95047 светофор Ленина/ОР",
    dec("95047", [], NM, "caps «НА МЕСТЕ»; quoted own earlier text ignored"),
    cte="quoted-printable", reply=True,
    body="НА МЕСТЕ. Контроллер ДКС-2 молчит, на Т.1 красный не горит, разбираемся" + SIG_BEL + """

3 ноября 2026 г. 07:55:12 GMT+05:00, Дмитрий Белоусов <d.belousov@gorodsvet-nt.ru> пишет:
>Приняли, едем. Минут через 15-20 будем.
>Белоусов
""")

_t7_plain = """Добрый день.

По наряду 95047, светофорный объект ул. Ленина – ул. Октябрьской Революции:

Поз. | Оборудование                       | Что сделано                                                       | Статус
1    | Контроллер ДКС-2, шкаф ШУ-С        | заменён блок питания БП-24/2А; пломба № 0047713 снята, новая № 0047790 | выполнено
2    | Светофор Т.1, северный подход      | заменена секция красного сигнала 300 мм (LED)                     | выполнено

Бригада Белоусова убыла с перекрёстка в 11:05, объект работает по программе.""" + SIG_DSP
_t7_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><p>Добрый день.</p>
<p>По наряду <b>95047</b>, светофорный объект ул. Ленина – ул. Октябрьской Революции:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Поз.</th><th>Оборудование</th><th>Что сделано</th><th>Статус</th></tr>
<tr><td>1</td><td>Контроллер ДКС-2, шкаф ШУ-С</td><td>заменён блок питания БП-24/2А; пломба № 0047713 снята, новая № 0047790</td><td>выполнено</td></tr>
<tr><td>2</td><td>Светофор Т.1, северный подход</td><td>заменена секция красного сигнала 300 мм (LED)</td><td>выполнено</td></tr>
</table>
<p>Бригада Белоусова убыла с перекрёстка в 11:05, объект работает по программе.</p>
<p>--<br>Ольга Сафина, диспетчер ООО «ГородСвет»<br>тел. +7 (3435) 41-22-00 (круглосуточно)</p>
</body></html>
"""
add("11-03 11:20", "dsp", "95047 — выполнено (Ленина / Октябрьской Революции)",
    dec("95047", ["1", "2"], UB, "HTML table, a row per position, both выполнено, crew left 11:05; seal numbers are noise"),
    kind="alt", cte="quoted-printable", senc="Q", body=_t7_plain, html=_t7_html)

add("11-05 09:10", "pro", "О стоимости материалов по заявке № 95047 (исх. № 401)",
    rev("price/contract talk (extra cost, additional agreement, invoice); no status"),
    cs="windows-1251", cte="base64", body=f"""Исх. № 401 от 05.11.2026

Директору МКУ «ОМИС»
Копия: начальнику диспетчерской службы

О стоимости материалов

Уважаемый Андрей Викторович!

При выполнении заявки № 95047 (светофорный объект ул. Ленина – ул. Октябрьской Революции) потребовалась замена блока питания контроллера ДКС-2. Данная позиция отсутствует в перечне материалов Приложения № 3 к муниципальному контракту {CONTRACT}.

Стоимость блока питания БП-24/2А составляет 14 800 (четырнадцать тысяч восемьсот) рублей 00 копеек, в т.ч. НДС 22 %. Просим рассмотреть возможность заключения дополнительного соглашения к контракту либо оплаты по отдельному счёту № 1127 от 03.11.2026.

Приложение: копия счёта № 1127 на 1 л.{SIG_PRO}""")

# ======================= 95103 ул. Зари, 4 светильника ======================
add("11-04 10:45", "sha", "Обращение №95103",
    dec("95103", [], PR, "«приняли, ставлю на ночную смену» — accepted; 4 is count of lamps"),
    cs="windows-1251", cte="quoted-printable",
    body="Обращение №95103 (ул. Зари, 4 светильника) приняли, ставлю на ночную смену 04.11.\n\nШабалин С.В.\nмастер смены ООО «ГородСвет»\n+7 912 245-67-18")

add("11-04 20:15", "val", "Зари 95103",
    dec("95103", [], VP, "«выехали» from the lift truck"),
    cte="base64", body="выехали, 4 светильника в машине" + SIG_VAL)

add("11-04 20:52", "val", "Re: Зари 95103",
    dec("95103", [], NM, "«нa мeсте» written with Latin a/e inside Cyrillic"),
    cte="base64", reply=True, body="нa мeсте" + SIG_VAL + """

04.11.2026, 20:15, "Валерий М." <valera.tagil66@yandex.ru>:
> выехали, 4 светильника в машине
""")

add("11-05 07:55", "sha", "Итоги смены 04.11 / заявка 95103 ул. Зари",
    dec("95103", ["1", "2"], UB, "п.1 and п.2 done, п.3/п.4 postponed (plan) — decided with done positions; pole numbers 3,5,8,10 are noise"),
    cte="quoted-printable", senc="Q", body="""Итоги ночной смены 04.11–05.11
Заявка 95103, ул. Зари

- опора №3 (п.1): ДКУ-01-150 заменён, горит
- опора №5 (п.2): ДКУ-01-150 заменён, горит
- опора №8 (п.3): не подъехать, всё заставлено машинами у д. 14 — перенос на 05.11
- опора №10 (п.4): не делали, нужен кабель ВВГнг 3х2,5, со склада только завтра

Бригада: Мухаметшин В., Кузьмин А. С Зари уехали в 01:20.""" + SIG_SHA)

add("11-05 21:35", "bel", "95103 п.3, п.4",
    dec("95103", ["3", "4"], UB, "«п.3 и п.4 готово, горят… уезжаем» — result + leaving"),
    cte="quoted-printable", body="Зари: п.3 и п.4 готово, горят. Собрались, уезжаем." + SIG_BEL)

add("11-06 09:30", "pro", "О невозможности подъезда к опорам на ул. Зари (исх. № 405)",
    rev("complaint about parked cars blocking access; no status reported"),
    cs="windows-1251", cte="quoted-printable", senc="Q", body=f"""Исх. № 405 от 06.11.2026

Начальнику диспетчерской службы МКУ «ОМИС»

Уважаемая Елена Анатольевна!

В ходе выполнения заявки № 95103 (ул. Зари) бригада ООО «ГородСвет» 04.11.2026 не смогла подъехать к опоре № 8 из-за личного автотранспорта жителей домов № 14–18, припаркованного на газоне и тротуаре. Подобная ситуация на ул. Зари повторяется систематически и приводит к срыву сроков, установленных п. 4.2 контракта {CONTRACT}.

Просим до направления заявок по указанному адресу уведомлять управляющую компанию и жителей о необходимости освободить подъезд к опорам. В противном случае время ожидания будет фиксироваться как простой по вине заказчика в соответствии с п. 5.4 контракта.{SIG_PRO}""")

# ======================= 95188 пешеходный переход, Газетная 81 ==============
add("11-05 14:42", "dsp", "#95188 Газетная 81",
    dec("95188", [], PR, "accepted; departure after 16:00 is only a plan"),
    cte="8bit",
    body="Добрый день!\nЗаявку #95188 приняли. Бригада Кузьмина сейчас на другом адресе, на Газетную поедет после 16:00." + SIG_DSP)

add("11-05 16:35", "kuz", "Газетная 81 (95188) прибыли",
    dec("95188", [], NM, "number in brackets after address; «прибыли»; sign code 5.19.1 is noise"),
    cte="base64", body="прибыли. Т.7 мигает через раз, знак 5.19.1 не светится" + SIG_KUZ)

add("11-05 18:12", "kuz", "Re: Газетная 81 (95188) прибыли",
    dec("95188", [], UB, "Re: subject still says прибыли but body: сделали, свернулись, уехали"),
    cte="base64", reply=True, body="Всё, сделали. Т.7 и подсветка знака работают. Свернулись, уехали." + SIG_KUZ + """


четверг, 05 ноября 2026г., 16:35 +05:00 от Анатолий Кузьмин <kuzmin.electro@mail.ru>:

>прибыли. Т.7 мигает через раз, знак 5.19.1 не светится
""")

add("11-05 18:25", "kuz", "95188 поз 2",
    rev("request 95188 has only position 1; position 2 does not exist"),
    cte="base64", body="по 95188 поз 2 тоже сделали, знак подсвечен" + SIG_KUZ)

# ======================= 95240 ШУНО №7 + мост =================================
add("11-06 09:05", "sha", "95240 принято",
    dec("95240", ["1", "2"], PR, "KOI8-R; taken into work, both positions named; «будет после обеда» is plan"),
    cs="koi8-r", cte="8bit", body=koi("""Добрый день.
95240 взяли в работу: ШУНО №7 (поз.1) и опоры на мосту (поз.2). Бригада будет после обеда.

Шабалин С.В., т. +7 912 245-67-18"""))

add("11-06 13:25", "sha", "Fwd: 95240-1",
    dec("95240", ["1"], NM, "The Bat! forward of crew message «У шкафа, начали»; position after dash in subject"),
    cs="windows-1251", cte="8bit", body="""Пересылаю от Белоусова, у него на ваш адрес не уходит.

===8<==============Original message text===============
From: Дмитрий Белоусов <d.belousov@gorodsvet-nt.ru>
To: Шабалин С.В. <shabalin@gorodsvet-nt.ru>
Date: Friday, November 6, 2026, 1:18:40 PM
Subject: 95240-1

У шкафа, начали. ШУНО №7 открыли, контактор сгорел.
===8<===========End of original message text===========""" + SIG_SHA)

add("11-06 15:45", "bel", "95240 (2)",
    dec("95240", ["2"], NM, "position in brackets in subject; «на мосту, работаем»"),
    cte="quoted-printable", body="на мосту, работаем" + SIG_BEL)

add("11-06 18:30", "sha", "Re: 95240 принято",
    dec("95240", ["1", "2"], UB, "Re: subject says принято, body: both выполнено, бригада уехала; ДМ> quote ignored"),
    cs="windows-1251", cte="quoted-printable", reply=True, body="""Здравствуйте, Диспетчерская.

Отчёт по 95240 на конец смены:
- поз.1, ШУНО №7: заменены контактор КМИ-23210 и фотореле ФР-602, включение по графику проверили — выполнено
- поз.2, мост через р. Тагил, опоры № 41–46: подключены 6 светильников, горят — выполнено
Бригада уехала в 18:05.

Вы писали 6 ноября 2026 г., 9:40:

ДМ> Принято, спасибо. Ждём отчёт о выполнении по обеим позициям.""" + SIG_SHA)

# ======================= 95317 светофор пр. Мира / Красноармейская ==========
_p23 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Times New Roman;font-size:12pt">
<p align="right">Исх. № 412 от 09.11.2026</p>
<p align="right">Начальнику диспетчерской службы<br>МКУ «ОМИС»<br>Логиновой Е.А.</p>
<p align="center"><b>О принятии заявки к исполнению</b></p>
<p>Уважаемая Елена Анатольевна!</p>
<p>Настоящим сообщаем, что заявка № 95317 (светофорный объект пр. Мира – ул. Красноармейская) принята ООО «ГородСвет» к исполнению 09.11.2026 в 11:30.</p>
<p>Работы будут выполнены в срок, установленный п. 4.2 муниципального контракта {CONTRACT} (не более 24 часов с момента регистрации заявки). Ответственный исполнитель — мастер смены Шабалин С.В., тел. +7 912 245-67-18.</p>
<p>С уважением,<br>заместитель директора ООО «ГородСвет»<br>И.Л. Прохоров<br>тел. +7 (3435) 41-22-07</p>
</body></html>
"""
add("11-09 11:35", "pro", "Исх. № 412 от 09.11.2026 — о принятии заявки № 95317",
    dec("95317", [], PR, "HTML-only formal letter; outgoing number 412 and 24 h term are noise"),
    kind="html", cte="quoted-printable", html=_p23)

add("11-09 12:10", "val", "Re: 95317",
    dec("95317", [], VP, "«В пути…, будем к 12:40»"),
    cte="base64", reply=True, body="В пути на Мира/Красноармейскую, будем к 12:40" + SIG_VAL + """

09.11.2026, 11:20, "Диспетчерская МКУ «ОМИС»" <dispatch@zakazchik-omis.ru>:
> Заявка 95317. пр. Мира – ул. Красноармейская, светофорный объект.
> Поз. 1 – контроллер, поз. 2 – табло ТОВП, поз. 3 – светофор Т.1 южный подход.
""")

add("11-09 12:46", "val", "Re: Re: 95317",
    dec("95317", [], NM, "bottom-posted reply: quote first, then «Прибыли 12:43»"),
    cte="base64", reply=True, body="""09.11.2026, 12:10, "Валерий М." <valera.tagil66@yandex.ru>:
> В пути на Мира/Красноармейскую, будем к 12:40

Прибыли 12:43""" + SIG_VAL)

add("11-09 17:05", "sha", "по 95317",
    dec("95317", ["1", "3"], UB, "П1 and П3 done; П2 waits for a part (plan) — decided with done positions"),
    cte="8bit", body="""По 95317 на 17:00:
- П1 (контроллер): отремонтирован, работает
- П3 (Т.1, южный подход): секции заменены, работает
- П2 (табло ТОВП): не включается, нужна замена, новое табло привезут завтра — доделаем 10.11

Бригада с перекрёстка снялась в 16:40.""" + SIG_SHA)

add("11-10 10:40", "bel", "95317 П2",
    dec("95317", ["2"], VP, "«Выезжаем на П2» — leaving for the site"),
    cte="quoted-printable", body="Выезжаем на П2, новое табло ТОВП-1 везём." + SIG_BEL)

add("11-10 12:20", "dsp", "Fwd: 95317 П2 готово",
    dec("95317", ["2"], UB, "Thunderbird forward of crew message «П2 сделали… Уехали»"),
    cte="8bit", body="""Пересылаю сообщение бригадира.

-------- Перенаправленное сообщение --------
Тема: 	95317 П2 готово
Дата: 	Tue, 10 Nov 2026 12:08:14 +0500
От: 	Дмитрий Белоусов <d.belousov@gorodsvet-nt.ru>
Кому: 	dispetcher@gorodsvet-nt.ru

П2 сделали, табло ТОВП-1 поменяли, отсчёт идёт. Уехали.
""" + SIG_DSP)

# ======================= 95402 ДТП, опора №58, ул. Вагоностроителей =========
add("11-10 22:56", "kuz", "Re: СРОЧНО заявка 95402 ДТП опора",
    dec("95402", [], VP, "number only in the Re: subject; «выехали»; «ГИБДД на месте» is in the quote"),
    cte="base64", reply=True, body="выехали" + SIG_KUZ + """


вторник, 10 ноября 2026г., 22:44 +05:00 от Диспетчерская МКУ «ОМИС» dispatch@zakazchik-omis.ru:

>СРОЧНО! Ул. Вагоностроителей, у д. 12 — ДТП, сбита опора № 58, провода на проезжей части.
>ГИБДД на месте, тел. дежурного 41-13-02.
""")

add("11-10 23:22", "kuz", "Re: СРОЧНО заявка 95402 ДТП опора",
    dec("95402", [], NM, "typo «на мессте»; pole 58 is noise"),
    cte="base64", reply=True, body="на мессте. опора 58 лежит поперёк, ГИБДД тут. обесточиваем" + SIG_KUZ)

add("11-11 03:05", "kuz", "95402",
    dec("95402", [], UB, "«Выехали с Вагоностроителей в 02:50» = left FROM the site; «едем на базу» is not to a site"),
    cte="base64",
    body="линию обесточили, опору оттащили с проезжей части, провода смотали. Выехали с Вагоностроителей в 02:50, едем на базу" + SIG_KUZ)

add("11-11 10:15", "pro", "О восстановлении опоры после ДТП, заявка № 95402 (исх. № 415)",
    rev("contract/price talk: new pole not covered, estimate, asks approval; no status"),
    cs="windows-1251", cte="base64", body=f"""Исх. № 415 от 11.11.2026

Директору МКУ «ОМИС»

Уважаемый Андрей Викторович!

По заявке № 95402 (ул. Вагоностроителей, у д. 12, опора № 58 повреждена в результате ДТП 10.11.2026) сообщаем следующее.

Для восстановления наружного освещения требуется установка новой опоры НФГ-8,0 с закладной деталью и светильника ЖКУ 16-150. Указанные работы не входят в состав работ по содержанию сетей по муниципальному контракту {CONTRACT}. Стоимость по локальному сметному расчёту № ЛС-118 составляет 187 450 руб. 00 коп., в т.ч. НДС 22 %.

Просим согласовать выполнение работ за счёт средств на аварийно-восстановительные работы, а также предоставить копию определения ГИБДД для предъявления претензии собственнику транспортного средства (г/н Т 908 РВ 96).

Приложение: ЛСР № ЛС-118 на 3 л.{SIG_PRO}""")

# ======================= 95455 сквер у ДК, 4 позиции ========================
add("11-11 14:00", "sha", "95455 в работе",
    dec("95455", [], PR, "«в работу взяли» = accepted; start tomorrow is plan"),
    cs="windows-1251", cte="8bit",
    body="Сквер у ДК (95455) — в работу взяли. Светильники ДТУ под заказ, начнём завтра вечером." + SIG_SHA)

add("11-11 15:10", "sha", "Re: 95455 в работе",
    rev("thanks/acknowledgement of dispatcher's own message (scheme received); no status"),
    cs="windows-1251", cte="8bit", reply=True, body="""Здравствуйте, Диспетчерская.

Спасибо, схему сквера с нумерацией позиций получили.

Вы писали 11 ноября 2026 г., 14:30:

ДМ> Направляем схему сквера: 1 — аллея, 2 — фонтан, 3 — детская площадка,
ДМ> 4 — входная группа.""" + SIG_SHA)

add("11-12 17:20", "val", "вопрос",
    rev("question, no request number, no status"),
    cte="base64",
    body="Подскажите, в сквере у ДК щит ВРУ кто открывает? ключей у нас нет, охрана не даёт" + SIG_VAL)

add("11-12 18:10", "bel", "95455 поз 1,2",
    dec("95455", ["1", "2"], NM, "on site for positions 1 and 2"),
    cte="quoted-printable",
    body="на месте по позициям 1 и 2 (аллея и фонтан). Ключ от щита охрана дала." + SIG_BEL)

add("11-12 23:40", "sha", "Отчёт за смену 12.11 — 95455",
    dec("95455", ["1", "2"], UB, "list: поз.1, поз.2 done, поз.3/4 postponed; «Убыли 23:15»; «опоры 1–6» are pole numbers"),
    cs="windows-1251", cte="quoted-printable", body="""Сквер у ДК, заявка 95455, смена 12.11:

- поз.1 (аллея, опоры 1–6): светильники ДТУ-40 заменены, горят
- поз.2 (фонтан): прожекторы 2 шт. заменены, горят
- поз.3 (детская площадка): не делали — кронштейны не привезли, переносим на 13.11
- поз.4 (входная группа): тоже на 13.11

Убыли 23:15.""" + SIG_SHA)

add("11-13 19:30", "val", "95455 3-я и 4-я",
    dec("95455", ["3", "4"], UB, "«по 3-й и 4-й позиции закончили… Уехали в 19:20»"),
    cte="base64",
    body="Сквер у ДК: по 3-й и 4-й позиции закончили, кронштейны поставили, всё горит. Уехали в 19:20" + SIG_VAL)

# ======================= 95531 Уральский пр., светофор Т.7 ==================
add("11-13 16:40", "sha", "Re: Заявка № 95531 Уральский пр., светофор Т.7",
    dec("95531", [], PR, "«Принято»; arrival in ~2 hours after other job is a plan, crew not yet travelling"),
    cs="windows-1251", cte="quoted-printable", reply=True, body="""Здравствуйте, Диспетчерская.

Принято. Бригада сейчас на другом объекте, как освободится — подъедем, ориентировочно часа через два.

Вы писали 13 ноября 2026 г., 16:05:

ДМ> Заявка № 95531. Уральский пр., у д. 40 — светофор Т.7 не работает.
ДМ> Позиция 1 — Т.7 со стороны ул. Ильича, позиция 2 — Т.7 со стороны ул. Кирова.""" + SIG_SHA)

add("11-13 18:50", "kuz", "95531",
    dec("95531", [], VP, "«едем на Уральский, минут через 30 будем» = on the way"),
    cte="base64", body="освободились, едем на Уральский, минут через 30 будем" + SIG_KUZ)

add("11-13 19:20", "kuz", "Уральский 95531",
    dec("95531", [], NM, "«Пpибыли» with Latin p"),
    cte="base64", body="Пpибыли на Уральский" + SIG_KUZ)

add("11-13 21:05", "kuz", "Re: Уральский 95531",
    rev("different statuses: position 2 finished, position 1 still in progress"),
    cte="base64", reply=True,
    body="по второй позиции закончили, первую ещё делаем, там кабель в коробе перебит" + SIG_KUZ)

add("11-13 22:35", "kuz", "Re: Уральский 95531",
    dec("95531", ["1", "2"], UB, "«1-ю и 2-ю сделали… Убылли в 22:30» (typo)"),
    cte="base64", reply=True,
    body="всё, 1-ю и 2-ю сделали, Т.7 на обоих подходах мигает как надо. Убылли в 22:30" + SIG_KUZ)

# ======================= 95609 ул. Пархоменко, КЛ-0,4 ========================
add("11-16 08:25", "sha", "Заявка 95609 — принята",
    dec("95609", [], PR, "accepted; departure after permit is plan; ТП-412 is noise"),
    cs="windows-1251", cte="8bit",
    body="Приняли 95609 (Пархоменко, повреждение КЛ-0,4 кВ от ТП-412). Бригада Белоусова, выезд после получения допуска в сетевой компании." + SIG_SHA)

add("11-16 09:05", "bel", "95609",
    rev("negation: «Ещё не выехали», waiting for permit"),
    cte="quoted-printable", body="Ещё не выехали — ждём наряд-допуск, обещают к 9:30." + SIG_BEL)

add("11-16 09:42", "bel", "RE: 95609",
    dec("95609", [], VP, "«выехали с базы на Пархоменко» — from base, to the site; -----Original Message----- quote"),
    cte="quoted-printable", reply=True, body="""Допуск получили, выехали с базы на Пархоменко.

-----Original Message-----
From: Диспетчерская МКУ «ОМИС» <dispatch@zakazchik-omis.ru>
Sent: Monday, November 16, 2026 9:12 AM
To: Дмитрий Белоусов <d.belousov@gorodsvet-nt.ru>
Subject: RE: 95609

Дмитрий, сообщите, когда выедете. Освещение на Пархоменко не горит с вечера.
""")

_p49 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div dir="ltr">Прибытие на объект — 10:12. Начали раскопку у опоры № 17.</div>
<div dir="ltr"><br>Белоусов Д.</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>От:</b> Диспетчерская МКУ «ОМИС» &lt;dispatch@zakazchik-omis.ru&gt;<br>
<b>Отправлено:</b> понедельник, 16 ноября 2026 г. 9:50<br>
<b>Кому:</b> Дмитрий Белоусов &lt;d.belousov@gorodsvet-nt.ru&gt;<br>
<b>Тема:</b> Пархоменко</font>
<div>&nbsp;</div></div>
<div>По заявке № 95609: во сколько будете на месте? Жители звонят.<br>Логинова Е.А.</div>
</body></html>
"""
add("11-16 10:15", "bel", "RE: Пархоменко",
    dec("95609", [], NM, "HTML-only; request number appears only in the quoted dispatcher message; «Прибытие на объект — 10:12»"),
    kind="html", cte="base64", html=_p49, reply=True)

add("11-16 15:50", "bel", "95609 завершение",
    dec("95609", [], UB, "result + «Отъехали от объекта в 15:40»"),
    cte="quoted-printable",
    body="Муфту СТП-1 поставили, кабель прозвонили, напряжение подали — освещение на Пархоменко горит. Отъехали от объекта в 15:40." + SIG_BEL)

# ======================= 95677 Черноисточинское ш., опоры 201/205/209 ========
add("11-17 10:36", "daemon", "Undelivered Mail Returned to Sender",
    ign("bounce (DSN) for dispatcher's message to a wrong address"), kind="bounce")

add("11-17 11:05", "pro", "Исх. № 431 от 17.11.2026 о принятии заявки № 95677",
    dec("95677", [], PR, "formal acceptance, Outlook multipart cp1251 base64"),
    kind="alt", cs="windows-1251", cte="base64", body=f"""Исх. № 431 от 17.11.2026

Начальнику диспетчерской службы МКУ «ОМИС»
Логиновой Е.А.

Уважаемая Елена Анатольевна!

Сообщаем, что заявка № 95677 (Черноисточинское ш., опоры № 201, 205, 209) принята ООО «ГородСвет» к исполнению в соответствии с муниципальным контрактом {CONTRACT}. Выезд бригады – в течение дня.{SIG_PRO}""")

add("11-17 13:05", "val", "Re: 95677",
    dec("95677", [], VP, "«едем, минут 25»"),
    cte="base64", reply=True, body="Черноисточинское, едем, минут 25" + SIG_VAL + """

17.11.2026, 10:35, "Диспетчерская МКУ «ОМИС»" <dispatch@zakazchik-omis.ru>:
> Заявка № 95677. Черноисточинское ш., не горят опоры № 201, 205, 209.
""")

add("11-17 13:33", "val", "95677 поз1",
    dec("95677", ["1"], NM, "«поз1» in subject; 201 is the pole"),
    cte="base64", body="на месте, начинаем с 201-й" + SIG_VAL)

add("11-17 16:00", "sha", "95677 промежуточно",
    rev("different statuses: поз.1, поз.2 done, поз.3 still in work (KOI8-R)"),
    cs="koi8-r", cte="quoted-printable", body=koi("""95677 Черноисточинское ш., на 16:00:
- опора №201 (поз.1): светильник заменили, горит
- опора №205 (поз.2): светильник заменили, горит
- опора №209 (поз.3): работают, вышка на месте, меняют кронштейн

Шабалин"""))

add("11-17 17:25", "kuz", "Fwd: 95677 (3)",
    dec("95677", ["3"], UB, "Mail.ru forward of crew message «третью доделали, уезжаем с шоссе»"),
    cte="base64", body="Валера просил переслать, у него ваш адрес не сохранён" + SIG_KUZ + """


-------- Пересылаемое сообщение --------
От кого: Валерий М. <valera.tagil66@yandex.ru>
Кому: Анатолий Кузьмин <kuzmin.electro@mail.ru>
Дата: Вторник, 17 ноября 2026, 17:18 +05:00
Тема: 95677 (3)

третью доделали, уезжаем с шоссе

-- 
Отправлено из мобильной Яндекс Почты
----------------------------------------------------------------------
""")

add("11-17 17:30", "pro", "Прочитано: Заявка № 95677 Черноисточинское ш.",
    ign("read receipt (MDN) generated by Outlook"), kind="mdn")

# ======================= 95720 Театральная пл., подсветка ===================
add("11-19 13:30", "dsp", "#95720 Театральная пл.",
    dec("95720", [], PR, "accepted; «Выезд вечером» is plan"),
    cte="8bit", body="Заявку #95720 приняли — подсветка Театральной площади, 2 поз. Выезд вечером." + SIG_DSP)

add("11-19 15:10", "sha", "95720",
    rev("plan only: «выедем после 19:00»"),
    cs="windows-1251", cte="8bit",
    body="По 95720 выедем после 19:00 — на площади до вечера ярмарка, вышку не поставить." + SIG_SHA)

add("11-19 20:00", "kuz", "95720",
    dec("95720", [], VP, "caps «ВЫEХАЛИ НА ТЕАТРАЛЬНУЮ» with Latin E"),
    cte="base64", body="ВЫEХАЛИ НА ТЕАТРАЛЬНУЮ" + SIG_KUZ)

add("11-19 20:42", "dsp", "Fwd: 95720 на объекте",
    dec("95720", [], NM, "forward as message/rfc822 attachment; attached crew message «на объекте с 20:35»"),
    kind="fwd822")

add("11-20 07:50", "sha", "Отчёт ночной смены 19.11–20.11",
    rev("end-of-shift report covering two different requests (95720 and 95012)"),
    cs="windows-1251", cte="quoted-printable", body="""Отчёт ночной смены 19.11–20.11.2026
Мастер Шабалин С.В., бригада Кузьмин А. / Мухаметшин В., АГП-22 М 512 ОК 196

- заявка 95720, поз.1 (прожекторы фасада театра): заменены 4 прожектора LED 150 Вт, горят
- заявка 95720, поз.2 (подсветка колоннады): блок питания 24 В заменён, горит
- заявка 95012, опора №117: по пути проверили — снова не горела, перегорел предохранитель в лючке, заменили, горит

Убыли с Театральной 01:30, с Ленинградского 02:15.""" + SIG_SHA)

add("11-20 08:05", "sha", "95720 итог",
    dec("95720", ["1", "2"], UB, "single-request summary: поз. 1 и 2 выполнены, убыли 01:30"),
    cs="windows-1251", cte="8bit",
    body="Отдельно по 95720, чтобы не путать: поз. 1 и 2 выполнены полностью, с Театральной убыли в 01:30 (20.11)." + SIG_SHA)

add("11-20 12:00", "news", "ГородСвет: итоги октября и график работ на декабрь",
    ign("company newsletter, bulk mail with List-Unsubscribe"), kind="news")

add("11-20 22:10", "kuz", "95099",
    rev("request number 95099 is not in the registry"),
    cte="base64", body="на месте" + SIG_KUZ)

# ======================= 95806 светофор Фрунзе / Циолковского ===============
add("11-23 07:45", "bel", "95806",
    dec("95806", [], VP, "«приняли, выезжаем» — latest event is departure"),
    cte="quoted-printable", body="приняли, выезжаем" + SIG_BEL)

add("11-23 08:30", "pro", "FW: Re: 95806",
    dec("95806", [], NM, "Outlook forward (От:/Отправлено:/Кому:/Тема:) of crew message «на месте с 8:15»"),
    cs="windows-1251", cte="quoted-printable", body="""Для сведения — сообщение бригады по заявке № 95806.

С уважением,
И.Л. Прохоров

От: Дмитрий Белоусов <d.belousov@gorodsvet-nt.ru>
Отправлено: понедельник, 23 ноября 2026 г. 8:20
Кому: Прохоров Игорь Леонидович <prokhorov@gorodsvet-nt.ru>
Тема: Re: 95806

Фрунзе/Циолковского, на месте с 8:15. Контроллер в жёлтом мигании, смотрим.
""")

add("11-23 11:00", "pro", "Исх. № 447 от 23.11.2026 — о выполнении заявки № 95806",
    dec("95806", [], UB, "formal: works finished 10:10, crew left; serial number is noise"),
    kind="alt", cs="windows-1251", cte="quoted-printable", senc="Q", body=f"""Исх. № 447 от 23.11.2026

Начальнику диспетчерской службы МКУ «ОМИС»
Логиновой Е.А.

Уважаемая Елена Анатольевна!

Сообщаем, что работы по заявке № 95806 (светофорный объект ул. Фрунзе – ул. Циолковского) завершены 23.11.2026 в 10:10: заменён модуль выходных ключей контроллера КДУ-3.2 (зав. № 21-04417), объект переведён в штатный режим работы, бригада убыла с объекта.

Акт выполненных работ будет направлен в составе ежемесячной отчётной документации по муниципальному контракту {CONTRACT}.{SIG_PRO}""")

# ======================= 95863 ул. Победы, 2 позиции ========================
add("11-24 09:40", "sha", "наряд № 95863 в работе",
    dec("95863", [], PR, "KOI8-R, «в работе», departure at 14:00 is plan"),
    cs="koi8-r", cte="base64",
    body=koi("Наряд № 95863 (ул. Победы, 2 позиции) в работе, выезд бригады в 14:00.") + koi(SIG_SHA))

add("11-24 14:05", "val", "95863",
    dec("95863", [], VP, "noun form «Выезд на Победы — 14:00», sent after 14:00"),
    cte="base64", body="Выезд на Победы — 14:00" + SIG_VAL)

add("11-24 16:40", "val", "Re: 95863",
    dec("95863", ["1", "2"], UB, "nouns with times: «П1 — убытие 16:30, П2 — убытие 16:35»"),
    cte="base64", reply=True, body="П1 — убытие 16:30\nП2 — убытие 16:35" + SIG_VAL)

add("11-25 09:00", "sha", "Автоответ: Re: 95863 — акт",
    ign("out-of-office auto-reply (Auto-Submitted)"), kind="autoreply_sha", cs="windows-1251")

add("11-13 16:12", "pro", "Автоматический ответ: Заявка № 95531 Уральский пр., светофор Т.7",
    ign("Outlook out-of-office auto-reply"), kind="autoreply_pro", cs="windows-1251")

add("11-11 09:40", "pro", "Принято: Совещание по заявке 95455 (сквер у ДК)",
    ign("calendar meeting response (METHOD:REPLY) generated by Outlook"), kind="calendar")


# ---------------------------------------------------------------- special kinds
def build_special(spec, n):
    k = spec["kind"]
    dt = spec["dt"]
    if k == "bounce":
        orig_id = dispatch_id("req95677")
        p1 = text_part("""This is the mail system at host mx.gorodsvet-nt.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.kuzmin@gorodsvet-nt.ru>: host mx.gorodsvet-nt.ru[10.12.0.5] said: 550 5.1.1
    <p.kuzmin@gorodsvet-nt.ru>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", cs="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")])
        ds = Message()
        ds["Content-Description"] = "Delivery report"
        ds["Content-Type"] = "message/delivery-status"
        b1 = Message()
        b1["Reporting-MTA"] = "dns; mx.gorodsvet-nt.ru"
        b1["X-Postfix-Queue-ID"] = "4Q7xYz2bK1z9sTn"
        b1["X-Postfix-Sender"] = "rfc822; dispatch@zakazchik-omis.ru"
        b1["Arrival-Date"] = format_datetime(dt - timedelta(seconds=40))
        b2 = Message()
        b2["Final-Recipient"] = "rfc822; p.kuzmin@gorodsvet-nt.ru"
        b2["Original-Recipient"] = "rfc822;p.kuzmin@gorodsvet-nt.ru"
        b2["Action"] = "failed"
        b2["Status"] = "5.1.1"
        b2["Remote-MTA"] = "dns; mx.gorodsvet-nt.ru"
        b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <p.kuzmin@gorodsvet-nt.ru>: Recipient address rejected: User unknown in virtual mailbox table"
        ds.attach(b1)
        ds.attach(b2)
        subj = Header("Заявка № 95677 Черноисточинское ш.", "utf-8").encode()
        p3 = Message()
        p3["Content-Description"] = "Undelivered Message Headers"
        p3["Content-Type"] = "text/rfc822-headers"
        p3.set_payload(
            "Return-Path: <dispatch@zakazchik-omis.ru>\n"
            "From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8=?= <dispatch@zakazchik-omis.ru>\n"
            "To: p.kuzmin@gorodsvet-nt.ru, prokhorov@gorodsvet-nt.ru\n"
            f"Subject: {subj}\n"
            f"Date: {format_datetime(dt - timedelta(seconds=60))}\n"
            f"Message-ID: {orig_id}\n")
        body = multipart("report", [p1, ds, p3], params=" report-type=delivery-status;",
                         boundary="4Q7xYz2bK1z9sTn.1795153000/mx.gorodsvet-nt.ru")
        return body, [("Auto-Submitted", "auto-replied")], "MAILER-DAEMON@gorodsvet-nt.ru (Mail Delivery System)"
    if k == "mdn":
        p1 = text_part("""Ваше сообщение

  Кому: Прохоров Игорь Леонидович
  Тема: Заявка № 95677 Черноисточинское ш.
  Отправлено: 17.11.2026 10:35

было прочитано 17.11.2026 17:30.
""", cs="utf-8", cte="base64")
        p2 = Message()
        p2["Content-Type"] = "message/disposition-notification"
        p2.set_payload("Reporting-UA: PROKHOROV-PC; Microsoft Outlook 16.0\n"
                       "Final-Recipient: rfc822;prokhorov@gorodsvet-nt.ru\n"
                       "Original-Message-ID: %s\n"
                       "Disposition: manual-action/MDN-sent-manually; displayed\n" % dispatch_id("req95677"))
        body = multipart("report", [p1, p2], params=" report-type=disposition-notification;")
        return body, [], None
    if k == "calendar":
        ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Ekaterinburg Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0500
TZOFFSETTO:+0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Прохоров Игорь Леонидович:mailto:prokhorov@gorodsvet-nt.ru
ORGANIZER;CN=Диспетчерская МКУ «ОМИС»:mailto:dispatch@zakazchik-omis.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по заявке 95455 (сквер у ДК)
DTSTART;TZID=Ekaterinburg Standard Time:20261112T100000
DTEND;TZID=Ekaterinburg Standard Time:20261112T110000
UID:040000008200E00074C5B7101A82E00800000000B0D2F1E3A6B8DC01000000000000000010000000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261111T044000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:ул. Пархоменко, 1а, каб. 204
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
        p1 = text_part("", cs="utf-8", cte="quoted-printable")
        p2 = text_part(ics, subtype="calendar", cs="utf-8", cte="base64")
        p2.set_param("method", "REPLY")
        body = multipart("alternative", [p1, p2])
        return body, [("Content-Class", "urn:content-classes:calendarmessage"),
                      ("Thread-Topic", hdr("Совещание по заявке 95455 (сквер у ДК)"))], None
    if k == "autoreply_pro":
        text = """Здравствуйте!

Я нахожусь в командировке с 13.11.2026 по 16.11.2026 включительно, доступ к почте ограничен.
По вопросам исполнения заявок обращайтесь к мастеру смены Шабалину Сергею Викторовичу, тел. +7 912 245-67-18, по договорным вопросам — к директору, тел. +7 (3435) 41-22-01.

С уважением,
И.Л. Прохоров"""
        body = text_part(text, cs="windows-1251", cte="quoted-printable")
        return body, [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("In-Reply-To", dispatch_id("req95531"))], None
    if k == "autoreply_sha":
        text = """Здравствуйте!

Я в отпуске с 25.11 по 07.12.2026. По заявкам обращайтесь к диспетчеру: dispetcher@gorodsvet-nt.ru, +7 (3435) 41-22-00.

Шабалин С.В.

--- Это автоматический ответ, отвечать на него не нужно ---"""
        body = text_part(text, cs="windows-1251", cte="8bit")
        return body, [("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"),
                      ("In-Reply-To", dispatch_id("act95863"))], None
    if k == "news":
        plain = """ГородСвет — новости для партнёров, ноябрь 2026

Итоги октября:
• выполнено 143 заявки по наружному освещению и 37 по светофорным объектам;
• заменено 612 светильников на светодиодные;
• среднее время прибытия бригады — 47 минут.

С 1 декабря 2026 г. действует зимний график: ночные смены усилены до трёх бригад, аварийный номер +7 (3435) 41-22-00.

Вы получили это письмо, так как подписаны на рассылку ООО «ГородСвет».
Отписаться: https://gorodsvet-nt.ru/unsubscribe?id=dispatch%40zakazchik-omis.ru"""
        html = to_html(plain)
        body = multipart("alternative", [text_part(plain, cs="utf-8", cte="quoted-printable"),
                                         text_part(html, "html", cs="utf-8", cte="quoted-printable")])
        return body, [("Precedence", "bulk"),
                      ("List-Id", hdr("ГородСвет новости") .encode() + " <news.gorodsvet-nt.ru>"),
                      ("List-Unsubscribe", "<https://gorodsvet-nt.ru/unsubscribe?id=dispatch%40zakazchik-omis.ru>, <mailto:unsubscribe@gorodsvet-nt.ru?subject=unsubscribe>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                      ("X-Mailer", "Sendsay Mailer")], None
    if k == "fwd822":
        inner = text_part("на объекте с 20:35, начинаем с прожекторов на фасаде" + SIG_KUZ, cs="utf-8", cte="base64")
        im = Message()
        idt = datetime(2026, 11, 19, 20, 38, 11, tzinfo=TZ)
        im["Date"] = format_datetime(idt)
        im["From"] = addr("Анатолий Кузьмин", "kuzmin.electro@mail.ru")
        im["To"] = "dispetcher@gorodsvet-nt.ru"
        im["Subject"] = hdr("95720 на объекте")
        im["Message-ID"] = "<%d.771203344@f318.i.mail.ru>" % int(idt.timestamp())
        im["MIME-Version"] = "1.0"
        for kk, vv in inner.items():
            im[kk] = vv
        im.set_payload(inner.get_payload())
        outer_text = text_part("Пересылаю письмо Кузьмина во вложении, с телефона у него на ваш адрес не уходит." + SIG_DSP,
                               cs="utf-8", cte="8bit")
        att = MIMEMessage(im)
        att["Content-Disposition"] = 'attachment; filename="95720.eml"'
        body = multipart("mixed", [outer_text, att])
        return body, [], None
    raise ValueError(k)


# ---------------------------------------------------------------- build all
def build(spec, n):
    who = spec["who"]
    name, email = PEOPLE[who]
    dt = spec["dt"]
    extra_hdrs = []
    from_override = None
    if spec["kind"] in ("plain", "alt", "html"):
        cs, cte = spec["cs"], spec["cte"]
        if spec["kind"] == "plain":
            body = text_part(spec["body"], cs=cs, cte=cte)
        elif spec["kind"] == "html":
            body = text_part(spec["html"], "html", cs=cs, cte=cte)
        else:
            h = spec["html"]
            if h is None:
                h = to_html(spec["body"], outlook=(who == "pro"), cs=cs)
            bnd = "----=_NextPart_000_%04X_01DB%04X.%08X" % (n, RND.randint(0, 65535), RND.randint(0, 2 ** 32 - 1)) \
                if who == "pro" else None
            body = multipart("alternative", [text_part(spec["body"], cs=cs, cte=cte),
                                             text_part(h, "html", cs=cs, cte=cte)], boundary=bnd)
    else:
        body, extra_hdrs, from_override = build_special(spec, n)

    m = Message()
    m["Date"] = format_datetime(dt)
    m["From"] = from_override or addr(name, email, spec["scs"], spec["senc"])
    m["To"] = spec["to"] or addr(DISPATCH_NAME, DISPATCH, spec["scs"], spec["senc"])
    m["Subject"] = hdr(spec["subj"], spec["scs"], spec["senc"])
    m["Message-ID"] = msgid(who, dt, n)
    if spec["reply"]:
        rid = dispatch_id("r%03d" % n)
        m["In-Reply-To"] = rid
        m["References"] = rid
    for k, v in extra_hdrs:
        m[k] = v
    for k, v in MAILER.get(who, []):
        if k not in m:
            m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    if body.preamble:
        m.preamble = body.preamble
    return m


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    specs = sorted(L, key=lambda s: s["dt"])
    labels = {}
    for i, spec in enumerate(specs, 1):
        fn = "%03d.eml" % i
        m = build(spec, i)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n")).flatten(m)
        with open(os.path.join(LET, fn), "wb") as fh:
            fh.write(buf.getvalue())
        labels[fn] = spec["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    reg = {
        "contractor": {
            "name": "ООО «ГородСвет»",
            "emails": sorted({p[1] for p in PEOPLE.values()}),
            "domains": ["gorodsvet-nt.ru"],
        },
        "requests": [
            {"number": "95012", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+05:00",
             "comment": "Ленинградский пр., р-н д. 26: не горят светильники. Поз.1 — опора №114, поз.2 — опора №117, поз.3 — опора №121"},
            {"number": "95047", "positions": ["1", "2"], "registered_at": "2026-11-03T07:40:00+05:00",
             "comment": "Светофорный объект ул. Ленина – ул. Октябрьской Революции. Поз.1 — контроллер ДКС-2, поз.2 — светофор Т.1 северный подход"},
            {"number": "95103", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-04T10:00:00+05:00",
             "comment": "ул. Зари: замена светильников на опорах №3, 5, 8, 10 (поз.1–4)"},
            {"number": "95188", "positions": ["1"], "registered_at": "2026-11-05T14:20:00+05:00",
             "comment": "Пешеходный переход ул. Газетная, 81: Т.7 и подсветка знака"},
            {"number": "95240", "positions": ["1", "2"], "registered_at": "2026-11-06T08:30:00+05:00",
             "comment": "Тагилстроевский р-н. Поз.1 — ШУНО №7, поз.2 — опоры №41–46 на мосту через р. Тагил"},
            {"number": "95317", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T11:05:00+05:00",
             "comment": "Светофорный объект пр. Мира – ул. Красноармейская. Поз.1 — контроллер, поз.2 — табло ТОВП, поз.3 — Т.1 южный подход"},
            {"number": "95402", "positions": ["1"], "registered_at": "2026-11-10T22:40:00+05:00",
             "comment": "ул. Вагоностроителей, у д. 12: ДТП, сбита опора №58 (аварийная)"},
            {"number": "95455", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-11T09:00:00+05:00",
             "comment": "Сквер у ДК: 1 — аллея, 2 — фонтан, 3 — детская площадка, 4 — входная группа"},
            {"number": "95531", "positions": ["1", "2"], "registered_at": "2026-11-13T16:00:00+05:00",
             "comment": "Уральский пр., у д. 40, светофор Т.7: 1 — со стороны ул. Ильича, 2 — со стороны ул. Кирова"},
            {"number": "95609", "positions": ["1"], "registered_at": "2026-11-16T08:05:00+05:00",
             "comment": "ул. Пархоменко: повреждение КЛ-0,4 кВ от ТП-412 до опоры №17"},
            {"number": "95677", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T10:30:00+05:00",
             "comment": "Черноисточинское ш.: опоры №201, 205, 209 (поз.1–3)"},
            {"number": "95720", "positions": ["1", "2"], "registered_at": "2026-11-19T13:00:00+05:00",
             "comment": "Театральная пл.: 1 — прожекторы фасада театра, 2 — подсветка колоннады"},
            {"number": "95806", "positions": ["1"], "registered_at": "2026-11-23T07:20:00+05:00",
             "comment": "Светофорный объект ул. Фрунзе – ул. Циолковского: контроллер"},
            {"number": "95863", "positions": ["1", "2"], "registered_at": "2026-11-24T09:10:00+05:00",
             "comment": "ул. Победы: две опоры наружного освещения (поз.1, поз.2)"},
        ],
    }
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    print("letters:", len(specs))


if __name__ == "__main__":
    main()
