"""Error types shared by every part of OMIS, and the exit codes they map to."""

from __future__ import annotations

import errno
import os
import stat
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


class StoreBusyError(StoreError):
    """Another process holds the database longer than the busy timeout: retry later."""


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


# An operating-system error about a path the operator named (``-o``, OMIS_DATA_DIR...):
# a wrong path or missing rights, to be fixed by the caller, not a bug.
PATH_PROBLEMS: dict[int, str] = {
    errno.ENOENT: "нет такого файла или каталога",
    errno.ENOTDIR: "часть пути — не каталог",
    errno.EISDIR: "это каталог, а нужен файл",
    errno.EACCES: "нет прав доступа",
    errno.EPERM: "нет прав доступа",
    errno.EROFS: "файловая система только для чтения",
    errno.ENAMETOOLONG: "слишком длинное имя",
}


def path_problem(exc: OSError) -> str | None:
    """«/x/report.xlsx: нет такого файла или каталога», or None when ``exc`` is not about a
    path (a full disk, a network error)."""
    problem = PATH_PROBLEMS.get(exc.errno or 0)
    if problem is None or exc.filename is None:
        return None
    return f"{exc.filename}: {problem}"


def not_regular_file(path: str | os.PathLike[str]) -> str | None:
    """«/x/omis.toml: это не обычный файл (именованный канал)» for a path the operator gave
    to be read that is a named pipe, a device or a socket; None for a regular file, a
    folder or a missing path (those have messages of their own). Checked before opening:
    a named pipe holds the command until something writes into it, and a device such as
    /dev/zero is read without end."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = (
        "именованный канал"
        if stat.S_ISFIFO(mode)
        else "сокет"
        if stat.S_ISSOCK(mode)
        else "устройство"
    )
    return f"{path}: это не обычный файл ({kind})"
