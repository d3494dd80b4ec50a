"""A bad setting stops every command with one Russian line naming the setting or the file,
and exit code 2: a value that is not JSON where JSON is expected (from the environment or
``.env``), a configuration file or ``.env`` not in UTF-8, a misspelt key of a TOML section.
Never a traceback, never «внутренняя ошибка»."""

from __future__ import annotations

from pathlib import Path

import pytest

from omis.core.errors import EXIT_OK, EXIT_USAGE


def _one_line_error(result) -> str:
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.stderr.startswith("ошибка: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output
    assert "внутренняя" not in result.output
    return result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("OMIS_REMINDER_STATUS_LIMITS", "not json", "не JSON"),
        ("OMIS_REMINDER_STATUS_LIMITS", "[1, 2]", 'ожидается JSON-объект {"статус": минуты'),
        ("OMIS_MAIL_SOURCES", "not json", "не JSON"),
        ("OMIS_MAIL_SOURCES", '{"name": "x"}', "ожидается JSON-список источников"),
        # A key given twice: before, the last one silently won.
        (
            "OMIS_REMINDER_STATUS_LIMITS",
            '{"в работе": 60, "в работе": 90}',
            "ключ «в работе» указан дважды в одном объекте JSON",
        ),
        (
            "OMIS_MAIL_SOURCES",
            '[{"name": "a", "mail_backend": "imap", "mail_backend": "dir"}]',
            "ключ «mail_backend» указан дважды",
        ),
    ],
)
@pytest.mark.parametrize("where", ["environment", ".env"])
def test_a_setting_that_is_not_the_json_it_should_be_is_named(
    run_cli, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str, where: str
) -> None:
    if where == ".env":
        Path(".env").write_text(f"{variable}={value}\n", encoding="utf-8")
    else:
        monkeypatch.setenv(variable, value)
    message = _one_line_error(run_cli("notify", "--dry-run"))
    assert message.startswith(f"ошибка: {variable}: ")
    assert expected in message


def test_json_settings_still_read_their_json(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMIS_REMINDER_STATUS_LIMITS", '{"подрядчик в пути": 120}')
    monkeypatch.setenv("OMIS_MAIL_SOURCES", "")
    assert run_cli("notify", "--dry-run").exit_code == EXIT_OK


@pytest.mark.parametrize(
    ("encoding", "guess"), [("utf-16", "похоже, UTF-16"), ("cp1251", "похоже, Windows-1251")]
)
def test_a_config_file_not_in_utf8_is_named_with_its_probable_encoding(
    run_cli, tmp_path: Path, encoding: str, guess: str
) -> None:
    config = tmp_path / "omis.toml"
    config.write_text('[mail]\nmail_folder = "Входящие"\n', encoding=encoding)
    message = _one_line_error(run_cli("--config", str(config), "notify", "--dry-run"))
    assert f"файл {config} не в кодировке UTF-8 ({guess}" in message


@pytest.mark.parametrize("encoding", ["utf-16", "cp1251"])
def test_a_dotenv_not_in_utf8_is_named(run_cli, encoding: str) -> None:
    Path(".env").write_text("OMIS_TELEGRAM_CHAT_ID=-1 # чат дежурных\n", encoding=encoding)
    message = _one_line_error(run_cli("notify", "--dry-run"))
    assert f"файл {Path('.env').absolute()} не в кодировке UTF-8" in message


def test_a_config_file_with_a_byte_order_mark_is_read(run_cli, tmp_path: Path) -> None:
    config = tmp_path / "omis.toml"
    config.write_text("[reminders]\nlimit_minutes = 45\n", encoding="utf-8-sig")
    result = run_cli("--config", str(config), "notify", "--dry-run")
    assert result.exit_code == EXIT_OK, result.output


def test_an_unknown_key_of_a_known_section_is_refused_like_an_unknown_section(
    run_cli, tmp_path: Path
) -> None:
    config = tmp_path / "omis.toml"
    config.write_text("[mail]\nmail_folder = 'INBOX'\nmail_foldr = 'Входящие'\n", "utf-8")
    message = _one_line_error(run_cli("--config", str(config), "notify", "--dry-run"))
    assert "в разделе [mail] неизвестный параметр 'mail_foldr' (может быть, mail_folder?)" in (
        message
    )


def test_the_web_server_does_not_start_on_a_bad_setting(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_REMINDER_STATUS_LIMITS", "not json")
    assert "OMIS_REMINDER_STATUS_LIMITS" in _one_line_error(run_cli("web", "--port", "1"))


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("OMIS_TELEGRAM_CHAT_ID", "abc", "идентификатор чата Telegram, например -1001234567890"),
        ("OMIS_TELEGRAM_CHAT_ID", "-", "идентификатор чата Telegram"),
        ("OMIS_TELEGRAM_ESCALATION_CHAT_ID", "@", "идентификатор чата Telegram"),
        ("OMIS_TELEGRAM_API_URL", "ftp://x", "ожидается адрес http:// или https://"),
        ("OMIS_TELEGRAM_API_URL", "api.telegram.org", "ожидается адрес http:// или https://"),
    ],
)
def test_a_telegram_setting_telegram_cannot_take_stops_the_command_and_the_doctor_says_so(
    run_cli, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str
) -> None:
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "123456:AAsecret")
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "-100200")
    monkeypatch.setenv(variable, value)
    message = _one_line_error(run_cli("notify", "--dry-run"))
    assert message.startswith(f"ошибка: {variable}: недопустимое значение {value!r}: ")
    assert expected in message
    doctor = run_cli("doctor")
    assert doctor.exit_code == 1
    assert "Настройки" in doctor.stdout
    assert variable in doctor.stdout
    assert "в порядке" not in doctor.stdout


@pytest.mark.parametrize("chat", ["-1001234567890", "123456", "@omis_duty", " -100200 "])
def test_every_form_of_a_telegram_chat_is_accepted(
    run_cli, monkeypatch: pytest.MonkeyPatch, chat: str
) -> None:
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", chat)
    monkeypatch.setenv("OMIS_TELEGRAM_ESCALATION_CHAT_ID", chat)
    monkeypatch.setenv("OMIS_TELEGRAM_API_URL", "http://127.0.0.1:1")
    assert run_cli("notify", "--dry-run").exit_code == EXIT_OK
