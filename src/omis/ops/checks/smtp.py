"""Doctor check of the SMTP server used for e-mail: the channels the jobs send through,
probed (connect, TLS, log in, and whether the server takes the sender and every recipient
of alerts, reminders and escalations; nothing is sent); this module only turns their
errors into hints."""

from __future__ import annotations

from omis.adapters.channels import CHANNEL_BUILDERS, Purpose
from omis.core.settings import Settings
from omis.ops.checks.base import CheckResult, missing_settings, off, probe_channels

NAME = "Почта для оповещений (SMTP)"

LOGIN_HINT = (
    "проверьте OMIS_SMTP_USER и OMIS_SMTP_PASSWORD; в Microsoft 365 для ящика должна быть "
    "включена проверка подлинности SMTP (SMTP AUTH), при двухфакторной защите нужен пароль приложения"
)
SECURITY_HINT = (
    "согласуйте OMIS_SMTP_SECURITY с портом: starttls — порт 587, ssl — порт 465, "
    "none — без шифрования (только внутри доверенной сети)"
)
NETWORK_HINT = "проверьте OMIS_SMTP_HOST и OMIS_SMTP_PORT и что порт открыт с этого сервера"
HINTS = {
    "auth": LOGIN_HINT,
    "tls": SECURITY_HINT,
    "target": (
        "проверьте адреса в OMIS_SMTP_RECIPIENTS, OMIS_SMTP_REMINDER_RECIPIENTS и "
        "OMIS_SMTP_ESCALATION_RECIPIENTS (через запятую или JSON-список) и что сервер "
        "разрешает этому отправителю писать на них"
    ),
    "sender": "проверьте OMIS_SMTP_SENDER: сервер должен разрешать отправку от этого адреса",
    "network": NETWORK_HINT,
    "server": NETWORK_HINT,
}


def check_smtp(settings: Settings) -> CheckResult:
    config = settings.smtp
    if not config.host:
        return off(NAME, "OMIS_SMTP_HOST не задан: оповещения по почте не отправляются")
    missing = [
        var
        for var, value in (
            ("OMIS_SMTP_SENDER", config.sender),
            ("OMIS_SMTP_RECIPIENTS", config.recipients),
        )
        if not value
    ]
    if config.user and not config.password:
        missing.append("OMIS_SMTP_PASSWORD")
    if missing:
        return missing_settings(NAME, missing)
    # One server and login for every purpose, but each purpose has its own recipients.
    build = CHANNEL_BUILDERS["email"]
    channels = [channel for purpose in PURPOSES for channel in build(settings, purpose)]
    unique = list({channel.target: channel for channel in channels}.values())
    return probe_channels(NAME, unique, HINTS)


PURPOSES: tuple[Purpose, ...] = ("alert", "reminder", "escalation")
