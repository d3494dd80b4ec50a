"""A page that refreshes a part of itself (the dashboard's panels, the requests' results)
after its session ended (logout in another tab, expiry, the user disabled): the whole page
goes to the login page, which brings the person back, instead of a login page nested
inside the panel whose form cannot log in."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from flask.testing import FlaskClient
from sqlalchemy import delete

from omis.core.db import Database
from omis.core.models import WebSession
from web.webtools import PASSWORD, csrf_token, text

SESSION_ENDED = "Сеанс завершён — войдите снова"


def _end_every_session(database: Database) -> None:
    with database.session() as session:
        session.execute(delete(WebSession))


@pytest.mark.parametrize(
    ("fragment", "page"),
    [("/?contractor=", "/?contractor="), ("/requests?q=4512", "/requests?q=45")],
)
def test_refresh_after_the_session_ended_sends_the_page_to_login(
    login, database: Database, fragment: str, page: str
) -> None:
    client = login("operator")
    _end_every_session(database)
    headers = {"HX-Request": "true", "HX-Current-URL": f"http://localhost{page}"}
    response = client.get(fragment, headers=headers)
    assert response.status_code == 401
    assert response.headers["HX-Redirect"] == f"/login?next={quote(page, safe='')}"
    assert "Вход в OMIS" not in text(response)  # nothing to nest in the panel
    assert SESSION_ENDED in text(client.get(response.headers["HX-Redirect"]))


def test_logging_in_after_the_refresh_returns_to_the_dashboard(
    login, client: FlaskClient, database: Database
) -> None:
    login("viewer")
    _end_every_session(database)
    headers = {"HX-Request": "true", "HX-Current-URL": "http://localhost/?contractor="}
    target = client.get("/?contractor=", headers=headers).headers["HX-Redirect"]
    data = {"username": "viewer", "password": PASSWORD, "csrf_token": csrf_token(client, target)}
    response = client.post(target, data=data)
    assert response.status_code == 302
    assert response.headers["Location"] == "/?contractor="


def test_a_page_refresh_without_htmx_still_redirects_to_login(login, database: Database) -> None:
    client = login("viewer")
    _end_every_session(database)
    response = client.get("/letters")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=%2Fletters"
    assert "Войдите, чтобы открыть эту страницу" in text(client.get("/login"))


@pytest.mark.browser
def test_dashboard_left_open_goes_to_login_when_the_session_ends(page: Any) -> None:
    page.clock.install()
    page.goto("/")
    page.fill("#username", "operator")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Войти')")
    page.wait_for_selector("h1:has-text('Сводка')")

    other_tab = page.context.new_page()
    other_tab.goto("/")
    other_tab.click("button:has-text('Выйти')")
    other_tab.wait_for_selector("text=Вы вышли из системы")
    other_tab.close()

    page.clock.run_for(61_000)  # the panels' refresh is due every minute
    page.wait_for_url("**/login?next=%2F")
    assert SESSION_ENDED in page.inner_text("main")
    page.fill("#username", "operator")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Войти')")
    page.wait_for_selector("h1:has-text('Сводка')")
    assert page.url.endswith("/")
    assert page.locator("#panels form input[name=password]").count() == 0
