#!/usr/bin/env python3
"""Generator of test letters for persona BO:
МУП «Городское хозяйство» г. Вологды (secretariat / duty foreman / deputy director).

Run:  python3 make.py     -> writes registry.json, labels.json, letters/NNN.eml
"""
import base64
import html
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone

from email.message import Message
from email.header import Header
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.generator import BytesGenerator
from email.utils import format_datetime

rnd = random.Random(91011)
OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))

DISPATCH = 'dispatch@zakazchik-omis.ru'
DISP_NAME = 'Диспетчерская ОМИС'
DOMAIN = 'gorhoz-vologda.ru'
SEKR = 'sekretariat@gorhoz-vologda.ru'
PRIEM = 'priemnaya@gorhoz-vologda.ru'
ZAM = 'zam.director@gorhoz-vologda.ru'
MASTER = 'gh.dezhurny@yandex.ru'
BULK = 'rassylka@gorhoz-vologda.ru'
DAEMON = 'MAILER-DAEMON@gorhoz-vologda.ru'

REGISTRY = {
    "contractor": {
        "name": "МУП «Городское хозяйство» г. Вологды",
        "emails": [SEKR, PRIEM, ZAM, MASTER, BULK, DAEMON],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "91024", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Замена дверных блоков: 1 — адм. здание, ул. Козлёнская, 6; 2 — библиотека-филиал № 4, ул. Ленинградская, 75; 3 — клуб ветеранов, ул. Мира, 36"},
        {"number": "91057", "positions": ["1", "2"], "registered_at": "2026-11-03T10:40:00+03:00",
         "comment": "Остекление, МОУ «СОШ № 21», ул. Пирогова, 34: 1 — спортзал; 2 — учебные мастерские"},
        {"number": "91103", "positions": ["1"], "registered_at": "2026-11-05T08:30:00+03:00",
         "comment": "Аварийная: течь в бойлерной, баня № 3, ул. Некрасова, 51"},
        {"number": "91188", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "Электромонтаж, общежитие ул. Чернышевского, 119: 1 — 1 этаж; 2 — 2 этаж; 3 — подвал; 4 — электрощитовая"},
        {"number": "91240", "positions": ["1", "2"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Остекление: 1 — детская библиотека, Советский пр., 80; 2 — муниципальный архив, ул. Зосимовская, 18"},
        {"number": "91312", "positions": ["1"], "registered_at": "2026-11-10T11:20:00+03:00",
         "comment": "Замена смесителей и сифонов, МФЦ, ул. Герцена, 27"},
        {"number": "91375", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T09:45:00+03:00",
         "comment": "Замена светильников, ДК, ул. Гагарина, 2: 1 — фойе; 2 — зрительный зал; 3 — гардероб"},
        {"number": "91466", "positions": ["1", "2"], "registered_at": "2026-11-12T15:30:00+03:00",
         "comment": "Замки и доводчики: 1 — управление образования, ул. Пушкинская, 25; 2 — комитет по ФКиС, ул. Кирова, 42"},
        {"number": "92017", "positions": ["1"], "registered_at": "2026-11-13T10:00:00+03:00",
         "comment": "Течь в подвале, здание администрации, ул. Каменный мост, 4"},
        {"number": "92105", "positions": ["1", "2"], "registered_at": "2026-11-16T08:50:00+03:00",
         "comment": "Сантехника, МДОУ «Детский сад № 47»: 1 — санузел 1 эт.; 2 — санузел 2 эт."},
        {"number": "92230", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T09:10:00+03:00",
         "comment": "Остекление после вандализма, спортшкола, ул. Ярославская, 23: 1 — окна 1 эт.; 2 — окна 2 эт.; 3 — витражи вестибюля"},
        {"number": "92318", "positions": ["1"], "registered_at": "2026-11-18T13:00:00+03:00",
         "comment": "Замена вводного автомата в электрощитовой, ул. Мальцева, 52"},
    ],
}

# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------

def dt(s):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)
    return d.replace(second=rnd.randint(0, 59))


def ruwhen(d):
    months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
              'сентября', 'октября', 'ноября', 'декабря']
    return f'{d.day} {months[d.month - 1]} {d.year} г.', f'{d.hour}:{d.minute:02d}'


KOI_FIX = str.maketrans({'«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '№': 'N', '—': '-', '–': '-'})


def fixcs(text, cs):
    """KOI8-R has no guillemets, No-sign or dashes: The Bat! users type plain ASCII ones."""
    return text.translate(KOI_FIX) if cs.lower() == 'koi8-r' else text


def hdr(text, cs, mode='B'):
    """RFC 2047 encode (only if needed)."""
    text = fixcs(text, cs)
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        pass
    c = Charset(cs)
    c.header_encoding = CS_QP if mode == 'Q' else CS_B64
    return Header(text, c, maxlinelen=76).encode()


def addr(name, email_, cs, mode='B'):
    if not name:
        return email_
    try:
        name.encode('ascii')
        return f'"{name}" <{email_}>'
    except UnicodeEncodeError:
        return f'{hdr(name, cs, mode)} <{email_}>'


def tpart(text, subtype='plain', cs='utf-8', cte='base64', quote_cs=False, extra_ct=''):
    m = Message()
    csv = f'"{cs}"' if quote_cs else cs
    m['Content-Type'] = f'text/{subtype}; charset={csv}{extra_ct}'
    m['Content-Transfer-Encoding'] = cte
    raw = fixcs(text, cs).encode(cs)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte in ('8bit', '7bit'):
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary, extra=''):
    m = Message()
    m['Content-Type'] = f'multipart/{subtype};{extra}\n\tboundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def binpart(ctype, filename, data, cs='utf-8'):
    m = Message()
    try:
        filename.encode('ascii')
        fn = f'"{filename}"'
        m['Content-Type'] = f'{ctype}; name={fn}'
        m['Content-Disposition'] = f'attachment; filename={fn}'
    except UnicodeEncodeError:
        enc = hdr(filename, cs)
        m['Content-Type'] = f'{ctype}; name="{enc}"'
        m['Content-Disposition'] = f'attachment; filename="{enc}"'
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m


def textattach(filename, text, cs, cte='base64'):
    m = tpart(text, 'plain', cs, cte)
    enc = hdr(filename, cs)
    m.replace_header('Content-Type', f'text/plain; charset={cs}; name="{enc}"')
    m['Content-Disposition'] = f'attachment; filename="{enc}"'
    return m


def fake_pdf(title):
    body = (f'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
            f'2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n'
            f'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n'
            f'% {title}\n').encode('latin-1', 'replace')
    body += bytes(rnd.randrange(256) for _ in range(600))
    return body + b'\ntrailer<</Root 1 0 R>>\n%%EOF\n'


def hexid(n):
    return ''.join(rnd.choice('0123456789ABCDEF') for _ in range(n))


def msgid(client, d):
    if client == 'bat':
        return f'<{rnd.randint(10**8, 2 * 10**9)}.{d.strftime("%Y%m%d%H%M%S")}@{DOMAIN}>'
    if client == 'oe':
        return f'<00{hexid(2).lower()}01dc{hexid(4).lower()}${hexid(8).lower()}$6401a8c0@priemnaya>'
    if client == 'ya':
        return f'<{rnd.randint(10**14, 10**15 - 1)}@mail.yandex.ru>'
    if client == 'ol':
        return f'<00{hexid(2).lower()}01dc{hexid(4).lower()}${hexid(8).lower()}${hexid(8).lower()}@{DOMAIN}>'
    return f'<{hexid(16).lower()}.{d.strftime("%Y%m%d%H%M%S")}@mx.{DOMAIN}>'


def oe_boundary():
    return f'----=_NextPart_000_00{hexid(2)}_01DC{hexid(4)}.{hexid(8)}'


def ol_boundary():
    return f'----=_NextPart_000_00{hexid(2)}_01DC{hexid(4)}.{hexid(8)}'


def ya_boundary():
    return f'----==--bound.{rnd.randint(100000, 999999)}.myt{rnd.randint(1, 9)}-{hexid(12).lower()}.qloud-c.yandex.net'


def finalize(body, headers):
    top = Message()
    for k, v in headers:
        if v is not None:
            top[k] = v
    top['MIME-Version'] = '1.0'
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    return top


# ------------------------------------------------------------- html helpers

def ya_html(text):
    out = []
    inq = 0
    for line in text.split('\n'):
        m = re.match(r'^((?:> ?)+)', line)
        q = m.group(1).count('>') if m else 0
        if m:
            line = line[len(m.group(1)):]
        while inq < q:
            out.append('<blockquote>')
            inq += 1
        while inq > q:
            out.append('</blockquote>')
            inq -= 1
        out.append(f'<div>{html.escape(line) if line.strip() else "&nbsp;"}</div>')
    while inq:
        out.append('</blockquote>')
        inq -= 1
    return '<div>' + '\n'.join(out) + '</div>\n'


def oe_html(text):
    lines = []
    for line in text.split('\n'):
        if line.strip():
            lines.append(f'<DIV><FONT face=Arial size=2>{html.escape(line)}</FONT></DIV>')
        else:
            lines.append('<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>')
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<META content="MSHTML 6.00.2900.6036" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n'
            '<BODY bgColor=#ffffff>\n' + '\n'.join(lines) + '\n</BODY></HTML>\n')


def ol_html(text, cs='utf-8', inner=None):
    lines = []
    for line in text.split('\n'):
        if line.strip():
            lines.append(f'<p class=MsoNormal>{html.escape(line)}<o:p></o:p></p>')
        else:
            lines.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    body = '\n'.join(lines)
    if inner:
        body += '\n' + inner
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv=Content-Type content="text/html; charset={cs}">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            '</head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
            + body + '\n</div></body></html>\n')


# ------------------------------------------------------------- clients

def bat(date, subject, text, sender=SEKR, cte='8bit', irt=None, attach=None, qmode='B'):
    """The Bat! of the secretariat, KOI8-R."""
    d = dt(date)
    body = tpart(text, 'plain', 'koi8-r', cte)
    if attach:
        body = multi('mixed', [body] + attach, f'----------{hexid(15)}')
    h = [('Date', format_datetime(d)),
         ('From', addr('МУП Городское хозяйство', sender, 'koi8-r', qmode)),
         ('Reply-To', addr('Секретариат МУП Горхоз', sender, 'koi8-r', qmode)),
         ('Organization', hdr('МУП «Городское хозяйство» г. Вологды', 'koi8-r', qmode)),
         ('X-Mailer', 'The Bat! (v4.0.24) Professional'),
         ('X-Priority', '3 (Normal)'),
         ('Message-ID', msgid('bat', d)),
         ('To', addr(DISP_NAME, DISPATCH, 'koi8-r', qmode)),
         ('Subject', hdr(subject, 'koi8-r', qmode)),
         ('In-Reply-To', irt), ('References', irt)]
    return finalize(body, h), d


def oe(date, subject, text, sender=PRIEM, irt=None, attach=None, plain_only=False):
    """Outlook Express 6 of the reception, windows-1251, QP."""
    d = dt(date)
    p = tpart(text, 'plain', 'windows-1251', 'quoted-printable', quote_cs=True)
    if plain_only:
        body = p
    else:
        h_ = tpart(oe_html(text), 'html', 'windows-1251', 'quoted-printable', quote_cs=True)
        body = multi('alternative', [p, h_], oe_boundary())
    if attach:
        body = multi('mixed', [body] + attach, oe_boundary())
    h = [('Message-ID', msgid('oe', d)),
         ('From', addr('Приемная МУП Горхоз', sender, 'windows-1251')),
         ('To', addr(DISP_NAME, DISPATCH, 'windows-1251')),
         ('References', irt), ('In-Reply-To', irt),
         ('Subject', hdr(subject, 'windows-1251')),
         ('Date', format_datetime(d)),
         ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'),
         ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931'),
         ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.6157')]
    return finalize(body, h), d


YA_MOBILE = '\n\n-- \nОтправлено из мобильной Яндекс.Почты'


def ya(date, subject, text, mode='alt', irt=None, to=DISPATCH, to_name=DISP_NAME, mobile=False):
    """Yandex Mail of the duty foreman, UTF-8."""
    d = dt(date)
    if mobile:
        text = text + YA_MOBILE
    if mode == 'plain':
        body = tpart(text, 'plain', 'utf-8', '8bit')
    elif mode == 'html':
        body = tpart(ya_html(text), 'html', 'utf-8', 'base64')
    else:
        body = multi('alternative', [tpart(text, 'plain', 'utf-8', 'base64'),
                                     tpart(ya_html(text), 'html', 'utf-8', 'base64')], ya_boundary())
    h = [('From', addr('Дежурный мастер', MASTER, 'utf-8')),
         ('To', addr(to_name, to, 'utf-8')),
         ('Subject', hdr(subject, 'utf-8')),
         ('In-Reply-To', irt), ('References', irt),
         ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'),
         ('Date', format_datetime(d)),
         ('Message-Id', msgid('ya', d))]
    return finalize(body, h), d


def ol(date, subject, text, cs='utf-8', html_only=False, html_text=None, attach=None, irt=None,
       extra_headers=(), body_override=None):
    """MS Outlook 2016 of the deputy director."""
    d = dt(date)
    cte = 'quoted-printable' if cs != 'utf-8' else 'base64'
    hh = html_text if html_text is not None else ol_html(text, cs)
    if body_override is not None:
        body = body_override
    elif html_only:
        body = tpart(hh, 'html', cs, cte, quote_cs=True)
    else:
        body = multi('alternative', [tpart(text, 'plain', cs, cte, quote_cs=True),
                                     tpart(hh, 'html', cs, cte, quote_cs=True)], ol_boundary())
    if attach:
        body = multi('mixed', [body] + attach, ol_boundary())
    h = [('From', addr('Шилов Павел Андреевич', ZAM, cs)),
         ('To', addr(DISP_NAME, DISPATCH, cs)),
         ('Subject', hdr(subject, cs)),
         ('Date', format_datetime(d)),
         ('Message-ID', msgid('ol', d)),
         ('In-Reply-To', irt), ('References', irt)]
    h += list(extra_headers)
    h += [('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', base64.b64encode(bytes(rnd.randrange(256) for _ in range(22))).decode()),
          ('Content-Language', 'ru')]
    return finalize(body, h), d


def ya_inner(date, subject, text, to=ZAM, to_name='Шилов Павел Андреевич'):
    """Foreman's original internal letter (for forward-as-attachment)."""
    m, _ = ya(date, subject, text, mode='plain', to=to, to_name=to_name)
    return m


# ----------------------------------------------------------------------------
# letterheads & signatures
# ----------------------------------------------------------------------------

BLANK = """МУП «Городское хозяйство» г. Вологды
160035, г. Вологда, ул. Предтеченская, д. 31
ИНН 3525071548 / КПП 352501001
тел./факс (8172) 72-45-18, e-mail: sekretariat@gorhoz-vologda.ru
"""

SIGN_K = """Директор МУП «Городское хозяйство»              А.В. Белозёров

исп. Коробова Н.И., тел. (8172) 72-45-18"""

SIGN_SH = """Директор МУП «Городское хозяйство»
А.В. Белозёров

исп. Шарова Т.Г., тел. (8172) 72-45-20"""

BAT_SIGN = """--
С уважением,
секретарь МУП «Городское хозяйство»
Коробова Наталья Ивановна
тел. (8172) 72-45-18"""

ZAM_SIGN = """П.А. Шилов
заместитель директора
МУП «Городское хозяйство» г. Вологды
тел. (8172) 72-45-11, моб. 8-911-044-37-90"""

M_SIGN = 'Мартынов И.В., деж. мастер, 8-911-502-18-77'
L_SIGN = 'Лопатин С.Н.\nмастер участка, т. 8-921-723-04-16'


def ol_fw_block(who, when, subject, to='Шилов Павел Андреевич <zam.director@gorhoz-vologda.ru>'):
    day, tm = ruwhen(when)
    return (f'От: {who}\nОтправлено: {day.replace(" г.", " г.")} {tm}\nКому: {to}\nТема: {subject}\n')


def ol_fw_html(block, text):
    lines = ''.join(f'<p class=MsoNormal>{html.escape(l) if l.strip() else "&nbsp;"}</p>' for l in text.split('\n'))
    blines = block.strip().split('\n')
    bh = '<br>\n'.join(f'<b>{html.escape(l.split(":", 1)[0])}:</b>{html.escape(l.split(":", 1)[1])}' for l in blines)
    return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class=MsoNormal>{bh}</p></div></div>\n{lines}')


# ----------------------------------------------------------------------------
# letters
# ----------------------------------------------------------------------------

L = []  # (msg, date, label)


def add(pair, label):
    msg, d = pair
    L.append((msg, d, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ======================= 91024: doors, 3 positions ==========================
add(bat('2026-11-02 11:40', 'Исх. № 1102/03-15 от 02.11.2026 о принятии заявки', BLANK + """
Исх. № 1102/03-15 от 02.11.2026

Руководителю диспетчерской службы
ООО «ОМИС»

Настоящим уведомляем, что заявка № 91024 от 02.11.2026 на замену
дверных блоков (3 объекта) принята МУП «Городское хозяйство» к
исполнению. Работы будут выполнены в срок до 13.11.2026 в соответствии
с условиями муниципального контракта № 0130300001126000045 от 12.01.2026.

""" + SIGN_K + '\n'),
    D('91024', [], ACC, 'official acceptance; letter no. 1102/03-15, contract no. and dates are noise'))

add(ya('2026-11-03 07:52', '91024 поз 1 выезд', f"""Выехали на Козлёнскую 6, дверной блок в машине. Будем минут через 20.

{M_SIGN}""", mobile=True),
    D('91024', ['1'], WAY, 'subject "91024 поз 1 выезд", will be there in 20 min'))

add(ya('2026-11-03 08:37', 'Re: 91024 поз 1 выезд', """на объекте с 8:35, демонтируем старую коробку

03.11.2026, 07:58, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:
> Принято. Сообщите по прибытии.
>
> 03.11.2026, 07:52, "Дежурный мастер" <gh.dezhurny@yandex.ru>:
>> Выехали на Козлёнскую 6, дверной блок в машине. Будем минут через 20.
""", irt='<dsp-91024-1@zakazchik-omis.ru>'),
    D('91024', ['1'], ON, 'Re: subject still says выезд, new text: on site since 8:35; quote ignored'))

_fw = ol_fw_block('gh.dezhurny@yandex.ru <gh.dezhurny@yandex.ru>', dt('2026-11-03 16:09'), '91024 Козлёнская')
_inner = """Павел Андреевич, по 91024 поз.1 дверь поставили, доводчик отрегулировали, ключи сдали коменданту под роспись. Бригада ушла в 16:05.
Вторую позицию (библиотека) делаем в четверг с утра.
Мартынов"""
_top = 'Для сведения. Прошу учесть.\n\n' + ZAM_SIGN + '\n\n'
add(ol('2026-11-03 16:22', 'FW: 91024 Козлёнская', _top + _fw + '\n' + _inner + '\n',
       html_text=ol_html(_top.strip(), 'utf-8', ol_fw_html(_fw, _inner))),
    D('91024', ['1'], LEFT, 'deputy forwards foreman: pos 1 done, crew left 16:05; pos 2 only planned'))

add(ya('2026-11-05 09:31', 'заявка 91024 библиотека', """Доброе утро.
По заявке 91024 вторая позиция — библиотека-филиал №4 на Ленинградской 75. Прибыли в 9:25, библиотекарь открыла, начинаем.
Мартынов""", mode='html'),
    D('91024', ['2'], ON, 'HTML-only; "вторая позиция", arrived 9:25; "филиал №4" and "75" are not positions'))

add(oe('2026-11-05 17:12', 'Исх. № 1131/03-15 от 05.11.2026', """Исх. № 1131/03-15 от 05.11.2026

Руководителю диспетчерской службы ООО «ОМИС»

В соответствии с заявкой № 91024 сообщаем, что работы по позиции 2
(библиотека-филиал № 4, ул. Ленинградская, д. 75) выполнены в полном
объёме 05.11.2026. Бригада убыла с объекта в 16:40.

Приложение: акт на 2 л.

""" + SIGN_SH + '\n', attach=[binpart('application/pdf', 'Акт_1131.pdf', fake_pdf('Act 1131'), 'windows-1251')]),
    D('91024', ['2'], LEFT, 'official; pos 2 completed, crew left 16:40; act attached'))

add(ya('2026-11-06 10:14', 'Мира 36', """Мы на Мира 36 в клубе ветеранов, работаем. Председатель просит ещё глазок в двери поставить — это можно? Или отдельной заявкой?

Лопатин""", mode='plain'),
    R('no request number at all (address only) and a question'))

add(ya('2026-11-06 15:34', '91024 (3)', f"""Убытие 15:10. Клуб на Мира — дверь установлена, глазок не ставили, ждём от вас ответа.

{L_SIGN}"""),
    D('91024', ['3'], LEFT, 'subject "91024 (3)", noun "Убытие 15:10"'))

# ======================= 91057: glazing school 21 ===========================
add(oe('2026-11-03 13:18', 'О принятии заявки № 91057', """Исх. № 1118/03-15 от 03.11.2026

На Вашу заявку № 91057 от 03.11.2026 (остекление, МОУ «СОШ № 21»,
ул. Пирогова, д. 34) сообщаем, что заявка принята в работу.
Замер оконных проёмов будет произведён 05.11.2026, остекление - в тот же
день при наличии стекла на складе.

""" + SIGN_SH + '\n'),
    D('91057', [], ACC, 'accepted; the plan for 05.11 does not change that; СОШ № 21 is noise'))

add(ya('2026-11-05 08:58', '91057-1', """едем в 21 школу, стекло 4 мм везём, будем к 9:40""", mode='plain'),
    D('91057', ['1'], WAY, 'subject "91057-1"; on the way, ETA 9:40'))

add(ya('2026-11-05 14:57', '91057', f"""По 91057: поз.1 спортзал застеклили, 3 окна 1200х1500. Переезжаем на мастерские (поз.2).

{M_SIGN}"""),
    R('different statuses for different positions: pos 1 finished, pos 2 on the way'))

add(ya('2026-11-05 16:44', 'Re: 91057', """91057 поз. 2 готово, стёкла вставили, мусор вывезли. Уходим.
Мартынов

05.11.2026, 15:03, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:
> Игорь Владимирович, по мастерским сообщите отдельно, когда закончите.
""", irt='<dsp-91057@zakazchik-omis.ru>'),
    D('91057', ['2'], LEFT, 'pos 2 "готово ... Уходим"'))

# ======================= 91103: emergency, bath house =======================
add(bat('2026-11-05 10:08', 'Аварийная заявка № 91103 — баня № 3', BLANK + """
Исх. № 1129/03-15 от 05.11.2026

Настоящим уведомляем, что по заявке № 91103 (МБУ «Городские бани»,
баня № 3, ул. Некрасова, д. 51) аварийная бригада в составе 2 чел.
направлена на объект в 10:00 и находится в пути. Ориентировочное время
прибытия - 10:30.

Старший бригады - Лопатин С.Н., тел. 8-921-723-04-16.

""" + SIGN_K + '\n', cte='quoted-printable'),
    D('91103', [], WAY, 'crew dispatched at 10:00, in transit; баня № 3 / д. 51 are noise'))

add(ya('2026-11-05 12:47', 'Re: Заявка 91103 — баня №3', """Мы на месте с 10:35. Течь нашли — сорвало вентиль на гребёнке в бойлерной, воду перекрыли, меняем.

05.11.2026, 11:02, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:
> Добрый день! Прошу сообщить, прибыла ли бригада на объект по заявке 91103.
""", irt='<dsp-91103@zakazchik-omis.ru>'),
    D('91103', [], ON, 'on site since 10:35; number in Re: subject'))

_fw = """-----Original Message-----
From: gh.dezhurny@yandex.ru [mailto:gh.dezhurny@yandex.ru]
Sent: Thursday, November 05, 2026 6:11 PM
To: Шилов Павел Андреевич
Subject: 91103 баня
"""
_inner = """91103 баня Некрасова: вентиль Ду25 заменили, течи нет, воду дали в 17:50. Ушли в 18:00.
Лопатин"""
_top = 'Для сведения. Прошу учесть.\n\n' + ZAM_SIGN + '\n\n'
add(ol('2026-11-05 18:26', 'FW: 91103 баня', _top + _fw + '\n' + _inner + '\n'),
    D('91103', [], LEFT, 'forward (-----Original Message-----): valve replaced, left 18:00; Ду25 is noise'))

# ======================= 91188: electrics, hostel, 4 positions ===============
add(oe('2026-11-06 16:07', 'Исх. 1140/03-15', 'см. вложение\n', plain_only=True,
       attach=[textattach('Исх_1140_03-15.txt', BLANK.replace('\n', '\r\n') + """\r
Исх. № 1140/03-15 от 06.11.2026\r
\r
Руководителю диспетчерской службы ООО «ОМИС»\r
\r
О принятии заявки\r
\r
Настоящим уведомляем, что заявка № 91188 от 06.11.2026 (электромонтажные\r
работы, общежитие по ул. Чернышевского, д. 119) принята МУП «Городское\r
хозяйство» к исполнению. Работы по позициям 1-4 будут начаты 09.11.2026.\r
\r
Директор МУП «Городское хозяйство»    А.В. Белозёров\r
\r
исп. Шарова Т.Г., тел. (8172) 72-45-20\r
""", 'windows-1251')]),
    D('91188', [], ACC, 'body only "см. вложение"; attached cp1251 text: request accepted (start 09.11 is a plan)'))

add(ya('2026-11-09 08:18', 'Наряд 91188 п1 п2', f"""Едем на Чернышевского 119, общага. Начинаем с 1 и 2 этажа.
{L_SIGN}""", mobile=True),
    D('91188', ['1', '2'], WAY, 'subject "Наряд 91188 п1 п2", driving there'))

add(ya('2026-11-09 09:07', 'Re: Наряд 91188 п1 п2', """Прибыли, комендант на месте, работаем по обоим этажам.

09.11.2026, 08:21, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:
> Принято.
""", irt='<dsp-91188-a@zakazchik-omis.ru>', mode='plain'),
    D('91188', ['1', '2'], ON, 'request/positions only in Re: subject; arrived'))

add(ya('2026-11-09 17:33', '91188 1 эт', """По 91188 — первый этаж (поз.1) закончили: заменили 14 светильников ЛПО 2х36, 3 розетки. 2-й этаж продолжим завтра с 8:00."""),
    D('91188', ['1'], LEFT, 'pos 1 finished; pos 2 only a plan; ЛПО 2х36 and counts are noise'))

add(ya('2026-11-10 13:12', '91188 поз2', """второй этаж всё, автомат в щитке поменяли на ВА47-29 С16. Бригада освободилась, едем на базу.
Лопатин""", mode='html'),
    D('91188', ['2'], LEFT, 'HTML-only; "бригада освободилась", going to base (not to a site); model number noise'))

add(ol('2026-11-10 12:00', 'Доп. работы по заявке 91188', """Добрый день.

При выполнении работ по заявке 91188 (общежитие, ул. Чернышевского, 119) выявлена необходимость замены питающего кабеля в подвале: ВВГнг 3х2,5 - 40 м.п., ориентировочная стоимость 12 600 руб. без НДС.
Прошу согласовать дополнительный объём работ, после согласования направим локальную смету.

""" + ZAM_SIGN + '\n'),
    R('asks approval of extra works and price; no status reported'))

add(bat('2026-11-11 09:28', 'О ходе выполнения заявки № 91188', """Исх. № 1157/03-15 от 11.11.2026

В соответствии с заявкой № 91188 от 06.11.2026 настоящим уведомляем,
что по позициям 3 и 4 (подвальное помещение, электрощитовая) бригада
прибыла на объект 11.11.2026 в 09:10. Работы ведутся.

""" + SIGN_K + '\n'),
    D('91188', ['3', '4'], ON, 'official; positions 3 and 4 crew arrived 09:10'))

# calendar response (ignored)
_cal = """BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Шилов Павел Андреевич:mailto:zam.director@gorhoz-vologda.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка работ по заявке 91188 (общежитие Чернышевского 119)
DTSTART;TZID=Russian Standard Time:20261113T100000
DTEND;TZID=Russian Standard Time:20261113T110000
UID:040000008200E00074C5B7101A82E00800000000D0A3C1B7E95ADC01000000000000000010000000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261111T110312Z
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:ул. Чернышевского, 119
END:VEVENT
END:VCALENDAR
"""
_calbody = multi('alternative', [
    tpart('', 'plain', 'utf-8', 'base64', quote_cs=True),
    tpart(_cal.replace('\n', '\r\n'), 'calendar', 'utf-8', 'base64', quote_cs=True, extra_ct='; method=REPLY')],
    ol_boundary())
add(ol('2026-11-11 14:03', 'Принято: Приёмка работ по заявке 91188 (общежитие Чернышевского 119)', '',
       body_override=_calbody),
    I('Outlook calendar meeting response (Принято:), generated by the mail client'))

add(oe('2026-11-12 16:02', 'Исх. № 1163/03-15 от 12.11.2026 о завершении работ', """Исх. № 1163/03-15 от 12.11.2026

Руководителю диспетчерской службы ООО «ОМИС»

В соответствии с заявкой № 91188 от 06.11.2026 настоящим уведомляем о
завершении работ по позициям 3, 4 (подвал, электрощитовая). Бригада
убыла с объекта 12.11.2026 в 15:30. Электросчётчик опломбирован,
пломба № 0451273.

Приложение: акт освидетельствования скрытых работ на 3 л.,
исполнительная схема на 1 л.

""" + SIGN_SH + '\n', attach=[binpart('application/pdf', 'akt_1163.pdf', fake_pdf('Act 1163'))]),
    D('91188', ['3', '4'], LEFT, 'official completion of positions 3, 4; seal number is noise'))

# ======================= 91240: glazing, 2 positions ========================
_q = """----- Исходное сообщение -----
От: Диспетчерская ОМИС
Кому: priemnaya@gorhoz-vologda.ru
Отправлено: 9 ноября 2026 г. 9:05
Тема: Заявка 91240 остекление

Направляем заявку 91240: остекление, детская библиотека (Советский пр., 80)
и муниципальный архив (ул. Зосимовская, 18). Просим подтвердить принятие.
"""
add(oe('2026-11-09 10:58', 'Re: Заявка 91240 остекление', """Настоящим подтверждаем принятие заявки № 91240 к исполнению.
Исх. № 1145/03-15 от 09.11.2026.

Шарова Т.Г., приёмная МУП «Городское хозяйство»
тел. (8172) 72-45-20

""" + _q, irt='<dsp-91240@zakazchik-omis.ru>'),
    D('91240', [], ACC, 'OE reply, acceptance confirmed; quoted request below'))

add(ya('2026-11-10 08:47', '91240 поз 1', """Выезжаем на Советский 80 (детская библиотека), позиция 1. Машина Газель В417КН35, нас трое.
Лопатин"""),
    D('91240', ['1'], WAY, 'leaving for the site; car plate and address numbers are noise'))

add(ya('2026-11-11 09:50', 'МФЦ Герцена 27 (91312)', """Прибыли в МФЦ, начали менять смесители в санузлах 1 этажа.""", mode='plain'),
    D('91312', [], ON, 'request number in brackets after the address in the subject'))

add(ya('2026-11-11 11:15', '91240, 91312', """Бригады на объектах с утра: Советский 80 и МФЦ на Герцена. По обоим работаем, к вечеру закончим.
Мартынов"""),
    R('two different requests in one letter'))

add(ya('2026-11-11 12:05', 'Re: 91240 поз 1', """П.1 окна вставлены (4 шт, стекло 4М1), уехали в 11:50.
Лопатин

10.11.2026, 08:47, "Дежурный мастер" <gh.dezhurny@yandex.ru>:
> Выезжаем на Советский 80 (детская библиотека), позиция 1. Машина Газель В417КН35, нас трое.
""", irt='<prev-91240@mail.yandex.ru>'),
    D('91240', ['1'], LEFT, '"П.1 ... уехали в 11:50"; quoted old departure ignored'))

add(ya('2026-11-11 13:30', 'ключи', """Мы на Зосимовской, архив закрыт. У кого ключи? Звоню вахтёру — не берёт трубку.""",
       mode='plain', mobile=True),
    R('no request number; question about keys'))

add(ya('2026-11-11 14:40', '91240 п.2', """выехали с Зосимовской, 18 в 14:20 — стёкла в архиве заменены, замазку положили."""),
    D('91240', ['2'], LEFT, 'left FROM the archive, glass replaced (preposition с = departure)'))

# ======================= 91312: MFC plumbing, 1 position =====================
add(bat('2026-11-10 12:58', 'Re: Заявка 91312 (МФЦ, ул. Герцена, 27)', """Здравствуйте, Диспетчерская.

Вы писали 10 ноября 2026 г., 11:24:

ДО> Добрый день. Направляем заявку 91312: замена смесителей и сифонов
ДО> в санузлах МФЦ, ул. Герцена, 27. Просим подтвердить принятие.

Настоящим сообщаем, что заявка № 91312 принята к исполнению. Выезд
бригады запланирован на 11.11.2026.

Исх. № 1151/03-15 от 10.11.2026

""" + BAT_SIGN + '\n', irt='<dsp-91312@zakazchik-omis.ru>'),
    D('91312', [], ACC, 'The Bat! reply under initials-quote (ДО>); accepted, departure only planned'))

add(ya('2026-11-11 15:05', '91312 поз.3', """сифон под раковиной заменили, уходим"""),
    R('request 91312 has only position 1; position 3 does not exist'))

add(oe('2026-11-12 10:33', 'Исх. № 1160/03-15 от 12.11.2026', """Исх. № 1160/03-15 от 12.11.2026

По заявке № 91312 (МФЦ, ул. Герцена, д. 27) уведомляем: работы выполнены
11.11.2026, заменено 6 смесителей и 4 сифона. Бригада убыла с объекта
11.11.2026 в 16:20.

Приложение: акт на 1 л.

""" + SIGN_SH + '\n'),
    D('91312', [], LEFT, 'official completion; counts and dates are noise'))

# ======================= 91375: lighting DK, 3 positions =====================
add(bat('2026-11-11 11:17', 'Уведомление о принятии заявки 91375', """Исх. № 1153/03-15 от 11.11.2026

Настоящим уведомляем, что заявка № 91375 от 11.11.2026 (замена
светильников, ДК, ул. Гагарина, д. 2) принята в работу. Ответственный
исполнитель - мастер Мартынов И.В., тел. 8-911-502-18-77.

""" + SIGN_K + '\n', cte='quoted-printable', qmode='Q'),
    D('91375', [], ACC, 'accepted; QP body, Q-encoded koi8-r subject'))

_tbl = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<style>td,th{border:1px solid #999;padding:3px 6px;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Коллеги, добрый день.</p>
<p class=MsoNormal>Сводка по заявке 91375 (ДК, ул. Гагарина, 2) на 11:00 12.11.2026:</p>
<table style="border-collapse:collapse">
<tr><th>Поз.</th><th>Помещение</th><th>Состояние</th></tr>
<tr><td>1</td><td>Фойе</td><td>бригада на месте с 08:30, монтаж светильников</td></tr>
<tr><td>2</td><td>Зрительный зал</td><td>бригада на месте с 08:30, работы с вышки-туры</td></tr>
<tr><td>3</td><td>Гардероб</td><td>не начинали (по графику 16.11)</td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>П.А. Шилов<br>заместитель директора<br>МУП «Городское хозяйство» г. Вологды<br>тел. (8172) 72-45-11</p>
</div></body></html>
"""
add(ol('2026-11-12 11:05', 'Сводка по заявке 91375 на 12.11.2026', '', html_only=True, html_text=_tbl),
    D('91375', ['1', '2'], ON, 'HTML-only table: rows 1 and 2 on site, row 3 not started'))

add(ya('2026-11-13 17:35', '91375 зал, фойе', """Зал и фойе (поз. 2 и 1) готовы — всё горит, проверили. Гардероб перенесли на понедельник. Уехали в 17:20.
Мартынов"""),
    D('91375', ['1', '2'], LEFT, '"поз. 2 и 1" done, left 17:20; гардероб (3) postponed'))

add(ya('2026-11-16 08:55', '91375 гардероб', """Едем в ДК на гардероб (поз.3), минут 15.""", mobile=True),
    D('91375', ['3'], WAY, 'on the way, 15 min'))

_inner = ya_inner('2026-11-16 14:58', '91375/3', """Павел Андреевич, гардероб в ДК: 6 светильников заменены, работы закончены, ушли в 14:50.
Мартынов""")
_outer = multi('mixed', [
    multi('alternative', [
        tpart('К сведению диспетчерской. Прошу учесть при закрытии заявки.\n\n' + ZAM_SIGN + '\n', 'plain', 'utf-8', 'base64', quote_cs=True),
        tpart(ol_html('К сведению диспетчерской. Прошу учесть при закрытии заявки.\n\n' + ZAM_SIGN), 'html', 'utf-8', 'base64', quote_cs=True)],
        ol_boundary()),
], ol_boundary())
_att = Message()
_att['Content-Type'] = 'message/rfc822'
_att['Content-Disposition'] = 'attachment'
_att.set_payload([_inner])
_outer.attach(_att)
add(ol('2026-11-16 15:10', 'FW: 91375/3', '', body_override=_outer),
    D('91375', ['3'], LEFT, 'forwarded as message/rfc822 attachment; "91375/3" work finished, left 14:50'))

# ======================= 91466: locks, 2 positions ===========================
add(oe('2026-11-13 09:02', 'Уведомление о принятии заявки № 91466', """Исх. № 1166/03-15 от 13.11.2026

Настоящим уведомляем, что Ваша заявка № 91466 от 12.11.2026 (замена
замков и установка доводчиков) принята к исполнению.

""" + SIGN_SH + '\n'),
    D('91466', [], ACC, 'official acceptance'))

add(bat('2026-11-13 10:05', 'Заявка № 91466 - запрос информации', """Исх. № 1167/03-15 от 13.11.2026

В целях исполнения заявки № 91466 просим уточнить:
1) количество доводчиков по позиции 2 (комитет по физической культуре
   и спорту, ул. Кирова, д. 42);
2) тип замков (длина цилиндрового механизма 60 или 70 мм).

Ответ просим направить до 16.11.2026.

""" + SIGN_K + '\n'),
    R('request for clarification, no status; "1)", "2)" are list items'))

# bounce (ignored)
_orig = Message()
_orig['From'] = addr(DISP_NAME, DISPATCH, 'utf-8')
_orig['To'] = 'kuznetsova@gorhoz-vologda.ru'
_orig['Subject'] = hdr('Заявка 91466 - статус?', 'utf-8')
_orig['Date'] = format_datetime(dt('2026-11-16 10:09'))
_orig['Message-ID'] = '<dsp-91466-q@zakazchik-omis.ru>'
_orig['MIME-Version'] = '1.0'
_orig['Content-Type'] = 'text/plain; charset=utf-8'
_orig['Content-Transfer-Encoding'] = 'base64'
_orig.set_payload(base64.encodebytes('Добрый день! Сообщите, пожалуйста, статус по заявке 91466.\n'.encode()).decode())
_b1 = Message()
_b1['Reporting-MTA'] = 'dns; mx.gorhoz-vologda.ru'
_b1['X-Postfix-Queue-ID'] = '4Xk2bT1ZqKz9vN'
_b1['Arrival-Date'] = format_datetime(dt('2026-11-16 10:10'))
_b2 = Message()
_b2['Final-Recipient'] = 'rfc822; kuznetsova@gorhoz-vologda.ru'
_b2['Original-Recipient'] = 'rfc822;kuznetsova@gorhoz-vologda.ru'
_b2['Action'] = 'failed'
_b2['Status'] = '5.1.1'
_b2['Diagnostic-Code'] = 'X-Postfix; unknown user: "kuznetsova"'
_ds = Message()
_ds['Content-Description'] = 'Delivery report'
_ds['Content-Type'] = 'message/delivery-status'
_ds.set_payload([_b1, _b2])
_ret = Message()
_ret['Content-Description'] = 'Undelivered Message'
_ret['Content-Type'] = 'message/rfc822'
_ret.set_payload([_orig])
_expl = tpart("""This is the mail system at host mx.gorhoz-vologda.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kuznetsova@gorhoz-vologda.ru>: unknown user: "kuznetsova"
""", 'plain', 'us-ascii', '7bit')
_expl['Content-Description'] = 'Notification'
_bb = multi('report', [_expl, _ds, _ret], f'4Xk2bT1ZqKz9vN.{rnd.randint(10**9, 2 * 10**9)}/mx.gorhoz-vologda.ru',
            extra=' report-type=delivery-status;')
_d = dt('2026-11-16 10:10')
add((finalize(_bb, [('Date', format_datetime(_d)),
                    ('From', 'MAILER-DAEMON@gorhoz-vologda.ru (Mail Delivery System)'),
                    ('Subject', 'Undelivered Mail Returned to Sender'),
                    ('To', DISPATCH),
                    ('Auto-Submitted', 'auto-replied'),
                    ('Message-Id', msgid('mx', _d))]), _d),
    I('delivery failure report (bounce) from the contractor\'s MTA'))

add(ya('2026-11-16 09:20', '91466 поз1', """Прибылт, Пушкинская 25. Меняем замки в каб. 214, 215 и 301.
Мартынов""", mode='plain'),
    D('91466', ['1'], ON, 'typo "Прибылт"; cabinet numbers are noise'))

add(ya('2026-11-16 16:45', '91466', """по первой позиции закончили, по второй завтра. Мартынов"""),
    D('91466', ['1'], LEFT, 'pos 1 done, pos 2 only planned'))

add(ya('2026-11-17 08:50', '91466-2', """МЫ НА МЕСТЕ НА КИРОВА 42, СТАВИМ ПЕРВЫЙ ДОВОДЧИК""", mobile=True),
    D('91466', ['2'], ON, 'caps; subject "91466-2"'))

add(bat('2026-11-17 14:05', 'Исх. № 1189/03-15 от 17.11.2026 О выполнении работ', BLANK + """
Исх. № 1189/03-15 от 17.11.2026

Руководителю диспетчерской службы ООО «ОМИС»

В соответствии с заявкой № 91466 (наш вх. № 91583 от 12.11.2026)
настоящим уведомляем, что работы выполнены в полном объёме: заменено
5 замков, установлено 4 доводчика. Бригада убыла с объекта 17.11.2026
в 13:40.

Приложение: акт на 2 л.

""" + SIGN_K + '\n'),
    D('91466', [], LEFT, 'whole request completed; "вх. № 91583" is the incoming letter number, not a request'))

# ======================= 92017: leak, 1 position =============================
add(ya('2026-11-13 10:24', '92017 выехали', """Выезд 10:20, будем через 10 мин. Лопатин""", mode='plain'),
    D('92017', [], WAY, 'noun "Выезд", ETA 10 min'))

add(ya('2026-11-13 10:58', 'Re: 92017 выехали', """Пpибыли, мы нa мeсте. Вода в подвале по щиколотку, перекрыли стояк ХВС, откачиваем.

13.11.2026, 10:26, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:
> Принято, ждём.
""", irt='<dsp-92017@zakazchik-omis.ru>'),
    D('92017', [], ON, 'Latin look-alike letters (p, a, e); Re: subject says выехали but body reports arrival'))

_fw = ol_fw_block('Дежурный мастер <gh.dezhurny@yandex.ru>', dt('2026-11-13 15:37'), 'Каменный мост 4')
_inner = """Течь устранена, заменили участок трубы ПП 32 - 1,5 м, воду откачали. Закончили в 15:30, уехали.
Лопатин"""
_top = 'Для сведения. Прошу учесть.\n\n' + ZAM_SIGN + '\n\n'
add(ol('2026-11-13 15:48', 'FW: Каменный мост 4 подвал (92017)', _top + _fw + '\n' + _inner + '\n',
       html_text=ol_html(_top.strip(), 'utf-8', ol_fw_html(_fw, _inner))),
    D('92017', [], LEFT, 'number only in deputy\'s FW subject (brackets after address); forwarded report: finished, left'))

# ======================= 92105: kindergarten, 2 positions ====================
add(bat('2026-11-16 09:28', 'Re: Заявка 92105 (д/с № 47)', """Здравствуйте, Диспетчерская.

Вы писали 16 ноября 2026 г., 9:02:

ДО> Просим подтвердить принятие заявки 92105 (МДОУ «Детский сад № 47»,
ДО> санузлы 1 и 2 этажа). Наш исх. № 2231 от 16.11.2026.

Исх. № 1176/03-15 от 16.11.2026

На Ваш исх. № 2231 от 16.11.2026 сообщаем, что заявка № 92105 принята
МУП «Городское хозяйство» к исполнению.

""" + BAT_SIGN + '\n', irt='<dsp-92105@zakazchik-omis.ru>'),
    D('92105', [], ACC, 'accepted; "исх. № 2231" and "№ 47" are noise'))

add(oe('2026-11-16 13:02', 'Заявка № 92105 - график работ', """Исх. № 1178/03-15 от 16.11.2026

Сообщаем, что работы по заявке № 92105 будут выполнены 18.11.2026
с 09:00 до 17:00. Просим обеспечить доступ в помещения санузлов 1 и 2
этажей и предупредить администрацию детского сада.

""" + SIGN_SH + '\n'),
    R('only a plan for 18.11 and a request for access'))

add(bat('2026-11-17 09:40', 'Re: Заявка 92105 - доступ в помещения', """Здравствуйте, Диспетчерская.

Вы писали 17 ноября 2026 г., 8:51:

ДО> Доступ в санузлы д/с № 47 на 18.11 с 9:00 согласован с заведующей.
ДО> Контакт: Белова Е.А., 8-911-530-22-14.

Благодарим за оперативное согласование. Информация принята к
сведению и передана мастеру участка.

""" + BAT_SIGN + '\n', irt='<dsp-92105-b@zakazchik-omis.ru>'),
    R('thanks/acknowledgement of the dispatcher\'s own message'))

add(ya('2026-11-18 08:41', 'детсад 47', """Заявка 92105, двигаемся на детсад, будем в 9."""),
    D('92105', [], WAY, '"двигаемся", will be at 9; 47 is the kindergarten number'))

add(ya('2026-11-18 09:06', '92105', """на месте""", mode='plain', mobile=True),
    D('92105', [], ON, 'bare "на месте"'))

add(ya('2026-11-18 12:34', '92105 поз.1', """санузел 1 эт. (поз.1) — унитаз заменили, бачок подключили, всё работает. По поз.2 начнём после обеда.
Мартынов"""),
    D('92105', ['1'], LEFT, 'pos 1 result "всё работает"; pos 2 only planned'))

add(oe('2026-11-18 17:02', 'Исх. № 1193/03-15 от 18.11.2026', """Исх. № 1193/03-15 от 18.11.2026

Руководителю диспетчерской службы ООО «ОМИС»

Настоящим уведомляем, что работы по заявке № 92105 по позициям 1 и 2
завершены 18.11.2026, бригада убыла с объекта в 16:45.

Приложение: акт на 2 л.

""" + SIGN_SH + '\n', attach=[binpart('application/pdf', 'Акт_92105.pdf', fake_pdf('Act 92105'), 'windows-1251')]),
    D('92105', ['1', '2'], LEFT, 'official completion, positions 1 and 2'))

# ======================= 92230: sport school glazing, 3 positions ============
add(bat('2026-11-17 11:03', 'Исх. 1186/03-15', 'см. вложение\n\n' + BAT_SIGN + '\n',
        attach=[textattach('Исх_1186_03-15.txt', """Исх. № 1186/03-15 от 17.11.2026

Руководителю диспетчерской службы ООО «ОМИС»

Настоящим уведомляем, что заявка № 92230 от 17.11.2026 (остекление
оконных проёмов и витражей, МБУ ДО «СШ», ул. Ярославская, д. 23)
принята МУП «Городское хозяйство» к исполнению.
Стекло для витражей (8 мм, закалённое) заказано у поставщика.

Директор МУП «Городское хозяйство»       А.В. Белозёров

исп. Коробова Н.И., тел. (8172) 72-45-18
""", 'koi8-r', cte='quoted-printable')]),
    D('92230', [], ACC, 'body "см. вложение"; attached koi8-r text reports acceptance'))

add(ya('2026-11-18 08:15', '92230 поз 1, поз 3', """Едем на Ярославскую 23, спортшкола. Везём стекло на 1 этаж и на витражи.
Лопатин"""),
    D('92230', ['1', '3'], WAY, 'positions in subject; on the way'))

_fw = ol_fw_block('Дежурный мастер <gh.dezhurny@yandex.ru>', dt('2026-11-18 09:12'), '92230')
_inner = """Павел Андреевич, 92230 — по поз.1 и поз.3 прибыли в 09:05, выгружаемся.
Лопатин"""
_top = 'Для сведения.\n\nШилов\n\n'
add(ol('2026-11-18 10:20', 'FW: 92230', _top + _fw + '\n' + _inner + '\n', cs='koi8-r',
       html_text=ol_html(_top.strip(), 'koi8-r', ol_fw_html(_fw, _inner))),
    D('92230', ['1', '3'], ON, 'deputy forward (koi8-r QP Outlook), arrived 09:05'))

add(oe('2026-11-18 15:03', 'Заявка № 92318 принята', """Исх. № 1195/03-15 от 18.11.2026
(Ваш вх. № 9211 от 18.11.2026)

Настоящим уведомляем, что заявка № 92318 (замена вводного автомата,
электрощитовая, ул. Мальцева, д. 52) принята к исполнению.

""" + SIGN_SH + '\n'),
    D('92318', [], ACC, 'accepted; "вх. № 9211" is a letter number'))

# MDN (ignored)
_mdn_h = tpart("""Это уведомление о прочтении сообщения, которое вы отправили
"Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru> 18.11.2026 в 15:20.

Сообщение было прочитано 18.11.2026 в 15:41.
""", 'plain', 'windows-1251', 'quoted-printable', quote_cs=True)
_mdn = Message()
_mdn['Content-Type'] = 'message/disposition-notification'
_mdn.set_payload("""Reporting-UA: PRIEMNAYA; Microsoft Outlook Express 6.00.2900.5931
Final-Recipient: rfc822;priemnaya@gorhoz-vologda.ru
Original-Message-ID: <dsp-92318-a@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""")
_mb = multi('report', [_mdn_h, _mdn], oe_boundary(), extra=' report-type="disposition-notification";')
_d = dt('2026-11-18 15:41')
add((finalize(_mb, [('Message-ID', msgid('oe', _d)),
                    ('From', addr('Приемная МУП Горхоз', PRIEM, 'windows-1251')),
                    ('To', addr(DISP_NAME, DISPATCH, 'windows-1251')),
                    ('Subject', hdr('Прочитано: Заявка 92318 - сроки?', 'windows-1251')),
                    ('Date', format_datetime(_d)),
                    ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931'),
                    ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.6157')]), _d),
    I('read receipt (MDN) generated by Outlook Express'))

add(ya('2026-11-19 08:30', '92318', """Сегодня по 92318 не выедем — автомата ВА88-35 на 250А нет на складе, привезут вечером. Завтра с утра будем.
Мартынов"""),
    R('negation and plan: "не выедем", tomorrow'))

add(ya('2026-11-19 13:30', '92230 витраж', """По 92230 поз.3 витраж не сделали — стекло с завода пришло не по размеру (1480 вместо 1840). Заказали новое, обещают к пятнице.
Лопатин"""),
    R('problem/negation: витраж not done, no new status'))

add(ya('2026-11-19 16:10', '92230 (1)', """окна первого этажа вставлены, уехали 15.55""", mode='html'),
    D('92230', ['1'], LEFT, 'subject "92230 (1)"; windows done, left 15.55'))

add(bat('2026-11-20 09:40', 'О ходе работ по заявке № 92230', """Исх. № 1201/03-15 от 20.11.2026

Настоящим уведомляем, что по заявке № 92230 по позиции 2 (окна 2 этажа)
бригада прибыла на объект 20.11.2026 в 09:00.

""" + SIGN_K + '\n', cte='quoted-printable'),
    D('92230', ['2'], ON, 'official; position 2 arrived 09:00'))

_fwbat = """===8<==============Original message text===============
Пт, 20 ноя 2026, 9:02, "Дежурный мастер" <gh.dezhurny@yandex.ru>:

92318 — прибытие 08:55, щитовая открыта, электрик управы с нами. Начинаем отключение.
Мартынов
===8<===========End of original message text==========="""
add(bat('2026-11-20 09:15', 'Fwd: 92318', """Здравствуйте, Диспетчерская.

Направляем для сведения сообщение дежурного мастера.

""" + _fwbat + '\n\n' + BAT_SIGN + '\n'),
    D('92318', [], ON, 'secretariat forwards (The Bat! style) foreman: arrival 08:55'))

add(bat('2026-11-20 14:30', 'Исх. № 1203/03-15 от 20.11.2026', BLANK + """
Исх. № 1203/03-15 от 20.11.2026

Руководителю диспетчерской службы ООО «ОМИС»

Настоящим уведомляем о завершении работ по заявке № 92318: в
электрощитовой заменён вводной автомат ВА88-35 250А, узел учёта
опломбирован (пломба № 3519027). Убытие бригады - 20.11.2026, 14:10.

""" + SIGN_K + '\n'),
    D('92318', [], LEFT, 'official; "Убытие бригады 14:10"; model and seal numbers are noise'))

add(oe('2026-11-20 11:00', 'Счёт № 318 от 20.11.2026', """Исх. № 1202/03-15 от 20.11.2026

Направляем счёт № 318 от 20.11.2026 и акт № 74 за выполненные работы
по заявке № 91103 на сумму 18 450,00 руб. (в т.ч. НДС 20% - 3 075,00 руб.).
Просим произвести оплату в срок, установленный муниципальным
контрактом № 0130300001126000045.

Приложение: счёт на 1 л., акт на 1 л.

""" + SIGN_SH + '\n', attach=[binpart('application/pdf', 'schet_318.pdf', fake_pdf('Invoice 318'))]),
    R('invoice/price talk, no status report'))

add(oe('2026-11-23 16:30', 'Исх. № 1211/03-15 от 23.11.2026', """Исх. № 1211/03-15 от 23.11.2026

Руководителю диспетчерской службы ООО «ОМИС»

Сообщаем о ходе работ по заявке № 92230:
- по позиции 2 работы завершены 20.11.2026, бригада убыла;
- по позиции 3 бригада прибыла 23.11.2026 в 10:00, ведётся монтаж витража.

""" + SIGN_SH + '\n'),
    R('different statuses for different positions (2 left, 3 on site)'))

_fw = ol_fw_block('Дежурный мастер <gh.dezhurny@yandex.ru>', dt('2026-11-24 14:41'), '92230 п3')
_inner = """витраж вставили, загерметизировали, ушли в 14:30.
Мартынов"""
_top = 'Для сведения. Прошу учесть.\n\n' + ZAM_SIGN + '\n\n'
add(ol('2026-11-24 15:00', 'FW: 92230 п3', _top + _fw + '\n' + _inner + '\n',
       html_text=ol_html(_top.strip(), 'utf-8', ol_fw_html(_fw, _inner))),
    D('92230', ['3'], LEFT, 'forwarded foreman: "92230 п3" (subject) витраж done, left 14:30'))

# ======================= other review =========================================
add(ya('2026-11-12 09:15', '91204', """по заявке 91204 едем, будем к 10.
Лопатин""", mobile=True),
    R('request 91204 is not in the registry'))

# ======================= ignored: auto-replies, bulk ==========================
_d = dt('2026-11-24 10:02')
_ar = tpart("""Здравствуйте!

Ваше письмо получено. Секретарь Коробова Н.И. отсутствует с 23.11.2026
по 04.12.2026. По срочным вопросам исполнения заявок обращайтесь
в приёмную: тел. (8172) 72-45-20, priemnaya@gorhoz-vologda.ru.

Это сообщение сформировано автоматически.
""", 'plain', 'koi8-r', '8bit')
add((finalize(_ar, [('Date', format_datetime(_d)),
                    ('From', addr('МУП Городское хозяйство', SEKR, 'koi8-r')),
                    ('To', addr(DISP_NAME, DISPATCH, 'koi8-r')),
                    ('Subject', hdr('Автоответ: Re: Заявка 92230 - витражи', 'koi8-r')),
                    ('Auto-Submitted', 'auto-replied'),
                    ('X-Autoreply', 'yes'),
                    ('Precedence', 'auto_reply'),
                    ('In-Reply-To', '<dsp-92230-c@zakazchik-omis.ru>'),
                    ('Message-ID', msgid('bat', _d))]), _d),
    I('out-of-office auto-reply (Auto-Submitted: auto-replied)'))

_d = dt('2026-11-25 08:12')
_oof = 'Здравствуйте.\n\nЯ нахожусь в командировке до 27.11.2026. По вопросам заявок обращайтесь к дежурному мастеру: gh.dezhurny@yandex.ru, тел. 8-911-502-18-77.\n\nП.А. Шилов'
add(ol('2026-11-25 08:12', 'Автоматический ответ: 92318 - исполнительная документация', _oof + '\n',
       extra_headers=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                      ('X-MS-Exchange-Inbox-Rules-Loop', ZAM)]),
    I('Outlook out-of-office reply'))

_bull = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<h2>Информационный бюллетень МУП «Городское хозяйство» № 11 (ноябрь 2026)</h2>
<p>Уважаемые партнёры!</p>
<p>В ноябре 2026 года предприятием выполнено 312 заявок на текущий ремонт муниципальных зданий,
в том числе 94 — по остеклению, 71 — по сантехнике, 83 — по электрике.</p>
<p>С 01.12.2026 начинает работу круглосуточная аварийная служба: тел. (8172) 72-45-00.</p>
<p>Новый график приёма заявок в праздничные дни: 31.12.2026 — до 15:00, 01.01–03.01 — только аварийные.</p>
<hr><p style="font-size:9pt;color:#888">Вы получили это письмо, так как подписаны на рассылку МУП «Городское хозяйство».
Отписаться: <a href="https://gorhoz-vologda.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru">ссылка</a></p>
</body></html>
"""
_d = dt('2026-11-27 12:00')
add((finalize(tpart(_bull, 'html', 'utf-8', 'base64'),
              [('Date', format_datetime(_d)),
               ('From', addr('Рассылка МУП Горхоз', BULK, 'utf-8')),
               ('To', DISPATCH),
               ('Subject', hdr('Информационный бюллетень № 11 (ноябрь 2026)', 'utf-8')),
               ('Precedence', 'bulk'),
               ('List-Id', '<partners.gorhoz-vologda.ru>'),
               ('List-Unsubscribe', '<https://gorhoz-vologda.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>'),
               ('X-Mailer', 'UniSender'),
               ('Message-ID', msgid('mx', _d))]), _d),
    I('bulk newsletter (Precedence: bulk, List-Unsubscribe)'))


# ----------------------------------------------------------------------------
# write
# ----------------------------------------------------------------------------

def main():
    os.makedirs(os.path.join(OUT, 'letters'), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, 'letters')):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, 'letters', f))
    items = sorted(L, key=lambda x: x[1])
    labels = {}
    for i, (msg, d, lab) in enumerate(items, 1):
        name = f'{i:03d}.eml'
        with open(os.path.join(OUT, 'letters', name), 'wb') as fh:
            BytesGenerator(fh, mangle_from_=False, maxheaderlen=0).flatten(msg)
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(items), 'letters')


if __name__ == '__main__':
    main()
