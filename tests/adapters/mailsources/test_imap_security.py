"""The IMAP source against real Dovecot servers: Cyrillic folders, STARTTLS required,
letters over the size cap read partially, stored letters never fetched again, and the
doctor calling the same code (issue 16)."""

from __future__ import annotations

import itertools

import pytest
from imapclient import IMAPClient
from sqlalchemy import delete, select

from fakes.letters import letter
from omis.adapters.mailsources.base import MailSourceError
from omis.adapters.mailsources.imap import ImapSource
from omis.core.db import Database
from omis.core.settings import Settings, load_settings
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter, MailboxCursor
from omis.ops.checks.base import State
from omis.ops.checks.imap import check_imap
from omis.requests import store
from omis.requests.lifecycle import Actor

_users = itertools.count()


def _env(monkeypatch: pytest.MonkeyPatch, server, user: str, **extra: str) -> None:
    values = {
        "OMIS_MAIL_BACKEND": "imap",
        "OMIS_IMAP_HOST": server.host,
        "OMIS_IMAP_PORT": str(server.port),
        "OMIS_IMAP_SSL": "false",
        "OMIS_IMAP_USER": user,
        "OMIS_IMAP_PASSWORD": server.user(user)[1],
        **extra,
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)


def _settings(database: Database) -> Settings:
    return load_settings().with_database(database.url)


def _register(database: Database) -> None:
    with database.session() as session:
        store.add_position(session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR)


def _append(server, user: str, raw: bytes, folder: str) -> None:
    with IMAPClient(server.host, server.port, ssl=False) as client:
        client.login(user, server.user(user)[1])
        if not client.folder_exists(folder):
            client.create_folder(folder)
        client.append(folder, raw)


def _count(server, user: str, folder: str) -> int:
    with IMAPClient(server.host, server.port, ssl=False) as client:
        client.login(user, server.user(user)[1])
        return int(client.select_folder(folder, readonly=True)[b"EXISTS"])


def test_cyrillic_folder_and_move_target_are_read_and_used(
    imap_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = f"cyr{next(_users)}"
    _env(monkeypatch, imap_server, user, OMIS_IMAP_ALLOW_PLAIN="true",
         OMIS_MAIL_FOLDER="Входящие", OMIS_MAIL_AFTER="move:Обработано")  # fmt: skip
    _register(database)
    _append(imap_server, user, letter("Заявка 4512", "Выехали.", minute=1), "Входящие")
    _append(imap_server, user, letter("Заявка 4512", "Старое.", minute=0), "Обработано")
    report = run_mail_check(database, _settings(database))
    assert report.outcomes == {"applied": 1}
    assert report.action_failures == 0
    assert (_count(imap_server, user, "Входящие"), _count(imap_server, user, "Обработано")) == (
        0,
        2,
    )
    result = check_imap(load_settings().mail)
    assert result.state is State.OK, result
    assert "папка «Входящие»: писем 0" in result.detail


def test_without_ssl_or_starttls_the_password_is_never_sent(
    imap_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This Dovecot offers no STARTTLS: logging in would send the password in clear text."""
    _env(monkeypatch, imap_server, f"plain{next(_users)}")
    with pytest.raises(MailSourceError, match="не предлагает STARTTLS") as raised:
        run_mail_check(database, _settings(database))
    assert "OMIS_IMAP_ALLOW_PLAIN" in raised.value.hint
    doctor = check_imap(load_settings().mail)
    assert doctor.state is State.FAIL
    assert "открытым текстом" in doctor.detail
    assert "OMIS_IMAP_SSL=true" in doctor.hint


def test_starttls_is_used_when_the_server_offers_it(
    imap_tls_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = f"tls{next(_users)}"
    _env(monkeypatch, imap_tls_server, user, OMIS_IMAP_CA_BUNDLE=str(imap_tls_server.ca_file))
    _register(database)
    _append(imap_tls_server, user, letter("Заявка 4512", "Выехали.", minute=1), "INBOX")
    assert run_mail_check(database, _settings(database)).outcomes == {"applied": 1}
    probe = ImapSource(load_settings().mail)
    try:
        assert "(STARTTLS): вход выполнен" in probe.probe()
    finally:
        probe.close()


def test_starttls_with_an_untrusted_certificate_fails_with_a_tls_hint(
    imap_tls_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    _env(monkeypatch, imap_tls_server, f"untrusted{next(_users)}")
    result = check_imap(load_settings().mail)
    assert result.state is State.FAIL
    assert "ошибка TLS" in result.detail
    assert "OMIS_IMAP_CA_BUNDLE" in result.hint


def test_letters_already_stored_are_not_fetched_again_after_a_lost_cursor(
    imap_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pass killed before saving its cursor: the next one skips the stored letters by
    UIDVALIDITY:UID before reading them (they used to be read and reported as duplicates)."""
    user = f"lost{next(_users)}"
    _env(monkeypatch, imap_server, user, OMIS_IMAP_ALLOW_PLAIN="true")
    _register(database)
    for minute in (1, 2):
        _append(
            imap_server, user, letter("Заявка 4512", f"Выехали {minute}.", minute=minute), "INBOX"
        )
    assert run_mail_check(database, _settings(database)).total == 2
    with database.session() as session:
        session.execute(delete(MailboxCursor))
    assert run_mail_check(database, _settings(database)).total == 0


def test_a_letter_over_the_size_cap_is_fetched_partially(
    imap_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = f"big{next(_users)}"
    _env(monkeypatch, imap_server, user, OMIS_IMAP_ALLOW_PLAIN="true", OMIS_MAIL_MAX_LETTER_MB="1")
    _register(database)
    body = "Бригада на месте.\n" + "x" * 100 + "\n"
    raw = letter("Заявка 4512", body + ("y" * 76 + "\n") * 40_000, minute=1)
    _append(imap_server, user, raw, "INBOX")
    report = run_mail_check(database, _settings(database))
    assert report.outcomes == {"applied": 1}
    with database.session() as session:
        stored = session.scalars(select(Letter)).one()
        assert (stored.raw_size or 0) > 3_000_000
        assert "прочитано не целиком" in (stored.body_text or "")


@pytest.fixture(scope="module")
def cyrillic_server():
    """Dovecot whose every user's password is Cyrillic."""
    import tempfile
    from pathlib import Path

    from fakes import dovecot

    if not dovecot.available():
        pytest.skip("Dovecot is not installed (Debian package dovecot-imapd)")
    with (
        tempfile.TemporaryDirectory(prefix="omis-dovecot-ru-") as folder,
        dovecot.dovecot(Path(folder) / "dovecot", password="Пароль-Секрет77") as server,
    ):
        yield server


def test_a_cyrillic_login_and_password_are_sent_in_utf8_and_letters_read(
    run_cli, cyrillic_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = f"омис{next(_users)}@пример.рф"
    _env(monkeypatch, cyrillic_server, user, OMIS_IMAP_ALLOW_PLAIN="true")
    _register(database)
    cyrillic_server.append(user, letter("Заявка 4512", "Выехали.", minute=1))
    result = run_cli("mail-check")
    assert result.exit_code == 0, result.output
    assert "UnicodeEncodeError" not in result.output
    assert run_mail_check(database, _settings(database)).total == 0  # the letter was read
    doctor = check_imap(load_settings().mail)
    assert doctor.state == State.OK, doctor.detail
