from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import func, select

from omis.core.db import Database
from omis.requests import csvio, store
from omis.requests.models import Position

GOOD = (
    "request_number,position_number,comment,comment_author\n"
    '4512,07,"Замена кабеля, щит №3",Иванов И.И.\n'
    "4512,2,«Ёлочная» подстанция,Пётр\n"
    "0099,1,,\n"
)


def _import(database: Database, data: bytes, skip_invalid: bool = False) -> csvio.ImportReport:
    report = csvio.parse_csv(data)
    with database.session() as session:
        return csvio.import_csv(session, report, skip_invalid=skip_invalid, actor_name="test")


def _count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(Position.id))) or 0


def test_import_then_export_round_trips_cyrillic_exactly(database: Database, settings) -> None:
    report = _import(database, GOOD.encode())
    assert (report.ok, report.imported) == (True, 3)
    with database.session() as session:
        records = csvio.export_records(store.list_positions(session), settings.core.tz)
    exported = list(csv.DictReader(io.StringIO(csvio.to_csv(records).removeprefix("\ufeff"))))
    original = list(csv.DictReader(io.StringIO(GOOD)))
    key = ("request_number", "position_number", "comment", "comment_author")
    assert sorted(tuple(r[k] for k in key) for r in exported) == sorted(
        tuple(r[k] for k in key) for r in original
    )
    assert all(r["status"] == "заявка отправлена" for r in exported)
    assert all(r["status_changed_at"].endswith("+03:00") for r in exported)


def test_bad_lines_reject_the_whole_file_with_line_numbers(database: Database) -> None:
    data = (
        "request_number,position_number,comment,comment_author\n"
        "4512,1,хорошо,\n"
        "45x2,1,буква в номере,\n"
        ",3,нет номера,\n"
        "4512,1,повтор,\n"
    ).encode()
    report = _import(database, data)
    assert [(e.line, e.reason.split(":")[0]) for e in report.errors] == [
        (3, "номер заявки"),
        (4, "номер заявки"),
        (5, "повтор пары 4512/1 (строка 2)"),
    ]
    assert _count(database) == 0


def test_skip_invalid_imports_the_good_lines(database: Database) -> None:
    data = "request_number,position_number\n4512,1\nабв,2\n4512,3\n".encode()
    report = _import(database, data, skip_invalid=True)
    assert report.imported == 2
    assert [e.line for e in report.errors] == [3]
    assert _count(database) == 2


def test_existing_pairs_are_reported_not_overwritten(database: Database) -> None:
    _import(database, GOOD.encode())
    again = "request_number,position_number,comment\n4512,07,новый текст\n".encode()
    report = _import(database, again)
    assert [str(e) for e in report.errors] == ["строка 2: позиция 07 заявки №4512 уже есть"]
    with database.session() as session:
        position = store.find_position(session, "4512", "07")
        assert position is not None
        assert position.comment == "Замена кабеля, щит №3"


def test_cp1251_file_with_russian_headers_and_semicolons(database: Database) -> None:
    data = "номер заявки;номер позиции;комментарий;автор\n4600;5;Проверка щита;Сидоров\n"
    report = _import(database, data.encode("cp1251"))
    assert report.ok, report.errors
    with database.session() as session:
        position = store.find_position(session, "4600", "5")
        assert position is not None
        assert (position.comment, position.comment_author) == ("Проверка щита", "Сидоров")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "нет строки заголовка"),
        (b"a,b\n1,2\n", "в заголовке нет столбцов request_number, position_number"),
    ],
)
def test_file_without_usable_header_is_rejected(data: bytes, message: str) -> None:
    report = csvio.parse_csv(data)
    assert [e.line for e in report.errors] == [1]
    assert message in report.errors[0].reason
