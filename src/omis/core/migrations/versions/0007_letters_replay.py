"""Letters: the raw message, so stored letters can be re-decided under new rules

Revision ID: 0007_letters_replay
Revises: 0006_hostile_input

``omis mail replay`` re-reads every stored letter with the current rules. The stored text
is not enough for that (headers mark automatic mail, forwards carry their own subjects,
charsets are repaired from the bytes), so the message is kept as it arrived. Letters
stored before this revision have none and are re-read from their stored subject and text.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_letters_replay"
down_revision = "0006_hostile_input"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("raw_message", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_column("raw_message")
