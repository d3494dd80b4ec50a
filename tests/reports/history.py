"""Building a fixed history for the report tests: positions and their status changes at
known times, with or without the letters behind them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from omis.core.db import Database
from omis.mail.models import Letter
from omis.reminders.rules import OPEN_STATUSES, Calendar, Policy, parse_hours
from omis.reports.period import Period
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.requests.models import Position

MOSCOW = ZoneInfo("Europe/Moscow")
# Friday 20 November 2026, 09:00 in Moscow.
T0 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
STATUSES = (Status.ACCEPTED, Status.EN_ROUTE, Status.ON_SITE, Status.LEFT)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def period(first: date = date(2026, 11, 1), last: date = date(2026, 11, 30)) -> Period:
    return Period(first, last, MOSCOW)


def policy(limit: int = 60, working_hours: str | None = None, **limits: int) -> Policy:
    by_status = {status: timedelta(minutes=limit) for status in OPEN_STATUSES}
    for name, minutes in limits.items():
        by_status[Status[name.upper()]] = timedelta(minutes=minutes)
    calendar = None
    if working_hours:
        start, end = parse_hours(working_hours)
        calendar = Calendar(start, end, frozenset({1, 2, 3, 4, 5}), frozenset(), MOSCOW)
    return Policy(limits=by_status, calendar=calendar)


def position(
    database: Database,
    request: str,
    minutes: list[float | None],
    *,
    number: str = "1",
    contractor: str | None = None,
    sender: str | None = None,
    registered: float | None = None,
) -> int:
    """Register ``request``/``number`` and move it through ``STATUSES`` at ``minutes``
    after T0 (None skips a status; a shorter list leaves it open). With ``sender`` every
    change comes from a letter of that sender."""
    first = next((m for m in minutes if m is not None), 0.0)
    created = at(registered if registered is not None else first - 10)
    with database.session() as session:
        new = store.NewPosition(request, number)
        row = store.add_position(session, new, actor=Actor.OPERATOR, created_at=created)
        if contractor:
            row.request.contractor_email = contractor
        for status, minute in zip(STATUSES, minutes, strict=False):
            if minute is None:
                continue
            letter = _letter(session, sender, request, at(minute)) if sender else None
            event = store.StatusEvent(status, Actor.LETTER, sender, letter=letter, at=at(minute))
            store.change_status(session, row, event)
        return row.id


def _letter(session, sender: str, request: str, moment: datetime) -> Letter:  # type: ignore[no-untyped-def]
    letter = Letter(
        mailbox="test", message_key=f"{request}-{moment.isoformat()}-{id(session)}-{sender}",
        sent_at=moment, received_at=moment, sender=sender, subject=f"Заявка {request}",
        content_hash="x", outcome="applied", attachments=[], evidence=[],
    )  # fmt: skip
    session.add(letter)
    return letter


def status_of(database: Database, position_id: int) -> str:
    with database.session() as session:
        return session.get_one(Position, position_id).status
