"""POS sync configuration: the seed's two JSON files as they are, or the OMIS settings.

``processing_config.json``: statusMapping, dateRange{useFixedDates, startDate, endDate,
maxDateRangeDays}, pagination{pageSize}, utcOffsetHours, retryAttempts, plus OMIS's new keys
with defaults (the POS lifecycle, the follow-up period, the run's deadline...).
``connection_config.json``: login_url, logout_url, graphql_endpoint, username, password,
app. For the default installation, environment variables (OMIS_DELO_*) override the files,
so the password need not sit in a file. A named installation is a folder of its own under
``OMIS_DELO_INSTALLATIONS_DIR`` and reads only that folder (the CA bundle excepted).
"""

from __future__ import annotations

import json
import re
import ssl
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from omis.adapters.delo.client import DeloConnection
from omis.adapters.delo.filters import Scope
from omis.core.errors import PATH_PROBLEMS, ConfigError, not_regular_file
from omis.core.redact import without_credentials
from omis.core.settings import WEB_ADDRESS, DeloSettings, utf8_text
from omis.core.validation import DuplicateKeyError, likely_name, loads_user_json, message_ru
from omis.pos.decide import Lifecycle, Rules, normalise_label

__all__ = ["PosConfig", "load_pos_config", "normalise_label"]

PROCESSING = "processing_config.json"
CONNECTION = "connection_config.json"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"

PRODUCTION_MAPPING = {
    "Находится на рассмотрении": "Назначен исполнитель",
    "Рассмотрение продлено": "Перенос срока обработки утвержден. Отправлен ответ Заявителю",
    "Оставлено без ответа автору": "Отклонено модератором",
    "Рассмотрено. Разъяснено": "Отправлен ответ заявителю",
    "Рассмотрено. Не поддержано": "Отправлен ответ заявителю",
    "Дан ответ автору": "Отправлен ответ заявителю",
    "Рассмотрено. Поддержано": "Отправлен ответ заявителю",
    "Направлено по компетенции": "Направлено в подведомственную организацию",
}
# The appeal's life in POS (reference/delo-api.md, «The appeal's life»): in work, then
# extended, in this order; then one of the final values.
OPEN_POS_STATUSES = [
    "Назначен исполнитель",
    "Перенос срока обработки утвержден. Отправлен ответ Заявителю",
]
FINAL_POS_STATUSES = [
    "Отклонено модератором",
    "Отправлен ответ заявителю",
    "Направлено в подведомственную организацию",
    "Передано в вышестоящую организацию",
]
POS_STATUSES = OPEN_POS_STATUSES + FINAL_POS_STATUSES
DEFAULT_INSTALLATION = "default"
INSTALLATION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


# processing_config.json: a misspelt key is refused (it would silently leave the setting at
# its default), and so are NaN, infinities, and values of the wrong type (true, "100").
_STRICT = ConfigDict(extra="forbid", allow_inf_nan=False, strict=True)


class DateRange(BaseModel):
    model_config = _STRICT

    useFixedDates: bool = False
    startDate: str | None = None
    endDate: str | None = None
    maxDateRangeDays: float = Field(7, gt=0, le=3660)


class Pagination(BaseModel):
    model_config = _STRICT

    pageSize: int = Field(1000, ge=1, le=10_000)


class Processing(BaseModel):
    model_config = _STRICT

    statusMapping: dict[str, str] = Field(default_factory=lambda: dict(PRODUCTION_MAPPING))
    dateRange: DateRange = Field(default_factory=DateRange)
    pagination: Pagination = Field(default_factory=Pagination)
    utcOffsetHours: float = Field(3, ge=-12, le=14)
    retryAttempts: int = Field(3, ge=0, le=10)
    # 250 aliased mutations per request (at most about 90 KB): 10,000 rows in about 40 write
    # requests. DELO documents no limit; the earlier updater sent 10, one request at a time.
    batchSize: int = Field(250, ge=1, le=500)
    concurrency: int = Field(4, ge=1, le=16)
    overlapMinutes: float = Field(5, ge=0, le=7 * 24 * 60)
    posGroupApiName: str = "POS_STATUS_RUB"
    docKinds: list[int] = Field(default_factory=lambda: [2])
    fixDrift: bool = False
    allowedPosStatuses: list[str] = Field(default_factory=lambda: list(POS_STATUSES))
    # The lifecycle: open values in the order of the appeal's life, and the final ones.
    openPosStatuses: list[str] = Field(default_factory=lambda: list(OPEN_POS_STATUSES))
    finalPosStatuses: list[str] = Field(default_factory=lambda: list(FINAL_POS_STATUSES))
    # Appeals still open in POS and registered this many days ago or later are re-read by
    # every scheduled run (30 days of consideration plus one extension); 0 turns it off.
    followUpDays: float = Field(60, ge=0, le=3650)
    # Everything one run does (one chunk of a backfill) must end within this time.
    runDeadlineMinutes: float = Field(10, gt=0, le=24 * 60)
    connectTimeout: float = Field(10, gt=0)
    # A DELO that does not answer twice in a row fails the run: 2 × 25 s with the defaults.
    readTimeout: float = Field(25, gt=0)
    caBundle: str | None = None

    @model_validator(mode="after")
    def _targets_are_known(self) -> Processing:
        allowed = {normalise_label(s) for s in self.allowedPosStatuses}
        for sstu, pos in self.statusMapping.items():
            if normalise_label(pos) not in allowed:
                raise ValueError(
                    f"statusMapping: «{sstu}» → неизвестный статус ПОС «{pos}» "
                    f"(допустимые задаются в allowedPosStatuses)"
                )
        return self

    @model_validator(mode="after")
    def _lifecycle_is_consistent(self) -> Processing:
        allowed = {normalise_label(s) for s in self.allowedPosStatuses}
        open_ = [normalise_label(s) for s in self.openPosStatuses]
        final = {normalise_label(s) for s in self.finalPosStatuses}
        for name, values in (("openPosStatuses", open_), ("finalPosStatuses", final)):
            unknown = sorted(set(values) - allowed)
            if unknown:
                raise ValueError(f"{name}: «{unknown[0]}» нет в allowedPosStatuses")
        both = sorted(set(open_) & final)
        if both:
            raise ValueError(
                f"«{both[0]}» указан и в openPosStatuses, и в finalPosStatuses: "
                "значение либо ещё в работе, либо окончательное"
            )
        for sstu, pos in self.statusMapping.items():
            if normalise_label(pos) not in final and normalise_label(pos) not in open_:
                raise ValueError(
                    f"statusMapping: «{sstu}» → «{pos}»: этого значения нет ни в "
                    "openPosStatuses, ни в finalPosStatuses"
                )
        return self


class Connection(BaseModel):
    # A misspelt key («pasword») is refused, as in processing_config.json: ignored, it would
    # leave the field unset and the login refused with no word about the file.
    model_config = ConfigDict(extra="forbid")

    login_url: str
    logout_url: str
    graphql_endpoint: str
    username: str
    password: SecretStr
    app: str | None = None

    @field_validator("login_url", "logout_url", "graphql_endpoint")
    @classmethod
    def _web_address(cls, value: str) -> str:
        # A file:// or ftp:// address would only fail in the client, request after request,
        # in httpx's English; the password must never go anywhere but a web server.
        if not WEB_ADDRESS.match(value.strip()):
            raise ValueError(
                f"«{value}» не адрес http:// или https://, например "
                "https://delo.example.ru/CoreHost/gql/query"
            )
        return value


class PosConfig(BaseModel):
    """Everything one POS sync needs; ``key`` names its saved window and retry list."""

    processing: Processing
    connection: Connection
    source: str
    installation: str = DEFAULT_INSTALLATION
    ca_bundle: str | None = None  # OMIS_DELO_CA_BUNDLE, when caBundle is not in the file

    @property
    def key(self) -> str:
        """The GraphQL address without ``user:password@``: it is stored in the database."""
        return without_credentials(self.connection.graphql_endpoint)

    @property
    def job_name(self) -> str:
        return job_name(self.installation)

    def delo_connection(self) -> DeloConnection:
        """What the DELO client needs, the same for the sync and ``omis doctor``."""
        c, p = self.connection, self.processing
        return DeloConnection(
            login_url=c.login_url,
            logout_url=c.logout_url,
            graphql_endpoint=c.graphql_endpoint,
            username=c.username,
            password=c.password.get_secret_value(),
            app=c.app,
            ca_bundle=p.caBundle or self.ca_bundle,
            connect_timeout=p.connectTimeout,
            read_timeout=p.readTimeout,
            retry_attempts=p.retryAttempts,
            zone=self.tz,
        )

    @property
    def scope(self) -> Scope:
        p = self.processing
        return Scope(tuple(p.docKinds), p.posGroupApiName, self.tz)

    @property
    def rules(self) -> Rules:
        p = self.processing
        lifecycle = Lifecycle(
            tuple(normalise_label(v) for v in p.openPosStatuses),
            frozenset(normalise_label(v) for v in p.finalPosStatuses),
        )
        return Rules(self.mapping, lifecycle)

    @property
    def open_values(self) -> list[str]:
        """The open POS values as DELO stores them (the follow-up read filters on them)."""
        return [v.strip() for v in self.processing.openPosStatuses]

    @property
    def follow_up(self) -> timedelta | None:
        days = self.processing.followUpDays
        return timedelta(days=days) if days else None

    @property
    def deadline_seconds(self) -> float:
        return self.processing.runDeadlineMinutes * 60

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=self.processing.utcOffsetHours))

    @property
    def mapping(self) -> dict[str, str]:
        return {
            normalise_label(k): normalise_label(v) for k, v in self.processing.statusMapping.items()
        }

    def fixed_window(self) -> tuple[datetime, datetime] | None:
        """The configured fixed dates, read in the configured UTC offset (not the host's)."""
        dates = self.processing.dateRange
        if not dates.useFixedDates:
            return None
        start, end = (
            parse_local(v, self.tz, name)
            for v, name in ((dates.startDate, "startDate"), (dates.endDate, "endDate"))
        )
        check_order(start, end)
        return start, end


# Appeals are registered within these years; a window beyond them is a typo, and near the
# ends of the calendar (year 1, year 9999) moving a moment by a chunk would overflow.
YEARS = range(2000, 2101)
YEARS_TEXT = f"поддерживаются даты с {YEARS[0]} по {YEARS[-1]} год"


def supported(moment: datetime) -> bool:
    return moment.year in YEARS


def parse_local(value: str | None, tz: timezone, name: str) -> datetime:
    if not value:
        raise ConfigError(f"{PROCESSING}: dateRange.{name}: не задано (формат {DATE_FORMAT})")
    try:
        moment = datetime.strptime(value.strip(), DATE_FORMAT).replace(tzinfo=tz)
    except ValueError as exc:
        raise ConfigError(
            f"{PROCESSING}: dateRange.{name}: «{value}» не в формате ГГГГ-ММ-ДД ЧЧ:ММ:СС"
        ) from exc
    if not supported(moment):
        raise ConfigError(f"{PROCESSING}: dateRange.{name}: «{value}»: {YEARS_TEXT}")
    return moment


def check_order(start: datetime, end: datetime) -> None:
    if start >= end:
        raise ConfigError(f"начало окна {start.isoformat()} не раньше конца {end.isoformat()}")


def job_name(installation: str | None) -> str:
    """``pos`` for the default installation, ``pos:<name>`` for a named one: each has its
    own lock, its own runs and its own alerts."""
    if not installation or installation == DEFAULT_INSTALLATION:
        return "pos"
    return f"pos:{installation}"


def load_pos_config(
    config_dir: Path | None, delo: DeloSettings, installation: str | None = None
) -> PosConfig:
    """Read the two seed files from ``config_dir`` (or only the OMIS settings) with overrides;
    or, for a named installation, from its own folder under the installations directory."""
    folder: Path | None
    if installation and installation != DEFAULT_INSTALLATION:
        folder, overrides = installation_dir(delo, installation), {}
    else:
        folder, overrides = config_dir or delo.config_dir, _overrides(delo)
    processing = _read_json(folder / PROCESSING) if folder else {}
    connection = _read_json(folder / CONNECTION) if folder else {}
    connection.update(overrides)
    source = str(folder) if folder else "настройки OMIS (OMIS_DELO_*)"
    try:
        config = PosConfig(
            processing=Processing.model_validate(processing),
            connection=Connection.model_validate(connection),
            source=source,
            installation=installation or DEFAULT_INSTALLATION,
            ca_bundle=str(delo.ca_bundle) if delo.ca_bundle else None,
        )
    except ValidationError as exc:
        raise ConfigError(_describe(exc, folder)) from None
    _check_ca_bundle(config, folder)
    return config


def _check_ca_bundle(config: PosConfig, folder: Path | None) -> None:
    """The CA bundle is read as the client will read it, before any request: a missing file
    or a key in place of a certificate is the operator's to fix (exit 2), not an outage."""
    bundle = config.processing.caBundle
    setting = f"{folder / PROCESSING}: поле caBundle" if bundle and folder else ""
    if not bundle:
        bundle, setting = config.ca_bundle, "OMIS_DELO_CA_BUNDLE"
    if not bundle:
        return
    try:
        ssl.create_default_context(cafile=bundle)
    except ssl.SSLError:  # an OSError too: caught first
        raise ConfigError(
            f"{setting}: в файле {bundle} нет сертификатов в формате PEM (-----BEGIN "
            "CERTIFICATE-----); нужен корневой сертификат центра сертификации, не ключ"
        ) from None
    except OSError as exc:
        problem = PATH_PROBLEMS.get(exc.errno or 0, "не читается")
        raise ConfigError(f"{setting}: файл сертификатов {bundle}: {problem}") from None


def installation_dir(delo: DeloSettings, name: str) -> Path:
    """The folder of a named installation; its name is also a systemd instance name."""
    if not INSTALLATION_NAME.match(name):
        raise ConfigError(
            f"установка «{name}»: имя папки — латинские буквы, цифры, точка, дефис и "
            "подчёркивание (например mo-angarsk)"
        )
    folder = delo.installations_dir / name
    if not folder.is_dir():
        raise ConfigError(
            f"установка «{name}»: нет папки {folder} с connection_config.json и "
            "processing_config.json (каталог установок: OMIS_DELO_INSTALLATIONS_DIR)"
        )
    return folder


def installation_names(delo: DeloSettings) -> list[str]:
    """The named installations configured on this host (folders of the installations dir)."""
    try:
        folders = sorted(delo.installations_dir.iterdir())
    except OSError:
        return []
    return [
        f.name
        for f in folders
        if f.is_dir() and INSTALLATION_NAME.match(f.name) and (f / CONNECTION).is_file()
    ]


def _overrides(delo: DeloSettings) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if delo.url:
        base = delo.url.rstrip("/")
        values.update(
            login_url=f"{base}/CoreHost/identity/api/login",
            logout_url=f"{base}/CoreHost/identity/api/logout",
            graphql_endpoint=f"{base}/CoreHost/gql/query",
        )
    if delo.username:
        values["username"] = delo.username
    if delo.password:
        values["password"] = delo.password.get_secret_value()
    if delo.app:
        values["app"] = delo.app
    return values


def _read_json(path: Path) -> dict[str, Any]:
    problem = not_regular_file(path)
    if problem:
        raise ConfigError(problem)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: файл не найден") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: не читается: {exc.strerror}") from exc
    text = utf8_text(raw, f"файл {path}")
    try:
        data = loads_user_json(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"{path}: не JSON (строка {exc.lineno}, столбец {exc.colno}): {exc.msg}"
        ) from exc
    except DuplicateKeyError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: ожидается объект JSON {{...}}")
    return data


def _describe(exc: ValidationError, folder: Path | None) -> str:
    errors = exc.errors()
    # «pasword» also leaves password missing: the misspelling is the error to name.
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    model: type[BaseModel] = Connection if exc.title == "Connection" else Processing
    file = CONNECTION if model is Connection else PROCESSING
    where = str(folder / file) if folder else "настройки OMIS_DELO_*"
    loc = error["loc"]
    if not loc:  # a check of the whole file: its message names the fields itself
        return f"{where}: {message_ru(error)}"
    field = _field_path(loc)
    if error["type"] == "missing":
        hint = (
            " (или OMIS_DELO_URL / OMIS_DELO_USERNAME / OMIS_DELO_PASSWORD)"
            if file == CONNECTION
            else ""
        )
        return f"{where}: поле {field}: не задано{hint}"
    if error["type"] == "extra_forbidden":
        return f"{where}: неизвестное поле {field}{_did_you_mean(model, loc)}"
    return f"{where}: поле {field}: {message_ru(error)}"


def _field_path(loc: tuple[int | str, ...]) -> str:
    """``pagination.pageSize``; a list item as ``docKinds[0]``."""
    path = str(loc[0])
    for part in loc[1:]:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _did_you_mean(model: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    """The known fields of the table the unknown key is in, the likeliest first."""
    for part in loc[:-1]:
        inner = model.model_fields[str(part)].annotation
        if not (isinstance(inner, type) and issubclass(inner, BaseModel)):
            return ""
        model = inner
    fields = list(model.model_fields)
    close = likely_name(str(loc[-1]), fields)
    if close:
        return f" (может быть, {close}?)"
    return f"; допустимы: {', '.join(fields)}"


def configured_sources(delo: DeloSettings) -> list[str]:
    """Where this host's DELO configuration comes from, in words; empty when there is none
    (the sync may still be run by hand with ``--config-dir``)."""
    found = []
    if delo.config_dir:
        found.append(f"папка настроек {delo.config_dir}")
    if delo.url:
        found.append(f"адрес {without_credentials(delo.url)}")
    names = installation_names(delo)
    if names:
        found.append(f"установки {', '.join(names)} (папка {delo.installations_dir})")
    return found
