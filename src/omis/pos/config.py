"""POS sync configuration: the seed's two JSON files as they are, or the OMIS settings.

``processing_config.json``: statusMapping, dateRange{useFixedDates, startDate, endDate,
maxDateRangeDays}, pagination{pageSize}, utcOffsetHours, retryAttempts, plus OMIS's new keys
with defaults. ``connection_config.json``: login_url, logout_url, graphql_endpoint, username,
password, app. Environment variables (OMIS_DELO_*) override the files, so the password need
not sit in a file.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

from omis.core.errors import ConfigError
from omis.core.settings import DeloSettings

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
POS_STATUSES = [
    "Назначен исполнитель",
    "Перенос срока обработки утвержден. Отправлен ответ Заявителю",
    "Отклонено модератором",
    "Отправлен ответ заявителю",
    "Направлено в подведомственную организацию",
    "Передано в вышестоящую организацию",
]


def normalise_label(value: str | None) -> str:
    """SSTU/POS labels as DELO stores them vary in blanks: compare them without."""
    return " ".join((value or "").split())


class DateRange(BaseModel):
    model_config = ConfigDict(extra="ignore")

    useFixedDates: bool = False
    startDate: str | None = None
    endDate: str | None = None
    maxDateRangeDays: float = Field(7, gt=0)


class Pagination(BaseModel):
    model_config = ConfigDict(extra="ignore")

    pageSize: int = Field(1000, ge=1, le=10_000)


class Processing(BaseModel):
    model_config = ConfigDict(extra="ignore")

    statusMapping: dict[str, str] = Field(default_factory=lambda: dict(PRODUCTION_MAPPING))
    dateRange: DateRange = Field(default_factory=DateRange)
    pagination: Pagination = Field(default_factory=Pagination)
    utcOffsetHours: float = Field(3, ge=-12, le=14)
    retryAttempts: int = Field(3, ge=0, le=10)
    # 100 aliased mutations per request: 10,000 rows in about 100 write requests.
    batchSize: int = Field(100, ge=1, le=500)
    concurrency: int = Field(4, ge=1, le=16)
    overlapMinutes: float = Field(5, ge=0)
    posGroupApiName: str = "POS_STATUS_RUB"
    docKinds: list[int] = Field(default_factory=lambda: [2])
    fixDrift: bool = False
    allowedPosStatuses: list[str] = Field(default_factory=lambda: list(POS_STATUSES))
    connectTimeout: float = Field(10, gt=0)
    readTimeout: float = Field(60, gt=0)
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


class Connection(BaseModel):
    model_config = ConfigDict(extra="ignore")

    login_url: str
    logout_url: str
    graphql_endpoint: str
    username: str
    password: SecretStr
    app: str | None = None


class PosConfig(BaseModel):
    """Everything one POS sync needs; ``key`` names its saved window."""

    processing: Processing
    connection: Connection
    source: str

    @property
    def key(self) -> str:
        return self.connection.graphql_endpoint

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


def parse_local(value: str | None, tz: timezone, name: str) -> datetime:
    if not value:
        raise ConfigError(f"{PROCESSING}: dateRange.{name}: не задано (формат {DATE_FORMAT})")
    try:
        return datetime.strptime(value.strip(), DATE_FORMAT).replace(tzinfo=tz)
    except ValueError as exc:
        raise ConfigError(
            f"{PROCESSING}: dateRange.{name}: «{value}» не в формате ГГГГ-ММ-ДД ЧЧ:ММ:СС"
        ) from exc


def check_order(start: datetime, end: datetime) -> None:
    if start >= end:
        raise ConfigError(f"начало окна {start.isoformat()} не раньше конца {end.isoformat()}")


def load_pos_config(config_dir: Path | None, delo: DeloSettings) -> PosConfig:
    """Read the two seed files from ``config_dir`` (or only the OMIS settings) with overrides."""
    folder = config_dir or delo.config_dir
    processing = _read_json(folder / PROCESSING) if folder else {}
    connection = _read_json(folder / CONNECTION) if folder else {}
    connection.update(_overrides(delo))
    source = str(folder) if folder else "настройки OMIS (OMIS_DELO_*)"
    try:
        return PosConfig(
            processing=Processing.model_validate(processing),
            connection=Connection.model_validate(connection),
            source=source,
        )
    except ValidationError as exc:
        raise ConfigError(_describe(exc, folder)) from None


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
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: файл не найден") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: не читается: {exc.strerror}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"{path}: не JSON (строка {exc.lineno}, столбец {exc.colno}): {exc.msg}"
        ) from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: ожидается объект JSON {{...}}")
    return data


def _describe(exc: ValidationError, folder: Path | None) -> str:
    error = exc.errors()[0]
    model = exc.title
    file = CONNECTION if model == "Connection" else PROCESSING
    where = str(folder / file) if folder else "настройки OMIS_DELO_*"
    field = ".".join(str(part) for part in error["loc"]) or "?"
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "missing":
        hint = (
            " (или OMIS_DELO_URL / OMIS_DELO_USERNAME / OMIS_DELO_PASSWORD)"
            if file == CONNECTION
            else ""
        )
        return f"{where}: поле {field}: не задано{hint}"
    return f"{where}: поле {field}: {message}"
