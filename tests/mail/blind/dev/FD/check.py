import email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime
import datetime as dt
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json")))
lab = json.load(open(os.path.join(OUT, "labels.json")))
req = {r["number"]: r for r in reg["requests"]}
files = sorted(f for f in os.listdir(os.path.join(OUT, "letters")) if f.endswith(".eml"))
assert set(files) == set(lab), (set(files) ^ set(lab))
STAT = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
ids = set(); cnt = {}
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[h], (f, h)
    assert m["Message-ID"] not in ids; ids.add(m["Message-ID"])
    d = parsedate_to_datetime(m["Date"])
    assert d.year == 2026 and d.month == 11, f
    addr = m["From"].addresses[0].addr_spec.lower()
    c = reg["contractor"]
    assert addr in [e.lower() for e in c["emails"]] or addr.split("@")[1] in c["domains"], (f, addr)
    L = lab[f]; cnt[L["expect"]] = cnt.get(L["expect"], 0) + 1
    if L["expect"] == "decided":
        r = req[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in STAT, f
        assert d > dt.datetime.fromisoformat(r["registered_at"]), f
    # decode all text parts to be sure they decode
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    if "-v" in sys.argv:
        body = m.get_body(preferencelist=("plain", "html"))
        txt = body.get_content() if body else "(no body)"
        print("=" * 70); print(f, d.isoformat(), addr, "|", m["Subject"]); print(L)
        print(txt[:700])
print("OK", len(files), cnt)
