"""The one contract every notification channel keeps, and its one error type."""

from __future__ import annotations

from abc import ABC, abstractmethod


class ChannelError(Exception):
    """A send that did not go through.

    ``permanent`` means retrying cannot help (a wrong token, a refused recipient);
    otherwise the outbox retries on a later run, not before ``retry_after`` seconds
    when the provider named a wait.
    """

    def __init__(self, message: str, permanent: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.permanent = permanent
        self.retry_after = retry_after


class Channel(ABC):
    """Delivers one text to one target. ``send`` returns only when the provider accepted it
    and raises :class:`ChannelError` otherwise; it never retries by itself beyond honouring
    a short, provider-requested wait."""

    kind: str = ""

    def __init__(self, target: str) -> None:
        self.target = target

    @property
    def address(self) -> str:
        """``kind:target``, for transcripts and the notification record."""
        return f"{self.kind}:{self.target}"

    @abstractmethod
    def send(self, text: str) -> None:
        """Deliver ``text`` (plain text; the channel escapes it for its own markup)."""
