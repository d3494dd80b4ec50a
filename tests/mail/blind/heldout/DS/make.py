#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DS:
ОДС (оперативно-диспетчерская служба) МУП «Теплосети» г. Барнаула, ночные смены.
Only the Python standard library is used.  Run:  python3 make.py
Writes letters/NNN.eml, registry.json, labels.json next to this script.
"""
import base64
import datetime as dt
import email.utils
import html
import json
import os
import quopri
import random
import urllib.parse

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
TZ = dt.timezone(dt.timedelta(hours=7))
RND = random.Random(190775)
DOMAIN = 'teploseti-brn.ru'
CUST = ('Диспетчерская служба ОМИС', 'dispatch@zakazchik-omis.ru')

# ---------------------------------------------------------------- registry
REQUESTS = [
    ('194117', ['1', '2'], '2026-11-03T21:15:00+07:00',
     'ТК-14, ул. Малахова, 87: течь на подающем Ду 300. Поз.1 - камера ТК-14, поз.2 - ввод ж/д Малахова, 87 (ИТП)'),
    ('195302', ['1', '2', '3'], '2026-11-05T19:40:00+07:00',
     'ЦТП-5, пр. Ленина, 140: не держит давление. Поз.1 - насос Н-1, поз.2 - насос Н-2, поз.3 - теплообменник ГВС'),
    ('191846', ['1'], '2026-11-07T20:30:00+07:00',
     'ул. Попова, 194 (школа): нет циркуляции в системе отопления. Поз.1 - система отопления здания'),
    ('197025', ['1', '2', '3', '4'], '2026-11-09T18:00:00+07:00',
     'Квартальные сети ул. Взлётная. Поз.1 - ТК-3, поз.2 - ТК-4, поз.3 - ТК-5, поз.4 - узел учёта, ул. Взлётная, 30'),
    ('193570', ['1', '2'], '2026-11-11T20:05:00+07:00',
     'ж/д ул. Антона Петрова, 221: нет ГВС. Поз.1 - ИТП (подвал), поз.2 - стояки ГВС 2-го подъезда'),
    ('198411', ['1'], '2026-11-12T22:50:00+07:00',
     'ТК-27, ул. Северо-Западная, 46: провал грунта над теплотрассой, парение'),
    ('196238', ['1', '2', '3'], '2026-11-13T19:10:00+07:00',
     'Утечка на внутриквартальной сети ул. Юрина. Поз.1 - Юрина, 202 к.1; поз.2 - Юрина, 202 к.2; поз.3 - Юрина, 204'),
    ('192904', ['1', '2'], '2026-11-16T20:00:00+07:00',
     'Бульвар 9 Января, 19, ТК-9: замена задвижек Ду 150. Поз.1 - задвижка на подающем, поз.2 - на обратном'),
    ('199063', ['1'], '2026-11-16T21:30:00+07:00',
     'ул. Георгия Исакова, 133: шум и гидроудары в системе отопления. Поз.1 - ИТП'),
    ('190775', ['1', '2'], '2026-11-18T20:20:00+07:00',
     'ул. Советской Армии, 75: подтопление тепловых камер. Поз.1 - ТК-1, поз.2 - ТК-2'),
    ('197790', ['1', '2', '3'], '2026-11-21T18:45:00+07:00',
     'Котельная №3, пр. Космонавтов, 6, внутриквартальные сети. Поз.1 - ТК-31, поз.2 - ТК-32, поз.3 - ТК-33'),
    ('194652', ['1'], '2026-11-24T21:00:00+07:00',
     'ул. Попова, 76, детский сад №38: нет отопления в группах. Поз.1 - ИТП детского сада'),
]

SENDERS = {
    'S': ('Сидоренко Наталья', 'sidorenko@' + DOMAIN),
    'E': ('Ермаков Павел Андреевич', 'ermakov@' + DOMAIN),
    'G': ('ОДС МУП Теплосети', 'ods@' + DOMAIN),
    'Sh': ('Шестаков Игорь', 'shestakov@' + DOMAIN),
    'L': ('Ладыгин Виктор Семёнович', 'ladygin@' + DOMAIN),
    'NEWS': ('Вестник МУП «Теплосети»', 'news@' + DOMAIN),
    'DAEMON': ('Mail Delivery System', 'MAILER-DAEMON@' + DOMAIN),
}

# ---------------------------------------------------------------- signatures
SIG_S = ('-- \nДежурный диспетчер ОДС Сидоренко Н.В., смена №2\n'
         'МУП «Теплосети» г. Барнаула\nтел. (3852) 22-19-04')
SIG_E = ('С уважением,\nЕрмаков П.А., диспетчер ОДС, смена №1\n'
         'МУП «Теплосети» г. Барнаула\nтел. (3852) 22-19-04, моб. 8-962-801-19-55')
SIG_G = ('-- \nГуляева О.И., дежурный диспетчер ОДС, смена N3\n'
         'МУП "Теплосети" г. Барнаула, (3852) 22-19-04')
SIG_SH = 'Шестаков И.В., смена №4\n\nОтправлено с моего Android'
SIG_L = ('С уважением,\nГлавный инженер\nМУП «Теплосети» г. Барнаула\nВ.С. Ладыгин\n'
         'тел. (3852) 22-10-01\nИНН 2225034190 / КПП 222501001')


def T(z, obj, pos, ev, t, br, note):
    """The rigid log template of the ОДС."""
    return ('Заявка: %s\nОбъект: %s\nПозиция: %s\nСобытие: %s\nВремя: %s\n'
            'Бригада: %s\nПримечание: %s' % (z, obj, pos, ev, t, br, note))


def quote(text, prefix='> '):
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append('>' + line)
        elif line == '':
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return '\n'.join(out)


def clean(text):
    lines = []
    for line in text.split('\n'):
        lines.append(line if line == '-- ' else line.rstrip())
    return '\n'.join(lines)


# ---------------------------------------------------------------- mime helpers
def ew(s, cs):
    """RFC 2047 encoded words (B), folded."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ''
    for ch in s:
        if len((cur + ch).encode(cs)) > 36:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return '\n '.join('=?%s?B?%s?=' % (cs, base64.b64encode(w.encode(cs)).decode('ascii'))
                      for w in words)


def addr(name, a, cs):
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, a)
    return '%s <%s>' % (ew(name, cs), a)


def enc_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data


def leaf(ctype, text, cs, cte, extra=''):
    data = text.encode(cs)
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, extra, cte)
    body = enc_body(data, cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    return h.encode('ascii') + body


def multipart(subtype, parts, boundary, params=''):
    h = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (subtype, params, boundary)
    out = h.encode('ascii')
    out += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += b'--' + boundary.encode('ascii') + b'\n' + p + b'\n'
    out += b'--' + boundary.encode('ascii') + b'--\n'
    return out


def hexs(n):
    return ''.join(RND.choice('0123456789abcdef') for _ in range(n))


def msgid(client, when):
    if client == 'tb':
        return '<%s-%s-%s-%s-%s@%s>' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), DOMAIN)
    if client == 'outlook':
        return '<%s$%s$%s$@%s>' % ('0' * 4 + hexs(8), hexs(8), hexs(8), DOMAIN)
    if client == 'bat':
        return '<%d.%s@%s>' % (RND.randint(10 ** 9, 2 * 10 ** 9), when.strftime('%Y%m%d%H%M%S'), DOMAIN)
    if client == 'android':
        return '<%s@%s>' % (hexs(20), DOMAIN)
    return '<%s.%s@%s>' % (when.strftime('%Y%m%d%H%M%S'), hexs(10), DOMAIN)


def cust_id():
    return '<%s.%s@zakazchik-omis.ru>' % (hexs(16), hexs(6))


# ---------------------------------------------------------------- outlook html
OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'table.t {border-collapse:collapse;} td {border:solid windowtext 1.0pt;padding:0cm 5.4pt;}\n'
                '--></style></head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n')
OUTLOOK_TAIL = '</div></body></html>\n'


def paras(text):
    out = []
    for line in text.split('\n'):
        if line.strip() == '':
            out.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class=MsoNormal>%s<o:p></o:p></p>' % html.escape(line, quote=False))
    return '\n'.join(out) + '\n'


def outlook_quote_html(qhdr, qbody):
    h = ('<div><div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
         '<p class=MsoNormal>')
    bits = []
    for line in qhdr:
        k, v = line.split(':', 1)
        bits.append('<b>%s:</b>%s' % (html.escape(k), html.escape(v)))
    h += '<br>\n'.join(bits) + '<o:p></o:p></p></div></div>\n'
    return h + paras(qbody)


# ---------------------------------------------------------------- letter builders
def headers(L, frm_name, frm_addr, cs, client, extra=()):
    when = L['when']
    hs = []
    to = L.get('to', addr(CUST[0], CUST[1], cs))
    hs.append(('From', addr(frm_name, frm_addr, cs)))
    hs.append(('To', to))
    if L.get('cc'):
        hs.append(('Cc', L['cc']))
    hs.append(('Subject', ew(L['subject'], cs)))
    hs.append(('Date', email.utils.format_datetime(when)))
    hs.append(('Message-ID', L['mid']))
    if L.get('irt'):
        hs.append(('In-Reply-To', L['irt']))
        hs.append(('References', L['irt']))
    hs.extend(extra)
    hs.append(('MIME-Version', '1.0'))
    return ''.join('%s: %s\n' % kv for kv in hs).encode('ascii')


def build(L):
    c = L['client']
    name, a = SENDERS[L['who']]
    if c == 'tb':
        cs = 'UTF-8'
        extra = [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ru'),
                 ('Organization', 'MUP Teploseti Barnaul')]
        h = headers(L, name, a, cs, c, extra)
        if L.get('attach'):
            b = '------------' + hexs(24)
            p1 = leaf('text/plain', clean(L['text']), 'UTF-8', '8bit', '; format=flowed')
            fname = L['attach_name']
            p2 = ('Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment;\n'
                  " filename*=UTF-8''%s\n\n" % (ew(fname, 'UTF-8').replace('\n ', ' '),
                                               urllib.parse.quote(fname))
                  ).encode('ascii') + L['attach']
            body = multipart('mixed', [p1, p2], b)
        else:
            body = leaf('text/plain', clean(L['text']), 'UTF-8', L.get('cte', '8bit'), '; format=flowed')
        return h + body
    if c == 'outlook':
        cs = 'windows-1251'
        extra = [('X-Mailer', 'Microsoft Outlook 16.0'),
                 ('Thread-Index', base64.b64encode(bytes(RND.randrange(256) for _ in range(22))).decode()),
                 ('Content-Language', 'ru')]
        h = headers(L, name, a, cs, c, extra)
        plain = clean(L['text'])
        if L.get('html'):
            hbody = L['html']
        else:
            hbody = paras(clean(L['text_new'] if L.get('qhdr') else L['text']))
            if L.get('qhdr'):
                hbody += outlook_quote_html(L['qhdr'], L['qbody'])
        hdoc = OUTLOOK_HEAD + hbody + OUTLOOK_TAIL
        if L.get('html_only'):
            return h + leaf('text/html', hdoc, cs, 'quoted-printable')
        b = '----=_NextPart_000_%s_%s.%s' % (hexs(4).upper(), '01DB' + hexs(4).upper(), hexs(8).upper())
        body = multipart('alternative', [leaf('text/plain', plain, cs, 'quoted-printable'),
                                         leaf('text/html', hdoc, cs, 'quoted-printable')], b)
        return h + body
    if c == 'bat':
        cs = 'koi8-r'
        extra = [('X-Mailer', 'The Bat! (v10.4.5) Professional'), ('Organization', 'MUP "Teploseti"'),
                 ('X-Priority', '3 (Normal)')]
        if L.get('reply_to_ods'):
            extra.append(('Reply-To', addr('ОДС МУП Теплосети', 'ods@' + DOMAIN, cs)))
        h = headers(L, name, a, cs, c, extra)
        return h + leaf('text/plain', clean(L['text']), cs, L.get('cte', '8bit'))
    if c == 'android':
        cs = 'UTF-8'
        extra = [('User-Agent', 'K-9 Mail for Android')]
        h = headers(L, name, a, cs, c, extra)
        return h + leaf('text/plain', clean(L['text']), 'UTF-8', 'base64')
    if c == 'webmail':
        cs = 'UTF-8'
        extra = [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', a)]
        h = headers(L, name, a, cs, c, extra)
        doc = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
               '</head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
               + L['html'] + '\n</body></html>\n')
        return h + leaf('text/html', doc, 'UTF-8', 'base64')
    if c == 'raw':
        return L['raw']
    raise ValueError(c)


# ---------------------------------------------------------------- letters
LETTERS = []


def when(s):
    d, t = s.split(' ')
    y, m, dd = map(int, d.split('-'))
    hh, mm = map(int, t.split(':'))
    return dt.datetime(y, m, dd, hh, mm, RND.randint(0, 59), tzinfo=TZ)


def add(ts, who, client, subject, label, **kw):
    L = dict(when=when(ts), who=who, client=client, subject=subject, label=label)
    L.update(kw)
    L['mid'] = msgid(client if client != 'webmail' else 'x', L['when'])
    LETTERS.append(L)
    return L


def D(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def R(note):
    return {'expect': 'review', 'note': note}


def I(note):
    return {'expect': 'ignored', 'note': note}


ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ====================== 194117  ТК-14 Малахова =========================
OBJ1 = 'ТК-14, ул. Малахова, 87'
add('2026-11-03 21:32', 'S', 'tb', 'Заявка 194117 — принята',
    D('194117', [], ACC, 'template, Позиция «—», Событие «принята в работу»: whole request accepted'),
    text=T('194117', OBJ1, '—', 'заявка принята в работу, передана в АВБ-3', '21:30',
           'АВБ-3, мастер Кузьмин А.Н.', '') + '\n\n' + SIG_S)

t002 = T('194117', OBJ1, '1 (камера ТК-14)', 'выезд бригады', '22:05',
         'АВБ-3, мастер Кузьмин А.Н., а/м ГАЗ-3309 Н 190 ОР 22', 'берут мотопомпу, камера под водой')
L002 = add('2026-11-03 22:08', 'S', 'tb', '194117 поз 1 выезд',
           D('194117', ['1'], WAY, 'выезд бригады on pos 1; car plate Н 190 ОР 22 is not a number of interest'),
           text=t002 + '\n\n' + SIG_S)

c003 = cust_id()
t003 = (T('194117', OBJ1, '1', 'прибытие на объект', '22:40', 'АВБ-3',
          'камера затоплена, начали откачку. По вводу (поз. 2) пока не выезжали - одна бригада.')
        + '\n\n' + SIG_S + '\n\n03.11.2026 22:20, Диспетчерская служба ОМИС пишет:\n'
        + quote('Принято. Сообщите, пожалуйста, ориентировочное время прибытия — жители\n'
                'Малахова, 87 звонят на горячую линию.\n\n'
                '03.11.2026 22:08, Сидоренко Наталья пишет:\n' + quote(t002 + '\n\n' + SIG_S)))
add('2026-11-03 22:51', 'S', 'tb', 'Re: 194117 поз 1 выезд',
    D('194117', ['1'], ON, 'Re: subject still says выезд; new text reports прибытие 22:40 on pos 1; pos 2 explicitly not started'),
    text=t003, irt=c003)

add('2026-11-03 23:58', 'Sh', 'android', 'Малахова',
    R('no request number anywhere (only street/ТК name); a dispatcher cannot record it with confidence'),
    text='Малахова ТК - мастер Кузьмин звонил мне на сотовый: на месте, вода в камере по горловину, '
         'откачивают второй мотопомпой. Наташа в курсе.\n\n' + SIG_SH,
    cc=addr('Сидоренко Наталья', 'sidorenko@' + DOMAIN, 'UTF-8'))

add('2026-11-04 04:07', 'S', 'tb', '194117',
    D('194117', ['2'], ON, '4 a.m. free text, template abandoned: «п2 ... на месте с 03:55»'),
    text='194117 п2 - на ввод Малахова 87 подошла АВБ-1 (Ткаченко), на месте с 03:55, перекрыли задвижки '
         'на вводе, жителей 1-5 подъездов предупредили об отключении. бланк заполню позже\nСидоренко')

add('2026-11-04 06:35', 'S', 'tb', '194117 поз.1 — окончание работ, убытие',
    D('194117', ['1'], LEFT, 'two template blocks for the same position: окончание работ 05:50 and убытие 06:20; latest = убыл'),
    text=T('194117', OBJ1, '1', 'окончание работ (хомут на подающий Ду 300, течь устранена)', '05:50',
           'АВБ-3', '—') + '\n\n'
    + T('194117', 'ТК-14', '1', 'убытие бригады', '06:20', 'АВБ-3',
        'камеру закрыли, ограждение оставлено до восстановления асфальта') + '\n\n' + SIG_S)

q006 = ['От: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>',
        'Отправлено: 4 ноября 2026 г. 17:12',
        'Кому: ods@teploseti-brn.ru',
        'Копия: ermakov@teploseti-brn.ru',
        'Тема: 194117 поз 2 - когда подключение ввода?']
qb006 = ('Добрый день. По заявке 194117 позиция 2 до сих пор нет отчёта о завершении. '
         'Жители без отопления с ночи. Когда будет подключение?\n--\nДиспетчерская служба ОМИС')
n006 = ('Добрый вечер.\nПо второй позиции отчитываюсь:\n\n'
        + T('194117', 'ввод ж/д ул. Малахова, 87 (ИТП)', '2',
            'ввод подключён, отопление и ГВС поданы, бригада убыла', '21:25', 'АВБ-1, мастер Ткаченко',
            'давление на вводе П/О 6,2/3,8 кгс/см2, Т1 = 71 °С') + '\n\n' + SIG_E)
add('2026-11-04 21:40', 'E', 'outlook', 'RE: 194117 поз 2 - когда подключение ввода?',
    D('194117', ['2'], LEFT, 'reply to customer question; «по второй позиции ... бригада убыла 21:25»; quoted question ignored'),
    text=n006 + '\n\n' + '\n'.join(q006) + '\n\n' + qb006, text_new=n006, qhdr=q006, qbody=qb006,
    irt=cust_id())

# ====================== 195302  ЦТП-5 ================================
OBJ2 = 'ЦТП-5, пр. Ленина, 140'
add('2026-11-05 20:02', 'E', 'outlook', 'Заявка №195302 принята',
    D('195302', [], ACC, 'template, Позиция empty: accepted as a whole; договор 47/ТС-2026 is not a request'),
    text=T('№195302', OBJ2, '', 'принята, передана в АВБ-1 и АВБ-2', '20:00',
           'АВБ-1 (мастер Ткаченко), АВБ-2 (ст. мастер Носков)',
           'по договору № 47/ТС-2026 от 12.01.2026') + '\n\n' + SIG_E)

add('2026-11-05 23:12', 'E', 'outlook', '194117',
    R('field «Заявка» copied from an old blank: says 194117 but object is ЦТП-5 (195302) and 194117 has no position 3; corrected in the next letter'),
    text=T('194117', OBJ2, '3', 'выезд бригады на теплообменник ГВС', '23:05', 'АВБ-1, мастер Ткаченко',
           'ключи от ЦТП у вахтёра') + '\n\n' + SIG_E)

add('2026-11-05 23:31', 'E', 'outlook', 'ИСПРАВЛЕНИЕ: заявка 195302 поз.3 (а не 194117)',
    D('195302', ['3'], WAY, 'correction letter: 194117 named only as the wrong number; report is 195302 поз.3 выезд 23:05'),
    text='Исправление к письму от 23:12. В поле «Заявка» ошибочно остался номер 194117 с прошлого бланка, '
         'прошу считать верным:\n\n'
    + T('195302', OBJ2, '3', 'выезд бригады на теплообменник ГВС', '23:05', 'АВБ-1, мастер Ткаченко',
        'ключи от ЦТП у вахтёра') + '\n\n' + SIG_E)

add('2026-11-06 00:18', 'E', 'outlook', '195302 П1, П2 прибытие',
    D('195302', ['1', '2'], ON, 'two template blocks, pos 1 and pos 2, both прибытие 00:10; pump model numbers are noise'),
    text=T('195302', OBJ2, '1 (насос Н-1)', 'прибытие', '00:10', 'АВБ-2, ст. мастер Носков',
           'насос Grundfos NB 65-200/198 - заклинен подшипник') + '\n\n'
    + T('195302', 'ЦТП-5', '2 (насос Н-2)', 'прибытие', '00:10', 'АВБ-2', '—') + '\n\n' + SIG_E)

q013 = ['От: Ткаченко Сергей <tkachenko.avb1@mail.ru>', 'Отправлено: 6 ноября 2026 г. 5:31',
        'Кому: ods@teploseti-brn.ru', 'Тема: ЦТП-5 теплообменник']
qb013 = ('Теплообменник ГВС промыли, опрессовали на 10 атм, течи нет, ГВС подали в 05:05. '
         'С ЦТП уехали в 05:30.\nТкаченко\n\nОтправлено из мобильной Почты Mail.ru')
n013 = ('Пересылаю сообщение мастера АВБ-1 по заявке 195302, позиция 3 (теплообменник ГВС). '
        'Бланк не заполнял, всё в письме ниже.\n\nЕрмаков, см.1')
add('2026-11-06 05:40', 'E', 'outlook', 'FW: ЦТП-5 теплообменник',
    D('195302', ['3'], LEFT, 'forward of the master\'s message (Outlook header block): «с ЦТП уехали в 05:30»; forwarding text names 195302 поз.3'),
    text=n013 + '\n\n' + '\n'.join(q013) + '\n\n' + qb013, text_new=n013, qhdr=q013, qbody=qb013)

# read receipt
c011 = cust_id()
mdn_text = ('Ваше сообщение\n\n  Кому: ermakov@teploseti-brn.ru\n'
            '  Тема: Заявка 195302 — прошу сообщить сроки по насосам\n'
            '  Отправлено: 06.11.2026 7:30\n\nбыло прочитано 06.11.2026 7:45.\n')


def raw_mdn():
    w = when('2026-11-06 07:45')
    b = '----=_NextPart_000_0' + hexs(3).upper() + '_01DB4F' + hexs(2).upper() + '.' + hexs(8).upper()
    h = ('From: %s\nTo: dispatch@zakazchik-omis.ru\nSubject: %s\nDate: %s\nMessage-ID: %s\n'
         'X-Mailer: Microsoft Outlook 16.0\nMIME-Version: 1.0\n'
         % (addr('Ермаков Павел Андреевич', 'ermakov@' + DOMAIN, 'windows-1251'),
            ew('Прочитано: Заявка 195302 — прошу сообщить сроки по насосам', 'windows-1251'),
            email.utils.format_datetime(w), msgid('outlook', w))).encode('ascii')
    p1 = leaf('text/plain', mdn_text, 'windows-1251', 'quoted-printable')
    p2 = ('Content-Type: message/disposition-notification\n\n'
          'Reporting-UA: teploseti-brn.ru; Microsoft Outlook 16.0\n'
          'Final-Recipient: rfc822;ermakov@teploseti-brn.ru\n'
          'Original-Message-ID: %s\n'
          'Disposition: manual-action/MDN-sent-manually; displayed\n' % c011).encode('ascii')
    return h + multipart('report', [p1, p2], b, ' report-type=disposition-notification;'), w


raw, w011 = raw_mdn()
L = add('2026-11-06 07:45', 'E', 'raw', 'Прочитано: Заявка 195302', I('read receipt (MDN) generated by Outlook'), raw=raw)

add('2026-11-06 11:20', 'L', 'outlook', 'Заявка № 195302: дополнительные работы (теплообменник ЦТП-5)',
    R('chief engineer asks to approve extra works and their price (смета, договор); no status reported'),
    text='Уважаемые коллеги!\n\n'
         'При выполнении работ по заявке № 195302 (ЦТП-5, пр. Ленина, 140) установлено, что пластинчатый '
         'теплообменник ГВС «Ридан» НН №14 требует замены пакета пластин: промывка дала временный результат.\n\n'
         'Стоимость работ и материалов по локальной смете № 311-ЛС составляет 186 450 (сто восемьдесят шесть '
         'тысяч четыреста пятьдесят) руб. 00 коп. без НДС.\n\n'
         'Прошу согласовать выполнение дополнительных работ в рамках договора № 47/ТС-2026 от 12.01.2026 '
         'либо сообщить о необходимости заключения отдельного договора. Смета будет направлена отдельным письмом.\n\n'
         + SIG_L)

rows014 = [('1', 'Насос Н-1 (Grundfos NB 65-200)', 'замена подшипников и торцевого уплотнения, пуск', '06.11.2026 16:40'),
           ('2', 'Насос Н-2', 'ревизия, замена муфты', '06.11.2026 16:40'),
           ('3', 'Теплообменник ГВС', 'промывка, опрессовка 10 кгс/см2', '06.11.2026 05:30')]


def table_html(head, rows):
    h = '<table class=t border=1 cellspacing=0 cellpadding=0>\n<tr>'
    h += ''.join('<td><p class=MsoNormal><b>%s</b></p></td>' % html.escape(c) for c in head) + '</tr>\n'
    for r in rows:
        h += '<tr>' + ''.join('<td><p class=MsoNormal>%s</p></td>' % html.escape(c) for c in r) + '</tr>\n'
    return h + '</table>\n'


pre014 = 'Уважаемые коллеги!\n\nИнформирую о выполнении работ по заявке № 195302 (ЦТП-5, пр. Ленина, 140):\n'
post014 = ('\nВопрос замены пакета пластин теплообменника - согласно нашему письму от 06.11.2026.\n\n' + SIG_L)
head014 = ('№ поз.', 'Оборудование', 'Выполнено', 'Убытие бригады')
add('2026-11-07 10:05', 'L', 'outlook', 'Заявка № 195302 — информация о выполнении',
    D('195302', ['1', '2', '3'], LEFT, 'HTML table, a row per position, all three rows: work done + убытие бригады'),
    text=pre014 + '\n' + '\t'.join(head014) + '\n' + '\n'.join('\t'.join(r) for r in rows014) + '\n' + post014,
    html=paras(pre014) + table_html(head014, rows014) + paras(post014))

# ====================== 191846  Попова 194 ===========================
OBJ3 = 'ул. Попова, 194, МБОУ «СОШ № 117»'
t015 = T('191846', OBJ3, '1', 'выехали', '21:05', 'АВБ-2, ст. мастер Носков, тел. 8-913-245-67-80',
         'вахта школы предупреждена, тел. вахты 8 (3852) 47-19-46')
add('2026-11-07 21:10', 'S', 'tb', 'Попова 194 (191846) выезд',
    D('191846', ['1'], WAY, 'number in brackets after the address in the subject; «выехали» 21:05; phones, school number are noise'),
    text=t015 + '\n\n' + SIG_S)

add('2026-11-07 21:58', 'S', 'tb', 'Re: Попова 194 (191846) выезд',
    D('191846', [], ON, 'Прибытие 21:50, Позиция «—» (request has one position anyway)'),
    text=T('191846', 'ул. Попова, 194', '—', 'Прибытие', '21:50', 'АВБ-2',
           'в системе отопления школы воздух, стравливают по стоякам') + '\n\n' + SIG_S
    + '\n\n07.11.2026 21:17, Диспетчерская служба ОМИС пишет:\n' + quote('Спасибо, ждём информацию.'),
    irt=cust_id())

t017 = T('191846', 'ул. Попова, 194', '1', 'циркуляция восстановлена, бригада убыла', '01:10', 'АВБ-2',
         'температура в классах 19-20 °С, акт подписан завхозом')


def raw_bounce():
    w = when('2026-11-08 01:15')
    ow = w - dt.timedelta(seconds=41)
    orig_mid = msgid('tb', ow)
    orig = ('From: %s\nTo: dispath@zakazchik-omis.ru\nSubject: %s\nDate: %s\nMessage-ID: %s\n'
            'User-Agent: Mozilla Thunderbird\nContent-Language: ru\nMIME-Version: 1.0\n'
            % (addr('Сидоренко Наталья', 'sidorenko@' + DOMAIN, 'UTF-8'), ew('191846 убытие', 'UTF-8'),
               email.utils.format_datetime(ow), orig_mid)).encode('ascii')
    orig += leaf('text/plain', clean(t017 + '\n\n' + SIG_S), 'UTF-8', '8bit', '; format=flowed')
    qid = '4Z' + ''.join(RND.choice('ABCDEFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789') for _ in range(11))
    b = qid + '.' + str(int(w.timestamp())) + '/mx.teploseti-brn.ru'
    h = ('Return-Path: <>\nFrom: MAILER-DAEMON@teploseti-brn.ru (Mail Delivery System)\n'
         'To: sidorenko@teploseti-brn.ru\nSubject: Undelivered Mail Returned to Sender\n'
         'Date: %s\nMessage-Id: <%s@mx.teploseti-brn.ru>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n'
         % (email.utils.format_datetime(w), qid)).encode('ascii')
    p1 = ('Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n'
          'This is the mail system at host mx.teploseti-brn.ru.\n\n'
          'I\'m sorry to have to inform you that your message could not\n'
          'be delivered to one or more recipients. It\'s attached below.\n\n'
          'For further assistance, please send mail to postmaster.\n\n'
          'If you do so, please include this problem report. You can\n'
          'delete your own text from the attached returned message.\n\n'
          '                   The mail system\n\n'
          '<dispath@zakazchik-omis.ru>: host mx.zakazchik-omis.ru[185.12.94.17] said: 550\n'
          '    5.1.1 <dispath@zakazchik-omis.ru>: Recipient address rejected: User unknown\n'
          '    in virtual mailbox table (in reply to RCPT TO command)\n').encode('ascii')
    p2 = ('Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n'
          'Reporting-MTA: dns; mx.teploseti-brn.ru\nX-Postfix-Queue-ID: %s\n'
          'X-Postfix-Sender: rfc822; sidorenko@teploseti-brn.ru\nArrival-Date: %s\n\n'
          'Final-Recipient: rfc822; dispath@zakazchik-omis.ru\n'
          'Original-Recipient: rfc822;dispath@zakazchik-omis.ru\nAction: failed\nStatus: 5.1.1\n'
          'Remote-MTA: dns; mx.zakazchik-omis.ru\n'
          'Diagnostic-Code: smtp; 550 5.1.1 <dispath@zakazchik-omis.ru>: Recipient address\n'
          '    rejected: User unknown in virtual mailbox table\n'
          % (qid, email.utils.format_datetime(ow))).encode('ascii')
    p3 = b'Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n' + orig
    return h + multipart('report', [p1, p2, p3], b, ' report-type=delivery-status;')


add('2026-11-08 01:15', 'DAEMON', 'raw', 'Undelivered Mail Returned to Sender',
    I('Postfix bounce (multipart/report delivery-status); the enclosed original report is not a new letter'),
    raw=raw_bounce())

add('2026-11-08 01:24', 'S', 'tb', '191846 убытие (повторно)',
    D('191846', ['1'], LEFT, 'resent after the bounce: циркуляция восстановлена, бригада убыла 01:10'),
    text='Повторно - первое письмо вернулось, ошиблась в адресе.\n\n' + t017 + '\n\n' + SIG_S)

# ====================== 197025  Взлётная =============================
add('2026-11-09 20:14', 'G', 'bat', 'Заявка 197025 - принята в работу',
    D('197025', [], ACC, 'KOI8-R, The Bat!; Позиция «-»: whole request accepted'),
    text=T('197025', 'квартальные сети ул. Взлетная (ТК-3, ТК-4, ТК-5, УУТЭ Взлетная, 30)', '-',
           'принята в работу', '20:10', 'АВБ-1, АВБ-4 по мере освобождения', 'экскаватор заказан на 22:00')
    + '\n\n' + SIG_G)

add('2026-11-09 22:47', 'G', 'bat', '197025/1 выезд',
    D('197025', ['1'], WAY, 'number/position with a slash in the subject; «ВЫЕЗД БРИГАДЫ» in caps; plate 4217 АМ 22 is noise'),
    text=T('197025', 'ТК-3, ул. Взлетная', '1 (ТК-3)', 'ВЫЕЗД БРИГАДЫ', '22:40',
           'АВБ-1, мастер Ткаченко; экскаватор JCB 3CX 4217 АМ 22', '-') + '\n\n' + SIG_G)

add('2026-11-10 02:44', 'G', 'bat', '197025/1 прибытие',
    D('197025', ['1'], ON, 'as written: pos 1 прибытие 02:35. (The position was copied from the previous blank by mistake; the next letter corrects it to pos 3, but this letter alone reads pos 1)'),
    text=T('197025', 'ТК-3, ул. Взлетная', '1 (ТК-3)', 'прибытие бригады', '02:35', 'АВБ-4, мастер Рахимов', '-')
    + '\n\n' + SIG_G)

add('2026-11-10 03:05', 'G', 'bat', 'ПОПРАВКА 197025',
    D('197025', ['3'], ON, 'correction of the previous letter: the arrival at 02:35 was pos 3 (ТК-5)'),
    text='Поправка к письму 02:44. Позиция осталась от прошлого бланка, АВБ-4 прибыла не на ТК-3, а на ТК-5. '
         'Верно:\n\n' + T('197025', 'ТК-5, ул. Взлетная', '3', 'прибытие бригады', '02:35',
                          'АВБ-4, мастер Рахимов', '-') + '\n\n' + SIG_G)

add('2026-11-10 05:52', 'G', 'bat', '197025',
    D('197025', ['3'], LEFT, '«с объекта выехала» = left the site (preposition с); free text, «3-я поз.»'),
    text='197025 3-я поз. (ТК-5) - бригада Рахимова выехала с объекта в 05:10, течь на обратке устранена, '
         'камеру закрыли. Бланк после пересменки.\nГуляева', cte='quoted-printable')

rows024 = [('1', 'ТК-3', 'работы завершены, бригада убыла', '21:50'),
           ('2', 'ТК-4', 'бригада на месте, вскрытие камеры', '22:05'),
           ('3', 'ТК-5', 'закрыта ранее (см. письмо ОДС 10.11)', '-'),
           ('4', 'УУТЭ Взлётная, 30', 'не начинали', '-')]
head024 = ('Поз.', 'Объект', 'Событие', 'Время')
pre024 = 'Добрый вечер.\nСводка по заявке 197025 на 22:30:\n'
post024 = '\n' + SIG_E
add('2026-11-10 22:30', 'E', 'outlook', '197025 — сводка по позициям на 22:30',
    R('HTML table with different statuses: pos 1 убыл, pos 2 на месте (pos 3 old, pos 4 not started)'),
    text=pre024 + '\n' + '\t'.join(head024) + '\n' + '\n'.join('\t'.join(r) for r in rows024) + '\n' + post024,
    html=paras(pre024) + table_html(head024, rows024) + paras(post024))

add('2026-11-10 22:41', 'E', 'outlook', '197025-1',
    D('197025', ['1'], LEFT, 'position after a dash in the subject; «завершение работ, убытие бригады» 21:50'),
    text='Дублирую отдельно по первой позиции, как просили.\n\n'
    + T('197025', 'ТК-3, ул. Взлётная', '1', 'завершение работ, убытие бригады', '21:50', 'АВБ-1', '—')
    + '\n\n' + SIG_E)

add('2026-11-11 03:40', 'E', 'outlook', '197025 п.2, п.4 - убытие',
    D('197025', ['2', '4'], LEFT, 'two blocks, pos 2 and pos 4, both убытие; акт № 196114 and seal № 0419273 are not requests'),
    text=T('197025', 'ТК-4, ул. Взлётная', '2', 'убытие бригады', '03:05', 'АВБ-1',
           'заменён участок Т2 Ду 150, 4 м') + '\n\n'
    + T('197025', 'УУТЭ ул. Взлётная, 30', '4', 'убытие', '03:30', 'АВБ-1',
        'узел учёта опломбирован, пломба № 0419273, акт № 196114') + '\n\n' + SIG_E)

# ====================== 193570  Антона Петрова =======================
OBJ5 = 'ж/д ул. Антона Петрова, 221'
add('2026-11-11 20:40', 'Sh', 'android', '193570 доступ в подвал?',
    R('question about access to the basement; nothing reported'),
    text='Добрый вечер. По 193570 вопрос: кто обеспечит доступ в подвал (ИТП)? УК «Жилкомфорт» не отвечает, '
         'тел. 8 (3852) 50-41-17 - гудки. Без подвала по первой позиции работать не сможем. '
         'Подскажите контакт старшего по дому.\n\n' + SIG_SH)

add('2026-11-11 21:25', 'Sh', 'android', '193570 принята',
    D('193570', [], ACC, 'template from the phone, Позиция empty; «принята»'),
    text=T('193570', OBJ5, '', 'принята, доступ согласован (ст. по дому, кв. 3)', '21:20', 'АВБ-2',
           'спасибо за контакт') + '\n\n' + SIG_SH)

add('2026-11-12 00:20', 'Sh', 'android', '193570 П1',
    D('193570', ['1'], ON, '«бригадa нa мeсте» written with Latin a/e look-alikes'),
    text=T('193570', OBJ5 + ', ИТП в подвале', '1', 'бригад\u0061 н\u0061 м\u0065сте', '00:05',
           'АВБ-2, Носков', 'бойлер течёт по фланцу') + '\n\n' + SIG_SH)

add('2026-11-12 04:15', 'Sh', 'android', '193570',
    D('193570', ['1'], LEFT, '«по 1-й закончили ... бригада уехала, по 2-й продолжим завтра»: pos 1 done, pos 2 only a plan'),
    text='по 193570: по 1-й закончили в 03:50, прокладку на бойлере поменяли, ГВС на дом дали. бригада уехала. '
         'по 2-й (стояки 2 подъезд) продолжим завтра вечером - нужен доступ в кв. 58, хозяев нет дома.\nШ., см.4')

t031 = T('193570', OBJ5 + ', 2-й подъезд', '2', 'выезжаем (доступ в кв. 58 подтверждён)', '20:45',
         'АВБ-3, мастер Кузьмин', '')
add('2026-11-12 20:50', 'S', 'tb', '193570 поз 2 — выезжаем',
    D('193570', ['2'], WAY, '«выезжаем» = travelling now'),
    text=t031 + '\n\n' + SIG_S)

add('2026-11-12 23:58', 'S', 'tb', 'Re: 193570 поз 2 — выезжаем',
    D('193570', ['2'], LEFT, 'reply written under the quote; «Поз. 2 закрыта ... Бригада освободилась в 23:40»'),
    text='12.11.2026 21:03, Диспетчерская служба ОМИС пишет:\n'
    + quote('Принято, ждём отчёт по завершении.\n\n12.11.2026 20:50, Сидоренко Наталья пишет:\n'
            + quote(t031 + '\n\n' + SIG_S))
    + '\n\nПоз. 2 закрыта: стояк Т3 в кв. 58 заменён (участок 2 м, Ду 25, полипропилен), ГВС по подъезду '
      'подано. Бригада освободилась в 23:40.\n\n' + SIG_S, irt=cust_id())

# ====================== 198411  Северо-Западная ======================
OBJ6 = 'ТК-27, ул. Северо-Западная, 46'
add('2026-11-12 23:20', 'S', 'tb', '198411',
    R('template filled with a plan: «выезд запланирован», «07:30 (план)»; nothing happened yet'),
    text=T('198411', OBJ6, '—', 'выезд запланирован', '07:30 (план)', 'АВБ-4 после пересменки',
           'свободных бригад нет (АВБ-3 на Антона Петрова, у АВБ-1/2 ремонт машины). Место провала '
           'ограждено силами ЖЭУ-17, мастер ЖЭУ Быков, тел. 8-960-937-19-08.') + '\n\n' + SIG_S)

add('2026-11-13 06:58', 'S', 'tb', '198411 выезд',
    D('198411', [], WAY, 'выезд бригады 06:55; plate О 198 ТМ 22 is noise'),
    text=T('198411', OBJ6, '—', 'выезд бригады', '06:55', 'АВБ-4, мастер Рахимов, а/м КамАЗ-43118 О 198 ТМ 22',
           'ограждение ЖЭУ на месте') + '\n\n' + SIG_S)

add('2026-11-13 07:01', 'G', 'raw', 'Автоответ: Re: 198411 выезд', I('server auto-reply of the ОДС mailbox (Auto-Submitted: auto-replied)'),
    raw=None)


def raw_autoreply(L):
    w = L['when']
    h = ('From: %s\nTo: dispatch@zakazchik-omis.ru\nSubject: %s\nDate: %s\nMessage-ID: %s\n'
         'In-Reply-To: %s\nAuto-Submitted: auto-replied\nX-Autoreply: yes\nPrecedence: auto_reply\n'
         'MIME-Version: 1.0\n'
         % (addr('ОДС МУП Теплосети', 'ods@' + DOMAIN, 'UTF-8'), ew('Автоответ: Re: 198411 выезд', 'UTF-8'),
            email.utils.format_datetime(w), '<autoreply.%s@%s>' % (hexs(12), DOMAIN), cust_id())).encode('ascii')
    t = ('Здравствуйте!\n\nЭто автоматический ответ. Ваше письмо получено оперативно-диспетчерской службой '
         'МУП «Теплосети» г. Барнаула и будет рассмотрено дежурным диспетчером.\n\n'
         'В аварийных ситуациях звоните круглосуточно: (3852) 22-19-04.\n\n'
         'Пожалуйста, не отвечайте на это письмо.\n')
    return h + leaf('text/plain', t, 'UTF-8', 'quoted-printable')


LETTERS[-1]['raw'] = raw_autoreply(LETTERS[-1])

add('2026-11-13 16:10', 'L', 'outlook', 'Заявка № 198411 — работы выполнены',
    D('198411', [], LEFT, 'formal letter with both events (прибыла 07:40, убыла 15:20): latest is убыл; asphalt is a later plan'),
    text='Уважаемые коллеги!\n\n'
         'Сообщаю, что по заявке № 198411 (ТК-27, ул. Северо-Западная, 46) бригада АВБ-4 прибыла на объект '
         '13.11.2026 в 07:40. Выполнено: вскрытие, замена участка подающего трубопровода Ду 200 длиной 6 м, '
         'изоляция, обратная засыпка.\n\n'
         'Бригада убыла с объекта в 15:20. Благоустройство (восстановление асфальтового покрытия) будет '
         'выполнено по отдельному графику после наступления положительных температур.\n\n' + SIG_L)

# ====================== 196238  Юрина ================================
add('2026-11-13 19:35', 'G', 'bat', '196238 - принята',
    D('196238', [], ACC, 'template, Позиция «—»: whole request accepted'),
    text=T('196238', 'ул. Юрина, 202 к.1, 202 к.2, 204', '-', 'заявка принята', '19:30', 'АВБ-3', '-')
    + '\n\n' + SIG_G)

add('2026-11-13 20:15', 'G', 'bat', 'Re: 196238 - доступ в техподполье',
    R('«Принято, спасибо» acknowledges the customer\'s own message about keys; no status'),
    text='Здравствуйте, Диспетчерская.\n\nВы писали 13 ноября 2026 г., 20:02:\n\n'
    + quote('По заявке 196238 сообщаем: доступ в техподполье д. 204 - ключ у\n'
            'старшей по дому, кв. 12, тел. 8-923-716-40-55 (Валентина Петровна).', 'ДС> ')
    + '\n\nПринято, спасибо. Передала мастеру.\n\n' + SIG_G, irt=cust_id())

add('2026-11-14 03:24', 'G', 'bat', 'Re: Заявка 196238 — уточните время прибытия'.replace('—', '-'),
    D('196238', [], ON, 'number only in the Re: subject; new text: «Бригада на месте с 03:20»; no position named'),
    text='Здравствуйте, Диспетчерская.\n\nВы писали 14 ноября 2026 г., 02:58:\n\n'
    + quote('Просим уточнить время прибытия бригады на Юрина. Жильцы\n'
            'сообщают, что из-под асфальта идет пар.', 'ДС> ')
    + '\n\nБригада на месте с 03:20, вскрывают асфальт.\n\n' + SIG_G, irt=cust_id())

add('2026-11-14 04:50', 'G', 'bat', '196238-2',
    D('196238', ['2'], WAY, '«выехала на поз. 2» = on the way TO pos 2'),
    text=T('196238', 'ул. Юрина, 202 к.2', '2', 'бригада выехала на поз. 2', '04:45', 'АВБ-3 (2 чел.)', '-')
    + '\n\n' + SIG_G)

add('2026-11-14 06:40', 'G', 'bat', '196238 поз. 1, 3 - убытие',
    D('196238', ['1', '3'], LEFT, 'one block for two positions «1, 3»: течь устранена, бригада убыла'),
    text=T('196238', 'ул. Юрина, 202 к.1 (поз.1); ул. Юрина, 204 (поз.3)', '1, 3',
           'течь устранена (хомут Ду 100 на Т1 у 202 к.1, свищ на Т2 у д.204 заварен), бригада убыла',
           '06:30', 'АВБ-3', 'по поз. 2 - отдельно') + '\n\n' + SIG_G, cte='quoted-printable')

add('2026-11-14 21:15', 'Sh', 'android', '196238 (2)',
    D('196238', ['2'], LEFT, 'position in brackets in the subject; «Готово, поз2 закрыли, уехали»'),
    text='Готово, поз2 закрыли, уехали в 20:50. Асфальт - по весне.\n\n' + SIG_SH)

# ====================== 192904 / 199063  ============================
add('2026-11-16 09:14', 'L', 'raw', 'Автоматический ответ', I('Outlook out-of-office auto-reply'), raw=None)


def raw_ooo(L):
    w = L['when']
    cs = 'windows-1251'
    h = ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nIn-Reply-To: %s\n'
         'Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nX-Mailer: Microsoft Outlook 16.0\n'
         'Content-Language: ru\nMIME-Version: 1.0\n'
         % (addr('Ладыгин Виктор Семёнович', 'ladygin@' + DOMAIN, cs), addr(CUST[0], CUST[1], cs),
            ew('Автоматический ответ: Совещание 26.11 — повестка', cs), email.utils.format_datetime(w),
            msgid('outlook', w), cust_id())).encode('ascii')
    t = ('Уважаемый отправитель!\n\nС 16.11.2026 по 20.11.2026 нахожусь в командировке с ограниченным доступом '
         'к почте. По оперативным вопросам обращайтесь в ОДС: (3852) 22-19-04, ods@teploseti-brn.ru.\n\n'
         'Ладыгин В.С.\n')
    b = '----=_NextPart_000_0' + hexs(3).upper() + '_01DB57' + hexs(2).upper() + '.' + hexs(8).upper()
    return h + multipart('alternative', [leaf('text/plain', t, cs, 'quoted-printable'),
                                         leaf('text/html', OUTLOOK_HEAD + paras(t) + OUTLOOK_TAIL, cs,
                                              'quoted-printable')], b)


LETTERS[-1]['raw'] = raw_ooo(LETTERS[-1])

OBJ8 = 'Бульвар 9 Января, 19, ТК-9'
OBJ9 = 'ул. Г. Исакова, 133, ИТП'
add('2026-11-16 20:25', 'E', 'outlook', 'Наряд 192904 принят',
    D('192904', ['1', '2'], ACC, '«наряд принят» with Позиция: 1, 2; valve model 30с41нж is noise'),
    text=T('192904', OBJ8, '1, 2', 'наряд принят, задвижки 30с41нж Ду 150 - 2 шт. получены со склада', '20:20',
           'АВБ-1', 'отключение согласовано с котельной №3') + '\n\n' + SIG_E)

c044 = None
L044 = add('2026-11-16 22:10', 'E', 'outlook', 'обращение 199063 - выезд',
           D('199063', ['1'], WAY, 'word «обращение» in the subject; выезд 22:05, Позиция 1'),
           text=T('199063', OBJ9, '1', 'выезд', '22:05', 'АВБ-2, Носков', '—') + '\n\n' + SIG_E)

add('2026-11-17 00:40', 'E', 'outlook', '192904, 199063 - прибытие',
    R('two different requests (192904 and 199063) reported in one letter'),
    text=T('192904', 'ТК-9', '1, 2', 'прибытие', '00:20', 'АВБ-1', '—') + '\n\n'
    + T('199063', 'Г. Исакова, 133', '1', 'прибытие', '00:35', 'АВБ-2', '—') + '\n\n' + SIG_E)

add('2026-11-17 01:05', 'E', 'outlook', '192904 прибытие',
    D('192904', ['1', '2'], ON, 'resent separately; positions written «01, 02» = positions 1 and 2'),
    text='Переотправляю раздельно, как просили.\n\n'
    + T('192904', OBJ8, '01, 02', 'прибытие', '00:20', 'АВБ-1', '—') + '\n\n' + SIG_E)

add('2026-11-17 01:07', 'E', 'outlook', '199063 прибытие',
    D('199063', [], ON, 'resent separately; Позиция «—»'),
    text=T('199063', OBJ9, '—', 'прибытие', '00:35', 'АВБ-2', '—') + '\n\n' + SIG_E)

add('2026-11-17 05:30', 'E', 'outlook', 'RE: обращение 199063 - выезд',
    D('199063', [], LEFT, 'Re: subject names the old выезд; new text: «Бригада убыла в 05:15»; стояки 1-6 are not positions; -----Original Message----- quote'),
    text='Шум устранили: завоздушивание + регулятор перепада давления РДТ-П-25 был выставлен неверно, '
         'отрегулировали. Гидроударов нет, проверили по стоякам 1-6. Бригада убыла в 05:15.\n\n'
         'Ермаков П.А., смена №1\n\n-----Original Message-----\n'
         'From: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>\n'
         'Sent: Tuesday, November 17, 2026 1:30 AM\nTo: ermakov@teploseti-brn.ru\n'
         'Subject: RE: обращение 199063 - выезд\n\n'
         'Что обнаружено на месте? Ориентировочный срок устранения?', irt=cust_id())

add('2026-11-17 07:10', 'E', 'outlook', 'Бульвар 9 Января, 19 (192904) — завершение',
    D('192904', ['1', '2'], LEFT, 'завершение работ, убытие 06:55 for positions 1, 2; seal numbers 1927364/5 and "19" in the address are noise'),
    text=T('192904', OBJ8, '1, 2', 'завершение работ, убытие', '06:55', 'АВБ-1',
           'обе задвижки заменены (30с41нж Ду 150 Ру 16), опрессовка 16 кгс/см2 - норма, '
           'пломбы № 1927364, № 1927365') + '\n\n' + SIG_E)

# ====================== 190775  Советской Армии ======================
OBJ10 = 'ул. Советской Армии, 75'
add('2026-11-18 21:40', 'S', 'tb', '190775',
    R('negation: «бригада ещё не выехала»'),
    text=T('190775', OBJ10 + ', ТК-1, ТК-2', '1, 2', 'бригада ещё не выехала', '21:40', '—',
           'обе свободные АВБ на аварии Павловский тракт, 251 (порыв Ду 400). Ориентировочно после 23:00.')
    + '\n\n' + SIG_S)

add('2026-11-18 23:55', 'S', 'tb', '190775 — выезд на обе позиции',
    D('190775', ['1', '2'], WAY, 'выезд АВБ-2 on positions 1, 2'),
    text=T('190775', OBJ10 + ', ТК-1, ТК-2', '1, 2', 'выезд АВБ-2', '23:50', 'АВБ-2, ст. мастер Носков',
           'мотопомпа, илосос вызван') + '\n\n' + SIG_S)

add('2026-11-19 00:35', 'S', 'tb', '190775 П1 прибытие',
    D('190775', ['1'], ON, 'field «Событие» copied from the previous blank (выезд), but subject and Примечание say on site since 00:30 (corrected in the next letter)'),
    text=T('190775', OBJ10 + ', ТК-1', '1 (ТК-1)', 'выезд АВБ-2', '00:30', 'АВБ-2',
           'на месте с 00:30, ТК-1 затоплена по горловину, начали откачку') + '\n\n' + SIG_S)

add('2026-11-19 03:30', 'S', 'tb', '190775 П1 убытие / П2 переезд',
    R('different statuses for different positions: pos 1 убыл, pos 2 в пути (plus a correction of the previous letter)'),
    text='(в письме 00:35 в поле «Событие» остался «выезд» - правильно прибытие 00:30)\n\n'
    + T('190775', 'ТК-1', '1', 'убытие', '03:10', 'АВБ-2', 'камера откачана, течь на спускнике устранена') + '\n\n'
    + T('190775', 'ТК-2', '2', 'переезд на ТК-2', '03:15', 'АВБ-2', '—') + '\n\n' + SIG_S)


def attached_master():
    w = when('2026-11-19 04:11')
    cs = 'UTF-8'
    h = ('From: %s\nTo: ods@teploseti-brn.ru\nCc: sidorenko@teploseti-brn.ru\nSubject: %s\nDate: %s\n'
         'Message-ID: <%s@mail.ru>\nX-Mailer: Mail.ru Mail for Android\nMIME-Version: 1.0\n'
         % (addr('Носков Евгений', 'noskov.avb2@mail.ru', cs), ew('ТК-2 Советской Армии', cs),
            email.utils.format_datetime(w), hexs(16))).encode('ascii')
    t = 'на ТК-2 с 04:05. камера полная, откачиваем, потом смотрим что течёт.\nНосков\n'
    return h + leaf('text/plain', t, 'utf-8', 'base64')


add('2026-11-19 04:20', 'S', 'tb', 'Fwd: ТК-2 Советской Армии',
    D('190775', ['2'], ON, 'forward as attachment (message/rfc822): master reports on site at ТК-2 since 04:05; cover text names 190775 поз.2'),
    text='Пересылаю от мастера, 190775 поз.2.\nСидоренко', attach=attached_master(),
    attach_name='ТК-2 Советской Армии.eml')

add('2026-11-19 07:40', 'S', 'tb', '190775 поз.2 — завершение',
    D('190775', ['2'], LEFT, 'завершение работ, бригада убыла 07:25; Ду 250 is noise'),
    text=T('190775', OBJ10 + ', ТК-2', '2 (ТК-2)', 'завершение работ, бригада убыла', '07:25', 'АВБ-2',
           'заменена сальниковая набивка задвижки Ду 250, камера сухая') + '\n\n' + SIG_S)

# ====================== newsletter ===================================


def raw_news(L):
    w = L['when']
    cs = 'UTF-8'
    h = ('From: %s\nTo: partners@lists.teploseti-brn.ru\nSubject: %s\nDate: %s\nMessage-ID: %s\n'
         'List-Id: =?UTF-8?B?%s?= <partners.lists.teploseti-brn.ru>\n'
         'List-Unsubscribe: <mailto:unsubscribe@lists.teploseti-brn.ru?subject=unsubscribe>,\n'
         ' <https://teploseti-brn.ru/vestnik/unsubscribe?u=7f3a19>\n'
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click\nPrecedence: bulk\nMIME-Version: 1.0\n'
         % (addr('Вестник МУП «Теплосети»', 'news@' + DOMAIN, cs),
            ew('Вестник МУП «Теплосети» № 11 (ноябрь 2026)', cs), email.utils.format_datetime(w),
            '<vestnik-11-2026.%s@%s>' % (hexs(8), DOMAIN),
            base64.b64encode('Партнёры МУП Теплосети'.encode()).decode())).encode('ascii')
    t = ('ВЕСТНИК МУП «ТЕПЛОСЕТИ» г. БАРНАУЛА\nВыпуск № 11, ноябрь 2026\n\n'
         '1. Отопительный сезон. За первые три недели ноября аварийно-восстановительные бригады выполнили '
         '194 выезда, из них 37 - ночью. Среднее время прибытия бригады - 41 минута.\n\n'
         '2. Реконструкция сетей по ул. Малахова: участок от ТК-12 до ТК-16 включён в инвестиционную '
         'программу на 2027 год.\n\n'
         '3. Гидравлические испытания 2027: предварительный график будет разослан партнёрам в декабре.\n\n'
         '4. Поздравляем с юбилеем мастера АВБ-3 А.Н. Кузьмина!\n\n'
         'Вы получили это письмо, потому что подписаны на рассылку для партнёров.\n'
         'Отписаться: https://teploseti-brn.ru/vestnik/unsubscribe?u=7f3a19\n')
    hh = ('<html><body><h2>Вестник МУП «Теплосети» г. Барнаула</h2><p>Выпуск № 11, ноябрь 2026</p>'
          + ''.join('<p>%s</p>' % html.escape(p) for p in t.split('\n\n')[1:]) + '</body></html>\n')
    b = '=_vestnik_' + hexs(16)
    return h + multipart('alternative', [leaf('text/plain', t, 'utf-8', 'quoted-printable'),
                                         leaf('text/html', hh, 'utf-8', 'quoted-printable')], b)


add('2026-11-20 10:00', 'NEWS', 'raw', 'Вестник', I('bulk newsletter (Precedence: bulk, List-Id, List-Unsubscribe)'), raw=None)
LETTERS[-1]['raw'] = raw_news(LETTERS[-1])

# ====================== 197790  Космонавтов ==========================
add('2026-11-21 19:20', 'L', 'outlook', 'Заявка № 197790 принята к исполнению',
    D('197790', [], ACC, 'formal acceptance by the chief engineer; no position number named (ТК names only); night schedule is a plan'),
    text='Уважаемые коллеги!\n\n'
         'Уведомляю, что заявка № 197790 (котельная № 3, пр. Космонавтов, 6 - внутриквартальные сети, '
         'ТК-31, ТК-32, ТК-33) принята МУП «Теплосети» г. Барнаула к исполнению. Работы будут выполняться '
         'силами АВБ-1 и АВБ-4 в ночь с 21 на 22 ноября 2026 г. Оперативная информация о ходе работ будет '
         'направляться дежурным диспетчером ОДС.\n\n' + SIG_L)

add('2026-11-21 20:05', 'G', 'bat', 'Передача смены 21.11',
    R('shift hand-over list naming several requests, no new status'),
    text='Передача смены 21.11.2026 20:00 (см.2 Сидоренко -> см.3 Гуляева)\n\nНа контроле:\n'
         '- 197790 - бригады собираются, экскаватор к 22:00;\n'
         '- 190775 поз.1 - акт не подписан УК, забрать утром;\n'
         '- 196238 - гарантийный осмотр асфальта 25.11;\n'
         '- Павловский тракт, 251 - не наша заявка, аварийная, по звонку ЕДДС.\n\n' + SIG_G)

OBJ11 = 'пр. Космонавтов, 6, котельная N3'
add('2026-11-21 22:35', 'G', 'bat', '197790 поз.1, поз.2 - выезд',
    D('197790', ['1', '2'], WAY, 'two blocks, pos 1 and pos 2, both выезд 22:30'),
    text=T('197790', OBJ11 + ', ТК-31', '1 (ТК-31)', 'выезд', '22:30', 'АВБ-1, мастер Ткаченко', '-') + '\n\n'
    + T('197790', OBJ11 + ', ТК-32', '2 (ТК-32)', 'выезд', '22:30',
        'АВБ-4, мастер Рахимов, экскаватор ЭО-2621 3390 АР 22', '-') + '\n\n' + SIG_G)

add('2026-11-22 03:50', 'G', 'bat', '197790 поз.1',
    D('197790', ['1'], LEFT, 'two events for the same position in one letter: прибытие 23:10 and убытие 03:35; latest = убыл'),
    text='По поз.1 прибытие вовремя не отправила, даю оба события:\n\n'
    + T('197790', 'ТК-31', '1', 'прибытие', '23:10', 'АВБ-1', '-') + '\n\n'
    + T('197790', 'ТК-31', '1', 'убытие', '03:35', 'АВБ-1', 'заменена задвижка Ду 200 на Т1, ТК-31 закрыта')
    + '\n\n' + SIG_G)

add('2026-11-22 04:30', 'G', 'bat', '197790 ТК-33 (поз 3)',
    D('197790', ['3'], ON, '«прибыли» 04:25 on pos 3'),
    text=T('197790', OBJ11 + ', ТК-33', '3', 'прибыли', '04:25', 'АВБ-1 (после ТК-31)', '-') + '\n\n' + SIG_G)

add('2026-11-22 05:10', 'G', 'bat', '197709 поз. 2',
    R('request number 197709 is not in the registry (typo of 197790?); cannot be recorded with confidence'),
    text=T('197709', 'ТК-32, пр. Космонавтов', '2', 'прибытие (отправляю с опозданием)', '22:55', 'АВБ-4', '-')
    + '\n\n' + SIG_G)

add('2026-11-22 07:45', 'G', 'bat', 'Fw: Космонавтов ТК-32 ТК-33',
    D('197790', ['2', '3'], LEFT, 'inline The Bat! forward of the master\'s message: ТК-32 и ТК-33 готово, уехали 07:30; cover text names 197790 поз. 2 и 3'),
    text='Здравствуйте.\n\n197790 - поз. 2 и 3 закончены, пересылаю отчет мастера.\n\n'
         '=====8<===========Начало пересылаемого сообщения===========8<=====\n'
         'От: Рахимов Ф. <rakhimov.avb4@mail.ru>\nКому: ods@teploseti-brn.ru\n'
         'Тема: Космонавтов ТК-32 ТК-33\nДата: 22.11.2026 07:34\n\n'
         'ТК-32 и ТК-33 готово. Т2 на ТК-32 переварили, на ТК-33 с Ткаченко сменили сальники. Уехали 07:30, камеры '
         'закрыты, экскаватор отпустил.\n\n'
         '=====8<============Конец пересылаемого сообщения============8<=====\n\n' + SIG_G)

# ====================== 194652  Попова 76 ============================
add('2026-11-24 21:20', 'Sh', 'android', '#194652',
    D('194652', [], ACC, '«#194652 принята», free text from the phone'),
    text='#194652 принята, Попова 76 д/с. АВБ-4.\n\n' + SIG_SH)

add('2026-11-24 22:00', 'Sh', 'android', '194652',
    R('plan only: «выедем как освободится бригада, ориентировочно к 02:00»'),
    text='194652 - выедем как освободится бригада (сейчас на Антона Петрова), ориентировочно к 02:00. '
         'Заведующая в курсе, в группах 3 и 5 поставили обогреватели.\n\n' + SIG_SH)

add('2026-11-25 01:50', 'Sh', 'android', '194652 B\u042bE\u0417\u0414',
    D('194652', [], WAY, '«BЫEЗД» in caps with Latin B and E inside; 01:45'),
    text=T('194652', 'ул. Попова, 76, д/с № 38', '—', 'B\u042bE\u0417\u0414', '01:45', 'АВБ-4, мастер Рахимов',
           'тел. заведующей 8-906-941-94-65') + '\n\n' + SIG_SH)

add('2026-11-25 02:30', 'Sh', 'android', '194652 п1',
    D('194652', ['1'], ON, 'typo «прибылм» (прибыли) 02:25, «п.1»'),
    text='194652 п.1 - прибылм 02:25, ИТП д/с, элеватор забит, чистим.\nШестаков')

add('2026-11-25 10:30', 'L', 'webmail', 'Заявка № 194652 — выполнение работ',
    D('194652', [], LEFT, 'HTML-only formal letter: «Бригада АВБ-4 убыла с объекта в 06:40»; act number 1125-07 is noise'),
    html='<p>Уважаемые коллеги!</p>\n'
         '<p>По заявке <b>№ 194652</b> (ул. Попова, 76, МБДОУ «Детский сад № 38») сообщаю:</p>\n'
         '<ul><li>выполнена прочистка элеватора, сопло заменено (d = 6,5 мм);</li>\n'
         '<li>промыт грязевик на вводе;</li>\n'
         '<li>температура в группах № 3 и № 5 восстановлена (21 °C) к 06:00.</li></ul>\n'
         '<p>Бригада АВБ-4 убыла с объекта в 06:40 25.11.2026. Акт выполненных работ № 1125-07 подписан '
         'заведующей.</p>\n'
         '<p>С уважением,<br>Главный инженер МУП «Теплосети» г. Барнаула<br>В.С. Ладыгин<br>'
         'тел. (3852) 22-10-01</p>')


def raw_cal(L):
    w = L['when']
    cs = 'windows-1251'
    h = ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nContent-class: urn:content-classes:calendarmessage\n'
         'X-Mailer: Microsoft Outlook 16.0\nMIME-Version: 1.0\n'
         % (addr('Ладыгин Виктор Семёнович', 'ladygin@' + DOMAIN, cs), addr(CUST[0], CUST[1], cs),
            ew('Принято: Совещание: итоги работы по заявкам за ноябрь', cs), email.utils.format_datetime(w),
            msgid('outlook', w))).encode('ascii')
    ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n'
           'BEGIN:VEVENT\r\n'
           'ATTENDEE;PARTSTAT=ACCEPTED;CN=Ладыгин Виктор Семёнович:mailto:ladygin@teploseti-brn.ru\r\n'
           'ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n'
           'SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: итоги работы по заявкам за ноябрь\r\n'
           'DTSTART:20261127T030000Z\r\nDTEND:20261127T040000Z\r\n'
           'UID:040000008200E00074C5B7101A82E008000000009C1F3A7B2C4FDB01000000000000000010000000\r\n'
           'DTSTAMP:20261126T071200Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
    b = '----=_NextPart_000_0' + hexs(3).upper() + '_01DB5F' + hexs(2).upper() + '.' + hexs(8).upper()
    p1 = leaf('text/plain', '\n', cs, 'quoted-printable')
    p2 = ('Content-Type: text/calendar; charset="utf-8"; method=REPLY\nContent-Transfer-Encoding: base64\n\n'
          ).encode('ascii') + base64.encodebytes(ics.encode('utf-8'))
    return h + multipart('alternative', [p1, p2], b)


add('2026-11-26 14:12', 'L', 'raw', 'Принято: Совещание', I('calendar meeting response (METHOD:REPLY, PARTSTAT=ACCEPTED) generated by Outlook'), raw=None)
LETTERS[-1]['raw'] = raw_cal(LETTERS[-1])


# ---------------------------------------------------------------- write
def main():
    os.makedirs(LET, exist_ok=True)
    for f in os.listdir(LET):
        if f.endswith('.eml'):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x['when'])
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        data = build(L).replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(LET, name), 'wb') as fh:
            fh.write(data)
        labels[name] = L['label']
    emails = sorted({a for _, a in SENDERS.values()})
    reg = {'contractor': {'name': 'МУП «Теплосети» г. Барнаула', 'emails': emails, 'domains': [DOMAIN]},
           'requests': [{'number': n, 'positions': p, 'registered_at': r, 'comment': c} for n, p, r, c in REQUESTS]}
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(LETTERS), 'letters written')


if __name__ == '__main__':
    main()
