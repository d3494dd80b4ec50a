"""POS sync state: the saved window per DELO endpoint, and the rows still to be retried."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omis.core.clock import now
from omis.core.db import Base, UTCDateTime


class PosWindow(Base):
    """The end of the last completed window; the next run starts there minus the overlap."""

    __tablename__ = "pos_windows"

    key: Mapped[str] = mapped_column(String(500), primary_key=True)
    completed_end: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now, onupdate=now)


class PosFailedRow(Base):
    """A row whose update failed: retried on every run until it succeeds or is dismissed."""

    __tablename__ = "pos_failed_rows"
    __table_args__ = (
        UniqueConstraint("key", "isn_ref_rubric", name="uq_pos_failed_rows_key_isn"),
        Index("ix_pos_failed_rows_state", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(500))
    isn_ref_rubric: Mapped[int] = mapped_column(BigInteger)
    sstu_status: Mapped[str | None] = mapped_column(Text)
    desired: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    # open / resolved / dismissed
    state: Mapped[str] = mapped_column(String(16), default="open")
    dismissed_by: Mapped[str | None] = mapped_column(String(64))
