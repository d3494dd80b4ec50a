"""Applying letters: exactly once, in Date order, forward only, the rest to review."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from fakes.letters import letter
from omis.core.db import Database
from omis.core.jobs import last_run
from omis.core.settings import Settings
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.requests.models import StatusChange


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def _register(database: Database, number: str, *positions: str) -> None:
    with database.session() as session:
        for position in positions:
            store.add_position(session, store.NewPosition(number, position), actor=Actor.OPERATOR,
                               created_at=None)  # fmt: skip


def _drop(inbox: Path, name: str, raw: bytes) -> None:
    (inbox / f"{name}.eml").write_bytes(raw)


def _statuses(database: Database, number: str) -> dict[str, str]:
    with database.session() as session:
        request = store.require_request(session, number)
        return {p.number: p.status for p in request.positions}


def _check(database: Database, settings: Settings, inbox: Path, **kw: object):
    return run_mail_check(database, settings, directory=inbox, **kw)


def test_each_letter_is_applied_once_even_when_read_twice(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1")
    _drop(inbox, "a", letter("Заявка 4512", "Бригада выехала.", minute=1))
    first = _check(database, settings, inbox)
    second = _check(database, settings, inbox)
    assert first.outcomes == {"applied": 1}
    assert second.total == 0  # skipped by its file name before it was read again
    with database.session() as session:
        assert session.scalar(select(func.count(Letter.id))) == 1
        changes = session.scalars(select(StatusChange).where(StatusChange.actor == "letter")).all()
        assert len(changes) == 1


def test_letters_of_a_pass_apply_in_date_order_not_arrival(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1")
    _drop(inbox, "1-later", letter("Заявка 4512", "Бригада на месте.", minute=30))
    _drop(inbox, "2-earlier", letter("Заявка 4512", "Выехали.", minute=10))
    report = _check(database, settings, inbox)
    assert report.outcomes == {"applied": 2}
    assert _statuses(database, "4512") == {"1": "подрядчик на месте"}


def test_an_older_letter_in_a_later_pass_never_moves_back(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1")
    _drop(inbox, "a", letter("Заявка 4512", "Работы завершены, убыли.", minute=50))
    _check(database, settings, inbox)
    _drop(inbox, "b", letter("Заявка 4512", "Выехали.", minute=5))
    report = _check(database, settings, inbox)
    assert report.outcomes == {"not_applied": 1}
    assert _statuses(database, "4512") == {"1": "подрядчик убыл"}
    with database.session() as session:
        refused = session.scalars(
            select(StatusChange).where(StatusChange.verdict == "not_applied")
        ).one()
        assert refused.reason == "позиция уже закрыта"


def test_letter_without_position_moves_only_open_positions_behind(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1", "2", "3")
    _drop(inbox, "a", letter("Заявка 4512", "По позиции 3 работы завершены.", minute=1))
    _drop(inbox, "b", letter("Заявка 4512", "Позиция 2: на месте.", minute=2))
    _drop(inbox, "c", letter("Заявка 4512", "Бригада выехала.", minute=3))
    _check(database, settings, inbox)
    assert _statuses(database, "4512") == {
        "1": "подрядчик в пути",
        "2": "подрядчик на месте",
        "3": "подрядчик убыл",
    }


def test_letter_with_position_updates_no_other_position(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4520", "07", "3")
    _drop(inbox, "a", letter("REQ-4520 pos 07", "На месте.", minute=1))
    _check(database, settings, inbox)
    assert _statuses(database, "4520") == {"07": "подрядчик на месте", "3": "заявка отправлена"}


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        ("Заявка 9999", "На месте.", "unknown_request"),
        ("Вопрос", "Кто встретит бригаду?", "no_request_number"),
        ("Заявка 4512", "Сообщите телефон.", "no_status"),
        ("Заявки 4512 и 4513", "Выехали.", "ambiguous"),
        ("Заявка 4512, позиция 9", "Выехали.", "unknown_position"),
    ],
)
def test_undecidable_letters_go_to_review_never_dropped(
    database: Database, settings: Settings, inbox: Path, subject: str, body: str, reason: str
) -> None:
    _register(database, "4512", "1")
    _drop(inbox, "a", letter(subject, body))
    report = _check(database, settings, inbox)
    assert report.outcomes == {"unmatched": 1}
    with database.session() as session:
        stored = session.scalars(select(Letter)).one()
        assert (stored.outcome, stored.reason, stored.review_state) == ("unmatched", reason, "open")
        assert stored.body_text
        assert body.split()[0] in stored.body_text
    assert _statuses(database, "4512") == {"1": "заявка отправлена"}


def test_automatic_mail_is_recorded_and_ignored(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1")
    _drop(
        inbox,
        "a",
        letter("Автоответ: Заявка 4512", "Выехали", headers={"Auto-Submitted": "auto-replied"}),
    )
    report = _check(database, settings, inbox)
    assert report.outcomes == {"ignored": 1}
    assert _statuses(database, "4512") == {"1": "заявка отправлена"}


def test_a_report_exchange_marks_only_with_auto_response_suppress_is_a_persons_letter(
    database: Database, settings: Settings, inbox: Path
) -> None:
    # Exchange puts X-Auto-Response-Suppress on letters people write; it marks no machine.
    _register(database, "4512", "1")
    _drop(
        inbox,
        "a",
        letter("Заявка 4512", "Выехали.", headers={"X-Auto-Response-Suppress": "All"}),
    )
    report = _check(database, settings, inbox)
    assert report.outcomes == {"applied": 1}
    assert _statuses(database, "4512") == {"1": "подрядчик в пути"}


def test_letter_without_message_id_is_deduplicated_by_content(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1")
    raw = letter("Заявка 4512", "Выехали.", message_id=None)
    _drop(inbox, "a", raw)
    _drop(inbox, "b", raw)
    report = _check(database, settings, inbox)
    assert report.outcomes == {"applied": 1, "duplicate": 1}


def test_dry_run_decides_but_stores_and_moves_nothing(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "4512", "1")
    _drop(inbox, "a", letter("Заявка 4512", "Выехали.", minute=1))
    report = _check(database, settings, inbox, dry_run=True)
    assert report.outcomes == {"applied": 1}
    assert "пробный прогон" in report.summary()
    assert _statuses(database, "4512") == {"1": "заявка отправлена"}
    with database.session() as session:
        assert session.scalar(select(func.count(Letter.id))) == 0
    assert last_run(database, "mail") is None


def test_move_action_is_recorded_with_the_letter_and_done(
    database: Database, settings: Settings, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_MAIL_AFTER", "move:processed")
    from omis.core.settings import load_settings

    moving = load_settings().with_database(database.url)
    _register(database, "4512", "1")
    _drop(inbox, "a", letter("Заявка 4512", "Выехали.", minute=1))
    _check(database, moving, inbox)
    assert (inbox / "processed" / "a.eml").exists()
    assert not (inbox / "a.eml").exists()
    with database.session() as session:
        stored = session.scalars(select(Letter)).one()
        assert stored.after_action == "move:processed"
        assert stored.after_done_at is not None


def test_mail_check_cli_summary_and_job_run(run_cli, inbox: Path) -> None:
    run_cli("requests", "add", "--number", "4512", "--position", "1")
    _drop(inbox, "a", letter("Заявка 4512", "Выехали.", minute=1))
    result = run_cli("mail-check", "--dir", str(inbox))
    assert result.exit_code == 0, result.output
    assert (
        "писем: 1 (применено: 1, не применено: 0, в очередь разбора: 0, пропущено: 0, уже обработано: 0)"
        in result.stdout
    )
    history = run_cli("requests", "history", "4512")
    assert "заявка отправлена → подрядчик в пути  письмо: disp@podryad.ru" in history.stdout


def test_an_entry_that_is_no_letter_is_quarantined_and_the_pass_goes_on(
    run_cli, database: Database, inbox: Path
) -> None:
    """A sub-folder, a dangling link and a loop of links named *.eml: each to review with
    its reason in Russian, the good letter applied, and the next pass reads nothing again."""
    run_cli("requests", "add", "--number", "4512", "--position", "1")
    (inbox / "b_sub.eml").mkdir()
    (inbox / "c_dangling.eml").symlink_to(inbox / "absent" / "x.eml")
    (inbox / "d_loop.eml").symlink_to(inbox / "d_loop.eml")
    _drop(inbox, "a", letter("Заявка 4512", "Выехали.", minute=1))
    result = run_cli("mail-check", "--dir", str(inbox))
    assert result.exit_code == 0, result.output
    assert "применено: 1, не применено: 0, в очередь разбора: 3" in result.stdout
    assert _statuses(database, "4512") == {"1": "подрядчик в пути"}
    with database.session() as session:
        errors = dict(session.execute(select(Letter.source_ref, Letter.error)).all())
    assert (
        errors["b_sub.eml"]
        == "файл b_sub.eml в папке писем не прочитан: это папка, а не файл письма"
    )
    assert "ссылка ведёт в никуда" in errors["c_dangling.eml"]
    assert "петля ссылок" in errors["d_loop.eml"]
    again = run_cli("mail-check", "--dir", str(inbox))
    assert again.exit_code == 0, again.output
    assert "писем: 0" in again.stdout


def test_missing_mail_folder_exits_1(run_cli, tmp_path: Path) -> None:
    result = run_cli("mail-check", "--dir", str(tmp_path / "absent"))
    assert result.exit_code == 1
    assert "папка с письмами" in result.stderr


def test_unconfigured_backend_exits_2(run_cli) -> None:
    result = run_cli("mail-check")
    assert result.exit_code == 2
    assert "OMIS_MAIL_BACKEND" in result.stderr


def test_a_letter_naming_thousands_of_positions_has_a_readable_reason(run_cli, inbox: Path) -> None:
    run_cli("requests", "add", "--number", "4512", "--position", "2")
    named = ", ".join(f"позиция {i}" for i in range(1, 5000))
    _drop(inbox, "a", letter("Заявка 4512", f"{named}: бригада на месте.", minute=1))
    result = run_cli("mail-check", "--dir", str(inbox))
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stdout.splitlines() if "нет в заявке" in line]
    # The letter's first ten unknown numbers and how many more (the reading keeps 999).
    assert line.endswith("такой позиции в заявке нет: 1, 3, 4, 5, 6, 7, 8, 9, 10, 11 и ещё 988")


def test_a_run_whose_time_is_up_reads_nothing_and_says_why(
    database: Database, settings: Settings, inbox: Path
) -> None:
    """The next mailbox of a run whose time the previous ones used up is not started."""
    import time

    from omis.adapters.mailsources import MailSourceError

    _register(database, "4512", "1")
    _drop(inbox, "a", letter("Заявка 4512", "Бригада выехала.", minute=1))
    with pytest.raises(MailSourceError, match=r"остановлен: прошло 4 мин \(OMIS_MAIL_MAX_RUN"):
        _check(database, settings, inbox, deadline=time.monotonic())
    assert _check(database, settings, inbox).outcomes == {"applied": 1}  # read next time
