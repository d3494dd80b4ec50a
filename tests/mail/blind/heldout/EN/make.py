#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: persona = coordinator of a facility-management contractor
working in HCL Notes + field engineers replying from phones."""
import json, os, random, hashlib
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email import charset as C
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
MSK = timezone(timedelta(hours=3))
DISPATCH = 'dispatch@zakazchik-omis.ru'
DOM = 'fmsg-service.ru'

P = {
    'KOV': ('Ирина Ковалева', 'i.kovaleva@fmsg-service.ru'),
    'PET': ('Алексей Петров', 'a.petrov@fmsg-service.ru'),
    'GOR': ('Сергей Горбунов', 's.gorbunov@fmsg-service.ru'),
    'GORM': ('Сергей Горбунов', 's.gorbunov77@mail.ru'),
    'KHA': ('Ринат Хасанов', 'r.khasanov@fmsg-service.ru'),
    'HRA': ('Елена Храмова', 'e.khramova@fmsg-service.ru'),
    'NEWS': ('ФМ-Сервис Групп', 'news@fmsg-service.ru'),
    'POST': ('Mail Router', 'postmaster@fmsg-service.ru'),
}
NOTES_NAME = {'KOV': 'Ирина Ковалева/FMSG/RU', 'PET': 'Алексей Петров/FMSG/RU',
              'GOR': 'Сергей Горбунов/FMSG/RU', 'KHA': 'Ринат Хасанов/FMSG/RU',
              'HRA': 'Елена Храмова/FMSG/RU'}

SIG_KOV = """С уважением,
Ковалева Ирина Владимировна
Координатор по работе с заказчиками
ООО «ФМ-Сервис Групп»
тел. +7 (495) 787-34-12, доб. 2214
моб. +7 (903) 561-08-47
www.fmsg-service.ru"""
SIG_KOV_FULL = SIG_KOV + """
ИНН 7714351290 / КПП 771401001
115035, г. Москва, ул. Садовническая, д. 72, стр. 1"""
SIG_HRA = """С уважением,
Храмова Елена Николаевна
Заместитель руководителя службы эксплуатации
ООО «ФМ-Сервис Групп»
тел. +7 (495) 787-34-12, доб. 2230"""

REGISTRY = {
    "contractor": {"name": "ООО «ФМ-Сервис Групп»",
                   "emails": [v[1] for v in P.values()],
                   "domains": [DOM]},
    "requests": [
        {"number": "347512", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "БЦ «Северная башня», ул. Тестовская, 10: 1 – ИТП, 2 – ВРУ-1, 3 – насосная ХВС"},
        {"number": "347586", "positions": ["1", "2"], "registered_at": "2026-11-03T09:00:00+03:00",
         "comment": "ТЦ «Радуга»: 1 – ИТП, 2 – лифтовой холл 3 эт."},
        {"number": "347640", "positions": ["1"], "registered_at": "2026-11-04T10:00:00+03:00",
         "comment": "Склад, г. Подольск: 1 – ВРУ-0,4 кВ"},
        {"number": "348015", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:00:00+03:00",
         "comment": "ЖК «Лесной», корп. 2: 1 – ИТП, 2 – ВРУ, 3 – насосная, 4 – лифтовой холл"},
        {"number": "348107", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Офис, Садовническая 72: 1 – ВРУ, 2 – насосная пожаротушения"},
        {"number": "348233", "positions": ["1"], "registered_at": "2026-11-10T11:00:00+03:00",
         "comment": "Школа № 1287: 1 – ИТП"},
        {"number": "348391", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T10:00:00+03:00",
         "comment": "БЦ «Омега»: 1 – лифтовой холл 1 эт., 2 – лифтовой холл 5 эт., 3 – ВРУ"},
        {"number": "348702", "positions": ["1", "2"], "registered_at": "2026-11-12T14:00:00+03:00",
         "comment": "Гостиница «Заречье»: 1 – насосная, 2 – ИТП"},
        {"number": "349018", "positions": ["1"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "Поликлиника, ул. Маршала Бирюзова: 1 – ВРУ"},
        {"number": "349155", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T09:00:00+03:00",
         "comment": "Логистический центр «Восток»: 1 – ИТП-1, 2 – ИТП-2, 3 – насосная"},
        {"number": "349460", "positions": ["1", "2"], "registered_at": "2026-11-19T10:00:00+03:00",
         "comment": "МФК «Пресня»: 1 – ВРУ-2, 2 – лифтовой холл"},
        {"number": "349901", "positions": ["1"], "registered_at": "2026-11-23T08:00:00+03:00",
         "comment": "Жилой дом, Профсоюзная 56: 1 – насосная"},
    ],
}

LETTERS = []
LABELS = {}


def dt(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=MSK)


def notes_html(text):
    """HCL Notes style HTML rendering of plain text."""
    out = []
    for line in text.split('\n'):
        esc = line.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        out.append('<font size=2 face="sans-serif">%s</font><br>' % esc if esc else '<br>')
    return '<html><body>\n' + '\n'.join(out) + '\n</body></html>'


def notes_hist(who, when, to, subject, body, cc='', inline=False):
    """Notes reply history block (quoted older letter below the new text)."""
    if inline:
        return ("\n\n\n\nОт:\t%s\nДата:\t%s\nКому:\t%s\nКопия:\t%s\nТема:\t%s\n\n%s" %
                (who, when, to, cc, subject, body))
    return ("\n\n\n\n%s\n%s\n\nКому\n%s\nКопия\n%s\nТема\n%s\n\n\n\n\n%s" %
            (who, when, to, cc, subject, body))


def notes_fwd(fwder, when, orig_from, orig_to, orig_date, orig_subj, orig_body):
    return ("----- Перенаправлено %s дата %s -----\n\nОт:\t%s\nКому:\t%s\nДата:\t%s\nТема:\t%s\n\n%s" %
            (fwder, when, orig_from, orig_to, orig_date, orig_subj, orig_body))


def add(n, when, who, subject, text=None, html=None, label=None, charset='utf-8', cte='b64',
        kind=None, cc=None, headers=None, raw_parts=None, mailer=None, msgid=None):
    LETTERS.append(dict(n=n, when=when, who=who, subject=subject, text=text, html=html,
                        charset=charset, cte=cte, kind=kind, cc=cc, headers=headers or {},
                        raw_parts=raw_parts, mailer=mailer, msgid=msgid))
    LABELS['%03d.eml' % n] = label


KOI_FIX = {'№': 'N', '«': '"', '»': '"', '–': '-', '—': '-', '•': '*', '’': "'"}


def fix(text, csname):
    if text is None or csname != 'koi8-r':
        return text
    for a, b in KOI_FIX.items():
        text = text.replace(a, b)
    return text


def cs_of(name, cte):
    cs = C.Charset(name)
    cs.body_encoding = {'b64': C.BASE64, 'qp': C.QP, '8bit': None}[cte]
    return cs


def build(L):
    who = L['who']
    name, addr = P[who]
    csname = L['charset']
    L['text'] = fix(L['text'], csname)
    L['html'] = fix(L['html'], csname)
    L['subject'] = fix(L['subject'], csname)
    if L['raw_parts'] is not None:
        msg = L['raw_parts']()
    else:
        kind = L['kind'] or ('alt' if who in ('KOV', 'HRA') and L['html'] is None and L['text'] else 'plain')
        if kind == 'alt' and L['html'] is None:
            L['html'] = notes_html(L['text'])
        if kind == 'plain':
            msg = MIMEText(L['text'], 'plain', cs_of(csname, L['cte']))
        elif kind == 'html':
            msg = MIMEText(L['html'], 'html', cs_of(csname, L['cte']))
        else:
            msg = MIMEMultipart('alternative')
            msg.attach(MIMEText(L['text'], 'plain', cs_of(csname, L['cte'])))
            msg.attach(MIMEText(L['html'], 'html', cs_of(csname, L['cte'])))
    msg['From'] = formataddr((name, addr), charset=csname)
    msg['To'] = DISPATCH
    if L['cc']:
        msg['Cc'] = L['cc']
    msg['Subject'] = L['subject'] if L['subject'].isascii() else Header(L['subject'], csname)
    when = dt(L['when'])
    msg['Date'] = format_datetime(when)
    h = hashlib.md5(('%d%s' % (L['n'], L['when'])).encode()).hexdigest().upper()
    if L['msgid']:
        mid = L['msgid']
    elif who in NOTES_NAME:
        mid = '<OF%s.%s-ON%s.%s@fmsg-service.ru>' % (h[:8], h[8:16], h[16:24], h[24:32])
    elif who == 'GORM':
        mid = '<%s.%s@f%d.i.mail.ru>' % (int(when.timestamp()), h[:10].lower(), 300 + L['n'])
    else:
        mid = '<%s@fmsg-service.ru>' % h.lower()
    msg['Message-ID'] = mid
    mailer = L['mailer']
    if mailer is None and who in ('KOV', 'HRA'):
        mailer = 'HCL Notes Release 12.0.2FP1 March 01, 2023'
    if mailer:
        msg['X-Mailer'] = mailer
    if who in NOTES_NAME and mailer and 'Notes' in mailer:
        msg['X-MIMETrack'] = ('Serialize by Router on FMSG-MAIL01/FMSG(Release 12.0.2FP1|March 01, 2023) at %s' %
                              when.strftime('%d.%m.%Y %H:%M:%S'))
    for k, v in L['headers'].items():
        msg[k] = v
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    with open(os.path.join(LET, '%03d.eml' % L['n']), 'wb') as f:
        f.write(msg.as_bytes())


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
IPHONE = 'iPhone Mail (21B101)'

# ---------------------------------------------------------------- 347512
t1 = """Уважаемые коллеги!

Настоящим уведомляем, что заявка № 347512 (БЦ «Северная башня», ул. Тестовская, д. 10) принята ООО «ФМ-Сервис Групп» в работу.
Ответственный исполнитель – ведущий инженер Петров А.С.
Плановое время выезда будет сообщено дополнительно.

""" + SIG_KOV_FULL
add(1, '2026-11-02 09:10', 'KOV', 'Заявка № 347512 - принята в работу', t1,
    label=D('347512', [], ACC, 'formal acceptance of the whole request; INN/KPP/phones are noise'),
    cc='a.petrov@fmsg-service.ru')

add(2, '2026-11-02 10:05', 'PET', 'Re: Заявка № 347512 - принята в работу',
    "Выезжаю на Тестовскую, 347512 поз.1 (ИТП), буду ориентировочно в 10:50\n\n--\nОтправлено с iPhone" +
    notes_hist(NOTES_NAME['KOV'], '02.11.2026 09:10', DISPATCH, 'Заявка № 347512 - принята в работу',
               t1, 'a.petrov@fmsg-service.ru'),
    label=D('347512', ['1'], WAY, 'engineer leaving now for position 1; quoted acceptance below'),
    mailer=IPHONE)

add(3, '2026-11-02 11:02', 'PET', 'Re: Заявка № 347512 - принята в работу',
    "На месте, поз 1.\n\n--\nОтправлено с iPhone" +
    notes_hist(NOTES_NAME['KOV'], '02.11.2026 09:10', DISPATCH, 'Заявка № 347512 - принята в работу',
               t1, 'a.petrov@fmsg-service.ru'),
    label=D('347512', ['1'], ON, 'one line from the field, request in subject'), mailer=IPHONE)

t4 = """Уважаемые коллеги!

В рамках заявки № 347512 сообщаем текущий статус по позициям на 15:40 02.11.2026:

""" + SIG_KOV
h4 = notes_html("Уважаемые коллеги!\n\nВ рамках заявки № 347512 сообщаем текущий статус по позициям на 15:40 02.11.2026:").replace('</body></html>', '') + """
<table border=1 cellspacing=0 cellpadding=3>
<tr><td><b><font size=2 face="sans-serif">Поз.</font></b></td><td><b><font size=2 face="sans-serif">Система</font></b></td><td><b><font size=2 face="sans-serif">Статус</font></b></td><td><b><font size=2 face="sans-serif">Примечание</font></b></td></tr>
<tr><td><font size=2 face="sans-serif">1</font></td><td><font size=2 face="sans-serif">ИТП</font></td><td><font size=2 face="sans-serif">Бригада убыла 14:55</font></td><td><font size=2 face="sans-serif">Регулятор температуры настроен, параметры в норме</font></td></tr>
<tr><td><font size=2 face="sans-serif">2</font></td><td><font size=2 face="sans-serif">ВРУ-1</font></td><td><font size=2 face="sans-serif">Бригада убыла 15:20</font></td><td><font size=2 face="sans-serif">Протяжка контактных соединений выполнена</font></td></tr>
<tr><td><font size=2 face="sans-serif">3</font></td><td><font size=2 face="sans-serif">Насосная ХВС</font></td><td><font size=2 face="sans-serif">Выезд запланирован на 03.11.2026</font></td><td><font size=2 face="sans-serif">Ожидаем торцевое уплотнение</font></td></tr>
</table>
<br>
""" + '\n'.join('<font size=2 face="sans-serif">%s</font><br>' % l for l in SIG_KOV.split('\n')) + '\n</body></html>'
add(4, '2026-11-02 15:40', 'KOV', 'Статус по заявке № 347512', None, html=h4, kind='html',
    charset='koi8-r', cte='qp',
    label=D('347512', ['1', '2'], LEFT, 'HTML table: rows 1 and 2 left, row 3 only planned'))

add(5, '2026-11-03 08:40', 'GORM', '347512-3', "выехали, насосная\n\n--\nОтправлено из мобильной Почты Mail",
    label=D('347512', ['3'], WAY, 'position after dash in subject'), mailer='Mail.ru Mobile')

add(6, '2026-11-03 12:30', 'KOV', 'Заявка № 347512 поз. 3 - работы завершены',
    """Уважаемые коллеги!

Сообщаем, что работы по поз. 3 (насосная ХВС) заявки № 347512 завершены: заменено торцевое уплотнение насоса Wilo MVI 1608, утечка устранена. Бригада убыла с объекта в 12:10.
Акт выполненных работ № 1125/11 будет направлен отдельным письмом.

""" + SIG_KOV,
    label=D('347512', ['3'], LEFT, 'act number and pump model are noise'), charset='windows-1251', cte='qp')

# ---------------------------------------------------------------- 347586
t7 = """Добрый день!

В рамках заявки 347586 (ТЦ «Радуга») сообщаем: заявка принята, выезд бригады планируется 04.11.2026 в первой половине дня.
Контакт на объекте просим уточнить у администрации ТЦ.

""" + SIG_KOV
add(7, '2026-11-03 09:45', 'KOV', 'ТЦ Радуга (347586)', t7, kind='plain', charset='windows-1251', cte='8bit',
    label=D('347586', [], ACC, 'accepted; the travel is only a plan'))

add(8, '2026-11-04 08:15', 'KHA', '347586 п.1, п.2 выезд',
    "Ирина Владимировна, коллеги, выехали на Радугу по п.1 и п.2. Гос.номер машины Х417ОК 799 для пропуска.",
    label=D('347586', ['1', '2'], WAY, 'car plate is noise'), mailer='Microsoft Outlook for Android')

add(9, '2026-11-04 09:20', 'KHA', 'Re: 347586 п.1, п.2 выезд',
    """Прибыли 9:15, работаем.

________________________________
От: Ринат Хасанов <r.khasanov@fmsg-service.ru>
Отправлено: 4 ноября 2026 г. 8:15
Кому: dispatch@zakazchik-omis.ru
Тема: 347586 п.1, п.2 выезд

Ирина Владимировна, коллеги, выехали на Радугу по п.1 и п.2. Гос.номер машины Х417ОК 799 для пропуска.""",
    label=D('347586', ['1', '2'], ON, 'Re: subject says выезд, body reports arrival'),
    mailer='Microsoft Outlook for Android')

h10 = """<html><body>
<font size=2 face="sans-serif">Уважаемые коллеги!</font><br><br>
<font size=2 face="sans-serif">Сообщаем статус работ по заявке <b>347586</b>:</font><br><br>
<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">
<tr bgcolor="#D9D9D9"><th><font size=2 face="sans-serif">№ п/п</font></th><th><font size=2 face="sans-serif">Позиция</font></th><th><font size=2 face="sans-serif">Выполнено</font></th><th><font size=2 face="sans-serif">Статус</font></th></tr>
<tr><td><font size=2 face="sans-serif">1</font></td><td><font size=2 face="sans-serif">ИТП</font></td><td><font size=2 face="sans-serif">Промывка теплообменника Ридан НН№14, замена манометров (3 шт.)</font></td><td><font size=2 face="sans-serif">Убыли 16:40</font></td></tr>
<tr><td><font size=2 face="sans-serif">2</font></td><td><font size=2 face="sans-serif">Лифтовой холл 3 эт.</font></td><td><font size=2 face="sans-serif">Замена светильников ДПО 2х18 (6 шт.)</font></td><td><font size=2 face="sans-serif">Убыли 16:40</font></td></tr>
</table><br>
""" + '\n'.join('<font size=2 face="sans-serif">%s</font><br>' % l for l in SIG_KOV.split('\n')) + '\n</body></html>'
add(10, '2026-11-04 17:05', 'KOV', 'Заявка 347586 - статус работ', None, html=h10, kind='html', charset='utf-8',
    cte='b64', label=D('347586', ['1', '2'], LEFT, 'HTML table, both rows left'))

# ---------------------------------------------------------------- 347640
add(11, '2026-11-04 11:00', 'HRA', 'Отсутствую на рабочем месте: Заявка № 347640 Подольск ВРУ',
    """Я буду отсутствовать на рабочем месте с 03.11.2026 по 07.11.2026.

По вопросам эксплуатации обращайтесь к координатору Ковалевой И.В., i.kovaleva@fmsg-service.ru, тел. +7 (495) 787-34-12 доб. 2214.""",
    kind='plain', charset='koi8-r', cte='b64',
    headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
    label=I('Notes out-of-office auto-reply'))

f12 = notes_fwd(NOTES_NAME['KOV'], '04.11.2026 13:28', NOTES_NAME['PET'], NOTES_NAME['KOV'] + '@FMSG',
                '04.11.2026 13:20', '347640',
                "Ирина Владимировна, по 347640 принял, выезжаю в Подольск, ориентировочно 1,5 часа в дороге.\nПетров")
add(12, '2026-11-04 13:30', 'KOV', 'Перенаправлено: заявка 347640 Подольск ВРУ',
    "Коллеги, направляем для сведения.\n\n" + SIG_KOV + "\n\n" + f12,
    label=D('347640', [], WAY, 'Notes forward of the engineer message: accepted + leaving now -> в пути'))

add(13, '2026-11-04 15:10', 'PET', 'Re: Перенаправлено: заявка 347640 Подольск ВРУ',
    "Прибыл, приступаю.\n\n--\nОтправлено с iPhone\n\n> 4 нояб. 2026 г., в 13:30, Ирина Ковалева <i.kovaleva@fmsg-service.ru> написал(а):\n>\n> Коллеги, направляем для сведения.\n>",
    label=D('347640', [], ON, 'number only in Re: subject'), mailer=IPHONE)

add(14, '2026-11-05 10:20', 'KOV', 'Завершение работ по заявке N 347640',
    """Уважаемые коллеги!

Настоящим уведомляем о завершении работ по заявке N 347640 (склад, г. Подольск, ВРУ-0,4 кВ).
Выполнена замена вводного автомата ВА57-39 400А, пломба учёта № 0458812 восстановлена в присутствии представителя сетевой организации.
Бригада убыла с объекта 04.11.2026 в 19:40.

""" + SIG_KOV, charset='koi8-r', cte='b64',
    label=D('347640', [], LEFT, 'formal completion; seal number, breaker model are noise'))

# ---------------------------------------------------------------- 348015
t15 = """Уважаемые коллеги!

Сообщаем, что заявка 348015 (ЖК «Лесной», корп. 2) принята в работу по всем позициям. Графики выездов по позициям направим дополнительно.

""" + SIG_KOV
add(15, '2026-11-05 08:50', 'KOV', 'Заявка 348015 ЖК Лесной', t15,
    label=D('348015', [], ACC, 'accepted, all positions'))

add(16, '2026-11-05 09:30', 'KOV', 'Re: Заявка 348015 ЖК Лесной',
    """Коллеги, добрый день!

Просим уточнить по поз. 4 (лифтовой холл): требуется ли доступ в машинное помещение лифта? Если да, прошу сообщить контакт представителя управляющей компании, ключи у нас отсутствуют.

""" + SIG_KOV + notes_hist(NOTES_NAME['KOV'], '05.11.2026 08:50', DISPATCH, 'Заявка 348015 ЖК Лесной', t15),
    label=R('question only; quoted acceptance below'))

add(17, '2026-11-06 07:55', 'GORM', 'Re: Заявка 348015 ЖК Лесной',
    "Поз 3, едем. Будем к 9.\n\n06.11.2026, 07:30, Ирина Ковалева написала:\n> Сергей, по Лесному с утра насосная, заявка 348015.",
    label=D('348015', ['3'], WAY, '«едем, будем к 9» = travelling'), mailer='Mail.ru Mobile')

add(18, '2026-11-06 09:05', 'GORM', '348015 п3',
    "нa oбъeктe",  # latin a/o/e inside
    label=D('348015', ['3'], ON, 'Latin look-alike letters'), mailer='Mail.ru Mobile')

add(19, '2026-11-06 11:40', 'GORM', 'Re: 348015 п3',
    "Насос Grundfos CR 10-6 заменили, всё работает, давление 4,2. Бригада освободилась.\n\n> нa oбъeктe",
    label=D('348015', ['3'], LEFT, 'result wording: replaced, works, crew free'), mailer='Mail.ru Mobile')

add(20, '2026-11-06 14:00', 'KOV', 'Заявка 348015 - поз. 1, 2',
    """Уважаемые коллеги!

В рамках заявки 348015 сообщаем: по поз. 1 (ИТП) бригада на месте с 13:30, по поз. 2 (ВРУ) бригада выехала, ориентировочное прибытие 14:40.

""" + SIG_KOV,
    label=R('different statuses for different positions (1 on site, 2 on the way)'))

add(21, '2026-11-07 10:15', 'KHA', '348015 (1, 2)',
    "Убыли в 10:00, по ИТП и ВРУ работы завершены, замечаний нет.",
    label=D('348015', ['1', '2'], LEFT, 'positions in brackets in subject'), mailer='Microsoft Outlook for Android')

add(22, '2026-11-07 10:40', 'KOV', 'Заявка 348015 - поз. 4 выезд 09.11',
    """Уважаемые коллеги!

Выезд бригады по поз. 4 заявки 348015 (лифтовой холл) запланирован на 09.11.2026 с 10:00. Просим обеспечить доступ в машинное помещение.

""" + SIG_KOV, charset='windows-1251', cte='b64',
    label=R('only a plan for position 4'))

add(23, '2026-11-09 10:20', 'PET', 'Re: Заявка 348015 - поз. 4 выезд 09.11',
    "по 4-й позиции прибыли, УК ключи передала\n\n--\nОтправлено с iPhone" +
    notes_hist(NOTES_NAME['KOV'], '07.11.2026 10:40', DISPATCH, 'Заявка 348015 - поз. 4 выезд 09.11',
               "Уважаемые коллеги!\n\nВыезд бригады по поз. 4 заявки 348015 (лифтовой холл) запланирован на 09.11.2026 с 10:00."),
    label=D('348015', ['4'], ON, '«по 4-й позиции прибыли»'), mailer=IPHONE)

f24 = notes_fwd(NOTES_NAME['KOV'], '09.11.2026 15:58', NOTES_NAME['PET'], NOTES_NAME['KOV'] + '@FMSG',
                '09.11.2026 15:47', 'Лесной лифт. холл',
                "Лифтовой холл корп.2 - закончил в 15:45, заменил доводчик двери и 4 светильника, уехал.\nА.П.")
add(24, '2026-11-09 16:00', 'KOV', 'Перенаправлено: Лесной лифт. холл (348015 п.4)',
    "Уважаемые коллеги, пересылаю отчёт инженера по заявке 348015, поз. 4.\n\n" + SIG_KOV + "\n\n" + f24,
    label=D('348015', ['4'], LEFT, 'forwarded engineer report: finished and left'))

# ---------------------------------------------------------------- 348107
add(25, '2026-11-09 09:40', 'KOV', 'Заявка № 348107',
    """Добрый день!

Заявку № 348107 (офис, ул. Садовническая, 72) принимаем в работу в рамках договора № 14/2026-ТО от 12.01.2026.
Исполнитель по поз. 1 – Петров А.С., по поз. 2 – Хасанов Р.Р.

""" + SIG_KOV_FULL,
    label=D('348107', [], ACC, 'accepted; contract number/date are noise; positions only assigned to people'))


def bounce26():
    m = MIMEMultipart('report', report_type='delivery-status')
    m.attach(MIMEText("""Your message

  Subject: Заявка № 348107 - уточнение по доступу

was not delivered to:

  o.smirnova@fmsg-service.ru

because:

  User o.smirnova@fmsg-service.ru not listed in Domino Directory""", 'plain', 'utf-8'))
    from email import message_from_string
    ds = MIMEBase('message', 'delivery-status')
    ds.set_payload([message_from_string("Reporting-MTA: dns;fmsg-mail01.fmsg-service.ru\n\n"),
                    message_from_string("Final-Recipient: rfc822;o.smirnova@fmsg-service.ru\n"
                   "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Notes; User o.smirnova@fmsg-service.ru not listed in Domino Directory\n\n")])
    m.attach(ds)
    orig = MIMEBase('text', 'rfc822-headers')
    orig.set_payload("From: dispatch@zakazchik-omis.ru\nTo: o.smirnova@fmsg-service.ru\n"
                     "Subject: =?utf-8?b?0JfQsNGP0LLQutCwIOKEliAzNDgxMDcgLSDRg9GC0L7Rh9C90LXQvdC40LUg0L/QviDQtNC+0YHRgtGD0L/Rgw==?=\n"
                     "Date: Mon, 9 Nov 2026 09:52:11 +0300\n")
    m.attach(orig)
    return m


add(26, '2026-11-09 10:00', 'POST', 'DELIVERY FAILURE: User o.smirnova@fmsg-service.ru not listed in Domino Directory',
    raw_parts=bounce26, headers={'Auto-Submitted': 'auto-generated'}, label=I('Domino delivery failure (bounce)'))

add(27, '2026-11-10 08:30', 'KHA', '348107 п.2',
    "Выезд по п.2 (насосная пожаротушения) в 08:25.", label=D('348107', ['2'], WAY, 'noun выезд with time'),
    mailer='Microsoft Outlook for Android')

add(28, '2026-11-10 09:50', 'KHA', 'Re: 348107 п.2',
    "П2 прибытие 09:45\n\n-----Original Message-----\nFrom: Ринат Хасанов\nSent: Tuesday, November 10, 2026 8:30 AM\nTo: dispatch@zakazchik-omis.ru\nSubject: 348107 п.2\n\nВыезд по п.2 (насосная пожаротушения) в 08:25.",
    label=D('348107', ['2'], ON, 'noun прибытие with time, П2'), mailer='Microsoft Outlook for Android')

add(29, '2026-11-10 13:00', 'KOV', 'Заявка № 348107 - статус',
    """Уважаемые коллеги!

Сообщаем, что по п.2 заявки № 348107 работы выполнены: жокей-насос Grundfos CR 3-15 запущен, проверка АУПТ проведена, бригада убыла в 12:40.
По п.1 (ВРУ) выезд назначен на 11.11.2026.

""" + SIG_KOV, charset='windows-1251', cte='qp',
    label=D('348107', ['2'], LEFT, 'pos 2 done, pos 1 only planned'))

add(30, '2026-11-11 09:10', 'PET', '348107 п1',
    "На месте с 9:00.\n\n--\nОтправлено с iPhone", label=D('348107', ['1'], ON, 'short from field'), mailer=IPHONE)


def mdn31():
    m = MIMEMultipart('report', report_type='disposition-notification')
    m.attach(MIMEText("Ваше сообщение\n\n  Кому: i.kovaleva@fmsg-service.ru\n  Тема: Re: Заявка № 348107 - статус\n  Отправлено: 11.11.2026 09:02\n\nбыло прочитано 11.11.2026 09:15.", 'plain', 'utf-8'))
    dn = MIMEBase('message', 'disposition-notification')
    dn.set_payload("Reporting-UA: fmsg-mail01.fmsg-service.ru; HCL Notes\nFinal-Recipient: rfc822;i.kovaleva@fmsg-service.ru\n"
                   "Original-Message-ID: <5a1c0e92@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(dn)
    return m


add(31, '2026-11-11 09:15', 'KOV', 'Прочитано: Re: Заявка № 348107 - статус', raw_parts=mdn31,
    label=I('read receipt (MDN)'))

add(32, '2026-11-11 15:30', 'PET', 'Re: 348107 п1',
    "ВРУ п.1 — ЗАВЕРШЕНО, убыл 15:20\n\n--\nОтправлено с iPhone\n\n> 11 нояб. 2026 г., в 9:10, Алексей Петров написал(а):\n> На месте с 9:00.",
    label=D('348107', ['1'], LEFT, 'caps, finished and left'), mailer=IPHONE)

# ---------------------------------------------------------------- 348233
t33 = """Уважаемые коллеги!

Заявка #348233 (ГБОУ Школа № 1287, ИТП) – в работе. Ответственный инженер Горбунов С.А., тел. +7 (916) 204-77-31.

""" + SIG_KOV
add(33, '2026-11-10 11:45', 'KOV', 'Заявка #348233', t33, charset='koi8-r', cte='qp',
    label=D('348233', [], ACC, '«в работе» = taken into work; school number and phone are noise'))

add(34, '2026-11-10 12:00', 'KOV', 'Re: Заявка 348233 - уточнение адреса',
    """Коллеги, благодарим за информацию, приняли к сведению. Адрес и контакт завхоза передали инженеру.

""" + SIG_KOV + notes_hist('dispatch@zakazchik-omis.ru', '10.11.2026 11:52', NOTES_NAME['KOV'] + '@FMSG',
                           'Заявка 348233 - уточнение адреса',
                           "Ирина Владимировна, уточняем: вход в ИТП со стороны стадиона, ул. Кастанаевская, 14. Завхоз Марина Петровна, 8-926-311-40-58."),
    label=R('acknowledgement of the dispatcher message, no status'))

add(35, '2026-11-11 07:40', 'GORM', 'Re: Заявка #348233',
    "Здравствуйте, Ирина.\n\nещё не выехали, ждём машину с базы, водитель в пробке на МКАД.\n\nВы писали 10 ноября 2026 г., 11:45:\n\nИК> Заявка #348233 (ГБОУ Школа № 1287, ИТП) – в работе.\nИК> Ответственный инженер Горбунов С.А.\n\n-- \nС уважением,\n Сергей                          mailto:s.gorbunov77@mail.ru",
    label=R('negation: not yet left; initials-prefixed quote'), mailer='The Bat! (v10.5.3) Home', charset='windows-1251', cte='8bit')

add(36, '2026-11-11 08:55', 'GORM', 'школа (348233)',
    "выехали в 8:50", label=D('348233', [], WAY, 'number in brackets in subject'), mailer='Mail.ru Mobile')

add(37, '2026-11-11 10:10', 'GORM', 'Re: школа (348233)',
    "Нa мeсте", label=D('348233', [], ON, 'Latin a/e inside'), mailer='Mail.ru Mobile')

add(38, '2026-11-11 14:30', 'KOV', 'Заявка № 348233 - выполнено',
    """Уважаемые коллеги!

В рамках заявки № 348233 сообщаем: прибытие бригады – 10:05, убытие – 14:10. Работы по ИТП выполнены в полном объёме (замена обратного клапана Ду50, опрессовка).

""" + SIG_KOV,
    label=D('348233', [], LEFT, 'arrival and departure both reported: latest = left'))

# ---------------------------------------------------------------- 348391
add(39, '2026-11-11 10:30', 'KOV', 'Re: Заявка 348391 БЦ Омега',
    """Добрый день!
Принято в работу. Исполнитель – Хасанов Р.Р.

""" + SIG_KOV + notes_hist('dispatch@zakazchik-omis.ru', '11.11.2026 10:02', NOTES_NAME['KOV'] + '@FMSG',
                           'Заявка 348391 БЦ Омега',
                           "Направляем заявку. Позиции: 1 – лифтовой холл 1 эт., 2 – лифтовой холл 5 эт., 3 – ВРУ.\nАдрес: Ленинградский пр-т, 37, корп. 9.", inline=True),
    label=D('348391', [], ACC, 'number only in the Re: subject / quote'))

add(40, '2026-11-12 09:00', 'KHA', '348391 (1)', "выехал",
    label=D('348391', ['1'], WAY, 'position in brackets'), mailer='Microsoft Outlook for Android')

add(41, '2026-11-12 09:40', 'KHA', 'Re: 348391 (1)', "на месте по п1 и п2\n\n________________________________\nОт: Ринат Хасанов\nОтправлено: 12 ноября 2026 г. 9:00\nКому: dispatch@zakazchik-omis.ru\nТема: 348391 (1)\n\nвыехал",
    label=D('348391', ['1', '2'], ON, 'body names 1 and 2, subject only 1'), mailer='Microsoft Outlook for Android')

h42 = """<html><body>
<font size=2 face="sans-serif">Уважаемые коллеги!</font><br><br>
<font size=2 face="sans-serif">Настоящим сообщаем статус по заявке № 348391 (БЦ «Омега») на 12:00 12.11.2026:</font><br><br>
<table border=1 cellspacing=0 cellpadding=3>
<tr><td><font size=2 face="sans-serif"><b>Поз.</b></font></td><td><font size=2 face="sans-serif"><b>Наименование</b></font></td><td><font size=2 face="sans-serif"><b>Статус</b></font></td></tr>
<tr><td><font size=2 face="sans-serif">1</font></td><td><font size=2 face="sans-serif">Лифтовой холл 1 эт.</font></td><td><font size=2 face="sans-serif">Убытие 11:50, работы выполнены</font></td></tr>
<tr><td><font size=2 face="sans-serif">2</font></td><td><font size=2 face="sans-serif">Лифтовой холл 5 эт.</font></td><td><font size=2 face="sans-serif">Убытие 11:50, работы выполнены</font></td></tr>
<tr><td><font size=2 face="sans-serif">3</font></td><td><font size=2 face="sans-serif">ВРУ</font></td><td><font size=2 face="sans-serif">&mdash;</font></td></tr>
</table><br>
""" + '\n'.join('<font size=2 face="sans-serif">%s</font><br>' % l for l in SIG_KOV.split('\n')) + '\n</body></html>'
t42 = """Уважаемые коллеги!

Настоящим сообщаем статус по заявке № 348391 (БЦ «Омега») на 12:00 12.11.2026:

Поз. | Наименование | Статус
1 | Лифтовой холл 1 эт. | Убытие 11:50, работы выполнены
2 | Лифтовой холл 5 эт. | Убытие 11:50, работы выполнены
3 | ВРУ | -

""" + SIG_KOV
add(42, '2026-11-12 12:00', 'KOV', 'Статус: заявка № 348391', t42, html=h42, kind='alt', charset='windows-1251',
    cte='b64', label=D('348391', ['1', '2'], LEFT, 'multipart table, rows 1-2 left, row 3 nothing'))

add(43, '2026-11-13 08:20', 'PET', '348391/3', "еду, минут 25\n\n--\nОтправлено с iPhone",
    label=D('348391', ['3'], WAY, 'position after slash'), mailer=IPHONE)

add(44, '2026-11-13 11:00', 'PET', 'Re: 348391/3',
    "п.3 сделали, ВРУ под нагрузкой, ушёл с объекта\n\n--\nОтправлено с iPhone",
    label=D('348391', ['3'], LEFT, 'ушёл с объекта'), mailer=IPHONE)

add(45, '2026-11-13 12:00', 'KOV', 'Заявка 348391 - простой бригады',
    """Уважаемые коллеги!

Обращаем Ваше внимание, что 13.11.2026 по заявке 348391 служба охраны БЦ «Омега» не допускала бригаду к ВРУ в течение 1 ч 30 мин (с 08:45 до 10:15) в связи с отсутствием пропуска, несмотря на заблаговременно направленный список (письмо исх. № 2211/11 от 12.11.2026).
Просим учесть время простоя при приёмке работ и впредь обеспечивать своевременное оформление пропусков.

""" + SIG_KOV_FULL,
    label=R('complaint about access/downtime, no new status'))

# ---------------------------------------------------------------- 348702
add(46, '2026-11-12 14:40', 'KOV', 'Подтверждение: заявка N 348702',
    """Уважаемые коллеги!

Настоящим подтверждаем получение и принятие заявки N 348702 (гостиница «Заречье»).
Сроки выезда по позициям сообщим дополнительно.

""" + SIG_KOV, charset='koi8-r', cte='b64',
    label=D('348702', [], ACC, 'KOI8-R base64 acceptance'))


def cal47():
    m = MIMEMultipart('alternative')
    m.attach(MIMEText("Приглашение принято: Совещание по заявке 348702 (насосная), 16.11.2026 11:00-12:00, переговорная 3.\n", 'plain', 'utf-8'))
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HCL//Notes 12.0.2//RU\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
           "DTSTART:20261116T080000Z\r\nDTEND:20261116T090000Z\r\nUID:4A1C2E11B7E4D3F2C3257F0B00401234-Lotus_Notes_Generated\r\n"
           "ATTENDEE;PARTSTAT=ACCEPTED;CN=\"Ирина Ковалева\":mailto:i.kovaleva@fmsg-service.ru\r\n"
           "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nSUMMARY:Совещание по заявке 348702\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = MIMEText(ics, 'calendar', 'utf-8')
    cal.set_param('method', 'REPLY')
    m.attach(cal)
    return m


add(47, '2026-11-13 09:00', 'KOV', 'Принято: Совещание по заявке 348702', raw_parts=cal47,
    label=I('calendar meeting response generated by Notes'))

add(48, '2026-11-13 13:20', 'GOR', '348702 поз2', "в пути, 20 мин", label=D('348702', ['2'], WAY, 'поз2 in subject'),
    mailer='K-9 Mail for Android')

add(49, '2026-11-13 14:00', 'GOR', 'Re: 348702 поз2', "ИТП п.2: на месте. Тел. для связи 8-916-204-77-31\n\n> в пути, 20 мин",
    label=D('348702', ['2'], ON, 'phone is noise'), mailer='K-9 Mail for Android')

add(50, '2026-11-13 17:30', 'KOV', 'Заявка N 348702 поз. 2',
    """Уважаемые коллеги!

Сообщаем, что по второй позиции заявки N 348702 работы завершены (замена регулятора перепада давления Danfoss AVPB, кат. № 003H6391), бригада убыла в 17:10.

""" + SIG_KOV, label=D('348702', ['2'], LEFT, '«по второй позиции»; part number noise'))

add(51, '2026-11-14 10:00', 'KOV', 'КП на замену насоса - заявка 348702 поз. 1',
    """Уважаемые коллеги!

Направляем коммерческое предложение № КП-0871 на замену циркуляционного насоса по поз. 1 (насосная) заявки 348702.
Стоимость работ и оборудования – 184 300,00 руб., в т.ч. НДС 20%. Срок поставки насоса Wilo Stratos 50/1-12 – 10 рабочих дней.
Просим согласовать.

""" + SIG_KOV_FULL, label=R('commercial offer / price talk'))

# ---------------------------------------------------------------- 349018
add(52, '2026-11-16 08:30', 'KOV', 'Заявки № 349018, № 348702',
    """Уважаемые коллеги!

Сообщаем, что заявка № 349018 (поликлиника, ВРУ) принята в работу. Также по заявке № 348702 поз. 1 бригада выезжает 17.11.2026 после согласования КП.

""" + SIG_KOV, label=R('two requests in one letter'))

add(53, '2026-11-16 10:10', 'PET', 'Заявка 349018', "Заявка 349018 – выехали с базы, едем на Бирюзова.\n\n--\nОтправлено с iPhone",
    label=D('349018', [], WAY, 'выехали с базы = on the way to site'), mailer=IPHONE)

add(54, '2026-11-16 11:30', 'PET', 'Re: Заявка 349018', "ПРИБЫЛИ\n\n--\nОтправлено с iPhone",
    label=D('349018', [], ON, 'caps'), mailer=IPHONE)

h55 = """<html><body>
<p><font size=2 face="sans-serif">Уважаемые коллеги!</font></p>
<p><font size=2 face="sans-serif">Работы по заявке <b>349018</b> завершены: ВРУ-0,4 кВ поликлиники, замена рубильника РПС-4 400А, термографический контроль выполнен (отчёт № ТВ-112/26).<br>
Бригада убыла с объекта в 15:35.</font></p>
""" + '\n'.join('<font size=2 face="sans-serif">%s</font><br>' % l for l in SIG_KOV.split('\n')) + '\n</body></html>'
add(55, '2026-11-16 16:00', 'KOV', 'Заявка 349018 - работы завершены', None, html=h55, kind='html', charset='utf-8',
    cte='qp', label=D('349018', [], LEFT, 'HTML only'))

# ---------------------------------------------------------------- 349155
add(56, '2026-11-17 09:30', 'KOV', 'Заявка № 349155 ЛЦ Восток',
    """Уважаемые коллеги!

В рамках заявки № 349155 сообщаем, что заявка принята. Ответственный – инженер Горбунов С.А., тел. +7 916 204-77-31.
Выезд по позициям 1–3 будет выполнен в течение 17–18.11.2026.

""" + SIG_KOV, charset='windows-1251', cte='qp', label=D('349155', [], ACC, 'accepted; plan for travel'))

add(57, '2026-11-17 11:00', 'GOR', '349155 поз. 5', "на месте", label=R('position 5 does not exist in the request'),
    mailer='K-9 Mail for Android')

add(58, '2026-11-17 11:10', 'GOR', 'Re: 349155 поз. 5', "извиняюсь, опечатка – поз 1, ИТП-1. На месте.\n\n> на месте",
    label=D('349155', ['1'], ON, 'correction of the previous letter: position 1 (subject still says 5)'),
    mailer='K-9 Mail for Android')

add(59, '2026-11-17 15:00', 'KOV', 'Заявка № 349155 - статус по позициям',
    """Уважаемые коллеги!

Сообщаем: по поз. 1 и 2 (ИТП-1, ИТП-2) бригада убыла в 15:00, работы выполнены. По поз. 3 (насосная) бригада на месте, ориентировочное окончание – 18.11.2026.

""" + SIG_KOV, label=R('different statuses for different positions (1,2 left; 3 on site)'))

add(60, '2026-11-18 09:00', 'KHA', '349155-3', "убыл в 8:40, насосная в норме, акт подписан у главного инженера",
    label=D('349155', ['3'], LEFT, 'position after dash'), mailer='Microsoft Outlook for Android')

# ---------------------------------------------------------------- 349460
f61 = notes_fwd(NOTES_NAME['KOV'], '19.11.2026 10:27', 'Диспетчерская ФМ-Сервис/FMSG/RU', NOTES_NAME['KOV'] + '@FMSG',
                '19.11.2026 10:21', 'Регистрация: ВН-2211',
                "Заявка заказчика 349460 (МФК «Пресня») зарегистрирована в нашей системе под № ВН-2211, принята в работу.\nНазначена бригада № 4 (ст. Хасанов Р.Р.).\nДиспетчер Зуева О.")
add(61, '2026-11-19 10:30', 'KOV', 'Перенаправлено: Регистрация: ВН-2211',
    "Коллеги, для сведения.\n\n" + SIG_KOV + "\n\n" + f61, charset='koi8-r', cte='qp',
    label=D('349460', [], ACC, 'forwarded internal registration; ВН-2211 and brigade 4 are not the request'))

news62 = """ФМ-Сервис Групп | Дайджест, ноябрь 2026

• Компания прошла аттестацию по ISO 41001:2018 (сертификат № RU.41001.0342).
• Завершено 1 284 заявки заказчиков в октябре, из них 97% в нормативный срок.
• Новый телефон круглосуточной диспетчерской: 8-800-555-47-12.
• Приглашаем на вебинар «Энергоэффективность ИТП» 26.11.2026 в 11:00.

Вы получили это письмо, так как являетесь клиентом ООО «ФМ-Сервис Групп». Отписаться: https://www.fmsg-service.ru/unsubscribe?id=88412"""
add(62, '2026-11-19 11:00', 'NEWS', 'Дайджест ФМ-Сервис: ноябрь 2026', news62, kind='plain', charset='utf-8', cte='qp',
    headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://www.fmsg-service.ru/unsubscribe?id=88412>',
             'List-Id': 'FMSG news <news.fmsg-service.ru>'}, mailer='Sendsay',
    label=I('bulk newsletter'))

add(63, '2026-11-20 08:10', 'KHA', 'Заявка 349460 позиция 2', "Отправляемся на объект по 349460, позиция 2, будем около 9.",
    label=D('349460', ['2'], WAY, 'setting off now'), mailer='Microsoft Outlook for Android')

add(64, '2026-11-20 12:30', 'PET', 'Re: Заявка 349460 позиция 2',
    "349460 п.2: выехали с объекта в 12:20, всё сделано\n\n--\nОтправлено с iPhone\n\n> Отправляемся на объект по 349460, позиция 2, будем около 9.",
    label=D('349460', ['2'], LEFT, '«выехали с объекта» = left the site'), mailer=IPHONE)

add(65, '2026-11-20 13:00', 'KOV', 'Re: Заявка 349460 - статус в системе',
    """Коллеги, добрый день!

Прошу пояснить, почему в вашей системе заявка 349460 отображается как закрытая? По п.1 (ВРУ-2) работы ещё не начинались, выезд согласован на завтра.

""" + SIG_KOV + notes_hist('dispatch@zakazchik-omis.ru', '20.11.2026 12:45', NOTES_NAME['KOV'] + '@FMSG',
                           'Заявка 349460 - статус в системе', "Заявка 349460: п.2 – подрядчик убыл 12:20.", inline=True),
    label=R('question; quoted history reports left, new text only asks'))

add(66, '2026-11-21 09:00', 'KHA', 'МФК Пресня',
    "по заявке 349460 по первой позиции бригада прибыла, ВРУ-2 обесточено по согласованию с главным энергетиком",
    label=D('349460', ['1'], ON, '«по первой позиции»'), mailer='Microsoft Outlook for Android')

add(67, '2026-11-21 12:00', 'KHA', '349460 (1)', "прибытие 9:00, убытие 11:45. Напряжение подано.",
    label=D('349460', ['1'], LEFT, 'both events: latest = left'), mailer='Microsoft Outlook for Android')

# ---------------------------------------------------------------- 349901
add(68, '2026-11-23 08:20', 'KOV', 'Автоматический ответ: Заявка № 349901 Профсоюзная 56',
    """Я нахожусь на больничном до 27.11.2026. Ваше письмо будет обработано после моего выхода.
По срочным вопросам: Храмова Елена Николаевна, e.khramova@fmsg-service.ru, +7 (495) 787-34-12 доб. 2230.""",
    kind='plain', charset='koi8-r', cte='qp', headers={'Auto-Submitted': 'auto-replied'},
    label=I('out-of-office auto-reply'))

t69 = """Уважаемые коллеги!

Заявка № 349901 (ж/д, ул. Профсоюзная, 56, насосная) принята. Выезд бригады планируется сегодня после обеда.

""" + SIG_HRA
add(69, '2026-11-23 09:00', 'HRA', 'Заявка № 349901 принята', t69, label=D('349901', [], ACC, 'deputy accepts'))

add(70, '2026-11-23 13:40', 'PET', 'Профсоюзная', "выехал на 349901\n\n--\nОтправлено с iPhone",
    label=D('349901', [], WAY, '«выехал на» = on the way'), mailer=IPHONE)

add(71, '2026-11-23 14:30', 'PET', 'Re: Заявка № 349901 принята',
    "на месте\n\n--\nОтправлено с iPhone" +
    notes_hist(NOTES_NAME['HRA'], '23.11.2026 09:00', DISPATCH, 'Заявка № 349901 принята', t69),
    label=D('349901', [], ON, 'number only in Re: subject'), mailer=IPHONE)

add(72, '2026-11-24 09:10', 'HRA', 'Заявка № 349777',
    """Уважаемые коллеги!

Сообщаем, что по заявке № 349777 работы выполнены, бригада убыла с объекта 23.11.2026 в 17:30.

""" + SIG_HRA, charset='windows-1251', cte='b64', label=R('request number not in the registry'))

add(73, '2026-11-24 10:00', 'HRA', 'Re: Заявка № 349901 принята',
    """Коллеги, по 349901 – вчера в 18:05 бригада закончила работы и уехала. Насос повышения давления в работе, давление на 17 эт. 2,8 атм.

""" + SIG_HRA + notes_hist(NOTES_NAME['HRA'], '23.11.2026 09:00', DISPATCH, 'Заявка № 349901 принята', t69),
    label=D('349901', [], LEFT, 'finished yesterday and left'))

add(74, '2026-11-24 11:20', 'GORM', 'насосная', "на месте, насосная, жду представителя УК\n\n--\nОтправлено из мобильной Почты Mail",
    label=R('no request number anywhere'), mailer='Mail.ru Mobile')

add(75, '2026-11-18 10:00', 'KOV', 'Сводный статус по заявкам 348391, 349155',
    """Уважаемые коллеги!

Настоящим уведомляем:
– по заявке 348391 все позиции выполнены, бригады убыли, акты направлены;
– по заявке 349155 поз. 3 бригада убыла 18.11.2026 в 08:40.

""" + SIG_KOV, label=R('one letter covering two requests'))

# ---------------------------------------------------------------- write
for L in LETTERS:
    build(L)
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(LETTERS), 'letters')
