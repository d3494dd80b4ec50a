"""Doctor check of an on-premises Exchange mailbox through EWS: the mail source the jobs
read with, probed (login, folder); this module only turns its errors into hints."""

from __future__ import annotations

from omis.adapters.mailsources.ews import EwsSource, missing_ews_settings
from omis.core.errors import ConfigError
from omis.core.settings import MailSettings
from omis.ops.checks.base import CheckResult, fail, missing_settings, probe_mailbox

NAME = "Почтовый ящик (Exchange EWS)"
HINTS = {
    "auth": "проверьте OMIS_EWS_USER (DOMAIN\\user или user@domain) и OMIS_EWS_PASSWORD",
    "network": "проверьте OMIS_EWS_SERVER (имя сервера Exchange без https://) и доступ к нему по 443",
    "folder": "проверьте OMIS_OUTLOOK_FOLDER (путь от «Входящих», например Inbox/OMIS)",
    "server": "проверьте OMIS_EWS_SERVER и доступ к нему по 443; подробности в журнале",
}


def check_ews(mail: MailSettings) -> CheckResult:
    missing = missing_ews_settings(mail)
    if missing:
        return missing_settings(NAME, missing)
    try:
        source = EwsSource(mail)
    except ConfigError as exc:  # exchangelib, the optional ``ews`` extra, is not installed
        return fail(NAME, str(exc), "установите OMIS с дополнением ews: pip install 'omis[ews]'")
    return probe_mailbox(NAME, source, lambda exc: HINTS.get(exc.problem, HINTS["server"]))
