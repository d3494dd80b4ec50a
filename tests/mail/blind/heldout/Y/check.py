import email, email.policy, json, os, sys
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
reg=json.load(open(f'{OUT}/registry.json')); lab=json.load(open(f'{OUT}/labels.json'))
reqs={r['number']:r for r in reg['requests']}
files=sorted(os.listdir(f'{OUT}/letters'))
assert set(files)==set(lab), (set(files)^set(lab))
ids=set(); err=0; kinds={}
ST={'заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл'}
for fn in files:
    m=email.message_from_bytes(open(f'{OUT}/letters/{fn}','rb').read(),policy=email.policy.default)
    frm=parseaddr(str(m['From']))[1].lower()
    ok = frm in [e.lower() for e in reg['contractor']['emails']] or frm.split('@')[1] in reg['contractor']['domains']
    mid=m['Message-ID']; d=parsedate_to_datetime(str(m['Date']))
    L=lab[fn]; kinds[L['expect']]=kinds.get(L['expect'],0)+1
    probs=[]
    if not ok: probs.append('from')
    if mid in ids: probs.append('dupid')
    ids.add(mid)
    if not (d.year==2026 and d.month==11): probs.append('date')
    if L['expect']=='decided':
        r=reqs.get(L['request'])
        if not r: probs.append('req')
        else:
            if not set(L['positions'])<=set(r['positions']): probs.append('pos')
            if d<=datetime.fromisoformat(r['registered_at']): probs.append('early')
        if L['status'] not in ST: probs.append('status')
    for part in m.walk():
        if part.get_content_maintype()=='text': part.get_content()
    body=m.get_body(('plain','html'))
    snippet=(body.get_content() if body else '')[:70].replace('\n',' ')
    print(fn, L['expect'][:3], L.get('request',''), L.get('positions',''), L.get('status',''), '|', m['Subject'], '|', snippet, probs or '')
    err+=bool(probs)
print(kinds, 'errors', err, 'total', len(files))
