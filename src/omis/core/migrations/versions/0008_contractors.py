"""Contractors: the directory, requests that belong to one, reminder pauses, letter undos

Revision ID: 0008_contractors
Revises: 0007_letters_replay

Existing ``requests.contractor_email`` values become contractors: one per distinct domain,
named after the domain (an administrator renames them later), holding that domain and
every address seen. A public mail domain (gmail.com, mail.ru...) is not added as a domain:
it would let anyone with a mailbox there report for the contractor; its addresses are.
The column ``contractor_email`` stays: it is still shown and filtered on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omis.core.db

revision = "0008_contractors"
down_revision = "0007_letters_replay"
branch_labels = None
depends_on = None

BATCH = 5_000
FK_NAME = "fk_requests_contractor_id_contractors"
PUBLIC_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "mail.ru", "bk.ru", "list.ru", "inbox.ru",
        "internet.ru", "yandex.ru", "ya.ru", "yandex.com", "rambler.ru", "outlook.com",
        "hotmail.com", "live.com", "yahoo.com", "icloud.com", "me.com", "proton.me",
        "protonmail.com", "gmx.com", "aol.com",
    }
)  # fmt: skip


def upgrade() -> None:
    _create_tables()
    # Not batch mode: on SQLite a batch copies ``requests`` and drops the original, and with
    # foreign keys on that drop deletes every position (ON DELETE CASCADE). SQLite adds a
    # column with its REFERENCES clause in place. No ON DELETE: contractors are disabled,
    # never deleted, and the database refuses to delete one that still has requests.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE requests ADD COLUMN contractor_id INTEGER CONSTRAINT {FK_NAME}"
            " REFERENCES contractors (id)"
        )
    else:
        op.add_column("requests", sa.Column("contractor_id", sa.Integer(), nullable=True))
        op.create_foreign_key(FK_NAME, "requests", "contractors", ["contractor_id"], ["id"])
    op.create_index("ix_requests_contractor_id", "requests", ["contractor_id"], unique=False)
    _migrate_contractor_emails()


def _create_tables() -> None:
    op.create_table(
        "contractors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("status_limits", sa.JSON(), nullable=False),
        sa.Column("escalation_chat", sa.String(length=64), nullable=True),
        sa.Column("escalation_email", sa.String(length=320), nullable=True),
        sa.Column("created_at", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contractors")),
        sa.UniqueConstraint("name", name=op.f("uq_contractors_name")),
    )
    op.create_table(
        "contractor_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=320), nullable=False),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_contractor_addresses_contractor_id_contractors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contractor_addresses")),
        sa.UniqueConstraint("kind", "value", name="uq_contractor_addresses_kind_value"),
    )
    with op.batch_alter_table("contractor_addresses", schema=None) as batch_op:
        batch_op.create_index("ix_contractor_addresses_contractor", ["contractor_id"])
    op.create_table(
        "snoozes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("status_changed_at", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("until", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", omis.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("cancelled_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["position_id"],
            ["positions.id"],
            name=op.f("fk_snoozes_position_id_positions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snoozes")),
    )
    with op.batch_alter_table("snoozes", schema=None) as batch_op:
        batch_op.create_index("ix_snoozes_position", ["position_id", "until"])
    op.create_table(
        "letter_undos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("undone_at", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("undone_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("change_ids", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letters.id"],
            name=op.f("fk_letter_undos_letter_id_letters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_undos")),
    )
    with op.batch_alter_table("letter_undos", schema=None) as batch_op:
        batch_op.create_index("ix_letter_undos_letter", ["letter_id"])


_requests = sa.table(
    "requests",
    sa.column("id", sa.Integer),
    sa.column("contractor_email", sa.String),
    sa.column("contractor_id", sa.Integer),
)
_contractors = sa.table(
    "contractors",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("active", sa.Boolean),
    sa.column("status_limits", sa.JSON),
    sa.column("created_at", omis.core.db.UTCDateTime),
)
_addresses = sa.table(
    "contractor_addresses",
    sa.column("contractor_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("value", sa.String),
)


def _migrate_contractor_emails() -> None:
    """One contractor per distinct domain of ``contractor_email``, in batches of requests."""
    connection = op.get_bind()
    by_domain: dict[str, int] = {}
    addresses: set[str] = set()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(_requests.c.id, _requests.c.contractor_email)
            .where(_requests.c.id > last, _requests.c.contractor_email.is_not(None))
            .order_by(_requests.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        updates = []
        for row in rows:
            address = _address(row.contractor_email)
            if address is None:
                continue
            domain = address.rpartition("@")[2]
            if domain not in by_domain:
                by_domain[domain] = _new_contractor(connection, domain)
            if address not in addresses:
                addresses.add(address)
                _add_address(connection, by_domain[domain], "email", address)
            updates.append({"row_id": row.id, "contractor": by_domain[domain]})
        if updates:
            connection.execute(
                _requests.update()
                .where(_requests.c.id == sa.bindparam("row_id"))
                .values(contractor_id=sa.bindparam("contractor")),
                updates,
            )
        last = rows[-1].id


def _address(value: str) -> str | None:
    cleaned = value.strip().strip("<>").strip().lower()
    local, at, domain = cleaned.rpartition("@")
    if not at or not local or "." not in domain or any(ch.isspace() for ch in cleaned):
        return None
    return cleaned


def _new_contractor(connection: sa.Connection, domain: str) -> int:
    from omis.core.clock import now

    contractor_id = connection.execute(
        _contractors.insert()
        .values(name=domain, active=True, status_limits={}, created_at=now())
        .returning(_contractors.c.id)
    ).scalar_one()
    assert isinstance(contractor_id, int)
    if domain not in PUBLIC_DOMAINS:
        _add_address(connection, contractor_id, "domain", domain)
    return contractor_id


def _add_address(connection: sa.Connection, contractor_id: int, kind: str, value: str) -> None:
    connection.execute(
        _addresses.insert().values(contractor_id=contractor_id, kind=kind, value=value)
    )


def downgrade() -> None:
    # In place, as in upgrade: SQLite (3.35+) drops the column without copying the table.
    op.drop_index("ix_requests_contractor_id", table_name="requests")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(FK_NAME, "requests", type_="foreignkey")
    op.drop_column("requests", "contractor_id")
    for table, index in (
        ("letter_undos", "ix_letter_undos_letter"),
        ("snoozes", "ix_snoozes_position"),
        ("contractor_addresses", "ix_contractor_addresses_contractor"),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)
        op.drop_table(table)
    op.drop_table("contractors")
