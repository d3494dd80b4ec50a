"""Letters as the pages list them: filtered by outcome, text and date, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from omis.core.db import ci_lower, like_escape
from omis.mail.models import Letter
from omis.requests.models import Request
from omis.web.queries.positions import Page, counted, local_day_start

if TYPE_CHECKING:
    from omis.web.queries.positions import AnySelect

LETTER_PAGE = 50
OUTCOMES = ("applied", "not_applied", "unmatched", "ignored", "duplicate")


@dataclass(frozen=True)
class LetterFilter:
    outcome: str | None = None
    text: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    review_open: bool = False


def _conditions(flt: LetterFilter, dialect: str, tz: tzinfo) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if flt.outcome:
        found.append(Letter.outcome == flt.outcome)
    if flt.review_open:
        found.append(Letter.review_state == "open")
    if flt.received_from:
        found.append(Letter.received_at >= local_day_start(flt.received_from, tz))
    if flt.received_to:
        found.append(Letter.received_at < local_day_start(flt.received_to + timedelta(days=1), tz))
    if flt.text:
        needle = f"%{like_escape(flt.text.strip().lower())}%"
        fields = (Letter.subject, Letter.sender, Letter.body_text, Letter.request_number)
        found.append(
            or_(
                *(
                    ci_lower(column.expression, dialect).like(needle, escape="\\")
                    for column in fields
                )
            )
        )
    return found


def letters_query(flt: LetterFilter, dialect: str, tz: tzinfo) -> AnySelect:
    return select(Letter).where(*_conditions(flt, dialect, tz))


def letter_page(session: Session, flt: LetterFilter, dialect: str, tz: tzinfo, number: int) -> Page:
    query = letters_query(flt, dialect, tz)
    ids = query.with_only_columns(Letter.id)
    number, total, capped = counted(session, ids, max(1, number), LETTER_PAGE)
    ordered = query.order_by(Letter.received_at.desc(), Letter.id.desc())
    rows = list(session.scalars(ordered.limit(LETTER_PAGE).offset((number - 1) * LETTER_PAGE)))
    return Page(list(rows), number, total, capped, LETTER_PAGE)


def existing_requests(session: Session, numbers: Iterable[str | None]) -> set[str]:
    """Which of ``numbers`` name a request OMIS has (a letter may name one it does not)."""
    wanted = sorted({number for number in numbers if number})
    if not wanted:
        return set()
    return set(session.scalars(select(Request.number).where(Request.number.in_(wanted))))
