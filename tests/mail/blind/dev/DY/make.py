# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «ЛифтСервис-Поволжье» (Самара, +0400).
Run: python3 make.py  (writes letters/, labels.json, registry.json next to this file)."""
import json, os, hashlib, datetime, random
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.message import Message
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime
from email.generator import BytesGenerator
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))

TZ = datetime.timezone(datetime.timedelta(hours=4))
CUST = "dispatch@zakazchik-omis.ru"
CUST_NAME = "Диспетчерская ОМИС"
DOM = "liftservice-pv.ru"

P = {  # people
    "ads": ("АДС ЛифтСервис-Поволжье", "ads@liftservice-pv.ru"),
    "ads2": ("Гусева Татьяна (АДС)", "ads@liftservice-pv.ru"),
    "vor": ("Воронин Сергей Петрович", "s.voronin@liftservice-pv.ru"),
    "kuz": ("Андрей Кузьмин", "a.kuzmin.lift@gmail.com"),
    "saf": ("Игорь Сафронов", "safronov.igor1984@gmail.com"),
    "ere": ("Денис Еремин", "eremin.d63@gmail.com"),
    "leb": ("Константин Лебедев", "lebedev.mech@mail.ru"),
    "news": ("ЛифтСервис-Поволжье", "news@liftservice-pv.ru"),
    "noreply": ("АДС ЛифтСервис (автоматическое сообщение)", "noreply@liftservice-pv.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@liftservice-pv.ru"),
}

rnd = random.Random(250000)
LABELS = {}
N = [0]


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def cs_obj(cs, cte):
    c = Charset(cs)
    c.header_encoding = BASE64
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return c


def tpart(body, sub, cs, cte):
    body.encode(cs)  # strict check that the charset can carry the text
    return MIMEText(body, sub, cs_obj(cs, cte))


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs_obj(cs, "b64")).encode()


def addr(key, cs="utf-8"):
    name, a = P[key]
    return f"{hdr(name, cs)} <{a}>"


def msgid(style, when):
    h = hashlib.md5(f"{N[0]}{when}{style}".encode()).hexdigest()
    if style == "gmail":
        return f"<CA{h[:6].upper()}+{h[6:20]}{h[20:28].upper()}=Q@mail.gmail.com>"
    if style == "outlook":
        return f"<000001dc{h[:4]}${h[4:12]}${h[12:20]}@liftservice-pv.ru>"
    if style == "thebat":
        return f"<{int(when.timestamp()) % 10**9}.{when:%Y%m%d%H%M%S}@liftservice-pv.ru>"
    if style == "mailru":
        return f"<{int(when.timestamp())}.{h[:8]}@f{h[8:11]}.i.mail.ru>"
    return f"<{h[:16]}.{h[16:24]}@liftservice-pv.ru>"


def finish(msg, frm, subj, when, style, cs, label, reply_to_id=None, to=None):
    msg["From"] = frm
    msg["To"] = to or f"{hdr(CUST_NAME, cs)} <{CUST}>"
    try:
        subj.encode("ascii")
        msg["Subject"] = subj
    except UnicodeEncodeError:
        msg["Subject"] = Header(subj, cs_obj(cs, "b64"), header_name="Subject")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid(style, when)
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    N[0] += 1
    name = f"{N[0]:03d}.eml"
    b = BytesIO()
    BytesGenerator(b, mangle_from_=False).flatten(msg)
    with open(os.path.join(LET, name), "wb") as f:
        f.write(b.getvalue())
    LABELS[name] = label
    return name


def cust_id():
    h = hashlib.md5(f"c{N[0]}".encode()).hexdigest()
    return f"<{h[:20]}@zakazchik-omis.ru>"


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- client styles
def gmail(who, subj, body, when, label, quote=None, reply=False):
    """Gmail for Android: multipart/alternative, UTF-8, base64."""
    text = body
    html = '<div dir="auto">' + "<br>".join(esc(l) for l in body.split("\n")) + "</div>"
    if quote:
        qhead, qbody = quote
        text += "\n\n" + qhead + "\n" + "\n".join("> " + l if l else ">" for l in qbody.split("\n")) + "\n"
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(qhead) +
                 '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
                 "<br>".join(esc(l) for l in qbody.split("\n")) + "</blockquote></div>")
    m = MIMEMultipart("alternative")
    m.attach(tpart(text + "\n", "plain", "utf-8", "b64"))
    m.attach(tpart(html + "\n", "html", "utf-8", "b64"))
    return finish(m, addr(who), subj, when, "gmail", "utf-8", label, cust_id() if reply else None)


def mailru(who, subj, body, when, label, quote=None, reply=False):
    text = body + "\n\n--\nОтправлено из мобильной Почты Mail.ru\n"
    if quote:
        qhead, qbody = quote
        text += "\n" + qhead + "\n" + "\n".join(">" + l for l in qbody.split("\n")) + "\n"
    m = MIMEMultipart("alternative")
    m.attach(tpart(text, "plain", "utf-8", "b64"))
    m.attach(tpart("<HTML><BODY>" + "<br>".join(esc(l) for l in text.split("\n")) + "</BODY></HTML>\n",
                   "html", "utf-8", "b64"))
    m["X-Mailer"] = "Mail.Ru Mailer 1.0"
    return finish(m, addr(who), subj, when, "mailru", "utf-8", label, cust_id() if reply else None)


def thebat(who, subj, body, when, label, cs="windows-1251", cte="qp", reply=False):
    """Dispatcher's The Bat!: text/plain only."""
    m = tpart(body + "\n", "plain", cs, cte)
    m["X-Mailer"] = "The Bat! (v9.4.5) Professional"
    m["Organization"] = hdr("ООО ЛифтСервис-Поволжье", cs)
    return finish(m, addr(who, cs), subj, when, "thebat", cs, label, cust_id() if reply else None)


def html_only(who, subj, html, when, label, cs="windows-1251", cte="qp", style="thebat", reply=False):
    m = tpart(html, "html", cs, cte)
    return finish(m, addr(who, cs), subj, when, style, cs, label, cust_id() if reply else None)


VOR_SIG = ("С уважением,\nГлавный инженер\nООО «ЛифтСервис-Поволжье»\nВоронин Сергей Петрович\n"
           "тел. +7 (846) 372-15-41, моб. +7 927 604-18-33\nИНН 6316254871 / КПП 631601001\n"
           "443080, г. Самара, ул. Санфировой, д. 95, оф. 412")


def outlook(subj, body, when, label, html_extra=None, quote=None, attach=None, reply=False, sig=True, who="vor"):
    """Chief engineer's Outlook 2016: multipart/alternative, windows-1251, QP."""
    text = body + ("\n\n" + VOR_SIG if sig else "")
    if quote:
        text += "\n\n" + quote
    paras = "".join(f'<p class=MsoNormal>{esc(l) if l else "&nbsp;"}</p>\n' for l in body.split("\n"))
    if html_extra:
        paras += html_extra
    if sig:
        paras += '<p class=MsoNormal style="color:#1F497D">' + "<br>".join(esc(l) for l in VOR_SIG.split("\n")) + "</p>\n"
    if quote:
        paras += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
                  "".join(f'<p class=MsoNormal>{esc(l) if l else "&nbsp;"}</p>\n' for l in quote.split("\n")) + "</div>")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
            '<body lang=RU link="#0563C1"><div class=WordSection1>\n' + paras + "</div></body></html>\n")
    alt = MIMEMultipart("alternative")
    alt.attach(tpart(text + "\n", "plain", "windows-1251", "qp"))
    alt.attach(tpart(html, "html", "windows-1251", "qp"))
    if attach:
        m = MIMEMultipart("mixed")
        m.attach(alt)
        fname, data = attach
        a = MIMEApplication(data, "pdf")
        a.add_header("Content-Disposition", "attachment", filename=fname)
        m.attach(a)
    else:
        m = alt
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Thread-Index"] = "AdxA" + hashlib.md5(subj.encode()).hexdigest()[:20]
    m["Content-Language"] = "ru"
    return finish(m, addr(who, "windows-1251"), subj, when, "outlook", "windows-1251", label,
                  cust_id() if reply else None)


def ol_quote(sent, subj, body, frm=f"{CUST_NAME} [mailto:{CUST}]", to="s.voronin@liftservice-pv.ru"):
    return f"От: {frm}\nОтправлено: {sent}\nКому: {to}\nТема: {subj}\n\n{body}"


ADS_SIG = "--\nДиспетчер АДС ООО «ЛифтСервис-Поволжье»\n{n}\nтел. (846) 372-15-40, доб. 2 (круглосуточно)"
ADS_SIG_K = "--\nДиспетчер АДС ООО \"ЛифтСервис-Поволжье\"\n{n}\nтел. (846) 372-15-40, доб. 2"
MEL = "Мельникова О.Н."
GUS = "Гусева Т.В."

# ================================================================ LETTERS
# ---- 250114: Ново-Садовая 106, П1 подъезд 1 (рег. № 41872), П2 подъезд 2 (рег. № 41873)
thebat("ads", "Заявка № 250114 - Ново-Садовая 106",
       "Добрый день.\n\nЗаявка № 250114 (ул. Ново-Садовая, 106, подъезды 1 и 2) принята в работу АДС, "
       "в нашем журнале зарегистрирована под № 2211.\nМеханик будет назначен после 12:00, сообщим дополнительно.\n\n"
       + ADS_SIG.format(n=MEL),
       dt("2026-11-02 10:24"), D("250114", [], "заявка принята", "accepted; journal no. 2211 and house 106 are noise"))

gmail("kuz", "250114", "Выехал на Ново-Садовую 106, буду минут через 20-25.\nКузьмин",
      dt("2026-11-02 13:41"), D("250114", [], "подрядчик в пути", "bare number in subject, 'выехал на' = on the way"))

thebat("ads", "Re: Заявка № 250114 - Ново-Садовая 106",
       "Здравствуйте.\n\nЖурнал смены 02.11.2026, заявка 250114:\n"
       "14:03 - механик Кузьмин А.В. прибыл на объект.\n"
       "14:10-15:45 - П1 (подъезд 1, рег. № 41872, 400 кг): замена кнопки вызова на 6 этаже, регулировка ДК.\n"
       "15:52 - лифт П1 запущен, работает в нормальном режиме.\n"
       "16:00 - механик с объекта убыл.\n"
       "П2 (подъезд 2, рег. № 41873) - требуется замена платы управления, лифт остановлен до замены. "
       "Выезд по П2 - 03.11 утром.\n\n" + ADS_SIG.format(n=MEL) +
       "\n\nВы писали 2 ноября 2026 г., 15:30:\n\n"
       "> Добрый день. Что по заявке 250114? Жильцы звонят, лифт во 2 подъезде стоит.\n"
       "> --\n> Диспетчер ОМИС Соколова Е.А., тел. 8 (846) 200-41-17",
       dt("2026-11-02 16:12"),
       D("250114", ["1"], "подрядчик убыл", "journal: П1 done and left; П2 only planned for tomorrow; customer quoted"),
       reply=True)

gmail("kuz", "250114 поз 2", "На месте по 2му подъезду, плату привёз, меняю",
      dt("2026-11-03 09:48"), D("250114", ["2"], "подрядчик на месте", "position in subject 'поз 2'"))

thebat("ads", "Re: 250114 поз 2",
       "12:15 лифт в подъезде 2 (П2) запущен после замены платы управления УЛ-ОМ, жалоб нет.\n"
       "Механик Кузьмин освободился, направлен на Стара-Загору.\n\n" + ADS_SIG.format(n=MEL) +
       "\n\nВы писали 3 ноября 2026 г., 09:48:\n\n> На месте по 2му подъезду, плату привёз, меняю",
       dt("2026-11-03 12:31"),
       D("250114", ["2"], "подрядчик убыл", "'запущен', 'освободился'; quoted mechanic's on-site is old"), reply=True)

# ---- 250387: поликлиника, грузовой ПП-1000, one position
outlook("Заявка № 250387 - грузовой лифт поликлиника № 14",
        "Уважаемые коллеги!\n\nООО «ЛифтСервис-Поволжье» подтверждает принятие заявки № 250387 в работу.\n"
        "Объект: ГБУЗ СО «СГП № 14», ул. Подшипниковая, 27 - грузовой лифт ПП-1000, рег. № 38215, "
        "г/п 1000 кг, 9 остановок.\n"
        "Выезд бригады запланирован на 04.11.2026 с 8:00, просим обеспечить доступ в машинное помещение.",
        dt("2026-11-03 10:12"),
        D("250387", [], "заявка принята", "formal acceptance; trip only planned; ПП-1000/38215/27/14 are noise"))

gmail("saf", "250387", "еду на подшипниковую, поликлиника, грузовой. минут 15",
      dt("2026-11-04 08:14"), D("250387", [], "подрядчик в пути", "hurried Android letter"))

gmail("saf", "Re: 250387", "На месте, машинное открыли",
      dt("2026-11-04 09:03"), D("250387", [], "подрядчик на месте", "gmail-quoted own 'еду' is old"),
      quote=("чт, 4 нояб. 2026 г., 08:14 Игорь Сафронов <safronov.igor1984@gmail.com>:",
             "еду на подшипниковую, поликлиника, грузовой. минут 15"))

gmail("saf", "250387 поз. 2", "по позиции 2 тоже на месте, смотрю",
      dt("2026-11-04 10:00"), R("request 250387 has only position 1; position 2 does not exist"))

html_only("ads", "Отчёт по заявке 250387",
          "<html><body><p>Добрый день.</p><p>Отчёт о выполнении работ:</p>"
          "<table border=1 cellpadding=4 cellspacing=0>"
          "<tr><th>Заявка</th><th>Поз.</th><th>Оборудование</th><th>Прибытие</th><th>Убытие</th><th>Результат</th></tr>"
          "<tr><td>250387</td><td>1</td><td>Грузовой лифт ПП-1000, рег. № 38215</td><td>09:00</td><td>14:40</td>"
          "<td>Заменён канат ограничителя скорости (д. 6,2 мм), лифт запущен</td></tr></table>"
          "<p>Диспетчер АДС Мельникова О.Н.<br>тел. (846) 372-15-40</p></body></html>\n",
          dt("2026-11-04 15:22"), D("250387", ["1"], "подрядчик убыл", "HTML-only table row, убытие 14:40"))

# ---- 251002: Администрация Кировского р-на, ТО-2, 3 lifts
outlook("RE: Заявка 251002 ТО-2 Администрация Кировского р-на",
        "Добрый день!\n\nЗаявку приняли. ТО-2 по трём лифтам здания (П1, П2 - пассажирские 630 кг, "
        "П3 - грузовой 1000 кг) проведём 06-07.11.2026 согласно договору № 47/2026-ТО от 15.01.2026.",
        dt("2026-11-05 11:02"),
        D("251002", [], "заявка принята", "accepted; dates/contract are plans/noise; Outlook quote of customer"),
        quote=ol_quote("5 ноября 2026 г. 10:05", "Заявка 251002 ТО-2 Администрация Кировского р-на",
                       "Сергей Петрович, направляем заявку 251002 на ТО-2 лифтов здания администрации, "
                       "пр. Кирова, 155. Просим подтвердить."), reply=True)

thebat("ads2", "251002 выезд",
       "08:35 бригада (Сафронов И., Лебедев К.) выехала на пр. Кирова, 155 по заявке 251002, "
       "ТО-2 по всем лифтам.\nАвтомобиль Лада Ларгус А 417 КС 163.\n\n" + ADS_SIG_K.format(n=GUS),
       dt("2026-11-06 08:41"), D("251002", [], "подрядчик в пути", "KOI8-R 8bit; car plate 417/163 noise"),
       cs="koi8-r", cte="8bit")

mailru("leb", "251002 п.1 и п.2", "Мы на месте, начали ТО с пассажирских",
       dt("2026-11-06 09:33"), D("251002", ["1", "2"], "подрядчик на месте", "positions п.1 и п.2 in subject"))

thebat("ads2", "Заявка 251002 — итог 06.11",
       "Добрый вечер.\n\nТО-2 по позициям 1 и 2 (пассажирские лифты рег. № 52042, 52043) выполнено в полном "
       "объёме, замечаний нет. Бригада убыла с объекта в 16:45.\n"
       "По поз. 3 (грузовой, рег. № 52044) работы - завтра с 9:00.\n\n" + ADS_SIG.format(n=GUS),
       dt("2026-11-06 17:06"), D("251002", ["1", "2"], "подрядчик убыл", "1 and 2 done, 3 only planned"))

gmail("saf", "251002-3", "на месте, грузовой", dt("2026-11-07 09:12"),
      D("251002", ["3"], "подрядчик на месте", "position after dash in subject"))

outlook("Акт № 1187/11 – ТО-2 грузового лифта (заявка 251002)",
        "Добрый день.\n\nСообщаем, что техническое обслуживание ТО-2 грузового лифта рег. № 52044, г/п 1000 кг "
        "(позиция 3 по заявке № 251002) выполнено 07.11.2026.\nРаботы завершены в 13:30, бригада покинула объект.\n"
        "Акт № 1187/11 подписан комендантом здания Петровой Л.А., скан во вложении.",
        dt("2026-11-07 14:05"), D("251002", ["3"], "подрядчик убыл", "formal: act no., reg no., capacity are noise"),
        attach=("Akt_1187-11.pdf", b"%PDF-1.4\n% fake scan of act 1187/11\n" + bytes(rnd.randrange(256) for _ in range(600))))

# ---- 251455: Стара-Загора 140, П1 (подъезд 3), П2 (подъезд 4)
thebat("ads", "Заявка 251455 Стара-Загора 140",
       "Заявка 251455 принята диспетчером АДС Мельниковой О.Н. в 11:15.\n"
       "По сообщению жильцов: в подъезде 3 не закрываются двери на 1 этаже, в подъезде 4 лифт стоит на 7 этаже.\n"
       "Назначен механик Кузьмин А.В. (моб. 8-927-711-40-52).\n\n" + ADS_SIG_K.format(n=MEL),
       dt("2026-11-08 11:18"), D("251455", [], "заявка принята", "KOI8-R; подъезд/этаж numbers are not positions"),
       cs="koi8-r", cte="8bit")

gmail("kuz", "Стара-Загора 140 (251455)", "выехал, через полчаса буду", dt("2026-11-08 12:04"),
      D("251455", [], "подрядчик в пути", "number in brackets after address"))

gmail("kuz", "Re: Стара-Загора 140 (251455)", "Подъехал. Начинаю с первой позиции, двери.",
      dt("2026-11-08 12:52"), D("251455", ["1"], "подрядчик на месте", "'с первой позиции'"),
      quote=("вс, 8 нояб. 2026 г., 12:04 Андрей Кузьмин <a.kuzmin.lift@gmail.com>:", "выехал, через полчаса буду"))

thebat("ads", "Re: Заявка 251455 Стара-Загора 140",
       "Сообщаем по заявке 251455:\n\n"
       "П1 - отрегулированы створки дверей шахты 1 этажа, заменён ролик кареток. Лифт запущен в 14:10, "
       "механик ушёл с объекта в 14:25.\n"
       "П2 - нужна замена отводки, лифт остановлен до замены. Отводка заказана, выезд после поставки "
       "(ориентировочно 10.11).\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-08 18:03"), D("251455", ["1"], "подрядчик убыл", "П1 finished; П2 only planned"), reply=True)

thebat("ads", "Сводка АДС за ночь 09-10.11",
       "Доброе утро.\n\nСводка по вашим заявкам за ночь:\n"
       "- 252018 (Гагарина, 57) - пассажир освобождён, лифт работает;\n"
       "- 251455 (Стара-Загора, 140) - по П2 ожидаем отводку, лифт остановлен.\n\n" + ADS_SIG.format(n=GUS),
       dt("2026-11-10 08:30"), R("two different requests in one letter"))

gmail("kuz", "251455 поз2", "по второй позиции отводку получил на складе, еду на стара загору",
      dt("2026-11-10 09:58"), D("251455", ["2"], "подрядчик в пути", "'по второй позиции', еду на"))

gmail("kuz", "Re: 251455 поз2", "готово. лифт пустил, уехал с объекта 13:30",
      dt("2026-11-10 13:34"), D("251455", ["2"], "подрядчик убыл", "'уехал с объекта'"),
      quote=("вт, 10 нояб. 2026 г., 09:58 Андрей Кузьмин <a.kuzmin.lift@gmail.com>:",
             "по второй позиции отводку получил на складе, еду на стара загору"))

# ---- 252018: night emergency, Гагарина 57, one position
thebat("ads2", "АВАРИЙНАЯ заявка 252018 - Гагарина 57, застревание",
       "23:12 - принята заявка 252018 (застревание пассажира, ул. Гагарина, 57, подъезд 2, лифт рег. N 44907, "
       "400 кг, кабина между 4 и 5 этажами).\n"
       "23:15 - механик аварийной службы Еремин Д.А. выехал на объект, ориентировочное прибытие 23:40.\n\n"
       + ADS_SIG_K.format(n=GUS),
       dt("2026-11-09 23:21"), D("252018", [], "подрядчик в пути", "night journal; latest done = выехал"),
       cs="koi8-r", cte="8bit")

thebat("ads2", "Re: АВАРИЙНАЯ заявка 252018 - Гагарина 57, застревание",
       "23:41 - механик Еремин на месте.\n23:48 - пассажир освобождён (1 чел., без травм).\n"
       "23:56 - лифт проверен и запущен.\n00:02 - механик убыл.\n"
       "Причина: отключение питания на вводе ВРУ, автомат QF3 взведён.\n\n" + ADS_SIG_K.format(n=GUS),
       dt("2026-11-10 00:04"), D("252018", [], "подрядчик убыл", "journal: several events, latest = убыл"),
       cs="koi8-r", cte="b64")

# ---- 252741: ТО-1 Ленинская 168, 4 подъезда
outlook("Заявка № 252741 — ТО-1 Ленинская 168, график",
        "Добрый день.\n\nЗаявка № 252741 принята. График ТО-1 лифтов дома по ул. Ленинская, 168 - в таблице ниже.",
        dt("2026-11-11 09:38"), D("252741", [], "заявка принята", "acceptance + schedule table (plans only)"),
        html_extra=("<table border=1 cellspacing=0 cellpadding=3><tr><td>Поз.</td><td>Подъезд</td><td>Рег. №</td>"
                    "<td>Г/п</td><td>Дата ТО-1</td></tr>"
                    "<tr><td>1</td><td>1</td><td>47110</td><td>400 кг</td><td>12.11.2026</td></tr>"
                    "<tr><td>2</td><td>2</td><td>47111</td><td>400 кг</td><td>12.11.2026</td></tr>"
                    "<tr><td>3</td><td>3</td><td>47112</td><td>400 кг</td><td>13.11.2026</td></tr>"
                    "<tr><td>4</td><td>4</td><td>47113</td><td>630 кг</td><td>13.11.2026</td></tr></table>\n"))

gmail("saf", "252741 п1 п2", "едем на ленинскую 168, будем в 9:15", dt("2026-11-12 08:56"),
      D("252741", ["1", "2"], "подрядчик в пути", "'будем в 9:15' while travelling"))

gmail("saf", "Re: 252741 п1 п2", "Мы на месте, начали с первого", dt("2026-11-12 09:21"),
      D("252741", ["1", "2"], "подрядчик на месте", "request/positions only in Re: subject; quoted 'едем' is old"),
      quote=("чт, 12 нояб. 2026 г., 08:56 Игорь Сафронов <safronov.igor1984@gmail.com>:",
             "едем на ленинскую 168, будем в 9:15"))

thebat("ads", "Re: 252741 — доступ в машинное",
       "Добрый день.\n\nПросим сообщить телефон старшего по дому на Ленинской, 168 (4 подъезд) - машинное "
       "помещение закрыто на навесной замок, ключа у нас нет. Без доступа ТО-1 по 4 подъезду провести не сможем.\n\n"
       + ADS_SIG.format(n=MEL),
       dt("2026-11-12 11:30"), R("question about access, no status"), reply=True)

thebat("ads", "252741 П1, П2 — ТО-1 выполнено",
       "ТО-1 лифтов подъездов 1 и 2 выполнено, записи в журнал ТО внесены.\n"
       "Механики освободились в 14:35, переведены на другой объект.\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-12 15:02"), D("252741", ["1", "2"], "подрядчик убыл", "П1, П2 in subject; 'освободились'"))

mailru("leb", "Ленинская 168 3 и 4 подъезд", "по заявке 252741 поз 3,4 на месте с 9:00",
       dt("2026-11-13 09:08"), D("252741", ["3", "4"], "подрядчик на месте", "'поз 3,4'"))

outlook("FW: 252741 п3 п4 готово",
        "Пересылаю отчёт механика по Ленинской.",
        dt("2026-11-13 16:31"), D("252741", ["3", "4"], "подрядчик убыл", "Outlook forward of mechanic's report"),
        sig=False,
        quote=ol_quote("13 ноября 2026 г. 16:05", "252741 п3 п4 готово",
                       "Сергей Петрович, ТО-1 по поз.3 и поз.4 сделали, в 3 подъезде заменили лампу освещения "
                       "кабины, в 4-м подтянули башмаки. Уехали в 15:50.\n\n--\nОтправлено из мобильной Почты Mail.ru",
                       frm="Константин Лебедев [mailto:lebedev.mech@mail.ru]"))

# ---- 253306: СГБ № 7, П1 больничный 500 кг, П2 грузовой 1000 кг
thebat("ads", "Обращение 253306 — СГБ № 7",
       "Обращение 253306 принято, у нас зарегистрировано под № АДС-11/4471.\n"
       "Механик Кузьмин выезжает в течение часа.\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-14 10:28"), D("253306", [], "заявка принята", "'обращение ... принято'; trip only promised"))

gmail("kuz", "наряд #253306", "поз.1 больничный, выехал на мичурина", dt("2026-11-14 11:02"),
      D("253306", ["1"], "подрядчик в пути", "'наряд #', поз.1"))

gmail("kuz", "Re: наряд #253306", "П1 на месте. по П2 Еремин еще в пути, стоит в пробке на Московском шоссе",
      dt("2026-11-14 11:47"), R("different statuses for П1 (на месте) and П2 (в пути)"),
      quote=("сб, 14 нояб. 2026 г., 11:02 Андрей Кузьмин <a.kuzmin.lift@gmail.com>:",
             "поз.1 больничный, выехал на мичурина"))

outlook("Заявка № 253306 – выполнение работ",
        "Добрый день.\n\nПо заявке № 253306 (ГБУЗ СО «СГБ № 7», ул. Мичурина, 125) сообщаем:\n"
        "1. Позиция 1 - больничный лифт рег. № 61230, г/п 500 кг: заменён вызывной пост на 3 этаже, "
        "лифт введён в работу в 15:20.\n"
        "2. Позиция 2 - грузовой лифт рег. № 61231, г/п 1000 кг: выполнен осмотр, отрегулирована точная "
        "остановка на 9 этаже.\n"
        "Механики Кузьмин А.В. и Еремин Д.А. убыли с объекта в 15:40. Акт № 1203/11 будет передан с "
        "отчётом за месяц.",
        dt("2026-11-14 17:05"), D("253306", ["1", "2"], "подрядчик убыл", "both positions done, crew left"))


# ---- 254090: МФЦ, подъёмная платформа, one position
outlook("Заявка 254090 МФЦ — подъёмная платформа",
        "Добрый день.\nЗаявка 254090 принята. Платформа подъёмная для МГН ПТУ-001 (г/п 250 кг), выезд механика 17.11 до обеда.",
        dt("2026-11-16 09:31"), D("254090", [], "заявка принята", "accepted; ПТУ-001/250 kg noise"))

gmail("kuz", "Re: Заявка 254090 МФЦ — подъёмная платформа",
      "Еще не выехали - в МФЦ не могут найти ключ от шкафа управления, ждём звонка от завхоза",
      dt("2026-11-17 09:58"), R("negation: not yet left"), reply=True)

gmail("kuz", "254090", "В пути в мфц, ключ нашли", dt("2026-11-17 12:16"),
      D("254090", [], "подрядчик в пути", "'в пути'"))

thebat("ads", "254090 закрыто",
       "Платформа в МФЦ запущена, механик уехал с объекта в 14:30.\n"
       "Причина - срабатывание концевого выключателя SQ4 верхней площадки.\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-17 14:52"), D("254090", [], "подрядчик убыл", "'уехал с объекта' (from, not for)"))

# ---- 254612: Ново-Вокзальная 213, замена канатов, П1 1000 кг, П2 400 кг
outlook("RE: 254612 замена канатов Ново-Вокзальная 213",
        "Добрый день!\n\nЗаявка принята в работу. Замена тяговых канатов лифта П1 (1000 кг, рег. № 70518) - "
        "потребуется остановка лифта на 2 суток, просим уведомить жильцов.\nПо П2 (400 кг, рег. № 70519) - "
        "сначала осмотр, по результатам направим КП.",
        dt("2026-11-18 10:02"), D("254612", [], "заявка принята", "number only in subject; acceptance"),
        quote=ol_quote("18 ноября 2026 г. 10:00", "254612 замена канатов Ново-Вокзальная 213",
                       "Направляем заявку на замену канатов. Просьба подтвердить сроки."), reply=True)

thebat("ads", "254612 (П1) выезд бригады",
       "08:20 бригада Сафронов/Лебедев выехала на Ново-Вокзальную, 213, канаты 8 мм (4 шт. по 96 м) загружены.\n"
       "Машина Газель В 902 ОТ 163.\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-19 08:32"), D("254612", ["1"], "подрядчик в пути", "position in brackets; rope sizes/plate noise"))

mailru("leb", "Re: 254612 (П1) выезд бригады", "на обьекте, лифт отключили, начинаем демонтаж",
       dt("2026-11-19 09:15"), D("254612", ["1"], "подрядчик на месте", "typo 'обьекте'; quoted dispatcher letter is old"),
       quote=("Четверг, 19 ноября 2026, 8:32 +04:00 от АДС ЛифтСервис-Поволжье <ads@liftservice-pv.ru>:",
              "08:20 бригада Сафронов/Лебедев выехала на Ново-Вокзальную, 213"))

outlook("RE: 254612 замена канатов Ново-Вокзальная 213",
        "Спасибо, письмо получили. Объявления для жильцов - на вашей стороне, как договаривались.",
        dt("2026-11-19 10:05"), R("acknowledgement of customer's letter; 'на месте' only in quoted customer text"),
        quote=ol_quote("19 ноября 2026 г. 9:50", "254612 замена канатов Ново-Вокзальная 213",
                       "Сергей Петрович, видим, что ваша бригада на месте. Объявления о замене канатов вы повесили?"),
        reply=True)

thebat("ads", "Fwd: канаты",
       "Здравствуйте.\n\nПересылаю сообщение бригады.\n\n"
       "===8<==============Текст исходного сообщения===============\n"
       "От: Игорь Сафронов <safronov.igor1984@gmail.com>\nДата: 20.11.2026 18:05\nТема: канаты\n\n"
       "Канаты на П1 254612 поменяли, статические испытания провели (грузы 1500 кг), лифт запустили в 17:40. "
       "Собрали инструмент и уехали.\n"
       "===8<===========Конец текста исходного сообщения===========\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-20 18:22"), D("254612", ["1"], "подрядчик убыл", "The Bat! forward of crew report"))

outlook("254612 П2 — коммерческое предложение",
        "Добрый день.\n\nПо позиции 2 заявки 254612 (лифт 400 кг) для замены канатов требуется дополнительное "
        "соглашение к договору № 47/2026-ТО. КП на сумму 186 400 руб. (в т.ч. НДС 20%) во вложении.\nПросим согласовать.",
        dt("2026-11-21 10:15"), R("price/contract talk, no status"),
        attach=("KP_254612-2.pdf", b"%PDF-1.4\n% KP 186400\n" + bytes(rnd.randrange(256) for _ in range(400))))

# ---- 255230: ДК, техосвидетельствование, 3 лифта
outlook("Заявка 255230 – техосвидетельствование",
        "Добрый день.\n\nЗаявку 255230 приняли. Периодическое техническое освидетельствование трёх лифтов "
        "ДК «Заря» (ул. Мориса Тореза, 10) назначено на 23.11 совместно с инспектором ИЦ «Лифт-Эксперт».",
        dt("2026-11-20 11:04"), D("255230", [], "заявка принята", "accepted; date is a plan"))

thebat("ads2", "255230",
       "Выехали с базы на Мориса Тореза, 10 по 255230, все три лифта, с испытательными грузами.\n\n"
       + ADS_SIG_K.format(n=GUS),
       dt("2026-11-23 08:47"), D("255230", [], "подрядчик в пути", "'выехали с базы на' = travelling to site"),
       cs="koi8-r", cte="8bit")

gmail("ere", "Re: 255230", "на месте, инспектор ещё не подъехал, готовим грузы", dt("2026-11-23 09:33"),
      D("255230", [], "подрядчик на месте", "crew on site; inspector absence irrelevant"), reply=True)

outlook("255230 – итоги освидетельствования 23.11",
        "Добрый день.\n\nТехосвидетельствование П1 и П2 проведено, лифты признаны годными к эксплуатации, "
        "акты № ТО-3321 и ТО-3322.\nПо П3 освидетельствование перенесено на 25.11 - инспектор не успел.\n"
        "Бригада в 15:30 убыла.",
        dt("2026-11-23 16:04"), D("255230", ["1", "2"], "подрядчик убыл", "П1, П2 done; П3 postponed"))

gmail("ere", "255230 п3", "по п3 завтра с утра буду, к 9", dt("2026-11-24 19:10"),
      R("plan only ('завтра буду')"))

gmail("ere", "255230/3", "по 3-й позиции нa мecте", dt("2026-11-25 09:02"),
      D("255230", ["3"], "подрядчик на месте", "'3-й', Latin look-alike letters in 'на месте'"))

thebat("ads2", "Re: 255230/3",
       "Освидетельствование по п.3 пройдено, акт ТО-3340. Бригада убыла в 11:40.\n\n" + ADS_SIG.format(n=GUS),
       dt("2026-11-25 12:03"), D("255230", ["3"], "подрядчик убыл", "'п.3'; act no. noise"), reply=True)

# ---- 256047: Революционная 70, редуктор, one position
thebat("ads", "Заявка 256047 Революционная 70",
       "Принято.\nЛифт рег. № 39904, 630 кг - со слов жильцов гул и рывки при движении, остановка на 9 этаже "
       "с недоходом. Механик Кузьмин.\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-21 08:58"), D("256047", [], "заявка принята", "'Принято'"))

gmail("kuz", "256047 еду", "Едем вдвоём с Ереминым", dt("2026-11-21 09:40"),
      D("256047", [], "подрядчик в пути", "'еду/едем'"))

gmail("kuz", "Re: 256047 еду", "НА МЕСТЕ. течь масла из редуктора, лифт останавливаю", dt("2026-11-21 10:22"),
      D("256047", [], "подрядчик на месте", "Re: subject says 'еду' but body reports arrival"),
      quote=("сб, 21 нояб. 2026 г., 09:40 Андрей Кузьмин <a.kuzmin.lift@gmail.com>:", "Едем вдвоём с Ереминым"))

outlook("256047 – простой лифта, согласование",
        "Добрый день.\n\nЛифт по заявке 256047 остановлен до замены редуктора. Срок поставки редуктора - "
        "5 рабочих дней (поставщик ООО «Лифткомплект», счёт № 3391 от 21.11.2026).\nПросим согласовать простой.",
        dt("2026-11-21 15:08"), R("lift stopped pending part; supply/approval talk, no finished status"))


thebat("ads", "Re: 256047 – простой лифта, согласование",
       "Редуктор заменён, лифт на Революционной, 70 запущен 27.11 в 16:10, механик убыл.\n\n" + ADS_SIG.format(n=MEL) +
       "\n\nВы писали 21 ноября 2026 г., 15:08:\n\n"
       "> Лифт по заявке 256047 остановлен до замены редуктора. Срок поставки редуктора - 5 рабочих дней\n"
       "> Просим согласовать простой.",
       dt("2026-11-27 16:25"), D("256047", [], "подрядчик убыл", "new text reports completion; quote is old"),
       reply=True)

# ---- 257318: Победы 86, П1 подъезд 1, П2 подъезд 5, вандализм
gmail("saf", "ПРИНЯЛ 257318", "ПРИНЯЛ ЗАЯВКУ, ПОБЕДЫ 86. СЕЙЧАС ДОДЕЛАЮ НА ДРУГОМ ОБЪЕКТЕ",
      dt("2026-11-24 10:58"), D("257318", [], "заявка принята", "caps"))

gmail("saf", "257318 (2)", "выезжаю на победы, 5 подъезд", dt("2026-11-24 13:02"),
      D("257318", ["2"], "подрядчик в пути", "position in brackets in subject"))

gmail("saf", "257318 (2)", "Нa мeсте, кнопки выжжены на 1,3,5 этажах", dt("2026-11-24 13:47"),
      D("257318", ["2"], "подрядчик на месте", "Latin a/e in 'на месте'; floors noise"))

thebat("ads", "Заявка 257318",
       "По поз. 2 (подъезд 5) заменены кнопки приказа и вызова, лифт работает. Механик освободился в 16:40.\n"
       "По поз. 1 - завтра.\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-24 17:05"), D("257318", ["2"], "подрядчик убыл", "поз. 2 done; поз. 1 plan"))

gmail("saf", "Re: 257318 (2)", "п1 сделал, уехал", dt("2026-11-25 10:33"),
      D("257318", ["1"], "подрядчик убыл", "old subject names (2) but body reports п1"),
      quote=("вт, 24 нояб. 2026 г., 13:47 Игорь Сафронов <safronov.igor1984@gmail.com>:",
             "Нa мeсте, кнопки выжжены на 1,3,5 этажах"))

# ---- other review letters
thebat("ads", "Заявка 258804 принята",
       "Заявка № 258804 (ул. Авроры, 150, подъезд 3) принята, механик назначен.\n\n" + ADS_SIG.format(n=MEL),
       dt("2026-11-15 09:20"), R("258804 is not in the registry"))

outlook("Счёт № 812 – ТО-2 по заявке 251002",
        "Добрый день.\n\nНаправляем счёт № 812 от 20.11.2026 на сумму 48 600 руб. за ТО-2 по заявке 251002.\n"
        "Просим ускорить оплату: предыдущий счёт № 744 был оплачен с задержкой 30 дней.",
        dt("2026-11-26 11:00"), R("invoice / payment complaint, no status"))

gmail("ere", "лифт", "я на месте, лифт в подъезде 2 стоит на 9 этаже, дверь не открывается",
      dt("2026-11-22 20:15"), R("no request number at all"))

# ---------------------------------------------------------------- machine mail (ignored)
def raw_finish(m, frm, subj, when, label, cs="utf-8", extra=None, style="plain"):
    for k, v in (extra or {}).items():
        m[k] = v
    return finish(m, frm, subj, when, style, cs, label)


# out-of-office from the chief engineer's Outlook
m = tpart("Здравствуйте!\n\nЯ нахожусь в командировке с 25.11 по 28.11 включительно, почту читаю нерегулярно.\n"
          "По срочным вопросам обращайтесь в АДС: ads@liftservice-pv.ru, тел. (846) 372-15-40.\n\n"
          "Воронин С.П.\n", "plain", "windows-1251", "qp")
raw_finish(m, addr("vor", "windows-1251"), "Автоответ: Заявка 256047 – редуктор", dt("2026-11-25 14:20"),
           I("out-of-office auto-reply (request number only in echoed subject)"), "windows-1251",
           {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-Mailer": "Microsoft Outlook 16.0"},
           style="outlook")

# bounce from own MTA: customer wrote to a non-existent mailbox
rep = MIMEMultipart("report", report_type="delivery-status")
rep.attach(MIMEText("This is the mail system at host mx1.liftservice-pv.ru.\n\n"
                    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                    "<kuzmin@liftservice-pv.ru>: host mx1.liftservice-pv.ru[private/dovecot-lmtp] said:\n"
                    "    550 5.1.1 <kuzmin@liftservice-pv.ru> User doesn't exist\n", "plain", "us-ascii"))
ds = Message()
ds.set_type("message/delivery-status")
b1 = Message(); b1["Reporting-MTA"] = "dns; mx1.liftservice-pv.ru"; b1["Arrival-Date"] = "Tue, 24 Nov 2026 10:44:58 +0400"
b2 = Message(); b2["Final-Recipient"] = "rfc822; kuzmin@liftservice-pv.ru"; b2["Action"] = "failed"
b2["Status"] = "5.1.1"; b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User doesn't exist"
ds.set_payload([b1, b2])
rep.attach(ds)
orig = MIMEText("Андрей, по заявке 257318 (Победы, 86) просьба отписаться, когда выедете.\nДиспетчер ОМИС Соколова",
                "plain", "utf-8")
orig["From"] = f"{hdr(CUST_NAME, 'utf-8')} <{CUST}>"
orig["To"] = "kuzmin@liftservice-pv.ru"
orig["Subject"] = hdr("Заявка 257318 — Победы 86", "utf-8")
orig["Date"] = "Tue, 24 Nov 2026 09:44:55 +0300"
orig["Message-ID"] = "<7f3a91c2e04b@zakazchik-omis.ru>"
rep.attach(MIMEMessage(orig))
raw_finish(rep, addr("daemon"), "Undelivered Mail Returned to Sender", dt("2026-11-24 10:45"),
           I("bounce (DSN) echoing a customer letter about 257318"), extra={"Auto-Submitted": "auto-replied"})

# read receipt (Outlook MDN)
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(tpart("Ваше сообщение\n\n  Кому: Воронин Сергей Петрович\n  Тема: Заявка 253306 — СГБ № 7\n"
                "  Отправлено: 14.11.2026 10:00\n\nбыло прочитано 14.11.2026 11:02.\n", "plain", "windows-1251", "qp"))
mdn = Message()
mdn.set_type("message/disposition-notification")
mdn.set_payload("Reporting-UA: liftservice-pv.ru; Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822;s.voronin@liftservice-pv.ru\n"
                "Original-Message-ID: <a81c44d0e7f2@zakazchik-omis.ru>\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
raw_finish(rr, addr("vor", "windows-1251"), "Прочитано: Заявка 253306 — СГБ № 7", dt("2026-11-14 11:02"),
           I("read receipt"), "windows-1251", style="outlook")

# bulk newsletter
nl = MIMEMultipart("alternative")
nl_text = ("ЛифтСервис-Поволжье | Новости ноября 2026\n\n"
           "Уважаемые партнёры!\n\nВ ноябре наши бригады выполнили 412 заявок и провели ТО-1/ТО-2 более чем 1 900 лифтов "
           "в Самаре, Тольятти и Новокуйбышевске. Принята в работу новая аварийная служба в Кировском районе.\n\n"
           "С 1 декабря действует зимний график ТО: выезд бригад с 7:30.\n"
           "Горячая линия АДС: (846) 372-15-40.\n\n"
           "Вы получили это письмо, так как подписаны на рассылку. Отписаться: https://liftservice-pv.ru/unsubscribe?u=88412\n")
nl.attach(tpart(nl_text, "plain", "utf-8", "qp"))
nl.attach(tpart("<html><body><h2>ЛифтСервис-Поволжье — новости ноября</h2>" +
                "".join(f"<p>{esc(l)}</p>" for l in nl_text.split("\n") if l) + "</body></html>\n", "html", "utf-8", "qp"))
raw_finish(nl, addr("news"), "Новости ЛифтСервис-Поволжье: итоги ноября и зимний график ТО", dt("2026-11-27 10:00"),
           I("bulk newsletter"), extra={"Precedence": "bulk", "List-Id": "<news.liftservice-pv.ru>",
                                        "List-Unsubscribe": "<https://liftservice-pv.ru/unsubscribe?u=88412>"})

# calendar reply (Outlook meeting response)
cal = MIMEMultipart("alternative")
cal.attach(tpart("Воронин Сергей Петрович принял это приглашение.\n", "plain", "windows-1251", "qp"))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Воронин Сергей Петрович:mailto:s.voronin@liftservice-pv.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по техосвидетельствованию (заявка 255230)\r\n"
       "DTSTART;TZID=Russian Standard Time:20261122T100000\r\nDTEND;TZID=Russian Standard Time:20261122T110000\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000A0C7D1E2\r\nSEQUENCE:0\r\nDTSTAMP:20261120T083000Z\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
cp = tpart(ics, "calendar", "utf-8", "b64")
cp.set_param("method", "REPLY")
cal.attach(cp)
raw_finish(cal, addr("vor", "windows-1251"), "Принято: Совещание по техосвидетельствованию (заявка 255230)",
           dt("2026-11-20 12:30"), I("calendar meeting response (Принято: ...) generated by Outlook"),
           "windows-1251", style="outlook")

# automatic acknowledgement of the ADS ticket system
ack = tpart("Уважаемый отправитель!\n\nВаше письмо «Заявка 256047 Революционная 70» получено и зарегистрировано "
            "в системе АДС под № АДС-11/4502 от 21.11.2026 08:31.\n\n"
            "Это письмо сформировано автоматически, отвечать на него не нужно.\n"
            "АДС ООО «ЛифтСервис-Поволжье», тел. (846) 372-15-40\n", "plain", "utf-8", "qp")
raw_finish(ack, addr("noreply"), "Ваше обращение зарегистрировано: АДС-11/4502", dt("2026-11-21 08:31"),
           I("auto-generated acknowledgement by ticket system"),
           extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"})

# ---------------------------------------------------------------- registry + labels
REG = [
    ("250114", ["1", "2"], "2026-11-02T09:00:00+03:00", "ул. Ново-Садовая, 106: П1 лифт подъезд 1 (рег. № 41872), П2 лифт подъезд 2 (рег. № 41873), не работают"),
    ("250387", ["1"], "2026-11-03T08:30:00+03:00", "Поликлиника № 14, ул. Подшипниковая, 27: грузовой лифт ПП-1000"),
    ("251002", ["1", "2", "3"], "2026-11-05T09:00:00+03:00", "Администрация Кировского р-на, пр. Кирова, 155: ТО-2, П1/П2 пассажирские 630 кг, П3 грузовой 1000 кг"),
    ("251455", ["1", "2"], "2026-11-08T10:00:00+03:00", "ул. Стара-Загора, 140: П1 лифт подъезд 3 (двери), П2 лифт подъезд 4 (стоит)"),
    ("252018", ["1"], "2026-11-09T22:10:00+03:00", "ул. Гагарина, 57, подъезд 2: застревание пассажира"),
    ("252741", ["1", "2", "3", "4"], "2026-11-11T08:00:00+03:00", "ул. Ленинская, 168: ТО-1 лифтов подъездов 1-4"),
    ("253306", ["1", "2"], "2026-11-14T09:00:00+03:00", "ГБУЗ СГБ № 7, ул. Мичурина, 125: П1 больничный лифт 500 кг, П2 грузовой 1000 кг"),
    ("254090", ["1"], "2026-11-16T08:00:00+03:00", "МФЦ: подъёмная платформа для МГН"),
    ("254612", ["1", "2"], "2026-11-18T09:00:00+03:00", "ул. Ново-Вокзальная, 213: замена канатов, П1 1000 кг, П2 400 кг"),
    ("255230", ["1", "2", "3"], "2026-11-20T09:00:00+03:00", "ДК «Заря», ул. Мориса Тореза, 10: техосвидетельствование 3 лифтов"),
    ("256047", ["1"], "2026-11-21T07:30:00+03:00", "ул. Революционная, 70: лифт с рывками/гулом"),
    ("257318", ["1", "2"], "2026-11-24T09:30:00+03:00", "ул. Победы, 86: П1 подъезд 1, П2 подъезд 5, вандализм (кнопки)"),
]
emails = sorted({a for _, a in P.values()})
registry = {"contractor": {"name": "ООО «ЛифтСервис-Поволжье»", "emails": emails, "domains": [DOM]},
            "requests": [{"number": n, "positions": p, "registered_at": r, "comment": c} for n, p, r, c in REG]}
with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
print(len(LABELS), "letters")
