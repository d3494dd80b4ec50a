"""Fixtures for the web tests: the app on the test database (SQLite, and PostgreSQL when
configured), a test client with CSRF protection left ON, users of every role, and helpers
that fetch a page's CSRF token the way a browser would."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.security import generate_password_hash
from werkzeug.serving import make_server

from omis.core.db import Database
from omis.core.models import User
from omis.core.settings import Settings, load_settings
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.web.app import create_app
from web.webtools import PASSWORD, SECRET, deliver, letter_bytes, log_in


@pytest.fixture
def web_settings(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Production mode (the default) with a secret key, on the test database."""
    monkeypatch.setenv("OMIS_DATABASE_URL", db_url)
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", SECRET)
    return load_settings()


@pytest.fixture
def app(web_settings: Settings, database: Database) -> Iterator[Flask]:
    flask_app = create_app(web_settings, database)
    yield flask_app
    flask_app.extensions["omis"].dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _fast_hash(password: str) -> str:
    # The product hashes with scrypt (~0.1 s); tests use a cheap method the same check accepts.
    return generate_password_hash(password, method="pbkdf2:sha256:1000")


@pytest.fixture
def users(database: Database) -> dict[str, int]:
    """One active user per role, named after it; returns their ids."""
    ids = {}
    with database.session() as session:
        for role in ("viewer", "operator", "admin"):
            user = User(
                username=role,
                role=role,
                password_hash=_fast_hash(PASSWORD),
                active=True,
            )
            session.add(user)
            session.flush()
            ids[role] = user.id
    return ids


@pytest.fixture
def login(client: FlaskClient, users: dict[str, int]) -> Callable[[str], FlaskClient]:
    """``login("operator")`` logs the client in with that role's user and returns it."""

    def do(role: str) -> FlaskClient:
        response = log_in(client, role)
        assert response.status_code == 302, response.get_data(as_text=True)
        return client

    return do


@dataclass(frozen=True)
class Sample:
    """Request 4512 (positions 1 and 2, contractor stroyservis.ru) and a letter awaiting review."""

    request_number: str
    review_letter_id: int


@pytest.fixture
def sample(database: Database) -> Sample:
    with database.session() as session:
        for position, comment in (("1", "Замена КАБЕЛЯ на опоре"), ("2", None)):
            new = store.NewPosition("4512", position, comment, "Иванов")
            created = store.add_position(session, new, actor=Actor.OPERATOR, actor_name="operator")
        created.request.contractor_email = "dispatch@stroyservis.ru"
    raw = letter_bytes(
        "Заявка 9999",
        "Бригада выехала, будем через 40 минут.",
        message_id="<review-1@stroyservis.ru>",
    )
    return Sample("4512", deliver(database, raw))


# --- the browser tests: Debian's Chromium driven by Playwright --------------------------

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def server(app: Flask, users) -> Iterator[str]:
    """The app served by werkzeug's WSGI server in a thread; yields its base URL."""
    http = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_port}"
    http.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def page(server: str) -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("нет /usr/bin/chromium (apt install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        context = browser.new_context(
            base_url=server, locale="ru-RU", viewport={"width": 1366, "height": 900}
        )
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        errors: list[str] = []
        tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        yield tab
        browser.close()
        # Refused forms (422), the 404 page and a refresh after the session ended (401) are
        # meant; script or CSP errors are not.
        unexpected = [e for e in errors if not EXPECTED_HTTP_ERROR.search(e)]
        assert unexpected == [], f"browser console errors: {unexpected}"


EXPECTED_HTTP_ERROR = re.compile(r"^Failed to load resource: .* status of (401|404|422)")
