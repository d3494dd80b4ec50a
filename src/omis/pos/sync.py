"""``omis pos-sync``: make the «Статус ПОС» rubric mirror the SSTU status, checked row by row.

Steps: choose the window → retry the rows that failed before → read the window's pages as
they arrive → decide each row (pure) → write batches of aliased mutations, several in
flight → record every failure for the next run → complete the window. The saved window
only moves when the whole window was read; failed rows live on in the retry list, so
nothing is lost and nothing is skipped.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.adapters.delo.client import DeloClient, RowResult, RowUpdate, isn_filter, rows_filter
from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.settings import Settings
from omis.pos.config import PosConfig, check_order, load_pos_config
from omis.pos.decide import Action, Decision, decide
from omis.pos.models import PosFailedRow, PosWindow

log = logging.getLogger(__name__)
Progress = Callable[[int], None]
RETRY_CHUNK = 200
# Row lists kept for the report (drift, the dry-run plan): the first ones are enough for a
# person to act on, and keeping every row would make memory grow with the window.
ROWS_KEPT = 200


@dataclass
class PosReport:
    window_start: datetime
    window_end: datetime
    dry_run: bool = False
    fix_drift: bool = False
    counts: Counter[str] = field(default_factory=Counter)
    unmapped: Counter[str] = field(default_factory=Counter)
    failures: dict[int, str] = field(default_factory=dict)
    # The first ROWS_KEPT rows of each kind; the counts say how many there were in all.
    drift: list[tuple[int, str, str]] = field(default_factory=list)
    plan: list[tuple[int, str, str]] = field(default_factory=list)
    http_requests: int = 0
    duration: float = 0.0
    window_completed: bool = False

    def as_counts(self) -> dict[str, Any]:
        return {
            **{
                k: self.counts.get(k, 0)
                for k in (
                    "fetched",
                    "to_update",
                    "updated",
                    "already_right",
                    "unmapped",
                    "drift",
                    "failed",
                    "retried",
                )
            },
            "unmapped_values": dict(self.unmapped),
            "drift_rows": [list(row) for row in self.drift],
            "failed_messages": sorted(set(self.failures.values()))[:20],
            "http_requests": self.http_requests,
            "duration_s": round(self.duration, 2),
            "window": [self.window_start.isoformat(), self.window_end.isoformat()],
        }

    @property
    def problem(self) -> str | None:
        """Why the sync counts as partly failed, or None."""
        return f"не обновлено строк: {len(self.failures)}" if self.failures else None

    def summary(self) -> str:
        c = self.counts
        text = (
            f"окно {self.window_start:%d.%m.%Y %H:%M}–{self.window_end:%d.%m.%Y %H:%M %z}: "
            f"прочитано {c['fetched']}, к обновлению {c['to_update']}, обновлено {c['updated']}, "
            f"уже верно {c['already_right']}, без сопоставления {c['unmapped']}, "
            f"расхождений {c['drift']}, ошибок {c['failed']}; "
            f"HTTP-запросов {self.http_requests}, {self.duration:.1f} с"
        )
        return ("пробный прогон, ничего не записано; " + text) if self.dry_run else text


def run_pos_sync(
    database: Database,
    settings: Settings,
    *,
    config_dir: Path | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    dry_run: bool = False,
    fix_drift: bool | None = None,
    progress: Progress | None = None,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> PosReport:
    """One sync; raises on a failed run; returns a report whose ``failures`` may be non-empty.
    Alerts are the caller's business (:func:`omis.runner.steps.run_step`), as for every job."""
    config = load_pos_config(config_dir, settings.delo)
    window, saved = _window(database, config, start, end)
    fix = config.processing.fixDrift if fix_drift is None else fix_drift
    report = PosReport(
        window[0].astimezone(config.tz),
        window[1].astimezone(config.tz),
        dry_run=dry_run,
        fix_drift=fix,
    )
    if dry_run:
        _sync(database, config, report, fix, progress, transport, sleep, saved=False)
        return report
    with run_job(database, "pos") as job:
        try:
            _sync(database, config, report, fix, progress, transport, sleep, saved=saved)
        finally:
            job.counts.update(report.as_counts())
        if report.problem:
            job.mark_partial(report.problem)
    return report


def _window(
    database: Database, config: PosConfig, start: datetime | None, end: datetime | None
) -> tuple[tuple[datetime, datetime], bool]:
    """The window and whether it is the saved one (backfills never move the saved window)."""
    if start or end:
        moment = now()
        window = (start or moment - _max_range(config), end or moment)
        check_order(*window)
        return window, False
    fixed = config.fixed_window()
    if fixed:
        return fixed, False
    with database.session() as session:
        saved = session.get(PosWindow, config.key)
        last_end = saved.completed_end if saved else None
    moment = now()
    overlap = timedelta(minutes=config.processing.overlapMinutes)
    begin = last_end - overlap if last_end else moment - _max_range(config)
    # Clamp the end, never the start: a long outage is caught up over several runs
    # instead of jumping over the rows in between.
    return (begin, min(moment, begin + _max_range(config))), True


def _max_range(config: PosConfig) -> timedelta:
    return timedelta(days=config.processing.dateRange.maxDateRangeDays)


def _sync(
    database: Database,
    config: PosConfig,
    report: PosReport,
    fix_drift: bool,
    progress: Progress | None,
    transport: httpx.BaseTransport | None,
    sleep: Callable[[float], None],
    *,
    saved: bool,
) -> None:
    started = time.monotonic()
    client = DeloClient(config, sleep=sleep, transport=transport)
    try:
        client.login()
        retry = _open_failures(database, config.key)
        pages = _retry_pages(client, sorted(retry)) if retry else iter(())
        report.counts["retried"] = len(retry)
        writer = _Writer(client, config, report, retry=retry, dry_run=report.dry_run)
        with writer:
            for rows in _chain(
                pages,
                client.iter_pages(rows_filter(config, report.window_start, report.window_end)),
            ):
                _handle_page(rows, config, report, writer, fix_drift)
                if progress:
                    progress(report.counts["fetched"])
        if not report.dry_run:
            _record(database, config.key, writer.failed, retry)
            if saved:
                _complete_window(database, config.key, report.window_end)
                report.window_completed = True
    finally:
        client.logout()
        report.http_requests = client.requests
        report.duration = time.monotonic() - started


def _chain(*iterables: Iterable[list[dict[str, Any]]]) -> Iterator[list[dict[str, Any]]]:
    for iterable in iterables:
        yield from iterable


def _retry_pages(client: DeloClient, isns: list[int]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(isns), RETRY_CHUNK):
        yield from client.iter_pages(isn_filter(isns[start : start + RETRY_CHUNK]))


def _handle_page(
    rows: list[dict[str, Any]],
    config: PosConfig,
    report: PosReport,
    writer: _Writer,
    fix_drift: bool,
) -> None:
    mapping = config.mapping
    for row in rows:
        if writer.seen(int(row["isnRefRubric"])):
            continue  # a retried row that is also in the window, or a row read twice
        report.counts["fetched"] += 1
        decision = decide(row, mapping, fix_drift=fix_drift)
        _count(report, decision)
        if decision.writes:
            report.counts["to_update"] += 1
            writer.add(decision)


def _count(report: PosReport, decision: Decision) -> None:
    if decision.action is Action.ALREADY_RIGHT:
        report.counts["already_right"] += 1
    elif decision.action is Action.UNMAPPED:
        report.counts["unmapped"] += 1
        report.unmapped[decision.sstu] += 1
    elif decision.action is Action.DRIFT:
        report.counts["drift"] += 1
        if len(report.drift) < ROWS_KEPT:
            report.drift.append((decision.isn, decision.current, decision.mapped or ""))


class _Writer:
    """Collects updates into batches and keeps up to ``concurrency`` requests in flight.

    Memory stays flat however large the window is. Kept per row: the failed ones (they go
    to the retry list), the retried ones, and the ones whose write is not answered yet. A
    row DELO confirmed needs no memory: read again, it is already right."""

    def __init__(
        self,
        client: DeloClient,
        config: PosConfig,
        report: PosReport,
        *,
        retry: Collection[int],
        dry_run: bool,
    ) -> None:
        self.client = client
        self.report = report
        self.dry_run = dry_run
        self.batch_size = config.processing.batchSize
        self.concurrency = config.processing.concurrency
        self.pending: list[Decision] = []
        self.futures: list[tuple[list[Decision], Future[list[RowResult]]]] = []
        self.failed: dict[int, tuple[RowResult, str]] = {}  # isn → result, SSTU status
        self._retry = frozenset(retry)
        self._retried: set[int] = set()  # retried rows already read in this run
        self._unconfirmed: set[int] = set()  # in a batch not sent or not answered yet
        self.pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="pos-write")

    def seen(self, isn: int) -> bool:
        """True for a row handled before in this run that must not be handled again: a
        retried row met again in the window, or a row delivered twice while its write is
        unanswered or failed (written once per run at most)."""
        if isn in self._retried or isn in self._unconfirmed or isn in self.failed:
            return True
        if isn in self._retry:
            self._retried.add(isn)
        return False

    def add(self, decision: Decision) -> None:
        if self.dry_run:
            if len(self.report.plan) < ROWS_KEPT:
                self.report.plan.append((decision.isn, decision.current, decision.target or ""))
            return
        self.pending.append(decision)
        self._unconfirmed.add(decision.isn)
        if len(self.pending) >= self.batch_size:
            self._submit()

    def _submit(self) -> None:
        batch, self.pending = self.pending, []
        updates = [RowUpdate(d.isn, d.target or "") for d in batch]
        self.futures.append((batch, self.pool.submit(self.client.update_batch, updates)))
        # Bound what is in flight so memory stays flat however large the window is.
        while len(self.futures) > self.concurrency * 2:
            self._collect(self.futures.pop(0))

    def _collect(self, item: tuple[list[Decision], Future[list[RowResult]]]) -> None:
        batch, future = item
        try:
            results = future.result()
        except Exception as exc:  # the whole request failed: every row of it is retried later
            results = [RowResult(d.isn, d.target or "", False, str(exc)) for d in batch]
        for decision, result in zip(batch, results, strict=True):
            self._unconfirmed.discard(decision.isn)
            if result.success:
                self.report.counts["updated"] += 1
                continue
            self.report.counts["failed"] += 1
            self.report.failures[result.isn] = result.message or "ошибка"
            self.failed[result.isn] = (result, decision.sstu)
            log.error("строка %s не обновлена: %s", result.isn, result.message)

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, exc_type: object, *_rest: object) -> None:
        try:
            if exc_type is None and self.pending:
                self._submit()
            while self.futures:
                self._collect(self.futures.pop(0))
        finally:
            self.pool.shutdown(wait=True)


def _open_failures(database: Database, key: str) -> set[int]:
    with database.session() as session:
        query = select(PosFailedRow.isn_ref_rubric).where(
            PosFailedRow.key == key, PosFailedRow.state == "open"
        )
        return set(session.scalars(query))


def _record(
    database: Database,
    key: str,
    failed: dict[int, tuple[RowResult, str]],
    retry: Collection[int],
) -> None:
    """Failed rows go (back) to the retry list; every other retried row is resolved: it was
    written, needed no write this time (already right, unmapped now) or left the window."""
    moment = now()
    with database.session() as session:
        existing = _failed_rows(session, key, [*failed, *retry])
        for isn, (result, sstu) in failed.items():
            row = existing.get(isn)
            if row is None:
                row = PosFailedRow(key=key, isn_ref_rubric=isn, attempts=0, first_seen=moment)
                session.add(row)
            row.state, row.desired, row.message = "open", result.value, result.message
            row.sstu_status = sstu
            row.attempts, row.last_seen = (row.attempts or 0) + 1, moment
        for isn in retry:
            row = existing.get(isn)
            if isn not in failed and row is not None and row.state == "open":
                row.state, row.last_seen = "resolved", moment


def _failed_rows(session: Session, key: str, isns: list[int]) -> dict[int, PosFailedRow]:
    """The stored rows of these ids, read in chunks (bound parameters have limits)."""
    found: dict[int, PosFailedRow] = {}
    for start in range(0, len(isns), RETRY_CHUNK):
        chunk = isns[start : start + RETRY_CHUNK]
        query = select(PosFailedRow).where(
            PosFailedRow.key == key, PosFailedRow.isn_ref_rubric.in_(chunk)
        )
        found.update((row.isn_ref_rubric, row) for row in session.scalars(query))
    return found


def _complete_window(database: Database, key: str, end: datetime) -> None:
    with database.session() as session:
        saved = session.get(PosWindow, key)
        if saved is None:
            session.add(PosWindow(key=key, completed_end=end))
        else:
            saved.completed_end = max(saved.completed_end, end)


def dismiss_failed_row(database: Database, row_id: int, user: str) -> None:
    with database.session() as session:
        row = session.get(PosFailedRow, row_id)
        if row is not None and row.state == "open":
            row.state, row.dismissed_by = "dismissed", user
