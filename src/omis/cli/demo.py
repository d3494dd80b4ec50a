"""``omis demo``: the README's "run the main job" command."""

from __future__ import annotations

import click

from omis.cli.context import AppContext, pass_app
from omis.demo.run import run_demo


@click.command("demo")
@click.option("--no-web", is_flag=True, help="Не запускать веб-интерфейс после отчёта.")
@pass_app
def demo(app: AppContext, no_web: bool) -> None:
    """Показать OMIS в работе на встроенных данных, в отдельной песочнице.

    Настроенная рабочая база не открывается и не изменяется.

    \b
    Пример:
      omis demo --no-web
    """
    database, _sandbox = run_demo(app.settings, click.echo)
    database.dispose()
