"""The DELO client: cookie session, GraphQL with variables only, re-login, bounded retries,
one deadline for everything a run does.

One error type, :class:`DeloError`, says what kind of failure it was (:class:`Problem`: the
doctor turns that into a hint; the sync prints the message). Values always travel as
GraphQL variables; the query texts below are constants (aliases are built from numbers).
Every answer is validated at the boundary (:mod:`omis.adapters.delo.payloads`): GraphQL
``errors``, a malformed page or a cursor that does not advance end the read with an
error, never as if the read were complete.
"""

from __future__ import annotations

import enum
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from typing import Any
from urllib.parse import urlsplit

import httpx

from omis.adapters.delo.payloads import (
    MalformedAnswer,
    Page,
    RowResult,
    RubricRow,
    Written,
    parse_page,
    parse_payload,
)
from omis.core.errors import EXIT_USAGE, OmisError
from omis.core.redact import redact, remember_secret, without_credentials

log = logging.getLogger(__name__)
SESSION_EXPIRED = (401, 403, 434)
PAGE_FIELD = "arRubricValuesPg"
# Two requests in a row without an answer mean DELO hangs: waiting for more only delays
# the failure (a read timeout of 25 s fails a hanging server in about 50 s).
SILENT_LIMIT = 2
LOGOUT_TIMEOUT = 5.0
NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]

PAGE_QUERY = """
query RubricValues($first: Int, $after: String, $filter: ArRubricValueFilter) {
  arRubricValuesPg(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { isnRefRubric eosSstuStatus posStatusRub
      refRubric { insDate docRc { freeNum } } } }
    pageInfo { endCursor hasNextPage }
  }
}
"""
UPDATE_FIELDS = "{ success message systemMessage data { isnRefRubric posStatusRub } }"


class Problem(enum.StrEnum):
    UNREACHABLE = "unreachable"  # no connection, or only 5xx
    TLS = "tls"  # the server's certificate did not verify
    TIMEOUT = "timeout"  # DELO accepts connections but does not answer
    LOGIN = "login"  # the account was refused
    SERVER = "server"  # an HTTP error answer (wrong address, 4xx)
    ANSWER = "answer"  # GraphQL errors, a malformed answer, a cursor that does not advance
    SESSION = "session"  # the session is lost again right after logging in
    DEADLINE = "deadline"  # the run's total time is up


class DeloError(OmisError):
    """A DELO failure; the message is for an operator and carries no secret."""

    def __init__(self, message: str, *, problem: Problem) -> None:
        super().__init__(redact(message))
        self.problem = problem


class DeloLoginError(DeloError):
    """The account was refused: a configuration error (exit code 2), not an outage."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class DeloConnection:
    """Where and how to reach one DELO server: all the client needs to know."""

    login_url: str
    logout_url: str
    graphql_endpoint: str
    username: str
    password: str = field(repr=False)
    app: str | None = None
    ca_bundle: str | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 25.0
    retry_attempts: int = 3
    zone: tzinfo = UTC  # DELO's zone: dates without an offset are read in it

    @property
    def server(self) -> str:
        return urlsplit(without_credentials(self.graphql_endpoint)).netloc or self.graphql_endpoint


@dataclass(frozen=True)
class RowUpdate:
    isn: int
    value: str


@dataclass(frozen=True)
class ProbeResult:
    who: str  # "<user> на <server>"
    total: int | None  # rows DELO holds for the probe's filter
    logged_out: bool

    @property
    def description(self) -> str:
        steps = "вход, чтение и выход выполнены" if self.logged_out else "вход и чтение выполнены"
        found = "неизвестно" if self.total is None else str(self.total)
        return f"{self.who}: {steps}; строк с рубрикой «Статус ПОС» за период проверки: {found}"


class Deadline:
    """The time left for one run (or one backfill chunk); ``None`` means no limit."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds if seconds else None

    def remaining(self) -> float | None:
        return None if self._end is None else self._end - time.monotonic()

    def check(self) -> float | None:
        left = self.remaining()
        if left is not None and left <= 0:
            minutes = (self.seconds or 0) / 60
            raise DeloError(
                f"время запуска истекло ({minutes:g} мин, runDeadlineMinutes): ДЕЛО отвечает "
                "слишком медленно или данных больше, чем помещается в один запуск",
                problem=Problem.DEADLINE,
            )
        return left


class DeloClient:
    """Thread-safe for concurrent batches: httpx.Client is, re-login and counters take locks."""

    def __init__(
        self,
        connection: DeloConnection,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        deadline: Deadline | None = None,
    ) -> None:
        self.connection = connection
        self.sleep = sleep
        self.deadline = deadline or Deadline(None)
        remember_secret(connection.password)
        # Requests go out as headers then body: with Nagle's algorithm on, the body waits
        # for the server's delayed ACK of the headers (40 ms on Linux, 200 ms on Windows)
        # on every request of a kept-alive connection.
        transport = transport or httpx.HTTPTransport(
            verify=_tls_context(connection.ca_bundle), socket_options=NO_DELAY
        )
        self.http = httpx.Client(transport=transport)
        self.requests = 0
        self.logged_in = False
        self._counter_lock = threading.Lock()
        self._login_lock = threading.Lock()
        self._generation = 0

    def __enter__(self) -> DeloClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    # --- session ------------------------------------------------------------------------

    def login(self) -> None:
        c = self.connection
        body: dict[str, Any] = {"user": c.username, "password": c.password}
        if c.app:
            body["items"] = {"app": c.app}
        response = self._send(c.login_url, body)
        refused = response.status_code in SESSION_EXPIRED or (
            response.status_code == 200 and not _login_succeeded(response)
        )
        if refused or (response.status_code == 200 and not self.http.cookies):
            raise DeloLoginError(
                f"вход в ДЕЛО ({c.server}) отклонён для пользователя «{c.username}»: "
                f"{_server_message(response)}; проверьте username и password",
                problem=Problem.LOGIN,
            )
        if response.status_code != 200:
            raise DeloError(
                f"вход в ДЕЛО: {c.login_url} ответил HTTP {response.status_code}: "
                f"{_server_message(response)}",
                problem=Problem.SERVER,
            )
        for cookie in self.http.cookies.jar:
            remember_secret(cookie.value)
        self._generation += 1
        self.logged_in = True

    def logout(self) -> bool:
        """End the session: one short attempt, and only after a successful login (a login
        that timed out has nothing to end). A failure is logged, never raised: it must not
        hide the run's real outcome."""
        if not self.logged_in:
            return False
        self.logged_in = False
        self._count()
        try:
            response = self.http.post(
                self.connection.logout_url, json={}, timeout=httpx.Timeout(LOGOUT_TIMEOUT)
            )
        except httpx.HTTPError as exc:
            log.warning("выход из ДЕЛО не выполнен: %s", redact(str(exc)) or type(exc).__name__)
            return False
        return not response.is_error

    def _relogin(self, seen_generation: int) -> None:
        with self._login_lock:
            if self._generation == seen_generation:  # another thread may have done it already
                self.http.cookies.clear()
                self.login()

    def probe(self, filter_: dict[str, Any]) -> ProbeResult:
        """Log in, read one row of ``filter_``, log out: the doctor's check, through the
        same code as the sync."""
        c = self.connection
        self.login()
        try:
            total = self.count(filter_)
        finally:
            logged_out = self.logout()
        return ProbeResult(f"{c.username} на {c.server}", total, logged_out)

    # --- transport with retries ---------------------------------------------------------

    def _count(self) -> None:
        with self._counter_lock:
            self.requests += 1

    def _timeout(self) -> httpx.Timeout:
        c = self.connection
        left = self.deadline.check()
        if left is None:
            return httpx.Timeout(c.read_timeout, connect=c.connect_timeout)
        return httpx.Timeout(min(c.read_timeout, left), connect=min(c.connect_timeout, left))

    def _pause(self, seconds: float) -> None:
        left = self.deadline.remaining()
        self.sleep(seconds if left is None else max(0.0, min(seconds, left)))

    def _send(self, url: str, body: dict[str, Any], *, resend: bool = True) -> httpx.Response:
        """POST with retries. With ``resend=False`` (writes) a request is repeated only when
        it certainly never reached DELO (no connection): after a timeout or a 5xx the write
        may have landed, and sending it again could write twice; the caller re-reads."""
        attempts = self.connection.retry_attempts + 1
        silent, problem, error = 0, Problem.UNREACHABLE, ""
        for attempt in range(1, attempts + 1):
            timeout = self._timeout()
            self._count()
            try:
                response = self.http.post(url, json=body, timeout=timeout)
            except httpx.ConnectTimeout:
                error = f"нет соединения с {url} за {timeout.connect:g} с"
            except httpx.ConnectError as exc:
                if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                    raise DeloError(
                        f"{url}: сертификат сервера не прошёл проверку: {exc}", problem=Problem.TLS
                    ) from None
                error = f"нет соединения с {url}: {exc or type(exc).__name__}"
            except httpx.TimeoutException:
                problem, silent = Problem.TIMEOUT, silent + 1
                error = f"{url}: нет ответа за {timeout.read:g} с"
                if not resend:
                    raise DeloError(_uncertain(error), problem=problem) from None
                if silent >= SILENT_LIMIT:
                    raise DeloError(
                        f"ДЕЛО не отвечает: {error}, {silent} раза подряд", problem=problem
                    ) from None
            except httpx.TransportError as exc:
                error = f"{url}: связь прервана: {type(exc).__name__}: {exc}"
                if not resend:
                    raise DeloError(_uncertain(error), problem=Problem.UNREACHABLE) from None
            else:
                if response.status_code < 500:
                    return response
                problem = Problem.UNREACHABLE
                error = f"{url}: HTTP {response.status_code}: {_short(response)}"
                if not resend:
                    raise DeloError(_uncertain(error), problem=problem)
            if attempt < attempts:
                self._pause(min(30.0, 0.5 * 2 ** (attempt - 1)))
        raise DeloError(f"сервер ДЕЛО недоступен (попыток: {attempts}): {error}", problem=problem)

    def _graphql(
        self, query: str, variables: dict[str, Any], *, resend: bool
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """One GraphQL request (re-logging in once on an expired session): data and errors."""
        url = self.connection.graphql_endpoint
        for retry_login in (True, False):
            generation = self._generation
            response = self._send(url, {"query": query, "variables": variables}, resend=resend)
            if response.status_code in SESSION_EXPIRED and retry_login:
                self._relogin(generation)
                continue
            if response.status_code != 200:
                raise DeloError(
                    f"GraphQL: HTTP {response.status_code}: {_short(response)}",
                    problem=Problem.SERVER,
                )
            return _body(response)
        raise DeloError(
            "GraphQL: сессия не восстанавливается после повторного входа", problem=Problem.SESSION
        )

    def query(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        """A read: any ``errors`` entry fails it, even with data beside it (the GraphQL
        partial result); it is asked again up to ``retry_attempts`` times."""
        attempts = self.connection.retry_attempts + 1
        for attempt in range(1, attempts + 1):
            data, errors = self._graphql(query, variables, resend=True)
            if not errors:
                return data
            message = _errors_text(errors)
            log.warning(
                "ДЕЛО вернуло ошибку чтения (попытка %s из %s): %s", attempt, attempts, message
            )
            if attempt < attempts:
                self._pause(min(30.0, 0.5 * 2 ** (attempt - 1)))
        raise DeloError(
            f"ДЕЛО вернуло ошибку GraphQL при чтении (попыток: {attempts}): {message}",
            problem=Problem.ANSWER,
        )

    # --- the POS operations -------------------------------------------------------------

    def iter_pages(self, filter_: dict[str, Any], page_size: int) -> Iterator[list[RubricRow]]:
        """Pages of rows as they arrive, the next one already asked for while the caller
        handles this one. The read fails, never ends quietly, when a cursor stands still or
        comes back (a loop), when a row comes twice, or when fewer or more rows arrived than
        DELO's ``totalCount`` said. A faulty page is never handed over."""
        cursors: set[str] = set()
        isns: set[int] = set()
        delivered = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="delo-read") as ahead:
            after: str | None = "-1"
            asked = ahead.submit(
                self._page, {"first": page_size, "after": after, "filter": filter_}
            )
            while True:
                page = asked.result()
                delivered += len(page.rows)
                self._check_count(page, delivered)
                more = page.has_next and bool(page.rows)
                if more:
                    after = self._next_cursor(page, after, cursors, delivered)
                    variables = {"first": page_size, "after": after, "filter": filter_}
                    asked = ahead.submit(self._page, variables)
                self._check_new_rows(page.rows, isns, delivered - len(page.rows))
                if page.rows:
                    yield page.rows
                if not more:
                    break
        if page.total is not None and delivered < page.total:
            raise self._answer_error(
                f"прочитано {delivered} строк, а ДЕЛО сообщило о {page.total} (totalCount)"
            )

    def _check_count(self, page: Page, delivered: int) -> None:
        """The rows delivered so far against DELO's own count of them."""
        if page.total is not None and delivered > page.total:
            raise self._answer_error(
                f"получено {delivered} строк, а ДЕЛО сообщило только о {page.total} "
                "(totalCount): неизвестно, каким строкам верить"
            )
        if page.has_next and not page.rows and page.total is None:
            raise self._answer_error(
                f"пустая страница с hasNextPage: true после {delivered} строк, "
                "а totalCount не указан: неизвестно, всё ли прочитано"
            )

    def _check_new_rows(self, rows: list[RubricRow], isns: set[int], before: int) -> None:
        """Each row comes once in a read: a second copy would be decided and written twice,
        or one of the two versions would silently win."""
        for row in rows:
            if row.isn in isns:
                raise self._answer_error(
                    f"ДЕЛО отдало строку isnRefRubric {row.isn} повторно (на странице после "
                    f"{before} строк): одна рубрика не может прийти в чтении дважды"
                )
            isns.add(row.isn)

    def _next_cursor(self, page: Page, after: str | None, cursors: set[str], delivered: int) -> str:
        cursor = page.end_cursor
        if cursor is None or cursor == after:
            raise self._answer_error(
                f"курсор страницы не продвинулся ({cursor!r} после {after!r}, hasNextPage: "
                f"true) после {delivered} строк"
            )
        if cursor in cursors:
            raise self._answer_error(
                f"курсор {cursor!r} повторился: страницы идут по кругу (прочитано {delivered} строк)"
            )
        cursors.add(cursor)
        return cursor

    def count(self, filter_: dict[str, Any]) -> int | None:
        """How many rows DELO holds for ``filter_`` (its totalCount), asking for one row."""
        return self._page({"first": 1, "after": None, "filter": filter_}).total

    def _page(self, variables: dict[str, Any]) -> Page:
        try:
            page = parse_page(self.query(PAGE_QUERY, variables), PAGE_FIELD, self.connection.zone)
        except MalformedAnswer as exc:
            raise self._answer_error(f"ответ не того вида: {exc}") from None
        if page.total is not None and page.total < 0:
            raise self._answer_error(f"ДЕЛО вернуло неверный totalCount: {page.total}")
        asked = variables["first"]
        if len(page.rows) > asked:  # the paging is not what was asked: rows may be skipped
            raise self._answer_error(
                f"ДЕЛО вернуло на странице {len(page.rows)} строк, а запрошено {asked} (first)"
            )
        return page

    def _answer_error(self, text: str) -> DeloError:
        return DeloError(f"чтение из ДЕЛО прервано: {text}", problem=Problem.ANSWER)

    def update_batch(self, updates: list[RowUpdate]) -> list[RowResult]:
        """One request with aliased mutations; every payload is checked, and an error whose
        ``path`` names an alias fails that row only. Never raises for DELO's failures: a
        request that failed as a whole leaves every row of it uncertain."""
        numbered = list(enumerate(updates, start=1))
        declarations = ", ".join(f"$input{i}: UpdateArRubricValueInput!" for i, _ in numbered)
        fields = " ".join(
            f"u{i}: updateArRubricValue(input: $input{i}) {UPDATE_FIELDS}" for i, _ in numbered
        )
        text = "mutation UpdatePos(" + declarations + ") { " + fields + " }"
        variables = {
            f"input{i}": {
                "clientMutationId": str(u.isn),
                "data": {"isnRefRubric": u.isn, "posStatusRub": u.value},
            }
            for i, u in numbered
        }
        try:
            data, errors = self._graphql(text, variables, resend=False)
        except DeloError as exc:
            return [RowResult(u.isn, u.value, Written.UNCERTAIN, str(exc)) for u in updates]
        by_alias, general = _errors_by_alias(errors)
        results = []
        for i, u in numbered:
            alias = f"u{i}"
            if alias in by_alias:
                message = f"ошибка GraphQL: {by_alias[alias]}"
                results.append(RowResult(u.isn, u.value, Written.UNCERTAIN, redact(message)))
                continue
            result = parse_payload(u.isn, u.value, data.get(alias))
            if result.written is Written.UNCERTAIN and general:
                result = RowResult(
                    u.isn, u.value, result.written, redact(f"ошибка GraphQL: {general}")
                )
            results.append(result)
        return results


def _tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    """The system's trusted roots, or the organisation's CA bundle: verification is never
    switched off."""
    try:
        return ssl.create_default_context(cafile=ca_bundle)
    except (OSError, ssl.SSLError) as exc:
        raise DeloError(
            f"файл сертификатов {ca_bundle} не читается как PEM: {exc.strerror or exc}",
            problem=Problem.TLS,
        ) from None


def _uncertain(error: str) -> str:
    return f"запись не подтверждена ({error}): строки будут перечитаны и записаны, только если значение всё ещё неверно"


def _body(response: httpx.Response) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    try:
        body = response.json()
    except ValueError:
        raise DeloError(
            f"GraphQL: ответ не JSON: {_short(response)}", problem=Problem.ANSWER
        ) from None
    if not isinstance(body, dict):
        raise DeloError("GraphQL: ответ не объект JSON", problem=Problem.ANSWER)
    data, errors = body.get("data"), body.get("errors")
    if errors is not None and not isinstance(errors, list):
        raise DeloError("GraphQL: поле errors не список", problem=Problem.ANSWER)
    if not errors and not isinstance(data, dict):
        raise DeloError("GraphQL: ответ без data и без errors", problem=Problem.ANSWER)
    cleaned = [e if isinstance(e, dict) else {"message": str(e)} for e in errors or []]
    return (data if isinstance(data, dict) else {}), cleaned


def _errors_text(errors: list[dict[str, Any]]) -> str:
    return redact("; ".join(str(e.get("message") or e) for e in errors)[:500])


def _errors_by_alias(errors: list[dict[str, Any]]) -> tuple[dict[str, str], str]:
    """Errors whose ``path`` starts with an alias (``u3``), and the text of the others."""
    by_alias: dict[str, str] = {}
    general = []
    for error in errors:
        path = error.get("path")
        head = path[0] if isinstance(path, list) and path else None
        text = str(error.get("message") or error)
        if isinstance(head, str) and head.startswith("u") and head[1:].isdigit():
            by_alias[head] = text
        else:
            general.append(text)
    return by_alias, "; ".join(general)[:500]


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


def _server_message(response: httpx.Response) -> str:
    """DELO's own words about a refusal, never its raw JSON."""
    try:
        body = response.json()
    except ValueError:
        return _short(response) or f"HTTP {response.status_code} без текста"
    if isinstance(body, dict):
        for key in ("message", "error", "error_description", "title"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return redact(" ".join(value.split())[:200])
        errors = body.get("errors")
        if isinstance(errors, list) and errors:
            return _errors_text([e if isinstance(e, dict) else {"message": str(e)} for e in errors])
    return f"HTTP {response.status_code}, текста ошибки в ответе нет"


def _short(response: httpx.Response) -> str:
    return redact(" ".join(response.text.split())[:200])
