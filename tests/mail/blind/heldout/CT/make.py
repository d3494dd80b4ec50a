#!/usr/bin/env python3
# Generator of test letters for persona ООО «ТехноПрачка» (Пермь, +0500).
# Standard library only. Run: python3 make.py  -> letters/*.eml, labels.json, registry.json
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=5))
rnd = random.Random(955114)

DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
CRM = 'crm@technoprachka.ru'
LOZHKIN = ('Сергей Ложкин', 'lozhkin.s@technoprachka.ru')
MOKHOV = ('Алексей Мохов', 'mokhov.aleksey78@mail.ru')
GALIEV = ('Ринат Галиев', 'galiev.r@technoprachka.ru')
SHISTEROV = ('Дмитрий Шистеров', 'd.shisterov@gmail.com')
KUDR = ('Кудрявцева Ольга', 'kudryavtseva@technoprachka.ru')
ZUEV = ('Зуев В.П.', 'zuev@technoprachka.ru')
DAEMON = 'MAILER-DAEMON@technoprachka.ru'


# ---------------------------------------------------------------- helpers
def D(s):
    """'11-03 09:05' or '11-03 09:05:17' -> aware datetime (Perm, +0500)."""
    md, hm = s.split()
    m, d = map(int, md.split('-'))
    parts = list(map(int, hm.split(':')))
    sec = parts[2] if len(parts) > 2 else rnd.randint(0, 59)
    return datetime(2026, m, d, parts[0], parts[1], sec, tzinfo=TZ)


def ew(text, charset='UTF-8', mode='B'):
    """RFC 2047 encode a header text (only if non-ASCII)."""
    if all(ord(c) < 128 for c in text):
        return text

    def enc(s):
        b = s.encode(charset)
        if mode == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(b).decode())
        out = ''
        for byte in b:
            ch = chr(byte)
            if ch == ' ':
                out += '_'
            elif byte < 128 and (ch.isalnum() or ch in '!*+-/'):
                out += ch
            else:
                out += '=%02X' % byte
        return '=?%s?Q?%s?=' % (charset, out)

    words, cur = [], ''
    for c in text:
        if cur and len(enc(cur + c)) > 75:
            words.append(enc(cur))
            cur = c
        else:
            cur += c
    if cur:
        words.append(enc(cur))
    return '\n '.join(words)


def fa(person, charset='UTF-8', mode='B'):
    name, email = person
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, mode), email)


def leaf(text, subtype='plain', charset='utf-8', cte='base64', extra=None):
    b = text.encode(charset)
    if cte == 'base64':
        body = base64.encodebytes(b)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(b)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = b if b.endswith(b'\n') else b + b'\n'
    hdrs = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
            ('Content-Transfer-Encoding', cte)]
    if extra:
        hdrs += extra
    return {'headers': hdrs, 'body': body}


def raw_part(ctype, body_text, cte='7bit', extra=None):
    hdrs = [('Content-Type', ctype)]
    if cte:
        hdrs.append(('Content-Transfer-Encoding', cte))
    if extra:
        hdrs += extra
    b = body_text if isinstance(body_text, bytes) else body_text.encode('ascii')
    if not b.endswith(b'\n'):
        b += b'\n'
    return {'headers': hdrs, 'body': b}


def multipart(subtype, parts, params=''):
    boundary = '----=_Part_%d_%d.%d' % (rnd.randint(10000, 99999), rnd.randint(100000000, 999999999),
                                         rnd.randint(1000000000000, 9999999999999))
    body = b''
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + ser(p) + b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    ct = 'multipart/%s;%s\n boundary="%s"' % (subtype, (' ' + params + ';') if params else '', boundary)
    return {'headers': [('Content-Type', ct)], 'body': body}


def ser(part):
    out = b''
    for k, v in part['headers']:
        out += ('%s: %s\n' % (k, v)).encode('ascii')
    return out + b'\n' + part['body']


def msgid(kind):
    r = rnd
    if kind == 'bitrix':
        return '<bx.%032x@technoprachka.bitrix24.ru>' % r.getrandbits(128)
    if kind == 'mailru':
        return '<%d@f%d.i.mail.ru>' % (r.randint(10**15, 10**16 - 1), r.randint(100, 599))
    if kind == 'yandex':
        return '<%d@mail.yandex.ru>' % r.randint(10**15, 10**16 - 1)
    if kind == 'iphone':
        h = '%032X' % r.getrandbits(128)
        return '<%s-%s-%s-%s-%s@technoprachka.ru>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if kind == 'gmail':
        alph = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+='
        return '<CAL%s@mail.gmail.com>' % ''.join(r.choice(alph) for _ in range(40))
    if kind == 'outlook':
        return '<%012x$%012x$%08x@technoprachka.ru>' % (r.getrandbits(48), r.getrandbits(48), r.getrandbits(32))
    if kind == 'thebat':
        return '<%d.%d@technoprachka.ru>' % (r.randint(10**8, 10**9), r.randint(10**7, 10**8))
    if kind == 'dispatch':
        return '<%d.%x@zakazchik-omis.ru>' % (r.randint(10**9, 10**10), r.getrandbits(40))
    if kind == 'postfix':
        return '<20261123%06d.%X@mx1.technoprachka.ru>' % (r.randint(0, 999999), r.getrandbits(40))
    if kind == 'roundcube':
        return '<%032x@technoprachka.ru>' % r.getrandbits(128)
    raise ValueError(kind)


def build(date, frm, to, subject, root, mid, extra=None, cc=None, reply_to=None):
    hdrs = [('Date', format_datetime(date)), ('From', frm), ('To', to)]
    if cc:
        hdrs.append(('Cc', cc))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs += [('Subject', subject), ('Message-ID', mid)]
    if extra:
        hdrs += extra
    hdrs.append(('MIME-Version', '1.0'))
    return ser({'headers': hdrs + root['headers'], 'body': root['body']})


def esc(s):
    return html.escape(s, quote=False)


def text_to_html_paras(text, tag='div'):
    out = []
    for line in text.split('\n'):
        out.append('<%s>%s</%s>' % (tag, esc(line) if line else '<br>', tag))
    return '\n'.join(out)


def gt_quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


# ---------------------------------------------------------------- client styles
def to_dispatch(charset='UTF-8'):
    return fa(DISPATCH, charset)


def mailru(date, subject, text, quote=None, irt=None):
    """Мохов, Почта Mail.ru для Android: text/plain UTF-8 base64."""
    body = text + '\n\n--\nОтправлено из Почты Mail.ru'
    if quote:
        attr, q = quote
        body += '\n\n\n' + attr + '\n' + gt_quote(q)
    mid = msgid('mailru')
    extra = [('X-Mailer', 'Mail.Ru Mailer 1.0 (Android 14.86.0.51337)')]
    if irt:
        extra += [('In-Reply-To', irt), ('References', irt)]
    return build(date, fa(MOKHOV), to_dispatch(), ew(subject), leaf(body + '\n', 'plain', 'utf-8', 'base64'),
                 mid, extra)


def iphone(date, subject, text, quote=None, irt=None):
    """Галиев, iPhone Mail: text/plain UTF-8 quoted-printable."""
    body = text + '\n\nОтправлено с iPhone'
    if quote:
        attr, q = quote
        body += '\n\n' + attr + '\n' + gt_quote(q)
    extra = [('X-Mailer', 'iPhone Mail (22B91)')]
    if irt:
        extra += [('In-Reply-To', irt), ('References', irt)]
    part = leaf(body + '\n', 'plain', 'utf-8', 'quoted-printable')
    return build(date, fa(GALIEV), to_dispatch(), ew(subject, 'utf-8', 'B'), part, msgid('iphone'), extra)


def gmail(date, subject, text, quote=None, irt=None, cc=None, fwd=None):
    """Шистеров, Gmail Android: multipart/alternative, UTF-8 QP."""
    plain = text
    htm = '<div dir="auto">' + '<br>'.join(esc(l) for l in text.split('\n')) + '</div>'
    if fwd:
        hdr, ftext = fwd
        plain += '\n\n' + hdr + '\n\n' + ftext
        htm += ('<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                + '<br>'.join(esc(l) for l in hdr.split('\n')) + '<br></div><br><br>'
                + '<div dir="auto">' + '<br>'.join(esc(l) for l in ftext.split('\n')) + '</div></div>')
    if quote:
        attr, q = quote
        plain += '\n\n' + attr + '\n\n' + gt_quote(q)
        htm += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                'padding-left:1ex">' + '<br>'.join(esc(l) for l in q.split('\n')) + '</blockquote></div>')
    root = multipart('alternative', [leaf(plain + '\n', 'plain', 'UTF-8', 'quoted-printable'),
                                     leaf(htm + '\n', 'html', 'UTF-8', 'quoted-printable')])
    extra = []
    if irt:
        extra += [('In-Reply-To', irt), ('References', irt)]
    return build(date, fa(SHISTEROV), to_dispatch(), ew(subject, 'UTF-8', 'B'), root, msgid('gmail'), extra,
                 cc=cc)


def yandex(date, subject, text, quote=None, irt=None):
    """Ложкин, мобильная Яндекс Почта: HTML only, UTF-8 base64."""
    htm = '<div>' + '</div>\n<div>'.join(esc(l) if l else '&nbsp;' for l in text.split('\n')) + '</div>\n'
    htm += '<div>&nbsp;</div>\n<div>-- </div>\n<div>Отправлено из мобильной Яндекс Почты</div>\n'
    if quote:
        attr, q = quote
        htm += ('<div>&nbsp;</div>\n<div>' + esc(attr) + '</div>\n<blockquote>'
                + '<br />'.join(esc(l) for l in q.split('\n')) + '</blockquote>\n')
    extra = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
    if irt:
        extra += [('In-Reply-To', irt), ('References', irt)]
    return build(date, fa(LOZHKIN), to_dispatch(), ew(subject), leaf(htm, 'html', 'utf-8', 'base64'),
                 msgid('yandex'), extra)


OUTLOOK_SIG_K = ('\nС уважением,\nОльга Кудрявцева\nсервис-менеджер ООО «ТехноПрачка»\n'
                 'тел. +7 (342) 259-40-17 доб. 105, моб. +7 902 471-18-30')


def outlook(date, sender, subject, text, original=None, irt=None, html_body=None, thread=None,
            html_only=False):
    """Outlook 2016, windows-1251, quoted-printable. original = plain text block (with От:/Отправлено:...)."""
    plain = text
    if original:
        plain += '\n\n' + original
    if html_body is None:
        html_body = text_to_html_paras(text, 'p class=MsoNormal').replace('</p class=MsoNormal>', '</p>')
    hb = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
          '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">\n'
          '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
          '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
          'table.t td {border:solid windowtext 1.0pt;padding:0cm 5.4pt;} --></style>\n'
          '</head>\n<body lang="RU" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
          + html_body + '\n')
    if original:
        lines = original.split('\n')
        # header block up to the first empty line
        i = lines.index('')
        hb += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
               '<p class="MsoNormal">' + '<br>\n'.join('<b>%s</b>%s' % (esc(l.split(':', 1)[0] + ':'),
                                                                     esc(l.split(':', 1)[1]))
                                                     for l in lines[:i]) + '</p>\n</div>\n')
        hb += '\n'.join('<p class="MsoNormal">%s</p>' % (esc(l) if l else '&nbsp;') for l in lines[i + 1:])
    hb += '\n</div>\n</body>\n</html>\n'
    if html_only:
        root = leaf(hb, 'html', 'windows-1251', 'quoted-printable')
    else:
        root = multipart('alternative', [leaf(plain + '\n', 'plain', 'windows-1251', 'quoted-printable'),
                                         leaf(hb, 'html', 'windows-1251', 'quoted-printable')])
    extra = [('X-Mailer', 'Microsoft Outlook 16.0'),
             ('Thread-Index', base64.b64encode(rnd.getrandbits(176).to_bytes(22, 'big')).decode()),
             ('Content-Language', 'ru')]
    if irt:
        extra = [('In-Reply-To', irt), ('References', irt)] + extra
    return build(date, fa(sender, 'windows-1251', 'B'), to_dispatch('windows-1251'), ew(subject, 'windows-1251', 'B'),
                 root, msgid('outlook'), extra)


ZUEV_SIG = ('-- \nС уважением,\nЗуев Владимир Петрович, старший мастер\nООО "ТехноПрачка"\n'
            'ИНН 5904361872, КПП 590401001\n614068, г. Пермь, ул. Данщина, 5, оф. 12\n'
            'тел. +7 (342) 259-40-17 доб. 101')


def thebat(date, subject, text, irt=None):
    """Зуев, The Bat! on the workshop PC: text/plain KOI8-R, 8bit."""
    part = leaf(text + '\n', 'plain', 'koi8-r', '8bit')
    extra = [('X-Mailer', 'The Bat! (v9.4.5) Professional'), ('X-Priority', '3 (Normal)')]
    if irt:
        extra = [('In-Reply-To', irt), ('References', irt)] + extra
    return build(date, fa(ZUEV, 'koi8-r', 'B'), to_dispatch('koi8-r'), ew(subject, 'koi8-r', 'B'), part,
                 msgid('thebat'), extra)


ENGINEERS_B24 = {
    'Ложкин': ('Ложкин Сергей', 'Ложкин Сергей Анатольевич', 14),
    'Мохов': ('Мохов Алексей', 'Мохов Алексей Викторович', 19),
    'Галиев': ('Галиев Ринат', 'Галиев Ринат Ильдарович', 21),
    'Шистеров': ('Шистеров Дмитрий', 'Шистеров Дмитрий Олегович', 23),
}


def bitrix(date, who, task, title, comment, deadline):
    """Bitrix24 human comment mail: from crm@ on the engineer's behalf. No Auto-Submitted."""
    short, full, uid = ENGINEERS_B24[who]
    link = 'https://technoprachka.bitrix24.ru/company/personal/user/%d/tasks/task/view/%d/' % (uid, task)
    plain = ('Задача: #%d «%s»\n'
             'Ответственный: %s\n'
             'Крайний срок: %s\n'
             '\n'
             'Комментарий сотрудника:\n'
             '------------------------------------------------------------\n'
             '%s\n'
             '------------------------------------------------------------\n'
             '\n'
             'Перейти к задаче: %s\n'
             '\n'
             '--\n'
             'Сообщение отправлено из Битрикс24\n'
             'Вы получили это письмо, так как являетесь наблюдателем задачи.\n') % (
        task, title, full, deadline, comment, link)
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">\n'
           '<table cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n'
           '<tr><td style="color:#828b95">Задача:</td><td><a href="%s">#%d «%s»</a></td></tr>\n'
           '<tr><td style="color:#828b95">Ответственный:</td><td>%s</td></tr>\n'
           '<tr><td style="color:#828b95">Крайний срок:</td><td>%s</td></tr>\n'
           '</table>\n<p style="color:#828b95;margin:12px 0 4px">Комментарий сотрудника:</p>\n'
           '<div style="border-left:3px solid #2fc6f6;padding:6px 10px;background:#f5f9fb">%s</div>\n'
           '<p style="font-size:12px;color:#a8adb4">Сообщение отправлено из Битрикс24<br>'
           'Вы получили это письмо, так как являетесь наблюдателем задачи.</p>\n</body></html>\n') % (
        link, task, esc(title), esc(full), deadline, '<br>'.join(esc(l) for l in comment.split('\n')))
    root = multipart('alternative', [leaf(plain, 'plain', 'UTF-8', 'base64'),
                                     leaf(htm, 'html', 'UTF-8', 'base64')])
    subject = '[Б24] Задача #%d «%s» — новый комментарий' % (task, title)
    extra = [('X-Mailer', 'Bitrix24 Mail'), ('X-Bitrix-Event', 'TASKS_COMMENT_ADD'),
             ('X-Bitrix-Task-Id', str(task))]
    return build(date, fa((short, CRM)), to_dispatch(), ew(subject), root, msgid('bitrix'), extra)


def bitrix_auto(date, subject, plain, event):
    htm = '<html><body style="font-family:Arial,sans-serif;font-size:14px">%s</body></html>\n' % (
        '<br>'.join(esc(l) for l in plain.split('\n')))
    root = multipart('alternative', [leaf(plain, 'plain', 'UTF-8', 'base64'),
                                     leaf(htm, 'html', 'UTF-8', 'base64')])
    extra = [('X-Mailer', 'Bitrix24 Mail'), ('X-Bitrix-Event', event),
             ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')]
    return build(date, fa(('Битрикс24 ТехноПрачка', CRM)), to_dispatch(), ew(subject), root, msgid('bitrix'),
                 extra)


# ---------------------------------------------------------------- letters
LETTERS = []


def L(date, raw, expect, request=None, positions=None, status=None, note=''):
    lab = {'expect': expect}
    if expect == 'decided':
        lab.update({'request': request, 'positions': positions, 'status': status})
    lab['note'] = note
    LETTERS.append((date, raw, lab))


T_955114 = 'Заявка 955114 — ГКБ №4, прачечный корпус'
T_955380 = 'Заявка 955380 — ДКБ, стиральная машина Вязьма ЛО-25'
T_956027 = 'Заявка 956027 — Перинатальный центр, сушки'
T_956412 = 'Заявка 956412 — ГБ №7, прачечная'
T_956890 = 'Заявка 956890 — ПТД, каток КП-1600'
T_957655 = 'Заявка 957655 — Госпиталь ветеранов войн, прачечная'
T_958517_2 = 'Заявка 958517 — ГКБ №3, поз.2 каток'
T_959130 = 'Заявка 959130 — ККБ, прачечная'
T_959402 = 'Заявка 959402 — Роддом №2, сушка'

# ---- 955114 (ГКБ №4): 1 = W5180H, 2 = сушка №2, 3 = каток
d = D('11-02 11:42')
L(d, bitrix(d, 'Ложкин', 2231, T_955114,
            'Заявку приняли в работу. Со слов сестры-хозяйки: на W5180H висит E-12, сушка №2 не греет, '
            'на катке подгорает край простыни. Выезд завтра с утра, поедет Мохов А., я подключусь по сушке.',
            '06.11.2026 18:00'),
  'decided', '955114', [], 'заявка принята',
  'Bitrix24 comment (no Auto-Submitted), human text: accepted; task #2231 and ГКБ №4 are not request numbers')

d = D('11-03 09:05')
L(d, mailru(d, '955114', 'выехал на Кима, буду минут через 40'),
  'decided', '955114', [], 'подрядчик в пути', 'bare number in subject, phone letter: left for the site')

d = D('11-03 10:18')
L(d, mailru(d, 'Re: 955114', 'на месте. сижу жду завхоза, ключи от прачечной у неё',
            quote=('Вторник, 3 ноября 2026, 9:14 +05:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                   'Алексей, принято. Пропуск на КПП заказан на вашу фамилию.\n\nКлючникова М.Е.'),
            irt=msgid('dispatch')),
  'decided', '955114', [], 'подрядчик на месте', 'waiting for the caretaker on site = on site')

d = D('11-03 13:34')
L(d, bitrix(d, 'Мохов', 2231, T_955114,
            'Поз.1 — Electrolux W5180H, зав.№ 91420350017. Разобрал, меняю подшипник барабана 6312-2RS и '
            'сальник 0H4011. E-12 выдавал датчик уровня, его тоже меняю, датчик был с собой.',
            '06.11.2026 18:00'),
  'decided', '955114', ['1'], 'подрядчик на месте',
  'CRM comment: work in progress on position 1; serial and part numbers are noise')

d = D('11-03 17:52')
L(d, mailru(d, '955114 п1 п3',
            'по 1 и 3 всё крутится, уехал. на стиралке прогнали 50 кг на 60 градусов, норм. каток — '
            'отрегулировал прижим и почистил вал, край не палит. сушку завтра-послезавтра, ТЭНа на складе нет'),
  'decided', '955114', ['1', '3'], 'подрядчик убыл', 'positions 1 and 3 done and left; position 2 only planned')

d = D('11-03 19:40')
L(d, outlook(d, KUDR, 'Сводка по заявкам за 03.11',
             'Марина Евгеньевна, добрый вечер!\n\nКоротко по итогам дня:\n\n'
             '1) 955114 (ГКБ №4, ул. Кима) — поз.1 и поз.3 выполнены, инженер уехал в 17:40. Поз.2 (сушка №2) — '
             'ждём ТЭН 9 кВт от поставщика, ориентировочно 05–06.11.\n'
             '2) 955380 (ДКБ) — принята, Галиев выезжает завтра к 9:00, несмотря на праздник.\n'
             + OUTLOOK_SIG_K),
  'review', note='evening summary covering two requests')

# ---- 955380 (ДКБ): single position
d = D('11-03 13:05')
L(d, bitrix(d, 'Галиев', 2236, T_955380,
            'Принял. ЛО-25, инв. № 958301, со слов завхоза ошибка F21 — не сливает, вода стоит в баке. '
            'На пропуск подал машину Р 418 КМ 159.',
            '05.11.2026 18:00'),
  'decided', '955380', [], 'заявка принята',
  'accepted; inventory number 958301 looks like a request number but is not')

d = D('11-04 08:20')
L(d, iphone(d, '955380', 'Еду в ДКБ, стою в пробке на Героев Хасана, к 9 буду'),
  'decided', '955380', [], 'подрядчик в пути', 'driving now')

d = D('11-04 11:40')
L(d, iphone(d, 'Re: 955380',
            'Готово. Насос слива поменял (арт. 1257-8830), F21 сбросил, слив и отжим в норме. Убыл в 11:30.',
            quote=('4 нояб. 2026 г., в 08:31, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):',
                   'Ринат, принято, спасибо что в праздник. Отпишитесь по результату.'),
            irt=msgid('dispatch')),
  'decided', '955380', [], 'подрядчик убыл', 'done and left; part number is noise')

# ---- 956027 (перинатальный): 1 = сушка №2, 2 = сушка №3
d = D('11-05 10:10')
L(d, outlook(d, KUDR, 'Обращение № 956027 — принято',
             'Добрый день!\n\nОбращение № 956027 (перинатальный центр, сушильные машины №2 и №3) приняли в работу. '
             'Инженер — Шистеров Дмитрий, тел. +7 912 488-30-17. Выезд планируем на 06.11 с утра.\n'
             + OUTLOOK_SIG_K),
  'decided', '956027', [], 'заявка принята', '«обращение №»; machine numbers №2 and №3 are not positions')

d = D('11-05 10:12')
L(d, bitrix_auto(d, '[Б24] Вам назначена задача #2247 «%s»' % T_956027,
                 'Пользователь Кудрявцева Ольга назначил вам задачу.\n\n'
                 'Задача: #2247 «%s»\nОтветственный: Шистеров Дмитрий Олегович\n'
                 'Наблюдатели: Ключникова Марина (dispatch@zakazchik-omis.ru)\nКрайний срок: 06.11.2026 18:00\n\n'
                 'Это автоматическое уведомление, отвечать на него не нужно.\n--\n'
                 'Сообщение отправлено из Битрикс24\n' % T_956027, 'TASK_ADD'),
  'ignored', note='CRM system notification, Auto-Submitted: auto-generated')

d = D('11-06 08:55')
L(d, bitrix(d, 'Ложкин', 2231, T_955114,
            'Поз. 2 (сушка №2): ТЭН 9 кВт забрал со склада, выезжаю на Кима.',
            '06.11.2026 18:00'),
  'decided', '955114', ['2'], 'подрядчик в пути', '«выезжаю на …» = leaving for the site now')

d = D('11-06 09:32')
L(d, gmail(d, 'Re: Обращение № 956027 — принято',
           'Я на месте в перинатальном, жду пока выгрузят бельё из сушек, потом начну.',
           quote=('чт, 5 нояб. 2026 г. в 10:10, Кудрявцева Ольга <kudryavtseva@technoprachka.ru>:',
                  'Добрый день!\n\nОбращение № 956027 (перинатальный центр, сушильные машины №2 и №3) приняли в работу.\n'
                  'Инженер — Шистеров Дмитрий, тел. +7 912 488-30-17. Выезд планируем на 06.11 с утра.'),
           irt=msgid('outlook'), cc=fa(KUDR)),
  'decided', '956027', [], 'подрядчик на месте', 'number only in Re: subject; quoted accept is old')

d = D('11-06 12:10')
L(d, yandex(d, 'Re: Заявка 955114 — сушка №2, когда?',
            'Марина Евгеньевна, поз.2 сушка запущена. ТЭН 9 кВт поменял, прогнали цикл на 60 кг при 80 °С — '
            'держит температуру. С объекта уехал в 11:50.',
            quote=('06.11.2026, 10:02, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:',
                   'Сергей, добрый день. Когда будет сушка №2 по 955114? Отделения жалуются, бельё сырое.'),
            irt=msgid('dispatch')),
  'decided', '955114', ['2'], 'подрядчик убыл', 'HTML-only reply; left the site; kg/°C are noise')

# ---- 956412 (ГБ №7): 1 = W5240H №1, 2 = W5240H №2, 3 = сушка T5300, 4 = каток IB42316
tbl_rows = [('1', 'Стиральная машина Electrolux W5240H №1', '92210440105'),
            ('2', 'Стиральная машина Electrolux W5240H №2', '92210440112'),
            ('3', 'Сушильная машина Electrolux T5300', '91600512077'),
            ('4', 'Гладильный каток Electrolux IB42316', '90800233415')]
h = ('<p class="MsoNormal">Марина Евгеньевна, добрый день!</p>\n<p class="MsoNormal">&nbsp;</p>\n'
     '<p class="MsoNormal">Заявку <b>956412</b> (ГБ №7, прачечная) приняли в работу:</p>\n'
     '<table class="t" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
     '<tr><td><b>Поз.</b></td><td><b>Оборудование</b></td><td><b>Зав. №</b></td><td><b>Статус</b></td></tr>\n'
     + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>принята в работу</td></tr>\n' % (a, esc(b), c)
               for a, b, c in tbl_rows)
     + '</table>\n<p class="MsoNormal">&nbsp;</p>\n'
     '<p class="MsoNormal">Инженер — Галиев Р., выезд в понедельник 09.11.</p>\n<p class="MsoNormal">&nbsp;</p>\n'
     + '\n'.join('<p class="MsoNormal">%s</p>' % esc(l) for l in OUTLOOK_SIG_K.strip().split('\n')))
d = D('11-06 14:00')
L(d, outlook(d, KUDR, 'Заявка 956412 — ГБ №7, принята в работу', '', html_body=h, html_only=True),
  'decided', '956412', ['1', '2', '3', '4'], 'заявка принята',
  'HTML-only table, every row says accepted; serial numbers are noise')

d = D('11-06 15:15')
L(d, bitrix(d, 'Шистеров', 2247, T_956027,
            'поз.1 — сушка №2 Electrolux T5550: заменил ремень барабана (арт. 0H2358) и датчик температуры, '
            'контрольная сушка 25 кг при 70 °С — норма.\n'
            'поз.2 — сушка №3: заменил щётки двигателя, проверил вхолостую и с загрузкой.\n'
            'Работы закончены, уехал в 15:05.',
            '06.11.2026 18:00'),
  'decided', '956027', ['1', '2'], 'подрядчик убыл',
  'both positions finished and left; «сушка №2» is position 1, «сушка №3» is position 2')

d = D('11-09 08:40')
L(d, iphone(d, '956412 поз 1,2', 'Выехал на ГБ7, начну со стиралок. Буду около 9:30'),
  'decided', '956412', ['1', '2'], 'подрядчик в пути', 'positions in subject')

d = D('11-09 09:40')
L(d, bitrix(d, 'Галиев', 2260, T_956412,
            'Прибытие 09:30. П1, П2 — обе W5240H в ошибке E-12, снимаю платы управления, похоже был скачок '
            'напряжения.',
            '11.11.2026 18:00'),
  'decided', '956412', ['1', '2'], 'подрядчик на месте', 'noun «Прибытие» with time; П1/П2')

d = D('11-09 16:30')
L(d, bitrix(d, 'Галиев', 2260, T_956412,
            'П1, П2 — заменены платы управления EL-0H3340 (2 шт.), прогон на 40 кг, ошибок нет. Убытие 16:25.',
            '11.11.2026 18:00'),
  'decided', '956412', ['1', '2'], 'подрядчик убыл', 'noun «Убытие» with time')

d = D('11-10 18:50')
L(d, iphone(d, '956412 п3 п4',
            'По 3 и 4 сегодня не успели, на другой заявке застрял. Завтра поставим подшипник на сушку и ремень на '
            'каток, с утра буду'),
  'review', note='negation + plan «завтра поставим», nothing happened')

tbl2 = [('3', 'Сушка Electrolux T5300', 'заменён подшипник барабана 6205', '15:20'),
        ('4', 'Каток Electrolux IB42316', 'заменён ремень привода, отрегулирован прижим', '17:05')]
plain2 = ('Марина Евгеньевна, добрый вечер!\n\nПо заявке 956412 (ГБ №7) сегодня закрыли оставшиеся позиции:\n\n'
          'Поз. | Оборудование | Что сделано | Убытие\n'
          + ''.join('%s | %s | %s | %s\n' % r for r in tbl2)
          + '\nАкт подготовим завтра.\n' + OUTLOOK_SIG_K)
h2 = ('<p class="MsoNormal">Марина Евгеньевна, добрый вечер!</p>\n<p class="MsoNormal">&nbsp;</p>\n'
      '<p class="MsoNormal">По заявке 956412 (ГБ №7) сегодня закрыли оставшиеся позиции:</p>\n'
      '<table class="t" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
      '<tr><td><b>Поз.</b></td><td><b>Оборудование</b></td><td><b>Что сделано</b></td><td><b>Убытие</b></td></tr>\n'
      + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n' % tuple(esc(x) for x in r) for r in tbl2)
      + '</table>\n<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">Акт подготовим завтра.</p>\n'
      + '\n'.join('<p class="MsoNormal">%s</p>' % esc(l) for l in OUTLOOK_SIG_K.strip().split('\n')))
d = D('11-11 18:40')
L(d, outlook(d, KUDR, 'Заявка 956412 — итоги за 11.11', plain2, html_body=h2),
  'decided', '956412', ['3', '4'], 'подрядчик убыл', 'one request, table with a row per position, both left')

# ---- 956890 (ПТД): single position (каток)
d = D('11-09 12:00')
L(d, thebat(d, 'Заявка 956890 - принята',
            'Марина Евгеньевна, добрый день.\n\nЗаявку 956890 (противотуберкулезный диспансер, гладильный каток '
            'КП-1600) приняли в работу. Каток 1988 г.в., ТЭНы на вал у нас есть. Выезд согласуем с диспансером, '
            'у них допуск только по справкам.\n\n' + ZUEV_SIG),
  'decided', '956890', [], 'заявка принята', 'KOI8-R 8bit; INN/KPP/postcode in signature are noise')

d = D('11-10 10:10')
L(d, thebat(d, '956890 - допуск в диспансер',
            'Марина Евгеньевна, доброе утро.\n\nПо заявке 956890 вопрос. В диспансер без действующей флюорографии '
            'не пускают, у Мохова справка закончилась 01.11, новая будет только 16.11. Можете согласовать с '
            'главврачом разовый допуск? Иначе выезд только после 16-го.\n\n-- \nЗуев В.П.'),
  'review', note='question about site access, no status')

# ---- 957203 (хоспис): 1 = Primus FX135, 2 = сушка Primus T24
d = D('11-10 14:05')
L(d, outlook(d, KUDR, 'FW: хоспис',
             'Марина Евгеньевна, пересылаю сообщение инженера по хоспису.\n\nОльга',
             original=('От: Дмитрий Шистеров [mailto:d.shisterov@gmail.com]\n'
                       'Отправлено: 10 ноября 2026 г. 13:58\n'
                       'Кому: Кудрявцева Ольга <kudryavtseva@technoprachka.ru>\n'
                       'Тема: хоспис\n\n'
                       'Ольга, хоспис 957203 принял. Завтра к 9 буду, посмотрю Primus FX135 и сушку, по описанию '
                       'похоже на замок люка.\n\nДмитрий')),
  'decided', '957203', [], 'заявка принята', 'Outlook forward of the engineer message: forwarded report counts')

d = D('11-11 09:10')
L(d, gmail(d, '957203', 'в хосписе. по FX135 (поз.1) — люк не открывается, замок, разбираю'),
  'decided', '957203', ['1'], 'подрядчик на месте', 'present tense, on site working on position 1')

q_957203 = 'Дмитрий, принято.'
d = D('11-11 13:00')
L(d, gmail(d, 'Re: 957203',
           'поз1 готово, замок люка поменял (арт. 210233), пробная стирка 13 кг прошла.\n'
           'по сушке (поз2) нужна крыльчатка вентилятора, заказал, привезу в пятницу',
           quote=('ср, 11 нояб. 2026 г. в 09:16, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:', q_957203),
           irt=msgid('dispatch')),
  'decided', '957203', ['1'], 'подрядчик убыл', 'position 1 done, position 2 only a plan')

d = D('11-13 16:45')
L(d, gmail(d, 'Re: 957203',
           'поз2 — крыльчатку поставил, сушка Primus T24 работает, 18 кг высушила нормально. уехал',
           quote=('ср, 11 нояб. 2026 г. в 13:05, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                  'Дмитрий, принято. Ждём по сушке.\n\n'
                  'ср, 11 нояб. 2026 г. в 13:00, Дмитрий Шистеров <d.shisterov@gmail.com>:\n'
                  '> поз1 готово, замок люка поменял (арт. 210233), пробная стирка 13 кг прошла.\n'
                  '> по сушке (поз2) нужна крыльчатка вентилятора, заказал, привезу в пятницу'),
           irt=msgid('dispatch')),
  'decided', '957203', ['2'], 'подрядчик убыл', 'number only in Re: subject; quoted history about поз1 ignored')

# ---- 957655 (госпиталь): 1 = W5180H, 2 = сушка №2, 3 = каток
d = D('11-12 08:50')
L(d, bitrix(d, 'Ложкин', 2298, T_957655,
            'Приняли. По фото с табло: W5180H — E-12, сушка №2 не крутит барабан, каток рвёт простыни на выходе. '
            'Раньше завтрашнего обеда выехать не получается, все заняты.',
            '13.11.2026 12:00'),
  'decided', '957655', [], 'заявка принята', 'accepted; departure only planned')

d = D('11-13 12:01:07')
L(d, bitrix_auto(d, '[Б24] Задача #2298 «%s» просрочена' % T_957655,
                 'Задача просрочена.\n\nЗадача: #2298 «%s»\nОтветственный: Ложкин Сергей Анатольевич\n'
                 'Крайний срок: 13.11.2026 12:00\n\nЭто автоматическое уведомление, отвечать на него не нужно.\n'
                 '--\nСообщение отправлено из Битрикс24\n' % T_957655, 'TASK_EXPIRED'),
  'ignored', note='CRM «Задача просрочена», Auto-Submitted: auto-generated')

d = D('11-13 13:40')
L(d, yandex(d, '957655 в пути', 'выехал в госпиталь, к 14:30 буду'),
  'decided', '957655', [], 'подрядчик в пути', 'left for the site')

d = D('11-13 14:50')
L(d, yandex(d, 'Re: 957655 в пути', 'на месте с 14:40, все три стоят, начинаю разбирать',
            quote=('13.11.2026, 13:45, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:', 'Принято.'),
            irt=msgid('dispatch')),
  'decided', '957655', [], 'подрядчик на месте', 'Re: subject names the old status «в пути», body reports arrival')

d = D('11-16 12:30')
L(d, yandex(d, '957655 поз 2, 3',
            'поз.2 сушка готова — мотор-редуктор поменял, крутит.\nпоз.3 каток — сейчас на нём, снимаю старое '
            'полотно с вала'),
  'review', note='different statuses for different positions (2 finished, 3 on site) in one letter')

d = D('11-16 18:30')
L(d, outlook(d, KUDR, 'Заявка 957655 — состояние на 16.11',
             'Марина Евгеньевна, добрый вечер!\n\nЗаявка 957655 (госпиталь ветеранов войн), состояние на вечер 16.11:\n\n'
             'Поз. 1 — Electrolux W5180H: выполнено 13.11, заменены подшипники барабана и датчик уровня, инженер убыл.\n'
             'Поз. 2 — сушка №2: выполнено сегодня, заменён мотор-редуктор, инженер убыл в 15:10.\n'
             'Поз. 3 — каток: старое полотно снято, ждём новое полотно для обтяжки вала (Nomex, 3300 мм), '
             'срок — 20.11.\n' + OUTLOOK_SIG_K),
  'decided', '957655', ['1', '2'], 'подрядчик убыл', 'one request; positions 1 and 2 done, position 3 only a plan')

d = D('11-20 15:10')
L(d, bitrix(d, 'Галиев', 2299, 'Заявка 957655 — Госпиталь ветеранов войн, поз.3 каток',
            'Полотно на вал натянул новое (Nomex 3300 мм), нагрев ровный, простыни не рвёт. Сделано, с объекта уехал.',
            '20.11.2026 18:00'),
  'decided', '957655', ['3'], 'подрядчик убыл', 'position named only in the CRM task title')

# ---- 956890 continued
d = D('11-12 10:05')
L(d, mailru(d, '956890', 'приехал в диспансер, пустили по разовому. каток греется до 160 и выбивает автомат 25А, смотрю'),
  'decided', '956890', [], 'подрядчик на месте', 'arrived; 160 degrees and 25A are noise')

d = D('11-12 15:30')
L(d, mailru(d, 'Re: 956890 каток — статус?',
            'нет ещё. жду больничного электрика, без него щит не откроют, а у меня ТЭНы на вал под замену',
            quote=('Четверг, 12 ноября 2026, 15:02 +05:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                   'Алексей, каток сделали? Прачечная диспансера спрашивает.'),
            irt=msgid('dispatch')),
  'review', note='«нет ещё» — negation, nothing new to record')

d = D('11-13 12:10')
L(d, bitrix(d, 'Мохов', 2270, T_956890,
            'ТЭНы вала 3,5 кВт (2 шт.) и термостат заменил, автомат больше не выбивает, разогрев до 150 °С за '
            '20 минут. Закончил, уехал.',
            '13.11.2026 18:00'),
  'decided', '956890', [], 'подрядчик убыл', 'finished and left')

# ---- 958044 (МСЧ №9): single position
d = D('11-16 10:20')
L(d, iphone(d, '958044', 'Принял, Вега МСЧ-9. После обеда поеду'),
  'decided', '958044', [], 'заявка принята', 'accepted; travel only planned')

d = D('11-16 10:46')
oo = ('Добрый день!\n\nЯ в командировке в Березниках с 16.11 по 18.11, почту читаю с перерывами.\n'
      'По срочным вопросам — сервис-менеджер Кудрявцева Ольга, kudryavtseva@technoprachka.ru, '
      '+7 (342) 259-40-17 доб. 105.\n\nЗуев В.П.\n')
L(d, build(d, fa(ZUEV), to_dispatch(), ew('Автоответ: 958044 — кто поедет?'),
           leaf(oo, 'plain', 'utf-8', 'base64'), msgid('roundcube'),
           [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
            ('In-Reply-To', msgid('dispatch'))]),
  'ignored', note='out-of-office auto-reply')

d = D('11-16 15:20')
L(d, iphone(d, '#958044', 'Еду на МСЧ-9, минут через 20 буду'),
  'decided', '958044', [], 'подрядчик в пути', 'number with # in subject')

d = D('11-16 17:45')
rc = ('В 16.11.2026 17:20, Диспетчерская ОМИС написал:\n'
      '> Ринат, что по Веге? Прачечная МСЧ закрывается в 18:00.\n\n'
      'Вега запущена, уплотнение люка заменил, течи нет. Бригада освободилась в 17:30, уехали.\n\n'
      '-- \nГалиев Р., инженер ООО «ТехноПрачка»\n+7 919 455-62-08\n')
L(d, build(d, fa(GALIEV), to_dispatch(), ew('Re: 958044 Вега'), leaf(rc, 'plain', 'UTF-8', '8bit'),
           msgid('roundcube'), [('User-Agent', 'Roundcube Webmail/1.6.9'), ('In-Reply-To', msgid('dispatch'))]),
  'decided', '958044', [], 'подрядчик убыл', 'reply written under the quote; «бригада освободилась … уехали»')

# ---- 958517 (ГКБ №3): 1 = W4105H, 2 = каток
d = D('11-17 10:00')
L(d, outlook(d, KUDR, 'RE: Заявка 958517 ГКБ №3',
             'Марина Евгеньевна, добрый день!\n\nНаряд 958517 приняли, направляем Шистерова Д. Выезд завтра с утра, '
             'начнёт со стиральной машины.\n' + OUTLOOK_SIG_K,
             original=('От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
                       'Отправлено: 17 ноября 2026 г. 9:32\n'
                       'Кому: Кудрявцева Ольга <kudryavtseva@technoprachka.ru>\n'
                       'Тема: Заявка 958517 ГКБ №3\n\n'
                       'Просим принять заявку 958517: поз.1 — стиральная машина Electrolux W4105H (не греет), '
                       'поз.2 — каток (не крутит вал).\n\nДиспетчер Ключникова М.Е.'),
             irt=msgid('dispatch')),
  'decided', '958517', [], 'заявка принята', '«наряд»; positions appear only in the quoted request')

d = D('11-17 11:15')
L(d, outlook(d, KUDR, 'RE: Акт по заявке 956412',
             'Марина Евгеньевна, спасибо, замечания по акту получили. Акт № 1127 от 12.11.2026 переделаем и '
             'пришлём подписанный экземпляр до пятницы.\n' + OUTLOOK_SIG_K,
             original=('От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
                       'Отправлено: 17 ноября 2026 г. 10:48\n'
                       'Кому: Кудрявцева Ольга <kudryavtseva@technoprachka.ru>\n'
                       'Тема: Акт по заявке 956412\n\n'
                       'Ольга, в акте по 956412 не указаны заводские номера плат, верните на доработку.'),
             irt=msgid('dispatch')),
  'review', note='acknowledgement / paperwork about an act, no status')

d = D('11-17 16:00')
L(d, gmail(d, '958517 каток',
           'Марина Евгеньевна, по 958517 подскажите — каток там какой модели? Пришлите, пожалуйста, фото шильдика, '
           'если завхоз сможет, чтобы сразу цепь взять. Стиралку завтра сделаю.'),
  'review', note='question + plan, nothing happened')

d = D('11-18 08:15')
L(d, gmail(d, '958517-1', 'еду в ГКБ3'),
  'decided', '958517', ['1'], 'подрядчик в пути', 'position after a dash in the subject')

d = D('11-18 10:12')
L(d, gmail(d, 'Fwd: 958517 (1)', 'Марина Евгеньевна, дублирую вам, Ольге отправил, а вам забыл.',
           fwd=('---------- Forwarded message ---------\n'
                'От: Дмитрий Шистеров <d.shisterov@gmail.com>\n'
                'Date: ср, 18 нояб. 2026 г. в 10:07\n'
                'Subject: 958517 (1)\n'
                'To: Кудрявцева Ольга <kudryavtseva@technoprachka.ru>',
                'Прибыл в 10:05. W4105H не греет воду, ТЭН 6 кВт под замену, есть в машине, меняю.')),
  'decided', '958517', ['1'], 'подрядчик на месте', 'Gmail forward of own report: the forwarded report counts')

d = D('11-18 11:00')
L(d, iphone(d, '958154', '958154 выехал, на Ленина 85 буду через полчаса'),
  'review', note='958154 is not in the registry')

d = D('11-18 13:30')
L(d, gmail(d, 'Re: 958517 (1)',
           'ТЭН заменил, на 90 °С греет, слив и отжим проверил. Первую позицию закрыл, уехал.\n'
           'По катку (2) — там цепь привода, сделаю на следующей неделе, цепь заказал.',
           quote=('ср, 18 нояб. 2026 г. в 10:20, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:', 'Принято, спасибо.'),
           irt=msgid('dispatch')),
  'decided', '958517', ['1'], 'подрядчик убыл', '«первую позицию закрыл, уехал»; position 2 only a plan')

d = D('11-24 15:30')
L(d, bitrix(d, 'Шистеров', 2312, T_958517_2,
            'Цепь привода заменил (10B-1, 84 звена), натяжку отрегулировал, вал крутится ровно, бельё идёт. '
            'Закрываю, уехал.',
            '25.11.2026 18:00'),
  'decided', '958517', ['2'], 'подрядчик убыл', 'position named only in the CRM task title')

d = D('11-24 15:31:02')
L(d, bitrix_auto(d, '[Б24] Задача #2312 «%s» завершена' % T_958517_2,
                 'Статус задачи изменён: Выполняется → Завершена.\n\nЗадача: #2312 «%s»\n'
                 'Изменил: Шистеров Дмитрий Олегович\nДата: 24.11.2026 15:31\n\n'
                 'Это автоматическое уведомление, отвечать на него не нужно.\n--\n'
                 'Сообщение отправлено из Битрикс24\n' % T_958517_2, 'TASK_STATUS_CHANGED'),
  'ignored', note='CRM automatic status-change notification, Auto-Submitted: auto-generated')

# ---- 959130 (ККБ): 1 = W5300H, 2 = сушка T4900, 3 = каток
d = D('11-19 09:00')
L(d, bitrix(d, 'Ложкин', 2344, T_959130,
            'Заявку принял. W5300H — E-12, сушка T4900 — F21, на катке неравномерный нагрев по длине вала. '
            'Собираю запчасти, выезд завтра.',
            '21.11.2026 18:00'),
  'decided', '959130', [], 'заявка принята', 'accepted')

d = D('11-19 11:30')
L(d, thebat(d, 'Счет по заявке 956412',
            'Марина Евгеньевна, добрый день.\n\nНаправляем счет N 418 от 12.11.2026 по заявке 956412 (платы '
            'управления EL-0H3340, 2 шт.) на сумму 86 400,00 руб., в т.ч. НДС 20%. Прошу согласовать и передать '
            'в бухгалтерию. Оригинал отправим вместе с актом.\n\n' + ZUEV_SIG),
  'review', note='invoice / money talk, no status')

d = D('11-19 19:10')
L(d, outlook(d, KUDR, 'Сводка 19.11',
             'Марина Евгеньевна, добрый вечер!\n\nСводка на 19.11:\n'
             '— 958517 (ГКБ №3): поз.1 закрыта вчера; по поз.2 (каток) цепь 10B-1 заказана, поставка до 23.11.\n'
             '— 959130 (ККБ): принята, Ложкин выезжает завтра утром.\n'
             '— 958044 (МСЧ №9): акт подписан.\n' + OUTLOOK_SIG_K),
  'review', note='evening summary covering several requests')

d = D('11-20 08:10')
L(d, yandex(d, '959130', 'ещё не выехал, жду на складе газель с запчастями. как привезут — сразу на ККБ'),
  'review', note='negation «ещё не выехал»')

d = D('11-20 09:20')
L(d, yandex(d, 'Re: 959130', 'всё, выехал на ККБ, минут 25',
            quote=('20.11.2026, 08:14, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:', 'Сергей, держите в курсе.'),
            irt=msgid('dispatch')),
  'decided', '959130', [], 'подрядчик в пути', 'left for the site now')

d = D('11-20 10:30')
L(d, mailru(d, 'каток опять',
            'в туб диспансере, каток опять выбивает автомат, смотрю. это по гарантии или новую заявку заводить?'),
  'review', note='no request number, plus a question (warranty or new request)')

d = D('11-20 11:30')
L(d, bitrix(d, 'Ложкин', 2344, T_959130,
            'поз.1 W5300H: E-12 — забита трубка датчика давления, промываю.\n'
            'поз.2 сушка T4900: F21 — барабан не вращается, разбираю привод, похоже ремень.',
            '21.11.2026 18:00'),
  'decided', '959130', ['1', '2'], 'подрядчик на месте', 'work in progress on positions 1 and 2')

d = D('11-20 18:00')
L(d, outlook(d, LOZHKIN, 'RE: Заявка 959130 — ККБ',
             'Марина Евгеньевна, по поз.1 и поз.2 работы выполнены, обе машины в работе, с ККБ уехал в 17:40. '
             'Каток (поз.3) — завтра, нужен термостат.\n\nЛожкин С.А., инженер\nООО «ТехноПрачка», +7 919 702-55-41',
             original=('От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
                       'Отправлено: 20 ноября 2026 г. 16:12\n'
                       'Кому: Ложкин Сергей <lozhkin.s@technoprachka.ru>\n'
                       'Тема: Заявка 959130 — ККБ\n\n'
                       'Сергей, добрый день. Какие сроки по 959130? Прачечная ККБ работает на одной машине.'),
             irt=msgid('dispatch')),
  'decided', '959130', ['1', '2'], 'подрядчик убыл', 'Outlook reply above header block; position 3 only planned')

d = D('11-21 12:20')
# Latin look-alikes: K, o, e, y
L(d, yandex(d, '959130 поз 3', 'K\u0430т\u006fк г\u006fт\u006fв, т\u0065рмостат поменял, нагрев ровный. \u0079ехал.'),
  'decided', '959130', ['3'], 'подрядчик убыл', 'Latin look-alike letters in «Каток готов … уехал»')

# ---- 959402 (роддом №2): single position
d = D('11-23 10:40')
L(d, bitrix(d, 'Галиев', 2371, T_959402,
            'Взял в работу. Сушка ВС-25, зав. № 1187 — не запускается, дверь не блокируется, вероятно датчик двери. '
            'Выезд завтра к 9:00.',
            '24.11.2026 18:00'),
  'decided', '959402', [], 'заявка принята', '«взял в работу»; Роддом №2 is not a position')

# bounce
d = D('11-23 14:05:12')
orig_dt = d - timedelta(seconds=3)
orig = build(orig_dt, fa(DISPATCH), 'shisterov@technoprachka.ru', ew('Заявка 958517 поз.2 — когда каток?'),
             leaf('Дмитрий, добрый день. Когда будет каток по 958517? Цепь пришла?\n\nКлючникова М.Е.\n',
                  'plain', 'UTF-8', 'base64'), msgid('dispatch'))
notice = ('This is the mail system at host mx1.technoprachka.ru.\n\n'
          "I'm sorry to have to inform you that your message could not\n"
          'be delivered to one or more recipients. It\'s attached below.\n\n'
          'For further assistance, please send mail to postmaster.\n\n'
          'If you do so, please include this problem report. You can\n'
          'delete your own text from the attached returned message.\n\n'
          '                   The mail system\n\n'
          '<shisterov@technoprachka.ru>: unknown user: "shisterov"\n')
dsn = ('Reporting-MTA: dns; mx1.technoprachka.ru\nX-Postfix-Queue-ID: 4Kx2Lm0Qz9z1xP\n'
       'X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru\n'
       'Arrival-Date: Mon, 23 Nov 2026 14:05:09 +0500 (+05)\n\n'
       'Final-Recipient: rfc822; shisterov@technoprachka.ru\nOriginal-Recipient: rfc822;shisterov@technoprachka.ru\n'
       'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: "shisterov"\n')
root = multipart('report', [raw_part('text/plain; charset=us-ascii', notice, None,
                                     [('Content-Description', 'Notification')]),
                            raw_part('message/delivery-status', dsn, None,
                                     [('Content-Description', 'Delivery report')]),
                            raw_part('message/rfc822', orig, '8bit',
                                     [('Content-Description', 'Undelivered Message')])],
                 'report-type=delivery-status')
L(d, build(d, 'MAILER-DAEMON@technoprachka.ru (Mail Delivery System)', 'dispatch@zakazchik-omis.ru',
           'Undelivered Mail Returned to Sender', root, msgid('postfix'), [('Auto-Submitted', 'auto-replied')]),
  'ignored', note='delivery failure report (bounce); the 958517 text is in the returned message')

d = D('11-24 08:55')
L(d, iphone(d, 'Выезд', 'Выдвигаюсь на Коминтерна, 7 (959402), буду минут через 15'),
  'decided', '959402', [], 'подрядчик в пути', 'number in brackets after an address; house 7 is noise')

d = D('11-24 12:40')
L(d, iphone(d, 'Re: Выезд (959402)',
            'Выехал из роддома. Сушка работает, датчик двери поменял, прогнал 2 цикла по 20 кг',
            quote=('24 нояб. 2026 г., в 09:01, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):',
                   'Принято, ждём отчёт.'),
            irt=msgid('dispatch')),
  'decided', '959402', [], 'подрядчик убыл', '«выехал ИЗ роддома» = left the site; subject names old «Выезд»')

# ---- 959768 (ПНД): 1 = Вязьма ЛО-10, 2 = сушка СБ-10
d = D('11-24 11:20')
L(d, thebat(d, 'Заявка 959768 - приняли',
            'Марина Евгеньевна, добрый день.\n\nЗаявку 959768 (ПНД, стиральная машина Вязьма ЛО-10 и сушильная '
            'СБ-10) приняли. Мохов освобождается только к среде, поставили его на 25.11 с утра.\n\n' + ZUEV_SIG),
  'decided', '959768', [], 'заявка принята', 'accepted; KOI8-R')

d = D('11-24 11:25:40')
rr_text = ('Ваше сообщение\n\n  Кому: Кудрявцева Ольга\n  Тема: Заявка 959768 — ПНД\n'
           '  Отправлено: 24.11.2026 9:10\n\nбыло прочитано 24.11.2026 11:25.\n')
mdn = ('Reporting-UA: technoprachka.ru; Microsoft Outlook 16.0\n'
       'Final-Recipient: rfc822;kudryavtseva@technoprachka.ru\n'
       'Original-Message-ID: %s\n'
       'Disposition: manual-action/MDN-sent-manually; displayed\n' % msgid('dispatch'))
root = multipart('report', [leaf(rr_text, 'plain', 'windows-1251', 'quoted-printable'),
                            raw_part('message/disposition-notification', mdn, '7bit')],
                 'report-type=disposition-notification')
L(d, build(d, fa(KUDR, 'windows-1251'), to_dispatch(), ew('Прочитано: Заявка 959768 — ПНД', 'windows-1251'),
           root, msgid('outlook'), [('X-Mailer', 'Microsoft Outlook 16.0')]),
  'ignored', note='read receipt (disposition notification)')

d = D('11-25 07:00:03')
digest = ('Ваши задачи на 25.11.2026\n\n'
          '#2344 «Заявка 959130 — ККБ, прачечная» — Завершена\n'
          '#2371 «Заявка 959402 — Роддом №2, сушка» — Завершена\n'
          '#2390 «Заявка 959768 — ПНД, стиральная и сушка» — Выполняется, крайний срок 26.11.2026\n'
          '#2299 «Заявка 957655 — Госпиталь ветеранов войн, поз.3 каток» — Завершена\n\n'
          'Отписаться от рассылки: https://technoprachka.bitrix24.ru/unsubscribe/\n'
          '--\nСообщение отправлено из Битрикс24\n')
htm = '<html><body>%s</body></html>\n' % '<br>'.join(esc(l) for l in digest.split('\n'))
root = multipart('alternative', [leaf(digest, 'plain', 'UTF-8', 'base64'), leaf(htm, 'html', 'UTF-8', 'base64')])
L(d, build(d, fa(('Битрикс24 ТехноПрачка', CRM)), to_dispatch(), ew('Битрикс24: ежедневная сводка по задачам'),
           root, msgid('bitrix'),
           [('X-Mailer', 'Bitrix24 Mail'), ('X-Bitrix-Event', 'TASKS_DAILY_DIGEST'), ('Precedence', 'bulk'),
            ('Auto-Submitted', 'auto-generated'),
            ('List-Unsubscribe', '<https://technoprachka.bitrix24.ru/unsubscribe/>')]),
  'ignored', note='CRM daily digest, bulk + auto-generated')

d = D('11-25 08:30')
L(d, mailru(d, '959768', 'ПО ПНД ВЫЕХАЛ, БУДУ ЧЕРЕЗ ЧАС. ТЕЛ +7 902 830-14-77 ЕСЛИ ЧТО'),
  'decided', '959768', [], 'подрядчик в пути', 'caps; phone number is noise')

d = D('11-25 10:20')
L(d, thebat(d, 'Fw: 959768',
            'Марина Евгеньевна, пересылаю от Мохова, он мне отписался.\n\n'
            'Это пересылаемое сообщение\n\n'
            'От:   Алексей Мохов <mokhov.aleksey78@mail.ru>\n'
            'Кому: Зуев В.П. <zuev@technoprachka.ru>\n'
            'Дата: Wednesday, November 25, 2026, 10:02:41 AM\n'
            'Тема: 959768\n\n'
            '===8<==============Текст исходного сообщения===============\n'
            'на месте в пнд. п.1 и п.2 смотрю, на ЛО-10 горит E-12, сушка СБ-10 не греет\n'
            '===8<===========Конец текста исходного сообщения===========\n\n-- \nЗуев В.П.'),
  'decided', '959768', ['1', '2'], 'подрядчик на месте', 'The Bat! forward: forwarded engineer report counts')

d = D('11-25 16:20')
L(d, mailru(d, '959768 п1', 'п1 готово, уехал. п2 — ждём подшипник 6206, завтра доделаю'),
  'decided', '959768', ['1'], 'подрядчик убыл', 'position 1 done and left, position 2 planned')

d = D('11-26 10:50')
L(d, mailru(d, '959768 поз 3',
            'по 959768 ещё поз.3 сделал — каток, сестра-хозяйка попросила, ремень поменял. добавьте в заявку '
            'пожалуйста'),
  'review', note='position 3 does not exist in request 959768 (only 1, 2)')

d = D('11-26 11:20')
L(d, mailru(d, 'Re: 959768 п1', 'п2 сушку сделал, подшипник поменял, греет до 70, всё крутится. уехал',
            quote=('Среда, 25 ноября 2026, 16:31 +05:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                   'Принято. Ждём по п.2.'),
            irt=msgid('dispatch')),
  'decided', '959768', ['2'], 'подрядчик убыл', 'subject still says п1, body reports п2 done')

# ---- 959905 (ГКБ №4, повторно): 1 = W5180H №2, 2 = сушка №1
d = D('11-26 09:40')
L(d, outlook(d, KUDR, 'RE: ГКБ №4 — повторно',
             'Марина Евгеньевна, приняли. Мохов будет после обеда, как закончит в ПНД.\n' + OUTLOOK_SIG_K,
             original=('От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
                       'Отправлено: 26 ноября 2026 г. 8:41\n'
                       'Кому: Кудрявцева Ольга <kudryavtseva@technoprachka.ru>\n'
                       'Тема: ГКБ №4 — повторно\n\n'
                       'Ольга, добрый день. Зарегистрировали заявку 959905: ГКБ №4, поз.1 — стиральная машина '
                       'W5180H №2, поз.2 — сушка №1. Просим принять.'),
             irt=msgid('dispatch')),
  'decided', '959905', [], 'заявка принята',
  'request number appears only in the quoted dispatcher message this reply answers')

d = D('11-26 14:10')
L(d, mailru(d, '959905 на месте', 'приехал на Кима опять. W5180H №2 — E-12, сушка №1 — F21, смотрю обе'),
  'decided', '959905', [], 'подрядчик на месте',
  'machine numbers (W5180H №2 = поз.1, сушка №1 = поз.2) are not position numbers; both machines = whole request')

d = D('11-26 18:05')
L(d, mailru(d, 'Re: 959905 на месте', 'обе запустил. стиралка отжимает нормально, сушка греет до 75°. уехал в 17:50',
            quote=('Четверг, 26 ноября 2026, 14:15 +05:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                   'Принято.'),
            irt=msgid('dispatch')),
  'decided', '959905', [], 'подрядчик убыл', 'Re: subject names old status, body: both done, left')


# ---------------------------------------------------------------- registry
REGISTRY = {
    'contractor': {
        'name': 'ООО «ТехноПрачка»',
        'emails': [CRM, LOZHKIN[1], MOKHOV[1], GALIEV[1], SHISTEROV[1], KUDR[1], ZUEV[1], DAEMON],
        'domains': ['technoprachka.ru'],
    },
    'requests': [
        {'number': '955114', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T10:50:00+05:00',
         'comment': 'ГКБ №4, прачечный корпус (ул. Кима): 1 — стиральная машина Electrolux W5180H, 2 — сушка №2, 3 — каток'},
        {'number': '955380', 'positions': ['1'], 'registered_at': '2026-11-03T12:20:00+05:00',
         'comment': 'Краевая детская клиническая больница: стиральная машина Вязьма ЛО-25, ошибка F21'},
        {'number': '956027', 'positions': ['1', '2'], 'registered_at': '2026-11-05T09:15:00+05:00',
         'comment': 'Перинатальный центр: 1 — сушка №2 Electrolux T5550, 2 — сушка №3'},
        {'number': '956412', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-06T12:30:00+05:00',
         'comment': 'ГБ №7: 1 — Electrolux W5240H №1, 2 — W5240H №2, 3 — сушка T5300, 4 — каток IB42316'},
        {'number': '956890', 'positions': ['1'], 'registered_at': '2026-11-09T10:05:00+05:00',
         'comment': 'Противотуберкулёзный диспансер: гладильный каток КП-1600'},
        {'number': '957203', 'positions': ['1', '2'], 'registered_at': '2026-11-10T12:40:00+05:00',
         'comment': 'Хоспис: 1 — стиральная машина Primus FX135, 2 — сушка Primus T24'},
        {'number': '957655', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-11T16:20:00+05:00',
         'comment': 'Госпиталь ветеранов войн: 1 — Electrolux W5180H, 2 — сушка №2, 3 — каток'},
        {'number': '958044', 'positions': ['1'], 'registered_at': '2026-11-16T09:30:00+05:00',
         'comment': 'МСЧ №9: стиральная машина Vega'},
        {'number': '958517', 'positions': ['1', '2'], 'registered_at': '2026-11-17T09:25:00+05:00',
         'comment': 'ГКБ №3: 1 — стиральная машина Electrolux W4105H, 2 — каток'},
        {'number': '959130', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-18T17:10:00+05:00',
         'comment': 'Краевая клиническая больница: 1 — Electrolux W5300H, 2 — сушка T4900, 3 — каток'},
        {'number': '959402', 'positions': ['1'], 'registered_at': '2026-11-23T09:50:00+05:00',
         'comment': 'Родильный дом №2: сушильная машина ВС-25'},
        {'number': '959768', 'positions': ['1', '2'], 'registered_at': '2026-11-24T09:05:00+05:00',
         'comment': 'Психоневрологический диспансер: 1 — стиральная машина Вязьма ЛО-10, 2 — сушка СБ-10'},
        {'number': '959905', 'positions': ['1', '2'], 'registered_at': '2026-11-26T08:30:00+05:00',
         'comment': 'ГКБ №4, повторно: 1 — стиральная машина W5180H №2, 2 — сушка №1'},
    ],
}


def main():
    letters_dir = os.path.join(OUT, 'letters')
    os.makedirs(letters_dir, exist_ok=True)
    for f in os.listdir(letters_dir):
        if f.endswith('.eml'):
            os.remove(os.path.join(letters_dir, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (date, raw, lab) in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        with open(os.path.join(letters_dir, name), 'wb') as fh:
            fh.write(raw)
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v['expect'] for v in labels.values()))


if __name__ == '__main__':
    main()
