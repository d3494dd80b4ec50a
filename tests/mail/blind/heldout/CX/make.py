#!/usr/bin/env python3
# Generator of test letters for persona ООО «Домофон-Сервис» (Ижевск, +0400).
# Standard library only. Writes letters/NNN.eml, labels.json, registry.json.
import base64, quopri, json, os, random, datetime, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
TZ = datetime.timezone(datetime.timedelta(hours=4))
MSK = datetime.timezone(datetime.timedelta(hours=3))
rnd = random.Random(18975)

DISPATCH = ('Петрова Наталья Сергеевна', 'dispatch@zakazchik-omis.ru')

PEOPLE = {
    'olga':   ('Ольга Кузнецова', 'olga.kuznecova@domofon-servis18.ru'),
    'marina': ('Марина Шиляева', 'marina@domofon-servis18.ru'),
    'disp':   ('Домофон-Сервис, диспетчерская', 'dispatcher@domofon-servis18.ru'),
    'sasha':  ('Александр Мохов', 'sasha.mokhov88@mail.ru'),
    'dima':   ('Дмитрий Корепанов', 'korepanov.dima@yandex.ru'),
    'buh':    ('Бухгалтерия', 'buh@domofon-servis18.ru'),
    'daemon': ('Mail Delivery System', 'mailer-daemon@domofon-servis18.ru'),
    'news':   ('Домофон-Сервис', 'news@domofon-servis18.ru'),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «Домофон-Сервис»",
        "emails": [p[1] for p in PEOPLE.values()],
        "domains": ["domofon-servis18.ru"],
    },
    "requests": [
        {"number": "975112", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "г. Ижевск, ул. Пушкинская, 154: замена вызывных панелей — поз. 1 подъезд 1, поз. 2 подъезд 2, поз. 3 подъезд 3"},
        {"number": "975340", "positions": ["1", "2"], "registered_at": "2026-11-02T14:00:00+03:00",
         "comment": "МБОУ СОШ № 56, ул. Ленина, 93: поз. 1 калитка (электромагнитный замок), поз. 2 дверь запасного выхода (доводчик)"},
        {"number": "975871", "positions": ["1"], "registered_at": "2026-11-04T10:30:00+03:00",
         "comment": "ул. Ленина, 21, подъезд 4: не работает домофон"},
        {"number": "976045", "positions": ["1", "2"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "ул. Удмуртская, 255: поз. 1 вызывная панель подъезд 1, поз. 2 доводчик подъезд 2"},
        {"number": "976503", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T08:30:00+03:00",
         "comment": "МБОУ СОШ № 88, ул. Молодёжная, 30: 1 калитка главная, 2 калитка хоздвор, 3 дверь запасного выхода, 4 вызывная панель центрального входа"},
        {"number": "977018", "positions": ["1"], "registered_at": "2026-11-09T11:00:00+03:00",
         "comment": "ул. Карла Маркса, 244: изготовление и программирование ключей домофона"},
        {"number": "977260", "positions": ["1", "2"], "registered_at": "2026-11-10T08:00:00+03:00",
         "comment": "ул. 10 лет Октября, 53: 1 трубка кв. 45 (подъезд 1), 2 кнопка вызова панели подъезд 3"},
        {"number": "977734", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "Гимназия № 24, ул. Бородина, 21: 1 калитка, 2 вызывная панель, 3 дверь запасного выхода (электрозамок)"},
        {"number": "978109", "positions": ["01", "02"], "registered_at": "2026-11-13T10:00:00+03:00",
         "comment": "ул. Автозаводская, 3а: 01 подъезд 1, 02 подъезд 2 — не открывается входная дверь"},
        {"number": "978552", "positions": ["1"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "ул. Горького, 79: домофон, нет связи с квартирами"},
        {"number": "979006", "positions": ["1", "2"], "registered_at": "2026-11-18T08:00:00+03:00",
         "comment": "МБОУ СОШ № 25, ул. Ворошилова, 107: 1 калитка, 2 дверь запасного выхода (кнопка выхода, замок)"},
        {"number": "979430", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "ул. Клубная, 46: вызывные панели — поз. 1 подъезд 1, поз. 2 подъезд 2, поз. 3 подъезд 3"},
    ],
}
REG = {r['number']: r for r in REGISTRY['requests']}

# ---------------------------------------------------------------- MIME helpers

def ew(s, cs='utf-8', mode='B'):
    """RFC 2047 encode a header value if it is not pure ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    maxraw = 42 if mode == 'B' else 18
    # split preferably at spaces (the space stays at the end of a chunk)
    tokens = []
    for i, t in enumerate(s.split(' ')):
        tokens.append(t if i == len(s.split(' ')) - 1 else t + ' ')
    words, cur = [], ''
    for t in tokens:
        if cur and len((cur + t).encode(cs)) > maxraw:
            words.append(cur)
            cur = ''
        while len(t.encode(cs)) > maxraw:
            k = len(t)
            while len(t[:k].encode(cs)) > maxraw:
                k -= 1
            if cur:
                words.append(cur)
                cur = ''
            words.append(t[:k])
            t = t[k:]
        cur += t
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        ('_' if c == 32 else '=%02X' % c) for c in b)
            out.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(out)


def addr(who, cs='utf-8', mode='B'):
    name, mail = who
    if not name:
        return mail
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, mail)
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, cs, mode), mail)


def encbody(text, cs, cte):
    raw = text.replace('\r\n', '\n').encode(cs)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text, cs='utf-8', cte='base64', extra=None):
    h = ['Content-Type: %s; charset="%s"' % (ctype, cs), 'Content-Transfer-Encoding: %s' % cte]
    if extra:
        h += extra
    return (h, encbody(text, cs, cte))


def raw_leaf(headers, body_bytes):
    return (headers, body_bytes)


def boundary():
    return '----=_Part_%d_%d.%d' % (rnd.randint(1000, 99999), rnd.randint(10**8, 10**9), rnd.randint(10**12, 10**13))


def multi(subtype, parts, params=''):
    b = boundary()
    h = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, b)]
    body = b'This is a multi-part message in MIME format.\n\n'
    for ph, pb in parts:
        body += b'--' + b.encode() + b'\n' + '\n'.join(ph).encode('ascii') + b'\n\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return (h, body)


def serialize(top_headers, entity):
    eh, eb = entity
    data = '\n'.join(top_headers + ['MIME-Version: 1.0'] + eh).encode('ascii') + b'\n\n' + eb
    return data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def msgid(client, dt):
    ts = int(dt.timestamp())
    if client == 'outlook':
        return '<%04x01dd%04x$%08x$%08x$@domofon-servis18.ru>' % (rnd.randint(0, 0xffff), rnd.randint(0, 0xffff),
                                                                  rnd.randint(0, 0xffffffff), rnd.randint(0, 0xffffffff))
    if client in ('yandex', 'yandex_mobile'):
        return '<%d%d@mail.yandex.ru>' % (rnd.randint(100000, 999999), ts)
    if client == 'mailru':
        return '<%d.%d@f%d.i.mail.ru>' % (ts, rnd.randint(10**8, 10**9), rnd.randint(100, 999))
    if client == 'thebat':
        return '<%d.%s@domofon-servis18.ru>' % (rnd.randint(10**8, 10**9), dt.strftime('%Y%m%d%H%M%S'))
    return '<%s.%d@domofon-servis18.ru>' % (dt.strftime('%Y%m%d%H%M%S'), rnd.randint(1000, 9999))


def zid(dt):
    return '<%s.%d@zakazchik-omis.ru>' % (dt.strftime('%Y%m%d%H%M%S'), rnd.randint(1000, 9999))


XMAILER = {
    'outlook': ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ru'],
    'yandex': ['X-Mailer: Yamail [ http://yandex.ru ] 5.0'],
    'yandex_mobile': ['X-Mailer: Yamail [ http://yandex.ru ] 5.0', 'X-Yandex-Mobile: Android'],
    'mailru': ['X-Mailer: Mail.Ru Mail for Android 14.63.0'],
    'thebat': ['X-Mailer: The Bat! (v9.4.5) Professional'],
    'bulk': ['X-Mailer: UniSender', 'Precedence: bulk',
             'List-Unsubscribe: <https://domofon-servis18.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>',
             'List-Id: <news.domofon-servis18.ru>'],
    'daemon': ['Auto-Submitted: auto-replied'],
    'none': [],
}

# ---------------------------------------------------------------- signatures & quoting

SIG_OLGA = ('С уважением,\nОльга Кузнецова\nдиспетчер ООО «Домофон-Сервис»\n'
            'г. Ижевск, ул. Кирова, 146, оф. 12\nтел. +7 (3412) 65-43-21, доб. 2')
SIG_MARINA = ('Марина 🌸\nдиспетчер «Домофон-Сервис»\n+7 (3412) 65-43-21, +7 912 018-77-30 (WhatsApp)')
SIG_MARINA_SHORT = 'Марина, «Домофон-Сервис»\n+7 912 018-77-30'
SIG_SASHA = '\nОтправлено из мобильной Почты Mail.ru'
SIG_DIMA = '\n-- \nОтправлено из мобильной Яндекс Почты'
SIG_DISP = ('--\nС уважением, диспетчерская ООО "Домофон-Сервис"\nтел. (3412) 65-43-21')


def gt(s):
    return '\n'.join(('>' + l if l.startswith('>') else '> ' + l) if l else '>' for l in s.split('\n'))


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text2html(s, font='Arial'):
    out = []
    for line in s.split('\n'):
        out.append('<div>%s</div>' % (html_escape(line) if line.strip() else '&nbsp;'))
    return '<html><head></head><body><div style="font-family:%s;font-size:14px">%s</div></body></html>' % (font, '\n'.join(out))


# ---------------------------------------------------------------- letters

L = []   # list of dicts


def add(**kw):
    L.append(kw)


def D(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)

exec(open(os.path.join(OUT, 'letters_spec.py'), encoding='utf-8').read())

# ---------------------------------------------------------------- build


def build(n, spec):
    dt = spec['dt']
    dt = dt.replace(second=rnd.randint(0, 59))
    client = spec.get('client', 'none')
    who = PEOPLE[spec['frm']]
    hcs = spec.get('hcs', 'utf-8')
    hmode = spec.get('hmode', 'B')
    mid = spec.get('mid') or msgid(client, dt)
    spec['_mid'] = mid
    top = [
        'From: ' + addr(who, hcs, hmode),
        'To: ' + spec.get('to', addr(DISPATCH, hcs, hmode)),
    ]
    if spec.get('cc'):
        top.append('Cc: ' + spec['cc'])
    top += [
        'Subject: ' + ew(spec['subj'], hcs, hmode),
        'Date: ' + dt.strftime('%a, %d %b %Y %H:%M:%S +0400'),
        'Message-ID: ' + mid,
    ]
    if spec.get('reply_to_id'):
        top.append('In-Reply-To: ' + spec['reply_to_id'])
        top.append('References: ' + spec['reply_to_id'])
    top += XMAILER.get(client, [])
    top += spec.get('headers', [])
    ent = spec['entity'](spec) if callable(spec['entity']) else spec['entity']
    return serialize(top, ent)


def main():
    if os.path.isdir(LET):
        shutil.rmtree(LET)
    os.makedirs(LET)
    L.sort(key=lambda s: s['dt'])
    labels = {}
    for i, spec in enumerate(L, 1):
        name = '%03d.eml' % i
        # sanity: dates after registration
        req = spec.get('req')
        if req:
            if req in REG:
                reg = datetime.datetime.fromisoformat(REG[req]['registered_at'])
                assert spec['dt'] > reg, (name, req)
        lab = dict(spec['label'])
        if lab['expect'] == 'decided':
            r = REG[lab['request']]
            assert all(p in r['positions'] for p in lab['positions']), name
            assert lab['status'] in ('заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл')
            assert spec['dt'] > datetime.datetime.fromisoformat(r['registered_at'])
        with open(os.path.join(LET, name), 'wb') as f:
            f.write(build(i, spec))
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
        json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v['expect'] for v in labels.values()))


if __name__ == '__main__':
    main()
