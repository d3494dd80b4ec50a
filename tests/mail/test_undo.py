"""Undo a letter: positions go back unless moved since, the letter returns to review, and
the history says who undid it and why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from fakes.letters import T0, letter
from omis.core.db import Database
from omis.core.errors import UsageError
from omis.core.settings import Settings
from omis.mail import review, undo
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter, LetterUndo
from omis.requests import store
from omis.requests.lifecycle import Actor, Status

MSK = ZoneInfo("Europe/Moscow")
LATER = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _register(database: Database) -> None:
    with database.session() as session:
        for position in ("1", "2"):
            store.add_position(
                session, store.NewPosition("4512", position), actor=Actor.OPERATOR,
                created_at=T0 - timedelta(hours=1),
            )  # fmt: skip


def _read(database: Database, settings: Settings, inbox: Path, *letters: bytes) -> list[int]:
    inbox.mkdir(parents=True, exist_ok=True)
    for path in inbox.glob("*.eml"):
        path.unlink()
    for number, raw in enumerate(letters):
        (inbox / f"{number}.eml").write_bytes(raw)
    run_mail_check(database, settings, directory=inbox)
    with database.session() as session:
        return list(session.scalars(select(Letter.id).order_by(Letter.id)))


def _positions(database: Database) -> dict[str, tuple[str, datetime]]:
    with database.session() as session:
        request = store.require_request(session, "4512")
        return {p.number: (p.status, p.status_changed_at) for p in request.positions}


def test_undo_returns_positions_and_the_letter_to_where_they_were(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    _register(database)
    before = _positions(database)
    (wrong,) = _read(
        database, settings, tmp_path / "a", letter("Заявка 4512", "Бригада на месте.", minute=5)
    )
    assert {p[0] for p in _positions(database).values()} == {"подрядчик на месте"}
    with database.session() as session:
        record = undo.undo(session, wrong, "письмо о заявке 4521", "ivanova", LATER, MSK)
        assert len(record.change_ids) == 2
    assert _positions(database) == before  # the status and the moment it was entered
    with database.session() as session:
        held = session.get_one(Letter, wrong)
        assert (held.review_state, held.outcome, held.reason) == ("open", "unmatched", "undone")
        assert [item.id for item in review.list_open(session)] == [wrong]
        reverted = [
            c for c in store.history(session, "4512") if c.actor == "operator" and c.letter_id
        ]
        assert [(c.from_status, c.to_status) for c in reverted] == [
            ("подрядчик на месте", "заявка отправлена")
        ] * 2
        assert reverted[0].actor_name == "ivanova (отмена письма)"
        assert reverted[0].reason == f"отмена письма №{wrong}: письмо о заявке 4521"
        # Reassigning it then works like any review item; and it can be undone again.
        review.assign(session, wrong, "4512", "2", Status.EN_ROUTE, "ivanova")
    assert _positions(database)["2"][0] == "подрядчик в пути"
    with database.session() as session:
        again = undo.undo(
            session, wrong, "и это неверно", "petrov", LATER + timedelta(minutes=5), MSK
        )
        assert len(again.change_ids) == 1
        assert len(session.scalars(select(LetterUndo)).all()) == 2
    assert _positions(database) == before


def test_undo_is_refused_when_a_later_change_moved_a_position(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    _register(database)
    first, _second = _read(
        database, settings, tmp_path / "a",
        letter("Заявка 4512", "Выехали.", minute=5),
        letter("Заявка 4512, позиция 2", "Работы завершены, убыли.", minute=50),
    )  # fmt: skip
    after = _positions(database)
    with database.session() as session, pytest.raises(undo.UndoRefused) as refused:
        undo.undo(session, first, "не та заявка", "ivanova", LATER, MSK)
    message = str(refused.value)
    assert message.startswith("отмена невозможна: позиция 2 заявки №4512 после письма изменена")
    assert "«подрядчик убыл» (письмо disp@podryad.ru, 20.11.2026 09:50 MSK)" in message
    assert "позиция 1" not in message
    assert _positions(database) == after
    with database.session() as session:
        assert session.get_one(Letter, first).outcome == "applied"
        assert session.scalars(select(LetterUndo)).all() == []


def test_nothing_to_undo_and_no_reason_are_refused(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    _register(database)
    applied, unread = _read(
        database, settings, tmp_path / "a",
        letter("Заявка 4512", "Выехали.", minute=5), letter("Привет", "как дела", minute=6),
    )  # fmt: skip
    with database.session() as session:
        with pytest.raises(UsageError, match="укажите причину"):
            undo.undo(session, applied, "  ", "ivanova", LATER, MSK)
        with pytest.raises(UsageError, match="отменять нечего"):
            undo.undo(session, unread, "ошибка", "ivanova", LATER, MSK)


def test_undo_on_the_command_line(run_cli, db_url: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.eml").write_bytes(letter("Заявка 4512", "Выехали.", minute=5))
    assert run_cli("requests", "add", "--number", "4512", "--position", "1").exit_code == 0
    assert run_cli("mail-check", "--dir", str(inbox)).exit_code == 0
    result = run_cli("review", "undo", "1", "--reason", "не та заявка", "--user", "ivanova")
    assert result.exit_code == 0, result.output
    assert "позиций возвращено: 1" in result.stdout
    history = run_cli("requests", "history", "4512").stdout
    assert (
        "подрядчик в пути → заявка отправлена  оператор: ivanova (отмена письма): отмена письма №1: не та заявка"
        in history
    )
    again = run_cli("review", "undo", "1", "--reason", "ещё раз")
    assert again.exit_code == 2
    assert "отменять нечего" in again.stderr


def test_undo_restores_the_moment_the_clock_showed_not_the_earlier_letters_date(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    # Registered after the contractor wrote: «на месте» moves the status but not the clock
    # back, so reminders count from the registration; undoing the next letter must keep that.
    with database.session() as session:
        store.add_position(
            session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR,
            created_at=T0 + timedelta(hours=2),
        )  # fmt: skip
    _read(database, settings, tmp_path / "a", letter("Заявка 4512", "Бригада на месте.", minute=5))
    on_site = _positions(database)
    assert on_site["1"] == ("подрядчик на месте", T0 + timedelta(hours=2))
    (_, left) = _read(
        database,
        settings,
        tmp_path / "b",
        letter("Заявка 4512", "Работы завершены, убыли.", minute=10),
    )
    assert _positions(database)["1"][0] == "подрядчик убыл"
    with database.session() as session:
        undo.undo(session, left, "письмо о другой заявке", "ivanova", LATER, MSK)
    assert _positions(database) == on_site
    with database.session() as session:  # reassigned and undone again: still that moment
        review.assign(session, left, "4512", "1", Status.LEFT, "ivanova")
    with database.session() as session:
        undo.undo(session, left, "и это неверно", "petrov", LATER + timedelta(minutes=5), MSK)
    assert _positions(database) == on_site
