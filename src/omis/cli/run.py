"""``omis run`` and ``omis notify``: the scheduled entry points."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from omis.cli.context import AppContext, pass_app

if TYPE_CHECKING:
    from omis.runner.steps import Outcome

LEVELS = click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False)
BACKENDS = click.Choice(["graph", "imap", "ews", "dir", "fake"])


@click.command("run")
@click.option("--fake-mail", is_flag=True, help="Встроенные тестовые письма вместо ящика.")
@click.option("--dry-run", is_flag=True, help="Только показать: ничего не сохранять и не слать.")
@click.option(
    "--minutes", type=click.IntRange(min=1), help="Порог задержки для этого запуска, мин."
)
@click.option("--skip-mail", is_flag=True, help="Не разбирать почту.")
@click.option("--skip-notifier", is_flag=True, help="Не отправлять напоминания.")
@click.option("--skip-pos", is_flag=True, help="Не синхронизировать статусы ПОС.")
@click.option("--mail-backend", type=BACKENDS, help="Источник почты вместо OMIS_MAIL_BACKEND.")
@click.option("--log-level", type=LEVELS, help="Уровень журнала для этого запуска.")
@pass_app
def run(
    app: AppContext, fake_mail: bool, dry_run: bool, minutes: int | None, skip_mail: bool,
    skip_notifier: bool, skip_pos: bool, mail_backend: str | None, log_level: str | None,
) -> None:  # fmt: skip
    """Разбор почты, затем напоминания о задержках, затем синхронизация ПОС (если настроена).

    Каждый шаг — отдельное задание со своей блокировкой и записью в журнале запусков;
    ошибка одного шага не останавливает остальные. Код выхода 1, если какой-то шаг
    завершился ошибкой; 75, если все шаги уже выполняются другим процессом.
    С --fake-mail всё идёт в песочнице с примерами заявок (если не задан --database),
    оповещения только печатаются, ПОС не синхронизируется.

    \b
    Пример:
      omis run                      # по расписанию (cron, systemd, планировщик Windows)
      omis run --fake-mail --dry-run --minutes 30
      omis run --skip-pos --mail-backend imap
    """
    from omis.runner.run import RunOptions, run_all

    if log_level:
        app.log_level = log_level
    sandbox = fake_mail and not app.database_url
    options = RunOptions(
        fake_mail=fake_mail, dry_run=dry_run, minutes=minutes, skip_mail=skip_mail,
        skip_notifier=skip_notifier, skip_pos=skip_pos or sandbox, mail_backend=mail_backend,
    )  # fmt: skip
    if fake_mail:
        database, settings = app.fake_sandbox(lambda line: click.echo(line, err=True))
    else:
        database, settings = app.database(), app.settings
    report = run_all(database, settings, options, echo=click.echo)
    sys.exit(report.exit_code)


@click.command("notify")
@click.option(
    "--minutes", type=click.IntRange(min=1), help="Порог задержки для этого запуска, мин."
)
@click.option("--dry-run", is_flag=True, help="Показать, что было бы отправлено; ничего не слать.")
@pass_app
def notify(app: AppContext, minutes: int | None, dry_run: bool) -> None:
    """Найти задержанные позиции и отправить напоминания (и эскалации).

    Каждая задержка напоминается один раз, затем через OMIS_REMINDER_REPEAT_MINUTES,
    не больше OMIS_REMINDER_MAX_REMINDERS раз; смена статуса начинает цикл заново.
    Код выхода 1, если какие-то сообщения не доставлены (они будут повторены).

    \b
    Пример:
      omis notify --dry-run
      omis notify --minutes 30
    """
    from omis.reminders.notifier import run_notify
    from omis.runner.run import notify_outcome
    from omis.runner.steps import run_step

    database, settings = app.database(), app.settings

    def work() -> Outcome:
        counts = run_notify(database, settings, minutes=minutes, dry_run=dry_run, echo=click.echo)
        return notify_outcome(counts)

    result = run_step(database, settings, "notify", "напоминания", work, alert=not dry_run)
    click.echo(result.line())
    sys.exit(result.exit_code)
