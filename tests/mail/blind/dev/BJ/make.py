#!/usr/bin/env python3
"""Generator of test letters for persona BJ: ООО «ЭкоТрансВывоз» (Тула).

Run:  python3 make.py   -> writes registry.json, labels.json, letters/NNN.eml
Only the standard library `email` package is used; the random seed is fixed.
"""
import base64
import html
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone
from email import message_from_string
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

random.seed(50011)

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
TZ = timezone(timedelta(hours=3))

CUST = 'dispatch@zakazchik-omis.ru'
CUST_NAME = 'Диспетчерская ОМИС'

INNA = ('Соболева Инна', 'inna.soboleva@ecotransvyvoz.ru')
GENA = ('Геннадий Ряузов', 'g.ryauzov@ecotransvyvoz.ru')
VIKTOR = ('Виктор Калинин', 'v.kalinin@ecotransvyvoz.ru')
SERGEY = ('Сергей Мохов', 'mohov.serega71@mail.ru')
ANDREY = ('Андрей Ланцов', 'a.lantsov@yandex.ru')
RUSTAM = ('Рустам Гафуров', 'gafurov.rustam@gmail.com')
TRACK = ('Автотрекер ЭкоТрансВывоз', 'noreply@gps.ecotransvyvoz.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@mail.ecotransvyvoz.ru')

INNA_SIG = """С уважением,
Инна Соболева
диспетчер автоколонны
ООО «ЭкоТрансВывоз»
г. Тула, ул. Мосина, д. 12
тел. +7 (4872) 70-15-33, моб. +7 953 187-40-62
ИНН 7106543210 / КПП 710601001"""

GENA_SIG = """--
С уважением,
 Геннадий Ряузов
 начальник участка ООО "ЭкоТрансВывоз"
 +7 (4872) 70-15-30, +7 910 944-02-71"""

CUST_SIG = """Кравцова О.В.
Диспетчерская ОМИС
тел. +7 (4872) 36-40-15"""

WD_FULL = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
WD_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
WD_CAP = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']


def D(day, hh, mm, ss=None):
    if ss is None:
        ss = random.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


# ---------------------------------------------------------------- encoding helpers
def charset(name, body):
    c = Charset(name)
    c.body_encoding = {'b64': BASE64, 'qp': QP, '8bit': None}[body]
    c.header_encoding = BASE64
    return c


def ew(text, cs, enc='B'):
    """RFC 2047 encoded words (split so that no character is cut)."""
    if all(ord(ch) < 128 for ch in text):
        return text
    words, cur = [], ''
    limit = 36 if enc == 'B' else 20
    for ch in text:
        if len((cur + ch).encode(cs)) > limit:
            words.append(cur)
            cur = ''
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                        ('_' if x == 32 else '=%02X' % x) for x in b)
            out.append('=?%s?Q?%s?=' % (cs, q))
    return ' '.join(out)


def addr(person, cs='utf-8', enc='B', quote=False):
    name, email = person
    if not name:
        return email
    n = ew(name, cs, enc)
    if quote:
        n = '"%s"' % n
    return '%s <%s>' % (n, email)


def tpart(text, sub='plain', cs='utf-8', body='b64', **params):
    m = Message()
    m['Content-Type'] = 'text/' + sub
    for k, v in params.items():
        m.set_param(k, v)
    m.set_payload(text, charset(cs, body))
    del m['MIME-Version']
    return m


def check_cs(text, cs):
    text.encode(cs)  # raises if the persona's client could not write it


# ---------------------------------------------------------------- message ids
def mid_outlook():
    return '<%012x$%08x$%08x@ecotransvyvoz.ru>' % (
        0x000001dc000000 + random.getrandbits(24), random.getrandbits(32), random.getrandbits(32))


def mid_thebat(dt):
    return '<%d.%s@ecotransvyvoz.ru>' % (random.randint(10**8, 2 * 10**9), dt.strftime('%Y%m%d%H%M%S'))


def mid_mailru(dt):
    return '<%d.%d@f%d.i.mail.ru>' % (int(dt.timestamp()), random.randint(10**8, 10**9), random.randint(100, 999))


def mid_yandex(dt):
    return '<%d%d@mail.yandex.ru>' % (random.randint(100000, 999999), int(dt.timestamp()) % 10**9)


def mid_gmail():
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return '<CA%s@mail.gmail.com>' % ''.join(random.choice(al) for _ in range(44))


def mid_iphone():
    return '<%s@ecotransvyvoz.ru>' % str(uuid.UUID(int=random.getrandbits(128))).upper()


def mid_cust():
    return '<%016x@zakazchik-omis.ru>' % random.getrandbits(64)


def mid_track(dt):
    return '<notify.%d.%d@gps.ecotransvyvoz.ru>' % (int(dt.timestamp()), random.randint(1000, 99999))


def thread_index():
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(22))).decode()


# ---------------------------------------------------------------- date formats for quotes
def d_outlook(dt):
    return '%s, %d ноября 2026 г. %d:%02d' % (WD_FULL[dt.weekday()], dt.day, dt.hour, dt.minute)


def d_outlook_en(dt):
    wd = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][dt.weekday()]
    h = dt.hour % 12 or 12
    return '%s, November %d, 2026 %d:%02d %s' % (wd, dt.day, h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def d_gmail(dt):
    return '%s, %d нояб. 2026 г. в %02d:%02d' % (WD_SHORT[dt.weekday()], dt.day, dt.hour, dt.minute)


def d_thebat(dt):
    return '%d ноября 2026 г., %d:%02d:%02d' % (dt.day, dt.hour, dt.minute, dt.second)


def quote_gt(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


def outlook_block(frm, to, dt, subject, body, cc=None):
    s = 'От: %s <%s>\nОтправлено: %s\nКому: %s' % (frm[0], frm[1], d_outlook(dt), to)
    if cc:
        s += '\nКопия: ' + cc
    s += '\nТема: %s\n\n%s' % (subject, body)
    return s


# ---------------------------------------------------------------- HTML helpers
def outlook_html(new_text, quoted=None, table_html=''):
    def paras(t):
        res = []
        for line in t.split('\n'):
            res.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (html.escape(line) if line else '&nbsp;'))
        return '\n'.join(res)
    q = ''
    if quoted:
        q = ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
             + paras(quoted) + '\n</div></div>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
            + paras(new_text) + '\n' + table_html + '\n' + q + '\n</div></body></html>')


def simple_html(text, quoted_html=''):
    lines = ''.join('<div>%s</div>' % (html.escape(l) if l else '&nbsp;') for l in text.split('\n'))
    return '<html><body>%s%s</body></html>' % (lines, quoted_html)


# ---------------------------------------------------------------- client builders
def common(m, frm, dt, subject, mid, to=None, cc=None, irt=None):
    m['From'] = frm
    m['To'] = to or addr((CUST_NAME, CUST))
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = format_datetime(dt)
    m['Message-ID'] = mid
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    return m


def outlook(dt, subject, text, quoted=None, table_html='', irt=None, to=None, cc=None, person=INNA):
    """Инна: Outlook 2016 on Windows, windows-1251, quoted-printable, text+html."""
    plain = text + ('\n\n' + quoted if quoted else '')
    check_cs(plain + subject, 'windows-1251')
    m = MIMEMultipart('alternative', boundary='----=_NextPart_000_%04X_01DC%04X.%08X' % (
        random.getrandbits(16), random.getrandbits(16), random.getrandbits(32)))
    common(m, addr(person, 'windows-1251', 'B'), dt, ew(subject, 'windows-1251', 'B'), mid_outlook(),
           to=to or "%s <%s>" % (ew("'" + CUST_NAME + "'", 'windows-1251', 'B'), CUST), cc=cc, irt=irt)
    m['X-Mailer'] = 'Microsoft Outlook 16.0'
    m['Thread-Index'] = thread_index()
    m['Content-Language'] = 'ru'
    m.attach(tpart(plain, 'plain', 'windows-1251', 'qp'))
    m.attach(tpart(outlook_html(text, quoted, table_html), 'html', 'windows-1251', 'qp'))
    return m


def thebat(dt, subject, text, irt=None):
    """Геннадий: The Bat! on Windows, KOI8-R, 8bit, plain text, initials quoting."""
    check_cs(text + subject, 'koi8-r')
    m = tpart(text, 'plain', 'koi8-r', '8bit')
    m['MIME-Version'] = '1.0'
    common(m, addr(GENA, 'koi8-r', 'B'), dt, ew(subject, 'koi8-r', 'B'), mid_thebat(dt), irt=irt,
           to=addr((CUST_NAME, CUST), 'koi8-r', 'B'))
    m['X-Mailer'] = 'The Bat! (v9.4.5) Professional'
    m['Organization'] = ew('ООО "ЭкоТрансВывоз"', 'koi8-r')
    m['X-Priority'] = '3 (Normal)'
    return m


def mailru(dt, subject, text, quoted=None, irt=None, to=None):
    """Сергей: Mail.ru app on Android, utf-8 base64, text+html."""
    plain = text + '\n\n--\nОтправлено из мобильной Почты Mail.ru'
    qh = ''
    if quoted:
        plain += '\n\n' + quoted[0] + '\n' + quote_gt(quoted[1])
        qh = ('<div>%s</div><blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">%s</blockquote>'
              % (html.escape(quoted[0]), ''.join('<div>%s</div>' % html.escape(l) for l in quoted[1].split('\n'))))
    m = MIMEMultipart('alternative', boundary='--ALT--%s' % ''.join(random.choice('0123456789abcdef') for _ in range(28)))
    common(m, addr(SERGEY, 'utf-8', 'B'), dt, ew(subject, 'utf-8', 'B'), mid_mailru(dt), to=to, irt=irt)
    m['X-Mailer'] = 'Mail.Ru Mailer 1.0'
    m['X-Mras'] = 'Ok'
    m.attach(tpart(plain, 'plain', 'utf-8', 'b64'))
    m.attach(tpart(simple_html(text + '\n\n--\nОтправлено из мобильной Почты Mail.ru', qh), 'html', 'utf-8', 'b64'))
    return m


def yandex(dt, subject, text, html_only=True, quoted=None, irt=None, to=None, cc=None):
    """Андрей: Яндекс Почта mobile app, utf-8, base64."""
    sig = '\n\n-- \nОтправлено из мобильной Яндекс Почты'
    qh, qp = '', ''
    if quoted:
        qh = '<div>&nbsp;</div><div>%s</div><blockquote>%s</blockquote>' % (
            html.escape(quoted[0]), ''.join('<div>%s</div>' % (html.escape(l) or '&nbsp;') for l in quoted[1].split('\n')))
        qp = '\n\n' + quoted[0] + '\n' + quote_gt(quoted[1])
    hbody = simple_html(text + sig, qh)
    if html_only:
        m = tpart(hbody, 'html', 'utf-8', 'b64')
        m['MIME-Version'] = '1.0'
    else:
        m = MIMEMultipart('alternative', boundary='=-%s' % ''.join(random.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(20)))
        m.attach(tpart(text + sig + qp, 'plain', 'utf-8', 'b64'))
        m.attach(tpart(hbody, 'html', 'utf-8', 'b64'))
    common(m, addr(ANDREY, 'utf-8', 'B'), dt, ew(subject, 'utf-8', 'B'), mid_yandex(dt), to=to, cc=cc, irt=irt)
    m['X-Mailer'] = 'Yamail [ http://yandex.ru ] 5.0'
    return m


def gmail(dt, subject, text, quoted=None, irt=None, to=None, cc=None):
    """Рустам: Gmail app on Android, utf-8, base64 for Cyrillic, text+html."""
    plain = text
    hq = ''
    if quoted:
        plain += '\n\n' + quoted[0] + '\n\n' + quote_gt(quoted[1])
        hq = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
              % (html.escape(quoted[0]), '<br>'.join(html.escape(l) for l in quoted[1].split('\n'))))
    h = '<div dir="auto">%s</div>%s' % ('<div dir="auto"><br></div>'.join(html.escape(p).replace('\n', '<br>') for p in text.split('\n\n')), hq)
    m = MIMEMultipart('alternative', boundary='000000000000%012x' % random.getrandbits(48))
    common(m, addr(RUSTAM, 'utf-8', 'B'), dt, ew(subject, 'utf-8', 'B'), mid_gmail(), to=to, cc=cc, irt=irt)
    m.attach(tpart(plain + '\n', 'plain', 'utf-8', 'b64'))
    m.attach(tpart(h + '\n', 'html', 'utf-8', 'b64'))
    return m


def iphone(dt, subject, text, irt=None):
    """Виктор: iOS Mail, corporate mailbox, utf-8 quoted-printable, plain text."""
    m = tpart(text, 'plain', 'utf-8', 'qp')
    m['MIME-Version'] = '1.0 (1.0)'
    common(m, addr(VIKTOR, 'utf-8', 'Q'), dt, ew(subject, 'utf-8', 'Q'), mid_iphone(), irt=irt)
    m['X-Mailer'] = 'iPhone Mail (22B91)'
    return m


def tracker(dt, subject, text, sub='plain'):
    """Fleet-tracking server notifications: KOI8-R, base64, auto-generated."""
    check_cs(text + subject, 'koi8-r')
    m = tpart(text, sub, 'koi8-r', 'b64')
    m['MIME-Version'] = '1.0'
    common(m, addr(TRACK, 'koi8-r', 'B'), dt, ew(subject, 'koi8-r', 'B'), mid_track(dt), to=CUST)
    m['Auto-Submitted'] = 'auto-generated'
    m['Precedence'] = 'bulk'
    m['X-Mailer'] = 'Avtotreker notify 3.2'
    return m


def track_text(event, plate, model, zone, dt, speed, lat, lon):
    return ('Уведомление системы мониторинга транспорта\n'
            '==========================================\n'
            'Событие:     %s\n'
            'ТС:          %s (%s)\n'
            'Геозона:     %s\n'
            'Время:       %s\n'
            'Скорость:    %d км/ч\n'
            'Координаты:  %.5f, %.5f\n'
            'Пробег с начала смены: %.1f км\n\n'
            'Письмо сформировано автоматически, отвечать на него не нужно.\n'
            'Настройка уведомлений: https://gps.ecotransvyvoz.ru/notify\n'
            % (event, plate, model, zone, dt.strftime('%d.%m.%Y %H:%M:%S'), speed, lat, lon,
               random.uniform(20, 140)))


# ---------------------------------------------------------------- the corpus
LETTERS = []  # (datetime, message, label)


def add(dt, msg, label):
    LETTERS.append((dt, msg, label))


def dec(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def rev(note):
    return {'expect': 'review', 'note': note}


def ign(note):
    return {'expect': 'ignored', 'note': note}


P, V, M, U = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ======================= 50214  ЦО №12, КГМ, поз. 1-2 =======================
c_dt = D(2, 8, 31)
c_mid = mid_cust()
c_subj = 'Заявка № 50214 вывоз КГМ, ЦО №12'
c_body = ('Добрый день!\n'
          'Направляем заявку № 50214 на вывоз крупногабаритного мусора (старая мебель, парты, шкафы) '
          'с территории МБОУ «ЦО №12», ул. Металлистов, 7.\n'
          'Позиция 1 — контейнерная площадка у главного входа.\n'
          'Позиция 2 — площадка у спортзала.\n'
          'Просим подтвердить принятие заявки и сообщать о выезде и прибытии бригады.\n'
          'Контакт на объекте: завхоз Белова Т.Н., тел. 8-953-431-22-10.\n\n' + CUST_SIG)
d = D(2, 9, 12)
add(d, outlook(d, 'RE: ' + c_subj,
               'Ольга Викторовна, добрый день.\n\n'
               'Заявку приняли. Машину ставим на завтра с утра, водитель Мохов С., КамАЗ А417КМ 71.\n\n' + INNA_SIG,
               quoted=outlook_block((CUST_NAME, CUST), 'Соболева Инна <inna.soboleva@ecotransvyvoz.ru>', c_dt, c_subj, c_body),
               irt=c_mid),
    dec('50214', [], P, 'Инна: «Заявку приняли», машина на завтра; позиции не названы; в цитате — текст заказчика'))

d = D(3, 8, 5)
add(d, mailru(d, '50214', 'выехал на металлистов 7 камаз 417 буду минут через 20'),
    dec('50214', [], V, 'водитель: «выехал на Металлистов 7», буду через 20 минут; номер в теме'))

d = D(3, 8, 41)
add(d, mailru(d, '50214 поз 1', 'на месте грузим парты и шкафы завхоз тут'),
    dec('50214', ['1'], M, '«на месте», позиция в теме «поз 1»'))

d = D(3, 11, 30)
add(d, outlook(d, '50214 ЦО 12 площадка 1',
               'Добрый день.\n'
               'Сообщения водителя по заявке 50214, позиция 1 (площадка у главного входа):\n\n'
               '[09:58, 03.11.2026] Серега Мохов: первый рейс загрузил поехал на полигон\n'
               '[10:51, 03.11.2026] Серега Мохов: вернулся догружаю остатки\n'
               '[11:17, 03.11.2026] Серега Мохов: п1 все чисто, уехал с площадки\n\n'
               'Вторую площадку (у спортзала) делает после обеда.\n\n' + INNA_SIG),
    dec('50214', ['1'], U, 'вставлены сообщения водителя с временем; последнее — «п1 все чисто, уехал с площадки»; поз. 2 — только план'))

d = D(3, 13, 10)
add(d, mailru(d, '50214-2', 'приехал на вторую площадку у спортзала. там еще физрук маты старые вынес их тоже берем?'),
    dec('50214', ['2'], M, '«приехал на вторую площадку», тема «50214-2»; попутный вопрос не отменяет прибытие'))

d = D(3, 15, 2)
add(d, outlook(d, 'Заявка 50214 — выполнено',
               'Добрый день.\n\n'
               'По заявке 50214 (ЦО №12, ул. Металлистов, 7) работы завершены по обеим позициям — 1 и 2. '
               'Машина убыла с объекта в 14:40. Вывезено 3 рейса, всего 14,6 т КГМ, маты из спортзала забрали '
               'по согласованию с завхозом.\n'
               'Акт № 1187 от 03.11.2026 направим отдельным письмом.\n\n' + INNA_SIG),
    dec('50214', ['1', '2'], U, 'работы завершены по позициям 1 и 2, машина убыла; акт № 1187 — не номер заявки'))

# ======================= 50237  ГП №3, бункер 8 м3, поз. 1-3 =======================
c_dt = D(3, 9, 12)
c_subj = 'Заявка 50237 — бункер 8 м3, ГП №3'
c_body = ('Добрый день.\n'
          'Прошу принять заявку № 50237: вывоз КГМ бункером 8 м3 с территории ГУЗ «Городская поликлиника №3», '
          'ул. Болдина, 41.\n'
          'Поз. 1 — площадка у корпуса А\nПоз. 2 — площадка у корпуса Б\nПоз. 3 — хозяйственный двор\n\n' + CUST_SIG)
d = D(3, 9, 55)
add(d, outlook(d, 'RE: ' + c_subj,
               'Добрый день!\n'
               'Принято в работу. Бункеры подадим в четверг 05.11 с утра, хоздвор, возможно, на следующий день — '
               'там узкий заезд.\n\n' + INNA_SIG,
               quoted=('-----Original Message-----\nFrom: %s [mailto:%s] \nSent: %s\nTo: inna.soboleva@ecotransvyvoz.ru\n'
                       'Subject: %s\n\n%s' % (CUST_NAME, CUST, d_outlook_en(c_dt), c_subj, c_body)),
               irt=mid_cust()),
    dec('50237', [], P, '«Принято в работу»; цитата в стиле -----Original Message-----'))

d = D(5, 7, 40)
add(d, yandex(d, 'Поликлиника 3 бункера',
              'Доброе утро. Выехал с базы на Болдина 41 по заявке 50237, везу бункеры 8м3, МАЗ Е592ОР 71.'),
    dec('50237', [], V, 'HTML-only; «выехал с базы на Болдина» = в пути (с базы, на объект)'))

d = D(5, 8, 30)
add(d, yandex(d, '50237 п.1', 'на месте у корпуса А, ставлю бункер. грузчики от поликлиники есть'),
    dec('50237', ['1'], M, '«на месте у корпуса А», позиция в теме «п.1»'))

d = D(5, 12, 20)
add(d, outlook(d, '50237 ГП №3 – поз. 1, 2',
               'Добрый день.\n'
               'По заявке 50237 позиции 1 и 2 (корпус А и корпус Б) — бункеры загружены и вывезены, '
               'машина ушла с территории в 12:05.\n'
               'По хоздвору (поз. 3) — завтра с утра, сегодня заезд перекрыт машиной с кислородом.\n\n' + INNA_SIG),
    dec('50237', ['1', '2'], U, 'поз. 1 и 2 вывезены, машина ушла; поз. 3 — план на завтра'))

q_dt = D(6, 8, 47)
d = D(6, 9, 15)
add(d, yandex(d, 'Re: 50237 хоздвор', 'Прибыл на хоздвор в 9:10, грузим. поз 3', html_only=False,
              quoted=('06.11.2026, %02d:%02d, "%s" <%s>:' % (q_dt.hour, q_dt.minute, CUST_NAME, CUST),
                      'Добрый день. По заявке 50237 осталась позиция 3 (хоздвор). Во сколько будете?'),
              irt=mid_cust()),
    dec('50237', ['3'], M, 'ответ на вопрос заказчика: «Прибыл на хоздвор... поз 3»; номер в теме'))

d = D(6, 11, 48)
add(d, tracker(d, '[Автотрекер] Е592ОР71: выход из геозоны',
               track_text('выход из геозоны', 'Е592ОР71', 'МАЗ-5337 бункеровоз', 'ГП N3 хоздвор (50237/3)', d.replace(second=2) - timedelta(minutes=1), 12, 54.19312, 37.61754)),
    ign('автоматическое уведомление системы мониторинга ТС; в имени геозоны есть номер заявки'))

d = D(6, 12, 2)
add(d, yandex(d, '50237 поз3', 'поз 3 выполнена, бункер вывез, с хоздвора уехал в 11:50'),
    dec('50237', ['3'], U, '«поз 3 выполнена... с хоздвора уехал»'))

# ======================= 50259  СОШ №45, замена контейнеров, поз. 1-2 =======================
c_dt = D(5, 10, 2, 17)
d = D(5, 10, 40)
add(d, thebat(d, 'Re: Заявка 50259 замена контейнеров СОШ N45',
              'Здравствуйте, Ольга.\n\n'
              'Заявку 50259 взяли в работу. Контейнеры 1,1 м3 есть на складе, 6 шт., замену сделаем\n'
              '9-10 ноября, раньше не успеваем по технике.\n\n'
              'Вы писали %s:\n\n'
              'ОК> Добрый день. Заявка N 50259: замена контейнеров 0,75 м3 на 1,1 м3,\n'
              'ОК> МБОУ СОШ N45, ул. Кауля, 13. Поз. 1 - площадка у пищеблока (3 шт.),\n'
              'ОК> поз. 2 - площадка у стадиона (3 шт.). Прошу подтвердить.\n\n' % d_thebat(c_dt) + GENA_SIG,
              irt=mid_cust()),
    dec('50259', [], P, 'The Bat!, KOI8-R, цитата с префиксом инициалов «ОК>»; «взяли в работу»'))

d = D(9, 7, 55)
add(d, gmail(d, 'школа 45', 'Еду на школу 45 (Кауля 13) менять баки заявка 50259. Буду к 8:20'),
    dec('50259', [], V, '«Еду на школу», буду к 8:20; 45 и 13 — школа и дом, не номера заявки'))

lat = str.maketrans({'о': 'o', 'а': 'a', 'е': 'e', 'с': 'c'})
d = D(9, 8, 24)
add(d, gmail(d, '50259', 'Пo 50259 ' + 'на месте'.translate(lat) + ', п1 у ' + 'пищеблока'.translate(lat)),
    dec('50259', ['1'], M, '«на месте» набрано латинскими a/e/c вперемешку с кириллицей; п1'))

d = D(9, 9, 50)
add(d, gmail(d, '50259 п1',
             'п1 поменял 3 бака, старые забрал.\n\nп2 завтра утром, там у стадиона машины заставили не подъехать'),
    dec('50259', ['1'], U, 'п1 выполнено (поменял, старые забрал); п2 — только план'))

d = D(10, 9, 35)
add(d, gmail(d, '50259 (2)', 'ПО 2-Й ПОЗИЦИИ ВСЁ ГОТОВО 3 КОНТЕЙНЕРА 1,1 ПОСТАВИЛ СТАРЫЕ УВЕЗ'),
    dec('50259', ['2'], U, 'капсом: по 2-й позиции всё готово; тема «50259 (2)»'))

# ======================= 50302  Детская поликлиника №1, поз. 1 =======================
d = D(10, 7, 30)
v1 = ('Доброе утро. Выехали на детскую поликлинику №1 (пр. Ленина, 108), заявка 50302. '
      'ГАЗон Т280НХ71, со мной 2 грузчика.')
add(d, iphone(d, 'Детская поликлиника 1 — 50302', v1 + '\n\nОтправлено с iPhone'),
    dec('50302', [], V, '«Выехали на детскую поликлинику»; 108 — дом, Т280НХ71 — госномер'))
v1_dt = d

d = D(10, 10, 40)
add(d, iphone(d, 'Re: Детская поликлиника 1 — 50302',
              'По второй позиции закончили, всё вывезли, 2 рейса.\n\nОтправлено с iPhone\n\n'
              '> %d нояб. 2026 г., в %02d:%02d, Виктор Калинин <v.kalinin@ecotransvyvoz.ru> написал(а):\n>\n> %s\n>\n> Отправлено с iPhone'
              % (v1_dt.day, v1_dt.hour, v1_dt.minute, v1)),
    rev('в заявке 50302 одна позиция, а водитель пишет про «вторую позицию» — такой позиции нет'))

d = D(10, 11, 3)
add(d, outlook(d, '50302 Детская поликлиника №1 — выполнено',
               'Ольга Викторовна, добрый день.\n\n'
               'По заявке 50302 (позиция 1) работы выполнены, мусор после ремонта вывезен, '
               'бригада уехала с объекта в 10:35.\n'
               'Водитель в своём письме ошибочно написал «вторая позиция» — позиция в заявке одна.\n\n' + INNA_SIG),
    dec('50302', ['1'], U, 'Инна поправляет водителя: позиция 1 выполнена, бригада уехала'))

# ======================= 50318  Лицей №2, поз. 1-4 =======================
d = D(9, 10, 15)
add(d, outlook(d, 'Заявка 50318 Лицей №2 — вопрос',
               'Добрый день.\n\n'
               'По заявке 50318 подскажите, пожалуйста, контакт ответственного на территории лицея и есть ли проезд '
               'к мастерским (поз. 3) для КамАЗа с ломовозом — какая высота арки?\n'
               'Выезд планируем на среду 11.11 к 8:00.\n\n' + INNA_SIG),
    rev('вопрос и план выезда, статуса нет'))

c_dt = D(10, 14, 55, 40)
d = D(10, 16, 20)
add(d, thebat(d, 'Re: Заявка 50318 Лицей N2 - вопрос',
              'Здравствуйте, Ольга.\n\n'
              'Спасибо, по контакту понял. Заявку 50318 принимаем, выезд подтверждаю на 11.11 с 8:00,\n'
              'пойдут две машины.\n\n'
              'Вы писали %s:\n\n'
              'ОК> Добрый день. Контакт - зам. директора по АХЧ Сидоренко Павел\n'
              'ОК> Андреевич, 8-920-741-05-88. Арка 3,8 м, КамАЗ проходит.\n\n' % d_thebat(c_dt) + GENA_SIG,
              irt=mid_cust()),
    dec('50318', [], P, '«Заявку 50318 принимаем»; «спасибо» здесь не просто благодарность'))

tbl_rows = [('1', 'Главный корпус', 'КамАЗ А417КМ 71 (Мохов)', 'на месте с 07:55'),
            ('2', 'Корпус 2 (нач. школа)', 'КамАЗ А123ВС 71 (Пашков)', 'на месте с 08:05'),
            ('3', 'Мастерские', '—', 'после поз. 1'),
            ('4', 'Площадка у котельной', '—', 'после поз. 2')]
tbl_plain = 'Поз. | Объект | Машина | Статус\n' + '\n'.join(' | '.join(r) for r in tbl_rows)
tbl_html = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">'
            '<tr><td><b>Поз.</b></td><td><b>Объект</b></td><td><b>Машина</b></td><td><b>Статус</b></td></tr>'
            + ''.join('<tr>%s</tr>' % ''.join('<td><p class=MsoNormal>%s</p></td>' % html.escape(c) for c in r) for r in tbl_rows)
            + '</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>' + html.escape(INNA_SIG).replace('\n', '<br>') + '</p>')
t_text = 'Добрый день. Заявка 50318, Лицей №2, состояние на 08:10:'
t_dt = D(11, 8, 10)
m = MIMEMultipart('alternative', boundary='----=_NextPart_000_0013_01DC5290.%08X' % random.getrandbits(32))
common(m, addr(INNA, 'windows-1251', 'B'), t_dt, ew('50318 Лицей №2 — прибытие', 'windows-1251', 'B'), mid_outlook(),
       to="%s <%s>" % (ew("'" + CUST_NAME + "'", 'windows-1251', 'B'), CUST))
m['X-Mailer'] = 'Microsoft Outlook 16.0'
m['Thread-Index'] = thread_index()
m['Content-Language'] = 'ru'
m.attach(tpart(t_text + '\n\n' + tbl_plain + '\n\n' + INNA_SIG, 'plain', 'windows-1251', 'qp'))
m.attach(tpart(outlook_html(t_text, None, tbl_html), 'html', 'windows-1251', 'qp'))
add(t_dt, m, dec('50318', ['1', '2'], M, 'HTML-таблица по позициям: 1 и 2 — на месте, 3 и 4 — ещё не начаты'))

d = D(11, 12, 30)
add(d, mailru(d, '50318', 'лицей п1 п2 все вывезли 3 рейса щас еду на мастерские'),
    rev('разные статусы по позициям: п1, п2 — вывезли (убыл), а на мастерские (п3) только едет'))

fw_dt = D(11, 12, 58)
fw_body = outlook_block(SERGEY, 'Соболева Инна', fw_dt, 'лицей 50318 мастерские',
                        'инна на мастерских (п3) на месте грузим, потом на котельную\n\n--\nОтправлено из мобильной Почты Mail.ru')
fw_body = fw_body.replace('От: Сергей Мохов <mohov.serega71@mail.ru>', 'От: Сергей Мохов [mailto:mohov.serega71@mail.ru]')
d = D(11, 13, 5)
add(d, outlook(d, 'FW: лицей 50318 мастерские', 'Пересылаю от водителя.\n\n' + INNA_SIG,
               quoted=fw_body),
    dec('50318', ['3'], M, 'пересылка Outlook (FW:, блок От:/Отправлено:); пересланное: на мастерских (п3) на месте'))
first_lic = ('Добрый день. Заявка 50318, Лицей №2, состояние на 08:10:\n\n' + tbl_plain)

d = D(11, 16, 40)
add(d, outlook(d, 'RE: 50318 Лицей №2 — прибытие',
               'Поз. 3 и 4 — завершено, машины убыли с объекта в 16:15. Итого по заявке 5 рейсов, около 31 м3.\n\n' + INNA_SIG,
               quoted=outlook_block(INNA, "'Диспетчерская ОМИС' <dispatch@zakazchik-omis.ru>", t_dt, '50318 Лицей №2 — прибытие', first_lic)),
    dec('50318', ['3', '4'], U, 'поз. 3 и 4 завершены, убыли; тема «прибытие» и цитата с «на месте» — старое'))

# ======================= 50344  СОШ №7, бункер 20 м3, поз. 1 =======================
c_dt = D(10, 13, 48)
c_subj = 'Заявка 50344 — контактное лицо'
c_body = ('Коллеги, добрый день.\n'
          'Информируем: контактное лицо по заявке 50344 (МБОУ СОШ №7, ул. Оружейная, 5) — завхоз '
          'Зуева Лидия Петровна, тел. 8-910-582-33-17. Заезд со стороны ул. Демидовской.\n\n' + CUST_SIG)
d = D(10, 14, 20)
add(d, outlook(d, 'RE: ' + c_subj, 'Спасибо, информацию приняли, передала водителю.\n\n' + INNA_SIG,
               quoted=outlook_block((CUST_NAME, CUST), 'Соболева Инна <inna.soboleva@ecotransvyvoz.ru>', c_dt, c_subj, c_body),
               irt=mid_cust()),
    rev('благодарность за письмо диспетчера заказчика (контактное лицо); «информацию приняли» — не принятие заявки'))

i_dt = D(11, 18, 10)
inna_to_r = ('Рустам, завтра с утра на СОШ 7, бункер 20 м3, заезд с Демидовской, завхоз Зуева 8-910-582-33-17.\n'
             'Ольгу из ОМИС ставь в копию.\n\nИнна')
r_subj = 'Re: Заявка 50344 СОШ №7 бункер 20 м3'
r1_text = 'выехал с бункером 20 кубов на оружейную буду к 8'
d = D(12, 7, 20)
add(d, gmail(d, r_subj, r1_text,
             quoted=('%s, Инна Соболева <inna.soboleva@ecotransvyvoz.ru>:' % d_gmail(i_dt), inna_to_r),
             cc=addr(INNA, 'utf-8', 'B'), irt=mid_outlook()),
    dec('50344', [], V, 'номер заявки только в старой теме Re:; «выехал... на Оружейную, буду к 8»'))
r1_dt = d

d = D(12, 8, 3)
add(d, tracker(d, '[Автотрекер] Х046ТУ71: вход в геозону',
               track_text('вход в геозону', 'Х046ТУ71', 'КамАЗ-65115 мультилифт', 'СОШ N7 Оружейная 5', d - timedelta(seconds=40), 8, 54.20411, 37.60873)),
    ign('автоматическое уведомление трекера о входе в геозону'))

d = D(12, 8, 15)
add(d, gmail(d, r_subj, 'на месте. ставлю бункер, погрузка до обеда',
             quoted=('%s, Рустам Гафуров <gafurov.rustam@gmail.com>:' % d_gmail(r1_dt), r1_text),
             cc=addr(INNA, 'utf-8', 'B')),
    dec('50344', [], M, '«на месте»; номер только в теме Re:, в цитате — своё «выехал»'))
r2_dt = d

d = D(12, 13, 40)
add(d, outlook(d, 'RE: Заявка 50344 СОШ №7 бункер 20 м3',
               'Добрый день.\n'
               'Бункер 20 м3 со школы №7 вывезен в 13:25, площадка убрана. Водитель Гафуров Р., Х046ТУ 71.\n'
               'Вес по талону полигона № 51873 — 6,8 т.\n\n' + INNA_SIG,
               quoted=outlook_block(RUSTAM, CUST_NAME + ' <dispatch@zakazchik-omis.ru>', r2_dt, r_subj,
                                    'на месте. ставлю бункер, погрузка до обеда'),
               cc='%s <%s>' % (ew('Гафуров Рустам', 'windows-1251', 'B'), RUSTAM[1])),
    dec('50344', [], U, 'бункер «со школы вывезен», площадка убрана; талон № 51873 — не заявка; в цитате «на месте»'))

# ======================= 50366  ГП №5, корпуса 1-3 =======================
c_dt = D(12, 9, 1, 5)
d = D(12, 9, 30)
add(d, thebat(d, 'Re: Обращение 50366 - ГП N5 вывоз мебели',
              'Здравствуйте.\n\n'
              'По обращению N 50366 приняли, выезд 13.11 с утра, две машины.\n\n'
              'Вы писали %s:\n\n'
              'ДО> Обращение N 50366. ГУЗ "Городская поликлиника N5", ул. Мира, 19.\n'
              'ДО> Вывоз списанной мебели: корпус 1 (поз. 1), корпус 2 (поз. 2),\n'
              'ДО> корпус 3 (поз. 3). Объем ориентировочно 40 м3.\n\n' % d_thebat(c_dt) + GENA_SIG,
              irt=mid_cust()),
    dec('50366', [], P, '«По обращению N 50366 приняли»'))

d = D(13, 8, 20)
add(d, iphone(d, '50366', 'На месте, корпус 1. Второй борт (Пашков) у корпуса 2.\n\nОтправлено с iPhone'),
    dec('50366', ['1', '2'], M, 'обе машины на месте: корпус 1 и корпус 2 = поз. 1 и 2'))

d = D(13, 10, 50)
add(d, outlook(d, '50366 ГП №5',
               'Добрый день. Из чата водителей по 50366:\n\n'
               'Виктор Калинин, [13.11.2026 10:05]\nкорпус 1 закончили, 2 рейса\n\n'
               'Алексей Пашков, [13.11.2026 10:31]\nпо корпусу 2 всё, машина свободна\n\n'
               'Корпус 3 — в понедельник 16.11, там мебель ещё не вынесли.\n\n' + INNA_SIG),
    dec('50366', ['1', '2'], U, 'вставка из Telegram: корпуса 1 и 2 закончены; корпус 3 — план'))

d = D(13, 17, 30)
add(d, outlook(d, 'Итоги дня 13.11',
               'Ольга Викторовна, добрый вечер.\n\nИтоги дня 13.11:\n'
               '— 50366: корпуса 1 и 2 вывезены, корпус 3 в понедельник;\n'
               '— 50344: акт по бункеру подписан завхозом, оригинал привезём.\n\n' + INNA_SIG),
    rev('две разные заявки в одном письме (сводка за день)'))

d = D(16, 9, 0)
v3 = 'Прибытие 8:50, корпус 3, грузим диваны. 50366'
add(d, iphone(d, '50366 Поликлиника 5 корпус 3', v3 + '\n\nОтправлено с iPhone'),
    dec('50366', ['3'], M, 'существительное «Прибытие 8:50», корпус 3 = поз. 3'))
v3_dt = d

d = D(16, 11, 10)
add(d, iphone(d, 'Re: 50366 Поликлиника 5 корпус 3',
              '> %d нояб. 2026 г., в %02d:%02d, Виктор Калинин <v.kalinin@ecotransvyvoz.ru> написал(а):\n>\n> %s\n>\n> Отправлено с iPhone\n\n'
              'Закончили, уехали в 11:05. Вывезли 1 рейс, 18 м3.\n\nОтправлено с iPhone'
              % (v3_dt.day, v3_dt.hour, v3_dt.minute, v3)),
    dec('50366', ['3'], U, 'ответ под цитатой: «Закончили, уехали в 11:05»; корпус 3 из темы'))

# ======================= 50401  ЦО №20, контейнеры 8 м3, поз. 1-2 =======================
c_dt = D(16, 9, 24)
c_subj = 'Заявка 50401 установка контейнеров 8 м3 ЦО №20'
c_body = ('Добрый день.\nЗаявка № 50401: установка контейнеров 8 м3 под КГМ, МБОУ «ЦО №20».\n'
          'Поз. 1 — здание 1 (ул. Пузакова, 20)\nПоз. 2 — здание 2 (ул. Пузакова, 24)\n'
          'Прошу подтвердить.\n\n' + CUST_SIG)
d = D(16, 10, 0)
add(d, outlook(d, 'RE: ' + c_subj,
               'Добрый день.\nЗаявку приняли, установка завтра 17.11.\n'
               'Уточните, пожалуйста: на 1-й позиции контейнер ставим на асфальт у ворот или на площадку за забором?\n\n' + INNA_SIG,
               quoted=outlook_block((CUST_NAME, CUST), 'Соболева Инна <inna.soboleva@ecotransvyvoz.ru>', c_dt, c_subj, c_body),
               irt=mid_cust()),
    dec('50401', [], P, '«Заявку приняли» + уточняющий вопрос; принятие состоялось'))

# bounce from the contractor's mail server
b_dt = D(16, 11, 2)
orig = tpart('Андрей, добрый день.\nПо заявке 50401, поз. 1 — место установки меняется: контейнер ставить '
             'на площадку за забором, ключ у охраны.\n\n' + CUST_SIG, 'plain', 'utf-8', 'b64')
orig['MIME-Version'] = '1.0'
common(orig, addr((CUST_NAME, CUST)), b_dt - timedelta(seconds=3), ew('Заявка 50401: место установки, поз. 1', 'utf-8', 'B'),
       mid_cust(), to='a.lancov@ecotransvyvoz.ru')
bm = MIMEMultipart('report', boundary='4Rk2Lm0Hq7z9vB.%d/mail.ecotransvyvoz.ru' % int(b_dt.timestamp()))
bm.set_param('report-type', 'delivery-status')
common(bm, 'MAILER-DAEMON@mail.ecotransvyvoz.ru (Mail Delivery System)', b_dt, 'Undelivered Mail Returned to Sender',
       '<20261116080205.4Rk2Lm0Hq7z9vB@mail.ecotransvyvoz.ru>', to=CUST)
bm['Auto-Submitted'] = 'auto-replied'
bm.preamble = 'This is a MIME-encapsulated message.'
bt = Message()
bt['Content-Description'] = 'Notification'
bt['Content-Type'] = 'text/plain'
bt.set_payload(
    'This is the mail system at host mail.ecotransvyvoz.ru.\n\n'
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    'For further assistance, please send mail to postmaster.\n\n'
    'If you do so, please include this problem report. You can\n'
    'delete your own text from the attached returned message.\n\n'
    '                   The mail system\n\n'
    '<a.lancov@ecotransvyvoz.ru>: unknown user: "a.lancov"\n', 'us-ascii')
del bt['MIME-Version']
bm.attach(bt)
ds = Message()
ds['Content-Description'] = 'Delivery report'
ds['Content-Type'] = 'message/delivery-status'
ds.set_payload([
    message_from_string('Reporting-MTA: dns; mail.ecotransvyvoz.ru\nX-Postfix-Queue-ID: 4Rk2Lm0Hq7z9vB\n'
                        'X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru\n'
                        'Arrival-Date: %s\n' % format_datetime(b_dt - timedelta(seconds=2))),
    message_from_string('Final-Recipient: rfc822; a.lancov@ecotransvyvoz.ru\nOriginal-Recipient: rfc822;a.lancov@ecotransvyvoz.ru\n'
                        'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: "a.lancov"\n')])
bm.attach(ds)
om = MIMEMessage(orig)
om['Content-Description'] = 'Undelivered Message'
del om['MIME-Version']
bm.attach(om)
add(b_dt, bm, ign('bounce (Postfix) почтового сервера подрядчика; внутри письмо заказчика с номером заявки'))

d = D(17, 7, 40)
add(d, yandex(d, 'Re: ' + c_subj,
              'Инна, а контейнеры какие брать 8 кубов открытые или с крышкой? в заявке не написано. на базе есть и те и те',
              html_only=False, quoted=('16.11.2026, %02d:%02d, "Соболева Инна" <inna.soboleva@ecotransvyvoz.ru>:' % (d.hour - 7 + 10, 12),
                                       'Андрей, завтра ставишь 2 контейнера 8 м3 на ЦО 20, Пузакова 20 и 24.\n'
                                       'Заказчика в копию.'),
              cc=addr(INNA, 'utf-8', 'B')),
    rev('водитель задаёт вопрос, статуса нет'))

cal_dt = D(17, 8, 52)
cal = MIMEMultipart('alternative', boundary='_000_%s_' % ''.join(random.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(36)))
common(cal, addr(INNA, 'windows-1251', 'B'), cal_dt,
       ew('Принято: Совещание по зимнему содержанию объектов (вывоз снега)', 'windows-1251', 'B'), mid_outlook(),
       to="%s <%s>" % (ew("'" + CUST_NAME + "'", 'windows-1251', 'B'), CUST))
cal['X-Mailer'] = 'Microsoft Outlook 16.0'
cal['Thread-Index'] = thread_index()
cal['Content-class'] = 'urn:content-classes:calendarmessage'
cal.attach(tpart('\n', 'plain', 'windows-1251', 'qp'))
ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n'
       'BEGIN:VEVENT\r\n'
       'ATTENDEE;PARTSTAT=ACCEPTED;CN=Соболева Инна:mailto:inna.soboleva@ecotransvyvoz.ru\r\n'
       'COMMENT;LANGUAGE=ru-RU:\\n\r\n'
       'SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по зимнему содержанию объектов (вывоз снега)\r\n'
       'DTSTART;TZID=Russian Standard Time:20261119T100000\r\n'
       'DTEND;TZID=Russian Standard Time:20261119T110000\r\n'
       'UID:040000008200E00074C5B7101A82E00800000000%032X\r\n' % random.getrandbits(128) +
       'DTSTAMP:20261117T055200Z\r\n'
       'ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n'
       'LOCATION;LANGUAGE=ru-RU:ОМИС\\, ул. Советская\\, 52\\, каб. 14\r\n'
       'SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
cal.attach(tpart(ics, 'calendar', 'utf-8', 'b64', method='REPLY'))
add(cal_dt, cal, ign('ответ на приглашение на встречу, сформирован Outlook'))

d = D(17, 9, 40)
add(d, yandex(d, '50401 п.01', 'п.01 — контейнер 8м3 установлен, убытие 09:35'),
    dec('50401', ['1'], U, 'позиция записана как «п.01» = 1; установлен, «убытие 09:35»'))

d = D(17, 10, 30)
add(d, tracker(d, '[Автотрекер] Е592ОР71: вход в геозону',
               '<html><body><h3>Уведомление системы мониторинга</h3><table border="1" cellpadding="3">'
               '<tr><td>Событие</td><td>вход в геозону</td></tr>'
               '<tr><td>ТС</td><td>Е592ОР71 (МАЗ-5337 бункеровоз)</td></tr>'
               '<tr><td>Геозона</td><td>ЦО 20 здание 2 (Пузакова 24)</td></tr>'
               '<tr><td>Время</td><td>17.11.2026 10:29:14</td></tr>'
               '<tr><td>Водитель</td><td>Ланцов А.</td></tr></table>'
               '<p>Письмо сформировано автоматически.</p></body></html>', sub='html'),
    ign('автоматическое HTML-уведомление трекера'))

d = D(17, 11, 15)
add(d, yandex(d, 'ЦО 20 здание 2', 'по второй позиции 50401 выполнено, контейнер стоит у пищеблока, я уехал'),
    dec('50401', ['2'], U, '«по второй позиции... выполнено... я уехал»'))

d = D(18, 8, 30)
add(d, mailru(d, '50413', '50413 п2 на месте жду погрузчик'),
    rev('номер 50413 в реестре отсутствует'))

d = D(18, 10, 0)
c_dt = D(17, 16, 12, 55)
add(d, thebat(d, 'Re: Акт по заявке 50318',
              'Здравствуйте, Ольга.\n\n'
              'По заявке 50318 направляем акт выполненных работ N 2311 от 11.11.2026 и счет N 1187/1\n'
              'на 38 400 руб. Прошу подписать и вернуть один экземпляр.\n'
              'Дополнительный (шестой) рейс по договору 47/26-ВК оплачивается отдельно по тарифу\n'
              '4 800 руб. за рейс, прошу согласовать.\n\n'
              'Вы писали %s:\n\n'
              'ОК> Геннадий, добрый день. Пришлите, пожалуйста, закрывающие документы по 50318.\n\n'
              % d_thebat(c_dt) + GENA_SIG, irt=mid_cust()),
    rev('документы и оплата (акт, счёт, тариф), статуса нет'))

c_dt = D(18, 14, 20)
d = D(18, 15, 0)
add(d, yandex(d, 'Re: Заявка 50401 — благодарность', 'Спасибо! обращайтесь)', html_only=False,
              quoted=('18.11.2026, %02d:%02d, "%s" <%s>:' % (c_dt.hour, c_dt.minute, CUST_NAME, CUST),
                      'Андрей, благодарим за оперативную установку контейнеров по заявке 50401, замечаний нет.')),
    rev('водитель благодарит в ответ на письмо заказчика; статуса нет'))

# ======================= review: no number, unknown number =======================
d = D(12, 11, 20)
add(d, yandex(d, '50291', 'Заявка 50291 на месте, грузим'),
    rev('номер 50291 отсутствует в реестре'))

d = D(19, 8, 30)
add(d, gmail(d, 'школа', 'я у школы стою ворота закрыты никто не открывает, кому звонить?'),
    rev('нет номера заявки, какая школа — неясно; вопрос'))

# ======================= 50425  ЦО №22, снег, поз. 1-3 =======================
d = D(20, 8, 0)
add(d, outlook(d, '50425 вывоз снега ЦО №22',
               'Добрый день.\n'
               'По заявке 50425 выедем в ночь с 20 на 21.11 после 23:00, когда разъедутся машины родителей. '
               'Техника: погрузчик Амкодор 342 + 2 КамАЗа 65115.\n\n' + INNA_SIG),
    rev('только план выезда («выедем в ночь»); 65115 — модель КамАЗа'))

d = D(20, 23, 40)
sn1 = 'выехали колонной 2 камаза, погрузчик своим ходом. будем минут через 20'
add(d, gmail(d, 'снег #50425', sn1),
    dec('50425', [], V, '«выехали колонной... будем минут через 20»'))
sn1_dt = d

d = D(21, 0, 25)
add(d, gmail(d, 'Re: снег #50425', 'стадион (п2) начали грузить',
             quoted=('%s, Рустам Гафуров <gafurov.rustam@gmail.com>:' % d_gmail(sn1_dt), sn1)),
    dec('50425', ['2'], M, '«начали грузить» на стадионе (п2) = на месте; в цитате — «выехали»'))

d = D(21, 4, 10)
add(d, gmail(d, 'наряд 50425 п2 п3',
             'п2 и п3 закончили 11 рейсов вывезли. техника ушла с объекта\n\nдвор (п1) завтра ночью, сейчас там машины стоят'),
    dec('50425', ['2', '3'], U, 'п2 и п3 закончены, техника ушла; п1 — план'))

d = D(22, 3, 30)
add(d, gmail(d, '50425 П1', 'ДВОР П1 ГОТОВ ВСЕ ВЫВЕЗЛИ 7 РЕЙСОВ УБЫЛИ 3:20'),
    dec('50425', ['1'], U, 'капсом: двор П1 готов, убыли'))

# ======================= 50433  ГП №7, снег, поз. 1-2 =======================
c_dt = D(23, 7, 3)
c_subj = 'Заявка 50433 вывоз снега ГП №7'
c_body = ('Доброе утро.\nЗаявка № 50433 — вывоз снега, ГУЗ «Поликлиника №7», ул. Галкина, 31.\n'
          'Поз. 1 — парковка для посетителей\nПоз. 2 — въезд скорой помощи (в первую очередь!)\n\n' + CUST_SIG)
d = D(23, 7, 25)
add(d, outlook(d, 'RE: ' + c_subj,
               'Приняли. Въезд скорой (поз. 2) сделаем в первую очередь, машина выходит в 8:30.\n\n' + INNA_SIG,
               quoted=outlook_block((CUST_NAME, CUST), 'Соболева Инна <inna.soboleva@ecotransvyvoz.ru>', c_dt, c_subj, c_body),
               irt=mid_cust()),
    dec('50433', [], P, '«Приняли»; выход машины — план'))

d = D(23, 8, 40)
add(d, yandex(d, 'Поликлиника 7', 'выезд 8:40 с базы на поликлинику 7, въезд скорой (п2). заявка 50433'),
    dec('50433', ['2'], V, '«выезд 8:40 с базы на поликлинику» = в пути (с базы НА объект), п2'))

fw_dt = D(23, 9, 2)
d = D(23, 9, 10)
add(d, yandex(d, 'Fwd: 50433/2',
              'забыл вас в копию поставить\n\n'
              '-------- Пересылаемое сообщение --------\n'
              '23.11.2026, %02d:%02d, "Андрей Ланцов" <a.lantsov@yandex.ru>:\n\n'
              'Инна, прибыл на поликлинику 7, въезд скорой. 50433/2\n\n'
              '-------- Конец пересылаемого сообщения --------' % (fw_dt.hour, fw_dt.minute)),
    dec('50433', ['2'], M, 'пересылка Яндекса: пересланное сообщение — прибыл, «50433/2»'))

d = D(23, 11, 5)
add(d, outlook(d, '50433 ГП №7',
               'Добрый день. Водитель Ланцов (Е592ОР 71), сообщения:\n\n'
               '10:42 — въезд скорой расчистил, вывез 2 рейса\n'
               '10:48 — перехожу на парковку п1\n'
               '10:55 — на парковке начал грузить\n\n' + INNA_SIG),
    rev('разные статусы по позициям: п2 — закончено (убыл), п1 — на месте'))

d = D(23, 13, 30)
add(d, yandex(d, '50433 парковка', 'парковку поз 1 закончил, уезжаю на базу'),
    dec('50433', ['1'], U, '«закончил, уезжаю на базу» = убыл с объекта'))

d = D(24, 10, 0)
add(d, outlook(d, '50433 — простой на въезде',
               'Ольга Викторовна, добрый день.\n\n'
               'Вчера по заявке 50433 наша машина простояла у шлагбаума ГП №7 с 8:52 до 9:14 — охрана не пускала, '
               'не было пропуска. Просим на будущее заранее передавать номера машин на пост. '
               'Простой 20 минут просим учесть при приёмке.\n\n' + INNA_SIG),
    rev('претензия по простою за вчера, нового статуса нет'))

# ======================= 50458  Гимназия №6, снег, поз. 1-3 =======================
c_dt = D(24, 8, 2)
c_subj = 'Заявка 50458 вывоз снега Гимназия №6'
mdn_dt = D(24, 8, 15)
mdn = MIMEMultipart('report', boundary='----=_NextPart_000_%04X_01DC5DA7.%08X' % (random.getrandbits(16), random.getrandbits(32)))
mdn.set_param('report-type', 'disposition-notification')
common(mdn, addr(INNA, 'windows-1251', 'B'), mdn_dt, ew('Прочитано: ' + c_subj, 'windows-1251', 'B'), mid_outlook(),
       to="%s <%s>" % (ew("'" + CUST_NAME + "'", 'windows-1251', 'B'), CUST))
mdn['X-Mailer'] = 'Microsoft Outlook 16.0'
mdn['Thread-Index'] = thread_index()
mdn.attach(tpart('Ваше сообщение\n\n  Кому: Соболева Инна\n  Тема: %s\n  Отправлено: %s\n\nбыло прочитано %s.\n'
                 % (c_subj, c_dt.strftime('%d.%m.%Y %H:%M').lstrip('0'), mdn_dt.strftime('%d.%m.%Y %H:%M')),
                 'plain', 'windows-1251', 'qp'))
disp = Message()
disp['Content-Type'] = 'message/disposition-notification'
disp.set_payload('Reporting-UA: ecotransvyvoz.ru; Microsoft Outlook 16.0\n'
                 'Final-Recipient: rfc822;inna.soboleva@ecotransvyvoz.ru\n'
                 'Original-Message-ID: %s\n'
                 'Disposition: manual-action/MDN-sent-manually; displayed\n' % mid_cust())
mdn.attach(disp)
add(mdn_dt, mdn, ign('уведомление о прочтении (MDN), сформировано Outlook'))

d = D(24, 8, 30)
add(d, thebat(d, 'Re: ' + c_subj.replace('№', 'N'),
              'Здравствуйте, Ольга.\n\n'
              'Заявка 50458 - в работе, техника будет вечером после 19:00, когда дети уйдут.\n\n'
              'Вы писали %s:\n\n'
              'ОК> Добрый день. Заявка N 50458 - вывоз снега, МБОУ "Гимназия N6",\n'
              'ОК> ул. Епифанская, 7: двор (поз. 1), стадион (поз. 2), хоздвор (поз. 3).\n\n'
              % d_thebat(c_dt) + GENA_SIG, irt=mid_cust()),
    dec('50458', [], P, '«Заявка 50458 — в работе» = принята; техника вечером — план'))

d = D(24, 17, 10)
add(d, mailru(d, '50458', 'еще не выехали погрузчик сломался ждем второй с базы часа через 2'),
    rev('отрицание: «ещё не выехали»'))
s0_dt = d

d = D(24, 19, 45)
add(d, mailru(d, 'Re: 50458', 'выехали на гимназию 6 будем через 30 мин',
              quoted=('%s, %d ноября 2026, %d:%02d +03:00 от Сергей Мохов <mohov.serega71@mail.ru>:'
                      % (WD_CAP[s0_dt.weekday()], s0_dt.day, s0_dt.hour, s0_dt.minute),
                      'еще не выехали погрузчик сломался ждем второй с базы часа через 2')),
    dec('50458', [], V, '«выехали... будем через 30 мин»; в цитате старое «ещё не выехали»'))

d = D(24, 20, 20)
add(d, tracker(d, '[Автотрекер] А417КМ71: вход в геозону',
               track_text('вход в геозону', 'А417КМ71', 'КамАЗ-65115 самосвал', 'Гимназия N6 (заявка 50458)', d - timedelta(seconds=55), 14, 54.18766, 37.62091)),
    ign('автоматическое уведомление трекера; номер заявки только в имени геозоны'))

d = D(25, 1, 15)
add(d, mailru(d, 'гимназия 6 — 50458', 'п1 п2 п3 все вывезено 9 рейсов около 70 куб уехали'),
    dec('50458', ['1', '2', '3'], U, 'все три позиции вывезены, уехали'))

# ======================= 50472  СОШ №63, КГМ, поз. 1 =======================
c_dt = D(25, 9, 44)
c_subj = 'Заявка 50472 КГМ СОШ №63'
c_body = ('Добрый день.\nЗаявка № 50472: вывоз КГМ (старая мебель) с площадки МБОУ СОШ №63, ул. Металлургов, 43.\n'
          'Ключ от площадки у завхоза.\n\n' + CUST_SIG)
d = D(25, 10, 5)
add(d, outlook(d, 'RE: ' + c_subj,
               'Принято. Завтра с 8:00, водитель Мохов Сергей, КамАЗ А417КМ 71, тел. +7 910 155-47-20.\n\n' + INNA_SIG,
               quoted=outlook_block((CUST_NAME, CUST), 'Соболева Инна <inna.soboleva@ecotransvyvoz.ru>', c_dt, c_subj, c_body),
               irt=mid_cust()),
    dec('50472', [], P, '«Принято»; телефон и госномер — не номера заявки'))

d = D(26, 8, 0)
s1 = 'выехал на 63 школу буду 8 20'
add(d, mailru(d, 'ул. Металлургов, 43 (50472)', s1),
    dec('50472', [], V, 'номер в скобках после адреса в теме; «выехал на школу»'))
s1_dt = d

fwd_inner_dt = D(26, 8, 33)
inner = tpart('на месте жду завхоза ключи от площадки у нее\n\n--\nОтправлено из мобильной Почты Mail.ru', 'plain', 'utf-8', 'b64')
inner['MIME-Version'] = '1.0'
common(inner, addr(SERGEY, 'utf-8', 'B'), fwd_inner_dt, ew('63 школа', 'utf-8', 'B'), mid_mailru(fwd_inner_dt),
       to=addr(INNA, 'utf-8', 'B'))
d = D(26, 8, 40)
fw = MIMEMultipart('mixed', boundary='----=_NextPart_000_%04X_01DC5F4B.%08X' % (random.getrandbits(16), random.getrandbits(32)))
common(fw, addr(INNA, 'windows-1251', 'B'), d, ew('FW: 63 школа', 'windows-1251', 'B'), mid_outlook(),
       to="%s <%s>" % (ew("'" + CUST_NAME + "'", 'windows-1251', 'B'), CUST))
fw['X-Mailer'] = 'Microsoft Outlook 16.0'
fw['Thread-Index'] = thread_index()
fw['Content-Language'] = 'ru'
alt = MIMEMultipart('alternative', boundary='----=_NextPart_001_%04X_01DC5F4B.%08X' % (random.getrandbits(16), random.getrandbits(32)))
ftxt = 'Пересылаю сообщение водителя по заявке 50472 (во вложении).\n\n' + INNA_SIG
alt.attach(tpart(ftxt, 'plain', 'windows-1251', 'qp'))
alt.attach(tpart(outlook_html(ftxt), 'html', 'windows-1251', 'qp'))
del alt['MIME-Version']
fw.attach(alt)
att = MIMEMessage(inner)
del att['MIME-Version']
att.add_header('Content-Disposition', 'attachment')
fw.attach(att)
add(d, fw, dec('50472', [], M, 'пересылка «как вложение» (message/rfc822): водитель на месте, ждёт завхоза'))

d = D(26, 11, 0)
add(d, mailru(d, 'Re: ул. Металлургов, 43 (50472)', 'с 63 школы выехал все забрал 2 дивана 4 шкафа парты 12 шт',
              quoted=('%s, %d ноября 2026, %d:%02d +03:00 от Сергей Мохов <mohov.serega71@mail.ru>:'
                      % (WD_CAP[s1_dt.weekday()], s1_dt.day, s1_dt.hour, s1_dt.minute), s1)),
    dec('50472', [], U, '«с 63 школы выехал, всё забрал» — выехал С объекта = убыл'))

# auto-reply (vacation) from the head of the site, server autoresponder
c_dt = D(26, 14, 5)
d = D(26, 14, 5, 41)
ooo = tpart('Здравствуйте!\n\nЯ в отпуске с 26.11.2026 по 07.12.2026, почту не читаю.\n'
            'По вопросам заявок обращайтесь к диспетчеру Инне Соболевой: +7 (4872) 70-15-33, '
            'inna.soboleva@ecotransvyvoz.ru.\n\nГеннадий Ряузов\n', 'plain', 'utf-8', 'qp')
ooo['MIME-Version'] = '1.0'
common(ooo, addr(GENA, 'utf-8', 'B'), d, ew('Автоответ: Re: Акт по заявке 50318', 'utf-8', 'B'),
       '<autoreply.%d@mail.ecotransvyvoz.ru>' % random.getrandbits(40), irt=mid_cust())
ooo['Auto-Submitted'] = 'auto-replied'
ooo['X-Autoreply'] = 'yes'
ooo['Precedence'] = 'auto_reply'
add(d, ooo, ign('автоответ «в отпуске»'))


# ---------------------------------------------------------------- registry
REGISTRY = {
    'contractor': {
        'name': 'ООО «ЭкоТрансВывоз»',
        'emails': ['inna.soboleva@ecotransvyvoz.ru', 'g.ryauzov@ecotransvyvoz.ru', 'v.kalinin@ecotransvyvoz.ru',
                   'mohov.serega71@mail.ru', 'a.lantsov@yandex.ru', 'gafurov.rustam@gmail.com',
                   'noreply@gps.ecotransvyvoz.ru', 'MAILER-DAEMON@mail.ecotransvyvoz.ru'],
        'domains': ['ecotransvyvoz.ru', 'gps.ecotransvyvoz.ru', 'mail.ecotransvyvoz.ru'],
    },
    'requests': [
        {'number': '50214', 'positions': ['1', '2'], 'registered_at': '2026-11-02T08:30:00+03:00',
         'comment': 'Вывоз КГМ, МБОУ «ЦО №12», ул. Металлистов, 7: 1 — площадка у главного входа, 2 — площадка у спортзала'},
        {'number': '50237', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-03T09:10:00+03:00',
         'comment': 'Вывоз КГМ бункером 8 м3, ГП №3, ул. Болдина, 41: 1 — корпус А, 2 — корпус Б, 3 — хоздвор'},
        {'number': '50259', 'positions': ['1', '2'], 'registered_at': '2026-11-05T10:00:00+03:00',
         'comment': 'Замена контейнеров 0,75→1,1 м3, СОШ №45, ул. Кауля, 13: 1 — у пищеблока, 2 — у стадиона'},
        {'number': '50302', 'positions': ['1'], 'registered_at': '2026-11-06T08:15:00+03:00',
         'comment': 'Вывоз КГМ после ремонта, Детская поликлиника №1, пр. Ленина, 108'},
        {'number': '50318', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-09T09:00:00+03:00',
         'comment': 'КГМ и строймусор, Лицей №2: 1 — главный корпус, 2 — корпус 2, 3 — мастерские, 4 — площадка у котельной'},
        {'number': '50344', 'positions': ['1'], 'registered_at': '2026-11-10T11:30:00+03:00',
         'comment': 'Бункер 20 м3 (установка, погрузка, вывоз), СОШ №7, ул. Оружейная, 5'},
        {'number': '50366', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-12T08:45:00+03:00',
         'comment': 'Вывоз списанной мебели, ГП №5, ул. Мира, 19: позиции = корпуса 1, 2, 3'},
        {'number': '50401', 'positions': ['1', '2'], 'registered_at': '2026-11-16T09:20:00+03:00',
         'comment': 'Установка контейнеров 8 м3, ЦО №20: 1 — здание 1 (Пузакова, 20), 2 — здание 2 (Пузакова, 24)'},
        {'number': '50425', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-20T07:30:00+03:00',
         'comment': 'Вывоз снега, ЦО №22: 1 — двор, 2 — стадион, 3 — подъезд к пищеблоку'},
        {'number': '50433', 'positions': ['1', '2'], 'registered_at': '2026-11-23T07:00:00+03:00',
         'comment': 'Вывоз снега, Поликлиника №7, ул. Галкина, 31: 1 — парковка, 2 — въезд скорой помощи'},
        {'number': '50458', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-24T08:00:00+03:00',
         'comment': 'Вывоз снега, Гимназия №6, ул. Епифанская, 7: 1 — двор, 2 — стадион, 3 — хоздвор'},
        {'number': '50472', 'positions': ['1'], 'registered_at': '2026-11-25T09:40:00+03:00',
         'comment': 'Вывоз КГМ, СОШ №63, ул. Металлургов, 43'},
    ],
}


FIRST = ['Return-Path', 'From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References']


def reorder(msg):
    items = msg.items()
    for k in set(k for k, _ in items):
        del msg[k]
    items.sort(key=lambda kv: FIRST.index(kv[0]) if kv[0] in FIRST else len(FIRST))
    for k, v in items:
        msg[k] = v


def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith('.eml'):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (dt, msg, label) in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        reorder(msg)
        with open(os.path.join(LET, name), 'wb') as fp:
            BytesGenerator(fp, mangle_from_=False, maxheaderlen=78).flatten(msg)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fp:
        json.dump(REGISTRY, fp, ensure_ascii=False, indent=1)
    print('wrote', len(LETTERS), 'letters')


if __name__ == '__main__':
    main()
