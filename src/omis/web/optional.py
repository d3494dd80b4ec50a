"""Parts of OMIS a page can live without: imported lazily, missing means "unavailable".

A page whose pipeline module is not installed shows «раздел недоступен» instead of
failing; a module that is present but broken is logged as an error (and also shown as
unavailable), so one broken area never takes the whole interface down.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)


def module(name: str, *needed: str) -> ModuleType | None:
    """The module ``name`` if it imports and has every attribute in ``needed``; else None."""
    try:
        found = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):
            return None
        log.exception("web: optional module %s failed to import", name)
        return None
    except Exception:
        log.exception("web: optional module %s failed to import", name)
        return None
    missing = [attribute for attribute in needed if not hasattr(found, attribute)]
    if missing:
        log.warning("web: module %s lacks %s; its page is unavailable", name, ", ".join(missing))
        return None
    return found


def attribute(name: str, attr: str) -> Any | None:
    """``name.attr`` when available (see :func:`module`)."""
    found = module(name, attr)
    return getattr(found, attr) if found is not None else None
