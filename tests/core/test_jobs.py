from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import uuid

import pytest
from sqlalchemy import text

from omis.core.db import Database
from omis.core.errors import EXIT_LOCKED, JobLockedError
from omis.core.jobs import ADVISORY_KEYS, job_lock, last_run, recent_runs, run_job

HOLDER = textwrap.dedent(
    """
    import sys
    from omis.core.db import open_database
    from omis.core.jobs import run_job
    database = open_database(sys.argv[1])
    with run_job(database, "mail") as job:
        print("holding", flush=True)
        sys.stdin.readline()  # hold the lock until the test says so
        job.count("letters", 3)
    """
)

CONTENDER = textwrap.dedent(
    """
    import sys
    from omis.core.db import open_database
    from omis.core.errors import JobLockedError
    from omis.core.jobs import run_job
    database = open_database(sys.argv[1])
    try:
        with run_job(database, "mail"):
            print("ran", flush=True)
    except JobLockedError as exc:
        print(exc, flush=True)
        sys.exit(exc.exit_code)
    """
)


def test_successful_run_is_recorded_with_counts(database: Database) -> None:
    with run_job(database, "notify") as job:
        job.count("sent", 2)
    run = last_run(database, "notify")
    assert run is not None
    assert (run.outcome, run.counts, run.error) == ("success", {"sent": 2}, None)
    assert run.finished_at is not None


def test_failed_run_is_recorded_and_the_error_re_raised(database: Database) -> None:
    with pytest.raises(RuntimeError, match="mailbox down"), run_job(database, "mail"):
        raise RuntimeError("mailbox down")
    run = last_run(database, "mail")
    assert run is not None
    assert (run.outcome, run.error) == ("failed", "mailbox down")


def test_run_with_failed_items_is_partial(database: Database) -> None:
    with run_job(database, "pos") as job:
        job.mark_partial("2 строки не обновлены")
    run = last_run(database, "pos")
    assert run is not None
    assert run.outcome == "partial"


def test_lock_held_in_process_makes_second_run_skip(database: Database) -> None:
    with job_lock(database, "mail") as first:
        assert first
        with pytest.raises(JobLockedError), run_job(database, "mail"):
            pytest.fail("the second instance must not run")
    assert [r.outcome for r in recent_runs(database, "mail")] == ["skipped"]
    with run_job(database, "mail"):
        pass
    assert recent_runs(database, "mail")[0].outcome == "success"


def test_two_processes_one_runs_one_exits_75(database: Database, db_url: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, db_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        contender = subprocess.run(
            [sys.executable, "-c", CONTENDER, db_url], capture_output=True, text=True, timeout=60
        )
        assert contender.returncode == EXIT_LOCKED, contender.stderr
        assert "уже выполняется" in contender.stdout
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0
    finally:
        holder.kill()
    outcomes = sorted(r.outcome for r in recent_runs(database, "mail"))
    assert outcomes == ["skipped", "success"]


KILLED = textwrap.dedent(
    """
    import sys, time
    from omis.core.db import open_database
    from omis.core.jobs import run_job
    database = open_database(sys.argv[1])
    with run_job(database, sys.argv[2]):
        print("holding", flush=True)
        sys.stdin.readline()  # killed here
    """
)


def test_run_killed_with_sigkill_is_marked_interrupted_by_the_next_run(
    database: Database, db_url: str
) -> None:
    job = f"killed-{uuid.uuid4().hex[:8]}"
    holder = subprocess.Popen(
        [sys.executable, "-c", KILLED, db_url, job],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        holder.send_signal(signal.SIGKILL)
        assert holder.wait(timeout=60) == -signal.SIGKILL
    finally:
        holder.kill()
    _wait_until_the_dead_process_lets_go(database, job)
    [killed] = recent_runs(database, job)
    assert killed.outcome == "running"  # the process could not record its end
    with run_job(database, f"{job}-other"):
        pass  # another job's lock proves nothing about this one
    assert recent_runs(database, job)[0].outcome == "running"

    with run_job(database, job) as context:
        context.count("letters", 1)

    [latest, marked] = recent_runs(database, job)
    assert (latest.outcome, latest.error) == ("success", None)
    assert marked.id == killed.id
    assert marked.outcome == "failed"
    assert marked.error is not None
    assert marked.error.startswith("прервано")
    assert marked.finished_at is not None


def test_a_secret_in_a_job_error_is_stored_masked(database: Database) -> None:
    with (
        pytest.raises(RuntimeError),
        run_job(database, "pos"),
    ):
        raise RuntimeError('вход отклонён: {"user": "omis", "password": "Sup3r-Secret!"}')
    run = last_run(database, "pos")
    assert run is not None
    assert run.error is not None
    assert "Sup3r-Secret!" not in run.error
    assert '"password": "***"' in run.error


def _wait_until_the_dead_process_lets_go(database: Database, job: str) -> None:
    """PostgreSQL ends a killed client's session (and its advisory lock) on its own time:
    wait for the lock itself, not for a guessed while. (A file lock goes with the process.)"""
    if database.dialect != "postgresql":
        return
    with database.engine.connect() as connection:
        connection.execute(text("SET lock_timeout = '60s'"))
        keys = {"job": f"omis-job:{job}"}
        connection.execute(text(f"SELECT pg_advisory_lock({ADVISORY_KEYS})"), keys)
        connection.execute(text(f"SELECT pg_advisory_unlock({ADVISORY_KEYS})"), keys)
        connection.commit()
