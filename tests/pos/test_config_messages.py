"""A bad processing_config.json, as ``omis pos-sync`` reports it: one Russian line that
names the file and the field path, exit 2. A misspelt key is refused (it would leave the
setting at its default without a word), NaN and infinities are not numbers, and a value of
the wrong type (true, "100") is not coerced."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from fakes.pos import write_config
from omis.core.errors import EXIT_USAGE

BROKEN = [
    ({"pagination": {"pageSize": 0}}, "поле pagination.pageSize: должно быть не меньше 1"),
    ({"pagination": {"pageSize": 10_001}}, "поле pagination.pageSize: должно быть не больше 10000"),
    ({"pagination": {"pageSize": True}}, "поле pagination.pageSize: нужно целое число"),
    ({"pagination": {"pageSize": "100"}}, "поле pagination.pageSize: нужно целое число"),
    ({"pagination": 100}, "поле pagination: нужен объект {...}"),
    ({"docKinds": 2}, "поле docKinds: нужен список [...]"),
    ({"docKinds": [2, "три"]}, "поле docKinds[1]: нужно целое число"),
    ({"statusMapping": {"Дан ответ автору": 5}}, "поле statusMapping.Дан ответ автору: нужна строка"),
    ({"utcOffsetHours": math.nan}, "поле utcOffsetHours: нужно конечное число"),
    ({"utcOffsetHours": -math.inf}, "поле utcOffsetHours: нужно конечное число"),
    ({"utcOffsetHours": 15}, "поле utcOffsetHours: должно быть не больше 14"),
    ({"dateRange": {"maxDateRangeDays": 1e12}}, "поле dateRange.maxDateRangeDays: должно быть не больше 3660"),
    ({"fixDrift": "yes"}, "поле fixDrift: нужно true или false"),
    ({"posGroupApiName": None}, "поле posGroupApiName: нужна строка"),
    ({"pagination": {"pagesize": 100}}, "неизвестное поле pagination.pagesize (может быть, pageSize?)"),
    ({"fixdrift": True}, "неизвестное поле fixdrift (может быть, fixDrift?)"),
    ({"followupdays": 0}, "неизвестное поле followupdays (может быть, followUpDays?)"),
    ({"x": 1}, "неизвестное поле x; допустимы: statusMapping, dateRange, pagination"),
    ({"openPosStatuses": ["Решено"]}, "processing_config.json: openPosStatuses: «Решено» нет в"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "expected"), BROKEN, ids=lambda v: json.dumps(v)[:40])
def test_a_bad_processing_config_is_one_russian_line_with_the_field_path(
    run_cli, tmp_path: Path, change: dict[str, object], expected: str
) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1", **change)
    result = run_cli("pos-sync", "--dry-run", "--config-dir", str(folder))
    assert result.exit_code == EXIT_USAGE, result.output
    line = result.stderr.strip()
    assert line.startswith(f"синхронизация ПОС: ошибка — {folder / 'processing_config.json'}: ")
    assert expected in line
    assert "\n" not in line
    assert "поле ?" not in line
    assert "Input should" not in line


ROOT = Path(__file__).resolve().parents[2]


def _documented_example() -> str:
    """The processing_config.json of the administrator's guide."""
    guide = (ROOT / "docs/ru/05-delo.md").read_text("utf-8")
    section = guide.split("### processing_config.json", 1)[1]
    return section.split("```json", 1)[1].split("```", 1)[0]


def _legacy_updater() -> str:
    """The file the earlier updater ran with (the DELO stand-in's copy)."""
    legacy = ROOT / "bench/independent/delo_standin/legacy-config/processing_config.json"
    return legacy.read_text("utf-8")


@pytest.mark.parametrize("example", [_documented_example, _legacy_updater])
def test_the_shipped_processing_configs_still_load(run_cli, tmp_path: Path, example) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    (folder / "processing_config.json").write_text(example(), "utf-8")
    result = run_cli("pos-sync", "--dry-run", "--config-dir", str(folder))
    # Nothing listens on port 1: the file was read, then the connection failed.
    assert "processing_config.json" not in result.output
    assert "сервер ДЕЛО недоступен" in result.output, result.output


@pytest.mark.parametrize(
    ("encoding", "guess"), [("utf-16", "похоже, UTF-16"), ("cp1251", "похоже, Windows-1251")]
)
@pytest.mark.parametrize("file", ["processing_config.json", "connection_config.json"])
def test_a_delo_file_not_in_utf8_is_named_with_its_probable_encoding(
    run_cli, tmp_path: Path, file: str, encoding: str, guess: str
) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    text = (folder / file).read_text("utf-8")
    # Notepad's «Юникод» (UTF-16 with a byte-order mark) or ANSI (Windows-1251) on saving.
    (folder / file).write_text(text.replace('"omis"', '"омис"'), encoding=encoding)
    result = run_cli("pos-sync", "--dry-run", "--config-dir", str(folder))
    assert result.exit_code == EXIT_USAGE, result.output
    line = result.stderr.strip()
    assert f"файл {folder / file} не в кодировке UTF-8 ({guess}" in line
    assert "\n" not in line
    assert "внутренняя" not in result.output


def test_a_delo_file_with_a_byte_order_mark_is_read(run_cli, tmp_path: Path) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    for file in ("processing_config.json", "connection_config.json"):
        text = (folder / file).read_text("utf-8")
        (folder / file).write_text(text, encoding="utf-8-sig")
    result = run_cli("pos-sync", "--dry-run", "--config-dir", str(folder))
    # Nothing listens on port 1: both files were read, then the connection failed.
    assert "кодировке" not in result.output
    assert "сервер ДЕЛО недоступен" in result.output, result.output


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"pasword": "omis"}, "неизвестное поле pasword (может быть, password?)"),
        ({"loginUrl": "x"}, "неизвестное поле loginUrl (может быть, login_url?)"),
        ({"timeout": 5}, "неизвестное поле timeout; допустимы: login_url, logout_url"),
    ],
    ids=["pasword", "loginUrl", "timeout"],
)
def test_a_misspelt_key_of_connection_config_is_refused_with_a_hint(
    run_cli, tmp_path: Path, change: dict[str, object], expected: str
) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    path = folder / "connection_config.json"
    connection = json.loads(path.read_text("utf-8"))
    if "pasword" in change:
        del connection["password"]  # misspelt, so the password itself is missing too
    path.write_text(json.dumps({**connection, **change}), "utf-8")
    result = run_cli("pos-sync", "--dry-run", "--config-dir", str(folder))
    assert result.exit_code == EXIT_USAGE, result.output
    line = result.stderr.strip()
    assert line.startswith(f"синхронизация ПОС: ошибка — {path}: ")
    assert expected in line
    assert "\n" not in line


@pytest.mark.parametrize(
    ("file", "text", "key"),
    [
        ("processing_config.json", '{"statusMapping": {"Дан ответ автору": "Решено", '
         '"Дан ответ автору": "Разъяснено"}}', "Дан ответ автору"),
        ("connection_config.json", '{"username": "omis", "password": "old", "password": "new"}',
         "password"),
    ],
)  # fmt: skip
def test_a_key_given_twice_in_a_delo_file_is_refused_by_name(
    run_cli, tmp_path: Path, file: str, text: str, key: str
) -> None:
    # Before, json.loads kept the last value without a word: which one was meant is unknown.
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    (folder / file).write_text(text, "utf-8")
    result = run_cli("pos-sync", "--dry-run", "--config-dir", str(folder))
    assert result.exit_code == EXIT_USAGE, result.output
    assert f"{folder / file}: ключ «{key}» указан дважды в одном объекте JSON" in result.stderr
