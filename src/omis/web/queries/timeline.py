"""One timeline per request: status decisions, the letters behind them, reminders sent.

Evidence (which phrase, which rule) is stored by the mail pipeline as JSON; it is read
here in any of the shapes the pipeline may write: one ``{rule, phrase, field}`` object,
a list of them, a list of ``[rule, phrase, field]`` triples, or an object holding such a
list under ``evidence``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omis.mail.models import Letter
from omis.mail.review import REVIEW_ACTOR_SUFFIX
from omis.notify.models import Notification
from omis.reminders import snooze
from omis.reminders.models import Snooze
from omis.requests.models import Position, Request, StatusChange


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
    """One line of the timeline. ``kind``: status / letter / reminder / snooze / resnooze /
    resume.

    ``at`` is when it happened, ``recorded`` when OMIS or the operator recorded it (the
    same moment except for letters: the contractor wrote at ``at``, OMIS read or the
    operator assigned the letter at ``recorded``). The timeline is in recorded order."""

    at: datetime
    kind: str
    position: str | None
    change: StatusChange | None = None
    letter: Letter | None = None
    notice: Any = None
    evidence: list[EvidenceItem] = field(default_factory=list)
    recorded: datetime | None = None
    previous: Any = None  # a changed pause («resnooze»): the one it replaced

    @property
    def recorded_at(self) -> datetime:
        return self.recorded or self.at

    @property
    def recorded_note(self) -> str:
        """Who recorded it, in words, for the line that shows both times."""
        name = self.change.actor_name if self.change is not None else None
        if name and name.endswith(REVIEW_ACTOR_SUFFIX):
            return "назначено оператором"
        return "прочитано OMIS" if self.letter is not None else "записано"


def timeline(session: Session, request: Request) -> list[Event]:
    """Everything that happened to ``request``, most recently recorded first."""
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
    events += snooze_events(session, request)
    return sorted(events, key=_order, reverse=True)


def snooze_events(session: Session, request: Request) -> list[Event]:
    """«Напоминать после …»: when each pause was set, changed or cancelled.

    A pause set while another was running ends that one in the same instant: that is one
    change of the pause («пауза изменена», the old one as ``previous``), not a resume
    followed by a new pause, which would leave «снова включены» beside a running pause."""
    numbers = {position.id: position.number for position in request.positions}
    pauses = snooze.history(session, list(numbers))
    replaced = _replaced(pauses)
    changed = {old.id for old in replaced.values()}
    events = []
    for pause in pauses:
        number = numbers[pause.position_id]
        previous = replaced.get(pause.id)
        kind = "snooze" if previous is None else "resnooze"
        events.append(Event(pause.created_at, kind, number, notice=pause, previous=previous))
        if pause.cancelled_at is not None and pause.id not in changed:
            events.append(Event(pause.cancelled_at, "resume", number, notice=pause))
    return events


def _replaced(pauses: list[Snooze]) -> dict[int, Snooze]:
    """Pause id → the pause it replaced: one of the position's, cancelled by the same
    person in the very instant the new one was set (:func:`omis.reminders.snooze.pause`)."""
    ended = {
        (p.position_id, p.cancelled_at, p.cancelled_by): p
        for p in pauses
        if p.cancelled_at is not None
    }
    found: dict[int, Snooze] = {}
    for pause in pauses:
        older = ended.get((pause.position_id, pause.created_at, pause.created_by))
        if older is not None and older.id < pause.id:
            found[pause.id] = older
    return found


def _order(event: Event) -> tuple[datetime, datetime, int]:
    identity = event.change.id if event.change is not None else 0
    return event.recorded_at, event.at, identity


def _letters(session: Session, number: str, linked: Iterable[int]) -> dict[int, Letter]:
    ids = list(linked)
    condition = Letter.request_number == number
    if ids:
        condition = or_(condition, Letter.id.in_(ids))
    return {letter.id: letter for letter in session.scalars(select(Letter).where(condition))}


def _status_event(change: StatusChange, position: str, letters: dict[int, Letter]) -> Event:
    letter = letters.get(change.letter_id) if change.letter_id is not None else None
    evidence = evidence_items(change.evidence)
    if not evidence and letter is not None and change.actor == "letter":
        # The letter's phrases explain what it did, not an operator's undoing of it.
        evidence = evidence_items(letter.evidence)
    return Event(
        change.changed_at, "status", position, change=change, letter=letter, evidence=evidence,
        recorded=change.recorded_at,
    )  # fmt: skip


# Reminders name positions in a JSON list; a portable query cannot search inside it, so
# the notifications of the request's lifetime are read and matched here, newest first.
REMINDER_KINDS = ("reminder", "escalation")
REMINDER_SCAN = 5_000


def reminder_events(session: Session, request: Request) -> list[Event]:
    """Reminders and escalations that named this request's positions, one event each."""
    positions = {position.id: position.number for position in request.positions}
    if not positions:
        return []
    since = min(position.created_at for position in request.positions)
    query = select(Notification).where(
        Notification.kind.in_(REMINDER_KINDS), Notification.created_at >= since
    )
    if request.closed_at is not None:
        query = query.where(Notification.created_at <= request.closed_at)
    rows = session.scalars(query.order_by(Notification.id.desc()).limit(REMINDER_SCAN))
    events = []
    for row in rows:
        named = sorted({positions[i] for i in row.position_ids or [] if i in positions})
        if named:
            events.append(
                Event(row.sent_at or row.created_at, "reminder", ", ".join(named), notice=row)
            )
    return events
