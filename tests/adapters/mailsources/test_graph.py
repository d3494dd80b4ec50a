"""The Microsoft Graph source against a local fake Graph server over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fakes.graph import GraphState, graph_server
from fakes.letters import letter
from omis.core.db import Database
from omis.core.settings import Settings, load_settings
from omis.mail.intake import run_mail_check
from omis.requests import store
from omis.requests.lifecycle import Actor


@pytest.fixture
def graph(monkeypatch: pytest.MonkeyPatch, database: Database) -> Iterator[GraphState]:
    with graph_server() as (url, state):
        for name, value in {
            "OMIS_MAIL_BACKEND": "graph",
            "OMIS_OUTLOOK_EMAIL": "omis@example.ru",
            "OMIS_OUTLOOK_CLIENT_ID": "app-id",
            "OMIS_OUTLOOK_CLIENT_SECRET": "right-secret",
            "OMIS_OUTLOOK_TENANT_ID": "tenant-1",
            "OMIS_OUTLOOK_FOLDER": "Inbox/OMIS",
            "OMIS_GRAPH_API_URL": f"{url}/v1.0",
            "OMIS_GRAPH_TOKEN_URL": f"{url}/{{tenant}}/oauth2/v2.0/token",
        }.items():
            monkeypatch.setenv(name, value)
        with database.session() as session:
            store.add_position(session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR)
        yield state


def _settings(database: Database) -> Settings:
    return load_settings().with_database(database.url)


def test_graph_letters_are_read_as_raw_mime_and_applied(
    graph: GraphState, database: Database
) -> None:
    graph.add("m1", letter("Заявка 4512", "Выехали.", minute=1))
    graph.add("m2", letter("Заявка 4512", "На месте.", minute=2))
    report = run_mail_check(database, _settings(database))
    assert report.outcomes == {"applied": 2}
    assert "GET /v1.0/users/omis@example.ru/messages/m1/$value" in graph.requests


def test_expired_token_is_refreshed_once(graph: GraphState, database: Database) -> None:
    graph.add("m1", letter("Заявка 4512", "Выехали.", minute=1))
    graph.expire_next_token = True
    report = run_mail_check(database, _settings(database))
    assert report.outcomes == {"applied": 1}
    assert graph.token_requests == 2


@pytest.mark.parametrize(
    ("action", "expected"), [("mark-read", "read"), ("move:Inbox/Processed", "moved")]
)
def test_after_processing_action_reaches_graph(
    graph: GraphState,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    expected: str,
) -> None:
    monkeypatch.setenv("OMIS_MAIL_AFTER", action)
    graph.add("m1", letter("Заявка 4512", "Выехали.", minute=1))
    run_mail_check(database, _settings(database))
    if expected == "read":
        assert graph.read == {"m1"}
    else:
        assert graph.folder_of["m1"] == "done-folder"


def test_wrong_client_secret_fails_with_a_clear_message(
    graph: GraphState, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_OUTLOOK_CLIENT_SECRET", "wrong")
    result = run_cli("mail-check")
    assert result.exit_code == 1
    assert "токен не выдан (HTTP 401)" in result.stderr


def test_missing_folder_is_reported(
    graph: GraphState, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_OUTLOOK_FOLDER", "Inbox/Нет такой")
    result = run_cli("mail-check")
    assert result.exit_code == 1
    assert "папка «Нет такой» не найдена" in result.stderr
