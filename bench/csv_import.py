"""CSV import of positions through the web UI: check, then «Загрузить», on a stored base.

For each size in ``--positions`` (5,000 and 20,000 by default; 200 positions a request,
a 40-character comment each, as an operator's file), a fresh SQLite store is filled with
``--existing`` positions by bulk inserts, then the file goes through the web's own code
path: the Flask app with CSRF on, a logged-in operator, ``POST /requests/import`` (the
check) and ``POST /requests/import/confirm`` with the fields the preview page shows.
Prints, medians of ``--repeats`` runs: the seconds of each step, the longest write
transaction of the confirmation (how long every other writer, the mail job included,
waits on SQLite's lock) and milliseconds per position. Nothing here passes or fails.

Usage: ``python bench/csv_import.py [--positions 5000 20000] [--existing 50000]``.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from common import emit, timed
from flask.testing import FlaskClient
from sqlalchemy import Engine, event, func, insert, select
from werkzeug.security import generate_password_hash

from omis.core.clock import now
from omis.core.db import Database, open_database
from omis.core.models import User
from omis.core.settings import load_settings
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request, StatusChange
from omis.web.app import create_app

SECRET = "bench-secret-key-0123456789abcdef"
PASSWORD = "bench-password-1"
PER_REQUEST = 200
BATCH = 5_000
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
CONFIRM_FORM = re.compile(r'<form[^>]*action="/requests/import/confirm".*?</form>', re.S)
INPUT = re.compile(r"<input\b[^>]*>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def fill(database: Database, count: int) -> None:
    """``count`` stored positions (one a request, each with its registration row) and the
    operator who imports."""
    moment = now() - timedelta(days=30)
    with database.engine.begin() as connection:
        for start in range(0, count, BATCH):
            ids = range(start + 1, min(count, start + BATCH) + 1)
            connection.execute(insert(Request), [
                {"id": i, "number": str(i), "created_at": moment} for i in ids
            ])  # fmt: skip
            connection.execute(insert(Position), [
                {"id": i, "request_id": i, "number": "1", "status": Status.SENT.value,
                 "status_changed_at": moment, "created_at": moment} for i in ids
            ])  # fmt: skip
            connection.execute(insert(StatusChange), [
                {"position_id": i, "changed_at": moment, "recorded_at": moment,
                 "to_status": Status.SENT.value, "verdict": "applied", "actor": "import"}
                for i in ids
            ])  # fmt: skip
        connection.execute(insert(User), [
            {"username": "bench", "role": "operator", "active": True, "failed_logins": 0,
             "password_hash": generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000"),
             "created_at": now()}
        ])  # fmt: skip


def operator_file(positions: int) -> bytes:
    rows = "".join(
        f"{900_000 + i // PER_REQUEST},{i % PER_REQUEST + 1},{'Замена кабеля на опоре №' + str(i):<40},Петров,\n"
        for i in range(positions)
    )  # fmt: skip
    return ("request_number,position_number,comment,comment_author,contractor\n" + rows).encode()


class WriteLocks:
    """Seconds between BEGIN and COMMIT (or ROLLBACK) of each write transaction."""

    def __init__(self, engine: Engine) -> None:
        self.held: list[float] = []
        self._began = 0.0
        event.listen(engine, "begin", self._begin)
        event.listen(engine, "commit", self._end)
        event.listen(engine, "rollback", self._end)

    def _begin(self, _connection: Any) -> None:
        self._began = time.perf_counter()

    def _end(self, _connection: Any) -> None:
        if self._began:
            self.held.append(time.perf_counter() - self._began)
            self._began = 0.0


def logged_in(client: FlaskClient) -> None:
    token = TOKEN.search(client.get("/login").get_data(as_text=True))
    assert token, "no CSRF token on /login"
    data = {"csrf_token": token.group(1), "username": "bench", "password": PASSWORD}
    assert client.post("/login", data=data).status_code == 302


def confirm_fields(page: str) -> dict[str, str]:
    """Every field the «Загрузить» form sends, as the preview shows it."""
    form = CONFIRM_FORM.search(page)
    assert form, "the preview has no «Загрузить» button: " + page[-500:]
    fields = {}
    for tag in INPUT.findall(form.group(0)):
        attributes = dict(ATTRIBUTE.findall(tag))
        fields[attributes["name"]] = attributes.get("value", "")
    return fields


def one_run(positions: int, existing: int, work: Path) -> dict[str, float]:
    url = f"sqlite:///{work / 'bench.sqlite3'}"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work / 'bench.sqlite3'}{suffix}").unlink(missing_ok=True)
    database = open_database(url)
    fill(database, existing)
    os.environ.update({"OMIS_DATABASE_URL": url, "OMIS_WEB_SECRET_KEY": SECRET,
                       "OMIS_DATA_DIR": str(work), "OMIS_LOG_DIR": str(work / "logs")})  # fmt: skip
    app = create_app(load_settings(), database)
    client = app.test_client()
    logged_in(client)
    content = operator_file(positions)
    token = TOKEN.search(client.get("/requests/import").get_data(as_text=True))
    assert token
    check_seconds, preview = timed(lambda: client.post(
        "/requests/import", content_type="multipart/form-data",
        data={"csrf_token": token.group(1), "file": (io.BytesIO(content), "bench.csv")},
    ))  # fmt: skip
    fields = confirm_fields(preview.get_data(as_text=True))
    locks = WriteLocks(database.engine)
    confirm_seconds, response = timed(lambda: client.post("/requests/import/confirm", data=fields))
    assert response.status_code == 302, response.get_data(as_text=True)[-500:]
    with database.session() as session:
        stored = session.scalar(select(func.count(Position.id)))
    assert stored == existing + positions, (stored, existing, positions)
    app.extensions["omis"].dispose()
    database.dispose()
    return {"check": check_seconds, "confirm": confirm_seconds, "lock": max(locks.held),
            "megabytes": len(content) / 1024 / 1024}  # fmt: skip


def figures_for(positions: int, runs: list[dict[str, float]]) -> list[dict[str, Any]]:
    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    size = f"{positions:,} positions ({median('megabytes'):.1f} MB)"
    return [
        {"name": f"check step, {size}", "value": round(median("check"), 2), "unit": "s"},
        {"name": f"«Загрузить», {size}", "value": round(median("confirm"), 2), "unit": "s"},
        {"name": f"write lock held by «Загрузить», {size}", "value": round(median("lock"), 2),
         "unit": "s"},
        {"name": f"«Загрузить» per position, {size}",
         "value": round(median("confirm") * 1000 / positions, 3), "unit": "ms"},
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--positions", type=int, nargs="+", default=[5_000, 20_000])
    parser.add_argument("--existing", type=int, default=50_000, help="positions stored before")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="omis-bench-import-") as folder:
        for positions in args.positions:
            runs = [one_run(positions, args.existing, Path(folder)) for _ in range(args.repeats)]
            figures += figures_for(positions, runs)
    emit("CSV import (web)", figures)


if __name__ == "__main__":
    main()
