#!/usr/bin/env python3
"""Generator of test letters for persona DW: ООО «ПремиумФасилити» (Москва, +0300).

Engineers answer from iPhones (Apple Mail), bottom-posting under the full quoted
thread, with a long corporate signature and a RU/EN disclaimer.  The office
(Outlook) sends calendar invitations and forwards, the contractor's dispatcher
uses The Bat! in KOI8-R.  Standard library only.  Run:  python3 make.py
"""
import base64
import email
import email.policy
import html
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
MSK = timezone(timedelta(hours=3))
RNG = random.Random(230418)
DOM = 'premium-facility.ru'
CUST_NAME = 'Диспетчерская служба ОМИС'
CUST_ADDR = 'dispatch@zakazchik-omis.ru'

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
REQUESTS = [
    ('230418', ['1', '2'], (2, 9, 15),
     'Тверской районный суд, Цветной бульвар, 25А — освещение: 1 — зал судебных заседаний № 3, 2 — коридор 2 этажа'),
    ('231076', ['1'], (3, 11, 40),
     'Прокуратура ЦАО, ул. Большая Полянка, 11 — кондиционер Daikin в серверной (каб. 108)'),
    ('231552', ['1', '2', '3'], (5, 8, 30),
     'Внеплановое ТО ИТП: 1 — Мещанский районный суд (ул. Щепкина, 34), 2 — Басманный районный суд, 3 — прокуратура САО'),
    ('232209', ['1', '2', '3', '4'], (9, 10, 0),
     'Пресненский районный суд — ТО лифтов: 1 — пассажирский № 1, 2 — пассажирский № 2, 3 — грузовой, 4 — служебный (конвойный блок)'),
    ('232871', ['1', '2'], (10, 14, 20),
     'Хамовнический районный суд, ул. Ефремова, 7 — течь: 1 — санузел 1 этажа, 2 — санузел 3 этажа'),
    ('233340', ['1'], (11, 9, 5),
     'Прокуратура г. Москвы, центральный вход — ремонт турникета PERCo (проход № 2)'),
    ('234105', ['1', '2', '3'], (12, 8, 0),
     'Савёловский районный суд — замена фильтров приточных установок: 1 — П1, 2 — П2, 3 — П3'),
    ('235012', ['1', '2'], (13, 10, 30),
     'Прокуратура ЮАО: 1 — ИБП серверной APC Smart-UPS SRT 10000, 2 — ДГУ (не запускается при тесте)'),
    ('235688', ['1', '2', '3', '4'], (16, 9, 0),
     'Никулинский районный суд — аварийное освещение по этажам: 1 — 1 этаж, 2 — 2 этаж, 3 — 3 этаж, 4 — 4 этаж'),
    ('236230', ['1'], (17, 15, 0),
     'Судебный участок № 412 мирового судьи — засор канализации'),
    ('237105', ['1', '2'], (18, 11, 0),
     'Гагаринский районный суд — кровля: 1 — протечка над залом № 5, 2 — замена водосточной трубы'),
    ('238463', ['1', '2', '3'], (20, 9, 30),
     'Прокуратура ЗАО — замки и доводчики: 1 — каб. 201, 2 — каб. 214, 3 — архив'),
    ('239020', ['1'], (20, 12, 0),
     'Перовский районный суд — остановка пассажирского лифта (работы выполняет субподрядчик ООО «ЛифтРесурс»)'),
]
REG_AT = {n: datetime(2026, 11, d, h, m, tzinfo=MSK) for n, _, (d, h, m), _ in REQUESTS}

P = {
    'sokolov': dict(name='Алексей Соколов', addr='a.sokolov@' + DOM, title='Ведущий инженер участка «Центр»',
                    ext='214', mob='+7 (916) 302-77-41', xm='iPhone Mail (22B91)', tag=False),
    'kuzmin': dict(name='Дмитрий Кузьмин', addr='d.kuzmin@' + DOM, title='Старший инженер по инженерным системам',
                   ext='221', mob='+7 (903) 715-08-66', xm='iPhone Mail (22A3354)', tag=False),
    'gafurov': dict(name='Руслан Гафуров', addr='r.gafurov@' + DOM, title='Инженер-теплотехник',
                    ext='233', mob='+7 (925) 441-19-70', xm='iPhone Mail (21H216)', tag=True),
    'palchikov': dict(name='Виктор Пальчиков', addr='v.palchikov@' + DOM,
                      title='Мастер участка (лифтовое и электрооборудование)',
                      ext='240', mob='+7 (926) 118-40-52', xm='iPhone Mail (22B91)', tag=False),
}
ORLOVA = dict(name='Орлова Марина Сергеевна', addr='m.orlova@' + DOM)
KOVALEVA = dict(name='Ковалёва Наталья', addr='n.kovaleva@' + DOM)
DISP = dict(name='Диспетчерская ПремиумФасилити', addr='disp@' + DOM)
NEWS = dict(name='ПремиумФасилити — новости', addr='news@' + DOM)
DAEMON = dict(name='Mail Delivery System', addr='MAILER-DAEMON@' + DOM)

# --------------------------------------------------------------------------
# low level MIME helpers (messages are assembled by hand to control encodings)
# --------------------------------------------------------------------------
KOI_FIX = {'—': '-', '–': '-', '«': '"', '»': '"', '№': 'N', '…': '...', '\u00a0': ' ', '₽': 'руб.'}
CP_FIX = {'₽': 'руб.', '²': '2'}


def safe(text, charset):
    if charset == 'koi8-r':
        for a, b in KOI_FIX.items():
            text = text.replace(a, b)
    elif charset == 'windows-1251':
        for a, b in CP_FIX.items():
            text = text.replace(a, b)
    text.encode(charset)  # strict check
    return text


def _qword(b):
    out = ''
    for x in b:
        c = chr(x)
        if c == ' ':
            out += '_'
        elif c.isascii() and (c.isalnum() or c in '!*+-/'):
            out += c
        else:
            out += '=%02X' % x
    return out


def ew(text, charset='utf-8', mode='B', split=True):
    """RFC 2047 encoded words, folded, never splitting a character.
    Display names (split=False) stay one encoded word: some parsers insert a
    space between adjacent encoded words inside an address phrase."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    text = safe(text, charset)

    def enc(s):
        b = s.encode(charset)
        if mode == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(b).decode())
        return '=?%s?Q?%s?=' % (charset, _qword(b))
    words, cur = [], ''
    for ch in text:
        if split and cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return '\n '.join(words)


def addr(person, charset='utf-8', mode='B'):
    return '%s <%s>' % (ew(person['name'], charset, mode, split=False), person['addr'])


CUST = dict(name=CUST_NAME, addr=CUST_ADDR)


def cte_encode(data, cte):
    if cte == 'base64':
        s = base64.b64encode(data).decode()
        return ('\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n').encode()
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data


def hdr_bytes(headers):
    return ''.join('%s: %s\n' % (k, v) for k, v in headers).encode('ascii')


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', quote_cs=False, extra=()):
    text = safe(text, charset)
    cs = '"%s"' % charset if quote_cs else charset
    h = [('Content-Type', 'text/%s; charset=%s' % (subtype, cs)), ('Content-Transfer-Encoding', cte)]
    h += list(extra)
    return (h, cte_encode(text.encode(charset), cte))


def bin_part(ctype, data, filename, extra=(), disp='attachment'):
    fn = filename
    if all(ord(c) < 128 for c in fn):
        name_p = 'name="%s"' % fn
        file_p = 'filename="%s"' % fn
    else:
        from urllib.parse import quote
        q = quote(fn.encode('utf-8'), safe='')
        name_p = "name*=utf-8''%s" % q
        file_p = "filename*=utf-8''%s" % q
    h = [('Content-Type', '%s;\n\t%s' % (ctype, name_p)),
         ('Content-Disposition', '%s;\n\t%s' % (disp, file_p)),
         ('Content-Transfer-Encoding', 'base64')] + list(extra)
    return (h, cte_encode(data, 'base64'))


def new_boundary(style='apple'):
    if style == 'apple':
        return 'Apple-Mail-' + str(uuid.UUID(int=RNG.getrandbits(128))).upper()
    if style == 'outlook':
        return '----=_NextPart_000_%04X_%08X.%08X' % (RNG.getrandbits(16), RNG.getrandbits(32), RNG.getrandbits(32))
    if style == 'bat':
        return '----------%012X' % RNG.getrandbits(48)
    return '=_%032x' % RNG.getrandbits(128)


def multipart(sub, parts, style='apple', params='', preamble=''):
    b = new_boundary(style)
    body = preamble.encode()
    for h, bb in parts:
        if not bb.endswith(b'\n'):
            bb += b'\n'
        body += b'\n--' + b.encode() + b'\n' + hdr_bytes(h) + b'\n' + bb
    body += b'\n--' + b.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, b))], body)


def assemble(before, part, after=()):
    """headers before + part headers + headers after, blank line, body; LF endings."""
    h, body = part
    return hdr_bytes(list(before) + list(h) + list(after)) + b'\n' + body


def crlf(raw):
    return raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def apple_mid():
    return '<%s@%s>' % (str(uuid.UUID(int=RNG.getrandbits(128))).upper(), DOM)


def outlook_mid():
    return '<%012x$%08x$%08x$@%s>' % (RNG.getrandbits(48), RNG.getrandbits(32), RNG.getrandbits(32), DOM)


def bat_mid(when):
    return '<%d.%s@%s>' % (RNG.randint(10 ** 8, 2 * 10 ** 9), when.strftime('%Y%m%d%H%M%S'), DOM)


def cust_mid():
    return '<%s@mail.zakazchik-omis.ru>' % ''.join(RNG.choice('0123456789abcdef') for _ in range(32))


def thread_index():
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(22))).decode()


def D(day, h, m, s=None):
    return datetime(2026, 11, day, h, m, RNG.randint(2, 58) if s is None else s, tzinfo=MSK)


# --------------------------------------------------------------------------
# dates, quoting conventions
# --------------------------------------------------------------------------
MON_AB = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
           'ноября', 'декабря']
WD = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']


def apple_date(w):
    return '%d %s %d г., в %d:%02d' % (w.day, MON_AB[w.month - 1], w.year, w.hour, w.minute)


def long_date(w):
    return '%d %s %d г.' % (w.day, MON_GEN[w.month - 1], w.year)


def outlook_sent(w):
    return '%s, %s %d:%02d' % (WD[w.weekday()], long_date(w), w.hour, w.minute)


def qlines(seg):
    return '\n'.join('>' if not l else '> ' + l for l in seg.split('\n'))


DISC_RU = ('КОНФИДЕНЦИАЛЬНОСТЬ. Настоящее сообщение и все приложения к нему предназначены исключительно для '
           'адресата и могут содержать конфиденциальную информацию, в том числе сведения, составляющие '
           'коммерческую тайну ООО «ПремиумФасилити». Если вы получили это сообщение по ошибке, просим '
           'незамедлительно сообщить об этом отправителю и удалить сообщение со всеми приложениями. Любое '
           'копирование, распространение или иное использование содержания сообщения лицами, не являющимися '
           'адресатами, запрещено. Отправитель не несёт ответственности за изменения, внесённые в сообщение '
           'после его отправки.')
DISC_EN = ('CONFIDENTIALITY NOTICE. This message and any attachments are intended solely for the addressee and '
           'may contain confidential information, including trade secrets of PremiumFacility LLC. If you have '
           'received this message in error, please notify the sender immediately and delete it together with all '
           'attachments. Any copying, distribution or other use of its contents by persons other than the '
           'addressee is prohibited. The sender accepts no liability for any changes made to this message after '
           'it was sent.')
OFFICE = ('ООО «ПремиумФасилити»\n'
          '127055, г. Москва, ул. Новослободская, д. 23, стр. 1, офис 412\n')


def sig(p):
    s = ('-- \nС уважением,\n%s\n%s\n%s'
         'Тел.: +7 (495) 648-21-37, доб. %s | Моб.: %s\n'
         'E-mail: %s | www.premium-facility.ru\n'
         'ИНН 7707384512 / КПП 770701001\n\n%s\n\n%s') % (
        p['name'], p['title'], OFFICE, p['ext'], p['mob'], p['addr'], DISC_RU, DISC_EN)
    if p.get('tag'):
        s = s.replace('ИНН 7707384512 / КПП 770701001\n', 'ИНН 7707384512 / КПП 770701001\n\nОтправлено с iPhone\n')
    return s


ORLOVA_SIG = ('С уважением,\nМарина Орлова\nМенеджер по работе с заказчиками\n' + OFFICE +
              'Тел.: +7 (495) 648-21-37, доб. 205 | Моб.: +7 (985) 220-61-93\n'
              'ИНН 7707384512 / КПП 770701001 / ОГРН 1177746291835\nwww.premium-facility.ru\n\n' +
              DISC_RU + '\n\n' + DISC_EN)
KOVALEVA_SIG = ('С уважением,\nНаталья Ковалёва\nкоординатор диспетчерской службы\n' + OFFICE +
                'Тел.: +7 (495) 648-21-37, доб. 207\n\n' + DISC_RU + '\n\n' + DISC_EN)
DISP_SIG = ('-- \nС уважением,\nдиспетчер Лаптева Елена\nДиспетчерская служба ООО "ПремиумФасилити"\n'
            'круглосуточно: +7 (495) 648-21-30\nmailto:disp@premium-facility.ru\n\n' + DISC_RU + '\n\n' + DISC_EN)
CUST_SIGN = {'ИК': 'Кравец Ирина Петровна', 'ОС': 'Смирнова Ольга Викторовна'}


def cust_text(body, who='ИК'):
    return body + '\n\n--\n%s\nдиспетчер\nДиспетчерская служба ОМИС\nтел. +7 (495) 980-44-10\n%s' % (
        CUST_SIGN[who], CUST_ADDR)


class Msg:
    def __init__(self, name, address, when, subject, text, to, mid=None):
        self.name, self.addr, self.when, self.subject, self.text = name, address, when, subject, text
        self.to = to
        self.mid = mid or cust_mid()


def outlook_block(m):
    return 'От: %s <%s>\nОтправлено: %s\nКому: %s <%s>\nТема: %s\n' % (
        m.name, m.addr, outlook_sent(m.when), m.to['name'], m.to['addr'], m.subject)


def strip_re(s):
    while s[:3].lower() in ('re:', 'fw:') or s[:4].lower() == 'fwd:':
        s = s.split(':', 1)[1].strip()
    return s


# --------------------------------------------------------------------------
# letters collection
# --------------------------------------------------------------------------
LETTERS = []  # (when, raw bytes, label, request-for-date-check)


def add(when, raw, label, req=None):
    LETTERS.append((when, crlf(raw), label, req))


def dec(req, pos, status, note):
    assert status in ('заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл')
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def rev(note):
    return {'expect': 'review', 'note': note}


def ign(note):
    return {'expect': 'ignored', 'note': note}


# ----- Apple Mail (iPhone) ---------------------------------------------------
def iphone_headers(p, when, subject, mid, to=CUST, reply=None, cc=None):
    h = [('From', addr(p)), ('Mime-Version', '1.0 (1.0)'), ('Subject', ew(subject)),
         ('Date', format_datetime(when)), ('Message-Id', mid)]
    if reply is not None:
        h += [('References', reply.mid), ('In-Reply-To', reply.mid)]
    h.append(('To', addr(to)))
    if cc:
        h.append(('Cc', cc))
    h.append(('X-Mailer', p['xm']))
    return h


def apple_html(p, parts_html):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + parts_html + '</body></html>')


def h(s):
    return html.escape(s).replace('\n', '<br>')


def iphone_send(p, when, subject, text, label, req, reply=None, cte='quoted-printable', html_body=None,
                attach=None, cc=None):
    mid = apple_mid()
    if attach:
        first, pdf_name, pdf_bytes, rest = attach
        part = multipart('mixed', [text_part(first, cte=cte),
                                   bin_part('application/pdf', pdf_bytes, pdf_name),
                                   text_part(rest, cte=cte)])
    elif html_body:
        part = multipart('alternative', [text_part(text, cte=cte), text_part(html_body, 'html', cte=cte)])
    else:
        part = text_part(text, cte=cte)
    hdrs = iphone_headers(p, when, subject, mid, reply=reply, cc=cc)
    add(when, assemble([], part, hdrs), label, req)
    return mid


class Thread:
    def __init__(self, subject, when, body, to, who='ИК'):
        self.msgs = [Msg(CUST_NAME, CUST_ADDR, when, subject, cust_text(body, who), to)]
        self.req = None

    @property
    def last(self):
        return self.msgs[-1]

    def cust(self, when, body, who='ИК', subject=None):
        prev = self.last
        subj = subject or 'RE: ' + strip_re(prev.subject)
        text = cust_text(body, who) + '\n\n' + outlook_block(prev) + '\n' + prev.text
        to = {'name': prev.name, 'addr': prev.addr}
        self.msgs.append(Msg(CUST_NAME, CUST_ADDR, when, subj, text, to))
        return self

    def subj(self):
        return 'Re: ' + strip_re(self.last.subject)

    def iphone(self, p, when, answer, label, req, cte='quoted-printable', html_=False, subject=None, cc=None):
        prev = self.last
        attrib = '%s, %s <%s> написал(а):' % (apple_date(prev.when), prev.name, prev.addr)
        text = '> ' + attrib + '\n>\n' + qlines(prev.text) + '\n\n' + answer + '\n\n' + sig(p)
        html_body = None
        if html_:
            html_body = apple_html(p, '<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
                                      '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
                                      '<div dir="ltr"><br></div><div dir="ltr">%s</div><div dir="ltr"><br></div>'
                                      '<div dir="ltr">%s</div>' % (h(attrib), h(prev.text), h(answer), h(sig(p))))
        subject = subject or self.subj()
        mid = iphone_send(p, when, subject, text, label, req, reply=prev, cte=cte, html_body=html_body, cc=cc)
        self.msgs.append(Msg(p['name'], p['addr'], when, subject, text, CUST, mid))
        return self

    def iphone_inter(self, p, when, pairs, label, req, cte='quoted-printable'):
        prev = self.last
        attrib = '%s, %s <%s> написал(а):' % (apple_date(prev.when), prev.name, prev.addr)
        out, pos = [], 0
        for chunk, reply in pairs:
            i = prev.text.index(chunk, pos) + len(chunk)
            seg = prev.text[pos:i].strip('\n')
            pos = i
            out.append(qlines(seg))
            out.append('\n' + reply + '\n')
        rest = prev.text[pos:].strip('\n')
        if rest:
            out.append(qlines(rest))
        text = '> ' + attrib + '\n>\n' + '\n'.join(out) + '\n\n' + sig(p)
        subject = self.subj()
        mid = iphone_send(p, when, subject, text, label, req, reply=prev, cte=cte)
        self.msgs.append(Msg(p['name'], p['addr'], when, subject, text, CUST, mid))
        return self


def iphone_new(p, when, subject, answer, label, req, cte='quoted-printable', to=CUST):
    text = answer + '\n\n' + sig(p)
    mid = iphone_send(p, when, subject, text, label, req, cte=cte)
    return Msg(p['name'], p['addr'], when, subject, text, CUST, mid)


# ----- Outlook ---------------------------------------------------------------
def word_html(paras_text, charset, quoted_block=None, quoted_text=None):
    def ps(t):
        return ''.join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html.escape(l) if l else '&nbsp;')
                       for l in t.split('\n'))
    body = ps(paras_text)
    if quoted_block:
        lines = quoted_block.strip('\n').split('\n')
        hb = '<br>\n'.join('<b>%s</b>%s' % (html.escape(l.split(':', 1)[0] + ':'), html.escape(l.split(':', 1)[1]))
                           for l in lines)
        body += ('<div><div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
                 '<p class=MsoNormal>%s<o:p></o:p></p></div></div>\n' % hb)
        body += ps(quoted_text)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang=RU link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            '<div class=WordSection1>\n%s</div></body></html>' % (charset, body))


def outlook_headers(person, when, subject, mid, charset, to=None, reply=None, extra=(), cc=None):
    hd = [('From', addr(person, charset)), ('To', to or addr(CUST, charset))]
    if cc:
        hd.append(('Cc', cc))
    hd += [('Subject', ew(subject, charset)), ('Date', format_datetime(when)), ('Message-ID', mid)]
    if reply is not None:
        hd += [('References', reply.mid), ('In-Reply-To', reply.mid)]
    hd += [('MIME-Version', '1.0')]
    return hd, [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index()),
                ('Content-Language', 'ru')] + list(extra)


# ----- PDF -------------------------------------------------------------------
def tiny_pdf(lines):
    content = 'BT /F1 12 Tf 50 780 Td 16 TL ' + ' '.join("(%s) '" % l for l in lines) + ' ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            '/Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(content), content),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out, offs = '%PDF-1.4\n', []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += '%d 0 obj\n%s\nendobj\n' % (i, o)
    x = len(out)
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + ''.join('%010d 00000 n \n' % o for o in offs)
    out += 'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out.encode('latin-1')


# ----- iCalendar -------------------------------------------------------------
def ics_fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics(method, uid, start, end, summary, location, organizer, attendee, partstat, desc='', stamp=None, seq=0):
    stamp = (stamp or start).astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    L = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2016', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', 'TZID:Russian Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
         'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
         'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
         'ORGANIZER;CN=%s:mailto:%s' % (organizer['name'], organizer['addr'])]
    if method == 'REQUEST':
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (
            attendee['name'], attendee['addr']))
        L.append('DESCRIPTION;LANGUAGE=ru-RU:' + ics_esc(desc))
    else:
        L.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (partstat, attendee['name'], attendee['addr']))
        L.append('COMMENT;LANGUAGE=ru-RU:')
    L += ['UID:' + uid, 'SUMMARY;LANGUAGE=ru-RU:' + ics_esc(summary),
          'DTSTART;TZID=Russian Standard Time:' + start.strftime('%Y%m%dT%H%M%S'),
          'DTEND;TZID=Russian Standard Time:' + end.strftime('%Y%m%dT%H%M%S'),
          'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + stamp, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
          'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=ru-RU:' + ics_esc(location)]
    if method == 'REQUEST':
        L += ['X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
              'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1',
              'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
              'END:VALARM']
    else:
        L += ['X-MICROSOFT-CDO-REPLYTIME:' + stamp]
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(ics_fold(l) for l in L) + '\r\n').encode('utf-8')


def ics_uid():
    return '040000008200E00074C5B7101A82E008000000%032X' % RNG.getrandbits(128)


def calendar_invite(when, subject, line, start, end, location, label, req):
    cs = 'windows-1251'
    mid = outlook_mid()
    plain = line + '\n\n' + ORLOVA_SIG
    cal = ics('REQUEST', ics_uid(), start, end, subject, location, ORLOVA, CUST, 'NEEDS-ACTION', desc=plain,
              stamp=when)
    part = multipart('alternative', [
        text_part(plain, charset=cs, cte='quoted-printable', quote_cs=True),
        text_part(word_html(plain, cs), 'html', charset=cs, cte='quoted-printable', quote_cs=True),
        ([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST'),
          ('Content-Transfer-Encoding', 'base64')], cte_encode(cal, 'base64'))], style='outlook')
    before, after = outlook_headers(ORLOVA, when, subject, mid, cs,
                                    extra=[('Content-class', 'urn:content-classes:calendarmessage')])
    add(when, assemble(before, part, after), label, req)


def meeting_response(when, verb, partstat, subject, start, end, location, label, req):
    cs = 'koi8-r'
    mid = outlook_mid()
    cal = ics('REPLY', ics_uid(), start, end, subject, location, CUST, ORLOVA, partstat, stamp=when)
    part = multipart('alternative', [
        text_part('\n', charset=cs, cte='quoted-printable', quote_cs=True),
        text_part(word_html('', cs), 'html', charset=cs, cte='quoted-printable', quote_cs=True),
        ([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'),
          ('Content-Transfer-Encoding', 'base64')], cte_encode(cal, 'base64'))], style='outlook')
    before, after = outlook_headers(ORLOVA, when, verb + ': ' + subject, mid, cs,
                                    extra=[('Content-class', 'urn:content-classes:calendarmessage'),
                                           ('Thread-Topic', ew(subject, cs))])
    add(when, assemble(before, part, after), label, req)


# ----- The Bat! (contractor dispatcher, KOI8-R, 8bit) ------------------------
def thebat(when, subject, text, label, req, reply=None, initials='ДС', greeting='Добрый день.', attach_msg=None):
    cs = 'koi8-r'
    mid = bat_mid(when)
    body = greeting + '\n\n'
    if reply is not None:
        body += 'Вы писали %d %s %d г., %d:%02d:%02d:\n\n' % (
            reply.when.day, MON_GEN[reply.when.month - 1], reply.when.year, reply.when.hour, reply.when.minute,
            reply.when.second)
        body += '\n'.join(initials + '>' if not l else initials + '> ' + l for l in reply.text.split('\n'))
        body += '\n\n'
    body += text + '\n\n' + DISP_SIG + '\n'
    part = text_part(body, charset=cs, cte='8bit')
    hd = [('Date', format_datetime(when)), ('From', addr(DISP, cs, 'Q')),
          ('X-Mailer', 'The Bat! (v10.5.3) Professional'), ('Reply-To', addr(DISP, cs, 'Q')),
          ('X-Priority', '3 (Normal)'), ('Message-ID', mid), ('To', addr(CUST, cs, 'Q')),
          ('Subject', ew(subject, cs, 'Q'))]
    if reply is not None:
        hd += [('In-Reply-To', reply.mid), ('References', reply.mid)]
    hd += [('MIME-Version', '1.0')]
    add(when, assemble(hd, part), label, req)
    return Msg(DISP['name'], DISP['addr'], when, subject, body, CUST, mid)


# ==========================================================================
# THE LETTERS
# ==========================================================================
SOK, KUZ, GAF, PAL = P['sokolov'], P['kuzmin'], P['gafurov'], P['palchikov']
pd = lambda p: {'name': p['name'], 'addr': p['addr']}

# ---------------------------------------------------------------- 230418
t = Thread('Заявка № 230418 — Тверской районный суд, освещение', D(2, 9, 31),
           'Добрый день!\n\nНаправляем заявку № 230418 от 02.11.2026.\n'
           'Объект: Тверской районный суд г. Москвы, Цветной бульвар, д. 25А.\n'
           '1. Зал судебных заседаний № 3 (2 этаж) — не горят 6 светильников.\n'
           '2. Коридор 2 этажа — мерцание, замена светильников (8 шт.).\n'
           'Срок реагирования — 4 часа. Просьба подтвердить принятие и сообщать о выезде и прибытии.',
           pd(SOK))
t.iphone(SOK, D(2, 9, 52), 'Принято, в работу. Сегодня после обеда подъеду.',
         dec('230418', [], 'заявка принята', 'bottom-post under the request: "Принято, в работу"; plan for afternoon'),
         '230418')
t.cust(D(2, 10, 5), 'Алексей, добрый день. Принято, ждём. Пропуск заказан на Соколова А.В.')
t.iphone(SOK, D(2, 13, 5), 'Выехал на Цветной, буду минут через 40.',
         dec('230418', [], 'подрядчик в пути',
             'number only in the quoted subject/quote; "выехал на Цветной, буду через 40 мин" = on the way'),
         '230418')
t.cust(D(2, 13, 11), 'Принято.')
t.iphone(SOK, D(2, 14, 2), 'На месте с 13:58, зал открыли, начинаю.',
         dec('230418', [], 'подрядчик на месте', 'arrived; "зал" is not a position number; whole request'),
         '230418')
t.cust(D(2, 14, 10), 'Спасибо, отметили прибытие.')
t.iphone(SOK, D(2, 17, 40),
         'п.1 (зал № 3) — светильники заменили, 6 шт. Armstrong LED 36 Вт, всё горит.\n'
         'Коридор 2 эт. — без подъёмника не достать, потолки 4,2 м. Приедем в четверг 05.11 с подъёмником.',
         dec('230418', ['1'], 'подрядчик убыл',
             'п.1 finished (result: replaced, all lit); п.2 only planned for 05.11; "№ 3" is a hall number'),
         '230418')
t.cust(D(3, 9, 2), 'Алексей, по п.1 отметили. По п.2 ждём 05.11, госномер подъёмника пришлите — закажем въезд.')
t.iphone(SOK, D(5, 10, 20), 'По второй позиции — на месте с 10:10, подъёмник завезли через двор.',
         dec('230418', ['2'], 'подрядчик на месте', '"по второй позиции — на месте"'), '230418', cte='base64')
t.cust(D(5, 10, 31), 'Принято.')
t.iphone(SOK, D(5, 15, 10), 'Вторая позиция — готово, 8 светильников поменяли, подъёмник вывезли. '
                            'С объекта выехали в 15:05.',
         dec('230418', ['2'], 'подрядчик убыл', '"выехали С объекта" = left (not travelling to it); deep quote'),
         '230418')

# ---------------------------------------------------------------- 231076
t = Thread('Заявка 231076 / прокуратура ЦАО / кондиционер серверной', D(3, 11, 41),
           'Дмитрий, добрый день.\n\nЗаявка 231076. Прокуратура ЦАО, ул. Большая Полянка, д. 11, каб. 108 '
           '(серверная).\nПозиция 1: кондиционер Daikin — не охлаждает, в помещении +31.\n'
           'Срочно: при +35 оборудование уходит в защиту.', pd(KUZ), who='ОС')
t.iphone(KUZ, D(3, 12, 5), 'Принял. Выезжаем после обеда, возьмём фреон и вакуумный насос.',
         dec('231076', [], 'заявка принята', '"Принял" = accepted; departure only planned'), '231076')
t.cust(D(3, 12, 16), 'Дмитрий, просьба ускориться — ИТ-отдел нервничает.', who='ОС')
t.iphone(KUZ, D(3, 14, 30), 'ВЫЕХАЛИ. Раньше никак, были на аварии на Полянке 2. Будем к 15:20.',
         dec('231076', [], 'подрядчик в пути', 'caps "ВЫЕХАЛИ", ETA; "Полянке 2" is an address'), '231076')
t.cust(D(3, 14, 36), 'Ок, ждём.', who='ОС')
t.iphone(KUZ, D(3, 15, 25), 'Нa мeсте, серверную открыли.',
         dec('231076', [], 'подрядчик на месте', 'Latin a/e inside "на месте"'), '231076', cte='base64')
t.cust(D(3, 15, 40), 'Принято, отметили.', who='ОС')
t.iphone(KUZ, D(3, 18, 10),
         'Daikin FTXB35C — нашли утечку на вальцовке внешнего блока, перевальцевали, вакуум, дозаправили R32 '
         '0,4 кг. Работает, в серверной уже +21. Объект покинули в 18:00.',
         dec('231076', [], 'подрядчик убыл', 'result + "объект покинули"; model number and kg are noise'),
         '231076', html_=True)
iphone_new(KUZ, D(5, 9, 30), '231076 п.2',
           'Коллеги, по 231076 п.2 — в каб. 305 внутренний блок тоже капал, заодно прочистили дренаж, сейчас сухо. '
           'Отметьте, пожалуйста.',
           rev('request 231076 has only position 1; "п.2" does not exist'), '231076')

# ---------------------------------------------------------------- 231552
t = Thread('Заявка 231552 — ТО ИТП (3 объекта)', D(5, 8, 30),
           'Добрый день!\n\nЗаявка № 231552 — внеплановое ТО индивидуальных тепловых пунктов перед похолоданием:\n'
           '1. Мещанский районный суд, ул. Щепкина, д. 34.\n2. Басманный районный суд, ул. Старая Басманная, д. 14.\n'
           '3. Прокуратура САО, ул. Зорге, д. 8.\nПросьба принять и согласовать график выездов.',
           pd(DISP))
m = thebat(D(5, 9, 10), 'Re: Заявка 231552 — ТО ИТП (3 объекта)',
           'Заявку 231552 приняли, исполнитель - Гафуров Р., выезд завтра с 8:30, начинаем с Мещанского.',
           dec('231552', [], 'заявка принята', 'The Bat!, KOI8-R 8bit, initials-prefixed quote "ДС>"'), '231552',
           reply=t.last)
t.msgs.append(m)
t.cust(D(5, 17, 2), 'Руслан, добрый день. Пропуска на 06.11 заказаны на все три объекта, прокуратура САО — '
                    'только с 9:00 до 17:00.', subject='RE: Заявка 231552 — ТО ИТП (3 объекта)')
t.last.to = pd(GAF)
t.iphone(GAF, D(6, 8, 45), '231552 — выехал на Мещанский, поз 1.',
         dec('231552', ['1'], 'подрядчик в пути', '"выехал на Мещанский, поз 1"'), '231552')
t.cust(D(6, 8, 51), 'Принято.')
t.iphone(GAF, D(6, 9, 40), 'Щепкина, 34 (231552) — на месте с 9:35, п.1.',
         dec('231552', ['1'], 'подрядчик на месте', 'number in brackets after the address; п.1'), '231552')
t.cust(D(6, 9, 46), 'Отметили.')
t.iphone(GAF, D(6, 12, 15), 'П1 — готово, ИТП в норме (подача 6,2 / обратка 4,1 кгс/см²), пломбы на месте. '
                            'Переезжаю на Басманный, поз.2.',
         rev('different statuses for different positions: п.1 finished, п.2 on the way now '
             '(and "пломбы на месте" is about seals)'), '231552')
t2 = iphone_new(GAF, D(6, 13, 5), '231552 поз 2', 'Басманный, поз2 — прибыл, 13:00.',
                dec('231552', ['2'], 'подрядчик на месте', 'new letter, subject "231552 поз 2"; "прибыл"'),
                '231552', cte='base64')
t = Thread('RE: 231552 поз 2', D(6, 13, 12), 'Руслан, принято.', pd(GAF))
t.msgs[0].text = cust_text('Руслан, принято.') + '\n\n' + outlook_block(t2) + '\n' + t2.text
t.iphone(GAF, D(6, 16, 30), 'По позиции 2 закончил, убыл. Прокуратура САО — в понедельник с утра, '
                            'пропуск на 09.11 нужен новый.',
         dec('231552', ['2'], 'подрядчик убыл', '"по позиции 2 закончил, убыл"; поз. 3 only planned'), '231552')
t.cust(D(6, 16, 41), 'Руслан, пропуск на 09.11 в прокуратуру САО заказали.')
t.iphone(GAF, D(9, 8, 20),
         'Спасибо. Но просьба на будущее решить вопрос с постоянными пропусками: в пятницу на Басманном '
         'простояли на КПП 50 минут, охрана не могла найти заявку. Каждый раз теряем по часу. '
         'Сегодня в прокуратуре САО будет то же самое?',
         rev('complaint + question about passes, no status reported'), '231552')
t2 = iphone_new(GAF, D(9, 9, 20), '231552-3', 'На месте, ждём коменданта с ключами от ИТП.',
                dec('231552', ['3'], 'подрядчик на месте', 'position after a dash in the subject'), '231552')
iphone_send(GAF, D(9, 11, 50), '231552-3 акт', None,
            dec('231552', ['3'], 'подрядчик убыл', 'attachment-only letter: signed act, "работы выполнены"'),
            '231552',
            attach=('Акт по 3-й позиции подписан, работы выполнены.\n', 'Акт_231552-3_подписан.pdf',
                    tiny_pdf(['AKT vypolnennyh rabot N 2311/09', 'Zayavka 231552, poz. 3', 'Prokuratura SAO, ITP',
                              'Podpisano: komendant']),
                    '\n' + sig(GAF)))

# ---------------------------------------------------------------- 232209
t = Thread('Заявка 232209 — Пресненский районный суд, лифты', D(9, 10, 0),
           'Добрый день!\n\nЗаявка 232209, Пресненский районный суд, ТО лифтового оборудования:\n'
           '1 — пассажирский лифт № 1;\n2 — пассажирский лифт № 2;\n3 — грузовой лифт;\n'
           '4 — служебный лифт конвойного блока.\nПросьба согласовать дату визита.', pd(KOVALEVA))
kv_text = ('Ирина Петровна, добрый день.\n\nНаряд-заказ № 232209 принят в работу, ответственный — мастер '
           'Пальчиков В.А., тел. +7 (926) 118-40-52. Приглашение на визит пришлём отдельно.\n\n' + KOVALEVA_SIG +
           '\n\n-----Original Message-----\nFrom: %s [mailto:%s]\nSent: Monday, November 09, 2026 10:00 AM\n'
           'To: %s\nSubject: %s\n\n%s' % (CUST_NAME, CUST_ADDR, KOVALEVA['addr'], t.last.subject, t.last.text))
before, after = outlook_headers(KOVALEVA, D(9, 10, 40), 'RE: ' + t.last.subject, outlook_mid(), 'koi8-r',
                                reply=t.last)
add(D(9, 10, 40), assemble(before, text_part(kv_text, charset='koi8-r', cte='quoted-printable', quote_cs=True),
                           after),
    dec('232209', [], 'заявка принята', 'Outlook, KOI8-R QP, "-----Original Message-----"; "наряд-заказ" = request'),
    '232209')
calendar_invite(D(9, 11, 0), 'Плановый визит: заявка 232209, Пресненский районный суд (лифты)',
                'Ирина Петровна, добрый день! Предлагаем плановый визит по заявке 232209 на 10.11 с 9:00. '
                'Просьба обеспечить доступ в машинные помещения лифтов.',
                datetime(2026, 11, 10, 9, 0, tzinfo=MSK), datetime(2026, 11, 10, 17, 0, tzinfo=MSK),
                'Пресненский районный суд', rev('calendar invitation (METHOD:REQUEST) with a human line: plan only'),
                '232209')
t.cust(D(9, 15, 4), 'Виктор Андреевич, добрый день. Визит 10.11 с 9:00 согласован, машинные помещения откроет '
                    'комендант Лисицын, тел. 8-916-774-20-13.', subject='Заявка 232209 — визит 10.11')
t.last.to = pd(PAL)
t.iphone(PAL, D(10, 8, 35), 'Выдвигаемся в Пресненский, двое, машина А235МР799. Будем к 9:15.',
         dec('232209', [], 'подрядчик в пути', '"выдвигаемся"; car plate contains 235 — noise'), '232209')
t.cust(D(10, 8, 41), 'Виктор Андреевич, принято.\n1) Отметьтесь по прибытии, пожалуйста.\n'
                     '2) Нужен ли доступ на кровлю к машинному помещению грузового лифта?')
t.iphone_inter(PAL, D(10, 9, 15), [('1) Отметьтесь по прибытии, пожалуйста.', 'На месте с 9:10.'),
                                   ('2) Нужен ли доступ на кровлю к машинному помещению грузового лифта?',
                                    'Да, ближе к обеду.')],
               dec('232209', [], 'подрядчик на месте', 'answers interleaved with the quote; "1)" "2)" are question numbers'),
               '232209')
t.cust(D(10, 9, 22), 'Принято.')
t.iphone(PAL, D(10, 13, 40), 'Позиции 1 и 2 (пассажирские) — ТО сделали, запущены, в работе. 3 и 4 — после обеда.',
         dec('232209', ['1', '2'], 'подрядчик убыл', 'positions 1 and 2 finished; 3 and 4 only planned'),
         '232209', html_=True)
t.cust(D(10, 13, 47), 'Принято по 1 и 2.')
t.iphone(PAL, D(10, 17, 55), 'По 3-й и 4-й закончили, уехали. По грузовому замечание — износ тяговых канатов, '
                             'напишу отдельно с фото.',
         dec('232209', ['3', '4'], 'подрядчик убыл', '"по 3-й и 4-й закончили, уехали"'), '232209')

# ---------------------------------------------------------------- 232871
t = Thread('232871', D(10, 14, 21),
           'Руслан, добрый день.\n\n232871 — Хамовнический районный суд, ул. Ефремова, д. 7.\n'
           '1. Санузел 1 этажа — течь под раковиной, вода на полу.\n2. Санузел 3 этажа — подтекает подводка к бачку.\n'
           'Просьба принять.', pd(GAF), who='ОС')
t.iphone(GAF, D(10, 14, 50), 'принято',
         dec('232871', [], 'заявка принята', 'subject "Re: 232871", one word'), '232871')
# his "232871 выехали" letter exists only inside the quote
t2 = Msg(GAF['name'], GAF['addr'], D(10, 15, 5), '232871 выехали', 'Выехали, будем через 30 минут.\n\n' + sig(GAF),
         CUST, apple_mid())
t = Thread('RE: 232871 выехали', D(10, 15, 9), 'Принято.', pd(GAF), who='ОС')
t.msgs[0].text = cust_text('Принято.', 'ОС') + '\n\n' + outlook_block(t2) + '\n' + t2.text
t.iphone(GAF, D(10, 15, 45), 'на месте с 15:40, воду по стояку перекрыли, разбираемся',
         dec('232871', [], 'подрядчик на месте', 'Re: subject still says "выехали", body reports arrival'), '232871')
t.cust(D(10, 15, 52), 'Отметили.', who='ОС')
t.iphone(GAF, D(10, 18, 20), 'Ефремова 7 (232871) — по обеим позициям сделали: сифон и гибкую подводку заменили, '
                             'течи нет. Ушли в 18:10.',
         dec('232871', ['1', '2'], 'подрядчик убыл', '"по обеим позициям" = both; "Ушли в 18:10"'), '232871')

# ---------------------------------------------------------------- 233340
t = Thread('Обращение 233340 — турникет, прокуратура г. Москвы', D(11, 9, 6),
           'Дмитрий, добрый день.\n\nПо обращению 233340 (прокуратура г. Москвы, центральный вход, турникет PERCo, '
           'проход № 2 не открывается на выход):\n1. Подтвердите принятие обращения.\n2. Когда сможете выехать?\n'
           '3. Потребуется ли закрывать проход полностью?', pd(KUZ))
t.iphone_inter(KUZ, D(11, 9, 30), [('1. Подтвердите принятие обращения.', 'Принял.'),
                                   ('2. Когда сможете выехать?', 'Сегодня после 12, плата управления есть на складе.'),
                                   ('3. Потребуется ли закрывать проход полностью?',
                                    'Да, второй проход закроем часа на два.')],
               dec('233340', [], 'заявка принята', 'interleaved answers: "Принял"; departure only planned'), '233340')
meeting_response(D(11, 10, 12), 'Принято', 'ACCEPTED', 'Комиссионная приёмка турникета (обращение 233340)',
                 datetime(2026, 11, 12, 10, 0, tzinfo=MSK), datetime(2026, 11, 12, 11, 0, tzinfo=MSK),
                 'Прокуратура г. Москвы, центральный вход',
                 ign('Outlook meeting response "Принято" (METHOD:REPLY) generated by the client'), '233340')
t.cust(D(11, 11, 0), 'Дмитрий, спасибо. Пропуск на сегодня заказан, въезд со двора.')
t.iphone(KUZ, D(11, 13, 10), 'Будем минут через 20, на Садовом пробка.',
         dec('233340', [], 'подрядчик в пути', '"будем через 20 минут" = travelling now'), '233340')
t.cust(D(11, 13, 16), 'Принято.')
t.iphone(KUZ, D(11, 16, 45), 'Плату управления PERCo TTD-03.1 заменили (новая, s/n 236114), проход работает '
                             'в обе стороны, карты читает. Убытие 16:40.',
         dec('233340', [], 'подрядчик убыл', 'noun "Убытие 16:40"; s/n 236114 is not a request number'), '233340')
t = Thread('Обращение 233340 — акт приёмки', D(12, 11, 48),
           'Дмитрий, добрый день. Комиссия приёмку провела, акт подписан, замечаний нет. Спасибо за оперативность.',
           pd(KUZ))
t.iphone(KUZ, D(12, 12, 30), 'Спасибо, принято. Хорошего дня.',
         rev('acknowledges the dispatcher\'s own message ("принято" = noted), no status'), '233340')

# ---------------------------------------------------------------- 234105
t = Thread('Заявка #234105 — Савёловский районный суд, фильтры П1–П3', D(12, 8, 0),
           'Добрый день.\n\nЗаявка #234105. Савёловский районный суд, венткамера 0 этажа. Замена фильтров '
           'приточных установок П1, П2, П3 (G4 + F7).\nПросьба принять, сообщить дату.', pd(DISP))
thebat(D(12, 8, 40), 'Re: Заявка #234105 — Савёловский районный суд, фильтры П1–П3',
       'Заявка #234105 принята. Фильтры G4/F7 на все три установки заказаны, привезут сегодня вечером, '
       'выезд 13.11 с утра, инженер Соколов А.',
       dec('234105', [], 'заявка принята', 'The Bat! KOI8-R; "#234105 принята"; date/time are plans'), '234105',
       reply=t.last, greeting='Здравствуйте, Ирина Петровна.')
t2 = iphone_new(SOK, D(13, 8, 10), '234105 (П1-П3)', 'Выехли на Савеловский, фильтры везём с собой.',
                dec('234105', ['1', '2', '3'], 'подрядчик в пути',
                    'typo "Выехли"; subject names П1-П3 = all three positions'), '234105')
t = Thread('RE: 234105 (П1-П3)', D(13, 8, 21), 'Принято, комендант предупреждён.', pd(SOK))
t.msgs[0].text = cust_text('Принято, комендант предупреждён.') + '\n\n' + outlook_block(t2) + '\n' + t2.text
t.iphone(SOK, D(13, 12, 30), 'П1 — фильтры заменены, старые упакованы, вывезем. Перепад давления в норме.',
         dec('234105', ['1'], 'подрядчик убыл', '"П1 — фильтры заменены" (П1 = position 1)'), '234105')
t.cust(D(13, 12, 41), 'Принято по П1.')
t.iphone(SOK, D(13, 15, 20), 'П2, П3 готово, yезжаем.',
         dec('234105', ['2', '3'], 'подрядчик убыл', 'done and leaving; Latin "y" in "уезжаем"'), '234105')

# ---------------------------------------------------------------- 235012
t = Thread('Заявка 235012 — прокуратура ЮАО, ИБП и ДГУ', D(13, 10, 31),
           'Добрый день!\n\nЗаявка 235012, прокуратура ЮАО, ул. Кантемировская, д. 3:\n'
           'поз. 1 — ИБП серверной APC Smart-UPS SRT 10000: авария батарей;\n'
           'поз. 2 — ДГУ: не запускается при еженедельном тесте.\nПросьба принять.', pd(ORLOVA))
prev = t.last
own = ('Ирина Петровна, добрый день!\n\nПодтверждаем приём заявки № 235012 в работу. Выезд — понедельник 16.11, '
       '9:00, ответственный Пальчиков В.А.\nПросьба заказать пропуск на 2 чел.: Пальчиков Виктор Андреевич, '
       'Тихонов Сергей Игоревич.\n\n' + ORLOVA_SIG)
blk = outlook_block(prev)
plain = own + '\n\n' + blk + '\n' + prev.text
part = multipart('alternative', [text_part(plain, charset='windows-1251', cte='base64', quote_cs=True),
                                 text_part(word_html(own, 'windows-1251', blk, prev.text), 'html',
                                           charset='windows-1251', cte='base64', quote_cs=True)], style='outlook')
before, after = outlook_headers(ORLOVA, D(13, 11, 45), 'RE: ' + prev.subject, outlook_mid(), 'windows-1251',
                                reply=prev)
add(D(13, 11, 45), assemble(before, part, after),
    dec('235012', [], 'заявка принята', 'Outlook top-post, windows-1251 base64; departure on 16.11 is a plan'),
    '235012')
t = Thread('Заявка 235012 — пропуска', D(13, 16, 0),
           'Виктор Андреевич, пропуск на 16.11 заказан на Пальчикова В.А. По Тихонову С.И. ждём подтверждения '
           'от прокуратуры.', pd(PAL))
t.iphone(PAL, D(16, 7, 50), 'Ещё не выехали — по Тихонову подтверждения так и нет, без него на КПП не пустят, '
                            'а одному ДГУ не сделать. Как будет — сразу едем.',
         rev('negation: "ещё не выехали", waiting for a pass'), '235012')
t.cust(D(16, 8, 45), 'Виктор Андреевич, пропуск на Тихонова подтвердили.')
t.iphone(PAL, D(16, 9, 5), 'Отлично, выехалм.',
         dec('235012', [], 'подрядчик в пути', 'typo "выехалм" = выехали'), '235012')
t.cust(D(16, 9, 12), 'Принято.')
t.iphone(PAL, D(16, 14, 10), 'ИБП (п.1) — заменили батарейный модуль APCRBC140, самотест прошёл, нагрузка 38%.\n'
                             'По ДГУ (п.2) — бак пустой, ждём подвоз топлива, приедем в среду 18.11.',
         dec('235012', ['1'], 'подрядчик убыл', 'п.1 done; п.2 only planned; APCRBC140 is a part number'), '235012')
iphone_new(PAL, D(18, 11, 30), '235012 поз 2',
           'поз2 ДГУ — запустили под нагрузкой на 30 мин, параметры в норме. Завершение работ 11:20, убыли.',
           dec('235012', ['2'], 'подрядчик убыл', '"поз2"; "Завершение работ 11:20, убыли"'), '235012')

# ---------------------------------------------------------------- 235688
t = Thread('Заявка 235688 — Никулинский районный суд, аварийное освещение', D(16, 9, 0),
           'Добрый день!\n\nЗаявка 235688. Никулинский районный суд — не работает аварийное освещение, '
           'по этажам:\nп.1 — 1 этаж; п.2 — 2 этаж; п.3 — 3 этаж; п.4 — 4 этаж.\nПросьба согласовать дату.',
           pd(ORLOVA))
calendar_invite(D(16, 9, 40), 'Плановый визит по заявке 235688 — Никулинский районный суд',
                'Добрый день! Плановый визит по заявке 235688 — 18.11, с 10:00 до 17:00, бригада из 2 электриков. '
                'Просьба подтвердить.',
                datetime(2026, 11, 18, 10, 0, tzinfo=MSK), datetime(2026, 11, 18, 17, 0, tzinfo=MSK),
                'Никулинский районный суд', rev('calendar invitation (METHOD:REQUEST): planned visit, no status'),
                '235688')
prev = t.last
own = ('Ирина Петровна, добрый день!\n\nЗаявка 235688 принята в работу. Визит — 18.11 с 10:00, '
       'приглашение направила отдельным письмом.\n\n' + ORLOVA_SIG)
blk = outlook_block(prev)
hb = word_html(own, 'utf-8', blk, prev.text).replace('Microsoft Word 15 (filtered medium)', 'Microsoft Exchange Server')
before, after = outlook_headers(ORLOVA, D(16, 10, 0), 'RE: ' + prev.subject, outlook_mid(), 'utf-8', reply=prev,
                                extra=[('X-MS-Has-Attach', ''), ('X-Originating-IP', '[10.20.4.17]')])
after = [a for a in after if a[0] != 'X-Mailer']
add(D(16, 10, 0), assemble(before, text_part(hb, 'html', charset='utf-8', cte='base64', quote_cs=True), after),
    dec('235688', [], 'заявка принята', 'HTML-only (OWA), quoted Outlook block; visit date is a plan'), '235688')
t = Thread('Никулинский 18.11', D(17, 17, 0),
           'Дмитрий, напоминаю: завтра, 18.11, Никулинский суд (заявка 235688), с 10:00. Отпишитесь о выезде.',
           pd(KUZ))
t.iphone(KUZ, D(18, 9, 10), 'Выезд с базы 09:05, направляемся на Никулинский.',
         dec('235688', [], 'подрядчик в пути', '"выезд С базы ... направляемся на" = on the way to the site'),
         '235688')
t.cust(D(18, 9, 16), 'Принято.')
t.iphone(KUZ, D(18, 14, 0), '1 и 2 этажи — сделали, сейчас на 3-м, 4-й под вопросом — светильников ДБО не хватает, '
                            '9 шт. докупаем.',
         rev('different statuses: positions 1,2 finished, position 3 in progress on site, 4 unclear'), '235688')
rows = [('1', '1 этаж', 'выполнено', '11:40'), ('2', '2 этаж', 'выполнено', '13:20'),
        ('3', '3 этаж', 'выполнено', '16:05'), ('4', '4 этаж', 'перенос на 20.11 — нет светильников ДБО', '—')]
plain = ('Ирина Петровна, добрый вечер!\n\nСводка по заявке 235688 (Никулинский районный суд) за 18.11:\n\n'
         'Поз.\tУчасток\tСтатус\tВремя\n' + ''.join('%s\t%s\t%s\t%s\n' % r for r in rows) +
         '\nПо 4-й позиции выезд в пятницу 20.11.\n\n' + ORLOVA_SIG)
trs = ''.join('<tr><td style="border:1px solid #999;padding:3px 8px">%s</td>'
              '<td style="border:1px solid #999;padding:3px 8px">%s</td>'
              '<td style="border:1px solid #999;padding:3px 8px">%s</td>'
              '<td style="border:1px solid #999;padding:3px 8px">%s</td></tr>\n' % tuple(html.escape(c) for c in r)
              for r in rows)
hb = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
      '<body lang=RU><div class=WordSection1><p class=MsoNormal>Ирина Петровна, добрый вечер!</p>'
      '<p class=MsoNormal>Сводка по заявке 235688 (Никулинский районный суд) за 18.11:</p>\n'
      '<table style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">\n'
      '<tr style="background:#DDEBF7"><th style="border:1px solid #999">Поз.</th><th style="border:1px solid #999">'
      'Участок</th><th style="border:1px solid #999">Статус</th><th style="border:1px solid #999">Время</th></tr>\n'
      + trs + '</table><p class=MsoNormal>По 4-й позиции выезд в пятницу 20.11.</p><p class=MsoNormal>' +
      h(ORLOVA_SIG) + '</p></div></body></html>')
part = multipart('alternative', [text_part(plain, charset='windows-1251', cte='quoted-printable', quote_cs=True),
                                 text_part(hb, 'html', charset='windows-1251', cte='quoted-printable',
                                           quote_cs=True)], style='outlook')
before, after = outlook_headers(ORLOVA, D(18, 17, 30), 'Сводка по заявке 235688 на 18.11', outlook_mid(),
                                'windows-1251')
add(D(18, 17, 30), assemble(before, part, after),
    dec('235688', ['1', '2', '3'], 'подрядчик убыл',
        'HTML table, one row per position: 1-3 "выполнено", 4 postponed to 20.11'), '235688')
fwd = ('Никулинский суд, 4 этаж - светильники ДБО поставили 9 шт, автономку гоняли час, все горят. '
       'С объекта уехали в 12:30.\n\n--\nОтправлено из мобильной Яндекс Почты')
thebat(D(20, 12, 40), 'Fwd: Никулинский',
       'Пересылаю отчёт электрика по 235688 поз. 4.\n\n'
       '=====8<===========Начало пересылаемого письма===========8<=====\n'
       'От: Семёнов Павел <p.semenov.el@yandex.ru>\nКому: disp@premium-facility.ru\n'
       'Дата: 20 ноября 2026 г., 12:36:05\nТема: Никулинский\n\n' + fwd + '\n'
       '=====8<============Конец пересылаемого письма=============8<=====',
       dec('235688', ['4'], 'подрядчик убыл', 'The Bat! forward of the electrician\'s report: 4th floor done, '
                                              '"с объекта уехали"'), '235688', greeting='Коллеги, добрый день.')

# ---------------------------------------------------------------- 236230
t = Thread('Заявка 236230 — засор, судебный участок № 412', D(17, 15, 1),
           'Руслан, срочно.\n\nЗаявка 236230 — судебный участок № 412 мирового судьи (Бирюлёво Западное), '
           'засор канализации в санузле для посетителей, вода поднимается.', pd(GAF))
t.iphone(GAF, D(17, 15, 20), 'Принял, еду.',
         dec('236230', [], 'подрядчик в пути', 'accepted and already travelling ("еду"): latest = в пути'), '236230')
iphone_send(GAF, D(17, 18, 0), 'Засор, участок № 412 (236230)', None,
            dec('236230', [], 'подрядчик убыл', 'one line + signed act PDF; "№ 412" is the court district number'),
            '236230',
            attach=('Засор пробили, подписанный акт во вложении.\n', 'Акт 236230.pdf',
                    tiny_pdf(['AKT N 2311/17-2', 'Zayavka 236230', 'Zasor ustranen', 'Sudebnyi uchastok N 412']),
                    '\n' + sig(GAF)), cte='base64')

# ---------------------------------------------------------------- 237105
t = Thread('Заявка 237105 — Гагаринский районный суд, кровля', D(18, 11, 1),
           'Алексей, добрый день.\n\nЗаявка 237105, Гагаринский районный суд:\n'
           '1 — протечка кровли над залом № 5 (после дождей, мокнет потолок);\n'
           '2 — водосточная труба со двора оторвана, замена.\n'
           'Приглашение на комиссионный осмотр кровли направили вашему менеджеру.', pd(SOK))
t.iphone(SOK, D(18, 11, 15), 'Принято. Кровельщиков отправлю сегодня, после 13.',
         dec('237105', [], 'заявка принята', '"Принято"; crew only planned'), '237105')
meeting_response(D(18, 11, 20), 'Отклонено', 'DECLINED', 'Комиссионный осмотр кровли, Гагаринский районный суд',
                 datetime(2026, 11, 18, 12, 0, tzinfo=MSK), datetime(2026, 11, 18, 13, 0, tzinfo=MSK),
                 'Гагаринский районный суд',
                 ign('Outlook meeting response "Отклонено" (METHOD:REPLY) generated by the client'), '237105')
crew = ('Алексей, добрый день. Мы на крыше Гагаринского суда, начали по протечке над залом 5 (это п.1 по заявке). '
        'Двое, на месте с 13:30.\n\n--\nОтправлено из Почты Mail.ru')
fw = ('Начало переадресованного письма:\n\n'
      '> От: Бригадир «Кровля-Север» <krovlya-sever@mail.ru>\n'
      '> Дата: 18 ноября 2026 г. в 13:34:52 GMT+3\n'
      '> Кому: Алексей Соколов <a.sokolov@premium-facility.ru>\n'
      '> Тема: Гагаринский суд\n>\n' + qlines(crew) +
      '\n\nПересылаю от кровельщиков, 237105 — бригада на месте.\n\n' + sig(SOK))
iphone_send(SOK, D(18, 13, 40), 'Fwd: Гагаринский суд', fw,
            dec('237105', ['1'], 'подрядчик на месте', 'Apple Mail forward of the crew message: on the roof, п.1'),
            '237105')
crew2 = ('Марина, добрый день. Протечку над залом 5 устранили, примыкание к парапету переклеили (наплавляемый, '
         '2 слоя), пролили водой — сухо. Ушли с крыши в 16:10. Водосток завтра, нужна автовышка 22 м.\n\n'
         'Бригадир Зайцев Н., ООО «Кровля-Север», +7 (964) 505-33-18')
own = 'Коллеги, добрый день.\nПересылаю отчёт бригады по заявке 237105, позиция 1.\n\n' + ORLOVA_SIG
blk = ('От: Бригадир «Кровля-Север» <krovlya-sever@mail.ru>\nОтправлено: среда, 18 ноября 2026 г. 16:21\n'
       'Кому: Орлова Марина Сергеевна <m.orlova@premium-facility.ru>\n'
       'Копия: Алексей Соколов <a.sokolov@premium-facility.ru>\nТема: кровля Гагаринский - отчет\n')
plain = own + '\n\n' + blk + '\n' + crew2
part = multipart('alternative', [text_part(plain, charset='windows-1251', cte='quoted-printable', quote_cs=True),
                                 text_part(word_html(own, 'windows-1251', blk, crew2), 'html', charset='windows-1251',
                                           cte='quoted-printable', quote_cs=True)], style='outlook')
before, after = outlook_headers(ORLOVA, D(18, 16, 30), 'FW: кровля Гагаринский - отчет', outlook_mid(),
                                'windows-1251')
add(D(18, 16, 30), assemble(before, part, after),
    dec('237105', ['1'], 'подрядчик убыл', 'Outlook forward: crew reports п.1 fixed, "ушли с крыши"; '
                                          'п.2 (водосток) planned for tomorrow'), '237105')
t = Thread('237105 (2) — автовышка', D(18, 17, 5),
           'Алексей, по п.2 (водосток) автовышку согласовали на 19.11 с 10:00, въезд со двора.', pd(SOK))
t.iphone(SOK, D(19, 10, 15), 'Вышка подъехала, мы на месте, начинаем водосток.',
         dec('237105', ['2'], 'подрядчик на месте', 'position in brackets in the subject "237105 (2)"'), '237105',
         cte='base64')
t.cust(D(19, 10, 21), 'Принято.')
iphone_new(SOK, D(19, 11, 30), '237105 водосток — доп. материалы',
           'Коллеги, по водостоку: труба Ø100 6 м и воронка — сверх сметы, 18 400 ₽ с НДС, счёт № 1187 пришлю. '
           'Согласуете? Если нет — поставим временную.',
           rev('price/extra materials talk and a question, no status'), '237105')
t.iphone(SOK, D(19, 14, 0), 'Водосток заменили: 6 м трубы + воронка, всё закрепили, пролили — уходит куда надо. '
                            'Бригада освободилась, вышку отпустили.',
         dec('237105', ['2'], 'подрядчик убыл', 'result + "бригада освободилась"; position 2 from subject "(2)"'),
         '237105', html_=True)

# ---------------------------------------------------------------- 238463 / 239020
thebat(D(20, 12, 30), '238463, 239020 - приняты',
       '238463 (прокуратура ЗАО, замки/доводчики) и 239020 (Перовский суд, лифт) - приняли обе.\n'
       'Исполнители: Кузьмин Д. и Пальчиков В. соответственно.',
       rev('two different requests in one letter'), '239020')
t = Thread('Заявка 239020 — Перовский районный суд, лифт стоит', D(20, 12, 1),
           'Виктор Андреевич, срочно!\n\nЗаявка 239020. Перовский районный суд, пассажирский лифт встал между '
           '3 и 4 этажами, двери не открываются. Людей в кабине, со слов охраны, нет.', pd(PAL))
t.iphone(PAL, D(20, 12, 20), 'Принял. Лифтёр ЛифтРесурса выехал, будет в течение часа.',
         dec('239020', [], 'подрядчик в пути', 'accepted and the (subcontractor) lift mechanic is on the way'),
         '239020')
inner_text = ('Добрый день.\n\nПеровский районный суд: лифт запущен в 15:45, заменён ролик отводки дверей кабины. '
              'Пассажиров в кабине не было. Механик убыл с объекта в 15:50.\n\nМеханик: Жуков А.\n'
              'ООО «ЛифтРесурс», диспетчерская: +7 (495) 777-15-40')
inner = assemble([('From', '%s <service@liftresurs.ru>' % ew('ЛифтРесурс — диспетчерская', split=False)),
                  ('To', addr(KOVALEVA)), ('Subject', ew('Перовский районный суд — лифт')),
                  ('Date', format_datetime(D(20, 15, 58))), ('Message-ID', '<lr-%08x@liftresurs.ru>' % RNG.getrandbits(32)),
                  ('MIME-Version', '1.0')], text_part(inner_text, cte='base64'))
own = 'Ирина Петровна, пересылаю отчёт субподрядчика по заявке 239020 (Перовский суд).\n\n' + KOVALEVA_SIG
part = multipart('mixed', [text_part(own, charset='koi8-r', cte='quoted-printable', quote_cs=True),
                           ([('Content-Type', 'message/rfc822'),
                             ('Content-Disposition', 'attachment;\n\tfilename="Perovsky_lift.eml"')], inner)],
                 style='outlook')
before, after = outlook_headers(KOVALEVA, D(20, 16, 0), 'FW: Перовский районный суд — лифт', outlook_mid(),
                                'koi8-r')
add(D(20, 16, 0), assemble(before, part, after),
    dec('239020', [], 'подрядчик убыл', 'forward as message/rfc822 attachment; subcontractor: "убыл с объекта"'),
    '239020')
t = Thread('238463 — пропуск на 23.11', D(20, 17, 10),
           'Дмитрий, пропуск в прокуратуру ЗАО на 23.11 заказан на Кузьмина Д. и Белова К. Кабинеты 201 и 214 '
           'откроет завхоз, архив — только в присутствии сотрудника канцелярии.', pd(KUZ))
t.iphone(KUZ, D(23, 10, 30), '238463 П1, П2 — на месте с 10:20, начинаем с каб. 201.',
         dec('238463', ['1', '2'], 'подрядчик на месте', '"П1, П2" = positions 1 and 2; "каб. 201" is a room'),
         '238463')
t.cust(D(23, 10, 36), 'Принято.')
t.iphone(KUZ, D(23, 13, 15), 'Доводчики Dorma TS-77 в каб. 201 и 214 (п.1, п.2) поставили, отрегулировали.\n'
                             'Архив (п.3) — замок не подошёл по посадке, заказали Cisa, срок 3 дня.',
         dec('238463', ['1', '2'], 'подрядчик убыл', 'п.1 and п.2 done; п.3 waits for a lock (plan)'), '238463')
t.cust(D(23, 13, 30), 'Дмитрий, по п.3 ждём, сообщите дату.')
t.iphone(KUZ, D(26, 11, 0), 'архив п.3 — замок Cisa поставили, 3 ключа передали коменданту под роспись. Уехали.',
         dec('238463', ['3'], 'подрядчик убыл', '"п.3 ... поставили ... Уехали"'), '238463')

# ---------------------------------------------------------------- other review / ignored
iphone_new(GAF, D(24, 9, 0), 'Выезд', 'Добрый день. Бригада выехала на Богородский, будем в течение часа.',
           rev('no request number at all, no quoted thread'), None)
iphone_new(SOK, D(24, 14, 0), 'Заявка 234150', 'На месте, щитовую открыли, начинаем.',
           rev('234150 is not in the registry (234105 is a different, closed request)'), None)
# Gafurov's vacation auto-reply to a dispatch mail about 236230
txt = ('Здравствуйте!\n\nЯ в отпуске с 25.11 по 04.12.2026 включительно, почту не читаю.\n'
       'По заявкам обращайтесь, пожалуйста, к Дмитрию Кузьмину: d.kuzmin@premium-facility.ru, '
       '+7 (903) 715-08-66, или в диспетчерскую: +7 (495) 648-21-30.\n\nРуслан Гафуров')
hd = [('From', addr(GAF)), ('To', CUST_ADDR), ('Subject', ew('Автоответ: Заявка 236230 — оригинал акта')),
      ('Date', format_datetime(D(25, 8, 15))), ('Message-ID', '<vacation.%x@mail.premium-facility.ru>' % RNG.getrandbits(40)),
      ('In-Reply-To', cust_mid()), ('Auto-Submitted', 'auto-replied (vacation)'), ('Precedence', 'bulk'),
      ('X-Autoreply', 'yes'), ('MIME-Version', '1.0')]
add(D(25, 8, 15), assemble(hd, text_part(txt)), ign('vacation auto-reply (Auto-Submitted); mentions 236230 in subject'),
    '236230')
# akt sverki — attachment + one line, accounting
own = ('Добрый день!\n\nАкт сверки взаиморасчётов за октябрь 2026 г. по договору № ПФ-23/2026 во вложении, '
       'просьба подписать и вернуть скан.\n\n' + ORLOVA_SIG)
part = multipart('mixed', [multipart('alternative', [
    text_part(own, charset='windows-1251', cte='quoted-printable', quote_cs=True),
    text_part(word_html(own, 'windows-1251'), 'html', charset='windows-1251', cte='quoted-printable',
              quote_cs=True)], style='outlook'),
    bin_part('application/pdf', tiny_pdf(['AKT SVERKI', 'Dogovor N PF-23/2026', 'Oktyabr 2026', 'Saldo: 0.00']),
             'Акт сверки ПФ-23-2026 октябрь.pdf')], style='outlook')
before, after = outlook_headers(ORLOVA, D(25, 11, 0), 'Акт сверки за октябрь 2026', outlook_mid(), 'windows-1251')
add(D(25, 11, 0), assemble(before, part, after),
    rev('accounting (reconciliation act) with a PDF, no request, no status'), None)
# bulk newsletter
news = ('<html><head><meta charset="utf-8"><title>Дайджест</title></head><body style="font-family:Arial">'
        '<table width="600" align="center"><tr><td><h2>ПремиумФасилити: дайджест ноября</h2>'
        '<p>Уважаемые партнёры! Начался зимний сезон: проверьте кровли, водостоки и тепловые пункты заранее.</p>'
        '<ul><li>За октябрь выполнено 1 240 заявок, среднее время прибытия бригады — 52 минуты.</li>'
        '<li>Новый сервис: мониторинг ИТП 24/7.</li><li>С 1 декабря — новый номер диспетчерской '
        '+7 (495) 648-21-30.</li></ul>'
        '<p style="font-size:11px;color:#888">Вы получили это письмо, так как являетесь клиентом '
        'ООО «ПремиумФасилити». <a href="https://premium-facility.ru/unsubscribe?u=8f21c">Отписаться</a></p>'
        '</td></tr></table></body></html>')
hd = [('From', addr(NEWS)), ('To', CUST_ADDR), ('Subject', ew('ПремиумФасилити | Дайджест ноября: зимний сезон')),
      ('Date', format_datetime(D(26, 10, 0, 0))), ('Message-ID', '<n2611.%x@news.premium-facility.ru>' % RNG.getrandbits(40)),
      ('List-Id', 'PremiumFacility news <news.premium-facility.ru>'),
      ('List-Unsubscribe', '<mailto:unsubscribe@premium-facility.ru?subject=unsubscribe>,\n '
                           '<https://premium-facility.ru/unsubscribe?u=8f21c>'),
      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'),
      ('X-Mailer', 'Sendsay ESP'), ('MIME-Version', '1.0')]
add(D(26, 10, 0), assemble(hd, text_part(news, 'html', cte='base64')), ign('bulk newsletter (List-Unsubscribe, Precedence: bulk)'),
    None)
# 27.11: dispatch mails "Заявка 238463 — закрытие": auto-reply, read receipt, bounce
close_mid = cust_mid()
close_subj = 'Заявка 238463 — закрытие'
txt = ('Добрый день!\n\nЯ в командировке до 01.12.2026, доступ к почте ограничен.\n'
       'По срочным вопросам: Ковалёва Наталья, n.kovaleva@premium-facility.ru, +7 (495) 648-21-37 доб. 207.\n\n'
       'Марина Орлова')
part = multipart('alternative', [text_part(txt, charset='windows-1251', cte='base64', quote_cs=True),
                                 text_part(word_html(txt, 'windows-1251'), 'html', charset='windows-1251',
                                           cte='base64', quote_cs=True)], style='outlook')
before, after = outlook_headers(ORLOVA, D(27, 9, 35), 'Автоматический ответ: ' + close_subj, outlook_mid(),
                                'windows-1251', extra=[('Auto-Submitted', 'auto-generated'),
                                                       ('X-Auto-Response-Suppress', 'All'),
                                                       ('X-MS-Exchange-Inbox-Rules-Loop', ORLOVA['addr'])])
before = before[:-1] + [('In-Reply-To', close_mid), ('References', close_mid)] + before[-1:]
add(D(27, 9, 35), assemble(before, part, after), ign('Exchange out-of-office automatic reply'), '238463')
mdn_txt = ('Ваше сообщение\n\n  Кому: %s\n  Тема: %s\n  Отправлено: пятница, 27 ноября 2026 г. 9:35:02 (UTC+03:00) '
           'Москва, Санкт-Петербург\n\nбыло прочитано пятница, 27 ноября 2026 г. 9:41:17 (UTC+03:00) Москва, '
           'Санкт-Петербург.' % (KOVALEVA['addr'], close_subj))
mdn = ('Reporting-UA: PF-EXCH01.premium-facility.local; Microsoft Outlook 16.0\n'
       'Final-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n'
       % (KOVALEVA['addr'], close_mid))
part = multipart('report', [text_part(mdn_txt, charset='koi8-r', cte='quoted-printable', quote_cs=True),
                            ([('Content-Type', 'message/disposition-notification')], mdn.encode())],
                 style='outlook', params=' report-type=disposition-notification;')
before, after = outlook_headers(KOVALEVA, D(27, 9, 41), 'Прочитано: ' + close_subj, outlook_mid(), 'koi8-r')
add(D(27, 9, 41), assemble(before, part, after), ign('read receipt (MDN, disposition-notification)'), '238463')
b_notice = ('This is the mail system at host mx1.premium-facility.ru.\n\nI\'m sorry to have to inform you that your '
            'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
            'For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem '
            'report. You can\ndelete your own text from the attached returned message.\n\n'
            '                   The mail system\n\n<s.ivanov@premium-facility.ru>: host '
            'mailstore.premium-facility.ru[private/dovecot-lmtp]\n    said: 550 5.1.1 <s.ivanov@premium-facility.ru> '
            'User doesn\'t exist:\n    s.ivanov@premium-facility.ru (in reply to RCPT TO command)\n')
b_status = ('Reporting-MTA: dns; mx1.premium-facility.ru\nX-Postfix-Queue-ID: 4F1C21A0B3E\n'
            'X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru\n'
            'Arrival-Date: Fri, 27 Nov 2026 09:35:03 +0300 (MSK)\n\n'
            'Final-Recipient: rfc822; s.ivanov@premium-facility.ru\n'
            'Original-Recipient: rfc822;s.ivanov@premium-facility.ru\nAction: failed\nStatus: 5.1.1\n'
            'Remote-MTA: dns; mailstore.premium-facility.ru\nDiagnostic-Code: x-unix; User doesn\'t exist: '
            's.ivanov@premium-facility.ru\n')
b_orig = ('Received: from mail.zakazchik-omis.ru (mail.zakazchik-omis.ru [195.19.44.10])\n'
          '\tby mx1.premium-facility.ru (Postfix) with ESMTPS id 4F1C21A0B3E\n'
          '\tfor <s.ivanov@premium-facility.ru>; Fri, 27 Nov 2026 09:35:03 +0300 (MSK)\n'
          'From: %s <%s>\nTo: <n.kovaleva@premium-facility.ru>, <m.orlova@premium-facility.ru>,\n'
          ' <s.ivanov@premium-facility.ru>\nSubject: %s\nDate: Fri, 27 Nov 2026 09:35:02 +0300\nMessage-ID: %s\n'
          'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n' % (ew(CUST_NAME, split=False), CUST_ADDR,
                                                                            ew(close_subj), close_mid))
b = '4F1C21A0B3E.1795768503/mx1.premium-facility.ru'
body = ('This is a MIME-encapsulated message.\n\n--%s\nContent-Description: Notification\n'
        'Content-Type: text/plain; charset=us-ascii\n\n%s\n--%s\nContent-Description: Delivery report\n'
        'Content-Type: message/delivery-status\n\n%s\n--%s\nContent-Description: Undelivered Message Headers\n'
        'Content-Type: text/rfc822-headers\n\n%s\n--%s--\n' % (b, b_notice, b, b_status, b, b_orig, b)).encode()
hd = [('Date', 'Fri, 27 Nov 2026 09:35:04 +0300 (MSK)'), ('From', 'Mail Delivery System <MAILER-DAEMON@premium-facility.ru>'),
      ('Subject', 'Undelivered Mail Returned to Sender'), ('To', CUST_ADDR), ('Auto-Submitted', 'auto-replied'),
      ('Message-Id', '<20261127063504.5A2B31A0B40@mx1.premium-facility.ru>'), ('MIME-Version', '1.0'),
      ('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b),
      ('Content-Transfer-Encoding', '8bit')]
add(D(27, 9, 35, 4), hdr_bytes(hd) + b'\n' + body, ign('bounce (Postfix delivery status notification)'), '238463')


# ==========================================================================
# write out + checks
# ==========================================================================
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith('.eml'):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (when, raw, label, req) in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        with open(os.path.join(LET, name), 'wb') as fh:
            fh.write(raw)
        labels[name] = label
        if req:
            assert when > REG_AT[req], (name, req)
    senders = sorted({p['addr'] for p in P.values()} |
                     {x['addr'] for x in (ORLOVA, KOVALEVA, DISP, NEWS, DAEMON)})
    registry = {'contractor': {'name': 'ООО «ПремиумФасилити»', 'emails': senders, 'domains': [DOM]},
                'requests': [{'number': n, 'positions': pos, 'registered_at': REG_AT[n].isoformat(), 'comment': c}
                             for n, pos, _, c in REQUESTS]}
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(registry, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
    check(registry, labels)


def check(registry, labels):
    from email.utils import parseaddr
    files = sorted(f for f in os.listdir(LET) if f.endswith('.eml'))
    assert set(files) == set(labels), 'labels/files mismatch'
    regs = {r['number']: r for r in registry['requests']}
    emails = {e.lower() for e in registry['contractor']['emails']}
    doms = {d.lower() for d in registry['contractor']['domains']}
    mids = set()
    counts = {}
    for f in files:
        with open(os.path.join(LET, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ('Message-ID', 'Date', 'From', 'To', 'Subject'):
            assert msg[hname], (f, hname)
        mid = msg['Message-ID']
        assert mid not in mids, (f, 'dup mid')
        mids.add(mid)
        d = msg['Date'].datetime
        assert d.year == 2026 and d.month == 11, f
        a = parseaddr(str(msg['From']))[1].lower()
        assert a in emails or a.split('@')[1] in doms, (f, a)
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                part.get_content()
        lab = labels[f]
        if lab['expect'] == 'decided':
            r = regs[lab['request']]
            assert all(p in r['positions'] for p in lab['positions']), f
        counts.setdefault(lab['expect'], {})
        k = lab.get('status', '-')
        counts[lab['expect']][k] = counts[lab['expect']].get(k, 0) + 1
    print(len(files), 'letters;', json.dumps(counts, ensure_ascii=False))


if __name__ == '__main__':
    main()
