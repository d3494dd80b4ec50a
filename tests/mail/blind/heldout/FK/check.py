import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
import datetime
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, 'registry.json'), encoding='utf-8'))
lab = json.load(open(os.path.join(OUT, 'labels.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(os.path.join(OUT, 'letters')) if f.endswith('.eml'))
assert set(files) == set(lab), (set(files) ^ set(lab))
reqs = {r['number']: r for r in reg['requests']}
emails = {e.lower() for e in reg['contractor']['emails']}
doms = set(reg['contractor']['domains'])
STAT = {'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'}
mids = set(); cnt = {}
verbose = '-v' in sys.argv
for f in files:
    raw = open(os.path.join(OUT, 'letters', f), 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    assert not m.defects, (f, m.defects)
    frm = parseaddr(str(m['From']))[1].lower()
    assert frm in emails or frm.split('@')[1] in doms, (f, frm)
    d = parsedate_to_datetime(m['Date'])
    assert d.year == 2026 and d.month == 11, f
    mid = m['Message-ID']; assert mid and mid not in mids, f; mids.add(mid)
    L = lab[f]; cnt[L['expect']] = cnt.get(L['expect'], 0) + 1
    if L['expect'] == 'decided':
        r = reqs[L['request']]
        assert L['status'] in STAT, f
        assert all(p in r['positions'] for p in L['positions']), f
        assert d > datetime.datetime.fromisoformat(r['registered_at']), f
    for part in m.walk():
        if part.get_content_maintype() == 'text':
            part.get_content()
    if verbose:
        print('=' * 70, f, L)
        print('From:', m['From'], '| Date:', m['Date'], '\nSubject:', m['Subject'])
        for part in m.walk():
            ct = part.get_content_type()
            if ct in ('text/plain',) or (ct == 'text/html' and not any(p.get_content_type()=='text/plain' for p in m.walk())):
                print('[%s %s %s]' % (ct, part.get_content_charset(), part['Content-Transfer-Encoding']))
                print(part.get_content()[:700])
print(len(files), 'files OK', cnt)
