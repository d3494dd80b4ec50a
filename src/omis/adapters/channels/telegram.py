"""Telegram Bot API (``sendMessage``) through httpx.

The bot token is part of the request URL, so no URL and no httpx error text that might
contain it is ever logged or put into an error message unmasked.
"""

from __future__ import annotations

import html
import logging
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from omis.adapters.channels.base import Channel, ChannelError, Problem

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

MAX_MESSAGE = 4096
# A provider-requested wait up to this long is honoured in place (once); longer ones are
# left to the next run, so a scheduled job never hangs on a rate limit.
MAX_INLINE_WAIT = 5.0
# The longest provider-requested wait the outbox keeps: a larger number is nonsense (or an
# attack on the schedule), not a reason to stay silent for days.
MAX_RETRY_AFTER = 3600.0
PERMANENT_CODES = {400, 401, 403, 404}


class TelegramChannel(Channel):
    kind = "telegram"
    label = "Telegram"
    fix_hints: ClassVar[dict[Problem, str]] = {
        "auth": "проверьте OMIS_TELEGRAM_TOKEN",
        "forbidden": "добавьте бота в чат снова (или разблокируйте его)",
    }

    def __init__(
        self,
        *,
        token: str,
        chat_id: str,
        api_url: str = "https://api.telegram.org",
        topic_id: int | None = None,
        timeout: float = 10.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(chat_id if topic_id is None else f"{chat_id}/{topic_id}")
        self._token = token
        self._chat_id = chat_id
        self._topic_id = topic_id
        self._api = f"{api_url.rstrip('/')}/bot{token}"
        self._timeout = timeout
        self._sleep = sleep

    def send(self, text: str) -> None:
        """Send ``text`` escaped for HTML, split into messages of at most 4096 characters."""
        with self._client() as client:
            for chunk in split_message(html.escape(text, quote=False)):
                self._send_chunk(client, chunk)

    def probe(self) -> str:
        """The bot (``getMe``: is the token accepted?) and the chat (``getChat``: is the bot
        in it?), through the same client, URL and error handling as :meth:`send`."""
        with self._client() as client:
            bot = self._result(self._post(client, {}, "getMe"), refused="auth")
            chat = self._result(
                self._post(client, {"chat_id": self._chat_id}, "getChat"), refused="target"
            )
        return f"бот @{bot.get('username', '?')}; чат «{_chat_title(chat)}» ({self._chat_id})"

    def _client(self) -> httpx.Client:
        import httpx  # loaded when a message goes out: a quiet run does not pay for it

        return httpx.Client(timeout=self._timeout)

    def _send_chunk(self, client: httpx.Client, chunk: str) -> None:
        payload: dict[str, Any] = {"chat_id": self._chat_id, "text": chunk, "parse_mode": "HTML"}
        if self._topic_id is not None:
            payload["message_thread_id"] = self._topic_id
        response = self._post(client, payload)
        if response.status_code == 429:
            wait = _retry_after(response)
            if wait is None or wait > MAX_INLINE_WAIT:
                raise ChannelError("Telegram: превышен лимит запросов (429)", False, wait)
            self._sleep(wait)
            response = self._post(client, payload)
        self._check(response)

    def _post(
        self, client: httpx.Client, payload: dict[str, Any], method: str = "sendMessage"
    ) -> httpx.Response:
        import httpx

        try:
            return client.post(f"{self._api}/{method}", json=payload)
        except httpx.TimeoutException:
            raise ChannelError(
                "Telegram: нет ответа (тайм-аут)", False, problem="network"
            ) from None
        except httpx.HTTPError as exc:
            message = f"Telegram недоступен: {self._mask(str(exc))}"
            raise ChannelError(message, False, problem="network") from None

    def _check(self, response: httpx.Response, refused: Problem = "target") -> None:
        """Raise the ChannelError the answer means; ``refused`` is the problem a 400/401/404
        points at for this method (the token for getMe, the chat for sending)."""
        code = response.status_code
        body = _json(response)
        if code == 200 and body is not None and body.get("ok") is True:
            return
        reason = self._mask(str((body or {}).get("description") or response.text[:200]))
        if code == 429:
            raise ChannelError(
                "Telegram: превышен лимит запросов (429)", False, _retry_after(response),
                problem="rate",
            )  # fmt: skip
        if code in PERMANENT_CODES:
            problem: Problem = (
                "forbidden" if code == 403 else "auth" if code in (401, 404) else refused
            )
            what = {
                "auth": "токен бота не принят",
                "target": f"чат {self._chat_id} не найден или бота в нём нет",
                "forbidden": f"бот удалён из чата {self._chat_id} или заблокирован",
            }.get(problem, "запрос отклонён")
            message = f"Telegram отказал ({code}): {what}: {reason}"
            raise ChannelError(message, True, problem=problem)
        if code == 200:
            raise ChannelError(f"Telegram: непонятный ответ: {reason}", False)
        raise ChannelError(f"Telegram: ошибка сервера ({code}): {reason}", False)

    def _result(self, response: httpx.Response, refused: Problem) -> dict[str, Any]:
        self._check(response, refused)
        result = (_json(response) or {}).get("result")
        return result if isinstance(result, dict) else {}

    def _mask(self, text: str) -> str:
        return text.replace(self._token, "***") if self._token else text


def _chat_title(chat: dict[str, Any]) -> str:
    title = chat.get("title") or " ".join(
        part for part in (chat.get("first_name"), chat.get("last_name")) if part
    )
    return str(title or chat.get("username") or chat.get("id"))


def _json(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _retry_after(response: httpx.Response) -> float | None:
    """The wait the server asked for, in seconds, or None when it named none that makes
    sense (negative, NaN, infinite, not a number): then the 429 is a plain temporary
    failure. A wait is capped at :data:`MAX_RETRY_AFTER`."""
    parameters = (_json(response) or {}).get("parameters")
    value = parameters.get("retry_after") if isinstance(parameters, dict) else None
    if value is None:
        value = response.headers.get("Retry-After")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        wait = float(value)
    except ValueError:
        return None
    if not math.isfinite(wait) or wait < 0:
        return None
    return min(wait, MAX_RETRY_AFTER)


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at line ends when possible
    (a longer line is cut hard, but never inside an HTML entity such as ``&amp;``)."""
    pieces: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        for part in _hard_split(line, limit):
            if len(current) + len(part) > limit:
                pieces.append(current)
                current = ""
            current += part
    if current or not pieces:
        pieces.append(current)
    return [piece.rstrip("\n") or piece for piece in pieces]


def _hard_split(line: str, limit: int) -> list[str]:
    parts: list[str] = []
    while len(line) > limit:
        cut = limit
        amp = line.rfind("&", max(0, cut - 8), cut)
        if amp != -1 and ";" not in line[amp:cut]:
            cut = amp
        parts.append(line[:cut])
        line = line[cut:]
    parts.append(line)
    return parts
