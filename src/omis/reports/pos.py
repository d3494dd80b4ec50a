"""POS sync progress per day and installation, from the recorded runs' counts.

Every finished run of a job whose name starts with ``pos`` records its counts. Runs of
before the counts grew (no ``installation``, ``advanced``, ``open_*`` keys) belong to the
one installation there was, ``default``, and their missing figures stay missing: shown
as «нет данных», never as zero. A day's rows written, advanced, failed, unmapped and drift
are the sums over its runs that recorded them; the open appeals (how many are followed,
the oldest, by age) are the last recorded snapshot of the day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Float, Text, column, func, select, true
from sqlalchemy.orm import Session

from omis.core.models import JobRun
from omis.reports.period import Period, PeriodReport, epoch, moment

if TYPE_CHECKING:
    from omis.reports.period import AnySelect

DEFAULT_INSTALLATION = "default"
SUMMED = ("updated", "advanced", "failed", "unmapped", "drift")
# The age buckets of open appeals (:data:`omis.pos.report.AGE_BUCKETS`), youngest first.
AGE_TITLES = {
    "0-10": "0–10 дн.",
    "11-30": "11–30 дн.",
    "31-60": "31–60 дн.",
    "60+": "старше 60 дн.",
}
AGES = tuple(AGE_TITLES)
FINISHED = ("success", "partial", "failed")


@dataclass(frozen=True)
class OpenAppeals:
    """One run's snapshot of the appeals still open."""

    at: datetime
    followed: int | None
    oldest: str | None  # ISO date
    by_age: dict[str, int | None]

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "followed": self.followed,
            "oldest": self.oldest,
            "by_age": self.by_age,
        }

    @property
    def known(self) -> bool:
        return self.followed is not None or any(v is not None for v in self.by_age.values())


@dataclass(frozen=True)
class PosDay:
    day: date
    installation: str
    runs: int = 0
    sums: dict[str, int | None] = field(default_factory=lambda: dict.fromkeys(SUMMED))
    open: OpenAppeals | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "installation": self.installation,
            "runs": self.runs,
            **self.sums,
            "open": self.open.as_dict() if self.open else None,
        }


@dataclass(frozen=True)
class PosReport(PeriodReport):
    name = "pos"

    days: list[PosDay]  # only days with runs, by day then installation
    installations: list[str]
    latest: dict[str, OpenAppeals]  # the last snapshot per installation in the period

    def figures(self) -> dict[str, Any]:
        return {
            "installations": self.installations,
            "days": [day.as_dict() for day in self.days],
            "latest_open": {name: item.as_dict() for name, item in self.latest.items()},
        }

    def totals(self, installation: str) -> dict[str, int | None]:
        """The period's sums for one installation (None where no run recorded the figure)."""
        found: dict[str, int | None] = dict.fromkeys(SUMMED)
        for day in self.days:
            if day.installation == installation:
                found = {key: _plus(found[key], day.sums[key]) for key in SUMMED}
        return found


def pos_progress(session: Session, period: Period) -> PosReport:
    """Per day and installation: the sums of the runs' figures and the last snapshot."""
    groups: dict[tuple[date, str], _Group] = {}
    for started, figures in _runs(session, period):
        installation = str(figures.get("installation") or DEFAULT_INSTALLATION)
        key = (period.day_at(started), installation)
        group = groups.get(key) or groups.setdefault(key, _Group())
        group.add(started, figures)
    days = [groups[key].day(*key) for key in sorted(groups)]
    latest = {day.installation: day.open for day in days if day.open is not None}
    return PosReport(period, days, sorted({day.installation for day in days}), latest)


class _Group:
    """One day of one installation while its runs are read: the sums so far, and the
    last run that recorded the open appeals (only that one becomes a snapshot)."""

    def __init__(self) -> None:
        self.runs = 0
        self.sums: dict[str, int | None] = dict.fromkeys(SUMMED)
        self.last_open: tuple[float, dict[str, Any]] | None = None

    def add(self, started: float, figures: dict[str, Any]) -> None:
        self.runs += 1
        for name in SUMMED:
            value = figures.get(name)
            if value is not None:
                self.sums[name] = _plus(self.sums[name], _count(value))
        if any(figures.get(key) is not None for key in OPEN_KEYS):
            self.last_open = (started, figures)

    def day(self, day: date, installation: str) -> PosDay:
        opened = _snapshot(moment(self.last_open[0]), self.last_open[1]) if self.last_open else None
        return PosDay(day, installation, self.runs, self.sums, opened)


def _plus(total: int | None, value: int | None) -> int | None:
    if value is None:
        return total
    return (total or 0) + value


def _count(value: Any) -> int | None:
    """A recorded figure as a whole number; anything else (absent, null, text) as absent."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _snapshot(started: datetime, figures: dict[str, Any]) -> OpenAppeals:
    ages = figures.get("open_by_age")
    ages = ages if isinstance(ages, dict) else {}
    by_age = {age: _count(ages.get(age)) for age in AGES}
    oldest = figures.get("open_oldest")
    return OpenAppeals(
        started,
        _count(figures.get("open_followed")),
        str(oldest) if oldest is not None else None,
        by_age,
    )


# What the report reads of a run's counts; the rest (drift rows, unmapped values) is
# left in the database: a year of runs holds far more of it than of these.
OPEN_KEYS = ("open_followed", "open_oldest", "open_by_age")
READ = ("installation", *SUMMED, *OPEN_KEYS)


def _runs(session: Session, period: Period) -> list[tuple[float, dict[str, Any]]]:
    """The finished POS runs of the period, oldest first, with the figures they recorded.

    Each engine reads a run's JSON once: SQLite extracts every path in one call (a JSON
    array comes back), PostgreSQL parses it into a typed record."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        paths = [f'$."{key}"' for key in READ]
        figures: Any = func.json_extract(JobRun.counts, *paths)
        rows = connection.execute(_select(period, "sqlite", figures))
        return [(started, dict(zip(READ, json.loads(found), strict=True)))
                for started, found in rows]  # fmt: skip
    record = func.json_to_record(JobRun.counts).table_valued(
        *(column(key, _PG_TYPES.get(key, Float)) for key in READ)
    ).render_derived(name="figures", with_types=True)  # fmt: skip
    query = _select(period, "postgresql", *record.c).join_from(JobRun, record, true())
    return [(row[0], dict(zip(READ, row[1:], strict=True)))
            for row in connection.execute(query)]  # fmt: skip


_PG_TYPES: dict[str, Any] = {"installation": Text, "open_oldest": Text, "open_by_age": JSON}


def _select(period: Period, dialect: str, *figures: Any) -> AnySelect:
    return (
        select(epoch(JobRun.started_at, dialect), *figures)
        .where(
            JobRun.job.like("pos%"),
            JobRun.outcome.in_(FINISHED),
            JobRun.started_at >= period.start,
            JobRun.started_at < period.end,
        )
        .order_by(JobRun.started_at, JobRun.id)
    )
