#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: ИП Шарипов Р.Р. (Пермь), уборка снега / очистка кровель.
Standard library `email` only. Writes registry.json, letters/NNN.eml, labels.json."""
import base64, json, os, quopri, random, hashlib, html
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
from email import encoders, message_from_bytes

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
PERM = timezone(timedelta(hours=5))
MSK = timezone(timedelta(hours=3))
rnd = random.Random(59)

OWNER = ("Ринат Шарипов", "r.sharipov59@yandex.ru")
OFFICE = ("Алсу Шарипова", "office@sharipov-uborka.ru")
FOREMAN = ("Ильдар Гарипов", "ildar.garipov85@mail.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@sharipov-uborka.ru")
NEWS = ("Уборка снега Шарипов", "news@sharipov-uborka.ru")
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

YA_SIG = "\n\n-- \nОтправлено из мобильной Яндекс Почты"
MR_SIG = "\n\n\n--\nОтправлено из мобильной Почты Mail.ru"
OFFICE_SIG_OL = ("\n\nС уважением,\nАлсу Шарипова\nофис ИП Шарипов Р.Р.\n"
                 "614000, г. Пермь, ул. Стахановская, 45, оф. 12\n"
                 "тел. +7 (342) 214-56-09, моб. +7 912 590-33-71\n"
                 "ИНН 590418273645, ОГРНИП 318595800012345")
OFFICE_SIG_BAT = ("\n\n--\nС уважением, Алсу Шарипова\nИП Шарипов Р.Р., тел. +7 (342) 214-56-09")


def T(day, hh, mm, ss=None):
    return datetime(2026, 11, day, hh, mm, rnd.randint(0, 59) if ss is None else ss, tzinfo=PERM)


def text_part(text, subtype="plain", charset="utf-8", cte="base64"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    data = text.encode(charset)  # strict: fails if the charset cannot carry the text
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p


def fake_bytes(kind, n):
    body = bytes(rnd.getrandbits(8) for _ in range(n))
    if kind == "jpg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + body + b"\xff\xd9"
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + body + b"\n%%EOF\n"


def attachment(name, kind="jpg"):
    if kind == "jpg":
        a = MIMEBase("image", "jpeg", name=name if name.isascii() else Header(name, "utf-8").encode())
        a.set_payload(fake_bytes("jpg", rnd.randint(900, 1800)))
    else:
        a = MIMEBase("application", "pdf", name=name if name.isascii() else Header(name, "utf-8").encode())
        a.set_payload(fake_bytes("pdf", rnd.randint(600, 1200)))
    encoders.encode_base64(a)
    if name.isascii():
        a.add_header("Content-Disposition", "attachment", filename=name)
    else:
        a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return a


def mid(dt, who, n):
    h = hashlib.md5(f"{n}{dt}{who}".encode()).hexdigest()
    if who == "ya":
        return f"<{int(dt.timestamp())}{n:03d}@mail.yandex.ru>"
    if who == "mr":
        return f"<{int(dt.timestamp())}.{h[:9]}@f{300 + n}.i.mail.ru>"
    if who == "ol":
        return f"<000{h[:3]}01db{h[3:7]}${h[7:15]}${h[15:23]}@sharipov-uborka.ru>"
    if who == "bat":
        return f"<{int(h[:8], 16)}.{dt:%Y%m%d%H%M%S}@sharipov-uborka.ru>"
    return f"<{h[:20]}.{n}@{who}>"


def enc_subj(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject")


def addr_header(name, pair, cs):
    """Display name as one encoded word (no split inside a word), address in plain ASCII."""
    try:
        pair[0].encode("ascii")
        return formataddr(pair)
    except UnicodeEncodeError:
        h = Header(header_name=name, maxlinelen=200)
        h.append(pair[0], cs)
        h.append(f"<{pair[1]}>", "us-ascii")
        return h


def finish(msg, n, who, frm, dt, subject, cs="utf-8", to=DISP, extra=None, mclient=None):
    msg["From"] = addr_header("From", frm, cs)
    msg["To"] = addr_header("To", to, cs)
    msg["Subject"] = enc_subj(subject, cs)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = mid(dt, mclient or who, n)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or []):
        msg[k] = v
    return msg


# --------------- client styles ---------------
def yandex(n, dt, subject, text, html_too=False, html_only=False, cte="base64", extra=None, sig=True):
    body = text + (YA_SIG if sig else "")
    if html_only:
        hl = "".join(f"<div>{html.escape(l) if l else '&nbsp;'}</div>" for l in body.split("\n"))
        m = text_part(f"<html><body>{hl}</body></html>", "html", "utf-8", cte)
    elif html_too:
        m = MIMEMultipart("alternative")
        m.attach(text_part(body, "plain", "utf-8", cte))
        hl = "".join(f"<div>{html.escape(l) if l else '&nbsp;'}</div>" for l in body.split("\n"))
        m.attach(text_part(f"<div>{hl}</div>", "html", "utf-8", cte))
    else:
        m = text_part(body, "plain", "utf-8", cte)
    ex = [("X-Mailer", "Yandex Mail for Android 8.71.1")] + (extra or [])
    return finish(m, n, "ya", OWNER, dt, subject, extra=ex)


def mailru(n, dt, subject, text, files, extra=None, sig=True):
    m = MIMEMultipart("mixed")
    m.attach(text_part(text + (MR_SIG if sig else ""), "plain", "utf-8", "base64"))
    for f in files:
        m.attach(attachment(f))
    ex = [("X-Mailer", "Mail.Ru Mail for Android 15.4.0")] + (extra or [])
    return finish(m, n, "mr", FOREMAN, dt, subject, extra=ex)


def ol_html(text, cs):
    out = []
    for l in text.split("\n"):
        if not l.strip():
            out.append("<p class=MsoNormal>&nbsp;</p>")
        elif l.startswith(("От:", "Отправлено:", "Кому:", "Тема:", "Копия:")):
            k, v = l.split(":", 1)
            out.append(f"<p class=MsoNormal><b>{k}:</b>{html.escape(v)}</p>")
        else:
            out.append(f"<p class=MsoNormal>{html.escape(l)}</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
            '</head><body lang=RU link="#0563C1"><div class=WordSection1>' + "\n".join(out) +
            "</div></body></html>")


def outlook(n, dt, subject, text, cs="windows-1251", html_body=None, html_only=False, files=(), extra=None,
            rfc822=None):
    cte = "quoted-printable"
    if html_only:
        core = text_part(html_body or ol_html(text, cs), "html", cs, cte)
    else:
        core = MIMEMultipart("alternative")
        core.attach(text_part(text, "plain", cs, cte))
        core.attach(text_part(html_body or ol_html(text, cs), "html", cs, cte))
    if files or rfc822 is not None:
        m = MIMEMultipart("mixed")
        m.attach(core)
        for f in files:
            m.attach(attachment(f, "pdf" if f.endswith(".pdf") else "jpg"))
        if rfc822 is not None:
            m.attach(MIMEMessage(rfc822))
    else:
        m = core
    ex = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtSb" + hashlib.md5(subject.encode()).hexdigest()[:20]),
          ("Content-Language", "ru")] + (extra or [])
    return finish(m, n, "ol", OFFICE, dt, subject, cs=cs, extra=ex)


def thebat(n, dt, subject, text, cs="koi8-r", extra=None):
    m = text_part(text, "plain", cs, "quoted-printable" if n % 2 else "base64")
    ex = [("X-Mailer", "The Bat! (v9.4.5) Professional"), ("Organization", "IP Sharipov R.R.")] + (extra or [])
    return finish(m, n, "bat", OFFICE, dt, subject, cs=cs, extra=ex)


def yq(dt, who, text):
    """Yandex-style quote header and '>' lines."""
    head = f'{dt:%d.%m.%Y, %H:%M}, "{who[0]}" <{who[1]}>:'
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def olq(dt, frm, to, subj, text):
    mon = ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"][dt.month]
    return (f"\n\nОт: {frm[0]} <{frm[1]}>\nОтправлено: {dt.day} {mon} {dt.year} г. {dt:%H:%M}\n"
            f"Кому: {to[1]}\nТема: {subj}\n\n{text}")


# --------------- registry ---------------
REG = {
    "contractor": {
        "name": "ИП Шарипов Ринат Рашитович (уборка снега, очистка кровель), г. Пермь",
        "emails": [OWNER[1], OFFICE[1], FOREMAN[1], DAEMON[1], NEWS[1]],
        "domains": ["sharipov-uborka.ru"],
    },
    "requests": [
        {"number": "8014", "positions": ["1", "2"], "registered_at": "2026-11-04T15:00:00+03:00",
         "comment": "Механизированная уборка снега во дворах: поз.1 — двор ул. Ленина, 54; поз.2 — двор ул. Ленина, 56"},
        {"number": "8027", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T10:30:00+03:00",
         "comment": "Очистка кровли от снега и наледи, ул. Екатерининская, 120: поз.1 — корпус А, поз.2 — корпус Б, поз.3 — корпус В"},
        {"number": "8033", "positions": ["1", "2"], "registered_at": "2026-11-06T18:00:00+03:00",
         "comment": "Уборка и вывоз снега, парковка ТЦ «Кама-Плаза», ш. Космонавтов, 65: поз.1 — верхняя парковка, поз.2 — нижняя парковка"},
        {"number": "8046", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T09:15:00+03:00",
         "comment": "Сбивание сосулек и наледи с кровли, ул. Пушкина: поз.1 — д.80, поз.2 — д.82, поз.3 — д.84, поз.4 — д.86"},
        {"number": "8103", "positions": ["1"], "registered_at": "2026-11-11T20:00:00+03:00",
         "comment": "Вывоз снега с контейнерной площадки, ул. Куйбышева, 37"},
        {"number": "8117", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T21:00:00+03:00",
         "comment": "Механизированная уборка дворов, ул. Монастырская: поз.1 — д.12, поз.2 — д.14, поз.3 — д.16"},
        {"number": "8152", "positions": ["1", "2"], "registered_at": "2026-11-12T11:00:00+03:00",
         "comment": "Очистка кровли складов, ул. Героев Хасана, 105: поз.1 — склад №1, поз.2 — склад №2"},
        {"number": "8209", "positions": ["1"], "registered_at": "2026-11-17T19:00:00+03:00",
         "comment": "Уборка и вывоз снега с парковки БЦ «Урал», ул. Сибирская, 27"},
        {"number": "8240", "positions": ["1", "2"], "registered_at": "2026-11-18T12:00:00+03:00",
         "comment": "Уборка дворовой территории, ул. Революции, 13: поз.1 — внутренний двор, поз.2 — гостевая парковка"},
        {"number": "8318", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T10:00:00+03:00",
         "comment": "Сбивание сосулек, ул. Советская, 3: поз.1 — скат над входом, поз.2 — скат во двор, поз.3 — торцевой скат"},
        {"number": "8455", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T17:00:00+03:00",
         "comment": "Уборка снега, ул. Чкалова, 9: поз.1 — парковка, поз.2 — подъездная дорога, поз.3 — пожарный проезд, поз.4 — площадка ТБО"},
        {"number": "8602", "positions": ["1", "2"], "registered_at": "2026-11-24T09:00:00+03:00",
         "comment": "Очистка кровли от снега и сосулек, ул. Крисанова, 24: поз.1 — кровля над подъездами 1–3, поз.2 — кровля над подъездами 4–6"},
    ],
}

LETTERS = []  # (msg, label)


def add(msg, label):
    LETTERS.append((msg, label))


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

n = 0
def N():
    global n
    n += 1
    return n

# ======================= 8014 Ленина 54/56 =======================
disp_8014 = ("Добрый день. Направляем заявку № 8014 на механизированную уборку снега:\n"
             "поз. 1 — двор ул. Ленина, 54;\nпоз. 2 — двор ул. Ленина, 56.\n"
             "Работы — после окончания снегопада. Просим подтвердить принятие.\n\n"
             "Диспетчер Кузнецова О.В., тел. 8 (342) 200-14-90")
k = N()
add(outlook(k, T(4, 17, 41), "RE: Заявка № 8014 — уборка снега, ул. Ленина, 54, 56",
            "Добрый день!\n\nЗаявку № 8014 получили, принята в работу. Выход техники планируем сегодня ночью, "
            "после окончания снегопада (по прогнозу около 01:00).\nОтветственный на объекте — Шарипов Ринат Рашитович, "
            "тел. +7 902 634-18-27." + OFFICE_SIG_OL +
            olq(T(4, 17, 2), DISP, OFFICE, "Заявка № 8014 — уборка снега, ул. Ленина, 54, 56", disp_8014)),
    D("8014", [], ACC, "office confirms acceptance; night departure is only a plan"))

k = N()
add(yandex(k, T(5, 1, 48), "8014",
           "исәнмесез\nпо 8014 выехали мтз 82 и камаз а 123 вс 59 на ленина будем минут через 20\nснег еще идет -11"),
    D("8014", [], WAY, "выехали ... будем через 20 минут; 82 and plate are not numbers of interest"))

k = N()
add(mailru(k, T(5, 2, 31), "8014 п1", "ленина 54 начали чистить",
           ["IMG_20261105_022814.jpg", "IMG_20261105_022851.jpg"]),
    D("8014", ["1"], ON, "foreman photo report: started clearing = on site, position in subject"))

k = N()
add(mailru(k, T(5, 3, 12), "8014-2", "н\u0061 м\u0065сте ленина 56 трактор во дворе",
           ["IMG_20261105_031047.jpg"]),
    D("8014", ["2"], ON, "'на месте' written with Latin a and e; position after dash in subject"))

k = N()
add(yandex(k, T(5, 5, 22), "Re: 8014",
           "8014 оба двора почистили вывезли 46 кубов 4 рейса\nтехника ушла на базу\nрәхмәт" +
           yq(T(5, 2, 5), DISP, "Ринат Рашитович, во дворе д. 56 у 3-го подъезда стоят машины жильцов,\n"
                                  "просьба аккуратнее. Старший по дому Петров, 8 912 480 11 23"),
           html_too=True, sig=False),
    D("8014", [], LEFT, "both yards done, equipment went back to base: whole request; quote is dispatcher's note"))

# ======================= 8027 Екатерининская 120 кровли =======================
k = N()
add(thebat(k, T(5, 13, 6), "Re: Заявка 8027 очистка кровли Екатерининская 120",
           "Здравствуйте!\n\nЗаявка принята. Бригада промышленных альпинистов (3 чел.) будет на объекте\n"
           "завтра, 06.11, к 07:00. Начнем с корпуса А.\n\n"
           "Вы писали 5 ноября 2026 г., 12:34:\n\n"
           "ДС> Заявка 8027. Очистка кровли от снега и наледи, ул. Екатерининская, 120.\n"
           "ДС> Поз. 1 - корпус А, поз. 2 - корпус Б, поз. 3 - корпус В.\n"
           "ДС> Просим подтвердить и сообщить время выхода бригады.\n" + OFFICE_SIG_BAT),
    D("8027", [], ACC, "KOI8-R, The Bat initials quoting; acceptance done, arrival tomorrow is a plan"))

k = N()
add(yandex(k, T(6, 7, 26), "кровля",
           "исәнмесез ребята на екатерининской 120 на месте ограждение ставим с корпуса а начинаем"),
    R("no request number anywhere, only the street address"))

k = N()
add(mailru(k, T(6, 11, 46), "Фотоотчет 8027 п.1",
           "корпус А готово снег скинули сосульки сбиты территорию почистили",
           ["корпус_А_1.jpg", "корпус_А_2.jpg", "корпус_А_3.jpg"]),
    D("8027", ["1"], LEFT, "photo report: корпус А (п.1) done"))

k = N()
add(mailru(k, T(6, 14, 55), "8027",
           "по второй позиции корпус Б все сбили снег вниз скинули мусор убрали",
           ["IMG_20261106_145102.jpg", "IMG_20261106_145130.jpg"]),
    D("8027", ["2"], LEFT, "'по второй позиции' = 2, work finished"))

k = N()
add(outlook(k, T(6, 15, 31), "Заявка 8027 — информация о ходе работ",
            "Добрый день!\n\nСообщаем о ходе работ по заявке № 8027 (ул. Екатерининская, 120):\n"
            "1. Корпус Б (поз. 2) — очистка кровли завершена в 14:50, сосульки сбиты, снег с тротуара убран.\n"
            "2. Корпус В (поз. 3) — бригада приступила к работам в 15:10, работы ведутся.\n\n"
            "Ориентировочное окончание — до 19:00." + OFFICE_SIG_OL),
    R("different statuses for different positions in one letter (поз.2 finished, поз.3 on site)"))

k = N()
add(yandex(k, T(6, 19, 42), "8027",
           "8027 по 3-й позиции корпус в закончили сосульки все сбили люди уехали\nрәхмәт", cte="quoted-printable"),
    D("8027", ["3"], LEFT, "'по 3-й позиции' finished, people left"))

# ======================= 8033 Кама-Плаза парковка =======================
k = N()
add(outlook(k, T(6, 20, 27), "Заявка №8033 принята", "", cs="utf-8", html_only=True, html_body=(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang=RU>'
    '<div class=WordSection1><p class=MsoNormal>Добрый вечер!</p><p class=MsoNormal>&nbsp;</p>'
    '<p class=MsoNormal>Заявка №8033 (ТЦ «Кама-Плаза», ш. Космонавтов, 65) <b>принята</b>. '
    'Техника выйдет после 00:00, когда парковка освободится от машин посетителей.</p>'
    '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>С уважением,<br>Алсу Шарипова<br>офис ИП Шарипов Р.Р.<br>'
    'тел. +7 (342) 214-56-09</p></div></body></html>')),
    D("8033", [], ACC, "HTML-only letter, acceptance"))

k = N()
add(yandex(k, T(7, 0, 36), "8033 п1",
           "верхняя парковка кама плаза выдвинулись амкодор 332 и камаз о 512 кр 159 будем к часу",
           html_too=True),
    D("8033", ["1"], WAY, "выдвинулись ... будем к часу; 332, 512, 159 are equipment/plate numbers"))

k = N()
add(mailru(k, T(7, 1, 11), "8033 (1)", "на месте с въезда начали", ["IMG_20261107_010905.jpg"]),
    D("8033", ["1"], ON, "position in brackets in the subject"))

k = N()
add(mailru(k, T(7, 3, 52), "8033-2", "нижнюю начали погрузчик там", ["IMG_20261107_034811.jpg", "IMG_20261107_034840.jpg"]),
    D("8033", ["2"], ON, "нижняя парковка (поз.2) started"))

k = N()
add(yandex(k, T(7, 6, 24), "Re: 8033 п1",
           "8033 п1 п2 все убрали вывезли 180 куб 15 рейсов камаз ушли на базу -9 ветер" +
           yq(T(7, 0, 36), OWNER, "верхняя парковка кама плаза выдвинулись амкодор 332 и камаз о 512 кр 159 будем к часу"),
           sig=False),
    D("8033", ["1", "2"], LEFT, "both positions done; old subject 'п1' and quoted 'выдвинулись' do not count"))

# read receipt
k = N()
rr = MIMEMultipart("report", **{"report-type": "disposition-notification"})
rr.attach(text_part("Ваше сообщение\n\n  Кому: r.sharipov59@yandex.ru\n  Тема: Заявка № 8033 — замечания по уборке парковки\n"
                    "  Отправлено: 07.11.2026 10:58\n\nбыло прочитано 07.11.2026 11:14.", "plain", "utf-8", "base64"))
dn = MIMENonMultipart("message", "disposition-notification")
dn.set_payload("Reporting-UA: mail.yandex.ru; Yandex Mail\r\nOriginal-Recipient: rfc822;r.sharipov59@yandex.ru\r\n"
               "Final-Recipient: rfc822;r.sharipov59@yandex.ru\r\n"
               "Original-Message-ID: <20261107075802.4411@zakazchik-omis.ru>\r\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
rr.attach(dn)
add(finish(rr, k, "ya", OWNER, T(7, 11, 14), "Прочитано: Заявка № 8033 — замечания по уборке парковки"),
    I("read receipt (disposition-notification)"))

k = N()
add(yandex(k, T(7, 13, 40), "Re: Заявка № 8033 — замечания по уборке парковки",
           "8033 п3 пандус у разгрузки почистили вал убрали" +
           yq(T(7, 10, 58), DISP, "Ринат Рашитович, добрый день.\nУправляющий ТЦ сообщает, что у пандуса разгрузочной зоны\n"
                                   "и у въезда с ул. Космонавтов остался вал снега. Просим устранить.")),
    R("request 8033 has only positions 1 and 2; 'п3' does not exist"))

# ======================= 8046 Пушкина сосульки =======================
k = N()
add(outlook(k, T(9, 11, 52), "RE: Заявка 8046 сосульки Пушкина 80-86",
            "Добрый день!\n\nЗаявка 8046 принята. Бригада выезжает после обеда, работы начнем с д. 80.\n"
            "Просим предупредить жителей, чтобы не ставили машины вдоль фасадов." + OFFICE_SIG_OL +
            olq(T(9, 11, 20), DISP, OFFICE, "Заявка 8046 сосульки Пушкина 80-86",
                "Заявка 8046. Сбивание сосулек и наледи: ул. Пушкина, 80 (поз. 1), 82 (поз. 2), 84 (поз. 3), 86 (поз. 4).\n"
                "Срок — 10.11.2026.")),
    D("8046", [], ACC, "accepted; departure after lunch is a plan; quoted positions do not count"))

k = N()
add(yandex(k, T(9, 14, 37), "пушкина 80", "8046 п1 сосульки сбили ленту сянли мусор в мешки собрали"),
    D("8046", ["1"], LEFT, "сбили сосульки = done"))

k = N()
add(mailru(k, T(9, 16, 15), "8046-2", "сбили", ["пушкина82_до.jpg", "пушкина82_после.jpg"]),
    D("8046", ["2"], LEFT, "one-word photo report, 'сбили' = icicles knocked down, done"))

k = N()
add(yandex(k, T(9, 17, 6), "8046",
           "по 8046 на 86 доме под скатом машины стоят 3 штуки жильцы не убирают мы сбить не можем\n"
           "кто отвечать будет если упадет на машину позвоните управляющему пусть уберут"),
    R("complaint / request for help, no status reported"))

k = N()
add(mailru(k, T(10, 8, 41), "8046 поз3 поз4", "залезли на 84 и 86 машины убрали",
           ["IMG_20261110_083512.jpg"]),
    D("8046", ["3", "4"], ON, "climbed onto the roofs = on site"))

k = N()
add(outlook(k, T(10, 10, 6), "Заявка 8046 — выполнено",
            "Добрый день!\n\nПо заявке № 8046, позиции 3 и 4 (ул. Пушкина, 84 и 86): сосульки и наледь сбиты, "
            "территория под скатами убрана, ограждение снято. Бригада уехала с объекта в 09:50.\n"
            "Таким образом, работы по заявке выполнены полностью." + OFFICE_SIG_OL),
    D("8046", ["3", "4"], LEFT, "positions 3 and 4 finished, crew left at 09:50"))

# ======================= 8103 / 8117 night 11-12 =======================
k = N()
add(yandex(k, T(11, 22, 21), "Re: Заявка 8103 вывоз снега Куйбышева 37",
           "ярар 8103 приняли ночью ильдар поедет" +
           yq(T(11, 22, 3), DISP, "Заявка 8103. Вывоз снега с контейнерной площадки, ул. Куйбышева, 37.\n"
                                   "Мусоровоз приезжает в 07:00, площадка должна быть чистой.")),
    D("8103", [], ACC, "'ярар' (Tatar: ok) + приняли; night trip is a plan"))

k = N()
add(yandex(k, T(11, 23, 31), "Re: Заявка 8117 механизированная уборка дворов",
           "приняли әйдә ночью выходим на монастырскую все три двора сделаем" +
           yq(T(11, 23, 4), DISP, "Добрый вечер. Заявка на уборку дворов ул. Монастырская 12, 14, 16 (поз. 1-3).\n"
                                   "Просим подтвердить."), sig=False),
    D("8117", [], ACC, "number only in the Re: subject; accepted"))

k = N()
add(yandex(k, T(12, 1, 16), "Fwd: 8103",
           "пересылаю от ильдара\n\n[01:02, 12.11.2026] Ильдар Бригадир: куйбышева 37 на месте\n"
           "[01:03, 12.11.2026] Ильдар Бригадир: погрузчик начал камаз подходит\n"
           "[01:04, 12.11.2026] Ильдар Бригадир: <Медиа пропущены>"),
    D("8103", [], ON, "WhatsApp chat pasted as text: crew on site"))

k = N()
add(yandex(k, T(12, 2, 1), "монастырская",
           "монастырская 12 (8117) трактор зашел во двор п1 начали -14"),
    D("8117", ["1"], ON, "number in brackets after the address"))

k = N()
add(yandex(k, T(12, 3, 41), "8104",
           "8104 вывезли 3 камаза 36 кубов площадка чистая уехали"),
    R("8104 is not in the registry (probably a typo for 8103, but a dispatcher cannot record it)"))

k = N()
add(mailru(k, T(12, 4, 42), "8117 поз 2 поз 3", "14 и 16 дворы готово",
           ["IMG_20261112_043355.jpg", "IMG_20261112_043412.jpg", "IMG_20261112_043450.jpg"]),
    D("8117", ["2", "3"], LEFT, "yards 14 and 16 done"))

k = N()
add(yandex(k, T(12, 6, 14), "8117", "8117 п1 доделали все уехли спать"),
    D("8117", ["1"], LEFT, "доделали, уехали (typo уехли)"))

summary_1112 = ("Доброе утро!\n\nСводка по работам за ночь 11–12 ноября:\n"
                "1. Заявка 8103 (ул. Куйбышева, 37) — вывоз снега выполнен, вывезено 36 м3.\n"
                "2. Заявка 8117 (ул. Монастырская, 12–16) — все три двора убраны, техника на базе с 06:10.\n\n"
                "Температура ночью -14…-16, снегопад прекратился к 00:30.")
k = N()
add(outlook(k, T(12, 8, 31), "Сводка за ночь 11–12 ноября", summary_1112 + OFFICE_SIG_OL),
    R("two different requests (8103 and 8117) in one letter"))

k = N()
add(outlook(k, T(12, 9, 6), "RE: Сводка за ночь 11–12 ноября",
            "Добрый день.\n\nПоняла, впредь по каждой заявке буду писать отдельным письмом.\n"
            "По заявке 8103 (ул. Куйбышева, 37): вывоз снега выполнен, бригада убыла с объекта в 03:35. "
            "Вывезено 36 м3 (3 рейса КамАЗ). В письме Рината Рашитовича номер указан с ошибкой." + OFFICE_SIG_OL +
            "\n\n-----Original Message-----\nFrom: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>\n"
            "Sent: Thursday, November 12, 2026 8:52 AM\nTo: office@sharipov-uborka.ru\n"
            "Subject: RE: Сводка за ночь 11–12 ноября\n\n"
            "Алсу, добрый день. Просим по каждой заявке отдельное письмо. Что по 8103? От Рината Рашитовича\n"
            "пришло письмо с номером 8104, такой заявки у нас нет.\n\n" + summary_1112),
    D("8103", [], LEFT, "new text reports 8103 crew left at 03:35; quoted history (8104, 8117) does not count"))

k = N()
add(thebat(k, T(12, 9, 21), "Заявка 8117 - отчет за ночь",
           "Доброе утро!\n\nОтчет по заявке N 8117 (ул. Монастырская) за ночь 11-12.11:\n\n"
           "1. Поз. 1 (д. 12) - прибытие 01:55, убытие 06:05.\n"
           "2. Поз. 2 (д. 14) - прибытие 02:30, убытие 04:20.\n"
           "3. Поз. 3 (д. 16) - прибытие 02:40, убытие 04:35.\n\n"
           "Вывезено всего 96 куб. м снега, техника: МТЗ-82 (59 РК 4417), КамАЗ 65115 (А 123 ВС 59)." + OFFICE_SIG_BAT),
    D("8117", ["1", "2", "3"], LEFT, "numbered list with arrival/departure times; latest event for all = убытие"))

# ======================= 8152 склады Героев Хасана =======================
k = N()
add(thebat(k, T(12, 13, 22), "Re: Заявка 8152 кровля складов",
           "Здравствуйте.\n\nЗаявку N 8152 (очистка кровли складов, ул. Героев Хасана, 105) приняли.\n"
           "Выход бригады - завтра, 13.11, в 07:30. Для допуска на кровлю просим предупредить охрану,\n"
           "список людей: Гарипов И.Ф., Сафин Д.Р., Хабибуллин А.М. Автомобиль Газель Т 704 ОМ 159." + OFFICE_SIG_BAT),
    D("8152", [], ACC, "acceptance; tomorrow's departure is a plan"))

k = N()
add(mailru(k, T(13, 8, 6), "8152 п1 склад №1", "на кровле начали наледь ломами",
           ["IMG_20261113_080214.jpg", "IMG_20261113_080233.jpg"]),
    D("8152", ["1"], ON, "on the roof, started"))

k = N()
add(yandex(k, T(13, 10, 42), "8152",
           "8152 сняли ребят с кровли ветер 20 м с метель опасно\nсклад 1 половину не дочистили завтра вернемся"),
    R("blizzard: crew taken off the roof but work NOT finished — neither 'убыл' (work done) nor still on site"))

k = N()
add(yandex(k, T(14, 9, 2), "8152", "8152 ветер стих вернулись работаем на обоих складах", html_too=True),
    D("8152", [], ON, "back on site, both warehouses = whole request"))

k = N()
add(outlook(k, T(14, 15, 22), "Заявка № 8152 — работы завершены",
            "Добрый день!\n\nПо заявке № 8152: очистка кровли склада № 1 (поз. 1) и склада № 2 (поз. 2) завершена "
            "в 14:40, бригада убыла с объекта.\nСнег с кровли сброшен на площадку за складами, площадка огорожена, "
            "вывоз — по отдельной заявке при необходимости." + OFFICE_SIG_OL),
    D("8152", ["1", "2"], LEFT, "both positions finished, crew left; вывоз by separate request is just an offer"))

# auto-reply
k = N()
ar = text_part("Здравствуйте!\n\nЯ нахожусь вне офиса до понедельника, 16.11.2026.\n"
               "По срочным вопросам уборки снега звоните Шарипову Ринату Рашитовичу: +7 902 634-18-27.\n\n"
               "Это письмо отправлено автоматически.", "plain", "koi8-r", "base64")
add(finish(ar, k, "bat", OFFICE, T(14, 19, 12), "Автоответ: Re: Заявка 8152 - просьба направить акт", cs="koi8-r",
           extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
                  ("In-Reply-To", "<20261114165501.7780@zakazchik-omis.ru>")]),
    I("out-of-office auto-reply"))

# calendar response
k = N()
cal = MIMEMultipart("alternative")
cal.attach(text_part("Алсу Шарипова приняла приглашение.\n", "plain", "utf-8", "quoted-printable"))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Алсу Шарипова:mailto:office@sharipov-uborka.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по зимнему содержанию объектов\r\n"
       "DTSTART:20261120T070000Z\r\nDTEND:20261120T080000Z\r\nUID:040000008200E00074C5B7101A82E00800000000B0C2\r\n"
       "ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "LOCATION;LANGUAGE=ru-RU:Microsoft Teams\r\nSEQUENCE:0\r\nDTSTAMP:20261116T063000Z\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
cp = text_part(ics, "calendar", "utf-8", "base64")
cp.set_param("method", "REPLY")
cal.attach(cp)
add(finish(cal, k, "ol", OFFICE, T(16, 11, 31), "Принято: Совещание по зимнему содержанию объектов",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")]),
    I("calendar meeting response generated by Outlook"))

# bulk mail
k = N()
nl = MIMEMultipart("alternative")
nl_txt = ("ЗИМА ПРИШЛА!\n\nИП Шарипов Р.Р. — уборка и вывоз снега, очистка кровель, сбивание сосулек в Перми и Пермском крае.\n"
          "До 30 ноября — скидка 10% на вывоз снега для управляющих компаний и ТСЖ.\n"
          "Трактор МТЗ-82 — от 1800 руб/час, КамАЗ 25 м3 — от 4500 руб/рейс, промальпинисты — от 35 руб/м2.\n\n"
          "Заявки: +7 (342) 214-56-09, office@sharipov-uborka.ru\n\n"
          "Вы получили это письмо, потому что подписаны на рассылку. Отписаться: https://sharipov-uborka.ru/unsubscribe?id=5871")
nl.attach(text_part(nl_txt, "plain", "utf-8", "quoted-printable"))
nl.attach(text_part("<html><body><h1 style='color:#1a5fb4'>ЗИМА ПРИШЛА!</h1>" +
                    "".join(f"<p>{html.escape(l)}</p>" for l in nl_txt.split("\n")[2:] if l) + "</body></html>",
                    "html", "utf-8", "quoted-printable"))
add(finish(nl, k, "sharipov-uborka.ru", NEWS, T(16, 12, 0, 0), "Скидка 10% на вывоз снега до 30 ноября ❄",
           to=("Подписчики", "dispatch@zakazchik-omis.ru"),
           extra=[("Precedence", "bulk"), ("List-Id", "<news.sharipov-uborka.ru>"),
                  ("List-Unsubscribe", "<https://sharipov-uborka.ru/unsubscribe?id=5871>"),
                  ("X-Mailer", "Unisender")]),
    I("bulk advertising mailing"))

# ======================= 8209 БЦ Урал =======================
k = N()
add(yandex(k, T(17, 21, 22), "Re: Заявка 8209",
           "8209 ярар приняли ночью сделаем как машины с парковки уедут" +
           yq(T(17, 21, 3), DISP, "Заявка 8209, уборка и вывоз снега, парковка БЦ «Урал», ул. Сибирская, 27.\n"
                                   "Парковка должна быть убрана к 07:30.")),
    D("8209", [], ACC, "accepted; night work is a plan"))

k = N()
add(yandex(k, T(18, 2, 11), "8209", "бц урал сибирская 27 по 8209 едем 15 минут"),
    D("8209", [], WAY, "едем, 15 минут = on the way"))

k = N()
add(yandex(k, T(18, 2, 37), "Re: Заявка 8117 механизированная уборка дворов",
           "8209 на месте бц урал чистим" +
           yq(T(11, 23, 4), DISP, "Добрый вечер. Заявка на уборку дворов ул. Монастырская 12, 14, 16 (поз. 1-3).\n"
                                   "Просим подтвердить."), sig=False),
    D("8209", [], ON, "wrong thread: reply to the old 8117 letter, but the new text clearly names 8209 (BC Ural)"))

k = N()
ar_8209 = mailru(k, T(18, 5, 51), "8209", "сделано все уехали",
                 ["IMG_20261118_054012.jpg", "IMG_20261118_054027.jpg", "IMG_20261118_054101.jpg",
                  "IMG_20261118_054133.jpg"])
add(ar_8209, D("8209", [], LEFT, "photo report: done, left"))

k = N()
fw_inner = message_from_bytes(ar_8209.as_bytes())
fw_inner.replace_header("To", addr_header("To", OFFICE, "utf-8"))
add(outlook(k, T(18, 8, 42), "FW: 8209",
            "Доброе утро!\n\nПересылаю фотоотчет бригадира по заявке 8209 (во вложении).\n"
            "Парковка БЦ «Урал» убрана полностью, вывезено 52 м3, техника ушла в 05:45." + OFFICE_SIG_OL,
            rfc822=fw_inner),
    D("8209", [], LEFT, "forward as attachment (message/rfc822) of the foreman's report: done"))

# ======================= 8240 Революции 13 =======================
k = N()
add(outlook(k, T(18, 14, 33), "RE: Заявка № 8240 (ул. Революции, 13)",
            "Добрый день!\n\nЗаявка № 8240 принята в работу. Выезд техники — в ночь на 19.11." + OFFICE_SIG_OL +
            olq(T(18, 14, 5), DISP, OFFICE, "Заявка № 8240 (ул. Революции, 13)",
                "Заявка № 8240: уборка дворовой территории, ул. Революции, 13.\nПоз. 1 — внутренний двор, поз. 2 — гостевая парковка.")),
    D("8240", [], ACC, "acceptance"))

k = N()
add(outlook(k, T(18, 15, 12), "Вопрос по заявке 8240",
            "Добрый день!\n\nПодскажите, пожалуйста, по заявке 8240: снег с территории нужно вывозить "
            "или достаточно сдвинуть в валы вдоль забора? В заявке объем вывоза не указан, а от этого "
            "зависит, сколько КамАЗов ставить на ночь.\n\nЗаранее спасибо." + OFFICE_SIG_OL),
    R("question only, no status"))

k = N()
add(yandex(k, T(19, 1, 32), "8240", "революции 13 п1 п2 едем мтз 82 59 рк 4417 и газель с людьми", html_too=True),
    D("8240", ["1", "2"], WAY, "едем; 82/59/4417 are tractor model and plate"))

k = N()
add(yandex(k, T(19, 1, 56), "Re: Заявка № 8014 — уборка снега, ул. Ленина, 54, 56",
           "на месте революции начинаем" + yq(T(4, 17, 2), DISP, disp_8014), sig=False),
    R("wrong thread: subject/quote say 8014 (Lenina), body speaks of Revolyutsii (8240), no number in the new text"))

k = N()
add(yandex(k, T(19, 2, 6), "Fwd: 8240",
           "8240 ильдар пишет\n\n[01:58, 19.11.2026] Ильдар Гарипов: революции 13 на месте оба трактора во дворе\n"
           "[01:59, 19.11.2026] Ильдар Гарипов: газель на парковке людей высадила"),
    D("8240", [], ON, "WhatsApp lines pasted: crew on site"))

k = N()
add(yandex(k, T(19, 4, 47), "8240", "8240 п1 закончили п2 еще чистим камаз грузится"),
    R("different statuses for different positions (п1 finished, п2 still on site)"))

k = N()
add(mailru(k, T(19, 5, 12), "фото", "готово",
           ["IMG_20261119_050112.jpg", "IMG_20261119_050139.jpg", "IMG_20261119_050204.jpg"]),
    R("photo report with no request number, no position, no address"))

k = N()
add(yandex(k, T(19, 6, 31), "8240 п2", "8240 п2 выехали с объекта в 06:20 все чисто -18", cte="quoted-printable"),
    D("8240", ["2"], LEFT, "выехали С объекта = left"))

k = N()
add(yandex(k, T(19, 6, 53), "Fwd: 8240 п1",
           "ильдар ночью писал а я не переслал вот\n\n"
           "-------- Пересылаемое сообщение --------\n"
           "19.11.2026, 04:58, \"Ильдар Гарипов\" <ildar.garipov85@mail.ru>:\n"
           "Тема: 8240 п1\n\n"
           "внутренний двор революции 13 готово трактор выгнали\n\n"
           "--\nОтправлено из мобильной Почты Mail.ru\n"
           "-------- Конец пересылаемого сообщения --------", html_only=True),
    D("8240", ["1"], LEFT, "Yandex inline forward of the foreman's mail: п1 (inner yard) done; HTML-only"))

# ======================= 8318 Советская 3 =======================
k = N()
add(thebat(k, T(19, 12, 22), "Re: Заявка 8318 сосульки Советская 3",
           "Добрый день.\n\nЗаявка 8318 принята в работу. Автовышку освободим на другом объекте и бригада выйдет к вам\nпосле 12:30.\n\n"
           "Вы писали 19 ноября 2026 г., 12:07:\n\n"
           "ДС> Срочно! Над входом в аптеку висят сосульки, ул. Советская, 3.\n"
           "ДС> Заявка 8318, поз. 1 - скат над входом, поз. 2 - скат во двор, поз. 3 - торцевой скат.\n" + OFFICE_SIG_BAT),
    D("8318", [], ACC, "accepted; departure after 12:30 is a plan"))

k = N()
add(yandex(k, T(19, 12, 46), "8318", "8318 ребята поехали на советскую 3 вышка с ними будут к часу"),
    D("8318", [], WAY, "поехали, будут к часу"))

k = N()
add(mailru(k, T(19, 14, 31), "8318 поз 1", "сосульки сбиты скат над аптекой",
           ["IMG_20261119_142504.jpg", "IMG_20261119_142529.jpg"]),
    D("8318", ["1"], LEFT, "icicles knocked down = done"))

k = N()
add(yandex(k, T(19, 16, 2), "8318", "наряд 8318 П2 П3 сосульки \u0063били ленту сняли уехали"),
    D("8318", ["2", "3"], LEFT, "'наряд' as request word; 'сбили' with Latin c; П2 П3 done, left"))

k = N()
add(yandex(k, T(20, 10, 16), "Re: 8318 повторно сосульки",
           "завтра с утра пошлю ребят рәхмәт что сказали" +
           yq(T(20, 9, 48), DISP, "Ринат Рашитович, по заявке 8318 на торцевом скате (поз. 3) снова наросли сосульки.\n"
                                   "Просим повторно выехать.")),
    R("promise for tomorrow, no status"))

k = N()
add(yandex(k, T(20, 12, 3), "оплата", "исәнмесез оплату по 8014 получили рәхмәт все пришло по счету 214"),
    R("thanks for payment, no status"))

k = N()
yar = text_part("Здравствуйте. Я сейчас за рулем и не могу ответить.\nСрочно — звоните 8 902 634 18 27.\n\n"
                "Это автоматический ответ.", "plain", "utf-8", "base64")
add(finish(yar, k, "ya", OWNER, T(21, 9, 5), "Автоответ: Re: 8318 повторно сосульки",
           extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "yes")]),
    I("Yandex auto-reply"))

# ======================= 8455 Чкалова 9 / 8602 Крисанова 24 =======================
k = N()
add(thebat(k, T(23, 19, 33), "Re: Заявка 8455 Чкалова 9",
           "Здравствуйте, Диспетчерская.\n\nВы писали 23 ноября 2026 г., 19:08:\n\n"
           "ДС> Заявка 8455, ул. Чкалова, 9. Уборка снега: поз. 1 - парковка, поз. 2 - подъездная\n"
           "ДС> дорога, поз. 3 - пожарный проезд, поз. 4 - площадка ТБО. К 08:00 все должно быть чисто.\n\n"
           "Добрый вечер.\nЗаявка 8455 принята. По прогнозу снег до 23:00, выход техники - после полуночи:\n"
           "2 трактора МТЗ-82, фронтальный погрузчик Амкодор 332, КамАЗ.\n" + OFFICE_SIG_BAT),
    D("8455", [], ACC, "reply written under the quote; acceptance; equipment list and time are a plan"))

k = N()
add(yandex(k, T(24, 0, 21), "8455", "8455 еще не выехали камаз не заводится -27 греем ждем полчаса"),
    R("negation: not yet departed"))

k = N()
add(yandex(k, T(24, 0, 57), "8455", "8455 завели выехали на чкалова 9 два мтз погрузчик камаз", html_too=True),
    D("8455", [], WAY, "выехали на (to) Chkalova"))

k = N()
add(outlook(k, T(24, 8, 32), "Заявка 8455 — переписка бригады за ночь",
            "Доброе утро!\n\nПересылаю переписку из рабочего чата WhatsApp по заявке 8455 (ул. Чкалова, 9):\n\n"
            "[02:14, 24.11.2026] Ринат: на месте\n"
            "[02:16, 24.11.2026] Ринат: начинаем с парковки\n"
            "[05:41, 24.11.2026] Ильдар: п1 п2 закончили парковка и подъездная чистые\n"
            "[05:43, 24.11.2026] Ринат: 3 и 4 после обеда, все на базу отдыхать\n\n"
            "Пожарный проезд и площадку ТБО сделаем сегодня днем." + OFFICE_SIG_OL),
    D("8455", ["1", "2"], LEFT, "forwarded WhatsApp: п1 п2 finished and crew to base; п3/п4 only planned"))

k = N()
add(outlook(k, T(24, 11, 33), "RE: Заявка 8602 Крисанова 24 очистка кровли",
            "Добрый день!\n\nЗаявка 8602 принята. Кровельщики будут завтра, 25.11, с 08:00." + OFFICE_SIG_OL +
            olq(T(24, 11, 3), DISP, OFFICE, "Заявка 8602 Крисанова 24 очистка кровли",
                "Заявка 8602. Очистка кровли от снега и сосулек, ул. Крисанова, 24.\n"
                "Поз. 1 — над подъездами 1–3, поз. 2 — над подъездами 4–6.")),
    D("8602", [], ACC, "acceptance"))

k = N()
add(yandex(k, T(24, 14, 31), "8455 П3 П4",
           "8455 П3 П4 ПОЖАРНЫЙ ПРОЕЗД И ТБО ПОЧИСТИЛИ 64 КУБА ВЫВЕЗЛИ уезжаем"),
    D("8455", ["3", "4"], LEFT, "caps; cleaned, 64 m3 removed, leaving"))

tbl_rows = [("1", "Парковка", "02:14", "05:41", "выполнено"),
            ("2", "Подъездная дорога", "02:20", "05:41", "выполнено"),
            ("3", "Пожарный проезд", "12:05", "14:20", "выполнено"),
            ("4", "Площадка ТБО", "12:10", "14:25", "выполнено")]
tbl_txt = "\n".join(f"{a}\t{b}\t{c}\t{d}\t{e}" for a, b, c, d, e in tbl_rows)
tbl_html = ("<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>"
            "<tr><th>Поз.</th><th>Участок</th><th>Прибытие</th><th>Убытие</th><th>Статус</th></tr>" +
            "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in tbl_rows) +
            "</table>")
intro = "Добрый день!\n\nИтоговая информация по заявке № 8455 (ул. Чкалова, 9):"
outro = "Всего вывезено 212 м3 снега (17 рейсов)."
k = N()
add(outlook(k, T(24, 17, 3), "Заявка № 8455 — итог",
            intro + "\n\nПоз.\tУчасток\tПрибытие\tУбытие\tСтатус\n" + tbl_txt + "\n\n" + outro + OFFICE_SIG_OL,
            html_body=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
                       "<body lang=RU><div class=WordSection1>" +
                       "".join(f"<p class=MsoNormal>{html.escape(l) or '&nbsp;'}</p>" for l in intro.split("\n")) +
                       tbl_html + f"<p class=MsoNormal>{outro}</p>" +
                       "".join(f"<p class=MsoNormal>{html.escape(l) or '&nbsp;'}</p>" for l in OFFICE_SIG_OL.split("\n")) +
                       "</div></body></html>")),
    D("8455", ["1", "2", "3", "4"], LEFT, "HTML table, one row per position, all with убытие"))

# bounce
k = N()
orig = MIMENonMultipart("text", "plain", charset="utf-8")
orig.set_payload(base64.encodebytes("Алсу, добрый день. Просим направить акт по заявке 8455 до 27.11.".encode()).decode())
orig["Content-Transfer-Encoding"] = "base64"
orig["From"] = addr_header("From", DISP, "utf-8")
orig["To"] = "alsu.sh@sharipov-uborka.ru"
orig["Subject"] = Header("Акт по заявке 8455", "utf-8", header_name="Subject")
orig["Date"] = format_datetime(datetime(2026, 11, 24, 15, 30, 12, tzinfo=MSK))
orig["Message-ID"] = "<20261124153012.9120@zakazchik-omis.ru>"
bo = MIMEMultipart("report", **{"report-type": "delivery-status"})
bo.attach(text_part("This is the mail system at host mx.sharipov-uborka.ru.\n\n"
                    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                    "<alsu.sh@sharipov-uborka.ru>: host mx.sharipov-uborka.ru[185.22.61.14] said:\n"
                    "    550 5.1.1 <alsu.sh@sharipov-uborka.ru>: Recipient address rejected: User unknown in virtual mailbox table\n",
                    "plain", "us-ascii", "quoted-printable"))
ds = Message()
ds.set_type("message/delivery-status")
b1 = Message(); b1["Reporting-MTA"] = "dns; mx.sharipov-uborka.ru"; b1["Arrival-Date"] = "Tue, 24 Nov 2026 17:30:14 +0500"
b2 = Message(); b2["Final-Recipient"] = "rfc822; alsu.sh@sharipov-uborka.ru"; b2["Action"] = "failed"
b2["Status"] = "5.1.1"; b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
ds.set_payload([b1, b2])
bo.attach(ds)
bo.attach(MIMEMessage(orig))
add(finish(bo, k, "mx.sharipov-uborka.ru", DAEMON, T(24, 17, 30, 15), "Undelivered Mail Returned to Sender",
           extra=[("Auto-Submitted", "auto-replied")]),
    I("delivery failure report (bounce) of the dispatcher's own message"))

k = N()
add(yandex(k, T(25, 3, 2), "8455",
           "8455 опять намело буран видимости ноль техника снята с объекта стоим на базе до утра"),
    R("blizzard: equipment taken off after new snow; positions were already done and the new clearing is unfinished"))

k = N()
add(mailru(k, T(25, 8, 12), "#8602 п1", "на крыше начали с 1 подъезда", ["IMG_20261125_080733.jpg"]),
    D("8602", ["1"], ON, "on the roof, started"))

k = N()
add(yandex(k, T(25, 9, 33), "Re: Заявка 8602 Крисанова 24 очистка кровли",
           "по второй позиции тоже зашли на крышу 4 5 6 подъезды" +
           yq(T(24, 11, 3), DISP, "Заявка 8602. Очистка кровли от снега и сосулек, ул. Крисанова, 24.\n"
                                   "Поз. 1 — над подъездами 1–3, поз. 2 — над подъездами 4–6."), sig=False),
    D("8602", ["2"], ON, "number only in Re: subject/quote; 'по второй позиции' on the roof"))

k = N()
add(yandex(k, T(25, 12, 44), "8602",
           "крисанова 24 8602 п1 п2 все сделали сосульки сбили снег скинули\n"
           "тут метель началась ребят сняли с объекта но все доделано успели"),
    D("8602", ["1", "2"], LEFT, "blizzard wording 'сняли с объекта' but the work is explicitly finished"))

k = N()
add(outlook(k, T(26, 10, 4), "Документы по заявке 8602",
            "Добрый день!\n\nНаправляем акт выполненных работ № 117 от 26.11.2026 и счет № 245 от 26.11.2026 "
            "по заявке 8602 (ул. Крисанова, 24) на сумму 48 600,00 руб. (без НДС).\n"
            "Оригиналы передадим с курьером. Просим подписать и вернуть один экземпляр акта.\n"
            "Реквизиты: р/с 40802810349770012345 в Волго-Вятском банке ПАО Сбербанк, БИК 042202603." + OFFICE_SIG_OL,
            files=["Акт_117_от_26.11.2026.pdf", "Счет_245_от_26.11.2026.pdf"]),
    R("documents / invoice, no status"))

# ======================= write =======================
labels = {}
for i, (msg, lab) in enumerate(LETTERS, 1):
    name = f"{i:03d}.eml"
    with open(os.path.join(LET, name), "wb") as f:
        f.write(msg.as_bytes())
    labels[name] = lab
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REG, f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
