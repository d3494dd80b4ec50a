#!/usr/bin/env python3
"""Sanity checks for the DO corpus (stdlib only)."""
import email, json, os, sys, datetime as dt
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
H = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(H, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(H, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(H, "letters")) if f.endswith(".eml"))
errs = []
if set(files) != set(lab):
    errs.append("files/labels mismatch: %s" % (set(files) ^ set(lab)))
emails = {e.lower() for e in reg["contractor"]["emails"]}
domains = {d.lower() for d in reg["contractor"]["domains"]}
reqs = {r["number"]: r for r in reg["requests"]}
mids = set()
verbose = "-v" in sys.argv
for f in files:
    raw = open(os.path.join(H, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    # every header line of every MIME part must be 7-bit ASCII
    for part in m.walk():
        for k, v in part.raw_items():
            if any(ord(ch) > 127 for ch in k + str(v)):
                errs.append("%s: non-ASCII header %s" % (f, k))
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            if not inner["From"]:
                errs.append("%s: attached message has no From" % f)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if m[h] is None:
            errs.append("%s: no %s" % (f, h))
    a = parseaddr(str(m["From"]))[1].lower()
    if a not in emails and a.split("@")[1] not in domains:
        errs.append("%s: sender %s not in registry" % (f, a))
    if m["Message-ID"] in mids:
        errs.append("%s: dup Message-ID" % f)
    mids.add(m["Message-ID"])
    d = parsedate_to_datetime(str(m["Date"]))
    if not (d.year == 2026 and d.month == 11):
        errs.append("%s: date %s" % (f, d))
    L = lab[f]
    if L["expect"] == "decided":
        r = reqs.get(L["request"])
        if not r:
            errs.append("%s: request not in registry" % f)
        else:
            if dt.datetime.fromisoformat(r["registered_at"]) >= d:
                errs.append("%s: letter before registration" % f)
            for p in L["positions"]:
                if p not in r["positions"]:
                    errs.append("%s: bad position %s" % (f, p))
        if L["status"] not in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"):
            errs.append("%s: bad status" % f)
    # every text part must decode
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            try:
                texts.append(part.get_content())
            except Exception as e:
                errs.append("%s: cannot decode part %s: %s" % (f, part.get_content_type(), e))
    if verbose:
        print("=" * 70)
        print(f, d.isoformat(), a, "|", m["Subject"], "|", L)
        body = next((t for t in texts), "")
        print(body[:600])
print("files", len(files), "labels", len(lab))
from collections import Counter
print(Counter(v["expect"] for v in lab.values()))
print(Counter(v.get("status") for v in lab.values() if v["expect"] == "decided"))
print("\n".join(errs) if errs else "ALL CHECKS OK")
