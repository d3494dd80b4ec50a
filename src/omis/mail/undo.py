"""Undo a letter: take back what a wrongly read letter did, with a reason.

The positions it moved go back to their previous status (and the moment they entered it)
unless something moved them after the letter: then nothing is undone and the operator is
told what moved which position. The letter returns to the review queue, where it can be
assigned like any other; the history keeps the letter's changes, their reversal (who and
why) and a :class:`LetterUndo` record.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.core.db import get_row
from omis.core.errors import NotFoundError, UsageError
from omis.core.timefmt import local_time
from omis.mail.models import Letter, LetterUndo
from omis.requests import store
from omis.requests.lifecycle import Actor, Status, Verdict
from omis.requests.models import Position, StatusChange

MAX_REASON = 1000
ACTOR_WORDS = {"operator": "оператор", "letter": "письмо", "scenario": "сценарий",
               "import": "импорт", "system": "система"}  # fmt: skip


class UndoRefused(UsageError):
    """Something moved a position after the letter: undoing would lose that change."""


def undoable(session: Session, letter: Letter) -> list[StatusChange]:
    """The status changes the letter applied that are not undone yet, oldest first."""
    undone = {
        change_id
        for ids in session.scalars(
            select(LetterUndo.change_ids).where(LetterUndo.letter_id == letter.id)
        )
        for change_id in ids or []
    }
    query = (
        select(StatusChange)
        .where(
            StatusChange.letter_id == letter.id,
            StatusChange.actor == Actor.LETTER.value,
            StatusChange.verdict == Verdict.APPLIED.value,
        )
        .order_by(StatusChange.id)
    )
    return [change for change in session.scalars(query) if change.id not in undone]


def blockers(session: Session, changes: list[StatusChange], tz: tzinfo) -> list[str]:
    """Why each change cannot be undone (a later change of its position), in Russian."""
    found = []
    for change in changes:
        later = session.scalars(
            select(StatusChange)
            .where(
                StatusChange.position_id == change.position_id,
                StatusChange.id > change.id,
                StatusChange.verdict == Verdict.APPLIED.value,
            )
            .order_by(StatusChange.id)
            .limit(1)
        ).first()
        if later is not None:
            found.append(_moved_later(change.position, later, tz))
    return found


def _moved_later(position: Position, later: StatusChange, tz: tzinfo) -> str:
    who = ACTOR_WORDS.get(later.actor, later.actor)
    if later.actor_name:
        who = f"{who} {later.actor_name}"
    when = local_time(later.changed_at, tz)
    return (
        f"позиция {position.number} заявки №{position.request.number} после письма изменена: "
        f"«{later.to_status}» ({who}, {when})"
    )


def undo(
    session: Session, letter_id: int, reason: str, user: str, at: datetime, tz: tzinfo
) -> LetterUndo:
    """Undo the letter's changes and send it back to review; raise UndoRefused (nothing
    changed) when a position was moved after it."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise UsageError("укажите причину отмены")
    if len(reason) > MAX_REASON:
        raise UsageError(f"причина не длиннее {MAX_REASON} символов")
    letter = get_row(session, Letter, letter_id)
    if letter is None:
        raise NotFoundError(f"письмо {letter_id} не найдено")
    changes = undoable(session, letter)
    if not changes:
        raise UsageError(
            f"письмо {letter_id} не меняло статусов (или уже отменено): отменять нечего"
        )
    problems = blockers(session, changes, tz)
    if problems:
        raise UndoRefused("отмена невозможна: " + "; ".join(problems))
    for change in changes:
        _revert(session, letter, change, reason, user, at)
    record = LetterUndo(
        letter_id=letter.id, undone_at=at, undone_by=user, reason=reason,
        change_ids=[change.id for change in changes],
    )  # fmt: skip
    session.add(record)
    letter.outcome, letter.reason, letter.review_state = "unmatched", "undone", "open"
    letter.reviewed_by, letter.reviewed_at = user, at
    letter.review_note = f"действие письма отменено: {reason}"[:2000]
    session.flush()
    return record


def _revert(
    session: Session, letter: Letter, change: StatusChange, reason: str, user: str, at: datetime
) -> None:
    position = change.position
    assert change.from_status is not None  # a letter never registers a position
    since = _entered(session, change)
    event = store.StatusEvent(
        Status(change.from_status), Actor.OPERATOR, f"{user} (отмена письма)",
        f"отмена письма №{letter.id}: {reason}", letter_id=letter.id, at=at,
        evidence={RESTORED_SINCE: since.isoformat()},
    )  # fmt: skip
    store.restore_status(session, position, event.status, since, event)


RESTORED_SINCE = "restored_since"


def _entered(session: Session, change: StatusChange) -> datetime:
    """When the position entered the status the letter moved it from, as its delay clock
    showed it: the clock worked out again over the applied changes before the letter, each
    setting it the way it did then. A change never moves the clock back
    (:func:`omis.requests.store.transition`: a letter written before the position was
    registered or reached its status leaves the clock where it was), and an earlier undo set
    it to the moment it restored."""
    earlier = session.scalars(
        select(StatusChange)
        .where(
            StatusChange.position_id == change.position_id,
            StatusChange.id < change.id,
            StatusChange.verdict == Verdict.APPLIED.value,
        )
        .order_by(StatusChange.id)
    )
    clock = change.position.created_at
    for previous in earlier:
        restored = (previous.evidence or {}).get(RESTORED_SINCE)
        if isinstance(restored, str):
            clock = datetime.fromisoformat(restored)
        else:
            clock = max(clock, previous.changed_at)
    return clock


def history(session: Session, letter_id: int) -> list[LetterUndo]:
    query = select(LetterUndo).where(LetterUndo.letter_id == letter_id).order_by(LetterUndo.id)
    return list(session.scalars(query))
