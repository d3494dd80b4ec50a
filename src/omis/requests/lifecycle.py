"""The position lifecycle: statuses, their order, and the transition rules.

Pure functions only: no clock, no database. The store layer calls these to decide,
then records the decision.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from omis.core.errors import UsageError


class Status(enum.StrEnum):
    """A position's status; the declaration order is the lifecycle order."""

    SENT = "заявка отправлена"
    ACCEPTED = "заявка принята"
    EN_ROUTE = "подрядчик в пути"
    ON_SITE = "подрядчик на месте"
    LEFT = "подрядчик убыл"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    @property
    def is_final(self) -> bool:
        return self is Status.LEFT

    @classmethod
    def parse(cls, text: str) -> Status:
        """Accept the Russian label or the English member name (any case)."""
        cleaned = " ".join(text.strip().lower().split())
        for status in cls:
            if cleaned in (status.value, status.name.lower()):
                return status
        choices = ", ".join(f"«{s.value}» ({s.name.lower()})" for s in cls)
        raise ValueError(f"неизвестный статус «{text}»; допустимые: {choices}")

    @classmethod
    def from_user(cls, text: str) -> Status:
        """:meth:`parse` for a status the user typed (a command's option, a scenario's
        step): an unknown one is their mistake, a UsageError that lists the choices."""
        try:
            return cls.parse(text)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc


_ORDER: list[Status] = list(Status)
FINAL = Status.LEFT


def next_status(status: Status) -> Status:
    """The status that follows ``status`` in the lifecycle (the final one stays)."""
    return _ORDER[min(status.rank + 1, len(_ORDER) - 1)]


class Actor(enum.StrEnum):
    """What caused a status change; stored in the history."""

    OPERATOR = "operator"
    LETTER = "letter"
    SCENARIO = "scenario"
    IMPORT = "import"
    SYSTEM = "system"

    @property
    def is_automatic(self) -> bool:
        return self in (Actor.LETTER, Actor.SCENARIO, Actor.IMPORT, Actor.SYSTEM)

    @property
    def label(self) -> str:
        """What the actor is called on screen; the code stays in the store and exports."""
        return ACTOR_LABELS[self]

    @classmethod
    def label_of(cls, code: str | None) -> str:
        """The label of a stored code; an unknown code is shown as it is."""
        try:
            return cls(code or "").label
        except ValueError:
            return code or "—"


ACTOR_LABELS = {
    Actor.OPERATOR: "оператор",
    Actor.LETTER: "письмо",
    Actor.SCENARIO: "сценарий",
    Actor.IMPORT: "импорт",
    Actor.SYSTEM: "система",
}


class Verdict(enum.StrEnum):
    APPLIED = "applied"
    NOT_APPLIED = "not_applied"


@dataclass(frozen=True)
class TransitionDecision:
    verdict: Verdict
    reason: str | None = None

    @property
    def applies(self) -> bool:
        return self.verdict is Verdict.APPLIED


def decide_transition(
    current: Status, new: Status, actor: Actor, *, reason: str | None = None
) -> TransitionDecision:
    """Decide whether ``new`` may replace ``current``.

    Automatic sources only move forward: an equal or older status is recorded as not
    applied. An operator may set any status but must give a reason.
    """
    if not actor.is_automatic:
        if not (reason and reason.strip()):
            raise ValueError("оператор меняет статус только с указанием причины")
        if new is current:
            return TransitionDecision(Verdict.NOT_APPLIED, "статус уже установлен")
        return TransitionDecision(Verdict.APPLIED)
    if current.is_final:
        return TransitionDecision(Verdict.NOT_APPLIED, "позиция уже закрыта")
    if new is current:
        return TransitionDecision(Verdict.NOT_APPLIED, "статус уже установлен")
    if new.rank < current.rank:
        return TransitionDecision(
            Verdict.NOT_APPLIED, f"статус «{new}» раньше текущего «{current}»"
        )
    return TransitionDecision(Verdict.APPLIED)
