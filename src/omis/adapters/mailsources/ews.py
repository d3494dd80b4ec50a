"""On-premises Exchange through EWS (exchangelib, the optional ``ews`` extra).

Exchange Online no longer serves EWS; use the ``graph`` source for Microsoft 365. This
source has not been run against a real Exchange server in the project's tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from omis.adapters.mailsources.base import MailSource, MailSourceError, RawLetter
from omis.core.clock import now
from omis.core.errors import ConfigError
from omis.core.settings import MailSettings


class EwsSource(MailSource):
    def __init__(self, settings: MailSettings) -> None:
        try:
            import exchangelib  # noqa: F401
        except ImportError as exc:
            raise ConfigError(
                "источник ews требует пакет exchangelib: pip install 'omis[ews]'"
            ) from exc
        if not (settings.ews_server and settings.ews_user and settings.ews_password):
            raise ConfigError("OMIS_EWS_SERVER, OMIS_EWS_USER, OMIS_EWS_PASSWORD: не заданы")
        self.settings = settings
        self.name = f"ews:{settings.ews_user}@{settings.ews_server}/{settings.outlook_folder}"
        self.after_action = settings.mail_after
        self._items: dict[str, Any] = {}

    def fetch(self, cursor: dict[str, Any], limit: int) -> Iterator[RawLetter]:
        from exchangelib import DELEGATE, Account, Configuration, Credentials

        s = self.settings
        assert s.ews_password is not None
        try:
            credentials = Credentials(s.ews_user, s.ews_password.get_secret_value())
            config = Configuration(server=s.ews_server, credentials=credentials)
            account = Account(s.ews_user, config=config, autodiscover=False, access_type=DELEGATE)
            parts = [p for p in s.outlook_folder.split("/") if p]
            inbox_first = bool(parts) and parts[0].lower() == "inbox"
            folder = account.inbox if inbox_first else account.root / "Top of Information Store"
            for part in parts[1:] if inbox_first else parts:
                folder = folder / part
            since = now() - timedelta(minutes=s.outlook_lookback_minutes)
            for item in folder.filter(datetime_received__gte=since).order_by("datetime_received")[
                :limit
            ]:
                self._items[str(item.id)] = item
                yield RawLetter(str(item.id), bytes(item.mime_content))
        except Exception as exc:  # exchangelib raises many unrelated types for one dead server
            raise MailSourceError(f"Exchange (EWS) недоступен: {exc}") from exc

    def finish(self, ref: str) -> None:
        item = self._items.get(ref)
        if item is None or self.after_action == "none":
            return
        if self.after_action == "mark-read":
            item.is_read = True
            item.save(update_fields=["is_read"])
        else:
            item.move(item.folder.root / self.after_action.removeprefix("move:"))
