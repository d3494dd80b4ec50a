"""Fixtures shared by every test: a clean environment, a fresh database per test on SQLite
and (when OMIS_TEST_DATABASE_URL is set) on PostgreSQL, and a command-line runner."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from omis.cli.main import main
from omis.core.db import Database, open_database
from omis.core.settings import Settings, load_settings

PG_URL = os.environ.get("OMIS_TEST_DATABASE_URL")
ENGINES = (
    ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)] if PG_URL else ["sqlite"]
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql: runs against the PostgreSQL test server")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No developer settings leak in: no OMIS_* variables, no .env, a private work dir."""
    for name in list(os.environ):
        if name.startswith("OMIS_") and name != "OMIS_TEST_DATABASE_URL":
            monkeypatch.delenv(name)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("OMIS_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("OMIS_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("OMIS_TIMEZONE", "Europe/Moscow")
    return


def _pg_schema_url(base: str, schema: str) -> str:
    url = make_url(base)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose search_path is a brand-new schema, dropped after the test."""
    assert PG_URL, "OMIS_TEST_DATABASE_URL is not set"
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_schema_url(PG_URL, schema)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_schema_url"))
    return f"sqlite:///{tmp_path / 'var' / 'omis.sqlite3'}"


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """A migrated database (Alembic, not create_all)."""
    opened = open_database(db_url)
    yield opened
    opened.dispose()


@pytest.fixture
def settings(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("OMIS_DATABASE_URL", db_url)
    return load_settings()


@pytest.fixture(scope="session")
def imap_server():
    """A real Dovecot IMAP server on a free port, for the whole test session.

    Its tree lives outside pytest's base temp directory: another pytest session starting
    meanwhile resets that directory to mode 0700, which locks Dovecot's workers out."""
    from fakes import dovecot

    if not dovecot.available():
        pytest.skip("Dovecot is not installed (Debian package dovecot-imapd)")
    with (
        tempfile.TemporaryDirectory(prefix="omis-dovecot-") as folder,
        dovecot.dovecot(Path(folder) / "dovecot") as server,
    ):
        yield server


@pytest.fixture(scope="session")
def imap_tls_server():
    """Dovecot offering STARTTLS with a self-signed certificate (``server.ca_file``)."""
    import shutil

    from fakes import dovecot

    if not dovecot.available() or shutil.which("openssl") is None:
        pytest.skip("Dovecot or openssl is not installed (dovecot-imapd, openssl)")
    with (
        tempfile.TemporaryDirectory(prefix="omis-dovecot-tls-") as folder,
        dovecot.dovecot(Path(folder) / "dovecot", tls=True) as server,
    ):
        yield server


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture
def run_cli(db_url: str, monkeypatch: pytest.MonkeyPatch):
    """Run ``omis ARGS`` in-process, as the console script would, against the test database."""
    monkeypatch.setenv("OMIS_DATABASE_URL", db_url)

    def invoke(*args: str, input: str | bytes | None = None) -> CliResult:
        runner = CliRunner()
        with runner.isolation(input=input) as (out, err, _):
            try:
                main(list(args))
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            return CliResult(code, out.getvalue().decode(), err.getvalue().decode())

    return invoke
