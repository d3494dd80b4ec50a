"""Microsoft 365 through Microsoft Graph (app registration, client credentials), raw MIME.

Exchange Online has blocked EWS since 2026-10-01; Graph is the supported path. The token
and API endpoints are settings so tests (and sovereign clouds) can point elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from omis.adapters.mailsources.base import (
    Envelope,
    KnownRefs,
    MailSource,
    MailSourceError,
    RawLetter,
    unset,
)
from omis.core.clock import as_utc, now
from omis.core.errors import ConfigError
from omis.core.settings import MailSettings

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
PAGE = 50
WELL_KNOWN = {"inbox": "inbox", "входящие": "inbox"}


def missing_graph_settings(settings: MailSettings) -> list[str]:
    """The variables of the app registration that are not set (the source and the doctor
    both refuse to go on without them)."""
    return unset(
        (
            ("OMIS_OUTLOOK_EMAIL", settings.outlook_email),
            ("OMIS_OUTLOOK_CLIENT_ID", settings.outlook_client_id),
            ("OMIS_OUTLOOK_CLIENT_SECRET", settings.outlook_client_secret),
            ("OMIS_OUTLOOK_TENANT_ID", settings.outlook_tenant_id),
        )
    )


class GraphSource(MailSource):
    def __init__(self, settings: MailSettings) -> None:
        missing = missing_graph_settings(settings)
        if missing:
            raise ConfigError(f"{', '.join(missing)}: не заданы для источника graph")
        super().__init__(settings)
        self.settings = settings
        self.name = f"graph:{settings.outlook_email}/{settings.outlook_folder}"
        mailbox = quote(str(settings.outlook_email), safe="@")
        self.base = f"{settings.graph_api_url.rstrip('/')}/users/{mailbox}"
        self.http = httpx.Client(timeout=TIMEOUT)
        self._token: str | None = None
        self._cursor: dict[str, Any] = {}

    # --- HTTP with a token refreshed once on 401 ------------------------------------------

    def _fetch_token(self) -> str:
        s = self.settings
        assert s.outlook_client_secret is not None
        url = s.graph_token_url.format(tenant=s.outlook_tenant_id)
        form = {
            "client_id": s.outlook_client_id,
            "client_secret": s.outlook_client_secret.get_secret_value(),
            "scope": "https://graph.microsoft.com/.default",
            "grant_type": "client_credentials",
        }
        try:
            response = self.http.post(url, data=form)
        except httpx.HTTPError as exc:
            raise MailSourceError(
                f"Microsoft Graph: сервер токенов недоступен: {exc}", problem="network"
            ) from exc
        if response.status_code != 200 or "access_token" not in _json(response):
            detail = str(_json(response).get("error_description") or response.text[:200])
            raise MailSourceError(
                f"Microsoft Graph: токен не выдан (HTTP {response.status_code}): "
                f"{(detail.splitlines() or [''])[0]}",
                problem="auth",
            )
        return str(_json(response)["access_token"])

    def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        for attempt in range(2):
            if self._token is None:
                self._token = self._fetch_token()
            headers = {"Authorization": f"Bearer {self._token}"}
            try:
                response = self.http.request(method, url, headers=headers, **kwargs)
            except httpx.HTTPError as exc:
                raise MailSourceError(
                    f"Microsoft Graph недоступен: {exc}", problem="network"
                ) from exc
            if response.status_code == 401 and attempt == 0:
                self._token = None  # expired: fetch a new one and repeat once
                continue
            if response.status_code >= 400:
                raise _refusal(response, self.settings.outlook_email)
            return response
        raise MailSourceError(
            "Microsoft Graph: доступ запрещён после обновления токена", problem="access"
        )

    # --- folders and messages ---------------------------------------------------------

    def _folder_id(self, path: str) -> str:
        parts = [p for p in path.replace("\\", "/").split("/") if p]
        if not parts:
            raise ConfigError("OMIS_OUTLOOK_FOLDER: пустой путь папки")
        first = WELL_KNOWN.get(parts[0].lower())
        if first:
            folder_id = str(_json(self._request("GET", f"{self.base}/mailFolders/{first}"))["id"])
        else:
            folder_id = self._child(f"{self.base}/mailFolders", parts[0])
        for name in parts[1:]:
            folder_id = self._child(f"{self.base}/mailFolders/{folder_id}/childFolders", name)
        return folder_id

    def _child(self, url: str, name: str) -> str:
        params = {"$filter": f"displayName eq '{name.replace(chr(39), chr(39) * 2)}'"}
        found = _json(self._request("GET", url, params=params)).get("value") or []
        if not found:
            raise MailSourceError(
                f"Microsoft Graph: папка «{name}» не найдена (путь {self.settings.outlook_folder})",
                problem="folder",
            )
        return str(found[0]["id"])

    def probe(self) -> str:
        """Get a token and walk to the folder, as :meth:`scan` does; read no letter."""
        self._folder_id(self.settings.outlook_folder)
        folder = "/".join(p for p in self.settings.outlook_folder.split("/") if p)
        return f"{self.settings.outlook_email}: доступ есть, папка «{folder}» найдена"

    def scan(self, cursor: dict[str, Any], limit: int, known: KnownRefs) -> list[Envelope]:
        folder = self._folder_id(self.settings.outlook_folder)
        lookback = now() - timedelta(minutes=self.settings.outlook_lookback_minutes)
        since = max(lookback.isoformat(), str(cursor.get("received_since", "")))
        url: str | None = f"{self.base}/mailFolders/{folder}/messages"
        params: dict[str, Any] | None = {
            "$filter": f"receivedDateTime ge {since[:19]}Z",
            "$orderby": "receivedDateTime",
            "$select": "id,receivedDateTime,sentDateTime",
            "$top": PAGE,
        }
        found: list[Envelope] = []
        newest = since
        limit = min(limit, self.settings.outlook_max_messages)
        while url and len(found) < limit:
            page = _json(self._request("GET", url, params=params))
            items = page.get("value") or []
            stored = known([str(item["id"]) for item in items])
            for item in items:
                if len(found) >= limit:
                    break
                newest = max(newest, str(item.get("receivedDateTime", "")))
                if str(item["id"]) not in stored:
                    found.append(Envelope(str(item["id"]), None, _moment(item.get("sentDateTime"))))
            url, params = page.get("@odata.nextLink"), None
        self._cursor = {"received_since": newest}
        return found

    def read(self, envelopes: list[Envelope]) -> Iterator[RawLetter]:
        for envelope in envelopes:
            raw = self._request("GET", f"{self.base}/messages/{envelope.ref}/$value").content
            whole = len(raw)
            yield RawLetter(
                envelope.ref, raw[: self.max_bytes], whole if whole > self.max_bytes else None
            )

    def cursor_after(self) -> dict[str, Any]:
        return dict(self._cursor)

    def finish(self, ref: str) -> None:
        if self.after_action == "mark-read":
            self._request("PATCH", f"{self.base}/messages/{ref}", json={"isRead": True})
        elif self.after_action.startswith("move:"):
            target = self._folder_id(self.after_action.removeprefix("move:"))
            self._request(
                "POST", f"{self.base}/messages/{ref}/move", json={"destinationId": target}
            )

    def close(self) -> None:
        self.http.close()


def _moment(value: Any) -> datetime | None:
    try:
        return as_utc(datetime.fromisoformat(str(value).replace("Z", "+00:00")))
    except (TypeError, ValueError, OverflowError):
        return None


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _refusal(response: httpx.Response, mailbox: str | None) -> MailSourceError:
    """What an HTTP error from the mailbox endpoints means, in words."""
    error = _json(response).get("error")
    text = (error.get("message") if isinstance(error, dict) else error) or response.text[:200]
    status = response.status_code
    if status == 403:
        message = f"Microsoft Graph: нет доступа к ящику {mailbox} (HTTP 403): {text}"
        return MailSourceError(message, problem="access")
    if status == 404:
        message = f"Microsoft Graph: ящик {mailbox} не найден (HTTP 404): {text}"
        return MailSourceError(message, problem="mailbox")
    return MailSourceError(f"Microsoft Graph ответил HTTP {status}: {text}", problem="server")
