"""The one contract every notification channel keeps, and its one error type."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar, Literal

Problem = Literal["auth", "sender", "target", "forbidden", "rate", "network", "tls", "server"]


class ChannelError(Exception):
    """A send (or a probe) that did not go through.

    ``permanent`` means retrying with the same settings cannot help (a wrong token, a
    refused recipient); otherwise the outbox retries on a later run, not before
    ``retry_after`` seconds when the provider named a wait. A permanent ``auth`` or
    ``forbidden`` refusal is still retried later by the outbox: the administrator fixes it
    without changing where the message goes. ``problem`` says what kind of thing is wrong, for
    ``omis doctor``'s hints: the credentials, the chat or recipients, a refusal, a rate
    limit, the network, TLS, or the provider's side.
    """

    def __init__(
        self,
        message: str,
        permanent: bool,
        retry_after: float | None = None,
        *,
        problem: Problem = "server",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.permanent = permanent
        self.retry_after = retry_after
        self.problem = problem


class Channel(ABC):
    """Delivers one text to one target. ``send`` returns only when the provider accepted it
    and raises :class:`ChannelError` otherwise; it never retries by itself beyond honouring
    a short, provider-requested wait."""

    kind: str = ""
    label: str = ""  # the kind in words, for people: the kind itself stays in the store
    # What the administrator checks when the provider refuses for this problem (Russian).
    fix_hints: ClassVar[dict[Problem, str]] = {}

    def __init__(self, target: str) -> None:
        self.target = target

    @property
    def address(self) -> str:
        """``kind:target``, for transcripts and the notification record."""
        return f"{self.kind}:{self.target}"

    @abstractmethod
    def send(self, text: str) -> None:
        """Deliver ``text`` (plain text; the channel escapes it for its own markup)."""

    def probe(self) -> str:
        """Connect and log in the way :meth:`send` does, sending nothing: a short Russian
        description of what was reached, or :class:`ChannelError` saying what is wrong.
        ``omis doctor`` calls this, so the doctor and the jobs share one connection path."""
        return self.address
