"""A DELO error is never a success: the run fails (exit 1, alert), the saved window stays,
the retry list stays, and the next healthy run updates every row."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from fakes.pos import eligible, expected_value, write_config
from fakes.smtp import Recorder
from omis.core.db import Database
from omis.core.jobs import last_run
from omis.delosim import DeloSimulator
from omis.pos.models import PosFailedRow, PosWindow


def _window(database: Database) -> list[tuple[str, Any]]:
    with database.session() as session:
        return [(w.key, w.completed_end) for w in session.query(PosWindow)]


def _retry_states(database: Database) -> list[str]:
    with database.session() as session:
        return [row.state for row in session.query(PosFailedRow)]


def _all_right(sim: DeloSimulator, before: dict[int, tuple[dict[str, Any], Any]]) -> bool:
    return all(
        sim.state.by_isn[isn]["posStatusRub"] == expected_value(row, pos)
        for isn, (row, pos) in before.items()
    )


@pytest.mark.parametrize(
    ("faults", "message"),
    [
        ({"graphql_error_rate": 1.0}, "ошибку GraphQL при чтении"),
        ({"cursor_fault": "cycle"}, "страницы идут по кругу"),
        ({"cursor_fault": "stall"}, "курсор страницы не продвинулся"),
        ({"cursor_fault": "short"}, "а ДЕЛО сообщило о"),
        ({"page_fault": "repeat"}, "повторно"),
        ({"page_fault": "overlap"}, "повторно"),
        ({"page_fault": "negative-total"}, "ДЕЛО вернуло неверный totalCount: -1"),
        ({"page_fault": "low-total"}, "а ДЕЛО сообщило только о"),
        ({"page_fault": "oversize"}, "ДЕЛО вернуло на странице 150 строк, а запрошено 100"),
    ],
    ids=[
        "errors-with-data",
        "cursor-cycle",
        "cursor-stall",
        "fewer-than-total",
        "row-twice-in-a-page",
        "row-again-on-the-next-page",
        "negative-total",
        "total-below-rows-delivered",
        "more-rows-than-asked-for",
    ],
)
def test_a_read_that_goes_wrong_fails_the_run_and_keeps_the_window(
    run_cli,
    database: Database,
    mailbox: Recorder,
    tmp_path: Path,
    faults: dict[str, Any],
    message: str,
) -> None:
    with DeloSimulator(500, **faults) as sim:
        before = {isn: (dict(row), row["posStatusRub"]) for isn, row in sim.rows_by_isn()}
        folder = write_config(tmp_path / "cfg", sim.base_url, retryAttempts=1)
        with database.session() as session:  # a row waiting to be retried from an earlier run
            session.add(PosFailedRow(key=f"{sim.base_url}/CoreHost/gql/query",
                                     isn_ref_rubric=min(sim.state.by_isn), state="open"))  # fmt: skip

        failed = run_cli("pos-sync", "--config-dir", str(folder))

        assert failed.exit_code == 1, failed.output
        assert message in failed.stderr
        assert "синхронизация ПОС: ошибка" in failed.stderr
        assert _window(database) == []  # the saved window did not move
        assert _retry_states(database) == ["open"]  # the pending retry was not "resolved"
        run = last_run(database, "pos")
        assert run is not None
        assert run.outcome == "failed"
        assert len(mailbox.letters) == 1  # the alert
        assert not _all_right(sim, before)

        for name in faults:  # DELO is healthy again
            setattr(sim.faults, name, 0 if name.endswith("rate") else None)
        healthy = run_cli("pos-sync", "--config-dir", str(folder))

        assert healthy.exit_code == 0, healthy.output
        assert _all_right(sim, before)
        assert _retry_states(database) == ["resolved"]
        assert [key for key, _end in _window(database)] == [f"{sim.base_url}/CoreHost/gql/query"]


@pytest.mark.parametrize(
    ("fault", "repeated", "pages_before"),
    [("repeat", 0, 0), ("overlap", 99, 1)],
    ids=["same-page", "next-page"],
)
def test_a_rubric_delivered_twice_is_never_written_from_that_page_and_is_named(
    run_cli, database: Database, tmp_path: Path, fault: str, repeated: int, pages_before: int
) -> None:
    with DeloSimulator(500, page_fault=fault) as sim:
        window = [row["isnRefRubric"] for row in sim.state.rows if eligible(row)]
        folder = write_config(tmp_path / "cfg", sim.base_url)  # pages of 100 rows
        result = run_cli("pos-sync", "--config-dir", str(folder))

    assert result.exit_code == 1, result.output
    assert f"ДЕЛО отдало строку isnRefRubric {window[repeated]} повторно" in result.stderr
    assert _window(database) == []
    written = sim.state.write_counts()
    assert set(written) <= set(window[: 100 * pages_before])  # nothing of the faulty page
    assert set(written.values()) <= {1}


def test_success_with_another_value_stays_failed_until_delo_holds_the_right_one(
    run_cli, database: Database, tmp_path: Path
) -> None:
    with DeloSimulator(200, other_value_rate=1.0) as sim:
        before = {isn: (dict(row), row["posStatusRub"]) for isn, row in sim.rows_by_isn()}
        folder = write_config(tmp_path / "cfg", sim.base_url)

        first = run_cli("pos-sync", "--config-dir", str(folder))
        second = run_cli("pos-sync", "--config-dir", str(folder))  # DELO still lies

        assert (first.exit_code, second.exit_code) == (1, 1)
        assert "ДЕЛО сообщило об успехе, но вернуло" in first.stderr
        with database.session() as session:
            stored = list(session.query(PosFailedRow))
        assert stored
        assert {row.state for row in stored} == {"open"}  # never "resolved" as drift
        assert {row.attempts for row in stored} == {2}

        sim.faults.other_value_rate = 0.0
        third = run_cli("pos-sync", "--config-dir", str(folder))

        assert third.exit_code == 0, third.output
        assert _all_right(sim, before)
        assert _retry_states(database) == ["resolved"] * len(stored)


def test_a_hanging_delo_fails_the_run_quickly_without_a_logout(
    run_cli, database: Database, tmp_path: Path
) -> None:
    with DeloSimulator(10, hang=True) as sim:
        folder = write_config(tmp_path / "cfg", sim.base_url, readTimeout=0.3)
        result = run_cli("pos-sync", "--config-dir", str(folder))
        assert result.exit_code == 1
        assert "ДЕЛО не отвечает" in result.stderr
        assert sim.state.hung == 2  # two silent logins, then the run gives up
        assert sim.state.logouts == 0


@pytest.mark.slow
def test_a_hanging_delo_fails_the_run_in_under_a_minute_with_default_settings(
    run_cli, database: Database, tmp_path: Path
) -> None:
    with DeloSimulator(10, hang=True) as sim:
        folder = write_config(tmp_path / "cfg", sim.base_url)
        began = time.monotonic()
        result = run_cli("pos-sync", "--config-dir", str(folder))
        assert result.exit_code == 1
        assert time.monotonic() - began < 60


def test_the_run_deadline_ends_a_run_that_outlives_it(
    run_cli, database: Database, tmp_path: Path
) -> None:
    # Each answer takes 50 ms; 3,000 rows in pages of 10 need 300 answers: far beyond 0.6 s.
    with DeloSimulator(3000, latency_ms=50) as sim:
        folder = write_config(
            tmp_path / "cfg", sim.base_url, runDeadlineMinutes=0.01, pagination={"pageSize": 10}
        )
        result = run_cli("pos-sync", "--config-dir", str(folder))
        assert result.exit_code == 1
        assert "время запуска истекло" in result.stderr
        assert _window(database) == []
        assert sim.state.http_requests < 300
