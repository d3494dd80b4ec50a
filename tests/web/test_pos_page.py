"""The POS sync page: runs, failed rows (dismiss, retry), unmapped values, the mapping."""

from __future__ import annotations

import pytest

from omis.core.db import Database
from omis.core.jobs import run_job
from omis.pos.models import PosFailedRow
from web.webtools import submit, text


@pytest.fixture
def failed_row(database: Database) -> int:
    with database.session() as session:
        row = PosFailedRow(
            key="https://delo/gql",
            isn_ref_rubric=770011,
            desired="Назначен исполнитель",
            message="Рубрика заблокирована другим пользователем",
            attempts=2,
        )
        session.add(row)
        session.flush()
        return row.id


def test_page_shows_runs_failures_unmapped_and_mapping(
    login, database: Database, failed_row: int
) -> None:
    with run_job(database, "pos") as job:
        job.counts.update(
            {
                "fetched": 120,
                "updated": 30,
                "unmapped": 4,
                "drift": 2,
                "unmapped_values": {"Ожидает модерации": 4},
                "drift_rows": [[880044, "Назначен исполнитель", "Дан ответ автору"]],
            }
        )
    body = text(login("viewer").get("/pos"))
    assert "<td>880044</td><td>Назначен исполнитель</td><td>Дан ответ автору</td>" in body
    assert "120" in body
    assert "770011" in body
    assert "Рубрика заблокирована другим пользователем" in body
    assert "Ожидает модерации" in body
    assert "Находится на рассмотрении" in body  # the built-in mapping while DELO is not set up
    assert "Отклонить" not in body  # a viewer cannot act


def test_operator_dismisses_then_retries_a_failed_row(
    login, database: Database, failed_row: int
) -> None:
    client = login("operator")
    assert submit(client, f"/pos/failed/{failed_row}/dismiss", {}, page="/pos").status_code == 302
    with database.session() as session:
        row = session.get_one(PosFailedRow, failed_row)
        assert (row.state, row.dismissed_by) == ("dismissed", "operator")
    assert submit(client, f"/pos/failed/{failed_row}/retry", {}, page="/pos").status_code == 302
    with database.session() as session:
        assert session.get_one(PosFailedRow, failed_row).state == "open"


def test_unknown_failed_row_is_404(login) -> None:
    assert submit(login("operator"), "/pos/failed/999/dismiss", {}, page="/pos").status_code == 404


def test_broken_sync_configuration_is_shown_not_crashed(
    login, tmp_path, monkeypatch: pytest.MonkeyPatch, web_settings, database: Database
) -> None:
    (tmp_path / "processing_config.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("OMIS_DELO_CONFIG_DIR", str(tmp_path))
    from omis.core.settings import load_settings
    from omis.web.app import create_app

    app = create_app(load_settings(), database)
    client = app.test_client()
    from web.webtools import log_in

    log_in(client, "viewer")
    body = text(client.get("/pos"))
    assert "Настройки синхронизации с ошибкой" in body
    assert "не JSON" in body


def test_page_shows_each_installations_open_appeals_and_last_advances(
    login, database: Database
) -> None:
    with run_job(database, "pos") as job:
        job.counts.update(
            {"installation": "default", "fetched": 900, "advanced": 37, "open_followed": 812,
             "open_oldest": "2026-10-02", "open_by_age": {"0-10": 300, "11-30": 400, "31-60": 100, "60+": 12}}
        )  # fmt: skip
    with run_job(database, "pos:mo-angarsk") as job:
        job.counts.update(
            {"installation": "mo-angarsk", "fetched": 50, "advanced": 4, "open_followed": 41,
             "open_oldest": "2026-11-01", "open_by_age": {"0-10": 41, "11-30": 0, "31-60": 0, "60+": 0}}
        )  # fmt: skip
    with run_job(database, "pos:mo-angarsk") as job:  # a backfill: it follows nothing
        job.counts.update({"installation": "mo-angarsk", "fetched": 10, "advanced": 0,
                           "open_followed": None, "open_by_age": None})  # fmt: skip

    body = text(login("viewer").get("/pos"))

    assert "Открытые обращения" in body
    for cells in (
        ["основная", "812", "2026-10-02", "300", "400", "100", "12", "37"],
        ["mo-angarsk", "41", "2026-11-01", "41", "0", "0", "0", "0"],
    ):
        row = body[body.index(f"<td>{cells[0]}</td>") :].split("</tr>", 1)[0]
        for value in cells[1:]:
            assert f">{value}<" in row, (cells[0], value)


def test_an_installation_that_never_followed_says_so_not_zero(login, database: Database) -> None:
    with run_job(database, "pos") as job:  # a run of an older OMIS: no follow-up counts
        job.counts.update({"fetched": 5, "updated": 1})
    body = text(login("viewer").get("/pos"))
    row = body[body.index("<td>основная</td>") :].split("</tr>", 1)[0]
    assert row.count("нет данных") == 3
