"""``omis pos-sync``: make the «Статус ПОС» rubric follow each appeal's SSTU status to its end.

One run: log in → retry the rows that failed before → read the window's pages as they
arrive (a backfill: chunk after chunk) → decide each row (pure) → write batches of
aliased mutations, several in flight → follow the appeals still open or still empty in
POS (registered within the follow-up period, before the window) → re-read and settle the
writes nobody confirmed → record what failed for the next run → complete the window. The
saved window only moves when the whole run succeeded; failed rows live on in the retry
list, so nothing is lost and nothing is skipped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.adapters.delo import filters
from omis.adapters.delo.client import PAGE_FIELD, Deadline, DeloClient, ProbeResult
from omis.adapters.delo.payloads import RubricRow
from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.redact import redact
from omis.core.settings import Settings
from omis.pos.config import PosConfig, check_order, load_pos_config
from omis.pos.decide import Decision, decide
from omis.pos.models import PosFailedRow, PosWindow
from omis.pos.report import OpenAppeals, PosReport
from omis.pos.writer import Failure, Writer

__all__ = ["PAGE_FIELD", "PosReport", "Progress", "SyncProgress", "probe_delo", "run_pos_sync"]

log = logging.getLogger(__name__)
RETRY_CHUNK = 200


@dataclass(frozen=True)
class SyncProgress:
    """Where a run is: chunk ``chunk`` of ``chunks`` of the window, rows read so far."""

    chunk: int
    chunks: int
    fetched: int


Progress = Callable[[SyncProgress], None]


@dataclass(frozen=True)
class Plan:
    """The window in chunks of at most ``maxDateRangeDays``; ``saved``: the scheduled window
    (it completes the saved window and follows the open appeals; a backfill does neither)."""

    chunks: list[tuple[datetime, datetime]]
    saved: bool
    moment: datetime = field(default_factory=now)

    @property
    def start(self) -> datetime:
        return self.chunks[0][0]

    @property
    def end(self) -> datetime:
        return self.chunks[-1][1]


def run_pos_sync(
    database: Database,
    settings: Settings,
    *,
    config_dir: Path | None = None,
    installation: str | None = None,
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
    config = load_pos_config(config_dir, settings.delo, installation)
    _drop_credentials_from_key(database, config)
    plan = _plan(database, config, start, end)
    fix = config.processing.fixDrift if fix_drift is None else fix_drift
    report = PosReport(
        plan.start.astimezone(config.tz),
        plan.end.astimezone(config.tz),
        installation=config.installation,
        dry_run=dry_run,
        fix_drift=fix,
        chunks=len(plan.chunks),
    )
    run = _Run(database, config, plan, report, fix, progress, sleep, transport)
    if dry_run:
        run.sync()
        return report
    with run_job(database, config.job_name) as job:
        try:
            run.sync()
        finally:
            job.counts.update(report.as_counts(config.tz))
        if report.problem:
            job.mark_partial(report.problem)
    return report


def probe_delo(config: PosConfig, transport: httpx.BaseTransport | None = None) -> ProbeResult:
    """Log in, read one row of the rows a run reads, log out: ``omis doctor``'s check,
    through the client, the settings and the filter the sync itself uses."""
    period = config.follow_up or timedelta(days=config.processing.dateRange.maxDateRangeDays)
    moment = now()
    deadline = Deadline(config.deadline_seconds)
    with DeloClient(config.delo_connection(), transport=transport, deadline=deadline) as client:
        return client.probe(filters.registered_between(config.scope, moment - period, moment))


def _drop_credentials_from_key(database: Database, config: PosConfig) -> None:
    """An address with ``user:password@`` was once the key itself: its saved window and
    retry list move to the key without them, so the password leaves the database and
    neither the window nor a failed row is lost."""
    old, key = config.connection.graphql_endpoint, config.key
    if old == key:
        return
    with database.session() as session:
        saved = session.get(PosWindow, old)
        if saved is not None:
            session.delete(saved)
            _complete_window_in(session, key, saved.completed_end)
        taken = set(
            session.scalars(select(PosFailedRow.isn_ref_rubric).where(PosFailedRow.key == key))
        )
        for row in session.scalars(select(PosFailedRow).where(PosFailedRow.key == old)):
            if row.isn_ref_rubric in taken:
                session.delete(row)
            else:
                row.key, row.message = key, redact(row.message)


def _plan(
    database: Database, config: PosConfig, start: datetime | None, end: datetime | None
) -> Plan:
    """The window and whether it is the saved one (backfills never move the saved window)."""
    moment = now()
    longest = timedelta(days=config.processing.dateRange.maxDateRangeDays)
    if start or end:
        window = (start or moment - longest, end or moment)
        check_order(*window)
        return Plan(split(*window, longest), saved=False, moment=moment)
    fixed = config.fixed_window()
    if fixed:
        return Plan(split(*fixed, longest), saved=False, moment=moment)
    with database.session() as session:
        saved = session.get(PosWindow, config.key)
        last_end = saved.completed_end if saved else None
    overlap = timedelta(minutes=config.processing.overlapMinutes)
    begin = last_end - overlap if last_end else moment - longest
    # Clamp the end, never the start: a long outage is caught up over several runs
    # instead of jumping over the rows in between.
    return Plan([(begin, min(moment, begin + longest))], saved=True, moment=moment)


def split(start: datetime, end: datetime, longest: timedelta) -> list[tuple[datetime, datetime]]:
    """[start, end] in consecutive chunks of at most ``longest``."""
    chunks = []
    while start < end:
        chunks.append((start, min(end, start + longest)))
        start = chunks[-1][1]
    return chunks


class _Run:
    """The steps of one run over one DELO session (see the module docstring)."""

    def __init__(
        self,
        database: Database,
        config: PosConfig,
        plan: Plan,
        report: PosReport,
        fix_drift: bool,
        progress: Progress | None,
        sleep: Callable[[float], None],
        transport: httpx.BaseTransport | None,
    ) -> None:
        self.database, self.config, self.plan, self.report = database, config, plan, report
        self.fix_drift, self.progress = fix_drift, progress
        self.rules = config.rules
        self.page_size = config.processing.pagination.pageSize
        self.sleep, self.transport = sleep, transport
        self.client: DeloClient
        self.retry: set[int] = set()
        self.closing: dict[int, datetime | None] = {}  # open rows whose write would close them
        # Appeals registered since then are followed (a scheduled run only).
        self.since = plan.moment - config.follow_up if plan.saved and config.follow_up else None
        if self.since is not None:
            report.open = OpenAppeals()

    def sync(self) -> None:
        started = time.monotonic()
        self.client = DeloClient(
            self.config.delo_connection(),
            sleep=self.sleep,
            transport=self.transport,
            deadline=Deadline(self.config.deadline_seconds),
        )
        try:
            self.client.login()
            self.retry = _open_failures(self.database, self.config.key)
            self.report.counts["retried"] = len(self.retry)
            p = self.config.processing
            writer = Writer(
                self.client, self.report, batch_size=p.batchSize, concurrency=p.concurrency,
                retry_attempts=p.retryAttempts, retry=self.retry, sleep=self.sleep,
            )  # fmt: skip
            with writer:
                self._read_retry_list(writer)
                self._read_window(writer)
                self._follow_open_appeals(writer)
                writer.drain()
                writer.settle(self._reread, self._redecide)
            self._finish(writer)
        finally:
            self.client.logout()
            self.client.close()
            self.report.http_requests = self.client.requests
            self.report.duration = time.monotonic() - started

    # --- the reads ----------------------------------------------------------------------

    def _read_retry_list(self, writer: Writer) -> None:
        for rows in self._reread(sorted(self.retry)):
            writer.page_read()
            for row in rows:
                self._handle(row, writer, now=True)

    def _read_window(self, writer: Writer) -> None:
        scope = self.config.scope
        for number, (start, end) in enumerate(self.plan.chunks, start=1):
            if not self.plan.saved and number > 1:  # a backfill: the deadline is per chunk
                self.client.deadline = Deadline(self.config.deadline_seconds)
            for rows in self.client.iter_pages(
                filters.registered_between(scope, start, end), self.page_size
            ):
                writer.page_read()
                for row in rows:
                    self._handle(row, writer, now=True)
                self._progress(number)
            if not self.plan.saved:
                writer.drain()  # each chunk of a backfill is completed before the next
            self._progress(number)

    def _follow_open_appeals(self, writer: Writer) -> None:
        """Re-read the appeals registered in the follow-up period before the window whose
        POS value is still open, or still empty (their SSTU status may have come after the
        window passed). The filters are on the POS value, so a row written mid-read would
        leave them and shift the pages after it: these reads' writes wait until both are
        complete, and the retried rows (registered anywhere) are written before they start.
        The window's writes may go on: its rows are registered later."""
        opened, since = self.report.open, self.since
        if opened is None or since is None:
            return
        scope, values = self.config.scope, self.config.open_values
        end = self.plan.start - timedelta(seconds=1)  # rows of the window are not read twice
        if since < end:
            if self.retry:
                writer.drain()
            waiting: list[Decision] = []
            for read in (
                filters.open_between(scope, values, since, end),
                filters.empty_between(scope, since, end),
            ):
                for rows in self.client.iter_pages(read, self.page_size):
                    writer.page_read()
                    for row in rows:
                        decision = self._handle(row, writer, now=False)
                        if decision is not None and decision.writes:
                            waiting.append(decision)
            for decision in waiting:
                writer.add(decision)
        older = filters.open_between(scope, values, None, since - timedelta(seconds=1))
        opened.beyond = self.client.count(older) or 0

    def _reread(self, isns: list[int]) -> Iterator[list[RubricRow]]:
        for start in range(0, len(isns), RETRY_CHUNK):
            chunk = isns[start : start + RETRY_CHUNK]
            yield from self.client.iter_pages(filters.isn_in(chunk), self.page_size)

    # --- one row ------------------------------------------------------------------------

    def _handle(self, row: RubricRow, writer: Writer, *, now: bool) -> Decision | None:
        """Decide one row and count it; with ``now``, hand its write to the writer at once."""
        if writer.seen(row.isn):
            return None  # a retried row met again, or a row read twice
        decision = self._redecide(row)
        self.report.count(decision)
        self._note_open(decision)
        if now and decision.writes:
            writer.add(decision)
        return decision

    def _redecide(self, row: RubricRow) -> Decision:
        return decide(row, self.rules, fix_drift=self.fix_drift, retried=row.isn in self.retry)

    def _note_open(self, decision: Decision) -> None:
        """Count an appeal whose POS value is open after this run (if its write lands)."""
        opened, since = self.report.open, self.since
        if opened is None or since is None or decision.created is None or decision.created < since:
            return
        life = self.rules.lifecycle
        if life.is_open(decision.current):
            opened.followed += 1
        after = decision.target if decision.writes else decision.current
        if after and life.is_open(after):
            opened.add(decision.created, self.plan.moment)
        elif decision.advances:
            self.closing[decision.isn] = decision.created

    def _progress(self, chunk: int) -> None:
        if self.progress:
            self.progress(SyncProgress(chunk, len(self.plan.chunks), self.report.counts["fetched"]))

    # --- the end ------------------------------------------------------------------------

    def _finish(self, writer: Writer) -> None:
        if self.report.open is not None:
            for isn in writer.failed:  # a closing write that failed leaves the appeal open
                if isn in self.closing:
                    self.report.open.add(self.closing[isn], self.plan.moment)
        if self.report.dry_run:
            return
        _record(self.database, self.config.key, writer.failed, self.retry)
        if self.plan.saved:
            _complete_window(self.database, self.config.key, self.plan.end)
            self.report.window_completed = True


def _open_failures(database: Database, key: str) -> set[int]:
    with database.session() as session:
        query = select(PosFailedRow.isn_ref_rubric).where(
            PosFailedRow.key == key, PosFailedRow.state == "open"
        )
        return set(session.scalars(query))


def _record(
    database: Database, key: str, failed: dict[int, Failure], retry: Collection[int]
) -> None:
    """Failed rows go (back) to the retry list; every other retried row is resolved: it was
    written, needed no write this time (already right, unmapped now) or left DELO."""
    moment = now()
    with database.session() as session:
        existing = _failed_rows(session, key, [*failed, *retry])
        for isn, failure in failed.items():
            row = existing.get(isn)
            if row is None:
                row = PosFailedRow(key=key, isn_ref_rubric=isn, attempts=0, first_seen=moment)
                session.add(row)
            decision = failure.decision
            row.state, row.desired = "open", decision.target
            row.message, row.sstu_status = redact(failure.message), decision.sstu
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
        _complete_window_in(session, key, end)


def _complete_window_in(session: Session, key: str, end: datetime) -> None:
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
