"""``omis doctor`` checks DELO through the sync's own configuration loading and client: a
setting broken for one is broken, in the same words, for the other."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fakes.pos import write_config
from fakes.tls import Certificates, make_certificates
from omis.core.db import Database
from omis.core.settings import load_settings
from omis.delosim import DeloSimulator
from omis.ops.checks.delo import check_delo

Break = Callable[[Path, pytest.MonkeyPatch, Certificates], None]


@pytest.fixture
def certificates(tmp_path: Path) -> Certificates:
    return make_certificates(tmp_path / "tls")


@pytest.fixture
def https_delo(certificates: Certificates) -> Iterator[DeloSimulator]:
    with DeloSimulator(40, tls=certificates.server) as sim:
        yield sim


def _edit(path: Path, **changes: object) -> None:
    data = json.loads(path.read_text("utf-8-sig"))
    data.update(changes)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _no_ca_bundle(_folder: Path, monkeypatch: pytest.MonkeyPatch, _c: Certificates) -> None:
    monkeypatch.delenv("OMIS_DELO_CA_BUNDLE")


def _wrong_password(folder: Path, _m: pytest.MonkeyPatch, _c: Certificates) -> None:
    _edit(folder / "connection_config.json", password="not-the-password")


def _wrong_graphql_path(folder: Path, _m: pytest.MonkeyPatch, _c: Certificates) -> None:
    url = json.loads((folder / "connection_config.json").read_text("utf-8"))["graphql_endpoint"]
    _edit(folder / "connection_config.json", graphql_endpoint=url.replace("/gql/", "/graphql/"))


def _bad_setting(folder: Path, _m: pytest.MonkeyPatch, _c: Certificates) -> None:
    _edit(folder / "processing_config.json", followUpDays=-1)


@pytest.mark.parametrize(
    ("broken", "words"),
    [
        (_no_ca_bundle, "сертификат сервера не прошёл проверку"),
        (_wrong_password, "отклонён для пользователя «omis»"),
        (_wrong_graphql_path, "HTTP 404"),
        (_bad_setting, "followUpDays"),
    ],
    ids=["no-ca-bundle", "wrong-password", "wrong-graphql-path", "bad-setting"],
)
def test_doctor_and_sync_report_a_broken_setting_in_the_same_words(
    run_cli,
    database: Database,
    https_delo: DeloSimulator,
    certificates: Certificates,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    broken: Break,
    words: str,
) -> None:
    folder = write_config(tmp_path / "cfg", https_delo.base_url, retryAttempts=0)
    monkeypatch.setenv("OMIS_DELO_CONFIG_DIR", str(folder))
    monkeypatch.setenv("OMIS_DELO_CA_BUNDLE", str(certificates.ca_file))
    assert run_cli("doctor").stdout.count("вход, чтение и выход выполнены") == 1
    assert run_cli("pos-sync").exit_code == 0

    broken(folder, monkeypatch, certificates)
    doctor = run_cli("doctor")
    sync = run_cli("pos-sync")

    assert doctor.exit_code == 1
    assert sync.exit_code in (1, 2)
    [line] = [line for line in sync.stderr.splitlines() if line.startswith("синхронизация ПОС")]
    reason = line.split(" — ", 1)[1]
    assert words in reason
    # the doctor's row for DELO (its table wraps long texts, so read the row itself)
    assert check_delo(load_settings().delo).detail == reason


def test_a_connection_file_with_a_byte_order_mark_works_for_both(
    run_cli, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with DeloSimulator(20) as sim:
        folder = write_config(tmp_path / "cfg", sim.base_url)
        path = folder / "connection_config.json"
        path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())  # as Windows Notepad saves it
        monkeypatch.setenv("OMIS_DELO_CONFIG_DIR", str(folder))
        doctor = run_cli("doctor")
        sync = run_cli("pos-sync")
    assert "вход, чтение и выход выполнены" in doctor.stdout
    assert sync.exit_code == 0, sync.output


def test_a_wrong_password_ends_the_sync_with_one_russian_line_and_exit_2(
    run_cli, database: Database, tmp_path: Path
) -> None:
    with DeloSimulator(5, password="right-password") as sim:
        folder = write_config(tmp_path / "cfg", sim.base_url)
        result = run_cli("pos-sync", "--config-dir", str(folder))
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "Неверное имя пользователя или пароль" in line
    assert "{" not in line


def _missing_ca_bundle(_f: Path, monkeypatch: pytest.MonkeyPatch, c: Certificates) -> None:
    monkeypatch.setenv("OMIS_DELO_CA_BUNDLE", str(c.ca_file.parent / "nonexistent.pem"))


def _key_as_ca_bundle(_f: Path, monkeypatch: pytest.MonkeyPatch, c: Certificates) -> None:
    monkeypatch.setenv("OMIS_DELO_CA_BUNDLE", str(c.ca_file.parent / "server.key"))


def _folder_as_ca_bundle(folder: Path, _m: pytest.MonkeyPatch, _c: Certificates) -> None:
    _edit(folder / "processing_config.json", caBundle=str(folder))


def _file_url(folder: Path, _m: pytest.MonkeyPatch, _c: Certificates) -> None:
    _edit(folder / "connection_config.json", login_url="file:///etc/passwd")


@pytest.mark.parametrize(
    ("broken", "words"),
    [
        (_missing_ca_bundle, "OMIS_DELO_CA_BUNDLE: файл сертификатов"),
        (_key_as_ca_bundle, "OMIS_DELO_CA_BUNDLE: в файле"),
        (_folder_as_ca_bundle, "поле caBundle: файл сертификатов"),
        (_file_url, "поле login_url: «file:///etc/passwd» не адрес http:// или https://"),
    ],
    ids=["missing-ca-bundle", "key-as-ca-bundle", "folder-as-ca-bundle", "file-url"],
)
def test_a_bad_ca_bundle_or_address_is_a_settings_error_found_before_any_request(
    run_cli,
    database: Database,
    https_delo: DeloSimulator,
    certificates: Certificates,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    broken: Break,
    words: str,
) -> None:
    folder = write_config(tmp_path / "cfg", https_delo.base_url, retryAttempts=0)
    monkeypatch.setenv("OMIS_DELO_CONFIG_DIR", str(folder))
    monkeypatch.setenv("OMIS_DELO_CA_BUNDLE", str(certificates.ca_file))
    broken(folder, monkeypatch, certificates)

    sync = run_cli("pos-sync")
    doctor = run_cli("doctor")

    assert sync.exit_code == 2, sync.output
    [line] = sync.stderr.strip().splitlines()
    assert words in line
    assert "внутренняя" not in line
    assert check_delo(load_settings().delo).detail == line.split(" — ", 1)[1]
    assert doctor.exit_code == 1
    assert https_delo.state.http_requests == 0  # the password went nowhere


def test_an_omis_delo_url_that_is_no_web_address_stops_every_command(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_DELO_URL", "file:///etc/passwd")
    result = run_cli("pos-sync")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("ошибка: OMIS_DELO_URL: недопустимое значение")
    assert "пример: OMIS_DELO_URL=https://delo.example.ru" in result.stderr
