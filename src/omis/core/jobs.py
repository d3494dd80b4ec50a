"""Job runs and the one-instance-per-job lock used by every scheduled job.

A job is started with :func:`run_job`. It takes the job's lock (a PostgreSQL advisory lock,
or a file lock next to the SQLite database), records a ``running`` row, hands the caller a
:class:`JobContext` to put counts in, and records the outcome at the end. A failure is
recorded and re-raised, never swallowed. A second instance records a ``skipped`` run and
raises :class:`JobLockedError` (exit code 75). A run whose process was killed (kill -9, a
power cut) cannot record its end: it stays ``running`` until the next run of the same job
takes the lock, which proves that process gone, and marks it failed «прервано».
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from filelock import FileLock, Timeout
from sqlalchemy import select, text, update

from omis.core.clock import now
from omis.core.db import Database
from omis.core.errors import JobLockedError
from omis.core.models import JobRun
from omis.core.redact import redact

Outcome = Literal["success", "partial", "failed", "skipped"]
# A run's outcome (``job_runs.outcome``) in words; ``running`` while it is not finished.
JOB_OUTCOME_LABELS: dict[str, str] = {
    "running": "выполняется",
    "success": "успешно",
    "partial": "с ошибками",
    "failed": "ошибка",
    "skipped": "пропущено: уже выполнялось",
}
INTERRUPTED = "прервано: процесс завершился, не записав итог (kill -9, перезагрузка, сбой питания)"


@dataclass
class JobContext:
    """What a running job reports: counts, and whether some items failed."""

    name: str
    run_id: int
    counts: dict[str, Any] = field(default_factory=dict)
    partial_reason: str | None = None

    def count(self, key: str, amount: int = 1) -> None:
        self.counts[key] = int(self.counts.get(key, 0)) + amount

    def mark_partial(self, reason: str) -> None:
        """Some items failed: the run completes, but the outcome (and exit code) says so."""
        self.partial_reason = reason


def instance_job(kind: str, instance: str) -> str:
    """The job of one instance of a kind: ``mail:<mailbox>``, ``pos:<installation>``; each
    has its own lock, runs, alerts and health line."""
    return f"{kind}:{instance}"


def job_kind(job: str) -> str:
    return job.partition(":")[0]


def job_instance(job: str) -> str | None:
    return job.partition(":")[2] or None


# Every job OMIS records, with its Russian title: the one table the CLI, alerts, the
# watchdog and the web all use.
JOB_TITLES: dict[str, str] = {
    "mail": "разбор почты",
    "notify": "напоминания о задержках",
    "pos": "синхронизация ПОС",
    "watchdog": "контроль заданий",
    "mail-replies": "ответы на нечитаемые письма",
    "digest": "недельная сводка",
    "runner": "общий запуск (omis run)",
}


# What an instance of a job kind is, in words: «разбор почты, ящик «stroy»».
INSTANCE_WORDS: dict[str, str] = {"mail": "ящик"}


def job_title(job: str, titles: Mapping[str, str] = JOB_TITLES) -> str:
    """The job's Russian title (by kind), naming its instance if it has one:
    «синхронизация ПОС «mo-angarsk»», «разбор почты, ящик «stroy»»."""
    kind, instance = job_kind(job), job_instance(job)
    title = titles.get(kind, kind)
    if not instance:
        return title
    word = INSTANCE_WORDS.get(kind)
    return f"{title}, {word} «{instance}»" if word else f"{title} «{instance}»"


@contextmanager
def run_job(database: Database, name: str) -> Iterator[JobContext]:
    """Run ``name`` under its lock, recording the run; see the module docstring."""
    with job_lock(database, name) as acquired:
        if not acquired:
            _record_skipped(database, name)
            raise JobLockedError(f"задание «{name}» уже выполняется другим процессом")
        _close_interrupted(database, name)
        context = JobContext(name=name, run_id=_record_start(database, name))
        try:
            yield context
        except BaseException as exc:
            _record_finish(database, context, "failed", _error_text(exc))
            raise
        outcome: Outcome = "partial" if context.partial_reason else "success"
        _record_finish(database, context, outcome, context.partial_reason)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, KeyboardInterrupt):
        return "прервано (KeyboardInterrupt)"
    return str(exc) or type(exc).__name__


def _close_interrupted(database: Database, name: str) -> None:
    """Runs of ``name`` still ``running`` while this process holds the job's lock belong to
    processes that died without recording their end: mark them failed, «прервано»."""
    with database.session() as session:
        session.execute(
            update(JobRun)
            .where(JobRun.job == name, JobRun.outcome == "running")
            .values(outcome="failed", finished_at=now(), error=INTERRUPTED)
        )


def _record_start(database: Database, name: str) -> int:
    with database.session() as session:
        run = JobRun(job=name, host=socket.gethostname(), pid=os.getpid(), counts={})
        session.add(run)
        session.flush()
        return run.id


def _record_finish(
    database: Database, context: JobContext, outcome: Outcome, error: str | None
) -> None:
    with database.session() as session:
        run = session.get_one(JobRun, context.run_id)
        run.finished_at = now()
        run.outcome = outcome
        run.counts = dict(context.counts)
        run.error = redact(error) if error else None


def _record_skipped(database: Database, name: str) -> None:
    with database.session() as session:
        moment = now()
        session.add(
            JobRun(
                job=name,
                started_at=moment,
                finished_at=moment,
                outcome="skipped",
                counts={},
                error="другой экземпляр задания уже выполняется",
                host=socket.gethostname(),
                pid=os.getpid(),
            )
        )


def recent_runs(database: Database, job: str | None = None, limit: int = 50) -> list[JobRun]:
    with database.session() as session:
        query = select(JobRun).order_by(JobRun.started_at.desc(), JobRun.id.desc()).limit(limit)
        if job:
            query = query.where(JobRun.job == job)
        return list(session.scalars(query))


def last_run(database: Database, job: str, *, outcomes: tuple[str, ...] = ()) -> JobRun | None:
    with database.session() as session:
        query = select(JobRun).where(JobRun.job == job, JobRun.outcome != "running")
        if outcomes:
            query = query.where(JobRun.outcome.in_(outcomes))
        query = query.order_by(JobRun.started_at.desc(), JobRun.id.desc()).limit(1)
        return session.scalars(query).first()


def last_success_at(database: Database, job: str) -> datetime | None:
    run = last_run(database, job, outcomes=("success", "partial"))
    return run.finished_at if run else None


def job_lock(database: Database, name: str) -> AbstractContextManager[bool]:
    """A context yielding True when this process now holds the job's lock."""
    if database.dialect == "postgresql":
        return _advisory_lock(database, name)
    return _file_lock(_lock_path(database, name))


def _lock_path(database: Database, name: str) -> Path:
    db_path = database.sqlite_path
    if db_path is None:
        raise RuntimeError("job locks need a file-backed SQLite database or PostgreSQL")
    return db_path.with_name(f"{db_path.name}.{name}.lock")


@contextmanager
def _file_lock(path: Path) -> Iterator[bool]:
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


# The lock's two keys: the job, and the schema its runs are recorded in, so that OMIS
# databases sharing one PostgreSQL database in different schemas (staging beside
# production, parallel test sessions) never hold each other's locks.
ADVISORY_KEYS = "hashtext(:job), hashtext(current_schema())"


@contextmanager
def _advisory_lock(database: Database, name: str) -> Iterator[bool]:
    # A session-level advisory lock lives as long as the connection: hold one connection
    # for the whole job, outside the pool's normal lending.
    keys = {"job": f"omis-job:{name}"}
    with database.engine.connect() as connection:
        taken = connection.execute(text(f"SELECT pg_try_advisory_lock({ADVISORY_KEYS})"), keys)
        acquired = bool(taken.scalar())
        connection.commit()
        try:
            yield acquired
        finally:
            if acquired:
                connection.execute(text(f"SELECT pg_advisory_unlock({ADVISORY_KEYS})"), keys)
                connection.commit()
