"""The requests list: positions filtered, searched, sorted and paged; and its CSV export.

One row per position (the unit whose status moves), with its request's number and
contractor address. Search is case-insensitive for Cyrillic on both engines: it matches
the lower-cased copy of the comment (``positions.comment_search``). Counting stops at
:data:`COUNT_CAP` rows past the start of the page shown, so that a broad filter over a
large table stays fast (the page then says "more than") and every page stays reachable.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from omis.contractors.store import names as contractor_names
from omis.core.clock import as_utc
from omis.core.db import ci_lower, like_escape
from omis.core.spreadsheet import BOM, CsvWriter
from omis.core.timefmt import iso
from omis.requests.csvio import EXPORT_FIELDS
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request, fold
from omis.web.queries.delays import DelayLimits, OwnLimits, delayed_condition

if TYPE_CHECKING:
    # A SELECT of any columns (SQLAlchemy 2.1 types a select by the tuple of its columns).
    AnySelect = Select[*tuple[Any, ...]]

COUNT_CAP = 10_000
PAGE_SIZE = 50

SORT_LABELS = {
    "new": "сначала новые заявки",
    "old": "сначала старые заявки",
    "number": "по номеру заявки",
    "stale": "дольше всех без изменений",
    "changed": "недавно изменённые",
    "status": "по статусу",
}


@dataclass(frozen=True)
class PositionFilter:
    """What the operator asked for; every field optional."""

    status: Status | None = None
    delayed: bool = False
    created_from: date | None = None
    created_to: date | None = None
    domain: str | None = None
    text: str | None = None
    sort: str = "new"
    contractor: int | None = None


@dataclass(frozen=True)
class QueryContext:
    """What the query needs besides the filter: engine, zone, delay limits, the time."""

    dialect: str
    tz: tzinfo
    limits: DelayLimits
    moment: datetime
    own: OwnLimits = field(default_factory=dict)  # contractors' own limits


COLUMNS = (
    Request.number.label("request_number"),
    Request.contractor_email.label("contractor_email"),
    Request.contractor_id.label("contractor_id"),
    Request.created_at.label("created_at"),
    Position.id.label("position_id"),
    Position.number.label("position_number"),
    Position.status.label("status"),
    Position.status_changed_at.label("status_changed_at"),
    Position.comment.label("comment"),
    Position.comment_author.label("comment_author"),
)


def local_day_start(day: date, tz: tzinfo) -> datetime:
    """Midnight of ``day`` in the configured zone, as aware UTC."""
    return as_utc(datetime.combine(day, time.min, tzinfo=tz))


def ci_contains(column: Any, pattern: str, dialect: str) -> ColumnElement[bool]:
    """``column LIKE pattern``, case-insensitive for Cyrillic too (``pattern`` lower-case).

    SQLite's own LIKE already ignores case for ASCII, so an ASCII pattern is matched
    natively there (the same answer, without calling ``omis_lower`` on every row); any
    other pattern goes through :func:`omis.core.db.ci_lower`.
    """
    if dialect == "sqlite" and pattern.isascii():
        return cast(ColumnElement[bool], column.like(pattern, escape="\\"))
    return ci_lower(column.expression, dialect).like(pattern, escape="\\")


def position_conditions(flt: PositionFilter, ctx: QueryContext) -> list[ColumnElement[bool]]:
    """The parts of the filter that only need the positions table."""
    found: list[ColumnElement[bool]] = []
    if flt.status is not None:
        found.append(Position.status == flt.status.value)
    if flt.delayed:
        found.append(delayed_condition(ctx.limits, ctx.moment, ctx.own))
    return found


def request_conditions(flt: PositionFilter, ctx: QueryContext) -> list[ColumnElement[bool]]:
    """The parts of the filter that need the request of each position."""
    found: list[ColumnElement[bool]] = []
    if flt.created_from is not None:
        found.append(Request.created_at >= local_day_start(flt.created_from, ctx.tz))
    if flt.created_to is not None:
        end = local_day_start(flt.created_to + timedelta(days=1), ctx.tz)
        found.append(Request.created_at < end)
    if flt.domain:
        pattern = "%@" + like_escape(flt.domain.lower().lstrip("@"))
        found.append(ci_contains(Request.contractor_email, pattern, ctx.dialect))
    if flt.contractor is not None:
        found.append(Request.contractor_id == flt.contractor)
    return found


def text_conditions(flt: PositionFilter, ctx: QueryContext) -> list[ColumnElement[bool]]:
    """The search box: the comment contains the text; digits may also start the number.

    Kept apart and placed last in WHERE: a substring match cannot use an index, so the
    indexed conditions should rule rows out first. Digits are matched against numbers
    through the requests index, without joining every position to its request.
    """
    if not flt.text:
        return []
    in_comment = Position.comment_search.like(_contains(flt.text), escape="\\")
    if not _is_number(flt.text):
        return [in_comment]
    return [or_(Position.request_id.in_(numbers_starting(flt.text.strip(), ctx)), in_comment)]


def numbers_starting(digits: str, ctx: QueryContext) -> AnySelect:
    """``SELECT requests.id`` of the numbers that start with ``digits``, from the index.

    SQLite serves LIKE from an index only for case-insensitive columns; GLOB is
    case-sensitive and digits contain none of its wildcards, so it reads the range.
    """
    if ctx.dialect == "sqlite":
        return select(Request.id).where(Request.number.op("GLOB")(digits + "*"))
    return select(Request.id).where(Request.number.like(like_escape(digits) + "%", escape="\\"))


def _is_number(text: str) -> bool:
    return text.strip().isascii() and text.strip().isdigit()


def _contains(text: str) -> str:
    # Folded by the same function as the stored copy it is matched against.
    return f"%{like_escape(fold(text.strip()) or '')}%"


def _order(sort: str) -> list[Any]:
    """Every order is served by an index (see migration 0004), so a page costs the same on
    a hundred positions and on a million: positions are registered in id order."""
    orders: dict[str, list[Any]] = {
        "new": [Position.id.desc()],
        "old": [Position.id.asc()],
        "number": [Request.number, Position.number],
        "stale": [Position.status_changed_at.asc(), Position.id],
        "changed": [Position.status_changed_at.desc(), Position.id.desc()],
        # The Russian labels sort alphabetically in lifecycle order (a test keeps it so).
        "status": [Position.status, Position.id],
    }
    return orders.get(sort, orders["new"])


def matching_ids(flt: PositionFilter, ctx: QueryContext, *, for_sort: bool) -> AnySelect:
    """``SELECT positions.id`` of the filter; joins requests only when the filter (or, with
    ``for_sort``, the order) needs them, so most pages read one covering index."""
    by_request = request_conditions(flt, ctx)
    query: AnySelect = select(Position.id).where(*position_conditions(flt, ctx))
    if by_request or (for_sort and flt.sort == "number"):
        query = query.join(Request, Position.request_id == Request.id).where(*by_request)
    return query.where(*text_conditions(flt, ctx))


def base_query(flt: PositionFilter, ctx: QueryContext) -> AnySelect:
    """Every column of the list, filtered (one statement: the CSV export streams it)."""
    query: AnySelect = select(*COLUMNS).join(Request, Position.request_id == Request.id)
    return query.where(
        *position_conditions(flt, ctx), *request_conditions(flt, ctx), *text_conditions(flt, ctx)
    )


@dataclass(frozen=True)
class Page:
    rows: Sequence[Any]
    number: int
    total: int
    capped: bool
    size: int = PAGE_SIZE

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_prev(self) -> bool:
        return self.number > 1


def page(session: Session, flt: PositionFilter, ctx: QueryContext, number: int) -> Page:
    """One page of the filtered list, and how many rows there are (see :func:`counted`).

    Two steps: the page's position ids (from the indexes alone where possible), then
    the full rows of just those ids. Joining first would fetch every matching row
    before the sort could keep fifty of them. A first page that is not full already
    tells the total, so a narrow search costs no count; a page past the end shows the
    last one.
    """
    number = max(1, number)
    ids = _page_ids(session, flt, ctx, number)
    if number == 1 and len(ids) < PAGE_SIZE:
        return Page(rows_in_order(session, ids), number, len(ids), capped=False)
    shown, total, capped = counted(
        session, matching_ids(flt, ctx, for_sort=False), number, PAGE_SIZE
    )
    if shown != number:
        number, ids = shown, _page_ids(session, flt, ctx, shown)
    return Page(rows_in_order(session, ids), number, total, capped)


def counted(
    session: Session, ids_query: AnySelect, number: int, size: int
) -> tuple[int, int, bool]:
    """The page to show for ``number``, the row count, and whether it is capped.

    Rows are counted from the start of page ``number`` on, at most :data:`COUNT_CAP` of
    them: the cost stays bounded on a large table, and there is always a next page while
    the count is capped (a total capped from the first row would end the list at page
    COUNT_CAP / size, leaving older rows out of reach). A page past the end is the last.
    """
    start = (number - 1) * size
    rest = count_capped(session, ids_query, start)
    if rest or not start:
        return number, start + min(rest, COUNT_CAP), rest > COUNT_CAP
    total = int(session.scalar(select(func.count()).select_from(ids_query.subquery())) or 0)
    return max(1, -(-total // size)), total, False


def _page_ids(session: Session, flt: PositionFilter, ctx: QueryContext, number: int) -> list[int]:
    query = matching_ids(flt, ctx, for_sort=True).order_by(*_order(flt.sort))
    return list(session.scalars(query.limit(PAGE_SIZE).offset((number - 1) * PAGE_SIZE)))


def rows_in_order(session: Session, ids: list[int]) -> list[Any]:
    if not ids:
        return []
    query = select(*COLUMNS).join(Request, Position.request_id == Request.id)
    found = {row.position_id: row for row in session.execute(query.where(Position.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def count_capped(session: Session, ids_query: AnySelect, skip: int = 0) -> int:
    """How many rows ``ids_query`` has after the first ``skip``, up to COUNT_CAP + 1."""
    limited = ids_query.limit(COUNT_CAP + 1).offset(skip).subquery()
    return int(session.scalar(select(func.count()).select_from(limited)) or 0)


def export_csv(session: Session, flt: PositionFilter, ctx: QueryContext) -> Iterator[str]:
    """The whole filtered list as CSV (the ``omis requests export`` columns), streamed.

    Starts with a BOM so Excel reads the Cyrillic right, and neutralises cells that a
    spreadsheet would run as formulas; the import accepts it back.
    """
    buffer = io.StringIO()
    writer = CsvWriter(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_FIELDS)
    yield BOM + _drain(buffer)
    names = contractor_names(session)
    query = base_query(flt, ctx).order_by(*_order(flt.sort))
    for row in session.execute(query.execution_options(yield_per=1000)):
        cells = (
            row.request_number,
            row.position_number,
            row.status,
            iso(row.status_changed_at, ctx.tz),
            row.comment or "",
            row.comment_author or "",
            names.get(row.contractor_id, "") if row.contractor_id else "",
        )
        writer.writerow(cells)
        if buffer.tell() > 64_000:
            yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
