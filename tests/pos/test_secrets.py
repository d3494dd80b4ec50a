"""DELO's password and session cookie reach no job error, alert, log line, printed line or
/health, even when DELO echoes the login request and the log level is DEBUG."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fakes.pos import write_config
from fakes.smtp import Recorder
from omis.core.db import Database
from omis.core.jobs import last_run
from omis.core.settings import load_settings
from omis.delosim import DeloSimulator
from omis.web.app import create_app
from web.webtools import SECRET

PASSWORD = "Kx9-secret-pw"


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
