"""``omis report``: the reports of the web page's «Отчёты», in a terminal or a file."""

from __future__ import annotations

from pathlib import Path

import click

from omis.cli.context import AppContext, pass_app

# The names here, not imported: printing help must not load the reports (SQLAlchemy, xlsx).
# tests/cli/test_cli_report.py checks they are the library's.
FIGURES = ("contractors", "mail", "delays", "pos")
FORMATS = ("table", "csv", "json", "xlsx")


@click.command("report")
@click.argument("figure", type=click.Choice(FIGURES), metavar="ОТЧЁТ")
@click.option("--since", help="Первый день периода: ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.")
@click.option("--until", help="Последний день периода (включительно); по умолчанию сегодня.")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
    help="csv — основная таблица; json — весь отчёт; xlsx — файл Excel со всеми таблицами.",
)  # fmt: skip
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
    help="Файл вместо вывода на экран (для xlsx по умолчанию omis-ОТЧЁТ-С_ПО.xlsx).",
)  # fmt: skip
@pass_app
def report(
    app: AppContext,
    figure: str,
    since: str | None,
    until: str | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Отчёт за период (по умолчанию последние 30 дней):

    \b
    contractors — длительность этапов по подрядчикам (медиана, 90-й процентиль,
                  превышения предела), открытые позиции;
    mail        — доля писем, разобранных автоматически, по дням; очередь разбора;
    delays      — просроченные позиции, напоминания и эскалации по дням;
    pos         — синхронизация ПОС по дням и установкам.

    Время считается в часовом поясе OMIS_TIMEZONE; при рабочем календаре напоминаний
    (OMIS_REMINDER_WORKING_HOURS) длительности считаются в рабочем времени.

    \b
    Пример:
      omis report contractors --since 2026-11-01 --until 2026-11-30 --format xlsx
    """
    from omis.core.clock import now
    from omis.reports.export import figure_name, to_csv, to_json, to_text, to_xlsx
    from omis.reports.figures import compute, report_period
    from omis.reports.period import parse_day

    settings, at = app.settings, now()
    period = report_period(settings, at, parse_day(since, "--since"), parse_day(until, "--until"))
    with app.database().read_session() as session:
        result = compute(figure, session, settings, period, at)
    tz = settings.core.tz
    if fmt == "xlsx":
        target = output or Path(f"omis-{figure_name(result)}-{period.first}_{period.last}.xlsx")
        target.write_bytes(to_xlsx(result, tz, at))
        click.echo(f"сохранено: {target}")
        return
    if fmt == "json":
        text = to_json(result)
    else:
        text = to_csv(result, tz) if fmt == "csv" else to_text(result, tz)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
