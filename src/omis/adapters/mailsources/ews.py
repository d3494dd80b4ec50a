"""On-premises Exchange through EWS (exchangelib, the optional ``ews`` extra).

Exchange Online no longer serves EWS; use the ``graph`` source for Microsoft 365. This
source has not been run against a real Exchange server in the project's tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from omis.adapters.mailsources.base import (
    Envelope,
    KnownRefs,
    MailSource,
    MailSourceError,
    RawLetter,
    unset,
)
from omis.core.clock import now
from omis.core.errors import ConfigError
from omis.core.settings import MailSettings


def missing_ews_settings(settings: MailSettings) -> list[str]:
    """The variables of the Exchange login that are not set."""
    return unset(
        (
            ("OMIS_EWS_SERVER", settings.ews_server),
            ("OMIS_EWS_USER", settings.ews_user),
            ("OMIS_EWS_PASSWORD", settings.ews_password),
        )
    )


class EwsSource(MailSource):
    def __init__(self, settings: MailSettings) -> None:
        try:
            import exchangelib  # noqa: F401
        except ImportError as exc:
            raise ConfigError(
                "источник ews требует пакет exchangelib: pip install 'omis[ews]'"
            ) from exc
        if missing_ews_settings(settings):
            raise ConfigError("OMIS_EWS_SERVER, OMIS_EWS_USER, OMIS_EWS_PASSWORD: не заданы")
        super().__init__(settings)
        self.settings = settings
        self.name = f"ews:{settings.ews_user}@{settings.ews_server}/{settings.outlook_folder}"
        self._items: dict[str, Any] = {}
        self._folder_handle: Any = None

    def probe(self) -> str:
        """Log in and open the folder, as :meth:`scan` does; read no letter."""
        self._folder(refresh=True)
        s = self.settings
        return f"{s.ews_user} на {s.ews_server}: вход выполнен, папка «{s.outlook_folder}» открыта"

    def _folder(self, *, refresh: bool = False) -> Any:
        """The account's OMIS_OUTLOOK_FOLDER: ``Inbox/OMIS`` from the inbox, any other path
        from the top of the mailbox. Errors say what is wrong (login, server, folder)."""
        from exchangelib import DELEGATE, Account, Configuration, Credentials
        from exchangelib.errors import EWSError, TransportError, UnauthorizedError

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
            if refresh:
                folder.refresh()
            return folder
        except UnauthorizedError as exc:
            message = f"Exchange (EWS): {s.ews_user} на {s.ews_server}: вход отклонён: {exc}"
            raise MailSourceError(message, problem="auth") from exc
        except TransportError as exc:
            message = f"Exchange (EWS): сервер {s.ews_server} недоступен: {exc}"
            raise MailSourceError(message, problem="network") from exc
        except (EWSError, ValueError) as exc:
            message = f"Exchange (EWS): папка «{s.outlook_folder}» не открывается: {exc}"
            raise MailSourceError(message, problem="folder") from exc
        except Exception as exc:  # exchangelib raises many unrelated types for one dead server
            raise MailSourceError(f"Exchange (EWS) недоступен: {exc}") from exc

    def scan(self, cursor: dict[str, Any], limit: int, known: KnownRefs) -> list[Envelope]:
        folder = self._folder()
        try:
            since = now() - timedelta(minutes=self.settings.outlook_lookback_minutes)
            query = folder.filter(datetime_received__gte=since).order_by("datetime_received")
            items = list(query.only("id", "changekey", "datetime_sent", "size")[: limit * 2])
        except Exception as exc:  # exchangelib raises many unrelated types for one dead server
            raise MailSourceError(f"Exchange (EWS) недоступен: {exc}") from exc
        stored = known([str(item.id) for item in items])
        fresh = [item for item in items if str(item.id) not in stored][:limit]
        self._folder_handle = folder
        self._items = {str(item.id): item for item in fresh}
        return [Envelope(str(i.id), i.size, i.datetime_sent) for i in fresh]

    def read(self, envelopes: list[Envelope]) -> Iterator[RawLetter]:
        try:
            for envelope in envelopes:
                item = self._folder_handle.get(id=envelope.ref)
                self._items[envelope.ref] = item
                raw = bytes(item.mime_content)
                cut = len(raw) > self.max_bytes
                yield RawLetter(envelope.ref, raw[: self.max_bytes], len(raw) if cut else None)
        except Exception as exc:  # as above
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
