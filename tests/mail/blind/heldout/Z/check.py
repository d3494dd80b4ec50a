import email, email.policy, json, os, datetime, re
from email.utils import parsedate_to_datetime, parseaddr
OUT = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(OUT, "registry.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(os.listdir(os.path.join(OUT, "letters")))
assert set(files) == set(lab), (set(files) ^ set(lab))
emails = {e.lower() for e in reg["contractor"]["emails"]}
doms = {x.lower() for x in reg["contractor"]["domains"]}
reqs = {r["number"]: r for r in reg["requests"]}
mids = set(); cnt = {}
ST = {"заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"}
for f in files:
    raw = open(os.path.join(OUT, "letters", f), "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        assert m[h], (f, h)
    assert len(m.get_all("Message-ID")) == 1 and len(m.get_all("MIME-Version", [])) <= 1, f
    mid = m["Message-ID"].strip(); assert mid not in mids, f; mids.add(mid)
    addr = parseaddr(str(m["From"]))[1].lower()
    assert addr in emails or addr.split("@")[1] in doms, (f, addr)
    dt = parsedate_to_datetime(m["Date"]); assert dt.year == 2026 and dt.month == 11, f
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    L = lab[f]; cnt[L["expect"]] = cnt.get(L["expect"], 0) + 1
    if L["expect"] == "decided":
        r = reqs[L["request"]]
        assert set(L["positions"]) <= set(r["positions"]), f
        assert L["status"] in ST, f
        assert dt > datetime.datetime.fromisoformat(r["registered_at"]), f
    else:
        assert L["expect"] in ("review", "ignored"), f
    # any request number mentioned: date after its registration
    body = raw.decode("latin1")
    for n in re.findall(r"\b24\d{3}\b", str(m["Subject"]) + " " + "".join(p.get_content() for p in m.walk() if p.get_content_maintype()=="text")):
        if n in reqs:
            assert dt > datetime.datetime.fromisoformat(reqs[n]["registered_at"]), (f, n)
print("OK", len(files), cnt)
