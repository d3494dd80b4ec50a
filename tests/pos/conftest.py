from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fakes.pos import write_config
from fakes.smtp import Recorder, smtp_server
from omis.core.db import Database
from omis.core.settings import Settings
from omis.delosim import DeloSimulator
from omis.pos.models import PosWindow
from omis.pos.sync import PosReport, run_pos_sync


@pytest.fixture
def mailbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    with smtp_server() as (recorder, port):
        for name, value in {
            "OMIS_SMTP_HOST": "127.0.0.1", "OMIS_SMTP_PORT": str(port), "OMIS_SMTP_SECURITY": "none",
            "OMIS_SMTP_SENDER": "omis@example.ru", "OMIS_SMTP_RECIPIENTS": "admin@example.ru",
        }.items():  # fmt: skip
            monkeypatch.setenv(name, value)
        yield recorder


@pytest.fixture
def simulator_factory() -> Iterator[Callable[..., DeloSimulator]]:
    started: list[DeloSimulator] = []

    def start(rows: int | list[dict[str, Any]] = 300, **faults: Any) -> DeloSimulator:
        sim = DeloSimulator(rows, **faults).start()
        started.append(sim)
        return sim

    yield start
    for sim in started:
        sim.stop()


@pytest.fixture
def sync(database: Database, settings: Settings, tmp_path: Path) -> Callable[..., PosReport]:
    def run(sim: DeloSimulator, **kwargs: Any) -> PosReport:
        folder = write_config(tmp_path / "pos", sim.base_url, **kwargs.pop("processing", {}))
        return run_pos_sync(database, settings, config_dir=folder, sleep=lambda _s: None, **kwargs)

    return run


def ran_an_hour_ago(database: Database, sim: DeloSimulator) -> None:
    """As if the scheduled sync had completed its window an hour ago: the next run is a
    normal hourly one (its window is the last hour; older appeals are only followed)."""
    with database.session() as session:
        session.add(
            PosWindow(
                key=f"{sim.base_url}/CoreHost/gql/query",
                completed_end=datetime.now(UTC) - timedelta(hours=1),
            )
        )
