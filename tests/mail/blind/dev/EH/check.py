import json, os, email, datetime
from email import policy
from email.utils import parsedate_to_datetime
OUT=os.path.dirname(os.path.abspath(__file__))
reg=json.load(open(f'{OUT}/registry.json')); lab=json.load(open(f'{OUT}/labels.json'))
R={r['number']:r for r in reg['requests']}
ST={'заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл'}
files=sorted(os.listdir(f'{OUT}/letters')); assert set(files)==set(lab), set(files)^set(lab)
mids=set(); cnt={}
for f in files:
    m=email.message_from_bytes(open(f'{OUT}/letters/{f}','rb').read(), policy=policy.default)
    frm=m['From'].addresses[0].addr_spec
    assert frm in reg['contractor']['emails'] or frm.split('@')[1] in reg['contractor']['domains'], f
    assert m['Message-ID'] not in mids; mids.add(m['Message-ID'])
    d=parsedate_to_datetime(m['Date']); assert d.year==2026 and d.month==11, f
    for p in m.walk():
        if p.get_content_maintype()=='text': p.get_content()
    L=lab[f]; cnt[L['expect']]=cnt.get(L['expect'],0)+1
    if L['expect']=='decided':
        r=R[L['request']]; assert L['status'] in ST, f
        assert all(x in r['positions'] for x in L['positions']), f
        assert d>datetime.datetime.fromisoformat(r['registered_at']), f
    print(f, L['expect'], L.get('request',''), L.get('positions',''), L.get('status',''), '|', m['Subject'])
print(cnt, len(files))
