"""Several DELO installations on one OMIS: each its own runs, window, retry list and alerts."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from fakes.pos import write_config
from fakes.smtp import Recorder
from omis.core.db import Database
from omis.core.jobs import last_run
from omis.delosim import DeloSimulator
from omis.pos.models import PosWindow


@pytest.fixture
def two_servers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, DeloSimulator, DeloSimulator]]:
    folder = tmp_path / "delo.d"
    monkeypatch.setenv("OMIS_DELO_INSTALLATIONS_DIR", str(folder))
    with DeloSimulator(120, seed=1) as region, DeloSimulator(80, seed=2) as town:
        write_config(folder / "region", region.base_url)
        write_config(folder / "mo-angarsk", town.base_url)
        yield folder, region, town


def test_each_installation_runs_as_its_own_job_with_its_own_window(
    run_cli, database: Database, two_servers
) -> None:
    _folder, region, town = two_servers
    first = run_cli("pos-sync", "--installation", "region")
    second = run_cli("pos-sync", "--installation", "mo-angarsk")
    assert (first.exit_code, second.exit_code) == (0, 0), first.output + second.output
    assert "установка «mo-angarsk»" in second.stdout + second.stderr
    for job, sim in (("pos:region", region), ("pos:mo-angarsk", town)):
        run = last_run(database, job)
        assert run is not None
        assert run.counts["installation"] == job.split(":")[1]
        assert run.counts["fetched"] > 0
        assert sim.state.writes
    assert last_run(database, "pos") is None
    with database.session() as session:
        keys = {window.key for window in session.query(PosWindow)}
    assert keys == {f"{region.base_url}/CoreHost/gql/query", f"{town.base_url}/CoreHost/gql/query"}


def test_a_failing_installation_alerts_by_its_name_and_leaves_the_others_alone(
    run_cli, database: Database, two_servers, mailbox: Recorder
) -> None:
    folder, _region, _town = two_servers
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    write_config(folder / "mo-angarsk", f"http://127.0.0.1:{closed}", retryAttempts=0)

    down = run_cli("pos-sync", "--installation", "mo-angarsk")
    up = run_cli("pos-sync", "--installation", "region")

    assert (down.exit_code, up.exit_code) == (1, 0)
    [(_to, letter)] = mailbox.letters
    body = letter.get_payload(decode=True).decode()
    assert "синхронизация ПОС «mo-angarsk»" in body
    run = last_run(database, "pos:region")
    assert run is not None
    assert run.outcome == "success"


def test_a_named_installation_reads_only_its_own_folder(
    run_cli, database: Database, two_servers, monkeypatch: pytest.MonkeyPatch
) -> None:
    _folder, region, _town = two_servers
    monkeypatch.setenv("OMIS_DELO_URL", "http://127.0.0.1:1")  # the default installation's server
    result = run_cli("pos-sync", "--installation", "region")
    assert result.exit_code == 0, result.output
    assert region.state.writes


@pytest.mark.parametrize(
    ("name", "message"),
    [("nowhere", "нет папки"), ("../etc", "имя папки")],
)
def test_an_unknown_installation_is_one_line_and_exit_2(
    run_cli, database: Database, two_servers, name: str, message: str
) -> None:
    result = run_cli("pos-sync", "--installation", name)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
