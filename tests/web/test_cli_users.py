"""``omis user add|passwd|list`` and ``omis web --help``."""

from __future__ import annotations

from omis.core.db import Database
from omis.web import accounts


def test_add_reads_the_password_from_stdin(run_cli, database: Database) -> None:
    result = run_cli(
        "user",
        "add",
        "sidorov",
        "--role",
        "operator",
        "--password-stdin",
        input="s3cret-password\n",
    )
    assert result.exit_code == 0, result.output
    assert "sidorov" in result.stdout
    with database.session() as session:
        user = accounts.find_user(session, "sidorov")
        assert user is not None
        assert user.role == "operator"
        outcome = accounts.authenticate(session, "sidorov", "s3cret-password")
        assert outcome.outcome is accounts.LoginOutcome.OK


def test_add_asks_twice_and_refuses_a_mismatch(run_cli) -> None:
    result = run_cli("user", "add", "sidorov", "--role", "viewer", input="aaaaaaaa1\nbbbbbbbb2\n")
    assert result.exit_code == 2
    assert "пароли не совпадают" in result.stderr
    assert "sidorov" not in run_cli("user", "list").stdout


def test_add_asks_twice_and_accepts_a_match(run_cli) -> None:
    result = run_cli("user", "add", "sidorov", "--role", "viewer", input="aaaaaaaa1\naaaaaaaa1\n")
    assert result.exit_code == 0, result.output
    assert "sidorov" in run_cli("user", "list").stdout


def test_short_password_and_bad_role_exit_2(run_cli) -> None:
    short = run_cli("user", "add", "x1", "--role", "viewer", "--password-stdin", input="short\n")
    assert short.exit_code == 2
    assert "не короче 8" in short.stderr
    assert run_cli("user", "add", "x1", "--role", "boss", "--password-stdin").exit_code == 2


def test_passwd_changes_the_password(run_cli, database: Database) -> None:
    run_cli("user", "add", "ivanova", "--role", "admin", "--password-stdin", input="first-pass-1\n")
    result = run_cli("user", "passwd", "ivanova", "--password-stdin", input="second-pass-2\n")
    assert result.exit_code == 0, result.output
    with database.session() as session:
        outcome = accounts.authenticate(session, "ivanova", "second-pass-2")
        assert outcome.outcome is accounts.LoginOutcome.OK


def test_passwd_of_unknown_user_fails_without_asking(run_cli) -> None:
    result = run_cli("user", "passwd", "nobody")
    assert result.exit_code == 2  # not found: a usage error
    assert "не найден" in result.stderr


def test_list_shows_role_and_state(run_cli) -> None:
    assert "пользователей нет" in run_cli("user", "list").stdout
    run_cli("user", "add", "ivanova", "--role", "admin", "--password-stdin", input="first-pass-1\n")
    line = run_cli("user", "list").stdout.strip()
    assert line.split()[:3] == ["ivanova", "администратор", "включён"]


def test_web_help_has_an_example(run_cli) -> None:
    result = run_cli("web", "--help")
    assert result.exit_code == 0
    assert "Пример:" in result.stdout
    assert "--port" in result.stdout


def test_web_refuses_debug_in_production(run_cli, monkeypatch) -> None:
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", "x" * 32)
    result = run_cli("web", "--debug")
    assert result.exit_code == 2
    assert "отладки" in result.stderr
