"""A folder of ``.eml`` files: imports and offline checks. ``move:`` moves into a subfolder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from omis.adapters.mailsources.base import MailSource, MailSourceError, RawLetter
from omis.core.errors import ConfigError
from omis.core.settings import MailSettings


class DirSource(MailSource):
    def __init__(self, settings: MailSettings) -> None:
        if settings.mail_dir is None:
            raise ConfigError("OMIS_MAIL_DIR: не задана папка с письмами .eml (или --dir)")
        self.folder = Path(settings.mail_dir)
        self.name = f"dir:{self.folder.resolve()}"
        self.after_action = settings.mail_after

    def fetch(self, cursor: dict[str, Any], limit: int) -> Iterator[RawLetter]:
        if not self.folder.is_dir():
            raise MailSourceError(f"папка с письмами {self.folder} не найдена")
        for path in sorted(self.folder.glob("*.eml"))[:limit]:
            try:
                yield RawLetter(path.name, path.read_bytes())
            except OSError as exc:
                raise MailSourceError(f"письмо {path} не читается: {exc.strerror}") from exc

    def finish(self, ref: str) -> None:
        if not self.after_action.startswith("move:"):
            return
        target = self.folder / self.after_action.removeprefix("move:")
        target.mkdir(exist_ok=True)
        source = self.folder / ref
        if source.exists():
            source.replace(target / ref)
