#!/usr/bin/env python3
# Generator for persona EO: ООО «АВР-Водоканалсервис» (аварийно-восстановительные работы ВиК)
import json, os, datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, make_msgid, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
MSK = dt.timezone(dt.timedelta(hours=3))
TO = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"
TO_ADDR = "dispatch@zakazchik-omis.ru"

P = {
    "ods": ("Диспетчерская АВР (Кравец О.Н.)", "ods@avr-vks.ru"),
    "kravets": ("Кравец Ольга Николаевна", "o.kravets@avr-vks.ru"),
    "gusev": ("Гусев Сергей", "s.gusev@avr-vks.ru"),
    "hasanov": ("Рустам Хасанов", "r.hasanov@avr-vks.ru"),
    "bondar": ("Бондарь И.", "i.bondar@avr-vks.ru"),
    "bondar_mail": ("Игорь Бондарь", "bondar.brigada5@mail.ru"),
    "lomakin": ("Ломакин Андрей Викторович", "a.lomakin@avr-vks.ru"),
    "postmaster": ("Microsoft Outlook", "postmaster@avr-vks.ru"),
    "news": ("Корпоративная рассылка АВР", "news@avr-vks.ru"),
}

DISCL = (
    "________________________________\n"
    "КОНФИДЕНЦИАЛЬНОСТЬ: Настоящее сообщение и все приложения к нему предназначены исключительно "
    "для указанного адресата и могут содержать конфиденциальную информацию, в том числе сведения, "
    "составляющие коммерческую тайну ООО «АВР-Водоканалсервис» (ИНН 5032284417, КПП 503201001). "
    "Если Вы получили это сообщение по ошибке, пожалуйста, немедленно сообщите об этом отправителю "
    "и удалите сообщение. Любое копирование, распространение или использование информации запрещено. "
    "Сообщение не является офертой, акцептом или подтверждением принятия обязательств, если иное "
    "прямо не указано в тексте.\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee "
    "and may contain confidential or privileged information of AVR-Vodokanalservis LLC. If you have "
    "received this message in error, please notify the sender immediately and delete it. Any copying, "
    "distribution or use of this information is prohibited. This message does not constitute an offer, "
    "acceptance or confirmation of obligations unless expressly stated otherwise.\n"
    "Горячая линия / Hotline: +7 (495) 988-41-20, 8-800-555-07-14\n"
    "________________________________\n"
)
DISCL_HTML = "<hr><p style='font-size:8pt;color:#808080'>" + DISCL.replace("________________________________\n", "").replace("\n\n", "<br><br>").replace("\n", "<br>") + "</p>"

SIG_ODS = ("--\nС уважением,\nКравец Ольга Николаевна\nдиспетчер ОДС ООО «АВР-Водоканалсервис»\n"
           "тел. +7 (495) 988-41-20 доб. 104, моб. +7 926 311-70-42\n")
SIG_LOM = ("-- \nС уважением,\nЛомакин А.В.\nглавный инженер ООО «АВР-Водоканалсервис»\n"
           "+7 (495) 988-41-20 доб. 101\n")
IPH = "\nОтправлено с iPhone\n"
GAL = "\n\nОтправлено с моего Galaxy\n"
MAILRU = "\n--\nОтправлено из мобильной Почты Mail.ru\n"

REQ = {
    "350114": ("Заявка №350114 – порыв Ду150, ул. Заводская, 14",
               "Добрый день!\nНаправляем заявку №350114.\nПоз. 1 – колодец К-12, ул. Заводская, 14 (течь, затопление колодца).\n"
               "Поз. 2 – участок водопровода Ду150 от К-12 до К-13.\nПросим подтвердить принятие и сообщать о выезде/прибытии/убытии.\n"
               "Диспетчерская ОМИС, тел. 8 (495) 730-12-00"),
    "350127": ("Заявка 350127 засор канализационного коллектора ул. Ленина 37",
               "Засор коллектора Ду300, подпор в колодцах КК-4, КК-5, КК-6 (поз. 1, 2, 3). ул. Ленина, 37, во дворе.\nСрочно."),
    "350418": ("Садовая 3 (350418) задвижка Ду200",
               "Заявка 350418: поз.1 – замена задвижки Ду200 в камере ВК-7, ул. Садовая, 3; поз.2 – замена разбитого люка ВК-7.\n"
               "Отключение согласовать с РЭС."),
    "350790": ("Засор выпуска Ду150, ул. Гагарина, 8 (заявка 350790)",
               "Жилой дом ул. Гагарина, 8, подъезд 2 – засор выпуска Ду150, подтопление подвала. Заявка 350790, поз. 1."),
    "351006": ("АВАРИЯ! Порыв Ду250 ул. Промышленная 21 – заявка 351006",
               "Порыв водовода Ду250 у д. 21 по ул. Промышленной, вода на проезжей части.\nПоз.1 – устранение порыва, поз.2 – восстановление асфальта.\nДежурный диспетчер Смирнова."),
    "351247": ("Заявка #351247 замена задвижек Ду100",
               "#351247. Замена задвижек Ду100: поз.1 – ВК-31, поз.2 – ВК-32, поз.3 – ВК-33 (ул. Октябрьская, 12–16)."),
    "351385": ("Наряд 351385 прочистка ливневой канализации ул. Кирова 10",
               "Наряд 351385. Прочистка ливневой канализации у д. 10 по ул. Кирова, колодцы ЛК-3, ЛК-4.\nСрок – до 18.11.2026."),
    "351702": ("СРОЧНО 351702 порыв Ду400 5-я Северная",
               "Порыв магистрали Ду400, 5-я Северная ул., напротив д. 9. Без воды 3 квартала.\nПоз.1 – устранение порыва, поз.2 – врезка резервной линии."),
}

letters = []
labels = {}


def cs_obj(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    else:
        c.body_encoding = None  # 8bit
    return c


def text_part(body, sub="plain", cs="utf-8", enc="qp"):
    m = MIMEText("", sub)
    del m["Content-Transfer-Encoding"]
    del m["Content-Type"]
    m.set_type("text/" + sub)
    c = cs_obj(cs, enc)
    if cs == "koi8-r":
        body = body.translate(str.maketrans({"«": '"', "»": '"', "–": "-", "—": "-", "№": "N"}))
    m.set_payload(body, c)
    if enc == "8bit":
        del m["Content-Transfer-Encoding"]
        m["Content-Transfer-Encoding"] = "8bit"
    return m


def to_html(t):
    import html
    return "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body>" + \
        "".join("<p>%s</p>" % (html.escape(l) or "&nbsp;") for l in t.split("\n")) + "</body></html>"


def add(who, when, subject, body=None, *, html=None, fmt="plain", cs="utf-8", enc="qp",
        hcs=None, label=None, disclaimer=None, mailer=None, extra=None, raw=None):
    n = "%03d.eml" % (len(letters) + 1)
    name, addr = P[who]
    d = dt.datetime(2026, 11, *when, tzinfo=MSK)
    if raw is not None:
        data = raw.replace("\n", "\r\n").encode("ascii")
    else:
        if disclaimer is None:
            disclaimer = addr.endswith("@avr-vks.ru")
        if body is not None and disclaimer:
            body = body.rstrip("\n") + "\n\n" + DISCL
        if html is not None and disclaimer:
            html = html.replace("</body>", DISCL_HTML + "</body>")
        if fmt == "plain":
            m = text_part(body, "plain", cs, enc)
        elif fmt == "html":
            m = text_part(html, "html", cs, enc)
        else:
            m = MIMEMultipart("alternative")
            m.attach(text_part(body, "plain", cs, enc))
            m.attach(text_part(html, "html", cs, enc))
        m["From"] = formataddr((str(Header(name, hcs or cs)), addr))
        m["To"] = formataddr((str(Header("Диспетчерская ОМИС", "utf-8")), TO_ADDR))
        if (hcs or cs) == "koi8-r":
            subject = subject.translate(str.maketrans({"«": '"', "»": '"', "–": "-", "—": "-", "№": "N"}))
        hc = Charset(hcs or cs)
        if (hcs or cs) == "windows-1251":
            hc.header_encoding = QP
        m["Subject"] = Header(subject, hc) if not subject.isascii() else subject
        m["Date"] = format_datetime(d)
        m["Message-ID"] = make_msgid(idstring="avr%d" % (len(letters) + 1), domain=addr.split("@")[1])
        if "MIME-Version" not in m:
            m["MIME-Version"] = "1.0"
        if mailer:
            m["X-Mailer"] = mailer
        for k, v in (extra or {}).items():
            m[k] = v
        data = m.as_bytes()
    letters.append(n)
    with open(os.path.join(LET, n), "wb") as f:
        f.write(data)
    labels[n] = label


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def outlook_q(req, sent):
    s, t = REQ[req]
    return ("\n________________________________\nОт: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
            "Отправлено: %s\nКому: Диспетчерская АВР <ods@avr-vks.ru>\nТема: %s\n\n%s\n" % (sent, s, t))


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


OL = "Microsoft Outlook 16.0"
IPM = "iPhone Mail (20H240)"

# ---------------- 350114 (reg 02.11 07:40) ----------------
add("ods", (2, 8, 15), "RE: " + REQ["350114"][0],
    "Добрый день!\n\nЗаявку приняли в работу. Ответственный – мастер Гусев С.А., моб. +7 916 204-33-18.\n"
    "Ордер на раскопку №112/26-О запросили в администрации, уведомление в ГИБДД готовим.\n\n" + SIG_ODS
    + outlook_q("350114", "2 ноября 2026 г. 7:41"),
    cs="windows-1251", enc="qp", mailer=OL,
    label=D("350114", [], ACC, "dispatcher: accepted into work; positions not named; quoted customer text ignored"))

add("gusev", (2, 8, 52), "Re: 350114",
    "Выехали на Заводскую 14, будем минут через 40. ГАЗ-33088 А517КМ750\n" + IPH +
    "\n> 2 нояб. 2026 г., в 8:20, Диспетчерская АВР <ods@avr-vks.ru> написал(а):\n>\n"
    "> Сергей, 350114 на тебе. Заводская 14, К-12, порыв Ду150. Отпишись заказчику по выезду.\n",
    mailer=IPM, label=D("350114", [], WAY, "on the way, ETA 40 min; car plate is not a number to use"))

add("gusev", (2, 9, 47), "Re: 350114",
    "На месте. Поз.1 К-12 открыли, колодец затоплен под горловину, откачиваем мотопомпой\n" + IPH +
    "\n> 2 нояб. 2026 г., в 8:52, Гусев Сергей <s.gusev@avr-vks.ru> написал(а):\n>\n"
    "> Выехали на Заводскую 14, будем минут через 40. ГАЗ-33088 А517КМ750\n",
    mailer=IPM, label=D("350114", ["1"], ON, "on site at position 1; quoted older 'выехали' ignored"))

tbl = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=windows-1251'></head><body>"
       "<p>Добрый день!</p><p>Статус по заявке 350114 на 16:00 03.11.2026:</p>"
       "<table border=1 cellspacing=0 cellpadding=4><tr><th>Поз.</th><th>Объект</th><th>Состояние</th></tr>"
       "<tr><td>1</td><td>Колодец К-12, ул. Заводская, 14</td><td>Работы выполнены, бригада убыла в 15:40</td></tr>"
       "<tr><td>2</td><td>Участок Ду150 К-12 – К-13</td><td>Перенесено на 04.11 (ждём согласования ГИБДД)</td></tr>"
       "</table><p>Кравец О.Н., диспетчер ОДС<br>+7 (495) 988-41-20 доб. 104</p></body></html>")
add("ods", (3, 16, 20), "Заявка 350114 – статус на 16:00",
    "Добрый день!\n\nСтатус по заявке 350114 на 16:00 03.11.2026:\n\nПоз. | Объект | Состояние\n"
    "1 | Колодец К-12, ул. Заводская, 14 | Работы выполнены, бригада убыла в 15:40\n"
    "2 | Участок Ду150 К-12 – К-13 | Перенесено на 04.11 (ждём согласования ГИБДД)\n\n"
    "Кравец О.Н., диспетчер ОДС\n+7 (495) 988-41-20 доб. 104\n",
    html=tbl, fmt="alt", cs="windows-1251", enc="b64", mailer=OL,
    label=D("350114", ["1"], LEFT, "table: pos 1 done & left; pos 2 only postponed -> decided for pos 1"))

add("gusev", (4, 14, 5), "350114-2",
    "Ду150 переложили, 6 м ПЭ100 SDR17, стыки на муфтах. Засыпали, уехали с Заводской в 13:50.\n"
    "Асфальт по ордеру 112/26-О восстановим до 15.11\n" + IPH,
    mailer=IPM, label=D("350114", ["2"], LEFT, "subject 350114-2 = position 2; 'уехали с' = left from site"))

# ---------------- 350127 (reg 03.11 06:30) ----------------
add("ods", (3, 7, 5), "RE: " + REQ["350127"][0],
    "Принято.\nНаправляем каналопромывочную машину КО-564 (Е204ОР150) и бригаду Хасанова Р.Ф., "
    "ориентировочно выезд в 8:00.\n\n" + SIG_ODS + outlook_q("350127", "3 ноября 2026 г. 6:31"),
    cs="windows-1251", enc="b64", mailer=OL,
    label=D("350127", [], ACC, "accepted; departure only planned"))

add("hasanov", (3, 8, 10), "Re: " + REQ["350127"][0],
    "в пути, на Ленинградке стоим, будем к 9 ближе" + GAL +
    "\n-------- Исходное сообщение --------\nОт: Диспетчерская АВР <ods@avr-vks.ru>\nДата: 03.11.2026 07:05 (GMT+03:00)\n"
    "Кому: dispatch@zakazchik-omis.ru\nТема: RE: " + REQ["350127"][0] + "\n\nПринято.\nНаправляем каналопромывочную машину КО-564 ...\n",
    enc="b64", label=D("350127", [], WAY, "в пути, number only in Re: subject"))

add("hasanov", (3, 9, 5), "Re: " + REQ["350127"][0],
    "Прибыли на Ленина 37. Колодцы вскрыли, подпор до горловины, начинаем промывку" + GAL,
    enc="b64", label=D("350127", [], ON, "arrived; number from subject"))

add("hasanov", (3, 13, 30), "350127 поз 1,2",
    "по 1 и 2 пробили, промыли, поток пошел нормально. 3ю после обеда" + GAL,
    enc="b64", label=D("350127", ["1", "2"], LEFT, "pos 1,2 done; pos 3 only planned"))

add("hasanov", (3, 17, 45), "350127 (3)",
    "Третью закончили, КК-6 промыт, сдали мастеру участка Пронину. Уезжаем на базу." + GAL,
    enc="b64", label=D("350127", ["3"], LEFT, "position in brackets in subject; finished, leaving"))

# two requests in one letter
add("lomakin", (3, 10, 0), "Обстановка на 10:00",
    "Добрый день.\n\nПо 350114 бригада Гусева на месте, откачивают К-12.\nПо 350127 Хасанов на Ленина, промывка идёт.\n\n" + SIG_LOM,
    cs="koi8-r", enc="8bit", mailer="The Bat! (v10.5.3) Professional",
    label=R("two different requests in one letter"))

# ---------------- 350233 (reg 04.11 10:00) ----------------
add("ods", (4, 10, 12), "Обращение 350233 принято",
    "Коллеги, добрый день.\n\nОбращение №350233 (порыв Ду100, пр-т Мира, 52) принято, бригада Бондаря И. "
    "выедет после погрузки экскаватора.\n\n" + SIG_ODS,
    cs="windows-1251", enc="8bit", mailer=OL, label=D("350233", [], ACC, "обращение = request; accepted"))

add("bondar", (4, 10, 40), "350233",
    "ВЫЕХАЛИ НА МИРА 52. БУДЕМ 11.10\n\nОтправлено с Android\n",
    enc="b64", label=D("350233", [], WAY, "caps; 11.10 is a time, not a date"))

add("bondar", (4, 11, 30), "Re: 350233",
    "на мeсте. гибдд уведoмили, ордер 47-Р на руках, отключаем\n\nОтправлено с Android\n",
    enc="b64", label=D("350233", [], ON, "Latin e/o inside Cyrillic words; on site"))

add("bondar", (4, 11, 36), "Re: 350233",
    "Диспетчер, подскажите кто от водоканала акт подпишет? И отключение 4 домов (Мира 48-54) кто с УК согласует??\n\nОтправлено с Android\n",
    enc="b64", label=R("questions only, no status"))

add("bondar", (4, 19, 10), "350233 порыв устранен",
    "Хомут ремонтный Ду100 L=300 поставили, вода подана в 18:45, котлован засыпали. Убыли.\nАсфальт по графику 12.11\n\nОтправлено с Android\n",
    enc="b64", label=D("350233", [], LEFT, "repair done, left; asphalt only planned (no position named)"))

# ---------------- 350418 (reg 05.11 09:00) ----------------
add("ods", (5, 9, 30), "RE: " + REQ["350418"][0],
    "Принято в работу. Выполнение 06.11 с 8:00, отключение согласовано с РЭС водоканала (заявка на отключение №ОТ-5581).\n\n"
    + SIG_ODS + "\n-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSent: Thursday, November 5, 2026 9:02 AM\n"
    "To: Диспетчерская АВР <ods@avr-vks.ru>\nSubject: " + REQ["350418"][0] + "\n\n" + REQ["350418"][1] + "\n",
    cs="utf-8", enc="qp", mailer=OL,
    label=D("350418", [], ACC, "number in brackets after address in subject; accepted"))

add("gusev", (6, 7, 50), "Re: " + REQ["350418"][0],
    "Едем на Садовую. Задвижку 30ч6бр Ду200 везём с собой\n" + IPH,
    mailer=IPM, label=D("350418", [], WAY, "on the way; 30ч6бр is a model"))

fw = ("Добрый день.\nПересылаю отчёт мастера по заявке 350418.\n\n" + SIG_LOM +
      "\n-------- Пересылаемое сообщение --------\nОт: Гусев Сергей <s.gusev@avr-vks.ru>\nКому: Ломакин Андрей Викторович <a.lomakin@avr-vks.ru>\n"
      "Дата: Пятница, 6 ноября 2026, 11:58 +03:00\nТема: ВК-7 готово\n\n"
      "Андрей Викторович, на Садовой поз.1 закончили: задвижку Ду200 поменяли, опрессовали 10 атм, течи нет. Сворачиваемся.\n"
      "-------- Конец пересылаемого сообщения --------\n")
add("lomakin", (6, 12, 10), "Fwd: ВК-7 готово", fw, cs="koi8-r", enc="qp",
    mailer="The Bat! (v10.5.3) Professional",
    label=D("350418", ["1"], LEFT, "forwarded crew report: pos 1 finished"))

add("gusev", (7, 10, 0), "350418 П2",
    "П2 люк поставили новый, чугунный тип Т (ГОСТ 3634-2019), обойму забетонировали. уехали\n" + IPH,
    mailer=IPM, label=D("350418", ["2"], LEFT, "П2 = position 2; GOST number is a distractor"))

# ---------------- 350562 (reg 06.11 08:00) ----------------
add("ods", (6, 8, 40), "Заявка 350562 – колодцы мкр. Северный",
    "Добрый день!\nЗаявку 350562 получили, приняли. Работы начнём 09.11 (пн), бригада Хасанова.\n\n" + SIG_ODS,
    cs="utf-8", enc="b64", mailer=OL, label=D("350562", [], ACC, "received and accepted; start only planned"))

add("hasanov", (9, 8, 10), "350562",
    "выдвигаемся в Северный, сегодня поз 1,2 (К-21, К-22)" + GAL,
    enc="b64", label=D("350562", ["1", "2"], WAY, "moving out now for positions 1 and 2"))

h22 = ("<html><body><p>350562 – прибытие</p><table border=1>"
       "<tr><td><b>поз</b></td><td><b>колодец</b></td><td><b>прибытие</b></td></tr>"
       "<tr><td>1</td><td>К-21</td><td>08:55</td></tr><tr><td>2</td><td>К-22</td><td>08:55</td></tr>"
       "<tr><td>3</td><td>К-23</td><td>—</td></tr><tr><td>4</td><td>К-24</td><td>—</td></tr></table>"
       "<p>Хасанов</p></body></html>")
add("hasanov", (9, 9, 0), "350562 прибытие",
    "350562 – прибытие\nпоз  колодец  прибытие\n1  К-21  08:55\n2  К-22  08:55\n3  К-23  —\n4  К-24  —\nХасанов\n",
    html=h22, fmt="alt", enc="b64",
    label=D("350562", ["1", "2"], ON, "HTML table; arrival only for pos 1,2"))

add("hasanov", (9, 17, 5), "Re: 350562 прибытие",
    "1я и 2я готовы. Кольца КС 10.9 заменили, люки на место, мусор вывезли. уехали" + GAL +
    "\n-------- Исходное сообщение --------\nОт: Рустам Хасанов <r.hasanov@avr-vks.ru>\nДата: 09.11.2026 09:00 (GMT+03:00)\n"
    "Тема: 350562 прибытие\n\n350562 – прибытие\n1  К-21  08:55\n2  К-22  08:55\n",
    enc="b64", label=D("350562", ["1", "2"], LEFT, "subject says прибытие, body reports done and left"))

add("hasanov", (10, 8, 30), "350562 поз 3 и 4", "выехали на 3 и 4" + GAL, enc="b64",
    label=D("350562", ["3", "4"], WAY, "'выехали на' = heading to positions 3 and 4"))

add("hasanov", (10, 15, 20), "350562 поз 3 и 4",
    "по 3й закончили. 4ю завтра — не привезли плиту ПП10-2" + GAL, enc="b64",
    label=D("350562", ["3"], LEFT, "pos 3 done; pos 4 only planned"))

add("hasanov", (11, 13, 10), "350562 поз4", "К-24 сделали всё. Закрыто" + GAL, enc="b64",
    label=D("350562", ["4"], LEFT, "поз4 in subject; done"))

# ---------------- 350790 (reg 09.11 18:20) ----------------
add("bondar_mail", (9, 18, 40), "заявка 350790",
    "Заявку 350790 принял. Илососная в ремонте до утра, выезд завтра в 7:30" + MAILRU,
    enc="b64", label=D("350790", [], ACC, "accepted from personal mail; departure planned"))

add("bondar_mail", (10, 7, 35), "Re: заявка 350790",
    "еще не выехали, ждем машину с ремонта. как выедем напишу" + MAILRU + "\n\n" +
    gt("Заявку 350790 принял. Илососная в ремонте до утра, выезд завтра в 7:30"),
    enc="b64", label=R("negation: not yet departed"))

add("bondar", (10, 8, 45), "Re: " + REQ["350790"][0],
    "выехал на гагарина, минут 20\n\nОтправлено с Android\n", enc="b64",
    label=D("350790", [], WAY, "number only in Re: subject"))

add("bondar", (10, 10, 35), "Re: " + REQ["350790"][0],
    "Прочистили тросом 35 м, выпуск работает, подвал сухой. Убыли 10:30\n\nОтправлено с Android\n\n"
    "10 нояб. 2026 г. 8:45 пользователь Бондарь И. <i.bondar@avr-vks.ru> написал:\n" + gt("выехал на гагарина, минут 20"),
    enc="b64", label=D("350790", [], LEFT, "cleared and left; quoted 'выехал' ignored"))

add("bondar_mail", (12, 9, 15), "Гагарина 8 опять",
    "По 350790 жильцы опять звонят, засор повторный. Это не наш участок — выпуск после колодца в зоне УК \"Комфорт\", "
    "пусть УК чистит внутридомовую. Бесплатно второй раз не поедем." + MAILRU,
    enc="b64", label=R("complaint / dispute, no status"))

# ---------------- 351006 (reg 10.11 22:10) ----------------
add("ods", (10, 22, 30), "RE: " + REQ["351006"][0],
    "Принята. Бригада №2 (Гусев С.А.) собирается, выезд в течение 20 минут.\n\n" + SIG_ODS + outlook_q("351006", "10 ноября 2026 г. 22:11"),
    cs="windows-1251", enc="qp", mailer=OL, label=D("351006", [], ACC, "accepted; departure in 20 min is a plan"))

add("gusev", (10, 23, 10), "Re: " + REQ["351006"][0],
    "на месте. бьёт из под асфальта, перекрываем ВК-40 и ВК-41. Нужна ГИБДД на перекрытие полосы\n" + IPH,
    mailer=IPM, label=D("351006", [], ON, "on site"))

add("gusev", (11, 6, 20), "351006",
    "Поз.1 – хомут Ду250 поставили, течь устранена, котлован засыпали песком. Убыли в 6:00.\n"
    "Поз.2 асфальт – уведомление в ГИБДД подали, восстановим 18.11 по ордеру 205/26\n" + IPH,
    mailer=IPM, label=D("351006", ["1"], LEFT, "pos 1 done and left; pos 2 only planned"))

add("lomakin", (13, 11, 0), "Re: " + REQ["351006"][0],
    "Здравствуйте, коллеги.\n\nПо заявке 351006 объём восстановления асфальтобетонного покрытия вырос до 42 м2 "
    "против 25 м2 по смете №С-118 (размыв основания). Прошу согласовать доп. объём, счёт №774 от 13.11.2026 "
    "выставим по договору №АВР-14/2026.\n\n" + SIG_LOM + "\nВы писали 11 ноября 2026 г., 8:02:\n\n"
    "ДО> Прошу сообщить сроки восстановления асфальта.\nДО> Диспетчерская ОМИС\n",
    cs="koi8-r", enc="b64", mailer="The Bat! (v10.5.3) Professional",
    label=R("price/estimate talk, no status; initials-prefixed quote"))

add("gusev", (16, 17, 40), "Re: ордер 205/26 Промышленная",
    "Спасибо, принял\n" + IPH + "\n> 16 нояб. 2026 г., в 17:31, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n>\n"
    "> Сергей Алексеевич, ордер 205/26 по заявке 351006 продлён администрацией до 20.11. Копия во вложении.\n",
    mailer=IPM, label=R("acknowledgement of dispatcher's own message ('принял' = got it), no status"))

add("gusev", (18, 15, 30), "351006-2",
    "Асфальт на Промышленной 21 восстановили, 42 кв.м, каток отработал. Ордер закрываем в администрации\n" + IPH,
    mailer=IPM, label=D("351006", ["2"], LEFT, "position after dash in subject; asphalt restored"))

# ---------------- 351247 (reg 12.11 09:00) ----------------
add("ods", (12, 9, 40), "RE: " + REQ["351247"][0],
    "#351247 принята. Работы 13–14.11, бригада Хасанова. Задвижки 30ч39р Ду100 – 3 шт. со склада.\n\n" + SIG_ODS,
    html="<html><body><p>#351247 принята. Работы 13–14.11, бригада Хасанова. Задвижки 30ч39р Ду100 – 3 шт. со склада.</p>"
         "<p>--<br>С уважением,<br>Кравец Ольга Николаевна<br>диспетчер ОДС</p></body></html>",
    fmt="alt", cs="utf-8", enc="qp", mailer=OL, label=D("351247", [], ACC, "# before number; accepted"))

add("hasanov", (13, 8, 0), "351247 (1)", "едем на ВК-31" + GAL, enc="b64",
    label=D("351247", ["1"], WAY, "position in brackets in subject"))

add("hasanov", (13, 9, 15), "Re: 351247 (1)", "поз1 на месте, колодец сухой, начинаем" + GAL, enc="b64",
    label=D("351247", ["1"], ON, "поз1"))

add("hasanov", (13, 14, 10), "351247 п.1 п.2",
    "п.1 и п.2 сделали, задвижки 30ч39р Ду100 PN16 стоят, опрессовка ок. Старые сдали на склад" + GAL, enc="b64",
    label=D("351247", ["1", "2"], LEFT, "п.1/п.2 done"))

add("hasanov", (14, 10, 0), "351247 поз.4",
    "по поз.4 ВК-34 тоже травит, поменяли заодно задвижку. внесите в заявку пожалуйста" + GAL, enc="b64",
    label=R("position 4 does not exist in request 351247"))

add("hasanov", (14, 16, 5), "Re: 351247 поз.4",
    "ВК-33 третья позиция закрыта, уехали" + GAL + "\n-------- Исходное сообщение --------\n"
    "От: Рустам Хасанов <r.hasanov@avr-vks.ru>\nДата: 14.11.2026 10:00 (GMT+03:00)\nТема: 351247 поз.4\n\n"
    "по поз.4 ВК-34 тоже травит, поменяли заодно задвижку.\n",
    enc="b64", label=D("351247", ["3"], LEFT, "body names 3rd position; Re: subject's поз.4 is old"))

# ---------------- 351385 (reg 16.11 10:00) ----------------
add("ods", (16, 10, 30), "Re: " + REQ["351385"][0],
    "Добрый день.\n\n" + gt(REQ["351385"][1]) + "\n\nПринято, выезд завтра утром.\n\n" + SIG_ODS,
    cs="utf-8", enc="8bit", mailer=OL, label=D("351385", [], ACC, "reply written under the quote; accepted"))

add("bondar", (17, 13, 20), "Наряд 351385",
    "Прибытие 10:20, убытие 13:05. ЛК-3 и ЛК-4 промыли, решетки почистили\n\nОтправлено с Android\n", enc="b64",
    label=D("351385", [], LEFT, "nouns with times; latest = убытие"))

add("bondar", (17, 13, 25), "(без темы)", "Кирова всё, уехали. фото в вацап скинул\n\nОтправлено с Android\n", enc="b64",
    label=R("no request number at all"))

bounce = """From: Microsoft Outlook <postmaster@avr-vks.ru>
To: dispatch@zakazchik-omis.ru
Date: Tue, 17 Nov 2026 14:02:11 +0300
Subject: =?utf-8?B?0J3QtSDQtNC+0YHRgtCw0LLQu9C10L3Qvjog0J3QsNGA0Y/QtCAzNTEzODU=?=
Message-ID: <bounce-5f2c9a11@avr-vks.ru>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="BND_1"

--BND_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s
--BND_1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.avr-vks.ru

Final-Recipient: rfc822; e.petrenko@avr-vks.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--BND_1
Content-Type: text/rfc822-headers

From: dispatch@zakazchik-omis.ru
To: e.petrenko@avr-vks.ru
Subject: =?utf-8?B?0J3QsNGA0Y/QtCAzNTEzODU=?=
Date: Tue, 17 Nov 2026 14:01:58 +0300

--BND_1--
"""
import base64
btxt = ("Не удалось доставить сообщение следующим получателям:\n\ne.petrenko@avr-vks.ru\n"
        "Адрес электронной почты не найден. Удалённый сервер: 550 5.1.1 RESOLVER.ADR.RecipNotFound\n")
add("postmaster", (17, 14, 2), None, raw=bounce % base64.encodebytes(btxt.encode()).decode().strip(),
    label=I("delivery failure report (bounce)"))

# ---------------- 351702 (reg 18.11 03:10) ----------------
add("gusev", (18, 3, 25), "Re: " + REQ["351702"][0], "принял, собираю бригаду\n" + IPH, mailer=IPM,
    label=D("351702", [], ACC, "accepted at night"))

add("gusev", (18, 4, 10), "Re: " + REQ["351702"][0],
    "Выезжаем с базы на 5ю Северную, экскаватор следом\n" + IPH, mailer=IPM,
    label=D("351702", [], WAY, "leaving FROM base TO site = on the way"))

add("gusev", (18, 5, 5), "Re: " + REQ["351702"][0],
    "на месте. JCB 3CX (7521 ММ 50) подошел, вскрываем\n" + IPH, mailer=IPM,
    label=D("351702", [], ON, "on site; machine plate distractor"))

add("ods", (18, 14, 30), "FW: 351702 поз 1",
    "Коллеги, пересылаю SMS мастера Гусева С.А. (+7 916 204-33-18), 14:22:\n\n"
    "«351702 поз 1 заварили, вставка 1,5 м Ду400, вода подана 14:10, уехали на базу»\n\n" + SIG_ODS,
    cs="windows-1251", enc="qp", mailer=OL, label=D("351702", ["1"], LEFT, "forwarded SMS report: pos 1 done, left"))

add("gusev", (19, 9, 0), "351702 поз 2 врезка",
    "по поз 2 врезку будем делать 21.11 с 9:00, нужно отключение 6 часов. Согласуйте пожалуйста с абонентами "
    "(школа №14, поликлиника)\n" + IPH, mailer=IPM, label=R("plan and request for approval, no status"))

add("gusev", (21, 16, 40), "Fwd: врезка",
    "к сведению\n" + IPH + "\n\nНачало переадресованного сообщения:\n\n"
    "От: Пахомов Дмитрий <d.pakhomov@avr-vks.ru>\nДата: 21 ноября 2026 г. в 16:31:12 GMT+3\nКому: Гусев Сергей <s.gusev@avr-vks.ru>\n"
    "Тема: врезка\n\nСергей, 351702/2 врезку выполнили в 15:30, задвижки открыли, давление есть. Убыли.\n",
    mailer=IPM, label=D("351702", ["2"], LEFT, "iPhone forward of foreman's report; 351702/2 = pos 2"))

# ---------------- 352011 (reg 20.11 11:00) ----------------
h51 = ("<html><head><meta charset='utf-8'></head><body><div style='font-family:Calibri'>"
       "<p>Добрый день!</p><p>Заявка <b>352011</b> (ул. Рабочая, колодцы К-7, К-8, участок Ду200) "
       "принята в работу. Плановый выход бригады – 23.11.</p><p>Кравец О.Н.<br>ОДС АВР</p></div></body></html>")
add("ods", (20, 11, 30), "Заявка 352011", html=h51, fmt="html", enc="b64", mailer=OL,
    label=D("352011", [], ACC, "HTML-only; accepted"))

ooo = ("Здравствуйте!\n\nЯ нахожусь в командировке до 24.11.2026 без доступа к почте. По срочным вопросам – "
       "диспетчерская ОДС, +7 (495) 988-41-20 доб. 104.\n\nI am out of office until 24.11.2026.\n")
add("lomakin", (20, 11, 31), "Автоматический ответ: Заявка 352011", ooo, cs="utf-8", enc="b64",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    label=I("out-of-office auto-reply"))

add("bondar", (23, 8, 55), "352011", "выехали на Рабочую\n\nОтправлено с Android\n", enc="b64",
    label=D("352011", [], WAY, "on the way"))

add("bondar", (23, 9, 45), "Re: 352011", "352011 пpибыли в 9:40, вскрываем К-7\n\nОтправлено с Android\n", enc="b64",
    label=D("352011", [], ON, "Latin p in 'прибыли'; on site"))

add("bondar", (23, 15, 0), "352011 по позициям",
    "п1 (К-7) готово, с него ушли. на п2 работаем. п3 не начинали\n\nОтправлено с Android\n", enc="b64",
    label=R("different statuses for different positions (1 left, 2 on site)"))

add("bondar", (24, 17, 0), "352011",
    "352011 все позиции закрыты, выехали с Рабочей на базу. Бригада освободилась\n\nОтправлено с Android\n", enc="b64",
    label=D("352011", [], LEFT, "'выехали с ... на базу' = left the site; all positions"))

# ---------------- 352260 (reg 25.11 08:00) ----------------
add("ods", (25, 8, 20), "заявка 352260",
    "352260 – принята, ответственный Хасанов Р.Ф., моб. +7 903 115-62-90.\n\n" + SIG_ODS,
    cs="koi8-r", enc="b64", mailer=OL, label=D("352260", [], ACC, "accepted"))

add("hasanov", (25, 8, 35), "352260", "по 352260 выезжаем в 9, сейчас грузим задвижку Ду300" + GAL, enc="b64",
    label=R("plan: will depart at 9, not yet on the way"))

add("hasanov", (25, 9, 5), "352260", "Бригада выдвинулась на Лесную 7" + GAL, enc="b64",
    label=D("352260", [], WAY, "crew set off"))

rr = """From: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0JDQktCg?= <ods@avr-vks.ru>
To: dispatch@zakazchik-omis.ru
Date: Wed, 25 Nov 2026 09:20:44 +0300
Subject: =?utf-8?B?0J/RgNC+0YfQuNGC0LDQvdC+OiDQl9Cw0Y/QstC60LAgMzUyMjYwIOKAkyDQvtGC0LrQu9GO0YfQtdC90LjQtQ==?=
Message-ID: <mdn-77a1c0@avr-vks.ru>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN_2"

--MDN_2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s
--MDN_2
Content-Type: message/disposition-notification

Reporting-UA: mail.avr-vks.ru; Microsoft Exchange Server
Final-Recipient: rfc822; ods@avr-vks.ru
Original-Message-ID: <omis-352260-2@zakazchik-omis.ru>
Disposition: automatic-action/MDN-sent-automatically; displayed

--MDN_2--
"""
rtxt = "Ваше сообщение\n\n Тема: Заявка 352260 – отключение\n\nбыло прочитано 25.11.2026 9:20.\n"
add("ods", (25, 9, 20), None, raw=rr % base64.encodebytes(rtxt.encode()).decode().strip(),
    label=I("read receipt"))

h58 = ("<html><body><div dir='auto'>352260 на месте, камера открыта, воды нет, меняем</div>"
       "<div dir='auto'><br></div><div dir='auto'>Отправлено с моего Galaxy</div></body></html>")
add("hasanov", (25, 9, 50), "Re: 352260", html=h58, fmt="html", enc="qp",
    label=D("352260", [], ON, "HTML-only from phone; on site"))

fw59 = ("Добрый день!\nПересылаю отчёт бригады.\n\n" + SIG_ODS +
        "\nОт: Рустам Хасанов <r.hasanov@avr-vks.ru>\nОтправлено: 26 ноября 2026 г. 11:52\nКому: Диспетчерская АВР <ods@avr-vks.ru>\n"
        "Тема: Лесная 7\n\nОльга, по 352260 задвижку Ду300 заменили, всё работает, давление 4,2. Уехали.\n")
add("ods", (26, 12, 0), "FW: Лесная 7", fw59, cs="windows-1251", enc="b64", mailer=OL,
    label=D("352260", [], LEFT, "Outlook forward of crew report"))

cal = MIMEMultipart("alternative")
cal.attach(text_part("Ломакин Андрей Викторович принял это приглашение.\n", "plain", "utf-8", "b64"))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ломакин Андрей Викторович:mailto:a.lomakin@avr-vks.ru\r\n"
       "SUMMARY:Принято: Селектор по аварийным работам (заявки 351702\\, 352011)\r\n"
       "DTSTART:20261126T100000Z\r\nDTEND:20261126T110000Z\r\nUID:040000008200E00074C5B7101A82E008000000@zakazchik-omis.ru\r\n"
       "DTSTAMP:20261124T091500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cp = text_part(ics, "calendar", "utf-8", "b64")
cp.set_param("method", "REPLY")
cal.attach(cp)
cal["From"] = formataddr((str(Header(P["lomakin"][0], "utf-8")), P["lomakin"][1]))
cal["To"] = formataddr((str(Header("Диспетчерская ОМИС", "utf-8")), TO_ADDR))
cal["Subject"] = Header("Принято: Селектор по аварийным работам (заявки 351702, 352011)", "utf-8")
cal["Date"] = format_datetime(dt.datetime(2026, 11, 24, 12, 15, tzinfo=MSK))
cal["Message-ID"] = make_msgid(idstring="cal", domain="avr-vks.ru")
add("lomakin", (24, 12, 15), None, raw=cal.as_string().replace("\r\n", "\n").replace("\n", "\n"),
    label=I("calendar meeting response generated by mail client"))

add("hasanov", (27, 8, 0), "Автоответ: RE: 352260 закрытие",
    "Я в отпуске с 27.11 по 10.12. По заявкам обращайтесь к мастеру Гусеву С.А. +7 916 204-33-18.\n",
    enc="b64", extra={"Auto-Submitted": "auto-replied"}, disclaimer=False,
    label=I("vacation auto-reply"))

news = ("Дайджест АВР, неделя 47\n\nЗа неделю бригады закрыли 23 заявки, выполнено 312 м2 восстановления асфальта.\n"
        "Поздравляем бригаду №2 (мастер Гусев С.А.) – лучшая бригада ноября!\nНапоминаем: с 01.12 переход на зимний режим дежурств.\n\n"
        "Отписаться: https://portal.avr-vks.ru/unsubscribe\n")
add("news", (27, 10, 0), "Дайджест АВР: итоги недели 47", news, cs="utf-8", enc="qp",
    extra={"Precedence": "bulk", "List-Id": "<digest.avr-vks.ru>",
           "List-Unsubscribe": "<https://portal.avr-vks.ru/unsubscribe>"},
    label=I("corporate bulk mailing list"))

# request number not in registry
add("gusev", (26, 10, 15), "по заявке 351999",
    "По заявке 351999 выехали, колодец К-3 на Береговой, будем через полчаса\n" + IPH, mailer=IPM,
    label=R("request 351999 is not in the registry"))

# ---------------- output ----------------
registry = {
    "contractor": {"name": "ООО «АВР-Водоканалсервис»",
                   "emails": [v[1] for v in P.values()] + ["d.pakhomov@avr-vks.ru"],
                   "domains": ["avr-vks.ru"]},
    "requests": [
        {"number": "350114", "positions": ["1", "2"], "registered_at": "2026-11-02T07:40:00+03:00",
         "comment": "Порыв Ду150 ул. Заводская, 14: 1 – колодец К-12; 2 – участок Ду150 К-12–К-13"},
        {"number": "350127", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T06:30:00+03:00",
         "comment": "Засор коллектора Ду300 ул. Ленина, 37: 1 – КК-4; 2 – КК-5; 3 – КК-6"},
        {"number": "350233", "positions": ["1"], "registered_at": "2026-11-04T10:00:00+03:00",
         "comment": "Порыв Ду100 пр-т Мира, 52"},
        {"number": "350418", "positions": ["1", "2"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "ул. Садовая, 3: 1 – замена задвижки Ду200 в ВК-7; 2 – замена люка ВК-7"},
        {"number": "350562", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T08:00:00+03:00",
         "comment": "Ремонт колодцев мкр. Северный: 1 – К-21; 2 – К-22; 3 – К-23; 4 – К-24"},
        {"number": "350790", "positions": ["1"], "registered_at": "2026-11-09T18:20:00+03:00",
         "comment": "Засор выпуска Ду150, ул. Гагарина, 8"},
        {"number": "351006", "positions": ["1", "2"], "registered_at": "2026-11-10T22:10:00+03:00",
         "comment": "Порыв Ду250 ул. Промышленная, 21: 1 – устранение порыва; 2 – восстановление асфальта"},
        {"number": "351247", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "Замена задвижек Ду100 ул. Октябрьская: 1 – ВК-31; 2 – ВК-32; 3 – ВК-33"},
        {"number": "351385", "positions": ["1"], "registered_at": "2026-11-16T10:00:00+03:00",
         "comment": "Прочистка ливневой канализации ул. Кирова, 10 (ЛК-3, ЛК-4)"},
        {"number": "351702", "positions": ["1", "2"], "registered_at": "2026-11-18T03:10:00+03:00",
         "comment": "Порыв Ду400 5-я Северная: 1 – устранение порыва; 2 – врезка резервной линии"},
        {"number": "352011", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T11:00:00+03:00",
         "comment": "ул. Рабочая: 1 – колодец К-7; 2 – колодец К-8; 3 – участок канализации Ду200"},
        {"number": "352260", "positions": ["1"], "registered_at": "2026-11-25T08:00:00+03:00",
         "comment": "Замена задвижки Ду300, ул. Лесная, 7"},
    ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(letters), "letters")
