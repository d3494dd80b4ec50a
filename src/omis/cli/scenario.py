"""``omis scenario``: named step lists run in a sandbox, with a readable transcript."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from omis.cli.context import AppContext, pass_app
from omis.core.errors import EXIT_FAILED, UsageError


def _default_file() -> Path:
    """``ops/testing/scenarios.json`` here, else the one next to the installed sources."""
    from omis.scenarios.model import DEFAULT_FILE

    if DEFAULT_FILE.is_file():
        return DEFAULT_FILE
    checkout = Path(__file__).resolve().parents[3] / DEFAULT_FILE
    return checkout if checkout.is_file() else DEFAULT_FILE


@click.command("scenario")
@click.argument("name", required=False, metavar="[СЦЕНАРИЙ]")
@click.option("--list", "list_only", is_flag=True, help="Показать сценарии и их шаги.")
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Файл сценариев (по умолчанию ops/testing/scenarios.json).")  # fmt: skip
@click.option("--database", "database_url",
              help="Выполнить в этой базе вместо временной песочницы.")  # fmt: skip
@pass_app
def scenario(
    app: AppContext, name: str | None, list_only: bool, path: Path | None, database_url: str | None
) -> None:
    """Выполнить сценарий проверки цепочки (заявки → почта → напоминания).

    Сценарий работает во временной базе-песочнице и удаляет её после себя; рабочая
    база не открывается, если не указан --database. Сообщения печатаются, не отправляются.

    \b
    Пример:
      omis scenario --list
      omis scenario basic_sequence
      omis scenario reminder_escalation --file ./my-scenarios.json
    """
    from omis.scenarios.model import load_scenarios
    from omis.scenarios.play import play, stage

    source = path or _default_file()
    scenarios = load_scenarios(source)
    if list_only or name is None:
        for title, steps in scenarios.items():
            click.echo(f"{title}: {' → '.join(step.action for step in steps)}")
        return
    if name not in scenarios:
        known = ", ".join(scenarios) or "нет ни одного"
        raise UsageError(f"сценарий «{name}» не найден в {source}; есть: {known}")
    with stage(app.settings, database_url or app.database_url) as where:
        ok = play(where, name, scenarios[name], click.echo)
    if not ok:
        sys.exit(EXIT_FAILED)
