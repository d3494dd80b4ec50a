"""Any IMAP server through IMAPClient, read incrementally by UIDVALIDITY and the last UID.

IMAPClient encodes folder names (``Входящие``, ``move:Обработано``) in modified UTF-7 and
speaks STARTTLS and XOAUTH2. Without ``OMIS_IMAP_SSL`` the connection must be upgraded
with STARTTLS before the password is sent; only ``OMIS_IMAP_ALLOW_PLAIN=true`` lets a
server without it be used in clear text (a test server on the same host). The doctor
calls :meth:`ImapSource.probe`, so it checks exactly what a mail pass does.

Letters are listed with their size and Date only, then fetched in chunks of bounded size,
so a pass of large letters holds one chunk in memory; letters over the size cap are read
partially (``BODY.PEEK[]<0.N>``). A letter's ref is ``UIDVALIDITY:UID``: a UID means
nothing once the server renumbers the folder. The cursor is only a shortcut: a pass lists
every UID (a short answer) and looks below the last UID read too whenever the UIDs there
changed, since some servers hand out lower UIDs without changing UIDVALIDITY.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import re
import socket
import ssl
import threading
from collections.abc import Iterator
from email.parser import BytesHeaderParser
from typing import Any

from imapclient import IMAPClient, imap_utf7
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from omis.adapters.mailsources.base import (
    Envelope,
    KnownRefs,
    MailSource,
    MailSourceError,
    RawLetter,
    unknown,
)
from omis.core.errors import ConfigError
from omis.core.mailheaders import header_date
from omis.core.settings import MailSettings

TIMEOUT_SECONDS = 30
SCAN_CHUNK = 2000  # sizes and Dates: a few dozen bytes a letter
READ_CHUNK_BYTES = 16 * 1024 * 1024
READ_CHUNK_LETTERS = 250
_DATE_ITEM = b"BODY[HEADER.FIELDS (DATE)]"
_MESSAGE_ID_ITEM = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
IMAP_ERRORS = (OSError, IMAPClientError)

LOGIN_HINT = (
    "проверьте OMIS_IMAP_USER и OMIS_IMAP_PASSWORD (при двухфакторной защите нужен пароль "
    "приложения); Microsoft 365 и Gmail не принимают обычный пароль по IMAP: задайте "
    "OMIS_IMAP_OAUTH_TOKEN или подключите ящик через Graph (OMIS_MAIL_BACKEND=graph)"
)
UNREACHABLE_HINT = (
    "проверьте OMIS_IMAP_HOST и OMIS_IMAP_PORT (993 для SSL, 143 без него), OMIS_IMAP_SSL, "
    "и что порт открыт с этого сервера (межсетевой экран, прокси)"
)
TLS_HINT = (
    "сертификат сервера не прошёл проверку: укажите точное имя сервера из сертификата в "
    "OMIS_IMAP_HOST, установите корневой сертификат организации в систему или укажите его "
    "в OMIS_IMAP_CA_BUNDLE"
)
PLAIN_HINT = (
    "включите OMIS_IMAP_SSL=true (порт 993) или STARTTLS на сервере; только для сервера на "
    "этой же машине: OMIS_IMAP_ALLOW_PLAIN=true"
)


class ImapSource(MailSource):
    def __init__(self, settings: MailSettings) -> None:
        if not settings.imap_host or not settings.imap_user:
            raise ConfigError("OMIS_IMAP_HOST и OMIS_IMAP_USER: не заданы для источника imap")
        if not (settings.imap_password or settings.imap_oauth_token):
            raise ConfigError("OMIS_IMAP_PASSWORD или OMIS_IMAP_OAUTH_TOKEN: не задан")
        super().__init__(settings)
        self.settings = settings
        self.folder = settings.mail_folder
        self.name = f"imap:{settings.imap_user}@{settings.imap_host}/{self.folder}"
        self.port = settings.imap_port or (993 if settings.imap_ssl else 143)
        self.where = f"{settings.imap_host}:{self.port}"
        self.security = "SSL" if settings.imap_ssl else "STARTTLS"
        self._client: IMAPClient | None = None
        self._selected: dict[bytes, Any] = {}
        self._cursor: dict[str, Any] = {}
        self._timer: threading.Timer | None = None
        self._overtime: MailSourceError | None = None

    # --- connection -------------------------------------------------------------------

    def _tls_context(self) -> ssl.SSLContext:
        bundle = self.settings.imap_ca_bundle
        return ssl.create_default_context(cafile=str(bundle) if bundle else None)

    def _tls_failure(self, exc: ssl.SSLError) -> MailSourceError:
        """A TLS handshake that failed, on connecting (SSL) or on STARTTLS alike."""
        return MailSourceError(f"IMAP {self.where}: ошибка TLS: {exc}", TLS_HINT)

    def _unreachable(self, exc: Exception) -> MailSourceError:
        """The server did not answer, on connecting or while logging in alike."""
        return MailSourceError(
            f"почтовый ящик IMAP {self.where} недоступен: {exc}", UNREACHABLE_HINT
        )

    def _connect(self) -> IMAPClient:
        """Connect, secure, log in and open the folder; MailSourceError with a hint."""
        s = self.settings
        try:
            client = IMAPClient(
                s.imap_host or "", self.port, ssl=s.imap_ssl,
                ssl_context=self._tls_context(), timeout=TIMEOUT_SECONDS,
            )  # fmt: skip
        except ssl.SSLError as exc:
            raise self._tls_failure(exc) from exc
        except OSError as exc:
            raise self._unreachable(exc) from exc
        try:
            self._secure(client)
            self._login(client)
            self._selected = self._open(client)
        except BaseException:
            _logout_quietly(client)
            raise
        return client

    def _secure(self, client: IMAPClient) -> None:
        if self.settings.imap_ssl:
            return
        try:
            offered = client.has_capability("STARTTLS")
            if offered:
                client.starttls(self._tls_context())
                return
        except ssl.SSLError as exc:
            raise self._tls_failure(exc) from exc
        except IMAP_ERRORS as exc:
            raise MailSourceError(
                f"IMAP {self.where}: STARTTLS не удался: {exc}", TLS_HINT
            ) from exc
        self.security = "без шифрования (OMIS_IMAP_ALLOW_PLAIN)"
        if not self.settings.imap_allow_plain:
            raise MailSourceError(
                f"IMAP {self.where}: сервер не предлагает STARTTLS, а OMIS_IMAP_SSL=false: "
                "пароль ушёл бы открытым текстом, вход не выполнялся",
                PLAIN_HINT,
            )

    def _login(self, client: IMAPClient) -> None:
        s = self.settings
        user = s.imap_user or ""
        try:
            if s.imap_oauth_token:
                client.oauth2_login(user, s.imap_oauth_token.get_secret_value())
            else:
                assert s.imap_password is not None
                self._password_login(client, user, s.imap_password.get_secret_value())
        except LoginError as exc:
            raise MailSourceError(
                f"почтовый ящик IMAP {self.where}: {user}: вход отклонён: {_text(exc)}",
                LOGIN_HINT,
            ) from exc
        except IMAP_ERRORS as exc:
            raise self._unreachable(exc) from exc

    def _password_login(self, client: IMAPClient, user: str, password: str) -> None:
        """LOGIN carries only ASCII; a Cyrillic user name or password goes in UTF-8 by
        AUTHENTICATE PLAIN (RFC 4616), when the server offers it."""
        if user.isascii() and password.isascii():
            client.login(user, password)
        elif client.has_capability("AUTH=PLAIN"):
            client.plain_login(user, password)
        else:
            raise MailSourceError(
                f"почтовый ящик IMAP {self.where}: в OMIS_IMAP_USER или OMIS_IMAP_PASSWORD "
                "есть не латинские символы, а сервер не предлагает AUTHENTICATE PLAIN, "
                "которым их можно передать (команда LOGIN передаёт только латиницу): "
                "вход не выполнялся",
                "задайте для ящика пароль из латинских букв и цифр или включите на "
                "сервере механизм AUTH=PLAIN",
                problem="auth",
            )

    def _open(self, client: IMAPClient) -> dict[bytes, Any]:
        try:
            return dict(client.select_folder(self.folder, readonly=self.after_action == "none"))
        except IMAPClientError as exc:
            folders = ", ".join(_folder_names(client)) or "—"
            raise MailSourceError(
                f"{self.settings.imap_user} на {self.where}: вход выполнен, но папка "
                f"«{self.folder}» не открывается: {_text(exc)}",
                f"проверьте OMIS_MAIL_FOLDER; папки в ящике: {folders}",
            ) from exc
        except OSError as exc:
            raise MailSourceError(f"чтение почты IMAP прервано: {exc}", UNREACHABLE_HINT) from exc

    def _session(self) -> IMAPClient:
        if self._client is None:
            self._client = self._connect()
        if self._overtime is not None:  # the time ran out before (or while) connecting
            raise self._overtime
        return self._client

    def probe(self) -> str:
        """Connect, log in and open the folder, as a pass does, and find the folder
        processed letters are moved to (``move:<папка>``); a short description."""
        client = self._session()
        count = int(self._selected.get(b"EXISTS", 0))
        found = f"папка «{self.folder}»: писем {count}"
        if self.after_action.startswith("move:"):
            found += f"; обработанные — в «{self._move_target(client)}»"
        return (
            f"{self.settings.imap_user} на {self.where} ({self.security}): вход выполнен, {found}"
        )

    def _move_target(self, client: IMAPClient) -> str:
        """The move target as the user wrote it, or MailSourceError when the mailbox has no
        such folder: every processed letter would stay where it is, the pass failing on it."""
        target = self.after_action.removeprefix("move:")
        folders = _folder_names(client)
        if target not in folders:
            raise MailSourceError(
                f"{self.settings.imap_user} на {self.where}: папки для обработанных писем "
                f"«{target}» нет в ящике",
                "создайте эту папку в ящике или исправьте OMIS_MAIL_AFTER (move:<папка>); "
                f"папки в ящике: {', '.join(folders) or '—'}",
                problem="folder",
            )
        return target

    # --- the contract -----------------------------------------------------------------

    def scan(self, cursor: dict[str, Any], limit: int, known: KnownRefs) -> list[Envelope]:
        """The unread letters: every UID above the cursor's ``last_uid``, and every UID
        below it too when the set of UIDs there changed since the last pass (a server that
        renumbered without changing UIDVALIDITY, or a letter appended with a lower UID):
        the stored refs, not the cursor, say what was read, so no letter is skipped."""
        client = self._session()
        validity = int(self._selected.get(b"UIDVALIDITY", 0))
        same = cursor.get("uidvalidity") == validity
        last = int(cursor.get("last_uid", 0)) if same else 0
        try:
            uids = sorted(client.search("ALL"))
            below = bisect.bisect_right(uids, last)
            unchanged = same and cursor.get("below") == _digest(uids[:below])
            candidates = uids[below:] if unchanged else uids
            refs = {f"{validity}:{uid}": uid for uid in candidates}
            chosen: list[int] = []
            for ref in unknown(list(refs), known):
                if len(chosen) >= limit:
                    break
                chosen.append(refs[ref])
            # Up to where every letter is stored (or read in this pass): all of them,
            # unless the limit cut the pass short.
            reached = chosen[-1] if len(chosen) >= limit else (uids[-1] if uids else 0)
            covered = uids[: bisect.bisect_right(uids, reached)]
            self._cursor = {"uidvalidity": validity, "last_uid": reached, "below": _digest(covered)}
            return self._envelopes(client, validity, chosen)
        except IMAP_ERRORS as exc:
            raise self._failed(exc) from exc

    def _envelopes(self, client: IMAPClient, validity: int, uids: list[int]) -> list[Envelope]:
        found: list[Envelope] = []
        for start in range(0, len(uids), SCAN_CHUNK):
            chunk = uids[start : start + SCAN_CHUNK]
            answer = client.fetch(chunk, ["RFC822.SIZE", "BODY.PEEK[HEADER.FIELDS (DATE)]"])
            for uid in chunk:
                item = answer.get(uid, {})
                size = item.get(b"RFC822.SIZE")
                date = header_date(item.get(_DATE_ITEM) or b"")
                found.append(Envelope(f"{validity}:{uid}", int(size) if size else None, date))
        return found

    def read(self, envelopes: list[Envelope]) -> Iterator[RawLetter]:
        client = self._session()
        try:
            for chunk in _chunks(envelopes, READ_CHUNK_BYTES, READ_CHUNK_LETTERS):
                yield from self._read_chunk(client, chunk)
        except IMAP_ERRORS as exc:
            raise self._failed(exc) from exc

    def _read_chunk(self, client: IMAPClient, chunk: list[Envelope]) -> Iterator[RawLetter]:
        whole = [_uid(e.ref) for e in chunk if (e.size or 0) <= self.max_bytes]
        bodies = self._bodies(client, whole, "BODY.PEEK[]", b"BODY[]") if whole else {}
        for envelope in chunk:
            uid = _uid(envelope.ref)
            if (envelope.size or 0) > self.max_bytes:
                item = f"BODY.PEEK[]<0.{self.max_bytes}>"
                body = self._bodies(client, [uid], item, b"BODY[]<0>").get(uid)
                size = envelope.size
            else:
                body, size = self._whole(client, uid, bodies.pop(uid, None), envelope.size), None
            if isinstance(body, bytes) and len(body) > self.max_bytes:
                # The server announced less than it sent: the cap holds on what arrived.
                body, size = body[: self.max_bytes], len(body)
            if isinstance(body, bytes):
                yield RawLetter(envelope.ref, body, size)
            elif body is not None:  # listed, still there, but not delivered: quarantined
                yield RawLetter(envelope.ref, b"", error=body)

    def _whole(
        self, client: IMAPClient, uid: int, body: bytes | str | None, size: int | None
    ) -> bytes | str | None:
        """A body shorter than the RFC822.SIZE the server announced is asked once more.
        The same bytes twice are the letter: Exchange announces an estimate, larger than
        the letter, unless its EnableExactRFC822Size is on (it is off by default), so a
        short answer given the same way twice is its whole letter. A different answer
        means bytes are lost in transit: quarantined with why, not stored as complete."""
        if not isinstance(body, bytes) or size is None or len(body) >= size:
            return body
        again = self._bodies(client, [uid], "BODY.PEEK[]", b"BODY[]").get(uid)
        if not isinstance(again, bytes) or len(again) >= size or again == body:
            return again
        return (
            f"сервер IMAP выдал письмо UID {uid} не целиком: получено {len(again)} байт из "
            f"{size}, объявленных сервером (RFC822.SIZE), и повторный запрос вернул другое"
        )

    def _bodies(
        self, client: IMAPClient, uids: list[int], item: str, key: bytes
    ) -> dict[int, bytes | str]:
        """Each UID's body, or why the server did not deliver it (Russian). A batch the
        server refuses (a tagged NO, as Exchange answers for one corrupt item) is asked
        again letter by letter, so one bad letter never holds back the others; a letter
        gone meanwhile (expunged by another client) is left out."""
        try:
            answer = client.fetch(uids, [item])
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            if len(uids) == 1:
                return {uids[0]: f"сервер IMAP отказался выдать письмо UID {uids[0]}: {_text(exc)}"}
            found: dict[int, bytes | str] = {}
            for uid in uids:
                found.update(self._bodies(client, [uid], item, key))
            return found
        found = {}
        for uid in uids:
            body = answer.get(uid, {}).get(key)
            if body is not None:
                found[uid] = bytes(body)
            elif len(uids) > 1:  # the batch answer lacked it: ask for this letter alone
                found.update(self._bodies(client, [uid], item, key))
            elif client.search(["UID", str(uid)]):
                found[uid] = (
                    f"сервер IMAP не выдал текст письма UID {uid}: в ответе на FETCH нет "
                    "BODY[] или UID; письмо осталось в ящике"
                )
        return found

    def cursor_after(self) -> dict[str, Any]:
        return dict(self._cursor)

    def limit_time(self, seconds: float, error: MailSourceError) -> None:
        """The socket timeout bounds one silence, not a server sending a byte every few
        seconds: at the deadline the connection is cut, which ends the read under way."""
        self._timer = threading.Timer(seconds, self._expire, [error])
        self._timer.daemon = True
        self._timer.start()

    def _expire(self, error: MailSourceError) -> None:
        self._overtime = error
        client = self._client
        if client is not None:
            with contextlib.suppress(OSError):
                client.socket().shutdown(socket.SHUT_RDWR)

    def _failed(self, exc: Exception) -> MailSourceError:
        """Why reading stopped: the pass's time ran out, or the server failed."""
        return self._overtime or MailSourceError(f"чтение почты IMAP прервано: {_text(exc)}")

    def finish(self, ref: str) -> None:
        if self.after_action == "none":
            return
        client = self._session()
        validity, _, uid_text = ref.rpartition(":")
        if validity and int(validity) != int(self._selected.get(b"UIDVALIDITY", 0)):
            return  # the folder was renumbered: this UID now names another letter, or none
        uid = int(uid_text)
        try:
            if self.after_action == "mark-read":
                client.add_flags([uid], [b"\\Seen"])
            else:
                self._move(client, uid, self.after_action.removeprefix("move:"))
        except IMAP_ERRORS as exc:
            raise MailSourceError(
                f"IMAP: письмо {ref} не обработано ({self.after_action}): {_text(exc)}"
            ) from exc

    def _move(self, client: IMAPClient, uid: int, target: str) -> None:
        if client.has_capability("MOVE"):
            client.move([uid], target)
            return
        if not self._copied(client, uid, target):
            client.copy([uid], target)
        client.delete_messages([uid])
        if client.has_capability("UIDPLUS"):
            client.uid_expunge([uid])  # only this letter: other clients' \Deleted stay
        else:
            client.expunge()  # RFC 3501 has no other way to remove one letter

    def _copied(self, client: IMAPClient, uid: int, target: str) -> bool:
        """Whether ``target`` holds this letter already: an earlier pass copied it, then
        the server refused to delete it here, and the move is being retried. A copy keeps
        the Message-ID and the exact size, so both are looked for; a letter without a
        Message-ID cannot be told apart and is copied (a second copy beats a lost letter)."""
        item = client.fetch([uid], ["RFC822.SIZE", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        fields = item.get(uid, {})
        header = BytesHeaderParser().parsebytes(fields.get(_MESSAGE_ID_ITEM) or b"")
        message_id, size = str(header.get("Message-ID") or "").strip(), fields.get(b"RFC822.SIZE")
        if not (message_id and message_id.isascii() and message_id.isprintable() and size):
            return False
        client.select_folder(target, readonly=True)
        try:
            within = ["LARGER", int(size) - 1, "SMALLER", int(size) + 1]
            return bool(client.search(["HEADER", "Message-ID", message_id, *within]))
        finally:
            self._selected = self._open(client)

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        client, self._client = self._client, None
        if client is not None:
            _logout_quietly(client)


def _chunks(envelopes: list[Envelope], max_bytes: int, max_count: int) -> Iterator[list[Envelope]]:
    """Consecutive runs of envelopes whose sizes add up to at most ``max_bytes`` (a letter
    larger than that is a run of its own)."""
    run: list[Envelope] = []
    total = 0
    for envelope in envelopes:
        size = envelope.size or 0
        if run and (total + size > max_bytes or len(run) >= max_count):
            yield run
            run, total = [], 0
        run.append(envelope)
        total += size
    if run:
        yield run


def _digest(uids: list[int]) -> str:
    """A short fingerprint of a set of UIDs: a change below the cursor is noticed without
    keeping every UID in the cursor."""
    return hashlib.sha256(",".join(map(str, uids)).encode()).hexdigest()[:32]


def _uid(ref: str) -> int:
    return int(ref.rpartition(":")[2])


def _folder_names(client: IMAPClient) -> list[str]:
    try:
        return [str(name) for _flags, _delimiter, name in client.list_folders()]
    except IMAP_ERRORS:
        return []


def _text(exc: BaseException) -> str:
    """The server's answer, folder names in it shown as written (not modified UTF-7)."""
    value: Any = exc.args[0] if exc.args else exc
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return _UTF7_NAME.sub(_decoded, str(value))


# A modified UTF-7 run (RFC 3501 5.1.3): «&» base64 with «,» for «/», closed by «-».
_UTF7_NAME = re.compile(r"&[A-Za-z0-9+,]+-")


def _decoded(match: re.Match[str]) -> str:
    try:
        return str(imap_utf7.decode(match.group().encode("ascii")))
    except (ValueError, UnicodeError):
        return match.group()  # not a folder name after all: shown as the server sent it


def _logout_quietly(client: IMAPClient) -> None:
    # The pass (or the check) is over; a failed goodbye changes nothing.
    with contextlib.suppress(*IMAP_ERRORS):
        client.logout()
