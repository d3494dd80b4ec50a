"""A CSV import writes its rows together: the write lock is held for a few statements, not
a round of them per row, and what it stores is what registering each position would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from omis.contractors.models import Contractor
from omis.core.db import Database, open_database
from omis.requests import csvio, store
from omis.requests.lifecycle import FINAL, Actor, Status
from omis.requests.models import Position, Request, StatusChange

HEADER = "request_number,position_number,comment,comment_author,contractor\n"


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """The SQL statements sent to the database inside the block (an executemany is one);
    not SQLite's «BEGIN IMMEDIATE», which PostgreSQL has no counterpart of, so that the
    counts compare across the two backends."""
    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.startswith("BEGIN"):
            sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def file_of(positions_per_request: int) -> bytes:
    """Ten requests (one of them stored and closed, half of them a contractor's)."""
    rows = [
        f"{4500 + r},{p},Замена щита {p},Петров,{'Альфа' if r % 2 else ''}\n"
        for r in range(10)
        for p in range(2, positions_per_request + 2)
    ]
    return (HEADER + "".join(rows)).encode()


def seeded(database: Database) -> Database:
    with database.session() as session:
        session.add(Contractor(name="Альфа"))
        [stored] = store.add_positions(
            session, [store.NewPosition("4500", "1")], actor=Actor.OPERATOR
        )
        store.change_status(session, stored, store.StatusEvent(FINAL, Actor.OPERATOR, "оп", "x"))
    return database


def imported(database: Database, data: bytes) -> csvio.ImportReport:
    report = csvio.parse_csv(data)
    with database.session() as session:
        return csvio.import_csv(session, report, skip_invalid=False, actor_name="оператор")


def test_an_import_of_2000_positions_sends_as_many_statements_as_one_of_20(
    database: Database, tmp_path_factory: Any
) -> None:
    """One position at a time, 5,000 positions held the write lock for 70 s and 20,000
    ran past gunicorn's timeout: every other writer got «database is locked»."""
    small_store = seeded(open_database(f"sqlite:///{tmp_path_factory.mktemp('small')}/s.db"))
    with statements(small_store) as small:
        assert imported(small_store, file_of(2)).imported == 20
    small_store.dispose()
    seeded(database)
    with statements(database) as large:
        assert imported(database, file_of(200 - 1)).imported == 1990
    assert len(large) == len(small) < 20, large


def test_an_import_registers_every_position_as_one_at_a_time_would(database: Database) -> None:
    seeded(database)
    report = imported(database, file_of(3))
    assert (report.ok, report.imported) == (True, 30)
    with database.session() as session:
        requests = {r.number: r for r in session.scalars(select(Request))}
        # The closed request has a new position to wait for: it is open again.
        assert requests["4500"].closed_at is None
        assert requests["4500"].created_by is None  # stored before, not by the import
        assert requests["4501"].created_by == "оператор"
        owners = {n: r.contractor.name if r.contractor else None for n, r in requests.items()}
        assert owners["4501"] == "Альфа"
        assert owners["4502"] is None
        position = store.find_position(session, "4503", "3")
        assert position is not None
        assert (position.status, position.comment, position.comment_author) == (
            Status.SENT.value,
            "Замена щита 3",
            "Петров",
        )
        assert position.comment_search == "замена щита 3"  # what the list's search reads
        history = session.scalars(
            select(StatusChange).where(StatusChange.actor == Actor.IMPORT.value)
        ).all()
        assert len(history) == 30
        assert {(h.to_status, h.verdict, h.reason, h.actor_name) for h in history} == {
            (Status.SENT.value, "applied", "заявка зарегистрирована", "оператор")
        }
        assert {h.position_id for h in history} == set(
            session.scalars(select(Position.id).where(Position.number != "1"))
        )
