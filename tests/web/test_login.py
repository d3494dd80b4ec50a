"""Logging in and out: messages, the lock-out after repeated failures, sessions that end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from omis.core.db import Database
from omis.core.models import User
from web.webtools import PASSWORD, csrf_token, log_in, submit, text

WRONG = "Неверное имя пользователя или пароль"


def test_right_password_logs_in_and_lands_on_dashboard(client: FlaskClient, users) -> None:
    response = log_in(client, "operator")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    page = text(client.get("/"))
    assert "Сводка" in page
    assert "operator" in page


def test_login_returns_to_the_page_asked_for(client: FlaskClient, users) -> None:
    token = csrf_token(client, "/login")
    data = {"username": "viewer", "password": PASSWORD, "csrf_token": token}
    response = client.post("/login?next=/letters", data=data)
    assert response.headers["Location"] == "/letters"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil"])
def test_login_never_redirects_off_site(client: FlaskClient, users, target: str) -> None:
    token = csrf_token(client, "/login")
    data = {"username": "viewer", "password": PASSWORD, "csrf_token": token}
    response = client.post(f"/login?next={target}", data=data)
    assert response.headers["Location"] == "/"


@pytest.mark.parametrize(
    ("username", "password"), [("operator", "wrong-pass"), ("nobody", PASSWORD)]
)
def test_wrong_password_and_unknown_user_get_the_same_message(
    client: FlaskClient, users, username: str, password: str
) -> None:
    response = log_in(client, username, password)
    assert response.status_code == 200
    body = text(response)
    assert WRONG in body
    assert f'value="{username}"' in body  # what was typed stays in the field


def test_empty_fields_are_marked(client: FlaskClient) -> None:
    body = text(submit(client, "/login", {"username": "", "password": ""}))
    assert body.count("Обязательное поле") == 2


def test_repeated_failures_lock_the_account_even_for_the_right_password(
    client: FlaskClient, users, database: Database
) -> None:
    for _ in range(5):  # OMIS_WEB_LOGIN_MAX_FAILURES defaults to 5
        log_in(client, "operator", "wrong-pass")
    response = log_in(client, "operator")
    assert "заблокирован до" in text(response)
    assert client.get("/").status_code == 302
    from omis.core.clock import now
    from omis.web import accounts

    with database.session() as session:
        assert "operator" in accounts.locks(session, now())


def test_lock_expires_after_the_configured_minutes(
    client: FlaskClient, users, time_machine
) -> None:
    start = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    time_machine.move_to(start, tick=False)
    for _ in range(5):
        log_in(client, "operator", "wrong-pass")
    time_machine.move_to(start + timedelta(minutes=16), tick=False)
    assert log_in(client, "operator").status_code == 302


def test_inactive_user_cannot_log_in(client: FlaskClient, users, database: Database) -> None:
    with database.session() as session:
        session.get_one(User, users["viewer"]).active = False
    assert "отключена" in text(log_in(client, "viewer"))


def test_logout_ends_the_session(login) -> None:
    client = login("viewer")
    response = submit(client, "/logout", page="/")
    assert response.headers["Location"] == "/login"
    assert client.get("/").status_code == 302


def test_logout_by_get_is_not_possible(login) -> None:
    client = login("viewer")
    assert client.get("/logout").status_code == 405
    assert client.get("/").status_code == 200


def test_password_change_ends_the_users_other_sessions(
    app: Flask, login, database: Database, users
) -> None:
    client = login("operator")
    from omis.web import accounts

    with database.session() as session:
        accounts.set_password(session.get_one(User, users["operator"]), "another-password-1")
    assert client.get("/").status_code == 302


def test_disabling_a_user_ends_their_session(login, database: Database, users) -> None:
    client = login("operator")
    with database.session() as session:
        session.get_one(User, users["operator"]).active = False
    assert client.get("/").status_code == 302


def test_session_cookie_is_http_only_and_same_site(client: FlaskClient, users) -> None:
    response = log_in(client, "viewer")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # OMIS_WEB_COOKIE_SECURE is off by default (HTTP in tests)
