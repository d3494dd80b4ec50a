from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine

from omis.core.logs import FILES_ONLY, configure_logging, prune_daily_logs


def test_daily_file_and_errors_only_file(tmp_path: Path) -> None:
    tmp_path = tmp_path / "daily"
    with time_machine.travel(datetime(2026, 11, 20, 12, 0, tzinfo=UTC), tick=False):
        configure_logging("INFO", tmp_path)
        logging.getLogger("omis.test").info("обычное сообщение")
        logging.getLogger("omis.test").error("ошибка связи")
    for handler in logging.getLogger().handlers:
        handler.flush()
    daily = (tmp_path / "log_2026-11-20.log").read_text(encoding="utf-8")
    errors = (tmp_path / "error.log").read_text(encoding="utf-8")
    assert "обычное сообщение" in daily
    assert "ошибка связи" in daily
    assert "ошибка связи" in errors
    assert "обычное сообщение" not in errors


def test_old_daily_files_are_pruned(tmp_path: Path) -> None:
    tmp_path = tmp_path / "logs"
    tmp_path.mkdir()
    for day in ("2026-10-01", "2026-10-21", "2026-11-19"):
        (tmp_path / f"log_{day}.log").write_text("x")
    (tmp_path / "error.log").write_text("x")
    with time_machine.travel(datetime(2026, 11, 20, 12, 0, tzinfo=UTC), tick=False):
        removed = prune_daily_logs(tmp_path, keep_days=30)
    assert [p.name for p in removed] == ["log_2026-10-01.log"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "error.log",
        "log_2026-10-21.log",
        "log_2026-11-19.log",
    ]


def test_unwritable_log_dir_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    warnings = configure_logging("INFO", blocker / "logs")
    assert warnings
    assert "журнал не пишется" in warnings[0]


def test_the_console_shows_omis_lines_in_russian_and_no_library_chatter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("INFO", tmp_path / "logs")
    logging.getLogger("pymorphy3.opencorpora_dict.wrapper").info("Loading dictionaries from x")
    logging.getLogger("werkzeug").info("WARNING: This is a development server.")
    logging.getLogger("omis.notify.outbox").warning("уведомление 1 (почта (SMTP)) не доставлено")
    logging.getLogger("omis.web.auth").info("веб: вход пользователя admin")
    logging.getLogger("urllib3").warning("Connection pool is full")
    logging.getLogger("omis").error("внутренняя ошибка: x", extra=FILES_ONLY)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert capsys.readouterr().err.splitlines() == [
        "предупреждение: уведомление 1 (почта (SMTP)) не доставлено",
        "сведения: веб: вход пользователя admin",
        "предупреждение urllib3: Connection pool is full",
    ]
    # The files keep everything at the chosen level, with the logger's name.
    [daily] = (tmp_path / "logs").glob("log_*.log")
    kept = daily.read_text(encoding="utf-8")
    assert "INFO pymorphy3.opencorpora_dict.wrapper: Loading dictionaries from x" in kept
    assert "ERROR omis: внутренняя ошибка: x" in kept


def test_at_debug_level_the_console_shows_the_libraries_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("DEBUG", None)
    logging.getLogger("pymorphy3").info("Loading dictionaries from x")
    assert capsys.readouterr().err == "сведения pymorphy3: Loading dictionaries from x\n"
