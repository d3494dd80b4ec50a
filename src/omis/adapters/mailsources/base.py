"""The contract every mail source keeps."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from omis.core.errors import OmisError
from omis.core.settings import MailSettings


class MailSourceError(OmisError):
    """The mailbox could not be read: a dead mailbox must not look like a quiet one."""


@dataclass(frozen=True)
class RawLetter:
    ref: str  # where the letter is in its source: IMAP UID, Graph id, file name
    raw: bytes


class MailSource(ABC):
    """A mailbox folder read incrementally.

    ``fetch`` yields the letters newer than ``cursor``; after the whole pass is stored,
    ``cursor_after`` is saved for the next pass. ``finish`` performs the after-processing
    action (``none`` / ``mark-read`` / ``move:<folder>``) and must be idempotent.
    """

    name: str
    after_action: str = "none"

    @abstractmethod
    def __init__(self, settings: MailSettings) -> None: ...

    @abstractmethod
    def fetch(self, cursor: dict[str, Any], limit: int) -> Iterator[RawLetter]: ...

    def cursor_after(self) -> dict[str, Any]:
        return {}

    def finish(self, ref: str) -> None:  # noqa: B027 - a source with no action does nothing
        """Apply the after-processing action to one stored letter."""

    def close(self) -> None:  # noqa: B027 - most sources hold nothing open
        """Release connections."""
