"""``omis mail-check``: read the mailbox, understand each letter, apply it exactly once.

Flow: source → parse → understand (pure) → store and apply → mailbox action.
Each letter is stored with its outcome and its status changes in one transaction, keyed by
(mailbox, Message-ID + hash of the sender's content), so a letter read twice (a crash, an
overlapping window, a re-delivery) is applied once; two different letters that share a
Message-ID are two letters. The folder cursor is saved only after the whole pass; the
mailbox action (mark read, move) is recorded with the letter and retried until done.

Quarantine, don't halt: whatever goes wrong with one letter (parse, decode, understand,
store) stores it as «не удалось разобрать» in the review queue with the error, and the
pass goes on. Only an unreachable mailbox or database fails a pass.

Memory stays flat: the source lists the pass (size and Date only), letters already
stored are skipped before their bodies are read, and bodies are read, parsed and dropped
one by one; at most :data:`COMMIT_EVERY` parsed letters wait for a commit.
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from email.utils import getaddresses
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.adapters.mailsources import MailSource, MailSourceError, build_source
from omis.adapters.mailsources.base import Envelope, KnownRefs, RawLetter, overtime
from omis.adapters.mailsources.fake import FakeSource
from omis.contractors.sender import SenderCheck, reason_text, sender_matches
from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.settings import Settings
from omis.mail.apply import (
    MAX_RAW_BYTES,
    Arrival,
    BatchCache,
    LetterOutcome,
    apply_letter,
    quarantine,
)
from omis.mail.models import Letter, LetterCopy, MailboxCursor
from omis.mail.vocabulary import LETTER_OUTCOME_LABELS

if TYPE_CHECKING:
    # Reading letters (parsing, the rules, the registry's names) is imported when a pass
    # has letters to read: a scheduled run that finds none starts without it (omis run,
    # bench/startup.py).
    from omis.mail.message import ParsedLetter
    from omis.mail.registry import RegistryView
    from omis.mail.rules import Rules
    from omis.mail.understand import Understanding

log = logging.getLogger(__name__)
COMMIT_EVERY = 50
Progress = Callable[[int, int], None]


@dataclass
class MailReport:
    mailbox: str
    dry_run: bool = False
    outcomes: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)
    action_failures: int = 0

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    @property
    def problem(self) -> str | None:
        """Why the pass counts as partly failed, or None."""
        if not self.action_failures:
            return None
        return f"действие после обработки не выполнено для писем: {self.action_failures}"

    def summary(self) -> str:
        order = ("applied", "not_applied", "unmatched", "ignored", "duplicate")
        parts = [f"{LETTER_OUTCOME_LABELS[name]}: {self.outcomes.get(name, 0)}" for name in order]
        prefix = "пробный прогон, ничего не сохранено; " if self.dry_run else ""
        return f"{prefix}писем: {self.total} ({', '.join(parts)})"


def run_mail_check(
    database: Database,
    settings: Settings,
    *,
    backend: str | None = None,
    fake: bool = False,
    directory: Path | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    rules: Rules | None = None,
    job_name: str = "mail",
    deadline: float | None = None,
) -> MailReport:
    """One pass over the mailbox, recorded as ``job_name`` (one job per mailbox, see
    :mod:`omis.mail.sources`); raises MailSourceError when the mailbox cannot be read, or
    is still being read at ``deadline`` (``time.monotonic()``; by default
    OMIS_MAIL_MAX_RUN_MINUTES from now), after storing what it read."""
    source = FakeSource() if fake else build_source(settings.mail, backend, directory)
    limit = _Limit.of(settings, source, deadline)
    source.limit_time(limit.deadline - time.monotonic(), limit.error)
    try:
        if dry_run:
            return _pass(database, settings, source, rules, limit, dry_run=True, progress=progress)
        with run_job(database, job_name) as job:
            report = _pass(
                database, settings, source, rules, limit, dry_run=False, progress=progress
            )
            job.counts.update(report.outcomes)
            if report.problem:
                job.mark_partial(report.problem)
            return report
    finally:
        source.close()


@dataclass(frozen=True)
class _Limit:
    """When a pass must stop, and what it says then."""

    deadline: float  # time.monotonic()
    error: MailSourceError

    @classmethod
    def of(cls, settings: Settings, source: MailSource, deadline: float | None) -> _Limit:
        minutes = settings.mail.mail_max_run_minutes
        at = time.monotonic() + minutes * 60 if deadline is None else deadline
        return cls(at, overtime(source.name, minutes))

    def check(self) -> None:
        """Stop the pass once its time is up: what is stored stays stored."""
        if time.monotonic() >= self.deadline:
            raise self.error


@dataclass
class _Plan:
    """What every letter of one pass is handled with."""

    source: MailSource
    rules: Rules | None  # None: the default rules, loaded with the first letter
    own: frozenset[str]
    dry_run: bool
    sender_check: SenderCheck = "domain"
    total: int = 0
    done: int = 0
    kill_after: int | None = None
    progress: Progress | None = None
    limit: _Limit | None = None

    def check_time(self) -> None:
        if self.limit is not None:
            self.limit.check()

    def arrival(self, raw: RawLetter) -> Arrival:
        size = raw.size or len(raw.raw)
        return Arrival(self.source.name, raw.ref, self.source.after_action, size)

    def counted(self) -> None:
        """One more letter handled inside the current transaction."""
        self.done += 1
        if self.kill_after and self.done >= self.kill_after:
            os.kill(os.getpid(), signal.SIGKILL)  # fault injection: see MailSettings
        if self.progress:
            self.progress(self.done, self.total)


@dataclass(frozen=True)
class _Item:
    arrival: Arrival
    parsed: ParsedLetter
    raw: bytes | None = None  # kept for replay when small enough (MAX_RAW_BYTES)


def _pass(
    database: Database,
    settings: Settings,
    source: MailSource,
    rules: Rules | None,
    limit: _Limit,
    *,
    dry_run: bool,
    progress: Progress | None,
) -> MailReport:
    report = MailReport(mailbox=source.name, dry_run=dry_run)
    limit.check()  # the mailboxes before this one took the whole run's time
    cursor = _load_cursor(database, source.name)
    envelopes = source.scan(cursor, settings.mail.mail_max_letters, _known(database, source.name))
    plan = _Plan(source, rules, own_addresses(settings), dry_run, settings.mail.mail_sender_check)
    plan.total, plan.progress = len(envelopes), progress
    plan.kill_after = settings.mail.fault_kill_after_letters
    plan.limit = limit
    for batch in _batches(source.read(oldest_first(envelopes)), plan):
        for item, outcome in zip(batch, _store_batch(database, plan, batch), strict=True):
            report.outcomes[outcome.outcome] += 1
            report.lines.append(outcome.describe(item.arrival.ref))
        plan.check_time()
    if not dry_run:
        _save_cursor(database, source.name, source.cursor_after())
        report.action_failures = _finish_pending(database, plan)
    return report


def oldest_first(envelopes: list[Envelope]) -> list[Envelope]:
    """The pass in the order of the letters' Date headers (then arrival); undated last."""
    moment = now()
    order = sorted(enumerate(envelopes), key=lambda item: (item[1].date or moment, item[0]))
    return [envelope for _position, envelope in order]


def _batches(letters: Iterator[RawLetter], plan: _Plan) -> Iterator[list[_Item]]:
    """Parsed letters in groups of COMMIT_EVERY; each raw letter is dropped once parsed.
    When reading stops (the mailbox failed, the time is up), the letters read so far are
    still handed out to be stored before the error goes on."""
    batch: list[_Item] = []
    try:
        for raw in letters:
            kept = raw.raw if len(raw.raw) <= MAX_RAW_BYTES else None
            batch.append(_Item(plan.arrival(raw), _parse(raw), kept))
            del raw
            if len(batch) >= COMMIT_EVERY:
                yield batch
                batch = []
    except MailSourceError:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def _parse(raw: RawLetter) -> ParsedLetter:
    from omis.mail.message import ParsedLetter, parse_message

    if raw.error is not None:  # the source could not read it: quarantined with its reason
        # Keyed by where it lies: two unreadable entries are two letters, not duplicates.
        digest = hashlib.sha256(f"{raw.ref}\0{raw.error}".encode()).hexdigest()
        return ParsedLetter(None, None, None, "", "", "", digest, error=raw.error)
    try:
        return parse_message(raw.raw, full_size=raw.size)
    except Exception as exc:  # parse_message never raises by contract; a bug must not either
        log.exception("письмо %s: разбор прерван ошибкой", raw.ref)
        digest = hashlib.sha256(raw.raw).hexdigest()
        error = f"письмо не разобрано: {type(exc).__name__}: {exc}"
        return ParsedLetter(None, None, None, "", "", "", digest, error=error)


def _store_batch(database: Database, plan: _Plan, batch: list[_Item]) -> list[LetterOutcome]:
    """Store a batch in one transaction; when that fails, each letter in its own, and a
    letter that cannot be stored even so is quarantined with the error. Raises only when
    the quarantine cannot be stored either (the database is gone)."""
    try:
        with database.session(commit=not plan.dry_run) as session:
            return _apply_batch(session, plan, batch)
    except Exception as exc:
        log.warning("пачка из %d писем не сохранена (%s): сохраняем по одному", len(batch), exc)
    outcomes = []
    for item in batch:
        try:
            with database.session(commit=not plan.dry_run) as session:
                outcomes.extend(_apply_batch(session, plan, [item]))
        except Exception as exc:
            log.error("письмо %s не сохранено: %s", item.arrival.ref, exc)
            with database.session(commit=not plan.dry_run) as session:
                error = f"письмо не сохранено: {exc}"
                cache = BatchCache.load(session, item.arrival.mailbox, [item.parsed])
                outcomes.append(
                    quarantine(item.arrival, item.parsed, error, cache, keep_text=False)
                )
                cache.write(session)
    return outcomes


def _apply_batch(session: Session, plan: _Plan, batch: list[_Item]) -> list[LetterOutcome]:
    from omis.mail.rules import default_rules

    cache = BatchCache.load(session, plan.source.name, [item.parsed for item in batch])
    letters = [item.parsed for item in batch]
    rules = plan.rules or default_rules()
    decisions = decide_batch(session, cache, letters, rules, plan.sender_check)
    outcomes = []
    for item, decision in zip(batch, decisions, strict=True):
        if decision.error:
            outcome = quarantine(item.arrival, item.parsed, decision.error, cache)
        else:
            own = "own-mail" if (item.parsed.sender or "") in plan.own else None
            outcome = apply_letter(
                session, item.arrival, item.parsed, decision, cache, ignore=own, raw=item.raw
            )
        outcomes.append(outcome)
        plan.counted()
    cache.write(session)  # a refused write surfaces here, inside the caller's fallback
    return outcomes


def decide_batch(
    session: Session,
    cache: BatchCache,
    letters: list[ParsedLetter],
    rules: Rules,
    sender_check: SenderCheck = "domain",
) -> list[Understanding]:
    """Decide letters against the registry: the requests they may name are read in one
    query, then each letter is decided by the one pure decision and the sender check.
    Intake, replay and the rule sandbox all decide through here. A letter that cannot be
    read or understood is decided ``unreadable`` with the error (intake quarantines it): one
    odd letter never stops a batch.
    """
    from omis.mail.registry import view_of

    numbers: set[str] = set()
    for letter in letters:
        if not letter.error:
            numbers |= _numbers(letter, rules)
    cache.preload(session, numbers)
    view = view_of(request for request in cache.requests.values() if request is not None)
    return [
        checked_sender(_decide(letter, rules, view), letter.sender, view, sender_check)
        for letter in letters
    ]


def checked_sender(
    decision: Understanding, sender: str | None, view: RegistryView, mode: SenderCheck
) -> Understanding:
    """A decided letter about a known contractor's request, from outside that contractor's
    mail, goes to review with who sent it and whose request it is (its decision kept, so
    an operator can accept it once). A request without a contractor takes any sender."""
    if not decision.decided or decision.request_number is None or mode == "off":
        return decision
    info = view.get(decision.request_number)
    if info is None or info.contractor is None:
        return decision
    if sender_matches(sender, info.contractor, mode):
        return decision
    detail = reason_text(sender, info.contractor, mode)
    return replace(decision, unmatched_reason="foreign_sender", detail=detail)


def _numbers(letter: ParsedLetter, rules: Rules) -> set[str]:
    from omis.mail.understand import candidate_numbers

    try:
        return candidate_numbers(letter, rules)
    except Exception:  # the letter's own decision below reports the error
        return set()


def _decide(parsed: ParsedLetter, rules: Rules, view: RegistryView) -> Understanding:
    from omis.mail.understand import decide

    if parsed.error:
        return unreadable(parsed.error)
    try:
        return decide(parsed, rules, view)
    except Exception as exc:  # the rules must not stop a pass on one odd letter
        log.exception("письмо не понято: ошибка разбора")
        return unreadable(f"письмо не понято: {type(exc).__name__}: {exc}")


def unreadable(error: str) -> Understanding:
    from omis.mail.understand import Understanding

    return Understanding(unmatched_reason="unreadable", error=error)


def own_addresses(settings: Settings) -> frozenset[str]:
    """OMIS's own addresses: mail from them (a reminder bounced back into the mailbox) is
    recorded and never read as a contractor's report."""
    values = [
        settings.smtp.sender, settings.smtp.user, settings.mail.imap_user,
        settings.mail.outlook_email, settings.mail.ews_user,
    ]  # fmt: skip
    found = {address.strip().lower() for _name, address in getaddresses([v for v in values if v])}
    return frozenset(address for address in found if "@" in address)


def _known(database: Database, mailbox: str) -> KnownRefs:
    """Which of a source's refs are stored already (read before any body is fetched)."""

    def known(refs: list[str]) -> set[str]:
        if not refs:
            return set()
        with database.session(commit=False) as session:
            letters = select(Letter.source_ref).where(
                Letter.mailbox == mailbox, Letter.source_ref.in_(refs)
            )
            copies = select(LetterCopy.source_ref).where(
                LetterCopy.mailbox == mailbox, LetterCopy.source_ref.in_(refs)
            )
            return {str(ref) for ref in session.scalars(letters.union(copies))}

    return known


def _load_cursor(database: Database, mailbox: str) -> dict[str, object]:
    with database.session() as session:
        row = session.scalars(select(MailboxCursor).where(MailboxCursor.mailbox == mailbox)).first()
        return dict(row.state) if row else {}


def _save_cursor(database: Database, mailbox: str, state: dict[str, object]) -> None:
    if not state:
        return
    with database.session() as session:
        row = session.scalars(select(MailboxCursor).where(MailboxCursor.mailbox == mailbox)).first()
        if row is None:
            session.add(MailboxCursor(mailbox=mailbox, state=state))
        else:
            row.state = state


def _finish_pending(database: Database, plan: _Plan) -> int:
    """Perform every recorded but unfinished mailbox action; return how many failed."""
    source = plan.source
    with database.session() as session:
        pending = _pending_actions(session, source.name)
    failures = 0
    for letter_id, ref in pending:
        plan.check_time()
        try:
            source.finish(ref)
        except Exception as exc:  # recorded and retried next pass, never silently dropped
            failures += 1
            log.error("действие в ящике с письмом %s (%s) не выполнено: %s", letter_id, ref, exc)
            continue
        with database.session() as session:
            session.get_one(Letter, letter_id).after_done_at = now()
    return failures


def _pending_actions(session: Session, mailbox: str) -> list[tuple[int, str]]:
    query = select(Letter.id, Letter.source_ref).where(
        Letter.mailbox == mailbox,
        Letter.after_action.is_not(None),
        Letter.after_done_at.is_(None),
        Letter.source_ref.is_not(None),
    )
    return [(row.id, str(row.source_ref)) for row in session.execute(query)]
