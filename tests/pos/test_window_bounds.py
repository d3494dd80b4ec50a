"""A window at the ends of the calendar (year 1, year 9999) is a typo, not a backfill:
``omis pos-sync`` refuses it as a usage error (exit 2) before any run is recorded, instead
of overflowing while it cuts the window into chunks. The same for useFixedDates."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from fakes.pos import write_config
from omis.core.db import Database
from omis.core.errors import EXIT_USAGE
from omis.core.models import JobRun


def _runs(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(JobRun)) or 0


@pytest.mark.parametrize(
    "window",
    [
        ["--start", "9999-12-30T00:00+00:00", "--end", "9999-12-31T23:59+00:00"],
        ["--start", "0001-01-01T00:00+03:00"],
        ["--start", "2026-11-01T00:00+03:00", "--end", "2101-01-01T00:00+03:00"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("dry_run", [True, False], ids=["dry run", "run"])
def test_a_window_outside_the_supported_years_is_a_usage_error(
    run_cli, database: Database, tmp_path: Path, window: list[str], dry_run: bool
) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    arguments = ["pos-sync", "--config-dir", str(folder), *window, *(["--dry-run"] * dry_run)]
    result = run_cli(*arguments)
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.stderr.startswith("ошибка: --")
    assert "поддерживаются даты с 2000 по 2100 год\n" in result.stderr
    assert result.stderr.count("\n") == 1
    assert _runs(database) == 0


def test_fixed_dates_outside_the_supported_years_are_a_configuration_error(
    run_cli, database: Database, tmp_path: Path
) -> None:
    fixed = {
        "useFixedDates": True,
        "startDate": "0001-01-01 00:00:00",
        "endDate": "9999-12-31 23:59:59",
    }
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1", dateRange=fixed)
    result = run_cli("pos-sync", "--config-dir", str(folder))
    assert result.exit_code == EXIT_USAGE, result.output
    assert "dateRange.startDate: «0001-01-01 00:00:00»: поддерживаются даты с 2000 по 2100 год" in (
        result.stderr
    )
    assert "внутренняя" not in result.output
    assert _runs(database) == 0
