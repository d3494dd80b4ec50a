#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «ГеоТочка» (Калуга).

Standard library only. Writes letters/NNN.eml, labels.json, registry.json.
"""
import base64
import datetime
import hashlib
import json
import os
import random
from email.charset import Charset, BASE64, QP
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from email import encoders
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
TZ = datetime.timezone(datetime.timedelta(hours=3))
rnd = random.Random(40)

DISPATCH = 'dispatch@zakazchik-omis.ru'
DISPATCH_NAME = 'Диспетчерская ОМИС'

PEOPLE = {
    'chief': ('Кузьмин Сергей', 'kuzmin.geotochka@yandex.ru'),
    'lara': ('Панкратова Лариса Николаевна', 'l.pankratova@geotochka40.ru'),
    'dima': ('Дмитрий Егоров', 'dima.egorov.geo@yandex.ru'),
    'dima_lat': ('Dima Egorov', 'dima.egorov.geo@yandex.ru'),
    'dima_work': ('Егоров Дмитрий', 'd.egorov@geotochka40.ru'),
    'office': ('ООО «ГеоТочка»', 'office@geotochka40.ru'),
    'news': ('ГеоТочка — новости', 'news@geotochka40.ru'),
    'daemon': ('Mail Delivery System', 'mailer-daemon@geotochka40.ru'),
}

YA_SIG = '\n\n-- \nОтправлено из мобильной Яндекс Почты'

LARA_SIG = """С уважением,
Лариса Панкратова
инженер-геодезист ООО «ГеоТочка»
248000, г. Калуга, ул. Кирова, д. 21, оф. 204
тел. +7 (4842) 22-93-14, моб. +7 (910) 605-48-17
ИНН 4027123456 / КПП 402701001"""

OFFICE_SIG = """--
ООО «ГеоТочка», г. Калуга
инженерные изыскания, топосъёмка, поиск коммуникаций
тел. +7 (4842) 22-93-14, office@geotochka40.ru"""


# ---------------------------------------------------------------- helpers
def part_text(body, charset='utf-8', cte='b64', subtype='plain', flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {'b64': BASE64, 'qp': QP, '8bit': None, '7bit': None}[cte]
    p = MIMEText(body, subtype, cs)
    if flowed:
        p.set_param('format', 'flowed')
    return p


def hdr(s, charset='utf-8', enc='b'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = BASE64 if enc == 'b' else QP
        return Header(s, cs)


def addr(key, charset='utf-8'):
    name, a = PEOPLE[key]
    return formataddr((name, a), charset=charset)


def jpeg(seed, size=1800):
    r = random.Random(seed)
    return (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
            + bytes(r.randrange(256) for _ in range(size)) + b'\xff\xd9')


def img_part(name, data):
    p = MIMEBase('image', 'jpeg', name=name)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p


def to_html(text):
    import html as H
    lines = text.split('\n')
    out = []
    for ln in lines:
        out.append('<div>%s</div>' % (H.escape(ln) if ln.strip() else '<br />'))
    return '<html><head></head><body>%s</body></html>' % ''.join(out)


def ya_quote(when, who, addr_, text):
    q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    return '\n\n%s, "%s" <%s>:\n%s' % (when, who, addr_, q)


def outlook_block(frm, sent, to, subj, body):
    return ('\n\nОт: %s\nОтправлено: %s\nКому: %s\nТема: %s\n\n%s'
            % (frm, sent, to, subj, body))


LETTERS = []
LABELS = {}


def L(frm, when, subject, body='', *, client='ya', html=None, html_only=False,
      charset=None, cte=None, attach=(), label=None, extra=None, to=None,
      reply_to_mid=None, build=None, from_charset=None):
    LETTERS.append(dict(frm=frm, when=when, subject=subject, body=body,
                        client=client, html=html, html_only=html_only,
                        charset=charset, cte=cte, attach=list(attach),
                        label=label, extra=extra or {}, to=to,
                        reply_to_mid=reply_to_mid, build=build,
                        from_charset=from_charset))


def D(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos,
            'status': status, 'note': note}


def R(note):
    return {'expect': 'review', 'note': note}


def I(note):
    return {'expect': 'ignored', 'note': note}


PR = 'заявка принята'
VP = 'подрядчик в пути'
NM = 'подрядчик на месте'
UB = 'подрядчик убыл'


def msgid(n, client, when, dom='geotochka40.ru'):
    h = hashlib.md5(('geo%d%s' % (n, when)).encode()).hexdigest()
    if client == 'ya':
        return '<%d%s@mail.yandex.ru>' % (int(h[:6], 16), h[6:10])
    if client == 'outlook':
        return '<%s%s$%s$%s$@geotochka40.ru>' % ('000', h[:9], h[9:17], h[17:25])
    if client == 'bat':
        return '<%s.%s@geotochka40.ru>' % (int(h[:8], 16), h[8:12])
    if client == 'k9':
        return '<%s-%s@email.android.com>' % (h[:8], h[8:16])
    return '<%s-%s-%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)


def mk_dt(when):
    d, t = when.split(' ')
    y, m, dd = map(int, d.split('-'))
    hh, mm = map(int, t.split(':'))
    return datetime.datetime(y, m, dd, hh, mm, rnd.randrange(60), tzinfo=TZ)


def build_letter(n, spec):
    client = spec['client']
    defaults = {
        'ya': ('utf-8', 'b64'),
        'outlook': ('windows-1251', 'qp'),
        'tb': ('utf-8', '8bit'),
        'bat': ('windows-1251', '8bit'),
        'k9': ('us-ascii', '7bit'),
    }
    charset = spec['charset'] or defaults[client][0]
    cte = spec['cte'] or defaults[client][1]
    if charset == 'koi8-r':
        spec['body'] = koi_clean(spec['body'])
        spec['subject'] = koi_clean(spec['subject'])
    if spec['build']:
        msg = spec['build'](spec)
    else:
        body = spec['body']
        if spec['html_only']:
            msg = part_text(spec['html'] or to_html(body), charset, cte, 'html')
        elif spec['html'] is not None or client in ('ya', 'outlook') and body.strip():
            alt = MIMEMultipart('alternative')
            alt.attach(part_text(body, charset, cte, 'plain'))
            alt.attach(part_text(spec['html'] or to_html(body), charset, cte, 'html'))
            msg = alt
        else:
            msg = part_text(body, charset, cte, 'plain', flowed=(client == 'tb'))
        if spec['attach']:
            mixed = MIMEMultipart('mixed')
            mixed.attach(msg)
            for a in spec['attach']:
                mixed.attach(a)
            msg = mixed
    dt = mk_dt(spec['when'])
    fc = spec['from_charset'] or ('windows-1251' if charset in ('windows-1251',) else 'utf-8')
    msg['From'] = addr(spec['frm'], fc)
    msg['To'] = spec['to'] or formataddr((DISPATCH_NAME, DISPATCH), charset='utf-8')
    scs = charset if charset in ('windows-1251', 'koi8-r') else 'utf-8'
    msg['Subject'] = hdr(spec['subject'], scs, 'q' if client in ('tb', 'bat') else 'b')
    msg['Date'] = format_datetime(dt)
    mid = msgid(n, client, spec['when'], PEOPLE[spec['frm']][1].split('@')[1])
    msg['Message-ID'] = mid
    if spec['reply_to_mid']:
        msg['In-Reply-To'] = spec['reply_to_mid']
        msg['References'] = spec['reply_to_mid']
    _strip_mv(msg, top=True)
    msg['MIME-Version'] = '1.0'
    if client == 'ya':
        msg['X-Mailer'] = 'Yamail [ http://yandex.ru ] 5.0'
    elif client == 'outlook':
        msg['X-Mailer'] = 'Microsoft Outlook 16.0'
        msg['Content-Language'] = 'ru'
    elif client == 'tb':
        msg['User-Agent'] = 'Mozilla Thunderbird'
    elif client == 'bat':
        msg['X-Mailer'] = 'The Bat! (v9.4.4) Professional'
    elif client == 'k9':
        msg['User-Agent'] = 'K-9 Mail for Android'
    for k, v in spec['extra'].items():
        msg[k] = v
    return msg, mid


def _strip_mv(m, top=False):
    del m['MIME-Version']
    if m.is_multipart():
        for p in m.get_payload():
            _strip_mv(p)


KOI = {'«': '"', '»': '"', '№': 'N', '—': '-', '–': '-'}


def koi_clean(s):
    for a, b in KOI.items():
        s = s.replace(a, b)
    return s


def disp_mid(tag):
    return '<%s.%s@zakazchik-omis.ru>' % (tag, hashlib.md5(tag.encode()).hexdigest()[:10])


# ============================================================ registry
REGISTRY = {
    'contractor': {
        'name': 'ООО «ГеоТочка»',
        'emails': ['kuzmin.geotochka@yandex.ru', 'l.pankratova@geotochka40.ru',
                   'dima.egorov.geo@yandex.ru', 'd.egorov@geotochka40.ru',
                   'office@geotochka40.ru', 'news@geotochka40.ru',
                   'mailer-daemon@geotochka40.ru'],
        'domains': ['geotochka40.ru'],
    },
    'requests': [
        {'number': '931204', 'positions': ['1', '2'], 'registered_at': '2026-11-02T08:30:00+03:00',
         'comment': 'МБОУ «СОШ №12», ул. Пролетарская: топосъёмка М1:500. 1 — основная территория (уч.1), 2 — стадион (уч.2)'},
        {'number': '931587', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-03T09:10:00+03:00',
         'comment': 'ГБУЗ КО «ГКБ №4»: поиск подземных коммуникаций трассоискателем. 1 — корпус А, 2 — пищеблок, 3 — котельная'},
        {'number': '931930', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-03T15:00:00+03:00',
         'comment': 'МБОУ «СОШ №3»: исполнительная топосъёмка. 1 — футбольное поле, 2 — хозблок, 3 — въезд и парковка'},
        {'number': '932010', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-06T10:00:00+03:00',
         'comment': 'МБОУ «СОШ №25»: вынос в натуру осей пристройки, т.1 — угол А/1, т.2 — угол А/8, т.3 — угол Г/8'},
        {'number': '932346', 'positions': ['1', '2'], 'registered_at': '2026-11-09T08:00:00+03:00',
         'comment': 'МБОУ «Лицей №9»: исполнительная съёмка наружных сетей. 1 — теплотрасса, 2 — ливневая канализация'},
        {'number': '932718', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-10T09:00:00+03:00',
         'comment': 'ГБУЗ КО «Детская городская поликлиника №2»: поиск кабелей перед благоустройством, участки 1–4'},
        {'number': '933051', 'positions': ['1', '2'], 'registered_at': '2026-11-12T08:00:00+03:00',
         'comment': 'МБОУ «СОШ №46» (новостройка): вынос осей. 1 — учебный корпус, 2 — спортзал'},
        {'number': '933409', 'positions': ['1'], 'registered_at': '2026-11-16T09:00:00+03:00',
         'comment': 'ГБУЗ КО «Родильный дом №2»: топосъёмка территории'},
        {'number': '933772', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-18T08:00:00+03:00',
         'comment': 'МБОУ «Гимназия №19»: вынос в натуру точек нового ограждения т.1–т.3'},
        {'number': '934105', 'positions': ['1', '2'], 'registered_at': '2026-11-19T10:00:00+03:00',
         'comment': 'ГБУЗ КО «Детская областная больница»: поиск коммуникаций. 1 — приёмное отделение, 2 — хоздвор'},
        {'number': '934460', 'positions': ['1'], 'registered_at': '2026-11-23T08:00:00+03:00',
         'comment': 'МБОУ «СОШ №8», ул. Чичерина: топосъёмка М1:500'},
        {'number': '934833', 'positions': ['1', '2'], 'registered_at': '2026-11-24T09:00:00+03:00',
         'comment': 'ГБУЗ КО «Госпиталь для ветеранов войн»: топосъёмка. 1 — главный корпус, 2 — парк и проезды'},
    ],
}

# ============================================================ letters
# ---- 931204 -------------------------------------------------------
L('lara', '2026-11-02 10:15', 'RE: Заявка №931204 — топосъёмка, МБОУ «СОШ №12»',
  """Добрый день!

Заявку №931204 получили, приняли в работу.
Топосъёмку территории школы (земельный участок с кадастровым номером 40:26:000318:112) выполним в масштабе 1:500, система координат МСК-40 (зона 1), высоты — Балтийская 1977 г. Для съёмки будут использованы два GNSS-приёмника PrinCe i50, зав. № 1824907 и № 1824911.

Выезд бригады ориентировочно 03.11.2026 с утра, бригадир Кузьмин Сергей Викторович, +7 (920) 614-27-30.

""" + LARA_SIG + outlook_block('Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]',
                               'понедельник, 2 ноября 2026 г. 8:31', 'Панкратова Лариса Николаевна',
                               'Заявка №931204 — топосъёмка, МБОУ «СОШ №12»',
                               'Добрый день.\nПрошу принять в работу заявку №931204.\nОбъект: МБОУ «СОШ №12», г. Калуга, ул. Пролетарская.\nПоз. 1 — основная территория; поз. 2 — стадион.\nСтатус: заявка отправлена.\n\nДиспетчер ОМИС'),
  client='outlook', reply_to_mid=disp_mid('931204'),
  label=D('931204', [], PR, 'office engineer accepts the request; planned departure is extra info; GNSS serials and cadastral number are not request numbers'))

L('chief', '2026-11-03 07:58', '931204 выехали', '', label=D('931204', [], VP, 'subject-only: departed, no position'))

L('chief', '2026-11-03 09:12', '931204 уч1 на месте 9.10', YA_SIG.strip(),
  label=D('931204', ['1'], NM, 'subject only; уч1 = position 1; 9.10 is a time'))

L('chief', '2026-11-03 14:41', '5 фото', '931204 уч1 готово',
  attach=[img_part('IMG_20261103_14%02d%02d.jpg' % (30 + i, 10 + i), jpeg(100 + i)) for i in range(5)],
  label=D('931204', ['1'], UB, 'subject just «5 фото»; body says уч1 done = work finished, left the position'))

L('dima', '2026-11-03 15:33', '931204 стадион',
  'на точке, уч.2. базу поставили у спортзала, ровер пошёл\n\nдима',
  client='tb', label=D('931204', ['2'], NM, 'slang «на точке» = on site, уч.2'))

L('dima', '2026-11-03 17:52', 'Re: 931204 стадион',
  'отстрелялись по уч.2, свернулись, едем на базу'
  + '\n\n03.11.2026 15:33, Дмитрий Егоров пишет:\n> на точке, уч.2. базу поставили у спортзала, ровер пошёл\n>\n> дима',
  client='tb', label=D('931204', ['2'], UB, 'finished and packed up; quoted «на точке» is old'))

# ---- 931587 -------------------------------------------------------
L('lara', '2026-11-03 11:02', 'RE: Заявка 931587 ГКБ №4 — поиск коммуникаций',
  """Здравствуйте, коллеги!

Подтверждаем: заявка 931587 принята в работу.
Поиск подземных коммуникаций выполним трассоискателем Radiodetection RD8100 PDL (зав. № 933218) с генератором Tx10, результаты нанесём на топооснову М1:500 в МСК-40. Территория больницы — земельный участок 40:26:000205:31.
Выезд бригады — 05.11 с утра. Просим заранее предупредить охрану на КПП со стороны ул. Вишневского.
Счёт на предоплату № 217 от 03.11.2026 направим отдельным письмом.

""" + LARA_SIG,
  client='outlook', label=D('931587', [], PR, 'accepted; RD8100 serial 933218 is in the number range but is equipment, not a request; invoice 217'))

# ---- 931930 acceptance (office, KOI8-R Thunderbird) -----------------
L('office', '2026-11-03 17:20', 'Заявка 931930 СОШ №3 — принята',
  'Добрый вечер.\n\nЗаявку 931930 (СОШ №3, исполнительная съёмка) приняли в работу. '
  'Все три позиции отработаем за один-два выезда, ориентировочно 6-7 ноября, '
  'о выезде бригадир сообщит отдельно.\n\n' + OFFICE_SIG,
  client='tb', charset='koi8-r', cte='8bit',
  label=D('931930', [], PR, 'office accepts the whole request (KOI8-R); dates are plans'))

# ---- 931587 field day ----------------------------------------------
L('chief', '2026-11-05 07:55', 'Re: Заявка 931587 ГКБ №4 — поиск коммуникаций',
  'выехали' + YA_SIG + ya_quote('05.11.2026, 07:40', 'Диспетчерская ОМИС', DISPATCH,
                                'Сергей Викторович, добрый день.\nНапоминаем: сегодня 931587, въезд через КПП с ул. Вишневского, пропуск на машину Н 412 КМ 40 заказан.\nСтатус: заявка принята.'),
  reply_to_mid=disp_mid('931587-remind'),
  label=D('931587', [], VP, 'one word «выехали» in reply; car plate and quoted status ignored'))

L('chief', '2026-11-05 08:41', '931587-1 на месте 8-40', '',
  label=D('931587', ['1'], NM, 'position after dash in subject; 8-40 is time'))

L('dima_lat', '2026-11-05 11:20', '931587 poz 1',
  'poz 1 gotovo, vse trassy nashli (2 kabelya 10kV, svyaz, voda d110), razmetili kraskoi. svernulis\n\nDima',
  client='k9', label=D('931587', ['1'], UB, 'translit from phone: position 1 done, packed up; 10kV/d110 are not numbers of interest'))

L('chief', '2026-11-05 13:07', '931587 (2) (3) на месте', '',
  label=D('931587', ['2', '3'], NM, 'positions in brackets'))

L('lara', '2026-11-05 16:35', 'FW: 931587 пищеблок котельная',
  'Коллеги, добрый день!\nПересылаю сообщение бригадира, у него с планшета не уходят письма на ваш адрес.\n\nЛариса'
  + outlook_block('Кузьмин Сергей <kuzmin.geotochka@yandex.ru>', 'четверг, 5 ноября 2026 г. 16:12',
                  'Панкратова Лариса Николаевна', '931587 пищеблок котельная',
                  'Лариса 931587 п.2 и п.3 закончили в 16.10 уехали. трассы на схеме вечером скину\n\n--\nОтправлено из мобильной Яндекс Почты'),
  client='outlook',
  label=D('931587', ['2', '3'], UB, 'forward from office of the chief\'s report: п.2 and п.3 finished and left'))

# ---- 931930 field ---------------------------------------------------
L('chief', '2026-11-06 08:05', '931930 2,3 едем', '',
  label=D('931930', ['2', '3'], VP, 'positions as a list after number'))

L('chief', '2026-11-06 10:48', '931930',
  'поз.2 отсняли, с хозблока уехали. поз.3 на месте с 10.30' + YA_SIG,
  label=R('different statuses for different positions (2 left, 3 on site)'))

L('dima_lat', '2026-11-06 12:30', '932010',
  'zayavku 932010 prinyali, v ponedelnik 9.11 s utra budem na shkole 25. Kuzmin v kurse',
  client='k9', label=D('932010', [], PR, 'translit acceptance; the Monday trip is a plan'))

L('dima', '2026-11-06 15:10', '931930 третья',
  'третья готова, свернулись. по 931930 осталась только первая (поле), завтра',
  client='tb', label=D('931930', ['3'], UB, '«третья готова, свернулись» = position 3 finished; first one is a plan'))

L('chief', '2026-11-07 08:02', '931930-1 выехали', '', label=D('931930', ['1'], VP, 'dash position'))

L('chief', '2026-11-07 08:44', '931930 П1', '',
  html='<div>на месте 0840</div><div>&nbsp;</div><div>-- </div><div>Отправлено из мобильной Яндекс Почты</div>',
  html_only=True, label=D('931930', ['1'], NM, 'HTML-only; П1 = position 1; 0840 time'))

L('dima', '2026-11-07 13:25', 'Re: 931930 П1',
  'п1 отстрелялись, свернулись. по школе всё'
  + ya_quote('07.11.2026, 08:44', 'Кузьмин Сергей', 'kuzmin.geotochka@yandex.ru', 'на месте 0840'),
  label=D('931930', ['1'], UB, 'Re: of on-site letter, body says finished; quote is old'))

L('lara', '2026-11-07 16:00', 'Заявка 931204 — вопрос по составу топоплана',
  """Добрый день!

По заявке 931204 (СОШ №12) прошу уточнить состав топоплана: нужно ли показывать на топоплане подземные коммуникации по данным трассоискателя, или достаточно выходов на поверхность (колодцы, опоры, вводы)? От этого зависит срок — либо 13.11, либо 18.11.
Съёмка выполнена в МСК-40, зона 1, привязка к пунктам ОМС 4026 и 4031.

""" + LARA_SIG,
  client='outlook', label=R('question about deliverables, no status')) 

# ---- 932010 field -----------------------------------------------------
L('chief', '2026-11-09 08:20', '932010 едем будем 9-00', '',
  label=D('932010', [], VP, '«едем, будем в 9-00» = travelling now'))

L('chief', '2026-11-09 09:05', '932010 т.1 т.2 на месте', '',
  label=D('932010', ['1', '2'], NM, 'т.1/т.2 are positions (points)'))


TABLE_932010 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><p>Добрый день!</p>
<p>Направляем результаты выноса в натуру по заявке <b>932010</b> (МБОУ «СОШ №25», пристройка). Приёмник GNSS PrinCe i50 зав. № 932561, СК МСК-40.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Поз.</th><th>Точка</th><th>X, м</th><th>Y, м</th><th>Результат</th></tr>
<tr><td>1</td><td>т.1 (угол А/1)</td><td>432 518,43</td><td>1 298 884,12</td><td>вынесена, закреплена металлическим штырём, бригада убыла 12:00</td></tr>
<tr><td>2</td><td>т.2 (угол А/8)</td><td>432 536,91</td><td>1 298 902,77</td><td>вынесена, закреплена, бригада убыла 12:00</td></tr>
<tr><td>3</td><td>т.3 (угол Г/8)</td><td>432 521,05</td><td>1 298 921,60</td><td>не выполнена — место завалено стройматериалом, перенос на 10.11</td></tr>
</table>
<p>Схему выноса и акт направим после выполнения т.3.</p>
<p>С уважением,<br>Лариса Панкратова<br>инженер-геодезист ООО «ГеоТочка»<br>тел. +7 (4842) 22-93-14</p>
</body></html>"""
L('lara', '2026-11-09 12:18', 'Заявка 932010 — вынос точек, СОШ №25: результаты',
  """Добрый день!

Направляем результаты выноса в натуру по заявке 932010 (МБОУ «СОШ №25», пристройка). Приёмник GNSS PrinCe i50 зав. № 932561, СК МСК-40.

Поз. | Точка | X, м | Y, м | Результат
1 | т.1 (угол А/1) | 432 518,43 | 1 298 884,12 | вынесена, закреплена, бригада убыла 12:00
2 | т.2 (угол А/8) | 432 536,91 | 1 298 902,77 | вынесена, закреплена, бригада убыла 12:00
3 | т.3 (угол Г/8) | 432 521,05 | 1 298 921,60 | не выполнена — перенос на 10.11

Схему выноса и акт направим после выполнения т.3.

""" + LARA_SIG,
  client='outlook', html=TABLE_932010, cte='b64',
  label=D('932010', ['1', '2'], UB, 'HTML table: т.1 and т.2 done and left, т.3 only planned; serial 932561 and coordinates are not requests'))

L('lara', '2026-11-10 09:15', 'RE: Заявка 932718 — ДГП №2, поиск кабелей',
  """Добрый день!

Заявку 932718 по детской поликлинике №2 приняли в работу. Четыре участка планируем пройти трассоискателем за 12–13 ноября, бригада Кузьмина С.В.
Счёт № 931 от 10.11.2026 на сумму 42 600,00 руб. (без НДС) во вложении к отдельному письму, договор № ГТ-40/2026-118.

""" + LARA_SIG + outlook_block('Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]', 'вторник, 10 ноября 2026 г. 9:02',
                               'Панкратова Лариса Николаевна', 'Заявка 932718 — ДГП №2, поиск кабелей',
                               'Прошу принять заявку 932718, участки 1–4 согласно схеме.'),
  client='outlook', reply_to_mid=disp_mid('932718'),
  label=D('932718', [], PR, 'accepted; invoice number 931 and contract number are noise'))

L('chief', '2026-11-10 10:42', 'Re: 932010 т.3',
  'готово' + ya_quote('10.11.2026, 09:50', 'Диспетчерская ОМИС', DISPATCH,
                      'Сергей Викторович, сообщите по т.3 заявки 932010, вынесли?'),
  reply_to_mid=disp_mid('932010-t3'),
  label=D('932010', ['3'], UB, 'one-word «готово» answering about т.3'))

L('lara', '2026-11-10 14:00', 'Заявка 932346 Лицей №9 — доступ на территорию',
  """Коллеги, добрый день!

По заявке 932346 выезд бригады планируем на 11.11 к 8:30. Просим:
1) сообщить контакт завхоза лицея;
2) обеспечить доступ к колодцам ливневой канализации и в гараж, где проходит ввод теплотрассы.
Без доступа в гараж позицию 1 (теплотрасса) отснять не сможем.

""" + LARA_SIG,
  client='outlook', label=R('plan and request for access, nothing has happened yet'))

# ---- 932346 field ---------------------------------------------------
L('dima', '2026-11-11 08:12', 'выдвинулись',
  'выдвинулись на лицей, 932346, минут через 20 будем',
  label=D('932346', [], VP, 'slang «выдвинулись на лицей» = on the way (to, not from)'))

L('chief', '2026-11-11 08:37', '932346 поз2 на мести 0835', '',
  label=D('932346', ['2'], NM, 'typo «на мести»; 0835 time'))


def build_mdn(spec):
    m = MIMEMultipart('report')
    m.set_param('report-type', 'disposition-notification')
    t = part_text('Ваше сообщение\n\n  Кому: Панкратова Лариса Николаевна\n  Тема: Заявка 932346 — Лицей №9, выезд 11.11\n  Отправлено: 11.11.2026 8:40\n\nбыло прочитано 11.11.2026 9:00.',
                  'windows-1251', 'qp')
    m.attach(t)
    dn = MIMEBase('message', 'disposition-notification')
    dn.set_payload('Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;l.pankratova@geotochka40.ru\n'
                   'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % disp_mid('932346-go'))
    m.attach(dn)
    return m


L('lara', '2026-11-11 09:00', 'Прочитано: Заявка 932346 — Лицей №9, выезд 11.11', client='outlook',
  build=build_mdn, label=I('read receipt (MDN)'))

L('chief', '2026-11-11 11:40', '932346 гараж',
  'по поз1 кто гараж откроет? завхоз трубку не берёт 8-910-517-33-09, без гаража теплотрассу не снимем' + YA_SIG,
  label=R('question/complaint about access, no status reported'))

L('lara', '2026-11-11 15:02', 'Заявка 932346 — итоги выезда 11.11',
  """Уважаемые коллеги!

Сообщаем по заявке 932346: полевые работы по позиции 2 (ливневая канализация) завершены, бригада убыла с объекта в 14:45.
По позиции 1 (теплотрасса) доступ в гараж так и не был обеспечен, работы не выполнены. Просим согласовать новую дату выезда.

""" + LARA_SIG,
  client='outlook', label=D('932346', ['2'], UB, 'position 2 finished and left; position 1 not done (nothing to record)'))

# ---- 932718 field ---------------------------------------------------
L('chief', '2026-11-12 07:51', '932718 выезд 7.50', '', label=D('932718', [], VP, 'noun «выезд» with time'))

L('chief', '2026-11-12 08:33', 'Re: 932718 выезд 7.50',
  'на месте, начали с уч.1' + ya_quote('12.11.2026, 07:51', 'Кузьмин Сергей', 'kuzmin.geotochka@yandex.ru', ''),
  label=D('932718', ['1'], NM, 'Re: subject with old status; body reports arrival, starting with уч.1'))

L('lara', '2026-11-12 09:30', 'Заявка 933051 СОШ №46 — принята',
  """Добрый день!

Заявка 933051 принята. Разбивку осей учебного корпуса и спортзала выполним от пунктов опорной сети ОМС 4058, 4059 приёмником EFT M4 GNSS зав. № 933517 в режиме RTK.
Кадастровый номер участка 40:26:000447:1093.

""" + LARA_SIG,
  client='outlook', charset='windows-1251', cte='qp',
  label=D('933051', [], PR, 'acceptance; GNSS serial 933517 is in range but not a request'))


def build_bounce(spec):
    m = MIMEMultipart('report')
    m.set_param('report-type', 'delivery-status')
    m.attach(part_text("""This is the mail system at host mx.geotochka40.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<a.sidorov@geotochka40.ru>: user unknown (mailbox disabled)""", 'us-ascii', '7bit'))
    ds = MIMEBase('message', 'delivery-status')
    b1 = Message()
    b1['Reporting-MTA'] = 'dns; mx.geotochka40.ru'
    b1['Arrival-Date'] = 'Thu, 12 Nov 2026 10:04:51 +0300'
    b2 = Message()
    b2['Final-Recipient'] = 'rfc822; a.sidorov@geotochka40.ru'
    b2['Action'] = 'failed'
    b2['Status'] = '5.1.1'
    b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 user unknown'
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = MIMEText('Добрый день. По заявке 932718 прошу сообщить, когда бригада будет на участках 3 и 4.\nДиспетчер ОМИС', 'plain', 'utf-8')
    orig['From'] = formataddr((DISPATCH_NAME, DISPATCH), charset='utf-8')
    orig['To'] = 'a.sidorov@geotochka40.ru'
    orig['Subject'] = hdr('Заявка 932718 — участки 3, 4')
    orig['Date'] = 'Thu, 12 Nov 2026 10:04:50 +0300'
    orig['Message-ID'] = disp_mid('932718-q34')
    m.attach(MIMEMessage(orig))
    return m


L('daemon', '2026-11-12 10:05', 'Undelivered Mail Returned to Sender', client='tb', build=build_bounce,
  extra={'Auto-Submitted': 'auto-replied'}, label=I('bounce (delivery failure) of the dispatcher\'s own letter'))

L('dima', '2026-11-12 11:05', '932718',
  'уч 1 и 2 отстрелялись, трассы на план нанесли, свернулись. 3 и 4 потом, там машины стоят',
  label=D('932718', ['1', '2'], UB, 'positions 1,2 finished; 3,4 are a plan'))

# ---- 933051 field + 932718 plan ---------------------------------------

L('chief', '2026-11-13 08:30', '932718 уч.3 уч.4 завтра сегодня на 46й', '',
  label=R('plan for tomorrow only'))

L('dima', '2026-11-13 08:52', '933051 пoз 1', 'нa мeстe, ставим базу',
  label=D('933051', ['1'], NM, 'Latin look-alike letters inside Cyrillic words (o, a, e)'))

L('chief', '2026-11-13 12:40', '933051 п1 вынесли 8 точек закрепили, едем на п2', '',
  label=R('different statuses: п1 finished, п2 on the way'))

L('dima', '2026-11-13 16:15', '933051 п.2',
  'готово, свернулись. 6 осевых + 2 контрольных, акт завтра лариса пришлёт',
  label=D('933051', ['2'], UB, '«готово, свернулись» for п.2; counts of points are noise'))

L('chief', '2026-11-14 09:22', '932718 участок №3 на месте 9.20, №4 после обеда', '',
  label=D('932718', ['3'], NM, 'участок №3 on site; №4 only a plan'))


def build_autoreply(spec):
    return part_text('Здравствуйте!\n\nЯ нахожусь в отпуске с 14.11.2026 по 17.11.2026 включительно.\n'
                     'По текущим заявкам прошу обращаться в офис: office@geotochka40.ru, +7 (4842) 22-93-14.\n\n'
                     'Лариса Панкратова', 'windows-1251', 'qp')


L('lara', '2026-11-14 11:00', 'Автоматический ответ: Заявка 932718 — ДГП №2, участки 3 и 4', client='outlook',
  build=build_autoreply, extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
  label=I('out-of-office auto-reply'))

L('office', '2026-11-14 16:42', 'Fwd: 932718',
  'Добрый день, пересылаем отчёт геодезиста по наряду 932718.\n\n' + OFFICE_SIG +
  '\n\n-------- Перенаправленное сообщение --------\nТема: \t932718\nДата: \tSat, 14 Nov 2026 16:24:10 +0300\n'
  'От: \tDima Egorov <dima.egorov.geo@yandex.ru>\nКому: \toffice@geotochka40.ru\n\n'
  'uchastki 3 i 4 zakonchili, uehali 16-20. skhemu vecherom skinu\n',
  client='tb', label=D('932718', ['3', '4'], UB, 'office forwards the geodesist\'s translit report: участки 3 и 4 finished and left'))

# ---- 933409 -----------------------------------------------------------


def build_news(spec):
    alt = MIMEMultipart('alternative')
    txt = ('ГеоТочка — новости ноября\n\nУважаемые партнёры!\n\nС декабря 2026 года мы выполняем наземное лазерное '
           'сканирование фасадов и инженерных систем. Для школ и больниц Калуги — скидка 10% до 31.12.2026.\n'
           'Также в парк оборудования поступили два новых GNSS-приёмника и георадар.\n\n'
           'Отписаться от рассылки: https://geotochka40.ru/unsubscribe?id=dispatch')
    alt.attach(part_text(txt, 'utf-8', 'qp'))
    alt.attach(part_text(to_html(txt), 'utf-8', 'qp', 'html'))
    return alt


L('news', '2026-11-16 10:15', 'ГеоТочка: лазерное сканирование и скидка 10% для социальных объектов', client='tb',
  build=build_news, extra={'Precedence': 'bulk', 'List-Id': '<partners.geotochka40.ru>',
                           'List-Unsubscribe': '<https://geotochka40.ru/unsubscribe?id=dispatch>'},
  label=I('bulk newsletter'))

L('office', '2026-11-16 12:05', 'Заявки 932010, 933051 — полевые работы завершены',
  'Добрый день.\n\nСообщаем: по заявкам 932010 и 933051 полевые работы завершены, бригада с объектов убыла, '
  'материалы в камеральной обработке. Исполнительные схемы направим до 20.11.\n\n' + OFFICE_SIG,
  client='tb', charset='koi8-r', cte='8bit', label=R('two different requests in one letter'))

L('dima_lat', '2026-11-17 09:50', '933409', 'vyehali na roddom, budem minut cherez 25',
  client='k9', label=D('933409', [], VP, 'translit: left FOR the maternity hospital = on the way'))

L('office', '2026-11-17 10:22', 'Re: Статус по #933409',
  'Здравствуйте, Диспетчерская.\n\nВы писали 17 ноября 2026 г., 10:05:\n\n'
  'ДО> Добрый день. Прошу сообщить, прибыла ли бригада на роддом по #933409.\n'
  'ДО> Главврач просит предупредить заранее.\n\n'
  'Да, бригада на месте с 10:15, работают на территории, с главврачом связались.\n\n--\nС уважением,\nофис ООО «ГеоТочка»',
  client='bat', reply_to_mid=disp_mid('933409-q'),
  label=D('933409', [], NM, 'The Bat! reply written under initials-prefixed quote; answer: on site since 10:15'))

L('chief', '2026-11-17 10:30', '5 фото', '',
  attach=[img_part('IMG_20261117_1028%02d.jpg' % (10 + i), jpeg(200 + i)) for i in range(5)],
  label=R('only «5 фото», no number and no text'))

L('chief', '2026-11-17 15:04', '#933409 всё уехали', '', label=D('933409', [], UB, '«всё, уехали» = left'))

# ---- 933772 ------------------------------------------------------------
L('lara', '2026-11-18 10:10', 'RE: Заявка 933772 — Гимназия №19, вынос точек ограждения',
  """Добрый день!

После отпуска разбираю почту. Заявку 933772 приняли в работу.
Вынос точек т.1–т.3 выполним по координатам из вашего письма (МСК-40), участок гимназии 40:26:000147:9. Выезд — 20.11, бригада Кузьмина.

""" + LARA_SIG,
  client='outlook', cte='b64',
  label=D('933772', [], PR, 'acceptance; cadastral number and dates are noise/plan'))

L('chief', '2026-11-19 11:20', '934105 ок в работе', '', label=D('934105', [], PR, '«ок, в работе» = taken into work'))

L('dima', '2026-11-19 17:00', 'гимназия 19',
  'а на 933772 пропуск нужен? говорят охранник там никого без бумажки не пускает',
  label=R('question only'))

L('chief', '2026-11-20 08:15', '933772 не выехали машина не заводится ждём вторую', '',
  label=R('negation: not departed yet'))

L('chief', '2026-11-20 11:30', '933772 В ПУТИ', '', label=D('933772', [], VP, 'caps'))

L('dima', '2026-11-20 12:10', 'на точке', '933772 т.1, начали',
  label=D('933772', ['1'], NM, 'status in subject, number and т.1 in body'))

L('dima', '2026-11-20 16:05', '933772',
  'т.1 и т.2 отстрелялись, колышки забили. т.3 не успели, темно уже, завтра с утра. свернулись',
  label=D('933772', ['1', '2'], UB, 'т.1, т.2 done; т.3 plan'))


def build_cal(spec):
    alt = MIMEMultipart('alternative')
    alt.attach(part_text('Панкратова Лариса Николаевна приняла это приглашение.', 'windows-1251', 'qp'))
    ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n'
           'BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Панкратова Лариса Николаевна:mailto:l.pankratova@geotochka40.ru\r\n'
           'ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n'
           'DTSTART;TZID=Russian Standard Time:20261124T100000\r\nDTEND;TZID=Russian Standard Time:20261124T110000\r\n'
           'SUMMARY;LANGUAGE=ru-RU:Принято: Планёрка ОМИС с подрядчиками\r\nUID:040000008200E00074C5B7101A82E008000000003C1F\r\n'
           'DTSTAMP:20261120T133000Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
    c = part_text(ics, 'utf-8', 'b64', 'calendar')
    c.set_param('method', 'REPLY')
    alt.attach(c)
    return alt


L('lara', '2026-11-20 16:30', 'Принято: Планёрка ОМИС с подрядчиками', client='outlook', build=build_cal,
  label=I('calendar meeting response generated by Outlook'))

L('chief', '2026-11-21 10:33', 'Re: 933772 т.3',
  'т3 готово 10-30 уехали' + YA_SIG + ya_quote('21.11.2026, 09:15', 'Диспетчерская ОМИС', DISPATCH,
                                               'Добрый день. По 933772 т.3 сегодня будете? Статус: подрядчик на месте (т.1, т.2 — убыл).'),
  reply_to_mid=disp_mid('933772-t3'),
  label=D('933772', ['3'], UB, 't3 done, left at 10-30; quoted statuses ignored'))

# ---- 934105 / 934460 ------------------------------------------------------
L('chief', '2026-11-23 08:05', 'Re: Заявка №934105 — ДОБ, поиск коммуникаций',
  'выдвигаемся, к 9 будем' + ya_quote('23.11.2026, 07:30', 'Диспетчерская ОМИС', DISPATCH,
                                      'Сергей Викторович, напоминаю про сегодняшний выезд на детскую областную.\nПоз. 1 — приёмное отделение, поз. 2 — хоздвор.'),
  reply_to_mid=disp_mid('934105'),
  label=D('934105', [], VP, 'number only in the Re: subject; «выдвигаемся, к 9 будем» = on the way; positions only in quote'))

L('dima', '2026-11-23 09:10', '934150', 'на точке, начинаем с приёмного',
  label=R('number 934150 is not in the registry (probably a typo), do not guess'))


def build_fwd_att(spec):
    inner = MIMEMultipart('alternative')
    inner.attach(part_text('934105 на месте 9-05\n\n-- \nОтправлено из мобильной Яндекс Почты', 'utf-8', 'b64'))
    inner.attach(part_text(to_html('934105 на месте 9-05\n\n-- \nОтправлено из мобильной Яндекс Почты'), 'utf-8', 'b64', 'html'))
    inner['From'] = formataddr(('Кузьмин Сергей', 'kuzmin.geotochka@yandex.ru'), charset='utf-8')
    inner['To'] = 'office@geotochka40.ru'
    inner['Subject'] = hdr('на месте')
    inner['Date'] = 'Mon, 23 Nov 2026 09:06:12 +0300'
    inner['Message-ID'] = '<88120311700712@mail.yandex.ru>'
    m = MIMEMultipart('mixed')
    m.attach(part_text('Пересылаем сообщение бригадира во вложении.\n\n' + OFFICE_SIG, 'utf-8', '8bit', flowed=True))
    att = MIMEMessage(inner)
    att.add_header('Content-Disposition', 'attachment', filename='на месте.eml')
    m.attach(att)
    return m


L('office', '2026-11-23 09:15', 'Fwd: на месте', client='tb', build=build_fwd_att,
  label=D('934105', [], NM, 'forward as attached message/rfc822: chief reports on site 9-05, no position'))

L('lara', '2026-11-23 09:20', 'Заявка 934460 СОШ №8 — принята',
  """Добрый день!

Заявку 934460 (МБОУ «СОШ №8», топосъёмка, кадастровый номер 40:26:000412:87) приняли в работу. Выезд планируем на 24.11.

""" + LARA_SIG,
  client='outlook', label=D('934460', [], PR, 'acceptance with cadastral number'))

L('lara', '2026-11-23 15:40', 'Обращение 934105 — работы выполнены',
  """Добрый день!

По обращению 934105 (ГБУЗ КО «Детская областная больница») поиск коммуникаций выполнен по позициям 1 и 2, бригада покинула территорию больницы в 15:20.
Трассоискатель RD8100 зав. № 933218, обнаружено 7 трасс, в т.ч. 2 кабеля 0,4 кВ, не нанесённые на топооснову.
Акт № 931-11/26 и исполнительную схему направим до 25.11.

""" + LARA_SIG,
  client='outlook', label=D('934105', ['1', '2'], UB, 'обращение = request; both positions done and left; act number contains 931 but is noise'))

L('chief', '2026-11-24 07:42', '934460 выехали 0740', '', label=D('934460', [], VP, 'time as 0740'))

L('chief', '2026-11-24 08:20', 'СОШ 8', '',
  html='<div>ул. Чичерина, 5 (934460) — на объекте</div><div>&nbsp;</div><div>-- </div><div>Отправлено из мобильной Яндекс Почты</div>',
  html_only=True, label=D('934460', [], NM, 'HTML-only; number in brackets after the address'))

L('chief', '2026-11-24 10:10', '934833 принято в работу', '', label=D('934833', [], PR, 'acceptance'))

L('dima', '2026-11-24 13:05', '934460', 'выехали с объекта, всё отсняли, 140 пикетов',
  label=D('934460', [], UB, 'left FROM the site, everything surveyed'))

L('lara', '2026-11-24 14:00', 'Стоимость работ по заявке 934460',
  """Коллеги, добрый день!

В рамках договора № 40-26/931 от 01.10.2026 просим подтвердить стоимость топосъёмки по заявке 934460 — 18 400,00 руб. (площадь 1,6 га, М1:500). Счёт № 244 подготовим после подтверждения. Если нужна разбивка по позициям сметы — пришлю.

""" + LARA_SIG,
  client='outlook', label=R('price/contract talk, no status'))

# ---- 934833 ---------------------------------------------------------------

L('chief', '2026-11-25 09:41', '934833 участок 2 прибытие 9.40', '', label=D('934833', ['2'], NM, 'noun «прибытие» with time'))

L('lara', '2026-11-25 10:30', 'Заявка 934833 — участок №3',
  """Добрый день!

По заявке 934833 сообщаю: бригада на месте на участке №3 (хозяйственный двор, КН 40:26:000530:14), работают. Просим предупредить водителей, чтобы не загораживали проезд.

""" + LARA_SIG,
  client='outlook', label=R('position 3 does not exist in request 934833'))

L('chief', '2026-11-25 13:17', '934833 уч2 убытиe 13.15', '',
  label=D('934833', ['2'], UB, 'noun «убытие» with a Latin e at the end'))

L('lara', '2026-11-25 14:00', 'RE: Заявка 934460 — подтверждение стоимости',
  'Спасибо, подтверждение по 934460 получили. Счёт и акт подготовим до конца недели.\n\n' + LARA_SIG
  + outlook_block('Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]', 'среда, 25 ноября 2026 г. 12:47',
                  'Панкратова Лариса Николаевна', 'Заявка 934460 — подтверждение стоимости',
                  'Стоимость 18 400,00 руб. подтверждаем. Работы по заявке 934460 закрыты, статус: подрядчик убыл.'),
  client='outlook', reply_to_mid=disp_mid('934460-price'),
  label=R('thanks/acknowledgement of the dispatcher\'s message; status only in the quote'))

L('dima', '2026-11-26 08:55', 'госпиталь', 'на уч.1 (934833) на точке, базу поставили на пункт',
  label=D('934833', ['1'], NM, '«на точке» = on site; number in brackets'))

L('office', '2026-11-26 13:30', 'FW: 934833 уч.1',
  'Пересылаю.\n\n-----Original Message-----\nFrom: Кузьмин Сергей [mailto:kuzmin.geotochka@yandex.ru]\n'
  'Sent: Thursday, November 26, 2026 1:12 PM\nTo: office@geotochka40.ru\nSubject: 934833 уч.1\n\n'
  'уч.1 закончили, убыли 13.10. Приёмник 1824911 сдал Диме\n',
  client='bat', charset='windows-1251', cte='qp',
  label=D('934833', ['1'], UB, 'forward with -----Original Message----- of chief: finished and left; receiver serial is noise'))


def build_chief_auto(spec):
    return part_text('Здравствуйте! Это автоматический ответ.\nЯ в отпуске до 07.12.2026. '
                     'По заявкам обращайтесь к Панкратовой Ларисе, l.pankratova@geotochka40.ru, +7 (910) 605-48-17.', 'utf-8', 'b64')


L('chief', '2026-11-26 15:00', 'Re: Заявка 934833 — акт и схема', build=build_chief_auto,
  extra={'Auto-Submitted': 'auto-replied', 'X-Yandex-Autoreply': 'yes'},
  label=I('vacation auto-reply from the Yandex autoresponder'))


# ============================================================ write
def main():
    for f in os.listdir(LET):
        if f.endswith('.eml'):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda s: s['when'])
    labels = {}
    for i, spec in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        msg, mid = build_letter(i, spec)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
        with open(os.path.join(LET, name), 'wb') as fp:
            fp.write(buf.getvalue())
        labels[name] = spec['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fp:
        json.dump(REGISTRY, fp, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v['expect'] for v in labels.values()))


if __name__ == '__main__':
    main()
