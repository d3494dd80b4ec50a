"""Mail intake memory: one pass over N large letters (default 40 of 30 MB) from a real
Dovecot IMAP server into SQLite, in a child process that reports its peak RSS.

Run twice: with the default size cap (letters over ``OMIS_MAIL_MAX_LETTER_MB`` are read
only up to it) and with the cap above the letters' size (every byte read and parsed).
Usage: ``python bench/mail_memory.py [--letters 40] [--mb 30] [--src DIR]``; ``--src``
runs the pass with another checkout's ``src`` (the figure before a change).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import emit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fakes.dovecot import dovecot

CHILD = """
import json, sys, time
from pathlib import Path
from omis.core.db import open_database
from omis.core.settings import load_settings
from omis.mail.intake import run_mail_check

url = sys.argv[1]
database = open_database(url)
start = time.perf_counter()
report = run_mail_check(database, load_settings().with_database(url))
seconds = time.perf_counter() - start
peak = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
            if line.startswith("VmHWM:"))
print(json.dumps({"total": report.total, "outcomes": dict(report.outcomes),
                  "seconds": seconds, "peak_mb": peak / 1024}))
"""


def big_letter(number: int, attachment_b64: bytes) -> bytes:
    head = (
        f"From: disp@podryad.ru\r\nTo: omis@example.ru\r\nSubject: Заявка {10000 + number}\r\n"
        f"Message-ID: <big-{number}@podryad.ru>\r\nDate: Fri, 20 Nov 2026 09:{number % 60:02d}:00 +0300\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="BOUND"\r\n\r\n'
        "--BOUND\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Бригада выехала, фото объекта во вложении.\r\n"
        "--BOUND\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="photo.jpg"\r\n\r\n'
    ).encode()
    return head + attachment_b64 + b"\r\n--BOUND--\r\n"


def fill(server, user: str, count: int, megabytes: int) -> None:  # type: ignore[no-untyped-def]
    raw = os.urandom(megabytes * 1024 * 1024 * 3 // 4)
    encoded = base64.encodebytes(raw)  # 76-character lines, as mailers write them
    del raw
    client = server.client(user)
    for number in range(count):
        client.append("INBOX", None, None, big_letter(number, encoded))
    client.logout()


def one_pass(server, user: str, work: Path, cap_mb: int, src: str | None) -> dict:  # type: ignore[no-untyped-def, type-arg]
    database = work / f"memory-{cap_mb}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    env = {
        **os.environ,
        "OMIS_MAIL_BACKEND": "imap", "OMIS_IMAP_HOST": server.host,
        "OMIS_IMAP_PORT": str(server.port), "OMIS_IMAP_SSL": "false",
        "OMIS_IMAP_ALLOW_PLAIN": "true", "OMIS_IMAP_USER": user,
        "OMIS_IMAP_PASSWORD": server.user(user)[1], "OMIS_MAIL_MAX_LETTER_MB": str(cap_mb),
        "OMIS_LOG_DIR": str(work / "logs"),
    }  # fmt: skip
    if src:
        env["PYTHONPATH"] = src
    url = f"sqlite:///{database}"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, url], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=40)
    parser.add_argument("--mb", type=int, default=30)
    parser.add_argument("--src", help="run the pass with this src directory (before a change)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, dovecot(Path(tmp) / "dovecot") as server:
        started = time.perf_counter()
        fill(server, "memory", args.letters, args.mb)
        print(f"mailbox filled in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        capped = one_pass(server, "memory", Path(tmp), 10, args.src)
        whole = one_pass(server, "memory", Path(tmp), args.mb * 2, args.src)
    for run in (capped, whole):
        assert run["total"] == args.letters, run
    label = f"{args.letters} letters of {args.mb} MB"
    emit("mail intake memory", [
        {"name": f"peak RSS, {label}, default cap (10 MB read)", "value": round(capped["peak_mb"]), "unit": "MB"},
        {"name": f"pass time, {label}, default cap", "value": round(capped["seconds"], 1), "unit": "s"},
        {"name": f"peak RSS, {label}, whole letters read", "value": round(whole["peak_mb"]), "unit": "MB"},
        {"name": f"pass time, {label}, whole letters read", "value": round(whole["seconds"], 1), "unit": "s"},
    ])  # fmt: skip


if __name__ == "__main__":
    main()
