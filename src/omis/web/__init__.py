"""The OMIS web interface: a Flask app factory, one blueprint per area.

``create_app(settings=None, database=None)`` builds the app; ``omis.web.wsgi:app`` is the
WSGI entry for gunicorn and waitress; ``omis web`` runs the development server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from omis.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Lazy: ``omis user ...`` imports omis.web.accounts without loading Flask and the views.
    if name == "create_app":
        from omis.web.app import create_app

        return create_app
    raise AttributeError(name)
