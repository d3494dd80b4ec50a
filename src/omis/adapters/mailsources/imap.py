"""Any IMAP server through IMAPClient, read incrementally by UIDVALIDITY and the last UID.

IMAPClient encodes folder names (``Входящие``, ``move:Обработано``) in modified UTF-7 and
speaks STARTTLS and XOAUTH2. Without ``OMIS_IMAP_SSL`` the connection must be upgraded
with STARTTLS before the password is sent; only ``OMIS_IMAP_ALLOW_PLAIN=true`` lets a
server without it be used in clear text (a test server on the same host). The doctor
calls :meth:`ImapSource.probe`, so it checks exactly what a mail pass does.

Letters are listed with their size and Date only, then fetched in chunks of bounded size,
so a pass of large letters holds one chunk in memory; letters over the size cap are read
partially (``BODY.PEEK[]<0.N>``). A letter's ref is ``UIDVALIDITY:UID``: a UID means
nothing once the server renumbers the folder.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator
from typing import Any

from imapclient import IMAPClient
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
        return self._client

    def probe(self) -> str:
        """Connect, log in and open the folder, as a pass does; a short description."""
        self._session()
        count = int(self._selected.get(b"EXISTS", 0))
        return (
            f"{self.settings.imap_user} на {self.where} ({self.security}): вход выполнен, "
            f"папка «{self.folder}»: писем {count}"
        )

    # --- the contract -----------------------------------------------------------------

    def scan(self, cursor: dict[str, Any], limit: int, known: KnownRefs) -> list[Envelope]:
        client = self._session()
        validity = int(self._selected.get(b"UIDVALIDITY", 0))
        last = int(cursor.get("last_uid", 0)) if cursor.get("uidvalidity") == validity else 0
        try:
            # "n:*" always includes the newest message, even when its UID is below n.
            uids = sorted(uid for uid in client.search(["UID", f"{last + 1}:*"]) if uid > last)
            refs = {f"{validity}:{uid}": uid for uid in uids}
            chosen: list[int] = []
            for ref in unknown(list(refs), known):
                if len(chosen) >= limit:
                    break
                chosen.append(refs[ref])
            # Up to where this pass looked: all new UIDs, unless the limit cut it short.
            reached = chosen[-1] if len(chosen) >= limit else (uids[-1] if uids else last)
            self._cursor = {"uidvalidity": validity, "last_uid": max(last, reached)}
            return self._envelopes(client, validity, chosen)
        except IMAP_ERRORS as exc:
            raise MailSourceError(f"чтение почты IMAP прервано: {exc}") from exc

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
            raise MailSourceError(f"чтение почты IMAP прервано: {exc}") from exc

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
                body, size = bodies.pop(uid, None), None
            if isinstance(body, bytes):
                yield RawLetter(envelope.ref, body, size)
            elif body is not None:  # listed, still there, but not delivered: quarantined
                yield RawLetter(envelope.ref, b"", error=body)

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
                f"IMAP: письмо {ref} не обработано ({self.after_action}): {exc}"
            ) from exc

    def _move(self, client: IMAPClient, uid: int, target: str) -> None:
        if client.has_capability("MOVE"):
            client.move([uid], target)
            return
        client.copy([uid], target)
        client.delete_messages([uid])
        client.expunge()

    def close(self) -> None:
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


def _uid(ref: str) -> int:
    return int(ref.rpartition(":")[2])


def _folder_names(client: IMAPClient) -> list[str]:
    try:
        return [str(name) for _flags, _delimiter, name in client.list_folders()]
    except IMAP_ERRORS:
        return []


def _text(exc: BaseException) -> str:
    value: Any = exc.args[0] if exc.args else exc
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _logout_quietly(client: IMAPClient) -> None:
    # The pass (or the check) is over; a failed goodbye changes nothing.
    with contextlib.suppress(*IMAP_ERRORS):
        client.logout()
