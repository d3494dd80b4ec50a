import json, os, email
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
from collections import Counter
OUT=os.path.dirname(os.path.abspath(__file__))
reg=json.load(open(os.path.join(OUT,"registry.json")))
lab=json.load(open(os.path.join(OUT,"labels.json")))
files=sorted(f for f in os.listdir(os.path.join(OUT,"letters")) if f.endswith(".eml"))
assert set(files)==set(lab), (set(files)^set(lab))
R={r["number"]:r for r in reg["requests"]}
emails={e.lower() for e in reg["contractor"]["emails"]}; doms=set(reg["contractor"]["domains"])
ST=["заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл"]
mids=set(); c=Counter(); last={}
for f in files:
    m=email.message_from_bytes(open(os.path.join(OUT,"letters",f),"rb").read(),policy=policy.default)
    for h in ("From","To","Subject","Date","Message-ID"): assert m[h], (f,h)
    assert m["Message-ID"] not in mids; mids.add(m["Message-ID"])
    addr=m["From"].addresses[0].addr_spec.lower()
    assert addr in emails or addr.split("@")[1] in doms, (f,addr)
    d=parsedate_to_datetime(m["Date"]); assert d.year==2026 and d.month==11, (f,d)
    # bodies decode
    for part in m.walk():
        if part.get_content_maintype()=="text": part.get_content()
    L=lab[f]; c[L["expect"]]+=1
    if L["expect"]=="decided":
        r=R[L["request"]]; assert L["status"] in ST
        assert all(p in r["positions"] for p in L["positions"]), f
        assert d>datetime.fromisoformat(r["registered_at"]), (f,d)
        for p in (L["positions"] or r["positions"]):
            k=(L["request"],p); prev=last.get(k,(None,-1))
            if prev[1] > ST.index(L["status"]) : print("order?",f,k,prev)
            last[k]=(d,ST.index(L["status"]))
    print(f, L["expect"][:3], L.get("request",""), L.get("positions",""), L.get("status",""), "|", m["Subject"], "|", d.isoformat())
print(c, len(files))
