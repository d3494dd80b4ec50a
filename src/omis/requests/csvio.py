"""CSV import (all-or-nothing with a line-numbered report) and CSV/JSON export of positions."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from sqlalchemy.orm import Session

from omis.core.errors import OmisError
from omis.core.spreadsheet import BOM, CsvWriter, read_cell
from omis.core.timefmt import iso
from omis.requests.lifecycle import Actor
from omis.requests.models import Position
from omis.requests.store import (
    MAX_POSITIONS,
    NewPosition,
    StoredRequest,
    position_taken,
    register_positions,
    set_contractors,
    stored_positions,
    stored_requests,
)

MAX_CSV_BYTES = 20 * 1024 * 1024
# The columns an import reads; the first two are required.
FIELDS = ("request_number", "position_number", "comment", "comment_author", "contractor")
HEADER_ALIASES = {
    "request_number": "request_number",
    "номер заявки": "request_number",
    "position_number": "position_number",
    "номер позиции": "position_number",
    "comment": "comment",
    "комментарий": "comment",
    "comment_author": "comment_author",
    "автор": "comment_author",
    "автор комментария": "comment_author",
    "contractor": "contractor",
    "подрядчик": "contractor",
}
# Columns of OMIS's own export that an import reads past (the status is OMIS's to decide).
EXPORT_ONLY = frozenset({"status", "status_changed_at", "статус", "время изменения статуса"})
EXPORT_FIELDS = (
    "request_number",
    "position_number",
    "status",
    "status_changed_at",
    "comment",
    "comment_author",
    "contractor",
)


@dataclass(frozen=True)
class LineError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"строка {self.line}: {self.reason}"


@dataclass
class ImportReport:
    rows: list[tuple[int, NewPosition]] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    imported: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1251, the two encodings Excel writes here."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def encoding_problem(data: bytes) -> str | None:
    """Why ``data`` cannot be read as a CSV in UTF-8 or Windows-1251, or None.

    Excel's «Текст Юникод» is UTF-16: read as Windows-1251 it is every other byte NUL, and
    the header check would blame the columns rather than the encoding."""
    head = data[:64]
    halves = (head[0::2], head[1::2])  # UTF-16 without a BOM: Latin text is every other NUL
    alternate = len(head) >= 8 and any(half.count(0) * 2 > len(half) for half in halves)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or alternate:
        return (
            "файл в кодировке UTF-16 (в Excel — «Текст Юникод»); сохраните его как "
            "«CSV UTF-8 (разделитель — запятая)»"
        )
    return None


def csv_problem(exc: csv.Error, start: int) -> LineError:
    """The csv module's English error about the record starting at line ``start``, in
    Russian: the reader stops there, so the lines from it on are not read."""
    text = str(exc)
    if "unexpected end of data" in text:
        reason = "кавычка не закрыта до конца файла"
    elif "expected after" in text:
        reason = 'после закрывающей кавычки ожидается разделитель (кавычку внутри ячейки пишут двумя: "")'
    elif "field larger than field limit" in text:
        reason = f"ячейка длиннее {csv.field_size_limit()} символов (возможно, не закрыта кавычка)"
    elif "NUL" in text:
        reason = "символ NUL"
    else:
        reason = f"ошибка формата CSV ({text})"
    return LineError(start, f"{reason}; строки с {start}-й не прочитаны")


class Numbered:
    """The reader's records with the line each starts on; a csv error names that line."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.start = 1
        self.line = 0

    def __iter__(self) -> Iterator[list[str]]:
        while True:
            self.start = self.reader.line_num + 1
            try:
                cells = next(self.reader)
            except StopIteration:
                return
            self.line = self.reader.line_num
            yield cells


def read_csv(
    data: bytes, errors: list[LineError], read: Callable[[Numbered, list[str] | None], None]
) -> None:
    """Open an uploaded CSV (comma- or semicolon-separated, as Excel saves it) and hand its
    records to ``read``, the header first. A file that cannot be read at all (too large, an
    encoding we do not read) or a format error (strict: a quote left open is an error, not
    the rest of the file in one cell) becomes a line error in ``errors``."""
    if len(data) > MAX_CSV_BYTES:
        errors.append(LineError(0, f"файл больше {MAX_CSV_BYTES // 1024 // 1024} МБ"))
        return
    problem = encoding_problem(data)
    if problem is not None:
        errors.append(LineError(1, problem))
        return
    text = decode_csv(data)
    records = Numbered(csv.reader(io.StringIO(text), _sniff(text), strict=True))
    try:
        read(records, next(iter(records), None))
    except csv.Error as exc:
        errors.append(csv_problem(exc, records.start))


def nul_column(values: dict[str, str]) -> str | None:
    """The first column whose cell holds a NUL character (no database stores one)."""
    return next((key for key, value in values.items() if "\x00" in value), None)


def parse_csv(data: bytes) -> ImportReport:
    """Read and validate every line; nothing touches the database here."""
    report = ImportReport()

    def read(records: Numbered, header: list[str] | None) -> None:
        columns = _map_header(header, report)
        if columns is not None and header is not None:
            _read_rows(records, columns, header, report)

    read_csv(data, report.errors, read)
    return report


def _sniff(text: str) -> type[csv.Dialect] | csv.Dialect:
    first_line = text.split("\n", 1)[0]
    return csv.excel if first_line.count(",") >= first_line.count(";") else _Semicolon()


class _Semicolon(csv.excel):
    delimiter = ";"


def _map_header(header: list[str] | None, report: ImportReport) -> dict[str, int] | None:
    if not header:
        report.errors.append(LineError(1, "нет строки заголовка"))
        return None
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = HEADER_ALIASES.get(name.strip().lower())
        if key and key not in columns:
            columns[key] = index
    missing = [name for name in FIELDS[:2] if name not in columns]
    if missing:
        expected = ",".join(FIELDS)
        report.errors.append(
            LineError(1, f"в заголовке нет столбцов {', '.join(missing)}; ожидается {expected}")
        )
        return None
    # A misspelt column ("коментарий") would silently drop its data: refuse the file.
    unknown = [
        name
        for name in header
        if name.strip()
        and name.strip().lower() not in HEADER_ALIASES
        and name.strip().lower() not in EXPORT_ONLY
    ]
    if unknown:
        known = ", ".join(FIELDS)
        report.errors.append(
            LineError(1, f"неизвестный столбец «{_shown(unknown[0])}»; допустимы {known}")
        )
        return None
    return columns


def _read_rows(
    records: Numbered, columns: dict[str, int], header: list[str], report: ImportReport
) -> None:
    seen: dict[tuple[str, int], tuple[int, str]] = {}
    width = len(header)
    blank = {i for i, name in enumerate(header) if not name.strip()}
    for cells in records:
        line = records.line
        if not any(cell.strip() for cell in cells):
            continue
        # A cell no column reads (past the header, or under a blank name) would be lost.
        lost = [c for i, c in enumerate(cells) if c.strip() and (i >= width or i in blank)]
        if lost:
            shown = ", ".join(f"«{_shown(cell)}»" for cell in lost[:3])
            reason = f"ячеек {len(cells)}, столбцов в заголовке {width}; лишние ячейки: {shown}"
            report.errors.append(LineError(line, reason))
            continue
        values = {key: read_cell(cells[i]) if i < len(cells) else "" for key, i in columns.items()}
        broken = nul_column(values)
        if broken:
            report.errors.append(LineError(line, f"символ NUL в столбце {broken}"))
            continue
        try:
            row = NewPosition(
                values.get("request_number", ""),
                values.get("position_number", ""),
                values.get("comment") or None,
                values.get("comment_author") or None,
                values.get("contractor") or None,
            ).validated()
        except OmisError as exc:
            report.errors.append(LineError(line, str(exc)))
            continue
        # 01 and 1 are one position (as in the store).
        pair = (row.request_number, int(row.position_number))
        if pair in seen:
            first_line, first_number = seen[pair]
            reason = f"повтор пары {row.request_number}/{row.position_number} (строка {first_line})"
            if first_number != row.position_number:
                reason = (
                    f"позиция {row.position_number} заявки №{row.request_number} — та же, что "
                    f"{first_number} в строке {first_line} (номера различаются только нулями впереди)"
                )
            report.errors.append(LineError(line, reason))
            continue
        seen[pair] = (line, row.position_number)
        report.rows.append((line, row))


def _shown(name: str) -> str:
    return name.replace("\x00", "\\0")[:60]


def import_csv(
    session: Session, report: ImportReport, *, skip_invalid: bool, actor_name: str | None
) -> ImportReport:
    """Store the parsed rows: all or nothing unless ``skip_invalid``; what
    :func:`stored_errors` finds against the store is an error too. The rows are written
    together (:func:`omis.requests.store.register_positions`), so the write lock is held
    for a few statements, not one round of them per row."""
    owners = stored_errors(session, report)
    bad_lines = {error.line for error in report.errors}
    if report.errors and not skip_invalid:
        return report
    good = [row for line, row in report.rows if line not in bad_lines]
    requests = register_positions(session, good, actor=Actor.IMPORT, actor_name=actor_name)
    named = {requests[row.request_number]: owners[row.contractor] for row in good if row.contractor}
    set_contractors(session, named)
    report.imported = len(good)
    report.errors.sort(key=lambda error: error.line)
    return report


def stored_errors(session: Session, report: ImportReport) -> dict[str, int]:
    """Line errors for what the store refuses, checked before anything is written (the
    import stays all or nothing, and the preview shows the same): unknown contractors and
    another contractor than the request's own (:func:`contractor_ids`, whose mapping is
    returned), a position already stored (01 and 1 are one position), and rows that would
    take a request past MAX_POSITIONS. A few queries for the whole file, not one per row."""
    owners = contractor_ids(session, report, stored_requests(session, _numbers(report)))
    held: dict[tuple[str, int], str] = {}
    counts: Counter[str] = Counter()
    for request, position in stored_positions(session, _numbers(report)):
        counts[request] += 1
        if position.isdecimal():
            held[(request, int(position))] = position
    for line, row in report.rows:
        existing = held.get((row.request_number, int(row.position_number)))
        if existing is not None:
            reason = position_taken(row.request_number, row.position_number, existing)
            report.errors.append(LineError(line, reason))
        counts[row.request_number] += 1
        if counts[row.request_number] > MAX_POSITIONS:
            reason = f"в заявке №{row.request_number} больше {MAX_POSITIONS} позиций"
            report.errors.append(LineError(line, reason))
    return owners


def _numbers(report: ImportReport) -> set[str]:
    return {row.request_number for _, row in report.rows}


def contractor_ids(
    session: Session, report: ImportReport, stored: dict[str, StoredRequest]
) -> dict[str, int]:
    """The contractors the rows name, by name; a line error for each unknown one, and for
    a row naming another contractor than its request already has (``stored``, the rows'
    requests in the store, or a row above)."""
    from omis.contractors import store as contractors

    known = {c.name: c.id for c in contractors.list_all(session)}
    first: dict[str, str | None] = {}
    for line, row in report.rows:
        if row.contractor is not None and row.contractor not in known:
            report.errors.append(LineError(line, f"подрядчик «{row.contractor}» не найден"))
            continue
        if row.request_number not in first:
            found = stored.get(row.request_number)
            first[row.request_number] = found.contractor if found else None
        owner = first[row.request_number]
        if row.contractor is None or owner == row.contractor:
            continue
        if owner is None:
            first[row.request_number] = row.contractor
        else:
            message = f"заявка №{row.request_number} относится к подрядчику «{owner}»"
            report.errors.append(LineError(line, message))
    return known


def export_records(positions: Iterable[Position], tz: tzinfo) -> list[dict[str, str]]:
    return [
        {
            "request_number": p.request.number,
            "position_number": p.number,
            "status": p.status,
            "status_changed_at": iso(p.status_changed_at, tz),
            "comment": p.comment or "",
            "comment_author": p.comment_author or "",
            "contractor": p.request.contractor.name if p.request.contractor else "",
        }
        for p in positions
    ]


def to_csv(records: list[dict[str, str]]) -> str:
    """The export as Excel opens it right: a BOM, formulas neutralised."""
    buffer = io.StringIO()
    writer = CsvWriter(buffer, lineterminator="\n")
    writer.writerow(EXPORT_FIELDS)
    writer.writerows([row[name] for name in EXPORT_FIELDS] for row in records)
    return BOM + buffer.getvalue()


def to_json(records: list[dict[str, str]]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
