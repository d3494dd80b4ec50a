"""The history keeps when a letter's news happened (its Date, clamped to when OMIS received
it) beside when OMIS recorded the decision."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from fakes.letters import T0, letter
from omis.core.db import Database
from omis.mail.models import Letter
from omis.mail.review import assign
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.requests.models import Position, StatusChange
from web.webtools import deliver


def _register(
    database: Database, number: str = "4512", positions: tuple[str, ...] = ("1",)
) -> None:
    with database.session() as session:
        for position in positions:
            new = store.NewPosition(number, position)
            store.add_position(session, new, actor=Actor.OPERATOR, created_at=T0)


def _deliver(database: Database, raw: bytes) -> int:
    return deliver(database, raw)


def _changes(database: Database) -> list[StatusChange]:
    with database.session() as session:
        query = select(StatusChange).where(StatusChange.letter_id.is_not(None))
        return list(session.scalars(query.order_by(StatusChange.id)))


def test_one_pass_over_four_letters_keeps_four_event_times(
    database: Database, time_machine: Any
) -> None:
    """Written at 09:10, 09:30, 10:30 and 12:30, all read by one pass at 13:00."""
    _register(database)
    time_machine.move_to(T0 + timedelta(hours=4), tick=False)
    texts = [
        (10, "Заявка принята."),
        (30, "Бригада выехала."),
        (90, "Бригада на месте."),
        (210, "Работы завершены, бригада убыла."),
    ]
    for minute, body in texts:
        _deliver(database, letter("Заявка 4512 поз. 1", body, minute=minute))
    rows = _changes(database)
    assert [row.to_status for row in rows] == [
        Status.ACCEPTED, Status.EN_ROUTE, Status.ON_SITE, Status.LEFT,
    ]  # fmt: skip
    assert [row.changed_at for row in rows] == [T0 + timedelta(minutes=m) for m, _ in texts]
    assert {row.recorded_at for row in rows} == {T0 + timedelta(hours=4)}


def test_a_letter_dated_in_the_future_happened_when_omis_received_it(
    database: Database, time_machine: Any
) -> None:
    _register(database)
    time_machine.move_to(T0 + timedelta(minutes=5), tick=False)
    _deliver(database, letter("Заявка 4512 поз. 1", "Бригада выехала.", minute=60))
    (row,) = _changes(database)
    assert row.changed_at == row.recorded_at == T0 + timedelta(minutes=5)


OLD_CLOCK = datetime(2001, 11, 20, 6, 0, tzinfo=UTC)  # a sender's clock reset to 2001


@pytest.mark.parametrize(
    ("written", "happened"),
    [
        (OLD_CLOCK, T0 + timedelta(hours=2)),  # no news about a request registered in 2026
        (T0 - timedelta(hours=3), T0 - timedelta(hours=3)),  # the crew phoned, then registered
    ],
)
def test_a_date_long_before_the_registration_is_not_the_event_time(
    database: Database, time_machine: Any, written: datetime, happened: datetime
) -> None:
    _register(database)
    time_machine.move_to(T0 + timedelta(hours=2), tick=False)
    minutes = int((written - T0).total_seconds() // 60)
    letter_id = _deliver(database, letter("Заявка 4512 поз. 1", "Бригада выехала.", minute=minutes))
    (row,) = _changes(database)
    assert (row.to_status, row.changed_at) == (Status.EN_ROUTE, happened)
    with database.session() as session:
        assert session.get_one(Letter, letter_id).sent_at == written  # the Date as written


def test_a_letter_from_2001_assigned_from_review_happened_when_omis_received_it(
    database: Database, time_machine: Any
) -> None:
    _register(database, "4600")
    time_machine.move_to(T0 + timedelta(minutes=20), tick=False)
    minutes = int((OLD_CLOCK - T0).total_seconds() // 60)
    letter_id = _deliver(database, letter("Заявка 9999", "Бригада на месте.", minute=minutes))
    time_machine.move_to(T0 + timedelta(hours=5), tick=False)
    with database.session() as session:
        assign(session, letter_id, "4600", "1", Status.ON_SITE, "operator")
    (row,) = _changes(database)
    assert row.changed_at == T0 + timedelta(minutes=20)


def test_an_earlier_letter_moves_the_status_but_not_the_delay_clock_back(
    database: Database, time_machine: Any
) -> None:
    """A letter read late (its Date before the current status was reached) still moves the
    position forward; the history says when it was written, the delay clock stays put."""
    _register(database)
    time_machine.move_to(T0 + timedelta(hours=2), tick=False)
    _deliver(database, letter("Заявка 4512 поз. 1", "Бригада выехала.", minute=60))
    _deliver(database, letter("Заявка 4512 поз. 1", "Бригада на месте.", minute=50))
    with database.session() as session:
        position = session.scalars(select(Position)).one()
        assert position.status == Status.ON_SITE
        assert position.status_changed_at == T0 + timedelta(minutes=60)
    assert [row.changed_at for row in _changes(database)] == [
        T0 + timedelta(minutes=60),
        T0 + timedelta(minutes=50),
    ]


def test_a_letter_assigned_from_review_keeps_both_the_writing_and_the_assignment_time(
    database: Database, time_machine: Any
) -> None:
    _register(database, "4600")
    time_machine.move_to(T0 + timedelta(minutes=20), tick=False)
    letter_id = _deliver(database, letter("Заявка 9999", "Бригада на месте.", minute=15))
    time_machine.move_to(T0 + timedelta(hours=5), tick=False)
    with database.session() as session:
        assign(session, letter_id, "4600", "1", Status.ON_SITE, "operator")
    (row,) = _changes(database)
    assert row.changed_at == T0 + timedelta(minutes=15)
    assert row.recorded_at == T0 + timedelta(hours=5)


def test_requests_history_prints_both_times_where_they_differ(
    database: Database, run_cli, time_machine: Any
) -> None:
    time_machine.move_to(T0, tick=False)
    _register(database)
    time_machine.move_to(T0 + timedelta(hours=4), tick=False)
    _deliver(database, letter("Заявка 4512 поз. 1", "Бригада выехала.", minute=10))
    result = run_cli("requests", "history", "4512")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("20.11.2026 09:00 MSK  поз. 1")  # registered: one time
    assert lines[1].startswith("20.11.2026 09:10 MSK (записано 20.11.2026 13:00 MSK)  поз. 1")
