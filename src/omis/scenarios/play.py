"""Run a scenario step by step and print a transcript of what each step did.

Scenarios run in a sandbox SQLite file unless a database is named explicitly (the earlier
tool wrote its test data into production), and notifications are printed, never sent.
«wait» steps move the OMIS clock forward, so repeats and escalations show in seconds.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from omis.core.clock import TimeTravel, now, travel
from omis.core.db import Database, open_database
from omis.core.errors import OmisError, UsageError
from omis.core.settings import Settings
from omis.core.timefmt import local_time
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.scenarios.model import (
    AddRequest,
    AddRequestStep,
    MailFakeStep,
    MailLetter,
    MailLetterStep,
    NotifyStep,
    Runner,
    RunnerStep,
    ShowStep,
    Step,
    WaitStep,
)

Echo = Callable[[str], None]


@dataclass
class Stage:
    """Where a scenario plays: its database, its settings and a scratch folder."""

    database: Database
    settings: Settings
    scratch: Path
    sandbox: bool


@contextmanager
def stage(settings: Settings, database_url: str | None) -> Iterator[Stage]:
    """A sandbox (temporary SQLite file, removed afterwards) unless ``database_url`` is
    given; either way notifications are printed instead of sent."""
    core = settings.core.model_copy(update={"print_notifications": True})
    printing = settings.with_section("core", core)
    with tempfile.TemporaryDirectory(prefix="omis-scenario-") as folder:
        scratch = Path(folder)
        url = database_url or f"sqlite:///{scratch / 'scenario.sqlite3'}"
        database = open_database(url)
        try:
            yield Stage(database, printing.with_database(url), scratch, database_url is None)
        finally:
            database.dispose()


def play(stage_: Stage, name: str, steps: list[Step], echo: Echo) -> bool:
    """Run the steps in order; stop at the first failing one. True when all succeeded."""
    where = "песочница (временная база)" if stage_.sandbox else stage_.database.url
    echo(f"Сценарий «{name}»: шагов {len(steps)}; база: {where}")
    with travel() as clock:
        for number, step in enumerate(steps, start=1):
            echo(f"\n[{number}/{len(steps)}] {step.action}")
            try:
                _run(stage_, step, number, clock, echo)
            except OmisError as exc:
                echo(f"  ошибка на шаге {number} ({step.action}): {exc}")
                return False
    echo(f"\nСценарий «{name}» выполнен")
    return True


def _run(stage_: Stage, step: Step, number: int, clock: TimeTravel, echo: Echo) -> None:
    if isinstance(step, AddRequestStep):
        _add_request(stage_, step.params, echo)
    elif isinstance(step, MailFakeStep):
        _mail(stage_, echo, fake=True, dry_run=step.params.dry_run)
    elif isinstance(step, MailLetterStep):
        _mail(stage_, echo, folder=_write_letter(stage_.scratch / f"step-{number}", step.params))
    elif isinstance(step, NotifyStep):
        _notify(stage_, step.params.minutes, step.params.dry_run, echo)
    elif isinstance(step, RunnerStep):
        _runner(stage_, step.params, echo)
    elif isinstance(step, WaitStep):
        clock.forward(timedelta(minutes=step.params.minutes))
        at = local_time(now(), stage_.settings.core.tz)
        echo(f"  прошло {step.params.minutes} мин (часы сценария: {at})")
    elif isinstance(step, ShowStep):
        _show(stage_, echo)
    else:  # pragma: no cover - the model admits no other step
        raise UsageError(f"неизвестное действие {step.action}")


def _add_request(stage_: Stage, params: AddRequest, echo: Echo) -> None:
    moment = now() - timedelta(minutes=params.backdate_minutes)
    target = None if params.status is None else Status.from_user(params.status)
    new = store.NewPosition(
        params.request_number, params.position_number, params.comment, params.comment_author
    )
    with stage_.database.session() as session:
        position = store.add_position(
            session, new, actor=Actor.SCENARIO, actor_name=params.comment_author, created_at=moment
        )
        if target is not None and target != position.status_enum:
            event = store.StatusEvent(
                target, Actor.SCENARIO, params.comment_author, reason="шаг сценария", at=moment
            )
            store.change_status(session, position, event)
        status = position.status
    when = local_time(moment, stage_.settings.core.tz)
    echo(
        f"  заявка №{params.request_number}, позиция {params.position_number}: «{status}» с {when}"
    )


def _write_letter(folder: Path, params: MailLetter) -> Path:
    letter = EmailMessage()
    letter["From"] = params.sender
    letter["To"] = "omis@example.invalid"
    letter["Subject"] = params.subject
    letter["Date"] = format_datetime(now())
    letter["Message-ID"] = make_msgid(domain="scenario.omis")
    letter.set_content(params.body)
    folder.mkdir(parents=True)
    (folder / "letter.eml").write_bytes(letter.as_bytes())
    return folder


def _mail(
    stage_: Stage, echo: Echo, *, fake: bool = False, dry_run: bool = False,
    folder: Path | None = None,
) -> None:  # fmt: skip
    from omis.mail.intake import run_mail_check

    report = run_mail_check(
        stage_.database, stage_.settings, fake=fake, directory=folder, dry_run=dry_run
    )
    for line in report.lines:
        echo(f"  {line}")
    echo(f"  {report.summary()}")


def _notify(stage_: Stage, minutes: int | None, dry_run: bool, echo: Echo) -> None:
    from omis.reminders.notifier import describe_counts, run_notify

    counts = run_notify(
        stage_.database, stage_.settings, minutes=minutes, dry_run=dry_run,
        echo=lambda text: echo(_indent(text)),
    )  # fmt: skip
    echo(f"  {describe_counts(counts)}")


def _runner(stage_: Stage, params: Runner, echo: Echo) -> None:
    from omis.runner.run import RunOptions, run_all

    if not (params.fake_mail or params.skip_mail):
        raise UsageError("в сценарии почта только встроенная: укажите fake_mail или skip_mail")
    options = RunOptions(
        fake_mail=params.fake_mail, dry_run=params.dry_run, minutes=params.minutes,
        skip_mail=params.skip_mail, skip_notifier=params.skip_notifier, skip_pos=True,
    )  # fmt: skip
    report = run_all(stage_.database, stage_.settings, options, echo=lambda t: echo(_indent(t)))
    if report.exit_code:
        raise OmisError("запуск завершился с ошибкой (см. выше)")


def _show(stage_: Stage, echo: Echo) -> None:
    from omis.demo.run import show_positions

    show_positions(stage_.database, stage_.settings, echo)


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())
