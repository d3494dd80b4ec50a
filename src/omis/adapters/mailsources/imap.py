"""Any IMAP server, read incrementally by UIDVALIDITY and the last UID seen in the folder."""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from collections.abc import Iterator
from typing import Any

from omis.adapters.mailsources.base import MailSource, MailSourceError, RawLetter
from omis.core.errors import ConfigError
from omis.core.settings import MailSettings

FETCH_CHUNK = 200
TIMEOUT_SECONDS = 30
_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")
_FETCH_UID = re.compile(rb"UID (\d+)")


class ImapSource(MailSource):
    def __init__(self, settings: MailSettings) -> None:
        if not settings.imap_host or not settings.imap_user:
            raise ConfigError("OMIS_IMAP_HOST и OMIS_IMAP_USER: не заданы для источника imap")
        if not (settings.imap_password or settings.imap_oauth_token):
            raise ConfigError("OMIS_IMAP_PASSWORD или OMIS_IMAP_OAUTH_TOKEN: не задан")
        self.settings = settings
        self.folder = settings.mail_folder
        self.name = f"imap:{settings.imap_user}@{settings.imap_host}/{self.folder}"
        self.after_action = settings.mail_after
        self._client: imaplib.IMAP4 | None = None
        self._cursor: dict[str, Any] = {}

    # --- connection -------------------------------------------------------------------

    def _connect(self) -> imaplib.IMAP4:
        s = self.settings
        port = s.imap_port or (993 if s.imap_ssl else 143)
        try:
            if s.imap_ssl:
                context = ssl.create_default_context()
                client: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                    s.imap_host or "", port, ssl_context=context, timeout=TIMEOUT_SECONDS
                )
            else:
                client = imaplib.IMAP4(s.imap_host or "", port, timeout=TIMEOUT_SECONDS)
            self._login(client)
            status, data = client.select(_quote(self.folder), readonly=self.after_action == "none")
        except (OSError, imaplib.IMAP4.error, ssl.SSLError) as exc:
            raise MailSourceError(
                f"почтовый ящик IMAP {s.imap_host}:{port} недоступен: {exc}"
            ) from exc
        if status != "OK":
            raise MailSourceError(f"папка IMAP «{self.folder}» не открывается: {_text(data)}")
        return client

    def _login(self, client: imaplib.IMAP4) -> None:
        s = self.settings
        if s.imap_oauth_token:
            token = s.imap_oauth_token.get_secret_value()
            auth = f"user={s.imap_user}\x01auth=Bearer {token}\x01\x01".encode()
            client.authenticate("XOAUTH2", lambda _challenge: auth)
            return
        assert s.imap_password is not None
        client.login(s.imap_user or "", s.imap_password.get_secret_value())

    def _uidvalidity(self, client: imaplib.IMAP4) -> int:
        _typ, data = client.response("UIDVALIDITY")
        if data and data[0]:
            return int(data[0])
        _status, reply = client.status(_quote(self.folder), "(UIDVALIDITY)")
        match = _UIDVALIDITY.search(b" ".join(r for r in reply if isinstance(r, bytes)))
        return int(match.group(1)) if match else 0

    # --- the contract -----------------------------------------------------------------

    def fetch(self, cursor: dict[str, Any], limit: int) -> Iterator[RawLetter]:
        client = self._client = self._connect()
        try:
            validity = self._uidvalidity(client)
            last = int(cursor.get("last_uid", 0)) if cursor.get("uidvalidity") == validity else 0
            uids = self._new_uids(client, last)[:limit]
            self._cursor = {"uidvalidity": validity, "last_uid": max([last, *uids])}
            for start in range(0, len(uids), FETCH_CHUNK):
                yield from self._fetch_chunk(client, uids[start : start + FETCH_CHUNK])
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailSourceError(f"чтение почты IMAP прервано: {exc}") from exc

    def _new_uids(self, client: imaplib.IMAP4, last: int) -> list[int]:
        status, data = client.uid("SEARCH", f"UID {last + 1}:*")
        if status != "OK":
            raise MailSourceError(f"IMAP SEARCH не выполнен: {_text(data)}")
        found = [int(uid) for uid in (data[0] or b"").split()]
        # "n:*" always includes the newest message, even when its UID is below n.
        return sorted(uid for uid in found if uid > last)

    def _fetch_chunk(self, client: imaplib.IMAP4, uids: list[int]) -> Iterator[RawLetter]:
        status, data = client.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        if status != "OK":
            raise MailSourceError(f"IMAP FETCH не выполнен: {_text(data)}")
        for item in data:
            if isinstance(item, tuple) and len(item) == 2:
                match = _FETCH_UID.search(item[0])
                if match:
                    yield RawLetter(match.group(1).decode(), item[1])

    def cursor_after(self) -> dict[str, Any]:
        return dict(self._cursor)

    def finish(self, ref: str) -> None:
        if self.after_action == "none":
            return
        client = self._client or self._connect()
        self._client = client
        try:
            if self.after_action == "mark-read":
                client.uid("STORE", ref, "+FLAGS", "(\\Seen)")
            else:
                self._move(client, ref, self.after_action.removeprefix("move:"))
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailSourceError(
                f"IMAP: письмо {ref} не обработано ({self.after_action}): {exc}"
            ) from exc

    def _move(self, client: imaplib.IMAP4, ref: str, target: str) -> None:
        if "MOVE" in client.capabilities:
            client.uid("MOVE", ref, _quote(target))
            return
        client.uid("COPY", ref, _quote(target))
        client.uid("STORE", ref, "+FLAGS", "(\\Deleted)")
        client.expunge()

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        # The pass is over; a failed goodbye changes nothing.
        with contextlib.suppress(TimeoutError, OSError, imaplib.IMAP4.error):
            client.logout()


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(data: Any) -> str:
    if isinstance(data, list) and data and isinstance(data[0], bytes):
        return data[0].decode(errors="replace")
    return str(data)
