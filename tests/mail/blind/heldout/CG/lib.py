# -*- coding: utf-8 -*-
"""Low-level helpers: build raw RFC 5322 messages byte by byte, the way the
persona's mail clients (Outlook on Windows, The Bat!, Mail.ru/Yandex/Gmail
mobile apps, iPhone Mail) would put them on the wire."""
import base64
import hashlib
import html
import quopri
import random
import re
from datetime import datetime, timedelta, timezone

SAMARA = timezone(timedelta(hours=4))
MSK = timezone(timedelta(hours=3))

WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"]
MON_ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
            "нояб.", "дек."]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_rng = random.Random(850000)


def dt(day, hh, mm, ss=None, tz=SAMARA):
    if ss is None:
        ss = _rng.randint(3, 58)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=tz)


def rfc_date(d):
    off = d.utcoffset()
    sign = "+" if off >= timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        EN_WD[d.weekday()], d.day, EN_MON[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def outlook_sent(d):
    return "%s, %d %s %d г. %d:%02d" % (WD_FULL[d.weekday()], d.day, MON_GEN[d.month - 1],
                                        d.year, d.hour, d.minute)


def yandex_quote_date(d):
    return "%02d.%02d.%d, %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)


def gmail_quote_date(d):
    return "%s, %d %s %d г. в %02d:%02d" % (WD_SHORT[d.weekday()], d.day, MON_ABBR[d.month - 1],
                                           d.year, d.hour, d.minute)


def bat_quote_date(d):
    return "%d %s %d г., %d:%02d:%02d" % (d.day, MON_GEN[d.month - 1], d.year, d.hour, d.minute,
                                         d.second)


def mailru_quote_date(d):
    wd = WD_FULL[d.weekday()].capitalize()
    return "%s, %d %s %d, %d:%02d +04:00" % (wd, d.day, MON_GEN[d.month - 1], d.year, d.hour,
                                             d.minute)


def koi_safe(s):
    for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N"), ("“", '"'),
                 ("”", '"'), ("…", "...")):
        s = s.replace(a, b)
    return s


def prep(text, charset):
    if charset.lower() == "koi8-r":
        text = koi_safe(text)
    text.encode(charset)  # raise if not encodable
    return text


def encode_word(text, charset, enc="B", limit=None):
    """RFC 2047 encoded words, split on character boundaries, <= ~75 chars each."""
    if all(ord(c) < 128 for c in text):
        return text
    text = prep(text, charset)
    if limit is None:
        limit = 36 if charset.lower() == "utf-8" else 45
    tokens = re.findall(r"\S+\s*|\s+", text)
    words = []
    chunk = ""
    for tok in tokens:
        if len((chunk + tok).encode(charset)) <= limit:
            chunk += tok
            continue
        if chunk:
            words.append(chunk)
            chunk = ""
        while len(tok.encode(charset)) > limit:  # very long token: split by characters
            cut = tok
            while len(cut.encode(charset)) > limit:
                cut = cut[:-1]
            words.append(cut)
            tok = tok[len(cut):]
        chunk = tok
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    q += "_"
                elif b < 128 and (c.isalnum() or c in "!*+-/"):
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def addr(name, email, charset="utf-8", enc="B", quoted=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if quoted else "%s <%s>" % (name, email)
    w = encode_word(name, charset, enc, limit=52)
    if quoted:
        return '"%s" <%s>' % (w, email)
    return "%s <%s>" % (w, email)


def encode_body(text, charset, cte):
    text = prep(text, charset)
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii") + ("\n" if not raw.endswith(b"\n") else "")
    if cte in ("8bit", "7bit"):
        return raw  # bytes, written as is
    raise ValueError(cte)


class Part:
    def __init__(self, ctype, body, charset=None, cte=None, extra=None, params=None):
        self.ctype = ctype
        self.charset = charset
        self.cte = cte
        self.body = body  # str (already text) or list of Part
        self.extra = extra or []
        self.params = params or ""

    def render(self, quote_charset=True):
        """Returns bytes: headers + blank line + body."""
        if isinstance(self.body, list):
            boundary = self.params
            lines = ["Content-Type: %s;\n\tboundary=\"%s\"" % (self.ctype, boundary)]
            lines += ["%s: %s" % h for h in self.extra]
            out = ("\n".join(lines) + "\n\n").encode("ascii")
            out += b"This is a multi-part message in MIME format.\n\n" if "NextPart" in boundary else b""
            for p in self.body:
                out += ("--%s\n" % boundary).encode("ascii") + p.render() + b"\n"
            out += ("--%s--\n" % boundary).encode("ascii")
            return out
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset if quote_charset else "; charset=%s" % self.charset
        if self.params:
            ct += self.params
        lines = ["Content-Type: %s" % ct]
        if self.cte:
            lines.append("Content-Transfer-Encoding: %s" % self.cte)
        lines += ["%s: %s" % h for h in self.extra]
        head = ("\n".join(lines) + "\n\n").encode("ascii")
        if self.charset and self.cte:
            b = encode_body(self.body, self.charset, self.cte)
            if isinstance(b, str):
                b = b.encode("ascii")
        else:
            b = self.body.encode("ascii") if isinstance(self.body, str) else self.body
        return head + b


def message(headers, part):
    """headers: list of (name, value) in order; values already ASCII-safe."""
    h = []
    for k, v in headers:
        h.append("%s: %s" % (k, v))
    hb = ("\n".join(h) + "\n").encode("ascii")
    if not any(k.lower() == "mime-version" for k, _ in headers):
        hb += b"MIME-Version: 1.0\n"
    return hb + part.render()


def hexid(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def outlook_msgid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "<%s01%s$%s$%s@lift-pv.ru>" % ("0000", h[:10].lower(), h[10:18].lower(), h[18:26].lower())


def outlook_boundary(seed):
    h = hashlib.sha1(("b" + seed).encode()).hexdigest().upper()
    return "----=_NextPart_000_%s_%s.%s" % (h[:4], "01DB" + h[4:8], h[8:16])


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(("t" + seed).encode()).digest()[:22]).decode()


def esc(s):
    return html.escape(s, quote=False)
