"""A requests CSV that is not well formed is reported line by line, never read into
something else: an open quote, cells past the header, UTF-16, an oversized cell."""

from __future__ import annotations

import csv

import pytest

from omis.contractors import csvio as contractor_csv
from omis.core.db import Database
from omis.requests import csvio, store

HEADER = "request_number,position_number,comment,comment_author\n"


def _errors(data: bytes) -> list[str]:
    return [str(error) for error in csvio.parse_csv(data).errors]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '7006,1,"unterminated\n7007,1,a,b\n',
            "строка 2: кавычка не закрыта до конца файла; строки с 2-й не прочитаны",
        ),
        (
            '7005,1,ok,\n7006,1,"ab"c,\n',
            "строка 3: после закрывающей кавычки ожидается разделитель (кавычку внутри ячейки "
            'пишут двумя: ""); строки с 3-й не прочитаны',
        ),
        (
            "7004,1,a,b,c,d\n",
            "строка 2: ячеек 6, столбцов в заголовке 4; лишние ячейки: «c», «d»",
        ),
        (
            f"7004,1,{'x' * (csv.field_size_limit() + 1)},b\n",
            f"строка 2: ячейка длиннее {csv.field_size_limit()} символов (возможно, не закрыта "
            "кавычка); строки с 2-й не прочитаны",
        ),
    ],
)
def test_malformed_rows_are_line_errors_not_silent_changes(body: str, expected: str) -> None:
    assert expected in _errors((HEADER + body).encode())


def test_empty_trailing_cells_and_quoted_line_breaks_are_still_read() -> None:
    report = csvio.parse_csv((HEADER + '7004,1,"две\nстроки",b,,\n7005,1,,\n').encode())
    assert report.errors == []
    assert [(line, row.comment) for line, row in report.rows] == [(3, "две\nстроки"), (4, None)]


def test_a_cell_under_a_blank_header_column_is_an_error() -> None:
    data = "request_number,position_number,,comment\n7004,1,потеряно,есть\n".encode()
    assert _errors(data) == ["строка 2: ячеек 4, столбцов в заголовке 4; лишние ячейки: «потеряно»"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_file_gets_an_encoding_message(encoding: str) -> None:
    data = (HEADER + "7001,1,Замена щита,Петров\n").encode(encoding)
    assert _errors(data) == [
        "строка 1: файл в кодировке UTF-16 (в Excel — «Текст Юникод»); сохраните его как "
        "«CSV UTF-8 (разделитель — запятая)»"
    ]
    assert contractor_csv.parse_csv("name,domains\nА,a.ru\n".encode(encoding)).errors[0].line == 1


def test_import_of_a_file_with_an_open_quote_stores_nothing(database: Database) -> None:
    report = csvio.parse_csv((HEADER + '7005,1,a,b\n7006,1,"open\n7007,1,a,b\n').encode())
    with database.session() as session:
        csvio.import_csv(session, report, skip_invalid=False, actor_name="test")
        assert store.list_positions(session) == []
    assert report.imported == 0


def test_contractor_csv_open_quote_is_reported_in_russian() -> None:
    report = contractor_csv.parse_csv('name,domains\nА,"a.ru\nБ,b.ru\n'.encode())
    assert [str(e) for e in report.errors] == [
        "строка 2: кавычка не закрыта до конца файла; строки с 2-й не прочитаны"
    ]
