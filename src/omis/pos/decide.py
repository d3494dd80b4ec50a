"""What to do with one rubric row: pure, from the mapping and the row's two statuses."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from omis.pos.config import normalise_label


class Action(enum.StrEnum):
    UPDATE = "update"
    ALREADY_RIGHT = "already_right"
    UNMAPPED = "unmapped"
    DRIFT = "drift"  # POS set to something else than the mapping says
    SKIP = "skip"  # no SSTU status: nothing to mirror


@dataclass(frozen=True)
class Decision:
    action: Action
    isn: int
    sstu: str
    current: str
    target: str | None = None  # what will be written, if anything
    mapped: str | None = None  # what the mapping says, written or not (drift)

    @property
    def writes(self) -> bool:
        return self.target is not None and self.action in (Action.UPDATE, Action.DRIFT)


def decide(row: dict[str, Any], mapping: dict[str, str], *, fix_drift: bool) -> Decision:
    """Mapped and POS empty → update; already right → skip; unmapped → never written;
    POS set to another value → drift, written only when ``fix_drift``."""
    isn = int(row["isnRefRubric"])
    sstu = normalise_label(row.get("eosSstuStatus"))
    current = normalise_label(row.get("posStatusRub"))
    if not sstu:
        return Decision(Action.SKIP, isn, sstu, current)
    target = mapping.get(sstu)
    if target is None:
        return Decision(Action.UNMAPPED, isn, sstu, current)
    if current == target:
        return Decision(Action.ALREADY_RIGHT, isn, sstu, current, None, target)
    if not current:
        return Decision(Action.UPDATE, isn, sstu, current, target, target)
    return Decision(Action.DRIFT, isn, sstu, current, target if fix_drift else None, target)
