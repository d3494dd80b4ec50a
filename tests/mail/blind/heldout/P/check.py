import email, email.policy, json, os, collections
from email.utils import parseaddr, parsedate_to_datetime
from datetime import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
lab=json.load(open(f'{OUT}/labels.json',encoding='utf-8'))
reg=json.load(open(f'{OUT}/registry.json',encoding='utf-8'))
R={r['number']:r for r in reg['requests']}
files=sorted(os.listdir(f'{OUT}/letters'))
assert set(files)==set(lab), (set(files)^set(lab))
mids=set(); cnt=collections.Counter()
ST={'заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл'}
for fn in files:
    m=email.message_from_bytes(open(f'{OUT}/letters/{fn}','rb').read(),policy=email.policy.default)
    frm=parseaddr(str(m['From']))[1].lower()
    assert frm in reg['contractor']['emails'] or frm.split('@')[1] in reg['contractor']['domains'], fn
    mid=m['Message-ID']; assert mid and mid not in mids, fn; mids.add(mid)
    dt=parsedate_to_datetime(str(m['Date'])); assert dt.year==2026 and dt.month==11, fn
    for h in ('To','Subject'): assert m[h], (fn,h)
    L=lab[fn]; cnt[L['expect']]+=1
    body=m.get_body(preferencelist=('plain','html'))
    txt=body.get_content() if body else ''
    if L['expect']=='decided':
        r=R[L['request']]; assert L['status'] in ST
        assert all(p in r['positions'] for p in L['positions']), fn
        assert dt>datetime.fromisoformat(r['registered_at']), fn
    print(fn, L['expect'], L.get('request',''), L.get('positions',''), L.get('status',''), '|', m['Subject'], '|', ' '.join(txt.split())[:90])
print(cnt, len(files))
