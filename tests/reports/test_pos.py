"""POS progress from recorded runs: sums per day and installation, the last snapshot of
open appeals, and older runs' missing figures kept missing."""

from __future__ import annotations

from datetime import date
from typing import Any

from omis.core.db import Database
from omis.core.models import JobRun
from omis.reports.pos import PosReport, pos_progress
from reports.history import at, period

OLD = {"fetched": 100, "to_update": 10, "updated": 8, "already_right": 90, "unmapped": 1,
       "drift": 2, "failed": 2, "retried": 0, "drift_rows": [[1, "a", "b"]]}  # fmt: skip


def _new(installation: str | None, updated: int, advanced: int, **open_: Any) -> dict[str, Any]:
    counts = {**OLD, "updated": updated, "advanced": advanced, "open_followed": open_.get("followed", 50),
              "open_oldest": open_.get("oldest", "2026-09-01"),
              "open_by_age": open_.get("ages", {"0-10": 20, "11-30": 15, "31-60": 10, "60+": 5})}  # fmt: skip
    if installation:
        counts["installation"] = installation
    return counts


def _report(database: Database, runs: list[tuple[float, str, str, dict[str, Any]]]) -> PosReport:
    with database.session() as session:
        for minute, job, outcome, counts in runs:
            session.add(JobRun(job=job, started_at=at(minute), finished_at=at(minute + 1),
                               outcome=outcome, counts=counts))  # fmt: skip
    with database.session() as session:
        return pos_progress(session, period())


def test_older_runs_show_missing_figures_as_missing_not_zero(database: Database) -> None:
    report = _report(database, [(0, "pos", "success", OLD), (10, "pos", "partial", OLD)])
    (day,) = report.days
    assert (day.day, day.installation, day.runs) == (date(2026, 11, 20), "default", 2)
    assert day.sums == {"updated": 16, "advanced": None, "failed": 4, "unmapped": 2, "drift": 4}
    assert day.open is None
    assert report.latest == {}
    assert report.as_dict()["days"][0]["advanced"] is None


def test_sums_per_day_and_installation_and_the_last_snapshot(database: Database) -> None:
    runs = [
        (0, "pos", "success", _new(None, 5, 3, followed=40)),
        (30, "pos", "success", _new(None, 7, 2, followed=38, ages={"0-10": 1, "11-30": 2, "31-60": 3, "60+": 4})),
        (40, "pos-north", "success", _new("север", 1, 1, oldest=None)),
        (50, "pos", "skipped", {}),
        (60, "notify", "success", {"updated": 1000}),
        (24 * 60, "pos", "failed", _new(None, 0, 0, followed=37)),
    ]  # fmt: skip
    report = _report(database, runs)
    assert report.installations == ["default", "север"]
    keyed = {(day.day, day.installation): day for day in report.days}
    friday = keyed[(date(2026, 11, 20), "default")]
    assert friday.runs == 2
    assert friday.sums == {"updated": 12, "advanced": 5, "failed": 4, "unmapped": 2, "drift": 4}
    assert friday.open is not None
    assert (friday.open.followed, friday.open.by_age) == (
        38,
        {"0-10": 1, "11-30": 2, "31-60": 3, "60+": 4},
    )
    north = keyed[(date(2026, 11, 20), "север")]
    assert north.open is not None
    assert north.open.oldest is None
    assert report.latest["default"].followed == 37
    assert report.totals("default")["updated"] == 12
    assert report.totals("север")["advanced"] == 1


def test_an_empty_period_has_no_days(database: Database) -> None:
    report = _report(database, [])
    assert (report.days, report.installations, report.latest) == ([], [], {})
