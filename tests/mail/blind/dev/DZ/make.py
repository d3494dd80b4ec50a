#!/usr/bin/env python3
# Generator for the «Рубеж-Связь» (Красноярск) test letters.
import base64, quopri, json, os, random, datetime as dt
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
random.seed(2611)

KRAT = dt.timezone(dt.timedelta(hours=7))
DISPATCH = 'dispatch@zakazchik-omis.ru'
DISP_NAME = 'Диспетчерская ОМИС'

# senders
KOSTYA = ('Константин Лыков', 'k.lykov@rubezh-svyaz.ru')
DIMA = ('Дмитрий Сафонов', 'd.safonov@rubezh-svyaz.ru')
DIMA_MR = ('Дима Сафонов', 'safonov.dima24@mail.ru')
ARTEM = ('Артём Гуров', 'a.gurov@rubezh-svyaz.ru')
OFFICE = ('Рубеж-Связь Офис', 'office@rubezh-svyaz.ru')
MALTSEV = ('Мальцев Сергей Петрович', 'maltsev@rubezh-svyaz.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@rubezh-svyaz.ru')
NEWS = ('Рубеж-Связь', 'news@rubezh-svyaz.ru')

IPHONE = '\n\nОтправлено с iPhone'
MAILRU = '\n\n--\nОтправлено из мобильной Почты Mail.ru'
OFFICE_SIG = """
С уважением,
Зайцева Ольга Викторовна
офис-менеджер ООО «Рубеж-Связь»
660135, г. Красноярск, ул. Взлётная, д. 57, оф. 312
тел.: +7 (391) 205-47-18, доб. 101
моб.: +7 (902) 941-26-03
ИНН 2465301187 / КПП 246501001 / ОГРН 1142468039512
Лицензия МЧС России № 24-Б/00417 от 12.03.2019
www.rubezh-svyaz.ru"""
MALTSEV_SIG = """
--
С уважением, Мальцев С.П.
начальник монтажного участка
ООО «Рубеж-Связь», г. Красноярск
т. +7 (391) 205-47-18 доб. 104, моб. +7 913 044-18-72"""
ARTEM_SIG = """
Артём Гуров
бригадир, Рубеж-Связь
8-913-537-20-66"""

def d(mo_day, hm):
    day = int(mo_day)
    h, m = map(int, hm.split(':'))
    return dt.datetime(2026, 11, day, h, m, random.randint(0, 59), tzinfo=KRAT)

_mid = [0]
def msgid(dom='rubezh-svyaz.ru', style='plain'):
    _mid[0] += 1
    r = ''.join(random.choice('0123456789ABCDEF') for _ in range(16))
    if style == 'apple':
        return '<%s-%04X-4C1E-9A0B-%s@rubezh-svyaz.ru>' % (r[:8], _mid[0], r[4:16])
    if style == 'outlook':
        return '<000001db%s$%s$%04x@rubezh-svyaz.ru>' % (r[:8].lower(), r[8:16].lower(), _mid[0])
    if style == 'mailru':
        return '<%d.%s@f%d.mail.ru>' % (1762000000 + _mid[0] * 977, r[:10].lower(), 300 + _mid[0] % 90)
    return '<%s.%d@%s>' % (r.lower(), _mid[0], dom)

def hdr(text, charset='utf-8', enc='B'):
    if charset == 'koi8-r':
        for a, b in (('№', 'N'), ('«', '"'), ('»', '"'), ('—', '-')):
            text = text.replace(a, b)
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = BASE64 if enc == 'B' else QP
        return Header(text, cs).encode(maxlinelen=76)

def addr(name_addr, charset='utf-8', enc='B'):
    name, a = name_addr
    return '%s <%s>' % (hdr(name, charset, enc), a)

def encode_body(text, charset, cte):
    data = text.replace('\n', '\r\n').encode(charset)
    if cte == 'base64':
        return base64.encodebytes(data).replace(b'\n', b'\r\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(text.encode(charset)).replace(b'\n', b'\r\n')
    if cte in ('8bit', '7bit'):
        return data
    raise ValueError(cte)

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', extra=None):
    h = 'Content-Type: text/%s; charset="%s"\r\nContent-Transfer-Encoding: %s\r\n' % (subtype, charset, cte)
    if subtype == 'plain' and charset == 'utf-8' and cte == 'quoted-printable' and extra == 'flowed':
        h = 'Content-Type: text/plain; charset=utf-8; format=flowed\r\nContent-Transfer-Encoding: quoted-printable\r\n'
    if charset == 'koi8-r':  # The Bat! user: no typographic symbols in KOI8-R
        for a, b in (('№', 'N'), ('«', '"'), ('»', '"'), ('—', '-'), ('–', '-')):
            text = text.replace(a, b)
    body = encode_body(text, charset, cte)
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    return h.encode('ascii') + b'\r\n' + body

def multipart(subtype, parts, extra_ct=''):
    b = '----=_Part_%d_%d' % (random.randint(10**6, 10**7), random.randint(10**8, 10**9))
    out = ('Content-Type: multipart/%s; boundary="%s"%s\r\n\r\n' % (subtype, b, extra_ct)).encode('ascii')
    out += b'This is a multi-part message in MIME format.\r\n\r\n'
    for p in parts:
        out += ('--%s\r\n' % b).encode('ascii') + p + b'\r\n'
    out += ('--%s--\r\n' % b).encode('ascii')
    return out

def raw_part(ctype, body_bytes, cte='7bit', extra_hdr=''):
    return ('Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n%s\r\n' % (ctype, cte, extra_hdr)).encode('ascii') + body_bytes

def html_of(text):
    import html as H
    paras = text.strip('\n').split('\n\n')
    return ''.join('<p>%s</p>\n' % H.escape(p).replace('\n', '<br>\n') for p in paras)

LETTERS = []
def letter(date, frm, subject, body_bytes, label, to=None, cc=None, hcs='utf-8', henc='B',
           style='plain', mailer=None, extra=None, irt=None, mid=None):
    LETTERS.append(dict(date=date, frm=frm, subject=subject, body=body_bytes, label=label,
                        to=to, cc=cc, hcs=hcs, henc=henc, style=style, mailer=mailer,
                        extra=extra or [], irt=irt, mid=mid))

def D(req, pos, st, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': st, 'note': note}
def R(note):
    return {'expect': 'review', 'note': note}
def I(note):
    return {'expect': 'ignored', 'note': note}

ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
IPH = 'iPhone Mail (22B91)'
OUTL = 'Microsoft Outlook 16.0'
BAT = 'The Bat! (v10.5.3) Professional'
MRA = 'Mail.ru Android 14.92.0.54831'

def iphone_quote(when, who, text):
    q = '\n'.join('> ' + l if l else '> ' for l in text.strip('\n').split('\n'))
    lead = '%s, %s' % (when, who) if who else when
    return '\n\n> %s написал(а):\n> \n%s' % (lead, q)

def gt(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n'))

# =====================================================================
# 260114  МБОУ СШ № 152, ОПС
# =====================================================================
A1_TEXT = """Добрый день!

Уведомляем, что заявка № 260114 (МБОУ СШ № 152, ул. Урванцева, 8) принята ООО «Рубеж-Связь» в работу. Выезд монтажника запланирован на 03.11.2026 в первой половине дня, ответственный — техник Лыков К.А., тел. +7 (902) 918-33-40.
""" + OFFICE_SIG
letter(d(2, '14:02'), OFFICE, 'Заявка № 260114 — принята в работу',
       part(A1_TEXT, charset='windows-1251', cte='quoted-printable'),
       D('260114', [], ACC, 'office confirms acceptance; phone/INN/licence numbers in signature'),
       hcs='windows-1251', henc='Q', style='outlook', mailer=OUTL, mid='A1')

letter(d(3, '08:41'), KOSTYA, '260114 выехали', part(IPHONE.strip('\n'), extra='flowed'),
       D('260114', [], WAY, 'subject only, body is just the iPhone signature'), style='apple', mailer=IPH)

letter(d(3, '09:17'), KOSTYA, 'Re: Заявка № 260114 — принята в работу',
       part('подъехали 👍' + IPHONE + iphone_quote('2 нояб. 2026 г., в 14:02', 'Рубеж-Связь Офис <office@rubezh-svyaz.ru>', A1_TEXT), extra='flowed'),
       D('260114', [], ON, 'number only in the quoted Re: subject; quote is the acceptance letter'),
       cc=[OFFICE], style='apple', mailer=IPH, irt='A1')

letter(d(3, '13:05'), KOSTYA, '260114 п1п2 закрыли',
       part('прибор перепрошили, шлейфы на 2эт прозвонили всё норм. п3 завтра, ждём БП' + IPHONE, extra='flowed'),
       D('260114', ['1', '2'], LEFT, 'п1,п2 closed; п3 only planned'), style='apple', mailer=IPH)

letter(d(4, '10:31'), DIMA_MR, 'заявка 260114 поз.3',
       part('Добрый день. СОУЭ по поз.3 запустили, оповещение проверили по всем этажам, речевые сообщения проходят. С объекта уехали в 10:20.\nСафонов Д.' + MAILRU, cte='base64'),
       D('260114', ['3'], LEFT, '"с объекта уехали" = left'), style='mailru', mailer=MRA)

letter(d(4, '15:20'), OFFICE, 'Вопрос по заявке 260114',
       part("""Добрый день!

Подскажите, пожалуйста, требуется ли по заявке № 260114 оформлять отдельный акт на СОУЭ (позиция 3) или достаточно общего акта выполненных работ? Договор № 17/2026-ТО от 15.01.2026.
""" + OFFICE_SIG, charset='windows-1251', cte='quoted-printable'),
       R('question about paperwork, no status'), hcs='windows-1251', henc='Q', style='outlook', mailer=OUTL)

# =====================================================================
# 261207  Поликлиника № 4, СКУД
# =====================================================================
B0_DISP = """Направляем заявку № 261207.
Объект: КГБУЗ «Красноярская городская поликлиника № 4», ул. Королёва, 2.
Позиция 1 — турникет на центральном входе не пропускает по картам.
Позиция 2 — контроллер СКУД, каб. 204 (отдел кадров), нет связи с сервером.
Просьба подтвердить принятие.

Диспетчерская служба ОМИС, тел. 8 (495) 640-12-77"""
letter(d(3, '14:40'), ARTEM, 'Re: Заявка 261207 Поликлиника 4 СКУД',
       part('Принял, завтра с утра будем.\nГуров\n\nвт, 3 нояб. 2026 г. в 14:00, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n\n' + gt(B0_DISP), cte='base64'),
       D('261207', [], ACC, '"Принял" + plan for tomorrow; quote is dispatcher request'), mailer=None)

letter(d(4, '08:15'), ARTEM, '261207',
       part('Выдвигаемся на поликлинику 4, минут 40 по пробкам на Королёва\n' + ARTEM_SIG, cte='base64'),
       D('261207', [], WAY, '"выдвигаемся", ETA 40 min'), mid='B2')

letter(d(4, '09:05'), ARTEM, 'Re: 261207',
       part('на месте, стоим на проходной, охрана не в курсе про нас\n\n' + gt('Выдвигаемся на поликлинику 4, минут 40 по пробкам на Королёва\n' + ARTEM_SIG), cte='base64'),
       D('261207', [], ON, 'arrived, waiting at the gate'), irt='B2')

letter(d(4, '12:50'), ARTEM, '261207 поз.2 — готово',
       part('Поз.2 (каб. 204) — контроллер Z-5R Net поменяли, связь есть, карты сотрудников перезаписали, всё ок.\nПо турникету (поз.1) нужна плата управления, заказали, приедем в четверг.\nГуров', cte='base64'),
       D('261207', ['2'], LEFT, 'поз.2 done; "каб. 204" is a room; поз.1 only planned'))

letter(d(4, '16:00'), MALTSEV, 'Заявка 261207 — задержка допуска',
       part("""Добрый день.

Сегодня по заявке 261207 бригада Гурова полтора часа простояла на проходной поликлиники № 4 — охрана не была предупреждена о нашем приезде, пропуск оформили только после звонка заведующей. Прошу на будущее заранее передавать на объект списки сотрудников. Время простоя (1,5 ч) включим в акт.
""" + MALTSEV_SIG, charset='koi8-r', cte='8bit'),
       R('complaint about access delay, no new status'), hcs='koi8-r', mailer=BAT)

letter(d(5, '15:30'), ARTEM, '261207-1 отстрелялись',
       part('турникет крутится, плату поставили 👍', cte='base64'),
       D('261207', ['1'], LEFT, 'position after dash in subject; slang "отстрелялись" = finished'))

# =====================================================================
# 262031  Детская поликлиника № 1, видеонаблюдение (1 позиция)
# =====================================================================
C1_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Добрый день!</p>
<p>Заявка <b>№&nbsp;262031</b> (КГБУЗ «Красноярская городская детская поликлиника №&nbsp;1», пр. Мира, 149) принята в работу.</p>
<p>Выезд бригады планируем 05.11.2026 с 9:00 до 12:00, ответственный — техник Сафонов Д.В.</p>
<p>&nbsp;</p>
<table style="border-top:1px solid #999;font-size:9pt;color:#555">
<tr><td>С уважением,<br>Зайцева Ольга Викторовна<br>офис-менеджер ООО «Рубеж-Связь»<br>
тел.: +7 (391) 205-47-18, доб. 101 | моб.: +7 (902) 941-26-03<br>
ИНН 2465301187 / КПП 246501001<br>Лицензия МЧС России № 24-Б/00417 от 12.03.2019</td></tr>
</table>
</body></html>"""
letter(d(4, '13:10'), OFFICE, 'Заявка 262031',
       part(C1_HTML, subtype='html', cte='base64'),
       D('262031', [], ACC, 'HTML-only acceptance; visit date is a plan'), style='outlook', mailer=OUTL)

letter(d(5, '09:02'), DIMA_MR, 'едем на 262031', part(MAILRU.strip('\n'), cte='base64'),
       D('262031', [], WAY, 'status in subject, body only mobile footer'), style='mailru', mailer=MRA, mid='C2')

letter(d(5, '10:15'), DIMA_MR, '262031 п.2 готово',
       part('камеру на 2 этаже у регистратуры перевесили, смотрит нормально' + MAILRU, cte='base64'),
       R('request 262031 has only position 1; п.2 does not exist'), style='mailru', mailer=MRA)

letter(d(5, '11:40'), DIMA_MR, 'Re: едем на 262031',
       part('камеру над входом поменяли на HiWatch DS-I203(D), архив пишется, работы завершены, сворачиваемся' + MAILRU + '\n\n\nЧетверг, 5 ноября 2026, 9:02 +07:00 от Дима Сафонов <safonov.dima24@mail.ru>:\n> \n> --\n> Отправлено из мобильной Почты Mail.ru', cte='base64'),
       D('262031', [], LEFT, 'work finished, packing up; model number DS-I203 is not a request'), style='mailru', mailer=MRA, irt='C2')

# =====================================================================
# 263350  Гимназия № 13, ОПС (4 позиции: подвал, 1, 2, 3 этажи)
# =====================================================================
D1_TEXT = """Здравствуйте!

Подтверждаем получение заявки №263350 от 05.11.2026 (МАОУ Гимназия № 13, ул. Академика Павлова, 10). Заявка принята, бригада будет направлена завтра, 06.11, к 9:00.
""" + OFFICE_SIG
letter(d(5, '13:45'), OFFICE, 'RE: Заявка 263350 Гимназия 13',
       multipart('alternative', [part(D1_TEXT, charset='windows-1251', cte='quoted-printable'),
                                 part('<html><body>' + html_of(D1_TEXT) + '</body></html>', subtype='html', charset='windows-1251', cte='quoted-printable')]),
       D('263350', [], ACC, 'acceptance, tomorrow visit is plan'), hcs='windows-1251', henc='Q', style='outlook', mailer=OUTL)

letter(d(6, '08:05'), KOSTYA, '263350', part(''),
       R('subject only a number, empty body: nothing reported'), style='apple', mailer=IPH)

letter(d(6, '08:07'), KOSTYA, '263350 едем', part('Отправлено с iPhone', extra='flowed'),
       D('263350', [], WAY, 'status in subject'), style='apple', mailer=IPH)

letter(d(6, '08:58'), KOSTYA, 'на месте 263350', part('✅'),
       D('263350', [], ON, 'subject'), style='apple', mailer=IPH)

letter(d(6, '08:59'), KOSTYA, '', part('мы на гимназии, охрана спрашивает письмо от заказчика, скиньте пж' + IPHONE, extra='flowed'),
       R('no request number, no subject; asks for a letter'), style='apple', mailer=IPH)

D5 = 'подвал и 1эт закрыли, ИП212-45 поменяли 6шт, шлейфы в норме'
letter(d(6, '12:30'), KOSTYA, '263350поз1,2 готово', part(D5 + IPHONE, extra='flowed'),
       D('263350', ['1', '2'], LEFT, 'number glued to "поз"; ИП212-45 is a detector model'), style='apple', mailer=IPH, mid='D5')

letter(d(6, '16:45'), KOSTYA, 'Re: 263350поз1,2 готово',
       part('3 и 4 тоже всё. ауд. 3 и каб. 12 датчики забиты пылью были, продули. уехали' + IPHONE +
            iphone_quote('6 нояб. 2026 г., в 12:30, Константин Лыков <k.lykov@rubezh-svyaz.ru>', '', D5 + IPHONE), extra='flowed'),
       D('263350', ['3', '4'], LEFT, 'positions 3 and 4 done; "ауд. 3", "каб. 12" are rooms; quote about 1,2'), style='apple', mailer=IPH, irt='D5')

# =====================================================================
# 264002  Школа № 7, ОПС (ложные срабатывания)
# =====================================================================
letter(d(6, '11:50'), MALTSEV, 'Fwd: 264002',
       part("""Пересылаю.

-------- Пересылаемое сообщение --------
От: Дима Сафонов <safonov.dima24@mail.ru>
Дата: Пятница, 6 ноября 2026, 11:42 +07:00
Кому: Мальцев С.П. <maltsev@rubezh-svyaz.ru>
Тема: 264002

Сергей Петрович, 264002 приняли, по школе 7 выезжаем после обеда, там опять ложняки.

--
Отправлено из мобильной Почты Mail.ru
-------- Конец пересылаемого сообщения --------
""" + MALTSEV_SIG, charset='koi8-r', cte='8bit'),
       D('264002', [], ACC, 'forwarded crew message: accepted, leaving later is a plan'), hcs='koi8-r', mailer=BAT)

letter(d(6, '13:05'), DIMA, 'Выезд', part('Выехали на школу 7 по заявке 264002.\nСафонов', cte='base64'),
       D('264002', [], WAY, '"выехали НА школу" = travelling'))

letter(d(6, '13:50'), DIMA, 'Прибыли',
       part('Прибыли на объект, ул. Дудинская, 4 (264002). Дежурный на месте, начинаем.\nСафонов', cte='base64'),
       D('264002', [], ON, 'number in brackets after address; house number 4 is not a position'))

letter(d(6, '17:20'), DIMA, '264002 итог',
       part("""По п.1 — ИПР 513-10 на 1 этаже залит водой, заменили.
По п.2 — шлейф в каб. 2 перебили при ремонте, восстановили.
Прибор на дежурстве, ложных нет. Выехали со школы в 17:10.
Сафонов""", cte='base64'),
       D('264002', ['1', '2'], LEFT, '"выехали СО школы" = left; каб. 2 is a room'))

letter(d(6, '18:05'), DIMA, '264002 и 263350',
       part('Сергей Петрович просил продублировать: по 264002 и 263350 обе закрыли, акты подпишем в пн.\nСафонов', cte='base64'),
       R('two different requests in one letter'))

# =====================================================================
# 264718  Стоматологическая поликлиника № 2, видеонаблюдение
# =====================================================================
F1 = """Добрый день, коллеги!

Заявку 264718 получили и приняли в работу. Ответственный — бригадир Гуров А.С., тел. 8-913-537-20-66. Выезд — 10.11 утром.
""" + OFFICE_SIG
letter(d(9, '12:40'), OFFICE, 'Заявка 264718 (стоматологическая поликлиника № 2)',
       multipart('alternative', [part(F1, cte='base64'), part('<html><body style="font-family:Arial">' + html_of(F1) + '</body></html>', subtype='html', cte='base64')]),
       D('264718', [], ACC, 'acceptance, multipart/alternative'), style='outlook', mailer=OUTL)

letter(d(10, '08:30'), ARTEM, 'стоматология 264718', part('выехали, к 9 будем', cte='base64'),
       D('264718', [], WAY, 'left for site, ETA'), mid='F2')

letter(d(10, '09:12'), ARTEM, 'Re: стоматология 264718',
       part('подъехали\n\nвт, 10 нояб. 2026 г. в 08:30, Артём Гуров <a.gurov@rubezh-svyaz.ru>:\n\n> выехали, к 9 будем', cte='base64'),
       D('264718', [], ON, 'arrived; quote says "выехали"'), irt='F2')

letter(d(10, '14:00'), ARTEM, '264718 (2)',
       part('регистратор перезапустили, диск поменяли на WD Purple 4ТБ (WD43PURZ), запись идёт, всё ок. 1 и 3 не успели', cte='base64'),
       D('264718', ['2'], LEFT, 'position in brackets in subject; 1 and 3 not done'), mid='F4')

letter(d(10, '18:00'), ARTEM, '264718',
       part('по п.1 и п.3 выедем завтра к 9, нужен ключ от серверной, предупредите пожалуйста', cte='base64'),
       R('plan for tomorrow only'))

letter(d(10, '18:31'), ARTEM, 'Автоответ: Re: 264718',
       part('Здравствуйте! Я на объектах до 19:00, почту читаю нерегулярно. По срочным вопросам: +7 913 537-20-66 или офис +7 (391) 205-47-18.'),
       I('auto-reply'), extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('Precedence', 'auto_reply')])

letter(d(11, '09:00'), ARTEM, '264718 п1 п3', part('на объекте с 8:50, ключ взяли', cte='base64'),
       D('264718', ['1', '3'], ON, 'on site for п1,п3'), mid='F6')

letter(d(11, '13:30'), ARTEM, 'Re: 264718 п1 п3',
       part('закрыли, камеры в кабинетах 1 и 3 настроили, углы обзора согласовали с главврачом. уехали\n\nср, 11 нояб. 2026 г. в 09:00, Артём Гуров <a.gurov@rubezh-svyaz.ru>:\n\n> на объекте с 8:50, ключ взяли', cte='base64'),
       D('264718', ['1', '3'], LEFT, 'closed and left; positions from subject'), irt='F6')

BOUNCED = """From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: v.kozlov@rubezh-svyaz.ru
Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDI2NDcxOCDigJQg0YPRgtC+0YfQvdC10L3QuNC1?=
Date: Wed, 11 Nov 2026 10:02:11 +0300
Message-ID: <d41.264718@zakazchik-omis.ru>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + base64.encodebytes('Добрый день! Просим уточнить, на какое время планируется выезд по заявке 264718, позиции 1 и 3.'.encode()).decode()
bounce = multipart('report', [
    part("""This is the mail system at host mx1.rubezh-svyaz.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<v.kozlov@rubezh-svyaz.ru>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <v.kozlov@rubezh-svyaz.ru>: Recipient address rejected: User unknown in
    local recipient table""", charset='us-ascii', cte='7bit'),
    raw_part('message/delivery-status', b"""Reporting-MTA: dns; mx1.rubezh-svyaz.ru
Arrival-Date: Wed, 11 Nov 2026 14:02:12 +0700 (+07)

Final-Recipient: rfc822; v.kozlov@rubezh-svyaz.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""".replace(b'\n', b'\r\n')),
    raw_part('message/rfc822', BOUNCED.replace('\n', '\r\n').encode()),
], extra_ct='; report-type=delivery-status')
letter(d(11, '14:02'), DAEMON, 'Undelivered Mail Returned to Sender', bounce,
       I('bounce; original dispatcher message mentions 264718'), extra=[('Auto-Submitted', 'auto-replied')])

PDF = b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
letter(d(13, '10:00'), OFFICE, 'Счёт и акт по заявке 264718',
       multipart('mixed', [
           part("""Добрый день!

Направляем счёт № 418 от 13.11.2026 и акт № 402 по заявке № 264718 (стоматологическая поликлиника № 2) на сумму 12 300,00 руб., НДС не облагается (УСН). Оригиналы передадим с курьером.
""" + OFFICE_SIG, charset='windows-1251', cte='base64'),
           raw_part('application/pdf; name="Schet_418.pdf"', base64.encodebytes(PDF).replace(b'\n', b'\r\n'), cte='base64',
                    extra_hdr='Content-Disposition: attachment; filename="Schet_418.pdf"\r\n')]),
       R('invoice/act, no status'), hcs='windows-1251', style='outlook', mailer=OUTL)

# =====================================================================
# 265090  Школа № 44, КТС (1 позиция)
# =====================================================================
G1 = """Добрый день!
Заявка 265090 принята. Техник Лыков К.А. выедет на объект после 14:00 (сейчас на другом объекте).
""" + OFFICE_SIG
letter(d(10, '10:30'), OFFICE, 'Заявка 265090 принята', part(G1),
       D('265090', [], ACC, 'acceptance; 14:00 is a plan'), style='outlook', mailer=OUTL, mid='G1')

mdn = multipart('report', [
    part("""Ваше сообщение

  Кому: office@rubezh-svyaz.ru
  Тема: Заявка № 265090 — подтверждение
  Отправлено: 10.11.2026 10:14

было прочитано 10.11.2026 10:25.""", charset='utf-8', cte='base64'),
    raw_part('message/disposition-notification', b"""Reporting-UA: rubezh-svyaz.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;office@rubezh-svyaz.ru
Original-Message-ID: <d17.265090@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""".replace(b'\n', b'\r\n')),
], extra_ct='; report-type=disposition-notification')
letter(d(10, '10:25'), OFFICE, 'Прочитано: Заявка № 265090 — подтверждение', mdn,
       I('read receipt'), style='outlook', mailer=OUTL)

letter(d(10, '14:35'), OFFICE, 'RE: Заявка 265090 — когда выезд?',
       part("""Добрый день!

Бригада ещё не выехала — техник заканчивает работы на другом объекте, ориентировочно выезд в 15:00. Как только выедет, сообщим.
""" + OFFICE_SIG + """

От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 10 ноября 2026 г. 14:21
Кому: office@rubezh-svyaz.ru
Тема: Заявка 265090 — когда выезд?

Коллеги, добрый день. Школа № 44 спрашивает, когда будет техник по заявке 265090 (КТС). Просим сообщить время выезда.
""", charset='windows-1251', cte='quoted-printable'),
       R('negation "ещё не выехала" + plan'), hcs='windows-1251', henc='Q', style='outlook', mailer=OUTL)

letter(d(10, '15:10'), KOSTYA, 'Re: Заявка 265090 принята',
       part('еду' + IPHONE + iphone_quote('10 нояб. 2026 г., в 10:30, Рубеж-Связь Офис <office@rubezh-svyaz.ru>', '', G1), extra='flowed'),
       D('265090', [], WAY, '"еду"; number in quoted subject/quote'), cc=[OFFICE], style='apple', mailer=IPH, irt='G1')

letter(d(10, '15:55'), KOSTYA, '265090', part('на месте 44я' + IPHONE, extra='flowed'),
       D('265090', [], ON, '"44я" is the school number'), style='apple', mailer=IPH, mid='G3')

letter(d(10, '16:40'), KOSTYA, 'Re: 265090',
       part('КТС проверили с пультом вневедомственной, сигнал проходит. закрыли, уехал' + IPHONE +
            iphone_quote('10 нояб. 2026 г., в 15:55, Константин Лыков <k.lykov@rubezh-svyaz.ru>', '', 'на месте 44я' + IPHONE), extra='flowed'),
       D('265090', [], LEFT, 'closed and left; quote says на месте'), style='apple', mailer=IPH, irt='G3')

# =====================================================================
# 266413  Краевая клиническая больница, корпус 3, СКУД
# =====================================================================
letter(d(12, '10:00'), MALTSEV, 'Re: Заявка 266413 (ККБ, корп. 3)',
       part("""Здравствуйте.

Приняли, выезжает Сафонов.

Вы писали 12 ноября 2026 г., 09:31:

ДО> Направляем заявку № 266413.
ДО> Объект: КГБУЗ ККБ, ул. Партизана Железняка, 3А, корпус 3.
ДО> Позиция 1 — считыватель на входе в корпус, не читает карты.
ДО> Позиция 2 — контроллер на посту охраны, зависает.
ДО> Диспетчерская ОМИС
""" + MALTSEV_SIG, charset='koi8-r', cte='8bit'),
       D('266413', [], ACC, 'accepted; The Bat! initials quoting of dispatcher text'), hcs='koi8-r', mailer=BAT)

letter(d(12, '10:45'), DIMA, 'Выезд 266413',
       part('Выезд в 10:40, ул. Партизана Железняка 3А (266413), корпус 3.\nСафонов', cte='base64'),
       D('266413', [], WAY, 'noun "выезд" with time; address numbers'), mid='H2')

letter(d(12, '11:25'), DIMA, 'Re: Выезд 266413',
       part('прибытие 11:20\n\n12.11.2026 10:45, Дмитрий Сафонов пишет:\n> Выезд в 10:40, ул. Партизана Железняка 3А (266413), корпус 3.\n> Сафонов', cte='base64'),
       D('266413', [], ON, 'noun "прибытие"'), irt='H2')

H4 = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Добрый день!</p>
<p>Отчёт по заявке <b>№ 266413</b> (ККБ, корпус 3):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Поз.</th><th>Оборудование</th><th>Статус</th><th>Время</th></tr>
<tr><td>1</td><td>Считыватель PW-560 на входе в корпус 3</td><td>работы завершены</td><td>14:20</td></tr>
<tr><td>2</td><td>Контроллер PW-400 v2, пост охраны</td><td>работы завершены</td><td>15:40</td></tr>
</table>
<p>Бригада убыла с объекта в 15:50. Акт подписан ст. медсестрой корпуса.</p>
<p style="color:#777;font-size:9pt">С уважением,<br>Зайцева О.В., офис-менеджер ООО «Рубеж-Связь»<br>
+7 (391) 205-47-18, доб. 101<br>ИНН 2465301187, Лицензия МЧС № 24-Б/00417</p>
</body></html>"""
letter(d(12, '16:10'), OFFICE, 'Отчёт по заявке № 266413', part(H4, subtype='html', cte='quoted-printable'),
       D('266413', ['1', '2'], LEFT, 'HTML-only table, one row per position, both finished'), style='outlook', mailer=OUTL)

letter(d(13, '09:30'), OFFICE, 'RE: Отчёт по заявке № 266413',
       part("""Добрый день!

Спасибо! Акт № 1127 и исполнительную схему направим до 16.11.
""" + OFFICE_SIG + """

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Thursday, November 12, 2026 6:02 PM
To: office@rubezh-svyaz.ru
Subject: RE: Отчёт по заявке № 266413

Принято, спасибо. Просьба прислать скан акта.
""", charset='windows-1251', cte='quoted-printable'),
       R('thanks + paperwork promise, no status'), hcs='windows-1251', henc='Q', style='outlook', mailer=OUTL)

letter(d(13, '09:02'), KOSTYA, '260141 на месте', part(IPHONE.strip('\n'), extra='flowed'),
       R('260141 is not in the registry'), style='apple', mailer=IPH)

# =====================================================================
# 267125  Лицей № 9, видеонаблюдение (3 позиции)
# =====================================================================
letter(d(16, '11:40'), ARTEM, '267125 принял', part(''),
       D('267125', [], ACC, 'subject only, empty body'))

letter(d(17, '08:00'), ARTEM, 'Лицей 9', part('267125 — выехал на объект', cte='base64'),
       D('267125', [], WAY, '"выехал НА объект" = travelling'), mid='I2')

letter(d(17, '08:50'), ARTEM, 'Re: Лицей 9',
       part('Нa мeстe, 267125\n\nвт, 17 нояб. 2026 г. в 08:00, Артём Гуров <a.gurov@rubezh-svyaz.ru>:\n\n> 267125 — выехал на объект', cte='base64'),
       D('267125', [], ON, 'Latin a/e inside "На месте"'), irt='I2')

letter(d(17, '12:00'), ARTEM, '267125 поз.1, поз.2',
       part('Поз.1 и поз.2 — камеры в каб. 301 и ауд. 2 заменили, картинка есть.\nПоз.3 (спортзал) — кабель перебит в перекрытии, нужен подъёмник, согласуйте с завхозом.' + '\n' + ARTEM_SIG, cte='base64'),
       D('267125', ['1', '2'], LEFT, 'поз.1,2 done; поз.3 blocked; "ауд. 2" is a room'))

letter(d(17, '14:00'), OFFICE, 'Заявка 267125 — доп. расходы (подъёмник)',
       part("""Уважаемые коллеги, добрый день!

По заявке № 267125 (Лицей № 9), позиция 3, для восстановления кабельной линии в спортзале требуется аренда подъёмника (высота 8 м). Стоимость — 4 500 руб./смена. Просим согласовать дополнительные расходы письмом либо по тел. +7 (391) 205-47-18.
""" + OFFICE_SIG),
       R('price / approval request, no status'), style='outlook', mailer=OUTL)

cal = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Рубеж-Связь Офис:mailto:office@rubezh-svyaz.ru
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART:20261119T030000Z
DTEND:20261119T033000Z
SUMMARY:Согласование подъёмника — заявка 267125
UID:040000008200E00074C5B7101A82E00800000000A0C3D1F2
DTSTAMP:20261118T021500Z
END:VEVENT
END:VCALENDAR
"""
letter(d(18, '09:15'), OFFICE, 'Принято: Согласование подъёмника — заявка 267125',
       multipart('alternative', [part('Рубеж-Связь Офис принял(а) это приглашение.'),
                                 raw_part('text/calendar; charset="utf-8"; method=REPLY', base64.encodebytes(cal.replace('\n', '\r\n').encode()).replace(b'\n', b'\r\n'), cte='base64')]),
       I('calendar meeting response generated by Outlook'), style='outlook', mailer=OUTL)

letter(d(19, '14:30'), ARTEM, '267125 П3',
       part('УБЫЛИ С ОБЪЕКТА 14:20. кабель протянули по новой, камера в спортзале работает', cte='base64'),
       D('267125', ['3'], LEFT, 'caps; "П3" in subject'))

# =====================================================================
# 267806  Школа № 150, пожарная сигнализация (2 позиции)
# =====================================================================
letter(d(18, '10:25'), OFFICE, 'Заявка 267806',
       part("""Добрый день!

Заявка 267806 (МБОУ СШ № 150, ул. Лесников, 25) принята к исполнению. Выезд техника — сегодня после обеда.
""" + OFFICE_SIG, charset='windows-1251', cte='base64'),
       D('267806', [], ACC, 'acceptance in cp1251 base64'), hcs='windows-1251', style='outlook', mailer=OUTL)

letter(d(18, '13:00'), KOSTYA, '267806 выехали', part('будем минут через 20 👌' + IPHONE, extra='flowed'),
       D('267806', [], WAY, 'on the way, ETA'), style='apple', mailer=IPH, mid='J2')

letter(d(18, '13:24'), KOSTYA, 'Re: 267806 выехали',
       part('на месте' + IPHONE + iphone_quote('18 нояб. 2026 г., в 13:00, Константин Лыков <k.lykov@rubezh-svyaz.ru>', '', 'будем минут через 20 👌' + IPHONE), extra='flowed'),
       D('267806', [], ON, 'Re: subject still says выехали; body says на месте'), style='apple', mailer=IPH, irt='J2')

letter(d(18, '17:10'), KOSTYA, '267806 поз 01, 02', part('01 и 02 закрыли, отчёт в вотсап скинул. сворачиваемся' + IPHONE, extra='flowed'),
       D('267806', ['1', '2'], LEFT, 'positions written 01/02; closed'), style='apple', mailer=IPH)

# =====================================================================
# 268540  Городская поликлиника № 14 (3 позиции)
# =====================================================================
letter(d(20, '12:30'), MALTSEV, 'Заявка 268540',
       part("""Добрый день.

Заявку 268540 приняли, бригада Сафонова выедет в понедельник 23.11 с утра.
""" + MALTSEV_SIG, charset='koi8-r', cte='8bit'),
       D('268540', [], ACC, 'accepted; Monday visit is plan'), hcs='koi8-r', mailer=BAT)

NEWS_HTML = """<html><body style="font-family:Arial;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td>
<h2 style="color:#b00">Рубеж-Связь: новинки ноября</h2>
<p>Извещатели ИП 212-64 «Болид» и приборы «Сигнал-20П» — со скидкой 12% до 30.11.2026.</p>
<p>Бесплатный аудит систем ОПС для школ и поликлиник Красноярского края. Звоните: +7 (391) 205-47-18.</p>
<p style="font-size:9pt;color:#888">Вы получили это письмо, так как подписаны на рассылку ООО «Рубеж-Связь».
<a href="https://rubezh-svyaz.ru/unsubscribe?u=88231">Отписаться</a></p>
</td></tr></table></body></html>"""
letter(d(20, '10:00'), NEWS, 'Новинки ноября: скидки на извещатели и приборы ОПС',
       multipart('alternative', [part('Рубеж-Связь: новинки ноября\n\nИзвещатели ИП 212-64 «Болид» и приборы «Сигнал-20П» — со скидкой 12% до 30.11.2026.\nОтписаться: https://rubezh-svyaz.ru/unsubscribe?u=88231', cte='base64'),
                                 part(NEWS_HTML, subtype='html', cte='base64')]),
       I('marketing bulk mail'), extra=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://rubezh-svyaz.ru/unsubscribe?u=88231>'),
                                        ('List-Id', 'Rubezh-Svyaz news <news.rubezh-svyaz.ru>')])

letter(d(23, '08:20'), DIMA_MR, 'еду на14ю поликлинику (268540)', part(MAILRU.strip('\n'), cte='base64'),
       D('268540', [], WAY, 'glued "на14ю" = clinic No. 14'), style='mailru', mailer=MRA)

letter(d(23, '09:10'), DIMA_MR, '268540', part('на месте с 9:05' + MAILRU, cte='base64'),
       D('268540', [], ON, 'on site'), style='mailru', mailer=MRA, mid='K3')

letter(d(23, '11:00'), DIMA_MR, '268540',
       part('п.2 — в каб. 3 (процедурная) извещатель заменили, готово. По п.1 и п.3 ещё работаем' + MAILRU, cte='base64'),
       R('different statuses per position: п.2 finished, п.1/п.3 still on site; каб. 3 is a room'), style='mailru', mailer=MRA)

letter(d(23, '15:40'), DIMA_MR, 'Re: 268540',
       part('Понедельник, 23 ноября 2026, 9:10 +07:00 от Дима Сафонов <safonov.dima24@mail.ru>:\n> на месте с 9:05\n> \n> --\n> Отправлено из мобильной Почты Mail.ru\n\nп1 п3 всё норм, уехали в 15:30' + MAILRU, cte='base64'),
       D('268540', ['1', '3'], LEFT, 'reply written under the quote'), style='mailru', mailer=MRA, irt='K3')

# =====================================================================
# 269311  Школа № 21, СКУД + домофон (2 позиции)
# =====================================================================
letter(d(24, '12:00'), OFFICE, 'Заявка № 269311 — принята',
       part("""Добрый день!

Заявка № 269311 (МБОУ СШ № 21, ул. Транзитная, 36) принята в работу. Бригада Гурова А.С. выедет 25.11.2026 утром. Пропуск на объект просим заказать на автомобиль Lada Largus, гос. номер Е 417 КР 124.
""" + OFFICE_SIG),
       D('269311', [], ACC, 'acceptance; car plate and date are not request numbers'), style='outlook', mailer=OUTL)

letter(d(25, '08:10'), ARTEM, '269311 выехали', part(''),
       D('269311', [], WAY, 'subject only'))

letter(d(25, '09:05'), OFFICE, 'FW: школа 21',
       part("""Добрый день! Пересылаю сообщение монтажника по заявке 269311.

Зайцева О.В.

From: Артём Гуров <a.gurov@rubezh-svyaz.ru>
Sent: Wednesday, November 25, 2026 8:57 AM
To: office@rubezh-svyaz.ru
Subject: школа 21

Прибыли на школу 21 в 8:55, начинаем
""" + OFFICE_SIG),
       D('269311', [], ON, 'Outlook forward of crew message; number stated by forwarder'), style='outlook', mailer=OUTL)

letter(d(25, '09:30'), ARTEM, 'Re: 269311 пропуск',
       part('спасибо, понял\n\nср, 25 нояб. 2026 г. в 09:21, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n\n> Пропуск на автомобиль оформлен на вахте школы, заявка 269311.', cte='base64'),
       R('acknowledgement of dispatcher message'))

L4 = 'п1 сделали, считыватели работают. п2 — блок питания домофона сгорел, привезём новый завтра'
letter(d(25, '13:00'), ARTEM, '269311', part(L4, cte='base64'),
       D('269311', ['1'], LEFT, 'п1 done, п2 plan'), mid='L4')

letter(d(26, '11:30'), ARTEM, 'Re: 269311',
       part('в 10:00 приехали, в 11:20 блок на п2 поменяли и уехали, всё работает\n\nср, 25 нояб. 2026 г. в 13:00, Артём Гуров <a.gurov@rubezh-svyaz.ru>:\n\n> ' + L4, cte='base64'),
       D('269311', ['2'], LEFT, 'arrival and departure both done -> latest; quote about п1'), irt='L4')

letter(d(27, '10:12'), OFFICE, 'Автоматический ответ: Заявка 269311 — закрытие',
       part("""Здравствуйте!

Я нахожусь в отпуске с 27.11.2026 по 06.12.2026 и не имею доступа к почте. По вопросам заявок обращайтесь к начальнику монтажного участка Мальцеву Сергею Петровичу: maltsev@rubezh-svyaz.ru, +7 913 044-18-72.

Зайцева О.В."""),
       I('out-of-office auto-reply'), style='outlook', mailer=OUTL,
       extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# =====================================================================
# write out
# =====================================================================
LETTERS.sort(key=lambda L: L['date'])
mids = {}
for L in LETTERS:
    L['msgid'] = msgid(style=L['style'])
    if L['mid']:
        mids[L['mid']] = L['msgid']

labels = {}
for i, L in enumerate(LETTERS, 1):
    fn = '%03d.eml' % i
    h = []
    h.append(('From', addr(L['frm'], L['hcs'], L['henc'])))
    h.append(('To', '%s <%s>' % (hdr(DISP_NAME, L['hcs'], L['henc']), DISPATCH)))
    if L['cc']:
        h.append(('Cc', ', '.join(addr(c, L['hcs'], L['henc']) for c in L['cc'])))
    h.append(('Subject', hdr(L['subject'], L['hcs'], L['henc']) if L['subject'] else ''))
    h.append(('Date', format_datetime(L['date'])))
    h.append(('Message-ID', L['msgid']))
    if L['irt'] and L['irt'] in mids:
        h.append(('In-Reply-To', mids[L['irt']]))
        h.append(('References', mids[L['irt']]))
    elif L['subject'].lower().startswith(('re:', 'автоответ', 'автоматический')):
        ref = '<d%d.%s@zakazchik-omis.ru>' % (i, random.randint(1000, 9999))
        h.append(('In-Reply-To', ref))
        h.append(('References', ref))
    h.append(('MIME-Version', '1.0'))
    if L['mailer']:
        h.append(('X-Mailer', L['mailer']))
    for k, v in L['extra']:
        h.append((k, v))
    raw = ''.join('%s: %s\r\n' % kv for kv in h).encode('ascii') + L['body']
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(raw)
    labels[fn] = L['label']

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

registry = {
    'contractor': {'name': 'ООО «Рубеж-Связь»',
                   'emails': ['k.lykov@rubezh-svyaz.ru', 'd.safonov@rubezh-svyaz.ru', 'safonov.dima24@mail.ru',
                              'a.gurov@rubezh-svyaz.ru', 'office@rubezh-svyaz.ru', 'maltsev@rubezh-svyaz.ru',
                              'MAILER-DAEMON@rubezh-svyaz.ru', 'news@rubezh-svyaz.ru'],
                   'domains': ['rubezh-svyaz.ru']},
    'requests': [
        {'number': '260114', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T09:15:00+03:00',
         'comment': 'МБОУ СШ № 152, ОПС: 1 — прибор Сигнал-20П, 2 — шлейфы 2 этажа, 3 — СОУЭ'},
        {'number': '261207', 'positions': ['1', '2'], 'registered_at': '2026-11-03T10:00:00+03:00',
         'comment': 'Поликлиника № 4, СКУД: 1 — турникет центральный вход, 2 — контроллер каб. 204'},
        {'number': '262031', 'positions': ['1'], 'registered_at': '2026-11-04T08:30:00+03:00',
         'comment': 'Детская поликлиника № 1, видеонаблюдение: 1 — камера над входом'},
        {'number': '263350', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-05T09:00:00+03:00',
         'comment': 'Гимназия № 13, ОПС: 1 — подвал, 2 — 1 этаж, 3 — 2 этаж, 4 — 3 этаж'},
        {'number': '264002', 'positions': ['1', '2'], 'registered_at': '2026-11-06T07:00:00+03:00',
         'comment': 'Школа № 7, ОПС, ложные срабатывания: 1 — ИПР 1 этаж, 2 — шлейф 2 этажа'},
        {'number': '264718', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-09T08:00:00+03:00',
         'comment': 'Стоматологическая поликлиника № 2, видео: 1 — камеры 1 эт., 2 — регистратор, 3 — камеры 2 эт.'},
        {'number': '265090', 'positions': ['1'], 'registered_at': '2026-11-10T06:00:00+03:00',
         'comment': 'Школа № 44, кнопка тревожной сигнализации'},
        {'number': '266413', 'positions': ['1', '2'], 'registered_at': '2026-11-12T05:30:00+03:00',
         'comment': 'ККБ корпус 3, СКУД: 1 — считыватель вход, 2 — контроллер пост охраны'},
        {'number': '267125', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-16T07:00:00+03:00',
         'comment': 'Лицей № 9, видеонаблюдение: 1 — каб. 301, 2 — ауд. 2, 3 — спортзал'},
        {'number': '267806', 'positions': ['1', '2'], 'registered_at': '2026-11-18T06:00:00+03:00',
         'comment': 'Школа № 150, АПС: 1 — прибор, 2 — извещатели пищеблок'},
        {'number': '268540', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-20T08:00:00+03:00',
         'comment': 'Городская поликлиника № 14, ОПС: 1 — регистратура, 2 — процедурная (каб. 3), 3 — лаборатория'},
        {'number': '269311', 'positions': ['1', '2'], 'registered_at': '2026-11-24T07:30:00+03:00',
         'comment': 'Школа № 21: 1 — СКУД считыватели, 2 — домофон вход'},
    ]}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
print(len(LETTERS), 'letters')
