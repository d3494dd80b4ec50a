"""The letter rules as data: loaded from JSON (Russian defaults ship with OMIS), validated."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from omis.core.errors import ConfigError
from omis.requests.lifecycle import Status


class StatusRule(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    pattern: re.Pattern[str]
    future_ok: bool = False

    @field_validator("pattern", mode="before")
    @classmethod
    def _compile(cls, value: object) -> re.Pattern[str]:
        return _compile(value)


class Rules(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    negation: re.Pattern[str]
    intent: re.Pattern[str]
    statuses: dict[Status, tuple[StatusRule, ...]]
    request_keywords: str
    position_keywords: str
    not_a_number_after: re.Pattern[str]
    not_a_number_before: re.Pattern[str]

    @field_validator(
        "negation", "intent", "not_a_number_after", "not_a_number_before", mode="before"
    )
    @classmethod
    def _compile(cls, value: object) -> re.Pattern[str]:
        return _compile(value)

    @field_validator("request_keywords", "position_keywords")
    @classmethod
    def _valid_fragment(cls, value: str) -> str:
        _compile(value)
        return value


def _compile(value: object) -> re.Pattern[str]:
    if isinstance(value, re.Pattern):
        return value
    if not isinstance(value, str):
        raise ValueError("ожидается строка с регулярным выражением")
    try:
        return re.compile(value)
    except re.error as exc:
        raise ValueError(f"неверное регулярное выражение: {exc}") from exc


@cache
def default_rules() -> Rules:
    text = resources.files("omis.mail").joinpath("rules_ru.json").read_text(encoding="utf-8")
    return _parse(text, "rules_ru.json")


def load_rules(path: Path | None = None) -> Rules:
    """The rules in ``path``, or the packaged Russian defaults; ConfigError if invalid."""
    if path is None:
        return default_rules()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"файл правил {path}: {exc.strerror or exc}") from exc
    return _parse(text, str(path))


def _parse(text: str, where: str) -> Rules:
    try:
        return Rules.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"файл правил {where}: не JSON (строка {exc.lineno}): {exc.msg}") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"])
        raise ConfigError(f"файл правил {where}: поле {field}: {error['msg']}") from exc
