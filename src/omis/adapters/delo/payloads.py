"""DELO's answers, validated at the boundary into typed values.

A page of ``arRubricValuesPg`` becomes a :class:`Page` of :class:`RubricRow`; one aliased
mutation payload becomes a :class:`RowResult`. Anything that does not have the expected
shape is a :class:`MalformedAnswer` naming the field, never a silent zero or a ``None``
that travels on.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, ValidationError


class MalformedAnswer(ValueError):
    """DELO answered, but not in the shape the contract describes."""


@dataclass(frozen=True)
class RubricRow:
    """One «Статус ПОС» rubric value of an appeal's card."""

    isn: int
    sstu: str | None
    pos: str | None
    created: datetime  # refRubric.insDate: when the rubric, so the appeal, was registered
    card: str | None = None  # the card's registration number (freeNum), for people


@dataclass(frozen=True)
class Page:
    rows: list[RubricRow]
    total: int | None
    end_cursor: str | None
    has_next: bool


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Card(_Model):
    freeNum: str | None = None


class _RefRubric(_Model):
    insDate: datetime
    docRc: _Card | None = None


class _Node(_Model):
    isnRefRubric: StrictInt
    eosSstuStatus: str | None = None
    posStatusRub: str | None = None
    refRubric: _RefRubric


class _Edge(_Model):
    node: _Node


class _PageInfo(_Model):
    endCursor: str | None = None
    hasNextPage: StrictBool


class _Connection(_Model):
    totalCount: StrictInt | None = None
    edges: list[_Edge]
    pageInfo: _PageInfo


def parse_page(data: dict[str, Any], field: str, tz: tzinfo) -> Page:
    """The page under ``data[field]``; a missing or null connection is malformed. A
    registration time without an offset is read in DELO's zone ``tz``."""
    raw = data.get(field)
    if not isinstance(raw, dict):
        raise MalformedAnswer(f"{field}: нет данных страницы (получено {_kind(raw)})")
    try:
        connection = _Connection.model_validate(raw)
    except ValidationError as exc:
        raise MalformedAnswer(f"{field}: {_first_error(exc)}") from None
    rows = [_row(edge.node, tz) for edge in connection.edges]
    info = connection.pageInfo
    return Page(rows, connection.totalCount, info.endCursor, info.hasNextPage)


def _row(node: _Node, tz: tzinfo) -> RubricRow:
    card = node.refRubric.docRc
    created = node.refRubric.insDate
    return RubricRow(
        isn=node.isnRefRubric,
        sstu=node.eosSstuStatus,
        pos=node.posStatusRub,
        created=created if created.tzinfo else created.replace(tzinfo=tz),
        card=card.freeNum if card else None,
    )


class Written(enum.StrEnum):
    """What one update's payload says about the row."""

    YES = "written"  # success and DELO holds the value sent
    REFUSED = "refused"  # success: false: certainly not written, safe to send again
    OTHER_VALUE = "other_value"  # success: true, but DELO holds another value
    UNCERTAIN = "uncertain"  # no answer for this row: it may or may not have landed


@dataclass(frozen=True)
class RowResult:
    isn: int
    value: str
    written: Written
    message: str | None = None
    returned: str | None = None  # the value DELO reported, when it is another one


class _PayloadData(_Model):
    isnRefRubric: StrictInt | None = None
    posStatusRub: str | None = None


class _Payload(_Model):
    success: StrictBool
    message: str | None = None
    systemMessage: str | None = None
    data: _PayloadData | None = None


def parse_payload(isn: int, value: str, raw: Any) -> RowResult:
    """One alias's payload of ``updateArRubricValue`` → what happened to the row."""
    if raw is None:
        return RowResult(isn, value, Written.UNCERTAIN, "ДЕЛО не вернуло результат для строки")
    try:
        payload = _Payload.model_validate(raw)
    except ValidationError as exc:
        return RowResult(isn, value, Written.UNCERTAIN, f"ответ не того вида: {_first_error(exc)}")
    if not payload.success:
        message = payload.message or payload.systemMessage or "success: false без сообщения"
        return RowResult(isn, value, Written.REFUSED, message)
    data = payload.data
    if data is None or (data.isnRefRubric is not None and data.isnRefRubric != isn):
        return RowResult(isn, value, Written.UNCERTAIN, "ДЕЛО сообщило об успехе без данных строки")
    if normalise_label(data.posStatusRub) != normalise_label(value):
        message = f"ДЕЛО сообщило об успехе, но вернуло «{data.posStatusRub}»"
        return RowResult(isn, value, Written.OTHER_VALUE, message, data.posStatusRub)
    return RowResult(isn, value, Written.YES)


@functools.lru_cache(maxsize=1024)  # a handful of labels, met on every row
def normalise_label(value: str | None) -> str:
    """SSTU/POS labels as DELO stores them vary in blanks: compare them without."""
    return " ".join((value or "").split())


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "?"
    return f"{where}: {error['msg']}"
