"""What to do with one rubric row: pure, from the rules and the row's two statuses.

An appeal's POS value follows its life: empty → «Назначен исполнитель» (in work) → the
extension value → a final value (the answer). The mapping says which POS value the SSTU
status calls for; the lifecycle says which POS values are still open and in what order.

- POS empty → fill it in (``UPDATE``).
- POS open and the mapped value is later in the life (a final one, or a later open one)
  → ``PROGRESS``: written by every run.
- POS already the mapped value → nothing to do.
- Anything else (backwards, from one final value to another, from a value the lifecycle
  does not know) → ``DRIFT``: reported, written only with ``fix_drift``.
- A row on the retry list is written until it holds its mapped value: the value found
  there may be one DELO itself put there while answering «success» to our write.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from omis.adapters.delo.payloads import RubricRow, normalise_label

__all__ = ["Action", "Decision", "Lifecycle", "Rules", "decide", "normalise_label"]


class Action(enum.StrEnum):
    UPDATE = "update"  # POS empty: fill it in
    PROGRESS = "progress"  # an open POS value moves on with the appeal
    ALREADY_RIGHT = "already_right"
    UNMAPPED = "unmapped"
    DRIFT = "drift"  # POS holds something the lifecycle does not move forward from
    REWRITE = "rewrite"  # a row on the retry list that does not hold its value yet
    SKIP = "skip"  # no SSTU status: nothing to mirror


@dataclass(frozen=True)
class Lifecycle:
    """POS values still open, in the order of an appeal's life, and the final ones."""

    open: tuple[str, ...]
    final: frozenset[str]

    def is_open(self, value: str) -> bool:
        return value in self.open

    def is_final(self, value: str) -> bool:
        return value in self.final

    def forward(self, current: str, target: str) -> bool:
        """True when ``current`` → ``target`` follows the appeal's life."""
        if not self.is_open(current):
            return False
        if self.is_final(target):
            return True
        return self.is_open(target) and self.open.index(target) > self.open.index(current)


@dataclass(frozen=True)
class Rules:
    mapping: Mapping[str, str]  # normalised SSTU → normalised POS
    lifecycle: Lifecycle


@dataclass(frozen=True)
class Decision:
    action: Action
    isn: int
    sstu: str
    current: str
    target: str | None = None  # what will be written, if anything
    mapped: str | None = None  # what the mapping says, written or not (drift)
    created: datetime | None = None
    advances: bool = False  # an open value → a final one, if the write lands

    @property
    def writes(self) -> bool:
        return self.target is not None


def decide(row: RubricRow, rules: Rules, *, fix_drift: bool, retried: bool = False) -> Decision:
    """The decision for one row; see the module docstring."""
    sstu, current = normalise_label(row.sstu), normalise_label(row.pos)

    def made(action: Action, target: str | None = None, mapped: str | None = None) -> Decision:
        advances = bool(target) and life.is_open(current) and life.is_final(target or "")
        return Decision(action, row.isn, sstu, current, target, mapped, row.created, advances)

    life = rules.lifecycle
    if not sstu:
        return made(Action.SKIP)
    mapped = rules.mapping.get(sstu)
    if mapped is None:
        return made(Action.UNMAPPED)
    if current == mapped:
        return made(Action.ALREADY_RIGHT, None, mapped)
    if not current:
        return made(Action.UPDATE, mapped, mapped)
    if life.forward(current, mapped):
        return made(Action.PROGRESS, mapped, mapped)
    if retried:
        return made(Action.REWRITE, mapped, mapped)
    return made(Action.DRIFT, mapped if fix_drift else None, mapped)
