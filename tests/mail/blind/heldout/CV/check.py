import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
labels=json.load(open('labels.json')); reg=json.load(open('registry.json'))
regd={r['number']:r for r in reg['requests']}
emails=set(reg['contractor']['emails']); doms=set(reg['contractor']['domains'])
cnt={}
for f in sorted(os.listdir('letters')):
    raw=open('letters/'+f,'rb').read()
    m=email.message_from_bytes(raw, policy=policy.default)
    lab=labels[f]; cnt[lab['expect']]=cnt.get(lab['expect'],0)+1
    frm=m['From'].addresses[0].addr_spec
    assert frm in emails or frm.split('@')[1] in doms, frm
    d=parsedate_to_datetime(m['Date'])
    if lab['expect']=='decided':
        r=regd[lab['request']]
        assert d>datetime.fromisoformat(r['registered_at']), (f,d)
        for p in lab['positions']: assert p in r['positions'],(f,p)
    body=m.get_body(('plain','html'))
    txt=body.get_content() if body else ''
    print('=====',f,d.strftime('%d %H:%M'),frm,'|',m['Subject'],'|',lab.get('expect'),lab.get('request',''),lab.get('positions',''),lab.get('status',''))
    if '-v' in sys.argv: print(txt[:400])
print(cnt, len(labels))
