"""The period a report covers, and the SQL helpers that put rows into its local days.

A period is a run of whole local days, ``first`` to ``last`` inclusive, in the zone the
times are shown in. In SQL, times are turned into seconds since the epoch (the same
number on both engines) and grouped into quarter hours; Python then puts each quarter
hour into its local day. Every zone's offset is a whole number of quarter hours, so the
grouping is exact, and the database returns at most 96 rows per day whatever the volume.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import BigInteger, Float, Integer, cast, func, literal
from sqlalchemy.sql.elements import ColumnElement

from omis.core.days import check_day
from omis.core.errors import UsageError

if TYPE_CHECKING:
    from sqlalchemy import Select

    # A SELECT of any columns (SQLAlchemy 2.1 types a select by the tuple of its columns).
    AnySelect = Select[*tuple[Any, ...]]

DEFAULT_DAYS = 30
MAX_DAYS = 366
QUARTER = 900  # seconds: the grouping step in SQL


@dataclass(frozen=True)
class Period:
    """Whole local days ``first``..``last`` in ``tz``."""

    first: date
    last: date
    tz: tzinfo

    @cached_property
    def start(self) -> datetime:
        """The first moment of the period (aware)."""
        return datetime.combine(self.first, time(0), self.tz).astimezone(UTC)

    @cached_property
    def end(self) -> datetime:
        """The first moment after the period (aware)."""
        return datetime.combine(self.last + timedelta(days=1), time(0), self.tz).astimezone(UTC)

    @cached_property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def day_of(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    @cached_property
    def _day_starts(self) -> list[float]:
        return [
            datetime.combine(day, time(0), self.tz).timestamp()
            for day in [*self.days, self.last + timedelta(days=1)]
        ]

    def day_at(self, seconds: float) -> date:
        """The local day of a moment in epoch seconds inside the period (cheaper than a
        datetime when thousands of rows are put into days)."""
        index = bisect_right(self._day_starts, seconds) - 1
        return self.days[max(0, min(index, len(self.days) - 1))]

    def day_of_quarter(self, quarter: int) -> date:
        """The local day of a quarter hour numbered as :func:`quarter_of` numbers them."""
        return datetime.fromtimestamp(int(quarter) * QUARTER, self.tz).date()

    def as_dict(self) -> dict[str, str]:
        return {"since": self.first.isoformat(), "until": self.last.isoformat()}

    def label(self) -> str:
        return f"{self.first:%d.%m.%Y}–{self.last:%d.%m.%Y}"


@dataclass(frozen=True)
class PeriodReport:
    """What every report has: its name (the figure ``omis report`` is asked for, the
    ``report`` of its JSON) and the period it covers; a subclass adds its figures."""

    name: ClassVar[str]
    period: Period

    def as_dict(self) -> dict[str, Any]:
        """As the JSON export writes it: the name and the period, then the figures."""
        return {"report": self.name, "period": self.period.as_dict(), **self.figures()}

    def figures(self) -> dict[str, Any]:
        raise NotImplementedError


def period_for(
    tz: tzinfo, today: date, since: date | None = None, until: date | None = None
) -> Period:
    """The period from ``since`` to ``until`` (inclusive); by default the last 30 days up to
    ``today``. Raises UsageError for a reversed or overlong period, or a year out of range."""
    for day in (since, until):
        check_day(day)
    last = until or today
    first = since or (last - timedelta(days=DEFAULT_DAYS - 1))
    if first > last:
        raise UsageError(f"начало периода {first:%d.%m.%Y} позже конца {last:%d.%m.%Y}")
    if (last - first).days + 1 > MAX_DAYS:
        raise UsageError(f"период длиннее {MAX_DAYS} дней: выберите период короче")
    return Period(first, last, tz)


def parse_day(text: str | None, what: str) -> date | None:
    """``2026-11-20`` or ``20.11.2026``; None for an empty value; UsageError otherwise."""
    if text is None or not text.strip():
        return None
    cleaned = text.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(cleaned, fmt).date()  # noqa: DTZ007 - a calendar day
        except ValueError:
            continue
    raise UsageError(f"{what}: ожидается дата ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, получено {text!r}")


def epoch(column: Any, dialect: str) -> ColumnElement[float]:
    """SQL: seconds since 1970-01-01 UTC of a stored time, as a float, on either engine."""
    if dialect == "sqlite":
        return cast((func.julianday(column) - literal(2440587.5)) * literal(86400.0), Float)
    return cast(func.extract("epoch", column), Float)


def quarter_of(column: Any, dialect: str) -> ColumnElement[int]:
    """SQL: the quarter hour (since the epoch) a stored time falls in."""
    seconds = epoch(column, dialect) / literal(QUARTER)
    if dialect == "sqlite":
        return cast(seconds, Integer)  # truncation; every stored time is after 1970
    return cast(func.floor(seconds), Integer)


def epoch_ms(column: Any, dialect: str) -> ColumnElement[int]:
    """SQL: whole milliseconds since 1970-01-01 UTC of a stored time. Whole numbers keep
    the arithmetic after exact: 60 minutes stay 3,600,000 ms, not 59:59.99995."""
    if dialect == "sqlite":
        days = func.julianday(column) - literal(2440587.5)
        return cast(func.round(days * literal(86_400_000.0)), Integer)
    return cast(func.round(func.extract("epoch", column) * literal(1000)), BigInteger)


def ms_moment(milliseconds: int) -> datetime:
    return datetime.fromtimestamp(milliseconds / 1000, UTC)


def ms_of(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def moment(seconds: float) -> datetime:
    """The moment of :func:`epoch`'s seconds, to the millisecond: SQLite's day numbers
    carry noise below that, which must not make 60 minutes into 59:59.99995."""
    return datetime.fromtimestamp(round(seconds, 3), UTC)
