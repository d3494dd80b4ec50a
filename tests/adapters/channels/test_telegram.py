from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from fakes.telegram import Answer, FakeBotApi
from omis.adapters.channels import ChannelError, TelegramChannel, build_channels
from omis.adapters.channels.telegram import MAX_MESSAGE, MAX_RETRY_AFTER, split_message
from omis.core.settings import load_settings

TOKEN = "123456:SECRET-token"


@pytest.fixture
def bot() -> Iterator[FakeBotApi]:
    with FakeBotApi() as fake:
        yield fake


def channel(
    bot: FakeBotApi, sleeps: list[float] | None = None, **kwargs: object
) -> TelegramChannel:
    waits = sleeps if sleeps is not None else []
    return TelegramChannel(
        token=TOKEN,
        chat_id="-100500",
        api_url=bot.url,
        sleep=waits.append,
        **kwargs,
    )


def test_message_is_sent_as_escaped_html_to_the_chat(bot: FakeBotApi) -> None:
    channel(bot).send('Заявка <b>№1</b> & "x"')
    [request] = bot.received
    assert request.path == f"/bot{TOKEN}/sendMessage"
    assert request.payload == {
        "chat_id": "-100500",
        "text": 'Заявка &lt;b&gt;№1&lt;/b&gt; &amp; "x"',
        "parse_mode": "HTML",
    }


def test_topic_id_is_sent_as_message_thread_id(bot: FakeBotApi) -> None:
    channel(bot, topic_id=7).send("текст")
    assert bot.received[0].payload["message_thread_id"] == 7


@pytest.mark.parametrize(
    ("answers", "permanent", "retry_after", "fragment"),
    [
        (
            [Answer(500, {"ok": False, "description": "Internal"})],
            False,
            None,
            "ошибка сервера (500)",
        ),
        ([Answer(502, "<html>bad gateway</html>")], False, None, "ошибка сервера (502)"),
        (
            [Answer(400, {"ok": False, "description": "chat not found"})],
            True,
            None,
            "chat not found",
        ),
        ([Answer(401, {"ok": False, "description": "Unauthorized"})], True, None, "отказал (401)"),
        (
            [Answer(403, {"ok": False, "description": "bot was blocked"})],
            True,
            None,
            "отказал (403)",
        ),
        ([Answer(200, "not json at all")], False, None, "непонятный ответ"),
        ([Answer(200, {"ok": False})], False, None, "непонятный ответ"),
        ([Answer(200, ["a", "list"])], False, None, "непонятный ответ"),
    ],
)
def test_failed_answers_raise_a_classified_channel_error(
    bot: FakeBotApi,
    answers: list[Answer],
    permanent: bool,
    retry_after: float | None,
    fragment: str,
) -> None:
    bot.answer(*answers)
    with pytest.raises(ChannelError) as caught:
        channel(bot).send("текст")
    assert caught.value.permanent is permanent
    assert caught.value.retry_after == retry_after
    assert fragment in caught.value.message
    assert TOKEN not in caught.value.message


def test_short_rate_limit_is_waited_out_once_then_sent(bot: FakeBotApi) -> None:
    sleeps: list[float] = []
    bot.answer(bot.rate_limited(3))
    channel(bot, sleeps).send("текст")
    assert sleeps == [3.0]
    assert len(bot.received) == 2


def test_second_rate_limit_in_a_row_is_a_temporary_error(bot: FakeBotApi) -> None:
    sleeps: list[float] = []
    bot.answer(bot.rate_limited(2), bot.rate_limited(2))
    with pytest.raises(ChannelError) as caught:
        channel(bot, sleeps).send("текст")
    assert (caught.value.permanent, caught.value.retry_after) == (False, 2.0)
    assert sleeps == [2.0]


def test_long_rate_limit_is_left_to_the_next_run(bot: FakeBotApi) -> None:
    sleeps: list[float] = []
    bot.answer(bot.rate_limited(120))
    with pytest.raises(ChannelError) as caught:
        channel(bot, sleeps).send("текст")
    assert caught.value.retry_after == 120.0
    assert sleeps == []
    assert len(bot.received) == 1


@pytest.mark.parametrize("retry_after", ["-5", "NaN", "Infinity", '"soon"', "[1]", "true", "null"])
def test_a_nonsense_retry_after_is_a_plain_temporary_failure(
    bot: FakeBotApi, retry_after: str
) -> None:
    sleeps: list[float] = []
    bot.answer(Answer(429, f'{{"ok": false, "parameters": {{"retry_after": {retry_after}}}}}'))
    with pytest.raises(ChannelError) as caught:
        channel(bot, sleeps).send("текст")
    assert (caught.value.permanent, caught.value.retry_after) == (False, None)
    assert sleeps == []


def test_a_huge_retry_after_is_capped(bot: FakeBotApi) -> None:
    bot.answer(Answer(429, '{"ok": false, "parameters": {"retry_after": 1e300}}'))
    with pytest.raises(ChannelError) as caught:
        channel(bot).send("текст")
    assert caught.value.retry_after == MAX_RETRY_AFTER


def test_slow_server_is_a_temporary_timeout(bot: FakeBotApi) -> None:
    never = threading.Event()
    bot.answer(Answer(delay_event=never))
    with pytest.raises(ChannelError) as caught:
        channel(bot, timeout=0.2).send("текст")
    never.set()
    assert caught.value.permanent is False
    assert "тайм-аут" in caught.value.message


def test_unreachable_server_is_temporary_and_hides_the_token() -> None:
    closed = TelegramChannel(token=TOKEN, chat_id="1", api_url="http://127.0.0.1:9", timeout=2)
    with pytest.raises(ChannelError) as caught:
        closed.send("текст")
    assert caught.value.permanent is False
    assert TOKEN not in str(caught.value)


def test_long_text_is_split_on_line_boundaries(bot: FakeBotApi) -> None:
    lines = [f"строка {index:04d} " + "x" * 80 for index in range(200)]
    channel(bot).send("\n".join(lines))
    assert len(bot.received) > 1
    assert all(len(text) <= MAX_MESSAGE for text in bot.texts)
    assert "\n".join(bot.texts).split("\n") == lines


@pytest.mark.parametrize("length", [1, MAX_MESSAGE, MAX_MESSAGE + 1, 3 * MAX_MESSAGE + 5])
def test_a_single_overlong_line_is_cut_hard(length: int) -> None:
    pieces = split_message("я" * length)
    assert "".join(pieces) == "я" * length
    assert all(len(piece) <= MAX_MESSAGE for piece in pieces)


def test_hard_cut_never_splits_an_html_entity() -> None:
    text = "a" * (MAX_MESSAGE - 2) + "&amp;" + "b" * 10
    pieces = split_message(text)
    assert pieces[1].startswith("&amp;")


def test_build_channels_uses_the_seed_variables(
    bot: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", TOKEN)
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "42")
    monkeypatch.setenv("OMIS_TELEGRAM_API_URL", bot.url)
    monkeypatch.setenv("OMIS_TELEGRAM_ESCALATION_CHAT_ID", "43")
    settings = load_settings()
    [reminder] = build_channels(settings, purpose="reminder")
    [escalation] = build_channels(settings, purpose="escalation")
    reminder.send("один")
    escalation.send("два")
    assert [r.payload["chat_id"] for r in bot.received] == ["42", "43"]


def test_dry_run_channels_print_and_send_nothing(
    bot: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_TELEGRAM_TOKEN", TOKEN)
    monkeypatch.setenv("OMIS_TELEGRAM_CHAT_ID", "42")
    monkeypatch.setenv("OMIS_TELEGRAM_API_URL", bot.url)
    printed: list[str] = []
    [console] = build_channels(load_settings(), dry_run=True, echo=printed.append)
    console.send("текст")
    assert printed == ["→ Telegram 42:\nтекст"]
    assert bot.received == []


def test_nothing_configured_means_no_channels() -> None:
    assert build_channels(load_settings(), purpose="alert") == []
