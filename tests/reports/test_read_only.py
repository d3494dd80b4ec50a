"""A report only reads: on SQLite it takes no write lock, so a long report never holds
up the mail intake or an operator's change."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from omis.core.clock import now
from omis.core.db import Database, open_database
from omis.core.settings import Settings
from omis.reports.figures import compute, report_period


def test_a_report_in_progress_leaves_the_store_writable(
    database: Database, settings: Settings
) -> None:
    if database.dialect != "sqlite":
        pytest.skip("PostgreSQL readers never block writers")
    writer = open_database(database.url, busy_timeout_ms=0)  # fail at once if locked
    try:
        with database.read_session() as session:
            period = report_period(settings, now())
            compute("contractors", session, settings, period, now())
            with writer.session() as other:  # another process's write meanwhile
                other.execute(text("INSERT INTO app_state (key, value, updated_at) "
                                   "VALUES ('x', '1', '2026-11-20 00:00:00')"))  # fmt: skip
    finally:
        writer.dispose()
    with database.read_session() as session:
        assert session.execute(text("SELECT count(*) FROM app_state")).scalar() == 1


def test_a_read_session_never_keeps_what_it_wrote(database: Database) -> None:
    with database.read_session() as session:
        session.execute(text("INSERT INTO app_state (key, value, updated_at) "
                             "VALUES ('y', '1', '2026-11-20 00:00:00')"))  # fmt: skip
    with database.read_session() as session:
        assert session.execute(text("SELECT count(*) FROM app_state")).scalar() == 0
