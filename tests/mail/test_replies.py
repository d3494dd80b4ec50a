"""Replies to letters OMIS cannot read, through a real SMTP server (aiosmtpd): once, in
Russian, as a reply; never to automatic mail or strangers; once per sender per period."""

from __future__ import annotations

from collections.abc import Iterator
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from sqlalchemy import select

from fakes.letters import letter
from fakes.smtp import Recorder, smtp_server
from omis.contractors import store as contractors
from omis.contractors.store import ContractorData
from omis.core.db import Database
from omis.notify.models import Notification
from omis.requests import store
from omis.requests.lifecycle import Actor


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    with smtp_server() as (recorder, port):
        for name, value in {
            "OMIS_SMTP_HOST": "127.0.0.1",
            "OMIS_SMTP_PORT": str(port),
            "OMIS_SMTP_SECURITY": "none",
            "OMIS_SMTP_SENDER": "omis@example.ru",
            "OMIS_MAIL_BACKEND": "dir",
        }.items():
            monkeypatch.setenv(name, value)
        yield recorder


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: Database) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    monkeypatch.setenv("OMIS_MAIL_DIR", str(folder))
    with database.session() as session:
        owner = contractors.add(session, ContractorData("СтройСервис", (), ("stroyservis.ru",)))
        store.add_position(session, store.NewPosition("4512", "1"), actor=Actor.OPERATOR)
        contractors.attach(store.require_request(session, "4512"), owner)
    return folder


def _drop(inbox: Path, name: str, raw: bytes) -> None:
    (inbox / f"{name}.eml").write_bytes(raw)


def _header(message, name: str) -> str:
    return str(make_header(decode_header(message[name])))


def _replies(recorder: Recorder) -> list[tuple[list[str], object]]:
    return [(to, message) for to, message in recorder.letters]


def test_no_reply_unless_switched_on(run_cli, smtp: Recorder, inbox: Path) -> None:
    _drop(inbox, "a", letter("Вопрос", "Когда приезжать?", sender="disp@stroyservis.ru"))
    assert run_cli("mail-check").exit_code == 0
    assert smtp.letters == []


def test_a_contractor_gets_one_reply_saying_what_was_not_found(
    run_cli, smtp: Recorder, inbox: Path, monkeypatch: pytest.MonkeyPatch, database: Database
) -> None:
    monkeypatch.setenv("OMIS_MAIL_REPLY_UNREADABLE", "true")
    _drop(inbox, "1", letter("Бригада", "Выехали на объект.", sender="Disp@StroyServis.ru",
                             message_id="<q1@stroyservis.ru>"))  # fmt: skip
    _drop(inbox, "2", letter("Заявка 4512", "Добрый день.", sender="disp@stroyservis.ru", minute=1))
    _drop(inbox, "3", letter("Заявка 9999", "На месте.", sender="sosed@yandex.ru", minute=2))
    _drop(inbox, "4", letter("Автоответ: Заявка", "Я в отпуске.", sender="boss@stroyservis.ru",
                             minute=3, headers={"Auto-Submitted": "auto-replied"}))  # fmt: skip
    result = run_cli("mail-check")
    assert result.exit_code == 0, result.output
    assert "ответы на нечитаемые письма: выполнено — ответов отправлено: 1" in result.output
    assert "отправителю уже отвечали недавно: 1" in result.output
    assert "отправитель не из справочника подрядчиков: 1" in result.output
    [(to, reply)] = _replies(smtp)
    assert to == ["disp@stroyservis.ru"]
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["In-Reply-To"] == "<q1@stroyservis.ru>"
    assert reply["References"] == "<q1@stroyservis.ru>"
    assert _header(reply, "Subject") == "Re: Бригада"
    body = reply.get_payload(decode=True).decode()
    assert "Мы не смогли его обработать: в письме не найден номер заявки." in body
    assert "Заявка 4512, позиция 3: бригада на месте" in body
    # Recorded in the outbox, and never sent twice: nothing new, nothing sent.
    with database.session() as session:
        rows = session.scalars(select(Notification).where(Notification.kind == "mail_reply")).all()
        assert [(row.target, row.state) for row in rows] == [("disp@stroyservis.ru", "sent")]
    assert run_cli("mail-check").exit_code == 0
    assert len(smtp.letters) == 1


def test_a_contractor_address_in_the_display_name_gets_no_reply(
    run_cli, smtp: Recorder, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reply would go to the address in brackets, a stranger's: it is not sent."""
    monkeypatch.setenv("OMIS_MAIL_REPLY_UNREADABLE", "true")
    raw = letter("Бригада", "Выехали на объект.", sender="placeholder@example.ru")
    for name, display in (("plain", b"disp@stroyservis.ru"),
                          ("encoded", b"=?utf-8?B?ZGlzcEBzdHJveXNlcnZpcy5ydQ==?=")):  # fmt: skip
        spoofed = raw.replace(b"placeholder@example.ru", display + b" <evil@attacker.example>")
        _drop(inbox, name, spoofed.replace(b"Message-ID: <", b"Message-ID: <" + name.encode()))
    result = run_cli("mail-check")
    assert result.exit_code == 0, result.output
    assert "отправитель не из справочника подрядчиков: 2" in result.output
    assert smtp.letters == []


def test_letters_from_before_the_replies_were_on_are_never_answered(
    run_cli, smtp: Recorder, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _drop(inbox, "old", letter("Бригада", "Выехали.", sender="disp@stroyservis.ru"))
    run_cli("mail-check")
    monkeypatch.setenv("OMIS_MAIL_REPLY_UNREADABLE", "true")
    monkeypatch.setenv("OMIS_MAIL_REPLY_PERIOD_MINUTES", "1")
    assert run_cli("mail-check").exit_code == 0
    assert smtp.letters == []
    _drop(
        inbox, "new", letter("Заявка 4512", "Добрый день.", sender="disp@stroyservis.ru", minute=9)
    )
    run_cli("mail-check")
    [(_to, reply)] = _replies(smtp)
    body = reply.get_payload(decode=True).decode()
    assert "в письме о заявке №4512 не понятно, что произошло" in body
    assert "Заявка 4512, позиция 3: бригада на месте" in body


def test_a_failed_reply_is_retried_on_the_next_run_and_sent_once(
    run_cli, smtp: Recorder, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_MAIL_REPLY_UNREADABLE", "true")
    monkeypatch.setenv(
        "OMIS_MAIL_REPLY_TEMPLATE", "Не поняли письмо «{subject}»: {problem}. Пример: {example}"
    )
    smtp.data_reply = "451 4.3.0 try again later"
    _drop(inbox, "1", letter("Заявка 7777", "На месте.", sender="disp@stroyservis.ru"))
    first = run_cli("mail-check")
    assert first.exit_code == 1
    assert "ответы не доставлены: 1" in first.output
    # The operator's console, in Russian, with no library's INFO lines.
    assert "предупреждение: уведомление 1 (почта (SMTP)) не доставлено: SMTP" in first.stderr
    assert not [line for line in first.stderr.splitlines() if line.startswith(("INFO", "WARN"))]
    smtp.data_reply = None
    second = run_cli("mail-check")
    assert second.exit_code == 0, second.output
    assert "ответов отправлено: 1" in second.output
    [(_to, reply)] = _replies(smtp)
    assert reply.get_payload(decode=True).decode().strip() == (
        "Не поняли письмо «Заявка 7777»: заявка №7777 не найдена. "
        "Пример: Заявка 4512, позиция 3: бригада на месте"
    )
    assert run_cli("mail-check").exit_code == 0
    assert len(smtp.letters) == 1


def test_a_bad_template_or_no_smtp_is_a_configuration_error(
    run_cli, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_MAIL_BACKEND", "dir")
    monkeypatch.setenv("OMIS_MAIL_REPLY_UNREADABLE", "true")
    result = run_cli("mail-check")
    assert result.exit_code == 2
    assert "SMTP не настроен" in result.output


def test_printing_mode_prints_and_records_a_reply_and_sends_nothing(
    run_cli, smtp: Recorder, inbox: Path, monkeypatch: pytest.MonkeyPatch, database: Database
) -> None:
    monkeypatch.setenv("OMIS_MAIL_REPLY_UNREADABLE", "true")
    monkeypatch.setenv("OMIS_PRINT_NOTIFICATIONS", "true")
    _drop(inbox, "1", letter("Вопрос", "Когда приезжать?", sender="disp@stroyservis.ru",
                             message_id="<p1@stroyservis.ru>"))  # fmt: skip
    result = run_cli("mail-check")
    assert result.exit_code == 0, result.output
    assert "ответов напечатано вместо отправки: 1" in result.output
    # The doctor agrees with the job: no server is missing when nothing is sent.
    doctor = run_cli("doctor")
    assert "ответы печатаются (OMIS_PRINT_NOTIFICATIONS), не отправляются" in doctor.output
    assert "→ почта (SMTP) disp@stroyservis.ru:" in result.output
    assert "Subject: Re: Вопрос" in result.output
    assert "в письме не найден номер заявки" in result.output
    with database.session() as session:
        rows = session.scalars(select(Notification).where(Notification.kind == "mail_reply")).all()
        assert [(row.channel, row.target, row.state) for row in rows] == [
            ("console", "email:disp@stroyservis.ru", "sent")
        ]
    # The period holds for printed replies too, and nothing ever reached the server.
    _drop(inbox, "2", letter("Ещё вопрос", "А когда?", sender="disp@stroyservis.ru", minute=5))
    second = run_cli("mail-check")
    assert "отправителю уже отвечали недавно: 1" in second.output
    assert smtp.letters == []


def test_printing_mode_needs_no_smtp_server(
    run_cli, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_MAIL_BACKEND", "dir")
    monkeypatch.setenv("OMIS_MAIL_REPLY_UNREADABLE", "true")
    monkeypatch.setenv("OMIS_PRINT_NOTIFICATIONS", "true")
    _drop(inbox, "1", letter("Вопрос", "Когда приезжать?", sender="disp@stroyservis.ru"))
    result = run_cli("mail-check")
    assert result.exit_code == 0, result.output
    assert "ответов напечатано вместо отправки: 1" in result.output
    # The doctor agrees with the job: no server is missing when nothing is sent.
    doctor = run_cli("doctor")
    assert "ответы печатаются (OMIS_PRINT_NOTIFICATIONS), не отправляются" in doctor.output
