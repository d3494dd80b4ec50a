from __future__ import annotations

from pathlib import Path

import pytest

from omis.core.errors import ConfigError
from omis.core.settings import load_settings


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("OMIS_LOG_KEEP_DAYS", "abc", "OMIS_LOG_KEEP_DAYS=30"),
        ("OMIS_TIMEZONE", "Moscow/Nowhere", "Europe/Moscow"),
        ("OMIS_DATABASE_URL", "mysql://x", "postgresql+psycopg://"),
        ("OMIS_IMAP_PORT", "99999", "OMIS_IMAP_PORT=993"),
        ("OMIS_MAIL_AFTER", "delete", "move:Processed"),
        ("OMIS_SMTP_SECURITY", "tls13", "starttls"),
    ],
)
def test_bad_value_names_variable_and_gives_example(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith(variable)
    assert repr(value) in message
    assert expected in message
    assert "\n" not in message


def test_secret_values_are_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "123:very-secret")
    settings = load_settings()
    assert "very-secret" not in repr(settings.telegram)
    assert settings.telegram.token is not None
    assert settings.telegram.token.get_secret_value() == "123:very-secret"


def test_dotenv_in_working_directory_is_loaded() -> None:
    Path(".env").write_text("OMIS_TELEGRAM_CHAT_ID=-100500\n", encoding="utf-8")
    assert load_settings().telegram.chat_id == "-100500"


def test_db_file_alias_gives_sqlite_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OMIS_DB_FILE", str(tmp_path / "legacy.db"))
    assert load_settings().core.effective_database_url == f"sqlite:///{tmp_path / 'legacy.db'}"


def test_default_database_lives_in_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OMIS_DATA_DIR", str(tmp_path / "data"))
    url = load_settings().core.effective_database_url
    assert url == f"sqlite:///{tmp_path / 'data' / 'omis.sqlite3'}"


def test_config_file_values_are_overridden_by_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "omis.toml"
    config.write_text(
        '[reminders]\nrepeat_minutes = 30\nstatus_limits = {"заявка принята" = 120}\n'
        '[telegram]\nchat_id = "-1"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("OMIS_CONFIG", str(config))
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "-2")
    settings = load_settings()
    assert settings.reminders.repeat_minutes == 30
    assert settings.reminders.status_limits == {"заявка принята": 120}
    assert settings.telegram.chat_id == "-2"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[core\n", "не является корректным TOML"),
        ("[nonsense]\nx = 1\n", "неизвестный раздел 'nonsense'"),
        (
            "[reminders]\nrepeat_minutes = 'often'\n",
            "OMIS_REMINDER_REPEAT_MINUTES (или [reminders]",
        ),
    ],
)
def test_bad_config_file_gives_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str, expected: str
) -> None:
    config = tmp_path / "omis.toml"
    config.write_text(content, encoding="utf-8")
    monkeypatch.setenv("OMIS_CONFIG", str(config))
    with pytest.raises(ConfigError, match=expected.replace("(", r"\(").replace("[", r"\[")):
        load_settings()


def test_missing_config_file_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OMIS_CONFIG", str(tmp_path / "absent.toml"))
    with pytest.raises(ConfigError, match="не найден"):
        load_settings()
