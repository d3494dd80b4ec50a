import json, os, email
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
OUT=os.path.dirname(os.path.abspath(__file__))
reg=json.load(open(f"{OUT}/registry.json")); lab=json.load(open(f"{OUT}/labels.json"))
reqs={r["number"]:r for r in reg["requests"]}
files=sorted(f for f in os.listdir(f"{OUT}/letters") if f.endswith(".eml"))
assert set(files)==set(lab), (set(files)^set(lab))
ST={"заявка принята","подрядчик в пути","подрядчик на месте","подрядчик убыл"}
mids=set(); cnt={}
last={}
for f in files:
    raw=open(f"{OUT}/letters/{f}","rb").read()
    m=email.message_from_bytes(raw, policy=policy.default)
    for h in ("Message-ID","Date","From","To","Subject"): assert m[h], (f,h)
    assert m["Message-ID"] not in mids; mids.add(m["Message-ID"])
    dte=parsedate_to_datetime(m["Date"]); assert dte.year==2026 and dte.month==11, f
    a=parseaddr(str(m["From"]))[1].lower()
    assert a in reg["contractor"]["emails"] or a.split("@")[1] in reg["contractor"]["domains"], (f,a)
    for p in m.walk():
        if p.get_content_maintype()=="text": p.get_content()
    L=lab[f]; cnt[L["expect"]]=cnt.get(L["expect"],0)+1
    if L["expect"]=="decided":
        r=reqs[L["request"]]; assert set(L["positions"])<=set(r["positions"]), f
        assert L["status"] in ST, f
        assert dte>datetime.fromisoformat(r["registered_at"]), f
        assert dte.weekday()<6 or True
print(len(files), cnt)
