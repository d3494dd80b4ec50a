"""Contractors and the addresses and domains their mail comes from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omis.core.clock import now
from omis.core.db import Base, UTCDateTime

ADDRESS_KINDS = ("email", "domain")


class Contractor(Base):
    """A contractor organisation. ``status_limits`` maps a status (its Russian label) to
    minutes and overrides the global limit for that status on this contractor's requests."""

    __tablename__ = "contractors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    status_limits: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    escalation_chat: Mapped[str | None] = mapped_column(String(64))
    escalation_email: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)

    addresses: Mapped[list[ContractorAddress]] = relationship(
        back_populates="contractor",
        order_by="ContractorAddress.id",
        cascade="all, delete-orphan",
    )

    @property
    def emails(self) -> list[str]:
        return [a.value for a in self.addresses if a.kind == "email"]

    @property
    def domains(self) -> list[str]:
        return [a.value for a in self.addresses if a.kind == "domain"]

    @property
    def known_senders(self) -> list[str]:
        """Addresses, then domains as ``@domain``: how people read them."""
        return [*self.emails, *(f"@{domain}" for domain in self.domains)]


class ContractorAddress(Base):
    """One address (``email``) or domain (``domain``) of a contractor; lower case. An
    address or domain belongs to one contractor only, so a sender names one contractor."""

    __tablename__ = "contractor_addresses"
    __table_args__ = (
        UniqueConstraint("kind", "value", name="uq_contractor_addresses_kind_value"),
        Index("ix_contractor_addresses_contractor", "contractor_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractors.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))
    value: Mapped[str] = mapped_column(String(320))

    contractor: Mapped[Contractor] = relationship(back_populates="addresses")
