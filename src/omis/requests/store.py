"""Store operations on requests and positions. Every status decision goes through here.

The rules themselves live in :mod:`omis.requests.lifecycle`; this module loads the rows,
asks the rules, and records the answer in the history, applied or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from omis.core.clock import now
from omis.core.errors import UsageError, must_exist
from omis.requests.lifecycle import Actor, Status, Verdict, decide_transition
from omis.requests.models import Position, Request, StatusChange

NUMBER_PATTERN = re.compile(r"^\d{1,20}$")
MAX_COMMENT = 4000
MAX_AUTHOR = 128


class DuplicatePositionError(UsageError):
    """The pair (request number, position number) exists already."""


def validate_number(value: str | None, what: str) -> str:
    """Numbers are digits as typed ("07" stays "07"); surrounding blanks are dropped."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise UsageError(f"{what}: не указан")
    if not NUMBER_PATTERN.match(cleaned):
        raise UsageError(f"{what}: ожидаются только цифры (до 20), получено {value!r}")
    return cleaned


def validate_text(value: str | None, what: str, limit: int) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > limit:
        raise UsageError(f"{what}: не длиннее {limit} символов (получено {len(value)})")
    return value.strip()


@dataclass(frozen=True)
class NewPosition:
    request_number: str
    position_number: str
    comment: str | None = None
    comment_author: str | None = None
    # The contractor's name (the directory): resolved by the caller, who attaches it.
    contractor: str | None = None

    def validated(self) -> NewPosition:
        return NewPosition(
            validate_number(self.request_number, "номер заявки"),
            validate_number(self.position_number, "номер позиции"),
            validate_text(self.comment, "комментарий", MAX_COMMENT),
            validate_text(self.comment_author, "автор комментария", MAX_AUTHOR),
            " ".join(self.contractor.split())
            if self.contractor and self.contractor.strip()
            else None,
        )


def get_request(session: Session, number: str) -> Request | None:
    query = select(Request).where(Request.number == number).options(selectinload(Request.positions))
    return session.scalars(query).first()


def require_request(session: Session, number: str) -> Request:
    return must_exist(get_request(session, number), f"заявка №{number} не найдена")


def find_position(session: Session, request_number: str, position_number: str) -> Position | None:
    query = (
        select(Position)
        .join(Request)
        .where(Request.number == request_number, Position.number == position_number)
    )
    return session.scalars(query).first()


def add_position(
    session: Session,
    new: NewPosition,
    *,
    actor: Actor,
    actor_name: str | None = None,
    created_at: datetime | None = None,
) -> Position:
    """Register a position (creating its request if needed) in status «заявка отправлена»."""
    new = new.validated()
    moment = created_at or now()
    request = get_request(session, new.request_number)
    if request is None:
        request = Request(number=new.request_number, created_at=moment, created_by=actor_name)
        session.add(request)
    elif any(p.number == new.position_number for p in request.positions):
        raise DuplicatePositionError(
            f"позиция {new.position_number} заявки №{new.request_number} уже есть"
        )
    position = Position(
        number=new.position_number,
        status=Status.SENT.value,
        status_changed_at=moment,
        comment=new.comment,
        comment_author=new.comment_author,
        created_at=moment,
    )
    request.positions.append(position)
    request.closed_at = None
    session.flush()
    _record(
        session,
        position,
        None,
        Status.SENT,
        Verdict.APPLIED,
        "заявка зарегистрирована",
        actor,
        actor_name,
        moment,
    )
    return position


@dataclass(frozen=True)
class StatusEvent:
    """A request to move a position to ``status``, with its cause and evidence.

    ``at`` is when it happened (a letter's Date); None means now. The history records it
    beside the time of recording."""

    status: Status
    actor: Actor
    actor_name: str | None = None
    reason: str | None = None
    letter_id: int | None = None
    evidence: dict[str, Any] | None = None
    at: datetime | None = None
    letter: Any = None  # the Letter object, when it may not have an id yet


def change_status(session: Session, position: Position, event: StatusEvent) -> StatusChange:
    """Apply or refuse ``event`` by the lifecycle rules; the history records either way."""
    change = StatusChange(**transition(position, event))
    session.add(change)
    if event.letter is not None:
        change.letter = event.letter
    return change


def transition(position: Position, event: StatusEvent) -> dict[str, Any]:
    """Apply or refuse ``event`` on ``position`` by the lifecycle rules; the values of the
    history row that records it, which the caller stores (:func:`change_status` one by one,
    mail intake a whole batch of letters' rows in one INSERT)."""
    current = position.status_enum
    decision = decide_transition(current, event.status, event.actor, reason=event.reason)
    recorded = now()
    moment = event.at or recorded
    reason = event.reason if decision.applies else decision.reason
    row = _history_row(
        position,
        current,
        event.status,
        decision.verdict,
        reason,
        event.actor,
        event.actor_name,
        moment,
        event.letter_id,
        event.evidence,
        recorded,
    )
    if decision.applies:
        # The delay clock never runs backwards: a letter written before the current status
        # was reached (a slow mail server) moves the status but not the clock back.
        clock = max(moment, position.status_changed_at)
        position.status = event.status.value
        position.status_changed_at = clock
        _update_closed(position.request, clock)
    return row


def _update_closed(request: Request, moment: datetime) -> None:
    all_final = all(p.status_enum.is_final for p in request.positions)
    closed_at = (request.closed_at or moment) if all_final else None
    if closed_at != request.closed_at:  # an unchanged request stays out of the next flush
        request.closed_at = closed_at


def _record(
    session: Session,
    position: Position,
    from_status: Status | None,
    to_status: Status,
    verdict: Verdict,
    reason: str | None,
    actor: Actor,
    actor_name: str | None,
    moment: datetime,
    letter_id: int | None = None,
    evidence: dict[str, Any] | None = None,
) -> StatusChange:
    change = StatusChange(
        **_history_row(
            position, from_status, to_status, verdict, reason, actor, actor_name, moment,
            letter_id, evidence,
        )
    )  # fmt: skip
    session.add(change)
    return change


def _history_row(
    position: Position,
    from_status: Status | None,
    to_status: Status,
    verdict: Verdict,
    reason: str | None,
    actor: Actor,
    actor_name: str | None,
    moment: datetime,
    letter_id: int | None = None,
    evidence: dict[str, Any] | None = None,
    recorded: datetime | None = None,
) -> dict[str, Any]:
    return {
        "position_id": position.id,
        "changed_at": moment,
        "recorded_at": recorded or now(),
        "from_status": from_status.value if from_status else None,
        "to_status": to_status.value,
        "verdict": verdict.value,
        "reason": reason,
        "actor": actor.value,
        "actor_name": actor_name,
        "letter_id": letter_id,
        "evidence": evidence,
    }


def edit_comment(
    session: Session, position: Position, comment: str | None, author: str | None
) -> None:
    position.comment = validate_text(comment, "комментарий", MAX_COMMENT)
    position.comment_author = validate_text(author, "автор комментария", MAX_AUTHOR)


def history(session: Session, request_number: str) -> list[StatusChange]:
    """Every status decision of a request's positions, in the order they were recorded
    (a letter assigned from the review queue today comes after yesterday's letters, even
    though the contractor wrote it earlier)."""
    require_request(session, request_number)
    query = (
        select(StatusChange)
        .join(Position)
        .join(Request)
        .where(Request.number == request_number)
        .options(selectinload(StatusChange.position))
        .order_by(StatusChange.recorded_at, StatusChange.id)
    )
    return list(session.scalars(query))


def list_positions(session: Session, status: Status | None = None) -> list[Position]:
    query = (
        select(Position)
        .join(Request)
        .options(selectinload(Position.request).selectinload(Request.contractor))
        .order_by(Request.number, Position.number)
    )
    if status is not None:
        query = query.where(Position.status == status.value)
    return list(session.scalars(query))


def restore_status(
    session: Session,
    position: Position,
    status: Status,
    since: datetime,
    event: StatusEvent,
) -> StatusChange:
    """Take ``position`` back to ``status``, held since ``since`` (an operator undoing a
    letter: the delay clock runs from when the position really entered that status).

    Recorded like any operator change, with ``event``'s author, reason and letter."""
    if not (event.reason and event.reason.strip()):
        raise UsageError("возврат статуса только с указанием причины")
    moment = event.at or now()
    change = _record(
        session, position, position.status_enum, status, Verdict.APPLIED, event.reason,
        Actor.OPERATOR, event.actor_name, moment, event.letter_id, event.evidence,
    )  # fmt: skip
    position.status = status.value
    position.status_changed_at = since
    _update_closed(position.request, moment)
    return change
