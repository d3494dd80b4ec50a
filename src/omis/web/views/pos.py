"""POS sync with DELO: runs with their counts, failed rows (retry or dismiss), unmapped SSTU
values, drift, and the SSTU → POS mapping in force.

Nothing here talks to DELO; a failed row is retried by the next scheduled run, and
"retry" on a dismissed row puts it back on that list.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from flask import Blueprint, Flask, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.core.errors import NotFoundError, OmisError
from omis.core.models import JobRun
from omis.core.settings import Settings
from omis.pos.config import Processing, load_pos_config
from omis.pos.models import PosFailedRow
from omis.pos.sync import dismiss_failed_row
from omis.web import storage
from omis.web.accounts import Role
from omis.web.auth import current, require_role

bp = Blueprint("pos", __name__)

POS_JOB = "pos"
RUNS_SHOWN = 20
ROWS_SHOWN = 200


def recent_runs() -> list[JobRun]:
    query = (
        select(JobRun)
        .where(JobRun.job == POS_JOB)
        .order_by(JobRun.started_at.desc(), JobRun.id.desc())
        .limit(RUNS_SHOWN)
    )
    return list(storage.reader().scalars(query))


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
            return dict(default), "встроенное (СЭД «Дело» ещё не настроена)", None
        return {}, "", str(exc)
    return dict(loaded.processing.statusMapping), str(loaded.source), None


@bp.route("/pos")
def index() -> ResponseReturnValue:
    runs = recent_runs()
    mapping, source, mapping_error = mapping_in_force(storage.settings())
    return render_template(
        "pos/index.html",
        runs=runs,
        failed=failed_rows("open"),
        dismissed=failed_rows("dismissed"),
        unmapped=unmapped_values(runs).most_common(),
        drift=drift_rows(runs),
        last_drift=(runs[0].counts or {}).get("drift", 0) if runs else 0,
        mapping=mapping,
        mapping_source=source,
        mapping_error=mapping_error,
        configured=storage.settings().delo.configured,
    )


def _row(row_id: int, session: Session) -> PosFailedRow:
    row = session.get(PosFailedRow, row_id)
    if row is None:
        raise NotFoundError(f"Строка №{row_id} не найдена в списке ошибок синхронизации.")
    return row


@bp.route("/pos/failed/<id:row_id>/dismiss", methods=["POST"])
@require_role(Role.OPERATOR)
def dismiss(row_id: int) -> ResponseReturnValue:
    with storage.writer() as session:
        isn = _row(row_id, session).isn_ref_rubric
    dismiss_failed_row(storage.database(), row_id, current().username)
    flash(f"Строка {isn} больше не будет повторяться.", "success")
    return redirect(url_for("pos.index"))


@bp.route("/pos/failed/<id:row_id>/retry", methods=["POST"])
@require_role(Role.OPERATOR)
def retry(row_id: int) -> ResponseReturnValue:
    """Put a dismissed row back on the retry list of the next scheduled run."""
    with storage.writer() as session:
        row = _row(row_id, session)
        if row.state != "resolved":
            row.state, row.dismissed_by = "open", None
        isn = row.isn_ref_rubric
    flash(f"Строка {isn} будет повторена при следующем запуске синхронизации.", "success")
    return redirect(url_for("pos.index"))


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
