"""The rule sandbox reaches every verdict through the code intake runs, registry included.

Every letter of the blind dev corpus is tried in the sandbox and then read by intake, in
Date order against the same store; the two decisions must be identical, letter by letter
(request, positions, status, or the reason for review, or the automatic-mail reason).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from fakes import blind
from omis.core.db import Database
from omis.core.settings import Settings
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter
from omis.mail.replay import stored_key
from omis.mail.sandbox import try_letter


def test_sandbox_and_intake_decide_every_dev_letter_the_same(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    compared = 0
    for writer in blind.writers("dev"):
        blind.register(database, writer)
        ordered = sorted(writer.letters, key=lambda path: blind.letter_date(path.read_bytes()))
        for path in ordered:
            raw = path.read_bytes()
            with database.session(commit=False) as session:
                verdict = try_letter(session, raw).decision.key()
            inbox = tmp_path / f"{writer.name}-{path.stem}"
            inbox.mkdir()
            shutil.copy(path, inbox / path.name)
            run_mail_check(database, settings, directory=inbox)
            with database.session() as session:
                stored = session.scalars(
                    select(Letter).where(Letter.message_id == blind.message_id(raw))
                ).one()
                assert stored_key(stored) == verdict, f"{writer.name}/{path.name}"
            compared += 1
    assert compared == sum(len(w.letters) for w in blind.writers("dev"))
