"""``omis doctor``: check the configuration and every configured outside system.

Each check is a function of the settings returning a :class:`CheckResult`; the registry
:data:`CHECKS` fixes their order. A check that raises is reported as a failure of that
check, never as a crash of the doctor. Unconfigured systems are ``off``, not failures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from omis.core.settings import Settings
from omis.ops.checks.base import CheckResult, State, fail
from omis.ops.checks.delo import check_delo
from omis.ops.checks.local import (
    CONFIGURATION_HINT,
    check_clock,
    check_configuration,
    check_data_dir,
    check_database,
    check_log_dir,
)
from omis.ops.checks.mailbox import check_mailboxes
from omis.ops.checks.smtp import check_smtp
from omis.ops.checks.telegram import check_telegram

log = logging.getLogger(__name__)

Check = Callable[[Settings], CheckResult | list[CheckResult]]

CHECKS: list[tuple[str, Check]] = [
    ("Настройки", check_configuration),
    ("База данных", check_database),
    ("Каталог журналов", check_log_dir),
    ("Каталог данных", check_data_dir),
    ("Часы и часовой пояс", check_clock),
    ("Почтовый ящик", check_mailboxes),  # one line per mailbox, and the replies when on
    ("Telegram", check_telegram),
    ("Почта для оповещений (SMTP)", check_smtp),
    ("СЭД «Дело»", lambda settings: check_delo(settings.delo)),
]


def run_doctor(
    settings: Settings, checks: list[tuple[str, Check]] | None = None
) -> list[CheckResult]:
    """Run every check in order; return one result per check."""
    return [
        result for name, check in (checks or CHECKS) for result in _guarded(name, check, settings)
    ]


def _guarded(name: str, check: Check, settings: Settings) -> list[CheckResult]:
    try:
        found = check(settings)
        return found if isinstance(found, list) else [found]
    except Exception as exc:  # a bug or an unforeseen answer: report it, check the rest
        log.exception("проверка «%s» (omis doctor) прервана внутренней ошибкой", name)
        return [
            fail(
                name,
                f"проверка не выполнена: {type(exc).__name__}: {exc}",
                "подробности в журнале (error.log); сообщите разработчикам",
            )
        ]


def configuration_failure(error: Exception) -> CheckResult:
    """The single result shown when the settings cannot even be loaded."""
    return fail("Настройки", str(error), CONFIGURATION_HINT)


def failed(results: list[CheckResult]) -> bool:
    return any(result.state is State.FAIL for result in results)
