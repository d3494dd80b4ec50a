#!/usr/bin/env python3
# Generator of test letters: АДС МУП «Горводоканал» (аварийно-диспетчерская служба водоканала)
import json, os, random, hashlib
from datetime import datetime, timezone, timedelta
from email import charset as ecs
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.message import Message
from email.utils import formataddr, format_datetime
from email import message_from_string, message_from_bytes

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
random.seed(22)

MSK = timezone(timedelta(hours=3))
UTC = timezone.utc
DISP = 'dispatch@zakazchik-omis.ru'
DISP_NAME = 'Диспетчерская ОМИС'

DOMAIN = 'gorvodokanal-76.ru'
ADS = 'ads@gorvodokanal-76.ru'
KOV = 'kovalenko.ev@gorvodokanal-76.ru'
MUH = 'mukhametov.rf@gorvodokanal-76.ru'
YA = 'ads-gvk@yandex.ru'
GUS = 'master.avr3@mail.ru'
INFO = 'info@gorvodokanal-76.ru'
DAEMON = 'MAILER-DAEMON@gorvodokanal-76.ru'

SIG_SID = """С уважением,
диспетчер АДС МУП «Горводоканал»
Сидорова Наталья Викторовна
тел. (4852) 30-41-17, доб. 2"""
SIG_KOV = """--
Коваленко Евгений Валерьевич
старший диспетчер АДС
МУП «Горводоканал», ИНН 7604012345 / КПП 760401001
тел. (4852) 30-41-17, моб. +7 915 982-44-06"""
SIG_BEL = """Диспетчер АДС Белова О.А.
(4852) 30-41-17"""
SIG_MUH = """--
Р.Ф. Мухаметов, дежурный диспетчер АДС (ночная смена)
МУП "Горводоканал", т. 30-41-17"""

def dt(s, tz=MSK):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz)

def cs(name, body='qp'):
    c = ecs.Charset(name)
    c.body_encoding = {'qp': ecs.QP, 'b64': ecs.BASE64}[body]
    c.header_encoding = ecs.BASE64
    return c

_mid = set()
def make_mid(client, n, d):
    h = hashlib.md5(f'{client}{n}{d}'.encode()).hexdigest()
    if client == 'outlook':
        m = f'<{h[:12]}${h[12:20]}${h[20:28]}$@{DOMAIN}>'
    elif client == 'yandex':
        m = f'<{int(h[:10],16)}{n:03d}@mail.yandex.ru>'
    elif client == 'bat':
        m = f'<{int(h[:8],16)}.{d.strftime("%Y%m%d%H%M%S")}@{DOMAIN}>'
    elif client == 'mailru':
        m = f'<{int(h[:12],16)}@f{n}.mail.ru>'
    else:
        m = f'<{h}@{DOMAIN}>'
    assert m not in _mid
    _mid.add(m)
    return m

def textpart(text, subtype, charset, cte):
    return MIMEText(text, subtype, cs(charset, cte))

def build(n, frm, name, date, subject, text=None, html=None, client='outlook',
          charset=None, cte='qp', attach=None, extra=None, to=None):
    if charset is None:
        charset = {'outlook': 'windows-1251', 'bat': 'koi8-r'}.get(client, 'utf-8')
    if text is not None and html is not None:
        body = MIMEMultipart('alternative')
        body.attach(textpart(text, 'plain', charset, cte))
        body.attach(textpart(html, 'html', charset, cte))
    elif html is not None:
        body = textpart(html, 'html', charset, cte)
    else:
        body = textpart(text, 'plain', charset, cte)
    if attach is not None:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        msg.attach(attach)
    else:
        msg = body
    hcs = 'windows-1251' if charset == 'windows-1251' else ('koi8-r' if charset == 'koi8-r' else 'utf-8')
    msg['From'] = formataddr((name, frm), charset=hcs) if name else frm
    msg['To'] = to or formataddr((DISP_NAME, DISP), charset=hcs)
    msg['Subject'] = subject if subject.isascii() else Header(subject, hcs)
    msg['Date'] = format_datetime(date)
    msg['Message-ID'] = make_mid(client, n, date)
    if client == 'outlook':
        msg['X-Mailer'] = 'Microsoft Outlook 16.0'
        msg['Thread-Index'] = 'AdsQ' + hashlib.sha1(subject.encode()).hexdigest()[:20]
        msg['Content-Language'] = 'ru'
    elif client == 'bat':
        msg['X-Mailer'] = 'The Bat! (v9.4.5) Professional'
    elif client == 'yandex':
        msg['X-Mailer'] = 'Yandex Mail'
    elif client == 'mailru':
        msg['X-Mailer'] = 'Mail.Ru Mailer 1.0'
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg

def html_wrap(inner, quote_html=None, sig='-- <br>Отправлено из Яндекс Почты'):
    q = ''
    if quote_html:
        q = quote_html
    return f'<div>{inner}</div><div>&nbsp;</div><div>{sig}</div>{q}'

def ol_block(frm, sent, to, subj, body, style='ru'):
    if style == 'orig':
        return (f"\n-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{body}\n")
    return (f"\n\nОт: {frm}\nОтправлено: {sent}\nКому: {to}\nТема: {subj}\n\n{body}\n")

def gt(text, prefix='> '):
    return '\n'.join(prefix + l if l else prefix.rstrip() for l in text.split('\n'))

def bq(header, text):
    t = text.replace('\n', '<br>')
    return f'<div>&nbsp;</div><div>{header}</div><blockquote>{t}</blockquote>'

CUST = f'{DISP_NAME} <{DISP}>'

letters = []   # (n, msg, label)
def add(msg, label):
    n = len(letters) + 1
    letters.append((n, msg, label))

def N():
    return len(letters) + 1

def D(expect, note, request=None, positions=None, status=None):
    d = {'expect': expect}
    if expect == 'decided':
        d.update(request=request, positions=positions, status=status)
    d['note'] = note
    return d

PR = 'заявка принята'; VP = 'подрядчик в пути'; NM = 'подрядчик на месте'; UB = 'подрядчик убыл'

# ---------------------------------------------------------------- 22014
q_22014 = """Добрый день!
Прошу принять в работу заявку № 22014.
Адрес: ул. Свободы, 52. Течь на вводе Ду150.
Поз. 1 — колодец К-12 (у въезда), поз. 2 — колодец К-13 (за котельной).
Ответственный на объекте: Рябов С.П., тел. 8-910-664-21-30.
Зайцева Д.А., диспетчер ОМИС"""

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-02 08:05'),
    'Заявка № 22014 принята',
    text=f"""Добрый день!

Заявку №22014 (ул. Свободы, 52, утечка на вводе Ду150) приняли в работу.
Бригада АВР-3 будет направлена после получения ордера на вскрытие.

{SIG_SID}
""" + ol_block(CUST, '2 ноября 2026 г. 7:45', ADS, 'Заявка № 22014 - течь Ду150 Свободы 52', q_22014)),
    D('decided', 'accepted, whole request; crew dispatch only planned', '22014', [], PR))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-02 08:52'),
    'RE: Заявка № 22014 принята',
    text=f"""Ордер на производство земляных работ № 1186 от 02.11.2026 получен.
Бригада АВР-3 (УАЗ-390995, госномер Н 417 ОК 76, мастер Гусев А.П.) выехала на Свободы 52, по поз.1 — колодец К-12.

{SIG_SID}
""" + ol_block(f'АДС МУП Горводоканал <{ADS}>', '2 ноября 2026 г. 8:05', CUST, 'Заявка № 22014 принята',
             'Добрый день!\n\nЗаявку №22014 (ул. Свободы, 52, утечка на вводе Ду150) приняли в работу.\nБригада АВР-3 будет направлена после получения ордера на вскрытие.')),
    D('decided', 'crew left for the site, position 1 (K-12); ордер/госномер are distractors', '22014', ['1'], VP))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-02 09:41'),
    '22014 п.1',
    html=html_wrap('22014 п.1 — на месте, вскрываем асфальт над К-12. Давление в сети снизили до 1,5 атм, абонентов по Свободы 48–56 предупредили.<br><br>Мухаметов'),
    client='yandex', cte='b64'),
    D('decided', 'on site, position 1', '22014', ['1'], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-02 20:14'),
    'Заявка 22014 - передача смены',
    text=f"""Добрый вечер.
Смену принял Коваленко Е.В.

По заявке 22014:
позиция 1 (К-12) — течь устранена, установлен ремонтный хомут Ду150 L=300, давление поднято до 3,2 атм, бригада убыла в 18:20;
позиция 2 (К-13) — завтра с утра, после откачки колодца.

{SIG_KOV}
"""),
    D('decided', 'pos 1 done and left; pos 2 only planned', '22014', ['1'], UB))

fwd5 = """-----Original Message-----
From: Гусев Андрей <master.avr3@mail.ru>
Sent: Tuesday, November 3, 2026 8:21 AM
To: ads@gorvodokanal-76.ru
Subject: 22014 К-13

поз.2 к-13 на месте с 8:15 откачиваем воду из колодца, уровень почти до горловины
Гусев
Отправлено с мобильной Почты Mail.ru"""
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-03 08:34'),
    'FW: 22014 К-13',
    text=f"""Пересылаю сообщение мастера АВР-3 по заявке 22014.

{SIG_SID}

{fwd5}
"""),
    D('decided', 'forwarded crew report: on site pos 2 since 8:15', '22014', ['2'], NM))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-03 14:02'),
    'Re: Заявка 22014',
    html=html_wrap('Заявка 22014. ВСЁ ГОТОВО по второй позиции: на К-13 заменили участок трубы Ду150 (1,5 м), колодец закрыли. Благоустройство сдадим по ордеру отдельно.<br>Бригада уехала.<br><br>Сидорова',
        bq('03.11.2026, 08:40, "Диспетчерская ОМИС" &lt;dispatch@zakazchik-omis.ru&gt;:',
           'Просьба сообщить по окончании работ на К-13 по заявке 22014.')),
    client='yandex'),
    D('decided', 'second position finished, crew left; quote only asks', '22014', ['2'], UB))

# ---------------------------------------------------------------- 22031
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-03 09:31'),
    'Засор пр-т Октября 19 - 22031',
    text=f"""Здравствуйте!
Принято в работу. Ориентировочное время прибытия илососной машины — 11:00.
Диспетчер Сидорова
тел. (4852) 30-41-17
""", cte='b64'),
    D('decided', 'accepted; arrival time is only an estimate', '22031', [], PR))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-03 10:07'),
    'Re: 22031',
    text=f"""КО-560 (госномер М 902 АР 76) выдвинулась к вам, будет минут через 40.

{SIG_SID}
""", cte='b64'),
    D('decided', 'vehicle travelling now', '22031', [], VP))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-03 12:48'),
    'пр-т Октября 19',
    html=html_wrap('Добрый день. Засор на пр-те Октября, 19 (22031) пробили, выпуск Ду200 промыт, канализация работает нормально. Выезжаем с объекта.<br>Белова О.А.'),
    client='yandex', cte='qp'),
    D('decided', 'number in brackets after address; "выезжаем с объекта" = leaving FROM site', '22031', [], UB))

# ---------------------------------------------------------------- 22058
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-04 13:20'),
    'Заявка 22058',
    text=f"""Добрый день!
Заявка 22058 — приняли.
Замену задвижек Ду100 (К-4, К-5, К-7) на базе по ул. Промышленной, 4 планируем на 05.11 с 8:00. Просим согласовать отключение водоснабжения базы с 8:00 до 17:00.

{SIG_SID}
""",
    html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body lang=RU>
<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Заявка 22058 — приняли.</p>
<p class=MsoNormal>Замену задвижек Ду100 (К-4, К-5, К-7) на базе по ул. Промышленной, 4 планируем на 05.11 с 8:00. Просим согласовать отключение водоснабжения базы с 8:00 до 17:00.</p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>С уважением,<br>диспетчер АДС МУП «Горводоканал»<br>Сидорова Наталья Викторовна<br>тел. (4852) 30-41-17, доб. 2</p></body></html>"""),
    D('decided', 'accepted; work itself planned for 05.11', '22058', [], PR))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-05 07:32'),
    'RE: Заявка 22058',
    text=f"""Доброе утро. 22058: бригада АВР-1 (мастер Шабанов, ГАЗон В 208 ТР 76) в пути на Промышленную 4, задвижки 30ч6бр Ду100 — 3 шт. везут с собой.

Белова
"""),
    D('decided', 'crew travelling', '22058', [], VP))

tbl = """<p>Заявка <b>22058</b>, ул. Промышленная, 4 — состояние на 09:10</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Колодец</th><th>Состояние</th></tr>
<tr><td>1</td><td>К-4</td><td>бригада на месте, отключили, сливаем</td></tr>
<tr><td>2</td><td>К-5</td><td>бригада на месте</td></tr>
<tr><td>3</td><td>К-7</td><td>бригада на месте, откачка колодца</td></tr>
</table><p>Шабанов / АДС</p>"""
add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-05 09:12'),
    'Промышленная 4 — задвижки', html=html_wrap(tbl), client='yandex', cte='b64'),
    D('decided', 'HTML table, all three positions on site', '22058', ['1', '2', '3'], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-05 13:04'),
    '22058 промежуточно',
    text=f"""по 22058 поз.1 задвижку 30ч6бр Ду100 заменили, опрессовали на 6 атм — нормально, К-4 закрыт.
по 2-й и 3-й бригада на месте, работы продолжаются.

{SIG_SID}
"""),
    D('review', 'different statuses for different positions (1 finished, 2-3 on site)'))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-05 17:46'),
    '22058 - окончание работ',
    text=f"""Коллеги, добрый вечер.
По заявке 22058 дополняю дневное письмо Сидоровой: п.2 (К-5) и п.3 (К-7) — задвижки заменены, вода на базу подана в 17:25. Бригада убыла с объекта в 17:30.

{SIG_KOV}
"""),
    D('decided', 'positions 2 and 3 finished, crew left', '22058', ['2', '3'], UB))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-05 18:12'),
    'RE: 22058 - окончание работ',
    text=f"""Поправка к моему письму от 17:46 — ошибся по журналу.
По К-7 (поз.3) задвижку НЕ заменили: не подошёл фланец, на К-7 поставили заглушку, бригада вернётся завтра. Убыли только по п.2, там всё сделано.

Извините за путаницу.
{SIG_KOV}
""" + ol_block(f'Коваленко Евгений Валерьевич <{KOV}>', '5 ноября 2026 г. 17:46', CUST, '22058 - окончание работ',
             'Коллеги, добрый вечер.\nПо заявке 22058 дополняю дневное письмо Сидоровой: п.2 (К-5) и п.3 (К-7) — задвижки заменены, вода на базу подана в 17:25. Бригада убыла с объекта в 17:30.')),
    D('decided', 'correction: only pos 2 finished; pos 3 not done (plan for tomorrow)', '22058', ['2'], UB))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-06 09:20'),
    '22058 поз 3',
    html=html_wrap('22058 поз 3 — бригада на К-7, фланец привезли, меняем.<br>Белова'),
    client='yandex'),
    D('decided', 'on site pos 3 (crew at K-7)', '22058', ['3'], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-06 12:31'),
    'RE: 22058 поз 3',
    text=f"""Готово. На К-7 задвижка заменена, опрессовка 6 атм, вода подана.
Бригада освободилась.

{SIG_BEL}

-----Original Message-----
From: АДС Горводоканал <ads-gvk@yandex.ru>
Sent: Friday, November 6, 2026 9:20 AM
To: dispatch@zakazchik-omis.ru
Subject: 22058 поз 3

22058 поз 3 — бригада на К-7, фланец привезли, меняем.
Белова
"""),
    D('decided', 'result: finished, crew free; request/position from subject', '22058', ['3'], UB))

# ---------------------------------------------------------------- 22107
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-06 08:47'),
    'Обращение 22107 - провал грунта',
    text=f"""Обращение 22107 получили, приняли. Выезд ориентировочно после 10:00, ждём ордер ОАТИ на вскрытие проезжей части.

Белова О.А.
"""),
    D('decided', 'accepted', '22107', [], PR))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-06 10:34'),
    'Re: Обращение 22107 - провал грунта',
    html=html_wrap('По 22107 ещё не выехали — ордер не подписан, ждём. Как только будет, сразу отправим экскаватор.',
        bq('06.11.2026, 10:20, "Диспетчерская ОМИС" &lt;dispatch@zakazchik-omis.ru&gt;:',
           'Коллеги, когда будет бригада на Республиканской 7? Провал увеличивается, огородили лентой.')),
    client='yandex'),
    D('review', 'negation: not yet departed, waiting for permit'))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-06 12:16'),
    'Fwd: 22107',
    html=html_wrap('Пересылаю от мастера.',
        '<div>&nbsp;</div><div>-------- Пересылаемое сообщение --------</div>'
        '<div>06.11.2026, 12:10, "Гусев Андрей" &lt;master.avr3@mail.ru&gt;:</div>'
        '<div>Ордер 1194 на руках. Выехали на Республиканскую 7, экскаватор JCB 3CX идёт на трале, будем около 13:00</div>'
        '<div>-------- Конец пересылаемого сообщения --------</div>'),
    client='yandex', cte='b64'),
    D('decided', 'forwarded crew message: on the way', '22107', [], VP))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-06 15:41'),
    'Заявка 22107',
    text=f"""Заявка 22107: прибытие бригады 13:05. Шурфовка, обнаружен свищ на трубе Ду200 (чугун), ремонт идёт, ориентировочно до ночи.

{SIG_BEL}
""", cte='b64'),
    D('decided', 'arrival noun with time, work in progress', '22107', [], NM))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-06 19:05'),
    'Стоимость восстановления - 22107',
    text=f"""Добрый вечер.
Стоимость восстановления асфальтобетонного покрытия после раскопки по заявке 22107 (ориентировочно 18 м2) составит 48 600 руб. с НДС.
Счёт №318 и акт направим после подписания сметы. Просим подтвердить согласие по договору №45/22-В.

{SIG_KOV}
"""),
    D('review', 'price / contract talk, no status'))

add(build(N(), MUH, 'Мухаметов Р.Ф.', dt('2026-11-07 03:05'),
    'Re: Заявка 22107',
    text=f"""Здравствуйте, Дарья.

ДЗ> Прошу сообщить о завершении работ по заявке 22107.

Завершение работ в 02:40: свищ заварен, котлован засыпан песком, трамбовка. Бригада убыла, ограждение оставили до восстановления асфальта.

{SIG_MUH}
""", client='bat'),
    D('decided', 'KOI8-R The Bat!, initials quote prefix; completion noun + убыла', '22107', [], UB))

# ---------------------------------------------------------------- 22140
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-09 10:31'),
    'Заявка 22140 - низкое давление',
    text=f"""Добрый день!
Заявку 22140 (поз. 1 — корпус А, поз. 2 — корпус Б, ул. Чкалова, 2) приняли. Направим бригаду для замеров.

{SIG_SID}
"""),
    D('decided', 'accepted, both positions named', '22140', ['1', '2'], PR))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-09 11:22'),
    '22140',
    html=html_wrap('Бригада выехала на объект — Чкалова 2, поз.1 корпус А, с манометром и логгером давления.<br>Сидорова'),
    client='yandex'),
    D('decided', '"выехала на объект" = travelling to site', '22140', ['1'], VP))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-09 12:44'),
    'RE: 22140 - когда прибудете?',
    text=f"""> От: Диспетчерская ОМИС
> Отправлено: 9 ноября 2026 г. 12:15
> Тема: 22140 - когда прибудете?
>
> Коллеги, подскажите, когда будете по поз.1? Арендаторы корпуса А жалуются.

Бригада на месте с 12:25 (поз. 1). Замер на вводе: 1,8 кгс/см2, в корпусе А на 4 этаже 0,6. Ищем причину.

{SIG_SID}
"""),
    D('decided', 'reply written under the quote; on site pos 1', '22140', ['1'], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-09 16:02'),
    '22140-1',
    text=f"""Причина — забит сетчатый фильтр на вводе корпуса А. Промыли, давление 2,4 атм на 4 этаже.
Работы закончены, убыли.

{SIG_SID}
""", cte='b64'),
    D('decided', 'subject request-position "22140-1"; finished', '22140', ['1'], UB))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-10 06:05', UTC),
    '22140 (2) в пути',
    html=html_wrap('Доброе утро. На корпус Б выехали, будем к 9:30.<br>Мухаметов'),
    client='yandex'),
    D('decided', 'subject position in brackets; travelling; Date in UTC (09:05 MSK)', '22140', ['2'], VP))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-10 09:06'),
    'Автоответ: RE: 22140 корпус Б',
    text="""Здравствуйте!
Я нахожусь в отпуске до 23.11.2026 без доступа к почте.
По вопросам аварийных заявок обращайтесь в АДС: ads@gorvodokanal-76.ru, тел. (4852) 30-41-17 (круглосуточно).

Коваленко Е.В.
""", extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'}),
    D('ignored', 'Outlook out-of-office auto-reply'))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-10 11:33'),
    '22140 поз 2 - нет доступа',
    text=f"""Бригада прибыла к корпусу Б в 11:10, стоит у входа в ИТП. Доступа в ИТП нет, дверь закрыта.
Просьба направить вашего представителя с ключами, мастер Гусев тел. 8-920-117-35-82.

{SIG_BEL}
"""),
    D('decided', 'crew arrived (on site) pos 2; access request does not cancel the arrival', '22140', ['2'], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-10 14:08'),
    'RE: 22140 поз 2 - нет доступа',
    text=f"""Давление в корпусе Б восстановлено: регулятор давления РД-50 был перетянут, настроили на 3,0 атм.
Закончили, бригада уехала на другую заявку.

{SIG_BEL}
""" + ol_block(f'АДС МУП Горводоканал <{ADS}>', '10 ноября 2026 г. 11:33', CUST, '22140 поз 2 - нет доступа',
             'Бригада прибыла к корпусу Б в 11:10, стоит у входа в ИТП. Доступа в ИТП нет, дверь закрыта.')),
    D('decided', 'finished pos 2 (from subject), quote has old arrival', '22140', ['2'], UB))

# ---------------------------------------------------------------- 22163
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-10 09:41'),
    'Наряд 22163',
    text=f"""Наряд 22163 (промывка канализационных выпусков №1–4, ТЦ, Московский пр-т 88) принят.
Выполнение — 11.11 с 9:00, машина гидродинамической прочистки.

{SIG_SID}
"""),
    D('decided', 'accepted (наряд); execution planned', '22163', [], PR))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-11 08:31'),
    '#22163',
    html=html_wrap('#22163 — каналопромывочная машина КО-514 (Е 771 ХС 76) выехала на Московский 88.'),
    client='yandex'),
    D('decided', '"#" number, travelling', '22163', [], VP))

tbl2 = """<p>По наряду 22163 на 12:00:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Выпуск</b></td><td><b>Результат</b></td></tr>
<tr><td>поз. 1</td><td>промыт, проход свободный — готово</td></tr>
<tr><td>поз. 2</td><td>промыт, готово</td></tr>
<tr><td>поз. 3</td><td>завтра</td></tr>
<tr><td>поз. 4</td><td>завтра (нужен доступ в техподполье)</td></tr>
</table><p>Сидорова</p>"""
add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-11 12:05'),
    'Re: #22163', html=html_wrap(tbl2), client='yandex'),
    D('decided', 'table: 1 and 2 done, 3-4 planned for tomorrow', '22163', ['1', '2'], UB))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-12 09:22'),
    'П3, П4 по 22163',
    text=f"""П3 и П4 по заявке 22163 — бригада на месте, техподполье открыли.

{SIG_SID}
""", cte='b64'),
    D('decided', 'П3/П4 position style, on site', '22163', ['3', '4'], NM))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-12 13:12'),
    '22163 П3/П4',
    text=f"""22163:
П3 — выполнено, выпуск промыт, телеинспекция без замечаний.
П4 — засор не пробивается (предположительно просадка трубы), нужна раскопка. Решение за вами, смету пришлём отдельно.

{SIG_KOV}
"""),
    D('decided', 'P3 finished; P4 only a problem, no new status', '22163', ['3'], UB))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-12 13:37'),
    'Смета раскопки выпуска №4 - 22163',
    text=f"""По поз.4 заявки 22163 требуется раскопка выпуска Ду150 на глубину ~2,2 м.
Стоимость по смете 112 400 руб., сроки — 2 рабочих дня после получения ордера. Прошу подтвердить, работаем ли.

{SIG_KOV}
""", attach=None),
    D('review', 'estimate and question, no status'))

# ---------------------------------------------------------------- 22215
add(build(N(), MUH, 'Мухаметов Р.Ф.', dt('2026-11-12 07:04'),
    '22215 котельная',
    text=f"""22215 принял, АВР-3 уже выехала на Большую Октябрьскую 30, будут минут через 20-25.

{SIG_MUH}
""", client='bat'),
    D('decided', 'accepted and crew already travelling: latest = в пути', '22215', [], VP))

add(build(N(), GUS, 'Гусев Андрей', dt('2026-11-12 07:38'),
    'на месте 22215',
    text="""на месте по 22215 перекрыли задвижку на вводе, котельная без воды, копаем
Гусев АВР-3

Отправлено с мобильной Почты Mail.ru""", client='mailru', cte='b64'),
    D('decided', 'crew foreman from phone, on site', '22215', [], NM))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-12 07:52'),
    '22215 позиция 2',
    html=html_wrap('Заявка 22215, позиция 2: бригада на месте, обнаружена вторая течь на обратном трубопроводе. Прошу учесть.<br>Мухаметов'),
    client='yandex'),
    D('review', 'position 2 does not exist in request 22215 (single position)'))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-12 10:17'),
    '=22215= порыв устранён',
    text=f"""Порыв на вводе Ду50 в котельную (Большая Октябрьская, 30) устранён, установлена ремонтная муфта Ду50. Подача воды восстановлена в 10:02.
АВР-3 убыла.

{SIG_SID}
""",
    html="""<html><body><p>Порыв на вводе Ду50 в котельную (Большая Октябрьская, 30) устранён, установлена ремонтная муфта Ду50. Подача воды восстановлена в 10:02.<br>АВР-3 убыла.</p><p>С уважением,<br>диспетчер АДС МУП «Горводоканал»<br>Сидорова Н.В.</p></body></html>"""),
    D('decided', 'number only in subject; finished, crew left', '22215', [], UB))

# ---------------------------------------------------------------- 22248
q_22248 = """Подтопление подвала корп.1 и теплового узла, ул. Жукова 11. Заявка 22248, поз. 1 — подвал корп.1, поз. 2 — тепловой узел.
Лукин П.С., ОМИС"""
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-13 14:47'),
    'RE: Подтопление подвала Жукова 11',
    text=f"""Принято, заявка 22248. Мотопомпу грузим, выезд минут через 20.

{SIG_BEL}
""" + ol_block(CUST, '13 ноября 2026 г. 14:33', ADS, 'Подтопление подвала Жукова 11', q_22248)),
    D('decided', 'accepted; departure only planned', '22248', [], PR))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-13 15:31'),
    'RE: Заявка 22248 – подтопление подвала',
    text=f"""Выехали, будем через полчаса.
Белова

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Friday, November 13, 2026 3:20 PM
To: ads@gorvodokanal-76.ru
Subject: Заявка 22248 – подтопление подвала

Вода прибывает, просьба ускорить.
"""),
    D('decided', 'number only in old subject (Re:); travelling', '22248', [], VP))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-13 16:22'),
    '22248 п.1',
    html=html_wrap('22248 п.1 (подвал корп.1) — прибыли, откачка мотопомпой Honda WB30, уровень воды 40 см.'),
    client='yandex', cte='b64'),
    D('decided', 'arrived pos 1; pump model is a distractor', '22248', ['1'], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-13 19:03'),
    '22248 итог',
    text=f"""22248: подвал корп. 1 (п.1) и тепловой узел (п.2) откачаны. Причина — порыв трубы Ду32 на вводе, заглушили, подали воду по обводной.
Бригада снялась с объекта в 18:40.

{SIG_KOV}
"""),
    D('decided', '"снялась с объекта" = left; both positions named', '22248', ['1', '2'], UB))

# ---------------------------------------------------------------- 22301
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-16 09:02'),
    'Заявка № 22301 — проверка ПГ',
    text=f"""Заявка 22301 принята.
Проверка пожарных гидрантов ПГ-1, ПГ-2, ПГ-3 (ул. Танкистов, 5) будет выполнена 17.11 совместно с представителем МЧС.

{SIG_SID}
"""),
    D('decided', 'accepted; plan for 17.11', '22301', [], PR))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-17 08:12'),
    'Re: Заявка № 22301 — проверка ПГ',
    html=html_wrap('Выезжаем на Танкистов 5, по всем трём гидрантам. Будем в 8:40.'),
    client='yandex'),
    D('decided', 'number only in subject; travelling now, whole request', '22301', [], VP))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-17 10:43'),
    '22301 результаты проверки',
    text=f"""22301:
ПГ-1 (поз.1) — проверен, давление 3,2 атм, исправен.
ПГ-2 (поз.2) — проверен, исправен, крышка заменена.
ПГ-3 (поз.3) — колодец засыпан снегом и строительным мусором, проверка невозможна, составлен акт №А-112.

{SIG_SID}
""", cte='b64'),
    D('decided', 'pos 1,2 checked (finished); pos 3 not done', '22301', ['1', '2'], UB))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-17 11:05'),
    'RE: 22301 результаты проверки',
    text=f"""По 22301 поз.3 — прошу организовать расчистку подъезда к ПГ-3. Когда сможете? Подстроимся под ваше время.

{SIG_SID}
"""),
    D('review', 'question/request, no status'))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-18 10:04'),
    '22301 п.3',
    text="22301 п.3 - гидрант ПГ-3 проверен, неисправен шток, нужна замена (отдельной заявкой). Проверку закончили, уехали.\nМухаметов\n",
    html=html_wrap('22301 п.3 - гидрант ПГ-3 проверен, неисправен шток, нужна замена (отдельной заявкой). Проверку закончили, уехали.<br>Мухаметов'),
    client='yandex'),
    D('decided', 'pos 3 check finished, left', '22301', ['3'], UB))

# ---------------------------------------------------------------- 22376
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-18 12:32'),
    'RE: 22376 контакт ответственного',
    text=f"""Спасибо, ваше письмо с контактами ответственного получили.

{SIG_BEL}
""" + ol_block(CUST, '18 ноября 2026 г. 12:20', ADS, '22376 контакт ответственного',
             'По заявке 22376 (ул. Угличская, 40) ответственный — инженер Тихонов В.В., тел. 8-905-638-70-14. Ключи от водомерного узла у него.')),
    D('review', 'thanks / acknowledgement of dispatcher message'))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-18 12:41'),
    '22376 - принята в работу',
    html=html_wrap('Добрый день, 22376 - принята в работу. Течь на водомерном узле, Угличская 40.<br>Белова'),
    client='yandex', cte='qp'),
    D('decided', 'accepted', '22376', [], PR))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-18 13:47'),
    'FW: Угличская',
    text=f"""Пересылаю от мастера, это по заявке 22376.

{SIG_BEL}
""" + ol_block('Гусев Андрей <master.avr3@mail.ru>', '18 ноября 2026 г. 13:41', ADS, 'Угличская',
             'Прибыли на Угличскую 40 в 13:40, вскрываем узел. Тихонов на месте.\nГусев')),
    D('decided', 'forwarded Outlook-style block: crew arrived', '22376', [], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-18 16:12'),
    'RE: 22376',
    text=f"""РАБОТЫ ЗАВЕРШЕНЫ. ЗАМЕНЁН ФИЛЬТР МАГНИТНЫЙ ФМФ-50, ПРОКЛАДКИ НА ФЛАНЦАХ. ТЕЧИ НЕТ. УБЫЛИ 16:00.
ПОКАЗАНИЯ СЧЁТЧИКА ВСХНд-50 №0412876: 048213 М3, ПЛОМБА №7702153 УСТАНОВЛЕНА.

{SIG_BEL}
"""),
    D('decided', 'caps; counter/seal numbers are distractors', '22376', [], UB))

# ---------------------------------------------------------------- 22419 (positions 01..03)
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-19 10:02'),
    'Обращение №22419',
    text=f"""Обращение №22419 (обследование колодцев ливневой канализации К-21, К-22, К-23, ул. Ньютона, 3) принято к исполнению.
Обследование — 20.11, бригада с газоанализатором.

{SIG_SID}
"""),
    D('decided', 'accepted whole request', '22419', [], PR))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-20 09:03'),
    '22419 поз.1, поз.2',
    html=html_wrap('22419 поз.1 и поз.2 — бригада на месте, К-21 открыт, замер загазованности в норме. К-22 следующий.'),
    client='yandex', cte='b64'),
    D('decided', 'positions written 1,2 vs registry 01,02', '22419', ['01', '02'], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-20 12:04'),
    '22419-03',
    text=f"""По поз. 03 бригада выдвинулась к К-23 (за зданием склада, въезд с ул. Ньютона).

{SIG_SID}
"""),
    D('decided', 'moving to K-23 now = on the way, pos 03', '22419', ['03'], VP))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-20 15:31'),
    '22419 итог',
    # Latin look-alikes inside Cyrillic words (a, o, e, p, c)
    html=html_wrap('По зaявке 22419 все три колодцa обследовaны, работы зaвершены. Акт обследовaния №А-77 пришлём зaвтрa.<br>Бригaдa убылa в 15:20.<br>Сидоровa'),
    client='yandex'),
    D('decided', 'Latin look-alike letters; all three done, left', '22419', [], UB))

# ---------------------------------------------------------------- 22450
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-20 16:22'),
    '22450',
    text=f"""Принято. Каналопромывочная машина сейчас на другой аварии (Московский пр-т), освободится — выедем к вам.

{SIG_BEL}
"""),
    D('decided', 'accepted; departure only planned', '22450', [], PR))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-20 18:03'),
    'RE: 22450',
    text=f"""По 22450 выезд завтра в 8:00, сегодня машину не освободим. Коллектор Ду300 работает с подпором, переливов нет.

{SIG_KOV}
"""),
    D('review', 'plan: departure tomorrow'))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-21 05:20', UTC),
    '22450 (1) выехали',
    html=html_wrap('Выехали на участок К-31–К-32, минут 25 езды.<br>Мухаметов'),
    client='yandex', cte='qp'),
    D('decided', 'subject request (position); travelling; UTC date = 08:20 MSK', '22450', ['1'], VP))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-21 10:02'),
    '22450 участки',
    text=f"""22450: участок 1 (К-31–К-32) пробили, проход восстановлен.
Участок 2 (К-32–К-33) — бригада на месте, промываем, засор плотный (жир, ветошь).

{SIG_SID}
"""),
    D('review', 'different statuses for different positions (1 done, 2 on site)'))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-21 14:33'),
    'RE: 22450 участки',
    text=f"""Оба участка коллектора прочищены, коллектор работает в штатном режиме, уровень в К-33 в норме. Ушли с объекта в 14:10.

{SIG_SID}

> 22450: участок 1 (К-31–К-32) пробили, проход восстановлен.
> Участок 2 (К-32–К-33) — бригада на месте, промываем, засор плотный (жир, ветошь).
"""),
    D('decided', 'both sections finished, left (whole request); quote has mixed statuses', '22450', [], UB))

# ---------------------------------------------------------------- 22512
add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-24 07:29'),
    'RE: Заявка 22512 - нет воды в школе',
    text=f"""22512 принята дежурным диспетчером, бригада АВР-1 (В 208 ТР 76) уже выехала на Павлова 21.

{SIG_BEL}
""" + ol_block(CUST, '24 ноября 2026 г. 7:16', ADS, 'Заявка 22512 - нет воды в школе',
             'Школа №37, ул. Павлова, 21 — нет ХВС с 6:30. Заявка 22512. Занятия с 8:30, просим срочно.')),
    D('decided', 'accepted and already on the way', '22512', [], VP))

inner = message_from_bytes((
    "From: =?utf-8?b?0JPRg9GB0LXQsiDQkNC90LTRgNC10Lk=?= <master.avr3@mail.ru>\n"
    "To: ads-gvk@yandex.ru\n"
    "Subject: 22512\n"
    "Date: Tue, 24 Nov 2026 08:14:00 +0300\n"
    "Message-ID: <5512870413@f51.mail.ru>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    "22512 на месте с 8:10, в школе, ищем задвижку\n--\nОтправлено с мобильной Почты Mail.ru\n").encode('utf-8'))
add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-24 08:21'),
    'Fwd: 22512',
    html=html_wrap('Пересылаю сообщение мастера (во вложении).<br>Белова'),
    client='yandex', attach=MIMEMessage(inner)),
    D('decided', 'forward as message/rfc822 attachment: on site', '22512', [], NM))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-24 10:42'),
    'RE: Заявка 22512 - нет воды в школе',
    text=f"""Вода в школе есть.
Причина — закрытая задвижка в колодце К-2 у теплотрассы (закрыли при работах теплосети, ордер теплосети № 2231 от 20.11). Открыли, давление на вводе 2,8 атм.
Бригада свободна.

{SIG_BEL}
""" + ol_block(f'АДС МУП Горводоканал <{ADS}>', '24 ноября 2026 г. 7:29', CUST, 'RE: Заявка 22512 - нет воды в школе',
             '22512 принята дежурным диспетчером, бригада АВР-1 (В 208 ТР 76) уже выехала на Павлова 21.')),
    D('decided', 'result: water back, crew free = left; 4-digit ордер number is a distractor', '22512', [], UB))

# ---------------------------------------------------------------- other reviews
add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-14 10:15'),
    'Свободы 52',
    html=html_wrap('Бригада на месте, ул. Свободы 52, вскрываем колодец К-13 под благоустройство, ограждение установлено.<br>Сидорова'),
    client='yandex'),
    D('review', 'no request number at all'))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-16 11:20'),
    'Заявка 22099',
    text=f"""Добрый день!
Заявка 22099 — приняли, бригада будет после обеда.

{SIG_SID}
"""),
    D('review', 'request number not in registry'))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-12 09:40'),
    'бригады на объектах',
    text=f"""Коллеги, по заявкам 22140 и 22163 бригады на месте с 9:15. По первой уточняем давление после вчерашней настройки.

{SIG_KOV}
"""),
    D('review', 'two different requests in one letter'))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-25 11:10'),
    'Акт сверки по договору №45/22-В',
    text=f"""Добрый день!
Направляем акт сверки взаиморасчётов по договору №45/22-В за октябрь 2026 г. (сальдо 214 380,00 руб.).
Прошу подписать и вернуть скан. Оригиналы — с курьером до 30.11.

{SIG_SID}
"""),
    D('review', 'contract / accounting talk, no request, no status'))

# ---------------------------------------------------------------- machine mail (ignored)
# bounce
rep = MIMEMultipart('report', report_type='delivery-status')
rep.attach(MIMEText("""This is the mail system at host mx1.gorvodokanal-76.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<sidorova.nv@gorvodokanal-76.ru>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <sidorova.nv@gorvodokanal-76.ru>: Recipient address rejected: User unknown
    in virtual mailbox table
""", 'plain', 'us-ascii'))
ds = Message()
ds.set_type('message/delivery-status')
b1 = Message(); b1['Reporting-MTA'] = 'dns; mx1.gorvodokanal-76.ru'; b1['Arrival-Date'] = 'Fri, 13 Nov 2026 15:02:11 +0300'
b2 = Message(); b2['Final-Recipient'] = 'rfc822; sidorova.nv@gorvodokanal-76.ru'; b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 User unknown'
ds.set_payload([b1, b2])
rep.attach(ds)
orig = MIMEText('Коллеги, по заявке 22248 бригада в пути? Сообщите о прибытии на Жукова 11.\nЛукин П.С.', 'plain', 'utf-8')
orig['From'] = f'{DISP_NAME} <{DISP}>'
orig['To'] = 'sidorova.nv@gorvodokanal-76.ru'
orig['Subject'] = Header('Заявка 22248 — сообщите о прибытии', 'utf-8')
orig['Date'] = 'Fri, 13 Nov 2026 15:02:09 +0300'
orig['Message-ID'] = '<omis-22248-0001@zakazchik-omis.ru>'
rep.attach(MIMEMessage(orig))
rep['From'] = f'Mail Delivery System <{DAEMON}>'
rep['To'] = DISP
rep['Subject'] = 'Undelivered Mail Returned to Sender'
rep['Date'] = format_datetime(dt('2026-11-13 15:02'))
rep['Message-ID'] = make_mid('other', 901, dt('2026-11-13 15:02'))
rep['Auto-Submitted'] = 'auto-replied'
add(rep, D('ignored', 'bounce (DSN); embedded original mentions 22248'))

# read receipt
mdn = MIMEMultipart('report', report_type='disposition-notification')
mdn.attach(MIMEText("""Ваше сообщение

  Кому: ads@gorvodokanal-76.ru
  Тема: Заявка № 22301 - уточнение по ПГ-3
  Отправлено: 17.11.2026 11:30

было прочитано 17.11.2026 11:48.""", 'plain', 'windows-1251'))
dn = Message()
dn.set_type('message/disposition-notification')
dn.set_payload("""Reporting-UA: gorvodokanal-76.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;ads@gorvodokanal-76.ru
Original-Message-ID: <omis-22301-0007@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
mdn.attach(dn)
mdn['From'] = formataddr(('АДС МУП Горводоканал', ADS), charset='windows-1251')
mdn['To'] = DISP
mdn['Subject'] = Header('Прочитано: Заявка № 22301 - уточнение по ПГ-3', 'windows-1251')
mdn['Date'] = format_datetime(dt('2026-11-17 11:48'))
mdn['Message-ID'] = make_mid('outlook', 902, dt('2026-11-17 11:48'))
mdn['X-Mailer'] = 'Microsoft Outlook 16.0'
add(mdn, D('ignored', 'read receipt (MDN)'))

# calendar response
cal_alt = MIMEMultipart('alternative')
cal_alt.attach(MIMEText('Коваленко Евгений Валерьевич принял(а) приглашение.\n', 'plain', cs('windows-1251', 'b64')))
ical = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Коваленко Евгений Валерьевич:mailto:kovalenko.ev@gorvodokanal-76.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Разбор аварии по заявке 22215
DTSTART;TZID=Russian Standard Time:20261116T140000
DTEND;TZID=Russian Standard Time:20261116T150000
UID:040000008200E00074C5B7101A82E0080000000022215ABC
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:ул. Большая Октябрьская\\, 30
DTSTAMP:20261113T091500Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
calp = MIMEText(ical, 'calendar', 'utf-8')
calp.set_param('method', 'REPLY')
cal_alt.attach(calp)
cal_alt['From'] = formataddr(('Коваленко Евгений Валерьевич', KOV), charset='windows-1251')
cal_alt['To'] = DISP
cal_alt['Subject'] = Header('Принято: Разбор аварии по заявке 22215', 'windows-1251')
cal_alt['Date'] = format_datetime(dt('2026-11-13 12:15'))
cal_alt['Message-ID'] = make_mid('outlook', 903, dt('2026-11-13 12:15'))
cal_alt['X-Mailer'] = 'Microsoft Outlook 16.0'
add(cal_alt, D('ignored', 'calendar meeting response generated by Outlook'))

# mailing list
add(build(N(), INFO, 'МУП «Горводоканал»', dt('2026-11-20 17:00'),
    'График плановых отключений ХВС на 23–27 ноября',
    html="""<html><body><h3>Уважаемые абоненты!</h3>
<p>МУП «Горводоканал» информирует о плановых отключениях холодного водоснабжения:</p>
<ul><li>23.11 — ул. Свободы, 40–60, замена задвижки Ду150 в колодце К-12, с 9:00 до 17:00;</li>
<li>25.11 — Московский пр-т, 80–96, промывка сетей;</li>
<li>27.11 — ул. Ньютона, 1–9, ремонт колодцев.</li></ul>
<p>Бригады АДС работают круглосуточно: (4852) 30-41-17.</p>
<p style="font-size:10px">Вы получили это письмо, так как подписаны на рассылку. <a href="https://gorvodokanal-76.ru/unsubscribe?u=omis">Отписаться</a></p>
</body></html>""", client='other', cte='b64',
    extra={'Precedence': 'bulk', 'List-Id': 'Abonenty <abonenty.gorvodokanal-76.ru>',
           'List-Unsubscribe': '<https://gorvodokanal-76.ru/unsubscribe?u=omis>'}),
    D('ignored', 'bulk mailing list'))

# yandex auto-reply
add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-22 23:40'),
    'Re: 22450 — акт выполненных работ',
    text='Это автоматический ответ.\nЯщик ads-gvk@yandex.ru резервный и проверяется нерегулярно. По заявкам пишите на ads@gorvodokanal-76.ru или звоните (4852) 30-41-17.\n',
    client='yandex', extra={'Auto-Submitted': 'auto-replied', 'X-Yandex-Autoreply': 'yes'}),
    D('ignored', 'web mail vacation auto-reply'))

# ---------------------------------------------------------------- a few extra realistic ones
add(build(N(), MUH, 'Мухаметов Р.Ф.', dt('2026-11-22 02:15'),
    '22450 уч.2 ночь',
    text=f"""По заявке N 22450, поз.2 (К-32 - К-33): бригада вернулась на участок в 01:50 - после вчерашней прочистки снова пошёл подпор. Работаем.

{SIG_MUH}
""", client='bat'),
    D('decided', 'crew back on site pos 2 at night (KOI8-R)', '22450', ['2'], NM))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-16 08:40'),
    'Re: 22301',
    html=html_wrap('Добрый день, заявку видим, поставили в работу.<br>Белова',
        bq('16.11.2026, 08:05, "Диспетчерская ОМИС" &lt;dispatch@zakazchik-omis.ru&gt;:',
           'Направляем заявку 22301 на проверку пожарных гидрантов ПГ-1, ПГ-2, ПГ-3, ул. Танкистов, 5.')),
    client='yandex'),
    D('decided', 'accepted ("поставили в работу"), number only in subject/quote', '22301', [], PR))

add(build(N(), ADS, 'АДС МУП Горводоканал', dt('2026-11-02 13:30'),
    'RE: 22014 сроки',
    text=f"""Дарья, добрый день. По срокам: если хомут не удержит, будем менять участок трубы, тогда ещё часа 3-4. Отключение абонентов согласуем отдельно.

{SIG_SID}
""" + ol_block(CUST, '2 ноября 2026 г. 13:10', ADS, '22014 сроки', 'Коллеги, когда ориентировочно закончите по К-12?')),
    D('review', 'answers a question about deadlines, no status'))

add(build(N(), KOV, 'Коваленко Евгений Валерьевич', dt('2026-11-09 20:20'),
    'Передача смены 09.11 - 22140',
    text=f"""Смену сдала Сидорова, принял Коваленко.
Уточнение по 22140: в журнале смены записано, что по корпусу Б (п.2) бригада на месте — это ошибка, по п.2 никто не выезжал, выезд завтра утром.

{SIG_KOV}
"""),
    D('review', 'handover correction: negation (nobody went), plan for tomorrow'))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-11 09:12'),
    'Re: #22163',
    html=html_wrap('Машина на Московском 88, встали у ТЦ, начали промывку.<br>Сидорова',
        bq('11.11.2026, 08:31, "АДС Горводоканал" &lt;ads-gvk@yandex.ru&gt;:',
           '#22163 — каналопромывочная машина КО-514 (Е 771 ХС 76) выехала на Московский 88.')),
    client='yandex'),
    D('decided', 'on site, no position named', '22163', [], NM))

add(build(N(), GUS, 'Гусев Андрей', dt('2026-11-13 16:05'),
    '22248',
    text="Прибыли Жукова 11 п1 подвал корп 1. Воды по колено. Начинаем.\nГусев\n\nОтправлено с мобильной Почты Mail.ru",
    client='mailru', cte='b64'),
    D('decided', 'foreman direct from phone: arrived pos 1', '22248', ['1'], NM))

add(build(N(), YA, 'АДС Горводоканал', dt('2026-11-03 08:05'),
    'Re: 22014',
    text="Поз.2 (К-13) — бригада АВР-3 подъезжает, будут через 5 минут. Откачку начнут сразу.\nСидорова\n",
    html=html_wrap('Поз.2 (К-13) — бригада АВР-3 подъезжает, будут через 5 минут. Откачку начнут сразу.<br>Сидорова'),
    client='yandex'),
    D('decided', 'travelling, 5 minutes away, pos 2 (arrival 8:15 reported later)', '22014', ['2'], VP))


def write():
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    labels = {}
    for n, msg, lab in letters:
        fn = f'{n:03d}.eml'
        if 'MIME-Version' not in msg:
            msg['MIME-Version'] = '1.0'
        with open(os.path.join(LET, fn), 'wb') as f:
            f.write(msg.as_bytes())
        labels[fn] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)

if __name__ == '__main__':
    write()
    print(len(letters), 'letters')
