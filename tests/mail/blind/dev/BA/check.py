import email, json, os, sys
from email import policy
OUT=os.path.dirname(os.path.abspath(__file__))
labels=json.load(open(os.path.join(OUT,'labels.json')))
reg=json.load(open(os.path.join(OUT,'registry.json')))
reqs={r['number']:r for r in reg['requests']}
files=sorted(f for f in os.listdir(os.path.join(OUT,'letters')) if f.endswith('.eml'))
assert set(files)==set(labels), (set(files)^set(labels))
emails={e.lower() for e in reg['contractor']['emails']}; doms=reg['contractor']['domains']
STAT={"заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл"}
mids=set(); from collections import Counter; c=Counter()
verbose='-v' in sys.argv
for f in files:
    raw=open(os.path.join(OUT,'letters',f),'rb').read()
    m=email.message_from_bytes(raw,policy=policy.default)
    for h in ('From','To','Subject','Date','Message-ID'):
        assert m[h], (f,h)
    assert m['Message-ID'] not in mids; mids.add(m['Message-ID'])
    d=m['Date'].datetime; assert d.year==2026 and d.month==11, f
    a=m['From'].addresses[0].addr_spec.lower()
    assert a in emails or a.split('@')[1] in doms, (f,a)
    lab=labels[f]; c[lab['expect']]+=1
    if lab['expect']=='decided':
        r=reqs[lab['request']]
        assert all(p in r['positions'] for p in lab['positions']), f
        assert lab['status'] in STAT, f
        from datetime import datetime
        assert d>datetime.fromisoformat(r['registered_at']), f
    # walk all parts, decode
    texts=[]
    for part in m.walk():
        if part.get_content_maintype()=='text':
            texts.append((part.get_content_type(), part.get_content()))
    if verbose:
        print('='*70); print(f, lab); print('From:',m['From'],'| Subj:',m['Subject'],'|',m['Date'])
        for ct,t in texts:
            if ct=='text/plain': print(t[:900])
            elif ct=='text/html' and not any(x=='text/plain' for x,_ in texts): print('[HTML]',t[:900])
print(len(files), dict(c))
