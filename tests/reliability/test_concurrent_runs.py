"""Two instances of a job started at the same moment: one works, the other exits 75, and
nothing is processed twice (SQLite file lock, PostgreSQL advisory lock)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from fakes.letters import letter
from omis.core.db import Database
from omis.core.errors import EXIT_LOCKED
from omis.core.jobs import recent_runs
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.requests.models import StatusChange


def test_two_mail_checks_at_once_process_each_letter_once(
    database: Database, db_url: str, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with database.session() as session:
        for number in range(5000, 5150):
            store.add_position(session, store.NewPosition(str(number), "1"), actor=Actor.OPERATOR)
    for number in range(5000, 5150):
        for minute, text in enumerate(("Приняли.", "Выехали.")):
            (inbox / f"{number}-{minute}.eml").write_bytes(
                letter(f"Заявка {number}", text, minute=minute)
            )
    env = {**os.environ, "OMIS_DATABASE_URL": db_url}
    command = [sys.executable, "-m", "omis", "mail-check", "--dir", str(inbox)]
    first = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    second = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    codes = sorted(p.wait(timeout=180) for p in (first, second))
    errors = first.stderr.read() + second.stderr.read()  # type: ignore[union-attr]
    assert codes in ([0, 0], [0, EXIT_LOCKED]), errors
    if codes == [0, EXIT_LOCKED]:
        assert "уже выполняется" in errors
        assert sorted(r.outcome for r in recent_runs(database, "mail")) == ["skipped", "success"]
    with database.session() as session:
        assert session.scalar(select(func.count(Letter.id))) == 300
        applied = session.scalar(
            select(func.count(StatusChange.id)).where(
                StatusChange.actor == "letter", StatusChange.verdict == "applied"
            )
        )
        assert applied == 300
