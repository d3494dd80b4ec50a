"""Fixtures for the operations tests: local servers, a closed port, settings from env."""

from __future__ import annotations

import json
import socket
import socketserver
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from fakes.ops_servers import HttpStub, ImapHandler, Route
from omis.core.settings import Settings, load_settings


@pytest.fixture
def http_stub() -> Iterator[Callable[[Route], HttpStub]]:
    servers: list[ThreadingHTTPServer] = []

    def start(route: Route) -> HttpStub:
        seen: list[tuple[str, str]] = []

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen.append((self.command, self.path))
                reply = route(self.command, self.path, body)
                payload = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return HttpStub(f"http://127.0.0.1:{server.server_address[1]}", seen)

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fake_imap() -> Iterator[int]:
    """The port of a plain-text IMAP server that knows one user and two folders."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), ImapHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def configure(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Settings]:
    """Settings from the given OMIS_* variables (on top of the clean test environment)."""

    def load(**variables: str) -> Settings:
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        return load_settings()

    return load


class _Authenticator:
    """Accepts the password «smtp-right» only."""

    def __call__(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        good = isinstance(data, LoginPassword) and data.password == b"smtp-right"
        return AuthResult(success=good, handled=False)


class _Sink:
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 OK"


@pytest.fixture
def smtp_port(closed_port: int) -> Iterator[int]:
    """A real SMTP server (aiosmtpd) with AUTH, no TLS, that takes every message.

    aiosmtpd checks readiness by connecting to the port it was given: it needs a real one."""
    controller = Controller(
        _Sink(),
        hostname="127.0.0.1",
        port=closed_port,
        authenticator=_Authenticator(),
        auth_require_tls=False,
    )
    controller.start()
    yield closed_port
    controller.stop()
