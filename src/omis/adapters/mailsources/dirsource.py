"""A folder of ``.eml`` files: imports and offline checks. ``move:`` moves into a subfolder.

An entry that is not a readable file (a sub-folder named ``*.eml``, a dangling link, a
loop of links, a file without read rights) is one bad letter, not a dead mailbox: it is
handed on with its reason, quarantined like any unreadable letter and, once stored, never
read again, while the other letters of the pass are read as usual.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
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
from omis.core.errors import PATH_PROBLEMS, ConfigError
from omis.core.mailheaders import header_date
from omis.core.settings import MailSettings

HEAD_BYTES = 64 * 1024  # the Date header is in the header block, at the start
log = logging.getLogger(__name__)

# Why an entry of the folder is no letter, by the error opening it gave (Russian).
ENTRY_PROBLEMS: dict[int, str] = {
    **PATH_PROBLEMS,
    errno.ENOENT: "файла нет: ссылка ведёт в никуда, или файл убрали во время разбора",
    errno.ELOOP: "ссылка ведёт сама на себя (петля ссылок)",
    errno.EISDIR: "это папка, а не файл письма",
    errno.EACCES: "нет прав на чтение файла",
    errno.EPERM: "нет прав на чтение файла",
}


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
        # Entries found unreadable by the scan, with why: quarantined, not read again.
        self._unreadable: dict[str, str] = {}

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
                _not_a_folder(path)
                with path.open("rb") as handle:
                    head = handle.read(HEAD_BYTES)
                    complete = not handle.read(1)
            except OSError as exc:
                self._unreadable[name] = self._not_read(name, exc)
                found.append(Envelope(name))
                continue
            if complete:
                self._whole[name] = head
            found.append(Envelope(name, len(head) if complete else None, header_date(head)))
        return found

    def read(self, envelopes: list[Envelope]) -> Iterator[RawLetter]:
        for envelope in envelopes:
            problem = self._unreadable.pop(envelope.ref, None)
            if problem is not None:
                yield RawLetter(envelope.ref, b"", error=problem)
                continue
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
                yield RawLetter(envelope.ref, b"", error=self._not_read(envelope.ref, exc))
                continue
            yield RawLetter(envelope.ref, raw, size if size > len(raw) else None)

    def _not_read(self, name: str, exc: OSError) -> str:
        """The reason an entry is quarantined with, also logged for the administrator."""
        problem = ENTRY_PROBLEMS.get(exc.errno or 0) or f"ошибка чтения ({_code(exc)})"
        reason = f"файл {name} в папке писем не прочитан: {problem}"
        log.warning("%s (%s)", reason, self.folder)
        return reason

    def finish(self, ref: str) -> None:
        if not self.after_action.startswith("move:"):
            return
        target = self.folder / self.after_action.removeprefix("move:")
        target.mkdir(exist_ok=True)
        source = self.folder / ref
        if os.path.lexists(source):  # a dangling link is moved away too
            source.replace(target / ref)


def _not_a_folder(path: Path) -> None:
    """Raise IsADirectoryError for a sub-folder (or a link to one): opening it fails
    differently on each system (on Windows as missing rights), so it is named for what it
    is. Other special files are opened as usual: the runner's own tests hold a pass on a
    named pipe read as a letter."""
    if stat.S_ISDIR(path.stat().st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))


def _code(exc: OSError) -> str:
    return errno.errorcode.get(exc.errno or 0, type(exc).__name__)
