"""«Напоминать после …»: a supervisor pauses the reminders about one late position.

A pause holds until its time, or until the position leaves the status it was in when the
pause was set (a status change starts a new cycle, which deserves its own reminders), or
until someone cancels it. Pauses are kept as history, never deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.core.errors import UsageError
from omis.reminders.models import Snooze
from omis.requests.models import Position

MAX_AHEAD = timedelta(days=30)
MAX_COMMENT = 1000


def is_active(snooze: Snooze, status: str, changed_at: datetime, at: datetime) -> bool:
    """Pure: does ``snooze`` still hold for a position now in ``status`` since ``changed_at``?"""
    return (
        snooze.cancelled_at is None
        and snooze.until > at
        and snooze.status == status
        and snooze.status_changed_at == changed_at
    )


def pause(
    session: Session, position: Position, until: datetime, comment: str, user: str, at: datetime
) -> Snooze:
    """Pause the position's reminders until ``until``; a pause already running is replaced."""
    text = " ".join((comment or "").split())
    if not text:
        raise UsageError("укажите комментарий: почему напоминания можно отложить")
    if len(text) > MAX_COMMENT:
        raise UsageError(f"комментарий не длиннее {MAX_COMMENT} символов")
    if position.status_enum.is_final:
        raise UsageError("позиция закрыта: напоминаний по ней нет")
    if until <= at:
        raise UsageError("время должно быть позже текущего")
    if until > at + MAX_AHEAD:
        raise UsageError("не дальше чем на 30 дней вперёд")
    for running in active_for(session, [position], at).values():
        running.cancelled_at, running.cancelled_by = at, user
    snooze = Snooze(
        position_id=position.id, status=position.status,
        status_changed_at=position.status_changed_at, until=until, comment=text,
        created_by=user, created_at=at,
    )  # fmt: skip
    session.add(snooze)
    session.flush()
    return snooze


def resume(session: Session, position: Position, user: str, at: datetime) -> bool:
    """Cancel the position's running pause; False when there was none."""
    running = active_for(session, [position], at)
    for snooze in running.values():
        snooze.cancelled_at, snooze.cancelled_by = at, user
    return bool(running)


def active_for(session: Session, positions: list[Position], at: datetime) -> dict[int, Snooze]:
    """The running pause of each of ``positions`` that has one."""
    state = {p.id: (p.status, p.status_changed_at) for p in positions}
    return active(session, state, at)


def active(
    session: Session, positions: Mapping[int, tuple[str, datetime]], at: datetime
) -> dict[int, Snooze]:
    """The running pause by position id, for positions given as id → (status, changed at).

    Reads the pauses not yet over (a short list: they last hours), not one per position,
    so the reminder scan of a large backlog stays one query more."""
    query = (
        select(Snooze).where(Snooze.until > at, Snooze.cancelled_at.is_(None)).order_by(Snooze.id)
    )
    found: dict[int, Snooze] = {}
    for snooze in session.scalars(query):
        current = positions.get(snooze.position_id)
        if current is not None and is_active(snooze, current[0], current[1], at):
            found[snooze.position_id] = snooze
    return found


def history(session: Session, position_ids: list[int]) -> list[Snooze]:
    """Every pause of these positions, for the request's timeline."""
    if not position_ids:
        return []
    query = select(Snooze).where(Snooze.position_id.in_(position_ids)).order_by(Snooze.id)
    return list(session.scalars(query))
