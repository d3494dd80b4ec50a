#!/usr/bin/env python3
"""Generator of test letters for persona DL: ООО «ОкнаПрофСервис» (Воронеж).

Run:  python3 make.py   -> writes letters/NNN.eml, labels.json, registry.json
"""
import json
import os
import random
import hashlib
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email import encoders
from email.policy import compat32

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")

MSK = timezone(timedelta(hours=3))
UTC = timezone.utc

DOMAIN = "oknaprof-vrn.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

SOTNIKOV = ("Павел Сотников", "p.sotnikov@oknaprof-vrn.ru")
BELOVA = ("Ирина Белова", "i.belova@oknaprof-vrn.ru")
DYAKOVA = ("Оксана Дьякова", "o.dyakova@oknaprof-vrn.ru")
CEH = ("Цех ОкнаПрофСервис", "ceh@oknaprof-vrn.ru")
KUZNECOV = ("Алексей Кузнецов", "kuznecov.alex.vrn@gmail.com")
RYAPOLOV = ("Дмитрий Ряполов", "ryapolov.d@gmail.com")
CHERNYH = ("Сергей Черных", "chernyh.montazh36@gmail.com")
NOREPLY = ("CRM ОкнаПрофСервис", "noreply@oknaprof-vrn.ru")
NEWS = ("ОкнаПрофСервис", "news@oknaprof-vrn.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@oknaprof-vrn.ru")

PHONES = {
    BELOVA: "+7 (473) 290-44-15, доб. 112",
    DYAKOVA: "+7 (473) 290-44-17",
    SOTNIKOV: "+7 (473) 290-44-10",
}

rnd = random.Random(20261127)
random.seed(20261127)  # MIME boundaries

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
           "августа", "сентября", "октября", "ноября", "декабря"]


def d(day, hh, mm, tz=MSK, ss=None):
    return datetime(2026, 11, day, hh, mm, rnd.randint(0, 59) if ss is None else ss, tzinfo=tz)


def cs(charset, cte):
    c = Charset(charset)
    c.body_encoding = {"qp": QP, "b64": BASE64}[cte]
    return c


def fit(text, charset):
    """What a mail client does with characters its 8-bit charset lacks."""
    if charset.lower() == "koi8-r":
        for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N"), ("₽", "руб.")):
            text = text.replace(a, b)
    elif charset.lower() == "windows-1251":
        text = text.replace("₽", "руб.")
    return text


def tpart(text, subtype="plain", charset="utf-8", cte="b64"):
    return MIMEText(fit(text, charset), subtype, cs(charset, cte))


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(fit(s, charset), charset, header_name="Subject")


def addr(pair, charset="utf-8"):
    name, a = pair
    return formataddr((fit(name, charset), a), charset=charset)


def fake_jpeg(seed, n=1800):
    r = random.Random(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xdb\x00\x43\x00" + bytes(r.randrange(1, 40) for _ in range(64))
            + r.randbytes(n) + b"\xff\xd9")


def gmail_id():
    s = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(40))
    return "<CA%s@mail.gmail.com>" % s


def outlook_id():
    h = "%012x" % rnd.getrandbits(48)
    return "<000%s$%08x$%08x$@%s>" % (h[:9], rnd.getrandbits(32), rnd.getrandbits(32), DOMAIN)


def crm_id(tag):
    return "<crm.deal.%s.%d@%s>" % (tag, rnd.randint(100000, 999999), DOMAIN)


def bat_id(dt):
    return "<%d.%s@%s>" % (rnd.randint(10**8, 10**9), dt.strftime("%Y%m%d%H%M%S"), DOMAIN)


def disp_id():
    return "<%s.%d@zakazchik-omis.ru>" % ("%08x" % rnd.getrandbits(32), rnd.randint(1000, 9999))


def set_common(msg, frm, subject, dt, msgid, charset="utf-8", to=DISPATCH, cc=None,
               in_reply_to=None, extra=None, date_str=None):
    msg["From"] = addr(frm, charset)
    msg["To"] = addr(to, charset)
    if cc:
        msg["Cc"] = ", ".join(addr(c, charset) for c in cc)
    msg["Subject"] = hdr(subject, charset)
    msg["Date"] = date_str or format_datetime(dt)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (extra or []):
        msg[k] = v
    # MIME headers after the envelope-like ones, as mail clients write them
    for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        v = msg.get(k)
        if v is not None:
            del msg[k]
            msg[k] = v
    return msg


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- Gmail (Android)

def gmail_attr(dt, who):
    return "%s, %d %s. %d г., %02d:%02d %s <%s>:" % (
        WD[dt.weekday()], dt.day, "нояб", dt.year, dt.hour, dt.minute, who[0], who[1])


def gmail(frm, dt, subject, body, quote=None, photos=0, in_reply_to=None, cte="b64"):
    """quote = (dt, who, text) for Gmail-style quoted history."""
    plain = body
    html_body = "".join('<div dir="auto">%s</div>' % (html_escape(l) if l else "<br>")
                        for l in body.split("\n"))
    html = '<div dir="auto">%s</div>' % html_body
    if quote:
        qdt, qwho, qtext = quote
        attr = gmail_attr(qdt, qwho)
        plain += "\n\n" + attr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in qtext.split("\n")) + "\n"
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                 'padding-left:1ex">%s</blockquote></div>') % (
            html_escape(attr), "<br>".join(html_escape(l) for l in qtext.split("\n")))
    alt = MIMEMultipart("alternative")
    alt.attach(tpart(plain, "plain", "utf-8", cte))
    alt.attach(tpart(html, "html", "utf-8", cte))
    if photos:
        msg = MIMEMultipart("mixed")
        msg.attach(alt)
        for i in range(photos):
            p = MIMEBase("image", "jpeg", name="IMG_%s_%02d%02d%02d.jpg" % (
                dt.strftime("%Y%m%d"), dt.hour, (dt.minute - photos + i) % 60, rnd.randint(0, 59)))
            p.set_payload(fake_jpeg(int(hashlib.md5(("%s/%d" % (subject, i)).encode()).hexdigest()[:8], 16)))
            encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=p.get_param("name"))
            p.add_header("X-Attachment-Id", "f_%s" % ("%010x" % rnd.getrandbits(40)))
            msg.attach(p)
    else:
        msg = alt
    return set_common(msg, frm, subject, dt, gmail_id(), "utf-8", in_reply_to=in_reply_to)


# ---------------------------------------------------------------- Outlook

SIG_SOTNIKOV = ("С уважением,\nПавел Сотников\nруководитель сервисной службы\nООО «ОкнаПрофСервис»\n"
                "г. Воронеж, ул. Электросигнальная, 17, оф. 3\n"
                "тел. +7 (473) 290-44-10, моб. +7 951 862-33-07")
SIG_BELOVA = "С уважением,\nИрина Белова\nменеджер сервисного отдела\nООО «ОкнаПрофСервис»\nтел. +7 (473) 290-44-15, доб. 112"
SIG_DYAKOVA = "--\nОксана Дьякова\nменеджер | ООО «ОкнаПрофСервис»\n+7 (473) 290-44-17\nwww.oknaprof-vrn.ru"


def outlook_quote_ru(qdt, qfrom, qto, qsubj, qtext):
    return ("\n\nОт: %s <%s>\nОтправлено: %d %s %d г. %d:%02d\nКому: %s <%s>\nТема: %s\n\n%s" % (
        qfrom[0], qfrom[1], qdt.day, MON_GEN[qdt.month - 1], qdt.year, qdt.hour, qdt.minute,
        qto[0], qto[1], qsubj, qtext))


def outlook_quote_en(qdt, qfrom, qto, qsubj, qtext):
    return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        qfrom[0], qfrom[1], qdt.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "),
        qto[1], qsubj, qtext))


def outlook(frm, dt, subject, body, charset="windows-1251", cte="qp", quote="", html=True,
            in_reply_to=None, cc=None, importance=None):
    text = body + quote
    if html:
        paras = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html_escape(l) if l else "&nbsp;")
                        for l in text.split("\n"))
        h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
             '</head>\n<body lang="RU" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n'
             % (charset, paras))
        msg = MIMEMultipart("alternative")
        msg.attach(tpart(text, "plain", charset, cte))
        msg.attach(tpart(h, "html", charset, cte))
    else:
        msg = tpart(text, "plain", charset, cte)
    extra = [("X-Mailer", "Microsoft Outlook 16.0"),
             ("Thread-Index", "AdtS%s" % "".join(rnd.choice("ABCDEFGHabcdefgh0123456789+/") for _ in range(20))),
             ("Content-Language", "ru")]
    if importance:
        extra.append(("Importance", importance))
    return set_common(msg, frm, subject, dt, outlook_id(), charset, in_reply_to=in_reply_to,
                      cc=cc, extra=extra)


# ---------------------------------------------------------------- The Bat! (workshop PC)

def thebat(dt, subject, body, charset="windows-1251", cte="qp", to=DISPATCH, cc=None, in_reply_to=None):
    msg = tpart(body, "plain", charset, cte)
    return set_common(msg, CEH, subject, dt, bat_id(dt), charset, to=to, cc=cc, in_reply_to=in_reply_to,
                      extra=[("X-Mailer", "The Bat! (v9.4.5) Professional"), ("X-Priority", "3 (Normal)")])


# ---------------------------------------------------------------- CRM (manual letters from template)

def crm(frm, dt, subject, deal, stage, next_action, amount, comment, html_only=False, cte="b64",
        table=None, tag="x"):
    resp = "%s %s" % (frm[0].split()[1], frm[0].split()[0])
    rows = [("Сделка", deal), ("Этап сделки", stage), ("Ответственный", resp),
            ("Следующее действие", next_action), ("Сумма", amount)]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head>',
         '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">',
         '<p>Здравствуйте!</p>',
         '<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:14px">']
    for k, v in rows:
        h.append('<tr><td style="color:#7a7a7a;padding-right:12px">%s:</td><td>%s</td></tr>' % (
            k, ("<b>%s</b>" % html_escape(v)) if k == "Этап сделки" else html_escape(v)))
    h.append('</table>')
    p = ["Здравствуйте!", ""] + ["%s: %s" % r for r in rows] + [""]
    if table:
        h.append('<p><b>Позиции:</b></p><table border="1" cellpadding="5" cellspacing="0" '
                 'style="border-collapse:collapse;font-size:13px">')
        h.append('<tr style="background:#eef3f8"><th>№ поз.</th><th>Участок</th><th>Состояние</th><th>Примечание</th></tr>')
        p.append("Позиции:")
        for r in table:
            h.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html_escape(c) for c in r))
            p.append(" | ".join(r))
        h.append('</table>')
        p.append("")
    h.append('<p><b>Комментарий:</b><br>%s</p>' % "<br>".join(html_escape(l) for l in comment.split("\n")))
    foot = ("Письмо отправлено из CRM ООО «ОкнаПрофСервис». Отвечая, сохраняйте номер в теме письма.",
            "Ответственный: %s, тел. %s" % (resp, PHONES[frm]),
            "ИНН 3662287415 / КПП 366201001")
    h.append('<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:12px;color:#888">%s</p>'
             % "<br>".join(html_escape(x) for x in foot))
    h.append('</body></html>')
    p += ["Комментарий:", comment, "", "---"] + list(foot)
    html = "\n".join(h)
    if html_only:
        msg = tpart(html, "html", "utf-8", cte)
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(tpart("\n".join(p), "plain", "utf-8", cte))
        msg.attach(tpart(html, "html", "utf-8", cte))
    return set_common(msg, frm, subject, dt, crm_id(tag), "utf-8",
                      extra=[("X-Mailer", "Bitrix24 CRM Mailer"), ("X-CRM-Deal", tag)])


def crm_auto(dt, subject, body_lines, tag, kind="auto-generated", bulk=False):
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">%s'
            '<p style="color:#999;font-size:12px">Это письмо сформировано автоматически. Пожалуйста, не отвечайте на него.</p>'
            '</body></html>') % "".join("<p>%s</p>" % html_escape(l) for l in body_lines)
    plain = "\n\n".join(body_lines) + "\n\nЭто письмо сформировано автоматически. Пожалуйста, не отвечайте на него.\n"
    msg = MIMEMultipart("alternative")
    msg.attach(tpart(plain, "plain", "utf-8", "b64"))
    msg.attach(tpart(html, "html", "utf-8", "b64"))
    extra = [("Auto-Submitted", kind), ("X-Auto-Response-Suppress", "All"),
             ("X-Mailer", "Bitrix24 CRM Notifier"), ("X-CRM-Deal", tag)]
    if bulk:
        extra.append(("Precedence", "bulk"))
    return set_common(msg, NOREPLY, subject, dt, crm_id("n" + tag), "utf-8", extra=extra)


# ---------------------------------------------------------------- special machine mail (raw)

def raw_bytes(s):
    return s.replace("\r\n", "\n").encode("utf-8")


def b64(s, charset="utf-8"):
    import base64
    e = base64.b64encode(s.encode(charset)).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


# ============================================================================
LETTERS = []   # (dt, builder_result(bytes), label)


def add(dt, msg, label):
    if isinstance(msg, bytes):
        data = msg
    else:
        data = msg.as_bytes(policy=compat32)
    LETTERS.append((dt, data, label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ----------------------------------------------------------------- 127514 Кольцовская 35
t = d(2, 10, 5)
add(t, crm(BELOVA, t, "Заявка №127514 — Кольцовская, 35 (фурнитура)",
           "Кольцовская 35 — ремонт фурнитуры (заявка 127514)", "Выезд замерщика", "звонок 03.11",
           "0 ₽ (по факту после осмотра)",
           "Добрый день! Заявку получили и приняли в работу. Мастер — Кузнецов Алексей, выезд "
           "планируем завтра с утра, посмотрит все три кабинета за один раз.", tag="127514"),
    dec("127514", [], PR, "CRM-шаблон: этап «Выезд замерщика» — поле CRM, не факт; комментарий: приняли в работу, выезд — план"))

t = d(3, 8, 47)
add(t, gmail(KUZNECOV, t, "127514", "Выехал на Кольцовскую 35, минут через 25 буду"),
    dec("127514", [], VP, "монтажник с телефона: выехал на объект"))

t = d(3, 9, 21)
q = d(3, 9, 2)
add(t, gmail(KUZNECOV, t, "Re: 127514", "На месте, охрана пропустила. Начинаю",
             quote=(q, DISPATCH, "Алексей, принято. Охрану предупредили, пропуск на Кузнецова А.В. заказан.\n\n--\nДиспетчерская ОМИС"),
             in_reply_to=disp_id()),
    dec("127514", [], NM, "«На месте» под цитатой диспетчера; позиции не названы"))

t = d(3, 12, 40)
add(t, gmail(KUZNECOV, t, "127514 п.1 п.2",
             "по 127514 п.1 и п.2 готово. в 204 отрегулировал прижим и поменял ручку, в 207 ножницы заменил\n"
             "переговорную (п.3) не успеваю, там нижняя петля Roto лопнула, надо везти. завтра\n"
             "фото во вложении", photos=2),
    dec("127514", ["1", "2"], UB, "п.1 и п.2 готово; п.3 — только план на завтра"))

t = d(3, 16, 5)
add(t, thebat(t, "Фурнитура Roto для 127514",
              "Добрый день.\n\nНижняя петля Roto NT до 100 кг (арт. 254 316) на складе есть, выдали Кузнецову,\n"
              "завтра поставит в переговорной на Кольцовской.\n\n--\nФомин Геннадий, мастер цеха\nООО «ОкнаПрофСервис», тел. +7 (473) 290-44-19",
              cc=[KUZNECOV]),
    rev("цех о запчасти: петлю выдали, поставят завтра — план, статус не сообщается"))

t = d(4, 15, 10)
add(t, crm(BELOVA, t, "Заявка №127514 — Кольцовская, 35 (фурнитура)",
           "Кольцовская 35 — ремонт фурнитуры (заявка 127514)", "Подписание акта", "отправить акт 06.11",
           "12 400 ₽",
           "По 3-й позиции (переговорная) петлю Roto заменили, створка открывается и закрывается нормально.\n"
           "Мастер уехал с объекта в 14:30.", cte="qp", tag="127514"),
    dec("127514", ["3"], UB, "комментарий: по 3-й позиции работы сделаны, мастер уехал; этап «Подписание акта» — поле CRM"))

t = d(5, 11, 20)
q = d(5, 10, 2)
add(t, outlook(BELOVA, t, "RE: 127514 — акт выполненных работ",
               "Наталья, добрый день.\n\nАкт № 0412 от 04.11.2026 и счёт на 12 400 руб. отправим курьером в пятницу 06.11, "
               "оригиналы с печатью.\n\n" + SIG_BELOVA,
               quote=outlook_quote_ru(q, DISPATCH, BELOVA, "127514 — акт выполненных работ",
                                      "Ирина, добрый день.\nПо нашим данным работы по заявке 127514 завершены 04.11, "
                                      "все три позиции. Пришлите, пожалуйста, акт.\n\nДиспетчер ОМИС Наталья Гребенщикова"),
               in_reply_to=disp_id()),
    rev("разговор об акте и счёте; «работы завершены» только в цитате письма диспетчера"))

# ----------------------------------------------------------------- 127608 пр-т Революции 48
t = d(3, 12, 30)
q = d(3, 11, 47)
add(t, outlook(SOTNIKOV, t, "RE: Заявка 127608 пр-т Революции 48",
               "Наталья, добрый день!\n\nЗаявку приняли. Стеклопакет под заказ: сегодня после 15:00 замерщик снимет размеры, "
               "дальше запускаем в цех.\n\n" + SIG_SOTNIKOV,
               quote=outlook_quote_ru(q, DISPATCH, SOTNIKOV, "Заявка 127608 пр-т Революции 48",
                                      "Павел, добрый день.\nНаправляем заявку 127608: магазин, пр-т Революции, 48 — треснул "
                                      "стеклопакет витрины (правая секция). Прошу принять в работу. Доступ с 9:00 до 21:00.\n\n"
                                      "Диспетчер ОМИС Наталья Гребенщикова\n+7 (473) 239-00-51"),
               in_reply_to=disp_id()),
    dec("127608", [], PR, "Outlook, ответ над цитатой: заявку приняли; замер — план"))

t = d(3, 15, 52)
add(t, gmail(RYAPOLOV, t, "127608 замер", "Заявка 127608. Я на месте, Революции 48, снимаю размер стеклопакета"),
    dec("127608", [], NM, "замерщик на объекте"))

t = d(10, 9, 30)
add(t, crm(DYAKOVA, t, "Обращение 127608 — перенос монтажа", "Революции 48 — замена стеклопакета витрины",
           "Монтаж", "монтаж 12.11 08:00", "9 850 ₽",
           "Стеклопакет из цеха получили. Монтаж переносим на четверг 12.11 к открытию — магазин попросил, "
           "сегодня у них инвентаризация.", html_only=True, tag="127608"),
    rev("этап «Монтаж» — поле CRM; по комментарию монтаж перенесён, ничего не произошло"))

t = d(12, 11, 25)
add(t, gmail(RYAPOLOV, t, "Re: 127608 замер",
             "стеклопакет поменяли, загерметизировали, штапик на месте. Убыли с объекта, фото во вложении",
             quote=(d(3, 15, 52), RYAPOLOV, "Заявка 127608. Я на месте, Революции 48, снимаю размер стеклопакета"),
             photos=3),
    dec("127608", [], UB, "новый текст: убыли; в цитате старое «на месте», тема «замер»"))

t = d(12, 12, 2)
mdn = """From: =?windows-1251?B?{fromname}?= <p.sotnikov@oknaprof-vrn.ru>
To: =?windows-1251?B?{toname}?= <dispatch@zakazchik-omis.ru>
Subject: =?windows-1251?B?{subj}?=
Date: {date}
Message-ID: {mid}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_0042_01DB54A1.7E1C3B20"
X-Mailer: Microsoft Outlook 16.0
Content-Language: ru

This is a multi-part message in MIME format.

------=_NextPart_000_0042_01DB54A1.7E1C3B20
Content-Type: text/plain;
\tcharset="windows-1251"
Content-Transfer-Encoding: base64

{text}

------=_NextPart_000_0042_01DB54A1.7E1C3B20
Content-Type: message/disposition-notification

Reporting-UA: oknaprof-vrn.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;p.sotnikov@oknaprof-vrn.ru
Original-Message-ID: <5f2c91ab.4471@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0042_01DB54A1.7E1C3B20--
"""
import base64 as _b
_w = lambda s: _b.b64encode(s.encode("windows-1251")).decode()
add(t, raw_bytes(mdn.format(
    fromname=_w("Павел Сотников"), toname=_w("Диспетчерская ОМИС"),
    subj=_w("Прочитано: Заявка 127608 — подтвердите окончание работ"),
    date=format_datetime(t), mid=outlook_id(),
    text=b64("Ваше сообщение\r\n\r\n  Кому: Павел Сотников\r\n  Тема: Заявка 127608 — подтвердите окончание работ\r\n"
             "  Отправлено: 12.11.2026 11:48\r\n\r\nбыло прочитано 12.11.2026 12:02.\r\n", "windows-1251"))),
    ign("уведомление о прочтении (MDN) от Outlook"))

# ----------------------------------------------------------------- 127733 ТЦ Плехановская 10
t = d(5, 9, 12)
add(t, crm(BELOVA, t, "Сделка #127733: ТЦ Плехановская 10, двери", "ТЦ Плехановская 10 — регулировка входных дверей",
           "Первичный контакт", "выезд 05.11 после 13:00", "—",
           "Взяли в работу. Бригада Черных подъедет сегодня после обеда, начнут с центрального входа.",
           html_only=True, tag="127733"),
    dec("127733", [], PR, "HTML-only CRM: взяли в работу; выезд — план"))

t = d(5, 13, 35)
add(t, gmail(CHERNYH, t, "Плехановская 10 (127733)",
             "В пути, будем к 14:00. Газель К417ОР136, пропустите на парковку пожалуйста", cte="qp"),
    dec("127733", [], VP, "номер в скобках после адреса; госномер машины — не номер заявки"))

t = d(5, 14, 8)
add(t, gmail(CHERNYH, t, "Re: Плехановская 10 (127733)", "ПРИБЫЛИ. Начали с центрального",
             quote=(d(5, 13, 41), DISPATCH, "Сергей, машину пропустят, въезд со двора, шлагбаум откроет охрана.\n\n"
                    "Диспетчерская ОМИС\n+7 (473) 239-00-51"), in_reply_to=disp_id()),
    dec("127733", [], NM, "капсом: прибыли"))

t = d(5, 17, 5)
add(t, gmail(CHERNYH, t, "127733-1",
             "центральный вход готов, доводчики и петли отрегулировали, дверь не заедает\n"
             "служебный завтра, нужен новый замок"),
    dec("127733", ["1"], UB, "позиция через дефис в теме; по служебному (2) — план"))

t = d(6, 11, 55)
add(t, outlook(SOTNIKOV, t, "127733 (2)",
               "Добрый день.\n\nПо заявке 127733 служебный вход: замок (корпус + цилиндр) заменили, дверь закрывается на ключ. "
               "Бригада уехала в 11:40.\nКлючи 3 шт. переданы администратору ТЦ под роспись.\n\n" + SIG_SOTNIKOV,
               charset="koi8-r", cte="b64", html=False),
    dec("127733", ["2"], UB, "KOI8-R, позиция в скобках в теме; бригада уехала"))

# ----------------------------------------------------------------- 127901 Ленина 73
t = d(6, 10, 50)
add(t, outlook(SOTNIKOV, t, "RE: Заявка 127901 Ленина 73 сезонное обслуживание",
               "Добрый день.\n\nЗаявка 127901 принята. По 4 этажам выходит 3 рабочих дня, предлагаем 9–11.11, бригада Ряполова.\n"
               "Если даты не подходят — сообщите.\n\n" + SIG_SOTNIKOV,
               charset="koi8-r", cte="qp",
               quote=outlook_quote_ru(d(6, 10, 3), DISPATCH, SOTNIKOV, "Заявка 127901 Ленина 73 сезонное обслуживание",
                                      "Павел, добрый день.\nЗаявка 127901, филиал ул. Ленина, 73: сезонное обслуживание окон "
                                      "(утепление, перевод фурнитуры в зимний режим).\nПоз. 1 — 1 этаж, поз. 2 — 2 этаж, "
                                      "поз. 3 — 3 этаж, поз. 4 — мансарда.\n\nДиспетчер ОМИС"),
               in_reply_to=disp_id()),
    dec("127901", [], PR, "KOI8-R; «по 4 этажам» — количество, не позиция; даты — план"))

t = d(9, 8, 40)
add(t, gmail(RYAPOLOV, t, "127901", "Ленина 73, выехали, будем к 9"),
    dec("127901", [], VP, "выехали"))

t = d(9, 17, 20)
add(t, crm(DYAKOVA, t, "Наряд 127901 — отчёт за 09.11", "Ленина 73 — сезонное обслуживание окон (наряд 127901)",
           "Монтаж", "продолжение 10.11 09:00", "38 600 ₽",
           "1-й и 2-й этажи закончили, бригада уехала в 17:00. Завтра 3-й этаж, в среду мансарда.",
           table=[("1", "1 этаж, 14 окон", "выполнено", "уплотнитель заменён на 5 окнах"),
                  ("2", "2 этаж, 12 окон", "выполнено", ""),
                  ("3", "3 этаж, 12 окон", "запланировано", "10.11"),
                  ("4", "мансарда, 6 окон", "запланировано", "11.11")], tag="127901"),
    dec("127901", ["1", "2"], UB, "HTML-таблица по позициям: 1 и 2 выполнено, 3 и 4 — план"))

t = d(10, 16, 20)
add(t, gmail(RYAPOLOV, t, "127901 П3", "П3 сдедали, все окна отрегулированы, уплотнитель где надо поменяли. Мы уехали"),
    dec("127901", ["3"], UB, "П3, опечатка «сдедали», уехали"))

t = d(11, 9, 15)
add(t, gmail(RYAPOLOV, t, "127901 поз4", "на мансарде, приступили"),
    dec("127901", ["4"], NM, "поз4 в теме; на месте, работают"))

t = d(11, 15, 5)
add(t, outlook(DYAKOVA, t, "FW: 127901 поз.4 мансарда",
               "Наталья, пересылаю отчёт бригады по мансарде. Акт по заявке подготовим на этой неделе.\n\n" + SIG_DYAKOVA,
               charset="utf-8", cte="qp",
               quote=outlook_quote_en(d(11, 14, 48), RYAPOLOV, DYAKOVA, "127901 поз.4 мансарда",
                                      "Мансарду закончили. Окна 6 шт отрегулированы, откосы подмазали, мусор вынесли. Уезжаем")),
    dec("127901", ["4"], UB, "пересылка (-----Original Message-----): бригада закончила мансарду (поз.4 в теме), уезжает"))

# ----------------------------------------------------------------- 128045 склад Землячки 15
t = d(9, 11, 55, tz=UTC)
add(t, crm_auto(t, "Ваше обращение №128045 зарегистрировано",
                ["Здравствуйте!", "Ваше обращение зарегистрировано в CRM ООО «ОкнаПрофСервис» под номером 128045.",
                 "Объект: ул. Землячки, 15 — ремонт металлопластиковой двери.",
                 "Ответственный менеджер: Белова Ирина, +7 (473) 290-44-15."], "128045"),
    ign("автоуведомление CRM (Auto-Submitted: auto-generated)"))

t = d(9, 15, 30)
add(t, outlook(BELOVA, t, "Заявка 128045 — контакт на складе",
               "Добрый день!\n\nПо заявке 128045 (ул. Землячки, 15) подскажите, пожалуйста, контактное лицо на складе. "
               "Номер из заявки +7 (473) 255-18-40 не отвечает, хотим согласовать время выезда.\n\n" + SIG_BELOVA),
    rev("вопрос о контакте, статуса нет"))

t = d(10, 8, 10)
add(t, gmail(KUZNECOV, t, "128045", "Еду на Землячки 15, буду через 20 мин. Кладовщику передайте пусть встретит"),
    dec("128045", [], VP, "еду, буду через 20 минут"))

t = d(10, 10, 40)
add(t, outlook(SOTNIKOV, t, "Заявка 128045 — простой мастера",
               "Наталья, добрый день.\n\nСегодня наш мастер Кузнецов с 8:30 до 9:15 простоял у ворот склада на Землячки, 15: "
               "пропуск не заказан, кладовщик на звонки не отвечал. Мастер был вынужден уехать на следующий объект, "
               "к двери не подходил.\n\nПросим согласовать новое время и учесть ложный выезд (1 500 ₽ по договору № 47/2026 "
               "от 12.01.2026).\n\n" + SIG_SOTNIKOV, importance="high"),
    rev("жалоба на простой и ложный выезд: работы не было, убытие с работой не связано"))

t = d(11, 12, 20)
add(t, crm(BELOVA, t, "Заявка №128045 — Землячки, 15", "Склад Землячки 15 — ремонт двери", "Выезд замерщика",
           "выставить счёт", "4 300 ₽",
           "Дверь склада отремонтировали: заменили нижнюю петлю и ответную планку, закрывается без усилия.\n"
           "Мастер уехал в 12:05.", tag="128045"),
    dec("128045", [], UB, "этап «Выезд замерщика» устарел; комментарий — работы выполнены, мастер уехал"))

# ----------------------------------------------------------------- 128117 Хользунова 40
t = d(10, 9, 50)
add(t, outlook(SOTNIKOV, t, "RE: Новая заявка 128117 — Хользунова 40",
               "Принято в работу. Уплотнитель (серый, EPDM) есть на складе, по срокам сообщу сегодня до конца дня.\n\n"
               "П. Сотников\nООО «ОкнаПрофСервис», +7 951 862-33-07",
               quote=outlook_quote_en(d(10, 9, 11), DISPATCH, SOTNIKOV, "Новая заявка 128117 — Хользунова 40",
                                      "Павел, добрый день.\nПрошу принять заявку 128117, отделение ул. Хользунова, 40: "
                                      "замена уплотнителя.\nПоз. 1 — окна зала обслуживания (8 шт), поз. 2 — окна кабинетов (5 шт).\n\n"
                                      "Диспетчерская ОМИС"), in_reply_to=disp_id(), html=False),
    dec("128117", [], PR, "«Принято в работу»; позиции только в цитате"))

t = d(12, 14, 31)
orig = MIMEText("Коллеги, добрый день.\n\nПо заявке 128117 доступ в кабинеты (поз. 2) только в понедельник 16.11 с 9:00, "
                "в пятницу там проверка.\n\nДиспетчерская ОМИС\n", "plain", "utf-8")
set_common(orig, DISPATCH, "128117 — доступ в кабинеты", d(12, 14, 30), "<7a31c0de.5520@zakazchik-omis.ru>",
           to=("Монтажный отдел", "montazh@oknaprof-vrn.ru"))
orig_s = orig.as_string(policy=compat32)
bounce = """Return-Path: <>
From: MAILER-DAEMON@oknaprof-vrn.ru (Mail Delivery System)
To: dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: <20261112113119.4F2A61C0233@mx1.oknaprof-vrn.ru>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4F2A61C0233.1794483079/mx1.oknaprof-vrn.ru"

This is a MIME-encapsulated message.

--4F2A61C0233.1794483079/mx1.oknaprof-vrn.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.oknaprof-vrn.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<montazh@oknaprof-vrn.ru>: mailbox is full: quota exceeded (mailbox for user
    is full)

--4F2A61C0233.1794483079/mx1.oknaprof-vrn.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.oknaprof-vrn.ru
X-Postfix-Queue-ID: 4F2A61C0233
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: Thu, 12 Nov 2026 14:30:52 +0300 (MSK)

Final-Recipient: rfc822; montazh@oknaprof-vrn.ru
Original-Recipient: rfc822;montazh@oknaprof-vrn.ru
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full: quota exceeded

--4F2A61C0233.1794483079/mx1.oknaprof-vrn.ru
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig}
--4F2A61C0233.1794483079/mx1.oknaprof-vrn.ru--
""".format(date=format_datetime(t), orig=orig_s)
add(t, raw_bytes(bounce), ign("bounce (Postfix, mailbox full); внутри — письмо диспетчера о заявке 128117"))

t = d(13, 9, 40)
add(t, gmail(CHERNYH, t, "128117 поз 1 на месте", "Хользунова 40, на месте, начали с зала. Охрана пропустила по паспорту"),
    dec("128117", ["1"], NM, "поз 1, на месте"))

t = d(13, 16, 30)
add(t, gmail(CHERNYH, t, "Re: 128117 поз 1 на месте",
             "зал закончили, уплотнитель заменен на всех 8 окнах. Кабинеты (2) в понедельник с 9",
             quote=(d(13, 9, 52), DISPATCH, "Принято, спасибо."), in_reply_to=disp_id()),
    dec("128117", ["1"], UB, "тема Re: «на месте» устарела; тело — зал (поз.1) закончили; кабинеты — план"))

t = d(16, 13, 10)
add(t, crm(DYAKOVA, t, "Заявка №128117 — Хользунова, 40", "Хользунова 40 — замена уплотнителя", "Работы выполнены",
           "звонок 17.11", "21 700 ₽",
           "Кабинеты (поз. 2): мастер на объекте с 9:10, работы идут, к 17:00 рассчитывает закончить.",
           html_only=True, cte="qp", tag="128117"),
    dec("128117", ["2"], NM, "этап «Работы выполнены» — поле CRM, комментарий: мастер на объекте, работы идут"))

t = d(16, 17, 45)
add(t, gmail(CHERNYH, t, "128117-2", "ВСЁ, кабинеты готовы, уeхали"),
    dec("128117", ["2"], UB, "латинская e в «уeхали»; позиция через дефис"))

# ----------------------------------------------------------------- 128260 9 Января 68
t = d(12, 15, 10)
cal = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Павел Сотников:mailto:p.sotnikov@oknaprof-vrn.ru\r\n"
       "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "DTSTART;TZID=Russian Standard Time:20261116T090000\r\nDTEND;TZID=Russian Standard Time:20261116T120000\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Выезд по заявке 128260 (9 Января\\, 68)\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000B0A1E3C4F5D6DA01000000000000000010000000\r\n"
       "DTSTAMP:20261112T121000Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
calmsg = MIMEMultipart("alternative")
calmsg.attach(tpart("", "plain", "utf-8", "qp"))
cp = tpart(cal, "calendar", "utf-8", "b64")
cp.set_param("method", "REPLY")
calmsg.attach(cp)
set_common(calmsg, SOTNIKOV, "Принято: Выезд по заявке 128260 (9 Января, 68)", t, outlook_id(),
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")])
add(t, calmsg, ign("ответ на приглашение календаря Outlook (METHOD:REPLY, «Принято:»)"))

t = d(13, 10, 0)
add(t, crm(DYAKOVA, t, "Сделка 128260 — 9 Января, 68: смета на откосы", "9 Января 68 — ручки, балконная дверь, откосы",
           "Согласование КП", "ждём ответ до 16.11", "12 400 ₽",
           "По поз. 3 (откосы) после осмотра по фото: нужен демонтаж старой штукатурки и сэндвич-панели, доп. смета 12 400 ₽.\n"
           "Прошу согласовать, без согласования откосы не начинаем. Ручки и балконную дверь (поз. 1, 2) делаем 16.11, как договаривались.",
           tag="128260"),
    rev("согласование сметы и планы, статуса нет"))

t = d(16, 8, 30)
add(t, gmail(KUZNECOV, t, "128260", "выезжаю на 9 Января, ручки везу 5 шт. буду в 9"),
    dec("128260", [], VP, "выезжаю на объект (предлог «на»)"))

t = d(16, 11, 50)
add(t, gmail(KUZNECOV, t, "Re: 128260",
             "ручки поменял (п.1), балконную отрегулировал, теперь закрывается без усилия (п.2). по откосам жду решения. фото во вложении",
             quote=(d(16, 8, 44), DISPATCH, "Алексей, ключ от балкона у секретаря на ресепшн."), photos=1,
             in_reply_to=disp_id()),
    dec("128260", ["1", "2"], UB, "п.1 и п.2 сделаны; откосы (3) — ждут решения"))

t = d(19, 14, 0)
add(t, crm(BELOVA, t, "Сделка 128260 — 9 Января, 68: откосы", "9 Января 68 — ручки, балконная дверь, откосы",
           "Согласование КП", "акт 20.11", "12 400 ₽",
           "Смета согласована 17.11. Откосы (поз. 3) сделали сегодня, мастер отбыл с объекта в 13:40, мусор вывезли.",
           html_only=True, tag="128260"),
    dec("128260", ["3"], UB, "этап устарел; комментарий: поз.3 сделана, мастер отбыл"))

t = d(16, 8, 52)
add(t, outlook(SOTNIKOV, t, "Выезды 16.11",
               "Доброе утро.\n\nПо заявкам 128384 (Московский пр-т, 90) и 128260 (9 Января, 68) мастера выехали, "
               "ориентировочно будут к 9:15–9:30.\n\n" + SIG_SOTNIKOV),
    rev("две разные заявки в одном письме"))

# ----------------------------------------------------------------- 128384 Московский пр-т 90
t = d(13, 17, 31)
ooo = MIMEText("Здравствуйте!\n\nЯ нахожусь вне офиса до 17.11.2026 включительно.\nПо срочным вопросам обращайтесь к "
               "Дьяковой Оксане: o.dyakova@oknaprof-vrn.ru, +7 (473) 290-44-17.\n\nИрина Белова\n", "plain", cs("windows-1251", "qp"))
set_common(ooo, BELOVA, "Автоответ: Заявка 128384 Московский пр-т 90 — доводчик", t, outlook_id(), "windows-1251",
           in_reply_to=disp_id(),
           extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
add(t, ooo, ign("автоответ «вне офиса» (Auto-Submitted: auto-replied)"))

t = d(13, 18, 5)
add(t, outlook(DYAKOVA, t, "RE: Заявка 128384 Московский пр-т 90 — доводчик",
               "Наталья, добрый вечер.\n\nИрина в отпуске, заявку 128384 взяла я. Доводчик Dorma TS 83 есть в наличии, "
               "мастер приедет в понедельник 16.11 с утра.\n\n" + SIG_DYAKOVA,
               quote=outlook_quote_ru(d(13, 17, 30), DISPATCH, BELOVA, "Заявка 128384 Московский пр-т 90 — доводчик",
                                      "Ирина, добрый день.\nЗаявка 128384: офис, Московский пр-т, 90 — сломан доводчик входной двери, "
                                      "дверь хлопает. Прошу принять.\n\nДиспетчерская ОМИС"), in_reply_to=disp_id()),
    dec("128384", [], PR, "заявку взяла; приезд — план; модель доводчика — не номер"))

t = d(16, 10, 20)
add(t, gmail(RYAPOLOV, t, "128384",
             "Московский 90 доводчик поменял, дверь закрывается плавно, скорость закрывания настроил. Закончил, уезжаю. фото во вложении",
             photos=2),
    dec("128384", [], UB, "доводчик поменял, закончил, уезжаю"))

t = d(18, 10, 15)
add(t, outlook(DYAKOVA, t, "RE: Акт по заявке 128384", "Спасибо, подписанный акт получили.\n\n" + SIG_DYAKOVA,
               charset="utf-8", cte="b64",
               quote=outlook_quote_ru(d(18, 9, 40), DISPATCH, DYAKOVA, "Акт по заявке 128384",
                                      "Оксана, добрый день.\nНаправляем подписанный акт № А-1184 по заявке 128384, замечаний нет, "
                                      "работы выполнены 16.11.\n\nДиспетчерская ОМИС"), in_reply_to=disp_id()),
    rev("благодарность/подтверждение получения акта; «работы выполнены» только в цитате"))

# ----------------------------------------------------------------- 128502 Ворошилова 2
t = d(16, 10, 45)
add(t, crm(DYAKOVA, t, "Обращение №128502 — Ворошилова, 2", "Ворошилова 2 — витрина и фурнитура", "Выезд замерщика",
           "замер 16.11 14:00", "уточняется",
           "Принято. По витрине нужен замер — стеклопакет 4-16-4 под заказ, фурнитуру Roto привезём со склада.",
           cte="qp", tag="128502"),
    dec("128502", [], PR, "«Принято»; этап «Выезд замерщика» — поле CRM; 4-16-4 — формула стеклопакета"))

t = d(17, 9, 10)
add(t, thebat(t, "Re: 128502 стеклопакет",
              "Здравствуйте, Оксана.\n\nВы писали 16 ноября 2026 г., 17:22:\n\n"
              "ОД> Гена, по Ворошилова 2 что со стеклопакетом? Замер 1120х1640.\n"
              "ОД> Заказчик спрашивает сроки.\n\n"
              "Стеклопакет 4-16-4 с закалённым наружным стеклом, 1120х1640 — 6 рабочих дней, 9 850 ₽ без монтажа.\n"
              "Заказчику нужно подтвердить, иначе не запускаем.\n\n--\nФомин Г., цех",
              charset="koi8-r", cte="qp", to=DYAKOVA, cc=[DISPATCH], in_reply_to=crm_id("128502q")),
    rev("The Bat!, цитата с инициалами: сроки и цена стеклопакета, нужно подтверждение — статуса нет"))

t = d(17, 10, 0)
add(t, gmail(CHERNYH, t, "128502 (2)", "Фурнитуру Roto на створке заменили, створка работает, проветривание ок. Стеклопакет ждем с цеха"),
    dec("128502", ["2"], UB, "поз. (2) сделана; стеклопакет — ожидание"))

t = d(24, 9, 10)
i4 = outlook(SOTNIKOV, t, "128502 позиция 1",
             "Доброе утро.\n\nПо заявке 128502 позиция 1 — бригада Черных выехала на Ворошилова со стеклопакетом, "
             "ориентировочно 9:40. Просьба предупредить салон, нужен доступ к витрине изнутри.\n\n" + SIG_SOTNIKOV,
             cc=[CHERNYH])
add(t, i4, dec("128502", ["1"], VP, "бригада выехала на объект"))

t = d(24, 12, 15)
add(t, gmail(CHERNYH, t, "Re: 128502 позиция 1",
             "Стеклопакет поставили, витрина целая 🙂 выехали с объекта в 12:10",
             quote=(d(24, 9, 10), SOTNIKOV, "Доброе утро.\n\nПо заявке 128502 позиция 1 — бригада Черных выехала на Ворошилова "
                    "со стеклопакетом, ориентировочно 9:40."), photos=2, in_reply_to=i4["Message-ID"]),
    dec("128502", ["1"], UB, "«выехали с объекта» = убыли; в цитате — «выехала на Ворошилова»"))

t = d(24, 9, 31, tz=UTC)
add(t, crm_auto(t, "Сделка 128502 перешла на этап «Успешно реализовано»",
                ["Сделка «Ворошилова 2 — витрина и фурнитура» (№128502) перешла на этап «Успешно реализовано».",
                 "Изменил: Дьякова Оксана.", "Сумма сделки: 14 250 ₽."], "128502"),
    ign("автоуведомление CRM о смене этапа"))

# ----------------------------------------------------------------- 128777 Димитрова 120
t = d(18, 9, 40)
j1 = outlook(BELOVA, t, "Заявка № 128777 — Димитрова, 120",
             "Добрый день!\n\nВзяли в работу заявку № 128777. Мастер — Кузнецов, выезд завтра, 19.11, в первой половине дня.\n\n"
             + SIG_BELOVA, cte="b64")
add(t, j1, dec("128777", [], PR, "взяли в работу; выезд — план"))

t = d(19, 9, 28)
add(t, gmail(KUZNECOV, t, "Димитрова", "Димитрова 120, выехал, минут 30"),
    rev("нет номера заявки, только адрес"))

t = d(19, 10, 10)
add(t, gmail(KUZNECOV, t, "Re: Заявка № 128777 — Димитрова, 120", "На объекте.",
             quote=(d(19, 9, 35), DISPATCH, "Алексей, письмо «Димитрова» — это по заявке 128777? Пропуск на вас заказан, "
                    "подъезд со двора.\n\nДиспетчерская ОМИС"), in_reply_to=disp_id()),
    dec("128777", [], NM, "номер — в теме Re:"))

t = d(19, 13, 20)
add(t, gmail(KUZNECOV, t, "128777", "по первой закончил, окна отрегулированы. по второй сейчас ручки с замком меняю, еще час где-то"),
    rev("разные статусы по позициям: 1 — закончено, 2 — работа идёт"))

t = d(19, 15, 55)
add(t, crm(BELOVA, t, "Заявка № 128777 — Димитрова, 120", "Димитрова 120 — регулировка окон, ручки", "Монтаж",
           "акт 20.11", "7 900 ₽",
           "Ручки с замком заменены (поз. 2), ключи (6 шт.) переданы офис-менеджеру. Мастер уехал в 15:30.", tag="128777"),
    dec("128777", ["2"], UB, "поз. 2 сделана, мастер уехал"))

# ----------------------------------------------------------------- 129033 БЦ Никитинская 42
t = d(20, 12, 0)
add(t, outlook(SOTNIKOV, t, "RE: Наряд 129033 БЦ Никитинская 42",
               "Добрый день.\n\nНаряд 129033 принят. Для работ по противопожарным дверям направили в БЦ копию лицензии МЧС "
               "и список бригады (Ряполов Д., Черных С.). Выезд — после подтверждения допуска.\n\n" + SIG_SOTNIKOV,
               charset="koi8-r", cte="b64",
               quote=outlook_quote_ru(d(20, 11, 34), DISPATCH, SOTNIKOV, "Наряд 129033 БЦ Никитинская 42",
                                      "Павел, добрый день.\nНаряд 129033, БЦ ул. Никитинская, 42:\n1 — дверь эвакуационного выхода,\n"
                                      "2 — дверь тамбура,\n3 — окно лестничной клетки.\n\nДиспетчерская ОМИС"),
               in_reply_to=disp_id()),
    dec("129033", [], PR, "KOI8-R; наряд принят; выезд — план"))

t = d(20, 17, 10)
add(t, crm(DYAKOVA, t, "Наряд 129033 — БЦ Никитинская, 42", "БЦ Никитинская 42 — противопожарные двери, окно",
           "Работы завершены", "звонок в БЦ 23.11", "27 300 ₽",
           "Допуск от службы безопасности БЦ пока не получили, выезд только после согласования. Ориентируемся на понедельник 23.11.",
           html_only=True, tag="129033"),
    rev("этап «Работы завершены» ошибочный; комментарий: ждут допуск, выезд — план"))

t = d(20, 10, 5)
add(t, gmail(RYAPOLOV, t, "128811", "Заявка 128811 — на месте, ждём представителя заказчика"),
    rev("номера 128811 нет в реестре"))

t = d(23, 8, 50)
add(t, gmail(RYAPOLOV, t, "129033", "Едем на Никитинскую 42, пробка на Остужева, будем к 9:30"),
    dec("129033", [], VP, "едем, в пробке"))

t = d(23, 9, 35)
add(t, gmail(RYAPOLOV, t, "Re: 129033", "129033 нa мeсте",
             quote=(d(23, 8, 55), DISPATCH, "Дмитрий, охрана БЦ в курсе, пропуск на двоих."), in_reply_to=disp_id()),
    dec("129033", [], NM, "латинские a и e в «нa мeсте»"))

t = d(23, 12, 40)
add(t, gmail(RYAPOLOV, t, "129033 П1 П2",
             "П1 и П2 сделали, доводчики отрегулированы, пломбы восстановили (№ 0045871, 0045872). П3 после обеда"),
    dec("129033", ["1", "2"], UB, "П1 и П2 готово, П3 — план; номера пломб — не номера заявок"))

t = d(23, 15, 20)
add(t, crm(DYAKOVA, t, "Наряд 129033 — БЦ Никитинская, 42", "БЦ Никитинская 42 — противопожарные двери, окно",
           "Работы завершены", "акт 24.11", "27 300 ₽",
           "По наряду все три позиции сданы, бригада убыла с объекта в 15:05.",
           table=[("1", "Дверь эвакуационного выхода", "выполнено", "регулировка, пломба № 0045871"),
                  ("2", "Дверь тамбура", "выполнено", "замена доводчика"),
                  ("3", "Окно лестничной клетки", "выполнено", "замена ручки, регулировка")], tag="129033"),
    dec("129033", ["1", "2", "3"], UB, "таблица: все три позиции выполнены, бригада убыла"))

# ----------------------------------------------------------------- 129410 Кирова 6 (аварийная)
t = d(23, 8, 5)
add(t, crm(BELOVA, t, "Аварийная заявка №129410 — Кирова, 6", "Кирова 6 — аварийный выезд, створка",
           "Новая заявка", "контроль 10:00", "аварийный выезд 1 800 ₽ + по прайсу",
           "Аварийку приняли в 07:55, мастер Кузнецов выехал в 08:00 с Московского пр-та, ориентировочно будет в 08:40.",
           tag="129410"),
    dec("129410", [], VP, "два события — принята и выехал; последнее — в пути"))

t = d(23, 8, 42)
add(t, gmail(KUZNECOV, t, "129410", "кирова 6 на месте"),
    dec("129410", [], NM, "на месте"))

t = d(23, 9, 50)
add(t, gmail(KUZNECOV, t, "129410 поз.2", "по 129410 поз.2 — окно в коридоре, створка просела, подтянул петли. Готово"),
    rev("позиции 2 в заявке 129410 нет (одна позиция)"))

t = d(23, 10, 35)
add(t, outlook(SOTNIKOV, t, "FW: 129410",
               "Наталья, пересылаю от мастера. Аварийка на Кирова закрыта.\n\nП. Сотников",
               quote=outlook_quote_ru(d(23, 10, 14), KUZNECOV, SOTNIKOV, "129410",
                                      "створку поставил на место, ножницы поменял, закрывается. уехал с кирова в 10:10")),
    dec("129410", [], UB, "пересылка отчёта мастера: уехал с объекта"))

# ----------------------------------------------------------------- 129702 Пушкинская 3
t = d(24, 10, 0, tz=UTC)
add(t, crm_auto(t, "Просрочена задача: позвонить клиенту (сделка 129702)",
                ["Задача «Позвонить клиенту, согласовать время выезда» по сделке №129702 просрочена.",
                 "Срок: 24.11.2026 12:00. Ответственный: Дьякова Оксана."], "129702"),
    ign("автоуведомление CRM о просроченной задаче"))

t = d(25, 10, 2)
vac = MIMEMultipart("alternative")
vac.attach(tpart("Здравствуйте! Я в отпуске до 30.11. По заявкам звоните Сотникову Павлу, +7 951 862-33-07.\n\nАлексей",
                 "plain", "utf-8", "qp"))
vac.attach(tpart('<div dir="ltr">Здравствуйте! Я в отпуске до 30.11. По заявкам звоните Сотникову Павлу, +7 951 862-33-07.'
                 '<br><br>Алексей</div>', "html", "utf-8", "qp"))
set_common(vac, KUZNECOV, "В отпуске до 30.11", t, gmail_id(), in_reply_to=disp_id(),
           extra=[("Auto-Submitted", "auto-replied")])
add(t, vac, ign("автоответ Gmail (vacation responder)"))

t = d(26, 8, 20)
add(t, gmail(CHERNYH, t, "129702", "Ещё не выехали, ждём машину из цеха, как выедем напишу"),
    rev("отрицание: ещё не выехали"))

t = d(26, 9, 5)
add(t, gmail(CHERNYH, t, "Re: 129702", "выехали, едем на Пушкинскую",
             quote=(d(26, 8, 24), DISPATCH, "Ок, ждём."), in_reply_to=disp_id()),
    dec("129702", [], VP, "выехали; предыдущее письмо было «ещё не выехали»"))

t = d(26, 11, 40)
add(t, outlook(DYAKOVA, t, "129702 (2) москитные сетки",
               "Добрый день.\n\nПо заявке 129702 (2): москитные сетки сняли, 9 шт., упаковали и оставили у администратора на хранение. "
               "Бригада с объекта уехала.\nПо стеклопакету (1) ждём цех, ориентировочно пятница.\n\n" + SIG_DYAKOVA,
               charset="utf-8", cte="qp"),
    dec("129702", ["2"], UB, "поз. 2 сделана, бригада уехала; поз. 1 — ожидание"))

t = d(27, 8, 30)
add(t, thebat(t, "129702 стеклопакет",
              "Стеклопакет 4-16-4 для 129702 по первой позиции готов, погрузили, бригада Черных уже едет на Пушкинскую, "
              "будут к 9.\n\nФомин"),
    dec("129702", ["1"], VP, "письмо цеха, но с фактом: бригада уже едет (по первой позиции)"))

t = d(27, 11, 10)
add(t, gmail(CHERNYH, t, "129702 п.1", "Стеклопакет заменили, всё. фото во вложении", photos=1),
    dec("129702", ["1"], UB, "стеклопакет заменили — работа закончена"))

# ----------------------------------------------------------------- general
t = d(18, 16, 40)
add(t, thebat(t, "Задержка профиля KBE 70",
              "Коллеги, добрый день.\n\nПрофиль KBE 70 (белый, арт. 70.101) с завода придёт не раньше 02.12. "
              "Все новые створки и рамы сдвигаются.\nСтеклопакеты 4-16-4 и фурнитура Roto — без задержек.\n\n"
              "Фомин Г., цех\n+7 (473) 290-44-19", cte="b64", cc=[SOTNIKOV, BELOVA, DYAKOVA]),
    rev("письмо цеха о поставке профиля, без номера заявки"))

t = d(20, 10, 0)
nl_html = ('<html><body style="font-family:Arial"><h2>Зимняя акция от ОкнаПрофСервис</h2>'
           '<p>Тёплый монтаж окон со скидкой 10% и хранение москитных сеток до весны — бесплатно!</p>'
           '<p>Акция до 31.12.2026. Телефон: +7 (473) 290-44-00</p>'
           '<p style="font-size:11px;color:#999">Вы получили это письмо, потому что являетесь клиентом ООО «ОкнаПрофСервис». '
           '<a href="https://oknaprof-vrn.ru/unsubscribe?u=zk0529">Отписаться</a></p></body></html>')
nl = MIMEMultipart("alternative")
nl.attach(tpart("Зимняя акция от ОкнаПрофСервис\n\nТёплый монтаж окон со скидкой 10% и хранение москитных сеток до весны — бесплатно!\n"
                "Акция до 31.12.2026. Телефон: +7 (473) 290-44-00\n\nОтписаться: https://oknaprof-vrn.ru/unsubscribe?u=zk0529\n",
                "plain", "utf-8", "b64"))
nl.attach(tpart(nl_html, "html", "utf-8", "b64"))
set_common(nl, NEWS, "Зимняя акция: тёплый монтаж и хранение москитных сеток", t, "<nl.2026-11.zk0529@oknaprof-vrn.ru>",
           extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://oknaprof-vrn.ru/unsubscribe?u=zk0529>"),
                  ("List-Id", "<clients.oknaprof-vrn.ru>"),
                  ("X-Mailer", "Sendsay")])
add(t, nl, ign("рекламная рассылка (Precedence: bulk, List-Unsubscribe)"))


# ============================================================================
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (dt, data, label) in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    registry = {
        "contractor": {
            "name": "ООО «ОкнаПрофСервис»",
            "emails": [SOTNIKOV[1], BELOVA[1], DYAKOVA[1], CEH[1], NOREPLY[1], NEWS[1], DAEMON[1],
                       KUZNECOV[1], RYAPOLOV[1], CHERNYH[1]],
            "domains": [DOMAIN],
        },
        "requests": [
            {"number": "127514", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
             "comment": "Офис ул. Кольцовская, 35: ремонт фурнитуры окон ПВХ. 1 — каб. 204, 2 — каб. 207, 3 — переговорная (3 эт.)"},
            {"number": "127608", "positions": ["1"], "registered_at": "2026-11-03T11:40:00+03:00",
             "comment": "Магазин пр-т Революции, 48: замена треснувшего стеклопакета витрины"},
            {"number": "127733", "positions": ["1", "2"], "registered_at": "2026-11-05T08:30:00+03:00",
             "comment": "ТЦ ул. Плехановская, 10: регулировка входных дверей. 1 — центральный вход, 2 — служебный вход"},
            {"number": "127901", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:00:00+03:00",
             "comment": "Филиал ул. Ленина, 73: сезонное обслуживание окон. 1 — 1 этаж, 2 — 2 этаж, 3 — 3 этаж, 4 — мансарда"},
            {"number": "128045", "positions": ["1"], "registered_at": "2026-11-09T14:20:00+03:00",
             "comment": "Склад ул. Землячки, 15: ремонт металлопластиковой двери (не закрывается)"},
            {"number": "128117", "positions": ["1", "2"], "registered_at": "2026-11-10T09:05:00+03:00",
             "comment": "Отделение ул. Хользунова, 40: замена уплотнителя. 1 — окна зала обслуживания, 2 — окна кабинетов"},
            {"number": "128260", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T13:00:00+03:00",
             "comment": "Офис ул. 9 Января, 68: 1 — замена ручек, 2 — регулировка балконной двери, 3 — ремонт откосов"},
            {"number": "128384", "positions": ["1"], "registered_at": "2026-11-13T16:45:00+03:00",
             "comment": "Офис Московский пр-т, 90: замена доводчика входной двери"},
            {"number": "128502", "positions": ["1", "2"], "registered_at": "2026-11-16T10:10:00+03:00",
             "comment": "Салон ул. Ворошилова, 2: 1 — замена разбитого стеклопакета витрины, 2 — замена фурнитуры Roto на створке"},
            {"number": "128777", "positions": ["1", "2"], "registered_at": "2026-11-18T09:00:00+03:00",
             "comment": "Офис ул. Димитрова, 120: 1 — регулировка окон 1 этажа, 2 — замена ручек с замком"},
            {"number": "129033", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T11:30:00+03:00",
             "comment": "БЦ ул. Никитинская, 42: 1 — дверь эвакуационного выхода, 2 — дверь тамбура, 3 — окно лестничной клетки"},
            {"number": "129410", "positions": ["1"], "registered_at": "2026-11-23T07:50:00+03:00",
             "comment": "Аварийная: ул. Кирова, 6 — не закрывается створка окна"},
            {"number": "129702", "positions": ["1", "2"], "registered_at": "2026-11-24T10:30:00+03:00",
             "comment": "Офис ул. Пушкинская, 3: 1 — замена стеклопакета в кабинете, 2 — снять москитные сетки на зиму"},
        ],
    }
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(registry, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(l["expect"] for l in labels.values())
    s = Counter(l.get("status") for l in labels.values() if l["expect"] == "decided")
    print(len(labels), dict(c), dict(s))


if __name__ == "__main__":
    main()
