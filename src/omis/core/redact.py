"""Secrets never reach a stored job error, an alert, a log line or a printed result.

:func:`redact` is the one function every such text passes through. It masks two kinds of
secret: values the process has been told about with :func:`remember_secret` (a DELO
password, a session cookie: masked wherever they appear, whatever the surrounding
format), and anything that looks like a credential by its shape (``"password": "…"``,
``token=…``, ``Cookie:``/``Set-Cookie:``/``Authorization:`` headers, bearer tokens, Telegram
bot tokens in Bot API addresses, the password of a ``https://user:password@host`` address).
An outside system that echoes a request back is covered by both.
:func:`without_credentials` drops the ``user:password@`` part of an address that is kept
(a key in the database, a place shown to people).
"""

from __future__ import annotations

import re
import threading
from urllib.parse import urlsplit

MASK = "***"
# A remembered value shorter than this is masked only where its shape says it is a
# secret: masking every "omis" in a text because a test account's password is "omis"
# would make the text unreadable.
MIN_REMEMBERED = 6

_KEYS = (
    r"password|passwd|pwd|secret|client_secret|token|access_token|refresh_token|api_key"
    r"|apikey|cookie|session|sessionid"
)
_PATTERNS = (
    # "password": "…" and 'token': '…' in JSON and Python reprs
    re.compile(rf"""(?i)(["']?\b(?:{_KEYS})\b["']?\s*[:=]\s*)(["'])(?:\\.|(?!\2).)*\2"""),
    # password=… in query strings, forms and "key=value" texts
    re.compile(rf"(?i)(\b(?:{_KEYS})=)[^&\s;,\"'<>]+"),
    # HTTP headers, also as the (b'Set-Cookie', b'…') tuples httpcore logs at DEBUG
    re.compile(
        r"""(?i)(\b(?:set-cookie|cookie|authorization)["']?\s*[:,]\s*(?:b(?=["']))?["']?)[^\r\n"']+"""
    ),
    re.compile(r"(?i)(\bbearer\s+)[\w\-.~+/=]+"),
    re.compile(r"(\bbot\d+:)[\w-]{10,}"),
    # the password of an address with credentials: https://user:password@host/...
    re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s/?#@:]*:)[^\s/?#@]+(?=@)"),
)

_remembered: set[str] = set()
_lock = threading.Lock()


def remember_secret(value: str | None) -> None:
    """Mask ``value`` in every text redacted from now on (for the life of the process)."""
    if value and len(value) >= MIN_REMEMBERED:
        with _lock:
            _remembered.add(value)


def redact(text: str | None) -> str:
    """``text`` with every credential, cookie and token replaced by ``***``."""
    if not text:
        return text or ""
    with _lock:
        known = sorted(_remembered, key=len, reverse=True)
    for value in known:
        text = text.replace(value, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(_masked, text)
    return text


def _masked(match: re.Match[str]) -> str:
    prefix = match.group(1)
    quote = match.group(2) if match.re.groups >= 2 else ""
    return f"{prefix}{quote}{MASK}{quote}"


def without_credentials(url: str) -> str:
    """``url`` without its ``user:password@`` part; an address without one is returned
    exactly as given (it names saved state, so it must not change)."""
    netloc = urlsplit(url).netloc
    if "@" not in netloc:
        return url
    return url.replace(netloc, netloc.rpartition("@")[2], 1)
