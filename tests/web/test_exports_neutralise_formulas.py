"""No export carries a formula: every CSV and XLSX that OMIS writes, from the command line
and from the web, is walked with values an outsider controls (a sender's domain, a
letter's subject, a contractor's name, a comment, a POS installation), and any cell that
a spreadsheet would run fails the test.

In CSV a formula-like cell must start with the apostrophe; in XLSX there must be no
formula cells at all, and a formula-like text cell must carry Excel's quote prefix.
The lists below are checked against the command tree and the URL map, so a new export
that is not walked here fails too.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from flask import Flask
from openpyxl import load_workbook

from clitools import all_commands
from omis.contractors import store as contractors
from omis.core import spreadsheet
from omis.core.db import Database
from omis.core.models import JobRun
from omis.core.spreadsheet import BOM, FORMULA_START
from omis.mail.models import Letter
from omis.reports.figures import FIGURES
from omis.requests import store
from omis.requests.lifecycle import Actor
from reports.history import at, position

HOSTILE = ('=HYPERLINK("http://evil")', "-2+3", "+7", "@SUM(1)", "\t=1+1", "\r-1+2")
SINCE, UNTIL = "2026-11-01", "2026-11-30"
NUMBER = re.compile(r"-\d+([.,]\d+)?")  # a negative number is a number, not a formula
# Figures with no text from outside: walked for the rule, not expected to show HOSTILE.
NO_OUTSIDE_TEXT = {"mail", "delays"}

CLI_EXPORTS = {"requests export", "letters export", "contractors export", "report"}
WEB_EXPORTS = {
    "/requests/export.csv": ["/requests/export.csv"],
    "/letters/export": ["/letters/export?format=csv"],
    "/contractors/export.csv": ["/contractors/export.csv"],
    "/reports/export": [
        f"/reports/export?figure={figure}&format={fmt}&since={SINCE}&until={UNTIL}"
        for figure in FIGURES
        for fmt in ("csv", "xlsx")
    ],
}


def _hostile_store(database: Database) -> None:
    with database.session() as session:
        for index, value in enumerate(HOSTILE):
            contractors.add(
                session, contractors.ContractorData(value, domains=(f"h{index}.example.ru",))
            )
            new = store.NewPosition(f"71{index:02d}", "1", value, value)
            store.add_position(session, new, actor=Actor.OPERATOR)
            session.add(Letter(mailbox="m", message_key=f"k{index}", received_at=at(index),
                               sender=value, subject=value, content_hash="x", outcome="applied",
                               attachments=[], evidence=[]))  # fmt: skip
            session.add(JobRun(job="pos", started_at=at(index), finished_at=at(index + 1),
                               outcome="success", counts={"installation": value, "updated": 1}))  # fmt: skip
    for index, value in enumerate(HOSTILE):
        # A request with no contractor is reported under its sender's domain.
        position(database, f"72{index:02d}", [0, 10], sender=f"brig@{value}")


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.removeprefix(BOM))) for cell in row]


def _unsafe_csv(text: str) -> list[str]:
    return [c for c in _csv_cells(text) if c.startswith(FORMULA_START) and not NUMBER.fullmatch(c)]


def _unsafe_xlsx(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        found = [
            name for name in sheets if b"<f>" in archive.read(name) or b"<f " in archive.read(name)
        ]
    for sheet in load_workbook(io.BytesIO(data)).worksheets:
        for row in sheet.iter_rows():
            found += [
                repr(cell.value)
                for cell in row
                if cell.data_type == "f"
                or (isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)
                    and not cell.quotePrefix)
            ]  # fmt: skip
    return found


def _xlsx_cells(data: bytes) -> list[str]:
    book = load_workbook(io.BytesIO(data))
    return [str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row]


def _shows_hostile(cells: list[str]) -> bool:
    return any(cell.lstrip("'").upper().startswith("=HYPERLINK") for cell in cells)


def _cli_exports(run_cli, tmp_path: Path) -> dict[str, tuple[str, bytes | str]]:
    """Every command-line export, to stdout and to a file: name -> (kind, content)."""
    found: dict[str, tuple[str, bytes | str]] = {}
    for command in ("requests", "letters", "contractors"):
        shown = run_cli(command, "export")
        assert shown.exit_code == 0, shown.output
        found[f"{command} export"] = ("csv", shown.stdout)
        target = tmp_path / f"{command}.csv"
        assert run_cli(command, "export", "-o", str(target)).exit_code == 0
        found[f"{command} export -o"] = ("csv", target.read_text(encoding="utf-8"))
    period = ("--since", SINCE, "--until", UNTIL)
    for figure in FIGURES:
        shown = run_cli("report", figure, *period, "--format", "csv")
        assert shown.exit_code == 0, shown.output
        found[f"report {figure} csv"] = ("csv", shown.stdout)
        target = tmp_path / f"{figure}.xlsx"
        made = run_cli("report", figure, *period, "--format", "xlsx", "-o", str(target))
        assert made.exit_code == 0, made.output
        found[f"report {figure} xlsx"] = ("xlsx", target.read_bytes())
    return found


def _web_exports(client) -> dict[str, tuple[str, bytes | str]]:
    found: dict[str, tuple[str, bytes | str]] = {}
    for url in (url for urls in WEB_EXPORTS.values() for url in urls):
        response = client.get(url)
        assert response.status_code == 200, url
        kind = "xlsx" if "format=xlsx" in url else "csv"
        found[url] = (kind, response.data if kind == "xlsx" else response.get_data(as_text=True))
    return found


def test_no_export_carries_a_formula(login, database: Database, run_cli, tmp_path: Path) -> None:
    _hostile_store(database)
    exports = {**_cli_exports(run_cli, tmp_path), **_web_exports(login("admin"))}
    unsafe = {}
    for name, (kind, content) in exports.items():
        if kind == "csv":
            assert isinstance(content, str)
            cells, bad = _csv_cells(content), _unsafe_csv(content)
        else:
            assert isinstance(content, bytes)
            cells, bad = _xlsx_cells(content), _unsafe_xlsx(content)
        if bad:
            unsafe[name] = bad
        if not any(figure in name for figure in NO_OUTSIDE_TEXT):
            assert _shows_hostile(cells), f"{name}: the hostile value never reached the export"
    assert unsafe == {}


def test_every_command_line_export_is_walked() -> None:
    exporting = {
        path
        for path, command in all_commands()
        if path.endswith("export") or any(
            "xlsx" in getattr(param.type, "choices", ()) or "csv" in getattr(param.type, "choices", ())
            for param in command.params
        )
    }  # fmt: skip
    assert exporting == CLI_EXPORTS


def test_every_web_download_is_walked(app: Flask) -> None:
    downloads = {rule.rule for rule in app.url_map.iter_rules() if "export" in rule.rule}
    assert downloads == set(WEB_EXPORTS)


def test_csv_is_written_only_through_the_spreadsheet_module() -> None:
    package = Path(spreadsheet.__file__).parent.parent
    writers = re.compile(r"\bcsv\.(writer|DictWriter)\(")
    elsewhere = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if path.name != "spreadsheet.py" and writers.search(path.read_text(encoding="utf-8"))
    ]
    assert elsewhere == []
