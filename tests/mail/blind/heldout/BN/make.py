#!/usr/bin/env python3
"""Generator of test letters for persona BN: ООО «АкваПарк-Сервис» (Екатеринбург, +0500).

Writes OUT/letters/NNN.eml, OUT/registry.json, OUT/labels.json.
Only the Python standard library is used; random seed is fixed.
"""
import base64
import html
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone

from email import message_from_bytes
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

random.seed(11071)
OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=5))


def D(day, hh, mm, ss=None):
    if ss is None:
        ss = random.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


# --------------------------------------------------------------------------- people
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DISP_PERSON = ("Лаптева Ирина Сергеевна", "dispatch@zakazchik-omis.ru")
P = {
    "pm": ("Даниил Кочетков", "kochetkov.aquapark@gmail.com"),
    "tech": ("Сергей Мальцев", "maltsev@akvapark-servis.ru"),
    "tech2": ("Артём Шайхутдинов", "shaikhutdinov@akvapark-servis.ru"),
    "senior": ("Берсенев Виктор Павлович", "bersenev@akvapark-servis.ru"),
    "office": ("Сафина Людмила", "office@akvapark-servis.ru"),
    "news": ("АкваПарк-Сервис", "news@akvapark-servis.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@akvapark-servis.ru"),
}

PM_SIG = "--\nДаниил Кочетков\nproject manager | ООО «АкваПарк-Сервис»\nt.me/dkochetkov | +7 912 604-18-37"
SENIOR_SIG = ("С уважением,\nБерсенев Виктор Павлович\nглавный инженер ООО «АкваПарк-Сервис»\n"
              "620026, г. Екатеринбург, ул. Куйбышева, 55, оф. 214\n"
              "тел. +7 (343) 287-15-60, моб. +7 922 118-40-73\nИНН 6685123471 / КПП 668501001")
OFFICE_SIG = "--\nС уважением, Сафина Людмила\nофис-менеджер ООО «АкваПарк-Сервис»\nтел. +7 (343) 287-15-60"

# --------------------------------------------------------------------------- registry
REGISTRY = [
    ("71014", ["1", "2", "3"], D(2, 9, 15, 0),
     "ЦПКиО им. Маяковского, консервация фонтанов: 1 — «Каменный цветок», 2 — у главного входа, 3 — каскадный у пруда"),
    ("71027", ["1", "2"], D(2, 11, 40, 0),
     "Сквер у Театра драмы: слив и продувка автополива, зоны полива 1 и 2"),
    ("71093", ["1", "2"], D(3, 10, 5, 0),
     "Харитоновский сад: 1 — насосная станция НС-1 (демонтаж насосов), 2 — фонтан на острове"),
    ("71150", ["1"], D(3, 16, 30, 0),
     "Исторический сквер (Плотинка): консервация фонтана-каскада"),
    ("71206", ["01", "02", "03"], D(5, 9, 0, 0),
     "Парк Победы (Уралмаш): консервация системы полива, зоны 01, 02, 03"),
    ("71288", ["1", "2"], D(6, 14, 20, 0),
     "Дендропарк, ул. 8 Марта, 37: 1 — фонтан, 2 — насосная станция"),
    ("71342", ["1"], D(9, 8, 50, 0),
     "Парк «Зелёная роща»: консервация фонтана"),
    ("71415", ["1", "2", "3", "4"], D(10, 10, 10, 0),
     "Литературный квартал: консервация фонтанов 1–4 (4 — у дома Пашкова)"),
    ("71577", ["1", "2", "3"], D(11, 9, 30, 0),
     "Парк Энергетиков: 1 — насосная станция подпитки пруда, 2 и 3 — зоны полива"),
    ("72040", ["1", "2"], D(12, 11, 0, 0),
     "Октябрьская площадь: 1 — фонтан, 2 — насосная станция"),
    ("72118", ["1", "2", "3"], D(16, 8, 45, 0),
     "Дендропарк на ул. Первомайской: слив системы полива, зоны 1, 2, 3"),
    ("72261", ["1"], D(16, 8, 50, 0),
     "Площадь Первой пятилетки (Уралмаш): консервация фонтана"),
    ("72307", ["1"], D(19, 7, 40, 0),
     "АВАРИЙНАЯ: ЦПКиО им. Маяковского, течь в насосной станции"),
]
REG = {r[0]: r for r in REGISTRY}

# --------------------------------------------------------------------------- helpers
WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]


def gmail_attr(dt):  # пн, 2 нояб. 2026 г. в 09:20
    return f"{WD_SHORT[dt.weekday()]}, {dt.day} нояб. 2026 г. в {dt:%H:%M}"


def iphone_attr(dt):  # 2 нояб. 2026 г., в 9:20
    return f"{dt.day} нояб. 2026 г., в {dt.hour}:{dt:%M}"


def outlook_attr(dt):  # понедельник, 2 ноября 2026 г. 9:20
    return f"{WD_FULL[dt.weekday()]}, {dt.day} ноября 2026 г. {dt.hour}:{dt:%M}"


def bat_attr(dt):
    return f"{dt.day} ноября 2026 г., {dt.hour}:{dt:%M}"


def rnd(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(random.choice(alphabet) for _ in range(n))


def mid(kind, dt):
    if kind == "gmail":
        return f"<CA+{rnd(8)}{rnd(30)}=={rnd(6)}@mail.gmail.com>"
    if kind == "iphone":
        return f"<{str(uuid.UUID(int=random.getrandbits(128))).upper()}@akvapark-servis.ru>"
    if kind == "outlook":
        return f"<000{rnd(1,'0123456789abcdef')}01db{rnd(4,'0123456789abcdef')}${rnd(8,'0123456789abcdef')}${rnd(8,'0123456789abcdef')}@akvapark-servis.ru>"
    if kind == "bat":
        return f"<{random.randint(10**8, 10**9)}.{dt:%Y%m%d%H%M%S}@akvapark-servis.ru>"
    if kind == "disp":
        return f"<{rnd(12,'0123456789abcdef')}.{dt:%Y%m%d%H%M}@zakazchik-omis.ru>"
    return f"<{rnd(16,'0123456789ABCDEF')}.{dt:%Y%m%d%H%M%S}@mx.akvapark-servis.ru>"


def cs(name, body):
    c = Charset(name)
    c.header_encoding = BASE64
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[body]
    return c


FIT = {"№": "N", "«": '"', "»": '"', "—": "-", "–": "-", "²": "2", "⋅": " ", "’": "'"}


def fit(text, charset):
    """What the mail client does when a character does not exist in the chosen 8-bit charset."""
    if charset in ("utf-8",):
        return text
    try:
        text.encode(charset)
        return text
    except UnicodeEncodeError:
        return "".join(ch if _enc_ok(ch, charset) else FIT.get(ch, "?") for ch in text)


def _enc_ok(ch, charset):
    try:
        ch.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def text_part(text, sub, charset, cte):
    m = MIMEText(fit(text, charset), sub, cs(charset, cte))
    del m["MIME-Version"]
    return m


def reorder(msg):
    """Put the envelope-like headers first, as mail clients do; single MIME-Version."""
    order = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Reply-To", "Sender"]
    if msg.is_multipart():
        for part in msg.get_payload():
            if not isinstance(part, (str, bytes)):
                for sub in part.walk():
                    del sub["MIME-Version"]
    if msg.get("MIME-Version") is None:
        msg["MIME-Version"] = "1.0"
    saved = [(k, msg[k]) for k in order if msg[k] is not None]
    for k, _ in saved:
        del msg[k]
    msg._headers = saved + msg._headers
    return msg


def esc(t):
    return html.escape(t).replace("\n", "<br>\n")


def quote_lines(text, prefix="> "):
    out = []
    for ln in text.split("\n"):
        if not ln:
            out.append(prefix.rstrip())
        elif ln.startswith(">"):
            out.append(prefix.rstrip() + ln)
        else:
            out.append(prefix + ln)
    return "\n".join(out)


# --------------------------------------------------------------------------- quoted sources
MSG = {}  # key -> dict(name, addr, to_name, dt, subject, plain, html, msgid, refs)


def add_src(key, who, to_name, dt, subject, plain, kind="disp", refs=None, html_=None):
    MSG[key] = dict(name=who[0], addr=who[1], to_name=to_name, dt=dt, subject=subject,
                    plain=plain, html=html_, msgid=mid(kind, dt), refs=refs or [])


DSIG = "Диспетчер Лаптева И.С.\nДиспетчерская ОМИС\nтел. +7 (343) 310-44-12"

ROOTS = {
    "71014": ("Заявка № 71014 — консервация фонтанов ЦПКиО им. Маяковского", P["pm"][0],
              "Добрый день!\n\nПрошу принять заявку № 71014 на зимнюю консервацию фонтанов ЦПКиО им. Маяковского (ул. Мичурина, 230).\n"
              "Позиции:\n1 — фонтан «Каменный цветок»\n2 — фонтан у главного входа\n3 — каскадный фонтан у пруда\n"
              "Срок выполнения — до 10.11.2026.\n\n" + DSIG),
    "71027": ("Заявка № 71027 — слив системы автополива, сквер у Театра драмы", P["senior"][0],
              "Добрый день!\n\nНаправляем заявку № 71027: слив и продувка системы автополива сквера у Театра драмы (Октябрьская пл., 2).\n"
              "Позиция 1 — зона полива 1 (газон со стороны пл. Коммунаров)\nПозиция 2 — зона полива 2 (цветники у главного входа)\n\n" + DSIG),
    "71093": ("Заявка № 71093 — Харитоновский сад, демонтаж насосов", P["pm"][0],
              "Здравствуйте!\n\nЗаявка № 71093, Харитоновский сад (ул. Карла Либкнехта, 44).\n1 — насосная станция НС-1: демонтаж насосов на зимнее хранение\n"
              "2 — фонтан на острове: слив, демонтаж насоса\nДоступ через ворота со стороны ул. Пушкина.\n\n" + DSIG),
    "71150": ("Заявка № 71150 — консервация фонтана-каскада, Исторический сквер", P["senior"][0],
              "Добрый день!\n\nЗаявка № 71150: консервация фонтана-каскада в Историческом сквере (Плотинка).\nСогласуйте, пожалуйста, дату работ с учётом отключения водопровода.\n\n" + DSIG),
    "71206": ("Заявка № 71206 — консервация системы полива, Парк Победы", P["senior"][0],
              "Добрый день!\n\nЗаявка № 71206, Парк Победы (Уралмаш, ул. Фестивальная).\nСлив и консервация системы полива: зоны 01, 02, 03.\n\n" + DSIG),
    "71288": ("Заявка № 71288 — Дендропарк, ул. 8 Марта, 37", P["pm"][0],
              "Добрый день!\n\nЗаявка № 71288, Дендропарк на ул. 8 Марта, 37.\nп.1 — фонтан (слив, демонтаж форсунок)\nп.2 — насосная станция (демонтаж насосов)\n\n" + DSIG),
    "71342": ("Заявка № 71342 — консервация фонтана, парк «Зелёная роща»", P["senior"][0],
              "Добрый день!\n\nЗаявка № 71342: консервация фонтана в парке «Зелёная роща» (ул. Шейнкмана, 93).\nПросим подтвердить принятие и сообщить дату выезда.\n\n" + DSIG),
    "71415": ("Заявка № 71415 — консервация фонтанов, Литературный квартал", P["pm"][0],
              "Добрый день!\n\nЗаявка № 71415, Литературный квартал, четыре фонтана:\n1 — у Театра эстрады\n2 — в сквере у музея\n3 — каскад у входа\n4 — у дома Пашкова\n\n" + DSIG),
    "71577": ("#71577 Парк Энергетиков — НС подпитки пруда, зоны полива", P["pm"][0],
              "Коллеги, добрый день!\n\n#71577, Парк Энергетиков (ул. Энергетиков, 2).\n1 — насосная станция подпитки пруда\n2 — зона полива у сцены\n3 — зона полива вдоль аллеи\n\n" + DSIG),
    "72040": ("Заявка №72040 Октябрьская пл., фонтан и насосная", P["senior"][0],
              "Добрый день!\n\nЗаявка №72040, Октябрьская площадь.\nПоз. 1 — фонтан\nПоз. 2 — насосная станция фонтана\nПосле работ просим опломбировать задвижку на вводе.\n\n" + DSIG),
    "72118": ("Заявка № 72118 — Дендропарк на ул. Первомайской, система полива", P["senior"][0],
              "Добрый день!\n\nЗаявка № 72118, Дендропарк на ул. Первомайской, 89.\nСлив системы полива, зоны 1, 2, 3.\n\n" + DSIG),
    "72261": ("Заявка № 72261 — фонтан, пл. Первой пятилетки", P["senior"][0],
              "Добрый день!\n\nЗаявка № 72261: консервация фонтана на площади Первой пятилетки.\n\n" + DSIG),
    "72307": ("СРОЧНО: заявка 72307 — течь в насосной станции, ЦПКиО", P["pm"][0],
              "Даниил, срочно!\n\nЗаявка 72307. ЦПКиО им. Маяковского, насосная станция у каскада — течь, вода на полу, сработала сигнализация.\nПросим выехать как можно скорее.\n\n" + DSIG),
}
for num, (subj, to_name, body) in ROOTS.items():
    add_src("root" + num, DISP_PERSON, to_name, REG[num][2] + timedelta(minutes=3), subj, body)

# other dispatcher messages that get quoted
add_src("d71150a", DISP_PERSON, P["senior"][0] + "; " + P["pm"][0], D(6, 16, 20), "RE: " + ROOTS["71150"][0],
        "Виктор Павлович, Даниил, добрый день!\nВодоканал подтвердил отключение 9 ноября с 7:00. Можно планировать.\n\n" + DSIG
        + "\n\n-----Original Message-----\nFrom: Берсенев Виктор Павлович [mailto:bersenev@akvapark-servis.ru]\n"
        "Sent: Tuesday, November 03, 2026 5:10 PM\nTo: Диспетчерская ОМИС\nSubject: RE: " + ROOTS["71150"][0] + "\n\n"
        "Добрый день.\n\nЗаявку № 71150 получили и приняли в работу.\nОбращаю Ваше внимание: фонтан на Плотинке запитан от городского водопровода "
        "через узел на ул. Горького, 4а, поэтому приступить к сливу возможно только после отключения подачи Водоканалом.\n\n"
        "С уважением,\nБерсенев Виктор Павлович\nглавный инженер ООО «АкваПарк-Сервис»")
add_src("d71150b", DISP_PERSON, P["pm"][0], D(9, 17, 30), "Re: " + ROOTS["71150"][0],
        "Даниил, фото получили, спасибо. Заявку закрываем.\n\n" + DSIG)
add_src("d72040seal", DISP_PERSON, P["senior"][0], D(13, 10, 0), "Заявка №72040 Октябрьская пл., уточнение по пломбам",
        "Виктор Павлович, добрый день!\nПо заявке №72040 после завершения работ просим опломбировать задвижку на вводе и сообщить номер пломбы.\n\n" + DSIG)
add_src("d71577acc", DISP_PERSON, P["senior"][0], D(13, 8, 4), "#71577 Парк Энергетиков — уточнение по доступу",
        "Виктор Павлович, ключи от насосной у администратора парка, тел. +7 (343) 325-60-18.\n\n" + DSIG)
add_src("d71577sat", DISP_PERSON, P["pm"][0], D(14, 9, 40), "Re: 71577 поз 2, 3 — на месте",
        "Даниил, принято. Людмила, прошу прислать в понедельник акт по 71577.\n\n" + DSIG)
add_src("d71206act", DISP_PERSON, P["tech2"][0], D(20, 9, 12), "Заявка № 71206 — акт",
        "Артём, добрый день! Подпишите, пожалуйста, у администрации парка акт по 71206.\n\n" + DSIG)
add_src("d71150photo", DISP_PERSON, "s.maltsev", D(9, 10, 11), "Заявка № 71150: фото после консервации",
        "Сергей, добрый день! После консервации на Плотинке пришлите, пожалуйста, фото чаши и щитов.\n\n" + DSIG)


# --------------------------------------------------------------------------- letter builders
def base_headers(msg, who, dt, subject, charset, msgid, parent=None, cc=None, to=DISPATCH):
    name, addr = P[who]
    msg["From"] = formataddr((name, addr), charset)
    msg["To"] = formataddr(to, charset)
    if cc:
        msg["Cc"] = ", ".join(formataddr(P[c], charset) for c in cc)
    subject = fit(subject, charset)
    msg["Subject"] = Header(subject, charset) if any(ord(ch) > 127 for ch in subject) else subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid
    if parent:
        pm = MSG[parent]
        msg["In-Reply-To"] = pm["msgid"]
        msg["References"] = " ".join(pm["refs"] + [pm["msgid"]])


def gmail_html_quote(parent):
    pm = MSG[parent]
    inner = pm["html"] or f'<div dir="ltr">{esc(pm["plain"])}</div>'
    return (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{gmail_attr(pm["dt"])}, '
            f'{html.escape(pm["name"])} &lt;<a href="mailto:{pm["addr"]}">{pm["addr"]}</a>&gt;:<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'{inner}</blockquote></div>')


def build_gmail(s):
    """Young PM: Gmail web, multipart/alternative, UTF-8, emoji, Gmail quoting."""
    body, parent = s["body"], s.get("parent")
    plain = body + ("\n\n" + PM_SIG if s.get("sig", True) else "")
    html_body = s.get("html") or esc(body)
    htm = f'<div dir="ltr">{html_body}'
    if s.get("sig", True):
        htm += f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">{esc(PM_SIG[3:])}</div>'
    htm += "</div>"
    full_plain = plain
    if s.get("fwd"):
        f = s["fwd"]
        fwd_txt = (f"\n\n---------- Forwarded message ---------\nОт: {f['from']}\nDate: {f['date']}\n"
                   f"Subject: {f['subject']}\nTo: {f['to']}\n\n\n{f['text']}\n")
        plain = body + fwd_txt
        full_plain = plain
        htm = (f'<div dir="ltr">{esc(body)}<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
               f'---------- Forwarded message ---------<br>От: <strong class="gmail_sendername" dir="auto">{esc(f["from"])}</strong><br>'
               f'Date: {esc(f["date"])}<br>Subject: {esc(f["subject"])}<br>To: {esc(f["to"])}<br></div><br><br>'
               f'<div dir="auto">{esc(f["text"])}</div></div></div>')
    if parent:
        pm = MSG[parent]
        q = f"\n\n{gmail_attr(pm['dt'])}, {pm['name']} <{pm['addr']}>:\n\n" + quote_lines(pm["plain"])
        plain += q
        full_plain = plain
        htm = htm + gmail_html_quote(parent)
    cte = s.get("cte", random.choice(["qp", "b64"]))
    alt = MIMEMultipart("alternative", boundary="0000000000" + rnd(18, "0123456789abcdef"))
    alt.attach(text_part(plain, "plain", "utf-8", cte))
    alt.attach(text_part(htm, "html", "utf-8", cte))
    if s.get("photos"):
        msg = MIMEMultipart("mixed", boundary="0000000000" + rnd(18, "0123456789abcdef"))
        msg.attach(alt)
        for i in range(s["photos"]):
            img = MIMEImage(fake_jpeg(), "jpeg")
            nm = f"IMG_{random.randint(2000, 9999)}.jpg"
            img.set_param("name", nm)
            img.add_header("Content-Disposition", "attachment", filename=nm)
            img.add_header("X-Attachment-Id", "f_" + rnd(9, "abcdefghijklmnopqrstuvwxyz0123456789"))
            msg.attach(img)
    else:
        msg = alt
    return msg, full_plain, htm


def build_iphone(s):
    """Technician: iOS Mail, text/plain utf-8 quoted-printable, 'Отправлено с iPhone'."""
    body, parent = s["body"], s.get("parent")
    plain = body + "\n\nОтправлено с iPhone"
    if s.get("fwd_self"):
        f = s["fwd_self"]
        plain = ("\n\nОтправлено с iPhone\n\nНачало переадресованного сообщения:\n\n"
                 f"> От: {f['from']}\n> Дата: {f['date']}\n> Кому: {f['to']}\n> Тема: {f['subject']}\n> \n"
                 + quote_lines(f["text"] + "\n\nОтправлено с iPhone"))
        if body:
            plain = body + plain
    full_plain = plain
    if parent:
        pm = MSG[parent]
        plain += (f"\n\n> {iphone_attr(pm['dt'])}, {pm['name']} <{pm['addr']}> написал(а):\n> \n"
                  + quote_lines(pm["plain"]))
        full_plain = plain
    msg = MIMEText(plain, "plain", cs("utf-8", "qp"))
    del msg["MIME-Version"]
    msg["Mime-Version"] = "1.0 (1.0)"
    msg["X-Mailer"] = "iPhone Mail (22B91)"
    return msg, full_plain, None


def outlook_html(body, sig, quote_block):
    paras = "".join(f"<p class=MsoNormal>{html.escape(l) if l else '&nbsp;'}<o:p></o:p></p>\n" for l in (body + "\n\n" + sig).split("\n"))
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head>"
            f"<body lang=RU link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n{paras}{quote_block}</div></body></html>")


def build_outlook(s):
    """Senior engineer: Outlook 2016, windows-1251, Outlook quote header block."""
    body, parent = s["body"], s.get("parent")
    sig = s.get("sigtext", SENIOR_SIG)
    plain = body + "\n\n" + sig
    qhtml = ""
    if parent:
        pm = MSG[parent]
        to_name = pm["to_name"]
        q = (f"\n\nОт: {pm['name']} <{pm['addr']}>\nОтправлено: {outlook_attr(pm['dt'])}\n"
             f"Кому: {to_name}\nТема: {pm['subject']}\n\n{pm['plain']}")
        plain += q
        qhtml = ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                 f"<p class=MsoNormal><b>От:</b> {html.escape(pm['name'])} &lt;{pm['addr']}&gt; <br><b>Отправлено:</b> {outlook_attr(pm['dt'])}<br>"
                 f"<b>Кому:</b> {html.escape(to_name)}<br><b>Тема:</b> {html.escape(pm['subject'])}<o:p></o:p></p></div></div>"
                 f"<p class=MsoNormal>{esc(pm['plain'])}<o:p></o:p></p>")
    cte = s.get("cte", "qp")
    alt = MIMEMultipart("alternative", boundary="----=_NextPart_000_00" + rnd(2, "0123456789ABCDEF") + "_01DB" + rnd(4, "0123456789ABCDEF") + "." + rnd(8, "0123456789ABCDEF"))
    alt.attach(text_part(plain, "plain", "windows-1251", cte))
    alt.attach(text_part(outlook_html(body, sig, qhtml), "html", "windows-1251", cte))
    msg = alt
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = "AQH" + rnd(29, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="
    msg["Content-Language"] = "ru"
    return msg, plain, None


def build_bat(s):
    """Office: The Bat!, KOI8-R, 8bit, initials quoting; optional HTML-only."""
    body, parent = s["body"], s.get("parent")
    plain = body
    if parent:
        pm = MSG[parent]
        ini = "".join(w[0] for w in pm["name"].split()[:2]).upper()
        plain = (body.split("\n\n", 1)[0] + "\n\n" + f"Вы писали {bat_attr(pm['dt'])}:\n\n"
                 + quote_lines(pm["plain"], ini + "> ") + "\n\n" + body.split("\n\n", 1)[1])
    plain += "\n\n" + OFFICE_SIG
    if s.get("html_only"):
        htm = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><html><head>"
               "<meta http-equiv=Content-Type content=\"text/html; charset=koi8-r\"><title></title></head>"
               f"<body style=\"font-family:Tahoma;font-size:10pt\">{s['html']}<br><br>{esc(OFFICE_SIG)}</body></html>")
        msg = text_part(htm, "html", "koi8-r", "8bit")
    else:
        msg = text_part(plain, "plain", "koi8-r", "8bit")
    msg["X-Mailer"] = "The Bat! (v10.5.2) Professional"
    msg["X-Priority"] = "3 (Normal)"
    return msg, plain, None


def fake_jpeg():
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(random.getrandbits(8) for _ in range(600)) + b"\xff\xd9"


BUILDERS = {"gmail": build_gmail, "iphone": build_iphone, "outlook": build_outlook, "bat": build_bat}
CHARSET = {"gmail": "utf-8", "iphone": "utf-8", "outlook": "windows-1251", "bat": "koi8-r"}
MIDKIND = {"gmail": "gmail", "iphone": "iphone", "outlook": "outlook", "bat": "bat"}
WHO_CLIENT = {"pm": "gmail", "tech": "iphone", "tech2": "iphone", "senior": "outlook", "office": "bat"}

# --------------------------------------------------------------------------- letters
LETTERS = []


def L(key, dt, who, subject, body, label, **kw):
    kw.update(key=key, dt=dt, who=who, subject=subject, body=body, label=label)
    LETTERS.append(kw)


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, SITE, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
R = lambda n: "Re: " + ROOTS[n][0]
RE = lambda n: "RE: " + ROOTS[n][0]

# ---- 71014 ЦПКиО, три фонтана
L("a1", D(2, 10, 2), "pm", R("71014"),
  "Ирина, добрый день!\n\nЗаявку чекнули, берём в работу 👍\nПо плану: во вторник 3.11 стартуем с «Каменного цветка», дальше главный вход и каскад. "
  "Если что-то поедет — маякну.", dec("71014", [], ACC, "accepted, plan for dates only; no positions named as done"),
  parent="root71014")
L("a2", D(3, 8, 47), "tech", "71014-1", "Выехали на Маяковку",
  dec("71014", ["1"], WAY, "subject 71014-1 = request-position; 'выехали на' = on the way"))
L("a3", D(3, 15, 20), "senior", RE("71014"),
  "Ирина Сергеевна, добрый день.\n\nПо заявке № 71014 сообщаю: работы по позиции 1 (фонтан «Каменный цветок») окончены в 15:05. "
  "Чаша опорожнена, трубопроводы продуты сжатым воздухом, погружной насос Grundfos SEG 40.09 демонтирован и отправлен на склад для ревизии. "
  "Бригада с объекта убыла.\nК позициям 2 и 3 приступим 5 ноября, с утра.",
  dec("71014", ["1"], LEFT, "pos 1 finished and crew left; 2 and 3 only planned"), parent="root71014")
L("a4", D(5, 9, 10), "pm", "апдейт по заявке 71014",
  "Ирина, привет! Короткий апдейт по 71014:\nП2 (главный вход) — бригада на локации с 08:50, сливаем чашу\nП3 (каскад) — после П2, ориентировочно после обеда\n\nДаниил",
  dec("71014", ["2"], SITE, "HTML table: P2 on site since 08:50, P3 only queued"),
  html=("Ирина, привет! Короткий апдейт по 71014 👇<br><br>"
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
        "<tr><th>Позиция</th><th>Объект</th><th>Статус</th><th>Коммент</th></tr>"
        "<tr><td>П2</td><td>фонтан у главного входа</td><td>на локации 🚧</td><td>с 08:50, сливаем чашу</td></tr>"
        "<tr><td>П3</td><td>каскад у пруда</td><td>в очереди ⏳</td><td>после П2, ориентировочно после обеда</td></tr>"
        "</table><br>Даниил"), sig=False, cc=["tech"])
L("a5", D(5, 17, 40), "tech", "Re: апдейт по заявке 71014", "Ирина 2 и 3 закончили, уехали",
  dec("71014", ["2", "3"], LEFT, "reply under PM's table; positions 2 and 3 finished, crew left"), parent="a4", cc=["pm"])
L("n1", D(5, 10, 22), "tech", "71041", "На месте",
  rev("71041 is not in the registry (probably a typo for 71014, but a dispatcher cannot be sure)"))

# ---- 71027 сквер у драмтеатра
L("b1", D(2, 12, 15), "senior", RE("71027"),
  "Добрый день.\n\nЗаявку № 71027 приняли к исполнению. Слив и продувку системы автополива планируем провести 5 ноября, исполнитель — бригада Мальцева С.А.",
  dec("71027", [], ACC, "accepted; date is a plan"), parent="root71027")
L("b2", D(5, 8, 20), "tech", R("71027"), "Едем на драмтеатр, минут через 20 будем",
  dec("71027", [], WAY, "travelling now, 'будем через 20 минут'"), parent="root71027")
L("b3", D(5, 13, 5), "pm", R("71027"),
  "Всем привет! По 71027:\nзону 1 продули компрессором — done ✅\nзона 2 — колодец залит по горловину, сейчас откачиваем, работаем ещё часа 2 минимум. Апдейт кину.",
  rev("different statuses for different positions: zone 1 finished, zone 2 still in progress on site"), parent="b2", cc=["tech"])
L("b4", D(5, 16, 30), "tech", R("71027"), "Зона 2 готова, откачали продули. Уехали с объекта",
  dec("71027", ["2"], LEFT, "zone 2 done, left the site"), parent="b3", cc=["pm"])

# ---- 71093 Харитоновский сад
L("c1", D(3, 10, 40), "pm", R("71093"),
  "Добрый! Приняли в работу ✌️\nНасосы там старые, КМ-ки, возьмём манипулятор. По датам ориентир пятница 6.11, если парк даст доступ.",
  dec("71093", [], ACC, "accepted; date is a plan"), parent="root71093")
L("c2", D(6, 8, 5), "pm", R("71093"), "ок, выдвигаемся на Харитоновский 🚐 первым делом НС-1 (п.1)",
  dec("71093", ["1"], WAY, "'выдвигаемся' = leaving now; п.1 = НС-1"), parent="c1")
L("c3", D(6, 8, 41), "pm", R("71093"),
  "Ирина, тут засада 😬 ворота со стороны Пушкина закрыты, охрана говорит ключ у администрации парка, а там трубку не берут (+7 343 371-02-55). "
  "Манипулятор стоит на улице, ждём пока откроют.\nМожете пнуть дирекцию парка? 🙏",
  rev("crew waiting for the park to open the gate, cannot get in; asks the dispatcher for help — no new status"), parent="c2")
L("c4", D(6, 9, 35), "tech", R("71093"), "Открыли. Заехали, работаем на НС-1",
  dec("71093", ["1"], SITE, "got in and working at НС-1 (position 1 of 71093)"), parent="c3", cc=["pm"])
L("c5", D(6, 14, 50), "senior", RE("71093"),
  "Ирина Сергеевна, здравствуйте.\n\nДокладываю по заявке 71093, позиция 1 (насосная станция НС-1): оба насоса КМ 80-50-200 (инв. № 000417 и 000418) "
  "демонтированы, погружены на манипулятор Т 417 КМ 196 и доставлены на наш склад по ул. Монтёрской, 3. Бригада покинула объект в 14:30.\n"
  "Позиция 2 (фонтан на острове) — по графику 10 ноября.\nБлагодарю за содействие с воротами.",
  dec("71093", ["1"], LEFT, "pos 1 done, crew left 14:30; pos 2 planned; inventory numbers/plate/address are not request numbers"),
  parent="root71093")
L("c6", D(10, 12, 5), "office", "Fw: 71093 п.2",
  "Добрый день!\nПересылаю сообщение бригадира, у него с телефона почта не уходит.\n\n"
  "-------- Пересылаемое сообщение --------\nОт: Мальцев Сергей <maltsev@akvapark-servis.ru>\nКому: office@akvapark-servis.ru\n"
  "Дата: 10 ноября 2026 г., 11:52\nТема: Харитоновский остров\n\n"
  "Люда перешли диспетчеру: 71093, по второй позиции (фонтан на острове) всё слили, насос сняли, уезжаем 11:50\n\n"
  "-------- Конец пересылаемого сообщения --------",
  dec("71093", ["2"], LEFT, "The Bat! forward of the foreman's message: position 2 done, leaving 11:50 — forwarded report counts"))
L("n3", D(10, 17, 0), "senior", "Заявки 71093 и 71150 — итоги",
  "Ирина Сергеевна, добрый вечер.\n\nПодытоживаю по двум заявкам: по заявке 71093 позиция 2 выполнена сегодня, бригада убыла; "
  "по заявке 71150 замечаний от парка не поступало, работы закрыты 09.11.",
  rev("two different requests in one letter"))

# ---- 71150 Плотинка
L("d1", D(3, 17, 10), "senior", RE("71150"),
  "Добрый день.\n\nЗаявку № 71150 получили и приняли в работу.\nОбращаю Ваше внимание: фонтан на Плотинке запитан от городского водопровода через узел на ул. Горького, 4а, "
  "поэтому приступить к сливу возможно только после отключения подачи Водоканалом. По нашим сведениям, плановое отключение назначено на 09.11.2026.",
  dec("71150", [], ACC, "accepted; work date depends on Vodokanal"), parent="root71150")
MSG_CHAIN_NOTE = None
L("d2", D(9, 7, 55), "pm", R("71150"),
  "Доброе утро! Водоканал отключил, чекнули давление на вводе — ноль 👌\nОк, выдвигаемся на Плотинку, минут 20-25.",
  dec("71150", [], WAY, "'выдвигаемся', ETA 20–25 min; long quoted thread below"), parent="d71150a")
L("d3", D(9, 8, 31), "tech", "71150 Плотинка", "На месте, начинаем слив",
  dec("71150", [], SITE, "bare number in subject"))
L("d5", D(9, 15, 10), "pm", R("71150"),
  "Ирина, Плотинку законсервировали, done 🎉\nКаскад слит, насосы сняли, щиты на чаши поставили. Бригада уехала на базу в 14:55.\nФотки в аттаче (3 шт).",
  dec("71150", [], LEFT, "work finished, crew left 14:55; photos attached"), parent="d2", photos=3)
L("d6", D(10, 9, 20), "pm", R("71150"),
  "Ирина, спасибо, что так быстро порешали с Водоканалом 🙏 Реально сэкономили нам день.",
  rev("thanks only"), parent="d71150b")
L("n5", D(16, 17, 30), "pm", R("71150"),
  "Ирина, добрый вечер. Неприятная история 😡 на Плотинке кто-то снял наши щиты с чаши каскада и скинул в пруд. "
  "Щиты выловили, поставили обратно, но это уже третий раз за сезон. Просим парк усилить охрану, иначе чаша за зиму замёрзнет с водой внутри.",
  rev("complaint about vandalism, no status of the request"), parent="d71150b")

# ---- 71206 Парк Победы, зоны 01–03
L("e1", D(5, 9, 45), "senior", RE("71206"),
  "Добрый день.\n\nЗаявка № 71206 принята. Работы выполнит бригада Шайхутдинова А.Р., ориентировочно 10–11 ноября.",
  dec("71206", [], ACC, "accepted"), parent="root71206")
L("e2", D(10, 8, 10), "tech2", R("71206"), "Выехали на Уралмаш, парк Победы. Зоны 01 и 02",
  dec("71206", ["01", "02"], WAY, "on the way to zones 01, 02"), parent="root71206")
L("e3", D(10, 12, 40), "tech2", R("71206"), "01 02 закончили, уехали. 03 сегодня не успеваем, завтра",
  dec("71206", ["01", "02"], LEFT, "zones 01/02 done and left; 03 only planned"), parent="root71206")
L("e4", D(11, 8, 30), "pm", R("71206"),
  "Ирина, привет. По 71206 зона 03 — ещё не выехали, Газель на шиномонтаже 🙈 апдейт дам после обеда.",
  rev("negation: not yet left, plan only"), parent="root71206")
L("e5", D(11, 14, 20), "tech2", "71206 зона 03", "На месте",
  dec("71206", ["03"], SITE, "subject number + zone, body 'на месте'"))
L("e6", D(11, 17, 5), "senior", "Наряд 71206 — завершение работ",
  "Ирина Сергеевна, добрый вечер.\n\nДовожу до Вашего сведения, что по наряду 71206 (зона полива 03) работы окончены: система слита, магистраль продута, "
  "контроллер Hunter Pro-C обесточен и снят на хранение. Бригада убыла в 16:40.\nАкт выполненных работ № 118 от 11.11.2026 направим отдельным письмом.",
  dec("71206", ["03"], LEFT, "'наряд' wording; zone 03 finished, crew left; act number is not a request"), cte="b64")

# ---- 71288 Дендропарк 8 Марта
L("f1", D(6, 15, 0), "pm", R("71288"), "Ирина, заявку приняли 👍 Засетапили бригаду на понедельник, 9.11, с утра.",
  dec("71288", [], ACC, "accepted; 'засетапили' = scheduled the crew for Monday (plan)"), parent="root71288")
L("n6", D(6, 16, 2), "pm", R("71288"),
  "Ирина, вопрос по 71288: декоративный пруд рядом с фонтаном тоже сливаем или только фонтан + насосная? В заявке не указано 🤔",
  rev("question only"), parent="root71288")
L("f3", D(9, 9, 5), "tech", R("71288"), "Дендропарк 8 Марта. Прибыли 9:00, поз1 и поз2",
  dec("71288", ["1", "2"], SITE, "arrived 9:00 at both positions; '8 Марта' is an address"), parent="root71288")
L("f4", D(9, 16, 15), "pm", R("71288"),
  "Апдейт по 71288:\nп.1 Фонтан — done, чаша слита, форсунки сняты\nп.2 Насосная — done, Wilo TOP-S 50/10 сняты, на складе\nБригада уехала с объекта в 15:40.",
  dec("71288", ["1", "2"], LEFT, "HTML table, one row per position; crew left 15:40"), parent="f3",
  html=("Апдейт по 71288 👇<br><br><table style=\"border-collapse:collapse;border:1px solid #999\">"
        "<thead><tr style=\"background:#e8f0fe\"><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Статус</b></td></tr></thead>"
        "<tbody><tr><td>1</td><td>Фонтан</td><td>✅ done, чаша слита, форсунки сняты</td></tr>"
        "<tr><td>2</td><td>Насосная</td><td>✅ done, Wilo TOP-S 50/10 сняты, на складе</td></tr></tbody></table>"
        "<br>Бригада уехала с объекта в 15:40."))

# ---- 71342 Зелёная роща
L("g1", D(9, 9, 30), "office", "Re: " + ROOTS["71342"][0],
  "Здравствуйте, Ирина Сергеевна!\n\nПисьмо получили, передала главному инженеру Берсеневу В.П., он свяжется с Вами в течение дня.",
  rev("office only acknowledges receipt and forwards internally; not an acceptance"), parent="root71342")
L("g2", D(9, 11, 10), "senior", RE("71342"),
  "Добрый день.\n\nВаше обращение № 71342 принимаем в работу. Выезд бригады запланирован на 12.11.2026 к 9:00.",
  dec("71342", [], ACC, "'обращение … принимаем в работу'"), parent="root71342")
L("g3", D(12, 8, 40), "tech", "Зеленая роща", "Выезжаем на 71342, к 9 будем",
  dec("71342", [], WAY, "leaving now, ETA 9:00"))
L("g4", D(12, 9, 25), "tech", "Re: Зеленая роща", "Нa мeстe. 9:20",
  dec("71342", [], SITE, "number only in quoted own message; Latin a/e inside 'На месте'"), parent="g3")
L("g5", D(12, 13, 0), "pm", R("71342"), "Зелёная роща — all done ✅ чашу слили, закрыли щитами, бригада уехала 👋",
  dec("71342", [], LEFT, "number only in the Re: subject / quote"), parent="g2")

# ---- 71415 Литературный квартал
L("h1", D(10, 10, 30), "pm", R("71415"), "Приняли, засетапим на четверг 12.11 🙌",
  dec("71415", [], ACC, "accepted"), parent="root71415")
L("h2", D(11, 10, 0), "senior", RE("71415"),
  "Добрый день.\n\nВыезд бригады по заявке 71415 планируем на 12.11 к 8:30. Просим обеспечить доступ к колодцам у дома Пашкова (ул. Пролетарская, 10) — "
  "в прошлом году крышки были заварены.",
  rev("plan and request for access only"), parent="root71415")
L("h3", D(12, 8, 15), "tech", R("71415"), "ВЫДВИНУЛИСЬ НА ЛИТ КВАРТАЛ",
  dec("71415", [], WAY, "caps; on the way, no positions"), parent="root71415")
L("h4", D(12, 10, 50), "pm", R("71415"),
  "Апдейт: мы на локации, работаем по 1-му, 2-му и 3-му фонтанам параллельно. По 4-му вопрос с задвижкой, отпишусь.",
  dec("71415", ["1", "2", "3"], SITE, "on site at 1,2,3; 4 is an open question"), parent="h1")
L("h5", D(12, 16, 5), "senior", RE("71415"),
  "Ирина Сергеевна, добрый день.\n\nПо заявке № 71415: позиции 1, 2 и 3 выполнены, бригада убыла с объекта в 15:50.\n"
  "По позиции 4 обнаружена неисправность запорной арматуры (задвижка Ду100 30ч6бр, течь по штоку) — без замены законсервировать фонтан невозможно. "
  "Замену выполним после поставки задвижки, ориентировочно 17–18.11.",
  dec("71415", ["1", "2", "3"], LEFT, "1-3 done and left; 4 postponed (plan)"), parent="h2")
L("h7", D(18, 13, 40), "senior", RE("71415"),
  "Ирина Сергеевна, добрый день.\n\nПо заявке № 71415 п. 4: задвижка заменена, фонтан законсервирован.\nПрибытие бригады — 9:10, убытие — 13:20.",
  dec("71415", ["4"], LEFT, "arrival and departure both reported; latest is departure"), parent="h5", cte="b64")
L("h6", D(18, 14, 10), "pm", R("71415"),
  "Ирина, по 71415 ещё позиция 5 (питьевой фонтанчик у входа) — тоже законсервировали попутно, done 💧",
  rev("position 5 does not exist in request 71415"), parent="h1")

# ---- 71577 Парк Энергетиков
L("i1", D(11, 9, 50), "pm", "Re: " + ROOTS["71577"][0], "👍 берём",
  dec("71577", [], ACC, "one-word acceptance"), parent="root71577", sig=False)
L("i2", D(13, 7, 50), "tech", "Re: " + ROOTS["71577"][0], "Едем на Энергетиков, на насосную (п1)",
  dec("71577", ["1"], WAY, "'едем на' = travelling to the pump station, п1"), parent="root71577")
L("i4", D(13, 12, 30), "tech", "Re: " + ROOTS["71577"][0], "НС подпитки: насос сняли, с насосной уехали. Зоны 2 3 завтра",
  dec("71577", ["1"], LEFT, "'уехали с насосной' = left from position 1; zones 2/3 planned"), parent="i2")
L("i5", D(14, 9, 10), "pm", "71577 поз 2, 3 — на месте",
  "Ирина, доброе! Мы на Энергетиков, зоны 2 и 3 — на локации с 9:00, сливаем.",
  dec("71577", ["2", "3"], SITE, "positions in subject and body"), cc=["tech"])
L("i6", D(14, 15, 0), "tech", "Re: 71577 поз 2, 3 — на месте", "Всё, закончили, отчалили",
  dec("71577", ["2", "3"], LEFT, "Re: subject still says 'на месте' but body reports finished and gone"), parent="i5", cc=["pm"])

# ---- 72040 Октябрьская площадь
L("j1", D(12, 11, 30), "senior", RE("72040"),
  "Добрый день.\n\nЗаявку 72040 к исполнению приняли. Работы проведём в понедельник, 16 ноября.",
  dec("72040", [], ACC, "accepted; Monday is a plan"), parent="root72040")
L("j3", D(16, 8, 0), "pm", R("72040"),
  "Доброе утро! Ок, выдвигаемся на Октябрьскую пл., 1 (72040) — П1 + П2 одной бригадой, ETA ~8:40",
  dec("72040", ["1", "2"], WAY, "number in brackets after an address; 'пл., 1' is the house number"), parent="root72040")
L("j5", D(16, 8, 50), "tech", "72040 (2)", "На насосной. Начали",
  dec("72040", ["2"], SITE, "position in brackets in subject"))
L("j6", D(16, 14, 0), "senior", "RE: Заявка №72040 Октябрьская пл., уточнение по пломбам",
  "Ирина Сергеевна, добрый день.\n\nСообщаю, что по заявке 72040 работы по позициям 1 и 2 выполнены в полном объёме, бригада убыла в 13:45. "
  "Задвижка на вводе опломбирована, номер пломбы 4471902.",
  dec("72040", ["1", "2"], LEFT, "both positions done, crew left; seal number is not a request"), parent="d72040seal")

# ---- 72118 Дендропарк Первомайская
L("k1", D(16, 9, 20), "pm", "Re: Заявки 72118, 72261",
  "Ирина, привет! Обе заявки видим — 72118 (Дендропарк на Первомайской) и 72261 (фонтан на Первой пятилетке), приняли 👌 "
  "бригады засетапим на вторник-среду, детали скину отдельно.",
  rev("two requests in one letter"))
L("k2", D(17, 8, 20), "senior", RE("72118"),
  "Доброе утро.\n\nПо заявке 72118: выезд бригады на объект — 08:10.",
  dec("72118", [], WAY, "noun 'выезд' with time"), parent="root72118")
L("k4", D(17, 13, 40), "tech", "72118 зоны 1,2",
  "1 и 2 всё, уехпли. По 3 — дерево упало на колодец, ждём пока МБУ распилит",
  dec("72118", ["1", "2"], LEFT, "typo 'уехпли'; zone 3 blocked, nothing reported"))
L("k5", D(19, 10, 5), "pm", R("72118"), "Апдейт: дерево убрали 🙌 зона 3 — мы на месте с 9:50",
  dec("72118", ["3"], SITE, "zone 3 on site"), parent="root72118")
L("k6", D(19, 14, 30), "pm", R("72118"), "Зона 3 done. Бригада уехала, по 72118 всё закрыто ✅",
  dec("72118", ["3"], LEFT, "zone 3 done, crew left"), parent="k5")

# ---- 72261 пл. Первой пятилетки
L("l1", D(17, 16, 0), "senior", RE("72261"),
  "Добрый день.\n\nЗаявку № 72261 принимаем. Выезд — 18.11 с утра.",
  dec("72261", [], ACC, "accepted; departure tomorrow is a plan"), parent="root72261")
L("l3", D(18, 9, 15), "pm", "Fwd: Первая пятилетка", "Ирина, пересылаю от Сергея, по 72261 👇",
  dec("72261", [], SITE, "Gmail forward of technician's message: arrived 9:05"), sig=False,
  fwd=dict(**{"from": "Сергей Мальцев <maltsev@akvapark-servis.ru>", "date": "ср, 18 нояб. 2026 г. в 09:07",
              "subject": "Первая пятилетка", "to": "Даниил Кочетков <kochetkov.aquapark@gmail.com>",
              "text": "Даня мы на месте, прибыли 9:05. Чаша полная, сливаем\n\nОтправлено с iPhone"}))
L("l4", D(18, 11, 45), "tech", R("72261"), "С объекта уехали. Фонтан законсервирован",
  dec("72261", [], LEFT, "'с объекта уехали' = left"), parent="root72261")

# ---- 72307 аварийная
L("m1", D(19, 7, 55), "pm", R("72307"), "Видим! Берём, бригада собирается 🏃",
  dec("72307", [], ACC, "accepted; crew only getting ready"), parent="root72307", sig=False)
L("m2", D(19, 9, 5), "tech", "Fwd: Маяковка насосная", "",
  dec("72307", [], SITE, "iPhone forward of own message to PM: on site, replacing gasket"),
  fwd_self=dict(**{"from": "Сергей Мальцев <maltsev@akvapark-servis.ru>", "date": "19 ноября 2026 г. в 8:58:37 GMT+5",
                   "to": "Даниил Кочетков <kochetkov.aquapark@gmail.com>", "subject": "Маяковка насосная",
                   "text": "72307 на месте. Течь на фланце после задвижки, меняем прокладку"}))
L("m3", D(19, 13, 0), "senior", RE("72307"),
  "Ирина Сергеевна, добрый день.\n\nТечь устранена: заменена паронитовая прокладка фланцевого соединения Ду80, выполнена опрессовка давлением 6 кгс/см². "
  "Утечек нет. Бригада убыла с объекта в 12:35.",
  dec("72307", [], LEFT, "leak fixed, crew left"), parent="root72307")

# ---- other review
L("n2", D(17, 11, 0), "pm", "апдейт по заявке 72611", "Ирина, по 72611 (сквер на Широкой речке) — done, бригада уехала 👋",
  rev("72611 is not in the registry"))
L("n4", D(20, 10, 30), "office", "Счёт по заявке 71014",
  "", rev("invoice/act for a request, no status reported"), html_only=True,
  html=("Добрый день!<br><br>Направляем счёт <b>№ 2598 от 20.11.2026</b> и акт выполненных работ по заявке 71014 "
        "(консервация фонтанов ЦПКиО) на сумму 184&nbsp;600,00 руб., в т.ч. НДС.<br>"
        "Основание: договор № 45-ОЗ/2026 от 15.04.2026.<br>Просим подписать акт и вернуть один экземпляр.<br>"
        "<i>Оригиналы отправим курьером.</i>"))

LABELS = {}
MACHINE = []  # (key, dt, raw bytes builder, label)


# --------------------------------------------------------------------------- machine letters (raw)
def raw_calendar_gmail():
    dt = D(7, 10, 12)
    title = "Приёмка консервации фонтана, Дендропарк (заявка 71288)"
    subj = f"Приглашение принято: {title} @ пн 9 нояб. 2026 14:00 - 15:00 (YEKT) (dispatch@zakazchik-omis.ru)"
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
           "METHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20261109T090000Z\r\nDTEND:20261109T100000Z\r\n"
           f"DTSTAMP:{dt.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}\r\n"
           "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n"
           "UID:7F3A2C11-0B5D-4E8A-9C21-71288ZAKAZ@zakazchik-omis.ru\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Даниил\r\n Кочетков;X-NUM-GUESTS=0:mailto:kochetkov.aquapark@gmail.com\r\n"
           f"SUMMARY:{title}\r\nLOCATION:Дендропарк\\, ул. 8 Марта\\, 37\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    txt = (f"Даниил Кочетков принял(а) это приглашение.\n\n{title}\nпонедельник, 9 ноября 2026 г.⋅14:00–15:00\n"
           "Екатеринбург\nДендропарк, ул. 8 Марта, 37\n\nОрганизатор\nDispatch@zakazchik-omis.ru\n\n"
           "Приглашение из Google Календаря: https://calendar.google.com/calendar/\n\n"
           "Вы получили это письмо, так как являетесь организатором мероприятия.")
    alt = MIMEMultipart("alternative", boundary="0000000000" + rnd(18, "0123456789abcdef"))
    alt.attach(text_part(txt, "plain", "utf-8", "qp"))
    alt.attach(text_part(f"<span itemscope itemtype=\"http://schema.org/InformAction\"></span><div>{esc(txt)}</div>", "html", "utf-8", "qp"))
    cal = text_part(ics, "calendar", "utf-8", "b64")
    cal.set_param("method", "REPLY")
    alt.attach(cal)
    msg = MIMEMultipart("mixed", boundary="0000000000" + rnd(18, "0123456789abcdef"))
    msg.attach(alt)
    att = MIMEBase("application", "ics", name="invite.ics")
    att.set_payload(base64.b64encode(ics.encode()).decode())
    att["Content-Transfer-Encoding"] = "base64"
    att.add_header("Content-Disposition", "attachment", filename="invite.ics")
    msg.attach(att)
    msg["Reply-To"] = "Даниил Кочетков <kochetkov.aquapark@gmail.com>"
    msg["Sender"] = "Google Calendar <calendar-notification@google.com>"
    base_headers(msg, "pm", dt, subj, "utf-8", mid("gmail", dt))
    return dt, msg, ign("Gmail calendar reply (accepted) generated by the client; mentions 71288 only in the event title")


def raw_calendar_outlook():
    dt = D(12, 11, 47)
    title = "Совещание по зимней консервации фонтанов (72040, Октябрьская пл.)"
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Берсенев Виктор Павлович:MAILTO:bersenev@akvapark-servis.ru\r\n"
           f"SUMMARY;LANGUAGE=ru-RU:Принято: {title}\r\nDTSTART;TZID=Ekaterinburg Standard Time:20261113T100000\r\n"
           "DTEND;TZID=Ekaterinburg Standard Time:20261113T110000\r\nUID:040000008200E00074C5B7101A82E00800000000C0A1B2\r\n"
           f"DTSTAMP:{dt.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}\r\nLOCATION;LANGUAGE=ru-RU:Октябрьская пл.\\, 1\\, каб. 305\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    alt = MIMEMultipart("alternative", boundary="_000_" + rnd(30, "0123456789ABCDEF") + "_")
    alt.attach(text_part("\n", "plain", "windows-1251", "qp"))
    cal = text_part(ics, "calendar", "utf-8", "b64")
    cal.set_param("method", "REPLY")
    alt.attach(cal)
    alt["X-Mailer"] = "Microsoft Outlook 16.0"
    alt["Content-Class"] = "urn:content-classes:calendarmessage"
    base_headers(alt, "senior", dt, "Принято: " + title, "windows-1251", mid("outlook", dt))
    return dt, alt, ign("Outlook meeting response (accepted), text/calendar METHOD:REPLY")


def raw_ooo_senior():
    dt = D(13, 8, 5)
    body = ("Здравствуйте!\n\nС 13 по 15 ноября 2026 г. нахожусь в командировке, доступ к почте ограничен.\n"
            "По срочным вопросам, в том числе по текущим заявкам, обращайтесь к руководителю проектов Кочеткову Даниилу, "
            "тел. +7 912 604-18-37.\n\nС уважением,\nБерсенев В.П.")
    msg = text_part(body, "plain", "windows-1251", "qp")
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-MS-Exchange-Inbox-Rules-Loop"] = "bersenev@akvapark-servis.ru"
    base_headers(msg, "senior", dt, "Автоматический ответ: " + MSG["d71577acc"]["subject"], "windows-1251",
                 mid("outlook", dt), parent="d71577acc")
    return dt, msg, ign("Outlook out-of-office auto-reply")


def raw_office_auto():
    dt = D(14, 9, 41)
    body = ("Здравствуйте!\n\nВаше письмо получено. Офис ООО «АкваПарк-Сервис» работает пн–пт с 9:00 до 18:00 (время екатеринбургское).\n"
            "Письмо будет обработано в ближайший рабочий день.\nАварийная служба: +7 (343) 287-15-61 (круглосуточно).\n\n"
            "Это письмо сформировано автоматически, отвечать на него не нужно.")
    msg = text_part(body, "plain", "koi8-r", "8bit")
    msg["Auto-Submitted"] = "auto-replied"
    msg["Precedence"] = "auto_reply"
    msg["X-Autoreply"] = "yes"
    base_headers(msg, "office", dt, "Автоответ: " + MSG["d71577sat"]["subject"], "koi8-r", mid("bat", dt), parent="d71577sat")
    return dt, msg, ign("server auto-reply of the office mailbox (weekend); subject repeats 'на месте'")


def raw_vacation_tech2():
    dt = D(20, 9, 12, 40)
    body = ("Добрый день!\n\nЯ в отпуске с 20.11 по 04.12.2026. По вопросам заявок пишите Кочеткову Даниилу "
            "(kochetkov.aquapark@gmail.com) или звоните в офис +7 (343) 287-15-60.\n\nАртём Шайхутдинов")
    msg = text_part(body, "plain", "utf-8", "b64")
    msg["Auto-Submitted"] = "auto-replied (vacation)"
    msg["Precedence"] = "bulk"
    base_headers(msg, "tech2", dt, "Отпуск: " + MSG["d71206act"]["subject"], "utf-8", mid("machine", dt), parent="d71206act")
    return dt, msg, ign("vacation auto-reply")


def raw_bounce():
    dt = D(9, 10, 11, 52)
    orig = MSG["d71150photo"]
    om = text_part(orig["plain"], "plain", "utf-8", "b64")
    om["From"] = formataddr(DISPATCH, "utf-8")
    om["To"] = "s.maltsev@akvapark-servis.ru"
    om["Subject"] = Header(orig["subject"], "utf-8")
    om["Date"] = format_datetime(orig["dt"])
    om["Message-ID"] = orig["msgid"]
    qid = rnd(10, "0123456789ABCDEF")
    notice = ("This is the mail system at host mx.akvapark-servis.ru.\n\n"
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "                   The mail system\n\n"
              "<s.maltsev@akvapark-servis.ru>: user unknown. Command output: mailbox not found\n")
    ds = (f"Reporting-MTA: dns; mx.akvapark-servis.ru\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru\n"
          f"Arrival-Date: {format_datetime(orig['dt'])}\n\nFinal-Recipient: rfc822; s.maltsev@akvapark-servis.ru\n"
          "Original-Recipient: rfc822;s.maltsev@akvapark-servis.ru\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: x-unix; mailbox not found\n")
    b = "BOUNDARY" + qid
    raw = (f"Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@akvapark-servis.ru>\nTo: dispatch@zakazchik-omis.ru\n"
           f"Subject: Undelivered Mail Returned to Sender\nDate: {format_datetime(dt)}\nMessage-ID: {mid('machine', dt)}\n"
           f"Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n\n"
           f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{notice}\n"
           f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{ds}\n"
           f"--{b}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n").encode() + om.as_bytes() + f"\n--{b}--\n".encode()
    return dt, raw, ign("bounce (delivery failure) for the dispatcher's message about 71150")


def raw_read_receipt():
    dt = D(16, 8, 10, 21)
    orig = MSG["d72040seal"]
    txt = (f"Ваше сообщение\n\n  Кому: Берсенев Виктор Павлович\n  Тема: {orig['subject']}\n"
           f"  Отправлено: {outlook_attr(orig['dt'])}\n\nбыло прочитано {outlook_attr(dt)}.")
    b = "----=_NextPart_000_0011_01DB" + rnd(4, "0123456789ABCDEF") + "." + rnd(8, "0123456789ABCDEF")
    part = text_part(txt, "plain", "windows-1251", "b64")
    mdn = ("Reporting-UA: bersenev-pc; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;bersenev@akvapark-servis.ru\n"
           f"Original-Message-ID: {orig['msgid']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    subj = Header("Прочитано: " + orig["subject"], "windows-1251").encode()
    frm = formataddr(P["senior"], "windows-1251")
    raw = (f"From: {frm}\nTo: dispatch@zakazchik-omis.ru\nSubject: {subj}\nDate: {format_datetime(dt)}\n"
           f"Message-ID: {mid('outlook', dt)}\nMIME-Version: 1.0\nX-Mailer: Microsoft Outlook 16.0\n"
           f"Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"{b}\"\n\n"
           f"This is a multi-part message in MIME format.\n\n--{b}\n").encode() + part.as_bytes() + (
        f"\n\n--{b}\nContent-Type: message/disposition-notification\n\n{mdn}\n--{b}--\n").encode()
    return dt, raw, ign("read receipt (MDN) for the dispatcher's message about 72040")


def raw_newsletter():
    dt = D(12, 12, 0, 0)
    htm = ("<html><body style=\"font-family:Arial\"><h2>Фонтан зимой: 5 ошибок консервации 💧❄️</h2>"
           "<p>Уважаемые партнёры! Сезон консервации в разгаре: за октябрь–ноябрь наши бригады подготовили к зиме более 40 фонтанов и 120 зон полива "
           "в Екатеринбурге и Верхней Пышме.</p><ol><li>Не слита вода из коллекторов</li><li>Насосы оставлены в чаше</li>"
           "<li>Нет продувки форсунок</li><li>Не закрыты щитами чаши</li><li>Не опломбирован ввод</li></ol>"
           "<p>Скидка 10% на весеннюю расконсервацию при заключении договора до 31.12.2026.</p>"
           "<p style=\"font-size:11px;color:#888\">Вы получили это письмо, так как подписаны на новости ООО «АкваПарк-Сервис». "
           "<a href=\"https://akvapark-servis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\">Отписаться</a></p></body></html>")
    txt = ("Фонтан зимой: 5 ошибок консервации\n\nСезон консервации в разгаре: за октябрь–ноябрь наши бригады подготовили к зиме более 40 фонтанов "
           "и 120 зон полива.\nСкидка 10% на весеннюю расконсервацию при заключении договора до 31.12.2026.\n\n"
           "Отписаться: https://akvapark-servis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru")
    alt = MIMEMultipart("alternative", boundary="==news==" + rnd(16, "0123456789abcdef"))
    alt.attach(text_part(txt, "plain", "utf-8", "b64"))
    alt.attach(text_part(htm, "html", "utf-8", "b64"))
    alt["Precedence"] = "bulk"
    alt["List-Id"] = "<news.akvapark-servis.ru>"
    alt["List-Unsubscribe"] = "<https://akvapark-servis.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>, <mailto:unsubscribe@akvapark-servis.ru>"
    alt["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    alt["X-Mailer"] = "Sendsay"
    base_headers(alt, "news", dt, "Фонтан зимой: 5 ошибок консервации ❄️", "utf-8", mid("machine", dt))
    return dt, alt, ign("bulk newsletter of the contractor (List-Unsubscribe, Precedence: bulk)")


MACHINE_FUNCS = [raw_calendar_gmail, raw_calendar_outlook, raw_ooo_senior, raw_office_auto, raw_vacation_tech2,
                 raw_bounce, raw_read_receipt, raw_newsletter]


# --------------------------------------------------------------------------- assemble
def main():
    os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "letters")):
        os.remove(os.path.join(OUT, "letters", f))
    items = []  # (dt, key, bytes, label)
    # human letters must be built in an order where parents exist: sort by date
    for s in sorted(LETTERS, key=lambda x: x["dt"]):
        client = WHO_CLIENT[s["who"]]
        msg, full_plain, htm = BUILDERS[client](s)
        msgid = mid(MIDKIND[client], s["dt"])
        base_headers(msg, s["who"], s["dt"], s["subject"], CHARSET[client], msgid, parent=s.get("parent"), cc=s.get("cc"))
        refs = []
        if s.get("parent"):
            refs = MSG[s["parent"]]["refs"] + [MSG[s["parent"]]["msgid"]]
        MSG[s["key"]] = dict(name=P[s["who"]][0], addr=P[s["who"]][1], to_name=DISPATCH[0], dt=s["dt"],
                             subject=s["subject"], plain=full_plain, html=htm, msgid=msgid, refs=refs)
        items.append((s["dt"], s["key"], reorder(msg).as_bytes(), s["label"]))
    for fn in MACHINE_FUNCS:
        dt, m, label = fn()
        raw = m if isinstance(m, bytes) else reorder(m).as_bytes()
        items.append((dt, fn.__name__, raw, label))
    items.sort(key=lambda x: x[0])
    labels = {}
    for i, (dt, key, raw, label) in enumerate(items, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(OUT, "letters", name), "wb") as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    reg = {"contractor": {"name": "ООО «АкваПарк-Сервис»",
                          "emails": [P[k][1] for k in ("pm", "tech", "tech2", "senior", "office", "news", "daemon")],
                          "domains": ["akvapark-servis.ru"]},
           "requests": [{"number": n, "positions": pos, "registered_at": dt.isoformat(), "comment": c}
                        for n, pos, dt, c in REGISTRY]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    print(len(items), "letters")


if __name__ == "__main__":
    main()
