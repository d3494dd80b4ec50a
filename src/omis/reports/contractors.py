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
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.contractors.models import Contractor
from omis.reminders.rules import OPEN_STATUSES, Policy
from omis.reports.journeys import ORDER, Journey, first_senders, journeys
from omis.reports.period import Period, PeriodReport, epoch_ms, ms_moment, ms_of
from omis.reports.stats import median, p90, rounded
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request

if TYPE_CHECKING:
    from omis.reports.period import AnySelect

UNKNOWN_CONTRACTOR = "не указан"
OVERALL = "все подрядчики"
OPEN_SHOWN = 10


def contractor_of(
    contractor: str | None, contractor_email: str | None, letter_sender: str | None
) -> str:
    """Who a position is counted under: its request's contractor in the directory; for a
    request without one, the domain of the request's contractor address, else of the sender
    of the letters that moved it. The one place that decides it."""
    if contractor:
        return contractor
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


@dataclass(frozen=True)
class StepFigures:
    count: int
    median_minutes: float | None
    p90_minutes: float | None
    breached: int
    limit_minutes: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


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
class ContractorReport(PeriodReport):
    name = "contractors"

    working_time: bool
    contractors: list[ContractorFigures]
    overall: ContractorFigures

    def figures(self) -> dict[str, Any]:
        return {
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

    def add(self, steps: list[tuple[str, float, bool]]) -> None:
        self.positions += 1
        late = False
        for key, minutes, over in steps:
            self.minutes[key].append(minutes)
            if over:
                self.breached[key] += 1
                late = True
        self.breached_positions += late


def contractor_performance(session: Session, period: Period, policy: Policy) -> ContractorReport:
    """The figures of every contractor with a step that ended in ``period``, and overall;
    positions open now, oldest first, for every contractor that has any."""
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    overall = _Tally()
    names = _Names()
    plan = _Plan.of(period, policy)
    for journey in journeys(session, period, policy):
        steps = plan.steps(journey)
        if steps:
            for tally in (
                tallies[names.of(journey.contractor, journey.email, journey.sender)],
                overall,
            ):
                tally.add(steps)
    for name, row in _open_positions(session, names):
        for tally in (tallies[name], overall):
            tally.open_count += 1
            if len(tally.open) < OPEN_SHOWN:
                tally.open.append(_open_position(row))
    ordered = sorted(tallies.items(), key=lambda pair: (-pair[1].positions, pair[0]))
    return ContractorReport(
        period=period,
        working_time=policy.calendar is not None,
        contractors=[_figures(name, tally, policy) for name, tally in ordered],
        overall=_figures(OVERALL, overall, policy),
    )


class _Names(dict[tuple[str | None, str | None, str | None], str]):
    """:func:`contractor_of`, remembered: a report meets the same few addresses often."""

    def of(self, contractor: str | None, email: str | None, sender: str | None) -> str:
        key = (contractor, email, sender)
        if key not in self:
            self[key] = contractor_of(contractor, email, sender)
        return self[key]


Measured = list[tuple[str, float, bool]]  # step key, minutes, over its limit


@dataclass(frozen=True)
class _Plan:
    """What a period and a policy make of each position, worked out once per report:
    (step key, index of its start and end in ORDER, limit in ms). Times in epoch ms."""

    first: int
    after: int
    policy: Policy
    layout: tuple[tuple[str, int, int, int], ...]

    @classmethod
    def of(cls, period: Period, policy: Policy) -> _Plan:
        index = {status: number for number, status in enumerate(ORDER)}
        layout = tuple(
            (s.key, index[s.start], index[s.end], _ms(policy.limit(s.start))) for s in STEPS
        )
        return cls(ms_of(period.start), ms_of(period.end), policy, layout)

    def steps(self, journey: Journey) -> Measured:
        """The steps of one position that ended in the period, with their minutes."""
        found: Measured = []
        reached = journey.reached
        for key, start, end, limit in self.layout:
            began, ended = reached[start], reached[end]
            if began is None or ended is None or not self.first <= ended < self.after:
                continue
            spent = self._spent(began, ended)
            found.append((key, spent / 60_000, spent > limit))
        return found

    def _spent(self, began: int, ended: int) -> int:
        """Milliseconds from ``began`` to ``ended``, working time with a calendar."""
        if self.policy.calendar is None:
            return max(0, ended - began)
        elapsed = self.policy.elapsed(ms_moment(began), ms_moment(ended))
        return _ms(elapsed)


def _ms(span: timedelta) -> int:
    return round(span.total_seconds() * 1000)


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


def _open_positions(session: Session, names: _Names) -> list[tuple[str, Any]]:
    """Every position open now with its contractor, registered first."""
    connection = session.connection()
    rows = connection.execute(_open_query(connection.dialect.name)).all()
    unowned = [row.id for row in rows if row.contractor is None and row.email is None]
    senders = first_senders(connection, unowned)
    return [(names.of(row.contractor, row.email, senders.get(row.id)), row) for row in rows]


def _open_query(dialect: str) -> AnySelect:
    """Every position open now, registered first; times in epoch milliseconds, made into
    datetimes only for the few shown."""
    return (
        select(
            Request.number, Position.number.label("position"), Position.status,
            epoch_ms(Position.status_changed_at, dialect).label("since"),
            epoch_ms(Position.created_at, dialect).label("registered"),
            Request.contractor_email.label("email"), Position.id,
            Contractor.name.label("contractor"),
        )
        .join(Request, Request.id == Position.request_id)
        .outerjoin(Contractor, Contractor.id == Request.contractor_id)
        .where(Position.status.in_([status.value for status in OPEN_STATUSES]))
        .order_by(Position.created_at, Position.id)
    )  # fmt: skip


def _open_position(row: Any) -> OpenPosition:
    return OpenPosition(
        row.number, row.position, row.status, ms_moment(row.since), ms_moment(row.registered)
    )
