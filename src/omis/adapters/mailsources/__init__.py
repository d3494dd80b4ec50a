"""Mail sources: one small interface, one module per kind of mailbox, an explicit registry."""

from __future__ import annotations

import importlib
from pathlib import Path

from omis.adapters.mailsources.base import MailSource, MailSourceError, RawLetter
from omis.core.errors import ConfigError
from omis.core.settings import MailSettings

__all__ = [
    "SOURCES",
    "MailSource",
    "MailSourceError",
    "RawLetter",
    "build_source",
    "mailbox_label",
]

# backend -> "module:class"; only the chosen one is imported (Graph's httpx, EWS's
# exchangelib and IMAP's ssl are not loaded for a folder of .eml files).
SOURCES: dict[str, str] = {
    "imap": "omis.adapters.mailsources.imap:ImapSource",
    "graph": "omis.adapters.mailsources.graph:GraphSource",
    "ews": "omis.adapters.mailsources.ews:EwsSource",
    "dir": "omis.adapters.mailsources.dirsource:DirSource",
    "fake": "omis.adapters.mailsources.fake:FakeSource",
}

# Each kind of source in words; a letter's mailbox is ``<kind>:<where>`` (or the kind alone).
SOURCE_LABELS: dict[str, str] = {
    "imap": "почтовый ящик IMAP",
    "graph": "почтовый ящик Microsoft 365",
    "ews": "почтовый ящик Exchange",
    "dir": "папка с письмами",
    "fake": "встроенные примеры писем (демонстрация)",
}


def mailbox_label(mailbox: str | None) -> str:
    """``imap:omis@mail.example.ru/INBOX`` → «почтовый ящик IMAP omis@mail.example.ru/INBOX»;
    a configured source's own name is shown as it is."""
    kind, _, where = (mailbox or "").partition(":")
    label = SOURCE_LABELS.get(kind)
    if label is None:
        return mailbox or "—"
    return f"{label} {where}" if where else label


def build_source(
    settings: MailSettings, backend: str | None = None, directory: Path | None = None
) -> MailSource:
    """The configured source (``--backend``/``--dir`` win over the settings)."""
    chosen = backend or ("dir" if directory else settings.mail_backend)
    if chosen is None:
        raise ConfigError(
            "почтовый источник не настроен: задайте OMIS_MAIL_BACKEND (imap, graph, ews, dir) "
            "или используйте --fake"
        )
    if chosen not in SOURCES:
        raise ConfigError(f"OMIS_MAIL_BACKEND: неизвестный источник {chosen!r}")
    if chosen == "dir" and directory is not None:
        settings = settings.model_copy(update={"mail_dir": directory})
    return source_class(chosen)(settings)


def source_class(backend: str) -> type[MailSource]:
    module_name, _, name = SOURCES[backend].partition(":")
    found: type[MailSource] = getattr(importlib.import_module(module_name), name)
    return found
