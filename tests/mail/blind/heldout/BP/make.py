#!/usr/bin/env python3
"""Generator of test letters for persona BP: ЧОП «Рубеж-Охрана» (Воронеж).

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Letters are sorted by Date and numbered 001.. in that order.
"""
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone

from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
RNG = random.Random(20261111)
TZ = timezone(timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ----------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО ЧОП «Рубеж-Охрана»",
        "emails": [
            "pcn@rubezh-ohrana.ru",
            "a.sokolov@rubezh-ohrana.ru",
            "kravtsov@rubezh-ohrana.ru",
            "stupin@rubezh-ohrana.ru",
            "melnikov.rubezh@mail.ru",
            "noreply-pcn@rubezh-ohrana.ru",
            "info@rubezh-ohrana.ru",
            "news@rubezh-ohrana.ru",
            "MAILER-DAEMON@rubezh-ohrana.ru",
        ],
        "domains": ["rubezh-ohrana.ru"],
    },
    "requests": [
        {"number": "96104", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "МБОУ СОШ №12, ул. Ленинградская, 118: 1 — ОПС корпус А (ложные срабатывания); 2 — СОТ периметр (3 из 8 камер не пишут); 3 — КТС поста охраны (задержка сигнала)"},
        {"number": "96117", "positions": ["1", "2"], "registered_at": "2026-11-03T10:20:00+03:00",
         "comment": "БУЗ ВО «ГП №3», ул. Кольцовская, 46: 1 — СКУД центрального входа; 2 — видеорегистратор регистратуры"},
        {"number": "96125", "positions": ["1"], "registered_at": "2026-11-04T09:50:00+03:00",
         "comment": "МБОУ Гимназия №9: 1 — замена ППК «Сигнал-20П» в щитовой"},
        {"number": "96132", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T11:20:00+03:00",
         "comment": "БУЗ ВО «Детская поликлиника №6»: 1 — СОТ 1 этаж; 2 — СОТ 2 этаж; 3 — СОТ 3 этаж; 4 — видеорегистратор в серверной"},
        {"number": "96140", "positions": ["1", "2"], "registered_at": "2026-11-06T12:00:00+03:00",
         "comment": "МБОУ СОШ №58: 1 — КТС на вахте (самопроизвольные срабатывания); 2 — калитка, СКУД/электромагнитный замок"},
        {"number": "96158", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "МБОУ Лицей №2: 1 — ОПС; 2 — СОТ; 3 — СОУЭ (речевое оповещение)"},
        {"number": "96163", "positions": ["1"], "registered_at": "2026-11-10T10:00:00+03:00",
         "comment": "ГБУЗ ВО «Стоматологическая поликлиника №1», ул. Плехановская, 44: 1 — видеодомофон и СКУД входной группы"},
        {"number": "96171", "positions": ["1", "2"], "registered_at": "2026-11-11T13:00:00+03:00",
         "comment": "МБОУ СОШ №27: 1 — ОПС спортзала; 2 — СОТ двора (регистратор)"},
        {"number": "96186", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T09:10:00+03:00",
         "comment": "ООО «Клиника Медэксперт», Московский пр-т, 97: 1 — ОПС; 2 — СОТ; 3 — КТС"},
        {"number": "96193", "positions": ["1", "2"], "registered_at": "2026-11-16T08:30:00+03:00",
         "comment": "МБОУ СОШ №101: 1 — СКУД, турникеты PERCo; 2 — СОТ (видеорегистратор)"},
        {"number": "96207", "positions": ["1"], "registered_at": "2026-11-18T10:00:00+03:00",
         "comment": "БУЗ ВО «ГП №10», ул. Урицкого, 77: 1 — СОТ регистратуры"},
        {"number": "96215", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-20T09:00:00+03:00",
         "comment": "Кадетская школа: 1 — ОПС корпус 1; 2 — ОПС корпус 2; 3 — СОТ; 4 — КТС поста охраны"},
        {"number": "96228", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "МБОУ СОШ №90: 1 — ОПС запасного выхода; 2 — СОТ столовой"},
    ],
}

# ----------------------------------------------------------------- senders
S = {
    "pcn": dict(name="Оперативный дежурный ПЦН", addr="pcn@rubezh-ohrana.ru", charset="windows-1251",
                hdr={"X-Mailer": "The Bat! (v9.4.5) Professional"}),
    "pcn2": dict(name="ОД ПЦН Рубеж-Охрана", addr="pcn@rubezh-ohrana.ru", charset="koi8-r",
                 hdr={"User-Agent": "Claws Mail 3.17.8 (GTK+ 2.24.33; x86_64-pc-linux-gnu)"}),
    "dir": dict(name="Соколов Андрей Викторович", addr="a.sokolov@rubezh-ohrana.ru", charset="windows-1251",
                hdr={"X-Mailer": "Microsoft Outlook 16.0", "Content-Language": "ru"}),
    "krav": dict(name="Денис Кравцов", addr="kravtsov@rubezh-ohrana.ru", charset="utf-8",
                 hdr={"X-Mailer": "iPhone Mail (21G93)"}),
    "stup": dict(name="Ступин О.", addr="stupin@rubezh-ohrana.ru", charset="utf-8",
                 hdr={"User-Agent": "K-9 Mail for Android"}),
    "meln": dict(name="Игорь Мельников", addr="melnikov.rubezh@mail.ru", charset="utf-8",
                 hdr={"X-Mailer": "Mail.ru Mailer 1.0", "X-Mras": "Ok"}),
    "mon": dict(name="АРМ ПЦН Страж-Мониторинг", addr="noreply-pcn@rubezh-ohrana.ru", charset="koi8-r",
                hdr={"X-Mailer": "Strazh-Monitoring 4.2 notifier", "Auto-Submitted": "auto-generated",
                     "Precedence": "bulk"}),
    "info": dict(name="ЧОП «Рубеж-Охрана»", addr="info@rubezh-ohrana.ru", charset="utf-8", hdr={}),
    "news": dict(name="Рубеж-Охрана", addr="news@rubezh-ohrana.ru", charset="utf-8", hdr={}),
    "daemon": dict(name="Mail Delivery System", addr="MAILER-DAEMON@rubezh-ohrana.ru", charset="us-ascii", hdr={}),
}

IPHONE = "\n\nОтправлено с iPhone"
MAILRU = "\n\n--\nОтправлено из мобильной Почты Mail.ru"
K9 = "\n\n--\nОтправлено из K-9 Mail"

DIR_SIG = """С уважением,
Соколов Андрей Викторович
технический директор
ООО ЧОП «Рубеж-Охрана»
394030, г. Воронеж, ул. 9 Января, д. 180, оф. 12
тел. +7 (473) 261-40-85, доб. 104, моб. +7 (903) 650-19-33"""

DIR_SIG_INN = DIR_SIG + "\nИНН 3662145870 / КПП 366201001"


def dt(day, hh, mm, ss=None):
    return datetime(2026, 11, day, hh, mm, ss if ss is not None else RNG.randint(0, 59), tzinfo=TZ)


def ru_date(d):
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря"]
    return f"{d.day} {months[d.month - 1]} {d.year} г. {d.hour}:{d.minute:02d}"


def outlook_quote(sent, to, subject, body, frm=DISPATCH):
    return (f"\n\nОт: {frm[0]} <{frm[1]}>\nОтправлено: {ru_date(sent)}\n"
            f"Кому: {to}\nТема: {subject}\n\n{body}")


def gt_quote(sent, body, who=DISPATCH):
    days = ["нояб."]
    head = f"> {sent.day} {days[0]} {sent.year} г., в {sent.hour:02d}:{sent.minute:02d}, {who[0]} <{who[1]}> написал(а):\n> \n"
    return head + "\n".join("> " + l if l else ">" for l in body.split("\n"))


def msgid(domain, when):
    return f"<{when:%Y%m%d%H%M%S}.{RNG.getrandbits(48):012x}@{domain}>"


# ----------------------------------------------------------------- MIME helpers
KOI_FIX = str.maketrans({"№": "N", "«": '"', "»": '"', "—": "-", "–": "-"})


def koi_safe(text, charset):
    """KOI8-R has no №, guillemets or dashes: a KOI8 user types N, straight quotes and hyphens."""
    return text.translate(KOI_FIX) if charset.lower() == "koi8-r" else text


def textpart(text, subtype="plain", charset="utf-8", cte="base64"):
    text = koi_safe(text, charset)
    p = MIMENonMultipart("text", subtype, charset=charset)
    del p["MIME-Version"]
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def outlook_html(text, charset, table_html=None):
    lines = []
    for l in text.split("\n"):
        if l == "@@TABLE@@" and table_html:
            lines.append(table_html)
        elif l.strip():
            lines.append(f'<p class=MsoNormal>{html.escape(l)}<o:p></o:p></p>')
        else:
            lines.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
            f'<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            f'<style><!--p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}'
            f'--></style></head>\n<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
            + "\n".join(lines) + "\n</div></body></html>")


def add_headers(m, sender, to, subject, date, mid, extra=None, subj_charset=None):
    s = S[sender]
    cs = subj_charset or (s["charset"] if s["charset"] != "us-ascii" else "utf-8")
    m["From"] = formataddr((koi_safe(s["name"], cs), s["addr"]), charset=cs)
    m["To"] = to
    subject = koi_safe(subject, cs)
    m["Subject"] = Header(subject, cs) if any(ord(c) > 127 for c in subject) else subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    for k, v in s["hdr"].items():
        m[k] = v
    for k, v in (extra or {}).items():
        m[k] = v
    reorder_mime(m)


def reorder_mime(m):
    """Put MIME headers after the envelope headers, as mail clients do."""
    mime = [(k, v) for k, v in m._headers if k.lower() in ("content-type", "content-transfer-encoding", "mime-version")]
    m._headers = [(k, v) for k, v in m._headers if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version")]
    m._headers.append(("MIME-Version", "1.0"))
    m._headers.extend((k, v) for k, v in mime if k.lower() != "mime-version")


LETTERS = []


def letter(label, sender, date, subject, body=None, kind="plain", cte=None, charset=None, html_body=None,
           table_html=None, extra=None, reply_to_id=None, to=None, build=None):
    """Register a letter. kind: plain | alt | html | custom (build is a callable returning a Message)."""
    LETTERS.append(dict(label=label, sender=sender, date=date, subject=subject, body=body, kind=kind, cte=cte,
                        charset=charset, html_body=html_body, table_html=table_html, extra=extra or {},
                        reply_to_id=reply_to_id, to=to, build=build))


def build_letter(L):
    s = S[L["sender"]]
    cs = L["charset"] or s["charset"]
    cte = L["cte"] or ("quoted-printable" if L["sender"] == "dir" else "base64")
    domain = s["addr"].split("@")[1]
    mid = msgid(domain, L["date"])
    to = L["to"] or formataddr(DISPATCH, charset="utf-8")
    extra = dict(L["extra"])
    if L["reply_to_id"]:
        extra["In-Reply-To"] = L["reply_to_id"]
        extra["References"] = L["reply_to_id"]
    if L["sender"] == "dir":
        extra.setdefault("Thread-Topic", Header(L["subject"].replace("RE: ", "").replace("FW: ", ""), cs))
        extra.setdefault("Thread-Index", base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(22))).decode())
    if L["kind"] == "plain":
        m = textpart(L["body"], "plain", cs, cte)
    elif L["kind"] == "alt":
        m = MIMEMultipart("alternative")
        m.attach(textpart(L["body"], "plain", cs, cte))
        h = L["html_body"] or outlook_html(L["body"], cs, L["table_html"])
        m.attach(textpart(h, "html", cs, cte))
    elif L["kind"] == "html":
        h = L["html_body"] or outlook_html(L["body"], cs, L["table_html"])
        m = textpart(h, "html", cs, cte)
    elif L["kind"] == "custom":
        m = L["build"](L, mid)
    else:
        raise ValueError(L["kind"])
    add_headers(m, L["sender"], to, L["subject"], L["date"], mid, extra,
                subj_charset=(cs if cs != "us-ascii" else None))
    return m


# ======================================================================== LETTERS
D = lambda *a: ("decided",) + a  # noqa: E731

# ---------------------------------------------------------------- 96104 СОШ №12
q96104_sent = dt(2, 8, 44, 12)
q96104_subj = "Заявка 96104 — СОШ №12 (ОПС, СОТ, КТС)"
q96104_body = """Добрый день.
Направляем заявку 96104, МБОУ СОШ №12, ул. Ленинградская, 118:
1 — ОПС корпус А, ложные срабатывания;
2 — СОТ периметр, не пишут 3 камеры из 8;
3 — КТС поста охраны, сигнал проходит с задержкой.
Просим подтвердить принятие.
Диспетчерская ОМИС"""
q96104_id = "<20261102084412.7f3a01@zakazchik-omis.ru>"

letter(dict(expect="decided", request="96104", positions=[], status="заявка принята",
            note="tech director accepts the request; the planned visit tomorrow is extra; quoted request below"),
       "dir", dt(2, 9, 14), "RE: " + q96104_subj, kind="alt", reply_to_id=q96104_id,
       body="""Добрый день!

Заявку № 96104 по МБОУ СОШ №12 приняли в работу. Исполнитель — техник Кравцов Д.С., тел. +7 (915) 584-22-71. Выезд планируем на 03.11 с утра, о прибытии доложит дежурный ПЦН.

Работы выполняются в рамках договора № 31/26-ТО от 12.01.2026.

""" + DIR_SIG + outlook_quote(q96104_sent, "Соколов Андрей Викторович <a.sokolov@rubezh-ohrana.ru>",
                              q96104_subj, q96104_body))

letter(dict(expect="decided", request="96104", positions=[], status="подрядчик в пути",
            note="bare number in subject; 'выехал, буду минут через 40' = on the way"),
       "krav", dt(3, 8, 21), "96104",
       body="Выехал на 12ю школу, буду минут через 40" + IPHONE)

letter(dict(expect="decided", request="96104", positions=["1", "2"], status="подрядчик на месте",
            note="duty officer report: technician (call sign Рубеж-Т1) arrived 09:02, works on поз. 1 и 2; 'пост №1' is a guard post, not a position"),
       "pcn", dt(3, 9, 6), "Доклад: СОШ №12, ул. Ленинградская, 118 (96104)", cte="8bit",
       body="""Доклад.
03.11.2026 09:02 техник Кравцов Д.С. (позывной «Рубеж-Т1») прибыл на объект МБОУ СОШ №12 по заявке 96104.
Приступил к работам по поз. 1 и 2. Пост №1 (вахта) уведомлён, объект с охраны не снимался.

ОД ПЦН Гордеев В.Н.
ООО ЧОП «Рубеж-Охрана», дежурная часть +7 (473) 261-40-80""")

letter(dict(expect="decided", request="96104", positions=["1"], status="подрядчик убыл",
            note="п1 finished; п2 only a plan for tomorrow (needs a power supply) -> only position 1"),
       "krav", dt(3, 13, 42), "96104 п1", cte="quoted-printable",
       body="""Заявка 96104 п1 готово. Прибор заменил (был Гранит-5, поставил Гранит-8), шлейфы прозвонил, на пульт встал, ложняков нет.
По п2 не хватает блока питания 12В 5А, завтра привезу и доделаю. Сейчас уехал на склад""" + IPHONE)

letter(dict(expect="review",
            note="night-shift report: rapid-response team (ГБР) call-outs to alarm events, object numbers 1432/2087 are monitoring IDs; no request, no contractor crew work"),
       "pcn2", dt(4, 7, 32), "Доклад за смену 03.11-04.11", cte="8bit",
       body="""Доклад за дежурную смену с 20:00 03.11 по 08:00 04.11.

1. 23:47 - сработка ОПС, объект пульт. N 1432 (МБОУ СОШ №12, корпус А, каб. 14).
   Выслана ГБР-3 (позывной «Рубеж-31»). ГБР прибыла на объект 23:55.
   Объект осмотрен по периметру совместно с охранником поста №1, следов
   проникновения нет. Убыли 00:20. Причина - ложное срабатывание извещателя.
2. 02:10 - КТС, объект пульт. N 2087 (БУЗ ВО «ГП №3», пост №2).
   ГБР-1 («Рубеж-11») прибыла 02:18, убыли 02:35. Нажатие ошибочное
   (охранник при обходе), происшествий нет.
3. Прочих происшествий нет. Связь с ГБР-1, ГБР-3 устойчивая.

Смену сдал: ОД ПЦН Шматко И.А.
Смену принял: ОД ПЦН Гордеев В.Н.""")

letter(dict(expect="decided", request="96104", positions=["2"], status="подрядчик на месте",
            note="request number only in the quoted Re: subject and quote; new text: on site, continuing the second position"),
       "krav", dt(4, 10, 31), "Re: " + q96104_subj, reply_to_id=q96104_id,
       body="На месте, продолжаю по второй позиции. БП привёз" + IPHONE + "\n\n" + gt_quote(q96104_sent, q96104_body))

letter(dict(expect="decided", request="96104", positions=["2"], status="подрядчик убыл",
            note="завершение работ 15:05, technician left 15:10 for позиция 2; ГБР not involved"),
       "pcn", dt(4, 15, 12), "Доклад по заявке 96104", cte="quoted-printable",
       body="""Доклад.
Заявка 96104, МБОУ СОШ №12, позиция 2 (СОТ периметр).
15:05 - завершение работ: все 8 камер выведены на регистратор, запись идёт, архив проверен.
15:10 - техник Кравцов Д.С. убыл с объекта.
ГБР не привлекалась.

ОД ПЦН Гордеев В.Н.""")

letter(dict(expect="review",
            note="test of the panic button (поз. 3 of 96104): only the ГБР arrived/left; the fault is confirmed and handed to tech dept — no repair status"),
       "pcn", dt(19, 10, 40), "Доклад: проверка КТС СОШ №12", cte="8bit",
       body="""Доклад.
19.11 10:14 - по согласованию с постом №1 проведена контрольная проверка КТС на объекте пульт. № 1432 (МБОУ СОШ №12) - поз. 3 заявки 96104.
Сигнал на ПЦН поступил с задержкой 40 сек.
ГБР-3 прибыла на объект 10:21, убыла 10:30.
Вывод: неисправность подтверждается, требуется ремонт. Передано в техотдел.

ОД ПЦН Гордеев В.Н.""")


def build_fw_attach(L, mid):
    inner_date = dt(20, 11, 8, 30)
    inner = textpart("""Андрей Викторович, на 12й по п.3 кнопку заменил (была КТС-1 с окисленными контактами, поставил новую), проверили с пультом и ГБР - сигнал проходит сразу. Убыл 11:05.""" + IPHONE,
                     "plain", "utf-8", "quoted-printable")
    inner["From"] = formataddr((S["krav"]["name"], S["krav"]["addr"]), charset="utf-8")
    inner["To"] = formataddr(("Соколов Андрей Викторович", "a.sokolov@rubezh-ohrana.ru"), charset="utf-8")
    inner["Subject"] = "96104 п.3"
    inner["Date"] = format_datetime(inner_date)
    inner["Message-ID"] = msgid("rubezh-ohrana.ru", inner_date)
    inner["X-Mailer"] = "iPhone Mail (21G93)"
    reorder_mime(inner)
    m = MIMEMultipart("mixed")
    m.attach(textpart("Добрый день.\n\nПересылаю сообщение техника по КТС на 12-й школе (во вложении).\n\nА.В. Соколов",
                      "plain", "windows-1251", "quoted-printable"))
    att = MIMEMessage(inner)
    del att["MIME-Version"]
    att.add_header("Content-Disposition", "attachment", filename="96104 п.3.eml")
    m.attach(att)
    return m


letter(dict(expect="decided", request="96104", positions=["3"], status="подрядчик убыл",
            note="forward as message/rfc822 attachment: technician replaced the panic button on п.3 and left 11:05"),
       "dir", dt(20, 11, 20), "FW: 96104 п.3", kind="custom", build=build_fw_attach)

# ---------------------------------------------------------------- 96117 ГП №3
q96117_sent = dt(3, 10, 24, 40)
q96117_subj = "Обращение 96117 — ГП №3, СКУД и видеорегистратор"
q96117_body = """Добрый день.
Обращение 96117, БУЗ ВО «ГП №3», ул. Кольцовская, 46.
1 — СКУД центрального входа, контроллер не отвечает;
2 — видеорегистратор регистратуры не включается.
Диспетчерская ОМИС"""
q96117_id = "<20261103102440.11c9e2@zakazchik-omis.ru>"

letter(dict(expect="decided", request="96117", positions=[], status="заявка принята",
            note="accepted into work; the question about who meets the crew is secondary"),
       "dir", dt(3, 11, 2), "RE: " + q96117_subj, kind="alt", charset="utf-8", reply_to_id=q96117_id,
       body="""Добрый день, коллеги.

Обращение 96117 (БУЗ ВО «Воронежская городская поликлиника №3») приняли в работу. Выезд бригады — 05.11, ориентировочно к 09:00.

Просьба подсказать, кто встретит со стороны поликлиники, и ФИО/телефон ответственного: в прошлый раз бригада простояла на входе 40 минут.

""" + DIR_SIG + outlook_quote(q96117_sent, "Соколов Андрей Викторович <a.sokolov@rubezh-ohrana.ru>",
                              q96117_subj, q96117_body))

letter(dict(expect="decided", request="96117", positions=[], status="подрядчик в пути",
            note="'Едем ... будем к 9' = on the way"),
       "meln", dt(5, 8, 5), "Заявка 96117",
       body="Поликлиника 3, по заявке 96117. Едем вдвоём со Ступиным, пробка на Остужева, будем к 9.\nМельников" + MAILRU)

letter(dict(expect="decided", request="96117", positions=["1", "2"], status="подрядчик на месте",
            note="crew arrived 09:04; П1 and П2 started"),
       "pcn", dt(5, 9, 10), "Доклад 05.11 - ГП №3", cte="8bit",
       body="""Доклад.
09:04 бригада техников (Мельников И.П., Ступин О.В.) прибыла на объект ГП №3, ул. Кольцовская, 46 (заявка 96117).
Работы по П1 (СКУД центрального входа) и П2 (видеорегистратор регистратуры) начаты.

ОД ПЦН Гордеев В.Н.""")

fw_inner_date = dt(5, 12, 14, 5)
letter(dict(expect="decided", request="96117", positions=["1"], status="подрядчик убыл",
            note="Outlook inline forward of crew report: П1 closed, left 12:10; П2 only a plan (warranty replacement next week)"),
       "dir", dt(5, 12, 35), "FW: 96117 отчёт", kind="alt",
       body="""Пересылаю отчёт бригады по поликлинике №3.

А.В. Соколов

От: Мельников Игорь <melnikov.rubezh@mail.ru>
Отправлено: """ + ru_date(fw_inner_date) + """
Кому: Соколов Андрей Викторович <a.sokolov@rubezh-ohrana.ru>
Тема: 96117 отчёт

Андрей Викторович, по 96117:
П1 — контроллер СКУД на центральном входе заменили (сгорел после скачка, поставили новый Sigur E510), карты перепрописали, проход работает. П1 закрыт.
П2 — регистратор мёртвый, диск живой. Нужно менять по гарантии, привезём на следующей неделе.
Убыли с объекта 12:10.
Мельников""")

letter(dict(expect="decided", request="96117", positions=["2"], status="подрядчик убыл",
            note="subject '96117-2' carries request and position; recorder installed, 'Ушел'; model/serial are not numbers to use"),
       "krav", dt(12, 11, 50), "96117-2",
       body="Регистратор установил (Hikvision DS-7608NI-K2, сер. номер в акте), архив настроил на 30 суток, старшая медсестра проверила. Ушел" + IPHONE)

# ---------------------------------------------------------------- 96125 Гимназия №9
letter(dict(expect="decided", request="96125", positions=[], status="заявка принята",
            note="duty officer registered acceptance 10:12 and passed to tech dept"),
       "pcn", dt(4, 10, 15), "Заявка 96125 - принята", cte="8bit",
       body="""Заявка 96125 (МБОУ Гимназия №9, замена ППК «Сигнал-20П» в щитовой) принята к исполнению дежурным ПЦН в 10:12, передана в техотдел.
Исполнитель - техник Ступин О.В.

ОД ПЦН Гордеев В.Н.""")

letter(dict(expect="decided", request="96125", positions=[], status="подрядчик убыл",
            note="panel replaced, object handed to guard 13:45, left 13:50; seal number and model are distractors"),
       "stup", dt(6, 14, 2), "Гимназия 9", cte="quoted-printable",
       body="""Заявка 96125. Сигнал-20П поменял, старый забрал на диагностику. Шлейфы 1-12 в норме, корпус опломбирован (пломба № 0048213), на пульт встало, объект сдал под охрану 13:45. Убыл 13:50.
Ступин""" + K9)

# ---------------------------------------------------------------- 96132 ДП №6
q96132_sent = dt(5, 11, 26, 3)
q96132_subj = "Заявка 96132 Детская поликлиника №6 — видеонаблюдение"
q96132_body = """Направляем заявку 96132, БУЗ ВО «Детская поликлиника №6», ул. Героев Сибиряков, 67.
1 — СОТ 1 этаж; 2 — СОТ 2 этаж; 3 — СОТ 3 этаж; 4 — видеорегистратор в серверной.
Диспетчерская ОМИС"""
letter(dict(expect="decided", request="96132", positions=[], status="заявка принята",
            note="'Заявка № 96132 принята'; mention of поз. 4 is about access, not a status"),
       "dir", dt(5, 13, 0), "RE: " + q96132_subj, kind="alt",
       reply_to_id="<20261105112603.5d01aa@zakazchik-omis.ru>",
       body="""Добрый день!

Заявка № 96132 принята. Бригаду направим 06.11 к 10:00, состав — Кравцов Д.С., Мельников И.П.
Просим обеспечить доступ в серверную (поз. 4) — ключ у заведующего хозяйством.

""" + DIR_SIG + outlook_quote(q96132_sent, "Соколов Андрей Викторович <a.sokolov@rubezh-ohrana.ru>",
                              q96132_subj, q96132_body))

letter(dict(expect="decided", request="96132", positions=[], status="подрядчик в пути",
            note="'Наряд 96132' in subject; 'В пути'; car plate Х 417 ОР 36 is a distractor"),
       "krav", dt(6, 9, 25), "Наряд 96132",
       body="В пути на 6ю детскую. Машина для пропуска на территорию — Лада Ларгус белая, Х 417 ОР 36. Будем около 10" + IPHONE)

letter(dict(expect="decided", request="96132", positions=["1", "2"], status="подрядчик на месте",
            note="прибытие техгруппы 10:02 (noun form); work started on поз. 1 and 2"),
       "pcn2", dt(6, 10, 5), "Доклад: ДП №6 / 96132", cte="8bit",
       body="""Доклад.
10:02 - прибытие техгруппы «Рубеж-Т1» (Кравцов, Мельников) на объект
БУЗ ВО «Детская поликлиника №6», ул. Героев Сибиряков, 67. Заявка 96132.
Работы начаты с поз. 1 и поз. 2 (1-й и 2-й этаж).

ОД ПЦН Лапин С.Е.""")

TABLE_96132 = """<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">
<tr style="background:#D9E2F3"><th>Поз.</th><th>Участок</th><th>Результат</th><th>Время</th></tr>
<tr><td>1</td><td>СОТ, 1 этаж</td><td>Выполнено, заменены 2 камеры</td><td>16:20</td></tr>
<tr><td>2</td><td>СОТ, 2 этаж</td><td>Выполнено, перетянут кабель до коммутатора</td><td>16:20</td></tr>
<tr><td>3</td><td>СОТ, 3 этаж</td><td>Не выполнено — нет камеры нужной модели, перенос на 09.11</td><td>—</td></tr>
<tr><td>4</td><td>Видеорегистратор, серверная</td><td>Выполнено, обновлена прошивка, архив 30 сут.</td><td>16:20</td></tr>
</table>"""
letter(dict(expect="decided", request="96132", positions=["1", "2", "4"], status="подрядчик убыл",
            note="HTML table, one row per position: 1,2,4 done, crew left 16:20; 3 postponed (plan)"),
       "dir", dt(6, 16, 40), "Заявка 96132 — итоги за 06.11", kind="alt", charset="utf-8", cte="base64",
       table_html=TABLE_96132,
       body="""Коллеги, добрый вечер.

Итоги работ по заявке 96132 на 06.11:
@@TABLE@@
Бригада убыла с объекта в 16:20.

""" + DIR_SIG)
# plain alternative of the table letter: replace the marker by a text table
LETTERS[-1]["body_plain_override"] = LETTERS[-1]["body"].replace("@@TABLE@@", """Поз. 1 — СОТ, 1 этаж — выполнено, заменены 2 камеры — 16:20
Поз. 2 — СОТ, 2 этаж — выполнено, перетянут кабель до коммутатора — 16:20
Поз. 3 — СОТ, 3 этаж — не выполнено, нет камеры нужной модели, перенос на 09.11
Поз. 4 — видеорегистратор, серверная — выполнено, обновлена прошивка — 16:20""")

letter(dict(expect="decided", request="96132", positions=["3"], status="подрядчик убыл",
            note="subject '96132 (3)': position in brackets; camera installed, 'Уехал'"),
       "krav", dt(9, 11, 30), "96132 (3)",
       body="Камеру на 3м этаже поставил, угол выставил, в архив пишет. Уехал" + IPHONE)

# ---------------------------------------------------------------- 96140 СОШ №58
letter(dict(expect="review",
            note="TRAP: ГБР arrived 03:19 / left 03:41 on a panic-button alarm; the request 96140 is only mentioned as the cause — no repair crew status"),
       "pcn2", dt(7, 6, 50), "Доклад: КТС СОШ №58", cte="quoted-printable",
       body="""Доклад.
07.11 03:12 - сигнал «Тревога КТС», объект пульт. N 2209 (МБОУ СОШ №58, вахта, пост №1).
03:13 - выслана ГБР-1 (позывной «Рубеж-11»).
03:19 - ГБР прибыла на объект. Охранник на посту, нападения нет, кнопку не нажимал.
03:41 - ГБР убыла, происшествий нет.
Вывод: самопроизвольное срабатывание неисправной кнопки КТС - та самая,
что в заявке 96140, п.1. Передано в техотдел для ускорения ремонта.

ОД ПЦН Шматко И.А.""")

letter(dict(expect="decided", request="96140", positions=["1"], status="подрядчик на месте",
            note="'96140 п.1 на месте'"),
       "stup", dt(7, 9, 40), "96140 п.1", cte="quoted-printable",
       body="96140 п.1 на месте, вахта СОШ 58" + K9)

letter(dict(expect="decided", request="96140", positions=["1"], status="подрядчик убыл",
            note="п.1 button replaced and tested (work finished); п.2 needs a part, plan for Monday"),
       "stup", dt(7, 11, 5), "Re: 96140 п.1", cte="quoted-printable",
       body="""Кнопку КТС на вахте заменил (п.1), проверили с пультом — сигнал проходит, ГБР не вызывали, пульт предупреждён.
П.2 калитка — замок электромагнитный сгорел, надо заказывать. Приеду в понедельник.""" + K9)

letter(dict(expect="decided", request="96140", positions=["2"], status="подрядчик в пути",
            note="PREPOSITION TRAP: 'убыл на объект' = left FOR the site -> on the way"),
       "pcn", dt(9, 8, 45), "Доклад по 96140", cte="8bit",
       body="""Доклад.
Заявка 96140, МБОУ СОШ №58, поз. 2 (калитка, СКУД).
08:40 техник Ступин О.В. убыл на объект с замком (получен на складе).

ОД ПЦН Лапин С.Е.""")

letter(dict(expect="decided", request="96140", positions=["2"], status="подрядчик убыл",
            note="'поз2' in subject; 'закончил ... всё работает' = work finished"),
       "stup", dt(9, 11, 15), "96140 поз2", cte="quoted-printable",
       body="закончил. Замок эл/магн ML-300 поставил, доводчик подтянул, калитка открывается с вахты и по картам. всё работает" + K9)

# ---------------------------------------------------------------- 96158 Лицей №2
q96158_subj = "Заявка 96158 — МБОУ Лицей №2"
letter(dict(expect="review", note="question about what position 3 means; nothing reported"),
       "dir", dt(9, 9, 40), "RE: " + q96158_subj, kind="alt",
       reply_to_id="<20261109083512.90ab13@zakazchik-omis.ru>",
       body="""Добрый день.

По заявке 96158 уточните, пожалуйста, по позиции 3: речь о СОУЭ (речевое оповещение) или о школьной системе звонков? От этого зависит, какого специалиста направлять и нужен ли допуск.
По позициям 1 и 2 вопросов нет.

""" + DIR_SIG)

letter(dict(expect="decided", request="96158", positions=[], status="заявка принята",
            note="'взяли в работу' above an initials-prefixed quote (ДО>)"),
       "dir", dt(9, 11, 20), "RE: " + q96158_subj, cte="quoted-printable",
       reply_to_id="<20261109104801.4410fe@zakazchik-omis.ru>",
       body="""Спасибо за уточнение. Заявку 96158 взяли в работу, выезд завтра утром.

А.В. Соколов

ДО> Андрей Викторович, добрый день.
ДО> По поз. 3 - именно СОУЭ, в актовом зале и на 2 этаже не слышно оповещение.
ДО> Диспетчерская ОМИС""")

q96158_sent2 = dt(9, 15, 2, 0)
letter(dict(expect="decided", request="96158", positions=[], status="подрядчик на месте",
            note="reply above the quote: 'На месте с 9:00'; 'начинаем с ОПС' names no position number -> whole request"),
       "krav", dt(10, 9, 6), "Re: " + q96158_subj, reply_to_id="<20261109150200.0c77d2@zakazchik-omis.ru>",
       body="На месте с 9:00, начинаем с ОПС" + IPHONE + "\n\n" + gt_quote(q96158_sent2,
            "Денис Сергеевич, добрый день. По заявке 96158 завтра на Лицее №2 вас встретит завхоз Ирина Павловна, тел. +7 (920) 411-08-56.\nПросим сообщить о прибытии."))

letter(dict(expect="decided", request="96158", positions=["1", "2"], status="подрядчик убыл",
            note="positions 1 and 2 done, crew left 17:00; position 3 needs a commercial offer (nothing)"),
       "dir", dt(10, 17, 20), "Заявка 96158 — выполнение 10.11", kind="alt", charset="utf-8",
       body="""Добрый вечер.

По заявке 96158 (Лицей №2) позиции 1 и 2 выполнены, бригада убыла с объекта в 17:00. Акт передан завхозу.
По позиции 3 (СОУЭ) требуется замена усилителя — коммерческое предложение направим отдельно.

""" + DIR_SIG)

letter(dict(expect="review", note="commercial offer / price talk for поз.3; invoice number 0412 is a distractor"),
       "dir", dt(12, 10, 0), "КП: замена усилителя СОУЭ, Лицей №2 (96158 поз.3)", kind="alt",
       body="""Добрый день.

Направляем коммерческое предложение по позиции 3 заявки 96158: замена трансляционного усилителя «РУПОР-300» — 48 600,00 руб. с НДС (оборудование 39 900,00, работы 8 700,00). Срок поставки 3–5 рабочих дней после согласования.
Прошу согласовать или сообщить, если закупка пойдёт силами заказчика. Счёт выставим по факту согласования (предварительный № 0412 от 12.11.2026).

""" + DIR_SIG_INN)

letter(dict(expect="decided", request="96158", positions=["3"], status="подрядчик убыл",
            note="subject '96158/3'; amplifier installed, tested, 'готово, уехал'"),
       "krav", dt(17, 15, 40), "96158/3", cte="quoted-printable",
       body="усилитель поставил, оповещение проверили по всем зонам с завучем, слышно везде. готово, уехал" + IPHONE)

# ---------------------------------------------------------------- 96163 Стоматология №1
letter(dict(expect="decided", request="96163", positions=[], status="заявка принята",
            note="accepted by duty officer 11:25, passed to technician"),
       "pcn", dt(10, 11, 30), "Заявка 96163 принята", cte="quoted-printable",
       body="""Заявка 96163 (ГБУЗ ВО «Стоматологическая поликлиника №1», видеодомофон и СКУД входной группы) принята ОД ПЦН в 11:25, передана технику Мельникову И.П.

ОД ПЦН Лапин С.Е.""")

letter(dict(expect="decided", request="96163", positions=[], status="подрядчик в пути",
            note="'Еду ... к 9 буду' = on the way"),
       "meln", dt(11, 7, 55), "96163",
       body="Еду на стоматологию по 96163, к 9 буду\nМельников" + MAILRU)

letter(dict(expect="decided", request="96163", positions=[], status="подрядчик убыл",
            note="arrival 08:47 and departure 12:05 both reported -> latest: убыл; act № 118 and house number 44 are distractors"),
       "pcn", dt(11, 12, 15), "Доклад - Стоматологическая поликлиника №1", cte="8bit",
       body="""Доклад.
Объект: ГБУЗ ВО «Стоматологическая поликлиника №1», ул. Плехановская, 44.
08:47 - прибытие техника Мельникова И.П. (заявка 96163).
12:05 - убытие. Работы выполнены: заменена вызывная панель видеодомофона, перепрошит контроллер СКУД. Акт № 118 подписан заместителем главного врача.

ОД ПЦН Гордеев В.Н.""")

# ---------------------------------------------------------------- 96171 СОШ №27
letter(dict(expect="review", note="two different requests in one letter (96163 done, 96171 accepted)"),
       "dir", dt(11, 14, 5), "96163 и 96171", kind="alt",
       body="""Добрый день.

Два вопроса одним письмом:
— по 96163 работы выполнены сегодня, акт № 118 подписан;
— заявку 96171 (СОШ №27) принимаем, выезд 12.11 с утра.

""" + DIR_SIG + """

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 11, 2026 1:07 PM
To: a.sokolov@rubezh-ohrana.ru
Subject: Заявка 96171 - СОШ №27

Направляем заявку 96171, МБОУ СОШ №27: 1 - ОПС спортзала, 2 - СОТ двора.""")

letter(dict(expect="decided", request="96171", positions=["1"], status="подрядчик на месте",
            note="TRAP mix: item 1 is a ГБР alarm call-out (arrived 07:48, left 08:05) — not the crew; item 2: technician arrived 09:20 on поз. 1"),
       "pcn2", dt(12, 9, 30), "Доклад на 09:30 12.11", cte="8bit",
       body="""Доклад на 09:30 12.11.2026.

1. 07:40 - сработка ОПС, объект пульт. N 3305 (МБОУ СОШ №27, спортзал).
   ГБР-2 («Рубеж-21») прибыла на объект 07:48, проверка совместно с
   охранником, проникновения нет. Убыли 08:05. Ложное - неисправный
   извещатель в спортзале.
2. Заявка 96171, поз. 1 (ОПС спортзала): техник Ступин О.В. прибыл на
   объект 09:20, к работам приступил.

ОД ПЦН Лапин С.Е.""")

letter(dict(expect="decided", request="96171", positions=["1"], status="подрядчик убыл",
            note="'первая позиция' finished, 'Убыл'; second inspected only, needs management decision"),
       "stup", dt(12, 13, 10), "96171", cte="quoted-printable",
       body="""по 96171 первая позиция — извещатели в спортзале заменил (4 шт Икар-5А), шлейф в норме, пульт подтвердил. Убыл.
вторую смотрел — камеры целые, регистратор не грузится, нужен новый, это через Соколова""" + K9)

letter(dict(expect="review", note="complaint: no access to the site, idle trips; negation, no status"),
       "dir", dt(16, 10, 0), "Заявка 96171 — нет доступа на объект", kind="alt", charset="utf-8",
       body="""Добрый день.

По заявке 96171, позиция 2: 13.11 и 16.11 наш техник не смог попасть в серверную СОШ №27 — ключ у завхоза, завхоз на звонки не отвечает, охрана без распоряжения не пускает. Выезд оба раза впустую.
Просим повлиять на администрацию школы и сообщить, когда будет обеспечен доступ. Повторные холостые выезды будем вынуждены выставлять отдельно по договору № 31/26-ТО.

""" + DIR_SIG)

letter(dict(expect="decided", request="96171", positions=["2"], status="подрядчик убыл",
            note="reply written UNDER the quote; new text: '2я поз. закрыта. Уехал 14:20'"),
       "krav", dt(19, 14, 30), "Re: Заявка 96171 СОШ №27 — доступ обеспечен",
       reply_to_id="<20261119092015.2b8e44@zakazchik-omis.ru>",
       body="""> Денис Сергеевич, по 96171 поз. 2 доступ обеспечен, завхоз Тамара Николаевна
> будет на месте с 10:00, тел. +7 (951) 870-33-12.
> Просим сообщить о выполнении.
> Диспетчерская ОМИС

Всё, регистратор поставил, 2я поз. закрыта. Уехал 14:20""" + IPHONE)

# ---------------------------------------------------------------- 96186 Медэксперт
HTML_96186 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Добрый день!</p>
<p>Заявку <b>96186</b> (ООО «Клиника Медэксперт», Московский пр-т, 97) взяли в работу.<br>
Бригада выезжает в течение часа, о выезде и прибытии доложит дежурный ПЦН.</p>
<p>С уважением,<br>Соколов Андрей Викторович<br>технический директор ООО ЧОП «Рубеж-Охрана»<br>
тел. +7 (473) 261-40-85, доб. 104</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>
<b>Отправлено:</b> 13 ноября 2026 г. 9:14<br>
<b>Кому:</b> Соколов Андрей Викторович &lt;a.sokolov@rubezh-ohrana.ru&gt;<br>
<b>Тема:</b> Заявка 96186 Клиника «Медэксперт»</p></div>
<p>Направляем заявку 96186: 1 — ОПС, 2 — СОТ, 3 — КТС. Срочно, клиника работает без охранной сигнализации.</p>
</div></body></html>"""
letter(dict(expect="decided", request="96186", positions=[], status="заявка принята",
            note="HTML-only letter: 'взяли в работу'; departure within an hour is a plan"),
       "dir", dt(13, 9, 50), "RE: Заявка 96186 Клиника «Медэксперт»", kind="html", charset="utf-8",
       cte="quoted-printable", html_body=HTML_96186, reply_to_id="<20261113091400.6a1c07@zakazchik-omis.ru>")

letter(dict(expect="decided", request="96186", positions=[], status="подрядчик в пути",
            note="PREPOSITION TRAP: 'убыла с базы ... на объект' = left the base for the site -> on the way, ETA 10:50"),
       "pcn2", dt(13, 10, 20), "Доклад: Медэксперт (96186)", cte="base64",
       body="""Доклад.
10:15 - техгруппа «Рубеж-Т2» в составе Кравцов Д.С., Мельников И.П. убыла
с базы (ул. 9 Января, 180) на объект ООО «Клиника Медэксперт»,
Московский пр-т, 97. Заявка 96186. Ориентировочное прибытие 10:50.

ОД ПЦН Лапин С.Е.""")

letter(dict(expect="decided", request="96186", positions=["1", "2", "3"], status="подрядчик на месте",
            note="'Прибыли ... начинаем П1–П3' (range of positions 1..3)"),
       "meln", dt(13, 11, 0), "Медэксперт",
       body="Прибыли на Медэксперт, заявка 96186, начинаем П1–П3\nМельников" + MAILRU)

letter(dict(expect="review",
            note="different statuses for different positions: П1,П3 finished vs П2 still in progress on site"),
       "pcn", dt(13, 15, 30), "Доклад 96186 на 15:30", cte="8bit",
       body="""Доклад.
Заявка 96186, Клиника «Медэксперт».
П1 (ОПС) и П3 (КТС) - работы завершены в 15:10, проверены с прохождением на ПЦН.
П2 (СОТ) - техник Мельников И.П. остаётся на объекте, работы продолжаются, окончание ориентировочно к 18:00.
Техник Кравцов Д.С. убыл на базу 15:15.

ОД ПЦН Гордеев В.Н.""")

letter(dict(expect="decided", request="96186", positions=["2"], status="подрядчик убыл",
            note="'П2 - закончил ... УБЫЛ 18:30' (caps)"),
       "meln", dt(13, 18, 40), "Re: Медэксперт",
       body="96186 П2 - закончил, камеры все в сети. УБЫЛ 18:30" + MAILRU)

# ---------------------------------------------------------------- not in registry
letter(dict(expect="review", note="request number 96145 is not in the registry"),
       "meln", dt(14, 10, 20), "96145",
       body="96145 закончили, уехали\nМельников" + MAILRU)

# ---------------------------------------------------------------- 96193 СОШ №101
q96193_subj = "Заявка № 96193 (МБОУ СОШ №101)"
q96193_id = "<20261116083811.3de0b5@zakazchik-omis.ru>"
letter(dict(expect="decided", request="96193", positions=[], status="заявка принята",
            note="'Заявка 96193 принята'; INN/KPP and phones in signature are distractors"),
       "dir", dt(16, 9, 10), "RE: " + q96193_subj, kind="alt", reply_to_id=q96193_id,
       body="""Добрый день!

Заявка 96193 принята, исполнитель — техник Ступин О.В. Срок выполнения — до 20.11.2026.

""" + DIR_SIG_INN + outlook_quote(dt(16, 8, 38, 11), "Соколов Андрей Викторович <a.sokolov@rubezh-ohrana.ru>; pcn@rubezh-ohrana.ru",
                                  q96193_subj, "Направляем заявку 96193: 1 — турникеты PERCo на входе не пропускают по картам; 2 — СОТ, регистратор пишет с ошибками диска.\nДиспетчерская ОМИС"))


def build_mdn(L, mid):
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(textpart("""Сообщение

   Кому: pcn@rubezh-ohrana.ru
   Тема: Заявка № 96193 (МБОУ СОШ №101)
   Отправлено: 16.11.2026 08:38

было прочитано 16.11.2026 09:11.""", "plain", "windows-1251", "8bit"))
    mdn = MIMEBase("message", "disposition-notification")
    del mdn["MIME-Version"]
    mdn.set_payload("Reporting-UA: pcn-arm1.rubezh-ohrana.ru; The Bat! (v9.4.5) Professional\n"
                    "Final-Recipient: rfc822; pcn@rubezh-ohrana.ru\n"
                    f"Original-Message-ID: {q96193_id}\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(mdn)
    return m


letter(dict(expect="ignored", note="read receipt (MDN) from the duty station's mail client"),
       "pcn", dt(16, 9, 12), "Прочитано: " + q96193_subj, kind="custom", build=build_mdn,
       extra={"In-Reply-To": q96193_id})


def build_bounce(L, mid):
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(textpart("""This is the mail system at host mx1.rubezh-ohrana.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ivanov@rubezh-ohrana.ru>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <ivanov@rubezh-ohrana.ru>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", "plain", "us-ascii", "7bit"))
    ds = MIMEBase("message", "delivery-status")
    del ds["MIME-Version"]
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.rubezh-ohrana.ru"
    b1["X-Postfix-Queue-ID"] = "4Rk2bT1x9Kz3wQ"
    b1["Arrival-Date"] = format_datetime(dt(17, 10, 1, 48))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; ivanov@rubezh-ohrana.ru"
    b2["Original-Recipient"] = "rfc822;ivanov@rubezh-ohrana.ru"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <ivanov@rubezh-ohrana.ru>: Recipient address rejected: User unknown"
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = textpart("Добрый день. По заявке 96193 поз. 2 — школа просит согласовать время выезда.\nДиспетчерская ОМИС",
                    "plain", "utf-8", "base64")
    orig["From"] = formataddr(DISPATCH, charset="utf-8")
    orig["To"] = "ivanov@rubezh-ohrana.ru"
    orig["Subject"] = Header("Заявка 96193 — уточнение", "utf-8")
    orig["Date"] = format_datetime(dt(17, 10, 1, 40))
    orig["Message-ID"] = "<20261117100140.81fe2c@zakazchik-omis.ru>"
    reorder_mime(orig)
    att = MIMEMessage(orig)
    del att["MIME-Version"]
    m.attach(att)
    return m


letter(dict(expect="ignored", note="delivery failure report (bounce) for dispatcher's own letter to a former employee"),
       "daemon", dt(17, 10, 2), "Undelivered Mail Returned to Sender", kind="custom", build=build_bounce,
       extra={"Auto-Submitted": "auto-replied"})

letter(dict(expect="review",
            note="plan ('выедем завтра') for 96193 and mentions a second request 96158 — nothing to record"),
       "krav", dt(17, 8, 15), "96193",
       body="По 96193 выедем завтра, сегодня весь день на 96158 (усилитель). Ступин в курсе" + IPHONE)

letter(dict(expect="decided", request="96193", positions=["1"], status="подрядчик убыл",
            note="arrival 08:35 and departure 14:00 reported; position 1 restored, position 2 postponed -> убыл for 1"),
       "pcn", dt(18, 14, 5), "Доклад: СОШ №101 (заявка 96193)", cte="quoted-printable",
       body="""Доклад.
Заявка 96193, МБОУ СОШ №101.
08:35 - прибытие техника Ступина О.В.
14:00 - техник Ступин О.В. убыл с объекта.
Позиция 1 (турникеты PERCo) - восстановлена, проход по картам работает.
Позиция 2 - не выполнялась, перенос (нет жёсткого диска на складе).

ОД ПЦН Лапин С.Е.""")

letter(dict(expect="review", note="thanks / acknowledgement of the dispatcher's letter; the disk pick-up on Friday is a plan"),
       "dir", dt(19, 9, 30), "RE: Заявка № 96193 (МБОУ СОШ №101) — поз. 2", kind="alt",
       reply_to_id="<20261118163002.77a0c1@zakazchik-omis.ru>",
       body="""Спасибо, письмо получили, информацию приняли к сведению. Диск поступит на склад к пятнице, после этого Ступин согласует время со школой.

""" + DIR_SIG + outlook_quote(dt(18, 16, 30, 2), "Соколов Андрей Викторович <a.sokolov@rubezh-ohrana.ru>",
                              "Заявка № 96193 (МБОУ СОШ №101) — поз. 2",
                              "Андрей Викторович, по поз. 2 школа готова предоставить доступ в серверную в любой день с 8:00 до 16:00.\nДиспетчерская ОМИС"))

letter(dict(expect="review", note="position 3 does not exist in request 96193 (positions 1,2)"),
       "stup", dt(20, 12, 0), "96193 поз. 3", cte="quoted-printable",
       body="96193 поз. 3 выполнено, кабель до поста охраны перетянул." + K9)

letter(dict(expect="decided", request="96193", positions=["2"], status="подрядчик убыл",
            note="'Re: Re:' subject; new text: video (поз2) finished, disk replaced, 'Уехал'; quoted lines ignored"),
       "stup", dt(24, 16, 0), "Re: Re: заявка 96193 СОШ 101", cte="quoted-printable",
       reply_to_id="<20261123112044.0f9d31@zakazchik-omis.ru>",
       body="""По видео закончил (поз2). Жесткий диск заменил, WD Purple 4Tb, архив пошёл. Уехал.

23.11.2026 11:20, Диспетчерская ОМИС пишет:
> Олег Владимирович, по заявке 96193 поз. 2 — когда ждать выезда?
> Школа спрашивает.""" + K9)

# ---------------------------------------------------------------- 96207 ГП №10


def mon_event(title, body):
    def _b(L, mid):
        return textpart(body, "plain", "koi8-r", "8bit")
    return _b


letter(dict(expect="ignored",
            note="automatic monitoring-system event (disarm); mentions request 96207 and the technician but is machine mail"),
       "mon", dt(18, 12, 58), "[Страж] Объект 4410: Снятие с охраны", kind="custom",
       build=mon_event("", """Автоматическое уведомление АРМ ПЦН «Страж-Мониторинг».

Событие:      СНЯТИЕ С ОХРАНЫ
Объект:       4410 - БУЗ ВО «Городская поликлиника №10», ул. Урицкого, 77
Раздел:       2 (регистратура)
Время:        18.11.2026 12:56:41
Пользователь: код 07 (техник Кравцов Д.С.)
Примечание:   сервисный режим, ТО по заявке 96207

Письмо сформировано автоматически, не отвечайте на него."""))

letter(dict(expect="decided", request="96207", positions=[], status="подрядчик на месте",
            note="subject '#96207'; 'на месте с 12:55'"),
       "krav", dt(18, 13, 5), "#96207",
       body="на месте с 12:55, регистратура, камеры" + IPHONE)

letter(dict(expect="ignored", note="automatic monitoring-system event (armed again)"),
       "mon", dt(18, 15, 19), "[Страж] Объект 4410: Постановка на охрану", kind="custom",
       build=mon_event("", """Автоматическое уведомление АРМ ПЦН «Страж-Мониторинг».

Событие:      ПОСТАНОВКА НА ОХРАНУ
Объект:       4410 - БУЗ ВО «Городская поликлиника №10», ул. Урицкого, 77
Раздел:       2 (регистратура)
Время:        18.11.2026 15:18:07
Пользователь: код 07 (техник Кравцов Д.С.)

Письмо сформировано автоматически, не отвечайте на него."""))

letter(dict(expect="decided", request="96207", positions=[], status="подрядчик убыл",
            note="duty officer forwards the technician's message (Claws forward): 'всё, уехал' with a Latin 'y'; forwarded report counts"),
       "pcn2", dt(18, 15, 30), "Fw: 96207 поликлиника 10", cte="8bit",
       body="""Пересылаю доклад техника, пришёл на пульт.
ОД ПЦН Лапин С.Е.

Начало пересылаемого сообщения:

Date: Wed, 18 Nov 2026 15:24:10 +0300
From: Денис Кравцов <kravtsov@rubezh-ohrana.ru>
To: pcn@rubezh-ohrana.ru
Subject: 96207 поликлиника 10

всё, yехал. камеры пишут, регистратура довольна, на охрану поставил 15:18""")

# ---------------------------------------------------------------- 96215 Кадетская школа
letter(dict(expect="decided", request="96215", positions=[], status="заявка принята",
            note="'Принимаем в работу заявку №96215 (4 позиции)' — the '4' is a count, not a position"),
       "dir", dt(20, 9, 40), "RE: Заявка 96215 — Кадетская школа", kind="alt", charset="utf-8",
       reply_to_id="<20261120090512.4c2a90@zakazchik-omis.ru>",
       body="""Добрый день.

Принимаем в работу заявку №96215 (4 позиции). Выезд согласуем с завхозом, ориентировочно 21.11.

""" + DIR_SIG)

letter(dict(expect="decided", request="96215", positions=["1", "2"], status="подрядчик на месте",
            note="TRAP mix: item 1 is a ГБР alarm call-out (корпус 2, пост №3); item 2: техгруппа arrived 08:50 on поз. 1, 2"),
       "pcn2", dt(21, 9, 5), "Доклад 21.11 (Кадетская школа)", cte="quoted-printable",
       body="""Доклад.
1. 05:52 - сработка ОПС, объект пульт. N 5120 (Кадетская школа, корпус 2,
   пост №3). ГБР-2 прибыла 06:01, убыла 06:25. Причина - открытое окно в
   рекреации 2 этажа, окно закрыто, объект перевзят.
2. 08:50 - техгруппа «Рубеж-Т1» (Кравцов, Ступин) прибыла на объект по
   заявке 96215, поз. 1, 2 (ОПС корпус 1 и корпус 2).

ОД ПЦН Шматко И.А.""")

letter(dict(expect="decided", request="96215", positions=["1", "2"], status="подрядчик убыл",
            note="'п1, п2 сделали, yехали' (Latin y look-alike)"),
       "krav", dt(21, 17, 5), "96215 п1 п2",
       body="п1, п2 сделали, yехали. Извещатели в корп.2 поменяли 6 шт, ППК Гранит-16 перепрошили" + IPHONE)

letter(dict(expect="review", note="plan: positions 3 and 4 will be done on 26.11"),
       "dir", dt(24, 11, 0), "Заявка 96215 — позиции 3 и 4", kind="alt",
       body="""Добрый день.

По заявке 96215 позиции 3 и 4 (СОТ и КТС) — работы проведём 26.11 с 09:00. Просьба обеспечить доступ в серверную и на пост охраны №1.

""" + DIR_SIG)

letter(dict(expect="decided", request="96215", positions=["3", "4"], status="подрядчик на месте",
            note="subject '96215 (3,4)'; 'нa месте' with a Latin 'a'"),
       "krav", dt(26, 9, 10), "96215 (3,4)",
       body="нa месте, Кадетская. начинаем" + IPHONE)

letter(dict(expect="decided", request="96215", positions=["3", "4"], status="подрядчик убыл",
            note="'Убытие техгруппы ... 16:45', п.3 и п.4 выполнено"),
       "pcn", dt(26, 16, 50), "Доклад: убытие с Кадетской школы", cte="8bit",
       body="""Доклад.
Убытие техгруппы (Кравцов Д.С.) с объекта Кадетская школа - 16:45.
Заявка 96215, п.3 и п.4 - выполнено: СОТ (12 камер) в записи, КТС проверена с прохождением сигнала на ПЦН.

ОД ПЦН Гордеев В.Н.""")

# ---------------------------------------------------------------- 96228 СОШ №90
q96228_subj = "Заявка 96228 СОШ №90"
q96228_body = "Заявка 96228, МБОУ СОШ №90:\n1 — ОПС запасного выхода;\n2 — СОТ столовой.\nДиспетчерская ОМИС"
letter(dict(expect="decided", request="96228", positions=[], status="заявка принята",
            note="'Принято. 96228 — передана в техотдел, исполнитель'"),
       "pcn", dt(23, 10, 30), "Re: " + q96228_subj, cte="8bit",
       reply_to_id="<20261123100411.3a9e70@zakazchik-omis.ru>",
       body="Принято. 96228 - передана в техотдел, исполнитель Кравцов Д.С.\nОД ПЦН Лапин С.Е.\n\n"
            + "\n".join("> " + l for l in q96228_body.split("\n")))

letter(dict(expect="review",
            note="TRAP: reply in the 96228 thread, but only the ГБР arrived 14:32 / left 15:10 on an alarm; technicians 'ещё не выезжали' (negation + plan)"),
       "pcn2", dt(23, 15, 20), "Re: " + q96228_subj, cte="8bit",
       reply_to_id="<20261123100411.3a9e70@zakazchik-omis.ru>",
       body="""Доклад.
ГБР прибыла на объект 14:32 (сработка ОПС, пост №2, запасный выход).
Убыли 15:10, происшествий нет. Дверь запасного выхода на замок не
закрывается, охрана предупреждена.
Техники по заявке ещё не выезжали, выезд запланирован на завтра.
ОД ПЦН Лапин С.Е.

""" + "\n".join("> " + l for l in q96228_body.split("\n")))

letter(dict(expect="decided", request="96228", positions=["1"], status="подрядчик на месте",
            note="typo 'на мести' = on site, п.1"),
       "krav", dt(24, 8, 55), "96228",
       body="96228 п.1 — на мести, школа 90" + IPHONE)

letter(dict(expect="decided", request="96228", positions=[], status="подрядчик убыл",
            note="'выполнены в полном объёме', crew left 15:40 -> whole request; act number 131 is a distractor"),
       "dir", dt(24, 16, 10), "Заявка 96228 — выполнено", kind="alt", charset="utf-8", cte="base64",
       body="""Добрый день.

Работы по заявке 96228 (МБОУ СОШ №90) выполнены в полном объёме: заменён замок и геркон запасного выхода, шлейф ОПС восстановлен; в столовой перенастроены камеры и восстановлена запись.
Бригада убыла с объекта в 15:40. Акт № 131 от 24.11.2026 передан директору школы.

""" + DIR_SIG)


def build_autoreply(L, mid):
    return textpart("""Здравствуйте!

Я нахожусь в отпуске с 27.11.2026 по 06.12.2026, доступ к почте ограничен.
По вопросам технического обслуживания и заявкам обращайтесь в дежурную часть ПЦН:
+7 (473) 261-40-80, pcn@rubezh-ohrana.ru.

С уважением,
А.В. Соколов""", "plain", "windows-1251", "quoted-printable")


letter(dict(expect="ignored", note="Outlook out-of-office auto-reply"),
       "dir", dt(28, 10, 3), "Автоматический ответ: Заявка 96228 — акт № 131", kind="custom",
       build=build_autoreply,
       extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
              "In-Reply-To": "<20261128100155.90c1d3@zakazchik-omis.ru>"})

# ---------------------------------------------------------------- misc
letter(dict(expect="review", note="no subject, no request number: 'Закончил, уезжаю' — cannot tell which request"),
       "krav", dt(25, 13, 20), "",
       body="Закончил, уезжаю" + IPHONE)


def build_info_ack(L, mid):
    return textpart("""Здравствуйте!

Ваше письмо получено и зарегистрировано под номером RO-20511.
Специалист ЧОП «Рубеж-Охрана» свяжется с вами в рабочее время (пн–пт 9:00–18:00).
Круглосуточная дежурная часть: +7 (473) 261-40-80.

Это письмо отправлено автоматически, отвечать на него не нужно.""", "plain", "utf-8", "base64")


letter(dict(expect="ignored", note="automatic acknowledgement from the general mailbox (auto-reply)"),
       "info", dt(6, 12, 4), "Ваше обращение зарегистрировано [RO-20511]", kind="custom", build=build_info_ack,
       extra={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply",
              "In-Reply-To": "<20261106120233.5e02d9@zakazchik-omis.ru>"})

NEWS_HTML = """<html><head><meta charset="utf-8"><title>Рубеж-Охрана</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#8B0000">ЧОП «Рубеж-Охрана» — новости для клиентов</h2>
<p>Уважаемые партнёры!</p>
<p>С 01.01.2027 вводятся новые тарифы на пультовую охрану и выезд ГБР.
Для объектов образования и здравоохранения сохраняется скидка 10%.</p>
<p>Также напоминаем: плановое ТО систем ОПС и СОТ по договорам проводится ежеквартально.
Заявки на внеплановый ремонт принимаются круглосуточно по тел. +7 (473) 261-40-80.</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, так как являетесь клиентом ЧОП «Рубеж-Охрана».
<a href="https://rubezh-ohrana.ru/unsubscribe?u=d1sp4tch">Отписаться от рассылки</a></p>
</td></tr></table></body></html>"""
letter(dict(expect="ignored", note="bulk newsletter (Precedence: bulk, List-Unsubscribe)"),
       "news", dt(25, 10, 0), "Рубеж-Охрана: тарифы на пультовую охрану с 01.01.2027", kind="html",
       charset="utf-8", cte="base64", html_body=NEWS_HTML,
       extra={"Precedence": "bulk", "List-Unsubscribe": "<https://rubezh-ohrana.ru/unsubscribe?u=d1sp4tch>",
              "List-Id": "Rubezh-Ohrana clients <clients.rubezh-ohrana.ru>",
              "X-Mailer": "Sendsay"})


def build_calendar(L, mid):
    m = MIMEMultipart("alternative")
    m.attach(textpart("Соколов Андрей Викторович принял это приглашение.", "plain", "utf-8", "base64"))
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Соколов Андрей Викторович:mailto:a.sokolov@rubezh-ohrana.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по итогам ТО за ноябрь
DTSTART;TZID=Russian Standard Time:20261130T100000
DTEND;TZID=Russian Standard Time:20261130T110000
UID:040000008200E00074C5B7101A82E00800000000B0C3F1D2A6A3DB01000000000000000010000000
DTSTAMP:20261126T150512Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    cal = textpart(ics, "calendar", "utf-8", "base64")
    cal.set_param("method", "REPLY")
    m.attach(cal)
    return m


letter(dict(expect="ignored", note="calendar meeting response generated by Outlook"),
       "dir", dt(26, 18, 5), "Принято: Совещание по итогам ТО за ноябрь", kind="custom", build=build_calendar,
       extra={"X-MS-Exchange-Calendar-Originator-Id": "d2a1f0e4-7c11-4b5a-9c3e-1f0b6e2a7d90"})

letter(dict(expect="ignored",
            note="automatic monitoring alarm event incl. ГБР arrival/departure; machine mail, no request"),
       "mon", dt(8, 22, 41), "[Страж] Объект 1432: ТРЕВОГА — отработано", kind="custom",
       build=mon_event("", """Автоматическое уведомление АРМ ПЦН «Страж-Мониторинг».

Событие:      ТРЕВОГА (ОПС), шлейф 3
Объект:       1432 - МБОУ СОШ №12, ул. Ленинградская, 118, корпус А
Время:        08.11.2026 22:17:09
ГБР:          ГБР-3 «Рубеж-31», выслана 22:17, прибыла 22:26, убыла 22:39
Результат:    ложная тревога, объект перевзят 22:40

Письмо сформировано автоматически, не отвечайте на него."""))


# ======================================================================== write
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith(".eml"):
            os.remove(os.path.join(LET, f))
    order = sorted(range(len(LETTERS)), key=lambda i: LETTERS[i]["date"])
    labels = {}
    pol = compat32.clone(linesep="\r\n")
    for n, i in enumerate(order, 1):
        L = LETTERS[i]
        if "body_plain_override" in L:
            # alt letter whose plain part differs from the HTML source text
            s = S[L["sender"]]
            cs = L["charset"] or s["charset"]
            cte = L["cte"] or "quoted-printable"
            src = L["body"]
            L = dict(L, kind="custom",
                     build=lambda LL, mid, src=src, plain=L["body_plain_override"], cs=cs, cte=cte, th=L["table_html"]:
                     _alt(plain, outlook_html(src, cs, th), cs, cte))
        m = build_letter(L)
        for part in m.walk():  # deterministic MIME boundaries (fixed seed)
            if part.get_content_maintype() == "multipart":
                part.set_boundary(f"----=_NextPart_{RNG.getrandbits(64):016X}")
        name = f"{n:03d}.eml"
        with open(os.path.join(LET, name), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, policy=pol).flatten(m)
        labels[name] = L["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(labels), "letters written")


def _alt(plain, htm, cs, cte):
    m = MIMEMultipart("alternative")
    m.attach(textpart(plain, "plain", cs, cte))
    m.attach(textpart(htm, "html", cs, cte))
    return m


if __name__ == "__main__":
    main()
