"""The DELO client: cookie session, GraphQL with variables only, re-login, bounded retries.

One error type, :class:`DeloError`, says whether retrying can help. Values always travel as
GraphQL variables; the query texts below are constants (aliases are built from numbers).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from omis.core.errors import OmisError
from omis.pos.config import PosConfig

log = logging.getLogger(__name__)
SESSION_EXPIRED = (401, 403, 434)

PAGE_QUERY = """
query RubricValues($first: Int, $after: String, $filter: ArRubricValueFilter) {
  arRubricValuesPg(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { isnRefRubric eosSstuStatus posStatusRub
      refRubric { insDate docRc { isnDoc kindDoc freeNum } } } }
    pageInfo { endCursor hasNextPage }
  }
}
"""
UPDATE_FIELDS = (
    "{ clientMutationId success message messageCode data { isnRefRubric posStatusRub } }"
)


class DeloError(OmisError):
    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class RowUpdate:
    isn: int
    value: str


@dataclass(frozen=True)
class RowResult:
    isn: int
    value: str
    success: bool
    message: str | None = None


class DeloClient:
    """Thread-safe for concurrent batches: httpx.Client is, and re-login takes a lock."""

    def __init__(
        self,
        config: PosConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config
        self.sleep = sleep
        processing = config.processing
        timeout = httpx.Timeout(processing.readTimeout, connect=processing.connectTimeout)
        verify: Any = processing.caBundle or True  # TLS verification is never switched off
        self.http = httpx.Client(timeout=timeout, verify=verify, transport=transport)
        self.requests = 0
        self._login_lock = threading.Lock()
        self._generation = 0

    # --- session ------------------------------------------------------------------------

    def login(self) -> None:
        c = self.config.connection
        body: dict[str, Any] = {"user": c.username, "password": c.password.get_secret_value()}
        if c.app:
            body["items"] = {"app": c.app}
        response = self._send("POST", c.login_url, json=body)
        if response.status_code != 200 or not _login_succeeded(response) or not self.http.cookies:
            raise DeloError(
                f"вход в ДЕЛО не выполнен ({response.status_code}): {_short(response)}",
                permanent=True,
            )
        self._generation += 1

    def logout(self) -> None:
        """End the session; a failure here is logged and never hides the run's real error."""
        try:
            self._send("POST", self.config.connection.logout_url, json={})
        except DeloError as exc:
            log.warning("выход из ДЕЛО не выполнен: %s", exc)
        finally:
            self.http.close()

    def _relogin(self, seen_generation: int) -> None:
        with self._login_lock:
            if self._generation == seen_generation:  # another thread may have done it already
                self.http.cookies.clear()
                self.login()

    # --- transport with retries ---------------------------------------------------------

    def _send(self, method: str, url: str, *, resend: bool = True, **kwargs: Any) -> httpx.Response:
        """Send with retries. With ``resend=False`` (writes) a request is repeated only when
        it certainly never reached DELO (no connection): after a timeout or a 5xx the write
        may have landed, and sending it again could write twice. Such rows fail for now and
        are re-read, then written only if still wrong, on the next run."""
        attempts = self.config.processing.retryAttempts + 1
        for attempt in range(1, attempts + 1):
            self.requests += 1
            try:
                response = self.http.request(method, url, **kwargs)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                error: Exception = exc
            except httpx.TransportError as exc:
                if not resend:
                    raise DeloError(_uncertain(exc), permanent=False) from exc
                error = exc
            else:
                if response.status_code < 500:
                    return response
                error = DeloError(
                    f"HTTP {response.status_code}: {_short(response)}", permanent=False
                )
                if not resend:
                    raise DeloError(_uncertain(error), permanent=False)
            if attempt < attempts:
                self.sleep(min(30.0, 0.5 * 2 ** (attempt - 1)))
        raise DeloError(f"ДЕЛО не отвечает после {attempts} попыток: {error}", permanent=False)

    def graphql(
        self, query: str, variables: dict[str, Any], *, resend: bool = True
    ) -> dict[str, Any]:
        url = self.config.connection.graphql_endpoint
        for retry_login in (True, False):
            generation = self._generation
            body = {"query": query, "variables": variables}
            response = self._send("POST", url, resend=resend, json=body)
            if response.status_code in SESSION_EXPIRED and retry_login:
                self._relogin(generation)
                continue
            if response.status_code != 200:
                raise DeloError(
                    f"GraphQL: HTTP {response.status_code}: {_short(response)}", permanent=True
                )
            return _data(response)
        raise DeloError(
            "GraphQL: сессия не восстанавливается после повторного входа", permanent=True
        )

    # --- the POS operations -------------------------------------------------------------

    def iter_pages(self, filter_: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
        """Pages of rows as they arrive; stops on an empty page or a cursor that stands still."""
        after: str | None = "-1"
        page_size = self.config.processing.pagination.pageSize
        while True:
            data = self.graphql(PAGE_QUERY, {"first": page_size, "after": after, "filter": filter_})
            connection = data.get("arRubricValuesPg") or {}
            nodes = [edge["node"] for edge in connection.get("edges") or [] if edge.get("node")]
            if not nodes:
                return
            yield nodes
            info = connection.get("pageInfo") or {}
            cursor = info.get("endCursor")
            if not info.get("hasNextPage") or cursor in (None, after):
                return
            after = cursor

    def update_batch(self, updates: list[RowUpdate]) -> list[RowResult]:
        """One request with aliased mutations; every payload's success is checked."""
        declarations = ", ".join(
            f"$input{i}: UpdateArRubricValueInput!" for i in range(1, len(updates) + 1)
        )
        fields = " ".join(
            f"u{i}: updateArRubricValue(input: $input{i}) {UPDATE_FIELDS}"
            for i in range(1, len(updates) + 1)
        )
        text = "mutation UpdatePos(" + declarations + ") { " + fields + " }"
        variables = {
            f"input{i}": {
                "clientMutationId": str(u.isn),
                "data": {"isnRefRubric": u.isn, "posStatusRub": u.value},
            }
            for i, u in enumerate(updates, start=1)
        }
        data = self.graphql(text, variables, resend=False)
        return [_result(update, data.get(f"u{i}")) for i, update in enumerate(updates, start=1)]


def _uncertain(error: Exception) -> str:
    return (
        f"запись не подтверждена ({type(error).__name__}: {error}); строки будут перечитаны "
        "и при необходимости записаны при следующем запуске"
    )


def rows_filter(config: PosConfig, start: datetime, end: datetime) -> dict[str, Any]:
    """The production filter: SSTU status set, rubric created in the window, card kind and
    the document group that carries the POS rubric."""
    p = config.processing
    group = {
        "arDocgroups": {
            "any": {"arDescript": {"matches": {"apiName": {"equal": {"value": p.posGroupApiName}}}}}
        }
    }
    return {
        "eosSstuStatus": {"isNullOrEmpty": False},
        "refRubric": {
            "matches": {
                "insDate": {
                    "greaterOrEqual": {"value": start.astimezone(config.tz).isoformat()},
                    "lessOrEqual": {"value": end.astimezone(config.tz).isoformat()},
                },
                "docRc": {
                    "matches": {
                        "kindDoc": {"in": [{"value": kind} for kind in p.docKinds]},
                        "docgroupCl": {"matches": group},
                    }
                },
            }
        },
    }


def isn_filter(isns: list[int]) -> dict[str, Any]:
    return {"isnRefRubric": {"in": [{"value": isn} for isn in isns]}}


def _result(update: RowUpdate, payload: Any) -> RowResult:
    if not isinstance(payload, dict):
        return RowResult(update.isn, update.value, False, "ДЕЛО не вернуло результат для строки")
    written = (payload.get("data") or {}).get("posStatusRub")
    if payload.get("success") is True and written == update.value:
        return RowResult(update.isn, update.value, True)
    message = (
        payload.get("message") or payload.get("systemMessage") or "success: false без сообщения"
    )
    if payload.get("success") is True:
        message = f"ДЕЛО сообщило об успехе, но вернуло «{written}»"
    return RowResult(update.isn, update.value, False, str(message))


def _data(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError as exc:
        raise DeloError(f"GraphQL: ответ не JSON: {_short(response)}", permanent=True) from exc
    if not isinstance(body, dict):
        raise DeloError("GraphQL: ответ не объект JSON", permanent=True)
    errors = body.get("errors") or []
    data = body.get("data")
    if errors and not data:
        messages = "; ".join(str(e.get("message", e)) for e in errors if isinstance(e, dict))
        raise DeloError(f"GraphQL: {messages or errors}", permanent=True)
    return data if isinstance(data, dict) else {}


def _login_succeeded(response: httpx.Response) -> bool:
    """Old DELO answers a failed login with HTTP 200: read the body too."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.lower()
        return not any(word in text for word in ("ошибк", "неверн", "error", "denied", "fail"))
    failed = isinstance(body, dict) and (
        body.get("success") is False or bool(body.get("error")) or bool(body.get("errors"))
    )
    return not failed


def _short(response: httpx.Response) -> str:
    return " ".join(response.text.split())[:200]
