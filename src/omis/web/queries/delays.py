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

from sqlalchemy import Select, and_, false, or_, select
from sqlalchemy.orm import Session
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
    parts: list[ColumnElement[bool]] = []
    own = own or {}
    for status, limit in limits.items():
        overriding = [key for key, mine in own.items() if status in mine]
        common = late_in(status, moment - limit)
        if not overriding:
            parts.append(common)
            continue
        parts.append(and_(common, Position.request_id.not_in(_requests_of(overriding))))
        parts.extend(
            and_(late_in(status, moment - own[key][status]),
                 Position.request_id.in_(_requests_of([key])))
            for key in overriding
        )  # fmt: skip
    return or_(*parts) if parts else false()


def _requests_of(contractors: list[int]) -> Select[int]:
    return select(Request.id).where(Request.contractor_id.in_(contractors))


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
