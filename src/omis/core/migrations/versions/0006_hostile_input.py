"""Hostile input: letter identity and quarantine, server-side web sessions, login counters

Revision ID: 0006_hostile_input
Revises: 0005_comment_search

- ``letters.raw_size`` and ``letters.error``: the size the source reported (letters stored
  from now on) and why a letter could not be read (the «не удалось разобрать» quarantine);
  an index on (mailbox, source_ref) lets a pass skip stored letters before parsing them,
  and ``letter_copies`` remembers where re-deliveries of stored letters were found.
- ``web_sessions``: a login is a row; logging out, a password change or disabling the user
  deletes it, so a copied cookie stops working at once.
- ``login_attempts``: failed logins counted per user name and per client address in one
  place, atomically; it replaces ``users.failed_logins`` and ``users.locked_until``.
  Current locks are carried over.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omis.core.db

revision = "0006_hostile_input"
down_revision = "0005_comment_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("raw_size", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("error", sa.Text(), nullable=True))
        batch_op.create_index("ix_letters_mailbox_source_ref", ["mailbox", "source_ref"])
    op.create_table(
        "letter_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox", sa.String(length=255), nullable=False),
        sa.Column("source_ref", sa.String(length=255), nullable=False),
        sa.Column("message_key", sa.String(length=255), nullable=False),
        sa.Column("seen_at", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_letter_copies"),
        sa.UniqueConstraint("mailbox", "source_ref", name="uq_letter_copies_mailbox_source_ref"),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_web_sessions_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("token_hash", name="pk_web_sessions"),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    attempts = op.create_table(
        "login_attempts",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("locked_until", omis.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_login_attempts"),
    )
    _carry_over_locks(attempts)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("failed_logins")
        batch_op.drop_column("locked_until")


def _carry_over_locks(attempts: sa.Table) -> None:
    users = sa.table(
        "users", sa.column("username", sa.String), sa.column("failed_logins", sa.Integer),
        sa.column("locked_until", omis.core.db.UTCDateTime(timezone=True)),
    )  # fmt: skip
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(users.c.username, users.c.failed_logins, users.c.locked_until).where(
            sa.or_(users.c.locked_until.is_not(None), users.c.failed_logins > 0)
        )
    ).all()
    now = sa.func.current_timestamp()
    for row in rows:
        connection.execute(
            attempts.insert().values(
                key="name:" + row.username.lower(),
                failures=row.failed_logins or 0,
                window_start=now,
                locked_until=row.locked_until,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("locked_until", omis.core.db.UTCDateTime(timezone=True), nullable=True)
        )
    op.drop_table("login_attempts")
    op.drop_table("letter_copies")
    op.drop_index("ix_web_sessions_user_id", table_name="web_sessions")
    op.drop_table("web_sessions")
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_index("ix_letters_mailbox_source_ref")
        batch_op.drop_column("error")
        batch_op.drop_column("raw_size")
