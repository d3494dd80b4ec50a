# helpers for building raw RFC 5322 messages in the styles of the persona's mail clients
import base64, quopri, random, html, datetime as dt

TZ = dt.timezone(dt.timedelta(hours=3))
RND = random.Random(2926)
DISPATCH = 'dispatch@zakazchik-omis.ru'
DISPATCH_NAME = 'Диспетчерская ОМИС'

def D(day, hh, mm, ss=None):
    if ss is None:
        ss = RND.randint(0, 59)
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)

def rfcdate(d):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return '%s, %d %s %d %02d:%02d:%02d +0300' % (days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second)

def is_ascii(s):
    try:
        s.encode('ascii'); return True
    except UnicodeEncodeError:
        return False

def encwords(text, charset, enc='B', case='B'):
    """RFC 2047 encoded words, each <= 75 chars, folded with CRLF-space (we use LF)."""
    if is_ascii(text):
        return text
    prefix = '=?%s?%s?' % (charset, case)
    words, cur = [], ''
    def encode(s):
        b = s.encode(charset)
        if enc == 'B':
            return base64.b64encode(b).decode()
        out = ''
        for byte in b:
            ch = chr(byte)
            if byte == 32:
                out += '_'
            elif ch.isalnum() and byte < 128:
                out += ch
            else:
                out += '=%02X' % byte
        return out
    for ch in text:
        trial = cur + ch
        if len(prefix) + len(encode(trial)) + 2 > 75:
            words.append(prefix + encode(cur) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + encode(cur) + '?=')
    return '\n '.join(words)

def addr(name, email, charset='utf-8', quote=False):
    if not name:
        return email
    if is_ascii(name):
        return '"%s" <%s>' % (name, email) if quote else '%s <%s>' % (name, email)
    w = encwords(name, charset)
    return ('"%s" <%s>' % (w, email)) if quote else ('%s <%s>' % (w, email))

def body_bytes(text, charset, cte):
    data = text.encode(charset)
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data

def leaf(ctype, text, charset, cte, params='', quote_cs=True):
    cs = '"%s"' % charset if quote_cs else charset
    h = 'Content-Type: %s; charset=%s%s\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, params, cte)
    b = body_bytes(text, charset, cte)
    if not b.endswith(b'\n'):
        b += b'\n'
    return h.encode('ascii') + b

def multipart(subtype, parts, boundary, preamble=None, params=''):
    out = ('Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (subtype, params, boundary)).encode()
    if preamble:
        out += preamble.encode() + b'\n\n'
    for p in parts:
        out += ('--%s\n' % boundary).encode() + p + b'\n'
    out += ('--%s--\n' % boundary).encode()
    return out

def message(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append('%s: %s' % (k, v))
    return ('\n'.join(lines) + '\n').encode('ascii') + body

def rand_alnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(RND.choice(alphabet) for _ in range(n))

def cust_msgid():
    return '<%s@zakazchik-omis.ru>' % rand_alnum(24, '0123456789abcdef')

# ---------- text -> html conversions ----------
def gmail_html(text):
    # split off quote part (lines starting with '>' and the attribution before them)
    lines = text.split('\n')
    out = []
    for ln in lines:
        out.append(html.escape(ln) if ln else '')
    return '<div dir="auto">' + '<br>'.join(out) + '</div>\n'

def outlook_html(text):
    paras = []
    for ln in text.split('\n'):
        if ln.strip() == '':
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % html.escape(ln).replace('  ', '&nbsp; '))
    return OUTLOOK_HTML_HEAD + '\n'.join(paras) + '\n</div>\n</body>\n</html>\n'

OUTLOOK_HTML_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style></head><body lang=RU link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
'''

# ---------- client builders ----------
def gmail(frm, date, subject, text, to=(DISPATCH_NAME, DISPATCH), in_reply_to=None, html_text=None):
    bnd = '0000000000' + rand_alnum(14, '0123456789abcdef')
    mid = '<CA%s@mail.gmail.com>' % rand_alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')
    parts = [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
             leaf('text/html', html_text or gmail_html(text), 'UTF-8', 'quoted-printable')]
    hdrs = [('MIME-Version', '1.0'),
            ('Date', rfcdate(date)),
            ('References', in_reply_to),
            ('In-Reply-To', in_reply_to),
            ('Message-ID', mid),
            ('Subject', encwords(subject, 'UTF-8')),
            ('From', addr(frm[0], frm[1], 'UTF-8')),
            ('To', addr(to[0], to[1], 'UTF-8'))]
    return message(hdrs, multipart('alternative', parts, bnd)), mid

def outlook(frm, date, subject, text, to=(DISPATCH_NAME, DISPATCH), in_reply_to=None, html_body=None,
            plain_only=False, extra=()):
    mid = '<%s$%s$%s$@des29.ru>' % (rand_alnum(12, '0123456789abcdef'), rand_alnum(8, '0123456789abcdef'), rand_alnum(8, '0123456789abcdef'))
    bnd = '----=_NextPart_000_%s_01DC%s.%s' % (rand_alnum(4, '0123456789ABCDEF'), rand_alnum(4, '0123456789ABCDEF'), rand_alnum(8, '0123456789ABCDEF'))
    if plain_only:
        body = leaf('text/plain', text, 'windows-1251', 'base64')
    else:
        parts = [leaf('text/plain', text, 'windows-1251', 'base64'),
                 leaf('text/html', html_body or outlook_html(text), 'windows-1251', 'base64')]
        body = multipart('alternative', parts, bnd, preamble='This is a multipart message in MIME format.')
    hdrs = [('From', addr(frm[0], frm[1], 'windows-1251', quote=True)),
            ('To', addr(to[0], to[1], 'windows-1251', quote=True)),
            ('References', in_reply_to),
            ('In-Reply-To', in_reply_to),
            ('Subject', encwords(subject, 'windows-1251')),
            ('Date', rfcdate(date)),
            ('Message-ID', mid),
            ('MIME-Version', '1.0')] + list(extra) + [
            ('X-Mailer', 'Microsoft Outlook 16.0'),
            ('Thread-Index', 'A' + rand_alnum(39, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
            ('Content-Language', 'ru')]
    return message(hdrs, body), mid

def thebat(frm, date, subject, text, to=(DISPATCH_NAME, DISPATCH), in_reply_to=None, cte='8bit'):
    mid = '<%d.%s@des29.ru>' % (RND.randint(10**8, 2 * 10**9), date.strftime('%Y%m%d%H%M%S'))
    hdrs = [('Date', rfcdate(date)),
            ('From', addr(frm[0], frm[1], 'koi8-r')),
            ('X-Mailer', 'The Bat! (v10.5.2) Professional'),
            ('Reply-To', addr(frm[0], frm[1], 'koi8-r')),
            ('X-Priority', '3 (Normal)'),
            ('Message-ID', mid),
            ('To', addr(to[0], to[1], 'koi8-r')),
            ('Subject', encwords(subject, 'koi8-r')),
            ('In-Reply-To', in_reply_to),
            ('References', in_reply_to),
            ('MIME-Version', '1.0')]
    body = leaf('text/plain', text, 'koi8-r', cte, quote_cs=False)
    return message(hdrs, body), mid

def yandex(frm, date, subject, html_text, to=(DISPATCH_NAME, DISPATCH), in_reply_to=None):
    mid = '<%d@mail.yandex.ru>' % RND.randint(10**15, 10**16 - 1)
    hdrs = [('From', addr(frm[0], frm[1], 'utf-8')),
            ('To', addr(to[0], to[1], 'utf-8')),
            ('In-Reply-To', in_reply_to),
            ('References', in_reply_to),
            ('Subject', encwords(subject, 'utf-8')),
            ('MIME-Version', '1.0'),
            ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'),
            ('Date', rfcdate(date)),
            ('Message-Id', mid)]
    body = leaf('text/html', html_text, 'utf-8', 'base64', quote_cs=False)
    return message(hdrs, body), mid
