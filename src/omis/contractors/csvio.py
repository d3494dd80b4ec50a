"""Contractors in CSV, as the requests are: all or nothing with a line-numbered report.

One row per contractor. Addresses and domains are lists in one cell (commas, semicolons
or blanks); each open status has its own limit column, empty for the global limit. An
import creates the contractors it does not know and replaces the ones it does (by name),
so a file exported, edited in Excel and imported again is the directory as edited.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from omis.contractors import store
from omis.contractors.models import Contractor
from omis.contractors.store import ContractorData
from omis.core.errors import OmisError
from omis.core.shown import quoted
from omis.core.spreadsheet import BOM, CsvWriter, read_cell
from omis.requests.csvio import LineError, Numbered, nul_column, read_csv
from omis.requests.lifecycle import Status

LIMIT_COLUMNS = {f"limit_{s.name.lower()}": s for s in Status if not s.is_final}
FIELDS = (
    "name",
    "emails",
    "domains",
    *LIMIT_COLUMNS,
    "escalation_chat",
    "escalation_email",
    "active",
)
HEADER_ALIASES = {
    **{name: name for name in FIELDS},
    "название": "name",
    "подрядчик": "name",
    "адреса": "emails",
    "домены": "domains",
    **{f"предел: {status.value}": column for column, status in LIMIT_COLUMNS.items()},
    "чат эскалации": "escalation_chat",
    "почта эскалации": "escalation_email",
    "действует": "active",
}
YES = {"", "1", "да", "yes", "true", "y", "д"}
NO = {"0", "нет", "no", "false", "n", "н"}


@dataclass
class ContractorImport:
    rows: list[tuple[int, ContractorData]] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    created: int = 0
    updated: int = 0


def parse_csv(data: bytes) -> ContractorImport:
    """Read and check every line; nothing touches the database here."""
    report = ContractorImport()

    def read(records: Numbered, header: list[str] | None) -> None:
        columns = _columns(header, report)
        if columns is not None:
            _read_rows(records, columns, report)

    read_csv(data, report.errors, read)
    return report


def _columns(header: list[str] | None, report: ContractorImport) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, name in enumerate(header or []):
        key = HEADER_ALIASES.get(name.strip().lower().lstrip("\ufeff"))
        if key and key not in found:
            found[key] = index
    if "name" not in found:
        report.errors.append(
            LineError(1, f"в заголовке нет столбца name; ожидается {','.join(FIELDS)}")
        )
        return None
    return found


def _read_rows(records: Numbered, columns: dict[str, int], report: ContractorImport) -> None:
    seen: dict[str, int] = {}
    for cells in records:
        line = records.line
        if not any(cell.strip() for cell in cells):
            continue
        values = {key: _cell(cells, i) for key, i in columns.items()}
        broken = nul_column(values)
        if broken:
            report.errors.append(LineError(line, f"символ NUL в столбце {broken}"))
            continue
        try:
            data = _row(values).validated()
        except OmisError as exc:
            report.errors.append(LineError(line, str(exc)))
            continue
        if data.name in seen:
            report.errors.append(
                LineError(line, f"повтор подрядчика «{data.name}» (строка {seen[data.name]})")
            )
            continue
        seen[data.name] = line
        report.rows.append((line, data))


def _cell(cells: list[str], index: int) -> str:
    """A cell as typed, without the apostrophe the export put before a formula-like one."""
    return read_cell(cells[index].strip()).strip() if index < len(cells) else ""


def _row(values: dict[str, str]) -> ContractorData:
    active = values.get("active", "").lower()
    if active not in YES | NO:
        raise OmisError(f"active: ожидается да или нет, получено {quoted(values['active'])}")
    limits = {
        status.value: values[column]
        for column, status in LIMIT_COLUMNS.items()
        if values.get(column)
    }
    return ContractorData(
        name=values.get("name", ""),
        emails=tuple(store.split_list(values.get("emails"))),
        domains=tuple(store.split_list(values.get("domains"))),
        limits=limits,
        escalation_chat=values.get("escalation_chat") or None,
        escalation_email=values.get("escalation_email") or None,
        active=active not in NO,
    )


def import_csv(session: Session, report: ContractorImport) -> ContractorImport:
    """Store every row, or nothing when any row is wrong (an address already belonging to
    another contractor is found here, line by line). The caller commits."""
    if report.errors:
        return report
    whole = session.begin_nested()
    for line, data in report.rows:
        existing = store.get(session, data.name)
        try:
            with session.begin_nested():
                if existing is None:
                    store.add(session, data)
                else:
                    store.replace(session, existing, data)
        except OmisError as exc:
            report.errors.append(LineError(line, str(exc)))
            continue
        report.created += existing is None
        report.updated += existing is not None
    if report.errors:
        whole.rollback()
        report.created = report.updated = 0
    else:
        whole.commit()
    return report


def export_csv(contractors: Iterable[Contractor]) -> str:
    """The directory as the import reads it back: a BOM, formula-like cells neutralised."""
    buffer = io.StringIO()
    writer = CsvWriter(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for contractor in contractors:
        limits = contractor.status_limits or {}
        writer.writerow(
            [
                contractor.name,
                ", ".join(contractor.emails),
                ", ".join(contractor.domains),
                *(limits.get(status.value, "") for status in LIMIT_COLUMNS.values()),
                contractor.escalation_chat or "",
                contractor.escalation_email or "",
                "да" if contractor.active else "нет",
            ]
        )
    return BOM + buffer.getvalue()
