"""The web forms refuse names and addresses with characters nobody sees (a zero-width
space): the message at the field names the character, and nothing is stored."""

from __future__ import annotations

import io

from sqlalchemy import func, select

from omis.contractors.models import Contractor, ContractorAddress
from omis.core.db import Database
from web.webtools import submit, text

ZERO_WIDTH = "\u200b"


def _count(database: Database, model: type) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_web_form_refuses_a_zero_width_twin_at_the_field(login, database: Database) -> None:
    admin = login("admin")
    assert submit(admin, "/contractors", {"name": "Дубль", "active": "y"}).status_code == 302
    response = submit(admin, "/contractors", {"name": f"Дубль{ZERO_WIDTH}", "active": "y"})
    assert response.status_code == 422
    assert "невидимый символ U+200B (пробел нулевой ширины)" in text(response)
    assert _count(database, Contractor) == 1


def test_web_form_refuses_a_zero_width_address(login, database: Database) -> None:
    admin = login("admin")
    form = {"name": "СтройСервис", "emails": f"disp{ZERO_WIDTH}atch@stroyservis.ru", "active": "y"}
    response = submit(admin, "/contractors", form)
    assert response.status_code == 422
    assert "адрес почты «disp⟨U+200B⟩atch@stroyservis.ru»: невидимый символ" in text(response)
    assert _count(database, ContractorAddress) == 0


def test_web_csv_import_refuses_a_zero_width_twin(login, database: Database) -> None:
    admin = login("admin")
    data = f"name,domains\nИмпортОдин,one.ru\nИмпортОдин{ZERO_WIDTH},two.ru\n".encode()
    form = {"file": (io.BytesIO(data), "contractors.csv")}
    response = submit(
        admin, "/contractors/import", form, page="/contractors", content_type="multipart/form-data"
    )
    assert response.status_code == 422
    assert "невидимый символ U+200B" in text(response)
    assert _count(database, Contractor) == 0


def test_new_request_form_refuses_a_zero_width_contractor_address(login) -> None:
    operator = login("operator")
    form = {"number": "4534", "positions": "1", "contractor_email": f"x{ZERO_WIDTH}@evil.ru"}
    response = submit(operator, "/requests/new", form)
    assert response.status_code == 422
    assert "Невидимый символ U+200B (пробел нулевой ширины)" in text(response)
    assert operator.get("/requests/4534").status_code == 404
