import email, email.policy, json, os, collections
from email.utils import parseaddr, parsedate_to_datetime
from datetime import datetime
D = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(f'{D}/registry.json')); lab = json.load(open(f'{D}/labels.json'))
files = sorted(os.listdir(f'{D}/letters'))
assert set(files) == set(lab), set(files) ^ set(lab)
R = {r['number']: r for r in reg['requests']}
emails = {e.lower() for e in reg['contractor']['emails']}; doms = set(reg['contractor']['domains'])
mids = collections.Counter(); kinds = collections.Counter(); last = {}
ST = ['заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл']
for f in files:
    m = email.message_from_bytes(open(f'{D}/letters/{f}', 'rb').read(), policy=email.policy.default)
    a = parseaddr(str(m['From']))[1].lower()
    assert a in emails or a.split('@')[1] in doms, (f, a)
    mids[m['Message-ID']] += 1
    d = parsedate_to_datetime(m['Date']); assert d.year == 2026 and d.month == 11, f
    for p in m.walk():
        if p.get_content_maintype() == 'text': p.get_content()
    L = lab[f]; kinds[L['expect']] += 1
    if L['expect'] == 'decided':
        r = R[L['request']]; assert set(L['positions']) <= set(r['positions']), f
        assert L['status'] in ST, f
        assert d > datetime.fromisoformat(r['registered_at']), f
assert all(v == 1 for v in mids.values())
print(len(files), dict(kinds))
