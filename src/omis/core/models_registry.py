"""Imports every model module so the metadata knows all tables (Alembic, tests)."""

from __future__ import annotations

from omis.contractors import models as _contractor_models  # noqa: F401
from omis.core import models as _core_models  # noqa: F401
from omis.core.db import Base
from omis.mail import models as _mail_models  # noqa: F401
from omis.notify import models as _notify_models  # noqa: F401
from omis.pos import models as _pos_models  # noqa: F401
from omis.reminders import models as _reminder_models  # noqa: F401
from omis.requests import models as _request_models  # noqa: F401

metadata = Base.metadata
