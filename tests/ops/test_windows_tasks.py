"""ops/windows: the Task Scheduler XML parses and holds the schedule; the scripts exist."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

WINDOWS = Path(__file__).resolve().parents[2] / "ops" / "windows"
NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


def _task(name: str) -> ET.Element:
    return ET.parse(WINDOWS / name).getroot()


def _text(task: ET.Element, path: str) -> str:
    found = task.find(path, NS)
    assert found is not None, path
    return found.text or ""


@pytest.mark.parametrize(
    ("name", "interval", "limit", "job"),
    [
        ("omis-runner.xml", "PT10M", "PT5M", "runner"),
        ("omis-pos.xml", "PT1H", "PT50M", "pos"),
        ("omis-watchdog.xml", "PT5M", "PT2M", "watchdog"),
    ],
)
def test_job_task_repeats_stops_and_restarts(
    name: str, interval: str, limit: str, job: str
) -> None:
    task = _task(name)
    assert _text(task, "t:Triggers/t:TimeTrigger/t:Repetition/t:Interval") == interval
    # No Duration: the repetition never ends.
    assert task.find("t:Triggers/t:TimeTrigger/t:Repetition/t:Duration", NS) is None
    assert _text(task, "t:Settings/t:ExecutionTimeLimit") == limit
    assert _text(task, "t:Settings/t:RestartOnFailure/t:Interval") == "PT1M"
    assert int(_text(task, "t:Settings/t:RestartOnFailure/t:Count")) >= 1
    assert _text(task, "t:Settings/t:MultipleInstancesPolicy") == "IgnoreNew"
    assert f"-Job {job}" in _text(task, "t:Actions/t:Exec/t:Arguments")


@pytest.mark.parametrize("name", sorted(path.name for path in WINDOWS.glob("*.xml")))
def test_every_task_runs_whether_or_not_a_user_is_logged_on(name: str) -> None:
    task = _task(name)
    assert _text(task, "t:Principals/t:Principal/t:LogonType") == "Password"
    assert _text(task, "t:Principals/t:Principal/t:RunLevel") == "LeastPrivilege"
    arguments = _text(task, "t:Actions/t:Exec/t:Arguments")
    script = re.search(r'-File "C:\\OMIS\\ops\\windows\\([\w-]+\.ps1)"', arguments)
    assert script is not None, arguments
    assert (WINDOWS / script.group(1)).is_file()


def test_web_task_starts_at_boot_without_a_time_limit() -> None:
    task = _task("omis-web.xml")
    assert task.find("t:Triggers/t:BootTrigger", NS) is not None
    assert _text(task, "t:Settings/t:ExecutionTimeLimit") == "PT0S"


def test_job_script_maps_each_task_to_an_omis_command() -> None:
    script = (WINDOWS / "omis-job.ps1").read_text(encoding="utf-8-sig")
    assert 'runner   = @("run", "--skip-pos")' in script
    assert 'pos      = @("pos-sync")' in script
    assert 'watchdog = @("watchdog")' in script


def test_web_script_starts_waitress_on_localhost() -> None:
    script = (WINDOWS / "omis-web.ps1").read_text(encoding="utf-8-sig")
    assert '[string]$Listen = "127.0.0.1:8000"' in script
    assert '"--listen=$Listen"' in script
    assert '"omis.web.wsgi:app"' in script


@pytest.mark.parametrize("name", sorted(path.name for path in WINDOWS.glob("*.ps1")))
def test_scripts_with_cyrillic_carry_a_bom_for_windows_powershell(name: str) -> None:
    # Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page.
    raw = (WINDOWS / name).read_bytes()
    if any(byte > 0x7F for byte in raw):
        assert raw.startswith(b"\xef\xbb\xbf")
