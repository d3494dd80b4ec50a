"""The simulator's faults over real HTTP, as a client sees them on the wire."""

from __future__ import annotations

import random
from collections.abc import Iterator

import httpx
import pytest

from omis.delosim import DeloSimulator
from omis.delosim.data import ANSWERS, IN_WORK, generate_appeals

PAGE = """query Rows($first: Int, $after: String, $filter: ArRubricValueFilter) {
  arRubricValuesPg(first: $first, after: $after, filter: $filter) {
    totalCount edges { node { isnRefRubric posStatusRub } } pageInfo { endCursor hasNextPage } } }"""
UPDATE = """mutation U($a: UpdateArRubricValueInput!, $b: UpdateArRubricValueInput!) {
  u1: updateArRubricValue(input: $a) { success message data { posStatusRub } }
  u2: updateArRubricValue(input: $b) { success message data { posStatusRub } } }"""


@pytest.fixture
def delo() -> Iterator[tuple[DeloSimulator, httpx.Client]]:
    with DeloSimulator(30) as sim, httpx.Client(base_url=sim.base_url, timeout=5) as client:
        client.post("/CoreHost/identity/api/login", json={"user": "omis", "password": "omis"})
        yield sim, client


def ask(client: httpx.Client, query: str, **variables: object) -> dict[str, object]:
    response = client.post("/CoreHost/gql/query", json={"query": query, "variables": variables})
    assert response.status_code == 200
    body: dict[str, object] = response.json()
    return body


def updates(sim: DeloSimulator) -> dict[str, object]:
    first, second = sorted(sim.state.by_isn)[:2]
    return {
        "a": {"data": {"isnRefRubric": first, "posStatusRub": "Отправлен ответ заявителю"}},
        "b": {"data": {"isnRefRubric": second, "posStatusRub": "Отправлен ответ заявителю"}},
    }


def test_graphql_error_on_a_read_comes_with_null_data_and_http_200(delo) -> None:
    sim, client = delo
    sim.faults.graphql_error_rate = 1.0
    body = ask(client, PAGE, first=5)
    assert body["data"] == {"arRubricValuesPg": None}
    [error] = body["errors"]
    assert error["path"] == ["arRubricValuesPg"]


def test_an_alias_error_fails_that_alias_only_and_writes_nothing_for_it(delo) -> None:
    sim, client = delo
    sim.faults.alias_error_rate = 1.0
    body = ask(client, UPDATE, **updates(sim))
    assert body["data"] == {"u1": None, "u2": None}
    assert sorted(e["path"][0] for e in body["errors"]) == ["u1", "u2"]
    assert sim.state.writes == []


def test_success_with_another_value_writes_that_other_value(delo) -> None:
    sim, client = delo
    sim.faults.other_value_rate = 1.0
    body = ask(client, UPDATE, **updates(sim))
    payload = body["data"]["u1"]
    assert payload["success"] is True
    assert payload["data"]["posStatusRub"] != "Отправлен ответ заявителю"
    assert [value for _isn, value, _at in sim.state.writes] == [
        payload["data"]["posStatusRub"],
        body["data"]["u2"]["data"]["posStatusRub"],
    ]


@pytest.mark.parametrize(
    ("fault", "end_cursor", "has_next"),
    [("stall", "4", True), ("cycle", "-1", True), ("short", "9", False)],
)
def test_cursor_faults_from_the_second_page(
    delo, fault: str, end_cursor: str, has_next: bool
) -> None:
    sim, client = delo
    sim.faults.cursor_fault = fault
    first = ask(client, PAGE, first=5)["data"]["arRubricValuesPg"]["pageInfo"]
    assert first == {"endCursor": "4", "hasNextPage": True}  # the first page is sound
    second = ask(client, PAGE, first=5, after="4")["data"]["arRubricValuesPg"]["pageInfo"]
    assert second == {"endCursor": end_cursor, "hasNextPage": has_next}


@pytest.mark.parametrize(
    ("fault", "first_page", "second_page"),
    [("repeat", [0, 1, 2, 3, 0], [5, 6, 7, 8, 5]), ("overlap", [0, 1, 2, 3, 4], [4, 6, 7, 8, 9])],
)
def test_page_faults_deliver_a_row_again(
    delo, fault: str, first_page: list[int], second_page: list[int]
) -> None:
    sim, client = delo
    sim.faults.page_fault = fault
    isns = [row["isnRefRubric"] for row in sim.state.rows]
    for after, expected in ((None, first_page), ("4", second_page)):
        page = ask(client, PAGE, first=5, after=after)["data"]["arRubricValuesPg"]
        assert [edge["node"]["isnRefRubric"] for edge in page["edges"]] == [
            isns[i] for i in expected
        ]


@pytest.mark.parametrize(("fault", "totals"), [("negative-total", [-1, -1]), ("low-total", [3, 8])])
def test_page_faults_give_a_wrong_total_count(delo, fault: str, totals: list[int]) -> None:
    sim, client = delo
    sim.faults.page_fault = fault
    pages = [ask(client, PAGE, first=5, after=after) for after in (None, "4")]
    assert [page["data"]["arRubricValuesPg"]["totalCount"] for page in pages] == totals


def test_an_oversize_page_delivers_more_rows_than_asked_for(delo) -> None:
    sim, client = delo
    sim.faults.page_fault = "oversize"
    page = ask(client, PAGE, first=10)["data"]["arRubricValuesPg"]
    assert len(page["edges"]) == 15


def test_a_hanging_server_accepts_the_connection_and_never_answers(delo) -> None:
    sim, client = delo
    sim.faults.hang = True
    with pytest.raises(httpx.ReadTimeout):
        client.post("/CoreHost/gql/query", json={"query": PAGE}, timeout=httpx.Timeout(0.2))
    assert sim.state.hung == 1


def test_an_echoing_server_quotes_the_password_of_a_refused_login() -> None:
    with DeloSimulator(3, echo_login=True) as sim:
        response = httpx.post(
            f"{sim.base_url}/CoreHost/identity/api/login",
            json={"user": "x", "password": "leaked-pw"},
        )
    assert response.json()["success"] is False
    assert "leaked-pw" in response.json()["message"]


def test_appeals_move_on_in_sstu_and_reads_see_it() -> None:
    rows = generate_appeals(50, registered_days=(3, 50), answered_share=0)
    with DeloSimulator(rows) as sim, httpx.Client(base_url=sim.base_url) as client:
        client.post("/CoreHost/identity/api/login", json={"user": "omis", "password": "omis"})
        in_work = {"eosSstuStatus": {"equal": {"value": IN_WORK}}}
        assert (
            ask(client, PAGE, first=1, filter=in_work)["data"]["arRubricValuesPg"]["totalCount"]
            == 50
        )
        answered = sim.answer_some(0.5, random.Random(3))
        left = ask(client, PAGE, first=1, filter=in_work)["data"]["arRubricValuesPg"]["totalCount"]
    assert left == 50 - len(answered) < 50
    assert {sim.state.by_isn[isn]["eosSstuStatus"] for isn in answered} <= set(ANSWERS)


def test_a_write_shifts_the_pages_of_a_read_filtered_on_the_pos_value(delo) -> None:
    """As an offset-paging database does: rows that leave the filter move the rest up."""
    sim, client = delo
    for row in sim.state.rows:
        row["posStatusRub"] = "Назначен исполнитель"
    open_ = {"posStatusRub": {"equal": {"value": "Назначен исполнитель"}}}
    first = ask(client, PAGE, first=5, filter=open_)["data"]["arRubricValuesPg"]
    ask(client, UPDATE, **updates(sim))
    second = ask(client, PAGE, first=5, after="4", filter=open_)["data"]["arRubricValuesPg"]
    assert second["totalCount"] == first["totalCount"] - 2
    firsts = [e["node"]["isnRefRubric"] for e in first["edges"]]
    seconds = [e["node"]["isnRefRubric"] for e in second["edges"]]
    assert seconds[0] > firsts[-1]
    ordered = sorted(sim.state.by_isn)
    assert seconds[0] == ordered[7]  # rows 5 and 6 were skipped: read them some other way
