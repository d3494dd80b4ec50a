"""A path the operator gave that cannot be used is theirs to fix: an output file in a
folder that does not exist, a data directory that cannot be created. One Russian line
naming the path, exit 2; not «внутренняя ошибка: FileNotFoundError», exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from omis.core.errors import EXIT_USAGE


@pytest.mark.parametrize(
    "command",
    [
        ["report", "contractors", "--format", "xlsx"],
        ["report", "delays", "--format", "csv"],
        ["letters", "export"],
        ["contractors", "export"],
        ["requests", "export"],
    ],
    ids=" ".join,
)
def test_an_output_file_in_a_missing_folder_is_a_usage_error(
    run_cli, tmp_path: Path, command: list[str]
) -> None:
    target = tmp_path / "absent" / "out.file"
    result = run_cli(*command, "-o", str(target))
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.stderr == f"ошибка: {target}: нет такого файла или каталога\n"


def test_a_data_directory_that_cannot_be_created_is_a_configuration_error(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file").write_text("", "utf-8")
    data = tmp_path / "a-file" / "omis"
    monkeypatch.delenv("OMIS_DATABASE_URL")
    monkeypatch.setenv("OMIS_DATA_DIR", str(data))
    result = run_cli("requests", "add", "--number", "4512", "--position", "1")
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.stderr == (
        f"ошибка: каталог базы данных {data} не создаётся (часть пути — не каталог): "
        "проверьте OMIS_DATA_DIR (или OMIS_DB_FILE, OMIS_DATABASE_URL) и права пользователя omis\n"
    )
