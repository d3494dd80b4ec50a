"""Is the schema current? One query and a look at the migration files, no Alembic.

Every command opens the store, and loading Alembic costs more than the rest of a quiet
``omis run``. So the newest revision is read from the files' ``revision`` and
``down_revision`` lines, the store's from ``alembic_version``; only when they differ (or
the files cannot be read that simply) does :mod:`omis.core.migrate` load Alembic.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from omis.core.db import Database

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"
_REVISION = re.compile(r"^revision(?:\s*:[^=\n]+)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=\n]+)?\s*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


@cache
def head_from_files(folder: Path = VERSIONS_DIR) -> str | None:
    """The one revision no other migration names as its parent; None when there is not
    exactly one (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(database: Database) -> str | None:
    """The revision recorded in the store; None when there is none (or no table yet)."""
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def is_current(database: Database) -> bool:
    head = head_from_files()
    return head is not None and stored_revision(database) == head
