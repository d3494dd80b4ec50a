#!/usr/bin/env python3
# Generator of test letters for persona "ООО «ИнжСистемы Плюс»" (engineering systems contractor
# with its own ticket tracker).  Uses only the standard email package (compat32 API).
import json, os, uuid, html as H
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import format_datetime, formataddr, make_msgid
from email import charset as C
from email import message_from_string

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
MSK = timezone(timedelta(hours=3))
DOM = "inzhsys-plus.ru"
DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")
TRK = "https://tracker.inzhsys-plus.ru"

P = {  # people
    "petrov": ("Алексей Петров", "a.petrov@" + DOM),
    "kuzn": ("Дмитрий Кузнецов", "d.kuznecov@" + DOM),
    "volkov": ("Сергей Волков", "s.volkov@" + DOM),
    "gribov": ("Грибов В.Н.", "gribov@" + DOM),
    "gromova": ("Ирина Громова", "i.gromova@" + DOM),
}
TRACKER_ADDR = "tracker@" + DOM
DAEMON = "MAILER-DAEMON@mail." + DOM

TB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"
TB_UA_OLD = "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"

SIG = {
    "petrov": "-- \nАлексей Петров\nведущий инженер сервисной службы\nООО «ИнжСистемы Плюс»\nмоб. +7 916 402-17-33",
    "kuzn": "--\nС уважением,\nКузнецов Дмитрий\nинженер ОВиК, ООО «ИнжСистемы Плюс»\n+7 (926) 118-40-12",
    "volkov": "-- \nВолков С.А., мастер участка электро/СС\nИнжСистемы Плюс\n8-903-771-05-40",
    "gribov": "-- \nГрибов Виктор Николаевич\nстарший мастер\nтел. +7 (495) 644-02-56 доб. 118",
    "gromova": "-- \nС уважением,\nИрина Громова\nкоординатор сервисной службы\nООО «ИнжСистемы Плюс»\nИНН 7728440163 / КПП 772801001\n+7 (495) 644-02-50",
}

labels = {}
counter = [0]
registry_mids = {}


def d(day, hh, mm, sec=0):
    return datetime(2026, 11, day, hh, mm, sec, tzinfo=MSK)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


def addr(name, email, cs="utf-8"):
    """Display name encoded as RFC 2047 words that break only at spaces (like MUAs do)."""
    import base64
    if cs in ("us-ascii", "ascii"):
        cs = "utf-8"
    words = name.split(" ")
    chunks, cur = [], ""
    pre = "=?%s?b?" % cs
    for i, w in enumerate(words):
        piece = w + (" " if i < len(words) - 1 else "")
        cand = cur + piece
        if cur and len(pre) + len(base64.b64encode(cand.encode(cs))) + 2 > 75:
            chunks.append(cur)
            cur = piece
        else:
            cur = cand
    chunks.append(cur)
    enc = [pre + base64.b64encode(c.encode(cs)).decode() + "?=" for c in chunks]
    return "\n ".join(enc) + " <" + email + ">"


def text_part(body, cs="utf-8", cte="8bit", subtype="plain", flowed=False):
    c = C.Charset(cs)
    c.body_encoding = {"8bit": None, "qp": C.QP, "b64": C.BASE64}[cte]
    m = MIMEText(body, subtype, c)
    if flowed:
        m.set_param("format", "flowed")
    return m


def finish(msg, date, frm, subject, cs="utf-8", to=DISPATCH, mid_dom=DOM, extra=None, label=None):
    counter[0] += 1
    name = "%03d.eml" % counter[0]
    msg["Message-ID"] = make_msgid(idstring=uuid.uuid4().hex[:10], domain=mid_dom)
    msg["Date"] = format_datetime(date)
    msg["From"] = frm
    msg["To"] = addr(to[0], to[1], cs)
    msg["Subject"] = hdr(subject, cs)
    for k, v in (extra or {}).items():
        msg[k] = v
    # reorder: put common headers first for readability
    items = msg._headers[:]
    first = [h for h in items if h[0] in ("Message-ID", "Date", "From", "To", "Subject")]
    rest = [h for h in items if h not in first]
    msg._headers = first + rest
    with open(os.path.join(LET, name), "wb") as f:
        f.write(msg.as_bytes())
    labels[name] = label
    return msg["Message-ID"]


def L(status=None, request=None, positions=None, note="", expect="decided"):
    if expect == "decided":
        return {"expect": "decided", "request": request, "positions": positions or [],
                "status": status, "note": note}
    return {"expect": expect, "note": note}


# ---------------------------------------------------------------- Thunderbird letters
def tb(date, who, subject, body, label, cs="utf-8", cte="8bit", reply=None, old=False, sig=True,
       to=DISPATCH, cc=None):
    name, email = P[who]
    full = body.rstrip("\n") + "\n\n" + SIG[who] + "\n" if sig else body
    if cs == "koi8-r":  # old KOI8-R profile: no typographic dashes/quotes available
        full = full.replace("\u2014", "-").replace("\u2013", "-").replace("\u00ab", '"').replace("\u00bb", '"').replace("\u2116", "N")
    m = text_part(full, cs, cte, flowed=(cs == "utf-8"))
    extra = {"User-Agent": TB_UA_OLD if old else TB_UA, "Content-Language": "ru"}
    if reply:
        extra["In-Reply-To"] = reply
        extra["References"] = reply
    if cc:
        extra["Cc"] = cc
    # Thunderbird puts MIME-Version after User-Agent; fine either way
    return finish(m, date, addr(name, email, cs), subject, cs, to=to, extra=extra, label=label)


def dmid(tag):
    return "<%s@zakazchik-omis.ru>" % tag


# ---------------------------------------------------------------- tracker notifications
def trk(date, actor, key, summary, ext, head, changes, comment=None, label=None, lang="ru",
        table=None, history=None, subject=None, html_only=False, positions=None, cte_text="qp"):
    """Build a tracker notification (multipart/alternative or HTML only)."""
    url = "%s/issue/%s" % (TRK, key)
    ru = lang == "ru"
    t = []
    t.append("%s %s" % (actor, head))
    t.append(url)
    t.append("")
    t.append("%s: %s" % (key, summary))
    t.append("-" * 60)
    w = max([len(c[0]) for c in changes] + [8])
    for f, a, b in changes:
        if a is None:
            t.append("  %s:%s %s" % (f, " " * (w - len(f)), b))
        else:
            t.append("  %s:%s %s → %s" % (f, " " * (w - len(f)), a, b))
    if table:
        t.append("")
        t.append("  " + ("Позиции заявки:" if ru else "Request positions:"))
        for row in table:
            t.append("    " + " | ".join(row))
    if comment:
        t.append("")
        t.append(("Комментарий (%s):" if ru else "Comment (%s):") % comment[0])
        for line in comment[1].split("\n"):
            t.append("  " + line)
    if history:
        t.append("")
        t.append("Предыдущие комментарии:" if ru else "Previous comments:")
        for who_, when_, txt in history:
            t.append("  > %s, %s:" % (who_, when_))
            for line in txt.split("\n"):
                t.append("  > " + line)
    t.append("-" * 60)
    t.append(("Проект: Сервис (SRV) | Заказчик: ОМИС | Внешний №: %s" if ru else
              "Project: Service (SRV) | Customer: OMIS | Customer ref: %s") % ext)
    t.append("Вы получили это письмо, так как являетесь наблюдателем задачи." if ru else
             "You are receiving this because you are watching this issue.")
    t.append("Настройки уведомлений: %s/settings/notifications" % TRK)
    text = "\n".join(t) + "\n"

    h = []
    h.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>')
    h.append('<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">')
    h.append('<p><b>%s</b> %s <a href="%s">%s</a></p>' % (H.escape(actor), H.escape(head), url, key))
    h.append('<h3 style="margin:6px 0"><a href="%s">%s</a>: %s</h3>' % (url, key, H.escape(summary)))
    h.append('<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ddd">')
    for f, a, b in changes:
        if a is None:
            h.append('<tr><td style="color:#777">%s</td><td colspan="3">%s</td></tr>' % (H.escape(f), H.escape(b)))
        else:
            h.append('<tr><td style="color:#777">%s</td><td><s>%s</s></td><td>&rarr;</td><td><b>%s</b></td></tr>'
                     % (H.escape(f), H.escape(a), H.escape(b)))
    h.append('</table>')
    if table:
        h.append('<p style="margin-top:12px"><b>%s</b></p>' % ("Позиции заявки" if ru else "Request positions"))
        h.append('<table border="1" cellpadding="5" style="border-collapse:collapse">')
        hdrs = ("Поз.", "Объект / оборудование", "Состояние", "Время", "Примечание") if ru else \
               ("Pos.", "Site / equipment", "State", "Time", "Note")
        h.append('<tr style="background:#eef">' + "".join("<th>%s</th>" % x for x in hdrs[:len(table[0])]) + '</tr>')
        for row in table:
            h.append('<tr>' + "".join("<td>%s</td>" % H.escape(x) for x in row) + '</tr>')
        h.append('</table>')
    if comment:
        h.append('<div style="margin-top:12px;padding:8px;background:#f7f7f7;border-left:3px solid #4a90d9">')
        h.append('<div style="color:#777">%s</div>' % H.escape(("Комментарий (%s)" if ru else "Comment (%s)") % comment[0]))
        h.append('<div>%s</div></div>' % "<br>".join(H.escape(x) for x in comment[1].split("\n")))
    if history:
        h.append('<p style="color:#999;margin-top:16px">%s</p>' % ("Предыдущие комментарии" if ru else "Previous comments"))
        for who_, when_, txt in history:
            h.append('<blockquote style="color:#999;border-left:2px solid #ccc;margin:4px 0;padding-left:8px">'
                     '<i>%s, %s</i><br>%s</blockquote>' % (H.escape(who_), when_, "<br>".join(H.escape(x) for x in txt.split("\n"))))
    h.append('<hr><p style="font-size:11px;color:#999">%s<br><a href="%s/settings/notifications">%s</a></p>'
             % (H.escape(t[-3]), TRK, "Настройки уведомлений" if ru else "Notification settings"))
    h.append('</body></html>')
    html = "\n".join(h) + "\n"

    if html_only:
        msg = text_part(html, "utf-8", "b64", subtype="html")
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(text, "utf-8", cte_text))
        msg.attach(text_part(html, "utf-8", "b64", subtype="html"))
    if subject is None:
        subject = "[%s] %s" % (key, summary)
    extra = {
        "Reply-To": "%s <tracker+%s@%s>" % ("Tracker", key, DOM),
        "X-Tracker-Issue": key,
        "X-Tracker-Project": key.split("-")[0],
        "X-Mailer": "InzhTrack notifier 3.2",
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "All",
        "In-Reply-To": "<issue-%s@tracker.%s>" % (key, DOM),
        "References": "<issue-%s@tracker.%s>" % (key, DOM),
    }
    frm = addr("%s (Трекер ИнжСистемы)" % actor, TRACKER_ADDR)
    return finish(msg, date, frm, subject, "utf-8", extra=extra, mid_dom="tracker." + DOM, label=label)


PET, KUZ, VOL, GRI, GRO = "Петров Алексей", "Кузнецов Дмитрий", "Волков Сергей", "Грибов Виктор", "Громова Ирина"
CH = "изменил(а) задачу"
CM = "прокомментировал(а) задачу"

# =====================================================================================
# 440117 — ИТП, ул. Профсоюзная, 44; поз. 1 насосная группа, поз. 2 теплообменник
# =====================================================================================
S117 = "ИТП, ул. Профсоюзная, 44 (440117)"
trk(d(2, 9, 12), PET, "SRV-1482", S117, "440117", CH,
    [("Статус", "Новая", "Принята в работу"), ("Исполнитель", "не назначен", PET)],
    comment=(PET, "Заявку взяли. Насос на подаче гудит, по описанию — подшипник.\nПодъедем сегодня после обеда, точнее напишу."),
    subject="[SRV-1482] ИТП, ул. Профсоюзная, 44 (440117) — статус: Принята в работу",
    label=L("заявка принята", "440117", [], "tracker status Новая → Принята в работу; ticket covers whole request"))

tb(d(2, 13, 41), "petrov", "440117",
   "Добрый день.\n\nВыехали на Профсоюзную, 44 по 440117, будем около 14:30.\nЕсли охрана будет спрашивать — машина Ларгус, номер Р 117 ТМ 799.\n",
   L("подрядчик в пути", "440117", [], "'выехали на ... будем около 14:30' = on the way; car plate contains 117"))

trk(d(2, 14, 52), PET, "SRV-1482", S117, "440117", CH,
    [("Статус", "В пути", "На объекте"), ("Позиции", None, "1, 2")],
    comment=(PET, "На месте с 14:40. Начинаем с насосной группы."),
    label=L("подрядчик на месте", "440117", ["1", "2"], "tracker status В пути → На объекте, positions field 1, 2"))

trk(d(2, 18, 5), PET, "SRV-1483", "440117 / поз. 1 — насосная группа ИТП", "440117", CH,
    [("Статус", "На объекте", "Выполнено"), ("Resolution", "Unresolved", "Fixed"), ("Затрачено", None, "3ч 20м")],
    comment=(PET, "Насос Grundfos UPS 32-80 заменён на резервный со склада, старый забрали на дефектовку.\n"
                  "По теплообменнику (поз. 2) нужна промывка, приедем 05.11, создал подзадачу SRV-1484.\nС объекта уехали в 17:50."),
    subject="[SRV-1483] 440117 / поз. 1 — насосная группа ИТП: Выполнено",
    label=L("подрядчик убыл", "440117", ["1"], "subtask for position 1 resolved, crew left; position 2 only planned"))

trk(d(5, 10, 20), PET, "SRV-1484", "440117-2 Промывка пластинчатого теплообменника", "440117", CH,
    [("Статус", "Запланировано", "В пути")],
    subject="[SRV-1484] 440117-2 Промывка пластинчатого теплообменника",
    html_only=True,
    label=L("подрядчик в пути", "440117", ["2"], "HTML-only tracker mail; subtask 440117-2 status → В пути"))

mid_q = dmid("q117-2")
tb(d(5, 16, 34), "petrov", "Re: 440117 поз.2 промывка",
   "Промыли, опрессовали — 6 бар держит, течи нет. Уехали в 16:10.\n"
   "Реагент списали, в акт впишу.\n\n"
   "05.11.2026 15:02, Диспетчерская ОМИС пишет:\n"
   "> Алексей, добрый день. Когда примерно закончите по второй позиции?\n"
   "> Управляющая спрашивает, можно ли давать отопление в 3-й подъезд.\n",
   L("подрядчик убыл", "440117", ["2"], "position in subject 'поз.2'; new text says done and left 16:10"),
   reply=mid_q)

# =====================================================================================
# 440128 — вентиляция БЦ «Нагорный»: поз. 1 ПВ-1, поз. 2 ПВ-2, поз. 3 ПВ-3
# =====================================================================================
S128 = "БЦ «Нагорный», вентиляция ПВ-1…ПВ-3 (440128)"
trk(d(3, 10, 45), GRO, "SRV-1491", S128, "440128", CH,
    [("Исполнитель", "не назначен", KUZ), ("Наблюдатели", None, "+ " + GRO)],
    subject="[SRV-1491] Назначен исполнитель: " + KUZ,
    label=L(expect="review", note="bookkeeping notification: only assignee changed, no status reported"))

trk(d(3, 11, 10), KUZ, "SRV-1491", "BC Nagorny, AHU PV-1..PV-3 (440128)", "440128", "updated issue",
    [("Status", "Open", "Accepted"), ("Resolution", None, "Unresolved"), ("Due date", None, "05.11.2026")],
    lang="en",
    subject="[SRV-1491] Status changed: Open → Accepted",
    label=L("заявка принята", "440128", [], "English field names; Status Open → Accepted"))

tb(d(5, 8, 52), "kuzn", "Заявка №440128 - выезд",
   "Доброе утро.\n\nБригада выехала на объект по заявке №440128, ориентировочно будем в 9:40.\n"
   "Машина ГАЗель NEXT А440ВК 777, старший — Саня Маслов, тел. 8-926-440-12-80.\n"
   "Просьба предупредить охрану БЦ, пропуск заказывали на 05.11.\n",
   L("подрядчик в пути", "440128", [], "windows-1251; car plate А440ВК and phone with 440 are not request numbers"),
   cs="windows-1251", old=True)

trk(d(5, 9, 58), KUZ, "SRV-1491", "BC Nagorny, AHU PV-1..PV-3 (440128)", "440128", "updated issue",
    [("Status", "In transit", "On site")],
    table=[("П1", "ПВ-1 (кровля)", "On site", "09:50", ""), ("П2", "ПВ-2 (кровля)", "On site", "09:50", ""),
           ("П3", "ПВ-3 (подвал, венткамера)", "Waiting", "—", "нет ключа от венткамеры")],
    lang="en",
    subject="[SRV-1491] BC Nagorny (440128): On site",
    label=L("подрядчик на месте", "440128", ["1", "2"], "HTML/text table: П1, П2 on site, П3 waiting (no key)"))

trk(d(5, 15, 31), KUZ, "SRV-1491", "BC Nagorny, AHU PV-1..PV-3 (440128)", "440128", "updated issue",
    [("Status", "On site", "Partially done")],
    table=[("П1", "ПВ-1 (кровля)", "Done", "14:50", "ремень B-1250 заменён"),
           ("П2", "ПВ-2 (кровля)", "Done", "15:10", "подшипники, балансировка"),
           ("П3", "ПВ-3 (подвал, венткамера)", "Postponed", "06.11", "нет фильтров G4 на складе")],
    comment=(KUZ, "Кровлю закончили, уезжаем. ПВ-3 — после поставки фильтров."),
    lang="en",
    subject="[SRV-1491] BC Nagorny (440128): Partially done",
    label=L("подрядчик убыл", "440128", ["1", "2"], "П1, П2 done, crew leaving; П3 only postponed"))

trk(d(6, 11, 2), KUZ, "SRV-1491", "BC Nagorny, AHU PV-1..PV-3 (440128)", "440128", "updated issue",
    [("Due date", "06.11.2026", "09.11.2026")],
    comment=(KUZ, "Фильтры придут в понедельник."),
    lang="en",
    subject="[SRV-1491] Due date changed",
    label=L(expect="review", note="bookkeeping: due date moved, reports no status"))

tb(d(9, 14, 22), "kuzn", "Re: Заявка 440128 ПВ-3",
   "По третьей позиции (ПВ-3) всё: фильтры G4 поменяли, ремень подтянули, агрегат запустили.\n"
   "Бригада уехала в 14:05.\n\n"
   "09.11.2026 9:15, Диспетчерская ОМИС пишет:\n"
   "> Дмитрий, венткамеру откроют с 11:00, ключ у охраны на посту №2.\n"
   ">\n"
   "> -----Original Message-----\n"
   "> From: Дмитрий Кузнецов [mailto:d.kuznecov@inzhsys-plus.ru]\n"
   "> Sent: Friday, November 6, 2026 11:05 AM\n"
   "> To: dispatch@zakazchik-omis.ru\n"
   "> Subject: Заявка 440128 ПВ-3\n"
   ">\n"
   "> Фильтры будут в понедельник, по ПВ-3 приедем 09.11, нужен доступ в венткамеру.\n",
   L("подрядчик убыл", "440128", ["3"], "windows-1251 reply above quote that contains an Outlook -----Original Message----- block; position 3 done, left"),
   cs="windows-1251", old=True, reply=dmid("pv3-key"))

# =====================================================================================
# 440135 — протечка ГВС, ул. Вавилова, 13 (["1"])
# =====================================================================================
tb(d(5, 7, 58), "volkov", "440135 течь ГВС",
   "Принял 440135, выезжаю. Минут 25-30.\n", 
   L("подрядчик в пути", "440135", [], "'выезжаю' = leaving now, on the way"), sig=False)

trk(d(5, 8, 46), VOL, "SRV-1497", "Течь ГВС, ул. Вавилова, 13, подвал (440135)", "440135", CH,
    [("Статус", "В пути", "На объекте")],
    comment=(VOL, "Стояк перекрыли. Течь на фланце перед узлом учёта, ВКТ-7 не трогали."),
    label=L("подрядчик на месте", "440135", [], "status В пути → На объекте"))

trk(d(5, 11, 23), VOL, "SRV-1497", "Течь ГВС, ул. Вавилова, 13, подвал (440135)", "440135", CH,
    [("Статус", "На объекте", "Resolved"), ("Resolution", "Unresolved", "Fixed")],
    comment=(VOL, "Заменён кран шаровый Ду25 и прокладка на фланце. Пломба № 4402871 снята, установлена № 4402915 (акт с УК подписан).\n"
                  "Давление подали, течи нет. Уехали 11:10."),
    history=[(VOL, "05.11.2026 08:46", "Стояк перекрыли. Течь на фланце перед узлом учёта, ВКТ-7 не трогали.")],
    subject="[SRV-1497] Течь ГВС, ул. Вавилова, 13 (440135) — Resolved",
    label=L("подрядчик убыл", "440135", [], "Resolved/Fixed, left 11:10; seal numbers 4402871/4402915 are traps; old comment quoted"))

tb(d(6, 9, 3), "volkov", "Re: 440135 акт",
   "Спасибо, акт получили, оригинал передам с водителем в понедельник.\n\n"
   "06.11.2026 8:40, Диспетчерская ОМИС пишет:\n"
   "> Сергей, акт по 440135 подписан, скан во вложении. Работы приняты.\n",
   L(expect="review", note="thanks for the dispatcher's message about the act, reports nothing new"),
   reply=dmid("act135"))

# =====================================================================================
# 440152 — ППР кондиционеров, 4 позиции
# =====================================================================================
S152 = "ППР сплит-систем, ул. Обручева, 30 (440152)"
trk(d(6, 9, 31), GRI, "PPR-217", S152, "440152", CH,
    [("Статус", "New", "In Progress"), ("Тип", None, "ППР"), ("Исполнитель", None, GRI)],
    subject="[PPR-217] ППР сплит-систем, ул. Обручева, 30 (440152) — создана и взята в работу",
    label=L("заявка принята", "440152", [], "mixed RU/EN: Статус New → In Progress = taken into work"))

trk(d(10, 8, 12), GRI, "PPR-217", S152, "440152", CH,
    [("Статус", "In Progress", "Выезд запланирован"), ("Срок", None, "11.11.2026 09:00")],
    label=L(expect="review", note="visit only scheduled for 11.11, nothing happened yet"))

tb(d(11, 8, 41), "gribov", "ППР 440152",
   "Выдвигаемся на Обручева по 440152, к 10 будем. Лестницу берём свою.\n",
   L("подрядчик в пути", "440152", [], "KOI8-R; 'выдвигаемся' = on the way; phone in signature 644-02-56 is a trap"),
   cs="koi8-r", old=True)

trk(d(11, 17, 44), GRI, "PPR-217", S152, "440152", CH,
    [("Статус", "На объекте", "Частично выполнено")],
    table=[("1", "Daikin FTXB35C, каб. 201", "Выполнено", "10:40", "чистка, фильтры"),
           ("2", "Daikin FTXB35C, каб. 205", "Выполнено", "11:55", "чистка, дренаж"),
           ("3", "Mitsubishi MSZ-LN25, серверная", "Не выполнено", "—", "недозаправка R410A, выезд 13.11"),
           ("4", "LG S12EQ, переговорная", "Выполнено", "16:30", "")],
    comment=(GRI, "С объекта уехали. По 3-й нужен фреон, привезём в пятницу."),
    label=L("подрядчик убыл", "440152", ["1", "2", "4"], "table: 1, 2, 4 done and crew left; 3 not done, planned"))

tb(d(13, 9, 6), "gribov", "440152 поз.3",
   "Ирина Валерьевна, добрый день.\nСегодня по 440152 поз.3 не успеваем — R410A поставщик ещё не привёз, "
   "бригада ещё не выехала. Переносим на понедельник 16.11, с утра.\n",
   L(expect="review", note="negation + plan: not travelled yet, postponed"),
   cs="koi8-r", old=True)

tb(d(16, 12, 33), "gribov", "Re: 440152 поз.3",
   "Заправили П3 (серверная), давление в норме, отбыли с объекта в 12:10.\n\n"
   "13.11.2026 9:06, Грибов В.Н. пишет:\n"
   "> Ирина Валерьевна, добрый день.\n"
   "> Сегодня по 440152 поз.3 не успеваем — R410A поставщик ещё не привёз, бригада ещё не выехала.\n"
   "> Переносим на понедельник 16.11, с утра.\n",
   L("подрядчик убыл", "440152", ["3"], "'отбыли с объекта' = left; quoted old 'не выехала' is history"),
   cs="koi8-r", old=True)

# =====================================================================================
# 440163 — электрощитовая, поз. 1 ВРУ, поз. 2 ЩР-2
# =====================================================================================
S163 = "Электрощитовая, Ленинский пр-т, 99 (440163)"
trk(d(6, 14, 26), VOL, "SRV-1503", S163, "440163", CH,
    [("Статус", "Новая", "Принята"), ("Исполнитель", "не назначен", VOL), ("Приоритет", None, "Высокий")],
    label=L("заявка принята", "440163", [], "status Новая → Принята"))

trk(d(9, 9, 10), VOL, "SRV-1503", S163, "440163", CH,
    [("Статус", "Принята", "В пути")],
    comment=(VOL, "Выехали с базы (ул. Складочная, 1, стр. 44) в 9:00."),
    label=L("подрядчик в пути", "440163", [], "leaving FROM the base = travelling to site"))

tb(d(9, 10, 4), "volkov", "Fwd: 440163",
   "Ильин отписался, пересылаю.\n\n"
   "-------- Перенаправленное сообщение --------\n"
   "Тема: \t440163\n"
   "Дата: \tMon, 9 Nov 2026 09:57:12 +0300\n"
   "От: \tИльин Павел <ilin.p.electro@yandex.ru>\n"
   "Кому: \ts.volkov@inzhsys-plus.ru\n\n"
   "Сергей Анатольевич, на 440163 на месте, щитовая закрыта, ждём энергетика с ключом.\n\n"
   "Отправлено с мобильного\n",
   L("подрядчик на месте", "440163", [], "forwarded crew message reports arrival"), sig=False)

trk(d(9, 15, 47), VOL, "SRV-1503", S163, "440163", CH,
    [("Статус", "На объекте", "Выполнено (поз. 1)"), ("Resolution", None, "Fixed (partial)")],
    comment=(VOL, "ВРУ (поз. 1): протянули контакты, заменили рубильник ВР32-35. Уехали 15:30.\n"
                  "По поз. 2 (ЩР-2) нужен автомат ABB S203 C25 — заказали, срок 3-4 дня."),
    subject="[SRV-1503] Электрощитовая (440163): поз. 1 выполнена",
    label=L("подрядчик убыл", "440163", ["1"], "pos 1 done and left; pos 2 waiting for part"))

trk(d(10, 11, 0), GRO, "SRV-1503", S163, "440163", CH,
    [("Наблюдатели", None, "+ Лазарева О. (ОМИС)")],
    subject="[SRV-1503] Добавлен наблюдатель",
    label=L(expect="review", note="bookkeeping: watcher added, no status"))

tb(d(12, 16, 21), "volkov", "440163-2",
   "Автомат поставили, ЩР-2 под нагрузкой, замеры в норме.\nБригада освободилась в 16:00.\n",
   L("подрядчик убыл", "440163", ["2"], "position after dash in subject; 'бригада освободилась' = left"))

# =====================================================================================
# 440179 — тепловой пункт (["1"])
# =====================================================================================
S179 = "Heat substation, Sevastopolsky 28 (440179)"
trk(d(9, 8, 21), PET, "SRV-1530", S179, "440179", "updated issue",
    [("Status", "New", "Accepted"), ("Assignee", "Unassigned", "Petrov Aleksey")], lang="en",
    subject="[SRV-1530] (440179) Heat substation, Sevastopolsky 28",
    label=L("заявка принята", "440179", [], "English notification: Status New → Accepted"))

trk(d(9, 10, 52), PET, "SRV-1530", S179, "440179", "commented on",
    [("Status", None, "Accepted")],
    comment=(PET, "Бригада на месте с 10:40. Danfoss AVP-F не держит перепад, разбираем."),
    lang="en", subject="[SRV-1530] New comment",
    label=L("подрядчик на месте", "440179", [], "comment says crew on site since 10:40 although status field not changed"))

trk(d(9, 12, 3), PET, "SRV-1530", S179, "440179", "updated issue",
    [("Status", "Accepted", "On hold"), ("On hold reason", None, "Ожидание запчастей")],
    lang="en", subject="[SRV-1530] Status changed: On hold",
    label=L(expect="review", note="on hold waiting for parts: no new status (nothing says crew left)"))

trk(d(12, 15, 12), PET, "SRV-1530", S179, "440179", "updated issue",
    [("Status", "On hold", "Done"), ("Resolution", "Unresolved", "Fixed")],
    comment=(PET, "Регулятор заменён (AVP-F Ду32, 003H6409), настроили 0,5 бар. Уехали 14:55."),
    history=[(PET, "09.11.2026 10:52", "Бригада на месте с 10:40. Danfoss AVP-F не держит перепад, разбираем.")],
    lang="en", subject="[SRV-1530] Status changed: Done",
    label=L("подрядчик убыл", "440179", [], "Done/Fixed, left 14:55; part number 003H6409 is a trap"))

trk(d(13, 10, 1), GRO, "SRV-1530", S179, "440179", "updated issue",
    [("Status", "Done", "Reopened")],
    comment=(GRO, "Заказчик сообщил: давление снова скачет. Переоткрываю, Алексей, посмотри."),
    lang="en", subject="[SRV-1530] Status changed: Reopened",
    label=L(expect="review", note="ticket reopened: a complaint, no crew status"))

# =====================================================================================
# 440204 — поверка узлов учёта: 01 тепло, 02 ХВС, 03 ГВС
# =====================================================================================
tb(d(10, 9, 42), "gromova", "Заявка №440204 — поверка узлов учёта",
   "Добрый день!\n\nЗаявку №440204 приняли в работу, ответственный — Петров Алексей.\n"
   "Поверка по договору № 44/02-СО от 12.01.2026, сроки по графику.\n",
   L("заявка принята", "440204", [], "accepted by coordinator; contract number 44/02 and INN in signature are traps"),
   cte="qp")

trk(d(11, 8, 31), PET, "SRV-1562", "440204 / 01 — узел учёта тепла", "440204", CH,
    [("Статус", "Запланировано", "В пути")],
    subject="[SRV-1562] 440204 / 01 — узел учёта тепла: В пути",
    label=L("подрядчик в пути", "440204", ["01"], "subtask for position 01 → В пути"))

trk(d(11, 11, 42), PET, "SRV-1561", "Поверка узлов учёта, ул. Дмитрия Ульянова, 7 (440204)", "440204", CH,
    [("Статус", "В пути", "В работе")],
    table=[("01", "УУТЭ, ТВ7", "Выполнено", "11:20", "вычислитель снят в поверку"),
           ("02", "УУ ХВС", "На объекте", "11:30", "начали"),
           ("03", "УУ ГВС", "—", "", "")],
    label=L(expect="review", note="different statuses for different positions (01 done, 02 on site) — mixed case 1 of 2"))

tb(d(11, 16, 3), "petrov", "Re: [SRV-1561] 440204",
   "По второй позиции закончили: расходомеры сняли-поставили, пломбы 0044021, 0044022 на месте. Уехали.\n"
   "03 — на следующей неделе, как вернут вычислитель.\n",
   L("подрядчик убыл", "440204", ["02"], "'по второй позиции' = 02, done and left; 03 only a plan; seal numbers trap"))

trk(d(17, 10, 31), GRO, "SRV-1565", "440204 / 03 — узел учёта ГВС", "440204", CH,
    [("Статус", "Новая", "Закрыта"), ("Resolution", "Unresolved", "Duplicate"), ("Связи", None, "duplicates SRV-1564")],
    comment=(GRO, "Задвоилась при импорте, работаем по SRV-1564."),
    subject="[SRV-1565] 440204 / 03 — закрыта (Duplicate)",
    label=L(expect="review", note="ticket closed as duplicate — not a work result, no status"))

# =====================================================================================
# 440231 — поз. 1 чиллер, поз. 2 градирня
# =====================================================================================
S231 = "Чиллер и градирня, ТРЦ «Калужский» (440231)"
trk(d(12, 10, 33), GRO, "SRV-1577", S231, "440231", CH,
    [("Приоритет", "Normal", "Critical")],
    subject="[SRV-1577] Приоритет изменён: Critical",
    label=L(expect="review", note="bookkeeping: priority changed only"))

trk(d(12, 10, 38), VOL, "SRV-1577", S231, "440231", CH,
    [("Статус", "Новая", "В работе"), ("Исполнитель", GRO, VOL)],
    comment=(VOL, "Взяли. Бригаду соберу к обеду, выезд напишу отдельно."),
    label=L("заявка принята", "440231", [], "В работе = taken into work; departure only promised"))

tb(d(12, 12, 51), "volkov", "Re: Заявка 440231 — чиллер авария",
   "Мы на месте. Carrier 30RB-262 стоит по аварии HP, смотрим конденсатор.\n\n"
   "12.11.2026 9:48, Диспетчерская ОМИС пишет:\n"
   "> Добрый день. Заявка 440231 — чиллер авария, ТРЦ жалуется на жару в фудкорте.\n"
   "> Просим выехать срочно.\n",
   L("подрядчик на месте", "440231", [], "number only in Re: subject / quote; 30RB-262 is a model"),
   reply=dmid("chiller231"))

trk(d(12, 19, 34), VOL, "SRV-1577", S231, "440231", CH,
    [("Статус", "На объекте", "Выполнено (поз. 1)")],
    comment=(VOL, "П1 чиллер: промыли конденсатор, заменили реле давления. Запустили, авария не повторяется. С объекта ушли 19:15.\n"
                  "П2 градирня — в понедельник."),
    history=[(VOL, "12.11.2026 12:50", "Мы на месте, смотрим конденсатор.")],
    label=L("подрядчик убыл", "440231", ["1"], "П1 done, left 19:15; П2 plan"))

mid_231 = tb(d(16, 9, 15), "kuzn", "440231 п.2 - выехали",
   "Выехали на градирню (440231 п.2), будем минут через 40.\n",
   L("подрядчик в пути", "440231", ["2"], "windows-1251; 'выехали на' = heading to site"),
   cs="windows-1251", old=True)

tb(d(16, 13, 27), "kuzn", "Re: 440231 п.2 - выехали",
   "Градирню сделали, форсунки прочистили, насос подпитки перебрали. С объекта уехали в 13:20.\n\n"
   "16.11.2026 9:31, Диспетчерская ОМИС пишет:\n"
   "> Принято, ждём.\n"
   ">\n"
   "> 16.11.2026 9:15, Дмитрий Кузнецов пишет:\n"
   ">> Выехали на градирню (440231 п.2), будем минут через 40.\n",
   L("подрядчик убыл", "440231", ["2"], "Re: subject still says 'выехали' but body reports finished and left"),
   cs="windows-1251", old=True, reply=mid_231)

tb(d(17, 11, 10), "gromova", "440231 — дополнительные работы",
   "Добрый день!\n\nПо итогам выезда по 440231 инженер рекомендует замену теплообменника конденсатора. "
   "Направляем КП № 1127 от 17.11.2026 на сумму 486 300,00 руб. с НДС. Просим согласовать.\n",
   L(expect="review", note="price/commercial offer, no status"), cte="qp")

# =====================================================================================
# 440256 — насосные станции ХВС, корпуса 1–3
# =====================================================================================
S256 = "Насосные станции ХВС, кампус «Южный», корп. 1–3 (440256)"
trk(d(16, 8, 41), PET, "SRV-1590", S256, "440256", CH,
    [("Статус", "Новая", "Принята в работу"), ("Исполнитель", None, PET)],
    label=L("заявка принята", "440256", [], "status → Принята в работу"))

# bounce: dispatcher wrote to a misspelled address
bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(text_part(
    "This is the mail system at host mail.inzhsys-plus.ru.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
    "It's attached below.\n\n"
    "                   The mail system\n\n"
    "<d.kuznetsov@inzhsys-plus.ru>: user unknown\n", "us-ascii", "8bit"))
ds = MIMEBase("message", "delivery-status")
ds.set_payload([message_from_string("Reporting-MTA: dns; mail.inzhsys-plus.ru\nArrival-Date: Mon, 16 Nov 2026 09:02:11 +0300\n"),
                message_from_string("Final-Recipient: rfc822; d.kuznetsov@inzhsys-plus.ru\nAction: failed\nStatus: 5.1.1\n"
                                    "Diagnostic-Code: x-unix; user unknown\n")])
bounce.attach(ds)
orig = text_part("Дмитрий, добрый день.\nЗаявка 440256, корпус 3: подтвердите выезд бригады и время прибытия.\n"
                 "Диспетчерская ОМИС\n", "utf-8", "b64")
orig["From"] = addr(*DISPATCH)
orig["To"] = "d.kuznetsov@inzhsys-plus.ru"
orig["Subject"] = Header("Заявка 440256 — подтвердите выезд", "utf-8")
orig["Date"] = "Mon, 16 Nov 2026 09:02:09 +0300"
orig["Message-ID"] = dmid("ask256")
bounce.attach(MIMEMessage(orig))
finish(bounce, d(16, 9, 2, 12), "Mail Delivery System <%s>" % DAEMON, "Undelivered Mail Returned to Sender",
       "us-ascii", extra={"Auto-Submitted": "auto-replied"},
       label=L(expect="ignored", note="bounce from contractor's mail server; quoted original asks about 440256"))

ooo = text_part("Здравствуйте!\n\nЯ в отпуске с 17.11.2026 по 24.11.2026, почту читаю нерегулярно.\n"
                "По текущим заявкам (в т.ч. 440231, 440256) обращайтесь к координатору Ирине Громовой: "
                "i.gromova@inzhsys-plus.ru, +7 (495) 644-02-50.\n\nДмитрий Кузнецов\n", "windows-1251", "b64")
finish(ooo, d(17, 9, 40), addr("Дмитрий Кузнецов", P["kuzn"][1], "windows-1251"),
       "Автоответ: Заявка 440256 — доступ в корпус 3", "windows-1251",
       extra={"Auto-Submitted": "auto-replied (vacation)", "X-Autoreply": "yes", "Precedence": "auto_reply",
              "In-Reply-To": dmid("access256")},
       label=L(expect="ignored", note="vacation auto-reply (mentions request numbers)"))

tb(d(16, 10, 12), "petrov", "440256 (1) выезд",
   "Едем на 440256, сначала корпус 1 — поз.1. Ориентировочно 10:50.\n",
   L("подрядчик в пути", "440256", ["1"], "position in brackets in subject and 'поз.1' in body"), sig=False)

trk(d(16, 15, 6), PET, "SRV-1590", S256, "440256", CH,
    [("Статус", "На объекте", "Частично выполнено")],
    table=[("П1", "корп. 1, Grundfos Hydro MPC-E 3 CR10-4", "Выполнено", "12:40", "замена торцевого уплотнения"),
           ("П2", "корп. 2, Wilo COR-2 MVI 406", "Выполнено", "14:55", "настройка реле давления"),
           ("П3", "корп. 3", "Не начато", "", "нужен пропуск на машину")],
    comment=(PET, "Корпуса 1 и 2 закончили, уехали. Корпус 3 — после пропуска."),
    label=L("подрядчик убыл", "440256", ["1", "2"], "table rows П1, П2 done; П3 not started"))

tb(d(17, 9, 2), "petrov", "Вопрос по 440256 поз.3",
   "Коллеги, добрый день.\nВ корпус 3 нужен пропуск на машину (Ларгус Р117ТМ799). Кто его заказывает — вы или УК кампуса?\n"
   "Без пропуска не пускают на территорию.\n",
   L(expect="review", note="question, no status"))

tb(d(18, 14, 41), "gromova", "Fwd: поз 3 готово",
   "Пересылаю отчёт бригады по 440256.\n\n"
   "-------- Пересылаемое сообщение --------\n"
   "Тема: поз 3 готово\n"
   "Дата: Wed, 18 Nov 2026 14:20:05 +0300\n"
   "От: Бригада 3 <brigada3.inzhsys@gmail.com>\n"
   "Кому: Ирина Громова <i.gromova@inzhsys-plus.ru>\n\n"
   "Ирина, корпус 3 (поз 3) готово — насос Wilo перебрали, станцию запустили. Уехали в 14:15.\n",
   L("подрядчик убыл", "440256", ["3"], "coordinator forwards crew report: pos 3 done, left"))

# =====================================================================================
# 440288 — клапаны дымоудаления (["1"])
# =====================================================================================
trk(d(18, 12, 22), VOL, "SRV-1604", "Smoke exhaust valves, Profsoyuznaya 128 (440288)", "440288", "updated issue",
    [("Status", "New", "Accepted"), ("Assignee", "Unassigned", "Volkov Sergey")], lang="en",
    label=L("заявка принята", "440288", [], "English: New → Accepted"))

tb(d(19, 8, 33), "volkov", "440288 доступ в венткамеру",
   "Добрый день.\nЗавтра (20.11) в 9:00 выедем на 440288. Подтвердите, пожалуйста, доступ в венткамеру на 12-м этаже "
   "и отключение АПС на время работ.\n",
   L(expect="review", note="plan for tomorrow + request for access, nothing happened"))

trk(d(20, 9, 6), VOL, "SRV-1604", "Smoke exhaust valves, Profsoyuznaya 128 (440288)", "440288", CH,
    [("Статус", "Принята", "В пути")],
    comment=(VOL, "Выехали, ~40 мин."),
    subject="[SRV-1604] (440288) Статус: В пути",
    label=L("подрядчик в пути", "440288", [], "status → В пути"))

mdn = MIMEMultipart("report", report_type="disposition-notification")
mdn.attach(text_part("Это уведомление о прочтении сообщения, отправленного на s.volkov@inzhsys-plus.ru.\n\n"
                     "Примечание: уведомление о прочтении означает лишь то, что сообщение было показано на "
                     "компьютере получателя. Нет гарантии, что получатель прочитал или понял его содержимое.\n",
                     "utf-8", "8bit"))
dn = MIMEBase("message", "disposition-notification")
dn.set_payload("Reporting-UA: inzhsys-plus.ru; Thunderbird 128.4.2\nFinal-Recipient: rfc822;s.volkov@inzhsys-plus.ru\n"
               "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % dmid("access288"))
mdn.attach(dn)
finish(mdn, d(20, 9, 51), addr(*P["volkov"]), "Уведомление о прочтении (отображено) - Re: 440288 доступ в венткамеру",
       extra={"User-Agent": TB_UA},
       label=L(expect="ignored", note="Thunderbird read receipt (MDN)"))

tb(d(20, 13, 32), "volkov", "Re: 440288 доступ в венткамеру",
   "Пo 440288 рaботы зaвершены, клaпaн КПУ-1Н-400 зaменён, привод Belimo проверен. Убыли в 13:10.\n\n"
   "20.11.2026 8:05, Диспетчерская ОМИС пишет:\n"
   "> Сергей, доступ согласован, ключ у диспетчера БЦ.\n",
   L("подрядчик убыл", "440288", [], "Latin look-alike letters inside Russian words; 'убыли в 13:10'"),
   reply=dmid("access288"))

# =====================================================================================
# 440305 — поз. 1 ВНС, поз. 2 ИТП
# =====================================================================================
S305 = "ВНС и ИТП, ул. Гарибальди, 36 (440305)"
trk(d(20, 15, 33), PET, "SRV-1620", S305, "440305", "updated issue",
    [("Status", "Open", "In Progress"), ("Статус заказчика", None, "Принята подрядчиком")], lang="en",
    label=L("заявка принята", "440305", [], "In Progress + 'Принята подрядчиком'"))

trk(d(23, 10, 2), PET, "SRV-1620", S305, "440305", CH,
    [("Статус", "In Progress", "На объекте"), ("Позиции", None, "1")],
    subject="[SRV-1620] 440305 (1) ВНС — На объекте",
    label=L("подрядчик на месте", "440305", ["1"], "position in brackets in subject and positions field"))

cal = MIMEMultipart("mixed")
alt = MIMEMultipart("alternative")
alt.attach(text_part("Алексей Петров принял(а) ваше приглашение.\n\nОбход объекта 440305 (ИТП, поз. 2)\n"
                     "Когда: чт, 26 нояб. 2026 10:00 – 11:00 (Москва)\nГде: ул. Гарибальди, 36, ИТП\n", "utf-8", "qp"))
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
       "BEGIN:VEVENT\r\nUID:7c1e0a4e-3b2f-4f52-9a18-440305aa0001\r\nDTSTAMP:20261123T090000Z\r\n"
       "DTSTART;TZID=Europe/Moscow:20261126T100000\r\nDTEND;TZID=Europe/Moscow:20261126T110000\r\n"
       "SUMMARY:Обход объекта 440305 (ИТП\\, поз. 2)\r\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Алексей Петров:mailto:a.petrov@inzhsys-plus.ru\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
icp = text_part(ics, "utf-8", "8bit", subtype="calendar")
icp.set_param("method", "REPLY")
alt.attach(icp)
cal.attach(alt)
finish(cal, d(23, 12, 4), addr(*P["petrov"]), "Принято: Обход объекта 440305 (ИТП, поз. 2) @ чт, 26 нояб. 2026 10:00",
       extra={"User-Agent": TB_UA},
       label=L(expect="ignored", note="calendar meeting response generated by Thunderbird/Lightning"))

tb(d(23, 17, 22), "petrov", "Re: 440305",
   "Добрый вечер.\nПо первой закончили — ВНС запустили, шкаф управления перепрошили. Уехали.\n"
   "По второй — в четверг, как договорились.\n\n"
   "23.11.2026 16:10, Диспетчерская ОМИС пишет:\n"
   "> Алексей, как дела по ВНС? И когда приедете по 2-й позиции? Ниже письмо УК.\n"
   ">\n"
   "> От: Савельева Марина [mailto:m.saveleva@uk-garibaldi.ru]\n"
   "> Отправлено: 23 ноября 2026 г. 15:47\n"
   "> Кому: dispatch@zakazchik-omis.ru\n"
   "> Тема: ВНС Гарибальди 36\n"
   ">\n"
   "> Верхние этажи с утра без воды. Когда будет подрядчик? Второй день уже.\n",
   L("подрядчик убыл", "440305", ["1"], "reply above quote containing Outlook От:/Отправлено: block; pos 1 done, pos 2 plan"),
   reply=dmid("q305"))

tb(d(26, 8, 2), "petrov", "Re: 440305 поз.2 когда?",
   "25.11.2026 18:30, Диспетчерская ОМИС пишет:\n"
   "> Алексей, подтвердите завтрашний выезд по 440305 поз.2.\n\n"
   "Выехали, минут через 20 будем на Гарибальди.\n",
   L("подрядчик в пути", "440305", ["2"], "bottom-posted under the quote; number/position only in Re: subject and quote; new text: on the way"),
   reply=dmid("when305"), sig=False)

trk(d(26, 12, 48), PET, "SRV-1621", "440305 / поз. 2 — ИТП", "440305", CH,
    [("Статус", "На объекте", "Выполнено"), ("Resolution", "Unresolved", "Fixed")],
    comment=(PET, "Заменили датчик наружной температуры ESMT и переписали график в ECL 310. Бригада уехала 12:30."),
    label=L("подрядчик убыл", "440305", ["2"], "subtask for position 2 → Выполнено, crew left"))

# =====================================================================================
# 440317 — поз. 1 кондиционер серверной, поз. 2 приточка, поз. 3 тепловая завеса
# =====================================================================================
S317 = "Склад «Чертаново», ОВиК (440317)"
trk(d(24, 9, 22), GRI, "SRV-1633", S317, "440317", CH,
    [("Статус", "Новая", "Принята")],
    html_only=True,
    label=L("заявка принята", "440317", [], "HTML-only; Новая → Принята"))

tb(d(24, 11, 3), "gribov", "440317 и 440305",
   "Добрый день. По 440317 выезжаем в четверг с утра, моя бригада. 440305 поз.2 - Петров, тоже в четверг.\n"
   "Пропуска на обе машины просим заказать заранее.\n",
   L(expect="review", note="two requests in one letter, and only a plan"),
   cs="koi8-r", old=True)

tb(d(26, 8, 44), "gribov", "440317",
   "БРИГАДА УБЫЛА НА ОБЪЕКТ 440317 В 8:40, БУДЕМ К 9:30.\n",
   L("подрядчик в пути", "440317", [], "caps; 'убыла НА объект' = left for the site, i.e. on the way"),
   cs="koi8-r", old=True)

trk(d(26, 9, 41), GRI, "SRV-1633", S317, "440317", CH,
    [("Статус", "В пути", "На объекте")],
    table=[("П1", "кондиционер серверной", "На объекте", "09:35", ""),
           ("П2", "приточная установка", "На объекте", "09:35", ""),
           ("П3", "тепловая завеса ворот №4", "На объекте", "09:35", "")],
    label=L("подрядчик на месте", "440317", ["1", "2", "3"], "all three rows on site"))

trk(d(26, 16, 5), GRI, "SRV-1633", S317, "440317", CM,
    [("Статус", None, "На объекте")],
    comment=(GRI, "П2 сделали (ремень, фильтры). П1 и П3 ещё на объекте, продолжаем — завеса по питанию."),
    subject="[SRV-1633] Новый комментарий",
    label=L(expect="review", note="different statuses for different positions (П2 done, П1/П3 still on site) — mixed case 2 of 2"))

tb(d(26, 18, 33), "gribov", "Re: 440317",
   "Все позиции по 440317 закончены, выехали с объекта в 18:10. Завесу запитали от ЩР-4, автомат С16.\n",
   L("подрядчик убыл", "440317", [], "'выехали с объекта' = left; all positions → whole request"),
   cs="koi8-r", old=True)

# =====================================================================================
# other review / ignored
# =====================================================================================
tb(d(13, 10, 15), "kuzn", "Заявка 440299",
   "Бригада на месте по заявке 440299, начали диагностику прецизионного кондиционера.\n",
   L(expect="review", note="request 440299 is not in the registry"),
   cs="windows-1251", old=True)

tb(d(13, 11, 20), "volkov", "440163 поз.3",
   "По 440163 поз.3 выполнено, щит ЩО-3 проверили.\n",
   L(expect="review", note="request 440163 has no position 3"))

digest = MIMEMultipart("alternative")
dig_txt = ("Сводка по задачам заказчика ОМИС за 16.11.2026–22.11.2026\n\n"
           "SRV-1590  440256  Насосные станции ХВС, кампус «Южный»      Выполнено\n"
           "SRV-1604  440288  Клапаны дымоудаления, Профсоюзная 128     Выполнено\n"
           "SRV-1577  440231  Чиллер и градирня, ТРЦ «Калужский»       Выполнено\n"
           "PPR-217   440152  ППР сплит-систем, Обручева 30            Выполнено\n"
           "SRV-1620  440305  ВНС и ИТП, Гарибальди 36                 In Progress\n\n"
           "Открыть все задачи: %s/issues?customer=omis\nОтписаться: %s/settings/notifications\n" % (TRK, TRK))
digest.attach(text_part(dig_txt, "utf-8", "qp"))
digest.attach(text_part("<html><body><pre>%s</pre></body></html>" % H.escape(dig_txt), "utf-8", "b64", subtype="html"))
finish(digest, d(23, 7, 0), addr("Трекер ИнжСистемы", TRACKER_ADDR), "Еженедельная сводка: ОМИС, 16.11–22.11",
       extra={"Precedence": "bulk", "Auto-Submitted": "auto-generated",
              "List-Id": "<weekly-digest.tracker.inzhsys-plus.ru>",
              "List-Unsubscribe": "<%s/settings/notifications>" % TRK, "X-Mailer": "InzhTrack notifier 3.2"},
       mid_dom="tracker." + DOM,
       label=L(expect="ignored", note="weekly bulk digest from the tracker"))

maint = text_part("Уважаемые пользователи!\n\n28.11.2026 с 22:00 до 02:00 трекер будет недоступен из-за обновления "
                  "до версии 3.3. Уведомления за этот период придут после восстановления.\n\n"
                  "Служба ИТ ООО «ИнжСистемы Плюс»\n", "utf-8", "b64")
finish(maint, d(25, 17, 30), addr("Трекер ИнжСистемы", TRACKER_ADDR), "Плановые работы на трекере 28.11",
       extra={"Precedence": "bulk", "Auto-Submitted": "auto-generated",
              "List-Id": "<announce.tracker.inzhsys-plus.ru>",
              "List-Unsubscribe": "<%s/settings/notifications>" % TRK},
       mid_dom="tracker." + DOM,
       label=L(expect="ignored", note="bulk service announcement"))

# ----------------------------------------------------------------------------- registry etc
reg = {
    "contractor": {
        "name": "ООО «ИнжСистемы Плюс»",
        "emails": [TRACKER_ADDR, DAEMON] + [v[1] for v in P.values()],
        "domains": [DOM, "mail." + DOM, "tracker." + DOM],
    },
    "requests": [
        {"number": "440117", "positions": ["1", "2"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "ИТП, ул. Профсоюзная, 44: 1 — насосная группа, 2 — теплообменник"},
        {"number": "440128", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "БЦ «Нагорный»: 1 — ПВ-1, 2 — ПВ-2, 3 — ПВ-3"},
        {"number": "440135", "positions": ["1"], "registered_at": "2026-11-05T07:40:00+03:00",
         "comment": "течь ГВС, ул. Вавилова, 13"},
        {"number": "440152", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T09:00:00+03:00",
         "comment": "ППР сплит-систем, ул. Обручева, 30"},
        {"number": "440163", "positions": ["1", "2"], "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "электрощитовая: 1 — ВРУ, 2 — ЩР-2"},
        {"number": "440179", "positions": ["1"], "registered_at": "2026-11-09T08:00:00+03:00",
         "comment": "тепловой пункт, Севастопольский пр-т, 28"},
        {"number": "440204", "positions": ["01", "02", "03"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "поверка узлов учёта: 01 тепло, 02 ХВС, 03 ГВС"},
        {"number": "440231", "positions": ["1", "2"], "registered_at": "2026-11-12T09:45:00+03:00",
         "comment": "ТРЦ «Калужский»: 1 — чиллер, 2 — градирня"},
        {"number": "440256", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "насосные станции ХВС, корпуса 1–3"},
        {"number": "440288", "positions": ["1"], "registered_at": "2026-11-18T12:00:00+03:00",
         "comment": "клапаны дымоудаления, Профсоюзная, 128"},
        {"number": "440305", "positions": ["1", "2"], "registered_at": "2026-11-20T15:00:00+03:00",
         "comment": "ул. Гарибальди, 36: 1 — ВНС, 2 — ИТП"},
        {"number": "440317", "positions": ["1", "2", "3"], "registered_at": "2026-11-24T09:00:00+03:00",
         "comment": "склад «Чертаново»: 1 — кондиционер серверной, 2 — приточка, 3 — тепловая завеса"},
    ],
}
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
