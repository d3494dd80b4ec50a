"""The IMAP source against a real Dovecot server."""

from __future__ import annotations

import itertools

import pytest

from fakes.letters import letter
from omis.core.db import Database
from omis.core.settings import Settings, load_settings
from omis.mail.intake import run_mail_check
from omis.ops.checks.base import State
from omis.ops.checks.imap import check_imap, encode_modified_utf7, quote_mailbox
from omis.requests import store
from omis.requests.lifecycle import Actor

_users = itertools.count()


@pytest.fixture
def mailbox(imap_server, monkeypatch: pytest.MonkeyPatch, database: Database):
    """A fresh IMAP user per test, and settings pointing at it."""
    user, password = imap_server.user(f"contractor{next(_users)}")
    for name, value in {
        "OMIS_MAIL_BACKEND": "imap",
        "OMIS_IMAP_HOST": imap_server.host,
        "OMIS_IMAP_PORT": str(imap_server.port),
        "OMIS_IMAP_SSL": "false",
        "OMIS_IMAP_ALLOW_PLAIN": "true",
        "OMIS_IMAP_USER": user,
        "OMIS_IMAP_PASSWORD": password,
    }.items():
        monkeypatch.setenv(name, value)
    with database.session() as session:
        store.add_position(session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR)
    return user


def _settings(database: Database) -> Settings:
    return load_settings().with_database(database.url)


def test_imap_pass_applies_new_letters_and_remembers_the_last_uid(
    imap_server, mailbox: str, database: Database
) -> None:
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=1))
    first = run_mail_check(database, _settings(database))
    assert first.outcomes == {"applied": 1}
    empty = run_mail_check(database, _settings(database))
    assert empty.total == 0  # the cursor skips what was read: nothing fetched again
    imap_server.append(mailbox, letter("Заявка 4512", "На месте.", minute=2))
    third = run_mail_check(database, _settings(database))
    assert third.outcomes == {"applied": 1}


def test_mark_read_sets_the_seen_flag(
    imap_server, mailbox: str, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_MAIL_AFTER", "mark-read")
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=1))
    run_mail_check(database, _settings(database))
    client = imap_server.client(mailbox)
    client.select("INBOX")
    _status, data = client.uid("SEARCH", "UNSEEN")
    client.logout()
    assert data == [b""]


def test_move_puts_the_letter_in_the_processed_folder(
    imap_server, mailbox: str, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_MAIL_AFTER", "move:Processed")
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=1))
    client = imap_server.client(mailbox)
    client.create("Processed")
    client.logout()
    run_mail_check(database, _settings(database))
    client = imap_server.client(mailbox)
    inbox_count = client.select("INBOX")[1][0]
    processed_count = client.select("Processed")[1][0]
    client.logout()
    assert (inbox_count, processed_count) == (b"0", b"1")


def test_wrong_password_fails_the_pass_with_exit_1(
    run_cli, imap_server, mailbox: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_IMAP_PASSWORD", "wrong")
    monkeypatch.setenv("OMIS_IMAP_SSL", "false")
    result = run_cli("mail-check")
    assert result.exit_code == 1
    assert "почтовый ящик IMAP" in result.stderr


def test_dead_imap_server_is_not_a_quiet_mailbox(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "OMIS_MAIL_BACKEND": "imap", "OMIS_IMAP_HOST": "127.0.0.1", "OMIS_IMAP_PORT": "1",
        "OMIS_IMAP_SSL": "false", "OMIS_IMAP_USER": "u", "OMIS_IMAP_PASSWORD": "p",
        "OMIS_IMAP_ALLOW_PLAIN": "true",
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    result = run_cli("mail-check")
    assert result.exit_code == 1
    assert "недоступен" in result.stderr
    assert "Traceback" not in result.output


def test_a_failed_mail_pass_is_written_to_error_log_and_the_daily_log(
    run_cli, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """Under cron stderr is often thrown away: the logs are where the failure must be."""
    for name, value in {
        "OMIS_MAIL_BACKEND": "imap", "OMIS_IMAP_HOST": "127.0.0.1", "OMIS_IMAP_PORT": "1",
        "OMIS_IMAP_SSL": "false", "OMIS_IMAP_USER": "u", "OMIS_IMAP_PASSWORD": "p",
        "OMIS_IMAP_ALLOW_PLAIN": "true", "OMIS_LOG_DIR": str(tmp_path / "logs"),
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    result = run_cli("mail-check")
    assert result.exit_code == 1
    assert result.stderr.count("127.0.0.1:1 недоступен") == 1  # said once on the console
    daily = list((tmp_path / "logs").glob("log_*.log"))
    assert len(daily) == 1
    assert "разбор почты: ошибка — почтовый ящик IMAP 127.0.0.1:1 недоступен" in (
        daily[0].read_text(encoding="utf-8")
    )
    errors = (tmp_path / "logs" / "error.log").read_text(encoding="utf-8")
    assert "почтовый ящик IMAP 127.0.0.1:1 недоступен" in errors


@pytest.fixture
def faulty(imap_server, mailbox: str, monkeypatch: pytest.MonkeyPatch):
    """The test's mailbox behind a proxy that answers body FETCHes as broken servers do."""
    from fakes.imap_faults import faulty_imap

    with faulty_imap((imap_server.host, imap_server.port)) as proxy:
        monkeypatch.setenv("OMIS_IMAP_HOST", "127.0.0.1")
        monkeypatch.setenv("OMIS_IMAP_PORT", str(proxy.port))
        yield proxy


def _unreadable(database: Database) -> dict[str, str]:
    from sqlalchemy import select

    from omis.mail.models import Letter

    with database.session() as session:
        rows = session.scalars(select(Letter).where(Letter.reason == "unreadable"))
        return {row.source_ref: row.error or "" for row in rows}


@pytest.mark.parametrize("answer", ["UID {uid}", "UID {uid} BODY[] NIL"])
def test_a_fetch_answer_without_the_body_is_never_skipped_silently(
    imap_server, mailbox: str, faulty, database: Database, answer: str
) -> None:
    for minute in (1, 2):
        imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=minute))
    faulty.bodiless = answer
    first = run_mail_check(database, _settings(database))
    assert first.total == 2
    unreadable = _unreadable(database)
    assert sorted(ref.rpartition(":")[2] for ref in unreadable) == ["1", "2"]
    assert all("UID" in error and "BODY[]" in error for error in unreadable.values())


def test_one_letter_the_server_refuses_does_not_hold_back_the_others(
    imap_server, mailbox: str, faulty, database: Database
) -> None:
    for minute in (1, 2, 3):
        imap_server.append(mailbox, letter("Заявка 4512", f"Выехали {minute}.", minute=minute))
    faulty.refuse = {2}
    first = run_mail_check(database, _settings(database))
    assert first.total == 3
    assert first.outcomes["applied"] >= 1
    unreadable = _unreadable(database)
    assert len(unreadable) == 1
    ((ref, error),) = unreadable.items()
    assert ref.endswith(":2")
    assert "UID 2" in error
    assert "could not be converted" in error
    again = run_mail_check(database, _settings(database))
    assert again.total == 0  # quarantined, not asked for again on every pass


def test_a_cyrillic_password_without_auth_plain_is_one_russian_line(
    run_cli, faulty, monkeypatch: pytest.MonkeyPatch
) -> None:
    faulty.hidden = [b"AUTH=PLAIN"]
    monkeypatch.setenv("OMIS_IMAP_PASSWORD", "Пароль-Секрет77")
    result = run_cli("mail-check")
    assert result.exit_code == 1
    assert "OMIS_IMAP_PASSWORD" in result.stderr
    assert "не латинские символы" in result.stderr
    assert "UnicodeEncodeError" not in result.output


def _stored_refs(database: Database) -> list[str]:
    from sqlalchemy import select

    from omis.mail.models import Letter

    with database.session() as session:
        return sorted(str(ref) for ref in session.scalars(select(Letter.source_ref)))


@pytest.mark.parametrize(
    ("uids", "outcomes"),
    [
        ([5, 7, 9, 6], {"applied": 1}),  # appended with a UID below the last read
        ([2, 4, 6, 8], {"applied": 1, "duplicate": 3}),  # the whole folder renumbered lower
    ],
)
def test_a_letter_below_the_last_read_uid_with_the_same_uidvalidity_is_still_read(
    imap_server, mailbox: str, database: Database, uids: list[int], outcomes: dict[str, int]
) -> None:
    from fakes.dovecot import renumber

    for minute in (1, 2, 3):
        imap_server.append(mailbox, letter("Заявка 4512", f"Письмо {minute}.", minute=minute))
    renumber(imap_server, mailbox, [5, 7, 9])
    assert run_mail_check(database, _settings(database)).total == 3
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=4))
    renumber(imap_server, mailbox, uids)
    second = run_mail_check(database, _settings(database))
    assert second.outcomes == outcomes
    assert len(_stored_refs(database)) == 4  # the old letters were not stored again
    assert run_mail_check(database, _settings(database)).total == 0


def test_a_body_shorter_than_its_rfc822_size_is_asked_again_then_quarantined(
    imap_server, mailbox: str, faulty, database: Database
) -> None:
    raw = letter("Заявка 4512", "Выехали.", minute=1)
    imap_server.append(mailbox, raw)
    # the server reports the whole size and sends a beginning, cut elsewhere when asked again
    faulty.body = [raw[:150], raw[:120]]
    first = run_mail_check(database, _settings(database))
    assert first.total == 1
    assert faulty.body_fetches == 2  # asked once more before giving up
    ((ref, error),) = _unreadable(database).items()
    assert ref.endswith(":1")
    assert "UID 1 не целиком: получено 120 байт из" in error
    assert "RFC822.SIZE" in error


def test_a_letter_sent_the_same_way_twice_is_whole_though_its_announced_size_is_larger(
    imap_server, mailbox: str, faulty, database: Database
) -> None:
    # Exchange announces an estimate of the size, larger than the letter it sends
    raw = letter("Заявка 4512", "Выехали.", minute=1)
    imap_server.append(mailbox, raw + b"\r\n" * 300)
    faulty.body = raw
    assert run_mail_check(database, _settings(database)).outcomes == {"applied": 1}
    assert faulty.body_fetches == 2
    assert _unreadable(database) == {}


def test_a_body_cut_short_once_is_read_whole_when_asked_again(
    imap_server, mailbox: str, faulty, database: Database
) -> None:
    raw = letter("Заявка 4512", "Выехали.", minute=1)
    imap_server.append(mailbox, raw)
    faulty.body, faulty.faults_left = raw[:120], 1
    assert run_mail_check(database, _settings(database)).outcomes == {"applied": 1}


def test_a_letter_larger_than_its_announced_size_is_still_cut_at_the_cap(
    imap_server, mailbox: str, faulty, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from omis.mail.models import Letter

    monkeypatch.setenv("OMIS_MAIL_MAX_LETTER_MB", "1")
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=1))
    faulty.body = letter("Заявка 4512", "Выехали.\n" + ("x" * 70 + "\n") * 22_000, minute=1)
    assert len(faulty.body) > 1024 * 1024  # the server announced a few hundred bytes
    run_mail_check(database, _settings(database))
    with database.session() as session:
        stored = session.scalars(select(Letter)).one()
        assert stored.raw_size == len(faulty.body)
        assert stored.raw_message is not None
        assert len(stored.raw_message) <= 1024 * 1024
        assert "прочитано не целиком" in (stored.body_text or "")


def test_a_server_trickling_a_letter_stops_the_run_at_its_time_limit(
    run_cli, imap_server, mailbox: str, faulty, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_MAIL_MAX_RUN_MINUTES", "0.01")  # 0.6 s
    monkeypatch.setenv("OMIS_MAIL_MAX_LETTER_MB", "1")  # the large letter is read alone
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=1))
    imap_server.append(mailbox, letter("Заявка 4512", "x\n" * 600_000, minute=2))
    faulty.trickle = {2}  # a byte every 0.1 s: the socket timeout never fires
    result = run_cli("mail-check")
    assert result.exit_code == 1
    assert "разбор почты остановлен: прошло 0.01 мин (OMIS_MAIL_MAX_RUN_MINUTES)" in result.stderr
    assert "Traceback" not in result.output
    assert [ref.rpartition(":")[2] for ref in _stored_refs(database)] == ["1"]


def _counts(imap_server, mailbox: str, *folders: str) -> tuple[bytes, ...]:
    client = imap_server.client(mailbox)
    counts = tuple(client.select(folder)[1][0] for folder in folders)
    client.logout()
    return counts


@pytest.fixture
def without_move(imap_server, mailbox: str, faulty, monkeypatch: pytest.MonkeyPatch):
    """A server without MOVE (COPY, STORE \\Deleted, EXPUNGE instead) and a Processed folder."""
    monkeypatch.setenv("OMIS_MAIL_AFTER", "move:Processed")
    client = imap_server.client(mailbox)
    client.create("Processed")
    client.logout()
    faulty.hidden = [b"MOVE"]
    return faulty


def test_a_move_retried_after_a_refused_delete_does_not_copy_the_letter_again(
    imap_server, mailbox: str, without_move, database: Database
) -> None:
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=1))
    without_move.refused = {b"STORE"}
    assert run_mail_check(database, _settings(database)).action_failures == 1
    assert run_mail_check(database, _settings(database)).action_failures == 1  # retried
    without_move.refused = set()
    assert run_mail_check(database, _settings(database)).action_failures == 0
    assert _counts(imap_server, mailbox, "INBOX", "Processed") == (b"0", b"1")


def test_a_move_without_move_expunges_only_its_own_letter(
    imap_server, mailbox: str, without_move, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    imap_server.append(mailbox, letter("Заявка 4512", "Принята.", minute=1))
    monkeypatch.setenv("OMIS_MAIL_AFTER", "none")
    run_mail_check(database, _settings(database))
    client = imap_server.client(mailbox)  # another mail client deletes it lazily
    client.select("INBOX")
    client.uid("STORE", "1", "+FLAGS", "(\\Deleted)")
    client.logout()
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=2))
    monkeypatch.setenv("OMIS_MAIL_AFTER", "move:Processed")
    assert run_mail_check(database, _settings(database)).action_failures == 0
    assert _counts(imap_server, mailbox, "INBOX", "Processed") == (b"1", b"1")


def test_doctor_finds_a_missing_move_folder_and_names_it_as_written(
    imap_server, mailbox: str, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: the doctor said «вход выполнен» and every letter then failed to move.
    monkeypatch.setenv("OMIS_MAIL_AFTER", "move:Обработано")
    missing = check_imap(_settings(database).mail)
    assert missing.state is State.FAIL
    assert "папки для обработанных писем «Обработано» нет в ящике" in missing.detail
    assert "OMIS_MAIL_AFTER" in missing.hint
    assert "INBOX" in missing.hint  # the folders there are, to choose from
    client = imap_server.client(mailbox)
    client.create(quote_mailbox(encode_modified_utf7("Обработано")))
    client.logout()
    found = check_imap(_settings(database).mail)
    assert found.state is State.OK, found.detail
    assert "обработанные — в «Обработано»" in found.detail


def test_a_failed_move_names_the_folder_as_written_not_in_utf7(
    imap_server,
    mailbox: str,
    faulty,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Before: «Mailbox doesn't exist: &BB4EMQRABDAEMQQ+BEIEMAQ9BD4-» from servers (Cyrus,
    # Exchange) that name the folder in their answer.
    faulty.refused = {b"MOVE"}
    faulty.refusal = b"NO [TRYCREATE] Mailbox doesn't exist: {last}"
    monkeypatch.setenv("OMIS_MAIL_AFTER", "move:Обработано")
    imap_server.append(mailbox, letter("Заявка 4512", "Выехали.", minute=1))
    assert run_mail_check(database, _settings(database)).action_failures == 1
    [failure] = [r.getMessage() for r in caplog.records if "не выполнено" in r.getMessage()]
    assert failure.endswith('Mailbox doesn\'t exist: "Обработано"'), failure
