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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omis.notify.models import Notification
from omis.reminders.rules import OPEN_STATUSES, Policy
from omis.reports.daycounts import DailyReport, DayCounts
from omis.reports.journeys import ORDER, Journey, journeys
from omis.reports.period import Period, ms_moment, ms_of, quarter_of
from omis.requests.lifecycle import Status


@dataclass(frozen=True)
class DelayDay(DayCounts):
    became_late: int = 0
    reminders: int = 0
    escalations: int = 0


@dataclass(frozen=True)
class DelayReport(DailyReport[DelayDay]):
    name = "delays"

    late_by_status: dict[str, int]

    def figures(self) -> dict[str, Any]:
        return {**super().figures(), "became_late_by_status": self.late_by_status}


def delays(session: Session, period: Period, policy: Policy, at: datetime) -> DelayReport:
    """Per day of ``period``: positions that became late, reminders and escalations sent;
    ``at`` is now (the end of the statuses still current)."""
    late: Counter[date] = Counter()
    by_status: Counter[str] = Counter()
    plan = _Plan.of(period, policy, at)
    for journey in journeys(session, period, policy):
        for status, milliseconds in plan.late(journey):
            late[period.day_at(milliseconds / 1000)] += 1
            by_status[status.value] += 1
    sent = _sent(session, period)
    days = [
        DelayDay(day, late[day], sent[(day, "reminder")], sent[(day, "escalation")])
        for day in period.days
    ]
    total = DelayDay.total(days)
    ordered = {s.value: by_status[s.value] for s in OPEN_STATUSES if by_status[s.value]}
    return DelayReport(period, policy.calendar is not None, days, total, ordered)


@dataclass(frozen=True)
class _Plan:
    """The period's bounds and the limits, in epoch milliseconds, worked out once."""

    first: int  # the period's start
    last: int  # its end, or now if that is earlier
    policy: Policy
    limits: tuple[int, ...]  # per open status of ORDER

    @classmethod
    def of(cls, period: Period, policy: Policy, at: datetime) -> _Plan:
        limits = tuple(round(policy.limit(status).total_seconds() * 1000) for status in ORDER[:-1])
        return cls(ms_of(period.start), ms_of(min(period.end, at)), policy, limits)

    def late(self, journey: Journey) -> list[tuple[Status, int]]:
        """The statuses of one position that ran out inside the period, and when."""
        found = []
        exits = journey.exits()
        for index, limit in enumerate(self.limits):
            entered = journey.reached[index]
            if entered is None or entered >= self.last:
                continue
            left = exits[index]
            until = self.last if left is None else min(left, self.last)
            # Wall-clock time is never less than working time: a status that ended within
            # its limit, or before the period, needs no calendar at all.
            if until - entered <= limit or until < self.first:
                continue
            reached = self._reached(ORDER[index], entered, until, limit)
            if reached is not None and self.first <= reached:
                found.append((ORDER[index], reached))
        return found

    def _reached(self, status: Status, entered: int, until: int, limit: int) -> int | None:
        if self.policy.calendar is None:
            return entered + limit if entered + limit < until else None
        found = late_moment(self.policy, status, ms_moment(entered), ms_moment(until))
        return ms_of(found) if found is not None else None


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
    """The first moment in [start, end] by which ``left`` of working time has passed
    (``end`` has more than that).

    Working time grows at most as fast as the clock, so stepping forward by what is still
    missing never passes the moment, and inside working hours lands on it. Halving finds
    working hours first when the steps crawl through the night."""
    moment = _settle(policy, start, start + left, left, steps=3)
    if moment is not None:
        return moment
    low, high = start, end
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if policy.elapsed(start, middle) >= left:
            high = middle
        else:
            low = middle
    return _settle(policy, start, low, left, steps=2) or high


def _settle(
    policy: Policy, start: datetime, moment: datetime, left: timedelta, steps: int
) -> datetime | None:
    for _ in range(steps):
        missing = left - policy.elapsed(start, moment)
        if missing <= timedelta(0):
            return moment
        moment += missing
    return moment if policy.elapsed(start, moment) >= left else None


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
    for number, kind, count in session.connection().execute(query):
        found[(period.day_of_quarter(number), kind)] += count
    return found
