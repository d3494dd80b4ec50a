"""The DELO client against the simulator over real HTTP: every answer DELO can give that is
not a clean page or a clean write ends as an error or an uncertain row, never as success."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from omis.adapters.delo.client import (
    DeloClient,
    DeloConnection,
    DeloError,
    DeloLoginError,
    Problem,
    RowUpdate,
)
from omis.adapters.delo.payloads import Written
from omis.core.errors import EXIT_USAGE
from omis.delosim import DeloSimulator

Start = Callable[..., tuple[DeloSimulator, DeloClient]]


@pytest.fixture
def delo() -> Iterator[Start]:
    opened: list[tuple[DeloSimulator, DeloClient]] = []

    def start(
        rows: int = 30, *, password: str = "omis", transport: Any = None, **faults: Any
    ) -> tuple[DeloSimulator, DeloClient]:
        sim = DeloSimulator(rows, **faults).start()
        base = sim.base_url
        connection = DeloConnection(
            login_url=f"{base}/CoreHost/identity/api/login",
            logout_url=f"{base}/CoreHost/identity/api/logout",
            graphql_endpoint=f"{base}/CoreHost/gql/query",
            username="omis",
            password=password,
            read_timeout=0.5,
            retry_attempts=2,
        )
        client = DeloClient(connection, sleep=lambda _s: None, transport=transport)
        opened.append((sim, client))
        return sim, client

    yield start
    for sim, client in opened:
        client.close()
        sim.stop()


def read_all(client: DeloClient, page_size: int = 5) -> list[int]:
    return [row.isn for rows in client.iter_pages({}, page_size) for row in rows]


def test_a_clean_read_returns_every_row_once(delo: Start) -> None:
    sim, client = delo(23)
    client.login()
    assert read_all(client) == sorted(sim.state.by_isn)


def test_graphql_errors_beside_null_data_are_retried_then_fail_the_read(delo: Start) -> None:
    sim, client = delo(graphql_error_rate=1.0)
    client.login()
    with pytest.raises(DeloError) as caught:
        read_all(client)
    assert caught.value.problem is Problem.ANSWER
    assert "ошибку GraphQL" in str(caught.value)
    assert "попыток: 3" in str(caught.value)  # retryAttempts 2: three tries
    assert sim.state.http_requests == 1 + 3  # the login, three reads


def test_a_passing_graphql_error_is_read_again_and_the_read_completes(delo: Start) -> None:
    sim, client = delo(23, graphql_errors_next=2)
    client.login()
    assert read_all(client) == sorted(sim.state.by_isn)


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("stall", "курсор страницы не продвинулся"),
        ("cycle", "повторился: страницы идут по кругу"),
        ("short", "прочитано 10 строк, а ДЕЛО сообщило о 30"),
    ],
)
def test_a_cursor_that_does_not_advance_fails_the_read(
    delo: Start, fault: str, message: str
) -> None:
    sim, client = delo(30, cursor_fault=fault)
    client.login()
    with pytest.raises(DeloError) as caught:
        read_all(client)
    assert message in str(caught.value)
    assert sim.state.http_requests < 10  # no loop


@pytest.mark.parametrize(
    ("fault", "repeated", "pages_before"),
    [("repeat", 0, 0), ("overlap", 4, 1)],
    ids=["twice-in-one-page", "again-on-the-next-page"],
)
def test_a_row_delivered_twice_fails_the_read_naming_it(
    delo: Start, fault: str, repeated: int, pages_before: int
) -> None:
    sim, client = delo(30, page_fault=fault)
    client.login()
    handed_over: list[int] = []

    def read() -> None:
        for rows in client.iter_pages({}, 5):
            handed_over.extend(row.isn for row in rows)

    with pytest.raises(DeloError) as caught:
        read()
    isn = sim.state.rows[repeated]["isnRefRubric"]
    assert caught.value.problem is Problem.ANSWER
    assert f"ДЕЛО отдало строку isnRefRubric {isn} повторно" in str(caught.value)
    assert len(handed_over) == len(set(handed_over))  # the faulty page is never handed over
    assert handed_over == [row["isnRefRubric"] for row in sim.state.rows[: 5 * pages_before]]


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("negative-total", "ДЕЛО вернуло неверный totalCount: -1"),
        ("low-total", "получено 5 строк, а ДЕЛО сообщило только о 3 (totalCount)"),
    ],
    ids=["negative", "below-the-rows-delivered"],
)
def test_a_wrong_total_count_fails_the_read(delo: Start, fault: str, message: str) -> None:
    _sim, client = delo(30, page_fault=fault)
    client.login()
    with pytest.raises(DeloError) as caught:
        read_all(client)
    assert caught.value.problem is Problem.ANSWER
    assert message in str(caught.value)


def test_a_negative_total_count_is_never_a_count(delo: Start) -> None:
    _sim, client = delo(30, page_fault="negative-total")
    client.login()
    with pytest.raises(DeloError) as caught:
        client.count({})
    assert "неверный totalCount: -1" in str(caught.value)


def test_a_page_with_more_rows_than_asked_for_fails_the_read(delo: Start) -> None:
    _sim, client = delo(30, page_fault="oversize")
    client.login()
    with pytest.raises(DeloError) as caught:
        read_all(client, page_size=10)
    assert caught.value.problem is Problem.ANSWER
    assert "ДЕЛО вернуло на странице 15 строк, а запрошено 10 (first)" in str(caught.value)


class Rewriting(httpx.HTTPTransport):
    """Real HTTP to the simulator; the page answers are then changed by ``edit``."""

    def __init__(self, edit: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        self.edit = edit

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if b"arRubricValuesPg" not in request.content:
            return response
        body = json.loads(response.read())
        self.edit(body)
        headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
        return httpx.Response(response.status_code, headers=headers, json=body)


def _isn_as_text(body: dict[str, Any]) -> None:
    body["data"]["arRubricValuesPg"]["edges"][0]["node"]["isnRefRubric"] = "130000000"


def _no_page_info(body: dict[str, Any]) -> None:
    del body["data"]["arRubricValuesPg"]["pageInfo"]


def _null_connection_without_errors(body: dict[str, Any]) -> None:
    body["data"]["arRubricValuesPg"] = None


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_isn_as_text, "isnRefRubric"),
        (_no_page_info, "pageInfo"),
        (_null_connection_without_errors, "нет данных страницы (получено null)"),
    ],
)
def test_a_malformed_page_is_a_clear_error_never_an_empty_read(
    delo: Start, edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    _sim, client = delo(transport=Rewriting(edit))
    client.login()
    with pytest.raises(DeloError) as caught:
        read_all(client)
    assert "ответ не того вида" in str(caught.value)
    assert message in str(caught.value)


def test_a_refused_login_is_a_configuration_error_in_one_line_without_json(delo: Start) -> None:
    _sim, client = delo(password="wrong-password")
    with pytest.raises(DeloLoginError) as caught:
        client.login()
    text = str(caught.value)
    assert caught.value.exit_code == EXIT_USAGE
    assert "Неверное имя пользователя или пароль" in text
    assert "{" not in text
    assert "\n" not in text
    assert client.logout() is False  # nothing to end


def test_a_hanging_server_fails_after_two_silent_tries_and_gets_no_logout(delo: Start) -> None:
    sim, client = delo(hang=True)
    with pytest.raises(DeloError) as caught:
        client.login()
    client.logout()
    assert caught.value.problem is Problem.TIMEOUT
    assert sim.state.hung == 2  # retryAttempts is 2, but silence is not retried past twice
    assert sim.state.logouts == 0


def test_an_alias_error_leaves_that_row_uncertain_and_the_others_written(delo: Start) -> None:
    sim, client = delo(10)
    client.login()
    isns = sorted(sim.state.by_isn)[:4]
    sim.faults.alias_error_rate = 0.5
    results = client.update_batch([RowUpdate(isn, "Назначен исполнитель") for isn in isns])
    written = {isn for isn, _value, _at in sim.state.writes}
    assert {r.isn for r in results if r.written is Written.YES} == written
    uncertain = [r for r in results if r.written is Written.UNCERTAIN]
    assert uncertain  # seeded: some aliases fail
    assert all("ошибка GraphQL" in (r.message or "") for r in uncertain)
    assert not written & {r.isn for r in uncertain}


def test_success_with_another_value_is_not_a_written_row(delo: Start) -> None:
    sim, client = delo(5, other_value_rate=1.0)
    client.login()
    [result] = client.update_batch([RowUpdate(min(sim.state.by_isn), "Назначен исполнитель")])
    assert result.written is Written.OTHER_VALUE
    assert result.returned != "Назначен исполнитель"


def test_the_client_knows_nothing_of_the_pos_configuration() -> None:
    code = (
        "import sys, omis.adapters.delo.client; "
        "print(sorted(m for m in sys.modules if m.startswith('omis.pos')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _empty_page_going_on_without_total(body: dict[str, Any]) -> None:
    connection = body["data"]["arRubricValuesPg"]
    connection.update(edges=[], totalCount=None)
    connection["pageInfo"]["hasNextPage"] = True


def test_an_empty_page_that_says_more_follow_without_a_total_is_an_error(delo: Start) -> None:
    _sim, client = delo(transport=Rewriting(_empty_page_going_on_without_total))
    client.login()
    with pytest.raises(DeloError) as caught:
        read_all(client)
    assert "пустая страница с hasNextPage: true" in str(caught.value)
