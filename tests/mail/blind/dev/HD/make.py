#!/usr/bin/env python3
"""Generator of test letters: ООО «ЛинкСтрой Видео» (СКС / СВН), Омск, Thunderbird on Linux.

Writes OUT/registry.json, OUT/labels.json, OUT/letters/NNN.eml
Standard library only.
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(477)

DOM = "linkstroy-video.ru"
OMSK = dt.timezone(dt.timedelta(hours=6))
TB_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

ALEX = ("Алексей Журавлёв", "a.zhuravlev@" + DOM)
MONT = ("Монтажный участок ЛСВ", "montazh@" + DOM)
DEN = ("Денис Рябов", "d.ryabov@" + DOM)
OFFICE = ("Сизова Ольга", "office@" + DOM)
KOTOV = ("Котов Сергей", "s.kotov@" + DOM)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOM)
NEWS = ("ЛинкСтрой Видео", "news@" + DOM)

SIG = """-- 
Алексей Журавлёв
инженер СКС/СВН, ООО «ЛинкСтрой Видео»
+7 913 640-21-77"""
SIG_KOI = """-- 
Алексей Журавлёв
инженер СКС/СВН, ООО ЛинкСтрой Видео
+7 913 640-21-77"""

# --------------------------------------------------------------------------- registry
REQUESTS = [
    ("477043", ["1", "2", "3"], "2026-11-02T09:15:00+03:00",
     "БЦ «Кристалл», ул. 10 лет Октября 182: 1 — серверная 2 эт., 2 — серверная 5 эт., 3 — кросс 7 эт.; перекоммутация СКС"),
    ("477118", ["1", "2"], "2026-11-03T14:40:00+03:00",
     "склад ул. Нефтезаводская 38к2: 1 — группа камер периметр, 2 — группа камер рампа"),
    ("477205", ["1"], "2026-11-05T10:05:00+03:00",
     "ТЦ «Галерея», серверная: замена коммутатора доступа"),
    ("477261", ["1", "2", "3", "4"], "2026-11-06T08:30:00+03:00",
     "офис ул. Ленина 12: СКС по этажам, поз. 1–4 = этажи 1–4"),
    ("477390", ["1", "2"], "2026-11-09T11:20:00+03:00",
     "парковка у корпуса Б: 1 — камеры въезд, 2 — камеры выезд"),
    ("477412", ["1", "2", "3"], "2026-11-10T09:00:00+03:00",
     "ЦОД ул. Красный Путь 101: 1 — серверная А, 2 — серверная Б, 3 — щитовая ИБП"),
    ("477538", ["1"], "2026-11-12T13:10:00+03:00",
     "проходная завода: СКУД + камера над турникетами"),
    ("477604", ["1", "2"], "2026-11-16T08:00:00+03:00",
     "поликлиника №4: 1 — камеры 1 этаж, 2 — камеры 2 этаж"),
    ("477671", ["1", "2", "3"], "2026-11-17T10:30:00+03:00",
     "завод, цех 3: 1 — группа камер А, 2 — группа камер Б, 3 — группа камер В"),
    ("477759", ["1", "2"], "2026-11-19T15:45:00+03:00",
     "перенос серверной: 1 — демонтаж серверной 1 эт., 2 — монтаж серверной 3 эт."),
    ("477826", ["1", "2", "3", "4"], "2026-11-23T09:10:00+03:00",
     "школа №117: Wi-Fi, поз. 1–4 = этажи 1–4"),
    ("477915", ["1"], "2026-11-25T17:20:00+03:00",
     "АВАРИЯ: обрыв ВОЛС между корпусами 1 и 2"),
]
DISP_TEXT = {
    r[0]: ("Добрый день!\n\nНаправляем заявку №%s.\nОбъект: %s\n\nПросьба подтвердить принятие и сообщать статусы "
           "на этот адрес.\n\nДиспетчер ОМИС\nИрина Петрова\n+7 (3812) 90-11-40" % (r[0], r[3]))
    for r in REQUESTS
}
DISP_SUBJ = {
    "477043": "Заявка №477043 БЦ Кристалл — серверные",
    "477118": "Заявка №477118 склад Нефтезаводская, видеонаблюдение",
    "477205": "Заявка №477205 — замена коммутатора",
    "477261": "Заявка № 477261 СКС Ленина 12",
    "477390": "Обращение 477390 парковка корпус Б",
    "477412": "Заявка #477412 ЦОД Красный Путь",
    "477538": "Заявка 477538 СКУД проходная",
    "477604": "Заявка 477604 поликлиника №4",
    "477671": "Заявка №477671 цех 3 видеонаблюдение",
    "477759": "Заявка №477759 перенос серверной",
    "477826": "Заявка №477826 школа 117 Wi-Fi",
    "477915": "АВАРИЯ заявка 477915 ВОЛС",
}
REG_AT = {r[0]: r[2] for r in REQUESTS}


def disp_msgid(num):
    return "<req-%s.%s@zakazchik-omis.ru>" % (num, "a1b2c3")


def disp_date_str(num):
    d = dt.datetime.fromisoformat(REG_AT[num]) + dt.timedelta(minutes=3)
    return d


# --------------------------------------------------------------------------- MIME helpers
def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return Header(s, cs).encode(maxlinelen=76)


def addr(p, cs="utf-8"):
    try:
        p[0].encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return formataddr(p, charset=cs)


def body_bytes(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text_part(text, sub="plain", cs="utf-8", cte="8bit", flowed=False, extra=None):
    ct = "text/%s; charset=%s" % (sub, cs.upper() if cs != "koi8-r" else "KOI8-R")
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return h, body_bytes(text, cs, cte)


def multipart(sub, parts, extra_ct=""):
    b = "------------%s" % "".join(random.choice("0123456789ABCDEFabcdef") for _ in range(24))
    h = [("Content-Type", 'multipart/%s;%s\n boundary="%s"' % (sub, extra_ct, b))]
    out = b"This is a multi-part message in MIME format.\n"
    for ph, pb in parts:
        out += b"--" + b.encode() + b"\n"
        for k, v in ph:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return h, out


def attach(name, data, ctype="application/octet-stream"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, name)),
         ("Content-Disposition", 'attachment; filename="%s"' % name),
         ("Content-Transfer-Encoding", "base64")]
    return h, base64.encodebytes(data)


def rfc822_part(raw):
    return [("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment")], raw


def msgid(n):
    r = "".join(random.choice("0123456789abcdef") for _ in range(8))
    return "<%s-%03d-%s@%s>" % (r[:4], n, r[4:], DOM)


def assemble(top, part):
    ph, pb = part
    out = b""
    for k, v in top + [("MIME-Version", "1.0")] + ph:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"\n" + pb
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=OMSK)


def ru_date(d):
    return d.strftime("%d.%m.%Y %H:%M")


def tb_quote(num, text=None, who="Диспетчерская ОМИС", when_=None, prefix="> "):
    """Thunderbird-style quote of the dispatcher's message."""
    text = text or DISP_TEXT[num]
    when_ = when_ or disp_date_str(num).astimezone(OMSK)
    head = "%s, %s пишет:\n" % (ru_date(when_), who)
    return head + "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# --------------------------------------------------------------------------- letters
LETTERS = []
LABELS = {}


def L(frm, date, subj, part, label, to=DISPATCH, cs="utf-8", ua=TB_UA, reply_to_req=None,
      extra=None, cc=None):
    n = len(LETTERS) + 1
    d = when(date)
    top = [("From", addr(frm, cs)), ("To", addr(to, cs))]
    if cc:
        top.append(("Cc", addr(cc, cs)))
    top += [("Subject", enc_hdr(subj, cs)), ("Date", format_datetime(d)), ("Message-ID", msgid(n))]
    if reply_to_req:
        top += [("In-Reply-To", disp_msgid(reply_to_req)), ("References", disp_msgid(reply_to_req))]
    if ua:
        top.append(("User-Agent", ua))
    top += [("Content-Language", "ru")] if ua == TB_UA else []
    if extra:
        top += extra
    LETTERS.append(("%03d.eml" % n, assemble(top, part)))
    LABELS["%03d.eml" % n] = label


def P(text, cs="utf-8", cte="8bit"):
    if cs == "koi8-r":  # Thunderbird would not keep KOI8-R with these chars; the writer just types ASCII
        for a_, b_ in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N")):
            text = text.replace(a_, b_)
    return text_part(text, cs=cs, cte=cte, flowed=(cs == "utf-8" and cte == "8bit"))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ===== 477043 (1,2,3) БЦ Кристалл ==========================================
L(ALEX, "2026-11-02 13:02", "Re: " + DISP_SUBJ["477043"],
  P(tb_quote("477043") + "\n\nдобрый.\nприняли в работу, по всем трем серверным. завтра с утра бригада, "
    "пропуска на 3 человек заявим сами через охрану.\n\n" + SIG),
  D("477043", [], ACC, "bottom-posted reply under quote: accepted, whole request; 'завтра' is only a plan"),
  reply_to_req="477043")

L(MONT, "2026-11-03 09:40", "477043 выезд",
  P("477043 - выехали, едем на п.1 и п.2 (серверные 2 и 5 эт).\n"
    "п.3 кросс 7 эт - в четверг, там пропуск не готов.\n\nРябов Д."),
  D("477043", ["1", "2"], WAY, "on the way to p.1,p.2; p.3 only planned; '2 и 5 эт' are floors"),
  ua=None)

L(ALEX, "2026-11-03 10:25", "Re: 477043 выезд",
  P("Монтажный участок ЛСВ пишет:\n> 477043 - выехали, едем на п.1 и п.2 (серверные 2 и 5 эт).\n"
    "> п.3 кросс 7 эт - в четверг, там пропуск не готов.\n\n"
    "ок, на сайте. по п.1 и п.2 бригада на месте, пропуска забрали, начинаем со 2-го этажа.\n\n" + SIG_KOI,
    cs="koi8-r"),
  D("477043", ["1", "2"], ON, "'на сайте' = on site; quoted 'выехали' ignored; KOI8-R"),
  cs="koi8-r")

L(ALEX, "2026-11-03 16:50", "Re: 477043 выезд",
  P("03.11.2026 10:25, Алексей Журавлёв пишет:\n> ок, на сайте. по п.1 и п.2 бригада на месте, пропуска забрали, "
    "начинаем со 2-го этажа.\n\n"
    "done по п.1 и п.2:\n"
    "- серверная 2эт: патч-панели перебили, 2x24 порта, маркировка по новой схеме\n"
    "- серверная 5эт: аплинк в оптику, линки апнули, тест fluke прошёл\n"
    "- мусор вынесли\n\n"
    "с объекта ушли в 16:40.\n\n" + SIG),
  D("477043", ["1", "2"], LEFT, "done + 'с объекта ушли'; Re: subject says выезд, body newer"))

L(MONT, "2026-11-06 11:15", "477043-3",
  P("на месте, кросс 7 этаж. охрана пустила с третьего раза)", cs="utf-8", cte="base64"),
  D("477043", ["3"], ON, "position in subject after dash"),
  ua="K-9 Mail for Android")

L(ALEX, "2026-11-06 15:30", "477043 итог",
  P("итог по 477043:\n\n"
    "поз | объект          | статус\n"
    "----+-----------------+----------------\n"
    "1   | серверная 2эт   | done 03.11\n"
    "2   | серверная 5эт   | done 03.11\n"
    "3   | кросс 7эт       | done сегодня 15:10\n\n"
    "бригада с кристалла уехала. исполнительку скину до конца недели.\n\n" + SIG),
  D("477043", ["1", "2", "3"], LEFT, "plain-text table, all three positions finished, crew left"))

# ===== 477118 (1 периметр, 2 рампа) =======================================
OUTLOOK = "Microsoft Outlook 16.0"
L(OFFICE, "2026-11-03 18:10", "RE: " + DISP_SUBJ["477118"],
  text_part("Добрый день!\n\nЗаявка 477118 принята в работу. Бригада будет направлена 05.11.2026.\n"
            "По вопросам — менеджер Сизова Ольга, тел. +7 (3812) 45-67-89, доб. 204.\n\n"
            "С уважением,\nСизова Ольга\nООО «ЛинкСтрой Видео»\nИНН 5504187623 / КПП 550401001\n\n"
            "-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
            "Sent: Tuesday, November 3, 2026 5:43 PM\nTo: office@linkstroy-video.ru\n"
            "Subject: " + DISP_SUBJ["477118"] + "\n\n" + DISP_TEXT["477118"],
            cs="windows-1251", cte="quoted-printable"),
  D("477118", [], ACC, "Outlook top-post, cp1251 QP; phone/INN/date are not request numbers"),
  cs="windows-1251", ua=OUTLOOK, reply_to_req="477118")

L(MONT, "2026-11-05 08:10", "Нефтезаводская",
  P("едем на Нефтезаводскую 38к2 (477118), минут 40. Газель О 718 КМ 55", cte="base64"),
  D("477118", [], WAY, "number in brackets after address; car plate; 'едем' = on the way"),
  ua="K-9 Mail for Android")

L(MONT, "2026-11-05 09:05", "477118 (1)",
  P("на объекте, начали с периметра. рампа после обеда", cte="base64"),
  D("477118", ["1"], ON, "position in brackets in subject; рампа (p.2) only planned"),
  ua="K-9 Mail for Android")

L(ALEX, "2026-11-05 13:40", "477118 промежуточно",
  P("по 477118:\n"
    "- поз1 периметр: 8 камер Hikvision DS-2CD2143G2-IS смонтированы, на NVR заведены, с периметра ушли\n"
    "- поз2 рампа: бригада на месте, только начали\n\n" + SIG),
  R("different statuses for different positions (p1 left, p2 on site)"))

L(ALEX, "2026-11-05 18:20", "Re: 477118 поз2",
  P("> поз2 рампа: бригада на месте, только начали\n\n"
    "рампа готова, 6 камер, всё пишется в архив, угол обзора согласовали с кладовщиком.\n"
    "бригада освободилась в 18:05.\n\n" + SIG),
  D("477118", ["2"], LEFT, "'бригада освободилась' after finished work; quote is old"))

# ===== 477205 (1) коммутатор ==============================================
L(ALEX, "2026-11-05 13:40", "Re: " + DISP_SUBJ["477205"],
  P(tb_quote("477205") + "\n\nвзяли. свитч Cisco CBS350-24P на складе есть, завтра утром поставим.\n"
    "старый SG200-26 заберём на диагностику.\n\n" + SIG),
  D("477205", [], ACC, "'взяли' = accepted; models are not numbers"), reply_to_req="477205")


L(ALEX, "2026-11-06 10:50", "Re: " + DISP_SUBJ["477205"],
  P("05.11.2026 13:40, Алексей Журавлёв пишет:\n> взяли. свитч Cisco CBS350-24P на складе есть, завтра утром поставим.\n"
    "> старый SG200-26 заберём на диагностику.\n\n"
    "задеплоили новый свитч, конфиг залили, vlan-ы проверили, апнули аплинки.\n"
    "кассы и камеры видны. старый забрали. с объекта ушли в 10:40.\n\n" + SIG),
  D("477205", [], LEFT, "number only in quoted old subject Re:; 'с объекта ушли'"))

# ===== 477261 (этажи 1-4) ==================================================
L(ALEX, "2026-11-06 12:10", "Re: " + DISP_SUBJ["477261"],
  P(tb_quote("477261") + "\n\nпринял 477261, этажи 1-4. смету пришлю отдельно, кабель FTP cat.5e, "
    "в кроссе стойка 42U есть.\n\n" + SIG_KOI, cs="koi8-r"),
  D("477261", [], ACC, "KOI8-R; accepted; 42U / cat.5e not numbers"), cs="koi8-r", reply_to_req="477261")

L(ALEX, "2026-11-09 09:00", "477261 выезд П1 П2",
  P("по 477261 выехали на ленина 12, пока только П1 и П2 (1-й и 2-й этаж).\n"
    "3-4 этаж — на следующей неделе.\n\n" + SIG),
  D("477261", ["1", "2"], WAY, "'выехали на' = leaving for the site; p3-4 plan"))

L(DEN, "2026-11-09 09:50", "Re: 477261 выезд П1 П2",
  P("ИП> по 477261 выехали на ленина 12, пока только П1 и П2\n\n"
    "ПРИБЫЛИ, П1 П2. на 1 этаже потолок армстронг, норм\n\nРябов"),
  D("477261", ["1", "2"], ON, "caps, quote with initials-like prefix"), ua="Claws Mail 4.1.1")

csv = ("port;floor;length_m;result\n" + "".join("1-%02d;1;%d;PASS\n" % (i, 18 + i) for i in range(1, 25))
       + "".join("2-%02d;2;%d;PASS\n" % (i, 22 + i) for i in range(1, 25))).encode()
L(ALEX, "2026-11-09 19:10", "477261 П1/П2 закончили",
  multipart("mixed", [P("477261 П1/П2 закончили.\n"
                        "- 48 портов, всё протестировано, журнал во вложении\n"
                        "- маркировка по схеме заказчика\n"
                        "уехали в 19:00.\n\n" + SIG),
                      attach("477261_fluke_fl1-2.csv", csv, "text/csv")]),
  D("477261", ["1", "2"], LEFT, "with CSV attachment; 'уехали'"))

L(MONT, "2026-11-11 08:40", "477261 п.3,п.4",
  P("выезд 08:30, Ленина 12, п.3 и п.4"),
  D("477261", ["3", "4"], WAY, "noun 'выезд' with past time"), ua="K-9 Mail for Android")

L(MONT, "2026-11-11 09:25", "Re: 477261 п.3,п.4",
  P("Монтажный участок ЛСВ пишет:\n> выезд 08:30, Ленина 12, п.3 и п.4\n\nпрбыли на объект 9:20", cte="base64"),
  D("477261", ["3", "4"], ON, "typo 'прбыли'; positions only from subject"), ua="K-9 Mail for Android")

L(ALEX, "2026-11-11 17:55", "Fwd: 477261 3-4 этаж",
  P("fyi, пересылаю от бригады. 477261 п.3-п.4 закрываем.\n\n"
    "-------- Пересылаемое сообщение --------\n"
    "Тема: \t477261 3-4 этаж\n"
    "Дата: \tWed, 11 Nov 2026 17:48:12 +0600\n"
    "От: \tДенис Рябов <d.ryabov@linkstroy-video.ru>\n"
    "Кому: \tАлексей Журавлёв <a.zhuravlev@linkstroy-video.ru>\n\n"
    "Лёша, 3 и 4 этаж сделали, кроссы подписаны, фотки в чате. уходим\n\n" + SIG),
  D("477261", ["3", "4"], LEFT, "Thunderbird inline forward: crew report 'сделали ... уходим'"))

# ===== 477390 (1 въезд, 2 выезд) ===========================================
L(ALEX, "2026-11-09 14:55", "Re: " + DISP_SUBJ["477390"],
  P(tb_quote("477390") + "\n\nок, в работе. камеры заказали.\n\n" + SIG),
  D("477390", [], ACC, "'ок, в работе' = accepted"), reply_to_req="477390")

L(ALEX, "2026-11-10 08:20", "477390",
  P("по 477390: ещё не выехали, ждём камеры от поставщика (накладная 8812 от 09.11), ориентировочно завтра.\n\n" + SIG),
  R("negation 'ещё не выехали' + plan"))



L(ALEX, "2026-11-11 12:30", "Re: 477390",
  P("Денис Рябов пишет:\n> на парковке, начали с въезда (поз.1)\n\n"
    "въезд done: 4 камеры, PoE-свитч в шкафу, архив на NVR.\n"
    "выезд — завтра, там асфальт вскрывать под гофру.\n\n" + SIG),
  D("477390", ["1"], LEFT, "p1 (въезд) done; 'выезд — завтра' is position 2 (exit camera group), a plan"))

L(DEN, "2026-11-12 10:00", "477390 (2)",
  P("прибыли на выезд с парковки, начинаем"),
  D("477390", ["2"], ON, "'прибыли на выезд' — выезд is the exit position, arrival"))

L(ALEX, "2026-11-12 15:20", "477390/2 готово",
  P("477390/2 готово. камеры на выезде смотрят куда надо, номера читаются, архив пишется.\n"
    "выехали с парковки в 15:10.\n\n" + SIG),
  D("477390", ["2"], LEFT, "'выехали с парковки' = left FROM the site"))

# ===== 477412 (1 серв А, 2 серв Б, 3 ИБП) =================================
L(ALEX, "2026-11-10 12:40", "Re: " + DISP_SUBJ["477412"],
  P(tb_quote("477412") + "\n\n#477412 — приняли, все три позиции. вопрос: по ИБП нужен допуск в щитовую, "
    "кто его оформляет — вы или эксплуатация?\n\n" + SIG),
  D("477412", [], ACC, "accepted + a question; acceptance is clear"), reply_to_req="477412")

html412 = """<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body><p>477412, статус на 09:10:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>поз</th><th>помещение</th><th>статус</th></tr>
<tr><td>1</td><td>серверная А</td><td>на месте с 09:00</td></tr>
<tr><td>2</td><td>серверная Б</td><td>на месте с 09:00</td></tr>
<tr><td>3</td><td>щитовая (ИБП)</td><td>ждём допуск</td></tr>
</table>
<p>-- <br>Алексей Журавлёв<br>+7 913 640-21-77</p></body></html>"""
txt412 = ("477412, статус на 09:10:\n\n"
          "поз  помещение       статус\n"
          "1    серверная А     на месте с 09:00\n"
          "2    серверная Б     на месте с 09:00\n"
          "3    щитовая (ИБП)   ждём допуск\n\n" + SIG)
L(ALEX, "2026-11-12 09:10", "477412 статус",
  multipart("alternative", [P(txt412), text_part(html412, "html")]),
  D("477412", ["1", "2"], ON, "multipart/alternative with HTML table; p3 waiting = nothing"))

L(ALEX, "2026-11-12 18:30", "Re: 477412 статус",
  P("12.11.2026 09:10, Алексей Журавлёв пишет:\n> 477412, статус на 09:10:\n> 1 серверная А на месте\n"
    "> 2 серверная Б на месте\n\n"
    "п1 (серверная А) и п2 (серверная Б) сделали: стойки перекоммутировали, маркировка, кабель-менеджмент.\n"
    "ушли. по щитовой (п3) всё ещё без допуска — это к вам вопрос.\n\n" + SIG),
  D("477412", ["1", "2"], LEFT, "p1,p2 finished and left; p3 nothing"))

L(ALEX, "2026-11-13 10:00", "477412 п.3 щитовая — простой",
  P("по 477412 п.3 — третий день не можем попасть в щитовую, охрана не пускает без письма от вас.\n"
    "если до понедельника не решится, простой бригады выставим отдельным счётом по п. 5.3 договора 14/26-СВН.\n\n" + SIG),
  R("complaint / contract talk, no status"))

L(MONT, "2026-11-16 11:40", "477412-3",
  P("на объекте, допуск наконец дали. спасибо", cte="base64"),
  D("477412", ["3"], ON, "position after dash in subject"), ua="K-9 Mail for Android")

L(ALEX, "2026-11-16 16:15", "Re: 477412-3",
  P("Монтажный участок ЛСВ пишет:\n> на объекте, допуск наконец дали. спасибо\n\n"
    "ИБП APC Smart-UPS SRT 5000 - батареи заменили (APCRBC140 x2), калибровку прогнали, нагрузка 38%.\n"
    "ушли 16:00. акт А-1187 подпишем в понедельник.\n\n" + SIG_KOI, cs="koi8-r"),
  D("477412", ["3"], LEFT, "KOI8-R; act/part numbers are noise; 'ушли 16:00'"), cs="koi8-r")

# ===== 477538 (1) СКУД проходная ===========================================
L(OFFICE, "2026-11-12 16:45", "RE: " + DISP_SUBJ["477538"],
  text_part("Добрый день!\nПринято в работу, наряд будет выписан на завтра.\n\nС уважением,\nСизова Ольга\n"
            "ООО «ЛинкСтрой Видео»\nтел. +7 (3812) 45-67-89\n\n"
            "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
            "Отправлено: 12 ноября 2026 г. 16:13\n"
            "Кому: office@linkstroy-video.ru\n"
            "Тема: " + DISP_SUBJ["477538"] + "\n\n" + DISP_TEXT["477538"],
            cs="windows-1251", cte="quoted-printable"),
  D("477538", [], ACC, "Outlook header block quote; number only in subject and quote; 'Принято в работу'"),
  cs="windows-1251", ua=OUTLOOK, reply_to_req="477538")

L(MONT, "2026-11-13 08:15", "наряд 477538",
  P("eдем на проходную по наряду 477538", cte="base64"),
  D("477538", [], WAY, "'наряд'; Latin 'e' in 'eдем'"), ua="K-9 Mail for Android")

L(DEN, "2026-11-13 09:00", "Re: наряд 477538",
  P("на месте. заехали через ворота 3, машину Т 512 ОР 55 оставили на гостевой"),
  D("477538", [], ON, "on site; gate number and car plate are noise"))

L(ALEX, "2026-11-13 13:30", "Re: наряд 477538",
  P("> на месте. заехали через ворота 3\n\n"
    "контроллер СКУД перепрошили (Sigur, v1.3.62), считыватели на турникетах работают, "
    "камеру над проходной перевесили. всё, свернулись и уехали.\n\n" + SIG),
  D("477538", [], LEFT, "'свернулись и уехали'"))

# ===== 477604 (1 этаж 1, 2 этаж 2) =========================================
L(ALEX, "2026-11-16 11:30", "Re: " + DISP_SUBJ["477604"],
  P(tb_quote("477604") + "\n\nпринято\n\n" + SIG),
  D("477604", [], ACC, "short bottom reply 'принято' under quote"), reply_to_req="477604")

L(ALEX, "2026-11-17 10:20", "477604 вопрос по ТЗ",
  P("по 477604 вопрос: на 2 этаже камеры в процедурных ставить или нет? в ТЗ не указано, "
    "а главврач против. нужно письменно.\n\n" + SIG),
  R("question only"))


L(MONT, "2026-11-18 09:10", "поз1 477604",
  P("нa месте", cte="base64"),
  D("477604", ["1"], ON, "Latin 'a' in 'нa'"), ua="K-9 Mail for Android")

L(ALEX, "2026-11-18 14:00", "Re: поз1 477604",
  P("Монтажный участок ЛСВ пишет:\n> нa месте\n\n"
    "по заявке 477604 по 1-му этажу закончили, 7 камер висят, по 2-му завтра.\n\n" + SIG),
  D("477604", ["1"], LEFT, "p1 finished, p2 plan"))

L(DEN, "2026-11-19 09:00", "Re: 477604 поз2",
  P("прибытие 08:50, второй этаж (поз2)"),
  D("477604", ["2"], ON, "noun 'прибытие' + time"))

L(ALEX, "2026-11-19 17:10", "477604/п2",
  P("завершение работ по 477604/п2 — 17:05. бригада убыла, ключи от серверной сдали на пост.\n\n" + SIG),
  D("477604", ["2"], LEFT, "noun 'завершение' + 'убыла'"))

# ===== 477671 (1 А, 2 Б, 3 В) =============================================
L(ALEX, "2026-11-17 14:05", "Re: " + DISP_SUBJ["477671"],
  P(tb_quote("477671") + "\n\n477671 принял, все три группы. оборудование:\n"
    "- 12x Dahua IPC-HFW2431S-S-S2\n- NVR4216-16P-4KS2\n- 2 шкафа 9U\n\n" + SIG),
  D("477671", [], ACC, "accepted; equipment models noise"), reply_to_req="477671")

L(DEN, "2026-11-20 07:50", "477671 — п1-п3",
  P("выдвинулись на завод, цех 3, все три группы. будем минут через 40"),
  D("477671", ["1", "2", "3"], WAY, "range п1-п3 in subject; 'будем через 40' on the way"))

L(DEN, "2026-11-20 08:40", "Re: 477671 — п1-п3",
  P("> выдвинулись на завод, цех 3, все три группы. будем минут через 40\n\nна месте, пропуска оформили"),
  D("477671", ["1", "2", "3"], ON, "positions from subject range"))


L(ALEX, "2026-11-21 16:30", "477671 п.3",
  P("477671 п.3 done. лоток повесили, 4 камеры группы В в архиве. ушли.\n\n" + SIG),
  D("477671", ["3"], LEFT, "done + ушли"))

# ===== 477759 (1 демонтаж 1эт, 2 монтаж 3эт) ================================
L(ALEX, "2026-11-19 19:10", "Re: " + DISP_SUBJ["477759"],
  P(tb_quote("477759") + "\n\nспасибо, получили. посмотрю график бригад и отпишусь.\n\n" + SIG),
  R("acknowledgement of receipt, no acceptance/status"), reply_to_req="477759")

L(ALEX, "2026-11-20 10:00", "477759 перенос",
  P("по 477759: принял в работу.\n"
    "окно на перенос — выходные 28-29.11, downtime согласуйте, пожалуйста, с вашим ИТ.\n"
    "план:\n- сб: гасим, демонтаж на 1 эт\n- сб вечер/вс: монтаж на 3 эт, поднимаем\n\n" + SIG),
  D("477759", [], ACC, "accepted; the rest is plan"))


fwd_inner = ("---------- Forwarded message ---------\n"
             "От: Денис Рябов <ryabov.d.omsk@gmail.com>\n"
             "Date: сб, 28 нояб. 2026 г. в 08:18\n"
             "Subject: серверная\n"
             "To: <a.zhuravlev@linkstroy-video.ru>\n\n"
             "Лёш, мы на месте на 1 этаже, гасим сервера по списку. ИТ-шник ихний тут\n")
L(ALEX, "2026-11-28 08:25", "Fwd: серверная (477759 п1)",
  P("пересылаю, 477759 п1 — бригада на месте.\n\n" + fwd_inner + "\n" + SIG),
  D("477759", ["1"], ON, "Gmail-style forward of crew message; number in subject bracket"))

L(ALEX, "2026-11-28 20:00", "Re: 477759 п.1",
  P("Денис Рябов пишет:\n> 477759 едем, п.1 демонтаж\n\n"
    "477759 поз1 и поз2:\n"
    "- стойку с 1 эт. разобрали, перевезли на 3-й\n"
    "- на 3 эт смонтировали, всё поднялось, пинги идут, 1С у бухгалтерии открывается\n"
    "- бригада ушла в 19:40\n\n"
    "в вс не выходим, не нужно.\n\n" + SIG),
  D("477759", ["1", "2"], LEFT, "both positions finished, crew left"))

# ===== 477826 (Wi-Fi этажи 1-4) ============================================
L(ALEX, "2026-11-23 12:50", "Re: " + DISP_SUBJ["477826"],
  P(tb_quote("477826") + "\n\nзаявку 477826 приняли. точки Ubiquiti U6-Lite, 16 шт, контроллер поднимем на вашей виртуалке.\n\n"
    + SIG),
  D("477826", [], ACC, "accepted"), reply_to_req="477826")

L(MONT, "2026-11-24 08:00", "477826",
  P("477826 - в пути, поз. 1, 2 (этажи 1-2)", cte="base64"),
  D("477826", ["1", "2"], WAY, "'в пути'"), ua="K-9 Mail for Android")

html826 = """<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body>
<p>по 477826 на 12:00</p>
<table border="1" cellspacing="0" cellpadding="4">
<tbody>
<tr><td><b>позиция</b></td><td><b>этаж</b></td><td><b>статус</b></td></tr>
<tr><td>1</td><td>1 этаж</td><td>на месте, 4 из 4 точек повешены</td></tr>
<tr><td>2</td><td>2 этаж</td><td>на месте, 2 из 4</td></tr>
<tr><td>3</td><td>3 этаж</td><td>&mdash;</td></tr>
<tr><td>4</td><td>4 этаж</td><td>&mdash;</td></tr>
</tbody></table>
<div class="moz-signature">-- <br>Алексей Журавлёв<br>+7 913 640-21-77</div>
</body></html>"""
L(ALEX, "2026-11-24 12:00", "477826 на 12:00",
  text_part(html826, "html"),
  D("477826", ["1", "2"], ON, "HTML-only table; rows 3-4 empty"))

L(ALEX, "2026-11-24 18:00", "Re: 477826 на 12:00",
  P("477826 П1 П2 — точки повешены, контроллер их видит, покрытие проверили по классам. ушли.\n\n" + SIG),
  D("477826", ["1", "2"], LEFT, "'ушли'"))

L(ALEX, "2026-11-25 10:00", "477826 п3-п4",
  P("477826 п3-п4 выедем завтра к 8, там уроки до 14, так что будем после обеда в основном.\n\n" + SIG),
  R("plan only ('выедем завтра')"))

# ===== 477915 (авария ВОЛС) =================================================
L(ALEX, "2026-11-25 20:35", "Re: " + DISP_SUBJ["477915"],
  P(tb_quote("477915") + "\n\nприняли, собираем бригаду со сварочником.\n\n" + SIG),
  D("477915", [], ACC, "accepted"), reply_to_req="477915")

L(ALEX, "2026-11-25 21:10", "477915 выехали",
  P("477915 выехали, будем через 30 минут. звоните на +7 913 640-21-77 если что\n\n" + SIG),
  D("477915", [], WAY, "on the way"))

L(ALEX, "2026-11-26 02:40", "Re: 477915 выехали",
  P("> 477915 выехали, будем через 30 минут.\n\n"
    "477915:\n"
    "- приехали 21:45\n"
    "- нашли обрыв в колодце у корпуса 2 (грызуны)\n"
    "- сварили 8 волокон, рефлектограмма ок, затухание 0.04 дБ на сварку\n"
    "- линк апнулся 02:05\n"
    "- уехали 02:20\n\n" + SIG),
  D("477915", [], LEFT, "arrival and departure both done: latest = убыл"))

L(ALEX, "2026-11-26 08:00", "сегодня",
  P("сегодня по 477826 (3-4 эт.) и по 477915 (контрольный замер) выехали обе бригады, "
    "отпишусь по каждой отдельно.\n\n" + SIG),
  R("two different requests in one letter"))

L(ALEX, "2026-11-26 17:00", "Re: 477826 п3-п4",
  P("> 477826 п3-п4 выедем завтра к 8\n\n"
    "готово. п3 п4 — 8 точек, роуминг между этажами работает. бригада освободилась.\n\n" + SIG),
  D("477826", ["3", "4"], LEFT, "'готово', 'бригада освободилась'; quote has a plan"))

# ===== other reviews =========================================================
L(MONT, "2026-11-14 10:20", "477333 на месте",
  P("477333 на месте, начали", cte="base64"),
  R("request number not in registry"), ua="K-9 Mail for Android")

L(ALEX, "2026-11-10 14:30", "477043 поз.4",
  P("477043 поз.4 — выехали, доделать патч-корды в переговорной.\n\n" + SIG),
  R("477043 has no position 4"))

L(DEN, "2026-11-19 11:40", "объект",
  P("бригада на месте, начали. ключ взяли у вахтёра"),
  R("no request number at all"))

L(OFFICE, "2026-11-20 12:15", "Счёт по заявке 477261",
  text_part("Добрый день!\nНаправляем счёт №1146 от 20.11.2026 на сумму 184 500,00 руб. по заявке 477261 "
            "(СКС, ул. Ленина 12). Просим оплатить в течение 5 банковских дней.\n\n"
            "С уважением,\nСизова Ольга\nООО «ЛинкСтрой Видео»\nИНН 5504187623 / КПП 550401001\n"
            "р/с 40702810945000012345",
            cs="windows-1251", cte="quoted-printable"),
  R("invoice / price talk, no status"), cs="windows-1251", ua=OUTLOOK)

# ===== ignored ===============================================================
auto_txt = ("Здравствуйте!\n\nЯ в отпуске до 30.11.2026. По заявкам пишите a.zhuravlev@linkstroy-video.ru "
            "или звоните +7 913 640-21-77.\n\nКотов Сергей")
L(KOTOV, "2026-11-16 11:04", "Автоответ: " + DISP_SUBJ["477604"],
  P(auto_txt), I("out-of-office auto-reply"), ua=None,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

orig_bounce = ("From: dispatch@zakazchik-omis.ru\nTo: v.lapin@linkstroy-video.ru\n"
               "Subject: Re: Обращение 477390 парковка корпус Б\nDate: Mon, 9 Nov 2026 12:01:00 +0300\n"
               "Message-ID: <x-477390-11@zakazchik-omis.ru>\n\nВо сколько будет бригада?\n").encode()
bounce_txt = ("This is the mail system at host mx1.linkstroy-video.ru.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "<v.lapin@linkstroy-video.ru>: user unknown\n")
dsn = ("Reporting-MTA: dns; mx1.linkstroy-video.ru\n\n"
       "Final-Recipient: rfc822; v.lapin@linkstroy-video.ru\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n").encode()
L(DAEMON, "2026-11-09 15:01", "Undelivered Mail Returned to Sender",
  multipart("report", [text_part(bounce_txt, cs="us-ascii", cte="7bit"),
                       ([("Content-Type", "message/delivery-status")], dsn),
                       ([("Content-Type", "message/rfc822")], orig_bounce)],
            extra_ct=" report-type=delivery-status;"),
  I("bounce (DSN)"), ua=None, extra=[("Auto-Submitted", "auto-replied")])

mdn = ("Reporting-UA: " + DOM + "; Thunderbird 128.4.2\nFinal-Recipient: rfc822;a.zhuravlev@" + DOM + "\n"
       "Original-Message-ID: " + disp_msgid("477538") + "\nDisposition: manual-action/MDN-sent-manually; displayed\n").encode()
L(ALEX, "2026-11-12 17:02", "Прочтено: " + DISP_SUBJ["477538"],
  multipart("report", [P("Это уведомление о прочтении сообщения, которое вы отправили для "
                         "a.zhuravlev@linkstroy-video.ru.\n\nПримечание: Данное уведомление о прочтении означает лишь, "
                         "что сообщение было показано на компьютере получателя. Нет гарантии, что получатель прочёл "
                         "или понял содержимое сообщения."),
                       ([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\""),
                         ("Content-Disposition", "inline")], mdn)],
            extra_ct=" report-type=disposition-notification;"),
  I("read receipt (MDN)"))

news_html = """<html><body><h2>Новинки видеонаблюдения — ноябрь 2026</h2>
<p>Скидка 12% на камеры серии DS-2CD2xxx до 30.11. Монтаж под ключ от 3 500 руб./точка.</p>
<p><a href="https://linkstroy-video.ru/unsubscribe?id=477">Отписаться от рассылки</a></p></body></html>"""
L(NEWS, "2026-11-16 12:00", "Новинки видеонаблюдения — ноябрь 2026",
  multipart("alternative", [text_part("Новинки видеонаблюдения — ноябрь 2026\nСкидка 12% на камеры до 30.11.\n"
                                      "Отписаться: https://linkstroy-video.ru/unsubscribe?id=477", cte="base64"),
                            text_part(news_html, "html", cte="base64")]),
  I("bulk newsletter"), ua=None,
  extra=[("List-Unsubscribe", "<https://linkstroy-video.ru/unsubscribe?id=477>"), ("Precedence", "bulk"),
         ("List-Id", "<news.linkstroy-video.ru>")])

ics = ("BEGIN:VCALENDAR\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nVERSION:2.0\nMETHOD:REPLY\n"
       "BEGIN:VEVENT\nUID:477759-call@zakazchik-omis.ru\nDTSTART:20261127T040000Z\nDTEND:20261127T043000Z\n"
       "SUMMARY:Созвон по 477759 перенос серверной\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a.zhuravlev@linkstroy-video.ru\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\nEND:VEVENT\nEND:VCALENDAR\n")
L(ALEX, "2026-11-24 09:12", "Принято: Созвон по 477759 перенос серверной",
  multipart("mixed", [multipart("alternative", [
      P("Алексей Журавлёв принял ваше приглашение на мероприятие:\n\nСозвон по 477759 перенос серверной\n"
        "пт, 27 нояб. 2026 10:00 – 10:30"),
      ([("Content-Type", "text/calendar; charset=UTF-8; method=REPLY"),
        ("Content-Transfer-Encoding", "8bit")], ics.encode())])]),
  I("calendar meeting response generated by Thunderbird"))

L(OFFICE, "2026-11-25 20:24", "Ваше письмо получено: " + DISP_SUBJ["477915"],
  text_part("Это автоматическое уведомление. Ваше письмо получено и будет обработано в рабочее время "
            "(пн–пт 9:00–18:00). Срочно — +7 (3812) 45-67-89.", cs="windows-1251", cte="quoted-printable"),
  I("autoresponder acknowledgement"), cs="windows-1251", ua=None,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ===== a few more decided letters for variety ================================
L(ALEX, "2026-11-03 18:40", "Re: 477043",
  P("> когда будете на 7 этаже по кроссу?\n\nпо 477043 п3 — пока не выезжали, пропуск обещали к четвергу.\n\n" + SIG),
  R("negation, plan; quoted question from dispatcher"))

fwd_att_inner = ("From: =?UTF-8?B?0JTQtdC90LjRgSDQoNGP0LHQvtCy?= <d.ryabov@linkstroy-video.ru>\n"
                 "To: a.zhuravlev@linkstroy-video.ru\nSubject: 477118\n"
                 "Date: Thu, 5 Nov 2026 08:58:41 +0600\nMessage-ID: <crew-118-a@linkstroy-video.ru>\n"
                 "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                 "Лёха, на складе, охрана пропустила, ставим лестницу у ворот\n").encode()
L(ALEX, "2026-11-05 09:02", "Fwd: 477118",
  multipart("mixed", [P("от бригады, 477118 — на месте.\n\n" + SIG), rfc822_part(fwd_att_inner)]),
  D("477118", [], ON, "forward as attachment (message/rfc822); whole request"))

L(ALEX, "2026-11-13 08:55", "Re: " + DISP_SUBJ["477412"],
  P(tb_quote("477412", text="Алексей, добрый день. Письмо на допуск в щитовую направили в эксплуатацию.",
             when_=when("2026-11-13 08:40")) + "\n\nспасибо, ждём.\n\n" + SIG),
  R("thanks for dispatcher's message, no status"), reply_to_req="477412")

L(DEN, "2026-11-21 08:45", "477671 п3 прибыли",
  P("ПРИБЫЛИ цех 3, группа В (п3). начинаем лоток"),
  D("477671", ["3"], ON, "caps; arrival"))


L(MONT, "2026-11-24 08:45", "Re: 477826",
  P("> 477826 - в пути, поз. 1, 2 (этажи 1-2)\n\nприбыли в школу (поз. 1, 2), охранник ищет ключ от серверной", cte="base64"),
  D("477826", ["1", "2"], ON, "number only in subject/quote; positions named in body"), ua="K-9 Mail for Android")

L(ALEX, "2026-11-09 14:10", "Re: " + DISP_SUBJ["477261"],
  P("> Алексей, когда ждать смету по Ленина?\n\nсмету скинул на почту сметчику, 184 500 с НДС. кабель подорожал, увы.\n\n"
    + SIG),
  R("price talk, no status"))



L(OFFICE, "2026-11-20 14:30", "FW: 477671 цех 3",
  text_part("Переслано от бригадира.\n\n-----Original Message-----\nFrom: Денис Рябов\n"
            "Sent: Friday, November 20, 2026 2:20 PM\nTo: office@linkstroy-video.ru\nSubject: 477671 цех 3\n\n"
            "Ольга, передайте заказчику: по 477671 группы А и Б (п1, п2) полностью готовы, с них ушли. "
            "В завтра.\n",
            cs="windows-1251", cte="quoted-printable"),
  D("477671", ["1", "2"], LEFT, "Outlook forward: crew report p1,p2 done and left"),
  cs="windows-1251", ua=OUTLOOK)

# ---------------------------------------------------------------------------- write
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
for name, raw in LETTERS:
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(raw)

emails = sorted({p[1] for p in (ALEX, MONT, DEN, OFFICE, KOTOV, DAEMON, NEWS)})
reg = {"contractor": {"name": "ООО «ЛинкСтрой Видео»", "emails": emails, "domains": [DOM]},
       "requests": [{"number": n, "positions": p, "registered_at": r, "comment": c} for n, p, r, c in REQUESTS]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(reg, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(LABELS, fh, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
