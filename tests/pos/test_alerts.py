"""POS sync alerts by e-mail (real aiosmtpd): one letter when it starts failing, none for a
repeated failure, one when it works again; a broken config file counts as a failure."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from fakes.pos import write_config
from fakes.smtp import Recorder
from omis.delosim import DeloSimulator


def bodies(recorder: Recorder) -> list[str]:
    return [letter.get_payload(decode=True).decode() for _to, letter in recorder.letters]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_delo_alerts_once_then_recovery_once(
    run_cli, mailbox: Recorder, tmp_path: Path
) -> None:
    down = write_config(tmp_path / "down", f"http://127.0.0.1:{closed_port()}", retryAttempts=0)

    first = run_cli("pos-sync", "--config-dir", str(down))
    second = run_cli("pos-sync", "--config-dir", str(down))

    assert (first.exit_code, second.exit_code) == (1, 1)
    assert "синхронизация ПОС: ошибка" in first.stderr
    assert len(mailbox.letters) == 1
    assert "❌ OMIS: задание «синхронизация ПОС» завершилось ошибкой" in bodies(mailbox)[0]
    with DeloSimulator(40) as simulator:
        up = write_config(tmp_path / "up", simulator.base_url)
        third = run_cli("pos-sync", "--config-dir", str(up))
    assert third.exit_code == 0, third.output
    assert len(mailbox.letters) == 2
    assert "✅ OMIS: задание «синхронизация ПОС» восстановлено" in bodies(mailbox)[1]


def test_broken_config_file_is_a_failure_that_alerts(
    run_cli, mailbox: Recorder, tmp_path: Path
) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    (folder / "processing_config.json").write_text(json.dumps({"batchSize": "много"}), "utf-8")

    result = run_cli("pos-sync", "--config-dir", str(folder))

    assert result.exit_code == 2
    assert "batchSize" in result.stderr
    assert len(mailbox.letters) == 1
    assert "batchSize" in bodies(mailbox)[0]
