import email, json, sys, os
from email import policy
labels=json.load(open('labels.json'))
def walk(m, depth=0):
    out=[]
    for p in m.walk():
        ct=p.get_content_type()
        if ct=='message/rfc822':
            continue
        if p.is_multipart(): continue
        try:
            c=p.get_content()
        except Exception as e:
            c='ERR %r'%e
        if isinstance(c, email.message.Message):
            continue
        if isinstance(c,bytes): c='<bytes %d>'%len(c)
        out.append('  ['+ct+' '+str(p.get_content_charset())+']\n'+c[:1500])
    return out
for f in sorted(os.listdir('letters')):
    m=email.message_from_bytes(open('letters/'+f,'rb').read(), policy=policy.default)
    print('=====',f, labels[f])
    print('From:',m['From'],'| Date:',m['Date'])
    print('Subject:',m['Subject'])
    for x in walk(m): print(x)
