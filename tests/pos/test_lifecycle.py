"""The appeal's life: POS follows each appeal from «Назначен исполнитель» to its answer."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from omis.core.db import Database
from omis.core.jobs import last_run
from omis.delosim.data import ANSWERS, ASSIGNED, IN_WORK, OFFSET, generate_appeals
from omis.pos.sync import PosReport
from pos.conftest import ran_an_hour_ago

Sync = Callable[..., PosReport]
EXTENDED = "Перенос срока обработки утвержден. Отправлен ответ Заявителю"


def test_appeals_answered_weeks_after_registration_advance_in_one_normal_run(
    simulator_factory, sync: Sync, database: Database
) -> None:
    sim = simulator_factory(generate_appeals(300, registered_days=(3, 50), answered_share=0))
    ran_an_hour_ago(database, sim)
    answered = set(sim.answer_some(0.6, random.Random(5)))

    report = sync(sim)

    for isn, row in sim.rows_by_isn():
        wanted = ANSWERS[row["eosSstuStatus"]] if isn in answered else ASSIGNED
        assert row["posStatusRub"] == wanted, isn
    # one write per answered appeal, none to an appeal whose SSTU status did not change
    assert sim.state.write_counts() == dict.fromkeys(answered, 1)
    assert report.counts["advanced"] == len(answered) > 150
    run = last_run(database, "pos")
    assert run is not None
    assert run.outcome == "success"
    counts = run.counts
    assert counts["installation"] == "default"
    assert counts["advanced"] == len(answered)
    assert counts["open_followed"] == 300
    still_open = [row for isn, row in sim.rows_by_isn() if isn not in answered]
    assert sum(counts["open_by_age"].values()) == len(still_open)
    assert set(counts["open_by_age"]) == {"0-10", "11-30", "31-60", "60+"}
    oldest = min(datetime.fromisoformat(row["refRubric"]["insDate"]) for row in still_open)
    assert counts["open_oldest"] == oldest.astimezone(OFFSET).date().isoformat()


def test_a_second_run_with_nothing_answered_writes_nothing(
    simulator_factory, sync: Sync, database: Database
) -> None:
    sim = simulator_factory(generate_appeals(200, registered_days=(3, 50), answered_share=0))
    ran_an_hour_ago(database, sim)
    sim.answer_some(0.3, random.Random(9))
    sync(sim)
    writes = len(sim.state.writes)
    again = sync(sim)
    assert len(sim.state.writes) == writes
    assert again.counts["to_update"] == 0
    assert again.open is not None
    assert again.open.followed == 200 - writes


def _row(sim_rows: list[dict[str, Any]], index: int, sstu: str, pos: str | None) -> int:
    row = sim_rows[index]
    row["eosSstuStatus"], row["posStatusRub"] = sstu, pos
    return int(row["isnRefRubric"])


def test_extension_is_progress_a_move_back_or_between_answers_is_drift(
    simulator_factory, sync: Sync
) -> None:
    rows = generate_appeals(5, registered_days=(5, 20), answered_share=0)
    extended = _row(rows, 0, "Рассмотрение продлено", ASSIGNED)
    back = _row(rows, 1, IN_WORK, EXTENDED)
    between = _row(rows, 2, "Оставлено без ответа автору", "Отправлен ответ заявителю")
    answered = _row(rows, 3, "Дан ответ автору", EXTENDED)
    filled = _row(rows, 4, "Направлено по компетенции", None)
    sim = simulator_factory(rows)
    month = {"start": datetime.now(OFFSET) - timedelta(days=30), "end": datetime.now(OFFSET)}

    report = sync(sim, **month)  # a backfill reads every row of the month

    assert sim.state.by_isn[extended]["posStatusRub"] == EXTENDED
    assert sim.state.by_isn[answered]["posStatusRub"] == "Отправлен ответ заявителю"
    assert sim.state.by_isn[filled]["posStatusRub"] == "Направлено в подведомственную организацию"
    assert sim.state.by_isn[back]["posStatusRub"] == EXTENDED  # never written backwards
    assert sim.state.by_isn[between]["posStatusRub"] == "Отправлен ответ заявителю"
    assert {isn for isn, _current, _mapped in report.drift} == {back, between}
    assert report.counts["advanced"] == 1  # an open value to a final one: «answered»
    assert report.counts["updated"] == 3

    sync(sim, fix_drift=True, **month)
    assert sim.state.by_isn[back]["posStatusRub"] == ASSIGNED
    assert sim.state.by_isn[between]["posStatusRub"] == "Отклонено модератором"


def test_open_appeals_older_than_the_follow_up_period_are_counted_not_read(
    simulator_factory, sync: Sync, database: Database
) -> None:
    rows = generate_appeals(40, registered_days=(70, 90), answered_share=0, seed=1)
    rows += generate_appeals(10, registered_days=(5, 20), answered_share=0, seed=2)
    for index, row in enumerate(rows):
        row["isnRefRubric"] = 140_000_000 + index
    sim = simulator_factory(rows)
    ran_an_hour_ago(database, sim)
    sim.set_sstu([row["isnRefRubric"] for row in rows], "Дан ответ автору")

    report = sync(sim)

    assert report.open is not None
    assert report.open.beyond == 40
    assert report.counts["fetched"] == 10
    assert len(sim.state.writes) == 10
    run = last_run(database, "pos")
    assert run is not None
    assert run.counts["open_by_age"]["60+"] == 40


def test_following_reads_the_open_appeals_not_the_history(
    simulator_factory, sync: Sync, database: Database
) -> None:
    """A year of appeals, answered and followed to the end but for the last three days'
    answers: only the open ones are read, and the late answers advance."""
    moment = datetime.now(OFFSET)
    history = generate_appeals(
        2000, registered_days=(0, 365), answer_days=(3, 50), synced_until=moment - timedelta(days=3),
    )  # fmt: skip
    sim = simulator_factory(history)
    ran_an_hour_ago(database, sim)
    open_recent = [
        row for row in history
        if row["posStatusRub"] == ASSIGNED
        and datetime.fromisoformat(row["refRubric"]["insDate"]) >= moment - timedelta(days=60)
    ]  # fmt: skip
    in_window = [
        row for row in history
        if datetime.fromisoformat(row["refRubric"]["insDate"]) >= moment - timedelta(hours=1, minutes=5)
    ]  # fmt: skip

    report = sync(sim)

    assert report.counts["fetched"] == len({r["isnRefRubric"] for r in open_recent + in_window})
    assert report.counts["fetched"] < len(history) / 4
    pending = [r for r in open_recent if r["eosSstuStatus"] != IN_WORK]
    assert report.counts["advanced"] == len(pending) > 0


def test_an_appeal_whose_sstu_status_came_after_its_window_is_filled_by_the_next_run(
    simulator_factory, sync: Sync, database: Database
) -> None:
    rows = generate_appeals(20, registered_days=(2, 10), answered_share=0)
    late = [row["isnRefRubric"] for row in rows[:5]]
    for row in rows[:5]:  # registered days ago; SSTU's exchange has not set a status yet
        row["eosSstuStatus"], row["posStatusRub"] = None, None
    sim = simulator_factory(rows)
    ran_an_hour_ago(database, sim)
    sync(sim)
    assert sim.state.writes == []

    sim.set_sstu(late, IN_WORK)
    sync(sim)

    assert {isn: sim.state.by_isn[isn]["posStatusRub"] for isn in late} == dict.fromkeys(
        late, ASSIGNED
    )
    assert sim.state.write_counts() == dict.fromkeys(late, 1)
