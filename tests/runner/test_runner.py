"""``omis run``: mail, then reminders, then the POS sync; each step on its own, alerts once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from fakes.pos import write_config
from fakes.telegram import FakeBotApi
from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import job_lock, last_run, recent_runs
from omis.delosim import DeloSimulator
from omis.requests.lifecycle import Actor
from omis.requests.store import NewPosition, add_position, find_position


@pytest.fixture
def bot(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotApi]:
    with FakeBotApi() as fake:
        monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "1:abc")
        monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "42")
        monkeypatch.setenv("OMIS_TELEGRAM_API_URL", fake.url)
        yield fake


def register(database: Database, request: str, position: str, hours_ago: float) -> None:
    with database.session() as session:
        add_position(
            session, NewPosition(request, position, "проверка"), actor=Actor.SCENARIO,
            created_at=now() - timedelta(hours=hours_ago),
        )  # fmt: skip


def status_of(database: Database, request: str, position: str) -> str:
    with database.session() as session:
        found = find_position(session, request, position)
        assert found is not None
        return found.status


def alerts(bot: FakeBotApi) -> list[str]:
    return [text for text in bot.texts if text.startswith(("❌", "✅"))]


def test_run_moves_statuses_then_reminds_then_syncs_pos(
    run_cli, database: Database, bot: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(database, "4512", "1", hours_ago=4)  # the built-in letters report on 4512/1
    register(database, "9999", "1", hours_ago=3)  # no letter mentions it: stays late
    with DeloSimulator(50) as simulator:
        monkeypatch.setenv(
            "OMIS_DELO_CONFIG_DIR", str(write_config(tmp_path / "pos", simulator.base_url))
        )
        result = run_cli("--database", database.url, "run", "--fake-mail", "--minutes", "60")
        pos_writes = len(simulator.state.writes)

    assert result.exit_code == 0, result.output
    assert status_of(database, "4512", "1") != "заявка отправлена"
    reminders = [text for text in bot.texts if "Заявка №9999" in text or "№9999" in text]
    assert len(reminders) == 1
    assert [run.job for run in reversed(recent_runs(database))] == ["mail", "notify", "pos"]
    assert {run.outcome for run in recent_runs(database)} == {"success"}
    assert pos_writes > 0
    assert "синхронизация ПОС: выполнено" in result.stdout


def test_failed_step_does_not_stop_the_others_and_alerts_once_then_recovery(
    run_cli, database: Database, bot: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letters = tmp_path / "letters"
    monkeypatch.setenv("OMIS_MAIL_BACKEND", "dir")
    monkeypatch.setenv("OMIS_MAIL_DIR", str(letters))  # not created yet: the mailbox fails
    register(database, "4600", "1", hours_ago=2)

    first = run_cli("run")
    assert first.exit_code == 1
    assert "разбор почты: ошибка" in first.output
    assert f"{letters}" in first.output
    assert any("№4600" in text for text in bot.texts), "the notifier ran after the failed mail step"
    assert len(alerts(bot)) == 1
    assert "разбор почты" in alerts(bot)[0]

    second = run_cli("run")
    assert second.exit_code == 1
    assert len(alerts(bot)) == 1, "a repeated failure is not alerted again"

    letters.mkdir()
    third = run_cli("run")
    assert third.exit_code == 0, third.output
    assert len(alerts(bot)) == 2
    assert alerts(bot)[1].startswith("✅")
    assert "разбор почты" in alerts(bot)[1]
    assert last_run(database, "mail").outcome == "success"


def test_a_step_already_running_is_skipped_and_the_rest_run(
    run_cli, database: Database, bot: FakeBotApi
) -> None:
    register(database, "4700", "1", hours_ago=2)
    with job_lock(database, "mail") as acquired:
        assert acquired
        result = run_cli("--database", database.url, "run", "--fake-mail")
        only_mail = run_cli("--database", database.url, "run", "--fake-mail", "--skip-notifier")

    assert result.exit_code == 0, result.output
    assert "разбор почты: пропущено: уже выполняется" in result.stdout
    assert any("№4700" in text for text in bot.texts)
    assert only_mail.exit_code == 75
    assert alerts(bot) == [], "a busy job is not a failure"


def test_dry_run_prints_and_records_nothing(run_cli, database: Database, bot: FakeBotApi) -> None:
    register(database, "4512", "1", hours_ago=4)
    register(database, "4800", "1", hours_ago=3)

    result = run_cli("--database", database.url, "run", "--fake-mail", "--dry-run")

    assert result.exit_code == 0, result.output
    assert "№4800" in result.stdout
    assert bot.received == []
    assert recent_runs(database) == []
    assert status_of(database, "4512", "1") == "заявка отправлена"


def test_notify_alone_reports_undelivered_messages_with_exit_code_1(
    run_cli, database: Database, bot: FakeBotApi
) -> None:
    from fakes.telegram import Answer

    register(database, "4900", "1", hours_ago=2)
    bot.answer(Answer(500, {"ok": False, "description": "Internal"}), Answer(500, {"ok": False}))

    result = run_cli("notify")

    assert result.exit_code == 1
    [summary] = [line for line in result.output.splitlines() if line.startswith("напоминания:")]
    assert summary.endswith("сообщений отправлено: 0; не доставлено: 1"), summary
    assert last_run(database, "notify").outcome == "partial"


def test_notify_with_a_revoked_token_exits_1_and_sends_the_reminder_once_it_is_fixed(
    run_cli, database: Database, bot: FakeBotApi, time_machine
) -> None:
    # Before: the reminder was «не отправлено» for good; after the fix it never went out.
    from fakes.telegram import Answer

    time_machine.move_to(now(), tick=False)
    register(database, "4901", "1", hours_ago=2)
    unauthorized = Answer(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    bot.answer(unauthorized, unauthorized)  # the reminder, then the job alert

    refused = run_cli("notify")

    assert refused.exit_code == 1
    assert "Telegram отказал (401): токен бота не принят" in refused.output
    assert "проверьте OMIS_TELEGRAM_TOKEN" in refused.output
    assert "не доставлено: 1" in refused.output
    reminder = bot.texts[0]
    time_machine.shift(timedelta(minutes=10))
    waiting = run_cli("notify")  # between attempts: not tried again, still reported
    assert waiting.exit_code == 1
    assert "ожидает повтора → Telegram 42" in waiting.output
    assert "проверьте OMIS_TELEGRAM_TOKEN" in waiting.output
    assert bot.texts.count(reminder) == 1
    time_machine.shift(timedelta(minutes=30))  # the token is fixed

    fixed = run_cli("notify")

    assert fixed.exit_code == 0, fixed.output
    assert bot.texts.count(reminder) == 2  # the refused request, then the one delivery
    time_machine.shift(timedelta(minutes=10))
    run_cli("notify")
    assert bot.texts.count(reminder) == 2
