"""One module per area of the interface; each wires its blueprint in ``init_app``."""

from __future__ import annotations

from types import ModuleType

from omis.web.views import (
    contractors,
    dashboard,
    intake,
    jobs,
    letters,
    machine,
    notifications,
    pos,
    reports,
    request_page,
    requests_list,
    review,
    sandbox,
    snooze,
    users,
)

BLUEPRINT_MODULES: list[ModuleType] = [
    dashboard,
    requests_list,
    intake,
    request_page,
    review,
    letters,
    contractors,
    notifications,
    reports,
    pos,
    jobs,
    sandbox,
    snooze,
    users,
    machine,
]
