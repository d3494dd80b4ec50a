"""Doctor check of a Microsoft 365 mailbox through Microsoft Graph (client credentials)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from omis.core.settings import MailSettings
from omis.ops.checks.base import CheckResult, fail, missing_settings, ok

NAME = "Почтовый ящик (Microsoft Graph)"
TIMEOUT_SECONDS = 15.0
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
INBOX_NAMES = {"inbox", "входящие"}

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


class _Problem(Exception):
    def __init__(self, detail: str, hint: str) -> None:
        super().__init__(detail)
        self.detail, self.hint = detail, hint


def check_graph(mail: MailSettings) -> CheckResult:
    missing = [
        var
        for var, value in (
            ("OMIS_OUTLOOK_EMAIL", mail.outlook_email),
            ("OMIS_OUTLOOK_CLIENT_ID", mail.outlook_client_id),
            ("OMIS_OUTLOOK_CLIENT_SECRET", mail.outlook_client_secret),
            ("OMIS_OUTLOOK_TENANT_ID", mail.outlook_tenant_id),
        )
        if not value
    ]
    if missing:
        return missing_settings(NAME, missing)
    try:
        with httpx.Client(timeout=TIMEOUT_SECONDS) as client:
            token = _token(client, mail)
            folder = _resolve_folder(client, mail, token)
    except _Problem as problem:
        return fail(NAME, problem.detail, problem.hint)
    except httpx.HTTPError as exc:
        return fail(
            NAME,
            f"нет связи с Microsoft 365: {exc}",
            "проверьте доступ с этого сервера к login.microsoftonline.com:443 и "
            "graph.microsoft.com:443 (межсетевой экран, прокси)",
        )
    return ok(NAME, f"{mail.outlook_email}: доступ есть, папка «{folder}» найдена")


def _token(client: httpx.Client, mail: MailSettings) -> str:
    assert mail.outlook_client_secret is not None  # checked by the caller
    response = client.post(
        mail.graph_token_url.format(tenant=mail.outlook_tenant_id),
        data={
            "grant_type": "client_credentials",
            "client_id": mail.outlook_client_id,
            "client_secret": mail.outlook_client_secret.get_secret_value(),
            "scope": GRAPH_SCOPE,
        },
    )
    body = _json(response)
    if response.status_code == 200 and isinstance(body.get("access_token"), str):
        return str(body["access_token"])
    description = str(body.get("error_description") or response.text[:200]).splitlines()[0]
    hint = next((text for code, text in TOKEN_HINTS.items() if code in description), None)
    raise _Problem(
        f"токен не выдан (HTTP {response.status_code}): {description}",
        hint
        or "проверьте OMIS_OUTLOOK_CLIENT_ID, OMIS_OUTLOOK_CLIENT_SECRET и OMIS_OUTLOOK_TENANT_ID",
    )


def _resolve_folder(client: httpx.Client, mail: MailSettings, token: str) -> str:
    """Walk ``Inbox/OMIS`` segment by segment; return the path that was found."""
    mailbox = f"{mail.graph_api_url.rstrip('/')}/users/{quote(str(mail.outlook_email), safe='@')}"
    headers = {"Authorization": f"Bearer {token}"}
    segments = [part for part in mail.outlook_folder.split("/") if part]
    first = segments[0] if segments else "Inbox"
    if first.lower() in INBOX_NAMES:
        folder_id = _get(client, f"{mailbox}/mailFolders/inbox", headers, mail)["id"]
    else:
        folder_id = _child(client, f"{mailbox}/mailFolders", first, headers, mail)
    for segment in segments[1:]:
        folder_id = _child(
            client, f"{mailbox}/mailFolders/{folder_id}/childFolders", segment, headers, mail
        )
    return "/".join(segments) or "Inbox"


def _child(
    client: httpx.Client, url: str, name: str, headers: dict[str, str], mail: MailSettings
) -> str:
    escaped = name.replace("'", "''")  # OData string literal
    found = _get(client, url, headers, mail, {"$filter": f"displayName eq '{escaped}'"})
    items = found.get("value") or []
    if not items:
        raise _Problem(
            f"папка «{name}» не найдена (путь {mail.outlook_folder})",
            "создайте папку в ящике или исправьте OMIS_OUTLOOK_FOLDER (например Inbox/OMIS)",
        )
    return str(items[0]["id"])


def _get(
    client: httpx.Client,
    url: str,
    headers: dict[str, str],
    mail: MailSettings,
    params: dict[str, str] | None = None,
) -> dict[str, Any]:
    response = client.get(url, headers=headers, params=params)
    if response.status_code == 200:
        return _json(response)
    error = _json(response).get("error")
    message = str(
        (error.get("message") if isinstance(error, dict) else error) or response.text[:200]
    )
    if response.status_code == 403:
        raise _Problem(f"нет доступа к ящику {mail.outlook_email}: {message}", ACCESS_HINT)
    if response.status_code == 404:
        raise _Problem(
            f"ящик {mail.outlook_email} не найден: {message}",
            "проверьте OMIS_OUTLOOK_EMAIL: нужен основной адрес ящика",
        )
    raise _Problem(f"Graph ответил HTTP {response.status_code}: {message}", ACCESS_HINT)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
