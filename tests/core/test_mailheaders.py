"""The Date of a letter: a year the parser widens (a lone «1» to 2001, «60» to 2060) is
read as written, so a Date before 1980 means the time OMIS received the letter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omis.core.mailheaders import header_date, parse_date
from omis.mail.message import parse_message


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Four digits: as written; before 1980 (and «0000», «0001») unusable.
        ("Mon, 30 Nov 2026 12:00:00 +0300", datetime(2026, 11, 30, 9, tzinfo=UTC)),
        ("Mon, 01 Jan 0001 00:00:00 +0000", None),
        ("Sat, 01 Jan 0000 00:00:00 +0000", None),
        ("Mon, 01 Jan 1979 00:00:00 +0000", None),
        # One digit is no year (RFC 5322 asks for two at least): the parser made it 2001.
        ("Mon, 01 Jan 1 00:00:00 +0000", None),
        ("Mon, 01 Jan 7 00:00:00 +0000", None),
        # Two digits, as RFC 5322 reads them: 00–49 are 20xx, 50–99 are 19xx (the parser
        # made 50–68 into 2050–2068).
        ("Mon, 30 Nov 26 12:00:00 +0000", datetime(2026, 11, 30, 12, tzinfo=UTC)),
        ("Mon, 01 Jan 01 00:00:00 +0000", datetime(2001, 1, 1, tzinfo=UTC)),
        ("Fri, 01 Jan 60 00:00:00 +0000", None),
        ("Fri, 01 Jan 68 00:00:00 +0000", None),
        ("Fri, 01 Jan 79 00:00:00 +0000", None),
        ("Fri, 01 Jan 99 00:00:00 +0000", datetime(1999, 1, 1, tzinfo=UTC)),
        # The ctime form, and a day written with dashes.
        ("Mon Nov 30 12:00:00 2026", datetime(2026, 11, 30, 12, tzinfo=UTC)),
        ("30-Nov-60 12:00 +0000", None),
    ],
)
def test_a_date_is_read_with_the_year_as_written(written: str, read: datetime | None) -> None:
    assert parse_date(written) == read
    assert header_date(f"Subject: x\r\nDate: {written}\r\n\r\nтекст".encode()) == read


@pytest.mark.parametrize("year", ["1", "60"])
def test_a_letter_with_a_widened_year_has_no_date_and_says_why(year: str) -> None:
    written = f"Mon, 01 Jan {year} 00:00:00 +0000"
    raw = f"From: a@podryad.ru\r\nDate: {written}\r\nSubject: 4512\r\n\r\nНа месте.\r\n"
    letter = parse_message(raw.encode())
    assert letter.date is None
    assert f"нечитаемая дата: {written}" in letter.defects
