"""A pass killed with SIGKILL in the middle, then run again: every letter applied once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fakes.letters import letter
from omis.core.db import Database
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.requests.models import StatusChange

STEPS = ("Заявку приняли.", "Выехали.", "На месте.", "Работы завершены, убыли.")


def _omis(db_url: str, inbox: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "OMIS_DATABASE_URL": db_url, **env}
    return subprocess.run(
        [sys.executable, "-m", "omis", "mail-check", "--dir", str(inbox)],
        env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def _prepare(database: Database, tmp_path: Path) -> Path:
    """30 positions with four letters each, and one letter about an unknown request."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with database.session() as session:
        for number in range(4600, 4630):
            store.add_position(session, store.NewPosition(str(number), "1"), actor=Actor.OPERATOR)
    for number in range(4600, 4630):
        for minute, text in enumerate(STEPS):
            raw = letter(f"Заявка {number}", text, minute=minute + number % 7)
            (inbox / f"{number}-{minute}.eml").write_bytes(raw)
    (inbox / "unknown.eml").write_bytes(letter("Заявка 1", "Выехали."))
    return inbox


@pytest.mark.parametrize("kill_after", [1, 60, 110])
def test_killed_pass_then_rerun_applies_every_letter_exactly_once(
    database: Database, db_url: str, tmp_path: Path, kill_after: int
) -> None:
    inbox = _prepare(database, tmp_path)

    killed = _omis(db_url, inbox, OMIS_FAULT_KILL_AFTER_LETTERS=str(kill_after))
    assert killed.returncode == -signal.SIGKILL
    clean = _omis(db_url, inbox)
    assert clean.returncode == 0, clean.stderr

    _assert_each_letter_applied_once(database)


@pytest.mark.slow
def test_twenty_kills_at_random_points_then_a_clean_pass(
    database: Database, db_url: str, tmp_path: Path
) -> None:
    inbox = _prepare(database, tmp_path)
    points = random.Random(20261123).sample(range(1, 122), 20)
    for point in points:
        # A point counts the letters this pass handles; letters stored by the passes killed
        # before are skipped unread, so a late point may find the pass already done.
        killed = _omis(db_url, inbox, OMIS_FAULT_KILL_AFTER_LETTERS=str(point))
        assert killed.returncode in (-signal.SIGKILL, 0), (point, killed.stderr)
    clean = _omis(db_url, inbox)
    assert clean.returncode == 0, clean.stderr

    _assert_each_letter_applied_once(database)


def _assert_each_letter_applied_once(database: Database) -> None:
    with database.session() as session:
        assert session.scalar(select(func.count(Letter.id))) == 121
        applied = session.scalars(
            select(StatusChange).where(
                StatusChange.actor == "letter", StatusChange.verdict == "applied"
            )
        ).all()
        assert len(applied) == 120
        assert len({(c.position_id, c.to_status) for c in applied}) == 120
        review = session.scalars(
            select(Letter.source_ref).where(Letter.review_state == "open")
        ).all()
        assert review == ["unknown.eml"]
        for number in range(4600, 4630):
            assert (
                store.require_request(session, str(number)).positions[0].status == "подрядчик убыл"
            )
