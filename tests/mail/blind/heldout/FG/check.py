import json, os, email
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
assert set(files) == set(lab), (set(files) ^ set(lab))
R = {r["number"]: r for r in reg["requests"]}
from datetime import datetime
ORDER = ["заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"]
mids = set(); last = {}
rows = []
for f in files:
    m = email.message_from_bytes(open(os.path.join(OUT, "letters", f), "rb").read(), policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[h], (f, h)
    assert m["Message-ID"] not in mids; mids.add(m["Message-ID"])
    addr = parseaddr(str(m["From"]))[1].lower()
    assert addr in [e.lower() for e in reg["contractor"]["emails"]] or addr.split("@")[1] in reg["contractor"]["domains"], f
    dt = parsedate_to_datetime(m["Date"])
    assert dt.year == 2026 and dt.month == 11, f
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    L = lab[f]
    assert L["expect"] in ("decided", "review", "ignored")
    if L["expect"] == "decided":
        r = R[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in ORDER
        assert dt > datetime.fromisoformat(r["registered_at"]), f
        rows.append((dt, f, L))
rows.sort()
for dt, f, L in rows:
    for p in (L["positions"] or R[L["request"]]["positions"]):
        k = (L["request"], p)
        st = ORDER.index(L["status"])
        if k in last and last[k][0] > st:
            print("REGRESSION", f, k, L["status"], "after", last[k][1])
        last[k] = (st, f)
print("OK", len(files), "letters")
