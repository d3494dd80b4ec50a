"""The contract every mail source keeps."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from omis.core.errors import OmisError
from omis.core.settings import MailSettings

# Given refs of a source, the ones already stored: the source skips them before reading.
KnownRefs = Callable[[list[str]], set[str]]


class MailSourceError(OmisError):
    """The mailbox could not be read: a dead mailbox must not look like a quiet one.

    ``hint`` says what to check (Russian), for the doctor; ``problem`` what kind of thing
    is wrong, for its hints: ``auth`` (the credentials), ``access`` (logged in, but not
    allowed into the mailbox), ``mailbox`` (no such mailbox), ``folder`` (no such folder),
    ``network``, ``tls``, ``server``, ``timeout`` (the pass ran out of time)."""

    def __init__(self, message: str, hint: str = "", *, problem: str = "server") -> None:
        super().__init__(message)
        self.hint = hint
        self.problem = problem


@dataclass(frozen=True)
class Envelope:
    """A letter as its source lists it, before the body is read."""

    ref: str  # where the letter is in its source: IMAP UID, Graph id, file name
    size: int | None = None  # bytes, when the source knows it
    date: datetime | None = None  # the Date header, to apply a pass oldest first


@dataclass(frozen=True)
class RawLetter:
    ref: str
    raw: bytes
    # The letter's whole size when ``raw`` is only its beginning (over the size cap).
    size: int | None = None
    # Why the source could not read this one letter (Russian): it is quarantined with this
    # reason and the pass goes on; only a mailbox that cannot be read fails a pass.
    error: str | None = None


class MailSource(ABC):
    """A mailbox folder read incrementally, in two steps that keep memory flat.

    ``scan`` lists the letters newer than ``cursor`` (at most ``limit``), leaving out those
    ``known`` says are stored, and reads only what ordering needs (size, Date). ``read``
    then yields the bodies of the given envelopes one by one, in that order, holding a
    bounded amount in memory, each cut at ``max_bytes``. After the whole pass is stored,
    ``cursor_after`` is saved for the next pass. ``finish`` performs the after-processing
    action (``none`` / ``mark-read`` / ``move:<folder>``) and must be idempotent.
    """

    name: str
    after_action: str = "none"
    max_bytes: int = 10 * 1024 * 1024

    @abstractmethod
    def __init__(self, settings: MailSettings) -> None:
        """Take what every mailbox reads alike; a source checks its own settings first."""
        self.after_action = settings.mail_after
        self.max_bytes = cap_bytes(settings)

    @abstractmethod
    def scan(self, cursor: dict[str, Any], limit: int, known: KnownRefs) -> list[Envelope]: ...

    @abstractmethod
    def read(self, envelopes: list[Envelope]) -> Iterator[RawLetter]: ...

    def limit_time(self, seconds: float, error: MailSourceError) -> None:  # noqa: B027
        """Give up a read still going ``seconds`` from now, raising ``error``: for a source
        whose server can keep one read going forever (the pass checks between letters)."""

    def cursor_after(self) -> dict[str, Any]:
        return {}

    def finish(self, ref: str) -> None:  # noqa: B027 - a source with no action does nothing
        """Apply the after-processing action to one stored letter."""

    def close(self) -> None:  # noqa: B027 - most sources hold nothing open
        """Release connections."""


def overtime(name: str, minutes: float) -> MailSourceError:
    """The pass ran out of its time: what it stored stays, the rest is read next time."""
    return MailSourceError(
        f"{name}: разбор почты остановлен: прошло {minutes:g} мин "
        "(OMIS_MAIL_MAX_RUN_MINUTES); прочитанные письма сохранены, остальные будут "
        "прочитаны при следующем запуске",
        "почтовый сервер отвечает слишком медленно: проверьте сеть до него и его загрузку; "
        "если писем просто много, увеличьте OMIS_MAIL_MAX_RUN_MINUTES",
        problem="timeout",
    )


def unknown(refs: list[str], known: KnownRefs, chunk: int = 500) -> Iterator[str]:
    """``refs`` in order, without those already stored (asked ``chunk`` at a time)."""
    for start in range(0, len(refs), chunk):
        part = refs[start : start + chunk]
        stored = known(part)
        yield from (ref for ref in part if ref not in stored)


def cap_bytes(settings: MailSettings) -> int:
    return settings.max_letter_bytes


def unset(variables: Iterable[tuple[str, object]]) -> list[str]:
    """The names of the (variable, value) pairs whose value is not set, in their order."""
    return [name for name, value in variables if not value]
