"""Doctor check of the SMTP server used for e-mail alerts: connect, TLS, log in."""

from __future__ import annotations

import smtplib
import ssl

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
        _session(settings, settings.host, port)
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
    who = f", вход {settings.user}" if settings.user else ", без входа"
    return ok(NAME, f"{where}: соединение{who}; получатели: {', '.join(settings.recipients)}")


def _session(settings: SmtpSettings, host: str, port: int) -> None:
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
        client.noop()


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = (
        exc.smtp_error.decode("utf-8", "replace")
        if isinstance(exc.smtp_error, bytes)
        else str(exc.smtp_error)
    )
    return f"{exc.smtp_code} {text}"


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
