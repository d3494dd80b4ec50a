import email, json, glob, os, re
from email import policy
from datetime import datetime
labels = json.load(open("labels.json")); reg = json.load(open("registry.json"))
R = {r["number"]: r for r in reg["requests"]}
order = ["заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"]
last = {}
mids = set()
allowed = set(reg["contractor"]["emails"])
for f in sorted(glob.glob("letters/*.eml")):
    n = os.path.basename(f)
    m = email.message_from_bytes(open(f, "rb").read(), policy=policy.default)
    assert m["Message-ID"] not in mids; mids.add(m["Message-ID"])
    frm = m["From"].addresses[0].addr_spec
    assert frm in allowed or frm.endswith("@sluzhba-vk.ru"), frm
    d = email.utils.parsedate_to_datetime(m["Date"])
    assert d.year == 2026 and d.month == 11
    L = labels[n]
    body = m.get_body(("plain", "html"))
    txt = body.get_content() if body else ""
    if L["expect"] == "decided":
        r = R[L["request"]]
        assert d > datetime.fromisoformat(r["registered_at"]), (n, d)
        for p in L["positions"]: assert p in r["positions"], n
        assert L["status"] in order
        for p in (L["positions"] or r["positions"]):
            k = (L["request"], p); o = order.index(L["status"])
            if k in last and last[k][0] > o: print("ORDER?", n, k, last[k], L["status"])
            last[k] = (o, n)
    print("=" * 100); print(n, d.isoformat(), frm, "|", m["Subject"], "|", m.get_content_type(), body.get_content_charset() if body else None)
    print("LABEL:", json.dumps(L, ensure_ascii=False))
    print(txt[:350].replace("\r", ""))
