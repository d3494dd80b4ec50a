"""``omis run``: mail check, then the delay notifier, then the POS sync when configured,
then the weekly digest when enabled.

The order matters: statuses from this pass's letters must be in place before the notifier
decides what is late. Each step is its own recorded job with its own lock, so a stuck POS
sync never blocks the mail, and a failure in one step leaves the others running; the exit
code still reports it. The runner as a whole holds one more lock: a second ``omis run``
started while one is working exits 75 at once instead of trailing it step by step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from omis.core.db import Database
from omis.core.errors import EXIT_FAILED, EXIT_LOCKED, EXIT_OK, JobLockedError
from omis.core.jobs import job_lock
from omis.core.settings import Settings
from omis.runner.steps import Outcome, StepResult, run_step

Echo = Callable[[str], None]
Steps = Callable[[], list[StepResult]]


@dataclass(frozen=True)
class RunOptions:
    """The runner's flags (the seed's names, plus ``skip_pos`` and ``mail_backend``)."""

    fake_mail: bool = False
    dry_run: bool = False
    minutes: int | None = None
    skip_mail: bool = False
    skip_notifier: bool = False
    skip_pos: bool = False
    mail_backend: str | None = None


@dataclass
class RunReport:
    steps: list[StepResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        states = {step.state for step in self.steps}
        if states & {"failed", "partial"}:
            return EXIT_FAILED
        if states == {"locked"}:  # nothing ran at all: tell the scheduler it was busy
            return EXIT_LOCKED
        return EXIT_OK


def run_all(
    database: Database, settings: Settings, options: RunOptions, echo: Echo = print
) -> RunReport:
    """Run the enabled steps in order; every result is also echoed as it ends. Raises
    JobLockedError when another runner is working on the same database."""
    with job_lock(database, "runner") as acquired:
        if not acquired:
            raise JobLockedError("«omis run» уже выполняется другим процессом")
        return _run_steps(database, settings, options, echo)


def _run_steps(
    database: Database, settings: Settings, options: RunOptions, echo: Echo
) -> RunReport:
    report = RunReport()

    def one(job: str, title: str, work: Callable[[], Outcome]) -> Steps:
        # Dry runs change nothing, the alert state included.
        return lambda: [run_step(database, settings, job, title, work, alert=not options.dry_run)]

    plan: list[tuple[str, bool, Steps]] = [
        # The mail is one step per configured mailbox.
        ("разбор почты", options.skip_mail, lambda: _mail_steps(database, settings, options)),
        ("напоминания", options.skip_notifier,
         one("notify", "напоминания", lambda: _notify(database, settings, options, echo))),
        ("синхронизация ПОС", options.skip_pos or not settings.delo.configured,
         one("pos", "синхронизация ПОС", lambda: _pos(database, settings, options))),
    ]  # fmt: skip
    if settings.reports.digest:  # opt-in: not even listed as skipped when off
        plan.append(("недельная сводка", False,
                     one("digest", "недельная сводка",
                         lambda: _digest(database, settings, options, echo))))  # fmt: skip
    for title, skip, steps in plan:
        if skip:
            report.skipped.append(title)
            continue
        for result in steps():
            report.steps.append(result)
            echo(result.line())
    if report.skipped:
        echo(f"не запускались: {', '.join(report.skipped)}")
    return report


def _mail_steps(database: Database, settings: Settings, options: RunOptions) -> list[StepResult]:
    """Every configured mailbox in turn, one step each (:mod:`omis.mail.sources`)."""
    from omis.mail.sources import MailPass, mail_steps

    wanted = MailPass(backend=options.mail_backend, fake=options.fake_mail, dry_run=options.dry_run)
    return mail_steps(database, settings, wanted)


def _notify(database: Database, settings: Settings, options: RunOptions, echo: Echo) -> Outcome:
    from omis.reminders.notifier import run_notify

    counts = run_notify(
        database, settings, minutes=options.minutes, dry_run=options.dry_run, echo=echo
    )
    return notify_outcome(counts)


def notify_outcome(counts: dict[str, int]) -> Outcome:
    from omis.reminders.notifier import describe_counts, undelivered

    trouble = undelivered(counts)
    # The undelivered count is the problem, shown after the summary: not twice.
    summary = describe_counts(counts, with_undelivered=False)
    return Outcome(summary, f"не доставлено: {trouble}" if trouble else None)


def _pos(database: Database, settings: Settings, options: RunOptions) -> Outcome:
    from omis.pos.sync import run_pos_sync

    report = run_pos_sync(database, settings, dry_run=options.dry_run)
    return Outcome(report.summary(), report.problem)


def _digest(database: Database, settings: Settings, options: RunOptions, echo: Echo) -> Outcome:
    from omis.reports.digest import run_digest

    result = run_digest(database, settings, dry_run=options.dry_run, echo=echo)
    return Outcome(result.summary(), result.problem)
