"""Contractor performance on a fixed history: durations per step from when things
happened, medians and p90, breaches, working time, grouping, open positions."""

from __future__ import annotations

from datetime import date

from omis.core.db import Database
from omis.reports.contractors import ContractorReport, contractor_performance
from omis.reports.period import Period
from reports.history import period, policy, position


def _report(database: Database, span: Period | None = None, **kw) -> ContractorReport:
    with database.session() as session:
        return contractor_performance(session, span or period(), policy(**kw))


def _steps(figures) -> dict[str, tuple[int, float | None, float | None]]:
    return {
        key: (step.count, step.median_minutes, step.p90_minutes)
        for key, step in figures.steps.items()
    }


def test_one_position_gives_reaction_travel_and_work_on_site(database: Database) -> None:
    """Accepted 09:10, on the way 09:30, on site 10:30, gone 12:30."""
    position(database, "4512", [10, 30, 90, 210], contractor="dispatch@stroyservis.ru")
    report = _report(database)
    (figures,) = report.contractors
    assert figures.contractor == "stroyservis.ru"
    expected = {
        "reaction": (1, 20.0, 20.0),
        "travel": (1, 60.0, 60.0),
        "on_site": (1, 120.0, 120.0),
    }
    assert _steps(figures) == expected
    assert _steps(report.overall) == expected
    assert figures.positions == 1


def test_median_and_p90_per_contractor_and_overall(database: Database) -> None:
    # Ten positions of podryad.ru reacting in 10, 20 ... 100 minutes; one of another.
    for index in range(10):
        reaction = 10 * (index + 1)
        position(database, f"5{index}", [0, reaction], contractor="a@podryad.ru")
    position(database, "600", [0, 200], contractor="b@energo.ru")
    report = _report(database, limit=65)
    by_name = {item.contractor: item for item in report.contractors}
    assert [item.contractor for item in report.contractors] == ["podryad.ru", "energo.ru"]
    podryad = by_name["podryad.ru"].steps["reaction"]
    assert (podryad.count, podryad.median_minutes, podryad.p90_minutes) == (10, 55.0, 91.0)
    assert podryad.breached == 4  # 70, 80, 90, 100 minutes against a 65-minute limit
    overall = report.overall.steps["reaction"]
    assert (overall.count, overall.median_minutes, overall.p90_minutes) == (11, 60.0, 100.0)
    assert overall.breached == 5
    assert report.overall.breached_positions == 5
    assert by_name["podryad.ru"].steps["travel"].count == 0
    assert by_name["podryad.ru"].steps["travel"].median_minutes is None


def test_durations_count_working_time_only_with_a_calendar(database: Database) -> None:
    """Accepted Friday 19:30, on the way Monday 08:30 (working hours 08:00-20:00): 60
    minutes of working time, not 61 hours; the 45-minute limit is breached."""
    friday_1930 = 10 * 60 + 30
    monday_0830 = friday_1930 + 3 * 24 * 60 - 11 * 60
    position(database, "4512", [friday_1930, monday_0830], contractor="a@podryad.ru")
    working = _report(database, working_hours="08:00-20:00", accepted=45)
    reaction = working.overall.steps["reaction"]
    assert working.working_time is True
    assert (reaction.median_minutes, reaction.breached) == (60.0, 1)
    wall = _report(database, accepted=45).overall.steps["reaction"]
    assert wall.median_minutes == 61 * 60


def test_a_step_counts_in_the_period_it_ended_in(database: Database) -> None:
    # Friday 20.11: accepted 09:00, on the way 09:20; on site Saturday 21.11 10:00.
    position(database, "4512", [0, 20, 25 * 60], contractor="a@podryad.ru")
    friday = _report(database, period(date(2026, 11, 20), date(2026, 11, 20))).overall
    assert _steps(friday)["reaction"] == (1, 20.0, 20.0)
    assert _steps(friday)["travel"] == (0, None, None)
    saturday = _report(database, period(date(2026, 11, 21), date(2026, 11, 21))).overall
    assert _steps(saturday)["reaction"] == (0, None, None)
    assert _steps(saturday)["travel"] == (1, 24 * 60 + 40.0, 24 * 60 + 40.0)


def test_a_skipped_status_leaves_its_steps_out(database: Database) -> None:
    position(database, "4512", [0, None, 45, 100], contractor="a@podryad.ru")
    steps = _steps(_report(database).overall)
    assert steps == {"reaction": (0, None, None), "travel": (0, None, None),
                     "on_site": (1, 55.0, 55.0)}  # fmt: skip


def test_without_a_contractor_address_the_letters_sender_decides(database: Database) -> None:
    position(database, "4512", [0, 15], sender="Dispatch@Energo.RU")
    position(database, "4513", [0, 25], contractor="boss@podryad.ru", sender="x@other.ru")
    position(database, "4514", [0, 35])
    names = {
        item.contractor: item.steps["reaction"].median_minutes
        for item in _report(database).contractors
    }
    assert names == {"energo.ru": 15.0, "podryad.ru": 25.0, "не указан": 35.0}


def test_open_positions_are_listed_oldest_first(database: Database) -> None:
    position(database, "700", [0, 30], contractor="a@podryad.ru", registered=-300)
    position(database, "701", [0], contractor="a@podryad.ru", registered=-600)
    position(database, "702", [0, 10, 20, 30], contractor="a@podryad.ru")
    report = _report(database)
    (figures,) = report.contractors
    assert figures.open_count == 2
    assert [(item.request, item.status) for item in figures.open_oldest] == [
        ("701", "заявка принята"), ("700", "подрядчик в пути"),
    ]  # fmt: skip
    assert report.overall.open_count == 2


def test_an_empty_period_has_no_contractors_and_no_figures(database: Database) -> None:
    position(database, "4512", [10, 30, 90, 210], contractor="a@podryad.ru")
    report = _report(database, period(date(2026, 10, 1), date(2026, 10, 31)))
    assert report.contractors == []
    assert _steps(report.overall) == {
        key: (0, None, None) for key in ("reaction", "travel", "on_site")
    }
    assert report.as_dict()["overall"]["steps"]["reaction"] == {
        "count": 0, "median_minutes": None, "p90_minutes": None, "breached": 0, "limit_minutes": 60.0,
    }  # fmt: skip
