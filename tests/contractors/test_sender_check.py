"""The sender check in the mail pass: a letter about a contractor's request, from outside
that contractor's mail, waits in review; the operator accepts it once or adds the sender."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from fakes.letters import letter
from omis.contractors import store as contractors
from omis.contractors.store import ContractorData
from omis.core.db import Database
from omis.core.errors import UsageError
from omis.core.settings import Settings
from omis.mail import sender_review
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter
from omis.mail.sandbox import try_letter
from omis.requests import store
from omis.requests.lifecycle import Actor

FORWARDED = (
    "Пересылаю отчёт бригады.\n\n"
    "---------- Forwarded message ---------\n"
    "From: Бригада <brigada7@gmail.com>\n"
    "Subject: 4512\n\nна месте\n"
)


@pytest.fixture
def registry(database: Database) -> Database:
    """Request 4512 of «СтройСервис» (stroyservis.ru, disp@gmail.com), request 4600 without
    a contractor."""
    with database.session() as session:
        owner = contractors.add(
            session, ContractorData("СтройСервис", ("disp@gmail.com",), ("stroyservis.ru",))
        )
        for number in ("4512", "4600"):
            store.add_position(session, store.NewPosition(number, "1"), actor=Actor.OPERATOR)
        contractors.attach(store.require_request(session, "4512"), owner)
    return database


def _pass(database: Database, settings: Settings, tmp_path: Path, mode: str, *letters: bytes):
    inbox = tmp_path / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for number, raw in enumerate(letters):
        (inbox / f"{number:03}.eml").write_bytes(raw)
    mail = settings.mail.model_copy(update={"mail_sender_check": mode})
    return run_mail_check(database, settings.with_section("mail", mail), directory=inbox)


def _letters(database: Database) -> dict[str, tuple[str, str | None]]:
    with database.session() as session:
        rows = session.scalars(select(Letter).order_by(Letter.id))
        return {row.sender or "": (row.outcome, row.reason) for row in rows}


def _status(database: Database, number: str) -> str:
    with database.session() as session:
        return store.require_request(session, number).positions[0].status


CASES = [
    # mode, sender, outcome of a letter about request 4512
    ("domain", "dispatch@stroyservis.ru", "applied"),
    ("domain", "brigada@msk.stroyservis.ru", "applied"),
    ("domain", "disp@gmail.com", "applied"),
    ("domain", "brigada7@gmail.com", "unmatched"),
    ("address", "disp@gmail.com", "applied"),
    ("address", "dispatch@stroyservis.ru", "unmatched"),
    ("off", "brigada7@gmail.com", "applied"),
]


@pytest.mark.parametrize(("mode", "sender", "outcome"), CASES)
def test_sender_check_by_mode(
    registry: Database, settings: Settings, tmp_path: Path, mode: str, sender: str, outcome: str
) -> None:
    raw = letter("Заявка 4512", "Бригада на месте.", sender=sender)
    _pass(registry, settings, tmp_path, mode, raw)
    reason = None if outcome == "applied" else "foreign_sender"
    assert _letters(registry) == {sender: (outcome, reason)}
    expected = "подрядчик на месте" if outcome == "applied" else "заявка отправлена"
    assert _status(registry, "4512") == expected


def test_a_forwarded_report_is_from_the_forwarder(
    registry: Database, settings: Settings, tmp_path: Path
) -> None:
    from_contractor = letter(
        "Fwd: Заявка 4512 — бригада на месте", FORWARDED, sender="dispatch@stroyservis.ru"
    )
    from_stranger = letter(
        "Fwd: Заявка 4512 — бригада на месте", FORWARDED, sender="sosed@yandex.ru", minute=5
    )
    report = _pass(registry, settings, tmp_path, "domain", from_contractor, from_stranger)
    assert report.outcomes == {"applied": 1, "unmatched": 1}
    assert _letters(registry) == {
        "dispatch@stroyservis.ru": ("applied", None),
        "sosed@yandex.ru": ("unmatched", "foreign_sender"),
    }
    assert any("sosed@yandex.ru, заявка подрядчика «СтройСервис»" in line for line in report.lines)


def test_a_request_without_a_contractor_takes_any_sender(
    registry: Database, settings: Settings, tmp_path: Path
) -> None:
    _pass(
        registry, settings, tmp_path, "address", letter("Заявка 4600", "Выехали.", sender="x@y.ru")
    )
    assert _status(registry, "4600") == "подрядчик в пути"


def test_accept_once_applies_without_adding_the_sender(
    registry: Database, settings: Settings, tmp_path: Path
) -> None:
    _pass(
        registry,
        settings,
        tmp_path,
        "domain",
        letter("Заявка 4512", "На месте.", sender="b@gmail.com"),
    )
    with registry.session() as session:
        letter_id = session.scalars(select(Letter.id)).one()
        outcome = sender_review.accept_once(session, letter_id, "operator")
    assert outcome.outcome == "applied"
    assert _status(registry, "4512") == "подрядчик на месте"
    with registry.session() as session:
        assert contractors.require(session, "СтройСервис").emails == ["disp@gmail.com"]
        held = session.get_one(Letter, letter_id)
        assert (held.review_state, held.reviewed_by) == ("assigned", "operator")
        changes = store.history(session, "4512")
        assert changes[-1].actor_name == "operator (разбор письма)"
        with pytest.raises(UsageError, match="не в очереди разбора"):
            sender_review.accept_once(session, letter_id, "operator")


def test_add_this_address_applies_and_lets_the_next_letter_through(
    registry: Database, settings: Settings, tmp_path: Path
) -> None:
    first = letter("Заявка 4512", "Выехали.", sender="Brigada7@Gmail.com")
    _pass(registry, settings, tmp_path, "domain", first)
    with registry.session() as session:
        letter_id = session.scalars(select(Letter.id)).one()
        sender_review.add_sender_and_accept(session, letter_id, "operator")
    assert _status(registry, "4512") == "подрядчик в пути"
    with registry.session() as session:
        assert contractors.require(session, "СтройСервис").emails == [
            "disp@gmail.com",
            "brigada7@gmail.com",
        ]
    later = letter("Заявка 4512", "На месте.", sender="brigada7@gmail.com", minute=30)
    report = _pass(registry, settings, tmp_path / "2", "domain", later)
    assert report.outcomes == {"applied": 1}
    assert _status(registry, "4512") == "подрядчик на месте"


def test_only_letters_held_by_the_sender_check_take_these_actions(
    registry: Database, settings: Settings, tmp_path: Path
) -> None:
    _pass(
        registry,
        settings,
        tmp_path,
        "domain",
        letter("Привет", "Как дела?", sender="disp@gmail.com"),
    )
    with registry.session() as session:
        letter_id = session.scalars(select(Letter.id)).one()
        with pytest.raises(UsageError, match="задержано не проверкой отправителя"):
            sender_review.add_sender_and_accept(session, letter_id, "operator")


def _with_from(raw_from: str, subject: str, body: str, minute: int = 0) -> bytes:
    """A letter whose From header is exactly ``raw_from`` (the library would repair it)."""
    raw = letter(subject, body, sender="placeholder@example.ru", minute=minute)
    return raw.replace(b"From: placeholder@example.ru", b"From: " + raw_from.encode())


# A display name that looks like the contractor's address, in every spelling: the sender is
# the address in brackets (the one a mail program shows and replies to), never the name.
SPOOFED = (
    "disp@gmail.com <evil@attacker.example>",
    "dispatch@stroyservis.ru <evil@attacker.example>",
    "=?utf-8?B?ZGlzcEBnbWFpbC5jb20=?= <evil@attacker.example>",  # disp@gmail.com, encoded
    '"dispatch@stroyservis.ru" <evil@attacker.example>',
    "evil@attacker.example (dispatch@stroyservis.ru)",
)
# No single clear address at all: the letter has no sender and cannot pass the check.
MALFORMED = (
    "dispatch@stroyservis.ru evil@attacker.example",
    "Диспетчер <dispatch@stroyservis.ru",
    "=?utf-8?B?ZGlzcEBnbWFpbC5jb20=?=",
    "<dispatch@stroyservis.ru> <evil@attacker.example>",
)


def test_an_address_in_the_display_name_is_never_the_sender(
    registry: Database, settings: Settings, tmp_path: Path, run_cli
) -> None:
    raws = [
        _with_from(value, "Заявка 4512", "Работы завершены, убыли.", minute=number)
        for number, value in enumerate(SPOOFED + MALFORMED)
    ]
    report = _pass(registry, settings, tmp_path, "domain", *raws)
    assert report.outcomes == {"unmatched": len(raws)}
    assert _status(registry, "4512") == "заявка отправлена"
    with registry.session() as session:
        rows = session.scalars(select(Letter).order_by(Letter.id)).all()
        assert [(row.sender, row.reason) for row in rows] == (
            [("evil@attacker.example", "foreign_sender")] * len(SPOOFED)
            + [(None, "foreign_sender")] * len(MALFORMED)
        )
        for raw in raws:  # the sandbox reads the same address
            trial = try_letter(session, raw)
            assert trial.decision.unmatched_reason == "foreign_sender"
            assert trial.parsed.sender in ("evil@attacker.example", None)
    exported = json.loads(run_cli("letters", "export", "--format", "json").stdout)
    assert [row["sender"] for row in exported] == ["evil@attacker.example"] * len(SPOOFED) + [
        ""
    ] * len(MALFORMED)


def test_a_name_repeating_the_address_it_names_is_the_contractor(
    registry: Database, settings: Settings, tmp_path: Path
) -> None:
    raw = _with_from("Disp@Gmail.com <disp@gmail.com>", "Заявка 4512", "Бригада на месте.")
    _pass(registry, settings, tmp_path, "domain", raw)
    assert _letters(registry) == {"disp@gmail.com": ("applied", None)}
