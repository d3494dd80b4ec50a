"""A server command checks its port before doing any work, so a busy port is one line
saying what to do rather than a traceback after a long start."""

from __future__ import annotations

import errno
import socket

from omis.core.errors import UsageError


def busy_text(port: int | None, host: str = "127.0.0.1") -> str:
    where = f"порт {port} на {host}" if port else "порт"
    other = f", например --port {port + 1}," if port and port < 65535 else ""
    return (
        f"{where} уже занят другой программой: укажите другой порт (--port){other} "
        "или остановите программу, которая его занимает"
    )


def ensure_free(host: str, port: int) -> None:
    """Raise :class:`UsageError` (exit 2) when ``host:port`` cannot be listened on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # The servers set SO_REUSEADDR too: a port left in TIME_WAIT is not "busy".
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise UsageError(busy_text(port, host)) from None
            raise UsageError(f"не удаётся слушать {host}:{port}: {exc.strerror}") from None
