#!/usr/bin/env python3
# Generator for the "АэроТерм Сервис" call-centre corpus (stdlib only).
import zlib, base64, quopri, json, os, datetime
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
DOM = "aerotermservis-msk.ru"
TZ = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"

KOZ = ("Марина Козлова", "m.kozlova@" + DOM)
RYB = ("Рябинина Ольга Викторовна", "o.ryabinina@" + DOM)
SHE = ("Шевчук Дмитрий", "d.shevchuk@" + DOM)
ZAY = ("Колл-центр АэроТерм", "zayavki@" + DOM)
GUS = ("Тимур Гусейнов", "t.guseinov77@mail.ru")
NEWS = ("АэроТерм Сервис", "news@" + DOM)
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@" + DOM)

REQ = [
 ("483017", ["1","2","3"], "2026-11-02T09:10:00+03:00", "Москва, Варшавское ш., д. 118, корп. 1, БЦ «Варшавка-Плаза»",
  "1 — наружный блок VRF (кровля); 2 — кассетные блоки, оф. 305; 3 — сплит-система серверной, 2 эт."),
 ("483094", ["1"], "2026-11-03T11:40:00+03:00", "Москва, ул. Складочная, д. 1, стр. 18",
  "1 — прецизионный кондиционер серверной"),
 ("483158", ["1","2"], "2026-11-05T08:30:00+03:00", "г. Химки, ул. Молодёжная, д. 7, школа № 4",
  "1 — сплит-система, каб. 12; 2 — сплит-система, каб. 14"),
 ("483240", ["1","2","3","4"], "2026-11-06T14:00:00+03:00", "Москва, 2-й Кожуховский пр-д, д. 29, корп. 2",
  "1 — фанкойл оф. 401; 2 — фанкойл оф. 402; 3 — фанкойл переговорной 410; 4 — приточная установка"),
 ("483313", ["1"], "2026-11-09T10:00:00+03:00", "г. Подольск, ул. Вишнёвая, д. 14, склад 3",
  "1 — чиллер Carrier 30RB-162, кровля склада"),
 ("483391", ["1","2"], "2026-11-10T16:20:00+03:00", "Москва, ул. Лётчика Бабушкина, д. 31/2, кафе",
  "1 — наружный блок VRV; 2 — внутренние блоки зала 2 эт."),
 ("483456", ["01","02","03"], "2026-11-12T09:00:00+03:00", "Москва, Ореховый б-р, д. 22А, фитнес-клуб",
  "01 — кондиционер ресепшн; 02 — сплит кабинета директора; 03 — тепловая завеса главного входа"),
 ("483522", ["1","2"], "2026-11-13T13:30:00+03:00", "г. Мытищи, Олимпийский пр-т, д. 29, ресторан",
  "1 — крышный кондиционер (руфтоп) Lennox; 2 — вытяжная вентиляция кухни"),
 ("483607", ["1"], "2026-11-16T08:45:00+03:00", "Москва, ул. Ферсмана, д. 5, 3 эт.",
  "1 — сплит-система серверной"),
 ("483688", ["1","2","3"], "2026-11-17T10:10:00+03:00", "г. Красногорск, ул. Ленина, д. 35А, ТЦ",
  "1 — ККБ приточной установки; 2 — сплит поста охраны; 3 — сплит кассового узла"),
 ("483771", ["1","2"], "2026-11-19T12:00:00+03:00", "Москва, Дмитровское ш., д. 100, стр. 3",
  "1 — мультисплит, офис 1 эт.; 2 — мультисплит, офис 2 эт."),
 ("483935", ["1"], "2026-11-23T09:30:00+03:00", "Москва, ул. Бутлерова, д. 17Б, подвал",
  "1 — приточно-вытяжная установка (ПВУ)"),
]
ADDR = {r[0]: r[3] for r in REQ}

SIG_KOZ = "\n-- \nМарина Козлова\nоператор колл-центра ООО «АэроТерм Сервис»\nтел. +7 (495) 748-31-56, доб. 214\n"
SIG_RYB = ("\nС уважением,\nРябинина Ольга\nдиспетчер сервисной службы\nООО «АэроТерм Сервис»\n"
           "ИНН 7714483522 / КПП 771401001\nтел. +7 (495) 748-31-56\n")
SIG_SHE = "\nД.Ш.\n"
SIG_ZAY = "\n---\nКолл-центр ООО «АэроТерм Сервис», круглосуточно\n8-800-555-48-31 | zayavki@" + DOM + "\n"
SIG_GUS = "\n\nОтправлено из мобильной Почты Mail.ru\n"


def T(z, pos, etap, isp, comm, addr=None, head="Уведомление по заявке"):
    a = ADDR.get(z, "") if addr is None else addr
    return (f"{head}\n\nЗаявка: {z}\nАдрес: {a}\nПозиция: {pos}\nЭтап: {etap}\n"
            f"Исполнитель: {isp}\nКомментарий: {comm}\n")


def T_html(z, pos, etap, isp, comm, addr=None):
    a = ADDR.get(z, "") if addr is None else addr
    rows = [("Заявка", z), ("Адрес", a), ("Позиция", pos), ("Этап", etap), ("Исполнитель", isp), ("Комментарий", comm)]
    tr = "".join(f"<tr><td style=\"border:1px solid #999;padding:3px\"><b>{k}</b></td>"
                 f"<td style=\"border:1px solid #999;padding:3px\">{v}</td></tr>\n" for k, v in rows)
    return ("<p><b>Уведомление по заявке</b></p>\n<table style=\"border-collapse:collapse;font-family:Calibri\">\n"
            + tr + "</table>\n")


def html_wrap(inner, cs):
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\"></head>\n"
            f"<body style=\"font-family:Calibri,Arial;font-size:11pt\">\n{inner}\n</body></html>\n")


def txt2html(t):
    import html
    return "<div>" + "<br>\n".join(html.escape(l) for l in t.split("\n")) + "</div>"

# ---------------------------------------------------------------- MIME assembly
KOI_FIX = str.maketrans({"«": '"', "»": '"', "—": "-", "–": "-", "№": "N"})


def fix(text, cs):
    return text.translate(KOI_FIX) if cs == "koi8-r" else text


def enc_body(text, cs, cte):
    raw = fix(text, cs).encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text, cs, cte, params=""):
    h = f"Content-Type: {ctype}; charset=\"{cs}\"{params}\nContent-Transfer-Encoding: {cte}\n\n"
    b = enc_body(text, cs, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return h.encode("ascii") + b


def multipart(sub, parts, bnd, params=""):
    out = f"Content-Type: multipart/{sub};{params}\n boundary=\"{bnd}\"\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{bnd}\n".encode() + p
    out += f"\n--{bnd}--\n".encode()
    return out


def hv(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(fix(s, cs), cs, maxlinelen=76).encode(linesep="\n")


def addr(person, cs):
    name, a = person
    return f"{hv(name, cs)} <{a}>"


LETTERS = []
LABELS = {}


def L(frm, when, subject, label, text=None, html=None, cs="utf-8", cte="8bit", hcs=None,
      mailer=None, extra=None, body=None, to=DISPATCH, inreply=None, msgid_dom=None):
    n = len(LETTERS) + 1
    name = f"{n:03d}.eml"
    mo, rest = when.split("-", 1)
    d, hm = rest.split(" ")
    h, mi = hm.split(":")
    dt = datetime.datetime(2026, int(mo), int(d), int(h), int(mi), (n * 7) % 60, tzinfo=TZ)
    hcs = hcs or cs
    hdrs = [f"From: {addr(frm, hcs)}",
            f"To: {hv(to.split(' <')[0], hcs)} <{to.split('<')[1]}" if '<' in to else f"To: {to}",
            f"Subject: {hv(subject, hcs)}",
            f"Date: {format_datetime(dt)}",
            f"Message-ID: <{dt.strftime('%Y%m%d%H%M%S')}.{n:03d}.{zlib.crc32(subject.encode()) % 99991:05d}@{msgid_dom or frm[1].split('@')[1]}>",
            ]
    if inreply:
        hdrs.append(f"In-Reply-To: <{inreply}@zakazchik-omis.ru>")
        hdrs.append(f"References: <{inreply}@zakazchik-omis.ru>")
    if mailer:
        hdrs.append(mailer)
    for e in (extra or []):
        hdrs.append(e)
    hdrs.append("MIME-Version: 1.0")
    if body is None:
        if text is not None and html is not None:
            body = multipart("alternative", [leaf("text/plain", text, cs, cte),
                                             leaf("text/html", html, cs, cte)], f"----=_alt_{n:03d}_AT")
        elif html is not None:
            body = leaf("text/html", html, cs, cte)
        else:
            body = leaf("text/plain", text, cs, cte)
    raw = ("\n".join(hdrs) + "\n").encode("ascii") + body
    LETTERS.append((name, raw))
    LABELS[name] = label


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"
TB = "X-Mailer: Mozilla Thunderbird 115.12.1"
UA_TB = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.1"
OL = "X-Mailer: Microsoft Outlook 16.0"
RC = "User-Agent: Roundcube Webmail/1.6.7"
BAT = "X-Mailer: The Bat! (v10.4.5) Professional"
MRU = "X-Mailer: Mail.Ru Mobile Mail for Android 15.2"

BR2 = "Бригада №2 (Гусейнов Т.)"
BR4 = "Бригада №4 (Лапин А.)"
SOL = "мастер Соловьёв И."

# ================================================================ 483017
L(KOZ, "11-02 10:05", "Уведомление по заявке 483017", D("483017", [], PR, "Позиция: все; accepted, plan for tomorrow is extra"),
  text=T("483017", "все", "принята", BR2,
         "Заявку приняли в работу. Выезд планируем на завтра, 3 ноября, к 9:30. Пропуск на машину "
         "(Т 218 ОР 799) просим заказать на охрану БЦ.") + SIG_KOZ, mailer=UA_TB)
L(SHE, "11-03 08:20", "483017", D("483017", ["1", "3"], VP, "terse; Этап: выезд, comment 'выехали'"),
  text=T("483017", "1, 3", "выезд", BR2, "выехали, будут к 9:30") + SIG_SHE,
  cte="quoted-printable", mailer=RC)
L(GUS, "11-03 09:41", "Варшавское 118 (483017)", D("483017", [], NM, "crew lead, number in brackets after address; no position"),
  text="На месте, начинаем с кровли. Охрана пропустила без вопросов.\nГусейнов" + SIG_GUS,
  html=txt2html("На месте, начинаем с кровли. Охрана пропустила без вопросов.\nГусейнов") + "<br><br><i>Отправлено из мобильной Почты Mail.ru</i>",
  cte="base64", mailer=MRU)
L(KOZ, "11-03 13:10", "Уведомление по заявке 483017 — поз. 1", D("483017", ["1"], UB, "Этап field stale (на месте); comment: work on pos 1 finished"),
  text=T("483017", "1", "на месте", BR2,
         "По наружному блоку (поз. 1) работы завершены: заменили датчик высокого давления, дозаправили "
         "R410A 1,2 кг, блок запущен, ошибок на пульте нет. Инженер БЦ проверил, претензий нет.") + SIG_KOZ, mailer=UA_TB)
L(RYB, "11-03 16:45", "Уведомление по заявке 483017", D("483017", ["3"], UB, "Outlook cp1251 QP; serverroom done, left 16:30; act number is noise"),
  text=T("483017", "3", "Убыли", BR2,
         "Серверная: сплит почистили, дренаж пробили, течи нет. Мастера уехали в 16:30. "
         "Акт № АТ-1103/2 подписан инженером объекта.") + SIG_RYB,
  html=html_wrap(T_html("483017", "3", "Убыли", BR2,
         "Серверная: сплит почистили, дренаж пробили, течи нет. Мастера уехали в 16:30. "
         "Акт № АТ-1103/2 подписан инженером объекта.") + txt2html(SIG_RYB), "windows-1251"),
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(KOZ, "11-04 11:15", "Уведомление по заявке 483017 поз. 2", R("plan only: waiting for a part, will come after delivery"),
  text=T("483017", "2", "ожидание запчастей", BR2,
         "По кассетным блокам в оф. 305 нужна замена платы управления (Daikin EC0434(A), 2P439253-1). "
         "Заказали у поставщика, срок 5–7 рабочих дней. Как придёт — согласуем с вами дату и приедем.") + SIG_KOZ, mailer=UA_TB)
L(SHE, "11-12 10:02", "483017-2", D("483017", ["2"], VP, "Этап: см. комментарий; 'мастер выехал'"),
  text=T("483017", "2", "см. комментарий", BR2, "плата пришла, мастер выехал") + SIG_SHE,
  cte="quoted-printable", mailer=RC)
L(KOZ, "11-12 14:30", "Re: Уведомление по заявке 483017 поз. 2 — в пути", D("483017", ["2"], UB, "reply: new text says done and left; quoted old 'в пути' ignored; Re: subject stale"),
  text="Добрый день!\n\nПлату поставили, оба кассетника в 305-м работают, заказчик принял. Мастер уехал около 14:10.\n"
       "Заявку 483017 с нашей стороны можно закрывать.\n" + SIG_KOZ +
       "\n12.11.2026 10:02, Шевчук Дмитрий пишет:\n> Уведомление по заявке\n>\n> Заявка: 483017\n> Адрес: " + ADDR["483017"] +
       "\n> Позиция: 2\n> Этап: см. комментарий\n> Исполнитель: " + BR2 + "\n> Комментарий: плата пришла, мастер выехал\n",
  mailer=UA_TB, extra=["In-Reply-To: <20261112100202.007@" + DOM + ">"])

# ================================================================ 483094
L(ZAY, "11-03 12:15", "Уведомление по заявке №483094", D("483094", ["1"], PR, "one-word operator, KOI8-R The Bat!"),
  text=T("483094", "1", "принята", "—", "ок") + SIG_ZAY, cs="koi8-r", mailer=BAT)
L(SHE, "11-04 07:55", "483094 выезд", D("483094", ["1"], VP, "car plate and phone (+7 916 483-09-41) are noise"),
  text=T("483094", "1", "в пути", BR4 + ", авто Н 482 ХК 799, тел. мастера +7 916 483-09-41", "—") + SIG_SHE,
  cte="quoted-printable", mailer=RC)
L(RYB, "11-04 11:20", "Заявка 483094 — прецизионный кондиционер", D("483094", ["1"], NM, "HTML-only; on site since 08:50, diagnosing"),
  html=html_wrap(T_html("483094", "1", "на месте", BR4,
       "Мастер на объекте с 08:50, идёт диагностика. Компрессор гудит, но не стартует — подозрение на пусковой конденсатор.")
       + txt2html(SIG_RYB), "windows-1251"),
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(KOZ, "11-04 17:05", "Уведомление по заявке 483094", D("483094", ["1"], UB, "Этап field stale (на месте); comment: fixed, crew free at 16:40"),
  text=T("483094", "1", "на месте", BR4,
         "Конденсатор заменили (CBB65 45 мкФ 450 В), прецизионник запустили, держит +22 °C. "
         "Бригада освободилась в 16:40.") + SIG_KOZ, mailer=UA_TB)

# ================================================================ 483158
L(SHE, "11-05 09:02", "Уведомление по заявке 483158", D("483158", [], PR, "Позиция empty, comment empty"),
  text=T("483158", "", "принята", SOL, "") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(KOZ, "11-05 10:30", "Вопрос по заявке 483158", R("question about access passes, no status"),
  text="Добрый день!\n\nПо заявке 483158 (Химки, школа № 4) уточните, пожалуйста: нужен ли мастеру пропуск или "
       "достаточно паспорта? И с какого времени можно работать в кабинетах 12 и 14 — там ведь идут уроки?\n"
       "Без этого выезд не планируем.\n" + SIG_KOZ, mailer=UA_TB)
L(ZAY, "11-06 09:10", "Уведомление по заявке 483158", D("483158", ["1", "2"], VP, "left the warehouse towards the site"),
  text=T("483158", "1, 2", "выехали", SOL,
         "мастер выехал со склада на Ленинградке, ориентировочно будет в 10:15, паспорт с собой") + SIG_ZAY,
  cs="koi8-r", mailer=BAT)
L(RYB, "11-06 12:40", "Уведомление по заявке 483158", D("483158", ["1"], UB, "pos 1 done; pos 2 only planned for Monday"),
  text=T("483158", "1 (каб. 12)", "Убыл", SOL,
         "по 1-й всё: почистили, дозаправили, работает. По второй (каб. 14) нужна замена платы, приедем в понедельник.") + SIG_RYB,
  html=html_wrap(T_html("483158", "1 (каб. 12)", "Убыл", SOL,
         "по 1-й всё: почистили, дозаправили, работает. По второй (каб. 14) нужна замена платы, приедем в понедельник.") + txt2html(SIG_RYB), "windows-1251"),
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(KOZ, "11-09 10:20", "Fwd: Химки школа", D("483158", ["2"], NM, "Gmail-style forward of crew message: on site at pos 2"),
  text="Пересылаю сообщение от мастера.\n\n---------- Forwarded message ---------\nОт: Соловьёв Игорь <i.solovyov@" + DOM + ">\n"
       "Date: пн, 9 нояб. 2026 г. в 10:12\nSubject: Химки школа\nTo: Марина Козлова <m.kozlova@" + DOM + ">\n\n"
       "Химки, школа 4, каб 14 — на месте, меняю плату. 483158 п.2\n" + SIG_KOZ, mailer=UA_TB)
L(SHE, "11-09 15:00", "483158 (2) готово", D("483158", ["2"], UB, "Этап: завершено"),
  text=T("483158", "2", "завершено", SOL, "плата заменена, уехал") + SIG_SHE, cte="quoted-printable", mailer=RC)

# ================================================================ 483240
tbl_rows = "".join(f"<tr><td>{p}</td><td>{d}</td><td>{s}</td></tr>\n" for p, d, s in
                   [("1", "фанкойл, оф. 401", "принята"), ("2", "фанкойл, оф. 402", "принята"),
                    ("3", "фанкойл, переговорная 410", "принята"), ("4", "приточная установка", "принята")])
html_240a = ("<p>Добрый день!</p><p>Уведомление по заявке <b>483240</b> (" + ADDR["483240"] + ").<br>"
             "Исполнитель: " + BR4 + "</p>\n<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
             "<tr><th>Позиция</th><th>Оборудование</th><th>Этап</th></tr>\n" + tbl_rows + "</table>\n"
             "<p>Комментарий: выезд согласовали на 7 ноября, 9:00.</p>\n" + txt2html(SIG_KOZ))
L(KOZ, "11-06 15:10", "Уведомление по заявке 483240", D("483240", ["1", "2", "3", "4"], PR, "HTML table, every row принята"),
  text="Добрый день!\n\nУведомление по заявке 483240 (" + ADDR["483240"] + ").\nИсполнитель: " + BR4 + "\n\n"
       "Позиция | Оборудование | Этап\n1 | фанкойл, оф. 401 | принята\n2 | фанкойл, оф. 402 | принята\n"
       "3 | фанкойл, переговорная 410 | принята\n4 | приточная установка | принята\n\n"
       "Комментарий: выезд согласовали на 7 ноября, 9:00.\n" + SIG_KOZ,
  html=html_wrap(html_240a, "utf-8"), cte="base64", mailer=UA_TB)
L(ZAY, "11-07 08:40", "Уведомление по заявке 483240", D("483240", ["1", "2", "3", "4"], VP, "Позиция: 1-4 (range)"),
  text=T("483240", "1-4", "в пути", BR4, "") + SIG_ZAY, cs="koi8-r", mailer=BAT)
tbl2 = "".join(f"<tr><td>{p}</td><td>{d}</td><td>{s}</td><td>{c}</td></tr>\n" for p, d, s, c in
               [("1", "фанкойл, оф. 401", "убыли 11:05", "промывка теплообменника, замена фильтра"),
                ("2", "фанкойл, оф. 402", "убыли 11:20", "замена мотора вентилятора"),
                ("3", "фанкойл, переговорная 410", "", ""), ("4", "приточная установка", "", "")])
L(RYB, "11-07 11:30", "RE: Уведомление по заявке 483240", D("483240", ["1", "2"], UB, "HTML table: rows 1,2 done, rows 3,4 empty"),
  html=html_wrap("<p>Промежуточный статус по заявке 483240:</p>\n<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n"
                 "<tr><th>Позиция</th><th>Оборудование</th><th>Этап</th><th>Комментарий</th></tr>\n" + tbl2 + "</table>\n"
                 + txt2html(SIG_RYB), "windows-1251"),
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(RYB, "11-07 16:50", "Уведомление по заявке 483240", D("483240", ["3", "4"], UB, "Этап field stale; comment: finished, crew left 16:35"),
  text=T("483240", "3, 4", "на месте", BR4,
         "Переговорная и приточка готовы, бригада уехала в 16:35, замечаний от инженера нет.") + SIG_RYB,
  html=html_wrap(T_html("483240", "3, 4", "на месте", BR4,
         "Переговорная и приточка готовы, бригада уехала в 16:35, замечаний от инженера нет.") + txt2html(SIG_RYB), "windows-1251"),
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(KOZ, "11-10 11:45", "Счёт по заявке 483240", R("invoice / price talk"),
  text="Добрый день!\n\nПо заявке 483240 направляем счёт № 1187 от 10.11.2026 на 48 300 руб. (в т.ч. НДС) "
       "за дополнительные работы — замену дренажной помпы Sauermann SI-1805 в переговорной. "
       "Просим согласовать, договор № 14/2026-ТО от 15.01.2026.\nСчёт во вложении будет отдельным письмом от бухгалтерии.\n" + SIG_KOZ,
  mailer=UA_TB)

# ================================================================ 483313
L(SHE, "11-09 10:25", "Уведомление по заявке", D("483313", ["1"], PR, "number only in body; subject RFC2047"),
  text=T("483313", "1", "Принята", BR2, "") + SIG_SHE, cte="base64", mailer=RC)
L(ZAY, "11-09 13:00", "Уведомление по заявке 483313", R("negation: crew has not left yet, waiting for access"),
  text=T("483313", "1", "—", BR2,
         "бригада ещё не выехала, ждём допуск от охраны склада (СБ просит списки до 14:00)") + SIG_ZAY,
  cs="koi8-r", mailer=BAT)
L(KOZ, "11-09 15:20", "Уведомление по заявке 483313", D("483313", ["1"], VP, "left FROM Moscow towards Podolsk = on the way"),
  text=T("483313", "1", "в пути",  BR2,
         "Допуск получили, бригада выехала из Москвы, в Подольске будет примерно через час. "
         "Машина Газель К 931 ММ 750.") + SIG_KOZ, mailer=UA_TB)
L(GUS, "11-09 16:35", "Re: Уведомление по заявке 483313", D("483313", [], NM, "number only in Re: subject; on site"),
  text="На Вишнёвой. Чиллер стоит по аварии HP, смотрим." + SIG_GUS,
  html="<div>На Вишнёвой. Чиллер стоит по аварии HP, смотрим.</div><div><br></div><div><i>Отправлено из мобильной Почты Mail.ru</i></div>",
  cte="base64", mailer=MRU)
L(RYB, "11-10 10:00", "Уведомление по заявке 483313", D("483313", ["1"], UB, "Этап as noun 'Убытие 21:40'"),
  text=T("483313", "1", "Убытие 21:40 09.11", "Гусейнов Т.",
         "Вчера закончили поздно, письмо отправляю утром. Заменили реле высокого давления, чиллер в работе, "
         "параметры в норме (вода 7/12 °C).") + SIG_RYB,
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(KOZ, "11-11 09:20", "Re: Закрытие заявки 483313", R("thanks/acknowledgement of dispatcher's own message"),
  text="Спасибо за подтверждение! Оригинал акта отправим курьером вместе с остальными в конце месяца.\n" + SIG_KOZ +
       "\n10.11.2026 18:02, Диспетчерская ОМИС пишет:\n> Добрый вечер. Заявку 483313 закрыли, работы приняты.\n"
       "> Просим направить оригинал акта.\n", mailer=UA_TB)

# ================================================================ 483391
L(ZAY, "11-10 16:50", "Уведомление по заявке 483391", D("483391", ["1", "2"], PR, "accepted, plan for tomorrow extra"),
  text=T("483391", "1, 2", "принята", BR4, "приняли, выезд завтра 9-10") + SIG_ZAY, cs="koi8-r", mailer=BAT)
L(SHE, "11-11 08:50", "Re: Уведомление по заявке 483391", D("483391", ["1", "2"], VP, "terse, empty comment"),
  text=T("483391", "1,2", "в пути", BR4, "") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(KOZ, "11-11 09:45", "Уведомление по заявке 483391", D("483391", ["1", "2"], NM, "arrived 09:35, waiting for admin on site"),
  text=T("483391", "1, 2", "на месте", BR4,
         "Бригада прибыла в 09:35, кафе ещё закрыто, ждут администратора у входа. Телефон администратора "
         "+7 926 391-48-31 не отвечает — помогите, пожалуйста, связаться.") + SIG_KOZ,
  cs="koi8-r", mailer=TB)
L(RYB, "11-11 14:20", "Уведомление по заявке 483391", R("different statuses: pos 1 finished, pos 2 still in work (mixed #1)"),
  text=T("483391", "1, 2", "см. комментарий", BR4,
         "По наружному блоку закончили, заменили вентилятор конденсатора. Внутренние блоки зала ещё в работе, "
         "бригада на месте, меняют дренажные помпы.") + SIG_RYB,
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(SHE, "11-11 18:05", "483391 п2 убыли", D("483391", ["2"], UB, "one-liner subject; Этап field 'убыли'"),
  text=T("483391", "2", "убыли", BR4, "") + SIG_SHE, cte="quoted-printable", mailer=RC)

# ================================================================ 483456
L(RYB, "11-12 09:30", "Уведомление по заявке 483456", D("483456", ["01", "02", "03"], PR, "positions as range 01-03"),
  text=T("483456", "01-03", "Принята в работу", "Бригада №2",
         "Выезд по завесе (03) — завтра с утра, по сплитам 01 и 02 — согласуем с администратором клуба.") + SIG_RYB,
  html=html_wrap(T_html("483456", "01-03", "Принята в работу", "Бригада №2",
         "Выезд по завесе (03) — завтра с утра, по сплитам 01 и 02 — согласуем с администратором клуба.") + txt2html(SIG_RYB), "windows-1251"),
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(KOZ, "11-12 18:30", "Автоответ: Re: Уведомление по заявке 483456", I("out-of-office auto-reply"),
  text="Здравствуйте!\n\nСпасибо за письмо. Мой рабочий день закончился, сообщение будет обработано завтра с 9:00.\n"
       "По заявкам обращайтесь в колл-центр: zayavki@" + DOM + ", 8-800-555-48-31.\n\nМарина Козлова\n",
  mailer=UA_TB, extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"])
L(SHE, "11-13 08:15", "483456 поз 03 выезд", D("483456", ["03"], VP, "Этап as noun with time 'выезд 08:10'"),
  text=T("483456", "03", "выезд 08:10", BR2, "") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(ZAY, "11-13 09:20", "Уведомление по заявке 483456", D("483456", ["03"], NM, "Позиция field stale (01), comment explicitly corrects to 03"),
  text=T("483456", "01", "на месте", BR2,
         "По тепловой завесе бригада на месте с 09:05. (В поле «Позиция» осталось с прошлого письма, правильно — 03.)") + SIG_ZAY,
  cs="koi8-r", mailer=BAT)
L(RYB, "11-13 12:10", "RE: Уведомление по заявке 483456", D("483456", ["03"], UB, "Outlook reply above quote; 'П03 — готово, убыла'"),
  text="П03 — готово, ТЭН заменили, завеса греет. Бригада убыла в 12:05.\n" + SIG_RYB +
       "\nОт: Колл-центр АэроТерм <zayavki@" + DOM + ">\nОтправлено: 13 ноября 2026 г. 9:20\nКому: Диспетчерская ОМИС\n"
       "Тема: Уведомление по заявке 483456\n\nУведомление по заявке\n\nЗаявка: 483456\nПозиция: 01\nЭтап: на месте\n"
       "Комментарий: По тепловой завесе бригада на месте с 09:05.\n",
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(SHE, "11-16 09:40", "483456 поз. 04", R("position 04 does not exist in request 483456"),
  text=T("483456", "04", "в пути", BR2, "выехали") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(SHE, "11-17 10:30", "483456 (01,02) на месте", D("483456", ["01", "02"], NM, "positions in brackets in subject"),
  text=T("483456", "01, 02", "на месте", BR2, "") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(KOZ, "11-17 15:40", "Уведомление по заявке 483456", D("483456", ["01", "02"], UB, "both splits done, master left 15:20"),
  text=T("483456", "01, 02", "убыли", BR2,
         "Оба сплита почистили, сделали антибактериальную обработку, проверили давление. Мастер ушёл в 15:20. "
         "Рекомендуем через полгода повторить ТО.") + SIG_KOZ, mailer=UA_TB)

# ================================================================ 483522
L(ZAY, "11-13 14:00", "Уведомление по заявке 483522", D("483522", [], PR, "Позиция '—' = whole request; cp1251 base64"),
  text=T("483522", "—", "принята", "уточняется", "взяли в работу, бригаду назначим до 18:00") + SIG_ZAY,
  cs="windows-1251", cte="base64", mailer=BAT)
L(SHE, "11-14 08:30", "выезд 483522 / 483391", R("two different requests in one letter"),
  text="Бригада Лапина выехала: сначала Мытищи по 483522, потом заедут на Лётчика Бабушкина по 483391 "
       "забрать забытый манифольд.\n" + SIG_SHE, cte="quoted-printable", mailer=RC)
L(SHE, "11-14 09:00", "Мытищи, Олимпийский 29 (483522)", D("483522", ["1", "2"], VP, "number in brackets after address in subject"),
  text=T("483522", "1 и 2", "в пути", BR4, "будут к 10") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(GUS, "11-14 10:10", "483522", D("483522", [], NM, "crew lead: arrived 10:05"),
  text="Прибыли 10:05, Мытищи. Руфтоп и вытяжку смотрим." + SIG_GUS,
  html="<div>Прибыли 10:05, Мытищи. Руфтоп и вытяжку смотрим.</div><div><i>Отправлено из мобильной Почты Mail.ru</i></div>",
  cte="base64", mailer=MRU, extra=["Reply-To: t.guseinov77@mail.ru"])
L(KOZ, "11-14 17:30", "Уведомление по заявке 483522", D("483522", ["2"], UB, "pos 2 finished; pos 1 waits for compressor (plan)"),
  text=T("483522", "2", "работы завершены", BR4,
         "Вытяжной вентилятор кухни — заменили подшипники и ремень (SPA-1250), работает. "
         "По руфтопу (поз. 1) ждём компрессор ZR81KCE-TFD, сроки сообщим отдельно.") + SIG_KOZ,
  html=html_wrap(T_html("483522", "2", "работы завершены", BR4,
         "Вытяжной вентилятор кухни — заменили подшипники и ремень (SPA-1250), работает. "
         "По руфтопу (поз. 1) ждём компрессор ZR81KCE-TFD, сроки сообщим отдельно.") + txt2html(SIG_KOZ), "utf-8"),
  cte="base64", mailer=UA_TB)
L(ZAY, "11-14 18:10", "Уведомление по заявке 483456", R("template Заявка field left from old letter (483456) while comment talks about 483522"),
  text=T("483456", "1", "в пути", BR4,
         "по 483522 — вторая бригада выехала за компрессором на склад поставщика") + SIG_ZAY,
  cs="koi8-r", mailer=BAT)
L(KOZ, "11-20 11:00", "483522 поз. 1 — компрессор", R("question about a convenient date; nothing happened"),
  text="Добрый день!\n\nПо заявке 483522 (руфтоп, поз. 1): компрессор пришёл. Когда ресторану удобно принять бригаду? "
       "Можем в понедельник 23.11 с 8:00 или во вторник. Работы займут около 6 часов, кухню придётся остановить.\n" + SIG_KOZ,
  mailer=UA_TB)
L(SHE, "11-23 08:05", "483522-1", D("483522", ["1"], VP, "'выехала к вам' = on the way"),
  text=T("483522", "1", "", BR4, "бригада выехала к вам, компрессор везём") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(RYB, "11-23 15:55", "RE: 483522-1", D("483522", ["1"], UB, "arrival 09:10 and departure 15:40 both reported; latest = убыл"),
  text="Добрый день.\nБригада прибыла в 09:10, монтаж компрессора закончен, руфтоп запущен, температура подачи +14 °C. "
       "Убыли в 15:40.\n" + SIG_RYB +
       "\n-----Original Message-----\nFrom: Шевчук Дмитрий <d.shevchuk@" + DOM + ">\nSent: Monday, November 23, 2026 8:05 AM\n"
       "To: dispatch@zakazchik-omis.ru\nSubject: 483522-1\n\nЭтап:\nКомментарий: бригада выехала к вам, компрессор везём\n",
  cs="windows-1251", cte="quoted-printable", mailer=OL)

# ================================================================ 483607
mdn_body = multipart("report", [
    leaf("text/plain", "Ваше сообщение\n\n  Кому: o.ryabinina@" + DOM + "\n  Тема: Заявка 483607 — кондиционер серверной\n"
         "  Отправлено: 16.11.2026 8:47\n\nбыло прочитано 16.11.2026 9:00.\n", "utf-8", "8bit"),
    b"Content-Type: message/disposition-notification\n\nReporting-UA: " + DOM.encode() + b"; Microsoft Outlook 16.0\n"
    b"Final-Recipient: rfc822;o.ryabinina@" + DOM.encode() + b"\nOriginal-Message-ID: <483607.req@zakazchik-omis.ru>\n"
    b"Disposition: manual-action/MDN-sent-manually; displayed\n"],
    "----=_mdn_AT", " report-type=disposition-notification;")
L(RYB, "11-16 09:00", "Прочитано: Заявка 483607 — кондиционер серверной", I("read receipt (MDN)"),
  body=mdn_body, hcs="windows-1251", mailer=OL)
L(SHE, "11-16 09:30", "483607 принята", D("483607", ["1"], PR, "HTML-only"),
  html=html_wrap(T_html("483607", "1", "принята", BR4, "") + "<p>Д.Ш.</p>", "utf-8"),
  cte="quoted-printable", mailer=RC)
L(KOZ, "11-16 14:00", "Уведомление по заявке 483607", R("Этап says в пути but comment retracts: crew did not leave, moved to tomorrow"),
  text=T("483607", "1", "в пути", BR4,
         "ПОПРАВКА: бригада не выехала — сломалась машина. Выезд перенесли на завтра, 17.11, к 9:00. Извините.") + SIG_KOZ,
  mailer=UA_TB)
L(RYB, "11-17 09:50", "Уведомление по заявке 483607", D("483607", ["1"], NM, "Этап: см. комментарий; comment: master on site since 9:40"),
  text=T("483607", "1", "см. комментарий", BR4, "мастер Лапин на объекте с 9:40, пропуск оформили на 3-м посту") + SIG_RYB,
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(SHE, "11-17 13:00", "483607 убыл", D("483607", ["1"], UB, "one word 'готово'"),
  text=T("483607", "1", "убыл", BR4, "готово") + SIG_SHE, cte="quoted-printable", mailer=RC)

# ================================================================ 483688
L(KOZ, "11-17 10:40", "Уведомление по заявке 483688", D("483688", [], PR, "Позиция: все"),
  text=T("483688", "все", "принята", BR2,
         "Принята. Выезд на завтра, 18.11, ориентировочно к 9:30. Отправила приглашение в календарь на ваш ящик.") + SIG_KOZ,
  mailer=UA_TB)
cal = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Марина Козлова:mailto:m.kozlova@" + DOM + "\n"
       "SUMMARY:Принято: Выезд на объект по заявке 483688 (ТЦ Красногорск)\nDTSTART:20261118T063000Z\n"
       "DTEND:20261118T090000Z\nUID:040000008200E00074C5B7101A82E008000000004836880\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
cal_body = multipart("alternative", [
    leaf("text/plain", "Марина Козлова приняла это приглашение.\n", "utf-8", "8bit"),
    leaf("text/calendar", cal, "utf-8", "base64", params="; method=REPLY")], "----=_cal_AT")
L(KOZ, "11-17 11:05", "Принято: Выезд на объект по заявке 483688 (ТЦ Красногорск)", I("calendar meeting response generated by client"),
  body=cal_body, mailer=OL)
L(GUS, "11-18 08:30", "483688", D("483688", [], VP, "Latin look-alike letters inside Cyrillic words"),
  text="Выeхaли нa 483688, Крacногорск, будем к 9:30" + SIG_GUS,
  html="<div>Выeхaли нa 483688, Крacногорск, будем к 9:30</div><div><i>Отправлено из мобильной Почты Mail.ru</i></div>",
  cte="base64", mailer=MRU)
L(SHE, "11-18 10:15", "483688 п.1 п.3 НА МЕСТЕ", D("483688", ["1", "3"], NM, "caps; п.1 п.3"),
  text=T("483688", "п.1, п.3", "НА МЕСТЕ", BR2, "охрану (п.2) не пускают без СБ ТЦ") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(RYB, "11-18 16:00", "FW: Красногорск", D("483688", ["1", "3"], UB, "Outlook forward of crew message; pos 2 not done (nothing)"),
  text="Пересылаю отчёт бригады по заявке 483688.\n" + SIG_RYB +
       "\nОт: Тимур Гусейнов <t.guseinov77@mail.ru>\nОтправлено: 18 ноября 2026 г. 15:48\nКому: Рябинина Ольга Викторовна\n"
       "Тема: Красногорск\n\nККБ и касса — сделано, уезжаем. Охрану (п.2) так и не пустили, сделаем завтра.\n",
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(ZAY, "11-19 09:40", "Уведомление по заявке 483688", D("483688", ["2"], NM, "Этап field says в пути (stale) but comment: master arrived, working"),
  text=T("483688", "2", "в пути", BR2, "мастер приехал, СБ пропустила, работает в помещении охраны") + SIG_ZAY,
  cs="koi8-r", mailer=BAT)
L(KOZ, "11-19 11:00", "Re: Уведомление по заявке 483688", D("483688", ["2"], UB, "reply under quote: new text below the quote"),
  text="19.11.2026 09:40, Колл-центр АэроТерм пишет:\n> Уведомление по заявке\n>\n> Заявка: 483688\n> Позиция: 2\n> Этап: в пути\n"
       "> Комментарий: мастер приехал, СБ пропустила, работает в помещении охраны\n\n"
       "Поз. 2 закрыли: сплит на посту охраны исправен, мастер уехал в 10:50.\n" + SIG_KOZ, mailer=UA_TB)

# ================================================================ 483771
L(ZAY, "11-19 12:30", "Уведомление по заявке 483771", D("483771", [], PR, "QP KOI8-R; Позиция empty"),
  text=T("483771", "", "принята", "—", "принято, выезд 20.11 с утра") + SIG_ZAY,
  cs="koi8-r", cte="quoted-printable", mailer=BAT)
L(SHE, "11-20 08:45", "483717", R("number 483717 is not in the registry"),
  text=T("483717", "1", "в пути", BR4, "", addr="Москва, Дмитровское ш., д. 100") + SIG_SHE, cte="quoted-printable", mailer=RC)
L(SHE, "11-20 09:15", "Re: 483771", D("483771", [], VP, "'будем через 30 мин' = travelling now"),
  text="едем, будем через 30 мин\n" + SIG_SHE + "\n> 483771\n> Этап: принята\n", cte="quoted-printable", mailer=RC)
L(KOZ, "11-20 13:40", "Уведомление по заявке 483771", D("483771", ["1"], UB, "pos 1 done and left 13:20; pos 2 tomorrow (plan)"),
  text=T("483771", "1", "на месте (приехали 10:05)", BR4,
         "По первому этажу всё сделали: заменили плату наружного блока мультисплита, блок запустили. Мастер уехал в 13:20. "
         "По 2-му этажу — завтра.") + SIG_KOZ, mailer=UA_TB)
bounce_orig = ("From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nTo: a.lapin@" + DOM + "\nSubject: Заявка 483771: уточнение\n"
               "Date: Fri, 20 Nov 2026 14:02:11 +0300\nMessage-ID: <483771.q1@zakazchik-omis.ru>\n\n"
               "Уточните время по 2 этажу.\n")
bounce_body = multipart("report", [
    leaf("text/plain", "This is the mail system at host mx1." + DOM + ".\n\nI'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n<a.lapin@" + DOM + ">: user unknown\n", "us-ascii", "7bit"),
    b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx1." + DOM.encode() + b"\n\nFinal-Recipient: rfc822; a.lapin@" +
    DOM.encode() + b"\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
    b"Content-Type: message/rfc822\n\n" + bounce_orig.replace("Диспетчерская ОМИС", "=?utf-8?b?" + base64.b64encode("Диспетчерская ОМИС".encode()).decode() + "?=")
    .replace("Заявка 483771: уточнение", "=?utf-8?b?" + base64.b64encode("Заявка 483771: уточнение".encode()).decode() + "?=")
    .replace("Уточните время по 2 этажу.", "Utochnite vremya po 2 etazhu.").encode("ascii")],
    "----=_dsn_AT", " report-type=delivery-status;")
L(DAEMON, "11-20 14:02", "Undelivered Mail Returned to Sender", I("bounce (DSN)"), body=bounce_body,
  extra=["Auto-Submitted: auto-replied"])
L(GUS, "11-21 09:20", "Re: Уведомление по заявке 483771", D("483771", ["2"], NM, "'2 этаж' is position 2 per registry; reply with Outlook-less quote"),
  text="На объекте, поз. 2, второй этаж. Начали." + SIG_GUS + "\n\n-- \nПятница, 20 ноября 2026, 13:40 +03:00 от m.kozlova@" + DOM + ":\n"
       ">Позиция: 1\n>Этап: на месте (приехали 10:05)\n",
  cte="base64", mailer=MRU)
L(RYB, "11-21 15:10", "RE: Уведомление по заявке 483771 — поз. 2", D("483771", ["2"], UB, "noun 'Завершение работ 14:55'"),
  text=T("483771", "2", "Завершение работ 14:55", "Гусейнов Т.",
         "Второй этаж: мультисплит работает на все 4 внутренних блока. Пломба на вводном автомате № 0048311 не нарушалась.") + SIG_RYB,
  cs="windows-1251", cte="quoted-printable", mailer=OL)

# ================================================================ 483935
news_html = html_wrap("<h2>Сезонное ТО систем отопления и вентиляции</h2><p>Уважаемые партнёры! До 31 декабря 2026 года — "
                      "скидка 15% на ТО приточных установок. Подробности у вашего менеджера.</p>"
                      "<p style=\"font-size:8pt\">Вы получили это письмо, т.к. подписаны на рассылку ООО «АэроТерм Сервис». "
                      "<a href=\"https://" + DOM + "/unsubscribe?id=48393\">Отписаться</a></p>", "utf-8")
L(NEWS, "11-23 09:50", "Сезонное ТО: скидка 15% до конца года", I("bulk mailing / newsletter"),
  text="Сезонное ТО систем отопления и вентиляции.\nДо 31.12.2026 — скидка 15% на ТО приточных установок.\n"
       "Отписаться: https://" + DOM + "/unsubscribe?id=48393\n",
  html=news_html, cte="base64",
  extra=["Precedence: bulk", "List-Unsubscribe: <https://" + DOM + "/unsubscribe?id=48393>",
         "List-Id: <partners.news." + DOM + ">", "X-Mailer: UniSender"])
L(SHE, "11-23 10:20", "Re: Заявка 483935 от 23.11.2026", D("483935", [], PR, "number only in quoted old subject"),
  text="Приняли.\n" + SIG_SHE, cte="quoted-printable", mailer=RC)
L(RYB, "11-23 18:40", "Автоматический ответ: Заявка 483935 от 23.11.2026", I("Outlook out-of-office"),
  text="Добрый день!\nМеня не будет в офисе 24.11–25.11.2026. Ваше письмо будет прочитано после моего возвращения.\n"
       "Срочные вопросы: zayavki@" + DOM + "\n", cs="windows-1251", cte="quoted-printable", mailer=OL,
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
L(ZAY, "11-24 08:35", "выезд", R("no request number anywhere"),
  text="Уведомление по заявке\n\nЗаявка:\nАдрес:\nПозиция:\nЭтап: выезд\nИсполнитель: Бригада №2\nКомментарий: бригада выехала, будут к 11\n" + SIG_ZAY,
  cs="koi8-r", mailer=BAT)
L(GUS, "11-24 11:00", "Бутлерова 17Б", D("483935", [], NM, "request number in body; street address numbers are noise"),
  text="483935 на месте с 10:50, подвал открыли." + SIG_GUS,
  html="<div>483935 на месте с 10:50, подвал открыли.</div><div><i>Отправлено из мобильной Почты Mail.ru</i></div>",
  cte="base64", mailer=MRU)
L(KOZ, "11-24 16:20", "Уведомление по заявке 483935", D("483935", ["1"], UB, "result: ПВУ started, left"),
  text=T("483935", "1", "убыли", BR2,
         "ПВУ запущена, заменили ремень вентилятора и фильтры G4/F7, калорифер промыли. Бригада ушла в 16:05.") + SIG_KOZ,
  mailer=UA_TB)

# ---------------------------------------------------------------- extra variety
L(ZAY, "11-05 15:40", "Заявка #483094 — жалоба", R("complaint about dispatch's own staff / no status"),
  text="Добрый день. Наш мастер вчера по заявке #483094 ждал охрану 40 минут на въезде со Складочной. "
       "Просим впредь заказывать пропуск заранее, простой будем включать в акт.\n" + SIG_ZAY, cs="koi8-r", mailer=BAT)
L(RYB, "11-05 11:30", "FW: обращение 483158", D("483158", [], PR, "forward of acceptance from another operator; 'обращение'"),
  text="Дублирую утреннее письмо Дмитрия — вы звонили, говорите, не дошло.\n" + SIG_RYB +
       "\n-----Original Message-----\nFrom: Шевчук Дмитрий <d.shevchuk@" + DOM + ">\nSent: Thursday, November 5, 2026 9:02 AM\n"
       "To: Рябинина Ольга Викторовна\nSubject: Уведомление по заявке 483158\n\nЗаявка: 483158\nПозиция:\nЭтап: принята\n",
  cs="windows-1251", cte="quoted-printable", mailer=OL)
L(KOZ, "11-12 16:10", "наряд 483391 — акт", R("act/paperwork only; no status"),
  text="Добрый день!\n\nПо наряду 483391 акт выполненных работ № АТ-1111/7 подписан администратором кафе, "
       "скан пришлём завтра. Вопрос: счёт выставлять на ООО «Черёмуха» или на вас по договору 14/2026-ТО?\n" + SIG_KOZ, mailer=UA_TB)
L(SHE, "11-18 12:00", "Re: 483607", R("thanks / acknowledgement only"),
  text="спасибо, принято\n" + SIG_SHE + "\n> Акт по 483607 получили, замечаний нет.\n", cte="quoted-printable", mailer=RC)
L(ZAY, "11-19 13:10", "Уведомление по заявке №483771", R("plan only: will leave tomorrow morning"),
  text=T("483771", "1, 2", "выезд завтра", BR4, "выедем завтра в 8:30, мастер Лапин, тел. +7 916 771-48-30") + SIG_ZAY,
  cs="koi8-r", mailer=BAT)
# ---------------------------------------------------------------- write
ld = os.path.join(OUT, "letters")
for f in os.listdir(ld):
    os.remove(os.path.join(ld, f))
for name, raw in LETTERS:
    with open(os.path.join(ld, name), "wb") as fh:
        fh.write(raw)
reg = {"contractor": {"name": "ООО «АэроТерм Сервис»",
                      "emails": [KOZ[1], RYB[1], SHE[1], ZAY[1], GUS[1], NEWS[1], DAEMON[1]],
                      "domains": [DOM]},
       "requests": [{"number": n, "positions": p, "registered_at": r, "comment": a + ". " + c}
                    for n, p, r, a, c in REQ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(reg, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(LABELS, fh, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
