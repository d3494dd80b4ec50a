"""The WSGI entry point: ``gunicorn omis.web.wsgi:app`` (Linux), ``waitress-serve
omis.web.wsgi:app`` (Windows).

Settings come from the environment (``/etc/default/omis`` under systemd); logging goes to
stderr and the daily files like every other OMIS command. A bad configuration stops the
server with one clear line (exit code 3), never a traceback.
"""

from __future__ import annotations

import logging
import sys

from flask import Flask

from omis.core.errors import OmisError
from omis.core.logs import configure_logging
from omis.core.settings import load_settings
from omis.web.app import create_app

WORKER_BOOT_ERROR = 3


def build() -> Flask:
    settings = load_settings()
    core = settings.core
    for warning in configure_logging(core.log_level, core.log_dir, core.log_keep_days):
        print(f"предупреждение: {warning}", file=sys.stderr)
    for unknown in settings.unknown:
        logging.getLogger("omis").warning("%s", unknown)
    return create_app(settings)


try:
    app = build()
except OmisError as exc:
    print(f"ошибка: {exc}", file=sys.stderr)
    # Exit code 3 is gunicorn's "worker failed to boot": the master stops instead of
    # restarting workers in a loop that would fail the same way.
    sys.exit(WORKER_BOOT_ERROR)
