"""Delays on a fixed history: the day each position became late (working time included),
and the reminders and escalations the outbox sent."""

from __future__ import annotations

from datetime import date, datetime

from omis.core.db import Database
from omis.notify.models import Notification
from omis.reports.delays import DelayReport, delays
from reports.history import at, period, policy, position

NOW = at(3 * 24 * 60)  # Monday 23.11 09:00 in Moscow


def _report(database: Database, moment: datetime = NOW, **kw) -> DelayReport:
    with database.session() as session:
        return delays(session, kw.pop("span", None) or period(), policy(**kw), moment)


def _late(report: DelayReport) -> dict[date, int]:
    return {item.day: item.became_late for item in report.days if item.became_late}


def test_a_position_is_late_on_the_day_its_limit_ran_out(database: Database) -> None:
    position(database, "1", [0, 30, 90, 100])  # every status within 60 minutes: never late
    position(database, "2", [0, 120, 130, 140])  # accepted for two hours: late at 10:00 Friday
    position(
        database, "3", [0, 20, 40, 15 * 60 + 30]
    )  # on site 09:40 to 00:30: late at 10:40 Friday
    position(database, "4", [0, 10, 20])  # on site since 09:20 Friday, still there
    report = _report(database)
    assert _late(report) == {date(2026, 11, 20): 3}
    assert report.late_by_status == {"заявка принята": 1, "подрядчик на месте": 2}
    assert report.total.became_late == 3


def test_a_status_left_exactly_at_its_limit_is_not_late(database: Database) -> None:
    position(database, "1", [0, 60, 120, 180])
    assert _late(_report(database)) == {}


def test_lateness_waits_for_working_time(database: Database) -> None:
    """Accepted Friday 19:30 with 60 working minutes (08:00-20:00, Monday to Friday):
    late on Monday at 08:30, not on Friday at 20:30."""
    friday_1930 = 10 * 60 + 30
    position(database, "1", [friday_1930], registered=friday_1930 - 5)
    assert _late(_report(database, working_hours="08:00-20:00", sent=600)) == {
        date(2026, 11, 23): 1
    }
    assert _late(_report(database, sent=600)) == {date(2026, 11, 20): 1}


def test_a_status_entered_before_the_period_can_become_late_inside_it(database: Database) -> None:
    position(database, "1", [14 * 60 + 50])  # accepted Friday 23:50, still accepted
    report = _report(database, span=period(date(2026, 11, 21), date(2026, 11, 21)))
    assert _late(report) == {date(2026, 11, 21): 1}


def test_reminders_and_escalations_sent_per_day(database: Database) -> None:
    rows = [
        ("reminder", "sent", at(60)), ("reminder", "sent", at(70)), ("reminder", "failed", None),
        ("escalation", "sent", at(24 * 60)), ("job_alert", "sent", at(80)),
    ]  # fmt: skip
    with database.session() as session:
        for index, (kind, state, sent_at) in enumerate(rows):
            session.add(
                Notification(channel="telegram", target="1", kind=kind, idempotency_key=str(index),
                             text="…", state=state, created_at=at(0), sent_at=sent_at)
            )  # fmt: skip
    report = _report(database)
    counts = {item.day: (item.reminders, item.escalations) for item in report.days}
    assert counts[date(2026, 11, 20)] == (2, 0)
    assert counts[date(2026, 11, 21)] == (0, 1)
    assert (report.total.reminders, report.total.escalations) == (2, 1)


def test_an_empty_period_has_zero_everywhere(database: Database) -> None:
    position(database, "1", [0, 120])
    report = _report(database, span=period(date(2026, 10, 1), date(2026, 10, 3)))
    assert [item.as_dict() for item in report.days] == [
        {"day": f"2026-10-0{n}", "became_late": 0, "reminders": 0, "escalations": 0}
        for n in (1, 2, 3)
    ]


def test_a_late_moment_after_now_is_not_counted(database: Database) -> None:
    position(database, "1", [0])
    assert _late(_report(database, moment=at(50))) == {}
    assert _late(_report(database, moment=at(70))) == {date(2026, 11, 20): 1}


def test_the_late_moment_with_a_calendar_is_exact() -> None:
    from datetime import UTC, timedelta

    from omis.reports.delays import late_moment
    from omis.requests.lifecycle import Status
    from reports.history import MOSCOW

    rules = policy(working_hours="08:00-20:00")
    hour = timedelta(hours=1)

    def local(day: int, hh: int, mm: int = 0) -> datetime:
        return datetime(2026, 11, day, hh, mm, tzinfo=MOSCOW).astimezone(UTC)

    far = local(30, 0)
    # Friday 19:30 + 60 working minutes: Monday 08:30. Friday 06:00: 09:00 the same day.
    assert late_moment(rules, Status.ACCEPTED, local(20, 19, 30), far) == local(23, 8, 30)
    assert late_moment(rules, Status.ACCEPTED, local(20, 6), far) == local(20, 9)
    # Left the status before the limit ran out (Monday 08:20): never late.
    assert late_moment(rules, Status.ACCEPTED, local(20, 19, 30), local(23, 8, 20)) is None
    assert (
        late_moment(policy(), Status.ACCEPTED, local(20, 19, 30), far) == local(20, 19, 30) + hour
    )
