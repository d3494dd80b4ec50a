#!/usr/bin/env python3
"""Generator of test letters: ООО «ЧистоГрад-Сервис» (благоустройство, клининг, уборка снега), Пермь.
Run: python3 make.py  -> letters/*.eml, labels.json, registry.json (in this folder)."""
import json, os, hashlib
from datetime import datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64, SHORTEST
from email.header import Header
from email.utils import formataddr, format_datetime
import email, email.policy

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

TZ = timezone(timedelta(hours=5))       # Пермь, клиенты подрядчика ставят +0500
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

# ---------------------------------------------------------------- registry
REG = {
    "contractor": {
        "name": "ООО «ЧистоГрад-Сервис»",
        "emails": [
            "office@chistograd-service.ru",
            "s.kuznetsov@chistograd-service.ru",
            "v.bondar@chistograd-service.ru",
            "n.fedotova@chistograd-service.ru",
            "news@chistograd-service.ru",
            "MAILER-DAEMON@chistograd-service.ru",
            "kuznetsov.sergey76@mail.ru",
            "a.rakhimov@icloud.com",
            "fedotova.nat@mail.ru",
        ],
        "domains": ["chistograd-service.ru"],
    },
    "requests": [
        {"number": "17034", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T09:00:00+03:00",
         "comment": "Механизированная уборка снега во дворах: 1 — ул. Гагарина, 5; 2 — ул. Гагарина, 7; 3 — ул. Гагарина, 9"},
        {"number": "17112", "positions": ["1", "2"], "registered_at": "2026-11-04T10:30:00+03:00",
         "comment": "Сбор и вывоз листвы, парк Победы: 1 — центральная аллея; 2 — зона у детской площадки"},
        {"number": "17205", "positions": ["1"], "registered_at": "2026-11-05T08:15:00+03:00",
         "comment": "Генеральная уборка офиса, пр. Мира, 41, 3 этаж"},
        {"number": "17288", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T07:00:00+03:00",
         "comment": "Противогололёдная обработка: 1 — вход ТЦ «Кама»; 2 — парковка ТЦ; 3 — пандус склада; 4 — тротуар ул. Ленина, 60–64"},
        {"number": "17341", "positions": ["1", "2"], "registered_at": "2026-11-10T11:00:00+03:00",
         "comment": "Санитарная обрезка: 1 — спил аварийного тополя у д. Пушкина, 18; 2 — кронирование лип в сквере на Пушкина"},
        {"number": "17406", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "Мойка фасадного остекления БЦ «Парус»: 1 — 1–3 этаж; 2 — 4–6 этаж; 3 — входная группа"},
        {"number": "17519", "positions": ["1"], "registered_at": "2026-11-16T06:30:00+03:00",
         "comment": "Вывоз снега с территории школы № 12 (КАМАЗ + погрузчик)"},
        {"number": "17577", "positions": ["1", "2"], "registered_at": "2026-11-17T08:00:00+03:00",
         "comment": "Очистка кровли от снега и наледи: 1 — ул. Куйбышева, 95; 2 — ул. Куйбышева, 97"},
        {"number": "17630", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T09:40:00+03:00",
         "comment": "Клининг после ремонта, поликлиника: 1 — холл 1 этажа; 2 — кабинеты 2 этажа; 3 — лестницы"},
        {"number": "17714", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-20T07:30:00+03:00",
         "comment": "Ручная уборка снега с крылец, ул. Революции, 22: позиции = подъезды 1–4"},
        {"number": "17802", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "ТО и ремонт снегоуборщиков: 1 — Husqvarna ST 227P; 2 — Champion ST761E"},
        {"number": "17955", "positions": ["1", "2"], "registered_at": "2026-11-24T06:00:00+03:00",
         "comment": "Уборка и вывоз снега, парковка БЦ «Парус»: 1 — верхняя площадка; 2 — нижняя площадка"},
    ],
}

# ---------------------------------------------------------------- people
OLGA = ("Ольга Смирнова", "office@chistograd-service.ru")
SERG = ("Кузнецов Сергей", "s.kuznetsov@chistograd-service.ru")
SERG_P = ("Сергей Кузнецов", "kuznetsov.sergey76@mail.ru")
AHMED = ("Ахмед Рахимов", "a.rakhimov@icloud.com")
VIK = ("Бондарь Виктор", "v.bondar@chistograd-service.ru")
NAT = ("Наталья Федотова", "n.fedotova@chistograd-service.ru")
NAT_P = ("Наталья", "fedotova.nat@mail.ru")

OLGA_SIG = ("\n\n--\nС уважением,\nОльга Смирнова\nофис-менеджер ООО «ЧистоГрад-Сервис»\n"
            "тел. +7 (342) 259-40-17, моб. 8-912-445-18-20\nИНН 5904123456 / КПП 590401001")
IPHONE = "\n\nОтправлено с iPhone"

LABELS = {}
SEQ = [0]


def dt(day, h, m, s=0):
    return datetime(2026, 11, day, h, m, s, tzinfo=TZ)


def charset(cs, body, head="b"):
    c = Charset(cs)
    c.body_encoding = {"b64": BASE64, "qp": QP, "8bit": None}[body]
    c.header_encoding = {"b": BASE64, "q": QP}[head]
    return c


def textpart(text, sub="plain", cs="utf-8", enc="b64"):
    return MIMEText(text, sub, charset(cs, enc))


def finish(msg, who, subj, when, cs="utf-8", head="b", mailer=None, reply_to_id=None, extra=None,
           to=DISPATCH):
    n = SEQ[0]
    dom = who[1].split("@")[1]
    c = charset(cs, "b64", head)
    msg["From"] = formataddr(who, charset=c)
    msg["To"] = formataddr(to, charset=c)
    msg["Subject"] = Header(subj, c) if any(ord(ch) > 127 for ch in subj) else subj
    msg["Date"] = format_datetime(when)
    h = hashlib.md5(f"{n}{subj}{when}".encode()).hexdigest()[:16].upper()
    msg["Message-ID"] = f"<{h}.{n:03d}@{dom}>"
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


SKIP = {19, 53, 61, 71}   # drafts dropped to keep the corpus near 70 letters
WRITTEN = [0]


def save(msg_or_bytes, label):
    SEQ[0] += 1
    if SEQ[0] in SKIP:
        return
    WRITTEN[0] += 1
    fn = f"{WRITTEN[0]:03d}.eml"
    data = msg_or_bytes if isinstance(msg_or_bytes, bytes) else msg_or_bytes.as_bytes()
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(data)
    LABELS[fn] = label


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


def plain(who, subj, when, text, cs="utf-8", enc="b64", head="b", mailer=None, label=None, **kw):
    m = textpart(text, "plain", cs, enc)
    # finish needs SEQ of the future file
    SEQ[0] += 0
    finish(m, who, subj, when, cs, head, mailer, **kw)
    save(m, label)


def alt(who, subj, when, text, html, cs="utf-8", enc="b64", head="b", mailer=None, label=None, **kw):
    m = MIMEMultipart("alternative")
    m.attach(textpart(text, "plain", cs, enc))
    m.attach(textpart(html, "html", cs, enc))
    finish(m, who, subj, when, cs, head, mailer, **kw)
    save(m, label)


def html_only(who, subj, when, html, cs="utf-8", enc="qp", head="b", mailer=None, label=None, **kw):
    m = textpart(html, "html", cs, enc)
    finish(m, who, subj, when, cs, head, mailer, **kw)
    save(m, label)


def H(body):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:Arial;font-size:13px\">{body}</div></body></html>")


OUTLOOK16 = "Microsoft Outlook 16.0"
OUTLOOK03 = "Microsoft Office Outlook 11"
IPH = "iPhone Mail (22B91)"
TB = "Mozilla Thunderbird 115.16.1"
MAILRU_MOB = "Mail.Ru Mobile"

# ================================================================ 17034 — снег, Гагарина 5/7/9
plain(OLGA, "Заявка № 17034 принята", dt(3, 11, 42),
      "Добрый день!\n\nЗаявка № 17034 (уборка снега, ул. Гагарина 5, 7, 9) принята в работу.\n"
      "Ответственный — прораб Кузнецов С.В., тел. 8-902-638-11-74." + OLGA_SIG,
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17034", [], "заявка принята", "office accepts whole request; phone/INN numbers are noise"))

plain(OLGA, "17034 - бригада выехала", dt(4, 7, 58),
      "Доброе утро.\nПересылаю из ватсапа, что написал прораб:\n\n"
      "[07:41] Сергей Кузнецов: Выехали на Гагарина, МТЗ и 4 человека\n"
      "[07:42] Сергей Кузнецов: начнём с 5-го дома\n\nОльга",
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17034", [], "подрядчик в пути", "relayed messenger: crew left for the site; '5-го дома' is a plan/address, no position named"))

plain(SERG, "на месте 17034 поз.1", dt(4, 8, 31),
      "Добрый день. По 17034 поз.1 (Гагарина 5) на мecте с 8:25, работает МТЗ-82 г/н А417ОР59.\n\n"
      "Кузнецов С.", enc="b64", mailer=TB,
      label=D("17034", ["1"], "подрядчик на месте", "Latin c/e in 'мecте'; plate and model numbers are noise"))

plain(SERG, "Re: на месте 17034 поз.1", dt(4, 11, 5),
      "1й двор закончили, техника перешла на 2й, работаем.\n\n"
      "04.11.2026 8:31, Кузнецов Сергей пишет:\n> Добрый день. По 17034 поз.1 (Гагарина 5) на мecте с 8:25, работает МТЗ-82 г/н А417ОР59.\n",
      enc="b64", mailer=TB,
      label=R("different statuses for different positions: п.1 finished, п.2 on site"))

plain(AHMED, "17034 (2)", dt(4, 13, 40),
      "Гагарина 7 почистили, снег вывезли. Уезжаем" + IPHONE,
      enc="qp", mailer=IPH,
      label=D("17034", ["2"], "подрядчик убыл", "position in brackets in subject, work done and leaving"))

html_only(OLGA, "Сводка по заявке 17034 на 14:00", dt(4, 14, 10),
          H("Добрый день!<br>Сводка от прораба по заявке <b>17034</b>:<br><br>"
            "<table border=1 cellpadding=4 style=\"border-collapse:collapse\">"
            "<tr><th>Поз.</th><th>Адрес</th><th>Статус</th></tr>"
            "<tr><td>1</td><td>ул. Гагарина, 5</td><td>выполнено, убыли 10:50</td></tr>"
            "<tr><td>2</td><td>ул. Гагарина, 7</td><td>выполнено, убыли 13:35</td></tr>"
            "<tr><td>3</td><td>ул. Гагарина, 9</td><td>запланировано на 05.11</td></tr>"
            "</table><br>Ольга Смирнова<br>ООО «ЧистоГрад-Сервис»"),
          cs="windows-1251", enc="qp", mailer=OUTLOOK16,
          label=D("17034", ["1", "2"], "подрядчик убыл", "HTML table: rows 1,2 done, row 3 only planned"))

plain(SERG, "Re: Заявка 17034 — позиция 3", dt(5, 12, 20),
      "05.11.2026 10:02, Диспетчерская ОМИС пишет:\n"
      "> Добрый день. Когда будет закрыта позиция 3 по заявке 17034? Жители звонят.\n\n"
      "Поз 3 сделали сегодня, закончили в 11:40, бригада убыла. Проезд чистый.\n\n--\nКузнецов С.В.",
      enc="b64", mailer=TB, reply_to_id="<omis-17034-q3@zakazchik-omis.ru>",
      label=D("17034", ["3"], "подрядчик убыл", "bottom-posted reply under dispatcher's question"))

# ================================================================ 17112 — листва, парк Победы
plain(OLGA, "RE: Заявка 17112 вывоз листвы", dt(4, 15, 0),
      "Добрый день, принято, включили в график на 6 ноября.\n\n"
      "Ольга\n\n"
      "От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
      "Отправлено: 4 ноября 2026 г. 12:35\n"
      "Кому: office@chistograd-service.ru\n"
      "Тема: Заявка 17112 вывоз листвы\n\n"
      "Направляем заявку 17112: сбор и вывоз листвы, парк Победы, позиции 1 (аллея) и 2 (детская площадка).\n",
      cs="windows-1251", enc="qp", mailer=OUTLOOK16, reply_to_id="<omis-17112@zakazchik-omis.ru>",
      label=D("17112", [], "заявка принята", "top-posted acceptance above Outlook quote block that names positions"))

plain(AHMED, "Парк Победы", dt(6, 8, 5),
      "Выдвигаемся в парк Победы по заявке 17112, будем минут через 20" + IPHONE,
      enc="qp", mailer=IPH,
      label=D("17112", [], "подрядчик в пути", "'будем через 20 минут' = travelling now"))

plain(AHMED, "Re: 17112 парк Победы", dt(6, 8, 40),
      "> 6 нояб. 2026 г., в 08:05, Ахмед Рахимов <a.rakhimov@icloud.com> написал(а):\n>\n"
      "> Выдвигаемся в парк Победы, будем минут через 20\n\n"
      "Прибыли, работаем по п.1 аллея" + IPHONE,
      enc="qp", mailer=IPH,
      label=D("17112", ["1"], "подрядчик на месте", "bottom-posting; number in Re: subject"))

plain(VIK, "17112", dt(6, 15, 10),
      "Добрый день.\nПо 17112 аллею (поз. 1) закончили, листву вывезли двумя ГАЗонами, 2 рейса.\n"
      "Поз. 2 - завтра с утра.\n\nБондарь В.И.\nмастер участка\n8-919-702-33-50",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17112", ["1"], "подрядчик убыл", "pos 1 done, pos 2 only planned"))

plain(VIK, "17112/2", dt(7, 9, 0),
      "На месте с 8:30, детская площадка, 3 чел.\n\nБондарь В.И.",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17112", ["2"], "подрядчик на месте", "request/position with slash in subject"))

plain(OLGA, "Fw: 17112 детская площадка", dt(7, 13, 15),
      "Пересылаю от Бондаря.\n\n"
      "-------- Пересылаемое сообщение --------\n"
      "Тема: 17112 детская площадка\nДата: Sat, 7 Nov 2026 13:05:11 +0500\n"
      "От: Бондарь Виктор <v.bondar@chistograd-service.ru>\nКому: office@chistograd-service.ru\n\n"
      "Ольга, передай в ОМИС: детскую площадку (поз.2) убрали, мешки вывезли, уехали в 13:00.\n",
      cs="windows-1251", enc="8bit", mailer=OUTLOOK16,
      label=D("17112", ["2"], "подрядчик убыл", "forward: the forwarded foreman message is the report"))

# ================================================================ 17205 — генуборка офиса
plain(NAT, "Генуборка пр. Мира 41", dt(5, 11, 0),
      "Добрый день! Заявку на генеральную уборку взяли, бригада выйдет в субботу 07.11 с 9:00.\n"
      "Пропуска на 5 человек, список во вложении пришлю отдельно.\n\nНаталья Федотова\nбригадир клининга",
      enc="8bit",
      label=R("no request number at all (address 41 and date only)"))

plain(OLGA, "Re: Генуборка пр. Мира 41", dt(5, 11, 20),
      "Уточняю: это по заявке 17205. Заявка принята, бригада Федотовой." + OLGA_SIG,
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17205", [], "заявка принята", "office clarifies number and confirms acceptance"))

plain(NAT_P, "17205", dt(7, 8, 45),
      "Едем, пробка на Комсомольском, будем в 9:15\n\nОтправлено из мобильной Почты Mail.ru",
      enc="b64", mailer=MAILRU_MOB,
      label=D("17205", [], "подрядчик в пути", "bare number in subject; on the way"))

plain(NAT_P, "17205 поз.2", dt(7, 9, 20),
      "Бригада на объекте, 5 человек, начали с кабинетов\n\nОтправлено из мобильной Почты Mail.ru",
      enc="b64", mailer=MAILRU_MOB,
      label=R("request 17205 has only position 1; position 2 does not exist"))

alt(NAT, "Генеральная уборка по 17205 завершена", dt(7, 17, 30),
    "Добрый вечер!\nГенеральная уборка по заявке 17205 завершена, ключи сдали охране в 17:20.\n"
    "Акт выполненных работ № 318 от 07.11.2026 подпишем в понедельник.\n\nНаталья Федотова",
    H("Добрый вечер!<br>Генеральная уборка по заявке 17205 завершена, ключи сдали охране в 17:20.<br>"
      "Акт выполненных работ № 318 от 07.11.2026 подпишем в понедельник.<br><br>Наталья Федотова"),
    enc="qp",
    label=D("17205", [], "подрядчик убыл", "finished; act number 318 is noise"))

# ================================================================ 17288 — реагент, 4 позиции
plain(OLGA, "Заявка 17288", dt(9, 9, 30),
      "Добрый день!\nЗаявку 17288 приняли. Реагент — «Бионорд», расход 150 г/м2, бригада Рахимова." + OLGA_SIG,
      cs="windows-1251", enc="qp", head="q", mailer=OUTLOOK16,
      label=D("17288", [], "заявка принята", "acceptance; 150 г/м2 is noise"))

plain(OLGA, "17288 выезд", dt(9, 10, 10),
      "Из телеграма:\n\n[09:58] Ахмед: выехал на каму\n[09:58] Ахмед: 17288 по 1 и 2, реагент загрузил 300 кг\n\nО.С.",
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17288", ["1", "2"], "подрядчик в пути", "relayed messenger, positions 1 and 2"))

plain(AHMED, "Вход и парковка ТЦ (17288 п1 п2)", dt(9, 10, 45),
      "на месте, сыпем" + IPHONE, enc="qp", mailer=IPH,
      label=D("17288", ["1", "2"], "подрядчик на месте", "number and positions in brackets in subject"))

plain(AHMED, "17288 - 1,2 обработали", dt(9, 12, 0),
      "3 и 4 после обеда" + IPHONE, enc="qp", mailer=IPH,
      label=D("17288", ["1", "2"], "подрядчик убыл", "1,2 done; 3,4 only planned"))

alt(AHMED, "Re: 17288 - 1,2 обработали", dt(9, 14, 5),
    "Пандус склада (3) - на месте\n\nОтправлено с iPhone\n\n"
    "> 9 нояб. 2026 г., в 12:00, Ахмед Рахимов <a.rakhimov@icloud.com> написал(а):\n>\n> 3 и 4 после обеда\n",
    "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
    "<body dir=\"auto\">Пандус склада (3) - на месте<br><br><div dir=\"ltr\">Отправлено с iPhone</div>"
    "<div dir=\"ltr\"><br><blockquote type=\"cite\">9 нояб. 2026 г., в 12:00, Ахмед Рахимов "
    "&lt;a.rakhimov@icloud.com&gt; написал(а):<br><br>3 и 4 после обеда</blockquote></div></body></html>",
    enc="qp", mailer=IPH,
    label=D("17288", ["3"], "подрядчик на месте", "Re: subject names old status for other positions; body: pos 3 on site"))

plain(AHMED, "17288 п 3, 4", dt(9, 16, 30),
      "готово, убываем" + IPHONE, enc="qp", mailer=IPH,
      label=D("17288", ["3", "4"], "подрядчик убыл", "short message, positions in subject"))

plain(OLGA, "Вопрос по 17288", dt(10, 7, 0),
      "Добрый день!\nПо 17288 звонил администратор ТЦ «Кама», говорит, у входа опять скользко. "
      "Нам повторно выезжать в рамках этой заявки или вы оформите новую?" + OLGA_SIG,
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=R("question, no status reported"))

# ================================================================ 17341 — обрезка деревьев
plain(VIK, "Заявка 17341", dt(10, 13, 45),
      "Добрый день.\nЗаявка 17341 принята. Автовышка АГП-22 будет 12.11, нужен пропуск во двор.\n\n"
      "Бондарь В.И.\nмастер участка",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17341", [], "заявка принята", "АГП-22 and 12.11 are noise"))

plain(VIK, "17341 Пушкина", dt(11, 16, 0),
      "По 17341 выезжаем завтра в 8:00. Прошу предупредить УК, чтобы убрали машины из-под тополя.\n\nБондарь",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=R("plan: 'выезжаем завтра'"))

plain(OLGA, "17341 вышка", dt(12, 7, 50),
      "Доброе утро!\n\n[07:35] Виктор Бондарь: вышка выехала с базы на Пушкина 18\n"
      "[07:36] Виктор Бондарь: 17341 п1\n\nОльга",
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17341", ["1"], "подрядчик в пути", "'выехала с базы на Пушкина' = leaving FOR the site"))

plain(VIK, "RE: Заявка 17341", dt(12, 8, 30),
      "Прибыли. Ограждение выставили, начинаем работы.\n\n"
      "-----Original Message-----\nFrom: Бондарь Виктор [mailto:v.bondar@chistograd-service.ru]\n"
      "Sent: Tuesday, November 10, 2026 1:45 PM\nTo: dispatch@zakazchik-omis.ru\nSubject: Заявка 17341\n\n"
      "Заявка 17341 принята. Автовышка АГП-22 будет 12.11, нужен пропуск во двор.\n",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17341", [], "подрядчик на месте", "number only in Re: subject / quote; old status принята in quote; new text = arrival"))

plain(VIK, "17341 поз.1 выполнена", dt(12, 15, 40),
      "Тополь спилили, порубочные остатки вывезли (17341 поз.1). Липы (поз.2) - завтра.\n\nБондарь В.И.",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17341", ["1"], "подрядчик убыл", "pos 1 done, pos 2 planned"))

plain(VIK, "17341 п.2", dt(13, 16, 10),
      "Кронирование лип выполнено. Убытие 16:00.\n\nБондарь",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17341", ["2"], "подрядчик убыл", "noun 'убытие' with time"))

# ================================================================ 17406 — мойка остекления
plain(NAT, "№17406", dt(11, 12, 0),
      "Здравствуйте! Заявку №17406 приняли, промальпинисты выйдут 13.11, 3 человека.\nНаталья",
      enc="8bit",
      label=D("17406", [], "заявка принята", "acceptance; 13.11 is a date"))

plain(NAT, "17406 смета", dt(12, 10, 0),
      "По 17406: мойка 4–6 этажей выйдет дороже из-за козырька, нужна доп. смета, 38 400 руб. с НДС. "
      "Согласуете? Договор № 47/26-К.\nНаталья Федотова",
      enc="8bit",
      label=R("price/contract talk, no status"))

plain(NAT_P, "17406 (1) (3) выехали", dt(13, 8, 10),
      "\n\nОтправлено из мобильной Почты Mail.ru", enc="b64", mailer=MAILRU_MOB,
      label=D("17406", ["1", "3"], "подрядчик в пути", "everything is in the subject; body only signature"))

html_only(NAT, "БЦ Парус", dt(13, 9, 0),
          H("Добрый день!<br><br>Прибыли на БЦ «Парус», заявка <b>17406</b>, позиции 1 и 3. "
            "Люльку монтируем.<br><br>--<br>Наталья Федотова<br>т. 8-950-441-07-93"),
          enc="qp",
          label=D("17406", ["1", "3"], "подрядчик на месте", "HTML-only"))

plain(NAT, "Re: 17406 (1) (3) выехали", dt(13, 17, 0),
      "По первой и третьей позиции всё вымыто, бригада уехала.\n\n"
      "13.11.2026 8:10, Наталья пишет:\n> 17406 (1) (3) выехали\n",
      enc="8bit",
      label=D("17406", ["1", "3"], "подрядчик убыл", "Re: subject with old status 'выехали'; body reports finish"))

plain(NAT, "17406-2", dt(16, 15, 45),
      "Альпинисты закончили 4-6 этажи в 15:30, снялись, уехали.\nНаталья",
      enc="8bit",
      label=D("17406", ["2"], "подрядчик убыл", "position after dash in subject; '4-6 этажи' is not a position"))

# ================================================================ 17519 — вывоз снега, школа 12
plain(OLGA, "Заявка 17519 в работе", dt(16, 9, 0),
      "Добрый день! Заявка 17519 (вывоз снега, школа № 12) принята в работу, выезд техники ночью." + OLGA_SIG,
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17519", [], "заявка принята", "'в работе'/'принята'; planned night departure is not a status"))

alt(SERG_P, "17519 выезд", dt(16, 22, 40),
    "КАМАЗ 65115 и погрузчик выехали на школу 12, заявка 17519.\nКузнецов",
    H("КАМАЗ 65115 и погрузчик выехали на школу 12, заявка 17519.<br>Кузнецов"),
    enc="b64", mailer="Mail.Ru Mailer 1.0",
    label=D("17519", [], "подрядчик в пути", "school No 12 and КАМАЗ model are noise"))

plain(SERG_P, "Re: 17519 выезд", dt(16, 23, 20),
      "На школе. Грузим.\n\n\nВоскресенье, 16 ноября 2026, 22:40 +05:00 от Сергей Кузнецов <kuznetsov.sergey76@mail.ru>:\n"
      "> КАМАЗ 65115 и погрузчик выехали на школу 12, заявка 17519.\n",
      enc="b64", mailer="Mail.Ru Mailer 1.0",
      label=D("17519", [], "подрядчик на месте", "Re: subject still says выезд; new text = on site"))

plain(SERG_P, "17519", dt(17, 4, 15),
      "Вывeзли 14 рейсов, территория школы чистая, техника ушла на базу.\nКузнецов",
      enc="b64", mailer="Mail.Ru Mailer 1.0",
      label=D("17519", [], "подрядчик убыл", "Latin e in 'Вывeзли'; 14 рейсов is noise"))

plain(OLGA, "RE: 17519", dt(17, 8, 0),
      "Получили, спасибо. Акт и счёт № 1126 пришлём до конца недели.\n\nОльга\n\n"
      "От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nОтправлено: 17 ноября 2026 г. 7:40\n"
      "Кому: office@chistograd-service.ru\nТема: 17519\n\n"
      "Вывоз снега по 17519 принят, замечаний нет.\n",
      cs="windows-1251", enc="qp", mailer=OUTLOOK16, reply_to_id="<omis-17519-ok@zakazchik-omis.ru>",
      label=R("acknowledgement of dispatcher's own message; invoice talk"))

plain(SERG, "17519 простой", dt(17, 9, 30),
      "По 17519: ночью охрана школы не пускала технику 1,5 часа, КАМАЗ стоял у ворот. "
      "Просим учесть простой при приёмке.\nКузнецов С.В.",
      enc="b64", mailer=TB,
      label=R("complaint about downtime, no new status"))

# ================================================================ 17577 — кровля Куйбышева
plain(VIK, "17577", dt(17, 10, 30),
      "17577 принял, сосульки и наледь по Куйбышева 95 и 97, промальпы 2 чел., завтра с утра начнем.\nБондарь",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17577", [], "заявка принята", "accepted; start is only planned; house numbers are noise"))

plain(OLGA, "Куйбышева 95 (17577)", dt(17, 13, 0),
      "[12:48] Виктор: на Куйбышева 95 приехали, тротуар огородили, лезем на крышу\n"
      "[12:49] Виктор: это 17577 первая позиция\n\nОльга С.",
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17577", ["1"], "подрядчик на месте", "number in brackets after address; 'первая позиция'"))

plain(VIK, "17577 поз 1", dt(17, 17, 20),
      "Кровля Куйбышева 95 очищена, наледь сбили, снег с тротуара убрали. 97 не успели, завтра.\nБондарь",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17577", ["1"], "подрядчик убыл", "pos 1 done; 97 (pos 2) planned"))

plain(VIK, "17577 поз 2", dt(18, 9, 0),
      "Еще не выехали, ждем машину с базы, будет к 11.\nБондарь",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=R("negation: 'ещё не выехали'"))

plain(VIK, "ЗАЯВКА 17577", dt(18, 14, 30),
      "ПО ЗАЯВКЕ 17577 ПОЗ.2 РАБОТЫ ЗАВЕРШЕНЫ, УБЫЛИ.\nБОНДАРЬ",
      cs="koi8-r", enc="qp", mailer=OUTLOOK03,
      label=D("17577", ["2"], "подрядчик убыл", "all caps"))

# ================================================================ 17630 — клининг поликлиники
plain(NAT, "Обращение 17630", dt(18, 12, 10),
      "Добрый день. Обращение 17630 принято: клининг после ремонта, выходим 19.11 в 8:00.\nНаталья Федотова",
      enc="qp",
      label=D("17630", [], "заявка принята", "'обращение' as the request word"))

plain(NAT_P, "Поликлиника", dt(19, 8, 20),
      "Заявка 17630: бригада на объекте, прибытие 8:10, начали с п.1 холл\n\nОтправлено из мобильной Почты Mail.ru",
      enc="b64", mailer=MAILRU_MOB,
      label=D("17630", ["1"], "подрядчик на месте", "noun 'прибытие' with time"))

plain(NAT_P, "17630", dt(19, 13, 0),
      "п.1 и п.2 закончили, лестницы (п.3) после обеда\n\nОтправлено из мобильной Почты Mail.ru",
      enc="b64", mailer=MAILRU_MOB,
      label=D("17630", ["1", "2"], "подрядчик убыл", "1,2 done, 3 planned"))

alt(NAT, "Завершение работ 17630", dt(19, 18, 5),
    "Все позиции по 17630 завершены, убыли в 18:00. Строительный мусор — 6 мешков — вынесли в контейнер.\nНаталья",
    H("Все позиции по 17630 завершены, убыли в 18:00. Строительный мусор — 6 мешков — вынесли в контейнер.<br>Наталья"),
    cs="utf-8", enc="b64",
    label=D("17630", [], "подрядчик убыл", "'все позиции' = whole request"))

# ================================================================ 17714 — крыльца, Революции 22
plain(OLGA, "Приняли 17714", dt(20, 10, 0),
      "Приняли 17714, ручная уборка крылец, бригада Рахимова, завтра с 7 утра." + OLGA_SIG,
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17714", [], "заявка принята", "acceptance"))

plain(AHMED, "17714 п. 1-4", dt(21, 6, 40),
      "Выезд 06:35, eдем 3 человека" + IPHONE, enc="qp", mailer=IPH,
      label=D("17714", ["1", "2", "3", "4"], "подрядчик в пути", "position range in subject; Latin e in 'eдем'"))

plain(AHMED, "Революции 22 (17714)", dt(21, 7, 30),
      "на месте, чистим крыльца всех подъездов" + IPHONE, enc="qp", mailer=IPH,
      label=D("17714", [], "подрядчик на месте", "number in brackets after address; no position named"))

plain(AHMED, "Re: Революции 22 (17714)", dt(21, 9, 10),
      "Все 4 крыльца почищены, посыпали, уехали" + IPHONE +
      "\n\n> 21 нояб. 2026 г., в 07:30, Ахмед Рахимов <a.rakhimov@icloud.com> написал(а):\n>\n"
      "> на месте, чистим крыльца всех подъездов\n",
      enc="qp", mailer=IPH,
      label=D("17714", [], "подрядчик убыл", "whole request done; quote is older status"))

# ================================================================ 17802 — ремонт снегоуборщиков
plain(SERG, "По наряду 17802", dt(23, 12, 30),
      "Добрый день. По наряду 17802 принято. Husqvarna ST 227P и Champion ST761E заберём в мастерскую сегодня.\n"
      "Кузнецов С.В.", enc="b64", mailer=TB,
      label=D("17802", [], "заявка принята", "'наряд'; model numbers 227, 761 are noise"))

plain(SERG, "17802 поз.1", dt(24, 11, 0),
      "Husqvarna: заменили ремень привода шнека (арт. 584 35 63-01), всё работает, отдали завхозу.\nКузнецов",
      enc="b64", mailer=TB,
      label=D("17802", ["1"], "подрядчик убыл", "result wording = finished; part number is noise"))

plain(SERG, "17802 поз 2", dt(25, 15, 0),
      "Champion — ждём запчасть, свеча NGK BPR6ES и карбюратор, поставщик обещает в пятницу 27.11.\nКузнецов",
      enc="b64", mailer=TB,
      label=R("waiting for parts, only a plan"))

plain(OLGA, "Fwd: Champion готов", dt(27, 16, 30),
      "Переслано от механика.\n\n---------- Forwarded message ---------\n"
      "От: Кузнецов Сергей <s.kuznetsov@chistograd-service.ru>\nDate: пт, 27 нояб. 2026 г. в 16:12\n"
      "Subject: Champion готов\nTo: <office@chistograd-service.ru>\n\n"
      "Champion отремонтирован (поз. 2 по 17802), вернули на объект, завели, проверили.\n",
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17802", ["2"], "подрядчик убыл", "Gmail-style forward of mechanic message"))

# ================================================================ 17955 — парковка Парус
plain(OLGA, "17955 принята", dt(24, 8, 20),
      "17955 принята, выезд ночью." + OLGA_SIG,
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17955", [], "заявка принята", "short acceptance"))

plain(OLGA, "Парус парковка", dt(25, 5, 30),
      "[05:12] Сергей: Парус, 17955 п1, на месте, 2 трактора\n[05:13] Сергей: фото скину позже\n\nОльга",
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=D("17955", ["1"], "подрядчик на месте", "relayed messenger at night"))

plain(SERG, "17955", dt(25, 7, 45),
      "п.1 освободились в 7:40, переезжаем на нижнюю (п.2)\nКузнецов",
      enc="b64", mailer=TB,
      label=R("different statuses: п.1 убыл, п.2 в пути"))

plain(SERG, "Re: 17955", dt(25, 10, 30),
      "п.2 по 17955 готово, выехали с объекта в 10:20, снег вывезли.\n\n"
      "25.11.2026 7:45, Кузнецов Сергей пишет:\n> п.1 освободились в 7:40, переезжаем на нижнюю (п.2)\n",
      enc="b64", mailer=TB,
      label=D("17955", ["2"], "подрядчик убыл", "'выехали с объекта' = left FROM the site"))

# ================================================================ cross / misc review
plain(OLGA, "Акты за ноябрь", dt(26, 11, 0),
      "Добрый день!\nПодскажите, по каким заявкам нужны акты за ноябрь: 17034, 17112, 17205? "
      "Или все одним реестром?" + OLGA_SIG,
      cs="windows-1251", enc="qp", mailer=OUTLOOK16,
      label=R("question, several request numbers"))

plain(SERG, "17450", dt(22, 9, 15),
      "На месте по 17450, начинаем.\nКузнецов", enc="b64", mailer=TB,
      label=R("17450 is not in the registry"))

plain(AHMED, "Реагент", dt(21, 12, 0),
      "17288 и 17714 - посыпали реагентом повторно, уехали" + IPHONE, enc="qp", mailer=IPH,
      label=R("two different requests in one letter"))

plain(NAT_P, "Уборка", dt(26, 9, 5),
      "Здравствуйте, бригада на месте, 4 человека.\n\nОтправлено из мобильной Почты Mail.ru",
      enc="b64", mailer=MAILRU_MOB,
      label=R("no request number at all"))

# ================================================================ ignored (machine mail)
m = textpart(
    "Здравствуйте!\n\nЗима близко! Закажите зимнее содержание территории до 01.12.2026 и получите скидку 10%.\n"
    "Уборка снега, вывоз, противогололёдная обработка. Тел. +7 (342) 259-40-17.\n\n"
    "Отписаться: https://chistograd-service.ru/unsubscribe?id=a5521", "plain", "utf-8", "b64")
finish(m, ("ЧистоГрад-Сервис", "news@chistograd-service.ru"), "Скидка 10% на зимнее содержание", dt(20, 12, 0),
       extra={"Precedence": "bulk", "List-Unsubscribe": "<https://chistograd-service.ru/unsubscribe?id=a5521>",
              "List-Id": "ChistoGrad news <news.chistograd-service.ru>"})
save(m, I("bulk newsletter; id=17034 in URL is not a report"))

m = textpart(
    "Здравствуйте!\n\nЯ в отпуске с 23.11 по 30.11. По заявкам 17630 и 17714 обращайтесь к Ольге Смирновой, "
    "office@chistograd-service.ru, тел. 8-912-445-18-20.\n\nНаталья Федотова", "plain", "utf-8", "qp")
finish(m, NAT, "Автоматический ответ: Re: 17630", dt(23, 10, 2),
       extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
save(m, I("out-of-office auto-reply mentioning request numbers"))

m = textpart(
    "Здравствуйте!\n\nЯ в отпуске с 23.11 по 30.11. По заявкам 17630 и 17714 обращайтесь к Ольге Смирновой, "
    "office@chistograd-service.ru, тел. 8-912-445-18-20.\n\nНаталья Федотова", "plain", "utf-8", "qp")
finish(m, NAT, "Автоматический ответ: Re: Приняли 17714", dt(24, 8, 31),
       extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
save(m, I("out-of-office auto-reply (second)"))


def bounce(when, orig_subj, orig_body, orig_date, rcpt, n):
    b = f"=_bounce_{n}"
    orig = textpart(orig_body, "plain", "utf-8", "8bit")
    orig["From"] = formataddr(SERG, charset="utf-8")
    orig["To"] = rcpt
    orig["Subject"] = Header(orig_subj, "utf-8")
    orig["Date"] = format_datetime(orig_date)
    orig["Message-ID"] = f"<orig{n}@chistograd-service.ru>"
    ob = orig.as_bytes().decode("utf-8")
    raw = (
        f"From: Mail Delivery System <MAILER-DAEMON@chistograd-service.ru>\n"
        f"To: {SERG[1]}\n"
        f"Subject: Undelivered Mail Returned to Sender\n"
        f"Date: {format_datetime(when)}\n"
        f"Message-ID: <bounce{n}.{when:%Y%m%d%H%M}@mx1.chistograd-service.ru>\n"
        f"Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
        f"This is a MIME-encapsulated message.\n\n--{b}\n"
        f"Content-Type: text/plain; charset=us-ascii\nContent-Description: Notification\n\n"
        f"This is the mail system at host mx1.chistograd-service.ru.\n\n"
        f"I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        f"<{rcpt}>: host mx.zakazchik-omis.ru[91.203.4.18] said: 552 5.2.2\n"
        f"    Mailbox full (in reply to RCPT TO command)\n\n--{b}\n"
        f"Content-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; mx1.chistograd-service.ru\nArrival-Date: {format_datetime(orig_date)}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.2.2\n"
        f"Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n--{b}\n"
        f"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n{ob}\n--{b}--\n")
    return raw.encode("utf-8")


save(bounce(dt(17, 0, 1), "17519 на месте", "На школе 12, грузим. 17519\nКузнецов", dt(16, 23, 59),
            "dispetcher@zakazchik-omis.ru", 1),
     I("bounce (delivery failure) containing a status report in the returned copy"))
save(bounce(dt(22, 10, 40), "17714 поз 3 на месте", "Крыльцо 3 подъезда на месте\nКузнецов", dt(22, 10, 39),
            "dispatch@zakazchik-omis.ru", 2),
     I("bounce: mailbox full"))

# read receipt (MDN) from Viktor's old Outlook
b = "=_mdn_1"
raw = (
    f"From: {formataddr(VIK, charset='koi8-r')}\nTo: dispatch@zakazchik-omis.ru\n"
    f"Subject: {Header('Прочитано: Заявка 17577 - уточнение адреса', 'koi8-r').encode()}\n"
    f"Date: {format_datetime(dt(17, 9, 12))}\nMessage-ID: <MDN.17577.001@chistograd-service.ru>\n"
    f"X-Mailer: {OUTLOOK03}\nMIME-Version: 1.0\n"
    f"Content-Type: multipart/report; report-type=disposition-notification; boundary=\"{b}\"\n\n"
    f"--{b}\nContent-Type: text/plain; charset=\"koi8-r\"\nContent-Transfer-Encoding: base64\n\n")
import base64
raw = raw.encode("ascii") + base64.encodebytes(
    "Ваше сообщение\n\n  Кому: Бондарь Виктор\n  Тема: Заявка 17577 - уточнение адреса\n  Отправлено: 17.11.2026 9:05\n\n"
    "было прочитано 17.11.2026 9:12.\n".encode("koi8-r")) + (
    f"\n--{b}\nContent-Type: message/disposition-notification\n\n"
    f"Reporting-UA: v.bondar; Microsoft Office Outlook 11\nFinal-Recipient: rfc822; v.bondar@chistograd-service.ru\n"
    f"Original-Message-ID: <omis-17577-addr@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
    f"--{b}--\n").encode("ascii")
save(raw, I("read receipt (MDN)"))

# calendar reply from Olga's Outlook
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
       "METHOD:REPLY\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Смирнова:mailto:office@chistograd-service.ru\r\n"
       "DTSTART:20261126T060000Z\r\nDTEND:20261126T070000Z\r\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n"
       "SUMMARY:Совещание по зимнему содержанию (заявки 17519\\, 17955)\r\n"
       "UID:040000008200E00074C5B7101A82E0080000000017955\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
m = MIMEMultipart("alternative")
m.attach(textpart("Ольга Смирнова принял(а) это приглашение.", "plain", "windows-1251", "qp"))
cal = textpart(ics, "calendar", "utf-8", "b64")
cal.set_param("method", "REPLY")
m.attach(cal)
finish(m, OLGA, "Принято: Совещание по зимнему содержанию (заявки 17519, 17955)", dt(25, 14, 0),
       cs="windows-1251", mailer=OUTLOOK16)
save(m, I("calendar meeting response generated by Outlook"))

# ---------------------------------------------------------------- extra decided letters (variety)
plain(VIK, "FW: 17341", dt(13, 9, 5),
      "\n\n-----Original Message-----\nFrom: Бондарь Виктор [mailto:v.bondar@chistograd-service.ru]\n"
      "Sent: Friday, November 13, 2026 8:55 AM\nTo: office@chistograd-service.ru\nSubject: 17341\n\n"
      "Ольга, в ОМИС перекинь: на сквере с 8:50, поз.2, вышка стоит, режем.\n",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17341", ["2"], "подрядчик на месте", "empty new text; forwarded own message is the report (old Outlook FW)"))

html_only(OLGA, "Сводка 17630 — 19.11", dt(19, 9, 30),
          H("Добрый день!<br>Наталья сообщает по заявке 17630:<br>"
            "<table border=1 cellpadding=3><tr><td><b>п.</b></td><td><b>Участок</b></td><td><b>Статус</b></td></tr>"
            "<tr><td>2</td><td>кабинеты 2 этажа</td><td>бригада на месте с 09:15</td></tr></table>"
            "<br>Ольга"),
          cs="windows-1251", enc="qp", mailer=OUTLOOK16,
          label=D("17630", ["2"], "подрядчик на месте", "HTML table with one row, position 2 on site"))

plain(AHMED, "17288", dt(9, 9, 40),
      "Заявку принял, загружаю реагент, через полчаса выезжаю" + IPHONE, enc="qp", mailer=IPH,
      label=D("17288", [], "заявка принята", "accepted; departure only planned"))

plain(SERG, "17714 п3", dt(22, 10, 45),
      "Письмо не дошло, дублирую: крыльцо 3-го подъезда почистили после ночного снегопада, посыпали песком. Уходим.\nКузнецов", enc="b64", mailer=TB,
      label=D("17714", ["3"], "подрядчик убыл", "resend after bounce; pos 3 done"))

plain(NAT, "17205", dt(6, 16, 0),
      "Добрый день. По 17205 подтверждаем: завтра выходим, как договаривались. Вопросы по пропускам к охране.",
      enc="8bit",
      label=R("plan only ('завтра выходим'), no status"))

alt(SERG_P, "Re[2]: 17955", dt(25, 6, 10),
    "Тракторы работают на верхней (поз1), снег грузим в КАМАЗ г/н Е 562 КУ 159.\n\n"
    "С уважением, Сергей\n\n-- \nОтправлено из Mail.ru для Android\n",
    H("Тракторы работают на верхней (поз1), снег грузим в КАМАЗ г/н Е 562 КУ 159.<br><br>С уважением, Сергей"
      "<br><br>-- <br>Отправлено из Mail.ru для Android"),
    enc="b64", mailer="Mail.Ru Mobile",
    label=D("17955", ["1"], "подрядчик на месте", "'поз1' glued; plate number is noise; number only in Re[2]: subject"))

plain(OLGA, "Заявка № 17577 — прибытие поз.2", dt(18, 11, 25),
      "Добрый день!\nВиктор сообщил по телефону: прибытие на Куйбышева, 97 в 11:15, бригада 2 человека, "
      "автовышка г/н О 903 ТМ 59.\n" + OLGA_SIG,
      cs="windows-1251", enc="qp", head="q", mailer=OUTLOOK16,
      label=D("17577", ["2"], "подрядчик на месте", "relayed phone call; noun 'прибытие'"))

plain(AHMED, "Заявка 17714 по 2-му подъезду", dt(21, 7, 10),
      "2й подъезд начали, остальные после" + IPHONE, enc="qp", mailer=IPH,
      label=D("17714", ["2"], "подрядчик на месте", "'2-му подъезду' = position 2 (positions are подъезды); work started"))

plain(VIK, "Re: 17112", dt(7, 8, 5),
      "Едем на вторую позицию, минут 15.\n\n"
      "-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
      "Sent: Friday, November 06, 2026 4:00 PM\nTo: v.bondar@chistograd-service.ru\nSubject: 17112\n\n"
      "Виктор Иванович, по позиции 1 приняли. Ждём по позиции 2.\n",
      cs="koi8-r", enc="b64", mailer=OUTLOOK03,
      label=D("17112", ["2"], "подрядчик в пути", "'вторую позицию'; quote mentions position 1 but is history"))

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REG, f, ensure_ascii=False, indent=1)
print(len(LABELS), "letters")
