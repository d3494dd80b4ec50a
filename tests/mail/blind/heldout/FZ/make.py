#!/usr/bin/env python3
"""Generator of test letters: contractor ООО «Рубеж-Электро» (security systems / electrical).
Persona: В.П. Кравцов, retired officer, crew chief, clipped report style.
Deputy С. Губарев writes short letters from a phone; office forwards reports."""
import json, os, datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64, SHORTEST
from email.header import Header
from email.utils import format_datetime, formataddr
from email import message_from_string

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)

MSK = datetime.timezone(datetime.timedelta(hours=3))
DISP = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
KR = ('Кравцов Виктор Петрович', 'kravtsov@rubezh-el.ru')
GU = ('Губарев Семён', 'gubarev@rubezh-el.ru')
GUM = ('Семён Губарев', 'gubarev.sem@mail.ru')
OF = ('ООО Рубеж-Электро, офис', 'office@rubezh-el.ru')
DAEMON = ('Mail Delivery System', 'mailer-daemon@rubezh-el.ru')
NEWS = ('Рубеж-Электро — новости', 'news@rubezh-el.ru')

SIG_KR = """--
Начальник участка
Кравцов В.П.
ООО «Рубеж-Электро»
тел. +7 (495) 744-70-12, моб. +7 916 203-44-71
ИНН 7731447215 / КПП 773101001"""
SIG_GU_PHONE = "Отправлено с iPhone"
SIG_GU_ANDR = "Отправлено из мобильной Почты Mail.ru"
SIG_OF = """С уважением,
Миронова Ольга
офис-менеджер ООО «Рубеж-Электро»
+7 (495) 744-70-10"""

MAILERS = {
    'outlook': 'Microsoft Outlook 14.0',
    'bat': 'The Bat! (v8.8.9) Professional',
    'iphone': 'iPhone Mail (20H240)',
    'mailru': 'Mail.Ru Mobile',
    'tb': None,
}


def dt(day, hh, mm):
    return datetime.datetime(2026, 11, day, hh, mm, 0, tzinfo=MSK)


def cset(name, cte):
    c = Charset(name)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[cte]
    c.header_encoding = BASE64 if name != 'utf-8' else SHORTEST
    return c


KOI_FIX = {'«': '"', '»': '"', '—': '-', '–': '-', '№': 'N'}


def koi(s, charset):
    if charset == 'koi8-r':
        for a, b in KOI_FIX.items():
            s = s.replace(a, b)
    return s


def text_part(body, charset='utf-8', cte='b64', subtype='plain'):
    body = koi(body, charset)
    if cte == '8bit':
        p = MIMEText(body, subtype, 'utf-8' if charset == 'utf-8' else charset)
        # force 8bit
        del p['Content-Transfer-Encoding']
        p.set_payload(body.encode(charset).decode('ascii', 'surrogateescape'), None)
        p.set_param('charset', charset)
        p['Content-Transfer-Encoding'] = '8bit'
        return p
    return MIMEText(body, subtype, cset(charset, cte))


def hdr(s, charset):
    s = koi(s, charset)
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject')


def addr(pair, charset):
    name, a = pair
    name = koi(name, charset)
    return formataddr((str(Header(name, charset).encode()), a)) if name else a


LETTERS = []   # (filename, label)
N = [0]


def finish(msg, frm, date, subject, charset='utf-8', mailer=None, to=DISP, extra=None,
           label=None, in_reply=None):
    N[0] += 1
    fn = '%03d.eml' % N[0]
    msg['From'] = addr(frm, charset)
    msg['To'] = addr(to, charset)
    msg['Subject'] = hdr(subject, charset)
    msg['Date'] = format_datetime(date)
    dom = frm[1].split('@')[1]
    msg['Message-ID'] = '<%s.%04d.%s@%s>' % (date.strftime('%Y%m%d%H%M%S'), 4470 + N[0],
                                              frm[1].split('@')[0].replace('.', ''), dom)
    if in_reply:
        msg['In-Reply-To'] = in_reply
        msg['References'] = in_reply
    if mailer and MAILERS.get(mailer):
        msg['X-Mailer'] = MAILERS[mailer]
    if mailer == 'tb':
        msg['User-Agent'] = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0'
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items():
        msg[k] = v
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(msg.as_bytes())
    LETTERS.append((fn, label, date))
    return fn


def plain(frm, date, subject, body, label, charset='utf-8', cte='b64', mailer=None, **kw):
    m = text_part(body, charset, cte)
    return finish(m, frm, date, subject, charset, mailer, label=label, **kw)


def alt(frm, date, subject, body, html, label, charset='utf-8', cte='qp', mailer='tb', **kw):
    m = MIMEMultipart('alternative')
    m.attach(text_part(body, charset, cte))
    m.attach(text_part(html, charset, cte, 'html'))
    return finish(m, frm, date, subject, charset, mailer, label=label, **kw)


def html_only(frm, date, subject, html, label, charset='utf-8', cte='b64', mailer=None, **kw):
    m = text_part(html, charset, cte, 'html')
    return finish(m, frm, date, subject, charset, mailer, label=label, **kw)


def D(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def R(note):
    return {'expect': 'review', 'note': note}


def I(note):
    return {'expect': 'ignored', 'note': note}


ACC, WAY, ON, OFF = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

def mid(n, who='dispatch', dom='zakazchik-omis.ru'):
    return '<omis.%s.%s@%s>' % (n, who, dom)

# ---------------------------------------------------------------- registry
REG = [
    ('447012', ['1', '2', '3'], dt(2, 9, 15), 'Склад №4, ул. Промышленная, 17. ОПС: 1 — ППК, 2 — извещатели 2 эт., 3 — СОУЭ'),
    ('447035', ['1', '2'], dt(3, 10, 40), 'Офис, ул. Ленина, 48: 1 — ВРУ, 2 — освещение коридоров 3 эт.'),
    ('447101', ['1'], dt(5, 8, 30), 'Шлагбаум КПП-2, не открывается'),
    ('447118', ['1', '2', '3', '4'], dt(6, 11, 0), 'СКУД корпус Б: турникеты/считыватели 1–4'),
    ('447164', ['1', '2'], dt(9, 9, 0), 'Видеонаблюдение, парковка: 1 — регистратор, 2 — камеры периметра'),
    ('447203', ['1'], dt(10, 14, 20), 'Аварийное освещение, лестница Л-2'),
    ('447240', ['1', '2', '3'], dt(11, 8, 5), 'АПС столовая: 1 — шлейф зал, 2 — извещатели кухня, 3 — ППК'),
    ('447277', ['1', '2'], dt(13, 16, 30), 'ИБП серверная: 1 — ИБП-1, 2 — ИБП-2 (замена АКБ)'),
    ('447315', ['1'], dt(16, 9, 10), 'Домофон, вход 3'),
    ('447352', ['1', '2', '3'], dt(17, 10, 0), 'Электроснабжение насосной: 1 — кабельная линия, 2 — освещение, 3 — щит ЩР-3'),
    ('447390', ['1', '2'], dt(19, 8, 45), 'Охранная сигнализация, архив: 1 — датчики, 2 — ППК'),
    ('447433', ['1'], dt(20, 12, 0), 'Замена светильников, цех 2'),
]

# =================================================================== letters
# ---- 447012 ------------------------------------------------------------
plain(KR, dt(2, 10, 2), 'Заявка № 447012 — принята',
      """Докладываю.

1. Заявка № 447012 (склад №4, ул. Промышленная, 17, ОПС) получена в 09.20.
2. Принял к исполнению.
3. Выезд бригады — 03.11 в 08.30. Личный состав: 2 чел.

""" + SIG_KR, D('447012', [], ACC, 'accepted; planned departure tomorrow does not matter'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(3, 8, 41), '447012 выезд',
      """Докладываю.
1. Бригада убыла с базы в 08.35, следует на объект (склад №4, ул. Промышленная, 17).
2. Личный состав: 2 чел. (Кравцов, Ларин). Автомобиль ГАЗель А 318 КМ 77.
3. Расчётное время прибытия 09.40.

""" + SIG_KR, D('447012', [], WAY, 'left FROM the base heading to the site = on the way; car plate, not request'),
      charset='windows-1251', cte='qp', mailer='outlook')

plain(KR, dt(3, 9, 52), 'Заявка 447012',
      """Прибыл на объект в 09.40. Приступил.
Работы по п.1 (ППК) и п.2 (извещатели 2 эт.).
По п.3 — после выполнения п.1, п.2, доложу отдельно.

""" + SIG_KR, D('447012', ['1', '2'], ON, 'arrived, working on p.1 and p.2; p.3 only a plan'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(3, 14, 25), 'Заявка 447012 — доклад',
      """Докладываю.

1. П1 — ППК «Сигнал-20П» заменён (зав. № 0045731), связь с пультом восстановлена.
2. П2 — извещатели ИП 212-45, 4 шт., заменены, проверены тестером.
3. П3 (СОУЭ) — не выполнено. Нет блока питания РИП-12 исп.01. Выход на объект 05.11.

Задача по п.1, п.2 выполнена. Убыл в 14.20.

""" + SIG_KR, D('447012', ['1', '2'], OFF, 'p1,p2 done and left; p3 only a plan -> decided with done positions'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(GU, dt(5, 8, 12), 'Re: 447012',
      """Едем на промышленную, по 3-й позиции, РИП везём. Минут 30

""" + SIG_GU_PHONE + """

> 3 нояб. 2026 г., в 14:25, Кравцов Виктор Петрович <kravtsov@rubezh-el.ru> написал(а):
>
> Докладываю.
> 1. П1 — ППК заменён, связь с пультом восстановлена.
> 2. П2 — извещатели 4 шт. заменены.
> 3. П3 (СОУЭ) — не выполнено. Выход на объект 05.11.
> Убыл в 14.20.
""", D('447012', ['3'], WAY, '«по 3-й позиции», driving now, «минут 30»; quote ignored'),
      charset='utf-8', cte='qp', mailer='iphone')

plain(GU, dt(5, 8, 50), '447012 поз3',
      """на месте, начинаем

""" + SIG_GU_PHONE, D('447012', ['3'], ON, 'position in subject «поз3»'),
      charset='utf-8', cte='8bit', mailer='iphone')

plain(GU, dt(5, 11, 34), '447012-3',
      """Соуэ работает, блок питания поставили, проверили оповещение по всем этажам. Уехали

""" + SIG_GU_PHONE, D('447012', ['3'], OFF, 'request-position after dash in subject; result + уехали'),
      charset='utf-8', cte='b64', mailer='iphone')

# ---- 447035 ------------------------------------------------------------
plain(KR, dt(3, 11, 15), 'RE: Заявка 447035 Ленина 48',
      """Так точно. Заявку 447035 принял к исполнению.
Выход завтра, 04.11, с 08.00.

""" + SIG_KR + """

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Tuesday, November 03, 2026 10:41 AM
To: kravtsov@rubezh-el.ru
Subject: Заявка 447035 Ленина 48

Виктор Петрович, добрый день!
Прошу принять заявку 447035: ул. Ленина, 48.
Поз. 1 — ВРУ, выбивает вводной автомат.
Поз. 2 — не горит освещение в коридоре 3 этажа.
Контакт на объекте: Ефимов, +7 903 118-40-52.
Диспетчер Ильина Д.С.
""", D('447035', [], ACC, 'Outlook reply: accepted; quote lists positions, not new text'),
      charset='windows-1251', cte='qp', mailer='outlook', in_reply=mid('447035'))

plain(GUM, dt(4, 7, 55), 'Ленина 48',
      """Добрый. Выехали на Ленина 48 по заявке 447035, будем минут через 40.
Семён

""" + SIG_GU_ANDR, D('447035', [], WAY, 'sent from deputy personal mail.ru; number in body'),
      charset='utf-8', cte='b64', mailer='mailru')

plain(KR, dt(4, 8, 47), 'Наряд 447035',
      """Прибытие на объект — 08.40.
Личный состав: 2 чел.
Доступ в электрощитовую получен (ключ у Ефимова).

""" + SIG_KR, D('447035', [], ON, 'noun «Прибытие» with time'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(4, 15, 40), 'Наряд 447035 — выполнен',
      """Докладываю.
По наряду 447035:
1. ВРУ — вводной автомат заменён (ВА 57-35, 250 А). Контакты протянуты, тепловизором проверено.
2. Освещение коридоров 3 эт. — восстановлено, заменён дифавтомат АД-12 16 А.

Задача выполнена. Убыл в 15.30.

""" + SIG_KR, D('447035', ['1', '2'], OFF, 'both positions numbered, done, left; breaker ratings are not numbers of interest'),
      charset='windows-1251', cte='qp', mailer='outlook')

# ---- 447101 ------------------------------------------------------------
plain(GU, dt(5, 9, 10), 'Шлагбаум КПП-2 (447101)',
      """Принял, после обеда подъедем. Привод CAME, скорее всего плата.

""" + SIG_GU_PHONE, D('447101', [], ACC, 'number in brackets after the address in subject; «Принял»'),
      charset='utf-8', cte='qp', mailer='iphone')

plain(KR, dt(5, 12, 58), 'Re: Шлагбаум КПП-2 (447101)',
      """Губарев С. пишет:
> Принял, после обеда подъедем. Привод CAME, скорее всего плата.

Докладываю: следую на КПП-2 лично, с платой ZL38. Буду в 13.30.

""" + SIG_KR, D('447101', [], WAY, 'answer written under the quote; number only in subject'),
      charset='koi8-r', cte='b64', mailer='bat')

plain(KR, dt(5, 13, 35), 'Re: Шлагбаум КПП-2 (447101)',
      """На месте.
""", D('447101', [], ON, 'only «На месте», number in subject'),
      charset='koi8-r', cte='8bit', mailer='bat')

plain(KR, dt(5, 16, 5), 'Заявка 447101 выполнена',
      """Докладываю.
Заявка 447101, шлагбаум КПП-2.
1. Привод CAME G4040 — заменена плата управления ZL38.
2. Проверено 20 циклов открытия/закрытия, замечаний нет.
3. Убытие с объекта — 15.50.

""" + SIG_KR, D('447101', [], OFF, 'KOI8-R; «Убытие с объекта»; model numbers'),
      charset='koi8-r', cte='qp', mailer='bat')

# ---- 447118 ------------------------------------------------------------
plain(KR, dt(6, 11, 30), 'Заявка #447118',
      """Заявка #447118 — принята.
Состав бригады определю до 17.00, доложу.

""" + SIG_KR, D('447118', [], ACC, '#number'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(6, 17, 10), 'По 447118 — вопрос',
      """По 447118.
1. Прошу уточнить: допуск в корпус Б с какого часа?
2. Пропуска на 3 чел. (Кравцов, Губарев, Ларин) оформлены?
Без пропусков выход на объект не планирую.

""" + SIG_KR, R('questions about access, no status'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(GU, dt(7, 8, 10), 'корпус Б',
      """Едем в корпус Б, 447118. Виктор Петрович с нами

""" + SIG_GU_PHONE, D('447118', [], WAY, 'short phone letter'),
      charset='utf-8', cte='8bit', mailer='iphone')

plain(KR, dt(7, 9, 2), 'Заявка 447118 корпус Б',
      """Прибыл в корпус Б в 08.55. П1–П4. Приступил.
Личный состав: 3 чел.

""" + SIG_KR, D('447118', ['1', '2', '3', '4'], ON, 'range П1–П4 = all four positions'),
      charset='windows-1251', cte='qp', mailer='outlook')

html_447118 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Times New Roman;font-size:12pt">
<p>Докладываю.</p>
<p>Заявка 447118, СКУД корпус Б. Состояние на 13.50:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Оборудование</th><th>Выполнено</th><th>Отметка</th></tr>
<tr><td>1</td><td>Турникет PERCo TTR-10, вход</td><td>Замена блока управления</td><td>Выполнено. Убыл 13.45</td></tr>
<tr><td>2</td><td>Турникет PERCo TTR-10, выход</td><td>Регулировка, смазка</td><td>Выполнено. Убыл 13.45</td></tr>
<tr><td>3</td><td>Считыватель Parsec PNR-P19</td><td>—</td><td>Не выполнено. Нет считывателя, срок 10.11</td></tr>
<tr><td>4</td><td>Контроллер NC-1000</td><td>Перепрошивка, проверка</td><td>Выполнено. Убыл 13.45</td></tr>
</table>
<p>Личный состав: 3 чел.</p>
<p>--<br>Начальник участка<br>Кравцов В.П.<br>ООО &laquo;Рубеж-Электро&raquo;<br>тел. +7 (495) 744-70-12</p>
</body></html>"""
html_only(KR, dt(7, 13, 58), 'Заявка 447118 — доклад', html_447118,
          D('447118', ['1', '2', '4'], OFF, 'HTML-only table: rows 1,2,4 done & left, row 3 only a plan'),
          charset='windows-1251', cte='b64', mailer='outlook')

plain(GU, dt(10, 9, 20), '447118',
      """по 447118 п5 приехали, начинаем

""" + SIG_GU_PHONE, R('position 5 does not exist in 447118 (has 1–4)'),
      charset='utf-8', cte='qp', mailer='iphone')

plain(GU, dt(10, 11, 5), 'Re: 447118',
      """Ошибся, п.3 конечно. Считыватель поставили, прописали, проходит. Уехали

""" + SIG_GU_PHONE + """

> 10 нояб. 2026 г., в 09:20, Губарев Семён <gubarev@rubezh-el.ru> написал(а):
> по 447118 п5 приехали, начинаем
""", D('447118', ['3'], OFF, 'corrects p.5 -> p.3; reader installed, left; quote ignored'),
      charset='utf-8', cte='qp', mailer='iphone', in_reply='<20261110092000.4490.gubarev@rubezh-el.ru>')

# ---- 447164 ------------------------------------------------------------
fwd_body = """Добрый день!
Пересылаю доклад начальника участка, у Виктора Петровича не отправлялось на ваш адрес.

""" + SIG_OF + """

-------- Пересылаемое сообщение --------
Тема: Заявка 447164
Дата: Mon, 9 Nov 2026 09:40:12 +0300
От: Кравцов Виктор Петрович <kravtsov@rubezh-el.ru>
Кому: dispatch@zakazchik-omis.ru

Докладываю.
Заявка 447164 (видеонаблюдение, парковка) — принял к исполнению.
Выход на объект 10.11 с 08.15.

--
Начальник участка
Кравцов В.П.
"""
fwd_html = '<html><body><p>Добрый день!<br>Пересылаю доклад начальника участка, у Виктора Петровича не отправлялось на ваш адрес.</p><p>С уважением,<br>Миронова Ольга<br>офис-менеджер ООО &laquo;Рубеж-Электро&raquo;</p><div class="moz-forward-container">-------- Пересылаемое сообщение --------<table><tr><th>Тема:</th><td>Заявка 447164</td></tr><tr><th>Дата:</th><td>Mon, 9 Nov 2026 09:40:12 +0300</td></tr><tr><th>От:</th><td>Кравцов Виктор Петрович &lt;kravtsov@rubezh-el.ru&gt;</td></tr><tr><th>Кому:</th><td>dispatch@zakazchik-omis.ru</td></tr></table><br><pre>Докладываю.\nЗаявка 447164 (видеонаблюдение, парковка) — принял к исполнению.\nВыход на объект 10.11 с 08.15.\n\n--\nНачальник участка\nКравцов В.П.</pre></div></body></html>'
alt(OF, dt(9, 10, 2), 'Fwd: Заявка 447164', fwd_body, fwd_html,
    D('447164', [], ACC, 'office forward (Thunderbird) of chief\'s acceptance'), charset='utf-8', cte='qp')

plain(KR, dt(10, 8, 20), 'Заявка 447164 — убыл на объект',
      """Убыл на объект в 08.15 (парковка, видеонаблюдение). Заявка 447164.
Личный состав: 2 чел.

""" + SIG_KR, D('447164', [], WAY, '«убыл НА объект» = leaving for the site = on the way'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(10, 9, 5), '447164 (1)',
      """Прибыл в 09.00. Приступил к регистратору.
""", D('447164', ['1'], ON, 'position in brackets in subject'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(10, 11, 48), 'Заявка 447164 п.2 — прошу решения',
      """Докладываю.
1. По 447164 п.2: камеры периметра 4 шт. (HiWatch DS-T500) — в наличии у заказчика нет, со склада не выданы.
2. Работы по п.2 не начаты.
3. Прошу решения: закупка нашими силами или ожидание поставки.

""" + SIG_KR, R('p.2 not started, asks for decision; no status reported'),
      charset='windows-1251', cte='qp', mailer='outlook')

plain(KR, dt(10, 15, 30), 'Смета 447164',
      """Направляю расчёт по 447164 п.2.
Камеры HiWatch DS-T500 (2.8 мм) — 4 шт. х 12 150 руб. = 48 600 руб.
Кабель FTP 4х2х0,5 — 120 м.
Монтаж — по договору № 17/26-СМ от 14.01.2026, прил. 3.
Прошу согласовать до 12.11.

""" + SIG_KR, R('price/contract talk'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(GU, dt(12, 16, 25), '447164 поз 1 и 2',
      """447164 поз 1 и 2 готово, регистратор пишет, все 4 камеры в картинке. уехали 16.10

""" + SIG_GU_PHONE, D('447164', ['1', '2'], OFF, 'готово + уехали'),
      charset='utf-8', cte='b64', mailer='iphone')

# ---- 447203 ------------------------------------------------------------
auto = text_part("""Здравствуйте!
10.11.2026 с 13.00 нахожусь на аттестации по электробезопасности, почту не читаю. По срочным вопросам — Кравцов Виктор Петрович, kravtsov@rubezh-el.ru, +7 916 203-44-71.

Это автоматический ответ.
""", 'utf-8', 'b64')
finish(auto, GU, dt(10, 14, 22), 'Автоответ: Заявка 447203 аварийное освещение', 'utf-8', None,
       extra={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes', 'Precedence': 'auto_reply'},
       label=I('out-of-office auto-reply'))

plain(KR, dt(11, 8, 0), 'Заявка 447203',
      """Принял. 447203 — аварийное освещение, лестница Л-2.
Губарев на аттестации, исполняю лично. Выход сегодня в 10.00.

""" + SIG_KR, D('447203', [], ACC, '«Принял»; planned departure'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(11, 10, 3), 'Заявка 447203 выезд',
      """Выехал на объект 447203 в 10.00.
""", D('447203', [], WAY, 'short'),
      charset='windows-1251', cte='8bit', mailer='outlook')

plain(KR, dt(11, 12, 30), 'ЗАЯВКА 447203 ВЫПОЛНЕНА',
      """ЗАДАЧА ВЫПОЛНЕНА.
ЗАЯВКА 447203. ПРИБЫЛ 10.25, УБЫЛ 12.20.
СВЕТИЛЬНИКИ АВАРИЙНЫЕ ДПА 2101 — 6 ШТ. ЗАМЕНЕНЫ, АВТОНОМНАЯ РАБОТА ПРОВЕРЕНА (1 Ч).

""" + SIG_KR, D('447203', [], OFF, 'all caps; arrival and departure, latest = убыл'),
      charset='windows-1251', cte='qp', mailer='outlook')

# ---- 447240 ------------------------------------------------------------
plain(GUM, dt(11, 8, 40), 'Заявка 447240 столовая',
      """Заявку 447240 взяли в работу, Виктор Петрович подъедет

""" + SIG_GU_ANDR, D('447240', [], ACC, '«взяли в работу» (deputy from mail.ru, apparently back)'),
      charset='utf-8', cte='qp', mailer='mailru')

plain(KR, dt(11, 9, 45), 'Re: Заявка 447240 столовая',
      """Так точно. Личный состав в пути, расчётное время прибытия 10.30.

""" + SIG_KR + """

ДИ> Добрый день. Когда будете в столовой? Там с 11.30 обед, нужно успеть до него.
ДИ> Диспетчер Ильина Д.С.
""", D('447240', [], WAY, 'initials-prefixed quote; number only in Re: subject'),
      charset='windows-1251', cte='qp', mailer='outlook', in_reply=mid('447240'))

plain(KR, dt(11, 10, 40), '447240 п1, п2',
      """Прибыли. 10.35. П1, П2 — приступил. Кухня закрыта до 11.00, П2 после.
""", D('447240', ['1', '2'], ON, 'positions in subject and body'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(11, 13, 15), 'Заявка 447240 — промежуточный',
      """Докладываю (промежуточно).
1. П1 — шлейф в зале восстановлен, выполнено.
2. П3 — ППК, продолжаю работу, на месте.
3. П2 — после обеда.

""" + SIG_KR, R('different statuses for different positions (p1 done, p3 on site) in one letter'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(11, 15, 20), 'Заявка 447240 — выполнено',
      """Докладываю.
Все три позиции — выполнено. Извещатели ИП 101-1А на кухне — 3 шт. заменены. ППК перезапущен, на пульте норма.
Убыл в 15.10.

""" + SIG_KR, D('447240', [], OFF, '«все три позиции» = whole request'),
      charset='windows-1251', cte='qp', mailer='outlook')

# ---- 447277 ------------------------------------------------------------
bounce = MIMEMultipart('report', report_type='delivery-status')
bounce.attach(text_part("""This is the mail system at host mx1.rubezh-el.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<v.kravtsov@rubezh-el.ru>: host mx1.rubezh-el.ru[10.0.0.5] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)
""", 'us-ascii', '8bit'))
ds = MIMEBase('message', 'delivery-status')
ds.set_payload([message_from_string("Reporting-MTA: dns; mx1.rubezh-el.ru\nArrival-Date: Fri, 13 Nov 2026 16:31:02 +0300\n\n"),
                message_from_string("Final-Recipient: rfc822; v.kravtsov@rubezh-el.ru\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
bounce.attach(ds)
orig = MIMEText('Прошу принять заявку 447277, ИБП серверная, поз. 1 и 2.', 'plain', 'utf-8')
orig['From'] = 'dispatch@zakazchik-omis.ru'
orig['To'] = 'v.kravtsov@rubezh-el.ru'
orig['Subject'] = Header('Заявка 447277 ИБП серверная', 'utf-8').encode()
orig['Date'] = 'Fri, 13 Nov 2026 16:31:00 +0300'
bounce.attach(MIMEMessage(orig))
finish(bounce, DAEMON, dt(13, 16, 31), 'Undelivered Mail Returned to Sender', 'us-ascii', None,
       extra={'Auto-Submitted': 'auto-replied'}, label=I('bounce (delivery failure)'))

plain(KR, dt(14, 8, 5), 'Заявка 447277 ИБП',
      """Докладываю.
Заявка 447277 принята к исполнению (получена через офис, старый адрес v.kravtsov более не действует).
Старший — Губарев С.А., тел. +7 916 447-12-03.

""" + SIG_KR, D('447277', [], ACC, 'accepted; phone contains 447-12 which is not a request'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(GU, dt(14, 9, 40), '447277-1 на месте',
      """приехали, смотрим ИБП

""" + SIG_GU_PHONE, D('447277', ['1'], ON, 'status and position in subject'),
      charset='utf-8', cte='8bit', mailer='iphone')

plain(GU, dt(14, 12, 15), '447277-1',
      """АКБ поменяли (12В 9Ач, 16 шт), ИБП держит нагрузку, тест 15 мин прошел. По второму ИБП батарей нет, заказали, приедем в понедельник

""" + SIG_GU_PHONE, D('447277', ['1'], OFF, 'result on p1; p2 only a plan'),
      charset='utf-8', cte='qp', mailer='iphone')

plain(KR, dt(14, 17, 0), 'RE: 447277 замечание',
      """Принял. Замечание устраню: впредь доклад о завершении — в течение 15 минут после убытия.

""" + SIG_KR + """

-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Saturday, November 14, 2026 4:12 PM
To: kravtsov@rubezh-el.ru
Subject: 447277 замечание

Виктор Петрович, по 447277 отчёт о завершении п.1 пришёл только в 12:15, а уехали раньше. Просим сообщать сразу.
""", R('acknowledgement of dispatcher\'s remark, no new status'),
      charset='windows-1251', cte='b64', mailer='outlook', in_reply=mid('447277r'))

plain(KR, dt(16, 9, 14), '447277 п.2',
      """Пpибыл нa oбъeкт в 09.10. АКБ получены. Приступил к ИБП-2.
""", D('447277', ['2'], ON, 'Latin look-alike letters inside Cyrillic words'),
      charset='windows-1251', cte='qp', mailer='outlook')

plain(KR, dt(16, 11, 45), '447277 п.2',
      """447277 п.2. Задача выполнена. Убыл 11.40.
""", D('447277', ['2'], OFF, 'clipped'),
      charset='windows-1251', cte='b64', mailer='outlook')

# ---- 447315 ------------------------------------------------------------
rr = MIMEMultipart('report', report_type='disposition-notification')
rr.attach(text_part("""Ваше сообщение

  Кому: kravtsov@rubezh-el.ru
  Тема: Заявка 447315 домофон вход 3
  Отправлено: 16.11.2026 9:10

было прочитано 16.11.2026 9:31.
""", 'windows-1251', 'qp'))
mdn = MIMEBase('message', 'disposition-notification')
mdn.set_payload("""Reporting-UA: kravtsov-pc; Microsoft Outlook 14.0
Final-Recipient: rfc822;kravtsov@rubezh-el.ru
Original-Message-ID: <omis.447315.dispatch@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
rr.attach(mdn)
finish(rr, KR, dt(16, 9, 31), 'Прочитано: Заявка 447315 домофон вход 3', 'windows-1251', 'outlook',
       label=I('read receipt'))

plain(KR, dt(16, 9, 40), 'RE: Заявка 447315 домофон вход 3',
      """Принял к исполнению.

""" + SIG_KR + """

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 16 ноября 2026 г. 9:10
Кому: kravtsov@rubezh-el.ru
Тема: Заявка 447315 домофон вход 3

Добрый день. Не работает домофон на входе 3, блок вызова не светится. Пропуска на 2 чел. заказаны.
""", D('447315', [], ACC, 'Outlook header block; number only in subject'),
      charset='windows-1251', cte='b64', mailer='outlook', in_reply=mid('447315'))

plain(KR, dt(16, 11, 5), 'RE: Заявка 447315 домофон вход 3',
      """Благодарю за оперативное оформление пропусков. Выход согласно графику.

""" + SIG_KR, R('thanks, no status'),
      charset='windows-1251', cte='qp', mailer='outlook')

plain(KR, dt(16, 13, 10), 'RE: Заявка 447315 домофон вход 3 — принята',
      """Докладываю.
Прибыл 12.10, неисправность устранена: заменён блок вызова VIZIT БВД-432, перепрограммированы 38 ключей.
Убыл 13.05.

""" + SIG_KR, D('447315', [], OFF, 'old status «принята» in Re: subject does not override body'),
      charset='windows-1251', cte='b64', mailer='outlook')

# ---- 447352 ------------------------------------------------------------
plain(KR, dt(17, 10, 30), 'Обращение 447352',
      """Обращение 447352 (электроснабжение насосной) принято.
Потребуется отключение ввода на 2 ч. Согласую с энергетиком.

""" + SIG_KR, D('447352', [], ACC, '«Обращение ... принято»'),
      charset='koi8-r', cte='b64', mailer='bat')

plain(GU, dt(17, 16, 20), 'насосная',
      """По 447352 выедем завтра в 8:00, кабель получили

""" + SIG_GU_PHONE, R('plan only: «выедем завтра»'),
      charset='utf-8', cte='b64', mailer='iphone')

plain(KR, dt(18, 8, 10), 'Заявка 447352 — следуем',
      """Личный состав: 3 чел. Следуем на объект (насосная). 447352.
Прибытие ориентировочно 09.15.
""", D('447352', [], WAY, '«Следуем на объект»'),
      charset='koi8-r', cte='qp', mailer='bat')

plain(KR, dt(18, 9, 25), 'Заявка 447352',
      """Прибыл 09.20. Приступил.
По 447352: п.1, п.3. Ввод отключён в 09.22 (энергетик Сомов).
""", D('447352', ['1', '3'], ON, 'positions p.1 p.3; times'),
      charset='koi8-r', cte='qp', mailer='bat')

plain(KR, dt(18, 17, 15), 'Заявка 447352 — доклад за день',
      """Докладываю.
1. П.1 — кабель ВВГнг-LS 5х16 проложен, 42 м, подключён, изоляция 500 МОм.
2. П.3 — щит ЩР-3 собран, пломба № 0447391 на вводном автомате.
3. П.2 (освещение) — 19.11.
Убыл 17.05.

""" + SIG_KR, D('447352', ['1', '3'], OFF, 'p1,p3 done, p2 plan; seal number 0447391 is not a request'),
      charset='koi8-r', cte='b64', mailer='bat')

plain(KR, dt(18, 17, 40), 'Доклад за 18.11',
      """Докладываю итоги 18.11.
1. 447352 — п.1, п.3 выполнены, убыл 17.05.
2. 447277 — акт подписан у Петренко.
3. 447390 — ожидаю заявку.
Личный состав завтра: 3 чел.

""" + SIG_KR, R('daily summary naming several requests'),
      charset='koi8-r', cte='qp', mailer='bat')

plain(GU, dt(19, 8, 30), '447352 (2)',
      """на месте, светильники в насосной смотрим

""" + SIG_GU_PHONE, D('447352', ['2'], ON, 'subject «447352 (2)»'),
      charset='utf-8', cte='8bit', mailer='iphone')

plain(GU, dt(19, 11, 20), 'Re: 447352 (2)',
      """447352 п2 всё, 8 светильников ЛСП 2х36 повесили, горят. Бригада освободилась, едем на базу

""" + SIG_GU_PHONE + """

> 19 нояб. 2026 г., в 08:30, Губарев Семён написал(а):
> на месте, светильники в насосной смотрим
""", D('447352', ['2'], OFF, '«бригада освободилась»; heading to another site (no number) irrelevant'),
      charset='utf-8', cte='qp', mailer='iphone')

cal = MIMEMultipart('alternative')
cal.attach(text_part('Кравцов Виктор Петрович принял приглашение.\n', 'utf-8', 'qp'))
ics = MIMEText("""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кравцов Виктор Петрович:mailto:kravtsov@rubezh-el.ru
SUMMARY:Принято: Совещание по заявке 447352 (насосная)
DTSTART:20261120T070000Z
DTEND:20261120T080000Z
UID:040000008200E00074C5B7101A82E00800000000447352
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
END:VEVENT
END:VCALENDAR
""", 'calendar', 'utf-8')
ics.set_param('method', 'REPLY')
cal.attach(ics)
finish(cal, KR, dt(19, 12, 2), 'Принято: Совещание по заявке 447352 (насосная)', 'windows-1251', 'outlook',
       label=I('calendar meeting response generated by client'))

# ---- 447390 ------------------------------------------------------------
plain(KR, dt(19, 9, 0), 'Заявка 447390',
      """Так точно. 447390 принял.
""", D('447390', [], ACC, 'clipped'),
      charset='windows-1251', cte='qp', mailer='outlook')

plain(GUM, dt(19, 11, 40), 'архив 447390',
      """по 447390 ещё не выехали, машина на шиномонтаже, будем после 14

""" + SIG_GU_ANDR, R('negation «ещё не выехали» + plan'),
      charset='utf-8', cte='b64', mailer='mailru')

plain(GUM, dt(19, 14, 10), 'Re: архив 447390',
      """Всё, выехали на 447390

""" + SIG_GU_ANDR + """

Четверг, 19 ноября 2026, 11:40 +03:00 от Семён Губарев <gubarev.sem@mail.ru>:
> по 447390 ещё не выехали, машина на шиномонтаже, будем после 14
""", D('447390', [], WAY, 'mail.ru quote style; old negation in quote'),
      charset='utf-8', cte='b64', mailer='mailru')

plain(KR, dt(19, 16, 30), 'Заявка 447390, архив — доклад',
      """Докладываю.
Заявка 447390, архив.
1. Прибыл 14.50.
2. П1 — извещатели «Астра-5» исп. А, 6 шт. заменены.
3. П2 — ППК «Сигнал-20П» перепрошит, версия 1.11, ключи переписаны.
4. Убыл в 16.20.

""" + SIG_KR, D('447390', ['1', '2'], OFF, 'numbered paragraphs; latest event убыл'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(KR, dt(19, 17, 5), 'Заявка 447588',
      """Докладываю. Заявка 447588 принята к исполнению. Выход 20.11.
""", R('number 447588 is not in the registry'),
      charset='windows-1251', cte='b64', mailer='outlook')

# ---- 447433 ------------------------------------------------------------
plain(KR, dt(20, 12, 40), 'Заявка 447433 — принята',
      """Заявка 447433 принята.
Замена светильников, цех 2. Высота 9 м — потребуется автовышка, заказана на 23.11.

""" + SIG_KR, D('447433', [], ACC, 'accepted; plan for 23.11'),
      charset='windows-1251', cte='qp', mailer='outlook')

news = MIMEMultipart('alternative')
news.attach(text_part("""Уважаемые партнёры!

ООО «Рубеж-Электро» сообщает о графике работы в декабре 2026 г.
31.12 — сокращённый день, 01.01–08.01 — дежурная бригада, тел. +7 (495) 744-70-12.

Вы получили это письмо, так как подписаны на рассылку. Отписаться: https://rubezh-el.ru/unsubscribe
""", 'utf-8', 'b64'))
news.attach(text_part("""<html><body><h2>График работы в декабре</h2><p>31.12 — сокращённый день, 01.01–08.01 — дежурная бригада.</p><p><a href="https://rubezh-el.ru/unsubscribe">Отписаться</a></p></body></html>""", 'utf-8', 'b64', 'html'))
finish(news, NEWS, dt(20, 15, 0), 'Рубеж-Электро: график работы в праздничные дни', 'utf-8', None,
       extra={'Precedence': 'bulk', 'List-Unsubscribe': '<https://rubezh-el.ru/unsubscribe>',
              'List-Id': 'partners.rubezh-el.ru'}, label=I('bulk mailing list'))

plain(KR, dt(23, 7, 55), 'Заявка 447433 — выдвинулись',
      """Выдвинулись на объект в 07.50. Заявка 447433.
Автовышка АГП-18 (гос. № М 447 ОР 50) следует отдельно.
""", D('447433', [], WAY, '«выдвинулись»; plate containing 447 is not a request'),
      charset='windows-1251', cte='b64', mailer='outlook')

plain(GU, dt(23, 8, 50), 'Re: 447433',
      """на месте, вышку подогнали, начинаем с пролёта А

""" + SIG_GU_PHONE + """

ДИ> Семён, во сколько будете в цехе 2? Охрану предупредить.
""", D('447433', [], ON, 'number only in Re: subject, initials quote'),
      charset='utf-8', cte='qp', mailer='iphone')

fw = MIMEMultipart('mixed')
fw.attach(text_part("""Пересылаю доклад Кравцова по цеху 2.

""" + SIG_OF, 'utf-8', 'qp'))
inner = MIMEText("""Докладываю.
Заявка 447433, цех 2.
1. Светильники ДСП 44-150 — 24 шт. смонтированы, старые (ГСП) демонтированы, вывезены.
2. Проверка освещённости — норма.
Задача выполнена. Убыл в 16.00.

--
Начальник участка
Кравцов В.П.
""", 'plain', cset('windows-1251', 'b64'))
inner['From'] = addr(KR, 'windows-1251')
inner['To'] = 'office@rubezh-el.ru'
inner['Subject'] = hdr('Заявка 447433 — выполнено', 'windows-1251')
inner['Date'] = 'Mon, 23 Nov 2026 16:05:00 +0300'
inner['Message-ID'] = '<20261123160500.kr447433@rubezh-el.ru>'
fw.attach(MIMEMessage(inner))
finish(fw, OF, dt(23, 16, 30), 'Fwd: Заявка 447433 — выполнено', 'utf-8', 'tb',
       label=D('447433', [], OFF, 'forward as attached message/rfc822; forwarded report counts'))

# ---- extras without number / paperwork ------------------------------------
plain(GU, dt(24, 10, 15), 'ключи',
      """Мы на месте, а щитовая закрыта. Где ключи взять? Охрана не знает

""" + SIG_GU_PHONE, R('no request number at all; question'),
      charset='utf-8', cte='qp', mailer='iphone')

plain(OF, dt(24, 12, 0), 'Акты по 447012',
      """Добрый день!
Акт № 447 от 05.11.2026 и счёт № 1187 по заявке 447012 направлены почтой России, трек 14500283447012.
Просим подписать и вернуть один экземпляр.

""" + SIG_OF, R('paperwork (act, invoice), no status'),
      charset='utf-8', cte='b64', mailer='tb')

plain(KR, dt(24, 17, 30), 'О порядке направления заявок',
      """Докладываю.
Повторно обращаю внимание: заявки приходят без контактного лица на объекте и без сведений о допуске.
Прошу впредь указывать ответственного и телефон.

""" + SIG_KR, R('complaint, no request number, no status'),
      charset='windows-1251', cte='b64', mailer='outlook')

auto2 = text_part("""Нахожусь в командировке до 30.11.2026. Связь ограничена.
По текущим заявкам — Губарев Семён, gubarev@rubezh-el.ru, +7 916 447-12-03.
""", 'windows-1251', 'qp')
finish(auto2, KR, dt(25, 9, 1), 'Автоматический ответ: Заявка 447433 — акт', 'windows-1251', 'outlook',
       extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
       label=I('out-of-office auto-reply'))

# ================================================================== outputs
labels = {fn: lab for fn, lab, _ in LETTERS}
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

reg = {'contractor': {'name': 'ООО «Рубеж-Электро»',
                      'emails': ['kravtsov@rubezh-el.ru', 'gubarev@rubezh-el.ru', 'gubarev.sem@mail.ru',
                                 'office@rubezh-el.ru', 'mailer-daemon@rubezh-el.ru', 'news@rubezh-el.ru'],
                      'domains': ['rubezh-el.ru']},
       'requests': [{'number': n, 'positions': p, 'registered_at': d.isoformat(), 'comment': c}
                    for n, p, d, c in REG]}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)

# sanity: letters about a request come after its registration
regd = {n: d for n, _, d, _ in REG}
for fn, lab, d in LETTERS:
    if lab.get('request'):
        assert d > regd[lab['request']], fn
        assert set(lab['positions']) <= set(dict((n, p) for n, p, _, _ in REG)[lab['request']]), fn
from collections import Counter
print(len(LETTERS), Counter(l['expect'] for _, l, _ in LETTERS))
