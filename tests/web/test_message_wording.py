"""What the web says back is Russian a user reads: values in «…» with invisible characters
shown, not Python's quotes and escapes; no SQLite text; hints for the web, not the command
line; the import's columns all named; one full stop at the end."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from omis.core.db import open_database
from omis.core.settings import load_settings
from omis.core.shown import quoted
from omis.web.app import create_app
from web.webtools import csrf_token, log_in, submit, text, visible_text

PAGE = "/requests/4512"


@pytest.mark.parametrize(
    ("number", "said", "not_said"),
    [
        ("0", "позиции нумеруются с 1, получено «0»", "'0'"),
        ("1" * 5000, "получено «" + "1" * 40 + "…» (всего 5000 знаков)", "1" * 41),
    ],
)
def test_a_refused_position_number_is_shown_as_typed_in_russian_quotes(
    login, sample, number: str, said: str, not_said: str
) -> None:
    response = submit(login("operator"), f"{PAGE}/positions", {"number": number}, page=PAGE)
    assert response.status_code == 422
    shown = visible_text(text(response))
    assert said in shown
    assert not_said not in shown


def test_a_line_break_in_an_address_is_shown_not_escaped(login) -> None:
    data = {"name": "Гонка", "domains": "gonka.ru", "escalation_email": "a@b.ru\r\nBcc: x@y.ru"}
    response = submit(login("admin"), "/contractors", data)
    assert response.status_code == 422
    shown = visible_text(text(response))
    assert "«a@b.ru␍␊Bcc: x@y.ru»" in shown
    assert "\\r\\n" not in shown


def test_invisible_characters_are_shown_by_a_sign() -> None:
    assert quoted("stroy\u200bservis.ru") == "«stroy⟨U+200B⟩servis.ru»"
    assert quoted("a\tb\x00") == "«a␉b␀»"


def test_a_taken_contractor_name_points_to_the_list_not_the_command_line(login) -> None:
    admin = login("admin")
    data = {"name": "Дубль", "domains": "dubl.ru"}
    assert submit(admin, "/contractors", data).status_code == 302
    again = submit(admin, "/contractors", {**data, "domains": "dubl2.ru"})
    assert again.status_code == 422
    shown = visible_text(text(again))
    assert "подрядчик «Дубль» уже есть — изменить его можно по ссылке «изменить»" in shown
    assert "omis contractors" not in shown


def test_the_import_names_the_contractor_column(login) -> None:
    client = login("operator")
    help_text = visible_text(text(client.get("/requests/import")))
    assert "request_number,position_number,comment,comment_author,contractor" in help_text
    assert "подрядчик" in help_text
    data = {
        "csrf_token": csrf_token(client, "/requests/import"),
        "file": (io.BytesIO(b"request_number,position_number,contractr\n4512,1,X\n"), "a.csv"),
    }
    response = client.post("/requests/import", data=data, content_type="multipart/form-data")
    assert (
        "неизвестный столбец «contractr»; допустимы request_number, position_number, comment, "
        "comment_author, contractor"
    ) in visible_text(text(response))


@pytest.mark.parametrize(
    ("position", "form", "said"),
    [
        (99999, {"comment": "x"}, "Напоминания не отложены: Позиция №99999 не найдена."),
        (
            None,
            {"comment": "c" * 5000},
            "Напоминания не отложены: Комментарий: Значение не должно содержать более 1000 символов.",
        ),
    ],
)
def test_a_refused_pause_ends_with_one_full_stop(
    login, sample, position: int | None, form: dict[str, str], said: str
) -> None:
    client = login("operator")
    data = {"until": "2099-01-01T10:00", "next": PAGE, **form}
    response = submit(client, f"/positions/{position or 1}/snooze", data, page=PAGE)
    shown = visible_text(text(client.get(response.headers["Location"])))
    assert said in shown
    assert ".." not in shown


@pytest.fixture
def busy_client(
    web_settings, users, sample, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FlaskClient]:
    """The app on a store that gives up waiting for the write lock after 0.2 s."""
    monkeypatch.setenv("OMIS_DB_BUSY_TIMEOUT_MS", "200")
    database = open_database(db_url, busy_timeout_ms=200)
    app = create_app(load_settings(), database)
    yield app.test_client()
    app.extensions["omis"].dispose()
    database.dispose()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_busy_database_is_said_in_words_with_503(busy_client: FlaskClient, db_url: str) -> None:
    assert log_in(busy_client, "operator").status_code == 302
    token = csrf_token(busy_client, PAGE)
    holder = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process writing (an import, a mail pass)
    try:
        data = {"position": "1", "comment": "новый", "csrf_token": token}
        response = busy_client.post(f"{PAGE}/comment", data=data)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert response.status_code == 503
    shown = visible_text(text(response))
    assert "База данных занята, повторите через минуту." in shown
    assert "locked" not in shown
