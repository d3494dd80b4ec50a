#!/usr/bin/env python3
"""Sanity checks for the DR corpus (stdlib only)."""
import email, email.policy, json, os, collections
from email.utils import parseaddr, parsedate_to_datetime
from datetime import datetime
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
assert set(files) == set(labels), (set(files) ^ set(labels))
emails = {e.lower() for e in reg["contractor"]["emails"]}
domains = {d.lower() for d in reg["contractor"]["domains"]}
reqs = {r["number"]: r for r in reg["requests"]}
STAT = ["заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"]
mids = set(); last = {}; prev = None
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    frm = parseaddr(str(m["From"]))[1].lower()
    assert frm in emails or frm.split("@")[1] in domains, (f, frm)
    assert m["Message-ID"] not in mids; mids.add(m["Message-ID"])
    dt = parsedate_to_datetime(m["Date"]); assert dt.year == 2026 and dt.month == 11, f
    assert prev is None or dt >= prev; prev = dt
    str(m["Subject"]); str(m["To"])
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    if m.get_content_type() in ("text/plain", "text/html", "multipart/alternative"):
        b = m.get_body(("plain", "html")); assert b is not None and b.get_content() is not None, f
    L = labels[f]
    assert L["expect"] in ("decided", "review", "ignored")
    if L["expect"] == "decided":
        r = reqs[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in STAT, f
        assert dt > datetime.fromisoformat(r["registered_at"]), f
        for p in (L["positions"] or r["positions"]):
            k = (L["request"], p); s = STAT.index(L["status"])
            assert s >= last.get(k, -1), (f, k); last[k] = s
c = collections.Counter((L["expect"], L.get("status", "")) for L in labels.values())
for k, v in sorted(c.items()): print(k, v)
print(collections.Counter(L["expect"] for L in labels.values()), len(files))
