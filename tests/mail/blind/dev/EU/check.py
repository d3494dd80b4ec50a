#!/usr/bin/env python3
"""Consistency checks: files<->labels, parsing, registry refs, dates. Use -v to dump text."""
import json, os, sys, email
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
reqs = {r["number"]: r for r in reg["requests"]}
ok = True
assert set(files) == set(lab), (set(files) ^ set(lab))
mids = set(); cnt = {}
STAT = ["заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"]
last = {}
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for hname in ("Message-ID", "Date", "From", "To", "Subject"):
        if not m[hname]:
            print(f, "missing", hname); ok = False
    mid = m["Message-ID"]; assert mid not in mids, f; mids.add(mid)
    d = parsedate_to_datetime(m["Date"])
    if not (d.year == 2026 and d.month == 11): print(f, "bad date", d); ok = False
    addr = m["From"].addresses[0].addr_spec.lower()
    if addr not in [e.lower() for e in reg["contractor"]["emails"]] and addr.split("@")[1] not in reg["contractor"]["domains"]:
        print(f, "sender not in registry", addr); ok = False
    L = lab[f]; cnt[L["expect"]] = cnt.get(L["expect"], 0) + 1
    if L["expect"] == "decided":
        r = reqs.get(L["request"])
        if not r: print(f, "unknown request"); ok = False; continue
        if any(p not in r["positions"] for p in L["positions"]): print(f, "bad pos"); ok = False
        if L["status"] not in STAT: print(f, "bad status"); ok = False
        ra = datetime.fromisoformat(r["registered_at"])
        if d <= ra: print(f, "before registration", d, ra); ok = False
        for p in (L["positions"] or r["positions"]):
            k = (L["request"], p)
            if k in last and STAT.index(L["status"]) < STAT.index(last[k]):
                print(f, "status goes backwards", k, last[k], "->", L["status"])
            last[k] = L["status"]
    if "-v" in sys.argv:
        print("=" * 30, f, d.strftime("%d %H:%M"), addr, "|", m["Subject"])
        print("LABEL:", json.dumps(L, ensure_ascii=False))
        for part in m.walk():
            if part.get_content_type() in ("text/plain",) or (part.get_content_type() == "text/html" and not m.get_body(("plain",))):
                try: print(part.get_content()[:1500])
                except Exception as e: print("ERR", e)
                break
print(cnt, "total", len(files), "OK" if ok else "PROBLEMS")
