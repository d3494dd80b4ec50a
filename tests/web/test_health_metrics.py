"""``/health`` for monitoring and ``/metrics`` for Prometheus."""

from __future__ import annotations

import json

import pytest
from flask import Flask

from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.settings import load_settings
from omis.notify.models import Notification
from omis.web.app import create_app
from web.webtools import SECRET, submit

TOKEN = "metrics-token-123"


def test_health_is_ok_json_without_login_or_secrets(
    monkeypatch: pytest.MonkeyPatch, db_url: str, database: Database
) -> None:
    monkeypatch.setenv("OMIS_DATABASE_URL", db_url)
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", SECRET)
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "123:telegram-secret")
    app = create_app(load_settings(), database)
    response = app.test_client().get("/health")
    assert response.status_code == 200
    assert response.json is not None
    assert response.json["status"] == "ok"
    assert response.json["database"] == {"reachable": True}
    body = response.get_data(as_text=True)
    for secret in (SECRET, "telegram-secret", db_url):
        assert secret not in body


def test_health_fails_with_503_when_a_job_is_failing_without_its_error_text(
    app: Flask, database: Database
) -> None:
    with pytest.raises(RuntimeError), run_job(database, "mail"):
        raise RuntimeError("почтовый ящик недоступен")
    response = app.test_client().get("/health")
    assert response.status_code == 503
    assert response.json is not None
    assert response.json["status"] == "failing"
    [mail] = [job for job in response.json["jobs"] if job["job"] == "mail"]
    assert mail["state"] == "failing"
    assert "завершился ошибкой" in mail["reason"]
    # /health needs no login: an outside system's answer in an error could carry anything.
    # (The body escapes Cyrillic as \\uXXXX: look in what it says, not in its bytes.)
    assert "почтовый ящик недоступен" not in json.dumps(response.json, ensure_ascii=False)


def test_health_is_degraded_when_a_configured_job_never_ran(
    monkeypatch: pytest.MonkeyPatch, db_url: str, database: Database
) -> None:
    monkeypatch.setenv("OMIS_DATABASE_URL", db_url)
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", SECRET)
    monkeypatch.setenv("OMIS_MAIL_BACKEND", "fake")
    response = create_app(load_settings(), database).test_client().get("/health")
    assert response.status_code == 200
    assert response.json is not None
    assert response.json["status"] == "degraded"


def test_health_fails_with_503_when_the_database_is_unreachable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", SECRET)
    unreachable = Database("postgresql+psycopg://omis@127.0.0.1:1/omis?connect_timeout=2")
    app = create_app(load_settings(), unreachable)
    response = app.test_client().get("/health")
    assert response.status_code == 503
    assert response.json == {
        "status": "failing",
        "checked_at": response.json["checked_at"],
        "database": {"reachable": False},
        "jobs": [],
    }


@pytest.fixture
def metrics_app(monkeypatch: pytest.MonkeyPatch, db_url: str, database: Database) -> Flask:
    monkeypatch.setenv("OMIS_DATABASE_URL", db_url)
    monkeypatch.setenv("OMIS_WEB_SECRET_KEY", SECRET)
    monkeypatch.setenv("OMIS_WEB_METRICS_TOKEN", TOKEN)
    return create_app(load_settings(), database)


def test_metrics_are_off_without_a_token_setting(app: Flask) -> None:
    assert app.test_client().get("/metrics").status_code == 404


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}"])
def test_metrics_need_the_bearer_token(metrics_app: Flask, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = metrics_app.test_client().get("/metrics", headers=headers)
    assert response.status_code == 401
    assert "Bearer" in response.headers["WWW-Authenticate"]


def test_metrics_count_from_the_database(metrics_app: Flask, sample, database: Database) -> None:
    with run_job(database, "pos") as job:
        job.count("updated", 3)
    with database.session() as session:
        session.add(
            Notification(channel="telegram", target="-1", kind="reminder", idempotency_key="k",
                         text="...", state="failed", attempts=3, last_error="403")
        )  # fmt: skip
    response = metrics_app.test_client().get(
        "/metrics", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 200
    assert response.content_type.startswith("text/plain; version=0.0.4")
    body = response.get_data(as_text=True)
    assert 'omis_positions{status="заявка отправлена"} 2' in body
    assert 'omis_positions{status="подрядчик убыл"} 0' in body
    assert 'omis_requests{state="open"} 1' in body
    assert 'omis_letters{outcome="unmatched"} 1' in body
    assert "omis_review_queue 1" in body
    assert 'omis_job_runs{job="pos",outcome="success"} 1' in body
    assert 'omis_job_last_outcome{job="pos",outcome="success"} 1' in body
    assert "# TYPE omis_positions gauge" in body
    assert 'omis_notifications{channel="telegram",state="failed"} 1' in body


def test_two_workers_report_the_same_figures(
    metrics_app: Flask, login, sample, database: Database
) -> None:
    other_worker = create_app(metrics_app.extensions["omis"].settings, database)
    submit(login("operator"), "/requests/new", {"number": "77", "positions": "1"})
    headers = {"Authorization": f"Bearer {TOKEN}"}
    figures = [
        worker.test_client().get("/metrics", headers=headers).get_data(as_text=True)
        for worker in (metrics_app, other_worker)
    ]
    assert 'omis_requests{state="open"} 2' in figures[0]
    assert 'omis_requests{state="open"} 2' in figures[1]
