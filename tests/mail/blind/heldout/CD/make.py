#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: МУП «Тульские остановочные комплексы» (Тула).

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Only the Python standard library (email package) is used.
"""
import base64
import hashlib
import html
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
MSK = timezone(timedelta(hours=3))

# ---------------------------------------------------------------- people
DOMAIN = 'tok-tula.ru'
PTO = ('Производственный отдел МУП «ТОК»', 'pto@tok-tula.ru')
NIK = ('Николаев Сергей Петрович', 'nikolaev@tok-tula.ru')
KRA = ('Кравцова Елена Викторовна', 'kravtsova@tok-tula.ru')
SMI = ('Смирнова Ольга', 'smirnova@tok-tula.ru')
BRIG = ('Бригада участка 2', 'brigada2@tok-tula.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@tok-tula.ru')
NEWS = ('МУП «ТОК» — новости', 'news@tok-tula.ru')
SED = ('СЭД МУП «ТОК»', 'sed@tok-tula.ru')
DISP = ('Диспетчерская служба ОМИС', 'dispatch@zakazchik-omis.ru')

CONTRACTOR = {
    'name': 'МУП «Тульские остановочные комплексы»',
    'emails': [PTO[1], NIK[1], KRA[1], SMI[1], BRIG[1], DAEMON[1], NEWS[1], SED[1]],
    'domains': [DOMAIN],
}

def d(day, h, m, s=0):
    return datetime(2026, 11, day, h, m, s, tzinfo=MSK)

REGISTRY = [
    ('820114', ['1', '2', '3'], d(2, 9, 15),
     'Ремонт остановочных павильонов (остекление, кровля, скамьи): '
     '1 — ост. «Площадь Победы» (в центр); 2 — ост. «Площадь Победы» (из центра); '
     '3 — ост. «ЦУМ» (из центра)'),
    ('820127', ['1', '2'], d(3, 10, 40),
     'Замена скамеек в павильонах: 1 — ост. «Московский вокзал» (в центр); '
     '2 — ост. «Московский вокзал» (из центра)'),
    ('820153', ['1'], d(5, 14, 0),
     'Замена повреждённой урны: 1 — ост. «Пролетарский мост» (из центра), ул. Октябрьская'),
    ('820168', ['1', '2', '3', '4'], d(6, 9, 30),
     'Монтаж информационных табло: 1 — ост. «Красноармейский проспект» (в центр); '
     '2 — ост. «Красноармейский проспект» (из центра); 3 — ост. «Улица Первомайская» (в центр); '
     '4 — ост. «Улица Первомайская» (из центра)'),
    ('820201', ['1', '2'], d(9, 16, 20),
     'Восстановление остекления павильонов после вандализма: 1 — ост. «ЦУМ» (в центр); '
     '2 — ост. «Кремль» (из центра)'),
    ('820219', ['1', '2', '3'], d(10, 11, 0),
     'Очистка от наледи и мойка павильонов: 1 — ост. «Зеленстрой»; 2 — ост. «Стадион Арсенал»; '
     '3 — ост. «Оружейный завод»'),
    ('820244', ['1'], d(11, 15, 0),
     'Демонтаж повреждённого павильона: 1 — ост. «Улица Металлургов» (в центр)'),
    ('820276', ['1', '2', '3'], d(13, 10, 0),
     'Установка урн: 1 — ост. «Улица Вересаева» (в центр); 2 — ост. «Улица Вересаева» (из центра); '
     '3 — ост. «Улица Кутузова»'),
    ('820305', ['1', '2'], d(16, 8, 30),
     'Замена информационных щитов с расписанием: 1 — ост. «Площадь Ленина»; '
     '2 — ост. «Городская больница № 2» («№ 2» — часть названия остановки)'),
    ('820331', ['01', '02'], d(18, 13, 0),
     'Ремонт скамей: 01 — ост. «Центральный парк» (в центр); 02 — ост. «Центральный парк» (из центра)'),
    ('820358', ['1', '2'], d(20, 9, 0),
     'Ремонт скамьи и замена урны: 1 — ост. «Площадь Победы» (в центр) (та же остановка, что поз. 1 '
     'заявки 820114); 2 — ост. «Тульский цирк»'),
    ('820390', ['1', '2', '3'], d(23, 8, 0),
     'Мойка и дезинфекция павильонов: 1 — ост. «Демидовская плотина»; 2 — ост. «Хлебная площадь»; '
     '3 — ост. «Музей оружия»'),
]

# ---------------------------------------------------------------- helpers
WD = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
MON = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
       'сентября', 'октября', 'ноября', 'декабря']
EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def ru_long(dt):
    return f'{WD[dt.weekday()]}, {dt.day} {MON[dt.month - 1]} {dt.year} г.'


def hm(dt):
    return f'{dt.hour}:{dt.minute:02d}'


def addr(p):
    return f'{p[0]} <{p[1]}>'


def h(seed, n=12):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def uuid_like(seed):
    x = hashlib.md5(seed.encode()).hexdigest().upper()
    return f'{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}'


def text_part(text, subtype='plain', cs='utf-8', cte='quoted-printable', extra_ct=''):
    raw = text.encode(cs)
    m = Message()
    m['Content-Type'] = f'text/{subtype}; charset="{cs}"{extra_ct}'
    m['Content-Transfer-Encoding'] = cte
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    else:  # 8bit: keep raw bytes (written back as-is by BytesGenerator)
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def multipart(subtype, parts, boundary, extra=''):
    m = Message()
    m['Content-Type'] = f'multipart/{subtype};{extra}\n\tboundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def pdf_bytes(lines):
    """A tiny valid one-page PDF (scanner output)."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = 'BT /F1 10 Tf 60 790 Td 14 TL ' + ' '.join(f'({esc(l)}) Tj T*' for l in lines) + ' ET'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R '
        '/Resources << /Font << /F1 4 0 R >> >> >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        f'<< /Length {len(stream)} >>\nstream\n{stream}\nendstream',
    ]
    out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    buf = bytearray(out.encode('latin-1'))
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(buf))
        buf += f'{i} 0 obj\n{o}\nendobj\n'.encode('latin-1')
    xref = len(buf)
    buf += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        buf += f'{o:010d} 00000 n \n'.encode()
    buf += (f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n').encode()
    return bytes(buf)


def pdf_part(filename, lines):
    m = Message()
    m['Content-Type'] = 'application/pdf'
    m.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', filename))
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(pdf_bytes(lines)).decode('ascii'))
    m.set_param('name', ('utf-8', '', filename))
    return m


# ---- HTML renderers by client
OUTLOOK_STYLE = ('<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n'
                 'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
                 'font-family:"Calibri",sans-serif;}\n'
                 'span.EmailStyle17 {mso-style-type:personal-compose;}\n'
                 '@page WordSection1 {size:612.0pt 792.0pt;}\n'
                 'div.WordSection1 {page:WordSection1;}\n--></style>')


def p_lines(text, cls='MsoNormal'):
    out = []
    for ln in text.split('\n'):
        out.append(f'<p class={cls}>{html.escape(ln) if ln.strip() else "&nbsp;"}<o:p></o:p></p>')
    return '\n'.join(out)


def outlook_html(text, cs, extra_html=''):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" '
            f'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head>'
            f'<meta http-equiv=Content-Type content="text/html; charset={cs}">'
            f'<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            f'{OUTLOOK_STYLE}</head><body lang=RU link="#0563C1" vlink="#954F72" '
            f'style=\'word-wrap:break-word\'><div class=WordSection1>\n'
            f'{p_lines(text)}\n{extra_html}</div></body></html>\n')


def mac_html(text):
    rows = []
    for ln in text.split('\n'):
        rows.append('<div><span style="font-size:11pt">'
                    + (html.escape(ln) if ln.strip() else '<br>') + '</span></div>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="RU" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
            '<div class="WordSection1">\n' + '\n'.join(rows) + '\n</div></body></html>\n')


# ---- quote blocks
def q_mac(frm, dt, to, subj, body, cc=None):
    s = (f'От: {addr(frm)}\nДата: {ru_long(dt)} в {hm(dt)}\nКому: {addr(to)}\n')
    if cc:
        s += f'Копия: {cc}\n'
    s += f'Тема: {subj}\n\n{body}'
    return s


def q_outlook(frm, dt, to, subj, body, cc=None):
    s = ('________________________________\n'
         f'От: {addr(frm)}\nОтправлено: {ru_long(dt)} {hm(dt)}\nКому: {to}\n')
    if cc:
        s += f'Копия: {cc}\n'
    s += f'Тема: {subj}\n\n{body}'
    return s


def q_original(frm, dt, to, subj, body):
    ampm = 'AM' if dt.hour < 12 else 'PM'
    hh = dt.hour % 12 or 12
    return ('-----Original Message-----\n'
            f'From: {frm[0]} [mailto:{frm[1]}]\n'
            f'Sent: {EN_WD[dt.weekday()]}, November {dt.day}, {dt.year} {hh}:{dt.minute:02d} {ampm}\n'
            f'To: {to}\nSubject: {subj}\n\n{body}')


def q_bat(frm_name, dt, body, initials):
    lines = '\n'.join((f'{initials}> {ln}' if ln.strip() else f'{initials}>') for ln in body.split('\n'))
    return f'Вы писали {dt.day} {MON[dt.month - 1]} {dt.year} г., {hm(dt)}:\n\n{lines}\n'


def q_gt(header, body):
    return header + '\n' + '\n'.join(('> ' + ln) if ln.strip() else '>' for ln in body.split('\n'))


# ---- signatures
SIG_GRISHINA = ('С уважением,\n'
                'начальник производственного отдела\n'
                'МУП «Тульские остановочные комплексы»\n'
                'Л.А. Гришина\n'
                'тел. +7 (4872) 30-41-17, доб. 215\n'
                '300012, г. Тула, ул. Епифанская, д. 120\n'
                'ИНН 7107054321 / КПП 710701001')
SIG_PTO_SHORT = ('Производственный отдел\n'
                 'МУП «Тульские остановочные комплексы»\n'
                 'тел. +7 (4872) 30-41-17')
SIG_SMI = ('--\n'
           'С уважением,\n'
           'инженер ПТО Смирнова О.Н.\n'
           'МУП «ТОК», тел. (4872) 30-41-19')
SIG_KRA = ('Заместитель директора по производству\n'
           'МУП «Тульские остановочные комплексы»\n'
           'Е.В. Кравцова\n'
           '+7 (4872) 30-41-10')
SIG_NIK = ('С уважением,\n'
           'Николаев С.П.\n'
           'мастер участка № 2\n'
           '+7 910 154-38-27')

DISP_SIG = 'Диспетчер Петрова А.В.\nДиспетчерская служба ОМИС\n+7 (4872) 55-20-00'

# ---------------------------------------------------------------- letter assembly
CLIENT_HEADERS = {
    'outlook_win': [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ru')],
    'outlook_mac': [('User-Agent', 'Microsoft-MacOutlook/16.91.24111020'), ('Content-Language', 'ru-RU')],
    'thebat': [('X-Mailer', 'The Bat! (v10.5.3) Professional')],
    'iphone': [('X-Mailer', 'iPhone Mail (22B91)')],
}

LETTERS = []   # (date, Message-builder, label)


def mid(client, dt, seed):
    x = h(seed, 16)
    if client == 'outlook_win':
        return f'<{x[:4]}01db{x[4:8]}${x[8:16]}${h(seed + "b", 8)}$@tok-tula.ru>'
    if client == 'outlook_mac':
        return f'<{uuid_like(seed)}@tok-tula.ru>'
    if client == 'thebat':
        return f'<{int(dt.timestamp()) % 10**9}.{dt.strftime("%Y%m%d%H%M%S")}@tok-tula.ru>'
    if client == 'iphone':
        return f'<{uuid_like(seed)}@tok-tula.ru>'
    return f'<{x}.{dt.strftime("%Y%m%d%H%M%S")}@tok-tula.ru>'


def disp_mid(seed):
    return f'<{h(seed, 20)}@zakazchik-omis.ru>'


class RawHeader:
    """Pre-formatted header value; the generator writes it as is."""
    def __init__(self, s):
        self.s = s

    def __str__(self):
        return self.s

    def encode(self, linesep='\n', maxlinelen=None, **kw):
        return self.s.replace('\n', linesep)


def ew_name(n, cs):
    """Display name as ONE encoded-word (as Outlook/The Bat! do), or quoted ASCII."""
    try:
        n.encode('ascii')
        return f'"{n}"'
    except UnicodeEncodeError:
        return f'=?{cs}?B?{base64.b64encode(n.encode(cs)).decode()}?='


def addrs(people, cs, name):
    """Address-list header: encoded display names, addresses left readable."""
    items = []
    for n, a in people:
        if not n:
            items.append(a)
            continue
        w = ew_name(n, cs)
        sep = ' ' if len(w) + len(a) + 3 + len(name) + 2 <= 78 else '\n '
        items.append(f'{w}{sep}<{a}>')
    return RawHeader(',\n '.join(items))


def subj_header(subject, cs):
    try:
        subject.encode('ascii')
        return subject
    except UnicodeEncodeError:
        return Header(subject, cs)


def add(dt, sender, subject, body, label, client='outlook_win', cs='utf-8', to=None, cc=None,
        in_reply_to=None, extra=None):
    """body: a Message (the content part, possibly multipart)."""
    seed = f'{dt.isoformat()}|{sender[1]}|{subject}'
    top = Message()
    top['From'] = addrs([sender], cs, 'From')
    top['To'] = addrs(to if to is not None else [DISP], cs, 'To')
    if cc:
        top['Cc'] = addrs(cc, cs, 'Cc')
    top['Subject'] = subj_header(subject, cs)
    top['Date'] = format_datetime(dt)
    top['Message-ID'] = mid(client, dt, seed)
    if in_reply_to:
        top['In-Reply-To'] = in_reply_to
        top['References'] = in_reply_to
    if client in ('outlook_win', 'outlook_mac'):
        top['Thread-Topic'] = subj_header(subject.split(': ', 1)[-1] if subject[:3].upper() in ('RE:', 'FW:') else subject, cs)
        top['Thread-Index'] = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    for k, v in CLIENT_HEADERS.get(client, []):
        top[k] = v
    for k, v in (extra or []):
        top[k] = v
    top['MIME-Version'] = '1.0'
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    LETTERS.append((dt, top, label))


def alt(plain, htmlsrc, cs, cte, boundary):
    return multipart('alternative', [text_part(plain, 'plain', cs, cte),
                                     text_part(htmlsrc, 'html', cs, cte)], boundary)


def ob(seed):   # Outlook boundary
    x = h(seed, 16).upper()
    return f'----=_NextPart_000_{x[:4]}_01DB{x[4:8]}.{x[8:16]}'


def mb(seed):   # Outlook for Mac boundary
    return f'B_38{int(h(seed, 8), 16) % 10**8:08d}_{int(h(seed + "x", 6), 16) % 10**7:07d}'


def L(decided=None, positions=None, status=None, note='', expect=None, request=None):
    if expect:
        return {'expect': expect, 'note': note}
    return {'expect': 'decided', 'request': decided, 'positions': positions or [],
            'status': status, 'note': note}


ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'


def nik(dt, subject, text, label, quote=None, html_only=False, in_reply_to=None, to=None, cc=None):
    body = text if quote is None else text + '\n\n' + quote
    seed = dt.isoformat() + subject
    if html_only:
        part = text_part(mac_html(body), 'html', 'utf-8', 'quoted-printable')
    else:
        part = alt(body, mac_html(body), 'utf-8', 'quoted-printable', mb(seed))
    add(dt, NIK, subject, part, label, client='outlook_mac', cs='utf-8', in_reply_to=in_reply_to,
        to=to, cc=cc)


def pto(dt, subject, text, label, cs='windows-1251', cte='quoted-printable', mode='alt',
        attachments=None, in_reply_to=None, sender=PTO, extra_html='', plain_override=None, cc=None):
    seed = dt.isoformat() + subject
    if mode == 'alt':
        part = alt(plain_override or text, outlook_html(text, cs, extra_html), cs, cte, ob(seed))
    elif mode == 'html':
        part = text_part(outlook_html(text, cs, extra_html), 'html', cs, cte)
    else:
        part = text_part(text, 'plain', cs, cte)
    if attachments:
        part = multipart('mixed', [part] + attachments, ob(seed + 'mixed'))
    add(dt, sender, subject, part, label, client='outlook_win', cs=cs, in_reply_to=in_reply_to, cc=cc)


KOI_FIX = {'№': 'N', '«': '"', '»': '"', '—': '-', '–': '-', '×': 'x', 'ё': 'е'}


def koi(s):
    for a, b in KOI_FIX.items():
        s = s.replace(a, b)
    return s


def bat(dt, subject, text, label, cte='8bit', in_reply_to=None, cs='koi8-r'):
    if cs == 'koi8-r':   # The Bat! in KOI8-R cannot send these characters
        text, subject = koi(text), koi(subject)
    part = text_part(text, 'plain', cs, cte)
    add(dt, SMI, subject, part, label, client='thebat', cs=cs, in_reply_to=in_reply_to)


CC_ALL = [('', 'pto@tok-tula.ru'), NIK]
CC_ALL_TXT = 'pto@tok-tula.ru; Николаев Сергей Петрович <nikolaev@tok-tula.ru>'

# =============================================================== LETTERS
# ------------------------------------------------ 820114 (reg 02.11 09:15)
pto(d(2, 11, 2, 41), 'Исх. № 1187/05 от 02.11.2026 о принятии заявки № 820114',
    'Начальнику диспетчерской службы ОМИС\n\n'
    'Исх. № 1187/05 от 02.11.2026\n\n'
    'О принятии заявки к исполнению\n\n'
    'Настоящим сообщаем, что заявка № 820114 от 02.11.2026 (ремонт остановочных павильонов) '
    'получена МУП «Тульские остановочные комплексы» и принята к исполнению в рамках муниципального '
    'контракта МК № 0366300012326000045 от 29.12.2025.\n\n'
    'Исполнение работ по позициям 1–3 поручено участку № 2 (мастер участка Николаев С.П.) '
    'в соответствии с приказом № 214-п от 02.11.2026. Выезд бригады запланирован на 03.11.2026.\n\n'
    + SIG_GRISHINA,
    L('820114', ['1', '2', '3'], ACC, 'official acceptance letter; positions named as range 1–3; '
      'МК/приказ/ИНН/postcode 300012 are not request numbers; trip only planned'))

nik(d(3, 8, 47, 5), '820114 поз 1,2',
    'Выехали на Площадь Победы, по обеим сторонам. Минут через 20 будем.\n\nНиколаев',
    L('820114', ['1', '2'], WAY, 'bare number in subject, positions in subject; "выехали … будем через 20 минут" = on the way'))

pto(d(3, 9, 52, 18), 'О прибытии бригады на объекты по заявке № 820114',
    'Исх. № 1190/05 от 03.11.2026\n\n'
    'В рамках исполнения заявки № 820114 сообщаем, что прибытие бригады участка № 2 '
    '(мастер Николаев С.П., автомобиль ГАЗель NEXT гос. № Т 482 КМ 71) на ост. «Площадь Победы» '
    '(в центр) и ост. «Площадь Победы» (из центра) обеспечено в 09:10 03.11.2026. '
    'Работы по ремонту павильонов начаты.\n\n'
    'Исполнитель: Смирнова О.Н., тел. +7 (4872) 30-41-19\n' + SIG_PTO_SHORT,
    L('820114', ['1', '2'], ON, 'HTML-only windows-1251 base64; positions given by stop names '
      '(registry: 1 = Площадь Победы в центр, 2 = из центра); «участка № 2» and car plate are not positions'),
    mode='html', cte='base64')

_q = ('Сергей Петрович, добрый день!\nКак обстоят дела по Площади Победы? Нужна информация для '
      'сводки к 14:00.\n\n' + DISP_SIG)
nik(d(3, 13, 25, 40), 'Re: 820114 поз 1,2',
    'Победу закончили, обе стороны. Стекло в торце заменили, скамью подтянули.',
    L('820114', ['1', '2'], LEFT, 'Mac reply over quoted dispatcher question; "закончили" both sides of '
      'Площадь Победы = positions 1 and 2 finished'),
    quote=q_mac(DISP, d(3, 12, 58), NIK, 'Re: 820114 поз 1,2', _q),
    in_reply_to=disp_mid('820114-q1'))

nik(d(3, 14, 10, 2), '820114-3',
    'ЦУМ из центра, на месте. Начали менять поликарбонат на крыше.',
    L('820114', ['3'], ON, 'subject "number-position" with dash'))

pto(d(3, 17, 5, 33), 'Исх. № 1193/05 от 03.11.2026 – отчёт по заявке № 820114',
    'Добрый день!\n\n'
    'Направляем отчёт о выполнении работ по заявке № 820114 (позиции 1, 2, 3). Работы выполнены '
    'в полном объёме, убытие бригады с последнего объекта (ост. «ЦУМ» (из центра)) – 16:50.\n\n'
    'Приложение: отчёт с фотофиксацией на 3 л. в 1 экз.\n\n' + SIG_GRISHINA,
    L('820114', ['1', '2', '3'], LEFT, 'covering letter to PDF report: all three positions done, departure 16:50'),
    attachments=[pdf_part('Исх_1193_05_отчет.pdf',
                          ['SCAN 03.11.2026 16:58', 'Canon iR-ADV C3530', 'page 1 / 3'])])

# ------------------------------------------------ 820127 (reg 03.11 10:40)
_req127 = ('Прошу принять заявку № 820127: замена двух скамеек в павильонах\n'
           'ост. «Московский вокзал» (в центр и из центра).\n'
           'Срок — по контракту.\n\n' + DISP_SIG)
bat(d(3, 11, 30, 12), 'Re: Заявка 820127 замена скамеек ост. Московский вокзал',
    'Здравствуйте, Диспетчерская.\n\n'
    'Заявку приняли в работу, передана мастеру участка № 2.\n'
    'Срок исполнения — по МК, 5 рабочих дней.\n\n'
    + q_bat('Диспетчерская служба ОМИС', d(3, 10, 41), _req127, 'ДС') + '\n' + SIG_SMI,
    L('820127', [], ACC, 'The Bat! KOI8-R 8bit, reply on top of "ДС>" quote; no position: whole request'),
    in_reply_to=disp_mid('820127-req'))

kra_1 = ('Коллеги, добрый день.\n\n'
         'По заявке № 820127 обращаю внимание: скамьи СП-1500 на складе МУП отсутствуют, поставка '
         'по договору № 17/26-П ожидается не ранее 09.11.2026. Прошу рассмотреть перенос срока '
         'исполнения на 10.11.2026 и подтвердить письмом.\n\n' + SIG_KRA)
_prev127 = ('Здравствуйте, Диспетчерская.\n\nЗаявку приняли в работу, передана мастеру участка № 2.\n'
            'Срок исполнения — по МК, 5 рабочих дней.')
pto(d(4, 10, 20, 7), 'RE: Заявка 820127 замена скамеек ост. Московский вокзал',
    kra_1 + '\n\n' + q_outlook(SMI, d(3, 11, 30), addr(DISP), 'Re: Заявка 820127 замена скамеек ост. Московский вокзал', _prev127),
    L(expect='review', note='deputy director reply-all: supply problem, asks to move the deadline; '
      'the acceptance is only in the quote'),
    sender=KRA, cs='utf-8', cte='quoted-printable', cc=CC_ALL)

nik(d(10, 9, 5, 51), 'Re: Заявка 820127 замена скамеек ост. Московский вокзал',
    'Скамейки пришли, загрузили 2 шт., едем на вокзал.',
    L('820127', [], WAY, 'Mac reply, "едем" = travelling now; "2 шт." is a quantity'),
    quote=q_mac(KRA, d(4, 10, 20), DISP, 'RE: Заявка 820127 замена скамеек ост. Московский вокзал', kra_1,
                cc=CC_ALL_TXT))

nik(d(10, 9, 50, 20), '820127 поз 3',
    'На месте, начали.',
    L(expect='review', note='request 820127 has only positions 1 and 2; position 3 does not exist'))

_tbl127 = ('<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">'
           '<tr><th>Поз.</th><th>Остановка</th><th>Прибытие</th><th>Убытие</th><th>Выполнено</th></tr>'
           '<tr><td>1</td><td>ост. «Московский вокзал» (в центр)</td><td>09:35</td><td>11:10</td>'
           '<td>скамья СП-1500 заменена</td></tr>'
           '<tr><td>2</td><td>ост. «Московский вокзал» (из центра)</td><td>11:20</td><td>12:30</td>'
           '<td>скамья СП-1500 заменена</td></tr></table>'
           '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Бригада убыла с объектов, работы по заявке '
           'завершены.</p><p class=MsoNormal>&nbsp;</p>'
           + p_lines(SIG_GRISHINA))
_tbl127_plain = ('Исх. № 1208/05 от 10.11.2026\n\n'
                 'Настоящим информируем о ходе исполнения заявки № 820127:\n\n'
                 'Поз.\tОстановка\tПрибытие\tУбытие\tВыполнено\n'
                 '1\tост. «Московский вокзал» (в центр)\t09:35\t11:10\tскамья СП-1500 заменена\n'
                 '2\tост. «Московский вокзал» (из центра)\t11:20\t12:30\tскамья СП-1500 заменена\n\n'
                 'Бригада убыла с объектов, работы по заявке завершены.\n\n' + SIG_GRISHINA)
pto(d(10, 12, 48, 3), 'Исх. № 1208/05 Информация о выполнении заявки № 820127',
    'Исх. № 1208/05 от 10.11.2026\n\nНастоящим информируем о ходе исполнения заявки № 820127:\n',
    L('820127', ['1', '2'], LEFT, 'HTML table, one row per position, both with departure time'),
    cs='utf-8', cte='base64', extra_html=_tbl127, plain_override=_tbl127_plain)

# ------------------------------------------------ 820153 (reg 05.11 14:00)
pto(d(5, 15, 12, 44), 'На обращение № 820153',
    'На Ваше обращение № 820153 от 05.11.2026 сообщаем, что оно зарегистрировано в МУП «ТОК» '
    '(вх. № 2298 от 05.11.2026) и принято в работу. Замена урны на ост. «Пролетарский мост» '
    '(из центра) будет произведена 06.11.2026.\n\n' + SIG_PTO_SHORT,
    L('820153', [], ACC, '"обращение" as request word; вх. № 2298 is an internal registration number'),
    mode='plain', cte='base64')

nik(d(6, 10, 20, 9), 'урна',
    'Пролетарский мост, ул. Октябрьская (820153) — урну поменяли, старую забрали на базу. Уехали.',
    L('820153', [], LEFT, 'request number in brackets after the address; result + "уехали"'))

# ------------------------------------------------ 820168 (reg 06.11 09:30)
pto(d(6, 10, 5, 27), 'Исх. № 1201/05 о принятии заявки № 820168',
    'Исх. № 1201/05 от 06.11.2026\n\n'
    'Настоящим подтверждаем принятие к исполнению заявки № 820168 от 06.11.2026 (монтаж '
    'информационных табло) в полном объёме. Табло ТИ-600 (4 шт.) получены со склада по накладной '
    '№ 3317. Выполнение работ запланировано на 09–10.11.2026.\n\n' + SIG_GRISHINA,
    L('820168', [], ACC, 'accepted "в полном объёме" – whole request; model ТИ-600 and накладная № 3317 are noise'))

nik(d(9, 8, 30, 44), '820168',
    'Выезжаем на Красноармеский, табло в машине. Поз 1 и 2.',
    L('820168', ['1', '2'], WAY, 'typo in stop name; "выезжаем" = leaving now'))

nik(d(9, 9, 15, 0), '820168 (1)',
    'на месте',
    L('820168', ['1'], ON, 'position in brackets in subject, two-word body'))

nik(d(9, 11, 50, 31), 'Re: 820168 (1)',
    'Первое табло повесили, подключили, уехали со стороны в центр. На второй стороне уже стоим, монтируем.',
    L(expect='review', note='mixed: position 1 departed, position 2 on site in the same letter'))

_fw168 = ('Сергей Петрович, для направления Заказчику.\n\n'
          'Исх. № 1206/05 от 09.11.2026\n\n'
          'В рамках исполнения заявки № 820168 сообщаем, что работы по позициям 1 и 2 '
          '(ост. «Красноармейский проспект», в центр и из центра) выполнены: информационные табло '
          'ТИ-600 смонтированы и подключены к сети электроснабжения. Убытие бригады с объекта — 15:20.\n\n'
          'Работы по позициям 3, 4 будут выполнены 10.11.2026.\n\n' + SIG_GRISHINA)
nik(d(9, 15, 40, 12), 'FW: Исх. № 1206/05 о выполнении работ по заявке № 820168 (поз. 1, 2)',
    'Для сведения.\n\nНиколаев',
    L('820168', ['1', '2'], LEFT, 'Outlook for Mac forward of the production department letter; '
      'forwarded text reports pos 1,2 done, 3,4 only planned'),
    quote=q_mac(PTO, d(9, 15, 31), NIK, 'Исх. № 1206/05 о выполнении работ по заявке № 820168 (поз. 1, 2)',
                _fw168, cc='Кравцова Елена Викторовна <kravtsova@tok-tula.ru>'))

pto(d(10, 9, 0, 40), 'О направлении бригады – заявка № 820168, поз. 3, 4',
    'В рамках исполнения заявки № 820168 сообщаем, что бригада направлена на ост. «Улица Первомайская» '
    '(позиции 3, 4). Выезд с базы (г. Тула, ул. Епифанская, д. 120) — 08:45, ориентировочное '
    'прибытие — 09:15.\n\n' + SIG_PTO_SHORT,
    L('820168', ['3', '4'], WAY, '"выезд с базы" 08:45 = on the way; street address is noise'))

nik(d(10, 13, 30, 6), 'Re: 820168',
    'Первомайская, обе стороны — готово. Табло работают, питание подключили. Уезжаем на базу.',
    L('820168', ['3', '4'], LEFT, 'HTML-only Mac letter; "Первомайская обе стороны" = positions 3 and 4 per registry'),
    html_only=True)

kra_168 = ('Коллеги, добрый день.\n\n'
           'В очередной раз обращаем внимание на то, что акт сдачи-приёмки выполненных работ № 47 '
           'от 31.10.2026 по МК № 0366300012326000045 до настоящего времени со стороны Заказчика не '
           'подписан, оплата не поступила. По заявке № 820168 акт также направлен, просим не '
           'затягивать его подписание.\n\n'
           'При сохранении ситуации будем вынуждены направить претензию.\n\n'
           'Е.В. Кравцова\n\nОтправлено с iPhone')
_disp168 = ('Добрый день. По заявке 820168 просим направить акт и фотофиксацию для закрытия.\n\n' + DISP_SIG)
add(d(17, 11, 20, 2), KRA, 'Re: Заявка № 820168 – закрытие',
    text_part(kra_168 + '\n\n' + q_gt('> 17 нояб. 2026 г., в 10:52, Диспетчерская служба ОМИС '
                                      '<dispatch@zakazchik-omis.ru> написал(а):\n>', _disp168),
              'plain', 'utf-8', 'quoted-printable'),
    L(expect='review', note='complaint about unsigned act/payment (iPhone reply-all with ">" quote); no status'),
    client='iphone', cc=CC_ALL, in_reply_to=disp_mid('820168-close'))

# ------------------------------------------------ 820201 (reg 09.11 16:20)
_req201 = ('Направляем заявку № 820201 на восстановление остекления\n'
           'павильонов после вандализма:\n'
           '1 — ост. «ЦУМ» (в центр);\n'
           '2 — ост. «Кремль» (из центра).\n'
           'Просим подтвердить принятие.\n\n' + DISP_SIG)
bat(d(10, 8, 15, 55), 'Re: Заявка № 820201 остекление',
    'Здравствуйте, Диспетчерская.\n\n'
    + q_bat('Диспетчерская служба ОМИС', d(9, 16, 22), _req201, 'ДС') + '\n'
    'Принято в работу. Стекло М1 толщиной 4 мм заказано, выполнение — 12.11.2026.\n\n' + SIG_SMI,
    L('820201', [], ACC, 'The Bat! reply written UNDER the quote; quoted request lists positions, new text names none'),
    cte='quoted-printable', in_reply_to=disp_mid('820201-req'))

nik(d(12, 8, 55, 30), '820201',
    'Выехали с базы по 820201, стекло везём.',
    L('820201', [], WAY, '"выехали с базы" = leaving the base for the sites'))

nik(d(12, 9, 30, 2), '820201 п1',
    'На ЦУМе (в центр). Ставим стекло.',
    L('820201', ['1'], ON, 'position "п1" in subject'))

pto(d(12, 12, 10, 21), 'О завершении работ по п. 1 заявки № 820201',
    'Исх. № 1219/05 от 12.11.2026\n\n'
    'Настоящим сообщаем, что по п. 1 заявки № 820201 работы выполнены: остекление павильона на '
    'ост. «ЦУМ» (в центр) восстановлено (стекло М1 4 мм, 2 листа 1200х1800), бригада убыла с объекта '
    'в 11:55. Работы по п. 2 будут выполнены во второй половине дня 12.11.2026.\n\n' + SIG_PTO_SHORT,
    L('820201', ['1'], LEFT, 'HTML-only; п.1 done, п.2 only planned'),
    mode='html', cte='quoted-printable')

nik(d(12, 15, 45, 11), 'Re: 820201 п1',
    'Кремль (из центра) — стекло поставили, уехали. 820201 п2.',
    L('820201', ['2'], LEFT, 'Re: subject still says п1, body reports п2 (Кремль)'))

pto(d(12, 17, 20, 50), 'Сводка о выполнении заявок за 12.11.2026',
    'Сводка о выполнении заявок за 12.11.2026:\n\n'
    '1) заявка № 820201 — работы выполнены в полном объёме (п. 1, п. 2), бригада убыла;\n'
    '2) заявка № 820168 — работы выполнены 10.11.2026, акт направлен в адрес Заказчика.\n\n'
    + SIG_PTO_SHORT,
    L(expect='review', note='two different requests in one letter'))

# ------------------------------------------------ 820219 (reg 10.11 11:00)
pto(d(10, 11, 45, 9), 'Заявка #820219 — принята к исполнению',
    'Уважаемые коллеги!\n\n'
    'Заявка #820219 (очистка от наледи и мойка павильонов, 3 объекта) принята к исполнению. '
    'Работы будут выполнены 11.11.2026 с 08:00 в соответствии с графиком.\n\n' + SIG_GRISHINA,
    L('820219', [], ACC, 'number written with "#"; UTF-8 quoted-printable'),
    cs='utf-8')

nik(d(11, 7, 50, 27), 'FW: выезд',
    'по 820219, пересылаю',
    L('820219', ['1'], WAY, 'forwarded crew message "выехали с базы на Зеленстрой" (registry: Зеленстрой = pos 1)'),
    quote=q_mac(BRIG, d(11, 7, 46), NIK, 'выезд', 'Выехали с базы на Зеленстрой.\nКуликов'))

_inner = Message()
_inner['From'] = addrs([BRIG], 'utf-8', 'From')
_inner['To'] = addrs([SMI], 'utf-8', 'To')
_inner['Subject'] = Header('на месте', 'utf-8')
_inner['Date'] = format_datetime(d(11, 8, 17, 3))
_inner['Message-ID'] = '<20261111081703.7f3a1c@tok-tula.ru>'
_inner['MIME-Version'] = '1.0'
_ip = text_part('Зеленстрой на месте с 08:15. Начали чистить.\nКуликов\n\nОтправлено с Android',
                'plain', 'utf-8', 'base64')
for _k, _v in _ip.items():
    _inner[_k] = _v
_inner._payload = _ip._payload
_att = MIMEMessage(_inner)
_att.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', 'на месте.eml'))
pto(d(11, 8, 31, 40), 'FW: на месте',
    'Пересылаем сообщение бригады по заявке № 820219 (п. 1, ост. «Зеленстрой») для учёта.\n\n'
    'Инженер ПТО Смирнова О.Н.',
    L('820219', ['1'], ON, 'forward as message/rfc822 attachment; crew message says on site at 08:15'),
    attachments=[_att])

pto(d(11, 12, 30, 15), 'Исх. № 1214/05 от 11.11.2026',
    'Исх. № 1214/05 от 11.11.2026\n\n'
    'На заявку № 820219 сообщаем следующее:\n'
    '1) ост. «Зеленстрой» — очистка от наледи и мойка павильона выполнены, убытие 09:40;\n'
    '2) ост. «Стадион Арсенал» — выполнено, убытие 11:05;\n'
    '3) ост. «Оружейный завод» — выполнено, убытие 12:15.\n'
    'Бригада освободилась и направлена на базу.\n\n' + SIG_GRISHINA,
    L('820219', ['1', '2', '3'], LEFT, 'plain windows-1251 base64; list 1) 2) 3) matches positions; all departed'),
    mode='plain', cte='base64')

# ------------------------------------------------ 820244 (reg 11.11 15:00)
_req244 = ('Прошу принять заявку № 820244 на демонтаж повреждённого павильона на ост. «Улица Металлургов» '
           '(в центр). Павильон в аварийном состоянии после ДТП.\n\n' + DISP_SIG)
pto(d(11, 16, 10, 33), 'RE: Заявка № 820244 демонтаж павильона',
    'Добрый день.\n\n'
    'Прошу уточнить по заявке № 820244: демонтаж павильона на ост. «Улица Металлургов» выполняется '
    'с вывозом конструкций на полигон или с последующей установкой нового павильона? От этого зависит, '
    'какую технику направлять (КАМАЗ-43118 с КМУ, гос. № Е 917 ОР 71, либо ГАЗель). До получения '
    'ответа выезд не планируем.\n\n' + SIG_KRA + '\n\n'
    + q_original(DISP, d(11, 15, 2), 'pto@tok-tula.ru', 'Заявка № 820244 демонтаж павильона', _req244),
    L(expect='review', note='deputy director asks a clarifying question; no status ("выезд не планируем")'),
    sender=KRA, cs='windows-1251', cc=CC_ALL)

pto(d(12, 9, 0, 2), 'Исх. № 1217/05 на Ваш исх. № 45-07/2026',
    'Исх. № 1217/05 от 12.11.2026\n\n'
    'На Ваш исх. № 45-07/2026 от 11.11.2026 сообщаем, что по заявке № 820244 вопрос согласован: '
    'демонтаж выполняется с вывозом конструкций на базу МУП. Заявка принята к исполнению, демонтаж '
    'будет произведён 13.11.2026 силами участка № 2 с привлечением КМУ.\n\n' + SIG_GRISHINA,
    L('820244', [], ACC, 'acceptance; "на Ваш исх. № 45-07/2026" is the customer letter number'))

nik(d(13, 8, 10, 45), 'Металлургов 820244',
    'КМУ вышла с базы, мы следом. Минут 25.',
    L('820244', [], WAY, 'crane truck and crew left the base, ETA 25 min'))

_disp244 = 'Принято, ждём информацию о завершении.\n\n' + DISP_SIG
pto(d(13, 11, 35, 8), 'RE: Заявка № 820244 — бригада направлена',
    'Демонтаж павильона на ост. «Улица Металлургов» (в центр) по заявке № 820244 завершён. '
    'Конструкции вывезены на базу МУП (ул. Епифанская, д. 120), площадка очищена, бригада убыла '
    'с объекта в 11:20.\n\n' + SIG_PTO_SHORT + '\n\n'
    + q_original(DISP, d(13, 8, 40), 'pto@tok-tula.ru', 'RE: Заявка № 820244 — бригада направлена', _disp244),
    L('820244', [], LEFT, 'Re: subject names older status (бригада направлена), body reports departure; '
      '-----Original Message----- quote'),
    mode='plain', cte='quoted-printable')

# ------------------------------------------------ 820276 (reg 13.11 10:00)
pto(d(13, 10, 50, 0), 'Заявка 820276 принята',
    'Добрый день!\n\n'
    'Заявка 820276 (установка урн, 3 объекта) принята в работу. Ответственный исполнитель — мастер '
    'участка № 2 Николаев С.П., тел. +7 910 154-38-27. Планируемая дата выполнения — 16.11.2026.\n\n'
    + SIG_PTO_SHORT,
    L('820276', [], ACC, 'short acceptance; phone number is noise'),
    cs='utf-8')

_disp276 = ('Коллеги, по заявке 820276 сообщаем о смене контактного лица со стороны Заказчика: '
            'вместо Орлова И.С. — Белова М.А., тел. +7 (4872) 55-20-14.\n\n' + DISP_SIG)
bat(d(13, 14, 0, 37), 'Re: Заявка 820276 — изменение контактного лица',
    'Здравствуйте, Диспетчерская.\n\n'
    'Ваше письмо от 13.11.2026 о смене контактного лица по заявке 820276 получено, информация принята '
    'к сведению и доведена до мастера участка.\n\n'
    + q_bat('Диспетчерская служба ОМИС', d(13, 12, 58), _disp276, 'ДС') + '\n' + SIG_SMI,
    L(expect='review', note='acknowledges the dispatcher\'s own letter ("принята к сведению"), no status'),
    in_reply_to=disp_mid('820276-contact'))

nik(d(16, 9, 5, 19), '820276 поз1 поз2',
    'Выдвигаемся на Вересаева, урны в машине (3 шт).',
    L('820276', ['1', '2'], WAY, '"поз1 поз2" in subject, "выдвигаемся" = setting off now'))

nik(d(16, 11, 40, 58), 'Re: 820276 поз1 поз2',
    'Вересаева обе стороны — урны стоят, забетонировали. Выехали на Кутузова.',
    L(expect='review', note='mixed: positions 1,2 finished, position 3 on the way'))

nik(d(16, 12, 15, 26), '820276',
    'по третьей позиции на месте, Кутузова.',
    L('820276', ['3'], ON, '"по третьей позиции" in words'))

bat(d(16, 15, 20, 43), 'Заявка 820276 - выполнено',
    'Добрый день.\n\n'
    'Сообщаем, что работы по заявке 820276 выполнены в полном объёме: урны УБ-40 установлены на всех '
    'трёх объектах (3 шт.), бригада убыла.\n\n' + SIG_SMI,
    L('820276', [], LEFT, 'KOI8-R 8bit; whole request finished; УБ-40 is a bin model'))

# ------------------------------------------------ 820305 (reg 16.11 08:30)
_fw305 = ('Сергей Петрович, к исполнению.\n\n'
          'Настоящим сообщаем, что заявка № 820305 (замена информационных щитов с расписанием движения) '
          'принята МУП к исполнению, исполнение поручено участку № 2. Выезд бригады запланирован на '
          '18.11.2026 после получения щитов из типографии (счёт № 512 от 16.11.2026).\n\n' + SIG_PTO_SHORT)
nik(d(16, 9, 48, 14), 'FW: Заявка № 820305 принята',
    'Пересылаю, заявку взяли. Николаев',
    L('820305', [], ACC, 'Outlook for Mac forward of the production department letter: request accepted, '
      'trip only planned; счёт № 512 is noise'),
    quote=q_mac(PTO, d(16, 9, 30), NIK, 'Заявка № 820305 принята', _fw305))

nik(d(17, 16, 0, 3), 'Re: FW: Заявка № 820305 принята',
    'Щиты из типографии забрал. Завтра с утра выедем, к 9 будем на Ленина.',
    L(expect='review', note='plan for tomorrow only ("завтра выедем"), nothing happened yet'))

nik(d(18, 8, 40, 30), 'RE: 820305',
    'Ещё не выехали — ГАЗель не завелась, ждём подменную машину. Сообщу.',
    L(expect='review', note='negation: crew has NOT left yet'))

nik(d(18, 10, 10, 4), 'RE: 820305',
    'Выехали наконец. Площадь Ленина (п.1).',
    L('820305', ['1'], WAY, 'bare number subject "RE: 820305"; п.1'))

nik(d(18, 10, 45, 47), 'RE: 820305',
    'Прибыли, пл. Ленина.',
    L('820305', ['1'], ON, 'position by stop name (Площадь Ленина = pos 1)'))

_tbl305 = ('<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">'
           '<tr><th>№ п/п</th><th>Объект</th><th>Прибытие</th><th>Убытие</th><th>Примечание</th></tr>'
           '<tr><td>1</td><td>ост. «Площадь Ленина»</td><td>10:40</td><td>12:05</td><td>щит заменён</td></tr>'
           '<tr><td>2</td><td>ост. «Городская больница № 2»</td><td>12:25</td><td>14:10</td><td>щит заменён</td></tr>'
           '</table><p class=MsoNormal>&nbsp;</p>'
           '<p class=MsoNormal>Работы по заявке выполнены, бригада убыла.</p><p class=MsoNormal>&nbsp;</p>'
           + p_lines(SIG_GRISHINA))
_tbl305_plain = ('Исх. № 1241/05 от 18.11.2026\n\nО выполнении заявки № 820305:\n\n'
                 '№ п/п | Объект | Прибытие | Убытие | Примечание\n'
                 '1 | ост. «Площадь Ленина» | 10:40 | 12:05 | щит заменён\n'
                 '2 | ост. «Городская больница № 2» | 12:25 | 14:10 | щит заменён\n\n'
                 'Работы по заявке выполнены, бригада убыла.\n\n' + SIG_GRISHINA)
pto(d(18, 14, 30, 55), 'Исх. № 1241/05 о выполнении заявки № 820305',
    'Исх. № 1241/05 от 18.11.2026\n\nО выполнении заявки № 820305:\n',
    L('820305', ['1', '2'], LEFT, 'HTML table per position; "Городская больница № 2" is a stop name, not a position'),
    cs='utf-8', cte='base64', extra_html=_tbl305, plain_override=_tbl305_plain)

# ------------------------------------------------ 820331 (reg 18.11 13:00)
pto(d(18, 14, 5, 36), 'Исх. № 1240/05 – заявка 820331 (01, 02) принята к исполнению',
    'Исх. № 1240/05 от 18.11.2026\n\n'
    'Настоящим сообщаем, что заявка № 820331 принята к исполнению по позициям 01 и 02 (ремонт скамей, '
    'ост. «Центральный парк»). Работы будут выполнены 19.11.2026.\n\n' + SIG_GRISHINA,
    L('820331', ['01', '02'], ACC, 'positions written with leading zero as in the registry'),
    cs='utf-8')

pto(d(19, 8, 30, 12), 'Исх. № 1243/05 График выполнения работ',
    'Исх. № 1243/05 от 19.11.2026\n\n'
    'Направляем для согласования график выполнения работ на период с 19.11.2026 по 27.11.2026 '
    '(заявка № 820331 и плановые работы по содержанию остановочных пунктов в рамках МК '
    '№ 0366300012326000045).\n\n'
    'Приложение: график на 2 л. в 1 экз.\n\n' + SIG_GRISHINA,
    L(expect='review', note='covering letter for a schedule PDF: plans only, no status'),
    attachments=[pdf_part('График_19-27.11.2026.pdf', ['SCAN 19.11.2026 08:24', 'page 1 / 2'])])

nik(d(19, 9, 20, 10), '820331 поз.01',
    'ВЫEXАЛИ НА ЦЕНТРАЛЬНЫЙ ПАРК',
    L('820331', ['01'], WAY, 'caps with Latin E and X inside "ВЫЕХАЛИ"'))

nik(d(19, 10, 0, 41), 'Re: 820331 поз.01',
    'на мeсте',
    L('820331', ['01'], ON, 'Latin "e" inside "месте"; position from subject'))

pto(d(19, 13, 10, 5), 'Заявка № 820331 – информация о ходе исполнения',
    'Сообщаем: по позиции 01 заявки № 820331 ремонт скамьи выполнен (замена 4 досок сиденья), '
    'бригада убыла в 12:50. По позиции 02 работы будут выполнены 20.11.2026 в связи с отсутствием '
    'доски 40 мм на складе.\n\n' + SIG_PTO_SHORT,
    L('820331', ['01'], LEFT, 'pos 01 done; pos 02 only planned'),
    mode='plain', cte='quoted-printable')

_fw331 = 'Елена Викторовна, Центральный парк из центра — скамью отремонтировали, уехали в 11:10.'
add(d(20, 11, 30, 44), KRA, 'Fwd: Парк',
    text_part('Для учёта — по второй позиции заявки 820331.\n\nОтправлено с iPhone\n\n'
              'Начало переадресованного сообщения:\n\n'
              f'От: {addr(NIK)}\nДата: 20 ноября 2026 г. в 11:14:32 GMT+3\n'
              f'Кому: {addr(KRA)}\nТема: Парк\n\n{_fw331}\n',
              'plain', 'utf-8', 'quoted-printable'),
    L('820331', ['02'], LEFT, 'iPhone forward by the deputy director; "по второй позиции" + Центральный парк из центра = 02'),
    client='iphone')

# ------------------------------------------------ 820358 (reg 20.11 09:00)
_disp358 = ('Добрый день.\nНаправляем заявку № 820358: ремонт скамьи на ост. «Площадь Победы» (в центр) '
            'и замена урны на ост. «Тульский цирк».\n\n' + DISP_SIG)
pto(d(20, 10, 15, 3), 'RE: Заявка 820358',
    'Подтверждаем получение и принятие к исполнению заявки № 820358. Исполнитель — участок № 2.\n\n'
    + SIG_PTO_SHORT + '\n\n'
    + q_outlook(DISP, d(20, 9, 4), 'pto@tok-tula.ru', 'Заявка 820358', _disp358),
    L('820358', [], ACC, '"получение и принятие к исполнению"; Outlook header-block quote'))

pto(d(20, 11, 5, 28), 'О направлении бригады по заявке № 820358',
    'Настоящим сообщаем, что по заявке № 820358 бригада участка № 2 направлена на объекты, выезд с базы '
    'осуществлён в 10:50 (автомобиль ГАЗель NEXT, гос. № Т 482 КМ 71). Контактный телефон мастера: '
    '+7 910 154-38-27.\n\n' + SIG_PTO_SHORT,
    L('820358', [], WAY, 'passive "бригада направлена, выезд осуществлён"'),
    cs='utf-8', cte='base64')

nik(d(20, 11, 40, 9), 'Победа',
    'На Площади Победы в центр, на месте. Скамья — меняем 3 бруска.',
    L(expect='review', note='no request number; the stop is in two registry requests (820114 pos 1 and 820358 pos 1)'))

_q358 = 'Сергей Петрович, подскажите, на каком этапе работы?\n\n' + DISP_SIG
nik(d(20, 13, 40, 22), 'Re: Заявка 820358 ремонт скамьи и урны',
    'Всё сделали, скамейку и урну. Бригада свободна.',
    L('820358', [], LEFT, 'request number only in the Re: subject; whole request done'),
    quote=q_mac(DISP, d(20, 13, 1), NIK, 'Заявка 820358 ремонт скамьи и урны', _q358))

# ------------------------------------------------ 820390 (reg 23.11 08:00)
bat(d(23, 9, 10, 2), 'наряд 820390',
    'Здравствуйте.\n\n'
    'Наряд № 820390 принят, мойка и дезинфекция павильонов (3 объекта) — 24.11.2026, участок № 2.\n\n'
    + SIG_SMI,
    L('820390', [], ACC, '"наряд" as request word; KOI8-R'))

nik(d(24, 8, 5, 13), '#820390 П1',
    'выезд 08:00, Демидовская плотина',
    L('820390', ['1'], WAY, 'noun "выезд" with time; "П1" in subject'))

nik(d(24, 8, 35, 50), 'Re: #820390 П1',
    'П1 прибытие 08:30. Начали мойку.',
    L('820390', ['1'], ON, 'noun "прибытие" with time'))

kra_390 = ('Коллеги, добрый день.\n\n'
           'Просим впредь направлять информацию по заявкам с общего адреса производственного отдела '
           'pto@tok-tula.ru либо ставить его в копию. Сообщения с личного адреса мастера не регистрируются '
           'в нашей СЭД и не учитываются при закрытии актов.\n\n' + SIG_KRA)
pto(d(24, 8, 52, 19), 'RE: #820390 П1',
    kra_390 + '\n\n' + q_outlook(NIK, d(24, 8, 5), addr(DISP), '#820390 П1', 'выезд 08:00, Демидовская плотина'),
    L(expect='review', note='deputy director reply-all about mail routing; quoted "выезд" is not new'),
    sender=KRA, cs='windows-1251', cc=CC_ALL)

pto(d(24, 10, 20, 31), 'Заявка № 820390 – убытие с объекта п. 1',
    'Убытие бригады с объекта по п. 1 заявки № 820390 (ост. «Демидовская плотина») – 10:05. '
    'Мойка и дезинфекция павильона выполнены.\n\n' + SIG_PTO_SHORT,
    L('820390', ['1'], LEFT, 'HTML-only UTF-8; noun "убытие с объекта"'),
    mode='html', cs='utf-8', cte='quoted-printable')

pto(d(24, 10, 40, 7), 'Заявка № 820390, п. 2',
    'В 10:25 бригада убыла на объект по п. 2 заявки № 820390 (ост. «Хлебная площадь»). '
    'Ориентировочное время прибытия — 10:45.\n\n' + SIG_PTO_SHORT,
    L('820390', ['2'], WAY, '"убыла НА объект" = left for the site, i.e. on the way'),
    mode='plain', cte='8bit')

pto(d(24, 16, 35, 12), 'Исх. № 1262/05 от 24.11.2026',
    'Добрый день.\n\n'
    'Во вложении — отчёт о выполнении наряда-заявки № 820390 с фотофиксацией. Работы выполнены '
    'в полном объёме, бригада с объектов убыла.\n\n' + SIG_PTO_SHORT,
    L('820390', [], LEFT, 'short covering text for a PDF report; whole request finished'),
    cs='windows-1251', cte='base64',
    attachments=[pdf_part('Отчет_наряд_820390.pdf', ['SCAN 24.11.2026 16:21', 'page 1 / 4'])])

nik(d(24, 14, 50, 39), '820390 — 2-я и 3-я',
    'ЗАВЕРШИЛИ по 2-й и 3-й позиции, Хлебная и Музей оружия. Бригада на базу.',
    L('820390', ['2', '3'], LEFT, '"2-й и 3-й позиции", caps verb'))

# ------------------------------------------------ other review letters
pto(d(14, 10, 0, 45), 'Исх. № 1229/05 о принятии заявки № 820413',
    'Исх. № 1229/05 от 14.11.2026\n\n'
    'Настоящим сообщаем, что заявка № 820413 от 13.11.2026 (замена информационного щита на ост. '
    '«Улица Пузакова») принята к исполнению в рамках МК № 0366300012326000045.\n\n' + SIG_GRISHINA,
    L(expect='review', note='request 820413 is not in the registry'))

# ================================================ machine-generated (ignored)
# read receipt (Outlook, deputy director)
_rr_text = ('Ваше сообщение\n\n'
            '  Кому: Кравцова Елена Викторовна\n'
            '  Тема: RE: Заявка № 820244 демонтаж павильона\n'
            '  Отправлено: 11.11.2026 16:41\n\n'
            'было прочитано 11.11.2026 17:02.\n')
_rr1 = text_part(_rr_text, 'plain', 'windows-1251', 'quoted-printable')
_rr2 = Message()
_rr2['Content-Type'] = 'message/disposition-notification'
_rr2.set_payload('Reporting-UA: tok-tula.ru; Microsoft Outlook 16.0\n'
                 'Final-Recipient: rfc822;kravtsova@tok-tula.ru\n'
                 'Original-Message-ID: ' + disp_mid('820244-answer') + '\n'
                 'Disposition: manual-action/MDN-sent-manually; displayed\n')
add(d(11, 17, 2, 10), KRA, 'Прочитано: RE: Заявка № 820244 демонтаж павильона',
    multipart('report', [_rr1, _rr2], ob('rr244'), extra=' report-type=disposition-notification;'),
    L(expect='ignored', note='read receipt (MDN)'),
    cs='windows-1251', in_reply_to=disp_mid('820244-answer'))

# delivery failure (bounce) for a dispatcher letter to a wrong address
_orig = Message()
_orig['From'] = addrs([DISP], 'utf-8', 'From')
_orig['To'] = 'nikolaev.sp@tok-tula.ru'
_orig['Subject'] = Header('Заявка 820201 — прошу сообщить о прибытии бригады', 'utf-8')
_orig['Date'] = format_datetime(d(12, 9, 4, 51))
_orig['Message-ID'] = disp_mid('820201-bounced')
_orig['MIME-Version'] = '1.0'
_op = text_part('Сергей Петрович, сообщите, пожалуйста, о прибытии бригады на ост. «ЦУМ» по заявке 820201 '
                '(п. 1). Бригада убыла с базы?\n\n' + DISP_SIG, 'plain', 'utf-8', 'quoted-printable')
for _k, _v in _op.items():
    _orig[_k] = _v
_orig._payload = _op._payload
_b1 = text_part('This is the mail system at host mx1.tok-tula.ru.\n\n'
                "I'm sorry to have to inform you that your message could not\n"
                'be delivered to one or more recipients. It\'s attached below.\n\n'
                'For further assistance, please send mail to postmaster.\n\n'
                'If you do so, please include this problem report. You can\n'
                'delete your own text from the attached returned message.\n\n'
                '                   The mail system\n\n'
                '<nikolaev.sp@tok-tula.ru>: host mail.tok-tula.ru[10.20.1.5] said: 550 5.1.1\n'
                '    <nikolaev.sp@tok-tula.ru>: Recipient address rejected: User unknown in\n'
                '    virtual mailbox table (in reply to RCPT TO command)\n',
                'plain', 'us-ascii', '7bit', extra_ct='')
_b1.replace_header('Content-Type', 'text/plain; charset=us-ascii')
_b1['Content-Description'] = 'Notification'
_ds = Message()
_ds['Content-Type'] = 'message/delivery-status'
_ds['Content-Description'] = 'Delivery report'
_ds1 = Message()
_ds1['Reporting-MTA'] = 'dns; mx1.tok-tula.ru'
_ds1['X-Postfix-Queue-ID'] = '4R7kLm2xQWz9vKp'
_ds1['X-Postfix-Sender'] = 'rfc822; dispatch@zakazchik-omis.ru'
_ds1['Arrival-Date'] = 'Thu, 12 Nov 2026 09:04:53 +0300 (MSK)'
_ds2 = Message()
_ds2['Final-Recipient'] = 'rfc822; nikolaev.sp@tok-tula.ru'
_ds2['Original-Recipient'] = 'rfc822;nikolaev.sp@tok-tula.ru'
_ds2['Action'] = 'failed'
_ds2['Status'] = '5.1.1'
_ds2['Remote-MTA'] = 'dns; mail.tok-tula.ru'
_ds2['Diagnostic-Code'] = 'smtp; 550 5.1.1 <nikolaev.sp@tok-tula.ru>: Recipient address rejected: User unknown in virtual mailbox table'
_ds.set_payload([_ds1, _ds2])
_b3 = MIMEMessage(_orig)
_b3['Content-Description'] = 'Undelivered Message'
add(d(12, 9, 5, 2), DAEMON, 'Undelivered Mail Returned to Sender',
    multipart('report', [_b1, _ds, _b3], '4R7kLm2xQWz9vKp.1794463502/mx1.tok-tula.ru',
              extra=' report-type=delivery-status;'),
    L(expect='ignored', note='bounce (Postfix DSN); the returned dispatcher letter mentions 820201'),
    client='mta', to=[('', DISP[1])], extra=[('Auto-Submitted', 'auto-replied')])

# СЭД automatic registration notice
add(d(13, 13, 2, 6), SED, 'Уведомление о регистрации входящего документа',
    text_part('Уважаемый отправитель!\n\n'
              'Ваше письмо «Заявка 820276 — изменение контактного лица» от 13.11.2026 12:58 '
              'зарегистрировано в МУП «Тульские остановочные комплексы».\n'
              'Регистрационный номер: вх. № 2311 от 13.11.2026.\n'
              'Документ направлен на рассмотрение: производственный отдел.\n\n'
              'Настоящее сообщение сформировано автоматически, отвечать на него не требуется.\n',
              'plain', 'utf-8', 'base64'),
    L(expect='ignored', note='automatic registration notice from the document-management system'),
    client='sed', extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', '1С:Документооборот 8 КОРП'),
                         ('Precedence', 'auto_reply')])

# calendar response (Outlook for Mac)
_ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook for Mac MIMEDIR//EN\r\n'
        'VERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n'
        'UID:040000008200E00074C5B7101A82E00800000000A1B3D2F0F91DDB010000000000000000100000007C\r\n'
        'DTSTAMP:20261117T141000Z\r\nDTSTART:20261119T070000Z\r\nDTEND:20261119T080000Z\r\n'
        'SUMMARY:Принято: Совещание по графику работ на 19.11 (заявка 820305)\r\n'
        'ORGANIZER;CN="Диспетчерская служба ОМИС":mailto:dispatch@zakazchik-omis.ru\r\n'
        'ATTENDEE;PARTSTAT=ACCEPTED;CN="Николаев Сергей Петрович":mailto:nikolaev@tok-tula.ru\r\n'
        'LOCATION:Microsoft Teams\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
_cal = text_part(_ics, 'calendar', 'utf-8', 'base64', extra_ct='; method=REPLY')
_calp = text_part('Николаев Сергей Петрович принял(а) это приглашение.\n', 'plain', 'utf-8', 'quoted-printable')
add(d(17, 17, 10, 31), NIK, 'Принято: Совещание по графику работ на 19.11 (заявка 820305)',
    multipart('alternative', [_calp, _cal], mb('cal305')),
    L(expect='ignored', note='calendar meeting response generated by Outlook for Mac ("Принято:")'),
    client='outlook_mac')

# out-of-office (Nikolaev)
add(d(25, 9, 12, 44), NIK, 'Автоматический ответ: Заявка 820390 — акт и фотофиксация',
    alt('Здравствуйте!\n\nЯ в отпуске с 25.11.2026 по 29.11.2026 включительно.\n'
        'По вопросам исполнения заявок обращайтесь в производственный отдел: pto@tok-tula.ru, '
        '+7 (4872) 30-41-17.\n\nНиколаев С.П.',
        mac_html('Здравствуйте!\n\nЯ в отпуске с 25.11.2026 по 29.11.2026 включительно.\n'
                 'По вопросам исполнения заявок обращайтесь в производственный отдел: pto@tok-tula.ru, '
                 '+7 (4872) 30-41-17.\n\nНиколаев С.П.'), 'utf-8', 'quoted-printable', mb('ooo')),
    L(expect='ignored', note='out-of-office auto-reply'),
    client='outlook_mac', in_reply_to=disp_mid('820390-act'),
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# bulk newsletter
_news_txt = ('Информационный бюллетень МУП «ТОК» № 11 (ноябрь 2026)\n\n'
             '— В ноябре МУП выполнено 214 заявок по содержанию остановочных пунктов, в том числе '
             'отремонтированы павильоны на ост. «Площадь Победы» и «ЦУМ» (заявка 820114), смонтированы '
             'информационные табло на Красноармейском проспекте.\n'
             '— С 01.12.2026 бригады участка № 2 переходят на зимний режим работы: выезд с базы в 07:00.\n'
             '— Телефон круглосуточной диспетчерской МУП: +7 (4872) 30-41-00.\n\n'
             'Вы получили это письмо, так как подписаны на рассылку МУП «ТОК». '
             'Отписаться: unsubscribe@tok-tula.ru\n')
_news_html = ('<html><body style="font-family:Arial"><h2>Информационный бюллетень МУП «ТОК» № 11</h2>'
              + ''.join(f'<p>{html.escape(x)}</p>' for x in _news_txt.split('\n')[2:] if x)
              + '</body></html>')
add(d(26, 10, 0, 0), NEWS, 'Информационный бюллетень МУП «ТОК» № 11 (ноябрь 2026)',
    alt(_news_txt, _news_html, 'utf-8', 'base64', '=_bulk_20261126_news11'),
    L(expect='ignored', note='bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk); mentions 820114'),
    client='bulk', to=[('', DISP[1])],
    extra=[('Precedence', 'bulk'), ('List-Id', '"MUP TOK news" <news.tok-tula.ru>'),
           ('List-Unsubscribe', '<mailto:unsubscribe@tok-tula.ru?subject=unsubscribe>'),
           ('X-Mailer', 'Sendsay')])


# ================================================================ write out
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith('.eml'):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (dt, msg, label) in enumerate(LETTERS, 1):
        name = f'{i:03d}.eml'
        with open(os.path.join(LET, name), 'wb') as fp:
            BytesGenerator(fp, mangle_from_=False, maxheaderlen=78).flatten(msg)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    reg = {'contractor': CONTRACTOR,
           'requests': [{'number': n, 'positions': p, 'registered_at': t.isoformat(), 'comment': c}
                        for n, p, t, c in REGISTRY]}
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fp:
        json.dump(reg, fp, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v['expect'] for v in labels.values()))


if __name__ == '__main__':
    main()
