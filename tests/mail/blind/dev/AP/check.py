import email, email.policy, json, os, datetime, collections
OUT='/work/blind8/AP'
labels=json.load(open(f'{OUT}/labels.json')); reg=json.load(open(f'{OUT}/registry.json'))
files=sorted(f for f in os.listdir(f'{OUT}/letters'))
assert set(files)==set(labels), (set(files)^set(labels))
reqs={r['number']:r for r in reg['requests']}
emails={e.lower() for e in reg['contractor']['emails']}; doms=reg['contractor']['domains']
mids=set(); cnt=collections.Counter()
for f in files:
    raw=open(f'{OUT}/letters/{f}','rb').read()
    m=email.message_from_bytes(raw, policy=email.policy.default)
    for h in ('Message-ID','Date','From','To','Subject'):
        assert m[h] is not None, (f,h)
    mid=m['Message-ID']; assert mid not in mids, f; mids.add(mid)
    d=m['Date'].datetime; assert d.year==2026 and d.month==11, f
    addr=m['From'].addresses[0].addr_spec.lower()
    assert addr in emails or addr.split('@')[1] in doms, (f,addr)
    assert not m.defects, (f, m.defects)
    for part in m.walk():
        if part.get_content_maintype()=='text':
            part.get_content()
        assert not part.defects, (f, part.defects)
    L=labels[f]; cnt[L['expect']]+=1
    if L['expect']=='decided':
        r=reqs[L['request']]
        assert all(p in r['positions'] for p in L['positions']), f
        assert L['status'] in ('заявка принята','подрядчик в пути','подрядчик на месте','подрядчик убыл')
        assert d > datetime.datetime.fromisoformat(r['registered_at']), f
print(len(files), dict(cnt))
