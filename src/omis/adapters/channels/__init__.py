"""Notification channels: one small interface, one module per service, an explicit registry.

:func:`build_channels` turns the settings into the channels for one purpose:
``reminder`` (delay reminders), ``alert`` (job failures), ``escalation``, or ``digest``
(the weekly report summary, to the escalation targets: the people above the shift).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from omis.adapters.channels.base import Channel, ChannelError
from omis.adapters.channels.console import ConsoleChannel
from omis.adapters.channels.smtp import SmtpChannel
from omis.adapters.channels.telegram import TelegramChannel
from omis.core.settings import Settings

__all__ = [
    "CHANNEL_BUILDERS",
    "CHANNEL_LABELS",
    "Channel",
    "ChannelError",
    "ConsoleChannel",
    "Purpose",
    "SmtpChannel",
    "TelegramChannel",
    "address_label",
    "build_channels",
]

Purpose = Literal["reminder", "alert", "escalation", "digest"]

# Each channel kind in words, from the classes: the one table the CLI and the web show.
CHANNEL_LABELS: dict[str, str] = {
    cls.kind: cls.label for cls in (TelegramChannel, SmtpChannel, ConsoleChannel)
}


def address_label(address: str) -> str:
    """A delivery address (``kind:target``, as stored) the way people read it:
    ``Telegram -100123``, ``почта (SMTP) a@b.ru``. A console channel's own target is
    already in words; one that stands in for a real channel says which."""
    kind, _, target = address.partition(":")
    if kind not in CHANNEL_LABELS or not target:
        return address
    if kind == ConsoleChannel.kind:
        inner = address_label(target)
        return inner if inner == target else f"консоль вместо: {inner}"
    return f"{CHANNEL_LABELS[kind]} {target}"


SUBJECTS: dict[str, str] = {
    "reminder": "OMIS: напоминание о задержке заявки",
    "alert": "OMIS: оповещение о работе заданий",
    "escalation": "OMIS: эскалация задержки заявки",
    "digest": "OMIS: недельная сводка",
}
# The purposes that go to the escalation chat and recipients rather than the main ones.
TO_ESCALATION = ("escalation", "digest")


def _telegram(settings: Settings, purpose: Purpose) -> list[Channel]:
    config = settings.telegram
    chat = config.escalation_chat_id if purpose in TO_ESCALATION else config.chat_id
    if not (config.token and chat):
        return []
    # The topic belongs to the main chat; the escalation chat is a plain chat.
    topic = config.topic_id if purpose not in TO_ESCALATION else None
    channel = TelegramChannel(
        token=config.token.get_secret_value(),
        chat_id=chat,
        api_url=config.api_url,
        topic_id=topic,
        timeout=config.timeout_seconds,
    )
    return [channel]


def _email(settings: Settings, purpose: Purpose) -> list[Channel]:
    config = settings.smtp
    recipients = {
        "reminder": config.reminder_recipients,
        "alert": config.recipients,
        "escalation": config.escalation_recipients,
        "digest": config.escalation_recipients,
    }[purpose]
    if not (config.host and config.sender and recipients):
        return []
    return [SmtpChannel.from_settings(config, list(recipients), SUBJECTS[purpose])]


CHANNEL_BUILDERS: dict[str, Callable[[Settings, Purpose], list[Channel]]] = {
    "telegram": _telegram,
    "email": _email,
}


def build_channels(
    settings: Settings,
    *,
    purpose: Purpose = "reminder",
    dry_run: bool = False,
    echo: Callable[[str], None] = print,
) -> list[Channel]:
    """The configured channels for ``purpose`` (may be empty). With ``dry_run`` or
    ``OMIS_PRINT_NOTIFICATIONS`` each is replaced by a console channel that prints what it
    would have sent; with nothing configured the console still gets one target."""
    channels = [
        channel for builder in CHANNEL_BUILDERS.values() for channel in builder(settings, purpose)
    ]
    if not (dry_run or settings.core.print_notifications):
        return channels
    if not channels and (purpose not in TO_ESCALATION or settings.core.print_notifications):
        # A dry run without an escalation target escalates nowhere, as the real run would;
        # printing mode shows every purpose so a demonstration walks the whole cycle.
        return [ConsoleChannel(f"консоль ({SUBJECTS[purpose].removeprefix('OMIS: ')})", echo)]
    return [ConsoleChannel(channel.address, echo) for channel in channels]
