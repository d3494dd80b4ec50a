# -*- coding: utf-8 -*-
"""Generator for persona EE: ИП Кравчук «ОкнаДвери», Тихорецк.
Run: python3 make.py  (writes letters/, labels.json, registry.json next to this file)"""
import json, os, random, html as htmlmod
from datetime import datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email import charset as cs
from email.utils import formataddr, format_datetime
from email.message import Message

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(3142)
TZ = timezone(timedelta(hours=3))

NAT = ("наташа", "natasha.kravchuk@mail.ru")
SER = ("Сергей Кравчук", "s.kravchuk1975@mail.ru")
VIT = ("Виталий", "vitaliy.montazh@mail.ru")
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
SITE = "okna-dveri-tih.ru"

REGISTRY = {
    "contractor": {
        "name": "ИП Кравчук С.В. «ОкнаДвери»",
        "emails": [NAT[1], SER[1], VIT[1], "noreply@" + SITE, "MAILER-DAEMON@" + SITE],
        "domains": [SITE],
    },
    "requests": [
        {"number": "314207", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "МБОУ СОШ №3, ул. Гоголя: 1 – окно каб.12, 2 – окно каб.14, 3 – фрамуга спортзала"},
        {"number": "314215", "positions": ["1", "2"], "registered_at": "2026-11-02T10:05:00+03:00",
         "comment": "ЦРБ, приёмное отделение: 1 – входная дверь, 2 – дверь смотровой"},
        {"number": "314233", "positions": ["1"], "registered_at": "2026-11-03T11:00:00+03:00",
         "comment": "СОШ №8: доводчик на дверь центрального входа"},
        {"number": "314260", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T09:15:00+03:00",
         "comment": "ЦРБ, хирургия: окна ПВХ, фурнитура – 1 палата 5, 2 палата 6, 3 палата 7, 4 ординаторская"},
        {"number": "314281", "positions": ["1", "2"], "registered_at": "2026-11-06T13:40:00+03:00",
         "comment": "Гимназия №1, входная группа: 1 – наружная дверь тамбура, 2 – внутренняя"},
        {"number": "314302", "positions": ["1"], "registered_at": "2026-11-09T08:50:00+03:00",
         "comment": "СОШ №5, спортзал: эвакуационная дверь, замок антипаника"},
        {"number": "314318", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T10:20:00+03:00",
         "comment": "ЦРБ, поликлиника: 1 – окно регистратуры, 2 – окно каб. терапевта (каб.21), 3 – окно лестницы 2 эт."},
        {"number": "314340", "positions": ["1", "2"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "СОШ пос. Парковый: 1 – окна 1 этаж, 2 – окна 2 этаж"},
        {"number": "314356", "positions": ["1", "2"], "registered_at": "2026-11-12T14:00:00+03:00",
         "comment": "ЦРБ, инфекционное отделение: противопожарные двери 1 и 2"},
        {"number": "314377", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:40:00+03:00",
         "comment": "СОШ №2: замена уплотнителя окон – 1 этаж / 2 этаж / 3 этаж"},
        {"number": "314391", "positions": ["1"], "registered_at": "2026-11-17T11:30:00+03:00",
         "comment": "ЦРБ, родильное отделение: окно палата 3"},
        {"number": "314412", "positions": ["1", "2"], "registered_at": "2026-11-19T09:10:00+03:00",
         "comment": "СОШ №6: замена замков – 1 кабинет информатики, 2 учительская"},
        {"number": "314425", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "ЦРБ, пищеблок: 1 – дверь склада (доводчик), 2 – дверь моечной"},
    ],
}

WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
       "октября", "ноября", "декабря"]


def d(day, hh, mm, ss=None):
    return datetime(2026, 11, day, hh, mm, ss if ss is not None else random.randint(0, 59), tzinfo=TZ)


def ru_date(dt):
    return f"{WD[dt.weekday()]}, {dt.day} {MON[dt.month-1]} {dt.year}, {dt:%H:%M} +03:00"


def oe_date(dt):
    h = dt.hour % 12 or 12
    return f"{dt:%A, %B %d, %Y} {h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def mid(kind, dt):
    ts = int(dt.timestamp())
    if kind == "web":
        return f"<{ts}.{random.randint(10**8, 10**9)}@f{random.randint(100, 999)}.i.mail.ru>"
    if kind == "phone":
        return f"<{ts}.{random.randint(10**8, 10**9)}@f{random.randint(100, 999)}.i.mail.ru>"
    if kind == "oe":
        return f"<00{random.randint(10**5, 10**6):x}01c{random.randint(10**4, 10**5):x}$" \
               f"{random.randint(10**7, 10**8):x}$0a00a8c0@natasha>"
    if kind == "bat":
        return f"<{random.randint(10**8, 10**9)}.{ts}@mail.ru>"
    return f"<{ts}.{random.randint(10**6, 10**7)}@{kind}>"


def webquote(dt, who, text):
    name, addr = who
    lines = [f"{ru_date(dt)} от {name} <{addr}>:", ""] + text.split("\n")
    return "\n".join(">" + l for l in lines)


def oequote(dt, who, to, subj, text):
    name, addr = who
    head = (f"----- Original Message ----- \nFrom: \"{name}\" <{addr}>\nTo: <{to}>\n"
            f"Sent: {oe_date(dt)}\nSubject: {subj}\n\n")
    return head + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def text_to_html(text):
    out = []
    inq = 0
    for line in text.split("\n"):
        q = 0
        while line.startswith(">"):
            q += 1
            line = line[1:]
        while inq < q:
            out.append('<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">')
            inq += 1
        while inq > q:
            out.append("</blockquote>")
            inq -= 1
        out.append(f"<div>{htmlmod.escape(line) if line.strip() else '&nbsp;'}</div>")
    out += ["</blockquote>"] * inq
    return ("<HTML><BODY>" + "\n".join(out) + "</BODY></HTML>")


def charset_obj(name, cte):
    c = cs.Charset(name)
    c.header_encoding = cs.BASE64
    c.body_encoding = {"base64": cs.BASE64, "qp": cs.QP, "8bit": None}[cte]
    return c


def text_part(text, charset="utf-8", cte="base64", subtype="plain"):
    m = MIMEText("", subtype)
    del m["Content-Transfer-Encoding"]
    m.set_payload(text, charset_obj(charset, cte))
    del m["MIME-Version"]
    if cte == "8bit":
        m.replace_header("Content-Transfer-Encoding", "8bit") if m["Content-Transfer-Encoding"] else \
            m.add_header("Content-Transfer-Encoding", "8bit")
    return m


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


def addr(who, charset="utf-8"):
    return formataddr(who, charset=charset)


LETTERS = []  # (dt, msg, label)


def finish(msg, dt, frm, subj, kind, charset="utf-8", to=DISP, extra=None):
    msg["From"] = addr(frm, charset)
    msg["To"] = addr(to, charset) if to else "undisclosed-recipients:;"
    msg["Subject"] = hdr(subj, charset)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = mid(kind, dt)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    xm = {"web": "Mail.Ru Mailer 1.0", "phone": "Mail.Ru Android 14.52.0.48291",
          "oe": "Microsoft Outlook Express 6.00.2900.5931", "bat": "The Bat! (v3.99.3) Home"}.get(kind)
    if xm:
        msg["X-Mailer"] = xm
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def add(dt, msg, label):
    LETTERS.append((dt, msg, label))


# ---------- builders by client ----------
PHONE_SIG = "\n\n--\nОтправлено из мобильной Почты Mail.ru"


def web(dt, frm, subj, text, label, html_only=False, cte="base64", extra=None):
    h = text_to_html(text)
    if html_only:
        msg = text_part(h, "utf-8", cte, "html")
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(text, "utf-8", cte))
        msg.attach(text_part(h, "utf-8", cte, "html"))
    finish(msg, dt, frm, subj, "web", extra=extra)
    add(dt, msg, label)


def phone(dt, subj, text, label, quote=None, frm=SER, extra=None):
    body = text + PHONE_SIG + (("\n\n" + quote) if quote else "")
    msg = text_part(body, "utf-8", "base64")
    finish(msg, dt, frm, subj, "phone", extra=extra)
    add(dt, msg, label)


def oe(dt, subj, text, label, charset="windows-1251", cte="qp", frm=NAT, extra=None):
    msg = text_part(text, charset, cte)
    finish(msg, dt, frm, subj, "oe", charset=charset, extra=extra)
    add(dt, msg, label)


def bat(dt, subj, text, label, charset="koi8-r", cte="8bit", frm=NAT, extra=None):
    if charset == "koi8-r":
        text = text.replace("№", "N").replace("–", "-")
        subj = subj.replace("№", "N").replace("–", "-")
    msg = text_part(text, charset, cte)
    finish(msg, dt, frm, subj, "bat", charset=charset, extra=extra)
    add(dt, msg, label)


def L(status, req, pos=(), note="", expect="decided"):
    if expect != "decided":
        return {"expect": expect, "note": note}
    return {"expect": "decided", "request": req, "positions": list(pos), "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


P, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ======================= 314207 школа 3 =======================
web(d(2, 14, 12), NAT, "заявка 314207",
    "добрый день заявку 314207 на школу 3 приняли в работу сергей сказал завтра с утра поедут "
    "сначала кабинеты потом спортзал если петли подойдут я извеняюсь что поздно отвечаю у нас вчера "
    "внук приезжал из краснодара весь день с ним провозились\nнаталья",
    L(P, "314207", note="accepted; 'завтра поедут' is only a plan"))

phone(d(3, 9, 2), "314207", "Выехали на школу 3",
      L(V, "314207", note="owner from phone: left for the school now"))

web(d(3, 13, 41), NAT, "по школе 3",
    "здраствуйте по 314 207 сергей преехал в школу в пол десятого завхоз их долго не пускала потому "
    "что ключи от кабинетов у уборщицы были в итоге по первой и второй позиции всё зделали ручки "
    "поменяли и створки отрегулировали уехали в час а по спортзалу фрамуга там петля лопнула нужно "
    "заказывать в краснодаре дня через два привезут тогда доделаем а у меня сегодня давление с утра "
    "так что если что звоните сергею 8 918 431 27 05",
    L(U, "314207", ["1", "2"], "number with a space; pos 1,2 done and left, pos 3 postponed"))

q = ("Наталья, добрый день.\nПо заявке 314207 позиция 3 (фрамуга в спортзале) – когда планируете "
     "выполнить? Школа спрашивает.\n\n--\nДиспетчерская ОМИС\nтел. (86196) 7-40-12")
web(d(6, 11, 31), NAT, "Re: 314207 спортзал когда?",
    "петлю привезли вчера вечером сергей сегодня поехал в школу к десяти фрамугу повесил всё "
    "закрывается уехал пол двенадцатого\n\n\n" + webquote(d(6, 9, 14), DISP, q),
    L(U, "314207", ["3"], "reply: fanlight (pos 3 per quoted question) hung, left at 11:30"))

# ======================= 314215 ЦРБ приемное =======================
q = ("Добрый день!\nНаправляем заявку 314215, ЦРБ, приёмное отделение.\nПозиции:\n"
     "1. Входная дверь приёмного отделения – провисла, не закрывается.\n"
     "2. Дверь смотровой – сломана ручка.\nПрошу подтвердить принятие.\n\nДиспетчерская ОМИС")
oe(d(2, 17, 5), "Re: Заявка 314215 ЦРБ приемное отделение",
   "здравствуйте приняли виталик завтра с утра поедет в больницу посмотрит обе двери в приемном и "
   "сразу будет делать если запчасти подойдут ручки у нас есть\n\n"
   + oequote(d(2, 10, 12), DISP, NAT[1], "Заявка 314215 ЦРБ приемное отделение", q),
   L(P, "314215", note="number only in Re: subject; accepted"))

web(d(3, 8, 15), NAT, "314215 поз 1",
    "виталик поехал в црб по 314215 сначала входная дверь приемного это поз 1 будет минут через 20 "
    "там у переезда опять стоят",
    L(V, "314215", ["1"], "on the way, ETA 20 min"))

web(d(3, 10, 30), NAT, "314215-1",
    "виталик на месте в приемном с девяти дверь сняли петли меняет", 
    L(M, "314215", ["1"], "position after dash in subject; on site"), html_only=True)

fw = ("наташ перешли в больницу по 314215 П1 и П2 сделал ручку поставил в смотровой дверь "
      "подтянул закрывается уехал в 15 00")
web(d(3, 15, 22), NAT, "Fwd: двери больница",
    "пересылаю от виталика\n\n\n-------- Пересылаемое сообщение --------\n"
    f"От кого: Виталий <{VIT[1]}>\nКому: наташа <{NAT[1]}>\nДата: {ru_date(d(3, 15, 6))}\n"
    "Тема: двери больница\n\n" + fw + "\n\n--\nОтправлено из мобильной Почты Mail.ru\n"
    "----------------------------------------",
    L(U, "314215", ["1", "2"], "Mail.ru forward of crew message: P1 and P2 done, left 15:00"))

# ======================= 314233 школа 8 =======================
q = ("Добрый день.\nЗаявка 314233, СОШ №8, ул. Энгельса, 41.\nПозиция 1: установка доводчика на дверь "
     "центрального входа.\nПодтвердите, пожалуйста.")
phone(d(3, 12, 3), "Re: Заявка 314233 школа 8 доводчики", "Принял",
      L(P, "314233", note="owner: 'Принял' under Re: subject with number"),
      quote=webquote(d(3, 11, 6), DISP, q))

web(d(3, 18, 40), NAT, "доводчики школа 8",
    "добрый вечер по 314233 хотела спросить доводчики какие ставить у нас есть дорма ts 68 и геозе "
    "ts 2000 но геозе дороже на 1800 рублей кто нам цену согласует завхоз или вы сергей говорит "
    "дорма нормальная на такую дверь хватит",
    R("question about which closer / price approval, nothing reported"))

auto = MIMEText("", "plain")
del auto["Content-Transfer-Encoding"]
auto.set_payload("Здравствуйте!\nМы в отъезде до 5 ноября, на письма ответить не сможем.\n"
                 "По срочным вопросам звоните Сергею 8-918-431-27-05.\n\nНаталья Кравчук, ИП Кравчук «ОкнаДвери»",
                 charset_obj("utf-8", "base64"))
finish(auto, d(4, 10, 17), NAT, "Автоответ: Re: доводчики школа 8 заявка 314233", "web",
       extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})
add(d(4, 10, 17), auto, I("out-of-office auto-reply"))

q = ("Наталья, по заявке 314233 ставьте Dorma TS 68, цена согласована с завхозом.\n"
     "Диспетчерская ОМИС")
web(d(5, 9, 52), NAT, "Re: доводчики школа 8 заявка 314233",
    "поняли ставим дорму сергей уже в школе 8 с девяти часов\n\n\n" + webquote(d(4, 10, 16), DISP, q),
    L(M, "314233", note="crew is at the school since 9"))

phone(d(5, 12, 24), "Re: 314233", "Доводчик стоит, уехали",
      L(U, "314233", note="result + left"))

# ======================= 314260 хирургия =======================
bat(d(5, 11, 2), "заявка 314260 хирургия",
    "здраствуйте\n\nзаявку 314260 по хирургии взяли в работу окна 4 шт в палатах и ординаторской "
    "сергей сказал фурнитуру надо заказать roto nt по срокам напишу\n\n-- \nС уважением,\n "
    f"наташа                          mailto:{NAT[1]}",
    L(P, "314260", note="KOI8-R; accepted; '4 шт' is a count, not a position"))

web(d(5, 16, 3), NAT, "314260",
    "по хирургии 314260 пока не выезжали ждем фурнитуру из краснодара обещали в пятницу как придет "
    "сразу поедем",
    R("negation + plan: not yet departed"))

phone(d(9, 8, 41), "314260", "Выезжаем на хирургию",
      L(V, "314260", note="leaving FOR the site now"))

web(d(9, 9, 33), NAT, "хирургия 314260 позиции 1 2",
    "на месте с 9.15 начали с палат 5 и 6 это позиции 1 и 2",
    L(M, "314260", ["1", "2"], "ward numbers 5/6 are not positions"))

web(d(9, 17, 12), NAT, "хирургия",
    "добрый вечер пишу по 314260 сегодня весь день были в хирургии зделали палаты 5 6 и 7 это первая "
    "вторая и третья позиция фурнитуру поменяли всё открывается на проветривание уехалы в пять а "
    "ординаторскую не успели там заведующий не пустил у них обход был сказал приходите завтра с утра "
    "так что завтра поедут а у нас дочка в субботу замуж выходит так что я вся в хлопотах если что не "
    "так напишите",
    L(U, "314260", ["1", "2", "3"], "pos 1-3 done and left; pos 4 planned for tomorrow"))

fw = "ординаторская на месте 314260 п4 начинаем"
web(d(10, 10, 6), NAT, "Fwd: ординаторская",
    "от виталика\n\n\n-------- Пересылаемое сообщение --------\n"
    f"От кого: Виталий <{VIT[1]}>\nКому: наташа <{NAT[1]}>\nДата: {ru_date(d(10, 9, 58))}\n"
    "Тема: ординаторская\n\n" + fw + "\n\n--\nОтправлено из мобильной Почты Mail.ru\n"
    "----------------------------------------",
    L(M, "314260", ["4"], "forwarded crew message: on site, pos 4"))

phone(d(10, 13, 4), "314260 п4", "Готово, уехали",
      L(U, "314260", ["4"], "position in subject as п4"))

# ======================= 314281 гимназия =======================
q = ("Добрый день.\nЗаявка 314281, Гимназия №1, ул. Октябрьская.\n1 – наружная дверь тамбура "
     "(провисла, задевает пол)\n2 – внутренняя дверь тамбура (не фиксируется)\nПрошу принять в работу.")
oe(d(6, 15, 1), "Re: Гимназия 1 входная группа - заявка 314281",
   "приняли сделаем но надо когда детей нет сергей позвонит директору\n\n"
   + oequote(d(6, 13, 44), DISP, NAT[1], "Гимназия 1 входная группа - заявка 314281", q),
   L(P, "314281", note="accepted; timing still to agree"))

web(d(9, 9, 44), NAT, "гимназия 314281",
    "по гимназии 314281 сергей говорит можем только в субботу когда детей нет потому что дверь надо "
    "снимать целиком а там вход один согласуйте пожалуйста с директором или дайте телефон завхоза",
    R("plan and request to coordinate; nothing happened"))

phone(d(14, 8, 12), "Re: 314281", "Едем",
      L(V, "314281", note="Saturday; number only in subject"))

phone(d(14, 9, 3), "Re: 314281", "На месте",
      L(M, "314281", note="on site"))

web(d(16, 9, 27), NAT, "гимназия суббота",
    "доброе утро по гимназии 314281 в субботу зделали обе двери тамбура наружную и внутреннюю это 1 и "
    "2 позиция петли поменяли и порог подрезали уехали в два часа сторож подтвердит если надо сергей "
    "потом еще на рынок заехал так что домой в пять только вернулся",
    L(U, "314281", ["1", "2"], "Monday letter about Saturday: both positions done, left at 14:00"))

# ======================= 314302 школа 5 =======================
web(d(9, 10, 33), NAT, "Заявка №314302",
    "наряд 314302 школа 5 спортзал дверь приняли завтра с утра сергей поедет",
    L(P, "314302", note="html-only; accepted"), html_only=True)

phone(d(10, 7, 56), "314302", "В пути. Будем 8.30",
      L(V, "314302", note="on the way"))

bat(d(10, 12, 44), "школа 5 спортзал дверь 314302",
    "в пятую школу преехали без четверти девять дверь запасного выхода в спортзале замок антипаника "
    "поменяли на новый и ручку тоже из школы выехали к обеду акт № 112 подписали завхоз у них новая "
    "людмила петровна\n\n-- \nС уважением,\n наташа                          mailto:" + NAT[1],
    L(U, "314302", note="'из школы выехали' = left FROM the site; act number is not request"),
    charset="windows-1251", cte="qp")

# ======================= 314318 поликлиника =======================
q = ("Добрый день.\n#314318 ЦРБ поликлиника, окна:\n1. регистратура – не закрывается створка\n"
     "2. каб. 21 (терапевт) – продувает\n3. лестница 2 этаж – сломана петля\nДиспетчерская ОМИС")
web(d(10, 14, 2), NAT, "Re: #314318 поликлиника",
    "приняли по поликлинике завтра с утра\n\n\n" + webquote(d(10, 10, 25), DISP, q),
    L(P, "314318", note="accepted"))

web(d(10, 18, 5), NAT, "отчет за сегодня",
    "добрый вечер сегодня по 314302 из школы 5 уехали к обеду а по 314260 ординаторскую доделали тоже "
    "уехали сергей говорит завтра отдыхает у него спина",
    R("two different requests in one letter"))

web(d(11, 9, 12), NAT, "поликлиника",
    "по заявке 341318 в поликлинику сергей преехал в девять начинает с регистратуры",
    R("number 341318 is not in registry (digits swapped)"))

rows = [("1", "окно регистратура", "замена стеклопакета, регулировка", "выполнено", "убытие 12:10"),
        ("2", "каб. 21 терапевт", "регулировка, уплотнитель", "выполнено", "убытие 14:00"),
        ("3", "лестница 2 этаж", "петля нижняя – нет в наличии", "перенос на 12.11", "")]
th = "".join(f'<td style="border:1px solid #000;padding:2px 6px"><b>{h}</b></td>'
             for h in ["поз", "место", "работы", "статус", "время"])
tr = "".join("<tr>" + "".join(f'<td style="border:1px solid #000;padding:2px 6px">{htmlmod.escape(c)}</td>'
                              for c in r) + "</tr>" for r in rows)
h = ("<HTML><BODY><div>сергей попросил таблицу отправить по 314318 поликлиника</div><div>&nbsp;</div>"
     f'<table style="border-collapse:collapse" cellspacing="0"><tr>{th}</tr>{tr}</table>'
     "<div>&nbsp;</div><div>наталья</div></BODY></HTML>")
t = ("сергей попросил таблицу отправить по 314318 поликлиника\n\nпоз\tместо\tработы\tстатус\tвремя\n"
     + "\n".join("\t".join(r) for r in rows) + "\n\nнаталья")
m = MIMEMultipart("alternative")
m.attach(text_part(t, "utf-8", "base64"))
m.attach(text_part(h, "utf-8", "base64", "html"))
finish(m, d(11, 16, 33), NAT, "314318 поликлиника отчет", "web")
add(d(11, 16, 33), m, L(U, "314318", ["1", "2"], "Excel table: pos 1,2 done with departure times; pos 3 postponed"))
table_text = t

phone(d(12, 12, 3), "Re: 314318 поликлиника отчет", "П3 сделали уехали",
      L(U, "314318", ["3"], "owner reply, pos 3 done"),
      quote=webquote(d(11, 16, 33), NAT, table_text))

web(d(12, 17, 31), NAT, "больница",
    "в больнице всё закончили уехали сергей говорит акты завтра завезет",
    R("no request number; hospital has several open requests"))

# ======================= 314340 Парковый =======================
bat(d(11, 11, 22), "парковый 314340",
    "здраствуйте\n\nпо школе в парковом заявку 314340 приняли окна на первом и втором этаже сергей "
    "знает эту школу мы там в прошлом году делали\n\n-- \nС уважением,\n наташа\n"
    "ИП Кравчук С.В. ИНН 236001234567 ОГРНИП 316237500012345\nтел 8 918 431 27 05",
    L(P, "314340", note="KOI8-R; INN/OGRNIP/phone are not request numbers"))

web(d(12, 15, 6), NAT, "парковый",
    "по 314340 в парковый пока не поедем газель к317ор 123 сломалась стартер сергей сам перебирает "
    "обещал к выходным а дорога туда разбитая на легковой не проехать так что наверно в понедельник "
    "извините что так",
    R("car broke down; only a plan for Monday"))

web(d(16, 8, 6), NAT, "парковый",
    "сергей выехал в парковый по 314340 в пол девятого будет на месте дорогу вроде подсыпали",
    L(V, "314340", note="left for the site, will arrive at 8:30"))

fw = "В Парковом на месте, школа открыта, завхоза ждём"
web(d(16, 9, 11), NAT, "Fwd: парковый",
    "\n\n\n-------- Пересылаемое сообщение --------\n"
    f"От кого: Сергей Кравчук <{SER[1]}>\nКому: наташа <{NAT[1]}>\nДата: {ru_date(d(16, 9, 2))}\n"
    "Тема: 314340\n\n" + fw + PHONE_SIG + "\n----------------------------------------",
    L(M, "314340", note="forward without own text; number only in forwarded Тема:"))

web(d(16, 15, 8), NAT, "314340 первая",
    "по парковому 314340 по первой позиции зделали окна на первом этаже все отрегулировали "
    "пpиехали домой уже а по второй завтра доделают не успели уроки у них до трех и в классы не пускали",
    L(U, "314340", ["1"], "pos 1 done (Latin р in 'пpиехали домой'), pos 2 tomorrow"))

phone(d(17, 13, 12), "314340 2 поз", "Готово уехали с Паркового",
      L(U, "314340", ["2"], "left FROM the site"))

# ======================= 314356 инфекционное =======================
q = ("Добрый день.\nПересылаем заявку 314356 – инфекционное отделение, противопожарные двери 1 и 2 "
     "(не закрываются доводчики, нарушены пломбы).\nПропуск на территорию – через начальника охраны.\n\n"
     "От: Завхоз ЦРБ [mailto:zavhoz@crb-tihoreck.ru]\nОтправлено: 12 ноября 2026 г. 13:31\n"
     "Кому: dispatch@zakazchik-omis.ru\nТема: двери инфекция\n\nДвери противопожарные в инф. отд. "
     "не закрываются, прошу срочно. Телефон 8 (86196) 7-21-55 доб. 114")
web(d(12, 16, 4), NAT, "Re: заявка 314356 инфекционное отделение противопожарные двери",
    "заявку приняли только там пропуск нужен в инфекционное у нас его нет\n\n\n"
    + webquote(d(12, 14, 6), DISP, q),
    L(P, "314356", note="accepted; quote contains Outlook header block and hospital phone"))

web(d(13, 11, 34), NAT, "инфекционное 314356 не пустили",
    "по 314356 сегодня преехали в инфекционное охранник не пустил говорит пропуска нет простояли час "
    "и уехали ничего не зделали разберитесь пожалуйста с охраной а то бензин не казенный",
    R("complaint: not admitted, left without doing any work"))

q = ("Наталья, пропуск на Виталия и Сергея оформлен, забрать в понедельник у начальника охраны "
     "(КПП №2).\nДиспетчерская ОМИС")
web(d(13, 15, 42), NAT, "Re: пропуска в ЦРБ по заявке 314356",
    "спасибо поняла в понедельник заберем\n\n\n" + webquote(d(13, 14, 50), DISP, q),
    R("acknowledgement of dispatcher's message + plan"))

q = "314356 – принята. Ждём выезд после оформления пропуска."
web(d(16, 10, 12), NAT, "Re: 314356 - принята",
    "пропуск получили виталик поехал в инфекцию будет минут через 15\n\n\n" + webquote(d(12, 16, 30), DISP, q),
    L(V, "314356", note="old status in Re: subject; body reports on the way"))

m = text_part("Прибытие 10:30 инфекционка 314356 дверь 1 начал\nпломбу 0041873 снял при охране", "utf-8", "8bit")
finish(m, d(16, 10, 36), VIT, "инфекционное", "phone")
add(d(16, 10, 36), m, L(M, "314356", ["1"], "crew member directly; seal number is not request"))

web(d(16, 18, 22), NAT, "инфекционное сделали",
    "добрый вечер по инфекционному 314356 обе двери первую и вторую зделали доводчики отрегулировали "
    "пломбы новые поставили номера в акте виталик уехал в шесть я пирогов напекла завтра сватья "
    "приезжает с внуками так что если что пишите утром",
    L(U, "314356", ["1", "2"], "both positions done, left at 18:00"))

# ======================= 314377 школа 2 =======================
q = ("Заявка 314377, СОШ №2, ул. Красноармейская, 9.\nЗамена уплотнителя окон: 1 – 1 этаж, "
     "2 – 2 этаж, 3 – 3 этаж.")
phone(d(16, 12, 2), "Re: Заявка 314377 школа 2 уплотнитель", "Принято",
      L(P, "314377", note="owner accepts"), quote=webquote(d(16, 8, 45), DISP, q))

oe(d(17, 10, 3), "уплотнитель школа 2",
   "здравствуйте по 314377 уплотнителя надо 52 метра а в заявке 40 сергей перемерил надо доп "
   "соглашение к договору 18/26 от 12.01.2026 или счет отдельный выставим № 57 пришлю как скажете",
   R("contract/price talk; invoice and contract numbers"))

web(d(18, 8, 21), NAT, "школа 2 уплотнитель",
    "выехали в школу 2 на красноармейскую 9 (314377) к пол девятого будут",
    L(V, "314377", note="quoted-printable UTF-8; number in brackets after address; on the way"), cte="qp")

web(d(18, 16, 42), NAT, "Re: школа 2 уплотнитель",
    "по 314377 преехали в 8.40 первый этаж поз 1 и второй этаж поз 2 уплотнитель поменяли уехали в "
    "четыре третий этаж завтра",
    L(U, "314377", ["1", "2"], "pos 1,2 done, pos 3 tomorrow"))

q2 = ">" + webquote(d(18, 16, 42), NAT,
                    "по 314377 преехали в 8.40 первый этаж поз 1 и второй этаж поз 2 уплотнитель поменяли "
                    "уехали в четыре третий этаж завтра").replace("\n", "\n>")
q = webquote(d(18, 17, 2), DISP, "Принято, ждём по позиции 3.\nДиспетчерская ОМИС") + "\n>\n" + q2
web(d(19, 16, 5), NAT, "Re: 314377 (3)",
    q + "\n\nтретий этаж сегодня закончили виталик уехал в 3 часа\n",
    L(U, "314377", ["3"], "reply written UNDER the quote; position in brackets in subject"))

# ======================= 314391 роддом =======================
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(text_part("Ваше письмо «Заявка 314391 роддом» было прочитано " + ru_date(d(17, 12, 10)), "utf-8", "base64"))
mdn = Message()
mdn.set_type("message/disposition-notification")
mdn.set_payload("Reporting-UA: mail.ru\nFinal-Recipient: rfc822; natasha.kravchuk@mail.ru\n"
                "Original-Message-ID: <20261117113210.77120@zakazchik-omis.ru>\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
finish(rr, d(17, 12, 10), NAT, "Прочитано: Заявка 314391 роддом", "web")
add(d(17, 12, 10), rr, I("read receipt (MDN)"))

web(d(17, 13, 2), NAT, "роддом",
    "по обращению №314391 роддом приняли окно посмотрим завтра или послезавтра как сергей "
    "освободится",
    L(P, "314391", note="html-only; obращение №; accepted"), html_only=True)

phone(d(19, 7, 52), "314391", "ВЫЕХАЛИ НА РОДДОМ",
      L(V, "314391", note="caps; leaving for site"))

web(d(19, 11, 33), NAT, "Re: роддом",
    "в роддоме по №314391 окно в 3 палате отрегулировали створку на место поставили всё "
    "закрывается уехали в 11 мамочки довольные",
    L(U, "314391", note="ward 3 is not a position; single-position request"))

phone(d(19, 12, 4), "314391 поз 2", "Готово",
      R("request 314391 has no position 2"))

# ======================= 314412 школа 6 =======================
b = MIMEMultipart("report", report_type="delivery-status")
b.attach(text_part(
    "This is the mail system at host mx1.okna-dveri-tih.ru.\n\nI'm sorry to have to inform you that "
    "your message could not\nbe delivered to one or more recipients.\n\n<info@okna-dveri-tih.ru>: "
    "mailbox unavailable: user does not exist\n", "us-ascii", "8bit"))
ds = Message()
ds.set_type("message/delivery-status")
blk1 = Message(); blk1["Reporting-MTA"] = "dns; mx1.okna-dveri-tih.ru"
blk1["Arrival-Date"] = format_datetime(d(19, 9, 15, 2))
blk2 = Message(); blk2["Final-Recipient"] = "rfc822; info@okna-dveri-tih.ru"
blk2["Original-Recipient"] = "rfc822; info@okna-dveri-tih.ru"
blk2["Action"] = "failed"; blk2["Status"] = "5.1.1"
blk2["Diagnostic-Code"] = "smtp; 550 5.1.1 <info@okna-dveri-tih.ru>: user does not exist"
ds.set_payload([blk1, blk2])
b.attach(ds)
orig = text_part("Добрый день.\nЗаявка 314412, СОШ №6: 1 – замок каб. информатики, 2 – замок учительской.\n"
                 "Прошу подтвердить.", "utf-8", "base64")
orig["From"] = addr(DISP)
orig["To"] = "info@okna-dveri-tih.ru"
orig["Subject"] = hdr("Заявка 314412 школа 6 замки")
orig["Date"] = format_datetime(d(19, 9, 15, 0))
b.attach(MIMEMessage(orig))
finish(b, d(19, 9, 15, 4), ("Mail Delivery System", "MAILER-DAEMON@" + SITE), "Undelivered Mail Returned to Sender",
       "mx1." + SITE, extra={"Auto-Submitted": "auto-replied"})
add(d(19, 9, 15), b, I("bounce from contractor domain (old address)"))

q = ("Добрый день, Наталья.\nЗаявка 314412, СОШ №6: 1 – замок каб. информатики, 2 – замок учительской.\n"
     "Старый адрес info@okna-dveri-tih.ru не работает, шлём вам.")
bat(d(19, 10, 41), "Re: Заявка 314412 школа 6 замки",
    "Здравствуйте, Диспетчерская.\n\nВы писали 19 ноября 2026 г., 9:20:07:\n\n"
    + "\n".join("ДО> " + l for l in q.split("\n"))
    + "\n\nприняли завтра поедут замки уже купили\n\n-- \nС уважением,\n наташа                          mailto:" + NAT[1],
    L(P, "314412", note="The Bat! KOI8-R, initials quote prefix ДО>, answer under quote"))

web(d(20, 10, 32), NAT, "школа 6",
    "по 314412 по первой сергей на месте замок меняет в информатике а по второй виталик уже закончил "
    "в учительской уехал на другой объект",
    R("different statuses for different positions (1 on site, 2 left)"))

phone(d(20, 15, 3), "314412", "Все сделали убыли",
      L(U, "314412", note="whole request done"))

web(d(20, 18, 34), NAT, "отчет за неделю",
    "добрый вечер сергей просил написать за неделю по 314377 школа 2 всё закончили по 314391 роддом "
    "закончили по 314412 школа 6 тоже всё акты в понедельник привезем а счета на следующей неделе "
    "я заболела немного температура",
    R("weekly summary covering three requests"))

# ======================= calendar / bulk =======================
cal = MIMEMultipart("alternative")
cal.attach(text_part("Наталья Кравчук приняла приглашение: Совещание по зимнему графику работ, "
                     "25 ноября 2026, 10:00–11:00", "utf-8", "base64"))
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Mail.Ru//Calendar//RU\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
       "BEGIN:VEVENT\r\nUID:20261118T093000-omis-7731@zakazchik-omis.ru\r\nDTSTAMP:20261118T171000Z\r\n"
       "DTSTART:20261125T070000Z\r\nDTEND:20261125T080000Z\r\n"
       "SUMMARY:Совещание по зимнему графику работ\r\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Наталья Кравчук:mailto:natasha.kravchuk@mail.ru\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
cp = text_part(ics, "utf-8", "base64", "calendar")
cp.set_param("method", "REPLY")
cal.attach(cp)
finish(cal, d(18, 20, 10), NAT, "Принято: Совещание по зимнему графику работ", "web")
add(d(18, 20, 10), cal, I("calendar acceptance generated by mail client"))

promo = ("<HTML><BODY><h2>ОкнаДвери Тихорецк – готовим окна к зиме!</h2>"
         "<p>Утепление и регулировка пластиковых окон – скидка 10% до 30 ноября.</p>"
         "<p>Снимем и сохраним москитные сетки до весны бесплатно.</p>"
         "<p>Тел. 8 918 431 27 05, г. Тихорецк, ул. Воровского, 112</p>"
         "<p style='font-size:10px'>Вы получили это письмо, так как подписаны на рассылку. "
         "<a href='https://okna-dveri-tih.ru/unsubscribe?u=7731'>Отписаться</a></p></BODY></HTML>")
bm = text_part(promo, "utf-8", "base64", "html")
finish(bm, d(13, 10, 0, 0), ("ОкнаДвери Тихорецк", "noreply@" + SITE), "Готовим окна к зиме: скидка 10% на утепление",
       "mailer." + SITE, extra={"Precedence": "bulk", "List-Id": "<news.okna-dveri-tih.ru>",
                                "List-Unsubscribe": "<https://okna-dveri-tih.ru/unsubscribe?u=7731>",
                                "X-Mailer": "UniSender"})
add(d(13, 10, 0), bm, I("bulk promotional newsletter"))

phone(d(24, 9, 6), "", "Приехали",
      R("no subject, no request number"))

# ======================= 314425 пищеблок =======================
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(text_part("Это уведомление о прочтении сообщения, отправленного 23.11.2026 10:05.\n\n"
                    "Сообщение было прочитано 23.11.2026 10:41.", "windows-1251", "qp"))
mdn = Message()
mdn.set_type("message/disposition-notification")
mdn.set_payload("Reporting-UA: NATASHA; Microsoft Outlook Express 6.00.2900.5931\n"
                "Final-Recipient: rfc822;natasha.kravchuk@mail.ru\n"
                "Original-Message-ID: <20261123100512.88411@zakazchik-omis.ru>\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
finish(rr, d(23, 10, 41), NAT, "Прочитано: Заявка 314425 ЦРБ пищеблок", "oe", charset="windows-1251")
add(d(23, 10, 41), rr, I("read receipt from Outlook Express"))

q = ("Добрый день.\nЗаявка 314425, ЦРБ, пищеблок.\n1 – дверь склада, заменить доводчик\n"
     "2 – дверь моечной, не закрывается\nДиспетчерская ОМИС")
web(d(23, 11, 22), NAT, "Re: Заявка 314425 ЦРБ пищеблок",
    "приняли пищеблок завтра виталик с утра поедет пропуск у него теперь есть постоянный слава богу "
    "\n\n\n" + webquote(d(23, 10, 5), DISP, q),
    L(P, "314425", note="accepted"))

phone(d(24, 8, 31), "314425 (2)", "Едем",
      L(V, "314425", ["2"], "position in brackets in subject"))

web(d(24, 9, 22), NAT, "пищеблок",
    "виталик пpеехал на пищеблок по 314425 начал со второй двери (п.2) которая в моечную",
    L(M, "314425", ["2"], "arrived (Latin р inside word), working on 2nd door п.2"))

fw = "314425 по 2 дверь готова уехал по 1 нужен доводчик новый заказали"
oe(d(24, 15, 33), "Fw: пищеблок",
   "пересылаю от виталика\n\n----- Original Message ----- \n"
   f"From: \"Виталий\" <{VIT[1]}>\nTo: <{NAT[1]}>\nSent: {oe_date(d(24, 15, 10))}\nSubject: пищеблок\n\n"
   + fw + "\n\n--\nОтправлено из мобильной Почты Mail.ru",
   L(U, "314425", ["2"], "Outlook Express forward: pos 2 done and left; pos 1 waiting for part"))

web(d(26, 12, 4), NAT, "Re: Re: 314425",
    "по первой тоже всё доводчик привезли вчера вечером поставили виталик уехал в седьмом часу "
    "забыла вчера написать",
    L(U, "314425", ["1"], "pos 1 done yesterday evening; number only in subject"))


# ======================= write =======================
def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    labels = {}
    LETTERS.sort(key=lambda x: x[0])
    for i, (dt, msg, label) in enumerate(LETTERS, 1):
        name = f"{i:03d}.eml"
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(msg.as_bytes())
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v["expect"] for v in labels.values()))


main()
