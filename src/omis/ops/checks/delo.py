"""Doctor check of the DELO server: the two JSON files, then a login and a logout."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from omis.core.settings import DeloSettings
from omis.ops.checks.base import CheckResult, fail, missing_settings, off, ok, warn

NAME = "СЭД «Дело»"
TIMEOUT_SECONDS = 15.0
LOGIN_PATH = "/CoreHost/identity/api/login"
LOGOUT_PATH = "/CoreHost/identity/api/logout"
AUTH_REFUSED = (401, 403, 434)
CREDENTIALS_HINT = (
    "проверьте username и password в connection_config.json (или OMIS_DELO_USERNAME и "
    "OMIS_DELO_PASSWORD) и поле app; учётная запись должна быть активна в «Деле»"
)


@dataclass(frozen=True)
class DeloLogin:
    login_url: str
    logout_url: str
    username: str
    password: str
    app: str | None


class _Problem(Exception):
    def __init__(self, result: CheckResult) -> None:
        super().__init__(result.detail)
        self.result = result


def check_delo(settings: DeloSettings) -> CheckResult:
    if not settings.configured:
        return off(
            NAME, "OMIS_DELO_CONFIG_DIR и OMIS_DELO_URL не заданы: синхронизация ПОС выключена"
        )
    try:
        login = delo_login(settings)
        verify: str | bool = str(settings.ca_bundle) if settings.ca_bundle else True
        with httpx.Client(timeout=TIMEOUT_SECONDS, verify=verify) as client:
            _log_in(client, login)
            logged_out = _log_out(client, login)
    except _Problem as problem:
        return problem.result
    if not logged_out:
        return warn(
            NAME,
            f"{login.username}: вход выполнен, но выход ({login.logout_url}) не удался",
            "проверьте logout_url в connection_config.json",
        )
    return ok(NAME, f"{login.username} на {login.login_url}: вход и выход выполнены")


def delo_login(settings: DeloSettings) -> DeloLogin:
    """Login parameters from connection_config.json, each overridden by OMIS_DELO_*."""
    data = _read_config_files(settings.config_dir) if settings.config_dir else {}
    base = settings.url.rstrip("/") if settings.url else None
    values = {
        "login_url": f"{base}{LOGIN_PATH}" if base else data.get("login_url"),
        "logout_url": f"{base}{LOGOUT_PATH}" if base else data.get("logout_url"),
        "username": settings.username or data.get("username"),
        "password": settings.password.get_secret_value()
        if settings.password
        else data.get("password"),
    }
    missing = [key for key, value in values.items() if not value]
    if missing:
        raise _Problem(
            missing_settings(NAME, [f"{key} (connection_config.json)" for key in missing])
        )
    app = settings.app or data.get("app")
    return DeloLogin(
        **{key: str(value) for key, value in values.items()}, app=str(app) if app else None
    )


def _read_config_files(directory: Path) -> dict[str, Any]:
    connection = _read_json(directory / "connection_config.json")
    _read_json(directory / "processing_config.json")
    return connection


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _Problem(
            fail(
                NAME,
                f"файл {path} не найден",
                "создайте его по образцу из docs/ru/05-delo.md или исправьте OMIS_DELO_CONFIG_DIR",
            )
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _Problem(
            fail(
                NAME,
                f"{path}: не читается как JSON: {exc}",
                "исправьте файл: это должен быть JSON-объект в UTF-8",
            )
        ) from None
    if not isinstance(data, dict):
        raise _Problem(
            fail(
                NAME,
                f"{path}: ожидается JSON-объект",
                "исправьте файл по образцу из docs/ru/05-delo.md",
            )
        )
    return data


def _log_in(client: httpx.Client, login: DeloLogin) -> None:
    body: dict[str, Any] = {"user": login.username, "password": login.password}
    if login.app:
        body["items"] = {"app": login.app}
    response = _post(client, login.login_url, body)
    if response.status_code in AUTH_REFUSED:
        raise _Problem(
            fail(
                NAME,
                f"{login.username}: вход отклонён (HTTP {response.status_code})",
                CREDENTIALS_HINT,
            )
        )
    if response.is_error:
        raise _Problem(
            fail(
                NAME,
                f"{login.login_url}: HTTP {response.status_code} {response.text[:200]}",
                "проверьте login_url: сервер ответил ошибкой",
            )
        )
    # A refused login has been seen to answer 200 with an error text: only a session counts.
    if not response.cookies:
        raise _Problem(
            fail(
                NAME, f"{login.username}: вход не выполнен: {response.text[:200]}", CREDENTIALS_HINT
            )
        )


def _log_out(client: httpx.Client, login: DeloLogin) -> bool:
    try:
        return not _post(client, login.logout_url, {}).is_error
    except _Problem:
        return False


def _post(client: httpx.Client, url: str, body: dict[str, Any]) -> httpx.Response:
    try:
        return client.post(url, json=body)
    except httpx.HTTPError as exc:
        raise _Problem(_unreachable(url, exc)) from None


def _unreachable(url: str, exc: httpx.HTTPError) -> CheckResult:
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return fail(
            NAME,
            f"{url}: сертификат сервера не прошёл проверку: {exc}",
            "укажите в OMIS_DELO_CA_BUNDLE файл с корневым сертификатом организации (PEM)",
        )
    return fail(
        NAME,
        f"сервер ДЕЛО недоступен ({url}): {exc or type(exc).__name__}",
        "проверьте адрес (login_url в connection_config.json или OMIS_DELO_URL), что сервер "
        "«Дела» работает и доступен с этого сервера (межсетевой экран, VPN, прокси)",
    )
