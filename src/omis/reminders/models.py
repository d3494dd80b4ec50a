"""Pauses of a position's reminders, set by a supervisor («напоминать после …»)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omis.core.clock import now
from omis.core.db import Base, UTCDateTime


class Snooze(Base):
    """Reminders about one position pause until ``until``, while the position stays in the
    status (and since the moment) it was in when the pause was set. Rows are never deleted:
    they are the history of pauses; a cancelled one keeps who cancelled it and when."""

    __tablename__ = "snoozes"
    __table_args__ = (Index("ix_snoozes_position", "position_id", "until"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(32))
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    until: Mapped[datetime] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_by: Mapped[str | None] = mapped_column(String(64))
