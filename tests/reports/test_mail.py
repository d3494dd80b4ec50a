"""Automation rate on a fixed set of letters: per local day, the share decided by OMIS,
review resolutions and how long they waited."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from omis.core.db import Database
from omis.mail.models import Letter
from omis.reports.mail import MailReport, automation_rate
from reports.history import at, period, policy


def _letter(received: datetime, outcome: str, review: str | None = None,
            reviewed: datetime | None = None) -> Letter:  # fmt: skip
    return Letter(
        mailbox="m", message_key=f"{received.isoformat()}-{outcome}-{review}-{reviewed}",
        received_at=received, content_hash="x", outcome=outcome, attachments=[], evidence=[],
        review_state=review, reviewed_at=reviewed,
    )  # fmt: skip


def _report(database: Database, letters: list[Letter], **kw) -> MailReport:
    with database.session() as session:
        session.add_all(letters)
    with database.session() as session:
        return automation_rate(session, kw.pop("span", None) or period(), policy(**kw))


def test_letters_per_local_day_by_how_they_were_decided(database: Database) -> None:
    friday_2330 = at(14 * 60 + 30)  # 23:30 in Moscow, still Friday 20.11
    saturday_0010 = at(15 * 60 + 10)
    letters = [
        _letter(at(0), "applied"),
        _letter(at(1), "applied"),
        _letter(at(2), "not_applied"),
        _letter(at(3), "unmatched", "open"),
        _letter(at(4), "ignored"),
        _letter(friday_2330, "applied"),
        _letter(saturday_0010, "applied", "assigned", saturday_0010 + timedelta(minutes=30)),
    ]
    report = _report(database, letters)
    days = {item.day: item for item in report.days}
    friday, saturday = days[date(2026, 11, 20)], days[date(2026, 11, 21)]
    assert (friday.automatic, friday.review, friday.ignored) == (4, 1, 1)
    assert friday.share == 0.8
    assert (saturday.automatic, saturday.review, saturday.assigned) == (0, 1, 1)
    assert saturday.share == 0.0
    assert days[date(2026, 11, 22)].share is None  # nothing arrived: no share, not 0 %
    assert (report.total.automatic, report.total.review, report.total.ignored) == (4, 2, 1)
    assert report.total.share == 4 / 6
    assert report.open_review == 1
    assert len(report.days) == 30


def test_review_items_count_on_the_day_they_were_resolved_with_their_wait(
    database: Database,
) -> None:
    letters = [
        _letter(at(0), "applied", "assigned", at(20)),
        _letter(at(0), "unmatched", "dismissed", at(60)),
        _letter(at(0), "applied", "assigned", at(24 * 60 + 100)),  # Saturday
    ]
    report = _report(database, letters)
    days = {item.day: item for item in report.days}
    assert (days[date(2026, 11, 20)].assigned, days[date(2026, 11, 20)].dismissed) == (1, 1)
    assert days[date(2026, 11, 21)].assigned == 1
    assert report.wait.as_dict() == {
        "count": 3, "median_minutes": 60.0, "p90_minutes": 1244.0, "max_minutes": 1540.0,
    }  # fmt: skip


def test_review_wait_counts_working_time_with_a_calendar(database: Database) -> None:
    # Received Friday 19:30, assigned Monday 08:30: 60 minutes of working time.
    friday_1930 = 10 * 60 + 30
    letters = [_letter(at(friday_1930), "applied", "assigned", at(friday_1930 + 3 * 1440 - 660))]
    report = _report(database, letters, working_hours="08:00-20:00")
    assert report.working_time is True
    assert report.wait.median_minutes == 60.0


def test_an_empty_period_has_zero_letters_and_no_share(database: Database) -> None:
    report = _report(
        database, [_letter(at(0), "applied")], span=period(date(2026, 12, 1), date(2026, 12, 7))
    )
    assert [item.automatic for item in report.days] == [0] * 7
    assert report.total.share is None
    assert report.wait.count == 0
    assert report.as_dict()["total"]["automatic_share"] is None
