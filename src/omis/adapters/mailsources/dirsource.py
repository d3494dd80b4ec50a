"""A folder of ``.eml`` files: imports and offline checks. ``move:`` moves into a subfolder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from omis.adapters.mailsources.base import (
    Envelope,
    KnownRefs,
    MailSource,
    MailSourceError,
    RawLetter,
    unknown,
)
from omis.core.errors import ConfigError
from omis.core.mailheaders import header_date
from omis.core.settings import MailSettings

HEAD_BYTES = 64 * 1024  # the Date header is in the header block, at the start


class DirSource(MailSource):
    def __init__(self, settings: MailSettings) -> None:
        if settings.mail_dir is None:
            raise ConfigError("OMIS_MAIL_DIR: не задана папка с письмами .eml (или --dir)")
        super().__init__(settings)
        self.folder = Path(settings.mail_dir)
        self.name = f"dir:{self.folder.resolve()}"
        # Letters that fit in the part read for their Date are kept, not opened again
        # (at most HEAD_BYTES times the pass's letter limit).
        self._whole: dict[str, bytes] = {}

    def scan(self, cursor: dict[str, Any], limit: int, known: KnownRefs) -> list[Envelope]:
        if not self.folder.is_dir():
            raise MailSourceError(f"папка с письмами {self.folder} не найдена")
        names = sorted(path.name for path in self.folder.glob("*.eml"))
        found: list[Envelope] = []
        for name in unknown(names, known):
            if len(found) >= limit:
                break
            path = self.folder / name
            try:
                with path.open("rb") as handle:
                    head = handle.read(HEAD_BYTES)
                    complete = not handle.read(1)
            except OSError as exc:
                raise MailSourceError(f"письмо {path} не читается: {exc.strerror}") from exc
            if complete:
                self._whole[name] = head
            found.append(Envelope(name, len(head) if complete else None, header_date(head)))
        return found

    def read(self, envelopes: list[Envelope]) -> Iterator[RawLetter]:
        for envelope in envelopes:
            whole = self._whole.pop(envelope.ref, None)
            if whole is not None:
                yield RawLetter(envelope.ref, whole)
                continue
            path = self.folder / envelope.ref
            try:
                with path.open("rb") as handle:
                    raw = handle.read(self.max_bytes)
                size = path.stat().st_size
            except OSError as exc:
                raise MailSourceError(f"письмо {path} не читается: {exc.strerror}") from exc
            yield RawLetter(envelope.ref, raw, size if size > len(raw) else None)

    def finish(self, ref: str) -> None:
        if not self.after_action.startswith("move:"):
            return
        target = self.folder / self.after_action.removeprefix("move:")
        target.mkdir(exist_ok=True)
        source = self.folder / ref
        if source.exists():
            source.replace(target / ref)
