#!/usr/bin/env python3
"""Self-check: every letter parses, labels <-> files, labelled requests/positions exist, dates sane."""
import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
import datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
reqs = {r["number"]: r for r in reg["requests"]}
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
errs = []
STAT = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
if set(files) != set(labels):
    errs.append(f"files/labels mismatch: {set(files) ^ set(labels)}")
mids = set()
show = "-v" in sys.argv
for fn in files:
    raw = open(os.path.join(OUT, "letters", fn), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if not m[h]:
            errs.append(f"{fn}: no {h}")
    mid = m["Message-ID"]
    if mid in mids:
        errs.append(f"{fn}: dup Message-ID")
    mids.add(mid)
    d = parsedate_to_datetime(m["Date"])
    if (d.year, d.month) != (2026, 11):
        errs.append(f"{fn}: date {d}")
    addr = parseaddr(str(m["From"]))[1].lower()
    if addr not in [e.lower() for e in reg["contractor"]["emails"]] and addr.split("@")[-1] not in reg["contractor"]["domains"]:
        errs.append(f"{fn}: from {addr} not in registry")
    lab = labels.get(fn, {})
    if lab.get("expect") == "decided":
        r = reqs.get(lab["request"])
        if not r:
            errs.append(f"{fn}: request {lab['request']} not in registry")
        else:
            for p in lab["positions"]:
                if p not in r["positions"]:
                    errs.append(f"{fn}: position {p} not in {lab['request']}")
            if d <= dt.datetime.fromisoformat(r["registered_at"]):
                errs.append(f"{fn}: letter before registration")
        if lab["status"] not in STAT:
            errs.append(f"{fn}: bad status")
    elif lab.get("expect") not in ("review", "ignored"):
        errs.append(f"{fn}: bad expect")
    # decode every text part
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    if show:
        print("=" * 30, fn, lab)
        print("From:", m["From"], "| Subject:", m["Subject"], "|", m["Date"], "|", m.get_content_type())
        for t in texts[:1]:
            print(t.strip()[:1500])
print("letters:", len(files))
from collections import Counter
print(Counter(l["expect"] for l in labels.values()))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
