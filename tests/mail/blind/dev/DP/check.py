# sanity checks for the generated corpus (standard library only)
import email, json, os
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
HERE = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(HERE, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(HERE, "letters")) if f.endswith(".eml"))
assert set(files) == set(lab), (set(files) ^ set(lab))
emails = {e.lower() for e in reg["contractor"]["emails"]}
doms = {d.lower() for d in reg["contractor"]["domains"]}
reqs = {r["number"]: r for r in reg["requests"]}
ids = set()
from collections import Counter
cnt = Counter()
for f in files:
    raw = open(os.path.join(HERE, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    assert not m.defects, (f, m.defects)
    frm = parseaddr(str(m["From"]))[1].lower()
    assert frm in emails or frm.split("@")[1] in doms, (f, frm)
    mid = m["Message-ID"]; assert mid and mid not in ids, f; ids.add(mid)
    d = parsedate_to_datetime(m["Date"]); assert d.year == 2026 and d.month == 11, f
    assert m["To"] and m["Subject"] is not None, f
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()          # decodes charset / CTE
        for dfct in part.defects:
            raise AssertionError((f, dfct))
    L = lab[f]
    if L["expect"] == "decided":
        r = reqs[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"), f
        assert d > datetime.fromisoformat(r["registered_at"]), (f, d)
        cnt[("decided", L["status"])] += 1
    else:
        cnt[(L["expect"],)] += 1
print(len(files), "files OK")
for k, v in sorted(cnt.items()):
    print(k, v)
