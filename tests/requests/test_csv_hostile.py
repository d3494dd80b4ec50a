"""CSV files people open in a spreadsheet, and CSV files that try to slip data past the
import (issue 16)."""

from __future__ import annotations

from pathlib import Path

from omis.core.db import Database
from omis.requests import csvio, store
from omis.requests.lifecycle import Actor


def test_cli_export_neutralises_formulas_and_starts_with_a_bom(
    run_cli, database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        new = store.NewPosition("77", "1", '=HYPERLINK("http://evil.example")', "-Иванов")
        store.add_position(session, new, actor=Actor.OPERATOR)
    shown = run_cli("requests", "export")
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("\ufeffrequest_number,")
    assert "'=HYPERLINK" in shown.stdout
    assert ",'-Иванов" in shown.stdout
    target = tmp_path / "out.csv"
    assert run_cli("requests", "export", "-o", str(target)).exit_code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_an_exported_formula_imports_back_as_it_was(database: Database, settings) -> None:
    with database.session() as session:
        new = store.NewPosition("77", "1", "=1+2", "@автор")
        store.add_position(session, new, actor=Actor.OPERATOR)
        records = csvio.export_records(store.list_positions(session), settings.core.tz)
    exported = csvio.to_csv(records).replace("77,1", "78,1").encode("utf-8")
    report = csvio.parse_csv(exported)
    assert report.ok, report.errors
    [(_line, row)] = report.rows
    assert (row.comment, row.comment_author) == ("=1+2", "@автор")


def test_an_unknown_column_is_refused_with_its_line() -> None:
    data = "request_number,position_number,коментарий\n4512,1,Замена кабеля\n".encode()
    report = csvio.parse_csv(data)
    assert [str(error) for error in report.errors] == [
        "строка 1: неизвестный столбец «коментарий»; допустимы "
        "request_number, position_number, comment, comment_author, contractor"
    ]
    assert report.rows == []


def test_a_nul_inside_a_number_is_refused_not_removed() -> None:
    data = b"request_number,position_number\n4512,1\n80\x00 01,2\n"
    report = csvio.parse_csv(data)
    assert [str(error) for error in report.errors] == [
        "строка 3: символ NUL в столбце request_number"
    ]
    assert [row.request_number for _line, row in report.rows] == ["4512"]
