#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona CN: АВС «Питерская аварийка» (СПб).

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Raw messages are assembled by hand (headers + encoded bodies) with helpers
from the standard library (email.header, email.utils, quopri, base64), so that
charset and transfer encoding are exactly what each mail client would produce.
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(930)
MSK = dt.timezone(dt.timedelta(hours=3))

TO = "dispatch@zakazchik-omis.ru"
TO_HDR = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"

ZOYA = ("ДИСПЕТЧЕРСКАЯ АВС", "dispetcher@piteravariyka.ru")
MIH = ("Mihalych", "v.sazonov.avs@mail.ru")
MIH_RU = ("Михалыч", "v.sazonov.avs@mail.ru")
OFFICE = ("Ирина Лебедева", "office@piteravariyka.ru")
NEWS = ("Питерская аварийка", "news@piteravariyka.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@piteravariyka.ru")

BAT = "The Bat! (v3.99.25) Professional"
OUTLOOK = "Microsoft Outlook 16.0"
MAILRU = "Mail.Ru Mail for Android"

WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MON = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()


def d(day, hh, mm, ss=None):
    return dt.datetime(2026, 11, day, hh, mm, rnd.randint(0, 59) if ss is None else ss, tzinfo=MSK)


def mailru_when(t):
    return f"{WD[t.weekday()]}, {t.day} {MON[t.month-1]} {t.year}, {t.hour}:{t.minute:02d} +03:00"


def bat_when(t):
    return f"{t.day} {MON[t.month-1]} {t.year} г., {t.hour}:{t.minute:02d}"


def outlook_when(t):
    return f"{t.day} {MON[t.month-1]} {t.year} г. {t.hour}:{t.minute:02d}"


# ---------------------------------------------------------------- encoding helpers
def enc_header(text, cs, how="b", maxlen=76):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    c = Charset(cs)
    c.header_encoding = BASE64 if how == "b" else QP
    return Header(text, c).encode(maxlinelen=maxlen)


def enc_addr(pair, cs, how="b"):
    name, addr = pair
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return f"{enc_header(name, cs, how, maxlen=998)} <{addr}>"


def body_bytes(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if cs == "koi8-r":  # the old client simply has no such glyphs in KOI8-R
        for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("–", "-"), ("—", "-")):
            text = text.replace(a, b)
    raw = text.encode(cs)
    if cte in ("8bit", "7bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def leaf(ctype, text, cs, cte, extra=""):
    h = f"Content-Type: {ctype}; charset={cs}{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return h.encode("ascii") + body_bytes(text, cs, cte)


def multipart(sub, parts, extra=""):
    b = "----=_NextPart_%012x" % rnd.getrandbits(48)
    out = f"Content-Type: multipart/{sub};{extra}\n\tboundary=\"{b}\"\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b}\n".encode() + p.rstrip(b"\n") + b"\n\n"
    out += f"--{b}--\n".encode()
    return out


def msgid(kind, t):
    if kind == "bat":
        return f"<{rnd.randint(10**8, 10**9)}.{t.strftime('%Y%m%d%H%M%S')}@piteravariyka.ru>"
    if kind == "mailru":
        return f"<{int(t.timestamp())}.{rnd.randint(10**8, 10**9)}@f{rnd.randint(100, 999)}.i.mail.ru>"
    if kind == "outlook":
        return "<%012x$%08x$%08x@piteravariyka.ru>" % (rnd.getrandbits(48), rnd.getrandbits(32), rnd.getrandbits(32))
    return f"<{t.strftime('%Y%m%d%H%M%S')}.{rnd.getrandbits(40):x}@piteravariyka.ru>"


def cust_id(t):
    return f"<{t.strftime('%Y%m%d%H%M%S')}.{rnd.getrandbits(32):x}@zakazchik-omis.ru>"


letters = []


def add(t, frm, subj, body, label, cs="utf-8", kind="bat", mailer=BAT,
        subj_how="b", reply_to_id=None, extra_headers=None, to=TO_HDR, cc=None):
    """body: bytes (already a full MIME entity: headers + blank line + body)."""
    hcs = "utf-8" if cs == "us-ascii" else cs
    h = []
    h.append(f"From: {enc_addr(frm, hcs, subj_how)}")
    h.append(f"To: {to_hdr(to, hcs, subj_how)}")
    if cc:
        h.append(f"Cc: {to_hdr(cc, hcs, subj_how)}")
    h.append(f"Subject: {enc_header(subj, hcs, subj_how)}")
    h.append(f"Date: {format_datetime(t)}")
    h.append(f"Message-ID: {msgid(kind, t)}")
    if reply_to_id:
        h.append(f"In-Reply-To: {reply_to_id}")
        h.append(f"References: {reply_to_id}")
    if mailer:
        h.append(f"X-Mailer: {mailer}")
    for eh in (extra_headers or []):
        h.append(eh)
    h.append("MIME-Version: 1.0")
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    letters.append((t, raw, label))


def to_hdr(to, cs, how):
    # "Name <addr>" with a non-ASCII name -> encode the name part only
    if "<" in to:
        name, addr = to.split("<", 1)
        return enc_addr((name.strip(), addr.strip(" >")), cs, how)
    return to


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

SIG_Z = "\n--\nДИСП. ЗОЯ\nАВС \"ПИТЕРСКАЯ АВАРИЙКА\" КРУГЛОСУТ.\n8(812)407-22-19\n"
SIG_Z2 = "\nЗОЯ\n"
SIG_O = ("\nС уважением,\nИрина Лебедева\nдиспетчер дневной смены\nООО «Питерская аварийка» (АВС)\n"
         "тел. (812) 407-22-10, доб. 2\nИНН 7816543210 / КПП 781601001\n")
MAILRU_SIG = "\n\n--\nОтправлено из мобильной Почты Mail.ru\n"


def plain(text, cs, cte):
    return leaf("text/plain", text, cs, cte)


def html_wrap(inner):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style>"
            "</head><body lang=RU link=\"#0563C1\">\n<div class=WordSection1>\n" + inner + "\n</div>\n</body></html>\n")


def text2html(text):
    out = []
    for line in text.split("\n"):
        line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f"<p class=MsoNormal>{line if line else '&nbsp;'}</p>")
    return "\n".join(out)


def outlook_alt(text, cs="utf-8", cte="quoted-printable", html=None):
    h = html if html is not None else html_wrap(text2html(text))
    if cs != "utf-8":
        h = h.replace("charset=utf-8", f"charset={cs}")
    return multipart("alternative", [plain(text, cs, cte), leaf("text/html", h, cs, cte)])


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# =================================================================== LETTERS
# ---------------- 930114  Лиговский 44 (1 кв.17, 2 стояк ХВС 2 пар., 3 подвал)
t = d(2, 23, 52)
add(t, ZOYA, "ЗАЯВКА 930114 ЛИГОВСКИЙ 44",
    plain("ЗАЯВКА 930114 ПРИНЯТА.\nЛИГОВСКИЙ 44 - КВ 17 / СТОЯК ХВС 2 ПАР. / ПОДВАЛ.\n"
          "НАЗНАЧЕНА БР. №3, СТ. МАСТЕР ГРИШИН. ВЫЕЗД ПО ГОТОВНОСТИ МАШИНЫ.\n" + SIG_Z, "koi8-r", "8bit"),
    D("930114", [], ACC, "ПРИНЯТА; выезд только планируется"), cs="koi8-r")

t = d(3, 0, 7)
q = ("Добрый вечер. Жильцы кв. 17 звонят повторно, с потолка льёт в коридоре.\n"
     "Прошу сообщить время выезда бригады.\nДиспетчер ОМИС Ковалёва О.")
add(t, ZOYA, "Re: ЗАЯВКА 930114 ЛИГОВСКИЙ 44",
    plain("БР. №3 ВЫЕХ. 00:05.\nГАЗЕЛЬ В 417 ОР 178, СТ. МАСТЕР ГРИШИН +7 921 340-18-77.\nОРИЕНТИР. 30 МИН.\n"
          + SIG_Z + "\nЗдравствуйте, Ольга.\n\nВы писали " + bat_when(d(3, 0, 1)) + ":\n\n" + quote(q, "ОК> ") + "\n",
          "windows-1251", "quoted-printable"),
    D("930114", [], WAY, "ВЫЕХ. 00:05; plate and phone are not request numbers; quote is customer's question"),
    cs="windows-1251", reply_to_id=cust_id(d(3, 0, 1)))

t = d(3, 0, 41)
add(t, ZOYA, "930114 П.1 ПРИБ.",
    plain("930114 П.1 КВ 17 - ПРИБ. 00:38.\nТЕЧЬ С ПОТОЛКА В САНУЗЛЕ И КОРИДОРЕ. ПОДНЯЛИСЬ В КВ 21 - ХОЗЯЕВ НЕТ, ТЕЛ. НЕ БЕРУТ.\n"
          + SIG_Z2, "koi8-r", "8bit"),
    D("930114", ["1"], ON, "ПРИБ. 00:38 on П.1; кв 17/21 are apartments, not positions"), cs="koi8-r")

t = d(3, 1, 15)
add(t, ZOYA, "930114 П.2",
    plain("П.2 - ЗАКР. СТОЯК ХВС 2 ПАРАДН. В 01:10, ОТКЛ. КВ 5-37.\nОБЪЯВЛЕНИЕ НА ДВЕРЬ ПОВЕСИЛИ.\n"
          "КВ 21 ВСКРЫВАТЬ НЕ БУДЕМ, ТЕЧЬ НА СТОЯКЕ В НИШЕ, ДОСТУП ЕСТЬ.\n" + SIG_Z2, "koi8-r", "base64"),
    D("930114", ["2"], ON, "closed the riser = crew on site working on П.2; number only in subject"), cs="koi8-r")

t = d(3, 3, 20)
z05 = ("П.1 И П.2 - РАБОТЫ ЗАВЕРШ.\nЗАМЕНЕН УЧАСТОК СТОЯКА ХВС 1,2 М (ПП 32 НА МУФТАХ), СТОЯК ЗАПУЩЕН 03:00, ТЕЧИ НЕТ.\n"
       "БР. №3 УБ. С АДРЕСА 03:15.\nП.3 (ПОДВАЛ) - ВОДЫ МНОГО, ОТКАЧКА ДНЕМ, ПЕРЕДАЮ ДНЕВНОЙ СМЕНЕ. ЗАЯВКУ НЕ ЗАКРЫВАТЬ!\n")
add(t, ZOYA, "930114 поз 1,2", plain(z05 + SIG_Z, "koi8-r", "8bit"),
    D("930114", ["1", "2"], LEFT, "П.1 и П.2 завершены, бригада убыла; П.3 only planned"), cs="koi8-r",
    cc="Mihalych <v.sazonov.avs@mail.ru>")

t = d(3, 11, 58)
add(t, MIH_RU, "Re: 930114 поз 1,2",
    plain("По 3-й, подвал: откачал, на лежаке ХВС муфту подтянул, сухо. Уехал 11:50.\nМихалыч" + MAILRU_SIG +
          "\n\n" + mailru_when(d(3, 3, 20)) + " от ДИСПЕТЧЕРСКАЯ АВС <dispetcher@piteravariyka.ru>:\n" +
          quote(z05, ">") + "\n", "utf-8", "base64"),
    D("930114", ["3"], LEFT, "new text: 3-я позиция (подвал) done, left 11:50; subject and quote are about П.1,2"),
    kind="mailru", mailer=MAILRU, cs="utf-8")

t = d(3, 12, 20)
add(t, MIH, "930114 / 930127",
    plain("Dobryj den. Posle nochnoj smeny proveril oba adresa - Ligovskij 44 (930114) i Marata 63 kv 5 (930127).\n"
          "Vse suho, zamechanij net, zhilcy dovolny.\nMihalych\n", "us-ascii", "7bit"),
    R("two different requests in one letter (control visit, translit)"), kind="mailru", mailer=MAILRU, cs="us-ascii")

# ---------------- 930127  Марата 63 кв 5
t = d(3, 2, 4)
z08 = ("ПРИН. БР.№1 (ЕФИМОВ) ВЫЕХАЛА 02:00, ОРИЕНТИР. 20 МИН.\n"
       "РАДИАТОР, ТЕЧЬ ПО РЕЗЬБЕ - ЖИЛЬЦАМ СКАЗАЛА ПОДСТАВИТЬ ТАЗ.\n")
add(t, ZOYA, "МАРАТА 63 КВ 5 (930127)", plain(z08 + SIG_Z2, "windows-1251", "quoted-printable"),
    D("930127", [], WAY, "number in brackets after address; accepted and crew left for site at 02:00"),
    cs="windows-1251")

t = d(3, 3, 48)
add(t, ZOYA, "Re: МАРАТА 63 КВ 5 (930127)",
    plain("ПРИБ. 02:24. РАДИАТОР МС-140 - ПЕРЕБОРКА, ПРОКЛАДКИ ЗАМЕН., КРАН МАЕВСКОГО НОВЫЙ. ЗАПУСТИЛИ, СУХО.\n"
          "УБ. 03:40.\n" + SIG_Z2 + "\n" + quote(z08, "> ") + "\n", "windows-1251", "8bit"),
    D("930127", [], LEFT, "arrival 02:24 and departure 03:40 both done -> latest УБ."), cs="windows-1251")

t = d(3, 8, 12)
mdn_txt = ("Ваше сообщение\n\n   Кому: ДИСПЕТЧЕРСКАЯ АВС <dispetcher@piteravariyka.ru>\n"
           "   Тема: Уточнение по заявке 930127\n   Отправлено: 03.11.2026 7:55\n\n"
           "было прочитано 03.11.2026 8:12.\n")
mdn = ("Reporting-UA: piteravariyka.ru; The Bat! (v3.99.25) Professional\n"
       "Final-Recipient: rfc822; dispetcher@piteravariyka.ru\n"
       f"Original-Message-ID: {cust_id(d(3, 7, 55))}\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
add(t, ZOYA, "Прочитано: Уточнение по заявке 930127",
    multipart("report", [plain(mdn_txt, "koi8-r", "8bit"),
                         b"Content-Type: message/disposition-notification\n\n" + mdn.encode()],
              " report-type=disposition-notification;"),
    I("read receipt (MDN) generated by the client"), cs="koi8-r")

# ---------------- 930203  Гражданский 111 к.2 (1 стояк ГВС, 2 подвал ИТП)
t = d(5, 22, 40)
add(t, ZOYA, "930203 ГРАЖДАНСКИЙ 111/2",
    plain("ЗАЯВКУ 930203 ВЗЯЛИ.\nБР.2 ВЫЕХАЛА С ДЫБЕНКО НА ГРАЖДАНСКИЙ В 22:35, ЕДУТ ЧЕРЕЗ ВАНТОВЫЙ, БУДУТ К 23:15.\n"
          + SIG_Z, "koi8-r", "quoted-printable"),
    D("930203", [], WAY, "left another job (С Дыбенко) FOR this site (НА Гражданский) = on the way"), cs="koi8-r")

t = d(5, 23, 20)
add(t, ZOYA, "930203 П1",
    plain("930203 П1 - БР.2 НА MECTE С 23:12.\nСТОЯК ГВС КВ 41-45 ПЕРЕКРЫТ, В КВ 45 ДОСТУП ЕСТЬ, СГОН 3/4 СГНИЛ.\n"
          + SIG_Z2, "koi8-r", "8bit"),
    D("930203", ["1"], ON, "НА MECTE written with Latin M,E,C,T,E"), cs="koi8-r")

t = d(6, 1, 30)
add(t, ZOYA, "930203 П.2 ИТП",
    plain("П.2 ПОДВАЛ, ИТП: ТЕЧЬ ПО ФЛАНЦУ ГРЯЗЕВИКА ДУ80. ПРОКЛАДКУ ЗАМЕНИЛИ, ИТП ЗАПУЩЕН 01:20,\n"
          "ДАВЛЕНИЕ 4,2 / 3,8. ПО П.2 ВСЕ.\nПО П.1 - ОТДЕЛЬНО.\n" + SIG_Z2, "koi8-r", "base64"),
    D("930203", ["2"], LEFT, "П.2 work finished (gasket replaced, ИТП started, «по П.2 всё»); П.1 not reported"),
    cs="koi8-r")

t = d(6, 4, 5)
add(t, ZOYA, "930203 П.1 ГОТОВО",
    plain("930203 П.1 - СГОН 3/4 НА СТОЯКЕ ГВС В КВ 45 ЗАМЕНЕН, ЗАПУСК 03:50, ТЕЧИ НЕТ.\n"
          "БР.2 ОСВОБОДИЛАСЬ 04:00, НА БАЗУ.\n" + SIG_Z2, "windows-1251", "8bit"),
    D("930203", ["1"], LEFT, "готово, бригада освободилась"), cs="windows-1251")

t = d(27, 11, 20)
o15 = ("Добрый день!\n\nНаправляем акт выполненных работ № 1187 от 06.11.2026 и счёт на оплату № 2214 "
       "по заявке 930203 (Гражданский пр., 111 к.2) на сумму 18 430,00 руб., в т.ч. НДС 20%.\n"
       "Основание: договор № 47-АВ/2026 от 15.01.2026.\n\n"
       "Просим подписать акт и вернуть скан до 30.11, оригиналы передадим курьером.\n" + SIG_O)
add(t, OFFICE, "Акт и счёт по заявке 930203", outlook_alt(o15),
    R("paperwork: act/invoice, no status"), kind="outlook", mailer=OUTLOOK, cs="utf-8", subj_how="q")

# ---------------- 930218  Новочеркасский 12 (1 кв 8, 2 кв 12, 3 кв 16, 4 подвал)
t = d(7, 0, 44)
add(t, ZOYA, "ЗАЯВКА 930218",
    plain("ЗАЯВКА 930218 ПРИНЯТА. НОВОЧЕРКАССКИЙ 12.\nБР.4 НА ВЫЕЗДЕ В КУПЧИНО, ОСВОБОДЯТСЯ - НАПРАВЛЮ. "
          "ОРИЕНТИР. 01:30-02:00.\n" + SIG_Z, "koi8-r", "8bit"),
    D("930218", [], ACC, "accepted; «на выезде в Купчино» is about another job, not travelling here"), cs="koi8-r")

t = d(7, 2, 10)
add(t, ZOYA, "930218 П.4 ПОДВАЛ",
    plain("П.4 ПОДВАЛ - ПРИБ. 02:02. ЛЕЖАК ОТОПЛ. ДУ50, СВИЩ НА СВАРНОМ ШВЕ.\n"
          "СИСТЕМУ СБРОСИЛИ, КВ 8, 12, 16 БЕЗ ОТОПЛ.\n" + SIG_Z2, "koi8-r", "quoted-printable"),
    D("930218", ["4"], ON, "П.4 arrival; кв 8,12,16 are apartment numbers not positions"), cs="koi8-r")

t = d(7, 3, 40)
add(t, ZOYA, "930218",
    plain("П.4 - ХОМУТ ПОСТАВИЛИ, ПОДВАРИЛИ, ТЕЧИ НЕТ. ГОТОВО.\n"
          "П.1 КВ 8 - ЗАШЛИ 03:30, СТОЯК В ПОЛУ ПОТЕК, ВСКРЫВАЕМ.\n" + SIG_Z2, "koi8-r", "8bit"),
    R("different statuses for different positions: П.4 done, П.1 on site"), cs="koi8-r")

t = d(7, 6, 10)
add(t, ZOYA, "930218 П.1-3",
    plain("930218 П.1-3 (КВ 8, 12, 16): СТОЯК ОТОПЛ. ПЕРЕВАРИЛИ (2 М, ДУ20), СИСТЕМУ ЗАПОЛНИЛИ 05:45,\n"
          "ВОЗДУХ СПУСТИЛИ ПО ВСЕМ КВ.\nБР.4 УБЫЛА С АДРЕСА 06:00.\n" + SIG_Z, "windows-1251", "base64"),
    D("930218", ["1", "2", "3"], LEFT, "range П.1-3, crew left the address"), cs="windows-1251")

t = d(7, 10, 25)
fw_t = d(7, 9, 58)
o20 = ("Коллеги, пересылаю письмо инженера ЖКС. Бригаду направим после 14:00, сообщу дополнительно.\n"
       "Ирина\n" + SIG_O + "\n"
       "От: Смирнов Павел Андреевич <p.smirnov@zhks3-krasnogv.ru>\n"
       f"Отправлено: {outlook_when(fw_t)}\n"
       "Кому: office@piteravariyka.ru\nКопия: dispatch@zakazchik-omis.ru\n"
       "Тема: Новочеркасский 12 - повторная течь\n\n"
       "Добрый день. По заявке 930218: в кв. 12 жильцы жалуются, с радиатора опять капает после ночного ремонта, "
       "под батареей лужа. Прошу направить бригаду повторно и впредь проверять работу перед уходом.\n"
       "Смирнов П.А., инженер ЖКС-3 Красногвардейского р-на, тел. 8-921-654-11-20\n")
add(t, OFFICE, "FW: Новочеркасский 12 - повторная течь", outlook_alt(o20),
    R("forwarded complaint from housing engineer + plan «направим после 14:00»; no status"),
    kind="outlook", mailer=OUTLOOK, cs="utf-8", subj_how="q")

# ---------------- 930305  7-я линия В.О. 34, подвал
t = d(9, 19, 58)
add(t, ZOYA, "ЗАЯВКА 930305 7 ЛИНИЯ 34",
    plain("ПРИНЯЛА. СВОБОДНЫХ БРИГАД НЕТ, БР.1 ОСВОБОДИТСЯ ОК. 21:00 - СРАЗУ НА В.О.\n"
          "ВОДУ ПУСТЬ ПЕРЕКРОЕТ ДВОРНИК, ЕСЛИ ЕСТЬ КЛЮЧ.\n" + SIG_Z2, "windows-1251", "8bit"),
    D("930305", [], ACC, "ПРИНЯЛА (the request, number in subject); departure is a plan"), cs="windows-1251")

t = d(9, 20, 30)
add(t, ZOYA, "930305 КЛЮЧИ?",
    plain("ПО 930305 - У КОГО КЛЮЧИ ОТ ПОДВАЛА? ДВОРНИК ИЛИ ЖЭС?\nДАЙТЕ ТЕЛ. ОТВЕТСТВЕННОГО, ИНАЧЕ БРИГАДА ПРОСТОИТ.\n"
          + SIG_Z2, "windows-1251", "quoted-printable"),
    R("question about keys, no status"), cs="windows-1251")

t = d(9, 21, 12)
q = ("Ключ у дворника Раисы Ахмедовны, тел. 8-921-555-40-12, живёт во дворе, кв. 2.\n"
     "Ковалёва")
add(t, ZOYA, "Re: ЗАЯВКА 930305 7 ЛИНИЯ 34",
    plain("БР.1 ВЫЕХ. 21:05. КЛЮЧ ЗАБЕРУТ У ДВОРНИКА.\n" + SIG_Z2 + "\nЗдравствуйте, Ольга.\n\nВы писали "
          + bat_when(d(9, 20, 52)) + ":\n\n" + quote(q, "ОК> ") + "\n", "windows-1251", "8bit"),
    D("930305", [], WAY, "number only in the Re: subject; ВЫЕХ. 21:05"), cs="windows-1251",
    reply_to_id=cust_id(d(9, 20, 52)))

t = d(9, 23, 50)
add(t, ZOYA, "Re: ЗАЯВКА 930305 7 ЛИНИЯ 34",
    plain("ПРИБ. 21:38 / УБ. 23:40.\nНА МАГИСТРАЛИ ХВС Д108 ПОСТАВИЛИ РЕМ. ХОМУТ, ВОДУ ДАЛИ 23:30.\n"
          "ВОДУ ИЗ ПОДВАЛА ОТКАЧИВАЕТ ЖЭС (ПО ДОГОВОРУ НЕ НАША РАБОТА).\n" + SIG_Z2, "koi8-r", "8bit"),
    D("930305", [], LEFT, "arrival and departure both done -> УБ. 23:40"), cs="koi8-r")

# ---------------- 930341  Будапештская 71 к.1 (1 кв 88, 2 кв 92)
t = d(10, 22, 31)
add(t, ZOYA, "930341", plain("ПРИН.\n" + SIG_Z2, "koi8-r", "8bit"),
    D("930341", [], ACC, "one-word acceptance, number in subject"), cs="koi8-r")

t = d(10, 22, 50)
q = "Когда будет бригада? В кв. 88 вода бежит по стене.\nКовалёва О."
add(t, ZOYA, "Re: 930341",
    plain("БР.3 ЕЩЕ НЕ ВЫЕХ. - ЖДЕМ МАШИНУ С ЗАПРАВКИ. КАК ВЫЕДУТ - СООБЩУ.\n" + SIG_Z2 +
          "\nВы писали " + bat_when(d(10, 22, 44)) + ":\n\n" + quote(q, "ОК> ") + "\n", "koi8-r", "base64"),
    R("negation: not yet left"), cs="koi8-r", reply_to_id=cust_id(d(10, 22, 44)))

t = d(10, 23, 58)
add(t, ZOYA, "930341-2 ПРИБ.",
    plain("КВ 92 - ПРИБ. 23:55. ТЕЧЬ ИЗ-ПОД ВАННЫ, СИФОН ЛОПНУЛ.\nХОЗЯЙКА НА МЕСТЕ, ТЕЛ. 8-911-702-33-81.\n"
          + SIG_Z2, "koi8-r", "quoted-printable"),
    D("930341", ["2"], ON, "position after dash in subject"), cs="koi8-r")

t = d(11, 1, 20)
add(t, ZOYA, "930341 (1)",
    plain("КВ 88 - ОСМОТРЕЛИ. ПОТОЛОК И СТЕНА МОКРЫЕ, СВОЕЙ ТЕЧИ НЕТ, ЗАЛИВ ОТ КВ 92.\n"
          "РАБОТ НЕ ТРЕБУЕТСЯ, АКТ ОСМОТРА ЖИЛЬЦУ ОСТАВИЛИ. ИЗ 88 УШЛИ 01:10.\n" + SIG_Z2, "koi8-r", "8bit"),
    D("930341", ["1"], LEFT, "position in brackets in subject; inspected, left 01:10"), cs="koi8-r")

t = d(11, 2, 45)
add(t, ZOYA, "930341 П.2",
    plain("П.2 КВ 92 - СИФОН ЗАМЕНЕН, ТЕЧИ НЕТ, ГОТОВО.\nБР.3 ОСВОБОДИЛАСЬ 02:40, ЕДУТ НА БАЗУ.\n" + SIG_Z2,
          "windows-1251", "8bit"),
    D("930341", ["2"], LEFT, "готово; «едут на базу» is travel home, not to site"), cs="windows-1251")

t = d(11, 10, 15)
o29 = ("Добрый день!\n\nК акту по заявке 930341 (Будапештская ул., 71 к.1) прошу согласовать материалы:\n"
       "- сифон для ванны Viega Simplex арт. 309 485 - 890,00 руб.;\n"
       "- прокладки, герметик - 120,00 руб.\n"
       "Сифон - внутриквартирное оборудование жильца кв. 92, по договору № 47-АВ/2026 в аварийные работы не входит. "
       "Выставлять вам или напрямую собственнику?\n" + SIG_O)
add(t, OFFICE, "930341 - материалы, кто оплачивает?", outlook_alt(o29, "windows-1251", "quoted-printable"),
    R("price/contract question, no status"), kind="outlook", mailer=OUTLOOK, cs="windows-1251")

# ---------------- 930402  Большой пр. П.С. 22 (1 стояк канализ., 2 кв 11, 3 подвал)
t = d(12, 3, 14)
add(t, ZOYA, "ЗАЯВКА 930402 Б.ПР.П.С. 22",
    plain("ПРИНЯТА. БР.2 ВЫЕХ. 03:12 С ДАЛЬНЕВОСТОЧНОГО, ЕДУТ.\n" + SIG_Z, "koi8-r", "quoted-printable"),
    D("930402", [], WAY, "accepted and crew left (from another address) towards this one"), cs="koi8-r")

t = d(12, 3, 52)
add(t, ZOYA, "930402 П1 П3",
    plain("ПРИБЫТИЕ 03:44.\nП3 ПОДВАЛ - ЗАЛИТ СТОКАМИ ПО ЩИКОЛОТКУ.\nП1 СТОЯК КАНАЛИЗ. КВ 3-15 ЗАБИТ НА ВЫПУСКЕ.\n"
          "ЖИЛЬЦАМ СКАЗАЛИ НЕ СЛИВАТЬ.\n" + SIG_Z2, "koi8-r", "8bit"),
    D("930402", ["1", "3"], ON, "noun ПРИБЫТИЕ; positions П1 and П3 named, same status"), cs="koi8-r")

t = d(12, 7, 30)
add(t, ZOYA, "930402 П.1",
    plain("П.1 - ЗАСОР НА ВЫПУСКЕ ПРОБИЛИ (ТРОС 16 ММ, 25 М), СТОЯК ПРОЛИЛИ, УХОДИТ. ГОТОВО 07:10.\n"
          "П.3 ПОДВАЛ - ОТКАЧКА И ДЕЗИНФЕКЦИЯ НА ДНЕВНУЮ СМЕНУ (МИХАЛЫЧ). БР.2 СНЯЛА, ОНИ 12 ЧАСОВ НА НОГАХ.\n"
          + SIG_Z, "koi8-r", "base64"),
    D("930402", ["1"], LEFT, "П.1 готово; П.3 handed over to day shift (plan)"), cs="koi8-r")

t = d(12, 9, 25)
fwd_t = d(12, 9, 18)
add(t, ZOYA, "Fwd: 930402",
    plain("ПЕРЕСЫЛАЮ ОТ МИХАЛЫЧА. СМЕНУ СДАЛА.\nЗОЯ\n\n"
          "=====8<=========== Начало пересылаемого сообщения ===========\n"
          "От: Mihalych <v.sazonov.avs@mail.ru>\nКому: dispetcher@piteravariyka.ru\n"
          f"Дата: {mailru_when(fwd_t)}\nТема: 930402\n\n"
          "Prinyal smenu. 930402 p3 podval - vyehal s bazy, budu cherez 40 min, probka na Kamennoostrovskom.\n"
          "=====8<============ Конец пересылаемого сообщения ============\n", "koi8-r", "8bit"),
    D("930402", ["3"], WAY, "forwarded crew message: left base for the site, 40 min"), cs="koi8-r")

t = d(12, 10, 15)
add(t, MIH, "930402 p.3",
    plain("na meste 10:05. vody po shhikolotku, nasos postavil (Dzhileks Drenazhnik 350/17), kachaju.\nMihalych\n",
          "utf-8", "base64"),
    D("930402", ["3"], ON, "translit «na meste»; pump model is not a number of interest"),
    kind="mailru", mailer=MAILRU, cs="utf-8")

t = d(12, 10, 40)
eng = ("Виктор Михайлович, добрый день.\nПо заявке 930402 позиция 2 (кв. 11) - жильцы дома до 11:00, "
       "посмотрите, пожалуйста, у них в туалете вода стоит.\nКудрявцев А.В., инженер ЖКС-2 Петроградского р-на")
add(t, MIH_RU, "Re: 930402 поз. 2 кв. 11",
    plain(mailru_when(d(12, 10, 21)) + " от Кудрявцев А.В. <kudryavtsev@zhks2-petr.ru>:\n" + quote(eng, ">") +
          "\n\nПо 2-й, кв 11 - посмотрел. Унитаз уходит нормально, это был общий засор по стояку, ночью пробили. "
          "Жильцам показал. Из 11-й ушёл 10:35.\nМихалыч" + MAILRU_SIG, "utf-8", "base64"),
    D("930402", ["2"], LEFT, "housing engineer's question quoted on top, answer written under the quote; «11-й» = кв. 11 of поз.2"),
    kind="mailru", mailer=MAILRU, cs="utf-8", cc="Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>",
    to="Кудрявцев А.В. <kudryavtsev@zhks2-petr.ru>")

t = d(12, 13, 5)
add(t, MIH_RU, "930402 поз 3",
    plain("Пoдвал oткачал, прoмыл, хлоркой пролил. Позиция 3 закрыта, уехал 12:55.\nМихалыч" + MAILRU_SIG,
          "utf-8", "base64"),
    D("930402", ["3"], LEFT, "Latin o inside Cyrillic words; done, left 12:55"), kind="mailru", mailer=MAILRU, cs="utf-8")

# ---------------- 930460  Дыбенко 26 к.3, засор
t = d(14, 0, 2)
add(t, ZOYA, "ДЫБЕНКО 26/3 ЗАСОР",
    plain("ЗАЯВКА №930460 ПРИНЯТА. ВЫЕЗД БР.1 ПЛАНИРУЮ НА 00:30, ЗАКАНЧИВАЮТ НА НАРОДНОЙ.\n" + SIG_Z, "koi8-r", "8bit"),
    D("930460", [], ACC, "accepted; departure only planned"), cs="koi8-r")

t = d(14, 0, 40)
add(t, ZOYA, "930460 П.3", plain("930460 П.3 - БР.1 В ПУТИ, 15 МИН.\n" + SIG_Z2, "koi8-r", "8bit"),
    R("request 930460 has only position 1; П.3 does not exist"), cs="koi8-r")

t = d(14, 2, 30)
add(t, ZOYA, "Re: ДЫБЕНКО 26/3 ЗАСОР",
    plain("ПО 930460: НА МЕСТЕ БЫЛИ С 01:05. 1 ПАРАДНАЯ, ЗАСОР МЕЖДУ 2-3 ЭТ. (ТРЯПКИ, ПАМПЕРСЫ).\n"
          "ПРОБИЛИ, СТОЯК РАБОТАЕТ. УБЫЛИ 02:20.\n" + SIG_Z2, "koi8-r", "quoted-printable"),
    D("930460", [], LEFT, "on site from 01:05, left 02:20 -> latest; «1 парадная» is an entrance, not a position"),
    cs="koi8-r")

t = d(14, 9, 0)
add(t, OFFICE, "Автоматический ответ: Заявка 930460 - Дыбенко 26 к.3",
    outlook_alt("Здравствуйте!\n\nОфис ООО «Питерская аварийка» не работает в выходные дни. Ваше письмо будет "
                "рассмотрено в понедельник.\nПо аварийным вопросам - круглосуточная диспетчерская: 8(812)407-22-19, "
                "dispetcher@piteravariyka.ru\n"),
    I("Outlook out-of-office auto-reply"), kind="outlook", mailer=OUTLOOK, cs="utf-8", subj_how="q",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   f"In-Reply-To: {cust_id(d(14, 8, 59))}"])

# ---------------- 930517  Ленинский 140 (1 кв 204, 2 тех. этаж)
t = d(16, 8, 47)
cq = ("Направляем заявку 930517. Ленинский пр., 140: 1 - кв. 204, нет отопления; 2 - тех. этаж, "
      "завоздушивание стояка.\nСрок реагирования 2 часа.\nДиспетчерская ОМИС")
o41 = ("Добрый день!\n\nЗаявка 930517 принята в работу, исполнитель - слесарь Сазонов В.М. (тел. 8-921-987-65-43).\n"
       "Выезд ориентировочно в 10:00, сейчас он на другом адресе.\n" + SIG_O + "\n"
       "От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
       f"Отправлено: {outlook_when(d(16, 8, 31))}\nКому: office@piteravariyka.ru\n"
       "Тема: Заявка 930517 Ленинский пр. 140\n\n" + cq + "\n")
add(t, OFFICE, "RE: Заявка 930517 Ленинский пр. 140", outlook_alt(o41),
    D("930517", [], ACC, "accepted; Outlook header block quote below; departure only planned"),
    kind="outlook", mailer=OUTLOOK, cs="utf-8", subj_how="q", reply_to_id=cust_id(d(16, 8, 31)))

t = d(16, 10, 5)
m42 = "vyehali na Leninskij, 20 min. tel 89219876543"
add(t, MIH, "#930517", plain(m42 + "\n", "us-ascii", "7bit"),
    D("930517", [], WAY, "translit «vyehali na ...» = on the way; phone is not a number of interest"),
    kind="mailru", mailer=MAILRU, cs="us-ascii")

t = d(16, 10, 50)
add(t, MIH_RU, "Re: #930517",
    plain("930517 п.2 на мксте, техэтаж. Воздушники закисли, меняю 2 шт.\nМихалыч" + MAILRU_SIG + "\n\n"
          + mailru_when(d(16, 10, 5)) + " от Mihalych <v.sazonov.avs@mail.ru>:\n" + quote(m42, ">") + "\n",
          "utf-8", "base64"),
    D("930517", ["2"], ON, "typo «на мксте» = на месте, п.2"), kind="mailru", mailer=MAILRU, cs="utf-8")

t = d(16, 12, 30)
add(t, MIH, "930517",
    plain("p2 sdelal - vozdushniki pomenyal, vozduh sognal, stoyak goryachij. v kv 204 nikogo net, zvonil - ne berut. "
          "zajdu zavtra.\n", "utf-8", "base64"),
    D("930517", ["2"], LEFT, "p2 done; kv 204 (поз.1) only a plan for tomorrow"), kind="mailru", mailer=MAILRU, cs="utf-8")

t = d(17, 9, 5)
add(t, MIH_RU, "930517 кв 204",
    plain("Хозяйка 204 отзвонилась, будет дома с 11. Заеду до обеда.\nМихалыч" + MAILRU_SIG, "utf-8", "base64"),
    R("plan only («заеду до обеда»)"), kind="mailru", mailer=MAILRU, cs="utf-8")

t = d(17, 12, 50)
mt = d(17, 12, 38)
o46 = ("Пересылаю отчёт слесаря по 930517.\nИрина\n" + SIG_O + "\n"
       "От: Mihalych <v.sazonov.avs@mail.ru>\n"
       f"Отправлено: {outlook_when(mt)}\nКому: office@piteravariyka.ru\nТема: 930517 p1\n\n"
       "p1 kv 204 gotovo. radiator produl, kran majevskogo novyj, greet. uehal 12:35\n")
add(t, OFFICE, "FW: 930517 p1", outlook_alt(o46),
    D("930517", ["1"], LEFT, "Outlook forward of the plumber's translit report"), kind="outlook", mailer=OUTLOOK,
    cs="utf-8", subj_how="q")

t = d(17, 13, 10)
tbl = ("<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>&nbsp;</p>"
       "<p class=MsoNormal>Итог по заявке № 930517 (Ленинский пр., 140):</p><p class=MsoNormal>&nbsp;</p>"
       "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>"
       "<tr><td><b>Поз.</b></td><td><b>Место</b></td><td><b>Выполнено</b></td><td><b>Статус</b></td></tr>"
       "<tr><td>1</td><td>кв. 204</td><td>продувка радиатора, замена крана Маевского</td>"
       "<td>бригада убыла 17.11 в 12:35</td></tr>"
       "<tr><td>2</td><td>тех. этаж</td><td>замена автоматических воздухоотводчиков 1/2&quot; (2 шт.)</td>"
       "<td>бригада убыла 16.11 в 12:20</td></tr></table>"
       "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>С уважением,<br>Ирина Лебедева<br>диспетчер дневной смены<br>"
       "ООО «Питерская аварийка» (АВС)<br>тел. (812) 407-22-10, доб. 2</p>")
add(t, OFFICE, "Сводка по заявке 930517 - выполнено",
    leaf("text/html", html_wrap(tbl).replace("charset=utf-8", "charset=windows-1251"), "windows-1251",
         "quoted-printable"),
    D("930517", ["1", "2"], LEFT, "HTML-only letter, table row per position, both left"),
    kind="outlook", mailer=OUTLOOK, cs="windows-1251")

# ---------------- 930588  Садовая 53 (1 стояк ХВС, 2 кв 7, 3 подвал)
t = d(18, 21, 52)
add(t, ZOYA, "САДОВАЯ 53 - 930588",
    plain("930588 ПРИН., БР.№2 ВЫЕХ. 21:50. САДОВАЯ 53, ВХОД СО ДВОРА.\n" + SIG_Z, "koi8-r", "base64"),
    D("930588", [], WAY, "accepted + left 21:50 -> в пути"), cs="koi8-r")

t = d(18, 22, 6)
q = ("Уточнение по 930588: жильцы кв. 7 будут дома только после 23:00. Код домофона 53К1234.\n"
     "Председатель совета дома Голубева, тел. 8-952-367-90-04.\nКовалёва О.")
add(t, ZOYA, "Re: Уточнение по 930588",
    plain("ПРИНЯЛА, ПЕРЕДАЛА БР.2.\n" + SIG_Z2 + "\nВы писали " + bat_when(d(18, 22, 1)) + ":\n\n" +
          quote(q, "ОК> ") + "\n", "koi8-r", "8bit"),
    R("acknowledgement of the dispatcher's own clarification («принял(а), передала») - not acceptance of the request"),
    cs="koi8-r", reply_to_id=cust_id(d(18, 22, 1)))

t = d(18, 23, 35)
add(t, ZOYA, "930588 П.2 КВ 7",
    plain("П.2 КВ 7 - ЗАШЛИ 23:10 (ЖИЛЬЦЫ ПРИШЛИ). ТЕЧЬ ПО ТРОЙНИКУ СТОЯКА ХВС В САНУЗЛЕ, ЗА КОРОБОМ.\n"
          "КОРОБ ВСКРЫВАЕМ С СОГЛАСИЯ ХОЗЯИНА.\n" + SIG_Z2, "windows-1251", "quoted-printable"),
    D("930588", ["2"], ON, "entered the flat 23:10, working"), cs="windows-1251")

t = d(19, 0, 15)
add(t, ZOYA, "930581 П.1",
    plain("930581 П.1 - СТОЯК ХВС ПЕРЕКРЫТ В ПОДВАЛЕ, ПЛОМБА НА ЗАДВИЖКЕ БЫЛА СОРВАНА.\nЖДЕМ ТРОЙНИК С БАЗЫ.\n"
          + SIG_Z2, "windows-1251", "8bit"),
    R("930581 is not in the registry (probably a typo for 930588, but cannot be recorded)"), cs="windows-1251")

t = d(19, 1, 40)
add(t, ZOYA, "930588 ИТОГ",
    plain("930588:\nП.1, П.2 - ТРОЙНИК ЗАМЕНЕН (ППР 32Х20Х32), КОРОБ ЗАКРЫЛИ КАК СМОГЛИ, СТОЯК ЗАПУЩЕН 01:25.\n"
          "ЗАДВИЖКУ ОПЛОМБИРОВАЛИ, ПЛОМБА №0045512.\nП.3 ПОДВАЛ - ОСМОТРЕЛИ, СУХО, РАБОТ НЕТ.\nБР.2 УБ. 01:35.\n"
          + SIG_Z, "koi8-r", "8bit"),
    D("930588", ["1", "2", "3"], LEFT, "all three positions finished, crew left; seal number is not a request"),
    cs="koi8-r")

t = d(19, 9, 40)
ft = dt.datetime(2026, 11, 19, 9, 12, tzinfo=MSK)
o53 = ("Добрый день. Пересылаю подтверждение ЖКС по ночной аварии.\nИ. Лебедева\n\n"
       "-----Original Message-----\n"
       "From: Гусейнова Лейла Рафиковна <l.guseynova@zhks1-admir.ru>\n"
       "Sent: Thursday, November 19, 2026 9:12 AM\nTo: office@piteravariyka.ru\n"
       "Subject: Садовая 53 (930588)\n\n"
       "Доброе утро. Подтверждаю: по Садовой 53 аварийная бригада АВС ночью отработала и уехала, стояк ХВС в работе, "
       "в кв. 7 течи нет, подвал сухой. Претензий не имеем.\n"
       "Гусейнова Л.Р., инженер ЖКС-1 Адмиралтейского р-на\n")
add(t, OFFICE, "FW: Садовая 53 (930588)", plain(o53, "windows-1251", "quoted-printable"),
    D("930588", [], LEFT, "forwarded confirmation: brigade worked and left (whole request)"),
    kind="outlook", mailer=OUTLOOK, cs="windows-1251")

t = d(20, 14, 3)
add(t, MIH_RU, "Автоответ: Заявка 930588 - пломба на задвижке",
    plain("Здравствуйте!\nЯ в отгуле до 23 ноября. По срочным вопросам звоните в диспетчерскую АВС: 8(812)407-22-19.\n"
          "Сазонов В.М.\n", "utf-8", "base64"),
    I("mail.ru autoresponder"), kind="mailru", mailer=None, cs="utf-8",
    extra_headers=["Auto-Submitted: auto-replied", f"In-Reply-To: {cust_id(d(20, 14, 2))}"])

# ---------------- 930650  Кронверкский 15 кв 31
t = d(21, 2, 16)
add(t, ZOYA, "КРОНВЕРКСКИЙ 15 КВ 31 [930650]",
    plain("ПРИН. БР.3 ВЫЕХ. 02:15 С БАЗЫ, ГАЗЕЛЬ Р 562 КХ 98.\n" + SIG_Z2, "koi8-r", "8bit"),
    D("930650", [], WAY, "number in square brackets after address; left the base for the site"), cs="koi8-r")

t = d(21, 2, 50)
add(t, ZOYA, "Re: КРОНВЕРКСКИЙ 15 КВ 31 [930650]",
    plain("ПРИБЫЛИ 02:41. ВОДУ НА КВАРТИРУ ПЕРЕКРЫЛИ, ПОДВОДКУ МЕНЯЕМ.\n"
          "СОСЕДИ СНИЗУ (КВ 27) - ПОТОЛОК МОКРЫЙ, СКАЗАЛИ ВЫЗЫВАТЬ ЖЭС НА АКТ.\n" + SIG_Z2, "koi8-r", "quoted-printable"),
    D("930650", [], ON, "ПРИБЫЛИ 02:41"), cs="koi8-r")

t = d(21, 4, 5)
z56 = "ПОДВОДКА ЗАМЕН. (1/2 Г-Г 60 СМ), ВОДА ДАНА, СУХО.\nУБ. 03:58.\n"
add(t, ZOYA, "Re: КРОНВЕРКСКИЙ 15 КВ 31 [930650]", plain(z56 + SIG_Z2, "koi8-r", "base64"),
    D("930650", [], LEFT, "УБ. 03:58"), cs="koi8-r")

t = d(21, 5, 30)
add(t, ZOYA, "Re: КРОНВЕРКСКИЙ 15 КВ 31 [930650]",
    plain("ПРОШУ ПОДТВЕРДИТЬ ПОЛУЧЕНИЕ. ВАШ ДИСПЕТЧЕР ПО ТЕЛ. ГОВОРИТ, ЧТО ПИСЕМ НЕ БЫЛО.\n" + SIG_Z2 +
          "\nЗдравствуйте, ДИСПЕТЧЕРСКАЯ.\n\nВы писали " + bat_when(d(21, 4, 5)) + ":\n\n" + quote(z56, "ДА> ") + "\n",
          "koi8-r", "8bit"),
    R("asks to confirm receipt; the departure is only in the quoted earlier letter"), cs="koi8-r")

# ---------------- 930733  Ветеранов 101 (1 стояк отопл., 2 подвал элеватор)
t = d(23, 18, 20)
cq = "Заявка 930733. Пр. Ветеранов, 101: 1 - стояк отопления кв. 45-61 холодный; 2 - подвал, элеваторный узел."
o58 = ("Добрый вечер!\n\nОбращение 930733 приняли. Бригада Сазонова выедет в течение часа, сейчас заканчивают на Стачек.\n"
       + SIG_O + "\nОт: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
       f"Отправлено: {outlook_when(d(23, 18, 2))}\nКому: office@piteravariyka.ru\nТема: Заявка 930733 Ветеранов 101\n\n"
       + cq + "\n")
add(t, OFFICE, "Заявка 930733 принята", outlook_alt(o58),
    D("930733", [], ACC, "«обращение ... приняли»; departure planned"), kind="outlook", mailer=OUTLOOK, cs="utf-8",
    subj_how="q", reply_to_id=cust_id(d(23, 18, 2)))

t = d(23, 18, 40)
add(t, MIH, "930733", plain("vyezzhaem s bazy na Veteranov 101, budem k 19:20\n", "us-ascii", "7bit"),
    D("930733", [], WAY, "leaving the base FOR the site, ETA 19:20"), kind="mailru", mailer=MAILRU, cs="us-ascii")

t = d(23, 19, 35)
add(t, MIH_RU, "Re: Заявка 930733 принята",
    plain("На Ветеранова. Подвал п2 - элеватор, сопло забито окалиной. Разбираю.\nМихалыч" + MAILRU_SIG + "\n\n"
          + mailru_when(d(23, 18, 20)) + " от Ирина Лебедева <office@piteravariyka.ru>:\n"
          + quote("Добрый вечер!\n\nОбращение 930733 приняли. Бригада Сазонова выедет в течение часа.", ">") + "\n",
          "utf-8", "base64"),
    D("930733", ["2"], ON, "Re: subject still says «принята», body reports being on site at п2"),
    kind="mailru", mailer=MAILRU, cs="utf-8")

t = d(23, 21, 15)
add(t, MIH, "Re: Заявка 930733 принята",
    plain("p2 gotovo. soplo prochistil, elevator sobral, podacha 68 gradusov. stoyak p1 zavtra s utra, "
          "nuzhen dostup v kv 61.\n", "utf-8", "7bit"),
    D("930733", ["2"], LEFT, "p2 done; p1 planned for tomorrow; Re: subject still says «принята»"), kind="mailru", mailer=MAILRU, cs="utf-8")

t = d(24, 7, 50)
orig = ("From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nTo: brigada5@piteravariyka.ru\n"
        "Subject: Заявка 930733 поз. 1\nDate: Tue, 24 Nov 2026 07:49:51 +0300\n"
        f"Message-ID: {cust_id(d(24, 7, 49))}\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Прошу сообщить время прибытия бригады на поз. 1 (стояк отопления).\n")
dsn_txt = ("This is the mail system at host mx.piteravariyka.ru.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
           "It's attached below.\n\n"
           "<brigada5@piteravariyka.ru>: unknown user: \"brigada5\"\n")
dsn = ("Reporting-MTA: dns; mx.piteravariyka.ru\nArrival-Date: Tue, 24 Nov 2026 07:49:52 +0300\n\n"
       "Final-Recipient: rfc822; brigada5@piteravariyka.ru\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: X-Postfix; unknown user: \"brigada5\"\n")
add(t, DAEMON, "Undelivered Mail Returned to Sender",
    multipart("report", [plain(dsn_txt, "us-ascii", "7bit"),
                         b"Content-Type: message/delivery-status\n\n" + dsn.encode(),
                         b"Content-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n" + orig.encode("utf-8")],
              " report-type=delivery-status;"),
    I("bounce (unknown user) of the customer's own message"), kind="other", mailer=None, cs="us-ascii",
    extra_headers=["Auto-Submitted: auto-replied"])

t = d(24, 8, 30)
add(t, MIH, "Veteranov", plain("na meste s 8:20. kv 61 otkryli, nachinayu sgonyat vozduh\n", "us-ascii", "7bit"),
    R("no request number at all (address only)"), kind="mailru", mailer=MAILRU, cs="us-ascii")

t = d(24, 11, 50)
ft = d(24, 11, 40)
add(t, MIH_RU, "Fwd: 930733 п1",
    plain("Это я не туда отправил, пересылаю.\n\n-------- Пересылаемое сообщение --------\n"
          "От кого: Михалыч <v.sazonov.avs@mail.ru>\nКому: dispath@zakazchik-omis.ru\n"
          f"Дата: {mailru_when(ft)}\nТема: 930733 п1\n\n"
          "930733 п1 стояк отопления - воздух согнал по всем квартирам 45-61, батареи горячие. Закончил, уехал.\n"
          "----------------------------------------" + MAILRU_SIG, "utf-8", "base64"),
    D("930733", ["1"], LEFT, "mail.ru forward of his own report sent to a mistyped address"),
    kind="mailru", mailer=MAILRU, cs="utf-8")

# ---------------- 930809  Гороховая 47 (1 кв 2, 2 кв 6, 3 стояк ГВС)
t = d(26, 22, 44)
add(t, ZOYA, "НАРЯД 930809",
    plain("НАРЯД 930809 - ПРИНЯТ. ГОРОХОВАЯ 47, КВ 2 / КВ 6 / СТОЯК ГВС.\n" + SIG_Z2, "windows-1251", "8bit"),
    D("930809", [], ACC, "«наряд ... принят»"), cs="windows-1251")

t = d(26, 23, 5)
add(t, ZOYA, "Re: НАРЯД 930809",
    plain("БР.1 ВЫЕХ. НА ГОРОХОВУЮ 23:00. МАСТЕР ЕФИМОВ +7-921-340-18-70.\n" + SIG_Z2, "koi8-r", "quoted-printable"),
    D("930809", [], WAY, "ВЫЕХ. НА ... = on the way"), cs="koi8-r")

t = d(26, 23, 48)
add(t, ZOYA, "930809 П.3 / П.1",
    plain("П.3 СТОЯК ГВС - ЗАКР. 23:30, ТЕЧЬ НА ОТВОДЕ В КВ 6.\nП.1 КВ 2 - ОСМОТРЕЛИ, СУХО, ЗАЛИВА НЕТ, ИЗ КВ 2 УШЛИ.\n"
          + SIG_Z2, "koi8-r", "8bit"),
    R("different statuses: П.3 on site, П.1 finished"), cs="koi8-r")

t = d(27, 1, 55)
add(t, ZOYA, "930809 П.2 И П.3",
    plain("П.2 И П.3 - УБ. 01:50.\nОТВОД ГВС В КВ 6 ЗАМЕНЕН (МЕДЬ 15 НА ПП 20 С ПЕРЕХОДОМ), СТОЯК ГВС ЗАПУЩЕН 01:35.\n"
          + SIG_Z, "koi8-r", "base64"),
    D("930809", ["2", "3"], LEFT, "П.2 and П.3 left 01:50"), cs="koi8-r")

t = d(27, 10, 30)
inner_t = d(27, 10, 14)
inner = ("From: Mihalych <v.sazonov.avs@mail.ru>\nTo: office@piteravariyka.ru\nSubject: 930809 poz.1\n"
         f"Date: {format_datetime(inner_t)}\nMessage-ID: {msgid('mailru', inner_t)}\nMIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n"
         "930809 poz.1 kv 2: priehal 9:40, potolok suhoj, pyaten net, uehal 10:10.\nMihalych\n")
add(t, OFFICE, "FW: 930809 poz.1",
    multipart("mixed", [outlook_alt("Пересылаю отчёт Сазонова по Гороховой, во вложении.\n" + SIG_O),
                        b"Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename=\"930809 poz.1.eml\"\n\n"
                        + inner.encode("ascii")]),
    D("930809", ["1"], LEFT, "forward as message/rfc822 attachment: arrived 9:40, left 10:10 -> убыл"),
    kind="outlook", mailer=OUTLOOK, cs="utf-8", subj_how="q")

# ---------------- bulk and calendar (ignored)
t = d(10, 10, 0)
news_html = html_wrap(
    "<h2>Готовы к зиме?</h2><p>Промывка и опрессовка систем отопления для УК и ТСЖ - <b>скидка 15%</b> до 30 ноября.</p>"
    "<ul><li>гидропневматическая промывка - от 12 руб./м&sup3;</li><li>опрессовка ИТП - от 9 500 руб.</li>"
    "<li>круглосуточный аварийный выезд - 3 500 руб.</li></ul>"
    "<p>Заявки: (812) 407-22-10, office@piteravariyka.ru</p>"
    "<p style='font-size:9pt;color:#888'>Вы получили это письмо, так как являетесь клиентом ООО «Питерская аварийка». "
    "<a href='https://piteravariyka.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru'>Отписаться</a></p>")
news_txt = ("Готовы к зиме?\nПромывка и опрессовка систем отопления для УК и ТСЖ - скидка 15% до 30 ноября.\n"
            "- гидропневматическая промывка - от 12 руб./м3\n- опрессовка ИТП - от 9 500 руб.\n"
            "- круглосуточный аварийный выезд - 3 500 руб.\nЗаявки: (812) 407-22-10, office@piteravariyka.ru\n"
            "Отписаться: https://piteravariyka.ru/unsubscribe\n")
add(t, NEWS, "Промывка отопления со скидкой 15% - только до 30 ноября",
    multipart("alternative", [plain(news_txt, "utf-8", "base64"), leaf("text/html", news_html, "utf-8", "base64")]),
    I("marketing bulk mail"), kind="other", mailer="Sendsay", cs="utf-8",
    extra_headers=["Precedence: bulk", "List-Id: <clients.piteravariyka.ru>",
                   "List-Unsubscribe: <mailto:unsubscribe@piteravariyka.ru?subject=unsubscribe>, "
                   "<https://piteravariyka.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"])

t = d(25, 14, 5)
ics = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ирина Лебедева:mailto:office@piteravariyka.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по аварийным выездам за ноябрь\r\n"
       "DTSTART;TZID=Russian Standard Time:20261130T110000\r\nDTEND;TZID=Russian Standard Time:20261130T120000\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6@zakazchik-omis.ru\r\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "LOCATION;LANGUAGE=ru-RU:Переговорная 2\r\nDTSTAMP:20261125T110500Z\r\nSEQUENCE:0\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
add(t, OFFICE, "Принято: Совещание по аварийным выездам за ноябрь",
    multipart("alternative", [plain("", "utf-8", "quoted-printable"),
                              leaf("text/calendar", ics, "utf-8", "base64", "; method=REPLY")]),
    I("calendar meeting response generated by Outlook"), kind="outlook", mailer=OUTLOOK, cs="utf-8", subj_how="q")

# =================================================================== write
letters.sort(key=lambda x: x[0])
labels = {}
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
for i, (t, raw, label) in enumerate(letters, 1):
    name = f"{i:03d}.eml"
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(raw)
    labels[name] = label
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ООО «Питерская аварийка» (АВС, аварийно-восстановительная служба)",
        "emails": ["dispetcher@piteravariyka.ru", "office@piteravariyka.ru", "news@piteravariyka.ru",
                   "MAILER-DAEMON@piteravariyka.ru", "v.sazonov.avs@mail.ru"],
        "domains": ["piteravariyka.ru"],
    },
    "requests": [
        {"number": "930114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T23:40:00+03:00",
         "comment": "Лиговский пр. 44: 1 - кв. 17 течь с потолка; 2 - стояк ХВС 2-я парадная; 3 - подвал, затопление"},
        {"number": "930127", "positions": ["1"], "registered_at": "2026-11-03T01:55:00+03:00",
         "comment": "ул. Марата 63, кв. 5 - течь радиатора"},
        {"number": "930203", "positions": ["1", "2"], "registered_at": "2026-11-05T21:10:00+03:00",
         "comment": "Гражданский пр. 111 к.2: 1 - стояк ГВС кв. 41-45; 2 - подвал, ИТП"},
        {"number": "930218", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-07T00:30:00+03:00",
         "comment": "Новочеркасский пр. 12: 1 - кв. 8, 2 - кв. 12, 3 - кв. 16 (стояк отопления); 4 - подвал, лежак отопления"},
        {"number": "930305", "positions": ["1"], "registered_at": "2026-11-09T19:45:00+03:00",
         "comment": "7-я линия В.О. 34, подвал - прорыв магистрали ХВС"},
        {"number": "930341", "positions": ["1", "2"], "registered_at": "2026-11-10T22:20:00+03:00",
         "comment": "Будапештская ул. 71 к.1: 1 - кв. 88 залитие; 2 - кв. 92 (источник)"},
        {"number": "930402", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T03:05:00+03:00",
         "comment": "Большой пр. П.С. 22: 1 - стояк канализации кв. 3-15; 2 - кв. 11; 3 - подвал"},
        {"number": "930460", "positions": ["1"], "registered_at": "2026-11-13T23:50:00+03:00",
         "comment": "пр. Дыбенко 26 к.3, засор стояка канализации, 1-я парадная"},
        {"number": "930517", "positions": ["1", "2"], "registered_at": "2026-11-16T08:30:00+03:00",
         "comment": "Ленинский пр. 140: 1 - кв. 204 нет отопления; 2 - тех. этаж, воздушники"},
        {"number": "930588", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T21:40:00+03:00",
         "comment": "Садовая ул. 53: 1 - стояк ХВС кв. 3-19; 2 - кв. 7; 3 - подвал"},
        {"number": "930650", "positions": ["1"], "registered_at": "2026-11-21T02:10:00+03:00",
         "comment": "Кронверкский пр. 15, кв. 31 - срыв гибкой подводки"},
        {"number": "930733", "positions": ["1", "2"], "registered_at": "2026-11-23T18:00:00+03:00",
         "comment": "пр. Ветеранов 101: 1 - стояк отопления кв. 45-61; 2 - подвал, элеваторный узел"},
        {"number": "930809", "positions": ["1", "2", "3"], "registered_at": "2026-11-26T22:35:00+03:00",
         "comment": "Гороховая ул. 47: 1 - кв. 2; 2 - кв. 6; 3 - стояк ГВС"},
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(letters), Counter(v["expect"] for v in labels.values()))
