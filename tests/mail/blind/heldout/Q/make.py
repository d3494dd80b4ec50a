#!/usr/bin/env python3
"""Generator of test letters: persona = small plumbing/heating firm (ИП Гусев + 2 workers)."""
import base64, json, os, quopri, random, html
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
LDIR = os.path.join(OUT, 'letters')
os.makedirs(LDIR, exist_ok=True)
rnd = random.Random(15000)
MSK = timezone(timedelta(hours=3))
DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')

# ---------------------------------------------------------------- registry
REQ = [
    ('15012', ['1', '2'], '2026-11-02T09:10:00+03:00', 'Котельная, ул. Заводская, 14: 1 - замена циркуляционного насоса, 2 - опрессовка системы'),
    ('15047', ['1', '2', '3'], '2026-11-03T11:30:00+03:00', 'Жилой дом ул. Ленина, 52: замена стояков ГВС, подъезды 1, 2, 3'),
    ('15103', ['1'], '2026-11-05T08:05:00+03:00', 'ул. Садовая, 7: течь трубы отопления в подвале'),
    ('15118', ['1', '2', '3', '4'], '2026-11-06T10:00:00+03:00', 'Офис пр. Мира, 21: замена радиаторов, этажи 1-4 (позиция = этаж)'),
    ('15236', ['1', '2'], '2026-11-09T09:00:00+03:00', 'Школа № 9, ул. Гагарина, 3: 1 - бойлер ГВС, 2 - ИТП (промывка фильтров)'),
    ('15240', ['1'], '2026-11-09T14:20:00+03:00', 'Детский сад № 17, ул. Полевая, 11: засор канализации'),
    ('15377', ['1', '2', '3'], '2026-11-12T08:30:00+03:00', 'Склад, Промзона, стр. 4: подключение тепловых завес на воротах 1, 2, 3'),
    ('15402', ['1'], '2026-11-13T10:10:00+03:00', 'Поликлиника, ул. Советская, 40: замена смесителей'),
    ('15519', ['1', '2'], '2026-11-16T09:00:00+03:00', 'ТЦ «Орбита», ул. Кирова, 8: 1 - санузлы 1 эт., 2 - тепловой пункт'),
    ('15688', ['1', '2', '3'], '2026-11-18T11:00:00+03:00', 'Административное здание ул. Школьная, 2: 1 - стояк ХВС, 2 - стояк ГВС, 3 - замена задвижки Ду50'),
    ('15730', ['1'], '2026-11-20T08:00:00+03:00', 'Ж/д ул. Строителей, 15, кв. 48: течь в квартире сверху (аварийная)'),
    ('15864', ['1', '2'], '2026-11-23T09:30:00+03:00', 'Спорткомплекс ул. Парковая, 1: 1 - душевые, 2 - узел учёта ХВС (замена счётчика)'),
    ('15905', ['1', '2'], '2026-11-25T10:00:00+03:00', 'Библиотека пер. Почтовый, 5: 1 - замена шарового крана на вводе, 2 - радиаторы читального зала'),
]
REQD = {r[0]: r for r in REQ}

P = {  # people / mail clients
    'owner':   dict(name='Андрей Гусев', addr='gusev.santeh@mail.ru', client='mailru'),
    'ownerpc': dict(name='ИП Гусев А.В.', addr='ip.gusev@teplo-gusev.ru', client='thebat'),
    'ownerweb': dict(name='Андрей Гусев', addr='gusev.santeh@mail.ru', client='mailweb'),
    'kolya':   dict(name='Николай Петров', addr='kolya.petrov77@yandex.ru', client='yandex'),
    'rustam':  dict(name='Рустам Сафаров', addr='rustam.safarov1990@gmail.com', client='gmail'),
    'buh':     dict(name='Гусева Ольга', addr='buh@teplo-gusev.ru', client='outlook'),
}
REGISTRY = {
    'contractor': {
        'name': 'ИП Гусев Андрей Викторович (сантехника и отопление)',
        'emails': ['gusev.santeh@mail.ru', 'kolya.petrov77@yandex.ru',
                   'rustam.safarov1990@gmail.com', 'ip.gusev@teplo-gusev.ru',
                   'buh@teplo-gusev.ru', 'news@teplo-gusev.ru', 'MAILER-DAEMON@teplo-gusev.ru'],
        'domains': ['teplo-gusev.ru'],
    },
    'requests': [{'number': n, 'positions': p, 'registered_at': t, 'comment': c} for n, p, t, c in REQ],
}

RU_WD = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']
RU_WD_S = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']


def dt(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=MSK)


def disp_msg(num):
    """The dispatcher's original letter for a request: (subject, date, body, msgid)."""
    n, pos, reg, com = REQD[num]
    d = datetime.fromisoformat(reg) + timedelta(minutes=3)
    subj = f'Заявка № {n} от {d:%d.%m.%Y}'
    body = (f'Добрый день!\n\nНаправляем заявку № {n}.\n{com}\nКоличество позиций: {len(pos)}.\n\n'
            'Просим подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады.\n\n'
            '--\nДиспетчерская служба ООО «ОМИС»\nтел. +7 (495) 640-12-12')
    return subj, d, body, f'<disp-{n}-{d:%Y%m%d%H%M}@zakazchik-omis.ru>'


def msgid(client, d):
    t = int(d.timestamp())
    r = rnd.randrange(10**8, 10**9)
    if client in ('mailru', 'mailweb'):
        return f'<{t}.{r}@f{rnd.randrange(100, 999)}.i.mail.ru>'
    if client == 'yandex':
        return f'<{r}{t}@mail.yandex.ru>'
    if client == 'gmail':
        s = base64.b32encode(rnd.randbytes(25)).decode().rstrip('=')
        return f'<CA{s[:30]}{s[30:]}+Q@mail.gmail.com>'
    if client == 'thebat':
        return f'<{r}.{d:%Y%m%d%H%M%S}@teplo-gusev.ru>'
    if client == 'outlook':
        return f'<000001dc{r:x}${rnd.randrange(16**8):08x}$teplo-gusev.ru>'
    return f'<{r}.{t}@teplo-gusev.ru>'


def quote_header(client, who_name, who_addr, d):
    if client in ('mailru', 'mailweb'):
        return f'{RU_WD[d.weekday()]}, {d.day} ноября 2026, {d:%-H:%M} +03:00 от {who_name} <{who_addr}>:'
    if client == 'yandex':
        return f'{d:%d.%m.%Y}, {d:%H:%M}, "{who_name}" <{who_addr}>:'
    if client == 'gmail':
        return f'{RU_WD_S[d.weekday()]}, {d.day} нояб. 2026 г. в {d:%H:%M}, {who_name} <{who_addr}>:'
    if client == 'thebat':
        return f'Вы писали {d.day} ноября 2026 г., {d:%H:%M:%S}:'
    return ''


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


SIG = {
    'mailru': '\n\n--\nОтправлено из Mail.ru для Android',
    'yandex': '\n\n-- \nОтправлено из мобильной Яндекс Почты',
    'gmail': '',
    'thebat': '\n\n-- \nС уважением,\nИП Гусев А.В.\nсантехника, отопление\nтел. +7 (916) 123-45-67',
    'mailweb': '\n\n--\nАндрей Гусев\n8-916-123-45-67',
    'outlook': '\n\nС уважением,\nбухгалтер ИП Гусев А.В.\nГусева Ольга\nтел. 8 (496) 512-33-08',
}
XMAILER = {
    'mailru': ('X-Mailer', 'Mail.ru Mail for Android 14.56.0.41582'),
    'yandex': ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'),
    'thebat': ('X-Mailer', 'The Bat! (v3.99.3) Professional'),
    'outlook': ('X-Mailer', 'Microsoft Outlook 14.0'),
    'mailweb': ('X-Mailer', 'Mail.Ru Mailer 1.0'),
}


def to_html(text):
    out = []
    for l in text.split('\n'):
        out.append(f'<div>{html.escape(l) if l else "<br>"}</div>')
    return '\n'.join(out)


def textpart(text, subtype='plain', cs='utf-8', cte='base64'):
    p = Message()
    p['Content-Type'] = f'text/{subtype}; charset="{cs}"'
    if cs == 'koi8-r':
        text = text.translate(KOI_FIX)
    raw = text.encode(cs)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    return p


KOI_FIX = str.maketrans({'№': 'N', '«': '"', '»': '"', '–': '-', '—': '-'})


def hdr(s, cs='utf-8'):
    if cs == 'koi8-r':
        s = s.translate(KOI_FIX)
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


def addr(name, a, cs='utf-8'):
    return formataddr((name, a), charset=cs) if name else a


FAKE_JPEG = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
             + bytes(range(256)) * 3 + b'\xff\xd9')


def photo_part(fn):
    p = Message()
    p['Content-Type'] = f'image/jpeg; name="{fn}"'
    p['Content-Disposition'] = f'attachment; filename="{fn}"'
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(FAKE_JPEG + fn.encode()).decode('ascii'))
    return p


LETTERS = []
LABELS = {}


def lab(expect, req=None, pos=None, status=None, note=''):
    d = {'expect': expect}
    if expect == 'decided':
        d.update(request=req, positions=pos, status=status)
    d['note'] = note
    return d


def letter(who, date, subject, body, label, reply_to=None, quote=None, fmt=None, cs=None,
           cte=None, photos=(), extra_headers=(), to=None, body_html=None, sig=True,
           quote_style=None, quote_date=None, top=True):
    """reply_to = request number whose dispatch letter is being replied to (quoted below).
    quote = (name, addr, datetime, text) of another quoted letter."""
    LETTERS.append(dict(who=who, date=date, subject=subject, body=body, label=label,
                        reply_to=reply_to, quote=quote, fmt=fmt, cs=cs, cte=cte,
                        photos=photos, extra=extra_headers, to=to, body_html=body_html,
                        sig=sig, top=top))


def build(spec, idx):
    pp = P[spec['who']]
    cl = pp['client']
    d = dt(spec['date'])
    fmt = spec['fmt'] or {'mailru': 'alt', 'yandex': 'html', 'gmail': 'alt', 'thebat': 'plain',
                          'mailweb': 'alt', 'outlook': 'alt'}[cl]
    cs = spec['cs'] or {'thebat': 'koi8-r', 'outlook': 'windows-1251', 'mailweb': 'windows-1251'}.get(cl, 'utf-8')
    cte = spec['cte'] or {'thebat': '8bit', 'gmail': 'quoted-printable', 'outlook': 'quoted-printable',
                          'mailweb': 'quoted-printable'}.get(cl, 'base64')
    body = spec['body']
    sig = SIG[cl] if spec['sig'] else ''
    in_reply, refs = None, None
    quote_text, quote_head = None, None
    if spec['reply_to']:
        s, qd, qb, qid = disp_msg(spec['reply_to'])
        quote_text, in_reply = qb, qid
        quote_head = quote_header(cl, DISPATCH[0], DISPATCH[1], qd)
    if spec['quote']:
        qn, qa, qd, qt = spec['quote']
        quote_text = qt
        quote_head = quote_header(cl, qn, qa, qd)
    plain = body
    htmlq = ''
    if quote_text:
        if cl == 'thebat':
            plain = f'Здравствуйте, Диспетчерская.\n\n{quote_head}\n\n{q(quote_text, "Д> ")}\n\n{body}'
            sig_pos = 'end'
        elif spec['top']:
            plain = f'{body}{sig}\n\n{quote_head}\n{q(quote_text)}'
            sig = ''
        else:  # written under the quote
            plain = f'{quote_head}\n{q(quote_text)}\n\n{body}'
        htmlq = (f'<div>{html.escape(quote_head)}</div><blockquote style="border-left:1px solid #ccc;'
                 f'margin:0 0 0 .8ex;padding-left:1ex">{to_html(quote_text)}</blockquote>')
    if sig:
        plain = plain + sig
    # html version
    if spec['body_html']:
        hbody = spec['body_html']
    else:
        if quote_text and not spec['top'] and cl != 'thebat':
            hbody = htmlq + to_html(body) + (to_html(SIG[cl]) if spec['sig'] else '')
        elif quote_text:
            hbody = to_html(body) + (to_html(SIG[cl]) if spec['sig'] else '') + '<br>' + htmlq
        else:
            hbody = to_html(body) + (to_html(SIG[cl]) if spec['sig'] else '')
    hdoc = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>{hbody}</body></html>'
    if fmt == 'plain':
        main = textpart(plain, 'plain', cs, cte)
    elif fmt == 'html':
        main = textpart(hdoc, 'html', cs, cte)
    else:
        main = Message()
        main['Content-Type'] = 'multipart/alternative; boundary="alt_%06d"' % rnd.randrange(10**6)
        main.attach(textpart(plain, 'plain', cs, cte))
        main.attach(textpart(hdoc, 'html', cs, cte))
    if spec['photos']:
        msg = Message()
        msg['Content-Type'] = 'multipart/mixed; boundary="mix_%06d"' % rnd.randrange(10**6)
        msg.attach(main)
        for fn in spec['photos']:
            msg.attach(photo_part(fn))
    else:
        msg = main
    top = Message()
    hcs = 'koi8-r' if cs == 'koi8-r' else ('windows-1251' if cs == 'windows-1251' else 'utf-8')
    top['From'] = addr(pp['name'], pp['addr'], hcs)
    top['To'] = spec['to'] or addr(DISPATCH[0], DISPATCH[1], hcs)
    top['Subject'] = hdr(spec['subject'], hcs)
    top['Date'] = format_datetime(d)
    top['Message-ID'] = msgid(cl, d)
    if in_reply:
        top['In-Reply-To'] = in_reply
        top['References'] = in_reply
    top['MIME-Version'] = '1.0'
    if cl in XMAILER:
        top[XMAILER[cl][0]] = XMAILER[cl][1]
    for k, v in spec['extra']:
        top[k] = v
    for k, v in msg.items():
        top[k] = v
    if msg.is_multipart():
        for part in msg.get_payload():
            top.attach(part)
    else:
        top._payload = msg._payload
    return top, d


def write(name, m):
    b = BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=78).flatten(m)
    with open(os.path.join(LDIR, name), 'wb') as f:
        f.write(b.getvalue())


# ====================================================================== letters
def T(s):  # helper for datetime of a quoted letter
    return dt(s)


# ---- 15012 котельная Заводская 14 (1 насос, 2 опрессовка)
letter('owner', '2026-11-02 09:41', 'Re: Заявка № 15012 от 02.11.2026',
       'приняли\nсегодня после обеда подъедем',
       lab('decided', '15012', [], 'заявка принята', 'accepted; "после обеда подъедем" is only a plan'),
       reply_to='15012')
letter('rustam', '2026-11-02 13:22', '15012',
       'еду на заводскую 14 насос в машине grundfos ups 32-80',
       lab('decided', '15012', [], 'подрядчик в пути', 'travelling now; 14 = house, 32-80 = pump model'))
letter('rustam', '2026-11-02 14:07', '15012 п1',
       'на месте начинаю менять насос',
       lab('decided', '15012', ['1'], 'подрядчик на месте', 'position in subject "п1"'))
letter('owner', '2026-11-02 17:06', 'Заводская',
       'по 15012 насос поменяли (поз.1) запустили греет нормально. опрессовку (2) делаем завтра с утра',
       lab('decided', '15012', ['1'], 'подрядчик убыл', 'pos 1 finished, pos 2 only planned'))
letter('rustam', '2026-11-03 08:52', 'заявка 15012',
       'заявка 15012 вторая позиция опрессовка я на месте давление подняли ждем час смотрим манометр',
       lab('decided', '15012', ['2'], 'подрядчик на месте', 'voice-dictated, no punctuation'), cte='base64')
letter('rustam', '2026-11-03 11:34', '15012-2',
       'опрессовку сдали акт 118 от 03.11 мастер котельной подписал. я уехал',
       lab('decided', '15012', ['2'], 'подрядчик убыл', 'position after dash in subject; 118 is act number'))

# ---- 15047 Ленина 52, подъезды 1-3
q15047 = disp_msg('15047')
letter('owner', '2026-11-03 12:04', 'Re: Заявка № 15047 от 03.11.2026',
       'принял в работу. бригада завтра утром',
       lab('decided', '15047', [], 'заявка принята', 'mail.ru reply above the quote'), reply_to='15047')
letter('kolya', '2026-11-04 08:14', 'Ленина 52',
       'Выехали на Ленина 52 (15047) будем минут через 40',
       lab('decided', '15047', [], 'подрядчик в пути', 'number in brackets after the address; "будем через 40 минут"'))
letter('kolya', '2026-11-04 09:03', 'Re: Ленина 52',
       'на месте, воду по стоякам перекрыли',
       lab('decided', '15047', [], 'подрядчик на месте', 'number only in own quoted earlier letter'),
       quote=('Николай Петров', 'kolya.petrov77@yandex.ru', T('2026-11-04 08:14'),
              'Выехали на Ленина 52 (15047) будем минут через 40'))
letter('kolya', '2026-11-04 15:38', '15047',
       '15047 п1 и п2 стоякти заменили сварку закончили воду дали. п3 завтра',
       lab('decided', '15047', ['1', '2'], 'подрядчик убыл', 'п1,п2 done; п3 planned'))
letter('ownerpc', '2026-11-05 16:21', 'Заявка N 15047 - позиция 3',
       'По заявке N 15047 позиция 3 (подъезд 3) работы выполнены, бригада убыла в 16:00.\n'
       'Акт выполненных работ N 121 вышлю почтой.\n\nИНН 503412345678',
       lab('decided', '15047', ['3'], 'подрядчик убыл', 'KOI8-R desktop letter; INN, act number distractors'))

# ---- 15103 Садовая 7 течь
letter('owner', '2026-11-05 08:19', '15103',
       'ок взяли',
       lab('decided', '15103', [], 'заявка принята', 'number only in subject'))
letter('rustam', '2026-11-05 08:33', 'садовая',
       'выезжаю на садовую 7 по заявке 15103 течь в подвале буду через 20 минут',
       lab('decided', '15103', [], 'подрядчик в пути', 'voice text'))
letter('rustam', '2026-11-05 08:47', 'вопрос',
       'а какой код на подвал садовая 7? заявка 15103. ключи у кого',
       lab('review', note='question only, no status'))
letter('rustam', '2026-11-05 09:12', '15103 фото',
       'я на месет вот что в подвале',
       lab('decided', '15103', [], 'подрядчик на месте', 'photo with one-line caption'),
       photos=['IMG_20261105_091032.jpg'])
letter('rustam', '2026-11-05 11:52', 'Re: 15103 фото',
       'хомут поставил течи нет. уехал',
       lab('decided', '15103', [], 'подрядчик убыл', 'Re: subject, photo after repair'),
       photos=['IMG_20261105_114801.jpg'])

# ---- 15118 офис Мира 21, 4 этажа
letter('owner', '2026-11-06 10:28', 'Re: Заявка № 15118 от 06.11.2026',
       'заявку получили в работу берем',
       lab('decided', '15118', [], 'заявка принята', 'HTML-only from mail.ru'), reply_to='15118', fmt='html')
letter('owner', '2026-11-06 18:40', 'мира 21',
       'по 15118 выедем завтра утром радиаторы забираем со склада в 7 30',
       lab('review', note='only a plan to go tomorrow; 7 30 is a time'))
letter('kolya', '2026-11-07 09:18', '15118 на объекте',
       'Мира 21 на объекте с 9.10 радиаторы заносим',
       lab('decided', '15118', [], 'подрядчик на месте', 'number in subject; 9.10 time'))
TABLE15118 = (
    '<div>Добрый день по заявке 15118 на сегодня</div><br>'
    '<table border="1" cellspacing="0" cellpadding="4">'
    '<tr><th>поз</th><th>этаж</th><th>радиаторы</th><th>состояние</th></tr>'
    '<tr><td>1</td><td>1 эт</td><td>3 шт Royal 500/10</td><td>выполнено</td></tr>'
    '<tr><td>2</td><td>2 эт</td><td>4 шт Royal 500/10</td><td>выполнено</td></tr>'
    '<tr><td>3</td><td>3 эт</td><td>3 шт</td><td>завтра</td></tr>'
    '<tr><td>4</td><td>4 эт</td><td>2 шт</td><td>завтра</td></tr>'
    '</table><br><div>бригада уехала в 17 00</div>'
    '<div>--</div><div>Андрей Гусев</div><div>8-916-123-45-67</div>')
letter('ownerweb', '2026-11-07 17:15', 'Мира 21 итог дня',
       'Добрый день по заявке 15118 на сегодня\n\nпоз | этаж | радиаторы | состояние\n'
       '1 | 1 эт | 3 шт Royal 500/10 | выполнено\n2 | 2 эт | 4 шт Royal 500/10 | выполнено\n'
       '3 | 3 эт | 3 шт | завтра\n4 | 4 эт | 2 шт | завтра\n\nбригада уехала в 17 00',
       lab('decided', '15118', ['1', '2'], 'подрядчик убыл', 'HTML table, rows 1-2 done, 3-4 planned'),
       body_html=TABLE15118, sig=False)
letter('kolya', '2026-11-08 15:33', 'Re: Мира 21 итог дня',
       'поз 3 и 4 готовы, мусор вынесли, уезжаем',
       lab('decided', '15118', ['3', '4'], 'подрядчик убыл', 'whole thread quoted; number only in the quoted table letter'),
       quote=('Андрей Гусев', 'gusev.santeh@mail.ru', T('2026-11-07 17:15'),
              'Добрый день по заявке 15118 на сегодня\n\nпоз | этаж | радиаторы | состояние\n'
              '1 | 1 эт | 3 шт Royal 500/10 | выполнено\n2 | 2 эт | 4 шт Royal 500/10 | выполнено\n'
              '3 | 3 эт | 3 шт | завтра\n4 | 4 эт | 2 шт | завтра\n\nбригада уехала в 17 00'),
       to='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>, gusev.santeh@mail.ru', fmt='alt')

# ---- 15236 школа 9
letter('rustam', '2026-11-09 09:31', 'Re: Заявка № 15236 от 09.11.2026',
       'принято выезжаем после 12',
       lab('decided', '15236', [], 'заявка принята', 'written under the quote (bottom-posting)'),
       reply_to='15236', top=False)
letter('rustam', '2026-11-09 12:16', 'школа 9',
       'Выехал на школу 9 по 15236',
       lab('decided', '15236', [], 'подрядчик в пути', '"школа 9" is a school number'))
letter('rustam', '2026-11-09 12:58', 'Re: школа 9',
       'на месте, бойлер смотрю (п1)',
       lab('decided', '15236', ['1'], 'подрядчик на месте', 'number only in quoted own letter'),
       quote=('Рустам Сафаров', 'rustam.safarov1990@gmail.com', T('2026-11-09 12:16'), 'Выехал на школу 9 по 15236'))
FWD15236 = ('пересылаю отчет рустама по школе\n\n\n-------- Пересылаемое сообщение --------\n'
            'От кого: Рустам Сафаров <rustam.safarov1990@gmail.com>\nКому: Андрей Гусев <gusev.santeh@mail.ru>\n'
            'Дата: Понедельник, 9 ноября 2026, 16:31 +03:00\nТема: 15236\n\n'
            'андрей викторович 15236 п1 бойлер тэн заменил работает. п2 итп фильтры промыл. уехал в 16 20\n'
            '-------- Конец пересылаемого сообщения --------')
letter('owner', '2026-11-09 16:44', 'Fwd: 15236', FWD15236,
       lab('decided', '15236', ['1', '2'], 'подрядчик убыл', 'mail.ru forward of the worker\'s report'))

# ---- 15240 детсад засор
letter('kolya', '2026-11-09 14:46', '15240',
       '#15240 принял в работу. Коля',
       lab('decided', '15240', [], 'заявка принята', ''))
letter('kolya', '2026-11-09 15:20', 'садик',
       'по заявке 15241 в пути, будем минут через 30',
       lab('review', note='15241 is not in the registry (typo for 15240?)'))
letter('kolya', '2026-11-09 16:04', 'Re: 15240',
       'Прибыли, пробиваем',
       lab('decided', '15240', [], 'подрядчик на месте', 'Re: subject with number'), fmt='alt')
letter('kolya', '2026-11-09 17:31', 'Re: 15240',
       'засор пробили трос 15 м. в 17 20 убыли. заведующая претензий не имеет',
       lab('decided', '15240', [], 'подрядчик убыл', '15 м is cable length'))

# ---- 15377 склад завесы
letter('ownerpc', '2026-11-12 09:02', 'Re: Заявка № 15377 от 12.11.2026',
       'Заявку 15377 приняли в работу. Ответственный Сафаров Рустам, тел. 8-925-765-43-21.',
       lab('decided', '15377', [], 'заявка принята', 'KOI8-R, The Bat quote with "Д>" prefix; phone'),
       reply_to='15377')
letter('rustam', '2026-11-12 10:31', '15377 (1)',
       'еду на склад промзона стр 4',
       lab('decided', '15377', ['1'], 'подрядчик в пути', 'position in brackets in subject'))
letter('rustam', '2026-11-12 11:19', '15377-1 на месте',
       'на месте',
       lab('decided', '15377', ['1'], 'подрядчик на месте', ''))
letter('rustam', '2026-11-12 15:02', 'Re: 15377-1 на месте',
       'завесу на 1 воротах подключил проверил греет. 2 и 3 завтра',
       lab('decided', '15377', ['1'], 'подрядчик убыл', 'Re subject names old status, body reports done'),
       quote=('Рустам Сафаров', 'rustam.safarov1990@gmail.com', T('2026-11-12 11:19'), 'на месте'))
letter('kolya', '2026-11-13 09:11', 'склад',
       '15377 позиции 2,3 прибыли на склад, газель Х 417 ОР 750',
       lab('decided', '15377', ['2', '3'], 'подрядчик на месте', 'car plate digits'))
letter('kolya', '2026-11-13 14:02', '15377',
       'по заявке 15 377 вторая и третья позиция все сделали убываем',
       lab('decided', '15377', ['2', '3'], 'подрядчик убыл', 'voice dictation split the number "15 377"'))
letter('owner', '2026-11-13 19:30', 'за сегодня',
       'сегодня 15377 закончили все три ворота и 15402 приняли на завтра',
       lab('review', note='two different requests in one letter'))

# ---- 15402 поликлиника смесители
letter('owner', '2026-11-13 10:39', 'Re: Заявка № 15402 от 13.11.2026',
       'принято',
       lab('decided', '15402', [], 'заявка принята', 'whole thread quoted'), reply_to='15402')
letter('kolya', '2026-11-14 12:32', 'поликлиника смесители',
       'наряд 15402 смесители 4 шт Grohe 32867 поставили проверили. всё',
       lab('decided', '15402', [], 'подрядчик убыл', 'result, part number 32867'), fmt='alt')

# ---- 15519 ТЦ Орбита
letter('owner', '2026-11-16 09:24', 'Re: Заявка № 15519 от 16.11.2026',
       'берем',
       lab('decided', '15519', [], 'заявка принята', ''), reply_to='15519')
letter('rustam', '2026-11-16 10:52', '15519 поз2',
       'на месте',
       lab('decided', '15519', ['2'], 'подрядчик на месте', '"поз2" glued in subject'))
letter('rustam', '2026-11-16 12:58', '15519',
       '15519 поз 2 закончил. на поз 1 переезжаю',
       lab('review', note='different statuses for different positions (2 done, 1 travelling)'))
letter('rustam', '2026-11-16 13:31', '15519 П1',
       'П1 на месте санузлы смотрю',
       lab('decided', '15519', ['1'], 'подрядчик на месте', '"П1"'))
letter('rustam', '2026-11-16 17:12', 'Re: 15519 П1',
       'готово уехал домой',
       lab('decided', '15519', ['1'], 'подрядчик убыл', 'only "готово" + number/position in Re: subject'),
       quote=('Рустам Сафаров', 'rustam.safarov1990@gmail.com', T('2026-11-16 13:31'), 'П1 на месте санузлы смотрю'))
letter('buh', '2026-11-17 11:05', 'RE: счет по заявке 15519',
       'Добрый день!\nНаправляю повторно счет № 212 от 16.11.2026 на сумму 18 400 руб. по заявке 15519.\n'
       'Просим оплатить в срок по договору № 14/26. Акт подписанный пришлите пожалуйста.',
       lab('review', note='invoice/payment talk, no status'))

# ---- 15688 Школьная 2
letter('ownerweb', '2026-11-18 11:22', 'Re: Заявка № 15688 от 18.11.2026',
       'по 15688 приняли, бригада будет в четверг с утра',
       lab('decided', '15688', [], 'заявка принята', 'windows-1251 quoted-printable, mail.ru web'), reply_to='15688')
letter('kolya', '2026-11-19 07:52', 'Re: 15688',
       'еще не выехали машина не заводится, будем позже, отпишусь',
       lab('review', note='negation: not yet left'))
letter('kolya', '2026-11-19 08:31', '15688',
       'выеxали пo зaявке 15688',
       lab('decided', '15688', [], 'подрядчик в пути', 'Latin look-alike letters x, o, a inside Cyrillic words'))
letter('kolya', '2026-11-19 09:12', '15688',
       '15688 нa мecте с 9.05',
       lab('decided', '15688', [], 'подрядчик на месте', 'Latin a, c, e in "на месте"'))
letter('kolya', '2026-11-19 17:02', 'Re: 15688',
       'сегодня сделали поз 1 и 2. по поз 3 нужна задвижка Ду50, заказали, приедем в понедельник',
       lab('decided', '15688', ['1', '2'], 'подрядчик убыл', 'pos 3 planned; Ду50 is a size'))
letter('kolya', '2026-11-23 10:03', '15688 п3',
       'на месте задвижку привезли',
       lab('decided', '15688', ['3'], 'подрядчик на месте', ''))
letter('kolya', '2026-11-23 13:47', '15688 П3',
       '15688 П3 ЗАКОНЧИЛИ УБЫЛИ',
       lab('decided', '15688', ['3'], 'подрядчик убыл', 'caps'))

# ---- 15730 Строителей 15 кв 48 аварийная
letter('rustam', '2026-11-20 09:41', 'Строителей 15',
       'Убыл на объект по 15730 кв 48',
       lab('decided', '15730', [], 'подрядчик в пути', '"убыл НА объект" = left for the site'))
letter('rustam', '2026-11-20 10:18', '15730',
       '15730 прибыл',
       lab('decided', '15730', [], 'подрядчик на месте', ''))
letter('rustam', '2026-11-20 10:40', '15730 поз 2',
       '15730 поз 2 на месте, там еще у соседей снизу течет',
       lab('review', note='position 2 does not exist in 15730'))
letter('rustam', '2026-11-20 12:09', 'Re: 15730',
       'с объекта 15 730 убыл течь устранил стояк в кв 52 тоже посмотрел',
       lab('decided', '15730', [], 'подрядчик убыл', '"с объекта убыл" = left from site; кв 52 not a number of request'))

# ---- 15864 спорткомплекс
letter('owner', '2026-11-23 09:52', 'Re: Заявка № 15864 от 23.11.2026',
       'принята',
       lab('decided', '15864', [], 'заявка принята', ''), reply_to='15864')
letter('owner', '2026-11-23 10:15', 'Re: Заявка № 15864 от 23.11.2026',
       'в заявке адрес парковая 1 а там два корпуса. какой? позвоните 8-916-123-45-67',
       lab('review', note='question about address'), reply_to='15864')
letter('kolya', '2026-11-24 09:16', '15864',
       '15864 на месте',
       lab('decided', '15864', [], 'подрядчик на месте', 'photo'), photos=['IMG_20261124_091455.jpg', 'IMG_20261124_091502.jpg'])
letter('kolya', '2026-11-24 16:01', 'Re: 15864',
       'поз 1 душевые готово, поз 2 счетчик ВСКМ 90-20 поставили пломба № 0427315, показания 00003. уехали в 15 50',
       lab('decided', '15864', ['1', '2'], 'подрядчик убыл', 'seal number, meter model, reading as distractors'))
FWD15864 = ('Добрый день, отчет бригады по 15864 для закрытия, акт приложу позже\n\n'
            '-----Original Message-----\nFrom: Николай Петров [mailto:kolya.petrov77@yandex.ru]\n'
            'Sent: Tuesday, November 24, 2026 4:01 PM\nTo: buh@teplo-gusev.ru\nSubject: 15864\n\n'
            'поз 1 душевые готово, поз 2 счетчик поставили, опломбировали. уехали в 15 50')
letter('buh', '2026-11-25 09:40', 'FW: 15864', FWD15864,
       lab('decided', '15864', ['1', '2'], 'подрядчик убыл', 'Outlook forward "-----Original Message-----"'))

# ---- 15905 библиотека
letter('ownerpc', '2026-11-25 10:21', 'Re: Заявка № 15905 от 25.11.2026',
       'Заявку приняли. Завтра с утра.',
       lab('decided', '15905', [], 'заявка принята', 'KOI8-R reply, number in subject and quote'), reply_to='15905')
letter('owner', '2026-11-25 18:10', '15905',
       '15905 завтра к 9 будем',
       lab('review', note='plan for tomorrow, not on the way now'))
letter('rustam', '2026-11-26 08:44', 'почтовый 5',
       'в пути на 15905 буду через 30 минут',
       lab('decided', '15905', [], 'подрядчик в пути', ''))
letter('rustam', '2026-11-26 09:19', 'Re: Заявка № 15905 от 25.11.2026',
       'на месте',
       lab('decided', '15905', [], 'подрядчик на месте', 'number only in quoted old subject'), reply_to='15905')
letter('rustam', '2026-11-26 14:03', '15905',
       '15905 позиция 1 кран шаровый ду 32 заменил, по позиции 2 радиаторы завтра',
       lab('decided', '15905', ['1'], 'подрядчик убыл', 'pos 1 done, pos 2 planned'))
letter('rustam', '2026-11-27 12:05', '15905 п.2',
       'п.2 сделал уехал',
       lab('decided', '15905', ['2'], 'подрядчик убыл', 'п.2'))

# ---- misc review
letter('rustam', '2026-11-10 10:05', '',
       'на месте',
       lab('review', note='no request number anywhere, empty subject'))
letter('kolya', '2026-11-11 08:20', 'фото',
       'вот',
       lab('review', note='photo with caption "вот", no number, no status'), photos=['IMG_20261111_081744.jpg'])
letter('owner', '2026-11-14 20:12', 'Re: Заявка № 15047 от 03.11.2026',
       'спасибо получили',
       lab('review', note='acknowledgement of the dispatcher\'s message'), reply_to='15047')
letter('kolya', '2026-11-04 12:40', 'ленина',
       '15047 п1 готов, на п2 еще работаем',
       lab('review', note='different statuses for different positions (1 done, 2 on site)'))
letter('owner', '2026-11-03 17:50', 'Re: Заявка № 15012 от 02.11.2026',
       'а можно опрессовку перенести на пятницу? у нас 2 объекта завтра',
       lab('review', note='asks to reschedule, no status'), reply_to='15012')

# ---------------------------------------------------------------- auto / machine mail
SPECIAL = []


def special(name_date, builder, label):
    SPECIAL.append((name_date, builder, label))


def b_autoreply_owner():
    m = Message()
    d = dt('2026-11-28 10:02')
    m['From'] = addr('Андрей Гусев', 'gusev.santeh@mail.ru')
    m['To'] = addr(*DISPATCH)
    m['Subject'] = hdr('Автоответ: Заявка № 15905 - просьба прислать акт')
    m['Date'] = format_datetime(d)
    m['Message-ID'] = msgid('mailru', d)
    m['Auto-Submitted'] = 'auto-replied'
    m['X-Autoreply'] = 'yes'
    m['Precedence'] = 'bulk'
    m['MIME-Version'] = '1.0'
    p = textpart('Здравствуйте! Я в отъезде до 02.12.2026 с ограниченным доступом к почте.\n'
                 'По срочным заявкам звоните мастеру Николаю 8-903-512-17-40.\nИП Гусев А.В.')
    for k, v in p.items():
        m[k] = v
    m._payload = p._payload
    return m, d


def b_autoreply_kolya():
    m = Message()
    d = dt('2026-11-21 11:16')
    m['From'] = addr('Николай Петров', 'kolya.petrov77@yandex.ru')
    m['To'] = addr(*DISPATCH)
    m['Subject'] = hdr('Re: Заявка № 15730 от 20.11.2026 (автоответ)')
    m['Date'] = format_datetime(d)
    m['Message-ID'] = msgid('yandex', d)
    m['Auto-Submitted'] = 'auto-replied'
    m['X-Yandex-Autoreply'] = 'yes'
    m['MIME-Version'] = '1.0'
    p = textpart('Я на объекте, отвечу как освобожусь. Срочно - звоните 8-903-512-17-40', cte='quoted-printable')
    for k, v in p.items():
        m[k] = v
    m._payload = p._payload
    return m, d


def b_bounce():
    d = dt('2026-11-12 15:10')
    m = Message()
    m['From'] = 'Mail Delivery System <MAILER-DAEMON@teplo-gusev.ru>'
    m['To'] = DISPATCH[1]
    m['Subject'] = 'Undelivered Mail Returned to Sender'
    m['Date'] = format_datetime(d)
    m['Message-ID'] = f'<20261112121000.7F3A2C0044@mx.teplo-gusev.ru>'
    m['Auto-Submitted'] = 'auto-replied'
    m['MIME-Version'] = '1.0'
    m['Content-Type'] = 'multipart/report; report-type=delivery-status; boundary="7F3A2C0044.1794488600/mx.teplo-gusev.ru"'
    p1 = textpart('This is the mail system at host mx.teplo-gusev.ru.\n\n'
                  "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                  '<montazh@teplo-gusev.ru>: mailbox unavailable: user unknown\n', cs='us-ascii', cte='7bit')
    p2 = Message()
    p2['Content-Type'] = 'message/delivery-status'
    blk1, blk2 = Message(), Message()
    blk1['Reporting-MTA'] = 'dns; mx.teplo-gusev.ru'
    blk1['Arrival-Date'] = format_datetime(dt('2026-11-12 15:09'))
    blk2['Final-Recipient'] = 'rfc822; montazh@teplo-gusev.ru'
    blk2['Action'] = 'failed'
    blk2['Status'] = '5.1.1'
    blk2['Diagnostic-Code'] = 'smtp; 550 5.1.1 <montazh@teplo-gusev.ru>: Recipient address rejected: User unknown'
    p2._payload = [blk1, blk2]
    p3 = Message()
    p3['Content-Type'] = 'text/rfc822-headers'
    s, qd, qb, qid = disp_msg('15377')
    p3.set_payload(f'From: dispatch@zakazchik-omis.ru\nTo: montazh@teplo-gusev.ru\nSubject: {Header("Re: " + s, "utf-8").encode()}\n'
                   f'Date: {format_datetime(dt("2026-11-12 15:09"))}\nMessage-ID: <disp-15377-r1@zakazchik-omis.ru>\n')
    for p in (p1, p2, p3):
        m.attach(p)
    return m, d


def b_readreceipt(who, date, subj, cl):
    def f():
        pp = P[who]
        d = dt(date)
        m = Message()
        m['From'] = addr(pp['name'], pp['addr'])
        m['To'] = addr(*DISPATCH)
        m['Subject'] = hdr(subj)
        m['Date'] = format_datetime(d)
        m['Message-ID'] = msgid(cl, d)
        m['MIME-Version'] = '1.0'
        m['Content-Type'] = 'multipart/report; report-type=disposition-notification; boundary="mdn_%06d"' % rnd.randrange(10**6)
        orig = subj.split(': ', 1)[1]
        m.attach(textpart(f'Ваше сообщение\n\n   Кому: {pp["addr"]}\n   Тема: {orig}\n\nбыло прочитано {d:%d.%m.%Y %H:%M}.'))
        p2 = Message()
        p2['Content-Type'] = 'message/disposition-notification'
        p2.set_payload(f'Reporting-UA: {pp["addr"].split("@")[1]}\nFinal-Recipient: rfc822; {pp["addr"]}\n'
                       'Disposition: manual-action/MDN-sent-manually; displayed\n')
        m.attach(p2)
        return m, d
    return f


def b_calendar():
    d = dt('2026-11-20 08:12')
    m = Message()
    m['From'] = addr('Рустам Сафаров', 'rustam.safarov1990@gmail.com')
    m['To'] = addr(*DISPATCH)
    m['Subject'] = hdr('Принято: Выезд 15730 Строителей 15 @ пт 20 нояб. 2026 10:00 - 12:00 (MSK)')
    m['Date'] = format_datetime(d)
    m['Message-ID'] = msgid('gmail', d)
    m['MIME-Version'] = '1.0'
    m['Content-Type'] = 'multipart/mixed; boundary="cal_000153"'
    alt = Message()
    alt['Content-Type'] = 'multipart/alternative; boundary="cal_alt_000153"'
    alt.attach(textpart('Рустам Сафаров принял это приглашение.\n\nВыезд 15730 Строителей 15\n'
                        'пятница, 20 ноября 2026 г. 10:00 - 12:00 (Москва)\n\nПриглашение из Google Календаря\n',
                        cte='quoted-printable'))
    ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n'
           'METHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20261120T070000Z\r\nDTEND:20261120T090000Z\r\n'
           'DTSTAMP:20261120T051200Z\r\nORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n'
           'UID:disp-15730-visit@zakazchik-omis.ru\r\n'
           'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rustam.safarov1990@gmail.com\r\n'
           'SUMMARY:Выезд 15730 Строителей 15\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
    cal = textpart(ics, 'calendar', cte='base64')
    cal.replace_header('Content-Type', 'text/calendar; charset="UTF-8"; method=REPLY')
    alt.attach(cal)
    m.attach(alt)
    att = textpart(ics, 'calendar', cte='base64')
    att.replace_header('Content-Type', 'application/ics; name="invite.ics"')
    att['Content-Disposition'] = 'attachment; filename="invite.ics"'
    m.attach(att)
    return m, d


def b_news():
    d = dt('2026-11-16 07:00')
    m = Message()
    m['From'] = addr('Тепло-Гусев', 'news@teplo-gusev.ru')
    m['To'] = DISPATCH[1]
    m['Subject'] = hdr('Готовим отопление к зиме: скидка 10% на обслуживание котлов до 30.11')
    m['Date'] = format_datetime(d)
    m['Message-ID'] = f'<news.20261116070000.88412@teplo-gusev.ru>'
    m['Precedence'] = 'bulk'
    m['List-Id'] = '<news.teplo-gusev.ru>'
    m['List-Unsubscribe'] = '<https://teplo-gusev.ru/unsub?u=88412>, <mailto:unsub@teplo-gusev.ru?subject=unsubscribe>'
    m['X-Mailer'] = 'UniSender'
    m['MIME-Version'] = '1.0'
    h = ('<html><body><h2>Уважаемые клиенты!</h2><p>Наша бригада выезжает на объект в день обращения. '
         'Обслуживание газовых и электрических котлов, промывка систем отопления, опрессовка.</p>'
         '<p>Скидка 10% до 30.11.2026. Звоните: +7 (916) 123-45-67</p>'
         '<p><a href="https://teplo-gusev.ru/unsub?u=88412">Отписаться от рассылки</a></p></body></html>')
    p = textpart(h, 'html')
    for k, v in p.items():
        m[k] = v
    m._payload = p._payload
    return m, d


special('auto1', b_autoreply_owner, lab('ignored', note='out-of-office auto-reply (Auto-Submitted)'))
special('auto2', b_autoreply_kolya, lab('ignored', note='Yandex auto-reply "я на объекте" - machine text, not a report'))
special('bounce', b_bounce, lab('ignored', note='delivery failure report'))
special('mdn1', b_readreceipt('kolya', '2026-11-18 12:40', 'Прочитано: Заявка № 15688 от 18.11.2026', 'yandex'),
        lab('ignored', note='read receipt'))
special('mdn2', b_readreceipt('owner', '2026-11-25 10:15', 'Прочитано: Заявка № 15905 от 25.11.2026', 'mailru'),
        lab('ignored', note='read receipt'))
special('news', b_news, lab('ignored', note='bulk newsletter (List-Unsubscribe, Precedence: bulk)'))


def main():
    # drop the placeholder calendar letter from the plain list; the real one is built in SPECIAL
    items = []
    for s in LETTERS:
        if s['subject'].startswith('Принято: Выезд'):
            continue
        items.append((dt(s['date']), 'L', s))
    items.append((dt('2026-11-20 08:12'), 'S', (b_calendar, lab('ignored', note='Google Calendar meeting response (METHOD:REPLY)'))))
    for key, b, l in SPECIAL:
        m, d = b()
        items.append((d, 'S', (lambda m=m, d=d: (m, d), l)))
    items.sort(key=lambda x: x[0])
    for f in os.listdir(LDIR):
        os.remove(os.path.join(LDIR, f))
    for i, (d, kind, s) in enumerate(items, 1):
        name = f'{i:03d}.eml'
        if kind == 'L':
            m, _ = build(s, i)
            LABELS[name] = s['label']
        else:
            m, _ = s[0]()
            LABELS[name] = s[1]
        write(name, m)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
        json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'letters')


if __name__ == '__main__':
    main()
