# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «ПаркТехКонтроль» (осмотр и ремонт детских,
спортивных площадок и уличных тренажёров в парках) -> dispatch@zakazchik-omis.ru."""
import json, os, random
from datetime import datetime, timedelta, timezone
from email import charset as ecs
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.message import Message
from email.utils import format_datetime, formataddr
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
random.seed(450)

DOM = "parkkontrol.ru"
DISPATCH = "dispatch@zakazchik-omis.ru"
MSK = timezone(timedelta(hours=3))
UTC = timezone.utc

PEOPLE = {
    "office": ("Лебедева Светлана", "s.lebedeva@parkkontrol.ru"),
    "office2": ("ООО ПаркТехКонтроль", "office@parkkontrol.ru"),
    "kov": ("Ковалёв Андрей", "a.kovalev@parkkontrol.ru"),
    "kovm": ("Андрей Ковалёв", "kovalev.andrey77@mail.ru"),
    "yus": ("Юсупов Дамир", "d.yusupov@parkkontrol.ru"),
    "pet": ("Петренко Илья", "i.petrenko@parkkontrol.ru"),
    "br2": ("Бригада 2", "brigada2@parkkontrol.ru"),
    "news": ("ПаркТехКонтроль — новости", "news@parkkontrol.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@parkkontrol.ru"),
}

SIG_OFF = ("С уважением,\nЛебедева Светлана Игоревна\nведущий специалист договорного отдела\n"
           "ООО «ПаркТехКонтроль»\nИНН 6671234508 / КПП 667101001\n"
           "тел. (343) 287-15-90, доб. 114")
SIG_KOV = "--\nА.С. Ковалёв\nинженер-инспектор ООО «ПаркТехКонтроль»\n+7 (912) 604-18-33"
SIG_PET = "Петренко И.В.\nинженер ТН\nООО «ПаркТехКонтроль», т. 8 (343) 287-15-90 доб. 121"
SIG_YUS = "Юсупов Д.\nбригадир, 8-922-117-40-56"


def cs(name, enc):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    if name != "utf-8":
        c.header_encoding = BASE64
    return c


KOI_FIX = str.maketrans({"—": "-", "–": "-", "«": '"', "»": '"', "№": "N", "…": "..."})


def text(body, charset="utf-8", enc="8bit", sub="plain"):
    if charset == "koi8-r":
        body = body.translate(KOI_FIX)
    return MIMEText(body, sub, cs(charset, enc))


def alt(plain, html, charset="utf-8", enc="qp"):
    m = MIMEMultipart("alternative")
    m.attach(text(plain, charset, enc))
    m.attach(text(html, charset, enc, "html"))
    return m


def jpg(name):
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes(random.getrandbits(8) for _ in range(600)) + b"\xff\xd9"
    p = MIMEImage(data, "jpeg")
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def mixed(main, *atts):
    m = MIMEMultipart("mixed")
    m.attach(main)
    for a in atts:
        m.attach(a)
    return m


LETTERS = []  # (datetime, msg, label)


def add(when, who, subject, part, label, tz=MSK, subj_cs="utf-8", to=DISPATCH,
        mailer=None, extra=None, reply=False):
    name, addr = PEOPLE[who]
    d = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=MSK).astimezone(tz)
    msg = part
    hc = "utf-8" if subj_cs == "utf-8" else subj_cs
    if hc == "koi8-r":
        subject = subject.translate(KOI_FIX)
    msg["From"] = formataddr((str(Header(name, hc)), addr)) if subj_cs == "utf-8" else \
        "%s <%s>" % (Header(name, hc).encode(), addr)
    msg["To"] = to
    msg["Subject"] = Header(subject, hc)
    msg["Date"] = format_datetime(d)
    LETTERS.append([d, msg, label, reply])
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


A, B, C, D = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
OUTL = "Microsoft Outlook 16.0"
TB = "Mozilla Thunderbird"

# ---------------------------------------------------------------- 450112 Заречный
add("2026-11-02 11:20", "office", "Заявка № 450112 — принята в работу", text(
    "Исх. № 1187/ПТК от 02.11.2026\n\nУважаемые коллеги!\n\n"
    "ООО «ПаркТехКонтроль» подтверждает получение заявки № 450112 (парк «Заречный») "
    "и сообщает о принятии её в работу. Ответственный исполнитель — инженер-инспектор "
    "Ковалёв Андрей Сергеевич, тел. +7 (912) 604-18-33.\n\n"
    "Осмотр оборудования выполняется в соответствии с ГОСТ Р 52301-2013 и условиями "
    "договора № 14/26-ОБ от 15.01.2026. О выезде бригады сообщим дополнительно.\n\n" + SIG_OFF,
    enc="qp"), dec("450112", [], A, "formal acceptance, no positions named"), mailer=OUTL)

add("2026-11-03 08:40", "kov", "450112 поз 1,2 выезд", text(
    "Доброе утро.\nВыехали с базы на Заречный, по позициям 1 и 2 (Кораблик и хоккейная коробка). "
    "Будем ориентировочно к 9:30.\n\n" + SIG_KOV),
    dec("450112", ["1", "2"], B, "left the base for the site, ETA 9:30"), mailer=TB)

m = mixed(text(
    "На месте, П1 «Кораблик». Начали.\n\n"
    "Чек-лист П1 (ГОСТ Р 52301-2013, прил. А):\n"
    "☑ визуальный осмотр\n"
    "☑ проверка фундаментов и креплений\n"
    "☐ замена цепи качелей (инв. № 0031-К, 2 шт.)\n"
    "☐ покраска\n"
    "☐ уборка территории после работ\n\n"
    "Коробка (П2) — после обеда.\n\n" + SIG_KOV), jpg("IMG_20261103_0948.jpg"))
add("2026-11-03 09:52", "kov", "Re: 450112 поз 1,2 выезд", m,
    dec("450112", ["1"], C, "on site at P1; P2 only planned for afternoon; subject is old"), mailer=TB)

m = mixed(text(
    "П1 закрыли, работы по позиции завершены.\n\n"
    "[x] осмотр\n"
    "[x] замена цепи — 2 цепи на качелях инв. 0031-К, цепь DIN 5685 6 мм\n"
    "[x] крепёж подтянут\n"
    "[ ] покраска — перенос на весну, t ниже +5\n\n"
    "Акт осмотра № ТН-1103/01 подпишем у администрации парка в понедельник. "
    "Фото во вложении.\n\n" + SIG_KOV),
    jpg("P1_do.jpg"), jpg("P1_posle.jpg"))
add("2026-11-03 13:05", "kov", "450112-1 готово", m,
    dec("450112", ["1"], D, "P1 work finished; painting postponed is not a status"), mailer=TB)

add("2026-11-03 16:10", "kov", "Re: 450112-1 готово", text(
    "По второй позиции (хоккейная коробка) тоже закончили, бригада освободилась в 15:50. "
    "Борта в норме, сетку на воротах заменили.\n\n" + SIG_KOV + "\n\n"
    "03.11.2026 13:05, Ковалёв Андрей пишет:\n"
    "> П1 закрыли, работы по позиции завершены.\n>\n> [x] осмотр\n"
    "> [x] замена цепи — 2 цепи на качелях инв. 0031-К, цепь DIN 5685 6 мм\n"
    "> [x] крепёж подтянут\n> [ ] покраска — перенос на весну, t ниже +5\n"),
    dec("450112", ["2"], D, "P2 finished, crew free; quote about P1 ignored"), mailer=TB, reply=True)

add("2026-11-05 17:30", "kov", "Заречный, воркаут", text(
    "Коллеги, добрый вечер.\nПо 450112 поз. 3 (воркаут-зона) — выезд завтра с утра. "
    "Просьба предупредить администрацию парка, нужен доступ к щитовой для болгарки.\n\n" + SIG_KOV),
    rev("plan only: выезд завтра + request to customer"), mailer=TB)

add("2026-11-06 10:05", "kovm", "450112 (3)", text(
    "на месте. турник двухуровневый шатается, стойка инв 0047-Т, будем бетонировать\n\n"
    "Отправлено с iPhone"), dec("450112", ["3"], C, "on site, position in brackets in subject"),
    tz=UTC, mailer="iPhone Mail (20H240)")

add("2026-11-06 14:20", "office", "Отчёт по заявке 450112 на 06.11.2026", text(
    "<html><body><p>Уважаемые коллеги!</p><p>Направляем сводку по заявке <b>№ 450112</b> "
    "(парк «Заречный») по состоянию на 14:00 06.11.2026.</p>"
    "<table border=1 cellpadding=4 cellspacing=0>"
    "<tr><th>Поз.</th><th>Объект</th><th>Инв. №</th><th>Состояние</th></tr>"
    "<tr><td>1</td><td>Детская площадка «Кораблик»</td><td>0031-К</td><td>Выполнено 03.11, бригада убыла</td></tr>"
    "<tr><td>2</td><td>Хоккейная коробка</td><td>0032-С</td><td>Выполнено 03.11, бригада убыла</td></tr>"
    "<tr><td>3</td><td>Воркаут-зона</td><td>0047-Т</td><td>Стойка забетонирована, работы выполнены, бригада убыла в 13:40</td></tr>"
    "</table><p>Акты № ТН-1103/01, ТН-1106/02 будут переданы с курьером.</p>"
    "<p>С уважением,<br>Лебедева С.И.<br>ООО «ПаркТехКонтроль»<br>(343) 287-15-90</p></body></html>",
    enc="b64", sub="html"),
    dec("450112", ["1", "2", "3"], D, "HTML-only table: all three rows report crew left"), mailer=OUTL)

# ---------------------------------------------------------------- 450118 Лесная
add("2026-11-03 12:05", "office", "Подтверждение приёма заявки 450118", text(
    "Добрый день!\n\nЗаявка № 450118 от 03.11.2026 (сквер по ул. Лесной) принята к исполнению. "
    "Выезд бригады планируется на 04.11.2026.\n\n" + SIG_OFF, "windows-1251", "qp"),
    dec("450118", [], A, "accepted; planned departure does not override"), subj_cs="windows-1251", mailer=OUTL)

add("2026-11-04 08:15", "br2", "Лесная", text(
    "450118 выезжаем, 2 чел., газель Н 482 ОР 96\nстарший Мухин, 8-912-055-31-07",
    "windows-1251", "qp"), dec("450118", [], B, "выезжаем = travelling now; car plate and phone are noise"),
    subj_cs="windows-1251", mailer="The Bat! (v9.4.5) Professional")

add("2026-11-04 12:40", "br2", "Лесная 450118 — всё", mixed(text(
    "На Лесной закончили в 12:30, все объекты проверены, болты М12 заменены 6 шт. Снялись.\n"
    "Фото прилагаю.\nМухин", "windows-1251", "b64"), jpg("lesnaya_1.jpg"), jpg("lesnaya_2.jpg")),
    dec("450118", [], D, "finished and left, whole request"), subj_cs="windows-1251",
    mailer="The Bat! (v9.4.5) Professional")

# ---------------------------------------------------------------- 450131 Победы
add("2026-11-05 09:50", "office", "Заявка 450131 Парк Победы — принята", alt(
    "Исх. № 1201/ПТК от 05.11.2026\n\nУважаемые коллеги!\n\nЗаявка № 450131 (Парк Победы, 4 позиции) "
    "получена и принята в работу. Исполнитель — бригада Юсупова Д.Р.\n\n" + SIG_OFF,
    "<html><body><p>Исх. № 1201/ПТК от 05.11.2026</p><p>Уважаемые коллеги!</p>"
    "<p>Заявка № 450131 (Парк Победы, 4 позиции) получена и <b>принята в работу</b>. "
    "Исполнитель — бригада Юсупова Д.Р.</p><p>" + SIG_OFF.replace("\n", "<br>") + "</p></body></html>"),
    dec("450131", [], A, "accepted, multipart/alternative"), mailer=OUTL)

add("2026-11-05 15:00", "office", "Вопрос по заявке 450131, поз. 4", text(
    "Добрый день!\n\nПросим сообщить, будет ли обеспечен доступ на детскую площадку «Солнышко» "
    "(поз. 4 по заявке 450131): калитка со стороны ул. Гагарина, 17 заперта, ключа у охраны парка нет. "
    "Без доступа выполнить осмотр по ГОСТ Р 52169-2012 не сможем.\n\n" + SIG_OFF, enc="qp"),
    rev("question to customer, no status"), mailer=OUTL)

m = Message()
m.set_payload("Готово. Ваше сообщение\n\n  Кому: Лебедева Светлана\n  Тема: Вопрос по заявке 450131, поз. 4\n"
              "  Отправлено: 05.11.2026 15:00\n\nбыло прочитано 05.11.2026 15:42.", "utf-8")
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(text("Ваше сообщение было прочитано 05.11.2026 15:42.\n", enc="qp"))
mdn = Message()
mdn["Content-Type"] = "message/disposition-notification"
mdn.set_payload("Reporting-UA: parkkontrol.ru; Microsoft Outlook 16.0\r\n"
                "Final-Recipient: rfc822;s.lebedeva@parkkontrol.ru\r\n"
                "Original-Message-ID: <20261105150000.1201@zakazchik-omis.ru>\r\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
rr.attach(mdn)
add("2026-11-05 15:42", "office", "Прочитано: Вопрос по заявке 450131, поз. 4", rr,
    ign("read receipt (MDN)"), mailer=OUTL)

add("2026-11-06 07:55", "yus", "450131 п1 п2", text(
    "Выехал на парк Победы, позиции 1 и 2, со мной Гарипов и Шмаков. Будем к 8-40.\n" + SIG_YUS,
    "koi8-r", "8bit"), dec("450131", ["1", "2"], B, "travelling; KOI8-R"), subj_cs="koi8-r",
    mailer="Sylpheed 3.7.0")

add("2026-11-06 08:50", "yus", "Re: 450131 п1 п2", text(
    "Прибыли. Работаем на п.1 и п.2, ограждение выставили.\n" + SIG_YUS + "\n\n"
    "On Fri, 6 Nov 2026 07:55:03 +0300\nЮсупов Дамир <d.yusupov@parkkontrol.ru> wrote:\n\n"
    "> Выехал на парк Победы, позиции 1 и 2, со мной Гарипов и Шмаков. Будем к 8-40.\n",
    "koi8-r", "qp"), dec("450131", ["1", "2"], C, "arrived; quote of departure ignored"),
    subj_cs="koi8-r", mailer="Sylpheed 3.7.0", reply=True)

add("2026-11-06 12:30", "yus", "450131 промежуточно", text(
    "450131:\nП1 — закончили, ушли с площадки.\n"
    "П2 — завтра, нужна сварка по тренажёру «Жим от груди» (инв. 0112-Т), без сварщика никак.\n"
    + SIG_YUS, "koi8-r", "8bit"),
    dec("450131", ["1"], D, "P1 done and left; P2 only planned"), subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

add("2026-11-07 16:05", "yus", "Победы П2 завершено", text(
    "Тренажёры П2 по заявке 450131 сделали. Сварили, зачистили, покрасили. Уехали в 15:50.\n"
    "Акт № 52/11 у мастера парка.\n" + SIG_YUS, "koi8-r", "8bit"),
    dec("450131", ["2"], D, "finished, left at 15:50; act number is noise"), subj_cs="koi8-r",
    mailer="Sylpheed 3.7.0")

add("2026-11-09 08:10", "yus", "450131 / поз. 3, 4 — в пути", text(
    "Едем на скейт-зону и «Солнышко», ключ от калитки забрали у охраны.\n" + SIG_YUS,
    "koi8-r", "b64"), dec("450131", ["3", "4"], B, "subject carries positions, body confirms travelling"),
    subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

add("2026-11-09 10:45", "office", "Fwd: 450131", text(
    "Коллеги, пересылаю сообщение бригадира для учёта.\n\nЛебедева С.И.\n\n"
    "-------- Пересылаемое сообщение --------\n"
    "09.11.2026, 10:22, Юсупов Дамир <d.yusupov@parkkontrol.ru>:\n"
    "Тема: 450131\n\n"
    "Скейт-зона (3) — прибыли 10:20. На Солнышко ещё не доехали, там машина перегородила въезд, "
    "ждём эвакуатор или хозяина.\n\n-------- Конец пересылаемого сообщения --------\n"),
    dec("450131", ["3"], C, "forwarded crew report: P3 arrived, P4 negation only"), mailer=OUTL)

add("2026-11-09 15:20", "yus", "Заявка 450131 поз 3,4", text(
    "На Солнышко попали в 11:30.\nПобеды 3 и 4 выполнено, убыли в 15:05. Скейт-зона: заменены "
    "2 листа фанеры на разгонке, рампа в норме.\n" + SIG_YUS, "koi8-r", "8bit"),
    dec("450131", ["3", "4"], D, "latest event: departed 15:05"), subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

# ---------------------------------------------------------------- 450140 Бульвар Строителей
add("2026-11-06 12:00", "office", "RE: Заявка 450140 Бульвар Строителей", text(
    "Добрый день!\nЗаявку приняли, исполнитель — Петренко И.В. Дату выезда согласуем с управой.\n\n"
    + SIG_OFF + "\n\n"
    "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
    "Отправлено: 6 ноября 2026 г. 11:02\n"
    "Кому: s.lebedeva@parkkontrol.ru\n"
    "Тема: Заявка 450140 Бульвар Строителей\n\n"
    "Прошу провести внеплановый осмотр тренажёрной зоны на бульваре Строителей "
    "после обращения жителей (скрип, люфт маятника).\n", enc="qp"),
    dec("450140", [], A, "Outlook reply: accepted"), mailer=OUTL, reply=True)

add("2026-11-10 09:10", "pet", "450140 выезд", text(
    "Выехали в 9:00, будем ~9:40.\nОборудование по описи: ТР-07…ТР-12.\n\n" + SIG_PET),
    dec("450140", [], B, "departed, ETA; inventory range is noise"), mailer="K-9 Mail for Android")

add("2026-11-10 09:12", "kov", "Автоответ: Заявка 450140 — уточнение", text(
    "Здравствуйте!\n10.11.2026 нахожусь на выездных работах, почту не читаю. По вопросам заявок "
    "обращайтесь по адресу office@parkkontrol.ru или по тел. (343) 287-15-90.\n\nКовалёв А.С."),
    ign("out-of-office auto-reply"), mailer=OUTL,
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    to=DISPATCH)

add("2026-11-10 11:55", "pet", "Строителей (450140) — итог", text(
    "Бульвар Строителей (450140): прибытие 9:45, убытие 11:30.\n\nЧек-лист:\n"
    "☑ осмотр 6 тренажёров\n☑ смазка узлов вращения\n☑ крепёж\n"
    "☐ замена информационных табличек (нет в наличии, закажем)\n\n"
    "Люфт маятника устранён, замена втулки 25х32.\n\n" + SIG_PET, enc="qp"),
    dec("450140", [], D, "arrival and departure reported, latest = убыл"), mailer="K-9 Mail for Android")

# ---------------------------------------------------------------- 450157 Дубки
add("2026-11-09 09:30", "pet", "RE: Заявка 450157 парк Дубки", text(
    "Принято. Выезд согласую с администрацией парка, сообщу отдельно.\n\n" + SIG_PET + "\n\n"
    "________________________________\n"
    "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
    "Отправлено: 9 ноября 2026 г. 8:05\n"
    "Кому: Петренко Илья <i.petrenko@parkkontrol.ru>\n"
    "Тема: Заявка 450157 парк Дубки\n\n"
    "Илья, добрый день. Поз. 1 — детский городок, поз. 2 — спортплощадка (ворота). Схему пришлём.\n",
    enc="qp"), dec("450157", [], A, "Принято; positions only in quote"), mailer=OUTL, reply=True)

add("2026-11-10 11:00", "pet", "RE: 450157 схема", text(
    "Спасибо, схему расположения оборудования получили.\n\n" + SIG_PET),
    rev("acknowledgement of dispatcher's message"), mailer=OUTL)

add("2026-11-11 07:50", "pet", "450157-2", text(
    "едем на Дубки, спортплощадка. пробка на Кольцевой, минут 40\n\n--\nОтправлено из мобильной Почты Mail"),
    dec("450157", ["2"], B, "position after dash in subject; travelling"), tz=UTC, mailer="Mail.ru mobile")

add("2026-11-11 08:35", "pet", "450157-2 НA MECTE", text(
    "НA MECTE, ВOРОТА ФУТБOЛЬНЫЕ ШАТАЮТСЯ, НАЧИНАЕМ"),
    dec("450157", ["2"], C, "caps with Latin look-alike letters"), tz=UTC, mailer="Mail.ru mobile")

add("2026-11-11 10:00", "office2", "Перенос выезда по заявке 450157", text(
    "Уважаемые коллеги!\n\nПо заявке 450157 позиция 1 (детский городок): выезд перенесён на 13.11.2026 "
    "по просьбе администрации парка (на площадке проводится праздничное мероприятие).\n\n"
    "ООО «ПаркТехКонтроль»\nдиспетчер Ганиева Р.М.\n(343) 287-15-90", enc="qp"),
    rev("postponement, plan only"), mailer=OUTL)

add("2026-11-11 13:15", "pet", "Re: 450157-2 НA MECTE", text(
    "Ворота закрепили, 4 анкера М16, стоят намертво. Поз. 2 сдали мастеру парка, уезжаем.\n\n"
    "11.11.2026, 08:35 +00:00 от Петренко Илья <i.petrenko@parkkontrol.ru>:\n"
    "ПИ> НA MECTE, ВOРОТА ФУТБOЛЬНЫЕ ШАТАЮТСЯ, НАЧИНАЕМ\n"),
    dec("450157", ["2"], D, "Re: subject says на месте, body reports finished/leaving"),
    mailer="Mail.ru mobile", reply=True)

add("2026-11-13 08:45", "pet", "450157 Дубки П1", text(
    "450157, П1 (детский городок) — прибыли 08:40, начинаем осмотр.\n\n" + SIG_PET),
    dec("450157", ["1"], C, "arrived"), mailer="K-9 Mail for Android")

add("2026-11-13 12:20", "pet", "Re: 450157 Дубки П1", text(
    "Убыли 12:15, по П1 всё. Акт осмотра № ТН-1113/04, горка «Слон» — замена 2 заглушек.\n\n"
    "> 450157, П1 (детский городок) — прибыли 08:40, начинаем осмотр.\n"),
    dec("450157", ["1"], D, "number only in Re: subject; departed 12:15"),
    mailer="K-9 Mail for Android", reply=True)

# ---------------------------------------------------------------- 450163 Набережная
add("2026-11-10 10:30", "office", "Заявка 450163 — принята", text(
    "<html><head><meta charset='utf-8'></head><body style='font-family:Calibri'>"
    "<p>Уважаемые коллеги!</p><p>Сообщаем, что заявка <b>№&nbsp;450163</b> (Набережная: "
    "площадка «Маяк», пляжный волейбол, уличные тренажёры) <u>принята в работу</u>.</p>"
    "<p>Исполнитель — бригада № 2 (старший Мухин В.А., тел. 8-912-055-31-07).</p>"
    "<p>" + SIG_OFF.replace("\n", "<br>") + "</p></body></html>", enc="qp", sub="html"),
    dec("450163", [], A, "HTML-only acceptance"), mailer=OUTL)

add("2026-11-12 16:00", "br2", "#450163", text(
    "Набережная #450163 — выедем завтра к 8:00, все три позиции. Мухин", "windows-1251", "8bit"),
    rev("plan: выедем завтра"), subj_cs="windows-1251", mailer="The Bat! (v9.4.5) Professional")

add("2026-11-13 07:40", "br2", "Набережная #450163", text(
    "Выехали, позиции 1–3, будем минут через 25. Мухин", "windows-1251", "8bit"),
    dec("450163", ["1", "2", "3"], B, "departed, all three positions named as range"),
    subj_cs="windows-1251", mailer="The Bat! (v9.4.5) Professional")

bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(text(
    "This is the mail system at host mx1.parkkontrol.ru.\n\nI'm sorry to have to inform you that your message "
    "could not be delivered to one or more recipients.\n\n<v.muhin@parkkontrol.ru>: host "
    "mx1.parkkontrol.ru said: 550 5.1.1 User unknown\n", enc="8bit"))
ds = Message()
ds["Content-Type"] = "message/delivery-status"
_b1 = Message()
_b1["Reporting-MTA"] = "dns; mx1.parkkontrol.ru"
_b1["Arrival-Date"] = "Fri, 13 Nov 2026 08:02:12 +0300"
_b2 = Message()
_b2["Final-Recipient"] = "rfc822; v.muhin@parkkontrol.ru"
_b2["Action"] = "failed"
_b2["Status"] = "5.1.1"
_b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <v.muhin@parkkontrol.ru>: Recipient address rejected: User unknown"
ds.set_payload([_b1, _b2])
bounce.attach(ds)
orig = text("Василий, по заявке 450163 уточните, пожалуйста, время прибытия на Набережную.\nДиспетчер ОМИС", enc="qp")
orig["From"] = DISPATCH
orig["To"] = "v.muhin@parkkontrol.ru"
orig["Subject"] = Header("Заявка 450163 — уточнение", "utf-8")
orig["Date"] = "Fri, 13 Nov 2026 08:02:11 +0300"
bounce.attach(MIMEMessage(orig))
add("2026-11-13 08:02", "daemon", "Undelivered Mail Returned to Sender", bounce,
    ign("bounce of dispatcher's message"), extra={"Auto-Submitted": "auto-replied"})

pl = ("Набережная, заявка 450163, итог дня 13.11:\n"
      "1 — «Маяк» — выполнено, убыли 14:10\n"
      "2 — волейбол — выполнено, убыли 15:30\n"
      "3 — тренажёры — на месте, продолжаем, завтра докрутим\n\nМухин")
ht = ("<html><body><p>Набережная, заявка 450163, итог дня 13.11:</p><table border=1>"
      "<tr><th>Поз.</th><th>Объект</th><th>Статус</th></tr>"
      "<tr><td>1</td><td>«Маяк»</td><td>выполнено, убыли 14:10</td></tr>"
      "<tr><td>2</td><td>волейбол</td><td>выполнено, убыли 15:30</td></tr>"
      "<tr><td>3</td><td>тренажёры</td><td>на месте, продолжаем, завтра докрутим</td></tr>"
      "</table><p>Мухин</p></body></html>")
add("2026-11-13 17:00", "br2", "450163 итог дня", alt(pl, ht, "windows-1251", "qp"),
    rev("different statuses per position (1,2 left; 3 on site)"), subj_cs="windows-1251",
    mailer="The Bat! (v9.4.5) Professional")

add("2026-11-14 13:00", "br2", "450163 (3)", text(
    "Тренажёры на Набережной закончили, уехали в 12:45. Заменены 2 подшипника 6204-2RS "
    "и ручка на «Гребле». Мухин", "windows-1251", "b64"),
    dec("450163", ["3"], D, "position in brackets in subject; part numbers noise"),
    subj_cs="windows-1251", mailer="The Bat! (v9.4.5) Professional")

# ---------------------------------------------------------------- 450178 Юность
add("2026-11-11 11:30", "office", "Парк «Юность», ул. Молодёжная, 14 (450178)", text(
    "Добрый день!\n\nПодтверждаем: заявка по адресу Парк «Юность», ул. Молодёжная, 14 (450178) "
    "принята, ответственный — Ковалёв А.С.\n\n" + SIG_OFF, enc="qp"),
    dec("450178", [], A, "number in brackets after address"), mailer=OUTL)

add("2026-11-12 09:40", "kov", "RE: Заявка 450178 — парк Юность", text(
    "Бригада в дороге, будем минут через 20.\n\n" + SIG_KOV + "\n\n"
    "-----Original Message-----\nFrom: Диспетчерская ОМИС\nSent: Wednesday, November 11, 2026 10:05 AM\n"
    "To: a.kovalev@parkkontrol.ru\nSubject: Заявка 450178 — парк Юность\n\n"
    "Андрей Сергеевич, просим осмотреть баскетбольную площадку и площадку ГТО.\n"),
    dec("450178", [], B, "number only in Re: subject / quote; travelling"), mailer=OUTL, reply=True)

add("2026-11-12 10:20", "kov", "450178 прибытие", text(
    "Юность — на месте с 10:15, начали осмотр по ГОСТ Р 52169-2012 и ГОСТ Р 55677-2013.\n\n" + SIG_KOV),
    dec("450178", [], C, "on site; GOST numbers noise"), mailer=TB)

add("2026-11-12 15:00", "kov", "450178 — итог", text(
    "Заявка 450178:\n"
    "П1 баскетбол ☑ щиты, ☑ кольца (замена сетки 2 шт.), ☑ покрытие\n"
    "П2 ГТО ☑ турники, ☑ брусья, ☑ скамья для пресса (инв. 0078-Г)\n\n"
    "Обе готовы, уехали 14:50.\n\n" + SIG_KOV),
    dec("450178", ["1", "2"], D, "both positions done, departed 14:50"), mailer=TB)

add("2026-11-13 11:10", "office", "Счёт и акт по заявке 450178", mixed(text(
    "Уважаемые коллеги!\n\nНаправляем счёт № 1187 от 13.11.2026 и акт выполненных работ № 211 "
    "по заявке 450178 на сумму 48 600,00 руб. (НДС не облагается). Просим подписать акт и вернуть "
    "скан в течение 5 рабочих дней.\n\nРеквизиты: ИНН 6671234508, КПП 667101001, р/с 40702810916540012345\n\n"
    + SIG_OFF, enc="qp"), MIMEApplication(b"%PDF-1.4\n%fake\n", "pdf", Name="schet_1187.pdf")),
    rev("invoice / act, contract talk"), mailer=OUTL)

# ---------------------------------------------------------------- 450185 Ивушка
add("2026-11-12 13:00", "office", "Обращение 450185 — детский городок «Ивушка»", text(
    "Добрый день!\n\nОбращение 450185 получено, принято в работу. Ремонт горки выполнит бригада "
    "Юсупова Д.Р., сроки — до 20.11.2026.\n\n" + SIG_OFF, "windows-1251", "b64"),
    dec("450185", [], A, "accepted; deadline date noise; cp1251 base64"), subj_cs="windows-1251", mailer=OUTL)

cal = MIMEMultipart("alternative")
cal.attach(text("Лебедева Светлана приняла приглашение.\n", enc="qp"))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Лебедева Светлана:mailto:s.lebedeva@parkkontrol.ru\r\n"
       "SUMMARY:Приёмка детского городка «Ивушка» (450185)\r\nDTSTART:20261120T070000Z\r\n"
       "DTEND:20261120T080000Z\r\nUID:040000008200E00074C5B7101A82E0080000000010AB\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
cp = MIMEText(ics, "calendar", cs("utf-8", "b64"))
cp.set_param("method", "REPLY")
cal.attach(cp)
add("2026-11-13 09:15", "office", "Принято: Приёмка детского городка «Ивушка» (450185)", cal,
    ign("calendar meeting response"), mailer=OUTL)

add("2026-11-16 09:30", "yus", "обращение 450185", mixed(text(
    "Ивушка — наши на объекте с 9:10, горку «Паровозик» разбираем, фото до начала работ во вложении.\n"
    + SIG_YUS, "koi8-r", "8bit"), jpg("ivushka_do_1.jpg")),
    dec("450185", [], C, "crew on site"), subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

add("2026-11-16 14:40", "yus", "Re: обращение 450185", text(
    "Ивушка: ремонт горки завершён, скат заменили, бригада снялась с объекта в 14:30.\n" + SIG_YUS,
    "koi8-r", "qp"), dec("450185", [], D, "снялась с объекта = left"), subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

# ---------------------------------------------------------------- 450203 Металлургов
add("2026-11-14 09:10", "office", "Наряд 450203 — сквер Металлургов", text(
    "Уважаемые коллеги!\n\nНаряд 450203 (сквер Металлургов, 3 позиции) принят к исполнению. "
    "Выезд — после согласования с МКУ «Горзеленхоз».\n\n" + SIG_OFF, enc="b64"),
    dec("450203", [], A, "accepted"), mailer=OUTL)

add("2026-11-16 07:50", "kov", "450203 Металлургов П1, П3", text(
    "По наряду 450203 выехали на П1 и П3, на П2 пойдём позже.\n\n" + SIG_KOV),
    dec("450203", ["1", "3"], B, "departed for P1, P3; P2 only planned"), mailer=TB)

add("2026-11-16 08:40", "kov", "Re: 450203 Металлургов П1, П3", text(
    "на мсете П1, на П3 сейчас подъедет Гриша с компрессором\n\n> По наряду 450203 выехали на П1 и П3, "
    "на П2 пойдём позже.\n"),
    dec("450203", ["1"], C, "typo на мсете; P3 only expected"), tz=UTC, mailer="K-9 Mail for Android", reply=True)

add("2026-11-16 09:05", "kov", "450203 поз. 4", text(
    "наряд 450203 поз. 4 — качалка-балансир у фонтана, на месте, начали\n\n" + SIG_KOV),
    rev("position 4 does not exist in request 450203"), mailer=TB)

add("2026-11-17 09:20", "office", "Fwd: Металлургов", text(
    "Коллеги, пересылаю отчёт инженера.\n\nЛебедева С.И.\n\n"
    "-------- Перенаправленное сообщение --------\n"
    "Тема: \tМеталлургов\nДата: \tMon, 16 Nov 2026 16:35:12 +0300\n"
    "От: \tКовалёв Андрей <a.kovalev@parkkontrol.ru>\nКому: \toffice@parkkontrol.ru\n\n"
    "П1 и П3 по 450203 — работы завершены, убыли 16:20.\n"
    "[x] осмотр\n[x] покраска ограждения\n[x] крепёж\n[ ] замена сиденья качелей (П2, отдельным выездом)\n"
    "Акт № ТН-1116/07.\n\n" + SIG_KOV + "\n"), dec("450203", ["1", "3"], D, "Thunderbird-style forward of crew report"),
    mailer=TB)

add("2026-11-18 08:05", "kov", "450203 поз2", text("поз2 — едем, будем к 8:40\n" + SIG_KOV),
    dec("450203", ["2"], B, "travelling"), mailer=TB)

add("2026-11-18 09:10", "kov", "Re: 450203 поз2", text(
    "поз2 на месте.\n☑ осмотр\n☐ замена сиденья качелей (инв. 0203-К2)\n☐ крепёж\n\n" + SIG_KOV),
    dec("450203", ["2"], C, "on site, checklist in progress"), mailer=TB)

add("2026-11-18 13:30", "kov", "Re: 450203 поз2", text(
    "18.11.2026 09:10, Ковалёв Андрей пишет:\n> поз2 на месте.\n> ☑ осмотр\n"
    "> ☐ замена сиденья качелей (инв. 0203-К2)\n> ☐ крепёж\n\n"
    "Закончили, уехали. Всё ☑, сиденье поставили новое, ГОСТ Р 52167-2012 п. 5.2 соблюдён.\n\n" + SIG_KOV),
    dec("450203", ["2"], D, "bottom-posted reply under quote"), mailer=TB, reply=True)

# ---------------------------------------------------------------- 450219 Берёзовая роща
add("2026-11-16 15:00", "yus", "Заявка 450219", text(
    "Заявку 450219 взял, завтра поедем с утра. Подшипники есть.\n" + SIG_YUS, "koi8-r", "8bit"),
    dec("450219", [], A, "взял = accepted; tomorrow is plan"), subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

add("2026-11-17 10:00", "yus", "450219 (1,2)", text(
    "Берёзовая роща, обе тренажёрные зоны — прибыли в 9:50, разделились.\n" + SIG_YUS, "koi8-r", "8bit"),
    dec("450219", ["1", "2"], C, "positions in brackets in subject"), subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

add("2026-11-17 13:00", "yus", "450219", text(
    "по первой позиции убыли, по второй ещё на месте — меняем подшипник на «Маятнике»\n" + SIG_YUS,
    "koi8-r", "b64"), rev("different statuses for P1 (left) and P2 (on site)"), subj_cs="koi8-r",
    mailer="Sylpheed 3.7.0")

add("2026-11-17 16:30", "yus", "450219", text(
    "Берёзовая роща, 2-я позиция: закончили, подшипник 6204-2RS заменён. Выехали из рощи в 16:15.\n"
    + SIG_YUS, "koi8-r", "8bit"),
    dec("450219", ["2"], D, "выехали ИЗ рощи = left the site"), subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

# ---------------------------------------------------------------- 450226 Северный
add("2026-11-18 09:00", "office", "Заявка № 450226 (парк «Северный»)", text(
    "Исх. № 1263/ПТК от 18.11.2026\n\nУважаемые коллеги!\n\nЗаявка № 450226 принята в работу. "
    "Выезд по позициям будет осуществляться поэтапно по мере поставки материалов.\n\n" + SIG_OFF,
    "windows-1251", "qp"), dec("450226", [], A, "accepted"), subj_cs="windows-1251", mailer=OUTL)

add("2026-11-19 08:00", "pet", "450226 Северный", text(
    "выезжаем на Северный по 450226, позиции 2 и 4\n\n" + SIG_PET),
    dec("450226", ["2", "4"], B, "выезжаем = on the way now"), mailer="K-9 Mail for Android")

add("2026-11-19 10:10", "pet", "Северный П2, П4", text(
    "Северный П2, П4: прибытие 10:05. Заявка 450226.\n\n" + SIG_PET),
    dec("450226", ["2", "4"], C, "arrival noun"), mailer="K-9 Mail for Android")

add("2026-11-19 12:00", "pet", "450226 / 450240", text(
    "450226 поз 2 — готово. И по 450240 площадь Мира — можем завтра к 9 подъехать?\n\n" + SIG_PET),
    rev("two different requests in one letter"), mailer="K-9 Mail for Android")

add("2026-11-19 15:45", "pet", "450226 п.2, п.4", text(
    "450226 п.2, п.4 — завершение работ 15:40, бригада убыла. Резиновое покрытие подклеено (12 м²).\n\n"
    + SIG_PET), dec("450226", ["2", "4"], D, "завершение работ, убыла"), mailer="K-9 Mail for Android")

add("2026-11-20 10:30", "office2", "По заявке 450226 — позиции 1 и 3", text(
    "Уважаемые коллеги!\n\nСообщаем, что по заявке 450226 поз. 1 и 3 бригада ещё не выезжала: ожидаем "
    "поставку резиновой крошки (счёт поставщика № 7731 от 18.11). Ориентировочно — 24.11.2026.\n\n"
    "ООО «ПаркТехКонтроль»\nдиспетчер Ганиева Р.М.", enc="qp"),
    rev("negation: ещё не выезжала"), mailer=OUTL)

add("2026-11-20 11:00", "news", "Готовим площадки к зиме: чек-лист от ПаркТехКонтроль", alt(
    "Уважаемые партнёры!\n\nВ новом выпуске: как подготовить уличные тренажёры к зиме, "
    "что проверять по ГОСТ Р 52301-2013 после первых заморозков, и скидка 10% на сезонный осмотр.\n\n"
    "Отписаться: https://parkkontrol.ru/unsubscribe?id=8812",
    "<html><body><h2>Готовим площадки к зиме</h2><p>Как подготовить уличные тренажёры к зиме, "
    "что проверять по ГОСТ Р 52301-2013 после заморозков.</p><p><a href='https://parkkontrol.ru/unsubscribe?id=8812'>"
    "Отписаться</a></p></body></html>"),
    ign("bulk newsletter"), extra={"Precedence": "bulk",
                                   "List-Unsubscribe": "<https://parkkontrol.ru/unsubscribe?id=8812>",
                                   "List-Id": "ПТК новости <news.parkkontrol.ru>"},
    mailer="Sendsay")

# ---------------------------------------------------------------- 450240 Площадь Мира
add("2026-11-20 12:00", "office2", "Заявка 450240 — площадь Мира", text(
    "Добрый день!\nЗаявка 450240 (площадь Мира, зона отдыха) принята, у нас зарегистрирована под "
    "внутр. № 2611-087. Исполнитель Петренко И.В.\n\nООО «ПаркТехКонтроль»\nдиспетчер Ганиева Р.М.",
    enc="b64"), dec("450240", [], A, "accepted; internal number noise"), mailer=OUTL)

add("2026-11-20 14:20", "kov", "Заявка 450299 — выезд", text(
    "Заявка 450299 — выехали на Лесопарковую, будем через час.\n\n" + SIG_KOV),
    rev("request 450299 not in registry"), mailer=TB)

add("2026-11-21 08:30", "pet", "Площадь Мира 450240 — в пути", text(
    "В пути, машина А 123 ВС 196, будем в 9:15.\n\n" + SIG_PET),
    dec("450240", [], B, "travelling; car plate noise"), mailer="K-9 Mail for Android")

add("2026-11-21 09:20", "pet", "Re: Площадь Мира 450240 — в пути", text(
    "Мира: на месте.\n☑ осмотр\n☑ покраска скамеек\n☐ крепёж\n\n" + SIG_PET + "\n\n"
    "> В пути, машина А 123 ВС 196, будем в 9:15.\n"),
    dec("450240", [], C, "Re: subject says в пути, body on site"), mailer="K-9 Mail for Android", reply=True)

add("2026-11-21 11:05", "yus", "осмотр", text(
    "Бригада на месте, начали осмотр, фото позже скину.\n" + SIG_YUS, "koi8-r", "8bit"),
    rev("no request number, site unidentifiable"), subj_cs="koi8-r", mailer="Sylpheed 3.7.0")

add("2026-11-21 12:50", "pet", "по 450240", alt(
    "Добрый день!\nПо 450240 — работы выполнены, крепёж заменён (болты М10х60 оцинк., 16 шт.), уехали в 12:40.\n\n"
    + SIG_PET,
    "<div>Добрый день!</div><div>По 450240 — <b>работы выполнены</b>, крепёж заменён "
    "(болты М10х60 оцинк., 16 шт.), уехали в 12:40.</div><br><div>" + SIG_PET.replace("\n", "<br>") + "</div>"),
    dec("450240", [], D, "finished, left"), mailer="K-9 Mail for Android")

add("2026-11-22 10:00", "kov", "Автоматический ответ: RE: Заявка 450226", text(
    "Добрый день. Я в командировке до 27.11.2026 без доступа к почте. Срочные вопросы — "
    "Петренко И.В., i.petrenko@parkkontrol.ru.\n"),
    ign("out-of-office auto-reply"), mailer=OUTL,
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

# ---------------------------------------------------------------- write
LETTERS.sort(key=lambda x: x[0])
labels = {}
prev_ids = []
for i, (d, msg, label, reply) in enumerate(LETTERS, 1):
    fn = "%03d.eml" % i
    mid = "<%s.%04d.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), 4500 + i, random.randint(10000, 99999),
                               "parkkontrol.ru")
    msg["Message-ID"] = mid
    if reply:
        irt = "<%s.%d@zakazchik-omis.ru>" % ((d - timedelta(hours=2)).strftime("%Y%m%d%H%M"), i)
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(msg.as_bytes())
    labels[fn] = label

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

REQ = [
    ("450112", ["1", "2", "3"], "2026-11-02T09:00:00+03:00",
     "Парк «Заречный»: 1 — детская площадка «Кораблик», 2 — хоккейная коробка, 3 — воркаут-зона. Плановый осмотр, замена цепей качелей"),
    ("450118", ["1", "2"], "2026-11-03T10:00:00+03:00",
     "Сквер на ул. Лесной: 1 — игровой комплекс ИН-0318, 2 — качели-балансир"),
    ("450131", ["1", "2", "3", "4"], "2026-11-05T08:30:00+03:00",
     "Парк Победы: 1 — детская площадка у центрального входа, 2 — уличные тренажёры, 3 — скейт-зона, 4 — площадка «Солнышко»"),
    ("450140", ["1"], "2026-11-06T11:00:00+03:00", "Бульвар Строителей, тренажёрная зона (внеплановый осмотр)"),
    ("450157", ["1", "2"], "2026-11-09T08:00:00+03:00",
     "Парк «Дубки»: 1 — детский городок, 2 — спортплощадка (футбольные ворота)"),
    ("450163", ["1", "2", "3"], "2026-11-10T09:00:00+03:00",
     "Набережная: 1 — детская площадка «Маяк», 2 — пляжный волейбол, 3 — уличные тренажёры"),
    ("450178", ["1", "2"], "2026-11-11T10:00:00+03:00",
     "Парк «Юность», ул. Молодёжная, 14: 1 — баскетбольная площадка, 2 — площадка ГТО"),
    ("450185", ["1"], "2026-11-12T12:00:00+03:00", "Детский городок парка «Ивушка», ремонт горки"),
    ("450203", ["1", "2", "3"], "2026-11-14T08:00:00+03:00",
     "Сквер Металлургов: 1 — детская площадка, 2 — качели, 3 — ограждение спортплощадки"),
    ("450219", ["1", "2"], "2026-11-16T09:00:00+03:00",
     "Лесопарк «Берёзовая роща»: 1 — тренажёры у входа, 2 — тренажёры у озера"),
    ("450226", ["1", "2", "3", "4"], "2026-11-18T08:00:00+03:00",
     "Парк «Северный»: 4 зоны, ремонт резинового покрытия и осмотр"),
    ("450240", ["1"], "2026-11-20T10:00:00+03:00", "Площадь Мира, зона отдыха: скамейки, малые формы"),
]
reg = {"contractor": {"name": "ООО «ПаркТехКонтроль»",
                      "emails": sorted({a for _, a in PEOPLE.values()}),
                      "domains": [DOM]},
       "requests": [{"number": n, "positions": p, "registered_at": r, "comment": c} for n, p, r, c in REQ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)

from collections import Counter
cnt = Counter(v["expect"] for v in labels.values())
print(len(labels), dict(cnt))
