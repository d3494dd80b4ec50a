"""``omis mail replay`` and ``omis letters export``: stored letters under the current rules,
and all of them as a table."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from pathlib import Path

import click

from omis.cli.context import AppContext, pass_app

DATE = click.DateTime(formats=["%Y-%m-%d", "%d.%m.%Y"])


def since_moment(day: datetime | date | None, tz: tzinfo) -> datetime | None:
    """Midnight of ``--since`` in the configured zone, as aware UTC; a year out of range
    is a usage error, as in ``omis report``."""
    if day is None:
        return None
    from omis.core.clock import as_utc
    from omis.core.days import check_day

    check_day(day, "--since")

    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    return as_utc(start)


@click.group("mail")
def mail_group() -> None:
    """Письма подрядчиков: перепроверка сохранённых писем по текущим правилам.

    \b
    Пример:
      omis mail replay --since 2026-11-01
    """


@mail_group.command("replay")
@click.option("--since", type=DATE, help="Только письма, полученные с этой даты (ГГГГ-ММ-ДД).")
@click.option("--apply", "apply_", is_flag=True, help="Выполнить то, что допускает жизненный цикл.")
@pass_app
def replay_command(app: AppContext, since: datetime | None, apply_: bool) -> None:
    """Заново решить сохранённые письма по текущим правилам и показать разницу.

    Без --apply ничего не меняется. С --apply выполняется только то, что допускает
    жизненный цикл: движение позиций вперёд и выход писем из очереди разбора; записи в
    истории получают автора «перепроверка» и новые основания. Повторный запуск с --apply
    ничего не меняет.

    \b
    Пример:
      omis mail replay --since 2026-11-01
      omis mail replay --apply
    """
    from omis.mail.replay import replay
    from omis.mail.rules import default_rules

    moment = since_moment(since, app.settings.core.tz)
    with app.database().session(commit=apply_) as session:
        mode = app.settings.mail.mail_sender_check
        changes = replay(session, default_rules(), since=moment, apply=apply_, sender_check=mode)
        for change in changes:
            click.echo(change.describe())
    done = sum(change.done for change in changes)
    tail = f", выполнено: {done}" if apply_ else " (пробный просмотр: ничего не изменено)"
    click.echo(f"писем с другим решением: {len(changes)}{tail}")


@click.group("letters")
def letters_group() -> None:
    """Сохранённые письма.

    \b
    Пример:
      omis letters export --format csv --since 2026-11-01
    """


@letters_group.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option("--since", type=DATE, help="Только письма, полученные с этой даты (ГГГГ-ММ-ДД).")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Файл вместо stdout."
)
@pass_app
def export_command(app: AppContext, fmt: str, since: datetime | None, output: Path | None) -> None:
    """Выгрузить все письма: Message-ID, время получения, отправитель, тема, итог, причина,
    заявка, позиции (пусто — вся заявка), статус и основания решения.

    \b
    Пример:
      omis letters export --format json --since 2026-11-01 -o letters.json
    """
    from omis.mail import export as letter_export

    tz = app.settings.core.tz
    moment = since_moment(since, tz)
    with app.database().session(commit=False) as session:
        records = [
            letter_export.record(letter, tz) for letter in letter_export.letters(session, moment)
        ]
    text = letter_export.to_csv(records) if fmt == "csv" else letter_export.to_json(records)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"писем выгружено: {len(records)} → {output}", err=True)
