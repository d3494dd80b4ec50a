"""Automation rate: how much of the contractor mail OMIS decides by itself, per day.

Each stored letter counts once, on the day OMIS received it:

* decided automatically: OMIS applied it, or recorded it as not newer than the status,
  without a person (``review_state`` empty);
* sent to review: it went to the review queue (whatever happened to it there);
* ignored: automatic mail (auto-replies, delivery reports), never a contractor's news.

The share decided automatically is automatic / (automatic + review): ignored mail is
left out, it is not contractor mail. Review items count again on the day they were
resolved (assigned or dismissed), with how long they waited since OMIS received them
(working time when a working calendar is configured).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omis.mail.models import Letter
from omis.reminders.rules import Policy
from omis.reports.daycounts import DailyReport, DayCounts
from omis.reports.period import Period, quarter_of
from omis.reports.stats import median, p90, rounded, share

DECIDED = ("applied", "not_applied")
RESOLVED = ("assigned", "dismissed")


@dataclass(frozen=True)
class MailDay(DayCounts):
    automatic: int = 0
    review: int = 0
    ignored: int = 0
    assigned: int = 0
    dismissed: int = 0

    @property
    def share(self) -> float | None:
        return share(self.automatic, self.automatic + self.review)

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.day_dict(),
            "automatic": self.automatic,
            "review": self.review,
            "ignored": self.ignored,
            "automatic_share": rounded(self.share, 4),
            "assigned": self.assigned,
            "dismissed": self.dismissed,
        }


@dataclass(frozen=True)
class ReviewWait:
    count: int
    median_minutes: float | None
    p90_minutes: float | None
    max_minutes: float | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class MailReport(DailyReport[MailDay]):
    name = "mail"

    wait: ReviewWait  # review items resolved in the period
    open_review: int  # in the queue now

    def figures(self) -> dict[str, Any]:
        return {
            **super().figures(),
            "review_wait": self.wait.as_dict(),
            "open_review": self.open_review,
        }


def automation_rate(session: Session, period: Period, policy: Policy) -> MailReport:
    """Letters per day by how they were decided, review resolutions and waits."""
    days: dict[date, MailDay] = {day: MailDay(day) for day in period.days}
    for day, counts in _received(session, period).items():
        days[day] = days[day].plus(counts)
    waits: list[float] = []
    for day, state, minutes in _resolved(session, period, policy):
        found = MailDay(day, assigned=int(state == "assigned"), dismissed=int(state == "dismissed"))
        days[day] = days[day].plus(found)
        waits.append(minutes)
    ordered = [days[day] for day in period.days]
    total = MailDay.total(ordered)
    wait = ReviewWait(
        len(waits),
        rounded(median(waits)),
        rounded(p90(waits)),
        rounded(max(waits)) if waits else None,
    )
    return MailReport(
        period, policy.calendar is not None, ordered, total, wait, _open_review(session)
    )


def _received(session: Session, period: Period) -> dict[date, MailDay]:
    """Letters received in the period, counted in SQL per quarter hour and outcome."""
    quarter = quarter_of(Letter.received_at, session.get_bind().dialect.name)
    reviewed = Letter.review_state.is_not(None)
    query = (
        select(quarter, Letter.outcome, reviewed, func.count())
        .where(Letter.received_at >= period.start, Letter.received_at < period.end)
        .group_by(quarter, Letter.outcome, reviewed)
    )
    found: dict[date, MailDay] = defaultdict(lambda: MailDay(None))
    for number, outcome, in_review, count in session.connection().execute(query):
        day = period.day_of_quarter(number)
        if in_review:
            found[day] = found[day].plus(MailDay(day, review=count))
        elif outcome in DECIDED:
            found[day] = found[day].plus(MailDay(day, automatic=count))
        elif outcome == "ignored":
            found[day] = found[day].plus(MailDay(day, ignored=count))
    return found


def _resolved(session: Session, period: Period, policy: Policy) -> list[tuple[date, str, float]]:
    """Review items resolved in the period: the day, how, and minutes waited."""
    query = select(Letter.reviewed_at, Letter.review_state, Letter.received_at).where(
        Letter.review_state.in_(RESOLVED),
        Letter.reviewed_at >= period.start,
        Letter.reviewed_at < period.end,
    )
    found: list[tuple[date, str, float]] = []
    for reviewed, state, received in session.connection().execute(query):
        if reviewed is None:  # excluded by the query; the column type admits it
            continue
        waited = round(policy.elapsed(received, reviewed).total_seconds()) / 60
        found.append((period.day_of(reviewed), str(state), waited))
    return found


def _open_review(session: Session) -> int:
    query = select(func.count()).select_from(Letter).where(Letter.review_state == "open")
    return int(session.scalar(query) or 0)
