"""The project's corpus of letters with their expected decisions, as one table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from omis.mail.understand import understand_bytes

CORPUS = Path(__file__).parent / "corpus"
EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_letter_is_understood(name: str) -> None:
    _letter, understanding = understand_bytes((CORPUS / name).read_bytes())
    expected = EXPECTED[name]
    if "automatic" in expected:
        assert understanding.automatic == expected["automatic"]
        return
    assert understanding.automatic is None
    assert understanding.unmatched_reason == expected.get("unmatched")
    assert understanding.request_number == expected.get("request")
    if "status" in expected:
        assert understanding.status == expected["status"], understanding.evidence
        assert list(understanding.position_numbers) == expected["positions"]
        assert [e.rule.split(".")[0] for e in understanding.evidence] == ["request", "status"]


def test_corpus_covers_every_outcome_kind() -> None:
    kinds = {
        ("automatic" if "automatic" in e else e.get("unmatched") or "decided")
        for e in EXPECTED.values()
    }
    assert kinds == {"automatic", "no_request_number", "no_status", "ambiguous", "decided"}
