"""When a position counts as delayed, as a SQL condition the indexes can serve.

A position is delayed when it has stayed in a non-final status longer than that status's
limit (``OMIS_REMINDER_LIMIT_MINUTES``, per status ``status_limits``). The pages count
wall-clock time; the reminder job may additionally skip non-working hours, so a position
shown here can be one the reminders have not reached yet, never the other way round.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, false, or_
from sqlalchemy.sql.elements import ColumnElement

from omis.core.settings import ReminderSettings
from omis.requests.lifecycle import Status
from omis.requests.models import Position

DelayLimits = dict[Status, timedelta]


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


def delayed_condition(limits: DelayLimits, moment: datetime) -> ColumnElement[bool]:
    """SQL: the position is in a non-final status for longer than that status's limit."""
    parts = [late_in(status, moment - limit) for status, limit in limits.items()]
    return or_(*parts) if parts else false()


def is_delayed(status: str, changed_at: datetime, limits: DelayLimits, moment: datetime) -> bool:
    """The same rule in Python, for one row already loaded."""
    try:
        limit = limits.get(Status(status))
    except ValueError:
        return False
    return limit is not None and moment - changed_at > limit
