"""One scheduled step: run a job, turn its end into a result line, and alert on changes.

Each job keeps its own lock and its own record (see :func:`omis.core.jobs.run_job`); this
module only decides what the operator and the alert channels are told. A step that fails
never stops the runner, and an unexpected error is logged with its traceback (log file
only) and reported in one line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from omis.core.db import Database
from omis.core.errors import EXIT_FAILED, EXIT_LOCKED, EXIT_OK, JobLockedError, OmisError
from omis.core.redact import redact
from omis.core.settings import Settings

log = logging.getLogger(__name__)

State = Literal["ok", "partial", "failed", "locked"]
STATE_WORDS: dict[State, str] = {
    "ok": "выполнено",
    "partial": "выполнено с ошибками",
    "failed": "ошибка",
    "locked": "пропущено: уже выполняется другим процессом",
}


@dataclass(frozen=True)
class Outcome:
    """What a job function reports back: a summary line and, if some items failed, why."""

    summary: str
    problem: str | None = None


@dataclass(frozen=True)
class StepResult:
    job: str
    title: str
    state: State
    text: str
    exit_code: int = EXIT_OK

    def line(self) -> str:
        return f"{self.title}: {STATE_WORDS[self.state]} — {self.text}"


def run_step(
    database: Database,
    settings: Settings,
    job: str,
    title: str,
    work: Callable[[], Outcome],
    *,
    alert: bool = True,
) -> StepResult:
    """Run ``work``; with ``alert`` tell the alert channels when the job's health changes
    (dry runs pass ``alert=False``: they change nothing, the alert state included)."""
    try:
        outcome = work()
    except JobLockedError as exc:
        return StepResult(job, title, "locked", str(exc), EXIT_LOCKED)
    except OmisError as exc:
        return _failed(database, settings, (job, title), str(exc), alert, exc.exit_code)
    except Exception as exc:  # a bug in one job must not stop the others
        log.error("задание %s прервано внутренней ошибкой: %s", job, exc, exc_info=True)
        error = f"внутренняя ошибка: {type(exc).__name__}: {exc}"
        return _failed(database, settings, (job, title), error, alert, EXIT_FAILED)
    if alert:
        _alert(database, settings, job, "failed" if outcome.problem else "success", outcome.problem)
    if outcome.problem:
        text = f"{outcome.summary}; {outcome.problem}"
        return StepResult(job, title, "partial", text, EXIT_FAILED)
    return StepResult(job, title, "ok", outcome.summary)


def _failed(
    database: Database,
    settings: Settings,
    names: tuple[str, str],
    error: str,
    alert: bool,
    exit_code: int,
) -> StepResult:
    job, title = names
    error = redact(error)
    if alert:
        _alert(database, settings, job, "failed", error)
    return StepResult(job, title, "failed", error, exit_code)


def _alert(
    database: Database, settings: Settings, job: str, outcome: str, error: str | None
) -> None:
    from omis.notify.alerts import notify_job_outcome

    try:
        notify_job_outcome(database, settings, job, outcome, error)
    except Exception as exc:  # the alert path must not hide the job's own result
        log.error("оповещение о задании %s не отправлено: %s", job, exc)
