import json, os, email
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
reg=json.load(open('registry.json')); lab=json.load(open('labels.json'))
R={r['number']:r for r in reg['requests']}
files=sorted(os.listdir('letters'))
assert set(files)==set(lab), (set(files)^set(lab))
ids=set(); c={}
STAT={"заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл"}
for f in files:
    raw=open('letters/'+f,'rb').read()
    m=email.message_from_bytes(raw, policy=policy.default)
    d=parsedate_to_datetime(m['Date']); assert d.year==2026 and d.month==11, f
    mid=m['Message-ID']; assert mid and mid not in ids, f; ids.add(mid)
    frm=parseaddr(str(m['From']))[1].lower()
    assert frm in [e.lower() for e in reg['contractor']['emails']] or frm.split('@')[1] in reg['contractor']['domains'], (f,frm)
    assert m['To'] and m['Subject'] is not None
    for part in m.walk():
        if part.get_content_maintype()=='text': part.get_content()
    L=lab[f]; c[L['expect']]=c.get(L['expect'],0)+1
    if L['expect']=='decided':
        r=R[L['request']]; assert set(L['positions'])<=set(r['positions']), f
        assert L['status'] in STAT, f
        assert d>datetime.fromisoformat(r['registered_at']), (f, d)
    print(f, d.isoformat(), L['expect'], L.get('request',''), L.get('positions',''), L.get('status',''), '|', m['Subject'])
print(c, len(files))
