"""POS sync: saved windows and the retry list of failed rows

Revision ID: 0003_pos
Revises: 0002_notifications
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omis.core.db

revision = "0003_pos"
down_revision = "0002_notifications"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pos_windows",
        sa.Column("key", sa.String(length=500), nullable=False),
        sa.Column("completed_end", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_pos_windows")),
    )
    op.create_table(
        "pos_failed_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=500), nullable=False),
        sa.Column("isn_ref_rubric", sa.BigInteger(), nullable=False),
        sa.Column("sstu_status", sa.Text(), nullable=True),
        sa.Column("desired", sa.Text(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_seen", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen", omis.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("dismissed_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pos_failed_rows")),
        sa.UniqueConstraint("key", "isn_ref_rubric", name="uq_pos_failed_rows_key_isn"),
    )
    with op.batch_alter_table("pos_failed_rows", schema=None) as batch_op:
        batch_op.create_index("ix_pos_failed_rows_state", ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pos_failed_rows", schema=None) as batch_op:
        batch_op.drop_index("ix_pos_failed_rows_state")
    op.drop_table("pos_failed_rows")
    op.drop_table("pos_windows")
