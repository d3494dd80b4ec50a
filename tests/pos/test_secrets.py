"""DELO's password and session cookie reach no job error, alert, log line, printed line or
/health, even when DELO echoes the login request and the log level is DEBUG."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import MetaData

from fakes.pos import write_config
from fakes.smtp import Recorder
from omis.core.db import Database
from omis.core.jobs import last_run
from omis.core.settings import Settings, load_settings
from omis.delosim import DeloSimulator
from omis.pos.models import PosFailedRow, PosWindow
from omis.pos.sync import run_pos_sync
from omis.web.app import create_app
from web.webtools import SECRET

PASSWORD = "Kx9-secret-pw"
URL_PASSWORD = "Url-secret-77"


def _logs(tmp_path: Path) -> str:
    return "".join(path.read_text("utf-8") for path in (tmp_path / "logs").glob("*.log"))


def test_an_echoed_password_is_masked_everywhere(
    run_cli,
    database: Database,
    mailbox: Recorder,
    tmp_path: Path,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OMIS_LOG_LEVEL", "DEBUG")
    with DeloSimulator(10, echo_login=True) as sim:
        folder = write_config(tmp_path / "cfg", sim.base_url)
        connection = json.loads((folder / "connection_config.json").read_text("utf-8"))
        connection["password"] = PASSWORD  # the simulator's account is omis/omis: refused
        (folder / "connection_config.json").write_text(json.dumps(connection), "utf-8")
        result = run_cli("pos-sync", "--config-dir", str(folder))

    assert result.exit_code == 2  # a refused login is a configuration error
    assert "Неверное имя пользователя или пароль" in result.stderr
    run = last_run(database, "pos")
    assert run is not None
    assert run.error
    [(_to, letter)] = mailbox.letters
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", SECRET)
    monkeypatch.setenv("OMIS_DATABASE_URL", db_url)
    health = create_app(load_settings(), database).test_client().get("/health")
    for text in (
        result.output, run.error, letter.get_payload(decode=True).decode(),
        _logs(tmp_path), health.get_data(as_text=True),
    ):  # fmt: skip
        assert PASSWORD not in text
    assert health.json is not None
    assert health.json["status"] == "failing"


def test_the_session_cookie_is_not_logged_at_debug(
    run_cli, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_LOG_LEVEL", "DEBUG")
    with DeloSimulator(30) as sim:
        folder = write_config(tmp_path / "cfg", sim.base_url)
        result = run_cli("pos-sync", "--config-dir", str(folder))
        cookies = list(sim.state.sessions)
    assert result.exit_code == 0, result.output
    logged = _logs(tmp_path)
    assert "Set-Cookie" in logged  # httpcore did log the headers at DEBUG
    assert cookies
    for cookie in cookies:
        assert cookie not in logged
        assert cookie not in result.output


def _with_credentials(base_url: str) -> str:
    """The simulator's address with ``user:password@``: httpx sends them as Basic auth,
    which the simulator ignores, so the sync runs as with the plain address."""
    return base_url.replace("://", f"://delo-user:{URL_PASSWORD}@", 1)


def _stored_texts(database: Database) -> list[str]:
    """Every value of every row of every table, as text."""
    texts = []
    tables = MetaData()
    with database.engine.connect() as connection:
        tables.reflect(connection)
        for table in tables.sorted_tables:
            for row in connection.execute(table.select()):
                texts.extend(str(value) for value in row)
    return texts


def _keys(database: Database) -> tuple[list[str], set[str]]:
    with database.session() as session:
        windows = [w.key for w in session.query(PosWindow)]
        return windows, {row.key for row in session.query(PosFailedRow)}


def test_a_password_in_the_delo_address_is_stored_printed_and_logged_nowhere(
    run_cli,
    database: Database,
    mailbox: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OMIS_LOG_LEVEL", "DEBUG")
    with DeloSimulator(200, other_value_rate=1.0) as sim:  # every write fails: retry list
        folder = write_config(tmp_path / "cfg", _with_credentials(sim.base_url), retryAttempts=0)
        written = run_cli("pos-sync", "--config-dir", str(folder))
        sim.faults.fail_rate = 1.0  # DELO is down: the error names the address
        down = run_cli("pos-sync", "--config-dir", str(folder))

    assert written.exit_code == 1, written.output
    assert "ДЕЛО сообщило об успехе, но вернуло" in written.stderr
    assert down.exit_code == 1, down.output
    assert "delo-user:***@127.0.0.1" in down.stderr  # the address is shown, its password not
    key = f"{sim.base_url}/CoreHost/gql/query"  # the same key as without credentials
    assert _keys(database) == ([key], {key})
    letters = [letter.get_payload(decode=True).decode() for _to, letter in mailbox.letters]
    assert letters
    for stored in (*_stored_texts(database), written.output, down.output, _logs(tmp_path)):
        assert URL_PASSWORD not in stored
    for letter in letters:
        assert URL_PASSWORD not in letter


def test_a_window_saved_under_an_address_with_a_password_moves_to_the_plain_key(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    with DeloSimulator(50) as sim:
        address = _with_credentials(sim.base_url)
        old_key = f"{address}/CoreHost/gql/query"  # the key before it dropped credentials
        completed = datetime.now(UTC) - timedelta(hours=1)
        isn = min(sim.state.by_isn)
        with database.session() as session:
            session.add(PosWindow(key=old_key, completed_end=completed))
            session.add(PosFailedRow(key=old_key, isn_ref_rubric=isn, state="open",
                                     message=f"нет соединения с {old_key}"))  # fmt: skip
        folder = write_config(tmp_path / "cfg", address)
        report = run_pos_sync(database, settings, config_dir=folder, sleep=lambda _s: None)

    assert report.window_start == completed - timedelta(minutes=5)  # the saved window goes on
    assert report.counts["retried"] == 1  # and so does the retry list
    key = f"{sim.base_url}/CoreHost/gql/query"
    assert _keys(database) == ([key], {key})
    assert not any(URL_PASSWORD in stored for stored in _stored_texts(database))
