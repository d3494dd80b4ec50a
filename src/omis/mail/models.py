"""Every letter read from a mailbox, with its outcome; and each mailbox folder's cursor."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from omis.core.clock import now
from omis.core.db import Base, UTCDateTime


class Letter(Base):
    """A letter, stored once per mailbox: keyed by its Message-ID together with a hash of
    what the sender wrote (see :func:`omis.mail.message.letter_key`)."""

    __tablename__ = "letters"
    __table_args__ = (
        UniqueConstraint("mailbox", "message_key", name="uq_letters_mailbox_message_key"),
        Index("ix_letters_outcome_received", "outcome", "received_at"),
        Index("ix_letters_review_state", "review_state"),
        Index("ix_letters_mailbox_source_ref", "mailbox", "source_ref"),
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
    raw_size: Mapped[int | None] = mapped_column(BigInteger)  # as the source reported it
    # Why the letter could not be read (outcome unmatched, reason "unreadable").
    error: Mapped[str | None] = mapped_column(Text)
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
    # The message as it arrived, for re-deciding under new rules (omis mail replay);
    # deferred: lists never load it.
    raw_message: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class LetterCopy(Base):
    """Another copy of a stored letter found at another place in the mailbox (a
    re-delivery): remembered so that later passes skip it before reading it again."""

    __tablename__ = "letter_copies"
    __table_args__ = (
        UniqueConstraint("mailbox", "source_ref", name="uq_letter_copies_mailbox_source_ref"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(255))
    source_ref: Mapped[str] = mapped_column(String(255))
    message_key: Mapped[str] = mapped_column(String(255))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class MailboxCursor(Base):
    """Where incremental intake stopped in one folder (IMAP UIDVALIDITY + last UID, etc.)."""

    __tablename__ = "mailbox_cursors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(255), unique=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now, onupdate=now)


class LetterUndo(Base):
    """An operator took back what a letter did: who, when, why, and which status changes
    were reverted (so a later undo of the same letter, reassigned, skips them)."""

    __tablename__ = "letter_undos"
    __table_args__ = (Index("ix_letter_undos_letter", "letter_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"))
    undone_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    undone_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    change_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
