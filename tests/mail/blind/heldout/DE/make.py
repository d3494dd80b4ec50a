# -*- coding: utf-8 -*-
"""Generator of test letters for persona DE: ИП Захаров Пётр Ильич (Костромская обл.).

Letters are written by his granddaughter Настя (Gmail / university webmail), by the
village head (Outlook, windows-1251), by the administration's secretary (The Bat!),
plus machine mail. Run: python3 make.py  -> letters/*.eml, labels.json, registry.json
"""
import json
import os
import random
import html as htmlmod
from datetime import datetime, timezone, timedelta
from email import charset as cs_mod
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(4402)

MSK = timezone(timedelta(hours=3))
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

G = ("Анастасия Захарова", "nastya.zakharova.44@gmail.com")
U = ("Захарова Анастасия Сергеевна", "zakharova.as@stud.kgu-kostroma.ru")
A = ("Кудрявцев С.В.", "glava@mihailovskoe-sp.ru")
S = ("Администрация Михайловского СП", "priemnaya@mihailovskoe-sp.ru")
NEWS = ("Вестник Михайловского поселения", "news@mihailovskoe-sp.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@stud.kgu-kostroma.ru")

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]

U_SIG = ("--\nЗахарова Анастасия Сергеевна\n"
         "студентка 3 курса, Институт физико-математических и естественных наук КГУ\n"
         "156005, г. Кострома, ул. Дзержинского, д. 17")
A_SIG = ("С уважением,\nГлава Михайловского сельского поселения\nС.В. Кудрявцев\n"
         "тел. 8 (49433) 2-15-07\n"
         "157025, Костромская обл., Судиславский р-н, с. Михайловское, ул. Советская, д. 1")


def dt(day, hh, mm):
    return datetime(2026, 11, day, hh, mm, random.randint(0, 59), tzinfo=MSK)


def gattr(day, hh, mm, who):
    """Russian Gmail attribution line."""
    d = datetime(2026, 11, day, hh, mm, tzinfo=MSK)
    return "%s, %d нояб. 2026 г. в %02d:%02d, %s <%s>:" % (WD[d.weekday()], day, hh, mm, who[0], who[1])


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def lat(s):
    """Put Latin look-alike letters inside Cyrillic words (phone keyboard mix-up)."""
    return s.replace("е", "e").replace("а", "a").replace("о", "o")


def mkcs(name, body, header):
    c = Charset(name)
    c.body_encoding = body
    c.header_encoding = header
    return c


def plain_to_html(text):
    """Very small Gmail-like HTML rendering: quoted blocks become blockquotes."""
    lines = text.split("\n")
    parts, buf, i = [], [], 0
    while i < len(lines):
        l = lines[i]
        if l.endswith(":") and i + 1 < len(lines) and lines[i + 1].startswith(">"):
            if buf:
                parts.append('<div dir="ltr">' + "<br>".join(htmlmod.escape(x) for x in buf) + "</div>")
                buf = []
            q = []
            i += 1
            while i < len(lines) and lines[i].startswith(">"):
                x = lines[i]
                q.append(x[2:] if x.startswith("> ") else x[1:])
                i += 1
            parts.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                         'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                         % (htmlmod.escape(l), plain_to_html("\n".join(q))))
            continue
        buf.append(l)
        i += 1
    if buf:
        parts.append('<div dir="ltr">' + "<br>".join(htmlmod.escape(x) for x in buf) + "</div>")
    return "".join(parts)


letters = []   # (datetime, Message, label)


def msgid(sender, d):
    tag = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                  for _ in range(28))
    dom = sender[1].split("@")[1]
    if dom == "gmail.com":
        return "<CAG%s@mail.gmail.com>" % tag
    if dom == "stud.kgu-kostroma.ru":
        return "<%s.%s@stud.kgu-kostroma.ru>" % (tag[:16].lower(), d.strftime("%Y%m%d%H%M%S"))
    return "<%s$%s$%s@mihailovskoe-sp.ru>" % (tag[:12].lower(), tag[12:20].lower(), tag[20:28].lower())


def letter(sender, d, subject, label, plain=None, html=None, charset="utf-8",
           cte=QP, hcte=BASE64, extra=None, mailer=None, to=DISPATCH, reply_to_id=None):
    cs = mkcs(charset, cte, hcte)
    if plain is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(MIMEText(plain, "plain", cs))
        m.attach(MIMEText(html, "html", cs))
    elif html is not None:
        m = MIMEText(html, "html", cs)
    else:
        m = MIMEText(plain, "plain", cs)
    _headers(m, sender, d, subject, charset, hcte, extra, mailer, to, reply_to_id)
    letters.append((d, m, label))
    return m


def _headers(m, sender, d, subject, charset, hcte, extra=None, mailer=None, to=DISPATCH, reply_to_id=None):
    # put the address headers first, as real clients do
    hdrs = []
    hdrs.append(("Message-ID", msgid(sender, d)))
    hdrs.append(("Date", format_datetime(d)))
    hdrs.append(("From", formataddr(sender, charset=charset if charset != "us-ascii" else "utf-8")))
    if to is not None:
        hdrs.append(("To", formataddr(to, charset=charset if charset != "us-ascii" else "utf-8")))
    try:
        subject.encode("ascii")
        subj = subject
    except UnicodeEncodeError:
        subj = Header(subject, mkcs(charset, None, hcte), header_name="Subject")
    hdrs.append(("Subject", subj))
    if reply_to_id:
        hdrs.append(("In-Reply-To", reply_to_id))
        hdrs.append(("References", reply_to_id))
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    for k, v in (extra or {}).items():
        hdrs.append((k, v))
    if m.is_multipart():
        for part in m.walk():
            if part is not m and "MIME-Version" in part:
                del part["MIME-Version"]
    existing = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in hdrs:
        m[k] = v
    for k, v in existing:
        m[k] = v


def gmail(d, subject, body, label, html=None, multipart=True, cte=QP, reply=False):
    h = html if html is not None else (plain_to_html(body) if multipart else None)
    rid = "<disp-%s@zakazchik-omis.ru>" % d.strftime("%m%d%H%M") if reply else None
    return letter(G, d, subject, label, plain=body, html=h, charset="utf-8", cte=cte,
                  hcte=BASE64, reply_to_id=rid)


def koi(t):
    """KOI8-R has no №, dashes or guillemets: the old webmail users type them plainly."""
    return (t.replace("№", "N").replace("—", "-").replace("–", "-")
             .replace("«", '"').replace("»", '"'))


def univ(d, subject, body, label, cte=QP, reply=False):
    body, subject = koi(body), koi(subject)
    rid = "<disp-%s@zakazchik-omis.ru>" % d.strftime("%m%d%H%M") if reply else None
    return letter(U, d, subject, label, plain=body, charset="koi8-r", cte=cte, hcte=BASE64,
                  mailer="Roundcube Webmail/1.4.15", reply_to_id=rid)


def outlook(d, subject, body, label, cte=QP, sender=A):
    paras = "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (htmlmod.escape(l) if l else "&nbsp;")
                    for l in body.split("\n"))
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
         '<meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
         '<body lang=RU><div class=WordSection1>%s</div></body></html>' % paras)
    body = body.replace("\n", "\r\n")
    return letter(sender, d, subject, label, plain=body, html=h, charset="windows-1251", cte=cte,
                  hcte=BASE64, mailer="Microsoft Outlook 16.0",
                  extra={"Thread-Index": "AdtQ%sw==" % random.randint(10 ** 9, 10 ** 10),
                         "Content-Language": "ru"})


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 110214 Сельцо, школа
gmail(dt(2, 19, 42), "Заявка 110214 школа Сельцо", """Здравствуйте!

Меня зовут Анастасия, я внучка Петра Ильича Захарова (ИП Захаров П.И., электрик). Своей почты у дедушки нет, поэтому писать вам буду я, он мне звонит и всё рассказывает.

Дедушка просил передать, что заявку № 110214 по Сельцовской школе он принял. Завтра с утра поедет туда, начнёт со спортзала.

Его телефон, если что-то срочное: +7 915 904-27-13 (лучше звонить после 8 утра и до 9 вечера, он рано ложится :) )

Анастасия Захарова
""", D("110214", [], ACC, "granddaughter passes on: request accepted; 'завтра поедет' is only a plan"))

gmail(dt(3, 8, 3), "смс от деда", """Доброе утро! Дед прислал мне смс и попросил переслать вам, копирую как есть:

Дед Петя, 03.11.2026 07:51
ВЫЕХАЛ В СЕЛЬЦО ШКОЛА ЗАЯВКА 110214 БУДУ К 9

Настя
""", D("110214", [], WAY, "forwarded SMS in caps: left for the site; 07:51 is an SMS timestamp"), multipart=False)

gmail(dt(3, 10, 26), "Re: Заявка 110214 школа Сельцо", """Дед позвонил — он уже в школе, начал со спортзала (позиция 1). Завхоз его встретила, свет в зале пока отключили.

%s
%s
""" % (gattr(3, 9, 2, DISPATCH), quote("""Анастасия, добрый день!
Спасибо, приняли к сведению. Напоминаем состав заявки 110214:
1 — освещение спортзала, 2 — щиток пищеблока, 3 — наружное освещение.
Просим сообщать о выезде, прибытии и завершении работ.

Диспетчерская служба ОМИС
тел. 8 (4942) 31-40-50""")),
      D("110214", ["1"], ON, "on site, working on position 1; the quoted list of positions is history"), reply=True)

gmail(dt(3, 18, 55), "110214 - итог за день", """Добрый вечер!

Дед вернулся домой и рассказал, что успел сегодня по 110214:
- спортзал (п.1) — сделан, поменял 6 светильников, все горят;
- щиток на пищеблоке (п.2) — тоже готов, поставил новый автомат на 25А и пустил кабель ВВГ 3х2,5 до плит.

А вот наружное освещение (п.3) пока не получилось — без вышки на столбы он не полезет (и я его не пущу!!). Договаривается с Сергеем из Судиславля насчёт автовышки, скорее всего на четверг.

Настя
""", D("110214", ["1", "2"], LEFT, "positions 1 and 2 finished; position 3 only planned. 25А, ВВГ 3х2,5 are not numbers of anything"))

gmail(dt(4, 9, 12), "вопрос по вышке (Сельцо)", """Здравствуйте!

Подскажите, пожалуйста: по школе в Сельцо (110214, фонари снаружи) может ли ваша сторона дать автовышку? Дедушка спрашивает, у него своей, понятно, нет, а у Сергея вышка стоит 2500 в час. И кто тогда платит за аренду — он или вы?

Спасибо!
Настя
""", R("question about a lift truck and who pays; no status"))

# ---------------------------------------------------------------- 110387 ДК Фёдоровское
univ(dt(3, 13, 14), "обращение 110387", """Добрый день.

По обращению № 110387 (ДК д. Фёдоровское): Пётр Ильич заявку принял. Приехать сможет только в четверг, 05.11, до этого он занят в Сельцовской школе.

%s
""" % U_SIG, D("110387", [], ACC, "university address, KOI8-R: accepted; arrival planned for Thursday; 156005/17 are postal index and house"))

gmail(dt(4, 16, 20), "ДК Фёдоровское 110387 ключи", """Здравствуйте ещё раз :)

Дедушка спрашивает по ДК в Фёдоровском: у кого там брать ключи? В прошлом году был сторож Василий, но дед говорит, что он вроде переехал к дочке.
И ещё: при замене вводного щита придётся отключить весь ДК часа на два, а там по четвергам кружок в 17:00. Может, надо кого-то предупредить?

Настя
""", R("questions about keys and a power cut; nothing reported"))

outlook(dt(5, 8, 50), "О заявке №110502 (ФАП с. Михайловское)", """Уважаемые коллеги!

Администрация Михайловского сельского поселения сообщает, что индивидуальный предприниматель Захаров Пётр Ильич (ИНН 440700318652) принял в работу заявку №110502 на ремонт электропроводки в процедурном кабинете ФАП с. Михайловское (ул. Школьная, д. 4).

Поскольку собственной электронной почты у П.И. Захарова нет, информация направляется с адреса администрации по его просьбе.

%s
""" % A_SIG, D("110502", [], ACC, "village head writes formally on his behalf: accepted; INN, house numbers, index are noise"))

gmail(dt(5, 9, 31), "Re: ДК Фёдоровское 110387 ключи", """Спасибо большое! Дед уже едет туда, сказал будет минут через 40. Галине Ивановне он позвонил, она подойдёт к ДК.

%s
%s
""" % (gattr(4, 17, 5, DISPATCH), quote("""Анастасия, добрый вечер.
Ключи от ДК у заведующей, Соколовой Галины Ивановны, тел. +7 920 648-11-90.
Кружок предупредим, отключение согласовано с 10:00 до 15:00.""")),
      D("110387", [], WAY, "number only in the Re: subject; 'едет, будет через 40 минут' = on the way"), reply=True)

_tbl_plain = """Здравствуйте!

Дед продиктовал по телефону, а я оформила табличкой, чтобы вам было удобнее :)

Заявка 110387, ДК д. Фёдоровское
П1 — софиты над сценой: заменил 4 патрона и проводку к ним — выполнено
П2 — вводной щит: новый щит ЩРН-12, вводной автомат 40А, показания счётчика 18342 — выполнено

Из ДК уехал в 15:20, Галина Ивановна всё приняла.

Настя
"""
_tbl_html = """<div dir="ltr"><div>Здравствуйте!</div><div><br></div>
<div>Дед продиктовал по телефону, а я оформила табличкой, чтобы вам было удобнее :)</div><div><br></div>
<div><b>Заявка 110387, ДК д. Фёдоровское</b></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Позиция</th><th>Что сделано</th><th>Статус</th></tr>
<tr><td>П1</td><td>софиты над сценой: заменил 4 патрона и проводку к ним</td><td>выполнено</td></tr>
<tr><td>П2</td><td>вводной щит: новый щит ЩРН-12, вводной автомат 40А, показания счётчика 18342</td><td>выполнено</td></tr>
</table><div><br></div>
<div>Из ДК уехал в 15:20, Галина Ивановна всё приняла.</div><div><br></div><div>Настя</div></div>"""
gmail(dt(5, 15, 48), "ДК Фёдоровское — сделано", _tbl_plain,
      D("110387", ["1", "2"], LEFT, "HTML table, one row per position, both done, left at 15:20; ЩРН-12/40А/18342 are equipment and meter reading"),
      html=_tbl_html, cte=BASE64)

# ---------------------------------------------------------------- 110745 почта Ильинское
gmail(dt(5, 16, 2), "наряд 110745", """Добрый день!

Дедушка взял наряд 110745 — почта в Ильинском (ОПС 157030, ул. Полевая, д. 9). Поедет в понедельник первым автобусом: в Ильинское он на машине не ездит, там подъём страшный, зимой не вылезешь.

Настя
""", D("110745", [], ACC, "'взял наряд' = accepted; 157030 is the post-office index, 9 a house number"))

# read receipt from the village head's Outlook
_rr = MIMEMultipart("report", report_type="disposition-notification")
_rr.attach(MIMEText("""Ваше сообщение

  Кому: Кудрявцев С.В.
  Тема: RE: О заявке №110502 (ФАП с. Михайловское)
  Отправлено: 05.11.2026 9:30

было прочитано 05.11.2026 17:10.
""".replace("\n", "\r\n"), "plain", mkcs("windows-1251", QP, BASE64)))
_mdn = MIMEBase("message", "disposition-notification")
_mdn.set_payload("Reporting-UA: mihailovskoe-sp.ru; Microsoft Outlook 16.0\r\n"
                 "Final-Recipient: rfc822;glava@mihailovskoe-sp.ru\r\n"
                 "Original-Message-ID: <disp-11050930@zakazchik-omis.ru>\r\n"
                 "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
_rr.attach(_mdn)
_headers(_rr, A, dt(5, 17, 10), "Прочитано: RE: О заявке №110502 (ФАП с. Михайловское)", "windows-1251",
         BASE64, mailer="Microsoft Outlook 16.0")
letters.append((dt(5, 17, 10), _rr, I("read receipt (disposition notification) generated by Outlook")))

gmail(dt(6, 8, 40), "110214 (3)", """Доброе утро! Простите, что пишу только сейчас — вчера поздно было.

Вчера вечером он закончил фонари у школы в Сельцо, все 4 горят. После ДК сразу поехал туда, Сергей с вышкой его уже ждал. Уехал оттуда дед уже в темноте, около шести.

Настя
""", D("110214", ["3"], LEFT, "late report of yesterday's finish; position only in subject '(3)'"))

gmail(dt(6, 9, 20), "110502 поз1", """Здравствуйте! Дед с 9 утра на ФАПе в Михайловском, работает по позиции 1 — процедурный кабинет. Фельдшер просила закончить до 14, у неё приём, так что он торопится)

Настя
""", D("110502", ["1"], ON, "on site since 9:00; 14 is a time"))

_ar = MIMEText("""Здравствуйте!

Я на учебной практике до 16.11.2026, почту на этом адресе проверяю редко.
По вопросам ИП Захарова П.И. пишите на nastya.zakharova.44@gmail.com или звоните Петру Ильичу: +7 915 904-27-13.

Это автоматический ответ.
""", "plain", mkcs("koi8-r", QP, BASE64))
_headers(_ar, U, dt(6, 11, 0), "Автоответ: RE: обращение 110387", "koi8-r", BASE64,
         extra={"Auto-Submitted": "auto-replied (vacation)", "X-Autoreply": "yes", "Precedence": "junk"})
letters.append((dt(6, 11, 0), _ar, I("vacation auto-reply from the university mailbox; subject carries a request number but nothing is reported")))

univ(dt(6, 17, 5), "Заявка 110502 - выполнено", """Здравствуйте.

Передаю со слов дедушки: проводку в процедурном кабинете ФАПа он поменял полностью — кабель ВВГнг 3х2,5, 22 метра, автомат 16А, две новые розетки, всё прозвонил. Фельдшер довольна. С ФАПа ушёл в 13:50, к её приёму успел.

%s
""" % U_SIG, D("110502", [], LEFT, "work done, left at 13:50; cable/amperage numbers are noise"))

gmail(dt(7, 10, 15), "ещё по ФАПу 110502", """Здравствуйте! Дед вспомнил, что забыл сказать: он по 110502 заодно сделал и позицию 2 — фонарь над крыльцом ФАПа, там патрон сгорел. Отметьте, пожалуйста, тоже)

Настя
""", R("position 2 does not exist in request 110502 (only position 1)"))

gmail(dt(9, 7, 48), "110745 смс", """Пересылаю смс от деда, он уже едет:

«Сел на автобус 7:05 еду в Ильинское на почту» — пн, 9 ноября, 07:41

Это по заявке 110745.
""", D("110745", [], WAY, "forwarded SMS: on the bus to the site; 7:05 is a bus time"), multipart=False)

gmail(dt(9, 12, 35), "Re: наряд 110745", """Здравствуйте! Розетки в операционном зале (поз. 1) дед сделал — четыре штуки, всё проверил, начальница отделения уже включила свои компьютеры.
А вот с вывеской (поз. 2) пока никак: привезли лампы не той длины, он заказал в Костроме Т8 1200 мм, обещали к четвергу. Тогда и доделает.

%s
%s
""" % (gattr(6, 10, 11, DISPATCH), quote("""Анастасия, спасибо, наряд 110745 отметили как принятый.
Ждём информацию о выезде.

%s
%s""" % (gattr(5, 16, 2, G), quote("""Добрый день!
Дедушка взял наряд 110745 — почта в Ильинском (ОПС 157030, ул. Полевая, д. 9).""")))),
      D("110745", ["1"], LEFT, "position 1 done, position 2 postponed (lamps ordered); T8 1200 mm is a lamp size"), reply=True)

# ---------------------------------------------------------------- 111020 Воронье школа
univ(dt(9, 14, 30), "111020 принято", """Здравствуйте.

Заявку 111020 (Вороньевская СОШ, 4 кабинета) дедушка принял. Поедет завтра на своей «Ниве» (Н 417 ОК 44), если дорогу не заметёт.

%s
""" % U_SIG, D("111020", [], ACC, "accepted; car plate Н 417 ОК 44 and '4 кабинета' are not positions"), cte=BASE64)

gmail(dt(10, 8, 15), "Воронье", """Доброе утро! Дедушка выехал из дома в 8:05, едет в Вороньевскую школу (с. Воронье, ул. Молодёжная, д. 3 — 111020). По дороге заедет в Судиславль за кабелем, так что будет часам к десяти.
""", D("111020", [], WAY, "left home FOR the site; request number in brackets after the address"))

_bat = """Здравствуйте, Диспетчерская.

Вы писали 10 ноября 2026 г., 9:12:

ДО> Добрый день. Направляем заявку 111133 (ФАП д. Богородское): поз. 1 - замена
ДО> счётчика электроэнергии, поз. 2 - светильник над входом. Просим передать
ДО> ИП Захарову П.И. и подтвердить принятие.

Передали. Пётр Ильич заявку принял, выезд планирует на четверг, 12.11, с утра - в Воронье у него ещё работы.

--
С уважением,
Смирнова Людмила Андреевна,
специалист администрации Михайловского сельского поселения
тел. 8 (49433) 2-15-07
""".replace("\n", "\r\n")
letter(S, dt(10, 10, 40), "Re: Заявка 111133 (ФАП д. Богородское)",
       D("111133", [], ACC, "The Bat! reply with 'ДО>' initials quoting; new text: accepted, trip planned"),
       plain=_bat, charset="windows-1251", cte=None, hcte=QP,
       mailer="The Bat! (v9.4.5) Professional", reply_to_id="<disp-11100912@zakazchik-omis.ru>")

gmail(dt(10, 11, 2), "Re: 111020 принято", """Он на месте! Начал с кабинетов физики и химии (1 и 2). Директор просила информатику (3) отложить до каникул, но дед сказал, что постарается завтра, пока дети на уроках в другом крыле.

%s
%s
""" % (gattr(9, 15, 2, DISPATCH), quote("""Принято, спасибо. Состав заявки 111020:
1 — кабинет физики, 2 — кабинет химии, 3 — кабинет информатики, 4 — мастерская (труд).""")),
      D("111020", ["1", "2"], ON, "on site working on positions 1 and 2; position 3 only a plan"), reply=True)

gmail(dt(10, 18, 30), "Вечерний отчёт по Воронью (111020)", """Добрый вечер!

По 111020 на сегодня: П1 и П2 готовы. В физике поменял щиток и 8 розеток, в химии подключил вытяжку (там кабель ВВГ 3х1,5, автомат 10А).
П3 и П4 — завтра, он переночует у знакомых в Воронье, чтобы не мотаться туда-обратно.

Настя
""", D("111020", ["1", "2"], LEFT, "П1, П2 finished; П3, П4 planned for tomorrow"))

gmail(dt(11, 13, 40), "111020 поз 3 и 4", """Дед звонил на перемене :) Информатику (поз. 3) он закончил ещё утром, до уроков. А сейчас он в кабинете труда (поз. 4) — там станки, много возни, сказал, до вечера провозится.
""", R("different statuses for different positions: 3 finished, 4 in progress on site"))

gmail(dt(11, 20, 5), "Никольское ДК", """Пересылаю, что дед написал (смс от 11.11.2026, 19:58):

«Настя передай ПРИНЯЛ 111480 никольское ДК аварийка»
""", D("111480", [], ACC, "dictated SMS: accepted"), multipart=False)

gmail(dt(12, 8, 20), "Re: Вечерний отчёт по Воронью (111020)", """Доброе утро! Вчера вечером он закончил кабинет труда, уехал из Вороньего около семи. Так что по 3-й и 4-й позиции тоже всё — по школе закончено.

%s
%s
""" % (gattr(11, 8, 30, DISPATCH), quote("""Спасибо, позиции 1 и 2 отметили. Ждём информацию по 3 и 4.

%s
%s""" % (gattr(10, 18, 30, G), quote("""Добрый вечер!
По 111020 на сегодня: П1 и П2 готовы.""")))),
      D("111020", ["3", "4"], LEFT, "late report: finished yesterday evening, left FROM the village; quoted 'позиции 1 и 2' is history"), reply=True)

gmail(dt(12, 8, 55), "смс", """Дед прислал:

12.11.2026 8:41
выехол в богародское на фап щетчик везу

Это заявка 111133 (ФАП Богородское). Орфография дедушкина :)
""", D("111133", [], WAY, "SMS with typos 'выехол': left for the site"), multipart=False)

_fw = """Пересылаю для сведения.
С.В. Кудрявцев

From: ФАП д. Богородское [mailto:fap.bogorodskoe@yandex.ru]
Sent: Thursday, November 12, 2026 9:52 AM
To: glava@mihailovskoe-sp.ru
Subject: электрик

Сергей Викторович, добрый день. Пётр Ильич приехал к нам в 9:40, работает. Заявка 111133, как вы говорили.
Фельдшер Белова Н.П.
тел. 8 (49433) 2-31-18
"""
outlook(dt(12, 10, 15), "FW: электрик", _fw,
        D("111133", [], ON, "Outlook forward of the feldsher's message: arrived 9:40; forwarded report counts"))

gmail(dt(12, 13, 5), "#111290", """Здравствуйте! Дед просил написать коротко, цитирую: «#111290 принял, в пятницу буду». Это он так с решёточкой сказал, у вас в бумаге так напечатано :)
Глазовская школа, если что.

Настя
""", D("111290", [], ACC, "number written with '#', dictated words in quotes"))

gmail(dt(12, 15, 30), "111133 п.1 счётчик", """Здравствуйте! Дед поменял счётчик на ФАПе в Богородском и просил обязательно передать вам цифры, записываю как он продиктовал:

старый счётчик СО-505, показания 012345,6
новый — Меркурий 201.8, заводской № 41236677, показания 000000,3
пломба № 0457812

Акт замены он оставил фельдшеру, Нине Петровне.

Настя
""", D("111133", ["1"], LEFT, "position 1 (meter) replaced; meter models, serial, readings, seal number are noise"))

gmail(dt(13, 9, 0), "Re: 111133 п.1 счётчик", """Ой, вчера забыла дописать: фонарь над входом (позиция 2) он тоже поменял — поставил светодиодный на 30 Вт. Из Богородского уехал около двух.

%s
%s
""" % (gattr(12, 15, 30, G), quote("""Здравствуйте! Дед поменял счётчик на ФАПе в Богородском и просил обязательно передать вам цифры, записываю как он продиктовал:

старый счётчик СО-505, показания 012345,6""")),
      D("111133", ["2"], LEFT, "Re: subject says п.1 but body reports position 2 done and departure"))

# ---------------------------------------------------------------- 111602 Ильинская школа, 111290 Глазово
univ(dt(13, 12, 30), "Заявка 111602", """Здравствуйте!

По заявке 111602 (Ильинская ООШ) дедушка принял все позиции — 1, 2 и 3. Поедет в понедельник, 16.11, автобусом в 6:50, в Ильинское он на машине не ездит.

%s
""" % U_SIG, D("111602", ["1", "2", "3"], ACC, "accepted, positions listed explicitly"))

gmail(dt(13, 16, 45), "Re: Никольское ДК", """Здравствуйте! По ДК в Никольском (111480): дед поедет туда в субботу утром, раньше никак — сегодня он в Глазове. Глава обещал открыть ДК к девяти.

%s
%s
""" % (gattr(12, 9, 15, DISPATCH), quote("""Анастасия, спасибо. Подскажите, когда планируется выезд по 111480?""")),
      R("only a plan ('поедет в субботу'), no status happened"), reply=True)

univ(dt(13, 19, 20), "111290 Глазово", """Заявка 111290 (Глазовская начальная школа), 13.11.2026

Выезд — 07:30
Прибытие — 08:20
Поз. 1 — выключатели в двух классах — выполнено
Поз. 2 — подключение электрокотла в котельной — выполнено
Убытие — 15:45

Записала со слов П.И. Захарова — А.С. Захарова
""", D("111290", ["1", "2"], LEFT, "noun-style log: выезд, прибытие, убытие; latest = убытие"), cte=BASE64)

gmail(dt(14, 10, 20), "Fwd: ДК Никольское", """Пересылаю — глава почему-то написал мне, а не вам :)

---------- Forwarded message ---------
От: Кудрявцев С.В. <glava@mihailovskoe-sp.ru>
Date: сб, 14 нояб. 2026 г. в 09:58
Subject: ДК Никольское
To: Анастасия Захарова <nastya.zakharova.44@gmail.com>


Анастасия Сергеевна, доброе утро.

Пётр Ильич в 9:30 прибыл в ДК с. Никольское, работы по аварийному освещению (заявка 111480) начаты. Прошу довести до заказчика.

С уважением, С.В. Кудрявцев
""", D("111480", [], ON, "Gmail forward of the village head's message: arrived 9:30; forwarded report counts"))

gmail(dt(14, 17, 40), "Заявка 111408", """Заявка 111408 — всё сделано, дед уехал из ДК в 17:20. Подробности позже, он ещё за рулём.
""", R("111408 is not in the registry (digits swapped); the dispatcher cannot record it"), multipart=False)

gmail(dt(14, 17, 52), "Заявка 111480 (исправление)", """Извините, в прошлом письме я перепутала цифры — правильно не 111408, а 111480, ДК Никольское.

И дед велел написать большими буквами: ГОТОВО. Аварийное освещение в ДК горит, все 6 табличек «Выход» светятся, аккумуляторы он проверил. Уехал в 17:20.

Настя
""", D("111480", [], LEFT, "correction of the wrong number; ГОТОВО, left at 17:20"))

gmail(dt(16, 7, 5), "111602 выехал", """Доброе утро! Дед уже в автобусе, едет в Ильинскую школу — сел на 6:50 в Михайловском, будет в Ильинском в 7:40. Обратно автобусы в 14:20 и 16:50.
""", D("111602", [], WAY, "on the bus to the site; bus schedule times are noise"))

gmail(dt(16, 9, 0), "111602 " + lat("на месте"), lat("Дед на месте") + """, в Ильинской школе. Начал со щитовой (""" + lat("поз") + """. 3), потом пищеблок и коридор.
""", D("111602", ["3"], ON, "Latin look-alike letters inside 'на месте', 'поз'; on site working on position 3"))

gmail(dt(16, 10, 30), "111290 котёл", """Здравствуйте! Дедушка просил уточнить по Глазовской школе (111290): котёл в котельной очень старый, ТЭН там, по его словам, долго не протянет. Менять его — это нужна отдельная заявка или можно по этой? ТЭН стоит около 3 200 руб., он может привезти из Костромы.

Настя
""", R("question about extra work and price; no status"))

outlook(dt(16, 15, 0), "RE: Заявка 111875 - почтовое отделение с. Михайловское", """Добрый день.

Информирую, что заявка 111875 принята ИП Захаровым П.И. к исполнению. Начало работ — ориентировочно 18.11.2026.

%s

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 16 ноября 2026 г. 9:45
Кому: glava@mihailovskoe-sp.ru
Тема: Заявка 111875 - почтовое отделение с. Михайловское

Сергей Викторович, добрый день!
Просим передать П.И. Захарову заявку 111875 (ОПС 157025 с. Михайловское): 1 - замена ВРУ, 2 - освещение склада. Просим подтвердить принятие.
""" % A_SIG, D("111875", [], ACC, "Outlook reply above an От:/Отправлено:/Кому:/Тема: block; accepted"))

gmail(dt(16, 18, 10), "Re: 111602 " + lat("на месте"), """Всё, по Ильинской школе дед закончил: плиты на пищеблоке подключил, в коридоре свет сделал, щитовую перебрал. Из школы ушёл около двух, потом у него ещё почта (напишу отдельно).
Директор просила ещё розетку в учительской посмотреть — он сказал, это уже отдельной заявкой, пусть школа подаёт.

%s
%s
""" % (gattr(16, 9, 0, G), quote(lat("Дед на месте") + ", в Ильинской школе.")),
      D("111602", [], LEFT, "Re: subject still says 'на месте', body reports everything finished and he left; no position numbers named"))

gmail(dt(16, 19, 30), "110745-2", """Лампы пришли! Дед после школы зашёл на почту в Ильинском и подключил вывеску, всё светится) Он велел передать: «на почте всё, вывеска горит, я освободился». Домой уехал автобусом в 16:50.

Настя
""", D("110745", ["2"], LEFT, "position after a dash in the subject; 'освободился', went home"))

gmail(dt(17, 11, 20), "по 111875 вопрос", """Здравствуйте! Дед заходил вчера вечером на почту в Михайловском посмотреть щит (он там рядом живёт). Говорит, ВРУ совсем старое, менять одни автоматы смысла нет — надо весь щит, это примерно 18 500 руб. с материалами. Можно так делать или нужно сначала согласовать с вами? Без ответа он начинать не будет.

Настя
""", R("price/scope question, explicitly not started"))

gmail(dt(17, 12, 0), "дед на месте", """Здравствуйте! Дедушка просил передать, что он на месте, начал работать. Вечером напишу подробнее, сейчас бегу на пару!
""", R("no request number and no identifying quote: cannot tell which request"))

# bounce from the university mail server
_b = MIMEMultipart("report", report_type="delivery-status")
_b.attach(MIMEText("""This is the mail system at host mx.stud.kgu-kostroma.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<zakharova.as@stud.kgu-kostroma.ru>: maildrop: mailbox is full (quota exceeded)
""", "plain", "us-ascii"))
_ds = MIMEBase("message", "delivery-status")
_m1 = Message()
_m1["Reporting-MTA"] = "dns; mx.stud.kgu-kostroma.ru"
_m1["X-Postfix-Queue-ID"] = "4Ht7Yq2ZbKz9vB"
_m1["Arrival-Date"] = "Tue, 17 Nov 2026 13:59:51 +0300 (MSK)"
_m2 = Message()
_m2["Final-Recipient"] = "rfc822; zakharova.as@stud.kgu-kostroma.ru"
_m2["Action"] = "failed"
_m2["Status"] = "5.2.2"
_m2["Diagnostic-Code"] = "x-unix; maildrop: maildir over quota."
_ds.set_payload([_m1, _m2])
_b.attach(_ds)
_orig = MIMEBase("text", "rfc822-headers")
_orig.set_payload("Message-ID: <disp-11171358@zakazchik-omis.ru>\n"
                  "Date: Tue, 17 Nov 2026 13:58:40 +0300\n"
                  "From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n"
                  "To: zakharova.as@stud.kgu-kostroma.ru\n"
                  "Subject: =?utf-8?b?UmU6INCX0LDRj9Cy0LrQsCAxMTE2MDI=?=\n")
_b.attach(_orig)
_headers(_b, DAEMON, dt(17, 14, 0), "Undelivered Mail Returned to Sender", "us-ascii", BASE64,
         extra={"Auto-Submitted": "auto-replied"})
letters.append((dt(17, 14, 0), _b, I("bounce (delivery status notification): university mailbox over quota")))

gmail(dt(18, 8, 50), "Re: по 111875 вопрос", """Спасибо, что так быстро согласовали! Дед уже там, вот его смс:

18.11.2026 08:41
на почте в михайловском. жду почтальоншу с ключом

%s
%s
""" % (gattr(17, 16, 40, DISPATCH), quote("""Анастасия, замену ВРУ целиком согласовали, смету пусть приложит к акту.""")),
      D("111875", [], ON, "thanks + forwarded SMS: he is at the post office (waiting for the key = arrived)"), reply=True)

gmail(dt(18, 10, 0), "Заявка 112046 Сельцо", """Здравствуйте! Заявку 112046 дедушка принял — это опять Сельцо, школа № 5, актовый зал и розетки в началке. Говорит, у него там с прошлого раза запасной автомат остался, так что материалы почти все есть. Поедет завтра.

Настя
""", D("112046", [], ACC, "accepted; 'школа № 5' is the school's number, not a position"))

univ(dt(18, 16, 30), "RE: Заявка 111875", """Здравствуйте.

По 111875 (почта с. Михайловское): ВРУ заменил целиком (поз. 1), счётчик не трогал — показания 045871. На складе (поз. 2) поменял выключатель и два светильника. Работу закончил, ушёл с почты в 16:05.

%s

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
To: zakharova.as@stud.kgu-kostroma.ru
Date: Wed, 18 Nov 2026 09:10:33 +0300
Subject: Заявка 111875

Анастасия, просим сообщить по завершении работ по 111875 и приложить смету на ВРУ.
""" % U_SIG, D("111875", ["1", "2"], LEFT, "both positions done, left at 16:05; '-----Original Message-----' quote below; meter reading 045871"), reply=True)

gmail(dt(19, 8, 5), "112046", """Доброе утро. По 112046 — дед ещё не выехал: машина не завелась, на улице −18. Ждёт соседа, чтобы прикурить. Как заведётся — напишу.
""", R("negation: not yet departed"))

# calendar response from Outlook
_cal = MIMEMultipart("alternative")
_cal.attach(MIMEText("", "plain", mkcs("windows-1251", QP, BASE64)))
_ics = MIMEText("""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кудрявцев С.В.:mailto:glava@mihailovskoe-sp.ru
COMMENT;LANGUAGE=ru-RU:\\n
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: электроснабжение соцобъектов зимой
DTSTART;TZID=Russian Standard Time:20261124T100000
DTEND;TZID=Russian Standard Time:20261124T110000
UID:040000008200E00074C5B7101A82E0080000000050DA1C3B2F1ADD01
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:Zoom
SEQUENCE:0
DTSTAMP:20261119T063000Z
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n"), "calendar", mkcs("utf-8", BASE64, BASE64))
_ics.set_param("method", "REPLY")
_cal.attach(_ics)
_headers(_cal, A, dt(19, 9, 30), "Принято: Совещание: электроснабжение соцобъектов зимой", "windows-1251", BASE64,
         mailer="Microsoft Outlook 16.0", extra={"Content-Class": "urn:content-classes:calendarmessage"})
letters.append((dt(19, 9, 30), _cal, I("calendar meeting response (accepted) generated by Outlook")))

gmail(dt(19, 11, 40), "Re: 112046", """Завелась!) Едет в Сельцо, будет через полчаса.

%s
%s
""" % (gattr(19, 8, 20, DISPATCH), quote("""Поняли, ждём информации.""")),
      D("112046", [], WAY, "number only in the Re: subject; 'едет, будет через полчаса'"), reply=True)

gmail(dt(19, 19, 0), "Сельцо, школа №5 — готово", """Добрый вечер!

По 112046 всё: приехал в 12:15, актовый зал (п.1) — заменил 12 светильников, в началке (п.2) поставил 6 новых розеток. Из школы уехал в 17:40. Завуч акт подписала.

Настя
""", D("112046", ["1", "2"], LEFT, "arrival and departure both reported; latest = убыл; 'школа №5' in subject is not a position"))

gmail(dt(19, 20, 10), "акты по почтам", """Ещё забыла! Дед просил спросить про акты: по почте в Михайловском (111875) и по почте в Ильинском (110745) начальницы всё подписали. Куда их вам отправить — Почтой России на ул. Советская, 12 в Костроме или можно сканом на эту почту?

Настя
""", R("two different requests in one letter, and it is a question about acts"))

# ---------------------------------------------------------------- 112310 ДК Фёдоровское, улица
gmail(dt(20, 14, 15), "Наряд 112310", """Здравствуйте! Наряд 112310 (уличное освещение у ДК в Фёдоровском) дед взял. Просил сразу предупредить: для ёлки на площади нужен отдельный ввод с автоматом, он посмотрит на месте, что там с кабелем.

Настя
""", D("112310", [], ACC, "'наряд взял' = accepted"))

gmail(dt(20, 16, 0), "Re: Сельцо, школа №5 — готово", """Хорошо, спасибо! Передам деду, чтобы оставил в школе экземпляр.

%s
%s
""" % (gattr(20, 15, 32, DISPATCH), quote("""Анастасия, благодарим! По 112046 всё отметили. Просим один экземпляр акта оставить в школе.""")),
      R("acknowledgement of the dispatcher's message; the status is only in the quote"), reply=True)

_vac = MIMEText("""Привет! У меня сессия до 30 ноября, отвечаю не сразу.
Если вы по поводу дедушки (ИП Захаров П.И.) — звоните ему напрямую: +7 915 904-27-13.

Настя
""", "plain", mkcs("utf-8", QP, BASE64))
_headers(_vac, G, dt(21, 10, 0), "Re: Наряд 112310", "utf-8", BASE64,
         extra={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
         reply_to_id="<disp-11210958@zakazchik-omis.ru>")
letters.append((dt(21, 10, 0), _vac, I("Gmail vacation responder (Auto-Submitted: auto-replied)")))

outlook(dt(23, 11, 30), "О сроках работ по заявке 112310", """Уважаемые коллеги!

28.11.2026 в 16:00 на площади д. Фёдоровское запланировано торжественное открытие новогодней ёлки. Прошу сообщить, успеет ли подрядчик выполнить работы по заявке 112310 до указанной даты, в том числе подключение ёлки.

П.И. Захаров со своей стороны готов, однако ему необходим кабель КГ 4х6 (около 35 м), который администрация приобрести не может.

%s
""" % A_SIG, R("village head asks about deadlines and material; no status"), cte=BASE64)

# ---------------------------------------------------------------- 112418 ФАП Михайловское
gmail(dt(23, 16, 0), "112418", """Здравствуйте! 112418 — принято, дед сказал, зайдёт в ФАП в среду утром, он там через два дома живёт (ул. Школьная, 8) :)
""", D("112418", [], ACC, "accepted; visit planned; house number 8"))

univ(dt(24, 7, 30), "112310", """Доброе утро.

По 112310: дед пока не выехал — ночью замело дорогу на Фёдоровское, ждут грейдер. Как расчистят, сразу поедет.

%s
""" % U_SIG, R("negation: 'пока не выехал'"), cte=None)

gmail(dt(24, 11, 50), "Re: Наряд 112310", """Пересылаю смс, он уже поехал :)

24.11.2026 11:38
ДОРОГУ ПОЧИСТИЛИ ЕДУ В ФЁДОРОВСКОЕ

%s
%s
""" % (gattr(21, 9, 58, DISPATCH), quote("""Анастасия, добрый день! Наряд 112310 отметили как принятый, ждём информацию о выезде.""")),
      D("112310", [], WAY, "SMS in caps 'ЕДУ'; number only in subject/quote"), reply=True)

gmail(dt(24, 13, 20), "112310 поз1", """Дед на месте с 12:40, начал с опоры у входа в ДК (поз.1). Там провод оборван, говорит, ветром.
""", D("112310", ["1"], ON, "position in subject and body 'поз.1'"))

gmail(dt(24, 18, 5), "Re: 112310 поз1", """%s
%s

Сообщаю :) Опору (поз. 1) он сделал, и по второй позиции — прожектор на площадке — тоже, горит. Ёлку (поз. 3) — в четверг, кабель КГ 4х6 везут из Костромы.

Настя
""" % (gattr(24, 13, 45, DISPATCH), quote("""Анастасия, спасибо. Сообщите, пожалуйста, по окончании.

%s
%s""" % (gattr(24, 13, 20, G), quote("Дед на месте с 12:40, начал с опоры у входа в ДК (поз.1).")))),
      D("112310", ["1", "2"], LEFT, "reply written under the quote; 'Опору (поз. 1)' and 'по второй позиции' done; 3 planned"), reply=True)

gmail(dt(25, 8, 10), "112418 ФАП", """Доброе утро! Дед пошёл на ФАП, пешком, это минут 5 :) По 112418.
""", D("112418", [], WAY, "'пошёл НА ФАП' = on the way"))

letter(G, dt(25, 9, 30), "ФАП Михайловское 112418",
       D("112418", [], ON, "HTML-only letter: he is in the ФАП working"),
       html="""<div dir="ltr"><div>По <b>112418</b>: дед уже в ФАПе, меняет светильники в кабинете приёма.</div><div>Ольга Николаевна на месте, приём перенесли на после обеда.</div><div><br></div><div>Настя</div></div>""",
       charset="utf-8", cte=BASE64, hcte=BASE64)

gmail(dt(26, 9, 15), "112418 готово", """Доброе утро! Вчера вечером он закончил в ФАПе: 4 светодиодные панели по 36 Вт, старые ЛПО 2х36 забрал на утилизацию. Домой вернулся около шести (ну, это через два дома :) ). Фельдшер всё приняла.
""", D("112418", [], LEFT, "late report: finished yesterday evening"))

gmail(dt(26, 12, 0), "оплата по 110214", """Здравствуйте! Простите, что беспокою, дедушка сам стесняется спросить. По Сельцовской школе (110214) акт № 37 от 06.11.2026 на 24 600 руб. подписан уже три недели назад, а оплаты до сих пор нет. Ему материалы на следующие заявки покупать надо. Подскажите, пожалуйста, когда ждать?

Настя
""", R("payment complaint; act number 37 is not a request"))

outlook(dt(26, 17, 30), "Заявка 112310 — подключение ёлки", """Уважаемые коллеги!

Сообщаю, что 26.11.2026 ИП Захаров П.И. завершил работы по подключению новогодней ёлки на площади д. Фёдоровское (заявка 112310, позиция 3). Работы приняты администрацией, замечаний нет. Использован кабель КГ 4х6 — 35 м, автомат 25А.

Пётр Ильич с объекта убыл в 16:40.

%s
""" % A_SIG, D("112310", ["3"], LEFT, "village head, formal: position 3 finished, left 16:40"), cte=BASE64)

_news_html = """<html><head><meta charset="windows-1251"></head><body>
<h2>Вестник Михайловского сельского поселения</h2>
<p><b>№ 11 (ноябрь 2026)</b></p>
<p>Уважаемые жители! 28 ноября в 16:00 приглашаем всех на открытие новогодней ёлки на площади у ДК д. Фёдоровское.</p>
<p>В ноябре в ДК д. Фёдоровское обновлено освещение сцены, на улице у ДК установлены новый прожектор и опора. Благодарим местного электрика Петра Ильича Захарова, который в свои 71 год обслуживает школы, ФАПы и почтовые отделения поселения!</p>
<p>График движения автобуса Судиславль — Михайловское — Ильинское: 6:50, 14:20, 16:50.</p>
<p>Приём граждан главой поселения — по вторникам с 9:00 до 12:00, тел. 8 (49433) 2-15-07.</p>
<hr><p style="font-size:small">Вы получили это письмо, так как подписаны на рассылку администрации. <a href="https://mihailovskoe-sp.ru/unsubscribe?u=8813">Отписаться</a></p>
</body></html>"""
letter(NEWS, dt(27, 10, 0), "Вестник Михайловского поселения № 11 (ноябрь 2026)",
       I("bulk newsletter of the administration (Precedence: bulk, List-Unsubscribe); mentions works but is not a report"),
       html=_news_html, charset="windows-1251", cte=BASE64, hcte=BASE64,
       extra={"Precedence": "bulk", "List-Id": "<vestnik.mihailovskoe-sp.ru>",
              "List-Unsubscribe": "<https://mihailovskoe-sp.ru/unsubscribe?u=8813>"})

outlook(dt(27, 14, 0), "О договоре на 2027 год (ИП Захаров П.И.)", """Уважаемые коллеги!

В связи с окончанием 31.12.2026 срока действия договора № 14/2026 от 15.01.2026 между вашей организацией и ИП Захаровым П.И. (ОГРНИП 304440712300021, ИНН 440700318652) прошу сообщить порядок и сроки заключения договора на 2027 год.

Пётр Ильич намерен и дальше обслуживать школы, ДК, ФАПы и почтовые отделения нашего поселения. Проект договора просим направить на адрес администрации.

%s
""" % A_SIG, R("contract talk; договор № 14/2026, ОГРНИП, ИНН are not requests"))

# ---------------------------------------------------------------- write
letters.sort(key=lambda x: x[0])
labels = {}
from email.generator import BytesGenerator
import io
for i, (d, m, lab) in enumerate(letters, 1):
    name = "%03d.eml" % i
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(m)
    with open(os.path.join(LET, name), "wb") as f:
        f.write(buf.getvalue())
    labels[name] = lab

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

registry = {
    "contractor": {
        "name": "ИП Захаров Пётр Ильич",
        "emails": ["nastya.zakharova.44@gmail.com", "zakharova.as@stud.kgu-kostroma.ru",
                   "glava@mihailovskoe-sp.ru", "priemnaya@mihailovskoe-sp.ru",
                   "news@mihailovskoe-sp.ru", "MAILER-DAEMON@stud.kgu-kostroma.ru"],
        "domains": ["stud.kgu-kostroma.ru", "mihailovskoe-sp.ru"],
    },
    "requests": [
        {"number": "110214", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "МОУ Сельцовская СОШ №5: 1 освещение спортзала, 2 щиток пищеблока, 3 наружное освещение"},
        {"number": "110387", "positions": ["1", "2"], "registered_at": "2026-11-03T09:00:00+03:00",
         "comment": "ДК д. Фёдоровское: 1 сценическое освещение, 2 вводной щит"},
        {"number": "110502", "positions": ["1"], "registered_at": "2026-11-03T14:00:00+03:00",
         "comment": "ФАП с. Михайловское: 1 электропроводка процедурного кабинета"},
        {"number": "110745", "positions": ["1", "2"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "ОПС 157030 с. Ильинское: 1 розетки операционного зала, 2 подсветка вывески"},
        {"number": "111020", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T08:00:00+03:00",
         "comment": "Вороньевская СОШ: 1 каб. физики, 2 каб. химии, 3 каб. информатики, 4 мастерская"},
        {"number": "111133", "positions": ["1", "2"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "ФАП д. Богородское: 1 замена счётчика, 2 светильник над входом"},
        {"number": "111290", "positions": ["1", "2"], "registered_at": "2026-11-12T08:00:00+03:00",
         "comment": "Глазовская начальная школа: 1 выключатели в классах, 2 электрокотёл в котельной"},
        {"number": "111480", "positions": ["1"], "registered_at": "2026-11-11T14:00:00+03:00",
         "comment": "ДК с. Никольское: 1 аварийное освещение"},
        {"number": "111602", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T08:00:00+03:00",
         "comment": "Ильинская ООШ: 1 плиты пищеблока, 2 освещение коридора, 3 щитовая"},
        {"number": "111875", "positions": ["1", "2"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "ОПС 157025 с. Михайловское: 1 замена ВРУ, 2 освещение склада"},
        {"number": "112046", "positions": ["1", "2"], "registered_at": "2026-11-18T08:00:00+03:00",
         "comment": "МОУ Сельцовская СОШ №5: 1 освещение актового зала, 2 розетки в начальных классах"},
        {"number": "112310", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "ДК д. Фёдоровское, уличное освещение: 1 опора у входа, 2 прожектор площадки, 3 подключение ёлки"},
        {"number": "112418", "positions": ["1"], "registered_at": "2026-11-23T08:40:00+03:00",
         "comment": "ФАП с. Михайловское: 1 светильники кабинета приёма"},
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
