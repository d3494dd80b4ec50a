"""``omis delo-sim`` with its fault flags, as people start it for trials."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

ROWS = "query { arRubricValuesPg(first: 100) { totalCount edges { node { eosSstuStatus posStatusRub } } } }"


@pytest.fixture
def start() -> Iterator:
    started: list[subprocess.Popen[str]] = []

    def run(*flags: str) -> str:
        command = [sys.executable, "-m", "omis", "delo-sim", "--port", "0", *flags]
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        started.append(process)
        assert process.stdout is not None
        line = process.stdout.readline()  # «симулятор ДЕЛО: http://127.0.0.1:PORT (...)»
        return line.split()[2]

    yield run
    for process in started:
        process.terminate()
        process.wait(timeout=30)


def _ask(url: str) -> dict[str, object]:
    with httpx.Client(base_url=url, timeout=10) as client:
        client.post("/CoreHost/identity/api/login", json={"user": "omis", "password": "omis"})
        body: dict[str, object] = client.post("/CoreHost/gql/query", json={"query": ROWS}).json()
        return body


def test_appeals_in_work_as_people_start_them(start) -> None:
    body = _ask(start("--appeals", "40", "--days", "20"))
    connection = body["data"]["arRubricValuesPg"]
    assert connection["totalCount"] == 40
    assert {e["node"]["posStatusRub"] for e in connection["edges"]} == {"Назначен исполнитель"}
    assert {e["node"]["eosSstuStatus"] for e in connection["edges"]} == {
        "Находится на рассмотрении"
    }


def test_a_fault_flag_reaches_the_server(start) -> None:
    body = _ask(start("--rows", "10", "--graphql-error-rate", "1"))
    assert body["data"] == {"arRubricValuesPg": None}
    assert body["errors"]
