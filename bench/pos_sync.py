"""POS sync against the DELO simulator: HTTP requests, wall time and peak memory.

Default: 10,000 rows, 20 ms added latency per request, one sync (median of --repeats).
``--backfill``: a large window (default 1,000,000 rows) to show memory stays flat.
``--region 300``: the cost of one hourly run for a region with 300 appeals a day: a year of
history (``--history-days``), each appeal answered 3 to 50 days after registration, every
answer up to the previous run already followed to the end; the run reads its hour and
follows the appeals still open.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from common import emit

CHILD = r"""
import json, sys, time
from datetime import timedelta
from pathlib import Path
job = json.loads(sys.argv[1])
sys.path[:0] = [job["tests"], job["here"]]
from common import peak_rss_mb, rss_mb
from fakes.pos import write_config
from omis.core.clock import now
from omis.core.db import open_database
from omis.core.settings import load_settings
from omis.pos.models import PosWindow
from omis.pos.sync import run_pos_sync
folder = write_config(Path(job["folder"]), job["base"], **job["processing"])
database = open_database(job["url"])
settings = load_settings().with_database(job["url"])
if job["ran_hours_ago"] is not None:  # the scheduled run before this one
    with database.session() as session:
        end = now() - timedelta(hours=job["ran_hours_ago"])
        session.add(PosWindow(key=job["base"] + "/CoreHost/gql/query", completed_end=end))
samples = []  # (rows read, RSS now): flat memory means the last equals the first
def progress(step):
    if not samples or step.fetched - samples[-1][0] >= 100_000:
        samples.append((step.fetched, rss_mb()))
started = time.perf_counter()
report = run_pos_sync(database, settings, config_dir=folder, progress=progress)
samples.append((report.counts["fetched"], rss_mb()))
opened = report.open
print(json.dumps({"seconds": time.perf_counter() - started, "requests": report.http_requests,
                  "updated": report.counts["updated"], "fetched": report.counts["fetched"],
                  "advanced": report.counts["advanced"],
                  "followed": opened.followed if opened else None,
                  "beyond": opened.beyond if opened else None,
                  "rss_mb": peak_rss_mb(), "samples": samples}))
"""


def one_run(
    rows: Any, latency: float, work: Path, processing: dict[str, Any], ran_hours_ago: float | None
) -> dict[str, Any]:
    from omis.delosim import DeloSimulator

    here = Path(__file__).resolve().parent
    with DeloSimulator(rows, latency_ms=latency) as sim:
        database = work / f"pos-{os.getpid()}-{len(list(work.iterdir()))}.sqlite3"
        job = {
            "url": f"sqlite:///{database}", "base": sim.base_url, "tests": str(here.parent / "tests"),
            "here": str(here), "folder": str(work / "cfg"), "processing": processing,
            "ran_hours_ago": ran_hours_ago,
        }  # fmt: skip
        env = {**os.environ, "OMIS_LOG_DIR": str(work / "logs")}
        out = subprocess.run(
            [sys.executable, "-c", CHILD, json.dumps(job)],
            capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
        return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def defaults(batch: int) -> dict[str, Any]:
    """OMIS's own defaults unless --batch-size says otherwise: the figures are what users get."""
    from omis.pos.config import Pagination, Processing

    return {
        "batchSize": batch or Processing().batchSize,
        "pagination": {"pageSize": Pagination().pageSize},
        "dateRange": {"maxDateRangeDays": 3650},
        "utcOffsetHours": 8,
    }


def region(args: argparse.Namespace, work: Path) -> None:
    from omis.core.clock import now
    from omis.delosim.data import generate_appeals

    count = int(args.region * args.history_days)
    rows = generate_appeals(
        count, registered_days=(0, args.history_days), answer_days=(3, 50),
        synced_until=now() - timedelta(hours=1),
    )  # fmt: skip
    processing = {**defaults(args.batch_size), "dateRange": {"maxDateRangeDays": 7}}
    runs = [one_run(rows, args.latency_ms, work, processing, 1) for _ in range(args.repeats)]
    run = runs[0]
    emit("POS hourly run, region", [
        {"name": f"appeals in DELO ({args.region}/day over {args.history_days:g} days)", "value": count, "unit": "rows"},
        {"name": "open appeals followed by the run", "value": run["followed"], "unit": "rows"},
        {"name": "open appeals older than the follow-up period (counted, not read)", "value": run["beyond"], "unit": "rows"},
        {"name": "rows read by the run (its hour + the open appeals)", "value": run["fetched"], "unit": "rows"},
        {"name": "answers advanced (answered since the last run)", "value": run["advanced"], "unit": "rows"},
        {"name": f"HTTP requests at {args.latency_ms:g} ms", "value": int(statistics.median(r["requests"] for r in runs)), "unit": "requests"},
        {"name": "wall time of the run", "value": round(statistics.median(r["seconds"] for r in runs), 2), "unit": "s"},
    ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int)
    parser.add_argument("--latency-ms", type=float, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--backfill", action="store_true")
    parser.add_argument("--region", type=float, help="appeals a day: the cost of one hourly run")
    parser.add_argument("--history-days", type=float, default=365)
    parser.add_argument(
        "--batch-size", type=int, default=0, help="mutations per request (default: OMIS's own)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.region:
            region(args, Path(tmp))
            return
        rows = args.rows or (1_000_000 if args.backfill else 10_000)
        latency = 0 if args.backfill else args.latency_ms
        repeats = 1 if args.backfill else args.repeats
        processing = defaults(args.batch_size)
        runs = [one_run(rows, latency, Path(tmp), processing, None) for _ in range(repeats)]
    seconds = statistics.median(r["seconds"] for r in runs)
    requests = statistics.median(r["requests"] for r in runs)
    rss = max(r["rss_mb"] for r in runs)
    if args.backfill:
        samples = runs[0]["samples"]
        emit("POS backfill", [
            {"name": f"backfill of {rows} rows: wall time", "value": round(seconds, 1), "unit": "s"},
            {"name": "rows read", "value": int(runs[0]["fetched"]), "unit": "rows"},
            {"name": f"RSS after the first page ({samples[0][0]} rows)", "value": round(samples[0][1]), "unit": "MB"},
            *({"name": f"RSS after {n} rows", "value": round(mb), "unit": "MB"} for n, mb in samples[1:]),
            {"name": "peak RSS of the sync process", "value": round(rss), "unit": "MB", "target": "< 200"},
        ])  # fmt: skip
        return
    emit("POS sync", [
        {"name": f"{rows} rows at {latency:g} ms, batch {args.batch_size or 'default'}: HTTP requests", "value": int(requests), "unit": "requests", "target": "<= 80"},
        {"name": "wall time", "value": round(seconds, 2), "unit": "s", "target": "<= 6"},
        {"name": "rows updated", "value": int(runs[0]["updated"]), "unit": "rows"},
        {"name": "peak RSS of the sync process", "value": round(rss), "unit": "MB"},
    ])  # fmt: skip


if __name__ == "__main__":
    main()
