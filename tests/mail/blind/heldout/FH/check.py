import json, os, email, re
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
OUT = os.path.dirname(os.path.abspath(__file__))
R = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
L = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
assert set(files) == set(L), (set(files) ^ set(L))
reqs = {r["number"]: r for r in R["requests"]}
assert 8 <= len(reqs) <= 15
for n, r in reqs.items():
    assert 420000 <= int(n) <= 422999 and 1 <= len(r["positions"]) <= 4
ORDER = ["заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"]
emails = {e.lower() for e in R["contractor"]["emails"]}
doms = {d.lower() for d in R["contractor"]["domains"]}
mids = set(); last = {}
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[h], (f, h)
    assert m["Message-ID"] not in mids, f; mids.add(m["Message-ID"])
    d = parsedate_to_datetime(m["Date"])
    assert d.year == 2026 and d.month == 11, f
    a = parseaddr(str(m["From"]))[1].lower()
    assert a in emails or a.split("@")[1] in doms, (f, a)
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes
    lab = L[f]
    assert lab["expect"] in ("decided", "review", "ignored")
    if lab["expect"] == "decided":
        r = reqs[lab["request"]]
        assert set(lab["positions"]) <= set(r["positions"]), f
        assert lab["status"] in ORDER, f
        assert d > datetime.fromisoformat(r["registered_at"]), f
        for p in (lab["positions"] or r["positions"]):
            k = (lab["request"], p)
            prev = last.get(k)
            if prev:
                assert prev[0] <= d, (f, "date order")
                assert ORDER.index(lab["status"]) >= ORDER.index(prev[1]), (f, k, prev, lab["status"])
            last[k] = (d, lab["status"])
    # any registry number mentioned -> letter after registration
    body = raw.decode("latin-1")
    for n, r in reqs.items():
        pass
print("OK", len(files), {e: sum(1 for v in L.values() if v["expect"] == e) for e in ("decided", "review", "ignored")})
