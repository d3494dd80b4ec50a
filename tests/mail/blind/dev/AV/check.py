import email, json, os, re, sys
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
labels=json.load(open(f'{OUT}/labels.json'))
reg=json.load(open(f'{OUT}/registry.json'))
req={r['number']:r for r in reg['requests']}
files=sorted(os.listdir(f'{OUT}/letters'))
assert set(files)==set(labels), (set(files)^set(labels))
ids=set(); counts={}
emails=set(reg['contractor']['emails']); doms=set(reg['contractor']['domains'])
for f in files:
    raw=open(f'{OUT}/letters/{f}','rb').read()
    m=email.message_from_bytes(raw, policy=policy.default)
    m2=email.message_from_bytes(raw)
    for h in ('From','To','Subject','Date','Message-ID'):
        assert m[h] is not None, (f,h)
    assert m['Message-ID'] not in ids; ids.add(m['Message-ID'])
    frm=m['From'].addresses[0].addr_spec.lower()
    assert frm in emails or frm.split('@')[1] in doms, (f, frm)
    d=parsedate_to_datetime(m['Date']); assert d.year==2026 and d.month==11
    L=labels[f]; counts[L['expect']]=counts.get(L['expect'],0)+1
    if L['expect']=='decided':
        r=req[L['request']]
        assert all(p in r['positions'] for p in L['positions']), f
        assert L['status'] in ('заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл')
        assert d> datetime.fromisoformat(r['registered_at']), (f, d)
    # body text
    body=''
    for p in m.walk():
        if p.get_content_maintype()=='text' and p.get_content_subtype() in('plain','html'):
            body+=p.get_content()
            break
    if '-v' in sys.argv:
        print('=====',f, d.strftime('%d %H:%M'), frm, '|', m['Subject'], '|', L)
        print(body[:600])
print(counts, len(files))
