import json, os, email, datetime
from email import policy
from email.utils import parsedate_to_datetime
H = os.path.dirname(os.path.abspath(__file__))
L = json.load(open(os.path.join(H, 'labels.json'), encoding='utf-8'))
R = json.load(open(os.path.join(H, 'registry.json'), encoding='utf-8'))
reqs = {r['number']: r for r in R['requests']}
files = sorted(f for f in os.listdir(os.path.join(H, 'letters')) if f.endswith('.eml'))
assert set(files) == set(L), (set(files) ^ set(L))
ST = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
ids = set()
for f in files:
    raw = open(os.path.join(H, 'letters', f), 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        assert m[h], (f, h)
    assert m['Message-ID'] not in ids; ids.add(m['Message-ID'])
    a = m['From'].addresses[0].addr_spec
    assert a in R['contractor']['emails'] or a.split('@')[1] in R['contractor']['domains'], (f, a)
    d = parsedate_to_datetime(m['Date'])
    assert d.year == 2026 and d.month == 11, f
    for part in m.walk():
        if part.get_content_maintype() == 'text':
            part.get_content()
    lab = L[f]
    assert lab['expect'] in ('decided', 'review', 'ignored')
    if lab['expect'] == 'decided':
        r = reqs[lab['request']]
        assert lab['status'] in ST
        assert all(p in r['positions'] for p in lab['positions']), f
        assert d > datetime.datetime.fromisoformat(r['registered_at']), f
    n = lab.get('request')
print('ok', len(files))
import collections; print(collections.Counter(v['expect'] for v in L.values()))
