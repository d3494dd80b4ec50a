import json, os, email, email.policy, collections, datetime
from email.utils import parseaddr, parsedate_to_datetime
OUT=os.path.dirname(os.path.abspath(__file__))
reg=json.load(open(f"{OUT}/registry.json")); lab=json.load(open(f"{OUT}/labels.json"))
files=sorted(os.listdir(f"{OUT}/letters"))
assert set(files)==set(lab), (set(files)^set(lab))
R={r["number"]:r for r in reg["requests"]}
emails=set(e.lower() for e in reg["contractor"]["emails"]); doms=set(reg["contractor"]["domains"])
mids=set(); c=collections.Counter()
for f in files:
    m=email.message_from_bytes(open(f"{OUT}/letters/{f}","rb").read(),policy=email.policy.default)
    a=parseaddr(str(m["From"]))[1].lower()
    assert a in emails or a.split("@")[1] in doms, (f,a)
    mid=m["Message-ID"]; assert mid and mid not in mids, f; mids.add(mid)
    dte=parsedate_to_datetime(str(m["Date"])); assert dte.year==2026 and dte.month==11
    assert m["To"] and m["Subject"] is not None
    L=lab[f]; c[L["expect"]]+=1
    if L["expect"]=="decided":
        r=R[L["request"]]; assert set(L["positions"])<=set(r["positions"]), f
        assert L["status"] in ("заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл")
        assert dte>datetime.datetime.fromisoformat(r["registered_at"]), f
    body=m.get_body(("plain","html"))
    txt=body.get_content() if body else ""
    print(f, L["expect"][:3], L.get("request",""), L.get("positions",""), L.get("status",""), "|", str(m["Subject"])[:40], "|", txt.strip().replace("\n"," ")[:70])
print(c, len(files))
