"""Hostile CSV input: whatever the bytes, parsing ends in rows or line-numbered errors."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omis.requests import csvio

HEADER = "request_number,position_number,comment,comment_author\n"
cell = st.text(alphabet=string.digits + ",;\"'\n\r\x00<>%_\\абвЁё", max_size=12)
line = st.lists(cell, min_size=0, max_size=6).map(lambda cells: ",".join(cells))


@given(st.binary(max_size=2000))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    report = csvio.parse_csv(data)
    assert all(error.line >= 0 and error.reason for error in report.errors)
    assert all(row.request_number.isdigit() for _, row in report.rows)


@given(st.lists(line, max_size=20), st.sampled_from(["utf-8", "cp1251"]))
@settings(max_examples=300)
def test_every_row_is_valid_or_reported_by_line(lines: list[str], encoding: str) -> None:
    text = HEADER + "\n".join(lines)
    report = csvio.parse_csv(text.encode(encoding, errors="replace"))
    for _, row in report.rows:
        assert row.request_number.isdigit()
        assert row.position_number.isdigit()
    assert all(error.line >= 2 for error in report.errors)
    pairs = [(row.request_number, row.position_number) for _, row in report.rows]
    assert len(pairs) == len(set(pairs))
