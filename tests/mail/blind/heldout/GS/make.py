#!/usr/bin/env python3
# Generator for the "Тёплый квадрат Ижора" letters (evening dispatcher persona).
# Standard library only.
import base64, quopri, json, os, datetime, hashlib
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

DOM = "teplokvadrat-izhora.ru"
DISPATCH = "dispatch@zakazchik-omis.ru"
MSK = datetime.timezone(datetime.timedelta(hours=3))

P = {  # people: (name, address, default charset, default cte, mailer)
    "ang": ("Ангелина Ступак", "a.stupak@" + DOM, "windows-1251", "quoted-printable", "Microsoft Outlook 16.0"),
    "gal": ("Галиев Рустам", "galiev.brig2@" + DOM, "utf-8", "base64", "iPhone Mail (20H240)"),
    "kol": ("Семён Кольцов", "s.koltsov1971@mail.ru", "koi8-r", "8bit", "The Bat! (v8.8.9) Home"),
    "muh": ("Дарья Мухина", "d.mukhina@" + DOM, "utf-8", "quoted-printable", "Mozilla Thunderbird 115.16"),
    "news": ("Вестник «Тёплый квадрат»", "news@" + DOM, "utf-8", "base64", None),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@" + DOM, "us-ascii", "7bit", None),
}

ANG_SIG = ("\n\n--\nС уважением,\nАнгелина Ступак\nвечерний диспетчер ООО «Тёплый квадрат Ижора»\n"
           "тел. +7 (812) 466-20-15, доб. 3\nИНН 7817049931 / КПП 781701001\n")
GAL_SIG = "\n\nОтправлено с iPhone\n"
KOL_SIG = "\n\n-- \nС уважением,\n Семён                          mailto:s.koltsov1971@mail.ru\n"
MUH_SIG = "\n\n-- \nД. Мухина, инженер ПТО\nООО «Тёплый квадрат Ижора», +7 921 377-04-52\n"

_counter = [0]


def enc_body(text, charset, cte):
    if charset == "koi8-r":  # old client: no typographic signs in KOI8-R
        for a, c in (("—", "-"), ("–", "-"), ("«", '"'), ("»", '"'), ("№", "N")):
            text = text.replace(a, c)
    b = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def leaf(text, charset, cte, subtype="plain", extra=None):
    params = "; charset=\"%s\"" % charset if charset else ""
    if subtype == "plain" and charset:
        params = "; charset=%s" % charset + ("; format=flowed" if False else "")
    hdr = ["Content-Type: text/%s%s" % (subtype, params), "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdr += extra
    return ("\n".join(hdr) + "\n\n").encode("ascii") + enc_body(text, charset, cte)


def multipart(subtype, parts, extra_params=""):
    _counter[0] += 1
    bnd = "----=_NextPart_%03d_%s" % (_counter[0], hashlib.md5(str(_counter[0]).encode()).hexdigest()[:16])
    head = ("Content-Type: multipart/%s;%s\n boundary=\"%s\"\n\n" % (subtype, extra_params, bnd)).encode("ascii")
    body = b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        if not p.endswith(b"\n"):
            p += b"\n"
        body += ("--%s\n" % bnd).encode("ascii") + p
    body += ("--%s--\n" % bnd).encode("ascii")
    return head + body


def hdr_text(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


LETTERS = []
LABELS = {}


def letter(who, when, subject, content, label, to=DISPATCH, extra_headers=None, charset=None,
           subj_charset=None, mailer=True):
    """content: bytes of a MIME entity (starting with Content-Type headers)"""
    name, addr, cs, cte, xm = P[who]
    n = len(LETTERS) + 1
    fn = "%03d.eml" % n
    dt = datetime.datetime(2026, 11, when[0], when[1], when[2], tzinfo=MSK)
    scs = subj_charset or charset or cs
    if scs == "us-ascii":
        scs = "utf-8"
    h = []
    h.append("From: " + formataddr((name, addr), charset=scs))
    h.append("To: " + to)
    h.append("Subject: " + hdr_text(subject, scs))
    h.append("Date: " + format_datetime(dt))
    h.append("Message-ID: <%s.%d.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), n,
                                            hashlib.sha1(fn.encode()).hexdigest()[:10],
                                            addr.split("@")[1]))
    h.append("MIME-Version: 1.0")
    if mailer and xm:
        h.append("X-Mailer: " + xm)
    if extra_headers:
        h += extra_headers
    raw = ("\n".join(h) + "\n").encode("ascii") + content
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(raw)
    LETTERS.append(fn)
    LABELS[fn] = label
    return fn


def plain(who, text, charset=None, cte=None, subtype="plain"):
    _, _, cs, ct, _ = P[who]
    return leaf(text, charset or cs, cte or ct, subtype)


def alt(who, text, html, charset=None, cte=None):
    _, _, cs, ct, _ = P[who]
    return multipart("alternative", [leaf(text, charset or cs, cte or ct),
                                     leaf(html, charset or cs, cte or ct, "html")])


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def html_wrap(inner, charset="windows-1251"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
            "<style>td{border:1px solid #999;padding:2px 6px;font-family:Calibri}</style></head>"
            "<body>%s</body></html>" % (charset, inner))


def table(rows, head):
    s = "<table cellspacing=0 style=\"border-collapse:collapse\"><tr>" + "".join(
        "<th style=\"background:#dde\">%s</th>" % c for c in head) + "</tr>"
    for r in rows:
        s += "<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>"
    return s + "</table>"


# ---------------------------------------------------------------- 09.11
letter("gal", (9, 8, 52), "Заявка 466103",
       plain("gal", "Добрый день. Заявку 466103 приняли, бригада 2 (Галиев). По ТП-14 выезд после обеда, "
                    "раньше никак — машина на ТО." + GAL_SIG),
       D("466103", [], ACC, "accepted; departure only planned"))

letter("ang", (9, 11, 10), "RE: Заявка № 466117 — приточная вентиляция корп. Б",
       plain("ang", "Добрый день!\n\nЗаявку № 466117 взяли в работу, исполнитель — бригада Кольцова С.В. "
                    "Выход на объект планируем завтра с 8:00, пропуск на машину У 482 КМ 178 просим заказать."
             + ANG_SIG +
             "\nОт: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 9 ноября 2026 г. 10:41\n"
             "Кому: a.stupak@teplokvadrat-izhora.ru\nТема: Заявка № 466117 — приточная вентиляция корп. Б\n\n"
             "Зарегистрирована заявка № 466117.\nПоз. 1 — ПВ-3, не запускается.\nПоз. 2 — ПВ-4, шум подшипника.\n"
             "Срок реагирования — 24 часа.\n"),
       D("466117", [], ACC, "accepted; Outlook quote of the customer's registration below"))

letter("gal", (9, 13, 20), "466103 поз 1",
       plain("gal", "едем, минут через 40 будем. пробка на Софийской" + GAL_SIG),
       D("466103", ["1"], WAY, "number+position in subject, travelling now"))

letter("gal", (9, 14, 5), "Re: 466103 поз 1",
       plain("gal", "Прибыли на ТП-14. Работаем сразу по п.1 и п.2, ключи от щитовой взяли у охраны "
                    "(тел. охраны 8-921-440-17-63)." + GAL_SIG +
             "\n9 нояб. 2026 г., в 13:20, Галиев Рустам <galiev.brig2@teplokvadrat-izhora.ru> написал(а):\n\n"
             "> едем, минут через 40 будем. пробка на Софийской\n"),
       D("466103", ["1", "2"], ON, "arrived, positions 1 and 2; quoted 'едем' is history"))

_rows = [("466103", "ТП-14, ул. Заводская 12", "п.1, п.2", "бригада на месте с 14:05"),
         ("466103", "ТП-14", "п.3", "завтра с утра"),
         ("466117", "корп. Б, ПВ-3/ПВ-4", "все", "принята, выход 10.11 в 8:00")]
letter("ang", (9, 20, 40), "Сводка за 09.11",
       alt("ang",
           "Добрый вечер, коллеги!\nСводка за день:\n" + "\n".join(" | ".join(r) for r in _rows) + ANG_SIG,
           html_wrap("<p>Добрый вечер, коллеги!</p><p>Сводка за день:</p>" +
                     table(_rows, ["Заявка", "Объект", "Позиции", "Состояние"]) +
                     "<p>С уважением,<br>Ангелина Ступак<br>вечерний диспетчер</p>")),
       R("evening digest covering two requests (466103 and 466117)"))

# ---------------------------------------------------------------- 10.11
letter("kol", (10, 7, 58), "466117",
       plain("kol", "Здравствуйте.\n\nВыехали с базы на корпус Б по 466117, будем к 8:40.\nКольцов" + KOL_SIG,
             cte="quoted-printable"),
       D("466117", [], WAY, "left the base FOR the site = on the way"))

letter("kol", (10, 9, 5), "Re: 466117",
       plain("kol", "Здравствуйте, Диспетчерская.\n\nНа месте, корпус Б. Щит ПВ-3 обесточили, начинаем.\n\n"
                    "Вы писали 10 ноября 2026 г., 8:02:\n\nДО> Принято, пропуск на машину заказан.\n" + KOL_SIG),
       D("466117", [], ON, "on site; initials-prefixed quote of customer"))

letter("gal", (10, 10, 2), "466103-3",
       plain("gal", "прибыли на 3ю позицию, ТП-14" + GAL_SIG),
       D("466103", ["3"], ON, "position after dash in subject"))

letter("ang", (10, 11, 15), "Насосная подкачки, ул. Кирпичная, 2 (466142)",
       plain("ang", "Добрый день!\n\nПо заявке 466142 — принято. Направим Галиева после ТП-14, "
                    "ориентировочно после 15:00." + ANG_SIG),
       D("466142", [], ACC, "number in brackets after address; accepted, visit planned"))

letter("ang", (10, 12, 0), "466158 Ольховая",
       plain("ang", "Заявку 466158 (ИТП домов 3, 5, 7, 9 по ул. Ольховой) приняли.\n"
                    "Распределим так: дома 3 и 5 — Мухина с Галиевым 11.11, дома 7 и 9 — Кольцов 12.11." + ANG_SIG),
       D("466158", [], ACC, "accepted; house numbers are not positions"))

letter("gal", (10, 16, 30), "Re: 466103-3",
       plain("gal", "по 466103 все три позиции закончили, ТП сдали охране под роспись, убыли в 16:20" + GAL_SIG +
             "\n10 нояб. 2026 г., в 10:02, Галиев Рустам написал(а):\n> прибыли на 3ю позицию, ТП-14\n"),
       D("466103", ["1", "2", "3"], OFF, "all three positions named as finished"))

letter("ang", (10, 17, 5), "FW: насосная",
       plain("ang", "Пересылаю сообщение бригадира, пришло по смс, у него почта на телефоне не отправляет:\n\n"
                    "«466142 на месте с 16:55, насос гудит, смотрим подшипник. Галиев»" + ANG_SIG),
       D("466142", [], ON, "forwarded crew SMS: on site"))

letter("kol", (10, 18, 40), "466117",
       plain("kol", "Здравствуйте.\n\nпо 1-й закончили, по 2-й завтра — нужен ремкомплект клапана (арт. 3215-0450), "
                    "на складе будет утром. С корпуса уехали в 18:30." + KOL_SIG),
       D("466117", ["1"], OFF, "position 1 finished, position 2 only planned"))

letter("ang", (10, 20, 55), "Итоги дня 10.11",
       plain("ang", "Добрый вечер!\n\nИтоги дня 10.11:\n1) 466103 — все позиции закрыты, убыли 16:20\n"
                    "2) 466117 — п.1 готов, п.2 перенос на 11.11 (ждём ремкомплект)\n"
                    "3) 466142 — бригада на месте с 16:55\n4) 466158 — принята, выход 11.11\n\n"
                    "Акты по 466103 привезём в пятницу." + ANG_SIG),
       R("digest as a numbered list over four requests"))

letter("gal", (10, 21, 20), "Re: Заявка 466142 насосная подкачки",
       plain("gal", "Закончили в 21:05, подшипник поменяли (6305-2RS), насос крутится, давление в норме. Уехали." + GAL_SIG +
             "\n10 нояб. 2026 г., в 11:15, Ангелина Ступак <a.stupak@teplokvadrat-izhora.ru> написал(а):\n\n"
             "> Добрый день!\n> По заявке 466142 — принято. Направим Галиева после ТП-14.\n"),
       D("466142", [], OFF, "request number only in the subject of the reply/quote"))

# ---------------------------------------------------------------- 11.11
letter("news", (11, 7, 30), "Вестник «Тёплого квадрата»: график дежурств на ноябрь",
       alt("news", "Коллеги, добрый день!\nВ выпуске: график дежурств на ноябрь, новые пропуска, "
                   "напоминание о проверке огнетушителей.\nОтписаться: https://" + DOM + "/unsub\n",
           "<html><body><h2>Вестник «Тёплого квадрата»</h2><p>График дежурств на ноябрь, новые пропуска.</p>"
           "<p><a href=\"https://" + DOM + "/unsub\">Отписаться</a></p></body></html>"),
       I("company bulk newsletter"),
       extra_headers=["Precedence: bulk", "List-Unsubscribe: <https://" + DOM + "/unsub>",
                      "List-Id: <vestnik." + DOM + ">"], mailer=False)

letter("ang", (11, 9, 10), "обращение 466209",
       plain("ang", "Доброе утро.\nПо обращению 466209 (водонагреватели столовой) — принято, "
                    "сегодня после обеда выезжает инженер Мухина." + ANG_SIG),
       D("466209", [], ACC, "обращение = request; accepted"))

_rows = [("1", "Ольховая, 3", "на месте с 9:35"), ("2", "Ольховая, 5", "на месте с 9:35"),
         ("3", "Ольховая, 7", "по графику 12.11"), ("4", "Ольховая, 9", "по графику 12.11")]
letter("muh", (11, 9, 40), "Заявка 466158 — ИТП Ольховая",
       alt("muh", "Добрый день.\nЗаявка 466158:\n" + "\n".join("поз. %s — %s — %s" % r for r in _rows) + MUH_SIG,
           "<html><body><p>Добрый день.</p><p>Заявка 466158:</p>" +
           table(_rows, ["Поз.", "Адрес", "Статус"]) + "<pre>" + MUH_SIG + "</pre></body></html>",
           charset="utf-8", cte="8bit"),
       D("466158", ["1", "2"], ON, "table per position: 1,2 on site, 3,4 only planned"))

letter("kol", (11, 11, 20), "466117 (2)",
       plain("kol", "Ремкомплект поставили, клапан ходит, ПВ-4 запустили. Закончили, уехали.\nКольцов" + KOL_SIG),
       D("466117", ["2"], OFF, "position in brackets in subject"))

letter("muh", (11, 12, 45), "466209 выезд",
       plain("muh", "Выезжаю на 466209, столовая, буду около 14:00." + MUH_SIG),
       D("466209", [], WAY, "travelling now"))

letter("muh", (11, 13, 55), "Re: 466209 выезд",
       alt("muh", "Прибытие 13:50, 466209 поз. 1 — бак №1 Thermex ER 300V, течь по фланцу ТЭНа. Смотрим.\n" + MUH_SIG +
           "\n11.11.2026 12:45, Дарья Мухина пишет:\n> Выезжаю на 466209, столовая, буду около 14:00.\n",
           "<html><body><p>Прибытие 13:50, 466209 поз. 1 — бак №1 Thermex ER 300V, течь по фланцу ТЭНа. Смотрим.</p>"
           "<blockquote>Выезжаю на 466209, столовая, буду около 14:00.</blockquote></body></html>"),
       D("466209", ["1"], ON, "noun 'прибытие'; model ER 300V is not a number to use"))

letter("gal", (11, 14, 35), "466231 ВЫЕХАЛИ",
       plain("gal", "466231 ВЫЕХАЛИ НА СКЛАД 4, ВЕЗЁМ ХОМУТЫ ДУ80" + GAL_SIG),
       D("466231", [], WAY, "caps; 'на склад' = heading to the site"))

letter("gal", (11, 15, 20), "Re: 466231 ВЫЕХАЛИ",
       plain("gal", "уже на месте. течь на фланце ввода, задвижку перекрыли" + GAL_SIG +
             "\n> 466231 ВЫЕХАЛИ НА СКЛАД 4, ВЕЗЁМ ХОМУТЫ ДУ80\n"),
       D("466231", [], ON, "Re: subject names old status, body is newer"))

letter("gal", (11, 17, 10), "Ольховая 3 и 5",
       plain("gal", "Ольховая 3 и 5 (466158 п1 п2) — ИТП сделали, давление держит 6 кгс/см2, "
                    "убыли ещё в 13:00, забыл написать" + GAL_SIG),
       D("466158", ["1", "2"], OFF, "positions in brackets after address, finished"))

letter("kol", (11, 19, 0), "Ольховая",
       plain("kol", "Мы на месте, Ольховая 7, подвал закрыт, ждём управдома. Если не откроет — приедем завтра." + KOL_SIG),
       R("no request number at all"))

letter("ang", (11, 20, 30), "Сводка 11.11",
       plain("ang", "Добрый вечер!\n\nКоротко за сегодня.\n\nПо 466158 бригада Галиева закончила дома 3 и 5, "
                    "дома 7 и 9 — завтра, Кольцов уже приезжал, но подвал был закрыт.\n\n"
                    "По 466209 Мухина на месте с 13:50, ТЭН на баке №1 заказан.\n\n"
                    "По 466251 течь на вводе устранили, бригада убыла в 19:40.\n\n"
                    "По 466117 всё закрыто." + ANG_SIG),
       R("digest in paragraphs over four requests (one with a typo number)"))

letter("ang", (11, 21, 30), "Поправка к сводке 11.11",
       plain("ang", "Извините, опечатка в сводке: вместо «466251» читать 466231 — течь на вводе склада №4 устранена, "
                    "бригада Галиева убыла со склада в 19:40. Остальное в сводке верно." + ANG_SIG),
       D("466231", [], OFF, "correction of own digest, now about one request only"))

# ---------------------------------------------------------------- 12.11
letter("muh", (12, 8, 15), "Прочитано: Сводка 11.11",
       multipart("report", [
           leaf("Ваше сообщение\n\n  Кому: d.mukhina@teplokvadrat-izhora.ru\n  Тема: Сводка 11.11\n"
                "  Отправлено: 11.11.2026 20:30\n\nбыло прочитано 12.11.2026 8:15.\n", "utf-8", "8bit"),
           ("Content-Type: message/disposition-notification\n\n"
            "Reporting-UA: Mozilla Thunderbird\nFinal-Recipient: rfc822;d.mukhina@teplokvadrat-izhora.ru\n"
            "Original-Message-ID: <20261111203000.26.abc@teplokvadrat-izhora.ru>\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n").encode("ascii")],
           " report-type=disposition-notification;"),
       I("read receipt (MDN)"), mailer=False)

letter("ang", (12, 9, 40), "Заявка 466274 — калориферы цех 2",
       plain("ang", "Добрый день!\nЗаявка 466274 пpинятa, калориферы цеха 2 (3 шт.). Выход бригады Кольцова завтра утром."
             .replace("пpинятa", "п\u0070инят\u0061") + ANG_SIG),
       D("466274", [], ACC, "Latin p/a inside 'принята'"))

letter("kol", (12, 10, 5), "466158 поз.3",
       plain("kol", "Здравствуйте.\n\n466158 поз.3 — едем, управдом обещал открыть к 10:30." + KOL_SIG),
       D("466158", ["3"], WAY, "travelling now"))

letter("muh", (12, 11, 40), "Re: обращение 466209",
       plain("muh", "11.11.2026 9:10, Ангелина Ступак пишет:\n> Доброе утро.\n> По обращению 466209 (водонагреватели "
                    "столовой) — принято, сегодня после обеда выезжает инженер Мухина.\n\n"
                    "466209 П1 — завершение работ 11:15, ТЭН заменён, бак греет.\nПоз. 2 смотрим после обеда." + MUH_SIG),
       D("466209", ["1"], OFF, "reply written under the quote; П1 finished, поз.2 just planned"))

letter("kol", (12, 12, 20), "466158",
       plain("kol", "466158: п.3 на месте, п.4 выехали, будут через 15 мин." + KOL_SIG),
       R("different statuses for different positions (3 on site, 4 on the way)"))

letter("ang", (12, 13, 0), "466274 вопрос",
       plain("ang", "Коллеги, по 466274 уточните, пожалуйста: калорифер поз.3 — это который у ворот №2 или у склада? "
                    "Кольцову нужно понимать, какой брать ключ." + ANG_SIG),
       R("question, no status"))

letter("muh", (12, 16, 45), "водонагреватель №2 — 466209 п2",
       plain("muh", "Водонагреватель №2 (Thermex ER 300V) — ТЭН заменили, всё греет.\n466209 п2 — бригада освободилась, "
                    "уехали в 16:30." + MUH_SIG),
       D("466209", ["2"], OFF, "result wording + 'уехали'"))

letter("ang", (12, 19, 50), "Сводка 12.11",
       plain("ang", "Добрый вечер!\n\nКоротко за сегодня. По 466158: поз. 3 и 4 закончены, бригада Кольцова убыла "
                    "с Ольховой в 18:10. Как и по прошлой заявке 466103, акты подпишем у коменданта в пятницу.\n\n"
                    "Больше выездов сегодня не было." + ANG_SIG),
       D("466158", ["3", "4"], OFF, "'digest' about one request; 466103 only mentioned as history"))

# ---------------------------------------------------------------- 13.11
letter("gal", (13, 8, 5), "466306",
       plain("gal", "принял 466306, завеса ворот. выезжаем как освободится машина" + GAL_SIG),
       D("466306", [], ACC, "accepted; departure is future"))

letter("kol", (13, 8, 20), "Re: 466274 вопрос",
       plain("kol", "Здравствуйте, Ангелина.\n\nВы писали 12 ноября 2026 г., 13:00:\n\n"
                    "АС> Коллеги, по 466274 уточните, пожалуйста: калорифер поз.3 — это который у ворот №2 или у склада?\n\n"
                    "Разобрались, у ворот №2.\nЕдем на цех 2, 466274, п1-п3." + KOL_SIG, cte="quoted-printable"),
       D("466274", ["1", "2", "3"], WAY, "initials-prefixed quote; answer below; on the way for p1-p3"))

letter("gal", (13, 9, 30), "Re: 466306",
       plain("gal", "ещё не выехали, ждём машину с ТО. как будем в пути — напишу" + GAL_SIG +
             "\n> принял 466306, завеса ворот. выезжаем как освободится машина\n"),
       R("negation: not yet on the way"))

letter("kol", (13, 9, 45), "Re: 466274",
       plain("kol", "Прибыли в цех 2 в 9:40, пропуска оформили, начинаем." + KOL_SIG),
       D("466274", [], ON, "number only in subject"))

letter("gal", (13, 11, 50), "466306",
       plain("gal", "в пути на 466306, будем через 20 мин" + GAL_SIG),
       D("466306", [], WAY, "on the way"))

_inner = ("From: =?utf-8?b?" + base64.b64encode("Галиев Рустам".encode()).decode() + "?= <galiev.brig2@" + DOM + ">\n"
          "To: dispatch@zakazchik-omis.ru\nSubject: 466306\nDate: Fri, 13 Nov 2026 12:14:00 +0300\n"
          "Message-ID: <inner-466306-1214@" + DOM + ">\nMIME-Version: 1.0\n").encode("ascii") + \
    leaf("На месте, ворота №1, завеса КЭВ-18П. Работаем." + GAL_SIG, "utf-8", "base64")
letter("ang", (13, 12, 30), "FW: 466306",
       multipart("mixed", [
           leaf("Пересылаю письмо Галиева — у него не уходило на ваш адрес, висело в исходящих." + ANG_SIG,
                "windows-1251", "quoted-printable"),
           b"Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"466306.eml\"\n\n" + _inner]),
       D("466306", [], ON, "crew letter forwarded as attachment: on site"))

letter("gal", (13, 17, 20), "466306 итог",
       plain("gal", "466306: завеса по поз. 1 работает, по поз. 2 нужен новый двигатель, заказали "
                    "(счёт поставщика № 4471 от 13.11). С объекта уехали 17:05." + GAL_SIG),
       D("466306", ["1"], OFF, "pos 1 finished, pos 2 waits for a part"))

letter("ang", (13, 20, 15), "Сводка 13.11",
       alt("ang",
           "Добрый вечер!\n\nЗаявка 466274. Бригада Кольцова в цехе 2 с 9:40, калориферы п1 и п2 перебрали, "
           "п3 завтра.\n\nЗаявка 466306. Завеса ворот №1 работает, по второй ждём двигатель, Галиев уехал в 17:05."
           + ANG_SIG,
           html_wrap("<p>Добрый вечер!</p><p><b>Заявка 466274.</b> Бригада Кольцова в цехе 2 с 9:40, калориферы п1 и п2 "
                     "перебрали, п3 завтра.</p><p><b>Заявка 466306.</b> Завеса ворот №1 работает, по второй ждём "
                     "двигатель, Галиев уехал в 17:05.</p>")),
       R("digest, paragraph per request, two requests"))

letter("ang", (13, 20, 40), "Поправка к сводке 13.11",
       plain("ang", "Поправка к сегодняшней сводке: по 466274 перебрали только п1 (не п1 и п2), "
                    "по 466306 двигатель обещают в понедельник 16.11." + ANG_SIG),
       R("correction to the digest that still covers two requests"))

# ---------------------------------------------------------------- 14.11
letter("kol", (14, 15, 10), "466274 готово",
       plain("kol", "Здравствуйте.\n\n466274 всё готово, калориферы греют, убываем." + KOL_SIG, cte="quoted-printable"),
       D("466274", [], OFF, "'убываем' = leaving now, work finished"))

letter("ang", (14, 16, 0), "Заявка 466290 гараж",
       plain("ang", "Добрый день!\nПодтверждаем получение заявки 466290 (гараж, калорифер над воротами), "
                    "бригада будет в понедельник." + ANG_SIG),
       R("number 466290 is not in the registry"))

letter("muh", (14, 18, 30), "Автоматический ответ: Сводка 14.11",
       plain("muh", "Здравствуйте!\nЯ в отпуске с 15.11 по 22.11 включительно. По срочным вопросам — "
                    "диспетчерская, тел. +7 (812) 466-20-15.\n"),
       I("out-of-office auto-reply"),
       extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"], mailer=False)

# ---------------------------------------------------------------- 16.11
letter("gal", (16, 9, 0), "466306 п2",
       plain("gal", "двигатель привезли, выезжаем к вам по второй позиции" + GAL_SIG),
       D("466306", ["2"], WAY, "leaving FOR the site now"))

letter("ang", (16, 10, 40), "RE: Заявка 466388 ЦТП — замена манометров",
       plain("ang", "Принято в работу. Ответственный — Галиев Р., тел. +7 911 230-58-14." + ANG_SIG +
             "\n-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
             "Sent: Monday, November 16, 2026 10:16 AM\nTo: a.stupak@teplokvadrat-izhora.ru\n"
             "Subject: Заявка 466388 ЦТП — замена манометров\n\nЗаявка 466388. Позиций: 1. ЦТП-2, замена 6 манометров.\n"),
       D("466388", [], ACC, "Original Message quote under the answer"))

letter("gal", (16, 13, 30), "поз.2 смонтировали (466306)",
       plain("gal", "Двигатель на завесу поставили, поз.2 работает, убыли" + GAL_SIG),
       D("466306", ["2"], OFF, "position and number in subject"))

letter("kol", (16, 15, 0), "466142 поз. 2",
       plain("kol", "Здравствуйте.\n\n466142 поз. 2 — на месте, повторно течёт сальник." + KOL_SIG),
       R("request 466142 has no position 2"))

_rows = [("466306", "п.1, п.2", "завеса работает, убыли 13:30"),
         ("466388", "ЦТП-2", "принята, выход 17.11"),
         ("466142", "—", "повторный вызов? просим уточнить, открыта ли заявка")]
letter("ang", (16, 20, 5), "Сводка 16.11",
       alt("ang", "Сводка 16.11:\n" + "\n".join(" — ".join(r) for r in _rows) + ANG_SIG,
           html_wrap("<p>Сводка 16.11:</p>" + table(_rows, ["№", "Позиции", "Что сделано"]))),
       R("HTML-table digest over three requests"))

# ---------------------------------------------------------------- 17.11
letter("ang", (17, 8, 50), "Заявка № 466415 — радиаторы АБК",
       plain("ang", "Доброе утро!\nПринимаем 466415 (радиаторы АБК, 2–4 этажи). Завтра с утра Кольцов." + ANG_SIG),
       D("466415", [], ACC, "accepted; floor numbers are not positions"))

letter("muh", (17, 10, 20), "Fwd: ЦТП",
       plain("muh", "Пересылаю от Галиева.\n\n-------- Перенаправленное сообщение --------\nТема: ЦТП\n"
                    "Дата: Tue, 17 Nov 2026 10:12:40 +0300\nОт: Галиев Рустам <galiev.brig2@teplokvadrat-izhora.ru>\n"
                    "Кому: Дарья Мухина <d.mukhina@teplokvadrat-izhora.ru>\n\n"
                    "На ЦТП (466388), меняем манометры МП4-У 0–16 кгс/см2.\n" + MUH_SIG),
       D("466388", [], ON, "Thunderbird forward of the crew's report"))

letter("gal", (17, 14, 10), "466388",
       plain("gal", "манометры 6 шт. заменены, пломбы № 0045871–0045876, акт № 112/11. убыли 14:00" + GAL_SIG),
       D("466388", [], OFF, "seal and act numbers are not requests"))

letter("ang", (17, 19, 0), "Принято: Планёрка по заявкам ноября",
       multipart("alternative", [
           leaf("Ангелина Ступак приняла приглашение.\n", "utf-8", "base64"),
           leaf("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nBEGIN:VEVENT\n"
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ангелина Ступак:mailto:a.stupak@teplokvadrat-izhora.ru\n"
                "SUMMARY:Принято: Планёрка по заявкам ноября\nDTSTART:20261120T070000Z\n"
                "UID:040000008200E00074C5B7101A82E008\nEND:VEVENT\nEND:VCALENDAR\n",
                "utf-8", "base64", "calendar; method=REPLY")]),
       I("calendar meeting response generated by the client"), subj_charset="utf-8")

# ---------------------------------------------------------------- 18.11
letter("kol", (18, 8, 45), "466415 (1)",
       plain("kol", "Здравствуйте.\n\nна мсете, 2 этаж, начали с радиаторов в коридоре." + KOL_SIG),
       D("466415", ["1"], ON, "typo 'мсете'; '2 этаж' is not a position"))

letter("gal", (18, 10, 0), "466502",
       plain("gal", "466502 — в пути, будем через 30 минут" + GAL_SIG),
       D("466502", [], WAY, "on the way"))

letter("gal", (18, 10, 40), "На месте 466502 поз2",
       leaf("<html><body><div dir=\"auto\">На месте 466502 поз2 (бойлер Б-2)</div>"
            "<div dir=\"auto\"><br></div><div dir=\"auto\">Отправлено с iPhone</div></body></html>",
            "utf-8", "quoted-printable", "html"),
       D("466502", ["2"], ON, "HTML-only letter"))

letter("kol", (18, 11, 30), "466415 п.2, п.3",
       plain("kol", "Здравствуйте.\n\nп.2, п.3 тоже на месте — 3 и 4 этажи, люди Хабибуллина подъехали." + KOL_SIG),
       D("466415", ["2", "3"], ON, "positions 2,3 on site; floors 3,4 are not positions"))

letter("ang", (18, 15, 20), "466502",
       plain("ang", "466502: п1 — бригада на месте, п2 — закончили, убыли." + ANG_SIG),
       R("different statuses for different positions"))

_digest18 = ("Итоги 18.11:\n— 466415 АБК: все три позиции в работе, Кольцов на месте;\n"
             "— 466502 бойлерная: п2 закончен, п1 в работе;\n— 466388: акт № 112/11 передан.")
letter("ang", (18, 20, 30), "Итоги 18.11",
       plain("ang", "Добрый вечер!\n\n" + _digest18 + ANG_SIG),
       R("digest list over three requests"))

letter("gal", (18, 20, 50), "Re: Итоги 18.11",
       plain("gal", "466502 п1 тоже закончили, уехали в 19:30 — в сводку не попало" + GAL_SIG +
             "\n18 нояб. 2026 г., в 20:30, Ангелина Ступак <a.stupak@teplokvadrat-izhora.ru> написал(а):\n\n" +
             "\n".join("> " + s for s in _digest18.split("\n")) + "\n"),
       D("466502", ["1"], OFF, "new text about one request; quoted digest is history"))

# ---------------------------------------------------------------- 19.11
letter("ang", (19, 9, 0), "466502 согласование",
       plain("ang", "Добрый день!\nПо 466502 нужен доп. согласование стоимости насоса Grundfos UPS 32-80 "
                    "(счёт № 1187 от 18.11, 38 400 руб., договор № 46/2026-ТО). Без согласования не ставим." + ANG_SIG),
       R("price/contract talk, no status"))

letter("ang", (19, 9, 10), "Заявка 466577 котлы",
       plain("ang", "Заявка 466577 принята, выход 20.11 с 8:00, котлы 01–04 (сезонная проверка)." + ANG_SIG),
       D("466577", [], ACC, "accepted"))

letter("kol", (19, 12, 40), "АБК",
       plain("kol", "Здравствуйте.\n\nПо АБК всё. Заявка 466415 закрыта с нашей стороны, убыли 12:30." + KOL_SIG),
       D("466415", [], OFF, "whole request finished"))

_orig = ("From: dispatch@zakazchik-omis.ru\nTo: s.koltsov@" + DOM + "\nSubject: =?utf-8?b?" +
         base64.b64encode("Re: АБК".encode()).decode() + "?=\nDate: Thu, 19 Nov 2026 12:55:10 +0300\n"
         "Message-ID: <omis-77121@zakazchik-omis.ru>\n\n(body omitted)\n").encode("ascii")
letter("daemon", (19, 12, 56), "Undelivered Mail Returned to Sender",
       multipart("report", [
           leaf("This is the mail system at host mx1." + DOM + ".\n\nI'm sorry to have to inform you that your message "
                "could not be delivered to one or more recipients.\n\n<s.koltsov@" + DOM + ">: User unknown in "
                "virtual mailbox table\n", "us-ascii", "7bit"),
           ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx1." + DOM + "\n\n"
            "Final-Recipient: rfc822; s.koltsov@" + DOM + "\nAction: failed\nStatus: 5.1.1\n").encode("ascii"),
           b"Content-Type: message/rfc822\n\n" + _orig], " report-type=delivery-status;"),
       I("delivery failure report (bounce)"), extra_headers=["Auto-Submitted: auto-replied"], mailer=False)

# ---------------------------------------------------------------- 20.11
letter("ang", (20, 7, 50), "FW: 466577",
       plain("ang", "Пересылаю от Кольцова.\n\n-----Original Message-----\nFrom: Семён Кольцов [mailto:s.koltsov1971@mail.ru]\n"
                    "Sent: Friday, November 20, 2026 7:44 AM\nTo: a.stupak@teplokvadrat-izhora.ru\nSubject: 466577\n\n"
                    "Выехали на котельную №2, 466577, будем к 8:30.\n" + ANG_SIG),
       D("466577", [], WAY, "Outlook forward of crew letter"))

_rows = [("01", "КВ-ГМ-1,0 №1", "на месте, 8:35"), ("02", "КВ-ГМ-1,0 №2", "на месте, 8:35"),
         ("03", "КВ-ГМ-0,5 №3", "после обеда"), ("04", "КВ-ГМ-0,5 №4", "после обеда")]
letter("muh", (20, 10, 15), "466577 статус по котлам",
       alt("muh", "466577:\n" + "\n".join("  %s  %s  %s" % r for r in _rows) + MUH_SIG,
           "<html><body><p>466577:</p>" + table(_rows, ["Поз.", "Котёл", "Статус"]) + "</body></html>"),
       D("466577", ["01", "02"], ON, "table: 01,02 on site, 03,04 planned"))

letter("ang", (20, 19, 40), "Сводка 20.11",
       plain("ang", "Добрый вечер!\n\nСегодня работали только по 466577: поз. 03 и 04 — проверка завершена, бригада "
                    "убыла в 17:50. (Как и по прошлой заявке 466158, замечания по дымоходам оформим отдельным письмом.)"
             + ANG_SIG),
       D("466577", ["03", "04"], OFF, "digest about one request; 466158 only history"))

letter("ang", (20, 20, 25), "Исправление: Сводка 20.11",
       plain("ang", "Исправляю свою сводку: по 466577 я перепутала позиции — закончены и убыли поз. 01 и 02 "
                    "(а не 03–04). 03 и 04 доделают завтра." + ANG_SIG),
       D("466577", ["01", "02"], OFF, "correction: 01,02 finished, 03,04 only planned"))

# ---------------------------------------------------------------- 21.11
letter("gal", (21, 9, 30), "466577 поз.3,4",
       plain("gal", "466577 поз.3,4 на месте" + GAL_SIG),
       D("466577", ["03", "04"], ON, "positions written as 3,4 = registry 03,04"))

letter("gal", (21, 13, 10), "Re: 466577 поз.3,4",
       plain("gal", "03/04 готово, выехали с котельной на базу" + GAL_SIG + "\n> 466577 поз.3,4 на месте\n"),
       D("466577", ["03", "04"], OFF, "leaving FROM the site = departed"))

letter("ang", (21, 14, 0), "RE: Акт 466388",
       plain("ang", "Спасибо, акт по 466388 получили, подписанный скан вышлю в понедельник." + ANG_SIG),
       R("thanks/acknowledgement, no status"))

letter("ang", (21, 20, 5), "Автоответ: RE: Акт 466388",
       plain("ang", "Я не на связи до понедельника 23.11. Срочные заявки — дежурный, тел. +7 (812) 466-20-15."),
       I("out-of-office auto-reply"), extra_headers=["Auto-Submitted: auto-replied",
                                                   "X-MS-Exchange-Inbox-Rules-Loop: a.stupak@" + DOM])

# ------------------------------------------------------------- registry etc.
REG = {
    "contractor": {"name": "ООО «Тёплый квадрат Ижора»",
                   "emails": [P[k][1] for k in ("ang", "gal", "kol", "muh", "news", "daemon")],
                   "domains": [DOM]},
    "requests": [
        {"number": "466103", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T08:15:00+03:00",
         "comment": "ТП-14 котельной, ул. Заводская 12"},
        {"number": "466117", "positions": ["1", "2"], "registered_at": "2026-11-09T10:40:00+03:00",
         "comment": "Приточная вентиляция корп. Б: ПВ-3, ПВ-4"},
        {"number": "466142", "positions": ["1"], "registered_at": "2026-11-10T09:05:00+03:00",
         "comment": "Насосная подкачки, ул. Кирпичная 2"},
        {"number": "466158", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-10T11:30:00+03:00",
         "comment": "ИТП домов 3, 5, 7, 9 по ул. Ольховой"},
        {"number": "466209", "positions": ["1", "2"], "registered_at": "2026-11-11T08:50:00+03:00",
         "comment": "Водонагреватели столовой №1, №2"},
        {"number": "466231", "positions": ["1"], "registered_at": "2026-11-11T14:20:00+03:00",
         "comment": "Течь на вводе теплосети, склад №4"},
        {"number": "466274", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:10:00+03:00",
         "comment": "Калориферы цеха 2"},
        {"number": "466306", "positions": ["1", "2"], "registered_at": "2026-11-13T08:00:00+03:00",
         "comment": "Тепловые завесы ворот №1, №2"},
        {"number": "466388", "positions": ["1"], "registered_at": "2026-11-16T10:15:00+03:00",
         "comment": "ЦТП-2, замена манометров"},
        {"number": "466415", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T08:40:00+03:00",
         "comment": "Радиаторы АБК, этажи 2, 3, 4"},
        {"number": "466502", "positions": ["1", "2"], "registered_at": "2026-11-18T09:30:00+03:00",
         "comment": "Бойлерная, бойлеры Б-1, Б-2"},
        {"number": "466577", "positions": ["01", "02", "03", "04"], "registered_at": "2026-11-19T08:20:00+03:00",
         "comment": "Сезонная проверка котлов 01-04, котельная №2"},
    ]}

with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REG, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
