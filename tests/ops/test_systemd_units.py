"""The systemd units in ops/systemd: what each must say, and ``systemd-analyze verify``."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from clitools import command as command_at

OPS = Path(__file__).resolve().parents[2] / "ops" / "systemd"
SERVICES = sorted(OPS.glob("*.service"))
TIMERS = sorted(OPS.glob("*.timer"))
JOBS = ["omis-runner.service", "omis-pos.service", "omis-pos@.service", "omis-watchdog.service"]
HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "ReadWritePaths": "/var/lib/omis /var/log/omis",
}
SYSTEM_UNIT_DIRS = [Path("/usr/lib/systemd/system"), Path("/lib/systemd/system")]


def _unit(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=True, interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser


def _service(name: str) -> configparser.SectionProxy:
    return _unit(OPS / name)["Service"]


def test_every_expected_unit_is_shipped() -> None:
    names = {path.name for path in SERVICES + TIMERS}
    assert {
        "omis-web.service",
        "omis-runner.service",
        "omis-runner.timer",
        "omis-pos.service",
        "omis-pos.timer",
        "omis-watchdog.service",
        "omis-watchdog.timer",
        "omis-pos@.service",
        "omis-pos@.timer",
    } <= names
    assert (OPS / "omis.env.example").is_file()


@pytest.mark.parametrize("path", SERVICES, ids=lambda path: path.name)
def test_service_runs_as_omis_with_an_absolute_command_and_hardening(path: Path) -> None:
    service = _unit(path)["Service"]
    assert (service["User"], service["Group"]) == ("omis", "omis")
    assert service["WorkingDirectory"] == "/var/lib/omis"
    assert service["EnvironmentFile"] == "/etc/default/omis"
    executable = shlex.split(service["ExecStart"])[0]
    # systemd does not expand variables in the executable: the original unit's defect.
    assert executable.startswith("/opt/omis/venv/bin/")
    assert "$" not in executable
    for key, value in HARDENING.items():
        assert service[key] == value, key


@pytest.mark.parametrize("name", JOBS)
def test_jobs_are_oneshot_with_a_time_limit(name: str) -> None:
    service = _service(name)
    assert service["Type"] == "oneshot"
    assert service["TimeoutStartSec"]
    assert service["SuccessExitStatus"] == "75"  # "already running" is not a failure


@pytest.mark.parametrize(
    ("unit", "arguments"),
    [
        ("omis-runner.service", ["run", "--skip-pos"]),
        ("omis-pos.service", ["pos-sync"]),
        # The instance name is the installation: omis-pos@mo-angarsk → --installation mo-angarsk.
        ("omis-pos@.service", ["pos-sync", "--installation", "%i"]),
        ("omis-watchdog.service", ["watchdog"]),
    ],
)
def test_job_units_call_existing_commands(unit: str, arguments: list[str]) -> None:
    command = shlex.split(_service(unit)["ExecStart"])
    assert command == ["/opt/omis/venv/bin/omis", *arguments]
    found = command_at(arguments[0])
    assert found is not None, f"omis {arguments[0]} is not a command"
    options = {opt for param in found.params for opt in param.opts}
    assert {arg for arg in arguments[1:] if arg.startswith("--")} <= options


def test_web_unit_serves_the_wsgi_app_with_gunicorn_on_localhost() -> None:
    command = shlex.split(_service("omis-web.service")["ExecStart"])
    assert command[0] == "/opt/omis/venv/bin/gunicorn"
    assert command[-1] == "omis.web.wsgi:app"
    assert command[command.index("--bind") + 1] == "127.0.0.1:8000"


@pytest.mark.parametrize(
    ("timer", "schedule", "persistent"),
    [
        ("omis-runner.timer", "*:0/10", "true"),
        ("omis-pos.timer", "hourly", "true"),
        ("omis-watchdog.timer", "*:2/5", "true"),
        ("omis-pos@.timer", "hourly", "true"),
    ],
)
def test_timers_schedule_their_service(timer: str, schedule: str, persistent: str) -> None:
    section = _unit(OPS / timer)["Timer"]
    assert section["OnCalendar"] == schedule
    assert section["Persistent"] == persistent
    service = section["Unit"].replace("@%i.", "@.")  # a template timer starts its instance
    assert (OPS / service).is_file()
    assert service == timer.replace(".timer", ".service")


def _fake_root(tmp_path: Path) -> Path:
    """A root with the distribution's units, our units and stubs for our executables."""
    root = tmp_path / "root"
    system_dir = next((path for path in SYSTEM_UNIT_DIRS if path.is_dir()), None)
    if system_dir is None:
        pytest.skip("no systemd unit directory on this host")
    shutil.copytree(system_dir, root / "usr/lib/systemd/system", symlinks=True)
    for stub in ("opt/omis/venv/bin/omis", "opt/omis/venv/bin/gunicorn", "usr/bin/kill"):
        path = root / stub
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("#!/bin/sh\n")
        path.chmod(0o755)
    (root / "bin").symlink_to("usr/bin")
    units = root / "etc/systemd/system"
    units.mkdir(parents=True)
    for path in SERVICES + TIMERS:
        shutil.copy(path, units / path.name)
        if "@." in path.name:  # a template is verified as one of its instances
            instance = units / path.name.replace("@.", "@example.")
            instance.symlink_to(path.name)
    return root


def _verified_name(path: Path) -> str:
    return path.name.replace("@.", "@example.")


def test_systemd_analyze_verifies_every_unit_clean(tmp_path: Path) -> None:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed (Debian: apt-get install systemd)")
    root = _fake_root(tmp_path)
    names = [str(root / "etc/systemd/system" / _verified_name(path)) for path in SERVICES + TIMERS]
    result = subprocess.run(
        [tool, "verify", f"--root={root}", "--man=no", "--generators=no", *names],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr  # warnings (unknown keys...) count too
