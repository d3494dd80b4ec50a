#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the G corpus: duty engineers (ОДС) of МУП «Горинжсети».

Run:  python3 make.py   -> writes letters/NNN.eml, labels.json, registry.json
Uses only the standard library (email, quopri, base64).
"""
import base64
import email.utils
import json
import os
import quopri
import uuid
import zlib
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
DISPATCH = '"Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>'
DISPATCH_ADDR = "dispatch@zakazchik-omis.ru"

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "МУП «Горинжсети» (ОДС, дежурные инженеры)",
        "emails": [
            "kuznetsov.dv@gorinzhseti.ru",
            "ods@gorinzhseti.ru",
            "gareev.ri@gorinzhseti.ru",
            "postmaster@gorinzhseti.ru",
            "MAILER-DAEMON@mail.gorinzhseti.ru",
            "petrov.as@gorinzhseti.ru",
            "sidorenko.vp@gorinzhseti.ru",
            "muhametov.rr@gorinzhseti.ru",
        ],
        "domains": ["gorinzhseti.ru", "mail.gorinzhseti.ru"],
    },
    "requests": [
        {"number": "10245", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-03T07:50:00+03:00",
         "comment": "Не горит наружное освещение ул. Заводская: 1 — ТП-12, 2 — ТП-14, 3 — ТП-15"},
        {"number": "10254", "positions": ["1", "2"],
         "registered_at": "2026-11-03T09:20:00+03:00",
         "comment": "КНС-3: 1 — замена подшипника насоса №2, 2 — ревизия обратного клапана напорной линии"},
        {"number": "10267", "positions": ["1"],
         "registered_at": "2026-11-05T10:05:00+03:00",
         "comment": "ЦТП-5 (ул. Чкалова, 31): течь пластинчатого теплообменника ГВС"},
        {"number": "10281", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-06T08:30:00+03:00",
         "comment": "ППР щитов освещения мкр. Солнечный: 1 — ЩО-7, 2 — ЩО-8, 3 — ЩО-9, 4 — ЩО-11"},
        {"number": "10302", "positions": ["1", "2"],
         "registered_at": "2026-11-09T14:10:00+03:00",
         "comment": "ТП-21: 1 — неисправность шкафа АВР, 2 — РУ-0,4 кВ секция 2, протяжка контактов"},
        {"number": "10318", "positions": ["1"],
         "registered_at": "2026-11-10T07:40:00+03:00",
         "comment": "ИТП школы №44: нет циркуляции ГВС"},
        {"number": "10333", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-11T11:00:00+03:00",
         "comment": "Сквер Победы, замена светильников: 1 — опоры 1–8, 2 — опоры 9–16, 3 — опоры 17–24"},
        {"number": "10356", "positions": ["1", "2"],
         "registered_at": "2026-11-12T10:00:00+03:00",
         "comment": "ПНС-2 ул. Береговая, 14: 1 — насос Н-1, замена муфты; 2 — насос Н-2, вибродиагностика"},
        {"number": "10390", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-16T08:10:00+03:00",
         "comment": "ТО ЦТП-11: 1 — сетевой насос СН-1, 2 — сетевой насос СН-2, 3 — промывка фильтров-грязевиков"},
        {"number": "10412", "positions": ["01", "02"],
         "registered_at": "2026-11-18T06:55:00+03:00",
         "comment": "ул. Мира, опоры после ДТП: 01 — опора №14, 02 — опора №15"},
        {"number": "10428", "positions": ["1"],
         "registered_at": "2026-11-20T22:30:00+03:00",
         "comment": "КНС-7: аварийное отключение, не запускается насос"},
        {"number": "10457", "positions": ["1", "2"],
         "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Подземный переход пр. Строителей, освещение: 1 — вход А, 2 — вход Б"},
        {"number": "10503", "positions": ["1", "2"],
         "registered_at": "2026-11-25T08:00:00+03:00",
         "comment": "ЦТП-2, замена запорной арматуры: 1 — задвижка Ду150 на подаче, 2 — задвижка Ду150 на обратке"},
    ],
}

# ---------------------------------------------------------------- people
PEOPLE = {
    "K": {"name": "Кузнецов Дмитрий Викторович", "addr": "kuznetsov.dv@gorinzhseti.ru",
          "cs": "utf-8", "ua": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")},
    "B": {"name": "ОДС МУП Горинжсети", "addr": "ods@gorinzhseti.ru",
          "cs": "windows-1251", "ua": ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")},
    "G": {"name": "Гареев Ринат Ильдарович", "addr": "gareev.ri@gorinzhseti.ru",
          "cs": "koi8-r", "ua": ("X-Mailer", "The Bat! (v9.4.5) Professional")},
}

SIG_K = ("-- \nДежурный инженер ОДС\nМУП «Горинжсети»\nКузнецов Дмитрий Викторович\n"
         "тел. (4852) 44-17-09, доб. 211")
SIG_B = "С уважением,\nдеж. инженер ОДС Белова С.М.\nМУП \"Горинжсети\"\nт. 44-17-10, факс 44-17-12"
SIG_G = "--\nС уважением,\n Гареев Р.И., деж. инж. ОДС (3 смена)\n сот. 8-913-640-22-87"


# ---------------------------------------------------------------- helpers
def ew(text, cs):
    """RFC 2047 B-encoded words, split on characters so no word is too long."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if len(base64.b64encode(cand.encode(cs))) > 40:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    label = {"utf-8": "UTF-8", "windows-1251": "windows-1251", "koi8-r": "koi8-r"}[cs]
    return "\n ".join("=?%s?B?%s?=" % (label, base64.b64encode(w.encode(cs)).decode()) for w in words)


def addr(name, a, cs):
    return "%s <%s>" % (ew(name, cs), a) if name else a


def body_bytes(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text, cs, cte, extra_params=""):
    h = "Content-Type: %s; charset=%s%s\nContent-Transfer-Encoding: %s\n\n" % (
        ctype, cs if cs != "utf-8" else "UTF-8", extra_params, cte)
    b = body_bytes(text, cs, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return h.encode("ascii") + b


def multipart(subtype, parts, boundary, params=""):
    out = ("Content-Type: multipart/%s;%s\n boundary=\"%s\"\n\n" % (subtype, params, boundary)).encode("ascii")
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += ("\n--%s\n" % boundary).encode("ascii") + p
    out += ("\n--%s--\n" % boundary).encode("ascii")
    return out


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ, second=(zlib.crc32(s.encode()) % 50) + 5)


def msgid(who, d):
    if who == "K":
        return "<%s@gorinzhseti.ru>" % uuid.uuid5(uuid.NAMESPACE_DNS, "k" + d.isoformat())
    if who == "B":
        h = uuid.uuid5(uuid.NAMESPACE_DNS, "b" + d.isoformat()).hex
        return "<00%s$%s$%s@ODS>" % (h[:10], h[10:18], h[18:26])
    if who == "G":
        return "<%d.%s@gorinzhseti.ru>" % (zlib.crc32(("g" + d.isoformat()).encode()) % 10**9 + 10**8,
                                            d.strftime("%Y%m%d%H%M%S"))
    return "<%s@mail.gorinzhseti.ru>" % uuid.uuid5(uuid.NAMESPACE_DNS, who + d.isoformat()).hex


def disp_id(tag):
    return "<%s@zakazchik-omis.ru>" % uuid.uuid5(uuid.NAMESPACE_DNS, "disp" + tag).hex[:20]


def headers(who, d, subject, mid, extra=None, from_override=None, to=DISPATCH, cs=None):
    p = PEOPLE.get(who)
    cs = cs or (p["cs"] if p else "utf-8")
    frm = from_override or addr(p["name"], p["addr"], cs)
    hl = [
        ("Message-ID", mid),
        ("Date", email.utils.format_datetime(d)),
        ("From", frm),
        ("To", addr("Диспетчерская ОМИС", DISPATCH_ADDR, cs) if to == DISPATCH else to),
        ("Subject", ew(subject, cs)),
        ("MIME-Version", "1.0"),
    ]
    if p:
        hl.append(p["ua"])
        if who == "B":
            hl.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"))
            hl.append(("X-Priority", "3"))
    for k, v in (extra or []):
        hl.append((k, v))
    return ("".join("%s: %s\n" % kv for kv in hl)).encode("ascii")


LETTERS = []


def L(who, date, subject, body, label, cte=None, cs=None, reply_to_tag=None, html=None,
      html_only=False, note_kind=None):
    LETTERS.append(dict(who=who, date=date, subject=subject, body=body, label=label, cte=cte,
                        cs=cs, reply=reply_to_tag, html=html, html_only=html_only))


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, SITE, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ================================================================ letters
# ---- 10245 / 10254, 3-4 November
L("K", "2026-11-03 08:25", "Заявка 10245 принята",
  "Добрый день.\n\nЗаявку № 10245 (наружное освещение ул. Заводская — ТП-12, ТП-14, ТП-15) приняли в работу.\n"
  "Ответственный — мастер участка НО Петров А.С., тел. 8-920-114-37-52.\n"
  "Бригаду формируем, выезд ориентировочно к 10-00.\n\n" + SIG_K,
  D("10245", [], ACC, "accepted; phone number and planned departure time are noise"), cte="quoted-printable")

L("K", "2026-11-03 09:55", "Обращение №10254 — КНС-3",
  "Добрый день.\n\nПо обращению 10254 (КНС-3, насос №2 и обратный клапан) — принято, передано на участок "
  "насосных станций, мастер Сидоренко В.П.\nНасос №2 сейчас выведен в резерв, в работе №1.\n\n" + SIG_K,
  D("10254", [], ACC, "accepted; 'насос №2'/'№1' are pump numbers, not positions"))

L("K", "2026-11-03 10:41", "10245 поз 1",
  "Бригада Петрова выехала на ТП-12 в 10ч.35м.\nАвтовышка АГП-18, гос. № А 123 ВС 76.\n\nКузнецов",
  D("10245", ["1"], WAY, "position in subject; car plate is noise"))

L("K", "2026-11-03 12:07", "Re: 10245 поз 1",
  "Со слов мастера Петрова (звонил в 12-05):\n"
  "1) ТП-12 — бригада на месте с 11-10, меняют фотореле и автомат в ЩО;\n"
  "2) ТП-14 — туда ещё не выезжали, ждём допуск от сетевой;\n"
  "3) ТП-15 — по плану завтра с утра.\n\nКузнецов Д.В.\n\n"
  "03.11.2026 11:48, Диспетчерская ОМИС пишет:\n"
  "> Дмитрий Викторович, сообщите, пожалуйста, по остальным позициям 10245.\n>\n"
  "> --\n> Лаптева И.С., диспетчер ОМИС\n",
  D("10245", ["1"], SITE, "relayed by phone; only pos 1 has a status, 2 is waiting for допуск (not left), 3 is a plan"),
  reply_to_tag="q10245a")

L("K", "2026-11-03 15:30", "10245-1",
  "ТП-12: работы закончены в 15-05, освещение по Заводской (от д.1 до д.47) включено, бригада убыла на базу.\n\n" + SIG_K,
  D("10245", ["1"], LEFT, "position after dash in subject; house numbers are noise"), cte="base64")

L("B", "2026-11-03 16:52", "ЗАЯВКА 10245 КНС-3",
  "Добрый вечер.\nПо заявке 10245 бригада мастера Сидоренко выехала на КНС-3 в 16-45.\n\nБелова",
  R("number 10245 (street lighting, ТП-12/14/15) contradicts site КНС-3 (which is 10254); "
    "the very next letter says the number was wrong — a careful dispatcher would not record this one"),
  cte="quoted-printable")

L("B", "2026-11-03 17:35", "ИСПРАВЛЕНИЕ - ЗАЯВКА 10254",
  "Извините, в предыдущем письме (16-52) ошибочно указали 10245, правильно 10254.\n"
  "Бригада Сидоренко прибыла на КНС-3 в 17-25, начали разборку насоса №2.\n\nБелова С.М.\nОДС т.44-17-10",
  D("10254", [], SITE, "correction letter: wrong 10245 named, right 10254; arrival reported; '№2' is a pump number"),
  cte="quoted-printable")

L("G", "2026-11-04 02:10", "10254 п.1 КНС-3",
  "Здравствуйте, Диспетчерская.\n\nПо 10254 п.1: подшипник насоса N2 заменили (6312-2RS), насос запущен в 01-50,\n"
  "работает без шума. Бригада уехала в 02-00.\nПо п.2 (обратный клапан) -- днём, 1 смена.\n\n" + SIG_G,
  D("10254", ["1"], LEFT, "p.1 finished and crew left; p.2 only planned; bearing part number is noise"), cte="8bit")

L("K", "2026-11-04 10:30", "10254/2 обратный клапан",
  "Доброе утро.\n\nЗаявка 10254, позиция 2 — бригада на КНС-3 с 10-15, ревизия обратного клапана Ду150 на напорной линии.\n\nКузнецов",
  D("10254", ["2"], SITE, "Ду150 is a pipe size"))

L("K", "2026-11-04 14:05", "Re: 10254/2 обратный клапан",
  "Клапан перебрали, уплотнение заменили, проверили под давлением — готово. Уехали в 13-55.\n\nКузнецов\n\n"
  "04.11.2026 10:42, Диспетчерская ОМИС пишет:\n> Принято, ждём информацию по завершению.\n>\n"
  ">> Заявка 10254, позиция 2 — бригада на КНС-3 с 10-15, ревизия обратного\n>> клапана Ду150 на напорной линии.\n",
  D("10254", ["2"], LEFT, "request/position from Re: subject; quoted 'на КНС-3' is history"),
  reply_to_tag="q10254b", cte="quoted-printable")

L("B", "2026-11-04 16:40", "ЗАЯВКА 0245 ПОЗ.2",
  "Бригада Петрова прибыла на ТП-14 в 16ч.35м., допуск получен в 16-20, приступили.\n\nДеж. инж. Белова",
  D("10245", ["2"], SITE, "old short form '0245' = registry 10245 (unambiguous; ТП-14 confirms)"), cte="quoted-printable")

L("B", "2026-11-04 21:15", "RE: ЗАЯВКА 0245 ПОЗ.2",
  "Да, 10245.\nТП-14 ЗАКОНЧИЛИ В 21-00, УБЫЛИ. ВКЛЮЧЕНИЕ ПРОВЕРЕНО, ГОРИТ ВСЁ.\n\nБелова\n\n"
  "----- Исходное сообщение -----\nОт: \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>\n"
  "Кому: \"ОДС МУП Горинжсети\" <ods@gorinzhseti.ru>\nОтправлено: 4 ноября 2026 г. 16:51\n"
  "Тема: Re: ЗАЯВКА 0245 ПОЗ.2\n\n\n> Светлана Михайловна, уточните: 0245 — это 10245?\n",
  D("10245", ["2"], LEFT, "short form 0245 confirmed as 10245 in the new text; quoted question ignored"),
  reply_to_tag="q0245", cte="quoted-printable")

L("K", "2026-11-05 10:20", "Вопрос по заявке 10267 — ключи ЦТП-5",
  "Добрый день.\n\nПо ЦТП-5 (ул. Чкалова, 31): у кого сейчас ключи от помещения? Раньше были у УК «Жилсервис», "
  "сегодня там никто трубку не берёт (тел. 45-90-13).\nБез ключей бригаду направлять смысла нет. Подскажите контакт.\n\n" + SIG_K,
  R("question about keys/access, no status reported"))

L("K", "2026-11-05 11:50", "10245 (3) ТП-15",
  "По заявке 10245, п.3 (ТП-15): прибыли в 11-40, работают. Меняют кабельную вставку на опоре №9.\n\nКузнецов Д.В.",
  D("10245", ["3"], SITE, "position in brackets in subject and 'п.3' in body; 'опора №9' is noise"))

L("B", "2026-11-05 17:10", "ЗАЯВКА 10245 П.3 ЗАВЕРШЕНО",
  "пo 3-й позиции (ТП-15) работы завершены, бригада yбыла в 17-05.\nКабельная вставка заменена, освещение включено.\n\nБелова",
  D("10245", ["3"], LEFT, "Latin 'o' in 'пo' and Latin 'y' in 'yбыла'"), cte="8bit")

L("B", "2026-11-05 17:30", "RE: Вопрос по заявке 10267 — ключи ЦТП-5",
  "Ключи забрали в УК, бригада Мухаметова выехала на ЦТП-5 в 17-20.\n\nБелова\n\n"
  "----- Исходное сообщение -----\nОт: \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>\n"
  "Кому: <kuznetsov.dv@gorinzhseti.ru>; \"ОДС МУП Горинжсети\" <ods@gorinzhseti.ru>\n"
  "Отправлено: 5 ноября 2026 г. 13:02\nТема: Re: Вопрос по заявке 10267 — ключи ЦТП-5\n\n\n"
  "> Ключи у диспетчера УК «Жилсервис» Смирновой О.А., тел. 8-905-633-14-70. Её предупредили.\n",
  D("10267", [], WAY, "number only in the Re: subject (which still says 'вопрос'); body reports departure"),
  reply_to_tag="q10267", cte="quoted-printable")

L("G", "2026-11-06 03:40", "ЦТП-5 (10267) выполнено",
  "Здравствуйте.\n\nЗаявка 10267 п.1 — течь т/о устранена, заменены 2 пластины и уплотнения (арт. 4410-27),\n"
  "опрессовка 12 кгс/см2 — норма, теплоноситель подан в 03-10.\nБригада освободилась в 03-30, с ЦТП ушли.\n\nГареев",
  D("10267", ["1"], LEFT, "'освободилась', 'ушли'; article number and pressure are noise"), cs="windows-1251", cte="8bit")

L("K", "2026-11-06 09:10", "ППР ЩО мкр. Солнечный — № 10281",
  "Добрый день.\n\nЗаявку № 10281 (ППР ЩО-7, ЩО-8, ЩО-9, ЩО-11) приняли, включили в график.\n"
  "Начнём с понедельника 09.11.26, двумя звеньями.\n\n" + SIG_K,
  D("10281", [], ACC, "acceptance; start date is a plan"))

# mail-server notice (bulk)
LETTERS.append(dict(special="postmaster", who="SYS", date="2026-11-06 18:00",
                    label=I("bulk system notice from the contractor's mail server (planned maintenance)")))

TAB_TXT = ("Заявка 10281, ППР щитов освещения, на 08-50:\n\n"
           "Поз. | Щит                       | Состояние\n"
           "1    | ЩО-7 (ул. Солнечная, 4)   | звено 1 на месте с 08-30\n"
           "2    | ЩО-8 (ул. Солнечная, 18)  | звено 2 на месте с 08-40\n"
           "3    | ЩО-9                      | —\n"
           "4    | ЩО-11                     | —\n\n" + SIG_K)
TAB_HTML = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head>\n<body>\n"
            "<p>Заявка 10281, ППР щитов освещения, на 08-50:</p>\n"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\n"
            "<tr><th>Поз.</th><th>Щит</th><th>Состояние</th></tr>\n"
            "<tr><td>1</td><td>ЩО-7 (ул. Солнечная, 4)</td><td>звено 1 на месте с 08-30</td></tr>\n"
            "<tr><td>2</td><td>ЩО-8 (ул. Солнечная, 18)</td><td>звено 2 на месте с 08-40</td></tr>\n"
            "<tr><td>3</td><td>ЩО-9</td><td>—</td></tr>\n"
            "<tr><td>4</td><td>ЩО-11</td><td>—</td></tr>\n</table>\n"
            "<pre class=\"moz-signature\" cols=\"72\">-- \nДежурный инженер ОДС\nМУП «Горинжсети»\n"
            "Кузнецов Дмитрий Викторович\nтел. (4852) 44-17-09, доб. 211</pre>\n</body>\n</html>\n")
L("K", "2026-11-09 08:50", "10281 — ППР ЩО, начало работ", TAB_TXT,
  D("10281", ["1", "2"], SITE, "table with a row per position; rows 3 and 4 empty"), html=TAB_HTML, cte="quoted-printable")

L("B", "2026-11-09 16:20", "ЗАЯВКА 10281 - ППР ЩО НА 16-00",
  "1) ЩО-7 — ППР выполнен, убыли в 15-40\n2) ЩО-8 — работают, меняют вводной автомат ВА47-100\n"
  "3) ЩО-9 — выехали в 16-00\n4) ЩО-11 — на завтра\n\nБелова",
  R("different statuses for different positions (1 left, 2 on site, 3 on the way) in one letter"),
  cte="quoted-printable")

L("B", "2026-11-09 16:35", "ЗАЯВКА 10302 ТП-21 - ЖДЁМ ДОПУСК",
  "По заявке 10302 ждём допуск от Горэлектросети. Заявку на допуск подали в 15-00 (вх. № 2284 от 09.11.26).\n"
  "Без допуска бригаду на ТП-21 не направляем, как получим — сообщу.\n\n" + SIG_B,
  R("waiting for permit, crew not sent: no status"), cte="quoted-printable")

LETTERS.append(dict(special="mdn", who="B", date="2026-11-09 16:41",
                    label=I("read receipt (MDN) generated by Outlook Express")))

L("K", "2026-11-10 08:05", "10318 пропуск на территорию школы",
  "Добрый день.\n\nПо заявке 10318 (ИТП школы №44): для въезда на территорию школы нужен пропуск на машину.\n"
  "УАЗ-390995, гос. № О 482 КН 76, водитель Лыков С.П.\nКто оформляет — вы или сама школа? Бригада готова, ждём.\n\n" + SIG_K,
  R("access/pass question; crew waiting at base, no status"))

L("K", "2026-11-10 08:20", "10281 (2)",
  "Дополнение по вчерашнему: ЩО-8 (поз. 2) закончили 09.11 в 18-10, звено уехало.\n"
  "Вечерняя смена не передала, сообщаем сейчас.\n\nКузнецов",
  D("10281", ["2"], LEFT, "late report of yesterday's departure"))

L("G", "2026-11-10 07:35", "10302 ТП-21",
  "Здравствуйте, Диспетчерская.\n\nДопуск по ТП-21 получили в 06-50. Бригада Мухаметова прибыла на ТП-21 в 07-25,\n"
  "ждут производителя работ от сетевой, потом приступят к АВР.\n\n" + SIG_G,
  D("10302", [], SITE, "crew arrived and waits on site for the network's work supervisor: still on site"), cte="8bit")

L("K", "2026-11-10 09:40", "Re: 10318 пропуск на территорию школы",
  "Пропуск получили, спасибо. Бригада выехала на школу №44 в 09-35.\n\nКузнецов\n\n"
  "10.11.2026 09:12, Диспетчерская ОМИС пишет:\n> Пропуск заказан через завхоза школы Гусеву Н.В., будет на проходной.\n>\n"
  ">> Кто оформляет — вы или сама школа? Бригада готова, ждём.\n",
  D("10318", [], WAY, "thanks + departure; 'школа №44' is noise"), reply_to_tag="q10318")

L("K", "2026-11-10 10:15", "Заявка 10281 поз.3,4",
  "Звенья Петрова прибыли на ЩО-9 и ЩО-11 в 10-00, работают параллельно.\n\nД.В. Кузнецов",
  D("10281", ["3", "4"], SITE, "two positions in subject"), cte="base64")

L("K", "2026-11-10 12:40", "10302 п1 п2 — выполнено",
  "По заявке 10302 (ТП-21):\n"
  "п.1 — шкаф АВР: заменён контактор КМИ-46512 (50А), переключение на резерв и обратно проверено — работает;\n"
  "п.2 — РУ-0,4 кВ, 2 секция: протяжка контактных соединений выполнена.\nБригада с ТП-21 убыла в 12-30.\n\n" + SIG_K,
  D("10302", ["1", "2"], LEFT, "contactor model and '2 секция' are noise"), cte="quoted-printable")

HTML_10281 = ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n</head>\n<body>\n"
              "<p>Отчёт по заявке 10281 (ППР ЩО мкр. Солнечный), 10.11.26</p>\n"
              "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
              "<thead><tr><th>Позиция</th><th>Щит</th><th>Результат</th><th>Убытие</th></tr></thead>\n<tbody>\n"
              "<tr><td>3</td><td>ЩО-9</td><td>ППР выполнен, замечаний нет</td><td>14:30</td></tr>\n"
              "<tr><td>4</td><td>ЩО-11</td><td>ППР выполнен, заменено фотореле ФР-601</td><td>15:35</td></tr>\n"
              "</tbody>\n</table>\n<p>Звенья вернулись на базу.</p>\n"
              "<div class=\"moz-signature\">-- <br>Дежурный инженер ОДС<br>МУП «Горинжсети»<br>Кузнецов Д.В.<br>"
              "тел. (4852) 44-17-09, доб. 211</div>\n</body>\n</html>\n")
L("K", "2026-11-10 15:50", "Отчёт по 10281 — ЩО-9, ЩО-11", None,
  D("10281", ["3", "4"], LEFT, "HTML-only letter, table rows for positions 3 and 4 with departure times"),
  html=HTML_10281, html_only=True, cte="base64")

L("B", "2026-11-10 17:00", "ЗАЯВКА 10318 ПОЗ.2",
  "Вторая бригада с насосом прибыла на ИТП школы №44 в 16-50 (поз.2).\n\nБелова",
  R("request 10318 has only position 1; position 2 does not exist"), cte="quoted-printable")

L("B", "2026-11-10 19:45", "RE: ЗАЯВКА 10318 ПОЗ.2",
  "Поз.2 — ошибка, позиция одна.\nЦиркуляция ГВС восстановлена, циркуляционный насос заменён (Grundfos UPS 32-80 180). "
  "Убыли в 19-30.\n\nБелова\n\n"
  "----- Исходное сообщение -----\nОт: \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>\n"
  "Кому: \"ОДС МУП Горинжсети\" <ods@gorinzhseti.ru>\nОтправлено: 10 ноября 2026 г. 17:14\n"
  "Тема: Re: ЗАЯВКА 10318 ПОЗ.2\n\n\n> В заявке 10318 одна позиция. Уточните, что за поз.2?\n",
  D("10318", [], LEFT, "sender withdraws 'поз.2' (subject) — the request has one position; pump model is noise"),
  reply_to_tag="q10318b", cte="quoted-printable")

L("B", "2026-11-10 23:55", "СДАЧА СМЕНЫ 10.11.26",
  "Смену сдала в 24-00.\n1) 10318 — ГВС восстановлено, убыли 19-30, закрыта;\n"
  "2) 10281 — ППР ЩО выполнен полностью (все 4 щита);\n3) 10302 — выполнено днём, замечаний нет;\n"
  "4) новых заявок нет.\n\nБелова",
  R("shift hand-over note listing several requests"), cte="8bit")

# ---- 10333 / 10356
L("K", "2026-11-11 11:30", "Заявка 10333 взята в работу",
  "Добрый день!\n\nИнформацию по скверу Победы получили, заявку 10333 взяли в работу.\n"
  "Светильники ЖКУ-150 на складе есть (накладная № 1187 от 02.11.26), 24 шт.\nНачнём завтра с первой группы опор.\n\n" + SIG_K,
  D("10333", [], ACC, "invoice number/date are noise"))

L("B", "2026-11-11 16:10", "RE: 10333 уточнение по светильникам",
  "Спасибо, уточнение получили, учтём.\n\nБелова\n\n"
  "----- Исходное сообщение -----\nОт: \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>\n"
  "Кому: \"ОДС МУП Горинжсети\" <ods@gorinzhseti.ru>\nОтправлено: 11 ноября 2026 г. 15:40\n"
  "Тема: 10333 уточнение по светильникам\n\n\n> По скверу Победы: на опорах 17-24 ставить светильники с защитной решёткой.\n"
  "> Лаптева И.С.\n",
  R("acknowledges the dispatcher's own message; no status"), reply_to_tag="q10333", cte="quoted-printable")

L("K", "2026-11-12 08:40", "10333 поз1",
  "Бригада выдвигается на сквер Победы, позиция 1 (опоры 1–8). Будут минут через 20.\n\nКузнецов",
  D("10333", ["1"], WAY, "'выдвигается', 'будут через 20 минут' = on the way; опоры 1–8 are not positions"))

L("K", "2026-11-12 10:25", "ПНС-2, ул. Береговая, 14 (10356)",
  "Наряд 10356 принят. Мастер Сидоренко, выезд после 16-00 — сейчас бригада занята на плановых работах.\n\n" + SIG_K,
  D("10356", [], ACC, "number in brackets after the address; departure only planned"))

L("K", "2026-11-12 13:20", "10333 п.1 готово",
  "По позиции 1 светильники на опорах 1–8 замeнeны (8 шт.), включение проверено.\n"
  "Бригада yехала с объекта в 13-10, после обеда — на 2-ю группу.\n\nКузнецов",
  D("10333", ["1"], LEFT, "Latin 'e' and 'y' inside Cyrillic words; 2-я группа is a plan"), cte="quoted-printable")

L("B", "2026-11-12 16:30", "ПО ЗАЯВКАМ 10333 И 10356",
  "1) 10333 — бригада Петрова выехала на сквер Победы (2-я группа опор);\n2) 10356 — бригада Сидоренко выехала на ПНС-2.\n\nБелова",
  R("two different requests in one letter"), cte="quoted-printable")

L("B", "2026-11-12 17:40", "FW: ПНС-2 заявка 10356",
  "Пересылаю сообщение мастера.\n\n----- Original Message -----\n"
  "From: Сидоренко В.П. <sidorenko.vp@gorinzhseti.ru>\nTo: ОДС <ods@gorinzhseti.ru>\n"
  "Sent: Thursday, November 12, 2026 5:31 PM\nSubject: ПНС-2 заявка 10356\n\n\n"
  "На Береговой с 17-25. Н-1 остановили, разбираем муфту. Заявка 10356 поз 1.\nСидоренко\n",
  D("10356", ["1"], SITE, "forwarded master's report (Outlook Express forward)"), cte="quoted-printable")

L("G", "2026-11-13 01:15", "Re: FW: ПНС-2 заявка 10356",
  "Здравствуйте, Диспетчерская.\n\nПо 1-й позиции: муфту заменили, центровку сделали, Н-1 в работе с 00-40.\n"
  "Бригада уехала в 00-55.\n\nВы писали 12 ноября 2026 г., 17:52:05:\n\n"
  "ДО> Принято, по Н-1 бригада на месте с 17-25.\n\n" + SIG_G,
  D("10356", ["1"], LEFT, "number from Re: subject; The Bat 'ДО>' quote is history"), reply_to_tag="q10356", cte="8bit")

L("K", "2026-11-13 09:10", "10333 — 2-я и 3-я позиции",
  "Сквер Победы: по второй и третьей позиции бригада на месте с 08-45, работают с автовышки.\n\nКузнецов",
  D("10333", ["2", "3"], SITE, "positions in words"))

L("K", "2026-11-13 10:50", "10356 (2)",
  "Выехали на ПНС-2 (ул. Береговая, 14) для вибродиагностики Н-2 — от базы (ул. Промышленная, 7) в 10-45.\n\nКузнецов",
  D("10356", ["2"], WAY, "'выехали на' + 'от базы' = on the way; addresses are noise"))

L("K", "2026-11-13 14:30", "Re: 10356 (2)",
  "Вибродиагностика Н-2 выполнена, протокол № ВД-118 вышлем завтра. С объекта убыли в 14-15.\n\nКузнецов Д.В.\n\n"
  "13.11.2026 11:02, Диспетчерская ОМИС пишет:\n> Принято.\n", 
  D("10356", ["2"], LEFT, "protocol number is noise"), reply_to_tag="q10356b")

OE_HTML_10333 = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<HTML><HEAD>\n"
                 "<META http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n"
                 "<META content=\"MSHTML 6.00.2900.6036\" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n<BODY bgColor=#ffffff>\n"
                 "<DIV><FONT face=Arial size=2>Опоры 9–24 — замена светильников выполнена полностью "
                 "(на 17–24 антивандальные).</FONT></DIV>\n"
                 "<DIV><FONT face=Arial size=2>Бригада покинула объект в 17-05.</FONT></DIV>\n"
                 "<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n"
                 "<DIV><FONT face=Arial size=2>Белова</FONT></DIV></BODY></HTML>\n")
L("B", "2026-11-13 17:20", "ЗАЯВКА 10333 П.2, П.3 ВЫПОЛНЕНО",
  "Опоры 9–24 — замена светильников выполнена полностью (на 17–24 антивандальные).\nБригада покинула объект в 17-05.\n\nБелова",
  D("10333", ["2", "3"], LEFT, "positions in subject; опоры 9–24 are pole numbers"), html=OE_HTML_10333, cte="quoted-printable")

L("G", "2026-11-14 06:30", "ЗАЯВКА 0290 ТП-40",
  "Бригада прибыла на ТП-40 в 06-10, отключение по 2 фидеру, ищут повреждение.\n\nГареев",
  R("short form 0290 = 10290, not in the registry"), cs="windows-1251", cte="8bit")

LETTERS.append(dict(special="bounce", who="SYS", date="2026-11-14 09:12",
                    label=I("delivery failure report (bounce) from the contractor's mail server")))

# ---- 10390
L("K", "2026-11-16 08:40", "ТО ЦТП-11 #10390",
  "Добрый день.\n\nЗаявка #10390 (ТО ЦТП-11) принята, выполняем по графику ППР, начало сегодня во 2-ю смену.\n\n" + SIG_K,
  D("10390", [], ACC, "'#' before the number; '2-ю смену' is not a position"), cte="base64")

L("B", "2026-11-16 16:05", "ЗАЯВКА 10390 - ВЫЕЗД НА ЦТП-11",
  "Выезд бригады Мухаметова на ЦТП-11 в 16-00, по всем позициям.\n\nБелова",
  D("10390", [], WAY, "noun 'выезд'; 'по всем позициям' = whole request"), cte="quoted-printable")

L("B", "2026-11-16 16:55", "RE: ЗАЯВКА 10390 - ВЫЕЗД НА ЦТП-11",
  "ПРИБЫЛИ В 16-40, ПРИСТУПИЛИ К ТО.\nБЕЛОВА\n\n"
  "----- Исходное сообщение -----\nОт: \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>\n"
  "Кому: \"ОДС МУП Горинжсети\" <ods@gorinzhseti.ru>\nОтправлено: 16 ноября 2026 г. 16:20\n"
  "Тема: Re: ЗАЯВКА 10390 - ВЫЕЗД НА ЦТП-11\n\n\n> Принято, сообщите о прибытии.\n",
  D("10390", [], SITE, "Re: subject still says 'выезд' but body reports arrival"), reply_to_tag="q10390", cte="quoted-printable")

L("G", "2026-11-17 00:40", "Передача смены 17.11.26",
  "Смену принял в 00-00.\nВ работе на начало смены:\n1) 10390 ЦТП-11 — бригада на объекте, ТО СН-1, СН-2;\n"
  "2) 10302 ТП-21 — закрыта, замечаний нет;\n3) 10356 ПНС-2 — протокол ВД-118 отправлен.\nНового за ночь пока нет.\n\nГареев",
  R("hand-over note naming three requests"), cs="windows-1251", cte="8bit")

L("K", "2026-11-17 11:20", "10390 п.1, п.2, п.3",
  "ЦТП-11:\nп.1, п.2 — ТО насосов СН-1 и СН-2 закончено, замечаний нет;\nп.3 — бригада сейчас на грязевиках, идёт промывка.\n\nКузнецов",
  R("different statuses: p.1-2 finished, p.3 crew on site (second and last such letter)"))

L("K", "2026-11-17 15:10", "10390 поз.3",
  "Промывка фильтров-грязевиков Ду200 закончена в 15-00, бригада уехала.\n\nКузнецов",
  D("10390", ["3"], LEFT, "Ду200 is a pipe size"))

# ---- 10412 (positions 01, 02)
L("G", "2026-11-18 07:10", "10412 ул. Мира",
  "Здравствуйте.\n\nЗаявку 10412 приняли. Опоры N14 и N15 по ул. Мира (после ДТП в 05-40),\nмастеру Петрову сообщил, выезд с 08-00 -- 1 смена.\n\nГареев",
  D("10412", [], ACC, "acceptance; pole numbers 14/15 are not positions; departure is a plan"), cte="8bit")

L("K", "2026-11-18 08:20", "10412 поз.01-02",
  "Бригада с автокраном КС-3577 (гос. № Р 771 ТЕ 76) выехала на ул. Мира в 08-15, по обеим опорам.\n\nКузнецов",
  D("10412", ["01", "02"], WAY, "positions 01-02 in subject; crane model and plate are noise"))

L("K", "2026-11-18 09:30", "Re: 10412 поз.01-02",
  "Со слов мастера Петрова (звонил 09-25): бригада на месте, опоры огородили, ГИБДД там же.\n\nКузнецов Д.В.\n\n"
  "18.11.2026 08:31, Диспетчерская ОМИС пишет:\n> Принято, сообщите о прибытии.\n",
  D("10412", ["01", "02"], SITE, "relayed by phone; positions only from the Re: subject (equivalent to whole request)"),
  reply_to_tag="q10412", cte="quoted-printable")

L("K", "2026-11-18 14:00", "10412 п.02 — перенос",
  "По опоре №15 (поз. 02): сегодня не успеваем, нужен новый фундамент ТФ-3,0, привезут завтра. Выедем завтра к 9-00.\n\nКузнецов",
  R("plan only ('выедем завтра')"))

L("B", "2026-11-18 16:30", "10412 ПОЗ.1 УБЫЛИ",
  "ОПОРА №14 ВЫРОВНЕНА И ЗАКРЕПЛЕНА, СВЕТИЛЬНИК ПОДКЛЮЧЕН. БРИГАДА УБЫЛА 16-20. ПОЗ.2 — ЗАВТРА.\n\nБЕЛОВА",
  D("10412", ["01"], LEFT, "'ПОЗ.1' = registry position 01; поз.2 only planned"), cte="quoted-printable")

L("K", "2026-11-19 10:50", "Fwd: ул. Мира опора 15 (10412-02)",
  "Пересылаю от мастера.\n\n-------- Пересылаемое сообщение --------\nТема: \tопора 15\n"
  "Дата: \tThu, 19 Nov 2026 10:34:12 +0300\nОт: \tПетров А.С. <petrov.as@gorinzhseti.ru>\nКому: \tods@gorinzhseti.ru\n\n\n"
  "Опора 15 заменена, фундамент новый, светильник подключили. Уехали 10-30.\n\nОтправлено с мобильного\n",
  D("10412", ["02"], LEFT, "Thunderbird inline forward; request and position from forwarder's subject"))

LETTERS.append(dict(special="calendar", who="K", date="2026-11-19 12:02",
                    label=I("calendar meeting response generated by Thunderbird")))

L("K", "2026-11-19 15:00", "Re: освещение во дворе",
  "Бригада на месте, работают. Подробнее сообщу по окончании.\n\nКузнецов\n\n"
  "19.11.2026 14:21, Диспетчерская ОМИС пишет:\n> Что с освещением во дворе по Молодёжной? Жители звонят.\n",
  R("no request number anywhere in the letter"), reply_to_tag="qdvor")

# ---- 10428 night emergency
L("G", "2026-11-20 22:45", "АВАРИЯ КНС-7 10428",
  "Заявку 10428 принял в 22-40. Дежурная бригада (Мухаметов, Лыков) выезжает на КНС-7,\nбудут через 25-30 минут.\n\nГареев",
  D("10428", [], WAY, "accepted and crew leaving now, arrival in 25-30 min: latest = on the way"), cte="8bit")

L("G", "2026-11-20 23:40", "Re: АВАРИЯ КНС-7 10428",
  "Здравствуйте, Диспетчерская.\n\nБригада на КНС-7 с 23-20. Сработала защита по перегрузу, насос СД 250/22,5 --\n"
  "проверяют изоляцию двигателя мегаомметром.\n\nВы писали 20 ноября 2026 г., 22:51:40:\n\n"
  "ДО> Принято. Держите в курсе.\n\n" + SIG_G,
  D("10428", [], SITE, "pump model 250/22,5 is noise"), reply_to_tag="q10428", cte="8bit")

L("G", "2026-11-21 04:20", "Re[2]: АВАРИЯ КНС-7 10428",
  "Насос запущен в 04-00, работает штатно, ток в норме. С КНС-7 выехали в 04-15.\n\nГареев\n\n"
  "Вы писали 20 ноября 2026 г., 23:48:02:\n\nДО> Принято, бригада на месте с 23-20.\n",
  D("10428", [], LEFT, "'выехали С КНС-7' = left the site"), reply_to_tag="q10428b", cte="8bit")

LETTERS.append(dict(special="autoreply", who="K", date="2026-11-21 09:05",
                    label=I("out-of-office auto-reply")))

# ---- 10457
L("K", "2026-11-23 09:30", "10457 — задержка выезда",
  "По 10457 бригада ещё не выехала — автовышка АГП-18 в ремонте (гидравлика), ориентировочно после 13-00.\n"
  "Как выедут — сообщу.\n\nКузнецов",
  R("negation: crew has not left yet"))

L("K", "2026-11-23 13:45", "Re: 10457 — задержка выезда",
  "Вышку починили. Выехали на переход пр. Строителей в 13-40, входы А и Б (поз. 1, 2).\n\nКузнецов\n\n"
  "23.11.2026 09:41, Диспетчерская ОМИС пишет:\n> Принято, ждём.\n",
  D("10457", ["1", "2"], WAY, "Re: subject says 'задержка' but body reports departure"), reply_to_tag="q10457")

L("B", "2026-11-23 17:30", "ЗАЯВКА 10457 ПОЗ 1 2 ГОТОВО",
  "Освещение подземного перехода по пр. Строителей восстановлено по обоим входам (заменены 6 светильников ЛПО "
  "и кабель ВВГнг 3х2,5 — 40 м). Бригада убыла 17-10.\n\nБелова",
  D("10457", ["1", "2"], LEFT, "cable cross-section and quantities are noise"), cte="quoted-printable")

# ---- 10503
L("K", "2026-11-25 08:30", "обращение 10503 ЦТП-2",
  "Добрый день.\n\nПо обращению 10503 (ЦТП-2, замена задвижек) — приняли. Работы возможны только после отключения ТС,\n"
  "согласовываем с теплосетью на ночь 25/26.11.\n\n" + SIG_K,
  D("10503", [], ACC, "acceptance; date fragments are noise"))

L("B", "2026-11-25 16:30", "ЗАЯВКА 0530 БРИГАДА ВЫЕХАЛА",
  "Бригада Мухаметова выехала на ЦТП-2 в 16-25, везут задвижки.\n\nБелова",
  R("short form 0530 = 10530, not in the registry (typo for 10503, corrected in the next letter)"), cte="quoted-printable")

L("B", "2026-11-25 17:45", "ИСПРАВЛЕНИЕ: НЕ 0530, А 10503",
  "В письме 16-30 ошибочно указали заявку 0530, правильно 10503 (ЦТП-2).\n"
  "Бригада выехала в 16-25, сначала на склад за задвижками Ду150 (2 шт.), к ЦТП-2 будут около 18-00.\n\n" + SIG_B,
  D("10503", [], WAY, "correction: wrong 0530, right 10503; crew travelling"), cte="quoted-printable")

L("G", "2026-11-26 02:30", "10503 п.1",
  "Здравствуйте.\n\nПо 10503 п.1: ТС отключили в 01-50, бригада на ЦТП-2, приступили к замене задвижки на подаче.\n\nГареев",
  D("10503", ["1"], SITE, "KOI8-R"), cte="8bit")

LETTERS.append(dict(special="fwd_attach", who="K", date="2026-11-26 11:00",
                    label=D("10503", ["1", "2"], LEFT, "forwarded as attachment (message/rfc822): master's report")))

LETTERS.append(dict(special="delay", who="SYS", date="2026-11-26 14:00",
                    label=I("delivery delay notification (DSN) from the mail server")))

L("K", "2026-11-27 10:15", "Доп. работы по 10457 — смета",
  "Добрый день.\n\nПрошу согласовать дополнительные работы по 10457: замена 40 м кабеля ВВГнг 3х2,5 и 6 светильников "
  "сверх заявки.\nСумма 18 740,00 руб. по договору № 47-ТО/2026, счёт № 312 от 27.11.26 направим после согласования.\n"
  "ИНН 7604012345, КПП 760401001.\n\n" + SIG_K,
  R("price/contract talk, no status"))


# ================================================================ special builders
def build_special(x, d):
    kind = x["special"]
    if kind == "postmaster":
        mid = "<%s@mail.gorinzhseti.ru>" % uuid.uuid5(uuid.NAMESPACE_DNS, "pm").hex
        body = ("Уважаемые корреспонденты!\n\n07.11.2026 с 01:00 до 03:00 на почтовом сервере mail.gorinzhseti.ru "
                "проводятся плановые\nработы. Письма, отправленные в этот период, будут доставлены после завершения работ.\n\n"
                "Это письмо отправлено автоматически, отвечать на него не нужно.\n\nАдминистратор почтовой системы МУП «Горинжсети»\n")
        h = headers(None, d, "Плановые работы на почтовом сервере 07.11.2026", mid,
                    extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
                           ("List-Unsubscribe", "<mailto:postmaster@gorinzhseti.ru?subject=unsubscribe>")],
                    from_override=addr("Администратор почты", "postmaster@gorinzhseti.ru", "utf-8"),
                    to="undisclosed-recipients:;")
        return h + leaf("text/plain", body, "utf-8", "base64")
    if kind == "mdn":
        p = PEOPLE["B"]
        mid = msgid("B", d)
        orig = disp_id("mdn10302")
        txt = ("Ваше сообщение\n\n  Кому: \"ОДС МУП Горинжсети\" <ods@gorinzhseti.ru>\n"
               "  Тема: Допуск по ТП-21 (10302)\n  Отправлено: 09.11.2026 16:38\n\nбыло прочитано 09.11.2026 16:41.\n")
        mdn = ("Reporting-UA: ODS; Microsoft Outlook Express 6.00.2900.5931\nFinal-Recipient: rfc822;ods@gorinzhseti.ru\n"
               "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % orig).encode("ascii")
        h = headers("B", d, "Прочитано: Допуск по ТП-21 (10302)", mid)
        parts = [leaf("text/plain", txt, "windows-1251", "quoted-printable"),
                 b"Content-Type: message/disposition-notification\n\n" + mdn]
        return h + multipart("report", parts, "----=_NextPart_000_0041_01DCB2A1.5E2F7A10",
                             params=" report-type=disposition-notification;")
    if kind == "bounce":
        mid = "<20261114091203.5C1A2E0412@mail.gorinzhseti.ru>"
        h = headers(None, d, "Undelivered Mail Returned to Sender", mid,
                    extra=[("Auto-Submitted", "auto-replied")],
                    from_override="MAILER-DAEMON@mail.gorinzhseti.ru (Mail Delivery System)", to=DISPATCH_ADDR)
        txt = ("This is the mail system at host mail.gorinzhseti.ru.\n\nI'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
               "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
               "                   The mail system\n\n<smena2@gorinzhseti.ru>: user unknown\n")
        ds = ("Reporting-MTA: dns; mail.gorinzhseti.ru\nX-Postfix-Queue-ID: 5C1A2E0412\n"
              "Arrival-Date: Sat, 14 Nov 2026 09:12:01 +0300 (MSK)\n\nFinal-Recipient: rfc822; smena2@gorinzhseti.ru\n"
              "Original-Recipient: rfc822;smena2@gorinzhseti.ru\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: X-Postfix; user unknown\n").encode("ascii")
        oh = ("Message-ID: %s\nDate: Sat, 14 Nov 2026 09:11:48 +0300\nFrom: %s\nTo: smena2@gorinzhseti.ru\n"
              "Subject: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n" % (
                  disp_id("bounce"), addr("Диспетчерская ОМИС", DISPATCH_ADDR, "utf-8"), ew("Re: ЗАЯВКА 10333 П.2, П.3 ВЫПОЛНЕНО", "utf-8"))).encode("ascii")
        parts = [b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + txt.encode("ascii"),
                 b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds,
                 b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + oh]
        return h + multipart("report", parts, "5C1A2E0412.1794636723/mail.gorinzhseti.ru",
                             params=" report-type=delivery-status;")
    if kind == "delay":
        mid = "<20261126140002.9F0B3E0177@mail.gorinzhseti.ru>"
        h = headers(None, d, "Delayed Mail (still being retried)", mid,
                    extra=[("Auto-Submitted", "auto-replied")],
                    from_override="MAILER-DAEMON@mail.gorinzhseti.ru (Mail Delivery System)", to=DISPATCH_ADDR)
        txt = ("This is the mail system at host mail.gorinzhseti.ru.\n\n####################################################################\n"
               "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
               "####################################################################\n\n"
               "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
               "                   The mail system\n\n<gareev.ri@gorinzhseti.ru>: connect to store.gorinzhseti.ru[10.0.12.5]:24:\n"
               "    Connection refused\n")
        ds = ("Reporting-MTA: dns; mail.gorinzhseti.ru\nX-Postfix-Queue-ID: 9F0B3E0177\n"
              "Arrival-Date: Thu, 26 Nov 2026 09:58:40 +0300 (MSK)\n\nFinal-Recipient: rfc822; gareev.ri@gorinzhseti.ru\n"
              "Action: delayed\nStatus: 4.4.1\nWill-Retry-Until: Tue, 1 Dec 2026 09:58:40 +0300 (MSK)\n").encode("ascii")
        oh = ("Message-ID: %s\nDate: Thu, 26 Nov 2026 09:58:31 +0300\nFrom: %s\nTo: gareev.ri@gorinzhseti.ru\n"
              "Subject: %s\n" % (disp_id("delay"), addr("Диспетчерская ОМИС", DISPATCH_ADDR, "utf-8"), ew("10503 — нужен акт на отключение ТС", "utf-8"))).encode("ascii")
        parts = [b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + txt.encode("ascii"),
                 b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds,
                 b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + oh]
        return h + multipart("report", parts, "9F0B3E0177.1795690802/mail.gorinzhseti.ru",
                             params=" report-type=delivery-status;")
    if kind == "calendar":
        mid = msgid("K", d)
        h = headers("K", d, "Принято: Совещание по графику ППР на декабрь", mid)
        txt = "Кузнецов Дмитрий Викторович принял ваше приглашение на событие «Совещание по графику ППР на декабрь».\n"
        ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
               "BEGIN:VEVENT\r\nCREATED:20261118T071500Z\r\nLAST-MODIFIED:20261119T090200Z\r\nDTSTAMP:20261119T090200Z\r\n"
               "UID:7d1c2b3e-5f60-4a7b-9c8d-1e2f3a4b5c6d\r\nSUMMARY:Совещание по графику ППР на декабрь\r\n"
               "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
               "ATTENDEE;CN=Кузнецов Дмитрий Викторович;PARTSTAT=ACCEPTED:mailto:kuznetsov.dv@gorinzhseti.ru\r\n"
               "DTSTART;TZID=Europe/Moscow:20261124T100000\r\nDTEND;TZID=Europe/Moscow:20261124T110000\r\n"
               "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        parts = [leaf("text/plain", txt, "utf-8", "8bit"),
                 leaf("text/calendar", ics, "utf-8", "8bit", extra_params="; method=REPLY")]
        return h + multipart("alternative", parts, "------------Lj0gYtY8KkF1v3Xa9xQ2cM7n")
    if kind == "autoreply":
        mid = "<%s@gorinzhseti.ru>" % uuid.uuid5(uuid.NAMESPACE_DNS, "vac").hex
        h = headers("K", d, "Автоответ: Re[2]: АВАРИЯ КНС-7 10428", mid,
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("X-Autoreply", "yes"),
                           ("Precedence", "bulk"), ("In-Reply-To", disp_id("q10428c"))])
        h = h.replace(("User-Agent: %s\n" % PEOPLE["K"]["ua"][1]).encode("ascii"), b"")
        body = ("Здравствуйте!\n\nЯ на выходных до 23.11.2026 включительно, почту не читаю.\n"
                "По заявкам обращайтесь в ОДС: ods@gorinzhseti.ru, тел. 44-17-10 (круглосуточно).\n\nКузнецов Д.В.\n")
        return h + leaf("text/plain", body, "utf-8", "quoted-printable")
    if kind == "fwd_attach":
        mid = msgid("K", d)
        h = headers("K", d, "Fwd: ЦТП-2 задвижки", mid)
        outer = "Пересылаю отчёт мастера Мухаметова по ЦТП-2 (во вложении).\n\n" + SIG_K
        inner_d = email.utils.format_datetime(datetime(2026, 11, 26, 10, 47, 18, tzinfo=TZ))
        inner = ("Message-ID: <%s@gorinzhseti.ru>\nDate: %s\nFrom: %s\nTo: ods@gorinzhseti.ru, kuznetsov.dv@gorinzhseti.ru\n"
                 "Subject: %s\nMIME-Version: 1.0\nUser-Agent: K-9 Mail for Android\n" % (
                     uuid.uuid5(uuid.NAMESPACE_DNS, "muh").hex, inner_d,
                     addr("Мухаметов Р.Р.", "muhametov.rr@gorinzhseti.ru", "utf-8"),
                     ew("ЦТП-2 задвижки", "utf-8"))).encode("ascii")
        inner += leaf("text/plain", "Заявка 10503, поз.1 и поз.2 — задвижки Ду150 на подаче и обратке заменены, "
                      "ТС включили в 10-20, опрессовка норма.\nУехали в 10-40.\nМухаметов\n", "utf-8", "8bit")
        parts = [leaf("text/plain", outer, "utf-8", "8bit", extra_params="; format=flowed"),
                 b"Content-Type: message/rfc822; name=\"=?UTF-8?B?0KbQotCfLTIg0LfQsNC00LLQuNC20LrQuC5lbWw=?=\"\n"
                 b"Content-Disposition: attachment;\n filename*=UTF-8''%D0%A6%D0%A2%D0%9F-2%20%D0%B7%D0%B0%D0%B4%D0%B2%D0%B8%D0%B6%D0%BA%D0%B8.eml\n\n" + inner]
        return h + multipart("mixed", parts, "------------0hJ2bQmCq8n0vT6yWqZr4xLs")
    raise ValueError(kind)


def build(x):
    d = dt(x["date"])
    if "special" in x:
        return build_special(x, d)
    who = x["who"]
    p = PEOPLE[who]
    cs = x["cs"] or p["cs"]
    cte = x["cte"] or ("8bit" if who != "B" else "quoted-printable")
    mid = msgid(who, d)
    extra = []
    if x["reply"]:
        rid = disp_id(x["reply"])
        extra += [("In-Reply-To", rid), ("References", rid)]
    if who == "G":
        extra.append(("Reply-To", addr(p["name"], p["addr"], cs)))
    if who == "K":
        extra.append(("Content-Language", "ru"))
    h = headers(who, d, x["subject"], mid, extra=extra, cs=cs)
    fl = "; format=flowed" if who == "K" else ""
    if x["html_only"]:
        return h + leaf("text/html", x["html"], cs, cte)
    if x["html"]:
        parts = [leaf("text/plain", x["body"], cs, cte, extra_params=fl), leaf("text/html", x["html"], cs, cte)]
        bnd = ("----=_NextPart_000_%04X_01DCB5C2.3A1F0E20" % (d.minute * 37) if who == "B"
               else "------------%s" % uuid.uuid5(uuid.NAMESPACE_DNS, x["date"]).hex[:24])
        return h + multipart("alternative", parts, bnd)
    return h + leaf("text/plain", x["body"], cs, cte, extra_params=fl)


def main():
    letters = sorted(LETTERS, key=lambda x: x["date"])
    ldir = os.path.join(OUT, "letters")
    os.makedirs(ldir, exist_ok=True)
    for f in os.listdir(ldir):
        os.remove(os.path.join(ldir, f))
    labels = {}
    for i, x in enumerate(letters, 1):
        name = "%03d.eml" % i
        with open(os.path.join(ldir, name), "wb") as fh:
            fh.write(build(x))
        labels[name] = x["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    cnt = {}
    for v in labels.values():
        cnt[v["expect"]] = cnt.get(v["expect"], 0) + 1
    print(len(labels), cnt)


if __name__ == "__main__":
    main()
