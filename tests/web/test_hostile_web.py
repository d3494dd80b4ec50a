"""The web UI under attack (issue 16): sessions that really end, login counting that
cannot be raced or turned into a weapon, safe redirects, absurd dates and ids, NUL
characters, CSRF tokens rotated at login, spreadsheet formulas in the export."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from omis.core.db import Database
from omis.core.settings import Settings
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.web.app import create_app
from omis.web.config import SESSION_COOKIE
from web.webtools import PASSWORD, csrf_token, log_in, submit, text

WRONG = "Неверное имя пользователя или пароль"
TOKEN = re.compile(r"[\w-]{20,}\.[\w.-]+")  # the page's CSRF token, new on every page
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_logout_ends_the_session_for_a_copied_cookie(app: Flask, login) -> None:
    client = login("operator")
    cookie = client.get_cookie(SESSION_COOKIE)
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie(SESSION_COOKIE, cookie.value)
    assert thief.get("/").status_code == 200
    submit(client, "/logout", page="/")
    assert thief.get("/").status_code == 302  # the copy stopped working with the logout


def test_disabling_a_user_on_the_users_page_ends_their_sessions(
    app: Flask, users, database: Database
) -> None:
    victim = app.test_client()
    assert log_in(victim, "operator").status_code == 302
    admin = app.test_client()
    assert log_in(admin, "admin").status_code == 302
    submit(admin, f"/users/{users['operator']}/active", {}, page="/users")
    assert victim.get("/").status_code == 302
    with database.session() as session:
        from sqlalchemy import func, select

        from omis.core.models import WebSession

        count = select(func.count()).where(WebSession.user_id == users["operator"])
        assert session.scalar(count) == 0


def test_forty_concurrent_guesses_get_at_most_five_password_checks(app: Flask, users) -> None:
    clients = [app.test_client() for _ in range(40)]
    tokens = [csrf_token(client, "/login") for client in clients]
    start = threading.Barrier(len(clients))
    answers: list[str] = []

    def guess(client: FlaskClient, token: str) -> None:
        data = {"username": "admin", "password": "guess-123", "csrf_token": token}
        start.wait()
        answers.append(text(client.post("/login", data=data)))

    threads = [
        threading.Thread(target=guess, args=pair) for pair in zip(clients, tokens, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 40
    assert sum(WRONG in answer for answer in answers) == 5  # OMIS_WEB_LOGIN_MAX_FAILURES


def _attempts(app: Flask, name: str, times: int) -> list[tuple[int, str]]:
    client = app.test_client()
    answers = []
    for _ in range(times):
        response = log_in(client, name, "wrong-password")
        page = TOKEN.sub("TOKEN", text(response).replace(name, "NAME"))
        answers.append((response.status_code, page))
    return answers


def test_existing_and_unknown_names_are_answered_identically(
    app: Flask, users, time_machine
) -> None:
    time_machine.move_to(T0, tick=False)
    existing = _attempts(app, "admin", 7)
    unknown = _attempts(app, "nosuchuser", 7)
    assert existing == unknown
    assert "заблокирован до" in existing[-1][1]


def test_the_per_name_lock_is_short(app: Flask, users, time_machine) -> None:
    time_machine.move_to(T0, tick=False)
    _attempts(app, "admin", 6)
    client = app.test_client()
    assert "заблокирован до" in text(log_in(client, "admin"))
    time_machine.move_to(T0 + timedelta(minutes=1, seconds=1), tick=False)
    assert log_in(client, "admin").status_code == 302  # OMIS_WEB_LOGIN_LOCK_MINUTES=1


def test_guessing_from_one_address_is_limited_across_names_and_workers(
    app: Flask, users, web_settings: Settings, database: Database, time_machine
) -> None:
    time_machine.move_to(T0, tick=False)
    other_worker = create_app(web_settings, database)
    try:
        for number in range(20):  # OMIS_WEB_LOGIN_ADDRESS_MAX_FAILURES
            worker = app if number % 2 else other_worker
            assert log_in(worker.test_client(), f"name{number}", "x").status_code == 200
        refused = log_in(app.test_client(), "admin", PASSWORD)
        assert refused.status_code == 429
        assert "с этого адреса" in text(refused)
        time_machine.move_to(T0 + timedelta(minutes=11), tick=False)
        assert log_in(other_worker.test_client(), "admin", PASSWORD).status_code == 302
    finally:
        other_worker.extensions["omis"].dispose()


@pytest.mark.parametrize(
    "target",
    ["/%09/evil.example", "/%0d%0aSet-Cookie:%20x=1", "/%0a/evil.example", "/%20/evil.example"],
)
def test_next_with_control_characters_never_leaves_the_site(
    client: FlaskClient, users, target: str
) -> None:
    data = {"username": "viewer", "password": PASSWORD, "csrf_token": csrf_token(client, "/login")}
    response = client.post(f"/login?next={target}", data=data)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_csrf_token_changes_at_login(client: FlaskClient, users) -> None:
    before = csrf_token(client, "/login")
    data = {"username": "operator", "password": PASSWORD, "csrf_token": before}
    assert client.post("/login", data=data).status_code == 302
    after = csrf_token(client, "/requests/new")
    assert after != before
    stale = client.post(
        "/requests/new", data={"number": "1", "positions": "1", "csrf_token": before}
    )
    assert stale.status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/requests?date_from=0001-01-01",
        "/requests?date_to=9999-12-31",
        "/letters?date_from=0001-01-01",
        "/letters?date_to=9999-12-31",
        "/requests/export.csv?date_to=9999-12-31",
    ],
)
def test_absurd_dates_in_filters_are_a_clear_400(login, url: str) -> None:
    response = login("viewer").get(url)
    assert response.status_code == 400
    assert "вне допустимого периода: годы с 1900 по 2999" in text(response)


FIELD_ERROR = re.compile(r'<div class="field invalid">\s*<label for="date_from">.*?</label>.*?'
                         r'<span class="error" role="alert">([^<]*)</span>', re.S)  # fmt: skip
OUT_OF_RANGE = "Дата 01.01.0001 вне допустимого периода: годы с 1900 по 2999"


@pytest.mark.parametrize(
    "url",
    [
        "/letters/replay?date_from=0001-01-01",
        "/letters/export?format=csv&date_from=0001-01-01",
        "/letters/export?format=json&date_from=0001-01-01",
    ],
)
def test_an_absurd_letters_date_is_a_400_with_the_message_at_the_field(login, url: str) -> None:
    response = login("admin").get(url)
    assert response.status_code == 400
    assert FIELD_ERROR.findall(text(response)) == [OUT_OF_RANGE]


def test_an_absurd_replay_date_changes_nothing_and_is_said_at_the_field(login) -> None:
    client = login("admin")
    response = submit(client, "/letters/replay", {"date_from": "0001-01-01"})
    assert response.status_code == 422
    assert FIELD_ERROR.findall(text(response)) == [OUT_OF_RANGE]
    # A bad export format is not a date problem: said plainly, still a 400.
    wrong = client.get("/letters/export?format=xml")
    assert (wrong.status_code, text(wrong)) == (400, "Формат выгрузки: csv или json")


@pytest.mark.parametrize(
    "url", ["/letters/100000000000000000000", "/review/100000000000000000000", "/letters/0"]
)
def test_ids_no_row_can_have_are_404(login, url: str) -> None:
    assert login("viewer").get(url).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        f"/letters/{'9' * 23}/undo",
        f"/review/{'9' * 23}/assign",
        f"/review/{'9' * 23}/dismiss",
        f"/review/{'9' * 23}/accept-once",
        f"/review/{'9' * 23}/add-sender",
    ],
)
def test_actions_on_ids_no_row_can_have_are_404(login, url: str) -> None:
    assert login("operator").post(url, data={"reason": "x"}).status_code == 404


@pytest.mark.parametrize("url", ["/requests?q=%00", "/letters?q=%00", "/requests?q=45%0012"])
def test_nul_in_a_search_box_is_ignored_on_every_engine(login, sample, url: str) -> None:
    assert login("viewer").get(url).status_code == 200


def test_nul_in_the_export_filter_still_gives_the_whole_file(login, sample) -> None:
    response = login("viewer").get("/requests/export.csv?q=%00")
    body = text(response)
    assert response.status_code == 200
    assert body.startswith("\ufeffrequest_number,")
    assert body.count("\r\n") == 3  # the header and both positions of 4512


def test_nul_in_an_address_is_a_400(login) -> None:
    assert login("viewer").get("/requests/45%0012").status_code == 400


def test_web_export_neutralises_spreadsheet_formulas(login, database: Database) -> None:
    with database.session() as session:
        for position, comment in (("1", '=HYPERLINK("http://evil.example","x")'), ("2", "@SUM(1)")):
            new = store.NewPosition("77", position, comment, "+7 900")
            store.add_position(session, new, actor=Actor.OPERATOR)
    body = text(login("viewer").get("/requests/export.csv"))
    assert "'=HYPERLINK" in body
    assert "'@SUM(1)" in body
    assert "'+7 900" in body
    assert ",=" not in body
    assert ",@" not in body


def test_metrics_print_timestamps_in_full(
    database: Database, web_settings: Settings, monkeypatch: pytest.MonkeyPatch, time_machine
) -> None:
    """Six significant digits put the last success up to 5,000 s off."""
    from omis.core.jobs import run_job
    from omis.core.settings import load_settings

    finished = datetime.fromtimestamp(1_795_983_210.5, UTC)
    time_machine.move_to(finished, tick=False)
    with run_job(database, "mail"):
        pass
    monkeypatch.setenv("OMIS_WEB_METRICS_TOKEN", "metrics-token-123")
    metrics_app = create_app(load_settings(), database)
    try:
        response = metrics_app.test_client().get(
            "/metrics", headers={"Authorization": "Bearer metrics-token-123"}
        )
    finally:
        metrics_app.extensions["omis"].dispose()
    assert 'omis_job_last_success_timestamp_seconds{job="mail"} 1.7959832105e+09' in text(response)
