"""A job's closing line: on the console, and in the log files when the job failed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import click

from omis.core.logs import FILES_ONLY

if TYPE_CHECKING:
    from omis.runner.steps import StepResult

log = logging.getLogger(__name__)
FAILED = ("failed", "partial")


def show_result(result: StepResult) -> None:
    """Print the step's line (on stderr unless it went well); a failure also goes to
    ``log_<date>.log`` and ``error.log``, as the logs chapter promises: under cron, stderr
    is often thrown away, and a dead mailbox must still leave a trace."""
    click.echo(result.line(), err=result.state != "ok")
    if result.state in FAILED:
        log.error("%s", result.line(), extra=FILES_ONLY)
