"""Alembic environment: the Database object comes from omis.core.migrate, never a URL here."""

from __future__ import annotations

from alembic import context

from omis.core.models_registry import metadata

config = context.config
database = config.attributes["database"]

with database.engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite can only alter tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
