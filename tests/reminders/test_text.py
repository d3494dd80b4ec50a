from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from omis.core.errors import ConfigError
from omis.reminders.text import (
    Delayed,
    digest_text,
    duration_ru,
    escalation_text,
    positions_ru,
    reminder_text,
    reminders_text,
)

MSK = ZoneInfo("Europe/Moscow")
AT = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # 15:00 MSK


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "менее минуты"),
        (1, "более 1 минуты"),
        (2, "более 2 минут"),
        (11, "более 11 минут"),
        (21, "более 21 минуты"),
        (45, "более 45 минут"),
        (60, "более часа"),
        (119, "более часа"),
        (120, "более 2 часов"),
        (21 * 60, "более 21 часа"),
        (23 * 60 + 59, "более 23 часов"),
        (24 * 60, "более 1 дня"),
        (27 * 60, "более 1 дня 3 часов"),
        (25 * 60, "более 1 дня 1 часа"),
        (11 * 24 * 60, "более 11 дней"),
        (21 * 24 * 60 + 22 * 60, "более 21 дня 22 часов"),
    ],
)
def test_russian_durations(minutes: int, text: str) -> None:
    assert duration_ru(timedelta(minutes=minutes)) == text


@pytest.mark.parametrize(
    ("count", "text"),
    [(1, "1 позиция"), (3, "3 позиции"), (5, "5 позиций"), (12, "12 позиций"), (22, "22 позиции")],
)
def test_position_counts(count: int, text: str) -> None:
    assert positions_ru(count) == text


def item(request: str, position: str, since: datetime, minutes: int = 75) -> Delayed:
    return Delayed(request, position, "заявка принята", since, timedelta(minutes=minutes))


def test_default_reminder_text_follows_the_seed() -> None:
    text = reminder_text(item("123", "7", datetime(2026, 11, 20, 11, 5, tzinfo=UTC)), AT, MSK)
    assert (
        text
        == '⚠ Заявка №123 (позиция 7) уже более часа без обновления (текущий статус: "заявка принята", с 14:05 МСК)'
    )


def test_earlier_day_shows_the_date() -> None:
    text = reminder_text(item("1", "1", datetime(2026, 11, 18, 11, 5, tzinfo=UTC)), AT, MSK)
    assert "с 18.11 14:05 МСК" in text


def test_template_is_overridable_and_checked() -> None:
    custom = "Заявка {request}/{position}: {status}, {duration}"
    assert (
        reminder_text(item("9", "2", AT), AT, MSK, custom)
        == "Заявка 9/2: заявка принята, более часа"
    )
    with pytest.raises(ConfigError, match="шаблон"):
        reminder_text(item("9", "2", AT), AT, MSK, "{unknown}")


def test_digest_lists_oldest_first_in_one_message() -> None:
    items = [
        item("300", "1", datetime(2026, 11, 20, 10, 0, tzinfo=UTC)),
        item("100", "5", datetime(2026, 11, 19, 9, 0, tzinfo=UTC)),
        item("200", "2", datetime(2026, 11, 20, 8, 0, tzinfo=UTC)),
    ]
    lines = digest_text(items, AT, MSK).splitlines()
    assert lines[0] == "⚠ Без обновления 3 позиции (сначала самые давние):"
    assert [line.split()[1] for line in lines[1:]] == ["№100", "№200", "№300"]
    assert reminders_text(items, AT, MSK, None, None) == digest_text(items, AT, MSK)
    assert reminders_text(items[:1], AT, MSK, None, None).startswith("⚠ Заявка №300")


def test_escalation_names_the_reminders_sent() -> None:
    text = escalation_text(
        [Delayed("1", "1", "заявка принята", AT, timedelta(hours=5), number=3)], AT, MSK
    )
    assert text.startswith("‼ Эскалация: напоминания (3) не помогли, 1 позиция без обновления:")
