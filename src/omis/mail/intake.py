"""``omis mail-check``: read the mailbox, understand each letter, apply it exactly once.

Flow: source → parse → understand (pure) → store and apply → mailbox action.
Each letter is stored with its outcome and its status changes in one transaction, keyed by
(mailbox, Message-ID or content hash), so a letter read twice (a crash, an overlapping
window, a re-delivery) is applied once. The folder cursor is saved only after the whole pass;
the mailbox action (mark read, move) is recorded with the letter and retried until done.
"""

from __future__ import annotations

import logging
import os
import signal
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.adapters.mailsources import MailSource, RawLetter, build_source
from omis.adapters.mailsources.fake import FakeSource
from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.settings import Settings
from omis.mail.apply import OUTCOME_TEXT, BatchCache, apply_letter
from omis.mail.message import ParsedLetter, parse_message
from omis.mail.models import Letter, MailboxCursor
from omis.mail.rules import Rules, default_rules
from omis.mail.understand import understand

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
        parts = [f"{OUTCOME_TEXT[name]}: {self.outcomes.get(name, 0)}" for name in order]
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
) -> MailReport:
    """One pass over the mailbox, recorded as ``job_name`` (one job per mailbox, see
    :mod:`omis.mail.sources`); raises MailSourceError when the mailbox cannot be read."""
    source = FakeSource() if fake else build_source(settings.mail, backend, directory)
    try:
        if dry_run:
            return _pass(database, settings, source, rules, dry_run=True, progress=progress)
        with run_job(database, job_name) as job:
            report = _pass(database, settings, source, rules, dry_run=False, progress=progress)
            job.counts.update(report.outcomes)
            if report.problem:
                job.mark_partial(report.problem)
            return report
    finally:
        source.close()


def _pass(
    database: Database,
    settings: Settings,
    source: MailSource,
    rules: Rules | None,
    *,
    dry_run: bool,
    progress: Progress | None,
) -> MailReport:
    report = MailReport(mailbox=source.name, dry_run=dry_run)
    cursor = _load_cursor(database, source.name)
    letters = _read_all(source, cursor, settings.mail.mail_max_letters)
    active = rules or default_rules()
    kill_after = settings.mail.fault_kill_after_letters
    for start in range(0, len(letters), COMMIT_EVERY):
        batch = letters[start : start + COMMIT_EVERY]
        # Each letter is atomic with its status changes; a batch shares one commit for speed.
        # A crash loses at most the uncommitted batch, which the next pass re-reads and,
        # deduplicated by message key, applies once.
        with database.session(commit=not dry_run) as session:
            keys = [parsed.message_key[:255] for _raw, parsed in batch]
            cache = BatchCache.load(session, source.name, keys)
            decisions = [understand(parsed, active) for _raw, parsed in batch]
            cache.preload(session, {d.request_number for d in decisions if d.request_number})
            for offset, ((raw, parsed), decision) in enumerate(
                zip(batch, decisions, strict=True), start=start + 1
            ):
                outcome = apply_letter(
                    session, source.name, raw.ref, parsed, decision, source.after_action, cache,
                    sender_check=settings.mail.mail_sender_check,
                )  # fmt: skip
                report.outcomes[outcome.outcome] += 1
                report.lines.append(outcome.describe(raw.ref))
                if kill_after and offset >= kill_after:
                    os.kill(os.getpid(), signal.SIGKILL)  # fault injection: see MailSettings
                if progress:
                    progress(offset, len(letters))
    if not dry_run:
        _save_cursor(database, source.name, source.cursor_after())
        report.action_failures = _finish_pending(database, source)
    return report


def _read_all(
    source: MailSource, cursor: dict[str, object], limit: int
) -> list[tuple[RawLetter, ParsedLetter]]:
    """Fetch the pass and order it by the Date header (then arrival), oldest first."""
    fetched = [(raw, parse_message(raw.raw)) for raw in source.fetch(cursor, limit)]
    arrival = {id(item): position for position, item in enumerate(fetched)}
    moment = now()
    return sorted(fetched, key=lambda item: (item[1].date or moment, arrival[id(item)]))


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


def _finish_pending(database: Database, source: MailSource) -> int:
    """Perform every recorded but unfinished mailbox action; return how many failed."""
    with database.session() as session:
        pending = _pending_actions(session, source.name)
    failures = 0
    for letter_id, ref in pending:
        try:
            source.finish(ref)
        except Exception as exc:  # recorded and retried next pass, never silently dropped
            failures += 1
            log.error("mailbox action for letter %s (%s) failed: %s", letter_id, ref, exc)
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
