from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from fakes.telegram import Answer, FakeBotApi
from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.models import AppState
from omis.core.settings import Settings, load_settings
from omis.notify.alerts import notify_job_outcome
from omis.notify.models import Notification
from omis.ops import watchdog as watchdog_module
from omis.ops.watchdog import (
    Alert,
    JobFacts,
    JobHealth,
    assess,
    decide_alert,
    job_health,
    run_watchdog,
)

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
MSK = ZoneInfo("Europe/Moscow")
TEN = timedelta(minutes=10)


@pytest.mark.parametrize(
    ("facts", "minutes_later", "state", "reason_part"),
    [
        (JobFacts(), 0, "waiting", None),
        (JobFacts("success", T0, None, T0, T0), 20, "ok", None),
        (JobFacts("partial", T0, "2 из 5 не обновлены", T0, T0), 5, "ok", None),
        (
            JobFacts("success", T0, None, T0, T0),
            21,
            "failing",
            "нет успешного запуска дольше 20 мин",
        ),
        (JobFacts("failed", T0, "ящик недоступен", None, T0), 1, "failing", "ящик недоступен"),
        (JobFacts("failed", T0, None, T0 - TEN, T0), 1, "failing", "завершился ошибкой"),
        (JobFacts(watched_since=T0), 19, "waiting", None),
        (JobFacts(watched_since=T0), 21, "failing", "ни одного успешного запуска за 20 мин"),
    ],
)
def test_assess_fails_on_a_failed_run_or_two_missed_periods(
    facts: JobFacts, minutes_later: int, state: str, reason_part: str | None
) -> None:
    got_state, reason = assess(TEN, facts, T0 + timedelta(minutes=minutes_later), MSK)
    assert got_state == state
    if reason_part is None:
        assert reason is None
    else:
        assert reason is not None
        assert reason_part in reason


def _health(state: str) -> JobHealth:
    return JobHealth("mail", TEN, state, "x" if state == "failing" else None, None, None, None)


@pytest.mark.parametrize(
    ("state", "stored", "expected"),
    [
        ("failing", {}, "failing"),
        ("failing", {"state": "failing", "alerted": False}, "failing"),
        ("failing", {"state": "failing", "alerted": True}, None),
        ("ok", {"state": "failing", "alerted": True}, "recovered"),
        ("ok", {"state": "failing", "alerted": False}, None),
        ("ok", {"state": "ok", "alerted": False}, None),
        ("waiting", {}, None),
    ],
)
def test_decide_alert_says_each_change_once(
    state: str, stored: dict[str, Any], expected: str | None
) -> None:
    assert decide_alert(_health(state), stored) == expected


class Recorder:
    """The alert seam: records what would go out, or fails like a dead channel."""

    def __init__(self) -> None:
        self.sent: list[Alert] = []
        self.broken = False

    def __call__(self, alert: Alert) -> bool:
        if self.broken:
            raise ConnectionError("Telegram недоступен")
        self.sent.append(alert)
        return True


def _fail(database: Database, job: str, error: str) -> None:
    with pytest.raises(RuntimeError), run_job(database, job):
        raise RuntimeError(error)


def _succeed(database: Database, job: str) -> None:
    with run_job(database, job):
        pass


def test_failed_run_alerts_once_and_recovery_once(
    database: Database, settings: Settings, time_machine: Any
) -> None:
    time_machine.move_to(T0, tick=False)
    recorder = Recorder()
    _fail(database, "mail", "ящик недоступен")

    first = run_watchdog(database, settings, recorder)
    again = run_watchdog(database, settings, recorder)
    assert [alert.kind for alert in recorder.sent] == ["failing"]
    assert "ящик недоступен" in recorder.sent[0].text
    assert first[0].health.alerted
    assert again[0].health.alerted
    assert again[0].sent is None

    _succeed(database, "mail")
    run_watchdog(database, settings, recorder)
    run_watchdog(database, settings, recorder)
    assert [alert.kind for alert in recorder.sent] == ["failing", "recovered"]
    assert "снова выполняется успешно" in recorder.sent[1].text


def test_job_silent_for_two_periods_is_reported_failing(
    database: Database, settings: Settings, time_machine: Any
) -> None:
    time_machine.move_to(T0, tick=False)
    _succeed(database, "pos")
    time_machine.move_to(T0 + timedelta(minutes=119), tick=False)
    assert [health.state for health in job_health(database, settings)] == ["ok"]
    time_machine.move_to(T0 + timedelta(minutes=121), tick=False)
    [health] = job_health(database, settings)
    assert health.state == "failing"
    assert "дольше 120 мин" in (health.reason or "")
    assert "12:00 MSK" in (health.reason or "")


def test_undelivered_alert_is_retried_on_the_next_pass(
    database: Database, settings: Settings, time_machine: Any
) -> None:
    time_machine.move_to(T0, tick=False)
    recorder = Recorder()
    recorder.broken = True
    _fail(database, "notify", "ошибка")
    [outcome] = run_watchdog(database, settings, recorder)
    assert outcome.delivery_error == "Telegram недоступен"
    assert not outcome.health.alerted

    recorder.broken = False
    run_watchdog(database, settings, recorder)
    assert [alert.kind for alert in recorder.sent] == ["failing"]


def test_job_health_reads_without_writing(
    database: Database, settings: Settings, time_machine: Any
) -> None:
    time_machine.move_to(T0, tick=False)
    _fail(database, "mail", "ошибка")
    [health] = job_health(database, settings)
    assert health.failing
    assert not health.alerted
    with database.session() as session:
        assert list(session.scalars(select(AppState))) == []


def test_only_jobs_that_ran_or_are_configured_are_watched(
    database: Database, monkeypatch: pytest.MonkeyPatch, db_url: str, time_machine: Any
) -> None:
    time_machine.move_to(T0, tick=False)
    monkeypatch.setenv("OMIS_DATABASE_URL", db_url)
    assert job_health(database, load_settings()) == []

    monkeypatch.setenv("OMIS_MAIL_BACKEND", "imap")
    configured = load_settings()
    [health] = job_health(database, configured)
    assert (health.job, health.state) == ("mail", "waiting")

    run_watchdog(database, configured, Recorder())  # records when the job was first expected
    time_machine.move_to(T0 + timedelta(minutes=21), tick=False)
    [health] = job_health(database, configured)
    assert health.state == "failing"
    assert "проверьте таймер" in (health.reason or "")


def test_watchdog_records_its_own_run(database: Database, settings: Settings) -> None:
    _succeed(database, "mail")
    run_watchdog(database, settings, Recorder())
    [health] = job_health(database, settings)  # the watchdog does not watch itself
    assert health.job == "mail"


def test_cli_dry_run_lists_job_states(run_cli, database: Database) -> None:
    _succeed(database, "mail")
    _fail(database, "pos", "ДЕЛО недоступно")
    result = run_cli("watchdog", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "разбор почты: в порядке" in result.stdout
    assert "синхронизация ПОС: НЕ РАБОТАЕТ" in result.stdout
    assert "ДЕЛО недоступно" in result.stdout


def test_cli_with_healthy_jobs_exits_zero(run_cli, database: Database) -> None:
    _succeed(database, "notify")
    result = run_cli("watchdog")
    assert result.exit_code == 0, result.output
    assert "напоминания о задержках: в порядке" in result.stdout


def test_cli_alerts_through_the_configured_channels(
    run_cli, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``omis watchdog`` hands the watchdog the notification sender; the watchdog itself
    imports nothing of omis.notify."""
    _fail(database, "mail", "ящик недоступен")
    with FakeBotApi() as bot:
        monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "1:token")
        monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "-1001")
        monkeypatch.setenv("OMIS_TELEGRAM_API_URL", bot.url)
        result = run_cli("watchdog")
    assert result.exit_code == 0, result.output
    assert len(bot.texts) == 1
    assert "ящик недоступен" in bot.texts[0]
    tree = ast.parse(Path(watchdog_module.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}  # fmt: skip
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.startswith(("omis.notify", "importlib"))}


WATCHDOG_MARK = "❗ OMIS: задание «синхронизация ПОС» (pos) не работает"


@pytest.fixture
def pos_failed_with_its_alert(
    database: Database, monkeypatch: pytest.MonkeyPatch, db_url: str
) -> Iterator[FakeBotApi]:
    """The POS sync failed and its own job alert went out, as ``omis pos-sync`` does it;
    yields the Telegram stand-in the settings point at."""
    with FakeBotApi() as bot:
        monkeypatch.setenv("OMIS_DATABASE_URL", db_url)
        monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "1:token")
        monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "-1001")
        monkeypatch.setenv("OMIS_TELEGRAM_API_URL", bot.url)
        _fail(database, "pos", "сервер ДЕЛО недоступен")
        notify_job_outcome(database, load_settings(), "pos", "failed", "сервер ДЕЛО недоступен")
        yield bot


def _watchdog_rows(database: Database) -> list[Notification]:
    with database.session() as session:
        query = select(Notification).where(Notification.text.startswith(WATCHDOG_MARK))
        return list(session.scalars(query))


def _watchdog_state(database: Database, job: str) -> dict[str, Any]:
    with database.session() as session:
        row = session.get(AppState, f"watchdog.{job}")
        return dict(row.value) if row else {}


def test_cli_alert_is_sent_recorded_and_confirmed(
    run_cli, database: Database, pos_failed_with_its_alert: FakeBotApi
) -> None:
    """The watchdog's own message reaches the chat even though the job already sent its
    alert; it is in ``notifications``; «отправлено» follows the chat's confirmation."""
    bot = pos_failed_with_its_alert
    result = run_cli("watchdog")
    assert result.exit_code == 0, result.output
    assert f"отправлено: {WATCHDOG_MARK}" in result.stdout
    assert [text for text in bot.texts if text.startswith(WATCHDOG_MARK)] != []
    [row] = _watchdog_rows(database)
    assert (row.channel, row.target, row.kind, row.state) == (
        "telegram",
        "-1001",
        "pos_alert",
        "sent",
    )
    assert _watchdog_state(database, "pos")["alerted"] is True

    again = run_cli("watchdog")
    assert again.exit_code == 0, again.output
    assert "отправлено" not in again.stdout
    assert len([text for text in bot.texts if text.startswith(WATCHDOG_MARK)]) == 1


def test_cli_undelivered_alert_exits_1_and_goes_out_once_on_the_next_run(
    run_cli, database: Database, pos_failed_with_its_alert: FakeBotApi
) -> None:
    bot = pos_failed_with_its_alert
    bot.answer(Answer(500, {"ok": False, "error_code": 500, "description": "down"}))
    result = run_cli("watchdog")
    assert result.exit_code == 1, result.output
    assert "отправлено:" not in result.stdout
    assert "оповещение не доставлено: Telegram: ошибка сервера (500)" in result.stderr
    [row] = _watchdog_rows(database)
    assert row.state == "retry"
    assert _watchdog_state(database, "pos")["alerted"] is False

    healthy = run_cli("watchdog")
    assert healthy.exit_code == 0, healthy.output
    assert f"отправлено: {WATCHDOG_MARK}" in healthy.stdout
    later = run_cli("watchdog")
    assert later.exit_code == 0, later.output
    assert "отправлено" not in later.stdout
    [row] = _watchdog_rows(database)  # the same row, not a second message
    assert (row.state, row.attempts) == ("sent", 2)
    arrived = [text for text in bot.texts if text.startswith(WATCHDOG_MARK)]
    assert len(arrived) == 2  # the refused attempt and the delivered one
    assert _watchdog_state(database, "pos")["alerted"] is True


def test_cli_alert_recorded_by_a_run_that_died_before_sending_goes_out(
    run_cli, database: Database, pos_failed_with_its_alert: FakeBotApi
) -> None:
    """A row recorded but never claimed (the run died between recording and sending) was
    never offered to Telegram: the next watchdog run sends it, once."""
    bot = pos_failed_with_its_alert
    bot.answer(Answer(500, {"ok": False, "error_code": 500, "description": "down"}))
    assert run_cli("watchdog").exit_code == 1
    with database.session() as session:
        [row] = session.scalars(
            select(Notification).where(Notification.text.startswith(WATCHDOG_MARK))
        )
        row.state, row.attempted_at, row.next_attempt_at = "pending", None, None
    result = run_cli("watchdog")
    assert result.exit_code == 0, result.output
    assert f"отправлено: {WATCHDOG_MARK}" in result.stdout
    assert [row.state for row in _watchdog_rows(database)] == ["sent"]
    assert len([text for text in bot.texts if text.startswith(WATCHDOG_MARK)]) == 2


def test_cli_refused_alert_is_offered_again_once_the_channel_works(
    run_cli, database: Database, pos_failed_with_its_alert: FakeBotApi
) -> None:
    """A refusal (a wrong chat) never reached anyone: after the fix the alert goes out."""
    bot = pos_failed_with_its_alert
    bot.answer(Answer(400, {"ok": False, "error_code": 400, "description": "chat not found"}))
    assert run_cli("watchdog").exit_code == 1
    [row] = _watchdog_rows(database)
    assert row.state == "failed"
    result = run_cli("watchdog")
    assert result.exit_code == 0, result.output
    assert [row.state for row in _watchdog_rows(database)] == ["sent"]


def test_cli_recovery_message_goes_through_the_outbox(
    run_cli, database: Database, pos_failed_with_its_alert: FakeBotApi
) -> None:
    bot = pos_failed_with_its_alert
    assert run_cli("watchdog").exit_code == 0
    _succeed(database, "pos")
    bot.answer(Answer(500, {"ok": False, "error_code": 500, "description": "down"}))
    assert run_cli("watchdog").exit_code == 1
    result = run_cli("watchdog")
    assert result.exit_code == 0, result.output
    assert "отправлено: ✅ OMIS" in result.stdout
    with database.session() as session:
        kinds = list(session.scalars(
            select(Notification.state).where(Notification.kind == "job_recovered")
        ))  # fmt: skip
    assert kinds == ["sent"]
    assert run_cli("watchdog").stdout.count("отправлено") == 0


def test_cli_prints_the_alert_in_printing_mode(
    run_cli, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_PRINT_NOTIFICATIONS", "true")
    _fail(database, "pos", "сервер ДЕЛО недоступен")
    result = run_cli("watchdog")
    assert result.exit_code == 0, result.output
    assert f"→ консоль (оповещение о работе заданий):\n{WATCHDOG_MARK}" in result.stdout
    assert f"отправлено: {WATCHDOG_MARK}" in result.stdout
    [row] = _watchdog_rows(database)
    assert (row.channel, row.state) == ("console", "sent")


def test_cli_without_alert_channels_says_nothing_was_sent(run_cli, database: Database) -> None:
    _fail(database, "pos", "сервер ДЕЛО недоступен")
    result = run_cli("watchdog")
    assert result.exit_code == 0, result.output
    assert "отправлено:" not in result.stdout.replace("не отправлено", "")
    assert "не отправлено (каналы оповещений не настроены)" in result.stdout
    assert _watchdog_rows(database) == []
    assert _watchdog_state(database, "pos")["alerted"] is False
