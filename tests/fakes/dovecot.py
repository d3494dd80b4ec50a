"""A throwaway Dovecot IMAP server for tests: its own config, users and maildirs in a tmp dir."""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
PASSWORD = "s3cret-imap"


def available() -> bool:
    return Path(DOVECOT).exists()


@dataclass
class ImapServer:
    host: str
    port: int
    root: Path
    ca_file: Path | None = None  # with TLS: the self-signed certificate to trust
    password: str = PASSWORD  # every user's

    def user(self, name: str) -> tuple[str, str]:
        return name, self.password

    def client(self, user: str) -> imaplib.IMAP4:
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        if user.isascii() and self.password.isascii():
            client.login(user, self.password)
        else:
            client.authenticate("PLAIN", lambda _: f"\0{user}\0{self.password}")
        return client

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        client = self.client(user)
        try:
            client.create(folder)
            status, data = client.append(folder, None, None, raw)
            assert status == "OK", data
        finally:
            client.logout()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accounts() -> tuple[str, str, int, int]:
    """(login user, internal user, mail uid, mail gid): Dovecot refuses root for these."""
    if os.getuid() != 0:
        name = pwd.getpwuid(os.getuid()).pw_name
        return name, name, os.getuid(), os.getgid()
    internal = pwd.getpwnam("dovecot")
    return "dovenull", "dovecot", internal.pw_uid, internal.pw_gid


def _certificate(root: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (openssl), its own authority."""
    cert, key = root / "cert.pem", root / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    key.chmod(0o644)  # Dovecot reads it as root before dropping privileges
    return cert, key


def _ssl(root: Path, tls: bool) -> str:
    if not tls:
        return "ssl = no"
    cert, key = _certificate(root)
    return f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"


def _config(root: Path, port: int, tls: bool = False, password: str = PASSWORD) -> str:
    login_user, internal_user, uid, gid = _accounts()
    return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{_ssl(root, tls)}
disable_plaintext_auth = no
auth_mechanisms = plain login
# Any characters in a user name: mailbox names may be Cyrillic (омис@пример.рф).
auth_username_chars =
mail_location = maildir:{root}/mail/%u
first_valid_uid = 1
mail_uid = {uid}
mail_gid = {gid}
default_login_user = {login_user}
default_internal_user = {internal_user}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
"""


@contextmanager
def dovecot(root: Path, tls: bool = False, password: str = PASSWORD) -> Iterator[ImapServer]:
    """Start Dovecot in the foreground on a free port; stop it at the end. With ``tls`` the
    plain port offers STARTTLS with a self-signed certificate (``ca_file``)."""
    root.mkdir(parents=True, exist_ok=True)
    _open_up(root)
    port = _free_port()
    config = root / "dovecot.conf"
    config.write_text(_config(root, port, tls, password), encoding="utf-8")
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(config)], stderr=subprocess.PIPE)
    try:
        _wait_until_listening(port, process, root)
        yield ImapServer("127.0.0.1", port, root, root / "cert.pem" if tls else None, password)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(root / "run", ignore_errors=True)


def _open_up(root: Path) -> None:
    """Let Dovecot's unprivileged processes reach the throwaway tree (tests run as root in CI)."""
    _login, _internal, uid, gid = _accounts()
    for folder in (root, root / "mail", root / "home"):
        folder.mkdir(exist_ok=True)
        os.chown(folder, uid, gid) if os.getuid() == 0 and folder != root else None
    for parent in [root, *root.parents]:
        if parent == Path("/"):
            break
        parent.chmod(parent.stat().st_mode | 0o011)


def _wait_until_listening(port: int, process: subprocess.Popen[bytes], root: Path) -> None:
    # Polls the socket with a bounded deadline: the server's readiness, not a fixed sleep.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (
                (root / "dovecot.log").read_text(errors="replace")
                if (root / "dovecot.log").exists()
                else ""
            )
            raise RuntimeError(
                f"dovecot exited: {process.stderr.read().decode() if process.stderr else ''} {log}"
            )
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("dovecot did not start listening in 20 s")


def renumber(server: ImapServer, user: str, uids: list[int]) -> None:
    """Give the letters of ``user``'s INBOX (in their present order) the ``uids``, keeping
    UIDVALIDITY, as a server restored from a backup or with a rebuilt index does: Dovecot
    reads its ``dovecot-uidlist`` again once the index is gone. No session may be open."""
    folder = server.root / "mail" / user
    header, *lines = (folder / "dovecot-uidlist").read_text().splitlines()
    files = [line.split(" ", 1)[1] for line in lines]
    fields = [f"N{max(uids) + 1}" if part.startswith("N") else part for part in header.split()]
    rows = sorted(zip(uids, files, strict=True))
    text = "\n".join([" ".join(fields), *(f"{uid} {name}" for uid, name in rows)]) + "\n"
    (folder / "dovecot-uidlist").write_text(text)
    for index in folder.glob("dovecot.index*"):
        index.unlink()
