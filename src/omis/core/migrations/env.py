"""Alembic environment: the Database object comes from omis.core.migrate, never a URL here."""

from __future__ import annotations

from alembic import context

# Every domain model, so that the metadata knows all tables. Only the migrations (and the
# test that compares them with the models) need the whole set; nothing in core does.
from omis.contractors import models as _contractor_models  # noqa: F401
from omis.core import models as _core_models  # noqa: F401
from omis.core.db import Base
from omis.mail import models as _mail_models  # noqa: F401
from omis.notify import models as _notify_models  # noqa: F401
from omis.pos import models as _pos_models  # noqa: F401
from omis.reminders import models as _reminder_models  # noqa: F401
from omis.requests import models as _request_models  # noqa: F401

metadata = Base.metadata

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
