"""POS sync progress per day and installation, from the recorded runs' counts.

Every finished run of a job whose name starts with ``pos`` records its counts. Runs of
before the counts grew (no ``installation``, ``advanced``, ``open_*`` keys) belong to the
one installation there was, ``default``, and their missing figures stay missing: shown
as «нет данных», never as zero. A day's rows written, advanced, failed, unmapped and drift
are the sums over its runs that recorded them; the open appeals (how many are followed,
the oldest, by age) are the last recorded snapshot of the day.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from omis.core.models import JobRun
from omis.reports.period import Period

DEFAULT_INSTALLATION = "default"
SUMMED = ("updated", "advanced", "failed", "unmapped", "drift")
AGES = ("0-10", "11-30", "31-60", "60+")
AGE_TITLES = {
    "0-10": "0–10 дн.",
    "11-30": "11–30 дн.",
    "31-60": "31–60 дн.",
    "60+": "старше 60 дн.",
}
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
class PosReport:
    period: Period
    days: list[PosDay]  # only days with runs, by day then installation
    installations: list[str]
    latest: dict[str, OpenAppeals]  # the last snapshot per installation in the period

    def as_dict(self) -> dict[str, Any]:
        return {
            "report": "pos",
            "period": self.period.as_dict(),
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
    days: dict[tuple[date, str], PosDay] = {}
    latest: dict[str, OpenAppeals] = {}
    for row in session.execute(_runs_query(period)):
        installation = row.installation or DEFAULT_INSTALLATION
        key = (period.day_of(row.started_at), installation)
        day = days.get(key) or PosDay(key[0], installation)
        sums = {name: _plus(day.sums[name], getattr(row, name)) for name in SUMMED}
        snapshot = _snapshot(row)
        opened = snapshot if snapshot.known else day.open
        days[key] = replace(day, runs=day.runs + 1, sums=sums, open=opened)
        if snapshot.known:
            latest[installation] = snapshot
    ordered = [days[key] for key in sorted(days)]
    names = sorted({day.installation for day in ordered})
    return PosReport(period, ordered, names, latest)


def _plus(total: int | None, value: int | None) -> int | None:
    if value is None:
        return total
    return (total or 0) + value


def _snapshot(row: Any) -> OpenAppeals:
    by_age = {age: getattr(row, _age_label(age)) for age in AGES}
    return OpenAppeals(row.started_at, row.open_followed, row.open_oldest, by_age)


def _age_label(age: str) -> str:
    return "age_" + age.replace("-", "_").replace("+", "_more")


def _runs_query(period: Period) -> Select[Any]:
    """The finished POS runs of the period, oldest first, with the figures read out of
    their counts in SQL (a run's counts also hold long lists nobody needs here)."""
    counts = JobRun.counts
    return (
        select(
            JobRun.started_at,
            counts["installation"].as_string().label("installation"),
            *(counts[name].as_integer().label(name) for name in SUMMED),
            counts["open_followed"].as_integer().label("open_followed"),
            counts["open_oldest"].as_string().label("open_oldest"),
            *(counts[("open_by_age", age)].as_integer().label(_age_label(age)) for age in AGES),
        )
        .where(
            JobRun.job.like("pos%"),
            JobRun.outcome.in_(FINISHED),
            JobRun.started_at >= period.start,
            JobRun.started_at < period.end,
        )
        .order_by(JobRun.started_at, JobRun.id)
    )
