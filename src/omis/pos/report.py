"""What one POS run found and did: counts, the open appeals it follows, row lists for people.

The counts go to the run's record (``job_runs.counts``), which the POS page and the reports
read; their names are a contract: keep them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from omis.pos.decide import Action, Decision

# Row lists kept for the report (drift, the dry-run plan): the first ones are enough for a
# person to act on, and keeping every row would make memory grow with the window.
ROWS_KEPT = 200
COUNTED = (
    "fetched",
    "to_update",
    "updated",
    "advanced",
    "already_right",
    "unmapped",
    "drift",
    "failed",
    "retried",
    "resent",
)
# Days since registration; 30 days by law (59-ФЗ), plus one extension of up to 30.
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-10", 0, 10),
    ("11-30", 11, 30),
    ("31-60", 31, 60),
    ("60+", 61, None),
)


@dataclass
class OpenAppeals:
    """Appeals whose POS value is still open after the run, by age; ``followed`` counts the
    open ones the run read, ``beyond`` those registered before the follow-up period (counted
    by DELO, not read: OMIS no longer follows them)."""

    followed: int = 0
    beyond: int = 0
    oldest: datetime | None = None
    by_age: Counter[str] = field(default_factory=Counter)

    def add(self, created: datetime | None, moment: datetime) -> None:
        if created is None:
            return
        if self.oldest is None or created < self.oldest:
            self.oldest = created
        self.by_age[age_bucket((moment - created).days)] += 1

    def as_counts(self, tz: tzinfo) -> dict[str, Any]:
        ages = {name: self.by_age.get(name, 0) for name, _low, _high in AGE_BUCKETS}
        ages["60+"] += self.beyond
        return {
            "open_followed": self.followed,
            "open_oldest": self.oldest.astimezone(tz).date().isoformat() if self.oldest else None,
            "open_by_age": ages,
            "open_beyond": self.beyond,
        }


def age_bucket(days: int) -> str:
    for name, low, high in AGE_BUCKETS:
        if days >= low and (high is None or days <= high):
            return name
    return AGE_BUCKETS[0][0]  # a registration in the future (clock skew): the youngest


@dataclass
class PosReport:
    window_start: datetime
    window_end: datetime
    installation: str = "default"
    dry_run: bool = False
    fix_drift: bool = False
    counts: Counter[str] = field(default_factory=Counter)
    unmapped: Counter[str] = field(default_factory=Counter)
    failures: dict[int, str] = field(default_factory=dict)
    # The first ROWS_KEPT rows of each kind; the counts say how many there were in all.
    drift: list[tuple[int, str, str]] = field(default_factory=list)
    plan: list[tuple[int, str, str]] = field(default_factory=list)
    open: OpenAppeals | None = None  # None when the run does not follow open appeals
    chunks: int = 1
    http_requests: int = 0
    duration: float = 0.0
    window_completed: bool = False

    def count(self, decision: Decision) -> None:
        """Count one decided row by what was decided."""
        self.counts["fetched"] += 1
        if decision.action is Action.ALREADY_RIGHT:
            self.counts["already_right"] += 1
        elif decision.action is Action.UNMAPPED:
            self.counts["unmapped"] += 1
            self.unmapped[decision.sstu] += 1
        elif decision.action is Action.DRIFT:
            self.counts["drift"] += 1
            if len(self.drift) < ROWS_KEPT:
                self.drift.append((decision.isn, decision.current, decision.mapped or ""))
        if decision.writes:
            self.counts["to_update"] += 1

    def plan_row(self, decision: Decision) -> None:
        """A dry run's row to write: kept for people among the first ROWS_KEPT."""
        if len(self.plan) < ROWS_KEPT:
            self.plan.append((decision.isn, decision.current, decision.target or ""))

    def as_counts(self, tz: tzinfo) -> dict[str, Any]:
        follow: dict[str, Any] = (
            self.open.as_counts(tz)
            if self.open
            else {"open_followed": None, "open_oldest": None, "open_by_age": None}
        )
        return {
            "installation": self.installation,
            **{k: self.counts.get(k, 0) for k in COUNTED},
            **follow,
            "unmapped_values": dict(self.unmapped),
            "drift_rows": [list(row) for row in self.drift],
            "failed_messages": sorted(set(self.failures.values()))[:20],
            "http_requests": self.http_requests,
            "duration_s": round(self.duration, 2),
            "window": [self.window_start.isoformat(), self.window_end.isoformat()],
            "chunks": self.chunks,
        }

    @property
    def problem(self) -> str | None:
        """Why the sync counts as partly failed, or None."""
        return f"не обновлено строк: {len(self.failures)}" if self.failures else None

    def summary(self) -> str:
        c = self.counts
        text = (
            f"окно {self.window_start:%d.%m.%Y %H:%M}–{self.window_end:%d.%m.%Y %H:%M %z}: "
            f"прочитано {c['fetched']}, к обновлению {c['to_update']}, обновлено {c['updated']} "
            f"(из них ответы на обращения {c['advanced']}), "
            f"уже верно {c['already_right']}, без сопоставления {c['unmapped']}, "
            f"расхождений {c['drift']}, ошибок {c['failed']}"
        )
        if self.open is not None:
            text += f"; открытых обращений отслежено {self.open.followed}"
            if self.open.beyond:
                text += f", старше периода отслеживания {self.open.beyond}"
        text += f"; HTTP-запросов {self.http_requests}, {self.duration:.1f} с"
        if self.installation != "default":
            text = f"установка «{self.installation}»: {text}"
        return ("пробный прогон, ничего не записано; " + text) if self.dry_run else text
