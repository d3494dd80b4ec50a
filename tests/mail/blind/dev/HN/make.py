# -*- coding: utf-8 -*-
"""Generator of test letters: persona = electrician from a two-man firm, typing on a phone."""
import base64, quopri, json, os, datetime, random
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

DOMAIN = "elektrotok74-montazh.ru"
KUZ = "kuzmin@" + DOMAIN
BOB = "bobrov@" + DOMAIN
KUZ_Y = "kuzmin.sergey.elektrik@yandex.ru"
INFO = "info@" + DOMAIN
NEWS = "news@" + DOMAIN
DAEMON = "MAILER-DAEMON@" + DOMAIN
DISP = "dispatch@zakazchik-omis.ru"

REGISTRY = {
    "contractor": {"name": "ООО «Электроток-74»",
                   "emails": [KUZ, BOB, KUZ_Y, INFO, NEWS],
                   "domains": [DOMAIN]},
    "requests": [
        {"number": "487113", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "БЦ «Северный», ул. Кирова 48: п1 ЩР-1 (1 эт.), п2 ЩР-2 (2 эт.), п3 ВРУ (подвал)"},
        {"number": "487245", "positions": ["1", "2"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "Склад №3, пр. Победы 112: п1 щитовая, п2 щит освещения ЩО"},
        {"number": "487306", "positions": ["1"], "registered_at": "2026-11-04T13:05:00+03:00",
         "comment": "Столовая АБК: ЩР кухни"},
        {"number": "487390", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T15:30:00+03:00",
         "comment": "Поликлиника корп. 2: п1 каб. 101, п2 каб. 104, п3 каб. 210, п4 щитовая 2 эт."},
        {"number": "487458", "positions": ["1", "2"], "registered_at": "2026-11-09T09:20:00+03:00",
         "comment": "ТЦ «Меридиан»: п1 ЩС-1, п2 ЩС-2"},
        {"number": "487502", "positions": ["1"], "registered_at": "2026-11-10T11:00:00+03:00",
         "comment": "Жилой дом ул. Гагарина 7: ВРУ"},
        {"number": "487577", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T08:45:00+03:00",
         "comment": "Школа №52: п1 ЩР спортзала, п2 ЩР столовой, п3 ЩО коридор 2 эт."},
        {"number": "487631", "positions": ["1", "2"], "registered_at": "2026-11-12T14:10:00+03:00",
         "comment": "Котельная №4: п1 ЩУ насосной, п2 кабельная линия к ЩР-2"},
        {"number": "487719", "positions": ["1"], "registered_at": "2026-11-16T10:00:00+03:00",
         "comment": "Общежитие ул. Труда 156: этажный щиток 4 подъезд"},
        {"number": "487804", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T09:30:00+03:00",
         "comment": "Гараж автобазы: п1 ЩР бокс 1, п2 ЩР бокс 2, п3 ЩР мойка"},
        {"number": "487862", "positions": ["1", "2"], "registered_at": "2026-11-19T11:15:00+03:00",
         "comment": "Лаборатория: п1 помещение 12, п2 помещение 14 (замена кабеля)"},
        {"number": "487940", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T08:50:00+03:00",
         "comment": "Офис на ул. Свободы 30: п1 щитовая, п2 серверная, п3 оупенспейс, п4 переговорная"},
    ],
}

TZ = datetime.timezone(datetime.timedelta(hours=5))
SIG = "\n\n--\nсергей кузьмин\nэлектроток 74\n8-912-487-55-01"
PHONE = "\n\nОтправлено с мобильной Яндекс Почты"


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, mail, cs="utf-8"):
    return "%s <%s>" % (hdr(name, cs), mail) if name else mail


def leaf(ctype, text, cs="utf-8", cte="base64", extra=""):
    raw = text.replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    else:
        body = raw
    h = "Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n%s" % (ctype, cs, cte, extra)
    return h.encode("ascii") + b"\r\n" + body


def multipart(sub, parts, extra_params=""):
    b = "==el74_%08x" % random.getrandbits(32)
    out = ("Content-Type: multipart/%s; boundary=\"%s\"%s\r\n\r\n" % (sub, b, extra_params)).encode()
    for p in parts:
        out += b"--" + b.encode() + b"\r\n" + p + b"\r\n"
    out += b"--" + b.encode() + b"--\r\n"
    return out


N = [0]
LABELS = {}
random.seed(487)


def msg(date, frm, subj, content, label, cs="utf-8", to=DISP, extra=None, mid_dom=DOMAIN):
    N[0] += 1
    name = "%03d.eml" % N[0]
    d = datetime.datetime(2026, 11, date[0], date[1], date[2], random.randint(0, 59), tzinfo=TZ)
    heads = [
        ("From", frm),
        ("To", to),
        ("Subject", hdr(subj, cs)),
        ("Date", format_datetime(d)),
        ("Message-ID", "<%s.%04d.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), random.randint(1000, 9999), name[:3], mid_dom)),
        ("MIME-Version", "1.0"),
    ]
    for k, v in (extra or []):
        heads.append((k, v))
    raw = "".join("%s: %s\r\n" % kv for kv in heads).encode("ascii") + content
    with open(os.path.join(LET, name), "wb") as f:
        f.write(raw)
    LABELS[name] = label


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


K = addr("Сергей Кузьмин", KUZ)
KY = addr("серега кузьмин", KUZ_Y)
B_KOI = addr("Николай Бобров", BOB, "koi8-r")
B_WIN = addr("Бобров Николай", BOB, "windows-1251")
ACC = "Принято"; ST_A = "заявка принята"; ST_W = "подрядчик в пути"; ST_P = "подрядчик на месте"; ST_L = "подрядчик убыл"

def plain(text, cs="utf-8", cte="base64"):
    return leaf("text/plain", text, cs, cte)

def alt(text, html, cs="utf-8", cte="base64"):
    return multipart("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)])

def h(s):
    return "<html><body>" + s + "</body></html>"

# ---------------------------------------------------------------- 487113
msg((2, 12, 2), K, "Re: Заявка 487113 БЦ Северный",
    plain("здравствуйте. заявку принялив работу, завтра с утра на кирова будем" + SIG +
          "\n\n02.11.2026 11:16, dispatch@zakazchik-omis.ru пишет:\n> Добрый день. Направляем заявку 487113, БЦ «Северный», ул. Кирова 48.\n> Позиции: 1 - ЩР-1, 2 - ЩР-2, 3 - ВРУ.\n> Просьба подтвердить принятие."),
    D("487113", [], ST_A, "принял в работу; 'завтра будем' is just plan, acceptance done"))
msg((3, 7, 48), K, "487113",
    plain("выехалина обьект кирова 48 по 487113 , минут 20 и будем" + PHONE, cte="8bit"),
    D("487113", [], ST_W, "выехали на объект, 48 is house number"))
msg((3, 8, 15), K, "487113 на месте",
    plain("бригадана месте. охрана долго пропускала ,паспорта переписывали"),
    D("487113", [], ST_P, "на месте, number in subject"))
msg((3, 12, 40), K, "487113 п1",
    plain("по п1 щр-1 автоматы ва47-29 поменяли 3 шт, всё работает, нагрузку дали. пелешли на второй этаж" + PHONE, cte="quoted-printable"),
    D("487113", ["1"], ST_L, "п1 work finished (автоматы поменяли, всё работает); moved on to other floor"))
msg((3, 17, 25), B_KOI, "заявка 487113 поз 2,3",
    plain("Добрый вечер.\nПо заявке 487113 позиции 2 и 3 работы завершены, бригада убыла с объекта в 17:10.\n"
          "Акт выполненных работ N 112 передали коменданту.\n\nС уважением,\nБобров Н.\nООО \"Электроток-74\"\nтел. 8-919-300-41-17", cs="koi8-r"),
    D("487113", ["2", "3"], ST_L, "partner, KOI8-R; act number 112 is not a request"), cs="koi8-r")

# ---------------------------------------------------------------- 487245
msg((3, 13, 5), K, "Re: Заявка №487245 Склад 3 пр.Победы",
    plain("ок взяли, завтра сутра подъедем\n\n"
          "От: Диспетчерская <dispatch@zakazchik-omis.ru>\nОтправлено: 3 ноября 2026 г. 10:41\nКому: kuzmin@elektrotok74-montazh.ru\n"
          "Тема: Заявка №487245 Склад 3 пр.Победы\n\nСергей, добрый день. Новая заявка: склад №3, пр. Победы 112, щитовая и щит освещения.\n"
          "Диспетчер Аникина О."),
    D("487245", [], ST_A, "number only in Re: subject/quote; взяли = accepted"))
msg((4, 9, 55), K, "склад победы",
    plain("едем на 487245, пробки на победе жуткие ,будем минут через 40"),
    D("487245", [], ST_W, "едем, будем через 40 мин = on the way"))
msg((4, 10, 50), K, "Fwd: склад",
    plain("пересылаю от коли по 487245\n\n---------- Пересылаемое сообщение ----------\n"
          "От: Николай Бобров <bobrov@elektrotok74-montazh.ru>\nДата: среда, 4 ноября 2026, 10:47 +05:00\n"
          "Кому: Сергей Кузьмин <kuzmin@elektrotok74-montazh.ru>\nТема: склад\n\n"
          "Серег я на победе 112, щитовая открыта, начинаю по п1\n---------- Конец пересылаемого сообщения ----------"),
    D("487245", ["1"], ST_P, "forwarded crew message: on site, starting п1"))
msg((4, 15, 20), K, "487245-1",
    plain("первую сделали ,уехалис объекта. по второй (освещение) завтра, лампы не подвезли"),
    D("487245", ["1"], ST_L, "position after dash in subject; п2 only plan"))

# ---------------------------------------------------------------- 487306 (start)
msg((4, 15, 40), K, "487306 вопрос",
    plain("а по 487306 ключи от щитовой у кого брать? и там щр кухни на 380 или 220?? позвоните 8-912-487-55-01"),
    R("question only, no status"))
msg((5, 9, 10), K, "Re: 487245 (2)",
    plain("освещение доделали, лампы поменяли 14 шт, всё горит. уехали\n\n> первую сделали ,уехалис объекта. по второй (освещение) завтра, лампы не подвезли"),
    D("487245", ["2"], ST_L, "position in brackets in subject; quoted old text about п1 ignored"))
msg((5, 8, 5), K, "столовая",
    plain("по обращению 487306 приняли, седня после обеда заедем" + PHONE),
    D("487306", [], ST_A, "обращение, приняли"))
msg((5, 13, 20), K, "487306",
    plain("выдвинулись на столовую. газель о487ет174 если охране номер надо"),
    D("487306", [], ST_W, "выдвинулись = on the way; car plate contains 487"))
msg((5, 14, 5), K, "Re: 487306",
    leaf("text/html", h("<div>на месте уже ,щиток вскрыли</div><div><br></div><div>серега</div>"
                        "<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">"
                        "<div>05.11.2026, 13:20, Сергей Кузьмин:</div><div>выдвинулись на столовую. газель о487ет174 если охране номер надо</div></blockquote>"),
         "utf-8", "base64"),
    D("487306", [], ST_P, "HTML-only; quoted old 'выдвинулись' ignored"))
msg((5, 16, 30), K, "487306 поз 3",
    plain("по поз 3 готово, розетки на раздаче подключили"),
    R("request 487306 has no position 3"))
msg((5, 17, 10), K, "Re: 487306 поз 3",
    plain("поправка, позиция там одна, поз 1 конечно, опечатался. щр кухни сделали, убыли в 17:00\n\n> по поз 3 готово, розетки на раздаче подключили"),
    D("487306", ["1"], ST_L, "body corrects the old wrong position from subject: поз 1, убыли"))

# ---------------------------------------------------------------- 487390
msg((6, 8, 30), K, "поликлиника корп2 (487390)",
    plain("заявку принял. в понедельник выйдем, раньше никак загружены"),
    D("487390", [], ST_A, "number in brackets after address; accepted, departure only planned"))
msg((9, 8, 5), K, "487390",
    plain("выезжаем на поликлинику" + PHONE),
    D("487390", [], ST_W, "выезжаем = travelling now"))
tbl_rows = [("1", "каб. 101", "на месте 09:10"), ("2", "каб. 104", "на месте 09:10"), ("3", "каб. 210", "—"), ("4", "щитовая 2 эт", "—")]
html_t = ("<p>заявка 487390 статус по позициям</p><table border=1 cellpadding=3><tr><th>поз</th><th>помещение</th><th>статус</th></tr>"
          + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in tbl_rows) + "</table><p>кузьмин</p>")
txt_t = "заявка 487390 статус по позициям\n" + "\n".join("%s | %s | %s" % r for r in tbl_rows) + "\nкузьмин"
msg((9, 9, 20), K, "Заявка 487390 статус", alt(txt_t, h(html_t), cte="quoted-printable"),
    D("487390", ["1", "2"], ST_P, "HTML table: rows 1,2 on site, 3,4 empty"))
msg((9, 14, 50), K, "487390 п1 п2",
    plain("101 и 104 кабинеты закончили(п1,п2), розетки и свет проверили. уехали, 3 и 4 завтра"),
    D("487390", ["1", "2"], ST_L, "room numbers 101/104 are not positions; п3,п4 only planned"))

# ---------------------------------------------------------------- 487458 + rest of 487390
msg((9, 12, 10), B_KOI, "наряд 487458",
    plain("Наряд 487458 принят, выезд запланируем на завтра.\nН.Бобров", cs="koi8-r", cte="8bit"),
    D("487458", [], ST_A, "наряд принят, KOI8-R 8bit"), cs="koi8-r")
msg((10, 9, 0), K, "487390 3-я 4-я",
    plain("на поликлинике, по 3-й и 4-й позициям начали в 8:40"),
    D("487390", ["3", "4"], ST_P, "начали работы = on site"))
msg((10, 9, 40), B_WIN, "RE: наряд 487458",
    plain("Выехали на объект по наряду 487458, ориентировочное прибытие 10:30.\n\n"
          "-----Original Message-----\nFrom: Бобров Николай [mailto:bobrov@elektrotok74-montazh.ru]\nSent: Monday, November 09, 2026 12:10 PM\n"
          "To: dispatch@zakazchik-omis.ru\nSubject: наряд 487458\n\nНаряд 487458 принят, выезд запланируем на завтра.\nН.Бобров",
          cs="windows-1251", cte="quoted-printable"),
    D("487458", [], ST_W, "Outlook, cp1251 QP, Original Message quote"), cs="windows-1251",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
msg((10, 10, 45), K, "Re: наряд 487458",
    plain("> Выехали на объект по наряду 487458, ориентировочное прибытие 10:30.\n\nна месте с 10:35, тц открыли"),
    D("487458", [], ST_P, "reply written under the quote"))
msg((10, 10, 50), K, "поликлиника и тц",
    plain("487390 и 487458 на обеих бригада на месте, я на поликлинике, коля на меридиане"),
    R("two different requests in one letter"))
msg((10, 12, 30), K, "487390",
    plain("п3 сделали а п4 еще копаемся, там в щитовой всё гнилое"),
    R("different statuses for different positions (п3 done, п4 still on site)"))
msg((10, 15, 10), K, "487458 п2",
    plain("по 487458 щс-2: автомат ABB S203 C25 заменили, провод 4мм2 переложили, всё работает, поехали дальше"),
    D("487458", ["2"], ST_L, "part numbers are not request numbers; всё работает, поехали дальше"))
msg((10, 16, 55), K, "487390 поз4",
    plain("щитовую добили ,всё собрали ,прозвонили, уезжаем домой"),
    D("487390", ["4"], ST_L, "work finished, leaving"))

# ---------------------------------------------------------------- 487502
msg((10, 13, 40), K, "гагарина 7 (487502)",
    plain("ок, взял. завтра к 9 будем" + PHONE),
    D("487502", [], ST_A, "взял = accepted; number in brackets after address"))
msg((11, 8, 30), K, "487502",
    plain("выехали НА обьект гагарина 7"),
    D("487502", [], ST_W, "leaving FOR the site"))
msg((11, 9, 10), K, "re: 487502",
    plain("прибытие 9:05, врун в подвале, ждём управляющую с ключами"),
    D("487502", [], ST_P, "прибытие 9:05; autocorrect вру->врун"))
msg((11, 12, 20), K, "487502",
    plain("всё, выехали с обьекта гагарина. пломбу на счетчике поставили новую №4876120 , старую сдали"),
    D("487502", [], ST_L, "leaving FROM the site; seal number not a request"))

# ---------------------------------------------------------------- 487577
msg((11, 11, 30), K, "Re: Заявка 487577",
    plain("заявку взяли ,на неделе сделаем все три\n\n-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\nSent: 11.11.2026 8:46\n"
          "Subject: Заявка 487577\n\nШкола №52, три позиции, сроки до 13.11."),
    D("487577", [], ST_A, "school number 52 and date in quote are distractors"))
msg((12, 8, 10), K, "487577",
    plain("в дороге на школу ,будем к 9"),
    D("487577", [], ST_W, "в дороге"))
msg((12, 9, 15), K, "Re: Заявка 487577",
    plain("мы на месте, пропуск оформили\n\n> заявку взяли ,на неделе сделаем все три"),
    D("487577", [], ST_P, "number only in Re: subject"))
msg((12, 13, 0), K, "487577 п.1, п.2",
    plain("п.1 и п.2 готовы. п.3 после обеда"),
    D("487577", ["1", "2"], ST_L, "готовы = done; п.3 plan"))
msg((12, 17, 30), K, "487577 - 3",
    plain("коридор 2 этажа (п3) закончили, светильники висят ,горят. уехали"),
    D("487577", ["3"], ST_L, "'2 этажа' is not a position"))

# ---------------------------------------------------------------- 487631
msg((12, 16, 40), KY, "заявка 487631",
    plain("заявка 487631 прията, приедем завтра" + PHONE),
    D("487631", [], ST_A, "typo прията; personal yandex address"))
msg((13, 7, 55), K, "Re: пропуск 487631",
    plain("спс, понял\n\n12.11.2026 18:02, dispatch@zakazchik-omis.ru пишет:\n> Сергей, пропуск на 487631 заказан на 2 человек, машина о487ет174."),
    R("acknowledgement of dispatcher's own message"))
msg((13, 8, 40), K, "487631",
    plain("едем на 487631, в 9:15 будем"),
    D("487631", [], ST_W, "едем, будем в 9:15"))
msg((13, 9, 30), K, "487631 на месте",
    plain("на местее, в насосной сыро,, работаем"),
    D("487631", [], ST_P, "doubled letters; RFC2047 subject"))
msg((13, 15, 0), K, "487631 п1",
    alt("п1 закончили, п2 завтра — кабель не привезли",
        h("<div>п1 закончили, п2 завтра — кабель не привезли</div>")),
    D("487631", ["1"], ST_L, "multipart/alternative; п2 plan only"))
msg((14, 10, 12), K, "Автоответ: Re: 487631 п1",
    plain("Здравствуйте! Я в отъезде до 16.11, почту читаю нерегулярно. По срочным вопросам звоните 8-912-487-55-01.\nКузьмин С."),
    I("out-of-office auto-reply"), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
msg((16, 8, 20), K, "487631 п2",
    plain("по второй позиции выехали ,кабель забрали на базе"),
    D("487631", ["2"], ST_W, "по второй позиции выехали"))
msg((16, 9, 10), K, "Re: 487631 п2",
    plain("на месте по 2-й"),
    D("487631", ["2"], ST_P, "по 2-й"))
msg((16, 13, 40), K, "Fwd: 487631",
    plain("от коли\n\nНачало переадресованного сообщения:\n\nОт: Николай Бобров <bobrov@elektrotok74-montazh.ru>\n"
          "Дата: 16 ноября 2026 г. в 13:31:07 GMT+5\nКому: Сергей Кузьмин <kuzmin@elektrotok74-montazh.ru>\nТема: 487631\n\n"
          "по 487631 п.2 кабель ВВГнг 3х2.5 проложили 35 м, подключили, работает. я поехал.\n\nОтправлено с iPhone"),
    D("487631", ["2"], ST_L, "iPhone-style forward of crew report"))

# ---------------------------------------------------------------- 487719
msg((16, 12, 30), K, "487719",
    plain("487719 выедем завтра с утра, сегодня не успеваем"),
    R("plan only (выедем завтра)"))
msg((17, 8, 30), K, "труда 156",
    plain("по 487719 в пути ,будем через полчаса" + PHONE),
    D("487719", [], ST_W, "в пути"))
msg((17, 9, 10), K, "Re: труда 156",
    plain("Прибыли. ул Труда 156 подьезд 4, щиток на 3 этаже\n\n> по 487719 в пути ,будем через полчаса"),
    D("487719", [], ST_P, "number only in quote of own letter; address digits are distractors"))
msg((17, 14, 20), K, "487719 готово",
    plain("щиток собрали, узо поставили ABB F202 AC-40/0.03, проверили — отключает. мы свободны"),
    D("487719", [], ST_L, "result + бригада свободна"))

# ---------------------------------------------------------------- 487804
msg((17, 12, 0), K, "Re: обращение 487804",
    plain("приняли ,завтра начнем"),
    D("487804", [], ST_A, "приняли"))
msg((18, 7, 40), K, "487804",
    plain("еще не выехали, газель не заводится, как заведем отпишусь"),
    R("negation: not yet left"))
msg((18, 9, 30), K, "487804 выезд",
    plain("завелись ,выехали на 487804"),
    D("487804", [], ST_W, "выехали на"))
msg((18, 10, 20), K, "Прочитано: Заявка 487804 уточнение",
    multipart("report", [
        leaf("text/plain", "Ваше сообщение\n\n  Кому: kuzmin@elektrotok74-montazh.ru\n  Тема: Заявка 487804 уточнение\n\nбыло прочитано 18.11.2026 10:20."),
        ("Content-Type: message/disposition-notification\r\n\r\nReporting-UA: elektrotok74-montazh.ru; Thunderbird\r\n"
         "Final-Recipient: rfc822;kuzmin@elektrotok74-montazh.ru\r\nOriginal-Message-ID: <req487804.2@zakazchik-omis.ru>\r\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\r\n").encode()],
        "; report-type=disposition-notification"),
    I("read receipt"))
msg((18, 10, 40), K, "487804 п1 п2 п3",
    plain("НА МЕСТЕ ВСЕ ТРИ ЩИТА ВСКРЫЛИ"),
    D("487804", ["1", "2", "3"], ST_P, "caps lock; positions in subject"))
msg((18, 16, 0), K, "487804",
    plain("п1 и п3 доделали, уехали. п2 ждет автомат ,закажем"),
    D("487804", ["1", "3"], ST_L, "п2 no new status, just waiting"))

# ---------------------------------------------------------------- 487862
msg((19, 13, 50), K, "487862",
    plain("по 487862 там кабель под замену весь, это не по договору №48/2026, нужна доп смета ,тыс 40 выйдет. согласуете?"),
    R("price / contract talk, question"))
msg((20, 9, 0), K, "Re: 487862",
    plain("смету согласовали ,приняли в работу, выезжаем"),
    D("487862", [], ST_W, "accepted and leaving now: latest = в пути"))
msg((20, 10, 10), K, "487862 п1",
    plain("бригантина на месте по п1 с 10:00"),
    D("487862", ["1"], ST_P, "на месте п1; autocorrect бригада->бригантина"))
msg((20, 12, 30), K, "487555",
    plain("по заявке 487555 выехали"),
    R("487555 not in registry"))
msg((20, 17, 45), K, "487862 поз1 поз2",
    plain("кабель по п1 и п2 переложили, ввгнг 3х4 60м, под нагрузкой проверили. закончили, уехали в 17:30"),
    D("487862", ["1", "2"], ST_L, "закончили, уехали"))
msg((21, 9, 0), addr("Электроток-74", NEWS), "Зимние скидки на электромонтаж до -15%",
    alt("Уважаемые партнёры!\nДо 31 декабря скидка 15% на монтаж щитов и замену проводки.\nЗаявки: info@elektrotok74-montazh.ru, 8-912-487-55-01\n\nОтписаться: https://elektrotok74-montazh.ru/unsubscribe",
        h("<h2>Зимние скидки</h2><p>До 31 декабря скидка 15% на монтаж щитов и замену проводки.</p><p><a href=\"https://elektrotok74-montazh.ru/unsubscribe\">Отписаться</a></p>")),
    I("bulk newsletter"), extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://elektrotok74-montazh.ru/unsubscribe>"),
                                  ("List-Id", "news.elektrotok74-montazh.ru")])
msg((21, 10, 15), K, "ключи",
    plain("бригадана месте, где ключи от щитовой?? никто не знает"),
    R("no request number at all"))

# ---------------------------------------------------------------- 487940
msg((23, 11, 20), K, "#487940",
    plain("приняли в работу все 4 позиции ,завтра начнем с щитовой"),
    D("487940", [], ST_A, "all positions = whole request; start only planned"))
ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REPLY\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED:mailto:kuzmin@elektrotok74-montazh.ru\nORGANIZER:mailto:dispatch@zakazchik-omis.ru\n"
       "DTSTART:20261124T070000Z\nDTEND:20261124T073000Z\nSUMMARY:Совещание по заявке 487940\nUID:487940-meet@zakazchik-omis.ru\nEND:VEVENT\nEND:VCALENDAR\n")
msg((23, 12, 0), K, "Принято: Совещание по заявке 487940",
    multipart("alternative", [leaf("text/plain", "Кузьмин Сергей принял это приглашение."),
                              leaf("text/calendar", ics, extra="Content-Class: urn:content-classes:calendarmessage\r\n").replace(
                                  b"text/calendar;", b"text/calendar; method=REPLY;")]),
    I("calendar response generated by mail client"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
msg((24, 8, 15), K, "487940",
    plain("выех\u0061ли н\u0061 487940".replace("\u0061", "a")),
    D("487940", [], ST_W, "Latin 'a' inside Cyrillic words"))
msg((24, 9, 5), K, "487940",
    plain("на обьекте, начали п1 и п2" + PHONE),
    D("487940", ["1", "2"], ST_P, "на объекте, начали"))
msg((24, 13, 0), K, "487940 (1,2)",
    plain("п1 п2 закончили, п3 только начали"),
    R("different statuses for different positions (п1,п2 done, п3 on site)"))
msg((24, 17, 10), K, "487940 п3 п4",
    plain("п3 п4 тоже доделали, всё ,уехали"),
    D("487940", ["3", "4"], ST_L, "доделали, уехали"))

# ---------------------------------------------------------------- misc
msg((25, 9, 30), K, "оплата",
    plain("по 487113 акт подписали а оплаты нет уже 3 недели. счет №1187 от 03.11, инн 7451234567 кпп 745101001. разберитесь пожалуйста"),
    R("complaint about payment, no status"))
msg((25, 10, 2), addr("Mail Delivery System", DAEMON), "Undelivered Mail Returned to Sender",
    multipart("report", [
        leaf("text/plain", "This is the mail system at host mx.elektrotok74-montazh.ru.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n<sklad@elektrotok74-montazh.ru>: user unknown", "us-ascii", "7bit"),
        ("Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.elektrotok74-montazh.ru\r\n\r\n"
         "Final-Recipient: rfc822; sklad@elektrotok74-montazh.ru\r\nAction: failed\r\nStatus: 5.1.1\r\n").encode(),
        ("Content-Type: text/rfc822-headers\r\n\r\nFrom: dispatch@zakazchik-omis.ru\r\nTo: sklad@elektrotok74-montazh.ru\r\n"
         "Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDQ4NzkwNA==?=\r\n").encode()],
        "; report-type=delivery-status"),
    I("bounce"), extra=[("Auto-Submitted", "auto-replied")])
msg((25, 11, 40), B_WIN, "Автоответ: акт 487940",
    plain("Это автоматический ответ. Я на объекте, отвечу вечером.\nБобров Н.", cs="windows-1251", cte="quoted-printable"),
    I("auto-reply"), cs="windows-1251", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(LABELS), "letters")
