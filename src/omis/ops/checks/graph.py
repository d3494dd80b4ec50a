"""Doctor check of a Microsoft 365 mailbox through Microsoft Graph: the mail source the
jobs read with, probed (token, mailbox, folder); this module only turns its errors into
hints."""

from __future__ import annotations

from omis.adapters.mailsources.base import MailSourceError
from omis.adapters.mailsources.graph import GraphSource, missing_graph_settings
from omis.core.settings import MailSettings
from omis.ops.checks.base import CheckResult, missing_settings, probe_mailbox

NAME = "Почтовый ящик (Microsoft Graph)"

# Entra ID error codes seen on a token request, and what the administrator should do.
TOKEN_HINTS = {
    "AADSTS7000215": "секрет клиента неверен: создайте новый (Entra ID → Регистрация "
    "приложения → Сертификаты и секреты) и запишите его значение в OMIS_OUTLOOK_CLIENT_SECRET",
    "AADSTS7000222": "срок действия секрета клиента истёк: создайте новый и запишите в "
    "OMIS_OUTLOOK_CLIENT_SECRET",
    "AADSTS700016": "приложение не найдено в клиенте: проверьте OMIS_OUTLOOK_CLIENT_ID "
    "(«Идентификатор приложения (клиента)») и OMIS_OUTLOOK_TENANT_ID",
    "AADSTS90002": "клиент (tenant) не найден: проверьте OMIS_OUTLOOK_TENANT_ID "
    "(«Идентификатор каталога (клиента)»)",
    "AADSTS900023": "неверный формат OMIS_OUTLOOK_TENANT_ID: нужен GUID или домен клиента",
}
ACCESS_HINT = (
    "выдайте приложению разрешение Microsoft Graph Mail.ReadWrite типа «Приложение» и "
    "нажмите «Предоставить согласие администратора»; если доступ ограничен политикой "
    "(ApplicationAccessPolicy или RBAC для приложений), включите этот ящик в её область"
)
HINTS = {
    "auth": "проверьте OMIS_OUTLOOK_CLIENT_ID, OMIS_OUTLOOK_CLIENT_SECRET и OMIS_OUTLOOK_TENANT_ID",
    "access": ACCESS_HINT,
    "mailbox": "проверьте OMIS_OUTLOOK_EMAIL: нужен основной адрес ящика",
    "folder": "создайте папку в ящике или исправьте OMIS_OUTLOOK_FOLDER (например Inbox/OMIS)",
    "network": "проверьте доступ с этого сервера к login.microsoftonline.com:443 и "
    "graph.microsoft.com:443 (межсетевой экран, прокси)",
    "server": ACCESS_HINT,
}


def check_graph(mail: MailSettings) -> CheckResult:
    missing = missing_graph_settings(mail)
    if missing:
        return missing_settings(NAME, missing)
    return probe_mailbox(NAME, GraphSource(mail), hint)


def hint(error: MailSourceError) -> str:
    text = str(error)
    if error.problem == "auth":
        found = (advice for code, advice in TOKEN_HINTS.items() if code in text)
        return next(found, HINTS["auth"])
    return HINTS.get(error.problem, HINTS["server"])
