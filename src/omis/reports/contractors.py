"""Contractor performance: how long each step takes, per contractor and overall.

A position's steps run between the first times it reached two statuses, as the history
says they happened (a letter's Date, not when OMIS read it):

* reaction: «заявка принята» → «подрядчик в пути»;
* travel: «подрядчик в пути» → «подрядчик на месте»;
* on site: «подрядчик на месте» → «подрядчик убыл».

A step counts in the period it ended in; a step whose start or end was never reached (a
position that went from «принята» straight to «на месте») is not counted. A step longer
than its status's reminder limit is a breach. With a working calendar configured
(``OMIS_REMINDER_WORKING_HOURS``...), only working time counts, as for the reminders.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from omis.mail.models import Letter
from omis.reminders.rules import OPEN_STATUSES, Policy
from omis.reports.period import Period, epoch, moment
from omis.reports.stats import median, p90, rounded
from omis.requests.lifecycle import Status, Verdict
from omis.requests.models import Position, Request, StatusChange

UNKNOWN_CONTRACTOR = "не указан"
OVERALL = "все подрядчики"
OPEN_SHOWN = 10


def contractor_of(contractor_email: str | None, letter_sender: str | None) -> str:
    """Who a position is counted under: the domain of the request's contractor address,
    else of the sender of the letters that moved it. The one place that decides it, to
    switch to a contractor directory when there is one."""
    for address in (contractor_email, letter_sender):
        if address and "@" in address:
            return address.rpartition("@")[2].strip(" <>").lower()
    return UNKNOWN_CONTRACTOR


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    start: Status
    end: Status


STEPS: tuple[Step, ...] = (
    Step("reaction", "реакция", Status.ACCEPTED, Status.EN_ROUTE),
    Step("travel", "дорога", Status.EN_ROUTE, Status.ON_SITE),
    Step("on_site", "работа на месте", Status.ON_SITE, Status.LEFT),
)
_REACHED = (Status.ACCEPTED, Status.EN_ROUTE, Status.ON_SITE, Status.LEFT)


@dataclass(frozen=True)
class StepFigures:
    count: int
    median_minutes: float | None
    p90_minutes: float | None
    breached: int
    limit_minutes: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "median_minutes": self.median_minutes,
            "p90_minutes": self.p90_minutes,
            "breached": self.breached,
            "limit_minutes": self.limit_minutes,
        }


@dataclass(frozen=True)
class OpenPosition:
    request: str
    position: str
    status: str
    since: datetime  # in the current status since (the delay clock)
    registered: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "request": self.request,
            "position": self.position,
            "status": self.status,
            "since": self.since.isoformat(),
            "registered": self.registered.isoformat(),
        }


@dataclass(frozen=True)
class ContractorFigures:
    contractor: str
    positions: int  # positions with a step that ended in the period
    breached_positions: int
    steps: dict[str, StepFigures]
    open_count: int
    open_oldest: list[OpenPosition]

    def as_dict(self) -> dict[str, Any]:
        return {
            "contractor": self.contractor,
            "positions": self.positions,
            "breached_positions": self.breached_positions,
            "steps": {key: figures.as_dict() for key, figures in self.steps.items()},
            "open": {
                "count": self.open_count,
                "oldest": [item.as_dict() for item in self.open_oldest],
            },
        }


@dataclass(frozen=True)
class ContractorReport:
    period: Period
    working_time: bool
    contractors: list[ContractorFigures]
    overall: ContractorFigures

    def as_dict(self) -> dict[str, Any]:
        return {
            "report": "contractors",
            "period": self.period.as_dict(),
            "working_time": self.working_time,
            "contractors": [item.as_dict() for item in self.contractors],
            "overall": self.overall.as_dict(),
        }


@dataclass
class _Tally:
    """What one contractor's positions added up to, before it is summarised."""

    minutes: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    breached: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    positions: int = 0
    breached_positions: int = 0
    open: list[OpenPosition] = field(default_factory=list)
    open_count: int = 0


def contractor_performance(session: Session, period: Period, policy: Policy) -> ContractorReport:
    """The figures of every contractor with a step that ended in ``period``, and overall;
    positions open now, oldest first, for every contractor that has any."""
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    overall = _Tally()
    for row in session.execute(_steps_query(session, period)):
        durations = _durations(row, period, policy)
        if not durations:
            continue
        for tally in (tallies[contractor_of(row.email, row.sender)], overall):
            _add(tally, durations, policy)
    for item in _open_positions(session):
        for tally in (tallies[item[0]], overall):
            tally.open_count += 1
            if len(tally.open) < OPEN_SHOWN:
                tally.open.append(item[1])
    ordered = sorted(tallies.items(), key=lambda pair: (-pair[1].positions, pair[0]))
    return ContractorReport(
        period=period,
        working_time=policy.calendar is not None,
        contractors=[_figures(name, tally, policy) for name, tally in ordered],
        overall=_figures(OVERALL, overall, policy),
    )


def _durations(row: Any, period: Period, policy: Policy) -> dict[str, float]:
    """Minutes of each step of one position that ended in the period."""
    reached = dict(zip(_REACHED, row[3:], strict=True))
    start, end = period.start.timestamp(), period.end.timestamp()
    found: dict[str, float] = {}
    for step in STEPS:
        began, ended = reached[step.start], reached[step.end]
        if began is None or ended is None or not start <= ended < end:
            continue
        found[step.key] = _minutes(policy, began, ended)
    return found


def _minutes(policy: Policy, began: float, ended: float) -> float:
    """Minutes between two epoch times, whole seconds (stored times carry float noise)."""
    if policy.calendar is None:
        return max(0, round(ended - began)) / 60
    return round(policy.elapsed(moment(began), moment(ended)).total_seconds()) / 60


def _add(tally: _Tally, durations: dict[str, float], policy: Policy) -> None:
    tally.positions += 1
    late = False
    for step in STEPS:
        minutes = durations.get(step.key)
        if minutes is None:
            continue
        tally.minutes[step.key].append(minutes)
        if minutes * 60 > policy.limit(step.start).total_seconds():
            tally.breached[step.key] += 1
            late = True
    tally.breached_positions += late


def _figures(name: str, tally: _Tally, policy: Policy) -> ContractorFigures:
    steps = {
        step.key: StepFigures(
            count=len(tally.minutes[step.key]),
            median_minutes=rounded(median(tally.minutes[step.key])),
            p90_minutes=rounded(p90(tally.minutes[step.key])),
            breached=tally.breached[step.key],
            limit_minutes=policy.limit(step.start).total_seconds() / 60,
        )
        for step in STEPS
    }
    return ContractorFigures(
        name, tally.positions, tally.breached_positions, steps, tally.open_count, tally.open
    )


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _sender() -> Any:
    """SQL: for a position whose request names no contractor, the sender of the letters
    that moved it (one of them, the same every time)."""
    change = aliased(StatusChange)
    letter_sender = (
        select(func.max(Letter.sender))
        .join(change, change.letter_id == Letter.id)
        .where(change.position_id == Position.id, change.verdict == Verdict.APPLIED.value)
        .scalar_subquery()
    )
    return case((Request.contractor_email.is_(None), letter_sender)).label("sender")


def _steps_query(session: Session, period: Period) -> Select[Any]:
    """Per position with a step that ended in the period: the contractor's address, a
    sender, and the first time (epoch seconds) it reached each status."""
    dialect = _dialect(session)
    moved = (
        select(StatusChange.position_id)
        .where(
            StatusChange.verdict == Verdict.APPLIED.value,
            StatusChange.to_status.in_([step.end.value for step in STEPS]),
            StatusChange.changed_at >= period.start,
            StatusChange.changed_at < period.end,
        )
        .distinct()
    )
    reached = [
        epoch(
            func.min(case((StatusChange.to_status == status.value, StatusChange.changed_at))),
            dialect,
        ).label(f"reached_{index}")
        for index, status in enumerate(_REACHED)
    ]
    return (
        select(Position.id, Request.contractor_email.label("email"), _sender(), *reached)
        .join(Request, Request.id == Position.request_id)
        .join(
            StatusChange,
            and_(
                StatusChange.position_id == Position.id,
                StatusChange.verdict == Verdict.APPLIED.value,
            ),
        )
        .where(Position.id.in_(moved))
        .group_by(Position.id, Request.contractor_email)
    )


def _open_positions(session: Session) -> list[tuple[str, OpenPosition]]:
    """Every position open now with its contractor, registered first."""
    query = (
        select(
            Request.number, Position.number.label("position"), Position.status,
            Position.status_changed_at, Position.created_at,
            Request.contractor_email.label("email"), _sender(),
        )
        .join(Request, Request.id == Position.request_id)
        .where(Position.status.in_([status.value for status in OPEN_STATUSES]))
        .order_by(Position.created_at, Position.id)
    )  # fmt: skip
    return [
        (
            contractor_of(row.email, row.sender),
            OpenPosition(
                row.number, row.position, row.status, row.status_changed_at, row.created_at
            ),
        )
        for row in session.execute(query)
    ]
