import json, os, email, email.policy, collections, datetime
from email.utils import parsedate_to_datetime, parseaddr
L=json.load(open('labels.json',encoding='utf-8')); R=json.load(open('registry.json',encoding='utf-8'))
files=sorted(f for f in os.listdir('letters') if f.endswith('.eml'))
assert set(files)==set(L), (set(files)^set(L))
reqs={r['number']:r for r in R['requests']}
emails={e.lower() for e in R['contractor']['emails']}; doms={d.lower() for d in R['contractor']['domains']}
mids=collections.Counter(); kinds=collections.Counter()
for f in files:
    m=email.message_from_bytes(open('letters/'+f,'rb').read(),policy=email.policy.default)
    frm=parseaddr(str(m['From']))[1].lower()
    assert frm in emails or frm.split('@')[1] in doms, (f,frm)
    mids[m['Message-ID']]+=1
    d=parsedate_to_datetime(str(m['Date'])); assert d.year==2026 and d.month==11,(f,d)
    lab=L[f]; kinds[lab['expect']]+=1
    for part in m.walk():
        if part.get_content_maintype()=='text': part.get_content()
    if lab['expect']=='decided':
        r=reqs[lab['request']]; assert set(lab['positions'])<=set(r['positions']),f
        assert d>datetime.datetime.fromisoformat(r['registered_at']),(f,d)
        assert lab['status'] in ('заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл')
    body=m.get_body(('plain','html'))
    txt=body.get_content() if body else ''
    print(f, lab['expect'][:3], lab.get('request',''), lab.get('positions',''), lab.get('status',''), '|', m['Subject'], '|', txt.strip().replace('\n',' ')[:90])
assert all(v==1 for v in mids.values())
print(kinds, len(files))
