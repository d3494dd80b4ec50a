"""Doctor check of the SMTP server used for e-mail alerts: connect, TLS, log in, and ask
the server whether it takes the sender and every recipient the notifier will use
(``MAIL FROM`` / ``RCPT TO``, then ``RSET``: nothing is sent)."""

from __future__ import annotations

import smtplib
import ssl
from email.utils import parseaddr

from omis.core.settings import SmtpSettings
from omis.ops.checks.base import CheckResult, fail, missing_settings, off, ok

NAME = "Почта для оповещений (SMTP)"
DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}


def check_smtp(settings: SmtpSettings) -> CheckResult:
    if not settings.host:
        return off(NAME, "OMIS_SMTP_HOST не задан: оповещения по почте не отправляются")
    missing = [
        var
        for var, value in (
            ("OMIS_SMTP_SENDER", settings.sender),
            ("OMIS_SMTP_RECIPIENTS", settings.recipients),
        )
        if not value
    ]
    if settings.user and not settings.password:
        missing.append("OMIS_SMTP_PASSWORD")
    if missing:
        return missing_settings(NAME, missing)
    port = settings.port or DEFAULT_PORTS[settings.security]
    where = f"{settings.host}:{port} ({settings.security})"
    try:
        refused = _session(settings, settings.host, port)
    except smtplib.SMTPSenderRefused as exc:
        return fail(
            NAME, f"{where}: отправитель {exc.sender} отклонён: {_reply(exc)}", _sender_hint()
        )
    except smtplib.SMTPAuthenticationError as exc:
        return fail(NAME, f"{where}: вход отклонён: {_reply(exc)}", _login_hint())
    except smtplib.SMTPNotSupportedError as exc:
        return fail(NAME, f"{where}: {exc}", _security_hint())
    except ssl.SSLError as exc:
        return fail(NAME, f"{where}: ошибка TLS: {exc}", _security_hint())
    except OSError as exc:  # smtplib.SMTPException is an OSError too
        return fail(
            NAME,
            f"{where} недоступен: {exc}",
            "проверьте OMIS_SMTP_HOST и OMIS_SMTP_PORT и что порт открыт с этого сервера",
        )
    if refused:
        listed = "; ".join(f"{address} ({reply})" for address, reply in refused.items())
        return fail(NAME, f"{where}: сервер не принимает адресатов: {listed}", _recipient_hint())
    who = f", вход {settings.user}" if settings.user else ", без входа"
    return ok(NAME, f"{where}: соединение{who}; получатели: {', '.join(recipients(settings))}")


def recipients(settings: SmtpSettings) -> list[str]:
    """Every address the notifier sends to (alerts, reminders, escalations), once each."""
    listed = [*settings.recipients, *settings.reminder_recipients, *settings.escalation_recipients]
    return list(dict.fromkeys(listed))


def _session(settings: SmtpSettings, host: str, port: int) -> dict[str, str]:
    """Log in as the notifier does; return the recipients the server refuses, with why."""
    context = ssl.create_default_context()
    timeout = settings.timeout_seconds
    client: smtplib.SMTP
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(host, port, timeout=timeout)
    with client:
        client.ehlo()
        if settings.security == "starttls":
            client.starttls(context=context)
            client.ehlo()
        if settings.user and settings.password:
            client.login(settings.user, settings.password.get_secret_value())
        return _ask_recipients(client, settings)


def _ask_recipients(client: smtplib.SMTP, settings: SmtpSettings) -> dict[str, str]:
    sender = parseaddr(settings.sender or "")[1]
    code, reply = client.mail(sender)
    if code >= 400:
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    refused = {}
    for address in recipients(settings):
        code, reply = client.rcpt(address)
        if code >= 400:
            refused[address] = f"{code} {reply.decode('utf-8', 'replace')}"
    client.rset()
    return refused


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = (
        exc.smtp_error.decode("utf-8", "replace")
        if isinstance(exc.smtp_error, bytes)
        else str(exc.smtp_error)
    )
    return f"{exc.smtp_code} {text}"


def _recipient_hint() -> str:
    return (
        "проверьте адреса в OMIS_SMTP_RECIPIENTS, OMIS_SMTP_REMINDER_RECIPIENTS и "
        "OMIS_SMTP_ESCALATION_RECIPIENTS (через запятую или JSON-список) и что сервер "
        "разрешает этому отправителю писать на них"
    )


def _sender_hint() -> str:
    return "проверьте OMIS_SMTP_SENDER: сервер должен разрешать отправку от этого адреса"


def _login_hint() -> str:
    return (
        "проверьте OMIS_SMTP_USER и OMIS_SMTP_PASSWORD; в Microsoft 365 для ящика должна быть "
        "включена проверка подлинности SMTP (SMTP AUTH), при двухфакторной защите нужен пароль приложения"
    )


def _security_hint() -> str:
    return (
        "согласуйте OMIS_SMTP_SECURITY с портом: starttls — порт 587, ssl — порт 465, "
        "none — без шифрования (только внутри доверенной сети)"
    )
