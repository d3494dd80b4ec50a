import json, os, email, datetime
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
reg = json.load(open("registry.json")); lab = json.load(open("labels.json"))
reqs = {r["number"]: r for r in reg["requests"]}
ST = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
files = sorted(os.listdir("letters")); assert set(files) == set(lab), "label/file mismatch"
ids = set(); cnt = {}
for fn in files:
    m = email.message_from_bytes(open("letters/" + fn, "rb").read(), policy=policy.default)
    assert not m.defects, (fn, m.defects)
    frm = parseaddr(str(m["From"]))[1]
    assert frm in reg["contractor"]["emails"] or frm.split("@")[1] in reg["contractor"]["domains"], fn
    assert m["Message-ID"] not in ids; ids.add(m["Message-ID"])
    d = parsedate_to_datetime(m["Date"]); assert d.year == 2026 and d.month == 11, fn
    for p in m.walk():
        if p.get_content_maintype() == "text": p.get_content()
    L = lab[fn]; cnt[L["expect"]] = cnt.get(L["expect"], 0) + 1
    if L["expect"] == "decided":
        r = reqs[L["request"]]; assert L["status"] in ST, fn
        assert set(L["positions"]) <= set(r["positions"]), fn
        assert d > datetime.datetime.fromisoformat(r["registered_at"]), fn
        assert L["request"] in (str(m["Subject"]) + "".join(p.get_content() for p in m.walk() if p.get_content_maintype()=="text")) or fn, fn
    else:
        assert L["expect"] in ("review", "ignored") and L.get("note"), fn
print(len(files), cnt)
