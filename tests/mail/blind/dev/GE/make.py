# -*- coding: utf-8 -*-
"""Generator of test letters: persona = Russian branch of a Turkish construction/facility company.
Run: python3 make.py  (writes registry.json, labels.json, letters/NNN.eml next to this script)."""
import json, os, hashlib
from datetime import datetime, timezone, timedelta
from email import charset as ecs
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))

MSK = timezone(timedelta(hours=3))
DISPATCH = "dispatch@zakazchik-omis.ru"
DOM = "anadolu-insaat.ru"
MEHMET = ("Mehmet Yılmaz", "m.yilmaz@anadolu-insaat.ru")
MEHMET_G = ("Mehmet Yilmaz", "mehmet.yilmaz.tr@gmail.com")
OLGA = ("Ольга Карпова", "o.karpova@anadolu-insaat.ru")
NEWS = ("Anadolu İnşaat Rus", "news@anadolu-insaat.ru")
DAEMON = ("Mail Delivery System", "mailer-daemon@anadolu-insaat.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «Анадолу Иншаат Рус»",
        "emails": [MEHMET[1], MEHMET_G[1], OLGA[1], NEWS[1], DAEMON[1]],
        "domains": [DOM],
    },
    "requests": [
        {"number": "452017", "positions": ["1", "2"], "registered_at": "2026-11-02T09:00:00+03:00",
         "comment": "ТЦ «Галерея», Ленинградское ш., 16: замена вентиляторов приточных установок П1 и П2 на кровле"},
        {"number": "452031", "positions": ["1"], "registered_at": "2026-11-04T14:00:00+03:00",
         "comment": "Котельная, ул. Промышленная, 4: ремонт циркуляционного насоса"},
        {"number": "452046", "positions": ["1", "2", "3"], "registered_at": "2026-11-06T09:30:00+03:00",
         "comment": "БЦ «Меридиан»: сплит-системы в офисах 301 (поз.1), 305 (поз.2), 412 (поз.3)"},
        {"number": "452058", "positions": ["1", "2"], "registered_at": "2026-11-09T08:00:00+03:00",
         "comment": "Склад, Каширское ш.: секционные ворота рампа 3 (поз.1) и рампа 5 (поз.2)"},
        {"number": "452063", "positions": ["1"], "registered_at": "2026-11-12T11:00:00+03:00",
         "comment": "Протечка кровли над торговым залом, ул. Вавилова, 66"},
        {"number": "452079", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-13T10:00:00+03:00",
         "comment": "Подземный паркинг: замена светильников, секторы A, B, C, D (поз. 1–4)"},
        {"number": "452088", "positions": ["1"], "registered_at": "2026-11-14T09:00:00+03:00",
         "comment": "Замена разбитого стеклопакета, вход №2"},
        {"number": "452104", "positions": ["1", "2"], "registered_at": "2026-11-19T08:30:00+03:00",
         "comment": "Сантехника: санузлы 2-го этажа (поз.1) и 3-го этажа (поз.2)"},
        {"number": "452117", "positions": ["1", "2", "3"], "registered_at": "2026-11-21T10:00:00+03:00",
         "comment": "Замена плитки: крыльцо (1), пандус (2), тамбур (3)"},
        {"number": "452125", "positions": ["1"], "registered_at": "2026-11-22T12:00:00+03:00",
         "comment": "Замена металлической двери запасного выхода"},
        {"number": "452139", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "Фасад: ремонт облицовки, оси 1–3 (поз.1) и оси 7–9 (поз.2)"},
        {"number": "452150", "positions": ["1"], "registered_at": "2026-11-25T06:00:00+03:00",
         "comment": "Очистка кровли от снега, склад №2"},
        {"number": "452162", "positions": ["1", "2"], "registered_at": "2026-11-26T10:00:00+03:00",
         "comment": "Ямочный ремонт асфальта: въезд 1 (поз.1), въезд 2 (поз.2)"},
    ],
}

SIG_M = "\n--\nMehmet Yılmaz\nSite Manager / прораб\nAnadolu İnşaat Rus\n+7 916 204-33-87\n"
SIG_M_IPH = "\n\nSent from my iPhone\n"
SIG_M_ASCII = "\n--\nMehmet Yilmaz\nSite Manager\n+7 916 204-33-87\n"
SIG_O = ("\n\nС уважением,\nОльга Карпова\nкоординатор проектов\nООО «Анадолу Иншаат Рус»\n"
         "ИНН 7714098236 / КПП 771401001\nтел. +7 (495) 988-41-27, доб. 112\n")

LETTERS = []
LABELS = {}


def cs(name, enc):
    c = ecs.Charset(name)
    c.body_encoding = {"b64": ecs.BASE64, "qp": ecs.QP, "8bit": None}[enc]
    c.header_encoding = ecs.BASE64
    return c


FALLBACK = {"№": "N", "«": '"', "»": '"', "—": "-", "–": "-", "ı": "i", "İ": "I", "ş": "s", "ö": "o", "Ö": "O", "ü": "u", "ç": "c", "ğ": "g"}


def fit(text, charset):
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACK[ch])
    return "".join(out)


def text_part(body, sub="plain", charset="utf-8", enc="b64"):
    body = fit(body, charset)
    return MIMEText(body, sub, cs(charset, enc))


def add(dt, frm, subj, label, body=None, html=None, charset="utf-8", enc="b64", to=DISPATCH, cc=None,
        headers=None, msg=None, subj_charset=None, reply=None, tz=MSK, mailer=None):
    """dt: 'YYYY-MM-DD HH:MM' Moscow time"""
    d = datetime.strptime(dt, "%Y-%m-%d %H:%M").replace(tzinfo=MSK).astimezone(tz)
    if isinstance(msg, str):
        msg = special(msg, d)
    if msg is None:
        if body is not None and html is not None:
            msg = MIMEMultipart("alternative")
            msg.attach(text_part(body, "plain", charset, enc))
            msg.attach(text_part(html, "html", charset, enc))
        elif html is not None:
            msg = text_part(html, "html", charset, enc)
        else:
            msg = text_part(body, "plain", charset, enc)
    name, addr = frm
    sc = subj_charset or charset
    msg["From"] = formataddr((Header(name, sc if _fits(name, sc) else "utf-8").encode(), addr))
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subj, sc if _fits(subj, sc) else "utf-8") if not subj.isascii() else subj
    msg["Date"] = format_datetime(d)
    h = hashlib.md5((dt + subj + addr + str(len(LETTERS))).encode()).hexdigest()[:16].upper()
    mid_dom = "mail.gmail.com" if "gmail" in addr else DOM
    msg["Message-ID"] = f"<{h}.{d:%Y%m%d%H%M}@{mid_dom}>"
    if reply:
        msg["In-Reply-To"] = reply
        msg["References"] = reply
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (headers or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    LETTERS.append((d, msg, label))


def _fits(s, c):
    try:
        s.encode(c)
        return True
    except Exception:
        return False


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


# ---------------------------------------------------------------- special messages
def special(kind, d):
    if kind == "CAL":
        m = MIMEMultipart("alternative")
        m.attach(text_part("Ольга Карпова приняла это приглашение.\n", "plain", "utf-8", "qp"))
        ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\n"
               "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Карпова:mailto:o.karpova@anadolu-insaat.ru\r\n"
               "SUMMARY:Принято: Совещание по заявке 452139\r\nDTSTART:20261124T110000Z\r\nDTEND:20261124T113000Z\r\n"
               "UID:040000008200E00074C5B7101A82E0080000000012345\r\nDTSTAMP:20261124T063000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        p = MIMEText(ics, "calendar", "utf-8")
        p.set_param("method", "REPLY")
        m.attach(p)
        return m
    if kind == "BOUNCE":
        m = MIMEMultipart("report", report_type="delivery-status")
        m.attach(text_part(
            "This is the mail system at host mx.anadolu-insaat.ru.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n<a.demir@anadolu-insaat.ru>: host mx.anadolu-insaat.ru[10.0.0.5] said:\n"
            "    550 5.1.1 <a.demir@anadolu-insaat.ru>: Recipient address rejected: User unknown\n", "plain", "us-ascii", "8bit"))
        ds = MIMEBase("message", "delivery-status")
        from email import message_from_string
        ds.set_payload([message_from_string("Reporting-MTA: dns; mx.anadolu-insaat.ru\n\n"),
                        message_from_string("Final-Recipient: rfc822; a.demir@anadolu-insaat.ru\n"
                                            "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
        m.attach(ds)
        orig = MIMEBase("text", "rfc822-headers")
        orig.set_payload("From: dispatch@zakazchik-omis.ru\nTo: a.demir@anadolu-insaat.ru\nSubject: =?utf-8?b?"
                         "0JfQsNGP0LLQutCwIDQ1MjE1MCDigJQg0L/QvtC00YLQstC10YDQtNC40YLQtSDQstGL0LXQt9C0?=\n"
                         "Date: Wed, 25 Nov 2026 12:29:40 +0300\n")
        m.attach(orig)
        m["Auto-Submitted"] = "auto-replied"
        return m
    if kind == "MDN":
        m = MIMEMultipart("report", report_type="disposition-notification")
        m.attach(text_part("Ваше сообщение\n\n  Кому: Ольга Карпова\n  Тема: Заявка 452058\n  Отправлено: 11.11.2026 14:58\n\n"
                           "было прочитано 11.11.2026 15:05.\n", "plain", "windows-1251", "qp"))
        dn = MIMEBase("message", "disposition-notification")
        dn.set_payload("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.karpova@anadolu-insaat.ru\n"
                       "Disposition: manual-action/MDN-sent-manually; displayed\n")
        m.attach(dn)
        return m
    if kind == "NEWS":
        html = ("<html><body><h2>Anadolu İnşaat Rus — новости ноября</h2><p>Завершили реконструкцию ТРК в Казани, "
                "открыли склад запчастей в Подольске. Зимний сервис: очистка кровель от снега — звоните 8 800 555-41-27.</p>"
                "<p><a href='https://anadolu-insaat.ru/unsubscribe?id=452'>Отписаться от рассылки</a></p></body></html>")
        m = MIMEMultipart("alternative")
        m.attach(text_part("Anadolu İnşaat Rus — новости ноября.\nЗавершили реконструкцию ТРК в Казани. Зимний сервис: "
                           "очистка кровель от снега — 8 800 555-41-27.\nОтписаться: https://anadolu-insaat.ru/unsubscribe?id=452\n",
                           "plain", "utf-8", "qp"))
        m.attach(text_part(html, "html", "utf-8", "qp"))
        m["List-Unsubscribe"] = "<https://anadolu-insaat.ru/unsubscribe?id=452>, <mailto:unsubscribe@anadolu-insaat.ru>"
        m["List-Id"] = "Anadolu news <news.anadolu-insaat.ru>"
        m["Precedence"] = "bulk"
        return m



OUTLOOK = "Microsoft Outlook 16.0"
IPHONE = "iPhone Mail (21B101)"
TBIRD = "Mozilla Thunderbird 115.4"

# ---------------------------------------------------------------- 452017
add("2026-11-02 10:15", OLGA, "Заявка № 452017 принята в работу",
    D("452017", [], "заявка принята", "coordinator confirms acceptance, no positions named"),
    body="Добрый день!\n\nСообщаем, что заявка № 452017 (ТЦ «Галерея», Ленинградское ш., д. 16) принята в работу. "
         "Время выезда бригады согласуем дополнительно, ответственный прораб — Мехмет Йылмаз, тел. +7 916 204-33-87." + SIG_O,
    charset="windows-1251", enc="qp", mailer=OUTLOOK)
add("2026-11-03 08:40", MEHMET, "452017",
    D("452017", [], "подрядчик в пути", "'team going to site now', 40 min"),
    body="Hello,\nteam going to site now, big traffic on Leningradka, 40 min.\nMehmet" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-03 09:35", MEHMET, "Re: 452017",
    D("452017", ["1"], "подрядчик на месте", "we are on site, working on П1; quote below is old 'going'"),
    body="We are on site. работаем по П1, П2 after.\n\n> On 3 Nov 2026, at 08:40, Mehmet Yılmaz <m.yilmaz@anadolu-insaat.ru> wrote:\n>\n> team going to site now, big traffic on Leningradka, 40 min.\n" + SIG_M_IPH,
    mailer=IPHONE)
add("2026-11-03 16:10", MEHMET, "452017 П1 done",
    D("452017", ["1"], "подрядчик убыл", "П1 done and crew left; П2 only planned for tomorrow"),
    body="П1 work done, вентилятор поменяли (Systemair K 315 XL), всё крутится.\n"
         "П2 tomorrow приедем, need ремень 1600 мм, today no have.\nмы уехали 4pm." + SIG_M)
add("2026-11-04 12:20", OLGA, "FW: 452017 П2",
    D("452017", ["2"], "подрядчик убыл", "forward of manager's report: П2 finished, team left 11:45"),
    body="Коллеги, добрый день!\nПересылаю сообщение прораба по второй позиции — работы завершены, бригада с объекта уехала." + SIG_O +
         "\n-----Original Message-----\nFrom: Mehmet Yılmaz <m.yilmaz@anadolu-insaat.ru>\nSent: Wednesday, November 4, 2026 11:52 AM\n"
         "To: Olga Karpova <o.karpova@anadolu-insaat.ru>\nSubject: 452017 П2\n\n"
         "Olga hi, П2 finished 11:45am, belt changed, fan ok. Team left site. Pls send to customer.\nMehmet\n",
    mailer=OUTLOOK)

# ---------------------------------------------------------------- 452031
add("2026-11-04 15:30", OLGA, "Обращение 452031 — принято",
    D("452031", [], "заявка принята", "HTML-only acceptance"),
    html="<html><body><p>Добрый день!</p><p>Ваше обращение <b>№452031</b> (котельная, ул. Промышленная, 4) "
         "<b>принято</b>. Бригада будет направлена завтра утром.</p>"
         "<p>С уважением,<br>Ольга Карпова<br>ООО «Анадолу Иншаат Рус»<br>тел. +7 (495) 988-41-27</p></body></html>",
    mailer=OUTLOOK)
add("2026-11-05 07:55", MEHMET_G, "boiler room Promyshlennaya 4 (452031)",
    D("452031", [], "подрядчик в пути", "English: left office 7:50am, ETA 8:30; number in brackets after address"),
    body="Good morning,\n\nour team left office at 7:50am, going to boiler room, ETA 8:30am. "
         "Pump Grundfos TP 50-240/2 we have in car.\n\nBest regards\nMehmet\n")
add("2026-11-05 08:44", MEHMET_G, "Re: boiler room Promyshlennaya 4 (452031)",
    D("452031", [], "подрядчик на месте", "arrived 8:40, started"),
    body="Arrived 8:40. Started. Gas service man also here, ok.\n\n"
         "On Thu, Nov 5, 2026 at 7:55 AM Mehmet Yilmaz <mehmet.yilmaz.tr@gmail.com> wrote:\n"
         "> Good morning,\n>\n> our team left office at 7:50am, going to boiler room, ETA 8:30am.\n")
add("2026-11-05 18:00", OLGA, "Заявка 452031 — работы завершены",
    D("452031", [], "подрядчик убыл", "work finished 17:20, crew left; act number is not a request"),
    body="Добрый вечер!\n\nИнформируем: по заявке 452031 работы завершены в 17:20, насос заменён, давление в контуре 2,4 бар. "
         "Бригада покинула объект.\nАкт выполненных работ № 114/11 направим завтра." + SIG_O,
    charset="koi8-r", enc="b64", mailer=TBIRD)

# ---------------------------------------------------------------- 452046
add("2026-11-06 10:02", MEHMET, "452046 ok",
    D("452046", [], "заявка принята", "'ok we take it. принято'"),
    body="ok we take it. принято.\nMehmet" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-06 10:30", OLGA, "RE: Заявка 452046 — пропуска",
    R("question about passes, reports no status"),
    body="Дмитрий, добрый день!\n\nПодскажите, пожалуйста, кто в БЦ «Меридиан» оформляет пропуска для бригады и на какой номер "
         "звонить охране? Нужно внести 3 человек и автомобиль Ford Transit А457КМ750.\n" + SIG_O +
         "\nОт: Диспетчерская служба <dispatch@zakazchik-omis.ru>\nОтправлено: 6 ноября 2026 г. 9:41\n"
         "Кому: o.karpova@anadolu-insaat.ru\nТема: Заявка 452046\n\nНаправляем заявку 452046, 3 позиции, кондиционеры.\n",
    charset="windows-1251", enc="qp", mailer=OUTLOOK)
add("2026-11-07 09:10", MEHMET, "452046-1",
    D("452046", ["1"], "подрядчик на месте", "position after dash in subject; on site, office 301"),
    body="На месте, кондиционер офис 301 смотрим. Probably drainage.\n" + SIG_M)
add("2026-11-07 13:45", MEHMET, "452046 (2)",
    D("452046", ["2"], "подрядчик убыл", "position in brackets; compressor replaced, works, done"),
    body="position 2 — компрессор заменили, работает, freon 1.2 kg R410A. Done.\n" + SIG_M)
add("2026-11-07 17:30", OLGA, "по заявке 452046",
    D("452046", ["1", "3"], "подрядчик убыл", "positions 1 and 3 finished, left 5:15pm (translated from manager)"),
    body="Добрый вечер.\n\nПо заявке 452046 позиции 1 и 3 закончены: в 301 прочищен дренаж, в 412 заменена плата управления. "
         "Бригада уехала в 5:15pm (как написал Мехмет), т.е. в 17:15." + SIG_O,
    charset="windows-1251", enc="b64", mailer=OUTLOOK)

# ---------------------------------------------------------------- 452058
add("2026-11-09 09:12", OLGA, "Re: Заявка 452058",
    D("452058", [], "заявка принята", "top-posted acceptance over quoted customer request"),
    body="Добрый день, заявку приняли, прораб свяжется с охраной склада.\n\nОльга\n\n"
         "09.11.2026 8:05, Диспетчерская служба пишет:\n> Прошу принять в работу заявку 452058.\n"
         "> Склад, Каширское ш., 61к3, ворота рампа 3 и рампа 5 не закрываются.\n> Контакт охраны: 8 (499) 321-55-10\n",
    mailer=TBIRD)
add("2026-11-10 16:20", MEHMET, "Re: Заявка 452058",
    R("plan only: tomorrow 9am, no team today"),
    body="tomorrow приедем 9am, today no team free, all on Meridian. sorry.\n\n> Добрый день, заявку приняли, прораб свяжется с охраной склада.\n" + SIG_M_IPH,
    mailer=IPHONE)
add("2026-11-11 08:50", MEHMET, "452058",
    D("452058", [], "подрядчик в пути", "'we are coming, 20 min'; car plate is not a number"),
    body="We are coming, 20 min. Car Ford Transit А 457 КМ 750, please tell security.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-11 12:40", MEHMET, "452058 П1 П2",
    D("452058", ["1"], "подрядчик убыл", "П1 fixed, team left; П2 waiting for part (plan only)"),
    body="Рампа 3 (П1) — пружина replaced, ворота ok.\nРампа 5 (П2) motor broken, need order part, Hörmann SupraMatic E, "
         "we come back next week.\nWe left site 12:30." + SIG_M)
add("2026-11-11 13:10", OLGA, "Ответ: 452058 поз.2 — стоимость привода",
    R("price talk about position 2, no status"),
    body="Добрый день!\n\nПо позиции 2 заявки 452058 требуется замена привода Hörmann SupraMatic E. "
         "Стоимость привода — 48 500 руб. без НДС, монтаж — 6 200 руб. Просим согласовать, после согласования "
         "закажем, срок поставки 5–7 рабочих дней.\nСчёт № 2611-07 во вложении пришлём отдельно." + SIG_O,
    mailer=OUTLOOK)

# ---------------------------------------------------------------- 452063
add("2026-11-12 11:20", MEHMET_G, "URGENT 452063",
    D("452063", [], "подрядчик в пути", "accepted and team leaving now (travelling)"),
    body="Roof leak — accepted. Team leaving now from office to Vavilova, 1 hour.\nMehmet\n")
add("2026-11-12 12:35", MEHMET_G, "Re: URGENT 452063",
    D("452063", [], "подрядчик на месте", "reply written under quote: arrived"),
    body="On Thu, Nov 12, 2026 at 11:20 AM Mehmet Yilmaz <mehmet.yilmaz.tr@gmail.com> wrote:\n"
         "> Roof leak — accepted. Team leaving now from office to Vavilova, 1 hour.\n\n"
         "arrived. rain very strong, we wait little, then go on roof.\n")
add("2026-11-12 17:05", MEHMET_G, "Re: URGENT 452063",
    D("452063", [], "подрядчик убыл", "temporary fix done, 'мы уехали'"),
    body="temporary fix done, мембрана 4 m2, no water now in shop. мы уехали.\n"
         "Permanent repair need dry weather, I write later.\n\n"
         "> arrived. rain very strong, we wait little, then go on roof.\n")

# ---------------------------------------------------------------- 452079
tbl_acc = ("<html><body><p>Добрый день!</p><p>Заявка <b>452079</b> принята в работу. Статус по позициям:</p>"
           "<table border=1 cellpadding=4 cellspacing=0><tr><th>Поз.</th><th>Сектор</th><th>Статус</th><th>Плановая дата</th></tr>"
           "<tr><td>1</td><td>A</td><td>принята</td><td>16/11/2026</td></tr>"
           "<tr><td>2</td><td>B</td><td>принята</td><td>16/11/2026</td></tr>"
           "<tr><td>3</td><td>C</td><td>принята</td><td>18/11/2026</td></tr>"
           "<tr><td>4</td><td>D</td><td>принята</td><td>18/11/2026</td></tr></table>"
           "<p>С уважением,<br>Ольга Карпова<br>координатор проектов</p></body></html>")
add("2026-11-13 10:40", OLGA, "Заявка 452079 — принята", 
    D("452079", ["1", "2", "3", "4"], "заявка принята", "HTML table, all four positions accepted"),
    body="Добрый день!\nЗаявка 452079 принята в работу, позиции 1–4. Плановые даты: 1,2 — 16/11/2026; 3,4 — 18/11/2026.\nОльга Карпова",
    html=tbl_acc, mailer=OUTLOOK)
add("2026-11-16 08:30", OLGA, "Выезд: заявка 452079, позиции 1, 2",
    D("452079", ["1", "2"], "подрядчик в пути", "crew left for the site (выехала НА объект)"),
    body="Доброе утро!\nБригада выехала на объект по заявке 452079 (позиции 1 и 2, секторы A и B). Ориентировочно будут в 9:15." + SIG_O,
    charset="koi8-r", enc="qp", mailer=TBIRD)
add("2026-11-16 09:20", MEHMET, "452079 п.1 п.2",
    D("452079", ["1", "2"], "подрядчик на месте", "team on site, sector A and B"),
    body="Team on site, sector A and B. Parking cars many, we start from A.\n" + SIG_M_IPH, mailer=IPHONE)
tbl_done = ("<html><body><p>Коллеги, добрый вечер.</p><p>Итог дня по заявке № 452079:</p>"
            "<table border=1 cellpadding=4 cellspacing=0><tr><th>Позиция</th><th>Сектор</th><th>Результат</th><th>Время</th></tr>"
            "<tr><td>1</td><td>A</td><td>Выполнено, 24 светильника заменены</td><td>15:30</td></tr>"
            "<tr><td>2</td><td>B</td><td>Выполнено, бригада убыла</td><td>17:10</td></tr>"
            "<tr><td>3</td><td>C</td><td>по плану 18.11</td><td>—</td></tr>"
            "<tr><td>4</td><td>D</td><td>по плану 18.11</td><td>—</td></tr></table>"
            "<p>Ольга Карпова<br>ООО «Анадолу Иншаат Рус»<br>+7 (495) 988-41-27</p></body></html>")
add("2026-11-16 18:00", OLGA, "Итог дня 16.11 — 452079",
    D("452079", ["1", "2"], "подрядчик убыл", "HTML table: 1 and 2 done, 3 and 4 only planned"),
    html=tbl_done, charset="windows-1251", enc="b64", mailer=OUTLOOK)
add("2026-11-18 08:55", MEHMET, "452079 - 3,4",
    D("452079", ["3", "4"], "подрядчик на месте", "positions 3,4 after dash; 'we on site'"),
    body="3 and 4 start today, we on site from 8:40am.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-18 16:00", MEHMET, "Re: 452079 - 3,4",
    R("different statuses: поз 3 finished, поз 4 crew still working"),
    body="Поз 3 finished, all lamps ok. Поз 4 still working, 1 hour more, cable problem.\n\n"
         "> 3 and 4 start today, we on site from 8:40am.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-18 17:40", OLGA, "Fwd: 452079",
    D("452079", ["4"], "подрядчик убыл", "Gmail-style forward of manager: п.4 ready, left 5:20pm"),
    body="Пересылаю по четвёртой позиции.\n\n---------- Forwarded message ---------\n"
         "From: Mehmet Yılmaz <m.yilmaz@anadolu-insaat.ru>\nDate: Wed, 18 Nov 2026 at 17:24\nSubject: 452079\n"
         "To: Olga Karpova <o.karpova@anadolu-insaat.ru>\n\n"
         "п.4 ready, cable changed 25 m, we left 5:20pm. Parking all light now.\n")

# ---------------------------------------------------------------- 452088
add("2026-11-14 11:05", MEHMET, "Re: 452088",
    R("question about access and measuring, no status"),
    body="Glass size 1450x2100 — need measure first. When can we get access? Security say no pass for us. Who call?\n"
         "\n> Заявка 452088: замена разбитого стеклопакета, вход №2.\n" + SIG_M)
add("2026-11-17 10:12", OLGA, "Заявка 452088 - прибытие бригады",
    D("452088", [], "подрядчик на месте", "arrival noun, 10:05"),
    body="Добрый день!\nПо заявке 452088 бригада прибыла на объект в 10:05, стеклопакет 4М1-16-4М1 доставлен." + SIG_O,
    charset="windows-1251", enc="b64", mailer=OUTLOOK)
add("2026-11-17 14:30", MEHMET, "452088 glass",
    D("452088", [], "подрядчик убыл", "glass installed, team went to next site"),
    body="стеклопакет установили, all clean, мусор вывезли. Team go to next site.\n" + SIG_M)

# ---------------------------------------------------------------- 452104
add("2026-11-19 09:00", OLGA, "Заявка 452104 принята. Ориентировочный выезд 20/11/2026 9:00am",
    D("452104", [], "заявка принята", "accepted; planned departure date is only a plan"),
    body="Добрый день!\n\nЗаявка 452104 принята. Ориентировочный выезд бригады — 20/11/2026 в 9:00am." + SIG_O,
    mailer=OUTLOOK)
add("2026-11-20 08:25", MEHMET, "452104",
    D("452104", [], "подрядчик в пути", "on the way 35 min"),
    body="On the way, 35 min.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-20 09:07", MEHMET, "Re: Заявка 452104 принята. Ориентировочный выезд 20/11/2026 9:00am",
    D("452104", [], "подрядчик на месте", "Re: subject names old status; body says on site"),
    body="Team on site 9:05am.\n\n> Заявка 452104 принята. Ориентировочный выезд бригады — 20/11/2026 в 9:00am.\n" + SIG_M_IPH,
    mailer=IPHONE)
add("2026-11-20 13:00", MEHMET, "452104 поз2",
    D("452104", ["2"], "подрядчик убыл", "поз2 toilet replaced, no leak; П1 planned after lunch"),
    body="Поз2 — унитаз заменили, течь нет, 3 этаж ок. П1 after lunch.\n" + SIG_M)
add("2026-11-20 17:45", OLGA, "Fwd: по 452104",
    D("452104", [], "подрядчик убыл", "Thunderbird forward: all done, team left 5:30pm"),
    body="Добрый вечер, пересылаю отчёт прораба: по заявке 452104 всё выполнено, бригада убыла в 17:30.\n\n"
         "-------- Пересланное сообщение --------\nТема: \t452104\nДата: \tFri, 20 Nov 2026 17:34:10 +0300\n"
         "От: \tMehmet Yılmaz <m.yilmaz@anadolu-insaat.ru>\nКому: \to.karpova@anadolu-insaat.ru\n\n"
         "по 452104 all done, 2 этаж смеситель и сифон поменяли. team left 5:30pm\n" + SIG_O,
    charset="koi8-r", enc="b64", mailer=TBIRD)
add("2026-11-20 18:10", OLGA, "Статус по заявкам 452079 и 452104",
    R("two different requests in one letter"),
    body="Дмитрий, добрый вечер.\n\nСводка: по 452079 все четыре позиции выполнены, бригада убыла 18.11; "
         "по 452104 работы завершены сегодня, бригада убыла в 17:30. Акты подготовим до 25.11." + SIG_O,
    charset="windows-1251", enc="qp", mailer=OUTLOOK)

# ---------------------------------------------------------------- 452117
add("2026-11-21 11:30", MEHMET, "452117",
    D("452117", [], "заявка принята", "English: 'We accept request 452117'; start is only a plan"),
    body="Hello,\n\nWe accept request 452117. Tile (керамогранит 60x60, Kerama Marazzi SG614900R) delivery 5 days, "
         "start 26/11/2026 8am.\n\nRegards,\nMehmet" + SIG_M, cc=OLGA[1])
add("2026-11-21 15:20", OLGA, "RE: 452117 — доп. соглашение",
    R("contract/price talk, no status"),
    body="Добрый день!\n\nДля выполнения заявки 452117 направляем проект дополнительного соглашения № 7 к договору "
         "№ 15/2026-ТО от 12.01.2026. Сумма — 312 400 руб. с НДС. Просим подписать и вернуть скан.\n" + SIG_O,
    mailer=OUTLOOK)
add("2026-11-23 09:00", OLGA, "Автоматический ответ: Заявка 452117",
    I("out-of-office auto-reply"),
    body="Здравствуйте!\n\nЯ нахожусь в командировке до 24.11.2026 и отвечаю с задержкой. "
         "По срочным вопросам — Мехмет Йылмаз, +7 916 204-33-87.\n\nОльга Карпова\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
    mailer=OUTLOOK)
add("2026-11-26 08:05", MEHMET, "452117 start",
    D("452117", ["1", "2"], "подрядчик на месте", "team on site 8am, П1 and П2 demolition"),
    body="Team on site 8am, П1 и П2 demontaj start. П3 later.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-27 10:15", MEHMET, "452117 P3",
    R("negation/plan: P3 not started, waiting for tile"),
    body="P3 not started, tile damaged in delivery (2 box broken), wait new one. maybe monday.\n" + SIG_M)
add("2026-11-28 10:00", OLGA, "452117 п.1, п.2 — завершение",
    D("452117", ["1", "2"], "подрядчик убыл", "Yandex-style forward; completion noun for п.1 and п.2"),
    body="Дмитрий, доброе утро!\nЗавершение работ по позициям 1 и 2 — ниже сообщение прораба.\n\n"
         "-------- Пересылаемое сообщение --------\n27.11.2026, 18:34, \"Mehmet Yılmaz\" <m.yilmaz@anadolu-insaat.ru>:\n\n"
         "Olga, крыльцо и пандус finished 27/11/2026 6:30pm, плитка лежит, бригада уехала. Тамбур after new tile.\n"
         "-------- Конец пересылаемого сообщения --------\n" + SIG_O)

# ---------------------------------------------------------------- 452125
add("2026-11-22 13:10", MEHMET, "door 452125",
    D("452125", [], "заявка принята", "'Accepted'; door ordered, invoice number is not a request"),
    body="Accepted. Door DoorHan ДМ-1 2050x960 ordered, invoice 2211-04. Delivery 24.11.\n" + SIG_M)
add("2026-11-24 10:40", MEHMET, "452125",
    R("negation: еще не выехали, car broken"),
    body="Еще не выехали, машина сломалась (аккумулятор). Maybe after 2pm. sorry.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-24 14:20", MEHMET, "Re: 452125",
    D("452125", [], "подрядчик в пути", "'выехали now 2:20pm' (on the way to site)"),
    body="выехали now, 2:20pm. Door in car.\n\n> Еще не выехали, машина сломалась (аккумулятор). Maybe after 2pm. sorry.\n" + SIG_M_IPH,
    mailer=IPHONE)
add("2026-11-24 17:50", MEHMET, "Re: 452125",
    D("452125", [], "подрядчик убыл", "'выехали С объекта' = left; door installed"),
    body="Дверь установили, замок работает, ключи 3 шт охране отдали. Выехали с объекта 5:45pm.\n\n> выехали now, 2:20pm. Door in car.\n" + SIG_M_IPH,
    mailer=IPHONE)

# ---------------------------------------------------------------- 452139
add("2026-11-23 10:20", OLGA, "Заявка 452139 принята в работу",
    D("452139", [], "заявка принята", "multipart/alternative acceptance"),
    body="Добрый день!\n\nЗаявка 452139 (фасад, оси 1–3 и 7–9) принята в работу. Автовышку заказали на 25.11.\n" + SIG_O,
    html="<html><body><p>Добрый день!</p><p>Заявка <b>452139</b> (фасад, оси 1–3 и 7–9) принята в работу. "
         "Автовышку заказали на 25.11.</p><p>С уважением,<br>Ольга Карпова</p></body></html>",
    charset="windows-1251", enc="qp", mailer=OUTLOOK)
add("2026-11-24 09:30", OLGA, "Принято: Совещание по заявке 452139",
    I("calendar meeting response generated by client"),
    msg="CAL", mailer=OUTLOOK)
add("2026-11-25 09:40", MEHMET, "452139 (1)",
    D("452139", ["1"], "подрядчик на месте", "автовышка on site, start П1 (axis 1-3)"),
    body="Автовышка on site, we start П1 (axis 1-3). Weather ok, -2.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-25 16:50", MEHMET, "452139",
    R("position 3 does not exist in request 452139 (only 1,2)"),
    body="поз. 3 готово, we left. tomorrow other side.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-26 09:15", OLGA, "Re: 452139",
    D("452139", ["1"], "подрядчик убыл", "correction: position 1 finished 25.11 16:40, crew left; quoted with ДС> prefix"),
    body="ДС> Ольга, у заявки 452139 только две позиции, что значит «поз. 3 готово»?\n\n"
         "Уточняем: Мехмет имел в виду ось 3, т.е. позицию 1 (оси 1–3). Работы по позиции 1 завершены 25.11 в 16:40, "
         "бригада убыла. Позицию 2 делаем 27.11." + SIG_O,
    charset="koi8-r", enc="qp", mailer=TBIRD)
add("2026-11-27 09:05", MEHMET, "452139-2",
    D("452139", ["2"], "подрядчик на месте", "Latin look-alike letters: 'бpигада нa oбъекте'"),
    body="452139 поз.2 — бpигада нa oбъекте с 8:50, вышка стоит у оси 8.\n" + SIG_M)
add("2026-11-27 15:25", OLGA, "452139 поз 2 — убытие 15:10",
    D("452139", ["2"], "подрядчик убыл", "departure noun with time in subject and body"),
    body="Добрый день!\nПо заявке 452139, поз. 2: убытие бригады 27.11 в 15:10, облицовка восстановлена (12 панелей)." + SIG_O,
    mailer=OUTLOOK)

# ---------------------------------------------------------------- 452150
add("2026-11-25 06:30", MEHMET_G, "snow 452150",
    D("452150", [], "заявка принята", "'Tamam, accepted'; going in 1 hour is a plan"),
    body="Tamam, accepted. Team in 1 hour go, 4 people, shovels.\nMehmet\n")
add("2026-11-25 07:40", MEHMET_G, "Re: snow 452150",
    D("452150", [], "подрядчик в пути", "caps 'ВЫЕХАЛИ'"),
    body="ВЫЕХАЛИ\n\nOn Wed, Nov 25, 2026 at 6:30 AM Mehmet Yilmaz <mehmet.yilmaz.tr@gmail.com> wrote:\n"
         "> Tamam, accepted. Team in 1 hour go, 4 people, shovels.\n")
add("2026-11-25 12:10", MEHMET_G, "Re: snow 452150",
    D("452150", [], "подрядчик убыл", "snow removed, team left; laptop in UTC", ),
    body="snow removed from roof, approx 3 ton, gutters clean. Team left.\n\n> ВЫЕХАЛИ\n", tz=timezone.utc)
add("2026-11-25 12:30", DAEMON, "Undelivered Mail Returned to Sender",
    I("delivery failure report (bounce)"), msg="BOUNCE")

# ---------------------------------------------------------------- 452162
add("2026-11-26 10:35", OLGA, "Заявка №452162 принята",
    D("452162", [], "заявка принята", "plain acceptance"),
    body="Добрый день!\nЗаявка №452162 принята. Асфальт (горячая смесь) заказан на 27.11, выезд по готовности завода." + SIG_O,
    charset="windows-1251", enc="b64", mailer=OUTLOOK)
add("2026-11-27 08:10", MEHMET, "452162 П1",
    D("452162", ["1"], "подрядчик в пути", "'на объект едем' (travelling now)"),
    body="на объект едем, asphalt truck also go from plant. 9am there.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-27 09:02", MEHMET, "Re: 452162 П1",
    D("452162", ["1"], "подрядчик на месте", "'прибыли на П1'"),
    body="прибыли на П1, въезд 1. asphalt machine coming 11am.\n\n> на объект едем, asphalt truck also go from plant. 9am there.\n" + SIG_M_IPH,
    mailer=IPHONE)
add("2026-11-27 15:40", MEHMET, "452162",
    D("452162", ["1"], "подрядчик убыл", "П1 готово; П2 only planned (tomorrow)"),
    body="П1 готово, 18 m2. П2 tomorrow, temperature -5 now, asphalt not good.\n" + SIG_M)
add("2026-11-28 08:00", MEHMET, "Automatic reply: 452162",
    I("English out-of-office auto-reply"),
    body="Hello,\n\nI am out of office until 30/11/2026 (site inspection, no e-mail). "
         "For urgent matters please contact Olga Karpova, o.karpova@anadolu-insaat.ru, +7 (495) 988-41-27.\n\nMehmet Yılmaz\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
add("2026-11-29 11:00", OLGA, "RE: 452162 поз. 2",
    R("question: customer says P2 not needed, asks for confirmation"),
    body="Дмитрий, добрый день!\n\nМехмет передал, что представитель арендатора на объекте сказал, что позиция 2 (въезд 2) сейчас не нужна. "
         "Подтвердите, пожалуйста, нужно ли выполнять позицию 2 заявки 452162 или отменяем? Дата письма 29/11/2026.\n" + SIG_O,
    mailer=OUTLOOK)

# ---------------------------------------------------------------- misc review / ignored
add("2026-11-10 11:15", MEHMET, "Team on site — Galereya",
    R("no request number"),
    body="Team on site, Galereya mall, roof. Security ok.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-15 14:20", MEHMET, "452071 on site",
    R("452071 is not in the registry (probably a typo)"),
    body="we on site 452071, start work.\n" + SIG_M_IPH, mailer=IPHONE)
add("2026-11-09 15:40", OLGA, "RE: Напоминание по заявке 452046",
    R("thanks/acknowledgement of dispatcher's reminder"),
    body="Спасибо, информацию получили, передали бригадиру.\n\nОльга\n\n"
         "От: Диспетчерская служба [mailto:dispatch@zakazchik-omis.ru]\nОтправлено: Monday, November 9, 2026 3:12 PM\n"
         "Кому: Ольга Карпова\nТема: Напоминание по заявке 452046\n\n"
         "Напоминаем: в офисе 412 доступ только после 18:00.\n",
    charset="windows-1251", enc="qp", mailer=OUTLOOK)
add("2026-11-26 16:30", MEHMET, "452063 act not signed",
    R("complaint about unsigned act, no status"),
    body="Hello,\n452063 roof — act № 118/11 not signed already 2 weeks. Permanent repair we cannot start without it. "
         "Please help, who sign?\n" + SIG_M)
add("2026-11-11 15:05", OLGA, "Прочитано: Заявка 452058", I("read receipt (MDN)"), msg="MDN")
add("2026-11-20 07:00", NEWS, "Anadolu İnşaat Rus — новости ноября 2026",
    I("corporate bulk newsletter"), msg="NEWS")


# ---------------------------------------------------------------- write out
LETTERS.sort(key=lambda t: t[0])
labels = {}
for i, (d, msg, label) in enumerate(LETTERS, 1):
    if isinstance(msg, str):
        raise SystemExit("bad")
    fn = f"{i:03d}.eml"
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(msg.as_bytes())
    labels[fn] = label

with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
from collections import Counter
c = Counter(l["expect"] for l in labels.values())
print(len(labels), dict(c), dict(Counter(l.get("status") for l in labels.values() if l["expect"] == "decided")))
