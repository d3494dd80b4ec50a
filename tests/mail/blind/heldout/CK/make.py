# -*- coding: utf-8 -*-
"""Generator of test letters for contractor ООО «КлиматЮг» (Краснодар).

Builds raw RFC 5322 messages byte by byte (so charsets / transfer encodings are
exactly what the imitated mail clients would produce), then writes
letters/NNN.eml, labels.json and registry.json.
Run:  python3 make.py
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
MSK = dt.timezone(dt.timedelta(hours=3))
rnd = random.Random(890777)

DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DANIIL = ("Даниил Соколов", "daniil@klimatyug.ru")
DANIIL_G = ("Даниил Соколов", "d.sokolov.krd@gmail.com")
MARINA = ("Марина Ковалёва", "buh@klimatyug.ru")
OFFICE = ("КлиматЮг - Гончаренко В.П.", "info@klimatyug.ru")
NEWS = ("КлиматЮг", "news@klimatyug.ru")
DAEMON = ("Mail Delivery System", "Mailer-Daemon@klimatyug.ru")

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def T(day, hh, mm, ss=None):
    if ss is None:
        ss = rnd.randint(3, 58)
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


def gdate(t):  # Gmail-style Russian date used in attribution lines
    return f"{WD[t.weekday()]}, {t.day} нояб. 2026 г. в {t:%H:%M}"


def gattr(t, who):
    name, mail = who
    return f"{gdate(t)}, {name} <{mail}> пишет:"


# ---------------------------------------------------------------- MIME helpers
def hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def ad(who, charset="utf-8"):
    return formataddr(who, charset=charset)


def leaf(text, subtype="plain", charset="utf-8", cte="base64", params=""):
    if isinstance(text, bytes):
        raw = text
    else:
        raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    ct = f'text/{subtype}; charset="{charset}"{params}'
    return {"headers": [("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
            "payload": payload}


def raw_leaf(ctype, payload_bytes, cte=None, extra=()):
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h.extend(extra)
    if not payload_bytes.endswith(b"\n"):
        payload_bytes += b"\n"
    return {"headers": h, "payload": payload_bytes}


def boundary():
    return "000000000000" + "".join(rnd.choice("0123456789abcdef") for _ in range(16))


def multi(subtype, parts, params="", bnd=None):
    b = bnd or boundary()
    return {"headers": [("Content-Type", f'multipart/{subtype}; boundary="{b}"{params}')],
            "boundary": b, "parts": parts}


def ser(node):
    out = b""
    for k, v in node["headers"]:
        out += f"{k}: {v}\n".encode("ascii")
    out += b"\n"
    if "parts" in node:
        b = node["boundary"].encode()
        for p in node["parts"]:
            out += b"--" + b + b"\n" + ser(p)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b + b"--\n"
    else:
        out += node["payload"]
    return out


def message(top_headers, body):
    node = {"headers": top_headers + [("MIME-Version", "1.0")] + body["headers"]}
    if "parts" in body:
        node["parts"] = body["parts"]
        node["boundary"] = body["boundary"]
    else:
        node["payload"] = body["payload"]
    data = ser(node)
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def gmail_id():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    s = "".join(rnd.choice(al) for _ in range(44))
    return f"<CA{s[:8]}+{s[8:20]}-{s[20:]}@mail.gmail.com>"


def disp_id(t):
    return f"<{t:%Y%m%d%H%M%S}.{rnd.randint(10000, 99999)}@zakazchik-omis.ru>"


def outlook_id():
    h = "".join(rnd.choice("0123456789abcdef") for _ in range(8))
    h2 = "".join(rnd.choice("0123456789abcdef") for _ in range(8))
    h3 = "".join(rnd.choice("0123456789abcdef") for _ in range(8))
    return f"<000001db{h[:4]}${h2}${h3}$@klimatyug.ru>"


def bat_id(t):
    return f"<{rnd.randint(100000000, 1999999999)}.{t:%Y%m%d%H%M%S}@klimatyug.ru>"


def thread_index():
    return base64.b64encode(bytes(rnd.randint(0, 255) for _ in range(22))).decode()


# ------------------------------------------------------------ text -> gmail html
def lines_to_html(lines):
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            grp = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                if s.startswith(" "):
                    s = s[1:]
                grp.append(s)
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + lines_to_html(grp) + "</blockquote>")
            continue
        out.append((html.escape(ln) if ln else "") + "<br>")
        i += 1
    return "".join(out)


def gmail_html(new_text, tail_kind=None, tail_head="", tail_body="", html_new=None):
    h = html_new if html_new else '<div dir="ltr">' + lines_to_html(new_text.split("\n")) + "</div>"
    if tail_kind == "quote":
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              + html.escape(tail_head) + "<br></div>"
              + lines_to_html(["> " + x if x else ">" for x in tail_body.split("\n")]) + "</div>")
    elif tail_kind == "fwd":
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              + lines_to_html(tail_head.split("\n")) + "</div><br><br>"
              + '<div dir="ltr">' + lines_to_html(tail_body.split("\n")) + "</div></div>")
    return h + "\n"


def quote_plain(text):
    return "\n".join("> " + x if x else ">" for x in text.split("\n"))


# ------------------------------------------------------------------- builders
LETTERS = []  # (datetime, bytes, label)


def add(t, data, label):
    LETTERS.append((t, data, label))


def gmail(t, subject, new_text, label, frm=DANIIL, quote=None, fwd=None, cte=None,
          reply=True, html_new=None, to=DISPATCH, extra_headers=()):
    """quote=(attr_line, text)  fwd=(header_block, body)"""
    plain = new_text
    tail_kind = tail_head = tail_body = None
    if quote:
        tail_kind, tail_head, tail_body = "quote", quote[0], quote[1]
        plain += "\n\n" + quote[0] + "\n" + quote_plain(quote[1])
    elif fwd:
        tail_kind, tail_head, tail_body = "fwd", fwd[0], fwd[1]
        plain += "\n\n" + fwd[0] + "\n\n\n" + fwd[1]
    if cte is None:
        cte = rnd.choice(["base64", "quoted-printable"])
    h = gmail_html(new_text, tail_kind, tail_head or "", tail_body or "", html_new)
    body = multi("alternative", [leaf(plain + "\n", "plain", "UTF-8", cte),
                                 leaf(h, "html", "UTF-8", cte)])
    heads = []
    mid = gmail_id()
    heads.append(("Date", format_datetime(t)))
    heads.append(("From", ad(frm)))
    heads.append(("To", ad(to)))
    heads.append(("Subject", hdr(subject)))
    heads.append(("Message-ID", mid))
    if reply and subject.lower().startswith("re:"):
        rid = disp_id(t - dt.timedelta(hours=1))
        heads.append(("In-Reply-To", rid))
        heads.append(("References", rid))
    heads.extend(extra_headers)
    add(t, message(heads, body), label)


def outlook(t, subject, text, label, html_body=None, attach=None, extra=()):
    cs = "windows-1251"
    plain = leaf(text + "\n", "plain", cs, "quoted-printable")
    if html_body is None:
        paras = "".join(
            f'<p class=MsoNormal>{html.escape(x) if x else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
            for x in text.split("\n"))
        html_body = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                     'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                     '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
                     '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
                     '<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
                     + paras + "</div></body></html>")
    alt = multi("alternative", [plain, leaf(html_body, "html", cs, "quoted-printable")],
                bnd="----=_NextPart_001_" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(4)) + "_01DB" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(4)))
    body = alt
    if attach:
        parts = [alt]
        for fname, data in attach:
            fn = Header(fname, "windows-1251").encode()
            parts.append(raw_leaf(f'application/pdf; name="{fn}"', base64.encodebytes(data), "base64",
                                  [("Content-Disposition", f'attachment; filename="{fn}"')]))
        body = multi("mixed", parts, bnd="----=_NextPart_000_" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(4)) + "_01DB" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(4)))
    heads = [("From", ad(MARINA, cs)), ("To", ad(DISPATCH, cs)), ("Subject", hdr(subject, cs)),
             ("Date", format_datetime(t)), ("Message-ID", outlook_id())]
    heads.extend(extra)
    heads += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index()),
              ("Content-Language", "ru")]
    add(t, message(heads, body), label)


def koi_clean(x):
    # KOI8-R has no №, «», long dashes: The Bat! user types what the charset allows
    for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("−", "-")):
        x = x.replace(a, b)
    return x


def thebat(t, subject, text, label, cte="8bit", html_only=False, reply=False):
    cs = "koi8-r"
    text, subject = koi_clean(text), koi_clean(subject)
    if html_only:
        body = leaf(text, "html", cs, "quoted-printable")
    else:
        body = leaf(text + "\n", "plain", cs, cte)
    heads = [("Date", format_datetime(t)), ("From", ad(OFFICE, cs)),
             ("X-Mailer", "The Bat! (v10.4.5) Professional"),
             ("Reply-To", ad(OFFICE, cs)),
             ("Organization", hdr('ООО "КлиматЮг"', cs)),
             ("Message-ID", bat_id(t)),
             ("To", ad(DISPATCH, cs)), ("Subject", hdr(subject, cs))]
    if reply:
        rid = disp_id(t - dt.timedelta(minutes=50))
        heads += [("In-Reply-To", rid), ("References", rid)]
    add(t, message(heads, body), label)


def D(status, req, pos, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PRIN, PUT, MESTO, UBYL = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
SIG = "--\nДаниил Соколов\nсервис-менеджер ООО «КлиматЮг»\n+7 918 377-45-09"
BOT = ("КлиматЮг Бот", "tgbot@klimatyug.ru")


def fwd_ru(t, subj):
    return ("---------- Пересылаемое сообщение ---------\n"
            f"От: {BOT[0]} <{BOT[1]}>\nДата: {gdate(t)}\nТема: {subj}\nКому: <daniil@klimatyug.ru>")


def fwd_en(t, subj, ru_date=True):
    d = gdate(t) if ru_date else f"{WD_EN[t.weekday()]}, {t.day} Nov 2026 at {t:%H:%M}"
    return ("---------- Forwarded message ---------\n"
            f"От: {BOT[0]} <{BOT[1]}>\nDate: {d}\nSubject: {subj}\nTo: <daniil@klimatyug.ru>")


def bot_body(who, t, dur, words):
    return f"🎙 Голосовое: {who}, {t:%H:%M}, {dur}\n\n{words}\n\n—\nРаспознано автоматически, возможны ошибки."


# =================================================================== LETTERS
# ---- dispatcher originals that get quoted --------------------------------
Q_114 = """Добрый день!
Просим принять в работу заявку № 890114.
Объект: ГБУЗ «Городская поликлиника № 3», ул. Тургенева, 189.
Позиции:
1 — внутренний блок, каб. 204 (не охлаждает)
2 — внутренний блок, каб. 211 (не охлаждает, шумит)
3 — наружный блок на фасаде, 3 этаж (течь)
Контакт на объекте: зам. по АХЧ Литвиненко Е.А., +7 (861) 233-17-40.
Просим сообщать о выезде, прибытии и убытии бригады.

--
Диспетчерская ОМИС
тел. (861) 255-40-12"""

Q_127 = """Добрый день. Просим принять заявку № 890127.
МБОУ СОШ № 48, ул. Российская, 114.
1 — приточная установка П1 (спортзал)
2 — вытяжная установка В1 (спортзал)
Жалоба: в спортзале душно, установки не запускаются.
--
Диспетчерская ОМИС, (861) 255-40-12"""

Q_203 = """Просим принять заявку № 890203.
ГБУЗ «Стоматологическая поликлиника № 1», ул. Красная, 142.
1 — кондиционер в стерилизационной (Haier AS12TT5HRA), ошибка E7
2 — кондиционер, каб. 5 (не включается)
--
Диспетчерская ОМИС"""

Q_245 = """Просим принять заявку № 890245 (ГБУЗ «Детская поликлиника № 2», ул. Гаврилова, 93).
Плановое ТО внутренних блоков:
1 — каб. 101
2 — каб. 102
3 — каб. 105
4 — каб. 110
Работы — в часы приёма не шуметь, по согласованию со ст. медсестрой.
--
Диспетчерская ОМИС"""

Q_311 = """Просим принять заявку № 890311.
МАОУ гимназия № 36, ул. Зиповская, 12.
1 — сплит-система в серверной (Daikin FTXB35C), не холодит, в помещении +31
2 — сплит-система, каб. информатики № 24 (течёт на пол)
--
Диспетчерская ОМИС"""

Q_356 = """Просим принять заявку № 890356.
МБОУ СОШ № 101, ул. Агрохимическая, 94.
1 — наружный блок кондиционера пищеблока (на кровле), не запускается, ошибка F1.
--
Диспетчерская ОМИС"""

Q_402 = """Просим принять заявку № 890402.
ГБУЗ «Клинико-диагностический центр», ул. Красных Партизан, 6/2.
1 — внутренний блок, рентген-кабинет (каб. 014)
2 — наружный блок рентген-кабинета (двор, у входа № 2)
3 — внутренний блок, пультовая МРТ (каб. 017)
Въезд через КПП, заявку на автомобиль подавать накануне.
--
Диспетчерская ОМИС"""

Q_478 = """Просим принять заявку № 890478.
МБОУ СОШ № 12, ул. Северная, 396.
Вентиляция пищеблока:
1 — вытяжная установка В2 (перегрев двигателя, отключается)
2 — приточная установка П2 (шум, вибрация)
--
Диспетчерская ОМИС"""

Q_519 = """Просим принять заявку № 890519.
ГБУЗ «Городская поликлиника № 5», ул. Ставропольская, 201.
1 — внутренний блок, регистратура (Mitsubishi Heavy SRK35ZS-W)
2 — наружный блок регистратуры
--
Диспетчерская ОМИС"""

Q_563 = """Просим принять заявку № 890563.
МАОУ лицей № 4, ул. Садовая, 120.
Сплит-системы:
1 — каб. 301 (течь на парты)
2 — каб. 302 (течь)
3 — каб. 305 (не включается)
--
Диспетчерская ОМИС"""

Q_607 = """Просим принять заявку № 890607.
ГБУЗ «Женская консультация № 2», ул. Димитрова, 152.
1 — кассетный внутренний блок в холле 1 этажа (капает вода на пол).
--
Диспетчерская ОМИС"""

Q_688 = """Просим принять заявку № 890688.
ГБУЗ «ГП № 3», ул. Тургенева, 189.
1 — вн. блок, процедурная (каб. 108)
2 — вн. блок, прививочный кабинет (каб. 112)
--
Диспетчерская ОМИС"""

Q_731 = """Даниил, заявка по вашему звонку заведена: № 890731.
МБОУ СОШ № 71, ул. Восточно-Кругликовская, 81.
1 — кассетный блок, актовый зал (левый)
2 — кассетный блок, актовый зал (правый)
Не греют. Завхоз Татьяна Ивановна.
--
Диспетчерская ОМИС"""

S114 = "Заявка № 890114 — ГП № 3, кондиционеры (каб. 204, 211, нар. блок)"
S127 = "Заявка № 890127 — СОШ № 48, вентиляция спортзала"
S203 = "Заявка № 890203 — Стоматологическая поликлиника № 1"
S245 = "Заявка № 890245 — ДП № 2, ТО внутренних блоков"
S311 = "Заявка № 890311 — Гимназия № 36"
S356 = "Заявка № 890356 — СОШ № 101, наружный блок пищеблока"
S402 = "Заявка № 890402 — КДЦ, рентген / МРТ"
S478 = "Заявка № 890478 — СОШ № 12, вентиляция пищеблока"
S519 = "Заявка № 890519 — ГП № 5, регистратура"
S563 = "Заявка № 890563 — Лицей № 4, каб. 301/302/305"
S607 = "Заявка № 890607 — Женская консультация № 2, кассетный блок"
S688 = "Заявка № 890688 — ГП № 3, процедурная / прививочный"
S731 = "Заявка № 890731 — СОШ № 71, актовый зал"


def build():
    # ================================================================ 9 Nov
    gmail(T(9, 9, 12), "Re: " + S114,
          "Приняли в работу 👍\nСегодня после обеда постараемся заскочить, если не успеем — завтра с утра.",
          D(PRIN, "890114", [], "'Приняли в работу'; number only in Re: subject / quote; plan for visit is extra"),
          quote=(gattr(T(9, 8, 41), DISPATCH), Q_114))

    gmail(T(9, 11, 40), "Re: " + S127,
          "890127 принял. Завтра к 8:00 будем, завхоз в курсе? А то в прошлый раз венткамеру час открывали 🙈",
          D(PRIN, "890127", [], "accepted; question and tomorrow's plan are extra"),
          quote=(gattr(T(9, 9, 32), DISPATCH), Q_127))

    gmail(T(9, 14, 20), "890114", "выехали на ГП3 🚗 будем минут через 20\nДаниил",
          D(PUT, "890114", [], "bare number in subject, crew travelling now"))

    t_b = T(9, 14, 58)
    gmail(T(9, 15, 5), "Fwd: Расшифровка: Артём Чередниченко (0:41)",
          "890114 п.1 — ребята на месте 👇",
          D(MESTO, "890114", ["1"], "forwarded voice transcript: in cab. 204 working; 211 only planned; Daniil names п.1"),
          fwd=(fwd_en(t_b, "Расшифровка: Артём Чередниченко (0:41)"),
               bot_body("Артём Чередниченко", T(9, 14, 57), "0:41",
                        "ну короче мы на тургенева заехали ну на поликлинику зашли в двести четвертый "
                        "внутренний блок там дренаж забит вода в поддоне стоит сейчас чистим ну и потом "
                        "в двести одиннадцатый пойдем там вроде фреон смотреть надо")))

    gmail(T(9, 17, 40), "Re: 890114",
          "по 890114 поз 1 и 2 готово ✅\n204 — дренаж прочистили, 211 — дозаправили R410A 1,2 кг, оба холодят норм\n"
          "нар. блок (п.3) — без вышки не достать, 3 этаж, согласуем отдельно",
          D(UBYL, "890114", ["1", "2"], "'готово' for поз 1 и 2; п.3 only a plan; quoted 'выехали' is old"),
          quote=(gattr(T(9, 14, 20), DANIIL), "выехали на ГП3 🚗 будем минут через 20\nДаниил"))

    # ================================================================ 10 Nov
    gmail(T(10, 8, 40), "890127 СОШ48",
          "на мести, П1 смотрят 👇\n\n"
          "КлиматЮг Бот, [10.11.2026 8:36]\n"
          "🎙 Руслан Хачатуров (0:28):\n"
          "ну мы на школе сорок восемь короче в венткамере приточка пэ один ремень порван ну и шкив болтается меняем сейчас",
          D(MESTO, "890127", ["1"], "typo 'на мести'; П1 = position 1 (supply unit П1); pasted Telegram transcript"),
          reply=False)

    gmail(T(10, 12, 10), "Re: 890127 СОШ48",
          "П1 — ремень поменяли (A-1250), шкив подтянули, запустили ✅ в спортзале дует\n"
          "В1 — подшипник на движке гудит, заказали, привезут в чт, тогда и сделаем\n"
          "с 48й уехали",
          D(UBYL, "890127", ["1"], "П1 (pos 1) finished and crew left; В1 (pos 2) only a plan for Thursday; 'A-1250' is a belt size"),
          quote=(gattr(T(10, 8, 40), DANIIL), "на мести, П1 смотрят 👇"))

    gmail(T(10, 14, 25), "Re: " + S203,
          "Добрый, заявку видел, едем уже 🚐 п.1 и п.2, ETA ~14:50",
          D(PUT, "890203", ["1", "2"], "'едем уже', ETA; number only in Re: subject"),
          quote=(gattr(T(10, 9, 7), DISPATCH), Q_203))

    thebat(T(10, 16, 45), "Заявка № 890203. Стоматологическая поликлиника № 1",
           """Здравствуйте, Ольга Николаевна.

Сообщаем, что по заявке № 890203 работы по позиции 1 (кондиционер в
стерилизационной) выполнены: заменён датчик температуры испарителя,
ошибка E7 устранена. Бригада убыла с объекта в 16:30.

По позиции 2 (каб. 5) выявлена неисправность платы управления
внутреннего блока. Плата заказана (арт. 0011800384B), срок поставки
3-5 рабочих дней. О выезде сообщим дополнительно.

--
С уважением,
Гончаренко Виктор Павлович
главный инженер ООО «КлиматЮг»
г. Краснодар, ул. Уральская, 75/1, оф. 12
тел. (861) 240-15-77, моб. +7 918 441-02-36""",
           D(UBYL, "890203", ["1"], "KOI8-R The Bat!; pos 1 done and crew left; pos 2 waits for a part (plan)"))

    # ================================================================ 11 Nov
    gmail(T(11, 8, 35), "Re: " + S245,
          "взяли 👌 сегодня начнём с 101 и 102, остальные завтра",
          D(PRIN, "890245", [], "'взяли' = accepted; 101/102 are rooms, start is a plan"),
          quote=(gattr(T(11, 8, 22), DISPATCH), Q_245))

    t_b = T(11, 10, 14)
    gmail(T(11, 10, 20), "Fwd: Расшифровка: Саня Беленко (0:19)",
          "890245 поз 1,2 — заехали, моют",
          D(MESTO, "890245", ["1", "2"], "forwarded transcript: panels removed, washing; Daniil names поз 1,2"),
          fwd=(fwd_ru(t_b, "Расшифровка: Саня Беленко (0:19)"),
               bot_body("Саня Беленко", T(11, 10, 13), "0:19",
                        "ну мы на детской поликлинике ну сто первый и сто второй блоки сняли панели моем "
                        "короче часа полтора")))

    gmail(T(11, 13, 50), "Re: Fwd: Расшифровка: Саня Беленко (0:19)",
          "890245: п1 п2 помыли, антибактериалку прогнали, всё ок. уехалм на другой объект, 105/110 завтра с утра",
          D(UBYL, "890245", ["1", "2"], "typo 'уехалм' (= уехали); 105/110 rooms are positions 3/4, planned for tomorrow"),
          quote=(gattr(T(11, 10, 20), DANIIL), "890245 поз 1,2 — заехали, моют"))

    outlook(T(11, 15, 30), "Счет на оплату № 1174 от 11.11.2026",
            """Добрый день!

Направляем счёт на оплату № 1174 от 11.11.2026 на сумму 18 400,00 руб. (НДС не облагается) за работы по заявке 890114 (ГП № 3) согласно договору № 27-КЮ/2026 от 15.01.2026.
Оригинал счёта и акт направим почтой вместе с остальными документами за ноябрь.

Просьба подтвердить получение.

С уважением,
Марина Ковалёва
бухгалтер ООО «КлиматЮг»
ИНН 2311298745 / КПП 231101001
тел. (861) 240-15-77 доб. 3""",
            R("accountant's invoice for 890114: money talk, no status report"))

    # ================================================================ 12 Nov
    gmail(T(12, 8, 5), "890245 поз 3-4", "на ДП2 с 8:00, поз. 03 и 04 в работе 🧼",
          D(MESTO, "890245", ["3", "4"], "on site since 8:00; positions written '03' and '04' (= 3, 4)"))

    gmail(T(12, 10, 50), "Re: " + S311,
          "Принято. Вопрос: серверную кто откроет? Там ключ только у сисадмина был, а он по вт и пт 🤷‍♂️",
          D(PRIN, "890311", [], "'Принято' + a question; acceptance is a done status"),
          quote=(gattr(T(12, 10, 33), DISPATCH), Q_311))

    gmail(T(12, 11, 25), "Re: " + S311, "ок, спс 🙏",
          R("acknowledgement of dispatcher's answer about the key; quoted 'Принято' is old"),
          quote=(gattr(T(12, 11, 18), DISPATCH),
                 "Даниил, ключ от серверной у завхоза Ирины Викторовны (каб. 3, +7 961 532-88-10), она предупреждена.\n\n"
                 + gattr(T(12, 10, 50), DANIIL) + "\n"
                 + quote_plain("Принято. Вопрос: серверную кто откроет? Там ключ только у сисадмина был, а он по вт и пт 🤷‍♂️")))

    thebat(T(12, 12, 5), "Re: Заявка № 890127 - вытяжка В1",
           """Здравствуйте, Ольга Николаевна.

Вы писали 12 ноября 2026 г., 9:02:

ОН> Виктор Павлович, добрый день.
ОН> По заявке № 890127 позиция 2 (вытяжная установка В1) всё ещё
ОН> открыта. Подскажите сроки.

Подшипник получили утром.
По заявке № 890127 (МБОУ СОШ № 48, ул. Российская, 114), позиция 2 -
вытяжная установка В1:
  прибытие бригады - 09:05,
  замена подшипника электродвигателя (SKF 6204-2RS) - выполнена,
  пуск, проверка - 11:20,
  убытие - 11:40.
Установка работает в штатном режиме.

--
С уважением,
Гончаренко В.П.
ООО «КлиматЮг», (861) 240-15-77""",
           D(UBYL, "890127", ["2"], "The Bat! reply under 'ОН>' quote; several events, latest is убытие 11:40; 6204 is a bearing"),
           cte="quoted-printable", reply=True)

    table_rows = [("1", "101", "чистка, антибакт. обработка", "выполнено 11.11"),
                  ("2", "102", "чистка, антибакт. обработка", "выполнено 11.11"),
                  ("3", "105", "чистка, замена фильтров", "выполнено 12.11"),
                  ("4", "110", "чистка, продувка дренажа", "выполнено 12.11")]
    txt = ("890245 — все 4 поз. done, с ДП2 уехали в 12:40 👍\n\n"
           "Позиция | Кабинет | Что сделали | Статус\n"
           + "\n".join(" | ".join(r) for r in table_rows))
    th = ('<div dir="ltr">890245 — все 4 поз. done, с ДП2 уехали в 12:40 👍<br><br>'
          '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
          'font-family:Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="70"><col width="70">'
          '<col width="220"><col width="130"></colgroup><tbody>'
          '<tr style="height:21px"><td style="border:1px solid rgb(204,204,204);padding:2px 3px;font-weight:bold">Позиция</td>'
          '<td style="border:1px solid rgb(204,204,204);padding:2px 3px;font-weight:bold">Кабинет</td>'
          '<td style="border:1px solid rgb(204,204,204);padding:2px 3px;font-weight:bold">Что сделали</td>'
          '<td style="border:1px solid rgb(204,204,204);padding:2px 3px;font-weight:bold">Статус</td></tr>'
          + "".join('<tr style="height:21px">' + "".join(
              f'<td style="border:1px solid rgb(204,204,204);padding:2px 3px">{html.escape(c)}</td>' for c in r)
              + "</tr>" for r in table_rows)
          + "</tbody></table><br></div>\n")
    gmail(T(12, 12, 50), "890245 ДП2 — итог по ТО", txt,
          D(UBYL, "890245", ["1", "2", "3", "4"], "HTML table, a row per position, all 'выполнено'; crew left 12:40"),
          html_new=th)

    gmail(T(12, 17, 10), "Re: " + S356,
          "пpинял 👌 по времени уточню у завпроизводством, пищеблок утром не пускает",
          D(PRIN, "890356", [], "'пpинял' with Latin p; number only in Re: subject; time still to be agreed"),
          quote=(gattr(T(12, 16, 2), DISPATCH), Q_356))

    # ================================================================ 13 Nov
    gmail(T(13, 7, 40), "Re: " + S356,
          "по 890356: выедем в пн после 14:00, раньше не пускают — у них готовка и раздача до 13:30. сб-вс школа закрыта",
          R("only a plan ('выедем в пн')"),
          quote=(gattr(T(12, 17, 10), DANIIL),
                 "пpинял 👌 по времени уточню у завпроизводством, пищеблок утром не пускает"))

    gmail(T(13, 13, 40), "890311 (1)",
          "серверная: утечку нашли на вальцовке нар. блока, перевальцевали, вакуум, заправили R32 0,85 кг. "
          "Давление держит, в серверной уже +22 ❄️\n"
          "п.1 закрыли, уехали. каб. информатики (п.2) в пн, там дренаж менять\n" + SIG,
          D(UBYL, "890311", ["1"], "position in brackets in subject; п.1 closed, left; п.2 planned for Monday"))

    # ================================================================ 14 Nov (Sat) newsletter
    nt = T(14, 10, 0, 12)
    news_txt = """КлиматЮг — сервис климатической техники, Краснодар

❄️ Готовим кондиционеры к зиме!
До 30 ноября — скидка 15% на техническое обслуживание сплит-систем и вентустановок.

• чистка и антибактериальная обработка внутреннего блока — от 1 900 руб.
• проверка давления и дозаправка фреоном R410A / R32
• диагностика наружного блока перед отопительным сезоном

Для школ, поликлиник и детских садов — договор на сезонное ТО с фиксированной ценой.
Оставьте заявку на сайте klimatyug.ru или звоните: +7 (861) 240-15-77.

Вы получили это письмо, потому что подписаны на рассылку ООО «КлиматЮг».
Отписаться: https://klimatyug.ru/unsubscribe?u=7f3a91c2"""
    news_html = ("<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" align=\"center\"><tr><td>"
                 "<h2 style=\"color:#0a6ebd\">❄️ Готовим кондиционеры к зиме!</h2>"
                 "<p>До <b>30 ноября</b> — скидка <b>15%</b> на техническое обслуживание сплит-систем и вентустановок.</p>"
                 "<ul><li>чистка и антибактериальная обработка внутреннего блока — от 1 900 руб.</li>"
                 "<li>проверка давления и дозаправка фреоном R410A / R32</li>"
                 "<li>диагностика наружного блока перед отопительным сезоном</li></ul>"
                 "<p>Для школ, поликлиник и детских садов — договор на сезонное ТО с фиксированной ценой.</p>"
                 "<p><a href=\"https://klimatyug.ru/?utm_source=email&utm_campaign=to_zima\">Оставить заявку</a> · +7 (861) 240-15-77</p>"
                 "<p style=\"font-size:11px;color:#888\">Вы получили это письмо, потому что подписаны на рассылку ООО «КлиматЮг». "
                 "<a href=\"https://klimatyug.ru/unsubscribe?u=7f3a91c2\">Отписаться</a></p>"
                 "</td></tr></table></body></html>")
    body = multi("alternative", [leaf(news_txt + "\n", "plain", "utf-8", "base64"),
                                 leaf(news_html, "html", "utf-8", "base64")])
    heads = [("Date", format_datetime(nt)), ("From", ad(NEWS)), ("To", "dispatch@zakazchik-omis.ru"),
             ("Subject", hdr("❄️ Готовим кондиционеры к зиме: −15% на ТО до 30 ноября")),
             ("Message-ID", f"<nl.20261114.7f3a91c2.{rnd.randint(100000, 999999)}@klimatyug.ru>"),
             ("Precedence", "bulk"), ("List-Id", "klimatyug-news <news.klimatyug.ru>"),
             ("List-Unsubscribe", "<mailto:unsubscribe@klimatyug.ru?subject=unsubscribe>, <https://klimatyug.ru/unsubscribe?u=7f3a91c2>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("X-Mailer", "Sendsay Mailer"), ("Auto-Submitted", "auto-generated")]
    add(nt, message(heads, body), I("company newsletter / bulk mail"))

    # ================================================================ 16 Nov
    gmail(T(16, 8, 50), "Re: " + S402,
          "Приняли. Но R410 на складе 0, ждём поставку — как придёт, сразу поедем",
          D(PRIN, "890402", [], "'Приняли'; waiting for freon is a plan; number only in Re: subject"),
          quote=(gattr(T(16, 8, 12), DISPATCH), Q_402))

    gmail(T(16, 9, 10), "890311 п.2 в пути", "выдвинулись на Зиповскую, минут 15",
          D(PUT, "890311", ["2"], "subject '890311 п.2 в пути', body confirms travelling"))

    gmail(T(16, 10, 40), "Re: 890311 п.2 в пути",
          "всё, п2 закончили — дренажный шланг заменили, течи нет. С гимназии уехали 10:35",
          D(UBYL, "890311", ["2"], "old status in Re: subject; body reports finished and left"),
          quote=(gattr(T(16, 9, 10), DANIIL), "выдвинулись на Зиповскую, минут 15"))

    thebat(T(16, 11, 30), "Re: Заявка № 890203 - позиция 2",
           """Здравствуйте, Ольга Николаевна.

Вы писали 16 ноября 2026 г., 10:47:

ОН> Добрый день. По заявке № 890203 позиция 2 (каб. 5) - есть ли
ОН> информация по плате? Поликлиника спрашивает.

Плата пришла в пятницу. Бригада (Хачатуров Р.) прибыла на объект
в 11:10, производят замену платы управления внутреннего блока.
Об окончании сообщим.

--
Гончаренко В.П.
(861) 240-15-77""",
           D(MESTO, "890203", ["2"], "reply under the ОН> quote: crew arrived 11:10, working"),
           reply=True)

    gmail(T(16, 13, 30), "Re: " + S478, "+ берём в работу 💪 завтра после обеда",
          D(PRIN, "890478", [], "'берём в работу' = accepted; tomorrow is a plan"),
          quote=(gattr(T(16, 13, 2), DISPATCH), Q_478))

    gmail(T(16, 14, 40), "890203-2",
          "плата встала, кондер в каб.5 работает 👌 ребята свободны, закрываем позицию",
          D(UBYL, "890203", ["2"], "'890203-2' in subject; board fitted, crew free = finished"))

    t_b = T(16, 15, 24)
    gmail(T(16, 15, 30), "Fwd: Расшифровка: Игорь Ткач (0:52)",
          "890356 — на месте, но похоже двигатель вентилятора нар. блока под замену 😕",
          D(MESTO, "890356", [], "on site (forwarded transcript); motor replacement is future work"),
          fwd=(fwd_en(t_b, "Расшифровка: Игорь Ткач (0:52)", ru_date=False),
               bot_body("Игорь Ткач", T(16, 15, 23), "0:52",
                        "ну короче мы на сто первой школе залезли на крышу пищеблока нар блок ну вентилятор не "
                        "крутится вообще рукой еле проворачивается подшипники или двигатель сам ну скорее двигатель "
                        "короче надо заказывать ну мы пока конденсатор проверили он нормальный тридцать пять микрофарад")))

    gmail(T(16, 16, 20), "Re: " + S402,
          "неа, ещё не выехали — фреона нет 🤷‍♂️ поставщик обещает завтра к 8, сразу поедем",
          R("negation: not yet left; quoted dispatcher asks 'бригада в пути?'"),
          quote=(gattr(T(16, 16, 5), DISPATCH),
                 "Даниил, по 890402 бригада в пути? КДЦ спрашивает, рентген не работает из-за перегрева.\n\n"
                 + gattr(T(16, 8, 50), DANIIL) + "\n"
                 + quote_plain("Приняли. Но R410 на складе 0, ждём поставку — как придёт, сразу поедем")))

    # ================================================================ 17 Nov
    gmail(T(17, 8, 10), "890402 выезд 🚐",
          "фреон забрали, выехали на КДЦ п.1 / п.2. пропуск на Ларгус Х417ОР123 заказан?",
          D(PUT, "890402", ["1", "2"], "'выехали на КДЦ' (to the site); car plate is not a number of interest"))

    # bounce
    bt = T(17, 8, 31)
    orig_t = T(17, 8, 30, 40)
    orig_id = disp_id(orig_t)
    bounce_txt = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  s.litvinov@klimatyug.ru
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <dispatch@zakazchik-omis.ru>
Received: from mx1.zakazchik-omis.ru ([185.12.94.17])
	by mail.klimatyug.ru with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <dispatch@zakazchik-omis.ru>)
	id 1vLq7Z-0004Kd-1E
	for s.litvinov@klimatyug.ru; {format_datetime(orig_t)}
Date: {format_datetime(orig_t)}
From: =?UTF-8?B?{base64.b64encode('Диспетчерская ОМИС'.encode()).decode()}?= <dispatch@zakazchik-omis.ru>
To: s.litvinov@klimatyug.ru
Subject: =?UTF-8?B?{base64.b64encode('Заявка № 890402 — прошу подтвердить выезд'.encode()).decode()}?=
Message-ID: {orig_id}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Сергей, доброе утро.
По заявке № 890402 (КДЦ, ул. Красных Партизан, 6/2) бригада выехала?
Просим подтвердить выезд и время прибытия.

--
Диспетчерская ОМИС
"""
    heads = [("Return-path", "<>"), ("Date", format_datetime(bt)), ("From", ad(DAEMON)),
             ("To", "dispatch@zakazchik-omis.ru"),
             ("Subject", "Mail delivery failed: returning message to sender"),
             ("Message-Id", f"<E1vLq8b-0004Lx-2K@klimatyug.ru>"),
             ("X-Failed-Recipients", "s.litvinov@klimatyug.ru"), ("Auto-Submitted", "auto-replied")]
    add(bt, message(heads, raw_leaf("text/plain; charset=utf-8", bounce_txt.encode("utf-8"), "8bit")),
        I("bounce (mailbox full) from the contractor's mail server; the returned dispatcher message is not a report"))

    gmail(T(17, 9, 20), "890402",
          "п1 п2 — на месте, охрана опять мурыжила\n\n"
          "КлиматЮг Бот, [17.11.2026 9:14]\n"
          "🎙 Артём Чередниченко (0:33):\n"
          "ну мы на кдц короче охрана не пускала минут двадцать звонили там какой то начальнице ну сейчас "
          "зашли в рентген кабинет внутренний блок смотрим и наружку во дворе",
          D(MESTO, "890402", ["1", "2"], "on site, pasted Telegram transcript"), reply=False)

    gmail(T(17, 9, 40), "Re: " + S519, "принято ✔️ сделаем на этой неделе, скорее в чт",
          D(PRIN, "890519", [], "'принято'; Thursday is a plan"),
          quote=(gattr(T(17, 9, 2), DISPATCH), Q_519))

    gmail(T(17, 10, 30), "КДЦ охрана / пропуска",
          "Ольга, добрый. Уже третий раз на КДЦ охрана не пускает 😤 сегодня 20 мин у шлагбаума стояли, "
          "хотя вчера заявку на авто подавали (Ларгус Х417ОР123, водитель Хачатуров).\n"
          "Можно как-то через вас решить, чтоб пропуск был постоянный? Иначе у нас время по всем выездам улетает\n"
          "Даниил",
          R("complaint about site security; no request number, no status"), reply=False)

    gmail(T(17, 12, 50), "Re: 890402",
          "п.1, п.2 (рентген) — закрыли: вн. + нар. блок заправили, утечку на сервисном порте устранили, всё ок ✅\n"
          "п.3 (пультовая МРТ) — начали, ребята там, фильтры в хлам",
          R("different statuses in one letter: p1,p2 finished, p3 on site"),
          quote=(gattr(T(17, 9, 20), DANIIL), "п1 п2 — на месте, охрана опять мурыжила"))

    gmail(T(17, 14, 30), "890402 п.3", "п3 готово, фильтры поменяли. С КДЦ выеxали 14:20 👋",
          D(UBYL, "890402", ["3"], "'выехали С КДЦ' = left the site (Latin x inside); p3 done"))

    gmail(T(17, 15, 0), "#890478",
          "Выезд 15:00 → СОШ 12, ETA 40 мин (пробки на Северной 🙄)",
          D(PUT, "890478", [], "noun 'Выезд' + ETA = on the way; '#890478' in subject"))

    t_b = T(17, 16, 2)
    gmail(T(17, 16, 10), "Fwd: Расшифровка: Руслан Хачатуров (0:24)",
          "890478 п.1 — ПРИЕХАЛИ, смотрят",
          D(MESTO, "890478", ["1"], "caps 'ПРИЕХАЛИ'; transcript 'вытяжка в два' is unit В2 = position 1, not position 2"),
          fwd=(fwd_ru(t_b, "Расшифровка: Руслан Хачатуров (0:24)"),
               bot_body("Руслан Хачатуров", T(17, 16, 1), "0:24",
                        "ну мы в двенадцатой школе короче вытяжка в два двигатель горячий ну ток меряем сейчас скажу")))

    # ================================================================ 18 Nov
    gmail(T(18, 9, 10), "Re: " + S563, "Принято, сегодня к 13:00 подъедем",
          D(PRIN, "890563", [], "accepted; visit time is a plan"),
          quote=(gattr(T(18, 8, 32), DISPATCH), Q_563))

    gmail(T(18, 10, 0), "890356 СОШ 101",
          "двигатель вентилятора на нар. блоке поменяли (привезли вчера вечером), запустили — пищеблок принял, холодит ✅\n"
          "убыли 9:50",
          D(UBYL, "890356", [], "single-position request; 'убыли 9:50'; 'пищеблок принял' is the client accepting work, not request acceptance"))

    tab = "".join(
        f"<tr><td align=center>{a}</td><td>{b}</td><td>{c}</td><td align=center>{d}</td><td align=center>{e}</td></tr>\n"
        for a, b, c, d, e in [("1", "Вытяжная установка В2", "замена эл. двигателя АИР63В4 0,37 кВт, проверка тока", "08:20", "10:15"),
                              ("2", "Приточная установка П2", "замена ремня SPZ-1000, балансировка, затяжка креплений", "08:20", "10:15")])
    ohtml = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><title></title></head>
<body style="font-family:'Times New Roman'; font-size:12pt">
<p>Здравствуйте, Ольга Николаевна.</p>
<p>Направляем информацию о выполнении работ по заявке № 890478 (МБОУ СОШ № 12, ул. Северная, 396):</p>
<table border=1 cellspacing=0 cellpadding=4>
<tr><th>Поз.</th><th>Оборудование</th><th>Выполненные работы</th><th>Прибытие</th><th>Убытие</th></tr>
{tab}</table>
<p>Работы выполнены в полном объёме, бригада убыла с объекта.</p>
<p>--<br>С уважением,<br>Гончаренко В.П.<br>главный инженер ООО «КлиматЮг»<br>(861) 240-15-77</p>
</body></html>"""
    thebat(T(18, 10, 45), "Отчёт по заявке № 890478 (СОШ № 12)", ohtml,
           D(UBYL, "890478", ["1", "2"], "HTML-only KOI8-R table, both rows with убытие 10:15"),
           html_only=True)

    gmail(T(18, 13, 30), "890563 п.1",
          "зашли в 301, работают. 302/305 следом\n\n"
          "КлиматЮг Бот, [18.11.2026 13:21]\n"
          "🎙 Саня Беленко (0:17):\n"
          "ну мы на лицее ну заходим в триста первый там сплит течет прям на парты ну дети в другом кабинете",
          D(MESTO, "890563", ["1"], "position in subject; 'зашли, работают'; other rooms are next (plan)"), reply=False)

    gmail(T(18, 15, 45), "Re: " + S563,
          "301 (п1) готов — дренаж прочистили, уклон поправили.\n302 (п2) ещё в работе, там помпа 🙄",
          R("different statuses in one letter: p1 finished, p2 still on site"),
          quote=(gattr(T(18, 9, 10), DANIIL), "Принято, сегодня к 13:00 подъедем"))

    gmail(T(18, 17, 0), "890563 поз2",
          "поз2 тоже закончили, помпу заменили. 305 (п.3) завтра с утра, сегодня уже не успеваем, уехали",
          D(UBYL, "890563", ["2"], "p2 finished and left; p3 tomorrow (plan)"))

    # ================================================================ 19 Nov
    gmail(T(19, 8, 20), "890563 (3)",
          "выехали в лицей по 3-й, будем 8:45\n(пишу с личной, рабочая почта чёт не грузит)",
          D(PUT, "890563", ["3"], "from Daniil's personal Gmail; 'по 3-й' = position 3"),
          frm=DANIIL_G)

    t_b = T(19, 9, 46)
    gmail(T(19, 9, 50), "Fwd: Расшифровка: Саня Беленко (0:21)", "👆",
          R("forwarded transcript says they finished room 305 at the lyceum, but no request number anywhere"),
          fwd=(fwd_en(t_b, "Расшифровка: Саня Беленко (0:21)"),
               bot_body("Саня Беленко", T(19, 9, 45), "0:21",
                        "ну все короче в лицее триста пятый сделали там плата была ну контакт отошел ну запустили "
                        "работает ну мы уезжаем")))

    gmail(T(19, 10, 5), "Re: Fwd: Расшифровка: Саня Беленко (0:21)",
          "сорри, номер забыл 🤦‍♂️ это 890563, п.3 — закончили, ребята уехали",
          D(UBYL, "890563", ["3"], "follow-up gives the number and restates the status in the new text"),
          quote=(gattr(T(19, 9, 50), DANIIL), "👆"))

    gmail(T(19, 11, 0), "ГП5", "в дороге на ГП5, Ставропольская 201 (890519) 🚗 ~25 мин",
          D(PUT, "890519", [], "number in brackets after the address; 'в дороге'"))

    gmail(T(19, 11, 40), "Re: ГП5",
          "890519 вн. блок (п1) — прибыли, снимают\n\n"
          "КлиматЮг Бот, [19.11.2026 11:35]\n"
          "🎙 Игорь Ткач (0:31):\n"
          "ну мы на пятой поликлинике в регистратуре короче вн блок снимаем ну там теплообменник забит пылью "
          "вообще ну будем мыть потом на улицу к нар блоку",
          D(MESTO, "890519", ["1"], "arrived, working on п1; outdoor unit later (plan)"),
          quote=(gattr(T(19, 11, 0), DANIIL), "в дороге на ГП5, Ставропольская 201 (890519) 🚗 ~25 мин"))

    gmail(T(19, 14, 0), "890114 п.3 вышка",
          "Ольга, по 890114 п.3 — вышку согласуете с ГП3? без неё на фасад не залезть (3 эт.). "
          "Мы можем в пт с 9:00, вышка 17 м от «Кубаньспецтех», мин. заказ 2 ч",
          R("question / plan about the aerial platform, no status"), reply=False)

    outlook(T(19, 15, 30), "RE: " + S519,
            """Добрый день!

Даниил просил передать, у него сел телефон: по заявке 890519 (ГП № 5) работы по обеим позициям закончены, ребята уехали с объекта в 15:10.
Акт выполненных работ подготовлю завтра.

Марина Ковалёва
бухгалтер ООО «КлиматЮг»
тел. (861) 240-15-77 доб. 3

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Thursday, November 19, 2026 3:12 PM
To: Даниил Соколов <daniil@klimatyug.ru>; buh@klimatyug.ru
Subject: Заявка № 890519 — ГП № 5, регистратура

Даниил, добрый день. По 890519 бригада ещё на объекте? Поликлиника спрашивает, можно ли открывать регистратуру.
--
Диспетчерская ОМИС""",
            D(UBYL, "890519", [], "accountant relays Daniil: both positions finished, crew left 15:10 (= whole request); quoted question is old"),
            extra=[("In-Reply-To", disp_id(T(19, 15, 12))), ("References", disp_id(T(19, 15, 12)))])

    # read receipt
    rt = T(19, 16, 2)
    rr_txt = """Ваше сообщение

  Кому: Марина Ковалёва
  Тема: RE: Счет на оплату № 1174 от 11.11.2026
  Отправлено: 19.11.2026 15:48

было прочитано 19.11.2026 16:02."""
    orig = disp_id(T(19, 15, 48))
    mdn = ("Reporting-UA: klimatyug.ru; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;buh@klimatyug.ru\n"
           f"Original-Message-ID: {orig}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n").encode()
    body = multi("report", [leaf(rr_txt + "\n", "plain", "windows-1251", "quoted-printable"),
                            raw_leaf("message/disposition-notification", mdn, "7bit")],
                 params="; report-type=disposition-notification")
    heads = [("From", ad(MARINA, "windows-1251")), ("To", ad(DISPATCH, "windows-1251")),
             ("Subject", hdr("Прочитано: RE: Счет на оплату № 1174 от 11.11.2026", "windows-1251")),
             ("Date", format_datetime(rt)), ("Message-ID", outlook_id()),
             ("In-Reply-To", orig), ("References", orig), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(rt, message(heads, body), I("Outlook read receipt"))

    # ================================================================ 20 Nov
    gmail(T(20, 7, 45), "Re: " + S607, "едем на жен. консультацию, в 8:10 будем 🚐",
          D(PUT, "890607", [], "on the way; number only in Re: subject"),
          quote=(gattr(T(19, 8, 3), DISPATCH), Q_607))

    gmail(T(20, 8, 40), "Re: " + S688,
          "приняли. сегодня всё равно на ГП3 едем по 890114 (п.3, вышка в 10:00), заодно и эту сделаем 👍",
          R("two different requests in one letter (890688 in subject, 890114 in text)"),
          quote=(gattr(T(20, 8, 17), DISPATCH), Q_688))

    gmail(T(20, 9, 30), "890607", "нa мeсте, кассетник в холле, панель сняли — помпа не качает",
          D(MESTO, "890607", [], "'нa мeсте' with Latin a/e"))

    gmail(T(20, 10, 30), "Re: 890114 п.3 вышка", "вышка приехала, ребята наверху 🧗‍♂️ п.3 в работе",
          D(MESTO, "890114", ["3"], "old question in subject; body: crew up on the platform working"),
          quote=(gattr(T(19, 14, 0), DANIIL),
                 "Ольга, по 890114 п.3 — вышку согласуете с ГП3? без неё на фасад не залезть (3 эт.). "
                 "Мы можем в пт с 9:00, вышка 17 м от «Кубаньспецтех», мин. заказ 2 ч"))

    gmail(T(20, 11, 50), "Re: 890607",
          "Убытие 11:40.\nПомпа Sauermann Si-30 заменена, пролили 2 л — уходит, не капает. Готово ✅",
          D(UBYL, "890607", [], "noun 'Убытие 11:40'"),
          quote=(gattr(T(20, 9, 30), DANIIL), "нa мeсте, кассетник в холле, панель сняли — помпа не качает"))

    gmail(T(20, 13, 30), "890114 поз.3",
          "890114, 3-й (нар. блок) — течь по вальцовке устранили, дозаправили 0,6 кг R410A, вышку отпустили в 13:20. "
          "Позиция закрыта ✅",
          D(UBYL, "890114", ["3"], "'позиция закрыта' = work finished"))

    gmail(T(20, 13, 45), "Re: " + S688,
          "раз мы уже на ГП3 — зашли в процедурную и прививочный, работаем 🔧",
          D(MESTO, "890688", [], "number only in Re: subject; both rooms = both positions = whole request; quoted 890114 is old text"),
          quote=(gattr(T(20, 8, 40), DANIIL),
                 "приняли. сегодня всё равно на ГП3 едем по 890114 (п.3, вышка в 10:00), заодно и эту сделаем 👍"))

    gmail(T(20, 15, 20), "Re: " + S688,
          "по обращению 890688: п.1 процедурная ✅ п.2 прививочный ✅ — почистили, в прививочном заменили датчик (NTC 10k). "
          "Всё, уехали 🏁",
          D(UBYL, "890688", ["1", "2"], "'по обращению'; both positions done, left"),
          quote=(gattr(T(20, 13, 45), DANIIL), "раз мы уже на ГП3 — зашли в процедурную и прививочный, работаем 🔧"))

    gmail(T(20, 17, 0), "СОШ 71 актовый зал — заявку заведите плз",
          "Ольга, привет. Звонила завхоз СОШ № 71 (Татьяна Ивановна, 8-918-634-21-07): в актовом зале оба кассетника "
          "не греют, в пн у них концерт. Заведите заявку плз, мы в пн с утра можем.\n"
          "ул. Восточно-Кругликовская, 81",
          R("asks to register a new request; no request number, no status"), reply=False)

    # ================================================================ 22 Nov (Sun) vacation responder
    vt = T(22, 12, 14)
    vtxt = ("Привет! Сегодня выходной, почту смотрю в пн с 8:00 🙂\n"
            "Срочно по кондерам — дежурный техник +7 918 377-45-10.\n\nДаниил")
    body = multi("alternative", [leaf(vtxt + "\n", "plain", "UTF-8", "base64"),
                                 leaf('<div dir="ltr">' + lines_to_html(vtxt.split("\n")) + "</div>\n", "html", "UTF-8", "base64")])
    rid = disp_id(T(22, 12, 13))
    heads = [("Date", format_datetime(vt)), ("From", ad(DANIIL)), ("To", ad(DISPATCH)),
             ("Subject", hdr("Re: Заявка № 890688 — фото до/после")), ("Message-ID", gmail_id()),
             ("In-Reply-To", rid), ("References", rid), ("Auto-Submitted", "auto-replied"),
             ("X-Autoreply", "yes")]
    add(vt, message(heads, body), I("vacation / weekend auto-reply (Auto-Submitted)"))

    # ================================================================ 23 Nov
    gmail(T(23, 9, 30), "Re: " + S731, "Приняли, спс что быстро завели 🙌 будем после 3-го урока, ~11:30",
          D(PRIN, "890731", [], "accepted; arrival time is a plan"),
          quote=(gattr(T(23, 8, 47), DISPATCH), Q_731))

    t_b = T(23, 12, 3)
    gmail(T(23, 12, 10), "наряд 890731",
          "п.1, п.2 — на месте, смотрят оба кассетника 👇",
          D(MESTO, "890731", ["1", "2"], "'наряд' wording; E4 in transcript is an error code"),
          fwd=(fwd_en(t_b, "Расшифровка: Руслан Хачатуров (0:38)"),
               bot_body("Руслан Хачатуров", T(23, 12, 2), "0:38",
                        "ну мы в семьдесят первой короче в актовом зале ну оба кассетника смотрим левый ошибка е четыре "
                        "датчик наверно правый вообще не включается плату смотреть надо ну")))

    gmail(T(23, 15, 0), "Re: наряд 890731",
          "п1 (левый) — датчик заменили, греет ✅\nп2 (правый) — плата, заказали, в ср доделаем. "
          "Концерт сегодня на одном переживут 😅",
          D(UBYL, "890731", ["1"], "p1 repaired (result); p2 waits for a board (plan)"),
          quote=(gattr(T(23, 12, 10), DANIIL), "п.1, п.2 — на месте, смотрят оба кассетника 👇"))

    # ================================================================ 24 Nov
    gmail(T(24, 10, 15), "890203 п.3",
          "890203 п.3 — попросили глянуть кондер в регистратуре (тоже Haier), течёт. Прочистили дренаж, всё ок. "
          "Добавьте позицию в заявку плз, чтоб в акт вошло",
          R("position 3 does not exist in request 890203 (only 1 and 2); asks to add it"))

    outlook(T(24, 11, 30), "RE: Акты за ноябрь",
            """Добрый день!

Во вложении акты выполненных работ:
№ 1181 от 23.11.2026 — заявка 890114
№ 1182 от 23.11.2026 — заявка 890127
№ 1183 от 23.11.2026 — заявка 890203
№ 1184 от 23.11.2026 — заявка 890245
Просим подписать и вернуть скан, оригиналы передадим с водителем в четверг.

С уважением,
Марина Ковалёва
бухгалтер ООО «КлиматЮг»
тел. (861) 240-15-77 доб. 3

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 23 ноября 2026 г. 16:40
Кому: buh@klimatyug.ru
Тема: Акты за ноябрь

Марина, добрый день. Пришлите, пожалуйста, акты по закрытым заявкам: 890114, 890127, 890203, 890245.""",
            R("accounting documents for several requests; no status report"),
            attach=[("Акты_1181-1184.pdf", b"%PDF-1.4\n% dummy\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")],
            extra=[("In-Reply-To", disp_id(T(23, 16, 40))), ("References", disp_id(T(23, 16, 40)))])

    # calendar accept
    ct = T(24, 14, 5)
    ev_uid = "4k2j8d1q0m7v3c9s6t5r2p1n0b@google.com"
    cal_txt = """Даниил Соколов принял это приглашение.

Планёрка с подрядчиками: ТО кондиционеров (декабрь)
четверг, 26 ноября 2026 г.⋅10:00–11:00
Часовой пояс: Москва
Присоединиться к видеовстрече: https://meet.google.com/xzq-hmtb-pwo

Приглашение из Google Календаря: https://calendar.google.com/calendar/

Вы получили это письмо, так как являетесь организатором мероприятия."""
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261126T070000Z
DTEND:20261126T080000Z
DTSTAMP:20261124T110500Z
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
UID:{ev_uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Даниил Соколов;X-NUM-GUESTS=0:mailto:daniil@klimatyug.ru
CREATED:20261123T132011Z
LAST-MODIFIED:20261124T110500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Планёрка с подрядчиками: ТО кондиционеров (декабрь)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    body = multi("alternative", [leaf(cal_txt + "\n", "plain", "UTF-8", "base64"),
                                 leaf('<div>' + lines_to_html(cal_txt.split("\n")) + "</div>\n", "html", "UTF-8", "quoted-printable"),
                                 raw_leaf('text/calendar; charset="UTF-8"; method=REPLY',
                                          base64.encodebytes(ics.replace("\n", "\r\n").encode()), "base64")])
    heads = [("Date", format_datetime(ct)), ("From", ad(DANIIL)), ("To", ad(DISPATCH)),
             ("Subject", hdr("Принято: Планёрка с подрядчиками: ТО кондиционеров (декабрь) @ чт 26 нояб. 2026 10:00 - 11:00 (MSK) (dispatch@zakazchik-omis.ru)")),
             ("Message-ID", gmail_id()), ("Reply-To", ad(DANIIL)), ("Sender", "Google Calendar <calendar-notification@google.com>")]
    add(ct, message(heads, body), I("calendar meeting acceptance generated by the mail client"))

    # ================================================================ 25 Nov
    gmail(T(25, 11, 20), "890713 п2", "890713 п2 готово, плату поставили, правый кассетник греет 🔥",
          R("request 890713 is not in the registry (typo of 890731, but dispatcher cannot be sure)"))

    gmail(T(25, 11, 26), "Re: 890713 п2",
          "опечатался в номере 🙈 правильно 890731 — по второй позиции всё, плата стоит, греет, уехали",
          D(UBYL, "890731", ["2"], "correction: body gives the right number and restates the status; wrong number stays in subject/quote"),
          quote=(gattr(T(25, 11, 20), DANIIL), "890713 п2 готово, плату поставили, правый кассетник греет 🔥"))

    # ================================================================ 26 Nov Marina auto-reply
    at = T(26, 9, 12)
    atxt = """Добрый день!

Я в отпуске с 26.11.2026 по 04.12.2026 включительно, почту не проверяю.
По вопросам счетов и актов обращайтесь к Даниилу Соколову: daniil@klimatyug.ru, +7 918 377-45-09.

С уважением,
Марина Ковалёва"""
    body = multi("alternative", [leaf(atxt + "\n", "plain", "windows-1251", "quoted-printable"),
                                 leaf("<html><body><p>" + "<br>".join(html.escape(x) for x in atxt.split("\n")) + "</p></body></html>",
                                      "html", "windows-1251", "quoted-printable")])
    rid = disp_id(T(26, 9, 11))
    heads = [("From", ad(MARINA, "windows-1251")), ("To", ad(DISPATCH, "windows-1251")),
             ("Subject", hdr("Автоматический ответ: RE: Акты за ноябрь", "windows-1251")),
             ("Date", format_datetime(at)), ("Message-ID", outlook_id()),
             ("In-Reply-To", rid), ("References", rid),
             ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("X-Mailer", "Microsoft Outlook 16.0")]
    add(at, message(heads, body), I("Outlook out-of-office auto-reply"))


def main():
    build()
    LETTERS.sort(key=lambda x: x[0])
    os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "letters")):
        os.remove(os.path.join(OUT, "letters", f))
    labels = {}
    for i, (t, data, label) in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(OUT, "letters", name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    reg = {
        "contractor": {"name": "ООО «КлиматЮг»",
                       "emails": ["daniil@klimatyug.ru", "d.sokolov.krd@gmail.com", "buh@klimatyug.ru",
                                  "info@klimatyug.ru", "news@klimatyug.ru", "Mailer-Daemon@klimatyug.ru"],
                       "domains": ["klimatyug.ru"]},
        "requests": [
            {"number": "890114", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T08:40:00+03:00",
             "comment": "ГБУЗ «Городская поликлиника № 3», ул. Тургенева, 189: 1 — вн. блок каб. 204; 2 — вн. блок каб. 211; 3 — нар. блок на фасаде (3 эт.)"},
            {"number": "890127", "positions": ["1", "2"], "registered_at": "2026-11-09T09:30:00+03:00",
             "comment": "МБОУ СОШ № 48, спортзал: 1 — приточная установка П1; 2 — вытяжная установка В1"},
            {"number": "890203", "positions": ["1", "2"], "registered_at": "2026-11-10T09:05:00+03:00",
             "comment": "Стоматологическая поликлиника № 1, ул. Красная, 142: 1 — кондиционер стерилизационной; 2 — кондиционер каб. 5"},
            {"number": "890245", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-11T08:20:00+03:00",
             "comment": "Детская поликлиника № 2, плановое ТО вн. блоков: 1 — каб. 101; 2 — каб. 102; 3 — каб. 105; 4 — каб. 110"},
            {"number": "890311", "positions": ["1", "2"], "registered_at": "2026-11-12T10:30:00+03:00",
             "comment": "Гимназия № 36: 1 — сплит в серверной; 2 — сплит каб. информатики № 24"},
            {"number": "890356", "positions": ["1"], "registered_at": "2026-11-12T16:00:00+03:00",
             "comment": "СОШ № 101: 1 — наружный блок кондиционера пищеблока (кровля)"},
            {"number": "890402", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:10:00+03:00",
             "comment": "КДЦ, ул. Красных Партизан, 6/2: 1 — вн. блок рентген-кабинета; 2 — нар. блок рентген-кабинета; 3 — вн. блок пультовой МРТ"},
            {"number": "890478", "positions": ["1", "2"], "registered_at": "2026-11-16T13:00:00+03:00",
             "comment": "СОШ № 12, вентиляция пищеблока: 1 — вытяжная установка В2; 2 — приточная установка П2"},
            {"number": "890519", "positions": ["1", "2"], "registered_at": "2026-11-17T09:00:00+03:00",
             "comment": "Городская поликлиника № 5, регистратура: 1 — вн. блок; 2 — нар. блок"},
            {"number": "890563", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T08:30:00+03:00",
             "comment": "Лицей № 4, сплиты: 1 — каб. 301; 2 — каб. 302; 3 — каб. 305"},
            {"number": "890607", "positions": ["1"], "registered_at": "2026-11-19T08:00:00+03:00",
             "comment": "Женская консультация № 2: 1 — кассетный блок в холле"},
            {"number": "890688", "positions": ["1", "2"], "registered_at": "2026-11-20T08:15:00+03:00",
             "comment": "Городская поликлиника № 3: 1 — вн. блок процедурной (каб. 108); 2 — вн. блок прививочного (каб. 112)"},
            {"number": "890731", "positions": ["1", "2"], "registered_at": "2026-11-23T08:45:00+03:00",
             "comment": "СОШ № 71, актовый зал: 1 — кассетный блок левый; 2 — кассетный блок правый"},
        ]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(l["expect"] for l in labels.values())
    print(len(labels), dict(c))


if __name__ == "__main__":
    main()
