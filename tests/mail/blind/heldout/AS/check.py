import email, json, os, sys
from email import policy
L = json.load(open('labels.json')); R = json.load(open('registry.json'))
reqs = {r['number']: r for r in R['requests']}
files = sorted(f for f in os.listdir('letters') if f.endswith('.eml'))
assert set(files) == set(L), (set(files) ^ set(L))
ids = set(); emails = set(R['contractor']['emails']); doms = R['contractor']['domains']
from collections import Counter
cnt = Counter()
for f in files:
    b = open('letters/' + f, 'rb').read()
    m = email.message_from_bytes(b, policy=policy.default)
    assert not m.defects, (f, m.defects)
    for p in m.walk():
        if p.defects: print('DEFECT', f, p.defects)
        if p.get_content_maintype() == 'text': p.get_content()
    mid = m['Message-ID']; assert mid not in ids; ids.add(mid)
    d = m['Date'].datetime
    assert d.year == 2026 and d.month == 11
    frm = m['From'].addresses[0].addr_spec
    assert frm in emails or frm.split('@')[1] in doms, frm
    lab = L[f]; cnt[lab['expect']] += 1
    if lab['expect'] == 'decided':
        r = reqs[lab['request']]
        assert all(p in r['positions'] for p in lab['positions']), f
        assert lab['status'] in ('заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл')
        import datetime
        assert d > datetime.datetime.fromisoformat(r['registered_at']), f
    if '-v' in sys.argv:
        body = m.get_body(('plain','html'))
        txt = body.get_content() if body else '(no body)'
        print('=====', f, lab['expect'], lab.get('request'), lab.get('positions'), lab.get('status'))
        print('From:', m['From'], '| Subj:', m['Subject'], '|', m['Date'])
        print(txt[:600].strip())
print(cnt, sum(cnt.values()))
