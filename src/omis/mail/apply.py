"""Store one understood letter and apply it to positions, in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, selectinload

from omis.contractors.models import Contractor
from omis.core.clock import now
from omis.core.db import Base, storable
from omis.mail.models import Letter, LetterCopy
from omis.mail.vocabulary import listed, outcome_label, reason_label
from omis.requests import store
from omis.requests.lifecycle import Actor, Status, Verdict
from omis.requests.models import Position, Request, StatusChange

if TYPE_CHECKING:  # imported with the first letter read (see omis.mail.intake)
    from omis.mail.message import ParsedLetter
    from omis.mail.understand import Understanding

MAX_RAW_BYTES = 2_000_000  # bigger letters (large attachments) are replayed from their text
MAX_ERROR_CHARS = 2000
NUMBER_CHARS = 64  # requests.number is String(64): a longer number names no request
PRELOAD_CHUNK = 500
# A letter's Date this long before its request was registered is no time of news about it
# (a sender's clock reset to 2001, an old letter sent again): the receipt is taken instead.
DATE_BEFORE_REGISTRATION = timedelta(days=1)


Row = dict[str, Any]


@dataclass
class BatchCache:
    """What a batch of letters looks up again and again (known message keys, requests),
    and the rows it adds, inserted together by :meth:`write`.

    Valid only inside the one session (transaction) that filled it.
    """

    mailbox: str
    known_keys: set[str] = field(default_factory=set)
    requests: dict[str, Request | None] = field(default_factory=dict)
    letters: list[Row] = field(default_factory=list)
    # Each letter's status changes, with the letter's place in ``letters``.
    changes: list[tuple[int, Row]] = field(default_factory=list)
    copies: list[Row] = field(default_factory=list)

    @classmethod
    def load(cls, session: Session, mailbox: str, letters: list[ParsedLetter]) -> BatchCache:
        """The keys of ``letters`` already stored. Letters stored before keys included the
        content hash were keyed by their Message-ID alone; those still count as seen."""
        keys = {letter.message_key for letter in letters}
        keys |= {letter.message_id[:255] for letter in letters if letter.message_id}
        query = select(Letter.message_key).where(
            Letter.mailbox == mailbox, Letter.message_key.in_(sorted(keys))
        )
        return cls(mailbox, set(session.scalars(query)))

    def seen(self, letter: ParsedLetter) -> bool:
        legacy = letter.message_id[:255] if letter.message_id else None
        return letter.message_key in self.known_keys or legacy in self.known_keys

    def preload(self, session: Session, numbers: set[str]) -> None:
        """Load the batch's requests with their positions in one query, not one per letter."""
        wanted = sorted(n for n in numbers - self.requests.keys() if 0 < len(n) <= NUMBER_CHARS)
        found: dict[str, Request] = {}
        # In chunks: a letter listing thousands of numbers must not exceed the database's
        # limit on bound parameters (SQLite 32,766; PostgreSQL 65,535).
        for start in range(0, len(wanted), PRELOAD_CHUNK):
            query = (
                select(Request)
                .where(Request.number.in_(wanted[start : start + PRELOAD_CHUNK]))
                .options(
                    selectinload(Request.positions),
                    selectinload(Request.contractor).selectinload(Contractor.addresses),
                )
            )
            found.update((request.number, request) for request in session.scalars(query))
        self.requests.update({number: found.get(number) for number in wanted})

    def request(self, session: Session, number: str) -> Request | None:
        if number not in self.requests:
            self.requests[number] = store.get_request(session, number)
        return self.requests[number]

    def write(self, session: Session) -> None:
        """Flush the positions the batch moved, then insert its new letters, their status
        changes and copies, one statement each. Core INSERTs of the tables' rows: the unit
        of work's bookkeeping for thousands of new objects, and the ORM's bulk INSERT's per
        row, cost more than writing them."""
        session.flush()
        if self.letters:
            letters = _table(Letter)
            returning = insert(letters).returning(letters.c.id, sort_by_parameter_order=True)
            ids = list(session.scalars(returning, self.letters))
            for index, change in self.changes:
                change["letter_id"] = ids[index]
        if self.changes:
            rows = [change for _index, change in self.changes]
            session.execute(insert(_table(StatusChange)), rows)
        if self.copies:
            session.execute(insert(_table(LetterCopy)), self.copies)
        self.letters, self.changes, self.copies = [], [], []


def _table(model: type[Base]) -> Table:
    """The model's table, for Core INSERTs of plain rows."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True)
class LetterOutcome:
    outcome: str  # applied / not_applied / unmatched / ignored / duplicate
    reason: str | None = None
    letter_id: int | None = None
    detail: str = ""

    def describe(self, ref: str) -> str:
        reason = f" ({reason_label(self.reason)})" if self.reason else ""
        outcome = outcome_label(self.outcome)
        return f"{ref}: {outcome}{reason} {self.detail}".rstrip()


@dataclass(frozen=True)
class Arrival:
    """Where a letter came from: its mailbox, its place there, and what to do after."""

    mailbox: str
    ref: str
    after_action: str = "none"
    raw_size: int | None = None


def apply_letter(
    session: Session,
    arrival: Arrival,
    parsed: ParsedLetter,
    understanding: Understanding,
    cache: BatchCache,
    *,
    ignore: str | None = None,
    raw: bytes | None = None,
) -> LetterOutcome:
    """Store the letter once and apply what it says; a letter seen before changes nothing.
    Stored by ``cache.write``, with the rest of the batch.

    ``ignore``: a reason to record the letter without acting on it (OMIS's own mail).
    ``raw`` (the message as it arrived) is kept for replay unless it is over MAX_RAW_BYTES.
    """
    if cache.seen(parsed):
        return duplicate(cache, arrival, parsed)
    cache.known_keys.add(parsed.message_key)
    letter = new_letter(arrival, parsed, understanding)
    letter["raw_message"] = raw if raw is not None and len(raw) <= MAX_RAW_BYTES else None
    cache.letters.append(letter)
    if understanding.automatic or ignore:
        return _finish(letter, "ignored", understanding.automatic or ignore)
    if understanding.unmatched_reason:
        return _to_review(letter, understanding.unmatched_reason, understanding.explanation())
    return _apply(session, len(cache.letters) - 1, understanding, cache)


def quarantine(
    arrival: Arrival,
    parsed: ParsedLetter,
    error: str,
    cache: BatchCache,
    *,
    keep_text: bool = True,
) -> LetterOutcome:
    """Store a letter that could not be read, understood or stored as «не удалось
    разобрать» in the review queue, with the error; a letter seen before changes nothing.
    Stored by ``cache.write``, with the rest of the batch.

    ``keep_text=False`` stores only its identity and the error (when storing the letter
    itself is what failed)."""
    if cache.seen(parsed):
        return duplicate(cache, arrival, parsed)
    cache.known_keys.add(parsed.message_key)
    from omis.mail.understand import Understanding

    letter = new_letter(arrival, parsed, Understanding())
    letter["error"] = storable(error)[:MAX_ERROR_CHARS]
    if not keep_text:
        letter["subject"] = storable(parsed.subject)[:200]
        letter["body_text"], letter["attachments"], letter["sender"] = None, [], None
    cache.letters.append(letter)
    return _to_review(letter, "unreadable", letter["error"])


def duplicate(cache: BatchCache, arrival: Arrival, parsed: ParsedLetter) -> LetterOutcome:
    """Another copy of a stored letter: nothing changes, but where it lies is remembered so
    the next pass does not read it again."""
    if arrival.ref:
        cache.copies.append(
            {
                "mailbox": arrival.mailbox,
                "source_ref": storable(arrival.ref)[:255],
                "message_key": parsed.message_key[:255],
                "seen_at": now(),
            }
        )
    return LetterOutcome("duplicate", detail="уже обработано ранее")


def new_letter(arrival: Arrival, parsed: ParsedLetter, understanding: Understanding) -> Row:
    """The letters row of a letter as it arrived; its outcome is set by what follows."""
    return {
        "mailbox": arrival.mailbox,
        "message_key": parsed.message_key[:255],
        "message_id": storable(parsed.message_id)[:998] if parsed.message_id else None,
        "source_ref": storable(arrival.ref)[:255],
        "sent_at": parsed.date,
        "received_at": now(),
        "sender": storable(parsed.sender or "")[:320] or None,
        "subject": storable(parsed.subject)[:2000],
        "body_text": storable(parsed.stored_text),
        "attachments": [storable(name) for name in parsed.attachments],
        "content_hash": parsed.content_hash,
        "raw_size": arrival.raw_size,
        "raw_message": None,
        "error": None,
        "outcome": "pending",
        "reason": None,
        "review_state": None,
        "request_number": understanding.request_number,
        "position_number": ", ".join(understanding.position_numbers)[:64] or None,
        "status": understanding.status.value if understanding.status else None,
        "evidence": [
            {key: storable(value) for key, value in e.as_dict().items()}
            for e in understanding.evidence
        ],
        "after_action": None if arrival.after_action == "none" else arrival.after_action,
    }


def _finish(
    letter: Row, outcome: str, reason: str | None = None, detail: str = ""
) -> LetterOutcome:
    letter["outcome"] = outcome
    letter["reason"] = reason
    return LetterOutcome(outcome, reason, None, detail)


def _to_review(letter: Row, reason: str, detail: str) -> LetterOutcome:
    letter["review_state"] = "open"
    return _finish(letter, "unmatched", reason, detail)


def _apply(
    session: Session,
    index: int,
    understanding: Understanding,
    cache: BatchCache,
) -> LetterOutcome:
    assert understanding.request_number is not None
    assert understanding.status is not None
    letter = cache.letters[index]
    request = cache.request(session, understanding.request_number)
    if request is None:
        return _to_review(
            letter, "unknown_request", f"заявка №{understanding.request_number} не найдена"
        )
    status = understanding.status
    if understanding.position_numbers:
        by_number = {p.number: p for p in request.positions}
        unknown = [n for n in understanding.position_numbers if n not in by_number]
        if unknown:
            return _to_review(letter, "unknown_position", f"позиции {listed(unknown)} нет в заявке")
        targets = [by_number[n] for n in understanding.position_numbers]
    else:
        # A letter without a position speaks for every open position behind the new status;
        # when none is behind, every position records the letter as not applied.
        behind = [p for p in request.positions if p.status_enum.rank < status.rank]
        targets = behind or list(request.positions)
    happened = _happened(letter["sent_at"], letter["received_at"], request.created_at)
    evidence = {"subject": letter["subject"], "items": letter["evidence"]}
    actor_name = letter["sender"] or "письмо"
    applied = 0
    for position in targets:
        event = store.StatusEvent(status, Actor.LETTER, actor_name, evidence=evidence, at=happened)
        change = store.transition(position, event)
        cache.changes.append((index, change))
        applied += change["verdict"] == Verdict.APPLIED
    outcome, reason, detail = _moved(targets, status, letter["request_number"], applied)
    return _finish(letter, outcome, reason, detail)


def event_time(letter: Letter, registered: datetime | None) -> datetime:
    """When what the letter reports about a request ``registered`` then happened: its
    Date, unless a wrong clock on the sender's side makes it impossible (see
    :func:`_happened`). The letter keeps its Date (``sent_at``) as it was written."""
    return _happened(letter.sent_at, letter.received_at, registered)


def _happened(
    sent: datetime | None, received: datetime | None, registered: datetime | None
) -> datetime:
    """The Date ``sent``, or the receipt when the Date is later than the receipt or more
    than DATE_BEFORE_REGISTRATION before the request was ``registered``."""
    received = received or now()
    if sent is None or sent > received:
        return received
    if registered is not None and sent < registered - DATE_BEFORE_REGISTRATION:
        return received
    return sent


def apply_status(
    session: Session, letter: Letter, targets: list[Position], status: Status, actor_name: str
) -> LetterOutcome:
    """Move ``targets`` to ``status`` by the letter's authority (forward only), record all."""
    happened = event_time(letter, targets[0].request.created_at if targets else None)
    evidence = {"subject": letter.subject, "items": letter.evidence}
    applied = 0
    for position in targets:
        event = store.StatusEvent(
            status, Actor.LETTER, actor_name, letter=letter, evidence=evidence, at=happened
        )
        applied += store.change_status(session, position, event).verdict == Verdict.APPLIED
    outcome, reason, detail = _moved(targets, status, letter.request_number, applied)
    letter.outcome, letter.reason = outcome, reason
    return LetterOutcome(outcome, reason, letter.id, detail)


def _moved(
    targets: list[Position], status: Status, request_number: str | None, applied: int
) -> tuple[str, str | None, str]:
    """A letter's outcome, reason and detail once ``applied`` of ``targets`` moved."""
    where = ", ".join(p.number for p in targets) or "—"
    detail = f"№{targets[0].request.number if targets else request_number} поз. {where}: {status}"
    if applied:
        return "applied", None, detail
    return "not_applied", "older_or_equal", detail
