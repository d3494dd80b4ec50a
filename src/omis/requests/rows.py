"""Positions read as plain rows with what every list of them shows about their request.

Lists of many positions (late ones for the reminders, the dashboard's delays) read plain
columns rather than ORM objects, so that thousands of rows cost no identity map.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

from omis.contractors.models import Contractor
from omis.requests.models import Position, Request


def position_rows(*more: ColumnElement[Any] | QueryableAttribute[Any]) -> Select[Any]:
    """A SELECT of positions: ``id``, ``request_number``, ``position_number``, ``status``,
    ``status_changed_at``, ``contractor_id`` and ``contractor`` (its name; both None when
    the request has no contractor), then the ``more`` columns. The caller adds the
    conditions, any further joins and the order."""
    return (
        select(
            Position.id,
            Request.number.label("request_number"),
            Position.number.label("position_number"),
            Position.status,
            Position.status_changed_at,
            Request.contractor_id,
            Contractor.name.label("contractor"),
            *more,
        )
        .join(Request, Request.id == Position.request_id)
        .outerjoin(Contractor, Contractor.id == Request.contractor_id)
    )
