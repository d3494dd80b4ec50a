#!/usr/bin/env python3
# Generator for persona H: young crew lead (бригадир) of a low-voltage / telecom contractor.
# Writes registry.json, labels.json and letters/NNN.eml
import json, os, random, hashlib, datetime, html
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email import charset as cs_mod
from email.charset import Charset, QP, BASE64

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
rnd = random.Random(11000)

MSK = datetime.timezone(datetime.timedelta(hours=3))
UTC = datetime.timezone.utc

DISP_NAME, DISP = "Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru"
GM_NAME, GM = "Артём Галкин", "galkin.artyom94@gmail.com"
OL_NAME, OL = "Галкин Артём", "a.galkin@svmontazh.ru"
MG_NAME, MG = "Орлова Наталья Викторовна", "n.orlova@svmontazh.ru"
NEWS = "news@svmontazh.ru"
DAEMON = "mailer-daemon@googlemail.com"

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MON_SHORT = "нояб."
MON_GEN = "ноября"


def msk(day, h, m):
    return datetime.datetime(2026, 11, day, h, m, rnd.randint(0, 59), tzinfo=MSK)


def gmail_attr(d, name, addr):
    return f"{WD[d.weekday()]}, {d.day} {MON_SHORT} {d.year} г. в {d.hour:02d}:{d.minute:02d}, {name} <{addr}>:"


def outlook_block(d, frm, to, subj):
    return ("________________________________\n"
            f"От: {frm}\n"
            f"Отправлено: {WD_FULL[d.weekday()]}, {d.day} {MON_GEN} {d.year} г. {d.hour}:{d.minute:02d}\n"
            f"Кому: {to}\n"
            f"Тема: {subj}\n")


def mid_gmail():
    s = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") for _ in range(44))
    return f"<CA{s}@mail.gmail.com>"


def mid_outlook():
    box = "AM9PR03MB" + str(rnd.randint(1000, 9999))
    s = "".join(rnd.choice("0123456789ABCDEF") for _ in range(16))
    return f"<{box}{s}@{box}.eurprd03.prod.outlook.com>"


def mid_bat(d):
    return f"<{rnd.randint(10**8, 10**9)}.{d.strftime('%Y%m%d%H%M%S')}@svmontazh.ru>"


def text_part(txt, charset="utf-8", enc=BASE64, subtype="plain"):
    c = Charset(charset)
    c.body_encoding = enc
    c.header_encoding = BASE64
    p = MIMEText("", subtype)
    del p["Content-Transfer-Encoding"]
    p.set_payload(txt, c)
    del p["MIME-Version"]
    return p


def hdrs(msg, d, frm_name, frm, subj, mid, to=(DISP_NAME, DISP), charset="utf-8", irt=None, extra=None):
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = mid
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    msg["Subject"] = Header(subj, charset, header_name="Subject") if any(ord(ch) > 127 for ch in subj) else subj
    msg["From"] = formataddr((frm_name, frm), charset)
    msg["To"] = formataddr(to, charset)
    for k, v in (extra or {}).items():
        msg[k] = v
    # put MIME-Version etc. order not important
    return msg


def to_html_lines(t):
    return "<br>".join(html.escape(x) for x in t.split("\n"))


# --------------------------------------------------------------- client styles
def gmail(d, subj, body, quote=None, enc=BASE64, html_part=True, irt=None):
    """Gmail app on Android. quote = (date, name, addr, text) or None. Top-posting."""
    plain = body
    h = f'<div dir="auto">{to_html_lines(body)}</div>'
    if quote:
        qd, qn, qa, qt = quote
        attr = gmail_attr(qd, qn, qa)
        plain += "\n\n" + attr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in qt.split("\n")) + "\n"
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attr) +
              '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
              + to_html_lines(qt) + '</blockquote></div>')
    if html_part:
        m = MIMEMultipart("alternative", boundary="0000000000" + hashlib.md5((subj + str(d)).encode()).hexdigest()[:18])
        m.attach(text_part(plain + "\n", "utf-8", enc))
        m.attach(text_part(h + "\n", "utf-8", enc, "html"))
    else:
        m = text_part(plain + "\n", "utf-8", enc)
    return hdrs(m, d, GM_NAME, GM, subj, mid_gmail(), irt=irt)


def gmail_bottom(d, subj, body, quote, irt=None):
    """Gmail reply written under the quote."""
    qd, qn, qa, qt = quote
    attr = gmail_attr(qd, qn, qa)
    plain = attr + "\n\n" + "\n".join("> " + l for l in qt.split("\n")) + "\n\n" + body + "\n"
    h = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attr) + '<br></div>'
         '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
         + to_html_lines(qt) + '</blockquote></div><div dir="auto"><br></div><div dir="auto">' + to_html_lines(body) + '</div>')
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "utf-8", QP))
    m.attach(text_part(h, "utf-8", QP, "html"))
    return hdrs(m, d, GM_NAME, GM, subj, mid_gmail(), irt=irt)


OL_SIG = "Получить Outlook для Android<https://aka.ms/AAb9ysg>"


def outlook_app(d, subj, body, quote=None, html_only=False, irt=None):
    """Outlook for Android, corporate mailbox. Date in UTC. quote = (date, from, to, subj, text)."""
    du = d.astimezone(UTC)
    plain = body + "\n\n" + OL_SIG + "\n"
    h = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         f'<div dir="ltr"><div dir="ltr" style="color:rgb(0,0,0);font-family:Calibri,Helvetica,sans-serif;font-size:12pt">'
         f'{to_html_lines(body)}</div><div dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr">'
         f'Получить <a href="https://aka.ms/AAb9ysg">Outlook для Android</a></div>')
    if quote:
        qd, qf, qt_, qs, qtext = quote
        blk = outlook_block(qd, qf, qt_, qs)
        plain += blk + "\n" + qtext + "\n"
        h += ('<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
              'style="font-size:11pt" color="#000000">' + to_html_lines(blk.split("\n", 1)[1].rstrip("\n")) +
              '</font><div>&nbsp;</div></div><div>' + to_html_lines(qtext) + '</div>')
    h += "</div></body></html>\n"
    if html_only:
        m = text_part(h, "utf-8", BASE64, "html")
    else:
        m = MIMEMultipart("alternative")
        m.attach(text_part(plain, "utf-8", BASE64))
        m.attach(text_part(h, "utf-8", BASE64, "html"))
    return hdrs(m, du, OL_NAME, OL, subj, mid_outlook(), irt=irt,
                extra={"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "Content-Language": "ru-RU"})


MG_SIG = ("--\nС уважением,\nОрлова Наталья Викторовна\nруководитель отдела эксплуатации\n"
          "ООО «СвязьМонтаж-Сервис»\nИНН 7725418863 / КПП 772501001\nтел. +7 (495) 118-42-07, доб. 214\n"
          "моб. +7 903 557-19-60\nwww.svmontazh.ru")


def manager(d, subj, body, quote=None, html_body=None, charset="windows-1251", irt=None, sig=True):
    """Desktop Outlook 2016, windows-1251, quoted-printable, multipart/alternative."""
    plain = body + ("\n\n" + MG_SIG if sig else "") + "\n"
    if quote:
        plain += "\n" + quote + "\n"
    if html_body is None:
        hb = "<p class=MsoNormal>" + to_html_lines(plain) + "</p>"
    else:
        hb = html_body + "<p class=MsoNormal>" + to_html_lines(("\n" + MG_SIG if sig else "") + ("\n\n" + quote if quote else "")) + "</p>"
    h = (f'<html><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
         '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=RU link="#0563C1"><div class=WordSection1>'
         + hb + "</div></body></html>\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, charset, QP))
    m.attach(text_part(h, charset, QP, "html"))
    return hdrs(m, d, MG_NAME, MG, subj, mid_outlook(), charset=charset, irt=irt,
                extra={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "Adt" + hashlib.md5(subj.encode()).hexdigest()[:20],
                       "Content-Language": "ru"})


# --------------------------------------------------------------- dispatcher texts (for quotes)
DISP_SIG = "Диспетчерская служба ОМИС\n+7 (495) 640-12-80"
def dsend(num, obj, pos):
    return (f"Добрый день!\n\nНаправляем заявку № {num}.\nОбъект: {obj}\n{pos}\n"
            f"Просим подтвердить принятие и сообщать о статусах по каждой позиции.\n\n{DISP_SIG}")


letters = []   # (eml message, label dict)


def add(msg, label):
    letters.append((msg, label))


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, ROAD, ONS, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ================================================================ 11204 / 11237 / 11258
d0 = datetime.datetime(2026, 11, 2, 9, 15, tzinfo=MSK)
q11204 = dsend("11204", "БЦ «Омега», ул. Лесная, д. 7",
               "Поз. 1 — СКС, 2 этаж (24 порта)\nПоз. 2 — СКС, 3 этаж (18 портов)\nПоз. 3 — СКС, 4 этаж (12 портов)")
add(gmail(msk(2, 9, 52), "Re: Заявка 11204 БЦ Омега СКС", "принял, завтра с утра зайдем 👍",
          quote=(d0, DISP_NAME, DISP, q11204)),
    D("11204", [], ACC, "«принял» in reply to the request notice; «завтра зайдем» is only a plan on top"))

add(gmail(msk(3, 8, 41), "11204", "выдвигаемся на омегу"),
    D("11204", [], ROAD, "«выдвигаемся» = heading out now, no position"))

add(gmail(msk(3, 9, 27), "11204/п1", "мы на обж🚀 начинаем со 2го этажа"),
    D("11204", ["1"], ONS, "position in subject «/п1»; «на обж» = on site; «2го этажа» is a floor, not a position"))

d1 = datetime.datetime(2026, 11, 3, 10, 40, tzinfo=MSK)
q11237 = dsend("11237", "Склад «Южный», Промышленный пр-д, д. 14, стр. 3",
               "Поз. 1 — видеонаблюдение по периметру (6 камер)\nПоз. 2 — камеры на въездных воротах (2 шт.)")
add(outlook_app(msk(3, 11, 2), "RE: Заявка №11237 Склад Южный видеонаблюдение", "Взяли в работу",
                quote=(d1, f"{DISP_NAME} <{DISP}>", f"{OL_NAME} <{OL}>", "Заявка №11237 Склад Южный видеонаблюдение", q11237)),
    D("11237", [], ACC, "Outlook app reply, number only in the RE: subject; quoted request text below"))

m5d = msk(3, 13, 5)
m5t = "п1 закрыли ✅ 2й этаж весь прозвонили, 24 порта"
add(gmail(m5d, "11204/п1", m5t),
    D("11204", ["1"], LEFT, "«закрыли» = position finished; 24 порта is a count"))

add(outlook_app(msk(3, 17, 48), "11204 п2", "п2 сделано👍 п3 завтра доделаем, кабель кончился("),
    D("11204", ["2"], LEFT, "п2 done, п3 only a plan for tomorrow -> decided for п2 only"))

m10d = msk(4, 15, 30)
m10t = "камеры по периметру повесили 6 шт HiWatch DS-I200(D), все в сети, регистратор видит. п1 закрыли"
add(gmail(m10d, "11237 п1", m10t),
    D("11237", ["1"], LEFT, "result + «закрыли»; model number and count are not request numbers"))

add(gmail(msk(4, 16, 20), "Re: 11204/п1", "по 3й позиции доделали, уехали",
          quote=(m5d, GM_NAME, GM, m5t)),
    D("11204", ["3"], LEFT, "reply to own old thread: subject says п1 but the new text reports 3rd position done and left"))

d2 = datetime.datetime(2026, 11, 5, 8, 30, tzinfo=MSK)
q11258 = dsend("11258", "офис, ул. Кожевническая, д. 10, стр. 1 (м. Павелецкая)",
               "Поз. 1 — слаботочный щит ЩС-1, ревизия\nПоз. 2 — кросс, перекоммутация")
add(outlook_app(msk(5, 8, 55), "RE: Заявка 11258 Павелецкая щит ЩС-1", "принято",
                quote=(d2, f"{DISP_NAME} <{DISP}>", f"{OL_NAME} <{OL}>", "Заявка 11258 Павелецкая щит ЩС-1", q11258)),
    D("11258", [], ACC, "«принято» as reply to the request notice"))

add(manager(msk(5, 10, 5), "Заявка № 11204 – работы выполнены",
            "Добрый день, коллеги!\n\nСообщаем, что работы по заявке № 11204 (БЦ «Омега», ул. Лесная, д. 7) "
            "выполнены в полном объёме 04.11.2026, бригада объект покинула. Смонтировано и протестировано 54 порта СКС.\n"
            "Акт выполненных работ № 318 от 05.11.2026 и исполнительную документацию направим отдельным письмом "
            "в рамках договора № 47/СМ-2026."),
    D("11204", [], LEFT, "manager's formal summary: all works done, crew left; act/contract/INN/phone numbers are distractors"))

add(gmail(msk(5, 12, 15), "11237 / 11258", "на южном п2 доделали, щас на павелецкую едем по щитку"),
    R("two different requests in one letter (11237 п2 done, 11258 on the way)"))

add(gmail(msk(5, 15, 20), "11258/п1", "чекнули щиток, всё ок 👌 автоматы подтянули, маркировку сделали"),
    D("11258", ["1"], LEFT, "result style: panel checked, everything ok = work on п1 finished"))

m18d = msk(5, 16, 10)
m18t = "кросс перебили, готово"
add(gmail(m18d, "11258 п3", m18t),
    R("request 11258 has only positions 1 and 2; п3 does not exist"))

tbl = ('<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Направляем отчёт о выполнении работ по заявке № 11237 '
       '(склад «Южный», Промышленный пр-д, д. 14, стр. 3).</p>'
       '<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">'
       '<tr><td><b>№ поз.</b></td><td><b>Наименование работ</b></td><td><b>Статус</b></td><td><b>Дата, время</b></td></tr>'
       '<tr><td>1</td><td>Видеонаблюдение по периметру, 6 камер HiWatch</td><td>Выполнено, бригада убыла</td><td>04.11.2026 15:20</td></tr>'
       '<tr><td>2</td><td>Камеры на въездных воротах, 2 шт.</td><td>Выполнено, бригада убыла</td><td>05.11.2026 12:00</td></tr>'
       '</table><p class=MsoNormal>Записи с регистратора доступны по адресу 10.14.3.2, логин передан охране.</p>')
add(manager(msk(6, 9, 30), "Заявка 11237 (Склад Южный) — отчёт о выполнении",
            "Добрый день!\n\nНаправляем отчёт о выполнении работ по заявке № 11237 (склад «Южный», Промышленный пр-д, д. 14, стр. 3).\n\n"
            "№ поз.\tНаименование работ\tСтатус\tДата, время\n"
            "1\tВидеонаблюдение по периметру, 6 камер HiWatch\tВыполнено, бригада убыла\t04.11.2026 15:20\n"
            "2\tКамеры на въездных воротах, 2 шт.\tВыполнено, бригада убыла\t05.11.2026 12:00\n\n"
            "Записи с регистратора доступны по адресу 10.14.3.2, логин передан охране.", html_body=tbl),
    D("11237", ["1", "2"], LEFT, "table with a row per position, both «выполнено, бригада убыла»; IP address is a distractor"))

add(gmail_bottom(msk(6, 10, 30), "Re: 11258 п3", "сорян, это п2 было а не п3. кросс готов",
                 quote=(m18d, GM_NAME, GM, m18t)),
    D("11258", ["2"], LEFT, "correction written under the quote: it was п2, cross-connect done"))

# ================================================================ 11301 / 11315
d3 = datetime.datetime(2026, 11, 9, 9, 0, tzinfo=MSK)
q11301 = dsend("11301", "ТЦ «Меридиан», Каширское ш., д. 61",
               "Поз. 1 — точки доступа Wi-Fi, зона А (1 этаж)\nПоз. 2 — зона Б (2 этаж)\nПоз. 3 — зона В (фудкорт)\nПоз. 4 — зона Г (кинозал)")
add(gmail(msk(9, 9, 20), "Re: Новая заявка 11301 ТЦ Меридиан Wi-Fi", "ок берём 👌",
          quote=(d3, DISP_NAME, DISP, q11301), enc=QP),
    D("11301", [], ACC, "«берём» in reply to a new request"))

add(gmail(msk(10, 7, 55), "11301", "выезжаем на меридиан"),
    D("11301", [], ROAD, "«выезжаем на» = leaving for the site"))

add(gmail(msk(10, 8, 50), "11301 п1", "на м\u0435сте".replace("\u0435", "e", 1)),
    D("11301", ["1"], ONS, "«на мeсте» with a Latin e inside"))

add(gmail(msk(10, 10, 40), "11301/п1", "п1 закрыли, точка UniFi U6-Lite висит светится синим"),
    D("11301", ["1"], LEFT, "«закрыли»; U6-Lite model is a distractor"))

add(manager(msk(10, 11, 45), "Заявка № 11315 принята в работу",
            "Добрый день!\n\nЗаявку № 11315 (проходная завода, турникеты) приняли в работу. Выезд бригады планируем "
            "на 11.11.2026 к 9:00. Ответственный — бригадир Галкин Артём, тел. +7 916 204-33-71."),
    D("11315", [], ACC, "formal acceptance; planned trip date is not a status; phone number distractor"))

add(gmail(msk(10, 12, 30), "11301", "п2 готово, на п3 уже работаем"),
    R("different statuses for different positions: п2 finished, п3 on site"))

add(gmail(msk(10, 13, 5), "11299 п1", "закрыли п1 всё ок"),
    R("request 11299 is not in the registry (probably a typo)"))

m30d = msk(10, 14, 40)
m30t = "зашли на п4, кинозал"
add(gmail(m30d, "11301 п4", m30t),
    D("11301", ["4"], ONS, "«зашли на п4» = arrived / working on position 4"))

dq0 = msk(10, 15, 10)
add(outlook_app(msk(10, 16, 55), "RE: 11301 п4", "кинозал доделали, свернулись 🏁",
                quote=(dq0, f"{DISP_NAME} <{DISP}>", f"{OL_NAME} <{OL}>", "11301 п4",
                       "Артём, администрация кинозала просит закончить до 17:00, в 17:30 сеанс.\n\n" + DISP_SIG)),
    D("11301", ["4"], LEFT, "position only in the subject of his own thread; «доделали, свернулись» = done and left"))

add(gmail(msk(11, 8, 5), "11315", "в дороге, навигатор говорит к 9:10 будем"),
    D("11315", [], ROAD, "travelling now; 9:10 is an ETA"))

add(gmail(msk(11, 9, 12), "11315 (1)", "на проходной, 1й турникет разбираем"),
    D("11315", ["1"], ONS, "position in brackets in subject; on site working"))

add(gmail(msk(11, 11, 30), "Re: 11301 п4", "это по 11315 п1 — первый турникет пофиксили, карты читает",
          quote=(m30d, GM_NAME, GM, m30t)),
    D("11315", ["1"], LEFT, "reply to the wrong (old 11301) thread; the body names 11315 and the first turnstile fixed"))

add(gmail(msk(11, 15, 0), "11315-2", "второй тоже сделали, выехали с прох\u043eдной".replace("х\u043e", "хo", 1)),
    D("11315", ["2"], LEFT, "«выехали С проходной» = left from the site; Latin o in «прохoдной»; position after dash"))

# ================================================================ bulk
news_txt = ("Уважаемые партнёры!\n\nООО «СвязьМонтаж-Сервис» благодарит вас за сотрудничество.\n"
            "В ноябре 2026 г.:\n— открыт новый склад кабельной продукции на Варшавском ш., 125;\n"
            "— скидка 10% на монтаж СКС и видеонаблюдения при заключении договора до 31.12.2026;\n"
            "— выполнено более 340 заявок наших заказчиков.\n\n"
            "Вы получили это письмо, так как являетесь партнёром компании.\nОтписаться: https://svmontazh.ru/unsubscribe?u=8f31c2")
m = MIMEMultipart("alternative")
m.attach(text_part(news_txt, "utf-8", QP))
m.attach(text_part("<html><body><h2>Новости СвязьМонтаж-Сервис</h2><p>" + to_html_lines(news_txt) + "</p></body></html>", "utf-8", QP, "html"))
hdrs(m, msk(12, 11, 0), "СвязьМонтаж-Сервис", NEWS, "Новости СвязьМонтаж-Сервис: ноябрь 2026", "<nl.202611.8f31c2@svmontazh.ru>",
     extra={"Precedence": "bulk", "List-Id": "partners.svmontazh.ru",
            "List-Unsubscribe": "<https://svmontazh.ru/unsubscribe?u=8f31c2>, <mailto:unsubscribe@svmontazh.ru>",
            "X-Mailer": "UniSender"})
add(m, I("company newsletter / bulk mail (Precedence: bulk, List-Unsubscribe)"))

# ================================================================ 11342 / 11376
d4 = datetime.datetime(2026, 11, 12, 14, 0, tzinfo=MSK)
q11342 = dsend("11342", "ВОЛС, кабельный колодец у д. 12 по ул. Заводской", "Поз. 1 — сварка оптической муфты МТОК-96")
add(outlook_app(msk(12, 14, 30), "RE: Заявка 11342 ВОЛС Заводская 12", "Принял. Сварщик будет завтра с утра",
                quote=(d4, f"{DISP_NAME} <{DISP}>", f"{OL_NAME} <{OL}>", "Заявка 11342 ВОЛС Заводская 12", q11342)),
    D("11342", [], ACC, "«Принял» to the request; house number 12 in subject is an address"))

add(gmail(msk(12, 15, 10), "11342", "а колодец кто открывает? ключа от люка у нас нет. допуск нужен?"),
    R("only questions, no status"))

dq = msk(12, 15, 40)
add(gmail(msk(13, 9, 40), "Re: 11342", "выехали на заводскую 12 со сварщиком",
          quote=(dq, DISP_NAME, DISP, "Ключ от люка у охраны КПП-2, допуск не нужен, пропуск на машину заказан.\n\n" + DISP_SIG)),
    D("11342", [], ROAD, "«выехали НА заводскую» = left for the site; 12 is a house number"))

d5 = datetime.datetime(2026, 11, 13, 9, 30, tzinfo=MSK)
koi_body = ("Здравствуйте, Диспетчерская.\n\nЗаявку 11376 (АТС, узлы 1-3) приняли в работу. Платы под замену заказаны, "
            "выезд бригады Галкина А. планируем на понедельник 16.11.\n\n"
            "Вы писали 13 ноября 2026 г., 9:30:\n\n"
            "ДО> Направляем заявку N 11376.\nДО> Объект: АТС Panasonic KX-TDA600, ул. Нагатинская, д. 3А\n"
            "ДО> Поз. 1 - узел 1, замена платы\nДО> Поз. 2 - узел 2, замена платы\nДО> Поз. 3 - узел 3, замена платы\n"
            "ДО> Просим подтвердить принятие.\n\n-- \nС уважением,\n Наталья Орлова\n ООО \"СвязьМонтаж-Сервис\"\n")
m = text_part(koi_body, "koi8-r", BASE64)
m41 = mid_bat(msk(13, 9, 50))
hdrs(m, msk(13, 9, 50), "Наталья Орлова", MG, "Заявка 11376 - принята", m41, charset="koi8-r",
     extra={"X-Mailer": "The Bat! (v10.4.0.3) Professional", "X-Priority": "3 (Normal)"})
add(m, D("11376", [], ACC, "manager from The Bat!, KOI8-R; quoted dispatcher text with initials prefix «ДО>»; planned trip is only a plan"))

add(gmail(msk(13, 14, 50), "11342", "муфту сварили, затухание 0,04 дБ, всё ок. сворачиваемся"),
    D("11342", [], LEFT, "work finished, packing up; 0,04 dB is a measurement"))

add(outlook_app(msk(16, 8, 30), "RE: Заявка 11376 - принята", "Едем на АТС, узлы 1 и 2", irt=m41),
    D("11376", ["1", "2"], ROAD, "subject still names the old status «принята», the body reports on the way to nodes 1 and 2"))

# read receipt
d6 = datetime.datetime(2026, 11, 16, 8, 45, tzinfo=MSK)
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(text_part(f"Ваше сообщение\n\n  Кому: {OL_NAME}\n  Тема: Заявка 11403 ЖК Сосны домофония\n"
                    f"  Отправлено: 16.11.2026 8:45\n\nбыло прочитано 16.11.2026 9:01.\n", "utf-8", BASE64))
mdn = Message()
mdn.set_type("message/disposition-notification"); del mdn["MIME-Version"]
mdn.set_payload("Reporting-UA: svmontazh.ru; Microsoft Exchange Server\n"
                f"Final-Recipient: rfc822; {OL}\nOriginal-Message-ID: <DB7PR02MB4417C0A11403@DB7PR02MB4417.eurprd02.prod.outlook.com>\n"
                "Disposition: automatic-action/MDN-sent-automatically; displayed\n")
rr.attach(mdn)
hdrs(rr, msk(16, 9, 1), OL_NAME, OL, "Прочитано: Заявка 11403 ЖК Сосны домофония", mid_outlook())
add(rr, I("read receipt (MDN) generated by the mail client"))

d7 = datetime.datetime(2026, 11, 16, 8, 45, tzinfo=MSK)
q11403 = dsend("11403", "ЖК «Сосны», ул. Берёзовая, д. 5, корп. 2",
               "Поз. 1 — домофон, подъезд 1\nПоз. 2 — домофон, подъезд 2")
add(outlook_app(msk(16, 9, 30), "RE: Заявка 11403 ЖК Сосны домофония", "приняли, завтра с утра подъедем",
                quote=(d7, f"{DISP_NAME} <{DISP}>", f"{OL_NAME} <{OL}>", "Заявка 11403 ЖК Сосны домофония", q11403)),
    D("11403", [], ACC, "«приняли» + plan for tomorrow"))

add(gmail(msk(16, 9, 40), "11376 пз1", "на узле 1, меняем плату"),
    D("11376", ["1"], ONS, "«пз1» = позиция 1; on site"))

add(gmail(msk(16, 11, 20), "11376 пз1", "плату поменяли, станция поднялась, звонки идут. ушли на 2й узел"),
    R("different statuses: п1 finished, now travelling to node 2"))

fwd_inner = "НВ, пз2 и пз3 готово, платы KX-TDA0170 стоят, всё звонит. уехали"
fwd_plain = ("Коллеги, добрый день.\nПересылаю отчёт бригады по заявке 11376.")
fwd_quote = (outlook_block(msk(16, 15, 52), f"{GM_NAME} <{GM}>", MG_NAME, "11376 пз2 пз3").replace("________________________________\n", "")
             + "\n" + fwd_inner)
add(manager(msk(16, 16, 5), "FW: 11376 пз2 пз3", fwd_plain, quote=fwd_quote),
    D("11376", ["2", "3"], LEFT, "manager forwards the crew's report: positions 2 and 3 done, left; board model is a distractor"))

# ================================================================ 11403 / 11419
add(gmail(msk(17, 8, 20), "11403", "выдвигаемя в сосны"),
    D("11403", [], ROAD, "typo «выдвигаемя» = heading out"))

add(gmail(msk(17, 9, 15), "Re: 11237 п1", "по 11403 мы на обж, п1",
          quote=(m10d, GM_NAME, GM, m10t)),
    D("11403", ["1"], ONS, "reply in a wrong old thread (11237); body names 11403 п1"))

# manager auto-reply
ar = text_part("Здравствуйте!\n\nЯ нахожусь в отпуске с 17.11.2026 по 24.11.2026 включительно, доступ к почте ограничен.\n"
               f"По вопросам выполнения работ обращайтесь к бригадиру Галкину Артёму, тел. +7 916 204-33-71, {OL}.\n"
               "По документам и актам — бухгалтерия, buh@svmontazh.ru.\n\nС уважением,\nНаталья Орлова", "windows-1251", QP)
hdrs(ar, msk(17, 10, 2), MG_NAME, MG, "Автоматический ответ: Акт по заявке 11376", mid_outlook(), charset="windows-1251",
     extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": MG})
add(ar, I("out-of-office auto-reply of the manager"))

d8 = datetime.datetime(2026, 11, 17, 10, 0, tzinfo=MSK)
q11419 = dsend("11419", "склад №3, ул. Подольских Курсантов, д. 22", "Поз. 1 — ОПС, проверка шлейфов, замена неисправных извещателей")
add(gmail(msk(17, 10, 25), "Re: Заявка 11419 ОПС склад №3", "ок взяли",
          quote=(d8, DISP_NAME, DISP, q11419)),
    D("11419", [], ACC, "«взяли» = accepted; «склад №3» is not a position"))

add(gmail(msk(17, 11, 40), "11403 п1", "п1 сделано👍 трубки все звонят, панель Beward DKS15120 поменяли"),
    D("11403", ["1"], LEFT, "«сделано»; Beward model is a distractor"))

add(gmail(msk(17, 14, 10), "11403 п2", "серый захвати кримпер и 2 бухты utp с базы, ключи от газели у михалыча"),
    R("message meant for a colleague, sent to dispatch by mistake; no status"))

add(gmail(msk(17, 14, 11), "Re: 11403 п2", "ой не туда 🙈 игнорьте"),
    R("«ой, не туда» — retracts the previous letter, reports nothing"))

dq2 = msk(17, 14, 50)
add(gmail(msk(17, 15, 0), "Re: 11419 пропуск", "👍",
          quote=(dq2, DISP_NAME, DISP, "Пропуск на склад №3 заказан на завтра 18.11 с 9:00, на фамилию Галкин. Въезд с ул. Подольских Курсантов.\n\n" + DISP_SIG)),
    R("emoji-only acknowledgement of the dispatcher's info about a pass"))

dq3 = msk(17, 15, 45)
add(outlook_app(msk(17, 16, 30), "RE: 11403 п2", "п2 закрыли, уехали",
                quote=(dq3, f"{DISP_NAME} <{DISP}>", f"{OL_NAME} <{OL}>", "11403 п2", "Артём, добрый день. Сообщите статус по 2-му подъезду, жильцы звонят.\n\n" + DISP_SIG)),
    D("11403", ["2"], LEFT, "answer to the dispatcher's status question: п2 closed, left"))

add(gmail(msk(18, 8, 35), "11419", "пока не доехали, пробка на варшавке, минут 20 ещё"),
    D("11419", [], ROAD, "not arrived yet but stuck in traffic = travelling now (в пути), ETA 20 min"))

html_419 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
            '<div style="font-family:Calibri,Helvetica,sans-serif;font-size:12pt">Шлейфы прозвонили, 2 датчика ИП 212-45 заменили, '
            'прибор Сигнал-20П в норме, пломба № 0045871.<br>Убыли в 12:55.</div><div><br></div>'
            '<div id="ms-outlook-mobile-signature">Получить <a href="https://aka.ms/AAb9ysg">Outlook для Android</a></div></div></body></html>\n')
m = text_part(html_419, "utf-8", BASE64, "html")
hdrs(m, msk(18, 13, 0).astimezone(UTC), OL_NAME, OL, "RE: 11419", mid_outlook(), extra={"Content-Language": "ru-RU"})
add(m, D("11419", [], LEFT, "HTML-only Outlook letter; «Убыли в 12:55»; detector model ИП 212-45, seal number are distractors"))

# ================================================================ 11455
d9 = datetime.datetime(2026, 11, 19, 9, 20, tzinfo=MSK)
q11455 = dsend("11455", "серверная, ул. Автозаводская, д. 23, корп. 8, каб. 104",
               "Поз. 1 — перекоммутация стойки R1\nПоз. 2 — перекоммутация стойки R2")
add(gmail(msk(19, 9, 35), "Re: Заявка 11455 серверная", "принято, завтра подскочим",
          quote=(d9, DISP_NAME, DISP, q11455)),
    D("11455", [], ACC, "«принято» = accepted; «завтра подскочим» is a plan"))

dq4 = msk(20, 9, 20)
add(gmail(msk(20, 9, 30), "Re: Где бригада?", "пока не доехали, пробка",
          quote=(dq4, DISP_NAME, DISP, "Где бригада? Заказчик ждёт с 9:00.\n\n" + DISP_SIG)),
    R("no request number anywhere (dispatcher's question had none)"))

add(gmail(msk(20, 9, 55), "11455", "на месте, серверная, начали с п.01"),
    D("11455", ["1"], ONS, "«п.01» = position 1"))

fw_d = msk(20, 12, 31)
fw_body = ("👆 от серёги\n\n---------- Forwarded message ---------\n"
           f"От: Сергей Пахомов <pakhomov.sergei88@mail.ru>\nDate: {WD[fw_d.weekday()]}, {fw_d.day} {MON_SHORT} {fw_d.year} г. в {fw_d.hour}:{fw_d.minute:02d}\n"
           f"Subject: серверная\nTo: {GM_NAME} <{GM}>\n\n"
           "Тём по 11455 п1 и п2 всё, стойки перекоммутировали, линки подняли, ушли")
m67 = gmail(msk(20, 12, 40), "Fwd: серверная", fw_body)
add(m67, D("11455", ["1", "2"], LEFT, "Gmail forward of a crew member's message: п1 and п2 done, left"))

# Gmail delay DSN
dsn = MIMEMultipart("report", report_type="delivery-status")
dsn.attach(text_part(
    "\n** Доставка задерживается **\n\n"
    f"Возникла временная проблема при доставке сообщения на адрес {DISP}. "
    "Gmail будет пытаться доставить его ещё 44 ч. Если доставить сообщение не удастся, вы получите уведомление.\n\n"
    "Ответ удаленного сервера:\n\n"
    "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n"
    "[mx1.zakazchik-omis.ru. 185.71.66.14: timed out]\n", "utf-8", QP))
ds = Message()
ds.set_type("message/delivery-status"); del ds["MIME-Version"]
blk1 = Message()
blk1["Reporting-MTA"] = "dns; googlemail.com"
blk1["Arrival-Date"] = "Fri, 20 Nov 2026 01:40:12 -0800 (PST)"
blk1["X-Original-Message-ID"] = m67["Message-ID"]
blk2 = Message()
blk2["Final-Recipient"] = "rfc822; " + DISP
blk2["Action"] = "delayed"
blk2["Status"] = "4.4.1"
blk2["Diagnostic-Code"] = "smtp; The recipient server did not accept our requests to connect."
blk2["Last-Attempt-Date"] = "Fri, 20 Nov 2026 05:45:03 -0800 (PST)"
blk2["Will-Retry-Until"] = "Sun, 22 Nov 2026 01:40:13 -0800 (PST)"
ds.set_payload([blk1, blk2])
dsn.attach(ds)
mm = MIMEMessage(m67); del mm["MIME-Version"]; dsn.attach(mm)
hdrs(dsn, msk(20, 16, 45), "Mail Delivery Subsystem", DAEMON, "Delivery Status Notification (Delay)", mid_gmail(),
     to=(GM_NAME, GM), extra={"Auto-Submitted": "auto-replied"})
add(dsn, I("Gmail 'delivery delayed' DSN; the attached original mentions 11455 but it is machine mail"))

ar2 = text_part("Я на объекте, связь плохая, почту смотрю вечером.\nСрочно — звоните +7 916 204-33-71.\n\nАртём Галкин\nбригадир, ООО «СвязьМонтаж-Сервис»",
                "utf-8", BASE64)
hdrs(ar2, msk(21, 10, 0).astimezone(UTC), OL_NAME, OL, "Автоматический ответ: Уточнение по заявке 11455", mid_outlook(),
     extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
add(ar2, I("crew lead's own out-of-office auto-reply"))

# ================================================================ 11478
d10 = datetime.datetime(2026, 11, 23, 8, 0, tzinfo=MSK)
q11478 = dsend("11478", "магазины сети «Продукты 24»",
               "Поз. 1 — Ленинградское ш., д. 39, стр. 2 — замена коммутатора\n"
               "Поз. 2 — ул. Флотская, д. 7 — замена коммутатора\nПоз. 3 — ул. Беломорская, д. 18А — замена коммутатора")
add(outlook_app(msk(23, 8, 20), "RE: Заявка 11478 замена коммутаторов", "Приняли. По п1 выезд завтра с утра",
                quote=(d10, f"{DISP_NAME} <{DISP}>", f"{OL_NAME} <{OL}>", "Заявка 11478 замена коммутаторов", q11478)),
    D("11478", [], ACC, "«Приняли» = whole request accepted; п1 is named only in a plan"))

dq5 = msk(23, 11, 40)
add(gmail(msk(23, 12, 0), "Re: 11478 п2 время", "принял спс",
          quote=(dq5, DISP_NAME, DISP, "Артём, магазин на Флотской просит приезжать не раньше 14:00, у них приёмка товара.\n\n" + DISP_SIG)),
    R("«принял» here acknowledges the dispatcher's note about arrival time, not the request"))

add(gmail(msk(24, 7, 50), "11478", "ещё не выехали, газель е734кн799 не заводится, ждём другую машину"),
    R("negation: not on the way yet; car plate is a distractor"))

add(gmail(msk(24, 9, 15), "выезд", "выехали на Ленинградское ш. 39 стр.2 (11478) п1"),
    D("11478", ["1"], ROAD, "number in brackets after the address; «выехали НА <address>» = on the way; 39 and 2 are address numbers"))

add(gmail(msk(24, 11, 10), "11478 п1", "свитч D-Link DGS-1210-28 заменили, все кассы в сети ✔️ выехали с точки"),
    D("11478", ["1"], LEFT, "replaced, «выехали С точки» = left the site; part number is a distractor"))

# calendar reply
cal = MIMEMultipart("alternative")
cal.attach(text_part("", "utf-8", BASE64))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       f"ATTENDEE;PARTSTAT=ACCEPTED;CN=\"{OL_NAME}\":mailto:{OL}\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Приёмка работ по заявке 11478\r\nDTSTART:20261126T070000Z\r\nDTEND:20261126T080000Z\r\n"
       "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6\r\nSEQUENCE:0\r\nDTSTAMP:20261124T081200Z\r\n"
       "LOCATION;LANGUAGE=ru-RU:Ленинградское ш.\\, 39\\, стр. 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
c = Charset("utf-8"); c.body_encoding = BASE64
cp = MIMEText("", "calendar"); del cp["Content-Transfer-Encoding"]; cp.set_payload(ics, c); del cp["MIME-Version"]; cp.set_param("method", "REPLY")
cal.attach(cp)
hdrs(cal, msk(24, 11, 12).astimezone(UTC), OL_NAME, OL, "Принято: Приёмка работ по заявке 11478", mid_outlook(),
     extra={"Content-Class": "urn:content-classes:calendarmessage"})
add(cal, I("calendar meeting response generated by Outlook («Принято:» is not the status)"))

add(gmail(msk(24, 13, 30), "11478 п2 п3", "едем на п2 и п3 🚐"),
    D("11478", ["2", "3"], ROAD, "on the way to positions 2 and 3"))

add(gmail(msk(24, 16, 10), "11478 п2/п3", "п2 закрыли, п3 завтра, магаз уже закрывается"),
    D("11478", ["2"], LEFT, "п2 done; п3 only planned for tomorrow"))

add(manager(msk(25, 12, 20), "Заявка 11478 — работы завершены",
            "Добрый день!\n\nСообщаем, что работы по заявке 11478 завершены (п.1, п.2, п.3): коммутаторы заменены, "
            "последний объект (ул. Беломорская, д. 18А) бригада покинула 25.11.2026 в 12:05.\n"
            "Старые коммутаторы (3 шт., инв. № 000124, 000125, 000131) вывезены на наш склад, готовы вернуть по запросу."),
    D("11478", ["1", "2", "3"], LEFT, "formal summary naming all three positions as completed; inventory numbers are distractors"))

# ================================================================ 11502 + invoice
d11 = datetime.datetime(2026, 11, 25, 13, 0, tzinfo=MSK)
q11502 = dsend("11502", "аптека, ул. Профсоюзная, д. 104", "Поз. 1 — перенос рабочего места (розетка RJ45 + патч-корд) к новой кассе")
add(gmail(msk(25, 13, 40), "Re: Заявка 11502 аптека перенос точки", "завтра подскочим глянем",
          quote=(d11, DISP_NAME, DISP, q11502)),
    R("only a plan («завтра подскочим»), no explicit acceptance or status"))

add(gmail(msk(26, 9, 0), "11502", "\u0415ДЕМ В АПТЕКУ".replace("\u0415", "E", 1)),
    D("11502", [], ROAD, "caps, Latin E; «едем в аптеку» = on the way"))

add(outlook_app(msk(26, 11, 15), "RE: 11502", "точку перенесли за кассу, розетку RJ45 поставили, патч-корд 3м. уехали 11:10"),
    D("11502", [], LEFT, "result + «уехали 11:10»"))

orig = ("-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSent: Tuesday, November 17, 2026 9:58 AM\n"
        f"To: {MG}\nSubject: Акт по заявке 11376\n\nНаталья Викторовна, добрый день. Просим направить акт и счёт по заявке 11376.\n\n" + DISP_SIG)
add(manager(msk(26, 15, 0), "RE: Акт по заявке 11376",
            "Добрый день!\n\nПо заявке № 11376 направляем счёт № 2611/47 от 26.11.2026 на сумму 48 600,00 руб., в т.ч. НДС 20% — 8 100,00 руб., "
            "и акт № 331. Прошу подтвердить получение и согласовать сроки оплаты по договору № 47/СМ-2026.", quote=orig),
    R("invoice / contract talk, no status; old quote below"))

# ================================================================ write out
labels = {}
for i, (msg, lab) in enumerate(letters, 1):
    fn = f"{i:03d}.eml"
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(msg.as_bytes())
    labels[fn] = lab

registry = {
    "contractor": {"name": "ООО «СвязьМонтаж-Сервис»",
                   "emails": [GM, OL, MG, NEWS, DAEMON],
                   "domains": ["svmontazh.ru"]},
    "requests": [
        {"number": "11204", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "БЦ «Омега», ул. Лесная 7: СКС, п1 2 этаж, п2 3 этаж, п3 4 этаж"},
        {"number": "11237", "positions": ["1", "2"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "Склад «Южный»: видеонаблюдение, п1 периметр, п2 въездные ворота"},
        {"number": "11258", "positions": ["1", "2"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Офис у м. Павелецкая: п1 слаботочный щит ЩС-1, п2 кросс"},
        {"number": "11301", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "ТЦ «Меридиан»: точки доступа Wi-Fi, зоны А-Г (п3 фудкорт, п4 кинозал)"},
        {"number": "11315", "positions": ["1", "2"], "registered_at": "2026-11-10T11:20:00+03:00",
         "comment": "Проходная завода: СКУД, турникеты 1 и 2"},
        {"number": "11342", "positions": ["1"], "registered_at": "2026-11-12T14:00:00+03:00",
         "comment": "ВОЛС: сварка муфты в колодце у д. 12 по ул. Заводской"},
        {"number": "11376", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T09:30:00+03:00",
         "comment": "АТС Panasonic: замена плат, узлы 1-3"},
        {"number": "11403", "positions": ["1", "2"], "registered_at": "2026-11-16T08:45:00+03:00",
         "comment": "ЖК «Сосны»: домофония, подъезды 1 и 2"},
        {"number": "11419", "positions": ["1"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "Склад №3: ОПС, проверка шлейфов"},
        {"number": "11455", "positions": ["1", "2"], "registered_at": "2026-11-19T09:20:00+03:00",
         "comment": "Серверная: перекоммутация стоек R1, R2"},
        {"number": "11478", "positions": ["1", "2", "3"], "registered_at": "2026-11-23T08:00:00+03:00",
         "comment": "Магазины сети: замена коммутаторов в трёх магазинах"},
        {"number": "11502", "positions": ["1"], "registered_at": "2026-11-25T13:00:00+03:00",
         "comment": "Аптека: перенос рабочего места к новой кассе"},
    ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(letters), Counter(l["expect"] for _, l in letters))
