#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «КотлоТехСервис» (Владимир) -> dispatch@zakazchik-omis.ru.

Writers:
  * Громов Пётр Семёнович, главный инженер – Outlook 2010, windows-1251, QP/base64,
    multipart/alternative (plain + Word-HTML), Outlook quote blocks;
  * Кузьмин Денис, Шевчук Артём – наладчики, Gmail на Android, UTF-8 base64, коротко;
  * Кравцова Ольга, диспетчер – Thunderbird (UTF-8, format=flowed / HTML-only) и
    старый офисный компьютер с The Bat! (KOI8-R, 8bit);
  * machine mail: Outlook OOF, MDN, calendar reply, Postfix bounce, Gmail vacation, рассылка.

Run: python3 make.py   -> letters/NNN.eml, labels.json, registry.json
"""
import base64
import html
import json
import os
import quopri
import random
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
TZ = timezone(timedelta(hours=3))
rnd = random.Random(55012)

DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
PETR = ('Громов П.С.', 'p.s.gromov@kotloteh-vl.ru')
OLGA = ('Ольга Кравцова', 'o.kravtsova@kotloteh-vl.ru')
DENIS = ('Денис Кузьмин', 'kuzmin.den.vlad@gmail.com')
ARTEM = ('Артём Шевчук', 'artem.shevchuk33@gmail.com')

# --------------------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «КотлоТехСервис»",
        "emails": [PETR[1], OLGA[1], DENIS[1], ARTEM[1],
                   "news@kotloteh-vl.ru", "MAILER-DAEMON@kotloteh-vl.ru"],
        "domains": ["kotloteh-vl.ru"],
    },
    "requests": [
        {"number": "55012", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "Котельная МБОУ СОШ №14, ул. Северная, 22: 1 – котёл №1 Buderus Logano SK745 (аварии по пламени), 2 – котёл №2 (автоматика безопасности), 3 – ГРУ (ПЗК/ПСК, РДБК1-50)"},
        {"number": "55047", "positions": ["1", "2"], "registered_at": "2026-11-03T11:20:00+03:00",
         "comment": "ИТП жилого дома, ул. Добросельская, 181-А: 1 – пластинчатый теплообменник ГВС, 2 – циркуляционный насос ГВС"},
        {"number": "55103", "positions": ["1"], "registered_at": "2026-11-05T07:55:00+03:00",
         "comment": "Котельная МБДОУ детский сад №7, ул. Полины Осипенко, 9: 1 – горелка Weishaupt WM-G10/2 уходит в аварию"},
        {"number": "55168", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "БМК Юрьевец, ул. Ноябрьская, 130, сезонное ТО: 1–3 – котлы ICI REX 95 №1–3, 4 – ХВО"},
        {"number": "55220", "positions": ["1", "2"], "registered_at": "2026-11-10T08:30:00+03:00",
         "comment": "ИТП городской поликлиники №2, ул. Горького, 48: 1 – регулятор Danfoss ECL Comfort 310, 2 – узел учёта тепла ВКТ-7"},
        {"number": "55291", "positions": ["1"], "registered_at": "2026-11-11T13:00:00+03:00",
         "comment": "Котельная АБК, ул. Батурина, 30: 1 – течь по фланцу на подаче котла Viessmann Vitoplex 100"},
        {"number": "55334", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T10:10:00+03:00",
         "comment": "ГРПШ-400 котельной мкр. Юрьевец: 1 – основная линия, 2 – резервная линия, 3 – узел учёта газа RVG G65"},
        {"number": "55402", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "ИТП общежития, ул. Студенческая, 10: 1 – ГВС, 2 – отопление"},
        {"number": "55457", "positions": ["1"], "registered_at": "2026-11-18T07:30:00+03:00",
         "comment": "Котельная бани №3, ул. Гастелло: 1 – котёл не держит температуру"},
        {"number": "55519", "positions": ["1", "2"], "registered_at": "2026-11-19T12:00:00+03:00",
         "comment": "Котельная ТСЖ «Рассвет»: 1 – котёл Protherm Гризли 150 KLO, 2 – дымосос"},
        {"number": "55608", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T09:45:00+03:00",
         "comment": "Котельная ФОК «Олимп»: 1 – котёл №1, 2 – котёл №2, 3 – сетевые насосы"},
        {"number": "55777", "positions": ["1", "2"], "registered_at": "2026-11-23T08:00:00+03:00",
         "comment": "Котельная детской школы искусств: 1 – трёхходовой клапан/щитовая, 2 – котёл"},
        {"number": "55890", "positions": ["1"], "registered_at": "2026-11-25T10:00:00+03:00",
         "comment": "Котельная при храме, пер. Соборный: 1 – подпитка, котёл Ferroli Pegasus"},
    ],
}

# --------------------------------------------------------------------------- low level MIME


def dt(day, hm, sec=None):
    h, m = map(int, hm.split(':'))
    if sec is None:
        sec = rnd.randint(0, 59)
    return datetime(2026, 11, day, h, m, sec, tzinfo=TZ)


def date_hdr(d, strip_zero=False):
    s = format_datetime(d)
    if strip_zero:
        s = s.replace(', 0', ', ', 1)
    return s


def qenc(b):
    out = []
    for c in b:
        ch = chr(c)
        if c < 128 and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        elif ch == ' ':
            out.append('_')
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew(s, cs, mode='B', maxlen=74):
    """RFC 2047 encoded-words, split on character boundaries, folded."""
    prefix = '=?%s?%s?' % (cs, mode)

    def enc(chunk):
        b = chunk.encode(cs)
        if mode == 'B':
            return prefix + base64.b64encode(b).decode() + '?='
        return prefix + qenc(b) + '?='
    words, cur = [], ''
    for ch in s:
        if cur and len(enc(cur + ch)) > maxlen:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return '\n '.join(words)


def hv(s, cs='UTF-8', mode='B'):
    if all(ord(c) < 128 for c in s):
        return s
    return ew(s, cs, mode)


def ad(who, cs='UTF-8', mode='B'):
    name, email = who
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, mode), email)


def leaf(ctype, cte, payload, extra=()):
    h = ['Content-Type: ' + ctype, 'Content-Transfer-Encoding: ' + cte] + list(extra)
    if cte == 'base64':
        body = base64.encodebytes(payload)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(payload)
    else:
        body = payload
    if not body.endswith(b'\n'):
        body += b'\n'
    return ('\n'.join(h) + '\n\n').encode('ascii') + body


def leaf_noenc(ctype, payload, extra=()):
    h = ['Content-Type: ' + ctype] + list(extra)
    if not payload.endswith(b'\n'):
        payload += b'\n'
    return ('\n'.join(h) + '\n\n').encode('ascii') + payload


def multi(subtype, parts, boundary, params='', preamble=None):
    head = 'Content-Type: multipart/%s;%s\n boundary="%s"\n\n' % (subtype, params, boundary)
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n\n'
    for p in parts:
        body += ('--%s\n' % boundary).encode() + p + b'\n'
    body += ('--%s--\n' % boundary).encode()
    return head.encode('ascii') + body


def message(headers, part):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append('%s: %s' % (k, v))
    raw = ('\n'.join(lines) + '\n').encode('ascii') + part
    return raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def hexid(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(alphabet) for _ in range(n))


def flow(text, width=72):
    """format=flowed soft wrapping."""
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line)
            continue
        cur = ''
        for w in line.split(' '):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = w if not cur else cur + ' ' + w
        out.append(cur)
    return '\n'.join(out)


def hardwrap(text, width=74):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
        else:
            pre = ''
            if line.startswith('ДО> '):
                pre = 'ДО> '
            out.extend(textwrap.wrap(line, width, subsequent_indent=pre, break_on_hyphens=False))
    return '\n'.join(out)


# --------------------------------------------------------------------------- clients

PETR_SIG = """С уважением,
Громов Пётр Семёнович
главный инженер ООО «КотлоТехСервис»
600017, г. Владимир, ул. Мира, д. 15, оф. 204
тел. (4922) 44-17-90, моб. +7 910 778-23-15"""

PETR_SIG_SHORT = """С уважением,
П.С. Громов
ООО «КотлоТехСервис», тел. (4922) 44-17-90"""

PETR_SIG_FULL = PETR_SIG + "\nИНН 3329055817 / КПП 332901001"

OLGA_SIG = """-- 
Кравцова Ольга
диспетчер ООО «КотлоТехСервис»
(4922) 44-17-91"""

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:blue;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri","sans-serif";
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang=RU link=blue vlink=purple><div class=WordSection1>"""


def o_par(line):
    if not line.strip():
        return '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
    return '<p class=MsoNormal>%s<o:p></o:p></p>' % html.escape(line, quote=False)


def outlook_html(text, quote=None, body_html=None):
    parts = [OUTLOOK_HEAD]
    if body_html is not None:
        parts.append(body_html)
    else:
        parts.extend(o_par(l) for l in text.split('\n'))
    if quote:
        qlines = quote.split('\n')
        hdr, rest, in_hdr = [], [], True
        for l in qlines:
            if in_hdr and l.strip() == '':
                in_hdr = False
                continue
            (hdr if in_hdr else rest).append(l)
        parts.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        parts.append("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        for l in hdr:
            k, _, v = l.partition(':')
            parts.append('<p class=MsoNormal><b><span style=\'font-size:10.0pt;font-family:"Tahoma","sans-serif"\'>%s:</span></b><span style=\'font-size:10.0pt;font-family:"Tahoma","sans-serif"\'>%s<o:p></o:p></span></p>'
                         % (html.escape(k), html.escape(v, quote=False)))
        parts.append('</div></div>')
        parts.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        parts.extend(o_par(l) for l in rest)
    parts.append('</div></body></html>')
    return '\n'.join(parts)


def outlook_ids():
    a = hexid(4)
    mid = '<%s01dd%s$%s$%s$@kotloteh-vl.ru>' % (hexid(4), hexid(4), hexid(8), hexid(8))
    boundary = '----=_NextPart_000_%s_01DD%s.%s' % (a.upper(), hexid(4).upper(), hexid(8).upper())
    return mid, boundary


def thread_index():
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()


def petr(date, subject, text, quote=None, body_html=None, plain_only=False, cte='quoted-printable',
         in_reply_to=None, attachments=(), to=DISPATCH, cc=None, sig=PETR_SIG):
    cs = 'windows-1251'
    full_text = text.rstrip('\n') + '\n\n' + sig
    plain = full_text + ('\n\n' + quote if quote else '')
    mid, boundary = outlook_ids()
    p_plain = leaf('text/plain; charset="windows-1251"', cte, plain.encode(cs))
    p_html = None
    if not plain_only:
        if body_html is None:
            h = outlook_html(full_text, quote)
        else:
            sig_html = '\n'.join(o_par(l) for l in sig.split('\n'))
            h = outlook_html(None, quote, body_html + '\n' + sig_html)
        p_html = leaf('text/html; charset="windows-1251"', cte, h.encode(cs))
    if attachments:
        alt = p_plain if plain_only else multi('alternative', [p_plain, p_html], boundary.replace('_000_', '_001_'))
        parts = [alt]
        for fname, ctype, data in attachments:
            enc_name = ew(fname, cs, 'B', maxlen=300)
            parts.append(leaf('%s;\n name="%s"' % (ctype, enc_name), 'base64', data,
                              ['Content-Disposition: attachment;\n filename="%s"' % enc_name]))
        body = multi('mixed', parts, boundary)
    elif plain_only:
        body = p_plain
    else:
        body = multi('alternative', [p_plain, p_html], boundary)
    headers = [
        ('From', ad(PETR, cs)),
        ('To', ad(to, cs)),
        ('Cc', ad(cc, cs) if cc else None),
        ('References', in_reply_to),
        ('In-Reply-To', in_reply_to),
        ('Subject', hv(subject, cs)),
        ('Date', date_hdr(date)),
        ('Message-ID', mid),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'Microsoft Outlook 14.0'),
        ('Thread-Index', thread_index()),
        ('Content-Language', 'ru'),
    ]
    return message(headers, body)


def gmail_ids():
    mid = '<CA%s%s@mail.gmail.com>' % (alnum(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
                                       alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-='))
    boundary = '000000000000' + hexid(12)
    return mid, boundary


def gmail(who, date, subject, text, qhdr=None, qlines=None, fwd=None, in_reply_to=None, to=DISPATCH,
          extra_headers=()):
    """fwd = (intro_header_lines(list), forwarded_text)"""
    esc = lambda s: html.escape(s, quote=False)
    plain = text
    h = '<div dir="auto">' + '<br>'.join(esc(l) for l in text.split('\n')) + '</div>'
    if fwd:
        fh, ft = fwd
        plain += '\n\n---------- Пересылаемое сообщение ---------\n' + '\n'.join(fh) + '\n\n' + ft
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              '---------- Пересылаемое сообщение ---------<br>' + '<br>'.join(esc(l) for l in fh) +
              '<br></div><br><br><div dir="auto">' + '<br>'.join(esc(l) for l in ft.split('\n')) + '</div></div>')
    if qhdr:
        plain += '\n\n' + qhdr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in qlines)
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(qhdr) +
              '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
              '<br>'.join(esc(l) for l in qlines) + '</blockquote></div>')
    mid, boundary = gmail_ids()
    body = multi('alternative', [
        leaf('text/plain; charset="UTF-8"', 'base64', (plain + '\n').encode('utf-8')),
        leaf('text/html; charset="UTF-8"', 'base64', (h + '\n').encode('utf-8')),
    ], boundary, params='')
    headers = [
        ('MIME-Version', '1.0'),
        ('References', in_reply_to),
        ('In-Reply-To', in_reply_to),
        ('From', ad(who)),
        ('Date', date_hdr(date, strip_zero=True)),
        ('Message-ID', mid),
        ('Subject', hv(subject)),
        ('To', to[1] if who is not None else None),
    ] + list(extra_headers)
    return message(headers, body), mid


def tb_ids():
    mid = '<%s-%s-%s-%s-%s@kotloteh-vl.ru>' % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))
    boundary = '------------' + alnum(24)
    return mid, boundary


TB_UA = 'Mozilla Thunderbird'
TB_UA_FULL = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2'


def tb(date, subject, text, html_only=None, in_reply_to=None, attach_msg=None, to=DISPATCH, who=OLGA, mid=None):
    _mid, boundary = tb_ids()
    mid = mid or _mid
    if html_only is not None:
        body = leaf('text/html; charset=UTF-8', 'quoted-printable', html_only.encode('utf-8'))
    else:
        body = leaf('text/plain; charset=UTF-8; format=flowed', '8bit', flow(text).encode('utf-8'))
    if attach_msg is not None:
        fname, raw = attach_msg
        att = leaf_noenc('message/rfc822; charset=UTF-8;\n name="%s"' % hv(fname),
                         raw.replace(b'\r\n', b'\n'),
                         ['Content-Disposition: attachment;\n filename="%s"' % hv(fname)])
        body = multi('mixed', [body, att], boundary, preamble='This is a multi-part message in MIME format.')
    headers = [
        ('Message-ID', mid),
        ('Date', date_hdr(date)),
        ('MIME-Version', '1.0'),
        ('User-Agent', TB_UA_FULL),
        ('Content-Language', 'ru'),
        ('References', in_reply_to),
        ('In-Reply-To', in_reply_to),
        ('To', ad(to)),
        ('From', ad(who)),
        ('Subject', hv(subject)),
    ]
    return message(headers, body)


def thebat(date, subject, text, in_reply_to=None, to=DISPATCH):
    cs = 'koi8-r'
    stamp = date.strftime('%Y%m%d%H%M%S')
    mid = '<%d.%s@kotloteh-vl.ru>' % (rnd.randint(100000000, 1999999999), stamp)
    body = leaf('text/plain; charset=koi8-r', '8bit', hardwrap(text).encode(cs))
    headers = [
        ('Date', date_hdr(date)),
        ('From', ad(('Ольга Кравцова', OLGA[1]), cs, 'Q')),
        ('X-Mailer', 'The Bat! (v9.4.5) Professional'),
        ('Reply-To', ad(('Ольга Кравцова', OLGA[1]), cs, 'Q')),
        ('X-Priority', '3 (Normal)'),
        ('Message-ID', mid),
        ('To', ad(to, cs, 'Q')),
        ('In-Reply-To', in_reply_to),
        ('References', in_reply_to),
        ('Subject', hv(subject, cs, 'Q')),
        ('MIME-Version', '1.0'),
    ]
    return message(headers, body)


def disp_mid():
    return '<%s.%s@zakazchik-omis.ru>' % (hexid(16), alnum(6).lower())


# --------------------------------------------------------------------------- corpus
LETTERS = []   # (raw bytes, label)


def add(raw, label):
    LETTERS.append((raw, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


S_ACC, S_WAY, S_ON, S_OFF = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ---------------- Nov 2 ----------------------------------------------------------------
add(petr(dt(2, '10:05'), 'RE: Заявка № 55012 - котельная СОШ №14', """Добрый день!

Заявку № 55012 приняли в работу.

По существу, как понял из заявки и из разговора с оператором котельной (Нина Васильевна, смена с 8:00): котёл № 1 Buderus Logano SK745, зав. № 77365012-014, с начала отопительного сезона уходит в аварию по пламени, за выходные три раза. Горелка на нём Weishaupt WM-G10/2, в прошлом сезоне меняли электрод ионизации, так что подозреваю либо опять электрод, либо менеджер горения W-FM 50. Котёл № 2 работает нормально, автоматику безопасности на нём посмотрим заодно, раз просите. По ГРУ – проверка срабатывания ПЗК и ПСК, настройка РДБК1-50, давление на выходе держим 2,0 кПа.

Выезд бригады планирую на завтра, 03.11, с утра. Старший – наладчик Кузьмин Д.А., с ним слесарь Шевчук А.В. Наряд-допуск на газоопасные работы № 114 оформим на месте.

Просьба предупредить завхоза школы, чтобы к 9:00 был на месте с ключами от ГРУ.
""", quote="""От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 2 ноября 2026 г. 8:41
Кому: Громов П.С.
Тема: Заявка № 55012 - котельная СОШ №14

Добрый день.
Направляем заявку № 55012, объект: котельная МБОУ СОШ № 14, ул. Северная, д. 22.
Позиции:
1 – котёл № 1 (аварийные остановы по пламени)
2 – котёл № 2 (проверка автоматики безопасности)
3 – ГРУ (проверка ПЗК/ПСК)
Просим подтвердить принятие.""", in_reply_to=disp_mid()),
    D('55012', [], S_ACC, 'Outlook reply: «Заявку № 55012 приняли в работу»; выезд завтра – только план; «Наряд-допуск № 114», зав. № 77365012-014 – не номера заявок'))

# ---------------- Nov 3 ----------------------------------------------------------------
add(gmail(DENIS, dt(3, '08:50'), '55012', 'выехали на северную 22, будем минут через 40')[0],
    D('55012', [], S_WAY, 'номер только в теме, «выехали … будем через 40 минут»'))

add(gmail(DENIS, dt(3, '09:42'), '55012 на месте', 'на месте. начали с п1 и п2')[0],
    D('55012', ['1', '2'], S_ON, 'на месте, названы п1 и п2'))

OLGA_55047_MID = '<b1c7e0a4-5f3d-4e21-9a0b-77d2c3e15a10@kotloteh-vl.ru>'
add(tb(dt(3, '12:05'), 'Re: Заявка 55047 ИТП Добросельская 181-А', """Добрый день!

Приняли в работу. Исполнитель — Шевчук Артём, моб. 8-930-741-55-02. Выезд завтра с утра (04.11 праздник, но раз течёт — поедем).

""" + OLGA_SIG + """

03.11.2026 11:22, Диспетчерская ОМИС пишет:
> Заявка 55047
> Объект: ИТП жилого дома, ул. Добросельская, д. 181-А
> 1 — пластинчатый теплообменник ГВС (течь, недогрев)
> 2 — циркуляционный насос ГВС (шум)
> Просьба принять в работу.
""", in_reply_to=disp_mid(), mid=OLGA_55047_MID),
    D('55047', [], S_ACC, 'номер только в теме Re: и в цитате; новый текст «Приняли в работу»; телефон 8-930-741-55-02 не номер'))

add(petr(dt(3, '17:35'), 'Заявка 55012 - итоги 03.11', """Добрый вечер.

По заявке № 55012 (котельная СОШ № 14) сообщаю итоги сегодняшнего дня.

Позиция 1, котёл № 1 Buderus Logano SK745. Причина аварийных остановов подтвердилась: ток ионизации 2–3 мкА при норме не менее 5 мкА, электрод ионизации со следами оплавления, изолятор треснут. Электрод заменили (Weishaupt арт. 241 110 14 12/2, со своего склада), зазор выставили 3 мм. После замены ток ионизации 18 мкА, горелка Weishaupt WM-G10/2 отработала 6 пусков подряд без срывов. Температура подачи 82 °С, обратки 61 °С, давление в котле 3,4 кгс/см2.

Позиция 2, котёл № 2. Проверили автоматику безопасности: по давлению газа min/max, по тяге, по перегреву – всё срабатывает, замечаний нет.

Позиция 3, ГРУ – сегодня не успели, завхоз так и не нашёл ключи. Перенесли на четверг 05.11, поедет Шевчук.

Показания счётчика газа на 16:30 – 458 713,22 м3 (оператор записала в журнал).
Бригада убыла с объекта в 16:50.

Акт по позициям 1 и 2 подготовим после выполнения ГРУ, одним документом.
"""),
    D('55012', ['1', '2'], S_OFF, 'по поз. 1 и 2 работы выполнены, бригада убыла 16:50; поз. 3 перенесена (план)'))

# ---------------- Nov 4 ----------------------------------------------------------------
add(gmail(ARTEM, dt(4, '08:15'), 'ИТП добросельская', 'выезжаю на добросельскую 181а (55047), буду через 25 мин')[0],
    D('55047', [], S_WAY, 'номер в скобках после адреса; «выезжаю … буду через 25 мин»'))

add(gmail(ARTEM, dt(4, '13:40'), 'Re: Заявка 55047 ИТП Добросельская 181-А',
          """по п1 всё. теплообменник ридан нн14 разобрали промыли, 2 прокладки поменял, собрал, опрессовал на 10 кгс течи нет. гвс 58 градусов
по п2 насос гремит, подшипник 6204 надо менять, завтра приеду с подшипником
уехал""",
          qhdr='вт, 3 нояб. 2026 г. в 12:05, Ольга Кравцова <o.kravtsova@kotloteh-vl.ru>:',
          qlines=['Добрый день!', '', 'Приняли в работу. Исполнитель — Шевчук Артём, моб. 8-930-741-55-02. Выезд завтра с утра (04.11 праздник, но раз течёт — поедем).'],
          in_reply_to=OLGA_55047_MID)[0],
    D('55047', ['1'], S_OFF, 'п1 готово и «уехал»; п2 – план на завтра; цитата с «Приняли в работу» не считается'))

# ---------------- Nov 5 ----------------------------------------------------------------
raw, art_55047_2 = gmail(ARTEM, dt(5, '09:05'), '55047-2', 'на месте, меняю подшипник')
add(raw, D('55047', ['2'], S_ON, 'позиция через дефис в теме «55047-2», «на месте»'))

add(petr(dt(5, '09:30'), 'RE: Заявка 55103 детский сад №7 - горелка', """Добрый день.

Принято, заявку 55103 берём. Горелку эту знаем, Weishaupt WM-G10/2 зав. № 4711 0223, в 2024 году сами делали на ней пусконаладку. Судя по описанию (горелка стартует, через 10-15 секунд уходит в блокировку, на W-FM код 21), скорее всего датчик давления воздуха или забился фильтр на газовой рампе. Направляю наладчика Кузьмина Д.А., запчасти возьмёт с собой.

Телефон наладчика для связи с заведующей: +7 920 915-33-08.
""", quote="""От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 5 ноября 2026 г. 7:57
Кому: Громов П.С.
Копия: Кравцова О.
Тема: Заявка 55103 детский сад №7 - горелка

Заявка 55103, МБДОУ детский сад № 7, ул. Полины Осипенко, д. 9.
Позиция 1 – горелка котла уходит в аварию. Срочно, в саду холодно.""", in_reply_to=disp_mid(),
         cc=OLGA, sig=PETR_SIG_SHORT),
    D('55103', [], S_ACC, '«Принято, заявку 55103 берём»; «направляю» – ещё не выезд; зав. № и телефон – не номера'))

add(gmail(DENIS, dt(5, '10:20'), 'детский сад 7',
          'заявка 55103 едем в детский сад номер 7 осипенко 9 будем через полчаса запятая передайте заведующей чтобы открыла котельную')[0],
    D('55103', [], S_WAY, 'голосовой ввод («запятая»), «едем … будем через полчаса»; «номер 7» – номер детсада'))

add(gmail(ARTEM, dt(5, '11:58'), 'Re: 55047-2',
          'готово. подшипник поменял, насос работает тихо, давление 4,2/3,6 кгс. акт подписал у председателя',
          qhdr='чт, 5 нояб. 2026 г. в 09:11, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
          qlines=['Принято, ждём информацию по завершению.'], in_reply_to=disp_mid())[0],
    D('55047', ['2'], S_OFF, 'результат «готово … насос работает» = работа по поз. 2 завершена'))

add(gmail(ARTEM, dt(5, '12:45'), 'гру северная', '55012 ГРУ (поз.3) прибыл, ключи у завхоза забрал, начинаю')[0],
    D('55012', ['3'], S_ON, '«поз.3 прибыл»'))

add(gmail(DENIS, dt(5, '14:55'), 'Re: детский сад 7',
          '55103 всё, выехали с объекта. дело было в датчике давления воздуха lgw 10 a2, поменял. горелку настроил co 12 ppm o2 3,8 %')[0],
    D('55103', [], S_OFF, '«выехали с объекта» – убыли (а не в пути); модель LGW 10 A2 не номер'))

add(tb(dt(5, '15:20'), 'Заявка № 55012 — позиция 3 (ГРУ) выполнена', None, html_only="""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Добрый день!</p>
    <p>Сообщаем, что по заявке № 55012 (котельная МБОУ СОШ № 14, ул. Северная, 22) работы по <b>позиции 3 — ГРУ</b> завершены сегодня в 14:45, специалист убыл с объекта.</p>
    <p>Выполнено: проверка срабатывания ПЗК (настройка 3,0 кПа), ПСК (2,5 кПа), настройка РДБК1-50, давление на выходе 2,0 кПа. Замечаний нет.</p>
    <p>Акт № 318 от 05.11.2026 по всей заявке передадим с курьером.</p>
    <div class="moz-signature">-- <br>
      Кравцова Ольга<br>
      диспетчер ООО «КотлоТехСервис»<br>
      (4922) 44-17-91</div>
  </body>
</html>
"""),
    D('55012', ['3'], S_OFF, 'HTML-only, формальная сводка диспетчера: поз. 3 завершена, специалист убыл; акт № 318 не номер'))

PDF = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'
add(petr(dt(5, '16:10'), 'Насос ГВС Добросельская, 181-А - предложение', """Добрый день.

По насосу ГВС на ИТП Добросельская, 181-А (ваша заявка 55047). Насосу Grundfos UPS 32-80 180 по паспорту 2011 год, рабочее колесо и вал изношены, подшипники будут сыпаться и дальше. Рекомендую в плановом порядке заменить насос на новый – Grundfos UPS 32-80 180 или аналог Wilo TOP-S 30/10.

Коммерческое предложение во вложении (КП № 212 от 05.11.2026), стоимость с работой 41 600 руб., в т.ч. НДС. Прошу рассмотреть и сообщить решение. Если согласуете – оформим дополнительным соглашением к договору № 17/26-ТО.
""", attachments=[('КП_212_насос_ГВС.pdf', 'application/pdf', PDF)]),
    R('коммерческое предложение/цена по 55047, статус не сообщается'))

# ---------------- Nov 6 ----------------------------------------------------------------
add(petr(dt(6, '11:45'), 'RE: Заявка № 55168 БМК Юрьевец - ТО', """Добрый день.

Заявку № 55168 на сезонное ТО блочно-модульной котельной (Юрьевец, ул. Ноябрьская, д. 130) принимаем в полном объёме.

Сразу несколько моментов, чтобы потом не было вопросов:
1) Котлы ICI Caldaie REX 95 – три штуки, на каждом горелка Weishaupt WM-G10/3. Выводить все три котла в ТО в один день не сможем – котельная в работе, нагрузка сейчас под 1,6 Гкал/ч, минимум один котёл должен быть в работе. Поэтому предлагаю: в понедельник 09.11 котлы № 1 и № 2 плюс ХВО, во вторник 10.11 котёл № 3.
2) Для ХВО нужна таблетированная соль, 2 мешка по 25 кг, соль ваша по договору – прошу проверить наличие на объекте.
3) Газоопасные работы – по наряду-допуску, ответственный я, удостоверение № 0412-ГИ.

Бригада 3 человека, две машины. Пропуск на территорию прошу заказать на Кузьмина Д.А., Шевчука А.В., Лапина И.Н.
""", in_reply_to=disp_mid(), sig=PETR_SIG_FULL),
    D('55168', [], S_ACC, 'принята «в полном объёме»; пункты 1)–3) – не позиции; план по дням не статус'))

# ---------------- Nov 9 ----------------------------------------------------------------
raw, art_bmk = gmail(ARTEM, dt(9, '08:05'), 'Юрьевец БМК',
                     '55168 выехали двумя машинами, газель о417ма33 и нива р208ет33. будем к 9')
add(raw, D('55168', [], S_WAY, 'выехали, будем к 9; госномера машин – не номера'))

add(gmail(ARTEM, dt(9, '09:10'), 'Re: Юрьевец БМК', 'НА МЕСТЕ 55168. оператор встретил, начинаем',
          qhdr='пн, 9 нояб. 2026 г. в 08:05, Артём Шевчук <artem.shevchuk33@gmail.com>:',
          qlines=['55168 выехали двумя машинами, газель о417ма33 и нива р208ет33. будем к 9'],
          in_reply_to=art_bmk)[0],
    D('55168', [], S_ON, 'капсом «НА МЕСТЕ»; в цитате старое «выехали»'))

BMK_TABLE = """<p class=MsoNormal>Добрый вечер.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>По заявке 55168 (ТО БМК, Юрьевец, ул. Ноябрьская, 130) итоги за 09.11:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=48 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Поз.<o:p></o:p></b></p></td><td width=200 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Оборудование<o:p></o:p></b></p></td><td width=280 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Что сделано<o:p></o:p></b></p></td><td width=110 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Результат<o:p></o:p></b></p></td></tr>
<tr><td style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>1<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Котёл № 1 ICI REX 95, горелка WM-G10/3<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Чистка топки и жаротрубного пучка, настройка горелки: CO 8 ppm, O2 3,2 %<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>выполнено<o:p></o:p></p></td></tr>
<tr><td style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>2<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Котёл № 2 ICI REX 95, горелка WM-G10/3<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>То же, заменён смотровой глазок, CO 11 ppm, O2 3,5 %<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>выполнено<o:p></o:p></p></td></tr>
<tr><td style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>3<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Котёл № 3 ICI REX 95<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Не выводили – держал нагрузку<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>перенос на 10.11<o:p></o:p></p></td></tr>
<tr><td style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>4<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>ХВО<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Регенерация, ревизия клапана управления, жёсткость на выходе 0,05 мг-экв/л<o:p></o:p></p></td><td style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>выполнено<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Бригада убыла с объекта в 17:40. Котлы № 1, № 2 и № 3 в работе, завтра утром выводим № 3 в ТО.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>"""
BMK_PLAIN = """Добрый вечер.

По заявке 55168 (ТО БМК, Юрьевец, ул. Ноябрьская, 130) итоги за 09.11:

Поз.\tОборудование\tЧто сделано\tРезультат
1\tКотёл № 1 ICI REX 95, горелка WM-G10/3\tЧистка топки и жаротрубного пучка, настройка горелки: CO 8 ppm, O2 3,2 %\tвыполнено
2\tКотёл № 2 ICI REX 95, горелка WM-G10/3\tТо же, заменён смотровой глазок, CO 11 ppm, O2 3,5 %\tвыполнено
3\tКотёл № 3 ICI REX 95\tНе выводили – держал нагрузку\tперенос на 10.11
4\tХВО\tРегенерация, ревизия клапана управления, жёсткость на выходе 0,05 мг-экв/л\tвыполнено

Бригада убыла с объекта в 17:40. Котлы № 1, № 2 и № 3 в работе, завтра утром выводим № 3 в ТО.
"""
add(petr(dt(9, '18:20'), 'Заявка 55168 - ТО БМК, итоги 09.11', BMK_PLAIN, body_html=BMK_TABLE),
    D('55168', ['1', '2', '4'], S_OFF, 'HTML-таблица по позициям: 1, 2, 4 выполнено, бригада убыла 17:40; поз. 3 – перенос'))

# ---------------- Nov 10 ---------------------------------------------------------------
# Latin look-alike letters inside Cyrillic words: "нa мeсте", "остываeт"
raw, den_bmk3 = gmail(DENIS, dt(10, '08:55'), '55168 поз3 на месте', 'н\u0061 м\u0065сте, котел 3 остановили, остыва\u0065т')
add(raw, D('55168', ['3'], S_ON, 'латинские a/e внутри «нa мeсте»; поз3 в теме'))

add(thebat(dt(10, '09:10'), 'Re: Заявка 55220 - ИТП поликлиники', """Здравствуйте, Диспетчерская.

Вы писали 10 ноября 2026 г., 8:32:

ДО> Заявка 55220, ИТП ГБУЗ "Городская поликлиника N 2", ул. Горького, д. 48.
ДО> 1 - регулятор Danfoss ECL Comfort 310, не держит график
ДО> 2 - узел учета тепловой энергии ВКТ-7, ошибка по расходу
ДО> Просим принять в работу.

Заявку приняли. Исполнитель Кузьмин Денис, сейчас заканчивает на Юрьевце, к вам ориентировочно после 11:00.

-- 
С уважением,
 Ольга                            mailto:o.kravtsova@kotloteh-vl.ru
""", in_reply_to=disp_mid()),
    D('55220', [], S_ACC, 'The Bat!, KOI8-R, цитата с префиксом «ДО>» сверху, ответ снизу: «Заявку приняли»; время – план'))

# Outlook read receipt (MDN)
mid, boundary = outlook_ids()
rr_text = """Ваше сообщение

  Кому: Громов П.С.
  Тема: Заявка 55220 - ИТП поликлиники
  Отправлено: 10.11.2026 8:32

было прочитано 10.11.2026 9:30."""
rr = multi('report', [
    leaf('text/plain; charset="windows-1251"', 'quoted-printable', rr_text.encode('windows-1251')),
    leaf_noenc('message/disposition-notification', b"""Reporting-UA: kotloteh-vl.ru; Microsoft Outlook 14.0
Final-Recipient: rfc822;p.s.gromov@kotloteh-vl.ru
Original-Message-ID: <4f1a22c9d0b87e31.k2m9qa@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
], boundary, params=' report-type=disposition-notification;')
add(message([
    ('From', ad(PETR, 'windows-1251')),
    ('To', ad(DISPATCH, 'windows-1251')),
    ('Subject', hv('Прочитано: Заявка 55220 - ИТП поликлиники', 'windows-1251')),
    ('Date', date_hdr(dt(10, '09:30'))),
    ('Message-ID', mid),
    ('MIME-Version', '1.0'),
    ('X-Mailer', 'Microsoft Outlook 14.0'),
    ('Thread-Index', thread_index()),
    ('Content-Language', 'ru'),
], rr), I('уведомление о прочтении Outlook (MDN) – машинное'))

add(gmail(DENIS, dt(10, '11:05'), 'Re: 55168 поз3 на месте',
          'поз 3 всё, котел 3 в работе, горелку настроили co 9 ppm. уехали на поликлинику',
          qhdr='вт, 10 нояб. 2026 г. в 09:02, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
          qlines=['Принято. Сообщите по завершении.', '', '> нa мeсте, котел 3 остановили, остываeт'],
          in_reply_to=den_bmk3)[0],
    D('55168', ['3'], S_OFF, 'тема Re: со старым «на месте», тело – «всё … уехали на поликлинику» (уехали на другой объект = убыли с этого)'))

add(tb(dt(10, '11:20'), 'Fwd: поликлиника', """Пересылаю от Кузьмина по 55220.

-------- Пересланное сообщение --------
Тема: 	поликлиника
Дата: 	Tue, 10 Nov 2026 11:12:40 +0300
От: 	Денис Кузьмин <kuzmin.den.vlad@gmail.com>
Кому: 	Ольга Кравцова <o.kravtsova@kotloteh-vl.ru>

выехал в поликлинику на горького, минут через 20 буду. скажи заказчику

""" + OLGA_SIG),
    D('55220', [], S_WAY, 'пересылка Thunderbird: наладчик «выехал … через 20 буду»; номер заявки в тексте Ольги'))

add(gmail(DENIS, dt(10, '11:45'), '55220',
          'п.1 и п.2 на месте. узел учета опломбирован пломба № 0047712, без теплосети не вскрываем')[0],
    D('55220', ['1', '2'], S_ON, '«п.1 и п.2 на месте»; номер пломбы не номер заявки'))

add(gmail(DENIS, dt(10, '15:00'), 'Re: 55220',
          'по п1 экл 310 перепрошил, график 95/70 выставил, датчик наружки заменил. п1 сделано, уехали.\nпо п2 ждем теплосеть, перенос на 12.11')[0],
    D('55220', ['1'], S_OFF, 'п1 сделано, уехали; п2 – перенос (план)'))

# ---------------- Nov 11 ---------------------------------------------------------------
raw, art_bat = gmail(ARTEM, dt(11, '13:40'), '#55291', 'принял 55291 еду, течь на батурина')
add(raw, D('55291', [], S_WAY, '«принял … еду» – последнее событие: в пути; номер с #'))

add(gmail(ARTEM, dt(11, '14:30'), 'Re: #55291',
          'на месте батурина 30 заявка 55291 точка течь по фланцу на подаче после котла запятая сливаем систему точка',
          in_reply_to=art_bat)[0],
    D('55291', [], S_ON, 'голосовой ввод («точка», «запятая»); «на месте»; 30 – номер дома'))

add(gmail(ARTEM, dt(11, '17:20'), 'батурина',
          'всё еще тут. прокладка паронитовая не держит, ставим вторую. задержусь до 19 наверно')[0],
    R('номера заявки нет (только улица в теме)'))

# ---------------- Nov 12 ---------------------------------------------------------------
add(petr(dt(12, '09:00'), 'Заявка 55291 - течь, котельная АБК Батурина 30', """Доброе утро.

Докладываю по заявке 55291 за вчерашний день, 11.11.

Бригада (Шевчук А.В., Лапин И.Н.) выехала в 13:35, на объекте с 14:25. Течь по фланцевому соединению Ду 100 на подающем трубопроводе сразу после котла Viessmann Vitoplex 100 (зав. № 7248061 1 00145), 450 кВт. Причина – прокладка паронит ПОН-Б пересохла и выдавлена, плюс перекос фланцев около 1,5 мм.

Котёл остановили, систему слили до отметки ниже фланца. Первую прокладку ставили паронитовую – при заполнении опять дала капельную течь, пришлось разбирать повторно. Вторую поставили терморасширенный графит с металлической вставкой, болты М16 заменили на новые, затяжка крест-накрест. Опрессовали 6,0 кгс/см2 в течение 30 минут – падения нет. Систему подпитали, давление в системе 1,2 кгс/см2, котёл запущен в 18:40, температура подачи 70 °С.

Бригада убыла в 19:10. Рекомендую в следующий сезон заменить ответные фланцы, фото приложим к акту.
""", sig=PETR_SIG_SHORT),
    D('55291', [], S_OFF, 'длинный отчёт за вчера: прибытие 14:25 и убытие 19:10 – последнее событие убыл; давления, зав. №, М16 – не номера'))

add(petr(dt(12, '11:30'), 'RE: Заявка 55334 ГРПШ-400 котельной', """Добрый день.

Обращение № 55334 приняли.

Работы на ГРПШ газоопасные, выполняются только с представителем газораспределительной организации. Заявку в ГРО подаём сегодня, ориентировочная дата – понедельник 16.11, окончательно будет известно завтра к обеду. По узлу учёта газа (RVG G65) срок поверки истекает 30.11.2026, поэтому счётчик снимем на поверку в этот же выезд и поставим подменный.
""", plain_only=True, cte='base64', in_reply_to=disp_mid()),
    D('55334', [], S_ACC, '«Обращение № 55334 приняли»; Outlook plain, base64, cp1251; даты – план'))

add(petr(dt(12, '16:40'), '55220 - узел учёта, поликлиника № 2', """Добрый день.

По узлу учёта тепловой энергии на ИТП поликлиники № 2 (поз. 2 заявки 55220).

Сегодня в присутствии представителя теплоснабжающей организации Мухина С.В. сняли пломбу № 0047712, проверили преобразователь расхода ПРЭМ-50 на подаче (зав. № 418825) – обрыв сигнальной линии в клеммной коробке, окислились контакты. Линию восстановили, клеммник заменили. Тепловычислитель ВКТ-7 (зав. № 22871) ошибку по расходу больше не показывает, расход по подаче 7,84 м3/ч, по обратке 7,61 м3/ч.

Узел опломбирован вновь, пломба № 0051344, составлен акт повторного допуска № 77 от 12.11.2026.

Бригада убыла в 15:20.
"""),
    D('55220', ['2'], S_OFF, 'поз. 2 выполнена, убыла 15:20; пломбы, зав. №, акт № 77 – не номера'))

add(tb(dt(12, '17:05'), 'Re: Закрытие позиции 2 по заявке 55220', """Добрый вечер!

Спасибо, информацию получили. Акт передадим в понедельник с курьером.

""" + OLGA_SIG + """

12.11.2026 16:58, Диспетчерская ОМИС пишет:
> Добрый день. Позиция 2 по заявке 55220 закрыта, бригада убыла в 15:20 —
> подтверждаем. Просим предоставить акт.
""", in_reply_to=disp_mid()),
    R('благодарность/подтверждение получения сообщения диспетчера; статус только в цитате'))

# ---------------- Nov 13 ---------------------------------------------------------------
mid, boundary = outlook_ids()
oof = """Здравствуйте!

С 13.11 по 15.11 нахожусь в командировке (г. Иваново), почта читается нерегулярно.
По срочным вопросам обращайтесь к диспетчеру Кравцовой Ольге, тел. (4922) 44-17-91, o.kravtsova@kotloteh-vl.ru.

Громов П.С."""
add(message([
    ('From', ad(PETR, 'windows-1251')),
    ('To', ad(DISPATCH, 'windows-1251')),
    ('Subject', hv('Автоматический ответ: Заявка 55334 - допуск ГРО, уточнение', 'windows-1251')),
    ('Date', date_hdr(dt(13, '10:02'))),
    ('Message-ID', mid),
    ('In-Reply-To', disp_mid()),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('MIME-Version', '1.0'),
    ('X-Mailer', 'Microsoft Outlook 14.0'),
    ('Thread-Index', thread_index()),
    ('Content-Language', 'ru'),
], leaf('text/plain; charset="windows-1251"', 'quoted-printable', oof.encode('windows-1251'))),
    I('автоответ Outlook «нахожусь в командировке»'))

add(gmail(DENIS, dt(13, '14:10'), '55150', 'выехали по 55150 на ставровскую, будем через час')[0],
    R('номер 55150 отсутствует в реестре'))

# ---------------- Nov 16 ---------------------------------------------------------------
add(petr(dt(16, '08:10'), 'Заявка № 55334 - выезд на ГРПШ', """Доброе утро.

Сообщаю, что бригада по заявке № 55334 выехала в 07:55 с базы (ул. Мира, 15) на ГРПШ-400. Состав: Кузьмин Д.А. (старший), Лапин И.Н., автомобиль ГАЗ-27527 е512кх33. Представитель ГРО подъедет к 9:00. Наряд-допуск № 131.
""", sig=PETR_SIG_SHORT),
    D('55334', [], S_WAY, 'бригада выехала с базы на объект – в пути; наряд-допуск № 131, ул. Мира 15, госномер – не номера'))

raw, den_grp = gmail(DENIS, dt(16, '09:05'), '55334 (1)', 'на месте ждем газовиков')
add(raw, D('55334', ['1'], S_ON, 'позиция в скобках в теме «55334 (1)»'))

add(tb(dt(16, '09:40'), 'Re: Заявка № 55402 ИТП общежития', None, html_only="""<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Добрый день!</p>
    <p>Заявка № 55402 принята в работу. Выезд 17.11 в первой половине дня, исполнитель Шевчук А.В., тел. 8-930-741-55-02.</p>
    <div class="moz-signature">-- <br>
      Кравцова Ольга<br>
      диспетчер ООО «КотлоТехСервис»<br>
      (4922) 44-17-91</div>
    <div class="moz-cite-prefix">16.11.2026 09:03, Диспетчерская ОМИС пишет:<br>
    </div>
    <blockquote type="cite">
      <p>Заявка № 55402, ИТП общежития, ул. Студенческая, д. 10.<br>
        1 — ГВС, температура 45 °С<br>
        2 — отопление, не прогреваются верхние этажи</p>
    </blockquote>
  </body>
</html>
""", in_reply_to=disp_mid()),
    D('55402', [], S_ACC, 'HTML-only: «принята в работу»; выезд 17.11 – план'))

add(gmail(DENIS, dt(16, '14:30'), 'Re: 55334 (1)',
          'п1 п2 закончили, переходы на резерв и обратно норм, пзк сработал на 3,2 кпа, пск на 2,6. по 3-й (счетчик) завтра, газовик сегодня не успевает, показания сейчас 184 562,3. уехали',
          in_reply_to=den_grp)[0],
    D('55334', ['1', '2'], S_OFF, 'п1 п2 закончили, уехали; п3 – завтра; показания счётчика не номер'))

add(gmail(ARTEM, dt(16, '15:00'), '55402 вопрос',
          'по 55402 какой код от двери теплоузла и кто там ответственный? дайте телефон коменданта')[0],
    R('вопрос, статуса нет'))

# ---------------- Nov 17 ---------------------------------------------------------------
raw, art_402 = gmail(ARTEM, dt(17, '08:20'), '55402', 'выезжаем с ноябрьской на студенческую 10 по 55402, минут 30')
add(raw, D('55402', [], S_WAY, '«выезжаем с Ноябрьской (другой объект) на Студенческую» – едут на этот объект'))

add(gmail(ARTEM, dt(17, '09:00'), 'Re: 55402', 'на месте, комендант открыл. по п1 и п2 начали', in_reply_to=art_402)[0],
    D('55402', ['1', '2'], S_ON, 'на месте, названы п1 и п2'))

add(gmail(DENIS, dt(17, '10:00'), '55334', 'по третьей позиции прибыли, газовик тут, снимаем счетчик на поверку')[0],
    D('55334', ['3'], S_ON, '«по третьей позиции прибыли» – порядковое числительное словом'))

add(tb(dt(17, '13:20'), 'Заявка 55334, позиция 3 — выполнено', """Добрый день!

Информирую: по заявке 55334, позиция 3 (узел учёта газа, счётчик RVG G65 зав. № 05117384) счётчик снят на поверку, установлен подменный RVG G65 зав. № 05120931, начальные показания 000012,4 м3, опломбирован представителем ГРО (пломба № А 0782215). Показания снятого счётчика на момент демонтажа — 184 571,8 м3.

Работы завершены в 13:05, бригада убыла с объекта.

""" + OLGA_SIG),
    D('55334', ['3'], S_OFF, 'формальная сводка: поз. 3 завершена, убыла 13:05; зав. №, пломба, показания – не номера'))

add(petr(dt(17, '17:40'), 'RE: Статус по заявке 55402', """Добрый вечер.

По 55402 (ИТП общежития, ул. Студенческая, 10):

поз. 1, ГВС – заменён регулирующий клапан Danfoss VB2 Ду 20 (старый заклинило в положении 30 %), температура ГВС держится 60-62 °С;
поз. 2, отопление – промыли сетчатые фильтры Ду 80 на подаче и обратке (забиты окалиной наполовину), перепад на ИТП был 1,4 кгс/см2, после промывки 0,5 кгс/см2. Верхние этажи прогрелись, на 5-м этаже стояк 55 °С.

Работы закончены, бригада убыла в 16:30.

Отдельно: комендант просит посмотреть элеваторный узел в соседнем корпусе – это, видимо, новой заявкой, дайте знать.
""", quote="""-----Original Message-----
From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Sent: Tuesday, November 17, 2026 3:12 PM
To: Громов П.С.
Subject: Статус по заявке 55402

Пётр Семёнович, добрый день. Прошу сообщить статус работ по заявке 55402, с утра информации не было.""",
         plain_only=True, in_reply_to=disp_mid(), sig=PETR_SIG_SHORT),
    D('55402', ['1', '2'], S_OFF, 'поз. 1 и поз. 2 выполнены, бригада убыла 16:30; цитата -----Original Message----- с вопросом'))

# ---------------- Nov 18 ---------------------------------------------------------------
raw, den_457 = gmail(DENIS, dt(18, '07:50'), '55457', '55457 принял, собираюсь')
add(raw, D('55457', [], S_ACC, '«принял, собираюсь» – принята, ещё не в пути'))

add(gmail(DENIS, dt(18, '08:30'), 'Re: 55457', 'еще не выехали, газель не заводится, ждем вторую машину с базы', in_reply_to=den_457)[0],
    R('отрицание: «ещё не выехали»'))

add(petr(dt(18, '09:20'), 'FW: 55457', """Пересылаю по наряду 55457. Газель так и не завелась, ушли на второй машине, с опозданием на час.
""", quote="""От: Денис Кузьмин [mailto:kuzmin.den.vlad@gmail.com]
Отправлено: 18 ноября 2026 г. 9:13
Кому: Громов П.С.
Тема: 55457

выехал с базы на 55457, баня на гастелло""", sig=PETR_SIG_SHORT),
    D('55457', [], S_WAY, 'пересылка Outlook (FW:, блок От:/Отправлено:): «выехал с базы на 55457» – с базы на объект, в пути'))

add(gmail(DENIS, dt(18, '09:57'), '55457 прибытие', 'прибыл 09:55')[0],
    D('55457', [], S_ON, 'существительное «прибытие» в теме, «прибыл 09:55»'))

add(gmail(DENIS, dt(18, '13:25'), '55457 убытие 13:20', 'убыл с объекта. котел на автомате, давление 1,5, т подачи 75')[0],
    D('55457', [], S_OFF, '«убытие 13:20», «убыл с объекта»'))

# ---------------- Nov 19 ---------------------------------------------------------------
add(petr(dt(19, '13:10'), 'RE: Заявка 55519 - котельная ТСЖ "Рассвет"', """Добрый день.

Принимаем. Котёл Protherm Гризли 150 KLO (зав. № 0917 4410 3382 0155), дымосос ДН-3,5 с двигателем АИР71В4. По описанию (котёл уходит в аварию по тяге, на табло F.33) вероятнее всего дымосос или датчик тяги. Выезд завтра утром, исполнитель Шевчук А.В.
""", quote="""От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 19 ноября 2026 г. 12:04
Кому: Громов П.С.
Тема: Заявка 55519 - котельная ТСЖ "Рассвет"

Заявка 55519. Котельная ТСЖ "Рассвет".
1 – котёл Protherm Гризли 150 KLO, аварийный останов
2 – дымосос, шум, не выходит на обороты""", in_reply_to=disp_mid()),
    D('55519', [], S_ACC, '«Принимаем»; номер в теме RE: и в цитате Outlook; выезд завтра – план'))

# Outlook calendar reply
mid, boundary = outlook_ids()
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Громов П.С.:mailto:p.s.gromov@kotloteh-vl.ru
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART;TZID=Russian Standard Time:20261124T100000
DTEND;TZID=Russian Standard Time:20261124T113000
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: приёмка ТО БМК Юрьевец (заявка 55168)
UID:040000008200E00074C5B7101A82E00800000000D0A8E1C4B7A4DD01000000000000000010000000A1B2C3D4E5F6
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T123012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ru-RU:ул. Ноябрьская\\, 130\\, БМК
END:VEVENT
END:VCALENDAR
"""
cal = multi('alternative', [
    leaf('text/plain; charset="windows-1251"', 'quoted-printable', '\n'.encode('windows-1251')),
    leaf('text/calendar; charset="windows-1251"; method=REPLY', 'base64', ics.encode('windows-1251')),
], boundary)
add(message([
    ('From', ad(PETR, 'windows-1251')),
    ('To', ad(DISPATCH, 'windows-1251')),
    ('Subject', hv('Принято: Совещание: приёмка ТО БМК Юрьевец (заявка 55168)', 'windows-1251')),
    ('Date', date_hdr(dt(19, '15:30'))),
    ('Message-ID', mid),
    ('MIME-Version', '1.0'),
    ('Content-class', 'urn:content-classes:calendarmessage'),
    ('X-Mailer', 'Microsoft Outlook 14.0'),
    ('Thread-Index', thread_index()),
    ('Content-Language', 'ru'),
], cal), I('ответ на приглашение в календаре Outlook («Принято: …»), METHOD:REPLY'))

add(tb(dt(19, '17:45'), 'Сводка за 19.11', """Добрый вечер!

Сводка по работам за 19.11:

55457 — повторный выезд по замечанию оператора (подтекал предохранительный клапан 3 бар), клапан заменён, бригада убыла в 12:10.
55291 — контрольный осмотр фланца после ремонта, течи нет, убыли в 15:40.
55519 — заявка принята, выезд 20.11 утром.

""" + OLGA_SIG),
    R('сводка по нескольким заявкам (55457, 55291, 55519) в одном письме'))

# ---------------- Nov 20 ---------------------------------------------------------------
add(gmail(ARTEM, dt(20, '08:40'), 'Re: Заявка 55519 - котельная ТСЖ "Рассвет"', 'выехали, будем в 9:30',
          qhdr='чт, 19 нояб. 2026 г. в 13:10, Громов П.С. <p.s.gromov@kotloteh-vl.ru>:',
          qlines=['Добрый день.', '', 'Принимаем. Котёл Protherm Гризли 150 KLO, дымосос ДН-3,5 с двигателем АИР71В4. Выезд завтра утром, исполнитель Шевчук А.В.'],
          in_reply_to='<3b0c01dd1a2f$4c7e9a10$e57bce30$@kotloteh-vl.ru>')[0],
    D('55519', [], S_WAY, 'номер только в старой теме Re: и в цитате; «выехали, будем в 9:30»'))

add(gmail(ARTEM, dt(20, '09:50'), 'тсж рассвет', '#55519 на месте с 9:45, председатель встретил')[0],
    D('55519', [], S_ON, '«#55519 на месте с 9:45»'))

add(thebat(dt(20, '10:15'), 'Re: Заявка 55608 ФОК "Олимп"', """Здравствуйте, Диспетчерская.

Вы писали 20 ноября 2026 г., 9:47:

ДО> Заявка 55608. Котельная ФОК "Олимп".
ДО> 1 - котел N 1, 2 - котел N 2 (сезонное ТО)
ДО> 3 - сетевые насосы, течь по торцевому уплотнению

Приняли, заявка в работе. Выезд в понедельник 23.11 с утра, бригада Кузьмина. Торцевое уплотнение под насос Wilo IL 65/170 заказали, будет в пятницу.

-- 
С уважением,
 Ольга                            mailto:o.kravtsova@kotloteh-vl.ru
""", in_reply_to=disp_mid()),
    D('55608', [], S_ACC, 'The Bat! KOI8-R, «Приняли, заявка в работе»; выезд 23.11 – план'))

add(gmail(ARTEM, dt(20, '12:30'), '55519 дымосос',
          'дымосос п2 не крутится, движок сгорел аир 71 в4 0,75 квт 1500 об. надо менять. новый 14 тыс. согласуйте или ищем б/у? котел без дымососа не запустить')[0],
    R('вопрос о согласовании цены двигателя; нового статуса нет'))

add(petr(dt(20, '15:00'), 'Акты по заявке 55168 - не подписаны', """Добрый день.

Вынужден обратить внимание: акты выполненных работ по заявке 55168 (сезонное ТО БМК, Юрьевец) № 321 и № 322 от 10.11.2026 переданы вашему представителю на объекте 10.11, до сих пор не подписаны и не возвращены. Без подписанных актов бухгалтерия не может выставить счёт № 1184, а по договору № 17/26-ТО оплата в течение 10 банковских дней с даты подписания акта.

Прошу ускорить подписание. Если есть замечания к работам – сообщите, устраним.
""", sig=PETR_SIG_FULL),
    R('претензия по документам (акты/счёт/договор), статуса нет'))

# ---------------- Nov 21 (bulk mail) ---------------------------------------------------
nl_plain = """КотлоТехСервис — ноябрьская рассылка

Уважаемые партнёры!

До 30.11.2026 действует предложение на сезонное обслуживание горелок Weishaupt, Baltur и Riello: скидка 15 % на ТО при заключении договора до конца месяца. Договор комплексного ТО котельной — от 55 000 руб. в квартал.

Новое в нашем складе: электроды ионизации и розжига Weishaupt, датчики давления воздуха LGW, менеджеры горения W-FM 50/W-FM 100.

Телефон отдела продаж: (4922) 44-17-92
Сайт: https://kotloteh-vl.ru

Вы получили это письмо, потому что являетесь клиентом ООО «КотлоТехСервис».
Отписаться: https://kotloteh-vl.ru/unsubscribe?u=d41d8cd98f
"""
nl_html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="color:#c0392b">КотлоТехСервис — ноябрьская рассылка</h2>
<p>Уважаемые партнёры!</p>
<p>До 30.11.2026 действует предложение на сезонное обслуживание горелок Weishaupt, Baltur и Riello: <b>скидка 15 %</b> на ТО при заключении договора до конца месяца. Договор комплексного ТО котельной — от 55 000 руб. в квартал.</p>
<p>Новое в нашем складе: электроды ионизации и розжига Weishaupt, датчики давления воздуха LGW, менеджеры горения W-FM 50/W-FM 100.</p>
<p>Телефон отдела продаж: (4922) 44-17-92<br><a href="https://kotloteh-vl.ru">kotloteh-vl.ru</a></p>
<p style="font-size:11px;color:#888">Вы получили это письмо, потому что являетесь клиентом ООО «КотлоТехСервис».<br>
<a href="https://kotloteh-vl.ru/unsubscribe?u=d41d8cd98f">Отписаться</a></p>
</td></tr></table></body></html>
"""
nl = multi('alternative', [
    leaf('text/plain; charset=utf-8', 'quoted-printable', nl_plain.encode('utf-8')),
    leaf('text/html; charset=utf-8', 'quoted-printable', nl_html.encode('utf-8')),
], 'b1_' + hexid(32))
add(message([
    ('From', ad(('КотлоТехСервис', 'news@kotloteh-vl.ru'))),
    ('To', 'dispatch@zakazchik-omis.ru'),
    ('Subject', hv('Скидка 15% на ТО горелок до 30.11 — КотлоТехСервис')),
    ('Date', date_hdr(dt(21, '10:00', 0))),
    ('Message-ID', '<%s@news.kotloteh-vl.ru>' % hexid(24)),
    ('MIME-Version', '1.0'),
    ('Precedence', 'bulk'),
    ('List-Id', 'KotloTehService news <news.kotloteh-vl.ru>'),
    ('List-Unsubscribe', '<mailto:unsubscribe@kotloteh-vl.ru?subject=unsubscribe>,\n <https://kotloteh-vl.ru/unsubscribe?u=d41d8cd98f>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('X-Mailer', 'Mailing Manager 3.2'),
], nl), I('маркетинговая рассылка (Precedence: bulk, List-Unsubscribe); 55 000 руб. – цена'))

# ---------------- Nov 23 ---------------------------------------------------------------
add(gmail(ARTEM, dt(23, '08:31'), 'Fwd: 55608', 'от дениса, у него почта не уходит',
          fwd=(['От: Денис Кузьмин <kuzmin.den.vlad@gmail.com>', 'Date: пн, 23 нояб. 2026 г. в 08:25',
                'Subject: 55608', 'To: Артём Шевчук <artem.shevchuk33@gmail.com>'],
               'выехали на фок олимп по 55608 будем к 9, отправь диспетчеру'))[0],
    D('55608', [], S_WAY, 'пересылка Gmail: в пересланном «выехали … будем к 9»'))

# forward as attachment (message/rfc822)
den_inner, den_inner_mid = gmail(DENIS, dt(23, '09:12'), 'Re: 55608', 'на месте. котлы оба в работе, начинаем',
                                 to=OLGA)
add(tb(dt(23, '09:30'), 'Fwd: Re: 55608', """Добрый день, пересылаю сообщение Кузьмина по ФОК «Олимп», у него с телефона на ваш адрес почему-то не уходит.

""" + OLGA_SIG, attach_msg=('Re: 55608.eml', den_inner)),
    D('55608', [], S_ON, 'пересылка вложением message/rfc822: «на месте»'))

add(gmail(ARTEM, dt(23, '10:00'), 'Re: Заявка 55777 школа искусств',
          'заявка 55777 принята, выезд в 13:00, сейчас на другом объекте')[0],
    D('55777', [], S_ACC, '«принята», выезд в 13:00 – план'))

add(gmail(DENIS, dt(23, '12:40'), '55608',
          'п1 и п2 закончили, котлы в работе. по п3 сейчас меняем торцевое на сетевом насосе, еще часа 2')[0],
    R('разные статусы для разных позиций: п1/п2 закончены, п3 в работе на месте'))

raw, art_777 = gmail(ARTEM, dt(23, '13:05'), '55777 выезд', 'ВЫЕХ\u0041ЛИ 13:05')
add(raw, D('55777', [], S_WAY, 'тема «55777 выезд», тело капсом «ВЫЕХAЛИ» с латинской A'))

add(gmail(ARTEM, dt(23, '13:50'), 'Re: 55777', 'поз 2 наместе', in_reply_to=art_777)[0],
    D('55777', ['2'], S_ON, 'опечатка «наместе», поз 2'))

add(gmail(ARTEM, dt(23, '15:40'), 'Re: 55777',
          '2 готово, уехали. поз 1 не смотрели, сторож без ключей от щитовой, завтра', in_reply_to=art_777)[0],
    D('55777', ['2'], S_OFF, '«2 готово, уехали»; поз 1 – не сделано, план'))

add(petr(dt(23, '18:05'), 'Заявка 55608 ФОК "Олимп" - выполнено', """Добрый вечер.

По заявке 55608 (котельная ФОК «Олимп») работы выполнены в полном объёме:

поз. 1 – котёл № 1 Viessmann Vitoplex 200 SX2A, 560 кВт: чистка газоходов, проверка автоматики, настройка горелки Weishaupt WM-G20/2, CO 14 ppm, O2 3,0 %;
поз. 2 – котёл № 2, то же, дополнительно заменён датчик температуры уходящих газов;
поз. 3 – сетевой насос Wilo IL 65/170-5,5/2 № 2: заменено торцевое уплотнение BQ1 d=28 мм, течи нет, ток двигателя 9,6 А.

Давление в сети: подача 4,8 кгс/см2, обратка 3,1 кгс/см2. Показания счётчика газа на 15:00 – 1 204 377 м3.

Бригада Кузьмина убыла с объекта в 15:10.
"""),
    D('55608', ['1', '2', '3'], S_OFF, 'по поз. 1, 2, 3 выполнено, бригада убыла 15:10'))

# ---------------- Nov 24 ---------------------------------------------------------------
add(gmail(ARTEM, dt(24, '09:10'), '55777-3', 'на месте')[0],
    R('позиции 3 в заявке 55777 нет'))

add(tb(dt(24, '09:40'), 'Re: 55777 позиция?', """24.11.2026 09:25, Диспетчерская ОМИС пишет:
> Ольга, добрый день. Шевчук пишет "55777-3 на месте", но в заявке 55777
> только две позиции. Уточните, пожалуйста, по какой позиции бригада на
> объекте.

Добрый день! Артём ошибся, речь о позиции 1 (щитовая, ключи сегодня нашли). Бригада на объекте с 09:05.

""" + OLGA_SIG, in_reply_to=disp_mid()),
    D('55777', ['1'], S_ON, 'ответ под цитатой: позиция 1, бригада на объекте с 09:05'))

add(gmail(ARTEM, dt(24, '12:00'), 'Re: 55777',
          'П1 тоже готово. трехходовой клапан esbe vrg131 поменял, привод ara661 оставили старый. уехал', in_reply_to=art_777)[0],
    D('55777', ['1'], S_OFF, '«п1 тоже готово … уехал»; модели ESBE – не номера'))

add(petr(dt(24, '17:00'), 'Заявка 55519 ТСЖ "Рассвет" - работы завершены', """Добрый день.

По заявке 55519 (котельная ТСЖ «Рассвет»). Двигатель для дымососа согласован председателем ТСЖ, сегодня утром получили со склада поставщика.

поз. 2 – дымосос ДН-3,5: двигатель АИР71В4 0,75 кВт 1500 об/мин заменён, рабочее колесо отбалансировано, подшипниковый узел смазан. Разрежение за котлом 28 Па.
поз. 1 – котёл Protherm Гризли 150 KLO: после восстановления тяги котёл запущен, датчик тяги проверен, ошибка F.33 не повторяется, температура подачи 78 °С, давление в системе 2,1 кгс/см2.

Завершение работ – 16:20, бригада убыла.
""", sig=PETR_SIG_SHORT),
    D('55519', ['1', '2'], S_OFF, 'поз. 1 и 2 выполнены, «Завершение работ – 16:20, бригада убыла»'))

# ---------------- Nov 25 ---------------------------------------------------------------
add(petr(dt(25, '11:20'), 'RE: Заявка 55890 - котельная храма', """Добрый день.

Приняли, заявка 55890. Котельная там небольшая, котёл Ferroli Pegasus 97 2S, подпитка от водопровода через кран Ду 15 – по описанию кран не перекрывается и система переполняется, сбрасывает через предохранительный клапан. Кран заменим, заодно проверим расширительный бак (давление воздуха должно быть 1,0 бар).

Выезд согласуем с настоятелем, скорее всего на четверг.
""", in_reply_to=disp_mid(), sig=PETR_SIG_SHORT),
    D('55890', [], S_ACC, '«Приняли, заявка 55890»; выезд – план'))

# Postfix bounce
disp_orig_mid = '<7e0d5a9b31c4f288.m4xk2p@zakazchik-omis.ru>'
orig = message([
    ('From', ad(DISPATCH)),
    ('To', 'a.shevchuk@kotloteh-vl.ru'),
    ('Subject', hv('Заявка 55890 - котельная храма')),
    ('Date', date_hdr(dt(25, '12:58', 41))),
    ('Message-ID', disp_orig_mid),
    ('MIME-Version', '1.0'),
], leaf('text/plain; charset=utf-8', 'base64',
        'Артём, добрый день!\nПо заявке 55890 просим сообщить время выезда. Позиция 1 – подпитка котла.\nДиспетчерская ОМИС\n'.encode('utf-8')))
bounce_txt = """This is the mail system at host mx1.kotloteh-vl.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<a.shevchuk@kotloteh-vl.ru>: unknown user: "a.shevchuk"
"""
dsn = """Reporting-MTA: dns; mx1.kotloteh-vl.ru
X-Postfix-Queue-ID: 4Fh2Kx1Zq9z1xQ7
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: Wed, 25 Nov 2026 12:58:43 +0300 (MSK)

Final-Recipient: rfc822; a.shevchuk@kotloteh-vl.ru
Original-Recipient: rfc822;a.shevchuk@kotloteh-vl.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "a.shevchuk"
"""
b = '4Fh2Kx1Zq9z1xQ7.1795687124/mx1.kotloteh-vl.ru'
bn = multi('report', [
    leaf_noenc('text/plain; charset=us-ascii', bounce_txt.encode(), ['Content-Description: Notification']),
    leaf_noenc('message/delivery-status', dsn.encode(), ['Content-Description: Delivery report']),
    leaf_noenc('message/rfc822', orig.replace(b'\r\n', b'\n'), ['Content-Description: Undelivered Message']),
], b, params=' report-type=delivery-status;', preamble='This is a MIME-encapsulated message.')
add(message([
    ('Return-Path', '<>'),
    ('Date', date_hdr(dt(25, '12:58', 44))),
    ('From', 'MAILER-DAEMON@kotloteh-vl.ru (Mail Delivery System)'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('To', 'dispatch@zakazchik-omis.ru'),
    ('Auto-Submitted', 'auto-replied'),
    ('Message-Id', '<20261125095844.7A3C21E0455@mx1.kotloteh-vl.ru>'),
    ('MIME-Version', '1.0'),
], bn), I('bounce Postfix: адресат a.shevchuk@ не существует; внутри – письмо диспетчерской о 55890'))

add(gmail(DENIS, dt(25, '16:30'), '55890', 'по 55890 выезд завтра в 9, предупредите там чтобы котельную открыли')[0],
    R('план на завтра, статуса нет'))

# ---------------- Nov 26 ---------------------------------------------------------------
add(gmail(DENIS, dt(26, '13:00'), 'Re: 55890', 'прибыли 10:10, уехали 12:40. кран подпитки заменил, бак подкачал до 1 бар, котел работает')[0],
    D('55890', [], S_OFF, 'прибытие 10:10 и убытие 12:40 в одном письме – последнее: убыл'))

# Thunderbird MDN
tb_mid, tb_b = tb_ids()
mdn_txt = """Это уведомление о прочтении для сообщения, которое вы отправили на адрес o.kravtsova@kotloteh-vl.ru.

Примечание: Это уведомление о прочтении означает лишь, что сообщение было отображено на компьютере получателя. Нет никакой гарантии того, что получатель прочитал или понял содержимое сообщения.
"""
mdn = multi('report', [
    leaf('text/plain; charset=UTF-8; format=flowed', '8bit', flow(mdn_txt).encode('utf-8')),
    leaf_noenc('message/disposition-notification; name="MDNPart2.txt"', b"""Reporting-UA: kotloteh-vl.ru; Mozilla Thunderbird
Final-Recipient: rfc822;o.kravtsova@kotloteh-vl.ru
Original-Message-ID: <9c2e47a0d1b35f66.r8vn1t@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed
""", ['Content-Disposition: inline']),
    leaf_noenc('text/rfc822-headers; name="MDNPart3.txt"', ("""Date: Thu, 26 Nov 2026 13:41:07 +0300
From: dispatch@zakazchik-omis.ru
To: o.kravtsova@kotloteh-vl.ru
Subject: %s
Message-ID: <9c2e47a0d1b35f66.r8vn1t@zakazchik-omis.ru>
""" % ew('Заявка 55890 - закрытие, нужен акт', 'UTF-8')).encode(), ['Content-Disposition: inline']),
], tb_b, params=' report-type=disposition-notification;', preamble='This is a multi-part message in MIME format.')
add(message([
    ('Message-ID', tb_mid),
    ('Date', date_hdr(dt(26, '14:00'))),
    ('MIME-Version', '1.0'),
    ('User-Agent', TB_UA_FULL),
    ('From', ad(OLGA)),
    ('Subject', hv('Уведомление о прочтении (отображено) - Заявка 55890 - закрытие, нужен акт')),
    ('To', 'dispatch@zakazchik-omis.ru'),
], mdn), I('уведомление о прочтении Thunderbird (MDN)'))

# ---------------- Nov 27: Gmail vacation responder ----------------------------------------
raw, _ = gmail(ARTEM, dt(27, '08:03'), 'В отпуске до 06.12',
               'Здравствуйте! Я в отпуске с 27.11 по 06.12, почту не читаю.\nПо работе звоните в диспетчерскую КотлоТехСервис: (4922) 44-17-91.\nАртём',
               in_reply_to=disp_mid(), extra_headers=[('Auto-Submitted', 'auto-replied')])
add(raw, I('автоответ Gmail (отпуск), Auto-Submitted: auto-replied'))


# --------------------------------------------------------------------------- write out
def main():
    for f in os.listdir(LET):
        if f.endswith('.eml'):
            os.remove(os.path.join(LET, f))
    labels = {}
    for i, (raw, label) in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        with open(os.path.join(LET, name), 'wb') as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print('letters:', len(LETTERS))


if __name__ == '__main__':
    main()
