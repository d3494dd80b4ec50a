"""DELO's filter language, evaluated on plain dict rows (operands wrapped as {value: X})."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def matches(spec: dict[str, Any], obj: Any) -> bool:
    """True when ``obj`` satisfies every field condition of ``spec``."""
    if not spec:
        return True
    if obj is None:
        return False
    return all(
        _field(condition, obj.get(name))
        for name, condition in spec.items()
        if condition is not None
    )


def _field(condition: dict[str, Any], value: Any) -> bool:
    for operator, operand in condition.items():
        if operand is None:
            continue
        if not OPERATORS[operator](value, operand):
            return False
    return True


def _comparable(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in "T ":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


OPERATORS: dict[str, Any] = {
    "matches": lambda value, spec: matches(spec, value),
    "any": lambda value, spec: any(matches(spec, item) for item in value or []),
    "equal": lambda value, op: value == op.get("value"),
    "in": lambda value, ops: value in [op.get("value") for op in ops],
    "notIn": lambda value, ops: value not in [op.get("value") for op in ops],
    "contains": lambda value, op: isinstance(value, str) and str(op.get("value")) in value,
    "greaterOrEqual": lambda value, op: (
        value is not None and _comparable(value) >= _comparable(op.get("value"))
    ),
    "lessOrEqual": lambda value, op: (
        value is not None and _comparable(value) <= _comparable(op.get("value"))
    ),
    "isNullOrEmpty": lambda value, flag: _empty(value) == bool(flag),
}
