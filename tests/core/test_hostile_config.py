"""Configuration and files (issue 16): list settings in both forms, addresses checked by
the doctor as the sender will use them, OMIS's own mail marked automatic, fake mail kept
out of production, log files that follow the day and never fail a command."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import func, select

from fakes.smtp import smtp_server
from omis.adapters.channels.smtp import SmtpChannel
from omis.core.db import Database, open_database
from omis.core.errors import ConfigError
from omis.core.logs import configure_logging
from omis.core.settings import load_settings
from omis.mail.models import Letter
from omis.ops.checks.base import State
from omis.ops.checks.smtp import check_smtp

T0 = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def test_every_list_setting_reads_the_json_form_and_the_comma_form(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OMIS_SMTP_RECIPIENTS", '["duty@example.ru", "chief@example.ru"]')
    monkeypatch.setenv("OMIS_SMTP_REMINDER_RECIPIENTS", "a@example.ru, b@example.ru")
    monkeypatch.setenv("OMIS_REMINDER_WORKING_DAYS", "[1, 2, 3]")
    monkeypatch.setenv("OMIS_REMINDER_HOLIDAYS", '["2027-01-01", "2027-01-07"]')
    settings = load_settings()
    assert settings.smtp.recipients == ["duty@example.ru", "chief@example.ru"]
    assert settings.smtp.reminder_recipients == ["a@example.ru", "b@example.ru"]
    assert settings.reminders.working_days == [1, 2, 3]
    assert settings.reminders.holidays == ["2027-01-01", "2027-01-07"]


@pytest.mark.parametrize("value", ['["duty@example.ru"', "duty", "<duty@example.ru>"])
def test_a_recipient_that_is_no_address_stops_the_command(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("OMIS_SMTP_RECIPIENTS", value)
    with pytest.raises(ConfigError, match="OMIS_SMTP_RECIPIENTS"):
        load_settings()


@pytest.mark.parametrize(
    "value",
    [
        "omis@example.ru\r\nBcc: x@evil.example",
        "omis@example.ru\nBcc: x@evil.example",
        "OMIS\t<omis@example.ru>",
        "omis@example.ru, chief@example.ru",
        "omis",
    ],
)
def test_a_sender_with_a_line_break_or_not_one_address_is_refused_at_start(
    run_cli, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    # Before: a CR/LF was accepted, «omis doctor» said SMTP «в порядке», and every send
    # died with «ValueError: Header values may not contain linefeed».
    monkeypatch.setenv("OMIS_SMTP_SENDER", value)
    with pytest.raises(ConfigError, match="OMIS_SMTP_SENDER"):
        load_settings()
    notify = run_cli("notify", "--dry-run")
    assert notify.exit_code == 2
    assert "OMIS_SMTP_SENDER" in notify.stderr
    assert "Traceback" not in notify.output
    doctor = run_cli("doctor")
    assert doctor.exit_code == 1
    assert "OMIS_SMTP_SENDER" in doctor.stdout


@pytest.mark.parametrize(
    "value", ["omis@example.ru", "OMIS <omis@example.ru>", '"OMIS, диспетчер" <omis@example.ru>']
)
def test_a_sender_with_or_without_a_name_is_accepted(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("OMIS_SMTP_SENDER", value)
    assert load_settings().smtp.sender == value


def test_doctor_asks_the_smtp_server_about_every_recipient(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with smtp_server() as (recorder, port):
        recorder.refuse_rcpt.add("gone@example.ru")
        for name, value in {
            "OMIS_SMTP_HOST": "127.0.0.1", "OMIS_SMTP_PORT": str(port),
            "OMIS_SMTP_SECURITY": "none", "OMIS_SMTP_SENDER": "OMIS <omis@example.ru>",
            "OMIS_SMTP_RECIPIENTS": '["duty@example.ru"]',
            "OMIS_SMTP_ESCALATION_RECIPIENTS": "gone@example.ru",
        }.items():  # fmt: skip
            monkeypatch.setenv(name, value)
        result = check_smtp(load_settings())
        assert result.state is State.FAIL
        assert "gone@example.ru (550" in result.detail
        assert "OMIS_SMTP_ESCALATION_RECIPIENTS" in result.hint
        recorder.refuse_rcpt.clear()
        good = check_smtp(load_settings())
        assert good.state is State.OK, good
        assert "duty@example.ru" in good.detail
        assert "gone@example.ru" in good.detail
        assert recorder.letters == []  # asked, never sent


def test_mail_omis_sends_is_marked_automatic() -> None:
    with smtp_server() as (recorder, port):
        channel = SmtpChannel(
            host="127.0.0.1", port=port, sender="omis@example.ru",
            recipients=["duty@example.ru"], subject="OMIS", security="none",
        )  # fmt: skip
        channel.send("⚠ Заявка №4512 уже более часа без обновления")
    [(_to, message)] = recorder.letters
    assert message["Auto-Submitted"] == "auto-generated"


def test_fake_mail_never_writes_into_the_configured_database(
    run_cli, database: Database, tmp_path: Path
) -> None:
    checked = run_cli("mail-check", "--fake")
    ran = run_cli("run", "--fake-mail", "--skip-notifier")
    assert checked.exit_code == 0, checked.output
    assert ran.exit_code == 0, ran.output
    assert "песочница" in checked.stderr
    with database.session() as session:
        assert session.scalar(select(func.count(Letter.id))) == 0
    sandbox = open_database(f"sqlite:///{tmp_path / 'var' / 'sandbox' / 'omis-sandbox.sqlite3'}")
    try:
        with sandbox.session() as session:
            assert session.scalar(select(func.count(Letter.id))) > 0
    finally:
        sandbox.dispose()
    explicit = run_cli("--database", database.url, "mail-check", "--fake")
    assert explicit.exit_code == 0, explicit.output
    with database.session() as session:
        assert session.scalar(select(func.count(Letter.id))) > 0


def test_a_long_running_process_writes_to_the_file_of_the_current_day(tmp_path: Path) -> None:
    with time_machine.travel(T0, tick=False) as clock:
        configure_logging("INFO", tmp_path)
        logging.getLogger("omis.test").info("вечер")
        clock.move_to(T0 + timedelta(hours=4))  # past midnight in every zone near Moscow
        logging.getLogger("omis.test").info("утро")
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = sorted(tmp_path.glob("log_*.log"))
    assert len(files) == 2
    assert "вечер" in files[0].read_text(encoding="utf-8")
    assert "утро" in files[1].read_text(encoding="utf-8")
    assert "утро" not in files[0].read_text(encoding="utf-8")


def test_a_log_file_that_cannot_be_deleted_never_fails_a_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to delete a file another process (the web server) has open."""
    old = tmp_path / "log_2026-09-01.log"
    old.write_text("x")
    original = Path.unlink

    def unlink(path: Path, missing_ok: bool = False) -> None:
        if path.name == old.name:
            raise PermissionError(32, "The process cannot access the file", str(path))
        original(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    with time_machine.travel(T0, tick=False):
        assert configure_logging("INFO", tmp_path, keep_days=30) == []
    assert old.exists()
