"""``omis pos-sync`` and ``omis delo-sim``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from omis.cli.context import AppContext, pass_app
from omis.cli.outcome import show_result
from omis.cli.ports import ensure_free
from omis.cli.progress import TerminalProgress
from omis.core.errors import UsageError

if TYPE_CHECKING:
    from omis.runner.steps import Outcome

if TYPE_CHECKING:
    from omis.pos.sync import SyncProgress


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
    from omis.pos.config import YEARS_TEXT, supported

    if not supported(moment):
        raise UsageError(f"{name}: «{value}»: {YEARS_TEXT}")
    return moment


@click.command("pos-sync")
@click.option("--config-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Папка с processing_config.json и connection_config.json.")  # fmt: skip
@click.option("--installation", metavar="ИМЯ",
              help="Установка «Дела»: папка ИМЯ в OMIS_DELO_INSTALLATIONS_DIR.")  # fmt: skip
@click.option("--start", help="Начало окна (ISO 8601 со смещением) для разовой догрузки.")
@click.option("--end", help="Конец окна (ISO 8601 со смещением).")
@click.option("--dry-run", is_flag=True, help="Прочитать и решить, ничего не записывать.")
@click.option("--fix-drift/--no-fix-drift", default=None, help="Исправлять расхождения ПОС.")
@pass_app
def pos_sync(
    app: AppContext, config_dir: Path | None, installation: str | None, start: str | None,
    end: str | None, dry_run: bool, fix_drift: bool | None,
) -> None:  # fmt: skip
    """Синхронизировать рубрику «Статус ПОС» со статусом ССТУ в СЭД «Дело».

    Каждый запуск заполняет ПОС у новых обращений окна и ведёт открытые обращения
    (ПОС «в работе», зарегистрированы за followUpDays) до окончательного статуса.
    Длинный период (--start/--end или фиксированные даты) обрабатывается частями по
    maxDateRangeDays. Код выхода 1, если запуск не удался или какие-то строки не
    обновлены (они будут повторены при следующем запуске); 2 — ошибка настроек, в том
    числе отказ «Дела» во входе.

    \b
    Пример:
      omis pos-sync --config-dir /etc/omis/pos
      omis pos-sync --installation mo-angarsk
      omis pos-sync --start 2026-10-01T00:00+08:00 --end 2026-10-31T23:59+08:00 --dry-run
    """
    from omis.core.jobs import job_title
    from omis.pos.config import job_name
    from omis.pos.sync import run_pos_sync
    from omis.runner.steps import Outcome, run_step

    database, settings = app.database(), app.settings
    begin, finish = _moment(start, "--start"), _moment(end, "--end")
    job = job_name(installation)

    def work() -> Outcome:
        with _WindowProgress() as progress:
            report = run_pos_sync(
                database, settings, config_dir=config_dir, installation=installation,
                start=begin, end=finish, dry_run=dry_run, fix_drift=fix_drift, progress=progress,
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
    result = run_step(database, settings, job, job_title(job), work, alert=not dry_run)
    show_result(result)
    sys.exit(result.exit_code)


class _WindowProgress(TerminalProgress):
    """Over the chunks of the window."""

    label = "окно"

    def __call__(self, step: SyncProgress) -> None:
        self.show(
            completed=step.chunk - 1, total=step.chunks,
            description=f"часть {step.chunk} из {step.chunks}, прочитано {step.fetched}",
        )  # fmt: skip


def _rows(rows: list[tuple[int, str, str]], total: int) -> None:
    """ISN: current → target, for the rows the report kept; the rest as a count."""
    for isn, current, target in rows:
        click.echo(f"  {isn}: «{current or '—'}» → «{target}»")
    if total > len(rows):
        click.echo(f"  … и ещё {total - len(rows)}")


def _setting(
    name: str, kind: type, default: Any, text: str | None = None
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A setting of the simulator, its default shown in ``--help``."""
    return click.option(name, type=kind, default=default, show_default=True, help=text)


def _share(name: str, text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A fault given as a share of the answers, 0..1."""
    return _setting(name, float, 0.0, text)


@click.command("delo-sim")
@_setting("--port", int, 8088)
@_setting("--rows", int, 1000, "Строк рубрик вперемешку.")
@click.option(
    "--appeals",
    type=int,
    help="Вместо --rows: обращения на рассмотрении (ПОС «Назначен исполнитель»).",
)
@_setting("--days", float, 60, "За сколько дней зарегистрированы обращения --appeals.")
@click.option("--answer-every", type=float, help="Каждые N секунд отвечать часть обращений в ССТУ.")
@_setting("--answer-share", float, 0.1, "Какую долю обращений в работе отвечать.")
@_setting("--latency-ms", float, 0)
@_share("--fail-rate", "Доля ответов HTTP 5xx.")
@_share("--mutation-fail-rate", "Доля success:false.")
@_share("--graphql-error-rate", "Доля чтений с errors и data: null.")
@_share("--alias-error-rate", "Доля изменений с ошибкой GraphQL по псевдониму.")
@_share("--other-value-rate", "Доля success:true с другим записанным значением.")
@click.option(
    "--cursor-fault",
    type=click.Choice(["stall", "cycle", "short"]),
    help="Курсор стоит, ходит по кругу или чтение обрывается.",
)
@_setting("--cursor-fault-page", int, 1, "С какой страницы (0 — первая).")
@click.option(
    "--page-fault",
    type=click.Choice(["repeat", "overlap", "negative-total", "low-total", "oversize"]),
    help="Строка повторяется на странице или на следующей, totalCount -1 или меньше "
    "отданных строк, на странице строк больше запрошенного.",
)
@_setting("--page-fault-page", int, 0, "С какой страницы (0 — первая).")
@click.option("--hang", is_flag=True, help="Принимать соединения и никогда не отвечать.")
@click.option(
    "--echo-login", is_flag=True, help="Отказ во входе повторяет тело запроса (с паролем)."
)
@click.option("--session-ttl", type=float, help="Срок жизни сессии, с.")
@_setting("--user", str, "omis")
@_setting("--password", str, "omis")
def delo_sim(
    port: int, rows: int, appeals: int | None, days: float, answer_every: float | None,
    answer_share: float, user: str, password: str, **faults: Any,
) -> None:  # fmt: skip
    """Запустить симулятор ДЕЛО (GraphQL) на 127.0.0.1 для проверок и демонстрации.

    \b
    Пример:
      omis delo-sim --rows 10000 --latency-ms 20 --fail-rate 0.1
      omis delo-sim --appeals 3000 --days 50 --answer-every 60 --answer-share 0.2
      OMIS_DELO_URL=http://127.0.0.1:8088 OMIS_DELO_USERNAME=omis OMIS_DELO_PASSWORD=omis omis pos-sync
    """
    from omis.delosim import DeloSimulator
    from omis.delosim.data import generate_appeals

    ensure_free("127.0.0.1", port)
    data = (
        generate_appeals(appeals, registered_days=(0, days), answered_share=0) if appeals else rows
    )
    simulator = DeloSimulator(data, port=port, user=user, password=password, **faults)
    if answer_every:
        simulator.answer_every(answer_every, answer_share)
    click.echo(f"симулятор ДЕЛО: {simulator.base_url} (пользователь {user}); Ctrl+C — остановить")
    try:
        simulator.serve_forever()
    except KeyboardInterrupt:
        click.echo("остановлен")
