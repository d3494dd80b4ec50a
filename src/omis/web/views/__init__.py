"""One module per area of the interface; each wires its blueprint in ``init_app``."""

from __future__ import annotations

from types import ModuleType

from omis.web.views import (
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
    users,
)

BLUEPRINT_MODULES: list[ModuleType] = [
    dashboard,
    requests_list,
    intake,
    request_page,
    review,
    letters,
    notifications,
    reports,
    pos,
    jobs,
    sandbox,
    users,
    machine,
]
