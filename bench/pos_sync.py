"""POS sync against the DELO simulator: HTTP requests, wall time and peak memory.

Default: 10,000 rows, 20 ms added latency per request, one sync (median of --repeats).
``--backfill``: a large window (default 1,000,000 rows) to show memory stays flat.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import emit

CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path[:0] = [sys.argv[3], sys.argv[6]]
from common import peak_rss_mb, rss_mb
from fakes.pos import write_config
from omis.core.db import open_database
from omis.core.settings import load_settings
from omis.pos.config import Pagination, Processing
from omis.pos.sync import run_pos_sync
url, base = sys.argv[1], sys.argv[2]
# OMIS's own defaults unless --batch-size says otherwise: the figures are what users get.
batch = int(sys.argv[5]) or Processing().batchSize
folder = write_config(Path(sys.argv[4]), base, batchSize=batch, pagination={"pageSize": Pagination().pageSize},
                      dateRange={"maxDateRangeDays": 3650})
database = open_database(url)
settings = load_settings().with_database(url)
samples = []  # (rows read, RSS now): flat memory means the last equals the first
def progress(fetched):
    if not samples or fetched - samples[-1][0] >= 100_000:
        samples.append((fetched, rss_mb()))
started = time.perf_counter()
report = run_pos_sync(database, settings, config_dir=folder, progress=progress)
samples.append((report.counts["fetched"], rss_mb()))
print(json.dumps({"seconds": time.perf_counter() - started, "requests": report.http_requests,
                  "updated": report.counts["updated"], "fetched": report.counts["fetched"],
                  "rss_mb": peak_rss_mb(), "samples": samples}))
"""


def one_run(rows: int, latency: float, work: Path, batch: int) -> dict[str, float]:
    from omis.delosim import DeloSimulator

    here = Path(__file__).resolve().parent
    tests = str(here.parent / "tests")
    with DeloSimulator(rows, latency_ms=latency) as sim:
        database = work / f"pos-{os.getpid()}-{len(list(work.iterdir()))}.sqlite3"
        env = {**os.environ, "OMIS_LOG_DIR": str(work / "logs")}
        out = subprocess.run(
            [sys.executable, "-c", CHILD, f"sqlite:///{database}", sim.base_url, tests, str(work / "cfg"), str(batch), str(here)],
            capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
        return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int)
    parser.add_argument("--latency-ms", type=float, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--backfill", action="store_true")
    parser.add_argument(
        "--batch-size", type=int, default=0, help="mutations per request (default: OMIS's own)"
    )
    args = parser.parse_args()
    rows = args.rows or (1_000_000 if args.backfill else 10_000)
    latency = 0 if args.backfill else args.latency_ms
    repeats = 1 if args.backfill else args.repeats
    with tempfile.TemporaryDirectory() as tmp:
        runs = [one_run(rows, latency, Path(tmp), args.batch_size) for _ in range(repeats)]
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
