"""The one clock of OMIS. Tests freeze it (time-machine); code never reads time elsewhere.

Scenarios may move it forward (:func:`travel`) to show what a later scheduled run
would do; nothing else does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

_offset = timedelta(0)


def now() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC) + _offset


def as_utc(value: datetime) -> datetime:
    """Treat a naive value as UTC (SQLite returns naive datetimes) and convert to UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class TimeTravel:
    """Handle of :func:`travel`: moves ``now()`` forward for the rest of the block."""

    def forward(self, delta: timedelta) -> None:
        global _offset  # one process-wide clock is the point of this module
        _offset += delta


@contextmanager
def travel() -> Iterator[TimeTravel]:
    """A block in which a scenario's «wait» steps move ``now()`` ahead; the real clock is
    back when the block ends, however it ends."""
    global _offset
    saved = _offset
    try:
        yield TimeTravel()
    finally:
        _offset = saved
