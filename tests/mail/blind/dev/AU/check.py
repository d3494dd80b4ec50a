#!/usr/bin/env python3
"""Sanity checks for the AU corpus."""
import datetime as dt, email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime
OUT = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
req = {r["number"]: r for r in reg["requests"]}
emails = {e.lower() for e in reg["contractor"]["emails"]}
doms = {x.lower() for x in reg["contractor"]["domains"]}
STAT = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
err = []
assert set(files) == set(labels), (set(files) ^ set(labels))
mids = set()
cnt = {}
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if m[h] is None:
            err.append(f"{f}: no {h}")
    mid = m["Message-ID"]
    if mid in mids: err.append(f"{f}: dup mid")
    mids.add(mid)
    date = parsedate_to_datetime(str(m["Date"]))
    if not (date.year == 2026 and date.month == 11): err.append(f"{f}: date {date}")
    addr = m["From"].addresses[0].addr_spec.lower()
    if addr not in emails and addr.split("@")[1] not in doms:
        err.append(f"{f}: from {addr}")
    # decode every text part
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    lab = labels[f]
    cnt[lab["expect"]] = cnt.get(lab["expect"], 0) + 1
    if lab["expect"] == "decided":
        r = req.get(lab["request"])
        if not r: err.append(f"{f}: request {lab['request']} not in registry"); continue
        for p in lab["positions"]:
            if p not in r["positions"]: err.append(f"{f}: pos {p} not in {r['number']}")
        if lab["status"] not in STAT: err.append(f"{f}: status {lab['status']}")
        reg_at = dt.datetime.fromisoformat(r["registered_at"])
        if date <= reg_at: err.append(f"{f}: date {date} before registered {reg_at}")
    print(f, lab["expect"], lab.get("request", ""), lab.get("positions", ""), lab.get("status", ""),
          "|", m["Subject"])
print(len(files), cnt)
print("ERRORS:" if err else "OK", *err, sep="\n")
