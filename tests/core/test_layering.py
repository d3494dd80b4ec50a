"""Data flows one way: the shared core knows no domain package (the migrations' env is
the one place that gathers every model), and the mail and channel adapters know nothing
of the pipelines they serve (the fake mailbox reads its own sample letters)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import omis

SRC = Path(omis.__file__).resolve().parent  # the package under test, wherever it is imported from
DOMAIN = ("omis.mail", "omis.requests", "omis.notify", "omis.pos", "omis.reminders",
          "omis.runner", "omis.scenarios", "omis.web", "omis.cli", "omis.ops", "omis.demo")  # fmt: skip


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for alias in node.names}  # fmt: skip
    found |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    return found


def _modules(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (SRC / folder).glob("*.py"))


@pytest.mark.parametrize(
    "path",
    _modules("core", "adapters/mailsources", "adapters/channels"),
    ids=lambda path: str(path.relative_to(SRC)),
)
def test_core_and_adapters_import_no_domain_package(path: Path) -> None:
    reached = sorted(name for name in _imports(path) if name.startswith(DOMAIN))
    assert reached == [], f"{path.relative_to(SRC)} imports {reached}"


def test_the_migrations_env_gathers_every_model() -> None:
    imported = _imports(SRC / "core" / "migrations" / "env.py")
    models = {f"omis.{path.parent.name}" for path in SRC.glob("*/models.py")}
    assert models <= imported | {name.rsplit(".", 1)[0] for name in imported}
