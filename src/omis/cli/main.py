"""The ``omis`` command line: a thin shell over the library.

Start-up is kept short: the group knows its commands by module path and imports one only
when it is run (or when ``--help`` lists it); the command modules import the library
inside their functions. Exit codes: :data:`omis.core.errors.EXIT_CODES`.
"""

from __future__ import annotations

import errno
import importlib
import logging
import sys
from pathlib import Path

import click

from omis import __version__
from omis.cli import i18n, startup
from omis.cli.context import AppContext
from omis.cli.ports import busy_text
from omis.core.errors import EXIT_CODES, EXIT_FAILED, EXIT_USAGE, OmisError, path_problem

log = logging.getLogger("omis")

LEVELS = click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False)

# command name -> "module:attribute"; the module is imported only when the command is needed.
COMMANDS: dict[str, str] = {
    "db": "omis.cli.db:db",
    "requests": "omis.cli.requests:requests_group",
    "contractors": "omis.cli.contractors:contractors_group",
    "demo": "omis.cli.demo:demo",
    "doctor": "omis.cli.doctor:doctor",
    "watchdog": "omis.cli.watchdog:watchdog",
    "mail-check": "omis.cli.mail:mail_check",
    "review": "omis.cli.mail:review_group",
    "mail": "omis.cli.letters:mail_group",
    "letters": "omis.cli.letters:letters_group",
    "pos-sync": "omis.cli.pos_sync:pos_sync",
    "delo-sim": "omis.cli.pos_sync:delo_sim",
    "report": "omis.cli.report:report",
    "run": "omis.cli.run:run",
    "notify": "omis.cli.run:notify",
    "scenario": "omis.cli.scenario:scenario",
    "user": "omis.cli.users:user_group",
    "web": "omis.cli.web:web",
}


def exit_codes_epilog() -> str:
    lines = [f"  {code:<3} {meaning}" for code, meaning in EXIT_CODES.items()]
    return "\b\nКоды выхода:\n" + "\n".join(lines)


class LazyGroup(click.Group):
    """click's lazy-loading group: subcommands named by import path, loaded on demand."""

    def __init__(self, *args: object, lazy_commands: dict[str, str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands and cmd_name not in self.commands:
            self.add_command(load_command(self.lazy_commands[cmd_name]), cmd_name)
        return super().get_command(ctx, cmd_name)


def load_command(path: str) -> click.Command:
    module_name, _, attribute = path.partition(":")
    command = getattr(importlib.import_module(module_name), attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{path} is not a click command")
    return i18n.localize(command)


@click.group(
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=exit_codes_epilog(),
    options_metavar=i18n.OPTIONS_METAVAR,
    subcommand_metavar=i18n.SUBCOMMAND_METAVAR,
)
@click.version_option(
    __version__, prog_name="omis", message="%(prog)s, версия %(version)s",
    help="Показать версию и выйти.",
)  # fmt: skip
@click.option(
    "--log-level", type=LEVELS, metavar="УРОВЕНЬ",
    help="Уровень журнала: debug, info, warning, error (по умолчанию OMIS_LOG_LEVEL).",
)  # fmt: skip
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="ФАЙЛ",
    help="Файл настроек TOML (по умолчанию OMIS_CONFIG).",
)
@click.option(
    "--database", "database_url", metavar="URL", help="URL базы данных вместо OMIS_DATABASE_URL."
)
@click.pass_context
def cli(
    ctx: click.Context, log_level: str | None, config_file: Path | None, database_url: str | None
) -> None:
    """OMIS: статусы заявок подрядчиков по письмам, напоминания о задержках, синхронизация
    статусов ПОС в СЭД «Дело».

    \b
    Пример:
      omis requests add --number 4512 --position 1 --comment "Замена кабеля"
    """
    app = AppContext(log_level=log_level, config_file=config_file, database_url=database_url)
    ctx.obj = app
    ctx.call_on_close(app.close)


def entry() -> None:
    """The ``omis`` script and ``python -m omis``: :func:`main` with the collector set for a
    short-lived process (:mod:`omis.cli.startup`)."""
    startup.begin()
    main()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the group, turning every error into a message and an exit code."""
    i18n.install()
    try:
        code = cli.main(args=argv, prog_name="omis", standalone_mode=False)
    except OmisError as exc:
        click.secho(f"ошибка: {exc}", fg="red", err=True)
        log.debug("команда не выполнена", exc_info=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("прервано", err=True)
        sys.exit(EXIT_FAILED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code if exc.exit_code != 1 else EXIT_USAGE)
    except OSError as exc:
        _os_error(exc)
    except Exception as exc:
        _internal_error(exc)
    sys.exit(code if isinstance(code, int) else 0)


def _os_error(exc: OSError) -> None:
    """A port taken or a path that cannot be used (``-o`` into a missing folder, an
    unwritable data directory) is the caller's to fix: one line, exit 2. Anything else is
    a bug."""
    # EADDRINUSE: a server bound its port after the command's own check (someone took it).
    message = busy_text(None) if exc.errno == errno.EADDRINUSE else path_problem(exc)
    if message is None:
        _internal_error(exc)
    click.secho(f"ошибка: {message}", fg="red", err=True)
    log.debug("команда не выполнена", exc_info=True)
    sys.exit(EXIT_USAGE)


def _internal_error(exc: BaseException) -> None:
    """A bug: the operator gets one line, the log gets the traceback."""
    from omis.core.logs import FILES_ONLY

    # The traceback for the log files; the console gets the one line below, not two.
    log.error("внутренняя ошибка: %s", exc, exc_info=True, extra=FILES_ONLY)
    click.secho(f"внутренняя ошибка: {type(exc).__name__}: {exc}", fg="red", err=True)
    sys.exit(EXIT_FAILED)
