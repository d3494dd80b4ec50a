"""``omis requests``: register, import, export requests and show their history."""

from __future__ import annotations

import sys
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

import click

from omis.cli.context import AppContext, pass_app, read_input
from omis.core.errors import EXIT_FAILED
from omis.core.timefmt import local_time
from omis.requests.lifecycle import Actor, Status

if TYPE_CHECKING:
    from omis.requests.models import StatusChange


@click.group("requests")
def requests_group() -> None:
    """Заявки подрядчику и их позиции.

    \b
    Пример:
      omis requests history 4512
    """


@requests_group.command("add")
@click.option("--number", required=True, help="Номер заявки (цифры, как написано: «07»).")
@click.option("--position", required=True, help="Номер позиции.")
@click.option("--comment", help="Комментарий.")
@click.option("--author", help="Автор комментария.")
@click.option("--contractor", help="Подрядчик из справочника (omis contractors list).")
@pass_app
def add(
    app: AppContext,
    number: str,
    position: str,
    comment: str | None,
    author: str | None,
    contractor: str | None,
) -> None:
    """Зарегистрировать позицию заявки (заявка создаётся, если её ещё нет).

    \b
    Пример:
      omis requests add --number 4512 --position 1 --comment "Замена кабеля" --author Иванов
      omis requests add --number 4512 --position 2 --contractor "СтройСервис"
    """
    from omis.contractors import store as contractors
    from omis.requests import store

    new = store.NewPosition(number, position, comment, author)
    with app.database().session() as session:
        owner = contractors.require(session, contractor) if contractor else None
        created = store.add_position(session, new, actor=Actor.OPERATOR, actor_name=author)
        if owner is not None:
            contractors.attach(created.request, owner)
        who = f", подрядчик «{owner.name}»" if owner else ""
        click.echo(
            f"заявка №{created.request.number}, позиция {created.number}: {created.status}{who}"
        )


@requests_group.command("import")
@click.argument(
    "file", metavar="ФАЙЛ", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--skip-invalid", is_flag=True, help="Загрузить верные строки, об остальных сообщить."
)
@click.option("--author", help="Кто загружает (попадает в историю).")
@pass_app
def import_command(app: AppContext, file: Path, skip_invalid: bool, author: str | None) -> None:
    """Загрузить позиции из CSV (UTF-8 или Windows-1251, строка заголовка обязательна).

    Заголовок: request_number,position_number,comment,comment_author[,contractor]
    (или по-русски: номер заявки,номер позиции,комментарий,автор,подрядчик). По умолчанию
    всё или ничего: при любой ошибке ничего не сохраняется.

    \b
    Пример:
      omis requests import заявки.csv --skip-invalid
    """
    from omis.requests import csvio

    report = csvio.parse_csv(read_input(file))
    with app.database().session() as session:
        csvio.import_csv(session, report, skip_invalid=skip_invalid, actor_name=author)
    for error in report.errors:
        click.echo(str(error), err=True)
    if report.errors and not skip_invalid:
        click.echo(f"ничего не загружено: ошибок {len(report.errors)}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(
        f"загружено позиций: {report.imported}; пропущено строк с ошибками: {len(report.errors)}"
    )
    if report.errors:
        sys.exit(EXIT_FAILED)


@requests_group.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option("--status", help="Только позиции в этом статусе (например «подрядчик в пути»).")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Файл вместо stdout."
)
@pass_app
def export(app: AppContext, fmt: str, status: str | None, output: Path | None) -> None:
    """Выгрузить все позиции: номера, статус, время изменения (ISO 8601 со смещением), комментарий.

    \b
    Пример:
      omis requests export --format json --status "подрядчик в пути"
    """
    from omis.requests import csvio, store

    wanted = None if status is None else Status.from_user(status)
    with app.database().session() as session:
        records = csvio.export_records(store.list_positions(session, wanted), app.settings.core.tz)
    text = csvio.to_csv(records) if fmt == "csv" else csvio.to_json(records)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@requests_group.command("history")
@click.argument("number", metavar="НОМЕР")
@pass_app
def history_command(app: AppContext, number: str) -> None:
    """Показать историю заявки: все решения о статусах, применённые и нет, в порядке
    записи; у писем — когда подрядчик написал и когда OMIS записал решение.

    \b
    Пример:
      omis requests history 4512
    """
    from omis.requests import store

    tz = app.settings.core.tz
    with app.database().session() as session:
        for change in store.history(session, number.strip()):
            click.echo(_history_line(change, tz))


def _history_line(change: StatusChange, tz: tzinfo) -> str:
    when = local_time(change.changed_at, tz)
    recorded = local_time(change.recorded_at, tz)
    if recorded != when:
        when = f"{when} (записано {recorded})"
    moved = f"{change.from_status or '—'} → {change.to_status}"
    applied = "" if change.verdict == "applied" else " [не применено]"
    who = Actor.label_of(change.actor) + (f": {change.actor_name}" if change.actor_name else "")
    reason = f": {change.reason}" if change.reason else ""
    return f"{when}  поз. {change.position.number}  {moved}{applied}  {who}{reason}"
