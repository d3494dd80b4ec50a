"""The letter rules as data: loaded from JSON (Russian defaults ship with OMIS), validated.

The file lists words by lemma, not by regular expression: morphology (see
:mod:`omis.mail.morph`) finds every form, so an operator reads and extends plain word lists.
"""

from __future__ import annotations

import json
from functools import cache, cached_property
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from omis.core.errors import ConfigError
from omis.requests.lifecycle import Status

TriggerKind = Literal["verb", "noun", "phrase", "estimate"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Trigger(_Frozen):
    """One way of saying a status (see the comment in rules_ru.json)."""

    name: str
    status: Status
    kind: TriggerKind
    lemmas: tuple[str, ...] = ()
    words: tuple[tuple[str, ...], ...] = ()  # a phrase: one set of lemmas per word
    case: str = ""  # the grammatical case of a phrase's last word («на месте»: loct)
    needs: tuple[str, ...] = ()
    tenses: tuple[str, ...] = ("past", "pres")
    persons: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    direction: bool = False
    weak: bool = False
    states_of: tuple[str, ...] = ()  # a short participle said of these nouns is their state
    not_of: tuple[str, ...] = ()  # done to these nouns is not the work: «заказ сделал»
    begins_work: bool = False  # the work's start, not a move: «не начинали» is no absence

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: object) -> Status:
        return value if isinstance(value, Status) else Status.parse(str(value))


class Statuses(_Frozen):
    triggers: tuple[Trigger, ...] = Field(min_length=1)


class RequestWords(_Frozen):
    lemmas: tuple[str, ...]
    latin: tuple[str, ...] = ()
    history: tuple[str, ...] = ()  # «как по прошлой заявке 280102»: context, not the letter's


class PositionWords(_Frozen):
    lemmas: tuple[str, ...]
    abbreviations: tuple[str, ...] = ()


class NotARequest(_Frozen):
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    said_wrong: frozenset[str] = frozenset()  # lemmas: «ошибочно 410323» is not the request
    said_right: frozenset[str] = frozenset()  # lemmas: «правильный номер — 410233» is


class Words(_Frozen):
    words: frozenset[str] = frozenset()


class Intent(_Frozen):
    plan: frozenset[str] = frozenset()
    condition: frozenset[str] = frozenset()
    estimate: frozenset[str] = frozenset()
    waiting: frozenset[str] = frozenset()


class Direction(_Frozen):
    from_: frozenset[str] = Field(alias="from")
    to: frozenset[str]
    sites: frozenset[str]
    homes: frozenset[str]


class Lemmas(_Frozen):
    lemmas: frozenset[str] = frozenset()


class Domains(_Frozen):
    domains: frozenset[str] = frozenset()


class Rules(_Frozen):
    request_words: RequestWords
    position_words: PositionWords
    not_a_request: NotARequest
    negations: Words
    intent: Intent
    statuses: Statuses
    direction: Direction
    ordinal_nouns_not_positions: Lemmas = Lemmas()
    not_the_crew: Lemmas = Lemmas()
    moving_on: Lemmas = Lemmas()
    public_mail_domains: Domains = Domains()

    @cached_property
    def trigger_lemmas(self) -> dict[str, tuple[Trigger, ...]]:
        """Each single-word trigger by lemma (phrases are matched separately)."""
        found: dict[str, list[Trigger]] = {}
        for trigger in self.statuses.triggers:
            for lemma in trigger.lemmas:
                found.setdefault(lemma, []).append(trigger)
        return {lemma: tuple(triggers) for lemma, triggers in found.items()}

    @cached_property
    def triggers_by_name(self) -> dict[str, Trigger]:
        """Each trigger by its name, as events and evidence name it («left.ubytie»)."""
        return {trigger.name: trigger for trigger in self.statuses.triggers}


@cache
def default_rules() -> Rules:
    text = resources.files("omis.mail").joinpath("rules_ru.json").read_text(encoding="utf-8")
    return _parse(text, "rules_ru.json")


def _parse(text: str, where: str) -> Rules:
    try:
        return Rules.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"файл правил {where}: не JSON (строка {exc.lineno}): {exc.msg}") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"])
        raise ConfigError(f"файл правил {where}: поле {field}: {error['msg']}") from exc
