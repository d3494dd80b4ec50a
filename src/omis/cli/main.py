"""The ``omis`` command line: a thin shell over the library.

Exit codes: 0 success; 1 the job failed or some items failed; 2 usage or configuration
error; 75 another instance of the job is already running.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from omis import __version__
from omis.cli import contractors as contractor_commands
from omis.cli import db as db_commands
from omis.cli import demo as demo_commands
from omis.cli import doctor as doctor_commands
from omis.cli import letters as letter_commands
from omis.cli import mail as mail_commands
from omis.cli import pos_sync as pos_commands
from omis.cli import report as report_commands
from omis.cli import requests as request_commands
from omis.cli import run as run_commands
from omis.cli import scenario as scenario_commands
from omis.cli import users as user_commands
from omis.cli import watchdog as watchdog_commands
from omis.cli import web as web_commands
from omis.cli.context import AppContext
from omis.core.errors import EXIT_FAILED, EXIT_USAGE, OmisError

log = logging.getLogger("omis")

LEVELS = click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="omis")
@click.option("--log-level", type=LEVELS, help="Уровень журнала (по умолчанию OMIS_LOG_LEVEL).")
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Файл настроек TOML (по умолчанию OMIS_CONFIG).",
)
@click.option("--database", "database_url", help="URL базы данных вместо OMIS_DATABASE_URL.")
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


COMMANDS: list[click.Command] = [
    db_commands.db,
    request_commands.requests_group,
    contractor_commands.contractors_group,
    demo_commands.demo,
    doctor_commands.doctor,
    watchdog_commands.watchdog,
    mail_commands.mail_check,
    mail_commands.review_group,
    letter_commands.mail_group,
    letter_commands.letters_group,
    pos_commands.pos_sync,
    pos_commands.delo_sim,
    report_commands.report,
    run_commands.run,
    run_commands.notify,
    scenario_commands.scenario,
    user_commands.user_group,
    web_commands.web,
]
for command in COMMANDS:
    cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the group, turning every error into a message and an exit code."""
    try:
        code = cli.main(args=argv, prog_name="omis", standalone_mode=False)
    except OmisError as exc:
        click.secho(f"ошибка: {exc}", fg="red", err=True)
        log.debug("command failed", exc_info=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("прервано", err=True)
        sys.exit(EXIT_FAILED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code if exc.exit_code != 1 else EXIT_USAGE)
    except Exception as exc:  # a bug: the operator gets one line, the log gets the traceback
        log.error("unexpected error: %s", exc, exc_info=True)  # traceback: log files only
        click.secho(f"внутренняя ошибка: {type(exc).__name__}: {exc}", fg="red", err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(code if isinstance(code, int) else 0)
