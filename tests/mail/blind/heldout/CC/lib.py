# -*- coding: utf-8 -*-
"""Helpers for building the test letters with the standard email package."""
import base64
import hashlib
import html
import quopri
import re
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr, getaddresses
from email import policy

VLAT = timezone(timedelta(hours=10))

DISPATCH = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")
MAX = ("Максим Корнеев", "maksim.alp25@gmail.com")
MAX_WORK = ("Максим Корнеев", "m.korneev@vysota-vl.ru")
ALENA = ("Алёна Сидоренко", "a.sidorenko@vysota-vl.ru")
OFFICE = ("ООО «Высота ДВ»", "office@vysota-vl.ru")
BUH = ("Гончаренко Татьяна Петровна", "buh@vysota-vl.ru")

WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
MON = {11: "нояб.", 10: "окт.", 12: "дек."}
MON_FULL = {11: "ноября", 10: "октября", 12: "декабря"}


def dt(day, hh, mm, ss=None, month=11):
    if ss is None:
        ss = (day * 7 + hh * 13 + mm * 3) % 60
    return datetime(2026, month, day, hh, mm, ss, tzinfo=VLAT)


def h(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def hb64(seed, n=40):
    raw = hashlib.sha256(seed.encode("utf-8")).digest() + hashlib.sha1(seed.encode()).digest()
    s = base64.b64encode(raw).decode().replace("/", "_").replace("+", "-")
    return s[:n]


def enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(pair, charset=None):
    """Plain display form «Имя <email>»; encoding happens in finalize()."""
    name, email = pair
    if not name:
        return email
    return "%s <%s>" % (name, email)


ADDR_HDRS = {"From", "To", "Cc", "Reply-To"}


def ew(s, charset):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode("ascii"))


def mkheader(k, v, charset):
    """Encode a header value: display names as one encoded-word each, other
    headers as (folded) RFC 2047 words."""
    if isinstance(v, Header):
        return v.encode()
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        pass
    if k in ADDR_HDRS:
        out = []
        for n, e in getaddresses([v]):
            if not n:
                out.append(e)
                continue
            try:
                n.encode("ascii")
                out.append("%s <%s>" % (n, e))
            except UnicodeEncodeError:
                out.append("%s <%s>" % (ew(n, charset), e))
        return ", ".join(out)
    return Header(v, charset, header_name=k).encode()


def leaf(ctype, text, charset="utf-8", cte="base64", crlf=True, params=""):
    m = Message()
    if charset:
        m["Content-Type"] = '%s; charset="%s"%s' % (ctype, charset, params)
    else:
        m["Content-Type"] = ctype + params
    if isinstance(text, bytes):
        raw = text
    else:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        raw = text.encode(charset or "ascii")
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "8bit":
        payload = raw.replace(b"\r\n", b"\n").decode("ascii", "surrogateescape")
    elif cte == "7bit":
        payload = raw.replace(b"\r\n", b"\n").decode("ascii")
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary, extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)
    m.set_payload(list(parts))
    return m


def png_logo():
    """A tiny valid PNG (blue/orange stripes) used as the signature logo."""
    w, hgt = 64, 20
    rows = []
    for y in range(hgt):
        row = bytearray([0])
        for x in range(w):
            if (x + y) % 16 < 8:
                row += bytes([0x1F, 0x4E, 0x8C])
            else:
                row += bytes([0xF2, 0x8C, 0x28])
        rows.append(bytes(row))
    data = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", data) + chunk(b"IEND", b""))


def image_part(cid, name="logo.png"):
    m = Message()
    m["Content-Type"] = 'image/png; name="%s"' % name
    m["Content-Disposition"] = 'inline; filename="%s"' % name
    m["Content-Transfer-Encoding"] = "base64"
    m["Content-ID"] = "<%s>" % cid
    m.set_payload(base64.encodebytes(png_logo()).decode("ascii"))
    return m


def html2text(s):
    s = re.sub(r"(?is)<style.*?</style>", "", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(div|p|tr|h\d|li|table)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"(?i)<blockquote[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    lines = [ln.rstrip(" \t") for ln in s.split("\n")]
    out = []
    for ln in lines:
        if ln.strip() == "" and out and out[-1] == "":
            continue
        out.append(ln.strip() if "\t" not in ln else ln.strip().replace("\t", " | "))
    return "\n".join(out).strip() + "\n"


def finalize(body, headers, charset="utf-8"):
    top = Message()
    for k, v in headers:
        if v is None:
            continue
        top[k] = mkheader(k, v, charset)
    top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    return top


def write(msg, path):
    with open(path, "wb") as f:
        BytesGenerator(f, policy=policy.compat32.clone(max_line_length=0), mangle_from_=False).flatten(msg)


def ru_date_gmail(d):
    return "%s, %d %s %d г. в %02d:%02d" % (WD[d.weekday()], d.day, MON[d.month], d.year, d.hour, d.minute)


def ru_date_yandex(d):
    return "%02d.%02d.%d, %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln.strip() else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def text_to_html_divs(text):
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (html.escape(ln) if ln.strip() else "<br>"))
    return "".join(out)
