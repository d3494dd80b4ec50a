"""``omis watchdog``: alert once when a scheduled job stops succeeding, once on recovery."""

from __future__ import annotations

import sys
from datetime import tzinfo

import click

from omis.cli.context import AppContext, pass_app
from omis.core.errors import EXIT_FAILED
from omis.core.timefmt import local_time
from omis.ops.watchdog import JobHealth, job_health, run_watchdog

STATE_LABELS = {"ok": "в порядке", "failing": "НЕ РАБОТАЕТ", "waiting": "ожидает первого запуска"}


@click.command("watchdog")
@click.option(
    "--dry-run", is_flag=True, help="Только показать состояние заданий: ничего не отправлять."
)
@pass_app
def watchdog(app: AppContext, dry_run: bool) -> None:
    """Проверить, что задания выполняются, и оповестить о сбое (один раз) и о восстановлении.

    Задание считается сломанным, если его последний запуск завершился ошибкой или
    успешного запуска не было дольше двух периодов (почта и напоминания: 10 мин,
    ПОС: 60 мин). Код выхода 1: оповещение о сбое доставить не удалось.

    \b
    Пример:
      omis watchdog --dry-run
    """
    database = app.database()
    tz = app.settings.core.tz
    if dry_run:
        for health in job_health(database, app.settings):
            click.echo(health_line(health, tz))
        return
    outcomes = run_watchdog(database, app.settings)
    for outcome in outcomes:
        click.echo(health_line(outcome.health, tz))
        if outcome.sent:
            click.echo(f"  отправлено: {outcome.sent.text}")
        if outcome.delivery_error:
            click.echo(f"  оповещение не доставлено: {outcome.delivery_error}", err=True)
    if not outcomes:
        click.echo("нет заданий для наблюдения: ни одно не запускалось и не настроено")
    if any(outcome.delivery_error for outcome in outcomes):
        sys.exit(EXIT_FAILED)


def health_line(health: JobHealth, tz: tzinfo) -> str:
    success = local_time(health.last_success_at, tz) if health.last_success_at else "—"
    line = f"{health.job}: {STATE_LABELS[health.state]}; последний успешный запуск: {success}"
    return f"{line}; {health.reason}" if health.reason else line
