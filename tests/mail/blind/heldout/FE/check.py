#!/usr/bin/env python3
"""Sanity checks for the FE corpus."""
import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from datetime import datetime
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
errs = []
if set(files) != set(lab):
    errs.append(f"file/label mismatch: {set(files) ^ set(lab)}")
reqs = {r["number"]: r for r in reg["requests"]}
emails = {e.lower() for e in reg["contractor"]["emails"]}
doms = {d.lower() for d in reg["contractor"]["domains"]}
STAT = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
ids = Counter()
per_req = {}
verbose = "-v" in sys.argv
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if not m[h]:
            errs.append(f"{f}: missing {h}")
    ids[m["Message-ID"]] += 1
    d = parsedate_to_datetime(m["Date"])
    if not (d.year == 2026 and d.month == 11):
        errs.append(f"{f}: date {d}")
    a = parseaddr(str(m["From"]))[1].lower()
    if a not in emails and a.split("@")[1] not in doms:
        errs.append(f"{f}: sender {a}")
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    if m.defects:
        errs.append(f"{f}: defects {m.defects}")
    L = lab[f]
    if L["expect"] == "decided":
        r = reqs.get(L["request"])
        if not r:
            errs.append(f"{f}: unknown request"); continue
        if not set(L["positions"]) <= set(r["positions"]):
            errs.append(f"{f}: bad positions")
        if L["status"] not in STAT:
            errs.append(f"{f}: bad status")
        if d <= datetime.fromisoformat(r["registered_at"]):
            errs.append(f"{f}: before registration")
        per_req.setdefault(L["request"], []).append((d, f, L["positions"], L["status"]))
    elif L["expect"] not in ("review", "ignored"):
        errs.append(f"{f}: bad expect")
    if verbose:
        print("=" * 70, f, L)
        print("Subject:", m["Subject"], "| From:", m["From"], "| Date:", m["Date"])
        for t in texts[:1]:
            print(t.strip()[:900])
for k, v in ids.items():
    if v > 1:
        errs.append(f"duplicate Message-ID {k}")
ORD = ["заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"]
for rq, evs in per_req.items():
    evs.sort()
    last = {}
    for d, f, pos, st in evs:
        for p in (pos or reqs[rq]["positions"]):
            if ORD.index(st) < last.get(p, -1):
                errs.append(f"{f}: status goes backwards for {rq}/{p}")
            last[p] = max(last.get(p, -1), ORD.index(st))
c = Counter(v["expect"] for v in lab.values())
print(len(files), "letters;", dict(c))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
