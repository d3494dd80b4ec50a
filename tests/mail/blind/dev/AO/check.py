#!/usr/bin/env python3
"""Self-check: every letter parses, labels <-> files, labelled requests/positions exist, dates after registration."""
import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
OUT = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(OUT, 'labels.json'), encoding='utf-8'))
reg = json.load(open(os.path.join(OUT, 'registry.json'), encoding='utf-8'))
reqs = {r['number']: r for r in reg['requests']}
files = sorted(f for f in os.listdir(os.path.join(OUT, 'letters')) if f.endswith('.eml'))
ok = True
def bad(*a):
    global ok; ok = False; print('ERROR', *a)
assert set(files) == set(labels), (set(files) ^ set(labels))
mids = set()
emails = {e.lower() for e in reg['contractor']['emails']}
doms = {d.lower() for d in reg['contractor']['domains']}
STAT = {'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'}
from collections import Counter
cnt = Counter()
verbose = '-v' in sys.argv
for f in files:
    raw = open(os.path.join(OUT, 'letters', f), 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    if m.defects: bad(f, 'defects', m.defects)
    for h in ('Message-ID', 'Date', 'From', 'To', 'Subject'):
        if m[h] is None: bad(f, 'missing', h)
    mid = m['Message-ID']
    if mid in mids: bad(f, 'dup mid')
    mids.add(mid)
    d = parsedate_to_datetime(m['Date'])
    if (d.year, d.month) != (2026, 11): bad(f, 'date', d)
    addr = m['From'].addresses[0].addr_spec.lower()
    if addr not in emails and addr.split('@')[1] not in doms: bad(f, 'from', addr)
    lab = labels[f]; cnt[lab['expect']] += 1
    if lab['expect'] == 'decided':
        r = reqs.get(lab['request'])
        if not r: bad(f, 'no request', lab['request']); continue
        for p in lab['positions']:
            if p not in r['positions']: bad(f, 'no position', p)
        if lab['status'] not in STAT: bad(f, 'status', lab['status'])
        if d <= datetime.fromisoformat(r['registered_at']): bad(f, 'before registration')
    # walk all parts to make sure they decode
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == 'multipart': continue
        ct = part.get_content_type()
        if ct.startswith('text/'):
            texts.append((ct, part.get_content()))
        elif ct == 'message/rfc822':
            inner = part.get_payload()[0] if part.is_multipart() else part.get_payload()
    if verbose:
        print('=' * 100)
        print(f, lab)
        print('From:', m['From'], '| Date:', m['Date'])
        print('Subject:', m['Subject'])
        for ct, t in texts:
            if ct == 'text/plain':
                print('--', ct); print(t[:1500])
                break
        else:
            for ct, t in texts:
                print('--', ct); print(t[:800]); break
print(dict(cnt), 'total', len(files), 'OK' if ok else 'FAILED')
