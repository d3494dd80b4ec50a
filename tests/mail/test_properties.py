"""Hostile input: the parser never raises, and numbers are never invented."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omis.mail.message import parse_message
from omis.mail.understand import understand_bytes

HEADER_NAMES = st.sampled_from(
    ["Subject", "From", "Date", "Message-ID", "Content-Type", "Content-Transfer-Encoding",
     "Auto-Submitted", "Precedence", "References", "In-Reply-To"]
)  # fmt: skip
header_value = st.text(min_size=0, max_size=80).map(
    lambda s: s.replace("\r", " ").replace("\n", " ")
)
russian = st.text(
    alphabet="заявкапозицияN№#/ 0123456789выехалинаместеубылпринятанеё.,:-\n", max_size=200
)


@given(st.binary(max_size=3000))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_parser_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    letter = parse_message(raw)
    assert isinstance(letter.body_text, str)
    assert len(letter.content_hash) == 64


@given(st.lists(st.tuples(HEADER_NAMES, header_value), max_size=8), st.binary(max_size=500))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_parser_never_raises_on_arbitrary_headers(
    headers: list[tuple[str, str]], body: bytes
) -> None:
    raw = b"".join(f"{name}: {value}\r\n".encode("utf-8", "replace") for name, value in headers)
    understand_bytes(raw + b"\r\n" + body)


@given(russian, russian)
@settings(max_examples=400)
def test_numbers_found_always_occur_in_the_text(subject: str, body: str) -> None:
    raw = f"Subject: {subject.replace(chr(10), ' ')}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}".encode()
    letter, understanding = understand_bytes(raw)
    text = letter.subject + "\n" + letter.body_text
    for number in (
        understanding.request_number,
        *understanding.position_numbers,
        *understanding.candidates,
    ):
        if number is not None:  # a number dictated in groups («41 203») is read as one
            assert number in text or number in text.replace(" ", "")
