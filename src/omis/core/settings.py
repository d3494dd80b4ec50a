"""Configuration: read once, typed, from the environment, `.env` and an optional TOML file.

Precedence, highest first: environment variables, the `.env` file in the working
directory, the TOML file named by ``OMIS_CONFIG``, the defaults below. Each area of the
product has its own section class; its environment variables keep the seed's names
(``OMIS_TELEGRAM_TOKEN``, ``OMIS_OUTLOOK_CLIENT_ID``, ``OMIS_DB_FILE``...).

This is the only module that reads the environment.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from datetime import datetime, tzinfo
from email.utils import getaddresses
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from omis.core.errors import ConfigError, not_regular_file
from omis.core.validation import (
    TELEGRAM_CHAT_HINT,
    is_telegram_chat,
    likely_name,
    loads_user_json,
    message_ru,
)

DOTENV = Path(".env")  # in the working directory


class _Section(BaseSettings):
    """A group of settings with one environment prefix and one TOML table."""

    model_config = SettingsConfigDict(
        env_file=DOTENV, env_file_encoding="utf-8", extra="ignore", frozen=True
    )
    toml_table: ClassVar[str] = ""
    # False: only the given values count (they were already read with the environment).
    reads_environment: ClassVar[bool] = True

    def __init_subclass__(cls, table: str = "", **config: Any) -> None:
        """A section names its TOML table and (pydantic's own keyword) its environment
        prefix on its class line: ``class WebSettings(_Section, table="web",
        env_prefix="OMIS_WEB_")``."""
        super().__init_subclass__(**config)
        if table:
            cls.toml_table = table

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        if not cls.reads_environment:
            return (init_settings,)
        # The TOML file arrives as init values; the environment must win over it.
        return env_settings, dotenv_settings, init_settings


class CoreSettings(_Section, table="core", env_prefix="OMIS_"):
    data_dir: Path = Path("var")
    database_url: str | None = None
    db_file: Path | None = None
    timezone: str | None = None
    db_busy_timeout_ms: int = Field(10_000, ge=0)
    log_dir: Path = Path("logs")
    log_keep_days: int = Field(30, ge=1)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Demonstrations and scenario sandboxes: every notification is printed and recorded,
    # nothing reaches Telegram or SMTP even when they are configured.
    print_notifications: bool = False
    # Fault injection for the crash tests: SIGKILL right after a provider accepted a message.
    test_crash_after_send: bool = False

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError("неизвестный часовой пояс") from exc
        return value

    @field_validator("database_url")
    @classmethod
    def _known_engine(cls, value: str | None) -> str | None:
        if value and not value.startswith(("sqlite", "postgresql")):
            raise ValueError("поддерживаются только sqlite:/// и postgresql+psycopg://")
        return value

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        path = self.db_file or (self.data_dir / "omis.sqlite3")
        return f"sqlite:///{path}"

    @cached_property
    def tz(self) -> tzinfo:
        if self.timezone:
            return ZoneInfo(self.timezone)
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local


class MailSettings(_Section, table="mail", env_prefix="OMIS_"):
    mail_backend: Literal["graph", "imap", "ews", "dir", "fake"] | None = None
    mail_folder: str = "INBOX"
    mail_dir: Path | None = None
    mail_after: str = "none"
    mail_max_letters: int = Field(500, ge=1)
    # A letter larger than this is read only up to this size (its text is at the start;
    # a 30 MB letter is photos) and stored with the beginning of its text and a note.
    mail_max_letter_mb: int = Field(10, ge=1, le=1024)
    # Reading mail longer than this stops (what was stored is kept) and fails: a server
    # that trickles a few bytes at a time would otherwise hold the run, and its lock,
    # forever. Below the schedulers' 5-minute limit on omis run, so it stops cleanly first.
    mail_max_run_minutes: float = Field(4, gt=0)
    # Fault injection for the crash tests: SIGKILL this process after N letters are stored.
    fault_kill_after_letters: int | None = Field(None, ge=1)

    @property
    def max_letter_bytes(self) -> int:
        """How much of one letter is read: by the mailboxes and by the web's rule sandbox."""
        return self.mail_max_letter_mb * 1024 * 1024

    imap_host: str | None = None
    imap_port: int | None = Field(None, ge=1, le=65535)
    imap_ssl: bool = True
    # Without SSL, STARTTLS is required before the password is sent; only a server on the
    # same host may be used in clear text, and only when this says so.
    imap_allow_plain: bool = False
    imap_ca_bundle: Path | None = None
    imap_user: str | None = None
    imap_password: SecretStr | None = None
    imap_oauth_token: SecretStr | None = None

    outlook_email: str | None = None
    outlook_client_id: str | None = None
    outlook_client_secret: SecretStr | None = None
    outlook_tenant_id: str | None = None
    outlook_folder: str = "Inbox/OMIS"
    outlook_lookback_minutes: int = Field(1440, ge=1)
    outlook_max_messages: int = Field(200, ge=1)
    graph_api_url: str = "https://graph.microsoft.com/v1.0"
    graph_token_url: str = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"  # noqa: S105

    ews_server: str | None = None
    ews_user: str | None = None
    ews_password: SecretStr | None = None

    # Contractors (issue 17): whose letters may move a request, several mailboxes, replies.
    mail_sender_check: Literal["off", "domain", "address"] = "domain"
    # Several mailboxes: each a name plus any setting above, named as in the environment
    # without OMIS_ and in lower case (mail_backend, imap_host, mail_folder, mail_after...);
    # what a source does not set is taken from the settings above. Empty: one source,
    # «default», from the settings above (the single-mailbox configuration of old).
    # NoDecode: a value that is not JSON gets this module's message, not pydantic-settings'.
    mail_sources: Annotated[list[dict[str, Any]], NoDecode] = Field(default_factory=list)
    mail_reply_unreadable: bool = False
    mail_reply_period_minutes: int = Field(1440, ge=1)
    mail_reply_template: str | None = None

    @field_validator("mail_after")
    @classmethod
    def _known_after_action(cls, value: str) -> str:
        if value in ("none", "mark-read") or (value.startswith("move:") and len(value) > 5):
            return value
        raise ValueError("ожидается none, mark-read или move:<папка>")

    @field_validator("mail_sources", mode="before")
    @classmethod
    def _sources_json(cls, value: Any) -> Any:
        return _json_value(value, list, "ожидается JSON-список источников [{...}, ...]")

    @field_validator("mail_sources")
    @classmethod
    def _valid_sources(cls, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        names: set[str] = set()
        for number, source in enumerate(value, start=1):
            name = _source_name(source, number)
            if name in names:
                raise ValueError(f"источник «{name}» указан дважды")
            names.add(name)
            _source_fields(source, name)
        return value

    def sources(self) -> list[tuple[str, MailSettings]]:
        """Every configured mailbox as (name, its own settings), in the configured order."""
        if not self.mail_sources:
            return [("default", self)]
        base = self.model_dump(exclude={"mail_sources"})
        return [
            (str(source["name"]), _SourceSettings(**{**base, **_source_fields(source, "")}))
            for source in self.mail_sources
        ]


class _SourceSettings(MailSettings):
    """One mailbox of ``mail_sources``: validated as MailSettings, from the given values
    only (the environment already spoke through the section the values come from)."""

    reads_environment = False


SOURCE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
_NOT_PER_SOURCE = {
    "mail_sources",
    "fault_kill_after_letters",
    "mail_sender_check",
    "mail_max_run_minutes",
} | {name for name in MailSettings.model_fields if name.startswith("mail_reply_")}


def _source_name(source: Any, number: int) -> str:
    if not isinstance(source, dict):
        raise ValueError(f"источник {number}: ожидается таблица с полями name, mail_backend, …")
    name = source.get("name")
    if not isinstance(name, str) or not SOURCE_NAME.match(name):
        raise ValueError(
            f"источник {number}: name — латинские буквы, цифры, «-» и «_», до 40 знаков"
        )
    return name


def _source_fields(source: dict[str, Any], name: str) -> dict[str, Any]:
    """The source's own settings (without its name), checked: known keys, valid values."""
    fields = {key: value for key, value in source.items() if key != "name"}
    unknown = sorted(set(fields) - (set(MailSettings.model_fields) - _NOT_PER_SOURCE))
    if unknown:
        raise ValueError(f"источник «{name}»: неизвестный параметр «{unknown[0]}»")
    if not fields.get("mail_backend"):
        raise ValueError(f"источник «{name}»: не задан mail_backend (imap, graph, ews, dir)")
    if name:  # checking the configuration: report the first bad value of this source
        try:
            _SourceSettings(**fields)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = str(error["loc"][0]) if error["loc"] else "?"
            raise ValueError(f"источник «{name}»: {where}: {message_ru(error)}") from None
    return fields


class TelegramSettings(_Section, table="telegram", env_prefix="OMIS_TELEGRAM_"):
    token: SecretStr | None = None
    chat_id: str | None = None
    topic_id: int | None = None
    escalation_chat_id: str | None = None
    api_url: str = "https://api.telegram.org"
    timeout_seconds: float = Field(10.0, gt=0)

    @field_validator("chat_id", "escalation_chat_id")
    @classmethod
    def _known_chat_form(cls, value: str | None) -> str | None:
        # «abc» would only fail at the first message, when an alert is due.
        cleaned = (value or "").strip()
        if cleaned and not is_telegram_chat(cleaned):
            raise ValueError(TELEGRAM_CHAT_HINT)
        return cleaned or None

    @field_validator("api_url")
    @classmethod
    def _api_address(cls, value: str) -> str:
        return _web_address(value) or value

    @property
    def configured(self) -> bool:
        return bool(self.token and self.chat_id)


class SmtpSettings(_Section, table="smtp", env_prefix="OMIS_SMTP_"):
    host: str | None = None
    port: int | None = Field(None, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    user: str | None = None
    password: SecretStr | None = None
    sender: str | None = None
    # NoDecode: "a@x.ru,b@x.ru" in the environment is a list, not JSON.
    recipients: Annotated[list[str], NoDecode] = Field(default_factory=list)
    reminder_recipients: Annotated[list[str], NoDecode] = Field(default_factory=list)
    escalation_recipients: Annotated[list[str], NoDecode] = Field(default_factory=list)
    timeout_seconds: float = Field(15.0, gt=0)

    @field_validator("recipients", "reminder_recipients", "escalation_recipients", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        return _split_comma_list(value)

    @field_validator("recipients", "reminder_recipients", "escalation_recipients")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        for address in value:
            if not EMAIL.match(address):
                raise ValueError(f"«{address}» не адрес электронной почты")
        return value

    @field_validator("sender")
    @classmethod
    def _sender_address(cls, value: str | None) -> str | None:
        # The value goes into the From header as it is: a line break would end the header
        # (a Bcc: smuggled in) and the email package refuses it only when a letter is sent.
        if value and CONTROL.search(value):
            raise ValueError("перевод строки или управляющий символ в адресе отправителя")
        if value and not _one_address(value):
            raise ValueError(
                "ожидается один адрес, например omis@example.ru или OMIS <omis@example.ru>"
            )
        return value

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender and self.recipients)


class ReminderSettings(_Section, table="reminders", env_prefix="OMIS_REMINDER_"):
    limit_minutes: int = Field(60, ge=1)
    status_limits: Annotated[dict[str, int], NoDecode] = Field(default_factory=dict)
    repeat_minutes: int = Field(60, ge=1)
    max_reminders: int = Field(3, ge=1)
    working_hours: str | None = None
    working_days: Annotated[list[int], NoDecode] = Field(default_factory=lambda: [1, 2, 3, 4, 5])
    # Overrides of the production calendar: "2027-01-11" a day off, "+2027-12-28" a working day.
    holidays: Annotated[list[str], NoDecode] = Field(default_factory=list)
    production_calendar: str | None = "RU"  # a country code of the `holidays` package; "none"
    calendar_timezone: str | None = None
    template: str | None = None
    digest_template: str | None = None

    @field_validator("working_days", "holidays", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        return _split_comma_list(value)

    @field_validator("status_limits", mode="before")
    @classmethod
    def _limits_json(cls, value: Any) -> Any:
        return _json_value(value, dict, 'ожидается JSON-объект {"статус": минуты, ...}')


CONTROL = re.compile(r"[\x00-\x1f\x7f]")
EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")


def _one_address(value: str) -> bool:
    """``value`` is exactly one mail address, with or without a display name."""
    addresses = getaddresses([value])
    return len(addresses) == 1 and bool(EMAIL.match(addresses[0][1]))


def _json_value(value: Any, kind: type, expected: str) -> Any:
    """A JSON value from the environment or ``.env`` (a string), parsed here so that a bad
    one is reported with its variable's name; TOML gives the value itself. Blank: empty."""
    if not isinstance(value, str):
        return value
    if not value.strip():
        return kind()
    try:
        parsed = loads_user_json(value)  # DuplicateKeyError: a ValueError, named by pydantic
    except json.JSONDecodeError as exc:
        raise ValueError(f"не JSON (ошибка в символе {exc.pos + 1}); {expected}") from None
    if not isinstance(parsed, kind):
        raise ValueError(expected)
    return parsed


WEB_ADDRESS = re.compile(r"^https?://[^/?#\s]+", re.IGNORECASE)


def _web_address(value: str | None) -> str | None:
    """An address OMIS sends requests (and passwords) to: http:// or https:// and a host,
    never file:// or ftp://, which would only fail later, request after request."""
    if value and not WEB_ADDRESS.match(value.strip()):
        raise ValueError("ожидается адрес http:// или https:// с именем сервера")
    return value


def _split_comma_list(value: Any) -> Any:
    """``"1,2,3"`` and ``'[1, 2, 3]'`` (the JSON form) from the environment both become a
    list (pydantic then makes ints where the field wants them); lists from TOML pass."""
    if isinstance(value, str) and value.strip().startswith("["):
        try:
            parsed = json.loads(value)
        except ValueError:
            raise ValueError("ожидается список через запятую или JSON-список") from None
        if not isinstance(parsed, list):
            raise ValueError("ожидается список через запятую или JSON-список")
        return [str(item).strip() if isinstance(item, str) else item for item in parsed]
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    if isinstance(value, int):
        return [value]
    return value


class DeloSettings(_Section, table="delo", env_prefix="OMIS_DELO_"):
    config_dir: Path | None = None
    url: str | None = None
    username: str | None = None
    password: SecretStr | None = None
    app: str | None = None
    ca_bundle: Path | None = None
    # One folder per further DELO server (`omis pos-sync --installation NAME`, the systemd
    # unit omis-pos@NAME): each holds its own connection_config.json and processing_config.json.
    installations_dir: Path = Path("/etc/omis/delo.d")

    @field_validator("url")
    @classmethod
    def _server_address(cls, value: str | None) -> str | None:
        return _web_address(value)

    @property
    def configured(self) -> bool:
        return bool(self.config_dir or self.url)


class ReportSettings(_Section, table="reports", env_prefix="OMIS_REPORT_"):
    # The weekly digest (contractors and automation of the past week) to the escalation
    # chat and recipients, sent by the first ``omis run`` from this weekday and hour on.
    digest: bool = False
    digest_weekday: int = Field(1, ge=1, le=7)  # ISO: 1 = Monday
    digest_hour: int = Field(8, ge=0, le=23)


class WebSettings(_Section, table="web", env_prefix="OMIS_WEB_"):
    secret_key: SecretStr | None = None
    production: bool = True
    debug: bool = False
    cookie_secure: bool = False
    metrics_token: SecretStr | None = None
    max_upload_mb: int = Field(5, ge=1)
    # Per user name (existing or not): this many failures in 15 minutes, then a short lock.
    login_max_failures: int = Field(5, ge=1)
    login_lock_minutes: int = Field(1, ge=1)
    # Per client address, shared by every worker through the database.
    login_address_max_failures: int = Field(20, ge=1)
    login_address_window_minutes: int = Field(10, ge=1)
    # Behind a reverse proxy (nginx on the same host): take the client's address from
    # X-Forwarded-For, as the proxy set it, for the per-address limit and the log.
    behind_proxy: bool = False
    cookie_samesite: Literal["Lax", "Strict"] = "Lax"
    session_hours: int = Field(12, ge=1)


SECTIONS: dict[str, type[_Section]] = {
    "core": CoreSettings,
    "mail": MailSettings,
    "telegram": TelegramSettings,
    "smtp": SmtpSettings,
    "reminders": ReminderSettings,
    "delo": DeloSettings,
    "reports": ReportSettings,
    "web": WebSettings,
}


# Every OMIS_* variable a section reads, derived from the sections themselves; and the
# variables read elsewhere: OMIS_CONFIG here, OMIS_TEST_DATABASE_URL by the test suite.
KNOWN_VARIABLES: frozenset[str] = frozenset(
    f"{cls.model_config.get('env_prefix', '')}{field}".upper()
    for cls in SECTIONS.values()
    for field in cls.model_fields
) | {"OMIS_CONFIG", "OMIS_TEST_DATABASE_URL"}


def unknown_variables(environment: Mapping[str, str], dotenv: Path = DOTENV) -> list[str]:
    """One Russian line per OMIS_* name in ``environment`` or in ``dotenv`` that no setting
    reads: a misspelt name (OMIS_SMTP_HOTS) would otherwise leave its setting at the default
    while the operator believes it set. Names are compared as pydantic compares them,
    case ignored."""
    places = [("окружение", list(environment))]
    if dotenv.is_file():
        # Read as pydantic-settings reads it, so the names are the ones the sections saw.
        names = list(DotEnvSettingsSource(CoreSettings, env_file=dotenv).env_vars)
        places.append((f"файл {dotenv.absolute()}", names))
    found: dict[str, str] = {}
    for where, names in places:
        for name in names:
            upper = name.upper()
            if upper.startswith("OMIS_") and upper not in KNOWN_VARIABLES and upper not in found:
                found[upper] = _unknown_line(upper, where)
    return list(found.values())


def _unknown_line(name: str, where: str) -> str:
    close = likely_name(name, KNOWN_VARIABLES)
    if close:
        return f"неизвестный параметр {name} — возможно, {close}? ({where})"
    return f"неизвестный параметр {name} ({where}): такой настройки нет, он ничего не меняет"


class Settings:
    """Every section, loaded once. Attribute access by area: ``settings.telegram.token``.
    ``unknown`` lists the OMIS_* names no setting reads (see :func:`unknown_variables`)."""

    def __init__(self, sections: Mapping[str, _Section], unknown: tuple[str, ...] = ()) -> None:
        self.unknown = unknown
        self.core: CoreSettings = sections["core"]  # type: ignore[assignment]
        self.mail: MailSettings = sections["mail"]  # type: ignore[assignment]
        self.telegram: TelegramSettings = sections["telegram"]  # type: ignore[assignment]
        self.smtp: SmtpSettings = sections["smtp"]  # type: ignore[assignment]
        self.reminders: ReminderSettings = sections["reminders"]  # type: ignore[assignment]
        self.delo: DeloSettings = sections["delo"]  # type: ignore[assignment]
        self.reports: ReportSettings = sections["reports"]  # type: ignore[assignment]
        self.web: WebSettings = sections["web"]  # type: ignore[assignment]

    def with_database(self, url: str) -> Settings:
        """A copy pointing at another database (sandboxes, tests)."""
        core = self.core.model_copy(update={"database_url": url})
        return self.with_section("core", core)

    def with_section(self, name: str, section: _Section) -> Settings:
        """A copy with one section replaced (the demo's simulator, tests)."""
        return Settings({**self._sections(), name: section}, self.unknown)

    def _sections(self) -> dict[str, _Section]:
        return {name: getattr(self, name) for name in SECTIONS}


def load_settings(config_file: Path | None = None) -> Settings:
    """Read every section; raise ConfigError with one clear line on a bad value."""
    path = config_file or _config_path_from_env()
    tables = _read_toml(path) if path else {}
    problem = not_regular_file(DOTENV.absolute())  # pydantic-settings waits on a pipe
    if problem:
        raise ConfigError(f"файл {problem}")
    sections = {name: _build(cls, tables.get(name, {}), path) for name, cls in SECTIONS.items()}
    return Settings(sections, tuple(unknown_variables(os.environ)))


def _config_path_from_env() -> Path | None:
    value = os.environ.get("OMIS_CONFIG")
    return Path(value) if value else None


def _read_toml(path: Path) -> dict[str, dict[str, Any]]:
    problem = not_regular_file(path)
    if problem:
        raise ConfigError(f"OMIS_CONFIG: {problem}")
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(f"OMIS_CONFIG: файл {path} не найден") from exc
    except OSError as exc:
        raise ConfigError(f"OMIS_CONFIG: файл {path} не читается: {exc.strerror}") from exc
    text = utf8_text(raw, f"OMIS_CONFIG: файл {path}")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"OMIS_CONFIG: файл {path} не является корректным TOML: {exc}") from exc
    bad = [key for key, value in data.items() if key not in SECTIONS or not isinstance(value, dict)]
    if bad:
        known = ", ".join(f"[{name}]" for name in SECTIONS)
        raise ConfigError(f"OMIS_CONFIG: {path}: неизвестный раздел {bad[0]!r}; допустимы {known}")
    for name, table in data.items():
        _known_keys(path, name, table)
    return data


def _known_keys(path: Path, name: str, table: dict[str, Any]) -> None:
    """A misspelt key is refused like a misspelt section, not silently left at its default."""
    fields = SECTIONS[name].model_fields
    unknown = sorted(key for key in table if key not in fields)
    if unknown:
        close = likely_name(unknown[0], fields)
        hint = f" (может быть, {close}?)" if close else ""
        raise ConfigError(
            f"OMIS_CONFIG: {path}: в разделе [{name}] неизвестный параметр "
            f"{unknown[0]!r}{hint}; параметры раздела — имена переменных окружения без "
            f"префикса {SECTIONS[name].model_config.get('env_prefix', '')} в нижнем регистре"
        )


def utf8_text(raw: bytes, what: str) -> str:
    """``raw`` as UTF-8, or a ConfigError that says which encoding it probably is in: every
    configuration file OMIS reads (the TOML file, ``.env``, the DELO JSON files)."""
    # Windows' Notepad starts a UTF-8 file with a byte-order mark; TOML and JSON allow none.
    try:
        return raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as exc:
        utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in raw[:200]
        guess = "похоже, UTF-16" if utf16 else "похоже, Windows-1251"
        raise ConfigError(
            f"{what} не в кодировке UTF-8 ({guess}; неверный байт {exc.start + 1}): "
            "сохраните его в UTF-8"
        ) from None


def _build(cls: type[_Section], values: dict[str, Any], path: Path | None) -> _Section:
    try:
        return cls(**values)
    except ValidationError as exc:
        raise ConfigError(_describe(cls, exc, path)) from None
    except UnicodeDecodeError:  # the only file read here is .env (the TOML file was read)
        utf8_text(DOTENV.read_bytes(), f"файл {DOTENV.absolute()}")
        raise
    except SettingsError as exc:  # a value pydantic-settings itself failed to decode
        raise ConfigError(_describe_undecoded(cls, exc)) from None


def _describe_undecoded(cls: type[_Section], exc: SettingsError) -> str:
    found = re.search(r'field "(\w+)" from source "(\w+)"', str(exc))
    field, source = found.groups() if found else ("?", "")
    variable = f"{cls.model_config.get('env_prefix', '')}{field}".upper()
    where = f" (в файле {DOTENV.absolute()})" if source.startswith("DotEnv") else ""
    return f"{variable}{where}: значение не разобрано как JSON"


def _describe(cls: type[_Section], exc: ValidationError, path: Path | None) -> str:
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else "?"
    prefix = str(cls.model_config.get("env_prefix", ""))
    variable = f"{prefix}{field}".upper()
    where = f" (или [{cls.toml_table}] {field} в {path})" if path else ""
    value = error.get("input")
    secret = any(word in field for word in ("password", "secret", "token", "sources"))
    shown = "***" if secret else value  # a mailbox list carries passwords
    example = EXAMPLES.get(variable, "")
    hint = f"; пример: {variable}={example}" if example else ""
    return f"{variable}{where}: недопустимое значение {shown!r}: {message_ru(error)}{hint}"


EXAMPLES: dict[str, str] = {
    "OMIS_DATABASE_URL": "postgresql+psycopg://omis@127.0.0.1:5432/omis",
    "OMIS_TIMEZONE": "Europe/Moscow",
    "OMIS_LOG_LEVEL": "INFO",
    "OMIS_LOG_KEEP_DAYS": "30",
    "OMIS_MAIL_BACKEND": "imap",
    "OMIS_MAIL_AFTER": "move:Processed",
    "OMIS_MAIL_SENDER_CHECK": "domain",
    "OMIS_MAIL_SOURCES": '[{"name": "podryad", "mail_backend": "imap", "imap_host": "imap.podryad.ru"}]',
    "OMIS_MAIL_REPLY_PERIOD_MINUTES": "1440",
    "OMIS_IMAP_PORT": "993",
    "OMIS_IMAP_SSL": "true",
    "OMIS_OUTLOOK_LOOKBACK_MINUTES": "1440",
    "OMIS_TELEGRAM_TOPIC_ID": "12",
    "OMIS_TELEGRAM_CHAT_ID": "-1001234567890",
    "OMIS_TELEGRAM_ESCALATION_CHAT_ID": "@omis_escalation",
    "OMIS_TELEGRAM_API_URL": "https://api.telegram.org",
    "OMIS_SMTP_PORT": "587",
    "OMIS_SMTP_SECURITY": "starttls",
    "OMIS_REMINDER_LIMIT_MINUTES": "60",
    "OMIS_REMINDER_REPEAT_MINUTES": "60",
    "OMIS_REMINDER_MAX_REMINDERS": "3",
    "OMIS_REMINDER_STATUS_LIMITS": '{"подрядчик в пути": 120}',
    "OMIS_WEB_PRODUCTION": "true",
    "OMIS_DELO_URL": "https://delo.example.ru",
    "OMIS_REPORT_DIGEST_WEEKDAY": "1",
    "OMIS_REPORT_DIGEST_HOUR": "8",
}
