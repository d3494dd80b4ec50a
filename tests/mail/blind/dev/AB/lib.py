# Low-level MIME builder with full control of charsets / transfer encodings.
import base64, quopri, html, hashlib, random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

CRLF = "\r\n"
TZL = timezone(timedelta(hours=5))   # Пермский край, +0500
TZM = timezone(timedelta(hours=3))   # диспетчерская, Москва

def dt(s, tz=TZL):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)

def _ew(s, cs, mode):
    b = s.encode(cs)
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    out = []
    for byte in b:
        c = chr(byte)
        if byte < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (cs, "".join(out))

def hdr(s, cs="utf-8", mode="B"):
    """RFC 2047 encode (folded) if non-ascii."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew(cur + ch, cs, mode)) > 72:
            words.append(_ew(cur, cs, mode)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew(cur, cs, mode))
    return (CRLF + " ").join(words)

def addr(name, email, cs="utf-8", mode="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (hdr(name, cs, mode), email)

def encode_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        return raw.replace(b"\n", b"\r\n")
    else:
        raise ValueError(cte)
    return out.replace("\n", "\r\n").encode("ascii")

class Leaf:
    def __init__(self, headers, body):
        self.headers = headers; self.body = body
class Multi:
    def __init__(self, ctype, parts, boundary, extra_params="", headers=None, preamble=""):
        self.ctype = ctype; self.parts = parts; self.boundary = boundary
        self.extra = extra_params; self.headers = headers or []; self.preamble = preamble

def text_leaf(text, subtype="plain", cs="utf-8", cte="quoted-printable", extra_ct=""):
    return Leaf([("Content-Type", 'text/%s; charset="%s"%s' % (subtype, cs, extra_ct)),
                 ("Content-Transfer-Encoding", cte)], encode_body(text, cs, cte))

def bin_leaf(data, ctype, headers_extra):
    b64 = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n").encode()
    return Leaf([("Content-Type", ctype)] + headers_extra + [("Content-Transfer-Encoding", "base64")], b64)

def render(part):
    out = b""
    if isinstance(part, Leaf):
        for k, v in part.headers:
            out += ("%s: %s\r\n" % (k, v)).encode("ascii")
        out += b"\r\n" + part.body
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
        return out
    hs = [("Content-Type", '%s;%s\r\n\tboundary="%s"' % (part.ctype, part.extra, part.boundary))] + part.headers
    for k, v in hs:
        out += ("%s: %s\r\n" % (k, v)).encode("ascii")
    out += b"\r\n"
    if part.preamble:
        out += part.preamble.encode("ascii") + b"\r\n"
    for p in part.parts:
        out += ("\r\n--%s\r\n" % part.boundary).encode()
        out += render(p)
    out += ("\r\n--%s--\r\n" % part.boundary).encode()
    return out

def message(top_headers, body):
    """top_headers: list of (name, ascii value); body: Leaf or Multi."""
    out = b""
    for k, v in top_headers:
        out += ("%s: %s\r\n" % (k, v)).encode("ascii")
    return out + render(body)

def fake_pdf(title_ascii):
    content = ("BT /F1 12 Tf 72 760 Td (%s) Tj ET" % title_ascii).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    pdf = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(pdf))
        pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        pdf += b"%010d 00000 n \n" % o
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return pdf

def h(seed, n=8):
    return hashlib.md5(seed.encode()).hexdigest()[:n]
