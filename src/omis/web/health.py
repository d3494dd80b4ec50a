"""What ``/health`` reports: the database, every watched job, and one overall verdict.

``failing`` (HTTP 503) when the database cannot be reached or a watched job is failing
(the job watchdog's rule, :func:`omis.ops.watchdog.job_health`); ``degraded`` when a job's
last run completed with errors or a configured job has not run yet; ``ok`` otherwise.
Nothing secret is included: no settings, no addresses, no error texts (the endpoint needs
no login; an outside system's answer quoted in an error could carry anything). A failed
job says that it failed and when; the text is on the jobs page and in the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from omis.core.clock import now
from omis.core.db import Database
from omis.core.settings import Settings
from omis.ops.watchdog import JobHealth, job_health

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HealthReport:
    status: str  # ok / degraded / failing
    database: bool
    jobs: list[dict[str, Any]]

    @property
    def http_status(self) -> int:
        return 503 if self.status == "failing" else 200

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "checked_at": now().isoformat(timespec="seconds"),
            "database": {"reachable": self.database},
            "jobs": self.jobs,
        }


def database_reachable(database: Database) -> bool:
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means "not reachable" for monitoring
        log.warning("состояние: база данных недоступна: %s", exc)
        return False
    return True


def job_states(database: Database, settings: Settings) -> list[dict[str, Any]]:
    """Each watched job as the watchdog sees it, without the text of its last error."""
    return [
        {**health.as_dict(), "reason": _public_reason(health)}
        for health in job_health(database, settings)
    ]


def _public_reason(health: JobHealth) -> str | None:
    if health.failing and health.last_outcome == "failed":
        return (
            "последний запуск завершился ошибкой; текст ошибки — на странице «Задания» и в журнале"
        )
    return health.reason  # "no success for N minutes": times only


def verdict(database_ok: bool, jobs: list[dict[str, Any]]) -> str:
    """Pure: the overall status from the parts."""
    if not database_ok or any(job.get("state") == "failing" for job in jobs):
        return "failing"
    if any(job.get("state") == "waiting" or job.get("last_outcome") == "partial" for job in jobs):
        return "degraded"
    return "ok"


def health_report(database: Database, settings: Settings) -> HealthReport:
    reachable = database_reachable(database)
    jobs: list[dict[str, Any]] = []
    if reachable:
        try:
            jobs = job_states(database, settings)
        except Exception:  # the database went away mid-check, or a bug: report, do not crash
            log.exception("состояние: не прочитано состояние заданий")
            reachable = False
    return HealthReport(verdict(reachable, jobs), reachable, jobs)
