"""A proxy in front of the tests' Dovecot that answers body FETCHes the way broken servers do.

Commands pass through line by line; a ``UID FETCH`` of ``BODY.PEEK[]`` is answered by the
proxy itself when a fault is on: ``refuse`` (UIDs whose FETCH gets a tagged NO, as
Exchange answers for a corrupt item) and ``bodiless``: every letter answered with that
item list instead of its body, e.g. ``UID {uid}`` or ``UID {uid} BODY[] NIL``; ``body``:
every letter answered with these bytes as its body, whatever RFC822.SIZE the server
reported (a body cut short, or one larger than announced). ``faults_left`` switches the
body faults off after that many answers (a server that gets it right when asked again);
``body_fetches`` counts the body FETCHes seen. ``trickle``: UIDs whose body FETCH (whole
or partial) is answered one byte every ``trickle_every`` seconds, never ending, as a
server that holds a client forever without ever falling silent long enough to time out.
``refused`` commands (``STORE``, ``EXPUNGE``, ``MOVE``, with or without ``UID``) get a
tagged NO, ``refusal`` (``{last}`` stands for the command's last argument, as servers that
name the mailbox in the answer do).
``hidden`` capabilities are cut out of the server's answers (a server without them). Switching a fault off between runs lets the server "recover".
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

REFUSAL = b"NO The requested message could not be converted to an RFC-822 compatible format."
_BODY_FETCH = re.compile(
    rb"^(\S+) UID FETCH (\S+) \(BODY\.PEEK\[\](<[\d.]+>)?\)\r\n$", re.IGNORECASE
)


class FaultyImap:
    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.refuse: set[int] = set()
        self.bodiless: str | None = None
        self.body: bytes | list[bytes] | None = None  # a list: one answer per FETCH, in turn
        self.faults_left: int | None = None
        self.body_fetches = 0
        self.trickle: set[int] = set()
        self.trickle_every = 0.1
        self.hidden: list[bytes] = []
        self.refused: set[bytes] = set()
        self.refusal = b"NO [CANNOT] Refused by the test server."
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])

    def serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            lock = threading.Lock()
            threading.Thread(target=self._down, args=(upstream, client, lock), daemon=True).start()
            threading.Thread(target=self._up, args=(client, upstream, lock), daemon=True).start()

    def _down(self, upstream: socket.socket, client: socket.socket, lock: threading.Lock) -> None:
        with suppress(OSError):
            while data := upstream.recv(65536):
                for capability in self.hidden:
                    data = data.replace(b" " + capability, b"")
                with lock:
                    client.sendall(data)
        _close(upstream, client)

    def _up(self, client: socket.socket, upstream: socket.socket, lock: threading.Lock) -> None:
        pending = b""
        with suppress(OSError):
            while data := client.recv(65536):
                pending += data
                while b"\r\n" in pending:
                    line, _, pending = pending.partition(b"\r\n")
                    if self._trickled(line + b"\r\n", client, lock):
                        _close(upstream, client)
                        return
                    answer = self._fault(line + b"\r\n")
                    if answer is None:
                        upstream.sendall(line + b"\r\n")
                    else:
                        with lock:
                            client.sendall(answer)
        _close(upstream, client)

    def _trickled(self, line: bytes, client: socket.socket, lock: threading.Lock) -> bool:
        """Drip an endless body to a FETCH of a ``trickle`` UID, until the client hangs up."""
        match = _BODY_FETCH.match(line)
        if match is None or not self.trickle & {int(u) for u in match.group(2).split(b",")}:
            return False
        with suppress(OSError), lock:
            client.sendall(b"* 1 FETCH (UID %s BODY[] {100000000}\r\n" % match.group(2))
            while True:
                time.sleep(self.trickle_every)  # the server's pace, not the test's
                client.sendall(b"x")
        return True

    def _fault(self, line: bytes) -> bytes | None:
        """The proxy's own answer to a body FETCH or a refused command, else None."""
        words = line.upper().split()
        verb = words[2:3] if words[1:2] == [b"UID"] else words[1:2]
        if verb and verb[0] in self.refused:
            refusal = self.refusal.replace(b"{last}", line.split()[-1])
            return line.split()[0] + b" " + refusal + b"\r\n"
        match = _BODY_FETCH.match(line)
        if match is None:
            return None
        tag, uids = match.group(1), [int(uid) for uid in match.group(2).split(b",")]
        self.body_fetches += 1
        if self.refuse & set(uids):
            return tag + b" " + REFUSAL + b"\r\n"
        if self.faults_left is not None:
            if self.faults_left <= 0:
                return None
            self.faults_left -= 1
        if self.bodiless or self.body is not None:
            items = [self._item(uid) for uid in uids]
            lines = [b"* %d FETCH (%s)\r\n" % (n, item) for n, item in enumerate(items, 1)]
            return b"".join(lines) + tag + b" OK Fetch completed.\r\n"
        return None

    def _item(self, uid: int) -> bytes:
        if self.body is not None:
            body = self.body
            if isinstance(body, list):
                body = body.pop(0) if len(body) > 1 else body[0]
            return b"UID %d BODY[] {%d}\r\n%s" % (uid, len(body), body)
        return (self.bodiless or "").format(uid=uid).encode()

    def close(self) -> None:
        self.listener.close()


def _close(*sockets: socket.socket) -> None:
    for sock in sockets:
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()


@contextmanager
def faulty_imap(target: tuple[str, int]) -> Iterator[FaultyImap]:
    proxy = FaultyImap(target)
    threading.Thread(target=proxy.serve, daemon=True).start()
    try:
        yield proxy
    finally:
        proxy.close()
