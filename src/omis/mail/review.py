"""The review queue: letters OMIS could not attribute, assigned or dismissed by a person."""

from __future__ import annotations

import enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.core.clock import now
from omis.core.db import get_row
from omis.core.errors import NotFoundError, UsageError
from omis.mail.apply import LetterOutcome, apply_status
from omis.mail.models import Letter
from omis.mail.vocabulary import reason_label
from omis.requests import store
from omis.requests.lifecycle import Actor, Status, decide_transition
from omis.requests.models import Position, Request

# The actor name of a change made by assigning a letter; the timeline recognises it.
REVIEW_ACTOR_SUFFIX = "(разбор письма)"


class NothingApplies(UsageError):
    """Assigning the letter would move no position: it stays in the queue, nothing recorded."""


class ReviewState(enum.StrEnum):
    """Where a letter stands in the review queue (``letters.review_state``)."""

    OPEN = "open"
    ASSIGNED = "assigned"
    DISMISSED = "dismissed"

    @property
    def label(self) -> str:
        return REVIEW_STATE_LABELS[self]


REVIEW_STATE_LABELS = {
    ReviewState.OPEN: "ожидает разбора",
    ReviewState.ASSIGNED: "отнесено к заявке",
    ReviewState.DISMISSED: "отклонено",
}


def reason_text(code: str | None) -> str:
    """Why a letter is in the queue (or was skipped), in words; unknown codes as they are."""
    return reason_label(code) or "—"


def list_open(session: Session, limit: int = 500) -> list[Letter]:
    query = (
        select(Letter)
        .where(Letter.review_state == ReviewState.OPEN)
        .order_by(Letter.sent_at.is_(None), Letter.sent_at, Letter.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def _open_letter(session: Session, letter_id: int) -> Letter:
    letter = get_row(session, Letter, letter_id)
    if letter is None:
        raise NotFoundError(f"письмо {letter_id} не найдено")
    if letter.review_state != ReviewState.OPEN:
        state = (
            f"уже разобрано: {ReviewState(letter.review_state).label}"
            if letter.review_state
            else "не в очереди"
        )
        raise UsageError(f"письмо {letter_id} не в очереди разбора ({state})")
    return letter


def assign(
    session: Session,
    letter_id: int,
    request_number: str,
    position_number: str | None,
    status: Status,
    user: str,
) -> LetterOutcome:
    """Apply the letter to a request (and position) through the same forward-only rules.

    Refused (NothingApplies: the letter stays in the queue, nothing is recorded) when no
    position would move: every one named is at that status or further along."""
    letter = _open_letter(session, letter_id)
    request = store.require_request(session, store.validate_number(request_number, "номер заявки"))
    if position_number:
        number = store.validate_number(position_number, "номер позиции")
        targets = [p for p in request.positions if p.number == number]
        if not targets:
            raise NotFoundError(f"позиции {number} нет в заявке №{request.number}")
    else:
        targets = [p for p in request.positions if p.status_enum.rank < status.rank]
    refusal = nothing_applies(request, targets, status)
    if refusal is not None:
        raise NothingApplies(refusal)
    letter.request_number, letter.status = request.number, status.value
    letter.position_number = position_number
    outcome = apply_status(
        session, letter, targets, status, actor_name=f"{user} {REVIEW_ACTOR_SUFFIX}"
    )
    _close(
        letter,
        ReviewState.ASSIGNED,
        user,
        f"назначено: №{request.number} {position_number or ''} {status}",
    )
    return outcome


def nothing_applies(request: Request, targets: list[Position], status: Status) -> str | None:
    """Why assigning ``status`` to ``targets`` would move none of them (each is at that
    status or further along), in Russian; None when one of them would move."""
    refusals = [
        (position.number, decision.reason)
        for position in targets
        if not (decision := decide_transition(position.status_enum, status, Actor.LETTER)).applies
    ]
    if targets and len(refusals) < len(targets):
        return None
    if not refusals:
        why = f"все позиции заявки №{request.number} уже в статусе «{status}» или дальше"
    elif len(refusals) == 1:
        [(number, reason)] = refusals
        why = f"позиция {number} уже в этом статусе или дальше ({reason})"
    else:
        numbers = ", ".join(number for number, _ in refusals)
        reasons = "; ".join(f"позиция {number}: {reason}" for number, reason in refusals)
        why = f"позиции {numbers} уже в этом статусе или дальше ({reasons})"
    return f"ничего не применено: {why}; письмо осталось в очереди разбора"


def dismiss(session: Session, letter_id: int, reason: str, user: str) -> None:
    if not reason.strip():
        raise UsageError("укажите причину, по которой письмо отклонено")
    letter = _open_letter(session, letter_id)
    _close(letter, ReviewState.DISMISSED, user, reason.strip())


def _close(letter: Letter, state: str, user: str, note: str) -> None:
    letter.review_state = state
    letter.reviewed_by = user
    letter.reviewed_at = now()
    letter.review_note = note[:2000]
