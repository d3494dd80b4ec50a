from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from omis.core.errors import ConfigError
from omis.core.settings import ReminderSettings
from omis.reminders.rules import Action, Calendar, Cycle, Policy, decide, policy_from_settings
from omis.requests.lifecycle import Status

MSK = ZoneInfo("Europe/Moscow")
# Friday 20.11.2026, 10:00 MSK
FRIDAY_10 = datetime(2026, 11, 20, 10, 0, tzinfo=MSK)
H = timedelta(hours=1)
M = timedelta(minutes=1)

CALENDAR = Calendar(
    time(8), time(20), frozenset({1, 2, 3, 4, 5}), frozenset({date(2026, 11, 23)}), MSK
)
ROUND_THE_CLOCK = Policy(limits={status: 60 * M for status in Status if not status.is_final})


def policy(**changes: object) -> Policy:
    base = {"limits": dict(ROUND_THE_CLOCK.limits), "repeat": 60 * M, "max_reminders": 3}
    return Policy(**{**base, **changes})


@pytest.mark.parametrize(
    ("case", "rules", "status", "age", "cycle", "expected", "number"),
    [
        ("fresh position", policy(), Status.ACCEPTED, 59 * M, None, Action.NONE, 0),
        (
            "exactly the limit is not yet late",
            policy(),
            Status.ACCEPTED,
            60 * M,
            None,
            Action.NONE,
            0,
        ),
        ("first reminder", policy(), Status.ACCEPTED, 61 * M, None, Action.REMIND, 1),
        ("final status never", policy(), Status.LEFT, 100 * H, None, Action.NONE, 0),
        (
            "per-status limit",
            policy(limits={Status.SENT: 30 * M}),
            Status.SENT,
            31 * M,
            None,
            Action.REMIND,
            1,
        ),
        (
            "unlisted status defaults to 60",
            policy(limits={}),
            Status.ON_SITE,
            50 * M,
            None,
            Action.NONE,
            0,
        ),
        (
            "repeat not yet due",
            policy(),
            Status.ACCEPTED,
            2 * H,
            Cycle(1, FRIDAY_10 - 30 * M),
            Action.NONE,
            0,
        ),
        (
            "repeat due",
            policy(),
            Status.ACCEPTED,
            3 * H,
            Cycle(1, FRIDAY_10 - 60 * M),
            Action.REMIND,
            2,
        ),
        (
            "third is the last",
            policy(),
            Status.ACCEPTED,
            4 * H,
            Cycle(2, FRIDAY_10 - 61 * M),
            Action.REMIND,
            3,
        ),
        (
            "max reached, no escalation target",
            policy(),
            Status.ACCEPTED,
            9 * H,
            Cycle(3, FRIDAY_10 - 2 * H),
            Action.NONE,
            0,
        ),
        (
            "max reached: escalate",
            policy(escalation=True),
            Status.ACCEPTED,
            9 * H,
            Cycle(3, FRIDAY_10 - 2 * H),
            Action.ESCALATE,
            3,
        ),
        (
            "escalation waits a repeat",
            policy(escalation=True),
            Status.ACCEPTED,
            9 * H,
            Cycle(3, FRIDAY_10 - 10 * M),
            Action.NONE,
            0,
        ),
        (
            "escalated once only",
            policy(escalation=True),
            Status.ACCEPTED,
            9 * H,
            Cycle(3, FRIDAY_10 - 2 * H, True),
            Action.NONE,
            0,
        ),
        (
            "max 1",
            policy(max_reminders=1, escalation=True),
            Status.SENT,
            5 * H,
            Cycle(1, FRIDAY_10 - H),
            Action.ESCALATE,
            1,
        ),
        (
            "reset: no cycle after a status change",
            policy(),
            Status.EN_ROUTE,
            61 * M,
            None,
            Action.REMIND,
            1,
        ),
        # Working hours 08-20 Mon-Fri: changed at 07:30 Friday -> only 2h of working time by 10:00.
        (
            "calendar counts from opening",
            policy(calendar=CALENDAR),
            Status.ACCEPTED,
            150 * M,
            None,
            Action.REMIND,
            1,
        ),
        (
            "calendar before limit",
            policy(calendar=CALENDAR, limits={Status.ACCEPTED: 150 * M}),
            Status.ACCEPTED,
            150 * M,
            None,
            Action.NONE,
            0,
        ),
    ],
)
def test_delay_rules(
    case: str,
    rules: Policy,
    status: Status,
    age: timedelta,
    cycle: Cycle | None,
    expected: Action,
    number: int,
) -> None:
    decision = decide(rules, status, FRIDAY_10 - age, cycle, FRIDAY_10)
    assert (decision.action, decision.number) == (expected, number), case


@pytest.mark.parametrize(
    ("case", "since", "until", "working"),
    [
        ("inside one day", datetime(2026, 11, 20, 9, 0, tzinfo=MSK), FRIDAY_10, H),
        (
            "night does not count",
            datetime(2026, 11, 19, 19, 0, tzinfo=MSK),
            datetime(2026, 11, 20, 9, 0, tzinfo=MSK),
            2 * H,
        ),
        (
            "weekend and holiday Monday do not count",
            datetime(2026, 11, 20, 19, 0, tzinfo=MSK),
            datetime(2026, 11, 24, 9, 0, tzinfo=MSK),
            2 * H,
        ),
        (
            "whole weekend",
            datetime(2026, 11, 21, 8, 0, tzinfo=MSK),
            datetime(2026, 11, 22, 20, 0, tzinfo=MSK),
            timedelta(0),
        ),
        (
            "UTC inputs, zone respected",
            datetime(2026, 11, 20, 4, 0, tzinfo=UTC),
            datetime(2026, 11, 20, 6, 0, tzinfo=UTC),
            H,
        ),
        ("backwards is zero", FRIDAY_10, FRIDAY_10 - H, timedelta(0)),
    ],
)
def test_calendar_counts_only_working_time(
    case: str, since: datetime, until: datetime, working: timedelta
) -> None:
    assert CALENDAR.working_time(since, until) == working, case


def test_repeat_is_counted_in_working_time_too() -> None:
    rules = policy(calendar=CALENDAR)
    friday_evening = datetime(2026, 11, 20, 19, 30, tzinfo=MSK)
    tuesday_morning = datetime(2026, 11, 24, 8, 20, tzinfo=MSK)  # Monday is a holiday
    cycle = Cycle(1, friday_evening)
    assert (
        decide(rules, Status.SENT, friday_evening - 2 * H, cycle, tuesday_morning).action
        is Action.NONE
    )
    later = tuesday_morning + 40 * M
    assert decide(rules, Status.SENT, friday_evening - 2 * H, cycle, later).number == 2


def test_policy_from_settings_reads_limits_calendar_and_override() -> None:
    config = ReminderSettings(
        status_limits={"заявка принята": 30, "en_route": 90},
        working_hours="08:00-20:00",
        working_days="1,2,3",
        holidays="2026-12-31",
    )
    rules = policy_from_settings(config, MSK, escalation=True)
    assert rules.limit(Status.ACCEPTED) == 30 * M
    assert rules.limit(Status.EN_ROUTE) == 90 * M
    assert rules.limit(Status.SENT) == 60 * M
    assert rules.calendar is not None
    assert rules.calendar.days == frozenset({1, 2, 3})
    assert rules.smallest_limit == 30 * M
    override = policy_from_settings(config, MSK, escalation=False, minutes=5)
    assert {override.limit(status) for status in Status if not status.is_final} == {5 * M}


@pytest.mark.parametrize(
    "changes",
    [
        {"status_limits": {"подрядчик убыл": 10}},
        {"status_limits": {"нет такого": 10}},
        {"working_hours": "8-20"},
        {"working_hours": "20:00-08:00"},
        {"working_hours": "08:00-20:00", "working_days": [0, 8]},
        {"working_hours": "08:00-20:00", "holidays": ["31.12.2026"]},
    ],
)
def test_bad_reminder_settings_are_config_errors(changes: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        policy_from_settings(ReminderSettings(**changes), MSK, escalation=False)
