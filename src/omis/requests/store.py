"""Store operations on requests and positions. Every status decision goes through here.

The rules themselves live in :mod:`omis.requests.lifecycle`; this module loads the rows,
asks the rules, and records the answer in the history, applied or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, selectinload

from omis.contractors.models import Contractor
from omis.core.clock import now
from omis.core.errors import UsageError, must_exist
from omis.core.shown import quoted
from omis.requests.lifecycle import FINAL, Actor, Status, Verdict, decide_transition
from omis.requests.models import Position, Request, StatusChange, fold

# ASCII digits only: \d (and str.isdigit) also match «１» and «٤», which look like digits
# but are other numbers to the database, the mail reading and a person searching.
NUMBER_PATTERN = re.compile(r"^[0-9]{1,20}$")
MAX_COMMENT = 4000
MAX_AUTHOR = 128
# Positions per request, however they come (the web form, omis requests add, a CSV file).
# Real requests have a few dozen; a form with 3000 held the database for a minute.
MAX_POSITIONS = 200
# Request numbers per IN (...) of a look-up: far below the database's limit on bound
# parameters (SQLite 32,766; PostgreSQL 65,535), however many requests a file names.
LOOKUP_CHUNK = 500
Key = TypeVar("Key", str, int)


class DuplicatePositionError(UsageError):
    """The pair (request number, position number) exists already."""


class TooManyPositionsError(UsageError):
    """The request would hold more than :data:`MAX_POSITIONS` positions."""


def too_many_positions(number: str, stored: int, added: int) -> TooManyPositionsError:
    return TooManyPositionsError(
        f"в заявке не больше {MAX_POSITIONS} позиций: в №{number} их {stored}, добавляется {added}"
    )


def validate_number(value: str | None, what: str) -> str:
    """Numbers are digits as typed ("07" stays "07"); surrounding blanks are dropped."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise UsageError(f"{what}: не указан")
    if not NUMBER_PATTERN.match(cleaned):
        raise UsageError(f"{what}: ожидаются только цифры 0–9 (до 20), получено {quoted(value)}")
    return cleaned


def validate_position_number(value: str | None) -> str:
    """A position number: digits as typed, but never zero (positions count from 1, and the
    letter reading never takes «0» for a position)."""
    cleaned = validate_number(value, "номер позиции")
    if int(cleaned) == 0:
        raise UsageError(f"номер позиции: позиции нумеруются с 1, получено {quoted(cleaned)}")
    return cleaned


def position_taken(request_number: str, number: str, existing: str) -> str:
    """Why ``number`` cannot be added beside the ``existing`` position."""
    if existing == number:
        return f"позиция {number} заявки №{request_number} уже есть"
    return (
        f"позиция {number} заявки №{request_number}: уже есть позиция {existing} "
        "(номера различаются только нулями впереди)"
    )


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
            validate_position_number(self.position_number),
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


def find_position(
    session: Session, request_number: str, position_number: str, *, locked: bool = False
) -> Position | None:
    """The position, or None. ``locked``: held until the transaction ends (``FOR UPDATE`` on
    PostgreSQL; SQLite's write transaction holds the whole file), so a change decided on
    its status is not decided twice by two concurrent posts."""
    query = (
        select(Position)
        .join(Request)
        .where(Request.number == request_number, Position.number == position_number)
    )
    if locked:
        query = query.with_for_update(of=Position)
    return session.scalars(query).first()


def stored_positions(session: Session, numbers: Iterable[str]) -> list[tuple[str, str]]:
    """The (request number, position number) pairs stored for these requests."""
    found = []
    for chunk in _chunks(numbers):
        query = (
            select(Request.number, Position.number)
            .join(Position, Position.request_id == Request.id)
            .where(Request.number.in_(chunk))
        )
        found += [(str(request), str(position)) for request, position in session.execute(query)]
    return found


@dataclass(frozen=True)
class StoredRequest:
    """What a bulk import needs to know of a stored request."""

    id: int
    contractor: str | None  # the name of the contractor it belongs to


def stored_requests(session: Session, numbers: Iterable[str]) -> dict[str, StoredRequest]:
    """The stored requests among ``numbers``, by number: one query per
    :data:`LOOKUP_CHUNK` numbers, not one per request."""
    found = {}
    for chunk in _chunks(numbers):
        query = (
            select(Request.number, Request.id, Contractor.name)
            .outerjoin(Contractor, Contractor.id == Request.contractor_id)
            .where(Request.number.in_(chunk))
        )
        for number, request_id, contractor in session.execute(query):
            found[number] = StoredRequest(request_id, contractor)
    return found


def _chunks(keys: Iterable[Key]) -> Iterator[list[Key]]:
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        yield wanted[start : start + LOOKUP_CHUNK]


def add_position(
    session: Session,
    new: NewPosition,
    *,
    actor: Actor,
    actor_name: str | None = None,
    created_at: datetime | None = None,
) -> Position:
    """Register a position (creating its request if needed) in status «заявка отправлена»."""
    [position] = add_positions(
        session, [new], actor=actor, actor_name=actor_name, created_at=created_at
    )
    return position


def add_positions(
    session: Session,
    news: Sequence[NewPosition],
    *,
    actor: Actor,
    actor_name: str | None = None,
    created_at: datetime | None = None,
) -> list[Position]:
    """Register positions of one request (creating it if needed) in status «заявка
    отправлена»: one look-up of the request and one flush, whatever their number. Refused
    whole (DuplicatePositionError, TooManyPositionsError) before anything is added."""
    checked = [new.validated() for new in news]
    number = _one_request(checked)
    moment = created_at or now()
    request = get_request(session, number)
    held = list(request.positions) if request else []
    if len(held) + len(checked) > MAX_POSITIONS:
        raise too_many_positions(number, len(held), len(checked))
    # By value: 01 and 1 are one position (a letter's «позиция 1» is position 01 too).
    taken = {int(p.number): p.number for p in held if p.number.isdecimal()}
    for new in checked:
        value = int(new.position_number)
        if value in taken:
            raise DuplicatePositionError(position_taken(number, new.position_number, taken[value]))
        taken[value] = new.position_number
    if request is None:
        request = Request(number=number, created_at=moment, created_by=actor_name)
        session.add(request)
    positions = [Position(**_position_values(new, moment)) for new in checked]
    request.positions.extend(positions)
    request.closed_at = None
    session.flush()
    for position in positions:
        _record(session, _registered(position.id, actor, actor_name, moment))
    return positions


def register_positions(
    session: Session, news: Sequence[NewPosition], *, actor: Actor, actor_name: str | None = None
) -> dict[str, int]:
    """Register positions of any number of requests at once (a CSV import) as
    :func:`add_positions` does one request at a time: a missing request is created, a
    closed one is open again, every position gets its history row. One INSERT of many
    rows per table, whatever their number: one position at a time, a file of 20,000 held
    the write lock past gunicorn's timeout.

    ``news`` are validated and checked against the store by the caller, in the same
    transaction (:func:`omis.requests.csvio.stored_errors`: positions already there,
    :data:`MAX_POSITIONS`); the unique constraint still refuses a duplicate. The rows go
    past the session's objects: a request loaded before in it does not list the new
    positions. Returns the requests' ids by number."""
    if not news:
        return {}
    moment = now()
    requests = _request_ids(session, [new.request_number for new in news], moment, actor_name)
    rows = [{**_position_values(new, moment), "request_id": requests[new.request_number]}
            for new in news]  # fmt: skip
    # Core INSERTs (one executemany each): the ORM's bulk path costs twice as much per row,
    # and RETURNING in parameter order runs one statement per row on SQLite.
    session.connection().execute(insert(Position), rows)
    ids = _position_ids(session, requests.values())
    history = [
        _registered(ids[(row["request_id"], row["number"])], actor, actor_name, moment)
        for row in rows
    ]
    session.connection().execute(insert(StatusChange), history)
    _reopen(session, requests.values())
    return requests


def _request_ids(
    session: Session, numbers: list[str], moment: datetime, actor_name: str | None
) -> dict[str, int]:
    """The ids of the requests ``numbers``; those not stored are created, in the order
    the numbers come (as one position at a time would)."""
    stored = stored_requests(session, numbers)
    missing = [number for number in dict.fromkeys(numbers) if number not in stored]
    if missing:
        rows = [{"number": n, "created_at": moment, "created_by": actor_name} for n in missing]
        session.connection().execute(insert(Request), rows)
        stored.update(stored_requests(session, missing))
    return {number: found.id for number, found in stored.items()}


def _position_ids(session: Session, request_ids: Iterable[int]) -> dict[tuple[int, str], int]:
    """The ids of these requests' positions, by (request id, position number): unique."""
    found: dict[tuple[int, str], int] = {}
    for chunk in _chunks(request_ids):
        query = select(Position.id, Position.request_id, Position.number).where(
            Position.request_id.in_(chunk)
        )
        found.update(
            ((request_id, number), id_) for id_, request_id, number in session.execute(query)
        )
    return found


def _reopen(session: Session, request_ids: Iterable[int]) -> None:
    """A request that gets a new position is open again (its closing time is cleared)."""
    for chunk in _chunks(request_ids):
        session.execute(
            update(Request)
            .where(Request.id.in_(chunk), Request.closed_at.is_not(None))
            .values(closed_at=None)
        )


def set_contractors(session: Session, owners: Mapping[int, int]) -> None:
    """Make each request (by id) belong to its contractor (by id): one UPDATE per
    contractor. The caller has checked that none belongs to another one already."""
    by_contractor: dict[int, list[int]] = {}
    for request_id, contractor_id in owners.items():
        by_contractor.setdefault(contractor_id, []).append(request_id)
    for contractor_id, request_ids in by_contractor.items():
        for chunk in _chunks(request_ids):
            session.execute(
                update(Request).where(Request.id.in_(chunk)).values(contractor_id=contractor_id)
            )


def _one_request(news: Sequence[NewPosition]) -> str:
    numbers = {new.request_number for new in news}
    if len(numbers) != 1:
        raise ValueError(f"add_positions: positions of exactly one request, got {numbers}")
    return numbers.pop()


def _position_values(new: NewPosition, moment: datetime) -> dict[str, Any]:
    """The columns of a new position in status «заявка отправлена» (its request aside)."""
    return {
        "number": new.position_number,
        "status": Status.SENT.value,
        "status_changed_at": moment,
        "comment": new.comment,
        # Kept in step by Position's validator; a bulk INSERT passes no validator.
        "comment_search": fold(new.comment),
        "comment_author": new.comment_author,
        "created_at": moment,
    }


def _registered(
    position_id: int, actor: Actor, actor_name: str | None, moment: datetime
) -> dict[str, Any]:
    """The history row of a position just registered."""
    return _history_row(position_id, None, Status.SENT, Verdict.APPLIED,
                        "заявка зарегистрирована", actor, actor_name, moment)  # fmt: skip


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
    change = _record(session, transition(position, event))
    if event.letter is not None:
        change.letter = event.letter
    return change


def repeated_change(
    session: Session, position: Position, event: StatusEvent
) -> StatusChange | None:
    """The position's newest history row when ``event`` only repeats it: the same operator
    set this very status for the same reason and nothing was recorded since (a form sent
    twice: a double click, a second tab, a reload). None when ``event`` is a change of its
    own, to be decided and recorded as usual."""
    if event.actor is not Actor.OPERATOR or position.status != event.status.value:
        return None
    newest = session.scalars(
        select(StatusChange)
        .where(StatusChange.position_id == position.id)
        .order_by(StatusChange.recorded_at.desc(), StatusChange.id.desc())
        .limit(1)
    ).first()
    if newest is None:
        return None
    same = (
        newest.verdict == Verdict.APPLIED.value
        and newest.actor == event.actor.value
        and newest.actor_name == event.actor_name
        and newest.to_status == event.status.value
        and newest.reason == event.reason
    )
    return newest if same else None


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
        position.id,
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


def close_request(session: Session, number: str, actor_name: str, reason: str) -> int:
    """An operator closes the request: every open position goes to the final status with
    ``reason`` in its history. Returns how many positions were open (0: already closed)."""
    request = require_request(session, number)
    still_open = [p for p in request.positions if not p.status_enum.is_final]
    for position in still_open:
        change_status(session, position, StatusEvent(FINAL, Actor.OPERATOR, actor_name, reason))
    return len(still_open)


def _update_closed(request: Request, moment: datetime) -> None:
    all_final = all(p.status_enum.is_final for p in request.positions)
    closed_at = (request.closed_at or moment) if all_final else None
    if closed_at != request.closed_at:  # an unchanged request stays out of the next flush
        request.closed_at = closed_at


def _record(session: Session, row: dict[str, Any]) -> StatusChange:
    """Add the history row ``row`` (:func:`_history_row`) to the session."""
    change = StatusChange(**row)
    session.add(change)
    return change


def _history_row(
    position_id: int,
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
        "position_id": position_id,
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
    change = _record(session, _history_row(
        position.id, position.status_enum, status, Verdict.APPLIED, event.reason,
        Actor.OPERATOR, event.actor_name, moment, event.letter_id, event.evidence,
    ))  # fmt: skip
    position.status = status.value
    position.status_changed_at = since
    _update_closed(position.request, moment)
    return change
