# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «Ремонт-Колор» (office manager Марина Белоусова)."""
import os, json, random, struct, zlib, datetime, html
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.image import MIMEImage
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
from email import charset as ch
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(444)

DOM = "remont-color.ru"
MARINA = ("Марина Белоусова", "belousova@remont-color.ru")
OFFICE = ("ООО Ремонт-Колор", "office@remont-color.ru")
BUH = ("Бухгалтерия Ремонт-Колор", "buh@remont-color.ru")
NEWS = ("Ремонт-Колор", "news@remont-color.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@remont-color.ru")
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
OLGA = "Петрова Ольга"
TZ = datetime.timezone(datetime.timedelta(hours=3))


def d(day, hh, mm, ss=None):
    return datetime.datetime(2026, 11, day, hh, mm, ss if ss is not None else rnd.randint(0, 59), tzinfo=TZ)


def fmt(dt):
    return format_datetime(dt)


def ru_dt(dt):
    wd = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"][dt.weekday()]
    return "%s, %d ноября 2026 г. %d:%02d" % (wd, dt.day, dt.hour, dt.minute)


FALLBACK = {"²": "2", "×": "x", "−": "-", "«": '"', "»": '"', "№": "N", "·": "-", "—": "-", "–": "-", "•": "*", "°": " град."}


def fix_text(s, cs):
    out = []
    for chx in s:
        try:
            chx.encode(cs)
            out.append(chx)
        except UnicodeEncodeError:
            out.append(FALLBACK.get(chx, "?"))
    return "".join(out)


def mkcs(name, enc):
    c = ch.Charset(name)
    c.body_encoding = {"qp": ch.QP, "b64": ch.BASE64, "8bit": None}[enc]
    c.header_encoding = ch.BASE64 if name != "utf-8" else ch.QP
    return c


def png(w=40, h=16):
    rows = b""
    for y in range(h):
        rows += b"\x00"
        for x in range(w):
            if x < w // 3:
                rows += bytes((230, 60, 40))
            elif x < 2 * w // 3:
                rows += bytes((250, 190, 20))
            else:
                rows += bytes((30, 120, 200))

    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


LOGO = png()

SIG_TXT = """С уважением,
Марина Белоусова
офис-менеджер ООО «Ремонт-Колор»
тел. +7 (495) 444-18-27, доб. 102 | моб. +7 (926) 381-55-09
www.remont-color.ru | покраска · полы · мелкий ремонт"""

SIG_HTML = """<p class=MsoNormal style='margin-top:12pt'><span style='font-family:"Segoe Script";color:#C0392B;font-size:12pt'>С уважением,</span><br>
<b><span style='color:#1F4E79;font-size:11pt'>Марина Белоусова</span></b><br>
<span style='color:#7F7F7F;font-size:9pt'>офис-менеджер ООО «Ремонт-Колор»</span></p>
<table cellpadding=0 cellspacing=0 style='border-collapse:collapse'><tr>
<td style='padding:0 8pt 0 0;border-right:2pt solid #F4B400'><img width=120 height=48 src="cid:logo_rc@remont-color.ru" alt="Ремонт-Колор"></td>
<td style='padding:0 0 0 8pt'><span style='font-size:9pt;color:#2E75B6'>тел. +7 (495) 444-18-27, доб. 102<br>моб. +7 (926) 381-55-09<br>
<a href="http://www.remont-color.ru"><span style='color:#E67E22'>www.remont-color.ru</span></a></span><br>
<span style='font-size:8pt;color:#70AD47'>покраска &#183; полы &#183; мелкий ремонт</span></td></tr></table>
<p class=MsoNormal><span style='font-size:7.5pt;color:#A6A6A6'>Пожалуйста, подумайте об окружающей среде, прежде чем распечатывать это письмо.</span></p>"""


def esc(s):
    return html.escape(s, quote=False)


def para_html(text):
    out = []
    for p in text.strip("\n").split("\n\n"):
        if p.strip() == "{TABLE}":
            out.append("{TABLE}")
            continue
        out.append("<p class=MsoNormal>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>\n<p class=MsoNormal>&nbsp;</p>")
    return "\n".join(out)


def table_html(rows):
    h = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    for i, r in enumerate(rows):
        h.append("<tr>")
        for c in r:
            if i == 0:
                h.append("<td style='border:solid windowtext 1.0pt;background:#DEEAF6;padding:0 5.4pt'><p class=MsoNormal><b>%s</b></p></td>" % esc(c))
            else:
                h.append("<td style='border:solid windowtext 1.0pt;padding:0 5.4pt'><p class=MsoNormal>%s</p></td>" % esc(c))
        h.append("</tr>")
    h.append("</table>")
    return "\n".join(h)


def table_txt(rows):
    return "\n".join("\t".join(r) for r in rows)


def outlook_quote(frm, dt, to, subj, body):
    hdr_t = "От: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n" % (frm, ru_dt(dt), to, subj)
    hdr_h = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
             "<b>От:</b> %s<br><b>Отправлено:</b> %s<br><b>Кому:</b> %s<br><b>Тема:</b> %s</p></div>\n"
             % (esc(frm), esc(ru_dt(dt)), esc(to), esc(subj)))
    return hdr_t + body.strip("\n"), hdr_h + para_html(body)


def outlook(body, quote=None, table=None, cs="windows-1251", enc="qp", logo=True, sig=True, html_only=False):
    """Outlook-like message body: multipart/alternative (+ related logo)."""
    txt = body.strip("\n")
    hb = para_html(body)
    if table:
        txt = txt.replace("{TABLE}", table_txt(table))
        hb = hb.replace("{TABLE}", table_html(table))
    if sig:
        txt += "\n\n" + SIG_TXT
        hb += "\n" + SIG_HTML
    if quote:
        qt, qh = quote
        txt += "\n\n" + qt
        hb += "\n<div>\n" + qh + "\n</div>"
    hdoc = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            "<meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head>"
            "<body lang=RU link=\"#0563C1\"><div class=WordSection1>\n%s\n</div></body></html>" % (cs, hb))
    c = mkcs(cs, enc)
    hdoc = hdoc.encode(cs, "xmlcharrefreplace").decode(cs)
    txt = fix_text(txt, cs)
    hpart = MIMEText(hdoc, "html", c)
    if html_only:
        alt = hpart
    else:
        alt = MIMEMultipart("alternative")
        alt.attach(MIMEText(txt + "\n", "plain", c))
        alt.attach(hpart)
    if logo and sig:
        rel = MIMEMultipart("related", type="multipart/alternative" if not html_only else "text/html")
        rel.attach(alt)
        img = MIMEImage(LOGO, "png", name="image001.png")
        img["Content-ID"] = "<logo_rc@remont-color.ru>"
        img["Content-Disposition"] = 'inline; filename="image001.png"'
        rel.attach(img)
        return rel
    return alt


def plain(text, cs="utf-8", enc="8bit"):
    return MIMEText(fix_text(text.strip("\n") + "\n", cs), "plain", mkcs(cs, enc))


def attach_file(msg_or_part, name, data, mtype=("application", "octet-stream")):
    if not msg_or_part.is_multipart():
        raise ValueError
    p = MIMEBase(*mtype, name=name)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=name)
    msg_or_part.attach(p)


def with_attachments(part, files):
    m = MIMEMultipart("mixed")
    m.attach(part)
    for name, data, mt in files:
        attach_file(m, name, data, mt)
    return m


def msgid():
    return "<%08x$%08x$%08x$@remont-color.ru>" % (rnd.getrandbits(32), rnd.getrandbits(32), rnd.getrandbits(32))


def envelope(part, frm, subj, dt, cs="windows-1251", to=DISP, cc=None, irt=None, mailer="Microsoft Outlook 16.0", extra=None):
    m = part
    m["From"] = formataddr(frm, charset=cs if cs != "koi8-r" else "koi8-r")
    m["To"] = formataddr(to, charset=cs)
    if cc:
        m["Cc"] = cc
    m["Subject"] = Header(fix_text(subj, cs), cs)
    m["Date"] = fmt(dt)
    m["Message-ID"] = msgid()
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    if mailer:
        m["X-Mailer"] = mailer
    if mailer and "Outlook" in mailer:
        m["Thread-Index"] = "AdtQ" + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789") for _ in range(24)) + "=="
        m["Content-Language"] = "ru"
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def dmid():
    return "<%d.%d@zakazchik-omis.ru>" % (rnd.getrandbits(40), rnd.getrandbits(20))


LETTERS = []


def add(msg, label):
    n = "%03d.eml" % (len(LETTERS) + 1)
    LETTERS.append((n, msg, label))


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PR = "заявка принята"
VP = "подрядчик в пути"
NM = "подрядчик на месте"
UB = "подрядчик убыл"

# ---------------------------------------------------------------- registry
REG = [
    ("444105", ["1", "2"], d(2, 9, 15, 0), "Покраска стен: поз.1 коридор 2 эт., поз.2 лестничная клетка Б; БЦ «Северный», ул. Складочная, 1 стр. 4"),
    ("444118", ["1"], d(3, 11, 0, 0), "Замена линолеума в складском помещении №3, ул. Промышленная, 9"),
    ("444127", ["1", "2", "3"], d(4, 14, 0, 0), "Мелкий ремонт: 1 – дверь каб. 305 (перекос), 2 – плинтус в холле 1 эт., 3 – подкраска стены у лифта"),
    ("444203", ["1", "2"], d(6, 10, 0, 0), "Укладка ламината: 1 – переговорная 4 эт., 2 – кабинет 412"),
    ("444219", ["1"], d(9, 12, 0, 0), "Покраска фасада КПП-2"),
    ("444240", ["1", "2", "3", "4"], d(10, 8, 30, 0), "Замена потолочных плит после протечки: 1 – каб. 210, 2 – каб. 211, 3 – коридор 2 эт., 4 – санузел 2 эт."),
    ("444312", ["1"], d(12, 10, 0, 0), "Покраска металлического ограждения парковки"),
    ("444355", ["1", "2"], d(13, 15, 0, 0), "Ремонт плитки: 1 – санузел мужской 1 эт., 2 – санузел женский 1 эт."),
    ("444401", ["1", "2", "3"], d(16, 9, 0, 0), "Ремонт напольного покрытия в столовой: 1 – обеденный зал, 2 – раздаточная, 3 – подсобное помещение"),
    ("444478", ["1", "2"], d(18, 11, 0, 0), "Покраска дверей: 1 – 1 этаж (12 шт.), 2 – 2 этаж (9 шт.)"),
    ("444502", ["1", "2", "3"], d(20, 10, 0, 0), "Ремонт оконных откосов: 1 – каб. 101-104, 2 – каб. 105-108, 3 – холл"),
    ("444560", ["1"], d(23, 13, 0, 0), "Шпаклёвка и покраска стен после замены радиаторов, каб. 220"),
    ("444617", ["1", "2"], d(25, 10, 0, 0), "Замена плинтуса: 1 – коридор 3 эт., 2 – приёмная"),
]

SUBJ = {
    "444105": "Заявка № 444105 — покраска стен, БЦ Северный",
    "444118": "Заявка 444118 замена линолеума склад №3",
    "444127": "Заявка №444127 мелкий ремонт",
    "444203": "Заявка № 444203 укладка ламината",
    "444219": "Заявка 444219 - покраска фасада КПП-2",
    "444240": "Заявка № 444240 потолок после протечки",
    "444312": "Заявка 444312 окраска ограждения",
    "444355": "Заявка № 444355 плитка санузлы",
    "444401": "Заявка 444401 столовая, пол",
    "444478": "Заявка № 444478 покраска дверей",
    "444502": "Заявка №444502 откосы",
    "444560": "Заявка 444560 стены после радиаторов",
    "444617": "Заявка № 444617 плинтус",
}

# ================================================================ letters
# ---- 444105
add(envelope(outlook("""Добрый день, Ольга!

Заявку № 444105 получили, принимаем в работу. Покраску коридора 2 этажа и лестничной клетки Б выполнит бригада Сергея Волкова (3 человека).

Бригада сможет приступить завтра, 03.11, с 9:00. Прошу, если не сложно, заказать пропуск на автомобиль ГАЗель, гос. номер К 444 ОР 777, и на троих сотрудников (список во вложении пришлю отдельно).

Краска Dulux Trade Vinyl Matt, колеровка по вашему образцу RAL 9010, расход по смете — 38 л."""),
    MARINA, "RE: " + SUBJ["444105"], d(2, 10, 2), irt=dmid()),
    D("444105", [], PR, "accepted the whole request; car plate K444OP and plan for tomorrow are noise"))

add(envelope(outlook("""Ольга, доброе утро!

Бригада Сергея только что выехала к вам на Складочную, ориентировочно будут к 9:00–9:10, если не встанут на Дмитровке.

Водитель Андрей, тел. +7 (915) 208-44-31."""),
    MARINA, "444105 – выезд бригады", d(3, 8, 20)),
    D("444105", [], VP, "crew left for the site, arriving ~9:00"))

q_t, q_h = outlook_quote("Белоусова Марина <belousova@remont-color.ru>", d(3, 8, 20, 0), "Диспетчерская ОМИС",
                         "444105 – выезд бригады", "Ольга, доброе утро!\n\nБригада Сергея только что выехала к вам на Складочную, ориентировочно будут к 9:00–9:10.")
add(envelope(outlook("""Ольга, дополняю: со слов Сергея, бригада прибыла в 9:05, пропуск на проходной был, уже заносят материал и начали подготовку стен (шлифовка, грунт)."""
                     , quote=(q_t, q_h)),
    MARINA, "RE: 444105 – выезд бригады", d(3, 9, 12)),
    D("444105", [], NM, "arrived 9:05, working; quoted history says 'выехала' - ignored"))

add(envelope(outlook("""Добрый вечер, Ольга!

Сообщаю по заявке № 444105: бригада Сергея закончила работы по обеим позициям, мусор вынесли, плёнку сняли. Бригада убыла с объекта в 17:15.

{TABLE}

Акт выполненных работ № 318 от 05.11.2026 и счёт № 4471 на сумму 62 480,00 руб. (в т.ч. НДС 20% — 10 413,33 руб.) направлю завтра до обеда.""",
                     table=[["Поз.", "Место", "Работы", "Статус"],
                            ["1", "Коридор 2 этаж", "Покраска стен в 2 слоя, 146 м²", "Выполнено"],
                            ["2", "Лестничная клетка Б", "Покраска стен и перил, 88 м²", "Выполнено, бригада убыла 17:15"]]),
    MARINA, "444105 — работы завершены", d(5, 17, 40)),
    D("444105", ["1", "2"], UB, "table: both positions done, crew left 17:15; act/invoice numbers are noise"))

# ---- 444118
add(envelope(outlook("""Здравствуйте!

По обращению 444118 (склад №3, ул. Промышленная, 9) — принято в работу. Ответственный — мастер Игорь Половников, тел. +7 (903) 117-62-40.

Замер сделаем при первом выезде, предварительно по плану БТИ площадь 64,5 м².""", cs="windows-1251", enc="b64"),
    MARINA, "Обращение 444118 принято", d(3, 11, 47)),
    D("444118", [], PR, "'принято в работу', windows-1251 base64"))

q_t, q_h = outlook_quote("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", d(3, 11, 0, 0), "office@remont-color.ru",
                         SUBJ["444118"], "Добрый день. Направляем заявку на замену линолеума на складе №3. Просим взять в работу.")
add(envelope(outlook("""Ольга, добрый день!

Прошу уточнить по заявке 444118 пару моментов, чтобы не было накладок:

1) линолеум закупаем мы (тогда включим в смету коммерческий Tarkett Acczent, ~1 150 руб./м²) или материал будет давальческий с вашего склада?
2) нужен ли отдельный пропуск на въезд грузовой машины на территорию склада и до скольки работает КПП?

Как только получу ответ, согласуем дату выезда.""", quote=(q_t, q_h)),
    MARINA, "RE: " + SUBJ["444118"], d(4, 10, 25)),
    R("only questions to the customer, no status"))

add(envelope(outlook("""Доброе утро!

По 444118: Игорь забрал линолеум со склада поставщика на Каширке и выехал со склада к вам, будет около 9:30. Везёт 3 рулона, клей, пороги."""),
    MARINA, "444118 Игорь выехал к вам", d(6, 8, 5)),
    D("444118", [], VP, "left the SUPPLIER's warehouse towards the site = on the way"))

add(envelope(outlook("""Ольга, добрый день!

Бригада Игоря сообщила, что линолеум на складе №3 постелили, швы сварили холодной сваркой, пороги прикрутили, обрезки и старое покрытие вывезли. Игорь уехал в 15:10.

Фото «до/после» пришлю завтра, на телефоне у мастера не грузятся."""),
    MARINA, "RE: 444118 Игорь выехал к вам", d(6, 15, 32)),
    D("444118", [], UB, "Re: subject still says 'выехал к вам' but body reports done and left"))

# ---- 444127
add(envelope(outlook("""Добрый день!

Заявку №444127 взяли в работу в рамках договора подряда № 17/2026-ОМ от 15.01.2026.

Дверь в каб. 305 (перекос полотна) и подкраску у лифта сделает мастер Николай, плинтус в холле — после поставки (ожидаем 05.11, накладная поставщика № 1127).""", cs="utf-8", enc="qp"),
    MARINA, "RE: " + SUBJ["444127"], d(4, 15, 10), cs="utf-8"),
    D("444127", [], PR, "taken into work; room 305, contract and waybill numbers are noise"))

add(envelope(outlook("""Ольга, здравствуйте.

Со слов мастера: Николай прибыл на объект в 9:30, сейчас занимается дверью в кабинете 305 — снял полотно, меняет петли."""),
    MARINA, "444127-1 мастер на месте", d(5, 9, 41)),
    D("444127", ["1"], NM, "position in subject after dash, body: arrived 9:30"))

add(envelope(outlook("""Ольга, добрый день ещё раз!

Николай отзвонился: по 1-й и 3-й позициям всё сделано — дверь в 305 закрывается нормально, петли заменены (2 шт., Apecs 100x75), стену у лифта подкрасили. Мастер с объекта уехал.

Плинтус в холле (п.2) — завтра, поставщик привезёт материал только вечером."""),
    MARINA, "Заявка 444127 — п.1 и п.3 выполнены", d(5, 13, 3)),
    D("444127", ["1", "3"], UB, "1 and 3 done and left; 2 only planned"))

add(envelope(outlook("""Добрый день!

По заявке №444127 поз 2: плинтус в холле 1 этажа установлен (24 п.м., МДФ белый), мастер освободился и уехал на другой объект.

Таким образом по заявке всё закрыто, акт № 322 подготовлю к пятнице."""),
    MARINA, "444127 поз 2 готово", d(6, 12, 30)),
    D("444127", ["2"], UB, "'освободился и уехал' - position 2"))

# ---- 444203 (accept + bank details)
add(envelope(outlook("""Добрый день, Ольга!

Заявку № 444203 на укладку ламината (переговорная 4 эт. и каб. 412) приняли, работы выполнит бригада Игоря Половникова. Ламинат Quick-Step 33 класса закажем сегодня, поставка 2–3 рабочих дня.

И второй вопрос, не по заявке: с 10.11.2026 у нас меняются банковские реквизиты. Прошу передать в бухгалтерию:

ООО «Ремонт-Колор», ИНН 7716823459, КПП 771601001
р/с 40702810938000123456 в ПАО Сбербанк
к/с 30101810400000000225, БИК 044525225

Старый счёт в банке «Открытие» закрывается 30.11.2026."""),
    MARINA, "Заявка 444203 / новые реквизиты", d(6, 10, 40)),
    D("444203", [], PR, "accepted; second topic is bank details (INN/KPP/accounts are noise)"))


inner = plain("""Марина, мы на объекте 444203 с 9-15. Начинаем демонтаж старого ковролина в переговорной. Охрана просит список людей, скинь им пожалуйста.

Игорь

Отправлено из мобильной Почты Mail.ru""", "utf-8", "b64")
inner["From"] = formataddr(("Игорь Половников", "igor.polovnikov@mail.ru"), charset="utf-8")
inner["To"] = formataddr(MARINA, charset="utf-8")
inner["Subject"] = Header("объект", "utf-8")
inner["Date"] = fmt(d(9, 9, 17))
inner["Message-ID"] = "<1762669035.118847204@f512.i.mail.ru>"
fw = MIMEMultipart("mixed")
fw.attach(outlook("""Ольга, пересылаю сообщение мастера. Список бригады: Половников И.В., Жуков А.С., Мамедов Р.Т. — передайте, пожалуйста, охране 4 этажа.""", sig=True))
fw.attach(MIMEMessage(inner))
add(envelope(fw, MARINA, "FW: объект", d(9, 9, 26)),
    D("444203", [], NM, "forwarded as attachment: crew on site since 9:15"))

add(envelope(outlook("""Добрый вечер!

По заявке 444203 — информация от бригады Игоря на конец дня:

{TABLE}

Завтра бригада продолжит с 9:00.""",
                     table=[["Поз.", "Помещение", "Что сделано"],
                            ["1", "Переговорная 4 эт.", "Ламинат уложен полностью, плинтус установлен — работы закончены"],
                            ["2", "Каб. 412", "Начали сегодня в 15:00, бригада работает, закончат завтра"]]),
    MARINA, "444203 итоги дня", d(10, 18, 10)),
    R("different statuses per position: 1 finished, 2 in progress (on site)"))

add(envelope(outlook("""Ольга, добрый день!

По 444203 поз. 2 (кабинет 412) — укладка завершена, бригада уехала в 15:40, кабинет можно использовать.

Комплект закрывающих документов — КС-2 № 52 и КС-3 № 52 от 11.11.2026 — направим курьером до пятницы, оригиналы в 2-х экземплярах."""),
    MARINA, "RE: 444203 итоги дня", d(11, 16, 0)),
    D("444203", ["2"], UB, "pos.2 finished, crew left; KS-2/KS-3 numbers noise"))

# ---- 444219
add(envelope(outlook("""Ольга, добрый день!

Заявку 444219 по покраске фасада КПП-2 видели. Хочу предупредить: при температуре ниже +5 °С фасадные краски по технологии наносить не рекомендуется, гарантию производитель в таком случае не даёт, а на ближайшую неделю обещают ночью до −3.

Можем предложить два варианта:
— перенести работы на весну (апрель);
— использовать всесезонную эмаль по металлу и бетону «Аквест-Фасад Зима» (дороже примерно на 18%).

Прошу сообщить, какой вариант согласовываете, от этого зависит смета."""),
    MARINA, "RE: " + SUBJ["444219"], d(9, 13, 5)),
    R("not accepted: warns about weather, asks which option the customer agrees to"))

add(envelope(outlook("""Ольга, спасибо за оперативный ответ по телефону!

Как договорились — заявку 444219 принимаем, работаем всесезонной эмалью, цвет серый RAL 7040. Сергей с бригадой будет в четверг, 12.11, с утра.""", cs="koi8-r", enc="8bit", logo=False),
    MARINA, "RE: 444219 согласовано", d(10, 9, 0), cs="koi8-r"),
    D("444219", [], PR, "accepted after phone agreement; KOI8-R 8bit, plan for 12.11 irrelevant"))

fw_t = """Ольга, доброе утро!
Пересылаю от Сергея:

-------- Пересылаемое сообщение --------
12.11.2026, 07:48, "Сергей Волков" <volkov.sergey77@mail.ru>:

ВЫЕХАЛИ НА КПП-2 ПО 444219 БУДЕМ В 8.30 КРАСКУ ВЕЗЕМ

-- 
Отправлено с мобильного

-------- Конец пересылаемого сообщения --------"""
add(envelope(outlook(fw_t, logo=False, sig=False, cs="utf-8", enc="b64"), MARINA, "Fwd: 444219", d(12, 7, 52), cs="utf-8"),
    D("444219", [], VP, "forwarded crew SMS-like text in caps: left for the site"))

add(envelope(outlook("""Добрый день!

Заявка 444219: работы выполнены. Фасад КПП-2 окрашен в 2 слоя, площадь 54 м². Бригада убыла 16:30.

Просьба не касаться поверхности до завтрашнего утра, табличку «Окрашено» оставили."""),
    MARINA, "444219 выполнено", d(12, 16, 45)),
    D("444219", [], UB, "'бригада убыла 16:30'"))

# ---- 444240
add(envelope(outlook("""Добрый день, Ольга!

Заявку № 444240 приняли в работу. Предварительный расчёт материалов по позициям:

{TABLE}

Итого по материалам ориентировочно 41 860,00 руб. Работы — по расценкам приложения № 3 к договору.""",
                     table=[["Поз.", "Помещение", "Плиты Armstrong 600×600, шт.", "Сумма, руб."],
                            ["1", "Каб. 210", "8", "9 920,00"],
                            ["2", "Каб. 211", "6", "7 440,00"],
                            ["3", "Коридор 2 эт.", "12", "14 880,00"],
                            ["4", "Санузел 2 эт. (влагостойкие)", "5", "9 620,00"]]),
    MARINA, "RE: " + SUBJ["444240"], d(10, 9, 20)),
    D("444240", [], PR, "accepted; table is a material estimate, not statuses"))

add(envelope(outlook("""Ольга, ещё вопрос по 444240.

Протечку с кровли уже устранили? Если течь ещё есть, менять плиты смысла нет — через неделю будут такие же пятна. Прошу подтвердить, что кровельщики закончили, и тогда согласуем день.

Также нужен доступ в кабинеты 210 и 211 — у кого взять ключи?"""),
    MARINA, "444240 вопрос по протечке", d(10, 11, 0)),
    R("questions only"))


add(envelope(outlook("""Бригада нa мeстe с 9:20, начали с кабинета 210, ключи взяли у охраны.

Марина"""),  # Latin a, e in 'на месте'
    MARINA, "RE: 444240", d(11, 9, 31)),
    D("444240", [], NM, "Latin look-alike letters inside 'на месте'; no position number named"))

add(envelope(outlook("""Добрый вечер, Ольга!

Итоги по заявке 444240 за сегодня (со слов Сергея):

{TABLE}

Бригада уехала с объекта в 17:35. По санузлу приедем в пятницу, 13.11, после поставки.""",
                     table=[["№ поз.", "Помещение", "Результат"],
                            ["1", "Каб. 210", "Заменено 8 плит — выполнено"],
                            ["2", "Каб. 211", "Заменено 6 плит — выполнено"],
                            ["3", "Коридор 2 эт.", "Заменено 12 плит — выполнено"],
                            ["4", "Санузел 2 эт.", "Не выполнено: ждём влагостойкие плиты"]]),
    MARINA, "444240 — отчёт", d(11, 17, 50)),
    D("444240", ["1", "2", "3"], UB, "1-3 done, crew left 17:35; 4 not done yet (plan)"))

add(envelope(outlook("""Ольга, добрый день!

444240, поз. 4 (санузел 2 эт.) — влагостойкие плиты поставили, 5 шт., бригада уехала. Заявка по нашей части закрыта полностью."""),
    MARINA, "444240 п.4", d(13, 12, 10)),
    D("444240", ["4"], UB, "pos 4 done, crew left"))

# ---- 444312
add(envelope(outlook("""Добрый день!

Подтверждаю получение заявки 444312 (окраска ограждения парковки), взяли в работу. Выезд планируем на пятницу, 13.11, при отсутствии дождя."""),
    MARINA, "RE: " + SUBJ["444312"], d(12, 10, 30)),
    D("444312", [], PR, "accepted; departure only planned"))

add(envelope(outlook("""Ольга, добрый день!

К сожалению, по заявке 444312 бригада сегодня ещё не выехала и уже не выедет — сломалась машина (ГАЗель в сервисе, меняют сцепление). Переносим на завтра, 14.11, выезд в 8:00.

Приносим извинения за задержку!"""),
    MARINA, "444312 перенос", d(13, 9, 45)),
    R("negation + plan: crew has not left"))

add(envelope(outlook("""Доброе утро!

444312 — выехали на объект в 8:00, как и обещали, бригада будет около 8:50."""),
    MARINA, "RE: 444312 перенос", d(14, 8, 10)),
    D("444312", [], VP, "Re: subject says 'перенос', body: left for the site"))

add(envelope(outlook("""Ольга, добрый день!

Ограждение парковки окрашено (Хаммерайт, 2 слоя, 86 п.м.), бригада выехала с объекта в 13:40. Банки и ветошь забрали с собой.

Счёт № 4502 от 14.11.2026 на 37 900,00 руб. пришлю после подписания акта."""),
    MARINA, "RE: 444312 перенос", d(14, 14, 0)),
    D("444312", [], UB, "'выехала С объекта' = left; invoice No 4502 looks like a request-ish number but is an invoice"))

# ---- 444355
add(envelope(with_attachments(
        outlook("""Добрый день!

Заявка № 444355 принята. Во вложении смета на ремонт плитки в санузлах 1 этажа (поз. 1 — мужской, поз. 2 — женский), итого 28 740,00 руб.

Плиточник — Ашот Мкртчян. Работы в санузлах будем вести по очереди, чтобы один всегда был открыт."""),
        [("Смета_444355.pdf", b"%PDF-1.4\n% smeta 444355\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", ("application", "pdf"))]),
        MARINA, "RE: " + SUBJ["444355"], d(13, 16, 20)),
    D("444355", [], PR, "accepted, estimate attached; positions only described, no status per position"))


add(envelope(outlook("""Ольга, добрый вечер!

Мужской санузел готов — плитку заменили (11 шт.), затирку сделали, мастер ушёл в 16:40. Затирка сохнет сутки, просьба до утра пол не мыть.

Женский (поз. 2) Ашот начнёт 18.11 с утра."""),
    MARINA, "444355 (1)", d(17, 17, 0)),
    D("444355", ["1"], UB, "position in brackets in subject; pos 2 only planned"))

add(envelope(plain("""Ольга, доброе утро!
По 444355 поз 2 - Ашот на месте с 8:40, начал демонтаж.

--
Марина Белоусова, ООО «Ремонт-Колор»
+7 (495) 444-18-27""", "windows-1251", "qp"),
    MARINA, "444355 поз2", d(18, 8, 55), mailer="Microsoft Outlook 16.0"),
    D("444355", ["2"], NM, "plain text windows-1251 QP, 'поз 2 на месте'"))

q_t, q_h = outlook_quote("Белоусова Марина <belousova@remont-color.ru>", d(17, 17, 0, 0), "Диспетчерская ОМИС", "444355 (1)",
                         "Мужской санузел готов — плитку заменили (11 шт.), затирку сделали, мастер ушёл в 16:40.\n\nЖенский (поз. 2) Ашот начнёт 18.11 с утра.")
add(envelope(outlook("""Ольга, добрый вечер!

По второй позиции тоже закончили, мастер уехал в 17:30. Остатки плитки (6 шт.) оставили у завхоза на случай будущих ремонтов.""", quote=(q_t, q_h)),
    MARINA, "RE: 444355 (1)", d(19, 18, 0)),
    D("444355", ["2"], UB, "subject names (1) from old thread; body says second position finished"))

# ---- 444401
add(envelope(outlook("""Добрый день, Ольга!

Заявку 444401 (столовая, напольное покрытие) приняли в работу, бригада Игоря.

Уточните, пожалуйста: столовая работает до 16:00? Если да, предлагаем работать вечером и ночью, чтобы не мешать сотрудникам. Клей двухкомпонентный, запаха к утру не будет."""),
    MARINA, "RE: " + SUBJ["444401"], d(16, 9, 50)),
    D("444401", [], PR, "accepted + question (two topics)"))

add(envelope(outlook("""Ольга, добрый день!

По наряду 444401 — бригада Игоря выехала к вам, будут около 16:15, как раз после закрытия столовой."""),
    MARINA, "444401 выезд", d(17, 15, 30)),
    D("444401", [], VP, "'наряд' wording; crew left for the site"))

add(envelope(outlook("""Ольга, срочно!!!

Бригада стоит у проходной уже 20 минут, на объект их не пропускают — охрана говорит, что на 444401 пропуск не заказан. Люди и материалы на улице.

Прошу срочно решить вопрос, иначе ночную смену сорвём! Мой мобильный +7 (926) 381-55-09."""),
    MARINA, "444401 НЕ ПУСКАЮТ!!!", d(17, 16, 34), extra={"X-Priority": "1 (Highest)", "Importance": "High"}),
    R("complaint: crew not let in; not a clean on-site report"))

add(envelope(outlook("""Ольга, спасибо большое, что так быстро решили с пропуском!

Бригада зашла, приступили к работам в обеденном зале (поз.1) в 17:00."""),
    MARINA, "RE: 444401 НЕ ПУСКАЮТ!!!", d(17, 17, 5)),
    D("444401", ["1"], NM, "thanks + started works in pos.1 at 17:00; subject is old complaint"))

add(envelope(outlook("""Доброе утро, Ольга!

Бригада Игоря отработала ночь: за смену выполнили поз.1 (обеденный зал, 96 м² коммерческого линолеума) и поз.2 (раздаточная, 18 м²), столы расставили обратно. Бригада уехала в 6:50.

Поз. 3 — подсобка — будет завтра вечером, там ещё надо выровнять основание."""),
    MARINA, "444401 ночь", d(18, 7, 30)),
    D("444401", ["1", "2"], UB, "1 and 2 finished, crew left 6:50; 3 planned"))


add(envelope(outlook("""Ольга, доброе утро!

Пересылаю сообщение Игоря, он писал мне в мессенджер в 5:47:

«Подсобку доделали, наливной пол залили и закрыли линолеумом, всё убрали. Мы уехали, ключ у охранника.»

Итого по заявке 444401 все три позиции выполнены."""),
    MARINA, "444401 п3 — готово", d(20, 7, 10)),
    D("444401", ["3"], UB, "relayed crew message: pos 3 finished and left"))

# ---- 444478
add(envelope(outlook("""Добрый день!

Наряд 444478 принят, покраску дверей на 1 и 2 этажах выполним. Краска — эмаль ПФ-115 белая, полуглянец, как в прошлый раз."""),
    MARINA, "RE: " + SUBJ["444478"], d(18, 11, 30)),
    D("444478", [], PR, "'Наряд ... принят'"))

add(envelope(with_attachments(outlook("""Ольга, добрый день!

По заявке 444478 направляю локальную смету на 48 350,00 руб. (в т.ч. НДС 20% — 8 058,33 руб.): 21 дверное полотно с коробками, подготовка, 2 слоя эмали.

Прошу согласовать смету до начала работ — без подписанной сметы бухгалтерия не сможет выставить счёт по договору № 17/2026-ОМ."""),
    [("ЛС_444478.xlsx", b"PK\x03\x04 fake xlsx 444478", ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"))]),
    MARINA, "444478 смета на согласование", d(19, 10, 15)),
    R("estimate/price talk, no status"))

add(envelope(outlook("""Ольга, доброе утро!

444478: мастера в дороге, на МКАДе пробки, будут к 9:30, не раньше. Прошу предупредить охрану."""),
    MARINA, "444478 в дороге", d(20, 8, 10)),
    D("444478", [], VP, "'в дороге'"))

add(envelope(outlook("""Прибыли в 9:35, начали с первого этажа. Марина"""),
    MARINA, "RE: 444478 в дороге", d(20, 9, 45)),
    D("444478", [], NM, "short reply: arrived 9:35; 'начали с первого этажа' describes where, not a position number"))

add(envelope(outlook("""Ольга, добрый вечер!

Со слов мастера, двери на обоих этажах покрашены, плёнку и малярный скотч сняли, ручки установили обратно. Ребята уехали в 17:50.

Акт № 347 и счёт № 4519 отправлю в понедельник."""),
    MARINA, "444478 готово", d(21, 18, 0)),
    D("444478", [], UB, "both floors done, left; no position number named -> whole request"))

# ---- 444502
add(envelope(plain("""Здравствуйте, Ольга.

Заявку 444502 (откосы, каб. 101-108 и холл) получили, приняли в работу. Замер сделаем в понедельник.

--
С уважением, Марина Белоусова
ООО "Ремонт-Колор", тел. +7 (495) 444-18-27""", "koi8-r", "8bit"),
    OFFICE, "Re: " + SUBJ["444502"], d(20, 10, 20), cs="koi8-r", mailer="The Bat! (v9.4.5) Professional", irt=dmid()),
    D("444502", [], PR, "KOI8-R plain from office@"))

add(envelope(outlook("""Доброе утро!

По откосам (заявка 444502): выезд бригады — 8:15, ориентировочное прибытие 9:00."""),
    MARINA, "444502 выезд 8:15", d(23, 8, 30)),
    D("444502", [], VP, "noun 'выезд' with time, arrival still expected"))

add(envelope(outlook("""Прибытие на объект — 9:10. Бригада Сергея, 3 чел.

Марина""", sig=False, logo=False),
    MARINA, "RE: 444502 выезд 8:15", d(23, 9, 20)),
    D("444502", [], NM, "noun 'прибытие' with time"))

add(envelope(outlook("""Добрый вечер, Ольга!

Заявка №444502:
• завершение работ по поз. 1 и поз. 2 — 16:40;
• убытие бригады — 16:50.

По поз. 3 (холл) выяснилось, что откосы там гипсокартонные и повреждены сильнее, чем на фото, — нужна дополнительная смета, пришлю завтра."""),
    MARINA, "444502 — завершение поз. 1, 2", d(24, 17, 0)),
    D("444502", ["1", "2"], UB, "nouns завершение/убытие for 1 and 2; 3 needs estimate"))

add(envelope(outlook("""Ольга, добрый день!

По заявке 444502 поз. 4 — мастер сегодня на месте, заменяет угловой профиль. Доп. смету по холлу вы получили?"""),
    MARINA, "444502 поз. 4", d(26, 11, 20)),
    R("position 4 does not exist in request 444502"))

add(envelope(outlook("""Добрый день!

444502 поз.3 — ГОТОВО. Откосы в холле переделаны по доп. смете № 12-Д от 25.11.2026, мастер уехал в 15:20."""),
    MARINA, "444502 поз.3 готово", d(27, 15, 35)),
    D("444502", ["3"], UB, "caps ГОТОВО + left 15:20"))

# ---- 444560
add(envelope(outlook("""Добрый день!

Приняли заявку 444560, каб. 220. Шпаклёвку и покраску после сантехников сделаем, Сергей будет у вас завтра утром.""", cs="utf-8", enc="b64"),
    MARINA, "RE: " + SUBJ["444560"], d(23, 14, 0), cs="utf-8"),
    D("444560", [], PR, "'Приняли заявку'; utf-8 base64"))

q_t, q_h = outlook_quote("Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>", d(23, 16, 30, 0), "Белоусова Марина",
                         "RE: Заявка 444560 стены после радиаторов",
                         "Марина, добрый день. Ключ от каб. 220 будет у дежурного на 1 этаже, тел. 21-40.\n\nПетрова О.")
add(envelope(outlook("""Ольга, спасибо, ключ взяли. Мастер на месте с 8:50, работает.""", quote=(q_t, q_h)),
    MARINA, "RE: уточнение по доступу", d(24, 9, 0)),
    D("444560", [], NM, "request number only in quoted Outlook header 'Тема:'"))

add(envelope(with_attachments(outlook("""Добрый день, Ольга!

По заявке 444560 все работы выполнены: стены в каб. 220 зашпаклёваны и окрашены в 2 слоя, мастер уехал в 15:45.

Во вложении акт № 341 от 25.11.2026 на 14 600,00 руб. Прошу подписать и вернуть скан."""),
    [("Акт_341.pdf", b"%PDF-1.4\n% act 341\n%%EOF\n", ("application", "pdf"))]),
    MARINA, "444560 выполнено, акт", d(25, 16, 0)),
    D("444560", [], UB, "done, left; act attached"))

# ---- 444617
add(envelope(outlook("""Здравствуйте, Ольга!

Заявка № 444617 на замену плинтуса принята. Плинтус пластиковый Ideal 55 мм, цвет «дуб беленый», 64 п.м. — заказали, ждём к 26.11."""),
    MARINA, "RE: " + SUBJ["444617"], d(25, 10, 45)),
    D("444617", [], PR, "accepted"))

add(envelope(outlook("""Ольга, добрый день!

По плинтусу (444617) — материал привезли, выедем завтра в 9:00. Бригада — 2 человека, пропуск на них прошу оформить."""),
    MARINA, "444617 завтра", d(26, 14, 10)),
    R("plan for tomorrow"))

add(envelope(outlook("""Доброе утро!

444617 П1, П2 — бригада на месте, начали в 9:30 с коридора 3 этажа."""),
    MARINA, "444617 П1 П2", d(27, 9, 40)),
    D("444617", ["1", "2"], NM, "П1, П2 on site"))

add(envelope(outlook("""Ольга, добрый вечер!

По П1 (коридор 3 эт.) закончили, бригада уехала в 17:10. П2 (приёмная) — доделаем в понедельник, 30.11: секретарь попросила не шуметь до конца недели."""),
    MARINA, "444617 П1 закончили", d(27, 17, 20)),
    D("444617", ["1"], UB, "P1 done and left; P2 planned"))

add(envelope(outlook("""Добрый день!

П2 по 444617 — готово, плинтус в приёмной поменяли, мусор вынесли, бригада уехала.

На этом все позиции по заявке выполнены. Спасибо за сотрудничество!"""),
    MARINA, "444617 П2", d(30, 15, 0)),
    D("444617", ["2"], UB, "P2 done and left"))

# ---------------------------------------------------------------- more review
add(envelope(outlook("""Ольга, добрый день!

Два вопроса в одном письме, чтобы не плодить переписку:

1. По 444105 направляем акт № 318 и счёт № 4471 — прошу подписать.
2. По 444203 — бригада Игоря на месте с 9:15, начали демонтаж."""),
    MARINA, "444105 / 444203", d(9, 11, 30)),
    R("two different requests in one letter"))

add(envelope(outlook("""Добрый день!

Заявка 444150 — бригада выехала, будет через 40 минут."""),
    MARINA, "444150 выезд", d(11, 10, 5)),
    R("444150 is not in the registry (typo?)"))

add(envelope(outlook("""Ольга, доброе утро!

Бригада Сергея выехала к вам на Складочную, везут краску и валики. Будут минут через 30–40."""),
    MARINA, "Выезд", d(16, 8, 40)),
    R("no request number at all"))

q_t = """-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Monday, November 16, 2026 2:12 PM
To: Белоусова Марина
Subject: 444401 пропуска

Марина, добрый день. С 17.11 пропуска для подрядчиков оформляются только через портал, заявку подавать за сутки до выезда. По 444401 пропуск заказан на троих.
Петрова О."""
add(envelope(outlook("""Ольга, спасибо, информацию приняли к сведению, бригадиров предупредила.""",
                     quote=(q_t, "<div><p class=MsoNormal>" + "<br>".join(esc(l) for l in q_t.split("\n")) + "</p></div>")),
    MARINA, "RE: 444401 пропуска", d(16, 14, 40)),
    R("acknowledges the dispatcher's own message; nothing reported"))

add(envelope(outlook("""Добрый день, Ольга!

Направляем закрывающие документы по заявке 444240: КС-2 № 47 и КС-3 № 47 от 13.11.2026 на сумму 86 400,00 руб. (в т.ч. НДС 20% — 14 400,00 руб.), счёт-фактура № 4490.

Прошу подписать и вернуть по одному экземпляру. Реквизиты для оплаты: ИНН 7716823459, КПП 771601001, р/с 40702810938000123456, БИК 044525225."""),
    MARINA, "444240 КС-2, КС-3", d(16, 11, 25)),
    R("closing documents only, no crew status"))

add(envelope(outlook("""Ольга, добрый день!

По заявке 444502: поз. 1 — бригада уже уехала, всё сделано; поз. 2 — ребята ещё на месте, заканчивают шпатлёвку."""),
    MARINA, "444502 промежуточно", d(24, 14, 5)),
    R("different statuses for different positions (1 left, 2 on site)"))

# ---------------------------------------------------------------- ignored
auto = plain("""Здравствуйте!

Я нахожусь в отпуске с 16.11.2026 по 27.11.2026 включительно. По вопросам оплаты и актов обращайтесь, пожалуйста, к главному бухгалтеру Зинаиде Павловне, тел. +7 (495) 444-18-27, доб. 105.

С уважением,
Кузнецова Елена, бухгалтер ООО «Ремонт-Колор»""", "windows-1251", "qp")
add(envelope(auto, BUH, "Автоответ: 444478 смета на согласование", d(19, 12, 1),
             extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"}),
    I("out-of-office auto-reply"))

# bounce
bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(plain("""This is the mail system at host mx1.remont-color.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<m.belousova@remont-color.ru>: host mx1.remont-color.ru[local] said: 550 5.1.1
    <m.belousova@remont-color.ru>: Recipient address rejected: User unknown""", "us-ascii", "8bit"))
ds = MIMEBase("message", "delivery-status")
from email.message import Message as _M
_b1 = _M(); _b1["Reporting-MTA"] = "dns; mx1.remont-color.ru"; _b1["Arrival-Date"] = "Thu, 12 Nov 2026 11:02:14 +0300"
_b2 = _M(); _b2["Final-Recipient"] = "rfc822; m.belousova@remont-color.ru"; _b2["Action"] = "failed"; _b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
ds.attach(_b1); ds.attach(_b2)
bounce.attach(ds)
orig = plain("Марина, добрый день. По 444312 бригада выехала? Охрана спрашивает.\nПетрова О.", "utf-8", "b64")
orig["From"] = formataddr(DISP, charset="utf-8")
orig["To"] = "m.belousova@remont-color.ru"
orig["Subject"] = Header("444312 бригада выехала?", "utf-8")
orig["Date"] = fmt(d(12, 11, 2, 10))
orig["Message-ID"] = dmid()
bounce.attach(MIMEMessage(orig))
add(envelope(bounce, DAEMON, "Undelivered Mail Returned to Sender", d(12, 11, 2), cs="us-ascii", mailer=None, to=("", "dispatch@zakazchik-omis.ru"),
             extra={"Auto-Submitted": "auto-replied"}),
    I("bounce (DSN), original message mentions 444312"))

# read receipt
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(plain("""Ваше сообщение

  Кому: Белоусова Марина
  Тема: 444401 столовая — график работ
  Отправлено: 17.11.2026 10:14

было прочитано 17.11.2026 10:31.""", "windows-1251", "qp"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: remont-color.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;belousova@remont-color.ru\n"
                "Original-Message-ID: <5512907734.2231@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
add(envelope(rr, MARINA, "Прочитано: 444401 столовая — график работ", d(17, 10, 31)),
    I("read receipt (MDN)"))

# calendar response
cal = MIMEMultipart("alternative")
cal.attach(plain("Белоусова Марина принимает это приглашение.", "utf-8", "qp"))
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Белоусова Марина:mailto:belousova@remont-color.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка работ по заявке 444240
DTSTART;TZID=Russian Standard Time:20261116T110000
DTEND;TZID=Russian Standard Time:20261116T120000
UID:040000008200E00074C5B7101A82E0080000000070A1B3C4D5E6F7010000000000000000100000009A
SEQUENCE:0
DTSTAMP:20261113T090412Z
END:VEVENT
END:VCALENDAR
"""
cp = MIMEText(ics, "calendar", mkcs("utf-8", "b64"))
cp.set_param("method", "REPLY")
cal.attach(cp)
add(envelope(cal, MARINA, "Принято: Приёмка работ по заявке 444240", d(13, 9, 4), cs="utf-8"),
    I("calendar meeting response generated by Outlook"))

# office@ auto-acknowledgement
ack = plain("""Здравствуйте!

Ваше письмо получено и зарегистрировано. Офис ООО «Ремонт-Колор» работает пн–пт с 9:00 до 18:00, мы ответим вам в ближайшее рабочее время.

Это письмо сформировано автоматически, отвечать на него не нужно.""", "utf-8", "b64")
add(envelope(ack, OFFICE, "Re: 444617 пропуск на 30.11", d(28, 19, 12), cs="utf-8", mailer=None,
             extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
    I("automatic acknowledgement from office@ on Saturday"))

# newsletter
nl = outlook("""Уважаемые партнёры!

Компания «Ремонт-Колор» благодарит вас за сотрудничество в 2026 году. До 31 декабря действует специальное предложение:

— скидка 15% на покраску фасадов по весеннему графику (заявки до 01.03.2027);
— бесплатный выезд замерщика по Москве и МО;
— гарантия 2 года на укладку напольных покрытий.

Подробности на сайте www.remont-color.ru или по тел. +7 (495) 444-18-27.

Чтобы отписаться от рассылки, перейдите по ссылке: https://www.remont-color.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru""",
             html_only=True, sig=False, cs="utf-8", enc="qp")
add(envelope(nl, NEWS, "Специальное предложение для партнёров: -15% на фасадные работы", d(24, 11, 0), cs="utf-8",
             mailer="UniSender", extra={"Precedence": "bulk", "List-Unsubscribe": "<https://www.remont-color.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>",
                                          "List-Id": "Partners news <partners.remont-color.ru>"}),
    I("bulk newsletter from the contractor's marketing list"))

# ---------------------------------------------------------------- extra decided, varied forms
q_t = """-----Original Message-----
From: Белоусова Марина [mailto:belousova@remont-color.ru]
Sent: Friday, November 6, 2026 8:05 AM
To: 'Диспетчерская ОМИС'
Subject: 444118 Игорь выехал к вам

Доброе утро!
По 444118: Игорь забрал линолеум со склада поставщика на Каширке и выехал со склада к вам, будет около 9:30."""
add(envelope(outlook("""Ольга, Игорь на складе №3 с 9:40, снимает старое покрытие. Площадь по факту 66 м², чуть больше, чем по плану.""",
                     quote=(q_t, "<div><p class=MsoNormal>" + "<br>".join(esc(l) for l in q_t.split("\n")) + "</p></div>")),
    MARINA, "RE: 444118 Игорь выехал к вам", d(6, 10, 5)),
    D("444118", [], NM, "'на складе №3' is the site itself; quoted Original Message says 'выехал'"))

add(envelope(plain("""ОП> Марина, добрый день. Подскажите, бригада по 444219 уже на месте? Охрана КПП-2
ОП> спрашивает, кого пускать.
ОП> Петрова О.

Ольга, да, на месте с 8:35, Сергей и двое рабочих, грунтуют.

--
Марина""", "koi8-r", "8bit"),
    OFFICE, "Re: 444219 на месте?", d(12, 8, 50), cs="koi8-r", mailer="The Bat! (v9.4.5) Professional", irt=dmid()),
    D("444219", [], NM, "initials-prefixed quote is the dispatcher's question; answer: on site since 8:35"))

add(envelope(outlook("""Добрый день, Ольга!

Информирую: по заявке № 444355 позиция 1 — мастер Ашот выехал к вам с другого объекта, будет через 30 минут."""),
    MARINA, "444355 позиция 1", d(16, 8, 30)),
    D("444355", ["1"], VP, "'выехал к вам с другого объекта' = on the way"))


add(envelope(outlook("""Ольга, добрый день!

По 444105 по второй позиции (лестничная клетка Б): со слов Сергея, перила докрашены, всё высохло, бригада освободилась. Коридор доделают завтра.""", cs="utf-8", enc="qp"),
    MARINA, "444105 по второй позиции", d(4, 18, 5), cs="utf-8"),
    D("444105", ["2"], UB, "'бригада освободилась' on pos 2; pos 1 planned"))


add(envelope(outlook("""Ольга, здравствуйте.

По заявке 444560 — мастер Сергей в пути, подъедет к 8:45. Ключ заберёт у дежурного.""", html_only=True),
    MARINA, "444560 мастер в пути", d(24, 8, 15)),
    D("444560", [], VP, "HTML-only letter with logo: on the way"))

add(envelope(outlook("""Доброе утро!

Бригада по заявке № 444240 (каб. 210, 211) — выезжаем сейчас со склада на Лобненской, с собой 31 плита Armstrong Retail 600×600×12."""),
    MARINA, "444240 выезд со склада", d(11, 8, 5)),
    D("444240", [], VP, "leaving OUR warehouse towards the site = on the way; rooms mentioned, no position numbers"))

# ---------------------------------------------------------------- write out
registry = {
    "contractor": {"name": "ООО «Ремонт-Колор»",
                   "emails": [MARINA[1], OFFICE[1], BUH[1], NEWS[1], DAEMON[1]],
                   "domains": [DOM]},
    "requests": [{"number": n, "positions": p, "registered_at": dt.isoformat(), "comment": c} for n, p, dt, c in REG],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)

labels = {}
for n, m, lab in LETTERS:
    with open(os.path.join(LET, n), "wb") as f:
        f.write(m.as_bytes())
    labels[n] = lab
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

from collections import Counter
c = Counter(l["expect"] for l in labels.values())
print(len(labels), dict(c))
