"""The progress bar a long command shows on a terminal."""

from __future__ import annotations

import sys
from typing import Any, ClassVar, Self


class TerminalProgress:
    """A rich progress bar on a terminal; nothing (``None`` from ``with``) when stderr is a
    file or a journal, where a redrawn bar would only fill the log.

    A command's subclass names the bar and turns its own progress reports into
    :meth:`show` calls.
    """

    label: ClassVar[str]

    def __enter__(self) -> Self | None:
        self._bar: Any = None
        if not sys.stderr.isatty():
            return None
        # Only a terminal needs rich; a run from a timer or a pipe never imports it.
        from rich.progress import Progress

        self._bar = Progress(transient=True)
        self._bar.start()
        self._task = self._bar.add_task(self.label, total=None)
        return self

    def show(self, **fields: Any) -> None:
        """Update the bar: ``completed``, ``total``, ``description``, as rich takes them."""
        self._bar.update(self._task, **fields)

    def __exit__(self, *_exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
