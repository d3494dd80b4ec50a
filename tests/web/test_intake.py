"""New request form and CSV import: validation next to the fields, preview, confirm."""

from __future__ import annotations

import base64
import io
import re

import pytest
from flask.testing import FlaskClient

from omis.core.db import Database
from omis.requests import store
from omis.requests.lifecycle import Actor
from web.webtools import csrf_token, submit, text


def stored_pairs(database: Database) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(p.request.number, p.number) for p in store.list_positions(session)]


def test_new_request_with_several_positions(login, database: Database) -> None:
    data = {
        "number": "0451",
        "positions": "1, 2;3",
        "contractor_email": "d@podryad.ru",
        "comment": "Кабель",
        "author": "",
    }
    response = submit(login("operator"), "/requests/new", data)
    assert response.headers["Location"] == "/requests/0451"
    assert stored_pairs(database) == [("0451", "1"), ("0451", "2"), ("0451", "3")]
    with database.session() as session:
        request = store.get_request(session, "0451")
        assert request is not None
        assert request.contractor_email == "d@podryad.ru"
        assert request.created_by == "operator"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("number", "", "Обязательное поле"),
        ("number", "45-12", "Только цифры"),
        ("positions", "1, 1", "Позиции повторяются"),
        (
            "positions",
            "1, x",
            "номер позиции: ожидаются только цифры 0–9 (до 20), получено «x»",
        ),
        ("contractor_email", "not-an-address", "Адрес почты"),
    ],
)
def test_new_request_errors_are_next_to_the_field_and_input_is_kept(
    login, database: Database, field: str, value: str, message: str
) -> None:
    data = {"number": "4600", "positions": "1", "contractor_email": "", "comment": "Не терять"}
    data[field] = value
    response = submit(login("operator"), "/requests/new", data)
    assert response.status_code == 422
    body = text(response)
    field_block = re.search(
        rf'<div class="field invalid">\s*<label for="{field}".*?</div>', body, re.S
    )
    assert field_block is not None, body
    assert message in field_block.group(0)
    assert "Не терять" in body
    assert stored_pairs(database) == []


def test_existing_request_number_is_refused_with_a_hint(login, sample) -> None:
    response = submit(login("operator"), "/requests/new", {"number": "4512", "positions": "5"})
    assert response.status_code == 422
    assert "уже есть; добавьте позицию на её странице" in text(response)


def upload(client: FlaskClient, content: bytes, skip: bool = False, name: str = "z.csv"):
    data = {
        "csrf_token": csrf_token(client, "/requests/import"),
        "file": (io.BytesIO(content), name),
    }
    if skip:
        data["skip_invalid"] = "y"
    return client.post("/requests/import", data=data, content_type="multipart/form-data")


GOOD_AND_BAD = (
    "номер заявки;номер позиции;комментарий;автор\n"
    "7001;1;Замена щита;Петров\n"
    "7001;x;плохая позиция;Петров\n"
    "7002;1;;\n"
).encode("cp1251")


def test_preview_lists_rows_and_line_numbered_errors_and_stores_nothing(
    login, database: Database
) -> None:
    body = text(upload(login("operator"), GOOD_AND_BAD))
    assert "строка 3: номер позиции: ожидаются только цифры" in body
    assert "Замена щита" in body  # cp1251 decoded
    assert "Загружать нечего" in body
    assert stored_pairs(database) == []


def test_preview_reports_pairs_already_stored(login, sample) -> None:
    body = text(upload(login("operator"), b"request_number,position_number\n4512,1\n4512,9\n"))
    assert "строка 2: позиция 1 заявки №4512 уже есть" in body


def test_confirm_with_skip_invalid_stores_the_good_lines(login, database: Database) -> None:
    client = login("operator")
    preview = text(upload(client, GOOD_AND_BAD, skip=True))
    assert "Загрузить позиций: 2" in preview
    upload_token = re.search(r'name="upload" type="hidden" value="([^"]+)"', preview)
    skip = re.search(r'name="skip_invalid" type="hidden" value="([^"]*)"', preview)
    assert upload_token is not None
    assert skip is not None
    token = csrf_token(client, "/requests/import")
    response = client.post(
        "/requests/import/confirm",
        data={
            "csrf_token": token,
            "upload": upload_token.group(1),
            "skip_invalid": skip.group(1),
            "filename": "z.csv",
        },
    )
    assert response.status_code == 302
    assert sorted(stored_pairs(database)) == [("7001", "1"), ("7002", "1")]
    assert "Загружено позиций: 2; пропущено строк с ошибками: 1" in text(client.get("/requests"))


@pytest.mark.parametrize(
    "forged",
    [
        {"payload": base64.b64encode(b"request_number,position_number\n7001,1\n").decode()},
        {"upload": "1764489600000-" + "A" * 32},
        {"upload": "../../omis.sqlite3"},
    ],
)
def test_confirm_of_a_file_no_check_kept_stores_nothing(
    login, database: Database, forged: dict[str, str]
) -> None:
    client = login("operator")
    data = {"csrf_token": csrf_token(client, "/requests/import"), "skip_invalid": "1", **forged}
    response = client.post("/requests/import/confirm", data=data, follow_redirects=True)
    assert "Проверенный файл не найден" in text(response)
    assert stored_pairs(database) == []


def test_upload_without_file_is_explained(login) -> None:
    response = submit(login("operator"), "/requests/import", {})
    assert response.status_code == 422
    assert "Выберите файл CSV" in text(response)


def test_upload_over_the_limit_gets_russian_413(login) -> None:
    big = b"request_number,position_number\n" + b"1,1\n" * (6 * 1024 * 1024 // 4)
    response = upload(login("operator"), big)
    assert response.status_code == 413
    assert "Файл слишком большой" in text(response)
    assert "5 МБ" in text(response)


def test_more_positions_than_a_request_holds_are_refused_next_to_the_field(
    login, database: Database
) -> None:
    too_many = ", ".join(str(i) for i in range(1, store.MAX_POSITIONS + 2))
    response = submit(login("operator"), "/requests/new", {"number": "4600", "positions": too_many})
    assert response.status_code == 422
    field_block = re.search(
        r'<div class="field invalid">\s*<label for="positions".*?</div>', text(response), re.S
    )
    assert field_block is not None
    assert f"В заявке не больше {store.MAX_POSITIONS} позиций" in field_block.group(0)
    assert stored_pairs(database) == []


def test_the_import_preview_shows_the_lines_past_the_positions_limit(login) -> None:
    rows = "".join(f"4600,{i}\n" for i in range(1, store.MAX_POSITIONS + 2))
    body = text(upload(login("operator"), f"request_number,position_number\n{rows}".encode()))
    line = store.MAX_POSITIONS + 2
    assert f"строка {line}: в заявке №4600 больше {store.MAX_POSITIONS} позиций" in body


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'request_number,position_number,comment\n7006,1,"unterminated\n7007,1,a\n',
            "строка 2: кавычка не закрыта до конца файла",
        ),
        (
            b"request_number,position_number,comment\n7004,1,a,c,d\n",
            "строка 2: ячеек 5, столбцов в заголовке 3; лишние ячейки: «c», «d»",
        ),
        ("request_number,position_number\n7001,1\n".encode("utf-16"), "файл в кодировке UTF-16"),
    ],
)
def test_preview_reports_a_malformed_file_instead_of_reading_it_otherwise(
    login, database: Database, content: bytes, message: str
) -> None:
    body = text(upload(login("operator"), content, skip=True))
    assert message in body
    assert "7007" not in body.split(message, 1)[0].rsplit("<table", 1)[-1]
    assert stored_pairs(database) == []


def test_the_preview_refuses_what_the_import_refuses(login, database: Database) -> None:
    """A stored position 01 is position 1 of the file, and an unknown contractor is named:
    the preview shows the errors the import would stop on, not a clean table."""
    with database.session() as session:
        store.add_position(session, store.NewPosition("4700", "01"), actor=Actor.OPERATOR)
    content = "request_number,position_number,contractor\n4700,1,\n4701,1,Нет такого\n".encode()
    body = text(upload(login("operator"), content))
    assert "строка 2: позиция 1 заявки №4700: уже есть позиция 01" in body
    assert "строка 3: подрядчик «Нет такого» не найден" in body
    assert stored_pairs(database) == [("4700", "01")]
