import json, os, email
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
reg=json.load(open(f"{OUT}/registry.json")); lab=json.load(open(f"{OUT}/labels.json"))
files=sorted(os.listdir(f"{OUT}/letters"))
assert set(files)==set(lab), (set(files)^set(lab))
req={r["number"]:r for r in reg["requests"]}
emails=set(e.lower() for e in reg["contractor"]["emails"]); doms=reg["contractor"]["domains"]
ORDER=["заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл"]
mids=set(); cnt={}
hist={}
for f in files:
    m=email.message_from_bytes(open(f"{OUT}/letters/{f}","rb").read(),policy=policy.default)
    assert not m.defects, (f, m.defects)
    for p in m.walk():
        if p.get_content_maintype()=="text": p.get_content()
    frm=m["From"].addresses[0].addr_spec.lower()
    assert frm in emails or frm.split("@")[1] in doms, (f, frm)
    d=parsedate_to_datetime(m["Date"]); assert d.year==2026 and d.month==11, f
    assert m["Message-ID"] not in mids; mids.add(m["Message-ID"])
    L=lab[f]; cnt[L["expect"]]=cnt.get(L["expect"],0)+1
    if L["expect"]=="decided":
        r=req[L["request"]]; assert all(p in r["positions"] for p in L["positions"]), f
        assert L["status"] in ORDER, f
        assert d>datetime.fromisoformat(r["registered_at"]), f
        for p in (L["positions"] or r["positions"]):
            k=(L["request"],p); prev=hist.get(k)
            if prev and ORDER.index(L["status"])<ORDER.index(prev[1]):
                print("ORDER?",f,k,L["status"],"after",prev)
            if not prev or ORDER.index(L["status"])>=ORDER.index(prev[1]): hist[k]=(f,L["status"])
    print(f, d.strftime("%d %a %H:%M"), frm.split("@")[0][:12], str(m["Subject"])[:45], "|", L["expect"], L.get("request",""), L.get("positions",""), L.get("status",""))
print(cnt, len(files))
for r in req:
    for p in req[r]["positions"]:
        print(r,p,hist.get((r,p)))
