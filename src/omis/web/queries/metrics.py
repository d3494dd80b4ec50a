"""``/metrics`` in the Prometheus text format, every figure counted from the database.

Counting in the database (not in process memory) is what makes several gunicorn workers
give the same answer to whichever one the scraper reaches. The text is written by
prometheus_client's exposition, which prints every value in full (a timestamp printed
with six digits was off by up to 5,000 s and broke "no success for N minutes" alerts).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import CollectorRegistry
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omis.core.models import JobRun
from omis.mail.models import Letter
from omis.notify.models import Notification
from omis.requests.models import Request
from omis.web.queries.dashboard import status_counts
from omis.web.queries.delays import DelayLimits, delayed_condition

Sample = tuple[dict[str, str], float]


def family(name: str, kind: str, help_text: str, samples: Iterable[Sample]) -> list[Metric]:
    """One gauge family with its samples (every sample has the same label names)."""
    rows = list(samples)
    names = sorted({key for labels, _value in rows for key in labels})
    gauge = GaugeMetricFamily(name, help_text, labels=names)
    for labels, value in rows:
        gauge.add_metric([labels.get(key, "") for key in names], value)
    return [gauge]


def _timestamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else 0.0


def request_families(session: Session, limits: DelayLimits, moment: datetime) -> list[Metric]:
    positions = [
        ({"status": status.value}, float(count)) for status, count in status_counts(session)
    ]
    delayed = session.scalar(select(func.count()).where(delayed_condition(limits, moment))) or 0
    requests = session.execute(
        select(Request.closed_at.is_(None), func.count()).group_by(Request.closed_at.is_(None))
    )
    by_state = {("open" if is_open else "closed"): float(count) for is_open, count in requests}
    return [
        *family("omis_positions", "gauge", "Positions by status.", positions),
        *family(
            "omis_positions_delayed",
            "gauge",
            "Positions over their status time limit.",
            [({}, float(delayed))],
        ),
        *family(
            "omis_requests",
            "gauge",
            "Requests by state.",
            [({"state": state}, by_state.get(state, 0.0)) for state in ("open", "closed")],
        ),
    ]


def letter_families(session: Session) -> list[Metric]:
    rows = session.execute(select(Letter.outcome, func.count()).group_by(Letter.outcome))
    review = session.scalar(select(func.count()).where(Letter.review_state == "open")) or 0
    return [
        *family(
            "omis_letters",
            "gauge",
            "Stored letters by outcome.",
            [({"outcome": str(outcome)}, float(count)) for outcome, count in rows],
        ),
        *family(
            "omis_review_queue", "gauge", "Letters waiting for an operator.", [({}, float(review))]
        ),
    ]


def job_families(session: Session) -> list[Metric]:
    totals = session.execute(
        select(JobRun.job, JobRun.outcome, func.count()).group_by(JobRun.job, JobRun.outcome)
    )
    latest = session.scalars(
        select(JobRun).where(JobRun.id.in_(select(func.max(JobRun.id)).group_by(JobRun.job)))
    )
    successes = session.execute(
        select(JobRun.job, func.max(JobRun.finished_at))
        .where(JobRun.outcome.in_(("success", "partial")))
        .group_by(JobRun.job)
    )
    runs = list(latest)
    return [
        *family(
            "omis_job_runs",
            "gauge",
            "Recorded job runs by job and outcome.",
            [({"job": job, "outcome": outcome}, float(n)) for job, outcome, n in totals],
        ),
        *family(
            "omis_job_last_run_timestamp_seconds",
            "gauge",
            "Start of the latest run.",
            [({"job": run.job}, _timestamp(run.started_at)) for run in runs],
        ),
        *family(
            "omis_job_last_outcome",
            "gauge",
            "Outcome of the latest run (1 = this one).",
            [({"job": run.job, "outcome": run.outcome}, 1.0) for run in runs],
        ),
        *family(
            "omis_job_last_success_timestamp_seconds",
            "gauge",
            "End of the latest good run.",
            [({"job": job}, _timestamp(at)) for job, at in successes],
        ),
    ]


def notification_families(session: Session) -> list[Metric]:
    rows = session.execute(
        select(Notification.channel, Notification.state, func.count()).group_by(
            Notification.channel, Notification.state
        )
    )
    return family(
        "omis_notifications",
        "gauge",
        "Recorded notifications by channel and state.",
        [({"channel": str(c), "state": str(s)}, float(n)) for c, s, n in rows],
    )


class _Snapshot:
    """A collector of families already counted for this one scrape."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterator[Metric]:
        return iter(self.families)


def render(session: Session, limits: DelayLimits, moment: datetime) -> str:
    families = [
        *family(
            "omis_up", "gauge", "The web process answers and reaches the database.", [({}, 1.0)]
        ),
        *request_families(session, limits, moment),
        *letter_families(session),
        *job_families(session),
        *notification_families(session),
    ]
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Snapshot(families))
    return generate_latest(registry).decode("utf-8")
