"""The job watchdog: notice a job that stopped succeeding, alert once, and once on recovery.

A watched job is *failing* when its last finished run failed, or when it has not succeeded
for two of its periods (mail and reminders run every 10 minutes, the POS sync hourly). Only
jobs that have run at least once, or whose outside system is configured, are watched.

:func:`job_health` is read-only and cheap: the web ``/health`` endpoint calls it.
:func:`run_watchdog` (the ``omis watchdog`` job) also sends the alerts and records, per job,
what was last said in ``app_state`` under ``watchdog.<job>``, so that one failure gives one
alert and one recovery gives one "recovered" message. An alert that could not be delivered
is retried on the next run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any, Literal

from sqlalchemy import func, select

from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import (
    JobContext,
    job_instance,
    job_kind,
    job_title,
    last_run,
    last_success_at,
    run_job,
)
from omis.core.models import AppState, JobRun
from omis.core.settings import Settings
from omis.core.timefmt import local_time
from omis.mail import jobs as mail_jobs

log = logging.getLogger(__name__)

JOB_PERIODS: dict[str, timedelta] = {
    "mail": timedelta(minutes=10),
    "notify": timedelta(minutes=10),
    "pos": timedelta(minutes=60),
}
"""How often each scheduled job is expected to run (the systemd timers and Task Scheduler).
A job run per instance (``pos:<installation>``) has its kind's period."""

MISSED_PERIODS = 2
WATCHDOG_JOB = "watchdog"

HealthState = Literal["ok", "failing", "waiting"]


@dataclass(frozen=True)
class JobFacts:
    """What the store knows about one job: the input of the pure rule :func:`assess`."""

    last_outcome: str | None = None
    last_started_at: datetime | None = None
    last_error: str | None = None
    last_success_at: datetime | None = None
    watched_since: datetime | None = None


@dataclass(frozen=True)
class JobHealth:
    """One job's health as ``/health`` and ``omis watchdog`` show it."""

    job: str
    period: timedelta
    state: HealthState
    reason: str | None
    last_run_at: datetime | None
    last_outcome: str | None
    last_success_at: datetime | None
    alerted: bool = False

    @property
    def failing(self) -> bool:
        return self.state == "failing"

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view (times in ISO 8601 UTC)."""
        return {
            "job": self.job,
            "period_minutes": int(self.period.total_seconds() // 60),
            "state": self.state,
            "reason": self.reason,
            "last_run_at": _iso(self.last_run_at),
            "last_outcome": self.last_outcome,
            "last_success_at": _iso(self.last_success_at),
            "alerted": self.alerted,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def assess(
    period: timedelta, facts: JobFacts, moment: datetime, tz: tzinfo
) -> tuple[HealthState, str | None]:
    """The rule: failing on a failed last run, or on no success for two periods."""
    if facts.last_outcome == "failed" and facts.last_started_at is not None:
        error = _one_line(facts.last_error) or "без текста ошибки"
        return (
            "failing",
            f"запуск {local_time(facts.last_started_at, tz)} завершился ошибкой: {error}",
        )
    reference = facts.last_success_at or facts.watched_since
    if reference is None:
        return "waiting", None
    limit = MISSED_PERIODS * period
    if moment - reference <= limit:
        return ("ok", None) if facts.last_success_at else ("waiting", None)
    minutes = int(limit.total_seconds() // 60)
    if facts.last_success_at:
        return "failing", (
            f"нет успешного запуска дольше {minutes} мин "
            f"(последний успешный: {local_time(facts.last_success_at, tz)})"
        )
    return "failing", (
        f"ни одного успешного запуска за {minutes} мин "
        f"(наблюдается с {local_time(reference, tz)}): проверьте таймер или планировщик"
    )


def _one_line(text: str | None, limit: int = 300) -> str:
    first = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def job_health(database: Database, settings: Settings) -> list[JobHealth]:
    """The health of every watched job; reads only (safe for the web ``/health``)."""
    moment, tz = now(), settings.core.tz
    stored = _stored_states(database)
    result = []
    for job in watched_jobs(database, settings):
        facts = _facts(database, job, stored.get(job))
        period = period_of(job)
        state, reason = assess(period, facts, moment, tz)
        alerted = state == "failing" and bool(stored.get(job, {}).get("alerted"))
        result.append(
            JobHealth(
                job=job,
                period=period,
                state=state,
                reason=reason,
                last_run_at=facts.last_started_at,
                last_outcome=facts.last_outcome,
                last_success_at=facts.last_success_at,
                alerted=alerted,
            )
        )
    return result


def watched_jobs(database: Database, settings: Settings) -> list[str]:
    """Jobs with a known period that have ever run or whose outside system is configured;
    with several mailboxes configured, one job per mailbox instead of ``mail``; then the
    instances of a job kind (``pos:<installation>``) that have run."""
    with database.session() as session:
        ran = set(session.scalars(select(JobRun.job).distinct()))
    mailboxes = mail_jobs.source_jobs(settings)
    known = [job for job in JOB_PERIODS if job in ran or job_configured(job, settings)]
    known = [job for job in known if not (mailboxes and job == mail_jobs.MAIL_JOB)] + mailboxes
    instances = sorted(
        job
        for job in ran
        if job_instance(job) and job_kind(job) in JOB_PERIODS and job not in known
    )
    return known + instances


def period_of(job: str) -> timedelta:
    """How often ``job`` runs: an instance (a mailbox, an installation) as its kind."""
    return JOB_PERIODS[job_kind(job)]


def job_configured(job: str, settings: Settings) -> bool:
    if job == "mail":
        return settings.mail.mail_backend is not None
    if job == "notify":
        return settings.telegram.configured or settings.smtp.configured
    if job == "pos":
        return settings.delo.configured
    return False


def _facts(database: Database, job: str, stored: dict[str, Any] | None) -> JobFacts:
    finished = last_run(database, job, outcomes=("success", "partial", "failed"))
    return JobFacts(
        last_outcome=finished.outcome if finished else None,
        last_started_at=finished.started_at if finished else None,
        last_error=finished.error if finished else None,
        last_success_at=last_success_at(database, job),
        watched_since=_watched_since(database, job, stored),
    )


def _watched_since(database: Database, job: str, stored: dict[str, Any] | None) -> datetime | None:
    with database.session() as session:
        first_run = session.scalar(select(func.min(JobRun.started_at)).where(JobRun.job == job))
    first_seen = _parse_time(stored.get("first_seen")) if stored else None
    candidates = [moment for moment in (first_run, first_seen) if moment is not None]
    return min(candidates) if candidates else None


def _parse_time(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _stored_states(database: Database) -> dict[str, dict[str, Any]]:
    prefix = "watchdog."
    with database.session() as session:
        rows = session.scalars(select(AppState).where(AppState.key.startswith(prefix)))
        return {row.key[len(prefix) :]: dict(row.value or {}) for row in rows}


# --- alerting ---------------------------------------------------------------------------

AlertKind = Literal["failing", "recovered"]


@dataclass(frozen=True)
class Alert:
    """One message of the watchdog; ``key`` is the same on every run that offers it again
    (one per failure, one per recovery), so the outbox sends it once."""

    job: str
    kind: AlertKind
    text: str
    reason: str | None
    key: str

    @property
    def failing(self) -> bool:
        return self.kind == "failing"


AlertSender = Callable[[Alert], bool]
"""Delivers one alert through the notification channels: True when a channel confirmed
it, False when no alert channel is configured; raises when none could deliver it. The
caller passes it in (``omis watchdog``: :func:`omis.notify.alerts.send_watchdog_alert`),
so this module does not reach into the notification package."""


@dataclass(frozen=True)
class WatchdogOutcome:
    """One job after a watchdog pass: its health, the alert a channel confirmed (if any),
    the alert nobody was configured to receive, a delivery error."""

    health: JobHealth
    sent: Alert | None = None
    delivery_error: str | None = None
    no_channel: Alert | None = None


def decide_alert(health: JobHealth, stored: dict[str, Any]) -> AlertKind | None:
    """Pure: what to say now, given what was last said (``stored``) about this job."""
    was_failing = stored.get("state") == "failing"
    if health.failing and not (was_failing and stored.get("alerted")):
        return "failing"
    if health.state == "ok" and was_failing and stored.get("alerted"):
        return "recovered"
    return None


def alert_text(health: JobHealth, kind: AlertKind, tz: tzinfo) -> str:
    title = job_title(health.job)
    if kind == "failing":
        return (
            f"❗ OMIS: задание «{title}» ({health.job}) не работает: {health.reason}. "
            "Подробности: omis doctor, журнал задания (journalctl или logs/error.log)."
        )
    since = local_time(health.last_success_at, tz) if health.last_success_at else "—"
    return f"✅ OMIS: задание «{title}» ({health.job}) снова выполняется успешно ({since})."


def run_watchdog(
    database: Database, settings: Settings, deliver: AlertSender
) -> list[WatchdogOutcome]:
    """One watchdog pass as the ``watchdog`` job; see the module docstring.

    A delivery failure marks the run partial and is retried on the next pass.
    """
    with run_job(database, WATCHDOG_JOB) as context:
        stored = _stored_states(database)
        outcomes = [
            _watch_one(database, settings, health, stored.get(health.job, {}), deliver)
            for health in job_health(database, settings)
        ]
        _report(context, outcomes)
    return outcomes


def _watch_one(
    database: Database,
    settings: Settings,
    health: JobHealth,
    stored: dict[str, Any],
    deliver: AlertSender,
) -> WatchdogOutcome:
    kind = decide_alert(health, stored)
    if kind is None:
        alerted = health.failing and bool(stored.get("alerted"))
        _save_state(database, health, stored, alerted)
        return WatchdogOutcome(replace(health, alerted=alerted))
    key = _alert_key(health.job, kind, stored)
    if kind == "failing":
        # The key is stored before sending: a run that dies after the send offers the same
        # key again, and the outbox does not send it twice.
        stored = _save_state(database, health, stored, alerted=False, alert_key=key)
    alert = Alert(health.job, kind, alert_text(health, kind, settings.core.tz), health.reason, key)
    confirmed, error = _deliver(deliver, alert)
    if confirmed:
        _save_state(database, health, stored, alerted=alert.failing)
    # Undelivered: a failure stays "not alerted", a recovery leaves the stored failure as it
    # was; either is offered again, under the same key, on the next pass.
    return WatchdogOutcome(
        replace(health, alerted=health.failing and confirmed),
        sent=alert if confirmed else None,
        delivery_error=error,
        no_channel=alert if not (confirmed or error) else None,
    )


def _alert_key(job: str, kind: AlertKind, stored: dict[str, Any]) -> str:
    """The failure's key: kept while the job stays failing, new for a new failure; the
    recovery's key follows from the failure it ends."""
    failure_key = stored.get("alert_key") if stored.get("state") == "failing" else None
    if kind == "failing":
        return str(failure_key or f"watchdog:{job}:{now().isoformat()}")
    failure_key = failure_key or f"watchdog:{job}:{stored.get('first_seen')}"  # older states
    return f"{failure_key}:recovered"


def _deliver(deliver: AlertSender, alert: Alert) -> tuple[bool, str | None]:
    """Whether a channel confirmed the alert, and why not when one failed."""
    try:
        return deliver(alert), None
    except Exception as exc:  # any channel failure: record it, retry on the next pass
        log.warning("оповещение сторожа о задании %s не доставлено: %s", alert.job, exc)
        return False, str(exc) or type(exc).__name__


def _save_state(
    database: Database,
    health: JobHealth,
    stored: dict[str, Any],
    alerted: bool,
    alert_key: str | None = None,
) -> dict[str, Any]:
    """Record what was last said about the job; returns the stored value."""
    value = {
        "state": health.state,
        "alerted": alerted,
        "reason": health.reason,
        "first_seen": stored.get("first_seen") or now().isoformat(),
    }
    key = alert_key or (stored.get("alert_key") if health.failing else None)
    if key:
        value["alert_key"] = key
    if value == stored:
        return value
    state_key = f"watchdog.{health.job}"
    with database.session() as session:
        row = session.get(AppState, state_key)
        if row is None:
            session.add(AppState(key=state_key, value=value))
        else:
            row.value = value
    return value


def _report(context: JobContext, outcomes: list[WatchdogOutcome]) -> None:
    context.count("watched", len(outcomes))
    context.count("failing", sum(1 for outcome in outcomes if outcome.health.failing))
    context.count("alerts_sent", sum(1 for outcome in outcomes if outcome.sent))
    undelivered = [outcome for outcome in outcomes if outcome.delivery_error]
    if undelivered:
        jobs = ", ".join(outcome.health.job for outcome in undelivered)
        context.mark_partial(f"оповещения не доставлены ({jobs}): {undelivered[0].delivery_error}")
