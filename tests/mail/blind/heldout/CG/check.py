import email, json, os, sys, collections
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
OUT = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(OUT, "labels.json")))
reg = json.load(open(os.path.join(OUT, "registry.json")))
reqs = {r["number"]: r for r in reg["requests"]}
emails = {e.lower() for e in reg["contractor"]["emails"]}
doms = set(reg["contractor"]["domains"])
mids = set()
cnt = collections.Counter()
verbose = "-v" in sys.argv
for name in sorted(os.listdir(os.path.join(OUT, "letters"))):
    raw = open(os.path.join(OUT, "letters", name), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    assert not m.defects, (name, m.defects)
    for k in ("Message-ID", "Date", "From", "To", "Subject"):
        assert m[k], (name, k)
    mid = m["Message-ID"]; assert mid not in mids, name; mids.add(mid)
    frm = m["From"].addresses[0].addr_spec.lower()
    assert frm in emails or frm.split("@")[1] in doms, (name, frm)
    d = parsedate_to_datetime(m["Date"]); assert d.year == 2026 and d.month == 11
    lab = labels[name]; cnt[lab["expect"]] += 1
    if lab["expect"] == "decided":
        r = reqs[lab["request"]]
        assert d > datetime.fromisoformat(r["registered_at"]), name
        assert set(lab["positions"]) <= set(r["positions"]), name
        assert lab["status"] in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
    # decode all text parts
    texts = []
    for p in m.walk():
        if p.get_content_maintype() == "text":
            for dp in p.walk():
                pass
            texts.append((p.get_content_type(), p.get_content_charset(), p["Content-Transfer-Encoding"], p.get_content()))
        for dp in p.iter_parts() if p.is_multipart() else []:
            for defect in dp.defects: raise SystemExit((name, defect))
    if verbose:
        print("=" * 100)
        print(name, lab)
        print("From:", m["From"], "| Date:", m["Date"])
        print("Subject:", m["Subject"])
        for ct, cs, cte, t in texts:
            print("--- %s %s %s" % (ct, cs, cte))
            if ct == "text/plain":
                print(t[:1500])
print(cnt, sum(cnt.values()))
