"""Writes of one POS run: batches of checked updates, several in flight, settled in the run.

Each row's write ends in one of three ways:
- DELO confirms it (the value sent is the value it now holds): done;
- DELO refuses it (``success: false``): it certainly did not land, so it is sent again in
  the same run, after a pause, up to ``retry_attempts`` times;
- nobody knows (a timeout, a 5xx, a GraphQL error on the row's alias): it may have landed,
  so it is never sent blindly; :meth:`Writer.settle` re-reads such rows at the end of the
  run and writes only those still wrong.
What is still not done at the end goes to the retry list of the next run.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from omis.adapters.delo.client import DeloClient, RowUpdate
from omis.adapters.delo.payloads import RowResult, RubricRow, Written
from omis.pos.decide import Decision, normalise_label
from omis.pos.report import PosReport

log = logging.getLogger(__name__)
Reread = Callable[[list[int]], Iterator[list[RubricRow]]]
Redecide = Callable[[RubricRow], Decision]


@dataclass(frozen=True)
class Failure:
    decision: Decision
    message: str


class Writer:
    """Collects updates into batches and keeps up to ``concurrency`` requests in flight.

    Memory stays flat however large the window is. Kept per row: the failed ones, the
    uncertain ones, the retried ones, and the ones whose write is not answered yet. A row
    DELO confirmed needs no memory: read again, it is already right."""

    def __init__(
        self,
        client: DeloClient,
        report: PosReport,
        *,
        batch_size: int,
        concurrency: int,
        retry_attempts: int,
        retry: Collection[int],
        sleep: Callable[[float], None],
    ) -> None:
        self.client = client
        self.report = report
        self.batch_size = batch_size
        self.concurrency = concurrency
        self.retry_attempts = retry_attempts
        self.sleep = sleep
        self.pending: list[Decision] = []
        self.futures: deque[tuple[list[Decision], Future[list[RowResult]]]] = deque()
        self.failed: dict[int, Failure] = {}
        self.refused: dict[int, Failure] = {}  # success: false, to be sent again
        self.uncertain: dict[int, Failure] = {}  # may have landed: re-read before writing
        self._retry = frozenset(retry)
        self._retried: set[int] = set()  # retried rows already read in this run
        self._unconfirmed: set[int] = set()  # in a batch not sent or not answered yet
        # Confirmed while the page being handled, or the one before, was handled: the
        # pages read meanwhile (one is read ahead) may show them as they were before the
        # write, so a second copy of such a row must not be decided again.
        self._fresh: set[int] = set()
        self._fresher: set[int] = set()
        self.pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="pos-write")

    def page_read(self) -> None:
        """A new page is handed over. The next page is asked for now, after every write
        confirmed before this one: only the confirmations of the last two pages matter."""
        self._fresh, self._fresher = self._fresher, self._fresh
        self._fresher.clear()

    def seen(self, isn: int) -> bool:
        """True for a row handled before in this run that must not be handled again: a
        retried row met again later, or a row delivered twice while its write is
        unanswered, refused, uncertain or failed, or confirmed after its page was read
        (written once per run at most)."""
        if isn in self._retried or isn in self._unconfirmed or isn in self.failed:
            return True
        if isn in self._fresh or isn in self._fresher:
            return True
        if isn in self.uncertain or isn in self.refused:
            return True
        if isn in self._retry:
            self._retried.add(isn)
        return False

    def add(self, decision: Decision) -> None:
        if self.report.dry_run:
            self.report.plan_row(decision)
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
            self._collect(*self.futures.popleft())

    def _collect(self, batch: list[Decision], future: Future[list[RowResult]]) -> None:
        for decision, result in zip(batch, future.result(), strict=True):
            self._unconfirmed.discard(decision.isn)
            self._settle_one(decision, result)

    def _settle_one(self, decision: Decision, result: RowResult) -> None:
        failure = Failure(decision, result.message or "ошибка")
        if result.written is Written.YES:
            self._landed(decision)
        elif result.written is Written.REFUSED:
            self.refused[decision.isn] = failure
        elif result.written is Written.UNCERTAIN:
            self.uncertain[decision.isn] = failure
        else:  # another value: DELO wrote something else; the retry list rewrites it
            self._fail(failure)

    def _landed(self, decision: Decision) -> None:
        self._fresher.add(decision.isn)
        self.report.counts["updated"] += 1
        if decision.advances:
            self.report.counts["advanced"] += 1

    def _fail(self, failure: Failure) -> None:
        isn = failure.decision.isn
        self.failed[isn] = failure
        self.report.counts["failed"] += 1
        self.report.failures[isn] = failure.message
        log.error("строка %s не обновлена: %s", isn, failure.message)

    def drain(self) -> None:
        """Send what is pending, wait for every answer, and send refused rows again after
        a pause (0.5, 1, 2 s …), at most ``retry_attempts`` times; then they have failed."""
        self._flush()
        for attempt in range(self.retry_attempts):
            if not self.refused:
                break
            self.sleep(min(30.0, 0.5 * 2**attempt))
            again, self.refused = list(self.refused.values()), {}
            self._resend(failure.decision for failure in again)
            self._flush()
        for failure in self.refused.values():
            self._fail(failure)
        self.refused = {}

    def _resend(self, decisions: Iterable[Decision]) -> None:
        for decision in decisions:
            self.report.counts["resent"] += 1
            self.add(decision)

    def _flush(self) -> None:
        if self.pending:
            self._submit()
        while self.futures:
            self._collect(*self.futures.popleft())

    def settle(self, reread: Reread, redecide: Redecide) -> None:
        """Re-read the rows whose write is uncertain and write those still wrong, until
        none is left or ``retry_attempts`` rounds are spent; the rest have failed."""
        for _round in range(self.retry_attempts + 1):
            if not self.uncertain:
                break
            doubtful, self.uncertain = self.uncertain, {}
            for rows in reread(sorted(doubtful)):
                for row in rows:
                    failure = doubtful.pop(row.isn, None)
                    if failure is not None:
                        self._recheck(failure, row, redecide)
            for failure in doubtful.values():  # gone from DELO: nothing to write any more
                log.warning("строка %s не найдена при перепроверке записи", failure.decision.isn)
            self.drain()
        for failure in self.uncertain.values():
            self._fail(failure)
        self.uncertain = {}

    def _recheck(self, failure: Failure, row: RubricRow, redecide: Redecide) -> None:
        decision = failure.decision
        if normalise_label(row.pos) == decision.target:
            self._landed(decision)  # the uncertain write had landed
            return
        again = redecide(row)
        if again.writes:
            self.report.counts["resent"] += 1
            self.add(again)

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: object, *_rest: object) -> None:
        try:
            if exc_type is None:
                self._flush()
            else:  # the run failed: wait for what is in flight, send nothing more
                while self.futures:
                    self.futures.popleft()[1].exception()
        finally:
            self.pool.shutdown(wait=True)
