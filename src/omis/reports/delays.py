"""Delays per day: positions that became late, reminders and escalations sent.

A position became late at the moment its time in a non-final status reached that
status's reminder limit (counted in working time when a working calendar is configured,
exactly as the reminders count it), provided it was still in that status then. The time
in a status runs from when the change happened to when the next one happened, or to now
for the current status. It is counted on the day it became late, whether or not anyone
was reminded: without channels configured nobody is, yet the position was late.

Reminders and escalations are the messages the outbox confirmed as sent, per channel
target (one digest to Telegram and one e-mail are two messages).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, literal, or_, select
from sqlalchemy.orm import Session

from omis.notify.models import Notification
from omis.reminders.rules import OPEN_STATUSES, Policy
from omis.reports.period import Period, epoch, from_epoch, moment, quarter_of
from omis.requests.lifecycle import Status, Verdict
from omis.requests.models import StatusChange

# With a working calendar a limit may take days of wall-clock time to run out (a long
# weekend, the New Year holidays): look this much further back for statuses entered
# before the period that became late inside it.
CALENDAR_LOOKBACK = timedelta(days=31)


@dataclass(frozen=True)
class DelayDay:
    day: date | None  # None: the whole period
    became_late: int = 0
    reminders: int = 0
    escalations: int = 0

    def plus(self, other: DelayDay) -> DelayDay:
        return DelayDay(
            self.day,
            self.became_late + other.became_late,
            self.reminders + other.reminders,
            self.escalations + other.escalations,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            **({"day": self.day.isoformat()} if self.day else {}),
            "became_late": self.became_late,
            "reminders": self.reminders,
            "escalations": self.escalations,
        }


@dataclass(frozen=True)
class DelayReport:
    period: Period
    working_time: bool
    days: list[DelayDay]
    total: DelayDay
    late_by_status: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {
            "report": "delays",
            "period": self.period.as_dict(),
            "working_time": self.working_time,
            "days": [day.as_dict() for day in self.days],
            "total": self.total.as_dict(),
            "became_late_by_status": self.late_by_status,
        }


def delays(session: Session, period: Period, policy: Policy, at: datetime) -> DelayReport:
    """Per day of ``period``: positions that became late, reminders and escalations sent;
    ``at`` is now (the end of the statuses still current)."""
    late: Counter[date] = Counter()
    by_status: Counter[str] = Counter()
    for status, entered, left in session.execute(_candidates(session, period, policy)):
        until = min(from_epoch(left) or at, at, period.end)
        reached = late_moment(policy, Status(status), moment(entered), until)
        if reached is not None and period.contains(reached):
            late[period.day_of(reached)] += 1
            by_status[status] += 1
    sent = _sent(session, period)
    days = [
        DelayDay(day, late[day], sent[(day, "reminder")], sent[(day, "escalation")])
        for day in period.days
    ]
    total = DelayDay(None)
    for item in days:
        total = total.plus(item)
    ordered = {s.value: by_status[s.value] for s in OPEN_STATUSES if by_status[s.value]}
    return DelayReport(period, policy.calendar is not None, days, total, ordered)


def late_moment(
    policy: Policy, status: Status, entered: datetime, until: datetime
) -> datetime | None:
    """When a position in ``status`` since ``entered`` reached its limit, if that was
    before ``until`` (when it left the status, or now); None otherwise."""
    limit = policy.limit(status)
    if policy.calendar is None:
        reached = entered + limit
        return reached if reached < until else None
    counted = timedelta(0)
    start = entered
    while start < until:
        # One calendar day at a time, through the reminders' own working-time function.
        local = start.astimezone(policy.calendar.tz).date() + timedelta(days=1)
        end = min(datetime.combine(local, time(0), policy.calendar.tz), until)
        worked = policy.elapsed(start, end)
        if counted + worked > limit:
            return _reached(policy, start, end, limit - counted)
        counted += worked
        start = end
    return None


def _reached(policy: Policy, start: datetime, end: datetime, left: timedelta) -> datetime:
    """The first moment in [start, end] by which ``left`` of working time has passed."""
    low, high = start, end
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if policy.elapsed(start, middle) >= left:
            high = middle
        else:
            low = middle
    return high


def _candidates(session: Session, period: Period, policy: Policy) -> Select[Any]:
    """Applied changes into a non-final status that may have become late in the period:
    entered early enough, and left (by wall-clock time, never less than working time)
    later than the smallest limit, or not left yet. Epoch seconds."""
    dialect = session.get_bind().dialect.name
    lookback = max(policy.limit(status) for status in OPEN_STATUSES)
    if policy.calendar is not None:
        lookback += CALENDAR_LOOKBACK
    since = period.start - lookback
    active = select(StatusChange.position_id).where(
        StatusChange.verdict == Verdict.APPLIED.value,
        StatusChange.changed_at >= since,
        StatusChange.changed_at < period.end,
    )
    entered = epoch(StatusChange.changed_at, dialect)
    following = func.lead(entered).over(
        partition_by=StatusChange.position_id,
        order_by=(StatusChange.changed_at, StatusChange.id),
    )
    history = (
        select(
            StatusChange.to_status.label("status"),
            StatusChange.changed_at.label("changed_at"),
            entered.label("entered"),
            following.label("left"),
        )
        .where(
            StatusChange.verdict == Verdict.APPLIED.value,
            StatusChange.position_id.in_(active),
        )
        .subquery()
    )
    smallest = policy.smallest_limit.total_seconds()
    return select(history.c.status, history.c.entered, history.c.left).where(
        history.c.status != Status.LEFT.value,
        history.c.changed_at >= since,
        history.c.changed_at < period.end,
        or_(history.c.left.is_(None), history.c.left - history.c.entered > literal(smallest)),
    )


def _sent(session: Session, period: Period) -> Counter[tuple[date, str]]:
    """Reminder and escalation messages sent, per local day and kind."""
    quarter = quarter_of(Notification.sent_at, session.get_bind().dialect.name)
    query = (
        select(quarter, Notification.kind, func.count())
        .where(
            Notification.state == "sent",
            Notification.kind.in_(("reminder", "escalation")),
            Notification.sent_at >= period.start,
            Notification.sent_at < period.end,
        )
        .group_by(quarter, Notification.kind)
    )
    found: Counter[tuple[date, str]] = Counter()
    for number, kind, count in session.execute(query):
        found[(period.day_of_quarter(number), kind)] += count
    return found
