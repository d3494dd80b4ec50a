"""The contractors page, the contractor of a request in the forms, and the review of a
letter held by the sender check (accept once, add this address)."""

from __future__ import annotations

import io
import re

from flask import Flask
from flask.testing import FlaskClient

from omis.contractors import store as contractors
from omis.contractors.store import ContractorData
from omis.core.db import Database
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor
from web.webtools import deliver, letter_bytes, log_in, submit, text

NEW = {
    "name": "СтройСервис",
    "emails": "disp@gmail.com\nBrigada@Gmail.com",
    "domains": "stroyservis.ru",
    "limit_on_site": "240",
    "escalation_chat": "-100200",
    "active": "y",
}


def _contractor(database: Database, name: str):
    with database.session() as session:
        return contractors.get(session, name)


def test_admin_adds_and_edits_a_contractor(login, database: Database) -> None:
    admin = login("admin")
    assert submit(admin, "/contractors", NEW).status_code == 302
    created = _contractor(database, "СтройСервис")
    assert created.emails == ["disp@gmail.com", "brigada@gmail.com"]
    assert created.domains == ["stroyservis.ru"]
    assert created.status_limits == {"подрядчик на месте": 240}
    page = text(admin.get("/contractors"))
    assert "@stroyservis.ru" in page
    assert "подрядчик на месте: 240 мин" in page
    edited = {**NEW, "name": "СтройСервис-М", "emails": "", "limit_on_site": "", "active": ""}
    url = f"/contractors/{created.id}"
    assert submit(admin, url, {**edited, "loaded": _loaded(admin, url)}).status_code == 302
    changed = _contractor(database, "СтройСервис-М")
    assert (changed.emails, changed.status_limits, changed.active) == ([], {}, False)


LOADED = re.compile(r'name="loaded" type="hidden" value="([0-9a-f]+)"')


def _loaded(client: FlaskClient, url: str) -> str:
    """The state stamp the edit page at ``url`` carries in its form ("" if none)."""
    found = LOADED.search(text(client.get(url)))
    return found.group(1) if found else ""


def test_second_admin_saving_an_older_form_does_not_drop_the_first_ones_address(
    app: Flask, users, database: Database
) -> None:
    with database.session() as session:
        contractor_id = contractors.add(session, ContractorData("СтройСервис", ("a@stroy.ru",))).id
    url = f"/contractors/{contractor_id}"
    first, second = app.test_client(), app.test_client()
    for admin in (first, second):
        log_in(admin, "admin")
    first_loaded, second_loaded = _loaded(first, url), _loaded(second, url)
    form = {"name": "СтройСервис", "active": "y"}
    added = {**form, "emails": "a@stroy.ru\nb@stroy.ru", "loaded": first_loaded}
    assert submit(first, url, added).status_code == 302
    limit = {**form, "emails": "a@stroy.ru", "limit_sent": "30", "loaded": second_loaded}
    conflict = submit(second, url, limit)
    assert conflict.status_code == 409
    page = text(conflict)
    assert "Пока вы редактировали, подрядчика изменил кто-то другой" in page
    assert "b@stroy.ru" in page  # the form shows the state as it is now
    changed = _contractor(database, "СтройСервис")
    assert (changed.emails, changed.status_limits) == (["a@stroy.ru", "b@stroy.ru"], {})
    # Saved again from the page that showed the conflict, the change goes through.
    again = {**limit, "emails": "a@stroy.ru\nb@stroy.ru", "loaded": _loaded(second, url)}
    assert submit(second, url, again).status_code == 302
    changed = _contractor(database, "СтройСервис")
    assert (changed.emails, changed.status_limits) == (
        ["a@stroy.ru", "b@stroy.ru"],
        {"заявка отправлена": 30},
    )


def test_refused_forms_say_why_next_to_the_field(login, database: Database) -> None:
    admin = login("admin")
    submit(admin, "/contractors", NEW)
    cases = [
        ({**NEW, "emails": ""}, "подрядчик «СтройСервис» уже есть"),
        ({**NEW, "name": "Другой", "emails": "", "domains": "stroyservis.ru"},
         "домен stroyservis.ru уже относится к подрядчику «СтройСервис»"),
        ({**NEW, "name": "Другой", "emails": "не-адрес", "domains": ""}, "ожидается вида dispatcher@podryad.ru"),
        ({**NEW, "name": "Другой", "emails": "", "domains": "", "limit_sent": "0"}, "От 1 до 525600 минут"),
        ({**NEW, "name": "", "emails": "", "domains": ""}, "Обязательное поле"),
    ]  # fmt: skip
    for data, message in cases:
        response = submit(admin, "/contractors", data)
        assert response.status_code == 422, data
        assert message in text(response), data


def test_only_admins_change_the_directory(login, database: Database) -> None:
    operator = login("operator")
    assert operator.get("/contractors").status_code == 200
    assert submit(operator, "/contractors", NEW, page="/contractors").status_code == 403
    assert _contractor(database, "СтройСервис") is None


def _upload(client: FlaskClient, data: bytes):
    form = {"file": (io.BytesIO(data), "contractors.csv")}
    return submit(
        client, "/contractors/import", form, page="/contractors", content_type="multipart/form-data"
    )


def test_csv_export_and_import_through_the_page(login, database: Database) -> None:
    admin = login("admin")
    submit(admin, "/contractors", NEW)
    exported = admin.get("/contractors/export.csv").get_data()
    # The export loads back as an update of the same contractor, not a second one.
    assert _upload(admin, exported).status_code == 302
    renamed = exported.replace("СтройСервис".encode(), "СтройСервис-Юг".encode())
    clash = _upload(admin, renamed)
    assert clash.status_code == 422
    assert "строка 2: адрес disp@gmail.com уже относится к подрядчику «СтройСервис»" in text(clash)
    assert _contractor(database, "СтройСервис-Юг") is None
    moved = renamed.replace(b"disp@", b"yug@").replace(b"brigada@", b"brigada-yug@")
    assert (
        _upload(admin, moved.replace(b",stroyservis.ru", b",yug.stroyservis.ru")).status_code == 302
    )
    assert _contractor(database, "СтройСервис-Юг").domains == ["yug.stroyservis.ru"]


def test_new_request_takes_the_contractor_chosen_or_the_one_of_its_address(
    login, database: Database
) -> None:
    with database.session() as session:
        owner = contractors.add(session, ContractorData("СтройСервис", (), ("stroyservis.ru",)))
        owner_id = owner.id
    operator = login("operator")
    chosen = {"number": "4512", "positions": "1", "contractor": str(owner_id)}
    assert submit(operator, "/requests/new", chosen).status_code == 302
    by_address = {"number": "4600", "positions": "1", "contractor_email": "disp@stroyservis.ru"}
    assert submit(operator, "/requests/new", by_address).status_code == 302
    stranger = {"number": "4700", "positions": "1", "contractor_email": "x@other.ru"}
    assert submit(operator, "/requests/new", stranger).status_code == 302
    with database.session() as session:
        owners = {
            n: store.require_request(session, n).contractor_id for n in ("4512", "4600", "4700")
        }
    assert owners == {"4512": owner_id, "4600": owner_id, "4700": None}
    page = text(operator.get("/requests/4600"))
    assert "«СтройСервис»" in page
    # The operator changes it on the request's page.
    submit(operator, "/requests/4600/contractor", {"contractor": ""}, page="/requests/4600")
    with database.session() as session:
        assert store.require_request(session, "4600").contractor_id is None


def test_new_request_refuses_an_address_of_another_contractor(login, database: Database) -> None:
    """Letters from x@evil.ru would all wait for review as a stranger's to «СтройСервис»."""
    with database.session() as session:
        owner = contractors.add(session, ContractorData("СтройСервис", (), ("stroyservis.ru",)))
        contractors.add(session, ContractorData("Эвил", (), ("evil.ru",)))
        owner_id = owner.id
    operator = login("operator")
    mixed = {"number": "4534", "positions": "1", "contractor": str(owner_id),
             "contractor_email": "x@evil.ru"}  # fmt: skip
    response = submit(operator, "/requests/new", mixed)
    assert response.status_code == 422
    page = text(response)
    field = page[page.index('id="contractor_email"') :]
    assert (
        "Адрес x@evil.ru относится к подрядчику «Эвил», а выбран «СтройСервис»"
        in field[: field.index("</div>")]
    )
    own = {**mixed, "contractor_email": "disp@stroyservis.ru"}
    stranger = {**mixed, "number": "4535", "contractor_email": "brigada7@gmail.com"}
    assert submit(operator, "/requests/new", own).status_code == 302
    assert submit(operator, "/requests/new", stranger).status_code == 302
    with database.session() as session:
        assert store.require_request(session, "4534").contractor_email == "disp@stroyservis.ru"
        assert store.require_request(session, "4535").contractor_id == owner_id


def test_new_request_warns_of_an_address_no_contractor_has(login, database: Database) -> None:
    """Registered all the same (the directory may lag behind), but the operator is told
    what the address means for the request's letters."""
    with database.session() as session:
        owner_id = contractors.add(
            session, ContractorData("СтройСервис", (), ("stroyservis.ru",))
        ).id
    operator = login("operator")
    cases = [
        ({"number": "4700", "contractor_email": "x@other.ru"},
         "Внимание: адрес x@other.ru не относится ни к одному подрядчику справочника: заявка "
         "зарегистрирована без подрядчика"),
        ({"number": "4701", "contractor_email": "brigada7@gmail.com", "contractor": str(owner_id)},
         "Внимание: адрес brigada7@gmail.com не относится к подрядчику «СтройСервис»: письма с "
         "него по этой заявке будут ждать разбора"),
        ({"number": "4702", "contractor_email": "disp@stroyservis.ru"}, None),
        ({"number": "4703", "contractor_email": "", "contractor": str(owner_id)}, None),
    ]  # fmt: skip
    for form, warning in cases:
        response = submit(
            operator, "/requests/new", {"positions": "1", **form}, follow_redirects=True
        )
        page = text(response)
        assert f"Заявка №{form['number']} зарегистрирована." in page, form
        if warning is None:
            assert "Внимание" not in page, form
        else:
            assert warning in page, form


def _held(database: Database, sender: str = "brigada7@gmail.com") -> int:
    with database.session() as session:
        owner = contractors.add(session, ContractorData("СтройСервис", (), ("stroyservis.ru",)))
        store.add_position(session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR)
        contractors.attach(store.require_request(session, "4512"), owner)
    raw = letter_bytes("Заявка 4512", "Бригада на месте.", sender=sender)
    return deliver(database, raw)


def test_review_of_a_held_letter_adds_the_address_in_one_click(login, database: Database) -> None:
    letter_id = _held(database)
    operator = login("operator")
    page = text(operator.get(f"/review/{letter_id}"))
    assert "Отправитель не относится к подрядчику заявки" in page
    assert "brigada7@gmail.com" in page
    assert "«СтройСервис»" in page
    assert "@stroyservis.ru" in page
    response = submit(operator, f"/review/{letter_id}/add-sender", {}, page=f"/review/{letter_id}")
    assert response.status_code == 302
    assert _contractor(database, "СтройСервис").emails == ["brigada7@gmail.com"]
    with database.session() as session:
        assert store.require_request(session, "4512").positions[0].status == "подрядчик на месте"
        assert session.get_one(Letter, letter_id).review_state == "assigned"


def test_review_warns_of_a_look_alike_sender_and_does_not_add_it(login, database: Database) -> None:
    letter_id = _held(database, sender="master@strоyservis.ru")  # a Russian «о»
    operator = login("operator")
    page = text(operator.get(f"/review/{letter_id}"))
    assert (
        "Внимание: адрес master@strоyservis.ru: в «strоyservis» буквы разных алфавитов "
        "вперемешку (латиница и кириллица) — так подделывают чужие адреса"
    ) in page
    assert "Добавить master@strоyservis.ru" not in page
    assert "Принять один раз" in page  # the operator may still decide it is genuine
    response = submit(
        operator, f"/review/{letter_id}/add-sender", {}, page=f"/review/{letter_id}",
        follow_redirects=True,
    )  # fmt: skip
    assert "Не выполнено: адрес почты master@strоyservis.ru: в «strоyservis»" in text(response)
    assert _contractor(database, "СтройСервис").emails == []
    with database.session() as session:
        assert store.require_request(session, "4512").positions[0].status == "заявка отправлена"
        assert session.get_one(Letter, letter_id).review_state == "open"


def test_review_of_a_held_letter_accepts_it_once(login, database: Database) -> None:
    letter_id = _held(database)
    operator = login("operator")
    submit(operator, f"/review/{letter_id}/accept-once", {}, page=f"/review/{letter_id}")
    assert _contractor(database, "СтройСервис").emails == []
    with database.session() as session:
        assert store.require_request(session, "4512").positions[0].status == "подрядчик на месте"


def test_viewers_cannot_accept_held_letters(login, client: FlaskClient, database: Database) -> None:
    letter_id = _held(database)
    viewer = login("viewer")
    assert "Принять один раз" not in text(viewer.get(f"/review/{letter_id}"))
    response = submit(viewer, f"/review/{letter_id}/accept-once", {}, page="/")
    assert response.status_code == 403


def test_idn_domain_is_one_domain_and_a_public_one_is_warned_about(
    login, database: Database
) -> None:
    admin = login("admin")
    form = {**NEW, "emails": "", "domains": "xn--e1afmkfd.xn--p1ai, gmail.com"}
    response = submit(admin, "/contractors", form, follow_redirects=True)
    page = text(response)
    assert "Внимание: домен gmail.com — общая почтовая служба" in page
    assert "xn--e1afmkfd.xn--p1ai" not in page
    assert _contractor(database, "СтройСервис").domains == ["пример.рф", "gmail.com"]
    other = {**NEW, "name": "Другой", "emails": "", "domains": "Пример.РФ"}
    refused = submit(admin, "/contractors", other)
    assert refused.status_code == 422
    assert "домен пример.рф уже относится к подрядчику «СтройСервис»" in text(refused)
