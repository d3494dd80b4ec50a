"""The outbox: every notification is recorded before it is sent and confirmed after.

Delivery guarantee: **at most once**. A row is written (state ``pending``, with a unique
idempotency key, no attempt yet) and committed before the provider is called, usually in
the same transaction as the caller's own state (the reminder counter, the alert flag). To
send it, a process first claims it (a conditional UPDATE stamps ``attempted_at`` and counts
the attempt), then calls the provider, then marks it ``sent``. If the process dies between
the claim and the confirmation, the next run finds the key already taken and does not send
again; such a claimed ``pending`` row older than :data:`STALE_PENDING` is marked ``unknown``
and shown to the operator, never re-sent blindly. We chose this over at-least-once because
a duplicate reminder is exactly the defect supervisors complained about, while an
``unknown`` row is visible in the records. A row nobody claimed (the run died before
reaching it) was never offered to the provider: the next run sends it.

A temporary failure (network, 5xx, 429, and an unexpected error inside a channel) leaves
the row in ``retry``; :func:`retry_due` sends it again on a later run, at most
:data:`MAX_ATTEMPTS` times in all. So does a refusal the administrator cures in the
settings (:data:`AWAITING_FIX`: a wrong or revoked token or password, a bot removed from
its chat), after a wait that doubles each time. Retries live here only.
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from omis.adapters.channels import Channel, ChannelError
from omis.adapters.channels.base import Problem
from omis.core.clock import now
from omis.core.db import Database
from omis.core.settings import Settings
from omis.notify.models import Notification

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# Refusals fixed without changing where the message goes (the token, the password, the bot
# in its chat): nothing was delivered, so the row waits for the fix instead of failing for
# good. The wait doubles (30 min, 1 h, 2 h, 4 h): a token that stays wrong costs four more
# requests per message, and a fixed one is used within hours.
AWAITING_FIX: frozenset[Problem] = frozenset({"auth", "forbidden"})
FIX_WAIT = timedelta(minutes=30)
# Longer than any send can take (channel time-outs are seconds): a pending row this old
# belongs to a process that died, not to one still sending.
STALE_PENDING = timedelta(minutes=15)

# A row waiting for a retry, and one recorded but never offered to a provider.
_retry_due = Notification.state == "retry"
_never_claimed = and_(Notification.state == "pending", Notification.attempted_at.is_(None))


@dataclass(frozen=True)
class Message:
    """One message for every channel; ``key`` identifies it (same key, same message)."""

    kind: str
    key: str
    text: str
    position_ids: tuple[int, ...] = ()


@dataclass
class Delivery:
    """What happened to one message on one channel target."""

    address: str
    state: str  # sent / retry / failed / duplicate
    error: str | None = None

    @property
    def delivered(self) -> bool:
        return self.state == "sent"


@dataclass
class Recorded:
    """Rows written by :func:`record`, to send after the caller committed."""

    ids: dict[str, int] = field(default_factory=dict)  # channel address -> row id
    duplicates: list[str] = field(default_factory=list)


def channel_key(message: Message, channel: Channel) -> str:
    """The idempotency key of ``message`` on ``channel`` (bounded length, stable)."""
    digest = hashlib.sha256(f"{message.key}@{channel.address}".encode()).hexdigest()
    return f"{message.kind}:{digest[:40]}"


def record(session: Session, message: Message, channels: Sequence[Channel]) -> Recorded:
    """Add a pending row per channel whose key is new; the caller commits."""
    result = Recorded()
    for channel in channels:
        key = channel_key(message, channel)
        if session.scalar(select(Notification.id).where(Notification.idempotency_key == key)):
            result.duplicates.append(channel.address)
            continue
        row = Notification(
            channel=channel.kind, target=channel.target[:255], kind=message.kind,
            idempotency_key=key, text=message.text, state="pending", attempts=0,
            position_ids=list(message.position_ids),
        )  # fmt: skip
        session.add(row)
        session.flush()
        result.ids[channel.address] = row.id
    return result


def send_recorded(
    database: Database, settings: Settings, recorded: Recorded, channels: Sequence[Channel]
) -> list[Delivery]:
    """Send the rows :func:`record` wrote (and the caller committed); confirm each. A row
    another run claimed in the meantime is that run's to send: reported as a duplicate."""
    by_address = {channel.address: channel for channel in channels}
    deliveries = [Delivery(address, "duplicate") for address in recorded.duplicates]
    for address, row_id in recorded.ids.items():
        if _claim(database, row_id):
            deliveries.append(_attempt(database, settings, row_id, by_address[address]))
        else:
            deliveries.append(Delivery(address, "duplicate"))
    return deliveries


def deliver(
    database: Database, settings: Settings, message: Message, channels: Sequence[Channel]
) -> list[Delivery]:
    """Record and send ``message`` on every channel (skipping keys already used)."""
    with database.session() as session:
        recorded = record(session, message, channels)
    return send_recorded(database, settings, recorded, channels)


def deliver_until_confirmed(
    database: Database, settings: Settings, message: Message, channels: Sequence[Channel]
) -> list[Delivery]:
    """Like :func:`deliver`, for a message its caller offers again until it is confirmed
    (the watchdog's alert): a row an earlier run left in ``retry`` is sent again once its
    wait is over, one the provider refused (``failed``) too, since a refused message never
    arrived; so is a ``pending`` row no run ever claimed; a ``sent`` row counts as delivered;
    a claimed ``pending`` or an ``unknown`` one is not re-sent (at most once) and is
    reported as unconfirmed."""
    deliveries = []
    for channel in channels:
        row = _row_by_key(database, channel_key(message, channel))
        if row is None:
            deliveries += deliver(database, settings, message, [channel])
        else:
            deliveries.append(_offer_again(database, settings, row, channel))
    return deliveries


def _row_by_key(database: Database, key: str) -> Notification | None:
    with database.session() as session:
        return session.scalar(select(Notification).where(Notification.idempotency_key == key))


def _offer_again(
    database: Database, settings: Settings, row: Notification, channel: Channel
) -> Delivery:
    if row.state == "sent":
        return Delivery(channel.address, "sent")
    # A pending row a process claimed may have reached the provider; one nobody claimed (a
    # run that died between recording and sending) never did, and is sent like a retry.
    if row.state == "unknown" or (row.state == "pending" and row.attempted_at is not None):
        error = "доставка не подтверждена: отправка прервалась, повторно не отправляется"
        return Delivery(channel.address, row.state, row.last_error or error)
    due = row.next_attempt_at is None or row.next_attempt_at <= now()
    refused = "failed" if row.state == "failed" else None
    if not due or not _claim(database, row.id, from_state=refused):
        return Delivery(channel.address, row.state, row.last_error)
    return _attempt(database, settings, row.id, channel)


def _attempt(database: Database, settings: Settings, row_id: int, channel: Channel) -> Delivery:
    """Send a row this process has claimed, and record the outcome."""
    with database.session() as session:
        text = session.get_one(Notification, row_id).text
    try:
        channel.send(text)
    except ChannelError as exc:
        return _mark_failed(database, row_id, channel, exc)
    except Exception as exc:  # a channel's own defect must not strand the row
        # A channel raises only before the provider accepted (see Channel.send): the message
        # did not go out, so it is a temporary failure, retried on a later run, not a crash
        # that leaves the row pending (and the messages after it unsent).
        log.exception("уведомление %s: внутренняя ошибка канала", row_id)
        failure = ChannelError(
            f"внутренняя ошибка при отправке: {type(exc).__name__}: {exc}", False
        )
        return _mark_failed(database, row_id, channel, failure)
    if settings.core.test_crash_after_send:
        os.kill(os.getpid(), signal.SIGKILL)  # fault injection: see CoreSettings
    with database.session() as session:
        row = session.get_one(Notification, row_id)
        row.state, row.sent_at, row.last_error, row.next_attempt_at = "sent", now(), None, None
    return Delivery(channel.address, "sent")


def _mark_failed(database: Database, row_id: int, channel: Channel, exc: ChannelError) -> Delivery:
    log.warning(
        "уведомление %s (%s) не доставлено: %s", row_id, channel.label or channel.kind, exc.message
    )
    awaiting_fix = exc.problem in AWAITING_FIX
    with database.session() as session:
        row = session.get_one(Notification, row_id)
        final = (exc.permanent and not awaiting_fix) or row.attempts >= MAX_ATTEMPTS
        row.state = "failed" if final else "retry"
        if awaiting_fix:
            wait = FIX_WAIT * 2 ** (row.attempts - 1)
            row.last_error = _awaiting_fix(exc, channel, row.attempts, None if final else wait)
        else:
            wait = timedelta(seconds=exc.retry_after or 0)
            row.last_error = exc.message
        row.next_attempt_at = None if final else now() + wait
        return Delivery(channel.address, row.state, row.last_error)


def _awaiting_fix(
    exc: ChannelError, channel: Channel, attempts: int, wait: timedelta | None
) -> str:
    """The refusal, what to check, and when the row is tried again (or that it is not)."""
    hint = channel.fix_hints.get(exc.problem)
    then = (
        f"попыток больше не будет ({attempts} из {MAX_ATTEMPTS})"
        if wait is None
        else f"повтор не раньше чем через {wait // timedelta(minutes=1)} мин "
        f"(попытка {attempts} из {MAX_ATTEMPTS})"
    )
    return "; ".join(part for part in (exc.message, hint, then) if part)


def retry_due(
    database: Database, settings: Settings, channels: Iterable[Channel], kinds: Sequence[str]
) -> list[Delivery]:
    """Send the ``retry`` rows of ``kinds`` whose wait is over, and the ``pending`` rows no
    process ever claimed (a run that died before reaching them), on these channels.

    Each row is claimed with a conditional UPDATE, so two processes never both send it.
    """
    by_address = {channel.address: channel for channel in channels}
    deliveries: list[Delivery] = []
    for row_id, address in _due_rows(database, kinds):
        channel = by_address.get(address)
        if channel is not None and _claim(database, row_id):
            deliveries.append(_attempt(database, settings, row_id, channel))
    return deliveries


def waiting(database: Database, kinds: Sequence[str]) -> list[Notification]:
    """The ``retry`` rows of ``kinds`` whose wait is not over yet (a rate limit, a refused
    token waiting for the fix): undelivered still, so a run between two attempts reports
    them rather than looking like a recovery."""
    with database.session() as session:
        return list(
            session.scalars(
                select(Notification)
                .where(
                    _retry_due,
                    Notification.kind.in_(kinds),
                    Notification.next_attempt_at > now(),
                )
                .order_by(Notification.id)
            )
        )


def _due_rows(database: Database, kinds: Sequence[str]) -> list[tuple[int, str]]:
    with database.session() as session:
        rows = session.execute(
            select(
                Notification.id,
                Notification.channel,
                Notification.target,
                Notification.next_attempt_at,
            )
            .where(_retry_due | _never_claimed, Notification.kind.in_(kinds))
            .order_by(Notification.id)
        ).all()
    moment = now()
    return [
        (row.id, f"{row.channel}:{row.target}")
        for row in rows
        if row.next_attempt_at is None or row.next_attempt_at <= moment
    ]


def _claim(database: Database, row_id: int, from_state: str | None = None) -> bool:
    """Take ``row_id`` for one send attempt; False when another process has it already.
    By default a ``retry`` row or one no process has claimed; ``from_state`` names the
    state of a row offered again (the watchdog's refused, ``failed``, alert)."""
    takeable = (
        (_retry_due | _never_claimed) if from_state is None else (Notification.state == from_state)
    )
    with database.session() as session:
        claimed = session.execute(
            update(Notification)
            .where(Notification.id == row_id, takeable)
            .values(state="pending", attempts=Notification.attempts + 1, attempted_at=now())
        )
        return bool(getattr(claimed, "rowcount", 0))


def mark_interrupted(database: Database) -> list[Notification]:
    """Claimed pending rows left by a process that died during the send: mark them
    ``unknown`` and return them.

    The provider may or may not have accepted them; re-sending could duplicate, so they
    are only reported (see the module docstring). Unclaimed rows (``attempted_at`` empty)
    are not touched: :func:`retry_due` sends them."""
    limit = now() - STALE_PENDING
    with database.session() as session:
        rows = list(
            session.scalars(
                select(Notification).where(
                    Notification.state == "pending", Notification.attempted_at < limit
                )
            )
        )
        for row in rows:
            row.state = "unknown"
            row.last_error = "процесс прервался во время отправки: доставка не подтверждена"
        return rows
