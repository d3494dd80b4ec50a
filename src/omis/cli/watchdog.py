"""``omis watchdog``: alert once when a scheduled job stops succeeding, once on recovery."""

from __future__ import annotations

import sys
from datetime import tzinfo
from typing import TYPE_CHECKING

import click

from omis.cli.context import AppContext, pass_app
from omis.core.errors import EXIT_FAILED
from omis.core.timefmt import local_time

if TYPE_CHECKING:
    from omis.ops.watchdog import JobHealth

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
    ПОС: 60 мин). Сообщение уходит в каналы оповещений (Telegram, SMTP) и записывается
    в журнал уведомлений; «отправлено» — только то, что канал принял. Код выхода 1:
    сообщение доставить не удалось, следующий запуск отправит его снова.

    \b
    Пример:
      omis watchdog --dry-run
    """
    from omis.notify.alerts import send_watchdog_alert
    from omis.ops.watchdog import Alert, job_health, run_watchdog

    database = app.database()
    tz = app.settings.core.tz
    if dry_run:
        for health in job_health(database, app.settings):
            click.echo(health_line(health, tz))
        return

    def send(alert: Alert) -> bool:
        return send_watchdog_alert(
            database, app.settings, alert.job, alert.failing, alert.key, alert.text, click.echo
        )

    outcomes = run_watchdog(database, app.settings, send)
    for outcome in outcomes:
        click.echo(health_line(outcome.health, tz))
        if outcome.sent:
            click.echo(f"  отправлено: {outcome.sent.text}")
        if outcome.no_channel:
            click.echo(
                f"  не отправлено (каналы оповещений не настроены): {outcome.no_channel.text}"
            )
        if outcome.delivery_error:
            click.echo(f"  оповещение не доставлено: {outcome.delivery_error}", err=True)
    if not outcomes:
        click.echo("нет заданий для наблюдения: ни одно не запускалось и не настроено")
    if any(outcome.delivery_error for outcome in outcomes):
        sys.exit(EXIT_FAILED)


def health_line(health: JobHealth, tz: tzinfo) -> str:
    success = local_time(health.last_success_at, tz) if health.last_success_at else "—"
    from omis.core.jobs import job_title  # the jobs' names in words; codes stay in logs

    title = job_title(health.job)
    line = f"{title}: {STATE_LABELS[health.state]}; последний успешный запуск: {success}"
    return f"{line}; {health.reason}" if health.reason else line
