"""Store one understood letter and apply it to positions, in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from omis.core.clock import now
from omis.mail.message import ParsedLetter
from omis.mail.models import Letter
from omis.mail.understand import Understanding
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.requests.models import Position, Request

OUTCOME_TEXT = {
    "applied": "применено",
    "not_applied": "не применено",
    "unmatched": "в очередь разбора",
    "ignored": "пропущено",
    "duplicate": "уже обработано",
}
REASON_TEXT = {
    "no_request_number": "нет номера заявки",
    "no_status": "нет статуса",
    "ambiguous": "неоднозначно",
    "unknown_request": "неизвестная заявка",
    "unknown_position": "неизвестная позиция",
}


@dataclass
class BatchCache:
    """What a batch of letters looks up again and again: known message keys, requests.

    Valid only inside the one session (transaction) that filled it.
    """

    mailbox: str
    known_keys: set[str] = field(default_factory=set)
    requests: dict[str, Request | None] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, mailbox: str, keys: list[str]) -> BatchCache:
        query = select(Letter.message_key).where(
            Letter.mailbox == mailbox, Letter.message_key.in_(keys)
        )
        return cls(mailbox, set(session.scalars(query)))

    def preload(self, session: Session, numbers: set[str]) -> None:
        """Load the batch's requests with their positions in one query, not one per letter."""
        wanted = numbers - self.requests.keys()
        if not wanted:
            return
        query = (
            select(Request)
            .where(Request.number.in_(wanted))
            .options(selectinload(Request.positions))
        )
        found = {request.number: request for request in session.scalars(query)}
        self.requests.update({number: found.get(number) for number in wanted})

    def request(self, session: Session, number: str) -> Request | None:
        if number not in self.requests:
            self.requests[number] = store.get_request(session, number)
        return self.requests[number]


@dataclass(frozen=True)
class LetterOutcome:
    outcome: str  # applied / not_applied / unmatched / ignored / duplicate
    reason: str | None = None
    letter_id: int | None = None
    detail: str = ""

    def describe(self, ref: str) -> str:
        reason = f" ({REASON_TEXT.get(self.reason or '', self.reason)})" if self.reason else ""
        outcome = OUTCOME_TEXT.get(self.outcome, self.outcome)
        return f"{ref}: {outcome}{reason} {self.detail}".rstrip()


def apply_letter(
    session: Session,
    mailbox: str,
    ref: str,
    parsed: ParsedLetter,
    understanding: Understanding,
    after_action: str = "none",
    cache: BatchCache | None = None,
) -> LetterOutcome:
    """Store the letter once and apply what it says; a letter seen before changes nothing."""
    key = parsed.message_key[:255]
    cache = cache or BatchCache.load(session, mailbox, [key])
    if key in cache.known_keys:
        return LetterOutcome("duplicate", detail="уже обработано ранее")
    cache.known_keys.add(key)
    letter = _new_letter(mailbox, ref, parsed, understanding, after_action)
    session.add(letter)  # flushed with the batch; status changes refer to it by relationship
    if understanding.automatic:
        return _finish(letter, "ignored", understanding.automatic)
    if understanding.unmatched_reason:
        return _to_review(letter, understanding.unmatched_reason, understanding.explanation())
    return _apply(session, letter, understanding, cache)


def _new_letter(
    mailbox: str, ref: str, parsed: ParsedLetter, understanding: Understanding, after_action: str
) -> Letter:
    return Letter(
        mailbox=mailbox,
        message_key=parsed.message_key[:255],
        message_id=parsed.message_id,
        source_ref=ref[:255],
        sent_at=parsed.date,
        received_at=now(),
        sender=(parsed.sender or "")[:320] or None,
        subject=parsed.subject[:2000],
        body_text=parsed.body_text,
        attachments=list(parsed.attachments),
        content_hash=parsed.content_hash,
        outcome="pending",
        request_number=understanding.request_number,
        position_number=", ".join(understanding.position_numbers)[:64] or None,
        status=understanding.status.value if understanding.status else None,
        evidence=[e.as_dict() for e in understanding.evidence],
        after_action=None if after_action == "none" else after_action,
    )


def _finish(
    letter: Letter, outcome: str, reason: str | None = None, detail: str = ""
) -> LetterOutcome:
    letter.outcome = outcome
    letter.reason = reason
    return LetterOutcome(outcome, reason, letter.id, detail)


def _to_review(letter: Letter, reason: str, detail: str) -> LetterOutcome:
    letter.review_state = "open"
    return _finish(letter, "unmatched", reason, detail)


def _apply(
    session: Session, letter: Letter, understanding: Understanding, cache: BatchCache
) -> LetterOutcome:
    assert understanding.request_number is not None
    assert understanding.status is not None
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
            return _to_review(
                letter, "unknown_position", f"позиции {', '.join(unknown)} нет в заявке"
            )
        targets = [by_number[n] for n in understanding.position_numbers]
    else:
        # A letter without a position speaks for every open position behind the new status;
        # when none is behind, every position records the letter as not applied.
        behind = [p for p in request.positions if p.status_enum.rank < status.rank]
        targets = behind or list(request.positions)
    return apply_status(session, letter, targets, status, actor_name=letter.sender or "письмо")


def event_time(letter: Letter) -> datetime:
    """When what the letter reports happened: its Date, unless it claims to be later than
    when OMIS received it (a wrong clock on the sender's side)."""
    received = letter.received_at or now()
    return min(letter.sent_at, received) if letter.sent_at else received


def apply_status(
    session: Session, letter: Letter, targets: list[Position], status: Status, actor_name: str
) -> LetterOutcome:
    """Move ``targets`` to ``status`` by the letter's authority (forward only), record all."""
    happened = event_time(letter)
    evidence = {"subject": letter.subject, "items": letter.evidence}
    applied = 0
    for position in targets:
        event = store.StatusEvent(
            status, Actor.LETTER, actor_name, letter=letter, evidence=evidence, at=happened
        )
        applied += store.change_status(session, position, event).verdict == "applied"
    where = ", ".join(p.number for p in targets) or "—"
    detail = (
        f"№{targets[0].request.number if targets else letter.request_number} поз. {where}: {status}"
    )
    if applied:
        return _finish(letter, "applied", None, detail)
    return _finish(letter, "not_applied", "older_or_equal", detail)
