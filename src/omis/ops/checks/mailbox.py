"""Doctor check of the configured mailbox, whatever its backend."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

from omis.core.settings import MailSettings, Settings
from omis.ops.checks.base import CheckResult, fail, missing_settings, off, ok, warn
from omis.ops.checks.ews import check_ews
from omis.ops.checks.graph import check_graph
from omis.ops.checks.imap import check_imap

NAME = "Почтовый ящик"


def check_mailbox(settings: Settings) -> CheckResult:
    mail = settings.mail
    if mail.mail_backend is None:
        return off(NAME, "OMIS_MAIL_BACKEND не задан: письма подрядчиков не читаются")
    return BACKENDS[mail.mail_backend](mail)


def check_mailboxes(settings: Settings) -> list[CheckResult]:
    """One line per mailbox of OMIS_MAIL_SOURCES (named), else the single mailbox; and the
    replies to unreadable letters when they are switched on."""
    replies = [check_replies(settings)] if settings.mail.mail_reply_unreadable else []
    if not settings.mail.mail_sources:
        return [check_mailbox(settings), *replies]
    results = []
    for name, mail in settings.mail.sources():
        assert mail.mail_backend is not None  # required for every source by the settings
        result = BACKENDS[mail.mail_backend](mail)
        results.append(replace(result, name=result.name.replace(NAME, f"{NAME} «{name}»", 1)))
    return [*results, *replies]


def check_replies(settings: Settings) -> CheckResult:
    """Replies to unreadable letters go out through the SMTP server of the alerts."""
    name = "Ответы на нечитаемые письма"
    smtp = settings.smtp
    if settings.core.print_notifications:
        # The replies are printed, as every notification is: no server is needed (the job
        # says the same).
        return ok(name, "ответы печатаются (OMIS_PRINT_NOTIFICATIONS), не отправляются")
    if not (smtp.host and smtp.sender):
        return missing_settings(name, [v for v, ok in (("OMIS_SMTP_HOST", smtp.host),
                                                       ("OMIS_SMTP_SENDER", smtp.sender)) if not ok])  # fmt: skip
    period = settings.mail.mail_reply_period_minutes
    return ok(
        name, f"ответы от {smtp.sender} через {smtp.host}, не чаще раза в {period} мин на адрес"
    )


def check_fake(mail: MailSettings) -> CheckResult:
    return warn(
        NAME,
        "OMIS_MAIL_BACKEND=fake: встроенные тестовые письма, настоящий ящик не читается",
        "для работы задайте OMIS_MAIL_BACKEND=graph, imap или ews (см. docs/ru/03-mailbox.md)",
    )


def check_directory(mail: MailSettings) -> CheckResult:
    name = f"{NAME} (каталог)"
    if mail.mail_dir is None:
        return missing_settings(name, ["OMIS_MAIL_DIR"])
    if not mail.mail_dir.is_dir() or not os.access(mail.mail_dir, os.R_OK | os.X_OK):
        return fail(
            name,
            f"{mail.mail_dir}: каталог не существует или недоступен для чтения",
            "создайте каталог с письмами (.eml) или исправьте OMIS_MAIL_DIR",
        )
    count = sum(1 for _ in mail.mail_dir.glob("*.eml"))
    return ok(name, f"{mail.mail_dir}: писем .eml: {count}")


BACKENDS: dict[str, Callable[[MailSettings], CheckResult]] = {
    "imap": check_imap,
    "graph": check_graph,
    "ews": check_ews,
    "dir": check_directory,
    "fake": check_fake,
}
