# -*- coding: utf-8 -*-
"""Generator of test letters: persona ИП Гусев (locks/doors/glass/furniture in kindergartens)."""
import json, os, random, html, datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email import message_from_string

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(357500)
TZ = dt.timezone(dt.timedelta(hours=3))
MAIN = "gusev.master.zamki@gmail.com"
OLD = "a.gusev1974@gmail.com"
DAEMON = "mailer-daemon@googlemail.com"
DISP = "dispatch@zakazchik-omis.ru"
DISPNAME = "Диспетчерская ОМИС"
INN = "502712345678"

SIG_PHONE = "Гусев, 89162345719"
SIG_WEB = "ИП Гусев\nИНН " + INN + "\nт. 8-916-234-57-19"
SIG_BAT = "-- \nИП Гусев А.В.\nИНН " + INN + ", ОГРНИП 318502700012345\n+7 (916) 234-57-19"
SIG_SHORT = "ИП Гусев (ИНН " + INN + ") тел 8 916 234 57 19"

def D(day, hm):
    h, m = map(int, hm.split(":"))
    return dt.datetime(2026, 11, day, h, m, random.randint(0, 59), tzinfo=TZ)

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
def gattr(d, name=DISPNAME, addr=DISP):
    return f"{WD[d.weekday()]}, {d.day} нояб. 2026 г. в {d:%H:%M}, {name} <{addr}>:"

MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
def batattr(d):
    return f"Вы писали {d.day} {MONTHS[d.month-1]} {d.year} г., {d.hour}:{d:%M}:"

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))

def outlook_block(frm, d, to, subj, body):
    return (f"От: {frm}\nОтправлено: {d.day} {MONTHS[d.month-1]} {d.year} г. {d.hour}:{d:%M}\n"
            f"Кому: {to}\nТема: {subj}\n\n{body}")

def disp_sig():
    return "С уважением,\nСмирнова Ольга, диспетчер\nтел. +7 (495) 640-18-22 доб. 114"

def tpart(text, subtype="plain", charset="utf-8", cte="b64"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    cs.header_encoding = BASE64
    if charset == "koi8-r":  # what The Bat! does with characters KOI8-R lacks
        text = text.replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-")
    p = MIMEText("", subtype, charset)
    del p["Content-Transfer-Encoding"]
    del p["MIME-Version"]
    p.set_payload(text, cs)
    if cte == "8bit":
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
    return p

def to_html(new, quote_attr=None, quote_text=None, bottom=False):
    h = '<div dir="ltr">' + "<br>".join(html.escape(l) for l in new.split("\n")) + "</div>"
    if quote_attr:
        qh = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(quote_attr) +
              '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
              "<br>".join(html.escape(l) for l in quote_text.split("\n")) + "</blockquote></div>")
        h = (qh + "<br>" + h) if bottom else (h + "<br>" + qh)
    return h

def gmail_body(new, quote_attr=None, quote_text=None, bottom=False):
    if quote_attr:
        qp = quote_attr + "\n" + q(quote_text)
        plain = (qp + "\n\n" + new) if bottom else (new + "\n\n" + qp)
    else:
        plain = new
    return plain, to_html(new, quote_attr, quote_text, bottom)

LETTERS = []
LABELS = {}

def add(date, subject, msg_builder, label, sender=MAIN, sender_name="Андрей Гусев", hcharset="utf-8",
        extra=None, msgid=None):
    LETTERS.append(dict(date=date, subject=subject, build=msg_builder, label=label, sender=sender,
                        sender_name=sender_name, hcharset=hcharset, extra=extra or {}, msgid=msgid))

def gmail_alt(new, quote_attr=None, quote_text=None, bottom=False, cte="b64"):
    def b():
        plain, h = gmail_body(new, quote_attr, quote_text, bottom)
        m = MIMEMultipart("alternative", boundary="0000000000" + "%016x" % random.getrandbits(64))
        m.attach(tpart(plain, "plain", "utf-8", cte))
        m.attach(tpart(h + "\n", "html", "utf-8", cte))
        return m
    return b

def bat_plain(text, charset="koi8-r", cte="8bit"):
    def b():
        return tpart(text, "plain", charset, cte)
    return b

def bat_text(greet, body, quote=None, qprefix="ДО> ", sig=SIG_BAT, under=True):
    """The Bat! style: greeting, optional attribution+initials quote, then text under it."""
    parts = [greet, ""]
    if quote:
        qd, qt = quote
        parts += [batattr(qd), "", q(qt, qprefix), ""]
    parts += [body, "", sig, ""]
    return "\n".join(parts)

def gid():
    return "<CA%s%s@mail.gmail.com>" % (random.choice(["H", "J", "F", "K", "P"]),
                                        "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=") for _ in range(44)))

# ---------------------------------------------------------------------------
# Registry
REQ = [
    ("357514", ["1", "2", "3"], D(2, "09:00"), "МАДОУ ДС №45 «Берёзка», ул. Садовая, 12: 1 — гр. «Солнышко», входная дверь, замок; 2 — гр. «Ромашка», окно, трещина стеклопакета; 3 — пищеблок, дверь провисла"),
    ("357688", ["1", "2"], D(3, "11:00"), "ДС №112, ул. Кирова, 7: 1 — гр. «Колокольчик», шкафчики (петли, дверцы); 2 — центральный вход, доводчик"),
    ("357902", ["1"], D(5, "10:00"), "ДС №8 «Теремок»: 1 — гр. «Звёздочка», разбито стекло в окне"),
    ("358047", ["1", "2", "3", "4"], D(5, "12:00"), "ДС №214, пр. Мира, 33: 1 — гр. «Пчёлка», дверь; 2 — гр. «Гномики», дверь; 3 — медкабинет, замок; 4 — калитка"),
    ("358233", ["1", "2"], D(9, "09:00"), "ДС №17 «Радуга»: 1 — спальня гр. «Лучики», сборка кроватей; 2 — окно в спальне, фурнитура"),
    ("358390", ["1"], D(10, "10:00"), "ДС №45 «Берёзка»: 1 — кабинет заведующей, замена замка"),
    ("358561", ["1", "2", "3"], D(11, "09:00"), "ДС №3 «Сказка»: 1 — гр. «Солнышко», дверь; 2 — музыкальный зал, стекло; 3 — прачечная, дверь"),
    ("358744", ["1", "2"], D(16, "09:00"), "ДС №96: 1 — запасный выход, замок антипаника; 2 — гр. «Капелька», окно"),
    ("359015", ["1"], D(17, "10:00"), "ДС №112: 1 — гр. «Белочка», крепление стеллажей"),
    ("359276", ["1", "2"], D(18, "11:00"), "ДС №58 «Ёлочка»: 1 — окно в коридоре 2 эт.; 2 — дверь тамбура"),
    ("359430", ["1", "2", "3"], D(20, "08:00"), "ДС №214, пр. Мира, 33: 1 — гр. «Ягодка», дверь; 2 — гр. «Непоседы», шкафчики; 3 — пищеблок, окно"),
    ("359808", ["1"], D(23, "10:00"), "ДС №8 «Теремок»: 1 — входная группа, замена замка"),
]

def L(exp, req=None, pos=None, st=None, note=""):
    d = {"expect": exp}
    if exp == "decided":
        d.update(request=req, positions=pos or [], status=st)
    d["note"] = note
    return d

A, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# dispatcher letters used in quotes
d1 = D(2, "09:02")
disp_357514 = ("Андрей Викторович, добрый день.\nНаправляем заявку № 357514.\nОбъект: МАДОУ детский сад № 45 «Берёзка», ул. Садовая, д. 12.\n"
               "1. Группа «Солнышко» — входная дверь, не закрывается замок.\n2. Группа «Ромашка» — трещина стеклопакета, окно у раковины.\n"
               "3. Пищеблок — дверь провисла, трёт по полу.\nСрок — до 13.11.2026.\n\n" + disp_sig())
S1 = "Заявка № 357514 ДС 45 «Берёзка»"

# ---------------- R1 357514
add(D(2, "09:40"), "Re: " + S1, gmail_alt("Принял", gattr(d1), disp_357514),
    L("decided", "357514", [], A, "one word reply to the new request; number only in subject"))
d1b = D(2, "10:11")
chain1 = ("Принято, ждём завтра. Завхоз будет с 8:00, тел. 8-925-118-40-07.\n\n" + disp_sig() + "\n\n" +
          gattr(D(2, "09:40"), "Андрей Гусев", MAIN) + "\n> Принял\n>\n> " + gattr(d1) + "\n" + q(q(disp_357514)))
add(D(3, "08:55"), "Re: Re: " + S1, gmail_alt("Выехал на Садовую, к 9.30 буду", gattr(d1b), chain1),
    L("decided", "357514", [], V, "left for the site, arriving 9:30; quote holds acceptance"))
add(D(3, "09:35"), "357514 поз 1", gmail_alt("На месте, начал с Солнышка.\n\nГусев", cte="qp"),
    L("decided", "357514", ["1"], M, "subject '357514 поз 1', body: on site"))
add(D(3, "12:10"), "Заявка 357514",
    bat_plain(bat_text("Здравствуйте.", "По заявке 357514:\n"
                       "п.1 гр. Солнышко - замок заменил на Cisa 1.52520, дверь закрывается, ключи 5 шт. отдал завхозу (Татьяна Петровна).\n"
                       "п.2 гр. Ромашка - стеклопакет замерил 1150х620, заказал, обещают к 10-му числу. Тогда приеду и поставлю.\n"
                       "п.3 пищеблок - не успел, тоже 10-го.\n\nС объекта уехал в 12.00."), "koi8-r", "8bit"),
    L("decided", "357514", ["1"], U, "п.1 finished; п.2/п.3 only planned for the 10th"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="koi8-r",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})
add(D(10, "10:05"), "357514-2", gmail_alt("Садовая 12 (357514), окно в Ромашке - я на месте, стеклопакет привезли"),
    L("decided", "357514", ["2"], M, "subject 357514-2, number in brackets after address"))
d1c = D(10, "10:21")
add(D(10, "13:30"), "Re: 357514-2",
    gmail_alt("Окно поставил (2-я позиция), заодно и 3-ю сделал - дверь на пищеблоке перевесил, петли новые. Всё, уехал из сада.\n\n" + SIG_WEB,
              gattr(d1c), "Принято. Не забудьте пищеблок (поз. 3), заведующая жалуется.\n\n" + disp_sig(), cte="qp"),
    L("decided", "357514", ["2", "3"], U, "2-я and 3-я done, left the kindergarten"))

# ---------------- R2 357688
d2 = D(3, "11:04")
disp_357688 = ("Добрый день.\nЗаявка 357688, ДС №112, ул. Кирова, 7.\n1. Гр. «Колокольчик» — шкафчики, отваливаются дверцы.\n"
               "2. Центральный вход — не работает доводчик (Dorma TS 77).\n\n" + disp_sig())
S2 = "Заявка 357688 ДС №112"
add(D(3, "11:30"), "Re: " + S2,
    gmail_alt("Ольга, добрый день. По доводчику вопрос - ставить такой же Dorma TS 77 как был, или можно GEZE TS 1500? "
              "Дорма дороже на 2 тыс. Как скажете.\n\n" + SIG_WEB, gattr(d2), disp_357688),
    L("review", note="question about which door closer to buy; no status"))
d2b = D(3, "13:50")
add(D(3, "14:20"), "Re: Re: " + S2,
    gmail_alt("Заявку взял в работу. Доводчик купил Dorma TS 77, чек 004512 приложу к акту. В четверг с утра буду.\n\n" + SIG_WEB,
              gattr(d2b), "Ставьте Dorma, как было.\n\n" + disp_sig()),
    L("decided", "357688", [], A, "took into work; cheque number is a distractor; visit planned"))
d2c = D(3, "14:32")
chain2 = "Спасибо, ждём в четверг.\n\n" + disp_sig()
add(D(5, "08:10"), "Re: Re: Re: " + S2, gmail_alt("Еду в 112й, минут 20", gattr(d2c), chain2),
    L("decided", "357688", [], V, "'112й' is the kindergarten number, not a request; number in subject only"))
add(D(5, "08:35"), "Re: Re: Re: " + S2, gmail_alt("На месте", gattr(d2c), chain2),
    L("decided", "357688", [], M, "one word, number only in Re: subject"))

def tbl_builder():
    plain = ("Заявка 357688, ДС 112 - выполнено.\n\n"
             "1 | Гр. Колокольчик, шкафчики | петли заменил 12 шт, дверцы отрегулировал\n"
             "2 | Центральный вход, доводчик | установлен Dorma TS 77\n\n"
             "Работы закончены, убыл в 11:40.\n\n" + SIG_WEB)
    h = ('<div dir="ltr">Заявка 357688, ДС 112 - выполнено.<br><br>'
         '<table border="1" cellpadding="4" style="border-collapse:collapse">'
         '<tr><th>Поз.</th><th>Место</th><th>Что сделано</th></tr>'
         '<tr><td>1</td><td>Гр. Колокольчик, шкафчики</td><td>петли заменил 12 шт, дверцы отрегулировал</td></tr>'
         '<tr><td>2</td><td>Центральный вход, доводчик</td><td>установлен Dorma TS 77</td></tr></table><br>'
         'Работы закончены, убыл в 11:40.<br><br>' + SIG_WEB.replace("\n", "<br>") + '</div>\n')
    m = MIMEMultipart("alternative")
    m.attach(tpart(plain, "plain", "utf-8", "qp"))
    m.attach(tpart(h, "html", "utf-8", "qp"))
    return m
add(D(5, "11:45"), "357688 выполнено", tbl_builder,
    L("decided", "357688", ["1", "2"], U, "HTML table row per position, left 11:40"))

# ---------------- R3 357902 (dispatcher reused the old thread, edited the subject)
d3 = D(5, "10:05")
disp_357902 = ("Андрей Викторович, ещё одна: заявка 357902, ДС №8 «Теремок», гр. «Звёздочка» — разбито стекло в окне (поз. 1). "
               "Дети в группе, срочно.\n\n" + disp_sig() + "\n\n" +
               outlook_block("Андрей Гусев <" + MAIN + ">", D(3, "09:35"), DISPNAME, "357514 поз 1", "На месте, начал с Солнышка.\n\nГусев"))
S3 = "Заявка 357902 — ДС №8, разбито стекло"
add(D(5, "12:50"), "Re: Re: Re: " + S3, gmail_alt("ок, принял. завтра с утра", gattr(d3), disp_357902),
    L("decided", "357902", [], A, "accepts; quoted Outlook block holds old 357514 'на месте'"))
d3b = D(5, "13:02")
add(D(6, "07:50"), "Re: Re: Re: Re: " + S3,
    gmail_alt("Стекло везу, в 8.30 буду в Теремке", gattr(d3b), "Хорошо, предупредили заведующую.\n\n" + disp_sig()),
    L("decided", "357902", [], V, "driving with the glass, arriving 8:30"))
add(D(6, "10:40"), "Заявка 357902 Теремок",
    bat_plain(bat_text("Добрый день.", "Заявка 357902. Стекло 4 мм 900х1300 вставил, штапик новый поставил, осколки убрал. С объекта выехал в 10:30."),
              "windows-1251", "qp"),
    L("decided", "357902", [], U, "'выехал С объекта' = left; glass size is a distractor"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="windows-1251",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})
add(D(6, "10:55"), "Re: Заявка 357902 Теремок",
    gmail_alt("357902 п.2 тоже сделал, форточку в спальне подтянул, заведующая попросила"),
    L("review", note="request 357902 has only position 1; п.2 does not exist"))
d3c = D(6, "15:58")
ack_q = ("Андрей Викторович, акт по 357688 получили, спасибо. Оригинал привезите до 20-го.\n\n" + disp_sig() +
         "\n\n-----Original Message-----\nFrom: Андрей Гусев <" + MAIN + ">\nSent: Thursday, November 5, 2026 11:45 AM\n"
         "To: " + DISPNAME + " <" + DISP + ">\nSubject: 357688 выполнено\n\nЗаявка 357688, ДС 112 - выполнено.\nРаботы закончены, убыл в 11:40.")
add(D(6, "16:10"), "Re: RE: 357688 выполнено", gmail_alt("Ок спасибо", gattr(d3c), ack_q),
    L("review", note="thanks for dispatcher's acknowledgement; 'убыл' only in quoted -----Original Message-----"))

# ---------------- R4 358047
d4 = D(5, "12:03")
disp_358047 = ("Добрый день. Наряд 358047, ДС №214, пр. Мира, 33.\n1 — гр. «Пчёлка», дверь не закрывается\n2 — гр. «Гномики», дверь трёт\n"
               "3 — медкабинет, сломан замок\n4 — калитка, не закрывается\n\n" + disp_sig())
S4 = "Наряд 358047 — ДС №214"
add(D(5, "12:30"), "Re: " + S4,
    gmail_alt("Наряд 358047 принял. Петли и замок для медкабинета есть в наличии, калитку посмотрю на месте. "
              "Раньше понедельника не получится, на этой неделе занят.\n\n" + SIG_WEB, gattr(d4), disp_358047, cte="qp"),
    L("decided", "358047", [], A, "accepted; visit planned for Monday"))
add(D(9, "08:20"), "#358047", gmail_alt("выезжаю на Мира 33"),
    L("decided", "358047", [], V, "'выезжаю' now; house number 33 is not a position"))
add(D(9, "09:05"), "358047", gmail_alt("ПРИБЫЛ НА ОБЪЕКТ ДС 214 В 9:00"),
    L("decided", "358047", [], M, "caps; 214 is kindergarten number"))
d4b = D(9, "09:20")
add(D(9, "13:00"), "Re: " + S4,
    gmail_alt("П1 (Пчёлка) и П2 (Гномики) - двери отрегулировал, на Пчёлке петли поменял на усиленные. "
              "По П3 замок в медкабинет нужен с другим межосевым, заказал, и калитка (П4) - там сварка, приеду отдельно. На сегодня всё.\n\n" + SIG_WEB,
              gattr(d4b), "Принято, 358047 на месте в 9:00.\n\n" + disp_sig()),
    L("decided", "358047", ["1", "2"], U, "П1, П2 done; П3/П4 later"))
add(D(13, "14:10"), "358047 п3 п4", gmail_alt("358047 п.3 п.4 н\u0061 м\u0065\u0441те"),
    L("decided", "358047", ["3", "4"], M, "Latin look-alike letters a/e in 'на месте'"))
add(D(13, "16:20"), "358047 медкабинет",
    bat_plain(bat_text("Ольга, добрый день.", "По 358047 п.3 - замок Apecs 1023 врезал, ключи 3 шт отдал старшей медсестре.\n"
                       "П.4 калитка - сварщик будет только в понедельник, тогда и доделаю.", sig=SIG_BAT), "koi8-r", "qp"),
    L("decided", "358047", ["3"], U, "п.3 done, п.4 postponed"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="koi8-r",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})
add(D(16, "15:00"), "358047 (4)", gmail_alt("калитку заварил, замок навесной поменял, всё. уехал"),
    L("decided", "358047", ["4"], U, "position in brackets in subject"))

# ---------------- R5 358233
d5 = D(9, "09:05")
disp_358233 = ("Заявка 358233, ДС №17 «Радуга».\n1. Спальня гр. «Лучики» — собрать кровати.\n2. Окно в спальне — заменить фурнитуру.\n\n" + disp_sig())
S5 = "Заявка 358233 ДС 17 Радуга"
add(D(9, "09:30"), "Re: " + S5,
    gmail_alt("Добрый день. Кроватей сколько штук собирать? В заявке не указано. И фурнитура на окне какая - Roto или Maco, надо знать заранее, чтобы купить.",
              gattr(d5), disp_358233),
    L("review", note="questions only"))
d5b = D(9, "10:02")
add(D(9, "10:15"), "Re: Re: " + S5,
    gmail_alt("Понял, 6 шт. 358233 - принято.\n" + SIG_SHORT, gattr(d5b), "Кроватей 6, фурнитура Roto.\n\n" + disp_sig()),
    L("decided", "358233", [], A, "'принято' after clarification"))
d5c = D(10, "16:40")
add(D(10, "17:00"), "Re: Re: Re: " + S5,
    gmail_alt("Завтра к 8 буду в Радуге", gattr(d5c), "Андрей Викторович, когда планируете? Заведующая спрашивает.\n\n" + disp_sig()),
    L("review", note="plan for tomorrow, nothing happened yet"))
add(D(11, "08:00"), "обращение 358233", gmail_alt("Выехл в Радугу по обращению 358233."),
    L("decided", "358233", [], V, "typo 'Выехл', on the way to the site"))
d5d = D(11, "08:31")
add(D(11, "08:45"), "Re: обращение 358233",
    gmail_alt("Уже тут, с 8:40 работаю.", gattr(d5d), "Андрей Викторович, заведующая спрашивает, во сколько будете?\n\n" + disp_sig(), bottom=True),
    L("decided", "358233", [], M, "answer written under the quote"))
add(D(11, "14:30"), "Re: обращение 358233",
    gmail_alt("Кровати 6 шт. собрал, закрепил (поз. 1). Фурнитуру на окне в спальне поменял, Roto NT, окно закрывается нормально (поз. 2). Закончил 14:20.\n\n" + SIG_WEB,
              gattr(d5d), "Андрей Викторович, заведующая спрашивает, во сколько будете?\n\n" + disp_sig(), cte="qp"),
    L("decided", "358233", ["1", "2"], U, "both positions finished"))

# ---------------- R6 358390
d6 = D(10, "10:12")
S6 = "Заявка 358390 ДС 45 каб. заведующей"
disp_358390 = "Андрей Викторович, раз вы сегодня в 45-м: заявка 358390, кабинет заведующей, заменить замок (поз. 1).\n\n" + disp_sig()
add(D(10, "10:30"), "Re: " + S6, gmail_alt("358390 принял. Сделаю сегодня после обеда, я рядом", gattr(d6), disp_358390),
    L("decided", "358390", [], A, "accepted, work planned afternoon"))
add(D(10, "15:10"), "Re: Re: " + S6, gmail_alt("Замок в кабинете заведующей врезал. Готово.", gattr(d6), disp_358390),
    L("decided", "358390", [], U, "result: lock fitted, done"))
add(D(12, "18:00"), "ДС 45 итог",
    bat_plain(bat_text("Ольга, добрый вечер.", "По 45-му саду: 357514 (все три позиции) и 358390 закрыты, акты подписаны у заведующей, "
                       "привезу в пятницу вместе со счётом №58."), "windows-1251", "8bit"),
    L("review", note="two different requests in one letter"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="windows-1251",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})

# ---------------- R7 358561
d7 = D(11, "09:03")
S7 = "Заявка 358561 ДС 3 «Сказка»"
disp_358561 = ("Заявка 358561, ДС №3 «Сказка».\n1. Гр. «Солнышко» — входная дверь, сломана ручка.\n2. Музыкальный зал — треснуло стекло.\n"
               "3. Прачечная — дверь не закрывается.\n\n" + disp_sig())
add(D(11, "09:20"), "Re: " + S7,
    gmail_alt("Добрый день. Заявку 358561 получил, беру в работу. По стеклу в музыкальном зале размер уточню на месте.\n\n" + SIG_WEB,
              gattr(d7), disp_358561, cte="qp"),
    L("decided", "358561", [], A, "'беру в работу'"))
d7b = D(11, "09:41")
add(D(12, "08:30"), "Re: Re: " + S7, gmail_alt("В Сказку выехал", gattr(d7b), "Принято, ждём завтра.\n\n" + disp_sig()),
    L("decided", "358561", [], V, "left FOR the kindergarten"))
d7c = D(12, "08:37")
chain7 = ("Ждём. Группа «Солнышко» на 1 этаже, вход со двора.\nИ напоминаю: по 357514 нужен акт.\n\n" + disp_sig() + "\n\n" +
          outlook_block("Андрей Гусев <" + MAIN + ">", D(12, "08:30"), DISPNAME, "Re: Re: " + S7, "В Сказку выехал") + "\n\n" +
          outlook_block(DISPNAME, d7b, "Андрей Гусев", "RE: Re: " + S7, "Принято, ждём завтра.") + "\n\n" +
          outlook_block("Андрей Гусев <" + MAIN + ">", D(10, "13:30"), DISPNAME, "Re: 357514-2",
                        "Окно поставил (2-я позиция), заодно и 3-ю сделал. Всё, уехал из сада."))
add(D(12, "09:15"), "Re: Re: Re: Re: Re: 358561 ДС 3 Сказка", gmail_alt("Я тут", gattr(d7c), chain7),
    L("decided", "358561", [], M, "two words at top of long chain; quote holds 'выехал' and 357514 'уехал'"))
add(D(12, "12:00"), "Re: 358561",
    gmail_alt("поз 1 (Солнышко) - дверь сделал, ручку поменял, доводчик подтянул. По муз. залу стекло нужно закалённое, обычное не поставить - счёт пришлю отдельно."),
    L("decided", "358561", ["1"], U, "поз 1 done; Солнышко also exists in 357514 but number is explicit"))
add(D(12, "12:40"), "358561 стекло муз зал — цена",
    gmail_alt("Закалённое 8 мм 1400х900 с доставкой выходит 14 500 р. Согласуете? Без согласования заказывать не буду.\n\n" + SIG_WEB),
    L("review", note="price approval request, no status"))
d7d = D(12, "15:20")
add(D(13, "10:00"), "Re: 358561 стекло муз зал — цена",
    gmail_alt("Прачечную (поз 3) сделал, сейчас стекло в муз зале ставлю", gattr(d7d), "Согласовано, заказывайте.\n\n" + disp_sig()),
    L("review", note="different statuses for different positions: поз 3 finished, поз 2 in progress (1 of 2 allowed)"))
add(D(13, "12:30"), "Re: Re: 358561 стекло муз зал — цена",
    gmail_alt("по второй позиции всё, стекло стоит. уехал", gattr(d7d), "Согласовано, заказывайте.\n\n" + disp_sig()),
    L("decided", "358561", ["2"], U, "'по второй позиции' written out"))

# ---------------- R8 358744
d8 = D(16, "09:01")
disp_358744 = ("Андрей Викторович, заявка 358744, ДС №96.\n1. Запасный выход — нужен замок антипаника.\n2. Гр. «Капелька» — окно продувает.\n\n" + disp_sig())
def bounce():
    m = MIMEMultipart("report", report_type="delivery-status")
    txt = ("\n** Адрес не найден **\n\nВаше сообщение не доставлено на адрес a.gusev1947@gmail.com, "
           "так как этот адрес не найден или не может принимать почту.\n\n"
           "Ответ удаленного сервера:\n550 5.1.1 The email account that you tried to reach does not exist.\n")
    m.attach(tpart(txt, "plain", "utf-8", "qp"))
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([message_from_string("Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 16 Nov 2026 09:01:40 +0300\n\n"),
                    message_from_string("Final-Recipient: rfc822; a.gusev1947@gmail.com\nAction: failed\nStatus: 5.1.1\n"
                   "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n\n")])
    m.attach(ds)
    orig = MIMEText(disp_358744, "plain", "utf-8")
    orig["From"] = formataddr((DISPNAME, DISP), "utf-8")
    orig["To"] = "a.gusev1947@gmail.com"
    orig["Subject"] = Header("Заявка 358744 ДС 96", "utf-8")
    orig["Date"] = format_datetime(d8)
    m.attach(MIMEMessage(orig))
    return m
add(D(16, "09:02"), "Delivery Status Notification (Failure)", bounce,
    L("ignored", note="bounce (DSN) of dispatcher's letter with 358744"),
    sender=DAEMON, sender_name="Mail Delivery Subsystem",
    extra={"Auto-Submitted": "auto-replied"})
S8 = "Заявка 358744 ДС 96"
add(D(16, "09:40"), "Re: " + S8,
    bat_plain(bat_text("Здравствуйте, Ольга.", "Принято в работу. Антипанику закажу сегодня, ставить буду во вторник.",
                       quote=(d8, disp_358744)), "koi8-r", "8bit"),
    L("decided", "358744", [], A, "The Bat, KOI8-R, 'ДО>' initials quote, reply written under the quote"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="koi8-r",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})
add(D(17, "08:05"), "Re: " + S8, gmail_alt("Выезд 8:05 в 96-й по 358744, антипаника с собой (Apecs PB-1700)."),
    L("decided", "358744", [], V, "noun 'Выезд' with time; 96 is kindergarten; model number distractor"))
add(D(17, "08:50"), "358744 на месте", gmail_alt("с 8.45, завхоз открыл запасный выход"),
    L("decided", "358744", [], M, "status in subject, time in body"))
d8b = D(17, "09:02")
add(D(17, "12:15"), "Re: 358744 на месте",
    gmail_alt("Завершение работ 12:10.\nПоз. 1 - запасный выход, замок антипаника Apecs PB-1700 установлен, проверили с завхозом.\n"
              "Поз. 2 - окно в «Капельке» отрегулировал, уплотнитель заменил.\n\n" + SIG_WEB,
              gattr(d8b), "Принято.\n\n" + disp_sig(), cte="qp"),
    L("decided", "358744", ["1", "2"], U, "Re: subject names old status; body reports completion"))

# ---------------- R9 359015
add(D(17, "12:40"), "359015", gmail_alt("Из 96-го уехал, еду в 112-й на Кирова, стеллажи в Белочке. минут 30"),
    L("decided", "359015", [], V, "two kindergartens named (96, 112) but one request: on the way for 359015"))
d9 = D(17, "10:04")
S9 = "Заявка 359015 ДС 112 Белочка"
disp_359015 = "Заявка 359015, ДС №112, гр. «Белочка» — стеллажи не закреплены к стене (поз. 1).\n\n" + disp_sig()
add(D(17, "13:10"), "Re: " + S9, gmail_alt("в Белочке, начал", gattr(d9), disp_359015),
    L("decided", "359015", [], M, "on site, number only in subject"))
add(D(17, "16:40"), "Re: Re: " + S9,
    gmail_alt("Стеллажи 3 шт закрепил к стене анкерами 10х100, всего 12 анкеров. Всё, освободился.\n\n" + SIG_WEB, gattr(d9), disp_359015),
    L("decided", "359015", [], U, "result + 'освободился'"))

# ---------------- R10 359276
d10 = D(18, "11:05")
S10 = "Заявка 359276 ДС 58 «Ёлочка»"
disp_359276 = "Заявка 359276, ДС №58 «Ёлочка».\n1. Окно в коридоре 2 эт. — разбито стекло.\n2. Тамбур — дверь, сорвало петли.\n\n" + disp_sig()
def autoreply1():
    return tpart("Здравствуйте! Я в отъезде до 19.11, почту смотрю редко. По срочным вопросам звоните 8-916-234-57-19.\nИП Гусев", "plain", "utf-8", "b64")
add(D(18, "11:06"), "Автоответ: " + S10, autoreply1,
    L("ignored", note="Gmail vacation auto-reply"), extra={"Auto-Submitted": "auto-replied", "In-Reply-To": "<disp-359276@zakazchik-omis.ru>"})
add(D(19, "09:00"), "Re: " + S10,
    gmail_alt("Ольга, добрый день, извините, был за городом. 359276 принимаю.\n\n" + SIG_WEB, gattr(d10), disp_359276),
    L("decided", "359276", [], A, "'принимаю' = accepted"))
d10b = D(19, "09:20")
add(D(19, "14:00"), "Re: Re: " + S10,
    gmail_alt("Стекло в коридор (2 эт.) привезут только завтра утром, выеду сразу как заберу, ориентировочно к 10.",
              gattr(d10b), "Когда сможете приехать?\n\n" + disp_sig()),
    L("review", note="plan only: will leave tomorrow"))
add(D(20, "09:35"), "", gmail_alt("Я в Ёлочке, начал"),
    L("review", note="no request number, no subject"))
add(D(20, "09:40"), "359276 поз.1", gmail_alt("прибыл, окно на 2 эт."),
    L("decided", "359276", ["1"], M, "poz in subject; '2 эт.' is a floor, not a position"))
add(D(20, "11:30"), "Re: Re: Re: " + S10,
    gmail_alt("Окно в коридоре (п1) - стекло вставил, герметик. По тамбуру (п2) - петли нужны другие, привезут на след неделе.\n\n" + SIG_WEB,
              gattr(d10b), "Когда сможете приехать?\n\n" + disp_sig()),
    L("decided", "359276", ["1"], U, "п1 done, п2 later"))
def fwd_rfc822():
    inner = tpart("Тамбурную дверь (п2) сделал, петли поставил новые, дверь закрывается. 359276 всё.\n\n" + SIG_BAT, "plain", "windows-1251", "8bit")
    inner["From"] = formataddr(("ИП Гусев А.В.", OLD), "windows-1251")
    inner["To"] = "dispetcher@zakazchik-omis.ru"
    inner["Subject"] = Header("359276 п2", "windows-1251")
    inner["Date"] = format_datetime(D(23, "16:30"))
    inner["Message-ID"] = "<1873%06d.20261123163000@gmail.com>" % random.randint(0, 999999)
    m = MIMEMultipart("mixed")
    m.attach(tpart("Здравствуйте.\n\nВчера отправил не туда, в адресе ошибся. Пересылаю.\n\n" + SIG_BAT, "plain", "windows-1251", "8bit"))
    m.attach(MIMEMessage(inner))
    return m
add(D(24, "11:30"), "FW: 359276 п2", fwd_rfc822,
    L("decided", "359276", ["2"], U, "forward as attachment (message/rfc822) of own report sent to a wrong address"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="windows-1251",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})

# ---------------- R11 359430
d11 = D(20, "08:02")
S11 = "Заявка 359430 ДС 214"
disp_359430 = ("Заявка 359430, ДС №214, пр. Мира, 33.\n1. Гр. «Ягодка» — дверь, заедает замок.\n2. Гр. «Непоседы» — шкафчики.\n"
               "3. Пищеблок — окно, сломана ручка.\n\n" + disp_sig())
def mdn():
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(tpart("Сообщение\n\n   Кому: " + OLD + "\n   Тема: " + S11 + "\n   Отправлено: 20.11.2026 8:02\n\nбыло прочитано 20.11.2026 8:19.",
                   "plain", "windows-1251", "qp"))
    dn = MIMEBase("message", "disposition-notification")
    dn.set_payload("Reporting-UA: The Bat! (v4.2.44.2) Professional\nFinal-Recipient: rfc822; " + OLD +
                   "\nOriginal-Message-ID: <disp-359430@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(dn)
    return m
add(D(20, "08:19"), "Прочитано: " + S11, mdn, L("ignored", note="read receipt (MDN)"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="windows-1251",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})
add(D(20, "08:30"), "Re: " + S11, gmail_alt("Принял. Буду в понедельник", gattr(d11), disp_359430),
    L("decided", "359430", [], A, "accepted; visit planned"))
d11b = D(20, "08:44")
add(D(23, "08:15"), "Re: Re: " + S11, gmail_alt("в дороге, пробка на Мира, минут 40", gattr(d11b), "Ок, ждём в понедельник.\n\n" + disp_sig()),
    L("decided", "359430", [], V, "'в дороге'"))
fwd_txt = ("Ольга, это утром с телефона отправлял, видимо не туда ушло. Пересылаю.\n\n"
           "---------- Forwarded message ---------\nОт: Андрей Гусев <" + MAIN + ">\nDate: пн, 23 нояб. 2026 г. в 09:00\n"
           "Subject: 359430\nTo: Андрей Гусев <" + MAIN + ">\n\n\nна месте с 8.55, завхоз открыл, начинаю\n")
add(D(23, "10:10"), "Fwd: 359430", gmail_alt(fwd_txt),
    L("decided", "359430", [], M, "Gmail inline forward of own on-site message sent to himself by mistake"))
def samsung_html():
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
         "<div>Добрый день!</div><div>По заявке 359430 сделано:</div>"
         "<div>п.1 дверь гр. Ягодка - замок заменён</div><div>п.2 шкафчики гр. Непоседы - 8 дверок перевесил</div>"
         "<div>п.3 окно пищеблок - ручка и ножницы заменены</div><div><br></div><div>Убыл в 13:20.</div><div><br></div>"
         "<div>ИП Гусев<br>ИНН " + INN + "</div><div><br></div><div><br></div>"
         "<div id=\"composer_signature\"><div style=\"font-size:85%;color:#575757\">Отправлено с устройства Samsung Galaxy</div></div></body></html>")
    return tpart(h, "html", "utf-8", "b64")
add(D(23, "13:30"), "359430 выполнено", samsung_html,
    L("decided", "359430", ["1", "2", "3"], U, "HTML-only from phone mail app, all three positions done"),
    msgid="<%s@email.android.com>" % "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)))
add(D(23, "13:40"), "Гусев", gmail_alt("359430 в 214-м всё закрыл. По 359808 в Теремок завтра с утра"),
    L("review", note="two different requests in one letter (two kindergartens)"))

# ---------------- R12 359808
d12 = D(23, "10:04")
S12 = "Заявка 359808 ДС 8"
disp_359808 = "Заявка 359808, ДС №8 «Теремок», входная группа — заменить замок (поз. 1).\n\n" + disp_sig()
add(D(23, "10:30"), "Re: " + S12, gmail_alt("359808 ок принял, 8-й знаю где", gattr(d12), disp_359808),
    L("decided", "359808", [], A, "accepted; '8-й' is kindergarten"))
d12b = D(23, "10:41")
c12 = "Спасибо. Завтра сможете?\n\n" + disp_sig()
add(D(24, "07:50"), "Re: Re: " + S12, gmail_alt("Ещё не выехал, машина не заводится, прикурю и поеду. Позже напишу.", gattr(d12b), c12),
    L("review", note="negation: not left yet"))
add(D(24, "08:10"), "Re: Re: Re: " + S12, gmail_alt("завелась, выехал к Теремку, минут 25", gattr(d12b), c12),
    L("decided", "359808", [], V, "left toward the site"))
chain12 = (gattr(D(24, "08:10"), "Андрей Гусев", MAIN) + "\n> завелась, выехал к Теремку, минут 25\n>\n> " +
           gattr(D(24, "07:50"), "Андрей Гусев", MAIN) + "\n>> Ещё не выехал, машина не заводится, прикурю и поеду. Позже напишу.\n>>\n>> " +
           gattr(d12b) + "\n>>> Спасибо. Завтра сможете?")
def bottom12():
    new = "Прибытие 8:35"
    plain = chain12 + "\n\n" + new + "\n"
    m = MIMEMultipart("alternative")
    m.attach(tpart(plain, "plain", "utf-8", "b64"))
    m.attach(tpart("<div>" + "<br>".join(html.escape(l) for l in chain12.split("\n")) + "</div><br><div dir=\"ltr\">" + new + "</div>\n", "html", "utf-8", "b64"))
    return m
add(D(24, "08:40"), "Re: Re: Re: Re: " + S12, bottom12,
    L("decided", "359808", [], M, "noun 'Прибытие' written under a quote holding 'не выехал'/'выехал'"))
add(D(24, "10:00"), "Re: " + S12,
    bat_plain(bat_text("Здравствуйте, Ольга.", "Замок на входной группе заменён (Cisa 16011), акт подписан у завхоза. Убытие с объекта 9:55.",
                       quote=(d12, "Заявка 359808, ДС №8 «Теремок», входная группа - заменить замок (поз. 1).\nНапишите по окончании.")),
              "windows-1251", "qp"),
    L("decided", "359808", [], U, "'Убытие с объекта'; quoted '(поз. 1)' is dispatcher's text"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="windows-1251",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})

# ---------------- other review / ignored
add(D(19, "10:20"), "358052", gmail_alt("По заявке 358052 на месте, жду завхоза"),
    L("review", note="358052 is not in the registry"))
def calendar():
    m = MIMEMultipart("mixed")
    alt = MIMEMultipart("alternative")
    txt = ("Андрей Гусев принял это приглашение.\n\nСовещание с подрядчиками по актам за ноябрь\n"
           "Среда, 25 ноября 2026 г. ⋅ 11:00 – 12:00\nЧасовой пояс: Москва\nМесто: ул. Ленина, 8, каб. 3\n\n"
           "Приглашение из Google Календаря: https://calendar.google.com/calendar/\n")
    alt.attach(tpart(txt, "plain", "utf-8", "qp"))
    alt.attach(tpart("<p>" + txt.replace("\n", "<br>") + "</p>\n", "html", "utf-8", "qp"))
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nDTSTART:20261125T080000Z\r\nDTEND:20261125T090000Z\r\nDTSTAMP:20261124T100000Z\r\n"
           "ORGANIZER;CN=Диспетчерская ОМИС:mailto:" + DISP + "\r\nUID:omis-meet-20261125@zakazchik-omis.ru\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Андрей Гусев;X-NUM-GUESTS=0:mailto:" + MAIN + "\r\n"
           "SUMMARY:Совещание с подрядчиками по актам за ноябрь\r\nLOCATION:ул. Ленина\\, 8\\, каб. 3\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = tpart(ics, "calendar", "utf-8", "b64")
    cal.set_param("method", "REPLY")
    alt.attach(cal)
    m.attach(alt)
    att = MIMEBase("application", "ics", name="invite.ics")
    att.set_payload(ics.encode("utf-8"))
    from email import encoders
    encoders.encode_base64(att)
    att.add_header("Content-Disposition", "attachment", filename="invite.ics")
    m.attach(att)
    return m
add(D(24, "13:00"), "Принято: Совещание с подрядчиками по актам за ноябрь @ ср 25 нояб. 2026 11:00 - 12:00 (MSK) (" + MAIN + ")",
    calendar, L("ignored", note="Google Calendar meeting response (METHOD:REPLY)"))
add(D(25, "15:00"), "акты",
    gmail_alt("Ольга, подскажите, акты за ноябрь одним файлом присылать или по каждой заявке отдельно? "
              "И оригиналы куда - на Ленина 8 или в 214-м оставлять у завхоза?\n\n" + SIG_WEB),
    L("review", note="question about paperwork, no request number, no status"))
add(D(26, "10:00"), "оплата по счёту 58",
    bat_plain(bat_text("Добрый день.", "По счёту №58 от 13.11.2026 (заявки 357514, 358390) оплата до сих пор не поступила. Прошу проверить.\n"
                       "Реквизиты те же, р/с 40802810438000123456 в ПАО Сбербанк, БИК 044525225."), "koi8-r", "8bit"),
    L("review", note="payment complaint; mentions two requests, no status"),
    sender=OLD, sender_name="ИП Гусев А.В.", hcharset="koi8-r",
    extra={"X-Mailer": "The Bat! (v4.2.44.2) Professional"})
def bulk():
    txt = ("Уважаемые коллеги!\n\nДо 31 декабря — скидка 15% на замену замков, доводчиков и стеклопакетов в детских садах и школах.\n"
           "Выезд мастера в день обращения. Звоните: 8-916-234-57-19.\n\nИП Гусев А.В., ИНН " + INN + "\n\n"
           "Вы получили это письмо, потому что подписаны на рассылку. Отписаться: https://unsubscribe.example-mailer.ru/u/8f3a2c\n")
    m = MIMEMultipart("alternative")
    m.attach(tpart(txt, "plain", "utf-8", "qp"))
    m.attach(tpart("<html><body><h2>Скидка 15% до конца года!</h2><p>" + txt.replace("\n", "<br>") + "</p></body></html>\n", "html", "utf-8", "qp"))
    return m
add(D(26, "12:00"), "Скидка 15% на замену замков до конца года — ИП Гусев", bulk,
    L("ignored", note="bulk advertising mail sent via a mailing service"),
    extra={"Precedence": "bulk", "List-Unsubscribe": "<https://unsubscribe.example-mailer.ru/u/8f3a2c>",
           "List-Id": "<gusev-clients.list.example-mailer.ru>", "X-Mailer": "UniSender", "To_override": "undisclosed-recipients:;"})
def autoreply2():
    return tpart("Добрый день! С 27 по 30 ноября я на выезде без связи. Заявки приму с 1 декабря.\n\nИП Гусев\nИНН " + INN, "plain", "utf-8", "qp")
add(D(27, "09:00"), "Автоответ: Re: акты", autoreply2,
    L("ignored", note="vacation auto-reply"), extra={"Auto-Submitted": "auto-replied", "In-Reply-To": "<disp-akty-27@zakazchik-omis.ru>"})

# ---------------------------------------------------------------------------
def strip_mv(part, root=False):
    """sub-parts of a multipart carry no MIME-Version header (the embedded message keeps its own)"""
    if not root:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        for sub in part.get_payload():
            if "MIME-Version" not in sub:
                sub["MIME-Version"] = "1.0"
            for p in (sub.get_payload() if sub.is_multipart() else []):
                strip_mv(p)
    elif part.is_multipart():
        for p in part.get_payload():
            strip_mv(p)

def main():
    LETTERS.sort(key=lambda x: x["date"])
    ld = os.path.join(OUT, "letters")
    for f in os.listdir(ld):
        os.remove(os.path.join(ld, f))
    labels = {}
    for i, l in enumerate(LETTERS, 1):
        name = "%03d.eml" % i
        m = l["build"]()
        hc = l["hcharset"]
        extra = dict(l["extra"])
        strip_mv(m, True)
        m["From"] = formataddr((l["sender_name"], l["sender"]), hc)
        m["To"] = extra.pop("To_override", None) or formataddr((DISPNAME, DISP), hc)
        if l["subject"]:
            m["Subject"] = Header(l["subject"], hc) if any(ord(c) > 127 for c in l["subject"]) else l["subject"]
        else:
            m["Subject"] = ""
        m["Date"] = format_datetime(l["date"])
        if l["msgid"]:
            mid = l["msgid"]
        elif l["sender"] == OLD:
            mid = "<%d.%s@gmail.com>" % (random.randint(10**9, 2 * 10**9), l["date"].strftime("%Y%m%d%H%M%S"))
        elif l["sender"] == DAEMON:
            mid = "<%s.%d@mx.google.com>" % ("%012x" % random.getrandbits(48), random.randint(1000, 9999))
        else:
            mid = gid()
        m["Message-ID"] = mid
        if "MIME-Version" not in m:
            m["MIME-Version"] = "1.0"
        for k, v in extra.items():
            m[k] = v
        with open(os.path.join(ld, name), "wb") as fh:
            fh.write(m.as_bytes())
        labels[name] = l["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    reg = {"contractor": {"name": "ИП Гусев Андрей Викторович", "emails": [MAIN, OLD, DAEMON], "domains": []},
           "requests": [{"number": n, "positions": p, "registered_at": d.replace(second=0).isoformat(), "comment": c} for n, p, d, c in REQ]}
    with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    print(len(LETTERS), "letters")

main()
