#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for contractor ООО «НетЛайн Инжиниринг».

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Uses only the standard library (email package, compat32 MIME classes).
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import uuid
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
MSK = dt.timezone(dt.timedelta(hours=3))
rnd = random.Random(363118)

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

KS = ("Кирилл Соколов", "k.sokolov@netline-eng.ru")
KSG = ("Кирилл Соколов", "netline.kirill@gmail.com")
EK = ("Егор Ким", "e.kim@netline-eng.ru")
EKG = ("Egor Kim", "egor.kim.netline@gmail.com")
AL = ("Артём Лаптев", "a.laptev@netline-eng.ru")
MB = ("Марина Белова", "m.belova@netline-eng.ru")
SUPPORT = ("НетЛайн Сервис-деск", "support@netline-eng.ru")
NEWS = ("НетЛайн Инжиниринг", "news@netline-eng.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@netline-eng.ru")
DENIS = ("Денис Орлов", "denis.orlov.nl@gmail.com")

TB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"
TB_UA_LX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"

SIG_KS = ("-- \nКирилл Соколов\nинженер СКС | ООО «НетЛайн Инжиниринг»\n"
          "м. +7 (915) 365-18-02\nо. +7 (495) 364-12-80 доб. 215")
SIG_EK = "-- \nЕгор Ким\nинженер-сетевик, НетЛайн Инжиниринг\n+7 916 363-40-70 | tg @egor_kim_net"
SIG_AL = ("С уважением,\nАртём Лаптев\nведущий инженер\nООО «НетЛайн Инжиниринг»\n"
          "ИНН 7724365018 / КПП 772401001\n+7 (495) 364-12-80")
SIG_MB = ("С уважением,\nМарина Белова\nкоординатор проектов\nООО «НетЛайн Инжиниринг»\n"
          "115516, г. Москва, Кавказский б-р, д. 57, оф. 312\nтел. +7 (495) 364-12-80 доб. 101")

DOW = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def d(day, hh, mm, ss=None):
    if ss is None:
        ss = rnd.randint(3, 58)
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


def tb_mid():
    return "<%s@netline-eng.ru>" % uuid.UUID(int=rnd.getrandbits(128), version=4)


def gm_mid():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    return "<CA%s@mail.gmail.com>" % "".join(rnd.choice(alphabet) for _ in range(52))


def disp_mid():
    return "<%s@zakazchik-omis.ru>" % "".join(rnd.choice("0123456789abcdef") for _ in range(24))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def tb_attr(when, who):
    return "%s, %s пишет:" % (when.strftime("%d.%m.%Y %H:%M"), who)


def gm_attr(when, who):
    return "%s, %d нояб. 2026 г. в %s, %s <%s>:" % (DOW[when.weekday()], when.day,
                                                 when.strftime("%H:%M"), who[0], who[1])


def fit(text, charset):
    """What the mail client would do with characters missing from an 8-bit charset."""
    if charset.lower() == "koi8-r":
        for a, b in (("—", "-"), ("–", "-"), ("«", '"'), ("»", '"'), ("№", "N"), ("…", "..."), ("×", "x"),
                     ("₽", "руб."), ("\u00a0", " ")):
            text = text.replace(a, b)
    return text


def enc_body(text, charset, cte):
    raw = fit(text, charset).encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    # 8bit: keep bytes through surrogateescape so BytesGenerator writes them raw
    return raw.decode("ascii", "surrogateescape")


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", flowed=False):
    p = Message()
    ct = 'text/%s; charset=%s' % (subtype, charset if charset.lower() != "utf-8" else "UTF-8")
    if flowed:
        ct += "; format=flowed"
    p["Content-Type"] = ct
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(enc_body(text, charset, cte))
    return p


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(fit(s, charset), charset, header_name="Subject")


def addr(who, charset="utf-8"):
    name, a = who
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        h = Header(fit(name, charset), charset, header_name="From")
        h.append(" <%s>" % a, "us-ascii")
        return h


def head(msg, frm, when, subj, charset="utf-8", mid=None, reply=False, to=DISPATCH, extra=None):
    """Put top-level headers first (creating a fresh Message keeps order)."""
    top = Message()
    top["Message-ID"] = mid or tb_mid()
    top["Date"] = format_datetime(when)
    if reply:
        r = disp_mid()
        top["In-Reply-To"] = r
        top["References"] = r
    top["From"] = addr(frm, charset)
    top["To"] = addr(to, charset)
    top["Subject"] = hdr(subj, charset)
    for k, v in (extra or []):
        top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in msg.items():
        top[k] = v
    top._payload = msg._payload
    if msg.get_boundary():
        pass
    return top


def tb(frm, when, subj, body, charset="utf-8", cte="8bit", reply=False, ua=TB_UA, extra=None):
    p = text_part(body, "plain", charset, cte, flowed=(charset.lower() == "utf-8" and cte == "8bit"))
    ex = [("User-Agent", ua), ("Content-Language", "ru")] + (extra or [])
    return head(p, frm, when, subj, charset, tb_mid(), reply, extra=ex)


def tb_html(frm, when, subj, html_body, charset="utf-8", cte="8bit", reply=False, plain=None):
    doc = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" '
           'content="text/html; charset=%s">\n  </head>\n  <body>\n%s\n  </body>\n</html>\n'
           % (charset.upper(), html_body))
    if plain is None:
        p = text_part(doc, "html", charset, cte)
        return head(p, frm, when, subj, charset, tb_mid(), reply,
                    extra=[("User-Agent", TB_UA), ("Content-Language", "ru")])
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, "plain", charset, cte, flowed=True))
    alt.attach(text_part(doc, "html", charset, cte))
    return wrap_multi(alt, frm, when, subj, charset, tb_mid(), reply,
                      [("User-Agent", TB_UA), ("Content-Language", "ru")])


def wrap_multi(mp, frm, when, subj, charset, mid, reply, extra):
    # set headers on the multipart itself, keeping Content-Type after them
    ct = mp["Content-Type"]
    del mp["Content-Type"]
    del mp["MIME-Version"]
    mp["Message-ID"] = mid
    mp["Date"] = format_datetime(when)
    if reply:
        r = disp_mid()
        mp["In-Reply-To"] = r
        mp["References"] = r
    mp["From"] = addr(frm, charset)
    mp["To"] = addr(DISPATCH, charset)
    mp["Subject"] = hdr(subj, charset)
    for k, v in extra:
        mp[k] = v
    mp["MIME-Version"] = "1.0"
    mp["Content-Type"] = ct
    return mp


def plain_to_gmail_html(text):
    out, inq = [], False
    for line in text.split("\n"):
        if line.startswith(">"):
            if not inq:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                inq = True
            out.append(html.escape(line.lstrip(">").lstrip()) + "<br>")
        else:
            if inq:
                out.append("</blockquote>")
                inq = False
            if line.endswith(":") and "нояб. 2026" in line:
                out.append('<div class="gmail_attr">%s<br></div>' % html.escape(line))
            else:
                out.append("<div>%s</div>" % (html.escape(line) if line else "<br>"))
    if inq:
        out.append("</blockquote>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def gmail(frm, when, subj, body, reply=False, cte="quoted-printable"):
    alt = MIMEMultipart("alternative", boundary="000000000000%014x" % rnd.getrandbits(56))
    alt.attach(text_part(body, "plain", "utf-8", cte))
    alt.attach(text_part(plain_to_gmail_html(body), "html", "utf-8", cte))
    return wrap_multi(alt, frm, when, subj, "utf-8", gm_mid(), reply, [])


def outlook(frm, when, subj, plain, html_body, charset="windows-1251", reply=True):
    alt = MIMEMultipart("alternative", boundary="_000_%s_" % uuid.UUID(int=rnd.getrandbits(128)).hex[:28])
    alt.attach(text_part(plain, "plain", charset, "quoted-printable"))
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
           '</head><body lang="RU"><div class="WordSection1">\n%s\n</div></body></html>\n'
           % (charset, html_body))
    alt.attach(text_part(doc, "html", charset, "quoted-printable"))
    return wrap_multi(alt, frm, when, subj, charset,
                      "<%s@netline-eng.ru>" % uuid.UUID(int=rnd.getrandbits(128)).hex.upper()[:20],
                      reply, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtY" +
                              base64.b64encode(rnd.getrandbits(96).to_bytes(12, "big")).decode())])


def raw_msg(text):
    """A message given literally (bounces, receipts)."""
    return text.encode("utf-8")


def paras_html(text):
    return "\n".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n") for p in text.split("\n\n"))


LETTERS = []  # (date, message-or-bytes, label)


def add(when, msg, expect, request=None, positions=None, status=None, note=""):
    lab = {"expect": expect}
    if expect == "decided":
        lab.update({"request": request, "positions": positions, "status": status})
    lab["note"] = note
    LETTERS.append((when, msg, lab))


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 363118 БЦ «Омега»
req_118 = ("Добрый день.\nНаправляем заявку 363118. Объект: БЦ «Омега», Профсоюзная ул., 65 к1.\n"
           "Поз.1 — серверная 2 эт., замена коммутатора в стойке R2.\n"
           "Поз.2 — 4 эт., монтаж 6 точек доступа.\n"
           "Поз.3 — 5 эт., кроссовая, перекроссировка патч-панелей.\n"
           "Просим подтвердить принятие.\n--\nИрина Петрова, диспетчерская служба ОМИС")
w = d(2, 10, 2)
add(w, tb(KS, w, "Re: Заявка 363118 — БЦ «Омега», Профсоюзная 65 к1",
          "Ирина, добрый день!\n\nЗаявку приняли, у себя завели тикет NL-4821. Выезд планируем на "
          "завтра, с утра начнём с серверной на 2-м.\nКоммутатор на замену (C9200L-48P-4G) уже у нас "
          "на складе.\n\n" + SIG_KS + "\n\n" + tb_attr(d(2, 9, 15), "Диспетчерская ОМИС") + "\n" + q(req_118),
          reply=True),
    "decided", "363118", [], ACC, "accepted, internal ticket NL-4821 is not the request; positions only in quote/plan")

w = d(3, 8, 40)
add(w, gmail(KSG, w, "363118 поз 1", "Выехали на сайт, ETA 40 мин. Везём свитч на замену."),
    "decided", "363118", ["1"], WAY, "'выехали на сайт' with ETA; position in subject 'поз 1'")

w = d(3, 9, 27)
add(w, gmail(KSG, w, "Re: 363118 поз 1",
             gm_attr(d(3, 8, 52), DISPATCH) + "\n> Кирилл, принято. Охрана предупреждена, пропуск на 2 чел. "
             "на ресепшене.\n>\n> " + gm_attr(d(3, 8, 40), KSG) + "\n>> Выехали на сайт, ETA 40 мин. Везём "
             "свитч на замену.\n\nОнсайт, серверная 2 эт., стойка R2. Начинаем.\n", reply=True),
    "decided", "363118", ["1"], ON, "bottom-posted under quote; 'онсайт' = on site; old 'выехали' only in quote")

w = d(3, 13, 15)
add(w, tb(KS, w, "363118 п.1 — готово",
          "Добрый день.\n\nПо заявке 363118, п.1 (серверная 2 эт.):\n"
          "- старый коммутатор снят (SN FOC2241X0JK, забрали на диагностику, наш тикет NL-4821);\n"
          "- новый C9200L-48P-4G, SN JAE26431ZQ8, стоит в R2, U18;\n"
          "- VLAN 110/120/300 подняты, аплинк Gi1/1/1 up, MGMT 10.20.2.11/24.\n\n"
          "С площадки ушли в 13:05.\n\n" + SIG_KS),
    "decided", "363118", ["1"], LEFT, "'с площадки ушли' = left; serial numbers/VLAN/IP are distractors")

w = d(4, 10, 10)
add(w, tb(EK, w, "Заявка №363118, позиция 2",
          "Добрый день!\n\nБригада на месте, 4 этаж. Начали монтаж точек доступа (6 шт., Ubiquiti U6-Pro).\n"
          "Контакт на объекте — инженер БЦ Сергей, 8-926-118-36-30.\n\n" + SIG_EK,
          charset="windows-1251", cte="base64"),
    "decided", "363118", ["2"], ON, "windows-1251 base64; phone 118-36-30 is not a number of interest")

w = d(4, 16, 50)
add(w, tb(EK, w, "Re: Заявка №363118, позиция 2",
          "Все 6 точек up, контроллер видит, SSID раздаются. Закончили, уехали.\n\nMAC-и для вашей таблицы:\n"
          "AP-4-01  74:AC:B9:36:31:18\nAP-4-02  74:AC:B9:36:31:2A\nAP-4-03  74:AC:B9:36:31:3C\n"
          "AP-4-04  74:AC:B9:36:31:4E\nAP-4-05  74:AC:B9:36:31:60\nAP-4-06  74:AC:B9:36:31:72\n\n"
          + SIG_EK + "\n\n" + tb_attr(d(4, 10, 10), "Егор Ким") + "\n" +
          q("Добрый день!\n\nБригада на месте, 4 этаж. Начали монтаж точек доступа (6 шт., Ubiquiti U6-Pro)."),
          charset="windows-1251", cte="base64"),
    "decided", "363118", ["2"], LEFT, "top-post 'закончили, уехали'; quote says 'на месте' (older)")

w = d(5, 9, 5)
add(w, tb(AL, w, "Re: 363118",
          "Доброе утро.\n\nПо 3-й позиции: патч-корды перекроссировали по новой таблице, кросс на 5 эт. "
          "приведён в порядок, маркировку сделали. Убыли с объекта вчера в 17:40, забыл отписаться — "
          "извините.\n\n" + SIG_AL + "\n\n" + tb_attr(d(4, 9, 2), "Диспетчерская ОМИС") + "\n" +
          q("Артём, добрый день. Подскажите, когда будете по позиции 3 (5 эт., кроссовая)?\n--\nИрина Петрова"),
          charset="koi8-r", cte="8bit", reply=True, ua=TB_UA_LX),
    "decided", "363118", ["3"], LEFT, "KOI8-R 8bit; '3-й позиции', убыли вчера 17:40")

w = d(5, 11, 30)
add(w, tb(KS, w, "363118 — остатки кабеля и акт",
          "Ирина, добрый день.\n\nПо 363118 пара вопросов:\n1) Осталось ~120 м UTP cat6 (Hyperline, бухта "
          "305 м). Оставить у вас на складе БЦ или забрать?\n2) Акт по договору № 47/26-СКС от 14.09.2026 на "
          "кого оформлять — как обычно на Ковалёва?\n\nСпасибо!\n\n" + SIG_KS),
    "review", note="questions about leftovers and the act, no status")

# ---------------------------------------------------------------- 363407 склад Подольск
w = d(3, 11, 15)
add(w, tb_html(MB, w, "Заявка 363407 — принята",
               "    <p>Добрый день!</p>\n    <p>Заявка <b>363407</b> (склад «Подольск-Север», Комсомольская 1) "
               "принята в работу.<br>\n    Ответственный инженер — Ким Егор, тел. +7&nbsp;916&nbsp;363-40-70.</p>\n"
               "    <p>Дату выезда согласуем отдельно.</p>\n    <div class=\"moz-signature\">-- <br>"
               + html.escape(SIG_MB).replace("\n", "<br>\n") + "</div>",
               charset="windows-1251", cte="quoted-printable"),
    "decided", "363407", [], ACC, "HTML-only windows-1251 QP; phone 363-40-70 resembles range")

w = d(5, 7, 50)
add(w, gmail(EKG, w, "Подольск склад (363407)",
             "Едем на склад, на Варшавке стоим, будем минут через 50."),
    "decided", "363407", [], WAY, "'будем минут через 50' = on the way; number in brackets in subject")

w = d(5, 8, 55)
add(w, gmail(EKG, w, "Re: Подольск склад (363407)",
             "На месте. Работаем по П1 и П2 параллельно — я в серверной АБК, Тимур в зоне отгрузки.\n\n"
             + gm_attr(d(5, 7, 50), EKG) + "\n> Едем на склад, на Варшавке стоим, будем минут через 50.\n",
             reply=True),
    "decided", "363407", ["1", "2"], ON, "П1 и П2 on site")

w = d(5, 14, 20)
add(w, tb(EK, w, "363407 — п.1 закрыт",
          "По 363407 п.1 завершили: ядро заменили (был MikroTik CRS326-24G-2S+, поставили Cisco C9300-24T), "
          "все 24 порта прописаны, trunk Gi1/0/1 до АБК up.\nПо п.2 кронштейны не привезли, доделаем завтра.\n\n"
          + SIG_EK),
    "decided", "363407", ["1"], LEFT, "п.1 done; п.2 only a plan")

w = d(6, 9, 10)
add(w, tb(EK, w, "Re: 363407 — п.1 закрыт",
          "Выeхaли на склад пo второй позиции, кронштейны забрали. ETA 10:00.\n\n" + SIG_EK + "\n\n"
          + tb_attr(d(5, 14, 20), "Егор Ким") + "\n" + q("По 363407 п.1 завершили: ядро заменили ...")),
    "decided", "363407", ["2"], WAY, "Latin e/a/o inside 'Выехали','по'; Re: subject names old status")

w = d(6, 12, 45)
add(w, tb(EK, w, "Fwd: Подольск",
          "Пересылаю от Тимура из телеги:\n\n[06.11.2026 12:31] Тимур Галиев: 363407 вторая позиция всё. "
          "3 AP висят, up, контроллер видит, на клиенте 400+ Мбит. Свернулись, уехали\n\n" + SIG_EK),
    "decided", "363407", ["2"], LEFT, "pasted Telegram message from crew: done, left")

# ---------------------------------------------------------------- 363602 Ленинградский
w = d(5, 9, 40)
add(w, tb(AL, w, "Заявка 363602",
          "Добрый день.\nПриняли, у нас NL-4877. Сегодня не успеваем, по срокам отпишусь отдельно.\n\n" + SIG_AL,
          charset="koi8-r", cte="quoted-printable", ua=TB_UA_LX),
    "decided", "363602", [], ACC, "KOI8-R QP; 'приняли'")

w = d(5, 10, 15)
add(w, tb(AL, w, "Re: Заявка 363602",
          "Ирина, выехать сможем только завтра после 14:00 — сегодня вся бригада на другом объекте. "
          "Ок для вас?\n\n" + SIG_AL + "\n\n" + tb_attr(d(5, 9, 58), "Диспетчерская ОМИС") + "\n" +
          q("Артём, когда ориентировочно выезд по 363602?"),
          charset="koi8-r", cte="quoted-printable", reply=True, ua=TB_UA_LX),
    "review", note="plan and a question, no status")

w = d(6, 14, 10)
add(w, tb(AL, w, "363602 (1)", "в пути, ETA 15 мин\n\nАЛ", ua=TB_UA_LX),
    "decided", "363602", ["1"], WAY, "position in brackets in subject")

w = d(6, 14, 35)
add(w, tb(AL, w, "Re: 363602 (1)",
          "Прибыли, серверная 3 эт. Опенспейс (п.2) тоже сегодня посмотрим.\n\nАЛ\n\n"
          + tb_attr(d(6, 14, 10), "Артём Лаптев") + "\n> в пути, ETA 15 мин", ua=TB_UA_LX),
    "decided", "363602", ["1"], ON, "arrived for 1; п.2 only plan")

w = d(6, 19, 5)
tbl_plain = ("Коллеги, добрый вечер.\n\nИтог по заявке 363602:\n\n"
             "Поз. | Место            | Статус                         | Время\n"
             "1    | серверная 3 эт.  | убыли, работы выполнены        | 18:40\n"
             "2    | опенспейс 3 эт.  | убыли, 4 точки смонтированы    | 18:40\n\n" + SIG_MB)
tbl_html = ("<p>Коллеги, добрый вечер.</p><p>Итог по заявке <b>363602</b>:</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><th>Поз.</th><th>Место</th><th>Статус</th><th>Время</th></tr>"
            "<tr><td>1</td><td>серверная 3 эт.</td><td>убыли, работы выполнены</td><td>18:40</td></tr>"
            "<tr><td>2</td><td>опенспейс 3 эт.</td><td>убыли, 4 точки смонтированы</td><td>18:40</td></tr>"
            "</table><p>" + html.escape(SIG_MB).replace("\n", "<br>") + "</p>")
add(w, outlook(MB, w, "363602 — итог по позициям", tbl_plain, tbl_html, reply=False),
    "decided", "363602", ["1", "2"], LEFT, "Outlook multipart/alternative, HTML table row per position")

w = d(7, 10, 0)
add(w, tb(AL, w, "Re: 363602 — итог по позициям",
          "Ок, понял, спасибо! Акт подпишем в понедельник.\n\nАЛ\n\n" + tb_attr(d(7, 9, 41), "Диспетчерская ОМИС")
          + "\n" + q("Артём, спасибо, закрываем 363602. Акт ждём до 10.11."),
          charset="koi8-r", cte="8bit", reply=True, ua=TB_UA_LX),
    "review", note="acknowledgement of dispatcher's closing message")

# ---------------------------------------------------------------- 363955 Химки
w = d(6, 14, 30)
add(w, gmail(KSG, w, "Re: Заявка 363955 Химки",
             "Принято, тикет NL-4890. Завтра к 9 будем.\n\n" + gm_attr(d(6, 14, 0), DISPATCH) +
             "\n> Заявка 363955. Аптечный склад, Химки, Ленинградское ш. 29. Серверная: пропадает линк\n"
             "> до видеосервера, камеры периодически отваливаются.\n", reply=True),
    "decided", "363955", [], ACC, "accepted; 'завтра к 9 будем' is a plan")

w = d(7, 11, 40)
add(w, gmail(KSG, w, "363955",
             "Линк до видеосервера восстановили. На Gi0/12 было 100M half-duplex — заменили патч-корд и SFP "
             "(GLC-LH-SMD), сейчас 1G full, CRC-ошибок нет.\nБригада освободилась, едем на базу."),
    "decided", "363955", [], LEFT, "result + 'бригада освободилась'; 'едем на базу' is travel FROM the site")

# ---------------------------------------------------------------- 364012 ТЦ «Гранат»
w = d(9, 9, 35)
ol_q = ("\n\nОт: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 9 ноября 2026 г. 9:00\n"
        "Кому: m.belova@netline-eng.ru\nТема: Заявка 364012 ТЦ «Гранат»\n\n"
        "Добрый день. Заявка 364012, ТЦ «Гранат», Варшавское ш. 87.\n1 — серверная -1 эт.; 2 — AP 1 эт.; "
        "3 — AP 2 эт.; 4 — AP 3 эт. (фуд-корт).\nПрошу подтвердить.")
pl = ("Добрый день!\n\nЗаявку 364012 приняли. План: 10.11 — серверная (поз.1), 11.11 — этажи (поз.2–4). "
      "Ответственный — Ким Е.\n\n" + SIG_MB + ol_q)
hb = (paras_html("Добрый день!\n\nЗаявку 364012 приняли. План: 10.11 — серверная (поз.1), 11.11 — этажи "
                 "(поз.2–4). Ответственный — Ким Е.\n\n" + SIG_MB) +
      "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">" +
      paras_html(ol_q.strip()) + "</div>")
add(w, outlook(MB, w, "RE: Заявка 364012 ТЦ «Гранат»", pl, hb),
    "decided", "364012", [], ACC, "Outlook reply with От:/Отправлено: block; positions only in plan")

w = d(10, 8, 45)
add(w, gmail(EKG, w, "364012 П1 едем", "выехли, будем к 9:30"),
    "decided", "364012", ["1"], WAY, "П1 in subject; typo 'выехли'")

w = d(10, 9, 30)
add(w, gmail(EKG, w, "Re: 364012 П1 едем",
             "уже на месте, серверная -1 эт., ищем ключ от стойки у охраны\n\n" + gm_attr(d(10, 8, 45), EKG)
             + "\n> выехли, будем к 9:30\n", reply=True),
    "decided", "364012", ["1"], ON, "Re: subject keeps old 'едем', body says on site")

w = d(10, 17, 20)
add(w, tb(EK, w, "364012-1",
          "П1 закрыли: стойку расшили, 2× SG350-28P в стек, IP 10.64.1.2/24, gw 10.64.1.1, VLAN 20 (кассы) и "
          "30 (камеры) разнесли. Убыли 17:10.\n\n" + SIG_EK),
    "decided", "364012", ["1"], LEFT, "request-position after dash in subject")

w = d(10, 18, 0)
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
       "CALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20261111T070000Z\r\n"
       "DTEND:20261111T073000Z\r\nDTSTAMP:20261110T150000Z\r\nORGANIZER;CN=Диспетчерская ОМИС:"
       "mailto:dispatch@zakazchik-omis.ru\r\nUID:3f1c2a9e0b7d4c11@zakazchik-omis.ru\r\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Кирилл Соколов;"
       "X-NUM-GUESTS=0:mailto:netline.kirill@gmail.com\r\nSUMMARY:Созвон по ТЦ Гранат (364012)\r\n"
       "LOCATION:Телемост\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
alt = MIMEMultipart("alternative", boundary="000000000000%014x" % rnd.getrandbits(56))
alt.attach(text_part("Кирилл Соколов принял(а) это приглашение.\n\nСозвон по ТЦ Гранат (364012)\n"
                     "Среда, 11 ноября 2026 г. · 10:00–10:30\nЧасовой пояс: Европа/Москва\n\n"
                     "Приглашение из Google Календаря\n", "plain", "utf-8", "base64"))
alt.attach(text_part("<p>Кирилл Соколов принял(а) это приглашение.</p><p><b>Созвон по ТЦ Гранат (364012)</b>"
                     "<br>Среда, 11 ноября 2026 г. · 10:00–10:30</p>", "html", "utf-8", "base64"))
cal = text_part(ics, "calendar", "utf-8", "base64")
cal.set_param("method", "REPLY")
alt.attach(cal)
add(w, wrap_multi(alt, KSG, w, "Принято: Созвон по ТЦ Гранат (364012) @ ср 11 нояб. 2026 10:00 – 10:30 "
                  "(MSK) (dispatch@zakazchik-omis.ru)", "utf-8", gm_mid(), False, []),
    "ignored", note="Google Calendar accept response generated by the client")

w = d(11, 8, 30)
add(w, gmail(KSG, w, "364012 поз. 2, 3, 4",
             "Выдвигаемся в ТЦ Гранат, по всем трём позициям работаем сегодня. ETA 30 мин"),
    "decided", "364012", ["2", "3", "4"], WAY, "'выдвигаемся' + ETA; positions listed in subject")

w = d(11, 9, 15)
add(w, gmail(KSG, w, "Re: 364012 поз. 2, 3, 4",
             "Прибыли. Работаем по 2-й и 3-й, 4-я (фуд-корт) — вечером после закрытия.\n\n" +
             gm_attr(d(11, 8, 30), KSG) + "\n> Выдвигаемся в ТЦ Гранат, по всем трём позициям работаем "
             "сегодня. ETA 30 мин\n", reply=True),
    "decided", "364012", ["2", "3"], ON, "on site at 2 and 3; 4 only planned for evening")

w = d(11, 15, 40)
add(w, gmail(KSG, w, "364012 статус",
             "1 эт. (поз.2) — все AP up, закончили.\n2 эт. (поз.3) — ещё тянем кабель до дальних точек, часа на 3."),
    "review", note="different statuses for different positions (2 done, 3 still on site)")

w = d(11, 18, 30)
add(w, gmail(KSG, w, "364012 поз.3 — готово",
             "2 эт. сделали, 5 AP up, ушли со второго этажа. Ждём 22:00 для фуд-корта."),
    "decided", "364012", ["3"], LEFT, "поз.3 done; фуд-корт only waiting")

w = d(11, 22, 50)
add(w, gmail(KSG, w, "364012 п.4",
             "Фуд-корт: AP-3-01…AP-3-05 задеплоили, все up, роуминг проверили. Ушли с площадки 22:40."),
    "decided", "364012", ["4"], LEFT, "'задеплоили', 'ушли с площадки'")

w = d(12, 9, 0)
add(w, tb(MB, w, "Уточнение по 364012",
          "Коллеги, доброе утро.\n\nУточнение: позиция 2 (1 эт.) закрыта вчера в 15:30, бригада убыла с этажа. "
          "Вчерашнее письмо Кирилла было не очень понятным, извините.\n\n" + SIG_MB,
          charset="windows-1251", cte="quoted-printable"),
    "decided", "364012", ["2"], LEFT, "coordinator confirms position 2 closed")

w = d(12, 11, 0)
add(w, tb(MB, w, "КП на доп. точки — ТЦ Гранат (364012)",
          "Добрый день.\n\nНаправляем коммерческое на 6 доп. точек доступа по просьбе администрации ТЦ:\n"
          "- U6-Pro × 6 по 18 500 ₽\n- монтаж 4 200 ₽/точка\nИтого 136 200 ₽, в т.ч. НДС.\n"
          "Счёт № 3641 от 12.11.2026 выставим после согласования.\n\n" + SIG_MB),
    "review", note="price/commercial offer, no status")

# ---------------------------------------------------------------- 364270 Народного Ополчения
w = d(10, 11, 45)
auto = tb(SUPPORT, w, "[NL-4933] Ваше обращение зарегистрировано: Заявка 364270 — обрыв оптики",
          "Здравствуйте!\n\nВаше обращение зарегистрировано в сервис-деске ООО «НетЛайн Инжиниринг» под "
          "номером NL-4933.\nСтатус: Новое. Ответственный будет назначен в ближайшее время.\n\n"
          "Это письмо сформировано автоматически, отвечать на него не нужно.\n",
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("Precedence", "auto_reply")])
del auto["User-Agent"]
auto["X-Mailer"] = "NetLine ServiceDesk 3.2"
add(w, auto, "ignored", note="helpdesk auto-acknowledgement (Auto-Submitted)")

w = d(10, 12, 5)
add(w, tb(AL, w, "Re: [NL-4933] Заявка 364270 — обрыв оптики",
          "Добрый день, взяли в работу. Бригада с рефлектометром выезжает в течение часа.\n\n" + SIG_AL,
          reply=True, ua=TB_UA_LX),
    "decided", "364270", [], ACC, "'взяли в работу'; departure in an hour is a plan")

w = d(10, 13, 10)
add(w, tb(AL, w, "Выехали",
          "Выехали на Народного Ополчения, 34 (364270). Будем ~13:50.\n\nАЛ", ua=TB_UA_LX),
    "decided", "364270", [], WAY, "number in brackets after the address")

w = d(10, 13, 55)
inner = gmail(DENIS, d(10, 13, 52), "364270",
              "Мы на месте. Рефлектометр показывает событие на 37 м от серверной, похоже перебили при ремонте "
              "потолка. Варим.")
inner.replace_header("To", addr(AL))
outer = MIMEMultipart("mixed")
outer.attach(text_part("Пересылаю от Дениса, он с бригадой на объекте.\n\nАЛ\n", "plain", "utf-8", "8bit",
                       flowed=True))
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="364270.eml")
outer.attach(att)
add(w, wrap_multi(outer, AL, w, "Fwd: 364270", "utf-8", tb_mid(), False,
                  [("User-Agent", TB_UA_LX), ("Content-Language", "ru")]),
    "decided", "364270", [], ON, "forwarded as attachment (message/rfc822): crew on site")

w = d(10, 18, 20)
add(w, tb(AL, w, "364270 — оптика",
          "По обращению 364270: сварили, затухание на сварке 0.03 дБ, линк до коммутатора 2 эт. поднялся "
          "(Te1/1/1 up). Завершили, уехали.\n\n" + SIG_AL, ua=TB_UA_LX),
    "decided", "364270", [], LEFT, "'по обращению', 'завершили, уехали'")

# ---------------------------------------------------------------- 364588 БЦ «Вектор»
w = d(11, 9, 20)
add(w, tb(MB, w, "Заявка 364588",
          "Добрый день!\n\nЗаявка 364588 (БЦ «Вектор», Дербеневская наб. 7 стр. 2) принята, внутренний тикет "
          "NL-4950. Выезд предварительно 12.11.\n\n" + SIG_MB, charset="windows-1251", cte="quoted-printable"),
    "decided", "364588", [], ACC, "accepted")

w = d(12, 8, 0)
add(w, tb(EK, w, "364588 пропуск",
          "По 364588 ещё не выехали — ждём пропуск на авто от БЦ «Вектор» (Газель, гос. номер А 364 ОР 777). "
          "Как только согласуют — сразу едем.\n\n" + SIG_EK),
    "review", note="negation: not yet departed; car plate contains 364")

w = d(12, 10, 30)
add(w, gmail(EKG, w, "Re: 364588 пропуск",
             "Пропуск дали, выдвинулись на Дербеневскую.\n\n" + gm_attr(d(12, 8, 0), EK) +
             "\n> По 364588 ещё не выехали — ждём пропуск на авто от БЦ «Вектор»\n", reply=True),
    "decided", "364588", [], WAY, "quoted negation is old; new text 'выдвинулись'")

w = d(12, 11, 15)
add(w, tb(EK, w, "Re: 364588 — прошу ETA",
          "Мы на месте, начали с серверной 1 эт. (поз.1).\n\n" + SIG_EK + "\n\n" +
          tb_attr(d(12, 11, 3), "Диспетчерская ОМИС") + "\n" + q("Егор, подскажите ETA по 364588?"),
          reply=True),
    "decided", "364588", ["1"], ON, "on site, поз.1")

w = d(12, 16, 0)
add(w, tb(EK, w, "364588 поз1 done",
          "поз1 — done, серверная: Huawei S5735-L48P4X-A перепрошили, порты 1-24 в VLAN 215, ушли.\n"
          "Поз2 и поз3 завтра.\n\n" + SIG_EK),
    "decided", "364588", ["1"], LEFT, "поз1 done and left; 2,3 planned")

w = d(13, 9, 10)
add(w, tb(EK, w, "#364588 поз.2, поз.3", "онсайт\n\nЕК"),
    "decided", "364588", ["2", "3"], ON, "'#' before number, one-word body")

w = d(13, 17, 45)
add(w, tb_html(EK, w, "364588 — закрытие поз. 2 и 3",
               "    <p>Добрый вечер. По 364588:</p>\n    <table border=\"1\" cellpadding=\"3\">\n"
               "      <tr><td><b>поз.</b></td><td><b>что</b></td><td><b>статус</b></td></tr>\n"
               "      <tr><td>2</td><td>кросс 2 эт.</td><td>завершено 15:20</td></tr>\n"
               "      <tr><td>3</td><td>AP 6 эт. (7 шт.)</td><td>завершено 17:30, ушли</td></tr>\n"
               "    </table>\n    <p>-- <br>Егор Ким</p>"),
    "decided", "364588", ["2", "3"], LEFT, "HTML-only table, both positions completed")

w = d(13, 18, 10)
add(w, tb(EK, w, "План на завтра",
          "Ирина, привет. Сегодня закрыли 364588 полностью, завтра с утра едем на 364731 в Домодедово.\n\n" + SIG_EK),
    "review", note="two different requests in one letter")

# ---------------------------------------------------------------- 364731 Домодедово
w = d(12, 13, 40)
add(w, tb(MB, w, "Заявка № 364731 — в работу",
          "Добрый день.\n\nЗаявку № 364731 (РЦ Домодедово) взяли в работу. Оборудование (ИБП, коммутатор) "
          "резервируем, выезд ориентировочно 14.11.\n\n" + SIG_MB, charset="windows-1251", cte="base64"),
    "decided", "364731", [], ACC, "accepted")

w = d(13, 10, 0)
ooo = tb(AL, w, "Автоответ: Заявка 364731 — доступ в серверную",
         "Здравствуйте!\n\nЯ в отпуске с 13.11 по 16.11 включительно, почту читаю нерегулярно.\n"
         "По срочным вопросам — Кирилл Соколов, k.sokolov@netline-eng.ru, +7 (915) 365-18-02.\n\nАртём Лаптев",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], ua=TB_UA_LX)
del ooo["User-Agent"]
add(w, ooo, "ignored", note="out-of-office auto-reply")

w = d(14, 7, 30)
add(w, gmail(EKG, w, "364731", "Выезд 07:25, еду в Домодедово, ETA 8:40"),
    "decided", "364731", [], WAY, "noun 'выезд' + 'еду'")

w = d(14, 8, 50)
add(w, gmail(EKG, w, "Re: 364731",
             gm_attr(d(14, 7, 44), DISPATCH) + "\n> Егор, принято. На КПП скажите, что в серверную, "
             "пропуск заказан на а/м Е 731 КХ 750.\n\nна объекте, серверная (п1)\n", reply=True),
    "decided", "364731", ["1"], ON, "bottom-posted under the quote; 'п1'")

w = d(14, 12, 30)
add(w, gmail(EKG, w, "Fwd: Домодедово склад",
             "это от Тимура, он на складе\n\nТимур Галиев, [14.11.2026 12:18]\n364731 П2 склад: 8 AP повесили, PoE "
             "от CBS350-24FP-4G, все зелёные. уехали\n"),
    "decided", "364731", ["2"], LEFT, "pasted Telegram message: П2 done, left")

w = d(14, 15, 10)
add(w, gmail(EKG, w, "364731 п.1",
             "UPS APC SMT1500RMI2U поставили, коммутатор перевели на новый ИБП, батареи 100%. По п.1 всё, ушли."),
    "decided", "364731", ["1"], LEFT, "'по п.1 всё, ушли'; model numbers are distractors")

# ---------------------------------------------------------------- 365044 гостиница «Северная»
w = d(16, 10, 0)
add(w, tb(KS, w, "Заявка 365044",
          "Добрый день.\n\nВзяли в работу, тикет NL-5012. По срокам — завтра с утра.\n\n" + SIG_KS,
          cte="base64"),
    "decided", "365044", [], ACC, "UTF-8 base64; accepted")

w = d(16, 14, 0)
bounce = """Return-Path: <>
Message-ID: <20261116110002.4A1F21C0E52@mx1.netline-eng.ru>
Date: Mon, 16 Nov 2026 14:00:02 +0300 (MSK)
From: MAILER-DAEMON@netline-eng.ru (Mail Delivery System)
To: dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A1F21C0E52.1794830402/mx1.netline-eng.ru"

This is a MIME-encapsulated message.

--4A1F21C0E52.1794830402/mx1.netline-eng.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.netline-eng.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<e.kym@netline-eng.ru>: unknown user: "e.kym"

--4A1F21C0E52.1794830402/mx1.netline-eng.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.netline-eng.ru
X-Postfix-Queue-ID: 4A1F21C0E52
Arrival-Date: Mon, 16 Nov 2026 14:00:01 +0300 (MSK)

Final-Recipient: rfc822; e.kym@netline-eng.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "e.kym"

--4A1F21C0E52.1794830402/mx1.netline-eng.ru
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Message-ID: <7b2e91f0c4d3a8e6@zakazchik-omis.ru>
Date: Mon, 16 Nov 2026 13:59:48 +0300
From: dispatch@zakazchik-omis.ru
To: e.kym@netline-eng.ru
Subject: %s

--4A1F21C0E52.1794830402/mx1.netline-eng.ru--
""" % Header("Заявка 365044 — доступ в серверную", "utf-8").encode()
add(w, raw_msg(bounce), "ignored", note="delivery failure report (bounce)")

w = d(16, 11, 0)
add(w, tb(EK, w, "Заявка 364999 — на месте",
          "Добрый день, по заявке 364999 бригада на месте, начинаем.\n\n" + SIG_EK),
    "review", note="request number 364999 is not in the registry")

w = d(17, 9, 0)
add(w, tb(KS, w, "Гостиница «Северная», Сущёвский Вал 12 [365044]",
          "Прибыли, П1 — серверная в цоколе. Администратор на месте, доступ дали.\n\n" + SIG_KS,
          cte="quoted-printable"),
    "decided", "365044", ["1"], ON, "number in square brackets after the address; house number 12 is not a position")

w = d(17, 13, 0)
add(w, tb(KS, w, "365044 п1 — завершение 12:45",
          "Серверная: патч-панели A/B перекроссировали, поставили D-Link DGS-1210-28P (SN R3Y1E5C000217), "
          "uplink в порт 28.\nЗавершение работ 12:45, убыли.\n\n" + SIG_KS),
    "decided", "365044", ["1"], LEFT, "noun 'завершение' with time + 'убыли'")

w = d(17, 13, 20)
add(w, tb(KS, w, "365044 поз.4",
          "По 4-й позиции (ресторан, 1 эт.) — на месте, смотрим трассу под точку.\n\n" + SIG_KS),
    "review", note="request 365044 has no position 4")

w = d(18, 10, 5)
add(w, gmail(KSG, w, "Re: 365044",
             "по второй позиции (3 эт.) — прибытие 10:00\n\n" + gm_attr(d(17, 18, 12), DISPATCH) +
             "\n> Кирилл, когда планируете позиции 2 и 3?\n", reply=True),
    "decided", "365044", ["2"], ON, "noun 'прибытие'; 'по второй позиции'")

w = d(18, 14, 30)
add(w, gmail(KSG, w, "Re: 365044",
             "2-я и 3-я готовы: коридор 3 эт. и конференц-зал, точки up, клиенты цепляются. Убыли.\n"),
    "decided", "365044", ["2", "3"], LEFT, "'2-я и 3-я готовы', убыли")

w = d(18, 9, 55)
add(w, gmail(KSG, w, "выезд",
             "Выехали к вам на Профсоюзную по вчерашнему звонку, будем через 20 мин."),
    "review", note="no request number at all")

# ---------------------------------------------------------------- 365309 Новослободская
w = d(19, 9, 0)
add(w, tb(AL, w, "365309", "ВЫЕХАЛИ. Будем около 9:40.\n\nАЛ", charset="koi8-r",
          cte="quoted-printable", ua=TB_UA_LX),
    "decided", "365309", [], WAY, "caps; KOI8-R QP; bare number subject")

w = d(19, 9, 45)
add(w, tb(AL, w, "Re: 365309",
       "ИП> Артём, принято, охрану на Новослободской предупредили.\nИП> Ирина\n\nНА МЕСТE\n\nАЛ",
       reply=True, ua=TB_UA_LX),
    "decided", "365309", [], ON, "initials quote prefix 'ИП>'; Latin E at the end of 'МЕСТЕ'")

w = d(19, 13, 10)
add(w, tb(AL, w, "Re: Заявка 365309 Новослободская",
          "Патч-панель заменили (Hyperline PP3-19-24-8P8C-C6-110D), все 24 порта прозвонили Fluke'ом, "
          "всё ок. Готово.\n\nАЛ\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС "
          "<dispatch@zakazchik-omis.ru>\nSent: Tuesday, November 17, 2026 10:00 AM\nTo: a.laptev@netline-eng.ru\n"
          "Subject: Заявка 365309 Новослободская\n\nЗаявка 365309. Офис Новослободская 23, серверная 4 эт., "
          "замена патч-панели (выгорели порты 7-12).",
          charset="koi8-r", cte="quoted-printable", reply=True, ua=TB_UA_LX),
    "decided", "365309", [], LEFT, "number only in Re: subject and quote; 'готово' = done")

w = d(19, 13, 32)
mdn = """Message-ID: <a9d3c1f2-5e71-4b08-9c44-0f3a7b21e365@netline-eng.ru>
Date: Thu, 19 Nov 2026 13:32:14 +0300
MIME-Version: 1.0
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1
From: %s
To: dispatch@zakazchik-omis.ru
Subject: %s
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdn7Cq2pYb0E4dTzK9Lm1R3n"

This is a multi-part message in MIME format.
--------------mdn7Cq2pYb0E4dTzK9Lm1R3n
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Это уведомление о прочтении для сообщения, отправленного 19.11.2026 13:20 на адрес a.laptev@netline-eng.ru.

Примечание: уведомление о прочтении означает только, что сообщение было показано на компьютере получателя. Оно не гарантирует, что получатель прочитал или понял содержимое сообщения.

--------------mdn7Cq2pYb0E4dTzK9Lm1R3n
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: netline-eng.ru; Mozilla Thunderbird
Final-Recipient: rfc822;a.laptev@netline-eng.ru
Original-Message-ID: <5c0e8b7a1d2f@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn7Cq2pYb0E4dTzK9Lm1R3n--
""" % (addr(AL), Header("Уведомление о прочтении (показано) - Акт по заявке 365309", "utf-8").encode())
add(w, raw_msg(mdn), "ignored", note="read receipt (MDN) for the dispatcher's letter about the act")

# ---------------------------------------------------------------- 365577 клиника
w = d(18, 9, 20)
pl = ("Добрый день!\n\nНаряд 365577 (клиника, Мичуринский пр-т 6) приняли. Сначала серверная, регистратуру "
      "— после 20:00, когда закроется приём.\n\n" + SIG_MB)
add(w, tb_html(MB, w, "Заявка 365577 — клиника, Мичуринский 6", paras_html(pl), plain=pl,
               charset="windows-1251", cte="quoted-printable"),
    "decided", "365577", [], ACC, "multipart/alternative, 'наряд ... приняли'")

w = d(20, 8, 10)
add(w, tb(EK, w, "365577 П1 П2",
          "выезжаем из офиса на Мичуринский по наряду 365577, ETA 40 мин\n\n" + SIG_EK),
    "decided", "365577", ["1", "2"], WAY, "'выезжаем из офиса на ...' = leaving FOR the site")

w = d(20, 10, 40)
add(w, tb(EK, w, "365577: убытие с объекта по п.1 — 10:30",
          "Серверная готова, коммутатор заменили на Cisco CBS350-24P-4G (старый SN PSZ23461ABC забрали).\n"
          "По п.2 ждём закрытия регистратуры (после 20:00), вернёмся вечером.\n\n" + SIG_EK),
    "decided", "365577", ["1"], LEFT, "'убытие' noun in subject; п.2 only plan")

w = d(20, 21, 30)
add(w, gmail(EKG, w, "365577 п2", "регистратура — 3 AP up, уехали"),
    "decided", "365577", ["2"], LEFT, "short mobile letter")

# ---------------------------------------------------------------- 365812 Зеленоград
w = d(23, 8, 0)
add(w, gmail(KSG, w, "Зеленоград 365812", "в дороге всей бригадой, ETA 45 мин"),
    "decided", "365812", [], WAY, "'в дороге' = on the way")

w = d(23, 9, 0)
add(w, tb(KS, w, "365812 (1)", "Прибыли. Начали с серверной, корп. 2.\n\n" + SIG_KS),
    "decided", "365812", ["1"], ON, "'корп. 2' is a building, not a position")

w = d(23, 16, 0)
add(w, tb(KS, w, "365812 статус",
          "Коллеги, по 365812 на 16:00:\nп.1 — закончили;\nп.2 и п.3 (цеха) — на месте, монтаж;\nп.4 — завтра.\n\n"
          + SIG_KS),
    "review", note="different statuses for different positions")

w = d(24, 12, 0)
add(w, tb(KS, w, "Re: 365812 статус",
          "Добрый день.\n\nпоз. 2, 3, 4 всё сделали, точки up, уехали.\n\n" + SIG_KS + "\n\n" +
          tb_attr(d(23, 16, 0), "Кирилл Соколов") + "\n" +
          q("Коллеги, по 365812 на 16:00:\nп.1 — закончили;\nп.2 и п.3 (цеха) — на месте, монтаж;\nп.4 — завтра.")),
    "decided", "365812", ["2", "3", "4"], LEFT, "new text: 2,3,4 done and left; mixed statuses only in quote")


w = d(7, 9, 8)
add(w, gmail(KSG, w, "Fwd: 363955 Химки",
             "Денис уже на месте по 363955, пересылаю. Я подъеду к 10.\n\n"
             "---------- Forwarded message ---------\nОт: Денис Орлов <denis.orlov.nl@gmail.com>\n"
             "Date: сб, 7 нояб. 2026 г. в 09:02\nSubject: Химки\nTo: Кирилл Соколов <netline.kirill@gmail.com>\n\n"
             "Мы на складе в Химках, в серверной. Охрана пустила, начинаем с линка до видеосервера, "
             "порт Gi0/12 на коммутаторе 2960X мигает.\n"),
    "decided", "363955", [], ON, "Gmail inline forward of the crew's message: on site")

w = d(23, 13, 30)
add(w, tb(KS, w, "Fwd: Re: 365812",
          "Пересылаю от Дениса по 365812.\n\n-------- Пересланное сообщение --------\n"
          "Тема: \tRe: 365812\nДата: \tMon, 23 Nov 2026 13:21:40 +0300\n"
          "От: \tДенис Орлов <denis.orlov.nl@gmail.com>\nКому: \tКирилл Соколов <k.sokolov@netline-eng.ru>\n\n"
          "Серверная (п.1) готова: шкаф собрали, патч-корды перекроссировали, CBS350-48P up, "
          "mgmt 10.36.58.2. Из серверной ушёл, иду в цех к ребятам.\n\n" + SIG_KS),
    "decided", "365812", ["1"], LEFT, "Thunderbird inline forward; crew member finished п.1 and left the server room")


w = d(17, 18, 30)
add(w, tb(KS, w, "Re: 365044 — позиции 2 и 3",
          "Ирина, по 2-й и 3-й выедем завтра, к 10 будем на Сущёвском. Конференц-зал (3) после обеда, "
          "у них там до 13:00 мероприятие.\n\n" + SIG_KS + "\n\n" + tb_attr(d(17, 18, 12), "Диспетчерская ОМИС")
          + "\n" + q("Кирилл, когда планируете позиции 2 и 3?"), reply=True),
    "review", note="plan for tomorrow only ('выедем завтра')")

w = d(19, 16, 5)
add(w, gmail(EKG, w, "365577 регистратура",
             "Ирина, добрый. По 365577 п.2 — а можно как-то попасть в регистратуру до 20:00? Хотя бы на час, "
             "кабель протянуть по потолку. Если да, приедем раньше и закончим быстрее."),
    "review", note="question, no status")

# ---------------------------------------------------------------- newsletter
w = d(25, 11, 0)
nl_html = ("<table width=\"600\" align=\"center\"><tr><td><h2>НетЛайн: новости ноября</h2>"
           "<p>Wi-Fi 7 в офисах: что даёт на практике, и скидка 15% на аудит СКС до 31.12.2026.</p>"
           "<p>За ноябрь наши бригады выполнили 128 выездов в Москве и области.</p>"
           "<p style=\"font-size:11px\">Вы получили это письмо, потому что подписаны на рассылку. "
           "<a href=\"https://netline-eng.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\">Отписаться</a></p>"
           "</td></tr></table>")
nl_plain = ("НетЛайн: новости ноября\n\nWi-Fi 7 в офисах: что даёт на практике, и скидка 15% на аудит СКС до "
            "31.12.2026.\nЗа ноябрь наши бригады выполнили 128 выездов в Москве и области.\n\n"
            "Отписаться: https://netline-eng.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\n")
alt = MIMEMultipart("alternative")
alt.attach(text_part(nl_plain, "plain", "utf-8", "base64"))
alt.attach(text_part(nl_html, "html", "utf-8", "base64"))
add(w, wrap_multi(alt, NEWS, w, "НетЛайн: новости ноября — Wi-Fi 7 и скидка на аудит СКС", "utf-8",
                  "<nl-2026-11.%d@news.netline-eng.ru>" % rnd.getrandbits(32), False,
                  [("List-Unsubscribe", "<https://netline-eng.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
                   ("List-Id", "NetLine news <news.netline-eng.ru>"), ("Precedence", "bulk"),
                   ("X-Mailer", "Sendsay")]),
    "ignored", note="bulk newsletter")



REGISTRY = {
    "contractor": {
        "name": "ООО «НетЛайн Инжиниринг»",
        "emails": ["k.sokolov@netline-eng.ru", "netline.kirill@gmail.com", "e.kim@netline-eng.ru",
                   "egor.kim.netline@gmail.com", "a.laptev@netline-eng.ru", "m.belova@netline-eng.ru",
                   "support@netline-eng.ru", "news@netline-eng.ru", "MAILER-DAEMON@netline-eng.ru",
                   "denis.orlov.nl@gmail.com"],
        "domains": ["netline-eng.ru"],
    },
    "requests": [
        {"number": "363118", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "БЦ «Омега», Профсоюзная ул., 65 к1. Поз.1 — серверная 2 эт., стойка R2, замена коммутатора; "
                    "поз.2 — 4 эт., монтаж 6 точек доступа Wi-Fi; поз.3 — 5 эт., кроссовая, перекроссировка патч-панелей."},
        {"number": "363407", "positions": ["1", "2"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "Склад «Подольск-Север», г. Подольск, ул. Комсомольская, 1. Поз.1 — серверная АБК, замена "
                    "коммутатора ядра; поз.2 — зона отгрузки, 3 точки доступа."},
        {"number": "363602", "positions": ["1", "2"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Офис, Ленинградский пр-т, 37 к9. Поз.1 — серверная 3 эт., перекоммутация; поз.2 — опенспейс "
                    "3 эт., 4 точки доступа."},
        {"number": "363955", "positions": ["1"], "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "Аптечный склад, г. Химки, Ленинградское ш., 29. Поз.1 — серверная, диагностика линка до видеосервера."},
        {"number": "364012", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "ТЦ «Гранат», Варшавское ш., 87. Поз.1 — серверная -1 эт.; поз.2 — точки доступа 1 эт.; "
                    "поз.3 — точки доступа 2 эт.; поз.4 — точки доступа 3 эт. (фуд-корт)."},
        {"number": "364270", "positions": ["1"], "registered_at": "2026-11-10T11:20:00+03:00",
         "comment": "Офис, ул. Народного Ополчения, 34. Поз.1 — серверная, обрыв оптики до коммутатора 2 эт."},
        {"number": "364588", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T08:45:00+03:00",
         "comment": "БЦ «Вектор», Дербеневская наб., 7 стр. 2. Поз.1 — серверная 1 эт.; поз.2 — кросс 2 эт.; "
                    "поз.3 — точки доступа 6 эт."},
        {"number": "364731", "positions": ["1", "2"], "registered_at": "2026-11-12T13:10:00+03:00",
         "comment": "Распределительный центр Домодедово. Поз.1 — серверная, ИБП + коммутатор; поз.2 — склад, "
                    "8 точек доступа."},
        {"number": "365044", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "Гостиница «Северная», ул. Сущёвский Вал, 12. Поз.1 — серверная (цоколь); поз.2 — 3 эт., "
                    "точки доступа в коридоре; поз.3 — конференц-зал 1 эт."},
        {"number": "365309", "positions": ["1"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "Офис, Новослободская ул., 23. Поз.1 — серверная 4 эт., замена патч-панели."},
        {"number": "365577", "positions": ["1", "2"], "registered_at": "2026-11-18T08:50:00+03:00",
         "comment": "Клиника, Мичуринский пр-т, 6. Поз.1 — серверная; поз.2 — регистратура 1 эт., точки доступа."},
        {"number": "365812", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-20T09:10:00+03:00",
         "comment": "Производственная площадка, Зеленоград, корп. 2. Поз.1 — серверная; поз.2 — цех 1, точки "
                    "доступа; поз.3 — цех 2, точки доступа; поз.4 — АБК 2 эт."},
    ],
}

# ---------------------------------------------------------------- output
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    labels = {}
    items = sorted(LETTERS, key=lambda t: t[0])
    for i, (when, msg, lab) in enumerate(items, 1):
        name = "%03d.eml" % i
        path = os.path.join(LET, name)
        if isinstance(msg, bytes):
            data = msg
        else:
            import io
            buf = io.BytesIO()
            BytesGenerator(buf, policy=policy.compat32.clone(linesep="\n"), mangle_from_=False).flatten(msg)
            data = buf.getvalue()
        with open(path, "wb") as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(items), "letters")


if __name__ == "__main__":
    main()
