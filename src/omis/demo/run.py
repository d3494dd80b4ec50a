"""``omis demo``: everything on embedded defaults, in a sandbox that never touches production.

The sandbox is a SQLite file under ``<data dir>/demo/`` recreated on every run; the
configured database is never opened. Sample requests are registered four hours ago, the
built-in letters arrive over the last hours, reminders are printed instead of sent, and the
POS sync runs against the DELO simulator on a free local port.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta
from importlib import resources
from pathlib import Path

from pydantic import SecretStr

from omis.core.clock import now
from omis.core.db import Database, open_database
from omis.core.settings import Settings
from omis.core.timefmt import local_time
from omis.mail import review
from omis.mail.intake import run_mail_check
from omis.requests import store
from omis.requests.lifecycle import Actor

Echo = Callable[[str], None]
REGISTERED_HOURS_AGO = 4
DEMO_POS_ROWS = 200


def sample_requests_csv() -> bytes:
    return resources.files("omis.requests.samples").joinpath("requests.csv").read_bytes()


def sandbox_path(settings: Settings) -> Path:
    return settings.core.data_dir / "demo" / "omis-demo.sqlite3"


def sandbox_database(settings: Settings) -> Database:
    path = sandbox_path(settings)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return open_database(f"sqlite:///{path}")


def fake_sandbox(settings: Settings) -> tuple[Database, Settings]:
    """Where ``--fake`` and ``--fake-mail`` run when no ``--database`` is given: a SQLite
    file under ``<data dir>/sandbox/``, recreated with the sample requests, notifications
    printed. The sample letters must never land in the production review queue, nor move
    real requests that share their numbers."""
    path = settings.core.data_dir / "sandbox" / "omis-sandbox.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    database = open_database(f"sqlite:///{path}")
    load_samples(database)
    printing = settings.core.model_copy(update={"print_notifications": True})
    return database, settings.with_section("core", printing).with_database(database.url)


def load_samples(database: Database) -> int:
    """Register the sample positions as if engineers had done it four hours ago."""
    rows = list(csv.DictReader(io.StringIO(sample_requests_csv().decode("utf-8"))))
    registered = now() - timedelta(hours=REGISTERED_HOURS_AGO)
    with database.session() as session:
        for row in rows:
            new = store.NewPosition(
                row["request_number"], row["position_number"], row["comment"], row["comment_author"]
            )
            store.add_position(
                session, new, actor=Actor.IMPORT, actor_name="demo", created_at=registered
            )
    return len(rows)


def show_positions(database: Database, settings: Settings, echo: Echo) -> None:
    with database.session() as session:
        for position in store.list_positions(session):
            since = local_time(position.status_changed_at, settings.core.tz)
            echo(
                f"  №{position.request.number}/{position.number:<4} {position.status:<20} с {since}"
            )


def show_review(database: Database, echo: Echo) -> None:
    with database.session() as session:
        letters = review.list_open(session)
        for letter in letters:
            reason = review.reason_text(letter.reason)
            echo(f"  письмо {letter.id}: «{letter.subject}» от {letter.sender} [{reason}]")
    echo(f"  в очереди: {len(letters)}")


def run_demo(settings: Settings, echo: Echo) -> tuple[Database, Settings]:
    """Run every job once in a fresh sandbox and print what happened; return the sandbox."""
    database = sandbox_database(settings)
    # Notifications are printed, never sent, even when Telegram or SMTP are configured.
    printing = settings.core.model_copy(update={"print_notifications": True})
    sandbox = settings.with_section("core", printing).with_database(database.url)
    echo(f"Демо-база (песочница): {database.sqlite_path}")
    echo(f"Зарегистрировано позиций из примера: {load_samples(database)}")
    echo("\n== Почта подрядчика (встроенные письма)")
    report = run_mail_check(database, sandbox, fake=True)
    for line in report.lines:
        echo(f"  {line}")
    echo(f"  {report.summary()}")
    echo("\n== Позиции после разбора писем")
    show_positions(database, sandbox, echo)
    echo("\n== Очередь разбора")
    show_review(database, echo)
    echo("\n== Напоминания о задержках (печатаются, не отправляются)")
    show_reminders(database, sandbox, echo)
    echo("\n== Синхронизация «Статус ПОС» с симулятором ДЕЛО")
    show_pos_sync(database, sandbox, echo)
    return database, sandbox


def show_reminders(database: Database, settings: Settings, echo: Echo) -> None:
    from omis.reminders.notifier import describe_counts, run_notify

    counts = run_notify(database, settings, echo=lambda text: echo(_indent(text)))
    echo(f"  {describe_counts(counts)}")


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())


def show_pos_sync(database: Database, settings: Settings, echo: Echo) -> None:
    from omis.core.settings import DeloSettings
    from omis.delosim import DeloSimulator
    from omis.pos.sync import run_pos_sync

    account = {"username": "demo", "password": "demo"}  # the simulator's throwaway account
    with DeloSimulator(
        DEMO_POS_ROWS, user=account["username"], password=account["password"]
    ) as simulator:
        # model_construct reads no environment: a configured production DELO is never used.
        delo = DeloSettings.model_construct(
            url=simulator.base_url, username=account["username"], app="omis-demo",
            password=SecretStr(account["password"]), config_dir=None, ca_bundle=None,
        )  # fmt: skip
        configured = settings.with_section("delo", delo)
        report = run_pos_sync(database, configured)
    echo(f"  симулятор ДЕЛО: {simulator.base_url}, строк рубрик: {DEMO_POS_ROWS}")
    echo(f"  {report.summary()}")
    for value, count in report.unmapped.most_common():
        echo(f"  без сопоставления (не записано): «{value}» — {count}")
