"""Fixtures for the web tests: the app on the test database (SQLite, and PostgreSQL when
configured), a test client with CSRF protection left ON, users of every role, and helpers
that fetch a page's CSRF token the way a browser would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.security import generate_password_hash

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
