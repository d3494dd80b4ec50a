import email, email.policy, json, os, collections
from datetime import datetime
from email.utils import parsedate_to_datetime
L=json.load(open('labels.json')); R=json.load(open('registry.json'))
reqs={r['number']:r for r in R['requests']}
emails={e.lower() for e in R['contractor']['emails']}; doms=set(R['contractor']['domains'])
files=sorted(f for f in os.listdir('letters') if f.endswith('.eml'))
assert set(files)==set(L), (set(files)^set(L))
mids=set(); cnt=collections.Counter()
for f in files:
    m=email.message_from_bytes(open('letters/'+f,'rb').read(), policy=email.policy.default)
    a=m['From'].addresses[0].addr_spec.lower()
    assert a in emails or a.split('@')[1] in doms, (f,a)
    mid=m['Message-ID']; assert mid and mid not in mids,(f,mid); mids.add(mid)
    d=parsedate_to_datetime(m['Date']); assert d.month==11 and d.year==2026,f
    subj=m['Subject']; assert subj is not None, f
    body=m.get_body(('plain','html'))
    txt=body.get_content() if body else ''
    lab=L[f]; cnt[lab['expect']]+=1
    if lab['expect']=='decided':
        r=reqs[lab['request']]
        assert all(p in r['positions'] for p in lab['positions']),f
        assert lab['status'] in ('заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл'),f
        assert d>datetime.fromisoformat(r['registered_at']),(f,d)
    print(f, lab['expect'][:3], lab.get('request',''), lab.get('positions',''), lab.get('status',''),'|',subj,'|',txt[:70].replace('\n',' '))
print(cnt, len(files))
