"""A real SMTP server (aiosmtpd) on a free local port that records every letter."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Recorder:
    """An aiosmtpd handler that stores letters, refusing (for good or for now) the sender,
    some recipients or all data."""

    def __init__(self) -> None:
        self.letters: list[Any] = []
        self.refuse_rcpt: set[str] = set()
        self.rcpt_reply = "550 5.1.1 no such user"  # the answer to a refused recipient
        self.mail_replies: list[str] = []  # answers to the next MAIL FROM commands, in order
        self.data_reply: str | None = None

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.mail_replies:
            return self.mail_replies.pop(0)
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse_rcpt:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply:
            return self.data_reply
        self.letters.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Password:
    """An authenticator that accepts one password (any user): the rest get 535."""

    def __init__(self, password: str) -> None:
        self.password = password.encode()

    def __call__(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        good = isinstance(data, LoginPassword) and data.password == self.password
        return AuthResult(success=good, handled=False)


@contextmanager
def smtp_server(password: str | None = None) -> Iterator[tuple[Recorder, int]]:
    """With ``password``, the server asks for a login (AUTH without TLS) and takes only it."""
    recorder = Recorder()
    port = free_port()
    login: dict[str, Any] = (
        {"authenticator": Password(password), "auth_require_tls": False} if password else {}
    )
    controller = Controller(recorder, hostname="127.0.0.1", port=port, **login)
    controller.start()
    try:
        yield recorder, port
    finally:
        controller.stop()
