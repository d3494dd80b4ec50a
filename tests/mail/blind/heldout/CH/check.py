import json, os, email, sys
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
L = json.load(open('labels.json')); R = json.load(open('registry.json'))
reqs = {r['number']: r for r in R['requests']}
ids = set(); allowed = set(R['contractor']['emails'])
prev = None
for fn in sorted(os.listdir('letters')):
    raw = open('letters/' + fn, 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    assert m['Message-ID'] not in ids, fn; ids.add(m['Message-ID'])
    dt = parsedate_to_datetime(m['Date']); assert dt.month == 11 and dt.year == 2026
    if prev: assert dt >= prev, fn
    prev = dt
    frm = m['From'].addresses[0].addr_spec.lower()
    assert frm in allowed or frm.split('@')[1] in R['contractor']['domains'], (fn, frm)
    lab = L[fn]
    if lab['expect'] == 'decided':
        r = reqs[lab['request']]
        assert set(lab['positions']) <= set(r['positions']), fn
        assert dt > datetime.fromisoformat(r['registered_at']), fn
    if '-v' in sys.argv:
        print('=' * 100); print(fn, lab); print('From:', m['From'], '| Date:', m['Date']); print('Subject:', m['Subject'])
        ct = [p.get_content_type() + '/' + str(p.get_content_charset()) + '/' + str(p['Content-Transfer-Encoding']) for p in m.walk()]
        print('parts:', ct)
        b = m.get_body(preferencelist=('plain', 'html'))
        if b is not None:
            print(b.get_content())
        else:
            print('[no body part]')
assert set(L) == set(os.listdir('letters'))
print('OK', len(L))
