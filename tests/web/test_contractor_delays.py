"""Delays by contractor on the pages: own limits, the dashboard's filter and per-contractor
panel, the requests list's filter, and «напоминать после …» from the dashboard."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from flask.testing import FlaskClient

from omis.contractors import store as contractors
from omis.contractors.store import ContractorData
from omis.core.clock import now
from omis.core.db import Database
from omis.reminders import snooze
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from web.webtools import submit, text

MSK = ZoneInfo("Europe/Moscow")  # OMIS_TIMEZONE of the tests


def _registry(database: Database) -> dict[str, int]:
    """4512 (СтройСервис, 240 min on site) and 4600 (Энергомонтаж) on site 90 minutes,
    4700 (no contractor) accepted 90 minutes: late are 4600 and 4700."""
    moment = now() - timedelta(minutes=90)
    with database.session() as session:
        stroy = contractors.add(
            session,
            ContractorData("СтройСервис", (), ("stroyservis.ru",), {"подрядчик на месте": 240}),
        )
        energo = contractors.add(session, ContractorData("Энергомонтаж", (), ("energo.ru",)))
        ids = {"СтройСервис": stroy.id, "Энергомонтаж": energo.id}
        for number, owner, status in (
            ("4512", stroy, Status.ON_SITE),
            ("4600", energo, Status.ON_SITE),
            ("4700", None, Status.ACCEPTED),
        ):
            created = store.add_position(
                session, store.NewPosition(number, "1"), actor=Actor.IMPORT, created_at=moment
            )
            event = store.StatusEvent(status, Actor.OPERATOR, "op", "тест", at=moment)
            store.change_status(session, created, event)
            if owner is not None:
                contractors.attach(created.request, owner)
    return ids


def _panel(body: str, title: str) -> str:
    start = body.index(title)
    return body[start : body.index("</section>", start)]


def test_dashboard_counts_late_positions_by_each_contractors_limits(
    login, database: Database
) -> None:
    ids = _registry(database)
    viewer = login("viewer")
    body = text(viewer.get("/"))
    late = _panel(body, "Задерживаются сейчас")
    assert "№4600" in late
    assert "№4700" in late
    assert "№4512" not in late  # its contractor allows 240 minutes on site
    per = _panel(body, "Задержки по подрядчикам")
    assert "Энергомонтаж" in per
    assert "без подрядчика" in per
    assert "СтройСервис" not in per
    only = text(viewer.get(f"/?contractor={ids['Энергомонтаж']}"))
    late = _panel(only, "Задерживаются сейчас")
    assert "№4600" in late
    assert "№4700" not in late


def test_requests_list_filters_by_contractor_and_its_limits(login, database: Database) -> None:
    ids = _registry(database)
    viewer = login("viewer")
    mine = text(viewer.get(f"/requests?contractor={ids['СтройСервис']}"))
    assert "№4512" in mine
    assert "№4600" not in mine
    late = text(viewer.get("/requests?delayed=y"))
    assert ("№4512" in late, "№4600" in late, "№4700" in late) == (False, True, True)
    export = viewer.get(f"/requests/export.csv?contractor={ids['Энергомонтаж']}").get_data(
        as_text=True
    )
    lines = export.lstrip("\ufeff").splitlines()
    assert lines[0].endswith(",contractor")
    assert len(lines) == 2
    assert lines[1].startswith("4600,1,")
    assert lines[1].endswith(",Энергомонтаж")


def test_a_supervisor_pauses_reminders_from_the_dashboard(
    login, client: FlaskClient, database: Database
) -> None:
    _registry(database)
    operator = login("operator")
    with database.session() as session:
        position = store.find_position(session, "4600", "1")
        assert position is not None
        position_id = position.id
    until = (now() + timedelta(hours=2)).astimezone(MSK).strftime("%Y-%m-%dT%H:%M")
    form = {"until": until, "comment": "бригада ждёт допуска", "next": "/"}
    response = submit(operator, f"/positions/{position_id}/snooze", form, page="/")
    assert response.status_code == 302
    body = text(operator.get("/"))
    assert "напоминания отложены до" in _panel(body, "Задерживаются сейчас")
    assert "Напоминания по №4600, поз. 1 отложены до" in body
    with database.session() as session:
        found = store.find_position(session, "4600", "1")
        assert found is not None
        assert snooze.active_for(session, [found], now())
    history = text(operator.get("/requests/4600"))
    assert "Напоминания по поз. 1 отложены до" in history
    assert "operator: бригада ждёт допуска" in history
    submit(operator, f"/positions/{position_id}/resume", {"next": "/requests/4600"}, page="/")
    assert "снова включены" in text(operator.get("/requests/4600"))


def test_a_pause_without_a_comment_or_in_the_past_is_refused(login, database: Database) -> None:
    _registry(database)
    operator = login("operator")
    with database.session() as session:
        position = store.find_position(session, "4700", "1")
        assert position is not None
        position_id = position.id
    past = (now() - timedelta(hours=1)).astimezone(MSK).strftime("%Y-%m-%dT%H:%M")
    cases = [({"until": past, "comment": "ждём"}, "время должно быть позже текущего"),
             ({"until": "", "comment": "ждём"}, "Напоминать после: Обязательное поле"),
             ({"until": past, "comment": " "}, "Укажите, почему можно подождать")]  # fmt: skip
    for data, message in cases:
        submit(operator, f"/positions/{position_id}/snooze", {**data, "next": "/"}, page="/")
        assert message in text(operator.get("/")), data
    submit(operator, "/logout", page="/")
    viewer_page = text(login("viewer").get("/"))
    assert "напоминать после…" not in viewer_page


@pytest.mark.parametrize(
    "target",
    ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", " //evil.example",
     "//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"],
)  # fmt: skip
@pytest.mark.parametrize("action", ["snooze", "resume"])
def test_pause_and_resume_go_back_only_to_a_page_of_this_site(
    login, database: Database, target: str, action: str
) -> None:
    _registry(database)
    operator = login("operator")
    with database.session() as session:
        position = store.find_position(session, "4700", "1")
        assert position is not None
        position_id = position.id
    until = (now() + timedelta(hours=2)).astimezone(MSK).strftime("%Y-%m-%dT%H:%M")
    form = {"until": until, "comment": "ждём допуска", "next": target}
    response = submit(operator, f"/positions/{position_id}/{action}", form, page="/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
