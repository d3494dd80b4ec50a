"""Error types shared by every part of OMIS, and the exit codes they map to."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 75  # EX_TEMPFAIL: another instance holds the job's lock

# The one table of exit codes: ``omis --help`` prints it and the README repeats it.
EXIT_CODES: dict[int, str] = {
    EXIT_OK: "успешно",
    EXIT_FAILED: "задание не выполнено или часть записей не обработана (будут повторены)",
    EXIT_USAGE: "ошибка в вызове или в настройках; не найдено то, что указано (заявка, письмо, пользователь); порт занят",
    EXIT_LOCKED: "задание уже выполняется другим процессом",
}


class OmisError(Exception):
    """An error with a message fit to show an operator (Russian), and an exit code."""

    exit_code = EXIT_FAILED


class ConfigError(OmisError):
    """A configuration value or file is wrong; the job cannot start."""

    exit_code = EXIT_USAGE


class UsageError(OmisError):
    """A command was called with arguments that cannot work."""

    exit_code = EXIT_USAGE


class JobLockedError(OmisError):
    """Another instance of the same job is running."""

    exit_code = EXIT_LOCKED


class StoreError(OmisError):
    """The database is unreachable, locked, or refused a write."""

    exit_code = EXIT_FAILED


class NotFoundError(OmisError):
    """A request, position, letter or user named by the caller does not exist: the caller
    asked for the wrong thing, so it is a usage error, not a failed job."""

    exit_code = EXIT_USAGE


def must_exist(found: T | None, missing: str) -> T:
    """``found``, or NotFoundError saying ``missing``: the caller named a record (by
    number, name or id) that the store does not hold."""
    if found is None:
        raise NotFoundError(missing)
    return found
