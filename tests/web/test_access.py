"""Every route: anonymous visitors go to the login page, a role too weak gets 403, and a
state-changing request without a CSRF token gets 400."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from web.webtools import csrf_token, text

READ_PAGES = [
    "/",
    "/requests",
    "/requests/export.csv",
    "/requests/4512",
    "/review",
    "/review/{letter}",
    "/letters",
    "/letters/{letter}",
    "/notifications",
    "/pos",
    "/jobs",
    "/sandbox",
]
OPERATOR_PAGES = ["/requests/new", "/requests/import"]
ADMIN_PAGES = ["/users"]

# (url, role needed)
ACTIONS = [
    ("/requests/new", "operator"),
    ("/requests/import", "operator"),
    ("/requests/import/confirm", "operator"),
    ("/requests/4512/status", "operator"),
    ("/requests/4512/comment", "operator"),
    ("/requests/4512/positions", "operator"),
    ("/requests/4512/close", "operator"),
    ("/review/{letter}/assign", "operator"),
    ("/review/{letter}/dismiss", "operator"),
    ("/sandbox", "viewer"),
    ("/users", "admin"),
    ("/users/{user}/role", "admin"),
    ("/users/{user}/active", "admin"),
    ("/users/{user}/password", "admin"),
    ("/users/{user}/unlock", "admin"),
    ("/pos/failed/1/dismiss", "operator"),
    ("/pos/failed/1/retry", "operator"),
    ("/logout", "viewer"),
]


@pytest.fixture
def fill(sample, users) -> Callable[[str], str]:
    def do(url: str) -> str:
        return url.format(letter=sample.review_letter_id, user=users["viewer"])

    return do


@pytest.mark.parametrize("url", READ_PAGES + OPERATOR_PAGES + ADMIN_PAGES)
def test_anonymous_visitor_is_sent_to_login(client: FlaskClient, fill, url: str) -> None:
    response = client.get(fill(url))
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


@pytest.mark.parametrize(("url", "_role"), ACTIONS)
def test_anonymous_post_is_sent_to_login(client: FlaskClient, fill, url: str, _role: str) -> None:
    token = csrf_token(client, "/login")
    response = client.post(fill(url), data={"csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


@pytest.mark.parametrize("url", READ_PAGES)
def test_viewer_reads_every_page(login, fill, url: str) -> None:
    response = login("viewer").get(fill(url))
    assert response.status_code == 200, text(response)[:500]


@pytest.mark.parametrize(
    ("role", "url"),
    [("viewer", url) for url in OPERATOR_PAGES + ADMIN_PAGES]
    + [("operator", url) for url in ADMIN_PAGES],
)
def test_page_beyond_role_is_forbidden(login, fill, role: str, url: str) -> None:
    response = login(role).get(fill(url))
    assert response.status_code == 403
    assert "Доступ запрещён" in text(response)


WEAKER = {"operator": "viewer", "admin": "operator"}


@pytest.mark.parametrize(("url", "role"), [(u, r) for u, r in ACTIONS if r in WEAKER])
def test_action_beyond_role_is_forbidden(login, fill, url: str, role: str) -> None:
    client = login(WEAKER[role])
    response = client.post(fill(url), data={"csrf_token": csrf_token(client, "/")})
    assert response.status_code == 403


@pytest.mark.parametrize(("url", "_role"), ACTIONS)
def test_post_without_csrf_token_is_refused(login, fill, url: str, _role: str) -> None:
    response = login("admin").post(fill(url), data={"reason": "x", "status": "заявка принята"})
    assert response.status_code == 400
    assert "CSRF" in text(response)


def test_post_with_forged_csrf_token_is_refused(login, sample) -> None:
    client = login("operator")
    data = {"csrf_token": "forged", "position": "1", "status": "заявка принята", "reason": "x"}
    assert client.post("/requests/4512/status", data=data).status_code == 400


@pytest.mark.parametrize(
    "url", ["/requests/777", "/letters/999999", "/review/999999", "/no-such-page"]
)
def test_unknown_id_gives_russian_404(login, sample, url: str) -> None:
    response = login("viewer").get(url)
    assert response.status_code == 404
    body = text(response)
    assert "не найден" in body
    assert "Traceback" not in body


def test_health_needs_no_login(client: FlaskClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json is not None
    assert response.json["status"] in ("ok", "degraded")


def test_security_headers_on_every_page(login) -> None:
    response = login("viewer").get("/")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"
