"""Every schema revision the documentation names is one OMIS ships (``omis db current``
names the same ones)."""

from __future__ import annotations

import re
from pathlib import Path

import omis

ROOT = Path(__file__).resolve().parents[2]
VERSIONS = Path(omis.__file__).resolve().parent / "core" / "migrations" / "versions"


def test_the_documentation_names_only_shipped_revisions() -> None:
    shipped = {path.stem for path in VERSIONS.glob("0*.py")}
    documents = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    named = {
        (document.name, revision)
        for document in documents
        for revision in re.findall(r"`(\d{4}_[a-z_]+)`", document.read_text("utf-8"))
    }
    assert {pair for pair in named if pair[1] not in shipped} == set()
