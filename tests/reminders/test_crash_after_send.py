"""A notifier killed right after Telegram accepted a message never sends it again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import select

from fakes.telegram import FakeBotApi
from omis.core.clock import now
from omis.core.db import Database
from omis.notify.models import Notification
from omis.requests.lifecycle import Actor
from omis.requests.store import NewPosition, add_position


def test_killed_after_send_then_rerun_sends_no_second_message(
    database: Database, db_url: str
) -> None:
    with database.session() as session:
        add_position(
            session, NewPosition("5100", "2"), actor=Actor.SCENARIO,
            created_at=now() - timedelta(hours=2),
        )  # fmt: skip
    with FakeBotApi() as bot:
        env = {
            **os.environ, "OMIS_DATABASE_URL": db_url, "OMIS_TELEGRAM_TOKEN": "1:abc",
            "OMIS_TELEGRAM_CHAT_ID": "42", "OMIS_TELEGRAM_API_URL": bot.url,
        }  # fmt: skip
        command = [sys.executable, "-m", "omis", "notify"]
        killed = subprocess.run(
            command, env={**env, "OMIS_TEST_CRASH_AFTER_SEND": "1"}, capture_output=True,
            timeout=60, check=False,
        )  # fmt: skip
        assert killed.returncode == -signal.SIGKILL
        assert len(bot.texts) == 1

        rerun = subprocess.run(command, env=env, capture_output=True, timeout=60, check=False)
        again = subprocess.run(command, env=env, capture_output=True, timeout=60, check=False)

        assert len(bot.texts) == 1, "the message accepted before the crash was sent again"
        assert "№5100" in bot.texts[0]
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert again.returncode == 0, again.stderr.decode()
    with database.session() as session:
        states = session.scalars(select(Notification.state)).all()
    # Unconfirmed, never re-sent; after STALE_PENDING it is reported as «unknown»
    # (tests/notify/test_outbox_and_alerts.py covers that step with a frozen clock).
    assert states == ["pending"]
