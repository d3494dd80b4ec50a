# -*- coding: utf-8 -*-
"""Small helpers to build raw RFC 5322 messages byte by byte, the way the
persona's mail clients would send them (mutt 8bit koi8-r, Outlook cp1251 QP,
phone clients base64/QP utf-8)."""
import base64
import quopri
import textwrap
import hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

TSK = timezone(timedelta(hours=7))
MSK = timezone(timedelta(hours=3))


def dt(s, tz=TSK):
    """'2026-11-03 09:05:12' -> aware datetime"""
    if len(s) == 16:
        s += ":00"
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("8bit", "7bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype, text, charset="utf-8", cte="8bit", params="",
                 extra_headers=None, raw=None):
        self.ctype = ctype
        self.text = text
        self.charset = charset
        self.cte = cte
        self.params = params
        self.extra = extra_headers or []
        self.raw = raw  # bytes already prepared (e.g. message/rfc822 body)

    def headers(self):
        ct = self.ctype
        if self.charset:
            ct += "; charset=" + ('"%s"' % self.charset if self.charset.startswith("windows") else self.charset)
        if self.params:
            ct += "; " + self.params
        h = [("Content-Type", ct)]
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        h.extend(self.extra)
        return h

    def body(self):
        if self.raw is not None:
            return self.raw
        return encode_body(self.text, self.charset or "ascii", self.cte or "7bit")


class Multi:
    def __init__(self, subtype, parts, boundary, params="", extra_headers=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.extra = extra_headers or []

    def headers(self):
        ct = 'multipart/%s; boundary="%s"' % (self.subtype, self.boundary)
        if self.params:
            ct += "; " + self.params
        return [("Content-Type", ct)] + self.extra

    def body(self):
        out = b""
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n"
            for k, v in p.headers():
                out += ("%s: %s\n" % (k, v)).encode("ascii")
            out += b"\n"
            b = p.body()
            if not b.endswith(b"\n"):
                b += b"\n"
            out += b + b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def message(top_headers, part):
    out = b""
    for k, v in top_headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n"
    for k, v in part.headers():
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"\n"
    out += part.body()
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def wrap72(text, width=72):
    """Hard-wrap every paragraph like vim's gq with tw=72; lines starting
    with '|' or '+' (tables), '> ' (quotes), '-- ' and lines marked with a
    leading '~' (kept verbatim, marker removed) are not touched."""
    out = []
    for para in text.split("\n"):
        if para.startswith("~"):
            out.append(para[1:])
        elif (not para.strip() or para.startswith(("|", "+", ">", "-- ", "-----"))
              or len(para) <= width):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def quote(text, prefix="> ", width=72):
    lines = []
    for l in wrap72(text, width - len(prefix)).split("\n"):
        if l.startswith(">"):
            lines.append(">" + l)
        elif l:
            lines.append(prefix + l)
        else:
            lines.append(prefix.rstrip())
    return "\n".join(lines)


def table(rows, head=("Время", "Заявка", "Поз", "Событие")):
    cols = list(zip(*([head] + rows)))
    w = [max(len(c) for c in col) for col in cols]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"

    def line(r):
        cells = []
        for i, c in enumerate(r):
            if i == 2:
                cells.append(" " + c.center(w[i]) + " ")
            else:
                cells.append(" " + c.ljust(w[i]) + " ")
        return "|" + "|".join(cells) + "|"
    out = [sep, line(head), sep] + [line(r) for r in rows] + [sep]
    return "\n".join(out)


def mid(seed, host, style="neomutt"):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "neomutt":
        return "<%s@%s>" % (h[:16], host)
    if style == "outlook":
        return "<%s$%s$%s@%s>" % (h[:12], h[12:20], h[20:28], host)
    if style == "iphone":
        u = h.upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], host)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % base64.urlsafe_b64encode(bytes.fromhex(h)).decode().rstrip("=")
    if style == "tb":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], host)
    if style == "yandex":
        return "<%s@mail.yandex.ru>" % int(h[:14], 16)
    return "<%s@%s>" % (h, host)
