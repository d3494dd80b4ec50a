"""Start-up time of the command line: ``omis --help`` and ``omis run`` with nothing to do.

Usage: ``python bench/startup.py [--runs 15]``. Each run is a fresh process (what cron or
the operator's shell pays); the median of ``--runs`` runs is reported, with the time of a
bare ``python -c pass`` for scale. "Nothing to do" is a sandbox whose schema is current,
whose mailbox is an empty folder and with no DELO configured: the run walks every step and
finds no work. The time of importing SQLAlchemy's ORM and pydantic-settings alone is printed
too: it moves with the machine's load, and the run cannot be faster than it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import emit


def omis_command() -> list[str]:
    script = Path(sys.executable).with_name("omis")
    return [str(script)] if script.exists() else [sys.executable, "-m", "omis"]


def sandbox_env(root: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OMIS_")}
    (root / "mail").mkdir()
    env.update(
        OMIS_DATA_DIR=str(root / "var"),
        OMIS_LOG_DIR=str(root / "logs"),
        OMIS_MAIL_BACKEND="dir",
        OMIS_MAIL_DIR=str(root / "mail"),
    )
    return env


def median_run(command: list[str], env: dict[str, str], cwd: Path, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        completed = subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=False)
        samples.append(time.perf_counter() - start)
        if completed.returncode != 0:
            raise SystemExit(f"{' '.join(command)} exited {completed.returncode}: "
                             f"{completed.stderr.decode(errors='replace')[-500:]}")  # fmt: skip
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per command")
    args = parser.parse_args()
    omis = omis_command()
    with tempfile.TemporaryDirectory(prefix="omis-startup-") as tmp:
        root = Path(tmp)
        env = sandbox_env(root)
        subprocess.run([*omis, "db", "upgrade"], env=env, cwd=root, check=True,
                       capture_output=True)  # fmt: skip
        python = median_run([sys.executable, "-c", "pass"], env, root, args.runs)
        # What any run pays before OMIS's own code: the ORM and the settings library.
        floor = median_run([sys.executable, "-c", "import sqlalchemy.orm, pydantic_settings"],
                           env, root, args.runs)  # fmt: skip
        help_ = median_run([*omis, "--help"], env, root, args.runs)
        run = median_run([*omis, "run"], env, root, args.runs)
    emit(
        "startup",
        [
            {"name": "python -c pass (for scale)", "value": round(python, 3), "unit": "s"},
            {"name": "importing sqlalchemy.orm and pydantic_settings alone (for scale)",
             "value": round(floor, 3), "unit": "s"},
            {"name": "omis --help, median", "value": round(help_, 3), "unit": "s",
             "target": "< 0.3 s"},
            {"name": "omis run with nothing to do, median", "value": round(run, 3), "unit": "s",
             "target": "< 0.5 s"},
            {"name": "runs per command", "value": args.runs, "unit": "fresh processes"},
        ],
    )  # fmt: skip


if __name__ == "__main__":
    main()
