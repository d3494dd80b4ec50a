"""Migration 0010: existing contractor addresses become contractors; nothing else moves."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text

from omis.contractors.models import Contractor
from omis.core import migrate
from omis.core.clock import now
from omis.core.db import open_database
from omis.requests.models import Position, Request

EMAILS = {
    1: "Dispatch@StroyServis.ru",
    2: "ivanov@stroyservis.ru",
    3: "brigada@gmail.com",
    4: "petrov@gmail.com",
    5: None,
    6: "не адрес",
    7: "dispatch@stroyservis.ru",
}


def _old_store(db_url: str):
    database = open_database(db_url, upgrade=False)
    migrate.upgrade(database, "0005_comment_search")
    with database.engine.begin() as connection:
        for request_id, email in EMAILS.items():
            connection.execute(
                text(
                    "INSERT INTO requests (id, number, created_at, contractor_email)"
                    " VALUES (:id, :number, :at, :email)"
                ),
                {"id": request_id, "number": str(4500 + request_id), "at": now(), "email": email},
            )
            connection.execute(
                text(
                    "INSERT INTO positions (id, request_id, number, status, status_changed_at,"
                    " created_at) VALUES (:id, :id, '1', 'заявка принята', :at, :at)"
                ),
                {"id": request_id, "at": now()},
            )
    return database


def test_existing_addresses_become_one_contractor_per_domain(db_url: str) -> None:
    database = _old_store(db_url)
    try:
        migrate.upgrade(database)
        with database.session() as session:
            contractors = {c.name: c for c in session.scalars(select(Contractor))}
            assert set(contractors) == {"stroyservis.ru", "gmail.com"}
            stroy, gmail = contractors["stroyservis.ru"], contractors["gmail.com"]
            assert stroy.domains == ["stroyservis.ru"]
            assert sorted(stroy.emails) == ["dispatch@stroyservis.ru", "ivanov@stroyservis.ru"]
            # A public domain would vouch for every mailbox there: only the addresses seen.
            assert gmail.domains == []
            assert sorted(gmail.emails) == ["brigada@gmail.com", "petrov@gmail.com"]
            owners = dict(session.execute(select(Request.id, Request.contractor_id)).all())
            assert owners == {
                1: stroy.id, 2: stroy.id, 7: stroy.id, 3: gmail.id, 4: gmail.id, 5: None, 6: None,
            }  # fmt: skip
            # The addresses themselves stay on the requests.
            kept = session.scalar(select(Request.contractor_email).where(Request.id == 1))
            assert kept == "Dispatch@StroyServis.ru"
    finally:
        database.dispose()


def test_downgrade_and_upgrade_again_keep_every_position(db_url: str) -> None:
    database = _old_store(db_url)
    try:
        migrate.upgrade(database)
        command.downgrade(migrate.alembic_config(database), "0005_comment_search")
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM positions")).scalar() == 7
        migrate.upgrade(database)
        with database.session() as session:
            assert len(session.scalars(select(Position)).all()) == len(EMAILS)
            assert session.scalar(select(Request.contractor_id).where(Request.id == 1))
    finally:
        database.dispose()
