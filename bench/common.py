"""Shared bits of the benchmark scripts: repeats with the median, and one output format.

Every script prints its figures for people, then one line ``BENCH-JSON: {...}`` that
``bench/run_all.py`` collects into the Markdown report.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

JSON_PREFIX = "BENCH-JSON: "


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds one call took (monotonic clock), and what it returned."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def median_seconds(function: Callable[[], Any], repeats: int) -> float:
    return statistics.median(timed(function)[0] for _ in range(repeats))


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB.

    Linux's VmHWM, not ``ru_maxrss``: a process started by exec inherits the ``ru_maxrss``
    of its parent, so a child of a benchmark that holds a large data set would report the
    parent's memory."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux and BSD


def rss_mb() -> float:
    """Resident memory of this process now, in MB (0 where /proc is missing)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def emit(benchmark: str, figures: list[dict[str, Any]]) -> None:
    """Print each figure as a line, then the machine-readable line for run_all."""
    for figure in figures:
        target = f"  (target {figure['target']})" if figure.get("target") else ""
        print(f"{figure['name']}: {figure['value']} {figure.get('unit', '')}{target}")
    print(
        JSON_PREFIX + json.dumps({"benchmark": benchmark, "figures": figures}, ensure_ascii=False)
    )
