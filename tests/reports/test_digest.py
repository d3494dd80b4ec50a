"""The weekly digest: due from Monday 08:00 (OMIS zone) for the week before, sent once per
week through the outbox to the escalation chat, off unless enabled."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from fakes.telegram import FakeBotApi
from omis.core.db import Database
from omis.core.settings import Settings, load_settings
from omis.notify.models import Notification
from omis.reports.digest import run_digest, week_due
from reports.history import position

# Monday 23.11.2026 in Moscow (UTC+3).
MONDAY_0759 = datetime(2026, 11, 23, 4, 59, tzinfo=UTC)
MONDAY_0800 = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)


@pytest.fixture
def bot(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotApi]:
    with FakeBotApi() as fake:
        monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "1:abc")
        monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "42")
        monkeypatch.setenv("OMIS_TELEGRAM_ESCALATION_CHAT_ID", "99")
        monkeypatch.setenv("OMIS_TELEGRAM_API_URL", fake.url)
        yield fake


@pytest.fixture
def enabled(settings: Settings, bot: FakeBotApi, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("OMIS_REPORT_DIGEST", "true")
    return load_settings()


@pytest.mark.parametrize(
    ("moment", "week"),
    [
        (MONDAY_0759, None),  # before 08:00 on Monday: not yet
        (MONDAY_0800, (date(2026, 11, 16), date(2026, 11, 22))),
        (datetime(2026, 11, 29, 20, 0, tzinfo=UTC), (date(2026, 11, 16), date(2026, 11, 22))),
        (datetime(2026, 11, 22, 20, 59, tzinfo=UTC), (date(2026, 11, 9), date(2026, 11, 15))),
    ],
)
def test_the_digest_is_due_from_monday_0800_for_the_week_before(
    enabled: Settings, moment: datetime, week: tuple[date, date] | None
) -> None:
    found = week_due(enabled, moment)
    if week is None:
        assert found is None
    else:
        assert found is not None
        assert (found.first, found.last) == week


def test_the_digest_goes_once_per_week_to_the_escalation_chat(
    database: Database, enabled: Settings, bot: FakeBotApi, time_machine
) -> None:
    # Wednesday 18.11: accepted 09:10, on the way 09:30, on site 10:30, gone 12:30.
    position(database, "4512", [-2 * 1440 + 10, -2 * 1440 + 30, -2 * 1440 + 90, -2 * 1440 + 210],
             contractor="dispatch@stroyservis.ru")  # fmt: skip
    time_machine.move_to(MONDAY_0759, tick=False)
    assert run_digest(database, enabled).due is False
    assert bot.received == []
    time_machine.move_to(MONDAY_0800, tick=False)
    first = run_digest(database, enabled)
    assert first.summary() == "неделя 16.11.2026–22.11.2026: отправлено 1"
    (sent,) = bot.received
    assert sent.payload["chat_id"] in ("99", 99)
    assert "сводка за неделю 16.11–22.11.2026" in sent.text
    assert (
        "stroyservis.ru: реакция 20 мин / 20 мин (1); дорога 1 ч 00 мин / 1 ч 00 мин (1)"
        in sent.text
    )
    time_machine.move_to(datetime(2026, 11, 24, 9, 0, tzinfo=UTC), tick=False)
    again = run_digest(database, enabled)
    assert again.summary() == "неделя 16.11.2026–22.11.2026: отправлено 0, уже отправлялась 1"
    assert len(bot.received) == 1
    with database.session() as session:
        kinds = session.scalars(select(Notification.kind)).all()
    assert kinds == ["report_digest"]


def test_a_dry_run_prints_the_digest_and_records_nothing(
    database: Database, enabled: Settings, bot: FakeBotApi, time_machine
) -> None:
    time_machine.move_to(MONDAY_0800, tick=False)
    printed: list[str] = []
    run_digest(database, enabled, dry_run=True, echo=printed.append)
    assert "за неделю ни один этап не завершился" in printed[0]
    assert bot.received == []
    with database.session() as session:
        assert session.scalars(select(Notification)).all() == []


def test_omis_run_sends_no_digest_unless_enabled(
    run_cli, database: Database, bot: FakeBotApi, monkeypatch: pytest.MonkeyPatch, time_machine
) -> None:
    time_machine.move_to(MONDAY_0800, tick=False)
    off = run_cli("run", "--skip-mail", "--skip-notifier", "--skip-pos")
    assert "сводка" not in off.output
    monkeypatch.setenv("OMIS_REPORT_DIGEST", "true")
    on = run_cli("run", "--skip-mail", "--skip-notifier", "--skip-pos")
    assert on.exit_code == 0, on.output
    assert "недельная сводка: выполнено — неделя 16.11.2026–22.11.2026: отправлено 1" in on.output
    assert any("сводка за неделю" in item.text for item in bot.received)
