"""Mail intake: N letters through a real Dovecot IMAP server into SQLite.

Prints letters per second for a full pass (median of --repeats fresh databases) and the
time of a second pass with no new mail. Usage: ``python bench/mail_intake.py [--letters N]``.
"""

from __future__ import annotations

import argparse
import imaplib
import os
import statistics
import sys
import tempfile
from pathlib import Path

from common import emit, timed

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fakes.dovecot import dovecot
from fakes.letters import letter
from omis.core.db import open_database
from omis.core.settings import load_settings
from omis.mail.intake import run_mail_check
from omis.requests import csvio

STEPS = ("Заявку приняли.", "Бригада выехала.", "Бригада на месте.", "Работы завершены, убыли.")


def fill(server, user: str, count: int) -> None:  # type: ignore[no-untyped-def]
    client = server.client(user)
    for index in range(count):
        number = 10000 + index // len(STEPS)
        raw = letter(f"Заявка {number}", STEPS[index % len(STEPS)], minute=index % 50)
        client.append("INBOX", None, None, raw)
    client.logout()


def register(url: str, count: int) -> None:
    rows = "".join(f"{10000 + i},1\n" for i in range(count // len(STEPS) + 1))
    report = csvio.parse_csv(("request_number,position_number\n" + rows).encode())
    database = open_database(url)
    with database.session() as session:
        csvio.import_csv(session, report, skip_invalid=False, actor_name="bench")
    database.dispose()


def one_run(server, user: str, count: int, work: Path) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{work / 'bench.sqlite3'}"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work / 'bench.sqlite3'}{suffix}").unlink(missing_ok=True)
    register(url, count)
    os.environ.update({
        "OMIS_MAIL_BACKEND": "imap", "OMIS_IMAP_HOST": server.host, "OMIS_IMAP_PORT": str(server.port),
        "OMIS_IMAP_SSL": "false", "OMIS_IMAP_ALLOW_PLAIN": "true", "OMIS_IMAP_USER": user, "OMIS_IMAP_PASSWORD": server.user(user)[1],
        "OMIS_MAIL_MAX_LETTERS": str(count + 10), "OMIS_LOG_DIR": str(work / "logs"),
    })  # fmt: skip
    settings = load_settings().with_database(url)
    database = open_database(url)
    full, report = timed(lambda: run_mail_check(database, settings))
    assert report.total == count, report.summary()
    empty, again = timed(lambda: run_mail_check(database, settings))
    assert again.total == 0
    database.dispose()
    return full, empty


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, dovecot(Path(tmp) / "dovecot") as server:
        user = "bench"
        fill(server, user, args.letters)
        runs = [one_run(server, user, args.letters, Path(tmp)) for _ in range(args.repeats)]
    full = statistics.median(r[0] for r in runs)
    empty = statistics.median(r[1] for r in runs)
    emit("mail intake", [
        {"name": f"full pass, {args.letters} letters", "value": round(full, 2), "unit": "s"},
        {"name": "throughput", "value": round(args.letters / full), "unit": "letters/s", "target": ">= 1000"},
        {"name": "pass with no new mail", "value": round(empty, 3), "unit": "s", "target": "< 0.3"},
    ])  # fmt: skip


if __name__ == "__main__":
    imaplib._MAXLINE = 10_000_000  # large UID SEARCH answers
    main()
