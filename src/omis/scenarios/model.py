"""The scenario file (the seed's format) and its validation.

``{"name": [{"action": "add_request", "params": {...}}, ...], ...}``. Every step is checked
before anything runs, and a bad one is named by scenario, step number and field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from omis.core.errors import ConfigError, not_regular_file
from omis.core.validation import DuplicateKeyError, loads_user_json, message_ru

DEFAULT_FILE = Path("ops/testing/scenarios.json")


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AddRequest(_Params):
    request_number: str = Field(min_length=1)
    position_number: str = Field(min_length=1)
    comment: str | None = None
    comment_author: str | None = None
    status: str | None = None
    backdate_minutes: int = Field(0, ge=0)


class MailFake(_Params):
    dry_run: bool = False


class MailLetter(_Params):
    subject: str
    body: str
    sender: str = "dispatcher@contractor.example"


class Notify(_Params):
    minutes: int | None = Field(None, ge=1)
    dry_run: bool = False


class Runner(_Params):
    """The runner's flags that are safe in a sandbox: the mailbox and DELO of production
    are never touched from a scenario, so mail is the built-in letters or none, and the
    POS sync is always skipped."""

    fake_mail: bool = False
    dry_run: bool = False
    minutes: int | None = Field(None, ge=1)
    skip_mail: bool = False
    skip_notifier: bool = False


class Wait(_Params):
    minutes: int = Field(ge=1)


class Show(_Params):
    pass


class _Step(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AddRequestStep(_Step):
    action: Literal["add_request"]
    params: AddRequest


class MailFakeStep(_Step):
    action: Literal["mail_fake"]
    params: MailFake = MailFake()


class MailLetterStep(_Step):
    action: Literal["mail_letter"]
    params: MailLetter


class NotifyStep(_Step):
    action: Literal["notify"]
    params: Notify = Notify()


class RunnerStep(_Step):
    action: Literal["runner"]
    params: Runner = Runner()


class WaitStep(_Step):
    action: Literal["wait"]
    params: Wait


class ShowStep(_Step):
    action: Literal["show"]
    params: Show = Show()


Step = Annotated[
    AddRequestStep | MailFakeStep | MailLetterStep | NotifyStep | RunnerStep | WaitStep | ShowStep,
    Field(discriminator="action"),
]
ACTIONS = ("add_request", "mail_fake", "mail_letter", "notify", "runner", "wait", "show")
_STEPS: TypeAdapter[list[Step]] = TypeAdapter(list[Step])


def load_scenarios(path: Path) -> dict[str, list[Step]]:
    """Read and check every scenario in ``path``; ConfigError names the first problem."""
    problem = not_regular_file(path)
    if problem:
        raise ConfigError(f"файл сценариев {problem}")
    try:
        raw = loads_user_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"файл сценариев {path} не найден (укажите --file)") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"файл сценариев {path} не читается: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"{path}: не JSON (строка {exc.lineno}, позиция {exc.colno}: {exc.msg})"
        ) from exc
    except DuplicateKeyError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not isinstance(raw, dict) or not all(isinstance(steps, list) for steps in raw.values()):
        raise ConfigError(
            f'{path}: ожидается объект «имя → список шагов», например {{"basic": [{{"action": "notify"}}]}}'
        )
    return {name: _steps(path, name, steps) for name, steps in raw.items()}


def _steps(path: Path, name: str, steps: list[Any]) -> list[Step]:
    try:
        return _STEPS.validate_python(steps)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {_describe(name, exc)}") from exc


def _describe(name: str, exc: ValidationError) -> str:
    error = exc.errors()[0]
    location = list(error["loc"])
    number = int(location[0]) + 1 if location and isinstance(location[0], int) else "?"
    # The discriminator's tag value appears in the path; the field names are what matter.
    fields = [str(part) for part in location[1:] if str(part) not in ACTIONS]
    field = ".".join(fields) or "action"
    if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
        message = f"неизвестное действие; допустимы: {', '.join(ACTIONS)}"
    else:
        message = message_ru(error)
    return f"сценарий «{name}», шаг {number}, поле {field}: {message}"
