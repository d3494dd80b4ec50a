"""One timeline per request: status decisions, the letters behind them, reminders sent.

Evidence (which phrase, which rule) is stored by the mail pipeline as JSON; it is read
here in any of the shapes the pipeline may write: one ``{rule, phrase, field}`` object,
a list of them, a list of ``[rule, phrase, field]`` triples, or an object holding such a
list under ``evidence``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omis.mail.models import Letter
from omis.requests.models import Position, Request, StatusChange
from omis.web import optional


@dataclass(frozen=True)
class EvidenceItem:
    rule: str
    phrase: str
    field: str = ""


def evidence_items(value: Any) -> list[EvidenceItem]:
    """Normalise stored evidence to a list of items; anything unrecognised gives []."""
    if isinstance(value, dict):
        if "phrase" in value or "rule" in value:
            return [_item(value)]
        for key in ("evidence", "items", "matches"):
            if key in value:
                return evidence_items(value[key])
        return []
    if hasattr(value, "phrase") and hasattr(value, "rule"):
        return [EvidenceItem(str(value.rule), str(value.phrase), str(getattr(value, "field", "")))]
    if isinstance(value, list | tuple):
        if len(value) in (2, 3) and all(isinstance(part, str) for part in value):
            return [EvidenceItem(*(str(part) for part in value))]
        return [item for part in value for item in evidence_items(part)]
    return []


def _item(value: dict[str, Any]) -> EvidenceItem:
    return EvidenceItem(
        rule=str(value.get("rule") or ""),
        phrase=str(value.get("phrase") or value.get("text") or ""),
        field=str(value.get("field") or value.get("where") or ""),
    )


@dataclass(frozen=True)
class Event:
    """One line of the timeline. ``kind``: status / letter / reminder."""

    at: datetime
    kind: str
    position: str | None
    change: StatusChange | None = None
    letter: Letter | None = None
    notice: Any = None
    evidence: list[EvidenceItem] = field(default_factory=list)


def timeline(session: Session, request: Request) -> list[Event]:
    """Everything that happened to ``request``, newest first."""
    changes = list(
        session.execute(
            select(StatusChange, Position.number)
            .join(Position, StatusChange.position_id == Position.id)
            .where(Position.request_id == request.id)
        )
    )
    linked = {change.letter_id for change, _ in changes if change.letter_id is not None}
    letters = _letters(session, request.number, linked)
    events = [_status_event(change, number, letters) for change, number in changes]
    events += [
        Event(
            letter.received_at,
            "letter",
            letter.position_number,
            letter=letter,
            evidence=evidence_items(letter.evidence),
        )
        for letter in letters.values()
        if letter.id not in linked
    ]
    events += reminder_events(session, request)
    return sorted(events, key=_order, reverse=True)


def _order(event: Event) -> tuple[datetime, int]:
    identity = event.change.id if event.change is not None else 0
    return event.at, identity


def _letters(session: Session, number: str, linked: Iterable[int]) -> dict[int, Letter]:
    ids = list(linked)
    condition = Letter.request_number == number
    if ids:
        condition = or_(condition, Letter.id.in_(ids))
    return {letter.id: letter for letter in session.scalars(select(Letter).where(condition))}


def _status_event(change: StatusChange, position: str, letters: dict[int, Letter]) -> Event:
    letter = letters.get(change.letter_id) if change.letter_id is not None else None
    evidence = evidence_items(change.evidence)
    if not evidence and letter is not None:
        evidence = evidence_items(letter.evidence)
    return Event(
        change.changed_at, "status", position, change=change, letter=letter, evidence=evidence
    )


def reminder_events(session: Session, request: Request) -> list[Event]:
    """Reminders about this request's positions, from the notifications record (if any)."""
    model = optional.attribute("omis.notify.models", "Notification")
    if model is None:
        return []
    columns = model.__table__.c
    positions = {position.id: position.number for position in request.positions}
    if "position_id" in columns and positions:
        query = select(model).where(columns.position_id.in_(list(positions)))
    elif "request_number" in columns:
        query = select(model).where(columns.request_number == request.number)
    else:
        return []
    return [
        Event(
            _notice_time(row),
            "reminder",
            positions.get(getattr(row, "position_id", 0)),
            notice=row,
        )
        for row in session.scalars(query.limit(500))
    ]


def _notice_time(row: Any) -> datetime:
    for name in ("sent_at", "created_at", "updated_at"):
        value = getattr(row, name, None)
        if isinstance(value, datetime):
            return value
    return datetime.min.replace(tzinfo=UTC)
