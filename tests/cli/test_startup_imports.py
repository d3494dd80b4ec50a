"""Start-up stays short because nothing heavy is imported before it is needed: ``omis
--help`` loads no database, settings or web code, and opening a store whose schema is
current does not load Alembic. (The times themselves are measured in bench/startup.py.)"""

from __future__ import annotations

import json
import subprocess
import sys

from omis.core import migrate, revision
from omis.core.db import Database

HEAVY = ("sqlalchemy", "alembic", "pydantic", "pydantic_settings", "flask", "bs4", "httpx")


def _loaded_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_help_imports_no_database_settings_or_web_code() -> None:
    loaded = _loaded_after(
        "from omis.cli.main import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    )
    assert "omis.cli.run" in loaded  # every command module was loaded to list its help
    assert [name for name in HEAVY if name in loaded] == []


def test_opening_a_current_store_does_not_load_alembic(database: Database) -> None:
    loaded = _loaded_after(
        f"from omis.core.db import open_database\nopen_database({database.url!r}).dispose()"
    )
    assert "sqlalchemy" in loaded
    assert "alembic" not in loaded


def test_head_read_from_the_files_is_alembics_head(database: Database) -> None:
    assert revision.head_from_files() == migrate.head_revision()
    assert revision.stored_revision(database) == migrate.head_revision()
    assert revision.is_current(database)


def test_an_older_store_is_not_current(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0004_web_indexes'")
    assert not revision.is_current(database)


def test_branched_migration_files_leave_the_decision_to_alembic(tmp_path) -> None:
    for name, down in [("a", "None"), ("b", '"a"'), ("c", '"a"')]:
        (tmp_path / f"{name}.py").write_text(f'revision = "{name}"\ndown_revision = {down}\n')
    assert revision.head_from_files(tmp_path) is None
    (tmp_path / "d.py").write_text('revision = "d"\ndown_revision = ("b", "c")\n')
    revision.head_from_files.cache_clear()
    assert revision.head_from_files(tmp_path) == "d"
