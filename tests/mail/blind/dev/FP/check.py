import json, glob, os, email, email.policy
from datetime import datetime
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json")))
lab = json.load(open(os.path.join(OUT, "labels.json")))
R = {r["number"]: r for r in reg["requests"]}
ST = ["заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"]
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(OUT, "letters", "*.eml")))
assert set(files) == set(lab), (set(files) ^ set(lab))
ids = set(); last = {}
rows = []
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    assert not m.defects, (f, m.defects)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[h], (f, h)
    mid = m["Message-ID"]; assert mid not in ids, f; ids.add(mid)
    addr = m["From"].addresses[0].addr_spec.lower()
    assert addr in reg["contractor"]["emails"] or addr.split("@")[1] in reg["contractor"]["domains"], (f, addr)
    dt = m["Date"].datetime
    assert dt.year == 2026 and dt.month == 11, f
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes
    L = lab[f]
    assert L["expect"] in ("decided", "review", "ignored"), f
    if L["expect"] == "decided":
        r = R[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in ST, f
        assert dt > datetime.fromisoformat(r["registered_at"]), f
        rows.append((dt, f, L["request"], L["positions"] or r["positions"], ST.index(L["status"])))
for dt, f, req, poss, s in sorted(rows):
    for p in poss:
        k = (req, p)
        if k in last and last[k][0] > s:
            print("status goes back:", f, req, p, ST[s], "after", last[k][1])
        last[k] = (max(s, last.get(k, (0,))[0]), f)
print("OK", len(files), "letters")
