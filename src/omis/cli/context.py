"""What every command gets: settings loaded once, the store opened on demand, and the
way a list command prints its rows.

Imports nothing heavy at module level: ``omis --help`` loads every command module, and
settings (pydantic) and the store (SQLAlchemy) are needed only by commands that run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from omis.cli import startup

if TYPE_CHECKING:
    from omis.core.db import Database
    from omis.core.settings import Settings


@dataclass
class AppContext:
    log_level: str | None = None
    config_file: Path | None = None
    database_url: str | None = None
    _settings: Settings | None = None
    _databases: dict[str, Database] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from omis.core.settings import load_settings

            settings = load_settings(self.config_file)
            if self.database_url:
                settings = settings.with_database(self.database_url)
            self._settings = settings
            self._configure_logging(settings)
        return self._settings

    def _configure_logging(self, settings: Settings) -> None:
        from omis.core.logs import configure_logging

        core = settings.core
        level = (self.log_level or core.log_level).upper()
        for warning in configure_logging(level, core.log_dir, core.log_keep_days):
            click.echo(f"предупреждение: {warning}", err=True)
        for unknown in settings.unknown:  # a misspelt name: said, never a failed job
            logging.getLogger("omis").warning("%s", unknown)

    def database(self, url: str | None = None) -> Database:
        """The store at ``url`` (default: the configured one), schema brought up to date."""
        from omis.core.db import open_database

        target = url or self.settings.core.effective_database_url
        if target not in self._databases:
            busy = self.settings.core.db_busy_timeout_ms
            self._databases[target] = open_database(target, busy_timeout_ms=busy)
            startup.settled()
        return self._databases[target]

    def fake_sandbox(self, echo: Callable[[str], None]) -> tuple[Database, Settings]:
        """The store for the built-in sample letters: the one named by ``--database``, else
        a fresh sandbox (never the configured production database)."""
        if self.database_url:
            return self.database(), self.settings
        from omis.demo.run import fake_sandbox

        database, settings = fake_sandbox(self.settings)
        self._databases[database.url] = database
        startup.settled()
        echo(
            f"песочница {database.sqlite_path} с примерами заявок: рабочая база не затрагивается "
            "(другая база: --database URL), оповещения только печатаются"
        )
        return database, settings

    def close(self) -> None:
        for database in self._databases.values():
            database.dispose()
        self._databases.clear()


pass_app = click.make_pass_decorator(AppContext)


def echo_list(lines: Iterable[str], empty: str) -> None:
    """Print one line a row; with no rows, ``empty`` (which says how to add the first)."""
    lines = list(lines)
    for line in lines:
        click.echo(line)
    if not lines:
        click.echo(empty)


def read_input(path: Path) -> bytes:
    """The bytes of a file the operator named for reading (a CSV to import); UsageError
    for a named pipe or a device, which would hold the command or never end."""
    from omis.core.errors import UsageError, not_regular_file

    problem = not_regular_file(path)
    if problem:
        raise UsageError(problem)
    return path.read_bytes()
