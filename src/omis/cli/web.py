"""``omis web``: the development server. Production runs ``omis.web.wsgi:app`` under
gunicorn (Linux) or waitress (Windows)."""

from __future__ import annotations

import click

from omis.cli.context import AppContext, pass_app
from omis.cli.ports import ensure_free


@click.command("web")
@click.option("--host", default="127.0.0.1", show_default=True, help="Адрес для прослушивания.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--debug", is_flag=True, help="Отладчик и перезагрузка (только при OMIS_WEB_PRODUCTION=false)."
)
@pass_app
def web(app: AppContext, host: str, port: int, debug: bool) -> None:
    """Запустить веб-интерфейс для разработки (встроенный сервер Flask).

    В рабочем режиме используйте gunicorn (Linux) или waitress (Windows):
    gunicorn --workers 2 --bind 127.0.0.1:8000 omis.web.wsgi:app

    \b
    Пример:
      OMIS_WEB_PRODUCTION=false omis web --port 8080 --debug
    """
    # Flask loads only when the web is wanted: every other command starts faster.
    from omis.web.app import create_app
    from omis.web.config import check_debug

    settings = app.settings
    ensure_free(host, port)
    debug = check_debug(settings.web, debug or settings.web.debug)
    flask_app = create_app(settings, app.database())
    click.echo(f"OMIS: веб-интерфейс на http://{host}:{port}/ (остановить: Ctrl+C)")
    flask_app.run(host=host, port=port, debug=debug, use_reloader=debug)
