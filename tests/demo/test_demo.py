"""The README's first command: `omis demo --no-web` on a fresh install."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


def test_demo_reports_letters_review_reminders_and_pos(tmp_path: Path) -> None:
    production = tmp_path / "production.sqlite3"
    env = {
        **os.environ,
        "OMIS_DATABASE_URL": f"sqlite:///{production}",
        "OMIS_DELO_URL": "http://127.0.0.1:1",  # a production DELO the demo must not use
        "OMIS_TELEGRAM_TOKEN": "1:production",
        "OMIS_TELEGRAM_CHAT_ID": "-100",
        "OMIS_TELEGRAM_API_URL": "http://127.0.0.1:1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "omis", "demo", "--no-web"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "применено №4512 поз. 1: подрядчик в пути" in out  # a status moved by a letter
    assert "№4520/07   подрядчик на месте" in out
    assert "в очереди: 3" in out  # the review queue
    assert re.search(r"обновлено [1-9]\d*", out)  # POS rows written in the simulator
    assert not production.exists()  # the configured database is never touched
