"""Mail intake under faults: a dropped IMAP connection, and a letter broken in every way."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fakes.letters import letter
from fakes.proxy import cutting_proxy
from omis.adapters.mailsources import MailSourceError
from omis.core.db import Database
from omis.core.settings import load_settings
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.requests.models import StatusChange

_users = itertools.count()


def _imap_env(
    monkeypatch: pytest.MonkeyPatch, host: str, port: int, user: str, password: str
) -> None:
    for name, value in {
        "OMIS_MAIL_BACKEND": "imap", "OMIS_IMAP_HOST": host, "OMIS_IMAP_PORT": str(port),
        "OMIS_IMAP_SSL": "false", "OMIS_IMAP_USER": user, "OMIS_IMAP_PASSWORD": password,
        "OMIS_IMAP_ALLOW_PLAIN": "true",
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)


def test_imap_connection_dropped_mid_fetch_fails_loudly_then_recovers(
    imap_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, password = imap_server.user(f"drop{next(_users)}")
    with database.session() as session:
        for number in range(4700, 4720):
            store.add_position(session, store.NewPosition(str(number), "1"), actor=Actor.OPERATOR)
    for number in range(4700, 4720):
        imap_server.append(
            user, letter(f"Заявка {number}", "Бригада выехала. " + "x" * 2000, minute=1)
        )
    with cutting_proxy((imap_server.host, imap_server.port), cut_after=20_000) as proxy:
        _imap_env(monkeypatch, "127.0.0.1", proxy.port, user, password)
        with pytest.raises(MailSourceError, match=r"прервано|недоступен"):
            run_mail_check(database, load_settings().with_database(database.url))
        assert proxy.cuts >= 1
    with database.session() as session:
        assert session.scalar(select(func.count(Letter.id))) == 0  # nothing half-applied
    _imap_env(monkeypatch, imap_server.host, imap_server.port, user, password)
    report = run_mail_check(database, load_settings().with_database(database.url))
    assert report.outcomes == {"applied": 20}
    with database.session() as session:
        assert (
            session.scalar(
                select(func.count(StatusChange.id)).where(StatusChange.actor == "letter")
            )
            == 20
        )


def _malformed() -> bytes:
    body = ("Заявка 4512, бригада на месте. " * 20).encode("cp1251")
    huge = b"A" * (10 * 1024 * 1024)
    return (
        b"From: =?bogus-charset?Q?=D0=9F=D0=BE?= <\xff\xfe@@>\r\n"
        b"Subject: =?utf-8?B?broken-base64===?= \xd0\xd0\r\n"
        b'Content-Type: multipart/mixed; boundary="b1"\r\n'
        b"References: <a@b> <<<>>> \r\n"
        b"\r\n--b1\r\nContent-Type: text/plain; charset=x-unknown-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n"
        b"--b2\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n" + body + b"\r\n"
        b'--b1\r\nContent-Type: application/octet-stream; name="big.bin"\r\n\r\n' + huge
    )  # no Message-ID, no Date, the closing boundary missing


def test_letter_malformed_in_every_way_is_stored_and_reviewed(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "bad.eml").write_bytes(_malformed())
    (inbox / "good.eml").write_bytes(letter("Заявка 4512", "Выехали.", minute=1))
    with database.session() as session:
        store.add_position(session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR)
    settings = load_settings().with_database(database.url)
    first = run_mail_check(database, settings, directory=inbox)
    second = run_mail_check(database, settings, directory=inbox)
    assert first.total == 2
    assert second.total == 0
    with database.session() as session:
        bad = session.scalars(select(Letter).where(Letter.source_ref == "bad.eml")).one()
        assert bad.message_key == bad.content_hash  # no Message-ID: the content alone
        assert bad.sent_at is None
        assert len(bad.body_text or "") <= 200_000
        assert bad.outcome in ("applied", "not_applied", "unmatched")
