import email, json, os, sys, datetime as dt
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
assert set(files) == set(labels), (set(files) ^ set(labels))
emails = {e.lower() for e in reg["contractor"]["emails"]}
doms = {x.lower() for x in reg["contractor"]["domains"]}
reqs = {r["number"]: r for r in reg["requests"]}
mids = set()
verbose = "-v" in sys.argv
cnt = {}
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    assert not m.defects, (f, m.defects)
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[hname] is not None, (f, hname)
    addr = parseaddr(str(m["From"]))[1].lower()
    assert addr in emails or addr.split("@")[1] in doms, (f, addr)
    assert m["Message-ID"] not in mids, f
    mids.add(m["Message-ID"])
    date = parsedate_to_datetime(str(m["Date"]))
    assert date.year == 2026 and date.month == 11, f
    L = labels[f]
    assert L["expect"] in ("decided", "review", "ignored")
    key = (L["expect"], L.get("status", ""))
    cnt[key] = cnt.get(key, 0) + 1
    if L["expect"] == "decided":
        r = reqs[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
        assert date > dt.datetime.fromisoformat(r["registered_at"]), f
    # decode all parts
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
        for p in part.iter_parts() if part.is_multipart() else []:
            for pp in p.walk():
                pp.get_payload(decode=True)
    if verbose:
        print("=" * 80)
        print(f, L)
        print("From:", m["From"], "| Subj:", m["Subject"], "|", m["Date"], "|", m.get_content_type())
        for t in texts[:1]:
            print(t[:1500])
print("OK", len(files))
for k, v in sorted(cnt.items()):
    print(k, v)
