#!/usr/bin/env python3
# Generator of test letters for persona: ООО «СанЭпидСервис» (дезинсекция, дератизация, дезинфекция)
import os, json, hashlib, datetime
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.mime.text import MIMEText
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

TZ = datetime.timezone(datetime.timedelta(hours=3))
DISP = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
DISP_NS = ("Наталья Смирнова", "dispatch@zakazchik-omis.ru")

OLGA = ("Ольга Кравец", "o.kravets@sanepidservis.ru")
INFO = ("СанЭпидСервис", "info@sanepidservis.ru")
BOSS = ("Белоусов Игорь Петрович", "belousov@sanepidservis.ru")
PETROV = ("Андрей Петров", "petrov.dez@mail.ru")
RAMIL = ("Рамиль Гусейнов", "ramil.gus87@mail.ru")
SIDOR = ("Сергей Сидоренко", "s.sidorenko@inbox.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@sanepidservis.ru")
NEWS = ("СанЭпидСервис — новости", "news@sanepidservis.ru")

MAILRU_SIG = "\n\n--\nОтправлено из Mail.ru для Android"
OLGA_SIG = ("\n\nС уважением,\nОльга Кравец\nменеджер ООО «СанЭпидСервис»\n"
            "тел. +7 (3452) 55-12-40, доб. 103, моб. 8-982-911-40-17\n"
            "ИНН 7203412345 / КПП 720301001")
BOSS_SIG = "\n\n--\nБелоусов И.П.\nдиректор ООО \"СанЭпидСервис\"\nтел. 8-922-004-15-77"
SID_SIG = "\n\n--\nС уважением, Сидоренко С.В., бригадир\n8-904-471-33-05"

RU_DOW = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RU_DOW_S = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()


def dt(day, hh, mm):
    return datetime.datetime(2026, 11, day, hh, mm, 0, tzinfo=TZ)


letters = []   # (datetime, builder-msg, label)


def mid(i, dom):
    h = hashlib.md5(f"eg-{i}-{dom}".encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{dom}>"


def html_of(text):
    import html
    lines = text.split("\n")
    return "<html><body>" + "".join(
        f"<div>{html.escape(l) if l else '<br>'}</div>" for l in lines) + "</body></html>"


def part(text, subtype, charset, cte):
    """text part with chosen charset and transfer encoding"""
    if cte == "8bit":
        p = MIMENonMultipart("text", subtype, charset=charset)
        p["Content-Transfer-Encoding"] = "8bit"
        p.set_payload(text.encode(charset).decode("ascii", "surrogateescape"))
        return p
    cs = Charset(charset)
    cs.body_encoding = QP if cte == "qp" else BASE64
    p = MIMENonMultipart("text", subtype)
    p.set_payload(text, cs)
    return p


def headers(msg, frm, to, subject, date, charset, extra=None, dom=None):
    msg["From"] = formataddr(frm, charset="utf-8" if charset not in ("koi8-r", "windows-1251") else charset)
    msg["To"] = formataddr(to, charset="utf-8")
    msg["Subject"] = Header(subject, charset, header_name="Subject") if any(ord(c) > 127 for c in subject) else subject
    msg["Date"] = format_datetime(date)
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def add(frm, date, subject, text, label, client="mailru", to=DISP, extra=None, html=None, body_msg=None):
    """client: mailru (utf-8 base64 multipart/alt + sig), mailru_html (html-only utf-8),
    outlook (cp1251 QP multipart/alt), outlook_html (cp1251 QP, given html),
    thebat (koi8-r 8bit plain), thebat_qp (koi8-r QP), web (utf-8 QP plain), raw (body_msg given)"""
    if client == "mailru":
        t = text + MAILRU_SIG
        m = MIMEMultipart("alternative")
        m.attach(part(t, "plain", "utf-8", "b64"))
        m.attach(part(html or html_of(t), "html", "utf-8", "b64"))
        cs = "utf-8"
    if client == "mailru_html":
        t = text + MAILRU_SIG
        m = part(html or html_of(t), "html", "utf-8", "b64")
        cs = "utf-8"
    elif client == "outlook":
        m = MIMEMultipart("alternative")
        m.attach(part(text, "plain", "windows-1251", "qp"))
        m.attach(part(html or html_of(text), "html", "windows-1251", "qp"))
        cs = "windows-1251"
    elif client == "outlook_html":
        m = part(html, "html", "windows-1251", "qp")
        cs = "windows-1251"
    if client.startswith("thebat"):
        text = text.replace("№ ", "N ").replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-")
        subject = subject.replace("—", "-").replace("–", "-")
    if client == "thebat":
        m = part(text, "plain", "koi8-r", "8bit")
        cs = "koi8-r"
    elif client == "thebat_qp":
        m = part(text, "plain", "koi8-r", "qp")
        cs = "koi8-r"
    elif client == "web":
        m = part(text, "plain", "utf-8", "qp")
        cs = "utf-8"
    elif client == "raw":
        m = body_msg
        cs = "utf-8"
    ex = {"X-Mailer": {"outlook": "Microsoft Outlook 16.0", "outlook_html": "Microsoft Outlook 16.0",
                       "thebat": "The Bat! (v9.4.5) Professional", "thebat_qp": "The Bat! (v9.4.5) Professional"}.get(client)}
    ex = {k: v for k, v in ex.items() if v}
    ex.update(extra or {})
    headers(m, frm, to, subject, date, cs, ex)
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    letters.append((date, m, label, frm[1].split("@")[1]))


def q_mailru(when, who, text):
    d = when
    head = f"{RU_DOW[d.weekday()]}, {d.day} {RU_MON[d.month-1]} {d.year}, {d.hour}:{d.minute:02d} +03:00 от {who[0]} <{who[1]}>:"
    return "\n\n\n>" + head + "\n>\n" + "\n".join(">" + l for l in text.split("\n")) + "\n>"


def q_outlook(when, who, to, subj, text):
    d = when
    return (f"\n\nОт: {who[0]} <{who[1]}>\nОтправлено: {d.day} {RU_MON[d.month-1]} {d.year} г. {d.hour}:{d.minute:02d}\n"
            f"Кому: {to[0]} <{to[1]}>\nТема: {subj}\n\n{text}")


def q_bat(when, who, initials, text):
    d = when
    return (f"Здравствуйте, {who[0].split()[0]}.\n\nВы писали {d.day} {RU_MON[d.month-1]} {d.year} г., {d.hour}:{d.minute:02d}:\n\n"
            + "\n".join(f"{initials}> " + l if l else f"{initials}>" for l in text.split("\n")) + "\n\n")


def D(label_req=None, pos=None, status=None, note=""):
    return {"expect": "decided", "request": label_req, "positions": pos or [], "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ---------------------------------------------------------------- 330114 Заводская 12
add(OLGA, dt(2, 10, 5), "RE: Заявка № 330114 — дератизация подвалов, ул. Заводская, 12",
    "Добрый день!\n\nЗаявку № 330114 приняли в работу. Выезд бригады планируем на 03.11 с утра, "
    "ключи от подвалов заберём у мастера участка." + OLGA_SIG +
    q_outlook(dt(2, 9, 12), DISP, OLGA, "Заявка № 330114 — дератизация подвалов, ул. Заводская, 12",
              "Просим выполнить дератизацию подвальных помещений секций 1, 2, 3 по адресу ул. Заводская, 12.\n"
              "Позиции: 1 — секция 1, 2 — секция 2, 3 — секция 3.\nДиспетчерская ОМИС, тел. 8 (3452) 40-00-11"),
    D("330114", [], ACC, "office accepted the request; outlook quote of dispatcher below"), client="outlook")

add(PETROV, dt(3, 8, 50), "330114",
    "Выехали на Заводскую 12, минут через 40 будем. Ключи у техника жэу взяли",
    D("330114", [], WAY, "bare number in subject, 'будем через 40 минут'"))

add(PETROV, dt(3, 9, 37), "Re: 330114",
    "на месте, заходим в подвал" + q_mailru(dt(3, 9, 20), DISP, "Андрей, добрый день. Во сколько будете на Заводской?"),
    D("330114", [], ON, "reply to dispatcher question, new text: on site"))

add(PETROV, dt(3, 12, 20), "330114 п.1, п.2",
    "Секции 1 и 2 обработали, разложили Шторм в контейнерах 24 шт, акт №118/11. 3ю секцию завтра, там вода стоит по щиколотку, "
    "сантехники откачают вечером",
    D("330114", ["1", "2"], OFF, "sections 1,2 done; 3 only planned"))

add(PETROV, dt(4, 11, 5), "Re: 330114 п.1, п.2",
    "третья секция готово. воду откачали. приманка Шторм 12 шт, акт 119/11 подписала техник Зайцева",
    D("330114", ["3"], OFF, "old subject names p.1,p.2 but body reports third section (position 3) done"))

# ---------------------------------------------------------------- 330287 пр. Мира 45
add(OLGA, dt(2, 15, 10), "Заявка 330287 пр. Мира 45",
    "Здравствуйте.\n\nЗаявка 330287 (пр. Мира, 45, дезинсекция подъездов 1–4) нами принята, "
    "исполнитель — Гусейнов Р.Р. Дату выполнения ставим на 04.11." + OLGA_SIG,
    D("330287", [], ACC, "accepted"), client="outlook")

add(RAMIL, dt(4, 9, 5), "Мира 45 (330287)",
    "выехал, к 10 буду",
    D("330287", [], WAY, "number in brackets after address"))

add(RAMIL, dt(4, 10, 12), "330287 П1",
    "На месте, начал с П1, старшая по подъезду открыла",
    D("330287", ["1"], ON, "П1 = position 1"))

tbl = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p>Добрый вечер!</p><p>Направляем отчёт по заявке <b>330287</b> (пр. Мира, 45) за 04.11.2026:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Объект</th><th>Препарат</th><th>Площадь, м&sup2;</th><th>Результат</th></tr>
<tr><td>1</td><td>подъезд 1</td><td>Цифокс 0,05%</td><td>96</td><td>выполнено, убытие 11:40</td></tr>
<tr><td>2</td><td>подъезд 2</td><td>Цифокс 0,05%</td><td>104</td><td>выполнено, убытие 13:05</td></tr>
<tr><td>3</td><td>подъезд 3</td><td>Цифокс 0,05%</td><td>98</td><td>выполнено, убытие 14:30</td></tr>
<tr><td>4</td><td>подъезд 4</td><td>—</td><td>—</td><td>не выполнено: жильцы 1 эт. отказались, перенос на 06.11</td></tr>
</table>
<p>Акты № 1121–1123 передадим с курьером.</p>
<p>С уважением,<br>Ольга Кравец<br>менеджер ООО «СанЭпидСервис»<br>тел. +7 (3452) 55-12-40, доб. 103</p>
</body></html>"""
add(OLGA, dt(4, 17, 30), "Отчет по заявке 330287 на 04.11.2026", None,
    D("330287", ["1", "2", "3"], OFF, "HTML table, rows 1-3 done, row 4 not done (postponed)"),
    client="outlook_html", html=tbl)

add(RAMIL, dt(6, 11, 40), "Re: 330287 - 4",
    "4 подъезд сделали, Цифокс 0,05% 120 м2. Повтор по графику 20.11",
    D("330287", ["4"], OFF, "position after dash in subject; repeat date is plan only"))

# ---------------------------------------------------------------- 330415 Ленина 8
add(SIDOR, dt(3, 16, 0), "Ленина 8 мусорокамеры",
    "Добрый день.\nПо заявке 330415 - взял в работу, выезд 05.11 с утра. Ника-Хлор на складе есть." + SID_SIG,
    D("330415", [], ACC, "accepted, planned visit date irrelevant"), client="thebat")

add(SIDOR, dt(5, 8, 15), "Re: Ленина 8 мусорокамеры",
    "По заявке 330415 в пути, будем около 8:50." + SID_SIG,
    D("330415", [], WAY, "в пути"), client="thebat")

add(SIDOR, dt(5, 11, 30), "Re: Ленина 8 мусорокамеры",
    q_bat(dt(5, 9, 40), DISP_NS, "НС", "Сергей, подтвердите время прибытия на Ленина 8, жители спрашивают.") +
    "Мусорокамеры 1 и 2 подъездов обработали, Ника-Хлор 0,1%, по 6 м2 каждая. Приехали 8:55, уехали 11:20. "
    "Заявка 330415, акт 1130." + SID_SIG,
    D("330415", ["1", "2"], OFF, "initials-prefixed quote above; arrival and departure both done -> latest"), client="thebat")

# ---------------------------------------------------------------- 330562 Садовая 3 к2
add(PETROV, dt(4, 13, 0), "Re: Заявка 330562 Садовая 3 к2 - комары в подвале",
    "Попасть в подвал не смогли, ключей у старшей по дому нет, управляющий Котов трубку не берет. Пока уехали на Заводскую. "
    "Дайте телефон кто откроет" +
    q_mailru(dt(3, 14, 5), DISP, "Заявка 330562. Садовая 3 корп.2 — дезинсекция подвала (комары), жалобы жильцов кв. 5, 9."),
    R("no access to basement, work not done, asks for a contact"))

fwd_in = ("\n\n________________________________\nОт: Андрей Петров <petrov.dez@mail.ru>\n"
          "Отправлено: 4 ноября 2026 г. 17:05\nКому: Ольга Кравец <o.kravets@sanepidservis.ru>\n"
          "Тема: 330562 Садовая\n\nСадовая 3к2 подвал сделали. 340 м2, Дельтаметрин 0,05%, влажная обработка + "
          "аэрозоль. Закончили в 16:10, старшая по дому подписала акт 1125\n\n--\nОтправлено из Mail.ru для Android")
add(OLGA, dt(5, 9, 30), "FW: 330562 Садовая",
    "Доброе утро. Пересылаю отчёт техника по Садовой, ключи в итоге дала председатель совета дома." + OLGA_SIG + fwd_in,
    D("330562", [], OFF, "Outlook forward of technician's report: work finished"), client="outlook")

add(PETROV, dt(5, 10, 10), "330562 поз.2",
    "поз.2 готово, акт отдал председателю",
    R("request 330562 has only position 1; position 2 does not exist"))

# ---------------------------------------------------------------- 330790 Гагарина 17
add(OLGA, dt(5, 11, 0), "RE: Заявка 330790",
    "Принята. Исполнитель Гусейнов, выезд 06.11 с 9:00." + OLGA_SIG +
    q_outlook(dt(5, 10, 5), DISP, OLGA, "Заявка 330790",
              "Добрый день. Направляем заявку 330790: ул. Гагарина, 17 — 1) дератизация подвала, 2) дезинфекция мусорокамеры.\n"
              "Прошу подтвердить принятие."),
    D("330790", [], ACC, "short acceptance above quoted dispatcher request"), client="outlook")

add(RAMIL, dt(6, 9, 10), "330790-2",
    "на месте с 9:05, начал с мусорокамеры",
    D("330790", ["2"], ON, "position after dash"))

add(RAMIL, dt(6, 12, 45), "330790 (1)",
    "Подвал закончил. Разложено 30 приманок Ратобор, акт 2245 от 06.11. Старшая по дому Иванова 8-912-345-67-89 претензий не имеет",
    D("330790", ["1"], OFF, "position in brackets; phone and act numbers are noise"))

add(RAMIL, dt(6, 13, 5), "Re: 330790-2",
    "с гагарина 17 выехал, мусорокамера тоже готова",
    D("330790", ["2"], OFF, "'выехал с' = left from site"))

add(OLGA, dt(6, 17, 0), "Закрытие заявок",
    "Добрый вечер. По заявкам 330790 и 330287 работы выполнены полностью, акты вышлем в понедельник сканом." + OLGA_SIG,
    R("two different requests in one letter"), client="outlook")

# ---------------------------------------------------------------- 330931 Строителей 5
h330931 = """<html><body><div style="font-family:Calibri">Здравствуйте!<br><br>
Заявка <b>330931</b> (ул. Строителей, 5 — дезинфекция мусоропроводов, подъезды 1–3) <b>принята</b>.<br>
Плановая дата — 09.11, бригадир Сидоренко С.В.<br><br>
С уважением,<br>Ольга Кравец<br>ООО «СанЭпидСервис»<br>+7 (3452) 55-12-40</div></body></html>"""
add(OLGA, dt(6, 10, 0), "Заявка 330931 — принята", None,
    D("330931", [], ACC, "HTML-only"), client="outlook_html", html=h330931)

add(SIDOR, dt(9, 8, 5), "Строителей 5",
    "Выдвигаемся на Строителей 5 (заявка 330931), ключи от мусорокамер у нас." + SID_SIG,
    D("330931", [], WAY, "выдвигаемся на = on the way"), client="thebat_qp")

add(SIDOR, dt(9, 10, 40), "Re: Строителей 5",
    q_bat(dt(9, 8, 30), DISP_NS, "НС", "Сергей, по 330931 в 3-м подъезде жильцы заварили загрузочные клапаны, учтите.") +
    "Учли. 1-й и 2-й стволы мусоропровода обработаны, хлорамин 3%. По 3-му подъезду клапаны заварены, "
    "доступа к стволу нет, ждём решения от УК." + SID_SIG,
    D("330931", ["1", "2"], OFF, "reply under quote; number only in quoted text; positions 1,2 done, 3 nothing"), client="thebat")

add(OLGA, dt(11, 9, 30), "330931 поз. 3",
    "Добрый день!\nПо заявке 330931 поз. 3 — просим связаться с УК «Комфорт», нужен доступ к мусорокамере 3 подъезда "
    "(клапаны заварены). Без этого позицию закрыть не сможем." + OLGA_SIG,
    R("asks for access, no status"), client="outlook")

fwd_gm = ("\n\n---------- Forwarded message ---------\nОт: Сергей Сидоренко <s.sidorenko@inbox.ru>\n"
          "Date: пт, 13 нояб. 2026 г. в 9:50\nSubject: Строителей 5 п.3\nTo: <o.kravets@sanepidservis.ru>\n\n\n"
          "Ольга, 3 подъезд на Строителей сделали, УК срезала клапан. Хлорамин 3%, ствол и камера.\n--\nСидоренко С.В.")
add(OLGA, dt(13, 10, 20), "Fwd: Строителей 5 п.3",
    "Позиция 3 по 330931 закрыта, см. ниже." + fwd_gm,
    D("330931", ["3"], OFF, "Gmail-style forward of crew report"), client="web")

# ---------------------------------------------------------------- 331077 Школьная 22
add(PETROV, dt(9, 9, 0), "Школьная 22",
    "по обращению 331077 принял, завтра с утра поеду",
    D("331077", [], ACC, "accepted; trip tomorrow is only plan"))

add(PETROV, dt(10, 8, 30), "#331077",
    "еду, минут 20",
    D("331077", [], WAY, "# number"))

add(PETROV, dt(10, 8, 55), "Re: #331077",
    "НА МЕСТЕ",
    D("331077", [], ON, "caps"))

add(PETROV, dt(10, 10, 40), "Re: #331077",
    "Пoдвaл oбрaбoтaн, 280 м2, Медилис-ципер 0,1%. Oтбыл в 10:35",   # latin o/a inside
    D("331077", [], OFF, "Latin look-alike letters in Cyrillic words; 'отбыл'"), client="mailru_html")

add(OLGA, dt(11, 11, 15), "Школьная 22 — жалоба на запах",
    "Добрый день.\nЖильцы кв. 3 по Школьной, 22 звонили нам, жалуются на запах в подъезде после обработки подвала "
    "(обращение 331077). Объяснили, что выветрится за 2–3 дня. Если будут звонить вам — переадресуйте, пожалуйста, к нам." + OLGA_SIG,
    R("resident complaint relay, no status"), client="outlook")

# ---------------------------------------------------------------- 331208 Октябрьская 40
add(OLGA, dt(10, 13, 0), "Заявка 331208, ул. Октябрьская, 40",
    "Добрый день!\n\nЗаявку 331208 взяли в работу. Дезинфекция подвалов после затопления — выезд 11.11 с 9:00, "
    "просим предупредить УК, чтобы был доступ." + OLGA_SIG,
    D("331208", [], ACC, "accepted"), client="outlook")

add(RAMIL, dt(11, 8, 40), "Октябрьская 40 [331208]",
    "Выехал",
    D("331208", [], WAY, "number in square brackets after address"))

add(RAMIL, dt(11, 9, 30), "Re: Октябрьская 40 [331208]",
    "Стою у дома, подвал закрыт на замок, в УК трубку не берут. Что делать?",
    R("no access, question"))

add(RAMIL, dt(11, 10, 15), "Re: Re: Октябрьская 40 [331208]",
    "ключи привезли, зашли, работаем",
    D("331208", [], ON, "on site after key delivered"))

add(OLGA, dt(11, 16, 0), "Отчет: заявка 331208, ул. Октябрьская, 40",
    "Добрый день!\n\nПо заявке 331208 выполнено:\n"
    "поз. 1 — подвал 1-й секции, 410 кв.м, Хлормисепт 3%\n"
    "поз. 2 — подвал 2-й секции, 380 кв.м, Хлормисепт 3%\n\n"
    "Прибытие 10:10, убытие 15:20. Акт № 1187 от 11.11.2026 подписан мастером УК." + OLGA_SIG,
    D("331208", ["1", "2"], OFF, "arrival and departure reported; latest = убыл"), client="outlook")

add(BOSS, dt(12, 10, 25), "331208 стоимость",
    "Добрый день.\n\nПо заявке 331208: дезинфекция после затопления по договору не входит в абонентскую плату, "
    "выставили отдельный счёт № 2611/05 от 12.11.2026 на 18 400 руб. Прошу согласовать доп. соглашение к договору "
    "№ 14-Д/2026." + BOSS_SIG,
    R("price/contract talk"), client="thebat_qp")

# ---------------------------------------------------------------- 331356 Пушкина 9
add(SIDOR, dt(11, 10, 0), "Re: Новая заявка 331356 Пушкина 9",
    q_bat(dt(11, 9, 5), DISP_NS, "НС",
          "Направляем заявку 331356, ул. Пушкина, 9:\n1 — дератизация подвала\n2 — дезинсекция подвала\n3 — дезинфекция мусорокамеры") +
    "Принял, завтра к 9 будем." + SID_SIG,
    D("331356", [], ACC, "accepted, written under quote"), client="thebat")

add(SIDOR, dt(12, 8, 30), "Re: Новая заявка 331356 Пушкина 9",
    "Выехали." + SID_SIG,
    D("331356", [], WAY, "number only in Re: subject"), client="thebat")

add(SIDOR, dt(12, 9, 10), "Re: 331356 выехали",
    "Прибыли на Пушкина 9, подвал открыт." + SID_SIG,
    D("331356", [], ON, "Re subject names old status, body reports arrival; 9 is house number"), client="thebat")

add(SIDOR, dt(12, 14, 0), "331356",
    "По п.1 и п.2 всё сделали (дератизация, дезинсекция подвала). Мусорокамеру (п.3) завтра — воды в доме нет." + SID_SIG,
    D("331356", ["1", "2"], OFF, "p.1, p.2 done; p.3 plan"), client="thebat")

add(SIDOR, dt(13, 9, 0), "Re: 331356",
    "Мусорокамеру на Пушкина сегодня не успеваем, перенос на 16.11, воду так и не дали." + SID_SIG,
    R("postponement, plan only"), client="thebat")

add(SIDOR, dt(16, 11, 30), "331356-3",
    "выполнено, мусорокамера продезинфицирована, Ника-Хлор 0,1%." + SID_SIG,
    D("331356", ["3"], OFF, "'выполнено'"), client="thebat")

# ---------------------------------------------------------------- 331489 Набережная 14
add(OLGA, dt(12, 9, 0), "Заявка №331489 (Набережная, 14)",
    "Приняли. Дезинфекцию четырёх мусорокамер проведём 13.11, исполнитель Петров А." + OLGA_SIG,
    D("331489", [], ACC, "№ without space"), client="outlook")

add(PETROV, dt(13, 8, 0), "Набережная 14",
    "Выехал на Набережную 14 по наряду 331489. гос номер К452ОР72 если пропуск на территорию нужен",
    D("331489", [], WAY, "наряд; car plate is noise"))

add(PETROV, dt(13, 8, 40), "Re: Набережная 14",
    "прибыл, жду дворника с ключами от камер" +
    q_mailru(dt(13, 8, 0), PETROV, "Выехал на Набережную 14 по наряду 331489. гос номер К452ОР72 если пропуск на территорию нужен"),
    D("331489", [], ON, "number only in quoted own message; quote says 'выехал', new text 'прибыл'"))

add(PETROV, dt(13, 12, 10), "Набережная 14 331489",
    "1 и 2 подъезд сделал, сейчас в 3-м",
    R("different statuses for different positions (1,2 done, 3 on site)"))

tbl2 = """<html><body>
<p>Добрый день! Итог по заявке 331489 (ул. Набережная, 14), 13.11.2026:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Позиция</b></td><td><b>Мусорокамера</b></td><td><b>Прибытие</b></td><td><b>Убытие</b></td><td><b>Акт</b></td></tr>
<tr><td>1</td><td>под. 1</td><td>08:55</td><td>09:50</td><td>1201</td></tr>
<tr><td>2</td><td>под. 2</td><td>09:55</td><td>10:55</td><td>1202</td></tr>
<tr><td>3</td><td>под. 3</td><td>11:00</td><td>12:40</td><td>1203</td></tr>
<tr><td>4</td><td>под. 4</td><td>12:45</td><td>13:30</td><td>1204</td></tr>
</table>
<p>Препарат Ника-Хлор 0,1%, повторная обработка не требуется.</p>
<p>Ольга Кравец, ООО «СанЭпидСервис»</p></body></html>"""
add(OLGA, dt(13, 17, 0), "Набережная 14 — выполнено", "Итог по заявке 331489 во вложенной таблице (HTML).",
    D("331489", ["1", "2", "3", "4"], OFF, "multipart/alternative, HTML table with departure times for all 4"),
    client="outlook", html=tbl2)

# ---------------------------------------------------------------- 331640 Победы 31
add(RAMIL, dt(16, 11, 0), "Победы 31 клопы",
    "По заявке 331640 — принял, сегодня обзвоню жильцов 2 подъезда",
    D("331640", [], ACC, "accepted"))

add(RAMIL, dt(17, 9, 0), "Re: Победы 31 клопы",
    "еще не выехали, машина не завелась. После обеда точно будем" +
    q_mailru(dt(17, 8, 45), DISP, "Рамиль, по 331640 жители ждут с утра, вы где?"),
    R("negation: not yet left + promise"))

add(RAMIL, dt(17, 14, 30), "331640",
    "Приехали, жители кв 12 и 14 отказались пускать, говорят сами потравили. Без квартир обработка подъезда смысла не имеет, "
    "не делали. Нужно повторно согласовать с УК",
    R("residents refused, work not done"))

inner = MIMEMultipart("alternative")
inner.attach(part("Победы 31 (331640) подъезд 2 обработан, лестничные клетки 1-9 эт. + кв 12, 14 с согласия, "
                  "Клопомор 1%. Закончил 15:20." + MAILRU_SIG, "plain", "utf-8", "b64"))
inner["From"] = formataddr(RAMIL, charset="utf-8")
inner["To"] = formataddr(OLGA, charset="utf-8")
inner["Subject"] = Header("Победы 31", "utf-8")
inner["Date"] = format_datetime(dt(18, 15, 25))
inner["Message-ID"] = "<a7f3c01e.9c2d@mail.ru>"
outer = MIMEMultipart("mixed")
outer.attach(part("Добрый день!\n\nВо вложении отчёт Гусейнова по Победы, 31. Жильцов уговорили через УК." + OLGA_SIG,
                  "plain", "windows-1251", "qp"))
outer.attach(MIMEMessage(inner))
add(OLGA, dt(18, 16, 0), "FW: Победы 31", None,
    D("331640", [], OFF, "forward as attached message/rfc822; forwarded report: finished"), client="raw", body_msg=outer,
    extra={"X-Mailer": "Microsoft Outlook 16.0"})

# ---------------------------------------------------------------- 331822 Лесная 6
add(BOSS, dt(17, 10, 30), "Re: Заявка 331822 Лесная 6",
    "Добрый день.\n\nЗаявка 331822 принята, исполнитель Петров А.Н., выезд 18.11." + BOSS_SIG + "\n\n"
    "-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSent: Tuesday, November 17, 2026 9:10 AM\n"
    "To: belousov@sanepidservis.ru\nSubject: Заявка 331822 Лесная 6\n\n"
    "Направляем заявку 331822: ул. Лесная, 6 — подвал (поз. 1), ул. Лесная, 6 корп. 2 — подвал (поз. 2). Дезинсекция.",
    D("331822", [], ACC, "director accepts; Original Message quote"), client="thebat_qp")

add(PETROV, dt(18, 8, 20), "Лесная 6 к2 (331822/2)",
    "едем, будем к 9",
    D("331822", ["2"], WAY, "position after slash in subject"))

add(PETROV, dt(18, 11, 0), "331822 поз2",
    "Готово. Подвал корп.2 обработан 500м2. Дом 6 (поз1) завтра",
    D("331822", ["2"], OFF, "поз2 done; поз1 plan"))

add(PETROV, dt(19, 9, 0), "331822 Лесная 6 поз 1",
    "на месте",
    D("331822", ["1"], ON, "on site"))

add(PETROV, dt(19, 11, 35), "Fwd: Лесная 6",
    "вам тоже\n\n\n-------- Пересылаемое сообщение --------\nОт кого: Андрей Петров <petrov.dez@mail.ru>\n"
    "Кому: Ольга Кравец <o.kravets@sanepidservis.ru>\nДата: Четверг, 19 ноября 2026, 11:25 +03:00\nТема: Лесная 6\n\n"
    "Ольга, 331822 по первой позиции закончили, бригада освободилась. 450 м2, Цифокс. Акт 1290\n"
    "----------------------------------------------------------------------",
    D("331822", ["1"], OFF, "Mail.ru-style forward; forwarded text reports position 1 finished"))

# ---------------------------------------------------------------- 332050 Чкалова 11
add(OLGA, dt(19, 12, 0), "Обращение 332050",
    "Добрый день!\nОбращение 332050 (ул. Чкалова, 11, дезинсекция подвала, секции 1–3) принято в работу." + OLGA_SIG,
    D("332050", [], ACC, "обращение; accepted"), client="outlook")

add(SIDOR, dt(19, 15, 0), "Чкалова 11",
    "332050 — выезд завтра в 8:30, бригада 2 чел." + SID_SIG,
    R("plan: 'выезд завтра'"), client="thebat")

add(SIDOR, dt(20, 9, 0), "332050 п1, п2",
    "На объекте, начали с секций 1 и 2." + SID_SIG,
    D("332050", ["1", "2"], ON, "п1, п2 in subject"), client="thebat")

add(SIDOR, dt(20, 12, 0), "Re: 332050 п1, п2",
    "п1 закончили, на п2 ещё работаем, там завалы мусора." + SID_SIG,
    R("different statuses for different positions (p1 done, p2 on site)"), client="thebat")

add(SIDOR, dt(20, 14, 30), "Re: 332050 п1, п2",
    "п.1 и п.2 закончили, уехали. п.3 — арендатор магазина не открыл, подвал его. Телефон арендатора 8-904-888-12-12 не отвечает." + SID_SIG,
    D("332050", ["1", "2"], OFF, "p1,p2 done; p3 not done (nothing)"), client="thebat")

add(SIDOR, dt(23, 10, 0), "332050 п.3",
    "Снова не попали, арендатор на звонки не отвечает, дверь закрыта. Прошу через УК решить вопрос с доступом." + SID_SIG,
    R("no access to basement, not done"), client="thebat")

add(SIDOR, dt(25, 12, 40), "332050-3",
    "сделано, арендатор открыл. 150 м2, Медилис-ципер. Акт 1302" + SID_SIG,
    D("332050", ["3"], OFF, "сделано"), client="thebat")

# ---------------------------------------------------------------- misc review
add(RAMIL, dt(19, 16, 10), "отчет",
    "Закончил, еду на следующий адрес",
    R("no request number at all"))

add(SIDOR, dt(24, 9, 15), "Ленина 8 повторно",
    "По заявке 330451 выехали на Ленина 8, повторная дезинфекция мусорокамер." + SID_SIG,
    R("330451 is not in registry (typo of 330415?)"), client="thebat")

add(OLGA, dt(9, 14, 0), "RE: Напоминание: акты за октябрь",
    "Спасибо, приняли к сведению. Акты по 330114 и остальным передадим в пятницу с курьером." + OLGA_SIG +
    q_outlook(dt(9, 13, 30), DISP, OLGA, "Напоминание: акты за октябрь",
              "Коллеги, напоминаем о сдаче актов выполненных работ за октябрь до 13.11."),
    R("acknowledgement of dispatcher's reminder, no status"), client="outlook")

add(PETROV, dt(20, 8, 10), "Чкалова 11",
    "подскажите код домофона на Чкалова 11 2 подъезд, там подвал через подъезд. 332050",
    R("question, no status"))

# ---------------------------------------------------------------- 332218 Мира 12
add(INFO, dt(23, 9, 40), "Наряд 332218",
    "Добрый день!\n\nНаряд 332218 (ул. Мира, 12) получили, принят к исполнению. Бригада Гусейнова Р., выезд 24.11.\n\n"
    "--\nООО «СанЭпидСервис»\nдезинсекция • дератизация • дезинфекция\n+7 (3452) 55-12-40, sanepidservis.ru",
    D("332218", [], ACC, "наряд; general mailbox, utf-8 QP"), client="web")

add(RAMIL, dt(24, 8, 15), "332218",
    "Выезд на объект 8:15, ориентировочное прибытие 8:45",
    D("332218", [], WAY, "noun 'выезд на объект' with time = on the way"))

add(RAMIL, dt(24, 8, 52), "Re: 332218",
    "Прибытие 8:47. Ключи от подвала взял у дворника, расписался в журнале",
    D("332218", [], ON, "noun 'прибытие'"))

add(RAMIL, dt(24, 11, 20), "332218 (1)",
    "по подвалу завершение 11:15, 18 приманочных станций Ратобор, акт 1315. Далее мусорокамера",
    D("332218", ["1"], OFF, "noun 'завершение' for position 1; next position is plan"))

add(RAMIL, dt(24, 12, 30), "Re: 332218 (1)",
    "мусорокамера (поз.2) обработана, ушли с объекта",
    D("332218", ["2"], OFF, "Re subject names (1), body reports поз.2 finished; 'ушли с объекта'"), client="mailru_html")

# ---------------------------------------------------------------- ignored
add(OLGA, dt(16, 10, 2), "Автоматический ответ: Заявка 331640",
    "Здравствуйте!\n\nЯ нахожусь на больничном до 17.11.2026. По срочным вопросам обращайтесь по адресу info@sanepidservis.ru "
    "или по тел. +7 (3452) 55-12-40.\n\nОльга Кравец",
    I("Outlook out-of-office auto-reply"), client="outlook",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "In-Reply-To": "<disp-331640@zakazchik-omis.ru>"})

rep = MIMEMultipart("report", report_type="delivery-status")
rep.attach(MIMEText("This is the mail system at host mx.sanepidservis.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                    "be delivered to one or more recipients.\n\n<a.petrov@sanepidservis.ru>: unknown user: \"a.petrov\"\n"
                    "    550 5.1.1 Recipient address rejected: User unknown in local recipient table\n", "plain", "us-ascii"))
ds = Message()
ds.set_type("message/delivery-status")
b1 = Message(); b1["Reporting-MTA"] = "dns; mx.sanepidservis.ru"; b1["Arrival-Date"] = "Fri, 13 Nov 2026 07:46:10 +0300"
b2 = Message(); b2["Final-Recipient"] = "rfc822; a.petrov@sanepidservis.ru"; b2["Action"] = "failed"
b2["Status"] = "5.1.1"; b2["Diagnostic-Code"] = "x-unix; unknown user"
ds.attach(b1); ds.attach(b2)
rep.attach(ds)
orig = MIMEText("Андрей, по наряду 331489 подтвердите выезд на Набережную 14.", "plain", "utf-8")
orig["From"] = formataddr(DISP, charset="utf-8"); orig["To"] = "a.petrov@sanepidservis.ru"
orig["Subject"] = Header("Набережная 14 — 331489", "utf-8")
rep.attach(MIMEMessage(orig))
add(DAEMON, dt(13, 7, 46), "Undelivered Mail Returned to Sender", None, I("bounce (delivery status report) of dispatcher's own message"),
    client="raw", body_msg=rep, extra={"Auto-Submitted": "auto-replied"})

mdn = MIMEMultipart("report", report_type="disposition-notification")
mdn.attach(MIMEText("Ваше сообщение\n\n  Кому: belousov@sanepidservis.ru\n  Тема: Заявка 331822 Лесная 6\n\nбыло прочитано 17.11.2026 10:12.",
                    "plain", "utf-8"))
dn = Message(); dn.set_type("message/disposition-notification")
dn.set_payload("Reporting-UA: The Bat! (v9.4.5)\nFinal-Recipient: rfc822; belousov@sanepidservis.ru\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n")
mdn.attach(dn)
add(BOSS, dt(17, 10, 12), "Прочитано: Заявка 331822 Лесная 6", None, I("read receipt (MDN)"), client="raw", body_msg=mdn)

add(NEWS, dt(10, 7, 0), "Осенняя акция: обработка от клещей и грызунов со скидкой 15%",
    "Уважаемые партнёры!\n\nДо 30 ноября действует скидка 15% на дератизацию частных домов и обработку участков.\n"
    "Подробнее: https://sanepidservis.ru/akcii\n\nОтписаться от рассылки: https://sanepidservis.ru/unsubscribe?u=8841",
    I("bulk marketing mailing"), client="web",
    extra={"Precedence": "bulk", "List-Unsubscribe": "<https://sanepidservis.ru/unsubscribe?u=8841>",
           "List-Id": "<partners.sanepidservis.ru>"})

cal = MIMEMultipart("alternative")
cal.attach(part("Ольга Кравец принял(а) это приглашение.\n\nПланёрка: график дератизации на декабрь\n"
                "Когда: 20 ноября 2026 г. 10:00-11:00", "plain", "windows-1251", "qp"))
ics = MIMEText("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
               "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Кравец:mailto:o.kravets@sanepidservis.ru\r\n"
               "SUMMARY:Принято: Планёрка: график дератизации на декабрь\r\nDTSTART:20261120T070000Z\r\nDTEND:20261120T080000Z\r\n"
               "UID:040000008200E00074C5B7101A82E00800000000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "calendar", "utf-8")
ics.set_param("method", "REPLY")
cal.attach(ics)
add(OLGA, dt(18, 9, 40), "Принято: Планёрка: график дератизации на декабрь", None, I("calendar meeting response"),
    client="raw", body_msg=cal, extra={"X-Mailer": "Microsoft Outlook 16.0"})

add(PETROV, dt(24, 9, 1), "Re: 332050 п.3",
    "Здравствуйте! Я в отпуске до 30.11. По заявкам пишите бригадиру Сидоренко s.sidorenko@inbox.ru, тел. 8-904-471-33-05.\n"
    "Это автоматический ответ.",
    I("Mail.ru autoresponder"), client="web",
    extra={"Auto-Submitted": "auto-replied", "X-Mailru-Autoreply": "1"})

# ---------------------------------------------------------------- write
letters.sort(key=lambda x: x[0])
labels = {}
for i, (d, m, lab, dom) in enumerate(letters, 1):
    fn = f"{i:03d}.eml"
    m["Message-ID"] = mid(i, dom)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(m)
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(buf.getvalue())
    labels[fn] = lab

REG = {
    "contractor": {"name": "ООО «СанЭпидСервис»",
                   "emails": ["o.kravets@sanepidservis.ru", "info@sanepidservis.ru", "belousov@sanepidservis.ru",
                              "news@sanepidservis.ru", "MAILER-DAEMON@sanepidservis.ru",
                              "petrov.dez@mail.ru", "ramil.gus87@mail.ru", "s.sidorenko@inbox.ru"],
                   "domains": ["sanepidservis.ru"]},
    "requests": [
        {"number": "330114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:00:00+03:00",
         "comment": "ул. Заводская, 12 — дератизация подвалов: 1 — секция 1, 2 — секция 2, 3 — секция 3"},
        {"number": "330287", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-02T11:30:00+03:00",
         "comment": "пр. Мира, 45 — дезинсекция (тараканы), подъезды 1–4 = позиции 1–4"},
        {"number": "330415", "positions": ["1", "2"], "registered_at": "2026-11-03T08:40:00+03:00",
         "comment": "ул. Ленина, 8 — дезинфекция мусорокамер подъездов 1 и 2"},
        {"number": "330562", "positions": ["1"], "registered_at": "2026-11-03T14:00:00+03:00",
         "comment": "ул. Садовая, 3 корп. 2 — дезинсекция подвала (комары)"},
        {"number": "330790", "positions": ["1", "2"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "ул. Гагарина, 17 — 1 дератизация подвала, 2 дезинфекция мусорокамеры"},
        {"number": "330931", "positions": ["1", "2", "3"], "registered_at": "2026-11-06T09:15:00+03:00",
         "comment": "ул. Строителей, 5 — дезинфекция мусоропроводов подъездов 1–3"},
        {"number": "331077", "positions": ["1"], "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "ул. Школьная, 22 — дезинсекция подвала (блохи)"},
        {"number": "331208", "positions": ["1", "2"], "registered_at": "2026-11-10T12:00:00+03:00",
         "comment": "ул. Октябрьская, 40 — дезинфекция подвала после затопления, секции 1 и 2"},
        {"number": "331356", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T09:00:00+03:00",
         "comment": "ул. Пушкина, 9 — 1 дератизация подвала, 2 дезинсекция подвала, 3 дезинфекция мусорокамеры"},
        {"number": "331489", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-12T08:00:00+03:00",
         "comment": "ул. Набережная, 14 — дезинфекция мусорокамер подъездов 1–4"},
        {"number": "331640", "positions": ["1"], "registered_at": "2026-11-16T10:00:00+03:00",
         "comment": "ул. Победы, 31 — дезинсекция (клопы), подъезд 2"},
        {"number": "331822", "positions": ["1", "2"], "registered_at": "2026-11-17T09:00:00+03:00",
         "comment": "ул. Лесная, 6 — 1 подвал дома 6, 2 подвал корп. 2"},
        {"number": "332050", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T11:00:00+03:00",
         "comment": "ул. Чкалова, 11 — дезинсекция подвала, секции 1–3"},
        {"number": "332218", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "ул. Мира, 12 — 1 дератизация подвала, 2 дезинфекция мусорокамеры"},
    ]}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REG, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(labels), "letters")
