"""The web's two ways into the store: a read-only session per HTTP request, and writes.

Pages read through one session per HTTP request (closed at teardown, never committed).
On SQLite the core engine opens every transaction with ``BEGIN IMMEDIATE`` (the write
lock), which would make page views queue behind each other and behind the jobs; reads
therefore use a second engine whose transactions are plain deferred ``BEGIN`` and whose
connections are ``query_only``, so a page can never write by mistake. On PostgreSQL
reads use the core engine. Writes always go through :meth:`Database.session`.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Any

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from omis.core.db import Database
from omis.core.settings import Settings

EXTENSION = "omis"


class WebState:
    """What every view needs: the settings, the store, and a factory of read sessions."""

    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.database = database
        self.read_engine = _read_engine(database, settings.core.db_busy_timeout_ms)
        self.read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    def dispose(self) -> None:
        if self.read_engine is not self.database.engine:
            self.read_engine.dispose()


def _read_engine(database: Database, busy_timeout_ms: int) -> Engine:
    if database.dialect != "sqlite":
        return database.engine
    engine = create_engine(database.url, connect_args={"timeout": busy_timeout_ms / 1000})
    event.listen(engine, "connect", _configure_reader(busy_timeout_ms))
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _configure_reader(busy_timeout_ms: int) -> Any:
    def configure(connection: sqlite3.Connection, _record: Any) -> None:
        connection.isolation_level = None  # SQLAlchemy's "begin" listener issues BEGIN
        cursor = connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA query_only = ON")
        cursor.close()
        # The same Unicode lower-casing as the core engine (omis.core.db.ci_lower).
        connection.create_function("omis_lower", 1, _lower, deterministic=True)

    return configure


def _lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def init_app(app: Flask, state: WebState) -> None:
    app.extensions[EXTENSION] = state
    app.teardown_appcontext(_close_read_session)


def state() -> WebState:
    found: WebState = current_app.extensions[EXTENSION]
    return found


def settings() -> Settings:
    return state().settings


def database() -> Database:
    return state().database


def reader() -> Session:
    """This HTTP request's read-only session (opened on first use)."""
    if "omis_reader" not in g:
        g.omis_reader = state().read_sessions()
    session: Session = g.omis_reader
    return session


def writer() -> AbstractContextManager[Session]:
    """A unit of work that commits on success (``with writer() as session: ...``)."""
    return state().database.session()


def dialect() -> str:
    return state().database.dialect


def _close_read_session(_exc: BaseException | None) -> None:
    session: Session | None = g.pop("omis_reader", None)
    if session is not None:
        session.rollback()
        session.close()
