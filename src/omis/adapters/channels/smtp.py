"""E-mail through SMTP (STARTTLS, implicit TLS or plain), with certificate checks on."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from typing import Literal

from omis.adapters.channels.base import Channel, ChannelError

Security = Literal["starttls", "ssl", "none"]


class SmtpChannel(Channel):
    kind = "email"

    def __init__(
        self,
        *,
        host: str,
        port: int | None,
        sender: str,
        recipients: list[str],
        subject: str,
        security: Security = "starttls",
        user: str | None = None,
        password: str | None = None,
        timeout: float = 15.0,
    ) -> None:
        super().__init__(",".join(recipients))
        self._host = host
        self._port = port or {"ssl": 465, "starttls": 587, "none": 25}[security]
        self._sender = sender
        self._recipients = recipients
        self._subject = subject
        self._security = security
        self._login = (user, password) if user and password else None
        self._timeout = timeout

    def send(self, text: str) -> None:
        """Send one letter to every recipient; any refused recipient fails the send."""
        message = self._message(text)
        try:
            with self._connect() as client:
                if self._login:
                    client.login(*self._login)
                refused = client.send_message(message)
        except smtplib.SMTPException as exc:
            raise _classify(exc) from None
        except (OSError, ssl.SSLError) as exc:
            raise ChannelError(f"SMTP-сервер {self._host} недоступен: {exc}", False) from None
        if refused:
            raise ChannelError(f"SMTP: адресаты отклонены: {', '.join(refused)}", True)

    def _message(self, text: str) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = self._subject
        message["From"] = self._sender
        message["To"] = ", ".join(self._recipients)
        # RFC 3834: automatic mail. Auto-responders stay quiet, and a reminder that comes
        # back into the contractors' mailbox is recorded and ignored, never applied.
        message["Auto-Submitted"] = "auto-generated"
        message.set_content(text)
        return message

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self._security == "ssl":
            return smtplib.SMTP_SSL(self._host, self._port, timeout=self._timeout, context=context)
        client = smtplib.SMTP(self._host, self._port, timeout=self._timeout)
        if self._security == "starttls":
            try:
                client.starttls(context=context)
            except BaseException:
                client.close()
                raise
        return client


def _classify(exc: smtplib.SMTPException) -> ChannelError:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return ChannelError(f"SMTP: адресаты отклонены: {', '.join(exc.recipients)}", True)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return ChannelError("SMTP: неверный логин или пароль", True)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return ChannelError("SMTP: сервер разорвал соединение", False)
    code = getattr(exc, "smtp_code", None)
    detail = getattr(exc, "smtp_error", b"")
    text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(exc)
    permanent = isinstance(code, int) and 500 <= code < 600
    return ChannelError(f"SMTP: ошибка {code or ''} {text}".strip(), permanent)
