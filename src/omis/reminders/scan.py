"""The delay query: open positions whose status is older than their status's limit.

Each open status gets its own ``status = :s AND status_changed_at < :cutoff`` branch, so
the database answers from ``ix_positions_status_changed`` with one range scan per status
and never reads finished positions. The cutoff uses wall-clock time, which is never less
than working time, so the result is a superset that :func:`omis.reminders.rules.decide`
then narrows exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, Select, and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from omis.notify.models import ReminderState
from omis.reminders.rules import OPEN_STATUSES, Cycle, Policy
from omis.requests.lifecycle import Status
from omis.requests.models import Position
from omis.requests.rows import position_rows


@dataclass(frozen=True)
class Candidate:
    position_id: int
    request: str
    position: str
    status: Status
    changed_at: datetime
    comment: str | None
    cycle: Cycle | None  # None when nothing was sent about the current status yet
    contractor_id: int | None = None
    contractor: str | None = None  # the contractor's name, for the texts


def _late(policy: Policy, at: datetime) -> ColumnElement[bool]:
    return or_(
        *(
            and_(
                Position.status == status.value,
                # The shortest limit of the status (a contractor's own may be shorter):
                # a superset that decide() narrows per contractor.
                Position.status_changed_at < at - policy.earliest_limit(status),
            )
            for status in OPEN_STATUSES
        )
    )


def delayed_ids_query(policy: Policy, at: datetime) -> Select[Any]:
    """Only the index-driven part (used by the benchmark)."""
    return select(Position.id).where(_late(policy, at))


def delayed_candidates(session: Session, policy: Policy, at: datetime) -> list[Candidate]:
    """Open positions past their limit (wall-clock), oldest status change first.

    Plain columns, not ORM objects: a backlog of thousands of late positions is read in
    one pass without building an identity map. The order is applied here, not in SQL: an
    ORDER BY on ``status_changed_at`` tempts SQLite into walking that index over every
    position, finished ones included, instead of one range scan per open status."""
    query = (
        position_rows(
            Position.comment,
            ReminderState.status.label("cycle_status"),
            ReminderState.status_changed_at.label("cycle_changed_at"),
            ReminderState.count.label("sent_count"),
            ReminderState.last_sent_at,
            ReminderState.escalated,
        )
        .outerjoin(ReminderState, ReminderState.position_id == Position.id)
        .where(_late(policy, at))
    )
    found = [_candidate(row) for row in session.execute(query).mappings()]
    return sorted(found, key=lambda candidate: (candidate.changed_at, candidate.position_id))


def _candidate(row: RowMapping) -> Candidate:
    return Candidate(
        position_id=row["id"],
        request=row["request_number"],
        position=row["position_number"],
        status=Status(row["status"]),
        changed_at=row["status_changed_at"],
        comment=row["comment"],
        cycle=_current_cycle(row),
        contractor_id=row["contractor_id"],
        contractor=row["contractor"],
    )


def _current_cycle(row: RowMapping) -> Cycle | None:
    # A cycle recorded for another status or another change of it is stale: reset.
    if row["cycle_status"] != row["status"]:
        return None
    if row["cycle_changed_at"] != row["status_changed_at"]:
        return None
    return Cycle(row["sent_count"], row["last_sent_at"], bool(row["escalated"]))
