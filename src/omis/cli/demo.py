"""``omis demo``: the README's "run the main job" command."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

import click

from omis.cli import startup
from omis.cli.context import AppContext, pass_app
from omis.cli.ports import ensure_free

if TYPE_CHECKING:
    from omis.core.db import Database
    from omis.core.settings import Settings

DEMO_USER = "demo"


@click.command("demo")
@click.option("--no-web", is_flag=True, help="Не запускать веб-интерфейс после отчёта.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
              help="Порт веб-интерфейса демонстрации (слушает только 127.0.0.1).")  # fmt: skip
@pass_app
def demo(app: AppContext, no_web: bool, port: int) -> None:
    """Показать OMIS в работе на встроенных данных, в отдельной песочнице.

    Регистрирует примерные заявки, разбирает встроенные письма, печатает напоминания,
    синхронизирует ПОС с симулятором ДЕЛО, затем открывает веб-интерфейс на той же
    песочнице с одноразовым паролем. Настроенная рабочая база не открывается.

    \b
    Пример:
      omis demo
      omis demo --no-web
    """
    from omis.demo.run import run_demo

    if not no_web:
        ensure_free("127.0.0.1", port)  # before the demo runs, not after
    database, sandbox = run_demo(app.settings, click.echo)
    try:
        if not no_web:
            _serve(database, sandbox, port)
    finally:
        database.dispose()


def _serve(database: Database, sandbox: Settings, port: int) -> None:
    from waitress.server import create_server

    from omis.web.accounts import Role, add_user
    from omis.web.app import create_app

    password = secrets.token_urlsafe(9)  # a fresh sandbox, a fresh one-time password
    with database.session() as session:
        add_user(session, DEMO_USER, Role.ADMIN, password)
    # The sandbox is not production: a per-process secret key, plain-HTTP cookies on localhost.
    web = sandbox.web.model_copy(update={"production": False, "secret_key": None})
    flask_app = create_app(sandbox.with_section("web", web), database)
    startup.settled()  # a server from here on: the usual collector
    server = create_server(flask_app, host="127.0.0.1", port=port, threads=4)
    click.echo("\n== Веб-интерфейс (песочница)")
    click.echo(f"  http://127.0.0.1:{port}/  вход: {DEMO_USER} / {password}")
    click.echo("  остановить: Ctrl+C")
    try:
        server.run()
    except KeyboardInterrupt:
        click.echo("остановлен")
