"""Letters written blind, by helpers who saw only the domain and a persona, never the rules.

The dev split is what the rules may be tuned on; the held-out split is only ever measured.
Issue 14 set the bar at ≥ 95% of letters decided as a dispatcher would, ≥ 95% of
positions in the right final status and at most 1% of letters applying a wrong status. The
rules do not meet it yet, and far less on letters they were not tuned on (2026-11-30:
dev, 33 writers, 92.8% of letters / 3.0% wrong; held-out, 28 writers, 87.0% / 5.7%; the
four freshest held-out writers 76.5% / 10.1%; a fifth batch of four writers, read before
any rule was written from it, 81.2% / 9.4%; a sixth, 80.5% / 11.6% before this round's
rules and 80.9% / 11.6% after; a seventh, when first read, 86.5% / 4.9%; an eighth, read
only after the last rule of the round that followed, 90.8% / 5.4%, exactly what the code
before that round read; a ninth, 79.0% / 8.5% when first read, then moved to dev to learn
from; a tenth, read only after that round's first rules, 89.7% / 5.2%, again exactly what
the code before the round read; an eleventh, read only after its last rule, 85.2% / 7.2%,
the same as the code before the round; a twelfth, 90.5% / 2.4% when first read, then
moved to dev; a thirteenth, first read after the round's first rules, 88.5% / 5.1% by the
code before the round and 89.2% / 4.4% by those rules; a fourteenth, read only after the
round's last rule, 90.4% / 5.5%, exactly what the code before the round read; a
fifteenth, 92.5% / 3.1% when first read, then moved to dev; a sixteenth, whose letters
nobody read, 90.5% / 6.8% by the code before the round and 91.5% / 5.8% by the round's; a seventeenth, 89.6% / 2.8% when first read, then moved to dev; an eighteenth, 90.6% / 3.8%
when first read, then moved to dev; a nineteenth, whose letters nobody read, 85.4% / 4.9%
by the code before the round and 86.1% / 4.5% by the round's; a twentieth, 89.5% / 5.4%
when first read, then moved to dev; a twenty-first, whose letters nobody read, 90.0% / 3.2%
by the code before the round and 91.3% / 2.9% by the round's; a twenty-second, whose
letters nobody read, 92.1% / 2.7% by the code before the round and 91.8% / 3.1% by the
round's; a twenty-third, 88.5% / 5.9% when first read, then moved to dev; a twenty-fourth,
whose letters nobody read, 92.6% / 4.4% by the code before the round and by the round's; a
twenty-fifth, 92.2% / 4.1% when first read, then moved to dev; a twenty-sixth,
whose letters nobody read, 87.0% / 6.2% by the code before the round and by the round's; a
twenty-seventh, whose letters nobody read, 90.5% / 5.4% by the code before the round and
90.8% / 5.1% by the round's; a twenty-eighth, 76.7% / 10.0% when first read, then moved to
dev; a twenty-ninth, 75.3% / 3.2% when first read, then moved to dev; a thirtieth, whose
letters nobody read, 91.4% / 4.6% by the code before the round and by the round's; a
thirty-first, whose letters nobody read, 91.2% / 5.4% by the code before the round and
91.6% / 5.4% by the round's; a thirty-second, 93.2% / 3.1% when first read, then moved to
dev; a thirty-third, 89.9% / 4.6% when first read, then moved to dev; a thirty-fourth, whose
letters nobody read, 90.1% / 4.3% by the code before the round and by the round's; a
thirty-fifth, 88.0% / 7.2% when first read, then moved to dev; a thirty-sixth, whose letters
nobody read, 90.6% / 3.7% by the code before the round and by the round's; a
thirty-seventh, whose letters nobody read, first measured after the round's last rule,
86.6% / 5.5%, exactly what the code before the round read; a thirty-eighth, 90.2% / 4.4%
when first read, then moved to dev; a thirty-ninth, whose letters nobody read, 88.6% / 5.4%
by the code before the round and 88.9% / 4.7% by the round's; a fortieth, whose letters
nobody read, written after the round's first rules and first measured after its last,
89.1% / 4.5%, exactly what the code before the round read; a forty-first, 91.9% / 4.0%
when first read, then moved to dev), so
this test holds each split to what it reached, as a floor a change of the rules may not
fall below, and the bar itself is what ``python bench/mail_accuracy.py`` reports against.
No automatic letter is ever acted on: that one is absolute. Raise a floor when the figures
rise.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fakes import blind
from omis.core.db import Database
from omis.core.settings import Settings
from omis.mail.intake import run_mail_check


def _read_from_folder(database: Database, settings: Settings, inbox: Path):
    def read(writer: blind.Writer) -> None:
        inbox.mkdir(exist_ok=True)
        for path in inbox.glob("*.eml"):
            path.unlink()
        for path in writer.letters:
            shutil.copy(path, inbox / path.name)
        run_mail_check(database, settings, directory=inbox)

    return read


# split → (letters right at least, positions right at least, wrong status applied at most)
FLOORS = {"dev": (0.936, 0.925, 0.021), "heldout": (0.902, 0.898, 0.044)}


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
    letters, positions, wrong = FLOORS[split]
    assert total.automatic_acted_on == 0, report
    assert total.wrong_share <= wrong, report
    assert total.letter_share >= letters, report
    assert total.position_share >= positions, report
