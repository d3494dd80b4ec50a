from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from fakes.smtp import smtp_server
from fakes.telegram import Answer, FakeBotApi
from omis.core.db import Database
from omis.core.jobs import last_run
from omis.core.settings import Settings, load_settings
from omis.notify.models import Notification, ReminderState
from omis.reminders.notifier import run_notify
from omis.requests.lifecycle import Actor, Status
from omis.requests.store import NewPosition, StatusEvent, add_position, change_status, find_position

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # Friday 12:00 MSK
MIN = timedelta(minutes=1)


@pytest.fixture
def bot() -> Iterator[FakeBotApi]:
    with FakeBotApi() as fake:
        yield fake


@pytest.fixture
def tg(settings: Settings, bot: FakeBotApi, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "1:abc")
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "42")
    monkeypatch.setenv("OMIS_TELEGRAM_API_URL", bot.url)
    return load_settings()


@pytest.fixture
def escalating(tg: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("OMIS_TELEGRAM_ESCALATION_CHAT_ID", "99")
    return load_settings()


def add(
    database: Database, request: str, position: str, at: datetime, status: Status | None = None
) -> None:
    with database.session() as session:
        created = add_position(
            session, NewPosition(request, position), actor=Actor.SCENARIO, created_at=at
        )
        if status and status is not Status.SENT:
            change_status(session, created, StatusEvent(status, Actor.SCENARIO, at=at))


def move(database: Database, request: str, position: str, status: Status, at: datetime) -> None:
    with database.session() as session:
        found = find_position(session, request, position)
        assert found is not None
        change_status(session, found, StatusEvent(status, Actor.SCENARIO, at=at))


def run_at(
    database: Database, settings: Settings, moment: datetime, time_machine, **kwargs: object
) -> dict[str, int]:
    time_machine.move_to(moment, tick=False)
    return run_notify(database, settings, echo=lambda _line: None, **kwargs)


def test_delayed_position_gets_the_seed_reminder_once_per_repeat(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    add(database, "123", "7", T0 + 5 * MIN, Status.ACCEPTED)  # 12:05 MSK
    schedule = [
        (T0 + 60 * MIN, 0),
        (T0 + 70 * MIN, 1),
        (T0 + 80 * MIN, 1),
        (T0 + 130 * MIN, 2),
        (T0 + 190 * MIN, 3),
        (T0 + 600 * MIN, 3),
    ]
    for moment, expected in schedule:
        run_at(database, tg, moment, time_machine)
        assert len(bot.texts) == expected, moment
    assert (
        bot.texts[0]
        == '⚠ Заявка №123 (позиция 7) уже более часа без обновления (текущий статус: "заявка принята", с 12:05 МСК)'
    )
    assert "более 2 часов" in bot.texts[1]


def test_after_max_reminders_one_escalation_goes_to_the_escalation_chat(
    database: Database, escalating: Settings, bot: FakeBotApi, time_machine
) -> None:
    add(database, "5", "1", T0)
    for hour in range(2, 12):
        run_at(database, escalating, T0 + hour * 61 * MIN, time_machine)
    chats = [request.payload["chat_id"] for request in bot.received]
    assert chats == ["42", "42", "42", "99"]
    assert bot.texts[-1].startswith("‼ Эскалация: напоминания (3)")


def test_status_change_resets_the_cycle_and_final_status_stops_it(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    add(database, "9", "1", T0)
    run_at(database, tg, T0 + 61 * MIN, time_machine)
    move(database, "9", "1", Status.EN_ROUTE, T0 + 62 * MIN)
    run_at(database, tg, T0 + 100 * MIN, time_machine)
    assert len(bot.texts) == 1
    run_at(database, tg, T0 + 123 * MIN, time_machine)
    assert len(bot.texts) == 2
    assert "подрядчик в пути" in bot.texts[1]
    with database.session() as session:
        state = session.get_one(ReminderState, 1)
        assert (state.status, state.count) == (Status.EN_ROUTE.value, 1)
    move(database, "9", "1", Status.LEFT, T0 + 130 * MIN)
    run_at(database, tg, T0 + 2000 * MIN, time_machine)
    assert len(bot.texts) == 2


def test_many_delayed_positions_make_one_digest_oldest_first(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    add(database, "300", "1", T0 + 20 * MIN)
    add(database, "100", "1", T0)
    add(database, "200", "4", T0 + 10 * MIN, Status.ON_SITE)
    add(database, "400", "1", T0 + 200 * MIN)  # not late yet
    counts = run_at(database, tg, T0 + 150 * MIN, time_machine)
    [digest] = bot.texts
    assert [line.split()[1] for line in digest.splitlines()[1:]] == ["№100", "№200", "№300"]
    assert counts["delayed"] == 3
    assert counts["reminder_positions"] == 3
    assert counts["sent"] == 1


def test_minutes_override_changes_the_limit_for_one_run(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    add(database, "1", "1", T0)
    run_at(database, tg, T0 + 20 * MIN, time_machine)
    assert bot.texts == []
    run_at(database, tg, T0 + 20 * MIN, time_machine, minutes=15)
    assert "более 20 минут" in bot.texts[0]


def test_dry_run_prints_exactly_what_would_be_sent_and_records_nothing(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    add(database, "77", "11", T0, Status.ACCEPTED)
    time_machine.move_to(T0 + 90 * MIN, tick=False)
    printed: list[str] = []
    counts = run_notify(database, tg, dry_run=True, echo=printed.append)
    assert printed == [
        '→ Telegram 42:\n⚠ Заявка №77 (позиция 11) уже более часа без обновления (текущий статус: "заявка принята", с 12:00 МСК)'
    ]
    assert counts["reminder_positions"] == 1
    assert bot.received == []
    with database.session() as session:
        assert session.scalars(select(Notification)).all() == []
        assert session.scalars(select(ReminderState)).all() == []
    assert last_run(database, "notify") is None


def test_failed_send_is_retried_next_run_not_duplicated(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    add(database, "1", "1", T0)
    bot.answer(Answer(500, {"ok": False, "description": "down"}))
    counts = run_at(database, tg, T0 + 61 * MIN, time_machine)
    assert counts["retry"] == 1
    run = last_run(database, "notify")
    assert run is not None
    assert run.outcome == "partial"
    counts = run_at(database, tg, T0 + 71 * MIN, time_machine)
    assert counts.get("retried_sent") == 1
    assert counts.get("sent", 0) == 0
    assert len(bot.received) == 2
    assert bot.texts[0] == bot.texts[1]


def test_rate_limit_with_a_nonsense_wait_is_retried_next_run(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    # Before: «внутренняя ошибка: ValueError: sleep length must be non-negative», the row
    # left pending and never sent.
    add(database, "1", "1", T0)
    bot.answer(Answer(429, '{"ok": false, "parameters": {"retry_after": -5}}'))
    assert run_at(database, tg, T0 + 61 * MIN, time_machine)["retry"] == 1
    assert run_at(database, tg, T0 + 62 * MIN, time_machine).get("retried_sent") == 1
    assert len(bot.received) == 2
    with database.session() as session:
        assert session.scalars(select(Notification.state)).all() == ["sent"]


def test_no_channels_with_delays_is_reported_not_silent(
    database: Database, settings: Settings, time_machine
) -> None:
    add(database, "1", "1", T0)
    printed: list[str] = []
    time_machine.move_to(T0 + 61 * MIN, tick=False)
    counts = run_notify(database, settings, echo=printed.append)
    assert counts["undelivered"] == 1
    assert "каналы не настроены" in printed[0]
    run = last_run(database, "notify")
    assert run is not None
    assert run.outcome == "partial"


def test_reminders_are_e_mailed_to_the_reminder_list_only(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch, time_machine
) -> None:
    # OMIS_SMTP_RECIPIENTS is for job alerts (README, docs 4.2): with only it set, the
    # run says which setting would carry reminders instead of a bare «не настроены».
    add(database, "1", "1", T0)
    with smtp_server() as (recorder, port):
        for name, value in {
            "OMIS_SMTP_HOST": "127.0.0.1", "OMIS_SMTP_PORT": str(port),
            "OMIS_SMTP_SECURITY": "none", "OMIS_SMTP_SENDER": "omis@example.ru",
            "OMIS_SMTP_RECIPIENTS": "duty@example.ru",
        }.items():  # fmt: skip
            monkeypatch.setenv(name, value)
        printed: list[str] = []
        time_machine.move_to(T0 + 61 * MIN, tick=False)
        counts = run_notify(database, load_settings(), echo=printed.append)
        assert counts["undelivered"] == 1
        assert "OMIS_SMTP_REMINDER_RECIPIENTS" in printed[0]
        assert recorder.letters == []
        monkeypatch.setenv("OMIS_SMTP_REMINDER_RECIPIENTS", "chief@example.ru")
        run_at(database, load_settings(), T0 + 62 * MIN, time_machine)
        [(rcpt, _letter)] = recorder.letters
        assert rcpt == ["chief@example.ru"]
