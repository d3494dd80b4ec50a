"""A request holds at most MAX_POSITIONS positions, whichever way they come: the store
refuses more (nothing added), and so do ``omis requests add`` and the CSV import."""

from __future__ import annotations

from pathlib import Path

import pytest

from omis.core.db import Database
from omis.requests import csvio, store
from omis.requests.lifecycle import Actor

LIMIT = store.MAX_POSITIONS


def _fill(database: Database, number: str, count: int) -> None:
    with database.session() as session:
        news = [store.NewPosition(number, str(i)) for i in range(1, count + 1)]
        store.add_positions(session, news, actor=Actor.OPERATOR)


def _count(database: Database, number: str) -> int:
    with database.session() as session:
        return len(store.stored_positions(session, [number]))


def test_a_request_takes_positions_up_to_the_limit_in_one_go(database: Database) -> None:
    _fill(database, "4512", LIMIT)
    assert _count(database, "4512") == LIMIT
    with database.session() as session:
        assert [c.to_status for c in store.history(session, "4512")] == [
            "заявка отправлена"
        ] * LIMIT


def test_one_position_past_the_limit_refuses_the_whole_batch(database: Database) -> None:
    news = [store.NewPosition("4512", str(i)) for i in range(1, LIMIT + 2)]
    with database.session() as session, pytest.raises(store.TooManyPositionsError) as refused:
        store.add_positions(session, news, actor=Actor.OPERATOR)
    assert str(refused.value) == (
        f"в заявке не больше {LIMIT} позиций: в №4512 их 0, добавляется {LIMIT + 1}"
    )
    assert _count(database, "4512") == 0


def test_a_duplicate_in_a_batch_refuses_it_whole(database: Database) -> None:
    _fill(database, "4512", 1)
    news = [store.NewPosition("4512", "2"), store.NewPosition("4512", "1")]
    with database.session() as session, pytest.raises(store.DuplicatePositionError):
        store.add_positions(session, news, actor=Actor.OPERATOR)
    assert _count(database, "4512") == 1


def test_the_command_line_refuses_a_position_past_the_limit(run_cli, database: Database) -> None:
    _fill(database, "4512", LIMIT)
    result = run_cli("requests", "add", "--number", "4512", "--position", "9999")
    assert result.exit_code == 2
    assert result.stderr == (
        f"ошибка: в заявке не больше {LIMIT} позиций: в №4512 их {LIMIT}, добавляется 1\n"
    )
    assert _count(database, "4512") == LIMIT


def test_the_import_refuses_the_lines_past_the_limit_and_stores_nothing(
    run_cli, database: Database, tmp_path: Path
) -> None:
    _fill(database, "4512", LIMIT - 1)
    source = tmp_path / "r.csv"
    source.write_text("request_number,position_number\n4512,900\n4512,901\n7000,1\n")
    result = run_cli("requests", "import", str(source))
    assert result.exit_code == 1
    assert f"строка 3: в заявке №4512 больше {LIMIT} позиций" in result.stderr
    assert (_count(database, "4512"), _count(database, "7000")) == (LIMIT - 1, 0)


def test_the_import_with_skip_invalid_stores_up_to_the_limit(database: Database) -> None:
    _fill(database, "4512", LIMIT - 1)
    report = csvio.parse_csv(b"request_number,position_number\n4512,900\n4512,901\n")
    with database.session() as session:
        csvio.import_csv(session, report, skip_invalid=True, actor_name=None)
    assert [str(error) for error in report.errors] == [
        f"строка 3: в заявке №4512 больше {LIMIT} позиций"
    ]
    assert _count(database, "4512") == LIMIT
