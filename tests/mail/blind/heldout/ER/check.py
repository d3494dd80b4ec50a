import email, json, os, sys
from email import policy
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json")))
labels = json.load(open(os.path.join(OUT, "labels.json")))
regmap = {r["number"]: r for r in reg["requests"]}
STAT = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
files = sorted(os.listdir(os.path.join(OUT, "letters")))
assert set(files) == set(labels), set(files) ^ set(labels)
ids = set(); cnt = {}
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Date", "Message-ID"):
        assert m[h], (f, h)
    assert "Subject" in m, f
    assert m["Message-ID"] not in ids; ids.add(m["Message-ID"])
    d = m["Date"].datetime
    assert d.year == 2026 and d.month == 11, f
    addr = m["From"].addresses[0].addr_spec
    assert addr in reg["contractor"]["emails"] or addr.split("@")[1] in reg["contractor"]["domains"], (f, addr)
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    lab = labels[f]; cnt[lab["expect"]] = cnt.get(lab["expect"], 0) + 1
    if lab["expect"] == "decided":
        r = regmap[lab["request"]]
        assert lab["status"] in STAT, f
        assert all(p in r["positions"] for p in lab["positions"]), f
        assert d.isoformat() > r["registered_at"] or d > __import__("datetime").datetime.fromisoformat(r["registered_at"]), f
    else:
        assert lab["expect"] in ("review", "ignored") and "request" not in lab
    if "-v" in sys.argv:
        body = m.get_body(("plain", "html"))
        txt = body.get_content() if body else "(no text body: %s)" % m.get_content_type()
        print("=====", f, d.strftime("%d %H:%M"), addr, "|", m["Subject"], "|", lab)
        print(txt[:400])
print(cnt, len(files))
