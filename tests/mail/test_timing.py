"""A status noun with a time still to come when the letter was written announces, it does not
report: «Выезд сегодня в 13:00» sent at 10:15 Moscow time is a plan, sent at 13:20 a report.
The text's clock is the sender's, so the letter's Date is read in the sender's offset."""

from __future__ import annotations

from pathlib import Path

import pytest

from fakes.letters import letter
from omis.core.db import Database
from omis.core.settings import Settings
from omis.mail.intake import run_mail_check
from omis.requests import store
from omis.requests.lifecycle import Actor


def _status_after(
    database: Database, settings: Settings, tmp_path: Path, body: str, date: str
) -> str:
    with database.session() as session:
        store.add_position(
            session, store.NewPosition("28207", "1"), actor=Actor.OPERATOR, created_at=None
        )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    raw = letter("Заявка 28207", body, headers={"X-Date": date})  # Date set below, as written
    lines = [line for line in raw.split(b"\n") if not line.startswith(b"Date:")]
    (inbox / "letter.eml").write_bytes(b"\n".join(lines).replace(b"X-Date:", b"Date:"))
    run_mail_check(database, settings, directory=inbox)
    with database.session() as session:
        return store.require_request(session, "28207").positions[0].status


@pytest.mark.parametrize(
    ("body", "date", "expected"),
    [
        ("Выезд сегодня в 13:00.", "Fri, 20 Nov 2026 10:15:00 +0300", "заявка отправлена"),
        ("Выезд сегодня в 13:00.", "Fri, 20 Nov 2026 13:20:00 +0300", "подрядчик в пути"),
        # the same moment written from Perm (+0500): 12:15 there is 10:15 in Moscow
        ("Выезд в 13:00.", "Fri, 20 Nov 2026 12:15:00 +0500", "заявка отправлена"),
        ("Выезд в 13:00.", "Fri, 20 Nov 2026 13:05:00 +0500", "подрядчик в пути"),
        # a later date with a time
        ("Берём в работу, выезд 23.11 в 8:00.", "Fri, 20 Nov 2026 10:15:00 +0300",
         "заявка принята"),
        # a time that has passed is a report, whatever the date format
        ("Прибытие бригады 09:40.", "Fri, 20 Nov 2026 10:15:00 +0300", "подрядчик на месте"),
        # a chat bot's Date is in UTC; the chat's own stamps are the sender's clock
        ("[09:42] Иван: Прибытие 09:40", "Fri, 20 Nov 2026 06:45:00 +0000", "подрядчик на месте"),
        ("[09:42] Иван: выезд в 11:30", "Fri, 20 Nov 2026 06:45:00 +0000", "заявка отправлена"),
        # without chat stamps a UTC Date stays as it is
        ("Прибытие 09:40", "Fri, 20 Nov 2026 06:45:00 +0000", "заявка отправлена"),
        # an arrival estimated for a moment to come: the crew is on its way
        ("Выезд на объект 8:15, ориентировочное прибытие 8:45", "Tue, 24 Nov 2026 08:15:00 +0300",
         "подрядчик в пути"),
        # «на месте» after the moment it is expected at
        ("в пути, ~10:40 на месте", "Thu, 12 Nov 2026 09:50:00 +0300", "подрядчик в пути"),
        ("в пути, ~10:40 на месте", "Thu, 12 Nov 2026 10:45:00 +0300", "подрядчик на месте"),
        # … but since when it has been there is no such moment
        ("Бригада с 10:40 на месте.", "Thu, 12 Nov 2026 10:20:00 +0300", "подрядчик на месте"),
        ("С 10:40 на месте.", "Thu, 12 Nov 2026 10:20:00 +0300", "подрядчик на месте"),
    ],
)  # fmt: skip
def test_a_time_still_to_come_announces_a_status(
    database: Database, settings: Settings, tmp_path: Path, body: str, date: str, expected: str
) -> None:
    assert _status_after(database, settings, tmp_path, body, date) == expected
