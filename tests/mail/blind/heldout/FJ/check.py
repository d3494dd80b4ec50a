import json, os, email
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
H=os.path.dirname(os.path.abspath(__file__))
labels=json.load(open(os.path.join(H,'labels.json'),encoding='utf-8'))
reg=json.load(open(os.path.join(H,'registry.json'),encoding='utf-8'))
reqs={r['number']:r for r in reg['requests']}
files=sorted(f for f in os.listdir(os.path.join(H,'letters')) if f.endswith('.eml'))
assert set(files)==set(labels), (set(files)^set(labels))
ST={"заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл"}
mids=set(); cnt={}
emails=set(reg['contractor']['emails']); doms=set(reg['contractor']['domains'])
for f in files:
    raw=open(os.path.join(H,'letters',f),'rb').read()
    m=email.message_from_bytes(raw,policy=policy.default)
    for h in ('From','To','Subject','Date','Message-ID'):
        assert m[h], (f,h)
    mid=m['Message-ID']; assert mid not in mids, f; mids.add(mid)
    d=parsedate_to_datetime(str(m['Date'])); assert d.year==2026 and d.month==11, f
    a=m['From'].addresses[0].addr_spec
    assert a in emails or a.split('@')[1] in doms, (f,a)
    for part in m.walk():
        if part.get_content_maintype()=='text':
            part.get_content()
    L=labels[f]; cnt[L['expect']]=cnt.get(L['expect'],0)+1
    if L['expect']=='decided':
        r=reqs[L['request']]; assert L['status'] in ST
        assert all(p in r['positions'] for p in L['positions']), f
        assert d>datetime.fromisoformat(r['registered_at']), f
print(len(files), cnt)
