"""Replay: stored letters re-decided by the current rules; only lifecycle-allowed changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from fakes.letters import letter
from omis.core.db import Database
from omis.core.settings import Settings
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter
from omis.mail.replay import ACTOR, replay
from omis.mail.rules import Rules, Statuses, default_rules
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.requests.models import StatusChange


def _older_rules() -> Rules:
    """The rules as they were before «уехали» was understood."""
    rules = default_rules()
    kept = tuple(t for t in rules.statuses.triggers if t.name != "left.ubyli")
    return rules.model_copy(update={"statuses": Statuses(triggers=kept)})


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def _register(database: Database, number: str, *positions: str) -> None:
    with database.session() as session:
        for position in positions:
            store.add_position(session, store.NewPosition(number, position), actor=Actor.OPERATOR)


def _read(
    database: Database, settings: Settings, inbox: Path, rules: Rules, *letters: bytes
) -> None:
    for index, raw in enumerate(letters):
        (inbox / f"{index}.eml").write_bytes(raw)
    run_mail_check(database, settings, directory=inbox, rules=rules)


def _status(database: Database, number: str, position: str) -> str:
    with database.session() as session:
        found = store.find_position(session, number, position)
        assert found is not None
        return found.status


def _stored(database: Database) -> list[tuple[str, str | None, str | None, str | None]]:
    with database.session() as session:
        letters = session.scalars(select(Letter).order_by(Letter.id))
        return [(x.outcome, x.reason, x.review_state, x.reviewed_by) for x in letters]


@pytest.fixture
def waiting(database: Database, settings: Settings, inbox: Path) -> None:
    """Request 4512: «выехали» applied, «уехали» left in review by the older rules."""
    _register(database, "4512", "1")
    _read(
        database, settings, inbox, _older_rules(),
        letter("Заявка 4512", "Бригада выехала.", minute=1),
        letter("Заявка 4512", "Всё, уехали в 16:00.", minute=30),
    )  # fmt: skip
    assert _stored(database)[1] == ("unmatched", "no_status", "open", None)


@pytest.mark.usefixtures("waiting")
def test_replay_shows_the_difference_and_changes_nothing_without_apply(database: Database) -> None:
    with database.session() as session:
        changes = replay(session, default_rules())
    assert [c.describe() for c in changes] == [
        f"письмо {changes[0].letter_id} «Заявка 4512»: на разбор (нет слов о статусе, №4512) → "
        "№4512 «подрядчик убыл» [будет применено]"
    ]
    assert _status(database, "4512", "1") == "подрядчик в пути"
    assert _stored(database)[1] == ("unmatched", "no_status", "open", None)


@pytest.mark.usefixtures("waiting")
def test_replay_apply_moves_the_position_and_takes_the_letter_out_of_review(
    database: Database,
) -> None:
    with database.session() as session:
        changes = replay(session, default_rules(), apply=True)
    assert [c.done for c in changes] == [True]
    assert _status(database, "4512", "1") == "подрядчик убыл"
    assert _stored(database)[1] == ("applied", None, "assigned", ACTOR)
    with database.session() as session:
        change = session.scalars(select(StatusChange).where(StatusChange.actor_name == ACTOR)).one()
        assert (change.to_status, change.verdict) == ("подрядчик убыл", "applied")
        assert change.evidence is not None
        assert any("уехали" in item["phrase"] for item in change.evidence["items"])


@pytest.mark.usefixtures("waiting")
def test_a_second_apply_changes_nothing(database: Database) -> None:
    with database.session() as session:
        replay(session, default_rules(), apply=True)
    before = _stored(database)
    with database.session() as session:
        assert replay(session, default_rules(), apply=True) == []
        history = len(session.scalars(select(StatusChange)).all())
    assert _stored(database) == before
    with database.session() as session:
        assert replay(session, default_rules(), apply=True) == []
        assert len(session.scalars(select(StatusChange)).all()) == history


def test_replay_never_moves_a_position_back_or_to_another_request(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1")
    _register(database, "4513", "1")
    _read(database, settings, inbox, default_rules(), letter("Заявка 4512", "Выехали.", minute=1))
    with database.session() as session:  # as an older rule decided it: the wrong request
        stored = session.scalars(select(Letter)).one()
        stored.request_number, stored.status = "4513", "подрядчик убыл"
    with database.session() as session:
        changes = replay(session, default_rules(), apply=True)
    assert [(c.action, c.done) for c in changes] == [("manual", False)]
    assert _status(database, "4513", "1") == "заявка отправлена"
    with database.session() as session:
        assert session.scalars(select(Letter)).one().request_number == "4513"


def test_an_automatic_letter_left_in_review_is_dismissed(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1")
    auto = letter("Автоответ: Заявка 4512", "Я в отпуске.", minute=1)
    _read(database, settings, inbox, default_rules(), auto)
    with database.session() as session:  # as an older rule left it: in the review queue
        stored = session.scalars(select(Letter)).one()
        stored.outcome, stored.reason, stored.review_state = "unmatched", "no_status", "open"
    with database.session() as session:
        changes = replay(session, default_rules(), apply=True)
    assert [(c.action, c.done) for c in changes] == [("dismiss", True)]
    assert _stored(database) == [("ignored", "out-of-office", "dismissed", ACTOR)]


def test_letters_a_person_decided_are_left_alone(database: Database, waiting: None) -> None:
    del waiting
    from omis.mail import review

    with database.session() as session:
        letter_id = session.scalars(select(Letter.id).where(Letter.review_state == "open")).one()
        review.dismiss(session, letter_id, "дубль", "operator")
    with database.session() as session:
        assert replay(session, default_rules(), apply=True) == []
    assert _status(database, "4512", "1") == "подрядчик в пути"


@pytest.mark.usefixtures("waiting")
def test_mail_replay_command_previews_then_applies_once(run_cli) -> None:
    preview = run_cli("mail", "replay")
    assert preview.exit_code == 0, preview.output
    assert "→ №4512 «подрядчик убыл» [будет применено]" in preview.stdout
    assert "пробный просмотр: ничего не изменено" in preview.stdout
    applied = run_cli("mail", "replay", "--apply")
    assert "писем с другим решением: 1, выполнено: 1" in applied.stdout
    again = run_cli("mail", "replay", "--apply")
    assert "писем с другим решением: 0, выполнено: 0" in again.stdout
    later = run_cli("mail", "replay", "--since", "2099-01-01")
    assert "писем с другим решением: 0" in later.stdout


def test_a_letter_an_operator_undid_is_shown_but_never_applied_again(
    database: Database, settings: Settings, inbox: Path
) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from omis.mail import undo

    _register(database, "4512", "1")
    _read(database, settings, inbox, default_rules(), letter("Заявка 4512", "Выехали.", minute=1))
    with database.session() as session:
        letter_id = session.scalars(select(Letter.id)).one()
        moment = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
        undo.undo(session, letter_id, "письмо о заявке 4521", "ivanova", moment, ZoneInfo("UTC"))
    undone = _stored(database)
    for _ in range(2):
        with database.session() as session:
            changes = replay(session, default_rules(), apply=True)
        assert [(c.action, c.done) for c in changes] == [("undone", False)]
        assert changes[0].describe() == (
            f"письмо {letter_id} «Заявка 4512»: на разбор (действие письма отменено "
            "оператором, №4512) → №4512 «подрядчик в пути» [не меняется: действие письма "
            "отменено оператором (ivanova: письмо о заявке 4521)]"
        )
        assert _status(database, "4512", "1") == "заявка отправлена"
        assert _stored(database) == undone == [("unmatched", "undone", "open", "ivanova")]


def test_mail_replay_command_leaves_an_undone_letter_alone(run_cli, tmp_path: Path) -> None:
    inbox = tmp_path / "undo-inbox"
    inbox.mkdir()
    (inbox / "a.eml").write_bytes(letter("Заявка 4512", "Выехали.", minute=5))
    assert run_cli("requests", "add", "--number", "4512", "--position", "1").exit_code == 0
    assert run_cli("mail-check", "--dir", str(inbox)).exit_code == 0
    assert run_cli("review", "undo", "1", "--reason", "не та заявка").exit_code == 0
    applied = run_cli("mail", "replay", "--apply")
    assert applied.exit_code == 0, applied.output
    assert (
        "[не меняется: действие письма отменено оператором (cli: не та заявка)]" in applied.stdout
    )
    assert "писем с другим решением: 1, выполнено: 0" in applied.stdout
    history = run_cli("requests", "history", "4512")
    assert history.exit_code == 0, history.output
    assert "перепроверка" not in history.stdout
    assert history.stdout.rstrip().endswith("не та заявка")  # the undo is still the last word
