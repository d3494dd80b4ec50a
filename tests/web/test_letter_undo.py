"""Undo a letter from its page: done with a reason, refused with the reason shown."""

from __future__ import annotations

from omis.core.db import Database
from omis.requests import store
from omis.requests.lifecycle import Actor
from web.webtools import deliver, letter_bytes, submit, text


def _applied(database: Database, body: str, message_id: str) -> int:
    raw = letter_bytes("Заявка 4512", body, message_id=message_id)
    return deliver(database, raw)


def _register(database: Database) -> None:
    with database.session() as session:
        for position in ("1", "2"):
            store.add_position(session, store.NewPosition("4512", position), actor=Actor.OPERATOR)


def _statuses(database: Database) -> list[str]:
    with database.session() as session:
        return [p.status for p in store.require_request(session, "4512").positions]


def test_operator_undoes_a_letter_from_its_page(login, database: Database) -> None:
    _register(database)
    letter_id = _applied(database, "Бригада на месте.", "<a@stroyservis.ru>")
    operator = login("operator")
    page = text(operator.get(f"/letters/{letter_id}"))
    assert "Отменить действие письма" in page
    refused = submit(operator, f"/letters/{letter_id}/undo", {"reason": " "})
    assert refused.status_code == 422
    assert "Укажите, почему действие письма отменяется" in text(refused)
    done = submit(operator, f"/letters/{letter_id}/undo", {"reason": "письмо о другой заявке"})
    assert done.status_code == 302
    assert done.headers["Location"].endswith(f"/review/{letter_id}")
    assert _statuses(database) == ["заявка отправлена", "заявка отправлена"]
    review = text(operator.get(f"/review/{letter_id}"))
    assert "действие письма отменено оператором" in review
    assert "Назначить и применить" in review
    page = text(operator.get(f"/letters/{letter_id}"))
    assert "operator: письмо о другой заявке" in page
    assert "Отменить действие письма" not in page
    history = text(operator.get("/requests/4512"))
    assert "operator (отмена письма)" in history
    assert f"отмена письма №{letter_id}: письмо о другой заявке" in history


def test_a_refused_undo_shows_what_moved_the_position(login, database: Database) -> None:
    _register(database)
    first = _applied(database, "Выехали.", "<a@stroyservis.ru>")
    _applied(database, "Работы завершены, бригада убыла.", "<b@stroyservis.ru>")
    operator = login("operator")
    refused = submit(operator, f"/letters/{first}/undo", {"reason": "ошибка"})
    assert refused.status_code == 422
    body = text(refused)
    assert (
        "отмена невозможна: позиция 1 заявки №4512 после письма изменена: «подрядчик убыл»" in body
    )
    assert _statuses(database) == ["подрядчик убыл", "подрядчик убыл"]


def test_viewers_see_no_undo(login, database: Database) -> None:
    _register(database)
    letter_id = _applied(database, "Выехали.", "<a@stroyservis.ru>")
    viewer = login("viewer")
    assert "Отменить действие письма" not in text(viewer.get(f"/letters/{letter_id}"))
    assert (
        submit(viewer, f"/letters/{letter_id}/undo", {"reason": "x"}, page="/").status_code == 403
    )


def test_replay_leaves_a_letter_an_operator_undid_alone(login, database: Database) -> None:
    _register(database)
    letter_id = _applied(database, "Бригада на месте.", "<a@stroyservis.ru>")
    admin = login("admin")
    undone = submit(admin, f"/letters/{letter_id}/undo", {"reason": "письмо о другой заявке"})
    assert undone.status_code == 302
    page = text(admin.get("/letters/replay"))
    assert "не меняется: действие письма отменено оператором" in page
    assert "admin: письмо о другой заявке" in page
    applied = submit(admin, "/letters/replay", {"date_from": ""}, page="/letters/replay")
    assert applied.status_code == 302
    assert "изменено писем 0 из 1" in text(admin.get(applied.headers["Location"]))
    assert _statuses(database) == ["заявка отправлена", "заявка отправлена"]
    assert "действие письма отменено оператором" in text(admin.get(f"/review/{letter_id}"))
