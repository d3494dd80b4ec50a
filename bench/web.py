"""Web UI: page latency and throughput through gunicorn on a large store.

Fills a fresh database with N requests (one position each) and ``--history`` status rows
per position by bulk inserts, starts ``gunicorn omis.web.wsgi:app`` with ``--workers``
processes, logs in like a browser (CSRF token from the form), then measures:

* p50/p95 latency of the requests list (unfiltered, filtered), a request page, the dashboard
  (``--samples`` sequential GETs each, keep-alive connection);
* requests per second of a mix of those pages from ``--clients`` concurrent sessions, and
  the CPU time gunicorn and the client spent per page. The client runs on the same cores,
  so the server's own capacity on two cores is also given: 2 cores / server CPU per page;
* the same load against a minimal Flask page served by the same gunicorn set-up in the
  same run, and the ratio of OMIS's pages/s to it: a figure that says how much OMIS's own
  work costs, whatever the machine (target >= 0.5).

Usage: ``python bench/web.py [--requests 100000] [--database-url URL]`` (SQLite in a temp
folder by default; PostgreSQL if a URL is given, its tables are emptied first).
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import psutil
from common import emit, percentile, timed
from sqlalchemy import insert, text
from werkzeug.security import generate_password_hash

from omis.core.clock import now
from omis.core.db import Database, open_database
from omis.core.models import User
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request, StatusChange, fold

SECRET = "bench-secret-key-0123456789abcdef"
PASSWORD = "bench-password-1"
BATCH = 5_000
DOMAINS = ("stroyservis.ru", "energomontazh.ru", "podryad.ru", "elektroset.ru")
COMMENTS = ("Замена кабеля на опоре", "Ремонт щита", "Осмотр ТП", None)
STATUSES = list(Status)
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
P95_TARGET_MS = 50.0
RATIO_TARGET = 0.5
# The baseline: one small HTML page from a bare Flask app, nothing else.
MINIMAL_APP = """
from flask import Flask

app = Flask(__name__)
PAGE = "<!doctype html><title>OMIS</title><h1>Заявки</h1>" + "<p>строка</p>" * 40


@app.get("/")
def index():
    return PAGE
"""


def request_rows(start: int, stop: int, base: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": i + 1,
            "number": str(100_000 + i),
            "created_at": base + timedelta(minutes=i),
            "created_by": "bench",
            "contractor_email": f"dispatch@{DOMAINS[i % len(DOMAINS)]}",
        }
        for i in range(start, stop)
    ]


def position_rows(start: int, stop: int, base: Any, history: int) -> list[dict[str, Any]]:
    # Most positions are finished; every 7th stops early, so "delayed" finds real work.
    return [
        {
            "id": i + 1,
            "request_id": i + 1,
            "number": "1",
            "status": (STATUSES[i % 4] if i % 7 == 0 else Status.LEFT).value,
            "status_changed_at": base + timedelta(minutes=i, seconds=history),
            "comment": COMMENTS[i % len(COMMENTS)],
            "comment_search": fold(COMMENTS[i % len(COMMENTS)]),
            "created_at": base + timedelta(minutes=i),
        }
        for i in range(start, stop)
    ]


def history_rows(start: int, stop: int, base: Any, history: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(start, stop):
        for step in range(history):
            status = STATUSES[min(step, len(STATUSES) - 1)]
            rows.append(
                {
                    "position_id": i + 1,
                    "changed_at": base + timedelta(minutes=i, seconds=step),
                    "from_status": STATUSES[min(step - 1, len(STATUSES) - 1)].value
                    if step
                    else None,
                    "to_status": status.value,
                    "verdict": "applied" if step < len(STATUSES) else "not_applied",
                    "reason": "Бригада выехала." if step % 2 else None,
                    "actor": "mail" if step else "import",
                    "actor_name": "bench",
                }
            )
    return rows


def fill(database: Database, count: int, history: int) -> None:
    """Bulk-insert ``count`` requests, their positions and ``history`` rows each."""
    base = now() - timedelta(minutes=count + 60 * 24)
    with database.engine.begin() as connection:
        for start in range(0, count, BATCH):
            stop = min(count, start + BATCH)
            connection.execute(insert(Request), request_rows(start, stop, base))
            connection.execute(insert(Position), position_rows(start, stop, base, history))
            connection.execute(insert(StatusChange), history_rows(start, stop, base, history))
        connection.execute(
            insert(User),
            [{"username": "bench", "role": "admin", "active": True, "failed_logins": 0,
              "password_hash": generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000"),
              "created_at": now()}],
        )  # fmt: skip
    if database.dialect == "postgresql":
        with database.engine.begin() as connection:
            for table in ("requests", "positions", "users"):
                connection.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"(SELECT max(id) FROM {table}))")
                )  # fmt: skip
        # A live store's autovacuum keeps the visibility map current, which index-only
        # scans (the counts) rely on; a freshly bulk-filled table has none yet.
        autocommit = database.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        with autocommit as connection:
            connection.execute(text("VACUUM ANALYZE"))


def empty(database: Database) -> None:
    with database.engine.begin() as connection:
        for table in ("status_changes", "positions", "requests", "users"):
            connection.execute(text(f"DELETE FROM {table}"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def gunicorn(
    url: str, workers: int, work: Path, app: str = "omis.web.wsgi:app"
) -> Iterator[tuple[str, int]]:
    """A gunicorn master on a free port; yields its base URL and pid, stops it afterwards."""
    port = free_port()
    env = {**os.environ, "OMIS_DATABASE_URL": url, "OMIS_WEB_SECRET_KEY": SECRET,
           "OMIS_LOG_DIR": str(work / "logs"), "OMIS_DATA_DIR": str(work), "OMIS_LOG_LEVEL": "WARNING"}  # fmt: skip
    command = [str(Path(sys.executable).parent / "gunicorn"), "-w", str(workers),
               "-b", f"127.0.0.1:{port}", "--log-level", "warning", "--chdir", str(work), app]  # fmt: skip
    process = subprocess.Popen(command, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with code {process.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code in (200, 404, 503):
                return
        except httpx.TransportError:
            time.sleep(0.2)  # bounded: polling a starting server, 60 s at most
    raise SystemExit("gunicorn did not answer within 60 s")


def logged_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    found = TOKEN.search(client.get("/login").text)
    assert found, "no CSRF token on /login"
    data = {"csrf_token": found.group(1), "username": "bench", "password": PASSWORD}
    response = client.post("/login", data=data)
    assert response.status_code == 302, response.text[:500]
    return client


def pages(count: int) -> dict[str, str]:
    middle = str(100_000 + count // 2)
    return {
        "requests list": "/requests",
        "requests list, filtered": f"/requests?status={Status.ON_SITE.value}&domain=podryad.ru&q=щит",
        "requests list, delayed": "/requests?delayed=y",
        "request page": f"/requests/{middle}",
        "dashboard": "/",
    }


def latency(client: httpx.Client, path: str, samples: int) -> list[float]:
    client.get(path)  # warm the worker's caches once
    seconds = []
    for _ in range(samples):
        took, response = timed(lambda: client.get(path))
        assert response.status_code == 200, f"{path}: {response.status_code}"
        seconds.append(took)
    return seconds


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and all its children (gunicorn's workers)."""
    process = psutil.Process(pid)
    return sum(
        times.user + times.system for p in [process, *process.children(recursive=True)]
        for times in [p.cpu_times()]
    )  # fmt: skip


def throughput(
    sessions: list[httpx.Client], paths: list[str], total: int, server: int
) -> dict[str, float]:
    """Pages per second, and CPU milliseconds per page spent by the server and the client."""
    clients = len(sessions)

    def work(index: int) -> None:
        client = sessions[index % clients]
        for step in range(total // clients):
            assert client.get(paths[(index + step) % len(paths)]).status_code == 200

    me = psutil.Process()
    server_before, client_before = cpu_seconds(server), sum(me.cpu_times()[:2])
    with ThreadPoolExecutor(clients) as pool:
        took, _ = timed(lambda: list(pool.map(work, range(clients))))
    pages = (total // clients) * clients
    return {
        "rps": pages / took,
        "server_ms": (cpu_seconds(server) - server_before) * 1000 / pages,
        "client_ms": (sum(me.cpu_times()[:2]) - client_before) * 1000 / pages,
    }


def figures_for(
    base: str, server: int, count: int, args: argparse.Namespace
) -> list[dict[str, Any]]:
    client = logged_in(base)
    figures: list[dict[str, Any]] = []
    for name, path in pages(count).items():
        seconds = latency(client, path, args.samples)
        for label, fraction in (("p50", 0.5), ("p95", 0.95)):
            value = round(percentile(seconds, fraction) * 1000, 1)
            target = f"< {P95_TARGET_MS:g} ms" if label == "p95" else None
            figures.append(
                {"name": f"{name} {label}", "value": value, "unit": "ms", "target": target}
            )
    sessions = [logged_in(base) for _ in range(args.clients)]
    mix = throughput(sessions, list(pages(count).values()), args.mix, server)
    cores = 2
    figures += [
        {"name": f"pages/s ({args.workers} gunicorn workers, {args.clients} clients on the same cores)",
         "value": round(mix["rps"]), "unit": "req/s"},
        {"name": "server CPU per page (gunicorn master and workers)", "value": round(mix["server_ms"], 2), "unit": "ms"},
        {"name": "client CPU per page (the load generator)", "value": round(mix["client_ms"], 2), "unit": "ms"},
        {"name": f"server capacity on {cores} cores ({cores} / server CPU per page)",
         "value": round(cores * 1000 / mix["server_ms"]), "unit": "req/s"},
    ]  # fmt: skip
    return figures


def baseline_figures(work: Path, args: argparse.Namespace) -> tuple[float, list[dict[str, Any]]]:
    """The minimal Flask page under the same gunicorn set-up and the same client load."""
    (work / "minimal_flask.py").write_text(MINIMAL_APP, encoding="utf-8")
    with gunicorn("sqlite://", args.workers, work, "minimal_flask:app") as (base, server):
        sessions = [httpx.Client(base_url=base, timeout=30) for _ in range(args.clients)]
        seconds = latency(sessions[0], "/", args.samples)
        mix = throughput(sessions, ["/"], args.mix, server)
    return mix["rps"], [
        {"name": "minimal Flask page p95 (same gunicorn set-up)",
         "value": round(percentile(seconds, 0.95) * 1000, 1), "unit": "ms"},
        {"name": f"minimal Flask page pages/s ({args.workers} workers, {args.clients} clients)",
         "value": round(mix["rps"]), "unit": "req/s"},
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=10)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--mix", type=int, default=2_000, help="pages fetched for pages/s")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="omis-bench-web-") as folder:
        work = Path(folder)
        url = args.database_url or f"sqlite:///{work / 'bench.sqlite3'}"
        database = open_database(url)
        empty(database)
        took, _ = timed(lambda: fill(database, args.requests, args.history))
        database.dispose()
        print(f"filled {args.requests} requests, {args.requests * args.history} history rows "
              f"in {took:.1f} s")  # fmt: skip
        with gunicorn(url, args.workers, work) as (base, server):
            figures = figures_for(base, server, args.requests, args)
        minimal_rps, baseline = baseline_figures(work, args)
    omis_rps = next(f["value"] for f in figures if str(f["name"]).startswith("pages/s"))
    figures += [
        *baseline,
        {"name": "OMIS pages/s ÷ minimal Flask pages/s (same run)",
         "value": round(omis_rps / minimal_rps, 2), "unit": "", "target": f">= {RATIO_TARGET:g}"},
    ]  # fmt: skip
    emit("web", figures)


if __name__ == "__main__":
    main()
