"""The seed's JSON files read as they are; a bad file is one clear line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fakes.pos import write_config
from omis.core.errors import ConfigError
from omis.core.settings import DeloSettings
from omis.pos.config import load_pos_config


def _edit(folder: Path, name: str, change: dict[str, object] | str) -> None:
    path = folder / name
    if isinstance(change, str):
        path.write_text(change, "utf-8")
        return
    data = json.loads(path.read_text("utf-8"))
    data.update(change)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        ("processing_config.json", "{not json", "не JSON (строка 1"),
        ("processing_config.json", "[1, 2]", "ожидается объект JSON"),
        (
            "processing_config.json",
            {"statusMapping": {"Дан ответ автору": "Решено"}},
            "неизвестный статус ПОС «Решено»",
        ),
        (
            "processing_config.json",
            {
                "dateRange": {
                    "useFixedDates": True,
                    "startDate": "2026-11-02 00:00:00",
                    "endDate": "2026-11-01 00:00:00",
                }
            },
            "не раньше конца",
        ),
        (
            "processing_config.json",
            {
                "dateRange": {
                    "useFixedDates": True,
                    "startDate": "01.11.2026",
                    "endDate": "2026-11-02 00:00:00",
                }
            },
            "dateRange.startDate",
        ),
        ("processing_config.json", {"pagination": {"pageSize": 0}}, "pagination.pageSize"),
        (
            "connection_config.json",
            '{"login_url": "https://delo.example.ru/CoreHost/identity/api/login"}',
            "поле logout_url: не задано",
        ),
        ("connection_config.json", '{"login_url": "x"}', "поле login_url: «x» не адрес http://"),
    ],
)
def test_bad_configuration_gives_one_clear_line(
    tmp_path: Path, name: str, change: object, message: str
) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    _edit(folder, name, change)
    with pytest.raises(ConfigError) as caught:
        load_pos_config(folder, DeloSettings()).fixed_window()
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_environment_overrides_the_password_in_the_file(tmp_path: Path) -> None:
    folder = write_config(tmp_path / "cfg", "http://127.0.0.1:1")
    config = load_pos_config(folder, DeloSettings(password="from-env"))
    assert config.connection.password.get_secret_value() == "from-env"


def test_fixed_dates_are_read_in_the_configured_offset(tmp_path: Path) -> None:
    folder = write_config(
        tmp_path / "cfg", "http://127.0.0.1:1", utcOffsetHours=8,
        dateRange={"useFixedDates": True, "startDate": "2026-11-01 00:00:00", "endDate": "2026-11-02 00:00:00"},
    )  # fmt: skip
    window = load_pos_config(folder, DeloSettings()).fixed_window()
    assert window is not None
    assert window[0].isoformat() == "2026-11-01T00:00:00+08:00"


@given(
    st.dictionaries(
        st.text(max_size=12),
        st.one_of(st.text(max_size=10), st.integers(), st.none(), st.booleans()),
        max_size=6,
    )
)
@settings(max_examples=200, deadline=None)
def test_arbitrary_processing_json_is_accepted_or_clearly_refused(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, object]
) -> None:
    folder = write_config(tmp_path_factory.mktemp("cfg"), "http://127.0.0.1:1")
    (folder / "processing_config.json").write_text(json.dumps(data), "utf-8")
    try:
        load_pos_config(folder, DeloSettings()).fixed_window()
    except ConfigError as exc:
        message = str(exc)
        assert message, "a refusal must say why"
