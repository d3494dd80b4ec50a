"""``omis letters export``: one row per stored letter, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine

from fakes.letters import letter
from omis.core.db import Database
from omis.core.settings import Settings
from omis.mail.export import FIELDS
from omis.mail.intake import run_mail_check
from omis.requests import store
from omis.requests.lifecycle import Actor


@pytest.fixture
def stored(database: Database, settings: Settings, tmp_path: Path) -> None:
    """Three letters: one applied to positions 1 and 2, one to review, one a day later."""
    with database.session() as session:
        for position in ("1", "2", "3"):
            store.add_position(session, store.NewPosition("4512", position), actor=Actor.OPERATOR)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False):
        (inbox / "a.eml").write_bytes(
            letter("Заявка 4512 поз. 1, 2", "Бригада на месте.", minute=1)
        )
        (inbox / "b.eml").write_bytes(letter('=HYPERLINK("http://x")', "Когда приедете?", minute=2))
        run_mail_check(database, settings, directory=inbox)
    with time_machine.travel(datetime(2026, 11, 22, 9, 0, tzinfo=UTC), tick=False):
        (inbox / "c.eml").write_bytes(letter("Заявка 4512", "Уехали.", minute=3))
        run_mail_check(database, settings, directory=inbox)


@pytest.mark.usefixtures("stored")
def test_json_export_has_one_row_per_letter_with_its_decision(run_cli) -> None:
    result = run_cli("letters", "export", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [tuple(row) for row in rows] == [FIELDS] * 3
    applied, review, later = rows
    assert (applied["outcome"], applied["request_number"], applied["positions"]) == (
        "applied", "4512", ["1", "2"],
    )  # fmt: skip
    assert applied["status"] == "подрядчик на месте"
    assert applied["evidence"][0]["rule"].startswith("request.")
    assert applied["received_at"].startswith("2026-11-20T12:00:00+03:00")
    assert (review["outcome"], review["reason"], review["positions"]) == (
        "unmatched", "no_request_number", [],
    )  # fmt: skip
    assert (later["positions"], later["status"]) == ([], "подрядчик убыл")


@pytest.mark.usefixtures("stored")
def test_csv_export_opens_in_excel_and_runs_no_formula(run_cli) -> None:
    result = run_cli("letters", "export")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert tuple(rows[0]) == FIELDS
    assert rows[0]["positions"] == "1, 2"
    assert rows[1]["subject"] == '\'=HYPERLINK("http://x")'
    assert "request." in rows[0]["evidence"]


@pytest.mark.usefixtures("stored")
def test_export_since_a_date_leaves_older_letters_out(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run_cli(
        "letters", "export", "--format", "json", "--since", "2026-11-21", "-o", str(target)
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(target.read_text("utf-8"))
    assert [row["status"] for row in rows] == ["подрядчик убыл"]
