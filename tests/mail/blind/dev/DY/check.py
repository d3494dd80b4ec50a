import email, json, os, datetime, collections
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
H=os.path.dirname(os.path.abspath(__file__))
L=json.load(open(f"{H}/labels.json")); R=json.load(open(f"{H}/registry.json"))
reg={r["number"]:r for r in R["requests"]}
ids=set(); cnt=collections.Counter()
for n in sorted(os.listdir(f"{H}/letters")):
    m=email.message_from_bytes(open(f"{H}/letters/{n}","rb").read(),policy=policy.default)
    lab=L[n]; cnt[lab["expect"]]+=1
    a=parseaddr(str(m["From"]))[1].lower()
    assert a in [e.lower() for e in R["contractor"]["emails"]] or a.endswith("@"+R["contractor"]["domains"][0]), n
    mid=m["Message-ID"]; assert mid not in ids; ids.add(mid)
    d=parsedate_to_datetime(m["Date"]); assert d.month==11 and d.year==2026
    if lab["expect"]=="decided":
        r=reg[lab["request"]]; assert d>datetime.datetime.fromisoformat(r["registered_at"]),n
        assert set(lab["positions"])<=set(r["positions"]),n
    b=m.get_body(("plain","html"))
    txt=b.get_content() if b else ""
    print("=====",n,lab.get("expect"),lab.get("request",""),lab.get("positions",""),lab.get("status",""),"|",m["Subject"],"|",d)
print(cnt)
