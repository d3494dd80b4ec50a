# -*- coding: utf-8 -*-
"""Small hand-rolled MIME serializer so that charset / transfer encoding of
every part is exactly what the persona's mail client would produce."""
import base64
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import formataddr, format_datetime

MSK = timezone(timedelta(hours=3))
_rnd = random.Random(94017)


def dt(day, hh, mm, ss=None):
    if ss is None:
        ss = _rnd.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=MSK)


def date_hdr(d):
    return format_datetime(d)


def _cs(charset, enc):
    c = Charset(charset)
    c.header_encoding = BASE64 if enc == 'B' else QP
    return c


def enc_header(value, charset='utf-8', enc='B'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, _cs(charset, enc), maxlinelen=76).encode()


def addr(name, email_, charset='utf-8', enc='B'):
    if not name:
        return email_
    try:
        name.encode('ascii')
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return formataddr((name, email_), charset=_cs(charset, enc))


class T:
    """text leaf"""
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 params=None, extra=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params = params or {}
        self.extra = extra or []

    def serialize(self):
        ctype = 'text/%s' % self.subtype
        if self.charset:
            ctype += '; charset="%s"' % self.charset
        for k, v in self.params.items():
            ctype += '; %s=%s' % (k, v)
        data = self.text.replace('\r\n', '\n').encode(self.charset or 'ascii')
        if self.cte == 'base64':
            body = base64.encodebytes(data)
        elif self.cte == 'quoted-printable':
            body = quopri.encodestring(data)
        else:
            body = data
        if not body.endswith(b'\n'):
            body += b'\n'
        hdrs = [('Content-Type', ctype), ('Content-Transfer-Encoding', self.cte)] + self.extra
        return hdrs, body


class Raw:
    """arbitrary leaf (delivery-status, calendar etc.)"""
    def __init__(self, ctype, text, cte='7bit', extra=None, charset='ascii'):
        self.ctype, self.text, self.cte, self.extra, self.charset = ctype, text, cte, extra or [], charset

    def serialize(self):
        data = self.text.encode(self.charset)
        if self.cte == 'base64':
            data = base64.encodebytes(data)
        elif self.cte == 'quoted-printable':
            data = quopri.encodestring(data)
        if not data.endswith(b'\n'):
            data += b'\n'
        return [('Content-Type', self.ctype), ('Content-Transfer-Encoding', self.cte)] + self.extra, data


class RFC822:
    def __init__(self, msg_bytes, extra=None):
        self.msg_bytes, self.extra = msg_bytes, extra or []

    def serialize(self):
        return [('Content-Type', 'message/rfc822')] + self.extra, self.msg_bytes


class M:
    def __init__(self, subtype, parts, params=None, preamble=None):
        self.subtype, self.parts, self.params, self.preamble = subtype, parts, params or {}, preamble

    def serialize(self):
        boundary = '----=_Part_%d_%d' % (_rnd.randint(10**5, 10**6), _rnd.randint(10**8, 10**9))
        ctype = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, boundary)
        for k, v in self.params.items():
            ctype += ';\n\t%s=%s' % (k, v)
        out = b''
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\n'
        for p in self.parts:
            h, b = p.serialize()
            out += b'\n--' + boundary.encode() + b'\n'
            out += _hdr_bytes(h) + b'\n' + b
        out += b'\n--' + boundary.encode() + b'--\n'
        return [('Content-Type', ctype)], out


def _hdr_bytes(h):
    return b''.join(('%s: %s\n' % (k, v)).encode('ascii') for k, v in h)


def build(headers, body):
    """headers: list of (name, already-encoded ascii value)."""
    h, b = body.serialize()
    allh = list(headers) + [('MIME-Version', '1.0')] + h
    return _hdr_bytes(allh) + b'\n' + b


def msgid(kind, d):
    ts = int(d.timestamp())
    r = _rnd.randint(10**5, 10**9)
    if kind == 'outlook':
        return '<%s%06d$%08x@liftmontazh-kzn.ru>' % ('01db', r % 10**6, r)
    if kind == 'mailru':
        return '<%d.%d@f%d.i.mail.ru>' % (ts, r, _rnd.randint(100, 999))
    if kind == 'yandex':
        return '<%d%d@mail.yandex.ru>' % (r, _rnd.randint(10, 99))
    if kind == 'thebat':
        return '<%d.%d@liftmontazh-kzn.ru>' % (ts, r)
    return '<%d.%d.%s@liftmontazh-kzn.ru>' % (ts, r, kind)
