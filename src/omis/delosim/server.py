"""The DELO simulator: identity login/logout with a cookie session and the GraphQL endpoint,
validated and executed by graphql-core from the schema, with fault injection.

Part of the product: the demo, the tests and the benchmarks talk to it over real HTTP.
Faults (:class:`Faults`, changeable while it runs): HTTP 503s, ``success: false``, expiring
sessions, slow answers, GraphQL errors beside null data on reads, errors on single aliases
of a mutation, cursors that stall, cycle or end early, pages that repeat a row, give a wrong totalCount or more rows than asked for, ``success: true`` with another
value written, a server that accepts connections and never answers, a login refusal that
echoes the request. Appeals change over time through :meth:`DeloSimulator.set_sstu` (tests)
or a background answerer (``omis delo-sim --answer-every``).
"""

from __future__ import annotations

import functools
import json
import random
import secrets
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any

from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    OperationType,
    build_schema,
    execute_sync,
    parse,
    validate,
)

from omis.delosim.data import ANSWERS, IN_WORK, POS, generate_rows
from omis.delosim.filters import matches

LOGIN = "/corehost/identity/api/login"
LOGOUT = "/corehost/identity/api/logout"
GRAPHQL = ("/corehost/gql/query", "/corehost/gql/query/")
COOKIE = "DeloSession"
MUTATION_FAILURE = "Рубрика заблокирована другим пользователем, повторите позже"
READ_FAILURE = "Ошибка выполнения запроса: превышено время ожидания блокировки"
ALIAS_FAILURE = "Нарушение ограничения целостности при сохранении рубрики"
OTHER_VALUES = POS


@dataclass
class SimState:
    """Everything the simulator knows; tests read it to check what OMIS did."""

    rows: list[dict[str, Any]]
    by_isn: dict[int, dict[str, Any]] = field(default_factory=dict)
    writes: list[tuple[int, str | None, float]] = field(default_factory=list)
    sessions: dict[str, float] = field(default_factory=dict)  # token -> expiry (monotonic)
    http_requests: int = 0
    login_attempts: int = 0
    logins: int = 0
    logouts: int = 0
    hung: int = 0  # requests held without an answer (the hang fault)
    lock: threading.Lock = field(default_factory=threading.Lock)
    written: threading.Condition = field(default_factory=threading.Condition)
    # Filtered row lists by filter, as a database would compute them for each page. A
    # write of a POS value changes who matches a filter on posStatusRub (so the pages of
    # such a read shift, as in DELO); the other filters keep their rows.
    _filter_cache: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_isn = {row["isnRefRubric"]: row for row in self.rows}

    def filtered(self, spec: dict[str, Any] | None) -> list[dict[str, Any]]:
        """Call with ``lock`` held."""
        key = json.dumps(spec, sort_keys=True, ensure_ascii=False)
        cached = self._filter_cache.get(key)
        if cached is None:
            cached = [row for row in self.rows if matches(spec or {}, row)]
            if len(self._filter_cache) >= 16:
                self._filter_cache.pop(next(iter(self._filter_cache)))
            self._filter_cache[key] = cached
        return cached

    def invalidate(self, *, pos_only: bool) -> None:
        """Rows changed: drop the filtered lists that may have changed (call with ``lock``)."""
        for key in list(self._filter_cache):
            if not pos_only or "posStatusRub" in key:
                del self._filter_cache[key]

    def wait_for_writes(self, count: int, timeout: float) -> bool:
        """Block until DELO has taken ``count`` writes (tests kill a sync mid-run with it)."""
        with self.written:
            return self.written.wait_for(lambda: len(self.writes) >= count, timeout)

    def write_counts(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for isn, _value, _at in self.writes:
            counts[isn] = counts.get(isn, 0) + 1
        return counts


@dataclass
class Faults:
    latency_ms: float = 0
    fail_rate: float = 0.0
    mutation_fail_rate: float = 0.0
    session_ttl: float | None = None
    seed: int = 11
    # A share of mutation answers held back after the writes are applied, as a slow DELO
    # does: the client's read timeout fires although the write landed. (A DELO that stops
    # answering altogether is ``hang``.)
    slow_rate: float = 0.0
    slow_seconds: float = 2.0
    # A share of reads answered HTTP 200 with {"data": {"arRubricValuesPg": null}, "errors": [...]}.
    graphql_error_rate: float = 0.0
    graphql_errors_next: int = 0  # the next N reads fail so, then the reads are sound again
    # A share of aliased updates failing with an error whose path names the alias (not written).
    alias_error_rate: float = 0.0
    # A share of updates answered success: true while another POS value is written.
    other_value_rate: float = 0.0
    # From page ``cursor_fault_page`` (0 = the first) on: "stall" repeats the cursor it was
    # given, "cycle" hands back the cursor of the page before, "short" ends with hasNextPage
    # false although totalCount says more rows match.
    cursor_fault: str | None = None
    cursor_fault_page: int = 1
    # From page ``page_fault_page`` (0 = the first) on, pages against the contract:
    # "repeat" delivers the page's first row again in place of its last, "overlap" (from
    # the second page) delivers the last row of the page before again in place of its first,
    # "negative-total" says totalCount -1, "low-total" a totalCount 2 below the rows
    # delivered up to this page, "oversize" delivers half as many rows again as ``first``.
    page_fault: str | None = None
    page_fault_page: int = 0
    hang: bool = False  # accept every connection and never answer
    echo_login: bool = False  # a refused login quotes the request body, password included

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)  # noqa: S311 - fault injection, not secrets


def _schema() -> GraphQLSchema:
    sdl = resources.files("omis.delosim").joinpath("schema.graphql").read_text(encoding="utf-8")
    return build_schema(sdl)


class _Resolvers:
    def __init__(self, state: SimState, faults: Faults) -> None:
        self.state = state
        self.faults = faults

    def arRubricValuesPg(
        self, _info: Any, first: int | None = None, after: str | None = None, filter: Any = None
    ) -> dict[str, Any]:
        with self.state.lock:
            countdown = self.faults.graphql_errors_next > 0
            self.faults.graphql_errors_next -= countdown
        if countdown or self.faults.random.random() < self.faults.graphql_error_rate:
            raise GraphQLError(READ_FAILURE)
        with self.state.lock:
            rows = self.state.filtered(filter)
        size = first or 100
        start = _offset(after)
        page = rows[start : start + size]
        end = start + len(page)
        info: dict[str, Any] = {
            "endCursor": str(end - 1) if page else after,
            "hasNextPage": end < len(rows),
        }
        fault = self.faults.cursor_fault
        if fault and page and start // size >= self.faults.cursor_fault_page:
            faulty: dict[str, dict[str, Any]] = {
                "stall": {"endCursor": after, "hasNextPage": True},
                # back to the cursor the previous page was asked with: a loop of two pages
                "cycle": {"endCursor": str(start - size - 1), "hasNextPage": True},
                "short": {"endCursor": info["endCursor"], "hasNextPage": False},
            }
            info = faulty[fault]
        total = len(rows)
        broken = self.faults.page_fault
        if broken and page and start // size >= self.faults.page_fault_page:
            page, total = _broken_page(broken, page, rows, start, total)
        return {
            "totalCount": total,
            "edges": [{"node": row, "cursor": str(start + i)} for i, row in enumerate(page)],
            "pageInfo": info,
        }

    def updateArRubricValue(self, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        data = input["data"]
        base = {"clientMutationId": input.get("clientMutationId")}
        if self.faults.random.random() < self.faults.alias_error_rate:
            raise GraphQLError(ALIAS_FAILURE)
        with self.state.lock:
            row = self.state.by_isn.get(data["isnRefRubric"])
            if row is None:
                return {
                    **base,
                    "success": False,
                    "message": "Запись рубрики не найдена",
                    "messageCode": "NOT_FOUND",
                }
            if self.faults.random.random() < self.faults.mutation_fail_rate:
                return {
                    **base,
                    "success": False,
                    "message": MUTATION_FAILURE,
                    "messageCode": "LOCKED",
                }
            value = data.get("posStatusRub")
            if self.faults.random.random() < self.faults.other_value_rate:
                value = next(v for v in OTHER_VALUES if v != value)
            row["posStatusRub"] = value
            self.state.invalidate(pos_only=True)
            self.state.writes.append((row["isnRefRubric"], row["posStatusRub"], time.monotonic()))
        with self.state.written:
            self.state.written.notify_all()
        return {**base, "success": True, "message": None, "data": row}


def _broken_page(
    fault: str, page: list[dict[str, Any]], rows: list[dict[str, Any]], start: int, total: int
) -> tuple[list[dict[str, Any]], int]:
    """The page and its totalCount as a faulty DELO would deliver them (see :class:`Faults`)."""
    if fault == "repeat" and len(page) > 1:
        return [*page[:-1], page[0]], total
    if fault == "overlap" and start > 0:
        return [rows[start - 1], *page[1:]], total
    if fault == "negative-total":
        return page, -1
    if fault == "low-total":
        return page, max(0, start + len(page) - 2)
    if fault == "oversize":
        return rows[start : start + len(page) * 3 // 2], total
    return page, total


def _offset(after: str | None) -> int:
    if after in (None, "", "-1"):
        return 0
    try:
        return int(after) + 1
    except ValueError:
        return 0


class _Handler(BaseHTTPRequestHandler):
    server: _SimServer

    def log_message(self, *_args: Any) -> None:
        return

    def _reply(self, code: int, body: Any, cookie: str | None = None) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if cookie:
            self.send_header("Set-Cookie", f"{COOKIE}={cookie}; Path=/; HttpOnly")
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        sim = self.server.sim
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with sim.state.lock:
            sim.state.http_requests += 1
        if sim.faults.hang:
            with sim.state.lock:
                sim.state.hung += 1
            sim.stopping.wait()  # never answer; the connection closes when the simulator stops
            return None
        if sim.faults.latency_ms:
            time.sleep(sim.faults.latency_ms / 1000)  # simulated network and server time
        if sim.faults.random.random() < sim.faults.fail_rate:
            return self._reply(503, {"error": "Service Unavailable"})
        path = self.path.split("?")[0].lower()
        if path == LOGIN:
            return self._login(body)
        if path == LOGOUT:
            return self._logout()
        if path in GRAPHQL:
            return self._graphql(body)
        return self._reply(404, {"error": "not found"})

    def _login(self, body: bytes) -> None:
        sim = self.server.sim
        with sim.state.lock:
            sim.state.login_attempts += 1
        try:
            payload = json.loads(body or b"{}")
        except ValueError:
            return self._reply(400, {"error": "bad json"})
        if payload.get("user") != sim.user or payload.get("password") != sim.password:
            # Older DELO answers a failed login with HTTP 200 and an error text.
            message = "Неверное имя пользователя или пароль"
            if sim.faults.echo_login:
                message += f"; запрос: {body.decode('utf-8', 'replace')}"
            return self._reply(200, {"success": False, "message": message})
        token = secrets.token_hex(16)
        ttl = sim.faults.session_ttl
        with sim.state.lock:
            sim.state.sessions[token] = time.monotonic() + ttl if ttl else float("inf")
            sim.state.logins += 1
        return self._reply(200, {"success": True, "user": sim.user}, cookie=token)

    def _session_ok(self) -> bool:
        sim = self.server.sim
        cookie = self.headers.get("Cookie") or ""
        tokens = [
            part.split("=", 1)[1] for part in cookie.split("; ") if part.startswith(f"{COOKIE}=")
        ]
        with sim.state.lock:
            return any(sim.state.sessions.get(t, 0) > time.monotonic() for t in tokens)

    def _logout(self) -> None:
        with self.server.sim.state.lock:
            self.server.sim.state.logouts += 1
        self._reply(200, {"success": True})

    def _graphql(self, body: bytes) -> None:
        if not self._session_ok():
            return self._reply(401, {"error": "Unauthorized"})
        try:
            request = json.loads(body)
            query = request["query"]
        except (ValueError, KeyError, TypeError):
            return self._reply(400, {"errors": [{"message": "тело запроса не GraphQL JSON"}]})
        sim = self.server.sim
        document = sim.document(query)
        if isinstance(document, list):  # the query does not parse or does not fit the schema
            return self._reply(200, {"data": None, "errors": document})
        result = execute_sync(
            sim.schema,
            document,
            root_value=_Resolvers(sim.state, sim.faults),
            variable_values=request.get("variables"),
            operation_name=request.get("operationName"),
        )
        answer: dict[str, Any] = {"data": result.data}
        if result.errors:
            answer["errors"] = [error.formatted for error in result.errors]
        mutation = document.definitions and getattr(document.definitions[0], "operation", None)
        if mutation == OperationType.MUTATION and sim.faults.random.random() < sim.faults.slow_rate:
            sim.stopping.wait(sim.faults.slow_seconds)  # ends early when the simulator stops
        return self._reply(200, answer)


class _SimServer(ThreadingHTTPServer):
    daemon_threads = True
    sim: DeloSimulator


class DeloSimulator:
    """A DELO stand-in on 127.0.0.1; use as a context manager or call start()/stop()."""

    def __init__(
        self,
        rows: int | list[dict[str, Any]] = 1000,
        *,
        seed: int = 7,
        port: int = 0,
        user: str = "omis",
        password: str = "omis",  # noqa: S107 - the simulator's own demo account
        start: datetime | None = None,
        tls: ssl.SSLContext | None = None,
        **faults: Any,
    ) -> None:
        """``faults``: the fields of :class:`Faults` (latency_ms, fail_rate, hang, ...);
        ``tls``: serve HTTPS with this server context (trials of a CA bundle)."""
        data = rows if isinstance(rows, list) else generate_rows(rows, seed=seed, start=start)
        self.state = SimState(rows=data)
        self.faults = Faults(seed=seed + 1, **faults)
        self.stopping = threading.Event()
        self.user, self.password = user, password
        self.schema = _schema()
        self._server = _SimServer(("127.0.0.1", port), _Handler)
        self.scheme = "https" if tls else "http"
        if tls:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self._server.sim = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        # A server parses and validates a query text once, as real GraphQL servers do: OMIS
        # sends the same few texts over and over, with only the variables changing.
        self.document = functools.lru_cache(maxsize=128)(self._document)

    def _document(self, query: str) -> DocumentNode | list[dict[str, str]]:
        """The parsed query, or the errors that reject it (syntax, then schema)."""
        try:
            document = parse(query)
        except GraphQLError as error:
            return [{"message": error.message}]
        errors = validate(self.schema, document)
        return [{"message": error.message} for error in errors] if errors else document

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> DeloSimulator:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def __enter__(self) -> DeloSimulator:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def rows_by_isn(self) -> Iterator[tuple[int, dict[str, Any]]]:
        return iter(self.state.by_isn.items())

    def set_sstu(self, isns: Iterable[int], status: str | None) -> None:
        """The appeals move on in SSTU (DELO's own users and its SSTU exchange do this)."""
        with self.state.lock:
            for isn in isns:
                self.state.by_isn[isn]["eosSstuStatus"] = status
            self.state.invalidate(pos_only=False)

    def answer_some(self, share: float, rng: random.Random) -> list[int]:
        """Answer ``share`` of the appeals still in work, each with a random answer."""
        with self.state.lock:
            in_work = [
                isn for isn, row in self.state.by_isn.items() if row["eosSstuStatus"] == IN_WORK
            ]
        chosen = [isn for isn in in_work if rng.random() < share]
        for isn in chosen:
            self.set_sstu([isn], rng.choice(sorted(ANSWERS)))
        return chosen

    def answer_every(self, seconds: float, share: float) -> None:
        """In the background, every ``seconds``, answer ``share`` of the appeals in work."""
        rng = random.Random(self.faults.seed)  # noqa: S311 - simulated appeals, not secrets

        def answer() -> None:
            while not self.stopping.wait(seconds):
                self.answer_some(share, rng)

        threading.Thread(target=answer, daemon=True, name="delosim-answers").start()
