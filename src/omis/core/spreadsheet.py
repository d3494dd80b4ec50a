"""Cells for the files people open in a spreadsheet. Every CSV and XLSX export writes
through here, so none of them can carry a formula.

A text cell starting with = + - @, or with a tab or a carriage return (OWASP's list for
CSV injection), is a formula to Excel and LibreOffice: ``=HYPERLINK("http://evil")``
from a sender's address would run when the file is opened. In CSV such a cell gets a
leading apostrophe, as Excel shows a typed ``'=x``, and the imports take it off again
(:func:`read_cell`). In XLSX a string is always a text cell, and such a one also carries
Excel's quote prefix, so editing it in Excel does not turn it into a formula either.
Numbers are not formulas: a number value stays a number, and so does a string that is
a plain negative number (a Telegram chat id ``-100200``), which cannot carry a payload.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # openpyxl is loaded by the XLSX writer, not by every CSV
    from openpyxl.worksheet.worksheet import Worksheet

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
BOM = "\ufeff"  # Excel reads a CSV as UTF-8 (Cyrillic) only after a BOM
# Control characters XML 1.0 cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE).
_NEGATIVE_NUMBER = re.compile(r"-\d+(?:[.,]\d+)?")
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet read ``text`` (or ``text`` with its apostrophes taken off) as a
    formula? The second half keeps ``'=x`` itself through an export and an import."""
    bare = text.lstrip(QUOTE)
    return bare.startswith(FORMULA_START) and not _NEGATIVE_NUMBER.fullmatch(bare)


def safe_cell(value: Any) -> Any:
    """A CSV cell: a formula-like string gets an apostrophe, NUL goes; other values as is."""
    if not isinstance(value, str):
        return value
    value = value.replace("\x00", "")
    return QUOTE + value if is_formula_like(value) else value


def read_cell(value: str) -> str:
    """An imported cell as it was before :func:`safe_cell`: ``'=x`` was written for ``=x``."""
    if value.startswith(QUOTE) and is_formula_like(value[1:]):
        return value[1:]
    return value


class CsvWriter:
    """``csv.writer`` whose every row goes through :func:`safe_cell`.

    A cell holding a line break is always quoted: ``csv.writer`` quotes only the
    characters of its own line terminator, so with ``"\n"`` a bare ``"\r"`` in a comment
    would end the row for Excel. Each row is written with ``"\r\n"`` (which quotes both)
    and then ended with ``lineterminator``.
    """

    def __init__(self, out: TextIO, *, lineterminator: str = "\r\n") -> None:
        self._out, self._end = out, lineterminator
        self._row = io.StringIO()
        self._writer = csv.writer(self._row, lineterminator="\r\n")

    def writerow(self, cells: Iterable[Any]) -> None:
        self._row.seek(0)
        self._row.truncate()
        self._writer.writerow([safe_cell(cell) for cell in cells])
        self._out.write(self._row.getvalue()[:-2] + self._end)

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def append_row(sheet: Worksheet, values: Iterable[Any]) -> None:
    """Append a row to an XLSX sheet; strings become text cells, never formulas.

    openpyxl would store ``"=x"`` as a formula, and refuses control characters that XML
    cannot hold (a letter's header may bring one): those are dropped.
    """
    row = [_NOT_IN_XML.sub("", v) if isinstance(v, str) else v for v in values]
    sheet.append(row)
    for column in range(1, len(row) + 1):
        cell = sheet.cell(row=sheet.max_row, column=column)
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if is_formula_like(cell.value):
                cell.quotePrefix = True
