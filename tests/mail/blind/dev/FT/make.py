#!/usr/bin/env python3
# Generator for persona FT: ИП Гречихин В.А. (handyman, SMS-style e-mail) + his wife (bookkeeping).
import json, os, uuid, datetime, random
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy
import io

random.seed(441)
OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)

TZ = datetime.timezone(datetime.timedelta(hours=3))
DISP = 'dispatch@zakazchik-omis.ru'
DISP_NAME = 'Диспетчерская ОМИС'
VIK = 'vgrechihin@mail.ru'
VIK_NAME = 'Виктор Гречихин'
OLGA = 'o.grechihina@yandex.ru'
OLGA_NAME = 'Гречихина Ольга'
INFO = 'info@grechihin-servis.ru'
DAEMON = 'mailer-daemon@corp.mail.ru'
SIG = 'Отправлено с iPhone'

MONTHS = ['', 'янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']


def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)


def cs(name, body):
    c = Charset(name)
    c.header_encoding = BASE64
    c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[body]
    return c


def leaf(text, subtype='plain', charset='utf-8', cte='qp'):
    m = Message()
    m['Content-Type'] = 'text/%s' % subtype
    m.set_payload(text, cs(charset, cte))
    return m


def hdr(s, charset='utf-8'):
    if not s:
        return ''
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs(charset, 'b64'))


def addr(name, a, charset='utf-8'):
    return formataddr((name, a), charset=charset) if name else a


def mid(kind):
    if kind == 'iphone':
        return '<%s@mail.ru>' % str(uuid.UUID(int=random.getrandbits(128))).upper()
    if kind == 'outlook':
        return '<%012x$%08x$%08x@yandex.ru>' % (random.getrandbits(48), random.getrandbits(32), random.getrandbits(32))
    if kind == 'yandex':
        return '<%d%d@mail.yandex.ru>' % (random.randint(100000, 999999), random.randint(1000000, 9999999))
    if kind == 'bat':
        return '<%d.%d@mail.ru>' % (random.randint(10**8, 10**9), random.randint(10**8, 10**9))
    if kind == 'mailru':
        return '<%d.%d@f%d.i.mail.ru>' % (random.randint(10**9, 2 * 10**9), random.randint(1000, 9999), random.randint(100, 999))
    return '<%s@%s>' % (uuid.UUID(int=random.getrandbits(128)).hex, kind)


def q_iphone(when, text, who=DISP_NAME, a=DISP):
    d = dt(when)
    head = '%d %s %d г., в %d:%02d, %s <%s> написал(а):' % (d.day, MONTHS[d.month], d.year, d.hour, d.minute, who, a)
    return '\n\n> ' + head + '\n> \n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


DISP_SIGN = '\n\n--\nДиспетчерская служба ОМИС\nтел. +7 (495) 640-12-90, доб. 2\ndispatch@zakazchik-omis.ru'

LETTERS = []
LABELS = {}


def finish(m, frm, date, subject, charset='utf-8', to=(DISP_NAME, DISP), reply_to_id=None, kind='iphone', extra=None):
    m['From'] = frm
    m['To'] = addr(to[0], to[1], charset)
    m['Subject'] = hdr(subject, charset)
    m['Date'] = format_datetime(dt(date))
    m['Message-ID'] = mid(kind)
    if reply_to_id:
        m['In-Reply-To'] = reply_to_id
        m['References'] = reply_to_id
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    for k, v in (extra or []):
        m[k] = v
    return m


def add(label, m):
    n = '%03d.eml' % (len(LETTERS) + 1)
    LETTERS.append((n, m))
    LABELS[n] = label


def D(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def R(note):
    return {'expect': 'review', 'note': note}


def I(note):
    return {'expect': 'ignored', 'note': note}


def rid():
    return '<%s@zakazchik-omis.ru>' % uuid.UUID(int=random.getrandbits(128)).hex[:20]


def iphone(date, subject, body, cte='qp', reply=False):
    m = leaf(body, 'plain', 'utf-8', cte)
    finish(m, addr(VIK_NAME, VIK), date, subject, reply_to_id=rid() if reply else None, kind='iphone',
           extra=[('X-Mailer', 'iPhone Mail (22B91)')])
    return m


def bat(date, subject, body, reply=False):
    # home PC, The Bat!, KOI8-R 8bit
    m = leaf(body, 'plain', 'koi8-r', '8bit')
    finish(m, addr(VIK_NAME, VIK, 'koi8-r'), date, subject, charset='koi8-r',
           reply_to_id=rid() if reply else None, kind='bat',
           extra=[('X-Mailer', 'The Bat! (v9.4.5) Professional'), ('X-Priority', '3 (Normal)')])
    return m


def mailru_html(date, subject, html, plain=None, reply=False):
    if plain is None:
        m = leaf(html, 'html', 'utf-8', 'b64')
    else:
        m = MIMEMultipart('alternative')
        m.attach(leaf(plain, 'plain', 'utf-8', 'b64'))
        m.attach(leaf(html, 'html', 'utf-8', 'b64'))
    finish(m, addr(VIK_NAME, VIK), date, subject, reply_to_id=rid() if reply else None, kind='mailru',
           extra=[('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', '[85.26.164.%d]' % random.randint(2, 250))])
    return m


def outlook(date, subject, plain, html=None, reply=False, charset='windows-1251', cte='qp'):
    if html is None:
        html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body lang="RU"><div class="WordSection1">' % charset + \
            ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (l if l else '&nbsp;') for l in plain.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').split('\n')) + \
            '</div></body></html>'
    m = MIMEMultipart('alternative')
    m.attach(leaf(plain, 'plain', charset, cte))
    m.attach(leaf(html, 'html', charset, cte))
    finish(m, addr(OLGA_NAME, OLGA, charset), date, subject, charset=charset,
           reply_to_id=rid() if reply else None, kind='outlook',
           extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdtN%sQ==' % uuid.UUID(int=random.getrandbits(128)).hex[:18]),
                  ('Content-Language', 'ru')])
    return m


def yandex(date, subject, plain, html, reply=False):
    m = MIMEMultipart('alternative')
    m.attach(leaf(plain, 'plain', 'utf-8', 'b64'))
    m.attach(leaf(html, 'html', 'utf-8', 'b64'))
    finish(m, addr(OLGA_NAME, OLGA), date, subject, reply_to_id=rid() if reply else None, kind='yandex',
           extra=[('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')])
    return m


def olga_html_only(date, subject, html):
    m = leaf(html, 'html', 'utf-8', 'b64')
    finish(m, addr(OLGA_NAME, OLGA), date, subject, kind='yandex', extra=[('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')])
    return m


OLGA_SIGN = '\n\nС уважением,\nГречихина Ольга Петровна\nбухгалтер ИП Гречихин В.А.\nИНН 502713840562\nтел. +7 (916) 482-31-08'

# ---------------------------------------------------------------- 441015 д/с 34, замки
add(D('441015', [], 'заявка принята', 'subject: number + «принял», body only iPhone signature'),
    iphone('2026-11-02 09:02', '441015 принял', '\n\n' + SIG))

add(D('441015', [], 'подрядчик в пути', 'single word «выезжаю» above iPhone quote; number only in Re: subject'),
    iphone('2026-11-02 13:40', 'Re: Заявка 441015 д/с 34 замки', 'выезжаю\n\n' + SIG + q_iphone('2026-11-02 08:15',
        'Виктор Андреевич, добрый день!\nНаправляем заявку 441015: ДОУ № 34 «Ромашка», ул. Заводская, 12.\n'
        'П.1 — замок центрального входа заедает, П.2 — замок калитки не закрывается.\nКонтакт: завхоз Нина Ивановна, 8-903-551-20-14.' + DISP_SIGN), reply=True))

add(D('441015', ['1'], 'подрядчик на месте', 'subject «441015-1» = request-position, body «на месте»'),
    iphone('2026-11-02 14:25', '441015-1', 'на месте\n\n' + SIG))

add(D('441015', ['1'], 'подрядчик убыл', 'п.1 ✓ = done; п.2 only planned for tomorrow'),
    iphone('2026-11-02 16:10', '441015 п.1 ✓ п.2 завтра', ''))

add(D('441015', ['2'], 'подрядчик в пути', 'empty subject; «(2) →еду»; phone number is not a request'),
    iphone('2026-11-03 08:05', '', '441015 (2) →еду\nзв если что 8-916-482-31-07\n\n' + SIG))

add(D('441015', ['2'], 'подрядчик убыл', '«вып.» = выполнено; cylinder part number is not a request'),
    iphone('2026-11-03 11:30', 'Re: 441015 (2)', 'вып. личинку поменял Apecs SC-80-Z-NI, старую отдал завхозу\n\n' + SIG))

# ---------------------------------------------------------------- 441027 школа 112, электрика
add(D('441027', [], 'заявка принята', '«ок» answering the dispatcher\'s request to confirm acceptance'),
    iphone('2026-11-02 11:05', 'Re: Заявка №441027 школа 112 электрика', 'ок' + q_iphone('2026-11-02 10:41',
        'Добрый день.\nЗаявка №441027, ГБОУ Школа № 112, ул. Лесная, 4.\n1 — освещение спортзала (не горят 6 светильников)\n'
        '2 — щитовая, выбивает автомат\n3 — каб. 204, нет питания на розетках\nПросьба подтвердить принятие.' + DISP_SIGN), reply=True))

add(D('441027', ['2'], 'подрядчик на месте', 'subject is the school, body «П2 на месте с 12:40»'),
    iphone('2026-11-03 12:50', 'шк 112', '441027 П2 на месте с 12:40\n\n' + SIG))

add(D('441027', ['2'], 'подрядчик убыл', 'П2 готово; П1/П3 waiting for materials (no status)'),
    iphone('2026-11-03 15:55', '441027 П2 готово. П1 П3 — материал жду', '\n' + SIG))

add(R('wife asks to approve purchase of fittings, invoice/price talk, no status'),
    outlook('2026-11-04 10:12', 'Заявка 441027 — согласование материалов',
            'Добрый день!\n\nПо заявке 441027 (школа № 112, освещение спортзала и кабинет 204) Виктору Андреевичу для завершения работ '
            'необходимо приобрести светильники ДСП 44-60 (6 шт.) и розеточные блоки. Направляю Вам счёт № 217 от 03.11.2026 '
            'на сумму 18 460,00 руб. (без НДС) для согласования.\n\nПросим подтвердить, можно ли включить материалы в акт, '
            'или закупка будет с Вашей стороны. Заранее спасибо!' + OLGA_SIGN))


add(D('441027', ['1', '3'], 'подрядчик убыл', 'empty subject; «отр.» = отработал; result «всё горит»'),
    iphone('2026-11-06 17:20', '', '441027 1,3 отр. всё горит\n\n' + SIG))

# ---------------------------------------------------------------- 441033 д/с 7
add(D('441033', [], 'подрядчик в пути', 'one-word answer «еду» to the dispatcher\'s question quoted under it'),
    iphone('2026-11-03 09:20', 'Re: 441033 д/с 7 розетки', 'еду\n\n' + SIG + q_iphone('2026-11-03 09:04',
        'Виктор Андреевич, сможете сегодня по 441033? Д/с № 7 «Солнышко», группа «Пчёлки», искрит розетка. Когда будете?' + DISP_SIGN), reply=True))

add(D('441033', [], 'подрядчик на месте', 'caps, Latin M and E inside Cyrillic «МЕСТЕ»'),
    iphone('2026-11-03 10:10', '441033 НА MEСТЕ', '\n' + SIG))

add(D('441033', [], 'подрядчик убыл', '«всё» + result; number only in Re: subject'),
    iphone('2026-11-03 11:05', 'Re: 441033 НА MEСТЕ', 'всё. 3 розетки поменял, в группе работает\n\n' + SIG))

add(R('441033 has only position 1; letter names п.2'),
    iphone('2026-11-05 13:15', '441033 п.2', 'выехал\n\n' + SIG))

# ---------------------------------------------------------------- 441048 гимназия 5, доводчики
add(D('441048', [], 'заявка принята', '«Наряд ... принят» in subject'),
    iphone('2026-11-04 08:50', 'Наряд 441048 принят', ''))

add(R('question about which closer model to install, no status'),
    iphone('2026-11-04 09:05', '441048?', 'доводчики какие ставить? Dorma TS 77 как было или Geze TS 1500 ? Geze дешевле\n\n' + SIG))

add(D('441048', [], 'подрядчик в пути', 'number in brackets after the site; «→ выезжаю. 30 мин»'),
    iphone('2026-11-05 09:15', 'гимназия 5 (441048)', '→ выезжаю. 30 мин\n\n' + SIG))

add(R('mixed: П1 done, П2 on site — different statuses for different positions'),
    iphone('2026-11-05 12:00', '441048', 'П1 отр.\nП2 на месте, делаю\n\n' + SIG))

add(D('441048', ['1', '2'], 'подрядчик убыл', '«выехал С объекта» = left the site; both positions ✓'),
    iphone('2026-11-05 14:30', 'Re: 441048', 'П1, П2 ✓ закрываются нормально. выехал с объекта 14:20\n\n' + SIG))

# ---------------------------------------------------------------- 441056 школа 45, освещение этажей
add(D('441056', [], 'заявка принята', 'accepted now; visit on Monday is only a plan'),
    iphone('2026-11-05 11:30', '441056 принял, буду в пн', ''))

add(D('441056', [], 'подрядчик в пути', '«выехал на» = leaving for the site; subject names the school'),
    iphone('2026-11-09 08:10', 'шк 45', 'выехал на 441056\n\n' + SIG))

add(D('441056', [], 'подрядчик на месте', '«Обращение ... прибыл 8:50»'),
    iphone('2026-11-09 08:55', 'Обращение 441056', 'прибыл 8:50\n\n' + SIG))

add(D('441056', ['1', '2'], 'подрядчик убыл', 'subject «441056-1 441056-2 вып.», empty body'),
    iphone('2026-11-09 13:10', '441056-1 441056-2 вып.', ''))

add(D('441056', ['3'], 'подрядчик убыл', 'Re: subject names old positions 1,2; new text: 3 done, 4 no access → tomorrow'),
    iphone('2026-11-09 16:45', 'Re: 441056-1 441056-2 вып.', '3 тоже ✓\n4 — нет доступа, завхоз ушёл, приеду завтра\n\n' + SIG))

add(D('441056', ['4'], 'подрядчик убыл', '«поз.4 готово»; lamp specs and quantities are not requests'),
    iphone('2026-11-10 12:30', '441056 поз.4 готово', 'лампы Т8 18Вт — 12 шт, стартеры 6 шт поменял\n\n' + SIG))

# ---------------------------------------------------------------- 441102 д/с 91 смеситель
add(D('441102', [], 'заявка принята', 'HTML-only from mail.ru web: «Заявку 441102 взял»'),
    mailru_html('2026-11-06 08:30', 'Re: 441102 д/с 91 смеситель',
                '<HTML><BODY><div>Заявку 441102 взял</div><div>&nbsp;</div><div>--<br>Виктор</div></BODY></HTML>', reply=True))


add(D('441102', [], 'подрядчик в пути', 'short subject, «выехал», car plate is not a request'),
    iphone('2026-11-06 15:20', '441102 выехал', 'Ларгус Х417ОК750, скажите охране\n\n' + SIG))

add(D('441102', [], 'подрядчик на месте', 'single word «да» answering «вы на месте?» quoted under it'),
    iphone('2026-11-06 16:02', 'Re: 441102 д/с 91 смеситель', 'да\n\n' + SIG + q_iphone('2026-11-06 15:58',
        'Виктор Андреевич, вы на месте? Звонит заведующая, говорит машина у ворот стоит.' + DISP_SIGN), reply=True))

add(D('441102', [], 'подрядчик убыл', 'result + «Уехал»'),
    iphone('2026-11-06 17:05', 'Re: 441102 выехал', 'смеситель поменял, течи нет. Уехал\n\n' + SIG))

add(R('complaint about the site staff, no status'),
    iphone('2026-11-09 21:40', 'по 441102', 'завхоз с 91 сада звонит мне в 11 ночи. Я не аварийка. Разберитесь пож.\n\n' + SIG))

# ---------------------------------------------------------------- 441117 школа 8
add(D('441117', [], 'заявка принята', 'empty subject, «ок принял»'),
    iphone('2026-11-09 09:45', '', '441117 ок принял\n\n' + SIG))

add(D('441117', ['3'], 'подрядчик в пути', '«П3 замок» in subject, «еду, буду к 8:30»'),
    iphone('2026-11-10 07:50', '441117 П3 замок', 'еду, буду к 8:30\n\n' + SIG))

add(D('441117', ['3'], 'подрядчик убыл', 'lock installed, keys handed over; number/position in Re: subject'),
    iphone('2026-11-10 09:10', 'Re: 441117 П3 замок', 'замок врезал, ключи 3 шт вахтёру под роспись\n\n' + SIG))


add(D('441117', ['1'], 'подрядчик убыл', 'П1 готово; П2 needs floodlights to be ordered (no status)'),
    iphone('2026-11-10 15:30', '441117', 'П1 готово\nП2 прожекторы нужны 2 шт LED 100W, закажите или я куплю\n\n' + SIG))

add(D('441117', ['2'], 'подрядчик убыл', 'wife relays his report: позиция 2 прожекторы установлены, he left'),
    outlook('2026-11-12 17:45', 'Заявка № 441117, позиция 2',
            'Добрый вечер!\n\nВиктор Андреевич просил передать (у него телефон разрядился): по заявке № 441117 позиция 2 — '
            'прожекторы в актовом зале установлены сегодня, 2 шт. LED 100W, работы завершены, он уже уехал с объекта.\n'
            'Чек на прожекторы приложу к акту.' + OLGA_SIGN))

# ---------------------------------------------------------------- 441230 д/с 15
add(D('441230', [], 'заявка принята', '«+» answering «подтвердите принятие»'),
    iphone('2026-11-10 13:30', 'Re: Заявка 441230', '+\n\n' + SIG + q_iphone('2026-11-10 13:02',
        'Заявка 441230, ГБДОУ д/с № 15, пр-т Мира, 88.\nП1 — домофон калитки не открывает\nП2 — не горит освещение игровой площадки\nПодтвердите принятие.' + DISP_SIGN), reply=True))

add(R('negation: not left yet, battery dead'),
    iphone('2026-11-11 07:40', '441230', 'задерживаюсь, ещё не выехал, акб сел. прикурюсь и поеду\n\n' + SIG))


add(D('441230', ['1'], 'подрядчик на месте', 'typo «на мсете»'),
    iphone('2026-11-11 09:30', '441230 П1', 'на мсете\n\n' + SIG))

add(D('441230', ['1'], 'подрядчик убыл', 'П1 ✓ with part model; П2 planned for tomorrow'),
    iphone('2026-11-11 12:15', '441230 П1 ✓', 'домофон Vizit БВД-311, блок питания заменил\nП2 фонари — завтра отдельно\n\n' + SIG))

add(R('two different requests in one letter, and only a plan'),
    iphone('2026-11-11 14:00', '441304 и 441230', 'обе завтра с утра\n\n' + SIG))

add(D('441230', ['2'], 'подрядчик убыл', 'home PC, KOI8-R, The Bat! reply with initials-quoted dispatcher text; «сделал сегодня»'),
    bat('2026-11-12 20:10', 'Re: Заявка 441230 поз. 2',
        'Здравствуйте.\n\nПо 441230 поз.2 освещение площадки сделал сегодня, 4 прожектора, кабель ВВГнг 3х1,5 - 25 м.\n'
        'Материал свой, в акт включу.\n\nГречихин\n\n'
        'Вы писали 11 ноября 2026 г., 16:20:\n\n'
        'ДО> Виктор Андреевич, по 441230 поз. 2 когда планируете?\n'
        'ДО> Заведующая просит до пятницы.\n', reply=True))

# ---------------------------------------------------------------- 441304 школа 67
add(D('441304', [], 'заявка принята', '«принято» before the number, lower case'),
    iphone('2026-11-11 09:00', 'принято 441304', ''))

add(D('441304', [], 'подрядчик на месте', 'body «на месте» above full quote; number only in quoted Re: subject'),
    iphone('2026-11-12 08:40', 'Re: Заявка 441304 щиток столовая', 'на месте\n\n' + SIG + q_iphone('2026-11-11 08:46',
        'Заявка 441304. ГБОУ Школа № 67, Садовая ул., 17, пищеблок — в щитке греется автомат, запах гари.\n'
        'Просьба выехать 12.11 до начала обеда (до 11:00).' + DISP_SIGN), reply=True))

add(D('441304', [], 'подрядчик убыл', 'iPhone forward of his own report that went to a wrong address; the forwarded report counts; seal number is not a request'),
    iphone('2026-11-12 11:20', 'Fwd: 441304',
           'не туда ушло\n\n' + SIG + '\n\nНачало переадресованного сообщения:\n\n'
           'От: Виктор Гречихин <vgrechihin@mail.ru>\nДата: 12 ноября 2026 г. в 11:01:19 GMT+3\n'
           'Кому: dispach@zakazchik-omis.ru\nТема: 441304\n\n'
           'Автомат ИЭК ВА47-29 С25 заменил, щиток подписал. Пломба на счётчике 0448213 целая. Убыл 10:55.\n\n' + SIG, cte='b64'))

add(R('wife\'s polite letter about act and invoice for several requests'),
    outlook('2026-11-13 10:30', 'Акт № 58 и счёт № 221',
            'Добрый день!\n\nНаправляем Вам акт выполненных работ № 58 от 13.11.2026 и счёт на оплату № 221 по заявкам '
            '441027, 441048 и 441056 (договор № 14/2026-ТО от 15.01.2026). Общая сумма 46 380,00 руб., НДС не облагается '
            '(УСН).\n\nПросим подписать акт и вернуть один экземпляр скан-копией на этот адрес, оригинал Виктор Андреевич '
            'привезёт при следующем выезде.\n\nЕсли потребуется разбивка по заявкам — сообщите, пожалуйста, подготовлю.' + OLGA_SIGN))

# ---------------------------------------------------------------- 441415 д/с 203
add(D('441415', [], 'заявка принята', '«принял» under quoted dispatcher text'),
    iphone('2026-11-12 10:20', 'Re: заявка 441415', 'принял\n\n' + SIG + q_iphone('2026-11-12 10:01',
        'Виктор Андреевич, новая заявка 441415, д/с № 203 (Озёрная, 5 к.2).\nП1 — петли шкафчиков в раздевалке (14 шт), П2 — замок двери группы «Звёздочка».' + DISP_SIGN), reply=True))

add(D('441415', [], 'подрядчик в пути', 'number in brackets after the site name; «еду» with emoji'),
    iphone('2026-11-13 08:15', 'д/с 203 (441415)', '🚗 еду\n\n' + SIG))

add(D('441415', [], 'подрядчик на месте', 'noun with time: «прибытие 8:55»'),
    iphone('2026-11-13 09:00', '441415 прибытие 8:55', ''))

add(R('mixed: поз1 done, поз2 still on site — different statuses per position'),
    iphone('2026-11-13 12:20', '441415', 'поз1 петли 14 шт ✓\nпоз2 ещё на месте, замок кривой, вожусь\n\n' + SIG))

add(D('441415', ['2'], 'подрядчик убыл', '«п.2 вып. уехал»'),
    iphone('2026-11-13 15:40', '441415 п.2', 'вып. уехал\n\n' + SIG))

add(R('thanks for the dispatcher\'s message about the signed act, nothing reported'),
    iphone('2026-11-13 16:05', 'Re: Акт по 441015 подписан', 'спасибо\n\n' + SIG + q_iphone('2026-11-13 15:50',
        'Виктор Андреевич, акт по заявке 441015 подписан заведующей, скан отправили Ольге Петровне.' + DISP_SIGN), reply=True))

# ---------------------------------------------------------------- 441508 школа 3

add(D('441508', [], 'подрядчик в пути', 'empty subject; noun «выезд 8:00»'),
    iphone('2026-11-16 08:03', '', '441508 выезд 8:00\n\n' + SIG))

add(D('441508', [], 'подрядчик на месте', '«#441508» in subject, «прибыл» with a typo'),
    iphone('2026-11-16 08:50', '#441508', 'прибыл, работаю\n\n' + SIG))

add(R('question: switchroom closed, who will open; no status for поз 3'),
    iphone('2026-11-16 11:10', '441508 поз 3', 'щитовая закрыта, ключа нет. кто откроет?\n\n' + SIG))

add(D('441508', ['1', '2', '3'], 'подрядчик убыл', 'wife\'s HTML-only letter with a table, a row per position, all done 16-17.11'),
    olga_html_only('2026-11-17 12:40', 'Заявка № 441508 — выполнение работ',
        '<html><body><p>Добрый день!</p><p>Сообщаем о выполнении работ по заявке № 441508 (ГБОУ Школа № 3, ул. Гагарина, 41):</p>'
        '<table border="1" cellpadding="4" cellspacing="0">'
        '<tr><th>Поз.</th><th>Наименование</th><th>Статус</th><th>Дата</th></tr>'
        '<tr><td>1</td><td>Аварийное освещение (блоки БАП 3 шт.)</td><td>выполнено</td><td>16.11.2026</td></tr>'
        '<tr><td>2</td><td>Эвакуационные указатели «Выход» (5 шт.)</td><td>выполнено</td><td>16.11.2026</td></tr>'
        '<tr><td>3</td><td>Щитовая — протяжка контактов</td><td>выполнено</td><td>17.11.2026</td></tr>'
        '</table><p>Мастер покинул объект 17.11 в 11:50. Акт подготовим до конца недели.</p>'
        '<p>С уважением,<br>Гречихина Ольга Петровна<br>бухгалтер ИП Гречихин В.А.</p></body></html>'))

# ---------------------------------------------------------------- 441622 д/с 48
add(R('«ок» acknowledging a reminder about access hours — not an acceptance or a status'),
    iphone('2026-11-16 08:40', 'Re: Заявка 441622 — доступ на территорию', 'ок\n\n' + SIG + q_iphone('2026-11-16 08:31',
        'Виктор Андреевич, напоминаем: по заявке 441622 (д/с № 48) доступ на территорию только с 9:00 до 12:00, '
        'при себе паспорт. Охрана предупреждена.' + DISP_SIGN), reply=True))

add(D('441622', [], 'подрядчик в пути', '«принял. в пути» — latest is в пути'),
    iphone('2026-11-16 09:30', '441622 принял. в пути', ''))

add(D('441622', [], 'подрядчик на месте', 'subject «на объекте», body only signature'),
    iphone('2026-11-16 10:05', '441622 на объекте', '\n\n' + SIG))

add(D('441622', [], 'подрядчик убыл', 'Re: subject names old status (на объекте); body «Убыл»'),
    iphone('2026-11-16 11:40', 'Re: 441622 на объекте', 'Убыл. Замок кладовой заменён, ключи у завхоза 2 шт\n\n' + SIG))

# ---------------------------------------------------------------- 441733 школа 21

add(D('441733', ['1', '2'], 'подрядчик на месте', 'wife forwards (Yandex web) his message; forwarded text reports П1 П2 на месте'),
    yandex('2026-11-17 10:40', 'Fwd: 441733',
           'Добрый день! Пересылаю сообщение Виктора Андреевича, у него с телефона на ваш адрес не уходит.\n\n'
           '-------- Пересылаемое сообщение --------\n17.11.2026, 10:25, Виктор Гречихин <vgrechihin@mail.ru>:\n'
           'Оль перешли в омис: 441733 П1 П2 на месте с 10.20\n-------- Конец пересылаемого сообщения --------\n\n'
           '-- \nОльга Гречихина',
           '<div>Добрый день! Пересылаю сообщение Виктора Андреевича, у него с телефона на ваш адрес не уходит.</div><div>&nbsp;</div>'
           '<div>-------- Пересылаемое сообщение --------</div><div>17.11.2026, 10:25, Виктор Гречихин &lt;vgrechihin@mail.ru&gt;:</div>'
           '<div>Оль перешли в омис: 441733 П1 П2 на месте с 10.20</div><div>-------- Конец пересылаемого сообщения --------</div>'
           '<div>&nbsp;</div><div>-- <br />Ольга Гречихина</div>'))

add(D('441733', ['1', '2'], 'подрядчик убыл', 'symbols only: «1 ✓ 2 ✓»'),
    iphone('2026-11-17 14:50', '441733 1 ✓ 2 ✓', '\n' + SIG))

# ---------------------------------------------------------------- other review
add(R('no request number at all: «зв»'),
    iphone('2026-11-10 16:30', '', 'зв\n\n' + SIG))

add(R('441099 is not in the registry'),
    iphone('2026-11-12 07:55', '441099 выехал', ''))

add(R('wife asks about contract/payment details, Outlook header-block quote of dispatcher text'),
    outlook('2026-11-09 11:15', 'RE: Заявка 441048 — оплата',
            'Добрый день!\n\nПодскажите, пожалуйста, оплата по договору № 14/2026-ТО будет по-прежнему на расчётный счёт '
            'в Сбербанке или нужно переоформить реквизиты? В прошлом месяце платёж по счёту № 209 пришёл с задержкой, '
            'хотелось бы понимать сроки.\n\nБлагодарю!' + OLGA_SIGN +
            '\n\nОт: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 6 ноября 2026 г. 17:02\n'
            'Кому: Гречихина Ольга <o.grechihina@yandex.ru>\nТема: Заявка 441048 — оплата\n\n'
            'Ольга Петровна, добрый день. Работы по 441048 закрыты, подрядчик убыл 05.11. Передаём в бухгалтерию на оплату.\n'
            '--\nДиспетчерская служба ОМИС', reply=True))

add(R('wife replies under -----Original Message-----: promises to send act later, quoted text mentions work'),
    outlook('2026-11-16 14:05', 'RE: 441015 акт',
            'Добрый день!\n\nАкт по заявке 441015 направим до пятницы, Виктор Андреевич сейчас на объектах, подпишет вечером.\n'
            'Извините за задержку.' + OLGA_SIGN +
            '\n\n-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\nSent: Monday, November 16, 2026 1:30 PM\n'
            'To: o.grechihina@yandex.ru\nSubject: 441015 акт\n\nОльга Петровна, по 441015 работы выполнены 03.11, '
            'просим прислать акт.\n', reply=True, charset='koi8-r', cte='8bit'))

# ---------------------------------------------------------------- ignored
add(I('Yandex auto-reply (vacation) from wife\'s mailbox'),
    (lambda m: m)(finish(leaf('Здравствуйте!\n\nЯ в отпуске до 23.11.2026. По вопросам заявок обращайтесь к Виктору Андреевичу: '
                               '8-916-482-31-07, vgrechihin@mail.ru.\n\nОльга Гречихина', 'plain', 'utf-8', 'b64'),
                          addr(OLGA_NAME, OLGA), '2026-11-18 09:12', 'Автоматический ответ: Re: Заявка 441027',
                          kind='yandex', reply_to_id=rid(),
                          extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('Precedence', 'auto_reply')])))

add(I('mail.ru autoresponder from his mailbox'),
    finish(leaf('На объекте, отвечу позже. Срочно — звоните 8-916-482-31-07.\nВ.Г.', 'plain', 'utf-8', 'b64'),
           addr(VIK_NAME, VIK), '2026-11-12 13:05', 'Re: 441415 уточнение по замку', kind='mailru', reply_to_id=rid(),
           extra=[('Auto-Submitted', 'auto-replied'), ('X-Mailru-Autoreply', '1')]))


def read_receipt():
    m = MIMEMultipart('report', report_type='disposition-notification')
    m.attach(leaf('Сообщение\n\n   Кому: Гречихина Ольга\n   Тема: Акт по заявке 441048\n   Отправлено: 10 ноября 2026 г. 10:02\n\n'
                  'было прочитано 10 ноября 2026 г. 11:47.', 'plain', 'windows-1251', 'qp'))
    p = MIMEBase('message', 'disposition-notification')
    p.set_payload('Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.grechihina@yandex.ru\n'
                  'Original-Message-ID: <20261110100201.7F3A2@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n')
    m.attach(p)
    return finish(m, addr(OLGA_NAME, OLGA, 'windows-1251'), '2026-11-10 11:47', 'Прочитано: Акт по заявке 441048',
                  charset='windows-1251', kind='outlook', extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


add(I('Outlook read receipt (MDN)'), read_receipt())


def bounce():
    m = MIMEMultipart('report', report_type='delivery-status')
    m.attach(leaf('Это письмо создано автоматически сервером Mail.Ru.\n\nНе удалось доставить письмо следующему адресату:\n\n'
                  '   olga.grech@mail.ru\n\nПричина: ящик переполнен (552 5.2.2 Mailbox size limit exceeded).\n\n'
                  'Тема исходного письма: Заявка 441508 — акт', 'plain', 'utf-8', 'b64'))
    p = MIMEBase('message', 'delivery-status')
    b1 = Message(); b1['Reporting-MTA'] = 'dns; mxs.mail.ru'; b1['Arrival-Date'] = 'Tue, 17 Nov 2026 13:10:47 +0300'
    b2 = Message(); b2['Final-Recipient'] = 'rfc822; olga.grech@mail.ru'; b2['Action'] = 'failed'; b2['Status'] = '5.2.2'
    b2['Diagnostic-Code'] = 'smtp; 552 5.2.2 Mailbox size limit exceeded'
    p.set_payload([b1, b2])
    m.attach(p)
    h = MIMEBase('text', 'rfc822-headers')
    h.set_payload('From: dispatch@zakazchik-omis.ru\nTo: olga.grech@mail.ru\nSubject: =?utf-8?B?0JfQsNGP0LLQutCwIDQ0MTUwOCDigJQg0LDQutGC?=\n'
                  'Date: Tue, 17 Nov 2026 13:10:44 +0300\n')
    m.attach(h)
    return finish(m, addr('Mail Delivery System', DAEMON), '2026-11-17 13:11', 'Undelivered Mail Returned to Sender',
                  kind='corp.mail.ru', extra=[('Auto-Submitted', 'auto-replied')])


add(I('delivery failure report (bounce) from mail.ru'), bounce())


def calendar_reply():
    m = MIMEMultipart('alternative')
    m.attach(leaf('Гречихина Ольга принял(а) это приглашение.', 'plain', 'windows-1251', 'qp'))
    ics = ('BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n'
           'ATTENDEE;PARTSTAT=ACCEPTED;CN=Гречихина Ольга:mailto:o.grechihina@yandex.ru\n'
           'SUMMARY;LANGUAGE=ru-RU:Принято: Сверка актов за ноябрь (441015-441622)\n'
           'DTSTART:20261124T110000\nDTEND:20261124T120000\nUID:040000008200E00074C5B7101A82E0080000000070F3\n'
           'ORGANIZER:mailto:dispatch@zakazchik-omis.ru\nEND:VEVENT\nEND:VCALENDAR\n')
    c = leaf(ics, 'calendar', 'utf-8', 'b64')
    c.set_param('method', 'REPLY')
    m.attach(c)
    return finish(m, addr(OLGA_NAME, OLGA, 'windows-1251'), '2026-11-18 10:03', 'Принято: Сверка актов за ноябрь',
                  charset='windows-1251', kind='outlook', extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


add(I('Outlook calendar meeting response (accepted)'), calendar_reply())

add(I('bulk newsletter from his own site via mailing service'),
    finish(leaf('<html><body><h2>Мастер Гречихин — скидка 10% на обслуживание электрики в декабре</h2>'
                '<p>Уважаемые клиенты! Для детских садов и школ — плановая проверка щитов и замена ламп по фиксированной цене.</p>'
                '<p>Звоните: 8-916-482-31-07</p><p><a href="https://grechihin-servis.ru/unsub?id=441">Отписаться от рассылки</a></p>'
                '</body></html>', 'html', 'utf-8', 'b64'),
           addr('Мастер Гречихин', INFO), '2026-11-19 12:00', 'Скидка 10% на обслуживание электрики в декабре',
           kind='grechihin-servis.ru',
           extra=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://grechihin-servis.ru/unsub?id=441>'),
                  ('List-Id', 'clients.grechihin-servis.ru'), ('X-Mailer', 'UniSender')]))

# ---------------------------------------------------------------- a few more decided, varied


add(D('441622', [], 'заявка принята', 'number written «#441622», «пр-л» = принял'),
    iphone('2026-11-16 08:25', '#441622 пр-л', ''))

add(D('441048', ['1', '2'], 'подрядчик на месте', '«П1 П2», «на объекте с 9:45» — arrived, before the mixed letter'),
    iphone('2026-11-05 09:50', '441048 П1 П2', 'на объекте с 9:45\n\n' + SIG))

add(D('441733', [], 'заявка принята', 'mail.ru app multipart/alternative, «наряд» + ПРИНЯЛ'),
    mailru_html('2026-11-17 09:10', 'наряд 441733',
                '<HTML><BODY><div>ПРИНЯЛ</div><div>&nbsp;</div><div>--<br>Виктор</div></BODY></HTML>',
                plain='ПРИНЯЛ\n\n--\nВиктор'))

add(D('441508', ['3'], 'подрядчик на месте', 'after switchroom was opened: «поз 3 открыли, работаю»'),
    iphone('2026-11-17 09:20', 'Re: 441508 поз 3', 'открыли, на месте, работаю\n\n' + SIG))

# ---------------------------------------------------------------- write out, sorted by date


def date_of(m):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(m['Date'])


pairs = [(date_of(m), lab, m) for (n, m), lab in zip(LETTERS, [LABELS[n] for n, _ in LETTERS])]
pairs.sort(key=lambda x: x[0])
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
labels = {}
for i, (d, lab, m) in enumerate(pairs, 1):
    n = '%03d.eml' % i
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32).flatten(m)
    with open(os.path.join(LET, n), 'wb') as fh:
        fh.write(buf.getvalue())
    labels[n] = lab

REG = {
    'contractor': {'name': 'ИП Гречихин Виктор Андреевич',
                   'emails': [VIK, OLGA, INFO, DAEMON],
                   'domains': ['grechihin-servis.ru']},
    'requests': [
        {'number': '441015', 'positions': ['1', '2'], 'registered_at': '2026-11-02T08:15:00+03:00',
         'comment': 'ГБДОУ д/с № 34 «Ромашка», ул. Заводская, 12: 1 — замок центрального входа, 2 — замок калитки'},
        {'number': '441027', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T10:40:00+03:00',
         'comment': 'ГБОУ Школа № 112, ул. Лесная, 4: 1 — освещение спортзала, 2 — щитовая, 3 — каб. 204 розетки'},
        {'number': '441033', 'positions': ['1'], 'registered_at': '2026-11-03T09:00:00+03:00',
         'comment': 'Д/с № 7 «Солнышко»: розетки в группе «Пчёлки»'},
        {'number': '441048', 'positions': ['1', '2'], 'registered_at': '2026-11-04T08:30:00+03:00',
         'comment': 'Гимназия № 5: доводчики, 1 — главный вход, 2 — запасной выход'},
        {'number': '441056', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-05T11:00:00+03:00',
         'comment': 'ГБОУ Школа № 45: освещение коридоров, позиции = этажи 1–4'},
        {'number': '441102', 'positions': ['1'], 'registered_at': '2026-11-06T08:00:00+03:00',
         'comment': 'Д/с № 91: замена смесителя в пищеблоке'},
        {'number': '441117', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-09T09:20:00+03:00',
         'comment': 'ГБОУ Школа № 8: 1 — розетки каб. труда, 2 — прожекторы актового зала, 3 — замок тамбура'},
        {'number': '441230', 'positions': ['1', '2'], 'registered_at': '2026-11-10T13:00:00+03:00',
         'comment': 'ГБДОУ д/с № 15, пр-т Мира, 88: 1 — домофон калитки, 2 — освещение игровой площадки'},
        {'number': '441304', 'positions': ['1'], 'registered_at': '2026-11-11T08:45:00+03:00',
         'comment': 'ГБОУ Школа № 67, Садовая, 17: щиток пищеблока'},
        {'number': '441415', 'positions': ['1', '2'], 'registered_at': '2026-11-12T10:00:00+03:00',
         'comment': 'Д/с № 203, Озёрная, 5 к.2: 1 — петли шкафчиков, 2 — замок двери группы'},
        {'number': '441508', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-13T09:10:00+03:00',
         'comment': 'ГБОУ Школа № 3, ул. Гагарина, 41: 1 — аварийное освещение, 2 — указатели «Выход», 3 — щитовая'},
        {'number': '441622', 'positions': ['1'], 'registered_at': '2026-11-16T08:20:00+03:00',
         'comment': 'Д/с № 48: замок кладовой'},
        {'number': '441733', 'positions': ['1', '2'], 'registered_at': '2026-11-17T09:00:00+03:00',
         'comment': 'ГБОУ Школа № 21: 1 — розетки в рекреации, 2 — выключатели спортзала'},
    ]}

with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
    json.dump(REG, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v['expect'] for v in labels.values()))
