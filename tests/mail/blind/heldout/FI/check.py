import json, os, email
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
reg=json.load(open(os.path.join(OUT,'registry.json')))
lab=json.load(open(os.path.join(OUT,'labels.json')))
files=sorted(os.listdir(os.path.join(OUT,'letters')))
assert set(files)==set(lab), (set(files)^set(lab))
reqs={r['number']:r for r in reg['requests']}
emails=set(e.lower() for e in reg['contractor']['emails']); doms=set(reg['contractor']['domains'])
ids=set(); from collections import Counter; c=Counter()
ST={"заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл"}
for f in files:
    m=email.message_from_bytes(open(os.path.join(OUT,'letters',f),'rb').read(),policy=policy.default)
    for h in ('Message-ID','Date','From','To','Subject'): assert m[h], (f,h)
    assert m['Message-ID'] not in ids; ids.add(m['Message-ID'])
    d=parsedate_to_datetime(m['Date']); assert d.year==2026 and d.month==11,(f,d)
    a=parseaddr(str(m['From']))[1].lower(); assert a in emails or a.split('@')[1] in doms,(f,a)
    for p in m.walk():
        if p.get_content_maintype()=='text': p.get_content()
    L=lab[f]; c[L['expect']]+=1
    if L['expect']=='decided':
        r=reqs[L['request']]; assert all(p in r['positions'] for p in L['positions']),f
        assert L['status'] in ST
        assert d>datetime.fromisoformat(r['registered_at']),(f,d)
print(len(files),dict(c))
