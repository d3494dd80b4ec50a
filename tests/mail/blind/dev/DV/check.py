#!/usr/bin/env python3
"""Sanity checks for the DV corpus (stdlib only)."""
import collections, datetime, email, json, os
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
HERE = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(HERE, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(HERE, "letters")) if f.endswith(".eml"))
assert set(files) == set(lab), set(files) ^ set(lab)
emails = {e.lower() for e in reg["contractor"]["emails"]}
doms = [d.lower() for d in reg["contractor"]["domains"]]
reqs = {r["number"]: r for r in reg["requests"]}
STAT = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
ids = set()
for f in files:
    m = email.message_from_bytes(open(os.path.join(HERE, "letters", f), "rb").read(), policy=policy.default)
    frm = parseaddr(str(m["From"]))[1].lower()
    assert frm in emails or frm.split("@")[1] in doms, (f, frm)
    assert m["Message-ID"] and m["Message-ID"] not in ids, f
    ids.add(m["Message-ID"])
    d = parsedate_to_datetime(m["Date"])
    assert (d.year, d.month) == (2026, 11), f
    assert m["To"] and m["Subject"] is not None, f
    for p in m.walk():
        assert not p.defects, (f, p.defects)
        if p.get_content_maintype() == "text":
            p.get_content()
    L = lab[f]
    assert L["expect"] in ("decided", "review", "ignored"), f
    if L["expect"] == "decided":
        r = reqs[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in STAT, f
        assert d > datetime.datetime.fromisoformat(r["registered_at"]), f
print("OK", len(files), "letters;", dict(collections.Counter(l["expect"] for l in lab.values())))
print(dict(collections.Counter(l["status"] for l in lab.values() if l["expect"] == "decided")))
