"""Logging: stderr for journald, a daily file and an errors-only file, pruned by age.

Files: ``<log_dir>/log_<YYYY-MM-DD>.log`` (everything at the chosen level) and
``<log_dir>/error.log`` (errors only), as the POS seed promised. A long-running process
(the web server) moves to the new day's file with the first record of each day, and
prunes then; pruning skips what it cannot delete (on Windows a file another process has
open) and never fails a command.
"""

from __future__ import annotations

import logging
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from omis.core.clock import now
from omis.core.redact import redact

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_DAILY = re.compile(r"^log_(\d{4})-(\d{2})-(\d{2})\.log$")


def configure_logging(level: str, log_dir: Path | None, keep_days: int = 30) -> list[str]:
    """Install the handlers on the root logger; return warnings about the log directory."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    stderr = logging.StreamHandler(sys.stderr)
    # journald adds its own timestamp; keep the stderr line short.
    stderr.setFormatter(_ConsoleFormatter())
    stderr.addFilter(_ConsoleFilter(verbose=root.level <= logging.DEBUG))
    root.addHandler(stderr)
    # Alembic announces every connection at INFO; operators only need its warnings.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
    # httpx logs every request URL at INFO, and the Telegram Bot API carries the token in it.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, root.level))
    if log_dir is None:
        return []
    try:
        _add_file_handlers(root, log_dir, keep_days)
    except OSError as exc:
        return [f"журнал не пишется в {log_dir}: {exc.strerror or exc}"]
    prune_daily_logs(log_dir, keep_days)
    return []


class DailyFileHandler(logging.FileHandler):
    """``log_<date>.log`` of the day each record is written (the OMIS clock's local day)."""

    def __init__(self, log_dir: Path, keep_days: int) -> None:
        self.log_dir, self.keep_days = log_dir, keep_days
        self.day = _today()
        super().__init__(self._path(self.day), encoding="utf-8", delay=True)

    def _path(self, day: date) -> Path:
        return self.log_dir / f"log_{day.isoformat()}.log"

    def emit(self, record: logging.LogRecord) -> None:
        today = _today()
        if today != self.day:
            self.acquire()
            try:
                if self.stream is not None:  # the next write opens the new day's file
                    self.stream.close()
                    self.stream = None
                self.day, self.baseFilename = today, str(self._path(today).absolute())
            finally:
                self.release()
            prune_daily_logs(self.log_dir, self.keep_days)
        super().emit(record)


def _today() -> date:
    return now().astimezone().date()


class _RedactingFormatter(logging.Formatter):
    """Every line, at every level, with passwords, cookies and tokens masked."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _NoTracebackFormatter(_RedactingFormatter):
    """Operators read stderr: one line per event; tracebacks go to the log files only."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text = saved


# The console is read by operators, in Russian; the files keep the English level names
# that log tools search for.
CONSOLE_LEVELS = {"DEBUG": "отладка", "INFO": "сведения", "WARNING": "предупреждение",
                  "ERROR": "ошибка", "CRITICAL": "авария"}  # fmt: skip
OWN = "omis"
# ``log.error(..., extra=FILES_ONLY)``: for the files only, when the command already told
# the operator in its own words (the console would show the same event twice).
FILES_ONLY = {"console": False}


def _own(record: logging.LogRecord) -> bool:
    return record.name == OWN or record.name.startswith(f"{OWN}.")


class _ConsoleFilter(logging.Filter):
    """What reaches the console: OMIS's own lines, and other libraries' warnings and
    errors; their INFO chatter (pymorphy3 loading its dictionaries, every request of the
    development server) goes to the files only, unless the level asked for is DEBUG."""

    def __init__(self, verbose: bool) -> None:
        super().__init__()
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "console", True):
            return False
        return self.verbose or _own(record) or record.levelno >= logging.WARNING


class _ConsoleFormatter(_NoTracebackFormatter):
    """``предупреждение: уведомление 3 не доставлено …`` for OMIS's own lines (the logger's
    name is in the files); another library's line keeps its name, to say whose it is."""

    def __init__(self) -> None:
        super().__init__("%(message)s")

    def format(self, record: logging.LogRecord) -> str:
        level = CONSOLE_LEVELS.get(record.levelname, record.levelname)
        source = "" if _own(record) else f" {record.name}"
        return f"{level}{source}: {super().format(record)}"


def _add_file_handlers(root: logging.Logger, log_dir: Path, keep_days: int) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    daily = DailyFileHandler(log_dir, keep_days)
    daily.setFormatter(_RedactingFormatter(FORMAT))
    errors = logging.FileHandler(log_dir / "error.log", encoding="utf-8")
    errors.setLevel(logging.ERROR)
    errors.setFormatter(_RedactingFormatter(FORMAT))
    root.addHandler(daily)
    root.addHandler(errors)


def prune_daily_logs(log_dir: Path, keep_days: int) -> list[Path]:
    """Delete daily files older than ``keep_days``; return what was deleted. A file that
    cannot be deleted (open in another process on Windows) is left for the next time."""
    cutoff = _today() - timedelta(days=keep_days)
    removed: list[Path] = []
    try:
        paths = list(log_dir.glob("log_*.log"))
    except OSError:
        return removed
    for path in paths:
        match = _DAILY.match(path.name)
        try:
            if match and date(*map(int, match.groups())) < cutoff:
                path.unlink(missing_ok=True)
                removed.append(path)
        except (OSError, ValueError):  # in use, gone meanwhile, or not a real date
            continue
    return removed
