"""The calendar days people type (a report's period, «письма с такой-то даты»): one range
and one message for the CLI and the web alike."""

from __future__ import annotations

from datetime import date

from omis.core.errors import UsageError

# Years 1 and 9999 overflow the time-zone arithmetic; nobody asks about 1899 or 3000.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999


def shown_day(day: date) -> str:
    """``01.01.0001``: strftime writes year 1 as «1», which reads like a typo."""
    return f"{day.day:02}.{day.month:02}.{day.year:04}"


def day_problem(day: date | None) -> str | None:
    """Why ``day`` cannot be used, or None (no day is no problem)."""
    if day is None or EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        return None
    return f"дата {shown_day(day)} вне допустимого периода: годы с {EARLIEST_YEAR} по {LATEST_YEAR}"


def check_day(day: date | None, what: str | None = None) -> None:
    """UsageError when ``day`` is out of range; ``what`` (an option's name) leads the
    message."""
    problem = day_problem(day)
    if problem is not None:
        raise UsageError(f"{what}: {problem}" if what else problem)
