"""The web forms register numbers by the store's rule: ASCII digits, no position 0, and
no position that differs from an existing one only by leading zeros."""

from __future__ import annotations

import pytest

from omis.core.db import Database
from omis.requests import store
from web.webtools import submit, text


def _pairs(database: Database) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(p.request.number, p.number) for p in store.list_positions(session)]


@pytest.mark.parametrize(
    ("number", "positions", "message"),
    [
        ("８００１", "1", "Только цифры"),
        ("8001", "１", "номер позиции: ожидаются только цифры 0–9"),
        ("8001", "٤", "номер позиции: ожидаются только цифры 0–9"),
        ("8001", "0", "номер позиции: позиции нумеруются с 1"),
        ("8001", "01, 1", "Позиции повторяются (01 и 1 — одна позиция)"),
    ],
)
def test_new_request_form_refuses_look_alike_numbers(
    login, database: Database, number: str, positions: str, message: str
) -> None:
    data = {"number": number, "positions": positions, "contractor_email": ""}
    response = submit(login("operator"), "/requests/new", data)
    assert response.status_code == 422
    assert message in text(response)
    assert _pairs(database) == []


def test_add_position_form_names_the_existing_zero_padded_twin(login, sample) -> None:
    page = "/requests/4512"
    client = login("operator")
    response = submit(client, f"{page}/positions", {"number": "01"}, page=page)
    assert response.status_code == 422
    assert "уже есть позиция 1 (номера различаются только нулями впереди)" in text(response)
    response = submit(client, f"{page}/positions", {"number": "３"}, page=page)
    assert response.status_code == 422
    assert "ожидаются только цифры 0–9" in text(response)
