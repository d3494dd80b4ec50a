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
    assert "⚠ Без обновления" in out  # the reminders digest, printed
    assert "• №4513 (позиция 1): «заявка принята»" in out
    assert re.search(r"обновлено [1-9]\d*", out)  # POS rows written in the simulator
    assert not production.exists()  # the configured database is never touched
    # reasons, channels and automatic-mail codes are shown in words, not as codes
    assert "[заявки с таким номером нет]" in out
    assert "(автоматическое письмо (Auto-Submitted))" in out
    assert "напоминание → консоль вместо: Telegram -100: отправлено" in out
    for code in ("unknown_request", "no_request_number", "auto-submitted", "console:"):
        assert code not in out, code


def test_demo_serves_its_sandbox_in_the_web_ui_with_a_one_time_login(tmp_path: Path) -> None:
    import socket

    import httpx

    with socket.socket() as probe:  # a free port for the demo's web server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "OMIS_DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}"}
    process = subprocess.Popen(
        [sys.executable, "-m", "omis", "demo", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        login_line = next(line for line in process.stdout if "вход:" in line)
        url, user, password = re.search(r"(http://\S+)\s+вход: (\S+) / (\S+)", login_line).groups()
        with httpx.Client(base_url=url, timeout=10) as client:
            page = client.get("/login")  # the socket is bound before the line is printed
            token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
            wrong = client.post(
                "/login", data={"csrf_token": token, "username": user, "password": "x"}
            )
            assert "Неверн" in wrong.text or wrong.status_code in (200, 401)
            client.post(
                "/login", data={"csrf_token": token, "username": user, "password": password}
            )
            requests_page = client.get("/requests", follow_redirects=True)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert requests_page.status_code == 200
    assert "4520" in requests_page.text  # the sandbox's sample requests
    assert "/login" not in str(requests_page.url)
    assert not (tmp_path / "production.sqlite3").exists()
