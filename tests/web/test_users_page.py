"""The Users page (administrators): add, role, disable, password, and the last admin."""

from __future__ import annotations

from flask.testing import FlaskClient

from omis.core.db import Database
from omis.core.models import User
from omis.web import accounts
from web.webtools import log_in, submit, text


def user(database: Database, name: str) -> User | None:
    with database.session() as session:
        return accounts.find_user(session, name)


def test_admin_adds_a_user_who_can_then_log_in(
    login, client: FlaskClient, database: Database
) -> None:
    admin = login("admin")
    data = {
        "username": "petrova",
        "role": "operator",
        "password": "long-enough-1",
        "password2": "long-enough-1",
    }
    assert submit(admin, "/users", data).status_code == 302
    created = user(database, "petrova")
    assert created is not None
    assert created.role == "operator"
    assert created.password_hash.startswith("scrypt:")  # never the password itself
    submit(admin, "/logout", page="/")
    assert log_in(client, "petrova", "long-enough-1").status_code == 302


def test_new_user_form_errors(login, database: Database) -> None:
    admin = login("admin")
    data = {"username": "operator", "role": "viewer", "password": "short", "password2": "other"}
    body = text(submit(admin, "/users", data))
    assert "От 8 до 256 символов" in body
    assert "Пароли не совпадают" in body
    data = {
        "username": "operator",
        "role": "viewer",
        "password": "long-enough-1",
        "password2": "long-enough-1",
    }
    body = text(submit(admin, "/users", data))
    assert "пользователь «operator» уже есть" in body


def test_role_change_and_last_admin_is_protected(login, users, database: Database) -> None:
    admin = login("admin")
    submit(admin, f"/users/{users['viewer']}/role", {"role": "operator"}, page="/users")
    assert user(database, "viewer").role == "operator"
    submit(admin, f"/users/{users['admin']}/role", {"role": "viewer"}, page="/users")
    assert user(database, "admin").role == "admin"
    assert "последний администратор" in text(admin.get("/users"))
    submit(admin, f"/users/{users['admin']}/active", {}, page="/users")
    assert user(database, "admin").active


def test_disable_and_enable_a_user(login, users, database: Database) -> None:
    admin = login("admin")
    submit(admin, f"/users/{users['viewer']}/active", {}, page="/users")
    assert not user(database, "viewer").active
    submit(admin, f"/users/{users['viewer']}/active", {}, page="/users")
    assert user(database, "viewer").active


def test_admin_sets_a_password_and_unlocks(
    login, users, client: FlaskClient, database: Database
) -> None:
    admin = login("admin")
    response = submit(
        admin,
        f"/users/{users['viewer']}/password",
        {"password": "x", "password2": "y"},
        page="/users",
    )
    assert response.status_code == 422
    assert "Пароли не совпадают" in text(response)
    data = {"password": "new-password-9", "password2": "new-password-9"}
    assert (
        submit(admin, f"/users/{users['viewer']}/password", data, page="/users").status_code == 302
    )
    assert submit(admin, f"/users/{users['viewer']}/unlock", {}, page="/users").status_code == 302
    submit(admin, "/logout", page="/")
    assert log_in(client, "viewer", "new-password-9").status_code == 302


def test_unknown_user_id_is_404(login) -> None:
    assert submit(login("admin"), "/users/9999/unlock", {}, page="/users").status_code == 404
