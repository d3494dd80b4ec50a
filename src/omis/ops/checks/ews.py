"""Doctor check of an on-premises Exchange mailbox through EWS (needs exchangelib)."""

from __future__ import annotations

from exchangelib import DELEGATE, Account, Configuration, Credentials
from exchangelib.errors import EWSError, TransportError, UnauthorizedError

from omis.core.settings import MailSettings
from omis.ops.checks.base import CheckResult, fail, ok


def open_ews_folder(mail: MailSettings, name: str) -> CheckResult:
    """Log in and walk OMIS_OUTLOOK_FOLDER (``Inbox/OMIS``) from the inbox."""
    assert mail.ews_password is not None  # checked by the caller
    credentials = Credentials(str(mail.ews_user), mail.ews_password.get_secret_value())
    config = Configuration(server=mail.ews_server, credentials=credentials)
    address = mail.outlook_email or str(mail.ews_user)
    try:
        account = Account(address, config=config, autodiscover=False, access_type=DELEGATE)
        folder = account.inbox
        for part in [part for part in mail.outlook_folder.split("/") if part][1:]:
            folder = folder / part
        folder.refresh()
    except UnauthorizedError as exc:
        return fail(
            name,
            f"{mail.ews_user} на {mail.ews_server}: вход отклонён: {exc}",
            "проверьте OMIS_EWS_USER (DOMAIN\\user или user@domain) и OMIS_EWS_PASSWORD",
        )
    except TransportError as exc:
        return fail(
            name,
            f"{mail.ews_server} недоступен: {exc}",
            "проверьте OMIS_EWS_SERVER (имя сервера Exchange без https://) и доступ к нему по 443",
        )
    except (EWSError, ValueError) as exc:
        return fail(
            name,
            f"папка «{mail.outlook_folder}» не открывается: {exc}",
            "проверьте OMIS_OUTLOOK_FOLDER (путь от «Входящих», например Inbox/OMIS)",
        )
    return ok(name, f"{address}: вход выполнен, папка «{mail.outlook_folder}» открыта")
