"""A form sent twice (a double click, a second tab, a reload of the POST): the second
submit changes nothing, records nothing, and says so in Russian."""

from __future__ import annotations

from sqlalchemy import select

from omis.core.db import Database
from omis.requests.models import Position, Request, StatusChange
from web.webtools import submit, text, visible_text

PAGE = "/requests/4512"


def _history(database: Database, position: str) -> list[tuple[str | None, str, str, str | None]]:
    with database.session() as session:
        rows = session.execute(
            select(
                StatusChange.from_status,
                StatusChange.to_status,
                StatusChange.verdict,
                StatusChange.reason,
            )
            .join(Position, StatusChange.position_id == Position.id)
            .join(Request)
            .where(Request.number == "4512", Position.number == position)
            .order_by(StatusChange.id)
        )
        return [tuple(row) for row in rows]


def test_a_status_form_sent_twice_adds_no_history_row(login, sample, database: Database) -> None:
    client = login("operator")
    data = {"position": "1", "status": "подрядчик в пути", "reason": "звонок бригадира"}
    first = submit(client, f"{PAGE}/status", data, page=PAGE, follow_redirects=True)
    assert "Позиция 1: статус «подрядчик в пути»." in visible_text(text(first))
    again = submit(client, f"{PAGE}/status", data, page=PAGE, follow_redirects=True)
    shown = visible_text(text(again))
    assert "Позиция 1: статус «подрядчик в пути» уже установлен — вами" in shown
    assert "Повторная отправка формы ничего не изменила." in shown
    assert _history(database, "1") == [
        (None, "заявка отправлена", "applied", "заявка зарегистрирована"),
        ("заявка отправлена", "подрядчик в пути", "applied", "звонок бригадира"),
    ]
    assert "статус уже установлен" not in text(client.get(PAGE))


def test_the_same_status_for_another_reason_is_still_recorded_as_not_applied(
    login, sample, database: Database
) -> None:
    """Not a repeat: the operator means something else, and the history keeps it."""
    client = login("operator")
    data = {"position": "1", "status": "подрядчик в пути", "reason": "звонок бригадира"}
    submit(client, f"{PAGE}/status", data, page=PAGE)
    other = submit(client, f"{PAGE}/status", {**data, "reason": "письмо"}, page=PAGE)
    assert other.status_code == 302
    assert _history(database, "1")[-1] == (
        "подрядчик в пути",
        "подрядчик в пути",
        "not_applied",
        "статус уже установлен",
    )
