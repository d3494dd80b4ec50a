#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «ОкнаСтекло-Сервис» (range 93000-93999).

Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
Raw messages are assembled by hand (headers + encoded bodies) to imitate the
mail clients of the persona: Apple Mail (Алина), Xiaomi phone (Гена),
Outlook 16 windows-1251 (servis@, service report template), The Bat! KOI8-R
(old workshop PC, same template), Roundcube web mail (HTML-only reports).
"""
import base64, binascii, json, os, random, uuid, datetime
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
rnd = random.Random(93093)
MSK = datetime.timezone(datetime.timedelta(hours=3))

DOM = 'oknasteklo-service.ru'
ALINA = ('Алина Ковалёва', 'alina.kovaleva@' + DOM)
GENA = ('Геннадий Сорокин', 'g.sorokin@' + DOM)
SERV = ('Сервисная служба ОкнаСтекло-Сервис', 'servis@' + DOM)
NEWS = ('ОкнаСтекло-Сервис', 'news@' + DOM)
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@' + DOM)
DISP = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')

# ----------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «ОкнаСтекло-Сервис»",
        "emails": [ALINA[1], GENA[1], SERV[1], NEWS[1], DAEMON[1]],
        "domains": [DOM],
    },
    "requests": [
        {"number": "93017", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "БЦ «Северное сияние», ул. Складочная, 1 стр. 3: замена стеклопакетов, п.1 каб. 305, п.2 каб. 412, п.3 каб. 518"},
        {"number": "93042", "positions": ["1", "2"], "registered_at": "2026-11-03T08:30:00+03:00",
         "comment": "Склад, Подольск, ул. Бронницкая, 3: п.1 доводчик входной двери, п.2 замок калитки"},
        {"number": "93105", "positions": ["1"], "registered_at": "2026-11-03T13:40:00+03:00",
         "comment": "Пятницкая ул., 25: замена разбитого стеклопакета витрины"},
        {"number": "93118", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T11:00:00+03:00",
         "comment": "ТЦ «Калужский»: регулировка фурнитуры окон/дверей, п.1 администрация, п.2 склад, п.3 кафе, п.4 санузлы"},
        {"number": "93240", "positions": ["1", "2"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "Адм. здание, Варшавское ш., 118: п.1 входная алюминиевая дверь, п.2 тамбурная дверь (стекло)"},
        {"number": "93306", "positions": ["1"], "registered_at": "2026-11-09T12:00:00+03:00",
         "comment": "Магазин, Профсоюзная ул., 56: замена стеклопакета в двери"},
        {"number": "93377", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T09:30:00+03:00",
         "comment": "Производственный корпус, Электродная ул., 2: окна ПВХ, п.1 цех №1, п.2 цех №2, п.3 АБК"},
        {"number": "93410", "positions": ["1", "2"], "registered_at": "2026-11-12T14:00:00+03:00",
         "comment": "Офис, Ленинградский пр-т, 39: п.1 замена ручек, п.2 замена петель"},
        {"number": "93452", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T10:00:00+03:00",
         "comment": "Склад, Химки, ул. Заводская, 8: замена уплотнителя на трёх распашных дверях"},
        {"number": "93518", "positions": ["1"], "registered_at": "2026-11-16T11:00:00+03:00",
         "comment": "Офис, Тверская ул., 12 стр. 2: трещина в витраже, замена стеклопакета"},
        {"number": "93603", "positions": ["1", "2"], "registered_at": "2026-11-17T09:00:00+03:00",
         "comment": "БЦ на Нагатинской ул., 2/2: доводчики, п.1 3 этаж, п.2 5 этаж"},
        {"number": "93777", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T10:00:00+03:00",
         "comment": "Офисное здание, Мытищи, ул. Мира, 32: замена трёх стеклопакетов"},
        {"number": "93850", "positions": ["1", "2"], "registered_at": "2026-11-23T15:00:00+03:00",
         "comment": "Офис, Смоленская пл.: автоматические раздвижные двери, п.1 холл, п.2 служебный вход"},
    ],
}

# ------------------------------------------------------------ the dispatch's own letters (quoted)
DSUBJ = {
    '93017': 'Заявка № 93017 — замена стеклопакетов, Складочная 1 стр. 3',
    '93042': 'Заявка 93042 Подольск',
    '93105': 'Заявка 93105 — Пятницкая, 25, разбит стеклопакет витрины',
    '93240': 'Заявка 93240 — Варшавское ш., 118, входная группа',
    '93306': 'Заявка №93306 — Профсоюзная, 56, магазин',
    '93377': 'Заявка № 93377 — Электродная, 2, окна ПВХ',
    '93410': 'Заявка 93410 — Ленинградский пр-т, 39, фурнитура',
    '93452': 'Заявка 93452 - Химки, склад, уплотнители',
    '93518': 'Заявка 93518 — Тверская, 12, витраж',
    '93603': 'Обращение 93603 — БЦ Нагатинская, доводчики',
    '93777': 'Заявка 93777 — Мытищи, ул. Мира, 32',
    '93850': 'Заявка 93850 — Смоленская, автоматические двери',
}
DSIG = "С уважением,\nДарья Смирнова\nдиспетчер ОМИС\n+7 (495) 781-22-40"
DTEXT = {
    '93017': ("Добрый день!\n\nНаправляем заявку № 93017.\nОбъект: БЦ «Северное сияние», ул. Складочная, д. 1, стр. 3.\n"
              "Позиции:\n1 — каб. 305, замена стеклопакета (трещина);\n2 — каб. 412, замена стеклопакета;\n"
              "3 — каб. 518, замена стеклопакета (запотевание).\nКонтакт на объекте: инженер Петренко В., +7 916 200-41-77.\n\n" + DSIG),
    '93105': ("Добрый день!\n\nЗаявка 93105, позиция 1: Пятницкая ул., д. 25, стр. 1 — разбит стеклопакет витрины (ночью).\n"
              "Просьба принять в работу и сообщить сроки.\n\n" + DSIG),
    '93240': ("Алина, добрый день!\n\nЗаявка 93240, адм. здание, Варшавское ш., 118.\n1 — входная алюминиевая дверь: провисла, заменить петли и доводчик;\n"
              "2 — тамбурная дверь: треснуло стекло.\nПросьба принять и согласовать дату.\n\n" + DSIG),
    '93306': ("Добрый день!\n\nЗаявка №93306: магазин, Профсоюзная ул., 56 — трещина стеклопакета во входной двери. Позиция одна.\n"
              "Администратор магазина Абрамова Наталья, +7 903 118-56-02.\n\n" + DSIG),
    '93377': ("Добрый день!\n\nНаправляем заявку № 93377. Производственный корпус, Электродная ул., 2.\n"
              "1 — цех №1, окна ПВХ, не закрываются 2 створки;\n2 — цех №2, продувает, замена уплотнителя;\n3 — АБК, 2 этаж, створка выпала из петли.\n\n" + DSIG),
    '93410': ("Алина, добрый день!\n\nЗаявка 93410, офис на Ленинградском пр-те, 39.\nп.1 — заменить дверные ручки (6 шт.);\nп.2 — заменить петли на двух дверях переговорных.\n\n" + DSIG),
    '93452': ("Прошу принять в работу заявку 93452.\nОбъект: склад, г. Химки, ул. Заводская, 8.\nПоз. 1, 2, 3 - замена уплотнителя на распашных дверях.\nКонтакт: кладовщик Юсупов Р., +7 926 555-14-03."),
    '93518': ("Добрый день!\n\nЗаявка 93518: офис, Тверская ул., 12 стр. 2 — трещина в витраже первого этажа, позиция 1.\nПросьба посчитать стоимость и сроки.\n\n" + DSIG),
    '93777': ("Алина, добрый день!\n\nЗаявка 93777, Мытищи, ул. Мира, 32: замена трёх стеклопакетов (позиции 1, 2, 3 — кабинеты 104, 106, 210).\n\n" + DSIG),
    '93850': ("Добрый день!\n\nЗаявка 93850, офис на Смоленской: 1 — автоматическая раздвижная дверь в холле (не открывается, ошибка привода); "
              "2 — дверь служебного входа, заедает.\n\n" + DSIG),
}

# ------------------------------------------------------------ encoding helpers
def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)

def who(pair, cs='utf-8'):
    return formataddr(pair, charset=cs)

def dt(s):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=MSK)
    return d.replace(second=rnd.randint(0, 59))

def body_enc(text, cs, cte):
    data = text.encode(cs)
    if cte == 'quoted-printable':
        b = binascii.b2a_qp(data, istext=True)
    elif cte == 'base64':
        b = base64.encodebytes(data)
    else:
        b = data
    if not b.endswith(b'\n'):
        b += b'\n'
    return b

def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', style='apple', extra=''):
    if style == 'apple':
        h = f'Content-Transfer-Encoding: {cte}\nContent-Type: text/{sub};\n\tcharset={cs}{extra}\n\n'
    else:
        h = f'Content-Type: text/{sub}; charset="{cs}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
    return h.encode('ascii') + body_enc(text, cs, cte)

def multipart(sub, boundary, parts, extra=''):
    ct = f'Content-Type: multipart/{sub};{extra}\n\tboundary="{boundary}"\n\n'.encode()
    out = b''
    for p in parts:
        out += b'\n--' + boundary.encode() + b'\n' + p
    out += b'\n--' + boundary.encode() + b'--\n'
    return ct, out

def message(headers, ct_and_body):
    """headers: list of (name, value). ct_and_body: (b'Content-Type...\\n\\n', body) or raw part bytes."""
    h = ''.join(f'{k}: {v}\n' for k, v in headers).encode('ascii')
    if isinstance(ct_and_body, tuple):
        ct, body = ct_and_body
        return h + ct + body
    return h + ct_and_body

def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def mid_apple():
    return '<' + str(uuid.UUID(int=rnd.getrandbits(128))).upper() + '@' + DOM + '>'

def mid_gena():
    return '<' + ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(24)) + '@' + DOM + '>'

def mid_outlook():
    h = lambda n: ''.join(rnd.choice('0123456789abcdef') for _ in range(n))
    return f'<{h(12)}${h(8)}${h(8)}@{DOM}>'

def mid_bat(d):
    return f'<{rnd.randint(10**9, 2*10**9)}.{d.strftime("%Y%m%d%H%M%S")}@{DOM}>'

def mid_disp():
    return '<' + ''.join(rnd.choice('0123456789abcdef') for _ in range(20)) + '@zakazchik-omis.ru>'

RU_MON = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
RU_MONG = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']

def q(date_str):
    return datetime.datetime.strptime(date_str, '%Y-%m-%d %H:%M')

# ------------------------------------------------------------ persona builders
ALINA_SIG = ("--\nАлина Ковалёва\nменеджер сервисного отдела\nООО «ОкнаСтекло-Сервис»\n"
             "т. +7 (495) 640-18-27 (доб. 104)\nм. +7 925 311-08-46\nwww.oknasteklo-service.ru")

def apple_html(lines_text):
    out = []
    for ln in lines_text.split('\n'):
        out.append('<div>' + (html_escape(ln) if ln.strip() else '<br>') + '</div>')
    return '\n'.join(out)

def apple(date, subject, text, quote=None, fwd=None, to=DISP, cc=None, attach=None, sig=True):
    """quote=(attr_date 'YYYY-MM-DD HH:MM', from_pair, quoted_text)
       fwd=(from_pair, subject, date_str, to_pair, text)
       attach=list of (mime, filename, bytes) or ('rfc822', bytes)"""
    d = dt(date)
    plain = text + ('\n\n' + ALINA_SIG if sig else '')
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + apple_html(text) + ('<div><br></div><div>' + apple_html(ALINA_SIG) + '</div>' if sig else ''))
    if quote:
        qd = q(quote[0])
        attr = f'{qd.day} {RU_MON[qd.month-1]} {qd.year} г., в {qd:%H:%M}, {quote[1][0]} <{quote[1][1]}> написал(а):'
        qlines = quote[2].split('\n')
        plain += '\n\n> ' + attr + '\n> \n' + '\n'.join('> ' + l if l else '>' for l in qlines)
        html += ('<div><br><blockquote type="cite"><div>' + html_escape(attr) + '</div><br>'
                 + apple_html(quote[2]) + '</blockquote></div>')
    if fwd:
        fd = q(fwd[2])
        fh = (f'Начало переадресованного сообщения:\n\nОт: {fwd[0][0]} <{fwd[0][1]}>\nТема: {fwd[1]}\n'
              f'Дата: {fd.day} {RU_MONG[fd.month-1]} {fd.year} г., {fd:%H:%M}:{rnd.randint(10,59)} GMT+3\n'
              f'Кому: {fwd[3][0]} <{fwd[3][1]}>\n\n{fwd[4]}')
        plain += '\n\n' + fh
        html += '<div><br><blockquote type="cite">' + apple_html(fh) + '</blockquote></div>'
    html += '</body></html>'
    b = 'Apple-Mail=_' + str(uuid.UUID(int=rnd.getrandbits(128))).upper()
    alt = multipart('alternative', b, [tpart(plain), tpart(html, 'html')])
    ver = '3826.300.87.4.3'
    headers = [('From', who(ALINA))]
    if attach:
        b2 = 'Apple-Mail=_' + str(uuid.UUID(int=rnd.getrandbits(128))).upper()
        parts = [alt[0] + alt[1]]
        for a in attach:
            if a[0] == 'rfc822':
                parts.append(b'Content-Disposition: attachment\nContent-Type: message/rfc822\n\n' + a[1])
            else:
                mime, fn, data = a
                fnh = Header(fn, 'utf-8').encode() if not fn.isascii() else fn
                parts.append((f'Content-Disposition: attachment;\n\tfilename="{fnh}"\nContent-Type: {mime};\n\tname="{fnh}"\n'
                              f'Content-Transfer-Encoding: base64\n\n').encode() + base64.encodebytes(data))
        body = multipart('mixed', b2, parts)
    else:
        body = alt
    headers += [('Mime-Version', f'1.0 (Mac OS X Mail 16.0 \\({ver}\\))'),
                ('Subject', hdr(subject)), ('Date', format_datetime(d))]
    if quote or subject.lower().startswith('re:'):
        ref = mid_disp()
        headers += [('In-Reply-To', ref)]
    headers += [('To', who(to))]
    if cc:
        headers += [('Cc', who(cc))]
    if quote or subject.lower().startswith('re:'):
        headers += [('References', ref)]
    headers += [('Message-Id', mid_apple()), ('X-Mailer', f'Apple Mail (2.{ver})')]
    return message(headers, body), d


def gena(date, subject, text, quote=None, sig=None, cc=ALINA):
    """Xiaomi phone mail app: text/plain UTF-8 base64. quote=(date, from, to, subject, text)"""
    d = dt(date)
    body = text
    if sig:
        body += '\n\n' + sig
    if quote:
        qd = q(quote[0])
        body += (f'\n\n-------- Исходное сообщение --------\nОт: {quote[1][0]} <{quote[1][1]}>\n'
                 f'Дата: {qd:%d.%m.%Y %H:%M}\nКому: {quote[2][0]} <{quote[2][1]}>\nТема: {quote[3]}\n\n{quote[4]}')
    headers = [('Date', format_datetime(d)), ('From', who(GENA)), ('To', who(DISP))]
    if cc:
        headers.append(('Cc', who(cc)))
    headers += [('Message-ID', mid_gena()), ('Subject', hdr(subject) if subject else '')]
    if subject.lower().startswith('re:'):
        r = mid_disp()
        headers += [('In-Reply-To', r), ('References', r)]
    headers += [('MIME-Version', '1.0'), ('X-Mailer', 'Xiaomi Mail 12.4.1 (Redmi Note 12)')]
    part = tpart(body, 'plain', 'UTF-8', 'base64', style='std')
    return message(headers, part), d


OUTLOOK_SIG = ("С уважением,\nСервисная служба\nООО «ОкнаСтекло-Сервис»\nИНН 7726483915 / КПП 772601001\n"
               "тел. +7 (495) 640-18-27\nservis@oknasteklo-service.ru")

def outlook_html_from_text(text):
    return ''.join('<p class=MsoNormal>' + (html_escape(l) if l.strip() else '&nbsp;') + '<o:p></o:p></p>\n'
                   for l in text.split('\n'))

def outlook(date, subject, text, html_core=None, quote=None, cte='quoted-printable', english_quote=False, fwd=False):
    """Outlook 16, windows-1251. html_core: html fragment replacing the text paragraphs (e.g. a table).
       quote=(date, from_pair, to_str, subject, text)"""
    d = dt(date)
    cs = 'windows-1251'
    plain = text + '\n\n' + OUTLOOK_SIG
    hbody = (html_core if html_core else outlook_html_from_text(text)) + outlook_html_from_text('\n' + OUTLOOK_SIG)
    if quote:
        qd = q(quote[0])
        if english_quote:
            blk = (f'-----Original Message-----\nFrom: {quote[1][0]} <{quote[1][1]}>\n'
                   f'Sent: {qd:%A, %B %d, %Y %I:%M %p}\nTo: {quote[2]}\nSubject: {quote[3]}\n\n{quote[4]}')
        else:
            blk = (f'От: {quote[1][0]} <{quote[1][1]}> \nОтправлено: {qd.day} {RU_MONG[qd.month-1]} {qd.year} г. {qd.hour}:{qd:%M}\n'
                   f'Кому: {quote[2]}\nТема: {quote[3]}\n\n{quote[4]}')
        plain += '\n\n' + blk
        hbody += ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                  + outlook_html_from_text(blk) + '</div>')
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n' + hbody + '</div></body></html>')
    b = '----=_NextPart_000_' + ''.join(rnd.choice('0123456789ABCDEF') for _ in range(4)) + '_01DB' + \
        ''.join(rnd.choice('0123456789ABCDEF') for _ in range(4)) + '.' + ''.join(rnd.choice('0123456789ABCDEF') for _ in range(8))
    body = multipart('alternative', b, [tpart(plain, 'plain', cs, cte, style='std'), tpart(html, 'html', cs, cte, style='std')])
    headers = [('From', who(SERV, cs)), ('To', who(DISP, cs))]
    if quote and not fwd:
        r = mid_disp()
        headers += [('References', r), ('In-Reply-To', r)]
    headers += [('Subject', hdr(subject, cs)), ('Date', format_datetime(d)), ('Message-ID', mid_outlook()),
                ('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
                ('Thread-Index', base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()),
                ('Content-Language', 'ru')]
    return message(headers, body), d


BAT_SIG = "-- \nС уважением,\nсервисная служба ООО \"ОкнаСтекло-Сервис\"\n+7 (495) 640-18-27\nmailto:servis@oknasteklo-service.ru"

def thebat(date, subject, text, cte='8bit', reply=False):
    d = dt(date)
    cs = 'koi8-r'
    body = text + '\n\n' + BAT_SIG
    headers = [('Date', format_datetime(d)), ('From', who(SERV, cs)),
               ('Message-ID', mid_bat(d)), ('To', who(DISP, cs))]
    if reply:
        r = mid_disp()
        headers += [('In-Reply-To', r), ('References', r)]
    headers += [('Subject', hdr(subject, cs)), ('X-Mailer', 'The Bat! (v9.4.5) Professional'),
                ('Reply-To', who(SERV, cs)), ('X-Priority', '3 (Normal)'), ('MIME-Version', '1.0')]
    return message(headers, tpart(body, 'plain', cs, cte, style='std')), d


def webhtml(date, subject, html_core):
    """HTML-only report sent by the office from Roundcube web mail, utf-8 base64"""
    d = dt(date)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n' + html_core +
            '\n<div id="signature"><p>--<br />Сервисная служба ООО «ОкнаСтекло-Сервис»<br />+7 (495) 640-18-27</p></div>\n</body></html>')
    headers = [('MIME-Version', '1.0'), ('Date', format_datetime(d)), ('From', who(SERV)), ('To', who(DISP)),
               ('Subject', hdr(subject)),
               ('Message-ID', '<' + ''.join(rnd.choice('0123456789abcdef') for _ in range(32)) + '@' + DOM + '>'),
               ('X-Sender', SERV[1]), ('User-Agent', 'Roundcube Webmail/1.6.9')]
    return message(headers, tpart(html, 'html', 'UTF-8', 'base64', style='std')), d


def table_html(title, head, rows, foot=''):
    th = ''.join(f'<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:2pt 5pt"><b>{html_escape(h)}</b></td>' for h in head)
    trs = ''
    for r in rows:
        trs += '<tr>' + ''.join(f'<td style="border:solid windowtext 1.0pt;padding:2pt 5pt">{html_escape(c)}</td>' for c in r) + '</tr>\n'
    return (f'<p class=MsoNormal><b>{html_escape(title)}</b></p>\n'
            f'<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n<tr>{th}</tr>\n{trs}</table>\n'
            + (outlook_html_from_text(foot) if foot else ''))

def table_text(head, rows):
    return '\n'.join('\t'.join(r) for r in [head] + rows)

# ------------------------------------------------------------ letters
LETTERS = []   # (bytes, datetime, label)

def dec(req, pos, st, note):
    assert st in ('заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл')
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}

def rev(note):
    return {"expect": "review", "note": note}

def ign(note):
    return {"expect": "ignored", "note": note}

def add(res, label):
    LETTERS.append((res[0], res[1], label))

PR, VP, NM, UB = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ====================== 93017 ======================
add(apple('2026-11-02 10:02', 'Re: ' + DSUBJ['93017'],
          "Дарья, добрый день! 😊\n\nЗаявку приняли, ок 👌 Гена (наш бригадир) на этой неделе заедет на замер по всем трём кабинетам, "
          "после замера сразу закажем пакеты на заводе. По срокам отпишусь отдельно!",
          quote=('2026-11-02 09:20', DISP, DTEXT['93017'])),
    dec('93017', [], PR, 'Alina: «Заявку приняли, ок»; number in Re: subject; quoted dispatch letter lists positions but new text names none'))

add(gena('2026-11-05 08:47', '93017',
         "выехали на складочную. по 1 и 2 поз пакеты везем", sig='Отправлено с Redmi Note 12'),
    dec('93017', ['1', '2'], VP, 'Gena: выехали НА объект (travelling), names positions 1 and 2; bare number in subject'))

add(gena('2026-11-05 09:38', 'Re: ' + DSUBJ['93017'],
         "на месте. охрана пропустила, начинаем с 305 каб",
         quote=('2026-11-02 09:20', DISP, GENA, DSUBJ['93017'], DTEXT['93017'])),
    dec('93017', [], NM, 'Gena on site; 305 is an office number, not a position; quoted dispatch text ignored'))

add(apple('2026-11-05 13:15', '93017 Складочная — поз. 1 и 2 done',
          "Дарья, привет!\n\nГена только что звонил: на Складочной в каб. 305 и 412 (это поз. 1 и 2) стеклопакеты поменяли, "
          "откосы подклеили, всё открывается-закрывается ✅ Ребята уже уехали.\n\n"
          "По 518-му (поз. 3) пакет с завода будет только в среду 11.11, тогда и доделаем 🙈"),
    dec('93017', ['1', '2'], UB, 'positions 1,2 finished and crew left; position 3 only planned'))

rows = [['Выезд бригады', '09:05'], ['Прибытие на объект', '09:50'], ['Убытие с объекта', '11:05']]
t = ("СЕРВИСНЫЙ ОТЧЁТ № СО-1187 от 11.11.2026\n"
     "Заказчик: ОМИС (диспетчерская), договор № 47/2026-ОС от 12.01.2026\n"
     "Заявка заказчика: 93017\nПозиция: 3\n"
     "Объект: БЦ «Северное сияние», ул. Складочная, д. 1, стр. 3, каб. 518\n"
     "Бригада: №1 (ст. монтажник Ахмедов Р.)\n" + table_text(['Этап', 'Время'], rows) + "\n"
     "Выполненные работы: замена стеклопакета 4М1-16-4М1, 1150х1420 мм; регулировка створки\n"
     "Результат: ВЫПОЛНЕНО\nЗаполнил: Ольга Никитина")
h = (outlook_html_from_text("СЕРВИСНЫЙ ОТЧЁТ № СО-1187 от 11.11.2026\nЗаказчик: ОМИС (диспетчерская), договор № 47/2026-ОС от 12.01.2026\n"
                            "Заявка заказчика: 93017\nПозиция: 3\nОбъект: БЦ «Северное сияние», ул. Складочная, д. 1, стр. 3, каб. 518\n"
                            "Бригада: №1 (ст. монтажник Ахмедов Р.)")
     + table_html('Хронометраж', ['Этап', 'Время'], rows)
     + outlook_html_from_text("Выполненные работы: замена стеклопакета 4М1-16-4М1, 1150х1420 мм; регулировка створки\n"
                              "Результат: ВЫПОЛНЕНО\nЗаполнил: Ольга Никитина"))
add(outlook('2026-11-11 11:20', 'Сервисный отчёт СО-1187 / заявка 93017 / поз. 3', t, h),
    dec('93017', ['3'], UB, 'service report template: выезд, прибытие, убытие all done -> latest is убыл; Бригада №2 and СО-1187 are not positions/requests'))

add(thebat('2026-11-11 16:30', 'Отчет 93017, позиция 4',
           "Здравствуйте.\n\nСЕРВИСНЫЙ ОТЧЕТ\nЗаявка: 93017\nПозиция: 4\nОбъект: ул. Складочная, 1 стр. 3, каб. 520\n"
           "Прибытие: 15:20\nУбытие: 16:10\nРаботы: регулировка створки, смазка фурнитуры\nРезультат: выполнено",
           cte='quoted-printable'),
    rev('request 93017 has only positions 1-3; position 4 (каб. 520) does not exist in the registry'))

# ====================== 93042 ======================
add(thebat('2026-11-03 09:10', 'Заявка N 93042 принята',
           "Здравствуйте, Дарья.\n\nЗаявка N 93042 (Подольск, ул. Бронницкая, 3, склад) принята к исполнению.\n"
           "Ответственный: бригадир Сорокин Г.В., тел. +7 916 482-37-15.\nПлановая дата выезда: 06.11.2026 (пятница).",
           cte='8bit'),
    dec('93042', [], PR, 'KOI8-R 8bit The Bat! letter: принята к исполнению; phone and date are not request numbers'))

add(gena('2026-11-06 07:55', '93042 подольск', "выехали. будем к 9 если без пробок"),
    dec('93042', [], VP, 'Gena: выехали, будем к 9 -> on the way'))

add(apple('2026-11-06 09:12', 'Fwd: подольск',
          "Дарья, пересылаю от Гены 👇 ребята в Подольске",
          fwd=(GENA, 'подольск', '2026-11-06 09:04', ALINA,
               "на месте 93042. п1 п2 начинаем. кладовщик ключи дал\n\nОтправлено с Redmi Note 12")),
    dec('93042', ['1', '2'], NM, 'Apple Mail forward of the foreman\'s message: on site, positions п1 п2'))

add(apple('2026-11-06 12:30', 'Re: ' + DSUBJ['93042'],
          "Добрый! По Подольску всё 🙌\n\nп.1 — доводчик на входной двери поменяли на Dorma TS 93, отрегулировали\n"
          "п.2 — замок на калитке новый (Kale 189), ключи 3 шт. отдали кладовщику\n\n"
          "Ребята уехали в 12:10. Фото пришлю вечером, Гена скинет мне в вотсап 📸",
          quote=('2026-11-06 11:40', DISP, "Алина, добрый день! Как там Подольск? Нужен будет фотоотчёт по обеим позициям.\n\n" + DSIG)),
    dec('93042', ['1', '2'], UB, 'both positions done, crew left at 12:10; TS 93 / Kale 189 are models'))

# ====================== 93105 ======================
add(apple('2026-11-03 14:05', 'Re: ' + DSUBJ['93105'],
          "Дарья, приняли 👍\n\nНо сразу предупреждаю: пакет нестандартный (2400×1800, триплекс снаружи), заказ на заводе ~5 раб. дней 😬 "
          "Пока можем закрыть проём поликарбонатом — надо? Если да, ребята могут заехать завтра (ой, завтра же праздник 😅 тогда в четверг)",
          quote=('2026-11-03 13:45', DISP, DTEXT['93105'])),
    dec('93105', [], PR, '«приняли» = accepted; rest is a question/plan'))

add(gena('2026-11-09 16:20', 'Re: Заявка 93105 — когда?',
         "еще не выехали. стекло с завода завтра утром, сразу поедем",
         quote=('2026-11-09 15:58', DISP, GENA, 'Заявка 93105 — когда?',
                "Геннадий, добрый день. По Пятницкой когда ждать бригаду? Арендатор жалуется, витрина под плёнкой.\n\n" + DSIG)),
    rev('negation + plan: «еще не выехали ... завтра поедем», nothing happened'))

add(gena('2026-11-10 12:20', '93105', "пятницкая нa мecтe. витрину сняли"),
    dec('93105', [], NM, 'on site; «нa мecтe» written with Latin a, c, e'))

t = ("Сервисный отчёт № СО-1203 от 10.11.2026\n\nЗаявка: 93105\nПозиция: 1\nОбъект: Пятницкая ул., д. 25, стр. 1 (витрина)\n"
     "Прибытие: 12:15\nУбытие: 15:25\nРаботы: демонтаж разбитого с/п, установка с/п 44.2-16-6 (триплекс) 2400х1800, герметизация\n"
     "Статус: работы завершены, бригада убыла\nОтветственный: Сорокин Г.В.")
add(outlook('2026-11-10 15:40', 'Сервисный отчёт СО-1203 (заявка 93105)', t, cte='base64'),
    dec('93105', ['1'], UB, 'template, windows-1251 base64: работы завершены, бригада убыла'))

# ====================== 93118 ======================
t = ("Добрый день!\n\nУведомление о принятии заявки\n\nЗаявка: #93118\nОбъект: ТЦ «Калужский»\n"
     "Статус: принята в работу (все позиции)\nОснование: договор № 47/2026-ОС от 12.01.2026\n"
     "Плановая дата выполнения: 11.11.2026\nОтветственный менеджер: Ковалёва А., +7 925 311-08-46")
add(outlook('2026-11-05 11:35', 'Уведомление о принятии заявки #93118', t),
    dec('93118', [], PR, 'template: принята в работу, все позиции -> whole request'))

add(gena('2026-11-11 08:30', '93118 выехали', "едем на калужскую. пробка на ттк минут 40"),
    dec('93118', [], VP, 'едем на объект, ETA 40 min'))

add(gena('2026-11-11 09:20', 'Re: 93118 выехали', "Прибыли, работаем",
         quote=('2026-11-11 08:41', DISP, GENA, 'Re: 93118 выехали',
                "Геннадий, во сколько будете? Охрану ТЦ предупредим.\n\n> едем на калужскую. пробка на ттк минут 40")),
    dec('93118', [], NM, 'Re: subject still says выехали, body reports arrival'))

add(apple('2026-11-11 12:10', 'ТЦ Калужский (93118) – промежуточно',
          "Дарья, привет!\n\nГена отписался: по поз. 1 (администрация) и поз. 2 (склад) фурнитуру отрегулировали, на складе 2 ручки поменяли — done ✔️\n\n"
          "Поз. 3 и 4 — в пятницу, в кафе сегодня не пустили, у них банкет 🙄"),
    dec('93118', ['1', '2'], UB, 'positions 1,2 done, 3 and 4 only planned'))

add(gena('2026-11-13 09:12', '', "на месте"),
    rev('no subject, no number, no quote: cannot tell which request'))

add(gena('2026-11-13 09:30', '93118 поз 3,4', "3 и 4 на мете. кафе открыли"),
    dec('93118', ['3', '4'], NM, 'typo «на мете» = на месте; positions 3,4 in subject and body'))

add(gena('2026-11-13 13:05', 'Re: 93118 поз 3,4', "все готово выехали с калужской"),
    dec('93118', ['3', '4'], UB, '«выехали С калужской» = left the site after finishing; positions from subject'))

# ====================== 93240 ======================
add(apple('2026-11-06 10:40', 'Re: ' + DSUBJ['93240'],
          "Дарья, видели, ок, берём в работу 🙌 Ставим на понедельник 09.11, с утра.",
          quote=('2026-11-06 10:05', DISP, DTEXT['93240'])),
    dec('93240', [], PR, 'берём в работу; date is a plan for the visit'))

add(apple('2026-11-06 16:10', 'Re: ' + DSUBJ['93240'],
          "И ещё вопросик 🙈 пропуск на машину кто заказывает — вы или нам самим звонить в бюро пропусков? "
          "Газель белая, А 437 КМ 797. Нужно ASAP, а то в понедельник встанем на КПП"),
    rev('question about a vehicle pass, no status; car plate is not a number of interest'))

add(apple('2026-11-06 17:30', 'Re: Заявка 93240 — пропуск',
          "Спасибо большое, Дарья!! 🙏 Передала ребятам",
          quote=('2026-11-06 17:05', DISP, "Алина, пропуск на А437КМ797 заказан на 09.11, въезд с ул. Подольских Курсантов.\n\n" + DSIG)),
    rev('thanks for the dispatcher\'s message, nothing reported'))

add(apple('2026-11-09 08:15', 'Re: ' + DSUBJ['93240'],
          "Доброе утро ☀️ Ребята выехали на Варшавку, будут ~9:30",
          quote=('2026-11-06 10:05', DISP, DTEXT['93240'])),
    dec('93240', [], VP, 'number only in the Re: subject; выехали на Варшавку = on the way'))

add(gena('2026-11-09 09:41', 'Re: ' + DSUBJ['93240'], "НА МЕСТЕ"),
    dec('93240', [], NM, 'caps, number only in Re: subject'))

rows = [['1', 'Входная алюм. дверь: замена петель (3 шт.) и доводчика', '13:05', 'выполнено'],
        ['2', 'Тамбурная дверь: замена стекла 8 мм', '—', 'в работе, бригада на объекте (ждём стекло)']]
head = ['Поз.', 'Работы', 'Убытие', 'Статус']
t = ("Сервисный отчёт № СО-1195 от 09.11.2026\nЗаявка: 93240 (Варшавское ш., 118)\nПрибытие бригады: 09:40\n\n" + table_text(head, rows))
h = (outlook_html_from_text("Сервисный отчёт № СО-1195 от 09.11.2026\nЗаявка: 93240 (Варшавское ш., 118)\nПрибытие бригады: 09:40")
     + table_html('Позиции', head, rows))
add(outlook('2026-11-09 15:20', 'Сервисный отчёт СО-1195 — 93240', t, h),
    rev('different statuses for different positions: поз.1 убыл (13:05), поз.2 still on site'))

add(gena('2026-11-09 17:45', '93240-2', "по второй позиции закончили. уехали"),
    dec('93240', ['2'], UB, 'position after a dash in the subject and «по второй позиции» in body'))

# ====================== 93306 ======================
add(apple('2026-11-09 12:40', 'Re: ' + DSUBJ['93306'],
          "По заявке №93306 — взяли в работу ✔️ Стекло 4-10-4 есть у нас на складе, так что можно хоть завтра",
          quote=('2026-11-09 12:05', DISP, DTEXT['93306'])),
    dec('93306', [], PR, 'взяли в работу; 4-10-4 is glass formula'))

add(gena('2026-11-09 18:05', '93306', "завтра с утра выедем на профсоюзную, к 9 будем"),
    rev('plan for tomorrow, nothing happened yet'))

add(gena('2026-11-10 08:05', '93306 (1)', "выехли. минут 30"),
    dec('93306', ['1'], VP, 'typo «выехли»; position in brackets in the subject'))

add(thebat('2026-11-10 11:30', 'Отчет по заявке 93306, поз. 1',
           "Добрый день.\n\nОбъект: Профсоюзная ул., 56 (магазин)\nЗаявка: 93306\nПозиция: 1\n"
           "Прибытие: 08:50\nОкончание работ: 11:10\nУбытие: 11:15\n"
           "Выполнено: замена с/п 4-10-4 в дверном полотне 780х1650, регулировка петель.\n"
           "Пломба на эл. щитке N 004417 не нарушена.\nПредставитель заказчика: Абрамова Н. (администратор)",
           cte='quoted-printable'),
    dec('93306', ['1'], UB, 'KOI8-R QP template: прибытие/окончание/убытие, latest = убыл; seal number is noise'))

# ====================== 93377 ======================
add(outlook('2026-11-10 10:10', 'RE: ' + DSUBJ['93377'],
            "Добрый день!\n\nНаряд 93377 принят. Плановая дата выполнения — 12.11.2026.\nСчёт № 2291 выставим по факту, по договору № 47/2026-ОС.",
            quote=('2026-11-10 09:31', DISP, 'servis@oknasteklo-service.ru', DSUBJ['93377'], DTEXT['93377'])),
    dec('93377', [], PR, '«Наряд 93377 принят»; invoice and contract numbers are noise; Outlook От:/Отправлено: quote block ignored'))

add(apple('2026-11-12 08:20', 'Электродная 2 (93377) 🚐',
          "Дарья, доброе! Ребята уже выдвинулись на Электродную, будут к 9 🚀"),
    dec('93377', [], VP, 'number in brackets after the address in the subject; выдвинулись = on the way'))

add(gena('2026-11-12 09:05', 'Re: 93377', "приехали, ждем инженера",
         quote=('2026-11-11 17:30', DISP, GENA, '93377',
                "По наряду 93377 на объекте встретит инженер цеха Кравцов, тел. +7 985 640-77-12. Пропуск на 2 чел.\n\n" + DSIG)),
    dec('93377', [], NM, 'приехали; number in Re: subject'))

add(apple('2026-11-12 14:00', 'Re: 93377',
          "Промежуточно по Электродной 👇\n\n• цех №1 (поз. 1) — поменяли фурнитуру Roto NT на 2 створках, готово\n"
          "• цех №2 (поз. 2) — уплотнитель заменили, всё закрывается, готово\n"
          "• АБК (поз. 3) — сегодня не успеваем, перенесём на понедельник, нужна вышка 🙈"),
    dec('93377', ['1', '2'], UB, 'positions 1,2 finished, 3 postponed (plan)'))

add(gena('2026-11-16 08:45', '93377 поз3', "на месте. вышку привезли, начинаем"),
    dec('93377', ['3'], NM, '«поз3» in subject (no space), crew on site for the second visit'))

rows = [['93377', '3', '07:35', '08:40', '11:00', 'выполнено: створка навешена, замена петли, регулировка']]
head = ['Заявка', 'Поз.', 'Выезд', 'Прибытие', 'Убытие', 'Результат']
add(webhtml('2026-11-16 11:10', 'Сервисный отчет: 93377 / 3',
            '<p>Добрый день!</p><p>Направляем сервисный отчёт СО-1221 по АБК, Электродная ул., 2.</p>\n'
            + table_html('Сервисный отчёт СО-1221', head, rows).replace('class=MsoNormal', '')),
    dec('93377', ['3'], UB, 'HTML-only table report: departure 11:00 done'))

add(apple('2026-11-20 10:30', 'Акт по 93377',
          "Дарья, привет! По 93377 акт № 1184 от 16.11 так и не подписан 😔 бухгалтерия не может закрыть месяц. "
          "Подскажите плиз, у кого он завис? Могу переслать скан ещё раз"),
    rev('paperwork complaint/question about an act, no status'))

# ====================== 93410 ======================
add(apple('2026-11-12 15:10', 'Re: ' + DSUBJ['93410'],
          "ok, взяли 👌 во вторник 17.11 с утра",
          quote=('2026-11-12 14:05', DISP, DTEXT['93410'])),
    dec('93410', [], PR, '«ok, взяли» = accepted'))

add(gena('2026-11-17 09:00', 'ленинградка', "93410 едем будем через 30 мин"),
    dec('93410', [], VP, '«будем через 30 мин» = on the way; number only in body'))

inner, _ = gena('2026-11-17 09:27', '93410', "на месте. офис открыли", cc=None)
inner = inner.replace(b'To: ' + who(DISP).encode(), b'To: ' + who(ALINA).encode())
add(apple('2026-11-17 09:35', 'Fwd: 93410',
          "Дарья, переслала от Гены, он на Ленинградке 👍", attach=[('rfc822', inner)]),
    dec('93410', [], NM, 'forwarded as attachment (message/rfc822): foreman reports on site'))

add(gena('2026-11-17 11:50', '93401', "п1 ручки поменяли 6 шт. по п2 петли завтра привезли не те"),
    rev('93401 is not in the registry (typo of 93410, corrected in the next letter)'))

add(apple('2026-11-17 12:15', 'Re: 93401',
          "Дарья, Гена ошибся в номере 🤦‍♀️ правильно 93410 (Ленинградский, 39).\n\nПо п.1 всё done, ручки поменяли. П.2 — завтра, петли пришли не те.",
          quote=('2026-11-17 11:50', GENA, "п1 ручки поменяли 6 шт. по п2 петли завтра привезли не те")),
    dec('93410', ['1'], UB, 'correction of the typo; quoted 93401 letter ignored; п.1 done, п.2 planned'))

rows = [['93410', '2', '08:10', '08:55', 'Замена петель на 2 дверях переговорных (Apecs 1013), регулировка', 'выполнено']]
head = ['Заявка', 'Позиция', 'Прибытие', 'Убытие', 'Работы', 'Итог']
add(webhtml('2026-11-18 09:05', 'Сервисный отчет: 93410 / 2',
            '<p>Здравствуйте!</p>\n' + table_html('Сервисный отчёт СО-1230 от 18.11.2026', head, rows).replace('class=MsoNormal', '')),
    dec('93410', ['2'], UB, 'HTML-only report, one row, убытие 08:55'))

# ====================== 93452 ======================
rr = ("Ваше сообщение\n\n  Кому: servis@oknasteklo-service.ru\n  Тема: " + DSUBJ['93452'] +
      "\n  Отправлено: 13.11.2026 10:02\n\nбыло прочитано 13.11.2026 10:25.")
d = dt('2026-11-13 10:25')
bnd = '----=_NextPart_000_0011_01DB35A1.7C3E2B10'
mdn = ("Reporting-UA: OKNA-PC04; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;servis@oknasteklo-service.ru\n"
       "Original-Message-ID: <4f2a91c07b3e55d8a1c2@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
body = multipart('report', bnd, [tpart(rr, 'plain', 'windows-1251', 'quoted-printable', style='std'),
                                 b'Content-Type: message/disposition-notification\n\n' + mdn.encode()],
                 extra=' report-type=disposition-notification;')
add((message([('From', who(SERV, 'windows-1251')), ('To', who(DISP, 'windows-1251')),
              ('Subject', hdr('Прочитано: ' + DSUBJ['93452'], 'windows-1251')), ('Date', format_datetime(d)),
              ('Message-ID', mid_outlook()), ('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0')], body), d),
    ign('read receipt (MDN) generated by Outlook'))

add(thebat('2026-11-13 10:50', 'Re: ' + DSUBJ['93452'],
           "Здравствуйте, Дарья.\n\nВы писали 13 ноября 2026 г., 10:02:\n\n"
           + '\n'.join('ДС> ' + l for l in DTEXT['93452'].split('\n')) +
           "\n\nПринято. Уплотнитель в наличии (KBE 239, 60 м), выезд согласуем на среду 18.11.",
           cte='quoted-printable', reply=True),
    dec('93452', [], PR, 'The Bat! initials quoting (ДС>), answer written under the quote: «Принято»'))

add(apple('2026-11-16 17:00', 'Химки 93452 😤',
          "Дарья, по Химкам ваш инженер опять перенёс время, уже третий раз 😤 ребята сидят без работы.\n\n"
          "Давайте в среду точно в 10, иначе нам придётся ставить ложный выезд по прайсу, сорри 🙏"),
    rev('complaint about rescheduling, only a plan'))

add(gena('2026-11-18 09:15', 'Re: ' + DSUBJ['93452'], "химки выехали. с ленинградки прямо"),
    dec('93452', [], VP, 'выехали (to Химки) coming from another site; number in Re: subject'))

t = ("Уведомление о прибытии бригады\n\nЗаявка: 93452\nПозиции: 1, 2\nОбъект: склад, г. Химки, ул. Заводская, 8\n"
     "Выезд: 09:10\nПрибытие: 09:58\nУбытие: ____\nРаботы: в процессе (замена уплотнителя)\nЗаполнил: Никитина О.")
add(outlook('2026-11-18 10:05', 'Заявка 93452 — прибытие', t),
    dec('93452', ['1', '2'], NM, 'template with Прибытие filled and Убытие blank -> on site, positions 1,2'))

rows = [['1', 'Дверь склада №1', 'замена уплотнителя KBE 239, 18 м', '16:20', 'выполнено'],
        ['2', 'Дверь склада №2', 'замена уплотнителя KBE 239, 18 м', '16:20', 'выполнено'],
        ['3', 'Дверь АБК', 'замена уплотнителя, регулировка притвора', '16:20', 'выполнено']]
head = ['Поз.', 'Объект', 'Работы', 'Убытие', 'Статус']
t = "Сервисный отчёт № СО-1232 от 18.11.2026\nЗаявка: 93452, склад Химки\n\n" + table_text(head, rows)
h = (outlook_html_from_text("Сервисный отчёт № СО-1232 от 18.11.2026\nЗаявка: 93452, склад Химки")
     + table_html('Выполненные работы', head, rows))
add(outlook('2026-11-18 16:40', 'Сервисный отчёт СО-1232 / 93452', t, h),
    dec('93452', ['1', '2', '3'], UB, 'HTML table, a row per position, all three убыл 16:20'))

# ====================== 93518 ======================
pdf = b'%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
add(apple('2026-11-16 11:45', 'Re: ' + DSUBJ['93518'],
          "Дарья, добрый день!\n\nПо 93518 посчитали: стеклопакет 4-16-4 закалённый 1800×2600 + демонтаж/монтаж + вышка = 48 600 ₽ с НДС. "
          "КП во вложении 📎\n\nБез вашего согласования заказать пакет не можем 🙏 Срок изготовления ~6 раб. дней.",
          quote=('2026-11-16 11:05', DISP, DTEXT['93518']),
          attach=[('application/pdf', 'КП_Тверская_12.pdf', pdf)]),
    rev('price quote awaiting approval, no status'))

add(apple('2026-11-18 09:30', 'Re: ' + DSUBJ['93518'],
          "Согласование получили, спасибо!! 🙌 Заявку 93518 берём в работу, пакет заказали (заказ на заводе ЗК-5521), ориентир по монтажу — 24.11"),
    dec('93518', [], PR, 'after approval: берём в работу; factory order number is noise'))

add(gena('2026-11-24 08:40', 'тверская', "едем на тверскую 93518. вдвоем"),
    dec('93518', [], VP, 'едем на объект'))

jpg = bytes.fromhex('ffd8ffe000104a46494600010100000100010000ffdb004300') + bytes(range(64)) + bytes.fromhex('ffd9')
add(apple('2026-11-24 13:30', 'Re: 93518 — Тверская, витраж',
          "Всё, витраж на Тверской поменяли 🎉 ребята свободны, мусор вывезли. Фотка ниже 👇",
          attach=[('image/jpeg', 'IMG_4417.jpeg', jpg)]),
    dec('93518', [], UB, '«поменяли ... ребята свободны» = finished and left'))

# ====================== 93603 ======================
d = dt('2026-11-17 09:06')
bnd = '5C1A2F3E40.1763359560/mx1.oknasteklo-service.ru'
txt = ("This is the mail system at host mx1.oknasteklo-service.ru.\n\n"
       "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
       "For further assistance, please send mail to postmaster.\n\n"
       "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
       "                   The mail system\n\n"
       "<m.petrov@oknasteklo-service.ru>: unknown user: \"m.petrov\"\n")
ds = ("Reporting-MTA: dns; mx1.oknasteklo-service.ru\nX-Postfix-Queue-ID: 5C1A2F3E40\nArrival-Date: Tue, 17 Nov 2026 09:05:58 +0300 (MSK)\n\n"
      "Final-Recipient: rfc822; m.petrov@oknasteklo-service.ru\nOriginal-Recipient: rfc822;m.petrov@oknasteklo-service.ru\n"
      "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: \"m.petrov\"\n")
orig = ("Return-Path: <dispatch@zakazchik-omis.ru>\nFrom: " + who(DISP) + "\nTo: m.petrov@oknasteklo-service.ru\n"
        "Subject: " + hdr(DSUBJ['93603']) + "\nDate: Tue, 17 Nov 2026 09:05:41 +0300\nMessage-ID: <9e0c44a1b2f3@zakazchik-omis.ru>\n")
body = multipart('report', bnd, [b'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + txt.encode(),
                                 b'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + ds.encode(),
                                 b'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig.encode()],
                 extra=' report-type=delivery-status;')
add((message([('Date', format_datetime(d)), ('From', who(DAEMON)), ('Subject', 'Undelivered Mail Returned to Sender'),
              ('To', DISP[1]), ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0'),
              ('Message-Id', '<20261117060606.5C1A2F3E40@mx1.oknasteklo-service.ru>')], body), d),
    ign('bounce (delivery status notification) from the contractor\'s mail server'))

add(outlook('2026-11-17 09:40', 'RE: ' + DSUBJ['93603'],
            "Добрый день,\n\nобращение 93603 принято, исполнитель — бригада №2 (Сорокин Г.В.).\nВыезд планируем на четверг 19.11.",
            quote=('2026-11-17 09:06', DISP, 'servis@oknasteklo-service.ru', DSUBJ['93603'],
                   "Добрый день!\n\nОбращение 93603, БЦ на Нагатинской ул., 2/2: 1 — доводчик 3 этаж, 2 — доводчик 5 этаж (дверь не дотягивает).\n\n" + DSIG),
            english_quote=True),
    dec('93603', [], PR, 'обращение принято; «бригада №2» is not a position; -----Original Message----- quote ignored'))

add(apple('2026-11-19 10:10', 'Нагатинская 93603',
          "Ребята на месте ✌️ с 10:00, администратор БЦ встретила, пропуска ок"),
    dec('93603', [], NM, 'crew on site since 10:00'))

add(outlook('2026-11-19 12:05', 'FW: 93603',
            "Дарья, добрый день. Пересылаем отчёт бригадира.",
            quote=('2026-11-19 11:58', GENA, 'servis@oknasteklo-service.ru', '93603',
                   "П1 П2 доводчики DORMA TS 83 поставили, отрегулировали. убыли 11:50"),
            fwd=True),
    dec('93603', ['1', '2'], UB, 'Outlook forward of the foreman\'s report: П1 П2 done, убыли; TS 83 is a model'))

# ====================== 93777 ======================
add(apple('2026-11-19 10:20', 'Re: ' + DSUBJ['93777'],
          "Привет! 93777 — приняли, ок 👍 Замерщик поедет в пятницу 20.11, потом сразу заказ пакетов",
          quote=('2026-11-19 10:03', DISP, DTEXT['93777'])),
    dec('93777', [], PR, 'приняли; date is a plan'))

d = dt('2026-11-20 11:02')
ar = ("Здравствуйте!\n\nЯ на выездном обучении до понедельника 23.11, почту смотрю редко.\n"
      "По срочным вопросам — бригадир Геннадий Сорокин, +7 916 482-37-15, или сервисная служба servis@oknasteklo-service.ru.\n\n"
      "Алина Ковалёва\nООО «ОкнаСтекло-Сервис»")
add((message([('From', who(ALINA)), ('To', who(DISP)), ('Subject', hdr('Автоответ: Re: ' + DSUBJ['93777'])),
              ('Date', format_datetime(d)), ('Message-Id', mid_apple()), ('In-Reply-To', '<71bd03e9aa40c2f1e6d4@zakazchik-omis.ru>'),
              ('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('Precedence', 'bulk'), ('MIME-Version', '1.0')],
             tpart(ar, 'plain', 'utf-8', 'quoted-printable', style='std')), d),
    ign('out-of-office auto-reply (Auto-Submitted: auto-replied)'))

add(apple('2026-11-24 17:00', 'Fwd: мытищи',
          "Дарья, для инфо 👇",
          fwd=(GENA, 'мытищи', '2026-11-24 16:48', ALINA,
               "завтра в 8 выезжаем на мытищи 93777, пакеты забрали со склада")),
    rev('forwarded message is only a plan («завтра в 8 выезжаем»)'))

add(gena('2026-11-25 08:05', '93777', "выехали мытищи", sig='Отправлено с Redmi Note 12'),
    dec('93777', [], VP, 'выехали'))

add(gena('2026-11-25 09:30', 'Re: 93777', "прибыли 9:25, заносим пакеты"),
    dec('93777', [], NM, 'прибыли 9:25'))

rows = [['1', 'каб. 104', 'замена с/п 4-16-4, 1300х1400', '12:30', 'выполнено'],
        ['2', 'каб. 106', 'замена с/п 4-16-4, 1300х1400', '15:50', 'выполнено'],
        ['3', 'каб. 210', 'перенос на 27.11 — с/п пришёл с дефектом, перезаказ', '—', 'не выполнено']]
head = ['Поз.', 'Помещение', 'Работы', 'Убытие', 'Статус']
t = "Сервисный отчёт № СО-1249 от 25.11.2026\nЗаявка: 93777, Мытищи, ул. Мира, 32\n\n" + table_text(head, rows)
h = (outlook_html_from_text("Сервисный отчёт № СО-1249 от 25.11.2026\nЗаявка: 93777, Мытищи, ул. Мира, 32")
     + table_html('Позиции', head, rows))
add(outlook('2026-11-25 16:10', 'Сервисный отчёт СО-1249 — 93777 (Мытищи)', t, h),
    dec('93777', ['1', '2'], UB, 'table: 1 and 2 done, 3 only postponed (plan) -> decided for 1,2'))

add(thebat('2026-11-27 11:00', '93777-3',
           "Заявка 93777, позиция 3 - работы выполнены, бригада убыла в 10:45.\nСтеклопакет 4-14-4-14-4 (каб. 210) установлен, откосы восстановлены.",
           cte='8bit'),
    dec('93777', ['3'], UB, 'KOI8-R 8bit: бригада убыла'))

# ====================== 93850 ======================
d = dt('2026-11-23 15:02')
ack = ("Это автоматическое уведомление.\n\nВаше письмо получено сервисной службой ООО «ОкнаСтекло-Сервис» и будет обработано "
       "в рабочее время (пн–пт 9:00–18:00).\nОтвечать на это письмо не нужно.")
add((message([('From', who(SERV)), ('To', who(DISP)), ('Subject', hdr('[Получено] ' + DSUBJ['93850'])),
              ('Date', format_datetime(d)), ('Message-ID', '<autoack.' + str(rnd.randint(10**6, 10**7)) + '@' + DOM + '>'),
              ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('MIME-Version', '1.0')],
             tpart(ack, 'plain', 'utf-8', 'base64', style='std')), d),
    ign('automatic acknowledgement of receipt, not a person accepting the request'))

add(apple('2026-11-23 15:30', 'Re: ' + DSUBJ['93850'],
          "Приняли ✔️ Но по автоматике (Dorma ES 200) нужен наш спец Рустам, он свободен только в четверг 26.11 — ок?",
          quote=('2026-11-23 15:01', DISP, DTEXT['93850'])),
    dec('93850', [], PR, 'приняли + scheduling question'))

add(gena('2026-11-26 09:00', '93850', "смоленская на объекте"),
    dec('93850', [], NM, 'на объекте'))

add(apple('2026-11-26 12:30', 'Re: 93850',
          "Ребята отписались: по двери в холле (поз.1) всё отрегулировали, датчик движения поменяли — работает 👍 "
          "А по 2-й (служебный вход) только приступили"),
    rev('different statuses for positions: поз.1 done, поз.2 on site'))

add(apple('2026-11-26 14:00', 'Смоленская',
          "По Смоленской сегодня до 18:00 всё закончим, обещаю 🙏 Рустам остаётся до победного"),
    rev('promise about the future, no request number, no new status'))

add(gena('2026-11-26 17:20', '93850', "всё. yехали"),
    dec('93850', [], UB, '«yехали» with Latin y; done and left'))

# ====================== two requests / misc ======================
add(apple('2026-11-11 17:20', 'Акты 93042 / 93105',
          "Дарья, привет! По 93042 и 93105 всё закрыли, акты Гена завезёт в пятницу 😊 Подпишете?"),
    rev('two different requests in one letter'))

# newsletter
d = dt('2026-11-10 10:00')
nh = ('<html><body style="font-family:Arial"><h2>Зимняя акция ❄️</h2><p>Утепление окон и регулировка фурнитуры — скидка 20% до 31 декабря!</p>'
      '<p>Замена уплотнителя от 190 ₽/м.п. Звоните: +7 (495) 640-18-27</p>'
      '<p style="font-size:9px">Вы получили это письмо, т.к. являетесь клиентом ООО «ОкнаСтекло-Сервис». '
      '<a href="https://oknasteklo-service.ru/unsubscribe?u=8841">Отписаться</a></p></body></html>')
nt = ("Зимняя акция ❄️\n\nУтепление окон и регулировка фурнитуры — скидка 20% до 31 декабря!\n"
      "Замена уплотнителя от 190 ₽/м.п. Звоните: +7 (495) 640-18-27\n\nОтписаться: https://oknasteklo-service.ru/unsubscribe?u=8841")
body = multipart('alternative', 'b1_nl_20261110', [tpart(nt, 'plain', 'utf-8', 'base64', style='std'),
                                                   tpart(nh, 'html', 'utf-8', 'base64', style='std')])
add((message([('From', who(NEWS)), ('To', DISP[1]), ('Subject', hdr('Зимняя акция: утепление окон −20% ❄️')),
              ('Date', format_datetime(d)), ('Message-ID', '<nl.20261110.8841@' + DOM + '>'),
              ('List-Unsubscribe', '<https://oknasteklo-service.ru/unsubscribe?u=8841>'),
              ('List-Id', '<news.oknasteklo-service.ru>'),
              ('Precedence', 'bulk'), ('MIME-Version', '1.0')], body), d),
    ign('marketing newsletter (Precedence: bulk, List-Unsubscribe)'))

# calendar reply
d = dt('2026-11-16 14:20')
ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//macOS 15.1//EN\nMETHOD:REPLY\nBEGIN:VEVENT\n"
       "UID:7A1D2C3B-93F0-4E11-9C1A-OMIS20261118\nDTSTAMP:20261116T112000Z\nDTSTART:20261118T080000Z\nDTEND:20261118T090000Z\n"
       "SUMMARY:Совещание: входные группы Варшавское ш. / Нагатинская\nORGANIZER;CN=Дарья Смирнова:mailto:dispatch@zakazchik-omis.ru\n"
       "ATTENDEE;CN=Алина Ковалёва;PARTSTAT=ACCEPTED:mailto:alina.kovaleva@oknasteklo-service.ru\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
body = multipart('alternative', 'Apple-Mail=_CAL-' + str(uuid.UUID(int=rnd.getrandbits(128))).upper(),
                 [tpart('Алина Ковалёва приняла приглашение «Совещание: входные группы Варшавское ш. / Нагатинская».', 'plain'),
                  tpart(ics, 'calendar', 'utf-8', 'quoted-printable', extra=';\n\tmethod=REPLY')])
add((message([('From', who(ALINA)), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))'),
              ('Subject', hdr('Принято: Совещание: входные группы Варшавское ш. / Нагатинская @ ср 18 нояб. 2026 11:00')),
              ('Date', format_datetime(d)), ('To', who(DISP)), ('Message-Id', mid_apple()),
              ('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')], body), d),
    ign('calendar meeting response (METHOD:REPLY) generated by the client'))

# ------------------------------------------------------------ write out
LETTERS.sort(key=lambda x: x[1])
labels = {}
for f in os.listdir(LET):
    if f.endswith('.eml'):
        os.remove(os.path.join(LET, f))
for i, (raw, d, lab) in enumerate(LETTERS, 1):
    name = f'{i:03d}.eml'
    with open(os.path.join(LET, name), 'wb') as fh:
        fh.write(raw)
    labels[name] = lab
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
print(len(labels), 'letters')
