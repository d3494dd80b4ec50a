#!/usr/bin/env python3
# Generator for GR corpus: foreman Гуляев (subject-only reports) + office colleague Веденеева.
import json, os, hashlib, datetime, base64
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
import email

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)

DOM = 'shugozero-tremont.ru'
FOREMAN = ('Гуляев Пётр', 'petr.gulyaev@' + DOM)
FOREMAN_Y = ('Пётр Гуляев', 'gulyaev.p.s@yandex.ru')
OFFICE = ('Веденеева Анастасия', 'vedeneeva@' + DOM)
OFFICE2 = ('ООО «Шугозерский Теплоремонт»', 'office@' + DOM)
DISP = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
TZ = datetime.timezone(datetime.timedelta(hours=3))

registry = {
 "contractor": {"name": "ООО «Шугозерский Теплоремонт»",
                "emails": [FOREMAN[1], FOREMAN_Y[1], OFFICE[1], OFFICE2[1]],
                "domains": [DOM]},
 "requests": [
  {"number": "465012", "positions": ["1","2","3"], "registered_at": "2026-11-02T08:30:00+03:00", "comment": "Котельная №3, ул. Заводская 14: насосы сетевые (1,2), подпиточный насос (3)"},
  {"number": "465047", "positions": ["1","2"], "registered_at": "2026-11-03T08:10:00+03:00", "comment": "ИТП корпус Б (1), ИТП Лесная 3 стр.2 (2)"},
  {"number": "465103", "positions": ["1"], "registered_at": "2026-11-04T13:00:00+03:00", "comment": "Склад №2, приточная установка П3 — не работает"},
  {"number": "465118", "positions": ["1","2","3","4"], "registered_at": "2026-11-05T07:45:00+03:00", "comment": "Теплотрасса, тепловые камеры ТК-7..ТК-10 — ревизия запорной арматуры"},
  {"number": "465230", "positions": ["1","2"], "registered_at": "2026-11-06T09:00:00+03:00", "comment": "Узлы учёта тепла: АБК (1), гараж (2)"},
  {"number": "465264", "positions": ["1"], "registered_at": "2026-11-09T10:00:00+03:00", "comment": "Секционные ворота склада ГСМ, привод"},
  {"number": "465301", "positions": ["1","2","3"], "registered_at": "2026-11-10T08:00:00+03:00", "comment": "Водоподготовка котельной №1: умягчители (1,2), дозатор (3)"},
  {"number": "465377", "positions": ["01","02"], "registered_at": "2026-11-11T09:30:00+03:00", "comment": "ГРЩ-01, ГРЩ-02 административного корпуса"},
  {"number": "465412", "positions": ["1","2"], "registered_at": "2026-11-12T08:20:00+03:00", "comment": "Промывка систем отопления: корпус А (1), корпус В (2)"},
  {"number": "465509", "positions": ["1","2","3"], "registered_at": "2026-11-16T08:00:00+03:00", "comment": "Калориферы цеха №4, три линии"},
  {"number": "465588", "positions": ["1"], "registered_at": "2026-11-17T11:00:00+03:00", "comment": "Щитовая насосной, замена счётчика электроэнергии"},
  {"number": "465640", "positions": ["1","2","3","4"], "registered_at": "2026-11-18T07:30:00+03:00", "comment": "Радиаторы, общежитие ул. Садовая 9, подъезды 1–4"},
  {"number": "465731", "positions": ["1","2"], "registered_at": "2026-11-20T09:00:00+03:00", "comment": "Котельная №2: горелка котла КВ-1 (1), КВ-2 (2)"},
 ]}

IPH = "Отправлено с iPhone"
SIG = "Гуляев П.С.\nмастер участка\nООО «Шугозерский Теплоремонт»\nт. +7 921 604-18-77"
ADV = ("________________\nОтправлено через мобильную почту. Безлимитный интернет на 3 месяца — 0 ₽! "
       "Подключите: *111*2420# или звоните 8 800 250-08-90. Акция до 31.12.2026.")
DISCL = ("--\nГуляев П.С., мастер участка\n"
 "ООО «Шугозерский Теплоремонт» | ИНН 4715032918 | КПП 471501001\n"
 "187555, Ленинградская обл., Тихвинский р-н, п. Шугозеро, ул. Школьная, д. 8\n"
 "Тел. 8 (81367) 4-12-90, моб. +7 921 604-18-77\n\n"
 "ВНИМАНИЕ: Настоящее сообщение и любые приложения к нему являются конфиденциальными и предназначены "
 "исключительно для адресата. Если Вы получили это сообщение по ошибке, пожалуйста, немедленно уведомите "
 "отправителя и удалите его из своей системы. Любое использование, копирование или распространение "
 "информации, содержащейся в сообщении, лицами, не являющимися адресатами, запрещено. ООО «Шугозерский "
 "Теплоремонт» не несёт ответственности за ущерб, причинённый вирусами или иными вредоносными программами, "
 "которые могут содержаться в сообщении. Сообщение не является офертой или акцептом, если иное прямо не "
 "предусмотрено договором № 47/2026-ТО от 12.01.2026.")
OSIG = ("С уважением,\nВеденеева Анастасия Игоревна\nинженер ПТО\nООО «Шугозерский Теплоремонт»\n"
        "тел. 8 (81367) 4-12-90 доб. 103\nИНН 4715032918 КПП 471501001")

def mid(n, host=DOM):
    h = hashlib.md5(('gr-%s' % n).encode()).hexdigest().upper()
    return '<%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:24], host)

def dmid(tag):
    return '<%s.%s@zakazchik-omis.ru>' % (hashlib.md5(tag.encode()).hexdigest()[:16], 'disp')

def cs(name, enc):
    c = Charset(name)
    c.body_encoding = {'qp': QP, 'b64': BASE64}[enc]
    c.header_encoding = BASE64 if enc == 'b64' else QP
    return c

def hdr(s, charset, name='Subject'):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name)

L = []     # letters
def add(**kw): L.append(kw)

CLIENTS = {
 'iphone': {'X-Mailer': 'iPhone Mail (20H240)', 'MIME-Version': '1.0'},
 'outlook': {'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Index': 'AdtQxZ1k3kq0h9bRT0yL5m1nZ2nA0w==',
             'Content-Language': 'ru'},
 'bat': {'X-Mailer': 'The Bat! (v9.4.3) Professional', 'Organization': 'ООО Шугозерский Теплоремонт'},
 'yandex': {'X-Mailer': 'Yandex Mail for iPhone'},
 'tbird': {'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0'},
}

def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

def lab(status=None, req=None, pos=None, note='', expect='decided'):
    if expect != 'decided':
        return {"expect": expect, "note": note}
    return {"expect": "decided", "request": req, "positions": pos or [], "status": status, "note": note}

ACC, WAY, ON, OFF = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ---------------------------------------------------------------- 465012
add(frm=OFFICE, client='outlook', charset='windows-1251', enc='qp', date='2026-11-02 09:41',
    subject='Заявка № 465012 – принята в работу',
    text='Добрый день!\n\nЗаявку № 465012 (котельная №3, ул. Заводская, 14) приняли в работу. '
         'Ответственный – мастер участка Гуляев Пётр Степанович, моб. +7 921 604-18-77.\n'
         'Бригада выедет сегодня после обеда, по готовности мастер отпишется.\n\n' + OSIG,
    label=lab(ACC, '465012', [], 'office accepts the whole request; departure only planned'))
add(frm=FOREMAN, client='iphone', date='2026-11-02 13:05', subject='465012 п1 п2 выехали', text=IPH,
    label=lab(WAY, '465012', ['1','2'], 'subject-only report'))
add(frm=FOREMAN, client='iphone', date='2026-11-02 13:52', subject='на месте 465012/1,2', text='',
    label=lab(ON, '465012', ['1','2'], 'empty body, slash+comma positions'))
add(frm=FOREMAN, client='iphone', date='2026-11-02 15:20', subject='Заводская 14 (465012) п3 выезжаем',
    text=SIG, label=lab(WAY, '465012', ['3'], 'number in brackets after address; выезжаем = leaving now'))
add(frm=FOREMAN, client='iphone', date='2026-11-02 18:47', subject='ЗАКРЫЛИ 465012',
    text='только 1 и 2. по третьей не закрыли, нет прокладки DN80, завтра довезём\n\n' + IPH,
    label=lab(OFF, '465012', ['1','2'], 'subject says closed, body narrows to pos 1 and 2; 3 is a plan'))
add(frm=FOREMAN, client='iphone', date='2026-11-03 11:15', subject='465012-3 готово', text=ADV,
    label=lab(OFF, '465012', ['3'], 'готово = work finished; operator advert in body has numbers'))

# ---------------------------------------------------------------- 465047
add(frm=FOREMAN, client='iphone', date='2026-11-03 08:40', subject='465047 принял', text='',
    label=lab(ACC, '465047', [], 'bare acceptance'))
add(frm=FOREMAN, client='iphone', date='2026-11-03 10:25', subject='465047 п1 на месте',
    text='а п2 это где вообще? в заявке Лесная 3, а там гаражи одни\n\n' + IPH,
    label=lab(ON, '465047', ['1'], 'status in subject, question about pos 2 in body'))
DISP1 = ('Пётр Степанович, п2 — Лесная 3 строение 2, вход со двора за гаражами, '
         'ключ у вахтёра корпуса Б (тел. 2-14).\n\nДиспетчерская ОМИС')
add(frm=FOREMAN, client='iphone', date='2026-11-03 15:31', subject='Re: 465047 п1 на месте',
    text='понял. с п1 снялись в 15.20\n\n' + IPH + '\n\n'
         '3 нояб. 2026 г., в 11:02, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n\n' + q(DISP1),
    reply=dmid('465047-a'),
    label=lab(OFF, '465047', ['1'], 'reply keeps old subject; body: left pos 1 at 15:20'))
add(frm=FOREMAN, client='iphone', date='2026-11-03 16:12', subject='465047 (2) на мес', text='',
    label=lab(ON, '465047', ['2'], 'subject cut by phone: "на мес(те)"'))
add(frm=OFFICE, client='outlook', charset='windows-1251', enc='b64', date='2026-11-04 09:05',
    subject='Заявка 465047 выполнена',
    text='Добрый день.\n\nСообщаем, что по заявке 465047 работы по позициям 1 и 2 выполнены 03.11.2026, '
         'бригада с объектов убыла. Акт № 118/11 и счёт № 2231 направим почтой России, трек сообщим дополнительно.\n\n' + OSIG,
    label=lab(OFF, '465047', ['1','2'], 'office confirms completion of both named positions'))

# ---------------------------------------------------------------- 465103
add(frm=FOREMAN_Y, client='yandex', date='2026-11-04 14:10', subject='465103 выехали',
    text='--\nОтправлено из Яндекс Почты для iPhone',
    label=lab(WAY, '465103', [], 'from personal yandex box'))
add(frm=FOREMAN_Y, client='yandex', date='2026-11-04 14:58', subject='465103 п2 на месте',
    text='--\nОтправлено из Яндекс Почты для iPhone',
    label=lab(expect='review', note='465103 has only position 1; п2 does not exist'))
add(frm=FOREMAN, client='iphone', date='2026-11-04 17:36', subject='465103 всё, уехали',
    text='ремень заменили SPA-1250, приточка П3 крутит\n\n' + SIG,
    label=lab(OFF, '465103', [], 'П3 is the air handler name, not a position; single-position request'))

# ---------------------------------------------------------------- 465118
HT = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Добрый день!</p>
<p>Заявка <b>465118</b> принята, бригады распределены:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Поз.</th><th>Объект</th><th>Бригада</th><th>Плановое начало</th></tr>
<tr><td>1</td><td>ТК-7, ул. Набережная</td><td>Гуляев П.С.</td><td>05.11 10:00</td></tr>
<tr><td>2</td><td>ТК-8</td><td>Гуляев П.С.</td><td>05.11 10:00</td></tr>
<tr><td>3</td><td>ТК-9</td><td>Сёмин А.В.</td><td>05.11 11:00</td></tr>
<tr><td>4</td><td>ТК-10</td><td>Сёмин А.В.</td><td>05.11 11:00</td></tr>
</table>
<p>С уважением,<br>Веденеева А.И.<br>инженер ПТО<br>тел. 8 (81367) 4-12-90 доб. 103</p>
</body></html>"""
add(frm=OFFICE, client='tbird', date='2026-11-05 08:20', subject='465118 — приняли', html=HT,
    label=lab(ACC, '465118', [], 'HTML-only table of planned crews; acceptance of whole request'))
add(frm=FOREMAN, client='iphone', date='2026-11-05 09:35', subject='465118 1,2,3,4 выехали', text=IPH,
    label=lab(WAY, '465118', ['1','2','3','4'], 'all four positions listed'))
add(frm=FOREMAN, client='iphone', date='2026-11-05 10:18', subject='на месте 465118/1,3',
    text='3 не на месте а 4, перепутал. 3 ещё едут', 
    label=lab(ON, '465118', ['1','4'], 'body corrects subject: 1 and 4 on site, 3 still travelling (already reported)'))
add(frm=FOREMAN, client='iphone', date='2026-11-05 13:02', subject='465118 п1 убыли п2 на месте', text='',
    label=lab(expect='review', note='different statuses for different positions in one letter'))
add(frm=FOREMAN, client='iphone', date='2026-11-05 13:10', subject='465118 п3 на мсете', text=IPH,
    label=lab(ON, '465118', ['3'], 'typo на мсете'))
ORIGF = ('465118 п2 закрыли, уехали 16:40. задвижка Ду150 на ТК-8 заменена, 30с41нж\n\nОтправлено с iPhone')
add(frm=OFFICE, client='outlook', charset='windows-1251', enc='qp', date='2026-11-05 17:12',
    subject='FW: 465118 п2',
    text='Пересылаю сообщение мастера, к вам не дошло.\n\n' + OSIG + '\n\n-----Original Message-----\n'
         'From: Гуляев Пётр <petr.gulyaev@shugozero-tremont.ru>\nSent: Thursday, November 5, 2026 4:44 PM\n'
         'To: Веденеева Анастасия <vedeneeva@shugozero-tremont.ru>\nSubject: 465118 п2\n\n' + ORIGF,
    label=lab(OFF, '465118', ['2'], 'Outlook forward of the foreman message: п2 finished and left'))
OLD = '465118 1,2,3,4 выехали\n\nОтправлено с iPhone'
add(frm=FOREMAN, client='iphone', date='2026-11-06 15:40', subject='Re: 465118 1,2,3,4 выехали',
    text='ВСЁ. все 4 камеры закрыли, уехали\n\n' + IPH + '\n\n'
         '5 нояб. 2026 г., в 09:35, Гуляев Пётр <petr.gulyaev@shugozero-tremont.ru> написал(а):\n\n' + q(OLD),
    label=lab(OFF, '465118', ['1','2','3','4'], 'old subject says выехали, new body says all 4 done and left'))

# ---------------------------------------------------------------- 465230
add(frm=FOREMAN, client='iphone', date='2026-11-06 09:30', subject='465230',
    text='принял, завтра с утра будем\n\n' + IPH,
    label=lab(ACC, '465230', [], 'acceptance done; arrival is a plan'))
add(frm=FOREMAN, client='iphone', date='2026-11-07 08:55', subject='465230 п1 п2 на месте, начали разб',
    text='', label=lab(ON, '465230', ['1','2'], 'subject cut by phone after status'))
DISP2 = 'Анастасия Игоревна, добрый день. Прошу сообщить статус по заявке 465230.'
add(frm=OFFICE, client='bat', charset='koi8-r', enc='qp', date='2026-11-07 16:05',
    subject='Re: статус 465230',
    text='Здравствуйте.\n\nДО> ' + DISP2 + '\n\nПётр Степанович сообщил: по заявке 465230 поз. 1 работы '
         'завершены, бригада убыла в 14:40. По поз. 2 ждём поверенный тепловычислитель ВКТ-7 '
         '(счёт N 5518 от 06.11), срок поставки до 12.11.\n\n--\nВеденеева А.И.\nтел. 8 (81367) 4-12-90',
    reply=dmid('465230-q'),
    label=lab(OFF, '465230', ['1'], 'KOI8-R, initials-prefixed quote; pos 1 left, pos 2 only a plan'))
add(frm=FOREMAN, client='iphone', date='2026-11-12 14:26', subject='465230-2 закрыл', text=DISCL,
    label=lab(OFF, '465230', ['2'], 'long disclaimer with INN/KPP, contract no.'))

# ---------------------------------------------------------------- 465264
add(frm=FOREMAN, client='iphone', date='2026-11-09 11:10', subject='465264 ещё не выехали, газель в ремонте',
    text=IPH, label=lab(expect='review', note='negation: not yet departed'))
add(frm=FOREMAN, client='iphone', date='2026-11-10 10:32', subject='465264 едем',
    text='будем минут через 40\n' + SIG, label=lab(WAY, '465264', [], 'едем / будем через 40 мин = on the way'))
add(frm=FOREMAN, client='iphone', date='2026-11-10 11:15', subject='465264 на месте 11:15',
    text='ворота Hörmann SPU F42, привод SupraMatic 3 сгорел, везём новый\n\n' + IPH,
    label=lab(ON, '465264', [], 'on site; model numbers in body'))
add(frm=FOREMAN, client='iphone', date='2026-11-10 16:03', subject='Re: 465264 на месте 11:15',
    text='освободились. привод поменяли, ворота ходят\n\n' + IPH + '\n\n'
         '10 нояб. 2026 г., в 11:15, Гуляев Пётр <petr.gulyaev@shugozero-tremont.ru> написал(а):\n\n'
         + q('ворота Hörmann SPU F42, привод SupraMatic 3 сгорел, везём новый\n\nОтправлено с iPhone'),
    label=lab(OFF, '465264', [], 'reply keeps old subject; body reports finish (освободились)'))

# ---------------------------------------------------------------- 465301
add(frm=OFFICE, client='outlook', charset='windows-1251', enc='qp', date='2026-11-10 08:47',
    subject='RE: Заявка 465301',
    text='Добрый день!\n\nЗаявку № 465301 взяли в работу. Выезд мастера — завтра с 8:00.\n\n' + OSIG,
    html=None, alt=True,
    label=lab(ACC, '465301', [], 'multipart/alternative office acceptance'))
add(frm=FOREMAN, client='iphone', date='2026-11-11 08:10', subject='465301 п1 выезд 8:10', text=IPH,
    label=lab(WAY, '465301', ['1'], 'noun выезд with time'))
add(frm=FOREMAN, client='iphone', date='2026-11-11 09:02', subject='Re: 465301 п1 выезд 8:10',
    text='на месте\n\n' + IPH, label=lab(ON, '465301', ['1'], 'reply keeps old subject; body says on site'))
add(frm=FOREMAN, client='iphone', date='2026-11-11 12:40', subject='465301 где пропуск?? заказывали вчера',
    text='охрана на КПП машину не пускает, стоим. кто заказывал?\n' + IPH,
    label=lab(expect='review', note='complaint/question about a pass, no status change'))
add(frm=FOREMAN, client='iphone', date='2026-11-11 14:25', subject='465301 п1 закончили, перее', text='',
    label=lab(OFF, '465301', ['1'], 'subject cut by phone; п1 finished'))
add(frm=FOREMAN, client='iphone', date='2026-11-11 14:50', subject='465301 п2 на месте',
    text='п3 тоже\n\n' + IPH, label=lab(ON, '465301', ['2','3'], 'body adds pos 3 with same status'))
add(frm=FOREMAN, client='iphone', date='2026-11-11 18:15', subject='465301 п2,п3',
    text='закрыли обе, соль засыпали 2 мешка, дозатор Grundfos DDA 7.5-16 откалибровали\n\n' + IPH,
    label=lab(OFF, '465301', ['2','3'], 'status in body'))

# ---------------------------------------------------------------- 465377
add(frm=FOREMAN, client='iphone', date='2026-11-11 10:05', subject='465377 поз 01 выехали', text=IPH,
    label=lab(WAY, '465377', ['01'], 'zero-padded position'))
add(frm=FOREMAN, client='iphone', date='2026-11-11 10:40', subject='наряд 465377 01 02 на месте', text='',
    label=lab(ON, '465377', ['01','02'], 'наряд'))
FWD = ('---------- Пересылаемое сообщение ----------\n'
       '11.11.2026, 16:07, Сёмин Андрей <semin.andrey1987@mail.ru>:\n\n'
       'Петр Степанович по 465377 поз 02 закончили, автоматы ABB S203 C63 поменяли 3 шт, '
       'всё под напряжением, уехали в 16:05\n\n'
       '---------- Конец пересылаемого сообщения ----------\n\n--\nОтправлено из Яндекс Почты для iPhone')
add(frm=FOREMAN_Y, client='yandex', date='2026-11-11 16:20', subject='Fwd: 465377', text=FWD,
    label=lab(OFF, '465377', ['02'], 'forward of electrician report; forwarded content is the report'))
add(frm=FOREMAN, client='iphone', date='2026-11-11 17:30', subject='465377 01 ЗАКРЫЛИ', text=ADV,
    label=lab(OFF, '465377', ['01'], 'caps'))

# ---------------------------------------------------------------- 465412
add(frm=OFFICE, client='outlook', charset='windows-1251', enc='b64', date='2026-11-12 10:15',
    subject='Коммерческое предложение по обращению № 465412',
    text='Добрый день!\n\nНаправляем стоимость работ по обращению № 465412 (промывка систем отопления, корпуса А и В): '
         '84 600,00 руб., в т.ч. НДС 20% 14 100,00 руб. Прошу согласовать, после согласования приступим.\n'
         'Реквизиты договора: № 47/2026-ТО от 12.01.2026.\n\n' + OSIG,
    label=lab(expect='review', note='price talk, awaiting approval; no status'))
add(frm=FOREMAN, client='iphone', date='2026-11-12 11:02', subject='465412 принял, жду согласования цены',
    text=IPH, label=lab(ACC, '465412', [], 'acceptance done (waiting for price approval is extra)'))
add(frm=FOREMAN, client='iphone', date='2026-11-13 08:05', subject='465412 выехали на п1', text='',
    label=lab(WAY, '465412', ['1'], '"выехали на" = leaving for the site'))
add(frm=FOREMAN, client='iphone', date='2026-11-13 09:55', subject='465412 п1',
    text='прибытие 9.50\n' + ADV, label=lab(ON, '465412', ['1'], 'noun прибытие in body'))
add(frm=FOREMAN, client='iphone', date='2026-11-13 15:30', subject='выехали с 465412 п1', text=IPH,
    label=lab(OFF, '465412', ['1'], '"выехали с" = left the site'))
add(frm=FOREMAN, client='iphone', date='2026-11-13 15:34', subject='465412 п2 завтра',
    text='сегодня не успеваем, насос Grundfos на промывку один', 
    label=lab(expect='review', note='plan only: п2 tomorrow'))
add(frm=FOREMAN, client='iphone', date='2026-11-14 13:48', subject='465412 п2 промыли, уехали', text=SIG,
    label=lab(OFF, '465412', ['2'], 'result + departure'))

# ---------------------------------------------------------------- 465509
add(frm=FOREMAN, client='iphone', date='2026-11-16 08:32', subject='#465509 ПРИНЯЛ', text='',
    label=lab(ACC, '465509', [], 'hash prefix, caps'))
add(frm=FOREMAN, client='iphone', date='2026-11-16 09:40', subject='заявка 465509 поз.2 выехaли', text=IPH,
    label=lab(WAY, '465509', ['2'], 'Latin a inside Cyrillic word'))
add(frm=FOREMAN, client='iphone', date='2026-11-16 10:25', subject='465509 п2 на мeсте', text='',
    label=lab(ON, '465509', ['2'], 'Latin e inside Cyrillic word'))
add(frm=FOREMAN, client='iphone', date='2026-11-16 11:30', subject='465509 п1 п3', text=IPH,
    label=lab(expect='review', note='positions named but no status at all'))
add(frm=FOREMAN, client='iphone', date='2026-11-16 12:10', subject='465509 п1 п3 на месте', text='',
    label=lab(ON, '465509', ['1','3'], 'follow-up with status'))
add(frm=FOREMAN, client='iphone', date='2026-11-17 17:40', subject='465509 всё готово',
    text='п2 ещё вчера, п1 и п3 сегодня в 17.30 закончили. калориферы КСк 3-10 все греют\nГуляев',
    label=lab(OFF, '465509', ['1','2','3'], 'all three positions done (pos 2 yesterday)'))

# ---------------------------------------------------------------- 465588
add(frm=FOREMAN, client='iphone', date='2026-11-17 12:05', subject='465588 ключи от щитовой у кого?',
    text=IPH, label=lab(expect='review', note='question only'))
add(frm=OFFICE, client='outlook', charset='windows-1251', enc='qp', date='2026-11-17 13:35',
    subject='Заявка 465588 – бригада на объекте',
    text='Добрый день!\n\nСообщаем, что бригада по заявке 465588 прибыла на объект в 13:20, ключи от щитовой '
         'получены у охраны (пост № 2). Работы начаты.\n\n' + OSIG,
    label=lab(ON, '465588', [], 'office reports arrival'))
DISP3 = 'Пётр Степанович, ключи у охраны на посту № 2, тел. 8 (81367) 4-55-01.'
add(frm=FOREMAN, client='iphone', date='2026-11-17 13:40', subject='Re: 465588 ключи от щитовой у кого?',
    text='спасибо, понял\n\n' + IPH + '\n\n17 нояб. 2026 г., в 12:20, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n\n' + q(DISP3),
    reply=dmid('465588-k'), label=lab(expect='review', note='thanks for dispatcher info, no status'))
add(frm=FOREMAN, client='iphone', date='2026-11-17 16:50', subject='465588',
    text='закончили, уехали. счётчик Меркурий 234 зав.№ 41877302, пломба 0012776, показания 000153,2\n\n' + IPH,
    label=lab(OFF, '465588', [], 'number only in subject; serial/seal numbers in body'))

# ---------------------------------------------------------------- 465640
add(frm=FOREMAN, client='iphone', date='2026-11-18 08:05', subject='465640 п1-п4 принял, выезжаем', text='',
    label=lab(WAY, '465640', ['1','2','3','4'], 'accepted and leaving now: latest = on the way; range п1-п4'))
add(frm=FOREMAN, client='iphone', date='2026-11-18 08:50', subject='465640 на месте п1', text=IPH,
    label=lab(ON, '465640', ['1'], ''))
add(frm=FOREMAN, client='iphone', date='2026-11-18 09:35', subject='465640 п2 п3 прибыли', text=DISCL,
    label=lab(ON, '465640', ['2','3'], 'прибыли; disclaimer'))
add(frm=FOREMAN, client='iphone', date='2026-11-18 12:20', subject='465640 п1 убыли п4 выехали', text='',
    label=lab(expect='review', note='different statuses for different positions in one letter'))
add(frm=FOREMAN, client='iphone', date='2026-11-18 12:55', subject='465640 (4) на месте',
    text='Садовая 9 под.4, кв 61 стояк течёт\n' + IPH, label=lab(ON, '465640', ['4'], 'apartment number in body'))
add(frm=FOREMAN, client='iphone', date='2026-11-19 16:10', subject='ЗАКРЫЛИ 465640', text='',
    label=lab(OFF, '465640', [], 'whole request closed'))

# ---------------------------------------------------------------- 465731
add(frm=OFFICE, client='outlook', charset='windows-1251', enc='b64', date='2026-11-20 10:30',
    subject='Заявка №465731 принята',
    text='Добрый день!\n\nЗаявка №465731 принята. Выезд бригады планируется 21.11 с 8:00, '
         'с собой комплект электродов поджига для горелок Weishaupt WM-G10.\n\n' + OSIG,
    label=lab(ACC, '465731', [], 'acceptance; departure planned'))
add(frm=FOREMAN, client='iphone', date='2026-11-21 08:05', subject='465731 п1 выехалм', text=IPH,
    label=lab(WAY, '465731', ['1'], 'typo выехалм'))
FW_INNER_MSGID = mid('inner-465731')
add(frm=OFFICE, client='tbird', date='2026-11-21 08:24', subject='Fwd: 465731 п2 выехали',
    text='Пересылаю, у Петра Степановича с телефона к вам не уходит.\n\nВеденеева А.И.',
    attach={'frm': FOREMAN, 'date': '2026-11-21 08:12', 'subject': '465731 п2 выехали', 'text': IPH},
    label=lab(WAY, '465731', ['2'], 'forward as attached message/rfc822'))
add(frm=FOREMAN, client='iphone', date='2026-11-21 09:10', subject='на месте 465731/2', text='',
    label=lab(ON, '465731', ['2'], ''))
add(frm=FOREMAN, client='iphone', date='2026-11-21 09:20', subject='Re: 465731 п1 выехалм',
    text='п1 тоже на месте с 9.05\n\n' + IPH + '\n\n21 нояб. 2026 г., в 08:05, Гуляев Пётр <petr.gulyaev@shugozero-tremont.ru> написал(а):\n\n'
         + q('Отправлено с iPhone'),
    label=lab(ON, '465731', ['1'], 'reply to own letter; new status in body'))
add(frm=FOREMAN, client='iphone', date='2026-11-21 15:45', subject='465731 п1 п2 закрыли',
    text='акт на подпись занесу в пн\n\n' + SIG, label=lab(OFF, '465731', ['1','2'], 'closing; act is a plan'))

# ---------------------------------------------------------------- misc review
add(frm=FOREMAN, client='iphone', date='2026-11-02 12:58', subject='выехали', text='на Заводскую\n\n' + IPH,
    label=lab(expect='review', note='no request number at all'))
add(frm=FOREMAN, client='iphone', date='2026-11-21 16:02', subject='ЗАКРЫЛИ 4657', text='',
    label=lab(expect='review', note='number cut short by phone, not a registry request'))
add(frm=FOREMAN, client='iphone', date='2026-11-06 17:55', subject='465012 и 465047 закрыли все хвосты',
    text=IPH, label=lab(expect='review', note='two requests in one letter'))
add(frm=FOREMAN, client='iphone', date='2026-11-19 10:40', subject='465799 на месте', text=IPH,
    label=lab(expect='review', note='465799 is not in the registry'))

# ---------------------------------------------------------------- ignored (raw)
def raw_autoreply():
    m = MIMEText('Здравствуйте!\n\nЯ нахожусь в отпуске до 30.11.2026 включительно. По срочным вопросам '
                 'обращайтесь к мастеру участка Гуляеву П.С., +7 921 604-18-77, или в офис 8 (81367) 4-12-90.\n\n'
                 'Это сообщение отправлено автоматически.', 'plain', cs('windows-1251', 'qp'))
    return m
add(frm=OFFICE, client='outlook', date='2026-11-24 09:12', subject='Автоответ: 465509 акт',
    custom=raw_autoreply, extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All',
                                 'Precedence': 'auto_reply'}, reply=dmid('465509-akt'),
    label=lab(expect='ignored', note='out-of-office auto-reply'))

def raw_bounce():
    m = MIMEMultipart('report', report_type='delivery-status')
    m.attach(MIMEText('This is the mail system at host mx1.shugozero-tremont.ru.\n\n'
                      "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                      '<a.semin@shugozero-tremont.ru>: host mx1.shugozero-tremont.ru[10.0.4.12] said:\n'
                      '    550 5.1.1 <a.semin@shugozero-tremont.ru>: Recipient address rejected: User unknown\n', 'plain', 'us-ascii'))
    ds = email.message_from_string('Reporting-MTA: dns; mx1.shugozero-tremont.ru\n\n'
                                   'Final-Recipient: rfc822; a.semin@shugozero-tremont.ru\nAction: failed\nStatus: 5.1.1\n')
    dsp = MIMEMultipart('delivery-status')
    dsp.set_type('message/delivery-status')
    dsp._payload = [email.message_from_string('Reporting-MTA: dns; mx1.shugozero-tremont.ru\n'),
                    email.message_from_string('Final-Recipient: rfc822; a.semin@shugozero-tremont.ru\nAction: failed\nStatus: 5.1.1\n')]
    for k in list(dsp.keys()):
        if k.lower() == 'mime-version': del dsp[k]
    m.attach(dsp)
    inner = MIMEText('465118 п3 на месте\n\nДиспетчерская ОМИС', 'plain', 'utf-8')
    inner['From'] = formataddr(DISP, 'utf-8'); inner['To'] = 'a.semin@shugozero-tremont.ru'
    inner['Subject'] = Header('465118 п3 на месте?', 'utf-8', header_name='Subject')
    m.attach(MIMEMessage(inner))
    return m
add(frm=('Mail Delivery System', 'MAILER-DAEMON@' + DOM), client=None, date='2026-11-05 12:31',
    subject='Undelivered Mail Returned to Sender', custom=raw_bounce, extra={'Auto-Submitted': 'auto-replied'},
    label=lab(expect='ignored', note='bounce (DSN) from contractor mail server'))

def raw_mdn():
    m = MIMEMultipart('report', report_type='disposition-notification')
    m.attach(MIMEText('Ваше сообщение\n\n  Кому: Веденеева Анастасия\n  Тема: Заявка 465640\n  Отправлено: 18.11.2026 10:02\n\n'
                      'было прочитано 18.11.2026 10:15.', 'plain', cs('windows-1251', 'qp')))
    d = MIMEMultipart('disposition-notification'); d.set_type('message/disposition-notification')
    d._payload = [email.message_from_string('Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;vedeneeva@shugozero-tremont.ru\n'
                                            'Disposition: manual-action/MDN-sent-manually; displayed\n')]
    for k in list(d.keys()):
        if k.lower() == 'mime-version': del d[k]
    m.attach(d)
    return m
add(frm=OFFICE, client='outlook', date='2026-11-18 10:15', subject='Прочитано: Заявка 465640',
    custom=raw_mdn, reply=dmid('465640-r'), label=lab(expect='ignored', note='read receipt (MDN)'))

def raw_cal():
    m = MIMEMultipart('alternative')
    m.attach(MIMEText('Веденеева Анастасия приняла это приглашение.', 'plain', cs('utf-8', 'b64')))
    ics = ('BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n'
           'BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Веденеева Анастасия:mailto:vedeneeva@shugozero-tremont.ru\r\n'
           'SUMMARY:Планёрка по заявке 465118\r\nDTSTART:20261106T070000Z\r\nDTEND:20261106T073000Z\r\n'
           'UID:040000008200E00074C5B7101A82E008000000001A3C\r\nORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n'
           'END:VEVENT\r\nEND:VCALENDAR\r\n')
    c = MIMEText(ics, 'calendar', cs('utf-8', 'b64')); c.set_param('method', 'REPLY')
    m.attach(c)
    return m
add(frm=OFFICE, client='outlook', date='2026-11-05 16:02', subject='Принято: Планёрка по заявке 465118',
    custom=raw_cal, label=lab(expect='ignored', note='calendar meeting response'))

def raw_news():
    h = ('<html><body><h2>Шугозерский Теплоремонт: новости ноября</h2>'
         '<p>Коллеги! В ноябре закрыто 146 заявок, в том числе 465118 — ревизия 4 тепловых камер за 2 дня. '
         'Поздравляем бригаду Сёмина А.В.!</p><p>Отписаться: <a href="https://shugozero-tremont.ru/unsub">ссылка</a></p>'
         '</body></html>')
    return MIMEText(h, 'html', cs('utf-8', 'b64'))
add(frm=('Шугозерский Теплоремонт — новости', 'news@' + DOM), client=None, date='2026-11-25 10:00',
    subject='Новости компании: итоги ноября', custom=raw_news,
    extra={'Precedence': 'bulk', 'List-Unsubscribe': '<https://shugozero-tremont.ru/unsub>',
           'List-Id': '<news.shugozero-tremont.ru>'},
    label=lab(expect='ignored', note='bulk company newsletter'))

def raw_autoreply2():
    return MIMEText('Я на объекте, связь плохая. Перезвоню / отвечу позже.\nГуляев П.С.', 'plain', cs('utf-8', 'b64'))
add(frm=FOREMAN_Y, client='yandex', date='2026-11-13 09:20', subject='Re: 465412 промывка — уточнение',
    custom=raw_autoreply2, extra={'Auto-Submitted': 'auto-replied', 'X-Yandex-Autoreply': 'yes'},
    reply=dmid('465412-u'), label=lab(expect='ignored', note='Yandex auto-reply'))

# ---------------------------------------------------------------- build
def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)

def build(spec, n):
    charset = spec.get('charset', 'utf-8')
    enc = spec.get('enc', 'qp' if spec.get('client') == 'iphone' else 'b64')
    c = cs(charset, enc)
    if spec.get('custom'):
        m = spec['custom']()
    elif spec.get('attach'):
        a = spec['attach']
        inner = MIMEText(a['text'], 'plain', cs('utf-8', 'qp'))
        inner['From'] = formataddr(a['frm'], 'utf-8'); inner['To'] = formataddr(OFFICE, 'utf-8')
        inner['Subject'] = hdr(a['subject'], 'utf-8'); inner['Date'] = format_datetime(dt(a['date']))
        inner['Message-ID'] = mid('inner-%d' % n)
        m = MIMEMultipart('mixed')
        m.attach(MIMEText(spec['text'], 'plain', c))
        m.attach(MIMEMessage(inner))
    elif spec.get('html') and not spec.get('text'):
        m = MIMEText(spec['html'], 'html', c)
    elif spec.get('alt') or spec.get('client') == 'iphone' and spec.get('text') and n % 3 == 0:
        text = spec['text']
        m = MIMEMultipart('alternative')
        m.attach(MIMEText(text, 'plain', c))
        import html as H
        hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body>' % charset
        hb += ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in text.split('\n')) + '</body></html>'
        m.attach(MIMEText(hb, 'html', c))
    else:
        m = MIMEText(spec.get('text') or '', 'plain', c)
    m['From'] = formataddr(spec['frm'], charset)
    m['To'] = formataddr(DISP, charset)
    m['Subject'] = hdr(spec['subject'], c if spec.get('charset') == 'windows-1251' else charset)
    m['Date'] = format_datetime(dt(spec['date']))
    m['Message-ID'] = mid(n, 'mail.yandex.ru' if spec['frm'] == FOREMAN_Y else DOM)
    if spec.get('reply'):
        m['In-Reply-To'] = spec['reply']; m['References'] = spec['reply']
    for k, v in (CLIENTS.get(spec.get('client')) or {}).items():
        if k == 'MIME-Version': continue
        m[k] = hdr(v, charset, k) if k == 'Organization' else v
    for k, v in (spec.get('extra') or {}).items():
        m[k] = v
    return m

# shuffle order deterministically by date so file numbers follow time
order = sorted(range(len(L)), key=lambda i: L[i]['date'])
labels = {}
for k, i in enumerate(order, 1):
    spec = L[i]
    name = '%03d.eml' % k
    m = build(spec, k)
    with open(os.path.join(LET, name), 'wb') as f:
        f.write(m.as_bytes())
    labels[name] = spec['label']

with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(labels), 'letters')
