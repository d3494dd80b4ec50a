from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from filelock import FileLock

from omis.core import migrate
from omis.core.db import Database, open_database
from omis.core.errors import StoreError, UsageError
from omis.ops.backup import (
    backup_sqlite,
    inspect_sqlite,
    pg_dump_command,
    pg_restore_command,
    restore_sqlite,
)

PAIRS_BEFORE_BACKUP = 50


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Path]:
    """A migrated SQLite database file with a two-row-per-transaction ledger table."""
    path = tmp_path / "var" / "omis.sqlite3"
    database = open_database(f"sqlite:///{path}")
    database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, pair INTEGER)")
        connection.commit()
    return path


class PairWriter(threading.Thread):
    """Writes two rows per transaction until stopped: a consistent copy has an even count."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.committed = 0
        self.enough = threading.Event()
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with closing(sqlite3.connect(self.path, timeout=10, isolation_level=None)) as conn:
                conn.execute("PRAGMA journal_mode = WAL")
                while not self.stop.is_set():
                    self._write_pair(conn)
        except BaseException as exc:
            self.error = exc
            self.enough.set()

    def _write_pair(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO ledger (pair) VALUES (?)", (self.committed,))
        conn.execute("INSERT INTO ledger (pair) VALUES (?)", (self.committed,))
        conn.execute("COMMIT")
        self.committed += 1
        if self.committed >= PAIRS_BEFORE_BACKUP:
            self.enough.set()


def _ledger_rows(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM ledger").fetchone()[0])


def test_backup_during_concurrent_writes_is_a_consistent_copy(
    sqlite_db: Path, tmp_path: Path
) -> None:
    writer = PairWriter(sqlite_db)
    writer.start()
    assert writer.enough.wait(timeout=60)
    committed_before = writer.committed
    try:
        info = backup_sqlite(sqlite_db, tmp_path / "copy.sqlite3")
    finally:
        writer.stop.set()
        writer.join(timeout=60)
    assert writer.error is None
    rows = _ledger_rows(info.path)
    assert rows % 2 == 0, "the copy caught a transaction half-written"
    assert rows >= 2 * committed_before, "the copy misses rows committed before it started"
    assert info.revision == migrate.head_revision()
    assert inspect_sqlite(info.path).revision == info.revision


def test_backup_copy_is_a_single_file_without_wal(sqlite_db: Path, tmp_path: Path) -> None:
    info = backup_sqlite(sqlite_db, tmp_path / "copy.sqlite3")
    with closing(sqlite3.connect(info.path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(tmp_path.glob("copy.sqlite3.part"))


def test_backup_refuses_to_overwrite_an_existing_file(sqlite_db: Path, tmp_path: Path) -> None:
    existing = tmp_path / "copy.sqlite3"
    existing.write_text("keep me")
    with pytest.raises(UsageError, match="уже существует"):
        backup_sqlite(sqlite_db, existing)
    assert existing.read_text() == "keep me"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all" * 100, "не является базой SQLite"),
        (None, "не похож на базу OMIS"),
    ],
)
def test_restore_rejects_a_file_that_is_not_an_omis_backup(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    candidate = tmp_path / "candidate.sqlite3"
    if content is None:
        with closing(sqlite3.connect(candidate)) as connection:
            connection.execute("CREATE TABLE other (id INTEGER)")
    else:
        candidate.write_bytes(content)
    with pytest.raises(UsageError, match=message):
        inspect_sqlite(candidate)


def test_restore_brings_back_the_copy_and_keeps_a_safety_copy(
    sqlite_db: Path, tmp_path: Path
) -> None:
    copy = backup_sqlite(sqlite_db, tmp_path / "copy.sqlite3").path
    _add_ledger_rows(sqlite_db, 3)
    result = restore_sqlite(copy, sqlite_db, tmp_path / "safety.sqlite3")
    assert _ledger_rows(sqlite_db) == 0
    assert result.safety_copy is not None
    assert _ledger_rows(result.safety_copy) == 3


def test_restore_refuses_while_a_job_holds_its_lock(sqlite_db: Path, tmp_path: Path) -> None:
    copy = backup_sqlite(sqlite_db, tmp_path / "copy.sqlite3").path
    _add_ledger_rows(sqlite_db, 1)
    lock = sqlite_db.with_name(f"{sqlite_db.name}.mail.lock")
    with _held(lock), pytest.raises(StoreError, match="«mail» сейчас выполняется"):
        restore_sqlite(copy, sqlite_db, None)
    assert _ledger_rows(sqlite_db) == 1


@contextmanager
def _held(path: Path) -> Iterator[None]:
    # filelock is re-entrant within one thread: hold the lock from another thread.
    acquired, release = threading.Event(), threading.Event()

    def hold() -> None:
        with FileLock(str(path)):
            acquired.set()
            release.wait(timeout=60)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    assert acquired.wait(timeout=30)
    try:
        yield
    finally:
        release.set()
        holder.join(timeout=30)


def _add_ledger_rows(path: Path, count: int) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.executemany("INSERT INTO ledger (pair) VALUES (?)", [(i,) for i in range(count)])
        connection.commit()


def test_pg_commands_name_the_database_without_the_password(tmp_path: Path) -> None:
    url = "postgresql+psycopg://omis:s3cret@db.local:5432/omis"
    dump = pg_dump_command(url, tmp_path / "omis.dump")
    restore = pg_restore_command(url, tmp_path / "omis.dump")
    for command in (dump, restore):
        assert "s3cret" not in command
        assert "postgresql://omis@db.local:5432/omis" in command
        assert "+psycopg" not in command
    assert dump.startswith("pg_dump --format=custom")
    assert restore.startswith("pg_restore --clean")


def test_cli_backup_then_restore_with_confirmation(run_cli, db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite only; PostgreSQL is covered by the pg_dump advice test")
    assert run_cli("requests", "add", "--number", "1", "--position", "1").exit_code == 0
    backup = tmp_path / "b.sqlite3"
    made = run_cli("db", "backup", str(backup))
    assert made.exit_code == 0, made.output
    assert run_cli("requests", "add", "--number", "2", "--position", "1").exit_code == 0

    declined = run_cli("db", "restore", str(backup), input="n\n")
    assert declined.exit_code == 1
    assert "Заменить содержимое базы" in declined.output
    assert _request_numbers(db_url) == ["1", "2"]

    accepted = run_cli("db", "restore", str(backup), input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert "база восстановлена" in accepted.stdout
    assert _request_numbers(db_url) == ["1"]


def test_cli_restore_with_yes_does_not_ask(
    run_cli, database: Database, db_url: str, tmp_path: Path
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite only")
    backup = tmp_path / "b.sqlite3"
    assert run_cli("db", "backup", str(backup)).exit_code == 0
    result = run_cli("db", "restore", "--yes", str(backup))
    assert result.exit_code == 0, result.output
    assert "Заменить" not in result.output


def test_cli_backup_on_postgresql_prints_the_pg_dump_command(run_cli, monkeypatch) -> None:
    monkeypatch.setenv("OMIS_DATABASE_URL", "postgresql+psycopg://omis:pw@db.local/omis")
    result = run_cli("db", "backup", "/tmp/omis.dump")
    assert result.exit_code == 0, result.output
    assert "pg_dump --format=custom --no-owner --file=/tmp/omis.dump" in result.stdout
    restore = run_cli("db", "restore", "--yes", "/tmp/omis.dump")
    assert restore.exit_code == 2
    assert "pg_restore" in restore.stderr


def _request_numbers(db_url: str) -> list[str]:
    database = Database(db_url)
    try:
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT number FROM requests ORDER BY number")
            return [row[0] for row in rows]
    finally:
        database.dispose()
