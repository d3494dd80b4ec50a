"""Request and position numbers: ASCII digits only, no position 0, and 01 and 1 are one
position — the same rule from the command line, the CSV import and the store."""

from __future__ import annotations

import pytest

from omis.core.db import Database
from omis.core.errors import UsageError
from omis.requests import csvio, store
from omis.requests.lifecycle import Actor

HEADER = "request_number,position_number,comment,comment_author\n"


def _add(database: Database, request: str, position: str) -> None:
    with database.session() as session:
        new = store.NewPosition(request, position)
        store.add_position(session, new, actor=Actor.OPERATOR, actor_name="test")


def _pairs(database: Database) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(p.request.number, p.number) for p in store.list_positions(session)]


@pytest.mark.parametrize(
    ("number", "position", "message"),
    [
        ("８００１", "1", "номер заявки: ожидаются только цифры 0–9"),  # full-width
        ("٤٥١٢", "1", "номер заявки: ожидаются только цифры 0–9"),  # Arabic-Indic
        ("8001", "１", "номер позиции: ожидаются только цифры 0–9"),
        ("8001", "0", "номер позиции: позиции нумеруются с 1"),
        ("8001", "00", "номер позиции: позиции нумеруются с 1"),
    ],
)
def test_cli_refuses_look_alike_digits_and_position_zero(
    run_cli, number: str, position: str, message: str
) -> None:
    result = run_cli("requests", "add", "--number", number, "--position", position)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "заявка №" not in result.stdout


def test_cli_refuses_position_differing_only_by_leading_zeros(run_cli) -> None:
    assert run_cli("requests", "add", "--number", "6100", "--position", "01").exit_code == 0
    again = run_cli("requests", "add", "--number", "6100", "--position", "1")
    assert again.exit_code == 2
    assert again.stderr.strip() == (
        "ошибка: позиция 1 заявки №6100: уже есть позиция 01 "
        "(номера различаются только нулями впереди)"
    )
    # Leading zeros stay as typed on request numbers, and on positions of other requests.
    assert run_cli("requests", "add", "--number", "06100", "--position", "1").exit_code == 0


def test_store_refuses_the_zero_padded_twin_in_either_order(database: Database) -> None:
    _add(database, "6100", "1")
    with pytest.raises(store.DuplicatePositionError, match="уже есть позиция 1 "):
        _add(database, "6100", "001")
    assert _pairs(database) == [("6100", "1")]


def test_csv_import_refuses_look_alike_digits_and_zero_padded_twins(
    database: Database,
) -> None:
    data = (
        HEADER + "８００１,１,fw,me\n"
        "8004,01,lead,me\n"
        "8004,1,lead2,me\n"
        "8005,0,zero,me\n"
        "8001,1,ascii,me\n"
    ).encode()
    report = csvio.parse_csv(data)
    assert [(e.line, e.reason) for e in report.errors] == [
        (2, "номер заявки: ожидаются только цифры 0–9 (до 20), получено «８００１»"),
        (
            4,
            "позиция 1 заявки №8004 — та же, что 01 в строке 3 "
            "(номера различаются только нулями впереди)",
        ),
        (5, "номер позиции: позиции нумеруются с 1, получено «0»"),
    ]


def test_csv_import_refuses_a_twin_of_a_stored_position(database: Database) -> None:
    _add(database, "6100", "01")
    report = csvio.parse_csv((HEADER + "6100,1,,\n6101,1,,\n").encode())
    with database.session() as session:
        csvio.import_csv(session, report, skip_invalid=False, actor_name="test")
    assert [str(e) for e in report.errors] == [
        "строка 2: позиция 1 заявки №6100: уже есть позиция 01 "
        "(номера различаются только нулями впереди)"
    ]
    assert _pairs(database) == [("6100", "01")]


def test_review_lookup_still_reads_any_stored_number() -> None:
    # Looking a position up is not registering one: the refusal of 0 is for new positions.
    assert store.validate_number(" 0 ", "номер позиции") == "0"
    with pytest.raises(UsageError):
        store.validate_number("１", "номер позиции")
