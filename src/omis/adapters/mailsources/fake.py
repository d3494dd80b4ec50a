"""The built-in sample letters (the seed's ``--fake``): for demos, never mixed with real mail.

The letters live next to this module (``samples/``): an adapter reads its own data and
depends on nothing of the mail pipeline it feeds.

The samples' Date headers are moved so the newest is ten minutes old: a demo run today
shows today's times, in the samples' original order and spacing. The clock times in their
texts are not moved, so no sample writes a time the reading judges against the Date
(«прибытие 9:50», «на месте в 9:50»): moved, it could read as still to come.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from omis.adapters.mailsources.base import Envelope, KnownRefs, MailSource, RawLetter, unknown
from omis.adapters.mailsources.samples import sample_letters
from omis.core.clock import now
from omis.core.mailheaders import header_date
from omis.core.settings import MailSettings

_DATE = b"\nDate: "


class FakeSource(MailSource):
    name = "fake"

    def __init__(self, settings: MailSettings | None = None) -> None:
        self.after_action = "none"
        self._letters: dict[str, bytes] = {}

    def scan(self, cursor: dict[str, Any], limit: int, known: KnownRefs) -> list[Envelope]:
        letters = sample_letters()
        dates = [_date(raw) for _name, raw in letters]
        stamps = [d for d in dates if d is not None]
        shift = (now() - timedelta(minutes=10)) - max(stamps) if stamps else timedelta(0)
        self._letters = {
            name: _redate(raw, date + shift) if date else raw
            for (name, raw), date in zip(letters, dates, strict=True)
        }
        fresh = list(unknown(list(self._letters), known))[:limit]
        return [Envelope(n, len(self._letters[n]), header_date(self._letters[n])) for n in fresh]

    def read(self, envelopes: list[Envelope]) -> Iterator[RawLetter]:
        for envelope in envelopes:
            yield RawLetter(envelope.ref, self._letters[envelope.ref])


def _date(raw: bytes) -> Any:
    start = raw.find(_DATE)
    if start < 0:
        return None
    end = raw.find(b"\n", start + 1)
    return parsedate_to_datetime(raw[start + len(_DATE) : end].decode().strip())


def _redate(raw: bytes, moment: Any) -> bytes:
    start = raw.find(_DATE) + len(_DATE)
    end = raw.find(b"\n", start)
    return raw[:start] + format_datetime(moment).encode() + raw[end:]
