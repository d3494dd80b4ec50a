"""Requests, their positions, and the history of every status decision."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from omis.contractors.models import Contractor
from omis.core.clock import now
from omis.core.db import Base, UTCDateTime

# A status change points at the letter that caused it: the mapper needs Letter's table.
from omis.mail.models import Letter
from omis.requests.lifecycle import Status


def fold(text: str | None) -> str | None:
    """Text as the requests list searches it: lower-cased, Cyrillic included."""
    return text.lower() if text is not None else None


class Request(Base):
    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    created_by: Mapped[str | None] = mapped_column(String(64))
    contractor_email: Mapped[str | None] = mapped_column(String(255))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The contractor the request was sent to (the directory, omis.contractors); contractors
    # are disabled, never deleted.
    contractor_id: Mapped[int | None] = mapped_column(ForeignKey("contractors.id"), index=True)
    contractor: Mapped[Contractor | None] = relationship()

    positions: Mapped[list[Position]] = relationship(
        back_populates="request", order_by="Position.id", cascade="all, delete-orphan"
    )

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class Position(Base):
    __tablename__ = "positions"
    __table_args__ = (
        UniqueConstraint("request_id", "number", name="uq_positions_request_number"),
        # The delay scan: open positions by status, oldest change first.
        Index("ix_positions_status_changed", "status", "status_changed_at"),
        # The web's requests list: newest first within a status; any status by last change.
        Index("ix_positions_status_id", "status", "id"),
        Index("ix_positions_changed", "status_changed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32), default=Status.SENT.value)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    comment: Mapped[str | None] = mapped_column(Text)
    # The comment lower-cased in Python, kept in step by _fold_comment, so the list's search
    # is a plain LIKE on both engines: SQLite's lower() leaves Cyrillic alone, and calling
    # a Python function on every row made searching a large store several times slower.
    comment_search: Mapped[str | None] = mapped_column(Text)
    comment_author: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)

    request: Mapped[Request] = relationship(back_populates="positions")

    @validates("comment")
    def _fold_comment(self, _key: str, comment: str | None) -> str | None:
        self.comment_search = fold(comment)
        return comment

    @property
    def status_enum(self) -> Status:
        return Status(self.status)


class StatusChange(Base):
    """One status decision for a position, applied or not, with who caused it and why."""

    __tablename__ = "status_changes"
    __table_args__ = (
        Index("ix_status_changes_position_at", "position_id", "changed_at"),
        # The reports: the positions that moved in a period, from the index alone.
        Index("ix_status_changes_changed_at", "changed_at", "verdict", "position_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"))
    # When it happened: for a letter, its Date clamped to when OMIS received it (a contractor
    # writes «на месте» at 09:50; OMIS may read it at 10:00 with three other letters).
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    # When OMIS (or the operator) recorded it: the order decisions were made in.
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    verdict: Mapped[str] = mapped_column(String(16))  # applied / not_applied
    reason: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(16))  # omis.requests.lifecycle.Actor
    actor_name: Mapped[str | None] = mapped_column(String(128))
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id", ondelete="SET NULL"))
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    position: Mapped[Position] = relationship()
    # Set instead of letter_id while the letter is not flushed yet: one flush per batch.
    letter: Mapped[Letter | None] = relationship()
