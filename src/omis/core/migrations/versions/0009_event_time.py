"""History: when it happened and when it was recorded, side by side

Revision ID: 0009_event_time
Revises: 0008_contractors

``status_changes.changed_at`` keeps the time the change happened: for a letter, its Date
clamped to when OMIS received it. The new ``recorded_at`` is when OMIS or the operator
recorded the decision, the order the timeline is read in.

Existing rows: a letter's change gets its time from the letter (Date clamped to receipt;
the old value was also pushed forward to the position's previous change, which reports
must not see) and is recorded when the letter arrived, or, for a letter assigned from the
review queue, when the operator assigned it. Every other change was recorded when it
happened. The index on ``changed_at`` serves the reports' periods, the one on
``letters (received_at, outcome, review_state)`` the automation report.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import omis.core.db

revision = "0009_event_time"
down_revision = "0008_contractors"
branch_labels = None
depends_on = None

BATCH = 5_000
# The actor name omis.mail.review.assign gives the changes it makes.
REVIEW_SUFFIX = "(разбор письма)"

changes = sa.table(
    "status_changes",
    sa.column("id", sa.Integer),
    sa.column("letter_id", sa.Integer),
    sa.column("actor_name", sa.String),
    sa.column("changed_at", omis.core.db.UTCDateTime(timezone=True)),
    sa.column("recorded_at", omis.core.db.UTCDateTime(timezone=True)),
)
letters = sa.table(
    "letters",
    sa.column("id", sa.Integer),
    sa.column("sent_at", omis.core.db.UTCDateTime(timezone=True)),
    sa.column("received_at", omis.core.db.UTCDateTime(timezone=True)),
    sa.column("reviewed_at", omis.core.db.UTCDateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recorded_at", omis.core.db.UTCDateTime(timezone=True), nullable=True)
        )
    connection = op.get_bind()
    connection.execute(
        changes.update()
        .where(changes.c.letter_id.is_(None))
        .values(recorded_at=changes.c.changed_at)
    )
    _from_letters(connection)
    # A change whose letter is gone (deleted): recorded when it happened, as far as known.
    connection.execute(
        changes.update()
        .where(changes.c.recorded_at.is_(None))
        .values(recorded_at=changes.c.changed_at)
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.alter_column(
            "recorded_at",
            existing_type=omis.core.db.UTCDateTime(timezone=True),
            nullable=False,
        )
        batch_op.create_index(
            "ix_status_changes_changed_at", ["changed_at", "verdict", "position_id"], unique=False
        )
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.create_index(
            "ix_letters_received", ["received_at", "outcome", "review_state"], unique=False
        )


def _from_letters(connection: Any) -> None:
    last = 0
    while True:
        rows = connection.execute(
            sa.select(
                changes.c.id, changes.c.actor_name, letters.c.sent_at,
                letters.c.received_at, letters.c.reviewed_at,
            )
            .join(letters, letters.c.id == changes.c.letter_id)
            .where(changes.c.id > last)
            .order_by(changes.c.id)
            .limit(BATCH)
        ).all()  # fmt: skip
        if not rows:
            return
        connection.execute(
            changes.update()
            .where(changes.c.id == sa.bindparam("row_id"))
            .values(changed_at=sa.bindparam("happened"), recorded_at=sa.bindparam("recorded")),
            [_times(row) for row in rows],
        )
        last = rows[-1].id


def _times(row: Any) -> dict[str, Any]:
    received: datetime = row.received_at
    happened = min(row.sent_at, received) if row.sent_at else received
    by_review = (row.actor_name or "").endswith(REVIEW_SUFFIX) and row.reviewed_at is not None
    return {
        "row_id": row.id,
        "happened": happened,
        "recorded": row.reviewed_at if by_review else received,
    }


def downgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_index("ix_letters_received")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_status_changes_changed_at")
        batch_op.drop_column("recorded_at")
