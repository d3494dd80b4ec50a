"""Safe configuration (secret key, debug, cookies, upload limit) and error pages."""

from __future__ import annotations

import logging

import pytest
from flask import Flask

from omis.core.db import Database
from omis.core.errors import ConfigError, StoreError
from omis.core.settings import load_settings
from omis.web.app import create_app
from web.webtools import SECRET, log_in


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        (None, "не задан"),
        ("short", "короче 16 символов"),
        (" " * 20, "состоит из одних пробелов"),
        ("\t" * 20, "состоит из одних пробелов"),
        ("   short        ", "короче 16 символов"),  # the blanks around it do not count
    ],
)
def test_production_refuses_to_start_without_a_real_secret_key(
    monkeypatch: pytest.MonkeyPatch, database: Database, key: str | None, problem: str
) -> None:
    if key:
        monkeypatch.setenv("OMIS_WEB_SECRET_KEY", key)
    with pytest.raises(ConfigError, match=f"OMIS_WEB_SECRET_KEY {problem}: в рабочем режиме"):
        create_app(load_settings(), database)


def test_development_mode_runs_without_a_key(
    monkeypatch: pytest.MonkeyPatch, database: Database
) -> None:
    monkeypatch.setenv("OMIS_WEB_PRODUCTION", "false")
    app = create_app(load_settings(), database)
    assert len(app.secret_key or "") >= 32
    assert app.debug is False


def test_debug_is_off_unless_asked_and_never_in_production(
    monkeypatch: pytest.MonkeyPatch, database: Database, app: Flask
) -> None:
    assert app.debug is False
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", SECRET)
    monkeypatch.setenv("OMIS_WEB_DEBUG", "true")
    with pytest.raises(ConfigError, match="отладки"):
        create_app(load_settings(), database)


def test_configured_cookie_flags_and_upload_limit(
    monkeypatch: pytest.MonkeyPatch, database: Database, users
) -> None:
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", SECRET)
    monkeypatch.setenv("OMIS_WEB_COOKIE_SECURE", "true")
    monkeypatch.setenv("OMIS_WEB_COOKIE_SAMESITE", "Strict")
    monkeypatch.setenv("OMIS_WEB_MAX_UPLOAD_MB", "2")
    app = create_app(load_settings(), database)
    assert app.config["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024
    client = app.test_client()
    cookie = log_in(client, "viewer").headers["Set-Cookie"]
    assert "Secure" in cookie
    assert "SameSite=Strict" in cookie


def test_unexpected_error_gives_a_russian_page_and_a_log_line(
    app: Flask, login, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> str:
        raise RuntimeError("secret internals")

    app.add_url_rule("/broken", "broken", broken)
    with caplog.at_level(logging.ERROR):
        response = login("viewer").get("/broken")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "Внутренняя ошибка" in body
    assert "Traceback" not in body
    assert "secret internals" not in body
    assert "secret internals" in caplog.text


def test_store_error_gives_503(app: Flask, login) -> None:
    def locked() -> str:
        raise StoreError("база данных занята другим процессом")

    app.add_url_rule("/locked", "locked", locked)
    response = login("viewer").get("/locked")
    assert response.status_code == 503
    assert "База данных недоступна" in response.get_data(as_text=True)


def test_wrong_method_gives_russian_405(login) -> None:
    response = login("viewer").get("/requests/4512/close")
    assert response.status_code == 405
    assert "Действие недоступно" in response.get_data(as_text=True)
