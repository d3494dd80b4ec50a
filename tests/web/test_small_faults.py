"""Small faults a dispatcher ran into: a link to a request that does not exist, a 404 for
``/requests/``, a status form proposing a step back, an assigned letter without its two
times, times in a zone other than the configured one."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from omis.core.clock import now
from omis.core.db import Database
from omis.core.settings import load_settings
from omis.core.timefmt import local_time
from omis.mail.review import assign
from omis.requests.lifecycle import Status
from omis.web.app import create_app
from web.webtools import deliver, letter_bytes, log_in, text, visible_text


def test_letters_page_links_only_requests_that_exist(login, sample) -> None:
    client = login("viewer")
    body = text(client.get("/letters"))
    assert 'href="/requests/9999"' not in body
    assert "№9999" in visible_text(body)
    assert "нет в OMIS" in visible_text(body)
    letter = text(client.get(f"/letters/{sample.review_letter_id}"))
    assert 'href="/requests/9999"' not in letter


def test_letters_page_links_a_request_that_exists(login, sample, database: Database) -> None:
    deliver(database, letter_bytes("Заявка 4512", "Бригада выехала.", message_id="<x@y>"))
    assert 'href="/requests/4512"' in text(login("viewer").get("/letters"))


@pytest.mark.parametrize(
    "path", ["/requests/", "/letters/", "/review/", "/jobs/", "/pos/", "/contractors/"]
)
def test_list_pages_answer_with_a_trailing_slash(login, sample, path: str) -> None:
    response = login("viewer").get(path)
    assert response.status_code == 200
    assert "<h1>" in text(response)


def _selected(page: str, name: str) -> str:
    form = page[page.index('id="change-status"') :]
    select = form[form.index(f'name="{name}"') :]
    found = re.search(r'<option selected value="([^"]*)"|<option value="([^"]*)" selected', select)
    assert found, select[:400]
    return found.group(1) or found.group(2)


def test_status_form_proposes_the_next_status_of_the_first_open_position(
    login, sample, database: Database
) -> None:
    client = login("operator")
    page = text(client.get("/requests/4512"))
    assert (_selected(page, "position"), _selected(page, "status")) == ("1", "заявка принята")
    deliver(database, letter_bytes("Заявка 4512 поз. 1", "Бригада выехала.", message_id="<a@b>"))
    page = text(client.get("/requests/4512"))
    assert (_selected(page, "position"), _selected(page, "status")) == ("1", "подрядчик на месте")


def test_assigned_letter_shows_when_written_and_when_assigned(
    login, sample, database: Database, time_machine
) -> None:
    """The review page says when the contractor wrote; after assignment the letter page
    and the dashboard say both when it was written and when the operator acted."""
    moscow = ZoneInfo("Europe/Moscow")
    written = now().replace(second=0, microsecond=0) + timedelta(days=1)
    time_machine.move_to(written, tick=False)
    letter = deliver(database, letter_bytes("Заявка 9999", "На месте.", message_id="<w@x>"))
    client = login("operator")
    review = visible_text(text(client.get(f"/review/{letter}")))
    assert f"Отправлено {local_time(written, moscow)}" in review
    acted = written + timedelta(hours=3)
    time_machine.move_to(acted, tick=False)
    with database.session() as session:
        assign(session, letter, "4512", "1", Status.ON_SITE, "operator")
    shown = visible_text(text(client.get(f"/letters/{letter}")))
    assert f"Отправлено {local_time(written, moscow)}" in shown
    assert f"operator, {local_time(acted, moscow)}" in shown
    dashboard = visible_text(text(client.get("/")))
    assert f"{local_time(written, moscow)} записано {local_time(acted, moscow)}" in dashboard


def test_pages_show_times_in_the_configured_zone(
    users, web_settings, sample, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_TIMEZONE", "Asia/Vladivostok")
    client = create_app(load_settings(), database).test_client()
    assert log_in(client, "viewer").status_code == 302
    zone = ZoneInfo("Asia/Vladivostok")
    for path in ("/", "/letters", "/review", "/requests", "/requests/4512"):
        page = visible_text(text(client.get(path)))
        assert "+10" in page or "VLAT" in page, path
        assert "MSK" not in page, path
    with database.session() as session:
        from omis.mail.models import Letter

        received = session.get_one(Letter, sample.review_letter_id).received_at
    assert local_time(received, zone) in visible_text(text(client.get("/letters")))
