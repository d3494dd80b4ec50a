"""One day's counts in a daily report, the period's total of them, and such a report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import reduce
from typing import Any, Generic, Self, TypeVar

from omis.reports.period import PeriodReport


@dataclass(frozen=True)
class DayCounts:
    """What happened on one day of a report (``day`` None: the whole period). A report's
    subclass adds the counts, each an int field that adds up over days."""

    day: date | None

    def _counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "day"}

    def plus(self, other: Self) -> Self:
        """This day with ``other``'s counts added (``other``'s day is not looked at)."""
        theirs = other._counts()
        added: dict[str, Any] = {name: mine + theirs[name] for name, mine in self._counts().items()}
        return replace(self, **added)

    @classmethod
    def total(cls, days: Iterable[Self]) -> Self:
        """The whole period: every day's counts added up."""
        return reduce(cls.plus, days, cls(None))

    def as_dict(self) -> dict[str, Any]:
        """As the JSON report writes it: the day (none for the total), then each count."""
        return {**self.day_dict(), **self._counts()}

    def day_dict(self) -> dict[str, str]:
        return {"day": self.day.isoformat()} if self.day else {}


D = TypeVar("D", bound=DayCounts)


@dataclass(frozen=True)
class DailyReport(PeriodReport, Generic[D]):
    """A report of counts per day of its period, and their total."""

    working_time: bool  # time is counted in working hours (a calendar is configured)
    days: list[D]
    total: D

    def figures(self) -> dict[str, Any]:
        return {
            "working_time": self.working_time,
            "days": [day.as_dict() for day in self.days],
            "total": self.total.as_dict(),
        }
