import email, json, os, sys
from email import policy
labels = json.load(open('labels.json'))
reg = {r['number']: r for r in json.load(open('registry.json'))['requests']}
ids=set()
for f in sorted(os.listdir('letters')):
    m = email.message_from_bytes(open('letters/'+f,'rb').read(), policy=policy.default)
    assert m['Message-ID'] not in ids; ids.add(m['Message-ID'])
    lab = labels[f]
    print('='*20, f, m['Date'], '|', m['From'], '|', m['Subject'])
    print('   LABEL:', lab['expect'], lab.get('request',''), lab.get('positions',''), lab.get('status',''))
    if lab['expect']=='decided':
        r = reg[lab['request']]
        assert all(p in r['positions'] for p in lab['positions']), f
        assert email.utils.parsedate_to_datetime(m['Date']).isoformat() > r['registered_at'], f
    part = m.get_body(preferencelist=('plain','html'))
    if part is None:
        print('   [no text body]', m.get_content_type()); continue
    txt = part.get_content()
    if '-v' in sys.argv: print('   ' + txt.replace('\n','\n   ')[:1500])
    else: print('   ' + txt.strip().split('\n')[0][:150])
