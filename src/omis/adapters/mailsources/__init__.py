"""Mail sources: one small interface, one module per kind of mailbox, an explicit registry."""

from __future__ import annotations

from pathlib import Path

from omis.adapters.mailsources.base import MailSource, MailSourceError, RawLetter
from omis.core.errors import ConfigError
from omis.core.settings import MailSettings

__all__ = ["MailSource", "MailSourceError", "RawLetter", "build_source"]


def build_source(
    settings: MailSettings, backend: str | None = None, directory: Path | None = None
) -> MailSource:
    """The configured source (``--backend``/``--dir`` win over the settings)."""
    from omis.adapters.mailsources import dirsource, fake, graph, imap

    registry: dict[str, type[MailSource]] = {
        "imap": imap.ImapSource,
        "graph": graph.GraphSource,
        "dir": dirsource.DirSource,
        "fake": fake.FakeSource,
    }
    chosen = backend or ("dir" if directory else settings.mail_backend)
    if chosen == "ews":
        from omis.adapters.mailsources import ews

        return ews.EwsSource(settings)
    if chosen is None:
        raise ConfigError(
            "почтовый источник не настроен: задайте OMIS_MAIL_BACKEND (imap, graph, ews, dir) "
            "или используйте --fake"
        )
    if chosen not in registry:
        raise ConfigError(f"OMIS_MAIL_BACKEND: неизвестный источник {chosen!r}")
    if chosen == "dir" and directory is not None:
        settings = settings.model_copy(update={"mail_dir": directory})
    return registry[chosen](settings)
