import email, email.policy, glob, json, os, sys
OUT = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
ids = set()
for f in sorted(glob.glob(os.path.join(OUT, "letters", "*.eml"))):
    raw = open(f, "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    n = os.path.basename(f)
    assert m["Message-ID"] not in ids; ids.add(m["Message-ID"])
    print("=" * 90)
    print(n, labels[n])
    for h in ("From", "Subject", "Date", "Content-Type", "Auto-Submitted"):
        if m[h]: print(f"{h}: {m[h]}")
    for part in m.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") and ct != "text/html" or (ct == "text/html" and "-html" in sys.argv):
            print(f"--- [{ct} {part.get_content_charset()} {part['Content-Transfer-Encoding']}]")
            print(part.get_content().rstrip()[:1500])
        elif ct == "text/html":
            print(f"--- [{ct} {part.get_content_charset()} {part['Content-Transfer-Encoding']}] ({len(part.get_content())} chars)")
