"""A named pipe or a device where the command line expects a file to read (the settings
file, ``.env``, a CSV to import, a scenario file, a DELO file, a backup to restore) is
refused before it is opened, with one Russian line and exit 2. Before, a named pipe held
the command until something wrote into it (the timeout below ends such a wait)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from fakes.pos import write_config
from omis.core.errors import EXIT_USAGE

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="named pipes in the file system: POSIX"),
    pytest.mark.timeout(30),
]


def _pipe(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def _config(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Path]:
    pipe = _pipe(tmp / "omis.toml")
    return ["--config", str(pipe), "notify", "--dry-run"], pipe


def _config_from_env(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Path]:
    pipe = _pipe(tmp / "omis.toml")
    monkeypatch.setenv("OMIS_CONFIG", str(pipe))
    return ["notify", "--dry-run"], pipe


def _dotenv(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Path]:
    return ["notify", "--dry-run"], _pipe(Path(".env")).absolute()


def _requests_csv(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Path]:
    pipe = _pipe(tmp / "requests.csv")
    return ["requests", "import", str(pipe)], pipe


def _contractors_csv(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Path]:
    pipe = _pipe(tmp / "contractors.csv")
    return ["contractors", "import", str(pipe)], pipe


def _scenarios(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Path]:
    pipe = _pipe(tmp / "scenarios.json")
    return ["scenario", "--list", "--file", str(pipe)], pipe


def _delo_file(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Path]:
    folder = write_config(tmp / "delo", "http://127.0.0.1:1")
    (folder / "processing_config.json").unlink()
    pipe = _pipe(folder / "processing_config.json")
    return ["pos-sync", "--dry-run", "--config-dir", str(folder)], pipe


def _backup(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Path]:
    pipe = _pipe(tmp / "copy.sqlite3")
    return ["db", "restore", str(pipe), "--yes"], pipe


Case = Callable[[Path, pytest.MonkeyPatch], tuple[list[str], Path]]
CASES: list[Case] = [
    _config,
    _config_from_env,
    _dotenv,
    _requests_csv,
    _contractors_csv,
    _scenarios,
    _delo_file,
    _backup,
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.__name__.strip("_"))
def test_a_named_pipe_given_as_a_file_is_refused_before_it_is_opened(
    run_cli, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: Case
) -> None:
    args, pipe = case(tmp_path / "in", monkeypatch)
    result = run_cli(*args)
    assert result.exit_code == EXIT_USAGE, result.output
    if case is _backup and not db_url.startswith("sqlite"):
        # on PostgreSQL «db restore» refuses any file first, with the pg_restore advice
        assert "восстанавливает только SQLite" in result.output
    else:
        assert f"{pipe}: это не обычный файл (именованный канал)" in result.output
    assert "Traceback" not in result.output


def test_a_device_given_as_a_csv_is_refused(run_cli) -> None:
    # /dev/zero would be read without end; /dev/null stands for every device here.
    result = run_cli("requests", "import", os.devnull)
    assert result.exit_code == EXIT_USAGE, result.output
    assert f"ошибка: {os.devnull}: это не обычный файл (устройство)" in result.stderr
