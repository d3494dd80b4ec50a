#!/usr/bin/env python3
"""Generator of test letters for persona: ООО «ЭлектроМонтажСтрой» (electrical installation contractor).

Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
Only the standard `email` package is used.
"""
import json, os, hashlib, datetime
from email.message import EmailMessage
from email.header import Header
from email.utils import format_datetime, formataddr
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
MSK = datetime.timezone(datetime.timedelta(hours=3))
TO = 'dispatch@zakazchik-omis.ru'
TO_DISPLAY = 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>'

SAV = ('Савельев Андрей Викторович', 'a.saveliev@elmontazhstroy.ru')
GUS = ('Гуськова Наталья', 'n.guskova@elmontazhstroy.ru')
KUZ = ('Олег Кузьмин', 'kuzmin.o.electro@mail.ru')

SIG_SAV = """--
С уважением,
Савельев Андрей Викторович
Главный инженер ООО «ЭлектроМонтажСтрой»
ИНН 7814561230 / КПП 781401001
тел. +7 (812) 603-41-27, моб. +7 921 408-18-55
"""
SIG_GUS = """--
Диспетчер участка Гуськова Н.
ООО "ЭлектроМонтажСтрой"
тел. (812) 603-41-30 доб. 112
"""
SIG_KUZ = "\n--\nОтправлено из мобильной Почты Mail.ru\n"

REGISTRY = {
    "contractor": {
        "name": "ООО «ЭлектроМонтажСтрой»",
        "emails": [SAV[1], GUS[1], KUZ[1], "news@elmontazhstroy.ru",
                   "noreply@elmontazhstroy.ru", "MAILER-DAEMON@elmontazhstroy.ru"],
        "domains": ["elmontazhstroy.ru"],
    },
    "requests": [
        {"number": "18041", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "БЦ «Невский-Плаза», ул. Гончарная 12: замена вводных автоматов 63А в ЩР-1 (1), ЩР-2 (2), ЩР-3 (3)"},
        {"number": "18107", "positions": ["1", "2"], "registered_at": "2026-11-03T11:40:00+03:00",
         "comment": "Склад №4, пр. Обуховской Обороны 271: прокладка КЛ ВВГнг(А)-LS 5х16 от ВРУ до ЩС-2 (1), подключение ЩС-2 (2)"},
        {"number": "18233", "positions": ["1"], "registered_at": "2026-11-05T07:55:00+03:00",
         "comment": "Аварийная: паркинг ЖК, ул. Школьная 20, нет освещения на -1 этаже"},
        {"number": "18250", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "Административный корпус: замена светильников на LED, 2 этаж (1), 3 этаж (2), 4 этаж (3), 5 этаж (4)"},
        {"number": "18318", "positions": ["1", "2"], "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "ТП-1120: замеры сопротивления изоляции КЛ (1), проверка цепи фаза-нуль (2)"},
        {"number": "18402", "positions": ["1"], "registered_at": "2026-11-10T13:00:00+03:00",
         "comment": "Школа №214, ул. Олеко Дундича 8: ремонт рубильника ВРУ-0,4 кВ"},
        {"number": "18477", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "ТРЦ «Балканский»: ревизия ГРЩ (1), ЩАО (2), ЩО-3 (3)"},
        {"number": "18519", "positions": ["1", "2"], "registered_at": "2026-11-13T16:20:00+03:00",
         "comment": "Котельная, ул. Салова 57: подключение насосов Н1 (1) и Н2 (2)"},
        {"number": "18560", "positions": ["1", "2"], "registered_at": "2026-11-16T10:30:00+03:00",
         "comment": "Фасадное освещение: торцевой фасад (1), главный фасад (2)"},
        {"number": "18634", "positions": ["1"], "registered_at": "2026-11-18T08:05:00+03:00",
         "comment": "Столовая корп. Б: срабатывает УЗО"},
        {"number": "18705", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-19T09:40:00+03:00",
         "comment": "Ремонт кабельных линий 10 кВ КЛ-1..КЛ-4 (позиции 1..4)"},
        {"number": "18788", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "Замена счётчиков в ЩУ-1 (1) и ЩУ-2 (2)"},
        {"number": "18851", "positions": ["1"], "registered_at": "2026-11-25T15:30:00+03:00",
         "comment": "Аварийная: искрит розетка в серверной, 3 этаж"},
    ],
}

LABELS = {}
COUNTER = [0]


def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=MSK)


def mid(kind, n, s):
    h = hashlib.md5(f'{kind}{n}{s}'.encode()).hexdigest()
    if kind == 'outlook':
        return f'<000001{h[:4]}${h[4:12]}${h[12:20]}$@elmontazhstroy.ru>'
    if kind == 'bat':
        return f'<{h[:6]}.{h[6:14]}@elmontazhstroy.ru>'
    if kind == 'mailru':
        return f'<{int(h[:8], 16)}.{h[8:16]}@f{int(h[16:18], 16)}.i.mail.ru>'
    if kind == 'bitrix':
        return f'<bx.crm.{h[:10]}.{h[10:18]}@elmontazhstroy.bitrix24.ru>'
    return f'<{h[:16]}@mx.elmontazhstroy.ru>'


LAT = str.maketrans('аеорсхАЕОРСХКМТВН', 'aeopcxAEOPCXKMTBH')


def lat(s):
    """replace Cyrillic letters with Latin look-alikes (as a broken keyboard layout would)"""
    return s.translate(LAT)


def save(msg, label):
    COUNTER[0] += 1
    name = f'{COUNTER[0]:03d}.eml'
    data = msg.as_bytes(policy=policy.SMTP) if isinstance(msg, EmailMessage) else msg.as_bytes()
    with open(os.path.join(LET, name), 'wb') as f:
        f.write(data)
    LABELS[name] = label
    return name


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


def fitcs(text, charset):
    """what the mail client would do: typographic chars missing in the charset become plain ones"""
    for a, b in (('—', '-'), ('–', '-'), ('«', '"'), ('»', '"'), ('№', 'N'), ('ё', 'е')):
        try:
            a.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(a, b)
    return text


def base(who, when, subject, charset, kind, reply_to=None, mailer=None, enc_headers=True):
    m = EmailMessage()
    n = COUNTER[0] + 1
    if enc_headers and charset not in ('utf-8',):
        m.set_raw('From', Header(who[0], charset).encode() + f' <{who[1]}>')
        m.set_raw('Subject', Header(fitcs(subject, charset), charset, maxlinelen=76, header_name='Subject').encode(linesep='\r\n'))
    else:
        m['From'] = f'{who[0]} <{who[1]}>'
        m['Subject'] = subject
    m['To'] = TO_DISPLAY
    m['Date'] = format_datetime(dt(when))
    m['Message-ID'] = mid(kind, n, subject + when)
    if reply_to:
        m['In-Reply-To'] = reply_to
        m['References'] = reply_to
    if mailer:
        m['X-Mailer'] = mailer
    return m


def outlook(when, who, subject, body, charset='windows-1251', cte='quoted-printable', reply_to=None, html=None,
            sig=True):
    m = base(who, when, subject, charset, 'outlook', reply_to, 'Microsoft Outlook 16.0')
    m['Thread-Index'] = 'AQH' + hashlib.md5((subject + when).encode()).hexdigest()[:20] + '=='
    m['Content-Language'] = 'ru'
    if sig:
        body = body.rstrip('\n') + '\n\n' + (SIG_SAV if who == SAV else SIG_GUS)
    m.set_content(fitcs(body, charset), charset=charset, cte=cte)
    if html:
        m.add_alternative(html, subtype='html', charset=charset, cte=cte)
    return m


def bat(when, subject, body, charset='koi8-r', cte='8bit', reply_to=None, sig=True):
    m = base(GUS, when, subject, charset, 'bat', reply_to, 'The Bat! (v9.4.5) Professional')
    if sig:
        body = body.rstrip('\n') + '\n\n' + SIG_GUS
    m.set_content(fitcs(body, charset), charset=charset, cte=cte)
    return m


def mailru(when, subject, body, reply_to=None, html_only=False):
    m = base(KUZ, when, subject, 'utf-8', 'mailru', reply_to, 'Mail.Ru Mailer 1.0')
    body = body.rstrip('\n') + '\n' + SIG_KUZ
    if html_only:
        h = '<HTML><BODY>' + ''.join(f'<div>{l or "&nbsp;"}</div>' for l in body.split('\n')) + '</BODY></HTML>'
        m.set_content(h, subtype='html', charset='utf-8', cte='base64')
    else:
        m.set_content(body, charset='utf-8', cte='base64')
    return m


def bitrix(when, who, subject, deal, task, comment_html, rows=None, req=None, obj=None, plain=True,
           reply_to=None):
    """Bitrix24 CRM letter: human comment + CRM block with deal/task numbers (not request numbers)."""
    m = base(who, when, subject, 'utf-8', 'bitrix', reply_to, 'Bitrix24 CRM')
    m['X-Bitrix-Posting'] = str(int(hashlib.md5(subject.encode()).hexdigest()[:5], 16))
    m['X-EVENT_NAME'] = 'CRM_EMAIL_SEND'
    tbl = ''
    ptxt = ''
    if rows:
        tr = ''.join(f'<tr><td style="border:1px solid #ccc;padding:4px">{a}</td>'
                     f'<td style="border:1px solid #ccc;padding:4px">{b}</td>'
                     f'<td style="border:1px solid #ccc;padding:4px">{c}</td></tr>' for a, b, c in rows)
        tbl = ('<table style="border-collapse:collapse;font:13px Arial">'
               '<tr style="background:#eef2f4"><th style="border:1px solid #ccc;padding:4px">Поз.</th>'
               '<th style="border:1px solid #ccc;padding:4px">Объект / оборудование</th>'
               '<th style="border:1px solid #ccc;padding:4px">Отметка</th></tr>' + tr + '</table>')
        ptxt = '\n'.join(f'{a} | {b} | {c}' for a, b, c in rows)
    reqline = f'<tr><td style="color:#80868e">Заявка заказчика:</td><td>{req}</td></tr>' if req else ''
    objline = f'<tr><td style="color:#80868e">Объект:</td><td>{obj}</td></tr>' if obj else ''
    html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font:14px Arial,sans-serif;color:#333">
<div>{comment_html}</div>
<br><div>{who[0]}<br>ООО «ЭлектроМонтажСтрой»</div>
<hr style="border:0;border-top:1px solid #e0e0e0;margin:18px 0">
<table style="font:12px Arial">
<tr><td style="color:#80868e">Сделка №:</td><td>{deal}</td></tr>
{reqline}{objline}
<tr><td style="color:#80868e">Задача:</td><td>№{task}, ответственный: {who[0]}</td></tr>
</table><br>
{tbl}
<p style="font:11px Arial;color:#a0a4a8">Письмо отправлено из CRM Битрикс24 компании ЭлектроМонтажСтрой.
Пожалуйста, не удаляйте служебную строку при ответе: [CRM:DEAL:{deal}]</p>
</body></html>'''
    if plain:
        import re
        ctext = re.sub(r'<br\s*/?>', '\n', comment_html)
        ctext = re.sub(r'</p>\s*<p>', '\n\n', ctext)
        ctext = re.sub(r'<[^>]+>', '', ctext)
        txt = (f'{ctext}\n\n{who[0]}\nООО «ЭлектроМонтажСтрой»\n\n----\nСделка №: {deal}\n'
               + (f'Заявка заказчика: {req}\n' if req else '') + (f'Объект: {obj}\n' if obj else '')
               + f'Задача: №{task}\n' + (ptxt + '\n' if ptxt else '') + f'[CRM:DEAL:{deal}]\n')
        m.set_content(txt, charset='utf-8', cte='base64')
        m.add_alternative(html, subtype='html', charset='utf-8', cte='base64')
    else:
        m.set_content(html, subtype='html', charset='utf-8', cte='base64')
    return m


def omis_id(s):
    return f'<omis.{hashlib.md5(s.encode()).hexdigest()[:14]}@zakazchik-omis.ru>'


# ---------------------------------------------------------------- letters
# ===== 18041 (reg 02.11 09:10) ЩР-1/2/3
save(bitrix('2026-11-02 10:05', SAV, '[Сделка №3417] БЦ Невский-Плаза, вводные автоматы', 3417, 72215,
            '<p>Добрый день!</p><p>Заявку 18041 получили и приняли в работу. Наряд-допуск №НД-0377 оформляем, '
            'автоматы ВА47-100 3P 63А есть на складе. Выход бригады согласуем с администрацией БЦ.</p>',
            req='18041', obj='ул. Гончарная 12'),
     D('18041', [], 'заявка принята', 'Bitrix CRM letter, deal 3417 and task 72215 are not request numbers; accepted, no position named'))

save(outlook('2026-11-03 08:20', GUS, '18041 поз 1 - выезд',
             'Добрый день.\n\nПо заявке 18041 бригада Кузьмина выехала на Гончарную, позиция 1 (ЩР-1).\n'
             'Машина Газель В 418 ОР 178, ориентировочно будут к 9:00.\n'),
     D('18041', ['1'], 'подрядчик в пути', 'crew left for the site; car plate is a distractor'))

save(mailru('2026-11-03 09:12', '18041 п1', 'На месте. Щитовая открыта, начинаем.'),
     D('18041', ['1'], 'подрядчик на месте', 'foreman from phone, number and position only in subject'))

save(outlook('2026-11-03 13:40', SAV, 'RE: Заявка 18041 - замена вводных автоматов',
             'Ирина Павловна, добрый день.\n\nПо ЩР-1 работы завершены: вводной автомат заменён на ВА47-100 3P 63А, '
             'затяжку контактов проверили. Бригада ушла с объекта в 13:30.\nАкт № 112/11 направим вместе с остальными '
             'позициями.\n\n'
             '-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
             'Sent: Tuesday, November 3, 2026 11:02 AM\nTo: Савельев Андрей Викторович <a.saveliev@elmontazhstroy.ru>\n'
             'Subject: Заявка 18041 - замена вводных автоматов\n\n'
             'Андрей Викторович, добрый день!\nАдминистрация БЦ спрашивает, когда бригада будет на месте по ЩР-2 и ЩР-3 '
             'и сколько по времени отключение по ЩР-1?\n\nДиспетчер Лебедева И.П.\n',
             reply_to=omis_id('18041q')),
     D('18041', ['1'], 'подрядчик убыл', 'reply; quoted customer question mentions other positions, new text reports ЩР-1 done and crew left'))

save(outlook('2026-11-05 10:20', GUS, 'Заявка 18041 — ЩР-2, ЩР-3',
             'Добрый день!\n\nСообщаю: по заявке №18041 позиции 2 и 3 — бригада прибыла на объект в 10:15, '
             'допуск по наряду-допуску №НД-0379 получен.\n'),
     D('18041', ['2', '3'], 'подрядчик на месте', 'arrival at 10:15; наряд-допуск number is a distractor'))

save(bitrix('2026-11-05 17:10', SAV, '[Сделка №3417] Отчёт по работам 05.11', 3417, 72216,
            '<p>Коллеги, добрый вечер.</p><p>По ЩР-2 закончили, бригада убыла в 16:50. По ЩР-3 администрация не дала '
            'отключение, переносим на пятницу 06.11 или понедельник — подтвердим отдельно.</p>',
            rows=[('2', 'ЩР-2, автомат 63А', 'Выполнено, убытие 16:50'),
                  ('3', 'ЩР-3, автомат 63А', 'Перенос — нет отключения')],
            req='18041', obj='ул. Гончарная 12'),
     D('18041', ['2'], 'подрядчик убыл', 'CRM table: pos 2 done/left, pos 3 only postponed (plan)'))

save(outlook('2026-11-06 15:05', SAV, 'RE: 18041 ЩР-3',
             'Добрый день.\n\nПо третьей позиции выедем завтра к 8:00, прошу подтвердить у администрации БЦ '
             'отключение ЩР-3 с 8:30 до 11:00.\n'),
     R('plan for tomorrow plus request to confirm outage; no status happened'))

save(outlook('2026-11-07 11:30', GUS, '18041-3',
             '18041-3 ГОТОВО. Автомат С63 поставили, напряжение подали, всё работает. Ребята уехали.\n',
             charset='utf-8', cte='8bit'),
     D('18041', ['3'], 'подрядчик убыл', 'position after dash in subject; result "готово ... уехали"'))

# ===== 18107 (reg 03.11 11:40)
save(outlook('2026-11-03 12:30', SAV, 'Заявка №18107 принята',
             'Добрый день.\n\nЗаявка №18107 (склад №4, пр. Обуховской Обороны 271) принята. Работы выполняем по договору '
             '№ЭМС-24/117 от 15.01.2026. Кабель ВВГнг(А)-LS 5х16 — со склада подрядчика.\n', cte='base64'),
     D('18107', [], 'заявка принята', 'accepted; contract number and address are distractors'))

save(bat('2026-11-04 09:45', 'Вопрос по 18107',
         'Добрый день!\n\nПо 18107 уточните, пожалуйста, кто на складе будет нас пускать? Телефон в заявке '
         '8-812-777-41-18 не отвечает со вчерашнего дня. Без ответственного бригаду отправлять не можем.\n'),
     R('question about the contact person, nothing reported'))

save(bat('2026-11-05 08:40', 'Re: 18107',
         'Здравствуйте, Ирина Павловна.\n\nСпасибо, дозвонились до кладовщика. Бригада выехала, будут к 9:30.\n\n'
         'Вы писали 4 ноября 2026 г., 16:12:\n\n'
         'ИП> Наталья, контакт на складе: Мельников Сергей, +7 911 250-33-08, с 8:00.\n'
         'ИП> Когда планируете выезд по заявке 18107?\n',
         reply_to=omis_id('18107c')),
     D('18107', [], 'подрядчик в пути', 'The Bat! KOI8-R reply with ИП> quote; thanks + crew left now, no position'))

save(outlook('2026-11-05 15:00', SAV, '18107 (1)',
             'Прокладка КЛ ВВГнг(А)-LS 5х16 от ВРУ до ЩС-2 выполнена, 48 м по лотку, бирки навешены.\n'
             'Бригада снялась с объекта в 14:40. Подключение ЩС-2 — отдельным выездом.\n'),
     D('18107', ['1'], 'подрядчик убыл', 'position in brackets in subject; other position only planned'))

fw = ('Добрый день, пересылаю сообщение бригадира.\n\n'
      '-------- Пересылаемое сообщение --------\n'
      'От: Олег Кузьмин <kuzmin.o.electro@mail.ru>\n'
      'Кому: Гуськова Наталья <n.guskova@elmontazhstroy.ru>\n'
      'Дата: Пятница, 6 ноября 2026, 13:05 +03:00\n'
      'Тема: 18107 ЩС-2\n\n'
      'Наташа привет. ЩС-2 подключили, автоматы С16 х 6 групп, фазировку проверили. 2 поз закрыта, я уехал на базу.\n'
      '-------- Конец пересылаемого сообщения --------\n')
save(bat('2026-11-06 13:20', 'Fwd: 18107 ЩС-2', fw, charset='windows-1251', cte='quoted-printable'),
     D('18107', ['2'], 'подрядчик убыл', 'forwarded foreman report (The Bat! forward markers): pos 2 closed, left'))

# ===== 18233 (reg 05.11 07:55) emergency
save(mailru('2026-11-05 08:05', 'Аварийная 18233',
            'Андрей Викторович переслал, видим. Дежурная бригада выезжает на Школьную 20, будем минут через 40.'),
     D('18233', [], 'подрядчик в пути', '"будем через 40 минут" = on the way'))

save(mailru('2026-11-05 09:02', 'ПРИБЫЛИ 18233', 'ПРИБЫЛИ НА ОБЪЕКТ ПО ЗАЯВКЕ 18233, ПАРКИНГ -1 ЭТАЖ'),
     D('18233', [], 'подрядчик на месте', 'caps'))

save(outlook('2026-11-05 11:15', SAV, 'Заявка 18233 - смета на замену кабеля',
             'Добрый день.\n\nПо аварийной заявке 18233: причина — механическое повреждение кабеля АВВГ 4х16 на -1 '
             'этаже (въезд, пролёт между осями 4-5). Требуется замена участка 25 м.\nСмета №С-0941 на 38 600 руб. '
             'во вложении, прошу согласовать, после согласования закажем кабель.\n'),
     R('cause and price/estimate; asks approval, no new status'))

save(outlook('2026-11-06 14:00', SAV, 'RE: Заявка 18233 - смета на замену кабеля',
             'Смету согласовали, спасибо. По аварийной заявке 18233 освещение паркинга восстановлено, участок кабеля '
             'заменён, бригада убыла в 13:40.\n\n'
             'От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
             'Отправлено: 5 ноября 2026 г. 16:30\n'
             'Кому: Савельев Андрей Викторович <a.saveliev@elmontazhstroy.ru>\n'
             'Тема: RE: Заявка 18233 - смета на замену кабеля\n\n'
             'Смета согласована. Просим выполнить 06.11.\n', reply_to=omis_id('18233s')),
     D('18233', [], 'подрядчик убыл', 'reply with Outlook header block; new text reports done and left'))

# ===== 18250 (reg 06.11 10:00) 4 floors
save(bitrix('2026-11-06 10:40', GUS, '[Сделка №3431] Замена светильников, адм. корпус', 3431, 72290,
            '<p>Добрый день! Заявку приняли.</p><p>План: 09.11 — 2 и 3 этаж, 10-11.11 — 4 этаж, 12.11 — 5 этаж. '
            'Светильники LED 36Вт 4000К (120 шт) поставка 07.11.</p>',
            req='18250', obj='Административный корпус', plain=False),
     D('18250', [], 'заявка принята', 'HTML-only Bitrix; request number only in CRM block; plan dates are not statuses'))

save(outlook('2026-11-09 08:50', GUS, '18250 поз1,поз2',
             'Доброе утро.\nПо заявке 18250 поз1, поз2 — бригада на месте с 8:40, начали со 2-го этажа.\n',
             charset='utf-8', cte='quoted-printable'),
     D('18250', ['1', '2'], 'подрядчик на месте', 'positions written "поз1, поз2"'))

save(outlook('2026-11-09 18:05', SAV, '18250 — итоги 09.11',
             'Добрый вечер.\n\nП1 (2 этаж) — светильники смонтированы, 42 шт, старые РСП вывезены. Бригада ушла в 18:00.\n'
             'П2 — продолжим завтра.\n'),
     D('18250', ['1'], 'подрядчик убыл', 'П1 done and left; П2 only planned'))

save(outlook('2026-11-10 13:00', GUS, 'Re: 18250',
             'Добрый день. По 18250: по П2 работы закончили, П3 начали — бригада сейчас на 4 этаже.\n',
             charset='utf-8', cte='8bit'),
     R('different statuses for different positions (П2 finished, П3 on site)'))

save(outlook('2026-11-11 17:30', SAV, 'RE: 18250 приёмка',
             'Добрый день.\n\nП2 и П3 завершены, мусор вывезли, коменданту показали. Бригада уехала.\n'
             'Остался 5 этаж.\n\n'
             'От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
             'Отправлено: 11 ноября 2026 г. 9:14\n'
             'Кому: a.saveliev@elmontazhstroy.ru\n'
             'Тема: 18250 приёмка\n\n'
             'Андрей Викторович, когда бригада будет на месте на 4 этаже? Комендант ждёт с 9:00.\n',
             reply_to=omis_id('18250p')),
     D('18250', ['2', '3'], 'подрядчик убыл', 'quote asks about arrival; new text reports П2, П3 finished and left'))

save(mailru('2026-11-12 07:50', '18250 поз.4', lat('Выехали') + ' на 5 этаж, п.4, будем в 8:20'),
     D('18250', ['4'], 'подрядчик в пути', 'Latin look-alike letters in "выехали"'))

save(outlook('2026-11-12 16:40', GUS, '18250/4',
             '18250/4 закрыли, 5 эт. сдан коменданту, уехали в 16:30.\n', sig=False),
     D('18250', ['4'], 'подрядчик убыл', 'position after slash'))


def calendar_reply():
    m = MIMEMultipart('alternative')
    m['From'] = formataddr(SAV, charset='utf-8')
    m['To'] = TO
    m['Subject'] = Header('Принято: Приёмка работ по заявке 18250', 'utf-8')
    m['Date'] = format_datetime(dt('2026-11-12 17:05'))
    m['Message-ID'] = mid('outlook', 999, 'cal18250')
    m['X-Mailer'] = 'Microsoft Outlook 16.0'
    m.attach(MIMEText('Савельев Андрей Викторович принял это приглашение.\n', 'plain', 'utf-8'))
    ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n'
           'BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Савельев Андрей Викторович:mailto:a.saveliev@elmontazhstroy.ru\r\n'
           'SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка работ по заявке 18250\r\n'
           'DTSTART;TZID=Russian Standard Time:20261113T100000\r\nDTEND;TZID=Russian Standard Time:20261113T110000\r\n'
           'UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5\r\nDTSTAMP:20261112T140500Z\r\n'
           'END:VEVENT\r\nEND:VCALENDAR\r\n')
    c = MIMEText(ics, 'calendar', 'utf-8')
    c.set_param('method', 'REPLY')
    m.attach(c)
    return m


save(calendar_reply(), I('Outlook calendar meeting response (accepted)'))

save(mailru('2026-11-12 09:30', '18250 поз. 5', 'по позиции 5 бригада на месте, начинаем демонтаж'),
     R('request 18250 has no position 5 (they probably mean the 5th floor = pos 4, but that is a guess)'))

# ===== 18318 (reg 09.11 08:30) measurements
save(outlook('2026-11-09 09:30', SAV, 'Заявка 18318 - электроизмерения ТП-1120',
             'Добрый день.\n\nЗаявку 18318 на замеры приняли. Работы выполнит электролаборатория ООО «ЭлектроМонтажСтрой» '
             '(свидетельство о регистрации ЭЛ №1234-17). Прибор: мегаомметр MIC-2510, поверка до 08.2027.\n'),
     D('18318', [], 'заявка принята', 'accepted; certificate/device numbers are distractors'))

save(outlook('2026-11-10 09:05', GUS, '18318 п.1',
             'Лаборатория на ТП-1120, начали замеры изоляции КЛ мегаомметром 2500В. п.1\n', cte='base64', sig=False),
     D('18318', ['1'], 'подрядчик на месте', 'on site, work in progress'))

save(outlook('2026-11-10 16:20', SAV, 'Замеры 18318 выполнены',
             'Добрый день.\n\nЗамеры по заявке 18318 п.1 и п.2 выполнены: изоляция КЛ в норме (не менее 500 МОм), '
             'петля фаза-нуль в норме. Протоколы №47/11 и №48/11 подготовим к пятнице.\nС ТП ушли в 16:00.\n'),
     D('18318', ['1', '2'], 'подрядчик убыл', 'both positions done and left; protocol numbers distractors'))

save(outlook('2026-11-13 11:00', SAV, 'Счёт и акт по заявке 18318',
             'Добрый день.\n\nНаправляем счёт №512 от 13.11.2026 и акт №512 по заявке 18318 на сумму 24 000 руб. '
             '(без НДС). Прошу подписать акт и вернуть скан, оригиналы курьером.\n'),
     R('invoice/act talk, no status'))

# ===== 18402 (reg 10.11 13:00)
save(outlook('2026-11-10 13:45', SAV, 'RE: Заявка №18402 - ВРУ школа 214',
             'Принято, завтра с 9:00.\n\n'
             '> От: Диспетчерская ОМИС\n> Тема: Заявка №18402 - ВРУ школа 214\n>\n'
             '> Позиция 1: ВРУ-0,4 кВ, рубильник РЕ19-41 1000А, подгорание контактов.\n'
             '> Адрес: ул. Олеко Дундича 8, контакт завхоз Петрова Т.В. +7 921 334-12-90\n', sig=False,
             reply_to=omis_id('18402')),
     D('18402', [], 'заявка принята', '"Принято" = accepted; "завтра с 9:00" is only a plan; position named only in quote'))


def html_only_outlook(when, who, subject, html, charset='windows-1251', cte='quoted-printable'):
    m = base(who, when, subject, charset, 'outlook', None, 'Microsoft Outlook 16.0')
    m['Content-Language'] = 'ru'
    m.set_content(fitcs(html, charset), subtype='html', charset=charset, cte=cte)
    return m


save(html_only_outlook('2026-11-11 08:30', GUS, 'Выезд',
                       '<html><body><p style="font-family:Calibri">Доброе утро!</p>'
                       '<p>Бригада выехала на ВРУ: школа №214, ул. Олеко Дундича 8 (18402).</p>'
                       '<p>Гуськова Н.<br>ООО "ЭлектроМонтажСтрой"</p></body></html>'),
     D('18402', [], 'подрядчик в пути', 'HTML only; request number in brackets after the address'))

save(mailru('2026-11-11 09:20', '18402', 'на месте, ждём завхоза с ключами от электрощитовой'),
     D('18402', [], 'подрядчик на месте', 'bare number subject'))

save(outlook('2026-11-11 15:10', SAV, 'RE: 18402',
             'Добрый день.\n\nРубильник заменён на ВР32-39 1000А, подали напряжение, нагрузка включена, работы окончены. '
             'Бригада освободилась.\n', cte='8bit'),
     D('18402', [], 'подрядчик убыл', '"работы окончены, бригада освободилась"'))

# ===== 18477 (reg 12.11 09:00)
save(bitrix('2026-11-12 09:40', SAV, '[Сделка №3460] ТРЦ Балканский — ревизия щитов', 3460, 72401,
            '<p>Добрый день.</p><p>Заявку №18477 приняли в работу по всем трём щитам. ГРЩ — 13.11, ЩАО и ЩО-3 — 14.11, '
            'допуск в ночное время не требуется.</p>',
            rows=[('1', 'ГРЩ', 'Принято в работу'), ('2', 'ЩАО', 'Принято в работу'),
                  ('3', 'ЩО-3', 'Принято в работу')],
            obj='ТРЦ «Балканский»'),
     D('18477', ['1', '2', '3'], 'заявка принята', 'Bitrix table lists all three positions accepted'))

save(outlook('2026-11-13 08:15', GUS, 'Выезд 18477 поз.1',
             'Выезд по заявке 18477, ГРЩ (поз.1) — 08:10.\n', charset='koi8-r', cte='8bit'),
     D('18477', ['1'], 'подрядчик в пути', 'noun "выезд" with time'))

save(outlook('2026-11-13 09:00', SAV, 'RE: Выезд 18477 поз.1',
             'Прибытие 08:55, работаем по наряду-допуску №НД-0391.\n\n'
             '-----Original Message-----\nFrom: Гуськова Наталья <n.guskova@elmontazhstroy.ru>\n'
             'Sent: Friday, November 13, 2026 8:15 AM\nTo: dispatch@zakazchik-omis.ru\n'
             'Subject: Выезд 18477 поз.1\n\nВыезд по заявке 18477, ГРЩ (поз.1) — 08:10.\n'),
     D('18477', ['1'], 'подрядчик на месте', 'Re: subject names old status "выезд"; body reports arrival'))

save(outlook('2026-11-13 19:00', SAV, 'ГРЩ ТРЦ Балканский (18477)',
             'Добрый вечер.\n\nРаботы на ГРЩ (п.1) закончены в 18:40, объект покинули. Подтянуты контакты на шинах, '
             'заменены 2 трансформатора тока Т-0,66 300/5.\n'),
     D('18477', ['1'], 'подрядчик убыл', 'number in brackets in subject; п.1 finished, left'))

save(mailru('2026-11-14 10:05', 'бригады',
            'Доброе утро. По 18477 поз.2 и по 18519 бригады на месте, работаем.'),
     R('two different requests in one letter'))

save(outlook('2026-11-14 17:00', GUS, '18477 ЩАО, ЩО-3',
             'Добрый день.\n\n18477 ЩАО и ЩО-3 (поз 2,3) — всё сделано, убыли в 16:45. Замечаний нет.\n',
             charset='windows-1251', cte='base64'),
     D('18477', ['2', '3'], 'подрядчик убыл', 'positions "поз 2,3"'))

save(outlook('2026-11-16 09:30', SAV, 'RE: Акт по заявке 18477',
             'Ирина Павловна, спасибо, подписанный акт получили.\n\n'
             '> Акт №3460/11 по заявке 18477 подписан, скан во вложении.\n', sig=True),
     R('thanks/acknowledgement of the customer\'s own message'))

# ===== 18519 (reg 13.11 16:20)
save(outlook('2026-11-13 17:00', SAV, 'Котельная Салова 57',
             'Добрый день.\n\nЗаявка 18519 принята в работу, выезд планируем на 14.11 с утра. Кабель ВВГнг 4х2,5 '
             'и автоматы С16 берём свои.\n', cte='quoted-printable'),
     D('18519', [], 'заявка принята', 'accepted; planned departure is not a status'))

save(mailru('2026-11-14 10:00', 'Котельная', '18519 — бригада в котельной с 9:50, начали с насоса Н1.'),
     D('18519', [], 'подрядчик на месте', 'on site; Н1 is a pump mark, no position number named'))

save(outlook('2026-11-15 14:30', GUS, 'По заявке 18519 - насосы подключены',
             'Добрый день.\n\nН1 и Н2 подключены (поз.1, поз.2), кабель ВВГнг 4х2,5, автоматы С16, проверили '
             'направление вращения. Уехали в 14:10.\n', charset='koi8-r', cte='quoted-printable'),
     D('18519', ['1', '2'], 'подрядчик убыл', 'KOI8-R QP; both positions done, left'))

# ===== 18560 (reg 16.11 10:30)


def ooo():
    m = EmailMessage()
    m['From'] = f'{SAV[0]} <{SAV[1]}>'
    m['To'] = TO
    m['Subject'] = 'Автоматический ответ: 18560 фасадное освещение'
    m['Date'] = format_datetime(dt('2026-11-16 11:00'))
    m['Message-ID'] = mid('outlook', 998, 'ooo18560')
    m['Auto-Submitted'] = 'auto-replied'
    m['X-Auto-Response-Suppress'] = 'All'
    m['In-Reply-To'] = omis_id('18560')
    m.set_content('Здравствуйте!\n\nЯ в командировке до 17.11.2026 включительно, почту читаю с задержкой.\n'
                  'По заявкам обращайтесь к диспетчеру Гуськовой Наталье: n.guskova@elmontazhstroy.ru, '
                  '(812) 603-41-30 доб. 112.\n\nСавельев А.В.\n', charset='utf-8', cte='base64')
    return m


save(ooo(), I('out-of-office auto-reply'))

save(bat('2026-11-16 14:20', 'фасадное освещение',
         'Добрый день!\n\nПо фасадному освещению (заявка 18560) — приняли. Нужна автовышка, подадим 18.11, '
         'о выезде сообщу.\n', charset='windows-1251', cte='8bit'),
     D('18560', [], 'заявка принята', 'accepted; future plan about the lift'))

save(mailru('2026-11-18 08:05', '18560',
            'Выехали с базы на объект, автовышка АГП-22 (гос. номер Х 247 КМ 98) следом.'),
     D('18560', [], 'подрядчик в пути', 'leaving FROM the base TO the site = on the way'))

save(mailru('2026-11-18 09:10', 'Re: 18560', 'мы на месте, торцевой фасад (поз 1)', html_only=True),
     D('18560', ['1'], 'подрядчик на месте', 'mail.ru HTML-only'))

save(outlook('2026-11-18 16:30', SAV, '18560 поз.1',
             'Добрый день.\n\n18560 поз.1: прожекторы LED 100Вт 6 шт заменены, фотореле настроено, бригада уехала.\n'
             'поз.2 (главный фасад) — 19.11.\n',
             html='<html><body><p>Добрый день.</p><p><b>18560 поз.1</b>: прожекторы LED 100Вт 6 шт заменены, '
                  'фотореле настроено, бригада уехала.<br>поз.2 (главный фасад) — 19.11.</p></body></html>'),
     D('18560', ['1'], 'подрядчик убыл', 'multipart/alternative; pos 2 only planned'))

save(outlook('2026-11-19 16:00', GUS, 'RE: 18560 поз.1',
             'По второй позиции (главный фасад) тоже всё, вышку отпустили, бригада уехала в 15:40.\n\n'
             '-----Original Message-----\nFrom: Савельев Андрей Викторович\nSent: Wednesday, November 18, 2026 4:30 PM\n'
             'Subject: 18560 поз.1\n\n18560 поз.1: прожекторы LED 100Вт 6 шт заменены ...\n', charset='utf-8',
             cte='base64'),
     D('18560', ['2'], 'подрядчик убыл', 'Re: subject names pos 1, new body reports the second position'))

# ===== 18634 (reg 18.11 08:05)
save(bitrix('2026-11-18 08:30', GUS, '[Сделка №3502] Столовая корп. Б — УЗО', 3502, 77840,
            'Заявку видим. Кузьмин уже едет, будет через 30 минут.',
            req='18634', obj='Столовая корп. Б'),
     D('18634', [], 'подрядчик в пути', 'Bitrix; deal/task numbers are not request numbers; "уже едет"'))


def read_receipt():
    m = MIMEMultipart('report', report_type='disposition-notification')
    m['From'] = formataddr(SAV, charset='utf-8')
    m['To'] = TO
    m['Subject'] = Header('Прочитано: Заявка 18634 - столовая, срабатывает УЗО', 'utf-8')
    m['Date'] = format_datetime(dt('2026-11-18 09:10'))
    m['Message-ID'] = mid('outlook', 997, 'mdn18634')
    m.attach(MIMEText('Ваше сообщение\n\n  Кому: a.saveliev@elmontazhstroy.ru\n  Тема: Заявка 18634 - столовая, '
                      'срабатывает УЗО\n  Отправлено: 18.11.2026 8:06\n\nбыло прочитано 18.11.2026 9:10.\n',
                      'plain', 'utf-8'))
    d = MIMEBase('message', 'disposition-notification')
    d.set_payload('Reporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;a.saveliev@elmontazhstroy.ru\r\n'
                  'Original-Message-ID: ' + omis_id('18634') + '\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n')
    m.attach(d)
    return m


save(read_receipt(), I('read receipt (MDN)'))

save(outlook('2026-11-18 11:40', SAV, 'RE: Заявка 18634 - столовая, срабатывает УЗО',
             'Добрый день.\n\nПричина срабатывания УЗО — утечка на корпус в пищеварочном котле КПЭМ-100. Котёл отключили '
             'от сети (вывели из работы до ремонта), остальную линию с УЗО 30мА восстановили.\nМы свободны.\n'),
     D('18634', [], 'подрядчик убыл', '"мы свободны" after completed work = crew left'))

save(outlook('2026-11-19 10:10', GUS, 'Вопрос по 18634',
             'Добрый день.\nПодскажите по 18634: акт подписывать у заведующей столовой или у коменданта корпуса Б? '
             'Котёл КПЭМ-100 кто будет ремонтировать — нам выставлять КП?\n'),
     R('questions only'))

# ===== 18705 (reg 19.11 09:40) КЛ-1..4
save(outlook('2026-11-19 10:15', SAV, 'Кабельные линии 10 кВ',
             'Добрый день.\n\nЗаявку 18705 принял. Поиск мест повреждения — 20.11, передвижная лаборатория ЭТЛ-10 '
             '(гос. номер В 812 ТА 178).\n', cte='quoted-printable'),
     D('18705', [], 'заявка принята', 'accepted; car plate/dates distractors'))

save(outlook('2026-11-20 08:30', GUS, '18705 поз.1-2',
             '18705 поз.1-2 (КЛ-1, КЛ-2) — выехали в 8:20.\n', charset='koi8-r', cte='8bit', sig=False),
     D('18705', ['1', '2'], 'подрядчик в пути', 'position range "1-2"'))

save(mailru('2026-11-20 12:00', 'Re: 18705 поз.1-2',
            'На месте по 18705 п1 п2 с 9.20 , ищем повреждение , прибор Ретом-61'),
     D('18705', ['1', '2'], 'подрядчик на месте', 'typed on phone, sloppy punctuation'))

save(bitrix('2026-11-21 17:20', SAV, '[Сделка №3511] КЛ-10 кВ, отчёт за 21.11', 3511, 77902,
            '<p>Добрый вечер.</p><p>По КЛ-1 и КЛ-2 ремонт выполнен, смонтированы соединительные муфты 3СТп-10-70/120, '
            'испытания повышенным напряжением пройдены (протокол №61/11). Бригада убыла в 17:00.</p>'
            '<p>КЛ-3, КЛ-4 — по графику.</p>',
            rows=[('1', 'КЛ-1', 'Убыли 17:00'), ('2', 'КЛ-2', 'Убыли 17:00'), ('3', 'КЛ-3', '—'),
                  ('4', 'КЛ-4', '—')],
            req='18705'),
     D('18705', ['1', '2'], 'подрядчик убыл', 'CRM table: pos 1,2 left; pos 3,4 empty'))

save(outlook('2026-11-24 09:15', SAV, '18705 п.3, п.4 перенос',
             'Добрый день.\n\n18705 по п.3, п.4 — выезд перенесли на 25.11, нет согласования земляных работ от '
             'ГАТИ (ордер №Р-4471 ожидаем сегодня).\n'),
     R('postponement, plan only'))

fwd = ('Наталья Гуськова\n\n'
       '________________________________\n'
       'От: Олег Кузьмин <kuzmin.o.electro@mail.ru>\n'
       'Отправлено: 25 ноября 2026 г. 7:52\n'
       'Кому: Гуськова Наталья\n'
       'Тема: КЛ-3 КЛ-4\n\n'
       'выехали на п.3 и п.4 по 18705, экскаватор заказан на 9:00\n')
save(outlook('2026-11-25 08:00', GUS, 'FW: КЛ-3 КЛ-4', fwd, charset='windows-1251', cte='quoted-printable',
             sig=False),
     D('18705', ['3', '4'], 'подрядчик в пути', 'Outlook FW: of foreman message; forwarded report counts'))

save(outlook('2026-11-25 18:30', SAV, 'RE: 18705 п.3, п.4 перенос',
             'Добрый вечер.\n\n18705 поз.3 и 4 — работы выполнены, муфты смонтированы, котлован засыпан, '
             'благоустройство восстановлено. Бригада с объекта убыла в 18:10.\n'),
     D('18705', ['3', '4'], 'подрядчик убыл', 'Re: subject talks about postponement; new body reports finish'))

# ===== 18788 (reg 23.11 10:00)
save(outlook('2026-11-23 10:30', SAV, 'RE: Заявка 18788',
             'Приняли. Счётчики Меркурий 234 ARTM-03 PB.R в наличии, согласуем с энергосбытом время опломбировки.\n\n'
             'От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
             'Отправлено: 23 ноября 2026 г. 10:02\n'
             'Кому: Савельев Андрей Викторович\n'
             'Тема: Заявка 18788\n\n'
             'Прошу принять заявку на замену счётчиков ЩУ-1, ЩУ-2.\n'),
     D('18788', [], 'заявка принята', 'number only in the Re: subject / quoted header'))

save(mailru('2026-11-24 09:00', '18788 (1)', 'электрики на месте, ждём инспектора энергосбыта'),
     D('18788', ['1'], 'подрядчик на месте', 'position in brackets in subject'))

save(outlook('2026-11-24 14:10', GUS, 'Заявка 18788 ЩУ-1',
             'Добрый день.\n\nп.1 — счётчик заменён, пломбы №0045127, №0045128 установлены, начальные показания '
             '000123,4 кВт*ч. Бригада уехала.\nп.2 — 26.11.\n', charset='windows-1251', cte='base64'),
     D('18788', ['1'], 'подрядчик убыл', 'seal numbers and readings are distractors; п.2 only planned'))

save(outlook('2026-11-26 11:00', GUS, 'Re: 18788 поз.2',
             'По 18788 поз.2 — ещё не выехали, энергосбыт не подтвердил время. Как подтвердят, сообщу.\n',
             charset='utf-8', cte='8bit'),
     R('negation: not yet left'))

save(mailru('2026-11-27 12:30', '18788-2', 'выполнено, уехали в 12:10'),
     D('18788', ['2'], 'подрядчик убыл', 'position after dash in subject'))

# ===== 18851 (reg 25.11 15:30) emergency
save(mailru('2026-11-25 15:45', 'СРОЧНО 18851', 'выезжаем, 20 мин'),
     D('18851', [], 'подрядчик в пути', '"выезжаем, 20 мин" = travelling now'))

save(html_only_outlook('2026-11-25 16:20', GUS, '18851 серверная',
                       '<html><body><div>' + lat('Бригада на месте') + ' (серверная, 3 эт.), розетку обесточили.</div>'
                       '</body></html>', charset='koi8-r', cte='base64'),
     D('18851', [], 'подрядчик на месте', 'HTML-only KOI8-R base64; Latin look-alikes'))

save(outlook('2026-11-25 18:00', SAV, 'RE: 18851 серверная',
             lat('Розетку') + ' и группу С16 заменили, кабельную линию ВВГнг-LS 3х2,5 проверили, серверную запитали. '
             + lat('Ушли') + '.\n', charset='utf-8', cte='quoted-printable'),
     D('18851', [], 'подрядчик убыл', 'Latin look-alikes; done and left'))

# ===== extra hand-written letters
save(outlook('2026-11-17 10:30', SAV, 'Заявка 18300',
             'Добрый день.\n\nПо заявке 18300 поз.1 бригада выехала, будут к 11:00.\n'),
     R('18300 is not in the registry'))

save(bat('2026-11-20 15:40', 'Гончарная',
         'Добрый день.\n\nБригада на месте на Гончарной, проверяют ЩР-2 после замечания арендатора.\n',
         charset='koi8-r', cte='quoted-printable'),
     R('no request number at all'))

save(outlook('2026-11-10 17:45', SAV, 'RE: 18041 - сроки',
             'Ирина Павловна, не согласен с претензией. Задержка по ЩР-3 была из-за отсутствия отключения со стороны '
             'администрации БЦ, это зафиксировано в журнале 05.11. Штраф по п.6.3 договора считаю необоснованным.\n'),
     R('complaint/contract dispute, no status'))

# some more decided ones in other styles
save(outlook('2026-11-02 16:30', GUS, 'Re: Заявка 18041',
             'Здравствуйте.\nДокументы на допуск персонала в БЦ (список: Кузьмин О., Рябов Д., Ткачук В.) '
             'передали охране.\n', charset='utf-8', cte='8bit'),
     R('paperwork for access, no status'))

save(outlook('2026-11-09 09:20', SAV, 'RE: 18250',
             'Подтверждаю, по 18250 мы на объекте с утра, П1 и П2 в работе.\n'),
     D('18250', ['1', '2'], 'подрядчик на месте', 'confirmation of on-site'))

save(outlook('2026-11-06 09:10', GUS, '18041',
             'Доброе утро.\nПо 18041 поз.3 сегодня не выезжаем — администрация БЦ не подтвердила отключение.\n',
             charset='koi8-r', cte='base64'),
     R('negation / no status'))

save(bitrix('2026-11-10 12:10', GUS, '[Сделка №3431] Отчёт 10.11', 3431, 72293,
            '<p>Коллеги, промежуточно по адм. корпусу:</p>',
            rows=[('2', '3 этаж', 'Выполнено'), ('3', '4 этаж', 'В работе, бригада на месте')],
            req='18250', plain=True),
     R('CRM table with different statuses for positions 2 and 3'))

save(outlook('2026-11-26 16:00', SAV, 'Заявки 18705, 18788',
             'Добрый день.\n\nАкты по 18705 и 18788 подготовлены, курьер будет завтра до 12:00. Прошу обеспечить '
             'подписание.\n'),
     R('two requests, documents only'))

save(mailru('2026-11-05 16:45', 'Re: 18041 поз 2,3',
            'по поз.2 (ЩР-2) готово, уехали с объекта. по 3-й отключения так и не дали.'),
     D('18041', ['2'], 'подрядчик убыл', 'pos 2 done and left; pos 3 nothing happened'))

save(outlook('2026-11-14 09:55', GUS, 'RE: заявка 18477 поз. 2',
             'Добрый день. Бригада прибыла на ЩАО в 9:40.\n', charset='windows-1251', cte='quoted-printable',
             sig=False),
     D('18477', ['2'], 'подрядчик на месте', 'Re: subject with position; "прибыла"'))


# ---------------- machine mail
def bounce():
    m = MIMEMultipart('report', report_type='delivery-status')
    m['From'] = 'Mail Delivery System <MAILER-DAEMON@elmontazhstroy.ru>'
    m['To'] = TO
    m['Subject'] = 'Undelivered Mail Returned to Sender'
    m['Date'] = format_datetime(dt('2026-11-14 17:02'))
    m['Message-ID'] = mid('mx', 996, 'bounce')
    m['Auto-Submitted'] = 'auto-replied'
    m.attach(MIMEText('This is the mail system at host mx.elmontazhstroy.ru.\n\nI\'m sorry to have to inform you that '
                      'your message could not be delivered to one or more recipients.\n\n'
                      '<v.tkachuk@elmontazhstroy.ru>: host mx.elmontazhstroy.ru said: 550 5.1.1 User unknown\n', 'plain',
                      'us-ascii'))
    ds = MIMEBase('message', 'delivery-status')
    from email.message import Message
    b1 = Message(); b1['Reporting-MTA'] = 'dns; mx.elmontazhstroy.ru'
    b2 = Message(); b2['Final-Recipient'] = 'rfc822; v.tkachuk@elmontazhstroy.ru'
    b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
    ds.set_payload([b1, b2])
    m.attach(ds)
    h = MIMEText('From: dispatch@zakazchik-omis.ru\nTo: v.tkachuk@elmontazhstroy.ru\n'
                 'Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDE4NDc3INC/0L7Qty4gMg==?=\n'
                 'Date: Sat, 14 Nov 2026 17:01:40 +0300\n', 'rfc822-headers', 'us-ascii')
    m.attach(h)
    return m


save(bounce(), I('delivery failure report'))


def newsletter():
    m = EmailMessage()
    m['From'] = 'ЭлектроМонтажСтрой <news@elmontazhstroy.ru>'
    m['To'] = TO
    m['Subject'] = 'Электролаборатория: скидка 15% на замеры до конца года'
    m['Date'] = format_datetime(dt('2026-11-20 11:00'))
    m['Message-ID'] = mid('mx', 995, 'news')
    m['Precedence'] = 'bulk'
    m['List-Unsubscribe'] = '<mailto:unsubscribe@elmontazhstroy.ru?subject=unsubscribe>'
    m['List-Id'] = 'Клиенты ЭМС <clients.elmontazhstroy.ru>'
    m.set_content('Уважаемые партнёры! До 31.12.2026 скидка 15% на электроизмерения.\n', charset='utf-8')
    m.add_alternative('<html><body><h2>Электролаборатория ЭМС</h2><p>До 31.12.2026 скидка 15% на замеры сопротивления '
                      'изоляции и петли фаза-нуль. Выезд лаборатории — в день заявки!</p>'
                      '<p><a href="https://elmontazhstroy.ru/unsub">Отписаться</a></p></body></html>', subtype='html',
                      charset='utf-8')
    return m


save(newsletter(), I('marketing bulk mail'))


def digest():
    m = EmailMessage()
    m['From'] = 'Битрикс24 <noreply@elmontazhstroy.ru>'
    m['To'] = TO
    m['Subject'] = 'Битрикс24: сводка по сделкам за неделю 16.11–22.11'
    m['Date'] = format_datetime(dt('2026-11-23 07:00'))
    m['Message-ID'] = mid('bitrix', 994, 'digest')
    m['Auto-Submitted'] = 'auto-generated'
    m['Precedence'] = 'bulk'
    m['X-EVENT_NAME'] = 'CRM_DEAL_DIGEST'
    m.set_content('<html><body><p>Сводка по сделкам (сформирована автоматически):</p><table>'
                  '<tr><td>Сделка №3481</td><td>заявка 18560</td><td>Стадия: Выполнено</td></tr>'
                  '<tr><td>Сделка №3502</td><td>заявка 18634</td><td>Стадия: Выполнено</td></tr>'
                  '<tr><td>Сделка №3511</td><td>заявка 18705</td><td>Стадия: В работе</td></tr>'
                  '</table><p>Это письмо сформировано автоматически, отвечать на него не нужно.</p></body></html>',
                  subtype='html', charset='utf-8', cte='base64')
    return m


save(digest(), I('automatic CRM weekly digest (machine-generated, bulk)'))


def ooo2():
    m = EmailMessage()
    m['From'] = f'{GUS[0]} <{GUS[1]}>'
    m['To'] = TO
    m['Subject'] = 'Автоответ: Re: 18788 поз.2'
    m['Date'] = format_datetime(dt('2026-11-26 18:05'))
    m['Message-ID'] = mid('bat', 993, 'ooo2')
    m['Auto-Submitted'] = 'auto-replied'
    m['X-Mailer'] = 'The Bat! (v9.4.5) Professional'
    m.set_content('Добрый день! Рабочий день диспетчера с 8:00 до 18:00. Ваше письмо будет обработано утром.\n'
                  'Аварийная линия: +7 921 408-18-55.\n', charset='koi8-r', cte='8bit')
    return m


save(ooo2(), I('after-hours auto-reply'))

# ---------------------------------------------------------------- outputs
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(LABELS), 'letters')
