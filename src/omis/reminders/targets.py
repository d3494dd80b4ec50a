"""What the contractor directory adds to the reminders: each contractor's own limits, and
its own escalation target (a Telegram chat through the configured bot, an address through
the configured SMTP server), which replaces the global escalation target for its requests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.adapters.channels import SUBJECTS, Channel, ConsoleChannel, SmtpChannel, TelegramChannel
from omis.contractors.models import Contractor
from omis.core.settings import Settings
from omis.requests.lifecycle import Status

Echo = Callable[[str], None]
T = TypeVar("T")


@dataclass(frozen=True)
class ContractorTarget:
    id: int
    name: str
    limits: Mapping[Status, timedelta]
    chat: str | None
    email: str | None


def load(session: Session) -> list[ContractorTarget]:
    """Contractors with their own limits or escalation target (disabled ones included:
    their open requests still run on their rules)."""
    found = []
    for contractor in session.scalars(select(Contractor).order_by(Contractor.id)):
        limits = {
            Status(name): timedelta(minutes=int(minutes))
            for name, minutes in (contractor.status_limits or {}).items()
            if name in Status._value2member_map_
        }
        if limits or contractor.escalation_chat or contractor.escalation_email:
            found.append(
                ContractorTarget(
                    contractor.id,
                    contractor.name,
                    limits,
                    contractor.escalation_chat,
                    contractor.escalation_email,
                )
            )
    return found


def escalation_channels(
    settings: Settings, target: ContractorTarget, *, dry_run: bool, echo: Echo
) -> list[Channel]:
    """The contractor's own escalation channels: empty when it has none, or when the bot or
    the SMTP server they need is not configured (the global target is used then)."""
    channels: list[Channel] = []
    telegram, smtp = settings.telegram, settings.smtp
    if target.chat and telegram.token:
        channels.append(
            TelegramChannel(
                token=telegram.token.get_secret_value(),
                chat_id=target.chat,
                api_url=telegram.api_url,
                timeout=telegram.timeout_seconds,
            )
        )
    if target.email and smtp.host and smtp.sender:
        subject = f"{SUBJECTS['escalation']} ({target.name})"
        channels.append(SmtpChannel.from_settings(smtp, [target.email], subject))
    if dry_run or settings.core.print_notifications:
        return [ConsoleChannel(channel.address, echo) for channel in channels]
    return channels


def by_target(
    planned: Iterable[T],
    contractor_of: Callable[[T], int | None],
    common: Sequence[Channel],
    own: Mapping[int, Sequence[Channel]],
) -> list[tuple[list[T], Sequence[Channel]]]:
    """Escalations grouped by where they go: a contractor's own channels, else the common."""
    groups: dict[int | None, list[T]] = {}
    for item in planned:
        key = contractor_of(item)
        groups.setdefault(key if key is not None and own.get(key) else None, []).append(item)
    return [(group, own[key] if key is not None else common) for key, group in groups.items()]
