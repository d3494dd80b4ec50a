"""``omis mail-check`` and ``omis review``: the contractor-mail pipeline on the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from omis.cli.context import AppContext, pass_app
from omis.cli.outcome import show_result
from omis.cli.progress import TerminalProgress
from omis.core.timefmt import local_time

if TYPE_CHECKING:
    from omis.mail.intake import MailReport

CommandFunction = Callable[..., Any]

BACKENDS = click.Choice(["graph", "imap", "ews", "dir", "fake"])


@click.command("mail-check")
@click.option("--backend", type=BACKENDS, help="Источник почты вместо OMIS_MAIL_BACKEND.")
@click.option("--fake", is_flag=True, help="Встроенные тестовые письма (для демонстрации).")
@click.option("--dry-run", is_flag=True, help="Только показать решения: ничего не сохранять.")
@click.option(
    "--dir", "directory", type=click.Path(file_okay=False, path_type=Path), help="Папка с .eml."
)
@click.option("--source", help="Только этот ящик из OMIS_MAIL_SOURCES (по имени).")
@pass_app
def mail_check(
    app: AppContext,
    backend: str | None,
    fake: bool,
    dry_run: bool,
    directory: Path | None,
    source: str | None,
) -> None:
    """Прочитать почтовые ящики подрядчиков и обновить статусы позиций.

    Каждое письмо применяется ровно один раз; письма без заявки попадают в очередь
    разбора. Ящики из OMIS_MAIL_SOURCES читаются по очереди, ошибка одного не
    останавливает остальные. Код выхода 1, если какой-то ящик недоступен. С --fake
    работает в песочнице с примерами заявок, а не в рабочей базе (если не задан --database).

    \b
    Пример:
      omis mail-check --fake --dry-run
      omis mail-check --backend dir --dir ./letters
      omis mail-check --source stroyservis
    """
    from omis.mail.sources import MailPass, exit_code, mail_steps

    if fake:
        database, settings = app.fake_sandbox(lambda line: click.echo(line, err=True))
    else:
        database, settings = app.database(), app.settings
    wanted = MailPass(backend, fake, directory, dry_run, source)

    def shown(report: MailReport) -> None:
        for line in report.lines:
            click.echo(line)

    with _LetterProgress() as progress:
        results = mail_steps(database, settings, wanted, progress=progress, shown=shown)
    for result in results:
        show_result(result)
    sys.exit(exit_code(results))


class _LetterProgress(TerminalProgress):
    label = "письма"

    def __call__(self, done: int, total: int) -> None:
        self.show(completed=done, total=total)


@click.group("review")
def review_group() -> None:
    """Очередь разбора: письма, которые не удалось отнести к заявке.

    \b
    Пример:
      omis review list
    """


@review_group.command("list")
@pass_app
def review_list(app: AppContext) -> None:
    """Показать письма в очереди разбора с причиной.

    \b
    Пример:
      omis review list
    """
    from omis.mail import review

    tz = app.settings.core.tz
    with app.database().session() as session:
        letters = review.list_open(session)
        for letter in letters:
            when = local_time(letter.sent_at, tz) if letter.sent_at else "без даты"
            click.echo(
                f"{letter.id:>6}  {when}  {letter.sender or '—'}  «{letter.subject or ''}»  "
                f"[{review.reason_text(letter.reason)}]"
            )
        click.echo(f"в очереди: {len(letters)}")


@review_group.command("assign")
@click.argument("letter_id", type=int, metavar="ПИСЬМО")
@click.option("--request", "request_number", required=True, help="Номер заявки.")
@click.option("--position", "position_number", help="Номер позиции (иначе все отстающие).")
@click.option("--status", required=True, help="Статус, например «подрядчик на месте».")
@click.option("--user", default="cli", show_default=True, help="Кто разбирает.")
@pass_app
def review_assign(
    app: AppContext,
    letter_id: int,
    request_number: str,
    position_number: str | None,
    status: str,
    user: str,
) -> None:
    """Отнести письмо к заявке и применить статус по общим правилам.

    \b
    Пример:
      omis review assign 17 --request 4512 --position 1 --status "подрядчик на месте"
    """
    from omis.mail import review
    from omis.requests.lifecycle import Status

    wanted = Status.from_user(status)
    with app.database().session() as session:
        outcome = review.assign(session, letter_id, request_number, position_number, wanted, user)
    click.echo(outcome.describe(f"письмо {letter_id}"))


def _letter_command(
    name: str, reason: str, user: str
) -> Callable[[CommandFunction], click.Command]:
    """A review command on one letter that asks why (``--reason``) and who (``--user``):
    both go to the letter's history."""

    def decorate(command: CommandFunction) -> click.Command:
        command = pass_app(command)
        command = click.option("--user", default="cli", show_default=True, help=user)(command)
        command = click.option("--reason", required=True, help=reason)(command)
        command = click.argument("letter_id", type=int, metavar="ПИСЬМО")(command)
        return review_group.command(name)(command)

    return decorate


@_letter_command("dismiss", "Почему письмо не относится ни к одной заявке.", "Кто разбирает.")
def review_dismiss(app: AppContext, letter_id: int, reason: str, user: str) -> None:
    """Убрать письмо из очереди разбора с указанием причины.

    \b
    Пример:
      omis review dismiss 18 --reason "рассылка поставщика"
    """
    from omis.mail import review

    with app.database().session() as session:
        review.dismiss(session, letter_id, reason, user)
    click.echo(f"письмо {letter_id} отклонено")


@_letter_command("undo", "Почему действие письма отменяется.", "Кто отменяет.")
def review_undo(app: AppContext, letter_id: int, reason: str, user: str) -> None:
    """Отменить то, что сделало письмо: позиции вернутся в прежний статус (если после письма
    их никто не менял), письмо — в очередь разбора.

    \b
    Пример:
      omis review undo 17 --reason "письмо о другой заявке"
    """
    from omis.core.clock import now
    from omis.mail import undo

    with app.database().session() as session:
        record = undo.undo(session, letter_id, reason, user, now(), app.settings.core.tz)
        count = len(record.change_ids)
    click.echo(
        f"письмо {letter_id}: отменено, позиций возвращено: {count}; письмо в очереди разбора"
    )
