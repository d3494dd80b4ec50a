"""Review of a letter held by the sender check: accept it once, or add its sender to the
request's contractor and accept it. Either way it is applied as OMIS read it, by the same
forward-only rules as any letter, and the history names the operator."""

from __future__ import annotations

from sqlalchemy.orm import Session

from omis.contractors import store as contractors
from omis.contractors.models import Contractor
from omis.core.errors import NotFoundError, UsageError
from omis.mail.apply import LetterOutcome, apply_status
from omis.mail.models import Letter
from omis.mail.review import _close, _open_letter
from omis.requests import store
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request

REASON = "foreign_sender"


def held_letter(session: Session, letter_id: int) -> tuple[Letter, Request]:
    """The open review letter held by the sender check, and its request."""
    letter = _open_letter(session, letter_id)
    if letter.reason != REASON or not letter.request_number or not letter.status:
        raise UsageError(f"письмо {letter_id} задержано не проверкой отправителя")
    return letter, store.require_request(session, letter.request_number)


def owner(request: Request) -> Contractor:
    if request.contractor is None:
        raise UsageError(f"у заявки №{request.number} нет подрядчика")
    return request.contractor


def accept_once(session: Session, letter_id: int, user: str) -> LetterOutcome:
    """Apply the letter this once; its sender is not added anywhere."""
    letter, request = held_letter(session, letter_id)
    outcome = _apply(session, letter, request, user)
    note = f"принято один раз: {letter.sender or 'отправитель неизвестен'} не из адресов подрядчика"
    _close(letter, "assigned", user, note)
    return outcome


def add_sender_and_accept(session: Session, letter_id: int, user: str) -> LetterOutcome:
    """Add the sender's address to the request's contractor, then apply the letter."""
    letter, request = held_letter(session, letter_id)
    contractor = owner(request)
    if not letter.sender:
        raise UsageError("у письма нет адреса отправителя")
    address = contractors.add_address(session, contractor, "email", letter.sender)
    outcome = _apply(session, letter, request, user)
    _close(letter, "assigned", user, f"адрес {address} добавлен подрядчику «{contractor.name}»")
    return outcome


def _apply(session: Session, letter: Letter, request: Request, user: str) -> LetterOutcome:
    assert letter.status is not None
    status = Status(letter.status)
    targets = _targets(request, letter.position_number, status)
    return apply_status(session, letter, targets, status, actor_name=f"{user} (разбор письма)")


def _targets(request: Request, numbers: str | None, status: Status) -> list[Position]:
    """The positions the letter named, else every one behind the status (as intake does)."""
    wanted = [n.strip() for n in (numbers or "").split(",") if n.strip()]
    if not wanted:
        behind = [p for p in request.positions if p.status_enum.rank < status.rank]
        return behind or list(request.positions)
    by_number = {p.number: p for p in request.positions}
    missing = [n for n in wanted if n not in by_number]
    if missing:
        raise NotFoundError(f"позиции {', '.join(missing)} нет в заявке №{request.number}")
    return [by_number[n] for n in wanted]
