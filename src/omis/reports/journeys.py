"""The first time each position reached each status, read once for the reports.

Both the contractor report (how long each step took) and the delay report (when a
position became late) read a position's history the same way: when it reached «заявка
отправлена», «принята», «в пути», «на месте», «убыл», by when each change happened.
One query groups the applied changes per position in the database; the result is kept
on the session for the other report of the same page.

A position whose operator moved it back and forward again keeps the first times: a
report counts how long the contractor took the first time round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, case, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from omis.contractors.models import Contractor
from omis.mail.models import Letter
from omis.reminders.rules import OPEN_STATUSES, Policy
from omis.reports.period import Period, epoch_ms
from omis.requests.lifecycle import Status, Verdict
from omis.requests.models import Position, Request, StatusChange

if TYPE_CHECKING:
    from omis.reports.period import AnySelect

ORDER: tuple[Status, ...] = tuple(Status)
# How far back a working calendar is searched for the lookback (see :func:`lookback`).
LONGEST_LOOKBACK = timedelta(days=62)


@dataclass(frozen=True, slots=True)
class Journey:
    position_id: int
    email: str | None  # the request's contractor address
    sender: str | None  # else the sender of a letter that moved it
    reached: tuple[int | None, ...]  # epoch milliseconds per status of ORDER; None: never
    contractor: str | None = None  # the request's contractor in the directory

    def exits(self) -> list[int | None]:
        """When the position left each status of ORDER: the first later status it reached
        (statuses may be skipped); None while it is still there or never left."""
        found: list[int | None] = [None] * len(self.reached)
        following: int | None = None
        for index in range(len(self.reached) - 1, -1, -1):
            found[index] = following
            value = self.reached[index]
            if value is not None and (following is None or value < following):
                following = value
        return found


def lookback(policy: Policy, start: datetime) -> timedelta:
    """How far before ``start`` a status may have been entered and still run out after it:
    the longest limit, in working time when there is a calendar (a status entered on
    Friday evening runs out on Monday morning; the New Year holidays stretch it further).
    Found through the calendar's own working-time function, a day at a time."""
    longest = max(policy.limit(status) for status in OPEN_STATUSES)
    since = start - longest
    if policy.calendar is None:
        return longest
    while policy.elapsed(since, start) < longest and start - since < LONGEST_LOOKBACK:
        since -= timedelta(days=1)
    return start - since


def journeys(session: Session, period: Period, policy: Policy) -> list[Journey]:
    """Every position with an applied change from ``lookback`` before the period to its
    end; read once per session and period."""
    since = period.start - lookback(policy, period.start)
    key = ("omis.reports.journeys", since, period.end)
    cached: list[Journey] | None = session.info.get(key)
    if cached is None:
        connection = session.connection()
        rows = connection.execute(_query(session, since, period.end)).all()
        unowned = [row[0] for row in rows if row[1] is None and row[2] is None]
        senders = first_senders(connection, unowned)
        cached = [
            Journey(row[0], row[2], senders.get(row[0]), tuple(row[3:]), row[1]) for row in rows
        ]
        session.info[key] = cached
    return cached


SENDER_CHUNK = 1000


def first_senders(connection: Connection, position_ids: list[int]) -> dict[int, str]:
    """The sender of the first letter that moved each position (for the positions whose
    request names no contractor), a thousand positions at a time: the first letter from
    the positions' history, then the senders of those letters, each by its index (one
    query joining both tempted PostgreSQL into reading every letter)."""
    first: dict[int, tuple[int, int, int]] = {}  # position: (changed_at ms, change, letter)
    happened = epoch_ms(StatusChange.changed_at, connection.dialect.name)
    for start in range(0, len(position_ids), SENDER_CHUNK):
        chunk = position_ids[start : start + SENDER_CHUNK]
        query = select(
            StatusChange.position_id, happened, StatusChange.id, StatusChange.letter_id,
        ).where(
            StatusChange.position_id.in_(chunk),
            StatusChange.verdict == Verdict.APPLIED.value,
            StatusChange.letter_id.is_not(None),
        )  # fmt: skip
        for position, changed, change, letter in connection.execute(query):
            known = first.get(position)
            if letter is not None and (known is None or (changed, change) < known[:2]):
                first[position] = (changed, change, letter)
    senders = _senders(connection, sorted({item[2] for item in first.values()}))
    return {position: senders[item[2]] for position, item in first.items() if item[2] in senders}


def _senders(connection: Connection, letter_ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(letter_ids), SENDER_CHUNK):
        chunk = letter_ids[start : start + SENDER_CHUNK]
        query = select(Letter.id, Letter.sender).where(
            Letter.id.in_(chunk), Letter.sender.is_not(None)
        )
        found.update((letter, str(sender)) for letter, sender in connection.execute(query))
    return found


def _query(session: Session, since: datetime, until: datetime) -> AnySelect:
    dialect = session.get_bind().dialect.name
    active = (
        select(StatusChange.position_id)
        .where(
            StatusChange.verdict == Verdict.APPLIED.value,
            StatusChange.changed_at >= since,
            StatusChange.changed_at < until,
        )
        .distinct()
    )
    reached = [
        epoch_ms(
            func.min(case((StatusChange.to_status == status.value, StatusChange.changed_at))),
            dialect,
        ).label(f"reached_{index}")
        for index, status in enumerate(ORDER)
    ]
    return (
        select(
            Position.id,
            Contractor.name.label("contractor"),
            Request.contractor_email.label("email"),
            *reached,
        )
        .join(Request, Request.id == Position.request_id)
        .outerjoin(Contractor, Contractor.id == Request.contractor_id)
        .join(
            StatusChange,
            and_(
                StatusChange.position_id == Position.id,
                StatusChange.verdict == Verdict.APPLIED.value,
            ),
        )
        .where(Position.id.in_(active))
        .group_by(Position.id, Contractor.name, Request.contractor_email)
    )
