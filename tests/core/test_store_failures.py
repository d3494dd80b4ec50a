"""The database locked or unreachable: a clear error, exit 1, nothing half-written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from omis.core.db import open_database
from omis.requests.models import Position, Request

LOCKER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    """
)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_locked_sqlite_gives_clear_error_and_writes_nothing(
    run_cli, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli("db", "upgrade").exit_code == 0
    path = db_url.removeprefix("sqlite:///")
    monkeypatch.setenv("OMIS_DB_BUSY_TIMEOUT_MS", "200")
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None
        assert locker.stdin is not None
        assert locker.stdout.readline().strip() == "locked"
        result = run_cli("requests", "add", "--number", "4512", "--position", "1")
        locker.stdin.write("done\n")
        locker.stdin.flush()
        locker.wait(timeout=30)
    finally:
        locker.kill()
    assert result.exit_code == 1
    assert "база данных занята другим процессом" in result.stderr
    assert "Traceback" not in result.output
    database = open_database(db_url)
    with database.session() as session:
        assert session.scalar(select(func.count(Request.id))) == 0
        assert session.scalar(select(func.count(Position.id))) == 0
    database.dispose()


def test_corrupt_sqlite_file_gives_clear_error(
    run_cli, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("OMIS_DATABASE_URL", f"sqlite:///{broken}")
    result = run_cli("requests", "export")
    assert result.exit_code == 1
    assert result.stderr.startswith("ошибка: ошибка базы данных")
    assert sqlite3.sqlite_version  # the message above came from SQLite itself, not a crash


def test_unreachable_postgresql_gives_clear_error(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("OMIS_DATABASE_URL", f"postgresql+psycopg://omis@127.0.0.1:{port}/omis")
    result = run_cli("run", "--skip-mail")
    assert result.exit_code == 1
    assert result.stderr.startswith("ошибка: ошибка базы данных: connection failed")
    assert f"port {port} failed" in result.stderr
    assert "Traceback" not in result.output
