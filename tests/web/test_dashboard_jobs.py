"""The dashboard and the job history."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.settings import Settings, load_settings
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.web.app import create_app
from web.webtools import log_in, text


def test_dashboard_counts_delays_changes_and_jobs(
    login, database: Database, time_machine, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    time_machine.move_to(start, tick=False)
    with database.session() as session:
        store.add_position(session, store.NewPosition("31", "1"), actor=Actor.IMPORT)
        store.add_position(session, store.NewPosition("32", "1"), actor=Actor.IMPORT)
    time_machine.move_to(start + timedelta(minutes=50), tick=False)
    with database.session() as session:
        store.add_position(session, store.NewPosition("33", "1"), actor=Actor.IMPORT)
    with pytest.raises(RuntimeError), run_job(database, "mail"):
        raise RuntimeError("IMAP: authentication failed")
    time_machine.move_to(start + timedelta(minutes=95), tick=False)
    body = text(login("viewer").get("/"))
    assert "Задерживаются сейчас" in body
    assert "1 ч 35 мин" in body  # 31 and 32 are 95 minutes old; 33 is 45 minutes old
    assert "45 мин" not in body
    assert "IMAP: authentication failed" in body
    assert "разбор почты" in body
    assert "№33" in body  # recent changes


def test_dashboard_shows_outside_systems_as_configured(
    monkeypatch: pytest.MonkeyPatch, login
) -> None:
    body = text(login("viewer").get("/"))
    assert "Почта подрядчиков" in body
    assert "СЭД «Дело»" in body
    assert body.count("не настроено") >= 4


def test_dashboard_panels_refresh_through_htmx(login) -> None:
    body = text(login("viewer").get("/", headers={"HX-Request": "true"}))
    assert "<html" not in body
    assert "Задерживаются сейчас" in body


def test_jobs_page_lists_runs_and_filters(login, database: Database) -> None:
    with run_job(database, "pos") as job:
        job.count("updated", 7)
    with pytest.raises(RuntimeError), run_job(database, "mail"):
        raise RuntimeError("нет связи")
    client = login("viewer")
    body = text(client.get("/jobs"))
    assert "обновлено: 7" in body
    assert "нет связи" in body
    filtered = text(client.get("/jobs?job=pos"))
    assert "обновлено: 7" in filtered
    assert "нет связи" not in filtered
    assert "нет связи" in text(client.get("/jobs?outcome=failed"))


def test_dashboard_lists_jobs_that_never_ran(login, database: Database) -> None:
    with run_job(database, "mail"):
        pass
    client = login("viewer")
    body = text(client.get("/"))
    assert "напоминания" in body  # the reminders job: no run yet, still listed
    assert "не запускалось" in body
    never_ran = client.get("/jobs?job=notify")
    assert never_ran.status_code == 200
    assert "Запусков ещё не было" in text(never_ran)


def test_jobs_page_shows_counts_in_words_without_details(login, database: Database) -> None:
    with run_job(database, "pos") as job:
        job.count("fetched", 12)
        job.counts["unmapped_values"] = {"Не зарегистрировано": 3}
        job.counts["window"] = ["2026-11-16T05:53:01+03:00", "2026-11-23T05:53:01+03:00"]
    body = text(login("viewer").get("/jobs"))
    assert "прочитано: 12" in body
    assert "unmapped_values" not in body
    assert "2026-11-16T05:53" not in body


def test_dashboard_lists_the_longest_delayed_first_under_per_status_limits(
    web_settings: Settings,
    database: Database,
    users: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # «заявка принята» may last ten hours; every other status one hour (the default).
    monkeypatch.setenv("OMIS_REMINDER_STATUS_LIMITS", '{"заявка принята": 600}')
    moment = now()
    with database.session() as session:
        for number, minutes, status in (
            *((f"5{n:02}", 70 + n, Status.SENT) for n in range(12)),  # delayed
            *((f"6{n:02}", 120 + n, Status.ACCEPTED) for n in range(10)),  # within its limit
            *((f"7{n:02}", 700 + n, Status.ACCEPTED) for n in range(8)),  # delayed
        ):
            at = moment - timedelta(minutes=minutes)
            created = store.add_position(
                session, store.NewPosition(number, "1"), actor=Actor.IMPORT, created_at=at
            )
            if status is not Status.SENT:
                event = store.StatusEvent(status, Actor.OPERATOR, "op", "тест", at=at)
                store.change_status(session, created, event)
    app = create_app(load_settings(), database)
    try:
        client = app.test_client()
        log_in(client, "viewer")
        body = text(client.get("/"))
    finally:
        app.extensions["omis"].dispose()
    panel = body[body.index("Задерживаются сейчас") : body.index("все задержанные")]
    shown = re.findall(r"№(\d+)</a> / 1", panel)
    oldest_first = [f"7{n:02}" for n in reversed(range(8))] + [
        f"5{n:02}" for n in reversed(range(12))
    ]
    assert shown == oldest_first[:15]
    assert "все задержанные (20)" in body
