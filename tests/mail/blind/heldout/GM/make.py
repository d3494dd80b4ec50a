#!/usr/bin/env python3
"""Generator for the GM corpus: ООО «Чернобурка Секьюрити Сервис» (chernoburka-ss.ru).

Facility-security subcontractor from Orenburg (UTC+5). Site coordinator Ольга Лаврентьева
sends check-in/check-out extracts, the access-control system «Бастион-М» sends robot
reports, brigade leader Зуев writes from his phone. Every outgoing letter gets the huge
server-side legal disclaimer.
Standard library only.  Run:  python3 make.py
"""
import base64
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr, make_msgid, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, "letters")

DOMAIN = "chernoburka-ss.ru"
ORB = timezone(timedelta(hours=5))      # Orenburg, the contractor's mail clients
MSK = timezone(timedelta(hours=3))      # customer's system
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

PEOPLE = {
    "olga": ("Лаврентьева Ольга Игоревна", "olga.lavrentyeva@" + DOMAIN),
    "zuev": ("Зуев Павел", "zuev.brigada@" + DOMAIN),
    "robot": ("СКУД Бастион-М (робот)", "skud-robot@" + DOMAIN),
    "duty": ("Дежурная часть ЧСС", "dezhurny@" + DOMAIN),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@" + DOMAIN),
    "news": ("ЧСС Новости", "news@" + DOMAIN),
    "pank": ("Панкратов Игорь Сергеевич", "pankratov.i@" + DOMAIN),
    "ilin": ("Ильин Денис", "ilin.d@" + DOMAIN),
}

# ---------------------------------------------------------------- registry
REQUESTS = [
    ("460114", ["1", "2", "3"], "2026-11-02T08:30:00+03:00",
     "ТЦ «Меридиан», ул. Салмышская, 34: 1 — СКУД главный вход, 2 — видеонаблюдение парковки, 3 — шлагбаум въезда"),
    ("460127", ["1"], "2026-11-02T09:00:00+03:00",
     "Склад №4, пр. Победы, 150: охранная сигнализация, ложные срабатывания"),
    ("460203", ["1", "2"], "2026-11-03T07:00:00+03:00",
     "БЦ «Армада»: 1 — турникеты 1 этажа, 2 — домофон служебного входа"),
    ("460215", ["1", "2", "3", "4"], "2026-11-05T06:00:00+03:00",
     "Производственная площадка, Шарлыкское ш.: 1 — КПП-1, 2 — КПП-2, 3 — охрана периметра, 4 — СКУД серверной"),
    ("460238", ["1", "2"], "2026-11-06T09:00:00+03:00",
     "Офис продаж, ул. Чкалова: 1 — тревожная кнопка, 2 — прокладка кабеля видеонаблюдения"),
    ("460301", ["1"], "2026-11-09T06:00:00+03:00",
     "Проходная АБК: замена контроллера СКУД"),
    ("460322", ["1", "2", "3"], "2026-11-10T06:00:00+03:00",
     "Логистический центр: 1 — ворота №1, 2 — ворота №2, 3 — СКУД административного корпуса"),
    ("460356", ["01", "02"], "2026-11-11T07:00:00+03:00",
     "Столовая и котельная: 01 — видеонаблюдение столовой, 02 — пожарная сигнализация котельной"),
    ("460409", ["1", "2", "3"], "2026-11-13T05:00:00+03:00",
     "Гаражный бокс: 1 — ворота, 2 — видеокамеры, 3 — модернизация периметра"),
    ("460437", ["1"], "2026-11-16T06:00:00+03:00",
     "Аптечный склад: настройка охранной сигнализации"),
    ("460512", ["1", "2"], "2026-11-17T06:00:00+03:00",
     "Торговый павильон: 1 — турникет, 2 — видеодомофон"),
    ("460588", ["1", "2", "3", "4"], "2026-11-17T06:00:00+03:00",
     "Учебный корпус: 1 — вход А, 2 — вход Б, 3 — спортзал, 4 — актовый зал"),
]

# ---------------------------------------------------------------- signatures / disclaimer
SIG_OLGA = """С уважением,
Лаврентьева Ольга Игоревна
координатор объектов
ООО «Чернобурка Секьюрити Сервис»
моб. +7 (922) 846-02-19, раб. +7 (3532) 46-02-17 доб. 114"""

SIG_ZUEV = """--
Зуев П.А., бригадир монтажного участка
+7 922 551-30-84
Отправлено с мобильного устройства"""

ROBOT_FOOTER = """Сообщение сформировано автоматически системой контроля и управления доступом
«Бастион-М» v4.6.2 (сервер skud-01, 10.46.0.12, лицензия ПО № БМ-0460-2211).
Время указано местное (UTC+5)."""

DISCLAIMER = """________________________________________________________________________
ООО «ЧЕРНОБУРКА СЕКЬЮРИТИ СЕРВИС» (ООО «ЧСС»)
ИНН 5610238847 / КПП 561001001 / ОГРН 1195658012345 / ОКПО 40712583 / ОКВЭД 80.10
Юридический адрес: 460021, Оренбургская обл., г. Оренбург, ул. 60 лет Октября, д. 12/3, офис 460
Почтовый адрес: 460048, г. Оренбург, а/я 2215
Тел./факс: +7 (3532) 46-02-17, 46-02-18; круглосуточная дежурная часть: 8-800-301-46-09
Лицензия на осуществление частной охранной деятельности № 056-000318 от 14.03.2019,
выдана Управлением Росгвардии по Оренбургской области, бессрочно.
Лицензия МЧС России на монтаж, техническое обслуживание и ремонт средств обеспечения
пожарной безопасности зданий и сооружений № 56-Б/00412 от 02.09.2020.
Р/с 40702810946000012345 в Оренбургском отделении № 8623 ПАО Сбербанк,
к/с 30101810600000000601, БИК 045354601.

КОНФИДЕНЦИАЛЬНОСТЬ. Настоящее сообщение и все приложения к нему предназначены
исключительно для указанного адресата и могут содержать сведения, составляющие коммерческую
тайну ООО «ЧСС» (Положение о коммерческой тайне № 12-КТ от 09.01.2024), либо иную
охраняемую законом информацию, в том числе персональные данные работников, обрабатываемые
в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных».
Если вы получили это сообщение по ошибке, немедленно уведомите отправителя по телефону
+7 (3532) 46-02-17 и удалите сообщение со всеми копиями. Любое несанкционированное
использование, копирование, распространение или раскрытие содержимого запрещено и
преследуется в соответствии со ст. 183 УК РФ. Настоящее сообщение не является офертой
(ст. 435 ГК РФ) и не порождает обязательств ООО «ЧСС», если иное прямо не предусмотрено
договором, подписанным уполномоченными лицами сторон.

CONFIDENTIALITY NOTICE. This e-mail and any attachments are intended solely for the
addressee(s) named above and may contain confidential, proprietary or legally privileged
information of Chernoburka Security Service LLC (TIN 5610238847, PSRN 1195658012345),
12/3 60 Let Oktyabrya St., office 460, Orenburg 460021, Russian Federation. If you are not the
intended recipient, please notify the sender immediately at +7 3532 460217 and delete this
message. Any unauthorised review, use, disclosure or distribution is strictly prohibited.
E-mail transmission cannot be guaranteed to be secure or error-free; the company accepts no
liability for any loss or damage caused by viruses transmitted by this e-mail.
Private security licence No. 056-000318 dated 14 March 2019. This message does not constitute
an offer or acceptance of any contract unless expressly stated otherwise.
Пожалуйста, подумайте об окружающей среде, прежде чем распечатывать это письмо.
Please consider the environment before printing this e-mail."""


def disclaimer_html():
    paras = DISCLAIMER.split("\n\n")
    out = ['<hr style="border:0;border-top:1px solid #999">',
           '<div style="font-size:8pt;color:#777;font-family:Arial">']
    for p in paras:
        out.append("<p>" + p.replace("\n", "<br>\n") + "</p>")
    out.append("</div>")
    return "\n".join(out)


def html_wrap(inner, charset="utf-8"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
            "</head><body style=\"font-family:Calibri,Arial;font-size:11pt\">\n%s\n%s\n</body></html>"
            % (charset, inner, disclaimer_html()))


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def dt(s):
    """'11-03 09:40' -> aware datetime in Orenburg time."""
    md, hm = s.split()
    m, d = md.split("-")
    h, mi = hm.split(":")
    return datetime(2026, int(m), int(d), int(h), int(mi), 0, tzinfo=ORB)


def msk(s):
    return format_datetime(dt(s).astimezone(MSK))


def rus_date(s, withtime=True):
    x = dt(s).astimezone(MSK)
    wd = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"][x.weekday()]
    mon = ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"][x.month]
    return "%s, %d %s %d г. %02d:%02d" % (wd, x.day, mon, x.year, x.hour, x.minute)


# ---------------------------------------------------------------- MIME helpers
def leaf(body, subtype="plain", charset="utf-8", cte="base64", extra_params=None):
    p = Message()
    if charset == "koi8-r":
        for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N"), ("…", "...")):
            body = body.replace(a, b)
    raw = body.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        assert charset == "utf-8"
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Type"] = "text/%s" % subtype
    p.set_param("charset", charset)
    for k, v in (extra_params or {}).items():
        p.set_param(k, v)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def enc_subject(subject, charset):
    try:
        subject.encode("ascii")
        return subject
    except UnicodeEncodeError:
        return Header(subject, charset).encode()


def enc_addr(name, addr, charset="utf-8"):
    if charset in ("us-ascii", "ascii"):
        charset = "utf-8"
    return formataddr((name, addr), charset=charset)


def finish(msg, who, date, subject, charset="utf-8", to=DISPATCH, extra=None, mailer=None):
    name, addr = PEOPLE[who]
    msg["From"] = enc_addr(name, addr, charset)
    msg["To"] = enc_addr(to[0], to[1], charset)
    msg["Subject"] = enc_subject(subject, charset)
    msg["Date"] = format_datetime(dt(date))
    msg["Message-ID"] = make_msgid(domain=DOMAIN)
    msg["MIME-Version"] = "1.0"
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def reorder(msg):
    """Put top-level headers first in a natural order (cosmetic)."""
    order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"]
    items = msg._headers
    first = [h for k in order for h in items if h[0] == k]
    rest = [h for h in items if h[0] not in order]
    msg._headers = first + rest
    return msg


OUTLOOK = "Microsoft Outlook 16.0"
MOBILE = "K-9 Mail for Android"
TBIRD = "Mozilla Thunderbird 115.4.1"


def plain(who, date, subject, body, charset="utf-8", cte="base64", sig=True, extra=None,
          mailer=None):
    if sig is True:
        sig = {"olga": SIG_OLGA, "zuev": SIG_ZUEV, "robot": ROBOT_FOOTER}.get(who, "")
    full = body.rstrip("\n") + "\n\n" + (sig + "\n\n" if sig else "") + DISCLAIMER + "\n"
    m = leaf(full, "plain", charset, cte)
    return reorder(finish(m, who, date, subject, charset, extra=extra, mailer=mailer))


def html_only(who, date, subject, inner, charset="utf-8", cte="base64", extra=None, mailer=None):
    m = leaf(html_wrap(inner, charset), "html", charset, cte)
    return reorder(finish(m, who, date, subject, charset, extra=extra, mailer=mailer))


def alternative(who, date, subject, text, inner, charset="utf-8", cte="quoted-printable",
                extra=None, mailer=None):
    m = MIMEMultipart("alternative")
    m.attach(leaf(text.rstrip("\n") + "\n\n" + DISCLAIMER + "\n", "plain", charset, cte))
    m.attach(leaf(html_wrap(inner, charset), "html", charset, cte))
    return reorder(finish(m, who, date, subject, charset, extra=extra, mailer=mailer))


def outlook_quote(sender, date, to, subject, body):
    return ("\n\nОт: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s" %
            (sender, rus_date(date), to, subject, body))


DISP_SIG = "\n--\nДиспетчерская служба ОМИС\ndispatch@zakazchik-omis.ru, тел. +7 (495) 640-11-22"
DISP = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"
OLGA = "Лаврентьева Ольга Игоревна <olga.lavrentyeva@chernoburka-ss.ru>"
ZUEV = "Зуев Павел <zuev.brigada@chernoburka-ss.ru>"


def table(rows, head):
    h = "".join("<th style=\"border:1px solid #666;padding:3px 6px;background:#dde\">%s</th>" % c
                for c in head)
    body = ""
    for r in rows:
        body += "<tr>" + "".join("<td style=\"border:1px solid #666;padding:3px 6px\">%s</td>" % c
                                 for c in r) + "</tr>\n"
    return ("<table style=\"border-collapse:collapse;font-size:10pt\"><tr>%s</tr>\n%s</table>"
            % (h, body))


# ---------------------------------------------------------------- letters
L = []   # (message, label)


def add(msg, label):
    L.append((msg, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

# ===== 460114 ============================================================
add(plain("olga", "11-02 12:40", "Заявка № 460114 — принята в работу", """Добрый день!

Заявку № 460114 (ТЦ «Меридиан», ул. Салмышская, 34 — СКУД, видеонаблюдение, шлагбаум)
приняли в работу. Ответственный — бригадир Зуев Павел Андреевич, тел. +7 922 551-30-84.
Дату выезда сообщу дополнительно, как только согласуем пропуска с администрацией ТЦ.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460114", [], ACC, "accepted, no position named"))

add(plain("zuev", "11-03 10:55", "460114", """Ольга Игоревна / диспетчерская, выехали на Меридиан по 1 и 3 позиции, будем минут через 40.
Зуев""", cte="8bit", mailer=MOBILE),
    D("460114", ["1", "3"], WAY, "выехали, будем через 40 минут: travelling now"))

add(plain("olga", "11-03 12:20", "RE: 460114 — уточните время прибытия", """Добрый день!

Выписка из журнала КПП ТЦ «Меридиан» за 03.11.2026:

11:38 — прибыла бригада (3 чел.), поз. 1 — главный вход, СКУД
11:41 — прибыла бригада (2 чел.), поз. 3 — шлагбаум въезда, а/м Газель Р 417 ОК 56

Работы ведутся, по окончании пришлю отметку об убытии.
""" + outlook_quote(DISP, "11-03 11:50", OLGA, "460114 — уточните время прибытия",
                    "Ольга, добрый день. Подскажите, во сколько ваши будут на объекте? Охрана ТЦ спрашивает." + DISP_SIG),
              charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460114", ["1", "3"], ON, "journal extract: crews arrived at pos 1 and 3, work ongoing; quote is the dispatcher's question"))

add(html_only("robot", "11-03 17:10", "[СКУД] Отчёт о проходах персонала подрядчика — заявка 460114",
              "<p>Автоматический отчёт о проходах персонала ООО «ЧСС» на объект заказчика.</p>"
              "<p><b>Объект:</b> ТЦ «Меридиан», ул. Салмышская, 34<br><b>Заявка:</b> 460114<br>"
              "<b>Дата:</b> 03.11.2026</p>" +
              table([["1", "Зуев П.А.", "11:38", "16:52", "покинул объект"],
                     ["1", "Ильин Д.С.", "11:38", "16:52", "покинул объект"],
                     ["1", "Мамедов Р.Т.", "11:39", "16:53", "покинул объект"],
                     ["3", "Гаврилов А.Н.", "11:41", "15:05", "покинул объект"],
                     ["3", "Сорокин В.В.", "11:41", "15:06", "покинул объект"]],
                    ["Поз.", "Сотрудник", "Вход", "Выход", "Статус"]) +
              "<p>Персонал подрядчика на объекте: <b>0 чел.</b></p><p style=\"font-size:9pt\">" +
              ROBOT_FOOTER.replace("\n", "<br>") + "</p>"),
    D("460114", ["1", "3"], LEFT, "robot SKUD report: everybody on pos 1 and 3 exited, 0 on site"))

add(plain("olga", "11-04 15:50", "ул. Салмышская, 34 (460114) — парковка", """Коллеги, добрый день.

По видеонаблюдению парковки (позиция 2):
13:05 — бригада прибыла на объект (2 чел.)
15:20 — камеры HiWatch DS-I450 (2 шт.) перенастроены, запись на регистратор идёт
15:35 — бригада покинула объект, объект сдан старшему смены охраны ТЦ.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460114", ["2"], LEFT, "arrival and departure both done for pos 2: latest = убыл; number in brackets after address"))

# ===== 460127 ============================================================
add(plain("olga", "11-02 13:15", "Обращение 460127 принято", """Добрый день.

Ваше обращение 460127 (склад №4, ложные срабатывания ОС) зарегистрировали у себя под
внутренним номером ЧСС-2026/1187 и приняли к исполнению.
""", charset="windows-1251", cte="base64", mailer=OUTLOOK),
    D("460127", [], ACC, "accepted; internal number ЧСС-2026/1187 is a distractor"))

add(plain("olga", "11-02 18:05", "460127 — вопрос по доступу", """Добрый вечер!

По 460127 — подскажите, пожалуйста, кто контактное лицо на складе №4 и с какого времени
можно заезжать? Без пропуска охрана склада бригаду не пустит, а заявку на пропуск
(форма П-4) надо подать за сутки.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("question about access/contact person, no status"))

m = plain("olga", "11-03 09:50", "Автоматический ответ: 460127 пропуск оформлен", """Здравствуйте!

Я нахожусь на выездном совещании до 14:00 03.11.2026, доступ к почте ограничен.
По срочным вопросам обращайтесь в дежурную часть: 8-800-301-46-09 или dezhurny@chernoburka-ss.ru.
""", charset="windows-1251", cte="quoted-printable", sig=False, mailer=OUTLOOK,
          extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                 "In-Reply-To": "<disp-460127-0311@zakazchik-omis.ru>"})
add(m, I("out-of-office auto-reply"))

add(plain("zuev", "11-03 14:55", "склад 4", """Склад №4 (460127) — на месте с 14:40, датчики Астра-5131 в зоне 3 под замену, работаем.""",
          cte="base64", mailer=MOBILE),
    D("460127", [], ON, "crew on site since 14:40; single-position request, no position named"))

add(plain("olga", "11-03 19:30", "Fwd: склад 4", """Пересылаю отчёт бригадира по складу.

-------- Пересылаемое сообщение --------
Тема: склад 4
Дата: Tue, 3 Nov 2026 19:12:40 +0500
От: Зуев Павел <zuev.brigada@chernoburka-ss.ru>
Кому: Лаврентьева Ольга Игоревна <olga.lavrentyeva@chernoburka-ss.ru>

Ольга, по 460127 всё: датчик заменили (старый с/н 0031174 забрали на диагностику), шлейф
прозвонили, ложных нет, сдали охране под роспись. Уехали с объекта в 19:05.
""", charset="utf-8", cte="quoted-printable", mailer=TBIRD),
    D("460127", [], LEFT, "forwarded crew report: finished, left the site"))

# ===== 460203 ============================================================
add(plain("olga", "11-03 10:00", "Наряд #460203", """Добрый день!
Наряд #460203 (БЦ «Армада») взяли, бригада будет назначена на четверг-пятницу.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460203", [], ACC, "взяли наряд = accepted; the day plan is extra info"))

add(plain("olga", "11-04 10:30", "RE: Наряд #460203", """Добрый день.
По 460203 выезд планируем завтра, 05.11, к 11:00 — пропуск на 2 человек заказан через
администратора БЦ (заявка на пропуск № 8841).
""" + outlook_quote(DISP, "11-04 09:12", OLGA, "Наряд #460203", "Когда планируете выезд на Армаду?" + DISP_SIG),
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("plan for tomorrow only"))

add(plain("zuev", "11-05 10:40", "460203-1", """едем на армаду по турникетам, ориентировочно 11:20 будем""",
          cte="8bit", mailer=MOBILE),
    D("460203", ["1"], WAY, "position after dash in subject; travelling now"))

add(plain("robot", "11-05 14:10", "SKUD report 460203 / pos 1", """СКУД «Бастион-М». АВТОМАТИЧЕСКИЙ ОТЧЁТ О ПРОХОДАХ.
Объект: БЦ «Армада», точка доступа ТП-02 (служебный вход)
Заявка: 460203    Позиция: 1

 Время  | Направление | Сотрудник       | Карта
--------+-------------+-----------------+----------
 11:17  | ВХОД        | Зуев П.А.       | 00460771
 11:17  | ВХОД        | Ильин Д.С.      | 00460772
 13:58  | ВЫХОД       | Ильин Д.С.      | 00460772
 13:59  | ВЫХОД       | Зуев П.А.       | 00460771

Итого на объекте: 0 чел.""", charset="koi8-r", cte="base64"),
    D("460203", ["1"], LEFT, "robot KOI8-R report: both entered and both exited; card numbers are distractors"))

add(plain("olga", "11-05 14:30", "460203 Армада", """Добрый день.
По 460203: турникеты (п.1) закончили, бригада оттуда ушла; по домофону (п.2) бригада
осталась на объекте с 14:15, работает.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("different statuses for different positions (п.1 убыл, п.2 на месте)"))

add(plain("zuev", "11-05 18:45", "Re: 460203 Армада", """Домофон (п.2) подключили, ключи перепрограммировали (12 шт.), бригада свободна с 18:30.

> По 460203: турникеты (п.1) закончили, бригада оттуда ушла; по домофону (п.2) бригада
> осталась на объекте с 14:15, работает.""", cte="base64", mailer=MOBILE),
    D("460203", ["2"], LEFT, "new text: домофон done, crew free; домофон = п.2 per quoted context"))

# ===== 460215 ============================================================
add(html_only("olga", "11-05 10:10", "Заявка 460215 принята",
              "<p>Добрый день!</p><p>Заявку <b>460215</b> (производственная площадка, Шарлыкское ш.) "
              "приняли в работу в полном объёме. Договор подряда № 17/СБ-2025 от 20.01.2025, "
              "доп. соглашение № 6.</p><p>" + SIG_OLGA.replace("\n", "<br>") + "</p>",
              charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460215", [], ACC, "HTML-only acceptance of the whole request"))

add(plain("duty", "11-06 09:45", "460215 (2)", """Диспетчерская, доброе утро.
Бригада №2 (Гаврилов, Сорокин, Мамедов) выдвинулась на КПП-2, а/м Газель гос. номер А 460 ВС 56.
Дежурный Кулешов.""", charset="koi8-r", cte="quoted-printable", sig=False, mailer=TBIRD),
    D("460215", ["2"], WAY, "выдвинулась = on the way; pos in brackets in subject; plate A 460 ВС 56 distractor"))

add(html_only("robot", "11-06 10:50", "[СКУД] Вход персонала подрядчика: 460215 КПП-2",
              "<p>Зарегистрирован вход персонала ООО «ЧСС».</p>" +
              table([["460215", "2", "КПП-2", "10:31", "3", "на объекте"]],
                    ["Заявка", "Поз.", "Точка доступа", "Время входа", "Чел.", "Состояние"]) +
              "<p style=\"font-size:9pt\">" + ROBOT_FOOTER.replace("\n", "<br>") + "</p>"),
    D("460215", ["2"], ON, "robot: 3 people entered at pos 2, on site"))

add(plain("olga", "11-06 11:30", "460215 П1 и П3", """Коллеги, по 460215 П1 и П3 — вторая бригада в пути, будут около 12:30.
Старший — Зуев, +7 922 551-30-84.""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460215", ["1", "3"], WAY, "в пути, П1 П3"))

add(alternative("robot", "11-06 16:00", "[СКУД] Сводка по заявке 460215 за 06.11.2026",
                """СКУД «Бастион-М» — сводка по заявке 460215 за 06.11.2026

Поз. 1 (КПП-1): вход 12:27, выход 15:44, 2 чел.
Поз. 3 (периметр): вход 12:35, выход 15:50, 2 чел.
Персонал по поз. 1 и 3 на объекте: 0 чел.

""" + ROBOT_FOOTER,
                "<p>Сводка по заявке <b>460215</b> за 06.11.2026</p>" +
                table([["1", "КПП-1", "12:27", "15:44", "2"],
                       ["3", "Периметр", "12:35", "15:50", "2"]],
                      ["Поз.", "Участок", "Вход", "Выход", "Чел."]) +
                "<p style=\"font-size:9pt\">" + ROBOT_FOOTER.replace("\n", "<br>") + "</p>"),
    D("460215", ["1", "3"], LEFT, "robot summary: pos 1 and 3 entered and exited"))

add(plain("olga", "11-06 20:20", "RE: 460215 (2) журнал", """Добрый вечер!

Журнал присутствия, 460215, поз. 2 (КПП-2), 06.11.2026:
10:31 — прибыла бригада (3 чел.)
14:00–14:40 — обед
19:55 — бригада покинула объект, калитка и шлагбаум КПП-2 в штатном режиме.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460215", ["2"], LEFT, "latest done event: left the site at 19:55"))

add(plain("olga", "11-09 11:00", "460215 поз. 5 — камера ГСМ", """Добрый день!
По 460215 поз. 5 (доп. камера на складе ГСМ) — бригада на месте с 10:40, монтируем кронштейн.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("position 5 does not exist in 460215"))

add(plain("olga", "11-09 12:30", "460215 серверная", """Добрый день.
Серверная (поз.4) по 460215 — когда можно попасть? Ключ, насколько понимаем, у вашего ИТ-отдела
(Сергей, вн. 2215). Бригада готова выехать в любой день этой недели.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("question about access, no status"))

add(plain("zuev", "11-10 11:15", "460215 п4 - нa мeстe", """мы нa мeстe, сeрвeрнaя, ИТ-шник открыл""",
          cte="8bit", mailer=MOBILE),
    D("460215", ["4"], ON, "на месте with Latin look-alike letters a/e"))

add(plain("olga", "11-10 17:40", "RE: 460215 п4 - нa мeстe", """Добрый вечер.

Серверную закончили: считыватель Parsec PNR-P19 на двери установлен, доступ проверен
вашим ИТ (акт № 460215/4 подписан). Бригада ушла в 17:20.

-----Original Message-----
From: Зуев Павел <zuev.brigada@chernoburka-ss.ru>
Sent: Tuesday, November 10, 2026 11:15 AM
To: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Subject: 460215 п4 - нa мeстe

мы нa мeстe, сeрвeрнaя, ИТ-шник открыл
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460215", ["4"], LEFT, "Re: subject names old status; body reports departure"))

# ===== 460238 ============================================================
add(plain("olga", "11-06 13:10", "Принимаем заявку 460238", """Добрый день!
Принимаем заявку 460238 (офис продаж, ул. Чкалова). Смета — в рамках договора, без доплат.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460238", [], ACC, "accepted"))

add(plain("zuev", "11-09 10:20", "Чкалова", """Выехали к вам по 460238, п.1 и п.2, в 10:15. По пробкам минут 25-30.""",
          cte="base64", mailer=MOBILE),
    D("460238", ["1", "2"], WAY, "выехали к вам = on the way"))

mdn = MIMEMultipart("report")
mdn.set_param("report-type", "disposition-notification")
mdn.attach(leaf("""Ваше сообщение

  Кому: olga.lavrentyeva@chernoburka-ss.ru
  Тема: 460238 — во сколько будете?
  Отправлено: 09.11.2026 8:10

было прочитано 09.11.2026 11:05.
""", "plain", "utf-8", "quoted-printable"))
dn = Message()
dn["Content-Type"] = "message/disposition-notification"
dn.set_payload("""Reporting-UA: chernoburka-ss.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;olga.lavrentyeva@chernoburka-ss.ru
Original-Message-ID: <disp-460238-0911@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
mdn.attach(dn)
finish(mdn, "olga", "11-09 11:05", "Прочитано: 460238 — во сколько будете?", "utf-8", mailer=OUTLOOK)
add(reorder(mdn), I("read receipt (MDN)"))

add(html_only("robot", "11-09 11:30", "[СКУД] Вход: 460238",
              "<p>Бригада подрядчика прибыла на объект.</p>" +
              table([["460238", "1, 2", "ул. Чкалова, офис продаж", "10:42", "Зуев П.А., Ильин Д.С."]],
                    ["Заявка", "Позиции", "Объект", "Вход", "Персонал"]) +
              "<p style=\"font-size:9pt\">" + ROBOT_FOOTER.replace("\n", "<br>") + "</p>",
              charset="utf-8", cte="quoted-printable"),
    D("460238", ["1", "2"], ON, "robot: crew entered for positions 1, 2"))

add(plain("olga", "11-09 15:00", "460238", """Добрый день.
460238 — по 1-й (тревожная кнопка) закончили в 14:45, бригада уехала. По 2-й (кабель)
продолжим завтра с утра: не хватило кабеля КВК-П 2х0,75, докупаем.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460238", ["1"], LEFT, "pos 1 done, pos 2 only planned"))

add(plain("olga", "11-10 14:30", "460238 П2", """460238 П2 — РАБОТЫ ЗАВЕРШЕНЫ, КАБЕЛЬ ПРОЛОЖЕН (86 М), БРИГАДА УБЫЛА В 14:10.""",
          charset="windows-1251", cte="base64", mailer=OUTLOOK),
    D("460238", ["2"], LEFT, "caps; убыла"))

# ===== 460301 ============================================================
add(plain("olga", "11-09 10:00", "По обращению № 460301", """Добрый день!
По обращению № 460301 (проходная АБК) — приняли. Срок выполнения по договору — до 12.11.2026.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460301", [], ACC, "accepted; date 12.11.2026 distractor"))

add(plain("olga", "11-10 10:00", "RE: По обращению № 460301", """Доброе утро.
По 460301 пока не выехали — ждём доставку контроллера PERCo-CT/L04.2 от поставщика
(накладная № 46031 от 06.11), ориентировочно привезут завтра до обеда.
""" + outlook_quote(DISP, "11-10 08:40", OLGA, "По обращению № 460301",
                    "Ольга, добрый день! Когда будете на АБК?" + DISP_SIG),
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("negation: not yet left, waiting for part"))

add(plain("olga", "11-11 12:05", "FW: АБК контроллер", """Для информации.

-----Original Message-----
From: Зуев Павел <zuev.brigada@chernoburka-ss.ru>
Sent: Wednesday, November 11, 2026 11:58 AM
To: Лаврентьева Ольга Игоревна <olga.lavrentyeva@chernoburka-ss.ru>
Subject: АБК контроллер

Ольга Игоревна, прибыли на АБК по 460301 в 11:50, меняем контроллер, старый PERCo
с/н 4603010077 снимаем.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460301", [], ON, "forwarded crew report: arrived; serial number distractor"))

add(plain("robot", "11-11 18:00", "SKUD 460301: vyhod personala", """СКУД «Бастион-М». Выход персонала подрядчика.
Заявка 460301, проходная АБК.
Вход: 11:47 (2 чел.)   Выход: 17:42 (2 чел.)   На объекте: 0 чел.""", charset="koi8-r", cte="quoted-printable"),
    D("460301", [], LEFT, "robot KOI8-R: exited, 0 on site"))

# ===== 460322 ============================================================
add(plain("olga", "11-10 12:30", "Заявка 460322 — подтверждаем", """Добрый день!
Заявку 460322 (логистический центр) подтверждаем, приняли к исполнению.
Выезд — ориентировочно завтра утром.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460322", [], ACC, "accepted; the departure is only a plan"))

bounce = MIMEMultipart("report")
bounce.set_param("report-type", "delivery-status")
bounce.attach(leaf("""This is the mail system at host mx1.chernoburka-ss.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<o.lavrentieva@chernoburka-ss.ru>: host mx1.chernoburka-ss.ru[10.46.0.25] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)
""", "plain", "us-ascii", "quoted-printable"))
ds = Message()
ds["Content-Type"] = "message/delivery-status"
pm = Message()
pm["Reporting-MTA"] = "dns; mx1.chernoburka-ss.ru"
pm["Arrival-Date"] = msk("11-10 12:44")
pr = Message()
pr["Final-Recipient"] = "rfc822; o.lavrentieva@chernoburka-ss.ru"
pr["Action"] = "failed"
pr["Status"] = "5.1.1"
pr["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
ds.set_payload([pm, pr])
bounce.attach(ds)
orig = Message()
orig["From"] = enc_addr(*DISPATCH)
orig["To"] = "o.lavrentieva@chernoburka-ss.ru"
orig["Subject"] = Header("Re: Заявка 460322 — подтверждаем", "utf-8").encode()
orig["Date"] = msk("11-10 12:44")
orig["Message-ID"] = "<disp-460322-1011@zakazchik-omis.ru>"
orig["MIME-Version"] = "1.0"
ob = leaf("Ольга, спасибо. Ждём завтра, на воротах будет старший смены Панин.\n", "plain", "utf-8", "base64")
for k, v in ob.items():
    orig[k] = v
orig.set_payload(ob.get_payload())
rfc = Message()
rfc["Content-Type"] = "message/rfc822"
rfc.set_payload([orig])
bounce.attach(rfc)
finish(bounce, "daemon", "11-10 12:45", "Undelivered Mail Returned to Sender", "us-ascii",
       extra={"Auto-Submitted": "auto-replied"})
add(reorder(bounce), I("delivery failure report (bounce)"))

add(plain("olga", "11-11 10:10", "460322 выезд", """Выезд бригады на 460322 (поз. 1, 2 — ворота №1 и №2) — 10:05, в пути.
4 человека, а/м УАЗ «Профи» Т 322 ЕК 56.""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460322", ["1", "2"], WAY, "выезд — 10:05, в пути; plate contains 322"))

add(plain("olga", "11-11 14:00", "RE: 460322 выезд — журнал", """Выписка из журнала присутствия, логистический центр, ворота №1 и №2 (позиции 1 и 2):

11:02 — прибыла бригада (4 чел.)
11:10 — допуск к работам на высоте оформлен (наряд-допуск № 114/Н)
13:47 — бригада покинула объект

Приводы ворот Doorhan Shaft-30 отрегулированы, концевики заменены.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460322", ["1", "2"], LEFT, "journal: arrived then left; latest = убыл"))

add(plain("olga", "11-12 11:40", "460322 поз.3", """Добрый день!
По 460322 поз.3 (СКУД адм. корпуса) — выедем завтра, сегодня свободной бригады нет,
все на аварийном вызове. Приносим извинения.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("plan for tomorrow only"))

add(plain("zuev", "11-13 12:15", "Re: 460322 (3)", """на месте, адм корпус, начали

12.11.2026, 11:40, "Лаврентьева Ольга Игоревна" <olga.lavrentyeva@chernoburka-ss.ru>:
> По 460322 поз.3 (СКУД адм. корпуса) — выедем завтра, сегодня свободной бригады нет,
> все на аварийном вызове. Приносим извинения.""", cte="8bit", mailer=MOBILE),
    D("460322", ["3"], ON, "new text: on site; quote is an old plan"))

add(alternative("robot", "11-13 16:30", "[СКУД] Выход персонала: 460322 поз.3",
                """Выход персонала подрядчика зарегистрирован.
Заявка: 460322, позиция 3 (административный корпус)
Вход 12:08 / Выход 16:12, персонал 3 чел., на объекте 0 чел.

""" + ROBOT_FOOTER,
                "<p>Выход персонала подрядчика зарегистрирован.</p>" +
                table([["460322", "3", "12:08", "16:12", "0"]],
                      ["Заявка", "Позиция", "Вход", "Выход", "На объекте"]) +
                "<p style=\"font-size:9pt\">" + ROBOT_FOOTER.replace("\n", "<br>") + "</p>",
                cte="base64"),
    D("460322", ["3"], LEFT, "robot: exited"))

# ===== 460356 ============================================================
add(plain("olga", "11-11 13:00", "Заявка 460356", """Заявка 460356 принята. Работы по столовой и котельной выполним на этой неделе.""",
          charset="koi8-r", cte="base64", mailer=TBIRD),
    D("460356", [], ACC, "accepted"))

add(plain("olga", "11-12 10:30", "460356 — поз. 01", """460356 — по поз. 01 (видеонаблюдение столовой) выехали в 10:20.""",
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460356", ["01"], WAY, "выехали; position 01"))

cal = MIMEMultipart("alternative")
cal.attach(leaf("Лаврентьева Ольга Игоревна приняла приглашение.\n\nСовещание по заявке 460356: котельная, допуск\n"
                "Когда: 13.11.2026 10:00–10:30 (UTC+03:00) Москва\nГде: Teams\n", "plain", "utf-8", "quoted-printable"))
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Лаврентьева Ольга Игоревна:mailto:olga.lavrentyeva@chernoburka-ss.ru
SUMMARY:Принято: Совещание по заявке 460356: котельная\\, допуск
DTSTART;TZID=Russian Standard Time:20261113T100000
DTEND;TZID=Russian Standard Time:20261113T103000
UID:040000008200E00074C5B7101A82E00800000000460356
SEQUENCE:0
DTSTAMP:20261112T063000Z
END:VEVENT
END:VCALENDAR
"""
cal.attach(leaf(ics, "calendar", "utf-8", "base64", {"method": "REPLY"}))
finish(cal, "olga", "11-12 11:30", "Принято: Совещание по заявке 460356: котельная, допуск", "utf-8",
       mailer=OUTLOOK)
add(reorder(cal), I("calendar meeting response generated by the mail client"))

add(html_only("robot", "11-12 15:00", "[СКУД] Отчёт: 460356 поз. 01",
              "<p>Отчёт о проходах. Объект: столовая.</p>" +
              table([["460356", "01", "Ильин Д.С.", "11:10", "14:40"],
                     ["460356", "01", "Мамедов Р.Т.", "11:10", "14:41"]],
                    ["Заявка", "Поз.", "Сотрудник", "Вход", "Выход"]) +
              "<p>Персонал подрядчика на объекте: 0 чел.</p>"
              "<p style=\"font-size:9pt\">" + ROBOT_FOOTER.replace("\n", "<br>") + "</p>",
              charset="koi8-r", cte="base64"),
    D("460356", ["01"], LEFT, "robot: both exited"))

add(plain("olga", "11-13 11:00", "котельная", """Доброе утро!
По второй позиции заявки 460356 (котельная) бригада прибыла в 10:45, 2 чел., допуск получен.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460356", ["02"], ON, "по второй позиции = 02"))

add(plain("zuev", "11-13 18:00", "460356/02", """готово, извещатели ИП 212-45 в котельной заменены (6 шт), пакинули объект в 17:50""",
          cte="8bit", mailer=MOBILE),
    D("460356", ["02"], LEFT, "готово, покинули (typo) объект; subject 460356/02"))

# ===== 460409 ============================================================
add(plain("olga", "11-13 10:00", "#460409", """Добрый день. Заявку #460409 (гаражный бокс) приняли, бригаду назначим на понедельник.""",
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460409", [], ACC, "accepted"))

add(plain("olga", "11-13 12:30", "460409 — смета по п.3", """Добрый день.

По 460409 — стоимость работ по позиции 3 (модернизация периметра) выходит за рамки
договора № 17/СБ-2025: нужно 240 м извещателя «Гюрза-035» вместо заложенных 120 м.
Прошу согласовать дополнительную смету № 46/11 на сумму 184 600,00 руб. (в т.ч. НДС 20%).
Без согласования к п.3 не приступаем.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("price/contract talk"))

add(plain("olga", "11-16 10:10", "460409 поз.2", """Бригада выехала с базы (ул. Терешковой, 263) на объект по 460409 поз.2 — видеокамеры.""",
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460409", ["2"], WAY, "left the base FOR the site = on the way"))

add(plain("robot", "11-16 11:20", "SKUD: vhod 460409/2", """ПРОХОД ЗАРЕГИСТРИРОВАН
Заявка/поз.: 460409/2
Точка доступа: ворота гаражного бокса
Направление: ВХОД, 11:11, 2 чел.
На объекте сейчас: 2 чел.""", charset="koi8-r", cte="base64"),
    D("460409", ["2"], ON, "robot: entry, 2 on site"))

add(plain("olga", "11-16 14:50", "Re: 460409 поз.2 в пути", """Закончили, уехали с объекта в 14:35. Камеры в боксе работают, архив пишется.

-----Original Message-----
From: Лаврентьева Ольга Игоревна
Sent: Monday, November 16, 2026 10:10 AM
To: dispatch@zakazchik-omis.ru
Subject: 460409 поз.2

Бригада выехала с базы (ул. Терешковой, 263) на объект по 460409 поз.2 — видеокамеры.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460409", ["2"], LEFT, "number only in the Re: subject and quote; уехали с объекта"))

add(plain("olga", "11-17 10:00", "RE: 460409 — смета по п.3", """Спасибо, ваше письмо по 460409 получили, смету откорректируем и пришлём до конца недели.

> Ольга Игоревна, смету по п.3 в таком виде согласовать не можем, просим пересчитать.
> Диспетчерская ОМИС""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("acknowledgement of the dispatcher's message"))

add(plain("olga", "11-17 13:30", "460409 п.1 ворота", """460409 п.1 — 13:05 прибытие бригады на объект, 3 чел., ворота гаражного бокса.""",
          charset="windows-1251", cte="base64", mailer=OUTLOOK),
    D("460409", ["1"], ON, "noun прибытие"))

# ===== 460437 ============================================================
add(plain("olga", "11-16 10:00", "Принято, заявка 460437", """Добрый день.
Принято, заявка 460437 (аптечный склад). Исполнитель — бригада Зуева.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460437", [], ACC, "accepted"))

add(plain("pank", "11-17 11:05", "Автоответ: 460409 — смета по п.3", """Добрый день!
Я в командировке с 16.11 по 27.11.2026, почту читаю нерегулярно. По сметам и договорам —
координатор Лаврентьева О.И.,
+7 (922) 846-02-19, olga.lavrentyeva@chernoburka-ss.ru.
""", cte="base64", sig=False, mailer=OUTLOOK,
          extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}, charset="windows-1251"),
    I("out-of-office auto-reply"))

add(plain("duty", "11-18 10:00", "460437", """Диспетчерская, добрый день. 460437 — бригада Ильина в пути, будут через 30 минут.
Дежурный Кулешов, 8-800-301-46-09""", charset="utf-8", cte="quoted-printable", sig=False, mailer=TBIRD),
    D("460437", [], WAY, "будут через 30 минут = on the way"))

add(plain("olga", "11-18 15:10", "Fwd: аптечный склад — готово", """Коллеги, пересылаю сообщение старшего бригады.

---------- Forwarded message ---------
От: Ильин Денис <ilin.d@chernoburka-ss.ru>
Date: ср, 18 нояб. 2026 г. в 14:52
Subject: аптечный склад — готово
To: Лаврентьева Ольга Игоревна <olga.lavrentyeva@chernoburka-ss.ru>

Ольга, по 460437 всё сделали: ППК «Сигнал-20П» перенастроили, зоны 1-8 проверили
с пультом, объект сдали охране в 14:40, уехали.
""", charset="utf-8", cte="base64", mailer=TBIRD),
    D("460437", [], LEFT, "forwarded crew message: done and left"))

# ===== 460588 (registered 17.11) ===========================================
add(plain("olga", "11-17 12:00", "460588 принята", """Добрый день!
460588 (учебный корпус, 4 позиции) — принята, работы по графику с 19.11 по 24.11.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460588", [], ACC, "accepted; schedule dates are distractors"))

# ===== 460512 ============================================================
add(plain("olga", "11-18 09:00", "Заявку 460512 берём", """Добрый день! Заявку 460512 берём в работу, турникет и видеодомофон — завтра.""",
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460512", [], ACC, "accepted; tomorrow is plan"))

add(plain("olga", "11-19 09:30", "выезды 19.11", """Доброе утро!
Бригады выехали: Зуев — на 460512 (поз.1, турникет), Ильин — на 460588 (поз.2, вход Б).
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("two different requests in one letter"))

add(html_only("robot", "11-19 11:40", "[СКУД] Вход персонала подрядчика: 460512",
              "<p>Бригада прибыла на объект.</p>" +
              table([["460512", "1", "турникет", "10:02", "2"]],
                    ["Заявка", "Поз.", "Оборудование", "Вход", "На объекте"]) +
              "<p style=\"font-size:9pt\">" + ROBOT_FOOTER.replace("\n", "<br>") + "</p>",
              charset="windows-1251", cte="quoted-printable"),
    D("460512", ["1"], ON, "robot: entry"))

add(plain("olga", "11-19 16:00", "460512 П1 журнал", """Журнал КПП, торговый павильон, 19.11.2026:
10:02 — прибыли (2 чел.), П1 турникет
15:30 — бригада покинула объект, турникет PERCo TTR-04.1 в работе.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460512", ["1"], LEFT, "arrived then left"))

add(alternative("olga", "11-20 09:00", "460588 — учебный корпус",
                """Доброе утро!

Учебный корпус, заявка 460588:
поз.1 (вход А) — бригада прибыла 08:40
поз.2 (вход Б) — бригада прибыла 08:40
поз.3, поз.4 — по графику 23.11

""" + SIG_OLGA,
                "<p>Доброе утро!</p><p>Учебный корпус, заявка <b>460588</b>:</p>" +
                table([["1", "вход А", "бригада прибыла 08:40"],
                       ["2", "вход Б", "бригада прибыла 08:40"],
                       ["3", "спортзал", "по графику 23.11"],
                       ["4", "актовый зал", "по графику 23.11"]],
                      ["Поз.", "Участок", "Отметка"]) +
                "<p>" + SIG_OLGA.replace("\n", "<br>") + "</p>",
                charset="windows-1251", mailer=OUTLOOK),
    D("460588", ["1", "2"], ON, "table: pos 1,2 arrived, 3,4 only planned"))

add(plain("zuev", "11-20 11:00", "460521 п2", """По 460521 поз.2 бригада на месте, видеодомофон, начали.""",
          cte="8bit", mailer=MOBILE),
    R("460521 is not in the registry (typo)"))

add(plain("olga", "11-20 11:20", "RE: 460521 п2 — исправление", """Извините, опечатка у бригадира: правильно 460512, поз.2 (видеодомофон) — бригада на месте с 10:50.""",
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460512", ["2"], ON, "correction of the typo: right number given"))

add(html_only("robot", "11-20 19:00", "[СКУД] Суточная сводка по объектам заказчика ОМИС за 20.11.2026",
              "<p>Суточная сводка проходов персонала ООО «ЧСС».</p>" +
              table([["460512", "2", "10:48", "17:15", "0"],
                     ["460588", "1", "08:40", "18:02", "0"],
                     ["460588", "2", "08:40", "18:05", "0"]],
                    ["Заявка", "Поз.", "Первый вход", "Последний выход", "На объекте"]) +
              "<p style=\"font-size:9pt\">" + ROBOT_FOOTER.replace("\n", "<br>") + "</p>"),
    R("daily digest covering two different requests"))

add(plain("olga", "11-23 09:30", "460588 поз. 3 и 4", """Добрый день!
460588 поз. 3 и 4 (спортзал, актовый зал) — бригада в пути, выехали в 09:15.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460588", ["3", "4"], WAY, "в пути"))

news = MIMEMultipart("alternative")
news.attach(leaf("""Новости ООО «ЧСС», ноябрь 2026

— Скидка 15% на годовое обслуживание видеодомофонов до 31.12.2026.
— Новый номер дежурной части: 8-800-301-46-09.
— Мы получили лицензию МЧС № 56-Б/00412 на расширенный перечень работ.

Отписаться: https://chernoburka-ss.ru/unsubscribe?id=460588-omis
""", "plain", "utf-8", "quoted-printable"))
news.attach(leaf("<html><body><h2>Новости ООО «ЧСС»</h2><ul><li>Скидка 15% на обслуживание видеодомофонов</li>"
                 "<li>Дежурная часть: 8-800-301-46-09</li></ul><p><a href=\"https://chernoburka-ss.ru/unsubscribe?id=460588-omis\">"
                 "Отписаться от рассылки</a></p></body></html>", "html", "utf-8", "quoted-printable"))
finish(news, "news", "11-23 12:00", "Новости ЧСС: скидки на обслуживание домофонов", "utf-8",
       extra={"Precedence": "bulk", "List-Id": "ChSS news <news.chernoburka-ss.ru>",
              "List-Unsubscribe": "<https://chernoburka-ss.ru/unsubscribe?id=460588-omis>"})
add(reorder(news), I("marketing mailing list"))

add(plain("olga", "11-24 17:00", "RE: 460588 поз. 3 и 4", """Добрый вечер!

По 460588 работы по всем позициям завершены, бригады убыли с объекта в 16:40.
Акты КС-2 № 460588-1 … 460588-4 направим почтой.
""" + outlook_quote(OLGA, "11-23 09:30", DISP, "460588 поз. 3 и 4",
                    "460588 поз. 3 и 4 (спортзал, актовый зал) — бригада в пути, выехали в 09:15."),
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    D("460588", [], LEFT, "all positions finished; old subject names 3 and 4 but body says all"))

# ---------------------------------------------------------------- extra letters (more variety)
add(plain("olga", "11-04 09:20", "460114 — жалоба на охрану ТЦ", """Доброе утро.

Вчера охрана ТЦ «Меридиан» (460114) 35 минут не пускала нашу бригаду, ссылаясь на
отсутствие списка в журнале. Прошу довести до администрации ТЦ, что списки на пропуск
подаём заранее (исх. № 114/11 от 02.11.2026). Иначе сроки по договору сорвём не по нашей вине.
""", charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("complaint, no status"))

add(plain("zuev", "11-04 12:30", "460114 п.2 парковка", """Выдвигаемся на парковку меридиана (п.2), подъедем к 13:00""",
          cte="base64", mailer=MOBILE),
    D("460114", ["2"], WAY, "выдвигаемся, подъедем к 13:00 = travelling now"))

add(plain("duty", "11-11 09:50", "Логистический центр: ворота", """Доброе утро. Бригада собирается, по 460322 ворота (1 и 2) — отъезд с базы в 10:00.
Дежурный Кулешов""", charset="koi8-r", cte="base64", sig=False, mailer=TBIRD),
    R("only about to leave at 10:00 — plan, not yet travelling"))

add(plain("olga", "11-17 17:45", "460409 ворота", """460409 — ворота (п.1): привод CAME BX-708 заменён, бригада освободилась в 17:30 и убыла.""",
          charset="koi8-r", cte="quoted-printable", mailer=TBIRD),
    D("460409", ["1"], LEFT, "бригада освободилась и убыла; model numbers distractors"))

add(html_only("olga", "11-05 10:50", "460203 п.1 — в пути",
              "<div>Добрый день!</div><div>По наряду 460203, п.1 (турникеты) — бригада в дороге, "
              "будут ~11:20.</div><div><br></div><div>" + SIG_OLGA.replace("\n", "<br>") + "</div>",
              charset="windows-1251", cte="base64", mailer=OUTLOOK),
    D("460203", ["1"], WAY, "coordinator duplicates the brigade's message: в дороге"))

add(plain("olga", "11-24 10:00", "460588 п.3 спортзал", """460588 п.3 — спортзал сдан, бригада переходит в актовый зал (п.4) в том же корпусе.""",
          charset="windows-1251", cte="quoted-printable", mailer=OUTLOOK),
    R("п.3 finished, п.4 moves/on site — different statuses for different positions"))

# ---------------------------------------------------------------- write out
def main():
    if os.path.isdir(LETTERS):
        shutil.rmtree(LETTERS)
    os.makedirs(LETTERS)
    # sort by date so numbering follows time
    items = sorted(L, key=lambda x: parsedate_to_datetime(x[0]["Date"]))
    labels = {}
    for i, (msg, lab) in enumerate(items, 1):
        fn = "%03d.eml" % i
        with open(os.path.join(LETTERS, fn), "wb") as f:
            f.write(msg.as_bytes())
        labels[fn] = lab
    reg = {"contractor": {"name": "ООО «Чернобурка Секьюрити Сервис»",
                          "emails": sorted(a for k, (n, a) in PEOPLE.items()),
                          "domains": [DOMAIN]},
           "requests": [{"number": n, "positions": p, "registered_at": r, "comment": c}
                        for n, p, r, c in REQUESTS]}
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print(len(labels), "letters")


if __name__ == "__main__":
    main()
