"""Every letter read from a mailbox, with its outcome; and each mailbox folder's cursor."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omis.core.clock import now
from omis.core.db import Base, UTCDateTime


class Letter(Base):
    """A letter, stored once per mailbox (by normalised Message-ID, else content hash)."""

    __tablename__ = "letters"
    __table_args__ = (
        UniqueConstraint("mailbox", "message_key", name="uq_letters_mailbox_message_key"),
        Index("ix_letters_outcome_received", "outcome", "received_at"),
        Index("ix_letters_review_state", "review_state"),
        # The automation report: letters of a period by outcome, read from the index alone.
        Index("ix_letters_received", "received_at", "outcome", "review_state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(255))
    message_key: Mapped[str] = mapped_column(String(255))
    message_id: Mapped[str | None] = mapped_column(String(998))
    source_ref: Mapped[str | None] = mapped_column(String(255))  # IMAP UID, Graph id, file
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the Date header
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    sender: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(Text)
    body_text: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[list[str]] = mapped_column(JSON, default=list)
    content_hash: Mapped[str] = mapped_column(String(64))
    # applied / not_applied / unmatched / ignored / duplicate
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(64))
    request_number: Mapped[str | None] = mapped_column(String(64))
    position_number: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str | None] = mapped_column(String(32))
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # The mailbox action (mark-read / move:<folder>) recorded with the letter, done later.
    after_action: Mapped[str | None] = mapped_column(String(300))
    after_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # open / assigned / dismissed; None when the letter never needed review
    review_state: Mapped[str | None] = mapped_column(String(16))
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_note: Mapped[str | None] = mapped_column(Text)


class MailboxCursor(Base):
    """Where incremental intake stopped in one folder (IMAP UIDVALIDITY + last UID, etc.)."""

    __tablename__ = "mailbox_cursors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(255), unique=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now, onupdate=now)
