"""``omis scenario``: the shipped scenarios run in a sandbox and print what happened."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fakes.telegram import FakeBotApi
from omis.core.errors import ConfigError
from omis.scenarios.model import ACTIONS, load_scenarios

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "ops" / "testing" / "scenarios.json"


@pytest.fixture
def production(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the configured database would be; a scenario must never create it."""
    path = tmp_path / "production.sqlite3"
    monkeypatch.setenv("OMIS_DATABASE_URL", f"sqlite:///{path}")
    return path


def scenario(run_cli, *args: str):
    return run_cli("scenario", *args, "--file", str(SHIPPED))


def test_list_shows_the_seed_scenarios_and_the_new_ones(run_cli) -> None:
    result = scenario(run_cli, "--list")
    assert result.exit_code == 0
    names = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert names == ["basic_sequence", "runner_fake", "reminder_escalation", "review_letter"]


def test_basic_sequence_reminds_77_11_in_a_sandbox(
    run_cli, production: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_cli("scenario", "basic_sequence", "--file", str(SHIPPED))
    assert result.exit_code == 0, result.output
    assert "песочница" in result.stdout
    assert (
        'Заявка №77 (позиция 11) уже более часа без обновления (текущий статус: "заявка принята"'
        in result.stdout
    )
    assert not production.exists(), "the scenario touched the configured database"


def test_reminder_escalation_repeats_escalates_and_resets_on_a_letter(
    run_cli, production: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeBotApi() as bot:  # configured channels are printed to, never sent to
        monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", "1:abc")
        monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "42")
        monkeypatch.setenv("OMIS_TELEGRAM_API_URL", bot.url)
        result = scenario(run_cli, "reminder_escalation")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.count("⚠ Заявка №78 (позиция 1)") == 4  # 3 reminders, then one after the reset
    assert out.count("‼ Эскалация") == 1
    assert "более 2 часов" in out
    assert "более 3 часов" in out
    assert 'текущий статус: "подрядчик в пути"' in out
    assert bot.received == []
    assert not production.exists()


def test_review_letter_goes_to_the_queue_and_the_numbered_one_applies(
    run_cli, production: Path
) -> None:
    result = scenario(run_cli, "review_letter")
    assert result.exit_code == 0, result.output
    assert "letter.eml: в очередь разбора (в письме нет номера заявки)" in result.stdout
    assert "letter.eml: применено №79 поз. 1: подрядчик на месте" in result.stdout
    shown = result.stdout.split("[4/4] show")[1]
    assert "№79/1" in shown
    assert "подрядчик на месте" in shown


def test_runner_fake_runs_the_chain(run_cli, production: Path) -> None:
    result = scenario(run_cli, "runner_fake")
    assert result.exit_code == 0, result.output
    assert "разбор почты: выполнено" in result.stdout
    assert "напоминания: выполнено" in result.stdout
    assert not production.exists()


def test_explicit_database_keeps_the_scenario_data(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "scenario-target.sqlite3"
    result = scenario(run_cli, "basic_sequence", "--database", f"sqlite:///{target}")
    assert result.exit_code == 0, result.output
    listed = run_cli("--database", f"sqlite:///{target}", "requests", "history", "77")
    assert "заявка принята" in listed.stdout


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        (
            [{"action": "notify", "params": {"minutes": 0}}],
            "шаг 1, поле params.minutes: должно быть не меньше 1",
        ),
        ([{"action": "notify"}, {"action": "fly"}], "шаг 2, поле action: неизвестное действие"),
        (
            [{"action": "add_request", "params": {"request_number": "1"}}],
            "шаг 1, поле params.position_number: обязательное поле не указано",
        ),
        (
            [{"action": "runner", "params": {"fake_mail": "maybe"}}],
            "шаг 1, поле params.fake_mail: нужно true или false",
        ),
    ],
)
def test_bad_scenario_names_scenario_step_and_field(
    run_cli, tmp_path: Path, steps: list[object], message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"broken": steps}), "utf-8")
    result = run_cli("scenario", "broken", "--file", str(path))
    assert result.exit_code == 2
    assert f"сценарий «broken», {message}" in result.stderr
    assert "Traceback" not in result.output


def test_a_scenario_name_given_twice_is_refused_not_overwritten(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"s": [{"action": "show"}], "s": [{"action": "notify"}]}', "utf-8")
    result = run_cli("scenario", "s", "--file", str(path))
    assert result.exit_code == 2, result.output
    assert f"{path}: ключ «s» указан дважды в одном объекте JSON" in result.stderr


def test_failing_step_stops_the_scenario_with_exit_code_1(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    steps = [{"action": "add_request", "params": {"request_number": "80", "position_number": "1", "status": "улетели"}},
             {"action": "show"}]  # fmt: skip
    path.write_text(json.dumps({"s": steps}), "utf-8")
    result = run_cli("scenario", "s", "--file", str(path))
    assert result.exit_code == 1
    assert "ошибка на шаге 1 (add_request): неизвестный статус «улетели»" in result.stdout
    assert "[2/2]" not in result.stdout


def test_default_file_is_found_from_the_checkout(run_cli, tmp_path: Path) -> None:
    shutil.copy(SHIPPED, tmp_path / "copy.json")  # the working directory has no ops/ folder
    result = run_cli("scenario", "--list")
    assert result.exit_code == 0, result.output
    assert "basic_sequence" in result.stdout


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
step_like = st.fixed_dictionaries(
    {"action": st.sampled_from([*ACTIONS, "", "x"]) | st.text(max_size=8)},
    optional={"params": st.dictionaries(st.sampled_from(["request_number", "position_number", "minutes", "dry_run", "status", "backdate_minutes", "fake_mail", "subject", "body", "zzz"]), json_values, max_size=4) | json_values},
)  # fmt: skip


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    document=st.dictionaries(st.text(max_size=8), st.lists(step_like, max_size=4), max_size=3)
    | json_values
)
def test_any_scenario_file_loads_or_fails_with_a_config_error(
    tmp_path: Path, document: object
) -> None:
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(document), "utf-8")
    try:
        scenarios = load_scenarios(path)
    except ConfigError as exc:
        message = str(exc)
    else:
        assert isinstance(document, dict)
        assert set(scenarios) == set(document)
        return
    assert message.startswith(f"{path}: ")
    assert "Traceback" not in message
