#!/usr/bin/env python3
"""Consistency check: every .eml parses, labels <-> files, senders in registry."""
import email, json, os, sys, collections
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
emails = {e.lower() for e in reg["contractor"]["emails"]}
domains = {d.lower() for d in reg["contractor"]["domains"]}
reqs = {r["number"]: r for r in reg["requests"]}
errors, mids = [], set()
verbose = "-v" in sys.argv
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    if m.defects:
        errors.append((f, "defects", m.defects))
    frm = parseaddr(str(m["From"]))[1].lower()
    if frm not in emails and frm.split("@")[-1] not in domains:
        errors.append((f, "sender not in registry", frm))
    mid = m["Message-ID"]
    if not mid or mid in mids:
        errors.append((f, "message-id", mid))
    mids.add(mid)
    d = parsedate_to_datetime(m["Date"])
    if not (d.year == 2026 and d.month == 11):
        errors.append((f, "date", m["Date"]))
    for k in ("From", "To", "Subject", "Date"):
        if k not in m:
            errors.append((f, "missing", k))
    lab = labels.get(f)
    if lab is None:
        errors.append((f, "no label"))
        continue
    if lab["expect"] == "decided":
        r = reqs.get(lab["request"])
        if not r or any(p not in r["positions"] for p in lab["positions"]):
            errors.append((f, "bad label request/positions"))
        from datetime import datetime
        if d <= datetime.fromisoformat(r["registered_at"]):
            errors.append((f, "letter before registration"))
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    if verbose:
        print("=" * 70)
        print(f, lab)
        print("From:", m["From"], "| Date:", m["Date"])
        print("Subject:", m["Subject"], "| CT:", m.get_content_type())
        try:
            b = m.get_body(("plain", "html"))
            print(b.get_content()[:1500] if b else "(no body)")
        except Exception as e:
            print("body err", e)
for f in labels:
    if f not in files:
        errors.append((f, "label without file"))
c = collections.Counter(l["expect"] for l in labels.values())
s = collections.Counter(l.get("status") for l in labels.values() if l["expect"] == "decided")
print("files", len(files), "labels", len(labels), dict(c), dict(s))
print("errors:", errors if errors else "none")
