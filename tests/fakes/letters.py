"""Building test letters: a real MIME message with the fields a test cares about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

T0 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def letter(
    subject: str,
    body: str,
    *,
    minute: int = 0,
    message_id: str | None = "auto",
    sender: str = "disp@podryad.ru",
    headers: dict[str, str] | None = None,
    subtype: str = "plain",
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "omis@example.ru"
    message["Subject"] = subject
    message["Date"] = format_datetime(T0 + timedelta(minutes=minute))
    if message_id == "auto":
        message_id = f"<{abs(hash((subject, body, minute)))}@podryad.ru>"
    if message_id:
        message["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body, subtype=subtype)
    return bytes(message)
