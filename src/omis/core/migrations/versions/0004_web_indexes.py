"""Web lists: positions by status in registration order, and by time of the last change

Revision ID: 0004_web_indexes
Revises: 0003_pos

The requests list shows the newest positions first (``ORDER BY positions.id DESC``); with
a status filter, ``(status, id)`` serves that order directly instead of sorting every
position of the status. ``status_changed_at`` alone serves the "longest without change"
and "recently changed" orders across all statuses.
"""

from __future__ import annotations

from alembic import op

revision = "0004_web_indexes"
down_revision = "0003_pos"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.create_index("ix_positions_status_id", ["status", "id"], unique=False)
        batch_op.create_index("ix_positions_changed", ["status_changed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.drop_index("ix_positions_changed")
        batch_op.drop_index("ix_positions_status_id")
