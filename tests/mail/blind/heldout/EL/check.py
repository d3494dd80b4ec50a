import email, json, os, glob
from email import policy
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
reqs = {r["number"]: r for r in reg["requests"]}
ST = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(OUT, "letters", "*.eml")))
assert set(files) == set(lab), set(files) ^ set(lab)
ids = set(); cnt = {}
import datetime
for f in files:
    m = email.message_from_bytes(open(os.path.join(OUT, "letters", f), "rb").read(), policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[h] is not None, (f, h)
    assert m["Message-ID"] not in ids; ids.add(m["Message-ID"])
    fr = m["From"].addresses[0].addr_spec
    assert fr in reg["contractor"]["emails"] or fr.split("@")[1] in reg["contractor"]["domains"], fr
    d = m["Date"].datetime
    assert d.year == 2026 and d.month == 11
    L = lab[f]; cnt[L["expect"]] = cnt.get(L["expect"], 0) + 1
    if L["expect"] == "decided":
        r = reqs[L["request"]]
        assert L["status"] in ST
        assert all(p in r["positions"] for p in L["positions"]), f
        assert d >= datetime.datetime.fromisoformat(r["registered_at"]), f
    else:
        assert L["expect"] in ("review", "ignored")
    # body decode
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
print(len(files), cnt)
