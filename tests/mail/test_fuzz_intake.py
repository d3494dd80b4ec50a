"""The whole intake path under generated hostile letters (issue 16): MIME structure,
headers, charsets, encodings and sizes. No input may raise out of a pass; every letter is
stored once (or found to be a duplicate of one in the same pass); a second pass reads
nothing again. A short run is part of ``make test``, a long one of ``make test-slow``."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from omis.core.db import Database
from omis.core.settings import Settings
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter

CHARSETS = ["utf-8", "koi8-r", "cp1251", "utf-8\x00", "bogus-8", "", "utf-16", "us-ascii", "x"]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"]
DATES = [
    "Fri, 20 Nov 2026 09:00:00 +0300",
    "Fri, 31 Dec 9999 23:59:59 -1200",
    "Mon, 1 Jan 0001 00:00:00 +1400",
    "32 Foo 2026 99:99:99",
    "0",
    "",
]
TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from(list("заявка 4512 выехали на месте\x00\r\n<>=?@\"';:")),
    max_size=120,
)


def _encoded_word(charset: str, kind: str, payload: str) -> str:
    return f"=?{charset}?{kind}?{payload}?="


header_value = st.one_of(
    TEXT,
    st.builds(_encoded_word, st.sampled_from(CHARSETS), st.sampled_from("BQbx"), TEXT),
    st.sampled_from(DATES),
)
header = st.tuples(
    st.sampled_from(
        ["Subject", "From", "Date", "Message-ID", "References", "In-Reply-To", "Auto-Submitted",
         "Precedence", "Content-Disposition", "X-Mailer", "Received", "To"]
    ),
    header_value,
)  # fmt: skip


@st.composite
def leaf(draw: Any) -> bytes:
    kind = draw(st.sampled_from(["text/plain", "text/html", "application/octet-stream"]))
    charset = draw(st.sampled_from(CHARSETS))
    encoding = draw(st.sampled_from(ENCODINGS))
    text = draw(TEXT)
    if kind == "text/html":
        text = (
            draw(st.sampled_from(["<p>", "<blockquote>", "<!--", "<a ", "<div>"]))
            * draw(st.integers(0, 3000))
            + text
        )
    body = draw(st.one_of(st.binary(max_size=300), st.just(text.encode("utf-8", "surrogatepass"))))
    return (
        f'Content-Type: {kind}; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    ).encode("utf-8", "surrogatepass") + body


def _multipart(parts: list[bytes], boundary: str, closed: bool) -> bytes:
    inner = b"".join(b"--" + boundary.encode() + b"\r\n" + part + b"\r\n" for part in parts)
    end = b"--" + boundary.encode() + b"--\r\n" if closed else b""
    return f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode() + inner + end


body = st.recursive(
    leaf(),
    lambda children: st.builds(
        _multipart,
        st.lists(children, max_size=4),
        st.sampled_from(["b", "", "x y", "--"]),
        st.booleans(),
    ),
    max_leaves=6,
)


@st.composite
def letter(draw: Any) -> bytes:
    headers = draw(st.lists(header, max_size=8))
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return head.encode("utf-8", "surrogatepass") + draw(body)


def _one_pass_of(letters: list[bytes], database: Database, settings: Settings) -> None:
    with tempfile.TemporaryDirectory(prefix="omis-fuzz-") as folder:
        inbox = Path(folder)
        for number, raw in enumerate(letters):
            (inbox / f"{number:03}.eml").write_bytes(raw)
        report = run_mail_check(database, settings, directory=inbox)
        assert report.total == len(letters)
        with database.session() as session:
            stored = session.scalar(
                select(func.count(Letter.id)).where(Letter.source_ref.is_not(None))
                .where(Letter.mailbox == f"dir:{inbox.resolve()}")
            )  # fmt: skip
        assert stored == report.total - report.outcomes["duplicate"]
        assert run_mail_check(database, settings, directory=inbox).total == 0


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large],
    )  # fmt: skip


@fuzz(20)
@given(letters=st.lists(letter(), min_size=1, max_size=3))
def test_no_letter_stops_a_pass(
    letters: list[bytes], database: Database, settings: Settings
) -> None:
    _one_pass_of(letters, database, settings)


@pytest.mark.slow
@fuzz(400)
@given(letters=st.lists(letter(), min_size=1, max_size=5))
def test_no_letter_stops_a_pass_long_run(
    letters: list[bytes], database: Database, settings: Settings
) -> None:
    _one_pass_of(letters, database, settings)
