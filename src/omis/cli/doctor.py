"""``omis doctor``: the first command an administrator runs after installing OMIS."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from omis.cli.context import AppContext, pass_app
from omis.core.errors import EXIT_FAILED, ConfigError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from omis.ops.checks.base import CheckResult

STYLES = {"ok": "green", "warn": "yellow", "fail": "bold red", "off": "dim"}
PLAIN_WIDTH = 160  # journald, pipes, files: wide lines rather than hints cut into pieces


@click.command("doctor")
@pass_app
def doctor(app: AppContext) -> None:
    """Проверить настройки и все подключённые внешние системы.

    Проверяются: база данных и версия схемы, каталоги журналов и данных, часы и часовой
    пояс, почтовый ящик (вход и папка), Telegram (токен и чат), SMTP (вход), «Дело»
    (вход и выход). Для каждой ошибки выводится, что исправить. Не настроенные системы
    показываются как «не настроено» и ошибкой не считаются. Код выхода 1, если есть ошибки.

    \b
    Пример:
      sudo -u omis /opt/omis/venv/bin/omis doctor
    """
    from pydantic_settings import SettingsError

    from omis.ops.doctor import configuration_failure, failed, run_doctor

    try:
        results = run_doctor(app.settings)
    except (ConfigError, SettingsError) as exc:
        results = [configuration_failure(exc)]
    render(results, _console())
    if failed(results):
        sys.exit(EXIT_FAILED)


def _console() -> Console:
    from rich.console import Console

    console = Console(highlight=False)
    return console if console.is_terminal else Console(highlight=False, width=PLAIN_WIDTH)


def render(results: list[CheckResult], console: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="omis doctor", show_lines=True, title_justify="left")
    table.add_column("Проверка", no_wrap=True)
    table.add_column("Итог", no_wrap=True)
    table.add_column("Подробности и что сделать")
    for result in results:
        cell = Text(result.detail)
        if result.hint:
            cell.append("\n→ " + result.hint, style="yellow")
        table.add_row(result.name, Text(result.state.label, style=STYLES[result.state.value]), cell)
    console.print(table)
    console.print(_summary(results))


def _summary(results: list[CheckResult]) -> Text:
    from rich.text import Text

    from omis.ops.checks.base import State

    errors = sum(1 for result in results if result.state is State.FAIL)
    warnings = sum(1 for result in results if result.state is State.WARN)
    if errors:
        return Text(f"Ошибок: {errors}, предупреждений: {warnings}.", style="bold red")
    if warnings:
        return Text(f"Ошибок нет, предупреждений: {warnings}.", style="yellow")
    return Text("Всё в порядке.", style="green")
