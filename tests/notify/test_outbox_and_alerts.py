from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import select

from fakes.smtp import smtp_server
from fakes.telegram import Answer, FakeBotApi
from omis.adapters.channels import SmtpChannel, TelegramChannel
from omis.core.db import Database
from omis.core.settings import Settings, load_settings
from omis.notify import outbox
from omis.notify.alerts import notify_job_outcome
from omis.notify.models import Notification
from omis.notify.outbox import MAX_ATTEMPTS, Message

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def bot() -> Iterator[FakeBotApi]:
    with FakeBotApi() as fake:
        yield fake


@pytest.fixture
def alert_settings(
    settings: Settings, bot: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "1:abc")
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "42")
    monkeypatch.setenv("OMIS_TELEGRAM_API_URL", bot.url)
    return load_settings()


def telegram(bot: FakeBotApi) -> TelegramChannel:
    return TelegramChannel(token="1:abc", chat_id="42", api_url=bot.url, sleep=lambda _s: None)


def rows(database: Database) -> list[Notification]:
    with database.session() as session:
        return list(session.scalars(select(Notification).order_by(Notification.id)))


def test_same_message_key_is_sent_once(
    database: Database, settings: Settings, bot: FakeBotApi
) -> None:
    message = Message("reminder", "reminder:1:x:1", "текст")
    first = outbox.deliver(database, settings, message, [telegram(bot)])
    second = outbox.deliver(database, settings, message, [telegram(bot)])
    assert [d.state for d in first] == ["sent"]
    assert [d.state for d in second] == ["duplicate"]
    assert bot.texts == ["текст"]
    [row] = rows(database)
    assert (row.state, row.attempts, row.channel, row.target) == ("sent", 1, "telegram", "42")
    assert row.sent_at is not None


def test_temporary_failure_is_retried_on_the_next_run_only(
    database: Database, settings: Settings, bot: FakeBotApi
) -> None:
    bot.answer(Answer(500, {"ok": False, "description": "down"}))
    [failed] = outbox.deliver(
        database, settings, Message("reminder", "k", "текст"), [telegram(bot)]
    )
    assert (failed.state, rows(database)[0].last_error) == ("retry", failed.error)
    [retried] = outbox.retry_due(database, settings, [telegram(bot)], ["reminder"])
    assert retried.state == "sent"
    assert outbox.retry_due(database, settings, [telegram(bot)], ["reminder"]) == []
    assert len(bot.received) == 2
    assert rows(database)[0].attempts == 2


def test_retries_stop_after_max_attempts(
    database: Database, settings: Settings, bot: FakeBotApi
) -> None:
    bot.answer(*[Answer(500, {"ok": False}) for _ in range(MAX_ATTEMPTS + 2)])
    outbox.deliver(database, settings, Message("reminder", "k", "текст"), [telegram(bot)])
    for _ in range(MAX_ATTEMPTS + 2):
        outbox.retry_due(database, settings, [telegram(bot)], ["reminder"])
    [row] = rows(database)
    assert (row.state, row.attempts) == ("failed", MAX_ATTEMPTS)
    assert len(bot.received) == MAX_ATTEMPTS


def test_permanent_failure_is_not_retried(
    database: Database, settings: Settings, bot: FakeBotApi
) -> None:
    bot.answer(Answer(400, {"ok": False, "description": "Bad Request: chat not found"}))
    outbox.deliver(database, settings, Message("reminder", "k", "текст"), [telegram(bot)])
    assert outbox.retry_due(database, settings, [telegram(bot)], ["reminder"]) == []
    assert rows(database)[0].state == "failed"


UNAUTHORIZED = Answer(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
KICKED = Answer(403, {"ok": False, "description": "Forbidden: bot was kicked from the group chat"})


@pytest.mark.parametrize(
    ("refusal", "hint"),
    [(UNAUTHORIZED, "проверьте OMIS_TELEGRAM_TOKEN"), (KICKED, "добавьте бота в чат снова")],
    ids=["401-token", "403-kicked"],
)
def test_telegram_refusal_waits_for_the_fix_and_sends_once_after_it(
    database: Database,
    settings: Settings,
    bot: FakeBotApi,
    time_machine,
    refusal: Answer,
    hint: str,
) -> None:
    # Before: «не отправлено» for good, and the reminder never went out after the fix.
    time_machine.move_to(T0, tick=False)
    bot.answer(refusal)
    [refused] = outbox.deliver(
        database, settings, Message("reminder", "k", "текст"), [telegram(bot)]
    )
    assert refused.state == "retry"
    assert refused.error is not None
    assert hint in refused.error
    assert "повтор не раньше чем через 30 мин (попытка 1 из 5)" in refused.error
    time_machine.move_to(T0 + timedelta(minutes=20), tick=False)
    assert outbox.retry_due(database, settings, [telegram(bot)], ["reminder"]) == []
    time_machine.move_to(T0 + timedelta(minutes=31), tick=False)  # the token is fixed
    [sent] = outbox.retry_due(database, settings, [telegram(bot)], ["reminder"])
    assert sent.state == "sent"
    assert outbox.retry_due(database, settings, [telegram(bot)], ["reminder"]) == []
    assert bot.texts == ["текст", "текст"]  # the refused request, then the one delivery
    [row] = rows(database)
    assert (row.state, row.attempts, row.last_error) == ("sent", 2, None)


def test_smtp_login_refusal_waits_for_the_fix_and_sends_once_after_it(
    database: Database, settings: Settings, time_machine
) -> None:
    def mail(port: int, password: str) -> SmtpChannel:
        return SmtpChannel(
            host="127.0.0.1", port=port, sender="omis@example.ru", recipients=["duty@example.ru"],
            subject="OMIS", security="none", user="omis", password=password,
        )  # fmt: skip

    time_machine.move_to(T0, tick=False)
    with smtp_server(password="smtp-right") as (recorder, port):
        message = Message("reminder", "k", "текст")
        [refused] = outbox.deliver(database, settings, message, [mail(port, "smtp-wrong")])
        assert refused.state == "retry"
        assert refused.error is not None
        assert refused.error.startswith("SMTP: вход отклонён: 535")
        assert "проверьте OMIS_SMTP_USER и OMIS_SMTP_PASSWORD" in refused.error
        time_machine.move_to(T0 + timedelta(minutes=31), tick=False)
        [sent] = outbox.retry_due(database, settings, [mail(port, "smtp-right")], ["reminder"])
        assert outbox.retry_due(database, settings, [mail(port, "smtp-right")], ["reminder"]) == []
    assert sent.state == "sent"
    assert len(recorder.letters) == 1


def test_token_that_stays_wrong_is_tried_with_growing_waits_then_given_up(
    database: Database, settings: Settings, bot: FakeBotApi, time_machine
) -> None:
    time_machine.move_to(T0, tick=False)
    bot.answer(*[UNAUTHORIZED] * (MAX_ATTEMPTS + 2))
    outbox.deliver(database, settings, Message("reminder", "k", "текст"), [telegram(bot)])
    tried_at = [T0]
    for minute in range(10, 24 * 60, 10):  # a run every ten minutes for a day
        time_machine.move_to(T0 + timedelta(minutes=minute), tick=False)
        if outbox.retry_due(database, settings, [telegram(bot)], ["reminder"]):
            tried_at.append(T0 + timedelta(minutes=minute))
    gaps = [(b - a) // timedelta(minutes=1) for a, b in pairwise(tried_at)]
    assert gaps == [30, 60, 120, 240]
    [row] = rows(database)
    assert (row.state, row.attempts) == ("failed", MAX_ATTEMPTS)
    assert row.last_error is not None
    assert "попыток больше не будет (5 из 5)" in row.last_error
    assert len(bot.received) == MAX_ATTEMPTS


def test_rate_limit_wait_is_respected_across_runs(
    database: Database, settings: Settings, bot: FakeBotApi, time_machine
) -> None:
    time_machine.move_to(T0, tick=False)
    bot.answer(bot.rate_limited(600))
    outbox.deliver(database, settings, Message("reminder", "k", "текст"), [telegram(bot)])
    time_machine.move_to(T0 + timedelta(minutes=5), tick=False)
    assert outbox.retry_due(database, settings, [telegram(bot)], ["reminder"]) == []
    time_machine.move_to(T0 + timedelta(minutes=11), tick=False)
    assert [
        d.state for d in outbox.retry_due(database, settings, [telegram(bot)], ["reminder"])
    ] == ["sent"]


class Interrupted(TelegramChannel):
    """The process stops (Ctrl-C, a kill) while the provider has the message."""

    def send(self, text: str) -> None:
        super().send(text)
        raise KeyboardInterrupt


def test_row_left_in_the_middle_of_a_send_becomes_unknown_and_is_not_resent(
    database: Database, settings: Settings, bot: FakeBotApi, time_machine
) -> None:
    time_machine.move_to(T0, tick=False)
    message = Message("reminder", "k", "текст")
    dying = Interrupted(token="1:abc", chat_id="42", api_url=bot.url)
    with pytest.raises(KeyboardInterrupt):
        outbox.deliver(database, settings, message, [dying])
    assert outbox.mark_interrupted(database) == []  # too young: maybe still sending
    assert outbox.retry_due(database, settings, [telegram(bot)], ["reminder"]) == []
    time_machine.move_to(T0 + timedelta(minutes=20), tick=False)
    [stale] = outbox.mark_interrupted(database)
    assert stale.state == "unknown"
    assert [d.state for d in outbox.deliver(database, settings, message, [telegram(bot)])] == [
        "duplicate"
    ]
    assert outbox.retry_due(database, settings, [telegram(bot)], ["reminder"]) == []
    assert len(bot.received) == 1


def test_row_recorded_but_never_sent_is_sent_by_the_next_run(
    database: Database, settings: Settings, bot: FakeBotApi, time_machine
) -> None:
    # A run that died before reaching this row (an earlier message crashed it) never
    # offered it to the provider: before, it stayed pending and then «unknown», unsent.
    time_machine.move_to(T0, tick=False)
    with database.session() as session:
        outbox.record(session, Message("job_alert", "k", "сбой"), [telegram(bot)])
    time_machine.move_to(T0 + timedelta(minutes=20), tick=False)
    assert outbox.mark_interrupted(database) == []
    [sent] = outbox.retry_due(database, settings, [telegram(bot)], ["job_alert"])
    assert sent.state == "sent"
    assert outbox.retry_due(database, settings, [telegram(bot)], ["job_alert"]) == []
    assert bot.texts == ["сбой"]
    [row] = rows(database)
    assert (row.state, row.attempts) == ("sent", 1)


def test_an_unexpected_error_inside_a_channel_is_a_temporary_failure(
    database: Database, settings: Settings
) -> None:
    # The email package refuses a header with a line break (ValueError, not a ChannelError):
    # before, the run died and left the row pending; now the next run tries again.
    with smtp_server() as (recorder, port):
        broken = SmtpChannel(
            host="127.0.0.1", port=port, sender="omis@example.ru\r\nBcc: x@evil.example",
            recipients=["duty@example.ru"], subject="OMIS", security="none", timeout=5,
        )  # fmt: skip
        message = Message("reminder", "k", "текст")
        [first] = outbox.deliver(database, settings, message, [broken])
        assert first.state == "retry"
        assert "ValueError" in str(first.error)
        fixed = SmtpChannel(
            host="127.0.0.1", port=port, sender="omis@example.ru",
            recipients=["duty@example.ru"], subject="OMIS", security="none", timeout=5,
        )  # fmt: skip
        [retried] = outbox.retry_due(database, settings, [fixed], ["reminder"])
        assert retried.state == "sent"
        assert len(recorder.letters) == 1


def test_message_offered_again_is_sent_until_confirmed_and_never_twice(
    database: Database, settings: Settings, bot: FakeBotApi, time_machine
) -> None:
    """The watchdog's way: the same message on every run until a channel confirms it."""
    time_machine.move_to(T0, tick=False)
    message = Message("job_alert", "watchdog:mail:1", "текст")

    def offer() -> list[str]:
        deliveries = outbox.deliver_until_confirmed(database, settings, message, [telegram(bot)])
        return [d.state for d in deliveries]

    bot.answer(bot.rate_limited(600))
    assert offer() == ["retry"]
    time_machine.move_to(T0 + timedelta(minutes=5), tick=False)
    assert offer() == ["retry"]  # the wait Telegram asked for is not over: not sent
    time_machine.move_to(T0 + timedelta(minutes=11), tick=False)
    assert offer() == ["sent"]
    assert offer() == ["sent"]  # confirmed before: counted, not sent again
    assert bot.texts == ["текст", "текст"]


def test_message_offered_again_after_a_crash_is_not_resent(
    database: Database, settings: Settings, bot: FakeBotApi
) -> None:
    message = Message("job_alert", "watchdog:mail:1", "текст")
    with database.session() as session:
        recorded = outbox.record(session, message, [telegram(bot)])
    # The process claimed the row, called the provider and "died" before the confirmation.
    [row_id] = recorded.ids.values()
    with database.session() as session:
        row = session.get_one(Notification, row_id)
        row.attempts, row.attempted_at = 1, T0
    [delivery] = outbox.deliver_until_confirmed(database, settings, message, [telegram(bot)])
    assert (delivery.state, delivery.delivered) == ("pending", False)
    assert "не подтверждена" in (delivery.error or "")
    assert bot.received == []


def test_job_failure_alerts_once_and_recovery_once(
    database: Database, alert_settings: Settings, bot: FakeBotApi
) -> None:
    outcomes = [
        ("failed", "ящик недоступен", True),
        ("failed", "ящик недоступен", False),
        ("failed", "тайм-аут", False),
        ("success", None, True),
        ("success", None, False),
    ]
    for outcome, error, delivered in outcomes:
        assert notify_job_outcome(database, alert_settings, "mail", outcome, error) is delivered
    assert len(bot.texts) == 2
    assert "разбор почты" in bot.texts[0]
    assert "ящик недоступен" in bot.texts[0]
    assert "восстановлено" in bot.texts[1]
    assert [row.kind for row in rows(database)] == ["job_alert", "job_recovered"]


def test_alert_state_is_kept_per_job(
    database: Database, alert_settings: Settings, bot: FakeBotApi
) -> None:
    notify_job_outcome(database, alert_settings, "mail", "failed", "x")
    notify_job_outcome(database, alert_settings, "pos", "failed", "y")
    notify_job_outcome(database, alert_settings, "pos", "success", None)
    assert len(bot.texts) == 3
    assert [row.kind for row in rows(database)] == ["job_alert", "pos_alert", "job_recovered"]


def test_first_success_sends_nothing(
    database: Database, alert_settings: Settings, bot: FakeBotApi
) -> None:
    assert notify_job_outcome(database, alert_settings, "mail", "success", None) is False
    assert bot.received == []


def test_alert_that_failed_temporarily_is_delivered_on_the_next_call(
    database: Database, alert_settings: Settings, bot: FakeBotApi
) -> None:
    bot.answer(Answer(502, "bad gateway"))
    assert notify_job_outcome(database, alert_settings, "mail", "failed", "x") is False
    assert notify_job_outcome(database, alert_settings, "mail", "failed", "x") is True
    assert len(bot.received) == 2
    assert bot.texts[0] == bot.texts[1]
    assert [row.state for row in rows(database)] == ["sent"]


def test_without_channels_alert_state_still_changes(database: Database, settings: Settings) -> None:
    assert notify_job_outcome(database, settings, "mail", "failed", "x") is False
    assert notify_job_outcome(database, settings, "mail", "failed", "x") is False
    assert rows(database) == []
