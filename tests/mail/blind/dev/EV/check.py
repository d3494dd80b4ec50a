#!/usr/bin/env python3
"""Consistency checks for the generated corpus."""
import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(HERE, 'registry.json'), encoding='utf-8'))
labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(os.path.join(HERE, 'letters')) if f.endswith('.eml'))
req = {r['number']: r for r in reg['requests']}
STAT = ['заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл']
ok = True
def bad(*a):
    global ok; ok = False; print('BAD', *a)
if set(files) != set(labels): bad('files/labels mismatch', set(files) ^ set(labels))
mids = set()
emails = set(reg['contractor']['emails']); doms = set(reg['contractor']['domains'])
for f in files:
    raw = open(os.path.join(HERE, 'letters', f), 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if not m[h]: bad(f, 'missing', h)
    mid = m['Message-ID']
    if mid in mids: bad(f, 'dup mid')
    mids.add(mid)
    addr = m['From'].addresses[0].addr_spec
    if addr not in emails and addr.split('@')[1] not in doms: bad(f, 'sender', addr)
    d = parsedate_to_datetime(m['Date'])
    if not (d.year == 2026 and d.month == 11): bad(f, 'date', d)
    for part in m.walk():
        if part.get_content_maintype() == 'text':
            part.get_content()  # decodes
    lab = labels[f]
    if lab['expect'] == 'decided':
        r = req.get(lab['request'])
        if not r: bad(f, 'no request'); continue
        for p in lab['positions']:
            if p not in r['positions']: bad(f, 'position', p)
        if lab['status'] not in STAT: bad(f, 'status')
        if d <= datetime.fromisoformat(r['registered_at']): bad(f, 'before registration')
    elif lab['expect'] not in ('review', 'ignored'): bad(f, 'expect')
# plausible order of statuses per request/position
from collections import defaultdict
seen = defaultdict(int)
for f in files:
    lab = labels[f]
    if lab['expect'] != 'decided': continue
    r = req[lab['request']]
    ps = lab['positions'] or r['positions']
    s = STAT.index(lab['status'])
    for p in ps:
        k = (lab['request'], p)
        if s < seen[k]: print('NOTE order regress', f, k, lab['status'])
        seen[k] = max(seen[k], s)
print('files', len(files), 'OK' if ok else 'PROBLEMS')
