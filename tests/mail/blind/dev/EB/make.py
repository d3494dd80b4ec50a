# -*- coding: utf-8 -*-
"""Generator of test letters for persona: ИП Горбунов В.С., Вологда."""
import base64, json, os, quopri, random, datetime
from email.header import Header
from email.utils import formataddr, format_datetime

from letters import LETTERS, REGISTRY

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
rnd = random.Random(2026)
TZ = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = 'dispatch@zakazchik-omis.ru'

SENDERS = {
    'gvs': ('Горбунов В.С.', 'gvs@gorbunov-teplo.ru'),
    'gvs2': ('ИП Горбунов', 'gvs@gorbunov-teplo.ru'),
    'mailru': ('Владимир Горбунов', 'gorbunov.vs@mail.ru'),
    'dasha': ('Дарья Горбунова', 'dasha.gorbunova@yandex.ru'),
    'daemon': ('Mail Delivery Subsystem', 'mailer-daemon@gorbunov-teplo.ru'),
    'news': ('Горбунов Сантехника Отопление', 'news@gorbunov-teplo.ru'),
}


def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)


def enc_body(text, charset, cte):
    raw = text.replace('\n', '\r\n').encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii').replace('\r\n', '\n')
    if cte == 'base64':
        b = base64.b64encode(raw).decode('ascii')
        return '\n'.join(b[i:i + 76] for i in range(0, len(b), 76))
    return raw.decode(charset)  # 8bit: returned as str, encoded at write time


def msgid(kind, when):
    if kind in ('oe', 'wlm', 'mdn', 'cal'):
        return '<%06x01dc%04x$%08x$%08x@GORBUNOV>' % (rnd.randrange(16**6), rnd.randrange(16**4),
                                                     rnd.randrange(16**8), rnd.randrange(16**8))
    if kind == 'iphone':
        u = '%08X-%04X-%04X-%04X-%012X' % (rnd.randrange(16**8), rnd.randrange(16**4), rnd.randrange(16**4),
                                          rnd.randrange(16**4), rnd.randrange(16**12))
        return '<%s@yandex.ru>' % u
    if kind == 'mailru':
        return '<%d.%d@f%d.i.mail.ru>' % (int(when.timestamp()), rnd.randrange(10**6), rnd.randrange(100, 999))
    dom = {'bounce': 'mail.gorbunov-teplo.ru', 'news': 'smtp-unisender.gorbunov-teplo.ru',
           'yandex': 'mail.yandex.ru', 'mailru_auto': 'autoreply.mail.ru'}.get(kind, kind)
    return '<%d.%06d@%s>' % (int(when.timestamp()), rnd.randrange(10**6), dom)


def hdr(name, value, charset):
    try:
        value.encode('ascii')
        return '%s: %s' % (name, value)
    except UnicodeEncodeError:
        return '%s: %s' % (name, Header(value, charset, header_name=name).encode())


def addr(who, charset):
    name, a = SENDERS[who]
    return formataddr((name, a), charset=charset)


def single_part(ctype, text, charset, cte, extra=''):
    body = enc_body(text, charset, cte)
    h = 'Content-Type: %s;\n\tcharset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, extra, cte)
    return h, body


def build(L):
    when = dt(L['date'])
    client = L.get('client', 'oe')
    charset = L.get('charset', {'oe': 'windows-1251', 'wlm': 'windows-1251', 'iphone': 'utf-8',
                                'mailru': 'utf-8'}.get(client, 'utf-8'))
    cte = L.get('cte', 'quoted-printable')
    who = L.get('from_', {'iphone': 'dasha', 'mailru': 'mailru', 'mailru_auto': 'mailru', 'yandex': 'dasha'}.get(client, 'gvs'))
    lines = []
    mid = msgid(client, when)
    if client in ('oe', 'wlm', 'mdn', 'cal'):
        lines.append('From: %s' % addr(who, charset))
        lines.append('To: %s' % L.get('to', '"Диспетчерская" <%s>' % DISPATCH))
    else:
        lines.append('From: %s' % addr(who, charset))
        lines.append('To: %s' % L.get('to', DISPATCH))
    # encode To display names if non-ascii
    if any(ord(c) > 127 for c in lines[-1]):
        lines[-1] = 'To: %s' % formataddr(('Диспетчерская', DISPATCH), charset=charset)
    lines.append(hdr('Subject', L['subject'], charset))
    lines.append('Date: %s' % format_datetime(when))
    lines.append('Message-ID: %s' % mid)
    if L.get('reply_to_id'):
        lines.append('In-Reply-To: %s' % L['reply_to_id'])
        lines.append('References: %s' % L['reply_to_id'])
    lines.append('MIME-Version: 1.0')
    for k, v in L.get('headers', []):
        lines.append('%s: %s' % (k, v))

    if client == 'oe':
        lines += ['X-Priority: 3', 'X-MSMail-Priority: Normal',
                  'X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
                  'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157']
    elif client == 'wlm':
        lines += ['X-Priority: 3', 'X-MSMail-Priority: Normal', 'Importance: Normal',
                  'X-Mailer: Microsoft Windows Live Mail 16.4.3528.331',
                  'X-MimeOLE: Produced By Microsoft MimeOLE V16.4.3528.331']
    elif client == 'iphone':
        lines += ['X-Mailer: iPhone Mail (21H16)']
    elif client == 'mailru':
        lines += ['X-Mailer: Mail.Ru Mailer 1.0', 'X-Originating-IP: [95.53.12.140]']

    if 'raw_body' in L:  # special structures built by caller
        ctype_hdr, body = L['raw_body']
        text = '\n'.join(lines) + '\n' + ctype_hdr + '\n' + body + '\n'
    elif L.get('html') and L.get('text'):
        b = '----=_NextPart_000_%04X_01DC%04X.%08X' % (rnd.randrange(16**4), rnd.randrange(16**4), rnd.randrange(16**8))
        if client == 'mailru':
            b = '--ALT--%016x' % rnd.randrange(16**16)
        h1, b1 = single_part('text/plain', L['text'], charset, cte)
        h2, b2 = single_part('text/html', L['html'], charset, cte)
        text = '\n'.join(lines) + '\nContent-Type: multipart/alternative;\n\tboundary="%s"\n\n' % b
        text += 'This is a multi-part message in MIME format.\n\n'
        text += '--%s\n%s\n%s\n\n--%s\n%s\n%s\n\n--%s--\n' % (b, h1, b1, b, h2, b2, b)
    elif L.get('html'):
        h, b = single_part('text/html', L['html'], charset, cte)
        text = '\n'.join(lines) + '\n' + h + '\n' + b + '\n'
    else:
        h, b = single_part('text/plain', L['text'], charset, cte,
                           ';\n\tformat=flowed' if client == 'iphone' else '')
        text = '\n'.join(lines) + '\n' + h + '\n' + b + '\n'
    if cte == '8bit' and 'raw_body' not in L:
        return text.encode(charset)
    return text.encode('ascii') if all(ord(c) < 128 for c in text) else text.encode(charset)


def main():
    items = sorted(LETTERS, key=lambda L: L['date'])
    labels = {}
    for old in os.listdir(LET):
        os.remove(os.path.join(LET, old))
    for i, L in enumerate(items, 1):
        name = '%03d.eml' % i
        with open(os.path.join(LET, name), 'wb') as f:
            f.write(build(L))
        labels[name] = L['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
        json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v['expect'] for v in labels.values()))


if __name__ == '__main__':
    main()
