"""``omis pos-sync`` and ``omis delo-sim``."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from omis.cli.context import AppContext, pass_app
from omis.core.errors import UsageError
from omis.runner.steps import Outcome, run_step


def _moment(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(
            f"{name}: «{value}» не дата ISO 8601 (например 2026-11-01T00:00+03:00)"
        ) from exc
    if moment.tzinfo is None:
        raise UsageError(
            f"{name}: укажите смещение часового пояса, например 2026-11-01T00:00+03:00"
        )
    return moment


@click.command("pos-sync")
@click.option("--config-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Папка с processing_config.json и connection_config.json.")  # fmt: skip
@click.option("--start", help="Начало окна (ISO 8601 со смещением) для разовой догрузки.")
@click.option("--end", help="Конец окна (ISO 8601 со смещением).")
@click.option("--dry-run", is_flag=True, help="Прочитать и решить, ничего не записывать.")
@click.option("--fix-drift/--no-fix-drift", default=None, help="Исправлять расхождения ПОС.")
@pass_app
def pos_sync(
    app: AppContext, config_dir: Path | None, start: str | None, end: str | None,
    dry_run: bool, fix_drift: bool | None,
) -> None:  # fmt: skip
    """Синхронизировать рубрику «Статус ПОС» со статусом ССТУ в СЭД «Дело».

    Код выхода 1, если запуск не удался или какие-то строки не обновлены
    (они будут повторены при следующем запуске).

    \b
    Пример:
      omis pos-sync --config-dir /etc/omis/pos
      omis pos-sync --start 2026-10-01T00:00+08:00 --end 2026-10-31T23:59+08:00 --dry-run
    """
    from omis.pos.sync import run_pos_sync

    database, settings = app.database(), app.settings
    begin, finish = _moment(start, "--start"), _moment(end, "--end")

    def work() -> Outcome:
        report = run_pos_sync(
            database, settings, config_dir=config_dir, start=begin, end=finish,
            dry_run=dry_run, fix_drift=fix_drift,
        )  # fmt: skip
        if report.plan:
            click.echo("будет записано:")
            _rows(report.plan, report.counts["to_update"])
        if report.unmapped:
            values = ", ".join(f"«{v}» ({n})" for v, n in report.unmapped.most_common())
            click.echo(f"без сопоставления (не записаны): {values}")
        if report.drift:
            fix = "исправляются" if report.fix_drift else "не исправляются без --fix-drift"
            click.echo(f"расхождения: ПОС заполнен другим значением ({fix}):")
            _rows(report.drift, report.counts["drift"])
        for isn, message in sorted(report.failures.items())[:50]:
            click.echo(f"  не обновлена строка {isn}: {message}", err=True)
        return Outcome(report.summary(), report.problem)

    # One alert when the sync starts failing (a bad config file included), one on recovery.
    result = run_step(database, settings, "pos", "синхронизация ПОС", work, alert=not dry_run)
    click.echo(result.line(), err=result.state != "ok")
    sys.exit(result.exit_code)


def _rows(rows: list[tuple[int, str, str]], total: int) -> None:
    """ISN: current → target, for the rows the report kept; the rest as a count."""
    for isn, current, target in rows:
        click.echo(f"  {isn}: «{current or '—'}» → «{target}»")
    if total > len(rows):
        click.echo(f"  … и ещё {total - len(rows)}")


@click.command("delo-sim")
@click.option("--port", type=int, default=8088, show_default=True)
@click.option("--rows", type=int, default=1000, show_default=True)
@click.option("--latency-ms", type=float, default=0, show_default=True)
@click.option(
    "--fail-rate", type=float, default=0.0, show_default=True, help="Доля ответов HTTP 5xx."
)
@click.option(
    "--mutation-fail-rate", type=float, default=0.0, show_default=True, help="Доля success:false."
)
@click.option("--session-ttl", type=float, help="Срок жизни сессии, с.")
@click.option("--user", default="omis", show_default=True)
@click.option("--password", default="omis", show_default=True)
def delo_sim(
    port: int, rows: int, latency_ms: float, fail_rate: float, mutation_fail_rate: float,
    session_ttl: float | None, user: str, password: str,
) -> None:  # fmt: skip
    """Запустить симулятор ДЕЛО (GraphQL) на 127.0.0.1 для проверок и демонстрации.

    \b
    Пример:
      omis delo-sim --rows 10000 --latency-ms 20 --fail-rate 0.1
      OMIS_DELO_URL=http://127.0.0.1:8088 OMIS_DELO_USERNAME=omis OMIS_DELO_PASSWORD=omis omis pos-sync
    """
    from omis.delosim import DeloSimulator

    simulator = DeloSimulator(
        rows, port=port, latency_ms=latency_ms, fail_rate=fail_rate,
        mutation_fail_rate=mutation_fail_rate, session_ttl=session_ttl, user=user, password=password,
    )  # fmt: skip
    click.echo(f"симулятор ДЕЛО: {simulator.base_url} (пользователь {user}); Ctrl+C — остановить")
    try:
        simulator.serve_forever()
    except KeyboardInterrupt:
        click.echo("остановлен")
