"""Database backups: a consistent online copy of SQLite, and the PostgreSQL commands to use.

SQLite is copied with its online backup API: one read transaction, so the copy is a
consistent snapshot even while jobs and the web write (WAL lets them carry on). The copy is
written under a temporary name, checked with ``PRAGMA integrity_check`` and only then
renamed, so a failed backup never leaves a half-written file under the requested name.

A restore copies a checked backup into the live database with the same API (the database
file stays in place, so open connections and WAL files stay coherent), after taking a
safety copy of what it replaces. It refuses while a job holds its lock.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from filelock import FileLock, Timeout
from sqlalchemy.engine import URL, make_url

from omis.core.db import DEFAULT_BUSY_TIMEOUT_MS
from omis.core.errors import StoreError, UsageError, not_regular_file
from omis.core.migrate import MIGRATIONS_DIR


@dataclass(frozen=True)
class SqliteFileInfo:
    """What a checked SQLite file holds: its schema revision and size."""

    path: Path
    revision: str | None
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored: SqliteFileInfo
    safety_copy: Path | None


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def default_backup_path(directory: Path, moment: datetime, tz: tzinfo, suffix: str) -> Path:
    """``<directory>/omis-20261120-140500<suffix>``, stamped in the configured zone."""
    return directory / f"omis-{moment.astimezone(tz).strftime('%Y%m%d-%H%M%S')}{suffix}"


def safety_copy_path(target: Path, moment: datetime) -> Path:
    """Where a restore keeps what it replaces: ``omis.sqlite3.before-restore-20261120T110500Z``."""
    return target.with_name(f"{target.name}.before-restore-{moment.strftime('%Y%m%dT%H%M%SZ')}")


def backup_sqlite(source: Path, target: Path) -> SqliteFileInfo:
    """Copy the live database ``source`` into the new file ``target``; see the module doc."""
    if not source.is_file():
        raise StoreError(
            f"файл базы {source} не найден: проверьте OMIS_DATABASE_URL (или OMIS_DB_FILE)"
        )
    if target.exists():
        raise UsageError(f"файл {target} уже существует: укажите другое имя")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        with closing(_connect(source)) as src, closing(_connect(partial)) as dst:
            src.backup(dst)
            # A standalone file: no -wal/-shm companions when the copy is opened later.
            dst.execute("PRAGMA journal_mode = DELETE")
        info = inspect_sqlite(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"резервная копия не создана: {exc}") from exc
    return SqliteFileInfo(target, info.revision, info.size)


def inspect_sqlite(path: Path) -> SqliteFileInfo:
    """Check ``path`` is an intact OMIS database of a revision this version knows."""
    problem = not_regular_file(path)
    if problem:
        raise UsageError(problem)
    if not path.is_file():
        raise UsageError(f"файл {path} не найден")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            revision = _revision(connection)
    except sqlite3.DatabaseError as exc:
        raise UsageError(f"{path} не является базой SQLite: {exc}") from exc
    if verdict != "ok":
        raise UsageError(f"{path} повреждён: {verdict}")
    _require_known_revision(path, revision)
    return SqliteFileInfo(path, revision, path.stat().st_size)


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row else None


def _require_known_revision(path: Path, revision: str | None) -> None:
    if revision is None:
        raise UsageError(f"{path} не похож на базу OMIS: нет таблицы alembic_version")
    if not is_known_revision(revision):
        raise UsageError(
            f"{path}: ревизия схемы {revision} неизвестна этой версии OMIS; "
            "обновите OMIS до версии, создавшей копию"
        )


def is_known_revision(revision: str) -> bool:
    """Whether this version of OMIS ships the schema revision ``revision``."""
    try:
        return ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(revision) is not None
    except CommandError:
        return False


def restore_sqlite(backup: Path, target: Path, safety_copy: Path | None) -> RestoreResult:
    """Replace the contents of ``target`` with ``backup`` (checked first).

    ``safety_copy``, when given and ``target`` exists, receives a backup of the current
    contents before anything is overwritten. Raises StoreError while a job is running.
    """
    info = inspect_sqlite(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    with job_locks_held(target):
        saved = None
        if safety_copy is not None and target.is_file():
            saved = backup_sqlite(target, safety_copy).path
        try:
            with closing(_connect(backup)) as src, closing(_connect(target)) as dst:
                src.backup(dst)
        except sqlite3.Error as exc:
            raise StoreError(f"восстановление не выполнено: {exc}") from exc
    return RestoreResult(info, saved)


@contextmanager
def job_locks_held(database_file: Path) -> Iterator[None]:
    """Hold every job lock of ``database_file`` (``<file>.<job>.lock``); fail if one is busy.

    The lock files persist after use, so every job that ever ran here is covered.
    """
    with ExitStack() as stack:
        for lock_file in sorted(database_file.parent.glob(f"{database_file.name}.*.lock")):
            job = lock_file.name[len(database_file.name) + 1 : -len(".lock")]
            lock = FileLock(str(lock_file))
            try:
                lock.acquire(timeout=0)
            except Timeout:
                raise StoreError(
                    f"задание «{job}» сейчас выполняется: остановите таймеры и веб-интерфейс "
                    "(systemctl stop omis-runner.timer omis-pos.timer omis-web) и повторите"
                ) from None
            stack.callback(lock.release)
        yield


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=DEFAULT_BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout = {DEFAULT_BUSY_TIMEOUT_MS}")
    return connection


def _libpq_url(url: str) -> str:
    # pg_dump speaks libpq: no "+psycopg" driver suffix; the password stays out of the
    # command line (and out of shell history), PGPASSWORD or ~/.pgpass supplies it.
    parsed = make_url(url)
    bare = URL.create(
        "postgresql",
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False)


def pg_dump_command(url: str, target: Path) -> str:
    """The pg_dump command that backs up the PostgreSQL database at ``url`` into ``target``."""
    return shlex.join(
        ["pg_dump", "--format=custom", "--no-owner", f"--file={target}", _libpq_url(url)]
    )


def pg_restore_command(url: str, backup: Path) -> str:
    """The pg_restore command that loads ``backup`` into the PostgreSQL database at ``url``."""
    return shlex.join(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            f"--dbname={_libpq_url(url)}",
            str(backup),
        ]
    )
