"""When a position counts as delayed, as a SQL condition the indexes can serve.

A position is delayed when it has stayed in a non-final status longer than that status's
limit (``OMIS_REMINDER_LIMIT_MINUTES``, per status ``status_limits``). The pages count
wall-clock time; the reminder job may additionally skip non-working hours, so a position
shown here can be one the reminders have not reached yet, never the other way round.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from omis.core.settings import ReminderSettings
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request

DelayLimits = dict[Status, timedelta]
# Contractors' own limits by contractor id (only statuses they override).
OwnLimits = Mapping[int, Mapping[Status, timedelta]]


def delay_limits(reminders: ReminderSettings) -> DelayLimits:
    """The limit of every non-final status; unknown names in ``status_limits`` are ignored."""
    limits = {
        status: timedelta(minutes=reminders.limit_minutes)
        for status in Status
        if not status.is_final
    }
    for name, minutes in reminders.status_limits.items():
        try:
            status = Status.parse(name)
        except ValueError:
            continue
        if not status.is_final:
            limits[status] = timedelta(minutes=minutes)
    return limits


def late_in(status: Status, cutoff: Any) -> ColumnElement[bool]:
    """SQL: in ``status`` since before ``cutoff`` (a time, or a bound parameter). One range
    on the (status, status_changed_at) index."""
    return and_(Position.status == status.value, Position.status_changed_at < cutoff)


def delayed_condition(
    limits: DelayLimits, moment: datetime, own: OwnLimits | None = None
) -> ColumnElement[bool]:
    """SQL: the position is in a non-final status for longer than that status's limit (its
    contractor's own limit where the contractor set one)."""
    parts = delayed_parts(limits, moment, own)
    return or_(*parts) if parts else false()


def delayed_parts(
    limits: DelayLimits, moment: datetime, own: OwnLimits | None = None
) -> list[ColumnElement[bool]]:
    """The condition as separate parts, each one range of the (status, status_changed_at)
    index: the global limit of a status for requests of contractors that do not override
    it, and each overriding contractor's own limit for its requests."""
    parts: list[ColumnElement[bool]] = []
    own = own or {}
    for status, limit in limits.items():
        overriding = [key for key, mine in own.items() if status in mine]
        common = late_in(status, moment - limit)
        if not overriding:
            parts.append(common)
            continue
        parts.append(and_(common, ~_of_any(overriding)))
        parts.extend(
            and_(late_in(status, moment - own[key][status]), _of_any([key])) for key in overriding
        )
    return parts


def _of_any(contractors: list[int]) -> ColumnElement[bool]:
    # Correlated, so each late position found on the index costs one lookup of its request
    # by primary key, instead of listing every request of the contractors for each part.
    owner = aliased(Request)  # its own name: the outer query may join requests too
    return (
        select(owner.id)
        .where(owner.id == Position.request_id, owner.contractor_id.in_(contractors))
        .correlate(Position)
        .exists()
    )


def of_contractor(contractor: int) -> ColumnElement[bool]:
    """SQL: the position belongs to a request of ``contractor``."""
    return _of_any([contractor])


def is_delayed(
    status: str,
    changed_at: datetime,
    limits: DelayLimits,
    moment: datetime,
    own: OwnLimits | None = None,
    contractor: int | None = None,
) -> bool:
    """The same rule in Python, for one row already loaded."""
    try:
        parsed = Status(status)
    except ValueError:
        return False
    limit = limits.get(parsed)
    mine = (own or {}).get(contractor) if contractor is not None else None
    if limit is not None and mine and parsed in mine:
        limit = mine[parsed]
    return limit is not None and moment - changed_at > limit


def own_limits(session: Session) -> dict[int, dict[Status, timedelta]]:
    """The contractors' own limits (read per page view: the directory is small)."""
    from omis.contractors.store import limits_by_contractor

    return limits_by_contractor(session)
