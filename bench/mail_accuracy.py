"""How well OMIS reads letters nobody on the team wrote: dev and held-out figures.

Each writer's letters (tests/mail/blind/<split>/<writer>/) are delivered to a real Dovecot
IMAP mailbox and read by one ``omis mail-check`` pass into a fresh SQLite database holding
that writer's requests; every stored letter is compared with the dispatcher's label.

Usage: ``python bench/mail_accuracy.py [--split dev|heldout|all] [--details]``. Misses are
listed for the dev split only with ``--details``; the held-out split is for measuring,
never for tuning, so its misses are listed only with ``--details --heldout-details``.
"""

from __future__ import annotations

import argparse
import imaplib
import os
import sys
import tempfile
from pathlib import Path

from common import emit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fakes import blind
from fakes.dovecot import ImapServer, dovecot
from omis.core.db import open_database
from omis.core.settings import load_settings
from omis.mail.intake import run_mail_check


def read_over_imap(server: ImapServer, work: Path, url: str):  # type: ignore[no-untyped-def]
    def read(writer: blind.Writer) -> None:
        user = f"{writer.split}-{writer.name}".lower()
        client = server.client(user)
        for path in writer.letters:
            status, data = client.append("INBOX", None, None, path.read_bytes())
            assert status == "OK", data
        client.logout()
        os.environ.update({
            "OMIS_MAIL_BACKEND": "imap", "OMIS_IMAP_HOST": server.host,
            "OMIS_IMAP_PORT": str(server.port), "OMIS_IMAP_SSL": "false",
            "OMIS_IMAP_ALLOW_PLAIN": "true", "OMIS_IMAP_USER": user,
            "OMIS_IMAP_PASSWORD": server.user(user)[1], "OMIS_MAIL_MAX_LETTERS": "5000",
            "OMIS_LOG_DIR": str(work / "logs"),
        })  # fmt: skip
        settings = load_settings().with_database(url)
        database = open_database(url)
        try:
            run_mail_check(database, settings)
        finally:
            database.dispose()

    return read


def run_split(split: str, server: ImapServer, work: Path) -> tuple[blind.Score, list[str]]:
    total = blind.Score()
    lines = []
    for writer in blind.writers(split):
        url = f"sqlite:///{work / f'{split}-{writer.name}.sqlite3'}"
        database = open_database(url)
        try:
            result = blind.evaluate(writer, database, read_over_imap(server, work, url))
        finally:
            database.dispose()
        lines.append(result.line(f"  {split}/{writer.name}"))
        total.add(result)
    return total, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--details", action="store_true", help="list the dev split's misses")
    parser.add_argument("--heldout-details", action="store_true")
    args = parser.parse_args()
    splits = blind.SPLITS if args.split == "all" else (args.split,)
    figures = []
    with tempfile.TemporaryDirectory() as tmp, dovecot(Path(tmp) / "dovecot") as server:
        for split in splits:
            total, lines = run_split(split, server, Path(tmp))
            print("\n".join(lines))
            print(total.line(split.upper()))
            print("  misses by kind:", dict(total.misses))
            if args.details and (split == "dev" or args.heldout_details):
                print("\n".join(f"    {line}" for line in total.details))
            figures += [
                {"name": f"{split}: letters decided right", "value": round(100 * total.letter_share, 1), "unit": "%", "target": ">= 95"},
                {"name": f"{split}: positions in the right final status", "value": round(100 * total.position_share, 1), "unit": "%", "target": ">= 95"},
                {"name": f"{split}: letters applying a wrong status", "value": round(100 * total.wrong_share, 1), "unit": "%", "target": "<= 1"},
                {"name": f"{split}: automatic letters acted on", "value": total.automatic_acted_on, "unit": "letters", "target": "0"},
                {"name": f"{split}: letters", "value": total.letters, "unit": "letters"},
            ]  # fmt: skip
    emit("mail accuracy (letters by other hands)", figures)


if __name__ == "__main__":
    imaplib._MAXLINE = 10_000_000
    main()
