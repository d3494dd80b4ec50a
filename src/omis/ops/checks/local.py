"""Checks of this host: the configuration, the database, the writable directories, the clock."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from omis.core import migrate
from omis.core.clock import now
from omis.core.db import Database
from omis.core.errors import ConfigError
from omis.core.settings import Settings
from omis.core.timefmt import local_time
from omis.ops.backup import is_known_revision, sqlite_file
from omis.ops.checks.base import CheckResult, fail, ok, warn
from omis.reminders.rules import policy_from_settings

MAX_CLOCK_SKEW = timedelta(seconds=60)
EARLIEST_PLAUSIBLE_YEAR = 2024


def shown_url(url: str) -> str:
    """A database URL fit to print: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


CONFIGURATION_HINT = (
    "исправьте значение в /etc/default/omis (Windows: файл окружения OMIS), в .env "
    "или в файле OMIS_CONFIG и повторите omis doctor"
)

UNKNOWN_HINT = (
    "исправьте имя (или удалите строку) в /etc/default/omis (Windows: файл окружения OMIS) "
    "или в .env и повторите omis doctor: настройка с неверным именем не действует"
)


def check_configuration(settings: Settings) -> CheckResult:
    """The settings as a whole; those only a job reads in full (the reminders' calendar and
    templates) through that job's own code, so both refuse a bad value with the same words."""
    name = "Настройки"
    core = settings.core
    try:
        policy_from_settings(settings.reminders, core.tz, escalation=False)
    except ConfigError as exc:
        return fail(name, str(exc), CONFIGURATION_HINT)
    if settings.unknown:
        return fail(name, "\n".join(settings.unknown), UNKNOWN_HINT)
    detail = (
        f"база: {shown_url(core.effective_database_url)}; данные: {core.data_dir}; "
        f"журналы: {core.log_dir}"
    )
    if settings.mail.mail_backend == "fake":
        return warn(
            name,
            detail + "; OMIS_MAIL_BACKEND=fake: читаются встроенные тестовые письма",
            "для работы с настоящим ящиком задайте OMIS_MAIL_BACKEND=graph, imap или ews",
        )
    return ok(name, detail)


def check_database(settings: Settings) -> CheckResult:
    """Reachable, and at the newest schema revision. Never creates or upgrades anything."""
    name = "База данных"
    url = settings.core.effective_database_url
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return warn(
            name,
            f"файл {path} ещё не создан",
            "выполните omis db upgrade (или любую команду OMIS): база будет создана",
        )
    database = Database(url)
    try:
        current = migrate.current_revision(database)
    except SQLAlchemyError as exc:
        return fail(name, f"{shown_url(url)}: {_first_line(exc)}", _unreachable_hint(path))
    finally:
        database.dispose()
    return _revision_result(name, database.dialect, current)


def _first_line(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]


def _unreachable_hint(path: Path | None) -> str:
    if path is not None:
        return (
            f"проверьте путь к базе (OMIS_DATABASE_URL или OMIS_DB_FILE) и права "
            f"пользователя omis на {path.parent}"
        )
    return (
        "проверьте, что PostgreSQL запущен, и адрес, порт, имя базы, пользователя и пароль "
        "в OMIS_DATABASE_URL; при отказе в доступе: pg_hba.conf и права роли"
    )


def _revision_result(name: str, dialect: str, current: str | None) -> CheckResult:
    head = migrate.head_revision()
    if current == head:
        return ok(name, f"{dialect}: схема {current} (последняя)")
    if current is None:
        return warn(name, f"{dialect}: база пуста", "выполните omis db upgrade")
    if not is_known_revision(current):
        return fail(
            name,
            f"{dialect}: ревизия схемы {current} неизвестна этой версии OMIS",
            "база обновлена более новой версией OMIS: установите её же (или новее)",
        )
    return warn(
        name,
        f"{dialect}: схема {current} отстаёт от последней ({head})",
        "сделайте резервную копию (omis db backup) и выполните omis db upgrade",
    )


def check_log_dir(settings: Settings) -> CheckResult:
    return _check_writable("Каталог журналов", settings.core.log_dir, "OMIS_LOG_DIR")


def check_data_dir(settings: Settings) -> CheckResult:
    return _check_writable("Каталог данных", settings.core.data_dir, "OMIS_DATA_DIR")


def _check_writable(name: str, directory: Path, variable: str) -> CheckResult:
    """Create the directory if needed and write (then delete) a probe file in it."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".omis-doctor-") as probe:
            probe.write(b"ok")
            probe.flush()
    except OSError as exc:
        return fail(
            name,
            f"{directory}: запись невозможна ({exc.strerror or exc})",
            f"создайте каталог и отдайте его пользователю, от имени которого работает OMIS: "
            f"sudo install -d -o omis -g omis {directory.resolve()} (или укажите другой в "
            f"{variable}); запускайте проверку от его имени: sudo -u omis omis doctor",
        )
    return ok(name, f"{directory.resolve()}: запись возможна")


def check_clock(settings: Settings) -> CheckResult:
    """The configured zone, a plausible clock, and agreement with PostgreSQL's clock."""
    name = "Часы и часовой пояс"
    core, moment = settings.core, now()
    detail = f"сейчас {local_time(moment, core.tz)} ({moment.strftime('%H:%M')} UTC)"
    if moment.year < EARLIEST_PLAUSIBLE_YEAR:
        return fail(name, detail + ": системные часы явно неверны", _ntp_hint())
    skew = _database_skew(core.effective_database_url)
    if skew is not None and abs(skew) > MAX_CLOCK_SKEW:
        seconds = int(skew.total_seconds())
        return fail(
            name, f"{detail}; часы сервера PostgreSQL расходятся на {seconds} с", _ntp_hint()
        )
    if not core.timezone:
        return warn(
            name,
            f"{detail}; OMIS_TIMEZONE не задан, взят часовой пояс системы",
            "задайте OMIS_TIMEZONE явно (например Europe/Moscow), чтобы время в письмах, "
            "напоминаниях и веб-интерфейсе не зависело от настроек сервера",
        )
    return ok(name, f"{detail}; часовой пояс {core.timezone}")


def _ntp_hint() -> str:
    return (
        "включите синхронизацию времени: Linux: timedatectl set-ntp true "
        "(или chrony); Windows: w32tm /resync"
    )


def _database_skew(url: str) -> timedelta | None:
    """PostgreSQL's clock minus ours; None on SQLite or when the server is unreachable."""
    if not url.startswith("postgresql"):
        return None
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            theirs = connection.execute(text("SELECT now()")).scalar_one()
        return theirs - now()  # type: ignore[no-any-return]
    except SQLAlchemyError:
        return None  # the database check reports it
    finally:
        database.dispose()
