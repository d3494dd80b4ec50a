"""POS sync against the DELO simulator over real HTTP."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from fakes.pos import expected_value
from omis.core.db import Database
from omis.core.jobs import last_run
from omis.delosim import DeloSimulator
from omis.delosim.data import SSTU
from omis.pos import report as pos_report
from omis.pos.config import PRODUCTION_MAPPING, normalise_label
from omis.pos.models import PosFailedRow
from omis.pos.sync import PosReport

Sync = Callable[..., PosReport]


def _snapshot(sim: DeloSimulator) -> dict[int, tuple[dict[str, Any], str | None]]:
    return {isn: (copy.deepcopy(row), row["posStatusRub"]) for isn, row in sim.rows_by_isn()}


def _assert_all_right(
    sim: DeloSimulator, before: dict[int, tuple[dict[str, Any], str | None]]
) -> None:
    wrong = {
        isn: (row["posStatusRub"], expected_value(original, original_pos))
        for isn, (original, original_pos) in before.items()
        for row in [sim.state.by_isn[isn]]
        if row["posStatusRub"] != expected_value(original, original_pos)
    }
    assert wrong == {}


def _assert_no_double_or_bad_writes(sim: DeloSimulator) -> None:
    assert all(count == 1 for count in sim.state.write_counts().values())
    values = {value for _isn, value, _at in sim.state.writes}
    assert "None" not in values
    assert None not in values


def test_clean_run_makes_every_eligible_row_right(
    simulator_factory, sync: Sync, database: Database
) -> None:
    sim = simulator_factory(300)
    before = _snapshot(sim)
    report = sync(sim)
    _assert_all_right(sim, before)
    _assert_no_double_or_bad_writes(sim)
    assert report.counts["updated"] == report.counts["to_update"] > 0
    assert report.failures == {}
    assert set(report.unmapped) <= {"Рассмотрено. Поддержано. Меры приняты", "Не зарегистрировано"}
    run = last_run(database, "pos")
    assert run is not None
    assert run.outcome == "success"
    assert run.counts["updated"] == report.counts["updated"]


def test_unmapped_and_drift_are_reported_never_written(simulator_factory, sync: Sync) -> None:
    sim = simulator_factory(300)
    before = _snapshot(sim)
    report = sync(sim)
    written = {isn for isn, _value, _at in sim.state.writes}
    unmapped = {isn for isn, (row, _pos) in before.items() if row["eosSstuStatus"] in SSTU[-2:]}
    drifted = {isn for isn, _cur, _target in report.drift}
    assert report.counts["unmapped"] > 0
    assert report.counts["drift"] > 0
    assert not written & unmapped
    assert not written & drifted


def test_drift_rows_say_what_the_mapping_wants_and_stay_with_the_run(
    simulator_factory, sync: Sync, database: Database
) -> None:
    sim = simulator_factory(300)
    before = _snapshot(sim)
    report = sync(sim)
    mapping = {normalise_label(k): v for k, v in PRODUCTION_MAPPING.items()}
    assert report.drift
    for isn, current, wanted in report.drift:
        row, pos = before[isn]
        assert current == normalise_label(pos)
        assert wanted == mapping[normalise_label(row["eosSstuStatus"])] != current
    run = last_run(database, "pos")
    assert run is not None
    assert [tuple(row) for row in run.counts["drift_rows"]] == report.drift


def test_long_row_lists_keep_the_first_rows_and_count_them_all(
    simulator_factory, sync: Sync, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pos_report, "ROWS_KEPT", 3)
    sim = simulator_factory(300)
    report = sync(sim, dry_run=True)
    assert len(report.plan) == 3 < report.counts["to_update"]
    assert len(report.drift) == 3 < report.counts["drift"]


def test_fix_drift_corrects_a_stale_pos_value(simulator_factory, sync: Sync) -> None:
    sim = simulator_factory(300)
    report = sync(sim, fix_drift=True)
    for isn, _current, target in report.drift:
        assert sim.state.by_isn[isn]["posStatusRub"] == target


def test_dry_run_writes_nothing_and_records_no_run(
    simulator_factory, sync: Sync, database: Database
) -> None:
    sim = simulator_factory(200)
    report = sync(sim, dry_run=True)
    assert sim.state.writes == []
    assert len(report.plan) == report.counts["to_update"] > 0
    assert last_run(database, "pos") is None


@pytest.mark.parametrize(
    ("faults", "batch_size"),
    [
        ({"fail_rate": 0.10}, 20),
        ({"mutation_fail_rate": 0.05}, 20),
        ({"fail_rate": 0.10, "mutation_fail_rate": 0.05}, 20),
        ({"alias_error_rate": 0.05}, 20),
        # Sessions last 120 ms. Every answer takes 30 ms, and after its login a run makes at
        # least six in a row (three pages, then three rounds of the last page's five-row
        # batches), so the session expires mid-run however fast the machine; a fresh login
        # leaves its repeated request 90 ms to arrive, however slow the machine.
        ({"session_ttl": 0.12, "latency_ms": 30}, 5),
        # Answers held past the client's 0.3 s read timeout, after the writes landed.
        ({"slow_rate": 0.10, "slow_seconds": 1.0}, 20),
    ],
    ids=[
        "http-5xx-10pct",
        "success-false-5pct",
        "5xx-and-success-false",
        "alias-errors-5pct",
        "session-expiry",
        "slow-beyond-timeout",
    ],
)
def test_faulty_delo_is_right_after_one_run(
    simulator_factory, sync: Sync, database: Database, faults: dict[str, Any], batch_size: int
) -> None:
    sim = simulator_factory(300, **faults)
    before = _snapshot(sim)
    report = sync(sim, processing={"readTimeout": 0.3, "batchSize": batch_size})
    assert report.failures == {}
    _assert_all_right(sim, before)
    _assert_no_double_or_bad_writes(sim)
    run = last_run(database, "pos")
    assert run is not None
    assert run.outcome == "success"
    if "session_ttl" in faults:
        assert sim.state.logins > 1


def test_failed_rows_are_retried_on_the_next_run_and_exit_code_says_so(
    simulator_factory, sync: Sync, database: Database
) -> None:
    sim = simulator_factory(300, mutation_fail_rate=1.0)  # refused again on every retry
    first = sync(sim)
    assert first.failures
    run = last_run(database, "pos")
    assert run is not None
    assert run.outcome == "partial"
    sim.faults.mutation_fail_rate = 0.0
    with database.session() as session:
        stored = {row.isn_ref_rubric: row for row in session.query(PosFailedRow)}
    assert set(stored) == set(first.failures)
    for isn, row in stored.items():
        assert (row.state, row.message) == ("open", first.failures[isn])
        assert row.sstu_status == normalise_label(sim.state.by_isn[isn]["eosSstuStatus"])
        assert row.desired
    second = sync(sim)
    assert second.counts["retried"] == len(first.failures)
    assert second.failures == {}
    with database.session() as session:
        assert {row.state for row in session.query(PosFailedRow)} == {"resolved"}
    for isn in first.failures:
        assert sim.state.by_isn[isn]["posStatusRub"]


def test_quiet_run_completes_its_window(simulator_factory, sync: Sync) -> None:
    sim = simulator_factory(100)
    first = sync(sim)
    second = sync(sim)
    assert first.window_completed
    assert second.window_completed
    assert second.window_start < first.window_end  # overlap of five minutes
    assert second.counts["to_update"] == 0
