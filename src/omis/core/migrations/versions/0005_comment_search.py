"""Positions: the comment lower-cased for search

Revision ID: 0005_comment_search
Revises: 0004_web_indexes

The requests list searches comments case-insensitively, Cyrillic included. SQLite's
``lower()`` leaves Cyrillic alone, so the search called a Python function on every row;
a stored lower-cased copy lets both engines use plain ``LIKE``. Existing comments are
folded here with Python's ``str.lower``, as the application folds new ones
(``omis.requests.models.fold``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_comment_search"
down_revision = "0004_web_indexes"
branch_labels = None
depends_on = None

BATCH = 5_000


def upgrade() -> None:
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("comment_search", sa.Text(), nullable=True))
    positions = sa.table(
        "positions", sa.column("id", sa.Integer), sa.column("comment", sa.Text),
        sa.column("comment_search", sa.Text),
    )  # fmt: skip
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(positions.c.id, positions.c.comment)
            .where(positions.c.id > last, positions.c.comment.is_not(None))
            .order_by(positions.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        connection.execute(
            positions.update()
            .where(positions.c.id == sa.bindparam("row_id"))
            .values(comment_search=sa.bindparam("folded")),
            [{"row_id": row.id, "folded": row.comment.lower()} for row in rows],
        )
        last = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.drop_column("comment_search")
