"""Reports: the «Отчёты» page and each figure over 100,000 positions and 1,000,000 history
rows (SQLite, and PostgreSQL when a URL is given).

The store holds a year of work: positions registered evenly over 365 days, each with
ten history rows (its applied steps and repeated letters recorded as not applied), a
letter behind every letter change, 10 % more letters that went to review or were
auto-replies, reminders, and a POS run every 10 minutes. A quarter of the requests name
no contractor, so the report finds the contractor through the letters' senders.

Measured (median of ``--repeats`` runs, wall clock and CPU time of this process): each
figure's library function for the last 30 days (the default), 90 days and the whole year,
and the whole page as the web server renders it (``GET /reports``, logged in) for the same
periods and for the last 30 days with a working calendar (durations in working time).

Usage: ``python bench/reports.py [--positions 100000] [--history 10] [--database-url URL]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from common import emit, timed
from sqlalchemy import insert, text
from werkzeug.security import generate_password_hash

from omis.core import clock
from omis.core.db import Database, open_database
from omis.core.models import JobRun, User
from omis.core.settings import load_settings
from omis.mail.models import Letter
from omis.notify.models import Notification
from omis.reports.figures import FIGURES, compute, report_period
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request, StatusChange

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
YEAR = timedelta(days=365)
CHUNK = 5_000
DOMAINS = ("stroyservis.ru", "energomontazh.ru", "podryad.ru", "elektroset.ru", "gorsvet.ru")
STATUSES = list(Status)
PASSWORD = "bench-password-1"
SECRET = "bench-secret-key-0123456789abcdef"
TARGET = "< 1 s"


def _minutes(i: int, salt: int, low: int, high: int) -> timedelta:
    """A spread of durations without a random generator: the same store every run."""
    return timedelta(minutes=low + (i * 7919 + salt * 104729) % (high - low + 1))


def _timeline(i: int, created: datetime) -> list[tuple[Status, datetime]]:
    """A position's applied steps: six in seven finish, the rest stop on the way."""
    reached = [(Status.SENT, created)]
    moment = created
    for step, (low, high) in enumerate(((5, 50), (10, 100), (20, 140), (30, 300))):
        moment += _minutes(i, step, low, high)
        reached.append((STATUSES[step + 1], moment))
    return reached[: 2 + i % 4] if i % 7 == 0 else reached


def _rows(i: int, per_position: int, step: timedelta) -> dict[str, list[dict[str, Any]]]:
    created = NOW - YEAR + step * i
    reached = _timeline(i, created)
    domain = DOMAINS[i % len(DOMAINS)]
    named = i % 4 != 0  # a quarter of the requests name no contractor
    rows: dict[str, list[dict[str, Any]]] = {"requests": [], "positions": [], "letters": [],
                                             "changes": []}  # fmt: skip
    rows["requests"].append({"id": i + 1, "number": str(100_000 + i), "created_at": created,
                             "contractor_email": f"dispatch@{domain}" if named else None})  # fmt: skip
    last_status, last_at = reached[-1]
    rows["positions"].append({"id": i + 1, "request_id": i + 1, "number": "1",
                              "status": last_status.value, "status_changed_at": last_at,
                              "created_at": created})  # fmt: skip
    previous: Status | None = None
    for index, (status, at) in enumerate(reached):
        letter_id = None
        if index:
            letter_id = i * 8 + index
            rows["letters"].append(_letter(letter_id, at, domain, "applied"))
        rows["changes"].append(_change(i, status, previous, at, "applied", letter_id))
        previous = status
    for extra in range(per_position - len(reached)):
        status, at = reached[min(extra + 1, len(reached) - 1)]
        rows["changes"].append(_change(i, status, last_status, at + timedelta(minutes=3),
                                       "not_applied", None))  # fmt: skip
    if i % 10 == 0:  # letters nobody could attribute, and auto-replies
        review = ("assigned", "dismissed", "open")[i % 3]
        rows["letters"].append(_letter(i * 8 + 6, created, domain, "unmatched", review))
        rows["letters"].append(_letter(i * 8 + 7, created, domain, "ignored"))
    return rows


def _letter(
    id_: int, at: datetime, domain: str, outcome: str, review: str | None = None
) -> dict[str, Any]:
    return {"id": id_, "mailbox": "bench", "message_key": str(id_), "sent_at": at,
            "received_at": at + timedelta(minutes=4), "sender": f"brigada@{domain}",
            "subject": "Заявка", "content_hash": "x", "outcome": outcome, "attachments": [],
            "evidence": [], "review_state": review,
            "reviewed_at": at + timedelta(hours=3) if review in ("assigned", "dismissed") else None}  # fmt: skip


def _change(i: int, status: Status, previous: Status | None, at: datetime, verdict: str,
            letter_id: int | None) -> dict[str, Any]:  # fmt: skip
    return {"position_id": i + 1, "changed_at": at, "recorded_at": at + timedelta(minutes=4),
            "from_status": previous.value if previous else None, "to_status": status.value,
            "verdict": verdict, "actor": "letter" if letter_id else "operator",
            "actor_name": "bench", "letter_id": letter_id}  # fmt: skip


def fill(database: Database, positions: int, per_position: int) -> int:
    """Bulk-insert the year; returns the number of history rows."""
    step = YEAR / positions
    changes = 0
    with database.engine.begin() as connection:
        for start in range(0, positions, CHUNK):
            batch: dict[str, list[dict[str, Any]]] = {"requests": [], "positions": [],
                                                      "letters": [], "changes": []}  # fmt: skip
            for i in range(start, min(positions, start + CHUNK)):
                for key, rows in _rows(i, per_position, step).items():
                    batch[key] += rows
            connection.execute(insert(Request), batch["requests"])
            connection.execute(insert(Position), batch["positions"])
            connection.execute(insert(Letter), batch["letters"])
            connection.execute(insert(StatusChange), batch["changes"])
            changes += len(batch["changes"])
        connection.execute(insert(Notification), list(_notifications(positions)))
        connection.execute(insert(JobRun), list(_pos_runs()))
        connection.execute(insert(User), [{
            "username": "bench", "role": "viewer", "active": True, "failed_logins": 0,
            "password_hash": generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000"),
            "created_at": NOW}])  # fmt: skip
    _analyze(database)
    return changes


def _notifications(positions: int) -> Iterator[dict[str, Any]]:
    for n in range(positions // 5):
        at = NOW - YEAR + YEAR * n / (positions // 5)
        yield {"channel": "telegram", "target": "1", "kind": "escalation" if n % 4 == 0 else "reminder",
               "idempotency_key": f"bench-{n}", "text": "…", "state": "sent", "attempts": 1,
               "created_at": at, "sent_at": at, "position_ids": [n]}  # fmt: skip


def _pos_runs() -> Iterator[dict[str, Any]]:
    for n in range(int(YEAR / timedelta(minutes=10))):
        at = NOW - YEAR + timedelta(minutes=10 * n)
        counts: dict[str, Any] = {"fetched": 500, "to_update": 40, "updated": 38, "already_right": 460,
                                  "unmapped": n % 3, "drift": n % 2, "failed": 2, "retried": 0,
                                  "drift_rows": [[n, "a", "b"]] * 20}  # fmt: skip
        if at > NOW - timedelta(days=60):  # the newer runs record the new figures
            counts.update(installation="default", advanced=12, open_followed=900,
                          open_oldest="2026-06-01",
                          open_by_age={"0-10": 300, "11-30": 300, "31-60": 200, "60+": 100})  # fmt: skip
        yield {"job": "pos", "started_at": at, "finished_at": at + timedelta(seconds=20),
               "outcome": "success", "counts": counts, "host": "bench", "pid": 1}  # fmt: skip


def _analyze(database: Database) -> None:
    if database.dialect == "postgresql":
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("VACUUM ANALYZE"))
    else:
        with database.engine.begin() as connection:
            connection.execute(text("ANALYZE"))


TABLES = ("status_changes", "letters", "positions", "requests", "notifications", "job_runs",
          "users")  # fmt: skip


def empty(database: Database) -> None:
    """A store with nothing in it; on PostgreSQL by TRUNCATE (a DELETE of the letters
    checks every deleted letter against the history, which has no index on letter_id)."""
    with database.engine.begin() as connection:
        if database.dialect == "postgresql":
            connection.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
            return
        for table in TABLES:
            connection.execute(text(f"DELETE FROM {table}"))


SPANS = (("last 30 days", 30), ("last 90 days", 90), ("whole year", 366))


def wall_and_cpu(function: Callable[[], Any], repeats: int) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds of this process over ``repeats`` calls.

    On a shared machine the wall clock also counts the time other programs held the
    cores; with SQLite all the work happens in this process, so its CPU time is what the
    call costs by itself (PostgreSQL's share runs in the server and is not in it)."""
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _figures(name: str, wall: float, cpu: float, target: str | None = None) -> list[dict[str, Any]]:
    return [
        {"name": f"{name}: wall", "value": round(wall * 1000, 1), "unit": "ms", "target": target},
        {"name": f"{name}: CPU of this process", "value": round(cpu * 1000, 1), "unit": "ms"},
    ]


def library_figures(database: Database, repeats: int) -> list[dict[str, Any]]:
    """Each figure alone, in a session of its own (contractors and delays share their
    history query only inside one session, as on the page)."""
    settings = load_settings()
    figures = []
    for label, days in SPANS:
        period = report_period(settings, NOW, (NOW - timedelta(days=days - 1)).date(), None)
        for name in FIGURES:
            wall, cpu = wall_and_cpu(lambda n=name, p=period: _figure(database, n, p), repeats)
            figures += _figures(f"{name}, {label}", wall, cpu)
    return figures


def _figure(database: Database, name: str, period: Any) -> Any:
    with database.session(commit=False) as session:
        return compute(name, session, load_settings(), period, NOW)


def page_seconds(url: str, work: Path, query: str, repeats: int, **env: str) -> tuple[float, float]:
    """Median seconds of ``GET /reports?query`` through the app, logged in."""
    os.environ.update(OMIS_DATABASE_URL=url, OMIS_WEB_SECRET_KEY=SECRET, OMIS_DATA_DIR=str(work),
                      OMIS_LOG_DIR=str(work / "logs"), OMIS_LOG_LEVEL="WARNING", **env)  # fmt: skip
    from omis.web.app import create_app

    app = create_app(testing=True)
    client = app.test_client()
    token = _token(client.get("/login").get_data(as_text=True))
    login = client.post(
        "/login", data={"csrf_token": token, "username": "bench", "password": PASSWORD}
    )
    assert login.status_code == 302, login.status_code

    def get() -> None:
        response = client.get(f"/reports?{query}")
        assert response.status_code == 200, response.status_code

    get()  # warm the caches once
    seconds = wall_and_cpu(get, repeats)
    app.extensions["omis"].dispose()
    app.extensions["omis"].database.dispose()
    for name in env:
        os.environ.pop(name)
    return seconds


def _token(page: str) -> str:
    import re

    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "no CSRF token on /login"
    return found.group(1)


def page_figures(url: str, work: Path, repeats: int) -> list[dict[str, Any]]:
    def since(days: int) -> str:
        return f"since={(NOW - timedelta(days=days - 1)).date()}&until={NOW.date()}"

    cases: list[tuple[str, str, dict[str, str]]] = [
        ("page, last 30 days (the default)", "", {}),
        ("page, last 90 days", since(90), {}),
        ("page, whole year", since(366), {}),
        ("page, last 30 days, working calendar 08:00-20:00 Mon-Fri", "",
         {"OMIS_REMINDER_WORKING_HOURS": "08:00-20:00", "OMIS_REMINDER_WORKING_DAYS": "1,2,3,4,5"}),
    ]  # fmt: skip
    figures = []
    for name, query, env in cases:
        wall, cpu = page_seconds(url, work, query, repeats, **env)
        figures += _figures(name, wall, cpu, TARGET)
    return figures


def with_clock(at: datetime, work: Callable[[], Any]) -> Any:
    """Run ``work`` with OMIS's clock at ``at`` (the page reads now() for its period)."""
    saved = clock._offset
    clock._offset = at - datetime.now(UTC)
    try:
        return work()
    finally:
        clock._offset = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--positions", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=10, help="history rows per position")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    os.environ["OMIS_TIMEZONE"] = "Europe/Moscow"
    with tempfile.TemporaryDirectory(prefix="omis-bench-reports-") as folder:
        work = Path(folder)
        url = args.database_url or f"sqlite:///{work / 'bench.sqlite3'}"
        database = open_database(url)
        empty(database)
        took, changes = timed(lambda: fill(database, args.positions, args.history))
        print(f"filled {args.positions} positions, {changes} history rows in {took:.1f} s",
              file=sys.stderr)  # fmt: skip
        started = time.perf_counter()
        figures = with_clock(NOW, lambda: library_figures(database, args.repeats))
        figures += with_clock(NOW, lambda: page_figures(url, work, args.repeats))
        print(f"measured in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        engine = "PostgreSQL" if database.dialect == "postgresql" else "SQLite"
        print(f"load average while measuring: {os.getloadavg()[0]:.1f}", file=sys.stderr)
        database.dispose()
    for figure in figures:
        figure["name"] = (
            f"{engine}, {args.positions} positions, {changes} history rows: {figure['name']}"
        )
    emit("reports", figures)


if __name__ == "__main__":
    main()
