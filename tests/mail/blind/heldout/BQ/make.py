#!/usr/bin/env python3
"""Generator of test letters for persona BQ: ООО «ПищеТехСервис», Пермь (+0500).

Writes registry.json, labels.json and letters/NNN.eml next to this script.
Deterministic: fixed random seed.
"""
import html
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

from email import charset as CS
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email import encoders

random.seed(20261111)

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

TZ = timezone(timedelta(hours=5))          # Пермь
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DOMAIN = "pts-perm.ru"

KOZLOVA = ("Екатерина Козлова", "e.kozlova@pts-perm.ru", "менеджер сервисного отдела", "доб. 204")
SHILOV = ("Алексей Шилов", "a.shilov@pts-perm.ru", "менеджер по работе с учреждениями", "доб. 206")
BELOV = ("Белов Дмитрий Андреевич", "belov@pts-perm.ru")
BELOV_YA = ("Дмитрий Белов", "belov.perm@yandex.ru")
VOICE = ("Расшифровка голосовых", "voice@pts-perm.ru")
CRM_NOREPLY = ("ПищеТехСервис CRM", "crm-noreply@pts-perm.ru")
NEWS = ("ПищеТехСервис", "news@pts-perm.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@pts-perm.ru")
GUSEV_PHONE = "+7 902 478-12-53"

# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «ПищеТехСервис»",
        "emails": [KOZLOVA[1], SHILOV[1], BELOV[1], BELOV_YA[1], VOICE[1],
                   CRM_NOREPLY[1], NEWS[1], DAEMON[1], "crm@pts-perm.ru"],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "3114", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+05:00",
         "comment": "МАОУ «СОШ № 12», пищеблок: 1 – пароконвектомат ABAT ПКА 10-1/1ПМ, 2 – посудомоечная машина МПК-700К"},
        {"number": "3287", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T14:40:00+05:00",
         "comment": "ГКБ № 4, пищеблок: 1 – холодильная камера КХ-4,41, 2 – плита ЭП-6ЖШ, 3 – мармит ЭМК-70"},
        {"number": "3502", "positions": ["1"], "registered_at": "2026-11-03T10:05:00+05:00",
         "comment": "МАОУ «СОШ № 77»: 1 – пароконвектомат Rational SCC 61"},
        {"number": "3719", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:30:00+05:00",
         "comment": "Детская краевая клиническая больница, пищеблок: 1 – сковорода СЭСМ-0,2, 2 – котёл КПЭМ-160, 3 – картофелечистка МОК-300, 4 – шкаф холодильный Polair CM114-S"},
        {"number": "4046", "positions": ["1", "2"], "registered_at": "2026-11-06T11:20:00+05:00",
         "comment": "МАОУ «Лицей № 2»: 1 – тестомесильная машина ТММ-1М, 2 – шкаф пекарский ЭШ-3К"},
        {"number": "4188", "positions": ["1"], "registered_at": "2026-11-09T09:00:00+05:00",
         "comment": "МАОУ «Гимназия № 11», ул. Сибирская, 35: 1 – посудомоечная машина Hobart"},
        {"number": "4420", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T13:10:00+05:00",
         "comment": "Краевая клиническая больница, корпус Б, пищеблок: 1 – пароконвектомат, 2 – холодильная камера, 3 – овощерезка"},
        {"number": "4675", "positions": ["1", "2"], "registered_at": "2026-11-12T08:45:00+05:00",
         "comment": "МАОУ «СОШ № 135», ТО оборудования: 1 – столовая корпуса 1, 2 – столовая корпуса 2"},
        {"number": "4903", "positions": ["1"], "registered_at": "2026-11-12T15:30:00+05:00",
         "comment": "Госпиталь для ветеранов войн, пищеблок: 1 – котёл пищеварочный КПЭМ-100"},
        {"number": "5210", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:40:00+05:00",
         "comment": "МАОУ «СОШ № 9»: 1 – плита электрическая, 2 – шкаф жарочный, 3 – водонагреватель"},
        {"number": "5538", "positions": ["1", "2"], "registered_at": "2026-11-18T10:00:00+05:00",
         "comment": "Перинатальный центр, пищеблок: 1 – посудомоечная машина, 2 – льдогенератор"},
        {"number": "5871", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-20T08:15:00+05:00",
         "comment": "Кадетская школа-интернат: 1 – пароконвектомат, 2 – холодильная камера, 3 – мясорубка МИМ-300, 4 – протирочная машина МП-800"},
    ],
}

CRM = {  # request -> (deal, ticket)
    "3114": ("18842", "PTS-T-58213"), "3287": ("18851", "PTS-T-58240"),
    "3502": ("18857", "PTS-T-58266"), "3719": ("18863", "PTS-T-58301"),
    "4046": ("18866", "PTS-T-58322"), "4188": ("18869", "PTS-T-58347"),
    "4420": ("18874", "PTS-T-58388"), "4675": ("18877", "PTS-T-58405"),
    "4903": ("18871", "PTS-T-58412"), "5210": ("18890", "PTS-T-58460"),
    "5538": ("18896", "PTS-T-58497"), "5871": ("18901", "PTS-T-58533"),
}

# ---------------------------------------------------------------- helpers
LETTERS = []   # (filename, message)
LABELS = {}


def d(s):
    """'11-02 10:02' -> aware datetime in Perm time with random seconds."""
    md, hm = s.split()
    m, dd = map(int, md.split("-"))
    h, mi = map(int, hm.split(":"))
    return datetime(2026, m, dd, h, mi, random.randint(0, 59), tzinfo=TZ)


def hexid(n=12):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def cs(name, body="b64", head="B"):
    c = CS.Charset(name)
    c.body_encoding = {"b64": CS.BASE64, "qp": CS.QP, "8bit": None}[body]
    c.header_encoding = {"B": CS.BASE64, "Q": CS.QP}[head]
    return c


def textpart(text, subtype="plain", charset="utf-8", cte="b64"):
    p = MIMENonMultipart("text", subtype)
    p.set_payload(text, charset=cs(charset, cte))
    return p


def headers(msg, frm, subject, date, mid, charset="utf-8", head="B", to=DISPATCH,
            in_reply_to=None, extra=None):
    msg["From"] = formataddr(frm, charset=charset)
    msg["To"] = formataddr(to, charset=charset)
    msg["Subject"] = subject if subject.isascii() else Header(subject, cs(charset, "b64", head))
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def add(msg, label):
    fn = "%03d.eml" % (len(LETTERS) + 1)
    LETTERS.append((fn, msg))
    LABELS[fn] = label


def decided(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def review(note):
    return {"expect": "review", "note": note}


def ignored(note):
    return {"expect": "ignored", "note": note}


def omis_id(req, n=1):
    return "<omis.%s.%d.%s@zakazchik-omis.ru>" % (req, n, hexid(6))


def h2t(h):
    t = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|ul|table|h\d)>", "\n\n", t)
    t = re.sub(r"(?i)</(div|tr|li|blockquote)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "— ", t)
    t = re.sub(r"(?i)</t[dh]>", " | ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    out, blank = [], False
    for line in t.split("\n"):
        line = line.strip()
        if line.endswith("|"):
            line = line[:-1].rstrip()
        if not line:
            if not blank and out:
                out.append("")
            blank = True
            continue
        blank = False
        out.append(line)
    return "\n".join(out).strip() + "\n"


# ---------------------------------------------------------------- CRM (managers)
def crm(who, date, subject, body, req, cte="b64", alt=True, history=None, attach=None,
        in_reply_to=None):
    deal, ticket = CRM[req]
    name, addr, title, ext = who
    track = hexid(24)
    hist_html = ""
    hist_txt = ""
    if history:
        hdate, hwho, htext = history
        hist_html = (
            '<tr><td style="padding:0 16px 16px 16px;font-size:12px;color:#666">'
            '<div style="border-top:1px solid #ddd;padding-top:8px">История переписки</div>'
            '<div style="border-left:3px solid #ccc;padding-left:10px;margin-top:6px">'
            '%s, %s написал(а):<br>%s</div></td></tr>' % (hdate, html.escape(hwho),
                                                          html.escape(htext).replace("\n", "<br>")))
        hist_txt = "\n-- История переписки --\n%s, %s написал(а):\n%s\n" % (
            hdate, hwho, "\n".join("> " + l for l in htext.split("\n")))
    sig = ("С уважением,<br>%s<br>%s<br>ООО «ПищеТехСервис»<br>+7 (342) 259-40-17 %s"
           % (name, title, ext))
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>ПищеТехСервис</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<div style="color:#9aa0a6;font-size:11px;padding:6px 16px">##- Ответьте над этой чертой -##</div>
<table width="640" cellpadding="0" cellspacing="0" align="center" style="background:#ffffff;border:1px solid #dde2e8">
<tr><td style="background:#1f5fa8;color:#ffffff;padding:14px 16px;font-size:16px"><b>ПищеТехСервис</b> &middot; ремонт и обслуживание оборудования пищеблоков</td></tr>
<tr><td style="padding:16px">{body}</td></tr>
<tr><td style="padding:0 16px 16px 16px;color:#555">{sig}</td></tr>
{hist_html}
<tr><td style="background:#f7f8fa;padding:10px 16px;font-size:11px;color:#888">
Сделка #{deal} &middot; Тикет {ticket}<br>
ООО «ПищеТехСервис», ИНН 5904386217, КПП 590401001<br>
614039, г. Пермь, ул. Героев Хасана, д. 105, корп. 3 &middot; +7 (342) 259-40-17 &middot; <a href="https://pts-perm.ru">pts-perm.ru</a><br>
Письмо отправлено из CRM. Чтобы ответ попал в сделку, пишите выше строки «Ответьте над этой чертой».
</td></tr></table>
<img src="https://crm.pts-perm.ru/t/open.gif?m={track}" width="1" height="1" alt="" style="display:block">
</body></html>
"""
    plain = ("##- Ответьте над этой чертой -##\n\n" + h2t(body) + "\n" + h2t(sig) + hist_txt +
             "\n--\nСделка #%s · Тикет %s\nООО «ПищеТехСервис», ИНН 5904386217, КПП 590401001\n"
             "614039, г. Пермь, ул. Героев Хасана, д. 105, корп. 3 · +7 (342) 259-40-17\n"
             "Письмо отправлено из CRM. Чтобы ответ попал в сделку, пишите выше строки «Ответьте над этой чертой».\n"
             % (deal, ticket))
    if alt:
        core = MIMEMultipart("alternative")
        core.attach(textpart(plain, "plain", "utf-8", cte))
        core.attach(textpart(page, "html", "utf-8", cte))
    else:
        core = textpart(page, "html", "utf-8", cte)
    if attach:
        msg = MIMEMultipart("mixed")
        msg.attach(core)
        for fname, ctype, data in attach:
            mt, st = ctype.split("/")
            a = MIMEBase(mt, st)
            a.set_payload(data)
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
            msg.attach(a)
    else:
        msg = core
    headers(msg, (name, addr), subject, date,
            "<crm.%s.%s@crm.pts-perm.ru>" % (deal, hexid(10)), in_reply_to=in_reply_to,
            extra={"Sender": "crm@pts-perm.ru", "X-Mailer": "PTS-CRM 4.7 mailer",
                   "X-CRM-Deal": deal, "X-CRM-Ticket": ticket})
    return msg


# ---------------------------------------------------------------- voice transcripts
def voice(date, text, charset="utf-8", cte="8bit", audio=False):
    dur = random.randint(7, 48)
    body = ("Расшифровка голосового сообщения: %s\n\n"
            "—\nОт: Гусев Роман, %s\nПолучено: %s (Пермь)\nДлительность: 0:%02d\n"
            "Текст распознан автоматически и может содержать ошибки.\n"
            "Сервис голосовой почты ООО «ПищеТехСервис»\n"
            % (text, GUSEV_PHONE, date.strftime("%d.%m.%Y %H:%M"), dur))
    subject = "Голосовое сообщение: Гусев Роман (%s), 0:%02d" % (GUSEV_PHONE, dur)
    part = textpart(body, "plain", charset, cte)
    if audio:
        msg = MIMEMultipart("mixed")
        msg.attach(part)
        a = MIMEBase("audio", "ogg")
        a.set_payload(b"OggS\x00\x02" + bytes(random.randrange(256) for _ in range(900)))
        encoders.encode_base64(a)
        a.add_header("Content-Disposition", "attachment",
                     filename="voice_%s.ogg" % date.strftime("%Y%m%d_%H%M%S"))
        msg.attach(a)
    else:
        msg = part
    headers(msg, VOICE, subject, date,
            "<voice.%s.%s@pts-perm.ru>" % (date.strftime("%Y%m%d%H%M%S"), hexid(6)),
            charset=charset, extra={"X-Mailer": "pts-voicemail/2.1 (asr)"})
    return msg


# ---------------------------------------------------------------- service head
def outlook_mid():
    return "<%s$%s$%s$@pts-perm.ru>" % (hexid(12), hexid(8), hexid(8))


def belov(date, subject, text, charset="windows-1251", cte="qp", html_alt=False,
          frm=BELOV, in_reply_to=None, head="B"):
    if html_alt:
        paras = "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html.escape(l) if l else "&nbsp;")
                        for l in text.split("\n"))
        page = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
                '<body lang=RU link="#0563C1"><div class=WordSection1>\n%s</div></body></html>\n'
                % (charset, paras))
        msg = MIMEMultipart("alternative")
        msg.attach(textpart(text, "plain", charset, cte))
        msg.attach(textpart(page, "html", charset, cte))
    else:
        msg = textpart(text, "plain", charset, cte)
    if frm is BELOV:
        mid = outlook_mid()
        extra = {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "Ad" + hexid(20),
                 "Content-Language": "ru"}
    else:
        mid = "<%d%s@mail.yandex.ru>" % (random.randint(10**5, 10**6), hexid(8))
        extra = {"X-Mailer": "Yandex Mail"}
    headers(msg, frm, subject, date, mid, charset=charset, in_reply_to=in_reply_to, head=head,
            extra=extra)
    return msg


RQ, PR, VP, NM, UB = ("заявка отправлена", "заявка принята", "подрядчик в пути",
                      "подрядчик на месте", "подрядчик убыл")

# ====================================================================== letters
# ---------------------------------------------------------------- 3114 СОШ № 12
m = MIMEMultipart("alternative")
ack = ("Здравствуйте!\n\nВаше письмо «Заявка № 3114 — МАОУ «СОШ № 12», пищеблок» получено и "
       "зарегистрировано под номером PTS-T-58213.\nМенеджер свяжется с вами в рабочее время "
       "(пн–пт, 9:00–18:00 по Перми).\n\nЭто автоматическое сообщение, отвечать на него не нужно.\n"
       "ООО «ПищеТехСервис» · +7 (342) 259-40-17\n")
m.attach(textpart(ack, "plain", "utf-8", "b64"))
m.attach(textpart("<html><body><p>" + html.escape(ack).replace("\n", "<br>") + "</p></body></html>",
                  "html", "utf-8", "b64"))
headers(m, CRM_NOREPLY, "[PTS-T-58213] Ваше обращение зарегистрировано", d("11-02 09:17"),
        "<ack.58213.%s@crm.pts-perm.ru>" % hexid(8), in_reply_to=omis_id("3114"),
        extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
               "Precedence": "auto_reply"})
add(m, ignored("CRM auto-acknowledgement of the dispatcher's letter; ticket id only"))

add(crm(KOZLOVA, d("11-02 10:02"), "Re: Заявка № 3114 — МАОУ «СОШ № 12», пищеблок [PTS-T-58213]",
        "<p>Наталья, добрый день!</p>"
        "<p>Заявку № 3114 приняли в работу. На объект поедет мастер Гусев Роман, ориентировочно "
        "сегодня после 13:00 — точнее сообщим, когда выедет.</p>"
        "<p>Если на пароконвектомате горит код ошибки, пришлите, пожалуйста, фото дисплея — возьмём "
        "запчасти сразу.</p>", "3114", cte="b64"),
    decided("3114", [], PR, "accepted into work; the departure is only a plan"))

add(voice(d("11-02 13:41"), "так это гусев еду в двенадцатую школу по заявке 3114 буду минут через "
          "двадцать на комсомольском пробка"),
    decided("3114", [], VP, "voice: driving to the school now, ETA 20 min"))

add(voice(d("11-02 14:06"), "на месте школа двенадцать за явка три один один четыре начинаю с "
          "пароконвектомата позвоните завпроизводством пусть откроют склад"),
    decided("3114", [], NM, "voice: on site; number spoken digit by digit, 'за явка' = заявка; equipment named but no position number"))

add(crm(KOZLOVA, d("11-02 17:32"), "Заявка 3114: итоги выезда [PTS-T-58213]",
        "<p>Добрый вечер!</p>"
        "<p>По заявке 3114 (СОШ № 12, ул. Ленина, 54) результаты сегодняшнего выезда:</p>"
        "<ul><li>позиция 1, пароконвектомат ABAT ПКА 10-1/1ПМ: заменён датчик температуры камеры, "
        "проверен во всех режимах, работает;</li>"
        "<li>позиция 2, посудомоечная машина МПК-700К: неисправен ТЭН бойлера, запчасть заказана, "
        "поставка ориентировочно 9 ноября, о выезде сообщим дополнительно.</li></ul>", "3114", cte="qp"),
    decided("3114", ["1"], UB, "position 1 repaired and working; position 2 waits for a part (plan only)"))

add(voice(d("11-09 14:15"), "это роман по школе двенадцать привёз тэн для посудомойки заявка 3114 "
          "вторая позиция я на месте начинаю", audio=True),
    decided("3114", ["2"], NM, "voice with audio attachment: on site for position 2"))

add(belov(d("11-09 16:52"), "Re: 3114",
          "3114 п.2 — ТЭН заменён, машина моет, Гусев уехал.\n"
          "Д. Белов\n\n"
          "09.11.2026 12:10, Диспетчерская ОМИС пишет:\n"
          "> Дмитрий Андреевич, добрый день.\n"
          "> По 3114 позиция 2 — есть новости по ТЭНу? Мастер сегодня будет?\n"
          "> Кравец Н., диспетчер\n", cte="qp", in_reply_to=omis_id("3114", 3)),
    decided("3114", ["2"], UB, "short plain reply: part replaced, technician left; quote only asks"))

# ---------------------------------------------------------------- 3287 ГКБ № 4
add(crm(SHILOV, d("11-02 15:21"), "Заявка 3287 — ГКБ № 4, пищеблок (ул. Кирова, 66) — принято",
        "<p>Добрый день!</p><p>Заявку 3287 получили, берём в работу. Выезд согласуем с заведующей "
        "производством пищеблока (тел. +7 342 212-45-67), предварительно — завтра утром.</p>",
        "3287", cte="b64"),
    decided("3287", [], PR, "accepted; phone and street number are not request numbers"))

add(voice(d("11-03 08:52"), "выехал на четвёртую больницу по 3287 там холодильная камера и плита ну "
          "и мармит посмотрю тоже"),
    decided("3287", [], VP, "'выехал на ...' = left for the hospital"))

add(belov(d("11-03 09:31"), "ГКБ-4", "3287 — Гусев нa мeсте с 9:25, пищеблок открыли.\n\nБелов",
          cte="8bit"),
    decided("3287", [], NM, "Latin look-alike a/e inside 'на месте'; 'ГКБ-4' is the hospital, not a position"))

add(crm(SHILOV, d("11-03 16:12"), "Отчёт по заявке 3287 за 03.11 [PTS-T-58240]",
        "<p>Добрый день! Итоги работ на пищеблоке ГКБ № 4 сегодня:</p>"
        '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
        "<tr style=\"background:#eef2f7\"><th>Поз.</th><th>Оборудование</th><th>Результат</th></tr>"
        "<tr><td>1</td><td>Холодильная камера КХ-4,41 (агрегат Polair)</td><td>Выполнено: устранена утечка, дозаправка R404A 2,4 кг</td></tr>"
        "<tr><td>2</td><td>Плита ЭП-6ЖШ</td><td>Выполнено: замена конфорки ЭКЧ-220 и переключателя ПМ-16</td></tr>"
        "<tr><td>3</td><td>Мармит ЭМК-70</td><td>Не выполнено: нужен терморегулятор, заказан</td></tr>"
        "</table><p>По позициям 1 и 2 мастер работы закончил и с объекта уехал, мармит — после "
        "поступления терморегулятора.</p>", "3287", cte="b64"),
    decided("3287", ["1", "2"], UB, "HTML table, a row per position: 1 and 2 done, 3 waits for a part"))

add(crm(SHILOV, d("11-04 11:05"), "3287 поз. 3 — согласование стоимости",
        "<p>Наталья, добрый день.</p><p>Терморегулятор для мармита (заявка 3287, поз. 3) поступил. "
        "Стоимость замены с работой — 6 850 руб. без НДС; по договору № 47-ТО/2026 это вне "
        "абонентского обслуживания. Прошу согласовать, после согласования выедем.</p>", "3287", cte="qp"),
    review("price approval request, no status reported"))

add(voice(d("11-05 14:20"), "три два восемь семь третья позиция мармит поменял терморегулятор греет "
          "нормально уезжаю в мастерскую"),
    decided("3287", ["3"], UB, "voice: number in words, position 3 repaired, leaving"))

# ---------------------------------------------------------------- 3502 СОШ № 77
add(crm(KOZLOVA, d("11-03 10:41"), "Re: Заявка № 3502 — МАОУ «СОШ № 77», пароконвектомат [PTS-T-58266]",
        "<p>Добрый день!</p><p>Заявка взята в работу, исполнитель — Гусев Р.</p>", "3502", cte="b64",
        in_reply_to=omis_id("3502")),
    decided("3502", [], PR, "number in the Re: subject; body says taken into work"))

add(crm(KOZLOVA, d("11-03 11:30"), "3502 — вопрос по пароконвектомату",
        "<p>Наталья, подскажите, пожалуйста, по 3502:</p>"
        "<p>1) какой код ошибки показывает Rational (Service 25, 34 или другой)?<br>"
        "2) сможет ли кто-то открыть пищеблок завтра в 7:30, до завтрака?</p>"
        "<p>От этого зависит, какие запчасти брать.</p>", "3502", cte="qp"),
    review("questions to the customer, nothing reported"))

add(belov(d("11-04 07:12"), "3502", "Гусев выехал в 77-ю школу, будет к 7:40.\n\nД.А. Белов\n"
          "начальник сервисной службы ООО «ПищеТехСервис»\nтел. +7 (342) 259-40-17 доб. 201\n",
          cte="b64", html_alt=True),
    decided("3502", [], VP, "number only in subject; 'выехал в школу' = on the way"))

add(voice(d("11-04 09:56"), "школа семьдесят семь раци онал ошибка сервис двадцать пять почистил "
          "парогенератор от накипи проверил все режимы работает я ушёл с объекта заявка 3502",
          audio=True),
    decided("3502", [], UB, "voice: repaired and left the site; 'сервис двадцать пять' is an error code"))

# ---------------------------------------------------------------- 3719 детская краевая
add(crm(SHILOV, d("11-05 09:02"), "Заявка № 3719 принята в работу — ДККБ, пищеблок (ул. Баумана, 22)",
        "<p>Добрый день!</p><p>Заявка № 3719 принята, по всем позициям назначен мастер:</p>"
        '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
        "<tr><th>№</th><th>Оборудование</th><th>Статус</th></tr>"
        "<tr><td>1</td><td>Сковорода СЭСМ-0,2</td><td>Принято в работу</td></tr>"
        "<tr><td>2</td><td>Котёл КПЭМ-160</td><td>Принято в работу</td></tr>"
        "<tr><td>3</td><td>Картофелечистка МОК-300</td><td>Принято в работу</td></tr>"
        "<tr><td>4</td><td>Шкаф холодильный Polair CM114-S</td><td>Принято в работу</td></tr>"
        "</table>", "3719", cte="b64"),
    decided("3719", ["1", "2", "3", "4"], PR, "HTML table: all four positions accepted"))

add(crm(SHILOV, d("11-05 12:04"), "3719 — выезд 06.11",
        "<p>Выезд по 3719 планируем на 06.11 к 10:00, бригада 2 человека (Гусев Р., Пашков П.), "
        "машина Lada Largus г/н А123ВС159.</p><p>Просим заказать пропуск на территорию больницы.</p>",
        "3719", cte="qp"),
    review("plan for tomorrow + request for a pass; car plate is not a number to use"))

add(voice(d("11-06 09:36"), "едем в детскую краевую по заявке 3719 будем минут через сорок с пашей "
          "вдвоём пропуск на машину а123вс"),
    decided("3719", [], VP, "voice: driving now, ETA 40 min"))

add(voice(d("11-06 10:21"), "мы на месте три семь один девять начали со сковороды"),
    decided("3719", [], NM, "voice: on site, number spoken digit by digit"))

add(belov(d("11-06 15:47"), "3719 итоги",
          "Наталья, добрый вечер.\n"
          "По 3719 на сегодня:\n"
          "п.1 сковорода СЭСМ-0,2 — отремонтирована (замена концевика), сдана зав. производством;\n"
          "п.3 картофелечистка МОК-300 — заменили ремень и абразивный диск, работает;\n"
          "п.2 котёл КПЭМ-160 — нужен предохранительный клапан, заказали, приедем ориентировочно 10.11;\n"
          "п.4 шкаф Polair — не успели, посмотрим в тот же приезд.\n\nБелов\n", cte="qp"),
    decided("3719", ["1", "3"], UB, "positions 1 and 3 finished, 2 and 4 only planned"))

add(voice(d("11-10 09:02"), "по детской больнице три семь один девять котёл клапан ещё не пришёл "
          "сегодня не поедем наверное завтра с утра"),
    review("negation + plan: not going today"))

add(crm(SHILOV, d("11-11 14:31"), "Re: Заявка № 3719 — ДККБ, пищеблок [PTS-T-58301]",
        "<p>Наталья, добрый день.</p>"
        "<p>Заявка 3719, позиции 2 и 4 — работы завершены:<br>"
        "— котёл КПЭМ-160: заменён предохранительный клапан, котёл запущен и проверен;<br>"
        "— шкаф Polair CM114-S: очищен конденсатор, температура в норме.</p>"
        "<p>Акт № 112/11 подписан заведующей производством. Мастер уехал с объекта в 14:10.</p>",
        "3719", cte="b64",
        history=("11.11.2026 09:15", "Диспетчерская ОМИС",
                 "Алексей, добрый день. По 3719 сообщите, пожалуйста, когда мастер будет на месте "
                 "по позициям 2 и 4."),
        in_reply_to=omis_id("3719", 4)),
    decided("3719", ["2", "4"], UB, "positions 2 and 4 finished; quoted history only asks about arrival; act number ignored"))

# ---------------------------------------------------------------- 4046 Лицей № 2
add(belov(d("11-06 11:46"), "RE: Заявка № 4046 — МАОУ «Лицей № 2», тестомес, шкаф пекарский",
          "Приняли. Гусев будет в понедельник с утра.\n\n"
          "Белов Д.А.\nначальник сервисной службы\n\n"
          "От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
          "Отправлено: 6 ноября 2026 г. 11:20\n"
          "Кому: belov@pts-perm.ru\n"
          "Тема: Заявка № 4046 — МАОУ «Лицей № 2», тестомес, шкаф пекарский\n\n"
          "Добрый день!\n"
          "Направляем заявку № 4046. Объект: МАОУ «Лицей № 2», ул. Вишерская, 8.\n"
          "Позиции:\n1. Тестомесильная машина ТММ-1М — не включается.\n"
          "2. Шкаф пекарский ЭШ-3К — не греет верхний ярус.\n"
          "Просим подтвердить принятие.\n\nКравец Наталья\nдиспетчер ОМИС\n",
          cte="qp", html_alt=True, in_reply_to=omis_id("4046")),
    decided("4046", [], PR, "'Приняли' above an Outlook header block; number in subject and quote"))

add(voice(d("11-09 08:06"), "доброе утро выдвигаюсь в лицей номер два заявка 40 46 тестомес и шкаф"),
    decided("4046", [], VP, "voice: setting off now; ASR split the number '40 46'"))

add(crm(SHILOV, d("11-09 10:33"), "4046 — промежуточно",
        "<p>Наталья, промежуточно по 4046:</p>"
        "<p>поз. 1 — тестомес ТММ-1М готов, заменили ремень привода и подшипник;<br>"
        "поз. 2 — шкаф ЭШ-3К, мастер сейчас на месте, разбирается с ТЭНами.</p>", "4046", cte="qp"),
    review("different statuses for different positions (1 finished, 2 on site)"))

add(voice(d("11-09 12:41"), "лицей два заявка 4046 пекарский шкаф сделал поменял тэн верхний позиция "
          "два всё закончил уехал"),
    decided("4046", ["2"], UB, "voice: position 2 (words) finished, left"))

# ---------------------------------------------------------------- 4188 Гимназия № 11
add(crm(KOZLOVA, d("11-09 09:26"), "Гимназия № 11, ул. Сибирская, 35 (4188) — принято в работу",
        "<p>Добрый день!</p><p>Заявка принята, мастер будет завтра, 10.11, с 8:30. "
        "Посудомоечную машину Hobart до приезда лучше не включать.</p>", "4188", cte="qp"),
    decided("4188", [], PR, "number only in brackets after the address in the subject"))

oof = ("Здравствуйте!\n\nЯ в отпуске с 10 по 13 ноября, доступ к почте ограничен.\n"
       "По текущим заявкам обращайтесь к Алексею Шилову: a.shilov@pts-perm.ru, "
       "+7 (342) 259-40-17 доб. 206.\n\nЕкатерина Козлова\n")
m = textpart(oof, "plain", "utf-8", "qp")
headers(m, KOZLOVA[:2], "Автоответ: Заявка № 4188 — МАОУ «Гимназия № 11», посудомоечная машина",
        d("11-09 18:04"), "<oof.%s@pts-perm.ru>" % hexid(12), in_reply_to=omis_id("4188", 2),
        extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"})
add(m, ignored("out-of-office auto-reply"))

add(belov(d("11-10 08:21"), "RE: Заявка № 4188 — МАОУ «Гимназия № 11», посудомоечная машина",
          "ВЫЕХАЛИ, будем к 9.\n\n"
          "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
          "Отправлено: 9 ноября 2026 г. 18:03\n"
          "Кому: belov@pts-perm.ru; e.kozlova@pts-perm.ru\n"
          "Тема: Заявка № 4188 — МАОУ «Гимназия № 11», посудомоечная машина\n\n"
          "Коллеги, просим сообщить о выезде мастера.\n", cte="b64", head="Q",
          in_reply_to=omis_id("4188", 2)),
    decided("4188", [], VP, "caps 'ВЫЕХАЛИ'; number only in the Re: subject/quote"))

add(voice(d("11-10 09:12"), "так я в одиннадцатой гимназии хобарт посудомойка под ней лужа смотрю "
          "заявка 4188"),
    decided("4188", [], NM, "voice: 'я в гимназии ... смотрю' = on site"))

add(belov(d("11-10 13:05"), "Fwd: Голосовое сообщение: Гусев Роман (+7 902 478-12-53), 0:14",
          "Пересылаю, по гимназии 11 закрыто.\n\n"
          "-------- Пересылаемое сообщение --------\n"
          "10.11.2026, 12:58, \"Расшифровка голосовых\" <voice@pts-perm.ru>:\n"
          "Тема: Голосовое сообщение: Гусев Роман (+7 902 478-12-53), 0:14\n\n"
          "Расшифровка голосового сообщения: четыре один восемь восемь посудомоечная машина хобарт "
          "заменил помпу слива течи нет всё я уехал\n"
          "-------- Конец пересылаемого сообщения --------\n\n"
          "--\nОтправлено из мобильной Яндекс Почты\n",
          charset="utf-8", cte="8bit", frm=BELOV_YA),
    decided("4188", [], UB, "forwarded voice transcript (number in words): pump replaced, left"))

# ---------------------------------------------------------------- 4420 ККБ корпус Б
add(crm(SHILOV, d("11-10 13:42"), "Заявка #4420 — ККБ, корпус Б, пищеблок [PTS-T-58388]",
        "<p>Добрый день!</p><p>Обращение по заявке #4420 принято, назначен мастер Гусев Р. "
        "О дате выезда сообщим после диагностики по телефону.</p>", "4420", cte="b64"),
    decided("4420", [], PR, "accepted"))

add(crm(SHILOV, d("11-11 11:05"), "4420 — запчасти",
        "<p>По 4420 после разговора с завпроизводством:</p>"
        "<p>поз. 2, холодильная камера — вероятно, компрессор Danfoss MTZ40JH4AVE, под заказ, "
        "поставка 17–18.11;<br>позиции 1 и 3 посмотрим на выезде 12.11.</p>", "4420", cte="qp"),
    review("waiting for a part and plans only"))

add(voice(d("11-12 08:31"), "выехал в краевую корпус бэ четыре четыре два ноль", charset="windows-1251",
          cte="qp"),
    decided("4420", [], VP, "voice (windows-1251): left for the hospital; number in words"))

add(voice(d("11-12 09:22"), "на месте корпус б пищеблок заявка 4420 пропуск сделали спасибо"),
    decided("4420", [], NM, "voice: on site"))

add(belov(d("11-12 14:03"), "4420 поз 1,3",
          "4420 поз 1 и 3 – ГОТОВО, Гусев уехал.\nПоз 2 – ждём компрессор, как писали.\n\nБелов\n",
          cte="qp"),
    decided("4420", ["1", "3"], UB, "positions 1 and 3 finished; 2 waits for compressor"))

add(crm(SHILOV, d("11-18 10:02"), "4420-2",
        "<p>Компрессор пришёл. Мастер уже едет на ККБ (корп. Б) по заявке 4420, поз. 2, "
        "будет около 11:00.</p>", "4420", cte="b64"),
    decided("4420", ["2"], VP, "on the way now for position 2"))

add(crm(SHILOV, d("11-18 16:35"), "Fwd: Голосовое сообщение: Гусев Роман (+7 902 478-12-53), 0:19",
        "<p>Наталья, пересылаю сообщение мастера по 4420.</p>"
        "<p>---------- Forwarded message ---------<br>"
        "От: Расшифровка голосовых &lt;voice@pts-perm.ru&gt;<br>"
        "Date: ср, 18 нояб. 2026 г. в 16:28<br>"
        "Subject: Голосовое сообщение: Гусев Роман (+7 902 478-12-53), 0:19<br>"
        "To: a.shilov@pts-perm.ru</p>"
        "<p>Расшифровка голосового сообщения: четыре четыре два ноль позиция два камера компрессор "
        "поставил заправил держит минус восемнадцать всё закончил</p>", "4420", cte="b64"),
    decided("4420", ["2"], UB, "CRM forward of the voice transcript: position 2 finished"))

# ---------------------------------------------------------------- 4675 СОШ № 135
add(crm(SHILOV, d("11-12 09:12"), "Заявка 4675 — МАОУ «СОШ № 135», ТО пищеблоков",
        "<p>Добрый день!</p><p>Заявку получили, приняли в работу. По графику: столовая корпуса 1 — "
        "13.11, столовая корпуса 2 — 16.11.</p>", "4675", cte="qp"),
    decided("4675", [], PR, "accepted; the schedule is a plan"))

add(belov(d("11-13 07:52"), "на сегодня",
          "Доброе утро.\nГусев сейчас едет на 4675 (корпус 1), после обеда по возможности заедет на "
          "4903, котёл.\n\nБелов\n", cte="qp"),
    review("two different requests in one letter"))

add(voice(d("11-13 08:26"), "школа сто тридцать пять позиция один первый корпус столовая я на месте "
          "заявка 4675"),
    decided("4675", ["1"], NM, "voice: on site, position 1"))

add(crm(SHILOV, d("11-13 15:02"), "4675 (П1)",
        "<p>Столовая корп. 1 (П1) — ТО выполнено полностью: пароконвектомат, 2 плиты, ПММ, "
        "холодильные шкафы. Мастер убыл с объекта в 14:45.</p>"
        "<p>П2 — по графику 16.11.</p>", "4675", cte="b64"),
    decided("4675", ["1"], UB, "П1 done and left; П2 only scheduled"))

add(voice(d("11-16 08:31"), "сто тридцать пятая школа 4675 второй корпус позиция два на месте "
          "приступаю"),
    decided("4675", ["2"], NM, "voice: position 2 (second building canteen) on site"))

add(crm(KOZLOVA, d("11-16 13:21"), "Re: Заявка 4675 — МАОУ «СОШ № 135», ТО пищеблоков [PTS-T-58405]",
        "<p>Наталья, добрый день! Сводка по заявке 4675:</p>"
        '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
        "<tr><th>Позиция</th><th>Объект</th><th>Состояние</th></tr>"
        "<tr><td>П1</td><td>Столовая, корпус 1</td><td>Выполнено 13.11</td></tr>"
        "<tr><td>П2</td><td>Столовая, корпус 2</td><td>Выполнено 16.11, мастер убыл в 13:05</td></tr>"
        "</table><p>Акты выполненных работ передадим вместе со счётом № 3390 от 16.11.2026.</p>",
        "4675", cte="qp",
        history=("16.11.2026 08:40", "Диспетчерская ОМИС",
                 "Екатерина, добрый день. Мастер по 4675 сегодня на месте? Школа спрашивает."),
        in_reply_to=omis_id("4675", 2)),
    decided("4675", ["1", "2"], UB, "table: both canteens done, technician left; invoice number 3390 is not a request"))

# ---------------------------------------------------------------- 4903 госпиталь
add(crm(SHILOV, d("11-12 16:02"), "Сделка #18871: Госпиталь ветеранов войн — заявка 4903",
        "<p>Добрый день!</p><p>Принята в работу заявка 4903 (пищеварочный котёл КПЭМ-100). "
        "Мастер будет в ближайшие дни, точную дату сообщим.</p>", "4903", cte="b64"),
    decided("4903", [], PR, "deal number #18871 in subject is not a request number"))

add(voice(d("11-16 14:01"), "выехал из школы 135 еду в госпиталь ветеранов по заявке 4903"),
    decided("4903", [], VP, "'выехал из школы' (another site), now driving to 4903"))

add(voice(d("11-16 14:47"), "в госпитале котёл кэ пэ э эм сто не греет разбираю заявка 4903",
          audio=True),
    decided("4903", [], NM, "voice: at the hospital, dismantling the boiler"))

add(belov(d("11-17 09:05"), "RE: 4903",
          "По 4903 вчера в 17:20 закончили, котёл в работе. Акт пришлём курьером.\n\n"
          "-----Original Message-----\n"
          "From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
          "Sent: Tuesday, November 17, 2026 8:40 AM\n"
          "To: belov@pts-perm.ru\n"
          "Subject: 4903\n\n"
          "Дмитрий Андреевич, по 4903 вчера была информация, что мастер на месте. Работы завершены?\n",
          cte="b64", html_alt=True, in_reply_to=omis_id("4903", 2)),
    decided("4903", [], UB, "finished yesterday; quoted question mentions 'на месте' but is history"))

# ---------------------------------------------------------------- 5210 СОШ № 9
add(crm(SHILOV, d("11-16 10:05"), "№5210 — МАОУ «СОШ № 9» [PTS-T-58460]",
        "<p>Добрый день!</p><p>Заявку №5210 приняли, исполнитель — Гусев Р.</p>", "5210", cte="qp"),
    decided("5210", [], PR, "accepted"))

add(crm(KOZLOVA, d("11-16 11:02"), "5210 — допуск к электрощиту",
        "<p>Наталья, добрый день.</p><p>По 5210, водонагреватель (поз. 3): нужен допуск к "
        "электрощиту. Кто со стороны школы отвечает за электрохозяйство? И подойдёт ли выезд "
        "завтра в 8:00?</p>", "5210", cte="b64"),
    review("question about access and a proposed time"))

add(voice(d("11-17 07:46"), "заявка пять тысяч двести десять еду в девятую школу"),
    decided("5210", [], VP, "voice: number in words, driving now"))

add(voice(d("11-17 08:22"), "на мести в школе номер девять 52 10 завпроизводством уже тут начинаю с "
          "плиты", charset="windows-1251", cte="b64"),
    decided("5210", [], NM, "voice (windows-1251): 'на мести' recognition error, number split '52 10'"))

add(crm(KOZLOVA, d("11-17 15:03"), "Заявка 5210 — итоги 17.11 [PTS-T-58460]",
        "<p>По заявке 5210 сегодня выполнено:</p>"
        "<p>п.1 плита — замена переключателя ПМ-16 на 2-й конфорке, работает;<br>"
        "п.2 жарочный шкаф — замена ТЭНа, проверен на 250 °C;<br>"
        "п.3 водонагреватель — без допуска к щиту не начинали, перенесли на 19.11.</p>",
        "5210", cte="b64"),
    decided("5210", ["1", "2"], UB, "1 and 2 finished, 3 postponed"))

add(belov(d("11-19 11:32"), "RE: 5210 — мастер на месте",
          "5210-3 водонагреватель сделан, электрик школы присутствовал. Гусев освободился, едет "
          "на базу.\n\nБелов\n", cte="qp", html_alt=True, in_reply_to=omis_id("5210", 3)),
    decided("5210", ["3"], UB, "old status in Re: subject; body: done, technician free; 'едет на базу' is not to the site"))

# ---------------------------------------------------------------- 5538 перинатальный центр
ack2 = ("Здравствуйте!\n\nВаше письмо «Заявка № 5538 — Перинатальный центр, пищеблок» "
        "зарегистрировано под номером PTS-T-58497.\nОтвет менеджера придёт в течение рабочего дня.\n\n"
        "Это автоматическое сообщение. Пожалуйста, не отвечайте на него.\n")
m = textpart(ack2, "plain", "utf-8", "qp")
headers(m, CRM_NOREPLY, "[PTS-T-58497] Обращение зарегистрировано: Заявка № 5538", d("11-18 10:01"),
        "<ack.58497.%s@crm.pts-perm.ru>" % hexid(8), in_reply_to=omis_id("5538"),
        extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})
add(m, ignored("CRM auto-acknowledgement"))

add(crm(SHILOV, d("11-18 10:42"), "Заявка 5538 — Перинатальный центр (ул. Пушкина, 102) — принята",
        "<p>Добрый день!</p><p>Заявка 5538 принята в работу. Мастер приедет завтра утром, "
        "льдогенератор посмотрит в первую очередь.</p>", "5538", cte="b64", alt=False),
    decided("5538", [], PR, "HTML-only CRM letter: accepted"))

add(voice(d("11-19 08:12"), "по перинатальному центру пятьдесят пять тридцать восемь ещё не выехал "
          "жду машину с базы"),
    review("negation: has not left yet"))

add(voice(d("11-19 09:31"), "еду в перинатальный 5538 минут пятнадцать буду"),
    decided("5538", [], VP, "voice: on the way"))

add(belov(d("11-19 16:02"), "Re: 5538 (2)",
          "НК> Дмитрий Андреевич, добрый день! По заявке 5538 — как там льдогенератор (поз. 2)?\n"
          "НК> Заведующая жалуется, что льда нет с понедельника.\n\n"
          "Льдогенератор (2) — готово, заменили помпу. Посудомойку (1) тоже посмотрели, работает, "
          "закрываем.\nМастер уехал в 15:30.\n\nБелов\n",
          charset="utf-8", cte="qp", frm=BELOV_YA, in_reply_to=omis_id("5538", 2)),
    decided("5538", ["1", "2"], UB, "reply under an initials-prefixed quote; both positions done"))

# ---------------------------------------------------------------- 5871 кадетская школа
add(crm(KOZLOVA, d("11-20 09:02"), "Re: Заявка № 5871 — Кадетская школа-интернат [PTS-T-58533]",
        "<p>Добрый день!</p><p>Приняли в работу, выезд согласуем с завхозом.</p>", "5871", cte="qp",
        in_reply_to=omis_id("5871")),
    decided("5871", [], PR, "accepted; number in the Re: subject"))

rdr = MIMEMultipart("report", report_type="disposition-notification")
rdr.attach(textpart("Ваше сообщение\n\n  Кому: belov@pts-perm.ru\n"
                    "  Тема: Заявка № 5871 — Кадетская школа-интернат\n"
                    "  Отправлено: 20.11.2026 8:20\n\nбыло прочитано 20.11.2026 9:47.\n",
                    "plain", "windows-1251", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: belov-pc; Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822;belov@pts-perm.ru\n"
                "Original-Message-ID: %s\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n" % omis_id("5871"))
rdr.attach(mdn)
headers(rdr, BELOV, "Прочитано: Заявка № 5871 — Кадетская школа-интернат", d("11-20 09:47"),
        outlook_mid(), charset="windows-1251", extra={"X-Mailer": "Microsoft Outlook 16.0"})
add(rdr, ignored("read receipt (MDN)"))

add(crm(SHILOV, d("11-20 14:05"), "КП: протирочная машина МП-800 (заявка 5871, п.4)",
        "<p>Наталья, добрый день.</p>"
        "<p>По заявке 5871, п.4 — протирочная машина МП-800: ремонт нецелесообразен (износ вала и "
        "корпуса редуктора). Стоимость ремонта — 38 900 руб., новой машины с установкой — "
        "61 200 руб. Предлагаем замену, коммерческое предложение во вложении.</p>", "5871", cte="b64",
        attach=[("КП_МП-800_5871.pdf", "application/pdf",
                 b"%PDF-1.4\n% fake commercial offer\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")]),
    review("price/commercial offer, no status"))

add(voice(d("11-23 08:01"), "выезжаю в кадетскую школу заявка 5871 по первой и второй позиции"),
    decided("5871", ["1", "2"], VP, "voice: setting off now for positions 1 and 2"))

add(voice(d("11-23 08:57"), "прибыл кадетская 5871 пара конвекто мат уже включили жду пока остынет"),
    decided("5871", [], NM, "voice: arrived; 'пара конвекто мат' is a recognition error"))

add(crm(SHILOV, d("11-23 17:12"), "5871 — результаты 23.11 [PTS-T-58533]",
        "<p>Наталья, добрый вечер.</p>"
        "<p>5871: п.1 пароконвектомат и п.2 холодильная камера — сделано, мастер уехал в 16:50.</p>"
        "<p>П.3 мясорубку МИМ-300 забрали в мастерскую, вернём после ремонта; корпус опломбирован, "
        "пломба № 4471.</p>", "5871", cte="qp"),
    decided("5871", ["1", "2"], UB, "1 and 2 finished; 3 taken to workshop; seal number 4471 is not a request"))

bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(textpart(
    "This is the mail system at host mx1.pts-perm.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    "<sh1lov@pts-perm.ru>: host mx1.pts-perm.ru[local] said: 550 5.1.1\n"
    "    <sh1lov@pts-perm.ru>: Recipient address rejected: User unknown in virtual\n"
    "    mailbox table\n", "plain", "us-ascii", "8bit"))
b1 = Message()
b1["Reporting-MTA"] = "dns; mx1.pts-perm.ru"
b1["X-Postfix-Queue-ID"] = "4Kx2ZT0qN1z9vB"
b1["Arrival-Date"] = format_datetime(d("11-24 09:10"))
b2 = Message()
b2["Final-Recipient"] = "rfc822; sh1lov@pts-perm.ru"
b2["Action"] = "failed"
b2["Status"] = "5.1.1"
b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <sh1lov@pts-perm.ru>: Recipient address rejected: User unknown"
ds = MIMEBase("message", "delivery-status")
ds.set_payload([b1, b2])
bounce.attach(ds)
orig = textpart("Алексей, добрый день.\nПо заявке № 5871 прошу сообщить, когда мастер будет на месте "
                "по позиции 3 (мясорубка).\n\nКравец Наталья, диспетчер ОМИС\n", "plain", "utf-8", "b64")
headers(orig, DISPATCH, "Заявка № 5871 — мясорубка", d("11-24 09:10"), omis_id("5871", 3),
        to=("Алексей Шилов", "sh1lov@pts-perm.ru"))
bounce.attach(MIMEMessage(orig))
headers(bounce, DAEMON, "Undelivered Mail Returned to Sender", d("11-24 09:10"),
        "<20261124041000.4Kx2ZT0qN1z9vB@mx1.pts-perm.ru>", charset="us-ascii",
        to=("", DISPATCH[1]),
        extra={"Auto-Submitted": "auto-replied"})
add(bounce, ignored("delivery failure report; the returned dispatcher letter inside mentions 5871"))

add(belov(d("11-24 10:15"), "5871 поз. 5",
          "5871 поз. 5 — шкаф шоковой заморозки — Гусев на месте, смотрит.\n\nБелов\n", cte="qp"),
    review("position 5 does not exist in request 5871"))

cal = MIMEMultipart("alternative")
cal.attach(textpart("Белов Дмитрий Андреевич принял это приглашение.\n", "plain", "windows-1251", "qp"))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Белов Дмитрий Андреевич:mailto:belov@pts-perm.ru\r\n"
       "SUMMARY:Принято: Планёрка ОМИС / ПищеТехСервис по открытым заявкам\r\n"
       "DTSTART:20261126T060000Z\r\nDTEND:20261126T063000Z\r\n"
       "UID:040000008200E00074C5B7101A82E008000000%s\r\nSEQUENCE:0\r\n"
       "DTSTAMP:20261125T052000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % hexid(20).upper())
icp = MIMENonMultipart("text", "calendar", method="REPLY")
icp.set_payload(ics, charset=cs("utf-8", "b64"))
cal.attach(icp)
headers(cal, BELOV, "Принято: Планёрка ОМИС / ПищеТехСервис по открытым заявкам", d("11-25 10:20"),
        outlook_mid(), charset="windows-1251", extra={"X-Mailer": "Microsoft Outlook 16.0"})
add(cal, ignored("calendar meeting response generated by Outlook"))

news_html = ("<html><body style=\"font-family:Arial\"><h2>Зимние каникулы — время для ТО пищеблока</h2>"
             "<p>Уважаемые партнёры! С 28 декабря по 11 января проводим плановое техническое "
             "обслуживание пароконвектоматов, посудомоечных машин и холодильного оборудования со "
             "скидкой 10%%.</p><p>Запись: +7 (342) 259-40-17, <a href=\"https://pts-perm.ru/to\">"
             "pts-perm.ru/to</a></p><p style=\"font-size:11px;color:#888\">Вы получили это письмо, "
             "так как являетесь клиентом ООО «ПищеТехСервис». <a href=\"https://pts-perm.ru/unsub?u="
             "%s\">Отписаться</a></p></body></html>\n" % hexid(16))
m = MIMEMultipart("alternative")
m.attach(textpart(h2t(news_html), "plain", "utf-8", "b64"))
m.attach(textpart(news_html, "html", "utf-8", "b64"))
headers(m, NEWS, "Подготовьте пищеблок к каникулам: ТО со скидкой 10%", d("11-25 11:00"),
        "<news.%s@pts-perm.ru>" % hexid(12),
        extra={"List-Id": "Новости ПищеТехСервис <news.pts-perm.ru>",
               "List-Unsubscribe": "<https://pts-perm.ru/unsub?u=%s>" % hexid(16),
               "Precedence": "bulk"})
add(m, ignored("bulk newsletter"))

add(belov(d("11-26 12:40"), "мясорубка",
          "Заявка 5817 — мясорубка после ремонта установлена, проверена, мастер убыл.\n\nБелов\n",
          cte="b64"),
    review("5817 is not in the registry (probably a typo of 5871, but cannot be sure)"))

add(belov(d("11-27 09:15"), "Акты",
          "Наталья, спасибо за оперативное подписание актов по 3719 и 4420, оригиналы получили.\n\n"
          "Белов Д.А.\n", cte="qp", html_alt=True),
    review("thanks; two requests; no status"))


# ---------------------------------------------------------------- write
for fn, msg in LETTERS:
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(msg.as_bytes())

with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=2)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=2)
print("wrote", len(LETTERS), "letters")
