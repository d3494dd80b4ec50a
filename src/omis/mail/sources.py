"""Several mailboxes: each configured source read in turn by the per-source mail pass.

Each source has its own job (``mail.<name>``: its own lock, run record, alert and line on
the health page) and its own cursor (kept per mailbox folder, so renaming a source or
moving from the single-mailbox settings to a list reads nothing twice). A failing source
does not stop the others; its step result fails, which makes the run exit 1, and its
alert names it. Without ``OMIS_MAIL_SOURCES`` (or with ``--backend``, ``--dir``,
``--fake``) there is one source, ``default``, under the job ``mail`` as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from omis.core.clock import now
from omis.core.db import Database
from omis.core.errors import EXIT_LOCKED, EXIT_OK, ConfigError
from omis.core.settings import Settings
from omis.mail.intake import MailReport, Progress, run_mail_check
from omis.mail.jobs import MAIL_JOB, source_job
from omis.runner.steps import Outcome, StepResult, run_step

TITLE = "разбор почты"
REPLIES_JOB = "mail-replies"
Shown = Callable[[MailReport], None]


@dataclass(frozen=True)
class MailPass:
    """What one ``omis mail-check`` (or the runner's mail step) was asked to do."""

    backend: str | None = None
    fake: bool = False
    directory: Path | None = None
    dry_run: bool = False
    only: str | None = None  # one configured source by name
    deadline: float | None = None  # time.monotonic() when reading must stop

    @property
    def single(self) -> bool:
        return bool(self.backend or self.fake or self.directory)


def mail_steps(
    database: Database,
    settings: Settings,
    wanted: MailPass,
    *,
    progress: Progress | None = None,
    shown: Shown | None = None,
) -> list[StepResult]:
    """Read every configured mailbox (or the one asked for); one step result each. The
    whole run shares one time limit (OMIS_MAIL_MAX_RUN_MINUTES), so several slow mailboxes
    cannot add up to more than the scheduler allows."""
    started = now()
    deadline = time.monotonic() + settings.mail.mail_max_run_minutes * 60
    wanted = replace(wanted, deadline=deadline)
    if wanted.single or not settings.mail.mail_sources:
        if wanted.only not in (None, "default"):
            raise ConfigError(f"почтовый ящик «{wanted.only}» не настроен (OMIS_MAIL_SOURCES пуст)")
        step = _step(database, settings, MAIL_JOB, TITLE, wanted, progress, shown)
        return [step, *_replies(database, settings, wanted, started, [step])]
    sources = settings.mail.sources()
    names = [name for name, _mail in sources]
    if wanted.only is not None and wanted.only not in names:
        raise ConfigError(f"почтовый ящик «{wanted.only}» не настроен; есть: {', '.join(names)}")
    results = []
    for name, mail in sources:
        if wanted.only in (None, name):
            configured = settings.with_section("mail", mail)
            title = f"{TITLE} («{name}»)"
            step = _step(database, configured, source_job(name), title, wanted, progress, shown)
            results.append(step)
    return results + _replies(database, settings, wanted, started, results)


def _replies(
    database: Database,
    settings: Settings,
    wanted: MailPass,
    started: datetime,
    mailboxes: list[StepResult],
) -> list[StepResult]:
    """After the mailboxes: the replies to unreadable letters, when switched on (and not
    when another process is reading every mailbox: it answers them itself)."""
    if not settings.mail.mail_reply_unreadable or wanted.dry_run or wanted.fake:
        return []
    if mailboxes and all(result.state == "locked" for result in mailboxes):
        return []
    from omis.mail.replies import send_pending

    def work() -> Outcome:
        report = send_pending(database, settings, started)
        return Outcome(report.summary(), report.problem)

    return [run_step(database, settings, REPLIES_JOB, "ответы на нечитаемые письма", work)]


def _step(
    database: Database,
    settings: Settings,
    job: str,
    title: str,
    wanted: MailPass,
    progress: Progress | None,
    shown: Shown | None,
) -> StepResult:
    def work() -> Outcome:
        report = run_mail_check(
            database, settings, backend=wanted.backend, fake=wanted.fake,
            directory=wanted.directory, dry_run=wanted.dry_run, progress=progress, job_name=job,
            deadline=wanted.deadline,
        )  # fmt: skip
        if shown is not None:
            shown(report)
        return Outcome(f"{report.mailbox}: {report.summary()}", report.problem)

    # Dry runs change nothing, the alert state included.
    return run_step(database, settings, job, title, work, alert=not wanted.dry_run)


def exit_code(results: list[StepResult]) -> int:
    """The command's exit code: the worst failure (2, a configuration error, over 1); 75
    when every mailbox was being read by another process; else 0."""
    failed = [result.exit_code for result in results if result.state in ("failed", "partial")]
    if failed:
        return max(failed)
    if results and all(result.state == "locked" for result in results):
        return EXIT_LOCKED
    return EXIT_OK
