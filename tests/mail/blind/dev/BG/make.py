#!/usr/bin/env python3
"""Generator for the ООО «СветоФор-Сервис» (Краснодар) test letters.

Writes registry.json, letters/NNN.eml and labels.json next to this script.
Raw RFC 5322 bytes are assembled by hand so that every letter keeps the
charset / transfer encoding its mail client would really use:
  * Telegram-to-mail bot ........ UTF-8, base64, Date in UTC
  * foreman, Gmail on Android ... multipart/alternative UTF-8 (7bit for translit, base64 for Cyrillic)
  * roads-department duty officer (Outlook) ... windows-1251, quoted-printable
  * contractor office (The Bat!) ... KOI8-R, 8bit / QP
  * chief engineer (Thunderbird) ... UTF-8, quoted-printable
"""
import base64
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
UTC = timezone.utc
rnd = random.Random(64000)

DISPATCH = "dispatch@zakazchik-omis.ru"
BOT = ("СветоФор Telegram-бот", "tg-bot@svetofor-service.ru")
FOREMAN = ("Сергей Коваленко", "kovalenko.sv.krd@gmail.com")
OFFICE = ("Диспетчерская СветоФор-Сервис", "disp@svetofor-service.ru")
ENGINEER = ("Тарасов Игорь Николаевич", "tarasov@svetofor-service.ru")
DUTY = ("Дежурный диспетчер МКУ КГД", "dezhurny@krd-dorogi.ru")
NEWS = ("СветоФор-Сервис", "news@svetofor-service.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@svetofor-service.ru")

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def T(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def gmail_attr(d, name, email):
    return f"{WD[d.weekday()]}, {d.day} нояб. {d.year} г. в {d:%H:%M}, {name} <{email}>:"


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- MIME helpers
def hdr(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode(maxlinelen=76)


def addr(pair, cs="utf-8"):
    return formataddr(pair, charset=cs)


def leaf(text, subtype="plain", cs="utf-8", cte="base64", extra=""):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        if cte == "7bit":
            raw.decode("ascii")
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    h = f'Content-Type: text/{subtype}; charset="{cs}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
    return h.encode("ascii") + body


def multipart(subtype, parts, params=""):
    b = "----=_Part_%d_%d" % (rnd.randint(10**6, 10**7), rnd.randint(10**8, 10**9))
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"{params}\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n\n" if subtype != "alternative" else b""
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def message(frm, to, subject, date, entity, cs="utf-8", mid=None, extra=None, cc=None):
    h = [
        ("From", addr(frm, cs)),
        ("To", to),
    ]
    if cc:
        h.append(("Cc", cc))
    h += [
        ("Subject", hdr(subject, cs)),
        ("Date", format_datetime(date)),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
    ]
    for k, v in (extra or []):
        h.append((k, v))
    head = "".join(f"{k}: {v}\n" for k, v in h)
    return head.encode("ascii") + entity


# ------------------------------------------------------------- per-client styles
def mid_gmail():
    s = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") for _ in range(46))
    return f"<CAH{s}@mail.gmail.com>"


def mid_outlook():
    return "<%012x$%08x$%08x$@krd-dorogi.ru>" % (rnd.getrandbits(48), rnd.getrandbits(32), rnd.getrandbits(32))


def mid_bat(d):
    return f"<{rnd.randint(10**8, 10**9)}.{d:%Y%m%d%H%M%S}@svetofor-service.ru>"


def mid_bot(chat, n):
    return f"<tg2mail.{chat}.{n}.{rnd.getrandbits(32):08x}@svetofor-service.ru>"


MSGIDS = {}


def bot(key, d_local, chat, lines, brigade):
    """Telegram bot mail. lines: list of (time, author, text)."""
    n = len(lines)
    head = f"💬 {chat}" + (f" · новых сообщений: {n}" if n > 1 else "")
    body = [head, ""]
    for t, who, txt in lines:
        body.append(f"[{t}] {who}: {txt}")
    body += ["", "--", "@svetofor_mail_bot · пересылка сообщений из Telegram на почту"]
    text = "\n".join(body) + "\n"
    mid = mid_bot(chat.split()[1] if chat.startswith("Бригада") else "x", rnd.randint(1000, 9999))
    ent = leaf(text, cs="utf-8", cte="base64")
    raw = message(BOT, DISPATCH, f"Сообщение из Telegram от {brigade}", d_local.astimezone(UTC), ent,
                  mid=mid, extra=[("X-Mailer", "svetofor-tg2mail/1.4")])
    MSGIDS[key] = mid
    return raw, d_local, text


def gmail(key, d, subject, text, to=DISPATCH, cc=None, reply_to_key=None, quoted=None):
    """Foreman, Gmail for Android. quoted = (date, name, email, text) of the quoted letter."""
    plain = text.rstrip("\n") + "\n"
    html = '<div dir="auto">' + "<br>".join(text.rstrip("\n").split("\n")) + "</div>"
    if quoted:
        qd, qn, qe, qt = quoted
        plain += "\n" + gmail_attr(qd, qn, qe) + "\n" + quote(qt) + "\n"
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 + gmail_attr(qd, qn, qe).replace("<", "&lt;").replace(">", "&gt;")
                 + '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                 'border-left:1px #ccc solid;padding-left:1ex">'
                 + "<br>".join(qt.strip("\n").split("\n")) + "</blockquote></div>")
    html += "\n"
    ascii_only = all(ord(c) < 128 for c in plain + html)
    cte = "7bit" if ascii_only else "base64"
    ent = multipart("alternative", [leaf(plain, "plain", "UTF-8", cte),
                                    leaf(html, "html", "UTF-8", "quoted-printable" if not ascii_only else "7bit")])
    mid = mid_gmail()
    extra = []
    if reply_to_key:
        extra += [("In-Reply-To", MSGIDS[reply_to_key]), ("References", MSGIDS[reply_to_key])]
    raw = message(FOREMAN, to, subject, d, ent, mid=mid, extra=extra, cc=cc)
    MSGIDS[key] = mid
    return raw, d, plain


def outlook(key, d, subject, text, html_text=None, reply_to_key=None, to=DISPATCH, cc=None, frm=DUTY):
    """Duty officer, Outlook 2016, windows-1251 QP, multipart/alternative."""
    cs = "windows-1251"
    try:
        (text + (html_text or "") + subject).encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"  # Outlook switches to UTF-8 when the text has emoji
    plain = text.rstrip("\n") + "\n"
    src = (html_text or text).rstrip("\n")
    paras = "".join(f'<p class="MsoNormal">{(l or "&nbsp;")}</p>\n' for l in
                    src.replace("<", "&lt;").replace(">", "&gt;").split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="RU" link="#0563C1"><div class="WordSection1">\n' + paras + '</div></body></html>\n')
    ent = multipart("alternative", [leaf(plain, "plain", cs, "quoted-printable"),
                                    leaf(html, "html", cs, "quoted-printable")])
    mid = mid_outlook()
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", base64.b64encode(rnd.randbytes(22)).decode()),
             ("Content-Language", "ru")]
    if reply_to_key:
        extra = [("In-Reply-To", MSGIDS[reply_to_key]), ("References", MSGIDS[reply_to_key])] + extra
    raw = message(frm, to, subject, d, ent, cs=cs, mid=mid, extra=extra, cc=cc)
    MSGIDS[key] = mid
    return raw, d, plain


KOI8_FIX = {"№": "N", "«": '"', "»": '"', "—": "-", "–": "-", "…": "..."}


def k8(s):
    """What a KOI8-R client leaves of the typography."""
    for a, b in KOI8_FIX.items():
        s = s.replace(a, b)
    s.encode("koi8-r")
    return s


def thebat(key, d, subject, text, cte="8bit", reply_to_key=None, frm=OFFICE):
    cs = "koi8-r"
    subject, text = k8(subject), k8(text)
    ent = leaf(text.rstrip("\n") + "\n", "plain", cs, cte)
    mid = mid_bat(d)
    extra = [("X-Mailer", "The Bat! (v9.4.5) Professional"), ("Organization", hdr(k8("ООО «СветоФор-Сервис»"), cs))]
    if reply_to_key:
        extra = [("In-Reply-To", MSGIDS[reply_to_key]), ("References", MSGIDS[reply_to_key])] + extra
    raw = message(frm, DISPATCH, subject, d, ent, cs=cs, mid=mid, extra=extra)
    MSGIDS[key] = mid
    return raw, d, text


def thunderbird(key, d, subject, text, frm=ENGINEER, cc=None):
    ent = leaf(text.rstrip("\n") + "\n", "plain", "UTF-8", "quoted-printable", extra="; format=flowed")
    mid = "<%s-%s@svetofor-service.ru>" % (rnd.getrandbits(32), rnd.getrandbits(24))
    raw = message(frm, DISPATCH, subject, d, ent, mid=mid, cc=cc,
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
                         ("Content-Language", "ru")])
    MSGIDS[key] = mid
    return raw, d, text


# ====================================================================== REGISTRY
REQUESTS = [
    ("64017", ["1", "2", "3"], "2026-11-02 08:30",
     "СО-112 ул. Красная — ул. Северная: 1 — светофорные головки Т.1–Т.4, 2 — контроллер, 3 — табло обратного отсчёта"),
    ("64105", ["1", "2"], "2026-11-03 01:40",
     "Ночной вызов, ДТП: СО-47 ул. Ставропольская — ул. Старокубанская, снесена опора. 1 — опора со светофором Т.2, 2 — кабельная линия"),
    ("64230", ["1", "2"], "2026-11-04 09:15",
     "Освещение пешеходных переходов ул. Северная: 1 — у д. 310, 2 — у д. 405"),
    ("64388", ["1", "2"], "2026-11-05 10:00",
     "СО-205 ул. Тургенева — ул. Дзержинского, отказ контроллера К-3: 1 — замена контроллера, 2 — детекторы транспорта"),
    ("64412", ["1", "2", "3", "4"], "2026-11-06 11:20",
     "Замена дорожных знаков ул. Уральская (4 места), перекрытие правой полосы по согласованию с ГИБДД"),
    ("64590", ["1"], "2026-11-09 07:50",
     "Светофор Т.7 на пешеходном переходе ул. Московская, 42 — не горит зелёный"),
    ("64777", ["1", "2", "3"], "2026-11-12 23:55",
     "Ночной вызов, ДТП: СО-318 ул. Восточно-Кругликовская — ул. 70-летия Октября, снесена опора. 1 — опора с Т.3/Т.4, 2 — контроллер, 3 — кабель"),
    ("65003", ["1", "2"], "2026-11-13 14:10",
     "Табло обратного отсчёта пр. Чекистов — ул. Бульварное Кольцо не работают: 1 — ТООВ направление 1, 2 — ТООВ направление 2"),
    ("65120", ["1", "2", "3", "4"], "2026-11-16 09:00",
     "Реконструкция СО Ростовское ш. — ул. Зиповская, ночные работы с перекрытием полосы (ГИБДД): 1 — контроллер, 2 — Т.1/Т.2, 3 — Т.5/Т.6, 4 — табло"),
    ("65248", ["1", "2", "3"], "2026-11-18 08:40",
     "Освещение пешеходных переходов ул. Ставропольская: 1 — у д. 107, 2 — у д. 149, 3 — у д. 222"),
    ("65501", ["1", "2"], "2026-11-20 22:30",
     "После ДТП сбиты знаки ул. Красных Партизан — ул. Тургенева: 1 — знак 2.1, 2 — знаки 5.19.1/5.19.2"),
    ("65760", ["1", "2"], "2026-11-23 06:45",
     "СО-64 ул. Северная — ул. Длинная, жёлтое мигание: 1 — контроллер, 2 — светофоры Т.1–Т.6"),
    ("65890", ["1", "2"], "2026-11-25 10:30",
     "Пешеходный переход ул. Уральская, 144 — нет питания: 1 — светофоры Т.7/Т.8, 2 — освещение перехода"),
]

# ======================================================================= LETTERS
L = []  # (raw, date, label)


def add(res, label):
    raw, d, _ = res
    L.append((raw, d, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PRI, PUT, MES, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
B1, B2, B3 = "Бригада 1 — СветоФор", "Бригада 2 — СветоФор", "Бригада 3 — СветоФор"
AM, RT, VG, OB, DS = "Андрей Мищенко", "Руслан Ткач", "Виталий Гончаренко", "Олег Бондарь", "Денис Шевчук"

# ---------------------------------------------------------------- 64017
t = T("2026-11-02 09:05")
add(thebat("o64017", t, "Заявка № 64017 принята", """\
Добрый день!

Заявку № 64017 (СО-112, ул. Красная — ул. Северная) приняли в работу.
Бригада 2 выйдет после обеда, старший — Мищенко А., тел. +7 918 264-01-17.

--
С уважением,
Наталья Сердюк, диспетчер
ООО «СветоФор-Сервис»
350000, г. Краснодар, ул. Демуса, 14, тел. (861) 259-64-18
"""), D("64017", [], PRI, "office (The Bat!, KOI8-R) accepts the whole request; phone numbers contain 64-01-17 / 64-18"))

add(bot("b1", T("2026-11-02 13:40"), B2, [("13:38", AM, "Выехали на Красную/Северную по 64017 🚐")], "Бригада 2"),
    D("64017", [], PUT, "crew message via bot: выехали на объект"))

add(bot("b2", T("2026-11-02 14:25"), B2, [
    ("14:05", AM, "64017 на месте 📍 СО-112"),
    ("14:07", AM, "📷 Фото"),
    ("14:21", RT, "шкаф вскрыли, начинаем диагностику"),
], "Бригада 2"), D("64017", [], MES, "chat dump, arrival, work in progress; СО-112 is an object code"))

add(gmail("f64017a", T("2026-11-02 17:52"), "64017", """\
kontroller na SO-112 pomenyali (poz 2), rezhim vosstanovlen 17:30.
tablo poz 3 zavtra s utra, platy net na sklade
Kovalenko"""), D("64017", ["2"], UB, "translit: controller replaced, режим восстановлен for poz 2; poz 3 only planned"))

add(bot("b3", T("2026-11-03 11:30"), B2, [
    ("09:12", AM, "Выдвигаемся на Красную, табло по 64017"),
    ("09:49", AM, "На месте"),
    ("10:30", RT, "плату ТООВ-12С поставили, пока не считает 🤔"),
    ("11:27", RT, "Табло поз.3 запустили ✅ отсчёт идёт, уезжаем"),
], "Бригада 2"), D("64017", ["3"], UB, "chat dump; last message: поз.3 done, leaving"))

DUTY_Q1 = """\
Коллеги, добрый день.

По заявке 64017 бригада отчиталась по контроллеру и табло, а по позиции 1 (головки Т.1–Т.4) что? С утра звонят жители, Т.3 моргает красным.
Прошу сообщить сроки.

Дежурный диспетчер
Петренко Е.В.
МКУ «Краснодарские городские дороги»
тел. 8 (861) 992-41-05"""
t_q1 = T("2026-11-03 12:10")
add(outlook("d64017q", t_q1, "Заявка 64017 позиция 1 ?", DUTY_Q1, cc=FOREMAN[1]),
    R("duty officer asks about position 1; no status reported"))

add(gmail("f64017b", T("2026-11-03 15:20"), "Re: Заявка 64017 позиция 1 ?",
          "Po 1 poz uzhe na meste, menyaem linzu T.3, tam treshina",
          reply_to_key="d64017q", quoted=(t_q1, DUTY[0], DUTY[1], DUTY_Q1)),
    D("64017", ["1"], MES, "reply under Gmail quote; new text: poz 1 on site"))

add(bot("b4", T("2026-11-03 16:45"), B2, [("16:40", RT, "64017 п1 — Т.3 заменили, всё горит 👍 бригада свободна")], "Бригада 2"),
    D("64017", ["1"], UB, "result + бригада свободна"))

# ---------------------------------------------------------------- 64105 (night accident)
add(bot("b5", T("2026-11-03 01:52"), B2, [
    ("01:51", AM, "🎤 Голосовое сообщение (0:14)\n🎤 Расшифровка: Выехали на Ставропольскую угол Старокубанской там ДТП опору снесли заявка 64 105 будем минут через 20-25"),
], "Бригада 2"), D("64105", [], PUT, "night call, voice transcription, number split '64 105'; bot Date header is in UTC (previous day)"))

add(bot("b6", T("2026-11-03 02:31"), B2, [
    ("02:24", AM, "На месте. Опора лежит на газоне, Т.2 в хлам, ДПС оформляет 🚓"),
    ("02:29", AM, "ставим ограждение, СО-47 обесточили от греха"),
], "Бригада 2"), R("arrival reported but no request number at all (only address/object code СО-47)"))

add(gmail("f64105", T("2026-11-03 02:44"), "dtp stavropolskaya 64105", """\
na meste s 2:25. poz 1 i 2 rabotaem - opora lezhit, kabel porvan u osnovaniya.
zhdem avtovyshku E 650 EK 93, budet k 3:30"""),
    D("64105", ["1", "2"], MES, "translit, on site for poz 1 and 2; car plate is not a number to use"))

FWD_BOT_64105 = """\
💬 Бригада 2 — СветоФор

[07:15] Андрей Мищенко: Опору поставили (временная), Т.2 повесили новый, кабель срастили — СО-47 в режиме ✅ Убываем."""
add(outlook("d64105", T("2026-11-03 07:40"), "FW: Сообщение из Telegram от Бригада 2", f"""\
Пересылаю отчёт бригады, заявка 64105.

Лысенко Д.А., дежурный (ночная смена)

От: СветоФор Telegram-бот <tg-bot@svetofor-service.ru>
Отправлено: 3 ноября 2026 г. 7:16
Кому: dezhurny@krd-dorogi.ru
Тема: Сообщение из Telegram от Бригада 2

{FWD_BOT_64105}
"""), D("64105", [], UB, "duty officer forwards bot report (Outlook header block): убываем"))

# ---------------------------------------------------------------- 64230
t_o230 = T("2026-11-04 09:40")
O230 = """\
Заявка 64230 принята.
Освещение пешеходных переходов у д. 310 и д. 405 по ул. Северной.
Выезд бригады 2 планируем на завтра, 10:00.

Наталья, диспетчерская"""
O230 = k8(O230)
add(thebat("o64230", t_o230, "ул. Северная, 310 / 405 (64230)", O230, cte="quoted-printable"),
    D("64230", [], PRI, "accepted; number in brackets after the address in subject; departure is only a plan"))

add(bot("b7", T("2026-11-05 10:05"), B2, [("10:02", AM, "Едем на Северную 310 👷 (64230 п.1)")], "Бригада 2"),
    D("64230", ["1"], PUT, "едем = travelling now; 310 is a house number"))

# duty officer question about 64388 (arrives between)
DUTY_Q2 = """\
Для СветоФор-Сервис.

Заявка 64388: СО-205 ул. Тургенева — ул. Дзержинского, контроллер К-3 в отказе с 04:20, объект в жёлтом мигании.
Когда будет бригада? На перекрёстке регулирует экипаж ДПС, долго они стоять не будут.

Петренко Е.В., дежурный диспетчер
МКУ «Краснодарские городские дороги»"""
t_q2 = T("2026-11-05 10:30")
add(outlook("d64388q", t_q2, "Тургенева / Дзержинского — отказ контроллера", DUTY_Q2, to=f"{DISPATCH}, {OFFICE[1]}"),
    R("duty officer asks when the crew comes; К-3/СО-205 are object codes"))

add(thebat("o64388", T("2026-11-05 11:00"), "Re: Тургенева / Дзержинского — отказ контроллера", f"""\
Здравствуйте, Елена Викторовна.

Приняли, заявка 64388 в работе. Бригада 1 выезжает в 13:00, контроллер ДКС-2 на складе есть.

Вы писали 5 ноября 2026 г., 10:30:

{quote(DUTY_Q2.split(chr(10)+chr(10))[1], "ЕП> ")}

--
Наталья Сердюк
ООО «СветоФор-Сервис»
""", reply_to_key="d64388q"), D("64388", [], PRI, "The Bat! reply with initials-prefixed quote; accepted, departure is a plan"))

add(bot("b8", T("2026-11-05 12:50"), B2, [
    ("10:31", RT, "64230 на месте п.1"),
    ("11:55", RT, "п1 прожектор заменили, светит 💡"),
    ("12:47", AM, "переехали на 405, по п.2 на месте"),
], "Бригада 2"), R("mixed statuses in one letter: p.1 finished, p.2 on site (mixed #1)"))

add(bot("b9", T("2026-11-05 13:10"), "Бригада 1 — СветоФор", [("13:06", VG, "выехали на Тургенева по 64388 🚗 новый контроллер с собой")], "Бригада 1"),
    D("64388", [], PUT, "выехали на = on the way"))

add(bot("b10", T("2026-11-05 13:52"), B1, [
    ("13:50", VG, "🎤 Голосовое сообщение (0:19)\n🎤 Расшифровка: Всё мы на Тургенева Дзержинского по заявке 64388 но тут света нет вообще шкаф обесточен ждём сетевиков работать не можем"),
], "Бригада 1"), D("64388", [], MES, "crew arrived but power is off: on site"))

add(gmail("f64230", T("2026-11-05 15:30"), "Re: ул. Северная, 310 / 405 (64230)",
          "p.2 tozhe gotovo, uehali s severnoy v 15:10", reply_to_key="o64230",
          quoted=(t_o230, OFFICE[0], OFFICE[1], O230)),
    D("64230", ["2"], UB, "uehali s (from) Severnaya; quoted acceptance ignored"))

t_f388 = T("2026-11-05 17:40")
F388 = """\
kontroller zamenili, K-3 snyali, postavili DKS-2. rezhim vosstanovlen v 17:20, svet dali v 15:40.
detektory (poz 2) zavtra"""
add(gmail("f64388a", t_f388, "64388 poz1", F388),
    D("64388", ["1"], UB, "position in subject 'poz1', controller replaced, режим восстановлен; poz 2 planned"))

add(gmail("f64388b", T("2026-11-06 11:05"), "Re: 64388 poz1",
          "По второй позиции детекторы перенастроили, всё видит, уехали в 10:50.",
          reply_to_key="f64388a", quoted=(t_f388, FOREMAN[0], FOREMAN[1], F388)),
    D("64388", ["2"], UB, "'по второй позиции' in body overrides poz1 of the subject"))

# ---------------------------------------------------------------- 64412 (lane closure)
add(thunderbird("e64412", T("2026-11-06 14:00"), "64412 — согласование перекрытия с ГИБДД", """\
Добрый день.

По заявке 64412 (замена знаков на ул. Уральской, 4 места) требуется перекрытие правой полосы.
Схему ОДД направили в ОГИБДД УМВД России по г. Краснодару письмом исх. № 318 от 06.11.2026, ждём согласования.
Работы предварительно планируем на 10.11 с 22:00.

--
Главный инженер
Тарасов И.Н.
ООО «СветоФор-Сервис», ИНН 2311264017, КПП 231101001
"""), R("plan only: waiting for traffic police approval; INN contains 264017"))

# ---------------------------------------------------------------- 64590
add(bot("b11", T("2026-11-09 08:40"), B2, [("08:37", AM, "64590 Т.7 на Московской — приняли, едем")], "Бригада 2"),
    D("64590", [], PUT, "приняли, едем: latest = on the way"))

add(bot("b12", T("2026-11-09 09:30"), B2, [("09:28", RT, "Московская 42, Т.7 (64590) — н\u0061 м\u0065\u0063те. Зелёный не горит, смотрим блок питания")], "Бригада 2"),
    D("64590", [], MES, "Latin a/e/c look-alikes inside 'нa мecте'"))

add(outlook("d64590", T("2026-11-09 12:15"), "FW: Moskovskaya 42 T7", """\
Пересылаю отчёт бригады, заявка 64590. Принял, отмечаю у себя.

Лысенко

-----Original Message-----
From: Сергей Коваленко [mailto:kovalenko.sv.krd@gmail.com]
Sent: Monday, November 9, 2026 12:08 PM
To: dezhurny@krd-dorogi.ru
Subject: Moskovskaya 42 T7

Т.7 — секцию зелёного заменили, цикл проверили, работает. Бригада выехала с Московской в 12:05.
"""), D("64590", [], UB, "forwarded foreman report (-----Original Message-----): выехала С Московской = left"))

DUTY_GIBDD = """\
ОГИБДД согласовало перекрытие правой полосы ул. Уральской по заявке 64412: 10.11.2026 с 22:00 до 05:00 (ответ ГИБДД № 12/4-3655 от 09.11.2026).
Прошу подтвердить выход бригады.

Лысенко Д.А.
дежурный диспетчер МКУ «Краснодарские городские дороги»"""
t_gibdd = T("2026-11-09 16:00")
add(outlook("d64412", t_gibdd, "Перекрытие по 64412 согласовано", DUTY_GIBDD, cc=FOREMAN[1]),
    R("lane closure approved for the future; asks for confirmation"))

add(gmail("f64412", T("2026-11-09 16:20"), "Re: Перекрытие по 64412 согласовано",
          "podtverzhdayu, brigada 3 vyjdet 10.11 v 21:30, znaki i stojki uzhe na baze",
          reply_to_key="d64412", quoted=(t_gibdd, DUTY[0], DUTY[1], DUTY_GIBDD)),
    R("promise/plan: brigade will go out tomorrow"))

add(gmail("f64701", T("2026-11-10 08:15"), "64701 poz 1", "64701 poz 1 na meste, nachali"),
    R("request 64701 is not in the registry"))

add(bot("b13", T("2026-11-10 21:50"), "Бригада 3 — СветоФор", [("21:47", OB, "Выехали на Уральскую, знаки, 64412. Везём 4 стойки 🚛")], "Бригада 3"),
    D("64412", [], PUT, "on the way to the lane-closure job"))

add(bot("b14", T("2026-11-11 01:18"), B3, [
    ("22:20", OB, "64412 на месте, ставим конусы, ДПС подъехали"),
    ("23:40", DS, "п1 и п2 знаки стоят"),
    ("01:10", DS, "п3 п4 тоже поставили. Снимаем ограждение, полосу открыли ✅"),
    ("01:14", OB, "уехали"),
], "Бригада 3"), D("64412", ["1", "2", "3", "4"], UB, "chat dump across midnight; all four positions done, last message уехали"))

t = T("2026-11-11 01:19")
err = """\
⚠ Не удалось переслать вложение из чата «Бригада 3 — СветоФор».

Файл: photo_2026-11-11_01-12-44.jpg
Причина: превышен допустимый размер вложения (20 МБ).
Код ошибки: ATTACH_TOO_LARGE

Это автоматическое уведомление, отвечать на него не нужно.
--
svetofor-tg2mail/1.4
"""
add((message(BOT, DISPATCH, "Ошибка пересылки из Telegram", t.astimezone(UTC), leaf(err), mid=mid_bot("err", 1),
             extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "svetofor-tg2mail/1.4")]), t, err),
    I("bot error notice, machine generated"))

# ---------------------------------------------------------------- 64777 (night accident)
add(bot("b15", T("2026-11-13 00:08"), B2, [
    ("00:06", AM, "🎤 Голосовое сообщение (0:21)\n🎤 Расшифровка: Дежурный позвонил ДТП на Восточно-Кругликовской угол 70 лет Октября снесли опору заявку 64777 приняли собираемся выезжаем через 10 минут"),
], "Бригада 2"), D("64777", [], PRI, "night call accepted; 'выезжаем через 10 минут' is still a plan"))

t = T("2026-11-13 00:31")
err2 = """\
⚠ Голосовое сообщение из чата «Бригада 2 — СветоФор» переслано без расшифровки.

Длительность: 0:09
Причина: сервис распознавания речи недоступен (HTTP 503), повторная попытка не удалась.
Аудиофайл во вложение не добавлен.

Это автоматическое уведомление.
--
svetofor-tg2mail/1.4
"""
add((message(BOT, DISPATCH, "Ошибка пересылки из Telegram", t.astimezone(UTC), leaf(err2), mid=mid_bot("err", 2),
             extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "svetofor-tg2mail/1.4")]), t, err2),
    I("bot error notice: speech recognition failed"))

add(gmail("f64777a", T("2026-11-13 00:35"), "64777", "edem, min 10. gazel A 645 OR 123"),
    D("64777", [], PUT, "foreman: edem (travelling now); car plate"))

add(bot("b16", T("2026-11-13 01:40"), B2, [
    ("00:47", AM, "На месте 64777. Опора с Т.3/Т.4 лежит поперёк тротуара 😬"),
    ("00:52", RT, "машину уже эвакуировали, ДПС уехали"),
    ("01:38", AM, "СО-318 в жёлтом мигании, контроллер живой, ждём кран под опору"),
], "Бригада 2"), D("64777", [], MES, "chat dump; 'ДПС уехали' is the police, not the crew; crew still on site"))

DUTY_Q3 = """\
Доброе утро.
Ночная заявка 64777 — опору поставили? В 8 утра там пробка будет, надо успеть до часа пик.

Петренко Е.В."""
t_q3 = T("2026-11-13 07:10")
add(outlook("d64777q", t_q3, "Ночная заявка 64777", DUTY_Q3, cc=FOREMAN[1]), R("duty officer question, no status"))

add(gmail("f64777b", T("2026-11-13 07:25"), "Re: Ночная заявка 64777",
          "poz 1,2,3 gotovo. opora stoit, T3 T4 povesili, kabel sroshchen, rezhim vosstanovlen v 6:50. vse uehali",
          reply_to_key="d64777q", quoted=(t_q3, DUTY[0], DUTY[1], DUTY_Q3)),
    D("64777", ["1", "2", "3"], UB, "translit reply: all three positions done, vse uehali"))

# ---------------------------------------------------------------- 65003
html65003 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Добрый день!</p>
<p>Заявка <b>65003</b> (табло обратного отсчёта, пр. Чекистов — ул. Бульварное Кольцо) <b>принята в работу</b>.</p>
<p>Выезд бригады 1 ориентировочно 16.11, нужна плата ТООВ, заказали у поставщика (счёт № 4471 от 13.11.2026).</p>
<p style="color:#777">--<br>Диспетчерская ООО «СветоФор-Сервис»<br>тел. (861) 259-64-18, 8-800-550-65-03 (круглосуточно)</p>
</body></html>
"""
t = T("2026-11-13 15:00")
add((message(OFFICE, DISPATCH, "Заявка 65003 — принята", t, leaf(html65003, "html", "utf-8", "base64"),
             mid=mid_bat(t), extra=[("X-Mailer", "Roundcube Webmail/1.6.9")]), t, html65003),
    D("65003", [], PRI, "HTML-only letter from webmail; hotline 8-800-550-65-03 and invoice number are not requests"))

t = T("2026-11-14 09:02")
ar = """\
Здравствуйте!

Я нахожусь в командировке до 16.11.2026 включительно, почту читаю нерегулярно.
По срочным вопросам: диспетчерская disp@svetofor-service.ru, тел. (861) 259-64-18.

Тарасов И.Н.
"""
add((message(ENGINEER, DISPATCH, "Автоматический ответ: Заявка 65003 — табло Чекистов", t,
             leaf(ar, "plain", "utf-8", "quoted-printable"), mid="<autoreply.%d@svetofor-service.ru>" % rnd.getrandbits(40),
             extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]), t, ar),
    I("out-of-office auto-reply"))

add(gmail("f65003a", T("2026-11-16 08:30"), "65003", "eshe ne vyehali, gazel v remonte. brigada 1 poedet na moej, cherez chas"),
    R("negation: not left yet, only a plan"))

add(bot("b17", T("2026-11-16 09:15"), B1, [("09:11", VG, "65003 — в пути на Чекистов 🚐")], "Бригада 1"),
    D("65003", [], PUT, "в пути"))

# ---------------------------------------------------------------- 65120 (lane closure, controller)
t_o120 = T("2026-11-16 10:30")
O120 = """\
Добрый день.
Заявку 65120 получили, принята.
Перекрытие крайней правой полосы на Ростовском шоссе согласуем с ГИБДД, о дате работ сообщим дополнительно.

Наталья Сердюк, диспетчерская"""
O120 = k8(O120)
add(thebat("o65120", t_o120, "Заявка 65120 — принята", O120, cte="quoted-printable"),
    D("65120", [], PRI, "accepted, dates to be agreed"))

FWD65003 = """\
[09:40] Виталий Гончаренко: На месте
[10:15] Виталий Гончаренко: ТООВ п.1 — плата сгорела, меняем (арт. ТС-64120)
[11:35] Виталий Гончаренко: п.1 и п.2 табло считают, уезжаем 👋"""
add(gmail("f65003b", T("2026-11-16 11:45"), "Fwd: Сообщение из Telegram от Бригада 1", f"""\
65003 zakryto

---------- Forwarded message ---------
От: СветоФор Telegram-бот <tg-bot@svetofor-service.ru>
Date: пн, 16 нояб. 2026 г. в 11:41
Subject: Сообщение из Telegram от Бригада 1
To: <kovalenko.sv.krd@gmail.com>


💬 Бригада 1 — СветоФор · новых сообщений: 3

{FWD65003}
"""), D("65003", ["1", "2"], UB, "Gmail forward of a bot chat dump; part number ТС-64120 is not a request"))

add(thunderbird("e65120", T("2026-11-17 12:00"), "65120 Ростовское ш. — ГИБДД согласовало", """\
Коллеги, добрый день.

По заявке 65120 получено согласование ОГИБДД (письмо № 12/4-3781 от 17.11.2026):
перекрытие крайней правой полосы Ростовского шоссе в районе ул. Зиповской
18.11.2026 с 21:00 до 06:00, при необходимости повтор 19.11 в то же время.

Работают бригады 1 и 3, ответственный — мастер Коваленко С.В., +7 918 430-11-20.

--
Тарасов И.Н., главный инженер
""", cc=DUTY[1]), R("plan: approved closure window for future nights"))

t = T("2026-11-17 12:30")
cal_txt = "Елена Петренко приняла это приглашение.\n"
ics = """\
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Дежурный диспетчер МКУ КГД:mailto:dezhurny@krd-dorogi.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Перекрытие полосы Ростовское ш. — ул. Зиповская (заявка 65120)
DTSTART;TZID=Russian Standard Time:20261118T210000
DTEND;TZID=Russian Standard Time:20261119T060000
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5061
SEQUENCE:0
DTSTAMP:20261117T093000Z
END:VEVENT
END:VCALENDAR
"""
cal = multipart("alternative", [leaf(cal_txt, "plain", "windows-1251", "quoted-printable"),
                                leaf(ics, "calendar", "utf-8", "base64", extra='; method=REPLY')])
add((message(DUTY, DISPATCH, "Принято: Перекрытие полосы Ростовское ш. — ул. Зиповская (заявка 65120)", t, cal,
             cs="windows-1251", mid=mid_outlook(), extra=[("X-Mailer", "Microsoft Outlook 16.0")]), t, cal_txt),
    I("calendar meeting response generated by Outlook"))

# ---------------------------------------------------------------- 65248
add(thebat("o65248", T("2026-11-18 09:30"), "Принята заявка 65248", """\
Принята заявка 65248 — освещение трёх пешеходных переходов по ул. Ставропольской (д. 107, 149, 222).
Работы начнём завтра с 107-го.

--
Диспетчерская СветоФор-Сервис
"""), D("65248", [], PRI, "accepted; house numbers 107/149/222 are addresses"))

add(bot("b18", T("2026-11-18 20:55"), B3, [("20:52", OB, "Выехали на Ростовское ш. 65120, конусы загрузили 🚧")], "Бригада 3"),
    D("65120", [], PUT, "выехали на"))

add(bot("b19", T("2026-11-18 21:40"), B3, [("21:36", DS, "65120 на месте, полосу перекрыли, начинаем")], "Бригада 3"),
    D("65120", [], MES, "on site"))

add(gmail("f65120", T("2026-11-19 03:10"), "Re: Заявка 65120 — принята",
          "poz1 kontroller postavili, poz 2 golovy T1 T2 tozhe visyat.\n3 i 4 ne uspevaem, perekrytie do 6, ostavim na sleduyushuyu noch",
          reply_to_key="o65120", quoted=(t_o120, OFFICE[0], OFFICE[1], O120)),
    D("65120", ["1", "2"], UB, "old subject says принята; body: poz 1 and 2 finished, 3-4 postponed"))

add(bot("b20", T("2026-11-19 10:00"), B2, [("09:58", AM, "65248 едем на Ставропольскую (п.1, у д.107)")], "Бригада 2"),
    D("65248", ["1"], PUT, "едем = on the way; д.107 is an address"))

add(bot("b21", T("2026-11-19 14:20"), B2, [
    ("10:25", RT, "65248 на месте п1"),
    ("11:40", RT, "п1 светильники горят ✔️"),
    ("12:30", AM, "п2 (д.149) — на месте, опора без питания, РЭС отключил линию до 16:00 ⚡"),
    ("14:15", AM, "так и ждём, света нет"),
], "Бригада 2"), R("mixed statuses: p1 finished, p2 on site waiting for power (mixed #2)"))

add(gmail("f65248", T("2026-11-19 16:40"), "65248 (2)", "svet dali v 16:05, fonari goryat, zakryli, uezzhaem"),
    D("65248", ["2"], UB, "position only in subject brackets '65248 (2)'"))

add(bot("b22", T("2026-11-20 04:50"), B3, [
    ("21:05", OB, "едем на Зиповскую, 65120 вторая ночь"),
    ("21:35", OB, "на месте"),
    ("02:10", DS, "Т.5/Т.6 (поз.3) висят, светят"),
    ("04:45", OB, "ТАБЛО ПОЗ 4 ЗАПУЩЕНО, ПОЛОСУ ОТКРЫЛИ, РЕЖИМ ВОССТАНОВЛЕН. ВСЁ, УЕХАЛИ 🏠"),
], "Бригада 3"), D("65120", ["3", "4"], UB, "night chat dump; caps; last message: поз 4 done and left, поз 3 done earlier"))

# ---------------------------------------------------------------- 65501 (signs after accident)
add(bot("b23", T("2026-11-20 22:48"), B3, [
    ("22:46", OB, "🎤 Голосовое сообщение (0:11)\n🎤 Расшифровка: Принял по знакам Красных Партизан Тургенева шестьдесят пять пятьсот один едем минут через 15 будем"),
], "Бригада 3"), D("65501", [], PUT, "voice transcription, number spelled in words (65501); едем = on the way"))

add(bot("b24", T("2026-11-20 23:40"), B3, [
    ("23:05", DS, "65501 на месте"),
    ("23:38", DS, "знак 2.1 поставили на временную стойку (п.1) ✅ по 5.19 (п.2) стойка согнута, завтра привезём новую"),
], "Бригада 3"), D("65501", ["1"], UB, "п.1 done; п.2 only planned; sign codes 2.1/5.19 are not positions"))

t_f501 = T("2026-11-21 10:15")
F501 = "vyehali na krasnyh partizan so stojkoj, minut 20"
add(gmail("f65501a", t_f501, "65501 poz2 v puti", F501), D("65501", ["2"], PUT, "vyehali na (to the site)"))

add(gmail("f65501b", T("2026-11-21 10:50"), "Re: 65501 poz2 v puti", "uzhe na meste, kopaem pod stojku",
          reply_to_key="f65501a", quoted=(t_f501, FOREMAN[0], FOREMAN[1], F501)),
    D("65501", ["2"], MES, "Re: subject still says v puti, body reports arrival"))

t = T("2026-11-21 11:02")
orig = """\
From: dispatch@zakazchik-omis.ru
To: brigada4@svetofor-service.ru
Subject: """ + Header("Заявка 65501 — прошу подтвердить", "utf-8").encode() + """
Date: Sat, 21 Nov 2026 11:01:40 +0300
Message-ID: <d41.65501@zakazchik-omis.ru>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

""" + base64.encodebytes("Прошу подтвердить убытие бригады по заявке 65501, поз. 2.\n".encode()).decode()
report = """\
This is the mail system at host mx.svetofor-service.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<brigada4@svetofor-service.ru>: host mx.svetofor-service.ru[local] said: 550 5.1.1
    <brigada4@svetofor-service.ru>: Recipient address rejected: User unknown in
    virtual mailbox table
"""
dsn = """\
Reporting-MTA: dns; mx.svetofor-service.ru
Arrival-Date: Sat, 21 Nov 2026 11:01:41 +0300

Final-Recipient: rfc822; brigada4@svetofor-service.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; User unknown in virtual mailbox table
"""
bounce = multipart("report", [
    b'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + report.encode(),
    b'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + dsn.encode(),
    b'Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n' + orig.encode(),
], params='; report-type=delivery-status')
add((message(DAEMON, DISPATCH, "Undelivered Mail Returned to Sender", t, bounce,
             mid="<20261121080142.7C1A22E0@mx.svetofor-service.ru>",
             extra=[("Auto-Submitted", "auto-replied")]), t, report),
    I("bounce (delivery failure) containing the customer's own question"))

FWD501 = """\
-------- Пересылаемое сообщение --------
21.11.2026, 12:34, СветоФор Telegram-бот <tg-bot@svetofor-service.ru>:
Тема: Сообщение из Telegram от Бригада 3

💬 Бригада 3 — СветоФор

[12:31] Денис Шевчук: п.2 знаки 5.19.1/5.19.2 стоят на новой стойке, убыли
-------- Конец пересылаемого сообщения --------"""
add(outlook("d65501", T("2026-11-21 12:40"), "Fwd: Сообщение из Telegram от Бригада 3",
            "Пересылаю отчёт бригады, заявка 65501. Вопросов нет.\n\nЛысенко\n\n" + FWD501),
    D("65501", ["2"], UB, "duty officer forwards bot report (Yandex-style forward block): убыли"))

# ---------------------------------------------------------------- 65760
DUTY_Q4 = """\
СРОЧНО!
СО-64 Северная / Длинная в жёлтом мигании с 06:00, заявка 65760 зарегистрирована.
Кто едет и когда будете?

Лысенко, дежурный, 8 (861) 992-41-05"""
t_q4 = T("2026-11-23 07:00")
add(outlook("d65760q", t_q4, "Срочно! 65760 Северная / Длинная — жёлтое мигание", DUTY_Q4, cc=FOREMAN[1]),
    R("urgent question; СО-64 is an object code, no status"))

add(gmail("f65760", T("2026-11-23 07:12"), "Re: Срочно! 65760 Северная / Длинная — жёлтое мигание",
          "prinyal, brigada 2 vyehala, budut k 7:40",
          reply_to_key="d65760q", quoted=(t_q4, DUTY[0], DUTY[1], DUTY_Q4)),
    D("65760", [], PUT, "Re: of the urgent question (number in subject); vyehala = on the way, budut k 7:40"))

add(bot("b25", T("2026-11-23 07:45"), B2, [("07:43", AM, "Прибытие 07:41, Северная/Длинная 📍 65760")], "Бригада 2"),
    D("65760", [], MES, "noun form 'Прибытие' with time"))

add(bot("b26", T("2026-11-23 10:20"), B2, [
    ("10:17", RT, "🎤 Голосовое сообщение (0:24)\n🎤 Расшифровка: по 65760 контроллер поменяли это первая позиция режим восстановлен светофоры проверили вторая позиция тоже всё нормально уезжаем"),
], "Бригада 2"), D("65760", ["1", "2"], UB, "voice: positions 1 and 2 done, уезжаем"))

t = T("2026-11-23 10:40")
mdn_txt = """\
Ваше сообщение

  Кому: Дежурный диспетчер МКУ КГД
  Тема: Заявка 65760 — бригада на месте
  Отправлено: 23.11.2026 7:50

было прочитано 23.11.2026 10:39.
"""
mdn = multipart("report", [
    leaf(mdn_txt, "plain", "windows-1251", "quoted-printable"),
    b"Content-Type: message/disposition-notification\n\nReporting-UA: krd-dorogi.ru; Microsoft Outlook 16.0\n"
    b"Final-Recipient: rfc822;dezhurny@krd-dorogi.ru\nOriginal-Message-ID: <d7.65760@zakazchik-omis.ru>\n"
    b"Disposition: manual-action/MDN-sent-manually; displayed\n",
], params="; report-type=disposition-notification")
add((message(DUTY, DISPATCH, "Прочитано: Заявка 65760 — бригада на месте", t, mdn, cs="windows-1251",
             mid=mid_outlook(), extra=[("X-Mailer", "Microsoft Outlook 16.0")]), t, mdn_txt),
    I("read receipt"))

# ---------------------------------------------------------------- 65248 end + mixed requests
add(bot("b27", T("2026-11-24 09:20"), B2, [
    ("09:12", AM, "едем на Ставропольскую 222 по 65248 п.3"),
    ("09:16", AM, "потом заедем на Чекистов, там по 65003 опять табло п.2 гаснет, диспетчер звонил"),
], "Бригада 2"), R("two different requests (65248 and 65003) in one letter"))

t_b28 = T("2026-11-24 11:00")
B28 = [("09:41", RT, "на месте, Ставропольская 222"), ("10:57", RT, "65248 3-я позиция готова, светильники горят, уезжаем ✌️")]
add(bot("b28", t_b28, B2, B28, "Бригада 2"), D("65248", ["3"], UB, "'3-я позиция готова', уезжаем"))

add(outlook("d65248", T("2026-11-24 11:30"), "RE: Сообщение из Telegram от Бригада 2", f"""\
Спасибо, по 65248 закрываю у себя в журнале.

Петренко Е.В.

От: СветоФор Telegram-бот <tg-bot@svetofor-service.ru>
Отправлено: 24 ноября 2026 г. 11:00
Кому: dispatch@zakazchik-omis.ru
Копия: dezhurny@krd-dorogi.ru
Тема: Сообщение из Telegram от Бригада 2

💬 Бригада 2 — СветоФор · новых сообщений: 2

[09:41] Руслан Ткач: на месте, Ставропольская 222
[10:57] Руслан Ткач: 65248 3-я позиция готова, светильники горят, уезжаем ✌️
""", reply_to_key="b28"), R("thanks/acknowledgement; the report is only in the quoted part"))

# ---------------------------------------------------------------- 65890 (power off)
tbl = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>
<p>Добрый день.</p>
<p>Статус по заявке <b>65890</b> (пешеходный переход ул. Уральская, 144):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Объект</th><th>Статус</th><th>Бригада</th></tr>
<tr><td>1</td><td>Светофоры Т.7/Т.8</td><td>принята в работу</td><td>Бригада 1</td></tr>
<tr><td>2</td><td>Освещение перехода</td><td>принята в работу</td><td>Бригада 1</td></tr>
</table>
<p>Выезд после обеда.</p>
<p>--<br>Н. Сердюк, диспетчерская ООО «СветоФор-Сервис»</p>
</body></html>
"""
tbl_plain = """\
Добрый день.

Статус по заявке 65890 (пешеходный переход ул. Уральская, 144):

Поз. 1 — Светофоры Т.7/Т.8 — принята в работу — Бригада 1
Поз. 2 — Освещение перехода — принята в работу — Бригада 1

Выезд после обеда.

--
Н. Сердюк, диспетчерская ООО «СветоФор-Сервис»
"""
tbl, tbl_plain = k8(tbl), k8(tbl_plain)
t = T("2026-11-25 11:00")
add((message(OFFICE, DISPATCH, "Статус по заявке 65890", t,
             multipart("alternative", [leaf(tbl_plain, "plain", "koi8-r", "quoted-printable"),
                                       leaf(tbl, "html", "koi8-r", "quoted-printable")]),
             cs="koi8-r", mid=mid_bat(t), extra=[("X-Mailer", "The Bat! (v9.4.5) Professional")]), t, tbl_plain),
    D("65890", ["1", "2"], PRI, "HTML table with a row per position, both accepted"))

add(bot("b29", T("2026-11-25 13:30"), B1, [
    ("12:50", VG, "65890 выехали на Уральскую 144"),
    ("13:25", VG, "на месте, а питания нет — ВРУ обесточено, пломба сетевой № 4471902 целая. Сетевики отключили фидер, ждём ⚡"),
], "Бригада 1"), D("65890", [], MES, "crew arrived, cannot start: no power; seal number is not a request"))

add(gmail("f65890a", T("2026-11-25 15:00"), "ural'skaya 144 (65890)",
          "svet tak i ne dali. segodnya ne sdelaem, sobiraemsya, zavtra povtorno s utra"),
    R("crew leaves without doing the work, repeat tomorrow: no completed status to record"))

add(bot("b30", T("2026-11-26 09:10"), B1, [("09:06", VG, "Снова едем на Уральскую 144 по 65890, РЭС обещает включить к 9:30")], "Бригада 1"),
    D("65890", [], PUT, "едем again"))

add(bot("b31", T("2026-11-26 12:00"), B1, [
    ("09:35", VG, "на месте, питание есть ✅"),
    ("10:50", VG, "Т.7/Т.8 горят, П1 ок"),
    ("11:55", VG, "65890 освещение перехода П2 тоже горит. Уехали"),
], "Бригада 1"), D("65890", ["1", "2"], UB, "chat dump, П1 done earlier, П2 done + уехали"))

# ---------------------------------------------------------------- office money talk, newsletter
add(thebat("o64105", T("2026-11-26 14:00"), "Акт и счёт по заявке 64105", """\
Добрый день.

По заявке 64105 (ДТП, ул. Ставропольская — ул. Старокубанская) направляем акт выполненных работ № 64/11 от 26.11.2026
и счёт № 1105 на сумму 87 400,00 руб. (в т.ч. НДС 20%).
Опора временная, постоянную поставим после поставки, стоимость отдельно.
Просим подписать акт и вернуть один экземпляр.

Реквизиты: ООО «СветоФор-Сервис», ИНН 2311264017, КПП 231101001,
р/с 40702810930000064105 в Краснодарском отделении № 8619 ПАО Сбербанк.

--
Наталья Сердюк
"""), R("act/invoice talk, no status; bank account ends in 64105"))

news_html = """<html><body style="font-family:Verdana">
<h2>Вестник СветоФор-Сервис · ноябрь 2026</h2>
<p>За месяц бригады выполнили 64 выезда, из них 9 ночных по ДТП. Средний срок восстановления режима — 2 ч 40 мин.</p>
<p>С 1 декабря переходим на зимний график дежурств: бригада 3 — круглосуточно, бригады 1 и 2 — с 07:00 до 20:00.</p>
<p>Новые контроллеры ДКС-2 установлены на 12 объектах (СО-47, СО-112, СО-205 и др.).</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, потому что подписаны на рассылку.
<a href="https://svetofor-service.ru/unsubscribe?u=dispatch">Отписаться</a></p>
</body></html>
"""
t = T("2026-11-27 10:00")
add((message(NEWS, DISPATCH, "Вестник СветоФор-Сервис: итоги ноября", t, leaf(news_html, "html", "utf-8", "base64"),
             mid="<news-2026-11.%d@svetofor-service.ru>" % rnd.getrandbits(32),
             extra=[("Precedence", "bulk"), ("List-Id", "<vestnik.svetofor-service.ru>"),
                    ("List-Unsubscribe", "<https://svetofor-service.ru/unsubscribe?u=dispatch>")]), t, news_html),
    I("newsletter / bulk mail"))


# ====================================================================== WRITE
def main():
    L.sort(key=lambda x: x[1])
    os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "letters")):
        os.remove(os.path.join(OUT, "letters", f))
    labels = {}
    for i, (raw, d, label) in enumerate(L, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(OUT, "letters", name), "wb") as fh:
            fh.write(raw)
        labels[name] = label
    reg = {
        "contractor": {
            "name": "ООО «СветоФор-Сервис»",
            "emails": [BOT[1], FOREMAN[1], OFFICE[1], ENGINEER[1], DUTY[1], NEWS[1], DAEMON[1]],
            "domains": ["svetofor-service.ru"],
        },
        "requests": [
            {"number": n, "positions": p, "registered_at": T(r).isoformat(), "comment": c}
            for n, p, r, c in REQUESTS
        ],
    }
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(L), "letters")


if __name__ == "__main__":
    main()
