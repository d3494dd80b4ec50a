"""``omis report``: the figures in JSON, CSV, a text table and an Excel file."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from omis.core.db import Database
from reports.history import position

PERIOD = ("--since", "2026-11-01", "--until", "30.11.2026")


def _history(database: Database) -> None:
    # stroyservis.ru: 20/60/120 and 40/30/60 minutes; energo.ru: reaction 15 minutes only.
    position(database, "4512", [10, 30, 90, 210], contractor="dispatch@stroyservis.ru")
    position(database, "4513", [0, 40, 70, 130], contractor="dispatch@stroyservis.ru")
    position(database, "4600", [0, 15], sender="d@energo.ru")


def test_contractors_json_has_steps_per_contractor_and_overall(run_cli, database: Database) -> None:
    _history(database)
    result = run_cli("report", "contractors", *PERIOD, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["period"] == {"since": "2026-11-01", "until": "2026-11-30"}

    def steps(figures: dict) -> dict:
        return {
            key: (step["count"], step["median_minutes"], step["p90_minutes"])
            for key, step in figures["steps"].items()
        }

    by_name = {item["contractor"]: item for item in data["contractors"]}
    assert steps(by_name["stroyservis.ru"]) == {
        "reaction": (2, 30.0, 38.0), "travel": (2, 45.0, 57.0), "on_site": (2, 90.0, 114.0),
    }  # fmt: skip
    assert steps(by_name["energo.ru"]) == {
        "reaction": (1, 15.0, 15.0), "travel": (0, None, None), "on_site": (0, None, None),
    }  # fmt: skip
    assert steps(data["overall"]) == {
        "reaction": (3, 20.0, 36.0), "travel": (2, 45.0, 57.0), "on_site": (2, 90.0, 114.0),
    }  # fmt: skip
    assert by_name["energo.ru"]["open"]["count"] == 1


def test_csv_is_the_main_table_with_a_header(run_cli, database: Database) -> None:
    _history(database)
    result = run_cli("report", "contractors", *PERIOD, "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert (
        lines[0] == 'Подрядчик,Этап,Позиций,"Медиана, мин","P90, мин","Предел, мин",С превышением'
    )
    assert lines[1] == "stroyservis.ru,реакция,2,30.0,38.0,60.0,0"
    assert "energo.ru,дорога,0,,,60.0,0" in lines
    assert lines[-1].startswith("все подрядчики,работа на месте,2,")


def test_table_format_is_readable_text(run_cli, database: Database) -> None:
    _history(database)
    result = run_cli("report", "mail", *PERIOD)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Автоматический разбор писем: 01.11.2026–30.11.2026")
    assert "Доля автоматически" in result.stdout


def test_xlsx_has_typed_cells_formats_and_widths(
    run_cli, database: Database, tmp_path: Path
) -> None:
    _history(database)
    target = tmp_path / "out.xlsx"
    result = run_cli("report", "contractors", *PERIOD, "--format", "xlsx", "-o", str(target))
    assert result.exit_code == 0, result.output
    book = load_workbook(io.BytesIO(target.read_bytes()))
    assert book.sheetnames == ["Отчёт", "Этапы", "Подрядчики", "Открытые"]
    steps = book["Этапы"]
    assert [cell.value for cell in steps[1]][:4] == ["Подрядчик", "Этап", "Позиций", "Медиана, мин"]
    first = [cell for cell in steps[2]]
    assert (first[0].value, first[2].value, first[3].value) == ("stroyservis.ru", 2, 30.0)
    assert first[2].number_format == "0"
    assert first[3].number_format == "0.0"
    assert steps["D6"].value == "—"  # energo.ru's travel: no durations, no median
    assert steps.column_dimensions["A"].width >= len("все подрядчики")
    assert steps.freeze_panes == "A2"
    opened = book["Открытые"]
    registered = opened["F2"]
    assert isinstance(registered.value, datetime)
    assert registered.number_format == "DD.MM.YYYY HH:MM"
    about = book["Отчёт"]
    assert about["B1"].value == "Работа подрядчиков"
    assert isinstance(about["B2"].value, datetime)


def test_a_bad_date_or_a_reversed_period_exits_2(run_cli) -> None:
    bad = run_cli("report", "delays", "--since", "31.02.2026")
    assert bad.exit_code == 2
    assert "--since: ожидается дата" in bad.stderr
    reversed_ = run_cli("report", "delays", "--since", "2026-12-01", "--until", "2026-11-01")
    assert reversed_.exit_code == 2
    assert "позже конца" in reversed_.stderr


def test_pos_figures_an_older_run_never_recorded_read_no_data_not_zero(
    run_cli, database: Database, tmp_path: Path
) -> None:
    from omis.core.models import JobRun
    from reports.history import at

    old = {"fetched": 10, "updated": 4, "failed": 1, "unmapped": 0, "drift": 0}
    with database.session() as session:
        session.add(
            JobRun(job="pos", started_at=at(0), finished_at=at(1), outcome="success", counts=old)
        )
    table = run_cli("report", "pos", *PERIOD)
    assert table.exit_code == 0, table.output
    row = next(line for line in table.stdout.splitlines() if line.startswith("20.11.2026"))
    assert row.split()[:5] == ["20.11.2026", "default", "1", "4", "нет"]
    data = json.loads(run_cli("report", "pos", *PERIOD, "--format", "json").stdout)
    assert data["days"][0]["advanced"] is None
    assert data["days"][0]["unmapped"] == 0
    target = tmp_path / "pos.xlsx"
    assert run_cli("report", "pos", *PERIOD, "--format", "xlsx", "-o", str(target)).exit_code == 0
    sheet = load_workbook(target)["По дням"]
    assert [sheet.cell(2, column).value for column in (4, 5, 7)] == [4, "нет данных", 0]


def test_the_command_offers_exactly_the_librarys_reports_and_formats() -> None:
    from omis.cli import report as command
    from omis.reports.export import FORMATS
    from omis.reports.figures import FIGURES

    assert tuple(FIGURES) == command.FIGURES
    assert command.FORMATS == FORMATS


def test_a_year_out_of_range_is_refused_in_one_line(run_cli) -> None:
    result = run_cli("report", "mail", "--since", "9999-12-30", "--until", "9999-12-31")
    assert result.exit_code == 2
    assert result.stderr == "ошибка: дата 30.12.9999 вне допустимого периода: годы с 1900 по 2999\n"
