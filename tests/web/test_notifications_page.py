"""The notifications page: what was sent where, and failures with their errors."""

from __future__ import annotations

from omis.core.db import Database
from omis.notify.models import Notification
from web.webtools import text


def _notice(
    key: str, state: str, error: str | None = None, channel: str = "telegram"
) -> Notification:
    return Notification(
        channel=channel,
        target="-100123",
        kind="reminder",
        idempotency_key=key,
        text=f"Без обновления позиция ({key})",
        state=state,
        attempts=3 if error else 1,
        last_error=error,
    )


def test_failed_notification_shows_state_and_error(login, database: Database) -> None:
    with database.session() as session:
        session.add(_notice("ok-1", "sent"))
        session.add(_notice("bad-1", "failed", "Telegram: 403 Forbidden: bot was blocked"))
    body = text(login("viewer").get("/notifications"))
    assert "bot was blocked" in body
    assert "отправлено" in body
    assert "ошибка" in body
    assert "напоминание о задержке" in body


def test_notifications_filter_by_state_and_channel(login, database: Database) -> None:
    with database.session() as session:
        session.add(_notice("ok-1", "sent"))
        session.add(_notice("bad-1", "failed", "SMTP: 550 mailbox unavailable", channel="email"))
    client = login("viewer")
    failed = text(client.get("/notifications?state=failed"))
    assert "(bad-1)" in failed
    assert "(ok-1)" not in failed
    by_channel = text(client.get("/notifications?channel=telegram"))
    assert "(ok-1)" in by_channel
    assert "(bad-1)" not in by_channel


def test_notifications_unknown_filter_value_is_refused(login) -> None:
    response = login("viewer").get("/notifications?state=<script>")
    assert response.status_code == 400
    assert "<script>" not in text(response)
