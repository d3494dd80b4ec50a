#!/usr/bin/env python3
"""Sanity check: parse every letter, print decoded headers + text with its label."""
import email, json, os, re, sys
from email import policy
D = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(D, 'labels.json'), encoding='utf-8'))
ids = set()
for fn in sorted(os.listdir(os.path.join(D, 'letters'))):
    raw = open(os.path.join(D, 'letters', fn), 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    assert m['Message-ID'] not in ids; ids.add(m['Message-ID'])
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            if part.get_content_subtype() == 'html':
                t = re.sub(r'<[^>]+>', ' ', t)
            texts.append(t)
            if 'plain' in part.get_content_type():
                break
    lab = labels[fn]
    print('=' * 100)
    print(fn, '|', m['Date'], '|', m['From'], '|', m['Subject'])
    print('  ->', lab['expect'], lab.get('request', ''), lab.get('positions', ''), lab.get('status', ''), '|', lab['note'])
    if len(sys.argv) > 1:
        print(texts[0][:3000] if texts else '(no text)')
