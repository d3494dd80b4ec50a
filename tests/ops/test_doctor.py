from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from fakes.ops_servers import IMAP_PASSWORD, IMAP_USER, HttpStub, Reply, Route
from omis.core.db import Database
from omis.core.settings import Settings
from omis.ops.checks.base import CheckResult, State
from omis.ops.checks.delo import check_delo
from omis.ops.checks.graph import check_graph
from omis.ops.checks.imap import check_imap, decode_modified_utf7, encode_modified_utf7
from omis.ops.checks.local import check_database, check_log_dir
from omis.ops.checks.mailbox import check_mailbox
from omis.ops.checks.smtp import check_smtp
from omis.ops.checks.telegram import check_telegram
from omis.ops.doctor import run_doctor

Configure = Callable[..., Settings]
StartStub = Callable[[Route], HttpStub]
BOT_TOKEN = "123456:SECRET-bot-token"


def _imap_env(port: int, password: str, folder: str = "INBOX") -> dict[str, str]:
    return {
        "OMIS_MAIL_BACKEND": "imap",
        "OMIS_IMAP_HOST": "127.0.0.1",
        "OMIS_IMAP_PORT": str(port),
        "OMIS_IMAP_SSL": "false",
        "OMIS_IMAP_ALLOW_PLAIN": "true",
        "OMIS_IMAP_USER": IMAP_USER,
        "OMIS_IMAP_PASSWORD": password,
        "OMIS_MAIL_FOLDER": folder,
    }


# --- mailbox -----------------------------------------------------------------------------


def test_wrong_imap_password_fails_with_a_login_hint(fake_imap: int, configure: Configure) -> None:
    # TODO(ops): also run against the throwaway dovecot once the mail tests ship its fixture.
    result = check_imap(configure(**_imap_env(fake_imap, "wrong")).mail)
    assert result.state is State.FAIL
    assert "вход отклонён" in result.detail
    assert "AUTHENTICATIONFAILED" in result.detail
    assert "OMIS_IMAP_PASSWORD" in result.hint


def test_imap_login_and_folder_are_reported_ok(fake_imap: int, configure: Configure) -> None:
    result = check_mailbox(configure(**_imap_env(fake_imap, IMAP_PASSWORD, "Процесс")))
    assert result.state is State.OK, result
    assert "папка «Процесс»: писем 1" in result.detail


def test_unknown_imap_folder_hint_lists_the_folders(fake_imap: int, configure: Configure) -> None:
    result = check_imap(configure(**_imap_env(fake_imap, IMAP_PASSWORD, "OMIS")).mail)
    assert result.state is State.FAIL
    assert "папка «OMIS» не открывается" in result.detail
    assert "INBOX, Процесс" in result.hint


def test_unreachable_imap_server_names_host_and_port(
    closed_port: int, configure: Configure
) -> None:
    result = check_imap(configure(**_imap_env(closed_port, "x")).mail)
    assert result.state is State.FAIL
    assert f"127.0.0.1:{closed_port} недоступен" in result.detail
    assert "OMIS_IMAP_PORT" in result.hint


def test_imap_without_credentials_names_the_missing_variables(configure: Configure) -> None:
    result = check_mailbox(configure(OMIS_MAIL_BACKEND="imap", OMIS_IMAP_HOST="mail.local"))
    assert result.state is State.FAIL
    assert "OMIS_IMAP_USER" in result.detail
    assert "OMIS_IMAP_PASSWORD" in result.detail


@pytest.mark.parametrize(
    ("name", "encoded"),
    [
        ("INBOX", "INBOX"),
        ("Входящие", "&BBIERQQ+BDQETwRJBDgENQ-"),
        ("A&B", "A&-B"),
        ("Отчёты/2026", "&BB4EQgRHBFEEQgRL-/2026"),
    ],
)
def test_modified_utf7_round_trip(name: str, encoded: str) -> None:
    assert encode_modified_utf7(name) == encoded
    assert decode_modified_utf7(encoded) == name


def _graph_route(token_reply: Reply, mailbox_reply: Reply) -> Route:
    def route(method: str, path: str, body: bytes) -> Reply:
        if path.startswith("/tenant-1/token"):
            return token_reply
        if path.endswith("/mailFolders/inbox"):
            return mailbox_reply
        if "/childFolders" in path and "OMIS" in path:
            return Reply(body={"value": [{"id": "omis-id", "displayName": "OMIS"}]})
        return Reply(404, {"error": {"code": "ErrorItemNotFound", "message": "not found"}})

    return route


GRAPH_TOKEN = Reply(body={"access_token": "graph-token", "token_type": "Bearer"})
GRAPH_INBOX = Reply(body={"id": "inbox-id", "displayName": "Входящие"})


@pytest.mark.parametrize(
    ("token_reply", "mailbox_reply", "state", "detail_part", "hint_part"),
    [
        (GRAPH_TOKEN, GRAPH_INBOX, State.OK, "папка «Inbox/OMIS» найдена", ""),
        (
            Reply(
                401,
                {
                    "error": "invalid_client",
                    "error_description": "AADSTS7000215: Invalid client secret provided.",
                },
            ),
            GRAPH_INBOX,
            State.FAIL,
            "токен не выдан (HTTP 401)",
            "секрет клиента неверен",
        ),
        (
            GRAPH_TOKEN,
            Reply(403, {"error": {"code": "ErrorAccessDenied", "message": "Access is denied."}}),
            State.FAIL,
            "нет доступа к ящику",
            "Mail.ReadWrite",
        ),
    ],
)
def test_graph_check_explains_token_and_permission_problems(
    http_stub: StartStub,
    configure: Configure,
    token_reply: Reply,
    mailbox_reply: Reply,
    state: State,
    detail_part: str,
    hint_part: str,
) -> None:
    stub = http_stub(_graph_route(token_reply, mailbox_reply))
    settings = configure(
        OMIS_MAIL_BACKEND="graph",
        OMIS_OUTLOOK_EMAIL="omis@example.ru",
        OMIS_OUTLOOK_CLIENT_ID="client-1",
        OMIS_OUTLOOK_CLIENT_SECRET="secret-1",
        OMIS_OUTLOOK_TENANT_ID="tenant-1",
        OMIS_OUTLOOK_FOLDER="Inbox/OMIS",
        OMIS_GRAPH_TOKEN_URL=f"{stub.url}/{{tenant}}/token",
        OMIS_GRAPH_API_URL=stub.url,
    )
    result = check_graph(settings.mail)
    assert result.state is state, result
    assert detail_part in result.detail
    assert hint_part in result.hint


# --- Telegram ----------------------------------------------------------------------------


def _bot_api(get_me: Reply, get_chat: Reply) -> Route:
    def route(method: str, path: str, body: bytes) -> Reply:
        if path == f"/bot{BOT_TOKEN}/getMe":
            return get_me
        if path == f"/bot{BOT_TOKEN}/getChat":
            return get_chat
        return Reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    return route


BOT_OK = Reply(body={"ok": True, "result": {"id": 1, "is_bot": True, "username": "omis_bot"}})
CHAT_OK = Reply(
    body={"ok": True, "result": {"id": -1001, "type": "supergroup", "title": "Дежурные"}}
)
UNAUTHORIZED = Reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
CHAT_MISSING = Reply(
    400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
)


@pytest.mark.parametrize(
    ("get_me", "get_chat", "state", "detail_part", "hint_part"),
    [
        (BOT_OK, CHAT_OK, State.OK, "бот @omis_bot; чат «Дежурные» (-1001)", ""),
        (UNAUTHORIZED, CHAT_OK, State.FAIL, "токен бота не принят", "@BotFather"),
        (BOT_OK, CHAT_MISSING, State.FAIL, "чат -1001 не найден", "добавьте бота в группу"),
    ],
)
def test_telegram_check_explains_token_and_chat_problems(
    http_stub: StartStub,
    configure: Configure,
    get_me: Reply,
    get_chat: Reply,
    state: State,
    detail_part: str,
    hint_part: str,
) -> None:
    stub = http_stub(_bot_api(get_me, get_chat))
    settings = configure(
        OMIS_TELEGRAM_TOKEN=BOT_TOKEN, OMIS_TELEGRAM_CHAT_ID="-1001", OMIS_TELEGRAM_API_URL=stub.url
    )
    result = check_telegram(settings)
    assert result.state is state, result
    assert detail_part in result.detail
    assert hint_part in result.hint
    assert "SECRET" not in result.detail + result.hint


def test_telegram_unreachable_does_not_print_the_token(
    closed_port: int, configure: Configure
) -> None:
    settings = configure(
        OMIS_TELEGRAM_TOKEN=BOT_TOKEN,
        OMIS_TELEGRAM_CHAT_ID="-1001",
        OMIS_TELEGRAM_API_URL=f"http://127.0.0.1:{closed_port}",
    )
    result = check_telegram(settings)
    assert result.state is State.FAIL
    assert "Telegram недоступен" in result.detail
    assert "SECRET" not in result.detail + result.hint


# --- SMTP --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "state", "detail_part", "hint_part"),
    [
        ("smtp-right", State.OK, "вход omis", ""),
        ("smtp-wrong", State.FAIL, "вход отклонён: 535", "OMIS_SMTP_PASSWORD"),
    ],
)
def test_smtp_check_logs_in(
    smtp_port: int,
    configure: Configure,
    password: str,
    state: State,
    detail_part: str,
    hint_part: str,
) -> None:
    settings = configure(
        OMIS_SMTP_HOST="127.0.0.1",
        OMIS_SMTP_PORT=str(smtp_port),
        OMIS_SMTP_SECURITY="none",
        OMIS_SMTP_USER="omis",
        OMIS_SMTP_PASSWORD=password,
        OMIS_SMTP_SENDER="omis@example.ru",
        OMIS_SMTP_RECIPIENTS='["duty@example.ru"]',
    )
    result = check_smtp(settings)
    assert result.state is state, result
    assert detail_part in result.detail
    assert hint_part in result.hint


# --- DELO --------------------------------------------------------------------------------


def test_unreachable_delo_fails_with_an_address_hint(
    closed_port: int, configure: Configure
) -> None:
    settings = configure(
        OMIS_DELO_URL=f"http://127.0.0.1:{closed_port}",
        OMIS_DELO_USERNAME="pos",
        OMIS_DELO_PASSWORD="pw",
    )
    result = check_delo(settings.delo)
    assert result.state is State.FAIL
    assert "сервер ДЕЛО недоступен" in result.detail
    assert f"127.0.0.1:{closed_port}" in result.detail
    assert "OMIS_DELO_URL" in result.hint


EMPTY_PAGE = {
    "data": {
        "arRubricValuesPg": {
            "totalCount": 7,
            "edges": [],
            "pageInfo": {"endCursor": None, "hasNextPage": False},
        }
    }
}


def _delo_route(login: Reply) -> Route:
    def route(method: str, path: str, body: bytes) -> Reply:
        if path == "/CoreHost/identity/api/login":
            return login
        if path == "/CoreHost/identity/api/logout":
            return Reply(200, {})
        if path == "/CoreHost/gql/query":
            return Reply(200, EMPTY_PAGE)
        return Reply(404, {})

    return route


@pytest.mark.parametrize(
    ("login", "state", "detail_part", "hint_part"),
    [
        (
            Reply(200, {}, {"Set-Cookie": "session=abc; Path=/"}),
            State.OK,
            "вход, чтение и выход выполнены; строк с рубрикой «Статус ПОС» за период проверки: 7",
            "",
        ),
        (
            Reply(401, {"error": "bad"}),
            State.FAIL,
            "отклонён для пользователя «pos»: bad",
            "connection_config.json",
        ),
        (Reply(200, {"error": "Неверный пароль"}), State.FAIL, "Неверный пароль", "password"),
    ],
)
def test_delo_login_and_logout_from_the_json_files(
    http_stub: StartStub,
    configure: Configure,
    tmp_path: Path,
    login: Reply,
    state: State,
    detail_part: str,
    hint_part: str,
) -> None:
    stub = http_stub(_delo_route(login))
    config_dir = tmp_path / "delo"
    config_dir.mkdir()
    (config_dir / "connection_config.json").write_text(
        json.dumps(
            {
                "login_url": f"{stub.url}/CoreHost/identity/api/login",
                "logout_url": f"{stub.url}/CoreHost/identity/api/logout",
                "graphql_endpoint": f"{stub.url}/CoreHost/gql/query",
                "username": "pos",
                "password": "pw",
                "app": "POS",
            }
        )
    )
    (config_dir / "processing_config.json").write_text("{}")
    result = check_delo(configure(OMIS_DELO_CONFIG_DIR=str(config_dir)).delo)
    assert result.state is state, result
    assert detail_part in result.detail
    assert hint_part in result.hint


def test_delo_missing_processing_config_is_reported(configure: Configure, tmp_path: Path) -> None:
    (tmp_path / "connection_config.json").write_text("{}")
    result = check_delo(configure(OMIS_DELO_CONFIG_DIR=str(tmp_path)).delo)
    assert result.state is State.FAIL
    assert "processing_config.json: файл не найден" in result.detail


# --- this host ---------------------------------------------------------------------------


def test_database_at_head_is_ok_and_a_missing_file_is_a_warning(
    database: Database, settings: Settings, configure: Configure, tmp_path: Path
) -> None:
    assert check_database(settings).state is State.OK
    missing = configure(OMIS_DATABASE_URL=f"sqlite:///{tmp_path / 'absent.sqlite3'}")
    result = check_database(missing)
    assert result.state is State.WARN
    assert "omis db upgrade" in result.hint
    assert not (tmp_path / "absent.sqlite3").exists()


def test_database_from_a_newer_omis_is_a_failure(database: Database, settings: Settings) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    result = check_database(settings)
    assert result.state is State.FAIL
    assert "9999_future" in result.detail


def test_unwritable_log_directory_fails_with_a_hint(configure: Configure, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    result = check_log_dir(configure(OMIS_LOG_DIR=str(blocker / "logs")))
    assert result.state is State.FAIL
    assert "sudo install -d -o omis" in result.hint


def test_a_crashing_check_is_reported_not_raised(settings: Settings) -> None:
    def broken(_: Settings) -> CheckResult:
        raise KeyError("surprise")

    [result] = run_doctor(settings, [("Сломанная", broken)])
    assert result.state is State.FAIL
    assert "KeyError" in result.detail


# --- the command -------------------------------------------------------------------------


def test_doctor_with_nothing_configured_exits_zero(run_cli, database: Database) -> None:
    result = run_cli("doctor")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("не настроено") == 4
    assert "Всё в порядке" in result.stdout


def test_doctor_reports_a_bad_bot_token_and_exits_one(
    run_cli, database: Database, http_stub: StartStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub = http_stub(_bot_api(UNAUTHORIZED, CHAT_OK))
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "-1001")
    monkeypatch.setenv("OMIS_TELEGRAM_API_URL", stub.url)
    result = run_cli("doctor")
    assert result.exit_code == 1
    assert "токен бота не принят" in result.stdout
    assert "@BotFather" in result.stdout
    assert "SECRET" not in result.output


def test_doctor_shows_a_bad_setting_as_a_failed_row(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_TIMEZONE", "Europe/Atlantis")
    result = run_cli("doctor")
    assert result.exit_code == 1
    assert "OMIS_TIMEZONE" in result.stdout
    assert "неизвестный часовой пояс" in result.stdout


def test_doctor_names_each_broken_system_with_its_hint(
    run_cli,
    database: Database,
    fake_imap: int,
    closed_port: int,
    http_stub: StartStub,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bot_api = http_stub(_bot_api(UNAUTHORIZED, CHAT_OK))
    variables = {
        **_imap_env(fake_imap, "wrong"),
        "OMIS_DELO_URL": f"http://127.0.0.1:{closed_port}",
        "OMIS_DELO_USERNAME": "pos",
        "OMIS_DELO_PASSWORD": "pw",
        "OMIS_TELEGRAM_TOKEN": BOT_TOKEN,
        "OMIS_TELEGRAM_CHAT_ID": "-1001",
        "OMIS_TELEGRAM_API_URL": bot_api.url,
    }
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    result = run_cli("doctor")
    assert result.exit_code == 1
    for expected in (
        "вход отклонён",  # IMAP
        "OMIS_IMAP_PASSWORD",
        "сервер ДЕЛО недоступен",
        "login_url",
        "токен бота не принят",
        "@BotFather",
        "Ошибок: 3",
    ):
        assert expected in result.stdout, expected
