"""POS sync with DELO: each installation's open appeals and runs, failed rows (retry or
dismiss), unmapped SSTU values, drift, and the SSTU → POS mapping in force.

Nothing here talks to DELO; a failed row is retried by the next scheduled run, and
"retry" on a dismissed row puts it back on that list.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Flask, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omis.core.clock import now
from omis.core.errors import OmisError
from omis.core.models import JobRun
from omis.core.settings import Settings
from omis.pos.config import (
    DEFAULT_INSTALLATION,
    Processing,
    installation_names,
    job_name,
    load_pos_config,
)
from omis.pos.models import PosFailedRow
from omis.pos.sync import dismiss_failed_row
from omis.web import storage
from omis.web.accounts import Role
from omis.web.actions import action, done, must_get
from omis.web.auth import current
from omis.web.queries.pos_state import pos_state

bp = Blueprint("pos", __name__)

RUNS_SHOWN = 20
ROWS_SHOWN = 200


def recent_runs() -> list[JobRun]:
    """The latest runs of every installation (``pos`` and ``pos:<name>``)."""
    query = (
        select(JobRun)
        .where(or_(JobRun.job == "pos", JobRun.job.like("pos:%")), JobRun.outcome != "skipped")
        .order_by(JobRun.started_at.desc(), JobRun.id.desc())
        .limit(RUNS_SHOWN)
    )
    return list(storage.reader().scalars(query))


@dataclass(frozen=True)
class Installation:
    """One DELO installation as the POS page shows it: its last run and open appeals."""

    name: str
    last: JobRun | None  # the last run that finished (not skipped)
    counts: dict[str, Any]  # the last run that followed open appeals: its counts

    @property
    def followed(self) -> Any:
        return self.counts.get("open_followed")

    @property
    def by_age(self) -> dict[str, Any]:
        ages = self.counts.get("open_by_age")
        return ages if isinstance(ages, dict) else {}


def installations(settings: Settings) -> list[Installation]:
    """The default installation (when configured or when it ran) and every named one."""
    names = installation_names(settings.delo)
    if settings.delo.configured or _ran("pos"):
        names = [DEFAULT_INSTALLATION, *names]
    for job in _named_jobs():
        name = job.split(":", 1)[1]
        if name not in names:
            names.append(name)
    return [_installation(name) for name in names]


def _ran(job: str) -> bool:
    return storage.reader().scalar(select(JobRun.id).where(JobRun.job == job).limit(1)) is not None


def _named_jobs() -> list[str]:
    query = select(JobRun.job).where(JobRun.job.like("pos:%")).distinct()
    return sorted(storage.reader().scalars(query))


def _installation(name: str) -> Installation:
    runs = select(JobRun).where(
        JobRun.job == job_name(name), JobRun.outcome.not_in(("running", "skipped"))
    )
    latest = runs.order_by(JobRun.started_at.desc(), JobRun.id.desc())
    last = storage.reader().scalars(latest.limit(1)).first()
    # The open appeals as the last run that followed them counted them (a backfill does not).
    counts: dict[str, Any] = {}
    for run in storage.reader().scalars(latest.limit(RUNS_SHOWN)):
        if (run.counts or {}).get("open_followed") is not None:
            counts = dict(run.counts)
            break
    return Installation(name, last, counts)


def unmapped_values(runs: list[JobRun]) -> Counter[str]:
    """SSTU values without a mapping, as the latest run that read rows counted them."""
    for run in runs:
        values = (run.counts or {}).get("unmapped_values")
        if isinstance(values, dict) and (run.counts or {}).get("fetched"):
            return Counter({str(k): int(v) for k, v in values.items()})
    return Counter()


def drift_rows(runs: list[JobRun]) -> list[Any]:
    """Drift rows of the latest run, when the sync recorded them in its counts."""
    for run in runs:
        rows = (run.counts or {}).get("drift_rows")
        if isinstance(rows, list):
            return rows[:ROWS_SHOWN]
    return []


def failed_rows(state: str) -> list[PosFailedRow]:
    query = (
        select(PosFailedRow)
        .where(PosFailedRow.state == state)
        .order_by(PosFailedRow.last_seen.desc())
        .limit(ROWS_SHOWN)
    )
    return list(storage.reader().scalars(query))


def mapping_in_force(settings: Settings) -> tuple[dict[str, str], str, str | None]:
    """The SSTU → POS mapping the next run would use, where it comes from, or the error."""
    try:
        loaded = load_pos_config(None, settings.delo)
    except OmisError as exc:
        if not settings.delo.configured:
            default = Processing().statusMapping
            return dict(default), "встроенное (в настройках OMIS СЭД «Дело» не задана)", None
        return {}, "", str(exc)
    return dict(loaded.processing.statusMapping), str(loaded.source), None


@bp.route("/pos", strict_slashes=False)
def index() -> ResponseReturnValue:
    runs = recent_runs()
    mapping, source, mapping_error = mapping_in_force(storage.settings())
    places = installations(storage.settings())
    return render_template(
        "pos/index.html",
        runs=runs,
        installations=places,
        several=len(places) > 1 or any(run.job != "pos" for run in runs),
        failed=failed_rows("open"),
        dismissed=failed_rows("dismissed"),
        unmapped=unmapped_values(runs).most_common(),
        drift=drift_rows(runs),
        last_drift=(runs[0].counts or {}).get("drift", 0) if runs else 0,
        mapping=mapping,
        mapping_source=source,
        mapping_error=mapping_error,
        delo=pos_state(storage.reader(), storage.settings().delo),
        now=now(),
    )


def _row(row_id: int, session: Session) -> PosFailedRow:
    missing = f"Строка №{row_id} не найдена в списке ошибок синхронизации."
    return must_get(session, PosFailedRow, row_id, missing)


@action(bp, "/pos/failed/<id:row_id>/dismiss", Role.OPERATOR)
def dismiss(row_id: int) -> ResponseReturnValue:
    with storage.writer() as session:
        isn = _row(row_id, session).isn_ref_rubric
    dismiss_failed_row(storage.database(), row_id, current().username)
    return done(f"Строка {isn} больше не будет повторяться.", url_for("pos.index"))


@action(bp, "/pos/failed/<id:row_id>/retry", Role.OPERATOR)
def retry(row_id: int) -> ResponseReturnValue:
    """Put a dismissed row back on the retry list of the next scheduled run."""
    with storage.writer() as session:
        row = _row(row_id, session)
        if row.state != "resolved":
            row.state, row.dismissed_by = "open", None
        isn = row.isn_ref_rubric
    message = f"Строка {isn} будет повторена при следующем запуске синхронизации."
    return done(message, url_for("pos.index"))


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
