"""Several mailboxes over a real Dovecot: each read in turn with its own cursor, job and
health line; one failing does not stop the others, and the run exits 1 with an alert
naming it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from email.header import decode_header, make_header

import pytest

from fakes.letters import letter
from fakes.smtp import Recorder, smtp_server
from omis.core.db import Database
from omis.core.settings import load_settings
from omis.ops.watchdog import job_health
from omis.requests import store
from omis.requests.lifecycle import Actor


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    """Job alerts by e-mail to a real local SMTP server."""
    with smtp_server() as (recorder, port):
        for name, value in {
            "OMIS_SMTP_HOST": "127.0.0.1",
            "OMIS_SMTP_PORT": str(port),
            "OMIS_SMTP_SECURITY": "none",
            "OMIS_SMTP_SENDER": "omis@example.ru",
            "OMIS_SMTP_RECIPIENTS": "admin@example.ru",
        }.items():
            monkeypatch.setenv(name, value)
        yield recorder


@pytest.fixture
def mailboxes(imap_server, monkeypatch: pytest.MonkeyPatch, database: Database) -> dict[str, str]:
    """Three sources: «stroy» and «energo» (fresh IMAP users), «broken» (a wrong password)."""
    tag = uuid.uuid4().hex[:8]
    users = {name: f"{name}{tag}" for name in ("stroy", "energo", "broken")}
    common = {"mail_backend": "imap", "imap_host": imap_server.host,
              "imap_port": imap_server.port, "imap_ssl": False, "imap_allow_plain": True}  # fmt: skip
    sources = [
        {"name": name, **common, "imap_user": user,
         "imap_password": "wrong" if name == "broken" else imap_server.user(user)[1]}
        for name, user in users.items()
    ]  # fmt: skip
    monkeypatch.setenv("OMIS_MAIL_SOURCES", json.dumps(sources))
    with database.session() as session:
        for number in ("4512", "4600"):
            store.add_position(session, store.NewPosition(number, "1"), actor=Actor.OPERATOR)
    return users


def _subjects(recorder: Recorder) -> list[str]:
    return [
        str(make_header(decode_header(message["Subject"]))) for _to, message in recorder.letters
    ]


def _bodies(recorder: Recorder) -> list[str]:
    return [message.get_payload(decode=True).decode() for _to, message in recorder.letters]


def _statuses(database: Database) -> dict[str, str]:
    with database.session() as session:
        return {n: store.require_request(session, n).positions[0].status for n in ("4512", "4600")}


def test_a_failing_mailbox_does_not_stop_the_others(
    run_cli, imap_server, mailboxes: dict[str, str], alerts: Recorder, database: Database
) -> None:
    imap_server.append(mailboxes["stroy"], letter("Заявка 4512", "Бригада на месте.", minute=1))
    imap_server.append(mailboxes["energo"], letter("Заявка 4600", "Выехали.", minute=2))
    result = run_cli("run", "--skip-notifier", "--skip-pos")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("разбор почты («stroy»): выполнено") for line in lines), lines
    assert any(line.startswith("разбор почты («energo»): выполнено") for line in lines), lines
    broken = next(line for line in lines if line.startswith("разбор почты («broken»)"))
    assert "ошибка" in broken
    assert _statuses(database) == {"4512": "подрядчик на месте", "4600": "подрядчик в пути"}
    # One alert, naming the mailbox that failed.
    assert _subjects(alerts) == ["OMIS: оповещение о работе заданий"]
    assert "задание «разбор почты, ящик «broken»»" in _bodies(alerts)[0]

    # Each mailbox has its own line on the health page.
    health = {item.job: item.state for item in job_health(database, load_settings())}
    mail = {job: state for job, state in health.items() if job.startswith("mail")}
    assert mail == {"mail:stroy": "ok", "mail:energo": "ok", "mail:broken": "failing"}

    # Each has its own cursor: a second run reads only what is new, in its own mailbox.
    imap_server.append(mailboxes["energo"], letter("Заявка 4600", "На месте.", minute=3))
    again = run_cli("mail-check")
    assert again.exit_code == 1
    assert "stroy" in again.output
    assert "писем: 0" in next(line for line in again.output.splitlines() if "(«stroy»)" in line)
    assert "писем: 1" in next(line for line in again.output.splitlines() if "(«energo»)" in line)
    assert _statuses(database)["4600"] == "подрядчик на месте"
    assert len(alerts.letters) == 1  # still failing: no second alert

    # One mailbox by name; then the doctor's one line per mailbox.
    only = run_cli("mail-check", "--source", "stroy")
    assert only.exit_code == 0, only.output
    assert "energo" not in only.output
    doctor = run_cli("doctor")
    assert doctor.exit_code == 1
    assert "Почтовый ящик «stroy» (IMAP)" in doctor.stdout
    assert "Почтовый ящик «broken» (IMAP)" in doctor.stdout
    assert "вход отклонён" in doctor.stdout


def test_the_single_mailbox_settings_are_one_source_named_default(
    run_cli, imap_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, password = imap_server.user(f"single{uuid.uuid4().hex[:8]}")
    for name, value in {"OMIS_MAIL_BACKEND": "imap", "OMIS_IMAP_HOST": imap_server.host,
                        "OMIS_IMAP_PORT": str(imap_server.port), "OMIS_IMAP_SSL": "false",
                        "OMIS_IMAP_ALLOW_PLAIN": "true", "OMIS_IMAP_USER": user, "OMIS_IMAP_PASSWORD": password}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    with database.session() as session:
        store.add_position(session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR)
    imap_server.append(user, letter("Заявка 4512", "Выехали.", minute=1))
    result = run_cli("mail-check", "--source", "default")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "разбор почты: выполнено" in result.stdout
    assert [item.job for item in job_health(database, load_settings())] == ["mail"]
    unknown = run_cli("mail-check", "--source", "stroy")
    assert unknown.exit_code == 2
    assert "почтовый ящик «stroy» не настроен" in unknown.stderr


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ('[{"name": "a"}]', "источник «a»: не задан mail_backend"),
        ('[{"name": "a", "mail_backend": "imap"}, {"name": "a", "mail_backend": "dir"}]',
         "источник «a» указан дважды"),
        ('[{"name": "a b", "mail_backend": "imap"}]', "name — латинские буквы"),
        ('[{"name": "a", "mail_backend": "imap", "imap_hots": "x"}]', "неизвестный параметр «imap_hots»"),
        ('[{"name": "a", "mail_backend": "imap", "imap_port": "x", "imap_password": "p"}]',
         "источник «a»: imap_port: нужно целое число"),
    ],
)  # fmt: skip
def test_a_bad_mailbox_list_is_one_line_naming_the_source(
    run_cli, monkeypatch: pytest.MonkeyPatch, sources: str, message: str
) -> None:
    monkeypatch.setenv("OMIS_MAIL_SOURCES", sources)
    result = run_cli("mail-check")
    assert result.exit_code == 2
    assert result.stderr.startswith("ошибка: OMIS_MAIL_SOURCES: недопустимое значение '***'")
    assert message in result.stderr
    assert "p'" not in result.stderr  # a password is never echoed


def test_mailboxes_from_a_toml_file_inherit_what_they_do_not_set(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "omis.toml"
    config.write_text(
        "[mail]\nmail_max_letters = 50\nmail_reply_unreadable = true\n\n"
        '[[mail.mail_sources]]\nname = "stroy"\nmail_backend = "imap"\n'
        'imap_host = "imap.stroyservis.ru"\nimap_user = "omis"\nimap_password = "p1"\n'
        'mail_after = "move:Processed"\n\n'
        '[[mail.mail_sources]]\nname = "archive"\nmail_backend = "dir"\nmail_dir = "/srv/eml"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("OMIS_IMAP_HOST", "from-the-environment")
    settings = load_settings(config)
    (stroy_name, stroy), (archive_name, archive) = settings.mail.sources()
    assert (stroy_name, archive_name) == ("stroy", "archive")
    assert (stroy.imap_host, stroy.mail_after, stroy.mail_max_letters) == (
        "imap.stroyservis.ru", "move:Processed", 50,
    )  # fmt: skip
    assert stroy.imap_password is not None
    assert stroy.imap_password.get_secret_value() == "p1"
    assert (archive.mail_backend, str(archive.mail_dir), archive.mail_after) == (
        "dir",
        "/srv/eml",
        "none",
    )
    assert settings.mail.mail_reply_unreadable is True
