"""E-mail through SMTP (STARTTLS, implicit TLS or plain), with certificate checks on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar, Literal, Self, TypeVar

from omis.adapters.channels.base import Channel, ChannelError, Problem

if TYPE_CHECKING:
    import smtplib
    from email.message import EmailMessage

    from omis.core.settings import SmtpSettings

# smtplib, ssl and email are imported where a letter is built or sent: a run that sends no
# mail does not load them.

DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}

Security = Literal["starttls", "ssl", "none"]
T = TypeVar("T")


class SmtpChannel(Channel):
    kind = "email"
    label = "почта (SMTP)"
    fix_hints: ClassVar[dict[Problem, str]] = {
        "auth": "проверьте OMIS_SMTP_USER и OMIS_SMTP_PASSWORD",
    }

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
        self._port = port or DEFAULT_PORTS[security]
        self._sender = sender
        self._recipients = recipients
        self._subject = subject
        self._security = security
        self._login = (user, password) if user and password else None
        self._timeout = timeout

    @classmethod
    def from_settings(cls, smtp: SmtpSettings, recipients: list[str], subject: str) -> Self:
        """The configured server (``OMIS_SMTP_*``) writing to ``recipients``; the caller
        has checked that a host and a sender are set."""
        assert smtp.host is not None
        assert smtp.sender is not None
        password = smtp.password.get_secret_value() if smtp.password else None
        return cls(
            host=smtp.host, port=smtp.port, sender=smtp.sender, recipients=recipients,
            subject=subject, security=smtp.security, user=smtp.user, password=password,
            timeout=smtp.timeout_seconds,
        )  # fmt: skip

    def send(self, text: str) -> None:
        """Send one letter to every recipient; any refused recipient fails the send."""
        message = self._message(text)
        with self._session() as client:
            refused = self._guarded(lambda: client.send_message(message))
        if refused:
            # The others got the letter: a retry would send it to them again, whatever the
            # code (4xx or 5xx) the refused ones had.
            raise ChannelError(
                f"SMTP: адресаты отклонены: {', '.join(refused)}", True, problem="target"
            )

    def probe(self) -> str:
        """Connect, secure and log in exactly as :meth:`send` does, then ask the server
        whether it takes the sender and every recipient (``MAIL FROM`` / ``RCPT TO``, then
        ``RSET``): nothing is sent."""
        with self._session() as client:
            refused = self._guarded(lambda: self._ask(client))
        if refused:
            listed = "; ".join(f"{address} ({reply})" for address, reply in refused.items())
            message = f"SMTP {self._where}: сервер не принимает адресатов: {listed}"
            raise ChannelError(message, True, problem="target")
        who = f"вход {self._login[0]}" if self._login else "без входа"
        return f"{self._where}: соединение, {who}; получатели: {', '.join(self._recipients)}"

    def _ask(self, client: smtplib.SMTP) -> dict[str, str]:
        """The recipients the server refuses, with its reply; raises if it refuses the
        sender."""
        import smtplib
        from email.utils import parseaddr

        sender = parseaddr(self._sender)[1]
        client.ehlo_or_helo_if_needed()
        code, reply = client.mail(sender)
        if code >= 400:
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        refused = {}
        for address in self._recipients:
            code, reply = client.rcpt(address)
            if code >= 400:
                refused[address] = f"{code} {reply.decode('utf-8', 'replace')}"
        client.rset()
        return refused

    @property
    def _where(self) -> str:
        return f"{self._host}:{self._port} ({self._security})"

    @contextmanager
    def _session(self) -> Iterator[smtplib.SMTP]:
        """A connected, secured, logged-in client; every failure as a ChannelError."""
        import smtplib

        client = self._guarded(self._connect)
        try:
            if self._login:
                user, password = self._login
                self._guarded(lambda: client.login(user, password))
            yield client
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()

    def _guarded(self, action: Callable[[], T]) -> T:
        import smtplib
        import ssl

        try:
            return action()
        except smtplib.SMTPException as exc:
            raise _classify(exc) from None
        except ssl.SSLError as exc:
            message = f"SMTP {self._where}: ошибка TLS: {exc}"
            raise ChannelError(message, False, problem="tls") from None
        except OSError as exc:
            message = f"SMTP-сервер {self._where} недоступен: {exc}"
            raise ChannelError(message, False, problem="network") from None

    def _message(self, text: str) -> EmailMessage:
        from email.message import EmailMessage

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
        import smtplib
        import ssl

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


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    shown = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{exc.smtp_code} {shown}"


def _permanent(code: object) -> bool:
    """RFC 5321: a 5xx reply is final; a 4xx one (451 «try again later», 421, 450 a busy
    mailbox, 454 a temporary login failure) means the same letter may pass later."""
    return not (isinstance(code, int) and 400 <= code < 500)


def _classify(exc: smtplib.SMTPException) -> ChannelError:
    import smtplib

    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        # Every recipient was refused (none got the letter): retry unless all are final.
        listed = ", ".join(f"{address} ({code})" for address, (code, _) in exc.recipients.items())
        final = all(_permanent(code) for code, _ in exc.recipients.values())
        return ChannelError(f"SMTP: адресаты отклонены: {listed}", final, problem="target")
    if isinstance(exc, smtplib.SMTPSenderRefused):
        message = f"SMTP: отправитель {exc.sender} отклонён: {_reply(exc)}"
        return ChannelError(message, _permanent(exc.smtp_code), problem="sender")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        message = f"SMTP: вход отклонён: {_reply(exc)}"
        return ChannelError(message, _permanent(exc.smtp_code), problem="auth")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return ChannelError(f"SMTP: {exc}", True, problem="tls")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return ChannelError("SMTP: сервер разорвал соединение", False, problem="network")
    code = getattr(exc, "smtp_code", None)
    detail = getattr(exc, "smtp_error", b"")
    text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(exc)
    permanent = isinstance(code, int) and 500 <= code < 600
    return ChannelError(f"SMTP: ошибка {code or ''} {text}".strip(), permanent)
