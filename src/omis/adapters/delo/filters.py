"""Filters of ``arRubricValuesPg`` in DELO's filter language (operands as ``{value: X}``)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any


@dataclass(frozen=True)
class Scope:
    """Which cards carry the POS rubric: their kinds and the document group's API name."""

    doc_kinds: tuple[int, ...]
    group_api_name: str
    tz: tzinfo  # DELO's zone: dates are sent with its offset


def registered_between(
    scope: Scope, start: datetime | None, end: datetime | None
) -> dict[str, Any]:
    """The production filter: SSTU status set, rubric created in [start, end] (either bound
    may be open), card kind and the document group that carries the POS rubric."""
    dates: dict[str, Any] = {}
    if start is not None:
        dates["greaterOrEqual"] = {"value": start.astimezone(scope.tz).isoformat()}
    if end is not None:
        dates["lessOrEqual"] = {"value": end.astimezone(scope.tz).isoformat()}
    group = {
        "arDocgroups": {
            "any": {
                "arDescript": {"matches": {"apiName": {"equal": {"value": scope.group_api_name}}}}
            }
        }
    }
    return {
        "eosSstuStatus": {"isNullOrEmpty": False},
        "refRubric": {
            "matches": {
                "insDate": dates,
                "docRc": {
                    "matches": {
                        "kindDoc": {"in": [{"value": kind} for kind in scope.doc_kinds]},
                        "docgroupCl": {"matches": group},
                    }
                },
            }
        },
    }


def open_between(
    scope: Scope, values: Collection[str], start: datetime | None, end: datetime | None
) -> dict[str, Any]:
    """Rows of the production filter whose POS value is one of ``values`` (the non-final ones)."""
    return {
        **registered_between(scope, start, end),
        "posStatusRub": {"in": [{"value": value} for value in values]},
    }


def empty_between(scope: Scope, start: datetime | None, end: datetime | None) -> dict[str, Any]:
    """Rows of the production filter whose POS value is still empty."""
    return {**registered_between(scope, start, end), "posStatusRub": {"isNullOrEmpty": True}}


def isn_in(isns: Collection[int]) -> dict[str, Any]:
    return {"isnRefRubric": {"in": [{"value": isn} for isn in isns]}}
