from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from clitools import all_commands


def test_add_then_history_shows_the_registration(run_cli) -> None:
    added = run_cli(
        "requests",
        "add",
        "--number",
        "4512",
        "--position",
        "07",
        "--comment",
        "Замена кабеля",
        "--author",
        "Иванов",
    )
    assert added.exit_code == 0, added.output
    assert "заявка №4512, позиция 07: заявка отправлена" in added.stdout
    history = run_cli("requests", "history", "4512")
    assert history.exit_code == 0
    assert "поз. 07  — → заявка отправлена" in history.stdout
    assert "MSK" in history.stdout


def test_duplicate_pair_exits_2_with_a_message(run_cli) -> None:
    run_cli("requests", "add", "--number", "1", "--position", "1")
    again = run_cli("requests", "add", "--number", "1", "--position", "1")
    assert again.exit_code == 2
    assert again.stderr.strip() == "ошибка: позиция 1 заявки №1 уже есть"


def test_history_of_unknown_request_exits_2(run_cli) -> None:
    result = run_cli("requests", "history", "777")
    assert result.exit_code == 2  # not found: a usage error, not a failed job
    assert "заявка №777 не найдена" in result.stderr


def test_import_with_bad_lines_stores_nothing_and_exits_1(run_cli, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("request_number,position_number\n1,1\nx,2\n", encoding="utf-8")
    result = run_cli("requests", "import", str(source))
    assert result.exit_code == 1
    assert "строка 3: номер заявки" in result.stderr
    exported = run_cli("requests", "export", "--format", "json")
    assert json.loads(exported.stdout) == []


def test_export_filters_by_status(run_cli, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "request_number,position_number,comment\n1,1,один\n2,1,два\n", encoding="utf-8"
    )
    assert run_cli("requests", "import", str(source)).exit_code == 0
    sent = run_cli("requests", "export", "--format", "json", "--status", "заявка отправлена")
    assert [r["comment"] for r in json.loads(sent.stdout)] == ["один", "два"]
    none = run_cli("requests", "export", "--status", "подрядчик убыл")
    assert none.stdout.splitlines() == [
        "\ufeffrequest_number,position_number,status,status_changed_at,comment,comment_author,contractor"
    ]
    bad = run_cli("requests", "export", "--status", "едут")
    assert bad.exit_code == 2
    assert "неизвестный статус «едут»" in bad.stderr


def test_bad_configuration_exits_2_without_traceback(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_TIMEZONE", "Mars/Olympus")
    result = run_cli("requests", "history", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith("ошибка: OMIS_TIMEZONE")
    assert "Traceback" not in result.output


def test_unreachable_database_exits_1_with_a_message(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    result = run_cli("requests", "history", "1")
    assert result.exit_code == 1
    assert result.stderr.startswith("ошибка: ошибка базы данных")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "command"), all_commands(), ids=lambda v: str(v) if isinstance(v, str) else ""
)
def test_every_command_help_has_an_example(name: str, command: click.Command) -> None:
    assert command.help, f"omis {name} has no help"
    assert "Пример" in command.help, f"omis {name} --help has no example"


def test_python_dash_m_runs_the_same_cli() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "omis", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("omis, версия")


def test_unexpected_error_prints_one_line_and_logs_the_traceback(
    run_cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from omis.requests import store

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("деление на ноль")

    monkeypatch.setattr(store, "history", broken)
    run_cli("requests", "add", "--number", "1", "--position", "1")
    result = run_cli("requests", "history", "1")
    assert result.exit_code == 1
    assert "внутренняя ошибка: ZeroDivisionError: деление на ноль" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Traceback" in (tmp_path / "logs" / "error.log").read_text(encoding="utf-8")
