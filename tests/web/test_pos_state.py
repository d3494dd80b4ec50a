"""The dashboard and the POS page say the same true thing about DELO: set up (and how),
run without being set up here, or neither; never «не настроена» above a successful run."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.settings import load_settings
from omis.web.app import create_app
from web.webtools import log_in, text, visible_text


def _client(database: Database) -> FlaskClient:
    client = create_app(load_settings(), database).test_client()
    assert log_in(client, "viewer").status_code == 302
    return client


def _delo_row(dashboard: str) -> str:
    """The dashboard's line about DELO, in words."""
    seen = visible_text(dashboard)
    return seen[seen.index("СЭД «Дело»") :].split("Состояние —")[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "connection_config.json").write_text("{}", encoding="utf-8")
    return tmp_path


def test_configured_through_a_folder_says_so_with_last_and_next_run(
    users, web_settings, database: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_DELO_CONFIG_DIR", str(folder))
    with run_job(database, "pos") as job:
        job.count("updated", 3)
    client = _client(database)
    pos = visible_text(text(client.get("/pos")))
    assert f"СЭД «Дело» настроена: папка настроек {folder}." in pos
    assert "не настроена" not in pos
    assert "Последний запуск:" in pos
    assert "успешно" in pos
    assert "Следующий — около" in pos
    assert "раз в 60 мин" in pos
    row = _delo_row(text(client.get("/")))
    assert "в порядке" in row
    assert "не настроено" not in row


def test_run_with_a_folder_given_by_hand_is_not_called_unconfigured(
    users, web_settings, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with run_job(database, "pos") as job:  # `omis pos-sync --config-dir DIR`, nothing in settings
        job.count("updated", 3)
    client = _client(database)
    pos = visible_text(text(client.get("/pos")))
    assert "не настроена" not in pos
    assert "не задана, но синхронизация запускалась" in pos
    assert "Последний запуск:" in pos
    assert "Следующий" not in pos  # no schedule here: nothing to promise
    row = _delo_row(text(client.get("/")))
    assert "не настроено" not in row
    assert "в порядке" in row
    assert "запускалась с папкой настроек" in row


def test_neither_configured_nor_run_says_not_configured(
    users, web_settings, database: Database
) -> None:
    client = _client(database)
    pos = visible_text(text(client.get("/pos")))
    assert "СЭД «Дело» не настроена" in pos
    assert "Последний запуск" not in pos
    assert "не настроено" in _delo_row(text(client.get("/")))
