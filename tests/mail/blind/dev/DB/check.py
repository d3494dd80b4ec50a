import email, glob, json, os
from email import policy
lab=json.load(open('labels.json'))
for fn in sorted(glob.glob('letters/*.eml')):
    m=email.message_from_bytes(open(fn,'rb').read(), policy=policy.default)
    b=os.path.basename(fn)
    print('=====',b, lab[b]['expect'], lab[b].get('request'), lab[b].get('positions'), lab[b].get('status'))
    print('From:',m['From'],'| Date:',m['Date'],'\nSubj:',m['Subject'], '| CT:', m.get_content_type())
    try:
        part=m.get_body(preferencelist=('plain','html'))
        t=part.get_content() if part else '(no body part)'
    except Exception as e:
        t='ERR %r'%e
    print(t[:600])
