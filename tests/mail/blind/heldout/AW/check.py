import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
labels=json.load(open(os.path.join(OUT,'labels.json')))
reg=json.load(open(os.path.join(OUT,'registry.json')))
files=sorted(os.listdir(os.path.join(OUT,'letters')))
assert set(files)==set(labels), (set(files)^set(labels))
reqs={r['number']:r for r in reg['requests']}
emails=set(e.lower() for e in reg['contractor']['emails']); doms=set(reg['contractor']['domains'])
STAT={'заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл'}
mids=set(); cnt={}
verbose='-v' in sys.argv
for fn in files:
    raw=open(os.path.join(OUT,'letters',fn),'rb').read()
    m=email.message_from_bytes(raw,policy=policy.default)
    for h in ('Message-ID','Date','From','To','Subject'): assert m[h], (fn,h)
    assert m['Message-ID'] not in mids; mids.add(m['Message-ID'])
    d=parsedate_to_datetime(m['Date']); assert d.year==2026 and d.month==11, fn
    a=parseaddr(str(m['From']))[1].lower()
    assert a in emails or a.split('@')[1] in doms, (fn,a)
    lab=labels[fn]; cnt[lab['expect']]=cnt.get(lab['expect'],0)+1
    if lab['expect']=='decided':
        r=reqs[lab['request']]
        assert all(p in r['positions'] for p in lab['positions']), fn
        assert lab['status'] in STAT, fn
        assert d>datetime.fromisoformat(r['registered_at']), fn
    # decode all text parts
    texts=[]
    for part in m.walk():
        if part.get_content_maintype()=='text':
            texts.append(part.get_content())
        elif part.get_content_type()=='message/rfc822':
            pass
    if verbose:
        print('=====',fn,d.strftime('%d %H:%M'),a,'|',m['Subject'],'|',json.dumps(lab,ensure_ascii=False))
        t=[x for x in texts if x.strip()]
        print(t[0][:600] if t else '(no text)')
print(len(files),cnt)
