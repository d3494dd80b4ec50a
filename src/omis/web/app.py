"""The app factory: settings, store, security, then one blueprint per area."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, abort, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from omis.core.clock import now
from omis.core.db import MAX_ROW_ID, Database, open_database
from omis.core.settings import Settings, load_settings
from omis.core.timefmt import zone_label
from omis.web import auth, errors, formatting, storage
from omis.web.config import flask_config
from omis.web.views import BLUEPRINT_MODULES, sandbox

csrf = CSRFProtect()

# Pages are rendered from the package's own files; nothing inline is needed, so the policy
# forbids inline scripts and styles (an injected <script> would not run even if it got in).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


class IdConverter(IntegerConverter):
    """``<id:letter_id>``: a row id; a number no column holds (10^20) is a 404, not a
    database overflow."""

    def __init__(self, url_map: Any) -> None:
        super().__init__(url_map, min=1, max=MAX_ROW_ID)


def create_app(
    settings: Settings | None = None, database: Database | None = None, *, testing: bool = False
) -> Flask:
    """Build the web app. Without arguments: settings from the environment, the configured
    store (schema brought up to date). Raises ConfigError on an unsafe configuration.

    ``testing`` sets Flask's TESTING flag only; CSRF and every other protection stay on."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.config.update(flask_config(settings.web))
    app.config["TESTING"] = testing
    app.url_map.converters["id"] = IdConverter
    if settings.web.behind_proxy:
        # The proxy on this host appends the client's address to X-Forwarded-For.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)  # type: ignore[method-assign]
    if database is None:
        url = settings.core.effective_database_url
        database = open_database(url, busy_timeout_ms=settings.core.db_busy_timeout_ms)
    storage.init_app(app, storage.WebState(settings, database))
    # Before the CSRF check, which reads (and so limits) the request body.
    app.before_request(sandbox.allow_letters)
    csrf.init_app(app)
    formatting.init_app(app)
    errors.init_app(app)
    auth.init_app(app)
    for module in BLUEPRINT_MODULES:
        module.init_app(app)
    app.before_request(_refuse_nul)
    app.context_processor(_page_globals)
    app.after_request(_security_headers)
    return app


def _refuse_nul() -> None:
    """A NUL character in the address is never meant (PostgreSQL refuses it as a value)."""
    if "\x00" in request.path or any("\x00" in key for key in request.args):
        abort(400)


def _page_globals() -> dict[str, Any]:
    tz = storage.settings().core.tz
    return {"zone_name": str(tz), "zone_label": zone_label(now(), tz)}


def _security_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    if request.endpoint != "static":
        # Pages show internal data; no shared cache or back-button copy after logout.
        headers.setdefault("Cache-Control", "no-store")
    return response
