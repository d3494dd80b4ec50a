"""The database: engine set-up for SQLite and PostgreSQL, sessions, and schema upgrades.

SQLite gets WAL, a busy timeout, foreign keys and a Unicode-aware ``omis_lower()`` (its own
``lower()`` leaves Cyrillic alone). PostgreSQL is reached through psycopg 3. Every command
opens the store through :func:`open_database`, which brings the schema up to date first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, func
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeDecorator

from omis.core.clock import as_utc
from omis.core.errors import PATH_PROBLEMS, ConfigError, StoreBusyError, StoreError

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DEFAULT_BUSY_TIMEOUT_MS = 10_000
READ_ONLY = "omis_read_only"  # an execution option: see Database.read_session
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
URL_EXAMPLES = "sqlite:///var/omis.sqlite3 или postgresql+psycopg://omis@127.0.0.1/omis"
# The largest row id an INTEGER primary key holds on every supported engine (PostgreSQL's
# int4): a larger number names no row, and handed to the driver it would overflow.
MAX_ROW_ID = 2**31 - 1
Row = TypeVar("Row")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on both engines (SQLite keeps no zone; we restore it)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use omis.core.clock.now()")
        return as_utc(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return as_utc(value) if value is not None else None


def _sqlite_lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def _sqlite_configurator(busy_timeout_ms: int) -> Any:
    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy manage transactions; we emit BEGIN ourselves (see _begin_immediate).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()
        dbapi_connection.create_function("omis_lower", 1, _sqlite_lower, deterministic=True)

    return configure


def _begin_immediate(conn: Any) -> None:
    # BEGIN IMMEDIATE takes the write lock up front, so two writers wait on the busy
    # timeout instead of failing later with "database is locked" on upgrade. A read-only
    # unit of work (Database.read_session) takes no lock: a long report must not hold
    # up the jobs' writes.
    if conn.get_execution_options().get(READ_ONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """An engine for ``url``; on SQLite a writer waits ``busy_timeout_ms`` for the lock.

    Raises :class:`ConfigError` for a URL OMIS cannot use: not a URL, a database other
    than SQLite or PostgreSQL, or a driver that is not installed."""
    try:
        return _make_engine(url, busy_timeout_ms)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ConfigError(
            f"адрес базы данных не подходит: {_safe(url)}; пример: {URL_EXAMPLES}"
        ) from exc
    except ImportError as exc:
        raise ConfigError(
            f"для базы {_safe(url)} не установлен драйвер ({exc.name or exc}); "
            f"OMIS работает с {URL_EXAMPLES}"
        ) from exc


def _safe(url: str) -> str:
    """The URL as it may be shown: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "«" + url.split("@")[-1] + "»"


def _make_engine(url: str, busy_timeout_ms: int) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise ConfigError(
            f"база {parsed.get_backend_name()} не поддерживается: OMIS работает с SQLite и "
            f"PostgreSQL, например {URL_EXAMPLES}"
        )
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _make_folder(Path(parsed.database).parent)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(engine, "connect", _sqlite_configurator(busy_timeout_ms))
        event.listen(engine, "begin", _begin_immediate)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        problem = PATH_PROBLEMS.get(exc.errno or 0, exc.strerror)
        raise ConfigError(
            f"каталог базы данных {folder} не создаётся ({problem}): проверьте OMIS_DATA_DIR "
            "(или OMIS_DB_FILE, OMIS_DATABASE_URL) и права пользователя omis"
        ) from exc


def ci_lower(expression: ColumnElement[Any], dialect_name: str) -> ColumnElement[Any]:
    """Unicode-aware lower-casing in SQL for case-insensitive search on both engines."""
    if dialect_name == "sqlite":
        return func.omis_lower(expression)
    return func.lower(expression)


def get_row(session: Session, model: type[Row], row_id: int, *, lock: bool = False) -> Row | None:
    """The row of ``model`` with ``row_id``, or None. An id no row can have (0, a mistyped
    99999999999999999999999) is simply not there: the driver never sees it, so the caller
    says «не найдено» rather than failing on an overflow. ``lock`` reads it FOR UPDATE
    (PostgreSQL; a SQLite writer holds the whole store already)."""
    if not 1 <= row_id <= MAX_ROW_ID:
        return None
    if lock:
        return session.get(model, row_id, with_for_update=True)
    return session.get(model, row_id)


def storable(text: str) -> str:
    """``text`` as every engine stores it: without NUL characters (PostgreSQL refuses them
    in text) and with unpaired surrogates (from undecodable bytes) replaced by "?"."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def like_escape(text: str) -> str:
    """Escape LIKE wildcards so user input is matched literally (use with escape='\\\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Database:
    """The engine and a session factory; one per process (or per test)."""

    def __init__(self, url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> None:
        self.url = url
        self.engine = make_engine(url, busy_timeout_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        parsed = make_url(self.url)
        if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
            return None
        return Path(str(parsed.database))

    @contextmanager
    def session(self, *, commit: bool = True) -> Iterator[Session]:
        """A unit of work: committed on success (rolled back when ``commit`` is False, for
        dry runs), rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            if commit:
                session.commit()
            else:
                session.rollback()
        except DBAPIError as exc:
            session.rollback()
            raise store_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A unit of work that only reads and is always rolled back. On SQLite it begins
        a plain (deferred) transaction instead of taking the write lock."""
        session = Session(self.engine.execution_options(**{READ_ONLY: True}))
        try:
            yield session
        except DBAPIError as exc:
            raise store_error(exc) from exc
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def store_error(exc: SQLAlchemyError) -> StoreError:
    """The driver's error as OMIS reports it: StoreBusyError when another process holds
    the database (SQLite's «database is locked»), StoreError otherwise."""
    text = (str(getattr(exc, "orig", exc)).strip().splitlines() or [""])[0]
    if "locked" in text:
        return StoreBusyError(f"база данных занята другим процессом, запись не выполнена: {text}")
    return StoreError(f"ошибка базы данных: {text}")


def open_database(
    url: str, *, upgrade: bool = True, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Database:
    """Open the store and, unless told otherwise, bring its schema to the newest revision."""
    from omis.core import revision  # late imports: they import this module

    database = Database(url, busy_timeout_ms)
    if upgrade and not revision.is_current(database):
        from omis.core import migrate  # Alembic is loaded only when there is work for it

        try:
            migrate.upgrade(database)
        except DBAPIError as exc:
            database.dispose()
            raise store_error(exc) from exc
    return database
