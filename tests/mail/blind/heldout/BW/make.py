# -*- coding: utf-8 -*-
"""Generator of test letters: АО «ФМ-Сервис Групп», Самарский филиал (persona BW).

Standard library only. Run:  python3 make.py
Writes letters/NNN.eml, labels.json, registry.json next to this script.
"""
import json
import os
import random
import html as htmlmod
from datetime import datetime, timezone, timedelta
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.message import Message
from email.generator import BytesGenerator
from email.utils import format_datetime
import io

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "letters")
os.makedirs(OUTDIR, exist_ok=True)

RND = random.Random(230)
SAM = timezone(timedelta(hours=4))
MSK = timezone(timedelta(hours=3))

# ----------------------------------------------------------------- people
DISP_ADDR = "dispatch@zakazchik-omis.ru"
DISP_NAME = "Диспетчерская служба ОМИС"
CAFM = ("CAFM ФМ-Сервис", "noreply@cafm.fm-service-group.ru")
KOROVIN = ("Коровин Андрей Викторович", "a.korovin@fm-service-group.ru")
LOGINOVA = ("Логинова Елена Сергеевна", "e.loginova@fm-service-group.ru")
SHARAPOV = ("Denis Sharapov / Шарапов Денис", "d.sharapov@fm-service-group.ru")
YAGUDINA = ("Диспетчерская Самара (ФМ-Сервис)", "samara.dispatch@fm-service-group.ru")
TROFIMOV = ("Бригада 7 Самара", "brigada7.samara@fm-service-group.ru")
NURIEV = ("Вадим Нуриев", "v.nuriev@fm-service-group.ru")
GORELOV = ("Горелов Игорь", "i.gorelov@fm-service-group.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@fm-service-group.ru")
NEWS = ("ФМ-Сервис Групп | Новости", "news@fm-service-group.ru")

ALL_EMAILS = [CAFM[1], KOROVIN[1], LOGINOVA[1], SHARAPOV[1], YAGUDINA[1],
              TROFIMOV[1], NURIEV[1], GORELOV[1], DAEMON[1], NEWS[1]]


def cs(name, body="qp", head="b"):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[body]
    c.header_encoding = {"b": BASE64, "q": QP}[head]
    return c


def hdr(text, charset):
    return Header(text, charset)


def addr_hdr(person, charset):
    name, email = person
    if name.isascii():
        return "%s <%s>" % (name, email)
    h = Header(name, charset)
    h.append(" <%s>" % email, "us-ascii")
    return h


def disp_hdr(charset):
    return addr_hdr((DISP_NAME, DISP_ADDR), charset)


def text_part(text, subtype, charset):
    return MIMEText(text, subtype, charset)


# ----------------------------------------------------------------- signatures / disclaimers
DISCL = (
    "КОНФИДЕНЦИАЛЬНОСТЬ. Информация, содержащаяся в настоящем сообщении и любых "
    "приложениях к нему, является конфиденциальной, может составлять коммерческую тайну "
    "АО «ФМ-Сервис Групп» (ИНН 7728451236, КПП 631643001) и предназначена исключительно для "
    "указанных адресатов. Если Вы получили это сообщение по ошибке, просим незамедлительно "
    "уведомить отправителя и удалить сообщение со всеми приложениями. Любое "
    "несанкционированное использование, копирование или распространение запрещено. "
    "Электронная переписка не является офертой и не порождает обязательств, если иное "
    "прямо не предусмотрено договором.\n"
    "CONFIDENTIALITY NOTICE. The information contained in this message and any attachments "
    "is confidential, may constitute a trade secret of FM-Service Group JSC and is intended "
    "solely for the named addressees. If you have received this message in error, please "
    "notify the sender immediately and delete it together with any attachments. Any "
    "unauthorised use, copying or disclosure is prohibited. E-mail correspondence does not "
    "constitute an offer and creates no obligations unless expressly provided by contract."
)

SIG_KOROVIN = (
    "С уважением,\n"
    "Андрей Коровин\n"
    "Региональный менеджер по Поволжью\n"
    "АО «ФМ-Сервис Групп» | Самарский филиал\n"
    "443080, г. Самара, Московское ш., д. 43, оф. 512\n"
    "Тел.: +7 (846) 230-15-60, доб. 214 | Моб.: +7 927 604-18-33\n"
    "www.fm-service-group.ru\n\n" + DISCL
)

SIG_LOGINOVA = (
    "С уважением,\n"
    "Елена Логинова\n"
    "Менеджер по работе с ключевыми клиентами\n"
    "АО «ФМ-Сервис Групп», Самарский филиал\n"
    "т. +7 (846) 230-15-60 доб. 219, м. +7 917 955-30-71\n\n" + DISCL
)

SIG_SHARAPOV = (
    "--\n"
    "Денис Шарапов\n"
    "Site Engineer / Инженер объекта\n"
    "FM-Service Group | Samara branch\n"
    "m. +7 937 180-44-02\n\n" + DISCL
)

SIG_YAGUDINA = (
    "С уважением,\n"
    "Гульнара Ягудина\n"
    "Координатор сервисной службы\n"
    "АО «ФМ-Сервис Групп», Самарский филиал\n"
    "Диспетчерская (24/7): +7 (846) 230-15-65\n"
    "samara.dispatch@fm-service-group.ru\n\n" + DISCL
)

SIG_TROFIMOV = (
    "-- \n"
    "С уважением,\n"
    " Сергей Трофимов, бригадир                mailto:brigada7.samara@fm-service-group.ru"
)

SIG_DISP = (
    "С уважением,\n"
    "Петрова Ирина Николаевна\n"
    "Диспетчер ОМИС\n"
    "тел. +7 (495) 640-22-17"
)

# ----------------------------------------------------------------- helpers for bodies
_mid_counter = [0]


def msgid(style):
    _mid_counter[0] += 1
    n = _mid_counter[0]
    h = "%08x" % RND.getrandbits(32)
    if style == "outlook":
        return "<%s%04d$%s$%s@fm-service-group.ru>" % ("000001db", n, h, "%08x" % RND.getrandbits(32))
    if style == "cafm":
        return "<cafm.%s.%d@cafm.fm-service-group.ru>" % (h, n)
    if style == "bat":
        return "<%d.%s@fm-service-group.ru>" % (RND.randint(10 ** 9, 2 * 10 ** 9), h)
    if style == "iphone":
        a = "%08X-%04X-%04X-%04X-%012X" % (RND.getrandbits(32), RND.getrandbits(16), RND.getrandbits(16),
                                           RND.getrandbits(16), RND.getrandbits(48))
        return "<%s@fm-service-group.ru>" % a
    if style == "ios-outlook":
        return "<DB9PR0%dMB%04d%s@EURPRD0%d.prod.outlook.com>" % (n % 9, n, h.upper(), n % 7)
    if style == "yandex":
        return "<%d%d@mail.yandex.ru>" % (RND.randint(100000, 999999), n)
    if style == "customer":
        return "<%s.%d@zakazchik-omis.ru>" % (h, n)
    if style == "daemon":
        return "<20261118%06d.%s@mx1.fm-service-group.ru>" % (n, h.upper())
    if style == "news":
        return "<news.%s.%d@mailer.fm-service-group.ru>" % (h, n)
    raise ValueError(style)


def outlook_html(text, charset_name="windows-1251"):
    """Rough Outlook-like HTML rendering of a plain text body."""
    out = []
    for para in text.split("\n"):
        if para.strip() == "":
            out.append("<p class=MsoNormal>&nbsp;</p>")
            continue
        p = htmlmod.escape(para)
        for lab in ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:", "From:", "Sent:", "To:", "Cc:", "Subject:"):
            if para.startswith(lab):
                p = "<b>%s</b>%s" % (htmlmod.escape(lab), htmlmod.escape(para[len(lab):]))
                break
        out.append("<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>%s</span></p>" % p)
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
        "<head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>"
        "</head><body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n%s\n</div></body></html>"
        % (charset_name, "\n".join(out))
    )


def simple_html(text, charset_name="utf-8", font="-apple-system, Helvetica, Arial"):
    paras = []
    for line in text.split("\n"):
        paras.append("<div>%s</div>" % (htmlmod.escape(line) if line.strip() else "<br>"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
            "<body style=\"font-family:%s\">%s</body></html>" % (charset_name, font, "\n".join(paras)))


def alt(plain, html, charset):
    m = MIMEMultipart("alternative")
    if plain is not None:
        m.attach(MIMEText(plain, "plain", charset))
    m.attach(MIMEText(html, "html", charset))
    return m


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def ru_date_outlook(dt):
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    return "%d %s %d г. %d:%02d" % (dt.day, months[dt.month - 1], dt.year, dt.hour, dt.minute)


def outlook_quote(frm, sent, to, subject, body, cc=None):
    lines = ["От: %s" % frm, "Отправлено: %s" % ru_date_outlook(sent), "Кому: %s" % to]
    if cc:
        lines.append("Копия: %s" % cc)
    lines.append("Тема: %s" % subject)
    return "\n".join(lines) + "\n\n" + body


DISP_FROM_Q = "Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>"

# ----------------------------------------------------------------- CAFM notifications
CAFM_FOOT_TXT = (
    "Это автоматическое уведомление системы CAFM «ФМ-Сервис Диспетчер» (v4.12). "
    "Ответы на этот адрес не обрабатываются. Вопросы по наряд-заказу направляйте в "
    "диспетчерскую Самарского филиала: +7 (846) 230-15-65, samara.dispatch@fm-service-group.ru.\n"
    "This is an automatic notification of the CAFM system. Replies to this address are not processed.\n\n"
    + DISCL
)


def cafm_html(title, intro, fields, rows=None, row_head=None, outro=None, color="#1F4E79", caption="Позиции обращения"):
    h = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head>" % htmlmod.escape(title),
         "<body style=\"margin:0;padding:0;background:#F2F4F7;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222\">",
         "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td align=\"center\">",
         "<table width=\"680\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#fff\">",
         "<tr><td style=\"background:%s;color:#fff;padding:14px 20px;font-size:16px\"><b>ФМ-Сервис Групп</b> &nbsp;|&nbsp; CAFM «ФМ-Сервис Диспетчер»</td></tr>" % color,
         "<tr><td style=\"padding:18px 20px\"><h2 style=\"font-size:17px;margin:0 0 12px 0\">%s</h2>" % htmlmod.escape(title)]
    if intro:
        h.append("<p>%s</p>" % intro)
    h.append("<table cellpadding=\"4\" cellspacing=\"0\" border=\"0\" style=\"font-size:13px\">")
    for k, v in fields:
        h.append("<tr><td style=\"color:#666;width:230px\">%s</td><td><b>%s</b></td></tr>" % (htmlmod.escape(k), htmlmod.escape(v)))
    h.append("</table>")
    if rows:
        h.append("<p style=\"margin-top:16px\"><b>%s</b></p>" % caption)
        h.append("<table cellpadding=\"6\" cellspacing=\"0\" border=\"1\" style=\"border-collapse:collapse;font-size:12px;border-color:#ccc\">")
        h.append("<tr style=\"background:#E8EEF5\">" + "".join("<th align=\"left\">%s</th>" % htmlmod.escape(c) for c in row_head) + "</tr>")
        for r in rows:
            h.append("<tr>" + "".join("<td>%s</td>" % htmlmod.escape(c) for c in r) + "</tr>")
        h.append("</table>")
    if outro:
        h.append("<p style=\"margin-top:16px\">%s</p>" % outro)
    h.append("<p style=\"margin-top:20px\"><a href=\"https://cafm.fm-service-group.ru/portal/\" style=\"background:%s;color:#fff;padding:8px 14px;text-decoration:none\">Открыть в портале заказчика</a></p>" % color)
    h.append("</td></tr><tr><td style=\"padding:12px 20px;background:#F7F7F7;color:#888;font-size:10px\">%s</td></tr>"
             % htmlmod.escape(CAFM_FOOT_TXT).replace("\n", "<br>"))
    h.append("</table></td></tr></table></body></html>")
    return "\n".join(h)


def cafm_plain_good(title, intro, fields, rows=None, row_head=None, outro=None, caption="Позиции обращения"):
    t = [title, "=" * len(title), ""]
    if intro:
        t += [strip_tags(intro), ""]
    for k, v in fields:
        t.append("%s %s" % (k, v))
    if rows:
        t += ["", caption + ":"]
        for r in rows:
            t.append("  " + " | ".join(r))
    if outro:
        t += ["", strip_tags(outro)]
    t += ["", "Открыть в портале заказчика: https://cafm.fm-service-group.ru/portal/", "", CAFM_FOOT_TXT]
    return "\n".join(t)


def cafm_plain_crude(title, intro, fields, rows=None, row_head=None, outro=None, caption="Позиции обращения"):
    """What a lazy HTML-to-text converter produces: cells glued, entities left."""
    s = ["ФМ-Сервис Групп&nbsp;|&nbsp;CAFM «ФМ-Сервис Диспетчер»", title]
    if intro:
        s.append(strip_tags(intro))
    s.append("".join("%s%s" % (k, v) for k, v in fields))
    if rows:
        s.append(caption)
        s.append("".join(row_head))
        for r in rows:
            s.append("".join(r))
    if outro:
        s.append(strip_tags(outro))
    s.append("Открыть в портале заказчика")
    s.append(CAFM_FOOT_TXT.replace("\n", " "))
    return "\n".join(s)


CAFM_PLACEHOLDER = ("Для просмотра этого письма используйте почтовую программу с поддержкой HTML.\n"
                    "To view this message please use an HTML-capable e-mail client.\n")


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def cafm_msg(title, intro, fields, rows=None, row_head=None, outro=None, plain="good",
             body_enc="b64", color="#1F4E79", caption="Позиции обращения"):
    c = cs("utf-8", body_enc)
    html = cafm_html(title, intro, fields, rows, row_head, outro, color, caption)
    if plain == "none":
        return MIMEText(html, "html", c)
    if plain == "good":
        p = cafm_plain_good(title, intro, fields, rows, row_head, outro, caption)
    elif plain == "crude":
        p = cafm_plain_crude(title, intro, fields, rows, row_head, outro, caption)
    else:
        p = CAFM_PLACEHOLDER
    return alt(p, html, c)


# ----------------------------------------------------------------- letter registry
LETTERS = []


def letter(dt, frm, subject, body, label, to=None, cc=None, charset=None, mid_style="outlook",
           extra=None, in_reply_to=None, hcs=None):
    """dt: datetime; frm: (name,email); body: a Message; charset: Charset for headers."""
    hcs = hcs or charset or cs("utf-8")
    msg = body
    msg["From"] = addr_hdr(frm, hcs)
    msg["To"] = to if to is not None else disp_hdr(hcs)
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject if subject.isascii() else hdr(subject, hcs)
    msg["Date"] = format_datetime(dt)
    mid = msgid(mid_style)
    msg["Message-ID"] = mid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or []):
        msg[k] = v
    # transport/ident headers first, MIME headers last (as real clients write them)
    mime = ("content-type", "mime-version", "content-transfer-encoding")
    msg._headers.sort(key=lambda kv: kv[0].lower() in mime)
    LETTERS.append((dt, msg, label))
    return mid


def D(day, hh, mm, tz=SAM):
    return datetime(2026, 11, day, hh, mm, RND.randint(0, 59), tzinfo=tz)


def L(expect, request=None, positions=None, status=None, note=""):
    d = {"expect": expect}
    if expect == "decided":
        d.update({"request": request, "positions": positions, "status": status})
    d["note"] = note
    return d


OUTLOOK_X = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")]
BAT_X = [("X-Mailer", "The Bat! (v10.4.5.1) Professional"), ("X-Priority", "3 (Normal)")]
IPHONE_X = [("X-Mailer", "iPhone Mail (22B91)")]
IOSOUT_X = [("X-MS-Exchange-Organization-SCL", "-1")]
YA_X = [("X-Mailer", "Yandex Mail for Android 8.61")]
CAFM_X = [("X-Mailer", "FM-Service CAFM Notification Service 4.12"),
          ("X-Auto-Response-Suppress", "All")]
CAFM_AUTO_X = CAFM_X + [("Auto-Submitted", "auto-generated")]

W1251 = lambda body="qp": cs("windows-1251", body, "b")
KOI = lambda body="8bit": cs("koi8-r", body, "b")
UTF = lambda body="b64", head="b": cs("utf-8", body, head)


def outlook_body(text, charset_body="qp", html=True):
    c = W1251(charset_body)
    if html:
        return alt(text, outlook_html(text), c)
    return MIMEText(text, "plain", c)


# =================================================================== REGISTRY
REGISTRY = {
    "contractor": {
        "name": "АО «ФМ-Сервис Групп» (Самарский филиал)",
        "emails": ALL_EMAILS,
        "domains": ["fm-service-group.ru", "cafm.fm-service-group.ru"],
    },
    "requests": [
        {"number": "230114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "БЦ «Волга-Плаза», Самара, ул. Ново-Садовая, 106: сезонное ТО — 1 чиллер Carrier 30RB, 2 ИТП, 3 приточная установка П3"},
        {"number": "230127", "positions": ["1"], "registered_at": "2026-11-03T07:45:00+03:00",
         "comment": "Склад, пос. Смышляевка, ул. Ньютона, 4: протечка кровли над рампой"},
        {"number": "230158", "positions": ["1", "2"], "registered_at": "2026-11-04T10:00:00+03:00",
         "comment": "Офис, ул. Молодогвардейская, 204: 1 пассажирский лифт OTIS GeN2, 2 грузовой лифт ПГ-500"},
        {"number": "230203", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Офис, ул. Галактионовская, 157: освещение, позиции = этажи 1–4"},
        {"number": "230241", "positions": ["1"], "registered_at": "2026-11-06T11:20:00+03:00",
         "comment": "Отделение, ул. Ленинская, 120: автоматическая входная дверь GEZE"},
        {"number": "230266", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "ЦОД, ул. Скляренко, 26: 1 ДГУ, 2 АВР"},
        {"number": "230309", "positions": ["01", "02", "03"], "registered_at": "2026-11-10T08:00:00+03:00",
         "comment": "Офис, ул. Садовая, 230: сантехника, санузлы 1–3 этажей (позиции 01–03)"},
        {"number": "230345", "positions": ["1", "2"], "registered_at": "2026-11-12T06:30:00+03:00",
         "comment": "Склад-магазин, ул. Аэродромная, 47: 1 очистка кровли от снега и наледи, 2 уборка и вывоз снега с парковки"},
        {"number": "230377", "positions": ["1"], "registered_at": "2026-11-13T14:00:00+03:00",
         "comment": "Офис, ул. Мичурина, 21: ложные срабатывания АПС"},
        {"number": "230412", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:40:00+03:00",
         "comment": "БЦ, ул. Ново-Вокзальная, 2: 1 сплит-система переговорной 301, 2 кассетный кондиционер open space, 3 прецизионный кондиционер серверной"},
        {"number": "230455", "positions": ["1", "2"], "registered_at": "2026-11-18T10:15:00+03:00",
         "comment": "Офис, ул. Карла Маркса, 410: 1 ВРУ-1, 2 ВРУ-2 — ревизия и протяжка"},
        {"number": "230488", "positions": ["1"], "registered_at": "2026-11-20T07:50:00+03:00",
         "comment": "КПП, пр. Кирова, 435: шлагбаум на въезде"},
        {"number": "230521", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Офис, ул. Дыбенко, 30: клининг — 1 мойка фасадного остекления, 2 мойка витражей холла, 3 химчистка ковровых покрытий"},
    ],
}

POS_HEAD = ["Поз.", "Объект / оборудование", "Статус", "Отметка времени"]

# =================================================================== LETTERS
# ---------------------------------------------------------------- 2 Nov
letter(D(2, 8, 14), CAFM, "Сброс пароля в системе CAFM «ФМ-Сервис Диспетчер»",
       cafm_msg("Запрос на сброс пароля",
                "Здравствуйте! Для учётной записи портала заказчика <b>dispatch@zakazchik-omis.ru</b> получен запрос на сброс пароля.",
                [("Код подтверждения:", "230614"), ("Действителен до:", "03.11.2026 08:14 (MSK+1)"),
                 ("IP-адрес запроса:", "185.12.230.41")],
                outro="Если вы не запрашивали сброс пароля, просто проигнорируйте это письмо — текущий пароль останется прежним. "
                      "Ссылка для установки нового пароля: https://cafm.fm-service-group.ru/portal/reset?token=8f3c1ad02b7e",
                plain="good", body_enc="b64"),
       L("ignored", note="CAFM password reset, pure automatic mail; 230614 is a confirmation code"),
       mid_style="cafm", extra=CAFM_AUTO_X)

letter(D(2, 10, 34), CAFM, "[CAFM] Наряд-заказ ЗН-0004471 создан и принят в работу | Обращение 230114",
       cafm_msg("Наряд-заказ ЗН-0004471 принят в работу",
                "Уважаемый заказчик! По вашему обращению создан наряд-заказ. Ниже — сведения о наряде и позициях.",
                [("Обращение заказчика:", "№ 230114"), ("Наряд-заказ:", "ЗН-0004471"),
                 ("Объект:", "БЦ «Волга-Плаза», г. Самара, ул. Ново-Садовая, д. 106"),
                 ("Вид работ:", "ППР — сезонное техническое обслуживание"),
                 ("Статус ЗН:", "Принят в работу"), ("Ответственный:", "Шарапов Д. А., инженер объекта"),
                 ("Время реакции:", "00:24 (норматив 02:00)"), ("Плановая дата выполнения:", "04.11.2026")],
                rows=[["1", "Чиллер Carrier 30RB-262, кровля", "Принят в работу", "02.11.2026 10:33"],
                      ["2", "ИТП, подвал, пом. 0-14", "Принят в работу", "02.11.2026 10:33"],
                      ["3", "Приточная установка П3 (Systemair)", "Принят в работу", "02.11.2026 10:33"]],
                row_head=POS_HEAD, plain="good", body_enc="b64"),
       L("decided", "230114", ["1", "2", "3"], "заявка принята", "CAFM: ЗН created, all three positions 'Принят в работу'"),
       mid_style="cafm", extra=CAFM_X)

# ---------------------------------------------------------------- 3 Nov
letter(D(3, 9, 5), CAFM, "[CAFM] ЗН-0004478 | Обращение 230127 | Исполнитель назначен",
       cafm_msg("Изменение статуса наряд-заказа ЗН-0004478",
                None,
                [("Обращение заказчика:", "230127"), ("Объект:", "Склад, пос. Смышляевка, ул. Ньютона, д. 4"),
                 ("Описание:", "Протечка кровли над рампой №3"), ("Приоритет:", "Высокий (P2)"),
                 ("Статус ЗН:", "Исполнитель назначен"), ("Исполнитель:", "Бригада 7 (Трофимов С.)"),
                 ("Время реакции:", "00:20"), ("До нарушения SLA прибытия:", "03:40")],
                plain="crude", body_enc="qp"),
       L("decided", "230127", [], "заявка принята", "CAFM: executor assigned = taken into work"),
       mid_style="cafm", extra=CAFM_X)

c = KOI("8bit")
letter(D(3, 9, 31), TROFIMOV, "230127 Смышляевка выезд",
       MIMEText("Ирина Николаевна, добрый день.\n\n"
                "Выехали на склад в Смышляевку (ул. Ньютона, 4) по заявке 230127,\n"
                "едем на Газели К 230 ХО 163, будем минут через 40.\n"
                "Старший на выезде - я, т. 8-927-711-05-46.\n\n"
                + SIG_TROFIMOV + "\n", "plain", c),
       L("decided", "230127", [], "подрядчик в пути", "crew left for the site, ETA 40 min; car plate 230 is noise"),
       charset=c, mid_style="bat", extra=BAT_X)

c = UTF("b64")
txt = ("Коллеги, привет.\n\n"
       "По 230114 (Волга-Плаза) зачекинился на объекте в 09:40, бригада уже на чиллере — п.1, "
       "снимаем логи и начинаем ТО. ИТП и приточку берём после ланча, если охрана найдёт ключи от ИТП.\n"
       "Апдейт кину по итогу дня.\n\n"
       "Денис\n\nGet Outlook for iOS")
letter(D(3, 9, 47), SHARAPOV, "230114 — чекин на объекте",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230114", ["1"], "подрядчик на месте", "check-in on site, crew working on position 1; 2 and 3 only planned"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

# forward of CAFM 'Исполнитель прибыл' with one line on top (Outlook RU)
fw = outlook_quote("CAFM ФМ-Сервис <noreply@cafm.fm-service-group.ru>", D(3, 10, 14),
                   "samara.dispatch@fm-service-group.ru",
                   "[CAFM] ЗН-0004478 | Обращение 230127 | Исполнитель прибыл",
                   "Изменение статуса наряд-заказа ЗН-0004478\n\n"
                   "Обращение заказчика: 230127\n"
                   "Объект: Склад, пос. Смышляевка, ул. Ньютона, д. 4\n"
                   "Статус ЗН: Исполнитель прибыл\n"
                   "Время прибытия: 03.11.2026 10:12\n"
                   "Время реакции: 00:20 | Время прибытия от назначения: 01:07 (норматив 04:00)\n"
                   "Исполнитель: Бригада 7 (Трофимов С.)\n\n"
                   "Это автоматическое уведомление системы CAFM «ФМ-Сервис Диспетчер» (v4.12). Ответы на этот адрес не обрабатываются.")
txt = ("Ирина Николаевна, добрый день! Наши на месте, пересылаю уведомление из системы.\n\n"
       + SIG_YAGUDINA + "\n\n" + fw)
letter(D(3, 10, 21), YAGUDINA, "FW: [CAFM] ЗН-0004478 | Обращение 230127 | Исполнитель прибыл",
       outlook_body(txt, "qp"),
       L("decided", "230127", [], "подрядчик на месте", "coordinator forwards CAFM 'Исполнитель прибыл'"),
       charset=W1251(), extra=OUTLOOK_X)

c = UTF("b64")
q = ("Добрый день!\n"
     "Направляем заявку № 230127. Склад, пос. Смышляевка, ул. Ньютона, 4. Течёт кровля над рампой №3,\n"
     "вода попадает на стеллажи. Просим выехать в приоритетном порядке.\n\n" + SIG_DISP)
txt = ("Ирина, добрый день.\n\n"
       "Кровлю над рампой локально залатали (наплавляемый материал, ~6 м²), пролили водой — протечки нет. "
       "Бригада убыла с объекта в 14:05, фото зааплоадил в WO.\n\n"
       "По-хорошему там нужен капремонт участка — эскалировал вопрос на нашего вендора по кровле, КП пришлём отдельным письмом.\n\n"
       + SIG_SHARAPOV + "\n\n"
       "________________________________\n"
       "From: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>\n"
       "Sent: Tuesday, November 3, 2026 8:49:12 AM\n"
       "To: samara.dispatch@fm-service-group.ru\n"
       "Cc: Шарапов Денис <d.sharapov@fm-service-group.ru>\n"
       "Subject: Заявка 230127 протечка кровли склад Смышляевка\n\n" + q)
letter(D(3, 14, 22), SHARAPOV, "RE: Заявка 230127 протечка кровли склад Смышляевка",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230127", [], "подрядчик убыл", "roof patched, crew left 14:05; quoted request below"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

c = UTF("qp")
txt = ("Всем привет,\n\n"
       "по чиллеру (п.1) всё: ТО сделали, давления и фреон в норме, лог контроллера снял. "
       "WO по п.1 закрыл, фото зааплоадил в карточку.\n\n"
       "ИТП и приточку (п.2, п.3) сегодня не успеваем — ключи от ИТП охрана так и не нашла. "
       "Переносим на завтра на утро, эскалировал на управляющую БЦ, чтобы к 9:00 ключи были.\n"
       "Бригаду с объекта отпустил.\n\n" + SIG_SHARAPOV)
letter(D(3, 15, 12), SHARAPOV, "230114 п.1 closed",
       MIMEText(txt, "plain", c),
       L("decided", "230114", ["1"], "подрядчик убыл", "pos 1 closed and crew released; pos 2,3 postponed"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

# ---------------------------------------------------------------- 4 Nov
c = KOI("qp")
letter(D(4, 8, 20), TROFIMOV, "Re: 230127",
       MIMEText("Ирина Николаевна, доброе утро.\n\n"
                "По 230127 поз.2 - водосточную воронку на складе прочистили, сетку-листоуловитель\n"
                "поставили. Сделали вчера после кровли, забыл написать.\n\n"
                + SIG_TROFIMOV + "\n", "plain", c),
       L("review", note="request 230127 has only position 1; 'поз.2' does not exist"),
       charset=c, mid_style="bat", extra=BAT_X)

letter(D(4, 9, 5), CAFM, "[CAFM] ЗН-0004471 | 230114 | Изменение статуса: Исполнитель в пути",
       cafm_msg("Исполнитель выехал на объект",
                "Статус наряд-заказа <b>ЗН-0004471</b> по обращению <b>230114</b> изменён.",
                [("Объект:", "БЦ «Волга-Плаза», ул. Ново-Садовая, д. 106"),
                 ("Статус ЗН:", "Исполнитель в пути"), ("Ожидаемое время прибытия:", "09:40"),
                 ("Транспорт:", "Lada Largus, А 715 ММ 163")],
                rows=[["2", "ИТП, подвал, пом. 0-14", "Исполнитель в пути", "04.11.2026 09:03"],
                      ["3", "Приточная установка П3 (Systemair)", "Исполнитель в пути", "04.11.2026 09:03"]],
                row_head=POS_HEAD, plain="none", body_enc="b64"),
       L("decided", "230114", ["2", "3"], "подрядчик в пути", "HTML-only CAFM: positions 2 and 3 'Исполнитель в пути'"),
       mid_style="cafm", extra=CAFM_X)

q = outlook_quote(DISP_FROM_Q, D(4, 11, 2), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                  "Заявка № 230158 — лифты, ул. Молодогвардейская, 204",
                  "Добрый день!\n\n"
                  "Направляем заявку № 230158 по объекту г. Самара, ул. Молодогвардейская, 204.\n"
                  "Позиция 1 — пассажирский лифт OTIS GeN2 (подъезд А): остановлен, ошибка привода дверей.\n"
                  "Позиция 2 — грузовой лифт ПГ-500: не выравнивается по этажу на 3-м этаже.\n"
                  "Просим принять в работу и сообщить срок прибытия специалистов.\n\n" + SIG_DISP,
                  cc="Логинова Елена Сергеевна <e.loginova@fm-service-group.ru>")
txt = ("Ирина Николаевна, добрый день!\n\n"
       "Заявку получили, приняли в работу, в CAFM заведён наряд-заказ ЗН-0004490. "
       "Выезд лифтовой бригады (субподряд ООО «Лифт-Сервис Самара», договор № 17/Л-2026) планируем завтра к 09:00, "
       "по готовности сообщим дополнительно.\n\n" + SIG_KOROVIN + "\n\n" + q)
letter(D(4, 11, 40), KOROVIN, "RE: Заявка № 230158 — лифты, ул. Молодогвардейская, 204",
       outlook_body(txt, "qp"),
       L("decided", "230158", [], "заявка принята", "manager confirms acceptance; visit tomorrow is only a plan"),
       cc="Логинова Елена Сергеевна <e.loginova@fm-service-group.ru>",
       charset=W1251(), extra=OUTLOOK_X + [("Thread-Topic", "Заявка № 230158 — лифты, ул. Молодогвардейская, 204")])

txt = ("Коллеги, добрый день!\n\n"
       "По заявке 230158 просим уточнить два момента до завтрашнего выезда:\n"
       "1) кто на объекте выдаст ключи от машинного помещения (в прошлый раз ключи были у коменданта, "
       "но он в отпуске);\n"
       "2) есть ли ограничения по времени остановки грузового лифта — нам понадобится около 3–4 часов.\n\n"
       "Заранее спасибо.\n\n" + SIG_LOGINOVA)
letter(D(4, 12, 10), LOGINOVA, "230158: доступ в машинное помещение",
       outlook_body(txt, "qp", html=False),
       L("review", note="questions only, no status reported"),
       charset=W1251(), extra=OUTLOOK_X)

# reply-all with several quoted levels
lvl1 = outlook_quote(DISP_FROM_Q, D(2, 10, 11), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                     "Заявка 230114 ППР БЦ «Волга-Плаза»",
                     "Андрей Викторович, добрый день!\n"
                     "Направляем заявку № 230114 на сезонное ТО по БЦ «Волга-Плаза» (ул. Ново-Садовая, 106):\n"
                     "1 — чиллер Carrier 30RB; 2 — ИТП; 3 — приточная установка П3.\n"
                     "Срок — до 04.11.2026.\n\n" + SIG_DISP)
lvl2 = outlook_quote("Коровин Андрей Викторович <a.korovin@fm-service-group.ru>", D(2, 10, 40),
                     DISP_FROM_Q, "RE: Заявка 230114 ППР БЦ «Волга-Плаза»",
                     "Ирина Николаевна, приняли, наряд ЗН-0004471, ответственный — Шарапов Д.\n\n"
                     "С уважением,\nАндрей Коровин\n\n" + lvl1,
                     cc="Шарапов Денис <d.sharapov@fm-service-group.ru>")
lvl3 = outlook_quote(DISP_FROM_Q, D(3, 16, 5), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                     "RE: RE: Заявка 230114 ППР БЦ «Волга-Плаза»",
                     "Андрей Викторович, арендатор 3-го этажа жалуется на духоту, просим завтра "
                     "обязательно закрыть ИТП и приточку. Ключи управляющая обещала оставить на посту охраны.\n\n"
                     + SIG_DISP + "\n\n" + lvl2,
                     cc="Шарапов Денис <d.sharapov@fm-service-group.ru>")
txt = ("Ирина Николаевна, коллеги, добрый вечер.\n\n"
       "По ИТП и приточной установке П3 работы завершены: ИТП — промывка фильтров, проверка КИП и регулятора; "
       "П3 — замена фильтров G4/F7, натяжка ремня, проверка автоматики. Бригада убыла с объекта в 16:40.\n"
       "Акты подпишем с управляющей БЦ и направим сканы до пятницы.\n\n"
       "Денис, спасибо за оперативность.\n\n" + SIG_KOROVIN + "\n\n" + lvl3)
letter(D(4, 17, 5), KOROVIN, "RE: RE: RE: Заявка 230114 ППР БЦ «Волга-Плаза»",
       outlook_body(txt, "qp"),
       L("decided", "230114", ["2", "3"], "подрядчик убыл", "ИТП (2) and П3 (3) finished, crew left 16:40; older levels quoted"),
       cc="Шарапов Денис <d.sharapov@fm-service-group.ru>",
       charset=W1251(), extra=OUTLOOK_X + [("Thread-Topic", "Заявка 230114 ППР БЦ «Волга-Плаза»")])

# ---------------------------------------------------------------- 5 Nov
c = UTF("qp")
letter(D(5, 9, 22), NURIEV, "230158",
       MIMEText("Мы на Молодогвардейской 204, на мeсте с 9:15. Ключи от машинного забрали у охраны, "
                "начинаем с пассажирского.\n\nОтправлено с iPhone", "plain", c),
       L("decided", "230158", [], "подрядчик на месте", "lift crew on site; subject is bare number; Latin 'e' in 'мeсте'"),
       charset=c, mid_style="iphone", extra=IPHONE_X)

letter(D(5, 9, 50), CAFM, "[CAFM] Наряд-заказ ЗН-0004495 (WO-2026-11-0388) принят в работу — обращение 230203",
       cafm_msg("Наряд-заказ принят в работу",
                "Ваше обращение зарегистрировано в CAFM и принято в работу.",
                [("Обращение заказчика:", "230203"), ("Наряд-заказ:", "ЗН-0004495 / WO-2026-11-0388"),
                 ("Объект:", "Офис, г. Самара, ул. Галактионовская, д. 157"),
                 ("Вид работ:", "Электроосвещение: замена светильников и драйверов"),
                 ("Статус ЗН:", "Принят в работу"), ("Время реакции:", "00:20 (норматив 02:00)")],
                plain="good", body_enc="qp", color="#2E5E3E"),
       L("decided", "230203", [], "заявка принята", "CAFM acceptance, no positions named"),
       mid_style="cafm", extra=CAFM_X)

c = UTF("b64")
txt = ("Ирина, добрый.\n\n"
       "По 230203: электрики в пути на Галактионовскую, 157, ETA ~11:30. "
       "Стремянки и вышку-туру везут с собой. Доступ на 4-й этаж просьба согласовать с арендатором заранее, "
       "в прошлый раз стояли 40 минут у турникета.\n\n"
       "Денис\n\nGet Outlook for iOS")
letter(D(5, 10, 55), SHARAPOV, "230203 — electricians в пути",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230203", [], "подрядчик в пути", "electricians travelling, ETA 11:30"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

c = UTF("qp")
q = ("Вадим, принято. Держите в курсе, пожалуйста.\n\n" + SIG_DISP)
letter(D(5, 13, 5), NURIEV, "Re: 230158",
       MIMEText("Пассажирский (1) запустили — отрегулировали привод дверей кабины, ошибка ушла, работает штатно.\n"
                "По грузовому (2) нужна плата ТКЛ, завтра привезут со склада, продолжим завтра с утра.\n\n"
                "Отправлено с iPhone\n\n"
                "> 5 нояб. 2026 г., в 10:31, Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n>\n"
                + quote_gt(q) + "\n", "plain", c),
       L("decided", "230158", ["1"], "подрядчик убыл", "pos 1 repaired and working; pos 2 tomorrow (plan)"),
       charset=c, mid_style="iphone", extra=IPHONE_X)

# read receipt (Outlook MDN)
mdn = MIMEMultipart("report")
mdn.set_param("report-type", "disposition-notification")
c = W1251("qp")
mdn.attach(MIMEText("Ваше сообщение\n\n"
                    "  Кому: Коровин Андрей Викторович\n"
                    "  Тема: 230158 — ключи от машинного помещения\n"
                    "  Отправлено: 05.11.2026 14:20\n\n"
                    "было прочитано 05.11.2026 15:40.\n", "plain", c))
dn = MIMEBase("message", "disposition-notification")
dn.set_payload("Reporting-UA: a.korovin@fm-service-group.ru; Microsoft Outlook 16.0\r\n"
               "Final-Recipient: rfc822;a.korovin@fm-service-group.ru\r\n"
               "Original-Message-ID: <5b21a9f0.4412@zakazchik-omis.ru>\r\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
mdn.attach(dn)
letter(D(5, 15, 40), KOROVIN, "Прочитано: 230158 — ключи от машинного помещения", mdn,
       L("ignored", note="read receipt (MDN)"), charset=W1251(), extra=OUTLOOK_X)

c = W1251("b64")
q = outlook_quote(DISP_FROM_Q, D(5, 10, 12), "Шарапов Денис <d.sharapov@fm-service-group.ru>",
                  "RE: 230203 — electricians в пути",
                  "Денис, доступ на 4-й этаж согласовали с арендатором, пропуска закажут на ваших электриков.\n\n" + SIG_DISP)
txt = ("Коллеги,\n\n"
       "update по 230203: п.1 и п.2 (1-й и 2-й этаж) — done. Заменили 14 светильников Армстронг 36 Вт "
       "и 3 драйвера LED, всё горит. WO по этим двум закрыл, фотки до/после зааплоадил.\n"
       "3-4 этаж — next visit: арендатор на 4-м так и не оформил пропуска, договорились на пятницу.\n"
       "Электрики с объекта ушли в 16:10.\n\n" + SIG_SHARAPOV + "\n\n" + q)
letter(D(5, 16, 31), SHARAPOV, "RE: 230203 освещение Галактионовская — п.1, п.2 done",
       alt(txt, outlook_html(txt), c),
       L("decided", "230203", ["1", "2"], "подрядчик убыл", "floors 1-2 done, electricians left; 3-4 next visit"),
       charset=c, extra=OUTLOOK_X)

# ---------------------------------------------------------------- 6 Nov
c = KOI("qp")
letter(D(6, 12, 47), TROFIMOV, "Re: Заявка 230241 автоматические двери Ленинская 120",
       MIMEText("Здравствуйте, Ирина.\n\n"
                "Вы писали 6 ноября 2026 г., 12:22:\n\n"
                "ИП> Добрый день! Заявка N 230241, отделение на ул. Ленинской, 120.\n"
                "ИП> Автоматическая входная дверь не открывается, посетители заходят через\n"
                "ИП> служебный вход. Просим выехать сегодня.\n"
                "ИП> Петрова И.Н., диспетчер ОМИС\n\n"
                "Заявку принял, выезжаю. Буду в течение часа.\n\n"
                + SIG_TROFIMOV + "\n", "plain", c),
       L("decided", "230241", [], "подрядчик в пути", "'принял, выезжаю' — leaving now, latest event = on the way; answer under ИП> quote"),
       charset=c, mid_style="bat", extra=BAT_X)

letter(D(6, 13, 31), CAFM, "[CAFM] ЗН-0004502 — Исполнитель прибыл на объект (обращение № 230241)",
       cafm_msg("Исполнитель прибыл на объект",
                "По наряд-заказу <b>ЗН-0004502</b> зафиксировано прибытие исполнителя (отметка в мобильном приложении).",
                [("Обращение заказчика:", "№ 230241"), ("Объект:", "Отделение, ул. Ленинская, д. 120"),
                 ("Статус ЗН:", "Исполнитель прибыл"), ("Время прибытия:", "06.11.2026 13:29"),
                 ("Время реакции:", "00:42"), ("Время прибытия от регистрации:", "01:09 (норматив 02:00) — в SLA"),
                 ("Исполнитель:", "Трофимов С. В.")],
                plain="placeholder", body_enc="b64"),
       L("decided", "230241", [], "подрядчик на месте", "CAFM arrival; plain part is only a placeholder"),
       mid_style="cafm", extra=CAFM_X)

txt = ("Ирина Николаевна, добрый день!\n\n"
       "По результатам диагностики автоматической двери на Ленинской, 120 (заявка 230241): "
       "вышел из строя блок управления привода GEZE Slimdrive SL, требуется замена блока DCU 1 (арт. 151520).\n"
       "Стоимость блока с работами — 48 500,00 руб. без НДС, срок поставки — 3 рабочих дня со дня согласования.\n\n"
       "Прошу согласовать, после согласования сразу разместим заказ у дистрибьютора.\n"
       "Дверь на время ожидания переведена в режим «постоянно открыто», проход посетителей обеспечен.\n\n"
       + SIG_KOROVIN)
letter(D(6, 15, 20), KOROVIN, "230241 — согласование замены блока управления",
       outlook_body(txt, "qp"),
       L("review", note="price approval request; no new status"),
       cc="Логинова Елена Сергеевна <e.loginova@fm-service-group.ru>",
       charset=W1251(), extra=OUTLOOK_X)

c = W1251("qp")
ooo = MIMEText("Здравствуйте!\n\n"
               "Я нахожусь в отпуске с 06.11.2026 по 16.11.2026, доступ к почте ограничен.\n"
               "По срочным вопросам, пожалуйста, обращайтесь к Коровину Андрею Викторовичу: "
               "a.korovin@fm-service-group.ru, +7 927 604-18-33, или в диспетчерскую Самарского филиала: "
               "+7 (846) 230-15-65.\n\n"
               "С уважением,\nЕлена Логинова\n", "plain", c)
letter(D(6, 15, 56), LOGINOVA, "Автоматический ответ: RE: 230241 — согласование замены блока управления", ooo,
       L("ignored", note="Outlook out-of-office auto-reply"),
       charset=c, extra=OUTLOOK_X + [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

letter(D(6, 16, 10), CAFM, "[CAFM] ЗН-0004490 | Обращение 230158 | Статус ЗН: Выполнен",
       cafm_msg("Наряд-заказ выполнен",
                "Работы по наряд-заказу <b>ЗН-0004490</b> завершены. Акт выполненных работ будет сформирован автоматически.",
                [("Обращение заказчика:", "230158"), ("Объект:", "г. Самара, ул. Молодогвардейская, д. 204"),
                 ("Статус ЗН:", "Выполнен"), ("Убытие исполнителя:", "06.11.2026 16:02"),
                 ("Исполнитель:", "ООО «Лифт-Сервис Самара» (субподряд), мастер Нуриев В."),
                 ("Итог по SLA:", "Реакция 00:38 / Устранение 1 д. 05:12 — в SLA")],
                rows=[["1", "Пассажирский лифт OTIS GeN2, подъезд А", "Выполнен", "05.11.2026 12:50"],
                      ["2", "Грузовой лифт ПГ-500", "Выполнен", "06.11.2026 15:55"]],
                row_head=POS_HEAD, plain="crude", body_enc="b64"),
       L("decided", "230158", ["1", "2"], "подрядчик убыл", "CAFM closure table: both positions Выполнен, departure 16:02"),
       mid_style="cafm", extra=CAFM_X)

c = UTF("b64")
txt = ("Доброе утро!\n\n"
       "#230203 п.3-4: электрики снова в пути на Галактионовскую, ETA 10:00. Пропуска арендатор 4-го этажа "
       "подтвердил, так что сегодня должны закрыть оба этажа.\n\n"
       "Денис\n\nGet Outlook for iOS")
letter(D(6, 9, 12), SHARAPOV, "#230203 п.3-4 — в пути",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230203", ["3", "4"], "подрядчик в пути", "'#' before number, range 3-4, ETA 10:00"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

# daily summary, one request only
c = W1251("b64")
summ_txt = ("Ирина Николаевна, добрый вечер!\n\n"
            "Направляю сводку по работам Самарского филиала за 06.11.2026. Сегодня выезд был по одной заявке.\n\n"
            "Заявка | Объект | Позиции | Результат | Наряд\n"
            "230203 | ул. Галактионовская, 157 | поз. 3, 4 (3-й и 4-й этаж) | Выполнено: заменено 22 светильника, "
            "бригада убыла в 17:20 | WO-2026-11-0388\n\n"
            "Фотоотчёт размещён в карточке наряда в портале.\n\n" + SIG_YAGUDINA)
summ_html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head>"
             "<body lang=RU style='font-family:Calibri,sans-serif;font-size:11pt'>"
             "<p>Ирина Николаевна, добрый вечер!</p>"
             "<p>Направляю сводку по работам Самарского филиала за 06.11.2026. Сегодня выезд был по одной заявке.</p>"
             "<table border=1 cellspacing=0 cellpadding=5 style='border-collapse:collapse'>"
             "<tr style='background:#D9E2F3'><th>Заявка</th><th>Объект</th><th>Позиции</th><th>Результат</th><th>Наряд</th></tr>"
             "<tr><td>230203</td><td>ул. Галактионовская, 157</td><td>поз. 3, 4 (3-й и 4-й этаж)</td>"
             "<td>Выполнено: заменено 22 светильника, бригада убыла в 17:20</td><td>WO-2026-11-0388</td></tr></table>"
             "<p>Фотоотчёт размещён в карточке наряда в портале.</p><p>"
             + htmlmod.escape(SIG_YAGUDINA).replace("\n", "<br>") + "</p></body></html>")
letter(D(6, 19, 5), YAGUDINA, "Сводка по работам Самарского филиала за 06.11.2026",
       alt(summ_txt, summ_html, c),
       L("decided", "230203", ["3", "4"], "подрядчик убыл", "daily summary with a single request: floors 3-4 done, crew left 17:20"),
       charset=c, extra=OUTLOOK_X)

# ---------------------------------------------------------------- 9 Nov
letter(D(9, 10, 12), CAFM, "[CAFM] ЗН-0004519 принят в работу | 230266 | ДГУ/АВР",
       cafm_msg("Наряд-заказ ЗН-0004519 принят в работу",
                None,
                [("Обращение заказчика:", "230266"), ("Объект:", "ЦОД, г. Самара, ул. Скляренко, д. 26"),
                 ("Вид работ:", "Аварийная: ДГУ не выходит на режим, АВР не переключает на резерв"),
                 ("Приоритет:", "Критический (P1)"), ("Статус ЗН:", "Принят в работу"),
                 ("Время реакции:", "00:12 (норматив 00:15)"), ("До нарушения SLA прибытия:", "01:48")],
                plain="good", body_enc="b64", color="#8B1A1A"),
       L("decided", "230266", [], "заявка принята", "CAFM acceptance"),
       mid_style="cafm", extra=CAFM_X)

q = outlook_quote(DISP_FROM_Q, D(9, 10, 3), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                  "Заявка 230266 ДГУ/АВР Скляренко 26",
                  "Андрей Викторович, срочно! Заявка № 230266, ЦОД на Скляренко, 26.\n"
                  "П.1 — ДГУ не выходит на режим при тестовом пуске; п.2 — АВР не переключает на резерв.\n"
                  "Сейчас ЦОД на одном вводе. Сообщите время прибытия.\n\n" + SIG_DISP)
txt = ("Ирина Николаевна, бригада электриков (старший — Горелов И.) выехала к вам на Скляренко, "
       "ориентировочно будут к 11:30. Везут с собой контакторы и блок управления на случай замены.\n\n"
       + SIG_KOROVIN + "\n\n" + q)
letter(D(9, 10, 40), KOROVIN, "RE: Заявка 230266 ДГУ/АВР Скляренко 26",
       outlook_body(txt, "qp"),
       L("decided", "230266", [], "подрядчик в пути", "crew left for the site ('выехала к вам'), ETA 11:30"),
       charset=W1251(), extra=OUTLOOK_X)

c = UTF("b64")
txt = "Добрый день. По 230266 на месте с 11:30, начали с ДГУ (п1), АВР следом.\n\nГорелов И.\n\nОтправлено из мобильной Яндекс Почты"
letter(D(9, 11, 36), GORELOV, "230266 на месте",
       alt(txt, simple_html(txt, font="Arial"), c),
       L("decided", "230266", ["1"], "подрядчик на месте", "on site, working on ДГУ (п1)"),
       charset=c, mid_style="yandex", extra=YA_X)

c = UTF("b64")
txt = ("По ДГУ (п.1): ТО провели, заменили топливный фильтр и АКБ стартера, прогнали под нагрузкой 40 мин — параметры в норме, "
       "по п.1 закончили.\n"
       "По АВР (п.2) ещё работаем, меняем контактор КМ2 (LC1D65), к вечеру должны закончить.\n\n"
       "Горелов И.\n\nОтправлено из мобильной Яндекс Почты")
letter(D(9, 14, 50), GORELOV, "230266 промежуточно",
       alt(txt, simple_html(txt, font="Arial"), c),
       L("review", note="different statuses in one letter: pos 1 finished, pos 2 still in progress on site"),
       charset=c, mid_style="yandex", extra=YA_X)

c = UTF("8bit")
q = "Добрый день. По 230266 на месте с 11:30, начали с ДГУ (п1), АВР следом.\n\nГорелов И."
txt = ("АВР (п.2) наладили: контактор заменили, переключение ввод 1 / ввод 2 / ДГУ проверили три раза — отрабатывает. "
       "С объекта уехали в 17:00, ЦОД на штатной схеме.\n\n"
       "Горелов И.\n\nОтправлено из мобильной Яндекс Почты\n\n"
       "09.11.2026, 11:36, \"Горелов Игорь\" <i.gorelov@fm-service-group.ru>:\n" + quote_gt(q))
letter(D(9, 17, 12), GORELOV, "Re: 230266 на месте",
       MIMEText(txt, "plain", c),
       L("decided", "230266", ["2"], "подрядчик убыл", "Re: subject says 'на месте' but body reports АВР done and departure"),
       charset=UTF("b64"), mid_style="yandex", extra=YA_X)

# ---------------------------------------------------------------- 10 Nov
letter(D(10, 8, 5), CAFM, "Плановые технические работы в CAFM «ФМ-Сервис Диспетчер» 14.11.2026",
       cafm_msg("Плановые технические работы",
                "Уважаемые пользователи! В связи с обновлением системы до версии 4.13 портал заказчика и мобильное приложение "
                "будут недоступны <b>14.11.2026 с 22:00 до 02:00 (MSK+1)</b>. Уведомления о статусах наряд-заказов, "
                "сформированные в этот период, будут отправлены после завершения работ.",
                [("Затрагиваемые сервисы:", "Портал заказчика, мобильное приложение, e-mail уведомления"),
                 ("Номер изменения:", "CHG-2026-0230")],
                outro="Приносим извинения за возможные неудобства. Служба поддержки: +7 (800) 230-44-10.",
                plain="good", body_enc="qp"),
       L("ignored", note="CAFM maintenance announcement, bulk mail"),
       to="undisclosed-recipients:;", mid_style="cafm",
       extra=CAFM_AUTO_X + [("Precedence", "bulk"),
                            ("List-Unsubscribe", "<https://cafm.fm-service-group.ru/portal/unsubscribe?u=dispatch%40zakazchik-omis.ru>")])

# Yagudina forwards CAFM closure of 230266 as attachment
inner = cafm_msg("Наряд-заказ выполнен",
                 "Работы по наряд-заказу <b>ЗН-0004519</b> завершены.",
                 [("Обращение заказчика:", "230266"), ("Объект:", "ЦОД, ул. Скляренко, д. 26"),
                  ("Статус ЗН:", "Выполнен"), ("Убытие исполнителя:", "09.11.2026 17:00"),
                  ("Итог по SLA:", "Реакция 00:12 / Прибытие 01:30 / Устранение 07:00 — в SLA")],
                 rows=[["1", "ДГУ ТСС АД-200С", "Выполнен", "09.11.2026 14:35"],
                       ["2", "АВР ввод 1/2/ДГУ", "Выполнен", "09.11.2026 16:52"]],
                 row_head=POS_HEAD, plain="good", body_enc="b64", color="#8B1A1A")
inner["From"] = addr_hdr(CAFM, UTF())
inner["To"] = "samara.dispatch@fm-service-group.ru"
inner["Subject"] = hdr("[CAFM] ЗН-0004519 | Обращение 230266 | Статус ЗН: Выполнен", UTF())
inner["Date"] = format_datetime(D(9, 17, 4))
inner["Message-ID"] = msgid("cafm")
inner._headers.sort(key=lambda kv: kv[0].lower() in ("content-type", "mime-version", "content-transfer-encoding"))
outer = MIMEMultipart("mixed")
c = W1251("qp")
t = ("Ирина Николаевна, доброе утро! Во вложении — закрытие по 230266 из системы.\n\n" + SIG_YAGUDINA)
outer.attach(alt(t, outlook_html(t), c))
att = MIMEMessage(inner)
att.add_header("Content-Disposition", "attachment", filename="ZN-0004519.eml")
outer.attach(att)
letter(D(10, 9, 32), YAGUDINA, "FW: [CAFM] ЗН-0004519 | Обращение 230266 | Статус ЗН: Выполнен", outer,
       L("decided", "230266", ["1", "2"], "подрядчик убыл", "CAFM closure forwarded as attached message: both positions Выполнен"),
       charset=c, extra=OUTLOOK_X)

letter(D(10, 9, 40), CAFM, "[CAFM] ЗН-0004533 | Обращение 230309 | Поз. 01 | Исполнитель в пути",
       cafm_msg("Исполнитель в пути",
                "Исполнитель выехал на объект по позиции <b>01</b>.",
                [("Обращение заказчика:", "230309"), ("Наряд-заказ:", "ЗН-0004533"),
                 ("Объект:", "Офис, г. Самара, ул. Садовая, д. 230"),
                 ("Позиция:", "01 — санузел 1-го этажа (течь под раковиной, засор)"),
                 ("Статус ЗН:", "Исполнитель в пути"), ("Ожидаемое прибытие:", "10:15"),
                 ("Исполнитель:", "Нуриев В. (сантехник)")],
                plain="crude", body_enc="b64"),
       L("decided", "230309", ["01"], "подрядчик в пути", "CAFM: position 01 executor on the way; 230 in the address is noise"),
       mid_style="cafm", extra=CAFM_X)

c = UTF("qp")
letter(D(10, 10, 31), NURIEV, "230309",
       MIMEText("Садовая 230 — по 01 и 02 нa месте, работаем. 03 после обеда, ждём ревизионный люк открыть.\n\n"
                "Отправлено с iPhone", "plain", c),
       L("decided", "230309", ["01", "02"], "подрядчик на месте", "on site at positions 01 and 02; 03 only planned"),
       charset=c, mid_style="iphone", extra=IPHONE_X)

c = UTF("qp")
letter(D(10, 16, 52), NURIEV, "Re: 230309",
       MIMEText("03 готово — смеситель поменяли, унитаз новый поставили, проверили на протечки. "
                "Все, ушёл с Садовой.\n\nОтправлено с iPhone\n\n"
                "> 10 нояб. 2026 г., в 10:31, Вадим Нуриев <v.nuriev@fm-service-group.ru> написал(а):\n>\n"
                "> Садовая 230 — по 01 и 02 нa месте, работаем. 03 после обеда, ждём ревизионный люк открыть.\n",
                "plain", c),
       L("decided", "230309", ["03"], "подрядчик убыл", "'03 готово ... ушёл с Садовой'; quoted own earlier message"),
       charset=c, mid_style="iphone", extra=IPHONE_X)

q = outlook_quote(DISP_FROM_Q, D(10, 9, 3), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                  "Заявка 230309 сантехника Садовая 230",
                  "Андрей Викторович, добрый день!\n"
                  "Заявка № 230309, ул. Садовая, 230.\n"
                  "01 — санузел 1 эт.: течь под раковиной, засор;\n"
                  "02 — санузел 2 эт.: не смывает бачок;\n"
                  "03 — санузел 3 эт.: капает смеситель, трещина в унитазе.\n\n" + SIG_DISP)
txt = ("Ирина Николаевна, добрый вечер!\n\n"
       "По позициям 1–3 работы выполнены в полном объёме: прочищен засор и заменён сифон (1 эт.), "
       "отремонтирована арматура бачка (2 эт.), заменены смеситель и унитаз (3 эт.). Сантехник убыл с объекта в 16:50.\n"
       "Акт выполненных работ № 1106 от 10.11.2026 направим завтра.\n\n" + SIG_KOROVIN + "\n\n" + q)
letter(D(10, 18, 20), KOROVIN, "RE: Заявка 230309 сантехника Садовая 230",
       outlook_body(txt, "qp"),
       L("decided", "230309", ["01", "02", "03"], "подрядчик убыл", "positions '1–3' = 01..03 done, plumber left 16:50"),
       charset=W1251(), extra=OUTLOOK_X)

# ---------------------------------------------------------------- 11-12 Nov
c = KOI("8bit")
letter(D(11, 14, 10), TROFIMOV, "230241 Ленинская - готово",
       MIMEText("Ирина Николаевна, добрый день.\n\n"
                "Блок управления DCU на двери поставили, дверь настроили, работает в автомате.\n"
                "С Ленинской выехалм в 14:00. Старый блок забрали, пломба на блоке N 2304558,\n"
                "акт подписала администратор отделения Сафонова.\n\n"
                + SIG_TROFIMOV + "\n", "plain", c),
       L("decided", "230241", [], "подрядчик убыл", "'с Ленинской выехали' = left the site (typo 'выехалм'); seal number is noise"),
       charset=c, mid_style="bat", extra=BAT_X)

letter(D(12, 8, 10), CAFM, "[CAFM] ЗН-0004561 (WO-2026-11-0412) принят в работу — обращение 230345",
       cafm_msg("Наряд-заказ принят в работу",
                "По обращению заказчика создан наряд-заказ.",
                [("Обращение заказчика:", "230345"), ("Наряд-заказ:", "ЗН-0004561 / WO-2026-11-0412"),
                 ("Объект:", "Склад-магазин, г. Самара, ул. Аэродромная, д. 47"),
                 ("Вид работ:", "Сезонные: очистка кровли от снега, уборка и вывоз снега"),
                 ("Статус ЗН:", "Принят в работу"), ("Время реакции:", "00:40 (норматив 02:00)")],
                rows=[["1", "Очистка кровли от снега и наледи", "Принят в работу", "12.11.2026 08:09"],
                      ["2", "Уборка и вывоз снега с парковки", "Принят в работу", "12.11.2026 08:09"]],
                row_head=POS_HEAD, plain="good", body_enc="b64"),
       L("decided", "230345", ["1", "2"], "заявка принята", "CAFM acceptance, both positions; WO-...-0412 is not request 230412"),
       mid_style="cafm", extra=CAFM_X)

letter(D(12, 9, 0), CAFM, "Оцените качество выполнения наряд-заказа ЗН-0004502",
       cafm_msg("Как мы справились?",
                "Наряд-заказ <b>ЗН-0004502</b> по обращению <b>230241</b> (ул. Ленинская, д. 120) закрыт 11.11.2026. "
                "Пожалуйста, оцените качество выполнения работ по шкале от 1 до 5 — это займёт не более минуты.",
                [("Ссылка на опрос:", "https://cafm.fm-service-group.ru/survey/q/7f2a41")],
                outro="Опрос анонимный. Спасибо, что помогаете нам становиться лучше!",
                plain="crude", body_enc="qp", color="#6A3D9A"),
       L("ignored", note="automatic satisfaction survey from CAFM"),
       mid_style="cafm", extra=CAFM_AUTO_X + [("Precedence", "bulk")])

c = UTF("b64")
txt = ("Доброе утро!\n\n"
       "По п.2 (вывоз снега) техника стартанула с базы на Красной Глинке в 08:50, на Аэродромную будут ~ через час: "
       "фронтальный погрузчик и два КамАЗа (Е 412 КР 163, Е 413 КР 163).\n"
       "Промальп на кровлю (п.1) подъедет к 11:00, допуск на кровлю согласован.\n\n"
       "Денис\n\nGet Outlook for iOS")
letter(D(12, 8, 57), SHARAPOV, "230345 (2) — техника выехала",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230345", ["2"], "подрядчик в пути", "pos 2 machinery travelling; pos 1 only planned for 11:00"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

c = UTF("qp")
letter(D(12, 10, 5), NURIEV, "Аэродромная",
       MIMEText("Мы на Аэродромной 47, на месте, начали грузить снег с парковки. Погрузчик пришёл, КамАЗы под погрузкой.\n\n"
                "Отправлено с iPhone", "plain", c),
       L("review", note="no request number at all (only an address)"),
       charset=c, mid_style="iphone", extra=IPHONE_X)

q = outlook_quote(DISP_FROM_Q, D(12, 9, 15), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                  "230345 Аэродромная, 47 — снег",
                  "Андрей Викторович, прошу обратить внимание: в прошлом году снег с кровли сбрасывали на машины "
                  "покупателей. Обязательно выставить ограждение.\n\n" + SIG_DISP)
txt = ("Ирина Николаевна,\n\n"
       "снег и наледь с кровли (позиция 1) сброшены, кровля очищена по всему периметру, сосульки сбиты. "
       "Ограждение выставляли, зона сброса была закрыта. Промальпинисты с объекта убыли в 16:05.\n"
       "Вывоз с парковки продолжится завтра с 07:00.\n\n" + SIG_KOROVIN + "\n\n" + q)
letter(D(12, 16, 30), KOROVIN, "RE: 230345 Аэродромная, 47 — снег",
       outlook_body(txt, "qp"),
       L("decided", "230345", ["1"], "подрядчик убыл", "roof (pos 1) done, climbers left 16:05; pos 2 continues tomorrow"),
       charset=W1251(), extra=OUTLOOK_X)

# ---------------------------------------------------------------- 13 Nov
c = UTF("qp")
txt = ("Ирина, добрый день.\n\n"
       "Парковку на Аэродромной вычистили полностью, вывезли 9 рейсов. Техника ушла с объекта в 11:50, "
       "WO по п.2 закрыл, талоны полигона зааплоадил в карточку.\n\n" + SIG_SHARAPOV)
letter(D(13, 12, 5), SHARAPOV, "230345-2 done",
       MIMEText(txt, "plain", c),
       L("decided", "230345", ["2"], "подрядчик убыл", "position after a dash in the subject; machinery left 11:50"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

letter(D(13, 15, 25), CAFM, "[CAFM] WO-2026-11-0345 принят в работу (обращение № 230377)",
       cafm_msg("Work order WO-2026-11-0345 принят в работу",
                "Уважаемый заказчик! Ваше обращение принято исполнителем.",
                [("Обращение заказчика:", "№ 230377"), ("Наряд-заказ:", "ЗН-0004570 / WO-2026-11-0345"),
                 ("Объект:", "Офис, г. Самара, ул. Мичурина, д. 21"),
                 ("Описание:", "Ложные срабатывания АПС, шлейф 4, 2-й этаж"),
                 ("Статус ЗН:", "Принят в работу"), ("Время реакции:", "00:25"),
                 ("Ответственный:", "Шарапов Д. А.")],
                plain="good", body_enc="b64"),
       L("decided", "230377", [], "заявка принята", "CAFM acceptance; WO-2026-11-0345 is not request 230345"),
       mid_style="cafm", extra=CAFM_X)

c = UTF("b64")
txt = ("FYI — мы на Мичурина, чекин сделан, начинаем диагностику шлейфа.\n\n"
       "Denis\n\nGet Outlook for iOS\n"
       "________________________________\n"
       "From: CAFM ФМ-Сервис <noreply@cafm.fm-service-group.ru>\n"
       "Sent: Friday, November 13, 2026 4:31:07 PM\n"
       "To: Шарапов Денис <d.sharapov@fm-service-group.ru>\n"
       "Subject: [CAFM] WO-2026-11-0345 | 230377 | Исполнитель прибыл\n\n"
       "Исполнитель прибыл на объект\n\n"
       "Обращение заказчика: № 230377\n"
       "Наряд-заказ: ЗН-0004570 / WO-2026-11-0345\n"
       "Объект: Офис, г. Самара, ул. Мичурина, д. 21\n"
       "Статус ЗН: Исполнитель прибыл\n"
       "Время прибытия: 13.11.2026 16:29\n"
       "Время реакции: 00:25 | Прибытие: 01:29 (норматив 04:00)\n\n"
       "Это автоматическое уведомление системы CAFM «ФМ-Сервис Диспетчер» (v4.12). Ответы на этот адрес не обрабатываются.")
letter(D(13, 16, 40), SHARAPOV, "Fw: [CAFM] WO-2026-11-0345 | 230377 | Исполнитель прибыл",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230377", [], "подрядчик на месте", "engineer forwards CAFM arrival notice with one line on top"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

c = W1251("b64")
rows = [("230345", "ул. Аэродромная, 47", "поз. 2 — вывоз снега", "Выполнено, техника убыла 11:50", "ЗН-0004561"),
        ("230377", "ул. Мичурина, 21", "АПС, шлейф 4", "Бригада на объекте с 16:29, диагностика", "ЗН-0004570")]
t = ("Ирина Николаевна, добрый вечер!\n\nСводка по работам Самарского филиала за 13.11.2026:\n\n"
     + "\n".join(" | ".join(r) for r in rows) + "\n\nПо Мичурина продолжим в понедельник, если понадобится.\n\n" + SIG_YAGUDINA)
h = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head>"
     "<body lang=RU style='font-family:Calibri,sans-serif;font-size:11pt'><p>Ирина Николаевна, добрый вечер!</p>"
     "<p>Сводка по работам Самарского филиала за 13.11.2026:</p>"
     "<table border=1 cellspacing=0 cellpadding=5 style='border-collapse:collapse'>"
     "<tr style='background:#D9E2F3'><th>Заявка</th><th>Объект</th><th>Позиция</th><th>Статус</th><th>Наряд</th></tr>"
     + "".join("<tr>" + "".join("<td>%s</td>" % htmlmod.escape(x) for x in r) + "</tr>" for r in rows)
     + "</table><p>По Мичурина продолжим в понедельник, если понадобится.</p><p>"
     + htmlmod.escape(SIG_YAGUDINA).replace("\n", "<br>") + "</p></body></html>")
letter(D(13, 19, 30), YAGUDINA, "Сводка по работам Самарского филиала за 13.11.2026",
       alt(t, h, c),
       L("review", note="daily summary covering two different requests (230345 and 230377)"),
       charset=c, extra=OUTLOOK_X)

# ---------------------------------------------------------------- 16 Nov
q = outlook_quote(DISP_FROM_Q, D(13, 18, 2), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                  "230345 замечания по вывозу снега",
                  "Андрей Викторович, добрый вечер.\n"
                  "По 230345: снег с парковки временно складировали у въезда, фура с товаром не смогла заехать, "
                  "простой 40 минут. Просим впредь согласовывать место временного складирования с администрацией магазина.\n\n"
                  + SIG_DISP)
txt = ("Ирина Николаевна, добрый день!\n\n"
       "Спасибо за обратную связь, и извините за неудобства. Замечание по складированию снега у въезда приняли: "
       "провели разбор с субподрядчиком по технике, место временного складирования теперь согласуем с администрацией "
       "магазина до начала работ.\n\n" + SIG_LOGINOVA + "\n\n" + q)
letter(D(16, 10, 5), LOGINOVA, "RE: 230345 замечания по вывозу снега",
       outlook_body(txt, "qp"),
       L("review", note="apology / acknowledgement of the dispatcher's complaint; no status"),
       cc="Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
       charset=W1251(), extra=OUTLOOK_X)

q = outlook_quote(DISP_FROM_Q, D(16, 10, 45), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                  "Заявка 230412 — кондиционирование, Ново-Вокзальная, 2",
                  "Добрый день!\n"
                  "Направляем заявку № 230412 (БЦ, ул. Ново-Вокзальная, 2):\n"
                  "1 — сплит-система, переговорная 301, не охлаждает;\n"
                  "2 — кассетный кондиционер open space, течёт дренаж;\n"
                  "3 — прецизионный кондиционер серверной, авария по низкому давлению.\n"
                  "Просим подтвердить принятие заявки.\n\n" + SIG_DISP)
txt = ("Ирина Николаевна, добрый день!\n\n"
       "Подтверждаю — заявка принята, наряд ЗН-0004577. Бригада будет сегодня во второй половине дня, "
       "по серверной дополнительно подключим инженера Шарапова.\n\n" + SIG_KOROVIN + "\n\n" + q)
letter(D(16, 11, 5), KOROVIN, "RE: Заявка 230412 — кондиционирование, Ново-Вокзальная, 2",
       outlook_body(txt, "qp"),
       L("decided", "230412", [], "заявка принята", "acceptance confirmed; visit later today is a plan"),
       charset=W1251(), extra=OUTLOOK_X)

c = UTF("b64")
q = ("Денис, добрый день. Прошу закрыть наряд и прислать итог по Мичурина, у нас висит с пятницы.\n\n" + SIG_DISP)
txt = ("Ирина, добрый день.\n\n"
       "Закрыл WO по Мичурина. В пятницу заменили 3 дымовых извещателя ИП 212-45 в коридоре 2-го этажа "
       "и перетянули клеммы шлейфа №4. Бригада ушла с объекта ещё в пятницу в 18:30, "
       "за выходные ни одного ложного срабатывания — считаю вопрос решённым.\n\n" + SIG_SHARAPOV +
       "\n\n________________________________\n"
       "From: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>\n"
       "Sent: Monday, November 16, 2026 10:02:44 AM\n"
       "To: Шарапов Денис <d.sharapov@fm-service-group.ru>\n"
       "Subject: RE: [CAFM] WO-2026-11-0345 принят в работу (обращение № 230377)\n\n" + q)
letter(D(16, 11, 15), SHARAPOV, "RE: [CAFM] WO-2026-11-0345 принят в работу (обращение № 230377)",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230377", [], "подрядчик убыл", "subject still says 'принят в работу'; body: work done, crew left Friday 18:30; ИП 212-45 is a model"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

c = KOI("8bit")
letter(D(16, 12, 12), TROFIMOV, "Ново-Вокзальная 2 (230412) - выезд",
       MIMEText("Ирина Николаевна,\n\n"
                "едем на Ново-Вокзальную, 2, будем к 13:00. Нас двое, я и Кузнецов, машина Ларгус А 715 ММ 163.\n"
                "Пропуск на машину на парковку БЦ, если можно, закажите.\n\n"
                + SIG_TROFIMOV + "\n", "plain", c),
       L("decided", "230412", [], "подрядчик в пути", "number in brackets after address; 'едем, будем к 13:00'"),
       charset=c, mid_style="bat", extra=BAT_X)

c = KOI("qp")
letter(D(16, 13, 2), TROFIMOV, "Re: Ново-Вокзальная 2 (230412) - выезд",
       MIMEText("Здравствуйте, Ирина.\n\n"
                "Вы писали 16 ноября 2026 г., 12:20:\n\n"
                "ИП> Сергей, пропуск на машину заказали. Сообщите, пожалуйста, по прибытии,\n"
                "ИП> встретит инженер БЦ Кравец, т. 8-917-103-22-80.\n\n"
                "Прибытие 12:55, с Кравцом встретились, пошли в переговорную 301.\n\n"
                + SIG_TROFIMOV + "\n", "plain", c),
       L("decided", "230412", [], "подрядчик на месте", "arrival noun with time, answer under the quote; 301 is a room number"),
       charset=c, mid_style="bat", extra=BAT_X)

# calendar meeting response from Outlook
cal = MIMEMultipart("alternative")
c = W1251("qp")
cal.attach(MIMEText("", "plain", c))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Коровин Андрей Викторович:mailto:a.korovin@fm-service-group.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по заявке 230412 — серверная\r\n"
       "DTSTART;TZID=Russian Standard Time:20261117T100000\r\nDTEND;TZID=Russian Standard Time:20261117T103000\r\n"
       "UID:040000008200E00074C5B7101A82E0080000000090A4F2E3B1C0DC01000000000000000010000000D3A4\r\n"
       "ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "LOCATION:Microsoft Teams\r\nDTSTAMP:20261116T110200Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
icp = MIMEText(ics, "calendar", cs("utf-8", "b64"))
icp.set_param("method", "REPLY")
cal.attach(icp)
letter(D(16, 15, 2), KOROVIN, "Принято: Совещание по заявке 230412 — серверная", cal,
       L("ignored", note="calendar meeting response generated by Outlook"),
       charset=W1251(), extra=OUTLOOK_X)

# ---------------------------------------------------------------- 17-18 Nov
txt = ("Ирина Николаевна, добрый день!\n\n"
       "По второй позиции (кассетный кондиционер в open space): промыли теплообменник, заменили дренажную помпу "
       "Sauermann SI-1800, течь устранена, протестировали под нагрузкой 2 часа — сухо. Работы по этой позиции завершены.\n\n"
       + SIG_LOGINOVA)
letter(D(17, 11, 30), LOGINOVA, "Re: 230412 (2)",
       outlook_body(txt, "b64"),
       L("decided", "230412", ["2"], "подрядчик убыл", "position in brackets in subject, «по второй позиции» in body; work on pos 2 finished"),
       charset=W1251("b64"), extra=OUTLOOK_X)

letter(D(17, 17, 30), CAFM, "[CAFM] ЗН-0004577 | Обращение 230412 | Обновление статусов позиций",
       cafm_msg("Обновление статусов позиций",
                "По наряд-заказу <b>ЗН-0004577</b> обновлены статусы позиций.",
                [("Обращение заказчика:", "230412"), ("Объект:", "БЦ, г. Самара, ул. Ново-Вокзальная, д. 2"),
                 ("Статус ЗН:", "В работе (частично выполнен)"),
                 ("SLA устранения:", "осталось 06:30")],
                rows=[["1", "Сплит-система, переговорная 301", "Выполнен", "16.11.2026 16:40"],
                      ["2", "Кассетный кондиционер, open space", "Выполнен", "17.11.2026 11:05"],
                      ["3", "Прецизионный кондиционер, серверная", "В работе — исполнитель на объекте", "17.11.2026 17:28"]],
                row_head=POS_HEAD, plain="good", body_enc="b64"),
       L("review", note="different statuses for different positions in one CAFM table (1,2 done; 3 on site)"),
       mid_style="cafm", extra=CAFM_X)

letter(D(18, 11, 40), CAFM, "[CAFM] ЗН-0004590 принят в работу | 230455",
       cafm_msg("Наряд-заказ ЗН-0004590 принят в работу",
                None,
                [("Обращение заказчика:", "230455"), ("Объект:", "Офис, г. Самара, ул. Карла Маркса, д. 410"),
                 ("Вид работ:", "Ревизия ВРУ-1, ВРУ-2: протяжка контактов, тепловизионный контроль"),
                 ("Статус ЗН:", "Принят в работу"), ("Время реакции:", "00:25"),
                 ("Плановый выезд:", "19.11.2026 10:00")],
                plain="crude", body_enc="b64"),
       L("decided", "230455", [], "заявка принята", "CAFM acceptance; planned visit is a plan"),
       mid_style="cafm", extra=CAFM_X)

c = UTF("b64")
txt = ("Ирина, добрый день.\n\n"
       "230412, 3-я позиция — серверная закрыта. Утечку нашли на вальцовке жидкостной линии, перевальцевали, "
       "опрессовали азотом 30 бар, дозаправили R410A 1,2 кг. Авария по низкому давлению ушла, в серверной 21 °C.\n"
       "WO закрыл, убыли в 12:30.\n\n" + SIG_SHARAPOV)
letter(D(18, 12, 40), SHARAPOV, "230412 поз. 3 — серверная закрыта",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230412", ["3"], "подрядчик убыл", "server room unit fixed, WO closed, left 12:30"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

c = UTF("qp")
letter(D(18, 14, 20), NURIEV, "230399",
       MIMEText("По заявке 230399 бригада на месте, начали. Вадим\n\nОтправлено с iPhone", "plain", c),
       L("review", note="request 230399 is not in the registry"),
       charset=c, mid_style="iphone", extra=IPHONE_X)

# bounce: the dispatcher wrote to a former employee
b = MIMEMultipart("report")
b.set_param("report-type", "delivery-status")
b.attach(MIMEText(
    "This is the mail system at host mx1.fm-service-group.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    "For further assistance, please send mail to postmaster.\n\n"
    "                   The mail system\n\n"
    "<s.ivanov@fm-service-group.ru>: host mbx02.fm-service-group.ru[10.23.0.14] said:\n"
    "    550 5.1.1 <s.ivanov@fm-service-group.ru>: Recipient address rejected: User\n"
    "    unknown in virtual mailbox table (in reply to RCPT TO command)\n", "plain", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
m1 = Message()
m1["Reporting-MTA"] = "dns; mx1.fm-service-group.ru"
m1["X-Postfix-Queue-ID"] = "4Bq7Zt2xk1z230"
m1["Arrival-Date"] = "Wed, 18 Nov 2026 15:59:58 +0400 (+04)"
m2 = Message()
m2["Final-Recipient"] = "rfc822; s.ivanov@fm-service-group.ru"
m2["Action"] = "failed"
m2["Status"] = "5.1.1"
m2["Diagnostic-Code"] = "smtp; 550 5.1.1 Recipient address rejected: User unknown"
ds.set_payload([m1, m2])
b.attach(ds)
orig = MIMEText("Сергей, добрый день!\nПо заявке № 230455 (ул. Карла Маркса, 410) просим завтра обеспечить "
                "присутствие электрика с группой допуска IV.\n\n" + SIG_DISP, "plain", cs("utf-8", "b64"))
orig["From"] = addr_hdr((DISP_NAME, DISP_ADDR), UTF())
orig["To"] = "s.ivanov@fm-service-group.ru"
orig["Subject"] = hdr("Заявка № 230455 — допуск электрика", UTF())
orig["Date"] = "Wed, 18 Nov 2026 14:59:51 +0300"
orig["Message-ID"] = "<3c1d0b77.5121@zakazchik-omis.ru>"
orig._headers.sort(key=lambda kv: kv[0].lower() in ("content-type", "mime-version", "content-transfer-encoding"))
b.attach(MIMEMessage(orig))
letter(D(18, 16, 0), DAEMON, "Undelivered Mail Returned to Sender", b,
       L("ignored", note="delivery failure report (bounce)"), to=DISP_ADDR,
       charset=cs("utf-8"), mid_style="daemon", extra=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- 19 Nov
fwd = ("-----Original Message-----\n"
       "From: Горелов Игорь <i.gorelov@fm-service-group.ru>\n"
       "Sent: Thursday, November 19, 2026 9:05 AM\n"
       "To: Коровин Андрей Викторович <a.korovin@fm-service-group.ru>\n"
       "Subject: 230455 выезд\n\n"
       "Андрей Викторович, выехал на Карла Маркса 410 по 230455, буду 10:40. Тепловизор Testo 865 взял, "
       "наряд-допуск оформим на месте.\n\n"
       "Горелов И.\n")
txt = ("Ирина Николаевна, пересылаю для информации.\n\n"
       "Андрей Коровин\n\n" + fwd)
letter(D(19, 9, 15), KOROVIN, "FW: 230455 выезд",
       outlook_body(txt, "qp"),
       L("decided", "230455", [], "подрядчик в пути", "manager forwards the electrician's 'выехал ... буду 10:40'"),
       charset=W1251(), extra=OUTLOOK_X)

c = UTF("b64")
txt = ("Прибыли на обьект, наряд-допуск № 118 оформили, приступаем к ревизии ВРУ. "
       "Отключения по ВРУ-2 согласованы с арендаторами на 14:00–14:30.\n\n"
       "Горелов И.\n\nОтправлено из мобильной Яндекс Почты")
letter(D(19, 10, 52), GORELOV, "230455",
       alt(txt, simple_html(txt, font="Arial"), c),
       L("decided", "230455", [], "подрядчик на месте", "arrived; наряд-допуск № 118 is noise"),
       charset=c, mid_style="yandex", extra=YA_X)

lvl1 = outlook_quote(DISP_FROM_Q, D(18, 11, 20), "Коровин Андрей Викторович <a.korovin@fm-service-group.ru>",
                     "Заявка 230455 ВРУ Карла Маркса 410",
                     "Андрей Викторович, добрый день.\n"
                     "Заявка № 230455: плановая ревизия ВРУ-1 (поз. 1) и ВРУ-2 (поз. 2), ул. Карла Маркса, 410.\n"
                     "Срок — до 20.11.2026.\n\n" + SIG_DISP)
lvl2 = outlook_quote("Коровин Андрей Викторович <a.korovin@fm-service-group.ru>", D(18, 11, 48), DISP_FROM_Q,
                     "RE: Заявка 230455 ВРУ Карла Маркса 410",
                     "Ирина Николаевна, принято, выезд завтра в 10:00.\n\nА. Коровин\n\n" + lvl1)
txt = ("Ирина Николаевна, добрый вечер!\n\n"
       "Работы по ВРУ (позиции 1 и 2) завершены: протяжка контактных соединений выполнена, тепловизионный контроль — "
       "без замечаний, на ВРУ-2 заменён автомат ВА57-35 на вводе. Пломбы восстановлены, № 0230471 и 0230472.\n"
       "Завершение работ — 17:30, бригада освободилась и убыла в 17:40. Протокол тепловизионного обследования "
       "пришлём вместе с актом.\n\n" + SIG_KOROVIN + "\n\n" + lvl2)
letter(D(19, 18, 5), KOROVIN, "RE: Заявка 230455 ВРУ Карла Маркса 410",
       outlook_body(txt, "qp"),
       L("decided", "230455", ["1", "2"], "подрядчик убыл", "both ВРУ positions done, crew left 17:40; seal numbers contain 230471 but are seals"),
       charset=W1251(), extra=OUTLOOK_X)

# ---------------------------------------------------------------- 20 Nov
letter(D(20, 9, 10), CAFM, "[CAFM] ЗН-0004603 | Обращение 230488 | Исполнитель назначен",
       cafm_msg("Изменение статуса наряд-заказа ЗН-0004603",
                None,
                [("Обращение заказчика:", "230488"), ("Объект:", "КПП, г. Самара, пр. Кирова, д. 435"),
                 ("Описание:", "Шлагбаум на въезде не поднимается, проезд вручную"),
                 ("Статус ЗН:", "Исполнитель назначен"), ("Исполнитель:", "Бригада 7 (Трофимов С.)"),
                 ("Время реакции:", "00:20"), ("До нарушения SLA прибытия:", "03:40")],
                plain="good", body_enc="qp"),
       L("decided", "230488", [], "заявка принята", "CAFM: executor assigned"),
       mid_style="cafm", extra=CAFM_X)

c = KOI("8bit")
letter(D(20, 10, 30), TROFIMOV, "230488 Кирова",
       MIMEText("Ирина Николаевна, доброе утро.\n\n"
                "По 230488 мы еще не выехали - Газель с утра на шиномонтаже, пробили колесо.\n"
                "Выедем после обеда, как только заберем машину. Привод CAME BX-243 на замену\n"
                "на складе есть, возьмем с собой.\n\n"
                + SIG_TROFIMOV + "\n", "plain", c),
       L("review", note="negation and plan: not yet left, will leave after lunch"),
       charset=c, mid_style="bat", extra=BAT_X)

letter(D(20, 14, 52), CAFM, "[CAFM] ЗН-0004603 | 230488 | Исполнитель прибыл | SLA прибытия нарушен",
       cafm_msg("Исполнитель прибыл на объект",
                "Зафиксировано прибытие исполнителя. <span style=\"color:#C00000\"><b>Внимание: норматив прибытия превышен.</b></span>",
                [("Обращение заказчика:", "230488"), ("Объект:", "КПП, пр. Кирова, д. 435"),
                 ("Статус ЗН:", "Исполнитель прибыл"), ("Время прибытия:", "20.11.2026 14:50"),
                 ("Время реакции:", "00:20 (норматив 00:30)"),
                 ("Время прибытия от регистрации:", "06:00 (норматив 04:00) — нарушение 02:00"),
                 ("Причина (со слов исполнителя):", "неисправность автотранспорта")],
                plain="crude", body_enc="b64", color="#C00000"),
       L("decided", "230488", [], "подрядчик на месте", "CAFM arrival with SLA breach"),
       mid_style="cafm", extra=CAFM_X)

c = KOI("qp")
letter(D(20, 16, 45), TROFIMOV, "230488",
       MIMEText("ШЛAГБAУМ НА КПП ОТРЕМОНТИРОВАН, ПРИВОД CAME BX-243 ЗАМЕНИЛИ, ПУЛЬТЫ ОХРАНЫ ПЕРЕПРОПИСАЛИ.\n"
                "УЕХАЛИ В 16:40.\n\nТРОФИМОВ\n", "plain", c),
       L("decided", "230488", [], "подрядчик убыл", "caps, Latin 'A' inside 'ШЛAГБAУМ'; repaired and left 16:40"),
       charset=c, mid_style="bat", extra=BAT_X)

# SLA daily report
rows = [["230455", "ЗН-0004590", "ул. Карла Маркса, 410", "Выполнен", "00:25", "в SLA"],
        ["230488", "ЗН-0004603", "пр. Кирова, 435", "Выполнен", "00:20", "нарушение прибытия +02:00"],
        ["230412", "ЗН-0004577", "ул. Ново-Вокзальная, 2", "Закрыт", "00:25", "в SLA"]]
letter(D(21, 7, 0), CAFM, "Ежедневный отчёт о SLA — Самарский филиал — 20.11.2026",
       cafm_msg("Ежедневный отчёт о SLA за 20.11.2026",
                "Сводный отчёт по наряд-заказам заказчика «ОМИС», изменившим статус за сутки. Отчёт формируется автоматически в 07:00.",
                [("Всего наряд-заказов:", "3"), ("Выполнено в SLA:", "2 (66,7 %)"), ("Нарушений SLA:", "1"),
                 ("Среднее время реакции:", "00:23")],
                rows=rows, row_head=["Обращение", "Наряд", "Объект", "Статус ЗН", "Реакция", "SLA"],
                plain="crude", body_enc="b64", caption="Наряд-заказы за сутки"),
       L("ignored", note="automatic daily SLA report from CAFM, several requests"),
       mid_style="cafm", extra=CAFM_AUTO_X + [("Precedence", "bulk")])

# ---------------------------------------------------------------- 23-27 Nov
letter(D(23, 10, 30), CAFM, "[CAFM] Обращение 230521 принято в работу — наряд-заказ ЗН-0004631",
       cafm_msg("Обращение принято в работу",
                "Ваше обращение принято, наряд-заказ назначен на сервисную службу Самарского филиала.",
                [("Обращение заказчика:", "230521"), ("Наряд-заказ:", "ЗН-0004631"),
                 ("Объект:", "Офис, г. Самара, ул. Дыбенко, д. 30"),
                 ("Вид работ:", "Клининг: мойка фасада и витражей, химчистка ковровых покрытий"),
                 ("Статус ЗН:", "Принят в работу"), ("Плановые даты:", "24.11.2026 — 26.11.2026")],
                rows=[["1", "Мойка фасадного остекления (промальп)", "Принят в работу", "23.11.2026 10:29"],
                      ["2", "Мойка витражей холла", "Принят в работу", "23.11.2026 10:29"],
                      ["3", "Химчистка ковровых покрытий, 2–3 эт.", "Принят в работу", "23.11.2026 10:29"]],
                row_head=POS_HEAD, plain="placeholder", body_enc="b64"),
       L("decided", "230521", ["1", "2", "3"], "заявка принята", "CAFM acceptance table with all three positions"),
       mid_style="cafm", extra=CAFM_X)

txt = ("Ирина Николаевна, добрый день!\n\n"
       "Выезд по 230521 запланирован на завтра, 24.11, на 08:00: промальпинисты (2 человека) начнут с фасада, "
       "клининговая бригада подъедет к 10:00. Просим предупредить охрану и арендаторов первого этажа.\n"
       "Список сотрудников для пропусков — во вложении.\n\n" + SIG_YAGUDINA)
letter(D(23, 15, 0), YAGUDINA, "230521 — план выезда на 24.11",
       outlook_body(txt, "qp"),
       L("review", note="plan for tomorrow only, nothing has happened yet"),
       charset=W1251(), extra=OUTLOOK_X)

c = W1251("b64")
t = ("Ирина Николаевна, добрый вечер!\n\nСводка за 24.11.2026.\n\n"
     "Заявка: 230521, ул. Дыбенко, 30\n"
     "Позиция 1 (мойка фасадного остекления): промальпинисты на объекте с 09:10, работы продолжаются, "
     "выполнено около 60 % площади.\n"
     "Наряд: ЗН-0004631\n\n" + SIG_YAGUDINA)
h = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head>"
     "<body lang=RU style='font-family:Calibri,sans-serif;font-size:11pt'><p>Ирина Николаевна, добрый вечер!</p>"
     "<p>Сводка за 24.11.2026.</p><table border=1 cellspacing=0 cellpadding=5 style='border-collapse:collapse'>"
     "<tr style='background:#D9E2F3'><th>Заявка</th><th>Позиция</th><th>Состояние</th><th>Наряд</th></tr>"
     "<tr><td>230521, ул. Дыбенко, 30</td><td>1 — мойка фасадного остекления</td>"
     "<td>Промальпинисты на объекте с 09:10, работы продолжаются (около 60 %)</td><td>ЗН-0004631</td></tr></table><p>"
     + htmlmod.escape(SIG_YAGUDINA).replace("\n", "<br>") + "</p></body></html>")
letter(D(24, 19, 10), YAGUDINA, "Сводка по работам Самарского филиала за 24.11.2026",
       alt(t, h, c),
       L("decided", "230521", ["1"], "подрядчик на месте", "single-request summary: pos 1 crew on site, work ongoing"),
       charset=c, extra=OUTLOOK_X)

news_txt = ("ФМ-Сервис Групп | Дайджест | Ноябрь 2026\n\n"
            "• Компания заняла 3-е место в рейтинге FM-операторов России по версии отраслевого журнала.\n"
            "• Самарский филиал завершил переход на CAFM «ФМ-Сервис Диспетчер» 4.13 — новый портал заказчика.\n"
            "• Зимний сезон: как мы готовим кровли и территории к снегопадам (кейс склада на Аэродромной).\n"
            "• Вебинар «Энергосбережение в инженерных системах БЦ» — 3 декабря 2026, 11:00 МСК.\n\n"
            "Вы получили это письмо, так как подписаны на новости АО «ФМ-Сервис Групп».\n"
            "Отписаться: https://fm-service-group.ru/unsubscribe?id=dispatch%40zakazchik-omis.ru\n")
news_html = ("<html><body style=\"font-family:Arial;background:#eee\"><table width=600 align=center style=\"background:#fff\">"
             "<tr><td style=\"background:#1F4E79;color:#fff;padding:16px;font-size:20px\">ФМ-Сервис Групп · Дайджест · Ноябрь 2026</td></tr>"
             "<tr><td style=\"padding:16px\"><ul>"
             "<li>Компания заняла 3-е место в рейтинге FM-операторов России по версии отраслевого журнала.</li>"
             "<li>Самарский филиал завершил переход на CAFM «ФМ-Сервис Диспетчер» 4.13 — новый портал заказчика.</li>"
             "<li>Зимний сезон: как мы готовим кровли и территории к снегопадам (кейс склада на Аэродромной).</li>"
             "<li>Вебинар «Энергосбережение в инженерных системах БЦ» — 3 декабря 2026, 11:00 МСК.</li></ul>"
             "<p style=\"font-size:10px;color:#888\">Вы получили это письмо, так как подписаны на новости АО «ФМ-Сервис Групп». "
             "<a href=\"https://fm-service-group.ru/unsubscribe?id=dispatch%40zakazchik-omis.ru\">Отписаться</a></p>"
             "</td></tr></table></body></html>")
letter(D(25, 10, 0), NEWS, "Дайджест ФМ-Сервис Групп: итоги ноября, зимний сезон и новый портал заказчика",
       alt(news_txt, news_html, UTF("b64")),
       L("ignored", note="corporate newsletter, bulk mail with List-Unsubscribe"),
       mid_style="news",
       extra=[("Precedence", "bulk"), ("List-Id", "FM-Service news <news.fm-service-group.ru>"),
              ("List-Unsubscribe", "<https://fm-service-group.ru/unsubscribe?id=dispatch%40zakazchik-omis.ru>"),
              ("X-Mailer", "Sendsay")])

c = UTF("b64")
txt = ("Коллеги, добрый вечер.\n\n"
       "По Дыбенко, 30 (230521): П2 и П3 done — витражи холла вымыли, ковролин на 2-м и 3-м этажах почистили экстрактором, "
       "сушка до утра. WO по этим позициям закрыл, фото до/после зааплоадил. Команда уехала в 17:05.\n"
       "Фасад (П1) — ребята заканчивают завтра до обеда.\n\n" + SIG_SHARAPOV)
letter(D(25, 17, 20), SHARAPOV, "Дыбенко 30 — П2, П3 closed",
       alt(txt, simple_html(txt, font="Aptos, Calibri, sans-serif"), c),
       L("decided", "230521", ["2", "3"], "подрядчик убыл", "П2 and П3 done, team left; П1 still planned"),
       charset=c, mid_style="ios-outlook", extra=IOSOUT_X)

q = outlook_quote(DISP_FROM_Q, D(26, 10, 40), "Логинова Елена Сергеевна <e.loginova@fm-service-group.ru>",
                  "Обращение № 230521 — клининг, ул. Дыбенко, 30",
                  "Елена Сергеевна, добрый день.\n"
                  "Подскажите, пожалуйста, когда планируете завершить фасад? У арендатора в пятницу мероприятие.\n\n"
                  + SIG_DISP)
txt = ("Ирина Николаевна, добрый день!\n\n"
       "Все работы по обращению выполнены: фасадное остекление домыли сегодня к 11:30, промальпинисты "
       "сняли оборудование и покинули объект. К пятничному мероприятию арендатора всё чисто.\n\n"
       + SIG_LOGINOVA + "\n\n" + q)
letter(D(26, 12, 0), LOGINOVA, "RE: Обращение № 230521 — клининг, ул. Дыбенко, 30",
       outlook_body(txt, "qp"),
       L("decided", "230521", [], "подрядчик убыл", "all work done, climbers left; number only in the Re: subject"),
       charset=W1251(), extra=OUTLOOK_X)

txt = ("Ирина Николаевна, добрый день!\n\n"
       "Направляем на подписание акты выполненных работ за ноябрь по договору № ФМ-230/2026 от 15.01.2026:\n"
       "— акт № 1187 по заявкам 230114, 230203, 230309 — 186 420,00 руб. с НДС;\n"
       "— акт № 1188 по заявкам 230345, 230412 — 241 900,00 руб. с НДС.\n"
       "Просим вернуть подписанные экземпляры до 04.12.2026 через ЭДО (Диадок, ИНН 7728451236).\n"
       "Также напоминаем, что по заявке 230127 ждём вашего решения по КП на капремонт участка кровли.\n\n"
       + SIG_LOGINOVA)
letter(D(27, 11, 0), LOGINOVA, "Акты за ноябрь 2026 — договор ФМ-230/2026",
       outlook_body(txt, "qp"),
       L("review", note="acts/contract talk covering several requests; no status"),
       charset=W1251(), extra=OUTLOOK_X)

c = UTF("qp")
letter(D(27, 11, 22), SHARAPOV, "Automatic reply: 230521 фотоотчёт",
       MIMEText("Добрый день! Я в командировке до 01.12.2026, почту читаю нерегулярно. "
                "По срочным вопросам — диспетчерская Самарского филиала +7 (846) 230-15-65.\n\n"
                "Hello! I am on a business trip until 01.12.2026 with limited access to e-mail. "
                "For urgent matters please contact Samara dispatch: +7 (846) 230-15-65.\n\n"
                "Денис Шарапов / Denis Sharapov", "plain", c),
       L("ignored", note="bilingual out-of-office auto-reply"),
       charset=c, mid_style="ios-outlook",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# =================================================================== WRITE
def main():
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for f in os.listdir(OUTDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUTDIR, f))
    for i, (dt, msg, label) in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
        data = buf.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUTDIR, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print("letters:", len(LETTERS))


if __name__ == "__main__":
    main()
