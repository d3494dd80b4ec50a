"""Files an import's check step accepted, kept on the server until «Загрузить».

The preview page used to carry the whole file back in a hidden field, base64 (a third
larger), so a file near the upload limit passed the check and its confirmation was refused
with 413. The file now waits in ``<OMIS_DATA_DIR>/uploads/`` and the page carries only a
random token; every gunicorn worker of the host reads the same folder.

A checked file belongs to the login that checked it: it lies in a folder named after a
hash of that login's session token, so another user, or the same one after logging out,
finds nothing under the token. A login keeps its last :data:`KEPT_PER_LOGIN` checks, none
older than a login lasts (``OMIS_WEB_SESSION_HOURS``); older ones go whenever a file is
kept, and a loaded one at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from omis.core.clock import now

FOLDER = "uploads"
KEPT_PER_LOGIN = 5
# «<milliseconds since 1970>-<random>»: names sort by age, and the age needs no file time.
TOKEN = re.compile(r"^([0-9]{13,16})-[A-Za-z0-9_-]{32}$")
SUFFIX = ".csv"


def max_age(session_hours: int) -> timedelta:
    """How long a checked file waits: as long as a login lasts, after which no one can load it."""
    return timedelta(hours=session_hours)


@dataclass(frozen=True)
class CheckedFiles:
    """The checked files under ``root``, each kept for at most ``max_age``."""

    root: Path
    max_age: timedelta

    def keep(self, login: str, data: bytes) -> str:
        """Keep ``data`` for the login whose session token is ``login``; the token that
        finds it again. Raises OSError when the folder cannot be written."""
        self.clean()
        folder = self.root / _login_folder(login)
        folder.mkdir(parents=True, exist_ok=True)
        token = f"{_millis()}-{secrets.token_urlsafe(24)}"
        (folder / f"{token}{SUFFIX}").write_bytes(data)
        for stale in sorted(folder.glob(f"*{SUFFIX}"))[:-KEPT_PER_LOGIN]:
            stale.unlink(missing_ok=True)
        return token

    def read(self, login: str, token: str) -> bytes | None:
        """The file ``login`` kept under ``token``; None when there is none (another
        login's, loaded already, too old, or a token no check gave)."""
        path = self._path(login, token)
        if path is None:
            return None
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def forget(self, login: str, token: str) -> None:
        path = self._path(login, token)
        if path is not None:
            path.unlink(missing_ok=True)

    def clean(self) -> None:
        """Remove every login's files older than ``max_age``, and the folders left empty."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            for path in folder.glob(f"*{SUFFIX}"):
                if self._expired(path.name.removesuffix(SUFFIX)):
                    path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # not empty, or another worker removed it
                folder.rmdir()

    def _path(self, login: str, token: str) -> Path | None:
        if not TOKEN.match(token) or self._expired(token):
            return None
        return self.root / _login_folder(login) / f"{token}{SUFFIX}"

    def _expired(self, token: str) -> bool:
        found = TOKEN.match(token)
        if found is None:
            return False  # not ours: left alone
        return int(found.group(1)) < _millis() - self.max_age // timedelta(milliseconds=1)


def _login_folder(login: str) -> str:
    # A hash of its own purpose: the folder name never equals what web_sessions stores.
    return hashlib.sha256(f"omis-upload:{login}".encode()).hexdigest()[:32]


def _millis() -> int:
    return int(now().timestamp() * 1000)
