"""Confirming a checked CSV import («Загрузить»): the file the check accepted is the one
loaded, whatever its size, and only by the login that checked it."""

from __future__ import annotations

import io
import re

import time_machine
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from werkzeug.test import TestResponse

from omis.core.clock import now
from omis.core.db import Database
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.requests.models import Position
from web.webtools import csrf_token, log_in, submit, text

CONFIRM_FORM = re.compile(r'<form[^>]*action="/requests/import/confirm".*?</form>', re.S)
INPUT = re.compile(r"<input\b[^>]*>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
MB = 1024 * 1024


def check(client: FlaskClient, content: bytes, *, skip: bool = False) -> TestResponse:
    """The check step («Проверить файл»), as a browser uploads the file."""
    data: dict[str, object] = {
        "csrf_token": csrf_token(client, "/requests/import"),
        "file": (io.BytesIO(content), "заявки.csv"),
    }
    if skip:
        data["skip_invalid"] = "y"
    return client.post("/requests/import", data=data, content_type="multipart/form-data")


def confirm_fields(preview: TestResponse) -> dict[str, str]:
    """What the «Загрузить» button sends: every field of the confirm form, as shown."""
    form = CONFIRM_FORM.search(text(preview))
    assert form is not None, text(preview)[-2000:]
    fields = {}
    for tag in INPUT.findall(form.group(0)):
        attributes = dict(ATTRIBUTE.findall(tag))
        fields[attributes["name"]] = attributes.get("value", "")
    return fields


def confirm(client: FlaskClient, fields: dict[str, str]) -> TestResponse:
    """Press «Загрузить» with ``fields``, the CSRF token being the client's own."""
    sent = {**fields, "csrf_token": csrf_token(client, "/requests/import")}
    return client.post("/requests/import/confirm", data=sent, follow_redirects=True)


def stored_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(Position.id))) or 0


def near_the_limit(megabytes: float) -> bytes:
    """A valid file of about ``megabytes``: long Cyrillic comments, 200 positions a request."""
    comment = "к" * 1900  # 3,800 bytes in UTF-8
    lines = ["request_number,position_number,comment,comment_author"]
    rows = int(megabytes * MB) // (len(comment) * 2 + 20)
    lines += [f"{300_000 + i // 200},{i % 200 + 1},{comment},a" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def test_a_file_near_the_upload_limit_that_passes_the_check_is_loaded(
    login, database: Database
) -> None:
    client = login("operator")
    content = near_the_limit(4.6)
    assert 4.5 * MB < len(content) < 5 * MB
    rows = content.count(b"\n") - 1
    preview = check(client, content)
    assert f"Загрузить позиций: {rows}" in text(preview)
    response = confirm(client, confirm_fields(preview))
    assert response.status_code == 200, text(response)[:500]
    assert f"Загружено позиций: {rows}." in text(response)
    assert stored_count(database) == rows


def test_the_confirm_page_no_longer_carries_the_file(login) -> None:
    preview = check(login("operator"), near_the_limit(1))
    assert sum(len(value) for value in confirm_fields(preview).values()) < 1000


def test_another_user_cannot_load_a_file_someone_else_checked(
    app: Flask, login, database: Database
) -> None:
    fields = confirm_fields(check(login("operator"), b"request_number,position_number\n7101,1\n"))
    other = app.test_client()
    assert log_in(other, "admin").status_code == 302
    response = confirm(other, fields)
    assert "Проверенный файл не найден" in text(response)
    assert stored_count(database) == 0


def test_a_checked_file_is_not_loaded_after_logging_out(login, database: Database) -> None:
    client = login("operator")
    fields = confirm_fields(check(client, b"request_number,position_number\n7102,1\n"))
    submit(client, "/logout", page="/")
    assert log_in(client, "operator").status_code == 302
    assert "Проверенный файл не найден" in text(confirm(client, fields))
    assert stored_count(database) == 0


def test_a_second_press_of_load_stores_nothing_twice(login, database: Database) -> None:
    client = login("operator")
    fields = confirm_fields(check(client, b"request_number,position_number\n7103,1\n7103,2\n"))
    assert "Загружено позиций: 2." in text(confirm(client, fields))
    again = text(confirm(client, fields))
    assert "Проверенный файл не найден (он уже загружен" in again
    assert stored_count(database) == 2


def test_what_changed_since_the_check_stops_the_load_and_is_shown(
    login, database: Database
) -> None:
    client = login("operator")
    fields = confirm_fields(check(client, b"request_number,position_number\n7104,1\n7104,2\n"))
    with database.session() as session:
        store.add_position(session, store.NewPosition("7104", "2"), actor=Actor.OPERATOR)
    body = text(confirm(client, fields))
    assert "Ничего не загружено: ошибок 1." in body
    assert "строка 3: позиция 2 заявки №7104 уже есть" in body
    assert stored_count(database) == 1


def test_a_check_older_than_a_login_lasts_is_not_loaded(
    app: Flask, login, database: Database
) -> None:
    from omis.web import uploads

    client = login("operator")
    fields = confirm_fields(check(client, b"request_number,position_number\n7105,1\n"))
    hours = app.extensions["omis"].settings.web.session_hours
    with time_machine.travel(now() + uploads.max_age(hours), tick=False):
        # Another user's check clears what is older than a login lasts.
        other = app.test_client()
        assert log_in(other, "admin").status_code == 302
        confirm_fields(check(other, b"request_number,position_number\n7106,1\n"))
    assert "Проверенный файл не найден" in text(confirm(client, fields))
    assert stored_count(database) == 0


def test_only_the_latest_checks_of_a_login_are_kept(login, database: Database) -> None:
    from omis.web import uploads

    client = login("operator")

    def checked(number: int) -> dict[str, str]:
        return confirm_fields(
            check(client, f"request_number,position_number\n{number},1\n".encode())
        )

    first = checked(7200)
    latest = [checked(7201 + i) for i in range(uploads.KEPT_PER_LOGIN)]
    assert "Проверенный файл не найден" in text(confirm(client, first))
    assert "Загружено позиций: 1." in text(confirm(client, latest[0]))
    assert stored_count(database) == 1


def test_a_data_folder_that_cannot_be_written_is_explained_at_the_check(
    app: Flask, login, database: Database
) -> None:
    from omis.web import uploads

    data_dir = app.extensions["omis"].settings.core.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / uploads.FOLDER).write_text("not a folder")
    preview = check(login("operator"), b"request_number,position_number\n7300,1\n")
    assert "не удалось сохранить его на сервере" in text(preview)
    assert "OMIS_DATA_DIR" in text(preview)
    assert CONFIRM_FORM.search(text(preview)) is None
    assert stored_count(database) == 0
