"""What was sent (or tried), and where each delayed position stands in its reminder cycle."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omis.core.clock import now
from omis.core.db import Base, UTCDateTime

# A reminder cycle belongs to a position (a foreign key): its table must be known.
from omis.requests import models as _requests_models  # noqa: F401

# pending: recorded, not sent yet (``attempted_at`` empty: nobody claimed it, the next run
# sends it) or being sent (claimed; if the process died, maybe sent); sent: the provider
# accepted it; failed: permanently refused or out of attempts; retry: failed temporarily,
# next run tries again; unknown: a claimed pending row found after a crash, never re-sent
# (at most once).
NOTIFICATION_STATES = ("pending", "sent", "retry", "failed", "unknown")
NOTIFICATION_KINDS = (
    "reminder", "escalation", "job_alert", "job_recovered", "pos_alert", "mail_reply",
    "report_digest",
)  # fmt: skip

# A notification's state (``notifications.state``) and kind (``notifications.kind``) in words.
STATE_LABELS: dict[str, str] = {
    "pending": "ожидает",
    "sent": "отправлено",
    "retry": "повтор при следующем запуске",
    "failed": "не отправлено",
    "unknown": "неизвестно: сбой во время отправки",
}
KIND_LABELS: dict[str, str] = {
    "reminder": "напоминание о задержке",
    "escalation": "эскалация",
    "job_alert": "сбой задания",
    "job_recovered": "задание восстановилось",
    "pos_alert": "ошибки синхронизации ПОС",
    "mail_reply": "ответ на нечитаемое письмо",
    "report_digest": "недельная сводка",
}


class Notification(Base):
    """One message to one channel target, keyed so the same message is never sent twice."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_state", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(32))
    idempotency_key: Mapped[str] = mapped_column(String(255), unique=True)
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    attempted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    position_ids: Mapped[list[int]] = mapped_column(JSON, default=list)


class ReminderState(Base):
    """The reminder cycle of one position, valid for one (status, status_changed_at):
    a status change makes the row stale, which resets the cycle."""

    __tablename__ = "reminder_state"

    position_id: Mapped[int] = mapped_column(
        ForeignKey("positions.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(32))
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
