#!/usr/bin/env python3
"""Generator for the blind test corpus, persona A:
field foreman (бригадир) of a small electrical/HVAC contractor, writing from his phone.

Run:  python3 make.py      -> writes registry.json, labels.json, letters/NNN.eml
"""
import json
import os
import re
import datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.message import Message
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

MSK = dt.timezone(dt.timedelta(hours=3))

# ---------------------------------------------------------------- people
G_IP = ("Сергей Гордеев", "gordeev@ek-servis.ru")       # iPhone Mail
G_MR = ("Сергей Гордеев", "s.gordeev79@mail.ru")         # Mail.ru mobile app
PAV = ("Рыбин Павел", "rybin.p@ek-servis.ru")             # The Bat!, KOI8-R
OFF = ("Ольга Мещерякова", "office@ek-servis.ru")          # Outlook, windows-1251
NEWS = ("ЭК-Сервис", "news@ek-servis.ru")                  # firm's mailing list
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@ek-servis.ru")
DISP = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")

DISP_SIGN = ("--\nДиспетчерская служба ОМИС\nКовалёва Наталья\n"
             "+7 (495) 640-21-17 доб. 204")
PAV_SIGN = ("--\nС уважением,\nРыбин Павел\nООО \"ЭК-Сервис\"\n"
            "тел. +7 903 771-24-51")
OFF_SIGN = ("С уважением,\nОльга Мещерякова\nофис-менеджер ООО «ЭК-Сервис»\n"
            "ИНН 5047193620 / КПП 504701001\nтел. +7 (495) 577-03-12")
IPHONE = "Отправлено с iPhone"
MAILRU = "Отправлено из мобильной Почты Mail.ru"

# ---------------------------------------------------------------- registry
REQ = [
    ("2417", ["1", "2", "3"], "2026-11-02T09:15:00+03:00",
     "БЦ «Северный», ул. Промышленная, 14",
     ["ВРУ корп. А — замена рубильника", "приточная установка П4 — не запускается",
      "освещение паркинга, -1 этаж — замена светильников"]),
    ("2420", ["1", "2"], "2026-11-02T14:30:00+03:00",
     "Склад, г. Лобня, ул. Заводская, 3",
     ["сплит-система, офис кладовщиков — не холодит", "тепловая завеса, ворота №3 — не греет"]),
    ("2433", ["1"], "2026-11-03T08:40:00+03:00",
     "ТЦ «Радуга», щитовая 1 эт.",
     ["щит ЩР-3 — выбивает вводной автомат"]),
    ("2451", ["1", "2", "3", "4"], "2026-11-04T10:00:00+03:00",
     "Офис, ул. Тверская, 18 стр. 2",
     ["кассетный кондиционер К1 — сезонное ТО", "кассетный кондиционер К2 — сезонное ТО",
      "кассетный кондиционер К3 — сезонное ТО", "кассетный кондиционер К4 — сезонное ТО"]),
    ("2468", ["1"], "2026-11-05T16:20:00+03:00",
     "Серверная, ул. Вавилова, 7",
     ["прецизионный кондиционер — не держит температуру (авария)"]),
    ("2502", ["1", "2"], "2026-11-09T09:00:00+03:00",
     "Производственный цех, Северный пр-д, 9",
     ["вытяжной вентилятор В2 — шум, вибрация", "сборка и подключение щита ЩС-5"]),
    ("2519", ["1", "2", "3"], "2026-11-10T11:30:00+03:00",
     "Магазин, пр-т Мира, 102",
     ["прожекторы фасада — замена", "подсветка вывески — не горит",
      "щит освещения ЩО-2 (склад магазина)"]),
    ("2536", ["1"], "2026-11-11T08:10:00+03:00",
     "Офис 3 эт., ул. Садовая, 25",
     ["прокладка линии и установка 6 розеток"]),
    ("2577", ["01", "02"], "2026-11-12T13:00:00+03:00",
     "Фитнес-клуб, ул. Лесная, 40",
     ["вентустановка ПВ-1 — замена фильтров", "кондиционер тренерской — течь"]),
    ("2583", ["1", "2"], "2026-11-13T09:45:00+03:00",
     "Общежитие, ул. Строителей, 6",
     ["освещение лестничных клеток 1–9 эт.", "ВРУ — подгорел контакт на шине"]),
    ("2611", ["1"], "2026-11-17T10:30:00+03:00",
     "Склад-холодильник, Дмитровское ш., 157",
     ["крышный вентилятор ВКР-5 — не работает"]),
    ("2640", ["1", "2"], "2026-11-19T15:00:00+03:00",
     "Офис, Ленинградский пр-т, 37",
     ["фанкойлы 4 эт. — течь", "щит ЩР-4.2 — замена УЗО"]),
    ("2655", ["1", "2", "3"], "2026-11-23T08:30:00+03:00",
     "БЦ «Орион», ул. Полевая, 11",
     ["кондиционер переговорной 2 эт. — течёт", "вытяжная вентиляция кухни — не работает",
      "аварийное освещение подвала"]),
]
REQD = {r[0]: r for r in REQ}


def disp_new(num):
    """Dispatcher's original request letter text (what gets quoted)."""
    n, pos, reg, obj, what = REQD[num]
    d = dt.datetime.fromisoformat(reg)
    lines = "\n".join(f"{p}. {w}" for p, w in zip(pos, what))
    return (f"Добрый день!\n\nНаправляем заявку №{n} от {d:%d.%m.%Y}.\n"
            f"Объект: {obj}\nПозиции:\n{lines}\n\n"
            "Просьба подтвердить принятие заявки в работу и сообщать о выезде, "
            "прибытии на объект и убытии по каждой позиции.\n\n" + DISP_SIGN)


def disp_subj(num):
    n, pos, reg, obj, what = REQD[num]
    return f"Заявка №{n} — {obj}"


# ---------------------------------------------------------------- helpers
LAT = {'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'к': 'k',
       'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P',
       'С': 'C', 'Т': 'T', 'Х': 'X'}


def lat(s):
    """{а} -> Latin look-alike letter typed by accident."""
    return re.sub(r"\{(.)\}", lambda m: LAT[m.group(1)], s)


def T(day, hh, mm, ss=0):
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


MONTH_GEN = ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def ip_qhdr(when, who):
    return f"{when.day} нояб. 2026 г., в {when.hour}:{when.minute:02d}, {who[0]} <{who[1]}> написал(а):"


def mr_qhdr(when, who):
    return (f"{WD[when.weekday()]}, {when.day} {MONTH_GEN[when.month]} 2026, "
            f"{when:%H:%M} +03:00 от {who[0]} <{who[1]}>:")


def bat_qhdr(when):
    return f"Вы писали {when.day} {MONTH_GEN[when.month]} 2026 г., {when:%H:%M:%S}:"


def ol_block(when, frm, to, subj):
    return (f"От: {frm[0]} [mailto:{frm[1]}]\n"
            f"Отправлено: {WD[when.weekday()].lower()}, {when.day} {MONTH_GEN[when.month]} 2026 г. {when:%H:%M}\n"
            f"Кому: {to}\nТема: {subj}")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_lines(s):
    return "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in s.split("\n"))


def cs(name, enc):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    c.header_encoding = BASE64
    return c


def text_part(body, subtype, charset, enc):
    if enc == "8bit":
        p = Message()
        p["Content-Type"] = f'text/{subtype}; charset="{charset}"'
        p["Content-Transfer-Encoding"] = "8bit"
        p.set_payload(body.encode(charset))
        return p
    return MIMEText(body, subtype, cs(charset, enc))


def hdr(s, charset, name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name)


def addr_hdr(who, charset, name):
    h = Header(who[0], charset, header_name=name)
    h.append(f"<{who[1]}>", "us-ascii")
    return h


_mid = [0]


def msgid(domain, tag=""):
    _mid[0] += 1
    import hashlib
    h = hashlib.md5(f"{domain}{tag}{_mid[0]}".encode()).hexdigest().upper()
    if domain == "iphone":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@ek-servis.ru>"
    if domain == "mailru":
        return f"<17{int(h[:10], 16) % 10**11:011d}.{int(h[10:14], 16)}@f{int(h[14:16], 16) % 400 + 100}.i.mail.ru>"
    if domain == "bat":
        return f"<{int(h[:6], 16) % 10**9}.{int(h[6:14], 16)}@ek-servis.ru>"
    if domain == "outlook":
        return f"<00{h[:2].lower()}01d{h[2:14].lower()}$1a{h[14:22].lower()}$ek-servis.ru>"
    if domain == "disp":
        return f"<disp.{h[:16].lower()}@zakazchik-omis.ru>"
    return f"<{h[:20].lower()}@{domain}>"


DISP_IDS = {}


def disp_id(key):
    if key not in DISP_IDS:
        DISP_IDS[key] = msgid("disp", key)
    return DISP_IDS[key]


def finish(msg, frm, when, subj, charset, mid, reply_to_key=None, to=DISP, extra=None):
    msg["From"] = addr_hdr(frm, charset, "From")
    msg["To"] = addr_hdr(to, charset, "To")
    msg["Subject"] = hdr(subj, charset)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid
    if reply_to_key:
        msg["In-Reply-To"] = disp_id(reply_to_key)
        msg["References"] = disp_id(reply_to_key)
    for k, v in (extra or []):
        msg[k] = v
    return msg


# ---------------------------------------------------------------- client styles
def iphone(when, subj, body, q=None, frm=G_IP, reply=None, fwd=None):
    """q = (qwhen, qwho, qtext). fwd = (from, date_str, to, subject, text)."""
    text = body + ("\n\n" if body else "") + IPHONE
    if q:
        text += "\n\n> " + ip_qhdr(q[0], q[1]) + "\n> \n" + quote(q[2])
    if fwd:
        f = ("Начало переадресованного сообщения:\n\n"
             f"От: {fwd[0]}\nДата: {fwd[1]}\nКому: {fwd[2]}\nТема: {fwd[3]}\n\n{fwd[4]}")
        text += "\n\n" + quote(f)
    m = text_part(text, "plain", "utf-8", "qp")
    del m["MIME-Version"]
    m["Mime-Version"] = "1.0 (1.0)"
    finish(m, frm, when, subj, "utf-8", msgid("iphone"), reply,
           extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return m


def mailru(when, subj, body, q=None, reply=None, html_body=None, fwd=None):
    plain = body + "\n\n\n" + MAILRU
    html = "<HTML><BODY>" + (html_body or html_lines(body)) + \
        "<div><br></div><div data-signature-widget=\"container\"><div>" + MAILRU + "</div></div>"
    if q:
        qh = mr_qhdr(q[0], q[1])
        plain += "\n\n\n" + qh + "\n" + quote(q[2])
        html += ("<div><br></div><div class=\"mail-quote-collapse\">" + esc(qh) +
                 "<blockquote style=\"border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;\">" +
                 html_lines(q[2]) + "</blockquote></div>")
    if fwd:
        fh = (f"-------- Пересылаемое сообщение --------\n"
              f"{fwd[1]} от {fwd[0]}:\n\n")
        plain += "\n\n\n" + fh + fwd[2]
        html += "<div><br></div><div>" + html_lines(fh) + "<blockquote style=\"border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;\">" + \
            html_lines(fwd[2]) + "</blockquote></div>"
    html += "</BODY></HTML>"
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", "utf-8", "b64"))
    m.attach(text_part(html, "html", "utf-8", "b64"))
    finish(m, G_MR, when, subj, "utf-8", msgid("mailru"), reply,
           extra=[("X-Mailer", "Mail.Ru Mail Mobile 14.62"),
                  ("X-Originating-IP", "[85.140.23.117]")])
    return m


def koi_safe(s):
    """What The Bat! does with characters KOI8-R lacks."""
    for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("—", "-"), ("–", "-")):
        s = s.replace(a, b)
    return s


def bat(when, subj, body, q=None, reply=None, under=False):
    """Pavel, The Bat!, KOI8-R 8bit, initials quote prefix."""
    if q:
        qtxt = bat_qhdr(q[0]) + "\n\n" + quote(q[2], "НК> ")
        if under:
            text = "Здравствуйте, Наталья.\n\n" + qtxt + "\n\n" + body + "\n\n" + PAV_SIGN
        else:
            text = body + "\n\n" + PAV_SIGN + "\n\n" + qtxt
    else:
        text = body + "\n\n" + PAV_SIGN
    m = text_part(koi_safe(text), "plain", "koi8-r", "8bit")
    m["MIME-Version"] = "1.0"
    finish(m, PAV, when, subj, "koi8-r", msgid("bat"), reply,
           extra=[("X-Mailer", "The Bat! (v10.5.3) Professional"),
                  ("Reply-To", formataddr((Header(PAV[0], 'koi8-r').encode(), PAV[1])))])
    return m


def outlook(when, subj, body, block=None, qtext=None, reply=None, html_only=False, fwd_plain=None):
    plain = body + "\n\n" + OFF_SIGN
    if block:
        plain += "\n\n" + block + "\n\n" + qtext
    if fwd_plain:
        plain += "\n\n" + fwd_plain
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head>"
            "<body lang=RU link=\"#0563C1\"><div class=WordSection1>" +
            "".join(f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}</p>" for l in body.split("\n")) +
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" +
            "".join(f"<p class=MsoNormal><span style='font-size:9.0pt;color:gray'>{esc(l)}</span></p>" for l in OFF_SIGN.split("\n")))
    if block:
        html += ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>" +
                 "".join(f"<p class=MsoNormal><b>{esc(l.split(':',1)[0])}:</b>{esc(l.split(':',1)[1])}</p>" for l in block.split("\n")) +
                 "</div><p class=MsoNormal><o:p>&nbsp;</o:p></p>" +
                 "".join(f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}</p>" for l in qtext.split("\n")))
    if fwd_plain:
        html += "".join(f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}</p>" for l in fwd_plain.split("\n"))
    html += "</div></body></html>"
    if html_only:
        m = text_part(html, "html", "windows-1251", "qp")
        m["MIME-Version"] = "1.0"
    else:
        m = MIMEMultipart("alternative")
        m.attach(text_part(plain, "plain", "windows-1251", "qp"))
        m.attach(text_part(html, "html", "windows-1251", "qp"))
    finish(m, OFF, when, subj, "windows-1251", msgid("outlook"), reply,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Thread-Index", "AdtT1k2Qm0Yp3vVxR8eGg1kq7Hn2Ow=="),
                  ("Content-Language", "ru")])
    return m


# ---------------------------------------------------------------- letters
L = []  # (message, label)


def add(m, expect, note, request=None, positions=None, status=None):
    lab = {"expect": expect}
    if expect == "decided":
        lab.update(request=request, positions=positions, status=status)
    lab["note"] = note
    L.append((m, lab))


A, B, C, D = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ===== 2417 =====
add(iphone(T(2, 9, 52, 11), "Re: " + disp_subj("2417"),
           "Принял. завтра с утра начнем с ВРУ",
           q=(T(2, 9, 18), DISP, disp_new("2417")), reply="new2417"),
    "decided", "«Принял» on top of the dispatcher's request; number only in Re: subject/quote",
    "2417", [], A)

add(mailru(T(2, 15, 40, 3), "Re: " + disp_subj("2420"),
           "2420 взяли в работу. выезд согласуем с кладовщиком сами",
           q=(T(2, 14, 33), DISP, disp_new("2420")), reply="new2420"),
    "decided", "accepted; «выезд согласуем» is a plan, acceptance is done", "2420", [], A)

add(iphone(T(3, 8, 35, 40), "2417 поз 1",
           "выехали на Промышленную будем в 9.20. газель Н417ВМ750 если охрана спросит"),
    "decided", "bare number + поз in subject; car plate with 417 is not a request", "2417", ["1"], B)

add(iphone(T(3, 9, 5, 2), "Re: Новая заявка 2433 ТЦ Радуга",
           "ок принял. щр-3 посмотрим сегодня вечером",
           q=(T(3, 8, 44), DISP, disp_new("2433")), reply="new2433"),
    "decided", "accepted; number only in subject", "2433", [], A)

add(iphone(T(3, 13, 10, 30), "Re: 2417 поз 1",
           "ВРУ готово рубильник ВР32-35 поменяли, проверили под нагрузкой. с корпуса А ушли",
           q=(T(3, 8, 51), DISP, "Сергей, принято. По окончании работ по 1 позиции сообщите.\n\n" + DISP_SIGN),
           reply="r2417_1"),
    "decided", "finished pos 1 and left; ВР32-35 is a part", "2417", ["1"], D)

add(iphone(T(3, 14, 5, 12), "2417-3",
           "на паркинге. светильники привезли меняем, 28шт ДСП44"),
    "decided", "position after dash in subject; on site (parking is pos 3)", "2417", ["3"], C)

add(iphone(T(3, 17, 48, 55), "2417-3",
           "ВСЕ 28 светильников висят горят. уехали в17.40 акт завтра завезу"),
    "decided", "done and left, missing space «в17.40»", "2417", ["3"], D)

add(mailru(T(3, 18, 50, 21), "Радуга 2433",
           "2433 щр-3 сделали. автомат С25 целый был ослаблен ноль на вводе, протянули все клеммы\n"
           "выехали с объекта в 18.40"),
    "decided", "«выехали С объекта» = left the site, not travelling to it", "2433", [], D)

# ===== 2420 trouble at the gate =====
add(mailru(T(4, 10, 20, 7), "2420",
           "стоим у склада в Лобне по 2420, охрана не пускает говорят пропуск не заказан. "
           "позвоните им пожалуйста 8-495-577-03-12 или мне"),
    "review", "cannot get onto the site (no pass), standing at the gate: nothing to record")

add(iphone(T(4, 11, 20, 40), "Re: " + disp_subj("2451"),
           "принимаем. ТО сделаем в пятницу 6го с утра все 4 кассеты сразу",
           q=(T(4, 10, 4), DISP, disp_new("2451")), reply="new2451"),
    "decided", "accepted; planned date is extra", "2451", [], A)

add(mailru(T(4, 11, 45, 50), "Re: 2420",
           "пустили заехали. по 1 и 2 поз смотрим",
           q=(T(4, 11, 31), DISP, "Сергей, пропуск на Газель заказали, охрану предупредили.\n\n" + DISP_SIGN),
           reply="r2420_pass"),
    "decided", "let in, on site, both positions named", "2420", ["1", "2"], C)

add(mailru(T(4, 15, 30, 2), "2420 по позициям",
           "п.1 сплит в кладовке утечка на вальцовке, перевальцевали заправили R410A 1,2кг держит 18гр, сделано\n"
           "п.2 завеса сгорел ТЭН, под заказ. ставим в понедельник"),
    "review", "mixed: pos 1 finished, pos 2 not finished (plan for Monday) — different statuses per position")

# ===== 2417 pos 2 (Pavel) =====
add(bat(T(5, 8, 50, 33), "Заявка 2417 позиция 2 (П4)",
        "Добрый день.\nПо заявке 2417 поз.2 (приточная установка П4) бригада выехала на объект, "
        "ориентировочно будем к 10:00."),
    "decided", "colleague, KOI8-R; П4 is the unit name, position is 2; phone 771-24-51 in signature", "2417", ["2"], B)

add(iphone(T(5, 11, 5, 9), "Re: Заявка 2417 позиция 2 (П4)",
           "Паша там с 10.15 работают. П4 стоит разобранная",
           q=(T(5, 11, 1), DISP, "Сергей, Павел, подтвердите прибытие по 2417 поз.2, арендатор спрашивает.\n\n" + DISP_SIGN),
           reply="q2417_2"),
    "decided", "number/position only in the Re: subject and quote; crew is on site", "2417", ["2"], C)

add(bat(T(5, 16, 30, 18), "Re: Заявка 2417 позиция 2 (П4)",
        "П4 запущена, заменили ремни SPA-1250 2 шт. и подшипник двигателя, термостат "
        "заморозки сбросили. Работает.\nБригада освободилась, с объекта уехали в 16:20.",
        q=(T(5, 11, 2), DISP, "Павел, добрый день. Ждём информацию по окончании работ на П4.\n\n" + DISP_SIGN),
        reply="q2417_2b", under=True),
    "decided", "reply written under the НК> quote; left", "2417", ["2"], D)

# ===== 2468 server room =====
add(iphone(T(5, 16, 45, 27), "2468 серверная",
           "по серверной выезжаю сам через 40 мин буду на Вавилова"),
    "decided", "travelling now («через 40 мин буду»)", "2468", [], B)

add(iphone(T(5, 17, 40, 3), "Re: 2468 серверная",
           "на месте 17.35",
           q=(T(5, 16, 52), DISP, "Сергей, там дежурный инженер Олег +7 916 302-44-18, встретит.\n\n" + DISP_SIGN),
           reply="r2468"),
    "decided", "on site; phone in quote", "2468", [], C)

add(iphone(T(5, 21, 15, 44), "2468",
           "пусковой конденсатор на компрессоре сдох поставил новый 45мкф. держит 21гр уже час аварий нет. уехал в 21.05"),
    "decided", "repaired and left", "2468", [], D)

# ===== 2451 =====
add(mailru(T(6, 8, 10, 31), "2451",
           "едем на тверскую, в 9 будем"),
    "decided", "on the way", "2451", [], B)

add(iphone(T(6, 9, 15, 10), "Re: 2451",
           lat("{Н}а месте. охрана пропустила"),
           q=(T(6, 8, 14), DISP, "Принято.\n\n" + DISP_SIGN), reply="r2451"),
    "decided", "on site; Latin H in «Hа»", "2451", [], C)

add(iphone(T(6, 10, 2, 50), "2468",
           "Наталья по серверной компрессор все равно надо менять, греется сильно на конденсаторе долго не проходит. "
           "КП пришлю, согласуете замену? по деньгам около 180т.р."),
    "review", "price/contract talk and a question about work already closed")

tbl_rows = [("1", "К1 Daikin FCQ71", "чистка теплообменника, дренаж, фильтры"),
            ("2", "К2 Daikin FCQ71", "чистка, дренаж продули"),
            ("3", "К3 Daikin FCQ50", "чистка, замена фильтра"),
            ("4", "К4 Daikin FCQ50", "чистка, дренажная помпа ок")]
tbl_html = ("<div>2451 ТО закончили уехали 13.30</div><div><br></div>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
            "<tr><th>поз</th><th>кондиционер</th><th>что сделали</th><th>статус</th></tr>" +
            "".join(f"<tr><td>{p}</td><td>{esc(k)}</td><td>{esc(w)}</td><td>выполнено</td></tr>" for p, k, w in tbl_rows) +
            "</table>")
tbl_plain = ("2451 ТО закончили уехали 13.30\n\nпоз\tкондиционер\tчто сделали\tстатус\n" +
             "\n".join(f"{p}\t{k}\t{w}\tвыполнено" for p, k, w in tbl_rows))
add(mailru(T(6, 13, 40, 22), "2451 ТО кассет - выполнено", tbl_plain, html_body=tbl_html),
    "decided", "HTML table, one row per position, all done; left 13.30; FCQ71 is a model", "2451", ["1", "2", "3", "4"], D)

# ===== 2420 pos 2 / 2502 =====
add(bat(T(9, 8, 15, 2), "2420-2 ТЭН",
        "Выехали в Лобню с ТЭНом на завесу (2420 поз.2)."),
    "decided", "«выехали В Лобню» = on the way", "2420", ["2"], B)

add(iphone(T(9, 9, 40, 13), "Re: " + disp_subj("2502"),
           "принято",
           q=(T(9, 9, 4), DISP, disp_new("2502")), reply="new2502"),
    "decided", "accepted, one word", "2502", [], A)

add(iphone(T(9, 10, 30, 48), "Re: " + disp_subj("2502"),
           "выедем после обеда сейчас на другом объекте",
           q=(T(9, 10, 12), DISP, "Сергей, когда планируете выезд? Цех ждёт.\n\n" + DISP_SIGN),
           reply="q2502"),
    "review", "plan only («выедем после обеда»)")

add(bat(T(9, 12, 10, 40), "Re: 2420-2 ТЭН",
        "Завеса работает, ТЭН заменили (ЭНГЛ-1 2,5 кВт), автомат проверили. Уехали в 12:05.",
        q=(T(9, 8, 31), DISP, "Павел, принято, ждём.\n\n" + DISP_SIGN), reply="r2420_2"),
    "decided", "answer above the НК> quote; left", "2420", ["2"], D)

add(iphone(T(9, 14, 20, 6), "2502",
           "выехлаи в цех, минут 25"),
    "decided", "on the way, typo «выехлаи»", "2502", [], B)

add(iphone(T(9, 18, 10, 37), "2502 (1)",
           "вытяжка В2 крутит тихо подшипники 6204 поменяли оба вибрации нет"),
    "decided", "result of work on pos 1 = done; 6204 is a bearing", "2502", ["1"], D)

# ===== 2519 =====
fw_2519 = ("-----Original Message-----\n"
           "From: Гордеев Сергей [mailto:gordeev@ek-servis.ru]\n"
           "Sent: Tuesday, November 10, 2026 11:44 AM\n"
           "To: office@ek-servis.ru\n"
           "Subject: 2519\n\n"
           "Оля перешли диспетчеру ОМИС: 2519 принял, завтра с утра фасад и вывеска, щит Паша сделает\n\n"
           "Отправлено с iPhone")
add(outlook(T(10, 11, 52, 0), "FW: 2519",
            "Наталья, добрый день!\nПересылаю сообщение бригадира, с его почты на ваш адрес письма не уходят.",
            fwd_plain=fw_2519),
    "decided", "office forwards the foreman's acceptance (Outlook, windows-1251)", "2519", [], A)

add(iphone(T(10, 17, 20, 15), "2502 (2)",
           "с утра в цеху с 8.30. щит ЩС-5 собрали подключили бирки повесили, в 17.10 уехали бригада свободна"),
    "decided", "two events (arrival 8.30, departure 17.10): latest = left", "2502", ["2"], D)

add(iphone(T(11, 8, 20, 1), "2519 П1 П2",
           "выехали на Мира 102 (2519) фасад и вывеска"),
    "decided", "П1 П2 = positions 1,2; number in brackets after address", "2519", ["1", "2"], B)

# auto-reply from the foreman's mail.ru
ar = text_part("Здравствуйте!\nЯ за рулём и не могу ответить. Срочные вопросы по телефону +7 926 418-25-07.\n"
               "Сергей\n\n--\nЭто автоматический ответ.", "plain", "utf-8", "b64")
finish(ar, G_MR, T(11, 8, 31, 9), "Автоответ: Re: " + disp_subj("2536"), "utf-8", msgid("mailru"), "new2536",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
add(ar, "ignored", "mail.ru auto-responder (driving)")

add(bat(T(11, 9, 10, 55), "Re: Новая заявка 2536 Садовая 25",
        "Добрый день!\nЗаявку 2536 принял, ориентировочно выезд завтра 12.11 утром.",
        q=(T(11, 8, 14), DISP, disp_new("2536")), reply="new2536"),
    "decided", "accepted; date 12.11 is not a number of interest", "2536", [], A)

add(bat(T(11, 11, 40, 30), "2536 вопрос",
        "Наталья, по 2536 уточните, пожалуйста: ключ от щитовой на 3 этаже у кого? "
        "И кто будет подписывать акт — арендатор или управляющая компания?\nКабель берём свой, ВВГнг-LS 3х2,5."),
    "review", "questions only")

add(mailru(T(11, 13, 0, 44), "Re: 2519",
           "вывеска горит п2 готово",
           q=(T(11, 8, 26), DISP, "Сергей, принято.\n\n" + DISP_SIGN), reply="r2519"),
    "decided", "pos 2 done", "2519", ["2"], D)

add(iphone(T(11, 17, 55, 19), "2519 п1 фасад",
           lat("фасад закончили, 14 прожекторов LED 100W поменяли все горят автомат на фасад 16А. уехали с мир{а}")),
    "decided", "«уехали с Мира» = left; Latin a", "2519", ["1"], D)

add(iphone(T(12, 8, 5, 30), "2536",
           "ВЫЕХАЛИ С ТИМУРОМ НА САДОВУЮ 25 ПО 2536"),
    "decided", "caps; «выехали на Садовую» = on the way", "2536", [], B)

add(iphone(T(12, 10, 24, 8), "Re: " + disp_subj("2536"),
           lat("нa месте с 10.20 ждем вашего электрика с ключом"),
           q=(T(11, 8, 14), DISP, disp_new("2536")), reply="new2536"),
    "decided", "on site (waiting for key inside); Latin a; quote holds the old request text", "2536", [], C)

add(bat(T(12, 11, 30, 4), "Заявка 2519 поз 3",
        "Выезжаем с Лобни на Мира, по 2519 поз.3 щит ЩО-2, будем через час."),
    "decided", "«выезжаем С Лобни» = leaving another place for the site: on the way", "2519", ["3"], B)

add(iphone(T(12, 16, 5, 42), "Re: Заявка 2536",
           "кабель проложили 38м, 6 розеток стоят все под напряжением. мы ушли",
           q=(T(12, 10, 40), DISP, "Сергей, электрик УК подошёл? Сообщите по окончании.\n\n" + DISP_SIGN),
           reply="q2536"),
    "decided", "done, left", "2536", [], D)

add(iphone(T(12, 18, 27, 1), "Fwd: 2519/3", "",
           fwd=("Рыбин Павел <rybin.p@ek-servis.ru>", "12 ноября 2026 г. в 18:22:15 GMT+3",
                "Гордеев Сергей <gordeev@ek-servis.ru>", "2519/3",
                "Убыли в 18:20. ЩО-2 в работе, заменили 3 автомата и контактор КМИ-11210.\n\n" + PAV_SIGN)),
    "decided", "iPhone forward (forwarded text is '>'-quoted) of Pavel's report; КМИ-11210 is a part", "2519", ["3"], D)

# ===== 2577 / 2583 =====
add(mailru(T(13, 8, 40, 13), "Re: " + disp_subj("2577"),
           "2577 принял в понедельник приедем",
           q=(T(12, 13, 6), DISP, disp_new("2577")), reply="new2577"),
    "decided", "accepted", "2577", [], A)

q2583 = disp_new("2583")
add(outlook(T(13, 10, 5, 0), "RE: " + disp_subj("2583"),
            "Наталья, добрый день!\nПринято в работу, бригада будет в понедельник–вторник.",
            block=ol_block(T(13, 9, 52), DISP, "office@ek-servis.ru", disp_subj("2583")),
            qtext=q2583, reply="new2583", html_only=True),
    "decided", "Outlook HTML-only reply, windows-1251, quote in От:/Отправлено: block", "2583", [], A)

add(iphone(T(13, 11, 2, 26), "Re: 2417 акт",
           "понял спасибо 👍",
           q=(T(13, 10, 47), DISP, "Сергей, по 2417 акты по всем трём позициям получили, спасибо.\n\n" + DISP_SIGN),
           reply="akt2417"),
    "review", "acknowledgement of the dispatcher's message, reports nothing")

news_html = ("<html><body><h2>ЭК-Сервис: сезонное ТО кондиционеров со скидкой 15%</h2>"
             "<p>Уважаемые партнёры! До 31 декабря — ТО сплит-систем и кассетных кондиционеров со скидкой 15%.</p>"
             "<p>Выезд бригады в день обращения. Заявки: +7 (495) 577-03-12, office@ek-servis.ru</p>"
             "<p style=\"font-size:10px;color:#888\">Вы получили это письмо, потому что являетесь клиентом ООО «ЭК-Сервис». "
             "<a href=\"https://ek-servis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\">Отписаться</a></p></body></html>")
nm = MIMEMultipart("alternative")
nm.attach(text_part("ЭК-Сервис: сезонное ТО кондиционеров со скидкой 15%\n\nУважаемые партнёры! До 31 декабря — ТО "
                    "сплит-систем и кассетных кондиционеров со скидкой 15%.\nВыезд бригады в день обращения.\n\n"
                    "Отписаться: https://ek-servis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru", "plain", "utf-8", "qp"))
nm.attach(text_part(news_html, "html", "utf-8", "qp"))
finish(nm, NEWS, T(13, 12, 0, 0), "Сезонное ТО кондиционеров со скидкой 15%", "utf-8", msgid("ek-servis.ru", "news"),
       extra=[("List-Unsubscribe", "<https://ek-servis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>"),
              ("List-Id", "ЭК-Сервис новости <news.ek-servis.ru>"), ("Precedence", "bulk"),
              ("X-Mailer", "Sendsay")])
add(nm, "ignored", "firm's marketing newsletter (bulk)")

add(iphone(T(16, 8, 10, 44), "2577 поз 01",
           lat("едем н{а} Лесную, ПВ-1 фильтры везем")),
    "decided", "position «01» as in registry; Latin a", "2577", ["01"], B)

add(iphone(T(16, 9, 2, 18), "Re: 2577 поз 01",
           "п.1 на объекте",
           q=(T(16, 8, 20), DISP, "Принято, ждём информацию о прибытии.\n\n" + DISP_SIGN), reply="r2577"),
    "decided", "«п.1» = position 01; old status in quote", "2577", ["01"], C)

add(iphone(T(16, 9, 10, 3), "2577 / 2583",
           "сегодня после лесной заедем на строителей по ВРУ, по 2577 наместе уже"),
    "review", "two different requests in one letter")

add(iphone(T(16, 12, 30, 51), "2577-1 2577-2",
           "обе сделали. фильтры G4 F7 поменяли кондей в тренерской почистил дренаж, не течет. уехали"),
    "decided", "both positions in subject, done, left; G4/F7 filter classes", "2577", ["01", "02"], D)

add(iphone(T(17, 10, 50, 36), "Re: " + disp_subj("2611"),
           "принял 2611 завтра с утра",
           q=(T(17, 10, 34), DISP, disp_new("2611")), reply="new2611"),
    "decided", "accepted", "2611", [], A)

add(mailru(T(17, 13, 15, 9), "2583",
           lat("по второй позиции {В}РУ сделали, контакт на шине зачистили болты протянули наконечники поменяли. "
               "щит опломбировали пломба №2610457. акт №118 подписал комендант. уехали")),
    "decided", "«по второй позиции»; act 118 and seal 2610457 are not requests; Latin B", "2583", ["2"], D)

# bounce
b_orig = Message()
b_orig["From"] = formataddr(DISP, charset="utf-8")
b_orig["To"] = "gordeyev@ek-servis.ru"
b_orig["Subject"] = Header("Заявка 2611 — уточнение по допуску", "utf-8").encode()
b_orig["Date"] = format_datetime(T(18, 7, 58, 40))
b_orig["Message-ID"] = disp_id("bounce2611")
b_orig["Content-Type"] = "text/plain; charset=utf-8"
b_orig["Content-Transfer-Encoding"] = "base64"
import base64 as _b64
b_orig.set_payload(_b64.encodebytes("Сергей, по 2611 для работ на кровле нужен наряд-допуск.\n".encode()).decode())
bm = MIMEMultipart("report", report_type="delivery-status")
bm.attach(MIMEText("This is the mail system at host mx.ek-servis.ru.\n\n"
                   "I'm sorry to have to inform you that your message could not\n"
                   "be delivered to one or more recipients.\n\n"
                   "<gordeyev@ek-servis.ru>: user unknown\n", "plain", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
_b1 = Message()
_b1["Reporting-MTA"] = "dns; mx.ek-servis.ru"
_b1["X-Postfix-Queue-ID"] = "4Lk9Qd1ZxYz3F"
_b1["Arrival-Date"] = "Wed, 18 Nov 2026 07:58:41 +0300"
_b2 = Message()
_b2["Final-Recipient"] = "rfc822; gordeyev@ek-servis.ru"
_b2["Action"] = "failed"
_b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <gordeyev@ek-servis.ru>: Recipient address rejected: User unknown"
ds.set_payload([_b1, _b2])
bm.attach(ds)
bm.attach(MIMEMessage(b_orig))
finish(bm, DAEMON, T(18, 7, 58, 43), "Undelivered Mail Returned to Sender", "utf-8", msgid("mx.ek-servis.ru", "bounce"),
       extra=[("Auto-Submitted", "auto-replied")])
add(bm, "ignored", "delivery failure report (bounce) from the firm's mail server")

add(iphone(T(18, 9, 42, 12), "2611",
           "по наряду 2611 выехали в 9.40 на Дмитровку"),
    "decided", "«наряд» for request; on the way", "2611", [], B)

add(iphone(T(18, 10, 50, 27), "Re: 2611",
           "на крышу не пускают без наряда-допуска инженер говорит от вас должна быть заявка на высотные. что делать? стоим",
           q=(T(18, 9, 50), DISP, "Принято.\n\n" + DISP_SIGN), reply="r2611"),
    "review", "cannot get to the work place (no permit), asks what to do")

add(bat(T(18, 12, 1, 15), "Заявка 2583, п.1",
        "Наталья, добрый день.\nЗаявка 2583, п.1 (освещение лестниц) — прибытие бригады 11:55."),
    "decided", "noun «прибытие» with time", "2583", ["1"], C)

add(bat(T(18, 17, 10, 48), "Re: Заявка 2583, п.1",
        "Освещение лестничных клеток — готово, 1–9 этаж, датчики движения настроены. Закончили, уезжаем.",
        q=(T(18, 12, 9), DISP, "Павел, принято.\n\n" + DISP_SIGN), reply="r2583_1"),
    "decided", "finished, leaving", "2583", ["1"], D)

add(iphone(T(19, 11, 20, 5), "Re: 2611",
           "допуск дали. на крыше сделали вентилятор ВКР-5,0 поменяли на новый крутит. слезли уехали",
           q=(T(19, 8, 12), DISP, "Сергей, наряд-допуск оформлен, подойдите к главному инженеру Смирнову.\n\n" + DISP_SIGN),
           reply="permit2611"),
    "decided", "done, left (next day after the permit question)", "2611", [], D)

# read receipt from office Outlook
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(text_part("Ваше сообщение\n\n  Кому: office@ek-servis.ru\n  Тема: " + disp_subj("2640") +
                    "\n  Отправлено: 19.11.2026 15:06\n\nбыло прочитано 19.11.2026 15:40.",
                    "plain", "windows-1251", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;office@ek-servis.ru\n"
                f"Original-Message-ID: {disp_id('new2640')}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
finish(rr, OFF, T(19, 15, 40, 12), "Прочитано: " + disp_subj("2640"), "windows-1251", msgid("outlook"), "new2640",
       extra=[("X-Mailer", "Microsoft Outlook 16.0")])
add(rr, "ignored", "read receipt (MDN) generated by Outlook")

add(mailru(T(19, 16, 10, 50), "Re: " + disp_subj("2640"),
           "2640 приняли",
           q=(T(19, 15, 6), DISP, disp_new("2640")), reply="new2640"),
    "decided", "accepted", "2640", [], A)

add(iphone(T(20, 9, 0, 31), "2640",
           "по 2640 еще не выехали газель в сервисе к обеду заберем"),
    "review", "negation «ещё не выехали» + plan")

add(iphone(T(20, 13, 20, 2), "#2640",
           lat("забрали машину выехали н{а} ленинградку будем через 30 мин")),
    "decided", "«#2640» subject; travelling; Latin a", "2640", [], B)

add(mailru(T(20, 17, 30, 40), "2640 п1 п2",
           "п.1 фанкойлы течь устранили поддоны почистили ГОТОВО\n"
           "п.2 УЗО ждем, завтра привезем поставим"),
    "review", "mixed: pos 1 done, pos 2 still pending (plan) — different statuses per position")

add(iphone(T(21, 11, 0, 47), "2640 поз2",
           "УЗО поставил ABB 40А 30мА проверил кнопкой тест. все уехал"),
    "decided", "done, left; ABB 40A 30mA is a part", "2640", ["2"], D)

# ===== 2655 =====
add(outlook(T(23, 9, 5, 0), "RE: " + disp_subj("2655"),
            "Наталья, добрый день!\nВаше обращение № 2655 принято в работу, бригадир Гордеев С.В., тел. +7 926 418-25-07.",
            block=ol_block(T(23, 8, 33), DISP, "office@ek-servis.ru; gordeev@ek-servis.ru", disp_subj("2655")),
            qtext=disp_new("2655"), reply="new2655"),
    "decided", "office accepts («обращение №»), multipart Outlook windows-1251", "2655", [], A)

cal = MIMEMultipart("alternative")
cal.attach(text_part("Ольга Мещерякова принял(а) приглашение.\n", "plain", "windows-1251", "qp"))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Мещерякова:mailto:office@ek-servis.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание с подрядчиками по итогам ноября\r\n"
       "DTSTART;TZID=Russian Standard Time:20261127T110000\r\nDTEND;TZID=Russian Standard Time:20261127T120000\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000A0C0F2D3B51FDB01000000000000000010000000\r\n"
       "ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
       "DTSTAMP:20261123T090000Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cp = MIMEText(ics, "calendar", "utf-8")
cp.set_param("method", "REPLY")
cal.attach(cp)
finish(cal, OFF, T(23, 12, 1, 30), "Принято: Совещание с подрядчиками по итогам ноября", "windows-1251",
       msgid("outlook"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
add(cal, "ignored", "calendar meeting response generated by Outlook")

add(iphone(T(24, 8, 30, 14), "2655 п3 выезд",
           "выезд 8.30 на полевую по аварийке в подвале"),
    "decided", "noun «выезд» with time = departure to the site", "2655", ["3"], B)

add(iphone(T(24, 9, 20, 40), "2565 на месте",
           "на месте подвал открыли"),
    "review", "number 2565 is not in the registry (typo for 2655?)")

add(iphone(T(24, 15, 15, 3), "Re: 2655 п3 выезд",
           "по 3-й аварийка в подвале работает 6 светильников с аккумом поменяли. уехал 15.10",
           q=(T(24, 8, 40), DISP, "Сергей, принято.\n\n" + DISP_SIGN), reply="r2655_3"),
    "decided", "Re: subject still says «выезд»; body reports departure; «3-й»", "2655", ["3"], D)

add(bat(T(25, 9, 10, 25), "Заявка 2655 поз. 5",
        "Бригада на месте, поз. 5, начинаем."),
    "review", "position 5 does not exist in request 2655")

add(mailru(T(25, 11, 30, 2), "Fwd: 2655 кухня",
           "Наталья пересылаю от паши, там поз 2 а не 5 он ошибся утром",
           fwd=("Рыбин Павел <rybin.p@ek-servis.ru>", "Среда, 25 ноября 2026, 11:22 +03:00",
                "Серёга, 2655 п.2 кухня — вентилятор вытяжной заменили (ВКК-250), работает, уезжаем.\n\n" + PAV_SIGN)),
    "decided", "mail.ru forward of Pavel's report; foreman corrects position to 2", "2655", ["2"], D)

# out-of-office from Pavel (Outlook-style wording produced by his client's autoresponder)
oo = text_part("Здравствуйте!\n\nЯ в отпуске с 26.11 по 04.12. По всем вопросам обращайтесь к бригадиру "
               "Гордееву Сергею, +7 926 418-25-07.\n\nРыбин Павел", "plain", "koi8-r", "8bit")
oo["MIME-Version"] = "1.0"
finish(oo, PAV, T(26, 9, 47, 2), "Автоматический ответ: Заявка 2655 п.1 - переговорная", "koi8-r", msgid("bat"),
       "q2655_1", extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "The Bat! (v10.5.3) Professional")])
add(oo, "ignored", "out-of-office auto-reply")

add(iphone(T(26, 13, 30, 19), "2655 п1",
           "завершение работ 13.20. переговорка не течет, дренажку прочистили помпу поменяли"),
    "decided", "noun «завершение работ» = finished", "2655", ["1"], D)

add(iphone(T(26, 16, 2, 55), "Re: Штраф по заявке 2502",
           "Наталья мы были на месте в 15.05 а не в 16 у меня письмо есть. со штрафом не согласен разберитесь пожалуйста",
           q=(T(26, 15, 30), DISP, "Сергей, по 2502 выставлен штраф за опоздание по прибытию (п. 4.3 договора № 17/26-ТО).\n\n" + DISP_SIGN),
           reply="fine2502"),
    "review", "complaint about a fine; the arrival time is history, not a new report")

add(iphone(T(27, 8, 15, 22), "",
           "выехали будем минут через 20"),
    "review", "no request number anywhere (empty subject, no quote)")


# ---------------------------------------------------------------- write
def write_all():
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    labels = {}
    for i, (m, lab) in enumerate(L, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(LET, name), "wb") as fh:
            fh.write(m.as_bytes())
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    reg = {"contractor": {"name": "ООО «ЭК-Сервис»",
                          "emails": [G_IP[1], G_MR[1], PAV[1], OFF[1], NEWS[1]],
                          "domains": ["ek-servis.ru"]},
           "requests": [{"number": n, "positions": p, "registered_at": r,
                         "comment": o + ": " + "; ".join(f"{a} — {b}" for a, b in zip(p, w))}
                        for n, p, r, o, w in REQ]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(L), Counter(l["expect"] for _, l in L))


write_all()
