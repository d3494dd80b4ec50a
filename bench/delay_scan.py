"""Delay scan: find the delayed positions among 1,000,000 (SQLite and PostgreSQL).

Builds a table where 95 % of positions are finished and the open ones spread over the
last two days, then times (median of --repeats) the index-driven delay query and the
notifier's full candidate query (joined with requests and reminder state). Target from
the issue: under 100 ms with the right index.

Usage: ``python bench/delay_scan.py [--positions N] [--repeats R] [--pg-url URL]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from common import emit, median_seconds, timed
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url

from omis.core.db import Database, open_database
from omis.reminders.rules import policy_from_settings
from omis.reminders.scan import delayed_candidates, delayed_ids_query
from omis.requests.lifecycle import Status
from omis.requests.models import Position, Request

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
OPEN = [Status.SENT, Status.ACCEPTED, Status.EN_ROUTE, Status.ON_SITE]
CHUNK = 50_000


def fill(database: Database, positions: int, seed: int = 7) -> None:
    """One request per 4 positions; 5 % open, changed within the last 48 hours."""
    rng = random.Random(seed)
    requests = positions // 4 + 1
    with database.engine.begin() as connection:
        for start in range(0, requests, CHUNK):
            connection.execute(
                insert(Request.__table__),
                [{"id": i + 1, "number": str(100000 + i), "created_at": NOW}
                 for i in range(start, min(requests, start + CHUNK))],
            )  # fmt: skip
        for start in range(0, positions, CHUNK):
            rows: list[dict[str, Any]] = []
            for i in range(start, min(positions, start + CHUNK)):
                finished = rng.random() < 0.95
                status = Status.LEFT if finished else rng.choice(OPEN)
                age = timedelta(minutes=rng.uniform(0, 48 * 60 if not finished else 90 * 24 * 60))
                rows.append({
                    "id": i + 1, "request_id": i // 4 + 1, "number": str(i % 4 + 1),
                    "status": status.value, "status_changed_at": NOW - age, "created_at": NOW - age,
                })  # fmt: skip
            connection.execute(insert(Position.__table__), rows)
    if database.engine.dialect.name == "postgresql":
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("ANALYZE"))
    else:
        with database.engine.begin() as connection:
            connection.execute(text("ANALYZE"))


def measure(label: str, database: Database, positions: int, repeats: int) -> list[dict[str, Any]]:
    from omis.core.settings import ReminderSettings

    seconds, _ = timed(lambda: fill(database, positions))
    print(f"[{label}] filled {positions} positions in {seconds:.1f} s", file=sys.stderr)
    config = ReminderSettings()  # the defaults: 60 minutes for every open status
    policy = policy_from_settings(config, UTC, escalation=False)
    ids = delayed_ids_query(policy, NOW)

    def ids_only() -> int:
        with database.engine.connect() as connection:
            return len(connection.execute(ids).all())

    def full() -> int:
        with database.session(commit=False) as session:
            return len(delayed_candidates(session, policy, NOW))

    found = ids_only()
    with database.engine.connect() as connection:
        total = connection.execute(select(func.count()).select_from(Position.__table__)).scalar()
    ids_ms = median_seconds(ids_only, repeats) * 1000
    full_ms = median_seconds(full, repeats) * 1000
    print(f"[{label}] {total} positions, {found} delayed", file=sys.stderr)
    return [
        {"name": f"{label}: delayed ids ({found} of {total})", "value": round(ids_ms, 1), "unit": "ms", "target": "< 100 ms"},
        {"name": f"{label}: full candidate query", "value": round(full_ms, 1), "unit": "ms"},
    ]  # fmt: skip


def pg_schema(url: str) -> tuple[str, str] | None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # no server: report, do not fail the SQLite figures
        print(f"PostgreSQL at {url} not reachable: {exc}", file=sys.stderr)
        return None
    finally:
        engine.dispose()
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return schema, scoped.render_as_string(hide_password=False)


def drop_schema(url: str, schema: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--positions", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    arguments = parser.parse_args()
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'scan.sqlite3'}")
        figures += measure("SQLite", database, arguments.positions, arguments.repeats)
        database.dispose()
    created = pg_schema(arguments.pg_url) if arguments.pg_url else None
    if created:
        schema, url = created
        try:
            database = open_database(url)
            figures += measure("PostgreSQL", database, arguments.positions, arguments.repeats)
            database.dispose()
        finally:
            drop_schema(arguments.pg_url, schema)
    emit("delay scan", figures)


if __name__ == "__main__":
    main()
