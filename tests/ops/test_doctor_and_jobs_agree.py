"""One connection path per outside system: ``omis doctor`` probes the same adapter the jobs
use, so a broken setting is reported by both with the same words. One case per system:
Telegram (a revoked bot token), SMTP (a wrong password), Microsoft Graph (a wrong client
secret), Exchange EWS (a server that does not answer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from fakes.ops_servers import HttpStub, Reply, Route
from omis.core.clock import now
from omis.core.db import Database
from omis.core.settings import Settings
from omis.ops.checks.base import State
from omis.ops.checks.graph import check_graph
from omis.ops.checks.mailbox import check_mailbox
from omis.ops.checks.smtp import check_smtp
from omis.ops.checks.telegram import check_telegram
from omis.reminders.notifier import run_notify
from omis.requests import store
from omis.requests.lifecycle import Actor

Configure = Callable[..., Settings]


def _late_position(database: Database) -> None:
    with database.session() as session:
        store.add_position(
            session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR,
            actor_name="Иванов", created_at=now() - timedelta(hours=3),
        )  # fmt: skip


def _reminder_report(database: Database, settings: Settings) -> str:
    printed: list[str] = []
    run_notify(database, settings, echo=printed.append)
    return "\n".join(printed)


def test_telegram_revoked_token(
    database: Database, http_stub: Callable[[Route], HttpStub], configure: Configure
) -> None:
    def bot_api(method: str, path: str, body: bytes) -> Reply:
        return Reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})

    stub = http_stub(bot_api)
    settings = configure(
        OMIS_DATABASE_URL=database.url, OMIS_TELEGRAM_TOKEN="123:REVOKED",
        OMIS_TELEGRAM_CHAT_ID="-1001", OMIS_TELEGRAM_API_URL=stub.url,
    )  # fmt: skip
    doctor = check_telegram(settings)
    _late_position(database)
    job = _reminder_report(database, settings)
    assert doctor.state is State.FAIL
    assert doctor.detail == "Telegram отказал (401): токен бота не принят: Unauthorized"
    assert f"({doctor.detail}; проверьте " in job  # then what to check, and when it is retried
    assert "REVOKED" not in doctor.detail + job


def test_smtp_wrong_password(database: Database, smtp_port: int, configure: Configure) -> None:
    settings = configure(
        OMIS_DATABASE_URL=database.url, OMIS_SMTP_HOST="127.0.0.1",
        OMIS_SMTP_PORT=str(smtp_port), OMIS_SMTP_SECURITY="none", OMIS_SMTP_USER="omis",
        OMIS_SMTP_PASSWORD="smtp-wrong", OMIS_SMTP_SENDER="omis@example.ru",
        OMIS_SMTP_RECIPIENTS="duty@example.ru", OMIS_SMTP_REMINDER_RECIPIENTS="duty@example.ru",
    )  # fmt: skip
    doctor = check_smtp(settings)
    _late_position(database)
    job = _reminder_report(database, settings)
    assert doctor.state is State.FAIL
    assert doctor.detail.startswith("SMTP: вход отклонён: 535")
    assert f"({doctor.detail}; проверьте " in job  # then what to check, and when it is retried


def test_graph_wrong_client_secret(
    run_cli, http_stub: Callable[[Route], HttpStub], configure: Configure
) -> None:
    def entra(method: str, path: str, body: bytes) -> Reply:
        return Reply(401, {"error": "invalid_client",
                           "error_description": "AADSTS7000215: Invalid client secret provided."})  # fmt: skip

    stub = http_stub(entra)
    settings = configure(
        OMIS_MAIL_BACKEND="graph", OMIS_OUTLOOK_EMAIL="omis@example.ru",
        OMIS_OUTLOOK_CLIENT_ID="client-1", OMIS_OUTLOOK_CLIENT_SECRET="wrong-secret",
        OMIS_OUTLOOK_TENANT_ID="tenant-1", OMIS_GRAPH_TOKEN_URL=f"{stub.url}/{{tenant}}/token",
        OMIS_GRAPH_API_URL=stub.url,
    )  # fmt: skip
    doctor = check_graph(settings.mail)
    job = run_cli("mail-check")
    assert doctor.state is State.FAIL
    assert doctor.detail == (
        "Microsoft Graph: токен не выдан (HTTP 401): AADSTS7000215: Invalid client secret provided."
    )
    assert "секрет клиента неверен" in doctor.hint
    assert job.exit_code == 1
    assert job.stderr == f"разбор почты: ошибка — {doctor.detail}\n"


def test_ews_server_that_does_not_answer(run_cli, closed_port: int, configure: Configure) -> None:
    pytest.importorskip("exchangelib")
    settings = configure(
        OMIS_MAIL_BACKEND="ews", OMIS_EWS_SERVER=f"127.0.0.1:{closed_port}",
        OMIS_EWS_USER="omis@example.ru", OMIS_EWS_PASSWORD="pw", OMIS_OUTLOOK_FOLDER="Inbox/OMIS",
    )  # fmt: skip
    doctor = check_mailbox(settings)
    job = run_cli("mail-check")
    assert doctor.state is State.FAIL
    assert doctor.detail.startswith(f"Exchange (EWS): сервер 127.0.0.1:{closed_port} недоступен")
    assert "OMIS_EWS_SERVER" in doctor.hint
    assert job.exit_code == 1
    # (exchangelib logs the refused connection itself on the line before)
    assert job.stderr.splitlines()[-1] == f"разбор почты: ошибка — {doctor.detail}"
