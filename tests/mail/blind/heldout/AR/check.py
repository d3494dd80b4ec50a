import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime
import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
L=json.load(open(os.path.join(OUT,'labels.json')))
R=json.load(open(os.path.join(OUT,'registry.json')))
reg={r['number']:r for r in R['requests']}
files=sorted(f for f in os.listdir(os.path.join(OUT,'letters')) if f.endswith('.eml'))
assert set(files)==set(L), (set(files)^set(L))
mids=set(); cnt={}
show='-v' in sys.argv
for f in files:
    raw=open(os.path.join(OUT,'letters',f),'rb').read()
    m=email.message_from_bytes(raw,policy=policy.default)
    for h in ('Message-ID','Date','From','To','Subject'):
        assert m[h] is not None, (f,h)
    mid=m['Message-ID']; assert mid not in mids; mids.add(mid)
    d=parsedate_to_datetime(m['Date']); assert d.year==2026 and d.month==11,(f,d)
    fr=m['From'].addresses[0].addr_spec
    assert fr in R['contractor']['emails'] or fr.split('@')[1] in R['contractor']['domains'], fr
    lab=L[f]; cnt[lab['expect']]=cnt.get(lab['expect'],0)+1
    if lab['expect']=='decided':
        r=reg[lab['request']]
        assert all(p in r['positions'] for p in lab['positions']),f
        assert d>datetime.datetime.fromisoformat(r['registered_at']),f
        assert lab['status'] in ('заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл')
    # walk parts, decode all text
    for part in m.walk():
        if part.get_content_maintype()=='text':
            txt=part.get_content()
            if show and part.get_content_subtype()=='plain':
                pass
    if show:
        body=m.get_body(preferencelist=('plain','html'))
        print('=====',f,d.strftime('%d %H:%M'),fr,'|',m['Subject'],'|',m.get_content_type())
        print(' LABEL',lab)
        if body is not None: print('  '+body.get_content()[:400].replace('\n','\n  '))
print(len(files),cnt)
