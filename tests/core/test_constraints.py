"""Reproducible installs: every dependency pyproject.toml names is pinned in constraints.txt
(the versions the suite passed with), and nothing is pinned that nothing needs."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[name.lower().replace("_", "-").replace(".", "-")] = version
    return pins


def test_every_direct_dependency_is_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted.extend(extra)
    pins = _pins()
    missing = [_name(req) for req in wanted if _name(req).replace(".", "-") not in pins]
    assert missing == [], f"not in constraints.txt (run make constraints): {missing}"


def test_python_dotenv_is_not_a_direct_dependency() -> None:
    """pydantic-settings reads .env itself and brings python-dotenv along."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "python-dotenv" not in {_name(req) for req in project["dependencies"]}
