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
    errors = first.stderr.read() + second.stderr.read()
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


def test_two_runners_at_once_one_works_the_other_exits_75(
    database: Database, db_url: str, tmp_path: Path
) -> None:
    """The first runner is held inside its mail step by a named pipe it reads as a letter,
    so the second one starts while the first certainly holds the locks."""
    with database.session() as session:
        store.add_position(session, store.NewPosition("6100", "1"), actor=Actor.OPERATOR)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    gate = inbox / "0001.eml"
    os.mkfifo(gate)
    env = {**os.environ, "OMIS_DATABASE_URL": db_url, "OMIS_MAIL_BACKEND": "dir",
           "OMIS_MAIL_DIR": str(inbox)}  # fmt: skip
    command = [sys.executable, "-m", "omis", "run", "--skip-pos"]
    first = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    with gate.open("wb") as pipe:  # returns once the first runner opened the letter
        second = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=120, check=False
        )
        pipe.write(letter("Заявка 6100", "Выехали.", minute=1))
    first_out, first_err = first.communicate(timeout=120)

    assert second.returncode == EXIT_LOCKED, second.stdout + second.stderr
    assert "уже выполняется" in second.stderr
    assert first.returncode == 0, first_out + first_err
    assert sorted(run.job for run in recent_runs(database)) == ["mail", "notify"]
    with database.session() as session:
        applied = session.scalar(
            select(func.count(StatusChange.id)).where(StatusChange.verdict == "applied",
                                                      StatusChange.actor == "letter")
        )  # fmt: skip
    assert applied == 1
