# -*- coding: utf-8 -*-
"""Low-level helpers: build raw RFC 5322 messages byte by byte so that the
charset / transfer-encoding is exactly what the sender's mail client would use
(The Bat! on the desktop: windows-1251 or KOI8-R; Yandex Mail on an old
Android: UTF-8 base64; Artur's iPhone / Outlook: UTF-8 QP)."""
import base64, quopri, random, textwrap, uuid
from email.utils import format_datetime

CRLF = "\r\n"
rnd = random.Random(860)

KOI_FIX = {"№": "N", "—": "-", "–": "-", "«": '"', "»": '"', "…": "...", "“": '"', "”": '"'}


def fix_for(charset, text):
    if charset.lower() == "koi8-r":
        for a, b in KOI_FIX.items():
            text = text.replace(a, b)
    if charset.lower() == "windows-1251":
        text = text.replace("…", "...")
    return text


def enc_words(text, charset="utf-8", mode="B"):
    """RFC 2047 encode; returns list of encoded words."""
    if all(ord(c) < 128 for c in text):
        return [text]
    text = fix_for(charset, text)
    words, cur = [], ""
    budget = 40 if mode == "B" else 22

    def blen(s):
        return len(s.encode(charset))

    for ch in text:
        if blen(cur + ch) > budget:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c.isascii() and (c.isalnum() or c in "!*+-/"):
                    q += c
                elif c == " ":
                    q += "_"
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (charset, q))
    return out


def hdr(name, value, charset="utf-8", mode="B"):
    words = enc_words(value, charset, mode)
    return name + ": " + (CRLF + " ").join(words)


def addr(display, email, charset="utf-8", mode="B"):
    if not display:
        return email
    if all(ord(c) < 128 for c in display):
        return '"%s" <%s>' % (display, email)
    return " ".join(enc_words(display, charset, mode)) + " <%s>" % email


def wrap76(text, width=76):
    """The Bat! hard-wraps the author's own lines; quoted lines are left as is."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((">", "ДО>", "ДО >")) or ">" in line[:5]:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False,
                                     break_on_hyphens=False) or [""])
    return "\n".join(out)


def body_bytes(text, charset, cte):
    text = fix_for(charset, text)
    raw = text.encode(charset)  # strict: fail loudly on unencodable chars
    if cte == "8bit":
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    if cte == "7bit":
        return raw.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def leaf(text, charset="utf-8", cte="base64", subtype="plain", extra=""):
    h = "Content-Type: text/%s; charset=%s%s" % (subtype, charset, extra) + CRLF
    h += "Content-Transfer-Encoding: %s" % cte + CRLF
    return h.encode("ascii") + CRLF.encode() + body_bytes(text, charset, cte)


def boundary(tag="b"):
    return "----=_%s_%08X%08X" % (tag, rnd.getrandbits(32), rnd.getrandbits(32))


def multipart(subtype, parts, extra_params="", bnd=None):
    bnd = bnd or boundary(subtype[:3])
    h = ('Content-Type: multipart/%s;%s boundary="%s"' % (subtype, extra_params, bnd)).encode() + b"\r\n"
    b = b"\r\n"
    body = b"This is a multi-part message in MIME format.\r\n"
    for p in parts:
        body += b"\r\n--" + bnd.encode() + b"\r\n" + p
    body += b"\r\n--" + bnd.encode() + b"--\r\n"
    return h + b + body


def build(headers, content):
    """headers: list of ready header lines (str, ascii); content: bytes of a MIME entity
    (its own Content-* headers + blank line + body)."""
    head = CRLF.join(headers) + CRLF + "MIME-Version: 1.0" + CRLF
    return head.encode("ascii") + content


def mid_thebat(dt):
    return "<%d.%s@garipov-krovlya.ru>" % (rnd.randint(10**8, 2 * 10**9), dt.strftime("%Y%m%d%H%M%S"))


def mid_yandex(dt):
    return "<%d%d@mail.yandex.ru>" % (rnd.randint(100000, 999999), int(dt.timestamp()))


def mid_iphone(dt):
    return "<%s@garipov-krovlya.ru>" % str(uuid.UUID(int=rnd.getrandbits(128))).upper()


def mid_outlook(dt):
    return "<%012x$%012x$%08x@garipov-krovlya.ru>" % (rnd.getrandbits(48), rnd.getrandbits(48), rnd.getrandbits(32))


def datehdr(dt):
    return "Date: " + format_datetime(dt)
