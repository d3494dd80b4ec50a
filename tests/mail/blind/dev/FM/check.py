import json, os, email, re
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
H = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(H, 'registry.json'), encoding='utf-8'))
lab = json.load(open(os.path.join(H, 'labels.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(os.path.join(H, 'letters')) if f.endswith('.eml'))
assert set(files) == set(lab), (set(files) ^ set(lab))
R = {r['number']: r for r in reg['requests']}
emails = set(reg['contractor']['emails']); doms = set(reg['contractor']['domains'])
ST = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
mids = set(); prev = None
for f in files:
    raw = open(os.path.join(H, 'letters', f), 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        assert m[h], (f, h)
    assert m['Message-ID'] not in mids; mids.add(m['Message-ID'])
    addr = m['From'].addresses[0].addr_spec
    assert addr in emails or addr.split('@')[1] in doms, (f, addr)
    d = parsedate_to_datetime(m['Date'])
    assert d.year == 2026 and d.month == 11 or (d.astimezone().month == 11), (f, d)
    assert prev is None or d >= prev, f; prev = d
    # walk all parts and decode text
    for p in m.walk():
        if p.get_content_maintype() == 'text':
            p.get_content()
    L = lab[f]
    assert L['expect'] in ('decided', 'review', 'ignored')
    if L['expect'] == 'decided':
        r = R[L['request']]
        assert L['status'] in ST
        assert all(x in r['positions'] for x in L['positions']), f
        assert d > datetime.fromisoformat(r['registered_at']), (f, d)
    # any registry number mentioned anywhere must be registered before the letter
    txt = raw.decode('latin-1')
    print(f, d.isoformat(), L['expect'], L.get('request', ''), L.get('positions', ''), L.get('status', ''), '|', m['Subject'])
print('OK', len(files))
