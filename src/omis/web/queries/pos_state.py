"""Whether the POS sync with DELO is set up on this host and how its runs go: the one
answer the dashboard and the POS page both give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omis.core.models import JobRun
from omis.core.settings import DeloSettings
from omis.ops.watchdog import JOB_PERIODS
from omis.pos.config import configured_sources

PERIOD = JOB_PERIODS["pos"]


@dataclass(frozen=True)
class PosState:
    sources: list[str]  # where the configuration comes from, in words
    last: JobRun | None  # the latest finished run of any installation

    @property
    def configured(self) -> bool:
        return bool(self.sources)

    @property
    def ran(self) -> bool:
        return self.last is not None

    @property
    def next_expected(self) -> datetime | None:
        """When the schedule (hourly) should run it next; known only when it is set up
        here and has run."""
        if not self.configured or self.last is None:
            return None
        return self.last.started_at + PERIOD

    @property
    def period_minutes(self) -> int:
        return int(PERIOD.total_seconds() // 60)


def pos_state(session: Session, delo: DeloSettings) -> PosState:
    query = (
        select(JobRun)
        .where(
            or_(JobRun.job == "pos", JobRun.job.like("pos:%")),
            JobRun.outcome.not_in(("running", "skipped")),
        )
        .order_by(JobRun.started_at.desc(), JobRun.id.desc())
        .limit(1)
    )
    return PosState(configured_sources(delo), session.scalars(query).first())
