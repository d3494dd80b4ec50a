"""SQL metacharacters, GraphQL-looking text and template syntax typed into the web UI are
stored and shown as the text they are: nothing is executed, on either database."""

from __future__ import annotations

import html

import pytest
from sqlalchemy import func, select

from omis.core.db import Database
from omis.requests.models import Position, Request
from web.webtools import submit, text

HOSTILE = [
    "'); DROP TABLE positions; --",
    'mutation { updateArRubricValue(input: {data: {posStatusRub: "x"}}) { success } }',
    "{{ 7*7 }} {% raw %}",
    '" OR 1=1 /* <script>alert(1)</script>',
]


@pytest.mark.parametrize(("number", "comment"), [(str(7000 + i), c) for i, c in enumerate(HOSTILE)])
def test_hostile_comment_is_stored_and_shown_verbatim(
    login, database: Database, number: str, comment: str
) -> None:
    client = login("operator")
    created = submit(
        client, "/requests/new", {"number": number, "positions": "1", "comment": comment},
        page="/requests/new",
    )  # fmt: skip
    assert created.status_code == 302, text(created)

    page = text(client.get(f"/requests/{number}"))
    assert comment in html.unescape(page)  # shown as typed (template syntax not evaluated)...
    assert "<script>" not in page  # ...and escaped, so no markup of it reaches the browser
    with database.session() as session:
        assert session.scalar(select(func.count(Position.id))) == 1
        stored = session.scalars(select(Position.comment)).one()
    assert stored == comment


@pytest.mark.parametrize(
    "query",
    ["' OR '1'='1", "1; DELETE FROM requests", "%' --", "{ arRubricValuesPg { edges } }", "\\"],
)
def test_hostile_search_finds_nothing_and_changes_nothing(
    login, database: Database, query: str
) -> None:
    client = login("viewer")
    with database.session() as session:
        from omis.requests import store
        from omis.requests.lifecycle import Actor

        store.add_position(
            session, store.NewPosition("7100", "1", "обычный комментарий"), actor=Actor.OPERATOR
        )
    response = client.get("/requests", query_string={"q": query})
    assert response.status_code == 200
    assert "Ничего не найдено" in text(response)
    with database.session() as session:
        assert session.scalar(select(func.count(Request.id))) == 1
