import json, os, email, datetime as dt
from email import policy
H = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(H, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(H, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(H, "letters")) if f.endswith(".eml"))
assert set(files) == set(lab), (set(files) ^ set(lab))
reqs = {r["number"]: r for r in reg["requests"]}
emails = {e.lower() for e in reg["contractor"]["emails"]}
doms = set(reg["contractor"]["domains"])
STAT = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
mids = set()
cnt = {}
for f in files:
    m = email.message_from_bytes(open(os.path.join(H, "letters", f), "rb").read(), policy=policy.default)
    frm = m["From"].addresses[0].addr_spec.lower()
    assert frm in emails or frm.split("@")[1] in doms, (f, frm)
    assert m["Message-ID"] not in mids; mids.add(m["Message-ID"])
    date = m["Date"].datetime
    assert date.year == 2026 and date.month == 11, f
    assert m["To"] and m["Subject"] is not None
    for p in m.walk():
        if p.get_content_maintype() == "text":
            p.get_content()
    L = lab[f]; cnt[L["expect"]] = cnt.get(L["expect"], 0) + 1
    if L["expect"] == "decided":
        r = reqs[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in STAT, f
        reg_at = dt.datetime.fromisoformat(r["registered_at"])
        assert date > reg_at, (f, date, reg_at)
    print(f, date.strftime("%d.%m %H:%M"), L["expect"][:3], L.get("request", ""), L.get("positions", ""),
          L.get("status", ""), "|", m["Subject"])
print(cnt, len(files))
