"""The DELO simulator as a GraphQL server over real HTTP: sessions, and queries checked
against the schema (a parsed query is reused, its variables never are)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from omis.delosim import DeloSimulator

ROWS = "query Rows($first: Int) { arRubricValuesPg(first: $first) { edges { node { isnRefRubric } } } }"


@pytest.fixture
def delo() -> Iterator[tuple[DeloSimulator, httpx.Client]]:
    with DeloSimulator(30) as simulator, httpx.Client(base_url=simulator.base_url) as client:
        yield simulator, client


def log_in(client: httpx.Client, password: str = "omis") -> dict[str, object]:
    response = client.post(
        "/CoreHost/identity/api/login", json={"user": "omis", "password": password}
    )
    assert response.status_code == 200
    body: dict[str, object] = response.json()
    return body


def ask(client: httpx.Client, query: str, **variables: object) -> httpx.Response:
    return client.post("/CoreHost/gql/query", json={"query": query, "variables": variables})


def test_wrong_password_is_refused_in_the_body_and_gives_no_session(delo) -> None:
    _sim, client = delo
    assert log_in(client, password="wrong")["success"] is False
    assert ask(client, ROWS, first=1).status_code == 401


def test_same_query_with_other_variables_gets_its_own_answer(delo) -> None:
    _sim, client = delo
    log_in(client)
    sizes = [
        len(ask(client, ROWS, first=n).json()["data"]["arRubricValuesPg"]["edges"])
        for n in (2, 5, 2)
    ]
    assert sizes == [2, 5, 2]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("query { arRubricValuesPg(first: 1) { edges { node { isnRefRubric } } }", "Syntax Error"),
        (
            "query { arRubricValuesPg(first: 1) { edges { node { password } } } }",
            "Cannot query field 'password'",
        ),
        (
            "query Rows($first: Int) { arRubricValuesPg(first: $frist) { totalCount } }",
            "'$frist' is not defined",
        ),
    ],
    ids=["syntax", "unknown-field", "undefined-variable"],
)
def test_a_query_that_does_not_fit_the_schema_is_rejected_every_time(
    delo, query: str, message: str
) -> None:
    _sim, client = delo
    log_in(client)
    for _ in range(2):  # the second answer comes from the parsed-query cache
        body = ask(client, query).json()
        assert body["data"] is None
        assert message in body["errors"][0]["message"]
