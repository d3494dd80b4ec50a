"""One table of exit codes (omis.core.errors.EXIT_CODES), kept by every command: usage,
configuration and "not found" 2, a failed job 1, a locked job 75. Usage errors of every
command are walked in test_cli_russian.py; here are the cases that reach the library."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from omis.core.errors import EXIT_CODES, EXIT_FAILED, EXIT_LOCKED, EXIT_OK, EXIT_USAGE

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port another program listens on."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield int(listener.getsockname()[1])


@pytest.mark.parametrize(
    "arguments",
    [
        ["requests", "history", "9999"],
        ["review", "dismiss", "99", "--reason", "рассылка"],
        ["review", "assign", "99", "--request", "1", "--status", "заявка принята"],
        # ids no row can have: «не найдено», not an overflow from the database driver
        ["review", "assign", "9" * 23, "--request", "1", "--status", "заявка принята"],
        ["review", "dismiss", "9" * 23, "--reason", "рассылка"],
        ["review", "undo", "9" * 23, "--reason", "не та заявка"],
        ["review", "undo", "0", "--reason", "не та заявка"],
        ["user", "passwd", "nobody"],
    ],
    ids=" ".join,
)
def test_not_found_exits_2_with_one_russian_line(run_cli, arguments: list[str]) -> None:
    result = run_cli(*arguments)
    assert result.exit_code == EXIT_USAGE
    assert re.fullmatch(r"ошибка: [^\n]*не найден[^\n]*\n", result.stderr), result.stderr


def _open_letters(run_cli) -> list[int]:
    listed = run_cli("review", "list").stdout
    return [int(line.split()[0]) for line in listed.splitlines() if line.split()[0].isdigit()]


def test_assigning_a_letter_twice_exits_2_and_says_it_is_done(run_cli, db_url: str) -> None:
    run_cli("requests", "add", "--number", "4531", "--position", "1")
    # --database: the sample letters into this store, not the sandbox --fake uses by default
    assert run_cli("--database", db_url, "mail-check", "--fake").exit_code == EXIT_OK
    letter = _open_letters(run_cli)[0]
    arguments = ("review", "assign", str(letter), "--request", "4531", "--status", "заявка принята")
    first = run_cli(*arguments)
    assert first.exit_code == EXIT_OK, first.output
    assert first.stdout.startswith(f"письмо {letter}: применено")
    again = run_cli(*arguments)
    assert again.exit_code == EXIT_USAGE
    assert again.stderr == (
        f"ошибка: письмо {letter} не в очереди разбора (уже разобрано: отнесено к заявке)\n"
    )


def test_review_list_and_history_name_reasons_and_actors_in_russian(run_cli, db_url: str) -> None:
    run_cli("requests", "add", "--number", "4531", "--position", "1", "--author", "Иванов")
    run_cli("--database", db_url, "mail-check", "--fake")
    listed = run_cli("review", "list").stdout
    assert "[заявки с таким номером нет]" in listed
    assert "unknown_request" not in listed
    assert "no_request_number" not in listed
    letter = _open_letters(run_cli)[0]
    run_cli("review", "assign", str(letter), "--request", "4531", "--status", "заявка принята")
    history = run_cli("requests", "history", "4531").stdout
    assert "оператор: Иванов" in history
    assert "письмо: cli (разбор письма)" in history
    assert "operator" not in history
    assert "letter" not in history


@pytest.mark.parametrize(
    "command",
    [["delo-sim"], ["demo"], ["web"]],
    ids=" ".join,
)
def test_a_busy_port_is_one_line_saying_what_to_do(
    run_cli, busy_port: int, command: list[str]
) -> None:
    result = run_cli(*command, "--port", str(busy_port))
    assert result.exit_code == EXIT_USAGE
    assert result.stdout == ""  # the demo stops before it starts, not after its report
    assert result.stderr == (
        f"ошибка: порт {busy_port} на 127.0.0.1 уже занят другой программой: укажите другой "
        f"порт (--port), например --port {busy_port + 1}, или остановите программу, которая "
        "его занимает\n"
    )


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://omis:secret@127.0.0.1/omis", "база mysql не поддерживается"),
        ("postgresql+asyncpg://omis@127.0.0.1/omis", "не установлен драйвер (asyncpg)"),
        ("not a database url", "адрес базы данных не подходит"),
    ],
)
def test_an_unusable_database_url_is_one_line_exit_2(run_cli, url: str, says: str) -> None:
    result = run_cli("--database", url, "requests", "history", "1")
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.startswith("ошибка: ")
    assert says in result.stderr
    assert result.stderr.count("\n") == 1
    assert "secret" not in result.stderr


def test_the_table_is_in_help_and_in_the_readme(run_cli) -> None:
    assert set(EXIT_CODES) == {EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED}
    shown = " ".join(run_cli("--help").stdout.split())
    readme = README.read_text(encoding="utf-8")
    for code, meaning in EXIT_CODES.items():
        assert f"{code} {meaning}" in shown
        assert re.search(rf"^\| `{code}` \|", readme, re.MULTILINE), (
            f"README lacks exit code {code}"
        )
