"""Job alerts: one message when a job starts failing, one when it works again.

The state per job lives in :class:`omis.core.models.AppState` under ``alert.<job>``; the
alert and the flag change are committed together (see :mod:`omis.notify.outbox`), so a
repeated failure, or a crash after sending, never produces a second alert.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from omis.adapters.channels import Channel, build_channels
from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import job_kind, job_title
from omis.core.models import AppState
from omis.core.redact import redact
from omis.core.settings import Settings
from omis.core.timefmt import local_time
from omis.notify import outbox
from omis.notify.outbox import Message

ALERT_KINDS = ("job_alert", "job_recovered", "pos_alert")


def notify_job_outcome(
    database: Database, settings: Settings, job_name: str, outcome: str, error: str | None
) -> bool:
    """Tell the alert channels about a change of ``job_name``'s health.

    ``outcome`` is ``"failed"`` or ``"success"`` (anything else is ignored). Returns True
    when a message was delivered to at least one channel now (a retried earlier alert
    counts too)."""
    channels = build_channels(settings, purpose="alert")
    retried = outbox.retry_due(database, settings, channels, ALERT_KINDS)
    if outcome not in ("failed", "success"):
        return any(item.delivered for item in retried)
    recorded = _record_change(database, settings, channels, job_name, outcome == "failed", error)
    sent = outbox.send_recorded(database, settings, recorded, channels) if recorded else []
    return any(item.delivered for item in [*retried, *sent])


class AlertUndelivered(Exception):
    """No channel confirmed a watchdog alert; the message says what each one answered."""


def send_watchdog_alert(
    database: Database,
    settings: Settings,
    job: str,
    failing: bool,
    key: str,
    text: str,
    echo: Callable[[str], None] = print,
) -> bool:
    """Send one ``omis watchdog`` message over the alert channels, through the outbox like
    every other alert: recorded in ``notifications``, printed in printing mode. The watchdog
    offers the same ``key`` on each run until a channel confirms it (see
    :func:`omis.notify.outbox.deliver_until_confirmed`), so it arrives once.

    True: at least one channel confirmed it (a channel that failed is retried with the
    other alerts). False: no alert channel is configured. Raises :class:`AlertUndelivered`
    when every channel failed."""
    channels = build_channels(settings, purpose="alert", echo=echo)
    message = Message(_alert_kind(job, failing), key, text)
    deliveries = outbox.deliver_until_confirmed(database, settings, message, channels)
    if not deliveries:
        return False
    if any(item.delivered for item in deliveries):
        return True
    errors = dict.fromkeys(item.error or item.state for item in deliveries)
    raise AlertUndelivered("; ".join(errors))


def _record_change(
    database: Database,
    settings: Settings,
    channels: list[Channel],
    job: str,
    failing: bool,
    error: str | None,
) -> outbox.Recorded | None:
    with database.session() as session:
        key = f"alert.{job}"
        row = session.get(AppState, key)
        state: dict[str, Any] = dict(row.value) if row and isinstance(row.value, dict) else {}
        if bool(state.get("failing")) == failing:
            return None
        since = now().isoformat() if failing else str(state.get("since", ""))
        message = _message(settings, job, failing, error, since)
        value = {"failing": failing, "since": since, "reason": redact(error) or None}
        if row is None:
            session.add(AppState(key=key, value=value))
        else:
            row.value = value
        return outbox.record(session, message, channels)


def _message(settings: Settings, job: str, failing: bool, error: str | None, since: str) -> Message:
    title = job_title(job)  # an instance's job (a mailbox, an installation) names it
    at = local_time(now(), settings.core.tz)
    kind = _alert_kind(job, failing)
    if failing:
        reason = redact(error) or "причина неизвестна"
        text = f"❌ OMIS: задание «{title}» завершилось ошибкой ({at}): {reason}"
        return Message(kind, f"alert:{job}:{since}", text)
    text = f"✅ OMIS: задание «{title}» восстановлено, снова работает ({at})"
    return Message(kind, f"recovered:{job}:{since}", text)


def _alert_kind(job: str, failing: bool) -> str:
    """The notification kind of a job's alert (the POS sync's failures are their own kind)."""
    if not failing:
        return "job_recovered"
    return "pos_alert" if job_kind(job) == "pos" else "job_alert"
