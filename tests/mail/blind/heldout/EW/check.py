import email, json, os, sys, datetime
from email import policy
OUT = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
reqs = {r["number"]: r for r in reg["requests"]}
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
assert set(files) == set(labels), (set(files) ^ set(labels))
ids = set(); cnt = {}
STAT = ["заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"]
last = {}
for f in files:
    m = email.message_from_bytes(open(os.path.join(OUT, "letters", f), "rb").read(), policy=policy.default)
    mid = m["Message-ID"]; assert mid not in ids; ids.add(mid)
    d = m["Date"].datetime
    assert d.year == 2026 and d.month == 11, f
    frm = m["From"].addresses[0].addr_spec.lower()
    assert frm in [e.lower() for e in reg["contractor"]["emails"]] or frm.split("@")[1] in reg["contractor"]["domains"], f
    assert m["Subject"] and m["To"]
    lab = labels[f]; cnt[lab["expect"]] = cnt.get(lab["expect"], 0) + 1
    if lab["expect"] == "decided":
        r = reqs[lab["request"]]
        assert set(lab["positions"]) <= set(r["positions"]), f
        assert lab["status"] in STAT, f
        reg_at = datetime.datetime.fromisoformat(r["registered_at"])
        assert d > reg_at, f
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    if "-v" in sys.argv:
        body = m.get_body(("plain", "html"))
        print("=" * 20, f, d, frm, "|", m["Subject"], "|", lab)
        print(body.get_content()[:900] if body else "(no body)")
print(cnt, len(files))
