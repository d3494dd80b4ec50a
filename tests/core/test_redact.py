"""Secrets are masked in every text OMIS stores, sends or logs, whatever shape they come in."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from omis.core.logs import configure_logging
from omis.core.redact import redact, remember_secret, without_credentials


@pytest.mark.parametrize(
    ("text", "secret", "kept"),
    [
        ('{"user": "omis", "password": "s3cr\\"et"}', 's3cr\\"et', '"user": "omis"'),
        ("{'password': 'hunter2', 'x': 1}", "hunter2", "'x': 1"),
        ("https://delo/login?user=a&password=hunter2&app=b", "hunter2", "app=b"),
        ("(b'Set-Cookie', b'DeloSession=abcdef123; Path=/')", "abcdef123", "Set-Cookie"),
        ("Cookie: DELO_SESSION=abcdef123", "abcdef123", "Cookie:"),
        ("Authorization: Bearer eyJhbGciOi.x.y", "eyJhbGciOi", "Authorization:"),
        (
            "POST https://api.telegram.org/bot123456:ABCDEFGHIJKLmnop_qr/sendMessage",
            "ABCDEFGHIJKL",
            "/sendMessage",
        ),
        ("token=abc123 session=xyz987", "abc123", "token="),
        ("нет соединения с https://delo:s3cr%2Fet@delo.example/gql", "s3cr", "delo.example/gql"),
    ],
    ids=[
        "json",
        "python-repr",
        "query-string",
        "httpcore-header",
        "cookie",
        "bearer",
        "telegram",
        "key-value",
        "address-with-credentials",
    ],
)
def test_credentials_are_masked_by_their_shape(text: str, secret: str, kept: str) -> None:
    masked = redact(text)
    assert secret not in masked
    assert "***" in masked
    assert kept in masked


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://user:secret@delo.example/graphql", "https://delo.example/graphql"),
        ("https://user@delo.example:8443/gql?a=b@c", "https://delo.example:8443/gql?a=b@c"),
        # without credentials an address is kept exactly: it names saved state
        ("https://delo.example/CoreHost/gql/query/?", "https://delo.example/CoreHost/gql/query/?"),
        ("http://host/path/a:b@c", "http://host/path/a:b@c"),
    ],
)
def test_credentials_leave_an_address_and_nothing_else_changes(url: str, key: str) -> None:
    assert without_credentials(url) == key


def test_a_remembered_secret_is_masked_wherever_it_appears() -> None:
    remember_secret("correct-horse-battery")
    assert redact("сервер ответил: correct-horse-battery!") == "сервер ответил: ***!"


def test_a_short_remembered_value_does_not_blank_ordinary_words() -> None:
    remember_secret("omis")  # the simulator's demo password
    assert redact("omis doctor: вход выполнен") == "omis doctor: вход выполнен"


def test_log_files_and_stderr_carry_no_secret_even_at_debug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("DEBUG", tmp_path / "logs")
    logging.getLogger("httpcore.http11").debug(
        "receive_response_headers.complete return_value=%s",
        [(b"Set-Cookie", b"DeloSession=0123456789abcdef; Path=/")],
    )
    logging.getLogger("omis.test").error('вход: {"password": "p@ss-w0rd"}')
    written = "".join(path.read_text("utf-8") for path in (tmp_path / "logs").iterdir())
    shown = capsys.readouterr().err
    for text in (written, shown):
        assert "0123456789abcdef" not in text
        assert "p@ss-w0rd" not in text
        assert "Set-Cookie" in text
