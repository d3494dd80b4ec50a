from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from omis.contractors import models as _contractor_models  # noqa: F401  every table, as env
from omis.core import migrate
from omis.core import models as _core_models  # noqa: F401
from omis.core.clock import now
from omis.core.db import Base, Database, open_database
from omis.mail import models as _mail_models  # noqa: F401
from omis.notify import models as _notify_models  # noqa: F401
from omis.pos import models as _pos_models  # noqa: F401
from omis.reminders import models as _reminder_models  # noqa: F401
from omis.requests.models import Position

metadata = Base.metadata


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


def test_db_current_reports_empty_then_head(run_cli) -> None:
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


def _insert(connection, table: str, **values) -> None:
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), values)


def test_upgrade_takes_event_times_from_letters_and_keeps_when_they_were_recorded(
    db_url: str,
) -> None:
    """Before 0008 a letter's change was dated by the letter (pushed forward to the previous
    change) and nothing said when OMIS recorded it. After: the letter's Date clamped to its
    receipt, recorded at receipt, or when the operator assigned it from the review queue."""
    from datetime import UTC, datetime, timedelta

    from omis.requests.models import StatusChange

    t0 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    minute = timedelta(minutes=1)
    database = open_database(db_url, upgrade=False)
    try:
        migrate.upgrade(database, "0005_comment_search")
        with database.engine.begin() as connection:
            _insert(connection, "requests", id=1, number="7", created_at=t0)
            _insert(connection, "positions", id=1, request_id=1, number="1",
                    status="подрядчик убыл", status_changed_at=t0, created_at=t0)  # fmt: skip
            letter = {"mailbox": "m", "content_hash": "h", "outcome": "applied",
                      "attachments": "[]", "evidence": "[]"}  # fmt: skip
            # 1: written 09:10, read 09:40; 2: dated in the future, read 09:50;
            # 3: written 09:20, assigned from review at 11:00.
            _insert(connection, "letters", id=1, message_key="a", sent_at=t0 + 10 * minute,
                    received_at=t0 + 40 * minute, **letter)  # fmt: skip
            _insert(connection, "letters", id=2, message_key="b", sent_at=t0 + 90 * minute,
                    received_at=t0 + 50 * minute, **letter)  # fmt: skip
            _insert(connection, "letters", id=3, message_key="c", sent_at=t0 + 20 * minute,
                    received_at=t0 + 25 * minute, reviewed_at=t0 + 120 * minute,
                    review_state="assigned", **letter)  # fmt: skip
            rows = [
                (1, None, "operator", "Иванов", t0),
                (2, 1, "letter", "d@podryad.ru", t0 + 40 * minute),
                (3, 2, "letter", "d@podryad.ru", t0 + 50 * minute),
                (4, 3, "letter", "operator (разбор письма)", t0 + 50 * minute),
            ]
            for id_, letter_id, actor, name, at in rows:
                _insert(connection, "status_changes", id=id_, position_id=1, changed_at=at,
                        to_status="подрядчик в пути", verdict="applied", actor=actor,
                        actor_name=name, letter_id=letter_id)  # fmt: skip
        migrate.upgrade(database)
        with database.session() as session:
            found = session.execute(
                select(StatusChange.id, StatusChange.changed_at, StatusChange.recorded_at)
                .order_by(StatusChange.id)
            ).all()  # fmt: skip
        assert [tuple(row) for row in found] == [
            (1, t0, t0),
            (2, t0 + 10 * minute, t0 + 40 * minute),
            (3, t0 + 50 * minute, t0 + 50 * minute),
            (4, t0 + 20 * minute, t0 + 120 * minute),
        ]
        from alembic import command

        command.downgrade(migrate.alembic_config(database), "0005_comment_search")
        assert "recorded_at" not in {
            column["name"] for column in inspect(database.engine).get_columns("status_changes")
        }
    finally:
        database.dispose()
