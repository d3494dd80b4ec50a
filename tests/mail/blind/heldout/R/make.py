#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «ТехноЩит» (fire alarm / access control / CCTV service).
Writes letters/NNN.eml, labels.json, registry.json into the folder of this script."""
import hashlib
import json
import os
import email
import email.policy
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

MSK = timezone(timedelta(hours=3))
UTC = timezone.utc
DISPATCH = formataddr(("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru"))

S = ("Ладыгин Сергей Павлович", "s.ladygin@tehnoshchit.ru")
G = ("Горбунов Максим", "m.gorbunov@tehnoshchit.ru")
H = ("Хасанов Ильдар", "i.khasanov@tehnoshchit.ru")
Z = ("Виктор Зуев", "vitya.zuev83@mail.ru")
NEWS = ("ТехноЩит – новости", "news@tehnoshchit.ru")
DAEMON = ("Mail Delivery System", "MAILER-DAEMON@tehnoshchit.ru")

REGISTRY = {
    "contractor": {
        "name": "ООО «ТехноЩит»",
        "emails": [S[1], G[1], H[1], Z[1], NEWS[1], DAEMON[1]],
        "domains": ["tehnoshchit.ru"],
    },
    "requests": [
        {"number": "16104", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "ТЦ «Меридиан», Профсоюзная 56: АПС/СОУЭ. 1 – прибор Сигнал-20П, 2 – шлейф 3 эт., 3 – оповещатели"},
        {"number": "16117", "positions": ["1"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "БЦ «Олимп»: СКУД, турникет PERCo TTR-04 вход 2"},
        {"number": "16125", "positions": ["1", "2"], "registered_at": "2026-11-04T08:30:00+03:00",
         "comment": "Склад Подольск: видео. 1 – камера у ворот, 2 – видеорегистратор"},
        {"number": "16138", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T11:20:00+03:00",
         "comment": "Школа №1287: АПС. 1 – корпус А, 2 – корпус Б, 3 – спортзал, 4 – пищеблок"},
        {"number": "16142", "positions": ["1"], "registered_at": "2026-11-06T09:00:00+03:00",
         "comment": "Поликлиника, Кировоградская 8: ТО пожарной сигнализации"},
        {"number": "16156", "positions": ["1", "2"], "registered_at": "2026-11-09T13:40:00+03:00",
         "comment": "Общежитие, Студенческая 12: СКУД. 1 – контроллер, 2 – считыватели"},
        {"number": "16163", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T10:05:00+03:00",
         "comment": "ЖК «Кленовый»: видеонаблюдение. 1 – подъезд 1, 2 – подъезд 2, 3 – паркинг"},
        {"number": "16171", "positions": ["1"], "registered_at": "2026-11-11T08:45:00+03:00",
         "comment": "Серверная, АУГПТ: модуль МГП"},
        {"number": "16189", "positions": ["1", "2"], "registered_at": "2026-11-12T14:10:00+03:00",
         "comment": "Территория АБК: 1 – шлагбаум, 2 – калитка с электрозамком"},
        {"number": "16203", "positions": ["1", "2"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "Детский сад №214: АПС, 1 – группа ясельная, 2 – пищеблок"},
        {"number": "16215", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "Отделение банка: видео. 1 – операционный зал, 2 – кассовый узел, 3 – периметр"},
        {"number": "16230", "positions": ["1"], "registered_at": "2026-11-19T15:00:00+03:00",
         "comment": "Котельная: АПС, ППКОП"},
    ],
}

SIG_S = """С уважением,
Ладыгин Сергей Павлович
инженер проекта ООО «ТехноЩит»
тел.: +7 (495) 648-21-90, доб. 214; моб.: +7 916 402-17-55
ИНН 7728461035 / КПП 772801001
www.tehnoshchit.ru"""

SIG_S_HTML = """<p style="font-family:Calibri,sans-serif;font-size:10pt;color:#1F3864">С уважением,<br>
<b>Ладыгин Сергей Павлович</b><br>инженер проекта ООО «ТехноЩит»<br>
тел.: +7 (495) 648-21-90, доб. 214; моб.: +7 916 402-17-55<br>
ИНН 7728461035 / КПП 772801001<br><a href="http://www.tehnoshchit.ru">www.tehnoshchit.ru</a></p>"""

CONTRACT = "Договор № ТЩ-СО/118-26 от 12.01.2026"

labels = {}
counter = [0]


def d(day, hh, mm, tz=MSK, ss=None):
    if ss is None:
        ss = (day * 7 + hh * 3 + mm) % 60
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=tz)


def mid(n, host="tehnoshchit.ru"):
    h = hashlib.md5(("tshch-%d" % n).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], host)


def html_doc(inner, outlook=True):
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style>td{border:1px solid #999;padding:3px 6px;font-family:Calibri,sans-serif;font-size:10pt}'
            'p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>'
            '<body lang="RU" link="#0563C1">') if outlook else '<html><head></head><body>'
    return head + inner + '</body></html>'


def table(header, rows):
    t = ['<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
         '<tr style="background:#D9E2F3">' + ''.join('<td><b>%s</b></td>' % h for h in header) + '</tr>']
    for r in rows:
        t.append('<tr>' + ''.join('<td>%s</td>' % c for c in r) + '</tr>')
    t.append('</table>')
    return '\n'.join(t)


def base_headers(msg, frm, subj, date, n, to=DISPATCH, irt=None, mailer=None, extra=None):
    msg['From'] = formataddr(frm) if isinstance(frm, tuple) else frm
    msg['To'] = to
    msg['Subject'] = subj
    msg['Date'] = format_datetime(date)
    msg['Message-ID'] = mid(n)
    if irt:
        msg['In-Reply-To'] = irt
        msg['References'] = irt
    if mailer:
        msg['X-Mailer'] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v


def save(msg, label):
    counter[0] += 1
    name = "%03d.eml" % counter[0]
    data = msg.as_bytes() if not isinstance(msg, (bytes, str)) else (msg.encode() if isinstance(msg, str) else msg)
    with open(os.path.join(LET, name), "wb") as f:
        f.write(data)
    labels[name] = label
    return name


def nextn():
    return counter[0] + 1


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


# ---------------------------------------------------------------- builders
def plain(frm, subj, date, body, label, irt=None, mailer=None, cte=None, extra=None):
    n = nextn()
    m = EmailMessage()
    base_headers(m, frm, subj, date, n, irt=irt, mailer=mailer, extra=extra)
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    return save(m, label)


def html_only(frm, subj, date, html, label, irt=None, mailer="Microsoft Outlook 16.0", cte=None):
    n = nextn()
    m = EmailMessage()
    base_headers(m, frm, subj, date, n, irt=irt, mailer=mailer)
    if cte:
        m.set_content(html, subtype='html', cte=cte)
    else:
        m.set_content(html, subtype='html')
    return save(m, label)


def alt(frm, subj, date, text, html, label, irt=None, mailer="Microsoft Outlook 16.0"):
    n = nextn()
    m = EmailMessage()
    base_headers(m, frm, subj, date, n, irt=irt, mailer=mailer)
    m.set_content(text)
    m.add_alternative(html, subtype='html')
    return save(m, label)


def legacy(frm, subj, date, body, label, charset, enc=BASE64, subtype='plain', irt=None, mailer=None):
    """Letter in a legacy charset, subject encoded in the same charset (RFC 2047)."""
    n = nextn()
    if charset == "koi8-r":  # KOI8-R has no №, «», en dash: write as The Bat! users do
        for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("–", "-"), ("—", "-")):
            body = body.replace(a, b)
            subj = subj.replace(a, b)
    cs = Charset(charset)
    cs.body_encoding = enc
    cs.header_encoding = BASE64 if enc == BASE64 else QP
    m = MIMEText(body, subtype, cs)
    m['From'] = formataddr(frm, charset=charset)
    m['To'] = formataddr(("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru"), charset=charset)
    m['Subject'] = Header(subj, cs)
    m['Date'] = format_datetime(date)
    m['Message-ID'] = mid(n)
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    if mailer:
        m['X-Mailer'] = mailer
    return save(m, label)


def fwd_attached(frm, subj, date, text, inner, label, mailer="Mozilla Thunderbird"):
    n = nextn()
    m = EmailMessage()
    base_headers(m, frm, subj, date, n, mailer=mailer)
    m.set_content(text)
    m.add_attachment(inner)
    return save(m, label)


def inner_msg(frm, to, subj, date, body, n_id):
    m = EmailMessage()
    m['From'] = formataddr(frm)
    m['To'] = to
    m['Subject'] = subj
    m['Date'] = format_datetime(date)
    m['Message-ID'] = mid(n_id, "inner.tehnoshchit.ru")
    m.set_content(body)
    return m


def tb_fwd_block(subj, date, frm, to):
    return ("-------- Пересланное сообщение --------\n"
            "Тема: \t%s\nДата: \t%s\nОт: \t%s\nКому: \t%s\n\n") % (subj, format_datetime(date), formataddr(frm), to)


def ol_fwd_block(frm, sent, to, subj):
    return ("\n\nОт: %s <%s>\nОтправлено: %s\nКому: %s\nТема: %s\n\n") % (frm[0], frm[1], sent, to, subj)


LS = "Ладыгин Сергей Павлович <s.ladygin@tehnoshchit.ru>"
MOB = "\n\nОтправлено с iPhone"
ANDR = "\n\n--\nОтправлено из Яндекс Почты для Android"
DISP_ID = lambda k: "<disp-%d@zakazchik-omis.ru>" % k

# =====================================================================
# 16104  ТЦ «Меридиан»
# =====================================================================
alt(S, "Заявка № 16104 – принята в работу", d(2, 11, 5),
    """Добрый день, коллеги!

Настоящим сообщаем, что заявка № 16104 (ТЦ «Меридиан», г. Москва, ул. Профсоюзная, д. 56; АПС и СОУЭ) принята ООО «ТехноЩит» в работу в рамках %s.
Ответственный исполнитель – техник Горбунов М.А., тел. +7 925 771-30-48.
Выезд бригады планируется на 03.11.2026 с 09:00.

%s""" % (CONTRACT, SIG_S),
    html_doc("""<p>Добрый день, коллеги!</p>
<p>Настоящим сообщаем, что заявка № 16104 (ТЦ «Меридиан», г.&nbsp;Москва, ул.&nbsp;Профсоюзная, д.&nbsp;56; АПС и СОУЭ) принята ООО «ТехноЩит» в работу в рамках %s.</p>
<p>Ответственный исполнитель – техник Горбунов М.А., тел. +7&nbsp;925&nbsp;771-30-48.<br>Выезд бригады планируется на 03.11.2026 с 09:00.</p>%s""" % (CONTRACT, SIG_S_HTML)),
    D("16104", [], "заявка принята", "formal acceptance; travel only planned; no position named"))

plain(G, "16104 выезд", d(3, 8, 40),
      "Выехали на Профсоюзную, будем в 9:30." + "\nГорбунов" + ANDR,
      D("16104", [], "подрядчик в пути", "subject number, crew left for the site, ETA 9:30"))

plain(G, "Re: 16104 выезд", d(3, 9, 41),
      "16104 п.1 – на объекте с 9:35, приступили к Сигнал-20П.\n\n"
      "03.11.2026 8:40 пользователь Горбунов Максим <m.gorbunov@tehnoshchit.ru> написал:\n"
      "> Выехали на Профсоюзную, будем в 9:30.\n> Горбунов",
      D("16104", ["1"], "подрядчик на месте", "Re subject says выезд, body reports arrival on п.1"),
      irt=mid(2))

# 004 Thunderbird inline forward of technician report
_body = ("Сергей Павлович, пересылаю отчёт Горбунова по 16104 для диспетчерской.\n\n"
         + tb_fwd_block("отчёт Меридиан", d(3, 15, 2), G, LS) +
         "По заявке 16104:\n"
         "поз.1 – прибор Сигнал-20П заменён (снят зав. № 0412337, установлен зав. № 0519804), конфигурация залита.\n"
         "поз.2 – шлейф 3 этажа прозвонен, обрыв у помещения 3.14 устранён, сопротивление в норме.\n"
         "поз.3 – оповещатели Маяк-12-3М – завтра, не хватило 4 шт., заберём со склада.\n"
         "С объекта убыли в 14:50.\n\nГорбунов М.\n")
plain(S, "Fwd: отчёт Меридиан", d(3, 15, 20),
      "Добрый день!\n\nНаправляем отчёт бригады по заявке № 16104.\n\n" + SIG_S + "\n\n" + _body,
      D("16104", ["1", "2"], "подрядчик убыл", "forwarded crew report: п1,п2 done and left 14:50; п3 only planned"),
      mailer="Mozilla Thunderbird 115.4.1")

plain(H, "ТЦ Меридиан, Профсоюзная 56 (16104) поз 3", d(4, 10, 12),
      "Прибыли, начинаем менять оповещатели. Хасанов",
      D("16104", ["3"], "подрядчик на месте", "number in brackets after address; house number 56 is not a request"))

plain(H, "Re: 16104 поз.3", d(4, 16, 45),
      "Закончил в 16:40, с объекта убыл. Оповещатели 4 шт. заменены, СОУЭ проверена по всем зонам.\n\n"
      "СЛ> Ильдар, отпишись по 16104 поз.3 в диспетчерскую, как закончишь.\n"
      "СЛ> Ладыгин\n",
      D("16104", ["3"], "подрядчик убыл", "initials-prefixed quote is an instruction; new text reports departure"),
      irt=mid(901))

html_only(S, "Заявка № 16104 – выполнение работ, позиция 3", d(4, 17, 30),
          html_doc("""<p>Уважаемые коллеги!</p>
<p>Настоящим сообщаем о завершении работ по позиции 3 заявки № 16104 (СОУЭ, ТЦ «Меридиан»). Сведения о прибытии и убытии специалистов приведены ниже.</p>
%s
<p>Акт выполненных работ по форме КС-2 № 47 от 04.11.2026 будет направлен с оригиналами документов.</p>%s""" % (
              table(["Поз.", "Наименование", "Исполнитель", "Прибытие", "Убытие", "Примечание"],
                    [["3", "Оповещатели Маяк-12-3М (4 шт.)", "Хасанов И.Р.", "04.11.2026 10:05", "04.11.2026 16:40",
                      "Работы выполнены, замечаний нет"]]), SIG_S_HTML)),
          D("16104", ["3"], "подрядчик убыл", "HTML table, one row: arrival and departure both done"))

# =====================================================================
# 16117  БЦ «Олимп» турникет
# =====================================================================
legacy(S, "Обращение №16117 – СКУД БЦ Олимп", d(3, 12, 0),
       "Добрый день!\n\nУведомляем, что обращение №16117 (турникет PERCo TTR-04, вход 2) принято к исполнению.\n"
       "Выезд специалиста запланирован на 04.11.2026 с 10:00.\n\n" + SIG_S,
       D("16117", [], "заявка принята", "accepted; departure is only planned"),
       charset="windows-1251", enc=QP, mailer="Microsoft Outlook 16.0")

plain(Z, "Re: Заявка 16117 СКУД турникет", d(4, 9, 20),
      "еду на олимп по турникету, минут 40\n\n"
      "Вторник, 3 ноября 2026, 12:00 +03:00 от Ладыгин Сергей Павлович <s.ladygin@tehnoshchit.ru>:\n"
      ">Витя, по турникету на Олимпе завтра с утра, см. заявку.\n",
      D("16117", [], "подрядчик в пути", "number only in quoted Re: subject; on the way, ETA 40 min"),
      irt=mid(902), cte="base64")

plain(Z, "Re: Re: Заявка 16117 СКУД турникет", d(4, 10, 5),
      "Добрый день, нa мeсте.\n",  # Latin a, e inside
      D("16117", [], "подрядчик на месте", "Latin look-alike letters in «на месте»"),
      irt=mid(9), cte="base64")

_ol = ol_fwd_block(Z, "4 ноября 2026 г. 13:45", LS, "турникет олимп")
html_only(S, "FW: турникет олимп (заявка 16117)", d(4, 14, 0),
          html_doc("""<p>Коллеги, добрый день.</p><p>Для сведения пересылаем сообщение техника по заявке № 16117.</p>%s
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>От:</b> Виктор Зуев &lt;vitya.zuev83@mail.ru&gt;<br><b>Отправлено:</b> 4 ноября 2026 г. 13:45<br>
<b>Кому:</b> Ладыгин Сергей Павлович &lt;s.ladygin@tehnoshchit.ru&gt;<br><b>Тема:</b> турникет олимп</p></div>
<p>Турникет PERCo TTR-04 – заменил плату управления (сер. № 1187-3302), проверил проход по картам в обе стороны, всё ок. Работы закончил, с объекта уехал в 13:40.</p>
<p>Зуев</p>""" % SIG_S_HTML),
          D("16117", [], "подрядчик убыл", "Outlook HTML forward: technician finished and left 13:40"))

# =====================================================================
# 16125  склад Подольск
# =====================================================================
legacy(S, "Заявка 16125", d(4, 10, 15),
       "Добрый день.\n\nЗаявку № 16125 (склад, г. Подольск, ул. Комсомольская, 1, стр. 4) получили, приняли в работу.\n\n" + SIG_S,
       D("16125", [], "заявка принята", "KOI8-R letter, acceptance"),
       charset="koi8-r", enc=BASE64, mailer="The Bat! (v9.4.3) Professional")

plain(S, "Вопрос по заявке 16125 – пропуск", d(4, 16, 0),
      "Добрый день!\n\nПросим уточнить порядок доступа на территорию склада в г. Подольске по заявке № 16125: "
      "требуется ли заказ пропуска на автомобиль Lada Largus гос. номер А 417 ТМ 750 или достаточно списка сотрудников?\n"
      "Планируемая дата выезда – 05.11.2026.\n\n" + SIG_S,
      R("question about access pass, plan only, no status"))

plain(H, "16125-1 выехал", d(5, 7, 55),
      "по камере у ворот",
      D("16125", ["1"], "подрядчик в пути", "subject 16125-1: position after dash; выехал = on the way"))

plain(H, "16125 (1)", d(5, 9, 30),
      "На объекте с 9:25, камера у ворот 2 – снимаю.",
      D("16125", ["1"], "подрядчик на месте", "position in brackets; «ворот 2» is a gate, not a position"))

legacy(H, "По 16125", d(5, 13, 10),
       "Камеру поменял (HiWatch DS-I450, s/n E93421877), регистратор DS-N208(C) перепрошил, архив пишется. "
       "Обе позиции закрыты, уехал в 13:00.\nХасанов",
       D("16125", [], "подрядчик убыл", "«обе позиции закрыты» = the whole request (both of its 2 positions), no number named; left 13:00"),
       charset="koi8-r", enc=QP, mailer="The Bat! (v9.4.3) Professional")

plain(S, "Акт КС-2 № 52 по заявке 16125", d(6, 9, 0),
      "Добрый день!\n\nНаправляем акт о приёмке выполненных работ КС-2 № 52 от 05.11.2026 и счёт № 318 на сумму 27 640,00 руб. "
      "по заявке № 16125. Просим подписать и вернуть один экземпляр.\n\n" + SIG_S,
      R("documents/invoice talk, no new status"))

# =====================================================================
# 16138  школа №1287, 4 корпуса
# =====================================================================
legacy(S, "Заявка № 16138 – ГБОУ Школа № 1287", d(5, 12, 30),
       "Добрый день!\n\nНастоящим подтверждаем принятие в работу заявки № 16138 по всем четырём позициям "
       "(корпус А, корпус Б, спортзал, пищеблок). Работы будут выполнены в период 09.11–11.11.2026 "
       "в соответствии с %s.\n\n%s" % (CONTRACT, SIG_S),
       D("16138", [], "заявка принята", "accepted for the whole request"),
       charset="windows-1251", enc=BASE64, mailer="Microsoft Outlook 16.0")

plain(G, "Школа 1287", d(9, 8, 10),
      "Заявка 16138, выдвигаемся на корпус А (поз.1), будем минут через 20." + ANDR,
      D("16138", ["1"], "подрядчик в пути", "school number 1287 is not the request"))

plain(G, "16138 П1", d(9, 9, 5),
      "прибыли 9:00",
      D("16138", ["1"], "подрядчик на месте", "П1 in subject"))

html_only(S, "Заявка № 16138 – отчёт за 09.11.2026", d(9, 18, 0),
          html_doc("""<p>Уважаемые коллеги!</p>
<p>Настоящим сообщаем о ходе выполнения работ по заявке № 16138 (ГБОУ Школа № 1287, ул. Азовская, д. 24, корп. 3) за 09.11.2026:</p>
%s
<p>Замечаний со стороны представителя объекта (зам. директора по АХР Сидоренко Т.В.) не поступало.</p>%s""" % (
              table(["№ поз.", "Объект", "Прибытие", "Убытие", "Состояние"],
                    [["1", "Корпус А, АПС", "09:00", "12:30", "выполнено"],
                     ["2", "Корпус Б, АПС", "13:10", "17:20", "выполнено"],
                     ["3", "Спортзал", "—", "—", "перенос на 10.11.2026"],
                     ["4", "Пищеблок", "—", "—", "по графику 11.11.2026"]]), SIG_S_HTML)),
          D("16138", ["1", "2"], "подрядчик убыл", "table: rows 1,2 arrival+departure done; 3,4 only planned"))

plain(G, "16138 спортзал", d(10, 8, 30),
      "По 16138 спортзал сегодня не успеваем – у завхоза нет ключей, перенос на завтра. Пока не выезжаем.",
      R("postponement / negation, nothing happened"))

plain(G, "Re: 16138", d(11, 10, 20),
      "поз 3 на месте, поз 4 выезжаем после обеда\n\n"
      "> -----Original Message-----\n> From: dispatch@zakazchik-omis.ru\n> Sent: Wednesday, November 11, 2026 9:50 AM\n"
      "> Subject: 16138\n>\n> Когда ожидать бригаду на спортзал и пищеблок?\n",
      D("16138", ["3"], "подрядчик на месте", "п3 arrived; п4 is only a plan"),
      irt=DISP_ID(16138))

plain(S, "FW: 16138 завершение", d(11, 17, 45),
      "Добрый вечер.\nПересылаю информацию от бригады, заявка № 16138 выполнена в полном объёме.\n\n" + SIG_S +
      "\n\n-----Original Message-----\nFrom: Горбунов Максим <m.gorbunov@tehnoshchit.ru>\n"
      "Sent: Wednesday, November 11, 2026 5:15 PM\nTo: Ладыгин Сергей Павлович <s.ladygin@tehnoshchit.ru>\n"
      "Subject: 16138 завершение\n\n"
      "поз.3 и поз.4 – работы выполнены, убыли 17:10.\nПломбы № 0045781, 0045782 на ППКОП установлены.\n",
      D("16138", ["3", "4"], "подрядчик убыл", "Outlook Original Message forward; seal numbers are not requests"),
      mailer="Microsoft Outlook 16.0")

# =====================================================================
# 16142  поликлиника
# =====================================================================
plain(S, "Заявка 16142 – принята", d(6, 10, 30),
      "Добрый день!\n\nСообщаем о принятии заявки 16142 (ГБУЗ ГП № 170, ул. Кировоградская, д. 8) на техническое "
      "обслуживание системы пожарной сигнализации. Срок выполнения – до 13.11.2026.\n\n" + SIG_S,
      D("16142", [], "заявка принята", "polyclinic number 170 is not the request"))

plain(G, "Автоматический ответ: Заявка 16142", d(6, 10, 31),
      "Здравствуйте!\n\nЯ нахожусь в командировке с 06.11 по 08.11.2026 и не могу ответить. По срочным вопросам обращайтесь к "
      "Ладыгину С.П. (s.ladygin@tehnoshchit.ru, +7 916 402-17-55).\n\nГорбунов М.А.",
      I("out-of-office auto-reply"),
      extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

plain(Z, "ЗАЯВКА 16142", d(10, 8, 15),
      "ВЫЕХАЛ ИЗ ОФИСА В ПОЛИКЛИНИКУ НА КИРОВОГРАДСКУЮ",
      D("16142", [], "подрядчик в пути", "caps; left FROM office TO site = on the way"), cte="base64")

plain(Z, "Re: 16142", d(10, 9, 0),
      "> Добрый день. Когда ждать специалиста по 16142? Диспетчер Кудрявцева\n\n"
      "Уже на месте с 8:50, начал с 1 этажа.\nЗуев",
      D("16142", [], "подрядчик на месте", "answer written under the quote"),
      irt=DISP_ID(16142), cte="base64")

plain(Z, "16142", d(10, 11, 50),
      "всё, закончил, ушёл с объекта в 11:45. Датчики ИП 212-141 заменил 6 шт, журнал ТО заполнил, "
      "расписалась инженер Белова.",
      D("16142", [], "подрядчик убыл", "ИП 212-141 is a detector model"), cte="base64")

# =====================================================================
# 16156  общежитие СКУД
# =====================================================================
alt(S, "Заявка №16156 принята", d(9, 15, 0),
    "Добрый день!\n\nЗаявка №16156 (СКУД, общежитие, ул. Студенческая, д. 12) принята. Выезд бригады планируется "
    "11.11.2026.\n\n" + SIG_S,
    html_doc("<p>Добрый день!</p><p>Заявка №16156 (СКУД, общежитие, ул. Студенческая, д.&nbsp;12) принята. "
             "Выезд бригады планируется 11.11.2026.</p>" + SIG_S_HTML),
    D("16156", [], "заявка принята", "acceptance; plan of departure"))

plain(S, "Согласование доп. работ – заявка 16156", d(10, 11, 0),
      "Уважаемые коллеги!\n\nПо результатам предварительного обследования по заявке 16156 прошу согласовать стоимость "
      "дополнительных работ:\n"
      "1. Замена контроллера Sigur E500 – 38 400,00 руб.\n"
      "2. Прокладка кабеля UTP 4x2x0,5 – 45 м – 6 750,00 руб.\n"
      "Итого: 45 150,00 руб., в т.ч. НДС 20%.\n\n" + SIG_S,
      R("price approval, no status; numbered list is not positions"))

plain(H, "Общага Студенческая 12, 16156/2 (считыватели)", d(11, 9, 10),
      "приехали",
      D("16156", ["2"], "подрядчик на месте", "position after slash; 12 is house number"))

plain(H, "Re: Общага Студенческая 12, 16156/2 (считыватели)", d(11, 12, 40),
      "считыватели Matrix-IV поменяли 3 шт, уехали в 12:35\n\n> приехали\n",
      D("16156", ["2"], "подрядчик убыл", "quoted «приехали» is old"),
      irt=mid(32))

plain(H, "16156", d(12, 10, 0),
      "Прибыли на 16156 по первой позиции, контроллер.",
      D("16156", ["1"], "подрядчик на месте", "«по первой позиции»"))

plain(H, "16156 п1 контроллер", d(12, 15, 25),
      "Выехали с объекта в 15:20, всё работает, база карт перенесена.",
      D("16156", ["1"], "подрядчик убыл", "left FROM the site"))

plain(S, "Заявки 16156, 16163 – информация", d(12, 17, 10),
      "Добрый день!\n\nПо заявкам 16156 и 16163 сообщаем: работы на сегодня завершены, бригада убыла с объектов. "
      "Завтра продолжим по 16163.\n\n" + SIG_S,
      R("two different requests in one letter"))

# =====================================================================
# 16163  ЖК «Кленовый»
# =====================================================================
legacy(S, "Заявка № 16163 ЖК Кленовый", d(10, 12, 0),
       html_doc("<p>Добрый день!</p><p>Заявка № 16163 (видеонаблюдение, ЖК «Кленовый», ул. Кленовая, д. 7) "
                "принята ООО «ТехноЩит» в работу.</p>" + SIG_S_HTML).replace("utf-8", "windows-1251"),
       D("16163", [], "заявка принята", "HTML in windows-1251 base64"),
       charset="windows-1251", enc=BASE64, subtype="html", mailer="Microsoft Outlook 16.0")

plain(G, "16163 п.1,п.2 едем", d(12, 8, 50),
      "будем около 10",
      D("16163", ["1", "2"], "подрядчик в пути", "two positions, ETA"))

plain(G, "Re: 16163 п.1,п.2 едем", d(12, 10, 5),
      "на месте\n\n12.11.2026 8:50, Горбунов Максим пишет:\n> будем около 10\n",
      D("16163", ["1", "2"], "подрядчик на месте", "Re: subject names old status, body newer"),
      irt=mid(38))

_body = (tb_fwd_block("16163 итог", d(12, 16, 41), G, LS) +
         "Заявка 16163:\n"
         "- поз.1 (подъезд 1): камеры HiWatch DS-I200(D) 2 шт. заменены, IP 192.168.10.31/32;\n"
         "- поз.2 (подъезд 2): ракурс настроен, блок питания 12В 5А заменён.\n"
         "Закончили в 16:30, убыли. Паркинг (поз.3) – ждём подъёмник.\n")
plain(S, "Fwd: 16163 итог", d(12, 17, 0),
      "Добрый день! Для сведения диспетчерской – отчёт бригады.\n\n" + SIG_S + "\n\n" + _body,
      D("16163", ["1", "2"], "подрядчик убыл", "Thunderbird forward; п3 only waiting"),
      mailer="Mozilla Thunderbird 115.4.1")

plain(G, "16163 паркинг", d(13, 9, 15),
      "Ещё не выехали, ждём подъёмник от арендодателя, ориентировочно понедельник.",
      R("negation: not yet left"))

plain(G, "16163-3", d(16, 9, 40),
      "прибыл на паркинг",
      D("16163", ["3"], "подрядчик на месте", "position after dash"))

plain(H, "паркинг готово", d(16, 15, 10),
      "16163 поз3 – камеры на паркинге смонтированы, картинка есть. Готово.",
      D("16163", ["3"], "подрядчик убыл", "«готово» as completion"))

# =====================================================================
# 16171  серверная АУГПТ
# =====================================================================
legacy(S, "Принято. Заявка 16171", d(11, 9, 30),
       "Принято в работу.\nЗаявка 16171, модуль газового пожаротушения МГП-65-50, серверная 2 этаж.\n\n" + SIG_S,
       D("16171", [], "заявка принята", "KOI8-R QP; МГП-65-50 is equipment model"),
       charset="koi8-r", enc=QP, mailer="The Bat! (v9.4.3) Professional")

_mdn = ("From: " + str(Header("Ладыгин Сергей Павлович", "utf-8").encode()) + " <s.ladygin@tehnoshchit.ru>\r\n"
        "To: dispatch@zakazchik-omis.ru\r\n"
        "Subject: =?utf-8?b?" + __import__("base64").b64encode("Прочитано: Заявка 16171".encode()).decode() + "?=\r\n"
        "Date: " + format_datetime(d(11, 9, 12)) + "\r\n"
        "Message-ID: " + "%s" + "\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=disposition-notification;\r\n"
        "\tboundary=\"----=_NextPart_MDN_16171\"\r\n"
        "X-Mailer: Microsoft Outlook 16.0\r\n\r\n"
        "------=_NextPart_MDN_16171\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").encodebytes(("Ваше сообщение\r\n\r\n  Кому: Ладыгин Сергей Павлович\r\n"
                                             "  Тема: Заявка 16171\r\n  Отправлено: 11.11.2026 8:47\r\n\r\n"
                                             "было прочитано 11.11.2026 9:12.\r\n").encode()).decode().replace("\n", "\r\n") +
        "\r\n------=_NextPart_MDN_16171\r\n"
        "Content-Type: message/disposition-notification\r\n\r\n"
        "Reporting-UA: tehnoshchit.ru; Microsoft Outlook 16.0\r\n"
        "Final-Recipient: rfc822;s.ladygin@tehnoshchit.ru\r\n"
        "Original-Message-ID: <disp-16171@zakazchik-omis.ru>\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n"
        "------=_NextPart_MDN_16171--\r\n")
save(_mdn % mid(nextn()), I("read receipt (MDN)"))

plain(H, "наряд 16171", d(12, 7, 30),
      "В пути на серверную, минут 25. Баллон МГП сразу везём.",
      D("16171", [], "подрядчик в пути", "наряд; on the way"))

html_only(S, "О выполнении работ по заявке № 16171", d(12, 16, 20),
          html_doc("""<p>Уважаемые коллеги!</p>
<p>Настоящим сообщаем, что 12.11.2026 специалистами ООО «ТехноЩит» в рамках %s выполнены работы по заявке № 16171:</p>
<ul><li>демонтаж модуля МГП-65-50 (зав. № 22-11043) для перезарядки;</li>
<li>установка подменного модуля МГП-65-50 (зав. № 23-08817);</li>
<li>проверка работоспособности ППКОП С2000-АСПТ, опломбирование – пломба № ТЩ 0078813.</li></ul>
%s
<p>Акт КС-2 и журнал регистрации работ будут переданы инженеру объекта.</p>%s""" % (
              CONTRACT,
              table(["Событие", "Время"], [["Прибытие на объект", "08:05"], ["Убытие с объекта", "15:50"]]),
              SIG_S_HTML)),
          D("16171", [], "подрядчик убыл", "formal HTML report with arrival and departure; many serial/seal numbers"))

plain(S, "Re: Акт по заявке 16171", d(13, 11, 30),
      "Благодарим за оперативное подписание акта по заявке 16171. Оригинал заберёт курьер в понедельник.\n\n" + SIG_S +
      "\n\n-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\nSent: Friday, November 13, 2026 10:02 AM\n"
      "Subject: Акт по заявке 16171\n\nАкт подписан, скан во вложении.\n",
      R("thanks/acknowledgement, no status"), irt=DISP_ID(16171), mailer="Microsoft Outlook 16.0")

# =====================================================================
# 16189  шлагбаум / калитка
# =====================================================================
plain(S, "Ваше обращение #16189", d(12, 15, 0),
      "Добрый день!\nВаше обращение #16189 принято в работу, специалист будет направлен 13.11.\n\n" + SIG_S,
      D("16189", [], "заявка принята", "# form"))

plain(Z, "16189 п1 шлагбаум", d(13, 9, 0),
      "На месте. Привод CAME GARD 4040, не поднимается стрела, смотрю.",
      D("16189", ["1"], "подрядчик на месте", "CAME GARD 4040 is a model"), cte="base64")

plain(Z, "Re: 16189 п1 шлагбаум", d(13, 11, 30),
      "Шлагбаум отремонтировал, концевик заменил, привод работает. Калитку посмотрю когда приедет электрик.\n\n"
      "> На месте. Привод CAME GARD 4040, не поднимается стрела, смотрю.\n",
      D("16189", ["1"], "подрядчик убыл", "result: repaired and working; калитка only plan"),
      irt=mid(50), cte="base64")

plain(Z, "16189 поз 3", d(17, 9, 20),
      "на месте",
      R("position 3 does not exist in 16189"), cte="base64")

plain(Z, "16189 калитка (поз 2)", d(18, 10, 0),
      "замок Шериф-2 поменял, уехал 9:55",
      D("16189", ["2"], "подрядчик убыл", "position in brackets; Шериф-2 is a lock model"), cte="base64")

# =====================================================================
# 16203  детский сад №214
# =====================================================================
html_only(S, "RE: Заявка 16203", d(16, 11, 0),
          html_doc("""<p>Добрый день!</p><p>Принимаем заявку 16203 в работу. Ответственный – Горбунов М.А.</p>%s
<div style="border-top:solid #E1E1E1 1.0pt"><p><b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>
<b>Отправлено:</b> 16 ноября 2026 г. 9:31<br><b>Кому:</b> Ладыгин Сергей Павлович<br><b>Тема:</b> Заявка 16203</p></div>
<p>Прошу принять в работу заявку 16203: ГБОУ детский сад № 214, неисправность АПС.</p>""" % SIG_S_HTML),
          D("16203", [], "заявка принята", "Outlook reply with quoted dispatch message"),
          irt=DISP_ID(16203))

plain(G, "Детский сад №214", d(17, 8, 20),
      "Выехали на детский сад №214 по заявке 16203, П-01, П-02." + ANDR,
      D("16203", ["1", "2"], "подрядчик в пути", "positions written П-01/П-02 = 1,2; №214 is the kindergarten"))

plain(G, "16203", d(17, 9, 15),
      "прибытие 09:10",
      D("16203", [], "подрядчик на месте", "noun «прибытие» with time"))

_inner = inner_msg(G, LS, "16203 садик", d(17, 15, 30),
                   "16203 поз.1 закончили, сработка по ясельной группе устранена.\n"
                   "поз.2 – нужен датчик ИП 101-1А-А1, приедем 19.11.\nГорбунов", 1653)
fwd_attached(S, "Fwd: 16203 садик", d(17, 16, 0),
             "Добрый день. Пересылаю сообщение техника по заявке 16203 (во вложении).\n\n" + SIG_S,
             _inner, D("16203", ["1"], "подрядчик убыл", "forward as message/rfc822 attachment; п2 only planned"))

plain(G, "Re: 16203 садик", d(19, 10, 40),
      "п.2 датчик привезли, поставили, всё работает. Уехали.\n\n"
      "-------- Исходное сообщение --------\n"
      "16203 поз.1 закончили, сработка по ясельной группе устранена.\n"
      "поз.2 – нужен датчик ИП 101-1А-А1, приедем 19.11.\n",
      D("16203", ["2"], "подрядчик убыл", "new text: п.2 done, left"))

# =====================================================================
# 16215  отделение банка
# =====================================================================
plain(S, "Заявка № 16215 – подтверждение", d(17, 12, 10),
      "Добрый день!\n\nПодтверждаем получение и принятие в работу заявки № 16215 (отделение банка, "
      "Ленинский пр-т, д. 95, видеонаблюдение). Выезд 18.11.2026 до 09:00.\n\n" + SIG_S,
      D("16215", [], "заявка принята", "base64 utf-8; address 95"), cte="base64")

_ics = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
        "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ладыгин Сергей Павлович:mailto:s.ladygin@tehnoshchit.ru\r\n"
        "SUMMARY:Принято: Выезд на объект 16215\r\nDTSTART:20261118T050000Z\r\nDTEND:20261118T070000Z\r\n"
        "UID:040000008200E00074C5B7101A82E00800000000A1\r\nSEQUENCE:0\r\nDTSTAMP:20261117T111500Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
n = nextn()
_m = EmailMessage()
base_headers(_m, S, "Принято: Выезд на объект 16215", d(17, 14, 15), n, mailer="Microsoft Outlook 16.0")
_m.set_content("Ладыгин Сергей Павлович принял это приглашение.")
_m.add_alternative(_ics, subtype="calendar")
_m.get_payload()[1].set_param("method", "REPLY")
save(_m, I("calendar meeting response generated by client"))

plain(H, "16215", d(18, 8, 0),
      "В пути к банку на Ленинский, будем через 30 минут.",
      D("16215", [], "подрядчик в пути", "«будем через 30 минут»"))

plain(H, "16215 статус", d(18, 8, 45),
      "По поз.1 на месте, начали. Поз.2 и 3 – второй техник ещё едет, пробка на Ленинском.",
      R("different statuses for different positions (п1 на месте, п2/3 в пути)"))

html_only(S, "Заявка № 16215 – сведения о выполнении", d(18, 18, 30),
          html_doc("""<p>Уважаемые коллеги!</p>
<p>Настоящим сообщаем, что работы по заявке № 16215 выполнены в полном объёме. Время прибытия и убытия специалистов по позициям:</p>
%s
<p>Видеоархив проверен, глубина хранения 30 суток. Акт КС-2 № 61 от 18.11.2026 направим отдельным письмом.</p>%s""" % (
              table(["Позиция", "Наименование", "Прибытие", "Убытие"],
                    [["1", "Операционный зал", "08:40", "13:00"],
                     ["2", "Кассовый узел", "08:55", "15:30"],
                     ["3", "Периметр", "09:00", "17:45"]]), SIG_S_HTML)),
          D("16215", ["1", "2", "3"], "подрядчик убыл", "HTML table, every row has departure"))

plain(S, "Re: 16215 – претензия", d(19, 10, 15),
      "Добрый день!\n\nС замечаниями не согласны: задержка на 40 минут произошла по причине отсутствия "
      "представителя банка на объекте, что зафиксировано охраной (журнал, запись от 18.11 в 08:40). "
      "Просим впредь обеспечивать допуск к началу работ.\n\n" + SIG_S,
      R("complaint discussion, no new status"), irt=DISP_ID(16216))

# =====================================================================
# 16230  котельная
# =====================================================================
plain(S, "16230 принята", d(19, 16, 30),
      "Добрый день.\nЗаявку 16230 (котельная, Промышленный пр., 3А) приняли. Выезд завтра утром.\n\n" + SIG_S,
      D("16230", [], "заявка принята", "bare number in subject"))

plain(S, "Re: 16230 принята", d(19, 17, 0),
      "Уточняю: выезд бригады по заявке 16230 запланирован на 20.11 к 08:30, техник Зуев В.\n\n" + SIG_S,
      R("plan only (future departure)"))

plain(Z, "Котельная, 16230", d(20, 7, 40),
      "Выехал. Гос номер машины О 512 РК 77 для пропуска.",
      D("16230", [], "подрядчик в пути", "car plate is not a request"), cte="base64")

plain(Z, "16230", d(20, 5, 50, tz=UTC),
      "16230 нa мeстe",
      D("16230", [], "подрядчик на месте", "Date in UTC (08:50 MSK); Latin look-alike letters"), cte="base64")

plain(S, "FW: котельная 16230 – завершение", d(20, 15, 0),
      "Коллеги, добрый день.\nНиже информация техника.\n\n" + SIG_S +
      ol_fwd_block(Z, "20 ноября 2026 г. 14:40", LS, "котельная") +
      "Работы завершены, ППКОП Сигнал-20М перезапущен, объект сдан дежурному оператору. Время убытия 14:35.\n",
      D("16230", [], "подрядчик убыл", "Outlook Russian forward header block"),
      mailer="Microsoft Outlook 16.0")

# =====================================================================
# misc: bounce, newsletter, unknown number, no number
# =====================================================================
_orig = ("From: dispatch@zakazchik-omis.ru\r\nTo: a.petrov@tehnoshchit.ru\r\n"
         "Subject: =?utf-8?b?" + __import__("base64").b64encode("Заявка 16138 – напоминание".encode()).decode() + "?=\r\n"
         "Date: Tue, 10 Nov 2026 09:00:12 +0300\r\nMessage-ID: <disp-16138r@zakazchik-omis.ru>\r\n\r\n")
_bounce = ("From: Mail Delivery System <MAILER-DAEMON@tehnoshchit.ru>\r\n"
           "To: dispatch@zakazchik-omis.ru\r\n"
           "Subject: Undelivered Mail Returned to Sender\r\n"
           "Date: " + format_datetime(d(10, 9, 0, ss=14)) + "\r\n"
           "Message-ID: %s\r\n"
           "Auto-Submitted: auto-replied\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"B7C1A1E3F2.1762754414/mx.tehnoshchit.ru\"\r\n\r\n"
           "--B7C1A1E3F2.1762754414/mx.tehnoshchit.ru\r\n"
           "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
           "This is the mail system at host mx.tehnoshchit.ru.\r\n\r\n"
           "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n"
           "<a.petrov@tehnoshchit.ru>: user unknown\r\n\r\n"
           "--B7C1A1E3F2.1762754414/mx.tehnoshchit.ru\r\n"
           "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
           "Reporting-MTA: dns; mx.tehnoshchit.ru\r\n\r\n"
           "Final-Recipient: rfc822; a.petrov@tehnoshchit.ru\r\nAction: failed\r\nStatus: 5.1.1\r\n"
           "Diagnostic-Code: x-unix; user unknown\r\n\r\n"
           "--B7C1A1E3F2.1762754414/mx.tehnoshchit.ru\r\n"
           "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
           + _orig +
           "--B7C1A1E3F2.1762754414/mx.tehnoshchit.ru--\r\n")
save(_bounce % mid(nextn(), "mx.tehnoshchit.ru"), I("delivery failure report (bounce)"))

n = nextn()
_m = EmailMessage()
base_headers(_m, NEWS, "Новинки ИСО «Орион» и вебинар 26 ноября", d(16, 12, 0), n,
             extra={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@tehnoshchit.ru?subject=16>",
                    "List-Id": "Новости ТехноЩит <news.tehnoshchit.ru>"})
_m.set_content("Уважаемые партнёры!\n\nПриглашаем на вебинар 26.11.2026 в 11:00: новинки ИСО «Орион» (Болид), "
               "контроллер С2000-ПП, обновление АРМ «Орион Про» 1.20.3.\n\nОтписаться: ответьте на письмо.")
_m.add_alternative(html_doc("<h2>Новинки ИСО «Орион»</h2><p>Вебинар 26.11.2026 в 11:00: С2000-ПП, АРМ «Орион Про» 1.20.3.</p>"
                            "<p><a href='http://www.tehnoshchit.ru/unsubscribe'>Отписаться</a></p>", outlook=False),
                   subtype="html")
save(_m, I("bulk newsletter"))

legacy(H, "16199 на месте", d(13, 10, 30),
       "На объекте, приступили.\nХасанов",
       R("request 16199 is not in the registry"),
       charset="koi8-r", enc=BASE64, mailer="The Bat! (v9.4.3) Professional")

plain(G, "Объект на Профсоюзной", d(5, 9, 10),
      "Добрый день, на месте, приступили." + ANDR,
      R("no request number at all"))

# ---------------------------------------------------------------- a few more decided in varied forms
plain(S, "Заявка 16117 – ТЕХНИК ВЫЕХАЛ", d(4, 9, 25),
      "Добрый день!\nПо обращению 16117 (БЦ «Олимп», Ленинградский пр-т, 37, корп. 9) техник Зуев В. "
      "выехал на объект в 09:15, ориентировочное время прибытия – 10:00.\n\n" + SIG_S,
      D("16117", [], "подрядчик в пути", "caps subject; address numbers 37/9"), mailer="Microsoft Outlook 16.0")

legacy(S, "Заявка № 16138 – прибытие на объект (позиция 2)", d(9, 13, 15),
       "Добрый день!\n\nНастоящим информируем о прибытии бригады на позицию 2 (корпус Б) заявки № 16138 в 13:10.\n\n" + SIG_S,
       D("16138", ["2"], "подрядчик на месте", "noun «прибытие», позиция 2"),
       charset="windows-1251", enc=QP, mailer="Microsoft Outlook 16.0")

plain(G, "16104 поз2", d(3, 11, 20),
      "по второй позиции на 3 этаже начали прозвонку шлейфа, бригада на объекте",
      D("16104", ["2"], "подрядчик на месте", "поз2 / по второй позиции; 3 этаж is not a position"))

plain(Z, "16189 калитка", d(18, 8, 40),
      "Еду на калитку по 16189 (поз.2), буду через час, электрик уже там",
      D("16189", ["2"], "подрядчик в пути", "«еду … буду через час»"), cte="base64")

html_only(S, "Заявка 16203 – убытие с объекта", d(19, 11, 20),
          html_doc("""<p>Добрый день!</p>
<p>Сообщаем, что по заявке 16203 (позиция 2 – пищеблок) работы завершены, специалист убыл с объекта в 10:35. Пломба № 0045790.</p>%s""" % SIG_S_HTML),
          D("16203", ["2"], "подрядчик убыл", "formal HTML, seal number"))

plain(H, "16171 пРибыли", d(12, 8, 7),
      "пРибыли на серверную 8:05, начинаем демонтаж модуля",
      D("16171", [], "подрядчик на месте", "odd caps typo; arrival"))

plain(S, "Re: 16163 – уточнение по позиции 3", d(13, 12, 0),
      "Добрый день!\n\nПо позиции 3 заявки 16163 (паркинг) работы будут выполнены после предоставления "
      "подъёмника арендодателем. О дате выезда сообщим дополнительно.\n\n" + SIG_S,
      R("plan/promise only"))

plain(H, "Re: Fwd: 16125", d(5, 8, 40),
      "Стоим в пробке на Варшавке, к складу (ворота 2) будем около 9:20\n\n"
      "-------- Пересланное сообщение --------\nТема: 16125\nОт: Ладыгин Сергей Павлович\n\n"
      "Ильдар, камера на воротах и регистратор, заявка 16125.\n",
      D("16125", [], "подрядчик в пути", "stuck in traffic, ETA = on the way; no position named in new text"))

plain(Z, "Автоответ: Re: 16230 принята", d(19, 17, 1),
      "Это автоматический ответ. Ваше письмо получено. Я на выезде, отвечу, как только появится связь.\n\nВиктор",
      I("mail.ru autoresponder"), extra={"Auto-Submitted": "auto-replied", "X-Mailru-Msgtype": "autoreply"}, cte="base64")

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print("letters:", counter[0])
