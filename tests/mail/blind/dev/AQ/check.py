import email, json, os, collections
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
L=json.load(open(os.path.join(OUT,'labels.json'),encoding='utf-8'))
R=json.load(open(os.path.join(OUT,'registry.json'),encoding='utf-8'))
files=sorted(f for f in os.listdir(os.path.join(OUT,'letters')) if f.endswith('.eml'))
assert set(files)==set(L), (set(files)^set(L))
reqs={r['number']:r for r in R['requests']}
emails=set(e.lower() for e in R['contractor']['emails']); doms=R['contractor']['domains']
mids=set(); STAT={"заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл"}
for f in files:
    raw=open(os.path.join(OUT,'letters',f),'rb').read()
    m=email.message_from_bytes(raw,policy=policy.default)
    assert not m.defects, (f,m.defects)
    for part in m.walk():
        if part.get_content_maintype()=='text':
            part.get_content()
        assert not part.defects,(f,part.defects)
    for h in ('From','To','Subject','Date','Message-ID'): assert m[h], (f,h)
    mid=m['Message-ID']; assert mid not in mids, f; mids.add(mid)
    d=parsedate_to_datetime(m['Date']); assert d.year==2026 and d.month==11, f
    a=parseaddr(str(m['From']))[1].lower()
    assert a in emails or a.split('@')[1] in doms, (f,a)
    lab=L[f]; assert lab['expect'] in ('decided','review','ignored')
    if lab['expect']=='decided':
        r=reqs[lab['request']]
        assert all(p in r['positions'] for p in lab['positions']), f
        assert lab['status'] in STAT
        assert d>datetime.fromisoformat(r['registered_at']), f
print(len(files), collections.Counter(v['expect'] for v in L.values()))
