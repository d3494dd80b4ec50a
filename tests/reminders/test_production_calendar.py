"""Working time follows Russia's production calendar (the `holidays` package): bridge days
off and Saturdays worked by decree, with the manual list as overrides both ways."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from omis.core.errors import ConfigError
from omis.core.settings import ReminderSettings
from omis.reminders.rules import Policy, policy_from_settings

MSK = ZoneInfo("Europe/Moscow")
H = timedelta(hours=1)


def _policy(**settings: object) -> Policy:
    config = ReminderSettings(working_hours="09:00-18:00", **settings)
    return policy_from_settings(config, MSK, escalation=False)


def _day(policy: Policy, day: date) -> timedelta:
    """Working time counted over the whole of ``day``."""
    start = datetime(day.year, day.month, day.day, tzinfo=MSK)
    return policy.elapsed(start, start + timedelta(days=1))


@pytest.mark.parametrize(
    ("day", "what", "hours"),
    [
        (date(2025, 5, 2), "Friday, bridge day after 1 May 2025", 0),
        (date(2025, 5, 8), "Thursday, bridge day before Victory Day 2025", 0),
        (date(2025, 11, 1), "Saturday worked instead of 3 November 2025", 9),
        (date(2025, 11, 3), "Monday off, moved from 1 November 2025", 0),
        (date(2026, 1, 9), "Friday off after the 2026 New Year holidays", 0),
        (date(2026, 1, 12), "the first working Monday of 2026", 9),
        (date(2026, 12, 31), "Thursday, 31 December 2026 off", 0),
        (date(2027, 2, 20), "Saturday worked instead of 22 February 2027", 9),
        (date(2027, 2, 22), "Monday off, moved from 20 February 2027", 0),
        (date(2027, 5, 10), "Monday off for Victory Day on Sunday 2027", 0),
        (date(2027, 12, 28), "an ordinary Tuesday", 9),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_working_time_follows_the_russian_production_calendar(
    day: date, what: str, hours: int
) -> None:
    assert _day(_policy(), day) == hours * H, what


def test_a_manual_day_off_and_a_manual_working_day_override_the_package() -> None:
    policy = _policy(holidays="2027-12-28,+2026-01-09,+2027-12-26")
    assert _day(policy, date(2027, 12, 28)) == 0 * H  # a local day off the package lacks
    assert _day(policy, date(2026, 1, 9)) == 9 * H  # a working day the package calls a day off
    assert _day(policy, date(2027, 12, 26)) == 9 * H  # a Sunday worked by local order
    assert _day(policy, date(2027, 12, 27)) == 9 * H  # untouched Monday


def test_the_package_calendar_can_be_switched_off() -> None:
    policy = _policy(production_calendar="none")
    assert _day(policy, date(2026, 1, 9)) == 9 * H  # a plain Friday again
    assert _day(policy, date(2025, 11, 1)) == 0 * H  # a plain Saturday again


def test_a_late_position_over_the_2026_new_year_counts_only_working_hours() -> None:
    """Registered on Wednesday 30.12.2026 at 17:00: the first working day after it is
    Monday 11.01.2027, so by 10:00 that day it has been waiting two working hours."""
    policy = _policy()
    since = datetime(2026, 12, 30, 17, 0, tzinfo=MSK)
    assert policy.elapsed(since, datetime(2027, 1, 11, 10, 0, tzinfo=MSK)) == 2 * H


@pytest.mark.parametrize(
    "settings",
    [
        {"holidays": "28.12.2027"},
        {"holidays": "2027-12-28,+2027-12-28"},
        {"production_calendar": "XX"},
    ],
)
def test_bad_calendar_settings_are_config_errors(settings: dict[str, str]) -> None:
    with pytest.raises(ConfigError) as raised:
        _policy(**settings)
    assert "OMIS_REMINDER_" in str(raised.value)
