"""Every stored letter as one row: what arrived, what OMIS decided, and why.

Columns: message_id, received_at, sender, subject, outcome (applied / not_applied /
unmatched / ignored), reason, request_number, positions (a list; empty = the whole
request), status, evidence. CSV cells that a spreadsheet would run as a formula are
neutralised, and the file starts with a UTF-8 BOM so Excel reads Cyrillic.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omis.core.spreadsheet import BOM, CsvWriter
from omis.core.timefmt import iso
from omis.mail.models import Letter

FIELDS = (
    "message_id",
    "received_at",
    "sender",
    "subject",
    "outcome",
    "reason",
    "request_number",
    "positions",
    "status",
    "evidence",
)


def letters(session: Session, since: datetime | None = None) -> Iterator[Letter]:
    """Stored letters, oldest first, read in chunks."""
    query = select(Letter).order_by(Letter.received_at, Letter.id)
    if since is not None:
        query = query.where(Letter.received_at >= since)
    yield from session.scalars(query.execution_options(yield_per=500))


def record(letter: Letter, tz: tzinfo) -> dict[str, Any]:
    positions = [p.strip() for p in (letter.position_number or "").split(",") if p.strip()]
    return {
        "message_id": letter.message_id or letter.message_key,
        "received_at": iso(letter.received_at, tz),
        "sender": letter.sender or "",
        "subject": letter.subject or "",
        "outcome": letter.outcome,
        "reason": letter.reason or "",
        "request_number": letter.request_number or "",
        "positions": positions,
        "status": letter.status or "",
        "evidence": [dict(item) for item in letter.evidence or []],
    }


def to_json(records: Iterable[dict[str, Any]]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"


def to_csv(records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = CsvWriter(buffer, lineterminator="\n")
    writer.writerow(FIELDS)
    for item in records:
        writer.writerow([_flat(item[name]) for name in FIELDS])
    return buffer.getvalue()


def _flat(value: Any) -> str:
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(f"{e.get('rule', '')}: {e.get('phrase', '')}" for e in value)
        return ", ".join(str(v) for v in value)
    return str(value)
