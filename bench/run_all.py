"""Run every benchmark of the project and write one Markdown table of figures.

Usage: ``python bench/run_all.py [--quick] [--output bench/results/latest.md]``.
Each benchmark is a whole-run measurement repeated inside its script, median reported.
Nothing here passes or fails: a slow machine gives slow figures, not a red build.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from common import JSON_PREFIX, machine

HERE = Path(__file__).resolve().parent

# name -> (script, full arguments, quick arguments)
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "mail intake": ("mail_intake.py", [], ["--letters", "2000"]),
    "mail intake memory": ("mail_memory.py", [], ["--letters", "10"]),
    "hostile letter text": ("mail_hostile_text.py", [], ["--kilobytes", "50"]),
    "delay scan": ("delay_scan.py", [], ["--positions", "100000"]),
    "POS sync": ("pos_sync.py", [], []),
    "POS backfill": ("pos_sync.py", ["--backfill"], ["--backfill", "--rows", "100000"]),
    "POS hourly run, region": (
        "pos_sync.py",
        ["--region", "300", "--repeats", "1"],
        ["--region", "300", "--history-days", "120", "--repeats", "1"],
    ),
    "web": ("web.py", [], ["--requests", "10000"]),
    "reports": ("reports.py", [], ["--positions", "10000"]),
    "CSV import (web)": ("csv_import.py", [], ["--positions", "5000", "--existing", "10000"]),
    "start-up": ("startup.py", [], ["--runs", "5"]),
}


def run_one(name: str, script: str, arguments: list[str]) -> list[dict[str, object]]:
    path = HERE / script
    if not path.exists():
        return [{"name": name, "value": "not run", "unit": f"{script} is missing"}]
    print(f"== {name}: {script} {' '.join(arguments)}", flush=True)
    completed = subprocess.run(
        [sys.executable, str(path), *arguments], capture_output=True, text=True, check=False
    )
    print(completed.stdout, end="")
    found = [line for line in completed.stdout.splitlines() if line.startswith(JSON_PREFIX)]
    if completed.returncode != 0 or not found:
        tail = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        return [{"name": name, "value": "failed", "unit": tail}]
    return list(json.loads(found[-1][len(JSON_PREFIX) :])["figures"])


def markdown(rows: list[tuple[str, dict[str, object]]]) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# OMIS benchmark figures",
        "",
        f"Measured {stamp} on {machine()}. Timings are medians of repeated whole runs "
        "(the backfill runs once); latencies are percentiles of repeated requests.",
        "",
        "| benchmark | figure | value | unit | target |",
        "|---|---|---|---|---|",
    ]
    for benchmark, figure in rows:
        lines.append(
            f"| {benchmark} | {figure['name']} | {figure['value']} | {figure.get('unit', '')} "
            f"| {figure.get('target') or ''} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller data sets")
    parser.add_argument("--output", type=Path, default=HERE / "results" / "latest.md")
    parser.add_argument("--only", action="append", help="run only these benchmarks")
    args = parser.parse_args()
    rows: list[tuple[str, dict[str, object]]] = []
    for name, (script, full, quick) in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        for figure in run_one(name, script, quick if args.quick else full):
            rows.append((name, figure))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(markdown(rows), encoding="utf-8")
    print(f"\nwritten: {args.output}")


if __name__ == "__main__":
    main()
