"""An OMIS_* name that no setting reads (a typo such as OMIS_SMTP_HOTS), in the environment
or in ``.env``: every command says so once, in Russian, with the closest known name, and
still runs; ``omis doctor`` shows it as a failed «Настройки» row. Before, it was ignored
without a word, and the operator believed the setting was set."""

from __future__ import annotations

from pathlib import Path

import pytest

from omis.core.errors import EXIT_FAILED, EXIT_OK
from omis.core.settings import load_settings

HINT = "неизвестный параметр OMIS_SMTP_HOTS — возможно, OMIS_SMTP_HOST?"


def _set(where: str, name: str, value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if where == ".env":
        Path(".env").write_text(f"OMIS_SMTP_PORT=587\n{name}={value}\n", encoding="utf-8")
    else:
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("where", ["environment", ".env"])
def test_a_misspelt_setting_is_warned_about_once_and_the_command_still_runs(
    run_cli, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    _set(where, "OMIS_SMTP_HOTS", "smtp.example.ru", monkeypatch)
    result = run_cli("notify", "--dry-run")
    assert result.exit_code == EXIT_OK, result.output
    assert result.stderr.count(HINT) == 1, result.stderr
    assert f"предупреждение: {HINT}" in result.stderr


@pytest.mark.parametrize("where", ["environment", ".env"])
def test_the_doctor_fails_the_settings_row_for_a_misspelt_setting(
    run_cli, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    _set(where, "OMIS_SMTP_HOTS", "smtp.example.ru", monkeypatch)
    result = run_cli("doctor")
    assert result.exit_code == EXIT_FAILED, result.output
    assert HINT in result.stdout


def test_a_name_like_no_setting_is_reported_without_a_guess(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OMIS_QQQQQQQQQQQQQQQQQQQQ", "1")
    assert load_settings().unknown == (
        "неизвестный параметр OMIS_QQQQQQQQQQQQQQQQQQQQ (окружение): такой настройки нет, "
        "он ничего не меняет",
    )


def test_known_names_in_any_case_and_other_programs_variables_are_not_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Path(".env").write_text(
        "omis_smtp_host=smtp.example.ru\nOMIS_WEB_SESSION_HOURS=8\nOMISSION=1\nPATH_X=1\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("OMIS_CONFIG", "")
    monkeypatch.setenv("OMIS_MAIL_SOURCES", "")
    settings = load_settings()
    assert settings.smtp.host == "smtp.example.ru"
    assert settings.unknown == ()
