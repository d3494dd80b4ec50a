"""Hostile letters: nothing a letter contains stops a pass (issue 16, mail intake).

Each test puts a poison letter next to a valid one: the pass must finish, the valid letter
must be applied, and the poison one stored once (quarantined when it cannot be read).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from fakes.letters import letter
from omis.core.db import Database
from omis.core.settings import Settings, load_settings
from omis.mail.intake import run_mail_check
from omis.mail.message import parse_message
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.requests.models import StatusChange


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def _register(database: Database, number: str = "4512", *positions: str) -> None:
    with database.session() as session:
        for position in positions or ("1",):
            store.add_position(session, store.NewPosition(number, position), actor=Actor.OPERATOR)


def _status(database: Database, number: str = "4512", position: str = "1") -> str:
    with database.session() as session:
        found = store.find_position(session, number, position)
        assert found is not None
        return found.status


def _stored(database: Database) -> dict[str, Letter]:
    with database.session() as session:
        return {str(row.source_ref): row for row in session.scalars(select(Letter))}


def _raw(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("utf-8") + b"\r\n" + body


def _valid(inbox: Path) -> None:
    (inbox / "valid.eml").write_bytes(letter("Заявка 4512", "Бригада выехала.", minute=1))


@pytest.mark.parametrize("offset", ["-1200", "+0000", "+1400"])
def test_letter_dated_year_9999_does_not_stop_the_pass(
    database: Database, settings: Settings, inbox: Path, offset: str
) -> None:
    _register(database)
    _valid(inbox)
    (inbox / "future.eml").write_bytes(
        _raw(
            f"From: disp@podryad.ru\nDate: Fri, 31 Dec 9999 23:59:59 {offset}\n"
            "Subject: Заявка 4512\nContent-Type: text/plain; charset=utf-8\n",
            "Бригада на месте.".encode(),
        )
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.total == 2
    stored = _stored(database)
    assert stored["future.eml"].sent_at is None  # an absurd Date is a defect, not a crash
    assert stored["valid.eml"].outcome == "applied"
    assert _status(database) == "подрядчик на месте"


@pytest.mark.parametrize(
    "written", ["Mon, 30 Nov 0000 12:00:00 +0000", "30 Nov 0026 12:00 +0300", "30 Nov 1900 12:00"]
)
def test_a_year_written_0000_is_an_absurd_date_like_1900_not_2000(
    database: Database, settings: Settings, inbox: Path, written: str
) -> None:
    """«0000» was read as 2000 (every year under 100 is a two-digit year to the parser): the
    position moved 26 years before its request. It is an unusable Date, as 1900 is."""
    _register(database)
    raw = _raw(
        f"From: disp@podryad.ru\nDate: {written}\n"
        "Subject: Заявка 4512\nContent-Type: text/plain; charset=utf-8\n",
        "Бригада выехала.".encode(),
    )
    assert f"нечитаемая дата: {written}" in parse_message(raw).defects
    (inbox / "zero.eml").write_bytes(raw)
    run_mail_check(database, settings, directory=inbox)
    stored = _stored(database)["zero.eml"]
    assert stored.sent_at is None
    with database.session() as session:
        moved = session.scalars(select(StatusChange).where(StatusChange.actor == "letter")).one()
        assert moved.changed_at == stored.received_at  # when it came, not 30.11.2000


def test_nul_in_a_charset_parameter_does_not_stop_the_pass(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database)
    _valid(inbox)
    (inbox / "nul-charset.eml").write_bytes(
        _raw(
            "From: disp@podryad.ru\nSubject: =?utf-8\x00?B?0JfQsNGP0LLQutCwIDQ1MTI=?=\n"
            'Content-Type: text/plain; charset="utf-8\x00"\n',
            "Бригада на месте.".encode(),
        )
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.total == 2
    assert _stored(database)["valid.eml"].outcome == "applied"
    assert "nul-charset.eml" in _stored(database)


def test_nul_bytes_in_a_letter_are_stored_without_them_on_every_engine(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database)
    _valid(inbox)
    (inbox / "nul.eml").write_bytes(
        _raw(
            "From: disp@podryad.ru\nSubject: Заявка\x00 4512\nMessage-ID: <nul\x00@podryad.ru>\n"
            "Content-Type: text/plain; charset=utf-8\n",
            "Бригада\x00 на месте.\x00".encode(),
        )
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.total == 2
    nul = _stored(database)["nul.eml"]
    assert "\x00" not in (nul.body_text or "") + (nul.subject or "") + (nul.message_id or "")
    assert "на месте" in (nul.body_text or "")
    assert _stored(database)["valid.eml"].outcome == "applied"


def test_undecodable_header_bytes_are_stored_on_every_engine(
    database: Database, settings: Settings, inbox: Path
) -> None:
    """Raw 8-bit header bytes become unpaired surrogates, which no database encodes."""
    _register(database)
    (inbox / "bytes.eml").write_bytes(
        b"From: disp@podryad.ru\r\nMessage-ID: <\xff\xfe@podryad.ru>\r\n"
        b"Subject: \xd0\xd0 4512\r\nX-Mailer: \xff\r\n\r\n\xff\xfe body"
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.total == 1
    assert "bytes.eml" in _stored(database)


def test_html_of_sixty_thousand_paragraphs_is_read_in_one_pass(
    database: Database, settings: Settings, inbox: Path
) -> None:
    """480 KB of <p> blocks took 474 s of CPU with the tree-based conversion (the suite's
    timeout stops it); the conversion is now one forward scan."""
    _register(database)
    html = "<html><body><p>Заявка 4512: бригада на месте.</p>" + "<p>строка</p>" * 60_000
    (inbox / "html.eml").write_bytes(
        _raw(
            "From: disp@podryad.ru\nSubject: Отчёт\nContent-Type: text/html; charset=utf-8\n",
            (html + "</body></html>").encode(),
        )
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"applied": 1}
    body = _stored(database)["html.eml"].body_text or ""
    assert body.startswith("Заявка 4512: бригада на месте.\n\nстрока\n\nстрока")


def test_a_style_block_of_a_hundred_thousand_rules_still_hides_what_it_hides(
    database: Database, settings: Settings, inbox: Path
) -> None:
    """A <style> rule hid «убыла» and the letter was read as «подрядчик убыл»; 100,000 rules
    around it are read in the same pass (their cost: bench/mail_hostile_text.py)."""
    _register(database)
    style = "<style>.pre{display:none}" + ".a{x:0}" * 100_000 + "</style>"
    html = f"<html><head>{style}</head><body><div class=pre>Бригада убыла.</div>Выехали.</body>"
    (inbox / "style.eml").write_bytes(
        _raw(
            "From: disp@podryad.ru\nSubject: Заявка 4512\nContent-Type: text/html; charset=utf-8\n",
            (html + "</html>").encode(),
        )
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"applied": 1}
    assert _stored(database)["style.eml"].body_text == "Выехали."
    assert _status(database) == "подрядчик в пути"


def test_a_letter_over_the_size_cap_is_stored_with_its_beginning_and_a_note(
    database: Database, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_MAIL_MAX_LETTER_MB", "1")
    settings = load_settings().with_database(database.url)
    _register(database)
    photo = b"Q" * (3 * 1024 * 1024)
    (inbox / "big.eml").write_bytes(
        _raw(
            'From: disp@podryad.ru\nSubject: Заявка 4512\nContent-Type: multipart/mixed; boundary="B"\n',
            b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Бригада на месте, фото во вложении.".encode()
            + b"\r\n--B\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; "
            b'filename="photo.jpg"\r\n\r\n' + photo + b"\r\n--B--\r\n",
        )
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"applied": 1}
    big = _stored(database)["big.eml"]
    assert (big.raw_size or 0) > 3 * 1024 * 1024
    assert "прочитано не целиком" in (big.body_text or "")
    assert "Бригада на месте" in (big.body_text or "")


def test_two_different_letters_sharing_a_message_id_are_two_letters(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1", "2")
    shared = "<same-id@podryad.ru>"
    (inbox / "a.eml").write_bytes(
        letter("Заявка 4512 позиция 1", "Выехали.", minute=1, message_id=shared)
    )
    (inbox / "b.eml").write_bytes(
        letter("Заявка 4512 позиция 2", "На месте.", minute=2, message_id=shared)
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"applied": 2}
    assert _status(database, "4512", "1") == "подрядчик в пути"
    assert _status(database, "4512", "2") == "подрядчик на месте"


def test_two_files_with_no_headers_at_all_are_two_letters(
    database: Database, settings: Settings, inbox: Path
) -> None:
    (inbox / "a.eml").write_bytes(b"\r\n")
    (inbox / "b.eml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    report = run_mail_check(database, settings, directory=inbox)
    assert "duplicate" not in report.outcomes
    assert len(_stored(database)) == 2


def test_a_redelivery_with_extra_transport_headers_is_the_same_letter(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database)
    original = letter("Заявка 4512", "Выехали.", minute=1)
    (inbox / "a.eml").write_bytes(original)
    (inbox / "b.eml").write_bytes(
        b"Received: from relay.example by mx.example; Fri, 20 Nov 2026 06:05:00 +0000\r\n"
        b"Delivered-To: alias@example.ru\r\nX-Original-To: alias@example.ru\r\n" + original
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"applied": 1, "duplicate": 1}


def test_stored_letters_are_skipped_before_they_are_read_again(
    database: Database, settings: Settings, inbox: Path
) -> None:
    """The second pass must not parse a.eml again: replaced by another letter under the
    same name, it would otherwise be stored as a new letter."""
    _register(database)
    (inbox / "a.eml").write_bytes(letter("Заявка 4512", "Выехали.", minute=1))
    assert run_mail_check(database, settings, directory=inbox).outcomes == {"applied": 1}
    (inbox / "a.eml").write_bytes(letter("Заявка 4512", "На месте.", minute=2))
    again = run_mail_check(database, settings, directory=inbox)
    assert again.total == 0
    assert _status(database) == "подрядчик в пути"


def test_a_letter_the_parser_falls_over_is_quarantined_with_the_error(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database)
    _valid(inbox)
    nesting = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(3000)
    )
    (inbox / "deep.eml").write_bytes(
        _raw("From: disp@podryad.ru\nSubject: Заявка 4512\n" + nesting, b"hello")
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"applied": 1, "unmatched": 1}
    deep = _stored(database)["deep.eml"]
    assert (deep.outcome, deep.reason, deep.review_state) == ("unmatched", "unreadable", "open")
    assert "RecursionError" in (deep.error or "")


def test_a_letter_the_database_refuses_is_quarantined_and_the_pass_goes_on(
    database: Database, settings: Settings, inbox: Path
) -> None:
    """A write refused for one letter (here by a trigger, as a constraint or a column limit
    would) rolls back its batch; the batch is stored again letter by letter."""
    _refuse_letters_containing(database, "ЯД")
    _register(database)
    _valid(inbox)
    (inbox / "poison.eml").write_bytes(letter("Заявка 4512", "ЯД: на месте.", minute=2))
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"applied": 1, "unmatched": 1}
    poison = _stored(database)["poison.eml"]
    assert (poison.reason, poison.review_state) == ("unreadable", "open")
    assert "не сохранено" in (poison.error or "")
    assert _status(database) == "подрядчик в пути"


def _refuse_letters_containing(database: Database, marker: str) -> None:
    with database.engine.begin() as connection:
        if database.dialect == "sqlite":
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON letters "
                    f"WHEN NEW.body_text LIKE '%{marker}%' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"
                )
            )
            return
        connection.execute(
            text(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                f"IF NEW.body_text LIKE '%{marker}%' THEN RAISE EXCEPTION 'refused by trigger'; "
                "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
            )
        )
        connection.execute(
            text(
                "CREATE TRIGGER refuse BEFORE INSERT ON letters FOR EACH ROW EXECUTE FUNCTION refuse()"
            )
        )


def test_omis_own_reminder_fed_back_is_recorded_and_ignored(
    database: Database, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_SMTP_SENDER", "OMIS <omis@example.ru>")
    settings = load_settings().with_database(database.url)
    _register(database)
    (inbox / "echo.eml").write_bytes(
        letter(
            "OMIS: напоминание о задержке заявки",
            "⚠ Заявка №4512 уже более часа без обновления (текущий статус: «подрядчик на месте»)",
            sender="omis@example.ru",
        )
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"ignored": 1}
    assert _stored(database)["echo.eml"].reason == "own-mail"
    assert _status(database) == "заявка отправлена"
    with database.session() as session:
        assert session.scalar(select(func.count(Letter.id))) == 1
