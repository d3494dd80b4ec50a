from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from omis.core.db import Database, ci_lower, like_escape
from omis.core.errors import UsageError
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.requests.models import Position, Request

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _add(database: Database, number: str = "4512", position: str = "1", **kw: str) -> int:
    with database.session() as session:
        new = store.NewPosition(number, position, kw.get("comment"), kw.get("author"))
        return store.add_position(session, new, actor=Actor.OPERATOR, created_at=T0).id


def _letter(status: Status, minutes: int) -> store.StatusEvent:
    return store.StatusEvent(status, Actor.LETTER, at=T0 + timedelta(minutes=minutes))


def test_numbers_are_kept_exactly_as_typed(database: Database) -> None:
    _add(database, "0045", "07")
    with database.session() as session:
        position = store.find_position(session, "0045", "07")
        assert position is not None
        assert store.find_position(session, "45", "7") is None


def test_same_pair_twice_is_refused_and_the_first_kept(database: Database) -> None:
    _add(database, comment="первый")
    with pytest.raises(store.DuplicatePositionError, match="уже есть"):
        _add(database, comment="второй")
    with database.session() as session:
        positions = session.scalars(select(Position)).all()
        assert [p.comment for p in positions] == ["первый"]


@pytest.mark.parametrize("bad", ["12a", "4512 3", "<b>1</b>", "1" * 21, "1; DROP TABLE"])
def test_non_digit_numbers_are_refused(database: Database, bad: str) -> None:
    with pytest.raises(UsageError, match="только цифры"):
        _add(database, bad)


def test_an_older_letter_never_moves_a_position_backwards(database: Database) -> None:
    position_id = _add(database)
    with database.session() as session:
        position = session.get_one(Position, position_id)
        store.change_status(session, position, _letter(Status.ON_SITE, 50))
        late = store.change_status(session, position, _letter(Status.EN_ROUTE, 60))
        assert late.verdict == "not_applied"
        assert position.status == Status.ON_SITE
        assert position.status_changed_at == T0 + timedelta(minutes=50)
    with database.session() as session:
        changes = store.history(session, "4512")
        assert [(c.to_status, c.verdict) for c in changes] == [
            (Status.SENT, "applied"),
            (Status.ON_SITE, "applied"),
            (Status.EN_ROUTE, "not_applied"),
        ]


def test_final_status_closes_the_request_only_when_every_position_is_final(
    database: Database,
) -> None:
    first, second = _add(database, position="1"), _add(database, position="2")
    with database.session() as session:
        store.change_status(session, session.get_one(Position, first), _letter(Status.LEFT, 5))
        request = session.scalars(select(Request)).one()
        assert request.closed_at is None
        store.change_status(session, session.get_one(Position, second), _letter(Status.LEFT, 9))
        assert request.closed_at == T0 + timedelta(minutes=9)


def test_operator_reopening_a_position_reopens_the_request(database: Database) -> None:
    position_id = _add(database)
    with database.session() as session:
        position = session.get_one(Position, position_id)
        store.change_status(session, position, _letter(Status.LEFT, 5))
        event = store.StatusEvent(
            Status.ON_SITE, Actor.OPERATOR, "petrov", reason="ошибка подрядчика"
        )
        change = store.change_status(session, position, event)
        assert (change.verdict, change.reason, change.actor_name) == (
            "applied",
            "ошибка подрядчика",
            "petrov",
        )
        assert position.request.closed_at is None


def test_letter_evidence_is_kept_in_history(database: Database) -> None:
    position_id = _add(database)
    evidence = {"phrase": "бригада выехала", "rule": "status.en_route.vyehali"}
    with database.session() as session:
        event = store.StatusEvent(Status.EN_ROUTE, Actor.LETTER, "letter", evidence=evidence)
        store.change_status(session, session.get_one(Position, position_id), event)
    with database.session() as session:
        assert store.history(session, "4512")[-1].evidence == evidence


@pytest.mark.parametrize(
    ("needle", "expected"),
    [("КАБЕЛЯ", ["1"]), ("кабеля", ["1"]), ("ЁЛКИ", ["1"]), ("ёлка", []), ("ДРУГОЕ", ["2"])],
)
def test_cyrillic_search_ignores_case(database: Database, needle: str, expected: list[str]) -> None:
    _add(database, position="1", comment="Замена КаБеЛя у Ёлки")
    _add(database, position="2", comment="другое")
    with database.session() as session:
        column = ci_lower(Position.comment, database.dialect)
        pattern = f"%{like_escape(needle.lower())}%"
        found = session.scalars(select(Position.number).where(column.like(pattern, escape="\\")))
        assert list(found) == expected


def test_like_wildcards_in_search_are_literal(database: Database) -> None:
    _add(database, position="1", comment="100% готово")
    _add(database, position="2", comment="1000 готово")
    with database.session() as session:
        column = ci_lower(Position.comment, database.dialect)
        pattern = f"%{like_escape('100%')}%"
        found = session.scalars(select(Position.number).where(column.like(pattern, escape="\\")))
        assert list(found) == ["1"]


@pytest.mark.parametrize("blank", ["", "   "])
def test_missing_number_is_refused(database: Database, blank: str) -> None:
    with pytest.raises(UsageError, match="номер заявки: не указан"):
        _add(database, blank)
