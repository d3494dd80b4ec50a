"""A report in the four forms ``omis report`` and the web page offer.

* ``table``: aligned text for a terminal, every table of the report;
* ``csv``: the main table only (the one a spreadsheet or a script reads), numbers with a
  dot, times in ISO 8601 with the offset, a figure nobody recorded as an empty cell;
* ``json``: the whole report, figures nobody recorded as ``null``;
* ``xlsx``: one sheet per table and one about the report, with typed cells (numbers are
  numbers, dates are dates in the report's zone, strings are text and never formulas),
  number formats and column widths.

A name in a report may come from outside (a request with no contractor is counted under
its sender's domain), so CSV and XLSX cells are written by :mod:`omis.core.spreadsheet`.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, tzinfo
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from omis.core.spreadsheet import CsvWriter, append_row
from omis.core.timefmt import iso, local_time
from omis.reports.tables import TITLES, Column, Report, Table, tables

FORMATS = ("table", "csv", "json", "xlsx")
NO_DATA = "нет данных"
XLSX_FORMATS = {
    "int": "0",
    "minutes": "0.0",
    "share": "0.0%",
    "date": "DD.MM.YYYY",
    "datetime": "DD.MM.YYYY HH:MM",
}
MAX_WIDTH = 60


def figure_name(report: Report) -> str:
    return report.name


def to_json(report: Report) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"


def to_csv(report: Report, tz: tzinfo) -> str:
    main = tables(report)[0]
    out = io.StringIO()
    writer = CsvWriter(out, lineterminator="\n")
    writer.writerow([_csv_title(column) for column in main.columns])
    for row in main.rows:
        writer.writerow(
            [_csv_value(value, column, tz) for value, column in zip(row, main.columns, strict=True)]
        )
    return out.getvalue()


def _csv_title(column: Column) -> str:
    return f"{column.title}, %" if column.kind == "share" else column.title


def _csv_value(value: Any, column: Column, tz: tzinfo) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return iso(value, tz)
    if isinstance(value, date):
        return value.isoformat()
    if column.kind == "share":
        return round(value * 100, 1)
    return value


def missing(column: Column) -> str:
    """A figure that is not there: a median of no durations is «—»; a count nobody
    recorded (a POS run from before the figure existed) is «нет данных», never zero."""
    return "—" if column.kind in ("minutes", "share", "date", "datetime") else NO_DATA


def text_value(value: Any, column: Column, tz: tzinfo) -> str:
    """How a cell reads for a person (the terminal and the web page's tables)."""
    if value is None:
        return missing(column)
    if isinstance(value, datetime):
        return local_time(value, tz)
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if column.kind == "share":
        return f"{value * 100:.1f} %".replace(".", ",")
    if column.kind == "minutes":
        return f"{value:g}".replace(".", ",")
    return str(value)


def to_text(report: Report, tz: tzinfo) -> str:
    period = report.period
    head = f"{TITLES[figure_name(report)]}: {period.label()}"
    if getattr(report, "working_time", False):
        head += " (длительности в рабочем времени)"
    parts = [head]
    for table in tables(report):
        parts.append(_text_table(table, tz))
    return "\n\n".join(parts) + "\n"


def _text_table(table: Table, tz: tzinfo) -> str:
    if not table.rows:
        return f"{table.title}: нет"
    cells = [[text_value(v, c, tz) for v, c in zip(row, table.columns, strict=True)]
             for row in table.rows]  # fmt: skip
    titles = [column.title for column in table.columns]
    widths = [max(len(titles[i]), *(len(row[i]) for row in cells)) for i in range(len(titles))]
    numeric = [column.kind not in ("text", "date", "datetime") for column in table.columns]

    def line(values: list[str]) -> str:
        return "  ".join(
            value.rjust(width) if right else value.ljust(width)
            for value, width, right in zip(values, widths, numeric, strict=True)
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([table.title, line(titles), rule, *(line(row) for row in cells)])


def to_xlsx(report: Report, tz: tzinfo, generated: datetime) -> bytes:
    book = Workbook()
    about = book.active
    assert about is not None
    about.title = "Отчёт"
    _about_sheet(about, report, tz, generated)
    for table in tables(report):
        _sheet(book.create_sheet(table.name[:31]), table, tz)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _about_sheet(sheet: Worksheet, report: Report, tz: tzinfo, generated: datetime) -> None:
    period = report.period
    rows: list[tuple[str, Any]] = [
        ("Отчёт", TITLES[figure_name(report)]),
        ("Период с", period.first),
        ("Период по", period.last),
        ("Часовой пояс", str(tz)),
        ("Сформирован", local_time(generated, tz)),
    ]
    if hasattr(report, "working_time"):
        worked = "рабочее время (календарь напоминаний)" if report.working_time else "всё время"
        rows.append(("Длительности", worked))
    for row in rows:
        append_row(sheet, row)
    for cell in sheet["B"]:
        if isinstance(cell.value, date):
            cell.number_format = XLSX_FORMATS["date"]
            cell.alignment = Alignment(horizontal="left")
    for cell in sheet["A"]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 40


def _sheet(sheet: Worksheet, table: Table, tz: tzinfo) -> None:
    append_row(sheet, [column.title for column in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in table.rows:
        append_row(sheet, [_xlsx_value(v, c, tz) for v, c in zip(row, table.columns, strict=True)])
    widths = [len(column.title) for column in table.columns]
    for index, column in enumerate(table.columns, start=1):
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if cell.value in (NO_DATA, "—"):
                cell.alignment = Alignment(horizontal="right")
            elif column.kind in XLSX_FORMATS and not isinstance(cell.value, str):
                cell.number_format = XLSX_FORMATS[column.kind]
            widths[index - 1] = max(widths[index - 1], _shown_width(cell.value, column))
        sheet.column_dimensions[get_column_letter(index)].width = min(
            MAX_WIDTH, widths[index - 1] + 2
        )
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions


def _xlsx_value(value: Any, column: Column, tz: tzinfo) -> Any:
    """Excel keeps no time zones: times go in as the report zone's wall-clock time."""
    if value is None:
        return missing(column)
    if isinstance(value, datetime):
        return value.astimezone(tz).replace(tzinfo=None)
    return value


def _shown_width(value: Any, column: Column) -> int:
    if value is None:
        return 0
    if column.kind == "datetime":
        return 16
    if column.kind == "date" and not isinstance(value, str):
        return 10
    if column.kind == "share" and not isinstance(value, str):
        return 6
    return len(str(value))
