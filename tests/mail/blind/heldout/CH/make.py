# -*- coding: utf-8 -*-
"""Generator for the ИП Гарипов Р.Ф. (Уфа, кровля/фасады) test letters.
Run:  python3 make.py   -> letters/NNN.eml, labels.json, registry.json"""
import json, os, sys, base64
from datetime import datetime, timezone, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk_lib import *  # noqa

OUT = os.path.dirname(os.path.abspath(__file__))
UFA = timezone(timedelta(hours=5))
MSK = timezone(timedelta(hours=3))

RINAT = ("ИП Гарипов Р.Ф.", "rinat@garipov-krovlya.ru")
PHONE = ("Ринат Гарипов", "garipov58@yandex.ru")
ARTUR = ("Артур Гарипов", "artur@garipov-krovlya.ru")
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

BAT_SIG = "\n\n-- \nС уважением,\n ИП Гарипов Р.Ф.                          mailto:rinat@garipov-krovlya.ru"
YA_SIG = "\n\nОтправлено из мобильной Яндекс Почты"
IPH_SIG = "\n\nОтправлено с iPhone"


def d(day, hh, mm, ss=0, tz=UFA):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=tz)


def dmid(req, n=1):
    return "<omis.%s.%d@zakazchik-omis.ru>" % (req, n)


# ---------------------------------------------------------------- dispatcher texts (quoted only)
DQ = {
    "860114": """Добрый день!
Направляем заявку № 860114.
Адрес: г. Уфа, ул. Менделеева, д. 14, корп. 2.
Поз. 1 — протечка кровли над 3-м подъездом (кв. 87).
Поз. 2 — протечка кровли над 5-м подъездом (кв. 112).
Просим подтвердить принятие заявки и сообщать о выезде, прибытии и
убытии бригады по каждой позиции.

Диспетчер Сафина Лилия
Диспетчерская служба ОМИС""",
    "860127": """Добрый день!
Заявка № 860127, г. Уфа, пр. Октября, д. 71.
Поз. 1 — козырёк над входом в 1-й подъезд, разрушение бетона, оголена арматура.
Поз. 2 — отслоение облицовочной плитки цоколя со стороны двора.
Поз. 3 — водосточная труба на углу дома (со стороны ул. Комсомольской), оторваны звенья.
Прошу подтвердить принятие.

Диспетчер Сафина Лилия""",
    "860203": """Добрый день.
Заявка № 860203 от 03.11.2026
г. Уфа, ул. Комсомольская, д. 15. Протечка мягкой кровли над кв. 60
(9 этаж, 6-й подъезд). Позиция одна.
Просим принять в работу и подтвердить.

Диспетчер Хабибуллина Алсу""",
    "860241": """Добрый день.
Заявка № 860241: очистка кровли от снега и наледи, ул. Рихарда Зорге, д. 46.
Поз. 1 — кровля над 1-м подъездом
Поз. 2 — кровля над 2-м подъездом
Поз. 3 — кровля над 3-м подъездом
Поз. 4 — кровля над 4-м подъездом
Наледь и сосульки над входами, угроза падения. Срочно.

Диспетчер Сафина Лилия""",
    "860288": """Заявка № 860288. г. Уфа, ул. Баязита Бикбая, д. 25.
Поз. 1 — замена водосточной воронки на кровле над 2-м подъездом.
Поз. 2 — замена водосточной трубы у 4-го подъезда (нижние звенья).
Просьба подтвердить.""",
    "860315": """Добрый день.
Заявка № 860315. г. Уфа, бульвар Ибрагимова, д. 33.
Протечка в кв. 45 (9 эт.) по примыканию кровли к парапету. Позиция 1.
Просим принять в работу.

Диспетчер Хабибуллина Алсу""",
    "860407": """Добрый день.
Заявка № 860407. г. Уфа, ул. Революционная, д. 98/1.
Козырьки балконов верхнего (10-го) этажа:
поз. 1 — кв. 80,
поз. 2 — кв. 84.
Разрушены, протечки на балконы. Прошу подтвердить.

Диспетчер Сафина Лилия""",
    "860466": """СРОЧНО.
Заявка № 860466, г. Уфа, ул. Айская, д. 64.
Ночью ветром сорвало листы профнастила с кровли над 2-м подъездом,
листы висят над двором. УК ограждает опасную зону.
Просим выехать в приоритетном порядке.

Диспетчер Сафина Лилия""",
    "860519": """Заявка № 860519. г. Уфа, ул. Кольцевая, д. 141.
Ремонт оголовков вентшахт на кровле:
поз. 1 — над 1-м подъездом,
поз. 2 — над 3-м подъездом,
поз. 3 — над 6-м подъездом.
Разрушение кирпичной кладки, отсутствуют зонты.

Диспетчер Хабибуллина Алсу""",
    "860573": """Заявка № 860573. г. Уфа, ул. Степана Злобина, д. 38.
Отслоение штукатурки фасада:
поз. 1 — над окнами 1-го этажа со стороны улицы,
поз. 2 — торец дома (со стороны двора).
Ограждение опасной зоны установлено УК.""",
    "860604": """Заявка № 860604, г. Уфа, ул. 50 лет СССР, д. 12.
Протечка кровли над 1-м подъездом, вода по козырьку в тамбур.
Позиция 1.
Диспетчер Сафина Лилия""",
    "860650": """Добрый день.
Заявка № 860650. г. Уфа, ул. Транспортная, д. 44/2.
Поз. 1 — установка снегозадержателей над 1-м и 2-м подъездами.
Поз. 2 — восстановление ограждения кровли по периметру со стороны двора.

Диспетчер Сафина Лилия""",
}


def q(text, prefix="ДО> "):
    out = []
    for line in text.split("\n"):
        out.append(prefix + line if line.strip() else "")
    return "\n".join(out)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def bat_quote(when, text, prefix="ДО> "):
    return "Вы писали %s:\n\n%s" % (when, q(text, prefix))


# ---------------------------------------------------------------- client builders
def common(frm, dt, subject, charset, mode, mid, irt=None, to=DISP, extra=()):
    H = ["From: " + addr(frm[0], frm[1], charset, mode),
         "To: " + addr(to[0], to[1], charset, mode),
         hdr("Subject", subject, charset, mode),
         datehdr(dt),
         "Message-ID: " + mid]
    if irt:
        H.append("In-Reply-To: " + irt)
        H.append("References: " + irt)
    H.extend(extra)
    return H


def thebat(dt, subject, text, charset="windows-1251", cte="8bit", mode="B", irt=None,
           greet=True, sig=True, attach=None):
    body = ("Здравствуйте, Диспетчерская.\n\n" if greet else "") + text + (BAT_SIG if sig else "")
    body = wrap76(body)
    H = common(RINAT, dt, subject, charset, mode, mid_thebat(dt), irt,
               extra=["X-Mailer: The Bat! (v8.8.9) Professional",
                      "Reply-To: " + addr(RINAT[0], RINAT[1], charset, mode),
                      "X-Priority: 3 (Normal)"])
    part = leaf(body, charset, cte)
    if attach:
        fname, data, ctype = attach
        a = ('Content-Type: %s; name="%s"\r\nContent-Transfer-Encoding: base64\r\n'
             'Content-Disposition: attachment; filename="%s"\r\n\r\n' % (ctype, fname, fname)).encode()
        a += base64.encodebytes(data).replace(b"\n", b"\r\n")
        part = multipart("mixed", [part, a])
    return build(H, part)


def android(dt, subject, text, quote=None, html=False, irt=None):
    body = text + YA_SIG
    if quote:
        when, qtext = quote
        body += "\n\n%s, \"Диспетчерская ОМИС\" <dispatch@zakazchik-omis.ru>:\n%s" % (when, gt(qtext))
    H = common(PHONE, dt, subject, "utf-8", "B", mid_yandex(dt), irt)
    if html:
        import html as H_
        hb = "<div>" + "</div><div>".join(H_.escape(l) if l else "<br />" for l in (text.split("\n"))) + "</div>"
        hb += "<div><br /></div><div>-- <br />Отправлено из мобильной Яндекс Почты</div>"
        if quote:
            hb += "<div><br /></div><div>%s, &quot;Диспетчерская ОМИС&quot; &lt;dispatch@zakazchik-omis.ru&gt;:</div>" % quote[0]
            hb += "<blockquote>" + "<br />".join(H_.escape(l) for l in quote[1].split("\n")) + "</blockquote>"
        hb = "<html><body>" + hb + "</body></html>"
        part = multipart("alternative", [leaf(body, "utf-8", "base64"), leaf(hb, "utf-8", "base64", "html")])
    else:
        part = leaf(body, "utf-8", "base64")
    return build(H, part)


def iphone(dt, subject, text, quote=None, irt=None, cte="quoted-printable"):
    body = text + IPH_SIG
    if quote:
        when, qtext = quote
        body += "\n\n> %s, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n>\n%s" % (when, gt(qtext))
    H = common(ARTUR, dt, subject, "utf-8", "B", mid_iphone(dt), irt,
               extra=["X-Mailer: iPhone Mail (20H240)"])
    return build(H, leaf(body, "utf-8", cte))


def outlook_artur(dt, subject, text, irt=None):
    H = common(ARTUR, dt, subject, "utf-8", "B", mid_outlook(dt), irt,
               extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtLqK3nV1sQe2fMRqOhk0x9b7c1Aw==",
                      "Content-Language: ru"])
    return build(H, leaf(text, "utf-8", "quoted-printable"))


def html_only(frm, dt, subject, htmlbody, mid, extra=()):
    H = common(frm, dt, subject, "utf-8", "B", mid, extra=list(extra))
    return build(H, leaf(htmlbody, "utf-8", "quoted-printable", "html"))


LET = []


def add(dt, raw, label):
    LET.append((dt, raw, label))


def dec(req, pos, status, note):
    assert status in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


from letters import define  # noqa: E402

define(globals())

# ---------------------------------------------------------------- registry
REG = {
    "contractor": {
        "name": "ИП Гарипов Ринат Фаритович (кровля, фасады, Уфа)",
        "emails": ["rinat@garipov-krovlya.ru", "artur@garipov-krovlya.ru", "garipov58@yandex.ru",
                   "news@garipov-krovlya.ru", "mailer-daemon@garipov-krovlya.ru"],
        "domains": ["garipov-krovlya.ru"],
    },
    "requests": [
        {"number": "860114", "positions": ["1", "2"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "Уфа, ул. Менделеева 14 корп. 2, протечка кровли. Поз.1 — кровля над 3-м подъездом (кв. 87); поз.2 — кровля над 5-м подъездом (кв. 112)"},
        {"number": "860127", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T14:30:00+03:00",
         "comment": "Уфа, пр. Октября 71, фасад. Поз.1 — козырёк над входом в 1-й подъезд; поз.2 — облицовка цоколя со стороны двора; поз.3 — водосточная труба на углу дома"},
        {"number": "860203", "positions": ["1"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "Уфа, ул. Комсомольская 15, протечка мягкой кровли над кв. 60 (6-й подъезд)"},
        {"number": "860241", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T08:00:00+03:00",
         "comment": "Уфа, ул. Рихарда Зорге 46, очистка кровли от снега и наледи. Поз.1–4 — кровля над подъездами 1–4 соответственно"},
        {"number": "860288", "positions": ["1", "2"], "registered_at": "2026-11-06T09:00:00+03:00",
         "comment": "Уфа, ул. Баязита Бикбая 25, водосток. Поз.1 — воронка на кровле над 2-м подъездом; поз.2 — водосточная труба у 4-го подъезда"},
        {"number": "860315", "positions": ["1"], "registered_at": "2026-11-10T11:20:00+03:00",
         "comment": "Уфа, бульвар Ибрагимова 33, примыкание кровли к парапету, протечка в кв. 45"},
        {"number": "860352", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "Уфа, ул. Первомайская 58, герметизация межпанельных швов (промальп). Поз.1 — кв. 12; поз.2 — кв. 47; поз.3 — кв. 93"},
        {"number": "860407", "positions": ["1", "2"], "registered_at": "2026-11-13T15:00:00+03:00",
         "comment": "Уфа, ул. Революционная 98/1, козырьки балконов 10-го этажа. Поз.1 — кв. 80; поз.2 — кв. 84"},
        {"number": "860466", "positions": ["1"], "registered_at": "2026-11-17T07:30:00+03:00",
         "comment": "Уфа, ул. Айская 64, СРОЧНО: сорваны ветром листы профнастила над 2-м подъездом"},
        {"number": "860519", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T10:00:00+03:00",
         "comment": "Уфа, ул. Кольцевая 141, оголовки вентшахт. Поз.1 — над 1-м подъездом; поз.2 — над 3-м; поз.3 — над 6-м"},
        {"number": "860573", "positions": ["1", "2"], "registered_at": "2026-11-19T13:00:00+03:00",
         "comment": "Уфа, ул. Степана Злобина 38, отслоение штукатурки фасада. Поз.1 — над окнами 1-го этажа со стороны улицы; поз.2 — торец дома"},
        {"number": "860604", "positions": ["1"], "registered_at": "2026-11-23T09:30:00+03:00",
         "comment": "Уфа, ул. 50 лет СССР 12, протечка кровли/козырька над 1-м подъездом"},
        {"number": "860650", "positions": ["1", "2"], "registered_at": "2026-11-24T10:00:00+03:00",
         "comment": "Уфа, ул. Транспортная 44/2. Поз.1 — снегозадержатели над 1-м и 2-м подъездами; поз.2 — ограждение кровли со стороны двора"},
    ],
}

# ---------------------------------------------------------------- write
LET.sort(key=lambda x: x[0])
os.makedirs(os.path.join(OUT, "letters"), exist_ok=True)
for f in os.listdir(os.path.join(OUT, "letters")):
    os.remove(os.path.join(OUT, "letters", f))
labels = {}
for i, (dt, raw, lab) in enumerate(LET, 1):
    fn = "%03d.eml" % i
    with open(os.path.join(OUT, "letters", fn), "wb") as fh:
        fh.write(raw)
    labels[fn] = lab
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REG, fh, ensure_ascii=False, indent=1)
print("letters:", len(LET))
