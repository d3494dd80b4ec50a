import email, json, os, sys
from email import policy
HERE=os.path.dirname(os.path.abspath(__file__))
L=os.path.join(HERE,'letters')
labels=json.load(open(os.path.join(HERE,'labels.json'),encoding='utf-8'))
reg=json.load(open(os.path.join(HERE,'registry.json'),encoding='utf-8'))
emails={e.lower() for e in reg['contractor']['emails']}; doms={d.lower() for d in reg['contractor']['domains']}
regd={r['number']:r for r in reg['requests']}
files=sorted(f for f in os.listdir(L) if f.endswith('.eml'))
assert set(files)==set(labels), (set(files)^set(labels))
mids=set(); verbose='-v' in sys.argv
from collections import Counter
c=Counter()
for f in files:
    m=email.message_from_bytes(open(os.path.join(L,f),'rb').read(),policy=policy.default)
    frm=m['From'].addresses[0].addr_spec.lower()
    assert frm in emails or frm.split('@')[1] in doms, f
    assert m['Message-ID'] not in mids; mids.add(m['Message-ID'])
    d=m['Date'].datetime; assert d.year==2026 and d.month==11, f
    lab=labels[f]
    if lab['expect']=='decided':
        r=regd[lab['request']]; assert set(lab['positions'])<=set(r['positions']),f
        assert lab['status'] in ('заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл')
        from datetime import datetime
        assert d>datetime.fromisoformat(r['registered_at']), f
    c[(lab['expect'],lab.get('status'))]+=1
    for part in m.walk():
        if part.get_content_maintype()=='text':
            part.get_content()
    if verbose:
        b=m.get_body(preferencelist=('plain','html'))
        print('=====',f,m['Date'],'|',m['From'],'|',m['Subject'],'|',json.dumps(lab,ensure_ascii=False))
        print(b.get_content()[:700] if b else '(no body)')
for k,v in sorted(c.items(),key=str): print(k,v)
print('OK',len(files))
