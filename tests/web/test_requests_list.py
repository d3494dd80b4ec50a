"""The requests list: filters, Cyrillic search on both engines, sort, pages, CSV export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import insert

from omis.core.clock import now
from omis.core.db import Database
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.requests.models import Position, Request
from omis.web.queries import positions
from web.webtools import text

# (request, position, comment, contractor address, days ago, status)
ROWS = [
    ("100", "1", "Замена КАБЕЛЯ на опоре", "a@stroyservis.ru", 10, Status.SENT),
    ("101", "1", "кабель перебит", "b@Elektro-Set.ru", 5, Status.ACCEPTED),
    ("102", "1", "Покраска ограждения", "c@stroyservis.ru", 2, Status.LEFT),
    ("102", "2", "Ёлка у входа", "c@stroyservis.ru", 2, Status.EN_ROUTE),
    ("2000", "07", "50%_скидка", None, 0, Status.SENT),
]


@pytest.fixture
def rows(database: Database) -> None:
    moment = now()
    with database.session() as session:
        for number, position, comment, email, days, status in ROWS:
            at = moment - timedelta(days=days)
            new = store.NewPosition(number, position, comment, "Иванов")
            created = store.add_position(session, new, actor=Actor.IMPORT, created_at=at)
            created.request.contractor_email = email
            if status is not Status.SENT:
                event = store.StatusEvent(status, Actor.OPERATOR, "op", "тест", at=at)
                store.change_status(session, created, event)


def listed(client: FlaskClient, query: str) -> list[str]:
    """The (request/position) pairs shown for ``query``, in order."""
    body = text(client.get(f"/requests?{query}"))
    import re

    return re.findall(r'href="/requests/(\d+)">№\d+</a></td>\s*<td[^>]*>(\d+)</td>', body)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=кабел", [("101", "1"), ("100", "1")]),
        ("q=КАБЕЛЬ", [("101", "1")]),  # «кабеля» has no «кабель»; «кабель перебит» has
        ("q=ЁЛКА", [("102", "2")]),
        ("q=%25_", [("2000", "07")]),  # LIKE wildcards are matched literally
        # newest registration first (id order): 102/2 was registered after 102/1
        ("q=10", [("102", "2"), ("102", "1"), ("101", "1"), ("100", "1")]),  # number prefix
        ("status=заявка+принята", [("101", "1")]),
        ("domain=elektro-set.ru", [("101", "1")]),
        ("domain=%40STROYSERVIS.RU", [("102", "2"), ("102", "1"), ("100", "1")]),
    ],
)
def test_search_and_filters(login, rows, query: str, expected: list[tuple[str, str]]) -> None:
    assert listed(login("viewer"), query) == expected


def test_search_is_case_insensitive_for_cyrillic_both_ways(login, rows) -> None:
    client = login("viewer")
    assert listed(client, "q=ЗАМЕНА+кабеля") == [("100", "1")]
    assert listed(client, "q=замена+КАБЕЛЯ") == [("100", "1")]


def test_search_finds_an_edited_comment_and_forgets_the_old_one(
    login, rows, database: Database
) -> None:
    with database.session() as session:
        position = store.find_position(session, "101", "1")
        assert position is not None
        store.edit_comment(session, position, "Заменить ПРЕДОХРАНИТЕЛЬ", "Петров")
    client = login("viewer")
    assert listed(client, "q=предохранитель") == [("101", "1")]
    assert listed(client, "q=перебит") == []


def test_date_range_uses_the_local_day(login, rows) -> None:
    today = now().astimezone().date()
    start = (today - timedelta(days=6)).isoformat()
    end = (today - timedelta(days=1)).isoformat()
    assert listed(login("viewer"), f"date_from={start}&date_to={end}&sort=old") == [
        ("101", "1"),
        ("102", "1"),
        ("102", "2"),
    ]


def test_delayed_only_shows_open_positions_past_their_limit(login, rows) -> None:
    # 2000/07 was registered just now; 102/1 is final; the rest are days old.
    assert listed(login("viewer"), "delayed=y&sort=stale") == [
        ("100", "1"),
        ("101", "1"),
        ("102", "2"),
    ]


@pytest.mark.parametrize(
    ("sort", "first"),
    [
        ("new", ("2000", "07")),
        ("old", ("100", "1")),
        ("number", ("100", "1")),
        ("stale", ("100", "1")),
        ("status", ("100", "1")),
    ],
)
def test_sort_orders(login, rows, sort: str, first: tuple[str, str]) -> None:
    assert listed(login("viewer"), f"sort={sort}")[0] == first


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date_from=2026-11-20&date_to=2026-11-01", "Конец периода раньше начала"),
        ("date_from=вчера", "Неверное значение даты"),
        ("domain=a+b", "Домен почты подрядчика"),
        ("status=нет+такого", "Неверный вариант"),
    ],
)
def test_bad_filter_is_explained_next_to_the_field_and_kept(
    login, query: str, message: str
) -> None:
    response = login("viewer").get(f"/requests?{query}")
    assert response.status_code == 400
    body = text(response)
    assert message in body
    assert 'class="error"' in body


def test_pages_of_fifty(login, database: Database) -> None:
    with database.session() as session:
        for number in range(1, 121):
            store.add_position(session, store.NewPosition(str(number), "1"), actor=Actor.IMPORT)
    client = login("viewer")
    first, third = listed(client, "sort=old"), listed(client, "sort=old&page=3")
    assert len(first) == 50
    assert first[0] == ("1", "1")
    assert third == [(str(n), "1") for n in range(101, 121)]
    assert "страница 3 из 3" in text(client.get("/requests?sort=old&page=3"))
    assert listed(client, "sort=old&page=99") == third  # past the end: the last page
    second = text(client.get("/requests?page=2"))
    assert "Найдено позиций: <strong>120</strong>" in second
    assert "страница 2 из 3" in second
    narrow = text(client.get("/requests?q=11"))  # 11 and 110–119: one page, no pager
    assert "Найдено позиций: <strong>11</strong>" in narrow
    assert "страница 1 из" not in narrow


def test_every_page_is_reachable_past_the_count_cap(login, database: Database) -> None:
    """Counting stops at COUNT_CAP rows; the rows past it are still a page away."""
    total = positions.COUNT_CAP + 2 * positions.PAGE_SIZE
    moment = now()
    with database.session() as session:
        requests = [{"id": n, "number": str(n), "created_at": moment} for n in range(1, total + 1)]
        session.execute(insert(Request), requests)
        session.execute(
            insert(Position),
            [{"id": n, "request_id": n, "number": "1", "status_changed_at": moment}
             for n in range(1, total + 1)],
        )  # fmt: skip
    client = login("viewer")
    capped = positions.COUNT_CAP // positions.PAGE_SIZE  # the last page the cap used to allow
    assert f"страница 1 из {capped}+" in text(client.get("/requests"))
    last = total // positions.PAGE_SIZE
    page = text(client.get(f"/requests?sort=old&page={capped}"))
    assert f"страница {capped} из {last}<" in page  # counted from the page on
    assert f"page={capped + 1}" in page  # «вперёд» goes on past the cap
    oldest_last = [(str(n), "1") for n in range(total - positions.PAGE_SIZE + 1, total + 1)]
    assert listed(client, f"sort=old&page={last}") == oldest_last
    assert f"страница {last} из {last}<" in text(client.get(f"/requests?sort=old&page={last}"))
    assert listed(client, f"page={last}")[-1] == ("1", "1")  # the oldest, newest first
    assert listed(client, "sort=old&page=999999") == oldest_last  # past the end: the last


def test_export_has_the_current_filter_and_round_trips(login, rows) -> None:
    response = login("viewer").get("/requests/export.csv?domain=stroyservis.ru&sort=number")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    data = response.get_data(as_text=True)
    assert data.startswith("\ufeff")  # Excel reads the Cyrillic only with the BOM
    records = list(csv.DictReader(io.StringIO(data.lstrip("\ufeff"))))
    assert [(r["request_number"], r["position_number"]) for r in records] == [
        ("100", "1"),
        ("102", "1"),
        ("102", "2"),
    ]
    assert records[0]["comment"] == "Замена КАБЕЛЯ на опоре"
    assert records[0]["status_changed_at"].endswith("+03:00")  # Europe/Moscow, with offset
    from omis.requests import csvio

    reparsed = csvio.parse_csv(data.encode("utf-8"))
    assert reparsed.ok
    assert next(row.comment for _, row in reparsed.rows) == "Замена КАБЕЛЯ на опоре"


def test_times_are_local_and_labelled(login, database: Database, time_machine) -> None:
    time_machine.move_to(datetime(2026, 11, 20, 11, 5, tzinfo=UTC), tick=False)
    with database.session() as session:
        store.add_position(session, store.NewPosition("55", "1"), actor=Actor.IMPORT)
    assert "20.11.2026 14:05 MSK" in text(login("viewer").get("/requests"))


def test_htmx_request_gets_only_the_results(login, rows) -> None:
    response = login("viewer").get("/requests?q=кабел", headers={"HX-Request": "true"})
    body = text(response)
    assert "<html" not in body
    assert "Найдено позиций" in body


def test_htmx_request_with_bad_filter_reloads_the_full_page(login) -> None:
    response = login("viewer").get("/requests?domain=a+b", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.headers["HX-Redirect"].startswith("/requests?")


def test_status_labels_sort_in_lifecycle_order() -> None:
    # The "по статусу" order is ORDER BY status (index-served): it relies on this.
    values = [status.value for status in Status]
    assert sorted(values) == values
    assert sorted(value.encode() for value in values) == [value.encode() for value in values]
