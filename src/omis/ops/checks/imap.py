"""Doctor check of an IMAP mailbox: the mail source's own :meth:`ImapSource.probe`
(connect, STARTTLS, log in with a password or OAuth2, open the folder), so the doctor
reports exactly what a mail pass would meet."""

from __future__ import annotations

import base64
import re

from omis.adapters.mailsources.base import unset
from omis.adapters.mailsources.imap import ImapSource
from omis.core.settings import MailSettings
from omis.ops.checks.base import CheckResult, missing_settings, probe_mailbox

NAME = "Почтовый ящик (IMAP)"


def check_imap(mail: MailSettings) -> CheckResult:
    missing = _missing(mail)
    if missing:
        return missing_settings(NAME, missing)
    return probe_mailbox(NAME, ImapSource(mail), lambda exc: exc.hint)


def _missing(mail: MailSettings) -> list[str]:
    missing = unset((("OMIS_IMAP_HOST", mail.imap_host), ("OMIS_IMAP_USER", mail.imap_user)))
    if not (mail.imap_password or mail.imap_oauth_token):
        missing.append("OMIS_IMAP_PASSWORD (или OMIS_IMAP_OAUTH_TOKEN)")
    return missing


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
