"""Letters written blind, by helpers who saw only the domain and a persona, never the rules.

The dev split is what the rules may be tuned on; the held-out split is only ever measured.
Both must meet the issue's bar: ≥ 95% of letters decided as a dispatcher would, ≥ 95% of
positions in the right final status, at most 1% of letters applying a wrong status, and no
automatic letter acted on. ``python bench/mail_accuracy.py`` prints the same figures over IMAP.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fakes import blind
from omis.core.db import Database
from omis.core.settings import Settings
from omis.mail.intake import run_mail_check


def _read_from_folder(database: Database, settings: Settings, inbox: Path):  # type: ignore[no-untyped-def]
    def read(writer: blind.Writer) -> None:
        inbox.mkdir(exist_ok=True)
        for path in inbox.glob("*.eml"):
            path.unlink()
        for path in writer.letters:
            shutil.copy(path, inbox / path.name)
        run_mail_check(database, settings, directory=inbox)

    return read


@pytest.mark.parametrize("split", blind.SPLITS)
def test_letters_by_other_hands_are_read_as_a_dispatcher_would(
    split: str, database: Database, settings: Settings, tmp_path: Path
) -> None:
    writers = blind.writers(split)
    if not writers:
        pytest.skip(f"tests/mail/blind/{split} holds no writer's letters")
    total = blind.Score()
    for writer in writers:
        inbox = tmp_path / f"inbox-{writer.name}"
        total.add(blind.evaluate(writer, database, _read_from_folder(database, settings, inbox)))
    report = total.line(split) + "\n" + "\n".join(total.details)
    assert total.automatic_acted_on == 0, report
    assert total.wrong_share <= 0.01, report
    assert total.letter_share >= 0.95, report
    assert total.position_share >= 0.95, report
