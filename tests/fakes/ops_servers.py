"""Local servers for the doctor's checks: a tiny IMAP server and HTTP stubs."""

from __future__ import annotations

import socketserver
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

IMAP_USER = "omis@example.ru"
IMAP_PASSWORD = "right-password"
IMAP_FOLDERS = {"INBOX": 3, "&BB8EQAQ+BEYENQRBBEE-": 1}  # INBOX and «Процесс» (modified UTF-7)


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)


Route = Callable[[str, str, bytes], Reply]


@dataclass
class HttpStub:
    """A real HTTP server on 127.0.0.1 answering by ``route(method, path, body)``."""

    url: str
    requests: list[tuple[str, str]]


class ImapHandler(socketserver.StreamRequestHandler):
    """Just enough IMAP4rev1 for a login and an EXAMINE, as imaplib speaks it."""

    def handle(self) -> None:
        self._send("* OK fake IMAP ready")
        for raw in self.rfile:
            tag, _, rest = raw.decode().strip().partition(" ")
            command, _, args = rest.partition(" ")
            if not self._dispatch(tag, command.upper(), args):
                return

    def _dispatch(self, tag: str, command: str, args: str) -> bool:
        if command == "CAPABILITY":
            self._send("* CAPABILITY IMAP4rev1 AUTH=PLAIN", f"{tag} OK done")
        elif command == "LOGIN":
            user, _, password = args.partition(" ")
            if (user.strip('"'), password.strip('"')) == (IMAP_USER, IMAP_PASSWORD):
                self._send(f"{tag} OK logged in")
            else:
                self._send(f"{tag} NO [AUTHENTICATIONFAILED] Authentication failed.")
        elif command == "EXAMINE":
            count = IMAP_FOLDERS.get(args.strip('"'))
            if count is None:
                self._send(f"{tag} NO Mailbox doesn't exist: {args}")
            else:
                self._send(f"* {count} EXISTS", f"{tag} OK [READ-ONLY] done")
        elif command == "LIST":
            lines = [f'* LIST (\\HasNoChildren) "/" "{name}"' for name in IMAP_FOLDERS]
            self._send(*lines, f"{tag} OK done")
        elif command == "LOGOUT":
            self._send("* BYE", f"{tag} OK bye")
            return False
        else:
            self._send(f"{tag} BAD unknown command")
        return True

    def _send(self, *lines: str) -> None:
        self.wfile.write("".join(f"{line}\r\n" for line in lines).encode())
