"""A contractor's own limits and escalation target in the delay rules, and «напоминать
после …» pauses: through the notifier, on a real database, against a local Bot API."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header

import pytest

from fakes.smtp import smtp_server
from fakes.telegram import FakeBotApi
from omis.contractors import store as contractors
from omis.contractors.store import ContractorData
from omis.core.db import Database
from omis.core.errors import UsageError
from omis.core.settings import Settings, load_settings
from omis.reminders import snooze
from omis.reminders.notifier import run_notify
from omis.reminders.rules import Action, ContractorRules, Policy, decide
from omis.requests.lifecycle import Actor, Status
from omis.requests.store import (
    NewPosition,
    StatusEvent,
    add_position,
    change_status,
    find_position,
)

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # Friday 12:00 MSK
MIN = timedelta(minutes=1)
OPEN = [status for status in Status if not status.is_final]


def test_rules_take_the_contractors_own_limit_else_the_global_one() -> None:
    policy = Policy(
        limits=dict.fromkeys(OPEN, 60 * MIN),
        contractors={7: ContractorRules({Status.ON_SITE: 240 * MIN, Status.ACCEPTED: 30 * MIN})},
    )
    at = T0 + 90 * MIN
    assert decide(policy, Status.ON_SITE, T0, None, at).action is Action.REMIND
    assert decide(policy, Status.ON_SITE, T0, None, at, contractor=7).action is Action.NONE
    assert decide(policy, Status.EN_ROUTE, T0, None, at, contractor=7).action is Action.REMIND
    assert decide(policy, Status.ACCEPTED, T0, None, T0 + 31 * MIN, 7).action is Action.REMIND
    assert decide(policy, Status.ACCEPTED, T0, None, T0 + 31 * MIN, 8).action is Action.NONE
    assert policy.earliest_limit(Status.ACCEPTED) == 30 * MIN


@pytest.fixture
def bot() -> Iterator[FakeBotApi]:
    with FakeBotApi() as fake:
        yield fake


@pytest.fixture
def tg(settings: Settings, bot: FakeBotApi, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "1:abc")
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "42")
    monkeypatch.setenv("OMIS_TELEGRAM_API_URL", bot.url)
    monkeypatch.setenv("OMIS_REMINDER_MAX_REMINDERS", "1")
    return load_settings()


def _register(database: Database, number: str, contractor: str | None, status: Status) -> None:
    with database.session() as session:
        created = add_position(
            session, NewPosition(number, "1"), actor=Actor.SCENARIO, created_at=T0
        )
        change_status(session, created, StatusEvent(status, Actor.SCENARIO, at=T0))
        if contractor:
            contractors.attach(created.request, contractors.require(session, contractor))


def _run(database: Database, settings: Settings, moment: datetime, time_machine) -> dict[str, int]:
    time_machine.move_to(moment, tick=False)
    return run_notify(database, settings, echo=lambda _line: None)


def test_own_limits_and_escalation_target_through_the_notifier(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    with database.session() as session:
        contractors.add(
            session,
            ContractorData("СтройСервис", (), ("stroyservis.ru",), {"подрядчик на месте": 240},
                           escalation_chat="-100777"),
        )  # fmt: skip
        contractors.add(
            session, ContractorData("Энергомонтаж", (), ("energo.ru",), {"заявка принята": 20})
        )
    _register(database, "4512", "СтройСервис", Status.ON_SITE)  # 240 min of its own
    _register(database, "4600", "Энергомонтаж", Status.ACCEPTED)  # 20 min of its own
    _register(database, "4700", None, Status.ON_SITE)  # the global 60 min

    counts = _run(database, tg, T0 + 30 * MIN, time_machine)
    assert counts["delayed"] == 1
    assert bot.texts == [
        "⚠ Заявка №4600 (позиция 1, подрядчик «Энергомонтаж») уже более 30 минут без обновления "
        '(текущий статус: "заявка принята", с 12:00 МСК)'
    ]
    _run(database, tg, T0 + 90 * MIN, time_machine)
    assert len(bot.texts) == 2
    assert "№4700 (позиция 1)" in bot.texts[1]  # no contractor: no «подрядчик» in the text
    assert "4512" not in " ".join(bot.texts)
    # 4512 is late at 240 min; one reminder (max 1), then its escalation goes to its own chat:
    # there is no global escalation chat at all.
    _run(database, tg, T0 + 241 * MIN, time_machine)
    _run(database, tg, T0 + 302 * MIN, time_machine)
    sent = [(r.payload["chat_id"], r.text) for r in bot.received[2:]]
    assert [chat for chat, _ in sent if "4512" in _] == ["42", "-100777"]
    escalation = next(text for chat, text in sent if chat == "-100777")
    assert escalation.startswith("‼ Эскалация")
    assert "№4512 (позиция 1, подрядчик «СтройСервис»)" in escalation
    # The others have no escalation target anywhere: nothing more is sent about them.
    assert all(chat == "42" for chat, text in sent if "4512" not in text)


def test_escalation_by_email_to_the_contractors_address(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch, time_machine
) -> None:
    with smtp_server() as (recorder, port):
        monkeypatch.setenv("OMIS_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("OMIS_SMTP_PORT", str(port))
        monkeypatch.setenv("OMIS_SMTP_SECURITY", "none")
        monkeypatch.setenv("OMIS_SMTP_SENDER", "omis@example.ru")
        monkeypatch.setenv("OMIS_SMTP_REMINDER_RECIPIENTS", "smena@example.ru")
        monkeypatch.setenv("OMIS_SMTP_ESCALATION_RECIPIENTS", "nachalnik@example.ru")
        monkeypatch.setenv("OMIS_REMINDER_MAX_REMINDERS", "1")
        configured = load_settings()
        with database.session() as session:
            contractors.add(
                session,
                ContractorData("СтройСервис", (), ("stroyservis.ru",),
                               escalation_email="director@stroyservis.ru"),
            )  # fmt: skip
        _register(database, "4512", "СтройСервис", Status.ACCEPTED)
        _register(database, "4700", None, Status.ACCEPTED)
        for minutes in (61, 122):
            _run(database, configured, T0 + minutes * MIN, time_machine)
    letters = [
        (to, _subject(message), message.get_payload(decode=True).decode())
        for to, message in recorder.letters
    ]
    escalations = {tuple(to): body for to, subject, body in letters if "эскалация" in subject}
    assert set(escalations) == {("director@stroyservis.ru",), ("nachalnik@example.ru",)}
    assert "№4512" in escalations[("director@stroyservis.ru",)]
    assert "№4512" not in escalations[("nachalnik@example.ru",)]
    assert "№4700" in escalations[("nachalnik@example.ru",)]


def _subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def test_a_paused_position_is_not_reminded_until_the_pause_ends(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    _register(database, "4512", None, Status.ON_SITE)
    _register(database, "4600", None, Status.ON_SITE)
    with database.session() as session:
        position = find_position(session, "4512", "1")
        assert position is not None
        snooze.pause(
            session, position, T0 + 180 * MIN, "бригада ждёт допуска", "smena", T0 + 50 * MIN
        )
    counts = _run(database, tg, T0 + 90 * MIN, time_machine)
    assert (counts["delayed"], counts["snoozed"]) == (2, 1)
    assert [("4512" in text, "4600" in text) for text in bot.texts] == [(False, True)]
    _run(database, tg, T0 + 181 * MIN, time_machine)
    assert "4512" in bot.texts[-1]


def test_a_status_change_ends_the_pause(
    database: Database, tg: Settings, bot: FakeBotApi, time_machine
) -> None:
    _register(database, "4512", None, Status.EN_ROUTE)
    with database.session() as session:
        position = find_position(session, "4512", "1")
        assert position is not None
        snooze.pause(session, position, T0 + 600 * MIN, "пробки", "smena", T0 + 10 * MIN)
        change_status(
            session, position, StatusEvent(Status.ON_SITE, Actor.SCENARIO, at=T0 + 20 * MIN)
        )
    _run(database, tg, T0 + 81 * MIN, time_machine)
    assert len(bot.texts) == 1
    assert "подрядчик на месте" in bot.texts[0]


def test_a_pause_needs_a_comment_a_future_time_and_an_open_position(database: Database) -> None:
    _register(database, "4512", None, Status.ACCEPTED)
    _register(database, "4600", None, Status.LEFT)
    with database.session() as session:
        open_one, closed = find_position(session, "4512", "1"), find_position(session, "4600", "1")
        assert open_one is not None
        assert closed is not None
        cases = [
            (open_one, T0 + 60 * MIN, "  ", "укажите комментарий"),
            (open_one, T0 - MIN, "ждём", "позже текущего"),
            (open_one, T0 + timedelta(days=31), "ждём", "30 дней"),
            (closed, T0 + 60 * MIN, "ждём", "позиция закрыта"),
        ]
        for position, until, comment, message in cases:
            with pytest.raises(UsageError, match=message):
                snooze.pause(session, position, until, comment, "smena", T0)
        first = snooze.pause(session, open_one, T0 + 60 * MIN, "ждём", "smena", T0)
        second = snooze.pause(
            session, open_one, T0 + 90 * MIN, "ждём дольше", "nachalnik", T0 + MIN
        )
        assert (first.cancelled_by, second.cancelled_at) == ("nachalnik", None)
        assert snooze.resume(session, open_one, "smena", T0 + 2 * MIN)
        assert snooze.active_for(session, [open_one], T0 + 3 * MIN) == {}
