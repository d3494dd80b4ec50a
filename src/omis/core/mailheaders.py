"""A letter's header block read straight from its bytes: the fields, and the Date.

Mail sources read only a letter's beginning to order a pass (oldest first) before fetching
bodies, and intake identifies a letter by a hash of the headers its sender wrote; both need
the header block without parsing the whole message.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from omis.core.clock import as_utc

HEADER_END = re.compile(rb"\r?\n\r?\n")
_HEADER_LINE = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*)$")
EARLIEST = datetime(1980, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
_DATE_FIELD = re.compile(r"[^\s,]+")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def header_fields(head: bytes) -> list[tuple[bytes, bytes]]:
    """``(lower-cased name, value)`` of every header line, folded lines unfolded."""
    fields: list[tuple[bytes, bytes]] = []
    for line in head.splitlines():
        if line[:1] in (b" ", b"\t") and fields:
            name, value = fields[-1]
            fields[-1] = (name, value + b" " + line)
            continue
        match = _HEADER_LINE.match(line)
        if match:
            fields.append((match.group(1).lower(), match.group(2)))
    return fields


def header_date(head: bytes) -> datetime | None:
    """The Date header of a letter's beginning (its header block), or None: what a source
    reads to order a pass before fetching bodies."""
    split = HEADER_END.search(head)
    for name, value in header_fields(head[: split.start()] if split else head):
        if name == b"date":
            return parse_date(value.decode("latin-1"))
    return None


def parse_date(value: str) -> datetime | None:
    """A Date header as UTC, or None when it is unreadable or absurd (before EARLIEST or
    from LATEST on: year 9999 overflows the zone arithmetic)."""
    written = written_date(value)
    return as_utc(written) if written is not None else None


def written_date(value: str) -> datetime | None:
    """A Date header as the sender wrote it (in their offset; naive when it names no zone),
    or None when :func:`parse_date` finds it unreadable or absurd."""
    try:
        parsed = parsedate_to_datetime(value)
        utc = as_utc(parsed)
    except Exception:  # malformed, or out of range for the zone arithmetic
        return None
    if _written_year(value) not in (None, parsed.year):
        return None  # «0000» or «1» read as 2000 or 2001: the year written is absurd
    return parsed if EARLIEST <= utc < LATEST else None


def _written_year(value: str) -> int | None:
    """The year the Date means, or None when it names no year of digits.

    The parser reads every year under 100 as a two-digit one, «0000», «0001» and a lone «1»
    too (as 2000, 2001), and two-digit years from 50 to 68 as 2050–2068. The year as written
    is checked against what was read, so every Date meets one range (:data:`EARLIEST`):
    two digits mean what RFC 5322 (4.3) says, 00–49 → 2000–2049 and 50–99 → 1950–1999; any
    other number of digits is the year as written (year 1 of «0001» or of «1» is absurd,
    like 1900). Its place is found as the parser finds it: after the weekday, day and month,
    or after the time in the ``Mon Nov 30 12:00:00 2026`` form; a «30-Nov-2026» day is split."""
    fields = _DATE_FIELD.findall(value)
    if fields and fields[0].isalpha() and fields[0][:3].lower() in _WEEKDAYS:
        del fields[0]
    if fields and fields[0].count("-") == 2:
        fields[:1] = fields[0].split("-")
    year = fields[2] if len(fields) > 2 else ""
    if ":" in year and len(fields) > 3:
        year = fields[3]
    if not (year.isascii() and year.isdigit()):
        return None
    if len(year) == 2:
        return int(year) + (2000 if int(year) < 50 else 1900)
    return int(year)
