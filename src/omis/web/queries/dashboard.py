"""What the dashboard shows: statuses, delays, recent changes, jobs, outside systems.

Every query here is served by an index or a primary key, so the page stays fast on a
store with hundreds of thousands of positions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, bindparam, func, select, union_all
from sqlalchemy.orm import Session

from omis.adapters.mailsources import SOURCE_LABELS
from omis.contractors.models import Contractor
from omis.core.jobs import job_title
from omis.core.models import JobRun
from omis.core.settings import Settings
from omis.mail import jobs as mail_jobs
from omis.mail.models import Letter
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request, StatusChange
from omis.requests.rows import position_rows
from omis.web.queries.delays import (
    DelayLimits,
    OwnLimits,
    delayed_condition,
    delayed_parts,
    late_in,
    of_contractor,
)
from omis.web.queries.pos_state import PosState

if TYPE_CHECKING:
    from omis.web.queries.positions import AnySelect

# The dashboard counts delayed positions up to here and then says "more than".
DELAYED_CAP = 10_000

# The jobs the dashboard always lists (others once they have run).
DASHBOARD_JOBS = ("mail", "notify", "pos", "watchdog")


def job_label(job: str) -> str:
    return job_title(job)


def status_counts(session: Session) -> list[tuple[Status, int]]:
    """Positions per status, in lifecycle order, zeros included."""
    rows = session.execute(select(Position.status, func.count()).group_by(Position.status))
    found = {status: int(count) for status, count in rows}
    return [(status, found.get(status.value, 0)) for status in Status]


def open_requests(session: Session) -> int:
    return int(session.scalar(select(func.count()).where(Request.closed_at.is_(None))) or 0)


@dataclass(frozen=True)
class Totals:
    counts: list[tuple[Status, int]]
    open_requests: int


_totals: dict[str, tuple[int, Totals]] = {}


def history_version(session: Session) -> int:
    """The newest status decision's id: O(1), and it moves whenever a position is added or
    its status or its request's closed state changes (each of those records a decision)."""
    return int(session.scalar(select(func.max(StatusChange.id))) or 0)


def totals(session: Session, store_key: str) -> Totals:
    """Counts per status and open requests, recounted only when the history moved.

    Counting every position takes tens of milliseconds on a large store; the dashboard is
    opened far more often than statuses change. Each worker keeps its own copy, checked
    against the database on every view, so all workers show the same figures.
    """
    version = history_version(session)
    cached = _totals.get(store_key)
    if cached is not None and cached[0] == version:
        return cached[1]
    fresh = Totals(status_counts(session), open_requests(session))
    _totals[store_key] = (version, fresh)
    return fresh


def delayed_positions(
    session: Session,
    limits: DelayLimits,
    moment: datetime,
    limit: int = 15,
    own: OwnLimits | None = None,
    contractor: int | None = None,
    per_contractor: list[tuple[int | None, str | None, int]] | None = None,
) -> tuple[list[Any], int]:
    """The longest-delayed positions first, and how many are delayed (counting stops at
    :data:`DELAYED_CAP`).

    One index range per status rather than one OR over all of them: the oldest ``limit``
    of each status come straight off the (status, status_changed_at) index and only those
    are merged, where the OR would read every delayed position to sort them. Then the few
    rows shown are fetched by id.
    """
    if not limits:
        return [], 0
    if per_contractor and (own or contractor is not None):
        # Contractors' own limits, or one contractor: counted per contractor already.
        ids = _oldest_by_contractor_rules(session, limits, moment, limit, own, contractor)
        total = sum(n for key, _name, n in per_contractor if contractor in (None, key))
        return _delayed_rows(session, ids), min(total, DELAYED_CAP + 1)
    if contractor is not None:
        return [], 0  # no request has a contractor
    statuses = tuple(limits)
    oldest, counts = _delayed_statements(statuses, limit)
    cutoffs = {f"cutoff_{i}": moment - limits[status] for i, status in enumerate(statuses)}
    ids = list(session.scalars(oldest, cutoffs))
    total = sum(int(count or 0) for count in session.execute(counts, cutoffs).one())
    return _delayed_rows(session, ids), min(total, DELAYED_CAP + 1)


def _delayed_rows(session: Session, ids: list[int]) -> list[Any]:
    if not ids:
        return []
    query = position_rows().where(Position.id.in_(ids)).order_by(Position.status_changed_at)
    return list(session.execute(query))


def _oldest_by_contractor_rules(
    session: Session,
    limits: DelayLimits,
    moment: datetime,
    limit: int,
    own: OwnLimits | None,
    contractor: int | None,
) -> list[int]:
    """The longest-delayed ids when contractors have their own limits, or of one
    contractor: one index range per part of the condition, merged as above."""
    parts = delayed_parts(limits, moment, own)
    if contractor is not None:
        parts = [and_(part, of_contractor(contractor)) for part in parts]
    if not parts:
        return []
    return list(session.scalars(_oldest_ids(parts, limit)))


_per_contractor: dict[tuple[object, ...], list[tuple[int | None, str | None, int]]] = {}


def delayed_per_contractor(
    session: Session, limits: DelayLimits, moment: datetime, own: OwnLimits | None, store_key: str
) -> list[tuple[int | None, str | None, int]]:
    """Late positions per contractor (None: requests without one), most first.

    Counting them reads every late position with its request: tens of milliseconds on a
    store with thousands of late positions. Limits are whole minutes, so the answer is kept
    for the rest of the minute (and until a status changes); none is needed at all while
    no request has a contractor."""
    if not limits:
        return []
    if (
        session.scalar(select(Request.id).where(Request.contractor_id.is_not(None)).limit(1))
        is None
    ):
        return []
    minute = moment.replace(second=0, microsecond=0)
    signature = tuple(
        sorted((key, tuple(sorted(mine.items()))) for key, mine in (own or {}).items())
    )
    key = (store_key, history_version(session), minute, signature, tuple(sorted(limits.items())))
    if key not in _per_contractor:
        _per_contractor.clear()  # one entry per store is enough: the key moves every minute
        _per_contractor[key] = _count_per_contractor(session, limits, minute, own)
    return _per_contractor[key]


def _count_per_contractor(
    session: Session, limits: DelayLimits, moment: datetime, own: OwnLimits | None
) -> list[tuple[int | None, str | None, int]]:
    query = (
        select(Request.contractor_id, Contractor.name, func.count())
        .select_from(Position)
        .join(Request, Position.request_id == Request.id)
        .outerjoin(Contractor, Contractor.id == Request.contractor_id)
        .where(delayed_condition(limits, moment, own))
        .group_by(Request.contractor_id, Contractor.name)
    )
    rows = [(row[0], row[1], int(row[2])) for row in session.execute(query)]
    return sorted(rows, key=lambda row: (-row[2], row[1] or "я"))


_contractor_totals: dict[tuple[object, ...], Totals] = {}


def contractor_totals(
    session: Session, contractor: int, store_key: str, moment: datetime
) -> Totals:
    """Counts per status and open requests of one contractor, recounted when the history
    moves or the minute changes (moving a request to another contractor records nothing
    in the history)."""
    key = (store_key, contractor, history_version(session), moment.replace(second=0, microsecond=0))
    if key not in _contractor_totals:
        _contractor_totals.clear()
        _contractor_totals[key] = _count_contractor(session, contractor)
    return _contractor_totals[key]


def _count_contractor(session: Session, contractor: int) -> Totals:
    mine = Position.request_id.in_(select(Request.id).where(Request.contractor_id == contractor))
    rows = session.execute(
        select(Position.status, func.count()).where(mine).group_by(Position.status)
    )
    found = {status: int(count) for status, count in rows}
    counts = [(status, found.get(status.value, 0)) for status in Status]
    open_count = session.scalar(
        select(func.count()).where(Request.closed_at.is_(None), Request.contractor_id == contractor)
    )
    return Totals(counts, int(open_count or 0))


@cache
def _delayed_statements(statuses: tuple[Status, ...], limit: int) -> tuple[AnySelect, AnySelect]:
    """The delayed ids and the per-status capped counts, built once per set of statuses.

    The cut-off times are bound parameters (``cutoff_0``, ...), and the per-status counts
    are one statement: building the statements on every view of the most opened page took
    as long as running them (1.0 of 2.0 ms per view on 100,000 positions in SQLite).
    """
    late = [late_in(status, bindparam(f"cutoff_{i}")) for i, status in enumerate(statuses)]
    ids = _oldest_ids(late, limit)
    counts = select(
        *(
            select(func.count())
            .select_from(select(Position.id).where(condition).limit(DELAYED_CAP + 1).subquery())
            .scalar_subquery()
            for condition in late
        )
    )
    return ids, counts


def _oldest_ids(conditions: Sequence[ColumnElement[bool]], limit: int) -> AnySelect:
    """The ids of the ``limit`` positions unchanged the longest among those matching any
    of ``conditions``: each condition is one index range whose oldest ``limit`` are taken
    on their own, and only those are merged (see :func:`delayed_positions`)."""
    oldest = union_all(
        *(
            select(Position.id, Position.status_changed_at)
            .where(condition)
            .order_by(Position.status_changed_at)
            .limit(limit)
            .subquery()
            .select()
            for condition in conditions
        )
    ).subquery()
    return select(oldest.c.id).order_by(oldest.c.status_changed_at).limit(limit)


def recent_changes(session: Session, limit: int = 12) -> list[Any]:
    """The last recorded status decisions (applied or not), newest first."""
    query = (
        select(
            StatusChange,
            Request.number.label("request_number"),
            Position.number.label("position_number"),
        )
        .join(Position, StatusChange.position_id == Position.id)
        .join(Request, Position.request_id == Request.id)
        .order_by(StatusChange.id.desc())
        .limit(limit)
    )
    return list(session.execute(query))


def last_runs(session: Session) -> list[JobRun]:
    """The latest run of every job that ever ran, by job name."""
    latest = select(func.max(JobRun.id)).group_by(JobRun.job)
    runs = session.scalars(select(JobRun).where(JobRun.id.in_(latest)))
    return sorted(runs, key=lambda run: run.job)


def job_overview(runs: list[JobRun]) -> list[tuple[str, JobRun | None]]:
    """Every scheduled job with its latest run, None for one that never ran (a job missing
    from cron shows up here instead of silently not existing); then any other job that ran."""
    by_job = {run.job: run for run in runs}
    known = [(job, by_job.pop(job, None)) for job in DASHBOARD_JOBS]
    return known + [(job, run) for job, run in sorted(by_job.items())]


def open_review_count(session: Session) -> int:
    query = select(func.count()).where(Letter.review_state == "open")
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class SystemState:
    """One outside system as the dashboard shows it."""

    name: str
    configured: bool
    state: str  # ok / failing / waiting / off
    detail: str


def outside_systems(settings: Settings, runs: list[JobRun], pos: PosState) -> list[SystemState]:
    """Each outside system: configured or not, and how its job last went.

    Nothing is contacted from here (a page view must not wait on a mail server); the
    state is what the last run of the job that talks to the system recorded.
    """
    by_job = {run.job: run for run in runs}
    mail = settings.mail.mail_backend
    mailboxes = [
        _system(f"Почта подрядчиков «{name}»: {_source(box.mail_backend)}", True, by_job.get(job))
        for (name, box), job in zip(
            settings.mail.sources(), mail_jobs.source_jobs(settings), strict=False
        )
    ] or [
        _system(
            "Почта подрядчиков" + (f": {_source(mail)}" if mail else ""),
            mail is not None,
            by_job.get("mail"),
        )
    ]
    return [
        *mailboxes,
        _system("Telegram", settings.telegram.configured, by_job.get("notify")),
        _system("Почта для оповещений (SMTP)", settings.smtp.configured, by_job.get("notify")),
        _delo(pos),
    ]


def _source(backend: str | None) -> str:
    return SOURCE_LABELS.get(backend or "", backend or "")


def _delo(pos: PosState) -> SystemState:
    """Set up here, or run with a configuration folder given by hand: either way the
    dashboard says what the last run did, never «не настроено» above a successful run."""
    state = _system("СЭД «Дело»", pos.configured or pos.ran, pos.last)
    if pos.configured or not pos.ran:
        return state
    note = "в настройках OMIS не задана, запускалась с папкой настроек, указанной при запуске"
    return SystemState(state.name, True, state.state, f"{note}; {state.detail}")


def _system(name: str, configured: bool, run: JobRun | None) -> SystemState:
    if not configured:
        return SystemState(name, False, "off", "не настроено")
    if run is None:
        return SystemState(name, True, "waiting", "задание ещё не запускалось")
    if run.outcome == "failed":
        return SystemState(name, True, "failing", run.error or "последний запуск с ошибкой")
    if run.outcome == "partial":
        return SystemState(name, True, "partial", run.error or "часть операций не выполнена")
    return SystemState(name, True, "ok", "последний запуск без ошибок")
