#!/usr/bin/env python3
"""Sanity checks for the DS corpus (stdlib only)."""
import email, email.policy, email.utils, json, os, re, collections
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, 'registry.json'), encoding='utf-8'))
labels = json.load(open(os.path.join(OUT, 'labels.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(os.path.join(OUT, 'letters')) if f.endswith('.eml'))
reqs = {r['number']: r for r in reg['requests']}
emails = {e.lower() for e in reg['contractor']['emails']}
domains = {d.lower() for d in reg['contractor']['domains']}
STAT = {'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'}
errs = []
assert set(files) == set(labels), (set(files) ^ set(labels))
mids = set()
for f in files:
    raw = open(os.path.join(OUT, 'letters', f), 'rb').read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    defects = list(m.defects)
    frm = email.utils.parseaddr(str(m['From']))[1].lower()
    if frm not in emails and frm.split('@')[-1] not in domains:
        errs.append((f, 'sender not in registry', frm))
    for h in ('Message-ID', 'Date', 'From', 'To', 'Subject'):
        if m[h] is None:
            errs.append((f, 'missing', h))
    if m['Message-ID'] in mids:
        errs.append((f, 'dup mid'))
    mids.add(m['Message-ID'])
    d = email.utils.parsedate_to_datetime(str(m['Date']))
    if (d.year, d.month) != (2026, 11):
        errs.append((f, 'date', d))
    text = str(m['Subject']) + '\n'
    for part in m.walk():
        defects += part.defects
        if part.get_content_maintype() == 'text':
            text += part.get_content()
        elif part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            for ip in inner.walk():
                if ip.get_content_maintype() == 'text':
                    text += ip.get_content()
    if defects:
        errs.append((f, 'defects', defects))
    lab = labels[f]
    if lab['expect'] == 'decided':
        r = reqs.get(lab['request'])
        if not r:
            errs.append((f, 'request not in registry'))
            continue
        if lab['status'] not in STAT:
            errs.append((f, 'bad status'))
        if not set(lab['positions']) <= set(r['positions']):
            errs.append((f, 'bad positions'))
        if lab['request'] not in text:
            errs.append((f, 'number not in text'))
        if d < email.utils.parsedate_to_datetime(r['registered_at'].replace('T', ' ')) if False else False:
            pass
        import datetime
        if d < datetime.datetime.fromisoformat(r['registered_at']):
            errs.append((f, 'before registered_at'))
c = collections.Counter((l['expect'], l.get('status', '')) for l in labels.values())
for k, v in sorted(c.items()):
    print(k, v)
print(collections.Counter(l['expect'] for l in labels.values()))
print('errors:', errs or 'none')
