"""The cells every CSV and XLSX export writes: formulas neutralised, read back as typed."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from omis.core.spreadsheet import CsvWriter, append_row, read_cell, safe_cell

TYPED = ["=1+2", "+7", "-2+3", "@SUM(1)", "\t=1", "\r=1", "'=1", "''+1", "'text", "'", "", "a=b",
         "-100200", "'-1,5"]  # fmt: skip


@pytest.mark.parametrize("value", TYPED)
def test_a_neutralised_cell_reads_back_as_typed(value: str) -> None:
    written = safe_cell(value)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r")) or written == "-100200"
    assert read_cell(written) == value


def test_numbers_stay_numbers_and_nul_goes() -> None:
    assert safe_cell(-1.5) == -1.5
    assert (safe_cell("-100200"), safe_cell("-1,5"), safe_cell("-1-5")) == (
        "-100200",
        "-1,5",
        "'-1-5",
    )
    assert safe_cell("a\x00b") == "ab"


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_line_break_inside_a_cell_is_quoted_whatever_the_row_end(end: str) -> None:
    out = io.StringIO()
    writer = CsvWriter(out, lineterminator=end)
    writer.writerows([["a\rb", "c\nd"], ["e", 1]])
    assert out.getvalue().endswith(f"e,1{end}")
    assert list(csv.reader(io.StringIO(out.getvalue(), newline=""))) == [
        ["a\rb", "c\nd"],
        ["e", "1"],
    ]


def test_xlsx_strings_are_text_cells_with_the_quote_prefix() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    append_row(sheet, ['=HYPERLINK("http://evil")', "-2+3", "плохо\x07", -3, "обычно"])
    out = io.BytesIO()
    book.save(out)
    cells = next(load_workbook(out).worksheets[0].iter_rows())
    assert [(c.value, c.data_type, bool(c.quotePrefix)) for c in cells] == [
        ('=HYPERLINK("http://evil")', "s", True),
        ("-2+3", "s", True),
        ("плохо", "s", False),
        (-3, "n", False),
        ("обычно", "s", False),
    ]
