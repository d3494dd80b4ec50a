from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from omis.core import migrate
from omis.core.clock import now
from omis.core.db import Database, open_database
from omis.core.models_registry import metadata
from omis.requests.models import Position


def test_migrations_create_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_opening_a_fresh_database_brings_it_to_head(db_url: str) -> None:
    database = open_database(db_url)
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
        assert "positions" in inspect(database.engine).get_table_names()
    finally:
        database.dispose()


def test_upgrade_twice_changes_nothing(database: Database) -> None:
    before = migrate.current_revision(database)
    migrate.upgrade(database)
    assert migrate.current_revision(database) == before


def test_db_current_reports_empty_then_head(run_cli) -> None:  # type: ignore[no-untyped-def]
    empty = run_cli("db", "current")
    assert empty.exit_code == 0
    assert "нет (база пуста)" in empty.stdout
    assert run_cli("db", "upgrade").exit_code == 0
    current = run_cli("db", "current")
    assert f"текущая: {migrate.head_revision()}" in current.stdout


def test_upgrade_folds_existing_comments_for_search(db_url: str) -> None:
    database = open_database(db_url, upgrade=False)
    try:
        migrate.upgrade(database, "0004_web_indexes")
        with database.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO requests (id, number, created_at) VALUES (1, '7', :at)"),
                {"at": now()},
            )
            for id_, comment in ((1, "Замена КАБЕЛЯ"), (2, None)):
                connection.execute(
                    text(
                        "INSERT INTO positions (id, request_id, number, status,"
                        " status_changed_at, comment, created_at)"
                        " VALUES (:id, 1, :id, 'заявка отправлена', :at, :comment, :at)"
                    ),
                    {"id": id_, "comment": comment, "at": now()},
                )
        migrate.upgrade(database)
        with database.session() as session:
            folded = dict(session.execute(select(Position.id, Position.comment_search)).all())
        assert folded == {1: "замена кабеля", 2: None}
    finally:
        database.dispose()
