from __future__ import annotations

from collections.abc import Iterator
from email.header import decode_header, make_header

import pytest

from fakes.smtp import Recorder, free_port, smtp_server
from omis.adapters.channels import ChannelError, SmtpChannel, build_channels
from omis.core.db import Database
from omis.core.settings import Settings, load_settings
from omis.notify import outbox
from omis.notify.outbox import Message


@pytest.fixture
def smtp() -> Iterator[tuple[Recorder, int]]:
    with smtp_server() as server:
        yield server


def channel(port: int, recipients: list[str] | None = None) -> SmtpChannel:
    return SmtpChannel(
        host="127.0.0.1",
        port=port,
        sender="omis@example.ru",
        recipients=recipients or ["smena@example.ru"],
        subject="OMIS: напоминание о задержке заявки",
        security="none",
        timeout=5,
    )


def test_letter_arrives_with_russian_subject_and_body(smtp: tuple[Recorder, int]) -> None:
    recorder, port = smtp
    channel(port, ["a@example.ru", "b@example.ru"]).send("⚠ Заявка №1 без обновления")
    [(rcpt, letter)] = recorder.letters
    assert rcpt == ["a@example.ru", "b@example.ru"]
    assert (
        str(make_header(decode_header(letter["Subject"]))) == "OMIS: напоминание о задержке заявки"
    )
    assert letter.get_payload(decode=True).decode("utf-8").strip() == "⚠ Заявка №1 без обновления"


@pytest.mark.parametrize(
    ("refuse", "data_reply", "permanent", "fragment"),
    [
        ({"smena@example.ru"}, None, True, "адресаты отклонены"),
        (set(), "554 5.7.1 rejected as spam", True, "554"),
        (set(), "451 4.3.0 try again later", False, "451"),
    ],
)
def test_refusals_are_classified(
    smtp: tuple[Recorder, int],
    refuse: set[str],
    data_reply: str | None,
    permanent: bool,
    fragment: str,
) -> None:
    recorder, port = smtp
    recorder.refuse_rcpt = refuse
    recorder.data_reply = data_reply
    with pytest.raises(ChannelError) as caught:
        channel(port).send("текст")
    assert caught.value.permanent is permanent
    assert fragment in caught.value.message


@pytest.mark.parametrize(
    ("mail_reply", "rcpt_reply", "permanent", "fragment"),
    [
        ("451 4.3.0 try again later", None, False, "451"),
        ("550 5.7.1 sender rejected", None, True, "550"),
        (None, "450 4.2.1 mailbox busy", False, "450"),
        (None, "550 5.1.1 no such user", True, "550"),
    ],
)
def test_a_4xx_refusal_of_sender_or_recipient_is_temporary_a_5xx_one_final(
    smtp: tuple[Recorder, int],
    mail_reply: str | None,
    rcpt_reply: str | None,
    permanent: bool,
    fragment: str,
) -> None:
    # Before: «451 try again later» on MAIL FROM failed the letter for good.
    recorder, port = smtp
    if mail_reply:
        recorder.mail_replies.append(mail_reply)
    if rcpt_reply:
        recorder.refuse_rcpt, recorder.rcpt_reply = {"smena@example.ru"}, rcpt_reply
    with pytest.raises(ChannelError) as caught:
        channel(port).send("текст")
    assert caught.value.permanent is permanent
    assert fragment in caught.value.message


def test_a_letter_the_server_asked_to_send_later_goes_out_on_the_next_run(
    smtp: tuple[Recorder, int], database: Database, settings: Settings
) -> None:
    recorder, port = smtp
    recorder.mail_replies.append("451 4.3.0 try again later")
    message = Message("reminder", "k", "Заявка №1 без обновления")
    [first] = outbox.deliver(database, settings, message, [channel(port)])
    assert first.state == "retry"
    [second] = outbox.retry_due(database, settings, [channel(port)], ["reminder"])
    assert second.state == "sent"
    assert len(recorder.letters) == 1


def test_one_refused_recipient_of_two_fails_the_send(smtp: tuple[Recorder, int]) -> None:
    recorder, port = smtp
    recorder.refuse_rcpt = {"b@example.ru"}
    with pytest.raises(ChannelError) as caught:
        channel(port, ["a@example.ru", "b@example.ru"]).send("текст")
    assert caught.value.permanent is True
    assert "b@example.ru" in caught.value.message


def test_unreachable_server_is_temporary() -> None:
    with pytest.raises(ChannelError) as caught:
        channel(free_port()).send("текст")
    assert caught.value.permanent is False


def test_starttls_against_a_server_without_tls_fails_rather_than_sending_plain(
    smtp: tuple[Recorder, int],
) -> None:
    recorder, port = smtp
    secure = SmtpChannel(
        host="127.0.0.1", port=port, sender="o@example.ru", recipients=["s@example.ru"],
        subject="s", security="starttls", timeout=5,
    )  # fmt: skip
    with pytest.raises(ChannelError):
        secure.send("текст")
    assert recorder.letters == []


def test_comma_separated_recipients_from_the_environment(
    smtp: tuple[Recorder, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder, port = smtp
    monkeypatch.setenv("OMIS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("OMIS_SMTP_PORT", str(port))
    monkeypatch.setenv("OMIS_SMTP_SECURITY", "none")
    monkeypatch.setenv("OMIS_SMTP_SENDER", "omis@example.ru")
    monkeypatch.setenv("OMIS_SMTP_RECIPIENTS", "a@example.ru, b@example.ru")
    [mail] = build_channels(load_settings(), purpose="alert")
    mail.send("задание упало")
    assert recorder.letters[0][0] == ["a@example.ru", "b@example.ru"]
