"""Doctor check of an IMAP mailbox: connect, log in (password or OAuth2), open the folder."""

from __future__ import annotations

import base64
import contextlib
import imaplib
import re
import ssl

from omis.core.settings import MailSettings
from omis.ops.checks.base import CheckResult, fail, missing_settings, ok

NAME = "Почтовый ящик (IMAP)"
TIMEOUT_SECONDS = 15.0

LOGIN_HINT = (
    "проверьте OMIS_IMAP_USER и OMIS_IMAP_PASSWORD (при двухфакторной защите нужен пароль "
    "приложения); Microsoft 365 и Gmail не принимают обычный пароль по IMAP: задайте "
    "OMIS_IMAP_OAUTH_TOKEN или подключите ящик через Graph (OMIS_MAIL_BACKEND=graph)"
)


def check_imap(mail: MailSettings) -> CheckResult:
    missing = _missing(mail)
    if missing:
        return missing_settings(NAME, missing)
    host, port = str(mail.imap_host), _port(mail)
    try:
        client = _connect(mail, host, port)
    except ssl.SSLError as exc:
        return fail(NAME, f"{host}:{port}: ошибка TLS: {exc}", _tls_hint())
    except (OSError, imaplib.IMAP4.error) as exc:
        return fail(NAME, f"{host}:{port} недоступен: {exc}", _unreachable_hint())
    try:
        return _login_and_open(client, mail, f"{host}:{port}")
    finally:
        _close_quietly(client)


def _missing(mail: MailSettings) -> list[str]:
    missing = [
        var
        for var, value in (("OMIS_IMAP_HOST", mail.imap_host), ("OMIS_IMAP_USER", mail.imap_user))
        if not value
    ]
    if not (mail.imap_password or mail.imap_oauth_token):
        missing.append("OMIS_IMAP_PASSWORD (или OMIS_IMAP_OAUTH_TOKEN)")
    return missing


def _port(mail: MailSettings) -> int:
    return mail.imap_port or (993 if mail.imap_ssl else 143)


def _connect(mail: MailSettings, host: str, port: int) -> imaplib.IMAP4:
    context = ssl.create_default_context()
    if mail.imap_ssl:
        return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=TIMEOUT_SECONDS)
    client = imaplib.IMAP4(host, port, timeout=TIMEOUT_SECONDS)
    if "STARTTLS" in client.capabilities:
        client.starttls(ssl_context=context)
    return client


def _login_and_open(client: imaplib.IMAP4, mail: MailSettings, where: str) -> CheckResult:
    user = str(mail.imap_user)
    try:
        _login(client, mail, user)
    except imaplib.IMAP4.error as exc:
        return fail(NAME, f"{user} на {where}: вход отклонён: {_text(exc)}", LOGIN_HINT)
    folder = mail.mail_folder
    status, data = client.select(quote_mailbox(encode_modified_utf7(folder)), readonly=True)
    if status != "OK":
        return fail(
            NAME,
            f"{user} на {where}: вход выполнен, но папка «{folder}» не открывается: {_text(data)}",
            f"проверьте OMIS_MAIL_FOLDER; папки в ящике: {', '.join(list_folders(client)) or '—'}",
        )
    return ok(NAME, f"{user} на {where}: вход выполнен, папка «{folder}»: писем {_text(data)}")


def _login(client: imaplib.IMAP4, mail: MailSettings, user: str) -> None:
    if mail.imap_oauth_token:
        token = mail.imap_oauth_token.get_secret_value()
        payload = f"user={user}\x01auth=Bearer {token}\x01\x01".encode()
        client.authenticate("XOAUTH2", lambda _challenge: payload)
    else:
        assert mail.imap_password is not None  # guaranteed by _missing
        client.login(user, mail.imap_password.get_secret_value())


def list_folders(client: imaplib.IMAP4) -> list[str]:
    """Folder names on the server, decoded for people; empty when the server refuses."""
    try:
        status, lines = client.list()
    except imaplib.IMAP4.error:
        return []
    if status != "OK":
        return []
    names = []
    for line in lines:
        if isinstance(line, bytes):
            match = re.search(rb'(?:"((?:[^"\\]|\\.)*)"|(\S+))\s*$', line)
            if match:
                raw = (match.group(1) or match.group(2)).decode("ascii", "replace")
                names.append(decode_modified_utf7(raw.replace('\\"', '"')))
    return names


def _text(value: object) -> str:
    """IMAP answers arrive as bytes, lists of bytes or exceptions: one readable line."""
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, imaplib.IMAP4.error) and value.args:
        return _text(value.args[0])
    return str(value)


def _close_quietly(client: imaplib.IMAP4) -> None:
    with contextlib.suppress(OSError, imaplib.IMAP4.error):  # the check has its answer
        client.logout()


def _unreachable_hint() -> str:
    return (
        "проверьте OMIS_IMAP_HOST и OMIS_IMAP_PORT (993 для SSL, 143 без него), OMIS_IMAP_SSL, "
        "и что порт открыт с этого сервера (межсетевой экран, прокси)"
    )


def _tls_hint() -> str:
    return (
        "сертификат сервера не прошёл проверку: укажите точное имя сервера из сертификата в "
        "OMIS_IMAP_HOST или установите корневой сертификат организации в систему"
    )


def quote_mailbox(name: str) -> str:
    """An IMAP quoted string (imaplib sends arguments as they are)."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def encode_modified_utf7(name: str) -> str:
    """RFC 3501 mailbox name encoding: «Входящие/OMIS» → ``&BBIERQQ+BDQETwRJBDgENQ-/OMIS``."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            out.append("&" + raw.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def decode_modified_utf7(name: str) -> str:
    def decode(match: re.Match[str]) -> str:
        body = match.group(1)
        if not body:
            return "&"
        padded = body.replace(",", "/") + "=" * (-len(body) % 4)
        return base64.b64decode(padded).decode("utf-16-be", "replace")

    return re.sub(r"&([^-]*)-", decode, name)
